# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401
"""Write tests/data/redaction_dev36.jsonl: identity numbers and mailboxes as people type, paste and scan them.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{nik1}``, ``{em1}``, ``{nip}``), each filled three times with invented values; span offsets
are computed from the markers. Run ``python3 tests/data/make_redaction_dev36.py`` (stdlib only,
deterministic).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20261236
OUT = Path(__file__).with_name("redaction_dev36.jsonl")

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
    "web_form",
    "wa_chat",
    "sms_1708",
    "email_office",
    "ocr_card",
    "sheet_paste",
    "call_note",
    "social_thread",
    "letter",
    "kupang_malay",
)
THEMES = (
    "civil_registry",
    "social_aid",
    "tax",
    "health_bpjs",
    "money_scam",
    "school_work",
    "land_vehicle",
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
    "nn",
    "bidan",
    "lurah",
    "guru",
    "dr",
    "drs",
    "pdt",
    "serka",
    "bripka",
    "briptu",
    "aiptu",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "ade",
    "nyong",
    "admin",
    "petugas",
    "ketua",
    "camat",
    "yth",
    "kepada",
    "saudara",
    "saudari",
    "ttd",
    "hormat",
    "salam",
    "pelapor",
    "penelepon",
}

GIVEN_M = (
    "Aldrin",
    "Benediktus",
    "Charles",
    "Dionisius",
    "Efraim",
    "Fransiskus",
    "Gabriel",
    "Habel",
    "Imanuel",
    "Jitro",
    "Kornelis",
    "Lambertus",
    "Markus",
    "Nikson",
    "Oktovianus",
    "Petrus",
    "Rafael",
    "Sakarias",
    "Titus",
    "Urbanus",
    "Welem",
    "Yermias",
    "Zadrak",
    "Ansel",
    "Boni",
    "Kristo",
    "Melkianus",
    "Rinto",
    "Stenly",
    "Yulius",
    "Arnoldus",
    "Hendrik",
    "Mikael",
    "Sefanya",
    "Darius",
)
GIVEN_F = (
    "Adelheid",
    "Beatriks",
    "Christina",
    "Debora",
    "Elisabet",
    "Femmy",
    "Grasiana",
    "Herlina",
    "Ivone",
    "Jublina",
    "Kristin",
    "Lusiana",
    "Magdalena",
    "Novalina",
    "Orpa",
    "Priskila",
    "Regina",
    "Serlin",
    "Theodora",
    "Vinsensia",
    "Wilhelmina",
    "Yuliana",
    "Agnes",
    "Delfi",
    "Fransina",
    "Imelda",
    "Marta",
    "Ruth",
    "Selvi",
    "Yasinta",
    "Kornelia",
    "Mersi",
    "Anjelin",
)
FAMILY = (
    "Fanggidae",
    "Tanau",
    "Ledo",
    "Haning",
    "Bullu",
    "Kolo",
    "Nalle",
    "Sinlae",
    "Toeh",
    "Adu",
    "Lenggu",
    "Sabat",
    "Taek",
    "Boimau",
    "Nabuasa",
    "Tasuib",
    "Manu",
    "Kase",
    "Neolaka",
    "Seran",
    "Nuban",
    "Nitbani",
    "Naiheli",
    "Laiskodat",
    "Kana",
    "Lomi",
    "Tunliu",
    "Faot",
    "Loak",
    "Liu",
    "Mesakh",
    "Rohi",
    "Sooai",
    "Bire",
    "Kotten",
    "Bolla",
    "Ully",
    "Dethan",
    "Tallo",
    "Pandie",
    "Wadu",
    "Hauteas",
    "Kapitan",
    "Detaq",
    "Lado",
    "Lakapu",
    "Kaseh",
    "Ratu Kaho",
    "Dju Lede",
    "Bili",
    "Obenu",
    "Baun",
    "Selan",
    "Anin",
    "Ninu",
    "Lopo",
    "Nenoliu",
)
NICK = ("Nyong", "Ocha", "Iki", "Ety", "Yanto", "Lince", "Eto", "Memi", "Odi", "Cece")
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "hotmail.com",
    "outlook.com",
    "rocketmail.com",
)
KELURAHAN = (
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Naikoten I",
    "Fontein",
    "Bakunase",
    "Nefonaek",
    "Oepura",
    "Sikumana",
    "Belo",
    "Penfui",
    "Oesapa Barat",
    "Lasiana",
    "Manutapen",
    "Fatufeto",
    "Namosain",
    "Alak",
    "Naioni",
    "Fatukoa",
    "Kolhua",
    "Maulafa",
    "Tuak Daun Merah",
    "Airnona",
    "Pasir Panjang",
)
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Bakti Karya",
    "Jl. Kampung Baru",
    "Jl. Perintis Kemerdekaan III",
    "Jl. Ikan Paus",
    "Jl. Kuda Laut",
    "Jl. Cemara",
    "Jl. Manafe Timur",
    "Jl. Sepakat",
    "Jl. Frans Lebu Raya",
    "Jl. Hati Mulia",
    "Jl. Bajawa",
    "Jl. Nusa Indah",
    "Jl. Sumba",
    "Jl. Oeleta",
    "Jl. Bundaran PU",
    "Jl. Gunung Fatuleu",
    "Jl. Kefa",
    "Jl. Batu Cadas",
    "Gg. Mawar",
    "Gg. Salib",
    "Gg. Anggur",
    "Jl. Air Lobang",
    "Jl. Nangka Gg. 2",
    "Lr. Bahagia",
    "Jl. Lontar Raya",
)
COMPLEX = ("Perumnas Blok C", "BTN Kolhua Blok K", "Perum Bumi Indah Blok F", "Griya Liliba Blok D")
REGENCY = (
    ("71", 40),
    ("01", 18),
    ("02", 5),
    ("03", 4),
    ("04", 4),
    ("05", 3),
    ("06", 3),
    ("07", 3),
    ("08", 3),
    ("10", 3),
    ("13", 3),
    ("14", 4),
    ("16", 3),
    ("17", 2),
)
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
MOBILE = (
    ("0812", 12),
    ("0813", 16),
    ("0821", 10),
    ("0822", 10),
    ("0823", 8),
    ("0852", 12),
    ("0853", 12),
    ("0851", 3),
    ("0857", 4),
    ("0858", 3),
    ("0877", 2),
    ("0878", 3),
    ("0895", 2),
    ("0896", 2),
    ("0819", 2),
    ("0818", 2),
    ("0811", 2),
    ("0838", 2),
)
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0898", "0899", "0881", "0817", "0815", "0859"}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu")
BULAN = (
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


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[str, dict[str, object]] = {}
        self.words: set[str] = set()
        self.numbers: set[str] = set()
        self.year = rng.choice((2025, 2026, 2026))

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(300):
            v = make()
            core = re.sub(r"\D", "", v)
            if core not in self.numbers:
                self.numbers.add(core)
                return v
        raise RuntimeError("no fresh value")

    # -- people
    def person(self, i: str) -> dict[str, object]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        spec = self.spec
        key = int(i) if i else 0
        if key in spec["F"]:
            sex = "F"
        elif key in spec["M"]:
            sex = "M"
        else:
            sex = r.choice("MF")
        fam_of = spec["fam"].get(key)
        while True:
            given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
            family = self.person(str(fam_of))["family"] if fam_of is not None else r.choice(FAMILY)
            words = {w.lower() for w in (given + " " + family).split()}
            if given.lower() in self.words or (fam_of is None and family.lower() in self.words):
                continue
            break
        self.words |= words
        if key in spec["E"]:
            born = r.randint(1944, 1962)
        elif key in spec["K"]:
            born = r.randint(2009, 2021)
        else:
            born = r.randint(1966, 2003)
        p = {
            "sex": sex,
            "given": given,
            "family": family,
            "born": born,
            "day": r.randint(1, 28),
            "month": r.randint(1, 12),
            "reg": r.choices([x[0] for x in REGENCY], [x[1] for x in REGENCY])[0],
        }
        self.people[i] = p
        return p

    # -- identity numbers
    def nik_raw(self, i: str) -> str:
        p = self.person(i)
        r = self.rng

        def make() -> str:
            day = p["day"] + (40 if p["sex"] == "F" else 0)
            dist = "%02d" % r.randint(1, 12 if p["reg"] == "71" else 24)
            return "53%s%s%02d%02d%02d%04d" % (
                p["reg"],
                dist,
                day,
                p["month"],
                p["born"] % 100,
                r.randint(1, 60),
            )

        return self.fresh(make)

    def kk_raw(self, i: str) -> str:
        p = self.person(i)
        r = self.rng

        def make() -> str:
            dist = "%02d" % r.randint(1, 12)
            return "53%s%s%02d%02d%02d%04d" % (
                p["reg"],
                dist,
                r.randint(1, 28),
                r.randint(1, 12),
                r.randint(5, 25),
                r.randint(1, 9999),
            )

        return self.fresh(make)

    def write_id(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices("bsdtgp", (40, 22, 12, 10, 8, 8))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "d":
            return "%s.%s.%s.%s.%s" % (raw[:2], raw[2:4], raw[4:6], raw[6:12], raw[12:])
        if how == "t":
            return "-".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "g":  # grouped 6-6-4 as printed on some forms
            return "%s %s %s" % (raw[:6], raw[6:12], raw[12:])
        if how == "p":  # read out in pairs
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for k in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[k] = r.choice(OCR_SUBS[out[k]])
            return "".join(out)
        if how == "l":  # broken over a line
            k = r.choice((5, 6, 8, 10, 12))
            return raw[:k] + "\n" + raw[k:]
        if how == "x":  # a stray space as a scanner reads it
            k = r.randint(3, 13)
            return raw[:k] + " " + raw[k:]
        if how == "w":  # a digit too many or too few
            if r.random() < 0.5:
                k = r.randint(6, 15)
                return raw[:k] + raw[k + 1 :]
            k = r.randint(6, 15)
            return raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            pre = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            return pre + str(r.randint(1, 9)) + self.digits(r.choice((6, 7, 7, 7)))

        return self.fresh(make)

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices("bdsimjkt", (38, 14, 16, 8, 6, 8, 5, 5))[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "m": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
        }
        if how in forms:
            return forms[how]
        if how == "o":
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 0]
            out = list(raw)
            for k in r.sample(pos, min(2, len(pos))):
                out[k] = r.choice(OCR_SUBS[out[k]])
            return "".join(out)
        raise KeyError(how)

    # -- mailboxes
    def mailbox(self, i: str) -> tuple[str, str]:
        p = self.person(i)
        r = self.rng
        if "mail" in p:
            return p["mail"]
        g = p["given"].lower()
        f = p["family"].lower().replace(" ", "")
        yy = "%02d" % (p["born"] % 100)
        local = r.choice(
            (
                f"{g}.{f}",
                f"{g}{f}{yy}",
                f"{g}_{f}",
                f"{f}.{g}{r.randint(1, 99)}",
                f"{g}{yy}",
                f"{g[0]}{f}{p['born']}",
                f"{g}.{f[:4]}{r.randint(10, 99)}",
                f"{f}{g[:3]}",
            )
        )
        p["mail"] = (local, r.choice(HOSTS))
        return p["mail"]

    def write_mail(self, i: str, how: str) -> str:
        local, host = self.mailbox(i)
        r = self.rng
        if how == "":
            how = r.choices("PSAKBMUL", (34, 12, 9, 7, 7, 6, 8, 6))[0]
        name, _, tld = host.partition(".")
        if how == "P":
            return f"{local}@{host}"
        if how == "U":  # capitals, as a phone's keyboard or a form leaves them
            return (
                f"{local}@{host}".upper()
                if r.random() < 0.4
                else f"{local.capitalize()}@{host.capitalize()}"
            )
        if how == "S":
            return r.choice((f"{local} @ {host}", f"{local} @{host}", f"{local}@ {host}"))
        if how == "A":
            return r.choice((f"{local}(at){host}", f"{local} (at) {host}", f"{local}[at]{host}"))
        if how == "K":  # a comma typed for the dot
            return f"{local}@{name},{tld}"
        if how == "B":
            return r.choice(
                (
                    f"{local} [at] {name} [dot] {tld.replace('.', ' [dot] ')}",
                    f"{local} at {name} dot {tld.replace('.', ' dot ')}",
                    f"{local}(at){name}(titik){tld.replace('.', '(titik)')}",
                )
            )
        if how == "M":  # a dot missing in the domain
            return (
                f"{local}@{name}{tld}" if tld == "com" else f"{local}@{name}.{tld.replace('.', '')}"
            )
        if how == "L":  # cut by a line break
            return r.choice((f"{local}\n@{host}", f"{local}@\n{host}", f"{local}@{name}.\n{tld}"))
        raise KeyError(how)

    def value(self, name: str, i: str) -> str:
        r = self.rng
        if name in OTHER:
            return OTHER[name](self, i)
        if name == "n":
            p = self.person(i)
            return f"{p['given']} {p['family']}"
        if name == "g":
            return self.person(i)["given"]
        if name == "loc":  # an office mailbox's local part made of the person's name
            p = self.person(i)
            return ("%s.%s" % (p["given"], p["family"])).lower().replace(" ", "")
        if name == "f":
            return self.person(i)["family"]
        if name == "nick":
            while True:
                v = r.choice(NICK)
                if v.lower() not in self.words:
                    self.words.add(v.lower())
                    return v
        if name.startswith("nik"):
            key = "{nikraw%s}" % i
            if key not in self.cache:
                self.cache[key] = self.nik_raw(i)
            return self.write_id(self.cache[key], name[3:].lower())
        if name.startswith("kk"):
            key = "{kkraw%s}" % i
            if key not in self.cache:
                self.cache[key] = self.kk_raw(i)
            return self.write_id(self.cache[key], name[2:].lower())
        if name.startswith("hp"):
            key = "{hpraw%s}" % i
            if key not in self.cache:
                self.cache[key] = self.mobile_raw()
            return self.write_mobile(self.cache[key], name[2:].lower())
        if name == "land":
            return self.fresh(
                lambda: (
                    r.choice(("0380 8", "(0380) 8", "0380-8"))
                    + str(r.randint(1, 9))
                    + self.digits(4)
                )
            )
        if name.startswith("em"):
            return self.write_mail(i, name[2:])
        if name == "npwp":  # old format, a person's
            return self.fresh(
                lambda: (
                    "%s.%s.%s.%s-%s.000"
                    % (
                        r.choice(
                            ("05", "08", "14", "24", "35", "47", "58", "66", "71", "83", "90", "96")
                        ),
                        self.digits(3),
                        self.digits(3),
                        r.randint(1, 9),
                        r.choice(("920", "921", "922", "923", "924")),
                    )
                )
            )
        if name == "npwpS":  # old format with spaces, as typed
            return self.fresh(
                lambda: (
                    "%02d %s %s %s %s 000"
                    % (
                        r.randint(10, 99),
                        self.digits(3),
                        self.digits(3),
                        r.randint(1, 9),
                        r.choice(("920", "921", "922")),
                    )
                )
            )
        if name == "npwpO":  # a scan's reading
            v = self.value("npwp", i)
            v = v[:-3] + r.choice(("OOO", "0O0", "00O", "000"))
            return v.replace(".", ",", 1) if r.random() < 0.5 else v.replace("8", "B", 1)
        if name == "npwpN":  # 16 digits, the NIK or 0 + old
            return (
                self.value("nikB", i)
                if i
                else self.fresh(
                    lambda: (
                        "0"
                        + r.choice(("7", "8", "9"))
                        + self.digits(8)
                        + r.choice(("920", "921"))
                        + "000"
                    )
                )
            )
        if name == "bpjs":
            return self.fresh(
                lambda: "000" + r.choice(("0", "1", "2", "3", "5", "8")) + self.digits(9)
            )
        if name == "bpjsS":
            v = self.fresh(lambda: "000" + r.choice(("1", "2", "3", "8")) + self.digits(9))
            return f"{v[:4]} {v[4:8]} {v[8:12]} {v[12]}"
        if name == "rek":
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s-01-%s-50-%s" % (self.digits(4), self.digits(6), r.randint(1, 9)),
                        "0" + self.digits(9),
                        "%s.%s.%s.%s-%s"
                        % (
                            "00" + str(r.randint(1, 6)),
                            "01",
                            "02",
                            self.digits(6),
                            r.randint(1, 9),
                        ),
                        "1" + self.digits(12),
                        "7" + self.digits(9),
                        self.digits(3) + "-" + self.digits(3) + "-" + self.digits(4),
                    )
                )
            )
        if name == "bank":
            return r.choice(BANKS)
        if name == "addr":
            return self.fresh(
                lambda: r.choice(
                    (
                        f"{r.choice(HOME_STREETS)} No. {r.randint(1, 140)}",
                        f"{r.choice(HOME_STREETS)} No.{r.randint(1, 99)}{r.choice(('', 'A', 'B'))}",
                        f"{r.choice(HOME_STREETS)} No. {r.randint(2, 90)}, RT {r.randint(1, 45):03d}/RW {r.randint(1, 15):03d}",
                        f"{r.choice(COMPLEX)} No. {r.randint(1, 60)}",
                    )
                )
            )
        if name == "street":  # a street and house number only, as a card's Alamat line
            return self.fresh(lambda: f"{r.choice(HOME_STREETS)} No. {r.randint(1, 140)}")
        if name == "rt":
            return self.fresh(
                lambda: (
                    r.choice(
                        ("RT %03d/RW %03d", "RT %02d RW %02d", "RT %d/RW %d", "rt %02d rw %02d")
                    )
                    % (r.randint(1, 45), r.randint(1, 15))
                )
            )
        if name == "rtrw":  # a card's field value
            return self.fresh(lambda: "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15)))
        if name == "plate":
            return self.fresh(
                lambda: (
                    "%s %d %s"
                    % (
                        r.choice(("DH", "DH", "DH", "EB", "ED", "EA")),
                        r.randint(1000, 9999),
                        r.choice(("A", "AB", "AK", "BN", "CE", "M", "KW", "ZF")),
                    )
                )
            )
        if name in OTHER:
            return OTHER[name](self, i)
        raise KeyError(name)


def _clock(fl: Fill, i: str) -> str:
    """Times of one text that follow each other: {jam}, {jam2}, {jam3}."""
    if not hasattr(fl, "base"):
        fl.base = fl.rng.randint(6 * 60, 17 * 60)
    m = fl.base + (int(i or 1) - 1) * 45 + fl.rng.randint(0, 40)
    return "%02d.%02d" % (m // 60, m % 60)


def _o(fmt):
    return lambda fl, i: fl.fresh(lambda: fmt(fl))


OTHER = {
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "nip": _o(
        lambda fl: (
            "19%02d%02d%02d %s%02d %d %03d"
            % (
                fl.rng.randint(65, 95),
                fl.rng.randint(1, 12),
                fl.rng.randint(1, 28),
                fl.year - fl.rng.randint(2, 20),
                fl.rng.randint(1, 12),
                fl.rng.randint(1, 2),
                fl.rng.randint(1, 20),
            )
        )
    ),
    "nipB": _o(
        lambda fl: (
            "19%02d%02d%02d%d%02d%d%03d"
            % (
                fl.rng.randint(65, 95),
                fl.rng.randint(1, 12),
                fl.rng.randint(1, 28),
                fl.year - fl.rng.randint(2, 20),
                fl.rng.randint(1, 12),
                fl.rng.randint(1, 2),
                fl.rng.randint(1, 20),
            )
        )
    ),
    "nrp": _o(
        lambda fl: (
            "%02d%02d%04d"
            % (fl.rng.randint(75, 99), fl.rng.randint(1, 12), fl.rng.randint(1, 9999))
        )
    ),
    "nisn": _o(lambda fl: "0%s" % fl.digits(9)),
    "npsn": _o(lambda fl: "5%s" % fl.digits(7)),
    "nib": _o(lambda fl: "9120%s" % fl.digits(9)),
    "nop": _o(
        lambda fl: (
            "53.71.%03d.%03d.%03d-%04d.0"
            % (
                fl.rng.randint(10, 60),
                fl.rng.randint(1, 20),
                fl.rng.randint(1, 40),
                fl.rng.randint(1, 999),
            )
        )
    ),
    "shm": _o(
        lambda fl: (
            "24.06.%02d.%02d.1.%05d"
            % (fl.rng.randint(1, 9), fl.rng.randint(1, 12), fl.rng.randint(1, 9999))
        )
    ),
    "rangka": _o(lambda fl: "MH1JM%s%s" % (fl.rng.choice(("31", "81", "91")), fl.digits(10))),
    "mesin": _o(lambda fl: "JM%s%s" % (fl.rng.choice(("31E", "81E", "91E")), fl.digits(7))),
    "polis": _o(lambda fl: "%s%s" % (fl.rng.choice(("010", "507", "8")), fl.digits(10))),
    "kontrak": _o(
        lambda fl: "%s/%s/KUPANG/%d" % (fl.digits(4), fl.rng.choice(("KUR", "PK", "KMK")), fl.year)
    ),
    "kontrakB": _o(lambda fl: "%s%s" % (fl.rng.choice(("4512", "1180", "6603")), fl.digits(12))),
    "reg": _o(
        lambda fl: "%s-%d%s" % (fl.rng.choice(("REG", "BRK", "DFT", "PMH")), fl.year, fl.digits(6))
    ),
    "antri": _o(lambda fl: "%s-%03d" % (fl.rng.choice("ABCK"), fl.rng.randint(1, 240))),
    "surat": _o(
        lambda fl: (
            "%d/%s/%s/%d"
            % (
                fl.rng.choice((400, 470, 474, 500, 900)),
                fl.digits(3),
                fl.rng.choice(("DUKCAPIL", "DINSOS", "KEL", "BPD", "SEK")),
                fl.year,
            )
        )
    ),
    "inv": _o(lambda fl: "INV/%d%02d/%s" % (fl.year, fl.rng.randint(1, 12), fl.digits(5))),
    "tiket": _o(lambda fl: "#%s" % fl.digits(7)),
    "idpel": _o(lambda fl: "5312%s" % fl.digits(8)),
    "va": _o(lambda fl: "8888%s" % fl.digits(12)),
    "kpj": _o(lambda fl: "%s%s" % (fl.rng.choice(("19", "21", "22", "24")), fl.digits(9))),
    "kks": _o(lambda fl: "6013 01%s %s %s" % (fl.digits(2), fl.digits(4), fl.digits(4))),
    "trx": _o(
        lambda fl: (
            "%d%02d%02d%s" % (fl.year, fl.rng.randint(1, 12), fl.rng.randint(1, 28), fl.digits(8))
        )
    ),
    "dtks": _o(lambda fl: "%d%s" % (fl.year - 1, fl.digits(10))),
    "akta": _o(
        lambda fl: (
            "5371-LT-%02d%02d%d-%04d"
            % (fl.rng.randint(1, 28), fl.rng.randint(1, 12), fl.year, fl.rng.randint(1, 9999))
        )
    ),
    "sim": _o(lambda fl: "%s-%s-%s" % (fl.digits(4), fl.digits(4), fl.digits(6))),
    "ntpn": _o(
        lambda fl: (
            "%s%s"
            % (
                "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(8)),
                "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(8)),
            )
        )
    ),
    "bnpwp": _o(
        lambda fl: (
            "%02d.%s.%s.%d-%s.000"
            % (
                fl.rng.choice((1, 2, 3, 31, 41, 61, 70, 80, 86)),
                fl.digits(3),
                fl.digits(3),
                fl.rng.randint(1, 9),
                fl.rng.choice(("920", "921", "922")),
            )
        )
    ),
    "brek": _o(
        lambda fl: (
            "%s.01.0%d.%s-%d"
            % (
                "00" + str(fl.rng.randint(1, 6)),
                fl.rng.randint(1, 9),
                fl.digits(6),
                fl.rng.randint(0, 9),
            )
        )
    ),
    "ohp": _o(
        lambda fl: "08%s%s" % (fl.rng.choice(("11", "12", "13", "21", "52", "53")), fl.digits(8))
    ),
    "scam": _o(
        lambda fl: (
            fl.rng.choice(("08%s%s", "+628%s%s"))
            % (fl.rng.choice(("31", "38", "59", "77", "95", "96", "81")), fl.digits(8))
        )
    ),
    "oland": _o(
        lambda fl: (
            "(0380) %s%s" % (fl.rng.choice(("82", "83", "84", "85", "87", "88")), fl.digits(4))
        )
    ),
    "date": lambda fl, i: "%02d/%02d/%d" % (fl.rng.randint(1, 28), fl.rng.randint(1, 12), fl.year),
    "tgl": lambda fl, i: "%d %s %d" % (fl.rng.randint(1, 28), fl.rng.choice(BULAN), fl.year),
    "dob": lambda fl, i: (
        "%02d-%02d-%d" % (fl.person(i)["day"], fl.person(i)["month"], fl.person(i)["born"])
    ),
    "dobB": lambda fl, i: (
        "%02d%02d%d" % (fl.person(i)["day"], fl.person(i)["month"], fl.person(i)["born"])
    ),
    "jam": _clock,
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "rp": lambda fl, i: (
        "Rp %s.000"
        % fl.rng.choice(
            (
                "150",
                "200",
                "250",
                "300",
                "450",
                "600",
                "750",
                "900",
                "1.200",
                "1.500",
                "2.400",
                "3.000",
            )
        )
    ),
    "rpb": lambda fl, i: (
        "Rp%s"
        % fl.rng.choice(
            ("35.000", "42.000", "125.000", "1.750.000", "2.100.000", "9.850.000", "17.500.000")
        )
    ),
    "umur": lambda fl, i: str(fl.year - fl.person(i)["born"]),
    "pin": _o(lambda fl: fl.digits(6)),
    "year": lambda fl, i: str(fl.year),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper():  # {N1} is {n1} in capitals, the same draw
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|rt\d|perumnas|perum|griya|btn|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(@|\s*\(at\)\s*|\s*\[at\]\s*|\s+at\s+)")
DOT_FORM = re.compile(r"(?i)(\.|,|\[dot\]|\s+dot\s+|\(titik\))")


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
    """The digits of an identity number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OlISB]", "", seg).translate(OCR_BACK))


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
            if (
                re.search(r"[^0-9OlISB .,\-\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
            if len(d) != 16 and not re.search(r"(?i)(nik|ktp)", text[max(0, st - 60) : st]):
                bad.append(f"{kind} of a wrong length without NIK before it {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9OB .\-,]", seg)
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
            if (
                not at
                or not at.start()
                or (
                    not DOT_FORM.search(seg[at.end() :])
                    and not re.search(
                        r"(gmailcom|yahoocom|hotmailcom|ymailcom|outlookcom|rocketmailcom|co\.id)$",
                        seg,
                    )
                )
            ):
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
            local = re.split(r"(?i)\s*(@|\(at\)|\[at\]|\s+at\s+)", seg)[0]
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


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|bapaknya|kakek|tn|sdr"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny|nenek|sdri|ibunya|mamanya"


def T(style: str, theme: str, text: str, *, F=(), M=(), K=(), E=(), fam=None) -> tuple:
    """One template; a kin word or a title before a name gives the person's sex."""
    auto = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|dia)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    spec = {
        "F": tuple(sorted(set(F) | (auto["F"] - set(M)))),
        "M": tuple(sorted(set(M) | (auto["M"] - set(F)))),
        "K": tuple(K),
        "E": tuple(E),
        "fam": fam or {},
    }
    return (style, theme, text.strip("\n"), spec)


# ---------------------------------------------------------------- templates
# Placeholders: {n1} a person's name ({N1} in capitals, {g1} given, {f1} family), {nik1} a NIK in
# any writing ({nikB1} block, {nikS1} fours, {nikD1} dots, {nikT1} dashes, {nikP1} pairs, {nikO1}
# letters for digits, {nikL1} over a line, {nikX1} a stray space, {nikW1} a digit off), {kk1}
# likewise, {hp1} a mobile ({hpB1}, {hpD1}, {hpS1}, {hpJ1} +62, {hpK1} 62, {hpO1} letters),
# {em1} the person's mailbox ({emP1} plain, {emS1} spaces, {emA1} (at), {emK1} comma, {emB1}
# words, {emM1} a dot missing, {emU1} capitals, {emL1} over a line), {npwp1} old NPWP,
# {npwpS1} with spaces, {npwpO1} as a scan reads it, {npwpN1} the person's NIK as NPWP,
# {bpjs1}, {rek1}, {bank1}, {addr1}, {rt1}, {rtrw1}, {plate1}, {land1}; look-alikes {nip},
# {nrp}, {nisn}, {npsn}, {nib}, {nop}, {shm}, {rangka}, {mesin}, {polis}, {kontrak}, {reg},
# {antri}, {surat}, {inv}, {tiket}, {idpel}, {va}, {kpj}, {kks}, {trx}, {dtks}, {akta}, {sim},
# {bnpwp} a body's NPWP, {brek} a body's account, {ohp} an office's mobile, {scam}, {oland}.

TEMPLATES = [
    # ------------------------------------------------ web_form
    T(
        "web_form",
        "civil_registry",
        """Judul Laporan: NIK tidak terbaca di sistem
Isi Laporan: Selamat siang. Saya sudah rekam KTP-el tahun lalu tapi waktu daftar SIM di Polresta NIK saya dibilang tidak terdaftar. Saya copy dari KTP: [[nik:{nikS1}]]. Mohon dicek apakah salah input di Dukcapil.
Nama Pelapor: [[n:{n1}]]
No HP/WA: [[p:{hp1}]]
Email: [[e:{em1}]]
Lokasi Kejadian: Kantor Dukcapil Kota Kupang
Kategori: Administrasi Kependudukan""",
    ),
    T(
        "web_form",
        "civil_registry",
        """Kategori: Kependudukan | Sub: Kartu Keluarga
Uraian: Mohon pisah KK. Sy sdh menikah thn {year} tapi masih numpang di KK orang tua.
Data (copy paste dari foto):
NIK : [[nik:{nik1}]]
No. KK lama : [[kk:{kk2}]]
Nama : [[n:{N1}]]
Alamat : [[a:{addr1}]], Kel. {kel}
Kontak : [[p:{hp1}]] / [[e:{emS1}]]""",
        fam={2: 1},
    ),
    T(
        "web_form",
        "social_aid",
        """Laporan No. {tiket}
Pelapor: [[n:{n1}]]
Isi: Ibu saya [[n:{n2}]] (NIK [[nik:{nikD2}]]) tercatat di DTKS dengan ID {dtks} tapi bantuan BPNT tidak masuk sejak bulan lalu. Kartu KKS nomor {kks} masih aktif. Mohon ditindaklanjuti.
Lampiran: KTP_ibu.jpg, KKS_depan.jpg""",
        F=(2,),
        E=(2,),
    ),
    T(
        "web_form",
        "tax",
        """Topik: Pajak - NPWP
Isi laporan: Sy mau aktivasi NPWP 16 digit di DJP Online tapi selalu gagal "NIK tidak valid". NPWP lama sy [[npwp:{npwp1}]], NIK sy [[nik:{nikB1}]]. Sy sudah ke KPP Pratama Kupang dan disuruh lapor lewat sini.
Identitas pelapor dirahasiakan: tidak
Nama: [[n:{n1}]] | Surel: [[e:{emP1}]] | HP: [[p:{hpD1}]]""",
    ),
    T(
        "web_form",
        "health_bpjs",
        """Judul: Kartu JKN anak belum aktif
Isi: Anak saya [[n:{g2}]] ({umur2} thn) baru pindah KK ikut saya. Sudah didaftarkan ke BPJS Kesehatan lewat Mobile JKN, nomor kartu keluar [[bpjs:{bpjs2}]] tapi di RSUD S.K. Lerik dibilang belum aktif. NIK anak: [[nik:{nikT2}]]. Nomor registrasi pendaftaran {reg}.
Pelapor: [[n:{n1}]], [[p:{hp1}]]""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "web_form",
        "money_scam",
        """Kategori: Penipuan online
Kronologi: Saya ditelpon nomor {scam} mengaku dari bank, katanya kartu ATM saya diblokir dan minta kode OTP. Sudah terpotong {rpb} dari rekening [[b:{rek1}]] ({bank1}) atas nama saya [[n:{n1}]]. Mohon dibantu diblokir.
Kontak pelapor: [[p:{hp1}]]
Email: [[e:{emA1}]]""",
    ),
    T(
        "web_form",
        "school_work",
        """Jenis Layanan: Pendidikan - PIP
Isi Laporan: Nama anak [[n:{n2}]], NISN {nisn}, sekolah NPSN {npsn}. Dana PIP tahap 2 belum cair, bank bilang rekening SimPel belum aktivasi. NIK ortu [[nik:{nik1}]] sudah dicocokkan.
Orang tua: [[n:{n1}]]
HP: [[p:{hpS1}]]""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "web_form",
        "land_vehicle",
        """Judul: Mutasi kendaraan tertahan
Isi: Motor saya nopol [[pl:{plate1}]], no rangka {rangka}, no mesin {mesin}. Di SAMSAT Kupang katanya NIK di BPKB beda satu angka dengan KTP. KTP: [[nik:{nikB1}]]. Mohon koreksi.
Nama: [[n:{n1}]]
Alamat: [[a:{addr1}]]
WA: [[p:{hpJ1}]]""",
    ),
    T(
        "web_form",
        "civil_registry",
        """Nomor Tiket: {tiket}
Kanal: Website
Isi: Form online Dukcapil minta NIK ibu kandung. NIK mama [[nik:{nikS2}]] tapi sistem tolak, katanya sudah meninggal. Mama masih hidup! Nomor akta anak {akta}.
Pelapor: [[n:{n1}]]
Surel: [[e:{emK1}]]""",
        F=(2,),
        E=(2,),
    ),
    T(
        "web_form",
        "social_aid",
        """Laporan: BLT Dana Desa dobel nama
Isi: Di daftar BLT desa kami nama [[n:{n2}]] muncul 2x dengan NIK sama [[nik:{nikB2}]] tapi nomor KK beda. Sedangkan saya yg janda tdk masuk. NIK sy [[nik:{nikB1}]], KK [[kk:{kkB1}]].
Nama: [[n:{n1}]] — [[p:{hp1}]]""",
        F=(1,),
    ),
    T(
        "web_form",
        "school_work",
        """Kategori: Ketenagakerjaan
Isi: Saya pekerja harian di proyek jalan. Kartu BPJS Ketenagakerjaan nomor KPJ {kpj} tidak bisa klaim JKK karena perusahaan belum bayar iuran sejak {tgl}. Mohon dicek.
Nama: [[n:{n1}]]
NIK: [[nik:{nik1}]]
No HP: [[p:{hpB1}]]""",
    ),
    T(
        "web_form",
        "health_bpjs",
        """Judul Laporan: Dipindah faskes tanpa persetujuan
Isi Laporan: Nomor kartu KIS saya [[bpjs:{bpjsS1}]] pindah sendiri dari Puskesmas Oepoi ke klinik swasta. Saya tidak pernah ajukan. NIK [[nik:{nikD1}]].
Nama: [[n:{n1}]]
Email/Surel: [[e:{emU1}]]""",
    ),
    T(
        "web_form",
        "civil_registry",
        """Isi Laporan: Data di KTP dan KK beda tanggal lahir. Di KTP {dob1}, di KK lain. NIK tetap [[nik:{nik1}]]. Petugas di loket antrian {antri} bilang harus bawa surat dari kelurahan nomor {surat}.
Nama Pelapor: [[n:{n1}]]
Alamat: [[a:{rt1}]], Kel. {kel}
WA: [[p:{hp1}]]""",
    ),
    # no spans
    T(
        "web_form",
        "civil_registry",
        """Judul: Server Dukcapil down
Isi Laporan: Sudah 3 hari antrian cetak KTP-el di Dukcapil Kota Kupang tidak jalan, nomor antrian sy {antri}, nomor registrasi {reg}. Petugas bilang blanko habis. Info pengaduan Dukcapil lewat WA {ohp} tidak dibalas, email pengaduan.dukcapil@kupangkota.go.id juga.
Identitas pelapor: dirahasiakan""",
    ),
    T(
        "web_form",
        "tax",
        """Kategori: Pajak Daerah
Isi: SPPT PBB tahun ini NOP {nop} nilainya naik 3 kali lipat dari {rp} jadi {rpb}. Tanah kosong saja. Sertifikat SHM No. {shm}. Mohon penjelasan Bapenda.
Pelapor: anonim""",
    ),
    T(
        "web_form",
        "money_scam",
        """Topik: Pinjol ilegal
Isi: Aplikasi pinjaman menagih dengan nomor kontrak {kontrakB}, invoice {inv}, padahal saya sudah lunas tanggal {date}. Penagih pakai nomor {scam} dan {scam2}, mengaku dari OJK. Bukti transfer ref {trx}.
Identitas: dirahasiakan""",
    ),
    T(
        "web_form",
        "school_work",
        """Isi Laporan: Tunjangan sertifikasi guru di sekolah kami (NPSN {npsn}) belum cair triwulan ini. Daftar NIP yang belum cair: {nip1}, {nip2}. Bendahara bilang tunggu SK dari pusat nomor {surat}.
Pelapor: Forum Guru Honorer""",
    ),
    T(
        "web_form",
        "social_aid",
        """Judul: Penyaluran BPNT {tgl}
Isi: Di e-warong kelurahan ada 40 KPM yang saldo KKS kosong. Contoh kartu {kks}. Pendamping bilang data dari Kemensos, tiket pengaduan {tiket}. Email dinsos.kotakupang@gmail.com tidak dibalas.
Pelapor: Pengurus e-warong""",
    ),
    T(
        "web_form",
        "land_vehicle",
        """Kategori: Pertanahan
Isi: Permohonan pemecahan sertifikat nomor berkas {reg} di Kantor Pertanahan sudah 8 bulan. Sertifikat induk {shm}, NOP {nop}. Tidak ada kabar, telepon {oland} tidak diangkat.
Pelapor: dirahasiakan""",
    ),
    T(
        "web_form",
        "health_bpjs",
        """Isi Laporan: Tagihan iuran BPJS mandiri kelas 3 sekeluarga muncul tunggakan {rpb}, padahal kami sudah PBI sejak {tgl}. Kode VA {va}. Petugas Pandawa WA {ohp} hanya bilang tunggu.
Kategori: Kesehatan""",
    ),
    T(
        "web_form",
        "tax",
        """Judul: NPWP CV tidak bisa validasi
Isi: Kami CV bergerak di jasa konstruksi, NPWP badan {bnpwp}, NIB {nib}. Waktu daftar SIKaP LKPP ditolak. Mohon dibantu KPP. Kontak kantor: cv.timorbangun.konstruksi@gmail.com / {oland}
Pelapor: Direktur CV""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ wa_chat
    T(
        "wa_chat",
        "civil_registry",
        """[{date} {jam}] [[n:{n1}]]: Selamat pagi pak, sy mau urus KIA anak. Ini NIK anak sy [[nik:{nikB2}]] dan KK [[kk:{kkB1}]]
[{date} {jam2}] Admin Kelurahan: Pagi. Kirim juga foto akta kelahiran ya
[{date} {jam3}] [[n:{n1}]]: Ok pak. Akta no {akta}
[{date} {jam3}] Admin Kelurahan: Sudah diterima, nomor antrian {antri}""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "wa_chat",
        "social_aid",
        """[{date} {jam}] Pendamping PKH {kel}: Selamat sore bapa mama. Mohon kirim NIK dan No KK untuk verifikasi graduasi
[{date} {jam2}] [[n:{n1}]]: Ini punya sy:
[[nik:{nikS1}]]
[[kk:{kkS1}]]
[{date} {jam3}] [[n:{n2}]]: NIK [[nik:{nikB2}]] KK [[kk:{kkB2}]] ibu
[{date} {jam3}] Pendamping PKH {kel}: Terima kasih""",
    ),
    T(
        "wa_chat",
        "civil_registry",
        """[{jam}] [[n:{g1}]]: kaka ini beta pung NIK [[nik:{nikO1}]] sa ketik dr foto
[{jam2}] [[n:{g2}]]: ada huruf O ko ?? harus angka nol semua
[{jam2}] [[n:{g1}]]: oh iya sori. [[nik:{nikB1}]]
[{jam3}] [[n:{g2}]]: ok sa input ke form""",
    ),
    T(
        "wa_chat",
        "health_bpjs",
        """[{date} {jam}] [[n:{n1}]]: Bu bidan, kartu BPJS mama sy no [[bpjs:{bpjs2}]] masih aktif ko? Mama mau kontrol di Puskesmas Bakunase
[{date} {jam2}] Bidan [[n:{g3}]]: Sebentar sy cek di Pcare. NIK mama brp?
[{date} {jam2}] [[n:{n1}]]: [[nik:{nikT2}]]
[{date} {jam3}] Bidan [[n:{g3}]]: Aktif kk. Bawa KTP asli""",
        F=(2, 3),
        E=(2,),
    ),
    T(
        "wa_chat",
        "money_scam",
        """[{date} {jam}] [[n:{n1}]]: Bos, transfer ke sini sa: [[b:{rek1}]] {bank1} a.n. [[n:{n1}]]. DP motor {rp}
[{date} {jam2}] [[n:{n2}]]: Ok, mana BPKB dan STNK nya? Plat [[pl:{plate1}]] to?
[{date} {jam3}] [[n:{n1}]]: Iya. Nanti ketemu di depan Lippo
[{date} {jam3}] [[n:{n2}]]: Sa su transfer, bukti ref {trx}""",
    ),
    T(
        "wa_chat",
        "tax",
        """[{date} {jam}] Bendahara SD: Bapak ibu guru honor, mohon kirim NPWP masing2 utk SPT
[{date} {jam2}] [[n:{n1}]]: NPWP sy [[npwp:{npwp1}]]
[{date} {jam2}] [[n:{n2}]]: Sy blm punya NPWP bu, pakai NIK sj boleh? [[nik:{nikB2}]]
[{date} {jam3}] [[n:{n3}]]: NPWP 16 digit sy sama dengan NIK: [[npwp:{npwpN3}]]
[{date} {jam3}] Bendahara SD: Ok terima kasih""",
    ),
    T(
        "wa_chat",
        "school_work",
        """[{date} {jam}] [[n:{n1}]]: Pak operator, email sy utk akun Info GTK salah ketik. Yg benar [[e:{emS1}]]
[{date} {jam2}] Operator Sekolah: Ok, NUPTK ibu brp?
[{date} {jam2}] [[n:{n1}]]: blm punya pak. NIK [[nik:{nik1}]], NIP jg blm ada
[{date} {jam3}] Operator Sekolah: Sy update ke Dapodik. Info lanjut ke dapodik.kotakupang@gmail.com""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "civil_registry",
        """[{date} {jam}] [[n:{n1}]]: Pak RT, ini data pindah datang kami
Nama: [[n:{N1}]]
NIK: [[nik:{nikL1}]]
No KK: [[kk:{kk1}]]
Alamat baru: [[a:{addr1}]]
[{date} {jam2}] Ketua RT 14: Sip. Besok sy antar ke kelurahan""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """[{date} {jam}] [[n:{n1}]]: Mohon info, BLT sy blm masuk. NIK [[nik:{nik1}]]
[{date} {jam2}] Admin Posko BLT: Mohon kirim nomor rekening BRI Simpanan dan foto buku tabungan
[{date} {jam2}] [[n:{n1}]]: [[b:{rek1}]] a.n. [[n:{N1}]]
[{date} {jam3}] Admin Posko BLT: Nomor tiket {tiket}, tunggu 7 hari kerja""",
    ),
    T(
        "wa_chat",
        "health_bpjs",
        """[{date} {jam}] [[n:{n1}]]: Kak ini no kartu KIS bapa sy [[bpjs:{bpjs2}]], NIK [[nik:{nikS2}]]. Bapa sesak di rumah [[a:{addr1}]]. Ambulans bisa datang?
[{date} {jam2}] PSC 119 Kota Kupang: Baik, tim meluncur. Mohon aktifkan HP
[{date} {jam2}] [[n:{n1}]]: Ini HP sy [[p:{hp1}]]""",
        M=(2,),
        E=(2,),
        fam={2: 1},
    ),
    T(
        "wa_chat",
        "money_scam",
        """[{date} {jam}] [[n:{g1}]]: Kk hati2 ee. Ada yg WA dari {scam} ngaku petugas Dukcapil minta foto KTP deng KK utk "verifikasi KTP digital"
[{date} {jam2}] [[n:{g2}]]: Iya. Sa juga dpt. Itu tipu
[{date} {jam2}] [[n:{g1}]]: Sa hampir kirim NIK sa. Untung sonde jadi""",
    ),
    T(
        "wa_chat",
        "land_vehicle",
        """[{date} {jam}] [[n:{n1}]]: Om, motor yg Om pinjam plat [[pl:{plate1}]] itu pajak su mati. STNK a.n. [[n:{n2}]]
[{date} {jam2}] Om [[n:{g3}]]: Iya nanti beta bayar di SAMSAT. Perlu KTP pemilik?
[{date} {jam2}] [[n:{n1}]]: Iya, ini KTP bapa: [[nik:{nikB2}]]""",
        M=(2, 3),
    ),
    T(
        "wa_chat",
        "civil_registry",
        """[{date} {jam}] [[n:{n1}]]: Kak mau tanya, NIK anak sy di KK [[kk:{kkS1}]] tertulis [[nik:{nikB2}]] tp di ijazah NIK nya beda satu angka [[nik:{nikW2}]]. Mana yg dipakai?
[{date} {jam2}] Dukcapil Kota Kupang: Yang di KK benar kak. Ijazah dikoreksi ke sekolah""",
        K=(2,),
        fam={2: 1},
    ),
    # no spans
    T(
        "wa_chat",
        "social_aid",
        """[{date} {jam}] Grup Warga {kel}: INFO. Penyaluran BPNT hari {hari} di kantor pos. Bawa KTP, KK dan KKS asli. Surat undangan nomor {surat}.
[{date} {jam2}] Grup Warga {kel}: Yg KKS hilang lapor ke Dinsos, WA pengaduan {ohp}
[{date} {jam3}] mama_ndu: ok""",
    ),
    T(
        "wa_chat",
        "money_scam",
        """[{date} {jam}] Info RT: Waspada! Nomor {scam} dan {scam2} kirim pesan "Selamat NIK anda terpilih bansos Rp 2.400.000, klik link". Jangan kirim NIK, KK atau PIN {pin} apapun.
[{date} {jam2}] Info RT: Kalau mau cek bansos resmi: cekbansos.kemensos.go.id""",
    ),
    T(
        "wa_chat",
        "tax",
        """[{date} {jam}] KPP Pratama Kupang: Yth. Wajib Pajak, batas lapor SPT Tahunan orang pribadi tanggal 31 Maret. Kode billing contoh {va}. Pertanyaan ke kring pajak 1500200 atau informasi@pajak.go.id
[{date} {jam2}] KPP Pratama Kupang: NPWP 15 digit (contoh 09.254.xxx.x-920.000) kini diganti NIK""",
    ),
    T(
        "wa_chat",
        "school_work",
        """[{date} {jam}] Wali Kelas 9B: Bapak/ibu, data NISN anak2 sudah sy kirim ke grup. Contoh: {nisn}, {nisn2}. Yang salah lapor sebelum {tgl}.
[{date} {jam2}] Wali Kelas 9B: Email sekolah untuk berkas: smpn12kupang.tu@gmail.com""",
    ),
    T(
        "wa_chat",
        "health_bpjs",
        """[{date} {jam}] RSUD Kota Kupang: Nomor antrian poli anak {antri}, estimasi jam {jam2}. Nomor SEP mengikuti. Jangan lupa bawa kartu JKN asli.
[{date} {jam3}] RSUD Kota Kupang: Pendaftaran online WA {ohp}""",
    ),
    T(
        "wa_chat",
        "land_vehicle",
        """[{date} {jam}] Samsat Kupang: Program pemutihan pajak kendaraan s/d {tgl}. Cek tagihan via WA {ohp}. Contoh nomor rangka {rangka}.
[{date} {jam2}] Samsat Kupang: Kode bayar {va}""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ sms_1708
    T(
        "sms_1708",
        "social_aid",
        """KOTKUPANG SY [[n:{N1}]] WARGA [[a:{rt1}]] KEL {KEL}. BANTUAN PKH SY DIPOTONG PENDAMPING {rp}. NIK SY [[nik:{nikB1}]]. MHN DITINDAK. HP [[p:{hpB1}]]""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """KOTKUPANG KTP SY SDH 6 BLN BLM JADI. NIK [[nik:{nikS1}]] NO REG {reg}. TIAP KE DUKCAPIL BLG BLANKO HABIS. TTD [[n:{N1}]]""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """KOTKUPANG MHN BANTU. NAMA ANAK SY [[n:{N2}]] TDK ADA DI KK [[kk:{kkB1}]]. PADAHAL SDH LAPOR LAHIR. NIK ANAK [[nik:{nikB2}]]. DR [[n:{N1}]] [[p:{hp1}]]""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "sms_1708",
        "health_bpjs",
        """KOTKUPANG KARTU KIS SY NO [[bpjs:{bpjs1}]] DITOLAK DI PUSKESMAS KATANYA NONAKTIF. SY MISKIN TDK MAMPU BAYAR. NIK [[nik:{nikO1}]]. [[n:{N1}]] [[a:{RT1}]]""",
    ),
    T(
        "sms_1708",
        "tax",
        """KOTKUPANG SY PEDAGANG KECIL DI PASAR KASIH. DISURUH BUAT NPWP UTK IZIN. NPWP SY [[npwp:{npwp1}]] SDH ADA TAPI DIBLG HARUS NIK. NIK [[nik:{nikB1}]]. YG MANA? [[n:{N1}]]""",
    ),
    T(
        "sms_1708",
        "money_scam",
        """KOTKUPANG SY TERTIPU ARISAN ONLINE. UANG {rpb} SDH SY KIRIM KE REK {BANK1} [[b:{rek1}]] AN [[n:{N2}]]. SKRG ORANGNYA HILANG. DR [[n:{N1}]] HP [[p:{hp1}]]""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """KOTKUPANG BLT DESA DI TERIMA ORG YG MAMPU. CONTOH [[n:{N2}]] PUNYA MOBIL PLAT [[pl:{PLATE1}]] TAPI DPT BLT. SY TDK DPT, NIK SY [[nik:{nikB1}]] [[n:{N1}]]""",
    ),
    T(
        "sms_1708",
        "school_work",
        """KOTKUPANG ANAK SY [[n:{N2}]] TDK BISA DAFTAR PPDB ONLINE KRN NIK [[nik:{nikB2}]] DIBILANG SDH TERPAKAI ORG LAIN. MHN BANTU. [[n:{N1}]] [[p:{hpB1}]]""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "sms_1708",
        "civil_registry",
        """KOTKUPANG NIK SY DI KTP [[nik:{nikB1}]] TP DI KK TERTULIS [[nik:{nikW1}]] JUMLAH ANGKANYA SALAH. SY MAU URUS BPJS TDK BISA. TRIMS [[n:{N1}]]""",
    ),
    T(
        "sms_1708",
        "health_bpjs",
        """KOTKUPANG IBU SY [[n:{N2}]] NO BPJS [[bpjs:{bpjs2}]] DIMINTA BAYAR OBAT {rp} DI RS. APA BENAR? SY [[n:{G1}]] [[p:{hp1}]]""",
        F=(2,),
        E=(2,),
    ),
    T(
        "sms_1708",
        "money_scam",
        """KOTKUPANG SY DPT SMS KATANYA SY MENANG UNDIAN BANK NTT. SY DISURUH KIRIM NIK DAN NO REK. SY SDH KIRIM NIK [[nik:{nikB1}]]. BAGAIMANA INI? [[n:{N1}]] DI {KEL}""",
    ),
    T(
        "sms_1708",
        "land_vehicle",
        """KOTKUPANG MOTOR SY [[pl:{PLATE1}]] HILANG DI PARKIRAN PASAR OEBOBO {TGL}. LAPORAN POLISI NO STPL/{pin}/{year}. NO RANGKA {rangka}. [[n:{N1}]] [[p:{hpS1}]]""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """KOTKUPANG SY [[n:{N1}]] JANDA 3 ANAK DI [[a:{addr1}]]. RUMAH BOCOR, SDH MASUK DTKS TP BEDAH RUMAH TDK DPT. KK [[kk:{kkB1}]]""",
        F=(1,),
    ),
    # no spans
    T(
        "sms_1708",
        "civil_registry",
        """KOTKUPANG PELAYANAN DUKCAPIL LAMBAT. ANTRIAN NO {ANTRI} DARI JAM 7 BARU DIPANGGIL JAM 2. NOMOR REGISTRASI {REG}. MOHON PERHATIAN""",
    ),
    T(
        "sms_1708",
        "tax",
        """KOTKUPANG PBB SY NOP {nop} TAGIHAN {rp} PADAHAL SDH LUNAS TH LALU NTPN {ntpn}. MOHON BAPENDA CEK""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """KOTKUPANG BANSOS BERAS DI KEL {KEL} BLM DIBAGI. SURAT DINSOS NO {SURAT} TGL {date}. WARGA RT 03 SAMPAI RT 11 MENUNGGU""",
    ),
    T(
        "sms_1708",
        "money_scam",
        """KOTKUPANG ADA NOMOR {scam} NGAKU PETUGAS BANSOS MINTA NIK DAN KK UTK PENCAIRAN. MHN DIUMUMKAN ITU PENIPU. KODE {pin}""",
    ),
    T(
        "sms_1708",
        "school_work",
        """KOTKUPANG GAJI HONOR GURU DI SD INPRES NPSN {npsn} BLM DIBAYAR 4 BLN. TOTAL {rpb}. SK NO {SURAT}""",
    ),
    T(
        "sms_1708",
        "health_bpjs",
        """KOTKUPANG APOTEK RSUD KEHABISAN OBAT. RESEP NO {inv} DISURUH BELI DILUAR {rp}. PESERTA JKN DIRUGIKAN""",
    ),
    T(
        "sms_1708",
        "land_vehicle",
        """KOTKUPANG PENERBITAN SERTIFIKAT PTSL DI KEL {KEL} DIMINTA BAYAR {rp} PER BIDANG. BERKAS NO {REG}, NIB TANAH {nib}""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ email_office
    T(
        "email_office",
        "civil_registry",
        """From: [[n:{n1}]] <[[e:{emP1}]]>
To: Dukcapil Kota Kupang <layanan.dukcapil@kupangkota.go.id>
Subject: Permohonan perbaikan nama di KK

Yth. Bapak/Ibu,
Saya mohon perbaikan penulisan nama di Kartu Keluarga nomor [[kk:{kkS1}]]. Nama saya tertulis "[[n:{g1} {f1}h]]", yang benar [[n:{n1}]] sesuai ijazah. NIK saya [[nik:{nikS1}]].
Lampiran: scan KK dan ijazah.

Hormat saya,
[[n:{n1}]]
HP [[p:{hpD1}]]""",
    ),
    T(
        "email_office",
        "tax",
        """From: "[[n:{f1}]], [[n:{g1}]]" <[[e:{emP1}]]>
To: KPP Pratama Kupang <kpp.pratamakupang@pajak.go.id>
Subject: Pemadanan NIK-NPWP gagal

Selamat siang. NPWP saya [[npwp:{npwp1}]] belum terpadan dengan NIK [[nik:{nikD1}]]. Saat login DJP Online muncul pesan "data tidak sesuai Dukcapil". Alamat saya [[a:{addr1}]], Kel. {kel}.
Terima kasih,
[[n:{g1}]]""",
    ),
    T(
        "email_office",
        "health_bpjs",
        """Dari: [[e:{emP1}]]
Kepada: kcu.kupang@bpjs-kesehatan.go.id
Perihal: Penonaktifan kepesertaan PBI

Dengan hormat, kartu JKN-KIS saya [[bpjs:{bpjs1}]] dan istri [[n:{n2}]] ([[bpjs:{bpjsS2}]]) dinonaktifkan sejak bulan lalu. Kami masih terdaftar di DTKS.
NIK: [[nik:{nik1}]]
Salam,
[[n:{n1}]]""",
        M=(1,),
        F=(2,),
    ),
    T(
        "email_office",
        "social_aid",
        """Subject: Sanggahan data penerima PKH
From: [[n:{n1}]] <[[e:{emK1}]]>
To: pkh.kotakupang@gmail.com

Saya ingin menyanggah. Nama saya dan NIK [[nik:{nikB1}]] dicoret dari PKH dengan alasan "mampu", padahal suami sudah meninggal. No KK [[kk:{kkB1}]].
Mohon ditinjau. Kontak [[p:{hp1}]].""",
        F=(1,),
    ),
    T(
        "email_office",
        "school_work",
        """From: [[n:{n1}]] <[[e:{emL1}]]>
Sent: {hari}, {tgl}
To: humas@undana.ac.id
Subject: KIP Kuliah adik saya

Adik saya [[n:{n2}]] (NIK [[nik:{nikB2}]], NISN {nisn}) lolos KIP Kuliah tapi namanya hilang di SIM KIPK. Nomor pendaftaran {reg}.
Terima kasih.""",
        fam={2: 1},
    ),
    T(
        "email_office",
        "money_scam",
        """Kepada Yth. Unit Pengaduan
Saya [[n:{n1}]] melaporkan penipuan jual beli online. Penjual mengirim nomor rekening [[b:{rek2}]] ({bank1}) a.n. [[n:{n2}]] dan email [[e:{emP2}]]. Setelah saya transfer {rpb}, nomornya tidak aktif.
Email saya [[e:{emA1}]], HP [[p:{hp1}]].
Invoice palsu yang dikirim: {inv}""",
    ),
    T(
        "email_office",
        "civil_registry",
        """Pada {hari}, {tgl} {jam}, [[n:{n1}]] <[[e:{emP1}]]> menulis:
> Mohon kirim NIK dan No. KK pemohon untuk cetak ulang.

Ini punya saya:
[[nik:{nikB1}]]
[[kk:{kkB1}]]
Nomor antrian online {antri}.
-- [[n:{g1}]]""",
    ),
    T(
        "email_office",
        "tax",
        """From: [[n:{n1}]] <[[e:{emU1}]]>
To: layanan.bapenda@kupangkota.go.id
Subject: NPWPD warung

Saya buka warung makan di rumah sendiri, [[a:{addr1}]]. Untuk NPWPD diminta NPWP pribadi. NPWP saya yang baru (16 digit) [[npwp:{npwpN1}]]. Mohon info syaratnya.
[[n:{n1}]], [[p:{hpK1}]]""",
    ),
    T(
        "email_office",
        "land_vehicle",
        """From: [[n:{n1}]] <[[e:{emP1}]]>
To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>

Berkas balik nama sertifikat {shm} atas nama ayah saya [[n:{n2}]] (alm.), NIK alm. [[nik:{nikS2}]]. Ahli waris: saya, NIK [[nik:{nikS1}]]. Nomor berkas {reg}. NOP {nop}.""",
        M=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "email_office",
        "health_bpjs",
        """From: [[n:{n1}]] <[[e:{emS1}]]>
To: RSUD S.K. Lerik <rsudsklerik@kupangkota.go.id>
Subject: Rekam medis

Mohon salinan rekam medis ibu saya [[n:{n2}]], No. RM {pin}, No. Kartu BPJS [[bpjs:{bpjs2}]], dirawat {date}. Untuk klaim asuransi polis {polis}.""",
        F=(2,),
        E=(2,),
    ),
    T(
        "email_office",
        "school_work",
        """From: [[e:{emP1}]]
To: rekrutmen.pppk@kupangkota.go.id
Subject: Berkas PPPK - [[n:{N1}]]

Nama: [[n:{n1}]]
NIK: [[nik:{nik1}]]
No. Peserta: {reg}
Email aktif: [[e:{emP1}]]
HP: [[p:{hp1}]]""",
    ),
    # no spans
    T(
        "email_office",
        "tax",
        """From: Direktorat Jenderal Pajak <noreply@pajak.go.id>
Subject: Bukti Penerimaan Elektronik

Yth. Wajib Pajak, SPT Tahunan Anda telah diterima. Nomor Tanda Terima Elektronik {ntpn}. NPWP pemotong {bnpwp}. Jangan balas email ini.""",
    ),
    T(
        "email_office",
        "social_aid",
        """From: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
To: lurah.oebufu@gmail.com; kel.kayuputih@gmail.com
Subject: Verifikasi DTKS

Mohon kelurahan verifikasi ulang 37 KK dengan ID DTKS {dtks}. Surat nomor {surat}. Kontak operator SIKS-NG: siksng.kotakupang@gmail.com""",
    ),
    T(
        "email_office",
        "money_scam",
        """From: Kemensos RI <bantuan.kemensos.ri2026@gmail.com>
Subject: PENCAIRAN BANTUAN TAHAP 4

Selamat! NIK anda terpilih menerima {rpb}. Kirim foto KTP dan KK ke email ini atau WA {scam}. Kode verifikasi {pin}.
(Diteruskan warga ke unit pengaduan: ini resmi atau tidak?)""",
    ),
    T(
        "email_office",
        "school_work",
        """From: Tata Usaha SMA Negeri 6 Kupang <tu.sman6kupang@gmail.com>
To: disdik.ntt@nttprov.go.id
Subject: Usulan NISN ganda

Terlampir 14 siswa dengan NISN ganda, contoh {nisn} dan {nisn2}. NPSN sekolah {npsn}. Telp. {oland}.""",
    ),
    T(
        "email_office",
        "health_bpjs",
        """From: BPJS Kesehatan Cabang Kupang <kcu.kupang@bpjs-kesehatan.go.id>
Subject: Informasi iuran

Iuran peserta mandiri dibayar lewat VA {va} paling lambat tanggal 10. Info: Pandawa WA {ohp}. Nomor surat {surat}.""",
    ),
    T(
        "email_office",
        "land_vehicle",
        """From: notifikasi@samsat.nttprov.go.id
Subject: E-SAMSAT

Pembayaran PKB berhasil. Kode bayar {va}, NTPD {ntpn}, nomor rangka {rangka}, nomor mesin {mesin}. Simpan bukti ini.""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ ocr_card
    T(
        "ocr_card",
        "civil_registry",
        """PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{nikO1}]]
Nama : [[n:{N1}]]
Tempat/Tgl Lahir : KUPANG, {dob1}
Alamat : [[a:{STREET1}]]
RT/RW : [[a:{rtrw1}]]
Kel/Desa : {KEL}
Kecamatan : {KEC}
Agama : KRISTEN""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """PROV1NSI NUSA TENGGARA T1MUR
KABUPATEN KUPANG
NlK [[nik:{nikB1}]]
Nama [[n:{N1}]]Tempat/Tgl Lahir OESAO, {dob1}
Jenis kelamin PEREMPUAN Gol. Darah O
Alamat [[a:{STREET1}]]
RT/RW [[a:{rtrw1}]]
Berlaku Hingga SEUMUR HIDUP""",
        F=(1,),
    ),
    T(
        "ocr_card",
        "civil_registry",
        """KARTU KELUARGA
No. [[kk:{kkB1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{STREET1}]]
RT/RW : [[a:{rtrw1}]]
No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan
1 | [[n:{N1}]] | [[nik:{nikB1}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[n:{N2}]] | [[nik:{nikB2}]] | PEREMPUAN | ISTRI
3 | [[n:{N3}]] | [[nik:{nikO3}]] | LAKI-LAKI | ANAK""",
        M=(1, 3),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "ocr_card",
        "civil_registry",
        """KARTU KELUARGA No. [[kk:{kkO1}]]
Dikeluarkan Tanggal : {date}
1 [[n:{N1}]] [[nik:{nikB1}]] KEPALA KELUARGA
2 [[n:{N2}]] [[nik:{nikB2}]] ANAK
NIK Kepala Keluarga di halaman 2 sama. Kode pos 85111""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "ocr_card",
        "tax",
        """KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpO1}]]
[[n:{N1}]]
NIK : [[nik:{nikB1}]]
[[a:{ADDR1}]]
KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar {date}""",
    ),
    T(
        "ocr_card",
        "health_bpjs",
        """KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{bpjs1}]]
Nama : [[n:{N1}]]
NIK : [[nik:{nikB1}]]
Tgl. Lahir : {dob1}
Faskes Tingkat I : PUSKESMAS OEBOBO
BPJS Kesehatan""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """KARTU IDENTITAS ANAK
NIK : [[nik:{nikS2}]]
Nama : [[n:{N2}]]
No. KK : [[kk:{kkS1}]]
Nama Kepala Keluarga : [[n:{N1}]]
No. Akta Kelahiran : {AKTA}
Berlaku s/d : {date}""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "ocr_card",
        "social_aid",
        """SURAT KETERANGAN TIDAK MAMPU
Nomor : {surat}
Nama : [[n:{N1}]]
NIK : [[nik:{nikL1}]]
Pekerjaan : PETANI
Alamat : [[a:{addr1}]]
Keterangan : keluarga kurang mampu, terdaftar DTKS ID {dtks}""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """NIK[[nik:{nikB1}]]Nama[[n:{N1}]]
Tempat/Tgl LahirSOE, {dob1}
Alamat[[a:{ADDR1}]]
Kel/DesaBAKUNASE KecamatanKOTA RAJA
Status PerkawinanKAWIN""",
    ),
    T(
        "ocr_card",
        "school_work",
        """KARTU BPJS KETENAGAKERJAAN
Nama : [[n:{N1}]]
No. KPJ : {kpj}
NIK : [[nik:{nikB1}]]
Tgl Kepesertaan : {date}
Perusahaan : CV TIMOR RAYA KONSTRUKSI""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """No | Nama | NIK | No. KK | RT/RW
1 [[n:{N1}]] [[nik:{nikB1}]] [[kk:{kkB1}]] [[a:{rtrw1}]]
2 [[n:{N2}]] [[nik:{nikB2}]] [[kk:{kkB2}]] [[a:{rtrw2}]]
3 [[n:{N3}]] [[nik:{nikO3}]] [[kk:{kkB3}]] [[a:{rtrw3}]]""",
    ),
    T(
        "ocr_card",
        "land_vehicle",
        """SURAT TANDA NOMOR KENDARAAN BERMOTOR
No. Registrasi : [[pl:{PLATE1}]]
Nama Pemilik : [[n:{N1}]]
Alamat : [[a:{ADDR1}]]
No. Rangka : {rangka}
No. Mesin : {mesin}
NIK : [[nik:{nikB1}]]""",
    ),
    # no spans
    T(
        "ocr_card",
        "civil_registry",
        """KARTU KELUARGA (SPESIMEN)
No. 5371XXXXXXXXXXXX
Nama Kepala Keluarga : CONTOH NAMA
Dikeluarkan Tanggal : {date}
Kepala Dinas Dukcapil, NIP. {nip}""",
    ),
    T(
        "ocr_card",
        "tax",
        """SURAT PEMBERITAHUAN PAJAK TERUTANG PBB
NOP : {nop}
Letak Objek Pajak : JL. EL TARI
Luas Bumi 300 m2 NJOP {rpb}
Jatuh Tempo {date}""",
    ),
    T(
        "ocr_card",
        "health_bpjs",
        """RSUD PROF. DR. W.Z. JOHANNES
NO. ANTRIAN : {ANTRI}
POLI PENYAKIT DALAM
NO. RM : {pin}
NO. SEP : 2401R0{pin2}V00{pin3}
{date} {jam}""",
    ),
    T(
        "ocr_card",
        "land_vehicle",
        """SERTIPIKAT HAK MILIK
Nomor : {shm}
NIB : {nib}
Surat Ukur No. {pin}/{year}
Luas 412 m2
Kantor Pertanahan Kota Kupang""",
    ),
    T(
        "ocr_card",
        "social_aid",
        """KARTU KELUARGA SEJAHTERA
{kks}
BNI
VALID THRU 09/30
Program Keluarga Harapan - Kementerian Sosial""",
    ),
    T(
        "ocr_card",
        "school_work",
        """KARTU INDONESIA PINTAR
NISN {nisn}
NPSN {npsn}
No. KIP {polis}
Berlaku selama masih sekolah""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ sheet_paste
    T(
        "sheet_paste",
        "social_aid",
        """DAFTAR CALON PENERIMA BLT KEL. {KEL} (usulan RT)
No,Nama,NIK,No KK,Alamat,HP
1,[[n:{N1}]],[[nik:{nikB1}]],[[kk:{kkB1}]],[[a:{rt1}]],[[p:{hpB1}]]
2,[[n:{N2}]],[[nik:{nikB2}]],[[kk:{kkB2}]],[[a:{rt2}]],[[p:{hpB2}]]
3,[[n:{N3}]],'[[nik:{nikB3}]],'[[kk:{kkB3}]],[[a:{rt3}]],-""",
    ),
    T(
        "sheet_paste",
        "social_aid",
        """No\tNama KPM\tNIK\tID DTKS\tKet
1\t[[n:{n1}]]\t[[nik:{nikB1}]]\t{dtks}\tlansia
2\t[[n:{n2}]]\t[[nik:{nikB2}]]\t{dtks2}\tdisabilitas
3\t[[n:{n3}]]\t[[nik:{nikO3}]]\t{dtks3}\tNIK TIDAK PADAN""",
        E=(1,),
    ),
    T(
        "sheet_paste",
        "tax",
        """Rekap NPWP guru honor (diminta bendahara sekolah)
Nama | NPWP | Ket
[[n:{n1}]] | [[npwp:{npwp1}]] | lama
[[n:{n2}]] | [[npwp:{npwpN2}]] | NIK jadi NPWP
[[n:{n3}]] | belum ada | -""",
    ),
    T(
        "sheet_paste",
        "health_bpjs",
        """Data peserta PBI usulan Puskesmas Sikumana
No;Nama;No Kartu JKN;NIK;Faskes
1;[[n:{N1}]];[[bpjs:{bpjs1}]];[[nik:{nikB1}]];PKM SIKUMANA
2;[[n:{N2}]];[[bpjs:{bpjs2}]];[[nik:{nikB2}]];PKM SIKUMANA
3;[[n:{N3}]];-;[[nik:{nikB3}]];PKM SIKUMANA""",
    ),
    T(
        "sheet_paste",
        "school_work",
        """Nama Siswa\tNISN\tNIK\tNama Ibu\tEmail Ortu
[[n:{n1}]]\t{nisn}\t[[nik:{nikB1}]]\t[[n:{n2}]]\t[[e:{emP2}]]
[[n:{n3}]]\t{nisn2}\t[[nik:{nikB3}]]\t[[n:{n4}]]\t[[e:{emM4}]]""",
        K=(1, 3),
        F=(2, 4),
    ),
    T(
        "sheet_paste",
        "civil_registry",
        """Antrian online Dukcapil - hasil export
No Antrian | Nama Pemohon | NIK | Layanan | Email
{antri} | [[n:{N1}]] | [[nik:{nikB1}]] | Cetak KTP | [[e:{emP1}]]
{antri2} | [[n:{N2}]] | [[nik:{nikS2}]] | Pisah KK | [[e:{emU2}]]
{antri3} | [[n:{N3}]] | [[nik:{nikB3}]] | KIA | -""",
    ),
    T(
        "sheet_paste",
        "money_scam",
        """Rekap laporan warga korban investasi bodong
Pelapor;HP Pelapor;Rek. tujuan transfer;Jumlah
[[n:{n1}]];[[p:{hp1}]];[[b:{rek3}]];{rpb}
[[n:{n2}]];[[p:{hp2}]];[[b:{rek3}]];{rp}
Keterangan: rekening tujuan a.n. [[n:{n3}]] ({bank1})""",
    ),
    T(
        "sheet_paste",
        "land_vehicle",
        """Pemilik,Nopol,No Rangka,No Mesin,HP Pemilik
[[n:{n1}]],[[pl:{plate1}]],{rangka},{mesin},[[p:{hp1}]]
[[n:{n2}]],[[pl:{plate2}]],{rangka2},{mesin2},[[p:{hpD2}]]""",
    ),
    T(
        "sheet_paste",
        "social_aid",
        """Daftar lansia penerima ASLUT RT 09
1. [[n:{n1}]] ({umur1}) - NIK [[nik:{nikS1}]]
2. [[n:{n2}]] ({umur2}) - NIK [[nik:{nikD2}]]
3. [[n:{n3}]] ({umur3}) - NIK [[nik:{nikB3}]]
Verifikasi: [[n:{n4}]], pendamping""",
        E=(1, 2, 3),
    ),
    T(
        "sheet_paste",
        "school_work",
        """Nama Pekerja | NIK | No KPJ | Email
[[n:{N1}]] | [[nik:{nikB1}]] | {kpj} | [[e:{emP1}]]
[[n:{N2}]] | [[nik:{nikB2}]] | {kpj2} | [[e:{emK2}]]
Perusahaan: PT Flobamora Sejahtera, NPWP {bnpwp}""",
    ),
    T(
        "sheet_paste",
        "tax",
        """Nama WP;NPWP;Jenis
[[n:{n1}]];[[npwp:{npwp1}]];Orang Pribadi
KSU Tunas Lontar;{bnpwp};Badan
[[n:{n2}]];[[npwp:{npwpS2}]];Orang Pribadi
CV Sumber Kasih Timor;{bnpwp2};Badan""",
    ),
    T(
        "sheet_paste",
        "civil_registry",
        """KK\t[[kk:{kkB1}]]
Nama\tNIK\tStatus
[[n:{N1}]]\t[[nik:{nikB1}]]\tKEPALA KELUARGA
[[n:{N2}]]\t[[nik:{nikB2}]]\tISTRI
[[n:{N3}]]\t[[nik:{nikB3}]]\tANAK""",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    # no spans
    T(
        "sheet_paste",
        "school_work",
        """Nama Sekolah,NPSN,Email,Telp
SD Inpres Naikolan,{npsn},sdi.naikolan@gmail.com,{oland}
SMP Negeri 17 Kupang,{npsn2},smpn17kupang@gmail.com,{oland2}
SMA Kristen Mercusuar,{npsn3},tu.mercusuar@yahoo.co.id,-""",
    ),
    T(
        "sheet_paste",
        "tax",
        """NOP | Letak Objek | Ketetapan | Status
{nop} | Jl. Timor Raya | {rp} | LUNAS
{nop2} | Jl. Adisucipto | {rpb} | BELUM
{nop3} | Jl. R.A. Kartini | {rp2} | LUNAS""",
    ),
    T(
        "sheet_paste",
        "social_aid",
        """Kelurahan;RT;Jumlah KPM;Kode Wilayah
{KEL};RT 01;23;5371040001
{KEL};RT 02;17;5371040002
{KEL};RT 03;31;5371040003
Sumber: SIKS-NG, surat {surat}""",
    ),
    T(
        "sheet_paste",
        "land_vehicle",
        """No Berkas | Jenis | NIB | Tgl Masuk
{reg} | Peralihan Hak | {nib} | {date}
{reg2} | Pemecahan | {nib2} | {date}
{reg3} | Roya | - | {date}""",
    ),
    T(
        "sheet_paste",
        "health_bpjs",
        """Faskes;Kode;Telepon;Email
Puskesmas Oepoi;{pin};{oland};pkmoepoi@gmail.com
Puskesmas Pasir Panjang;{pin2};{oland2};puskesmas.pasirpanjang@gmail.com
Klinik Pratama Kasih Ibu;{pin3};-;klinikkasihibu.kpg@gmail.com""",
    ),
    T(
        "sheet_paste",
        "money_scam",
        """Tanggal | No. Invoice | Kontrak | Tagihan
{date} | {inv} | {kontrak} | {rp}
{date} | {inv2} | {kontrak2} | {rpb}
Pembayaran ke VA {va}""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ call_note
    T(
        "call_note",
        "civil_registry",
        """Catatan call center {date} {jam}
Penelepon: [[n:{n1}]], warga [[a:{rt1}]] Kel. {kel}
Keluhan: KTP-el rusak, minta cetak ulang. NIK disebut per dua angka: [[nik:{nikP1}]]
Tindak lanjut: diarahkan ke Dukcapil, tiket {tiket}
Kontak balik: [[p:{hp1}]]""",
    ),
    T(
        "call_note",
        "social_aid",
        """Petugas: Selamat pagi, Unit Pengaduan Kasih, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Pagi bu, sa mau tanya PKH sa pung mama.
Petugas: NIK mama?
Penelepon: [[nik:{nikS2}]].
Petugas: Atas nama?
Penelepon: [[n:{n2}]].
Petugas: Baik, kami teruskan ke pendamping. Nomor bapak?
Penelepon: [[p:{hp1}]]""",
        F=(2, 3),
        E=(2,),
        M=(1,),
    ),
    T(
        "call_note",
        "tax",
        """Ringkasan panggilan {jam}
Pelapor Bpk. [[n:{n1}]] menanyakan NPWP lama [[npwp:{npwpS1}]] yang tidak bisa dipakai login. Petugas jelaskan NPWP orang pribadi sekarang = NIK. Pelapor sebut NIK [[nik:{nikS1}]] tapi ragu 1 angka terakhir.
Status: selesai, tiket {tiket}""",
    ),
    T(
        "call_note",
        "health_bpjs",
        """Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjs1}]].
Petugas: Atas nama?
Penelepon: [[n:{n1}]], tapi itu kartu bapa sa. Sa anaknya, [[n:{g2}]].
Petugas: Kartu aktif, faskes Puskesmas Naioni.""",
        fam={2: 1},
    ),
    T(
        "call_note",
        "money_scam",
        """Catatan call center: penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor ditelepon nomor {scam} yang mengaku petugas BRI, diminta menyebut NIK dan nomor rekening. Penelepon sudah menyebut rekening [[b:{rek1}]] sebelum curiga. Disarankan blokir ke call BRI 14017.""",
    ),
    T(
        "call_note",
        "civil_registry",
        """{jam} | [[n:{n1}]] | [[p:{hp1}]] | KK hilang, minta cetak ulang, No KK [[kk:{kkS1}]]
{jam2} | penelepon tidak sebut nama | - | tanya jadwal rekam KTP
{jam3} | [[n:{n2}]] | [[p:{hpJ2}]] | NIK anak belum muncul di KK""",
    ),
    T(
        "call_note",
        "school_work",
        """Petugas: Disnaker, ada yg bisa dibantu?
Pelapor: Sa pung gaji dipotong tapi BPJS Ketenagakerjaan sonde dibayar. KPJ {kpj}.
Petugas: Nama dan NIK?
Pelapor: [[n:{n1}]], [[nik:{nikB1}]].
Petugas: Perusahaannya?
Pelapor: Toko bangunan di Oesapa, NPWP toko {bnpwp}.""",
    ),
    T(
        "call_note",
        "land_vehicle",
        """Catatan: Penelepon [[n:{n1}]] melapor motor hilang, nopol [[pl:{plate1}]], no rangka {rangka}. Pemilik di STNK: [[n:{n2}]] (kakak). Telp rumah [[p:{land1}]]. Diarahkan ke SPKT Polresta.""",
    ),
    T(
        "call_note",
        "civil_registry",
        """Petugas: NIK Bapak?
Pelapor: [[nik:{nikW1}]].
Petugas: Itu bukan 16 angka pak.
Pelapor: Oh maaf, [[nik:{nikB1}]].
Petugas: Nama di KTP?
Pelapor: [[n:{N1}]].""",
        M=(1,),
    ),
    T(
        "call_note",
        "social_aid",
        """Log 1708 / telepon:
- [[n:{n1}]], lansia, warga [[a:{rt1}]]: bantuan sembako tidak sampai. NIK [[nik:{nikD1}]].
- [[n:{n2}]] melapor atas nama tetangga [[n:{n3}]] (NIK [[nik:{nikB3}]]) yang sakit.
- Tindak lanjut: diteruskan ke Dinsos.""",
        E=(1, 3),
    ),
    T(
        "call_note",
        "health_bpjs",
        """Penelepon: Mau ubah email di Mobile JKN, yang lama salah.
Agen: Email yang benar?
Penelepon: [[e:{emB1}]].
Agen: Nomor kartu?
Penelepon: [[bpjs:{bpjsS1}]].
Agen: Sudah kami ubah atas nama [[n:{n1}]].""",
    ),
    # no spans
    T(
        "call_note",
        "civil_registry",
        """Rekap panggilan {date}: 41 panggilan. KTP-el 17, KK 9, akta 6, lain-lain 9. Tiket terbuka {tiket}, {tiket2}. Telepon (0380) 833 412 sering putus. WA center {ohp}: 23 laporan.""",
    ),
    T(
        "call_note",
        "money_scam",
        """Penelepon tidak mau sebut nama. Lapor nomor {scam} mengaku dari Dukcapil minta NIK dan nomor KK untuk "update data KTP digital". Nomor lain juga {scam2}. Diteruskan ke patroli siber.""",
    ),
    T(
        "call_note",
        "tax",
        """Petugas: Nomor objek pajaknya?
Penelepon: {nop}.
Petugas: Tagihan {rp}, jatuh tempo {date}. Bayar di Bank NTT atau lewat kode billing {va}.
Penelepon: Baik, terima kasih.""",
    ),
    T(
        "call_note",
        "health_bpjs",
        """Petugas: Nomor SEP nya?
Penelepon: 2401R00{pin}V0{pin2}.
Petugas: Klaim sudah diproses. Untuk pertanyaan lain WA {ohp} atau kcu.kupang@bpjs-kesehatan.go.id.""",
    ),
    T(
        "call_note",
        "land_vehicle",
        """{jam} | Kurir JNE | {ohp} | tanya alamat kantor Samsat
{jam2} | Dealer Honda Oebobo | {oland} | konfirmasi faktur {inv}
{jam3} | tidak diketahui | {scam} | tanya nomor rangka {rangka}""",
    ),
    T(
        "call_note",
        "school_work",
        """Petugas: Nomor peserta PPPK?
Penelepon: {reg}.
Petugas: Status berkas TMS, NIP belum terbit. Surat {surat}. Info lanjut email rekrutmen.pppk@kupangkota.go.id.""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ social_thread
    T(
        "social_thread",
        "civil_registry",
        """[[n:{n2}]] ▸ Kupang Info Terkini · {jam}
Siapa yg kehilangan dompet di depan Pasar Inpres Naikoten? Isi KTP a.n. [[n:{N1}]] NIK [[nik:{nikB1}]], kartu KIS, dan uang sedikit. Hubungi sa di [[p:{hp2}]]
Komentar:
[[n:{n3}]]: itu sa pung tetangga, sa kasih tau dia
[[n:{n2}]]: 👍 sa tunggu di depan Gereja Kota""",
    ),
    T(
        "social_thread",
        "social_aid",
        """[[n:{n1}]]
Pak Lurah, sa pung mama [[n:{n2}]] su 70 tahun, NIK [[nik:{nikT2}]], sonde pernah dapat bantuan lansia. Tolong dicek 🙏
Suka · Balas · 3 j
Kelurahan {kel}
Silakan kirim data lewat DM ya kak. NIK jangan ditulis di kolom komentar.""",
        F=(2,),
        E=(2,),
    ),
    T(
        "social_thread",
        "money_scam",
        """PERINGATAN. Ada akun FB pakai nama pegawai kelurahan, minta transfer biaya e-KTP {rp} ke rekening [[b:{rek1}]] a.n. [[n:{n1}]]. Itu bukan petugas!
Komentar:
[[n:{n2}]]: sa juga dimintai, untung sonde transfer
kupang_bersatu: share""",
    ),
    T(
        "social_thread",
        "tax",
        """[[n:{n1}]]: Min, NPWP sy yg lama [[npwp:{npwp1}]] masih berlaku ko? Atau harus pakai NIK?
Pajak Kupang: Halo kak, NPWP 15 digit tetap bisa dipakai s.d. transisi. Info lanjut ke info.kppkupang@pajak.go.id
[[n:{n1}]]: makasih min""",
    ),
    T(
        "social_thread",
        "school_work",
        """Lowongan guru les privat Matematika SD-SMP area Oebufu. Kirim CV ke email sa [[e:{emS1}]] atau WA [[p:{hp1}]] ([[n:{g1}]])
Komentar:
[[n:{n2}]]: sudah kirim kak ke [[e:{emS1}]], belum dibalas
[[n:{g1}]]: sabar ee kak, nanti sa cek""",
    ),
    T(
        "social_thread",
        "health_bpjs",
        """[[n:{n1}]]: Sa mau tanya, no kartu BPJS sa [[bpjs:{bpjs1}]] tapi di aplikasi muncul nama orang lain. Bagaimana?
Komentar:
[[n:{n2}]]: datang langsung ke kantor BPJS di Jl. Polisi Militer kak
BPJS Kesehatan Kupang: Mohon hubungi Pandawa, jangan sebar nomor kartu di medsos""",
    ),
    T(
        "social_thread",
        "civil_registry",
        """Postingan anonim · Grup Suara Warga Kota Kupang
Su 3 bulan KK baru sa belum jadi. No KK lama [[kk:{kkS1}]], atas nama bapa sa [[n:{n1}]]. Email pendaftaran online sa [[e:{emP2}]] sonde dapat balasan.
Komentar:
[[n:{n3}]]: sama kak, antri saja di Dukcapil pagi2""",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "social_thread",
        "money_scam",
        """[[n:{n1}]]
Sa mau jual motor Beat, plat [[pl:{plate1}]], pajak hidup, BPKB a.n. sendiri. {rpb} nego. WA [[p:{hp1}]]
Komentar:
[[n:{n2}]]: masih ada kak?
[[n:{n1}]]: masih kak""",
    ),
    T(
        "social_thread",
        "social_aid",
        """Komentar:
[[n:{n1}]]: Sa pung nama hilang dari daftar BPNT. NIK [[nik:{nikB1}]]
Dinas Sosial Kota Kupang: Mohon datang ke kantor dengan KTP dan KK asli ya bu
[[n:{n2}]]: sa juga, KK [[kk:{kkB2}]] dua-dua sonde keluar""",
        F=(1,),
    ),
    T(
        "social_thread",
        "school_work",
        """[[n:{n1}]]: Bapa mama, email ketua komite kelas su ganti, sekarang [[e:{emA2}]] (Ibu [[n:{n2}]]). Tolong kirim bukti bayar ke sana.
[[n:{n3}]]: siap ibu""",
        F=(2,),
    ),
    T(
        "social_thread",
        "civil_registry",
        """[[n:{n1}]]: Tolong bantu cari sa pung adik [[n:{n2}]], 17 tahun, pergi dari rumah di [[a:{addr1}]] sejak {hari}. NIK dia [[nik:{nikB2}]], bisa dicek kalau ada yang lihat. HP sa [[p:{hpD1}]]""",
        fam={2: 1},
    ),
    # no spans
    T(
        "social_thread",
        "civil_registry",
        """Dukcapil Kota Kupang · 2 j
Layanan cetak KTP-el hari {hari}. Ambil nomor antrian mulai jam 07.30. Format NIK di formulir 16 digit tanpa spasi, contoh 5371XXXXXXXXXXXX. Info: WA {ohp} atau email layanan.dukcapil@kupangkota.go.id
Komentar:
kupang_viral: mantap
Fotokopi Cahaya Liliba: kami bantu isi formulir kak, WA {ohp2}""",
    ),
    T(
        "social_thread",
        "money_scam",
        """Awas penipuan! Akun "Bantuan Sosial NTT" minta warga kirim NIK, KK dan nomor HP. Nomor yg dipakai {scam}, rekening {brek} a.n. POSKO BANSOS NTT. Jangan percaya.
Komentar:
ntt_update: sudah dilaporkan
kupang_bersuara: 😡""",
    ),
    T(
        "social_thread",
        "tax",
        """Bapenda Kota Kupang · 5 j
Pembayaran PBB-P2 {year} sudah bisa lewat Bank NTT dan QRIS. Masukkan NOP 18 digit, contoh {nop}. Batas bayar {tgl}. Pengaduan: pbb.bapenda@kupangkota.go.id / {oland}""",
    ),
    T(
        "social_thread",
        "health_bpjs",
        """RSUD S.K. Lerik · 1 hari
Pendaftaran poli rawat jalan lewat WhatsApp {ohp}. Bawa kartu JKN dan rujukan. Nomor antrian keluar otomatis, contoh {antri}.
Komentar:
apotek_sehat_oepura: ✅""",
    ),
    T(
        "social_thread",
        "land_vehicle",
        """Polresta Kupang Kota · 3 j
Ditemukan sepeda motor tanpa plat, no rangka {rangka}, no mesin {mesin}. Pemilik yang sah silakan datang ke Sat Reskrim membawa BPKB. Info SPKT {oland}.""",
    ),
    T(
        "social_thread",
        "social_aid",
        """Kelurahan {kel} · 6 j
Daftar penerima BLT tahap 3 sudah ditempel di kantor kelurahan. Jumlah KPM per RT: RT 01: 19, RT 02: 22, RT 03: 15. Sanggahan ke WA {ohp} paling lambat {tgl}.""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ letter
    T(
        "letter",
        "civil_registry",
        """Kepada Yth.
Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang
di Tempat

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
NIK : [[nik:{nikG1}]]
No. KK : [[kk:{kkG1}]]
Alamat : [[a:{addr1}]], Kel. {kel}, Kec. {kec}
No. HP : [[p:{hp1}]]
Email : [[e:{em1}]]
mengajukan permohonan perubahan status perkawinan pada KTP-el karena telah menikah sesuai akta perkawinan nomor {akta}.

Kupang, {tgl}
Hormat saya,

[[n:{n1}]]""",
    ),
    T(
        "letter",
        "social_aid",
        """SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini, [[n:{n1}]], NIK [[nik:{nikD1}]], menyatakan bahwa ibu kandung saya [[n:{n2}]], NIK [[nik:{nikD2}]], tinggal serumah dengan saya di [[a:{addr1}]] dan tidak memiliki penghasilan tetap.
Demikian surat ini dibuat untuk pengusulan bantuan ASLUT.
Kupang, {tgl}
Yang menyatakan, [[n:{n1}]]
Mengetahui Ketua RT, [[n:{n3}]]""",
        F=(2,),
        E=(2,),
    ),
    T(
        "letter",
        "tax",
        """Nomor : {surat}
Lampiran : 1 berkas
Hal : Permohonan pembetulan data NPWP

Kepada Yth. Kepala KPP Pratama Kupang

Saya [[n:{n1}]], pemilik usaha perorangan (kios sembako), NPWP pribadi saya [[npwp:{npwp1}]], NIK [[nik:{nikB1}]], alamat [[a:{addr1}]] (rumah sendiri), mohon pembetulan alamat pada data NPWP. Surel [[e:{emP1}]].

Hormat saya,
[[n:{n1}]]""",
    ),
    T(
        "letter",
        "health_bpjs",
        """SURAT KUASA
Yang bertanda tangan di bawah ini [[n:{n1}]], NIK [[nik:{nik1}]], peserta JKN nomor [[bpjs:{bpjs1}]], memberi kuasa kepada [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]], untuk mengurus pindah faskes.
Kupang, {tgl}
Pemberi kuasa [[n:{n1}]]    Penerima kuasa [[n:{n2}]]""",
    ),
    T(
        "letter",
        "land_vehicle",
        """SURAT KETERANGAN AHLI WARIS
Nomor: {surat}
Kami ahli waris dari almarhum [[n:{n1}]] (NIK [[nik:{nikB1}]]) pemilik tanah SHM No. {shm}, NOP {nop}:
1. [[n:{n2}]] (istri), NIK [[nik:{nikB2}]]
2. [[n:{n3}]] (anak), NIK [[nik:{nikB3}]]
Alamat ahli waris: [[a:{addr1}]]""",
        M=(1,),
        F=(2,),
        E=(1, 2),
        fam={3: 1},
    ),
    T(
        "letter",
        "money_scam",
        """Perihal: Laporan kehilangan dan penyalahgunaan identitas

Dengan hormat, saya [[n:{n1}]], NIK [[nik:{nikS1}]], melaporkan bahwa data KTP saya dipakai orang lain untuk pinjaman online dengan nomor kontrak {kontrakB}. Saya tidak pernah mengajukan. Tagihan dikirim ke email [[e:{emP1}]] dan nomor [[p:{hp1}]] milik saya.
Hormat saya, [[n:{n1}]]""",
    ),
    T(
        "letter",
        "school_work",
        """Kepada Yth. Kepala SMP Negeri 2 Kupang
Perihal: Permohonan surat pindah

Saya orang tua dari [[n:{n2}]] (NISN {nisn}, NIK [[nik:{nikB2}]]) mohon surat pindah karena kami pindah ke Atambua. Alamat lama [[a:{addr1}]].
Hormat kami,
[[n:{n1}]]
HP [[p:{hp1}]] / email [[e:{emS1}]]""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "letter",
        "social_aid",
        """Lampiran surat nomor {surat}
DAFTAR USULAN BEDAH RUMAH
1. [[n:{n1}]] - NIK [[nik:{nikB1}]] - KK [[kk:{kkB1}]] - [[a:{rt1}]]
2. [[n:{n2}]] - NIK [[nik:{nikB2}]] - KK [[kk:{kkB2}]] - [[a:{rt2}]]
Kupang, {tgl}
Lurah {kel}, [[n:{n3}]]""",
    ),
    T(
        "letter",
        "civil_registry",
        """SURAT KETERANGAN DOMISILI
Nomor: {surat}
Lurah {kel} menerangkan bahwa:
Nama : [[n:{n1}]]
NIK : [[nik:{nikL1}]]
Tempat/Tgl. Lahir : Ende, {dob1}
benar berdomisili di [[a:{addr1}]] sejak {year}.
Lurah {kel}
[[n:{n2}]]
NIP. {nip}""",
    ),
    T(
        "letter",
        "health_bpjs",
        """Hal: Keberatan penonaktifan PBI JK
Kami, keluarga [[n:{f1}]], dengan nomor KK [[kk:{kk1}]], melaporkan bahwa kartu KIS kepala keluarga [[n:{n1}]] nomor [[bpjs:{bpjs1}]] dan anak [[n:{n2}]] nomor [[bpjs:{bpjs2}]] dinonaktifkan. Kami tidak mampu membayar iuran mandiri.
Kupang, {tgl}""",
        fam={2: 1},
    ),
    T(
        "letter",
        "tax",
        """Perihal: Permohonan NPWP kepala desa
Kepada Yth. KPP Pratama Kupang
Saya [[n:{n1}]], kepala desa Baumata, memohon penerbitan ulang kartu NPWP pribadi saya [[npwp:{npwp1}]]. NPWP desa {bnpwp} tidak berubah. Telp. kantor desa {oland}, HP saya [[p:{hp1}]].
Hormat saya, [[n:{n1}]]""",
    ),
    # no spans
    T(
        "letter",
        "civil_registry",
        """PEMERINTAH KOTA KUPANG
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
Jl. S.K. Lerik No. 2, Telp. {oland}, email disdukcapil@kupangkota.go.id
Nomor : {surat}
Perihal : Pelayanan jemput bola perekaman KTP-el
Diberitahukan bahwa pelayanan akan dilaksanakan tanggal {tgl} di kantor kelurahan. Peserta membawa fotokopi KK.
Kepala Dinas, NIP. {nip}""",
    ),
    T(
        "letter",
        "tax",
        """KOPERASI SERBA USAHA TUNAS MEKAR
Jl. Amabi No. 22 Oebufu
NPWP : {bnpwp}
Nomor : {surat}
Perihal : Laporan RAT
Terlampir laporan keuangan tahun buku {year}. Rekening koperasi Bank NTT {brek}.""",
    ),
    T(
        "letter",
        "school_work",
        """YAYASAN PENDIDIKAN KRISTEN KUPANG
SMA KRISTEN 1 KUPANG
NPSN {npsn} | NSS {nisn}
Jl. Frans Seda No. 11, Telp. {oland}
Surat Keterangan nomor {surat}: guru dengan NIP {nip} benar bertugas di sekolah kami.""",
    ),
    T(
        "letter",
        "social_aid",
        """PEMERINTAH KOTA KUPANG
KELURAHAN {KEL}
Nomor : {surat}
Undangan: pembagian BLT tanggal {tgl} jam 09.00 bertempat di aula kelurahan. KPM membawa KKS ({kks}) dan KTP. Warga RT 04 sampai RT 12.""",
    ),
    T(
        "letter",
        "land_vehicle",
        """PERJANJIAN KREDIT
Nomor kontrak {kontrak}
Objek: sepeda motor, no rangka {rangka}, no mesin {mesin}
Nilai pinjaman {rpb}, angsuran {rp} per bulan, jatuh tempo setiap tanggal 5.
PT Flobamora Finance, NPWP {bnpwp}""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ kupang_malay
    T(
        "kupang_malay",
        "civil_registry",
        """Selamat siang bapa ibu. Beta [[n:{n1}]] dari [[a:{rt1}]] {kel}. Beta pung KTP su rusak, mau cetak ulang ma dong bilang NIK beta [[nik:{nikT1}]] su dobel deng orang laen. Bagemana ni? Beta pung nomor [[p:{hp1}]]""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """Pak, beta pung mama [[n:{n2}]] su tua, NIK dia [[nik:{nikS2}]], di KK tatulis [[kk:{kkS1}]]. Dari taun lalu sonde dapa bantuan lai. Padahal tetangga yang punya oto dapat. Tolong cek ko. [[n:{g1}]]""",
        F=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "tax",
        """Beta jual ikan di Oeba. Orang pajak datang bilang musti ada NPWP. Beta pung NPWP lama [[npwp:{npwpS1}]], ma dong bilang sekarang pake NIK sa, [[npwp:{npwpN1}]]. Beta bingung. Dari [[n:{n1}]]""",
    ),
    T(
        "kupang_malay",
        "health_bpjs",
        """Kaka, beta pung bapa [[n:{n2}]] masuk IGD, ma kartu KIS dia nomor [[bpjs:{bpjs2}]] dong bilang sonde aktif. Beta su bayar iuran lewat VA {va}. Tolong bantu ko. Beta [[n:{g1}]], WA [[p:{hpS1}]]""",
        M=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "money_scam",
        """Ada orang WA beta pake nomor {scam}, bilang dia dari Dinas Sosial, suru kirim NIK deng KK. Beta su kirim beta pung NIK [[nik:{nikB1}]] sebelum sadar. Skarang beta takut dong pake untuk pinjol. [[n:{n1}]]""",
    ),
    T(
        "kupang_malay",
        "school_work",
        """Pak guru, email sekolah yang bapa kasi sonde bisa. Beta pung email [[e:{emA1}]], tolong kirim rapor anak [[n:{g2}]] ke situ sa. Anak NISN {nisn}. Makasih. Mama [[n:{g1}]]""",
        F=(1,),
        K=(2,),
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """Beta pung adik [[n:{n2}]] su pindah ke Atambua ma dia pung nama masih di katong pung KK [[kk:{kkB1}]]. NIK dia [[nik:{nikB2}]]. Dukcapil bilang musti dia datang sendiri. Dia sonde bisa pulang. Bagemana? [[n:{n1}]], [[p:{hpD1}]]""",
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "land_vehicle",
        """Oto pick up beta [[pl:{plate1}]] ditahan di Samsat karena nama di STNK [[n:{n2}]] (orang yang jual), beta su bayar lunas. Beta [[n:{n1}]], NIK [[nik:{nik1}]]. Tolong bantu balik nama.""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """Beta ni janda, [[n:{n1}]], tinggal di [[a:{addr1}]]. PKH beta dipotong {rp} tiap kali ambil di agen BRILink. Beta pung rekening BRI [[b:{rek1}]]. Tolong lia beta dolo.""",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "money_scam",
        """Beta transfer {rpb} ke rek BNI [[b:{rek2}]] a.n. [[n:{n2}]] karena dia bilang bisa urus CPNS. Skarang dia hilang, WA [[p:{hp2}]] su blokir beta. Beta [[n:{n1}]], mohon bantu lapor polisi.""",
    ),
    T(
        "kupang_malay",
        "health_bpjs",
        """Bidan [[n:{g2}]] di Pustu bae sekali, bantu beta pung anak [[n:{g3}]] daftar BPJS, nomor kartu su keluar [[bpjs:{bpjs3}]]. Terima kasih banyak. Dari [[n:{n1}]]""",
        K=(3,),
        fam={3: 1},
    ),
    T(
        "kupang_malay",
        "school_work",
        """Beta kerja di toko bangunan, gaji dipotong BPJS TK ma KPJ {kpj} sonde aktif. Bos bilang NPWP toko {bnpwp} sa yang dong lapor. Beta [[n:{n1}]] NIK [[nik:{nikB1}]], HP [[p:{hp1}]]""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """Mama beta [[n:{n2}]] meninggal bulan lalu, ma nama masih di KK. NIK mama [[nik:{nikB2}]]. Mau urus akta kematian dong minta surat RT. Beta [[n:{n1}]] dari [[a:{rt1}]]""",
        F=(2,),
        E=(2,),
    ),
    # no spans
    T(
        "kupang_malay",
        "social_aid",
        """Kenapa BPNT di kelurahan {kel} sonde cair? Su tiga bulan. Katong pung kartu KKS {kks} ada saldo nol. Dinsos pung WA {ohp} sonde balas. Surat dong nomor {surat} sa yang ada.""",
    ),
    T(
        "kupang_malay",
        "money_scam",
        """Hati-hati ee, nomor {scam} deng {scam2} dua-dua ngaku petugas PLN, bilang katong pung ID pelanggan {idpel} mau diputus kalo sonde bayar {rp} lewat DANA. Itu tipu-tipu.""",
    ),
    T(
        "kupang_malay",
        "tax",
        """Kenapa PBB beta naik? NOP {nop}, taun lalu {rp}, sekarang {rpb}. Tanah kosong sa di belakang. Beta su datang ke Bapenda dua kali, nomor antrian {antri}.""",
    ),
    T(
        "kupang_malay",
        "land_vehicle",
        """Sertifikat tanah katong su 2 taun di BPN sonde jadi. Nomor berkas {reg}, NIB {nib}. Dong bilang petugas pindah. Telp kantor {oland} sonde angkat.""",
    ),
    T(
        "kupang_malay",
        "health_bpjs",
        """Puskesmas pung antrian sonde teratur. Katong datang jam 7 dapa nomor {antri}, baru dipanggil jam 12. Nomor pengaduan puskesmas {ohp} sonde aktif.""",
    ),
    T(
        "kupang_malay",
        "school_work",
        """Anak dong di SD sonde dapa PIP padahal su masuk DTKS. Sekolah NPSN {npsn} bilang NISN {nisn} sonde padan. Operator sekolah pung email sdnbakunase2@gmail.com sonde balas.""",
    ),
]
TEMPLATES += [
    # ------------------------------------------------ second round, every style
    T(
        "web_form",
        "civil_registry",
        """Isi Laporan: Mohon bantuan, NIK saya dan NIK anak saya tertukar di KK. NIK saya [[nik:{nikB1}]] tercatat untuk anak, dan NIK anak saya [[n:{g2}]] [[nik:{nikB2}]] tercatat untuk saya. Tanggal lahir saya {dobB1}, anak {dobB2}.
Nama: [[n:{n1}]]
Email/Surel: <[[e:{emP1}]]>
HP: [[p:{hpD1}]]""",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "web_form",
        "money_scam",
        """Kategori: Perbankan
Isi: Saya nasabah KUR, nomor kontrak {kontrak}. Angsuran sudah dipotong dari rekening saya [[b:{rek1}]] tapi di SLIK OJK tercatat menunggak. Nomor polis asuransi jiwa kredit {polis}.
Nama: [[n:{n1}]] | NIK: [[nik:{nikS1}]] | e-mail: [[e:{emM1}]]""",
    ),
    T(
        "web_form",
        "school_work",
        """Isi Laporan: Saya guru honorer di SD Inpres Oeba 2 (NPSN {npsn}). Email dinas saya [[e:{loc1}@guru.sd.belajar.id]] tidak bisa login Platform Merdeka Mengajar. Admin sekolah tidak tahu. Email pribadi [[e:{emP1}]].
Nama: [[n:{n1}]]""",
    ),
    T(
        "web_form",
        "tax",
        """Isi Laporan: Toko kami UD Sumber Berkat dapat surat teguran pajak. NPWP toko {bnpwp}. Pemilik (saya) punya NPWP pribadi [[npwp:{npwp1}]], jangan dicampur. Surat teguran nomor {surat}.
Pelapor: [[n:{n1}]], HP [[p:{hp1}]]""",
    ),
    T(
        "web_form",
        "land_vehicle",
        """Identitas pelapor dirahasiakan
Isi: Kantor desa minta Rp 500.000 untuk surat keterangan tanah, padahal gratis. SPPT NOP {nop}, sertifikat belum ada, nomor register desa {reg}. NPWP desa {bnpwp} tercantum di kwitansi.""",
    ),
    T(
        "wa_chat",
        "money_scam",
        """[{date} {jam}] [[n:{n1}]]: Kaka, tolong transfer dolo ke rekening sa pung istri ee, BRI [[b:{rek2}]] a.n. [[n:{n2}]]. Sa pung ATM tertelan
[{date} {jam2}] [[n:{n3}]]: Iya kaka. {rp} cukup?
[{date} {jam2}] [[n:{n1}]]: Cukup. Nanti sa ganti hari {hari}""",
        M=(1,),
        F=(2,),
    ),
    T(
        "wa_chat",
        "civil_registry",
        """[{date} {jam}] [[n:{n1}]]: Sy kirim ulang NIK sy krn tadi kepotong
[{date} {jam}] [[n:{n1}]]: [[nik:{nikS1}]]
[{date} {jam2}] Operator Kelurahan: NIK istri?
[{date} {jam2}] [[n:{n1}]]: [[nik:{nikS2}]] istri, anak [[nik:{nikS3}]]""",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "wa_chat",
        "health_bpjs",
        """[{date} {jam}] [[n:{n1}]]: Pak ini sa pung data utk daftar BPJS mandiri:
NIK [[nik:{nikB1}]]
Email [[e:{emS1}]]
No rek autodebet [[b:{rek1}]] ({bank1})
[{date} {jam2}] Petugas BPJS: Ok bu, VA keluarga akan dikirim via SMS""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "tax",
        """[{date} {jam}] Kantor Desa Oelnasi: NPWP desa {bnpwp}, rekening kas desa Bank NTT {brek}. Mohon bendahara kegiatan pakai ini.
[{date} {jam2}] Kantor Desa Oelnasi: NIB BUMDes {nib}""",
    ),
    T(
        "wa_chat",
        "school_work",
        """[{date} {jam}] Admin Grup Ortu 6A: Bapak mama, bukti bayar komite kirim ke rekening komite Bank NTT {brek}. Jangan ke rekening pribadi siapa pun.
[{date} {jam2}] Admin Grup Ortu 6A: NPSN sekolah {npsn}, email komite komite.sdi.oebufu@gmail.com""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """KOTKUPANG NIK SY [[nik:{nikO1}]] TDK TERBACA DI MESIN DUKCAPIL. SUDAH 3X. NAMA [[n:{N1}]] TGL LAHIR {dobB1}""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """KOTKUPANG NIK MAMA SY [[nik:{nikB2}]] DAN NIK ADIK [[nik:{nikB3}]] HILANG DR DTKS. MHN CEK. DR [[n:{N1}]] WA [[p:{hpB1}]]""",
        F=(2,),
        E=(2,),
    ),
    T(
        "sms_1708",
        "money_scam",
        """KOTKUPANG SY DIMINTA BAYAR PINJOL YG TDK PERNAH SY AMBIL. KONTRAK {kontrakB}. KTP SY [[nik:{nikB1}]] DIPAKAI ORG. [[n:{N1}]]""",
    ),
    T(
        "sms_1708",
        "school_work",
        """KOTKUPANG KARTU BPJS TK SY KPJ {kpj} TDK BISA KLAIM JHT. PERUSAHAAN SDH TUTUP. NPWP PERUSAHAAN {bnpwp}. MHN DIBANTU DISNAKER""",
    ),
    T(
        "sms_1708",
        "tax",
        """KOTKUPANG SAMSAT MINTA NPWP UTK BALIK NAMA MOBIL. SY TDK PUNYA. NOMOR RANGKA {rangka}. SURAT {SURAT}. MHN PENJELASAN""",
    ),
    T(
        "email_office",
        "civil_registry",
        """To: [[n:{n1}]] <[[e:{emP1}]]>
From: Layanan Dukcapil Kota Kupang <layanan.dukcapil@kupangkota.go.id>
Subject: Re: Permohonan KK

Yth. Sdr. [[n:{n1}]], KK baru nomor [[kk:{kkB1}]] sudah dicetak dan bisa diambil di loket 3 dengan nomor antrian {antri}. Bawa KTP asli dengan NIK [[nik:{nikB1}]].
Salam, Petugas Layanan""",
    ),
    T(
        "email_office",
        "school_work",
        """From: [[n:{n1}]] <[[e:{loc1}@kupangkota.go.id]]>
To: bkpsdm@kupangkota.go.id
Subject: Perbaikan NIP dan NIK

Mohon perbaikan data SIASN saya. NIP {nipB}, NIK di SIASN [[nik:{nikW1}]] (jumlah angkanya salah), seharusnya [[nik:{nikB1}]].
Terima kasih""",
    ),
    T(
        "email_office",
        "social_aid",
        """From: Pendamping PKH <pendamping.pkh.oebobo@gmail.com>
To: [[n:{n1}]] <[[e:{emP1}]]>

Ibu [[n:{g1}]], data KPM dengan NIK [[nik:{nikB1}]] sudah diusulkan ulang. Pencairan melalui rekening KKS BNI [[b:{rek1}]].""",
        F=(1,),
    ),
    T(
        "email_office",
        "tax",
        """From: Kring Pajak <informasi@pajak.go.id>
Subject: Pemberitahuan pemadanan NIK sebagai NPWP

Yth. Wajib Pajak, mulai 1 Juli 2024 NIK digunakan sebagai NPWP orang pribadi. NPWP badan tetap 16 digit dengan awalan 0, contoh {bnpwp} menjadi 0{pin}xxxxxxxxx. Kode verifikasi {pin2}.""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """KARTU TANDA PENDUDUK
NIK : [[nik:{nikX1}]]
N a m a : [[n:{N1}]]
Tempat/Tgl Lahir : KEFAMENANU,{dob1}
A1amat : [[a:{STREET1}]]
RT/RW : [[a:{rtrw1}]]
Pekerjaan : WIRASWASTA""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """No.KK:[[kk:{kkB1}]]
NAMA KEPALA KELUARGA:[[n:{N1}]]
ALAMAT:[[a:{STREET1}]]
1 [[n:{N1}]] [[nik:{nikO1}]] KEPALA KELUARGA
2 [[n:{N2}]] [[nik:{nikO2}]] ISTRI""",
        M=(1,),
        F=(2,),
    ),
    T(
        "ocr_card",
        "tax",
        """KARTU NPWP
NPWP: [[npwp:{npwpN1}]]
NIK: [[nik:{nikB1}]]
[[n:{N1}]]
KPP PRATAMA KUPANG""",
    ),
    T(
        "ocr_card",
        "health_bpjs",
        """KARTU JKN-KIS
Nomor: [[bpjs:{bpjsS1}]]
Nama: [[n:{N1}]]
Tgl Lahir: {dob1}
NIK: [[nik:{nikS1}]]
Faskes: KLINIK PRATAMA BHAKTI""",
    ),
    T(
        "sheet_paste",
        "social_aid",
        """No Nama NIK No. KK RT/RW
1 [[n:{N1}]] [[nik:{nikB1}]] [[kk:{kkB1}]] [[a:{rtrw1}]]
2 [[n:{N2}]] [[nik:{nikB2}]] [[kk:{kkB1}]] [[a:{rtrw1}]]
3 [[n:{N3}]] [[nik:{nikB3}]] [[kk:{kkB3}]] [[a:{rtrw3}]]""",
    ),
    T(
        "sheet_paste",
        "money_scam",
        """Nama Nasabah | No Rekening | Bank | HP
[[n:{n1}]] | [[b:{rek1}]] | BRI | [[p:{hp1}]]
[[n:{n2}]] | [[b:{rek2}]] | Bank NTT | [[p:{hpD2}]]
(daftar arisan RT, diminta kelurahan)""",
    ),
    T(
        "sheet_paste",
        "school_work",
        """NIP,Nama,Golongan,Email
{nipB},[[n:{n1}]],III/a,[[e:{emP1}]]
{nipB2},[[n:{n2}]],III/b,[[e:{emP2}]]
{nipB3},[[n:{n3}]],II/c,-""",
    ),
    T(
        "call_note",
        "civil_registry",
        """Petugas: NIK dan No KK nya?
Penelepon: NIK [[nik:{nikP1}]], KK [[kk:{kkP1}]].
Petugas: Nama ibu kandung?
Penelepon: [[n:{n2}]].
Petugas: Baik, kami cek, nanti dihubungi ke [[p:{hp1}]].""",
        F=(2,),
    ),
    T(
        "call_note",
        "money_scam",
        """Catatan {date}: penelepon [[n:{n1}]] lapor ditipu penjual tiket kapal. Rekening penjual [[b:{rek2}]] a.n. [[n:{n2}]], email penjual [[e:{emU2}]]. Nomor penjual [[p:{hp2}]]. Korban sudah lapor SPKT, STPL/{pin}/{year}.""",
    ),
    T(
        "call_note",
        "tax",
        """Penelepon [[n:{n1}]] tanya NPWP istri [[n:{n2}]]. Yang lama [[npwp:{npwp2}]], yang baru katanya sama dengan NIK, [[npwp:{npwpN2}]]. Dijelaskan ke KPP Pratama Kupang.""",
        M=(1,),
        F=(2,),
    ),
    T(
        "social_thread",
        "school_work",
        """[[n:{n1}]]: Min, pengumuman PPPK kok nama sy tdk ada? No peserta {reg}, NIK [[nik:{nikB1}]]
BKPSDM Kota Kupang: Silakan kirim sanggahan ke sanggah.pppk@kupangkota.go.id kak
[[n:{n2}]]: sy juga kak, sdh email dari [[e:{emA2}]] blm dibalas""",
    ),
    T(
        "social_thread",
        "money_scam",
        """[[n:{n1}]]
Info: hati2 akun WA [[p:{hpB2}]] pakai foto Pak Lurah, minta sumbangan ke rekening [[b:{rek2}]] a/n [[n:{n2}]]. Sy sdh konfirmasi ke kelurahan, itu palsu.
Komentar:
[[n:{n3}]]: ya ampun sy sdh transfer {rp}""",
    ),
    T(
        "letter",
        "school_work",
        """SURAT KETERANGAN PENGHASILAN
Yang bertanda tangan di bawah ini Kepala Sekolah menerangkan bahwa:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NIP : {nip}
Email : [[e:{em1}]]
adalah guru dengan penghasilan {rpb} per bulan.
NPSN {npsn}""",
    ),
    T(
        "letter",
        "money_scam",
        """Perihal: Keberatan tagihan kartu kredit
Saya [[n:{n1}]], NIK [[nik:{nikD1}]], nomor rekening tabungan [[b:{rek1}]], menyatakan tidak pernah mengajukan kartu kredit dengan nomor kontrak {kontrakB}. Surat ini saya kirim juga ke email [[e:{emB1}]] agar ada salinan.
Kupang, {tgl}
[[n:{n1}]]""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """Beta pung NIK di KTP [[nik:{nikB1}]], ma di KK tatulis [[nik:{nikO1}]]. Huruf O deng angka 0 dong campur. Beta pung maitua [[n:{n2}]] juga sama. Tolong betul ko. [[n:{n1}]]""",
        M=(1,),
        F=(2,),
    ),
    T(
        "kupang_malay",
        "money_scam",
        """Beta pung ade [[n:{n2}]] pinjam beta pung KTP, NIK [[nik:{nikB1}]], untuk ambil HP kredit. Skarang dia sonde bayar, debt collector datang ke rumah di [[a:{addr1}]]. Beta [[n:{n1}]]. Kontrak {kontrakB}.""",
    ),
    T(
        "kupang_malay",
        "health_bpjs",
        """Beta su ganti email di aplikasi JKN jadi [[e:{emK1}]], ma OTP sonde masuk. Nomor kartu [[bpjs:{bpjs1}]]. Bantu beta ko kaka. [[n:{g1}]]""",
    ),
    # no spans
    T(
        "web_form",
        "social_aid",
        """Judul: Data KPM ganda
Isi: Di SIKS-NG kelurahan kami ada ID DTKS {dtks} dan {dtks2} untuk keluarga yang sama. Mohon Dinsos rapikan. Surat kelurahan {surat}. Email operator siksng.kelurahan.oebufu@gmail.com
Pelapor: Operator Kelurahan""",
    ),
    T(
        "wa_chat",
        "civil_registry",
        """[{date} {jam}] Dukcapil Kota Kupang: Format penulisan NIK di formulir: 16 digit tanpa titik. Nomor KK juga 16 digit. Antrian hari ini sampai {antri}.
[{date} {jam2}] Dukcapil Kota Kupang: Pengaduan: WA {ohp} / email pengaduan.disdukcapil.kpg@gmail.com""",
    ),
    T(
        "sms_1708",
        "health_bpjs",
        """KOTKUPANG AMBULANS PUSKESMAS TDK ADA SOPIR. TLP {oland} TDK ANGKAT. NO TIKET {tiket}""",
    ),
    T(
        "email_office",
        "school_work",
        """From: BKPSDM Kota Kupang <bkpsdm@kupangkota.go.id>
Subject: Jadwal seleksi PPPK

Nomor peserta {reg} sampai {reg2} mengikuti tes tanggal {tgl}. Sanggahan ke sanggah.pppk@kupangkota.go.id. Surat nomor {surat}.""",
    ),
    T(
        "ocr_card",
        "money_scam",
        """BUKTI TRANSFER
Ke Rekening : {brek}
Nama Penerima : KOPERASI SIMPAN PINJAM TUNAS TIMOR
Jumlah : {rpb}
No. Ref : {trx}
Tanggal : {date} {jam}""",
    ),
    T(
        "sheet_paste",
        "land_vehicle",
        """Nopol,Jenis,Tahun,Status Pajak
Kendaraan Dinas Kelurahan,Motor,2019,Lunas
No Rangka,{rangka},No Mesin,{mesin}
Kode Bayar,{va},NTPD,{ntpn}""",
    ),
    T(
        "call_note",
        "social_aid",
        """Petugas: Nomor KKS nya?
Penelepon: {kks}.
Petugas: Itu kartu, bukan rekening. Saldo dicek di e-warong atau agen BNI. Tiket {tiket}.""",
    ),
    T(
        "social_thread",
        "tax",
        """KPP Pratama Kupang · 1 hari
Wajib Pajak badan: NPWP 15 digit menjadi 16 digit dengan menambah angka 0 di depan. Contoh {bnpwp} menjadi 0 + 15 digit. Info: kpp.pratama.kupang@pajak.go.id
Komentar:
kupang_ukm: noted min""",
    ),
    T(
        "letter",
        "health_bpjs",
        """RUMAH SAKIT UMUM DAERAH KOTA KUPANG
Jl. Eltari II, Telp. {oland}, email rsud@kupangkota.go.id
NPWP rumah sakit: {bnpwp}
Nomor : {surat}
Perihal: Pemberitahuan tarif pelayanan non-JKN mulai {tgl}""",
    ),
    T(
        "kupang_malay",
        "land_vehicle",
        """Samsat pung antrian panjang sampe jam 3. Katong bawa BPKB, nomor rangka {rangka}, dong bilang sistem error. Kode bayar {va} sonde bisa. Petugas bilang datang lai {hari}.""",
    ),
    T(
        "call_note",
        "school_work",
        """Petugas: Nomor KPJ nya?
Penelepon: {kpj}.
Petugas: Itu BPJS Ketenagakerjaan, kami teruskan ke kantor cabang. Tiket {tiket}, telp kantor cabang {oland}.""",
    ),
    T(
        "social_thread",
        "civil_registry",
        """Disdukcapil Kota Kupang · 4 j
Jangan unggah foto KTP dan KK di media sosial! Data seperti 5371XXXXXXXXXXXX bisa disalahgunakan untuk pinjol. Laporkan penyalahgunaan ke WA {ohp} atau email pengaduan.disdukcapil.kpg@gmail.com.""",
    ),
]


# ---------------------------------------------------------------- build and report


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, spec) in enumerate(TEMPLATES):
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
            text, spans, values = extract(fill(template, fl))
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
            "id": "d36-%04d" % k,
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]


ORDER = ("address", "bank_account", "bpjs", "email", "kk", "name", "nik", "npwp", "phone", "plate")


def table(records: list[dict[str, object]], field: str, values: tuple[str, ...]) -> None:
    print(f"| {field} | texts | without spans | " + " | ".join(ORDER) + " |")
    print("|---|---:|---:|" + "---:|" * len(ORDER))
    total = Counter()
    for v in values:
        rs = [r for r in records if r[field] == v]
        c = Counter(s["kind"] for r in rs for s in r["spans"])
        empty = sum(1 for r in rs if not r["spans"])
        total.update(c)
        total["texts"] += len(rs)
        total["empty"] += empty
        print(f"| {v} | {len(rs)} | {empty} | " + " | ".join(str(c[k]) for k in ORDER) + " |")
    print(
        f"| **total** | {total['texts']} | {total['empty']} | "
        + " | ".join(str(total[k]) for k in ORDER)
        + " |"
    )


def writing(kind: str, seg: str) -> str:
    """How a span is written, for the report."""
    if kind in ("nik", "kk"):
        if "\n" in seg:
            return "over a line break"
        if re.search(r"[OlISB]", seg):
            return "letters for digits"
        if len(id_digits(seg)) != 16:
            return "a digit off"
        if re.search(r"[ .\-]", seg):
            return "with separators"
        return "one block"
    if kind == "email":
        if "\n" in seg:
            return "over a line break"
        if re.search(r"(?i)(\(at\)|\[at\]|\sat\s| @|@ |\(titik\)|,)", seg):
            return "dodged or mistyped"
        if not re.search(r"@\w+\.", seg):
            return "a dot missing"
        if seg != seg.lower():
            return "capitals"
        return "plain"
    if kind == "phone":
        if seg.startswith(("+62", "62")):
            return "+62 / 62"
        if seg.startswith(("0380", "(0380")):
            return "landline"
        if re.search(r"[ .\-]", seg):
            return "with separators"
        return "one block"
    if kind == "npwp":
        d = id_digits(seg)
        if re.search(r"[OB,]", seg):
            return "as a scan reads it"
        return "15 digits" if len(d) == 15 else "16 digits"
    if kind == "name":
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind in ("bpjs", "bank_account"):
        return "with separators" if re.search(r"[ .\-]", seg) else "one block"
    if kind == "address":
        if re.fullmatch(r"\d{3}/\d{3}", seg):
            return "a card's RT/RW field"
        if seg.lower().startswith("rt"):
            return "RT/RW alone"
        return "street or complex with number"
    return "plate"


def report(records: list[dict[str, object]], digest: str) -> None:
    spans = [(s["kind"], r["text"][s["start"] : s["end"]]) for r in records for s in r["spans"]]
    kinds = Counter(k for k, _ in spans)
    empty = sum(1 for r in records if not r["spans"])
    print(
        f"{OUT.name}: {len(records)} texts, {len(spans)} spans, {empty} without spans ({100 * empty / len(records):.1f} %)"
    )
    print("SHA-256", digest)
    print("templates", len(TEMPLATES))
    print(", ".join(f"{k} {kinds[k]}" for k in ORDER))
    print()
    table(records, "style", STYLES)
    print()
    table(records, "theme", THEMES)
    print()
    for k in ORDER:
        c = Counter(writing(kk, seg) for kk, seg in spans if kk == k)
        print(k, dict(c.most_common()))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    per = Counter(r["style"] for r in records)
    for s in STYLES:
        assert per[s] >= FLOORS["per_style"], (s, per[s])
    empty = sum(1 for r in records if not r["spans"])
    assert empty / len(records) >= FLOORS["empty_share"], empty
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


def main() -> None:
    records = build()
    check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(data, encoding="utf-8")
    report(records, hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
