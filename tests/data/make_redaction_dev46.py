# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev46.jsonl: whose mailbox is it, e-mail in every channel.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{em1}``, ``{hp1}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev46.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled ``@`` token and run of capitalised
words with the forty characters before it.
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

SEED = 20261246
OUT = Path(__file__).with_name("redaction_dev46.jsonl")

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
    "mail_header",
    "mail_reply",
    "web_form",
    "sms_caps",
    "sms_lower",
    "wa_chat",
    "notice_poster",
    "ocr_letter",
    "kupang_malay",
    "social_post",
)
THEMES = (
    "social_aid",
    "health",
    "education",
    "civil_registry",
    "utilities",
    "security_scams",
    "jobs_recruitment",
    "church_community",
    "permits_business",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "email": 150,
    "name": 300,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "dr", "drs", "pdt", "pastor", "romo",
    "suster", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa",
    "nona", "kak", "kaka", "adik", "ade", "bripka", "aiptu", "yth", "saudara", "saudari", "ketua",
    "kepala", "petugas", "pendamping", "admin", "kepsek", "penatua", "diaken", "ns", "ir", "pnt", "sr", "ka", "kk",
}  # fmt: skip
GIVEN_M = (
    "Yeremias", "Fransiskus", "Marthen", "Obed", "Gerson", "Semuel", "Ferdinandus", "Yulius",
    "Kornelis", "Petrus", "Zakarias", "Agustinus", "Ruben", "Elias", "Nikolaus", "Godlief",
    "Melkianus", "Yosua", "Adrianus", "Benediktus", "Imanuel", "Stefanus", "Markus", "Hendrikus",
    "Yunus", "Arnoldus", "Lukas", "Wilhelmus", "Efraim", "Simson", "Rikardus", "Teodorus",
    "Klemens", "Alfred", "Jitro", "Rony", "Erwin", "Ardi", "Hiskia", "Nehemia", "Ishak", "Tobias",
    "Silvester", "Frengki", "Oktavianus", "Roberth", "Jekson", "Marianus", "Apolonius", "Yakobus",
    "Ansel", "Habel", "Rudolf", "Kasimirus", "Gregorius", "Mikael", "Yordan", "Aldo",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Margaretha", "Dorkas", "Ester", "Ribka", "Agustina", "Naomi", "Febronia",
    "Yasinta", "Katarina", "Veronika", "Fransiska", "Kristina", "Marselina", "Oktovina", "Yohana",
    "Debora", "Selfina", "Irene", "Lusia", "Apriana", "Elfrida", "Meliana", "Rosalinda",
    "Theresia", "Mariana", "Novita", "Serlin", "Delfi", "Imelda", "Orpa", "Rahel", "Susana",
    "Hermina", "Priska", "Wilhelmina", "Yublina", "Magdalena", "Adelina", "Sherly", "Vinsensia",
    "Martha", "Elisabet", "Yosefina", "Ance", "Olivia", "Anggreini", "Merlin", "Jeni", "Kornelia",
)  # fmt: skip
FAMILY = (
    "Haning", "Kolo", "Lenggu", "Saudale", "Ndoen", "Messakh", "Adoe", "Bire", "Dethan", "Kana",
    "Foenay", "Sabaat", "Boimau", "Kapitan", "Sinlae", "Nalle", "Pello", "Ully", "Kiuk",
    "Nubatonis", "Taneo", "Lakapu", "Nope", "Banunaek", "Oematan", "Tnesi", "Selan", "Kause",
    "Neolaka", "Seran", "Nahak", "Bria", "Luan", "Atok", "Tafui", "Dimu", "Rohi", "Djami", "Radja",
    "Tualaka", "Kaesmetan", "Naisoko", "Amtiran", "Nitbani", "Liufeto", "Tapatab", "Mbatu",
    "Manoe", "Soli", "Koreh", "Lalang", "Tanaem", "Feoh", "Bolla", "Rohi Bana", "Dima Lado",
    "Wadu", "Hurek", "Pandie", "Mella", "Ndolu", "Zacharias", "Funay",
)  # fmt: skip
NICK = ("Ose", "Ince", "Ito", "Eta", "Bobi", "Ani", "Ocha", "Tole", "Ima", "Iko", "Uci", "Deni")
FREE_HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
    "rocketmail.com", "outlook.com", "hotmail.com", "icloud.com",
)  # fmt: skip
WORK_HOSTS = (
    "kupangkota.go.id", "nttprov.go.id", "kupangkab.go.id", "staf.undana.ac.id", "bankntt.co.id",
    "politeknikkupang.ac.id",
)  # fmt: skip
KELURAHAN = (
    "Oesapa", "Oepura", "Liliba", "Naikoten I", "Fatululi", "Kayu Putih", "Sikumana", "Bakunase",
    "Naimata", "Penfui", "Kolhua", "Namosain", "Fatubesi", "Airnona", "Nefonaek", "Oetete",
    "Manulai II", "Lasiana", "Fontein", "Nunbaun Sabu", "Pasir Panjang", "Oebufu", "Fatukoa",
    "Batuplat", "Maulafa", "Naioni", "Manutapen", "Mantasi", "Kuanino", "Oeba", "Airmata",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Bakti Karang", "Jl. Sam Ratulangi", "Jl. Bumi Indah", "Jl. Taebenu", "Jl. Pukuafu",
    "Jl. Manafe", "Jl. Kejora", "Jl. Rambutan", "Jl. Flamboyan", "Jl. Oekam", "Jl. Belimbing",
    "Jl. Kampung Baru", "Jalan Kuda Laut", "Gg. Seroja", "Gg. Lontar", "Jl. Bajawa", "Jl. Oepoi",
    "Jl. Kartika Bhakti", "Jl. Cemara", "Jl. Durian", "Gg. Sehati", "Jl. Mawar Merah",
)  # fmt: skip
SCHOOLS = (
    "SMPN 9 Kupang", "SDN Oetete 2", "SMAN 4 Kupang", "SMKN 3 Kupang", "SD Inpres Naikoten 1",
    "SMPK Santo Yoseph", "SMA Kristen Mercusuar", "SDI Liliba", "MTsN Kota Kupang", "TK Tunas Kasih",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oepoi", "Puskesmas Bakunase", "Puskesmas Sikumana", "Puskesmas Pasir Panjang",
    "Puskesmas Oesapa", "Puskesmas Naioni", "Puskesmas Kupang Kota", "Puskesmas Alak",
)  # fmt: skip
CHURCHES = (
    "GMIT Jemaat Betel Oesapa", "GMIT Jemaat Efata Liliba", "Paroki Santo Yosef Naikoten",
    "GMIT Jemaat Kaisarea BTN", "Gereja Katedral Kristus Raja", "GMIT Jemaat Imanuel Oepura",
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
MOBILE = (
    ("0812", 16), ("0813", 18), ("0821", 12), ("0822", 12), ("0823", 8), ("0852", 14),
    ("0853", 10), ("0811", 3), ("0857", 5), ("0856", 3), ("0878", 3), ("0895", 3), ("0896", 2),
    ("0838", 3), ("0819", 3), ("0851", 3),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0815", "0858", "0897", "0899", "0881", "0882"}
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})


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
        self.year = rng.choice((2025, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(200):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            return prefix + str(r.randint(1, 9)) + self.digits(r.choice((7, 7, 8)))

        return self.fresh(make)

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "d", "s", "i", "j", "k", "t"), (40, 15, 15, 10, 8, 5, 7))[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
        }
        if how in forms:
            return forms[how]
        if how == "o":
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        raise KeyError(how)

    def write_id(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (70, 20, 10))[0]
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

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        """A person's mailbox in one of the writings people use."""
        r = self.rng
        local, host = p["local"], p["host"]
        parts = host.split(".")
        if how == "":
            how = r.choices(("p", "x"), (78, 22))[0]
        if how == "x":
            how = r.choice(("a", "b", "c", "d", "e", "h", "k", "t", "q", "s"))
        if how == "p":
            return f"{local}@{host}"
        if how == "u":  # in capitals
            return f"{local}@{host}".upper()
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(parts)
        if how == "b":
            return f"{local}(at){host}"
        if how == "c":
            return f"{local} @ " + " . ".join(parts)
        if how == "d":
            return f"{local} at " + " dot ".join(parts)
        if how == "e":
            return f"{local}(keong)" + "(titik)".join(parts)
        if how == "h":  # a space before the @ alone
            return f"{local} @{host}"
        if how == "k":
            return f"{local}(keong){host}"
        if how == "t":
            return f"{local}(et)" + " titik ".join(parts)
        if how == "q":
            return f"{local}[@]{host}"
        if how == "s":  # the mailbox's own dots written as words too
            return " [dot] ".join(local.split(".")) + " [at] " + " [dot] ".join(parts)
        if how == "n":  # broken by a line break
            return r.choice(
                (
                    f"{local}@\n{host}",
                    f"{local}\n@{host}",
                    f"{local}@{parts[0]}.\n{'.'.join(parts[1:])}",
                )
            )
        if how == "m":  # a comma for a dot
            return f"{local}@{parts[0]}," + ".".join(parts[1:])
        if how == "w":  # typed wrong
            return r.choice(
                (
                    f"{local}@gmial.com",
                    f"{local}@gmail.con",
                    f"{local}@gmail.co",
                    f"{local}@yahoocom",
                    f"{local}@gmailcom",
                    f"{local}@yaho.co.id",
                    f"{local}@gamil.com",
                )
            )
        if how == "g":  # the person's own mailbox on an office's or a company's host
            return p["work"]
        if how == "G":
            return p["work"].upper()
        raise KeyError(how)

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
            given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
            family = head["f"] if head else r.choice(FAMILY)
            nick = r.choice(NICK)
            words = {given.lower(), nick.lower()}
            if head is None:
                words |= {w.lower() for w in family.split()}
            if words & self.used:
                continue
            self.used |= words
            break
        else:
            raise RuntimeError("no fresh name")
        if i in self.spec["K"]:
            year = r.randint(2008, 2020)
        elif i in self.spec["E"]:
            year = r.randint(1940, 1962)
        else:
            year = r.randint(1958, 2004)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < 0.75:
            district = "5371%02d" % r.randint(1, 6)
        else:
            district = "53%s%02d" % (
                r.choice(("01", "02", "03", "04", "06", "08", "13")),
                r.randint(1, 20),
            )
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 700)
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
        gl = given.lower()
        fl = family.lower().replace(" ", "")
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}{r.choice(('', 'kpg', 'ntt'))}",
                f"{gl}.{fl}.{r.choice(('kupang', 'kpg', 'ntt', 'official'))}",
                f"{fl}{gl[:3]}{r.randint(1, 9)}",
                f"{nick.lower()}.{fl}{r.randint(1, 99)}",
                f"{gl}{fl[:2]}{yy}",
            )
        )
        work = (
            r.choice((f"{gl}.{fl}", f"{gl[0]}.{fl}", f"{gl}{fl[0]}", f"{fl}.{gl}"))
            + "@"
            + r.choice(WORK_HOSTS)
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 140)) + r.choice(("", "", "", "A", "B"))
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = (given + " " + family).upper()
        p = {
            "n": given + " " + family,
            "N": up,
            "l": (given + " " + family).lower(),
            "g": given,
            "G": given.upper(),
            "lg": gl,
            "f": family,
            "F": family.upper(),
            "nk": nick,
            "ig": f"{given[0]}. {family}",
            "Nn": given.upper() + "\n" + family.upper(),
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "bpjsraw": self.fresh(lambda: "000" + self.digits(10)),
            "mob": self.mobile_raw(),
            "local": local,
            "host": r.choice(FREE_HOSTS),
            "work": work,
            "ad": f"{street} No. {house}",
            "adr": f"{street} {r.choice(('No. ', 'No ', 'no. '))}{house}, {rt}",
            "rt": rt,
            "bank": bank,
            "rek": self.fresh(
                lambda: r.choice(("0", "1", "4", "7")) + self.digits(r.choice((9, 10, 12, 14)))
            ),
            "pl": "%s %d %s"
            % (
                r.choice(("DH", "DH", "DH", "EB", "ED")),
                r.randint(1000, 9999),
                r.choice(("A", "AK", "KB", "BH", "AS")),
            ),
            "umur": str(2026 - year),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 40), r.randint(1, 12)
        return r.choice(
            (
                "RT %03d/RW %03d" % (a, b),
                "RT %02d/RW %02d" % (a, b),
                "RT %d RW %d" % (a, b),
                "RT %02d/%02d" % (a, b),
            )
        )

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
            "nk",
            "ig",
            "Nn",
            "ad",
            "adr",
            "rt",
            "bank",
            "rek",
            "pl",
            "umur",
        }
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
        if name.startswith("bpjs"):
            return self.person(i)["bpjsraw"]
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


def _office_mobile(fl: Fill, i: int) -> str:
    return fl.write_mobile(fl.mobile_raw(), "")


def _landline(fl: Fill, i: int) -> str:
    r = fl.rng
    d = "8" + fl.digits(5)
    return r.choice((f"(0380) {d[:3]} {d[3:]}", f"0380-{d}", f"0380 {d}", f"(0380) {d}"))


def _date(fl: Fill, i: int) -> str:
    d = (fl.day + 3 * i) % 28 + 1
    return "%02d/%02d/%d" % (d, fl.month, fl.year)


def _tgl(fl: Fill, i: int) -> str:
    d = (fl.day + 3 * i) % 28 + 1
    return "%d %s %d" % (d, BULAN[fl.month - 1], fl.year)


