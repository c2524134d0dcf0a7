# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev35.jsonl: numbers that are not a person's phone.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{idpel}``), each filled three times with invented values; span offsets are computed
from the markers. The theme is the many numbers in complaints that look like a phone number but
are not a person's (offices' lines, hotlines, customer IDs, meter numbers, tokens, virtual
accounts, IMEIs, tracking numbers, references) beside people's own phones written every way.
Run ``python3 tests/data/make_redaction_dev35.py`` (stdlib only, deterministic); ``--review``
also prints every unlabelled run of digits and every unlabelled run of capitalised words with
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

SEED = 20261235
PREFIX = "d35"
OUT = Path(__file__).with_name("redaction_dev35.jsonl")

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
    "sms_caps",
    "sms_lower",
    "wa_forward",
    "web_form",
    "email",
    "call_note",
    "social_comments",
    "receipt_paste",
    "letter",
    "kupang_malay",
)
THEMES = (
    "electricity",
    "water",
    "health",
    "banking_ewallet",
    "courier_shop",
    "transport",
    "school_church",
    "civil_registry",
    "scams",
)
FLOORS = {
    "templates": 200,
    "texts": 600,
    "per_style": 55,
    "empty_share": 0.30,
    "phone": 250,
    "name": 250,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter", "ns", "mr", "mrs", "ttd",
    "salam", "dari", "hormat", "atas", "anak", "tetangga", "sopir", "driver", "kurir", "pelapor",
    "penelepon", "nama", "sy", "saya", "beta", "pemilik", "penjual", "kader", "pak.", "kk",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev35)
