# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev44.jsonl: registers, notices and posters, and whose number is it.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{nik1}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev44.py`` (stdlib only,
deterministic); ``--show N`` prints N random texts with their spans marked, for reading.
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

SEED = 20261244
OUT = Path(__file__).with_name("redaction_dev44.jsonl")

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
    "ocr_poster",
    "table_pipe",
    "table_semicolon",
    "table_columns",
    "list_roster",
    "wa_forward",
    "sms_1708",
    "web_complaint",
    "kupang_malay",
)

THEMES = (
    "health",
    "civil_registry",
    "social_aid",
    "tax_pbb",
    "school_jobs",
    "neighbourhood",
    "worship",
    "market_trade",
)

FLOORS = {"templates": 220, "texts": 650, "per_style": 55, "empty_share": 0.30}

TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "sdr",
    "sdri",
    "ny",
    "bidan",
    "lurah",
    "guru",
    "dr",
    "drs",
    "pdt",
    "pnt",
    "dkn",
    "ev",
    "ustadz",
    "ustad",
    "hj",
    "h",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "ketua",
    "admin",
    "petugas",
    "kader",
    "serka",
    "bripka",
    "aiptu",
    "bripda",
    "nyong",
    "ade",
    "sopir",
    "ners",
    "pendeta",
    "penatua",
    "diaken",
    "imam",
    "romo",
    "suster",
    "sr",
    "bpk.",
    "kel",
    "keluarga",
    "ina",
    "ama",
}

GIVEN_M = (
    "Ferdinandus",
    "Yulius",
    "Marthen",
    "Obed",
    "Semuel",
    "Hendrikus",
    "Lukas",
    "Yoakim",
    "Stefanus",
    "Melkianus",
    "Zakarias",
    "Ambrosius",
    "Rafael",
    "Kornelis",
    "Yusak",
    "Aldo",
    "Gerson",
    "Isak",
    "Jefri",
    "Krisantus",
    "Daud",
    "Nikolas",
    "Arnoldus",
    "Benyamin",
    "Okto",
    "Erens",
    "Fransiskus",
    "Adrianus",
    "Silvester",
    "Jeremias",
    "Ronal",
    "Imanuel",
    "Hamzah",
    "Abdul Rahman",
    "Ismail",
    "Yakobus",
    "Wilhelmus",
    "Aprianus",
    "Efraim",
    "Rikardus",
)
GIVEN_F = (
    "Yuliana",
    "Marselina",
    "Agnesia",
    "Ermelinda",
    "Fransina",
    "Dorkas",
    "Serlin",
    "Novalin",
    "Herlina",
    "Kristina",
    "Yohana",
    "Meliani",
    "Sarlota",
    "Adriana",
    "Theresia",
    "Febi",
    "Ririn",
    "Welmince",
    "Oktaviana",
    "Paulina",
    "Rosalinda",
    "Mersi",
    "Yasinta",
    "Lusiana",
    "Veronika",
    "Siti Aisyah",
    "Nurhayati",
    "Priska",
    "Debora",
    "Elisabet",
    "Apriyanti",
    "Magdalena",
    "Natalia",
    "Wilhelmina",
    "Helena",
    "Susana",
    "Delfiana",
    "Irene",
    "Klara",
)
FAMILY = (
    "Adoe",
    "Bessie",
    "Boimau",
    "Bunga",
    "Dethan",
    "Djami",
    "Fanggidae",
    "Foenay",
    "Haning",
    "Kapitan",
    "Kolo",
    "Lakapu",
    "Leo",
    "Loasana",
    "Manafe",
    "Mboeik",
    "Mesah",
    "Missa",
    "Neolaka",
    "Nenotek",
    "Ngongo",
    "Oematan",
    "Pandie",
    "Pellokila",
    "Radja",
    "Riwu Kaho",
    "Sabneno",
    "Sinlae",
    "Taneo",
    "Tanesib",
    "Tefnay",
    "Tlonaen",
    "Toelle",
    "Tuames",
    "Tunliu",
    "Ully",
    "Wadu",
    "Dju Dara",
    "Bire",
    "Kana",
    "Nalle",
    "Seran",
    "Nahak",
    "Bria",
    "Meko",
    "Beeh",
    "Selan",
    "Tallo",
    "Ndoen",
    "Lomi",
    "Laiskodat",
    "Ratu Edo",
    "Hede",
    "Lado",
    "Kiuk",
    "Umbu Pati",
    "Lamahoda",
    "Daeng Rewa",
    "Baso",
)
NICK = ("Nyong", "Ose", "Eto", "Ance", "Oni", "Detha", "Ira", "Yanto", "Ci Lin", "Bobi", "Nona")

KELURAHAN = (
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Penfui",
    "Naimata",
    "Sikumana",
    "Bello",
    "Fatukoa",
    "Kolhua",
    "Naikolan",
    "Oepura",
    "Maulafa",
    "Kayu Putih",
    "Tuak Daun Merah",
    "Liliba",
    "Oebufu",
    "Fatululi",
    "Naikoten I",
    "Bakunase II",
    "Airnona",
    "Fontein",
    "Nefonaek",
    "Namosain",
    "Nunbaun Delha",
    "Nunhila",
    "Alak",
    "Manutapen",
    "Batuplat",
    "Penkase Oeleta",
    "Manulai II",
    "Belo",
    "Tofa",
    "Kelapa Lima",
    "Pasir Panjang",
    "Oeba",
    "Solor",
    "Merdeka",
)
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Matani Raya",
    "Jl. Kelinci",
    "Jl. Taebenu",
    "Jl. Bundaran PU",
    "Jl. Kejora",
    "Jl. Oekam",
    "Jl. Nangka Raya",
    "Jl. Sumba",
    "Jl. Lontar II",
    "Jl. Kenari Dalam",
    "Jl. Cemara",
    "Jl. Bougenvile",
    "Jl. Flamboyan",
    "Jl. Camar",
    "Jl. Belibis",
    "Jl. Tekukur",
    "Jl. Pelikan",
    "Jl. Air Lobang",
    "Jl. Manafe",
    "Jl. Oematan",
    "Jl. Pitoby",
    "Jl. Gunung Mutis",
    "Jl. Hati Mulia",
    "Jl. Kuanino Raya",
    "Jl. Salak",
    "Jl. Delima",
    "Jl. Srikaya",
    "Jl. Bakau",
    "Gg. Mawar",
    "Gg. Seroja",
    "Gg. Kemuning",
    "Gg. Anggrek II",
    "Lr. Sepakat",
    "Lr. Damai Timur",
)
COMPLEX = (
    "Perumnas Blok C",
    "BTN Kolhua Blok K",
    "Perum Bumi Naimata Indah Blok B",
    "Perum Citra Liliba Blok A",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Adisucipto",
    "Jl. Herman Yohanes",
    "Jl. R.A. Kartini",
    "Jl. Perintis Kemerdekaan",
    "Jl. Thamrin",
    "Jl. Sam Ratulangi",
    "Jl. Jend. Sudirman",
    "Jl. Ahmad Yani",
    "Jl. Kapten Tendean",
)
PUSKESMAS = (
    "Puskesmas Oesapa",
    "Puskesmas Sikumana",
    "Puskesmas Bakunase",
    "Puskesmas Oebobo",
    "Puskesmas Kupang Kota",
    "Puskesmas Penfui",
    "Puskesmas Alak",
    "Puskesmas Pasir Panjang",
    "Puskesmas Naioni",
    "Puskesmas Manutapen",
    "Puskesmas Oepoi",
)
HOSPITALS = (
    "RSUD S.K. Lerik",
    "RSUD Prof. Dr. W.Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang",
    "RS Mamami",
)
SCHOOLS = (
    "SDN Oetete 1",
    "SD Inpres Naikoten 2",
    "SMPN 2 Kupang",
    "SMPN 11 Kupang",
    "SMAN 1 Kupang",
    "SMKN 3 Kupang",
    "SDK St. Yoseph Naikoten",
    "SMPK St. Theresia",
    "MTsN Kota Kupang",
    "SD GMIT Oebobo 3",
    "SMAN 6 Kupang",
    "SDN Bertingkat Kuanino",
)
CHURCHES = (
    "GMIT Jemaat Imanuel Oepura",
    "GMIT Koinonia Kuanino",
    "GMIT Kota Baru",
    "Paroki St. Yoseph Naikoten",
    "Gereja Katedral Kristus Raja",
    "GMIT Ebenhaezer Oeba",
    "Masjid Al-Muttaqin Oesapa",
    "Masjid Nurul Iman Airmata",
    "Masjid Raya Nurussa'adah",
    "GMIT Bet'el Oesapa",
)
MARKETS = (
    "Pasar Inpres Naikoten",
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Penfui",
    "Pasar Oesapa",
)
BUSINESSES = (
    "Depot Air Sumber Hidup",
    "Depot Air Tirta Lontar",
    "Air Tangki Berkat Jaya",
    "Toko Bangunan Sinar Kasih",
    "Kios Sembako Dua Putri",
    "Fotokopi Kenari",
    "Laundry Cepat Bersih",
    "Bengkel Motor Setia Kawan",
    "Depot Isi Ulang Oemathonis",
    "Sedot WC Timor Bersih",
    "Catering Sari Rasa Flobamora",
)
DEPOTS = (
    "Depot Air Sumber Hidup",
    "Depot Air Tirta Lontar",
    "Depot Isi Ulang Oemathonis",
    "Depot Air Segar Baumata",
    "Air Tangki Berkat Jaya",
)
MOSQUES = (
    "Masjid Al-Muttaqin Oesapa",
    "Masjid Nurul Iman Airmata",
    "Masjid Raya Nurussa'adah",
    "Masjid Al-Ikhlas Oebufu",
)
SONGS = ("Bolelebo", "Flobamora", "Anak Kambing Saya", "Sio Mama", "Ofa Langga")
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay")
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
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MOBILE = (
    ("0812", 14),
    ("0813", 16),
    ("0821", 12),
    ("0822", 12),
    ("0823", 8),
    ("0852", 14),
    ("0853", 10),
    ("0851", 3),
    ("0811", 3),
    ("0815", 3),
    ("0817", 2),
    ("0818", 2),
    ("0819", 2),
    ("0857", 3),
    ("0878", 2),
    ("0895", 2),
    ("0896", 2),
    ("0897", 1),
    ("0838", 2),
)
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0831", "0832", "0881", "0882", "0898", "0899"}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
REGIONS = (
    "5371",
    "5371",
    "5371",
    "5371",
    "5301",
    "5302",
    "5303",
    "5304",
    "5306",
    "5310",
    "5313",
    "5314",
    "5316",
)
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
)