def _jam(fl: Fill, i: int) -> str:
    """A time of day; {jam1}, {jam2} … run forward a few minutes apart, as a chat's lines do."""
    if "jam0" not in fl.cache:
        fl.cache["jam0"] = str(fl.rng.randint(7 * 60, 20 * 60))
    m = int(fl.cache["jam0"]) + (i - 1) * 3 + fl.rng.randint(0, 2)
    return "%02d.%02d" % (m // 60, m % 60)


def _rp(fl: Fill, i: int) -> str:
    amount = fl.rng.choice((25, 50, 75, 100, 150, 250, 300, 500, 750, 1200, 2500)) * 1000
    return f"{amount:,}".replace(",", ".")


def _tiket(fl: Fill, i: int) -> str:
    return "LPR-%d-%04d-%05d" % (fl.year, fl.rng.randint(100, 1231), fl.rng.randint(1, 99999))


def _surat(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%d/%03d/%s/%s/%d" % (
        r.choice((400, 420, 440, 460, 470, 503, 800)),
        r.randint(1, 999),
        r.choice(("DISDIK", "DINSOS", "DPMPTSP", "KEL", "DUKCAPIL", "BKPSDM")),
        r.choice(("I", "III", "V", "VII", "IX", "XI")),
        fl.year,
    )


OTHER_VALUES = {
    "owa": _office_mobile,
    "scam": _office_mobile,
    "otel": _landline,
    "date": _date,
    "tgl": _tgl,
    "jam": _jam,
    "rp": _rp,
    "tiket": _tiket,
    "surat": _surat,
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "num": lambda fl, i: str(fl.rng.randint(2, 40)),
    "yy": lambda fl, i: str(fl.rng.randint(70, 99)),
    "nip": lambda fl, i: (
        "19%02d%02d%02d 20%02d%02d %d %03d"
        % (
            fl.rng.randint(68, 95),
            fl.rng.randint(1, 12),
            fl.rng.randint(1, 28),
            fl.rng.randint(10, 22),
            fl.rng.randint(1, 12),
            fl.rng.randint(1, 2),
            fl.rng.randint(1, 20),
        )
    ),
    "nisn": lambda fl, i: "00" + fl.digits(8),
    "idpel": lambda fl, i: "5312" + fl.digits(8),
    "va": lambda fl, i: "8808 " + fl.digits(4) + " " + fl.digits(4) + " " + fl.digits(4),
    "kode": lambda fl, i: fl.rng.choice("ABCDEFGHKMPRTX") + fl.digits(5),
    "kels": lambda fl, i: re.sub(r"\W", "", fl.cache.get("{kel}", "oebufu").lower()),
    "kecs": lambda fl, i: re.sub(r"\W", "", fl.cache.get("{kec}", "oebobo").lower()),
    "npwpx": lambda fl, i: (
        "%02d.%03d.%03d.%d-920.000"
        % (
            fl.rng.randint(1, 96),
            fl.rng.randint(0, 999),
            fl.rng.randint(0, 999),
            fl.rng.randint(0, 9),
        )
    ),
    "jamb": lambda fl, i: "%02d:%02d" % (fl.rng.randint(7, 21), fl.rng.randint(0, 59)),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if (
            name.isupper() and len(name) > 1 and name not in ("Nn", "NN")
        ):  # {KEL} is {kel} in capitals
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
ADDRESS_START = re.compile(r"(?i)(jl\.?|jalan|gg\.|rt\b|rt/rw|perumnas|btn)")
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(keong\)|\(et\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|,|\[dot\]|\s+dot\s+|\s+titik\s+|\(titik\)|com$)")
OFFICE_WORDS = re.compile(
    r"(?i)(pengaduan|perizinan|humas|info|admin|noreply|no-reply|lurah|camat|kepsek|kadis|rekrutmen|beasiswa|"
    r"sekretariat|panitia|dinas|dinkes|disdik|puskesmas|pkm|smp|sma|smk|sdn|sdi|tu\.|osis|gmit|paroki|"
    r"komite|majelis|bansos|kemensos|bpjs|ppid|ptsp|dukcapil|helpdesk|cs@|layanan|tatausaha|kelurahan|pemkot)"
)


def phone_ok(seg: str) -> bool:
    clean = re.sub(r"[^0-9OlSB]", "", seg).translate(OCR_BACK)
    if not re.match(r"[+(0-9]", seg) or not 9 <= len(clean) <= 14:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OlSB]", "", seg).translate(OCR_BACK))


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
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
            if "@" in seg or any(c.isdigit() for c in seg):
                bad.append(f"name chars {seg!r}")
            if "\n" in seg and style != "ocr_letter":
                bad.append(f"name over a line outside scans {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if re.search(r"[^0-9OlSB .\-]", seg) or not d.startswith("53") or len(d) != 16:
                bad.append(f"{kind} {seg!r}")
        elif kind == "bpjs" and (len(id_digits(seg)) != 13 or not seg.startswith("000")):
            bad.append(f"bpjs {seg!r}")
        elif kind == "bank_account" and (
            not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append(f"account {seg!r}")
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append(f"email {seg!r}")
            local = seg[: at.start()] if at else seg
            named = any(
                w.lower() in local.lower()
                for t in spans
                if t["kind"] == "name"
                for w in re.findall(r"[A-Za-z]{4,}", text[t["start"] : t["end"]])
            )
            if OFFICE_WORDS.search(local) and not named:
                bad.append(f"an office's word in a person's mailbox {seg!r}")
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
    # an unlabelled mailbox must not hold a labelled person's name word (it would be theirs)
    names = {
        w.lower()
        for s in spans
        if s["kind"] == "name"
        for w in re.findall(r"[A-Za-z]{4,}", text[s["start"] : s["end"]])
    }
    for m in re.finditer(r"\S+@\S+", text):
        if not any(inside[m.start() : m.end()]) and any(w in m.group().lower() for w in names):
            bad.append(f"a named person's word in an unlabelled mailbox {m.group()!r}")
    return bad


LOOKALIKE = re.compile(
    r"\d{2,}(?:[ .\-/]?\d+)*|\S+@\S+|@\w+|\S+\s*(?:\[at\]|\(at\)|\(keong\))\s*\S+"
)


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|sdr|nyong|pdt|romo|pastor"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|sdri|ny|nona|suster"


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
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|dia)\s+)?[\"']?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    # a person's value stands inside a marker only
    outside = MARKER.sub("", text)
    loose = re.findall(
        r"\{(?:n|N|l|g|G|lg|f|F|nk|ig|Nn|ad|adr|rt|RT|AD|rek|pl|em\w*|EM\w*|hp\w*|nik\w*|kk\w*|bpjs)\d+\}",
        outside,
    )
    assert not loose, (loose, text[:80])
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    spec = {"F": females, "M": males, "K": K, "E": E, "fam": fam or {}}
    return (style, theme, text.strip("\n"), spec, U)


FAILED: list[str] = []


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
                FAILED.append(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:200]}"
                )
                break
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
            "id": "d46-%04d" % k,
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
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        if "\n" in seg:
            return "broken by a line break"
        if "@" not in seg or re.search(r"\s@|@\s", seg):
            return "written to dodge scrapers"
        host = seg.split("@")[1].lower()
        if "," in host:
            return "a comma for a dot"
        if host in (
            "gmial.com",
            "gmail.con",
            "gmail.co",
            "yahoocom",
            "gmailcom",
            "yaho.co.id",
            "gamil.com",
        ):
            return "typed wrong"
        if host in WORK_HOSTS:
            return "a person's own on an office's or a company's host"
        if seg.isupper():
            return "capitals"
        return "plain"
    if kind in ("address", "plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if re.search(r"[OlSB]", seg):
        return "letters for digits"
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
            writing(kind, r["text"][s["start"] : s["end"]])
            for r in records
            for s in r["spans"]
            if s["kind"] == kind
        )
        print(f"{kind} writings:", ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    ats = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"\S*@\S*|\S+\s*(?:\[at\]|\(at\)|\(keong\))\s*\S+", r["text"]):
            if not any(inside[m.start() : m.end()]):
                ats += 1
    print("unlabelled @ tokens and dodged mailboxes:", ats)