GIVEN_M = (
    "Arnoldus", "Benediktus", "Kornelis", "Melkianus", "Zakarias", "Gidion", "Hendrikus",
    "Roni", "Ferdi", "Yermias", "Obed", "Ruben", "Aldo", "Jemmy", "Lukas", "Nikolas", "Matheus",
    "Stefanus", "Frengky", "Yulius", "Ardi", "Wely", "Sefnat", "Habel", "Kristo", "Ansel",
    "Rikardus", "Daud", "Imanuel", "Semuel", "Yoram", "Fredrik", "Marsel", "Ishak", "Amos",
    "Marthinus", "Titus", "Bernard", "Erwin", "Gusti", "Hamid", "Rasyid", "Irfan", "Oktovianus",
)  # fmt: skip
GIVEN_F = (
    "Margaretha", "Yuliana", "Febri", "Rambu Yuli", "Agnes", "Selvi", "Natalia", "Debora",
    "Ester", "Fransina", "Dorkas", "Mariana", "Olivia", "Meri", "Kristin", "Yasinta", "Lusia",
    "Welmince", "Afra", "Martha", "Orpa", "Rahel", "Sarlota", "Yoanita", "Veronika", "Ernestina",
    "Serly", "Putri", "Ina", "Magdalena", "Susana", "Irene", "Hana", "Elisabet", "Nurul", "Siti",
    "Melinda", "Kornelia", "Dewi", "Priska", "Theresia", "Angela", "Yustina",
)  # fmt: skip
FAMILY = (
    "Nalle", "Toelle", "Sinlae", "Liunokas", "Oematan", "Kolo", "Nitbani", "Sooai", "Bani",
    "Baun", "Kase", "Banoet", "Taneo", "Leba", "Nope", "Haning", "Lerrick", "Feoh", "Laiskodat",
    "Natonis", "Tallo", "Boimau", "Selan", "Bire", "Kapitan", "Pello", "Taolin", "Rohi",
    "Messakh", "Kuala", "Foenay", "Penun", "Sabu", "Seuk", "Nubatonis", "Lado", "Dethan", "Ninu",
    "Tefbana", "Manu", "Olin", "Djo", "Ludji", "Tamonob", "Kause", "Biaf", "Lulu", "Henuk",
    "Adoe", "Pay", "Hingi", "Bunga", "Mau", "Dima", "Wadu", "Bara", "Lomi", "Radja", "Pandie",
    "Riwu Ga", "Dae Pono", "Mesakh", "Tunliu", "Ati", "Wila",
)  # fmt: skip
KELURAHAN = (
    "Oesapa", "Oesapa Barat", "Lasiana", "Penfui", "Maulafa", "Kolhua", "Sikumana", "Bello",
    "Fatukoa", "Naikolan", "Oepura", "Naimata", "Fontein", "Airnona", "Bakunase", "Kuanino",
    "Nunleu", "Oetete", "Oebobo", "Fatululi", "Kayu Putih", "Tuak Daun Merah", "Liliba",
    "Oebufu", "Manulai II", "Alak", "Namosain", "Nunbaun Sabu", "Penkase Oeleta", "Batuplat",
    "Naioni", "Mantasi", "Airmata", "Solor", "Tode Kisar", "Pasir Panjang", "Nefonaek",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Kejora", "Jl. Bajawa", "Jl. Samratulangi", "Jl. Tulip", "Jl. Melati", "Jl. Flamboyan",
    "Jl. Cendana", "Jl. Asoka", "Jl. Kenanga", "Jl. Matani", "Jl. Nusa Indah", "Jl. Oekam",
    "Jl. Kamboja", "Jl. Dahlia", "Jl. Anggrek", "Jl. Beringin", "Jl. Lontar", "Jl. Gewang",
    "Jl. Kelapa", "Jl. Pisang", "Jl. Mangga", "Jl. Merak", "Jl. Pelikan", "Jl. Camar",
    "Gg. Salak", "Gg. Damai", "Gg. Rajawali", "Lr. Asam", "Jl. Oepoi", "Jl. Ikan Tongkol",
    "Jl. Tenda", "Jl. Fetor Funay", "Jl. Batu Cadas", "Jl. Suratim",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Timor Raya", "Jl. W.J. Lalamentik", "Jl. Soeharto",
    "Jl. Piet A. Tallo", "Jl. Adi Sucipto", "Jl. Perintis Kemerdekaan", "Jl. Herewila",
    "Jl. R.A. Kartini", "Jl. Sudirman", "Jl. H.R. Koroh", "Jl. Moh. Hatta", "Jl. Jend. Ahmad Yani",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oepoi", "Puskesmas Bakunase", "Puskesmas Oesapa", "Puskesmas Pasir Panjang",
    "Puskesmas Naioni", "Puskesmas Kupang Kota", "Puskesmas Alak", "Puskesmas Penfui",
    "Puskesmas Manutapen", "Puskesmas Oebobo", "Puskesmas Sikumana",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W.Z. Johannes", "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang", "RSIA Dedari", "RS Mamami", "RS Leona", "RS Kartini",
)  # fmt: skip
SCHOOLS = (
    "SMPN 2 Kupang", "SMAN 1 Kupang", "SDI Oetete 1", "SMKN 2 Kupang", "SD Inpres Bakunase 2",
    "SMPK St. Yoseph", "SMA Kristen Mercusuar", "SMPN 11 Kupang", "SDK St. Arnoldus Penfui",
    "MTsN Kota Kupang", "SMAN 5 Kupang", "PAUD Tunas Kasih",
)  # fmt: skip
CHURCHES = (
    "GMIT Jemaat Ebenhaezer Oeba", "GMIT Imanuel Oepura", "Gereja Katedral Kristus Raja",
    "GMIT Bet'el Oesapa", "Paroki St. Yoseph Naikoten", "GMIT Pniel Oebobo", "Gereja Santo Fransiskus",
)  # fmt: skip
SHOPS = (
    "Toko Sumber Berkat", "Counter Flobamora Cell", "Toko Bangunan Cahaya Timor",
    "Apotek Oebufu Farma", "Fotokopi Sinar Kasih", "Kios Pulsa Oesapa Jaya", "Toko Elektronik Lontar",
    "Depot Air Segar Tirta", "Laundry Bersih Sekali", "Bengkel Motor Karya Baru", "Toko Mas Kupang Indah",
)  # fmt: skip
BUSES = (
    "Bus Tiara Mas", "Travel Sinar Timor", "Damri Kupang", "Travel Kasih Soe", "Bus Gemini",
    "Travel Flobamora Trans", "Bus Paris Atambua",
)  # fmt: skip
COURIERS = ("J&T", "JNE", "SiCepat", "Pos Indonesia", "Anteraja", "Ninja Xpress", "Lion Parcel")
RADIOS = (
    "RRI Kupang",
    "Suara Kupang FM",
    "Radio Sasando FM",
    "Radio Kasih 99.1 FM",
    "Radio Cendana FM",
)
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay", "LinkAja")
OPERATORS = ("Telkomsel", "Indosat", "XL", "Smartfren", "Tri")
CC = ("112", "119", "1708", "110", "113", "0800-1-835566", "1500-117", "129", "1500 771")
CCB = ("14017", "1500-046", "14000", "1500 888", "1500 286", "14045", "1500-017")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
MOBILE = (
    ("0811", 3), ("0812", 7), ("0813", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0851", 3),
    ("0852", 8), ("0853", 7), ("0815", 1), ("0857", 2), ("0858", 1), ("0817", 1), ("0818", 1),
    ("0819", 2), ("0877", 1), ("0878", 2), ("0831", 1), ("0838", 1), ("0895", 1), ("0896", 1),
    ("0881", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0855", "0856", "0859", "0897", "0898", "0899"}
OCR_SUBS = {"0": "O", "1": "l", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|nona|ny|sdri|kakak perempuan|nenek"
MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|sdr|nyong|kakek"


# ---------------------------------------------------------------- values


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.used: set[str] = set()
        self.numbers: set[str] = set()
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.minute = rng.randint(6 * 60, 20 * 60)

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
            rest = r.choice((7, 8, 8, 8)) if prefix.startswith("081") else r.choice((8, 8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "m", "i", "j", "k", "is", "u", "o"),
                (30, 14, 16, 6, 5, 8, 8, 5, 5, 2, 2),
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
            "kb": "(+62) " + f"{a[1:]} {b} {c}",
            "u": f"{a}_{b}_{c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = OCR_SUBS[out[p]]
            if r.random() < 0.5:
                out[0] = "O"
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        raise KeyError(how)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice(
            (f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}", f"{a} {b[:3]} {b[3:]}")
        )

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        spec = self.spec
        if i in spec["F"]:
            sex = "F"
        elif i in spec["M"]:
            sex = "M"
        else:
            sex = r.choice("MF")
        for _ in range(100):
            given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
            fam = r.choice(FAMILY)
            words = {w.lower() for w in (given + " " + fam).split()}
            if not words & self.used:
                break
        self.used |= words
        day = r.randint(1, 28)
        month = r.randint(1, 12)
        year = r.randint(1950, 1975) if i in spec["E"] else r.randint(1962, 2004)
        region = r.choice(
            ("5371", "5371", "5371", "5301", "5302", "5303", "5304", "5310", "5313", "5314")
        )
        dist = "%02d" % r.randint(1, 12)
        nik = self.fresh(
            lambda: (
                region
                + dist
                + "%02d%02d%02d" % (day + (40 if sex == "F" else 0), month, year % 100)
                + "%04d" % r.randint(1, 60)
            )
        )
        p = {
            "sex": sex,
            "g": given,
            "f": fam,
            "n": f"{given} {fam}",
            "nik": nik,
            "region": region + dist,
        }
        self.people[i] = p
        return p

    def kk_raw(self, i: int) -> str:
        p = self.person(i)
        r = self.rng
        return self.fresh(
            lambda: (
                p["region"]
                + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(5, 25))
                + "%04d" % r.randint(1, 9999)
            )
        )

    def write_id(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (65, 25, 10))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "o":
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        raise KeyError(how)

    def value(self, name: str, index: str) -> str:
        r = self.rng
        i = int(index) if index else 0
        if name in ("n", "g", "f"):
            return self.person(i)[name]
        if name == "l":
            return self.person(i)["n"].lower()
        if name == "lg":
            return self.person(i)["g"].lower()
        if name.startswith("hp"):
            key = "{hpraw%d}" % i
            if key not in self.cache:
                self.cache[key] = self.mobile_raw()
            return self.write_mobile(self.cache[key], name[2:])
        if name == "tr":
            return self.write_land(self.land_raw())
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nik"], name[3:])
        if name.startswith("kk"):
            key = "{kkraw%d}" % i
            if key not in self.cache:
                self.cache[key] = self.kk_raw(i)
            return self.write_id(self.cache[key], name[2:])
        if name == "npwp":
            d = self.fresh(
                lambda: (
                    "%02d%03d%03d%d%s000"
                    % (
                        r.choice((4, 7, 8, 9, 15, 24, 35, 47, 55, 66, 73, 85, 92)),
                        r.randint(0, 999),
                        r.randint(0, 999),
                        r.randint(0, 9),
                        r.choice(("920", "921")),
                    )
                )
            )
            return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
        if name == "bpjs":
            d = self.fresh(lambda: "000" + self.digits(10))
            return r.choice((d, d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}"))
        if name == "bank":
            key = "{bank%d}" % i
            if key not in self.cache:
                self.cache[key] = r.choice(BANKS)
            return self.cache[key]
        if name == "rek":
            bank = self.value("bank", index)
            return self.account(bank)
        if name == "em":
            p = self.person(i)
            g = p["g"].split()[-1].lower()
            f = p["f"].replace(" ", "").lower()
            local = r.choice(
                (
                    f"{g}.{f}",
                    f"{g}{f}{r.randint(1, 99)}",
                    f"{g}_{f}",
                    f"{f}.{g}{r.randint(70, 99)}",
                    f"{g[0]}{f}",
                )
            )
            host = r.choice(
                ("gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com")
            )
            return f"{local}@{host}"
        if name == "adr":
            street = r.choice(HOME_STREETS)
            no = r.randint(1, 140)
            return r.choice(
                (
                    f"{street} No. {no}",
                    f"{street} No.{no}",
                    f"{street} no {no}",
                    f"{street} Nomor {no}",
                )
            )
        if name == "adrt":
            return "%s, RT %03d/RW %03d" % (
                self.value("adr", index),
                r.randint(1, 40),
                r.randint(1, 12),
            )
        if name == "rt":
            a, b = r.randint(1, 42), r.randint(1, 14)
            return r.choice(
                (
                    "RT %02d/RW %02d" % (a, b),
                    "RT %02d RW %02d" % (a, b),
                    "RT %03d/RW %03d" % (a, b),
                    "RT %d" % a,
                )
            )
        if name == "pl":
            return "%s %d %s" % (
                r.choice(("DH", "DH", "DH", "EB", "ED")),
                r.randint(1000, 9999),
                r.choice(("AB", "AK", "AN", "KT", "EF", "AC", "A")),
            )
        return OTHER[name](self, i)

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = self.fresh(lambda: self.digits(4) + "01" + self.digits(9))
            return r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
        if bank == "Bank NTT":
            d = self.fresh(lambda: "00" + r.choice("12") + "01" + "02" + self.digits(7))
            return f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}"
        if bank == "Mandiri":
            d = self.fresh(lambda: "1" + r.choice(("61", "52", "10")) + "00" + self.digits(8))
            return r.choice((d, f"{d[:3]}-{d[3:5]}-{d[5:]}"))
        if bank == "BSI":
            return self.fresh(lambda: "7" + self.digits(9))
        return self.fresh(lambda: r.choice(("0", "1", "2", "3", "4")) + self.digits(9))


# ---------------------------------------------------------------- look-alikes and bodies' lines


def _office_mobile(fl: Fill, i: int) -> str:
    return fl.write_mobile(fl.mobile_raw(), fl.rng.choice(("b", "d", "s", "j", "i", "k")))


def _otel(fl: Fill, i: int) -> str:
    return fl.write_land(fl.land_raw())


def _fax(fl: Fill, i: int) -> str:
    return fl.write_land(fl.land_raw())


def _idpel(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(lambda: r.choice(("5312", "5311", "5310", "5316")) + fl.digits(8))


def _meter(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(lambda: r.choice(("141", "142", "451", "560", "321")) + fl.digits(8))


def _token(fl: Fill, i: int) -> str:
    d = fl.fresh(lambda: fl.digits(20))
    sep = fl.rng.choice((" ", "-", " "))
    return sep.join(d[k : k + 4] for k in range(0, 20, 4))


def _samb(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: "%02d-%02d-%06d" % (r.randint(1, 9), r.randint(1, 30), r.randint(1, 999999))
    )


def _pdam(fl: Fill, i: int) -> str:  # a PDAM customer number in one block
    return fl.fresh(lambda: "0" + str(fl.rng.randint(1, 9)) + fl.digits(7))


def _va(fl: Fill, i: int) -> str:
    r = fl.rng
    mob = fl.mobile_raw()
    head = r.choice(("8808", "8807", "88908", "12345", "7008", "3901"))
    d = head + mob
    return r.choice((d, " ".join(d[k : k + 4] for k in range(0, len(d), 4))))


def _imei(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(lambda: r.choice(("35", "86", "35", "01")) + fl.digits(13))


def _resi(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: r.choice(
            (
                "JP" + fl.digits(10),
                "JX" + fl.digits(10),
                "0041" + fl.digits(8),
                "0112" + fl.digits(12),
                "CGK" + fl.digits(13),
                "LP" + fl.digits(11),
                "P26" + fl.digits(9),
                "KPG" + fl.digits(12),
            )
        )
    )


def _order(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: r.choice(
            (
                "INV/%d%02d%02d/MPL/%s"
                % (fl.year, r.randint(1, 12), r.randint(1, 28), fl.digits(10)),
                "%d%02d%02d%s"
                % (
                    fl.year % 100,
                    r.randint(1, 12),
                    r.randint(1, 28),
                    "".join(r.choice("ABCDEFGHJKMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                ),
                "ORD-" + fl.digits(12),
                "08" + fl.digits(10),
            )
        )
    )


def _voucher(fl: Fill, i: int) -> str:
    d = fl.fresh(lambda: "00" + fl.digits(14))
    return fl.rng.choice((d, " ".join(d[k : k + 4] for k in range(0, 16, 4))))


def _etoll(fl: Fill, i: int) -> str:
    d = fl.fresh(lambda: fl.rng.choice(("6032", "6013", "7546")) + fl.digits(12))
    return " ".join(d[k : k + 4] for k in range(0, 16, 4))


def _ref(fl: Fill, i: int) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: r.choice(
            (
                "%d%s" % (fl.year, fl.digits(16)),
                "FT"
                + str(fl.year % 100)
                + fl.digits(3)
                + "".join(r.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(5)),
                "0812" + fl.digits(8),
                fl.digits(12),
                "%06d" % r.randint(1, 999999),
            )
        )
    )


def _tiket(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "LPR-%d-%s" % (fl.year, fl.digits(5)),
            "%d%02d-%s-%s" % (fl.year % 100, r.randint(1, 12), fl.digits(4), fl.digits(3)),
            "#" + fl.digits(7),
            "KTK-%s" % fl.digits(6),
        )
    )


def _antri(fl: Fill, i: int) -> str:
    return "%s-%03d" % (fl.rng.choice("ABCDEF"), fl.rng.randint(1, 240))


def _reg(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "REG-%d-%s" % (fl.year, fl.digits(6)),
            "%d%s" % (fl.year, fl.digits(8)),
            "0%s" % fl.digits(11),
        )
    )


def _nopol_bus(fl: Fill, i: int) -> str:
    return "%d" % fl.rng.randint(10, 99)


def _tgl(fl: Fill, i: int) -> str:
    r = fl.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice(
        (
            "%02d/%02d/%d" % (d, m, fl.year),
            "%d-%02d-%02d" % (fl.year, m, d),
            "%d %s %d" % (d, MONTHS[m - 1], fl.year),
            "%02d-%02d-%d" % (d, m, fl.year),
        )
    )


def _jam(fl: Fill, i: int) -> str:
    # {jam}, {jam2}, {jam3} follow each other in one text
    m = min(fl.minute + max(i - 1, 0) * 25 + fl.rng.randint(0, 20), 23 * 60 + 50)
    return "%02d.%02d" % (m // 60, m % 60)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    v = r.choice(
        (
            r.randint(2, 99) * 1000,
            r.randint(10, 95) * 5000,
            r.randint(1, 30) * 50000,
            r.randint(4, 300) * 500,
        )
    )
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp " + s, "Rp" + s, "Rp. " + s))


def _kwh(fl: Fill, i: int) -> str:
    return "%d,%d" % (fl.rng.randint(10, 400), fl.rng.randint(0, 9))


def _npwpx(fl: Fill, i: int) -> str:
    r = fl.rng
    d = fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s000"
            % (
                r.choice((1, 2, 31, 53, 70, 83)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921")),
            )
        )
    )
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def _rekb(fl: Fill, i: int) -> str:
    return fl.account(fl.rng.choice(BANKS))


def _nikmask(fl: Fill, i: int) -> str:
    return fl.rng.choice(("5371", "5301", "5310")) + fl.rng.choice(
        ("XXXXXXXXXXXX", "********" + fl.digits(4), "xx xxxx xxxx xxxx")
    )


def _hpmask(fl: Fill, i: int) -> str:
    raw = fl.mobile_raw()
    return fl.rng.choice(
        (
            raw[:4] + "****" + raw[-4:],
            raw[:4] + "-xxxx-" + raw[-3:],
            "+62" + raw[1:4] + "*****" + raw[-3:],
        )
    )


def _scam(fl: Fill, i: int) -> str:
    return fl.write_mobile(fl.mobile_raw(), fl.rng.choice(("b", "b", "d", "s", "j", "i", "k")))


def _sender(fl: Fill, i: int) -> str:  # a chat's sender shown as +62 8xx-xxxx-xxxx
    raw = fl.mobile_raw()
    return f"{raw[1:4]}-{raw[4:8]}-{raw[8:]}"


def _sn(fl: Fill, i: int) -> str:
    return fl.fresh(lambda: fl.rng.choice(("R9", "SN", "2B", "SM")) + fl.digits(9))


OTHER = {
    "owa": _office_mobile,
    "biz": _office_mobile,
    "scam": _scam,
    "sendr": _sender,
    "otel": _otel,
    "fax": _fax,
    "cc": lambda fl, i: fl.rng.choice(CC),
    "ccb": lambda fl, i: fl.rng.choice(CCB),
    "idpel": _idpel,
    "meter": _meter,
    "token": _token,
    "samb": _samb,
    "pdam": _pdam,
    "va": _va,
    "imei": _imei,
    "resi": _resi,
    "order": _order,
    "voucher": _voucher,
    "etoll": _etoll,
    "ref": _ref,
    "tiket": _tiket,
    "antri": _antri,
    "reg": _reg,
    "tgl": _tgl,
    "jam": _jam,
    "rp": _rp,
    "kwh": _kwh,
    "npwpx": _npwpx,
    "rekb": _rekb,
    "maskid": _nikmask,
    "maskhp": _hpmask,
    "sn": _sn,
    "seat": lambda fl, i: "%d%s" % (fl.rng.randint(1, 40), fl.rng.choice("ABCD")),
    "kecil": lambda fl, i: str(fl.rng.randint(2, 9)),
    "umur": lambda fl, i: str(fl.rng.randint(62, 88)),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 150)),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "rs": lambda fl, i: fl.rng.choice(HOSPITALS),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "bus": lambda fl, i: fl.rng.choice(BUSES),
    "kurir": lambda fl, i: fl.rng.choice(COURIERS),
    "radio": lambda fl, i: fl.rng.choice(RADIOS),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "wlt": lambda fl, i: fl.rng.choice(WALLETS),
    "op": lambda fl, i: fl.rng.choice(OPERATORS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 40),
    "thn": lambda fl, i: str(fl.year),
    "ns": lambda fl, i: str(fl.rng.randint(12, 2999)),
    "elek": lambda fl, i: fl.rng.choice(
        (
            "Toko Elektronik Lontar",
            "Toko Sumber Berkat",
            "Toko Elektronik Sinar Kupang",
            "Toko Karya Elektronik",
        )
    ),
    "counter": lambda fl, i: fl.rng.choice(
        ("Counter Flobamora Cell", "Kios Pulsa Oesapa Jaya", "Counter Berkat Cell", "Sasando Phone")
    ),
    "kios": lambda fl, i: fl.rng.choice(
        (
            "pangkalan gas di Oebufu",
            "kios Toko Sumber Berkat",
            "pangkalan Cahaya Timor",
            "Toko Bangunan Cahaya Timor",
        )
    ),
    "idpel08": lambda fl, i: fl.fresh(
        lambda: fl.rng.choice(("0812", "0813", "6281", "0852")) + fl.digits(8)
    ),
    "otelr": lambda fl, i: fl.land_raw()[4:],
    "kurirdom": lambda fl, i: fl.rng.choice(
        ("jet.co.id", "jne.co.id", "sicepat.com", "posindonesia.co.id")
    ),
    "busdom": lambda fl, i: fl.rng.choice(
        ("sinartimor.co.id", "tiaramas.com", "flobamoratrans.id")
    ),
    "schooldom": lambda fl, i: fl.rng.choice(
        ("smpn2kupang", "sman1kupang", "smkn2kupang", "sdioetete1")
    ),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if (
            name.isupper()
            and len(name) >= 1
            and name.lower()
            in (
                "n",
                "g",
                "f",
                "kel",
                "jl",
                "pusk",
                "rs",
                "school",
                "church",
                "shop",
                "bus",
                "kurir",
                "bnk",
                "wlt",
                "adr",
                "adrt",
                "rt",
                "radio",
                "bank",
                "jlno",
                "elek",
                "counter",
            )
        ):
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
ADDRESS_START = re.compile(r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|perumnas|perum|kompleks|btn)")
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\s+titik\s+)")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OlB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OlB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OlB]", "", seg).translate(OCR_BACK))


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
            if re.search(r"[^0-9OlB .\-\n]", seg) or not d.startswith("53") or len(d) != 16:
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs":
            d = id_digits(seg)
            if len(d) != 13 or not d.startswith("000") or re.search(r"[^0-9 \-]", seg):
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


LOOKALIKE = re.compile(r"\d{3,}(?:[ .\-/]?\d+)*")


def lookalikes(text: str) -> int:
    """Runs of three digits or more: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    U: bool = False,
) -> tuple:
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(r"(?i)\b(?:%s)\.?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % words, text):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    spec = {
        "F": tuple(sorted(set(F) | (auto["F"] - set(M)))),
        "M": tuple(sorted(set(M) | (auto["M"] - set(F)))),
        "E": tuple(E),
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
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind in ("address", "plate", "bank_account", "email", "bpjs", "npwp"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OlB]", seg):
        return "letters for digits"
    if kind == "phone":
        if seg.startswith("(+62)"):
            return "(+62)"
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if "_" in seg:
            return "underscores"
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
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    assert per["phone"] >= FLOORS["phone"], per["phone"]
    assert per["name"] >= FLOORS["name"], per["name"]
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1}/{lg1} given name, {f1}/{F1}
# family name; {hp1} the person's mobile in a random writing ({hpb1} one block, {hpd1} dashes,
# {hps1} spaces, {hpt1} dots, {hpm1} 4-3-rest, {hpi1}/{hpis1} +62 with separators, {hpj1} +62
# block, {hpk1} 62 block, {hpkb1} (+62), {hpu1} underscores, {hpo1} letters for digits, {hpn1}
# over a line; every writing of index 1 is the same number); {tr1} a home landline; {nik1}
# ({nikb1} {niks1} {nikt1} {niko1}); {kk1}; {npwp1}; {bpjs1}; {bank1}/{rek1}; {em1}; {adr1}
# street and number, {adrt1} with RT/RW, {rt1} RT/RW alone; {pl1} plate.
# Not a person's: {owa} {biz} {scam} mobiles, {otel} {fax} landlines, {cc} short codes;
# look-alikes {idpel} {meter} {token} {samb} {pdam} {va} {imei} {resi} {order} {voucher}
# {etoll} {ref} {tiket} {antri} {reg} {sn} {maskid} {maskhp} {npwpx} {rekb}; figures {tgl}
# {jam} {rp} {kwh} {kecil} {umur} {seat} {thn}; places {kel} {jl} {jlno} {pusk} {rs} {school}
# {church} {shop} {bus} {kurir} {radio} {bnk} {wlt} {op} {rtx}. Placeholders with a digit are
# drawn once per text (the same index repeats the same value).

TEMPLATES: list[tuple] = []

# ---- sms_caps: SMS to 1708 in capitals
TEMPLATES += [
    T(
        "sms_caps",
        "electricity",
        """
KOTKUPANG LISTRIK DI {rtx} KEL {kel} PADAM SEJAK {jam}. SY SUDAH TLP PLN 123 TAPI BELUM DATANG. ID PEL SY {idpel}. MHN DIBANTU. [[n:{n1}]] [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "electricity",
        """
KOTKUPANG SY BELI TOKEN {rp} TGL {tgl} TAPI TOKEN {token} DITOLAK METER NO {meter}. CS PLN BILANG TUNGGU. HP SY [[p:{hpb1}]] A/N [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "water",
        """
KOTKUPANG AIR PDAM SDH 9 HARI TDK JALAN DI [[a:{adrt1}]] KEL {kel}. NO PELANGGAN {pdam}. SY HUB KANTOR PDAM {otel} TDK ADA YG ANGKAT. SY [[n:{n1}]] HP [[p:{hpd1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        """
KOTKUPANG ANAK SY DEMAM TINGGI, WA PUSKESMAS {owa} TDK DIBALAS DR JAM {jam}. AMBULANS 119 JG SIBUK. TOLONG. IBU [[n:{g1}]] [[p:{hp1}]] DI [[a:{rt1}]] {kel}
""",
        U=True,
    ),
    T(
        "sms_caps",
        "scams",
        """
KOTKUPANG SY DAPAT SMS DR {scam} KATANYA SY MENANG UNDIAN {op} {rp}, DISURUH TRF KE {wlt} {scam2}. SY TDK TRF. NO SY [[p:{hpk1}]], NAMA [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "courier_shop",
        """
KOTKUPANG PAKET SY RESI {resi} SDH 2 MINGGU TDK SAMPAI. CS {kurir} DI {otel} SURUH TUNGGU TERUS. KURIR DI KUPANG ATAS NAMA [[n:{n2}]] HP [[p:{hp2}]] TDK ANGKAT. DR [[n:{n1}]] [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "transport",
        """
KOTKUPANG SOPIR BEMO JURUSAN {kel} NOPOL [[pl:{pl1}]] UGAL2AN HAMPIR TABRAK ANAK SEKOLAH JAM {jam}. LAPOR DISHUB. SY [[n:{n1}]] WA [[p:{hps1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG KTP SY SDH REKAM TGL {tgl} NO ANTRIAN {antri} SMP SKRG BLM JADI. NIK [[nik:{nik1}]]. WA DUKCAPIL {owa} TDK AKTIF. MHN INFO KE [[p:{hp1}]] TTD [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "banking_ewallet",
        """
KOTKUPANG SY TRF BAYAR PBB VIA VA {va} TGL {tgl} TAPI STATUS BLM LUNAS. NO REF {ref}. BANK BILANG HUB {ccb}. SY [[n:{n1}]], HP [[p:{hp1}]] / [[p:{hp2}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "school_church",
        """
KOTKUPANG SEKOLAH {school} MINTA UANG KOMITE {rp}. TATA USAHA {otel} TDK MAU KASIH KWITANSI. ORTU MURID [[n:{n1}]] HP [[p:{hpt1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "water",
        """
KOTKUPANG TANGKI AIR YG SY PESAN DR OM [[n:{g2}]] ([[p:{hp2}]]) {rp} TDK DATANG, UANG SDH DI TRF. AIR PDAM {samb} JG MATI. [[n:{n1}]] [[a:{rt1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        """
KOTKUPANG BPJS SY NO [[bpjs:{bpjs1}]] DITOLAK DI {rs}, DISURUH BAYAR UMUM. CALL CENTER BPJS 165 TDK JELAS. PASIEN [[n:{n1}]] KELUARGA [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "electricity",
        """
KOTKUPANG TIANG LISTRIK MIRING DEPAN RUMAH SY [[a:{adr1}]] {kel}. SDH LAPOR PLN MOBILE NO LAPORAN {tiket}. SY [[n:{n1}]] [[p:{hpo1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "scams",
        """
KOTKUPANG ADA ORG NGAKU PETUGAS PLN DTG KE RUMAH MINTA {rp} GANTI METER {meter}. DIA KASI NO {scam}. KATANYA KANTOR PLN {otel}. SY [[n:{n1}]] HP [[p:{hp1}]]
""",
        U=True,
    ),
    # without spans
    T(
        "sms_caps",
        "electricity",
        """
KOTKUPANG LAMPU JALAN DI {jl} DEPAN {pusk} MATI SDH 1 BLN. SDH LAPOR KE PLN 123 DAN WA DISHUB {owa}. NO LAPORAN {tiket}. TRIMS
""",
        U=True,
    ),
    T(
        "sms_caps",
        "water",
        """
KOTKUPANG PIPA PDAM BOCOR DI {jl} DEKAT {school} DARI TGL {tgl}. HOTLINE PDAM {otel} SIBUK TERUS. MHN SEGERA DIPERBAIKI
""",
        U=True,
    ),
    T(
        "sms_caps",
        "scams",
        """
KOTKUPANG SY DAPAT SMS DARI {scam} BILANG REKENING {bnk} SY DIBLOKIR HARUS HUB CS {scam2}. APA BENAR? CALL CENTER RESMI {bnk} {ccb} KAN? MHN DICEK
""",
        U=True,
    ),
    T(
        "sms_caps",
        "transport",
        """
KOTKUPANG BUS {bus} JURUSAN KUPANG-SOE BERANGKAT JAM {jam} TDK SESUAI TIKET NO {order}. KANTOR TRAVEL {otel} DAN WA {biz} TDK RESPON. HARGA TIKET {rp}
""",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG PELAYANAN DUKCAPIL ANTRIAN {antri} DARI JAM {jam} BLM DIPANGGIL. WA PENGADUAN DUKCAPIL {owa} TDK BALAS. MOHON PERHATIAN PAK WALI
""",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        """
KOTKUPANG OBAT DI APOTEK {pusk} KOSONG, DISURUH BELI DI LUAR {rp}. WA PUSKESMAS {owa} JAWAB TUNGGU DROPPING. NO RM {reg}
""",
        U=True,
    ),
    T(
        "sms_caps",
        "banking_ewallet",
        """
KOTKUPANG ATM {bnk} DI {jl} TELAN KARTU SY TGL {tgl} JAM {jam}. SY TLP {ccb} DISURUH KE CABANG. NO KARTU {etoll}. NO KOMPLAIN {ref}
""",
        U=True,
    ),
]

# ---- sms_lower: SMS to 1708 in lower case
TEMPLATES += [
    T(
        "sms_lower",
        "electricity",
        """
kotkupang lampu di rmh sy mati hidup trs, meter {meter} bunyi tit tit. id pel {idpel}. sy sdh telp 123 dikasih no laporan {tiket}. sy [[n:{l1}]] no wa [[p:{hpb1}]]
""",
    ),
    T(
        "sms_lower",
        "water",
        """
kotkupang air pdam di [[a:{rt1}]] kel {kel} keruh coklat. no samb {samb}. tolong cek. [[n:{lg1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_lower",
        "transport",
        """
kotkupang sy penumpang {bus} tgl {tgl}, tas sy tertinggal di bagasi kursi {seat}. sopir a.n. [[n:{l2}]] hp [[p:{hp2}]] tdk angkat. kantor travel {otel} blg tdk tau. sy [[n:{lg1}]] [[p:{hps1}]]
""",
    ),
    T(
        "sms_lower",
        "courier_shop",
        """
kotkupang beli hp di {counter} {jl}, imei {imei} ternyata blokir. toko tdk mau tanggung. wa toko {biz}. sy [[n:{l1}]] hp [[p:{hpd1}]]
""",
    ),
    T(
        "sms_lower",
        "banking_ewallet",
        """
kotkupang sy kirim uang {rp} ke {wlt} [[p:{hp2}]] punya sepupu sy [[n:{l2}]] tp masuk ke no lain. ref {ref}. cs {wlt} lambat. [[n:{lg1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang mama sy [[n:{lg1}]] pasien {rs} no rm {reg}, sdh 3 hari blm dpt kamar. wa informasi rs {owa} tdk balas. sy anaknya [[n:{lg2}]] [[p:{hpi2}]]
""",
        F=(1,),
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang kk sy no [[kk:{kk1}]] nama anak salah. sdh ke kelurahan {kel}, disuruh wa dukcapil {owa}. tdk ada balasan. sy [[n:{l1}]] hp [[p:{hpt1}]]
""",
    ),
    T(
        "sms_lower",
        "scams",
        """
kotkupang ada yg telp sy dr {scam} ngaku dr bpjs minta nik. sy tdk kasih. tp dia sebut nama sy [[n:{l1}]] lengkap. data bocor dr mana? no sy [[p:{hpb1}]]
""",
    ),
    T(
        "sms_lower",
        "electricity",
        """
kotkupang tetangga sy om [[n:{lg2}]] pasang kabel listrik dr meteran sy {meter} tanpa izin, token cepat habis {kwh} kwh sehari. sy [[n:{l1}]] [[a:{adr1}]]
""",
    ),
    T(
        "sms_lower",
        "school_church",
        """
kotkupang anak sy di {school} blm dpt kip. operator sekolah blg hub no {owa}. kls {kecil}, nisn 0{pdam}. ortu [[n:{l1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_lower",
        "water",
        """
kotkupang sy pesan air tangki ke pak [[n:{lg2}]] no [[p:{hpb2}]] tgl {tgl}, bayar {rp} tp air asin. minta kembali uang tdk mau. [[n:{lg1}]] [[a:{rt1}]]
""",
    ),
    T(
        "sms_lower",
        "transport",
        """
kotkupang ojol nopol [[pl:{pl1}]] ambil orderan sy ({order}) tp minta tambah {rp}. nama driver di aplikasi [[n:{n2}]]. sy [[n:{lg1}]] [[p:{hpj1}]]
""",
    ),
    T(
        "sms_lower",
        "courier_shop",
        """
kotkupang paket cod {resi} sy tolak krn barang beda, tp kurir [[n:{lg2}]] ([[p:{hp2}]]) paksa bayar {rp}. cs {kurir} {otel}. sy [[n:{l1}]]
""",
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang bidan di pustu {kel} jarang ada. no wa pustu {owa} tdk aktif. sy hamil 8 bln. sy [[n:{lg1}]] hp [[p:{hp1}]] [[a:{rt1}]]
""",
        F=(1,),
    ),
    # without spans
    T(
        "sms_lower",
        "electricity",
        """
kotkupang listrik di kel {kel} padam dr jam {jam} smp {jam2}, tdk ada pemberitahuan. id pel sy {idpel}. pln 123 cuma blg gangguan. tolong pemkot tegur pln
""",
    ),
    T(
        "sms_lower",
        "water",
        """
kotkupang jadwal air pdam di {kel} berubah2. hotline pdam {otel} dan wa {owa} tdk pernah angkat. bayar tiap bln {rp} tp air 2x seminggu
""",
    ),
    T(
        "sms_lower",
        "scams",
        """
kotkupang hati2 ada sms dr {scam} blg token pln gratis {kwh} kwh, suruh klik link. sy tdk klik. tolong info ke warga
""",
    ),
    T(
        "sms_lower",
        "transport",
        """
kotkupang angkot jurusan {kel} lewat jam {jam} sdh tdk ada. dishub no pengaduan {owa}. tarif naik jd {rp}
""",
    ),
    T(
        "sms_lower",
        "courier_shop",
        """
kotkupang paket resi {resi} status terkirim tgl {tgl} tp tdk ada. cs {kurir} di 021-{reg} tdk bisa dihubungi
""",
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang antrian bpjs di {pusk} no {antri} dr jam {jam}. wa pendaftaran puskesmas {owa} tdk dibalas. tolong tambah petugas
""",
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang akta lahir anak sy reg {reg} sdh 3 bln. cek di wa dukcapil {owa} blg proses. tgl daftar {tgl}. mohon dipercepat
""",
    ),
]

# ---- wa_forward: WhatsApp exports, forwards and screenshots' text
TEMPLATES += [
    T(
        "wa_forward",
        "electricity",
        """
[{tgl} {jam}] [[n:{n1}]]: Pak RT, listrik di sini mati lagi
[{tgl} {jam2}] Admin RT: Sudah sa lapor PLN 123, no laporan {tiket}
[{tgl} {jam3}] [[n:{n1}]]: Sa pung ID pel {idpel}, tolong masukkan juga. Kalau petugas datang telp sa [[p:{hp1}]]
""",
    ),
    T(
        "wa_forward",
        "water",
        """
*Diteruskan*
Info air tangki murah 5000 liter {rp}, antar sampai {kel}. Pesan ke Om [[n:{g1}]] [[p:{hps1}]] (bukan PDAM ya). Pembayaran bisa {wlt} ke nomor yang sama.
""",
        M=(1,),
    ),
    T(
        "wa_forward",
        "courier_shop",
        """
[{jam}, {tgl}] [[n:{n1}]]: kak paketnya sudah di gudang {kurir} {kel}, resi {resi}
[{jam2}, {tgl}] [[n:{n2}]]: kurirnya siapa ka?
[{jam3}, {tgl}] [[n:{n1}]]: Kurir [[n:{g3}]] wa [[p:{hp3}]], jangan telp CS {otel} lama
""",
    ),
    T(
        "wa_forward",
        "scams",
        """
Screenshot chat:
{scam}
"Selamat! Nomor anda terpilih dapat saldo {wlt} {rp}. Klik link & isi NIK"
---
Sa pung tetangga [[n:{n1}]] su isi. Sekarang dia pung {wlt} [[p:{hp1}]] saldo kosong. Lapor di mana?
""",
    ),
    T(
        "wa_forward",
        "health",
        """
[{tgl} {jam}] [[n:{n1}]]: Ibu bidan, sa pung anak panas. Antrian puskesmas no berapa?
[{tgl} {jam2}] Bidan [[n:{g2}]]: Daftar via WA pendaftaran {owa} ya mama, jangan di nomor pribadi sa
[{tgl} {jam3}] [[n:{n1}]]: Baik bu, sa kirim ke {owa} tadi belum balas
""",
        F=(1, 2),
    ),
    T(
        "wa_forward",
        "banking_ewallet",
        """
Bukti transfer (SS):
Transfer Berhasil
Ke: [[n:{N2}]]
{bank2} [[b:{rek2}]]
Nominal: {rp}
No. Ref: {ref}
{tgl} {jam}
---
[[n:{g1}]]: ini sa su transfer ke penjual, tapi barang sonde kirim. HP penjual [[p:{hp2}]]
""",
    ),
    T(
        "wa_forward",
        "transport",
        """
[{tgl} {jam}] Grup Penumpang {bus}:
[{tgl} {jam}] [[n:{n1}]]: Bus sa tiket {order} ditunda lagi. Kantor {otel} sonde angkat
[{tgl} {jam2}] [[n:{n2}]]: Telp sopir langsung, Om [[n:{g3}]] [[p:{hp3}]]
[{tgl} {jam3}] [[n:{n1}]]: ok makasi
""",
        M=(3,),
    ),
    T(
        "wa_forward",
        "civil_registry",
        """
*Diteruskan dari grup Kelurahan {kel}*
Warga yang KTP-el belum jadi silakan WA Dukcapil {owa} (bukan telp). Format: NAMA#NIK#NO KK.
---
[{tgl} {jam}] [[n:{n1}]]: sa su kirim [[n:{N1}]]#[[nik:{nik1}]]#[[kk:{kk1}]] tapi belum dibalas
""",
    ),
    T(
        "wa_forward",
        "school_church",
        """
PENGUMUMAN {church}
Persembahan syukur bisa transfer ke rekening Majelis {bnk} {rekb}. Konfirmasi ke bendahara majelis Ibu [[n:{n1}]] [[p:{hp1}]]. Kantor gereja {otel} buka {jam}.
""",
        F=(1,),
    ),
    T(
        "wa_forward",
        "electricity",
        """
[{tgl} {jam}] +62 {sendr}: Selamat sore, kami dari PLN ULP Kupang. Meter anda {meter} akan diganti, biaya {rp}
[{tgl} {jam2}] [[n:{n1}]]: PLN pung nomor resmi 123 kan? Ini nomor pribadi?
[{tgl} {jam3}] [[n:{n1}]]: Sa [[n:{g1}]] di [[a:{adr1}]], sa tunggu petugas datang saja
""",
    ),
    T(
        "wa_forward",
        "water",
        """
[{tgl} {jam}] [[n:{n1}]]: Ada yang tahu nomor PDAM yang aktif?
[{tgl} {jam2}] [[n:{n2}]]: Pengaduan PDAM {otel} atau WA {owa}
[{tgl} {jam3}] [[n:{n2}]]: Kalau sonde, WA sa [[p:{hp2}]] nanti sa sambung ke sa pung sepupu di PDAM
""",
    ),
    T(
        "wa_forward",
        "courier_shop",
        """
Dijual kulkas 2 pintu bekas, masih dingin, harga {rp} nego. COD {kel}. Hub [[n:{n1}]] [[p:{hpd1}]] / [[p:{hpd2}]]
""",
    ),
    T(
        "wa_forward",
        "scams",
        """
[{tgl} {jam}] [[n:{n1}]]: Bapa mama hati2, ada yang ngaku anak [[n:{g2}]] kecelakaan minta transfer. Nomornya {scam}
[{tgl} {jam2}] [[n:{n2}]]: Betul, sa ini [[n:{g2}]], sa baik2 saja. Nomor sa cuma [[p:{hp2}]]
""",
    ),
    T(
        "wa_forward",
        "health",
        """
Info donor darah gol O untuk pasien [[n:{n1}]] di {rs} ruang {seat}. Hub keluarga [[n:{g2}]] [[p:{hpis2}]]. PMI Kota Kupang {otel}
""",
    ),
    # without spans
    T(
        "wa_forward",
        "electricity",
        """
*Diteruskan*
INFO PEMADAMAN PLN UP3 KUPANG
Hari/tgl: {tgl}, {jam}-{jam2}
Wilayah: {kel}, {jl}
Info: PLN 123 / WA {owa}
""",
    ),
    T(
        "wa_forward",
        "scams",
        """
*Diteruskan berkali-kali*
WASPADA! Nomor {scam} dan {scam2} ngaku petugas PLN, minta transfer ganti meter {rp}. PLN tidak pernah minta biaya lewat WA. Pengaduan resmi 123.
""",
    ),
    T(
        "wa_forward",
        "health",
        """
[{tgl} {jam}] {pusk}: Pendaftaran poli umum besok via WA {owa}, format NAMA#NO BPJS#TGL LAHIR. Kuota 40. IGD 24 jam {otel}
""",
    ),
    T(
        "wa_forward",
        "courier_shop",
        """
{counter}
Promo pulsa & paket data! Cek kuota *{kecil}{kecil}{kecil}#. Order WA {biz}. Rekening toko {bnk} {rekb} a.n. toko. Buka {jam}-{jam2}
""",
    ),
    T(
        "wa_forward",
        "transport",
        """
*Diteruskan*
Jadwal kapal ASDP Kupang-Rote {tgl}: {jam}. Tiket online kode booking {order}. Info call center ASDP 191 / WA {owa}
""",
    ),
    T(
        "wa_forward",
        "banking_ewallet",
        """
[{tgl} {jam}] {bnk} Info: Transaksi VA {va} sebesar {rp} berhasil. Ref {ref}. Bila tidak merasa bertransaksi hubungi {ccb}
""",
    ),
    T(
        "wa_forward",
        "civil_registry",
        """
*Diteruskan*
Layanan jemput bola Dukcapil di Kantor Lurah {kel} tgl {tgl} jam {jam}. Bawa fotokopi KK. Info lanjut {owa} / {otel}
""",
    ),
]

# ---- web_form: LAPOR! and the city's complaint form
TEMPLATES += [
    T(
        "web_form",
        "electricity",
        """
Nama Pelapor: [[n:{n1}]]
No. HP/WA: [[p:{hp1}]]
Email: [[e:{em1}]]
Kategori: Listrik
Isi Laporan: Tagihan pascabayar ID pelanggan {idpel} naik dua kali lipat jadi {rp}. Sudah lapor ke PLN 123 dengan nomor {tiket}, belum ada jawaban.
""",
    ),
    T(
        "web_form",
        "water",
        """
Nama: [[n:{n1}]]
Alamat: [[a:{adrt1}]], Kel. {kel}
Telepon: [[p:{tr1}]] / [[p:{hp1}]]
No. Pelanggan PDAM: {pdam}
Isi: Meter air {meter} rusak sejak {tgl}, tagihan tetap ditarik rata-rata.
""",
    ),
    T(
        "web_form",
        "health",
        """
Judul: Pelayanan IGD lambat
Pelapor: [[n:{n1}]]
Kontak: [[p:{hpi1}]]
Uraian: Ayah saya [[n:{n2}]] (No. JKN [[bpjs:{bpjs2}]]) dibawa ke IGD {rs} jam {jam}, baru ditangani jam {jam2}. Telepon IGD {otel} tidak diangkat.
""",
        M=(2,),
    ),
    T(
        "web_form",
        "courier_shop",
        """
Nama Lengkap: [[n:{n1}]]
Nomor WhatsApp: [[p:{hpk1}]]
Isi Pengaduan: Belanja online no pesanan {order}, paket {kurir} resi {resi} dikembalikan ke penjual tanpa konfirmasi. Kurir wilayah {kel} bernama [[n:{n2}]] HP [[p:{hp2}]] bilang alamat tidak ditemukan padahal [[a:{adr1}]] jelas.
""",
    ),
    T(
        "web_form",
        "banking_ewallet",
        """
Nama: [[n:{n1}]]
NIK: [[nik:{nik1}]]
HP: [[p:{hp1}]]
Laporan: Saya bayar BPJS mandiri lewat VA {va} tanggal {tgl} sebesar {rp}. Saldo {bnk} terpotong, status belum bayar. Nomor referensi {ref}.
""",
    ),
    T(
        "web_form",
        "transport",
        """
Nama: [[n:{n1}]]
No. Telp: [[p:{hpd1}]]
Lokasi: Terminal Oebobo
Isi: Kartu e-toll/e-money {etoll} saya tertelan di gerbang parkir bandara tanggal {tgl}. Petugas parkir beri nomor tiket {tiket}.
""",
    ),
    T(
        "web_form",
        "school_church",
        """
Nama Orang Tua: [[n:{n1}]]
No HP: [[p:{hpb1}]]
Nama Siswa: [[n:{n2}]]
Sekolah: {school}
Isi: Pendaftaran PPDB nomor registrasi {reg} hilang dari daftar. Helpdesk PPDB {owa} hanya menjawab otomatis.
""",
    ),
    T(
        "web_form",
        "civil_registry",
        """
Nama: [[n:{n1}]]
NIK: [[nik:{niks1}]]
No. KK: [[kk:{kks1}]]
No. HP: [[p:{hpt1}]]
Isi: Status perkawinan di KK masih belum kawin. Sudah antri di Dukcapil nomor {antri} tgl {tgl}.
""",
    ),
    T(
        "web_form",
        "scams",
        """
Nama Pelapor: [[n:{n1}]]
Telepon Pelapor: [[p:{hp1}]]
Isi Laporan: Saya ditelepon nomor {scam} yang mengaku petugas Dukcapil, minta kode OTP. Setelah saya kasih, akun {wlt} saya [[p:{hp1}]] terkuras {rp}.
""",
    ),
    T(
        "web_form",
        "electricity",
        """
Nama: [[n:{n1}]]
Email: [[e:{em1}]]
No HP: [[p:{hps1}]]
Isi: Token {token} untuk nomor meter {meter} sudah saya input tapi muncul "REJECT". Struk pembelian ref {ref}, {rp}.
""",
    ),
    T(
        "web_form",
        "water",
        """
Pelapor: [[n:{n1}]] (Ketua RT)
HP pribadi: [[p:{hp1}]]
Isi: Warga {rtx} Kel. {kel} tidak dapat air 2 minggu. Nomor pengaduan PDAM {owa} hanya dibaca.
""",
    ),
    T(
        "web_form",
        "health",
        """
Nama: [[n:{n1}]]
No. Kartu BPJS: [[bpjs:{bpjs1}]]
No. HP: [[p:{hpd1}]]
Isi: Rujukan saya no {reg} ke {rs} ditolak karena kuota. WA rumah sakit {owa} suruh datang jam {jam}.
""",
    ),
    T(
        "web_form",
        "transport",
        """
Nama: [[n:{n1}]]
HP: [[p:{hp1}]]
Isi Laporan: Kendaraan saya [[pl:{pl1}]] ditilang di {jl}, surat tilang no {tiket}. Denda {rp} sudah dibayar lewat BRIVA {va} tapi SIM belum dikembalikan.
""",
    ),
    T(
        "web_form",
        "courier_shop",
        """
Nama: [[n:{n1}]]
Alamat: [[a:{adr1}]]
WhatsApp: [[p:{hpkb1}]]
Isi: Beli gas LPG di pangkalan {kel} harga {rp}, di atas HET. Pangkalan punya WA {biz}, pemilik pangkalan sonde mau kasih struk.
""",
    ),
    # without spans
    T(
        "web_form",
        "electricity",
        """
Nama Pelapor: Dirahasiakan
No. HP: Dirahasiakan
Isi Laporan: Lampu PJU di {jl} sejak {tgl} padam. Nomor tiang {pdam}. Sudah lapor ke WA Dishub {owa}, tiket {tiket}.
""",
    ),
    T(
        "web_form",
        "water",
        """
Nama: Anonim
Kontak: -
Isi: Pipa PDAM bocor di {jlno} depan {shop}. No sambungan terdekat {samb}. Air terbuang sejak {tgl}.
""",
    ),
    T(
        "web_form",
        "banking_ewallet",
        """
Nama Pelapor: Dirahasiakan
Isi Laporan: Mesin EDC di loket Samsat {kel} selalu error. Pembayaran lewat VA {va} juga gagal, nomor transaksi {ref}, jumlah {rp}. Call center {bnk} {ccb} hanya mesin.
""",
    ),
    T(
        "web_form",
        "health",
        """
Pelapor: Anonim
Isi: Call center ambulans 119 dan IGD {rs} {otel} tidak bisa dihubungi tgl {tgl} jam {jam}. Nomor WA darurat {owa} juga tidak aktif.
""",
    ),
    T(
        "web_form",
        "school_church",
        """
Nama Pelapor: Dirahasiakan
Isi: {school} minta bayar seragam {rp} lewat rekening koperasi sekolah {bnk} {rekb}. Kantor TU {otel} tidak memberi rincian. Nomor surat edaran 421/{kecil}{kecil}/SMP/{thn}.
""",
    ),
    T(
        "web_form",
        "transport",
        """
Nama: Dirahasiakan
Isi Laporan: Kartu e-money {etoll} saldo {rp} terpotong dua kali di parkir {rs}. Nomor transaksi {ref} dan {ref2}. Pengelola parkir WA {biz}.
""",
    ),
    T(
        "web_form",
        "civil_registry",
        """
Pelapor: Dirahasiakan
Isi: Pengambilan KTP di Dukcapil {jlno} nomor antrian {antri} dan {antri2}, petugas minta {rp}. Pengaduan Dukcapil {owa} tidak menanggapi.
""",
    ),
]

# ---- email: mails to the complaint unit and offices' replies
TEMPLATES += [
    T(
        "email",
        "electricity",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan@kupangkota.go.id
Subject: Meter PLN diganti tanpa pemberitahuan

Selamat pagi. Meter prabayar di rumah saya ([[a:{adr1}]]) nomor {meter} diganti petugas tanggal {tgl}. Token lama {token} tidak bisa dipakai lagi, sisa {kwh} kWh hilang. ID pelanggan {idpel}. Mohon bantuan. Saya dapat dihubungi di [[p:{hp1}]].

Salam,
[[n:{n1}]]
""",
    ),
    T(
        "email",
        "water",
        """
Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: pdam.kotakupang@gmail.com
Perihal: Sambungan baru

Yth. PDAM, saya sudah bayar biaya sambungan {rp} via VA {va} tgl {tgl} (ref {ref}), nomor registrasi {reg}. Sampai sekarang belum dipasang. Telepon kantor {otel} selalu sibuk. Mohon kabar ke HP saya [[p:{hpd1}]].

Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "email",
        "health",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: rsud.sklerik@gmail.com
Cc: pengaduan@kupangkota.go.id

Ibu saya [[n:{n2}]], pasien rawat inap no RM {reg}, dipulangkan sebelum sembuh. Nomor kartu JKN [[bpjs:{bpjs2}]]. Saya sudah menelepon nomor informasi {otel} tiga kali. Nomor saya [[p:{hpis1}]].
""",
        F=(2,),
    ),
    T(
        "email",
        "courier_shop",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: cs@{kurirdom}
Subject: Paket {resi} hilang

Paket saya {resi} (order {order}) dinyatakan diterima oleh "[[n:{n2}]]" padahal tidak ada orang dengan nama itu di rumah saya. Nomor penerima yang benar [[p:{hp1}]], bukan nomor yang di sistem. Mohon investigasi.
""",
    ),
    T(
        "email",
        "banking_ewallet",
        """
Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: halobca@bca.co.id
Perihal: Dana tidak masuk

Saya transfer {rp} ke rekening [[b:{rek2}]] a.n. [[n:{n2}]] dari {bank1} [[b:{rek1}]] tanggal {tgl} {jam}, nomor referensi {ref}. Dana belum diterima. Telepon {ccb} sudah saya coba. HP saya [[p:{hp1}]].
""",
    ),
    T(
        "email",
        "transport",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: info@{busdom}

Saya penumpang dengan kode booking {order}, kursi {seat}, {tgl}. Bus berangkat tanpa saya meski saya sudah di loket jam {jam}. Call center {otel} bilang tiket hangus. Mohon refund {rp} ke rekening {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. HP [[p:{hpb1}]].
""",
    ),
    T(
        "email",
        "school_church",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: tu.{schooldom}@gmail.com
Subject: Ijazah anak saya

Anak saya [[n:{n2}]] lulus {thn}, NISN 0{pdam}. Ijazah ditahan karena tunggakan {rp}. Telepon TU {otel} tidak pernah diangkat. Mohon hubungi saya di [[p:{hp1}]] atau rumah [[p:{tr1}]].
""",
    ),
    T(
        "email",
        "civil_registry",
        """
Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: disdukcapil@kupangkota.go.id

Mohon perbaikan nama di akta kelahiran nomor 5371-LT-{reg}. Data saya: NIK [[nik:{nikt1}]], KK [[kk:{kk1}]], alamat [[a:{adrt1}]]. WA [[p:{hp1}]].
""",
    ),
    T(
        "email",
        "scams",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: patrolisiber@polri.go.id

Saya tertipu jual beli motor di FB. Penjual mengaku bernama [[n:{n2}]], nomor WA [[p:{hp2}]], minta transfer DP {rp} ke {bank2} [[b:{rek2}]]. Setelah transfer nomornya memblokir saya. Bukti transfer ref {ref}.
""",
    ),
    T(
        "email",
        "electricity",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: up3kupang@pln.co.id

Laporan saya di PLN Mobile nomor {tiket} ditutup tanpa perbaikan. Kabel di depan [[a:{adr1}]] masih menjuntai. Kontak saya [[p:{hpt1}]]. Tetangga saya Bapak [[n:{n2}]] ([[p:{hp2}]]) juga bisa jadi saksi.
""",
        M=(2,),
    ),
    T(
        "email",
        "water",
        """
Pada {tgl} {jam}, [[n:{n1}]] <[[e:{em1}]]> menulis:
> Air di rumah kami mati. No pelanggan {pdam}.

Balasan PDAM:
Terima kasih Bapak/Ibu. Laporan dicatat nomor {tiket}. Untuk konfirmasi hubungi {otel} atau WA {owa}.
""",
    ),
    T(
        "email",
        "health",
        """
From: Puskesmas Oepoi <pkmoepoi@gmail.com>
To: [[n:{n1}]] <[[e:{em1}]]>

Terima kasih atas masukan Ibu. Laporan Ibu tentang bidan [[n:{g2}]] sudah kami teruskan. Untuk jadwal imunisasi silakan WA pendaftaran {owa}, telepon {otel}.
""",
        F=(2,),
    ),
    T(
        "email",
        "courier_shop",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
Subject: Komplain pembelian laptop

Laptop yang saya beli di {elek} (nota {order}, SN {sn}) rusak dalam seminggu. Toko tidak mau servis. Nomor toko {biz}, pemilik toko Ko [[n:{g2}]] HP pribadi [[p:{hp2}]]. Saya [[p:{hp1}]].
""",
    ),
    T(
        "email",
        "banking_ewallet",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: cs@dana.id

Akun DANA saya [[p:{hpb1}]] dibekukan sejak {tgl}. Saldo {rp}. Tiket CS {tiket}. Saya sudah kirim foto KTP (NIK [[nik:{nik1}]]).
""",
    ),
    # without spans
    T(
        "email",
        "electricity",
        """
From: PLN UP3 Kupang <up3kupang@pln.co.id>
To: pengaduan@kupangkota.go.id
Subject: Tindak lanjut laporan {tiket}

Gangguan di penyulang {kel} telah dipulihkan pukul {jam}. Pelanggan ID {idpel} dan {idpel2} sudah normal. Contact center PLN 123, WA {owa}.
""",
    ),
    T(
        "email",
        "water",
        """
From: PDAM Tirta Lontar <humas.pdam@gmail.com>
Kepada: pengaduan@kupangkota.go.id

Laporan nomor {tiket} tentang sambungan {samb} sudah ditindaklanjuti pada {tgl}. Untuk pengaduan berikutnya: telepon {otel}, fax {fax}, WA center {owa}.
""",
    ),
    T(
        "email",
        "transport",
        """
From: {bus} <admin@{busdom}>
To: pengaduan@kupangkota.go.id

Penumpang dengan kode booking {order} sudah kami refund {rp} dengan nomor transaksi {ref}. Kantor kami {jlno}, telp {otel}, WA {biz}.
""",
    ),
    T(
        "email",
        "scams",
        """
From: noreply@lapor.go.id
Subject: Laporan #{reg} diteruskan

Laporan tentang nomor {scam} dan {scam2} yang mengaku petugas pajak diteruskan ke Polresta Kupang Kota. Hotline pengaduan 1708, call center 110.
""",
    ),
    T(
        "email",
        "school_church",
        """
From: Tata Usaha {school} <tusekolah.kupang@gmail.com>
To: pengaduan@kupangkota.go.id

Pembayaran komite melalui VA {va} sebesar {rp} per semester. Kwitansi nomor {order}. Informasi lebih lanjut telp {otel} ext. {kecil}{kecil}.
""",
    ),
    T(
        "email",
        "banking_ewallet",
        """
From: notifikasi@bri.co.id
Subject: Transaksi BRIVA berhasil

BRIVA {va}
Nominal {rp}
Tanggal {tgl} {jam}
No. Referensi {ref}
Info: 14017 / 1500017
""",
    ),
    T(
        "email",
        "health",
        """
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>

Tunggakan iuran dapat dibayar melalui VA {va}. Informasi: Care Center 165, Pandawa WA {owa}. Nomor surat {reg}.
""",
    ),
]

# ---- call_note: call-centre notes and written-out calls
TEMPLATES += [
    T(
        "call_note",
        "electricity",
        """
Catatan call center 1708, {tgl} {jam}
Penelepon: [[n:{n1}]] ([[p:{hp1}]])
Keluhan: listrik padam sejak pagi di [[a:{rt1}]] Kel. {kel}. ID pelanggan {idpel}. Sudah lapor PLN 123, nomor {tiket}.
Tindak lanjut: diteruskan ke PLN ULP Kupang ({otel}).
""",
    ),
    T(
        "call_note",
        "electricity",
        """
Petugas: Selamat siang, Unit Pengaduan Kasih, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Sa mau lapor token listrik.
Petugas: ID pelanggan PLN?
Penelepon: {idpel08}.
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]], atas nama [[n:{n1}]].
""",
    ),
    T(
        "call_note",
        "water",
        """
Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: Nomor HP Bapak/Ibu?
Penelepon: [[p:{hps1}]]. Kalau sonde angkat, telp rumah [[p:{tr1}]].
""",
    ),
    T(
        "call_note",
        "health",
        """
{jam} | [[n:{n1}]] | [[p:{hpb1}]] | Anak demam, minta nomor ambulans. Diberi 119 dan IGD {rs} {otel}.
{jam2} | {pusk} | {owa} | Konfirmasi stok vaksin.
{jam3} | [[n:{n2}]] | [[p:{hpb2}]] | Kartu JKN [[bpjs:{bpjs2}]] tidak aktif.
""",
    ),
    T(
        "call_note",
        "courier_shop",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{hpd1}]]) mengadu paket {kurir} resi {resi} tertahan. Kurir yang pegang paket disebut [[n:{g2}]], HP [[p:{hp2}]]. Kantor cabang {kurir} Kupang {otel} sudah dihubungi, dijanjikan {tgl}.
""",
    ),
    T(
        "call_note",
        "banking_ewallet",
        """
Penelepon: Sa transfer ke VA {va} untuk bayar kuliah, tapi salah angka.
Petugas: Nomor referensinya?
Penelepon: {ref}.
Petugas: Baik, silakan hubungi bank {ccb}. Nama Bapak?
Penelepon: [[n:{n1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "call_note",
        "transport",
        """
Catatan: penelepon [[n:{n1}]], tinggal di [[a:{adr1}]], mengadu angkot nomor lambung {kecil}{kecil} plat [[pl:{pl1}]] menurunkan penumpang di tengah jalan. Sopir dikenal bernama [[n:{g2}]] ([[p:{hp2}]]). Nomor penelepon [[p:{hpi1}]].
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
Petugas: NIK Ibu?
Penelepon: [[nik:{nik1}]].
Petugas: Nomor KK?
Penelepon: [[kk:{kk1}]].
Petugas: Nomor antrian online?
Penelepon: {antri}, tanggal {tgl}.
Petugas: Baik Ibu [[n:{g1}]], nanti kami hubungi ke [[p:{hp1}]].
""",
        F=(1,),
    ),
    T(
        "call_note",
        "scams",
        """
Catatan call center {tgl}: penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor ditelepon nomor {scam} yang mengaku petugas PLN, minta transfer {rp} untuk ganti meter {meter}. Penelepon tidak transfer. Disarankan lapor 110.
""",
    ),
    T(
        "call_note",
        "health",
        """
Penelepon: Nomor kartu BPJS?
Petugas: Maksudnya?
Penelepon: Sa punya [[bpjs:{bpjs1}]], sa mau tanya kenapa faskes pindah ke {pusk}.
Petugas: Nama lengkap?
Penelepon: [[n:{n1}]]. Nomor HP [[p:{hpd1}]].
""",
    ),
    T(
        "call_note",
        "water",
        """
Log {tgl}
{jam} | Penelepon tidak sebut nama | {owa} | air keruh {kel}
{jam2} | [[n:{n1}]] | [[p:{hpb1}]] | meter {meter} hilang dicuri
{jam3} | Komite Sekolah {school} | {biz} | air sekolah mati
""",
    ),
    T(
        "call_note",
        "school_church",
        """
Catatan: penelepon Ibu [[n:{n1}]] ([[p:{hp1}]]) menanyakan dana PIP anaknya [[n:{g2}]], nomor rekening SimPel {bnk} [[b:{rek2}]]. Operator sekolah {school} ({otel}) belum memberi jawaban.
""",
    ),
    T(
        "call_note",
        "transport",
        """
Petugas: Nomor polisi kendaraan?
Penelepon: [[pl:{pl1}]]. Sa pung motor ditahan di parkiran {rs}, karcis {tiket}.
Petugas: Nomor HP?
Penelepon: [[p:{hpo1}]].
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
""",
    ),
    T(
        "call_note",
        "courier_shop",
        """
Catatan call center: penelepon [[n:{n1}]] (telp rumah [[p:{tr1}]]) mengadu {kios} menjual tabung gas kosong. Nomor toko {biz}. Nota {order}.
""",
    ),
    # without spans
    T(
        "call_note",
        "electricity",
        """
Rekap telepon {tgl}
PLN 123: {kecil} laporan
WA PLN {owa}: {kecil2} laporan
Telepon (0380) {otelr}: {kecil3} laporan
ID pelanggan terbanyak: {idpel}, {idpel2}
""",
    ),
    T(
        "call_note",
        "water",
        """
Petugas: Nomor sambungan?
Penelepon: {samb}.
Petugas: ID pelanggannya {pdam} ya? Nanti dicek teknisi.
Penelepon: Iya. Sa sonde mau kasih nama.
Petugas: Baik, nomor laporan {tiket}.
""",
    ),
    T(
        "call_note",
        "health",
        """
{jam} | Puskesmas {kel} | {otel} | minta nomor ambulans
{jam2} | RSUD | {owa} | info kamar kosong
{jam3} | penelepon tidak sebut nama | {scam} | tanya jadwal vaksin
""",
    ),
    T(
        "call_note",
        "electricity",
        """
Petugas: ID pelanggan PLN?
Penelepon: {idpel08}.
Petugas: Itu nomor meter atau nomor HP?
Penelepon: ID pelanggan, yang di struk. Nomor meter {meter}.
Petugas: Baik, laporan dicatat {tiket}.
""",
    ),
    T(
        "call_note",
        "transport",
        """
Catatan call center: laporan bus {bus} ugal-ugalan di {jl} jam {jam}. Nomor lambung {kecil}{kecil}. Pengaduan diteruskan ke Dishub ({otel}) dan kantor bus ({biz}).
""",
    ),
    T(
        "call_note",
        "scams",
        """
Catatan call center {tgl}: penelepon tidak sebut nama melaporkan nomor {scam} dan {scam2} mengaku petugas PDAM, minta pembayaran tunggakan lewat {wlt} {scam3}. Diteruskan ke Polresta.
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
Petugas: Nomor registrasi online?
Penelepon: {reg}.
Petugas: Nomor antrian?
Penelepon: {antri}.
Petugas: Silakan datang tanggal {tgl}, bawa bukti. Info {owa}.
""",
    ),
]

# ---- social_comments: comment threads under offices' and groups' posts
TEMPLATES += [
    T(
        "social_comments",
        "electricity",
        """
PLN UP3 Kupang · 2 j
Pemadaman bergilir {tgl} wilayah {kel}. Info 123.
Komentar:
[[n:{n1}]]: Sa pung ID pel {idpel} su 3 hari mati, lapor ke mana lagi?
PLN UP3 Kupang: Mohon DM ID pelanggan dan nomor HP kak
[[n:{n1}]]: Su DM, HP [[p:{hp1}]]
""",
    ),
    T(
        "social_comments",
        "water",
        """
Kupang Bersuara · Postingan
Air PDAM di {kel} mati 2 minggu, sapa yang bisa bantu?
[[n:{n1}]]: Pesan tangki saja kak, ke sa pung om [[n:{g2}]] [[p:{hp2}]], murah
Depot Air Segar Tirta: Kami juga antar kak, WA {biz}
[[n:{n3}]]: Hotline PDAM {otel} sonde pernah angkat 😤
""",
        M=(2,),
    ),
    T(
        "social_comments",
        "courier_shop",
        """
[[n:{n1}]]: Ada yang pernah kirim paket {kurir} hilang? Sa pung resi {resi}
[[n:{n2}]]: Sama kak, sa telp CS {otel} bilang tunggu
[[n:{n1}]]: @[[n:{n2}]] kurir di sini nama [[n:{g3}]] kak, nomornya [[p:{hp3}]], coba tanya dia
Counter Flobamora Cell: Kak kalau mau kirim lewat kami saja, WA {biz}
""",
    ),
    T(
        "social_comments",
        "transport",
        """
Info Lalu Lintas Kupang
Bemo plat [[pl:{pl1}]] tabrak lari di {jl} jam {jam}. Ada yang kenal?
[[n:{n1}]]: Itu sopirnya [[n:{n2}]], tinggal di [[a:{rt2}]] {kel}
[[n:{n3}]]: Lapor 110 saja atau WA Satlantas {owa}
""",
    ),
    T(
        "social_comments",
        "scams",
        """
[[n:{n1}]]: Awas e, nomor {scam} ngaku dari {bnk} minta kode OTP
[[n:{n2}]]: Sa juga dapat dari {scam2}
[[n:{n3}]]: Call center {bnk} resmi cuma {ccb}
[[n:{n1}]]: Kalau ada yang mau tanya, WA sa [[p:{hps1}]]
""",
    ),
    T(
        "social_comments",
        "health",
        """
{rs} · 5 j
Pendaftaran poli rawat jalan via WhatsApp {owa}, jam {jam}-{jam2}.
Komentar
[[n:{n1}]]: Sa su WA dari pagi sonde dibalas
[[n:{n2}]]: Sama. Sa pung mama [[n:{g3}]] pasien no RM {reg}, sampai sekarang belum dapat jadwal
[[n:{n1}]]: Kak @[[n:{n2}]] bisa WA sa [[p:{hp1}]] nanti kita pi sama-sama
""",
        F=(3,),
    ),
    T(
        "social_comments",
        "banking_ewallet",
        """
[[n:{n1}]]: Sapa yang mau titip beli token? Transfer ke {wlt} sa [[p:{hpb1}]], kirim ID pel nanti sa kirim token
[[n:{n2}]]: Kak ID pel {idpel} ee, {rp}
[[n:{n1}]]: Ok kak, token {token}
""",
    ),
    T(
        "social_comments",
        "school_church",
        """
{church}
Jadwal ibadah Natal anak {tgl} jam {jam}. Info sekretariat {otel}.
[[n:{n1}]]: Latihan vocal group hubungi Kak [[n:{g2}]] [[p:{hp2}]] ya adik-adik
[[n:{n3}]]: Amin 🙏
""",
    ),
    T(
        "social_comments",
        "civil_registry",
        """
Dukcapil Kota Kupang
Layanan KTP hari Sabtu di Mal Pelayanan Publik, antrian via WA {owa}.
[[n:{n1}]]: Sa su WA dapat nomor antrian {antri}, tapi sa pung NIK [[nik:{nik1}]] katanya sonde terdaftar
dukcapilkotakupang: Silakan DM kak
[[n:{n1}]]: Su DM. WA sa [[p:{hp1}]]
""",
    ),
    T(
        "social_comments",
        "electricity",
        """
Info Kupang Kota
Tiang listrik tumbang di {jl}
[[n:{n1}]]: Depan sa pung rumah [[a:{adr1}]] juga kabel putus
[[n:{n2}]]: Lapor PLN 123 kak, atau WA PLN {owa}
[[n:{n1}]]: Su lapor, no {tiket}
""",
    ),
    T(
        "social_comments",
        "courier_shop",
        """
[[n:{n1}]]: Jual HP second Oppo A57 mulus, imei {imei} aman, {rp}. COD {kel}. WA [[p:{hpd1}]]
[[n:{n2}]]: Masih kak?
[[n:{n1}]]: Masih kak, WA sa saja
""",
    ),
    T(
        "social_comments",
        "transport",
        """
[[n:{n1}]]: Ada yang tahu nomor travel ke Soe?
{bus}: Kami kak, WA {biz}, berangkat jam {jam}
[[n:{n2}]]: Sa biasa pakai Om [[n:{g3}]] kak, sopir sendiri, [[p:{hp3}]]
""",
        M=(3,),
    ),
    T(
        "social_comments",
        "health",
        """
[[n:{n1}]]: Mohon info nomor ambulans gratis kelurahan {kel}
[[n:{n2}]]: 119 kak, atau ambulans kelurahan {owa}
[[n:{n3}]]: Sa pung tetangga sopir ambulans desa, Om [[n:{g4}]] [[p:{hp4}]]
""",
        M=(4,),
    ),
    T(
        "social_comments",
        "water",
        """
Komentar [[n:{l1}]]: Meter air sa {meter} jalan terus padahal keran tutup, tagihan {rp}
Komentar [[n:{l2}]]: sama kak, sa telp {otel} disuruh datang kantor
Komentar kupang_info: DM kami kak
""",
    ),
    # without spans
    T(
        "social_comments",
        "electricity",
        """
PLN UP3 Kupang
Gangguan di {kel} sudah pulih {jam}.
kupang_bersuara: ID pel {idpel} masih padam min
PLN UP3 Kupang: Mohon lapor via PLN Mobile atau 123, sertakan ID pelanggan
kupang_bersuara: su lapor no {tiket}
""",
    ),
    T(
        "social_comments",
        "water",
        """
PDAM Kota Kupang
Jadwal distribusi air {kel}: Senin, Rabu, Jumat jam {jam}-{jam2}.
Depot Air Segar Tirta: Kami siap antar air galon kak, WA {biz}
Laundry Bersih Sekali: Kami buka {jam}, WA {biz2}
PDAM Kota Kupang: Pengaduan WA center {owa}
""",
    ),
    T(
        "social_comments",
        "scams",
        """
Polresta Kupang Kota
Waspada penipuan mengatasnamakan kurir {kurir}! Nomor {scam} dan {scam2} kirim file .apk
netizen_kpg: sa dapat juga dari {scam3}
Polresta Kupang Kota: Laporkan ke SPKT {owa} atau 110
""",
    ),
    T(
        "social_comments",
        "courier_shop",
        """
Toko Elektronik Lontar
Promo TV LED 32" {rp}! Alamat {jlno}. WA {biz}
Counter Flobamora Cell: mantap
toko_mas_kupang: info cicilan kak?
Toko Elektronik Lontar: Bisa kak, rekening toko {bnk} {rekb}
""",
    ),
    T(
        "social_comments",
        "transport",
        """
Dishub Kota Kupang
Bus trans kota rute {kel}-{kel2} mulai {tgl}. Tarif {rp}. Info {owa}
bemo_kupang_lovers: jam berapa kak?
Dishub Kota Kupang: Setiap {jam}, call center {otel}
""",
    ),
    T(
        "social_comments",
        "health",
        """
{pusk}
Imunisasi campak {tgl} jam {jam}. Daftar WA {owa}
Posyandu Melati: kader siap kak
{pusk}: UGD 24 jam {otel}
""",
    ),
    T(
        "social_comments",
        "school_church",
        """
{school}
PPDB jalur zonasi dibuka {tgl}. Helpdesk {owa} / {owa2}. Nomor registrasi akan dikirim via SMS.
ppdb_kupang: link daftar?
{school}: Cek bio kak, atau telp TU {otel}
""",
    ),
]

# ---- receipt_paste: receipts, slips and screens pasted into complaints
TEMPLATES += [
    T(
        "receipt_paste",
        "electricity",
        """
Sa beli token tapi sonde masuk. Ini struknya:
STRUK PEMBELIAN LISTRIK PRABAYAR
IDPEL : {idpel}
NO METER : {meter}
NAMA : [[n:{N1}]]
TARIF/DAYA : R1/900 VA
RP BAYAR : {rp}
STROOM/TOKEN : {token}
JML KWH : {kwh}
REF : {ref}
Kalau ada info tolong WA [[p:{hp1}]]
""",
    ),
    T(
        "receipt_paste",
        "water",
        """
REKENING AIR PDAM
No. Sambungan : {samb}
Nama : [[n:{N1}]]
Alamat : [[a:{ADR1}]]
Periode : {tgl}
Pemakaian : {kecil}{kecil} m3
Total : {rp}
Keluhan: tagihan naik padahal air mati 2 minggu. HP [[p:{hp1}]]
""",
    ),
    T(
        "receipt_paste",
        "courier_shop",
        """
RESI {kurir}
No. Resi : {resi}
Pengirim : [[n:{N2}]] / [[p:{hpb2}]]
Penerima : [[n:{N1}]] / [[p:{hpb1}]]
Alamat : [[a:{ADR1}]], {KEL}
Berat : {kecil} kg  Ongkir : {rp}
Paket ini sudah 10 hari belum sampai. CS {kurir} {otel} sonde bisa dihubungi.
""",
    ),
    T(
        "receipt_paste",
        "banking_ewallet",
        """
BUKTI TRANSFER
Tanggal : {tgl} {jam}
Dari : [[n:{N1}]]
Rek. Asal : [[b:{rek1}]]
Ke : [[n:{N2}]]
Bank Tujuan : {BANK2}
Rek. Tujuan : [[b:{rek2}]]
Jumlah : {rp}
No. Ref : {ref}
Penjual [[n:{n2}]] ([[p:{hp2}]]) tidak kirim barang. Mohon ditindak.
""",
    ),
    T(
        "receipt_paste",
        "transport",
        """
E-TIKET {BUS}
Kode Booking : {order}
Penumpang : [[n:{N1}]]
No. HP : [[p:{hp1}]]
Kursi : {seat}
Berangkat : {tgl} {jam}
Harga : {rp}
Bus tidak jalan dan tidak ada pengembalian uang.
""",
    ),
    T(
        "receipt_paste",
        "health",
        """
KWITANSI
{RS}
No. Kwitansi : {order}
Telah terima dari : [[n:{N1}]]
Untuk pembayaran : biaya rawat jalan pasien [[n:{N2}]], No. RM {reg}
Jumlah : {rp}
Padahal pasien punya KIS no [[bpjs:{bpjs2}]]. Kenapa disuruh bayar? Hubungi sa [[p:{hp1}]]
""",
    ),
    T(
        "receipt_paste",
        "banking_ewallet",
        """
Transaksi Berhasil
{WLT}
Kirim Uang ke [[n:{N2}]]
[[p:{hp2}]]
Jumlah {rp}
ID Transaksi {ref}
{tgl} {jam}
Sa salah kirim, ini nomor sa pung tetangga [[n:{g2}]], dia sonde mau kembalikan.
""",
    ),
    T(
        "receipt_paste",
        "courier_shop",
        """
NOTA {ELEK}
No : {order}
Tgl : {tgl}
Pembeli : [[n:{N1}]]
HP : [[p:{hp1}]]
1 x Rice cooker  {rp}
Garansi SN {sn}
Telp Toko : {biz}
Barang rusak 2 hari, toko tolak garansi.
""",
    ),
    T(
        "receipt_paste",
        "civil_registry",
        """
BUKTI PENGAMBILAN ANTRIAN
DISDUKCAPIL KOTA KUPANG
No. Antrian : {antri}
Layanan : Perubahan KK
NIK : [[nik:{nik1}]]
Nama : [[n:{N1}]]
No. HP : [[p:{hpb1}]]
Tgl : {tgl}
Sudah datang 3 kali, dibilang server gangguan.
""",
    ),
    T(
        "receipt_paste",
        "electricity",
        """
BUKTI PEMBAYARAN TAGIHAN LISTRIK
IDPEL : {idpel}
NAMA : [[n:{N1}]]
BL/TH : {tgl}
STAND METER : {pdam}-{pdam2}
RP TAG PLN : {rp}
NO REF : {ref}
Meteran sa rusak tapi ditagih terus. WA [[p:{hpd1}]]
""",
    ),
    T(
        "receipt_paste",
        "transport",
        """
SURAT TILANG (BLANKO BIRU)
No. Reg : {tiket}
Nama : [[n:{N1}]]
Alamat : [[a:{ADR1}]]
No. Pol : [[pl:{pl1}]]
Titipan denda via BRIVA {va}
Sudah bayar {rp}, SIM belum dikembalikan. HP [[p:{hp1}]]
""",
    ),
    T(
        "receipt_paste",
        "banking_ewallet",
        """
STRUK ATM {BNK}
TGL {tgl}  JAM {jam}
NO KARTU {etoll}
TRANSFER KE REK [[b:{rek2}]]
NAMA [[n:{N2}]]
JUMLAH {rp}
NO REF {ref}
Uang sonde masuk ke sa pung ade [[n:{g2}]]. Sa pung HP [[p:{hp1}]]
""",
    ),
    T(
        "receipt_paste",
        "school_church",
        """
KWITANSI KOMITE
{SCHOOL}
Terima dari : [[n:{N1}]] (orang tua [[n:{N2}]])
Kelas : {kecil}
Untuk : uang pembangunan
Jumlah : {rp}
No : {order}
Kwitansi tanpa cap. Bendahara minta transfer ke rekening pribadi. Ortu [[p:{hp1}]]
""",
    ),
    T(
        "receipt_paste",
        "courier_shop",
        """
PESANAN SELESAI
No. Pesanan {order}
Penjual: toko_oebufu_official
Penerima: [[n:{n1}]] ([[p:{hpj1}]])
[[a:{adr1}]], {kel}
Total {rp}
Barang yang datang beda. Chat penjual tidak dibalas.
""",
    ),
    # without spans
    T(
        "receipt_paste",
        "electricity",
        """
STRUK PEMBELIAN LISTRIK PRABAYAR
IDPEL : {idpel}
NO METER : {meter}
TARIF/DAYA : R1/1300 VA
RP BAYAR : {rp}
STROOM/TOKEN : {token}
REF : {ref}
Informasi Hubungi Call Center 123
Token ini gagal, sudah lapor.
""",
    ),
    T(
        "receipt_paste",
        "water",
        """
BUKTI BAYAR PDAM
No. Pel : {pdam}
No. Samb : {samb}
Periode : {tgl}
Total : {rp}
Kode Bayar : {va}
Loket : Kantor Pos {kel}
Pengaduan PDAM {otel}
""",
    ),
    T(
        "receipt_paste",
        "courier_shop",
        """
{COUNTER}
{JLNO}
Telp/WA {biz}
NPWP {npwpx}
No. {order}  Kasir 02
Voucher pulsa {op} SN {voucher}  {rp}
Terima kasih
(voucher tidak bisa diisi, toko bilang bukan urusan mereka)
""",
    ),
    T(
        "receipt_paste",
        "banking_ewallet",
        """
Top Up Berhasil
{WLT}
Ke: VA {va}
Nominal: {rp}
Biaya admin: Rp 1.000
ID Transaksi: {ref}
{tgl} {jam}
Saldo tidak masuk. CS {wlt} di 1500 445 tidak bisa.
""",
    ),
    T(
        "receipt_paste",
        "transport",
        """
KARCIS PARKIR {RS}
No. {tiket}
Masuk {tgl} {jam}
Kartu e-money {etoll}
Tarif {rp}
Pengelola: CV Parkir Jaya, Telp {otel}
Saldo terpotong dua kali.
""",
    ),
    T(
        "receipt_paste",
        "health",
        """
TANDA TERIMA OBAT
{PUSK}
No. Resep {order}
No. Antrian Apotek {antri}
Tanggal {tgl}
Obat kosong: 2 item
Info Apotek WA {owa}
""",
    ),
    T(
        "receipt_paste",
        "school_church",
        """
TANDA TERIMA PERSEMBAHAN
{CHURCH}
No. {order}
Tanggal {tgl}
Jumlah {rp}
Rek. Majelis Jemaat {bnk} {rekb}
Sekretariat {otel}
""",
    ),
]

# ---- letter: letters to the Wali Kota, offices and the Ombudsman
TEMPLATES += [
    T(
        "letter",
        "electricity",
        """
Kupang, {tgl}
Kepada Yth. Bapak Wali Kota Kupang
di Tempat

Dengan hormat, saya yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
Alamat : [[a:{adrt1}]], Kel. {kel}
No. HP : [[p:{hp1}]]
mengadukan pemasangan tiang listrik baru di halaman rumah saya tanpa izin. Petugas PLN menyebut nomor SPK {reg}. Kantor PLN ULP ({otel}) tidak memberi penjelasan.

Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "letter",
        "water",
        """
Perihal: Keberatan tagihan PDAM
Lampiran: 2 lembar

Yth. Direktur PDAM Tirta Lontar
Saya, [[n:{n1}]], pelanggan nomor {pdam} (sambungan {samb}), keberatan atas tagihan {rp} bulan {tgl}. Meter air saya nomor {meter} sudah rusak sejak lama dan sudah saya laporkan dengan nomor {tiket}.
Mohon jawaban melalui [[p:{hpd1}]] atau surat ke [[a:{adr1}]].

Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "letter",
        "health",
        """
Kepada Yth. Kepala Dinas Kesehatan Kota Kupang
Dengan hormat,
Saya [[n:{n1}]], NIK [[nik:{nik1}]], istri dari pasien [[n:{n2}]] (peserta JKN [[bpjs:{bpjs2}]]), menyampaikan keluhan atas pelayanan {rs} tanggal {tgl}. Suami saya menunggu di IGD sejak jam {jam}. Nomor informasi rumah sakit {otel} tidak aktif.
Nomor yang dapat dihubungi: [[p:{hp1}]].
Hormat saya,
[[n:{n1}]]
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "letter",
        "school_church",
        """
SURAT PERNYATAAN
Yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
Pekerjaan : Petani
Alamat : [[a:{rt1}]] Kel. {kel}
Telp : [[p:{hps1}]]
orang tua dari [[n:{n2}]], siswa {school} NISN 0{pdam}, menyatakan tidak mampu membayar uang gedung {rp}.
Kupang, {tgl}
[[n:{n1}]]
""",
    ),
    T(
        "letter",
        "civil_registry",
        """
SURAT KUASA
Saya: [[n:{n1}]], NIK [[nik:{nik1}]], HP [[p:{hp1}]]
memberi kuasa kepada: [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]]
untuk mengurus perubahan KK nomor [[kk:{kk1}]] di Dinas Dukcapil Kota Kupang (nomor registrasi online {reg}).
Kupang, {tgl}
""",
    ),
    T(
        "letter",
        "transport",
        """
Kepada Yth. Kepala Dinas Perhubungan Kota Kupang
Perihal: Pengaduan tarif angkot

Kami, pengguna angkot jalur {kel}, mengadukan tarif {rp} yang ditarik sopir. Koordinator kami [[n:{n1}]], HP [[p:{hp1}]], [[a:{adr1}]]. Pengaduan ke WA Dishub {owa} sudah kami kirim pada {tgl}, tiket {tiket}.
""",
    ),
    T(
        "letter",
        "courier_shop",
        """
Kepada Yth. Kepala Dinas Perindag Kota Kupang
Saya [[n:{n1}]], pedagang kios di Pasar Oebobo, melaporkan timbangan pemasok gula UD Manis Timor tidak sesuai. Nota {order}, {rp}. Nomor kantor pemasok {biz}. Saya dapat dihubungi di [[p:{hpb1}]] atau rumah [[p:{tr1}]].
""",
    ),
    T(
        "letter",
        "banking_ewallet",
        """
Kepada Yth. Pimpinan {bnk} Cabang Kupang
Saya [[n:{n1}]], nasabah dengan rekening [[b:{rek1}]], melaporkan pemotongan saldo {rp} pada {tgl} dengan nomor referensi {ref}. Saya sudah menghubungi call center {ccb} dengan nomor laporan {tiket}.
Hormat saya, [[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "letter",
        "electricity",
        """
BERITA ACARA PEMERIKSAAN METER
Pada hari ini {tgl}, petugas PLN memeriksa meter nomor {meter}, ID pelanggan {idpel}, milik:
Nama : [[n:{N1}]]
Alamat : [[a:{ADRT1}]]
Telp : [[p:{hp1}]]
Hasil: segel rusak. Denda {rp}.
Pelanggan keberatan karena segel dirusak orang lain.
""",
    ),
    T(
        "letter",
        "health",
        """
SURAT KETERANGAN
{PUSK}
{JLNO}, Telp. {otel}
Yang bertanda tangan menerangkan bahwa:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. BPJS : [[bpjs:{bpjs1}]]
Alamat : [[a:{rt1}]] Kel. {kel}
benar berobat pada {tgl}.
""",
    ),
    T(
        "letter",
        "scams",
        """
Kepada Yth. Kapolresta Kupang Kota
Saya [[n:{n1}]], beralamat di [[a:{adr1}]], melaporkan penipuan. Pada {tgl} saya ditelepon nomor [[p:{hp2}]] yang mengaku dari {bnk}. Saya diminta transfer ke rekening [[b:{rek2}]] atas nama [[n:{n2}]]. Kerugian {rp}. Nomor HP saya [[p:{hpi1}]].
""",
    ),
    T(
        "letter",
        "water",
        """
SURAT PERMOHONAN SAMBUNGAN BARU
Nama Pemohon : [[n:{n1}]]
NIK : [[nik:{niks1}]]
Alamat Pemasangan : [[a:{adr1}]]
No. Telp/HP : [[p:{hp1}]]
No. pelanggan tetangga terdekat : {pdam}
Biaya dibayar via VA {va}
""",
    ),
    T(
        "letter",
        "school_church",
        """
Kepada Yth. Ketua Majelis {church}
Saya [[n:{n1}]], anggota jemaat rayon {kecil}, mohon bantuan diakonia untuk biaya sekolah anak saya [[n:{n2}]]. Rekening saya {bank1} [[b:{rek1}]]. HP [[p:{hp1}]].
Sekretariat gereja {otel} sudah saya hubungi.
""",
    ),
    T(
        "letter",
        "civil_registry",
        """
SURAT KETERANGAN PINDAH
Nomor: 470/{ns}/KEL/{thn}
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Alamat Asal : [[a:{ADRT1}]]
Kontak : [[p:{hp1}]]
""",
    ),
    # without spans
    T(
        "letter",
        "electricity",
        """
PT PLN (PERSERO) UP3 KUPANG
{JLNO} Telp. {otel} Fax. {fax}
Nomor: {ns}/PLN/UP3/{thn}
Perihal: Pemeliharaan jaringan
Pemadaman pada {tgl} pukul {jam}-{jam2} di {kel}. Info: 123 atau WA {owa}.
""",
    ),
    T(
        "letter",
        "water",
        """
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
Jl. Kelapa Lima No. 2, Telp. {otel}
Nomor: 690/{kecil}{kecil}/PDAM/{thn}
Pemberitahuan: penggantian meter air untuk pelanggan nomor {pdam} sampai {pdam2}. Pengaduan: {owa}.
""",
    ),
    T(
        "letter",
        "health",
        """
DINAS KESEHATAN KOTA KUPANG
{JLNO}, Telp. {otel}, WA Pengaduan {owa}
Surat Edaran Nomor: 440/{ns}/DINKES/{thn}
Seluruh puskesmas wajib melayani pasien JKN. Call center ambulans 119.
""",
    ),
    T(
        "letter",
        "school_church",
        """
SINODE GMIT
Jl. Perintis Kemerdekaan I, Kupang, Telp. {otel}
Nomor: {kecil}{kecil}/SINODE/{thn}
Persembahan bencana dikirim ke rekening Sinode {bnk} {rekb}. Konfirmasi sekretariat {owa}.
""",
    ),
    T(
        "letter",
        "transport",
        """
DINAS PERHUBUNGAN KOTA KUPANG
{JLNO}, Telp. {otel}
Nomor: 551/{ns}/DISHUB/{thn}
Tarif angkot dalam kota {rp}. Pengaduan: WA {owa}, call center 1708.
""",
    ),
    T(
        "letter",
        "banking_ewallet",
        """
BANK NTT KANTOR CABANG UTAMA
Jl. W.J. Lalamentik No. 102, Telp. {otel}
Nomor: {ns}/KCU/{thn}
Pembayaran PBB dapat melalui VA {va}. Kode billing {ref}. Call center {ccb}.
""",
    ),
    T(
        "letter",
        "civil_registry",
        """
KELURAHAN {KEL}
Jl. Amabi No. 12, Telp. {otel}
Nomor: 474/{ns}/KEL/{thn}
Pelayanan akta dan KK hari Senin-Kamis {jam}-{jam2}. Antrian online WA {owa}.
""",
    ),
]

# ---- kupang_malay: complaints and messages in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "electricity",
        """
Selamat siang bapa ibu. Beta pung listrik su tiga hari mati hidup. Beta su telpon PLN 123 ma dong cuma bilang tunggu. ID pel beta {idpel}, meter {meter}. Kalo petugas mau datang, telpon beta [[p:{hp1}]]. Beta [[n:{n1}]] di [[a:{rt1}]] {kel}.
""",
    ),
    T(
        "kupang_malay",
        "water",
        """
Ini air PDAM sonde pernah jalan di katong pung RT. Beta su WA dong pung nomor {owa} ma cuma baca sa. Akhirnya beli air tangki di Om [[n:{g2}]] [[p:{hp2}]], satu tangki {rp}. Beta [[n:{g1}]], [[p:{hpb1}]].
""",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "courier_shop",
        """
Beta pung paket dari Jawa su dua minggu sonde sampe. Resi {resi}. Kurir di sini, nyong [[n:{g2}]], nomor [[p:{hp2}]], bilang paket ada di gudang {kurir}. Kantor {kurir} pung telpon {otel} sonde angkat. Tolong bantu e. [[n:{n1}]]
""",
    ),
    T(
        "kupang_malay",
        "transport",
        """
Sopir bemo jalur {kel} tu suka tarik ongkos {rp} padahal aturan sonde begitu. Bemo plat [[pl:{pl1}]], sopir nama [[n:{g2}]]. Beta su lapor ke Dishub pung WA {owa}. Beta pung nomor [[p:{hpd1}]].
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Beta pung mama [[n:{n2}]] sakit gula, kartu KIS [[bpjs:{bpjs2}]]. Di {pusk} dong bilang obat habis, suru beli sandiri {rp}. Beta telpon puskesmas pung nomor {otel} sonde ada yang angkat. Beta [[n:{n1}]], WA [[p:{hp1}]].
""",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "banking_ewallet",
        """
Beta su transfer {rp} ko bayar motor ke {wlt} [[p:{hp2}]], dia nama [[n:{n2}]]. Abis itu dia blokir beta. Beta pung nomor [[p:{hp1}]]. ID transaksi {ref}.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Beta pung KTP su rekam dari {tgl} ma sampe sekarang belum jadi. NIK beta [[nik:{nik1}]]. Dukcapil pung WA {owa} bilang blanko habis. Beta pung anak [[n:{g2}]] mau daftar kuliah, butuh KK. Tolong e. [[n:{n1}]] [[p:{hp1}]]
""",
    ),
    T(
        "kupang_malay",
        "school_church",
        """
{school} minta katong bayar {rp} untuk perpisahan. Sapa sonde bayar, rapor ditahan. Beta su telpon TU {otel} dong bilang itu komite pung keputusan. Beta [[n:{n1}]], mama dari [[n:{g2}]], HP [[p:{hps1}]].
""",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "scams",
        """
Tadi ada yang telpon beta pake nomor [[p:{hp2}]], bilang dia dari PLN, suru bayar {rp} ko ganti meter. Beta tanya dia nama sapa, dia bilang nama [[n:{n2}]]. Beta sonde kasih. Beta [[n:{n1}]], nomor beta [[p:{hp1}]].
""",
    ),
    T(
        "kupang_malay",
        "electricity",
        """
Beta pung tetangga, Om [[n:{g2}]], ambil listrik dari beta pung meter {meter}. Token beta cepat habis, {kwh} kWh satu minggu. Beta su omong baik-baik ma dia marah. Beta [[n:{n1}]], [[a:{adr1}]]. HP [[p:{hpt1}]].
""",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "courier_shop",
        """
Beta jual kue kering untuk Natal, satu toples {rp}. Sapa mau pesan WA beta sa [[p:{hpd1}]] atau datang di [[a:{adr1}]]. Bisa bayar {wlt} ke nomor yang sama. - [[n:{g1}]]
""",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "transport",
        """
Kemarin beta naik {bus} dari Soe, beta pung tas hilang di bagasi. Kondektur nama [[n:{g2}]] kasi nomor [[p:{hp2}]], ma sekarang sonde aktif. Kantor bus pung nomor {otel} bilang bukan dong pung urusan. Beta [[n:{n1}]].
""",
    ),
    T(
        "kupang_malay",
        "water",
        """
Bapa lurah, beta pung rumah di [[a:{adrt1}]] su satu bulan sonde dapa air. Beta pung nomor pelanggan {pdam}. Beta bayar terus {rp} tiap bulan. Tolong e. [[n:{n1}]] [[p:{hpk1}]]
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Beta pung bapa [[n:{n2}]] mau cuci darah di {rs}, ma antrian no {antri} baru bisa bulan depan. Beta telpon {otel} dong bilang penuh. Beta pung nomor [[p:{hp1}]], beta pung kaka [[n:{g3}]] [[p:{hp3}]]. Tolong bantu.
""",
        M=(2,),
    ),
    # without spans
    T(
        "kupang_malay",
        "electricity",
        """
Lampu jalan di {jl} su mati satu bulan. Beta su lapor PLN 123, dong kasi nomor laporan {tiket}. Katong pung anak-anak pulang les malam takut. Tolong Pak Wali.
""",
    ),
    T(
        "kupang_malay",
        "water",
        """
PDAM pung hotline {otel} deng WA {owa} dua-dua sonde ada yang angkat. Air su mati dari {tgl}. Katong bayar tiap bulan, nomor pelanggan {pdam}.
""",
    ),
    T(
        "kupang_malay",
        "scams",
        """
Bapa mama e, hati-hati. Ada nomor {scam} WA bilang katong menang undian {op}, suru transfer {rp} ke {wlt} {scam2}. Itu tipu-tipu. {op} pung call center cuma 188.
""",
    ),
    T(
        "kupang_malay",
        "transport",
        """
Katong pung bemo jalur {kel} sonde lewat lai setelah jam {jam}. Dishub pung WA {owa} sonde balas. Ongkos naik jadi {rp}.
""",
    ),
    T(
        "kupang_malay",
        "courier_shop",
        """
Itu {kios} jual gas 3 kilo {rp}, padahal HET {rp2}. Toko pung nomor {biz}. Beta ada simpan nota nomor {order}.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Dukcapil pung antrian panjang sampe jalan. Beta dapa nomor {antri} dari jam {jam}. Dong pung WA {owa} bilang online, ma sonde bisa. Tolong Pak Wali.
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Ambulans 119 beta telpon sonde masuk, akhirnya beta pake oto tetangga. IGD {rs} pung nomor {otel} juga sibuk. Beta pung anak pung nomor RM {reg}.
""",
    ),
]

# ---- more, across the styles: radio lines, SMS gateways, officials' own mobiles, split numbers
TEMPLATES += [
    T(
        "sms_caps",
        "school_church",
        """
KOTKUPANG SY DENGAR DI {RADIO} LINE REQUEST {otel} / SMS {owa}, KATANYA ADA BEASISWA DR PEMKOT. BENAR? KALAU BENAR HUB SY [[n:{n1}]] [[p:{hpo1}]]
""",
        U=True,
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang sy dpt sms dr 1708 blg laporan sy {tiket} selesai, pdhl blm. petugas dinkes a.n. [[n:{l2}]] yg kasih no pribadi [[p:{hp2}]] jg tdk angkat. sy [[n:{lg1}]] [[p:{hpu1}]]
""",
    ),
    T(
        "wa_forward",
        "electricity",
        """
[{tgl} {jam}] [[n:{n1}]]: Ini nomor petugas PLN yang datang tadi, bukan nomor kantor tapi nomor pribadi pegawai: [[p:{hp2}]], namanya [[n:{n2}]]
[{tgl} {jam2}] [[n:{n3}]]: Sa simpan. Kantor ULP {otel} memang susah
""",
    ),
    T(
        "web_form",
        "courier_shop",
        """
Nama: [[n:{n1}]]
HP: [[p:{hpn1}]]
Isi: Saya beli HP di counter {kel}, IMEI {imei} dan {imei2} tidak terdaftar. Pemilik counter [[n:{n2}]] ([[p:{hp2}]]) bilang urusan {op}. Nota {order}.
""",
    ),
    T(
        "email",
        "transport",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan@kupangkota.go.id

Taksi bandara dengan nomor lambung {kecil}{kecil}{kecil} menarik {rp} untuk jarak dekat. Nomor pool taksi {otel}. Sopir memberi kartu nama [[n:{n2}]], HP [[p:{hp2}]] / [[p:{hp3}]]. Saya bisa dihubungi di [[p:{hpis1}]].
""",
    ),
    T(
        "call_note",
        "school_church",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{hp1}]]) menanyakan jadwal baptis di {church}. Kantor gereja {otel} tutup. Diberi nomor pendeta jemaat, Pdt. [[n:{n2}]], [[p:{hp2}]], atas izin beliau.
""",
    ),
    T(
        "social_comments",
        "banking_ewallet",
        """
[[n:{n1}]]: Sapa kehilangan dompet di Pasar Inpres? Ada KTP a.n. [[n:{n2}]], kartu ATM {etoll}, SIM. Hubungi sa [[p:{hp1}]]
[[n:{n3}]]: Itu sa pung om kak! Nomor om [[p:{hp2}]]
""",
        M=(2,),
    ),
    T(
        "receipt_paste",
        "courier_shop",
        """
STRUK PENGIRIMAN {KURIR}
No. Resi: {resi}
Pengirim: [[n:{N1}]] [[p:{hpb1}]]
Penerima: KANTOR DINAS SOSIAL KOTA KUPANG {otel}
Isi: dokumen
Biaya: {rp}
Dokumen sa belum diterima Dinsos sampe sekarang.
""",
    ),
    T(
        "letter",
        "scams",
        """
Kepada Yth. Kepala Unit Pengaduan Kasih
Saya [[n:{n1}]] ([[p:{hp1}]]) melaporkan akun FB yang memakai foto saya dan nomor {scam} untuk pinjam uang atas nama saya. Nomor HP saya yang sebenarnya hanya [[p:{hp1}]]. Mohon diumumkan.
""",
    ),
    T(
        "kupang_malay",
        "banking_ewallet",
        """
Beta mau bayar arisan ke Tanta [[n:{g2}]], dia pung DANA [[p:{hp2}]]. Ma beta pung saldo DANA [[p:{hp1}]] kepotong dua kali, {rp}. CS DANA sonde balas. Beta [[n:{n1}]].
""",
        F=(2,),
    ),
    # without spans
    T(
        "sms_lower",
        "school_church",
        """
kotkupang {radio} line request {otel} dan sms {owa} dipakai untuk iklan pinjol. tolong kominfo cek. jam {jam} tiap hari
""",
    ),
    T(
        "wa_forward",
        "scams",
        """
*Diteruskan*
Info dari {bnk}: Nomor {scam} yang beredar bukan nomor resmi {bnk}. Call center resmi {ccb}. Jangan berikan kode OTP, PIN atau nomor kartu {etoll}.
""",
    ),
    T(
        "email",
        "courier_shop",
        """
From: {kurir} Customer Care <cs.kupang@ekspedisi.co.id>
To: pengaduan@kupangkota.go.id

Paket resi {resi} dan {resi2} sudah kami kirim ulang {tgl}. Hubungi kantor {kurir} Kupang {otel} atau WA {biz}.
""",
    ),
    T(
        "call_note",
        "banking_ewallet",
        """
Petugas: Nomor VA-nya?
Penelepon: {va}.
Petugas: Nomor referensi transfer?
Penelepon: {ref}.
Petugas: Baik, hubungi bank {ccb}, laporan kami {tiket}.
""",
    ),
]


if __name__ == "__main__":
    main()