# ---------------------------------------------------------------- values


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[str, dict[str, str]] = {}
        self.numbers: set[str] = set()
        self.used: set[str] = set()
        self.year = rng.choice((2025, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 27)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(300):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    def pick(self, pool: tuple[str, ...]) -> str:
        """A value of a pool not used yet in this text."""
        left = [v for v in pool if v not in self.used]
        v = self.rng.choice(left or list(pool))
        self.used.add(v)
        return v

    # -- people
    def person(self, i: str) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        k = int(i) if i.isdigit() else 0
        if k in self.spec["F"]:
            sex = "F"
        elif k in self.spec["M"]:
            sex = "M"
        else:
            sex = r.choice("MF")
        given = self.pick(GIVEN_F if sex == "F" else GIVEN_M)
        fam_of = self.spec["fam"].get(k)
        family = self.person(str(fam_of))["family"] if fam_of else self.pick(FAMILY)
        born_y = r.randint(1948, 1962) if k in self.spec["E"] else r.randint(1966, 2004)
        if k in self.spec["K"]:
            born_y = r.randint(2010, 2019)
        p = {
            "sex": sex,
            "given": given,
            "family": family,
            "nick": self.pick(NICK),
            "born": "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), born_y % 100),
            "age": str(self.year - born_y),
            "region": r.choice(REGIONS),
        }
        self.people[i] = p
        return p

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
            how = r.choices(("b", "d", "s", "t", "i", "j", "k", "m"), (40, 16, 16, 4, 8, 7, 4, 5))[
                0
            ]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "m": f"{a} {raw[4:7]} {raw[7:]}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
        }
        if how in forms:
            return forms[how]
        if how == "o":  # a poster's scan reads letters for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "n":  # a poster's line breaks inside the number
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:7] + "\n" + raw[7:]))
        raise KeyError(how)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice((f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}"))

    # -- identity numbers
    def nik_raw(self, i: str) -> str:
        key = "nikraw" + i
        if key not in self.cache:
            p = self.person(i)
            dd = int(p["born"][:2]) + (40 if p["sex"] == "F" else 0)
            self.cache[key] = self.fresh(
                lambda: (
                    p["region"]
                    + "%02d" % self.rng.randint(1, 6)
                    + "%02d" % dd
                    + p["born"][2:]
                    + "%04d" % self.rng.randint(1, 40)
                )
            )
        return self.cache[key]

    def kk_raw(self, i: str) -> str:
        key = "kkraw" + i
        if key not in self.cache:
            p = self.person(i)
            self.cache[key] = self.fresh(
                lambda: (
                    p["region"]
                    + "%02d" % self.rng.randint(1, 6)
                    + "%02d%02d%02d"
                    % (self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(5, 25))
                    + "%04d" % self.rng.randint(1, 9000)
                )
            )
        return self.cache[key]

    def write_id(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t", "d"), (60, 24, 8, 8))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "d":
            return "-".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "o":
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "n":
            k = r.choice((6, 8, 10))
            return raw[:k] + "\n" + raw[k:]
        raise KeyError(how)

    def mask(self, raw: str) -> str:
        return (
            raw[:4] + "x" * 8 + raw[12:]
            if self.rng.random() < 0.5
            else raw[:6] + "*" * 6 + raw[12:]
        )

    def email_of(self, i: str) -> str:
        p = self.person(i)
        g = p["given"].split()[0].lower()
        f = p["family"].replace(" ", "").lower()
        r = self.rng
        local = r.choice(
            (
                f"{g}.{f}",
                f"{g}{f}{r.randint(70, 99)}",
                f"{f}.{g}",
                f"{g}_{f}",
                f"{g}{r.randint(1, 99)}{f[:3]}",
            )
        )
        return local + "@" + r.choice(HOSTS)

    # -- a value for a placeholder
    def value(self, name: str, i: str) -> str:
        r = self.rng
        fl = self
        if name in ("n", "g", "f", "l", "lg", "nk", "umur", "gi", "ig"):
            p = self.person(i)
            return {
                "n": p["given"] + " " + p["family"],
                "g": p["given"],
                "f": p["family"],
                "l": (p["given"] + " " + p["family"]).lower(),
                "lg": p["given"].lower(),
                "nk": p["nick"],
                "umur": p["age"],
                "gi": p["given"] + " " + p["family"][0] + ".",
                "ig": p["given"][0] + ". " + p["family"],
            }[name]
        if (
            name.startswith("no") and name[2:] == "" and i
        ):  # capitals with a digit read for a letter
            full = (self.person(i)["given"] + " " + self.person(i)["family"]).upper()
            pos = [k for k, ch in enumerate(full) if ch in "SOIB"]
            if not pos:
                return full
            k = r.choice(pos)
            return full[:k] + {"S": "5", "O": "0", "I": "1", "B": "8"}[full[k]] + full[k + 1 :]
        if name.startswith(("hp", "ohp")):
            key = ("o" if name.startswith("o") else "") + "hpraw" + i
            if key not in self.cache:
                self.cache[key] = self.mobile_raw()
            how = name[3:] if name.startswith("o") else name[2:]
            return self.write_mobile(self.cache[key], how)
        if name in ("land", "oland"):
            key = name + "raw" + i
            if key not in self.cache:
                self.cache[key] = self.land_raw()
            return self.write_land(self.cache[key])
        if name == "nikm":
            return self.mask(self.nik_raw("9" + i))
        if name.startswith("nik"):
            return self.write_id(self.nik_raw(i), name[3:])
        if name.startswith("kk"):
            return self.write_id(self.kk_raw(i), name[2:])
        if name == "npwp":
            d = fl.fresh(lambda: "%02d%07d" % (r.randint(10, 99), r.randint(0, 9999999)))
            return "%s.%s.%s.%s-%s.000" % (
                d[:2],
                d[2:5],
                d[5:8],
                d[8],
                r.choice(("920", "921", "922")),
            )
        if name == "npwpn":  # the NIK as the NPWP
            return self.nik_raw(i)
        if name == "npwpx":  # a body's
            d = fl.fresh(lambda: "%02d%07d" % (r.randint(10, 99), r.randint(0, 9999999)))
            return "%s.%s.%s.%s-%s.000" % (d[:2], d[2:5], d[5:8], d[8], r.choice(("920", "921")))
        if name == "bpjs":
            d = fl.fresh(lambda: "000" + fl.digits(10))
            return d if r.random() < 0.7 else f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}"
        if name in ("rek", "rekx"):
            bank = self.cache.get("{bank%s}" % i) or r.choice(BANKS)
            self.cache["{bank%s}" % i] = bank
            if bank == "BRI":
                d = fl.fresh(lambda: fl.digits(15))
                return r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            if bank == "Bank NTT":
                d = fl.fresh(lambda: "0" + fl.digits(11))
                return r.choice((d, f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:11]}-{d[11]}"))
            if bank == "Mandiri":
                return fl.fresh(lambda: "1" + fl.digits(12))
            return fl.fresh(lambda: str(r.randint(1, 9)) + fl.digits(9))
        if name == "bank":
            key = "{bank%s}" % i
            if key not in self.cache:
                self.cache[key] = r.choice(BANKS)
            return self.cache[key]
        if name == "wal":
            return r.choice(WALLETS)
        if name == "pl":
            return "%s %d %s" % (
                r.choice(("DH", "DH", "DH", "EB", "ED")),
                r.randint(1000, 9999),
                r.choice(("AK", "AB", "AM", "KN", "A", "BX", "AR")),
            )
        if name == "em":
            return self.email_of(i)
        if name == "emx":  # written to dodge scrapers
            e = self.email_of(i)
            local, host = e.split("@")
            return r.choice(
                (
                    f"{local} @ {host}",
                    f"{local}(at){host}",
                    f"{local} [at] {host.replace('.', ' [dot] ')}",
                    f"{local} at {host.replace('.', ' dot ')}",
                )
            )
        if name in ("ad", "adr"):  # a home's street and number
            st = self.pick(HOME_STREETS)
            no = r.randint(1, 140)
            base = r.choice(
                (
                    f"{st} No. {no}",
                    f"{st} No {no}",
                    f"{st} no.{no}",
                    f"{st} Gg. {r.randint(1, 7)} No. {no}",
                )
            )
            if name == "adr":
                base += r.choice(
                    (
                        ", RT %03d/RW %03d" % (r.randint(1, 45), r.randint(1, 15)),
                        " RT %02d/RW %02d" % (r.randint(1, 45), r.randint(1, 15)),
                        ", RT %d RW %d" % (r.randint(1, 45), r.randint(1, 15)),
                    )
                )
            return base
        if name == "adc":  # a housing complex
            return f"{self.pick(COMPLEX)} No. {r.randint(1, 60)}"
        if name == "rt":
            a, b = r.randint(1, 45), r.randint(1, 15)
            return r.choice(
                (
                    "RT %02d/RW %02d" % (a, b),
                    "RT %03d/RW %03d" % (a, b),
                    "RT %d RW %d" % (a, b),
                    "RT %02d RW %02d" % (a, b),
                    "rt %d/rw %d" % (a, b),
                )
            )
        if name == "rtk":  # a card's or a form's RT/RW pair
            return "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15))
        if name == "rtx":
            return "%02d" % r.randint(1, 45)
        if name == "rwx":
            return "%02d" % r.randint(1, 15)
        # -- look-alikes
        if name == "tiket":
            return r.choice(
                (
                    "LPR-%d-%04d-%04d" % (self.year, r.randint(1, 9999), r.randint(1, 9999)),
                    "#%d%05d" % (self.year, r.randint(1, 99999)),
                    "%04d-%04d-%03d"
                    % (r.randint(1000, 9999), r.randint(1, 9999), r.randint(1, 999)),
                )
            )
        if name == "antri":
            return r.choice(("A-%03d", "B%03d", "%03d", "C-%02d")) % r.randint(1, 180)
        if name == "nip":
            return "%d%02d%02d %d%02d %d %03d" % (
                r.randint(1966, 1995),
                r.randint(1, 12),
                r.randint(1, 28),
                r.randint(2005, 2022),
                r.randint(1, 12),
                r.randint(1, 2),
                r.randint(1, 20),
            )
        if name == "nop":
            return "53.71.%03d.%03d.%03d-%04d.0" % (
                r.randint(10, 60),
                r.randint(1, 20),
                r.randint(1, 200),
                r.randint(1, 9999),
            )
        if name == "idpel":
            return "5312%08d" % r.randint(0, 99999999)
        if name == "samb":
            return "%02d-%02d-%06d" % (r.randint(1, 20), r.randint(1, 30), r.randint(1, 999999))
        if name == "surat":
            return r.choice(("%d/%03d/DINSOS/%s/%d", "%d/%03d/KEL.%s/%d", "%d/%03d/PUSK/%s/%d")) % (
                r.choice((400, 470, 440, 420, 800)),
                r.randint(1, 999),
                r.choice(("IV", "V", "IX", "XI", "II")),
                self.year,
            )
        if name == "va":
            return "8808%012d" % r.randint(0, 10**12 - 1)
        if name == "kode":
            return "%d%02d%02d%06d" % (self.year, self.month, self.day, r.randint(0, 999999))
        if name == "nisn":
            return "00%08d" % r.randint(0, 99999999)
        if name == "npsn":
            return "5010%04d" % r.randint(0, 9999)
        if name == "nib":
            return "91%11d" % r.randint(0, 10**11 - 1)
        if name == "meter":
            return "%011d" % r.randint(10**9, 10**11 - 1)
        if name == "los":
            return r.choice(("A-%02d", "B%02d", "Los %d", "K-%03d")) % r.randint(1, 120)
        if name == "kpj":
            return "%011d" % r.randint(10**9, 10**11 - 1)
        if name == "rp":
            return r.choice(
                (
                    "50.000",
                    "150.000",
                    "300.000",
                    "600.000",
                    "1.200.000",
                    "2.400.000",
                    "75.000",
                    "20.000",
                    "200.000",
                )
            )
        if name == "rpk":
            return r.choice(("5.000", "10.000", "15.000", "25.000", "35.000"))
        if name == "tgl":
            return "%d %s %d" % (r.randint(1, 28), MONTHS[r.randint(0, 11)], self.year)
        if name == "tg":
            return "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), self.year)
        if name == "jam":
            return "%02d.%02d" % (r.randint(7, 20), r.choice((0, 0, 15, 30, 45)))
        if name == "jamd":
            a = r.randint(7, 10)
            return "%02d.00-%02d.00" % (a, a + r.randint(2, 6))
        if name == "num":
            return str(r.randint(2, 250))
        if name == "kelas":
            return r.choice(("1", "2", "3", "4", "5", "6", "VII A", "VIII B", "IX C", "X IPA 2"))
        if name == "tahap":
            return str(r.randint(1, 4))
        if name == "kuota":
            return str(r.choice((50, 75, 100, 120, 150, 200, 250, 300)))
        if name == "thn":
            return str(self.year)
        if name == "hari":
            return self.pick(HARI)
        # -- places and things
        pools = {
            "kel": KELURAHAN,
            "kec": KECAMATAN,
            "pusk": PUSKESMAS,
            "rs": HOSPITALS,
            "school": SCHOOLS,
            "church": CHURCHES,
            "depot": DEPOTS,
            "masjid": MOSQUES,
            "pasar": MARKETS,
            "biz": BUSINESSES,
            "song": SONGS,
            "jl": PUBLIC_STREETS,
        }
        if name in pools:
            return self.pick(pools[name])
        if name == "jlno":
            return "%s No. %d" % (self.pick(PUBLIC_STREETS), r.randint(1, 150))
        raise KeyError(name)


PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        name, index = m.group(1), m.group(2)
        if name.isupper() and name not in ("N",):  # {KEL}, {G1} are {kel}, {g1} in capitals
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = fl.value(name.lower(), index)
            return fl.cache[low].upper()
        if name == "N":
            low = "{n%s}" % index
            if low not in fl.cache:
                fl.cache[low] = fl.value("n", index)
            return fl.cache[low].upper()
        key = m.group(0)
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|perumnas|perum|btn|kompleks|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OlISB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OlISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(OCR_BACK)


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    scan = style == "ocr_poster"
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
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if re.search(r"[^0-9OlISB .\-\n]", seg) or not d.startswith("53") or len(d) != 16:
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs":
            d = id_digits(seg)
            if len(d) != 13 or not d.startswith("000") or re.search(r"[^0-9 ]", seg):
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
            local = AT_FORM.split(seg)[0].strip()
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in NUMERIC:
            d = id_digits(seg) if s["kind"] != "bank_account" else re.sub(r"\D", "", seg)
            pos = [k for k, c in enumerate(text) if c.isdigit()]
            joined = "".join(text[k] for k in pos)
            cores = {d, d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d}
            for core in cores:
                if len(core) < 8:
                    continue
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


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|sdr|nyong|ama"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|nona|ny|sdri|ina|kader"


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
    """A template: a kin word, a title or a spouse's word before a name gives the person's sex."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(r"(?i)\b(?:%s)\.?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % words, text):
            auto[sex].add(int(m.group(1)))
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    elder = set(E)
    for m in re.finditer(r"(?i)\b(?:oma|opa|lansia)\.?\s+\[\[n:\{[A-Za-z]+(\d+)\}", text):
        elder.add(int(m.group(1)))
    spec = {"F": females, "M": males, "K": K, "E": tuple(sorted(elder)), "fam": fam or {}}
    return (style, theme, text.strip("\n"), spec, U)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1} given name, {f1}/{F1}
# family name, {lg1} given in lower case, {nk1} nickname, {gi1} given and the family's initial,
# {ig1} initial and family, {no1} capitals with a digit read for a letter, {umur1} age.
# Phones: {hp1} a mobile in any writing ({hpb1} block, {hpd1} dashes, {hps1} spaces, {hpi1} +62,
# {hpj1} +62 block, {hpk1} 62, {hpo1} letters for digits, {hpn1} over a line; one number per
# index); {land1} a home line. Not a person's: {ohp1} (same suffixes), {oland1}.
# {nik1} ({nikb1} {niks1} {nikt1} {nikd1} {niko1} {nikn1}), {kk1} (same), {nikm1} a masked NIK,
# {npwp1} old NPWP, {npwpn1} the NIK as NPWP, {npwpx} a body's, {bpjs1}, {bank1}/{rek1},
# {wal1}, {pl1}, {em1} mailbox, {emx1} dodged; {ad1} street and number, {adr1} with RT/RW,
# {adc1} complex, {rt1} RT/RW, {rtk1} a form's pair; look-alikes {tiket} {antri} {nip} {nop}
# {idpel} {samb} {surat} {va} {kode} {nisn} {npsn} {nib} {meter} {los} {kpj} {rp} {rpk} {tgl}
# {tg} {jam} {jamd} {num} {kuota} {thn} {hari} {rtx} {rwx}; places {kel} {kec} {pusk} {rs}
# {school} {church} {pasar} {biz} {song} {jl} {jlno}.

TEMPLATES: list[tuple] = []

# ---- notice_board: typed notices pinned on a board or posted, with a line of complaint around them
TEMPLATES += [
    T(
        "notice_board",
        "health",
        """
PENGUMUMAN
Vaksinasi campak-rubela anak usia 9 bulan s/d 15 tahun di {pusk}, hari {hari} {tgl} jam {jamd}. Bawa KIA / akta dan kartu KIS. Kuota {kuota} anak.
Informasi: bidan [[n:{n1}]] ([[p:{hp1}]]) atau kader [[n:{g2}]] [[p:{hp2}]].
""",
    ),
    T(
        "notice_board",
        "health",
        """
PEMBERITAHUAN POSYANDU MAWAR {rtx}
Penimbangan balita dan pemeriksaan lansia hari {hari}, {tgl}, jam {jam} di halaman rumah Mama [[n:{n1}]], [[a:{ad1}]].
Bawa buku KIA. Konfirmasi kehadiran ke kader [[n:{n2}]] [[p:{hp2}]].
""",
    ),
    T(
        "notice_board",
        "civil_registry",
        """
PENGAMBILAN KTP-el YANG SUDAH DICETAK
Kantor Kelurahan {kel}, {jlno}, setiap {hari} jam {jamd}. Bawa surat pengantar dan resi nomor {antri}.
Info: WA pelayanan kelurahan {ohp1}. Tidak dipungut biaya. Pengaduan: SMS 1708.
""",
        U=False,
    ),
    T(
        "notice_board",
        "social_aid",
        """
PENYALURAN BLT DANA DESA TAHAP {tahap}
Tempat: aula Kantor Kelurahan {kel}, {jlno}
Hari/tgl: {hari}, {tgl} jam {jamd}
Bawa KTP asli + KK asli. Penerima {kuota} KPM, Rp {rp}/KPM.
Narahubung: Sdr. [[n:{n1}]] (Kasi Kesos) [[p:{hp1}]]
""",
    ),
    T(
        "notice_board",
        "tax_pbb",
        """
HARI PEMBAYARAN PBB-P2 KELILING {thn}
Tim Bapenda Kota Kupang hadir di Kantor Lurah {kel} tanggal {tgl}, jam {jamd}.
Bawa SPPT dengan NOP (contoh: {nop}). Bayar juga bisa lewat VA {va}.
Pertanyaan: (0380) 833 411 / WA Bapenda {ohp1}
""",
    ),
    T(
        "notice_board",
        "school_jobs",
        """
PENERIMAAN MURID BARU {school} TA {thn}
Pendaftaran {tgl} s/d selesai, jam {jamd}, kuota {kuota} siswa.
Syarat: fotokopi KK, akta, NISN (contoh {nisn}).
Narahubung: Ibu [[n:{n1}]], S.Pd. ([[p:{hp1}]]) dan Bapak [[n:{n2}]] ([[p:{hp2}]])
""",
    ),
    T(
        "notice_board",
        "school_jobs",
        """
JOB FAIR KOTA KUPANG {thn}
{tgl}, Aula Disnakertrans, {jlno}. {num} lowongan dari hotel, bank dan toko modern.
Bawa CV, fotokopi ijazah, kartu AK-1. Info: Disnakertrans (0380) 821 577, email disnaker.kotakupang@gmail.com
Kami sdh datang jam {jam} tp meja registrasi belum buka, antrean sampai nomor {antri}.
""",
    ),
    T(
        "notice_board",
        "neighbourhood",
        """
UNDANGAN RAPAT RT {rtx} / RW {rwx}
Kepada Yth. Bapak/Ibu warga. Rapat pembahasan iuran keamanan dan air tangki hari {hari} jam {jam} bertempat di rumah Ketua RT, Bapak [[n:{n1}]], [[a:{ad1}]].
Iuran bulan ini Rp {rpk}/KK. Yang berhalangan hubungi sekretaris [[n:{n2}]] [[p:{hp2}]].
""",
    ),
    T(
        "notice_board",
        "neighbourhood",
        """
DICARI / HILANG
Telah hilang sepeda motor Honda Beat warna hitam nopol [[pl:{pl1}]] di depan {pasar} hari {hari} jam {jam}.
Pemilik: [[n:{n1}]], [[a:{adr1}]], Kel. {kel}. Bagi yang melihat hubungi [[p:{hp1}]] atau Pos Polisi terdekat. Imbalan Rp {rp}.
""",
    ),
    T(
        "notice_board",
        "worship",
        """
WARTA JEMAAT {church}
Minggu, {tgl}
1. Ibadah rumah tangga rayon {rtx} di rumah Kel. [[n:{n1}]], [[a:{ad1}]], jam {jam}.
2. Persembahan syukur dari Kel. [[n:{f2}]] Rp {rp}.
3. Pendaftaran katekisasi ke Pnt. [[n:{n3}]] [[p:{hp3}]] paling lambat {tgl}.
""",
    ),
    T(
        "notice_board",
        "market_trade",
        """
DAFTAR HARGA AIR TANGKI (per {tgl})
5.000 liter dalam kota Rp {rp1}
Oesapa–Penfui Rp {rp2}
Pesan: {depot} WA {ohp1} / {ohp2}
Warga sini kebanyakan pesan ke Om [[n:{g1}]] saja, dia ada tangki sendiri, nomornya [[p:{hp3}]], lebih cepat.
""",
    ),
    T(
        "notice_board",
        "civil_registry",
        """
NOMOR LAYANAN BERUBAH
Mulai {tgl}, layanan Dukcapil Kota Kupang untuk KTP-el dan KK: WA {ohp1} (Senin–Jumat {jamd}).
Nomor lama {ohp2} tidak aktif lagi. Antrian online dibuka jam {jam}, kuota {kuota} per hari.
""",
    ),
    T(
        "notice_board",
        "social_aid",
        """
PENGUMUMAN KELURAHAN {KEL}
Pemutakhiran DTKS dibuka {tgl1} s/d {tgl2}. Warga yang belum terdata datang ke kantor kelurahan bawa KTP dan KK.
Sanggahan data ke WA {ohp1}. Laporkan penyalahgunaan ke Dinas Sosial (0380) 825 118.
Nomor surat: {surat}
""",
    ),
    T(
        "notice_board",
        "health",
        """
INFO CEK KESEHATAN GRATIS (CKG)
{pusk} membuka CKG untuk warga yang berulang tahun bulan ini. Daftar lewat aplikasi SATUSEHAT Mobile atau WA pendaftaran {ohp1}.
Pelayanan {hari1}–{hari2} jam {jamd}. Kuota {kuota} orang/hari. UGD 24 jam: {oland1}.
""",
    ),
    T(
        "notice_board",
        "worship",
        """
PANITIA HARI BESAR ISLAM {masjid}
Penyembelihan hewan kurban {tgl} ba'da subuh. Pengambilan kupon daging di sekretariat panitia, {jlno}, mulai jam {jam}.
Informasi panitia: {ohp1} / {ohp2}. Kupon no. 001 s/d {num}.
""",
    ),
    T(
        "notice_board",
        "school_jobs",
        """
LOWONGAN KERJA
Dibutuhkan 2 (dua) tenaga kasir untuk {biz}. Lamaran dikirim ke HRD: rekrutmen.flobamora@gmail.com paling lambat {tgl}.
Info WA {ohp1} (HRD). Gaji sesuai UMK Rp {rp} + uang makan.
""",
    ),
    T(
        "notice_board",
        "neighbourhood",
        """
PAPAN INFO RT {rtx} / RW {rwx}
- Ronda malam mulai jam 22.00, jadwal di pos kamling.
- Pos kamling: {ohp1} (pos jaga)
- Iuran sampah Rp {rpk}, jatuh tempo tgl {num}.
- Laporan kehilangan ke Polsek (0380) 826 110.
""",
    ),
    T(
        "notice_board",
        "market_trade",
        """
PENGUMUMAN UPTD {PASAR}
Pendataan ulang pedagang los dan kios {tgl}. Bawa kartu retribusi (No. {los}) dan KTP.
Tunggakan retribusi dibayar ke rekening penerimaan daerah Bank NTT 001.01.09.004521-3.
Informasi kantor pasar: {oland1}.
""",
    ),
    T(
        "notice_board",
        "tax_pbb",
        """
PEMBERITAHUAN
Kepada wajib pajak yang SPPT PBB-nya belum diterima, silakan ambil di rumah Ketua RT {rtx}, Ibu [[n:{n1}]] ([[a:{ad1}]]) atau hubungi [[p:{hp1}]].
Pembayaran paling lambat {tgl}. Denda 1% per bulan.
""",
    ),
    T(
        "notice_board",
        "social_aid",
        """
DAFTAR PENERIMA BANSOS PANGAN RT {rtx} (TEMPEL DI POS)
1. [[n:{N1}]] – NIK [[nik:{nik1}]]
2. [[n:{N2}]] – NIK [[nik:{nik2}]]
3. [[n:{N3}]] – NIK [[nik:{nik3}]]
Sanggahan paling lambat {tgl} ke kelurahan. Keberatan sy: kenapa NIK lengkap ditempel di pos ronda begini?
""",
    ),
    T(
        "notice_board",
        "worship",
        """
JADWAL PETUGAS IBADAH MINGGU, {tgl}
Pelayan firman: Pdt. [[n:{n1}]], S.Th
Liturgos: Pnt. [[n:{n2}]]
Pemain musik: [[n:{n3}]]
Kolektan: Dkn. [[n:{n4}]] dan Dkn. [[n:{n5}]]
Info perubahan jadwal: sekretariat majelis {ohp1}
""",
    ),
    T(
        "notice_board",
        "civil_registry",
        """
PEMBERITAHUAN PERUBAHAN NOMOR HP
Saya [[n:{n1}]], Ketua RW {rwx} Kel. {kel}, memberitahukan bahwa HP saya ganti. Nomor lama [[p:{hp1}]] sudah hilang, nomor baru [[p:{hp2}]].
Untuk surat pengantar KTP/KK silakan WA ke nomor baru. Terima kasih.
""",
    ),
]

# ---- ocr_poster: posters and banners photographed and read by a phone's OCR, sent with a line
TEMPLATES += [
    T(
        "ocr_poster",
        "health",
        """
[teks dari foto poster]
P0SYANDU LANS1A
"SEHAT BAHAG1A"
PEMERIKSAAN GRAT1S
TENSI - GULA DARAH - ASAM URAT
HARI : {HARI}
JAM : {jam} WITA
KADER : [[n:{N1}]] [[p:{hpo1}]]
Kami mau tanya, ini jadi ko sonde? su tunggu dari pagi.
""",
    ),
    T(
        "ocr_poster",
        "health",
        """
hasil scan spanduk:
VAKSINASI HPV UNTUK SISWI KELAS 5 & 6
LOKASI : {SCHOOL}
TGL {tg}
HUB. PETUGAS : {ohpo1}
{PUSK}
""",
    ),
    T(
        "ocr_poster",
        "civil_registry",
        """
Pak ini foto brosur yg ditempel di kelurahan, tulisan dari HP sy:
JEMPUT BOLA
PEREKAMAN KTP-el
PEMULA (17 TH)
TEMPAT : AULA KEL.
{KEL}
WAKTU : {jamd}
HUB : [[n:{N1}]]
([[p:{hpn1}]])
Tapi waktu sy telpon nomornya tdk aktif.
""",
    ),
    T(
        "ocr_poster",
        "social_aid",
        """
OCR:
PEMBAGIAN BERAS
CADANGAN PANGAN
10 KG / KPM
LOKASI : KANTOR LURAH
{KEL} - {JL}
BAWA KTP & KK ASLI
INFO : PENDAMPING
WILAYAH {ohpo1}
KUOTA : {kuota} KPM
""",
    ),
    T(
        "ocr_poster",
        "market_trade",
        """
foto spanduk di pinggir jalan:
AIR BERSIH
TANGKI 5000 L
HUB. [[p:{hpo1}]] /
[[p:{hp2}]]
(IBU [[n:{G1}]])
Rp {rp} DALAM KOTA
""",
    ),
    T(
        "ocr_poster",
        "market_trade",
        """
[OCR stiker di galon]
DEPOT AIR MINUM
"{DEPOT}"
ISI ULANG Rp {rpk}
ANTAR GRATIS
TELP/WA {ohpo1}
Air dari depot ini bau, sy beli tgl {tg}.
""",
    ),
    T(
        "ocr_poster",
        "neighbourhood",
        """
teks dari foto:
PEMBERITAHUAN RT {rtx}
AIR PDAM MATI
TGL {tg1} - {tg2}
PERBAIKAN PIPA
INFO : PDAM
(0380) 833 029
NO. SAMB. CONTOH {samb}
""",
    ),
    T(
        "ocr_poster",
        "neighbourhood",
        """
[scan kertas di tiang listrik]
KOS PUTRI
"MELATI"
MASIH ADA 2
KAMAR
HUB {hpo1}
(MAMA [[n:{G1}]])
""",
    ),
    T(
        "ocr_poster",
        "worship",
        """
hasil scan undangan:
UNDANGAN
IBADAH SYUKUR
ULANG TAHUN KE-{umur1}
BAPA [[n:{N1}]]
TEMPAT : KEDIAMAN
[[a:{ADR1}]]
KEL. {KEL}
HARI/TGL : {HARI}, {tg}
JAM : {jam}
""",
    ),
    T(
        "ocr_poster",
        "worship",
        """
OCR pamflet:
PANITIA NATAL
{CHURCH}
MENERIMA SUMBANGAN
REK. PANITIA
BANK NTT 001.01.02.{num}881-1
A.N. PANITIA NATAL
KONFIRMASI : {ohpo1}
(BENDAHARA)
""",
    ),
    T(
        "ocr_poster",
        "school_jobs",
        """
Teks dari brosur yg dibagi di sekolah:
LES PRIVAT
MATEMATIKA & IPA
SD - SMP
GURU : [[n:{N1}]], S.Pd
WA [[p:{hpo1}]]
ALAMAT : [[a:{AD1}]]
(RUMAH SENDIRI)
Anak sy dipaksa les ini oleh wali kelasnya sendiri, apa boleh?
""",
    ),
    T(
        "ocr_poster",
        "school_jobs",
        """
[hasil OCR baliho]
BURSA KERJA
{THN}
GRATIS !
{num} PERUSAHAAN
REGISTRASI ONLINE
WA {ohpo1}
TGL {tg}
GEDUNG {KEL}
""",
    ),
    T(
        "ocr_poster",
        "social_aid",
        """
foto kertas yg ditempel di kios:
NAMA2 PENERIMA
BLT YG BELUM AMBIL
1. [[n:{no1}]]
2. [[n:{N2}]]
3. [[n:{N3}]]
SEGERA KE KANTOR POS
PALING LAMBAT {tg}
""",
    ),
    T(
        "ocr_poster",
        "civil_registry",
        """
scan kertas hilang:
DICARI !!
DOMPET HITAM
ISI : KTP A.N.
[[n:{N1}]]
NIK [[nik:{niko1}]]
ATM + SIM
HUB : [[p:{hpo2}]]
""",
    ),
    T(
        "ocr_poster",
        "health",
        """
teks foto brosur puskesmas:
LAYANAN
KESEHATAN
JIWA
SETIAP {HARI}
POLI UMUM
PENDAFTARAN :
{ohpo1}
(ADMIN)
{PUSK}
""",
    ),
    T(
        "ocr_poster",
        "market_trade",
        """
OCR papan nama:
BENGKEL LAS
"KARYA MANDIRI"
TERIMA PESANAN
PAGAR - TERALIS
HUB {oland2}
/ {ohpo1}
Bengkel ini bakar sampah tiap sore di depan rumah kami.
""",
    ),
    T(
        "ocr_poster",
        "neighbourhood",
        """
hasil foto kertas di pos ronda:
JADWAL RONDA
MALAM {HARI}
- [[n:{N1}]]
- [[n:{N2}]]
- [[n:{N3}]]
KORDINATOR :
[[n:{N4}]] [[p:{hpo4}]]
""",
    ),
    T(
        "ocr_poster",
        "tax_pbb",
        """
[scan spanduk kelurahan]
AYO BAYAR PBB
SEBELUM JATUH TEMPO
{tg}
LOKET PBB
KANTOR LURAH
{KEL}
HUB. PETUGAS :
{ohpo1}
""",
    ),
    T(
        "ocr_poster",
        "worship",
        """
OCR pengumuman masjid:
PENDAFTARAN
TPA / TPQ
{MASJID}
USIA 5-12 TH
HUB : UST. [[n:{N1}]]
[[p:{hpo1}]]
INFAQ Rp {rpk}/BLN
""",
        M=(1,),
    ),
    T(
        "ocr_poster",
        "social_aid",
        """
scan selebaran:
PENDATAAN LANSIA
PENERIMA ASPD
BAWA : KTP, KK,
KARTU KIS
KONTAK PENDAMPING :
{ohpo1}
SURAT NO. {surat}
""",
    ),
    T(
        "ocr_poster",
        "health",
        """
hasil scan poster DBD:
FOGGING
RT {rtx1} & RT {rtx2}
HARI {HARI}
JAM {jam}
HARAP PINTU
DIBUKA
INFO SANITARIAN
{PUSK} {ohpo1}
""",
    ),
    T(
        "ocr_poster",
        "market_trade",
        """
teks dr foto kertas di los ikan:
DIJUAL CEPAT
LOS NO. {LOS}
{PASAR}
HUB PEMILIK
[[n:{N1}]] [[p:{hpo1}]]
Yth UPTD, apa los pasar boleh dijual begini?
""",
    ),
]

# ---- table_pipe: registers and lists pasted with | between the cells
TEMPLATES += [
    T(
        "table_pipe",
        "social_aid",
        """
Yth. Dinas Sosial, ini daftar yang ditempel di kantor lurah. Nama mama saya tidak ada padahal tahun lalu ada.
No | Nama KPM | NIK | RT/RW | No HP
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[a:{rtk1}]] | [[p:{hpb1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[a:{rtk2}]] | [[p:{hpb2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[a:{rtk3}]] | -
Mama saya [[n:{n4}]], NIK [[nik:{nik4}]].
""",
        F=(4,),
    ),
    T(
        "table_pipe",
        "neighbourhood",
        """
BUKU TAMU POS KAMLING RT {rtx} (foto halaman {num})
Tgl | Nama Tamu | Alamat | Tujuan | HP
{tg1} | [[n:{n1}]] | [[a:{ad1}]] | ke rumah [[n:{g2}]] | [[p:{hp1}]]
{tg2} | [[n:{n3}]] | [[a:{adr3}]] | antar galon | [[p:{hp3}]]
{tg3} | Kurir J&T | - | paket | {ohp1}
Tamu no. 2 ini datang jam 1 malam dan buat ribut, sudah kami catat.
""",
    ),
    T(
        "table_pipe",
        "market_trade",
        """
REGISTER PEDAGANG LOS IKAN {PASAR}
No | Nama Pedagang | No. Los | HP | Retribusi/bln
1 | [[n:{n1}]] | {los1} | [[p:{hp1}]] | Rp {rpk1}
2 | UD Laut Biru Sejahtera | {los2} | {ohp2} | Rp {rpk2}
3 | [[n:{n3}]] | {los3} | [[p:{hp3}]] | Rp {rpk3}
4 | Koperasi Nelayan Oeba | {los4} | {ohp4} | Rp {rpk4}
Keluhan: pedagang no. 3 dipindah tanpa pemberitahuan.
""",
    ),
    T(
        "table_pipe",
        "market_trade",
        """
Daftar kios di terminal (dari UPTD):
Nama Usaha | Alamat Usaha | Telepon
{biz} | {jlno} | {oland1}
Kios Mama Ester | Terminal Kupang blok B | {ohp2}
Warung Sederhana | {jlno} | {ohp3}
Kenapa warung yang sudah tutup masih ditagih retribusi Rp {rpk}?
""",
    ),
    T(
        "table_pipe",
        "neighbourhood",
        """
REGISTER RUMAH KOS RT {rtx} / RW {rwx}
Nama Kos | Pemilik | HP Pemilik | Jml Kamar
Kos Putri Kenanga | [[n:{n1}]] | [[p:{hp1}]] | {num1}
Kos Gloria | [[n:{n2}]] | [[p:{hp2}]] | {num2}
Kos Sasando | tidak diketahui | - | {num3}
Mohon Pak Lurah tertibkan kos yang tidak lapor penghuni.
""",
    ),
    T(
        "table_pipe",
        "civil_registry",
        """
ANTREAN PENGAMBILAN KTP-el {tgl}
No Antri | Nama | NIK (disamarkan) | Status
{antri1} | [[n:{N1}]] | {nikm1} | SELESAI
{antri2} | [[n:{N2}]] | {nikm2} | BELUM CETAK
{antri3} | [[n:{N3}]] | {nikm3} | BLANKO HABIS
Sy no antri {antri2}, su 3x datang tetap belum cetak.
""",
    ),
    T(
        "table_pipe",
        "health",
        """
Jadwal posyandu bulan ini:
Posyandu | Hari | Jam | Lokasi | Kontak
Mawar | {hari1} | {jam1} | halaman gereja | {ohp1}
Melati | {hari2} | {jam2} | Pustu {kel} | {ohp2}
Anggrek | {hari3} | {jam3} | balai RW {rwx} | {ohp3}
Kontak di tabel ini tidak ada yang angkat.
""",
    ),
    T(
        "table_pipe",
        "neighbourhood",
        """
JADWAL PIKET POS KAMLING
Hari | Petugas | HP
Senin | [[n:{n1}]], [[n:{n2}]] | [[p:{hp1}]]
Rabu | [[n:{n3}]], [[n:{n4}]] | [[p:{hp3}]]
Sabtu | Linmas kelurahan | {ohp5}
Pos jaga: {ohp6}
""",
    ),
    T(
        "table_pipe",
        "market_trade",
        """
DAFTAR SOPIR AIR TANGKI YANG TERDAFTAR (Perumda Air Minum)
No | Nama Sopir | Nopol | HP
1 | [[n:{N1}]] | [[pl:{pl1}]] | [[p:{hp1}]]
2 | [[n:{N2}]] | [[pl:{pl2}]] | [[p:{hp2}]]
3 | [[n:{N3}]] | [[pl:{pl3}]] | [[p:{hp3}]]
Sopir no. 2 minta tambahan Rp {rpk} di luar tarif.
""",
        M=(1, 2, 3),
    ),
    T(
        "table_pipe",
        "social_aid",
        """
Rekap KPM per RT (Kelurahan {kel})
RT 01: {num1} | RT 02: {num2} | RT 03: {num3} | RT 04: {num4}
Total {kuota} KPM, tahap {tahap}. Dana Rp {rp} per KPM.
Surat {surat}
""",
    ),
    T(
        "table_pipe",
        "school_jobs",
        """
Daftar peserta job fair yang lolos berkas (ditempel di Disnaker):
No | Nama | Pendidikan | Email | HP
1 | [[n:{n1}]] | SMA | [[e:{em1}]] | [[p:{hp1}]]
2 | [[n:{n2}]] | D3 | [[e:{em2}]] | [[p:{hp2}]]
3 | [[n:{n3}]] | S1 | [[e:{em3}]] | [[p:{hp3}]]
Data pribadi peserta kenapa ditempel begini, bisa dipakai penipu.
""",
    ),
    T(
        "table_pipe",
        "school_jobs",
        """
DAFTAR ULANG SISWA BARU {SCHOOL}
No | Nama Siswa | NISN | Nama Ortu | HP Ortu
1 | [[n:{N1}]] | {nisn1} | [[n:{N2}]] | [[p:{hp2}]]
2 | [[n:{N3}]] | {nisn3} | [[n:{N4}]] | [[p:{hp4}]]
Anak saya no. 2 belum dapat kelas sampai hari ini.
""",
        K=(1, 3),
    ),
    T(
        "table_pipe",
        "health",
        """
Direktori layanan kesehatan (papan info kelurahan)
Layanan | Alamat | Telepon | WA
{pusk} | {jlno} | {oland1} | {ohp1}
Ambulans kelurahan | Kantor Lurah | - | {ohp2}
{rs} | {jl} | {oland3} | -
""",
    ),
    T(
        "table_pipe",
        "tax_pbb",
        """
Tabel tunggakan PBB yang dibacakan di rapat RT:
NOP | Nama WP | Tahun | Tunggakan
{nop1} | [[n:{N1}]] | {thn} | Rp {rp1}
{nop2} | [[n:{N2}]] | {thn} | Rp {rp2}
{nop3} | [[n:{N3}]] | {thn} | Rp {rp3}
Saya yang no. 2, sudah bayar {tgl} tapi masih dibacakan di depan umum.
""",
    ),
    T(
        "table_pipe",
        "worship",
        """
DAFTAR PETUGAS PENERIMA TAMU NATAL {church}
Sektor | Koordinator | HP
Sektor {rtx1} | Pnt. [[n:{n1}]] | [[p:{hp1}]]
Sektor {rtx2} | Dkn. [[n:{n2}]] | [[p:{hp2}]]
Sekretariat | - | {ohp3}
""",
    ),
    T(
        "table_pipe",
        "neighbourhood",
        """
DAFTAR NOMOR PENTING RW {rwx}
Instansi | Telepon
Polsek {kec} | {oland1}
Damkar | 113
PLN | 123
Lurah (kantor) | {oland2}
Posko BPBD | {ohp3}
""",
    ),
    T(
        "table_pipe",
        "civil_registry",
        """
Ini daftar warga pindah datang di RT sy yg dikirim ke grup, kenapa lengkap NIK dan KK?
Nama | NIK | No. KK | Asal
[[n:{N1}]] | [[nik:{nik1}]] | [[kk:{kk1}]] | Soe
[[n:{N2}]] | [[nik:{nik2}]] | [[kk:{kk1}]] | Soe
[[n:{N3}]] | [[nik:{nik3}]] | [[kk:{kk3}]] | Atambua
""",
        fam={2: 1},
    ),
    T(
        "table_pipe",
        "social_aid",
        """
Penerima bantuan seng (bedah rumah) {thn}
Nama | Alamat | HP | Ket
[[n:{n1}]] | [[a:{adr1}]] | [[p:{hp1}]] | sudah
[[n:{n2}]] | [[a:{ad2}]] | [[p:{hp2}]] | belum
Kantor Kelurahan {kel} | {jlno} | {oland3} | gudang
""",
    ),
    T(
        "table_pipe",
        "health",
        """
Antrian poli gigi {pusk} tgl {tg}
No | Jam | Poli | Status
{antri1} | {jam1} | Gigi | dilayani
{antri2} | {jam2} | Gigi | batal
{antri3} | {jam3} | Umum | menunggu
Kenapa antrian {antri2} dibatalkan padahal sy hadir.
""",
    ),
    T(
        "table_pipe",
        "market_trade",
        """
Daftar harga depot isi ulang di {kel} (survei warga)
Depot | Harga | Order
{depot} | Rp {rpk1} | {ohp1}
Depot Air Oemathonis | Rp {rpk2} | {ohp2}
Om [[n:{g3}]] (jual dari rumah) | Rp {rpk3} | [[p:{hp3}]]
""",
    ),
    T(
        "table_pipe",
        "school_jobs",
        """
Lowongan di papan Disnaker:
Perusahaan | Posisi | Kontak
PT Flobamor Jaya Abadi | Sales | hrd.flobamorjaya@gmail.com
Hotel Kristal (contoh) | Housekeeping | {oland1}
CV Tiga Saudara Timor | Sopir | {ohp2}
Lowongan CV ini minta uang Rp {rp} dulu.
""",
    ),
    T(
        "table_pipe",
        "civil_registry",
        """
Log kunjungan loket Dukcapil (dari petugas)
Jam | Nama | Layanan | Kontak
{jam1} | [[n:{n1}]] | cetak KK | [[p:{hp1}]]
{jam2} | penelepon tidak sebut nama | info KTP | [[p:{hp2}]]
{jam3} | Operator SD Inpres | akta siswa | {ohp3}
""",
    ),
]

# ---- table_semicolon: registers exported or typed with ; or , between the cells
TEMPLATES += [
    T(
        "table_semicolon",
        "social_aid",
        """
No;Nama;NIK;No KK;Alamat;HP
1;[[n:{N1}]];[[nik:{nik1}]];[[kk:{kk1}]];[[a:{ADR1}]];[[p:{hpb1}]]
2;[[n:{N2}]];[[nik:{nik2}]];[[kk:{kk2}]];[[a:{AD2}]];[[p:{hpb2}]]
(file PKH_kel_{kel}.csv yang beredar di grup WA, tolong ditarik)
""",
    ),
    T(
        "table_semicolon",
        "health",
        """
Data sasaran vaksin lansia RW {rwx} (dikirim kader ke grup):
nama;umur;rt;no bpjs;hp keluarga
[[n:{l1}]];{umur1};[[a:{rt1}]];[[bpjs:{bpjs1}]];[[p:{hpb1}]]
[[n:{l2}]];{umur2};[[a:{rt2}]];[[bpjs:{bpjs2}]];[[p:{hpb2}]]
Apa boleh data lansia disebar di grup umum?
""",
        E=(1, 2),
    ),
    T(
        "table_semicolon",
        "market_trade",
        """
Nama Pedagang;Jenis;Los;Kontak
[[n:{n1}]];sayur;{los1};[[p:{hp1}]]
Toko Sumber Rejeki;sembako;{los2};{ohp2}
[[n:{n3}]];ikan kering;{los3};[[p:{hp3}]]
PD Pasar;kantor;-;{oland4}
""",
    ),
    T(
        "table_semicolon",
        "neighbourhood",
        """
Instansi;Alamat;Telepon
Kantor Lurah {kel};{jlno1};{oland1}
Polsek {kec};{jlno2};{oland2}
{pusk};{jlno3};{oland3}
Posko Siaga Bencana;halaman kantor camat;{ohp4}
(sumber: papan pengumuman RW)
""",
    ),
    T(
        "table_semicolon",
        "civil_registry",
        """
Tgl,Nama Pemohon,NIK,Layanan,No HP
{tg1},[[n:{n1}]],[[nik:{nik1}]],KIA,[[p:{hpb1}]]
{tg2},[[n:{n2}]],[[nik:{nik2}]],perubahan KK,[[p:{hpb2}]]
{tg3},[[n:{n3}]],[[nik:{nik3}]],akta kematian,[[p:{hpb3}]]
Rekap permohonan jemput bola Kel. {kel}. Pemohon no. 3 belum dihubungi sampai sekarang.
""",
    ),
    T(
        "table_semicolon",
        "tax_pbb",
        """
NOP;Letak Objek;Kelurahan;Tagihan
{nop1};{jl};{kel1};Rp {rp1}
{nop2};{jl};{kel2};Rp {rp2}
Kode billing {kode}
Tagihan NOP ke-2 naik dua kali lipat, mohon penjelasan.
""",
    ),
    T(
        "table_semicolon",
        "school_jobs",
        """
Daftar guru pendamping PPDB:
Nama;Jabatan;NIP;HP
[[n:{n1}]];Ketua panitia;{nip1};[[p:{hp1}]]
[[n:{n2}]];Operator;{nip2};[[p:{hp2}]]
Sekretariat PPDB;-;-;{ohp3}
Operator ini minta Rp {rp} supaya anak masuk.
""",
    ),
    T(
        "table_semicolon",
        "worship",
        """
Rekap persembahan sektor (dibacakan di ibadah):
Sektor;KK;Jumlah
{rtx1};{num1};Rp {rp1}
{rtx2};{num2};Rp {rp2}
{rtx3};{num3};Rp {rp3}
Setoran ke rekening Majelis Jemaat Bank NTT 002.01.06.{num}01-9.
""",
    ),
    T(
        "table_semicolon",
        "social_aid",
        """
nama;rt/rw;ket
[[n:{l1}]];[[a:{rtk1}]];lansia sendiri
[[n:{l2}]];[[a:{rtk2}]];disabilitas
[[n:{l3}]];[[a:{rtk3}]];janda
ini daftar usulan ASPD dari RW kami, kenapa yang turun cuma 1?
""",
    ),
    T(
        "table_semicolon",
        "market_trade",
        """
Daftar mobil tangki (izin Dishub):
Pengusaha;Nopol;Telp usaha;HP pemilik
Tangki Berkat;[[pl:{pl1}]];{ohp1};[[p:{hp2}]]
UD Air Segar;[[pl:{pl3}]];{ohp3};-
Pemilik tangki Berkat ([[n:{n2}]]) sering jual air ke luar rute.
""",
    ),
    T(
        "table_semicolon",
        "health",
        """
Poli;Hari;Jam;Pendaftaran
Umum;Senin-Sabtu;{jamd1};{ohp1}
KIA/KB;{hari1}-{hari2};{jamd2};{ohp2}
Gigi;{hari3};{jamd3};{ohp3}
({pusk}, jadwal baru mulai {tgl})
""",
    ),
    T(
        "table_semicolon",
        "neighbourhood",
        """
Nama;Asal;NIK;Tgl datang;No HP;Kamar
[[n:{n1}]];Alor;[[nik:{nik1}]];{tg1};[[p:{hpb1}]];{num1}
[[n:{n2}]];Rote;[[nik:{nik2}]];{tg2};[[p:{hpb2}]];{num2}
Register penghuni Kos Melati, diminta RT. Pemilik kos [[n:{n3}]] tidak mau lapor ke kelurahan.
""",
    ),
    T(
        "table_semicolon",
        "civil_registry",
        """
No Resi;Tgl Rekam;Status
{kode1};{tg1};TERCETAK
{kode2};{tg2};BLANKO KOSONG
{kode3};{tg3};TERCETAK
Tabel dari loket, resi kedua punya sy, su {num} hari belum ada.
""",
    ),
    T(
        "table_semicolon",
        "school_jobs",
        """
Nama;Email;HP;Posisi
[[n:{n1}]];[[e:{em1}]];[[p:{hpb1}]];admin gudang
[[n:{n2}]];[[e:{em2}]];[[p:{hpb2}]];kasir
(rekap pelamar yang bocor dari panitia job fair)
""",
    ),
    T(
        "table_semicolon",
        "social_aid",
        """
Kontak Puskesos,-,-,{ohp1}
Pendamping PKH,-,-,{ohp2}
TKSK Kec. {kec},-,-,{ohp3}
Kantor Dinsos,{jlno},{oland4},-
(daftar kontak di belakang kartu antrean bansos)
""",
    ),
    T(
        "table_semicolon",
        "worship",
        """
Daftar peserta retret pemuda:
Nama;Umur;HP ortu
[[n:{n1}]];{num1};[[p:{hp3}]] ([[n:{g3}]])
[[n:{n2}]];{num2};[[p:{hp4}]] ([[n:{g4}]])
Pembayaran Rp {rp} ke bendahara panitia.
""",
        K=(1, 2),
    ),
    T(
        "table_semicolon",
        "tax_pbb",
        """
Nama WP;NPWP;Masa;Setor
[[n:{N1}]];[[npwp:{npwp1}]];{thn};Rp {rp1}
CV Karya Flobamora;{npwpx};{thn};Rp {rp2}
(lampiran pengaduan: setoran saya tercatat atas nama CV)
""",
    ),
    T(
        "table_semicolon",
        "market_trade",
        """
Kios;Pemilik;HP Pemilik;Alamat Usaha
Kios Sembako Dua Putri;[[n:{n1}]];[[p:{hp1}]];{jlno1}
Warung Bakso Ceria;[[n:{n2}]];[[p:{hp2}]];{jlno2}
Kios Pulsa Berkat;[[n:{n3}]];[[p:{hp3}]];[[a:{ad3}]] (rumah sendiri)
""",
    ),
    T(
        "table_semicolon",
        "neighbourhood",
        """
RT;Hari;Titik
{rtx1};Senin;depan gereja
{rtx2};Rabu;pos ronda
{rtx3};Jumat;lapangan voli
Jadwal truk sampah dari DLHK, truk tdk datang {num} minggu.
""",
    ),
    T(
        "table_semicolon",
        "health",
        """
nama_pasien,no_kartu,faskes,hp
[[n:{n1}]],[[bpjs:{bpjs1}]],{pusk},[[p:{hpb1}]]
[[n:{n2}]],[[bpjs:{bpjs2}]],{pusk},[[p:{hpb2}]]
rujukan kami ditolak RS, ini data yang kami kirim ke admin
""",
    ),
    T(
        "table_semicolon",
        "civil_registry",
        """
Kelurahan;Jumlah KTP belum diambil;Lokasi
{kel1};{num1};kantor lurah
{kel2};{num2};kantor camat
{kel3};{num3};Dukcapil {jl}
Info dari Dukcapil Kota Kupang, nomor surat {surat}.
""",
    ),
    T(
        "table_semicolon",
        "school_jobs",
        """
NISN;Nama;Kelas;Status PIP
{nisn1};[[n:{N1}]];{kelas1};cair
{nisn2};[[n:{N2}]];{kelas2};belum
Rekening anak saya ([[n:{g2}]]) di {bank2} [[b:{rek2}]] belum masuk.
""",
        K=(1, 2),
    ),
]

# ---- table_columns: registers pasted from a PDF or a spreadsheet, cells apart by tabs or spaces
TEMPLATES += [
    T(
        "table_columns",
        "social_aid",
        """
DAFTAR PENERIMA BLT KELURAHAN {KEL} TAHAP {tahap}
No  Nama                     NIK                 RT/RW
1   [[n:{N1}]]     [[nik:{nik1}]]    [[a:{rtk1}]]
2   [[n:{N2}]]     [[nik:{nik2}]]    [[a:{rtk2}]]
3   [[n:{N3}]]     [[nik:{nik3}]]    [[a:{rtk3}]]
Nama saya [[n:{n4}]] NIK [[nik:{nik4}]] terdaftar tahun lalu, tahun ini hilang.
""",
    ),
    T(
        "table_columns",
        "health",
        "Jadwal vaksinasi keliling (copy dari PDF Dinkes)\nHari\tTanggal\tLokasi\tKuota\n{hari1}\t{tg1}\t{pusk}\t{kuota1}\n{hari2}\t{tg2}\tAula Kel. {kel}\t{kuota2}\n{hari3}\t{tg3}\t{school}\t{kuota3}\nPendaftaran: WA {ohp1}\n",
    ),
    T(
        "table_columns",
        "neighbourhood",
        "Buku tamu kantor RW (foto, sy ketik ulang)\nNama\tAlamat\tKeperluan\tTelp\n[[n:{n1}]]\t[[a:{adr1}]]\tsurat domisili\t[[p:{hp1}]]\n[[n:{n2}]]\t[[a:{adc2}]]\tpengantar SKCK\t[[p:{hp2}]]\n[[n:{n3}]]\t[[a:{ad3}]]\tlapor tamu\t[[p:{hp3}]]\nBuku ini ditaruh di luar, siapa saja bisa foto.\n",
    ),
    T(
        "table_columns",
        "market_trade",
        """
REGISTER KIOS PASAR (hasil copy PDF UPTD)
No  Blok  Nama Pemilik            HP               Tunggakan
1   {los1}  [[n:{N1}]]   [[p:{hpb1}]]   Rp {rp1}
2   {los2}  [[n:{N2}]]   [[p:{hpb2}]]   Rp {rp2}
3   {los3}  CV Maju Bersama   {ohpb3}   Rp {rp3}
""",
    ),
    T(
        "table_columns",
        "civil_registry",
        """
No  Nama  NIK  No. KK  RT/RW
1 [[n:{N1}]] [[nik:{nik1}]] [[kk:{kk1}]] [[a:{rtk1}]]
2 [[n:{N2}]] [[nik:{nik2}]] [[kk:{kk1}]] [[a:{rtk1}]]
(daftar usulan perbaikan data yg dikirim RT, anak saya baris 2 tanggal lahirnya salah)
""",
        fam={2: 1},
    ),
    T(
        "table_columns",
        "tax_pbb",
        "Rincian pembayaran PBB di loket\nNOP\t\t\tTahun\tPokok\tDenda\n{nop1}\t{thn}\t{rp1}\t{rpk1}\n{nop2}\t{thn}\t{rp2}\t{rpk2}\nNo. bukti {kode}, dibayar {tgl}. Denda kok masih dihitung?\n",
    ),
    T(
        "table_columns",
        "school_jobs",
        """
PENGUMUMAN HASIL SELEKSI TENAGA HARIAN LEPAS
No   Nama                        Tgl Lahir     Hasil
1    [[n:{N1}]]         {tg1}      LULUS
2    [[n:{N2}]]         {tg2}      LULUS
3    [[n:{N3}]]         {tg3}      TIDAK LULUS
Nomor peserta saya {kode}, nama saya [[n:{n3}]], nilai saya lebih tinggi dari yang lulus.
""",
    ),
    T(
        "table_columns",
        "neighbourhood",
        "Jadwal ronda RT {rtx}\nMalam\tNama\t\tHP\nSenin\t[[n:{n1}]]\t[[p:{hp1}]]\nSelasa\t[[n:{n2}]]\t[[p:{hp2}]]\nRabu\tLinmas\t\t{ohp3}\nKamis\t[[n:{n4}]]\t[[p:{hp4}]]\n",
    ),
    T(
        "table_columns",
        "health",
        """
Rekap kunjungan posyandu lansia
RT      Jumlah   Hipertensi
RT 01   {num1}       {num2}
RT 02   {num3}       {num4}
RT 03   {num5}       {num6}
Petugas {pusk} cuma datang sekali sebulan, obat sering habis.
""",
    ),
    T(
        "table_columns",
        "worship",
        "Jadwal ibadah rumah tangga\nTgl\tTuan rumah\tAlamat\tPemimpin\n{tg1}\tKel. [[n:{f1}]]\t[[a:{ad1}]]\tPnt. [[n:{n3}]]\n{tg2}\tKel. [[n:{f2}]]\t[[a:{adr2}]]\tDkn. [[n:{n4}]]\n",
    ),
    T(
        "table_columns",
        "market_trade",
        "Harga air tangki per {tgl}\nTujuan\t\tHarga\nKota\t\tRp {rp1}\nPenfui\t\tRp {rp2}\nBaumata\t\tRp {rp3}\nOrder: {depot} {ohp1} / {ohp2}\nKami sudah pesan jam {jam} tapi tangki baru datang besok.\n",
    ),
    T(
        "table_columns",
        "social_aid",
        """
Nama                    NIK                   Bank   No Rekening
[[n:{N1}]]    [[nik:{nik1}]]   {bank1}    [[b:{rek1}]]
[[n:{N2}]]    [[nik:{nik2}]]   {bank2}    [[b:{rek2}]]
(lampiran: rekening penerima bantuan UMKM yang belum cair)
""",
    ),
    T(
        "table_columns",
        "civil_registry",
        "Antrian online Dukcapil\nNo\tJam\tLayanan\n{antri1}\t{jam1}\tKTP-el\n{antri2}\t{jam2}\tKK\n{antri3}\t{jam3}\tKIA\nAmbil nomor via WA {ohp1}, kuota {kuota}/hari.\n",
    ),
    T(
        "table_columns",
        "school_jobs",
        "Daftar hadir rapat komite {school}\nNo\tNama Ortu\tKelas\tTTD\n1\t[[n:{n1}]]\t{kelas1}\t..\n2\t[[n:{n2}]]\t{kelas2}\t..\n3\t[[n:{n3}]]\t{kelas3}\t..\nRapat memutuskan iuran Rp {rp} padahal kami tidak setuju.\n",
    ),
    T(
        "table_columns",
        "neighbourhood",
        """
PENGHUNI KOS (lapor ke RT)
Nama                 Asal        HP              Pekerjaan
[[n:{n1}]]    Sumba Timur  [[p:{hpb1}]]   mahasiswa
[[n:{n2}]]    Flores Timur [[p:{hpb2}]]   karyawan toko
[[n:{n3}]]    Sabu         [[p:{hpb3}]]   mahasiswa
""",
    ),
    T(
        "table_columns",
        "tax_pbb",
        """
NAMA WAJIB PAJAK    NOP                          ALAMAT OBJEK
[[n:{N1}]]     {nop1}     {JLNO}
(SPPT sy ternyata dicetak dengan nama almarhum bapak, padahal sudah balik nama {thn})
""",
    ),
    T(
        "table_columns",
        "health",
        "Kontak layanan darurat\nLayanan\t\tNomor\nAmbulans\t\t{ohp1}\nPMI Kota\t\t{oland2}\nDamkar\t\t113\nPolisi\t\t110\nUGD {rs}\t{oland3}\n",
    ),
    T(
        "table_columns",
        "market_trade",
        "Rekap retribusi harian\nTgl\tLos\tJumlah\n{tg1}\t{los1}\tRp {rpk1}\n{tg2}\t{los2}\tRp {rpk2}\n{tg3}\t{los3}\tRp {rpk3}\nKarcis no. {kode} tidak ada cap.\n",
    ),
    T(
        "table_columns",
        "worship",
        "DAFTAR PENERIMA DIAKONIA NATAL\nNama\t\t\tRayon\tKet\n[[n:{N1}]]\t{rtx1}\tjanda\n[[n:{N2}]]\t{rtx2}\tlansia\n[[n:{N3}]]\t{rtx3}\tsakit\nKami keberatan nama Oma [[n:{g2}]] dibacakan sebagai orang susah di mimbar.\n",
        F=(2,),
    ),
    T(
        "table_columns",
        "social_aid",
        "Jadwal penyaluran BPNT\nRT\tHari\tJam\n{rtx1}\t{hari1}\t{jam1}\n{rtx2}\t{hari2}\t{jam2}\n{rtx3}\t{hari3}\t{jam3}\nLokasi e-Warong {biz}. Info pendamping {ohp1}.\n",
    ),
    T(
        "table_columns",
        "school_jobs",
        """
Daftar peserta pelatihan BLK
No  Nama                 NIK                   HP
1   [[n:{n1}]]    [[nik:{niks1}]]   [[p:{hp1}]]
2   [[n:{n2}]]    [[nik:{niks2}]]   [[p:{hp2}]]
Uang saku Rp {rp} belum dibayar sampai hari ini.
""",
    ),
    T(
        "table_columns",
        "civil_registry",
        "Log SMS 1708 masuk\nJam\tPengirim\tIsi\n{jam1}\t[[p:{hpk1}]]\tKOTKUPANG KTP blm jadi\n{jam2}\t[[p:{hpk2}]]\tKOTKUPANG lampu jalan mati\n{jam3}\t1708\tbalasan otomatis\n",
    ),
]

# ---- list_roster: bulleted and numbered lists, directories and rosters
TEMPLATES += [
    T(
        "list_roster",
        "neighbourhood",
        """
KONTAK PENTING RT {rtx} / RW {rwx} – {KEL}
• Ketua RT: Bpk. [[n:{n1}]] – [[p:{hp1}]]
• Sekretaris: Ibu [[n:{n2}]] – [[p:{hp2}]]
• Bendahara: [[n:{n3}]] – [[p:{hp3}]]
• Pos kamling: {ohp4}
• Kantor Lurah: {oland5}
• Polsek {kec}: 110 / {oland6}
""",
    ),
    T(
        "list_roster",
        "health",
        """
Petugas jaga {pusk} minggu ini:
1. dr. [[n:{n1}]] – {hari1}, {hari2}
2. Bidan [[n:{n2}]] – {hari3}
3. Perawat [[n:{n3}]] – malam
Nomor piket 24 jam: {ohp4}
Waktu anak saya kejang jam {jam}, tidak ada satupun yang di tempat.
""",
        F=(2,),
    ),
    T(
        "list_roster",
        "social_aid",
        """
Kak, ini daftar yang diumumkan di gereja untuk sembako:
- [[n:{n1}]] ({umur1})
- [[n:{n2}]] ({umur2})
- [[n:{n3}]] ({umur3})
- Mama [[n:{g4}]]
Yang betul-betul susah malah tidak ada, contohnya Oma [[n:{n5}]] di [[a:{rt5}]].
""",
        E=(1, 2, 3),
    ),
    T(
        "list_roster",
        "civil_registry",
        """
Syarat pengambilan KTP-el:
1. Bawa resi asli (contoh no. {kode})
2. Fotokopi KK
3. Datang {hari} jam {jamd}
4. Tidak dipungut biaya
5. Pengaduan: SMS 1708 atau WA Dukcapil {ohp1}
Kenyataannya di loket diminta Rp {rpk}.
""",
    ),
    T(
        "list_roster",
        "market_trade",
        """
Direktori depot air & tangki di {kec} (dari grup):
1. {depot} – {ohp1}
2. Depot Air Hidup Baru – {ohp2}
3. Tangki Om [[n:{g3}]] (dia sendiri yang bawa) – [[p:{hp3}]]
4. Tangki PDAM (resmi): (0380) 833 029
Harga rata-rata Rp {rp} per 5.000 liter.
""",
    ),
    T(
        "list_roster",
        "school_jobs",
        """
Panitia SPMB {school}:
- Ketua: [[n:{n1}]], S.Pd.
- Sekretaris: [[n:{n2}]], S.Pd.
- Operator: [[n:{n3}]] ([[p:{hp3}]])
- Pengaduan: {ohp4}
Jalur zonasi diumumkan {tgl}, kuota {kuota}.
""",
    ),
    T(
        "list_roster",
        "worship",
        """
Susunan panitia Paskah {church}:
1. Ketua: Bpk. [[n:{n1}]]
2. Sekretaris: Sdri. [[n:{n2}]]
3. Bendahara: Ibu [[n:{n3}]], rek. {bank3} [[b:{rek3}]] a.n. [[n:{n3}]]
4. Seksi acara: [[n:{n4}]]
Konfirmasi: WA panitia {ohp5}
""",
    ),
    T(
        "list_roster",
        "neighbourhood",
        """
Barang temuan di pos satpam kompleks (bulan {num}):
- HP Samsung hitam, ditemukan depan minimarket
- Kunci motor gantungan Flobamora
- Map berisi ijazah a.n. [[n:{n1}]]
- KTP a.n. [[n:{n2}]], NIK [[nik:{nik2}]]
Ambil di pos jaga, info satpam {ohp3}.
""",
    ),
    T(
        "list_roster",
        "tax_pbb",
        """
Jadwal loket PBB keliling:
• {hari1}: Kel. {kel1}, jam {jamd1}
• {hari2}: Kel. {kel2}, jam {jamd2}
• {hari3}: Kel. {kel3}, jam {jamd3}
Cek tagihan via WA {ohp1}. Bayar lewat VA {va}.
""",
    ),
    T(
        "list_roster",
        "health",
        """
Daftar donor darah dadakan untuk Oma [[n:{n1}]] (di {rs}):
1. [[n:{n2}]] – gol. O – [[p:{hp2}]]
2. [[n:{n3}]] – gol. O – [[p:{hp3}]]
3. [[n:{n4}]] – gol. O – [[p:{hp4}]]
PMI bilang stok kosong, kami cari sendiri. Koordinator keluarga: [[n:{n5}]] [[p:{hp5}]].
""",
    ),
    T(
        "list_roster",
        "social_aid",
        """
Nomor-nomor yang mengaku petugas bansos (mohon warga waspada):
1. {ohp1} – minta foto KTP
2. {ohp2} – minta kode OTP
3. {ohp3} – suru transfer Rp {rp} untuk biaya admin
Dinsos tidak pernah minta uang. Laporan ke (0380) 825 118.
""",
    ),
    T(
        "list_roster",
        "school_jobs",
        """
Persyaratan job fair:
1. CV dan surat lamaran
2. Fotokopi KTP (NIK contoh 5371xxxxxxxx0001 jangan dikirim lengkap)
3. Kartu AK-1 dari Disnaker
4. Daftar online: WA {ohp1}
5. Tanya: disnaker.kotakupang@gmail.com
Loket AK-1 tutup jam {jam}, padahal tertulis {jamd}.
""",
    ),
    T(
        "list_roster",
        "neighbourhood",
        """
Roster sopir mobil sampah DLHK (tempelan di pos):
- Senin/Kamis: [[n:{n1}]], [[pl:{pl1}]]
- Selasa/Jumat: [[n:{n2}]], [[pl:{pl2}]]
- Rabu/Sabtu: [[n:{n3}]], [[pl:{pl3}]]
Mobil Rabu tidak pernah lewat RT kami, saya [[n:{n4}]] di [[a:{adr4}]].
""",
    ),
    T(
        "list_roster",
        "worship",
        """
Pengumuman masjid:
1. Kajian ba'da magrib tiap {hari}
2. Zakat fitrah Rp {rpk} per jiwa
3. Takmir masjid: {ohp1}
4. Rekening masjid BSI 72{num}81540 a.n. Takmir Masjid
""",
    ),
    T(
        "list_roster",
        "civil_registry",
        """
Data yang diminta petugas untuk KK baru saya:
- Nama: [[n:{n1}]]
- NIK: [[nik:{nik1}]]
- No KK lama: [[kk:{kk1}]]
- Alamat: [[a:{adr1}]]
- HP: [[p:{hp1}]]
Sudah diserahkan {tgl}, dijanjikan 3 hari, sekarang sudah {num} hari.
""",
    ),
    T(
        "list_roster",
        "market_trade",
        """
Daftar harga sembako di {pasar} hari ini:
- Beras medium Rp {rpk1}/kg
- Minyak goreng Rp {rpk2}/liter
- Gula Rp {rpk3}/kg
- Telur Rp {rp}/rak
Info pasar murah: WA Disperindag {ohp1}
""",
    ),
    T(
        "list_roster",
        "health",
        """
Jadwal imunisasi di rayon kami:
1. Posyandu Kasih Ibu – {hari1} {jam1}
2. Posyandu Bunga Bakung – {hari2} {jam2}
3. Posyandu Damai – {hari3} {jam3}
Kalo mau daftar imunisasi anak, WA ke {ohp1}.
""",
    ),
    T(
        "list_roster",
        "social_aid",
        """
Pendamping PKH per kelurahan (dari spanduk Dinsos):
• {kel1}: Sdri. [[n:{n1}]] – [[p:{hp1}]]
• {kel2}: Sdr. [[n:{n2}]] – [[p:{hp2}]]
• {kel3}: (kosong) – hubungi kantor {oland3}
""",
    ),
    T(
        "list_roster",
        "tax_pbb",
        """
Yang perlu dibawa ke KPP untuk aktivasi NPWP:
1. KTP asli
2. Email aktif
3. HP aktif
Saya: [[n:{n1}]], NIK [[nik:{nik1}]], email [[e:{em1}]], HP [[p:{hp1}]]. Sudah 2x datang, katanya sistem coretax error.
""",
    ),
    T(
        "list_roster",
        "school_jobs",
        """
Lowongan dari grup info kerja Kupang:
1. Admin toko – WA {ohp1} (HRD)
2. Kurir – kirim CV ke rekrut.ekspedisi.kupang@gmail.com
3. Guru les – hubungi [[n:{n3}]] [[p:{hp3}]] (pemilik bimbel, rumahnya di [[a:{ad3}]])
Yang no. 1 minta uang pendaftaran Rp {rpk}.
""",
    ),
    T(
        "list_roster",
        "neighbourhood",
        """
Hasil rapat RW {rwx} tgl {tgl}:
1. Iuran keamanan naik jadi Rp {rpk}
2. Lampu jalan di {jl} diusulkan ke PLN
3. Jadwal kerja bakti {hari} minggu depan
4. Notulen: sekretaris RW
""",
    ),
    T(
        "list_roster",
        "civil_registry",
        """
Anggota keluarga yang mau dimasukkan ke KK:
1. [[n:{N1}]] – NIK [[nik:{nik1}]] – kepala keluarga
2. [[n:{N2}]] – NIK [[nik:{nik2}]] – istri
3. [[n:{N3}]] – NIK [[nik:{nik3}]] – anak
No KK: [[kk:{kk1}]]. Di sistem nama anak tertulis salah.
""",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={2: 1, 3: 1},
    ),
]

# ---- wa_forward: a neighbourhood's or a group's WhatsApp announcement, forwarded with a complaint
TEMPLATES += [
    T(
        "wa_forward",
        "social_aid",
        """
*Diteruskan*
[{tg1} {jam1}] [[n:{n1}]]: Selamat sore bapa mama warga RT {rtx}. Besok pembagian beras di rumah saya [[a:{ad1}]] jam {jam2}. Bawa KK asli. Yang tidak datang dianggap mengundurkan diri.
---
Yth. Lapor, kenapa bansos dibagi di rumah Ketua RT dan yg tdk datang dicoret?
""",
    ),
    T(
        "wa_forward",
        "health",
        """
Forward dari grup kader:
[{tg1} {jam1}] Puskesmas {kel}: Info vaksin polio tambahan {hari}, jam {jamd}. Daftar lewat WA {ohp1}. Kuota {kuota}.
[{tg1} {jam2}] [[n:{n2}]]: Kak, sa pung anak umur 4 th bisa?
[{tg1} {jam3}] Puskesmas {kel}: Bisa kak.
Tapi waktu kami datang katanya kuota habis.
""",
    ),
    T(
        "wa_forward",
        "neighbourhood",
        """
Pesan berantai di grup RW:
"INFO RT {rtx}: air PDAM mati {hari} s/d {hari2}. Yang butuh tangki bisa pesan lewat sa, [[n:{n1}]] [[p:{hp1}]], harga Rp {rp}. Transfer ke {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]."
Mohon PDAM cek, masa Ketua RT jualan air waktu pipa rusak.
""",
    ),
    T(
        "wa_forward",
        "civil_registry",
        """
Diteruskan dari grup kelurahan:
[{tg1} {jam1}] Admin Kelurahan: KTP-el yang sudah jadi bisa diambil {hari} jam {jamd}. Daftar nama di papan pengumuman. Info WA pelayanan {ohp1}.
[{tg1} {jam2}] Admin Kelurahan: Nomor resi contoh {kode}.
Sudah 3 minggu kami cek tidak ada nama.
""",
    ),
    T(
        "wa_forward",
        "worship",
        """
*Forwarded*
Shalom bapa mama. Ibadah syukur panen rayon {rtx} hari {hari} jam {jam} di rumah Kel. [[n:{f1}]], [[a:{adr1}]]. Yang bawa makanan: [[n:{g2}]] (nasi), [[n:{g3}]] (kue), [[n:{g4}]] (minum). Info: Pnt. [[n:{n5}]] [[p:{hp5}]].
Yang ini mau tanya, kenapa iuran rayon Rp {rpk} wajib?
""",
    ),
    T(
        "wa_forward",
        "social_aid",
        """
Ini pesan yg masuk ke banyak warga:
[{tg1} {jam1}] {ohpj1}: Selamat! NIK anda terpilih sebagai penerima BLT Rp {rp}. Klik link bit.ly/blt-ntt{num} dan isi data KK.
Itu tipu-tipu to? Dinsos tolong umumkan.
""",
    ),
    T(
        "wa_forward",
        "school_jobs",
        """
Forward dari grup ortu kelas:
[{tg1} {jam1}] [[n:{n1}]]: Bapa mama, daftar ulang paling lambat {tgl}. Bayar Rp {rp} ke rekening komite {bank2} 0{num}233451 a.n. Komite Sekolah. Bukti transfer kirim ke sa [[p:{hp1}]].
[{tg1} {jam2}] [[n:{n3}]]: Ibu, kami belum ada uang.
Pungutan ini sah atau tidak?
""",
    ),
    T(
        "wa_forward",
        "market_trade",
        """
[{tg1} {jam1}] Info Pasar: Pedagang yang mau pindah ke los baru daftar ke kantor UPTD paling lambat {tgl}. Biaya administrasi Rp {rp}. WA UPTD {ohp1}.
Pak, pedagang dipungut biaya padahal katanya gratis. No kwitansi {kode}.
""",
    ),
    T(
        "wa_forward",
        "neighbourhood",
        """
[{tg1} {jam1}] [[n:{n1}]]: Selamat malam. Tadi ada pencurian motor di depan rumah [[n:{n2}]], [[a:{ad2}]]. Motor Vario putih [[pl:{pl2}]]. Kalau ada yang lihat kabari [[p:{hp2}]].
[{tg1} {jam2}] [[n:{n3}]]: Astaga, sa juga kemarin hampir.
Mohon patroli malam ditambah.
""",
    ),
    T(
        "wa_forward",
        "health",
        """
Diteruskan:
"Bapa mama, besok pemeriksaan gratis dari mahasiswa keperawatan di balai RT {rtx}. Tensi, gula darah, kolesterol. Mulai jam {jam}. Info panitia: {ohp1}."
Ini resmi dari puskesmas atau bukan? Kami takut data diambil.
""",
    ),
    T(
        "wa_forward",
        "tax_pbb",
        """
Diteruskan dari grup RT:
[{tg1} {jam1}] [[n:{n1}]]: Bapa mama, SPPT PBB tahun ini su ada di sa pung rumah. Datang ambil e. Sa di [[a:{adr1}]]. Kalo mau titip bayar juga boleh, kirim ke {wal1} [[p:{hp1}]].
Yth Bapenda, apakah boleh PBB dititip ke RT lewat e-wallet?
""",
    ),
    T(
        "wa_forward",
        "civil_registry",
        """
Forward:
[{tg1} {jam1}] {ohpj1}: Selamat siang, kami dari Dukcapil. Data KTP anda belum valid, mohon kirim foto KTP dan KK ke nomor ini.
[{tg1} {jam2}] {ohpj1}: Paling lambat hari ini.
Sy tidak kirim. Nomor ini betul Dukcapil?
""",
    ),
    T(
        "wa_forward",
        "social_aid",
        """
[{tg1} {jam1}] [[n:{n1}]]: Ini daftar penerima sembako dari gereja:
1. [[n:{n2}]]
2. [[n:{n3}]]
3. [[n:{n4}]]
Yang terima tolong konfirmasi ke sa.
---
Keberatan: daftar ini disebar ke grup umum {num} orang.
""",
    ),
    T(
        "wa_forward",
        "school_jobs",
        """
*Diteruskan berkali-kali*
LOWONGAN KERJA KAPAL PESIAR! Gaji Rp {rp}/bulan. Daftar kirim CV + KTP + uang pendaftaran ke WA {ohp1}. Admin: Rina.
Disnaker sudah bilang ini hoax, tapi masih beredar.
""",
    ),
    T(
        "wa_forward",
        "neighbourhood",
        """
[{tg1} {jam1}] Grup RT {rtx}: Kerja bakti {hari} jam {jam}. Tiap KK bawa parang. Yang tidak ikut denda Rp {rpk}.
[{tg1} {jam2}] Admin RT {rtx}: Info lanjut ke pos kamling {ohp1}.
Denda ini ada dasar hukumnya?
""",
    ),
    T(
        "wa_forward",
        "worship",
        """
Forward dari grup jemaat:
"Mohon doa dan bantuan untuk anggota jemaat kita Bapa [[n:{n1}]] yang rumahnya terbakar di [[a:{ad1}]]. Bantuan bisa lewat rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (istri) atau hubungi anaknya [[n:{g3}]] [[p:{hp3}]]."
Dinsos belum datang sampai sekarang.
""",
        F=(2,),
        fam={2: 1, 3: 1},
    ),
    T(
        "wa_forward",
        "market_trade",
        """
Forward promo:
"{DEPOT} – isi ulang Rp {rpk}, antar gratis dalam kelurahan. Order WA {ohp1}. Buka {jamd}."
Air dari depot ini kami minum anak-anak diare, mohon dicek Dinkes.
""",
    ),
    T(
        "wa_forward",
        "health",
        """
[{tg1} {jam1}] [[n:{n1}]]: Bu bidan, besok posyandu jadi?
[{tg1} {jam2}] [[n:{n2}]]: Jadi mama, di rumah Mama [[n:{g3}]], [[a:{ad3}]]. Bawa buku KIA.
[{tg1} {jam3}] [[n:{n1}]]: Baik bu.
Tp besok bidan tdk datang, kami tunggu sampai jam {jam}.
""",
        F=(1, 2),
    ),
    T(
        "wa_forward",
        "tax_pbb",
        """
[{tg1} {jam1}] Bapenda Kota Kupang: Pembayaran PBB-P2 tahun {thn} bisa di Bank NTT, Kantor Pos, atau VA {va}. Jatuh tempo {tgl}.
[{tg1} {jam2}] Bapenda Kota Kupang: Pertanyaan: WA {ohp1}.
Kenapa SPPT belum dibagikan tapi sudah jatuh tempo?
""",
    ),
    T(
        "wa_forward",
        "neighbourhood",
        """
Dari grup kompleks:
"Ditemukan anak kecil sekitar 5 tahun di depan pos satpam, pakai baju merah, nama [[n:{g1}]]. Yang kenal hubungi satpam {ohp2} atau Om [[n:{n3}]] [[p:{hp3}]]."
Anak itu ternyata anak tetangga kami, sudah pulang. Terima kasih satpam.
""",
        K=(1,),
    ),
    T(
        "wa_forward",
        "civil_registry",
        """
[{tg1} {jam1}] Dukcapil Kota Kupang: Layanan jemput bola perekaman KTP-el di Kel. {kel} {hari} jam {jamd}. Bawa KK. Info {ohp1}.
[{tg1} {jam2}] [[n:{n2}]]: Untuk lansia yang sakit bisa ke rumah? Mama sa [[n:{n3}]] di [[a:{rt3}]].
[{tg1} {jam3}] Dukcapil Kota Kupang: Bisa, WA ke {ohp1}.
""",
        F=(3,),
    ),
    T(
        "wa_forward",
        "school_jobs",
        """
Pengumuman dari grup guru:
"PPG daljab: peserta wajib upload berkas sebelum {tgl}. NUPTK contoh {nip}. Kendala hubungi admin {ohp1}."
Sudah upload tapi status belum berubah, mohon dicek LPMP.
""",
    ),
]

# ---- sms_1708: SMS to 1708, in capitals or lower case, about a notice or a register
TEMPLATES += [
    T(
        "sms_1708",
        "social_aid",
        "KOTKUPANG NAMA SY [[n:{n1}]] NIK [[nik:{nikb1}]] TDK ADA DI DAFTAR BLT YG DITEMPEL DI KANTOR LURAH {kel}. TAHUN LALU ADA. MHN DICEK. HP [[p:{hpb1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "health",
        "KOTKUPANG POSTER VAKSIN DI {pusk} TULIS JAM {jamd} TP JAM {jam} PETUGAS SDH PULANG. KAMI BAWA {rtx} ANAK. NOMOR DI POSTER {ohpb1} TDK AKTIF",
        U=True,
    ),
    T(
        "sms_1708",
        "civil_registry",
        "kotkupang sy sdh 4x ke kelurahan ambil ktp, petugas bilang tunggu pengumuman. resi no {kode}. sy [[n:{l1}]] [[a:{rt1}]] {kel}. hp [[p:{hpb1}]]",
    ),
    T(
        "sms_1708",
        "tax_pbb",
        "KOTKUPANG PENGUMUMAN PBB KELILING DI KEL {kel} TGL {tg} TDK JADI, TDK ADA PEMBERITAHUAN. NOP SY {nop}. TAGIHAN RP {rp}",
        U=True,
    ),
    T(
        "sms_1708",
        "neighbourhood",
        "kotkupang pengumuman rapat rt dipasang di rumah pak rt [[n:{l1}]] tp rapat tdk pernah jadi, iuran keamanan rp {rpk} tetap ditagih tiap bln. dr [[n:{l2}]] [[a:{rt2}]]",
    ),
    T(
        "sms_1708",
        "market_trade",
        "KOTKUPANG AIR TANGKI YG TERDAFTAR DI DAFTAR HARGA PDAM RP {rp} TP SOPIR [[pl:{pl1}]] MINTA RP {rp2}. SY [[n:{n2}]] [[p:{hpb2}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "school_jobs",
        "kotkupang pengumuman ppdb {school} di papan tulis kuota {kuota} tp yg diterima lebih. anak sy [[n:{l1}]] nisn {nisn} tdk lolos zonasi padahal rumah dekat. [[n:{l2}]] [[p:{hpb2}]]",
        K=(1,),
    ),
    T(
        "sms_1708",
        "worship",
        "KOTKUPANG SPEAKER MASJID DAN GEREJA SEKITAR RT {rtx} SAMPAI JAM {jam} MALAM, MOHON DIATUR. TERIMA KASIH",
        U=True,
    ),
    T(
        "sms_1708",
        "social_aid",
        "kotkupang daftar penerima bpnt yg ditempel di pos ronda ada nik lengkap dan no hp. nik sy [[nik:{nikb1}]] ikut ditempel. sy [[n:{l1}]]",
    ),
    T(
        "sms_1708",
        "health",
        "KOTKUPANG SY DAFTAR CEK KESEHATAN GRATIS LWT WA {ohpb1} SESUAI POSTER, TDK ADA BALASAN {num} HARI",
        U=True,
    ),
    T(
        "sms_1708",
        "civil_registry",
        "kotkupang nomor wa dukcapil di spanduk {ohpb1} balas otomatis terus. antrian online penuh dr jam {jam}. tolong",
    ),
    T(
        "sms_1708",
        "neighbourhood",
        "KOTKUPANG MOTOR SY [[pl:{pl1}]] HILANG DI PARKIRAN {pasar}. JUKIR TDK TANGGUNG JAWAB. KARCIS NO {kode}. [[n:{n2}]] [[p:{hpb2}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "market_trade",
        "kotkupang kios sy di {pasar} los {los} dipindah tanpa surat. sy [[n:{l1}]] nik [[nik:{nikb1}]] hp [[p:{hpb1}]]",
    ),
    T(
        "sms_1708",
        "tax_pbb",
        "KOTKUPANG SPPT SY MASIH ATAS NAMA ALM BPK [[n:{n1}]]. MAU BALIK NAMA KE SY [[n:{n2}]] NIK [[nik:{nikb2}]]. SYARATNYA APA",
        U=True,
        M=(1,),
    ),
    T(
        "sms_1708",
        "school_jobs",
        "kotkupang job fair tgl {tg} di disnaker registrasi online wa {ohpb1} tdk bisa, link error. kami dtg jam {jam} disuruh pulang",
    ),
    T(
        "sms_1708",
        "social_aid",
        "KOTKUPANG PENDAMPING PKH KEL {kel} NO {ohpb1} TDK MAU ANGKAT SEJAK TGL {tg}. BANTUAN TAHAP {tahap} BLM CAIR",
        U=True,
    ),
    T(
        "sms_1708",
        "worship",
        "kotkupang pengumuman gereja minta jemaat kumpul kk dan ktp untuk data diakonia, dikumpul di rumah penatua [[n:{l1}]] [[a:{ad1}]]. aman ka?",
    ),
    T(
        "sms_1708",
        "neighbourhood",
        "KOTKUPANG LAMPU JALAN DI {jl} DEPAN POS RONDA MATI {num} MINGGU. SDH LAPOR PLN 123. TIKET {tiket}",
        U=True,
    ),
    T(
        "sms_1708",
        "health",
        "kotkupang mama sy [[n:{l1}]] lansia, kartu kis [[bpjs:{bpjs1}]] ditolak waktu cek gratis di puskesmas krn katanya tdk aktif. sy anaknya [[n:{l2}]] [[p:{hpb2}]]",
        F=(1,),
    ),
    T(
        "sms_1708",
        "civil_registry",
        "KOTKUPANG HP SY GANTI. NOMOR LAMA [[p:{hpb1}]] HILANG, NOMOR BARU [[p:{hpb2}]]. MOHON LAPORAN SY {tiket} DIHUBUNGI KE NOMOR BARU. [[n:{n3}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "market_trade",
        "kotkupang harga gas 3kg di pangkalan {kel} rp {rpk} padahal het rp {rpk2}. pangkalan tdk pasang papan harga",
    ),
    T(
        "sms_1708",
        "school_jobs",
        "KOTKUPANG SY PELAMAR THL, NAMA SY [[n:{n1}]] TDK ADA DI PENGUMUMAN, NO PESERTA SY {kode} DIPAKAI ORANG LAIN A.N. [[n:{n2}]]",
        U=True,
    ),
]

# ---- web_complaint: SP4N-LAPOR! web forms and e-mails quoting a notice or a register
TEMPLATES += [
    T(
        "web_complaint",
        "social_aid",
        """
Judul: Data penerima bansos ditempel lengkap dengan NIK
Isi Laporan: Di papan pengumuman Kantor Kelurahan {kel} ditempel daftar penerima BPNT dengan nama, NIK lengkap dan nomor HP. Termasuk data ibu saya [[n:{n1}]] (NIK [[nik:{nik1}]], HP [[p:{hp1}]]). Mohon data pribadi disamarkan.
Pelapor: [[n:{n2}]], [[a:{adr2}]]
""",
        F=(1,),
    ),
    T(
        "web_complaint",
        "health",
        """
Kepada Yth. Dinas Kesehatan Kota Kupang
Poster cek kesehatan gratis di {pusk} menulis pendaftaran lewat WA {ohp1} setiap {hari} jam {jamd}. Sudah tiga minggu nomor itu tidak membalas. Nomor tiket laporan sebelumnya {tiket}.
Hormat saya,
[[n:{n2}]]
[[e:{em2}]]
""",
    ),
    T(
        "web_complaint",
        "civil_registry",
        """
Pengumuman di kelurahan menyebut KTP-el yang sudah tercetak bisa diambil tiap {hari}. Saya datang {tgl} dengan resi {kode}, ternyata blanko habis sejak bulan lalu. Kalau memang habis, mohon pengumuman diganti. Kuota cetak per hari {kuota}. Terima kasih.
""",
    ),
    T(
        "web_complaint",
        "market_trade",
        """
Kami pedagang {pasar} keberatan dengan pengumuman UPTD tanggal {tgl} tentang kenaikan retribusi los dari Rp {rpk1} menjadi Rp {rpk2} per hari. Pengumuman ditempel tanpa sosialisasi.
Perwakilan pedagang: [[n:{n1}]] (los {los1}, HP [[p:{hp1}]]) dan [[n:{n2}]] (los {los2}).
""",
    ),
    T(
        "web_complaint",
        "neighbourhood",
        """
Ketua RT kami menempel daftar warga yang belum bayar iuran sampah di pos ronda, termasuk nama saya [[n:{n1}]] dan alamat [[a:{adr1}]]. Saya sudah bayar Rp {rpk} tanggal {tgl}, kuitansi no. {kode}. Mohon kelurahan menegur cara ini yang mempermalukan warga.
""",
    ),
    T(
        "web_complaint",
        "school_jobs",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan@kupangkota.go.id
Subjek: Pengumuman job fair
Pengumuman job fair di Instagram Disnaker menyebut registrasi lewat email bursakerja.kupang@gmail.com. Email saya kembali (bounce). Mohon konfirmasi alamat yang benar. HP saya [[p:{hp1}]].
""",
    ),
    T(
        "web_complaint",
        "tax_pbb",
        """
Pengumuman Bapenda di spanduk kelurahan: "Bayar PBB sebelum {tgl}, bebas denda". Saya bayar {tgl2} di loket keliling, nomor bukti {kode}, tetapi di sistem masih tercatat tunggakan Rp {rp} untuk NOP {nop}. Mohon diperbaiki.
""",
    ),
    T(
        "web_complaint",
        "worship",
        """
Izin melapor. Panitia perayaan di {church} memasang tenda menutup {jl} dari {tg1} sampai {tg2} tanpa izin, pengumuman hanya di warta. Kontak yang tertera di warta adalah WA panitia {ohp1}, tetapi tidak dibalas. Ambulans tidak bisa lewat.
""",
    ),
    T(
        "web_complaint",
        "social_aid",
        """
Saya [[n:{n1}]], NIK [[nik:{nik1}]], No. KK [[kk:{kk1}]], tinggal di [[a:{adr1}]], Kel. {kel}. Nama saya ada di pengumuman penerima BLT tahap {tahap} tetapi ketika saya datang, petugas bilang dana sudah diambil atas nama saya oleh orang lain. Mohon ditelusuri. HP [[p:{hp1}]].
""",
    ),
    T(
        "web_complaint",
        "health",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor bahwa jadwal posyandu di papan RW {rwx} tidak sesuai; kader [[n:{n2}]] sudah dua bulan tidak datang. Diteruskan ke {pusk}. Tiket {tiket}.
""",
        F=(2,),
    ),
    T(
        "web_complaint",
        "civil_registry",
        """
Laporan: di Kantor Dukcapil ditempel pengumuman nomor layanan baru WA {ohp1} dan {oland2}. Nomor lama {ohp2} sekarang dipakai orang lain yang minta bayaran Rp {rp} untuk "percepatan". Mohon warga diinformasikan.
""",
    ),
    T(
        "web_complaint",
        "neighbourhood",
        """
Kepada Bapak Lurah {kel}.
Di dekat rumah saya, [[a:{ad1}]], ada kos-kosan yang tidak melapor penghuni. Pemiliknya Ibu [[n:{n2}]] ([[p:{hp2}]]). Penghuni sering ribut sampai jam {jam}. Saya sudah melapor ke Ketua RT {rtx} tetapi tidak ada tindakan.
Hormat saya, [[n:{n3}]]
""",
    ),
    T(
        "web_complaint",
        "market_trade",
        """
Di papan pengumuman kompleks ditempel daftar harga air tangki: {depot} Rp {rp1}, Tangki Sejahtera Rp {rp2}, order {ohp1}. Ternyata yang datang minta Rp {rp3}. Kwitansi tidak diberi. Mohon Perumda Air Minum menertibkan.
""",
    ),
    T(
        "web_complaint",
        "school_jobs",
        """
Pengumuman kelulusan seleksi PPPK di papan BKPSDM mencantumkan nama, NIK dan tanggal lahir peserta. Nama saya [[n:{n1}]] dengan NIK [[nik:{nik1}]] tercantum di baris {num}. Menurut saya NIK tidak perlu ditempel. Email: [[e:{em1}]].
""",
    ),
    T(
        "web_complaint",
        "tax_pbb",
        """
Pada Rabu, {tgl} {jam}, [[n:{n1}]] <[[e:{em1}]]> menulis:
> Mohon info NPWP saya yang lama [[npwp:{npwp1}]] apakah masih dipakai?
Balasan KPP: NPWP lama diganti NIK. Silakan cek di coretax. Informasi: Kring Pajak 1500200.
""",
    ),
    T(
        "web_complaint",
        "health",
        """
Di pengumuman RSUD tertulis pendaftaran poli rawat jalan lewat WhatsApp {ohp1} mulai jam {jam}. Setiap hari pukul {jam2} kuota ({kuota}) sudah penuh. Mohon ditambah loket manual untuk lansia.
""",
    ),
    T(
        "web_complaint",
        "neighbourhood",
        """
Laporan kehilangan: Anjing kami hilang, warna hitam, nama Bobi. Sudah ditempel poster di {jl} dan pos satpam dengan nomor saya [[p:{hp1}]]. Ternyata anjing itu diambil petugas dan dimusnahkan tanpa pemberitahuan. Tiket {tiket}.
""",
    ),
    T(
        "web_complaint",
        "social_aid",
        """
Formulir Pengaduan
Nama Pelapor : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{ADR1}]]
No. HP : [[p:{hp1}]]
Isi : Pengumuman penerima bedah rumah di kelurahan memuat nama orang yang sudah punya rumah permanen. Rumah saya masih dinding bebak.
""",
    ),
    T(
        "web_complaint",
        "worship",
        """
Saya [[n:{n1}]], jemaat {church}. Nomor rekening pribadi saya {bank2} [[b:{rek2}]] dicantumkan di pengumuman persembahan sebagai rekening panitia tanpa izin, lalu orang salah transfer Rp {rp}. Mohon bantuan mediasi.
""",
    ),
    T(
        "web_complaint",
        "civil_registry",
        """
Petugas: Atas nama siapa?
Penelepon: [[n:{n1}]].
Petugas: NIK?
Penelepon: [[nik:{nikb1}]].
Petugas: Keluhannya?
Penelepon: Nama saya di daftar pengambilan KTP tertulis salah, jadi petugas tidak kasih.
""",
    ),
    T(
        "web_complaint",
        "market_trade",
        """
Toko Bangunan Sinar Kasih
DISKON semen! Alamat {jlno}. Telp {oland1} / WA {ohp2}.
(brosur ini ditempel di tiang listrik PLN dan menutup nomor meter {meter}; mohon ditertibkan)
""",
    ),
    T(
        "web_complaint",
        "school_jobs",
        """
Yth. Dinas Pendidikan. Pengumuman daftar ulang di grup kelas meminta bukti transfer dikirim ke wali kelas, Ibu [[n:{n1}]] ([[p:{hp1}]]), bukan ke rekening sekolah. Jumlahnya Rp {rp} per siswa. Saya orang tua dari [[n:{n2}]], kelas {kelas}.
""",
        K=(2,),
    ),
]

# ---- kupang_malay: complaints in Kupang Malay about notices, lists and their numbers
TEMPLATES += [
    T(
        "kupang_malay",
        "social_aid",
        "Pak, beta pung nama sonde ada di daftar BLT yang dong tempel di kantor lurah {kel}. Beta [[n:{n1}]], NIK [[nik:{nik1}]], tinggal di [[a:{rt1}]]. Taun lalu ada, taun ini su hilang. Beta pung nomor [[p:{hp1}]].",
    ),
    T(
        "kupang_malay",
        "health",
        "Bapa mama dong, poster vaksin di {pusk} tulis jam {jamd}, ma jam {jam} su tutup. Beta bawa ana dari jauh. Nomor di poster {ohp1} sonde angkat. Tolong dong atur baek-baek.",
    ),
    T(
        "kupang_malay",
        "neighbourhood",
        "Pak RT [[n:{n1}]] tempel pengumuman iuran keamanan Rp {rpk}, ma pos ronda kosong tiap malam. Kemarin motor beta [[pl:{pl2}]] hilang di depan rumah, [[a:{ad2}]]. Beta [[n:{n2}]], HP [[p:{hp2}]].",
        M=(1,),
    ),
    T(
        "kupang_malay",
        "market_trade",
        "Tangki air yang dong tulis di daftar harga tu Rp {rp1}, ma sopir minta Rp {rp2}. Beta su telpon nomor di daftar {ohp1}, dong bilang itu harga lama. Sonde ada kwitansi lai.",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        "Beta su pi ambil KTP di kelurahan sampe 3 kali, dong bilang tunggu nama di papan. Resi beta {kode}. Beta pung mama, [[n:{n2}]], juga sama. Beta pung nomor [[p:{hp1}]], nama [[n:{n1}]].",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "worship",
        "Warta gereja tulis ibadah rayon di beta pung rumah, [[a:{adr1}]], ma sonde ada yang kasi tau beta dolo. Beta [[n:{n1}]]. Itu namanya sonde sopan, Pak Pendeta.",
    ),
    T(
        "kupang_malay",
        "school_jobs",
        "Pengumuman PPDB di {school} bilang kuota {kuota}, ma ana-ana dari luar zona masuk. Beta pung ana [[n:{g1}]] sonde lolos padahal rumah cuma 300 meter. Beta pung HP [[p:{hp2}]], nama [[n:{n2}]].",
        K=(1,),
    ),
    T(
        "kupang_malay",
        "tax_pbb",
        "PBB beta pung tanah naik dari Rp {rp1} jadi Rp {rp2}, NOP {nop}. Pengumuman di kelurahan sonde bilang apa-apa. Beta su WA Bapenda {ohp1}, sonde balas.",
    ),
    T(
        "kupang_malay",
        "social_aid",
        "Mama [[n:{g1}]] tu su tua, tinggal sandiri di [[a:{ad1}]]. Dia pung nama ada di daftar lansia, ma beras sonde pernah sampe. Yang ambil katanya Om [[n:{g2}]], tetangga. Beta ana mantu, [[n:{n3}]], [[p:{hp3}]].",
        E=(1,),
    ),
    T(
        "kupang_malay",
        "health",
        "Puskesmas pung pengumuman bilang daftar cek gratis lewat WA {ohp1}. Beta su kirim dari tanggal {tg}, sonde ada balas. Kalo memang sonde bisa, bilang sa, jang kasi harapan.",
    ),
    T(
        "kupang_malay",
        "neighbourhood",
        "Ada kertas tempel di tiang: kos putra, hub [[p:{hp1}]] (Ibu [[n:{g1}]]). Itu kos bikin ribut tiap malam, musik sampe jam {jam}. RT su tegur, ma sonde dengar.",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "market_trade",
        "Di {pasar} UPTD tempel pengumuman pedagang harus pindah ke los baru. Los baru bocor, becek. Beta jual sayur di los {los}, su bayar retribusi Rp {rpk} tiap hari. Sonde adil.",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        "Beta pung nomor HP ganti. Yang lama [[p:{hp1}]] hilang deng HP. Yang baru [[p:{hp2}]]. Tolong kelurahan ganti di data, ko nanti SMS antrian KK masuk di nomor lama. Beta [[n:{n3}]].",
    ),
    T(
        "kupang_malay",
        "school_jobs",
        "Job fair kemarin dong bilang daftar online WA {ohp1}, ma sampe di sana dong suru isi form kertas ulang. Antri dari jam {jam}. Kasian ana-ana muda dong.",
    ),
    T(
        "kupang_malay",
        "worship",
        "Panitia Natal jemaat minta tiap KK kasi Rp {rp} lewat rekening panitia, dong tempel di papan. Ma yang tulis di papan tu rekening {bank1} [[b:{rek1}]] a.n. [[n:{n1}]], bukan rekening gereja. Ini aman ko sonde?",
    ),
    T(
        "kupang_malay",
        "social_aid",
        "Ada orang WA beta dari {ohpj1} jam {jam}, bilang dia dari Dinas Sosial, suru kirim foto KK supaya beta masuk daftar penerima. Beta sonde kirim. Tolong kasi tau warga.",
    ),
    T(
        "kupang_malay",
        "neighbourhood",
        "Beta dapa dompet di jalan depan {school}, isi KTP atas nama [[n:{n1}]], NIK [[nik:{nik1}]]. Beta su titip di pos polisi. Kalo yang punya baca, telpon beta [[n:{g2}]] di [[p:{hp2}]].",
    ),
    T(
        "kupang_malay",
        "health",
        "Beta pung bapa [[n:{n1}]] kartu KIS [[bpjs:{bpjs1}]], ma di pengumuman puskesmas dong bilang kartu sonde aktif. Padahal PBI. Beta ana, [[n:{g2}]], nomor [[p:{hp2}]].",
        M=(1,),
    ),
    T(
        "kupang_malay",
        "market_trade",
        "Om [[n:{n1}]] ada tangki, nomornya [[p:{hp1}]], dia jual air dari rumah di [[a:{ad1}]]. Ma PDAM pung tangki resmi sonde pernah masuk kompleks. Kenapa?",
    ),
    T(
        "kupang_malay",
        "tax_pbb",
        "Petugas PBB keliling tulis di pengumuman dong datang {hari} jam {jam}. Beta tunggu sampe sore sonde datang. Cek tagihan via WA {ohp1} juga sonde bisa. Tagihan Rp {rp}.",
    ),
    T(
        "kupang_malay",
        "school_jobs",
        "Guru les di kompleks tempel brosur, hub [[p:{hp1}]] ([[n:{g1}]]). Ma dia ni guru di sekolah, suru ana murid wajib les. Beta orang tua dari [[n:{n2}]] kelas {kelas}.",
    ),
    T(
        "kupang_malay",
        "neighbourhood",
        "Jadwal angkut sampah tulis RT {rtx1} hari Senin, RT {rtx2} hari Kamis. Ma truk sonde datang su {num} minggu. Sampah su bau di {jl}.",
    ),
]


# ---------------------------------------------------------------- build and report


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
            "id": "d44-%04d" % k,
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]


def check_floors(records: list[dict[str, object]]) -> None:
    styles = Counter(r["style"] for r in records)
    empty = sum(1 for r in records if not r["spans"])
    failures = []
    if len(TEMPLATES) < FLOORS["templates"]:
        failures.append("templates %d" % len(TEMPLATES))
    if len(records) < FLOORS["texts"]:
        failures.append("texts %d" % len(records))
    for s in STYLES:
        if styles[s] < FLOORS["per_style"]:
            failures.append("style %s %d" % (s, styles[s]))
    if empty / len(records) < FLOORS["empty_share"]:
        failures.append("texts without spans %.3f" % (empty / len(records)))
    if len({r["id"] for r in records}) != len(records) or len({r["text"] for r in records}) != len(
        records
    ):
        failures.append("duplicate ids or texts")
    if failures:
        raise SystemExit("floors not met: " + ", ".join(failures))


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
        return "plain" if re.fullmatch(r"\S+@\S+", seg) else "written to dodge scrapers"
    if kind == "address":
        if re.match(r"(?i)rt\b|\d{3}/", seg):
            return "RT/RW alone"
        return "street and RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
    if kind in ("plate", "bank_account", "bpjs", "npwp"):
        return "with separators" if re.search(r"[ .\-]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OlISB]", seg):
        return "letters for digits"
    if kind == "phone":
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
    return "one block" if re.fullmatch(r"\d+", seg) else "with separators"


def report(records: list[dict[str, object]], digest: str) -> None:
    spans = sum(len(r["spans"]) for r in records)
    empty = sum(1 for r in records if not r["spans"])
    print("SHA-256", digest)
    print(
        "templates",
        len(TEMPLATES),
        "texts",
        len(records),
        "spans",
        spans,
        "without spans",
        empty,
        "(%.1f %%)" % (100 * empty / len(records)),
    )
    print()
    table(records, "style", STYLES)
    print()
    table(records, "theme", THEMES)
    print()
    ways: dict[str, Counter[str]] = {}
    for r in records:
        for s in r["spans"]:
            ways.setdefault(s["kind"], Counter())[
                writing(s["kind"], r["text"][s["start"] : s["end"]])
            ] += 1
    for kind in sorted(ways):
        print(kind, sum(ways[kind].values()), dict(ways[kind].most_common()))


def show(records: list[dict[str, object]], count: int) -> None:
    """Print texts with their spans marked, for reading."""
    for r in random.Random(len(records)).sample(records, count):
        text = r["text"]
        out = []
        pos = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            out.append(text[pos : s["start"]])
            out.append("«%s|%s»" % (s["kind"], text[s["start"] : s["end"]]))
            pos = s["end"]
        out.append(text[pos:])
        print("=" * 20, r["id"], r["style"], r["theme"])
        print("".join(out))


def main() -> None:
    records = build()
    check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())
    if "--show" in sys.argv:
        show(records, int(sys.argv[sys.argv.index("--show") + 1]))


if __name__ == "__main__":
    main()