CAPS_RUN = re.compile(r"(?<![\w@])[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*)*")


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        found = []
        for pattern in (CAPS_RUN, re.compile(r"[+(]?\d[\d .\-()]{6,}\d|\S*@\S*")):
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
    for kind in ("email", "name"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


def main() -> None:
    records = build()
    if FAILED:
        raise SystemExit("\n".join(FAILED))
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
# family name, {nk1} nickname, {ig1} initial and family name, {Nn1} capitals over a line);
# {em1} the person's mailbox (plain or a dodge), {emp1} plain, {emu1} capitals, {emx1} a dodge
# ({ema1} [at]/[dot], {emb1} (at), {emc1} " @ " and " . ", {emd1} at/dot, {eme1} (keong)/(titik),
# {emh1} a space before the @, {emk1} (keong), {emt1} (et) and titik, {emq1} [@], {ems1} the
# mailbox's own dots as words), {emn1} broken by a line break, {emm1} a comma for a dot, {emw1}
# typed wrong, {emg1}/{emG1} the person's own mailbox on an office's or a company's host;
# {hp1} mobile ({hpb1}, {hpd1}, {hps1}, {hpt1}, {hpi1}, {hpj1}, {hpk1}, {hpo1} letters for
# digits); {nik1} ({nikb1}, {niks1}, {nikt1}, {niko1}); {kk1}; {bpjs1}; {bank1}/{rek1};
# {ad1}/{adr1}/{rt1}; {pl1}; {umur1}.
# Not a person's: {owa} {scam} mobiles, {otel} a landline; figures and codes {date} {tgl} {jam}
# {jamb} {rp} {tiket} {surat} {nip} {nisn} {idpel} {va} {kode} {num} {yy}; places {kel} {kec}
# {school} {pusk} {church} {hari}.

TEMPLATES: list[tuple] = []

# ---- mail_header: headers, recipients, signatures
TEMPLATES += [
    T(
        "mail_header",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Dukcapil Kota Kupang <pelayanan.dukcapil@kupangkota.go.id>
Date: {hari}, {tgl} {jam}
Subject: KK belum terbit sejak pengajuan bulan lalu

Selamat pagi Bapak/Ibu,
Saya sudah ajukan perubahan KK karena anak kedua lahir. Nomor pengajuan {kode}. Sampai sekarang status masih "verifikasi". Mohon info.

Salam,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
    ),
    T(
        "mail_header",
        "jobs_recruitment",
        """
From: "[[n:{n1}]]" <[[e:{em1}]]>
To: rekrutmen.rsudkupang@gmail.com
Cc: [[n:{f2}]], [[n:{g2}]] <[[e:{emg2}]]>
Subject: Lamaran Perawat Kontrak - [[n:{n1}]]

Dengan hormat, bersama ini saya kirim berkas lamaran (CV, ijazah D3, STR). Sesuai pengumuman, tembusan saya kirim ke kepala ruangan.
""",
    ),
    T(
        "mail_header",
        "health",
        """
Dari: Puskesmas Bakunase <pkm.bakunase@gmail.com>
Kepada: Bagian Organisasi Setda <organisasi@kupangkota.go.id>
Tanggal: {tgl}
Perihal: Tindak lanjut aduan {tiket}

Bersama ini kami sampaikan bahwa aduan sudah ditindaklanjuti tanggal {date}. Balasan otomatis dikirim dari noreply@lapor.go.id ke pelapor. Kontak kami (0380) 8{num}1 220.
--
Tata Usaha Puskesmas Bakunase
""",
    ),
    T(
        "mail_header",
        "social_aid",
        """
From: Pendamping PKH Kec. {kec} <pkh.{kecs}.kupang@gmail.com>
To: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Cc: korkab.pkh.kotakupang@gmail.com
Subject: Rekap KPM graduasi tahap {num}

Terlampir rekap KPM graduasi per {date}. File: rekap_graduasi@final.xlsx
Mohon dicek. Jika ada koreksi balas ke email ini saja, jangan ke japri.
""",
    ),
    T(
        "mail_header",
        "education",
        """
From: [[n:{n1}]] <[[e:{emg1}]]>
To: tu.smpn9kupang@gmail.com
Subject: Izin tidak masuk - guru mapel IPA

Selamat pagi Ibu TU,
Saya izin hari ini karena anak saya [[n:{g2}]] dirawat di {pusk}. Jadwal kelas 8B sudah saya titip ke Pak [[n:{g3}]].

Hormat saya,
[[n:{n1}]], S.Pd.
""",
        fam={2: 1},
        M=(3,),
    ),
    T(
        "mail_header",
        "permits_business",
        """
From: DPMPTSP Kota Kupang <perizinan@kupangkota.go.id>
Reply-To: no-reply@oss.go.id
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Permohonan PBG Anda telah diverifikasi

Yth. [[n:{n1}]],
Permohonan PBG nomor {surat} telah diverifikasi. Silakan membayar retribusi melalui VA {va} paling lambat {tgl}.
Email ini dikirim otomatis, mohon tidak membalas.
""",
    ),
    T(
        "mail_header",
        "church_community",
        """
From: Sekretariat Majelis Jemaat <majelis.efataliliba@gmail.com>
To: warga-jemaat-efata@googlegroups.com
Subject: Jadwal ibadah rayon dan pengumpulan persembahan syukur

Syalom bapa mama semua. Jadwal rayon bulan {tgl} terlampir. Konfirmasi kehadiran ke sekretariat via email atau telp (0380) 8{num}4 112 jam kantor.
""",
    ),
    T(
        "mail_header",
        "utilities",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
Sent: {hari}, {tgl} {jamb}
To: 'Pengaduan PDAM' <pengaduan@pdamkotakupang.co.id>
Subject: Air tidak mengalir 9 hari, [[a:{rt1}]] Kel. {kel}

Nomor sambungan saya 01-{num}-00{num}. Sudah telp ke call center tapi jawabnya "sedang perbaikan". Mohon kepastian.
""",
    ),
    T(
        "mail_header",
        "security_scams",
        """
From: Bansos Kemensos NTT <bansos.kemensos.ntt@gmail.com>
To: undisclosed-recipients:;
Subject: SELAMAT! NIK Anda terpilih penerima BLT Rp {rp}

Segera kirim foto KTP, KK dan nomor rekening ke email ini sebelum {tgl}. Hubungi admin di {scam}.

(diteruskan warga ke pengaduan@kupangkota.go.id dengan catatan: "ini resmi atau tipu?")
""",
    ),
    T(
        "mail_header",
        "jobs_recruitment",
        """
To: [[n:{n1}]] <[[e:{em1}]]>; [[n:{n2}]] <[[e:{em2}]]>; [[n:{n3}]] <[[e:{em3}]]>
From: Panitia Seleksi PPPK <panselpppk.kotakupang@gmail.com>
Subject: Undangan wawancara {hari}, {tgl}

Saudara/i yang namanya tercantum di atas diundang mengikuti wawancara pukul {jam} WITA di Aula BKPSDM.
""",
    ),
    T(
        "mail_header",
        "health",
        """
From: [[n:{n1}]] <[[e:{emx1}]]>
To: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Kartu KIS ibu saya tidak aktif

Ibu saya [[n:{n2}]], no kartu [[bpjs:{bpjs2}]], ditolak di IGD tadi malam. Katanya status nonaktif. Tolong dicek.
Terima kasih, [[n:{g1}]].
""",
        F=(2,),
    ),
    T(
        "mail_header",
        "education",
        """
Dari: Operator Dapodik <operator.sdioetete2@gmail.com>
Kepada: beasiswa@kupangkota.go.id; disdik.kotakupang@gmail.com
Perihal: Usulan PIP kelas 4-6

Terlampir usulan PIP {num} siswa (NISN {nisn} dst). Mohon arahan jika format salah.
Operator Sekolah
""",
    ),
    T(
        "mail_header",
        "civil_registry",
        """
Catatan surel masuk {date}: From: [[n:{f1}]], [[n:{g1}]] <[[e:{emg1}]]> — minta legalisir akta kelahiran anaknya [[n:{g2}]] untuk keperluan mutasi kerja ke Atambua. Diteruskan ke seksi akta.
""",
        fam={2: 1},
    ),
    T(
        "mail_header",
        "permits_business",
        """
From: CV Nusa Lontar Mandiri <cvnusalontar.mandiri@gmail.com>
To: ukpbj@kupangkota.go.id
Subject: Sanggahan hasil tender paket {kode}

Dengan hormat, kami menyampaikan sanggahan atas hasil evaluasi. Surat terlampir nomor {surat}. Kontak direktur via kantor (0380) 8{num}0 775.
""",
    ),
    T(
        "mail_header",
        "social_aid",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Lurah {kel} <lurah.{kels}@gmail.com>
Subject: Surat keterangan tidak mampu untuk ibu saya

Pak Lurah, saya kerja di Surabaya jadi tidak bisa datang. Ibu saya [[n:{n2}]] tinggal di [[a:{adr2}]]. Mohon SKTM bisa diambil adik saya [[n:{g3}]] ([[p:{hp3}]]).
""",
        F=(2,),
        fam={3: 2},
    ),
    T(
        "mail_header",
        "utilities",
        """
From: PLN UP3 Kupang <up3kupang@pln.co.id>
To: pelanggan
Subject: Pemadaman terencana {hari} {tgl}

Pemadaman pukul {jam}-{jamb} wilayah Kel. {kel} dan sekitarnya. Info PLN 123 atau WA {owa}. Email ini dikirim dari alamat yang tidak dipantau.
""",
    ),
    T(
        "mail_header",
        "church_community",
        """
From: Pdt. [[n:{n1}]] <[[e:{emp1}]]>
To: Sekretariat Klasis Kota Kupang Timur <klasis.kkt@gmail.com>
Cc: majelis.betel.oesapa@gmail.com
Subject: Permohonan cuti pelayanan

Syalom. Saya mohon cuti 2 minggu mulai {tgl} karena mengantar istri berobat ke Surabaya. Pelayanan mimbar sudah diatur bersama Pnt. [[n:{n2}]].
Salam, [[n:{g1}]]
""",
        M=(1,),
    ),
    T(
        "mail_header",
        "security_scams",
        """
From: Polresta Kupang Kota <spkt.polrestakupang@gmail.com>
To: humas@kupangkota.go.id
Subject: Imbauan penipuan mengatasnamakan Pemkot

Mohon disebarkan: ada email dari pemkotkupang.bantuan@gmail.com dan rekrutmen-pemkot@outlook.com yang meminta transfer. Keduanya bukan milik instansi. Laporan ke SPKT (0380) 8{num}3 401.
""",
    ),
    T(
        "mail_header",
        "health",
        """
Reply-To: [[n:{n1}]] <[[e:{emp1}]]>
From: Form Pengaduan RSUD via formsubmit <noreply@formsubmit.co>
Subject: Pesan baru dari formulir website

Nama: [[n:{n1}]]
Pesan: Ayah saya [[n:{n2}]] dipulangkan padahal masih demam. Tolong yang bertanggung jawab hubungi saya.
""",
        M=(2,),
    ),
    T(
        "mail_header",
        "jobs_recruitment",
        """
From: Admin Lowongan Kupang <loker.kupang.info@gmail.com>
To: loker-ntt@googlegroups.com
Subject: [LOKER] Admin gudang, SMA/SMK, Oesapa

Kirim CV ke hrd.timorjayaabadi@gmail.com subjek "ADMIN GUDANG - NAMA". Batas {tgl}. Contoh format nama file: CV_nama@2x.pdf jangan dipakai, cukup CV_Nama.pdf.
""",
    ),
    T(
        "mail_header",
        "permits_business",
        """
From: [[n:{n1}]] <[[e:{emu1}]]>
To: PERIZINAN@KUPANGKOTA.GO.ID
Subject: NIB USAHA KIOS SEMBAKO

SELAMAT SIANG, SAYA [[n:{N1}]] MAU TANYA NIB SAYA BELUM MUNCUL DI OSS. NIK [[nik:{nik1}]]. ALAMAT USAHA DI RUMAH [[a:{ad1}]]. TERIMA KASIH.
""",
    ),
    T(
        "mail_header",
        "education",
        """
From: "Kepala SMAN 4 Kupang" <kepsek.sman4kupang@gmail.com>
To: Orang Tua Kelas XII <ortu-xii-sman4@googlegroups.com>
Subject: Rapat pleno kelulusan

Bapak/Ibu orang tua, rapat pleno dilaksanakan {hari}, {tgl} pukul {jam}. Konfirmasi ke TU (0380) 8{num}6 540.
""",
    ),
]

# ---- mail_reply: quoted replies, forwarded mails, signatures
TEMPLATES += [
    T(
        "mail_reply",
        "civil_registry",
        """
Terima kasih Pak, sudah saya terima.

Pada {hari}, {tgl} {jam}, Seksi Pelayanan Dukcapil <pelayanan.dukcapil@kupangkota.go.id> menulis:
> Yth. Sdr. [[n:{n1}]],
> KTP-el Saudara sudah dapat diambil di loket 3 dengan membawa bukti pengajuan.
> Salam, Seksi Pelayanan
""",
    ),
    T(
        "mail_reply",
        "jobs_recruitment",
        """
Baik Ibu, berkas revisi saya lampirkan.

[[n:{n1}]]
Alumni Poltekkes Kemenkes Kupang
[[p:{hp1}]] | [[e:{em1}]]

On {hari}, {tgl} at {jamb}, Rekrutmen RS Siloam Kupang <recruitment.kupang@siloamhospitals.com> wrote:
> Dear [[n:{g1}]], please resend your STR in PDF format.
""",
    ),
    T(
        "mail_reply",
        "social_aid",
        """
---------- Forwarded message ---------
From: [[n:{n1}]] <[[e:{emp1}]]>
Date: {tgl}
Subject: Fwd: data DTKS mama saya
To: Pendamping PKH <pkh.kelurahan{kels}@gmail.com>

Ini data mama saya, [[n:{n2}]], NIK [[nik:{nik2}]]. Tolong dicek kenapa keluar dari DTKS. Rumah di [[a:{adr2}]], Kel. {kel}.
""",
        F=(2,),
    ),
    T(
        "mail_reply",
        "health",
        """
Yth. Bapak/Ibu Pelapor,
Aduan Saudara nomor {tiket} telah kami terima dan diteruskan ke {pusk}. Jawaban akan dikirim melalui email ini.

Hormat kami,
Unit Pengaduan Dinas Kesehatan Kota Kupang
Email: pengaduan.dinkes@kupangkota.go.id | Telp {otel}

> Pada {date} pelapor menulis:
> pelayanan loket jam {jam} sudah tutup padahal jadwal sampai jam 14.00
""",
    ),
    T(
        "mail_reply",
        "education",
        """
Ibu, mohon maaf baru balas. Nilai anak saya [[n:{g2}]] sudah benar di rapor online.

Salam,
[[n:{n1}]]

-----Original Message-----
From: [[n:{n3}]] <[[e:{emg3}]]>
Sent: {hari}, {tgl}
To: [[e:{emp1}]]
Subject: Konfirmasi nilai semester
""",
        fam={2: 1},
    ),
    T(
        "mail_reply",
        "permits_business",
        """
> From: OSS RBA <noreply@oss.go.id>
> Subject: Perizinan Berusaha Anda Terbit
> Nomor Induk Berusaha: 9120{num}01{num}3{num}

Sudah terbit Kak. Terima kasih bantuan pendamping di Mal Pelayanan Publik. Catatan: email konfirmasi masuk ke spam, mungkin yang lain juga.
""",
    ),
    T(
        "mail_reply",
        "church_community",
        """
Syalom Ibu [[n:{g1}]], jadwal latihan paduan suara kami ubah ke {hari} jam {jam}. Mohon disampaikan ke anggota rayon.

Tuhan memberkati,
[[n:{n2}]]
Sekretaris PS Imanuel
sekretaris.psimanuel@gmail.com

> Pada {tgl}, [[n:{n1}]] <[[e:{em1}]]> menulis:
> Kapan latihan untuk Paskah?
""",
        F=(1,),
    ),
    T(
        "mail_reply",
        "utilities",
        """
Bapak [[n:{n1}]] yth,
Terkait tagihan melonjak, petugas akan cek meter pada {tgl}. Mohon pastikan ada orang di rumah.

Customer Care PDAM Kota Kupang
cs@pdamkotakupang.co.id

-----Pesan Asli-----
Dari: [[e:{emp1}]]
Tagihan bulan ini Rp {rp}, biasanya cuma 80 ribu. ID pelanggan {idpel}.
""",
        M=(1,),
    ),
    T(
        "mail_reply",
        "security_scams",
        """
Fwd dari grup kantor tgl {date}, hati-hati:
> From: "Admin BPJS Kesehatan" <bpjskesehatan.update.data@gmail.com>
> Mohon update data peserta dengan klik link dan isi NIK + PIN ATM.
Itu bukan email resmi ya. Email resmi BPJS pakai domain bpjs-kesehatan.go.id. Info resmi: 165.
""",
    ),
    T(
        "mail_reply",
        "jobs_recruitment",
        """
Pada {tgl} {jamb}, HRD Toko Bangunan Sinar Oebufu <hrd.sinaroebufu@gmail.com> menulis:
> Mohon kirim ulang lamaran dengan subjek: POSISI - NAMA - KOTA.
> Contoh: KASIR - NAMA ANDA - KUPANG, ke alamat yang sama.

Sudah saya kirim ulang jam {jam}. Terima kasih.
""",
    ),
    T(
        "mail_reply",
        "civil_registry",
        """
Dear Sir/Madam,
My wife [[n:{n2}]] and I need a legalised copy of our marriage certificate for her visa to Darwin. Could it be sent by post?

Kind regards,
[[n:{n1}]]
[[e:{em1}]]

On {tgl}, Info Dukcapil <info.dukcapil@kupangkota.go.id> wrote:
> Please come in person with the original.
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "mail_reply",
        "social_aid",
        """
Terima kasih atas laporannya. Data Ibu sudah kami usulkan dalam musyawarah kelurahan {tgl}.

Salam,
[[n:{n1}]]
Pendamping Sosial Kel. {kel}
HP [[p:{hp1}]]
Email dinas: [[e:{emg1}]]
""",
    ),
    T(
        "mail_reply",
        "education",
        """
--- Pesan yang diteruskan ---
Dari: Panitia PPDB SMPN Kota Kupang <ppdb.smp.kotakupang@gmail.com>
Tanggal: {tgl}
Perihal: Hasil verifikasi berkas

Berkas nomor pendaftaran {kode} belum lengkap: akta kelahiran. Upload ulang sebelum {date} pukul {jam}.
--
Balasan ke email ini tidak dibaca. Pertanyaan: helpdesk.ppdb@kupangkota.go.id
""",
    ),
    T(
        "mail_reply",
        "health",
        """
Dok, hasil lab mama sudah saya scan. Mohon dilihat.
[[n:{g1}]]

Pada {hari}, {tgl}, dr. [[n:{n2}]], Sp.PD <[[e:{emp2}]]> menulis:
> Kirim saja hasil lab terbaru ke email ini, nanti saya lihat malam.
""",
    ),
    T(
        "mail_reply",
        "permits_business",
        """
Yth. [[n:{n1}]],
Mohon maaf, dokumen SPPL yang dilampirkan tidak terbaca. Silakan kirim ulang.

Salam,
Front Office DPMPTSP
[[n:{n2}]] (petugas loket 2)
Email kantor: dpmptsp@kupangkota.go.id
""",
    ),
    T(
        "mail_reply",
        "church_community",
        """
> Kepada Yth. seluruh ketua rayon
> Dari: Sekretariat Paroki <sekretariat.parokiyosef@gmail.com>
> Daftar penerima sakramen krisma wajib dikumpulkan {tgl}.
Sudah dikumpul ke kantor paroki jam {jam}, Pak. Rayon {num} ada {num} anak.
""",
    ),
    T(
        "mail_reply",
        "utilities",
        """
Saya teruskan ke Ibu, karena saya tidak punya akses.
--
[[n:{n1}]]
Staf Bidang Bina Marga, Dinas PUPR Kota Kupang
[[e:{emg1}]]

> From: [[n:{n2}]] <[[e:{em2}]]>
> Jalan depan rumah saya di [[a:{adr2}]] sudah 3 bulan digali, tidak ditutup.
""",
    ),
    T(
        "mail_reply",
        "security_scams",
        """
Kami tegaskan: alamat rekrutmen.pemkotkupang2026@gmail.com BUKAN milik Pemerintah Kota Kupang. Seleksi PPPK hanya melalui sscasn.bkn.go.id. Laporan penipuan: ppid@kupangkota.go.id.
Humas Setda Kota Kupang, {tgl}
""",
    ),
    T(
        "mail_reply",
        "jobs_recruitment",
        """
Salam. Berikut data calon tutor PKBM yang lolos administrasi:
1. [[n:{n1}]] - [[e:{em1}]]
2. [[n:{n2}]] - [[e:{em2}]]
3. [[n:{n3}]] - [[e:{em3}]]
Mohon diundang untuk microteaching {hari}, {tgl}.
> Pada {date} PKBM Harapan Bangsa <pkbm.harapanbangsa.kpg@gmail.com> menulis:
""",
    ),
    T(
        "mail_reply",
        "social_aid",
        """
Wrote on {tgl}, Bank NTT Cabang Utama <kcu@bankntt.co.id>:
> Penyaluran BLT tahap {num} dilaksanakan di kantor cabang pukul {jam}. Harap membawa KTP asli dan undangan.
Diteruskan ke grup RT oleh admin. Jangan kirim data ke email lain.
""",
    ),
    T(
        "mail_reply",
        "health",
        """
Saya wakili kakak saya yang tidak punya email.
[[n:{n1}]] (adik dari pasien [[n:{n2}]])
[[e:{em1}]] / [[p:{hp1}]]

> Dari: Humas RSUD S.K. Lerik <humas.rsudsklerik@kupangkota.go.id>
> Mohon identitas pelapor dilengkapi.
""",
    ),
    T(
        "mail_reply",
        "civil_registry",
        """
--- Forwarded ---
From: sistem@siak-terpusat.kemendagri.go.id
Subject: Notifikasi perekaman ulang
Perekaman ulang biometrik untuk wilayah Kec. {kec} dijadwalkan {tgl}. Info lebih lanjut hubungi dukcapil setempat atau kirim email ke info.dukcapil@kupangkota.go.id.
""",
    ),
]

# ---- web_form: SP4N-LAPOR! and website forms with an Email field
TEMPLATES += [
    T(
        "web_form",
        "utilities",
        """
Judul Laporan: Lampu jalan mati total
Nama: [[n:{n1}]]
Email: [[e:{emp1}]]
No. HP: [[p:{hp1}]]
Lokasi Kejadian: Jl. Frans Seda depan halte, Kel. {kel}
Isi Laporan: Sudah 3 minggu lampu jalan mati, anak sekolah pulang les jam {jam} gelap sekali.
Kategori: Infrastruktur
""",
    ),
    T(
        "web_form",
        "social_aid",
        """
Formulir Pengaduan Online - Dinas Sosial Kota Kupang
Nama Pelapor : [[n:{N1}]]
Bertindak sebagai : Kuasa (anak kandung)
Nama yang dikuasakan : [[n:{N2}]]
NIK yang dikuasakan : [[nik:{nik2}]]
Email kuasa : [[e:{em1}]]
Alamat : [[a:{adr2}]], Kel. {kel}
Uraian : Mama sa su lansia, BPNT terakhir diterima tahun lalu.
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "web_form",
        "civil_registry",
        """
Nama Lengkap*: [[n:{n1}]]
Email*: pelayanan.dukcapil@kupangkota.go.id
(saya tidak punya email, pakai email kantor saja ya)
No WA*: [[p:{hp1}]]
Keperluan: Cetak ulang KTP rusak
Nomor antrian: {kode}
""",
    ),
    T(
        "web_form",
        "health",
        """
LAPOR! - Detail Laporan #{tiket}
Pelapor: Dirahasiakan
Email notifikasi: dirahasiakan
Instansi tujuan: Dinas Kesehatan Kota Kupang
Isi: Obat hipertensi kosong di {pusk} sejak {tgl}. Pasien disuruh beli di apotek luar.
Status: Diteruskan ({date} {jam})
""",
    ),
    T(
        "web_form",
        "education",
        """
PENDAFTARAN BEASISWA KUPANG CERDAS
Nama Mahasiswa: [[n:{n1}]]
NIM: 21{num}0{num}1{num}
Kampus: Universitas Nusa Cendana
Email aktif: [[e:{em1}]]
Nama Orang Tua: [[n:{n2}]]
HP Orang Tua: [[p:{hp2}]]
Catatan panitia: berkas dikirim ke beasiswa@kupangkota.go.id, bukan ke email pribadi panitia.
""",
    ),
    T(
        "web_form",
        "permits_business",
        """
Isian Permohonan Izin Keramaian
Penanggung jawab: [[n:{n1}]]
Jabatan: Ketua Panitia Pesta Nikah
Email: [[e:{emx1}]]
HP: [[p:{hp1}]]
Lokasi acara: rumah di [[a:{adr1}]]
Tanggal: {tgl}, pukul {jam} s/d selesai
""",
    ),
    T(
        "web_form",
        "jobs_recruitment",
        """
Form Minat Kerja - Bursa Kerja Disnaker Kota Kupang
Nama: [[n:{n1}]]
Tgl lahir: {date}
Pendidikan: SMK Teknik Kendaraan Ringan
Email: [[e:{emw1}]]
(email mungkin salah ketik, mohon hubungi via WA [[p:{hp1}]])
Bidang diminati: bengkel, sopir
""",
    ),
    T(
        "web_form",
        "security_scams",
        """
Kategori: Penipuan daring
Pelapor: [[n:{n1}]]
Email pelapor: [[e:{emp1}]]
Kronologi: Saya dapat email dari pkh.kemensos.pusat@gmail.com katanya saya lolos bansos, harus bayar admin Rp {rp} ke rekening. Pengirim pakai nama "Tim Verifikasi". Saya belum transfer.
""",
    ),
    T(
        "web_form",
        "utilities",
        """
Form Pengaduan PDAM
ID Pelanggan: {idpel}
Nama sesuai rekening air: [[n:{n1}]]
Email: [[e:{em1}]]
Telepon rumah: {otel} (tidak aktif)
Keluhan: air keruh coklat sejak {tgl}
""",
    ),
    T(
        "web_form",
        "church_community",
        """
Pendaftaran Katekisasi Sidi angkatan {num}
Nama peserta: [[n:{n1}]]
Nama orang tua/wali: [[n:{n2}]]
Email orang tua: [[e:{em2}]]
Rayon: {num}
Kirim formulir ke sekretariat: sidi.gmitbetel@gmail.com
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "web_form",
        "civil_registry",
        """
Contoh pengisian (jangan disalin):
Nama: NAMA SESUAI KTP
Email: user@example.com
No HP: 08xx-xxxx-xxxx
NIK: 5371xxxxxxxxxxxx
Setelah submit, notifikasi dikirim dari noreply@dukcapil.kupangkota.go.id dalam 1x24 jam ({jam} batas harian).
""",
    ),
    T(
        "web_form",
        "health",
        """
Survei Kepuasan Pasien {pusk}
Nama (boleh kosong): -
Email (boleh kosong): -
Nilai pelayanan: {num}/40
Saran: antrian di loket BPJS terlalu lama, pukul {jam} masih ramai
Tanggal kunjungan: {date}
""",
    ),
    T(
        "web_form",
        "jobs_recruitment",
        """
Formulir Lamaran Online
Nama lengkap: [[n:{n1}]]
Alamat email: [[e:{emn1}]]
No. telepon: [[p:{hp1}]]
Posisi: Tenaga kebersihan kontrak
Alamat rumah: [[a:{adr1}]]
""",
    ),
    T(
        "web_form",
        "social_aid",
        """
CEK PENERIMA BANSOS (tangkapan layar)
Masukkan NIK: 5371 **** **** **{num}
Email untuk hasil: -
Hasil: TIDAK TERDAFTAR periode {tgl}
Info lanjut: email pengaduan.dinsos@kupangkota.go.id atau WA center {owa}
""",
    ),
    T(
        "web_form",
        "permits_business",
        """
Nama Pemohon : [[n:{n1}]]
Nama Usaha : Kios Sembako Berkat {kel}
Email Usaha : kiosberkat.{kels}@gmail.com
Email Pribadi : [[e:{em1}]]
HP : [[p:{hp1}]]
Jenis Izin : NIB usaha mikro
""",
    ),
    T(
        "web_form",
        "education",
        """
Formulir Mutasi Siswa
Nama siswa: [[n:{n1}]] (NISN {nisn})
Sekolah asal: {school}
Email sekolah asal: tu.sekolahasal@gmail.com (isi otomatis)
Email wali: [[e:{em2}]]
Nama wali: [[n:{n2}]]
""",
        K=(1,),
    ),
    T(
        "web_form",
        "utilities",
        """
Lapor Jalan Rusak - aplikasi Kupang Smart City
Pelapor: anonim
Email: (tidak diisi)
Koordinat: -10.{num}58, 123.6{num}2
Foto: IMG_20260{num}12_0{num}31.jpg
Deskripsi: Lubang besar di Jl. Timor Raya depan SPBU, sudah 2 motor jatuh.
""",
    ),
    T(
        "web_form",
        "health",
        """
Nama pasien: [[n:{n1}]]
No. kartu JKN: [[bpjs:{bpjs1}]]
Email keluarga: [[e:{emx2}]]
Nama keluarga pendamping: [[n:{n2}]]
Keluhan: Jadwal operasi ditunda 3x tanpa alasan.
""",
    ),
    T(
        "web_form",
        "church_community",
        """
Pendaftaran Pemberkatan Nikah
Calon suami: [[n:{n1}]]
Calon istri: [[n:{n2}]]
Email: [[e:{em1}]]
Tanggal diminta: {tgl}
Catatan sekretariat: konfirmasi dikirim dari pernikahan.katedralkupang@gmail.com
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "web_form",
        "security_scams",
        """
Laporan Akun Palsu
URL akun: facebook.com/dinsos.kota.kupang.resmi{num}
Email yang dipakai akun: admin.dinsoskupang.bantuan@gmail.com
Modus: minta data KTP dan kode OTP
Dilaporkan: {date} {jam}
Pelapor: tidak mencantumkan nama
""",
    ),
    T(
        "web_form",
        "civil_registry",
        """
Nama: [[n:{n1}]]
Email: [[e:{emm1}]]
HP: [[p:{hp1}]]
Pesan: Akta kematian bapa saya [[n:{n2}]] belum jadi. Sudah 2 bulan. Nomor registrasi {kode}.
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "web_form",
        "education",
        """
Pengaduan PPDB
Nama orang tua: [[n:{n1}]]
Email: [[e:{emG1}]]
Pekerjaan: ASN
Isi: Anak saya [[n:{g2}]] tidak masuk zonasi padahal rumah kami di [[a:{ad1}]], cuma 400 m dari sekolah.
""",
        fam={2: 1},
        K=(2,),
    ),
]

# ---- sms_caps: SMS to 1708 and SMS in capitals
TEMPLATES += [
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG SY [[n:{N1}]] SUDAH KIRIM BERKAS KK KE EMAIL DUKCAPIL TAPI TDK ADA BALASAN. EMAIL SY [[e:{emu1}]]. MHN DICEK. TRIMS
""",
    ),
    T(
        "sms_caps",
        "social_aid",
        """
KOTKUPANG MAU TANYA EMAIL DINSOS YG BENAR YG MANA? DINSOS.KOTAKUPANG@GMAIL.COM ATAU DINSOS@KUPANGKOTA.GO.ID? SY MAU KIRIM SURAT SANGGAHAN DTKS. {date}
""",
    ),
    T(
        "sms_caps",
        "jobs_recruitment",
        """
KOTKUPANG PENGUMUMAN LOWONGAN DI KANTOR LURAH {KEL} SURUH KIRIM CV KE REKRUTMEN.KEL{KELS}@GMAIL.COM. ITU BENAR ATAU PENIPUAN? SUDAH ADA YG DIMINTA BAYAR RP {rp}
""",
    ),
    T(
        "sms_caps",
        "health",
        """
KOTKUPANG SAYA [[n:{N1}]], ANAK SAYA [[n:{G2}]] DITOLAK DI {PUSK} KRN KARTU KIS TDK AKTIF. NO KARTU [[bpjs:{bpjs2}]]. BALAS KE [[p:{hp1}]] ATAU EMAIL [[e:{EMU1}]]
""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "sms_caps",
        "utilities",
        """
KOTKUPANG LAMPU JALAN DI JL. AMABI MATI 2 MINGGU. SUDAH KIRIM EMAIL KE PENGADUAN@KUPANGKOTA.GO.ID TGL {date} BELUM ADA TANGGAPAN. NO TIKET {tiket}
""",
    ),
    T(
        "sms_caps",
        "security_scams",
        """
INFO: ADA SMS DARI {scam} SURUH KIRIM KTP KE BANSOS.PUSAT.RI@GMAIL.COM KATANYA DAPAT BLT RP {rp}. JANGAN DIIKUTI. SEBARKAN KE KELUARGA
""",
    ),
    T(
        "sms_caps",
        "education",
        """
KOTKUPANG SY ORTU SISWA {SCHOOL}. GURU WALI KELAS MINTA KIRIM TUGAS KE EMAIL PRIBADI DIA [[e:{emu2}]] TAPI SERING PENUH. APA TDK ADA EMAIL SEKOLAH? - [[n:{N1}]]
""",
    ),
    T(
        "sms_caps",
        "permits_business",
        """
KOTKUPANG IZIN USAHA SY SUDAH 3 BLN. NAMA [[n:{N1}]], NIK [[nik:{nik1}]], EMAIL [[e:{EMU1}]]. KATANYA NOTIF DIKIRIM KE EMAIL TAPI TDK MASUK
""",
    ),
    T(
        "sms_caps",
        "church_community",
        """
SYALOM. DATA CALON PESERTA RETRET PEMUDA DIKIRIM KE PEMUDA.KLASISKUPANGTIMUR@GMAIL.COM PALING LAMBAT {date}. BIAYA RP {rp}/ORG. INFO PANITIA {owa}
""",
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG SY [[n:{N1}]] DR {KEL}. AKTA ANAK SY [[n:{N2}]] SDH JADI TAPI TGL LAHIR SALAH, HRSNYA {date}. HP [[p:{hp1}]]
""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "sms_caps",
        "utilities",
        """
PELANGGAN YTH, TAGIHAN AIR ANDA BLN INI RP {rp}. BAYAR SEBELUM TGL 20. CEK DI PDAMKOTAKUPANG.CO.ID ATAU EMAIL CS@PDAMKOTAKUPANG.CO.ID. ABAIKAN JIKA SDH BAYAR
""",
    ),
    T(
        "sms_caps",
        "jobs_recruitment",
        """
KOTKUPANG SY SDH LAMAR PPPK, TAPI EMAIL SY SALAH KETIK [[e:{emw1}]], JADI TDK TERIMA KODE. MOHON BANTU. NAMA [[n:{N1}]] NIK [[nik:{nik1}]]
""",
    ),
    T(
        "sms_caps",
        "social_aid",
        """
KOTKUPANG RT KAMI BELUM DAPAT BERAS BANTUAN. KETUA RT SURUH KIRIM DATA KE EMAIL RT{num}.KELURAHAN@GMAIL.COM TAPI LANSIA TDK BISA EMAIL. {tgl}
""",
    ),
    T(
        "sms_caps",
        "health",
        """
KOTKUPANG BIDAN [[n:{G1}]] DI PUSTU {KEL} SERING TDK ADA. KAMI SUDAH EMAIL KE PKM.{KELS}@GMAIL.COM TAPI TDK DIBALAS. DARI [[n:{N2}]] [[a:{RT2}]]
""",
        F=(1,),
    ),
    T(
        "sms_caps",
        "security_scams",
        """
KOTKUPANG ADA YG KIRIM EMAIL PAKAI NAMA KEPSEK, ALAMAT KEPSEK.SMPN{num}.KUPANG@GMAIL.COM, MINTA GURU TRANSFER UANG SERAGAM. KATA SEKOLAH ITU BUKAN EMAIL MEREKA. EMAIL MASUK {date}
""",
    ),
    T(
        "sms_caps",
        "permits_business",
        """
KOTKUPANG SY [[n:{N1}]] PEMILIK WARUNG DI RUMAH [[a:{AD1}]]. PETUGAS PAJAK DAERAH MINTA KIRIM DATA KE [[e:{emu2}]] ATAS NAMA [[n:{N2}]]. ITU EMAIL PRIBADI PETUGAS? BOLEH?
""",
    ),
    T(
        "sms_caps",
        "education",
        """
INFO PIP: SISWA PENERIMA DAPAT CEK DI PIP.KEMDIKBUD.GO.ID. PERTANYAAN KE TU SEKOLAH ATAU EMAIL PIP.SDNOEBUFU1@GMAIL.COM. JAM LAYANAN {jam}-14.00
""",
    ),
    T(
        "sms_caps",
        "church_community",
        """
KOTKUPANG SY [[n:{N1}]]. BANTUAN HIBAH GEREJA KAMI BLM CAIR. BENDAHARA MAJELIS [[n:{N2}]] SDH EMAIL KE KESRA@KUPANGKOTA.GO.ID {date}. MOHON INFO
""",
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG TOLONG EMAIL SY GANTI. YG LAMA [[e:{emu1}]] SDH TDK BISA DIBUKA. YG BARU [[e:{emu2}]]. A.N [[n:{N1}]]
""",
        fam={2: 1},
    ),
    T(
        "sms_caps",
        "social_aid",
        """
DARI PUSKESOS: KELUHAN DTKS KIRIM KE PUSKESOS.{KELS}@GMAIL.COM ATAU DATANG LANGSUNG {HARI} JAM {jam}. BAWA KTP & KK ASLI
""",
    ),
    T(
        "sms_caps",
        "utilities",
        """
KOTKUPANG SAMPAH DI [[a:{RT1}]] SDH 2 MINGGU TDK DIANGKUT. SY [[n:{N1}]] SDH KIRIM FOTO KE EMAIL [[e:{emu3}]] PUNYA PAK [[n:{N3}]] PETUGAS DLHK
""",
        M=(3,),
    ),
    T(
        "sms_caps",
        "jobs_recruitment",
        """
LOKER: DIBUTUHKAN SOPIR & KERNET. KIRIM LAMARAN KE BUSTIMORJAYA.LOKER@GMAIL.COM ATAU ANTAR KE POOL OEBOBO. BATAS {date}. TDK DIPUNGUT BIAYA
""",
    ),
]

# ---- sms_lower: SMS in lower case, short forms
TEMPLATES += [
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang sy [[n:{lg1}]] mau tanya email dukcapil utk kirim berkas pindah datang apa? sy kirim ke pelayanan.dukcapil@kupangkota.go.id td pagi blm ada balasan. email sy [[e:{em1}]]
""",
    ),
    T(
        "sms_lower",
        "jobs_recruitment",
        """
kk ini email sy [[e:{emh1}]] , tolong kirim info lowongan kalo ada. sy lulusan smk tkj. trims ya. [[n:{lg1}]]
""",
    ),
    T(
        "sms_lower",
        "social_aid",
        """
kotkupang bansos sembako di kel {kel} dipotong rp {rp} sama ketua kelompok. sy tdk berani sebut nama. kalo mau balas ke email sy [[e:{emx1}]] saja jgn telp
""",
    ),
    T(
        "sms_lower",
        "health",
        """
pak ini email puskesmas yg baru ya: pkm.{kels}.kotakupang@gmail.com. yg lama su sonde aktif. kirim laporan posyandu ke situ. jam {jam}
""",
    ),
    T(
        "sms_lower",
        "education",
        """
ibu guru, tugas anak sy [[n:{lg2}]] sdh dikirim ke email ibu [[e:{em3}]] tadi mlm jam {jam}. mohon dicek. mama [[n:{lg1}]]
""",
        F=(1,),
        fam={2: 1},
        K=(2,),
    ),
    T(
        "sms_lower",
        "security_scams",
        """
hati2 sms dari {scam}, bilang akun email kita diblokir trus suruh klik link + kasi password. itu penipu. sy sdh lapor ke patrolisiber.id tgl {date}
""",
    ),
    T(
        "sms_lower",
        "utilities",
        """
kotkupang air pdam di [[a:{rt1}]] kel {kel} mati 5 hari. sy [[n:{lg2}]] sdh email ke pengaduan@pdamkotakupang.co.id blm dibalas. hp [[p:{hp2}]]
""",
    ),
    T(
        "sms_lower",
        "permits_business",
        """
kak sy mau daftar nib tp sonde punya email. boleh pake email anak sy [[e:{em2}]]? nama sy [[n:{l1}]], nik [[nik:{nik1}]]
""",
        fam={2: 1},
    ),
    T(
        "sms_lower",
        "church_community",
        """
syalom, mohon nama2 anak sekolah minggu yg ikut lomba dikirim ke sekolahminggu.betel@gmail.com sebelum {hari} {date}. trims - panitia
""",
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang sy [[n:{l1}]] warga [[a:{rt1}]] kel {kel}. ktp sy sdh 6 bulan belum cetak, katanya blanko habis. sy sdh email [[e:{emd1}]] juga ke dukcapil. {tiket}
""",
    ),
    T(
        "sms_lower",
        "jobs_recruitment",
        """
info loker: admin kasir toko roti, min sma. kirim cv ke tokorotimanis.oesapa@gmail.com atau antar langsung. wa {owa} (chat only). gaji umr
""",
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang sy mau komplain, dokter jaga igd rsud jam {jam} marah2 pasien. nama pasien [[n:{l2}]], sy kakaknya. email [[e:{emp1}]]
""",
    ),
    T(
        "sms_lower",
        "social_aid",
        """
sy sdh kirim sanggahan ke email sanggahan.dtks@kupangkota.go.id tgl {date}, nomor tanda terima {kode}. kapan ada hasil ya. ({kel})
""",
    ),
    T(
        "sms_lower",
        "education",
        """
bu ini sy [[n:{lg1}]], wali dr [[n:{lg2}]] kls 5. email sy ganti ke [[e:{emp1}]] ya. yg lama tu punya kakak sy [[e:{emp3}]], dia su lupa pw
""",
        fam={2: 1, 3: 1},
        K=(2,),
    ),
    T(
        "sms_lower",
        "security_scams",
        """
tadi ada email masuk dari kpp.kupang.pajak@gmail.com katanya sy ada tunggakan pajak rp {rp}. kantor pajak bilang itu bukan email mereka, email resmi pakai pajak.go.id
""",
    ),
    T(
        "sms_lower",
        "utilities",
        """
kotkupang jalan ke sekolah di kel {kel} berlubang besar. laporan sy sdh {num} kali. kalo perlu foto minta ke email sy: [[e:{emc1}]]. sy [[n:{lg1}]]
""",
    ),
    T(
        "sms_lower",
        "permits_business",
        """
pemberitahuan: berkas izin yg kurang silakan kirim ke perizinan@kupangkota.go.id format pdf, max 2mb. nama file: nik_namausaha.pdf. layanan {hari} jam {jam}
""",
    ),
    T(
        "sms_lower",
        "church_community",
        """
om, ini email sy utk undangan nikah [[e:{em1}]]. nanti kirim pdf undangan ke situ e. salam dr [[n:{lg1}]] deng [[n:{lg2}]]
""",
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang vaksin anak di posyandu {kel} tdk ada. kader bilang tanya ke email kia.dinkeskotakupang@gmail.com. kami orang kampung mana tau email. {date}
""",
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
dukcapil ini sy punya email salah ketik wkt daftar online: [[e:{emw1}]]. yg benar [[e:{emp1}]]. tolong perbaiki. [[n:{lg1}]]
""",
    ),
    T(
        "sms_lower",
        "jobs_recruitment",
        """
kotkupang sy honorer {num} thn di kantor camat, disuruh kirim berkas ke bkpsdm@kupangkota.go.id sampai {date} tp server error terus. gimana?
""",
    ),
    T(
        "sms_lower",
        "security_scams",
        """
ade, jgn balas email dari bri.layanan.nasabah@outlook.com, itu tipu. bri tdk minta pin lewat email. kalo ragu telp 14017 ato ke kantor cabang. masuk td jam {jam}
""",
    ),
]

# ---- wa_chat: WhatsApp exports and forwards
TEMPLATES += [
    T(
        "wa_chat",
        "education",
        """
[{date} {jam1}] [[n:{n1}]]: Ibu2 wali murid, tugas prakarya dikirim ke email sy [[e:{emp1}]] paling lambat {hari} ya
[{date} {jam2}] [[n:{n2}]]: Baik bu guru 🙏
[{date} {jam3}] Admin Kelas 6B: Yg belum punya email bisa titip ke sy
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{date} {jam1}] Admin Kelurahan {kel}: Pengumuman: usulan DTKS baru dikirim ke email kelurahan: kel.{kels}.kotakupang@gmail.com. Format: NIK_Nama.pdf
[{date} {jam2}] grup warga: Siap
[{date} {jam3}] Admin Kelurahan {kel}: Jangan kirim ke email pribadi staf ya
""",
    ),
    T(
        "wa_chat",
        "jobs_recruitment",
        """
[{jam1}] [[n:{lg1}]]: kak, lowongan di hotel itu kirim ke mana?
[{jam2}] [[n:{g2}]]: hrd.hotelsasandoinn@gmail.com kak. cc ke sy jg boleh, [[e:{em2}]]
[{jam3}] [[n:{lg1}]]: siap kak makasih 🙏
""",
    ),
    T(
        "wa_chat",
        "security_scams",
        """
*PESAN BERANTAI* ⚠️
Ada email masuk dari "Dukcapil Online" <dukcapil.online.verifikasi@gmail.com> minta warga update data KTP lewat link. Dukcapil Kota Kupang TIDAK pernah minta data lewat email begitu. Pengaduan resmi WA {owa} (jam kerja).
Mohon teruskan 🙏
""",
    ),
    T(
        "wa_chat",
        "health",
        """
[{date} {jam1}] [[n:{n1}]]: Kak, hasil rontgen bapa sa su kirim ke email kaka [[e:{emp2}]]
[{date} {jam2}] [[n:{n2}]]: Ok nanti sa buka di kantor
[{date} {jam3}] [[n:{n1}]]: Dokter [[n:{n3}]] minta dibaca sebelum kontrol {hari}
""",
    ),
    T(
        "wa_chat",
        "church_community",
        """
[{date} {jam1}] Sekretariat Jemaat: Syalom 🙏 Warta jemaat minggu ini sudah dikirim ke email rayon masing2. Rayon yang belum terima hubungi sekretariat.jemaatkaisarea@gmail.com
[{date} {jam2}] Rayon {num}: Sudah terima, terima kasih
[{date} {jam3}] Rayon {num}: Kami belum
""",
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{jam1}] mama: nona, mama pung email apa? dong minta di dukcapil
[{jam2}] [[n:{g1}]]: [[e:{em2}]] ma
[{jam3}] [[n:{g1}]]: password sa tulis di buku biru
[{jam4}] mama: ok
""",
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "permits_business",
        """
[{date} {jam1}] [[n:{n1}]]: Pak, NIB sy sdh terbit tapi dikirim ke email konsultan, bukan ke sy
[{date} {jam2}] Petugas MPP: Email yg terdaftar di OSS apa Bapak?
[{date} {jam3}] [[n:{n1}]]: Terdaftar [[e:{em3}]], itu punya konsultan [[n:{n3}]]. Email sy [[e:{em1}]]
""",
        M=(1,),
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{date} {jam1}] Info PDAM Kota Kupang: Gangguan distribusi zona {num} akibat pipa pecah. Estimasi normal {hari} pukul {jamb}. Pengaduan: pengaduan@pdamkotakupang.co.id / call center {otel}
""",
    ),
    T(
        "wa_chat",
        "jobs_recruitment",
        """
[{date} {jam1}] [[n:{n1}]]: Ini pengumuman dari grup sebelah, benar ka?
> "Rekrutmen satpol PP kontrak, kirim berkas + biaya admin Rp {rp} ke satpolpp.rekrut.kupang@gmail.com"
[{date} {jam2}] [[n:{n2}]]: Itu hoax kaka. Satpol PP sonde buka rekrutmen lewat gmail
""",
    ),
    T(
        "wa_chat",
        "education",
        """
[{date} {jam1}] Info OSIS: Pengumpulan karya lomba poster HUT sekolah ke osis.smkn3kupang@gmail.com, subjek: KELAS_NAMA. Tanya? DM IG @osis_smkn3kupang
[{date} {jam2}] Info OSIS: deadline {hari} jam {jamb}
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{date} {jam1}] [[n:{n1}]]: Pak RT, formulir bantuan lansia untuk Oma [[n:{n2}]] sdh sy scan
[{date} {jam2}] Pak RT: Kirim ke email sy [[e:{em3}]], nanti sy teruskan ke kelurahan
[{date} {jam3}] [[n:{n1}]]: Siap, sdh kirim Pak [[n:{g3}]]
""",
        F=(2,),
        M=(3,),
        E=(2,),
    ),
    T(
        "wa_chat",
        "health",
        """
[{date} {jam1}] Puskesmas {kel}: Jadwal vaksin HPV untuk siswi kelas 5 & 6. Surat persetujuan ortu dikirim ke email puskesmas atau dibawa langsung. Info {owa}
[{date} {jam2}] Puskesmas {kel}: Email kami berubah ya, tunggu pengumuman berikut
""",
    ),
    T(
        "wa_chat",
        "security_scams",
        """
[{jam1}] [[n:{lg1}]]: bapa, ada email dari [[n:{n2}]] <[[e:{emp2}]]> bilang dia pegawai bank mau bantu pinjaman
[{jam2}] bapa: jang balas. orang sonde kenal, jang kasi data
[{jam3}] [[n:{lg1}]]: iyo
""",
    ),
    T(
        "wa_chat",
        "church_community",
        """
[{date} {jam1}] [[n:{n1}]]: Syalom bapa mama, sumbangan pembangunan pastori bisa transfer ke [[b:{rek1}]] {bank1} a.n. [[n:{n1}]] (bendahara panitia). Bukti transfer kirim ke email panitia pembangunan.pastori.oesapa@gmail.com
[{date} {jam2}] [[n:{n2}]]: Amin, nanti sa transfer
""",
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{date} {jam1}] Dukcapil Kota Kupang: Layanan online: kirim berkas ke dukcapil.online@kupangkota.go.id. Nomor antrean dikirim balik dalam 1x24 jam. Email lain atas nama dukcapil bukan milik kami.
[{date} {jam2}] Dukcapil Kota Kupang: Hari libur tidak ada balasan
""",
    ),
    T(
        "wa_chat",
        "permits_business",
        """
[{jam1}] [[n:{n1}]]: kak, email toko kita apa? mau daftar tokopedia
[{jam2}] [[n:{n2}]]: tokosembakoberkah.oebufu@gmail.com, pw tanya mama
[{jam3}] [[n:{n1}]]: ok. email sa pribadi [[e:{em1}]] pake buat login aja
""",
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{date} {jam1}] [[n:{n1}]]: Pak [[n:{g2}]], foto tiang listrik miring di depan rumah sy [[a:{ad1}]] sdh sy kirim ke email Bapak [[e:{emg2}]]
[{date} {jam2}] [[n:{n2}]]: Sdh masuk Bu, besok tim turun
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "wa_chat",
        "education",
        """
[{date} {jam1}] TU SMPN 9: Bapak/Ibu guru, SKP dikirim ke kepegawaian.smpn9kpg@gmail.com, jangan ke email kepala sekolah
[{date} {jam2}] TU SMPN 9: NIP di nama file ya, contoh {nip}_SKP.pdf
""",
    ),
    T(
        "wa_chat",
        "jobs_recruitment",
        """
[{date} {jam1}] [[n:{n1}]]: Selamat malam, saya mau tanya lowongan bidan di klinik
[{date} {jam2}] Klinik Pratama Kasih Bunda: Silakan kirim lamaran ke klinikkasihbunda.kupang@gmail.com kak
[{date} {jam3}] [[n:{n1}]]: Baik, sy kirim dari email [[e:{em1}]] ya
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "health",
        """
[{date} {jam1}] Grup Kader Posyandu Melati: Laporan bulanan kirim ke email gizi.puskesmas{kels}@gmail.com sebelum tgl 5. Formulir terbaru ada di drive
[{date} {jam2}] Grup Kader Posyandu Melati: Jangan lupa tanda tangan ketua
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{date} {jam1}] [[n:{n1}]]: Ini email adik sa [[n:{g2}]] untuk daftar Kartu Prakerja: [[e:{emx2}]]
[{date} {jam2}] [[n:{n3}]]: Sip, sa bantu daftar malam ni
""",
        fam={2: 1},
    ),
]

# ---- notice_poster: posters, job ads, school and church announcements
TEMPLATES += [
    T(
        "notice_poster",
        "jobs_recruitment",
        """
DIBUTUHKAN SEGERA
Tenaga administrasi (P/L), min. D3, domisili Kota Kupang
Kirim berkas ke: hrd.cvtimorraya@gmail.com
Subjek: ADMIN_NAMA LENGKAP
Paling lambat {tgl}
Info: {owa} (WA only)
""",
    ),
    T(
        "notice_poster",
        "education",
        """
PENERIMAAN PESERTA DIDIK BARU {school}
Pendaftaran online: ppdb.{kels}@gmail.com
Verifikasi berkas: {hari}, pukul {jam}
Narahubung: Ibu [[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "notice_poster",
        "church_community",
        """
PENGUMUMAN JEMAAT
Bagi pasangan yang akan menikah bulan depan, berkas katekisasi nikah dikirim ke sekretariat.gmitimanuel@gmail.com atau diantar ke kantor gereja Senin–Jumat pukul 08.00–14.00 (kecuali {date}).
Persembahan syukur dapat disalurkan ke rekening majelis Bank NTT 001.01.02.{num}8861-2.
""",
    ),
    T(
        "notice_poster",
        "social_aid",
        """
INFO BANSOS KELURAHAN {KEL}
Sanggahan data penerima: email sanggah.{kels}@gmail.com
atau datang ke kantor lurah {hari} pukul {jam}.
Jumlah KPM per RT: RT 01: {num}, RT 02: {num}, RT 03: {num}
""",
    ),
    T(
        "notice_poster",
        "jobs_recruitment",
        """
LOWONGAN GURU PRIVAT
Mapel: Matematika & IPA SMP
Lamaran kirim ke email saya: [[e:{em1}]]
a.n. [[n:{n1}]], S.Pd.
atau WA [[p:{hp1}]]
Lokasi les di rumah, [[a:{adr1}]]
""",
    ),
    T(
        "notice_poster",
        "health",
        """
POSYANDU LANSIA "SEHAT SELALU"
Pemeriksaan gula darah & tensi gratis
{hari}, {tgl}, pukul {jam}
Tempat: halaman Kantor Lurah {kel}
Pendaftaran kolektif via email posyandulansia.{kels}@gmail.com
""",
    ),
    T(
        "notice_poster",
        "civil_registry",
        """
LAYANAN JEMPUT BOLA DUKCAPIL
Perekaman KTP-el pemula & lansia
Lokasi: {school}, {tgl}
Pendaftaran: registrasi lewat email jemputbola.dukcapil@kupangkota.go.id
Format subjek: KEC_KEL_JUMLAH
Contoh: {KEC}_{KEL}_{num}
""",
    ),
    T(
        "notice_poster",
        "permits_business",
        """
DIJUAL CEPAT
Motor Honda Beat th. 2019, plat [[pl:{pl1}]], surat lengkap
Harga Rp {rp} (nego)
Pemilik: [[n:{n1}]]
Hub [[p:{hp1}]] / email [[e:{emx1}]]
""",
    ),
    T(
        "notice_poster",
        "education",
        """
LOMBA MENULIS ESAI PELAJAR SE-KOTA KUPANG
Tema: "Air Bersih untuk Kupang"
Naskah dikirim ke lombaesai.dpdkupang@gmail.com
Batas: {tgl} pukul {jam}
Contact person: Kak [[n:{g1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "notice_poster",
        "church_community",
        """
UNDANGAN PEMBERKATAN NIKAH
[[n:{n1}]] & [[n:{n2}]]
{hari}, {tgl}, pukul {jam}
{church}
RSVP: [[e:{em1}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "notice_poster",
        "jobs_recruitment",
        """
PENGUMUMAN SELEKSI TENAGA KONTRAK DINAS KEBERSIHAN
Berkas lamaran dikirim ke rekrutmen.dlhk@kupangkota.go.id
Hasil seleksi diumumkan melalui email noreply.rekrutmen@kupangkota.go.id
TIDAK DIPUNGUT BIAYA. Waspada penipuan atas nama panitia.
Nomor pengumuman: {surat}
""",
    ),
    T(
        "notice_poster",
        "utilities",
        """
PEMBERITAHUAN PEMADAMAN AIR
Perbaikan pipa induk Jl. Kelapa Lima, {hari} {tgl}, {jam}–{jamb}
Pelanggan terdampak zona {num}–{num}
Keluhan: pelayanan@pdamkotakupang.co.id
""",
    ),
    T(
        "notice_poster",
        "social_aid",
        """
DICARI KELUARGA
Seorang bapak lansia ditemukan di Terminal Kupang {tgl}, mengaku bernama [[n:{n1}]], asal Soe. Sekarang di Panti Sosial Budi Agung.
Keluarga hubungi pekerja sosial [[n:{n2}]] [[p:{hp2}]] atau email panti: pantibudiagung@gmail.com
""",
        M=(1,),
        E=(1,),
    ),
    T(
        "notice_poster",
        "health",
        """
JADWAL DOKTER SPESIALIS RSUD
Poli Anak: {hari} & Kamis
Poli Penyakit Dalam: Senin–Jumat
Pendaftaran online: daftar.poli@rsudsklerik.kupangkota.go.id
Info: {otel} ext. {num}
""",
    ),
    T(
        "notice_poster",
        "permits_business",
        """
TERIMA JAHIT SERAGAM SEKOLAH & KANTOR
Penjahit [[n:{n1}]] (Mama [[n:{nk1}]])
Rumah: [[a:{ad1}]], Kel. {kel}
Pesan lewat WA [[p:{hp1}]] atau kirim ukuran ke [[e:{em1}]]
""",
        F=(1,),
    ),
    T(
        "notice_poster",
        "civil_registry",
        """
KEHILANGAN
Telah hilang dompet berisi KTP a.n. [[n:{N1}]] dan ATM {bank1}. Bagi yang menemukan mohon hubungi [[p:{hp1}]] atau email [[e:{emp1}]]. Imbalan sepantasnya.
""",
    ),
    T(
        "notice_poster",
        "education",
        """
BEASISWA KUPANG CERDAS GELOMBANG {num}
Syarat lengkap di website. Berkas ke beasiswa.kupangcerdas@kupangkota.go.id
Pertanyaan: tanya.beasiswa@kupangkota.go.id
Jangan kirim ke email pribadi petugas!
""",
    ),
    T(
        "notice_poster",
        "church_community",
        """
RETRET PEMUDA KLASIS
{tgl}, Camp Baumata
Biaya Rp {rp}
Pendaftaran: ketik NAMA_RAYON kirim ke retret.pemuda.klasis@gmail.com
Mailing list peserta: retret-pemuda@googlegroups.com
""",
    ),
    T(
        "notice_poster",
        "jobs_recruitment",
        """
BUTUH CEPAT: Sopir pribadi, SIM B1 umum
Hubungi Bapak [[n:{n1}]]
email: [[e:{ems1}]]
(sengaja ditulis begini biar tidak di-spam)
""",
    ),
    T(
        "notice_poster",
        "security_scams",
        """
WASPADA!
Email rekrutmen.pln.kupang@gmail.com dan hrd-pln-ntt@yahoo.com BUKAN milik PLN. PLN tidak memungut biaya rekrutmen. Informasi resmi: web.pln.co.id
Pengaduan: {otel}
""",
    ),
    T(
        "notice_poster",
        "social_aid",
        """
PEMBAGIAN BERAS CPP
{hari}, {tgl} pukul {jam}
Lokasi: halaman {church}
Daftar penerima dipasang di papan RT. Keberatan kirim ke kesos.{kels}@gmail.com
""",
    ),
    T(
        "notice_poster",
        "utilities",
        """
KOS PUTRI DISEWAKAN
Dekat Undana Penfui, kamar mandi dalam, air PAM lancar
Rp {rp}/bulan
Pemilik: Ibu [[n:{n1}]], [[a:{adr1}]]
Email: [[e:{emk1}]] | WA [[p:{hp1}]]
""",
    ),
]

# ---- ocr_letter: scanned letters, letterheads, OCR text
TEMPLATES += [
    T(
        "ocr_letter",
        "education",
        """
PEMERINTAH KOTA KUPANG
DINAS PENDIDIKAN DAN KEBUDAYAAN
{SCHOOL}
Jl. Perintis Kemerdekaan No. {num}, Telp. {otel}
Email : tu.sekolah.kupang@gmail.com Website: -
NPSN 5010{num}77
Nomor : {surat}
Perihal : Undangan rapat komite
""",
    ),
    T(
        "ocr_letter",
        "civil_registry",
        """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{AD1}]]
E-mail : [[e:{emu1}]]
memberi kuasa kepada:
Nama : [[n:{N2}]]
untuk mengurus akta kelahiran anak kami.
Kupang, {tgl}
""",
    ),
    T(
        "ocr_letter",
        "permits_business",
        """
KOP: KOPERASI SIMPAN PINJAM TUNAS HARAPAN
Badan Hukum No. 518/{num}/BH/2019
Sekretariat: Jl. Soeharto No. {num}, Naikoten I
email: ksp.tunasharapankupang@yahoo.co.id
Nomor : {surat}
Lampiran : 1 (satu) berkas
""",
    ),
    T(
        "ocr_letter",
        "social_aid",
        """
DAFTAR HADIR MUSYAWARAH KELURAHAN
No | Nama | RT | Email/HP
1 | [[n:{N1}]] | {num} | [[e:{em1}]]
2 | [[n:{N2}]] | {num} | [[p:{hp2}]]
3 | [[n:{N3}]] | {num} | [[e:{emn3}]]
""",
    ),
    T(
        "ocr_letter",
        "health",
        """
SURAT KETERANGAN SAKIT
Yang bertanda tangan di bawah ini dokter {pusk} menerangkan bahwa:
Nama : [[n:{Nn1}]]
Umur : {umur1} tahun
Perlu istirahat {num} hari terhitung {tgl}.
dr. [[n:{n2}]]
NIP. {nip}
e-mail dinas: [[e:{emg2}]]
""",
    ),
    T(
        "ocr_letter",
        "jobs_recruitment",
        """
CURRICULUM VITAE
Nama lengkap : [[n:{N1}]]
Tempat/Tgl lahir : Kupang, {date}
Alamat : [[a:{adr1}]]
Email : [[e:{emn1}]]
No. HP : [[p:{hp1}]]
Pendidikan : S1 Akuntansi Undana
""",
    ),
    T(
        "ocr_letter",
        "church_community",
        """
MAJELIS JEMAAT GMIT {KEL}
KLASIS KOTA KUPANG
Sekretariat: Jl. Timor Raya Km. {num}
Email : majelisjemaat.{kels}@gmail.com
Nomor : {num}/MJ/{kode}
Hal : Permohonan bantuan hibah rehab gedung gereja
""",
    ),
    T(
        "ocr_letter",
        "permits_business",
        """
SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini:
Nama : [[n:{N1}]]
Pekerjaan : Wiraswasta
Alamat : [[a:{AD1}]]
Email : [[e:{em1}]]
menyatakan bahwa usaha depot air saya berada di rumah sendiri.
ttd
[[n:{N1}]]
""",
    ),
    T(
        "ocr_letter",
        "utilities",
        """
BERITA ACARA PEMERIKSAAN METER
ID Pelanggan : {idpel}
Nama : [[n:{N1}]]
Alamat : [[a:{adr1}]]
Petugas : [[n:{N2}]]
Hasil : meter macet, diganti {date}
Salinan dikirim ke : [[e:{em1}]]
""",
    ),
    T(
        "ocr_letter",
        "education",
        """
SURAT REKOMENDASI
Kepala {school} merekomendasikan siswa:
Nama : [[n:{N1}]]
NISN : {nisn}
untuk mengikuti seleksi beasiswa. Korespondensi melalui kepsek.sekolah.kupang@gmail.com.
Kupang, {tgl}
Kepala Sekolah,
[[n:{n2}]], S.Pd., M.Pd.
""",
        K=(1,),
    ),
    T(
        "ocr_letter",
        "civil_registry",
        """
FORMULIR F-1.02
PENDAFTARAN PERISTIWA KEPENDUDUKAN
Nama Kepala Keluarga : [[n:{N1}]]
Nomor KK : [[kk:{kk1}]]
Alamat : [[a:{AD1}]]
Kelurahan : {KEL}
Email (opsional): [[e:{EMU2}]]
Nama Anggota : [[n:{N2}]]
""",
        fam={2: 1},
    ),
    T(
        "ocr_letter",
        "security_scams",
        """
LAPORAN POLISI
Nomor: LP/B/{num}/XI/2026/SPKT
Uraian singkat: pelapor menerima email dari rekrutmen.polri.ntt@gmail.com yang meminta biaya pendaftaran Bintara. Email tersebut bukan milik Polri.
Barang bukti: tangkapan layar email, struk transfer {date}
""",
    ),
    T(
        "ocr_letter",
        "health",
        """
RSUD S.K. LERIK KOTA KUPANG
Jl. Timor Raya No. 134 Telp. {otel}
e-mail : rsudsklerik@kupangkota.go.id
RINGKASAN PULANG
Nama Pasien : [[n:{N1}]]
No. RM : 0{num}-{num}-1{num}
Kontak keluarga : [[p:{hp2}]] ([[n:{N2}]])
""",
    ),
    T(
        "ocr_letter",
        "jobs_recruitment",
        """
PEMERINTAH KOTA KUPANG
BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM
e-mail: bkpsdm@kupangkota.go.id
PENGUMUMAN
Nomor: {surat}
Peserta yang tidak menerima undangan melalui email agar menghubungi helpdesk.bkpsdm@kupangkota.go.id paling lambat {tgl}.
""",
    ),
    T(
        "ocr_letter",
        "social_aid",
        """
SURAT PERMOHONAN
Kepada Yth. Lurah {kel}
Dengan hormat,
Saya [[n:{n1}]], warga [[a:{rt1}]], memohon bantuan bedah rumah. Balasan dapat dikirim ke email cucu saya [[n:{n2}]]: [[e:{emm2}]]
Hormat saya,
[[n:{N1}]]
""",
        E=(1,),
        K=(2,),
    ),
    T(
        "ocr_letter",
        "church_community",
        """
PAROKI SANTO YOSEF NAIKOTEN
Jl. Urip Sumoharjo No. {num}, Kupang
sekretariat.paroki.naikoten@gmail.com
SURAT BAPTIS (SALINAN)
Nama : [[n:{N1}]]
Ayah : [[n:{N2}]]
Ibu : [[n:{N3}]]
Dibaptis tanggal {tgl}
""",
        K=(1,),
        M=(2,),
        F=(3,),
        fam={1: 2},
    ),
    T(
        "ocr_letter",
        "permits_business",
        """
CV KARYA LONTAR
Jl. Cak Doko No. {num}, Kupang
Telp. {otel} e-mail: cvkaryalontar@gmail.com
NPWP: {npwpx}
INVOICE No. {kode}
Kepada: Dinas PUPR Kota Kupang
""",
    ),
    T(
        "ocr_letter",
        "utilities",
        """
DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN
Bidang Persampahan
e-mail: persampahan.dlhk@kupangkota.go.id
JADWAL ANGKUT SAMPAH KEL. {KEL}
RT 01 - RT 08 : {hari}
RT 09 - RT 15 : Kamis
""",
    ),
    T(
        "ocr_letter",
        "civil_registry",
        """
DATA PEMOHON
N a m a : [[n:{Nn1}]]
NIK : [[nik:{niko1}]]
E-mail : [[e:{emn1}]]
Tempat/Tgl Lahir : KUPANG, {date}
""",
    ),
    T(
        "ocr_letter",
        "education",
        """
Hormat kami,
Kepala Sekolah
ttd
[[n:{N1}]]
NIP. {nip}
Tembusan:
1. Kepala Dinas Pendidikan (disdik@kupangkota.go.id)
2. Pengawas sekolah, Ibu [[n:{n2}]] ([[e:{emg2}]])
3. Arsip
""",
    ),
    T(
        "ocr_letter",
        "health",
        """
PUSKESMAS {KEL}
Jl. Adisucipto No. {num} Kupang
e-mail: pkm{kels}@gmail.com
SURAT RUJUKAN
Nomor: {num}/PKM/{kode}
Kepada Yth. Dokter Spesialis Mata RSUD
""",
    ),
    T(
        "ocr_letter",
        "jobs_recruitment",
        """
SURAT LAMARAN
Kupang, {tgl}
Kepada Yth. HRD Hotel Aston Kupang
di tempat
Saya yang bertanda tangan di bawah ini,
Nama : [[n:{N1}]]
E-mail : [[e:{EMU1}]]
HP : [[p:{hpo1}]]
""",
    ),
]

# ---- kupang_malay: complaints and messages in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "civil_registry",
        """
Selamat siang bapa ibu di Dukcapil. Beta [[n:{n1}]] dari {kel}. Beta su kirim berkas pindah ke email dong pung, tapi sonde ada balasan sampe sekarang. Beta pung email [[e:{em1}]]. Tolong cek e, su dua minggu ni.
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Pak lurah, mama tua [[n:{n1}]] di [[a:{adr1}]] sonde dapa bansos lai. Petugas bilang kirim keberatan lewat email, mana mama tua tau email? Beta pake beta pung email sa: [[e:{em2}]]. Beta ini ponakan, [[n:{g2}]].
""",
        F=(1,),
        E=(1,),
    ),
    T(
        "kupang_malay",
        "jobs_recruitment",
        """
Kaka dong, ada yang tau ko email rekrutmen.kupang.job@gmail.com tu betul ko sonde? Dong minta uang Rp {rp} untuk seragam. Beta su curiga. Itu nomor {scam} ju yang suru transfer.
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Beta mau lapor, di {pusk} tu pegawai loket bilang kartu BPJS beta pung anak sonde aktif. Beta su email ke BPJS tapi dong balas pake email noreply sa, sonde bisa balas. Nomor kartu anak [[bpjs:{bpjs2}]]. Beta [[n:{n1}]], hp [[p:{hp1}]].
""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "kupang_malay",
        "education",
        """
Ibu guru, beta pung anak [[n:{g2}]] pung tugas su kirim ke email sekolah tu, tugas.{kels}@gmail.com, ko ibu bilang belum masuk? Beta kirim ulang pake beta pung email [[e:{emp1}]] e. Mama [[n:{g1}]].
""",
        F=(1,),
        fam={2: 1},
        K=(2,),
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Kermana ini PDAM? Air su sonde jalan sejak {tgl} di botong pung RT, [[a:{rt1}]]. Botong su email ke pengaduan@pdamkotakupang.co.id, su telpon call center {otel}, sonde ada yang urus.
""",
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Hati-hati e basodara. Ada yang kirim email pake nama Om Camat, alamat camat.kelapalima.kupang@gmail.com, minta uang untuk urus sertifikat. Om Camat sendiri bilang itu bukan dia. Jang percaya! Sa dapa email tu {date}.
""",
    ),
    T(
        "kupang_malay",
        "church_community",
        """
Syalom bapa mama. Yang mau kasi sumbangan untuk mama [[n:{n1}]] pung rumah yang tabakar di [[a:{ad1}]] bisa transfer ke anak dong, [[n:{n2}]], {bank2} [[b:{rek2}]]. Bukti kirim ke [[e:{em2}]] sa.
""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "permits_business",
        """
Beta ni jual ikan kering di pasar, mau urus NIB ma sonde tau pake email. Petugas suru bekin email baru, jadi sekarang beta pung email [[e:{emd1}]]. Nama beta [[n:{n1}]], NIK [[nik:{nik1}]].
""",
    ),
    T(
        "kupang_malay",
        "jobs_recruitment",
        """
Info loker dari grup: toko elektronik di Kuanino cari karyawan. Kirim lamaran ke tokoelektronik.kuanino@gmail.com ato antar langsung {hari} jam {jam}. Sonde pake biaya. Jang percaya kalo ada yang minta uang.
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Botong warga di {kel} su kumpul data lansia {num} orang. Pak RT bilang kirim ke email kelurahan, kel{kels}.pelayanan@gmail.com, ma sampe sekarang sonde ada kabar. Tanggal kirim {date}.
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Om [[n:{g1}]], beta su kirim hasil lab Oma [[n:{g2}]] ke Om pung email [[e:{emg1}]] tadi. Om tolong kasi lia dokter e. Danke banyak.
""",
        M=(1,),
        F=(2,),
        E=(2,),
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Kaka petugas, beta pung email waktu daftar tu salah ketik, beta tulis [[e:{emw1}]]. Jadi kode sonde masuk-masuk. Tolong ganti ke [[e:{emp1}]]. Beta [[n:{lg1}]].
""",
    ),
    T(
        "kupang_malay",
        "education",
        """
Panitia lomba baca puisi bilang naskah kirim ke lombapuisi.smpkyoseph@gmail.com. Dong pung nomor panitia {owa}. Yang mau ikut daftar sampe {tgl}.
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Ini beta pung tetangga, Bapa [[n:{n1}]], dia sonde bisa pake hp. Dia pung meteran listrik rusak. Kalo PLN mau balas, kirim ke beta pung email sa, [[e:{emx2}]]. Beta [[n:{n2}]], rumah di [[a:{ad2}]].
""",
        E=(1,),
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Tadi ada email dari bankntt.layanan@gmail.com bilang beta pung rekening diblokir. Beta tanya di kantor Bank NTT, dong bilang itu tipu, email resmi sonde begitu. Tolong kasi tau orang tua-tua dong. Email tu masuk jam {jam}.
""",
    ),
    T(
        "kupang_malay",
        "church_community",
        """
Rayon {num} pung data jemaat baru su kirim ke sekretariat.jemaat@gmail.com ko belum? Kalo belum, kirim sebelum {hari}. Yang pegang data tu Ibu [[n:{n1}]], dia pung email [[e:{em1}]].
""",
    ),
    T(
        "kupang_malay",
        "permits_business",
        """
Beta pung kios di rumah, [[a:{adr1}]], mau daftar QRIS. Bank minta email usaha, beta kasi email anak sa [[e:{em2}]] (anak nama [[n:{g2}]]). Boleh ko sonde?
""",
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "jobs_recruitment",
        """
Bapa ibu, beta su kirim lamaran ke rekrutmen.rsud@kupangkota.go.id tapi email balik terus, bilang alamat sonde ada. Betul ko alamat tu? Pengumuman bilang tutup {tgl}.
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Beta [[n:{n1}]], warga [[a:{rt1}]], rumah di [[a:{ad1}]]. Bantuan PKH beta pung mama su tiga bulan sonde masuk. Pendamping bilang email pkh.maulafa@gmail.com, ma sonde dibalas.
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Posyandu di botong pung RW su sonde jalan. Kader bilang laporan kirim ke email puskesmas, ma email tu penuh. Puskesmas pung nomor {otel} sonde angkat. Tanggal {date}.
""",
    ),
]

# ---- social_post: Facebook posts and comments
TEMPLATES += [
    T(
        "social_post",
        "jobs_recruitment",
        """
INFO LOKER KUPANG 📢
Klinik gigi di Oebobo butuh asisten perawat gigi. Lamaran kirim ke klinikgigisenyum.kpg@gmail.com paling lambat {tgl}. Jangan lewat inbox ya. Share ke yang butuh 🙏
#lokerkupang #lokerntt
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
Sekadar info pengalaman: urus akta kelahiran online di Dukcapil Kota Kupang cepat kok, 3 hari jadi. Kirim berkas ke email resmi, jangan lewat calo. Yang mau tanya-tanya boleh email sa [[e:{em1}]] 😊
— [[n:{n1}]]
""",
    ),
    T(
        "social_post",
        "security_scams",
        """
⚠️ HATI-HATI ⚠️
Akun FB "Dinas Sosial Kota Kupang Official" itu PALSU. Dia suruh kirim data ke bantuan.dinsoskupang@gmail.com. Dinsos resmi cuma pakai dinsos@kupangkota.go.id. Sa su lapor ke Polresta {date}.
""",
    ),
    T(
        "social_post",
        "health",
        """
Terima kasih untuk dr. [[n:{n1}]] di {pusk} yang mau balas email pasien jam {jam} malam 🙏 Pelayanan begini yang kami mau. Email beliau di papan informasi puskesmas: [[e:{emg1}]]
""",
    ),
    T(
        "social_post",
        "education",
        """
Komentar:
[[n:{l1}]]: sa pung anak su kirim tugas ke email guru tapi dibilang belum masuk, gimana ni
[[n:{l2}]]: coba cek email yg dipake kak, mungkin salah ketik. sa pernah salah tulis [[e:{emw2}]] 😂
kupang_bersuara: sekolah harusnya punya email resmi
""",
    ),
    T(
        "social_post",
        "utilities",
        """
Lampu jalan di Jl. Frans Seda depan gereja su 3 minggu mati. Sa su lapor ke pengaduan@kupangkota.go.id deng SP4N-LAPOR, tiket {tiket}. Belum ada tindak lanjut. @pemkotkupang tolong 🙏
""",
    ),
    T(
        "social_post",
        "church_community",
        """
Puji Tuhan, pembangunan gedung kebaktian rayon {num} hampir selesai 🙏 Bagi yang mau berpartisipasi, hubungi bendahara panitia Ibu [[n:{n1}]] ([[p:{hp1}]]) atau email [[e:{em1}]]. Tuhan memberkati.
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Ada yang tahu kenapa email sanggahan DTKS selalu mental? Alamat di spanduk kelurahan ditulis "dtks.kotakupang @ gmail . com" tapi tidak bisa. Sudah coba {num} kali sejak {date}. Mohon pencerahan @dinsoskotakupang
""",
    ),
    T(
        "social_post",
        "permits_business",
        """
Buka PO kue kering Natal 🎄 nastar, kastengel, putri salju. Pesan WA [[p:{hp1}]] atau email [[e:{em1}]]. Bisa antar area Oebobo & Kelapa Lima. Dapur rumah sendiri, [[a:{ad1}]] 😊
- Mama [[n:{nk1}]]
""",
        F=(1,),
    ),
    T(
        "social_post",
        "jobs_recruitment",
        """
Mohon maaf, saya [[n:{n1}]] dari Yayasan Pendidikan Kasih Timor. Yang kemarin kirim lamaran ke email pribadi saya ([[e:{emp1}]]), mohon kirim ulang ke yayasan: rekrutmen.ypkasihtimor@gmail.com. Terima kasih.
""",
    ),
    T(
        "social_post",
        "security_scams",
        """
Barusan dapat email dari "Polda NTT" <tilang.elektronik.poldantt@gmail.com>, katanya kena tilang dan harus bayar Rp {rp}. Polisi tidak pakai gmail ya teman2. Hapus saja.
""",
    ),
    T(
        "social_post",
        "education",
        """
Selamat kepada ananda [[n:{n1}]] ({school}) juara 1 lomba debat tingkat provinsi 🏆 Untuk kerja sama pembinaan, hubungi pelatih debat Kak [[n:{n2}]], email [[e:{emx2}]].
""",
        K=(1,),
    ),
    T(
        "social_post",
        "civil_registry",
        """
Komentar kupanginfo:
[[n:{l1}]]: admin, email dukcapil yg aktif apa e?
Dukcapil Kota Kupang: Silakan kirim ke pelayanan.dukcapil@kupangkota.go.id, Kak. Email lain bukan milik kami.
[[n:{l1}]]: siap makasih
""",
    ),
    T(
        "social_post",
        "utilities",
        """
Sa mau kasi tau: pengaduan listrik bisa lewat email PLN UP3 Kupang, up3kupang@pln.co.id, atau aplikasi PLN Mobile. Jangan percaya orang yang minta uang pasang meteran. Info resmi {otel}.
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Tolong bantu share 🙏 Bapa [[n:{n1}]] ({umur1} thn) di [[a:{adr1}]] butuh kursi roda. Keluarga bisa dihubungi lewat anaknya [[n:{g2}]], [[p:{hp2}]] / [[e:{em2}]].
""",
        M=(1,),
        E=(1,),
        fam={2: 1},
    ),
    T(
        "social_post",
        "health",
        """
Pengumuman dari Puskesmas: mulai {tgl} pendaftaran poli bisa lewat email daftar.{kels}@gmail.com. Sertakan nama, NIK dan keluhan. Nomor antrian dibalas sebelum jam {jam}.
""",
    ),
    T(
        "social_post",
        "church_community",
        """
Komentar:
[[n:{l1}]]: syalom, formulir sidi dikirim ke mana?
sekretariat_jemaat_betel: ke sidi.betel.oesapa@gmail.com kak, atau antar ke kantor
[[n:{l2}]]: yg belum punya email bisa titip ke sy [[e:{em2}]]
""",
    ),
    T(
        "social_post",
        "permits_business",
        """
Reminder: perpanjangan izin usaha pangan (PIRT) bisa lewat email pirt.dinkeskupang@gmail.com. Berkas: KTP, denah dapur (denah@2x.png jangan dikompres), foto produk. Layanan {hari} {jam}.
""",
    ),
    T(
        "social_post",
        "jobs_recruitment",
        """
Barusan dapat email balasan lamaran dari hrd@hotelkristalkupang.com, katanya sy lolos tahap 1 🥹🙏 Yang lain juga sabar ya, dicek folder spam. — [[n:{n1}]] ([[e:{emp1}]])
""",
    ),
    T(
        "social_post",
        "education",
        """
Grup Guru Honor Kota Kupang: data honorer dikirim lewat guru-honor-kupang@googlegroups.com, bukan ke email pribadi admin. Deadline {tgl}. Format: NUPTK_Nama.xlsx
""",
    ),
    T(
        "social_post",
        "security_scams",
        """
Sa su tertipu Rp {rp} gara2 email rekrutmen palsu. Email pelaku: karir.bumn.indonesia@gmail.com, yang kirim pake nama [[n:{n1}]]. Rekening tujuan {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. Tolong jangan tertipu.
""",
    ),
    T(
        "social_post",
        "utilities",
        """
Keluhan warga RT {num} sampai RT 1{num} Kel. {kel}: su 2 bulan sonde dapa air. Forum warga su kirim surat ke Direktur PDAM lewat email direktur@pdamkotakupang.co.id tanggal {date}. Mohon perhatian 🙏
""",
    ),
]

# ---- more of every style: the harder mailboxes
TEMPLATES += [
    T(
        "mail_header",
        "health",
        """
From: [[n:{g1}]] Dinkes <[[e:{lg1}.dinkes@gmail.com]]>
To: Gizi Puskesmas <gizi.puskesmas{kels}@gmail.com>
Subject: Data balita stunting {kel}

Kak, tolong kirim data by name by address ke email sa ini dulu, email kantor lagi penuh. Makasih.
""",
    ),
    T(
        "mail_header",
        "permits_business",
        """
From: git@github.com
Subject: [kupang-smartcity/lapor-bot] Build failed on main
Remote: git@github.com:kupang-smartcity/lapor-bot.git
Commit {kode} by ci-bot. Lihat log di https://ci:token@build.kupangkota.go.id/jobs/{num}
""",
    ),
    T(
        "mail_reply",
        "social_aid",
        """
Maaf Pak, email sa yang benar [[e:{lg1}{yy}@yahoocom]] eh salah, [[e:{lg1}{yy}@yahoo.com]]. Tolong kirim ulang surat keterangannya.
[[n:{n1}]]

> Pada {tgl}, Kelurahan {kel} <kelurahan.{kels}@gmail.com> menulis:
> Email Bapak/Ibu tidak dapat dikirimi (alamat tidak ditemukan).
""",
    ),
    T(
        "web_form",
        "permits_business",
        """
Contoh isian yang benar:
Email: nama@contoh.com
Email pemohon: [[e:{em1}]]
Nama pemohon: [[n:{n1}]]
Catatan: jangan tulis email seperti nama@example.com, sistem menolak. Akun lama https://pemohon:rahasia@oss-lama.kupangkota.go.id sudah tidak dipakai.
""",
    ),
    T(
        "sms_caps",
        "education",
        """
KOTKUPANG SY [[n:{N1}]] GURU HONOR. EMAIL DINAS SY [[e:{emG1}]] TDK BISA LOGIN SEJAK {date}. ADMIN DISDIK TDK BALAS. MHN BANTU
""",
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
dukcapil, tlg kirim akta ke email sy: [[e:{emq1}]] (ditulis begitu krn takut spam). nama [[n:{l1}]], no registrasi {kode}
""",
    ),
    T(
        "wa_chat",
        "security_scams",
        """
[{date} {jam1}] [[n:{n1}]]: Pak, ini email yg minta sy transfer: camat.oebobo.resmi@gmail.com. Benar punya Bapak Camat?
[{date} {jam2}] Kantor Camat Oebobo: Bukan Ibu. Email resmi kami camat.oebobo@kupangkota.go.id. Mohon jangan transfer.
""",
        F=(1,),
    ),
    T(
        "notice_poster",
        "education",
        """
PENGUMUMAN
Ujian susulan kelas IX: {hari}, {tgl}, pukul {jam}
Siswa yang berhalangan kirim surat keterangan ke email wali kelas masing-masing atau ke Ibu [[n:{n1}]] (wakasek kurikulum): [[e:{emg1}]]
""",
    ),
    T(
        "ocr_letter",
        "social_aid",
        """
KARTU IDENTITAS PENERIMA
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{AD1}]]
Email pendamping : pkh.kotakupang@gmail.com
Bank penyalur : BNI
""",
    ),
    T(
        "kupang_malay",
        "church_community",
        """
Pengumuman dari majelis: yang mau daftar baptis anak, kirim data ke baptis.jemaatefata@gmail.com ato kasi langsung ke Pnt. [[n:{n1}]] di rumah, [[a:{ad1}]]. Jang kirim ke Pendeta pung email pribadi e.
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
Tips: kalo email kalian ditolak sistem Dukcapil, mungkin ada spasi atau koma. Contoh sa punya dulu ditulis [[e:{emm1}]] — harusnya pake titik. Semoga membantu 🙏 ([[n:{n1}]])
""",
    ),
    T(
        "web_form",
        "jobs_recruitment",
        """
Formulir Pendaftaran Magang Bank NTT
Nama: [[n:{n1}]]
Email kampus: [[e:{lg1}.{nisn}@student.undana.ac.id]]
Email pribadi: [[e:{em1}]]
Pembimbing: [[n:{n2}]] ([[e:{emg2}]])
""",
    ),
]

if __name__ == "__main__":
    main()
