# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401
"""Write tests/data/redaction_dev42.jsonl: whose number is it — call notes, posts and complaints about services.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{owa}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev42.py`` (stdlib only,
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

SEED = 20261242
OUT = Path(__file__).with_name("redaction_dev42.jsonl")

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
    "call_note",
    "sms_caps",
    "sms_lower",
    "wa_forward",
    "fb_office_post",
    "fb_comments",
    "lapor_form",
    "kupang_malay",
    "ocr_poster",
    "email_letter",
)
THEMES = (
    "emergency_call",
    "business_service",
    "landlord_seller",
    "transport",
    "scam_loan",
    "lost_found",
    "community_notice",
    "utilities",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "phone": 250,
    "name": 400,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "dr", "drs", "pdt", "bidan", "lurah",
    "guru", "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "ade", "bripka",
    "briptu", "aipda", "serka", "yth", "ketua", "kepala", "petugas", "admin", "operator", "sopir",
    "driver", "penelepon", "pelapor", "ttd", "salam", "hormat", "dari", "pemilik", "ibu kos",
    "suster", "ns", "mas", "mbak", "koh", "cici", "pastor", "romo",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev42)
MEN = (
    "Yosias", "Ambrosius", "Kristoforus", "Eliezer", "Nehemia", "Filipus", "Laurens", "Tadeus",
    "Isak", "Marselinus", "Yoakim", "Heronimus", "Bonefasius", "Rikardus", "Gustaf", "Jemmy",
    "Roni", "Dedi", "Ferry", "Semuel", "Benyamin", "Lazarus", "Ones", "Piter", "Yance", "Nikson",
    "Apolos", "Kaleb", "Emanuel", "Rafael", "Jonatan", "Ismail", "Abner", "Gidion", "Yeskiel",
    "Fransiskus", "Oktavianus", "Soleman", "Dominggus", "Welem", "Adolf", "Marthen", "Novri",
    "Yunior", "Ricky", "Arkilaus", "Efendi", "Kasimirus", "Hironimus", "Yonas",
)  # fmt: skip
WOMEN = (
    "Serlin", "Yohanita", "Debora", "Margaretha", "Elfrida", "Sherly", "Jublina", "Agustina",
    "Martha", "Antonia", "Florida", "Mirna", "Selfina", "Yustina", "Delvi", "Marince", "Welmince",
    "Hana", "Tresia", "Fransiska", "Asnat", "Yakomina", "Rince", "Olivia", "Sonya", "Fitri",
    "Rosmini", "Kristiani", "Maya", "Adelina", "Yunita", "Veni", "Ermelinda", "Modesta",
    "Paulina", "Roswita", "Sarai", "Efi", "Juwita", "Okti", "Merry", "Deasy", "Grasela",
    "Aplonia", "Orance", "Yenny", "Melda", "Ronalisa", "Trifonia", "Eustokia",
)  # fmt: skip
FAMILIES = (
    "Ndun", "Pah", "Riwu Kaho", "Lay", "Bire", "Lenggu", "Dae Pane", "Bolla", "Tamonob",
    "Toineno", "Nalle", "Nggili", "Lapenangga", "Kadja", "Tulle", "Tanesib", "Oenunu", "Benggu",
    "Ully", "Pitay", "Lassa", "Nafie", "Talan", "Wadu", "Taopan", "Baok", "Nuban", "Mbura",
    "Nitte", "Doko", "Edon", "Koroh", "Ratu Edo", "Lerrick", "Manubulu", "Sabaat", "Tanaem",
    "Liunokas", "Kefi", "Sooai", "Pono", "Kolloh", "Ndolu", "Amnifu",
    "Rohi", "Malelak", "Huan", "Ga Lena",
)  # fmt: skip
OTHER = (
    ("M", "La Ode", "Hasrun"),
    ("F", "Ni Putu", "Wulandari"),
    ("M", "Haris", "Daeng Tompo"),
    ("F", "Siu Mei", "Tanuwijaya"),
    ("M", "Ahmad", "Basrewan"),
    ("F", "Nurul", "Hidayah"),
    ("M", "Umbu Ndaku", "Hunggar"),
    ("F", "Wa Ode", "Nurhayati"),
)
NICKS = (
    "Etin",
    "Oni",
    "Ucu",
    "Ipang",
    "Ancu",
    "Oyo",
    "Iki",
    "Wempi",
    "Eton",
    "Ola",
    "Yoyo",
    "Onci",
    "Ecen",
    "Uli",
)
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
)

# ---------------------------------------------------------------- places and bodies (Kupang)
KEL = (
    "Oebobo", "Oesapa", "Liliba", "Kayu Putih", "Naikolan", "Sikumana", "Bakunase", "Fontein",
    "Oepura", "Penfui", "Namosain", "Nunbaun Sabu", "Fatululi", "Kolhua", "Maulafa", "Naioni",
    "Manutapen", "Lasiana", "Pasir Panjang", "Airnona", "Oetete", "Naimata", "Belo", "Fatukoa",
    "Batuplat", "Oeba", "Tuak Daun Merah", "Kelapa Lima", "Oesapa Barat", "Alak",
)  # fmt: skip
HOME_ST = (
    "Jl. Bakau", "Jl. Cemara", "Jl. Kedondong", "Jl. Flamboyan", "Jl. Beringin", "Jl. Srikaya",
    "Jl. Kuinin", "Jl. Damar", "Jl. Jambu Air", "Jl. Nuri", "Jl. Merpati", "Jl. Rajawali",
    "Jl. Cendana", "Jl. Bougenvil", "Jl. Asoka", "Jl. Teratai", "Jl. Gewang", "Jl. Kesambi",
    "Gg. Anggrek", "Gg. Rambutan", "Gg. Pelita", "Gg. Kenanga", "Jalan Kelor", "Jl. Tunas",
    "Lr. Seroja", "Jl. Sirsak",
)  # fmt: skip
PUBLIC_ST = (
    "Jl. Frans Seda", "Jl. El Tari", "Jl. Timor Raya", "Jl. Soeharto", "Jl. Adisucipto",
    "Jl. Moh. Hatta", "Jl. Sam Ratulangi", "Jl. Herewila", "Jl. Veteran", "Jl. R.A. Kartini",
    "Jl. Perintis Kemerdekaan", "Jl. Jenderal Sudirman", "Jl. Piet A. Tallo", "Jl. W.J. Lalamentik",
)  # fmt: skip
PUSK = (
    "Puskesmas Oepoi",
    "Puskesmas Bakunase",
    "Puskesmas Pasir Panjang",
    "Puskesmas Kupang Kota",
    "Puskesmas Sikumana",
    "Puskesmas Alak",
)
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA")
MOBILE = (
    "0811", "0812", "0812", "0813", "0813", "0813", "0821", "0822", "0822", "0823", "0852",
    "0852", "0853", "0853", "0851", "0857", "0856", "0858", "0877", "0878", "0895", "0896",
    "0897", "0838", "0831", "0819", "0818", "0815", "0882",
)  # fmt: skip
PREFIXES = set(MOBILE) | {"0814", "0817", "0881"}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
REGIONS = ("5371", "5371", "5371", "5301", "5301", "5302", "5303", "5304", "5305", "5314", "5316")


# ---------------------------------------------------------------- values


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.taken: set[str] = set()
        self.numbers: set[str] = set()

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(200):
            v = make()
            if v not in self.numbers and not any(v[-7:] in x or x[-7:] in v for x in self.numbers):
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        if i in self.spec["F"]:
            sex = "F"
        elif i in self.spec["M"]:
            sex = "M"
        else:
            sex = r.choice("MF")
        for _ in range(100):
            if r.random() < 0.08:
                cands = [o for o in OTHER if o[0] == sex]
                _, given, family = r.choice(cands)
            else:
                given = r.choice(MEN if sex == "M" else WOMEN)
                family = r.choice(FAMILIES)
            fam_of = self.spec["fam"].get(i)
            if fam_of is not None:
                family = self.person(fam_of)["f"]
            words = {w.lower() for w in (given + " " + family).split()}
            if fam_of is None and words & self.taken:
                continue
            if fam_of is not None and given.lower() in self.taken:
                continue
            break
        self.taken |= {w.lower() for w in (given + " " + family).split()}
        nick = r.choice([n for n in NICKS if n.lower() not in self.taken])
        self.taken.add(nick.lower())
        p = {"sex": sex, "g": given, "f": family, "n": f"{given} {family}", "nk": nick}
        self.people[i] = p
        return p

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choice(MOBILE)
            rest = r.choice((7, 8, 8, 8)) if prefix.startswith("081") else r.choice((8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str = "") -> str:
        r = self.rng
        if not how:
            how = r.choices(("b", "d", "s", "t", "i", "j", "k", "m"), (36, 14, 16, 4, 10, 8, 5, 7))[
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
            "h": f"(+62) {a[1:]} {b} {c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}"))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice((f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}"))

    # -- identity numbers
    def nik_raw(self, i: int) -> str:
        p = self.person(i)
        r = self.rng

        def make() -> str:
            day = r.randint(1, 28) + (40 if p["sex"] == "F" else 0)
            return "%s%02d%02d%02d%02d%04d" % (
                r.choice(REGIONS),
                r.randint(1, 6),
                day,
                r.randint(1, 12),
                r.randint(55, 105) % 100,
                r.randint(1, 40),
            )

        return self.fresh(make)

    def write_id(self, raw: str) -> str:
        how = self.rng.choices(("b", "s", "t"), (70, 20, 10))[0]
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        return raw

    def account(self) -> str:
        r = self.rng
        bank = self.cache.setdefault("_bank", r.choice(BANKS))
        if bank == "BRI":
            raw = self.fresh(lambda: "4" + self.digits(14))
            return r.choice((raw, f"{raw[:4]}-{raw[4:6]}-{raw[6:12]}-{raw[12:14]}-{raw[14]}"))
        if bank == "BNI":
            return self.fresh(lambda: "0" + str(r.randint(1, 9)) + self.digits(8))
        if bank == "Mandiri":
            raw = self.fresh(lambda: "16" + self.digits(11))
            return r.choice((raw, f"{raw[:3]}-{raw[3:5]}-{raw[5:12]}-{raw[12]}"))
        if bank == "Bank NTT":
            return self.fresh(
                lambda: (
                    "00%d.0%d.02.%s-%d"
                    % (r.randint(1, 9), r.randint(1, 9), self.digits(6), r.randint(0, 9))
                )
            )
        return self.fresh(lambda: str(r.randint(1, 9)) + self.digits(9))

    def value(self, name: str, index: str) -> str:
        r = self.rng
        i = int(index) if index else 1
        lower = False
        if name.startswith("l") and name[1:] in ("n", "g", "f", "nk"):
            lower = True
            name = name[1:]
        if name in ("n", "g", "f", "nk"):
            v = self.person(i)[name]
            return v.lower() if lower else v
        if name.startswith("hp"):
            self.person(i)
            return self.write_mobile(self.mobile_raw(), name[2:])
        if name == "tr":
            return self.write_land(self.land_raw())
        if name == "nik":
            return self.write_id(self.nik_raw(i))
        if name == "kk":
            return self.write_id(
                self.nik_raw(i)[:6]
                + self.fresh(
                    lambda: (
                        "%02d%02d%02d%04d"
                        % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 24), r.randint(1, 9999))
                    )
                )
            )
        if name == "npwp":
            raw = self.fresh(lambda: "%d%s" % (r.randint(1, 9), self.digits(8)))
            return f"{raw[:2]}.{raw[2:5]}.{raw[5:8]}.{raw[8]}-92{r.randint(0, 4)}.000"
        if name == "bpjs":
            return self.fresh(lambda: "000" + str(r.randint(1, 3)) + self.digits(9))
        if name == "rek":
            return self.account()
        if name == "bank":
            return self.cache.setdefault("_bank", r.choice(BANKS))
        if name == "em":
            p = self.person(i)
            g, f = p["g"].lower().replace(" ", ""), p["f"].lower().replace(" ", "")
            local = r.choice(
                (
                    f"{g}.{f}",
                    f"{g}{f}{r.randint(10, 99)}",
                    f"{g}_{f[:4]}",
                    f"{f}.{g}{r.randint(1, 9)}",
                )
            )
            return f"{local}@{r.choice(HOSTS)}"
        if name == "ad":
            return f"{r.choice(HOME_ST)} No. {r.randint(1, 90)}{r.choice(('', '', '', 'A', 'B'))}"
        if name == "adr":
            return "%s No. %d, RT %03d/RW %03d" % (
                r.choice(HOME_ST),
                r.randint(1, 120),
                r.randint(1, 40),
                r.randint(1, 12),
            )
        if name == "rt":
            a, b = r.randint(1, 38), r.randint(1, 12)
            return r.choice(
                (
                    "RT %02d/RW %02d" % (a, b),
                    "RT %d RW %d" % (a, b),
                    "RT %03d/RW %03d" % (a, b),
                    "RT %02d" % a,
                )
            )
        if name == "pl":
            return "%s %d %s" % (
                r.choice(("DH", "DH", "DH", "EB", "ED")),
                r.randint(1000, 6999),
                "".join(r.choice("ABCDEFGHKLMNPRTU") for _ in range(r.choice((1, 2, 2)))),
            )
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        raise KeyError(name)


def _date(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.choice((2025, 2026, 2026)))


def _jam(fl: Fill, i: int) -> str:
    return "%02d.%02d" % (fl.rng.randint(6, 22), fl.rng.randint(0, 59))


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    v = (
        r.choice((15, 25, 35, 50, 75, 100, 150, 250, 300, 350, 500, 750, 1200, 1500, 2500, 4000))
        * 1000
    )
    return (
        "Rp " + f"{v:,}".replace(",", ".")
        if r.random() < 0.6
        else "Rp" + f"{v:,}".replace(",", ".")
    )


OTHER_VALUES = {
    # lines that are not a person's
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw()),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw()),
    "bwa": lambda fl, i: fl.write_mobile(fl.mobile_raw()),
    "bwao": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "brek": lambda fl, i: fl.account(),
    # look-alikes
    "tiket": lambda fl, i: (
        "LPR-%d-%04d-%04d"
        % (fl.rng.choice((2025, 2026)), fl.rng.randint(100, 1299), fl.rng.randint(1, 9999))
    ),
    "tiketn": lambda fl, i: "%s-%s-%s" % (fl.digits(4), fl.digits(4), fl.digits(3)),
    "idpel": lambda fl, i: "53" + fl.digits(10),
    "meter": lambda fl, i: "14" + fl.digits(9),
    "token": lambda fl, i: " ".join(fl.digits(4) for _ in range(5)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 9), fl.rng.randint(1, 20), fl.rng.randint(1, 999999))
    ),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCD"), fl.rng.randint(1, 180)),
    "nip": lambda fl, i: (
        "19%02d%02d%02d %d%02d%02d %d %03d"
        % (
            fl.rng.randint(65, 95),
            fl.rng.randint(1, 12),
            fl.rng.randint(1, 28),
            fl.rng.choice((2010, 2014, 2019)),
            fl.rng.randint(1, 12),
            1,
            fl.rng.randint(1, 2),
            fl.rng.randint(1, 9),
        )
    ),
    "va": lambda fl, i: "8808" + fl.digits(12),
    "billing": lambda fl, i: "82" + fl.digits(13),
    "resi": lambda fl, i: "JP" + fl.digits(10),
    "trx": lambda fl, i: (
        "%d%02d%02d%s"
        % (fl.rng.choice((2025, 2026)), fl.rng.randint(1, 12), fl.rng.randint(1, 28), fl.digits(8))
    ),
    "nop": lambda fl, i: (
        "53.71.%03d.%03d.%03d-%04d.0"
        % (
            fl.rng.randint(10, 60),
            fl.rng.randint(1, 20),
            fl.rng.randint(1, 90),
            fl.rng.randint(1, 9999),
        )
    ),
    "surat": lambda fl, i: (
        "%d/%d/%s/%d"
        % (
            fl.rng.choice((400, 460, 470, 500, 690)),
            fl.rng.randint(10, 999),
            fl.rng.choice(("KEL", "DINSOS", "PUPR", "BPBD", "DLHK")),
            fl.rng.choice((2025, 2026)),
        )
    ),
    "inv": lambda fl, i: "INV/%d/%s" % (fl.rng.choice((2025, 2026)), fl.digits(7)),
    "order": lambda fl, i: "OJK" + fl.digits(9),
    "kamar": lambda fl, i: str(fl.rng.randint(1, 24)),
    "nota": lambda fl, i: "0" + fl.digits(5),
    "kpj": lambda fl, i: "1" + fl.digits(10),
    "nisn": lambda fl, i: "00" + fl.digits(8),
    "tgl": _date,
    "jam": _jam,
    "jam2": _jam,
    "rp": _rp,
    "rp2": _rp,
    "rpk": lambda fl, i: (
        "Rp %s"
        % fl.rng.choice(
            ("3.000", "5.000", "7.000", "10.000", "15.000", "20.000", "25.000", "35.000", "50.000")
        )
    ),
    "rpk2": lambda fl, i: (
        "Rp%s"
        % fl.rng.choice(
            ("4.000", "6.000", "8.000", "12.000", "18.000", "22.000", "30.000", "40.000")
        )
    ),
    "rpb": lambda fl, i: (
        "Rp %s"
        % fl.rng.choice(
            (
                "1.500.000",
                "2.750.000",
                "3.200.000",
                "4.500.000",
                "6.000.000",
                "8.500.000",
                "12.000.000",
                "15.000.000",
            )
        )
    ),
    "num": lambda fl, i: str(fl.rng.randint(2, 40)),
    "usia": lambda fl, i: str(fl.rng.randint(61, 89)),
    "kel": lambda fl, i: fl.rng.choice(KEL),
    "kel2": lambda fl, i: fl.rng.choice(KEL),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_ST),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_ST), fl.rng.randint(1, 150)),
    "pusk": lambda fl, i: fl.rng.choice(PUSK),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 40),
    "rtx2": lambda fl, i: "RT %02d" % fl.rng.randint(1, 40),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if (name.isupper() and len(name) > 1) or name in (
            "N",
            "G",
            "F",
        ):  # {N1} is {n1} in capitals
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
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|lr\.|rt\b|perum|btn|kompleks)")


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
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OlISB]", "", seg).translate(OCR_BACK))


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
            if re.search(r"[^0-9 .]", seg) or not d.startswith("53") or len(d) != 16:
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9 .\-]", seg)
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
        elif kind == "email" and not re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", seg):
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
            local = seg.split("@")[0]
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


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|abang|kaka laki|nyong"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|nona|ny|sdri"


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    # a kin word or a title before a name gives the person's sex
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(r"(?i)\b(?:%s)\.?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % words, text):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    spec = {
        "F": tuple(sorted(set(F) | (auto["F"] - set(M)))),
        "M": tuple(sorted(set(M) | (auto["M"] - set(F)))),
        "fam": fam or {},
    }
    return (style, theme, text.strip("\n"), spec, U)


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, spec, upper) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        made = tries = 0
        last: list[str] = []
        while made < 3:
            tries += 1
            if tries > 400 and "--loose" in sys.argv:
                print(
                    f"FAIL template {number} ({style}/{theme}): {sorted(set(last))}\n{template[:160]}\n"
                )
                break
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
            "id": "d42-%04d" % k,
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
    if kind in ("address", "plate", "bank_account", "email", "npwp", "bpjs"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OlISB]", seg):
        return "letters for digits"
    if kind == "phone":
        if seg.startswith(("+62", "(+62)")):
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


def show(records: list[dict[str, object]], n: int) -> None:
    for r in random.Random(n).sample(records, n):
        t = r["text"]
        for s in sorted(r["spans"], key=lambda s: -s["start"]):
            t = (
                t[: s["start"]]
                + "⟦"
                + s["kind"]
                + ":"
                + t[s["start"] : s["end"]]
                + "⟧"
                + t[s["end"] :]
            )
        print("=== %s %s/%s\n%s\n" % (r["id"], r["style"], r["theme"], t))


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
    if "--show" in sys.argv:
        show(records, int(sys.argv[sys.argv.index("--show") + 1]))


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {ln1} lower case), {g1}/{G1}/{lg1} given name,
# {f1}/{F1} family name, {nk1} nickname; {hp1} the person's mobile in a writing drawn at random
# ({hpb1} one block, {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpi1} +62 with dashes, {hpj1}
# +62 in one block, {hpk1} 62 without +, {hph1} (+62) in brackets, {hpo1} letters for digits,
# {hpn1} over a line); {tr1} home landline; {nik1}, {kk1}, {npwp1}, {bpjs1}, {rek1} with {bank1},
# {em1}, {ad1} street and number, {adr1} with RT/RW, {rt1} RT/RW alone, {pl1} plate.
# Not a person's: {owa} an office's WhatsApp, {otel} an office's or a body's fixed line, {scam} a
# scam's mobile, {bwa} a business's mobile ({bwao} as a sign's scan reads it), {brek} a body's
# account; look-alikes {tiket} {tiketn} {idpel} {meter} {token} {samb} {antri} {nip} {va}
# {billing} {resi} {trx} {nop} {surat} {inv} {order} {kamar} {nota} {kpj} {nisn}; figures {tgl}
# {jam} {rp} {num}; places {kel} {jl} {jlno} {pusk} {rtx}.

TEMPLATES: list[tuple] = []

# ---- call_note: 112 and call-centre operators' notes, call logs
TEMPLATES += [
    T(
        "call_note",
        "emergency_call",
        """
CATATAN PANGGILAN 112 KOTA KUPANG
Tgl {tgl} jam {jam}
Penelepon: [[n:{n1}]] (mengaku warga Kel. {kel})
No. penelepon: [[p:{hp1}]]
Kejadian: pohon tumbang tutup jalan di {jl} dekat halte, belum ada korban.
Diteruskan ke BPBD (Pusdalops (0380) 842 118) dan Damkar.
Operator: shift B
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
112 | {tgl} {jam} | penelepon tdk mau sebut nama | nomor masuk [[p:{hpb1}]] | lapor kebakaran rumput di belakang SMP, api dekat rumah warga [[a:{rt1}]] | diteruskan Damkar {jam2}, tiket {tiketn}
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
Log Call Center 112 — {tgl}
{jam}  Satpam {pusk}, telp dari {otel}: ada pengunjung pingsan di parkiran. Ambulans dikirim.
{jam2}  Penelepon anonim, nomor disembunyikan: tanya jadwal pemadaman PLN. Diarahkan ke PLN 123.
Total panggilan shift pagi: {num}, prank call: {num}.
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
Petugas: 112 Kota Kupang, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Selamat malam kaka, ada tabrakan motor di {jl} depan toko bangunan.
Petugas: Atas nama siapa bapak?
Penelepon: [[n:{n1}]].
Petugas: Nomor yang bisa dihubungi kembali?
Penelepon: Ini nomor saya [[p:{hps1}]], pake saja.
Petugas: Baik, ambulans RSUD kami arahkan. Nomor tiket {tiketn}.
""",
        M=(1,),
    ),
    T(
        "call_note",
        "emergency_call",
        """
Penelepon: [[n:{n1}]], ibu rumah tangga, warga [[a:{rt1}]] Kel. {kel}.
Laporan: anaknya [[n:{g2}]] ({num} th) demam tinggi dan kejang. Minta ambulans.
Nomor balik: [[p:{hp1}]]; kalau tidak aktif hubungi suaminya [[n:{g3}]] di [[p:{hp3}]].
Tindak lanjut: ambulans {pusk} berangkat {jam}.
""",
        F=(1,),
        M=(3,),
        fam={2: 1},
    ),
    T(
        "call_note",
        "emergency_call",
        """
REKAP 1708 / SMS KOTKUPANG — {tgl}
No | Jam | Pengirim | Isi ringkas | Disposisi
1 | {jam} | [[p:{hpk1}]] | Air PDAM tdk jalan 4 hari di [[a:{rt1}]] | PDAM
2 | {jam2} | [[p:{hpb2}]] | Lampu jalan mati depan gereja | Dishub
3 | {jam} | 1708 (sistem) | pesan format salah | -
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
Catatan operator: panggilan dari Pos Lantas {kel}, telp {otel}. Laporan laka tunggal di {jl}, korban sudah dibawa ke RS Bhayangkara Drs. Titus Uly. Tidak perlu ambulans. Kode kejadian {tiketn}. Jam {jam}.
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
[{jam}] Masuk telpon dari nomor [[p:{hpd1}]]. Ibu [[n:{g1}]] (tidak sebut marga) lapor tetangganya, lansia bernama Opa [[n:{n2}]] ({usia} th), tinggal sendiri di [[a:{ad2}]], sudah 2 hari tidak keluar rumah. Pintu terkunci. Diteruskan ke Bhabinkamtibmas dan kelurahan.
""",
        M=(2,),
    ),
    T(
        "call_note",
        "emergency_call",
        """
Call center PDAM Tirta Lontar ({otel}) hari ini {tgl}:
- {jam} keluhan meter bocor, ID pelanggan {samb}, pelapor tidak mau sebut nama
- {jam2} tanya tagihan naik jadi {rp}, No. sambungan {samb}
Semua diteruskan ke bagian teknik. Tidak ada nomor balik yang dicatat.
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
Penelepon membacakan nomor adiknya yang hilang kontak di kapal ke Rote: [[p:{hp2}]] a.n. [[n:{n2}]]. Penelepon sendiri [[n:{n1}]], HP [[p:{hp1}]]. Diteruskan ke Basarnas Kupang (0380) 823 051 jam {jam}.
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
Pelapor: [[n:{n1}]]
Alamat: [[a:{adr1}]], Kel. {kel}
Kontak: [[p:{hp1}]] / rumah [[p:{tr1}]]
Isi: anjing liar gigit anak di jalan, minta vaksin rabies. Diarahkan ke {pusk}.
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
Penelepon: Kaka, ini dari apotek di {jl}, nomor kami {bwa}. Ada orang jatuh di depan, sonde sadar.
Petugas: Baik ibu, ambulans berangkat. Jangan dipindahkan dulu.
(catatan: pemanggil badan usaha, tdk ada data pribadi)  {tgl} {jam}
""",
    ),
    T(
        "call_note",
        "scam_loan",
        """
Catatan 1708: penelepon lapor ditelpon nomor {scam} yang mengaku petugas Dukcapil, minta kode OTP. Penelepon tidak memberikan nama. Diberi edukasi, disarankan lapor ke patrolisiber. Tiket {tiket}.
""",
    ),
    T(
        "call_note",
        "scam_loan",
        """
{tgl} {jam} — penelepon [[n:{n1}]] ([[p:{hpi1}]]) lapor kena tipu jual beli motor di FB. Penjual pakai nomor [[p:{hp2}]], mengaku namanya [[n:{n2}]], minta DP {rp} ke rek [[b:{rek2}]]. Motor tidak ada. Disarankan buat LP di Polresta.
""",
    ),
    T(
        "call_note",
        "transport",
        """
Penelepon: [[n:{n1}]], penumpang ojek online. Keluhan: driver bawa tas tertinggal, order {order}. Driver atas nama [[n:{n2}]], nopol [[pl:{pl2}]], HP driver [[p:{hp2}]] tidak diangkat. Nomor penelepon [[p:{hp1}]]. Diarahkan ke CS aplikasi.
""",
    ),
    T(
        "call_note",
        "emergency_call",
        """
Jam {jam} penelepon [[n:{lg1}]] (tdk sebut marga), suara anak kecil, bilang mamanya jatuh di kamar mandi. Alamat yg disebut [[a:{ad1}]], dekat kios. Nomor terdeteksi [[p:{hpb2}]] — katanya HP kakaknya. Ambulans dikirim, petugas konfirmasi lokasi ke nomor itu.
""",
    ),
    T(
        "call_note",
        "business_service",
        """
Catatan 1708: keluhan warga tentang Bengkel Motor Karya Timur di {jl}: servis {rp} tapi rem blong lagi. Nomor bengkel {bwa}, tidak diangkat. Penelepon tidak sebut nama, minta identitas dirahasiakan. Diteruskan Disperindag.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
PLN UP3 Kupang — catatan call 123
{jam} gangguan padam {kel}, 3 gardu, estimasi 2 jam.
{jam2} pelanggan ID {idpel} lapor meter {meter} bunyi terus, token terakhir {token}.
Nomor posko: {otel}. WA Pelanggan PLN {owa}.
""",
    ),
    T(
        "call_note",
        "landlord_seller",
        """
Penelepon [[n:{n1}]] lapor diusir pemilik kos tengah malam. Pemilik kos: Ibu [[n:{n2}]], HP [[p:{hpd2}]]. Kos di [[a:{ad2}]] (rumah pemilik, kamar belakang). Nomor penelepon [[p:{hp1}]]. Diteruskan ke Polsek Oebobo.
""",
        F=(2,),
    ),
    T(
        "call_note",
        "scam_loan",
        """
Penelepon anonim lapor debt collector pinjol datang ke rumah dan ancam sebar foto. Collector pakai nomor {scam} dan {scam2}, tidak sebut nama, mengaku dari aplikasi "Dana Kilat". Dicatat sebagai aduan pinjol ilegal, no. {tiket}. Rujuk ke OJK NTT.
""",
    ),
    T(
        "call_note",
        "lost_found",
        """
Penelepon: [[n:{n1}]] ({hpp}) menemukan dompet di angkot lampu 5. Isi: KTP a.n. [[n:{n2}]], NIK [[nik:{nik2}]], ATM BRI, uang {rp}. Minta pemilik hubungi dia di [[p:{hp1}]]. Sudah dicatat, diumumkan di radio.
""".replace("({hpp}) ", ""),
    ),
    T(
        "call_note",
        "emergency_call",
        """
Rekap shift malam 112 ({tgl}):
- {num} panggilan iseng (nomor berulang, diblokir sementara)
- 2 laka lantas ({jl} dan depan {pusk})
- 1 kebakaran dapur, tertangani warga
- Nomor darurat instansi yang dipakai: Damkar (0380) 833 113, PMI {otel}
Tidak ada data pelapor yang dicatat ulang di rekap ini.
""",
    ),
]

# ---- sms_caps: KOTKUPANG <keluhan> to 1708, in capitals
TEMPLATES += [
    T(
        "sms_caps",
        "business_service",
        "KOTKUPANG DEPOT AIR ISI ULANG DI {jl} JUAL AIR KERUH, GALON BAU. SY SDH TLP NOMOR DEPOT {bwa} TP TDK DIANGKAT. MHN DICEK DINKES. SY [[n:{n1}]] HP [[p:{hpb1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "landlord_seller",
        "KOTKUPANG SY [[n:{n1}]] PENYEWA RUMAH DI [[a:{adr1}]]. PEMILIK RUMAH BPK [[n:{n2}]] ([[p:{hp2}]]) MATIKAN LISTRIK KRN SY TELAT BAYAR 3 HARI. MHN BANTUAN. NO SY [[p:{hp1}]]",
        M=(2,),
        U=True,
    ),
    T(
        "sms_caps",
        "scam_loan",
        "KOTKUPANG SY DAPAT SMS DR {scam} KATANYA SY MENANG UNDIAN {rp} DR BANK NTT, DISURUH TRANSFER BIAYA ADM. APA BENAR? TOLONG DIBLOKIR NOMOR ITU",
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        "KOTKUPANG LAMPU JALAN DI {jl} DEPAN {pusk} MATI SUDAH 2 MGG. SDH LAPOR KE WA DISHUB {owa} BLM ADA TANGGAPAN. TIKET {tiket}",
        U=True,
    ),
    T(
        "sms_caps",
        "transport",
        "KOTKUPANG SOPIR BEMO JURUSAN {kel} - TERMINAL KASIH NAIKKAN ONGKOS JADI {rpk}. NOPOL BEMO [[pl:{pl2}]]. MHN DISHUB TINDAK. DR PENUMPANG",
        U=True,
    ),
    T(
        "sms_caps",
        "community_notice",
        "KOTKUPANG MOHON INFO JADWAL FOGGING DI KEL {kel}. DI {rtx} SDH 3 ANAK KENA DBD. KATA PUSKESMAS HUB {otel}, TP SELALU SIBUK",
        U=True,
    ),
    T(
        "sms_caps",
        "transport",
        "KOTKUPANG SY [[n:{n1}]] MAU LAPOR OJEK PANGKALAN DEPAN PASAR OEBA MINTA {rpk} UTK JARAK DEKAT. YG BAWA SY NAMANYA [[n:{g2}]], HP DIA [[p:{hp2}]]. SY [[p:{hp1}]]",
        M=(2,),
        U=True,
    ),
    T(
        "sms_caps",
        "landlord_seller",
        "KOTKUPANG TANGKI AIR OM [[n:{g2}]] JUAL AIR RP 175.000 PER TANGKI TP CUMA ISI SETENGAH. NOMOR DIA [[p:{hp2}]]. KAMI WARGA [[a:{rt1}]] KEL {kel} TDK ADA AIR PDAM 2 BLN",
        M=(2,),
        U=True,
    ),
    T(
        "sms_caps",
        "scam_loan",
        "KOTKUPANG NOMOR [[p:{hp3}]] TELPON MAMA SY BILANG ANAKNYA KECELAKAAN, MINTA TRANSFER {RPB} KE REK [[b:{rek2}]] A.N. [[n:{n2}]]. UANG SDH KIRIM. TOLONG DIBANTU. SY [[n:{n1}]] [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "business_service",
        "KOTKUPANG TRAVEL KUPANG-SOE YG KANTOR DI {jl} BATALKAN KEBERANGKATAN TP UANG {rp} TDK DIKEMBALIKAN. TELP TRAVEL {bwa} DAN {otel} TDK ADA YG ANGKAT",
        U=True,
    ),
    T(
        "sms_caps",
        "lost_found",
        "KOTKUPANG SY [[n:{n1}]] HILANG DOMPET DI BEMO LAMPU 2 TGL {tgl}. ISI KTP, SIM, KARTU BPJS [[bpjs:{bpjs1}]]. YG MENEMUKAN HUB [[p:{hp1}]] ATAU ANTAR KE KANTOR LURAH {kel}",
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        "KOTKUPANG METERAN PLN ID {idpel} SDH ISI TOKEN {rp} TP TDK MASUK. NO TOKEN {token}. PLN 123 BILANG TUNGGU. SDH 2 HARI GELAP",
        U=True,
    ),
    T(
        "sms_caps",
        "community_notice",
        "KOTKUPANG MHN PERHATIAN, JALAN KE {kel} BERLUBANG BESAR DEPAN SD INPRES. SDH 2 MOTOR JATUH TGL {tgl} DAN {tgl2}. TLP KANTOR LURAH {otel} TDK DIANGKAT",
        U=True,
    ),
    T(
        "sms_caps",
        "business_service",
        "KOTKUPANG SY [[n:{n1}]] BELI HP DI COUNTER {jl}, RUSAK 2 HARI. PEMILIK COUNTER, NAMANYA KOH [[n:{g2}]], TDK MAU GANTI. NO KOH [[p:{hp2}]]. NOTA NO {nota}. HUB SY [[p:{hpd1}]]",
        M=(2,),
        U=True,
    ),
    T(
        "sms_caps",
        "scam_loan",
        "KOTKUPANG ADA WA DR {scam} MENGAKU PETUGAS PKH NAMANYA ROBERT, MINTA FOTO KTP DAN KK. SDH BANYAK WARGA {rtx} KIRIM. MHN DINSOS KLARIFIKASI",
        U=True,
    ),
    T(
        "sms_caps",
        "emergency_call",
        "KOTKUPANG TLP 112 TDK MASUK WKT ADA KEBAKARAN DI {kel} TGL {tgl} JAM {jam}. AKHIRNYA WARGA PADAMKAN SENDIRI. TOLONG DIPERBAIKI LAYANANNYA",
        U=True,
    ),
    T(
        "sms_caps",
        "landlord_seller",
        "KOTKUPANG SY JUAL KUE DI RUMAH, ADA PEMBELI PESAN {rp} LALU KIRIM BUKTI TF PALSU. DIA PAKAI NOMOR [[p:{hp2}]], NAMA DI WA [[n:{n2}]]. SY [[n:{n1}]] [[a:{rt1}]] KEL {kel}",
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        "KOTKUPANG AIR PDAM DI [[a:{rt1}]] KEL {kel} MATI DARI TGL {tgl}. NO SAMBUNGAN {samb}. TDK ADA PEMBERITAHUAN. DR [[n:{n1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "scam_loan",
        "KOTKUPANG PINJOL TAGIH SY PAKAI NOMOR {scam}, {scam2} DAN {scam3}. SY TDK PERNAH PINJAM. DATA KTP SY DIPAKAI ORANG. MHN DIBANTU PROSES",
        U=True,
    ),
    T(
        "sms_caps",
        "transport",
        "KOTKUPANG SY [[n:{n1}]] SOPIR PICK UP, MOBIL [[pl:{pl1}]] DITAHAN PETUGAS PARKIR PASAR INPRES KRN TDK ADA KARCIS {rpk}. SY SDH BAYAR. HP [[p:{hp1}]]",
        M=(1,),
        U=True,
    ),
    T(
        "sms_caps",
        "community_notice",
        "KOTKUPANG KETUA RT KAMI TDK MAU TANDA TANGAN SURAT PINDAH KRN SY BLM BAYAR IURAN {rpk}. SY [[n:{n1}]] [[a:{rt1}]]. PAK RT HP [[p:{hp2}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "business_service",
        "KOTKUPANG KLINIK DI {jl} TOLAK PASIEN BPJS JAM {jam}. KATA PETUGAS KUOTA HABIS. NO ANTRIAN {antri}. NOMOR KLINIK {otel}. MHN DINKES CEK",
        U=True,
    ),
]

# ---- sms_lower: kotkupang in lower case, typed fast
TEMPLATES += [
    T(
        "sms_lower",
        "landlord_seller",
        "kotkupang sy {ln1} mau lapor pemilik kontrakan di [[a:{ad2}]] tdk kembalikan uang jaminan {rp}. ibu kos nama {ln2}, no wa dia [[p:{hpb2}]]. sy sdh pindah dr tgl {tgl}. hp sy [[p:{hpb1}]]".replace(
            "{ln1}", "[[n:{ln1}]]"
        ).replace("{ln2}", "[[n:{ln2}]]"),
        F=(2,),
    ),
    T(
        "sms_lower",
        "scam_loan",
        "kotkupang tadi jam {jam} ada yg tlp dr {scam} ngaku dr bank bri, suru sy sebut kode otp {num}{num}{num}. sy tdk kasi. tolong dishare ke warga spy hati2",
    ),
    T(
        "sms_lower",
        "utilities",
        "kotkupang air pdam di [[a:{rt1}]] kel {kel} su 5 hari sonde jalan. tlp pdam {otel} katanya pipa bocor. kapan selesai? id pelanggan {samb}",
    ),
    T(
        "sms_lower",
        "transport",
        "kotkupang angkot lampu 7 sering ugal2an di {jl}. tadi jam {jam} hampir tabrak anak sekolah. sopirnya dipanggil [[n:{lnk1}]], nopol [[pl:{pl1}]]",
        M=(1,),
    ),
    T(
        "sms_lower",
        "business_service",
        "kotkupang bengkel las di {jl} kerja pagar sy tdk selesai padahal su bayar {rp}. no bengkel {bwa}. pemiliknya om [[n:{lg2}]] hp [[p:{hp2}]] jg tdk angkat. - [[n:{ln1}]]",
    ),
    T(
        "sms_lower",
        "community_notice",
        "kotkupang sampah di tps {jl} sudah 1 minggu sonde diangkut. bau sampe ke {rtx}. tolong dlhk. nomor pengaduan dlhk {owa} sonde aktif",
    ),
    T(
        "sms_lower",
        "lost_found",
        "kotkupang sy temukan hp samsung di halte {jl} jam {jam}. kalo pemilik baca, hub sy [[n:{lg1}]] di [[p:{hp1}]]. hp sy titip di pos polisi {kel}",
    ),
    T(
        "sms_lower",
        "scam_loan",
        "kotkupang sy pinjam di aplikasi uang cepat {rp}, skrg ditagih {rpb}. penagihnya tlp dr {scam}, ancam datang ke kantor sy. sy tdk mau sebut nama, takut",
    ),
    T(
        "sms_lower",
        "emergency_call",
        "kotkupang sy tlp 112 jam {jam} tdk ada yg angkat, akhirnya bawa sendiri mama sy ke rs. mohon diperbaiki. sy [[n:{ln1}]] [[a:{rt1}]] kel {kel}",
    ),
    T(
        "sms_lower",
        "landlord_seller",
        "kotkupang sy beli tanah kavling di {kel} dr bpk [[n:{ln2}]], su bayar dp {rp} tp sertifikat sonde ada. dia pake nomor [[p:{hp2}]] skrg blokir sy. no sy [[p:{hp1}]]",
        M=(2,),
    ),
    T(
        "sms_lower",
        "utilities",
        "kotkupang listrik di {kel} padam tiap malam jam {jam}. pln 123 bilang pemeliharaan. tiket {tiketn}. hp kami semua mati, anak2 mau ujian",
    ),
    T(
        "sms_lower",
        "transport",
        "kotkupang tukang ojek di pangkalan bundaran pu, nomor pangkalan {bwa}, minta bayar dobel utk anak sekolah, {rpk} sehari. tolong dishub tertibkan",
    ),
    T(
        "sms_lower",
        "business_service",
        "kotkupang sy pesan kasur di toko mebel {jl}, dp {rp}, su 1 bln blm diantar. admin toko wa {bwa} cuma blg sabar. nota {nota}. dr [[n:{ln1}]] [[p:{hpb1}]]",
    ),
    T(
        "sms_lower",
        "community_notice",
        "kotkupang pak rt kami [[n:{ln2}]] ({hp2x}) bilang bantuan beras cuma utk yg ikut arisan. sy warga [[a:{rt1}]]. tlg dinsos cek".replace(
            "{hp2x}", "[[p:{hpb2}]]"
        ),
        M=(2,),
    ),
    T(
        "sms_lower",
        "lost_found",
        "kotkupang ada anak kecil tersesat di pasar oebobo jam {jam}, umur kira2 5 th, baju merah. skrg di pos satpam pasar. info {otel}",
    ),
    T(
        "sms_lower",
        "scam_loan",
        "kotkupang nomor {scam} wa sy kasi link katanya cek bansos. ada jg {scam2} kirim pesan sama. jgn ada yg klik e",
    ),
    T(
        "sms_lower",
        "emergency_call",
        "kotkupang sy lapor tetangga sy om [[n:{ln2}]] pukul istrinya tiap malam di [[a:{ad2}]]. sy tdk mau sebut nama. tolong polisi datang",
        M=(2,),
    ),
    T(
        "sms_lower",
        "utilities",
        "kotkupang pdam bilang bayar tagihan {rp} lewat va {va}, tp di loket bilang tunggakan {rp2}. mana yg betul. no sambungan {samb}",
    ),
    T(
        "sms_lower",
        "business_service",
        "kotkupang laundry di {kel} hilangkan 3 baju sy, nota {nota}. yg kerja di situ nona [[n:{lg2}]], dia blg cari dulu, nomor dia [[p:{hp2}]]. sy [[n:{ln1}]]",
    ),
    T(
        "sms_lower",
        "transport",
        "kotkupang sy penumpang bus kupang-atambua tgl {tgl}, tas hilang di bagasi. agen bus wa {bwa} tdk tanggung jawab. tiket no {nota}",
    ),
    T(
        "sms_lower",
        "community_notice",
        "kotkupang ijin info pendaftaran ktp el di kantor camat {kel} tgl {tgl} jam {jam}. bawa kk asli. info dukcapil {owa} (wa center)",
    ),
    T(
        "sms_lower",
        "landlord_seller",
        "kotkupang sy mau lapor jual beli motor. penjual [[n:{ln2}]] ([[p:{hp2}]]) jual motor [[pl:{pl2}]] ke sy {rpb}, ternyata motor kredit blm lunas. sy [[n:{ln1}]] [[p:{hp1}]]",
    ),
]

# ---- wa_forward: chats exported or forwarded by an RT head, a group's notices
TEMPLATES += [
    T(
        "wa_forward",
        "community_notice",
        """
[{tgl} {jam}] [[n:{n1}]]: Selamat pagi bapak ibu warga [[a:{rtx}]]
[{tgl} {jam}] [[n:{n1}]]: Besok kerja bakti bersihkan got. Bawa parang dan karung.
[{tgl} {jam2}] [[n:{n2}]]: Siap pak RT. Sa bawa pick up
[{tgl} {jam2}] [[n:{n1}]]: Yang belum masuk grup, hubungi Pak RT [[p:{hp1}]]
""".replace("[[a:{rtx}]]", "{rtx}"),
        M=(1,),
    ),
    T(
        "wa_forward",
        "community_notice",
        """
*PENGUMUMAN* (diteruskan)
Posko banjir Kel. {kel} dibuka di aula kantor lurah.
CP posko: {owa}
Kebutuhan: beras, air mineral, selimut, popok bayi.
Donasi uang lewat rekening posko a.n. POSKO PEDULI {KEL} {bank} {brek}
Terima kasih 🙏
""",
    ),
    T(
        "wa_forward",
        "community_notice",
        """
Diteruskan dari grup RT:
Bapak ibu, pendataan penerima BLT tahap 2 sampai tgl {tgl}. Bawa KK dan KTP ke rumah Pak RT [[n:{n1}]] di [[a:{ad1}]]. Kalau halangan, WA beliau di [[p:{hp1}]]. Jangan kirim foto KTP ke nomor lain!
""",
        M=(1,),
    ),
    T(
        "wa_forward",
        "scam_loan",
        """
⚠️ HATI-HATI ⚠️
Ada nomor {scam} mengaku staf kelurahan, minta uang {rp} utk "percepatan BLT". Kelurahan tidak pernah minta uang. Nomor resmi kantor lurah hanya {otel}.
Tolong sebar ke keluarga.
""",
    ),
    T(
        "wa_forward",
        "lost_found",
        """
[{tgl} {jam}] [[n:{n1}]]: Info kehilangan kunci motor Honda Beat plat [[pl:{pl1}]] sekitar gereja tadi pagi 🙏
[{tgl} {jam2}] [[n:{n2}]]: Sa ada lihat kunci di meja majelis tadi, coba tanya tata usaha gereja {otel}
[{tgl} {jam2}] [[n:{n1}]]: Makasih kaka, yang menemukan boleh hubungi [[p:{hp1}]]
""",
    ),
    T(
        "wa_forward",
        "business_service",
        """
[{jam}] [[n:{g1}]]: Sapa tahu nomor tangki air yang murah?
[{jam}] [[n:{g2}]]: Ada tangki "Sumber Hidup" WA {bwa}, {rpk} satu tangki
[{jam2}] [[n:{g3}]]: Om [[n:{g4}]] juga ada tangki, nomornya [[p:{hp4}]], lebih murah
[{jam2}] [[n:{g1}]]: Ok trima kasih
""",
        M=(4,),
    ),
    T(
        "wa_forward",
        "community_notice",
        """
INFO POSYANDU MAWAR {RTX}
Hari: Sabtu {tgl}, jam 08.00
Tempat: teras rumah Mama [[n:{n1}]], [[a:{ad1}]]
Bawa buku KIA. Info: kader posyandu {owa}
""",
        F=(1,),
    ),
    T(
        "wa_forward",
        "scam_loan",
        """
[{tgl} {jam}] Mama: Nona, ada orang telpon dari [[p:{hp3}]] bilang kaka kecelakaan di Atambua
[{tgl} {jam}] Mama: Dia minta kirim {rpb} ke rekening [[b:{rek1}]] a.n. [[n:{n1}]]
[{tgl} {jam2}] [[n:{g2}]]: Mama jangan kirim!! Itu penipu. Sa su telpon kaka, dia aman
""",
    ),
    T(
        "wa_forward",
        "transport",
        """
[{jam}] [[n:{n1}]]: Bapak ibu, anak sa ketinggalan tas di bemo jurusan {kel} lampu 10 tadi siang
[{jam}] [[n:{n1}]]: Sopirnya kalau tidak salah nama [[n:{g2}]], nomornya [[p:{hp2}]] tapi tidak aktif
[{jam2}] Admin Grup Sopir: Nanti kami bantu cek di terminal. Info pos terminal {otel}
""",
        M=(2,),
    ),
    T(
        "wa_forward",
        "community_notice",
        """
Selamat sore bapak/ibu.
Jadwal pembagian air bersih dari BPBD:
- {rtx} : Senin jam 09.00
- {rtx2} : Selasa jam 09.00
Info mobil tangki BPBD: {owa}
Salam, Sekretariat RW {num}
""",
    ),
    T(
        "wa_forward",
        "landlord_seller",
        """
[{tgl} {jam}] [[n:{n1}]]: Dijual kulkas 2 pintu, masih bagus, {rpb}. Minat WA [[p:{hp1}]] ambil di [[a:{adr1}]]
[{tgl} {jam2}] [[n:{n2}]]: Nego kaka?
[{tgl} {jam2}] [[n:{n1}]]: Bisa, japri saja
""",
    ),
    T(
        "wa_forward",
        "emergency_call",
        """
Forwarded:
Mohon bantuan doa dan info. Bapak kami [[n:{n1}]] ({usia} th, pikun) keluar rumah dari jam {jam} belum kembali. Pakai kemeja biru. Kalau lihat hubungi anaknya [[n:{g2}]] [[p:{hp2}]] atau [[p:{hp3}]] ([[n:{g3}]]). Sudah lapor 112 dan Polsek.
""",
        M=(1,),
        fam={2: 1, 3: 1},
    ),
    T(
        "wa_forward",
        "business_service",
        """
[{jam}] Toko Bangunan Mitra Usaha: Selamat pagi, semen Tiga Roda ready {rp}/sak. Order WA {bwa}
[{jam2}] Toko Bangunan Mitra Usaha: Antar gratis wilayah {kel}, min. 20 sak
""",
    ),
    T(
        "wa_forward",
        "utilities",
        """
📢 Info PDAM Tirta Lontar
Gangguan distribusi air wilayah {kel} & {kel2} tgl {tgl}. Pengaduan via WA {owa} atau telp {otel} (jam kerja).
Mohon maaf atas ketidaknyamanan.
""",
    ),
    T(
        "wa_forward",
        "scam_loan",
        """
[{jam}] [[n:{n1}]]: Bapak ibu, sapa kenal orang ini? Dia pinjam uang {rp} di sa, bilang mau bayar minggu lalu. Nama [[n:{n2}]], nomor [[p:{hp2}]], tinggal di [[a:{ad2}]]. Sekarang su blokir sa.
[{jam2}] [[n:{n3}]]: Astaga dia juga pinjam di sa kaka
""",
    ),
    T(
        "wa_forward",
        "community_notice",
        """
UNDANGAN RAPAT WARGA
Hari/tgl: {tgl}, jam {jam}
Tempat: Balai RT
Acara: iuran keamanan {rpk}/KK dan ronda
Konfirmasi ke sekretaris RT, Ibu [[n:{n1}]] [[p:{hp1}]]
""",
        F=(1,),
    ),
    T(
        "wa_forward",
        "lost_found",
        """
DICARI! Anjing hilang, warna coklat, nama Bleki, hilang di {kel} tgl {tgl}. Yang menemukan hubungi [[p:{hp1}]] ([[n:{g1}]]). Ada imbalan {rp}.
""",
    ),
    T(
        "wa_forward",
        "transport",
        """
Info dari grup ojek: pangkalan ojek Terminal Kupang pindah ke samping pos. Pesan ojek antar jemput sekolah hubungi korlap pangkalan {bwa}. Tarif {rp} per minggu.
""",
    ),
    T(
        "wa_forward",
        "emergency_call",
        """
[{tgl} {jam}] Grup Warga {RTX}: Ada kebakaran di belakang rumah Om [[n:{n1}]]!!
[{tgl} {jam}] [[n:{n2}]]: Sa su telpon 112 dan Damkar (0380) 833 113
[{tgl} {jam2}] [[n:{n3}]]: Api su padam. Puji Tuhan
""",
        M=(1,),
    ),
    T(
        "wa_forward",
        "scam_loan",
        """
Pesan berantai (HOAX):
"Bantuan UMKM {rp} cair hari ini, daftar di WA {scam} atau {scam2}. Siapkan foto KTP dan KK."
Dinas Koperasi tidak pernah buka pendaftaran lewat nomor pribadi. Laporkan penyalahgunaan ke WA {owa}.
""",
    ),
    T(
        "wa_forward",
        "landlord_seller",
        """
[{jam}] [[n:{n1}]]: Kaka, kamar kos di [[a:{ad2}]] masih ada? Yang punya siapa e?
[{jam}] [[n:{n3}]]: Masih ada. Hubungi langsung pemiliknya Tanta [[n:{g2}]] [[p:{hp2}]]
[{jam2}] [[n:{n1}]]: Ok sa telpon tanta sekarang
""",
        F=(2,),
    ),
    T(
        "wa_forward",
        "utilities",
        """
Jadwal pemeliharaan jaringan PLN:
{tgl} jam 09.00-15.00: {kel}, {kel2}
Info gangguan PLN 123 / PLN Mobile. Posko ULP Kupang {otel}.
Diteruskan oleh Sekretariat RW {num}.
""",
    ),
]

# ---- fb_office_post: city offices' pages, their posts and the threads under them
TEMPLATES += [
    T(
        "fb_office_post",
        "utilities",
        """
PDAM Tirta Lontar Kota Kupang
{num} j · 🌐
Pelanggan yth, distribusi air ke {kel} terganggu karena perbaikan pipa transmisi. Pengaduan: WA {owa} / telp {otel}.

[[n:{n1}]]
Su 4 hari kami di [[a:{rt1}]] sonde dapat air. Tolong cek, sa pung nomor [[p:{hp1}]]
Suka · Balas · {num} j

PDAM Tirta Lontar Kota Kupang
@[[n:{n1}]] Mohon maaf kak, sudah kami teruskan ke tim teknik. Untuk konfirmasi hubungi {otel}.
""",
    ),
    T(
        "fb_office_post",
        "community_notice",
        """
Dukcapil Kota Kupang
{num} mg ·
Layanan jemput bola perekaman KTP-el di Kantor Lurah {kel}, {tgl} jam 08.00-14.00. Antrian online via WA {owa}. Syarat: fotokopi KK.

Komentar:
warga_{kel}_kupang: KTP sa su rekam dari {tgl2} belum jadi min
Dukcapil Kota Kupang: Silakan kirim nomor antrian ({antri}) ke WA {owa} kak
""".replace("warga_{kel}_kupang", "warga_oebobo_kupang"),
    ),
    T(
        "fb_office_post",
        "emergency_call",
        """
Call Center 112 Kota Kupang
Hari ini petugas kami menerima {num} panggilan, {num} di antaranya panggilan iseng. Gunakan 112 hanya untuk keadaan darurat 🙏 Pengaduan non-darurat: SMS 1708 ketik KOTKUPANG (spasi) keluhan, atau WA {owa}.

[[n:{n1}]]
Min, sa telpon 112 dari nomor [[p:{hp1}]] tgl {tgl} jam {jam} sonde diangkat. Anak sa kejang waktu itu.
    Call Center 112 Kota Kupang
    Mohon maaf ibu [[n:{g1}]], kami cek rekaman. Mohon DM kronologinya.
""",
        F=(1,),
    ),
    T(
        "fb_office_post",
        "business_service",
        """
Dinas Perdagangan Kota Kupang
Pengumuman: tera ulang timbangan pedagang Pasar Oebobo {tgl}. Info lanjut hubungi UPTD Metrologi {otel}.

[[n:{n1}]] 😊
Penjual daging di los {num} pake timbangan kurang, sa beli 1 kg cuma dapat 8 ons
   [[n:{n2}]]
   Betul kaka, sa juga. Pedagangnya mama [[n:{g3}]], dia bilang timbangan baru
""",
        F=(3,),
    ),
    T(
        "fb_office_post",
        "community_notice",
        """
Kelurahan {kel}
Pembagian BLT DD tahap III dilaksanakan {tgl} di aula kantor lurah. Penerima membawa KTP asli dan undangan. Pertanyaan hubungi kantor lurah {otel} atau WA {owa} (jam kerja).

Kelurahan {kel} membalas: Daftar penerima sudah ditempel di papan pengumuman, kak.
""",
    ),
    T(
        "fb_office_post",
        "transport",
        """
Dinas Perhubungan Kota Kupang
Razia angkot tanpa trayek di Terminal Kupang {tgl}. {num} kendaraan ditilang. Pengaduan angkutan umum: WA {owa}.

[[n:{n1}]]
Pak, sopir lampu 5 ({pl2x}) ugal-ugalan tiap pagi. Sa pung anak hampir jatuh.
""".replace("{pl2x}", "[[pl:{pl2}]]"),
    ),
    T(
        "fb_office_post",
        "utilities",
        """
PLN UP3 Kupang
Pemeliharaan jaringan {tgl} pukul 08.00-16.00 WITA di {kel}. Informasi: PLN 123 / aplikasi PLN Mobile.

Komentar
[[n:{n1}]]: ID pelanggan sa {idpel}, tiap bulan padam 3 kali. Alat elektronik rusak, siapa tanggung?
PLN UP3 Kupang: Mohon maaf kak, silakan lapor via PLN Mobile dengan ID tersebut.
""",
    ),
    T(
        "fb_office_post",
        "business_service",
        """
Dinas Kesehatan Kota Kupang
{num} j
Warga yang menemukan depot air isi ulang tidak higienis dapat melapor ke WA Kesling {owa}. Sertakan nama depot dan alamat.

[[n:{n1}]]
Depot di {jlno} jual air kuning, nomor depot {bwa}
   [[n:{n2}]]
   Depot dekat sa pung rumah di [[a:{ad2}]] juga, tapi sonde tau nama depotnya
""",
    ),
    T(
        "fb_office_post",
        "lost_found",
        """
Polsek Kelapa Lima
Telah diamankan 1 unit sepeda motor Yamaha Mio tanpa plat di {jl}. Pemilik yang sah silakan datang ke Mapolsek membawa STNK dan BPKB. Informasi SPKT {otel}.

[[n:{n1}]]
Pak, motor sa hilang tgl {tgl}, Mio hitam plat [[pl:{pl1}]]. Sa bisa cek ko?
""",
    ),
    T(
        "fb_office_post",
        "community_notice",
        """
BPBD Kota Kupang
Waspada angin kencang 3 hari ke depan. Laporan kejadian: Pusdalops (0380) 842 118 / WA {owa}. Darurat: 112.

[[n:{n1}]]
Atap rumah sa di [[a:{adr1}]] su terbang sebagian. Tolong dibantu terpal 🙏 Nomor sa [[p:{hp1}]]
""",
    ),
    T(
        "fb_office_post",
        "scam_loan",
        """
Dinas Sosial Kota Kupang
WASPADA PENIPUAN! Beredar pesan dari nomor {scam} dan {scam2} mengatasnamakan Dinas Sosial, meminta biaya pencairan bansos. Dinas Sosial tidak memungut biaya apa pun. Laporkan ke WA {owa}.

Komentar
[[n:{n1}]]: Sa pung mama juga ditelpon nomor itu min
dinsos_kotakupang: Terima kasih kak, mohon jangan berikan data apa pun.
""",
    ),
    T(
        "fb_office_post",
        "utilities",
        """
Dinas PUPR Kota Kupang
Perbaikan jalan {jl} mulai {tgl}, arus lalu lintas dialihkan. Mohon maaf atas ketidaknyamanan. Pengaduan: WA {owa}.

Komentar:
[[n:{n1}]]: Got depan rumah sa di [[a:{ad1}]] tertimbun material proyek, air masuk rumah waktu hujan
[[n:{n2}]]: Sama di {rtx}, min
""",
    ),
    T(
        "fb_office_post",
        "emergency_call",
        """
RSUD S.K. Lerik
{num} mg
Pendaftaran poli rawat jalan lewat WhatsApp {owa} mulai pukul 07.00. IGD tetap 24 jam, telp {otel}.

Komentar
[[n:{n1}]]: WA pendaftaran sonde balas dari jam 7 sampe jam 10
RSUD S.K. Lerik: Mohon maaf kak, antrian pesan banyak. Nomor antrian kakak {antri}.
""",
    ),
    T(
        "fb_office_post",
        "transport",
        """
Dinas Perhubungan Kota Kupang
Pendaftaran ojek pangkalan resmi (rompi & nomor lambung) dibuka di kantor Dishub {tgl}. Bawa SIM, STNK, KTP. Info: {otel}.

[[n:{n1}]]
Sa ojek di pangkalan {kel}, sudah daftar tahun lalu tapi rompi belum dapat. Nomor lambung {num}. WA sa [[p:{hp1}]]
""",
        M=(1,),
    ),
    T(
        "fb_office_post",
        "community_notice",
        """
Kecamatan Oebobo
Lomba kebersihan antar RT 2026: juara 1 {rtx} Kel. {kel}, juara 2 {rtx2}. Hadiah {rp}. Informasi panitia: {owa}.

Komentar
rt_bersih_kupang: Selamat! 👏
Kecamatan Oebobo: Terima kasih atas partisipasi warga.
""",
    ),
    T(
        "fb_office_post",
        "business_service",
        """
Disperindag Kota Kupang
Harga eceran tertinggi LPG 3 kg di Kota Kupang {rpk}. Pangkalan yang menjual di atas HET dapat dilaporkan ke WA {owa}.

[[n:{n1}]]
Pangkalan LPG di {jlno} jual {rpk2}. Pemiliknya Ibu [[n:{n2}]], HP [[p:{hp2}]], sa sudah tegur tapi dia bilang ambil dari agen mahal
""",
        F=(2,),
    ),
    T(
        "fb_office_post",
        "scam_loan",
        """
OJK NTT
Waspada pinjol ilegal! Cek legalitas di kontak OJK 157 atau WA {owa}. Jangan pernah berikan foto KTP dan kontak HP.

Komentar
[[n:{n1}]]: Sa ditagih pinjol dari nomor {scam}, padahal sa sonde pernah pinjam
OJK NTT: Silakan adukan lewat portal, kak. Jangan transfer apa pun.
""",
    ),
    T(
        "fb_office_post",
        "lost_found",
        """
Bandara El Tari Kupang
Barang temuan di area kedatangan {tgl}: 1 tas ransel hitam berisi laptop dan dokumen a.n. [[n:{n1}]]. Pemilik dapat menghubungi Lost & Found {otel} atau WA {owa} dengan menunjukkan identitas.
""",
    ),
    T(
        "fb_office_post",
        "community_notice",
        """
Puskesmas Oepoi
Jadwal vaksinasi rabies gratis: {tgl} di {rtx} dan {rtx2} Kel. {kel}. Bawa hewan peliharaan. Info: petugas kesehatan hewan {owa}.

Puskesmas Oepoi membalas komentar: Kegiatan tetap berjalan walau hujan ya kak.
""",
    ),
    T(
        "fb_office_post",
        "emergency_call",
        """
Damkar Kota Kupang
Telah terjadi kebakaran rumah di {kel}, {tgl} pukul {jam}. 2 unit mobil damkar diturunkan. Tidak ada korban jiwa. Laporan kebakaran: 112 atau (0380) 833 113.

[[n:{n1}]]
Terima kasih pak, rumah keluarga [[n:{f2}]] di belakang sa pung rumah selamat karena damkar cepat datang
""",
    ),
    T(
        "fb_office_post",
        "business_service",
        """
Dinas Pendidikan Kota Kupang
Pengaduan pungutan liar di sekolah dapat disampaikan ke WA Saber Pungli {owa} atau email pengaduan.pendidikan@kupangkota.go.id.

[[n:{n1}]]
SD dekat {kel} minta uang komite {rp}. Sa orang tua dari [[n:{g2}]], kelas 4. Bisa hubungi sa di [[p:{hp1}]]
""",
    ),
    T(
        "fb_office_post",
        "utilities",
        """
Kelurahan {kel}
Lampu jalan di {jl} sudah diperbaiki oleh Dinas Perhubungan tgl {tgl}. Terima kasih atas laporan warga melalui 1708. Informasi lebih lanjut hubungi kantor kelurahan {otel}.
""",
    ),
]

# ---- fb_comments: community groups' posts and comment threads
TEMPLATES += [
    T(
        "fb_comments",
        "lost_found",
        """
Info Kupang Hari Ini · Postingan anonim
Ditemukan dompet coklat di depan Gereja {kel} hari Minggu. Isi KTP a.n. [[n:{N1}]], kartu BPJS, uang sedikit. Yang punya hubungi sa [[p:{hp2}]] ([[n:{g2}]]) 🙏

[[n:{n3}]]
Itu sa pung ipar kaka, sa kasih tau dia sekarang
""",
    ),
    T(
        "fb_comments",
        "business_service",
        """
Kupang Bersatu
Hati-hati servis AC di "Teknik Dingin Jaya" {jl}. Bayar {rp} AC tetap panas. Nomor mereka {bwa}. Sudah 3x komplain.

Teknik Dingin Jaya: Maaf kak, mohon kirim nota no. {nota} ke WA {bwa2}, kami cek kembali.
[[n:{n1}]]: Sa juga pernah servis di situ, aman2 saja
""",
    ),
    T(
        "fb_comments",
        "landlord_seller",
        """
[[n:{n1}]]
Ada yang tau kos putri dekat Undana? Budget {rp}/bulan

   [[n:{n2}]]
   Kos Melati Penfui, WA {bwa} kak
   [[n:{n3}]]
   Sa pung tanta ada kamar kosong di [[a:{ad3}]], hubungi Tanta [[n:{g4}]] [[p:{hp4}]]
   Kos Griya Liliba
   Di kami juga ada kak, {bwa2}. Free wifi
""",
        F=(4,),
    ),
    T(
        "fb_comments",
        "scam_loan",
        """
Grup Jual Beli Kupang
AWAS PENIPU! Akun "Rina Olshop" jual HP murah, sa transfer {rp} langsung blokir. Nomor WA dia {scam}.

[[n:{n1}]]
Sa juga kena kaka, nomor lain {scam2} dengan foto yang sama
[[n:{n2}]]
Lapor ke polisi saja
""",
    ),
    T(
        "fb_comments",
        "transport",
        """
[[n:{n1}]]
Terima kasih untuk sopir taksi online bernama [[n:{n2}]] yang antar kembali HP sa yang tertinggal. Orang baik masih ada 🙏 Kalau ada yang butuh sopir jujur, nomor om [[n:{g2}]] [[p:{hp2}]]

   [[n:{n3}]]
   Puji Tuhan kaka
""",
        M=(2,),
    ),
    T(
        "fb_comments",
        "lost_found",
        """
Kupang Info
KEHILANGAN: map biru berisi ijazah SMA dan akta kelahiran a.n. [[n:{n1}]] di sekitar {jl}. Mohon yang menemukan hubungi [[p:{hp1}]] atau antar ke Pos Polisi terdekat. Ada imbalan.

[[n:{n2}]]: Bantu share 🙏
[[n:{n3}]]: Semoga ketemu kaka
""",
    ),
    T(
        "fb_comments",
        "business_service",
        """
Kupang Bersuara
Laundry di {kel} hilangkan selimut sa. Pas komplain, karyawannya marah2. Nota {nota}, tgl {tgl}.

Laundry Bersih Kilat
Mohon maaf kak, silakan hubungi owner kami di WA {bwa} untuk ganti rugi 🙏
[[n:{n1}]]
Sa juga pernah, lama sekali baru balas
""",
    ),
    T(
        "fb_comments",
        "community_notice",
        """
Suara Warga {KEL}
Jalan di depan SMP sudah rusak dari tahun lalu. Sudah lapor 1708, tiket {tiket}, belum ada kabar.

kupang_viral: Tag Dinas PUPR min
Dinas PUPR Kota Kupang: Terima kasih, sudah masuk jadwal perbaikan {tgl}. Info WA {owa}.
""",
    ),
    T(
        "fb_comments",
        "landlord_seller",
        """
Jual Beli Kupang
Dijual motor Vario 2019, plat [[pl:{pl1}]], pajak hidup, {rpb} nego. Hub [[p:{hp1}]] ([[n:{n1}]]) ambil di [[a:{rt1}]] Kel. {kel}

[[n:{n2}]]: Kk surat lengkap?
[[n:{n1}]]: Lengkap kak, BPKB a.n. sendiri
""",
    ),
    T(
        "fb_comments",
        "transport",
        """
Info Lalu Lintas Kupang
Ada kecelakaan di {jl} jam {jam}, jalan macet. Hindari dulu.

[[n:{n1}]]: Korbannya sa pung tetangga, [[n:{n2}]]. Keluarga tolong hubungi sa [[p:{hp1}]], dia di RSUD sekarang
[[n:{n3}]]: Semoga cepat sembuh 🙏
""",
    ),
    T(
        "fb_comments",
        "scam_loan",
        """
[[n:{n1}]]
Min, nomor {scam} ini benar petugas BPJS? Dia minta sa update data lewat link.

   [[n:{n2}]]
   Itu penipu kaka. BPJS Kesehatan tidak pernah menghubungi lewat WA pribadi. Care Center 165.
""",
    ),
    T(
        "fb_comments",
        "business_service",
        """
Kupang Kuliner
Rekomendasi catering nasi kotak murah di Kupang?

Catering Lontar: Kami kak, {rpk}/kotak. Pesan di WA {bwa}
[[n:{n1}]]: Sa pung mama terima pesanan nasi kuning, WA mama [[n:{g2}]] [[p:{hp2}]]
[[n:{n3}]]: Catering Bunda Oepura juga enak, {bwa2}
""",
        F=(2,),
    ),
    T(
        "fb_comments",
        "lost_found",
        """
Kupang Bersuara · Postingan anonim
Ada yang kehilangan kambing? Ada 2 ekor masuk di kebun sa di {kel} sejak tgl {tgl}. Hubungi pos kamling {rtx}, {owa}.

[[n:{n1}]]: Coba tanya keluarga [[n:{f2}]], dong pung kambing sering lepas
""",
    ),
    T(
        "fb_comments",
        "community_notice",
        """
Grup Warga Kupang
Pendaftaran sekolah minggu ceria di Jemaat {kel}. Info tata usaha gereja {otel} (Senin-Jumat). Biaya {rpk}.

jemaat_{kel}_official: Terima kasih sudah share 🙏
""".replace("jemaat_{kel}_official", "jemaatimmanuel_official"),
    ),
    T(
        "fb_comments",
        "landlord_seller",
        """
Info Kos Kupang
DISEWAKAN rumah 2 kamar di {kel}, {rpb}/thn. Serius hubungi pemilik, Bapak [[n:{n1}]] [[p:{hp1}]] (tanpa perantara)

   [[n:{n2}]]
   Pak, masih ada? Sa WA belum dibalas
   [[n:{n1}]]
   Masih ada nona, sa baru pulang kebun
""",
        M=(1,),
    ),
    T(
        "fb_comments",
        "scam_loan",
        """
Kupang Bersuara
Hati-hati ada yang pinjam nama Pak Lurah {kel} di FB, minta pulsa dan uang. Akun asli beliau tidak pernah minta uang. Nomor yang dipakai {scam}.

[[n:{n1}]]: Sa pung bapa hampir kirim kaka
kel_{kel}_official: Benar, itu bukan akun resmi. Kantor kelurahan {otel}.
""".replace("kel_{kel}_official", "kelurahan.resmi"),
    ),
    T(
        "fb_comments",
        "transport",
        """
[[n:{n1}]]
Cari ojek langganan antar anak sekolah di {kel}. Yang ada nomor ojek baik, tolong share

   [[n:{n2}]]
   Pangkalan depan Pasar Kuanino tu nomor {bwa}
   [[n:{n3}]]
   Om [[n:{g4}]] baik, sa pung anak su 2 tahun ikut dia. Nomor om [[p:{hp4}]]
""",
        M=(4,),
    ),
    T(
        "fb_comments",
        "utilities",
        """
Kupang Info
Siapa lagi yang air PDAM-nya keruh hari ini? Di {kel} warna coklat.

PDAM Tirta Lontar Kota Kupang: Mohon maaf, ada pembersihan reservoir. Info gangguan WA {owa}.
[[n:{n1}]]: Di {rtx} juga min
[[n:{n2}]]: Sama
""",
    ),
    T(
        "fb_comments",
        "business_service",
        """
[[n:{n1}]]
Klinik gigi di {jl} pasang gigi palsu {rp}, sekarang goyang. Dokternya suruh datang lagi bayar lagi. Nomor klinik {otel}

   Klinik Senyum Sehat
   Selamat sore kak, silakan hubungi admin di {bwa} untuk jadwal kontrol gratis
   [[n:{n2}]]
   Di situ memang mahal kaka
""",
    ),
    T(
        "fb_comments",
        "lost_found",
        """
Kupang Info
DICARI: Anak kami [[n:{n1}]] (15 th) belum pulang sejak {tgl}. Terakhir terlihat di {jl}. Mohon info ke bapaknya, [[n:{g2}]] [[p:{hp2}]], atau 112.

[[n:{n3}]]: Share 🙏
[[n:{n4}]]: Semoga cepat ketemu [[n:{g1}]]
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "fb_comments",
        "community_notice",
        """
Grup Info Kelurahan {KEL}
Jadwal pengangkutan sampah: Senin & Kamis. Keluhan hubungi DLHK {owa} atau lapor 1708.

[[n:{n1}]]: Di sa pung jalan sonde pernah diangkut
[[n:{n2}]]: Sama kaka, [[a:{rt2}]] juga
""",
    ),
    T(
        "fb_comments",
        "scam_loan",
        """
Grup Jual Beli Kupang
Jangan beli di akun "Jual Murah Kupang", sa transfer ke rekening [[b:{rek1}]] a.n. [[n:{n1}]], barang sonde datang. Nomor WA yang dia pakai [[p:{hp1}]].

[[n:{n2}]]: Laporkan kaka
""",
    ),
]

# ---- lapor_form: SP4N-LAPOR! and the city's web form
TEMPLATES += [
    T(
        "lapor_form",
        "business_service",
        """
Judul Laporan: Bengkel tidak bertanggung jawab
Isi Laporan: Saya servis mobil di Bengkel Mobil Sinar Timur, {jlno}, tanggal {tgl}, biaya {rp}. Setelah keluar bengkel mesin mati. Nomor bengkel {bwa} tidak aktif. Mohon Disperindag menindaklanjuti.
Lokasi: {jl}, Kota Kupang
Kategori: Perlindungan Konsumen
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor_form",
        "landlord_seller",
        """
Judul Laporan: Pemilik kontrakan menahan barang
Isi Laporan: Saya [[n:{n1}]], mengontrak rumah di [[a:{adr1}]] Kel. {kel}. Pemilik, Bapak [[n:{n2}]] (HP [[p:{hpd2}]]), menahan lemari dan kasur saya karena sisa sewa {rp}. Padahal sudah saya bayar lewat transfer ke rekening {bank} [[b:{rek2}]] a.n. beliau.
Kontak pelapor: [[p:{hp1}]] / [[e:{em1}]]
""",
        M=(2,),
    ),
    T(
        "lapor_form",
        "transport",
        """
Judul: Travel Kupang-Atambua menurunkan penumpang di jalan
Isi Laporan: Travel "Timor Express" (kantor {jlno}, telp {otel}) menurunkan kami di Noelbaki jam {jam} karena mobil rusak, tanpa pengganti. Tiket {nota} seharga Rp 175.000. Sopir tidak mau kasih nama.
Lokasi Kejadian: Noelbaki, Kab. Kupang
Anonim: Ya
""",
    ),
    T(
        "lapor_form",
        "scam_loan",
        """
Judul: Penagihan pinjol dengan ancaman
Isi Laporan: Saya ditelpon nomor {scam} dan {scam2} yang mengaku penagih aplikasi "Rupiah Kilat". Mereka menghubungi semua kontak di HP saya dan menyebut saya penipu. Total pinjaman {rp}, tagihan {rp2}. Nomor kontak saya yang dihubungi: [[p:{hp1}]] (milik saya) dan [[p:{hp2}]] (istri saya, [[n:{n2}]]).
Pelapor: [[n:{n1}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "lapor_form",
        "utilities",
        """
Judul Laporan: Meteran PDAM dipindah tanpa izin
Isi Laporan: Petugas PDAM memindahkan meteran air rumah kami di [[a:{ad1}]] ke depan rumah tetangga. No. sambungan {samb}. Ketika saya telepon call center PDAM {otel} diminta datang ke kantor. Mohon penjelasan.
Pelapor: [[n:{n1}]], HP [[p:{hp1}]]
""",
    ),
    T(
        "lapor_form",
        "community_notice",
        """
Judul Laporan: Pungutan surat keterangan domisili
Isi Laporan: Kantor Kelurahan {kel} meminta {rp} untuk surat domisili. Tidak ada kuitansi. Pegawai di loket mengatakan itu uang ketik.
Lokasi: Kantor Kelurahan {kel}, {jlno}
Lampiran: IMG_{trx}.jpg
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor_form",
        "emergency_call",
        """
Judul: Ambulans puskesmas tidak bisa dihubungi
Isi Laporan: Tanggal {tgl} jam {jam} ayah saya [[n:{n2}]] sesak napas. Saya telepon nomor ambulans {pusk} {owa} yang tertulis di spanduk, tidak diangkat. Akhirnya tetangga, Om [[n:{n3}]], antar dengan pick up [[pl:{pl3}]].
Nama: [[n:{n1}]] · Alamat: [[a:{adr1}]] · Telp: [[p:{hp1}]]
""",
        M=(2, 3),
    ),
    T(
        "lapor_form",
        "business_service",
        """
Judul Laporan: Toko tidak memberi struk dan menolak tukar barang
Isi Laporan: Toko Elektronik Cahaya Baru {jl} menjual setrika rusak. Saat saya kembali, kasir bilang tidak ada garansi. Nomor toko di kantong plastik {bwa}. Harga {rp}, tanggal {tgl}.
Kategori: Perdagangan
Status: Menunggu verifikasi
""",
    ),
    T(
        "lapor_form",
        "lost_found",
        """
Judul: KTP saya dipakai orang lain untuk daftar kartu
Isi Laporan: KTP saya hilang bulan lalu (sudah ada surat kehilangan No. {surat}). Sekarang ada nomor [[p:{hp2}]] yang terdaftar pakai NIK saya [[nik:{nik1}]], dipakai orang bernama [[n:{n2}]] untuk pinjol.
Pelapor: [[n:{n1}]]
Kontak: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_form",
        "transport",
        """
Judul Laporan: Parkir liar di depan Pasar Inpres
Isi Laporan: Juru parkir meminta {rpk} untuk motor, tanpa karcis. Saat ditanya, mereka bilang sudah dapat izin dari kelurahan. Kejadian {tgl} jam {jam}.
Lokasi: Pasar Inpres Naikoten, Kota Kupang
Nomor Tiket: {tiket}
Disposisi: Dinas Perhubungan
""",
    ),
    T(
        "lapor_form",
        "landlord_seller",
        """
Judul: Penjual tanah kavling tidak serahkan sertifikat
Isi Laporan: Saya membeli tanah kavling di {kel} dari Sdr. [[n:{n2}]] seharga {rpb}, lunas tanggal {tgl}. Sampai sekarang sertifikat belum diserahkan. No HP penjual [[p:{hp2}]], rumahnya di [[a:{ad2}]]. NOP tanah {nop}.
Pelapor: [[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "lapor_form",
        "scam_loan",
        """
Judul Laporan: SMS penipuan mengatasnamakan Bank NTT
Isi Laporan: Saya dapat SMS dari {scam} berisi link "aktivasi tarif transfer baru Bank NTT". Nomor lain juga {scam2} dengan pesan sama. Mohon diblokir.
Lokasi: Kota Kupang
Anonim: Ya · Rahasia: Tidak
Tiket: {tiket}
""",
    ),
    T(
        "lapor_form",
        "utilities",
        """
Judul Laporan: Tiang listrik miring di {rtx} Kel. {kel}
Isi Laporan: Tiang listrik depan rumah nomor 12 miring sejak hujan deras {tgl}. Sudah lapor PLN 123, nomor laporan {tiketn}, belum ada petugas.
Lokasi: {jl}
Foto: Screenshot_{trx}_PLNMobile.jpg
""",
    ),
    T(
        "lapor_form",
        "business_service",
        """
Judul: Sekolah swasta menahan rapor
Isi Laporan: SMP swasta di {kel} menahan rapor anak saya [[n:{n2}]] (NISN {nisn}) karena tunggakan {rp}. Tata usaha sekolah ({otel}) bilang harus lunas dulu. Saya orang tua tunggal, penghasilan tidak tetap.
Pelapor: [[n:{n1}]] · HP [[p:{hp1}]] · Email [[e:{em1}]]
""",
        fam={2: 1},
    ),
    T(
        "lapor_form",
        "community_notice",
        """
Judul Laporan: Ketua RT menolak tanda tangan surat pengantar
Isi Laporan: Ketua [[a:{rt1}]] Kel. {kel}, Bapak [[n:{n2}]], tidak mau tanda tangan surat pengantar KTP untuk saya karena saya beda gereja. Nomor HP beliau [[p:{hp2}]] tidak pernah aktif.
Pelapor: [[n:{n1}]], warga [[a:{rt1x}]]
""".replace("Ketua [[a:{rt1}]]", "Ketua {rtx}").replace("[[a:{rt1x}]]", "[[a:{rtx}]]"),
        M=(2,),
    ),
    T(
        "lapor_form",
        "transport",
        """
Judul: Ojek online tidak antar pesanan
Isi Laporan: Pesanan makanan saya (order {order}) sudah dibayar {rp}, tetapi driver [[n:{n2}]] dengan motor [[pl:{pl2}]] menandai selesai tanpa antar. HP driver [[p:{hp2}]] tidak aktif. Mohon aplikasi dan Dishub menindak.
Kontak: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_form",
        "emergency_call",
        """
Judul: Apresiasi petugas 112
Isi Laporan: Terima kasih kepada operator 112 Kota Kupang dan tim ambulans yang datang {num} menit setelah saya telepon pada {tgl} jam {jam}. Semoga pelayanan seperti ini terus dipertahankan.
Kategori: Apresiasi
Tiket: {tiket}
""",
    ),
    T(
        "lapor_form",
        "utilities",
        """
Judul Laporan: Tagihan air melonjak
Isi Laporan: Tagihan PDAM bulan ini {rp}, biasanya {rp2}. Meteran rumah ({samb}) tidak berputar karena air jarang jalan. Saya sudah chat WA PDAM {owa}, dijawab "silakan ke kantor".
Pelapor: [[n:{n1}]], [[a:{adr1}]], [[p:{hp1}]]
""",
    ),
    T(
        "lapor_form",
        "landlord_seller",
        """
Judul Laporan: Penjual air tangki menipu
Isi Laporan: Warga [[a:{rt1}]] Kel. {kel} membeli air dari Bapak [[n:{n2}]] ([[p:{hps2}]]) seharga {rp} per tangki 5.000 liter, ternyata tangki hanya terisi setengah. Sudah kami ukur bersama Ketua RT.
Pelapor: [[n:{n1}]]
""",
        M=(2,),
    ),
    T(
        "lapor_form",
        "scam_loan",
        """
Judul Laporan: Arisan online dibawa lari
Isi Laporan: Admin arisan online bernama [[n:{n2}]] (WA [[p:{hp2}]]) membawa lari uang {num} anggota. Saya setor {rp} ke rekening {bank} [[b:{rek2}]] a.n. [[n:{n2x}]]. Alamat rumah admin di [[a:{adr2}]].
Pelapor: [[n:{n1}]], HP [[p:{hp1}]]
""".replace("{n2x}", "{n2}"),
    ),
    T(
        "lapor_form",
        "community_notice",
        """
Judul: Pembagian sembako tidak merata
Isi Laporan: Sembako dari kelurahan hanya dibagikan ke {rtx} dan {rtx2}, sementara warga lain tidak dapat. Mohon transparansi daftar penerima.
Lokasi: Kel. {kel}, Kec. Maulafa
Tiket: {tiket} · Tanggal: {tgl}
""",
    ),
    T(
        "lapor_form",
        "business_service",
        """
Judul: Apotek menjual obat kedaluwarsa
Isi Laporan: Apotek di {jlno} menjual sirup batuk kedaluwarsa kepada saya tanggal {tgl}. Struk No. {nota}, harga {rp}. Telepon apotek {otel}, apotekernya bilang tidak tahu.
Pelapor: [[n:{n1}]] · [[p:{hp1}]]
""",
    ),
]

# ---- kupang_malay: complaints in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "landlord_seller",
        "Selamat siang. Beta [[n:{n1}]], beta mau lapor beta pung bapa kos, Om [[n:{g2}]], dia kunci beta pung kamar padahal beta su bayar bulan ini. Om dia pung nomor [[p:{hp2}]], beta telpon sonde angkat. Kos di [[a:{ad2}]]. Beta pung nomor [[p:{hp1}]]. Tolong bantu e",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "business_service",
        "Pagi pak. Depot air di {jl} tu jual air sonde bersih, beta pung anak dong su sakit perut. Satu galon {rpk}, nomor di galon {bwa}. Beta sonde mau sebut nama, takut dong marah.",
    ),
    T(
        "kupang_malay",
        "transport",
        "Bapa ibu, beta pung ade nona tadi naik ojek dari Oesapa, ojek tu bawa dia pi jalan lain. Untung dia lompat turun. Ojek dia pung plat [[pl:{pl2}]], nomor yang dia pake [[p:{hp2}]]. Beta pung nama [[n:{n1}]], HP [[p:{hp1}]]",
    ),
    T(
        "kupang_malay",
        "scam_loan",
        "Pak, ada orang WA beta pake nomor {scam}, dia bilang dari Dinas Sosial, suru beta kirim {rp} ko bansos cair. Beta sonde kirim. Itu penipu to? Tolong kasi tau orang banyak.",
    ),
    T(
        "kupang_malay",
        "utilities",
        "Air PDAM di beta pung rumah [[a:{adr1}]] su satu minggu sonde jalan. Beta telpon PDAM {otel} dong bilang tunggu sa. Mo tunggu sampe kapan? Beta [[n:{n1}]]",
    ),
    T(
        "kupang_malay",
        "landlord_seller",
        "Beta beli motor dari satu orang di FB, nama [[n:{n2}]]. Dia kasi nomor [[p:{hp2}]]. Pas beta su bayar {rpb}, dia bilang BPKB masih di leasing. Sekarang dia sonde angkat. Motor tu plat [[pl:{pl2}]]. Beta pung nomor [[p:{hpb1}]], nama [[n:{g1}]]",
    ),
    T(
        "kupang_malay",
        "community_notice",
        "Bapa RT, kotong di [[a:{rt1}]] mau tanya, bantuan beras dari kelurahan tu kapan? Beta pung mama su tua, nama [[n:{n2}]]. Kalo ada info kasi tau beta di [[p:{hp1}]]. Makasi. [[n:{g1}]]",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "emergency_call",
        "Beta telpon 112 jam {jam} malam, dong angkat lama sekali. Beta pung bapa sesak. Akhirnya tetangga antar pake oto. Kalo darurat bagini bisa mati orang. Mohon diperbaiki.",
    ),
    T(
        "kupang_malay",
        "business_service",
        "Bengkel di {jl} tu, beta kasi masuk motor ganti oli sa, dong bilang mesin rusak, minta {rp}. Beta bawa pi bengkel lain, mesin baik-baik sa. Nomor bengkel {bwa}. Tolong Dinas kasi teguran.",
    ),
    T(
        "kupang_malay",
        "lost_found",
        "Sapa yang dapa beta pung HP di bemo lampu 2 tadi pagi, tolong kasi kembali e. Dalam HP ada foto-foto beta pung alm bapa. Telpon beta pung kaka [[n:{g2}]] di [[p:{hp2}]]. Nanti kotong kasi imbalan. - [[n:{n1}]]",
    ),
    T(
        "kupang_malay",
        "transport",
        "Angkot lampu 1 dong pung sopir sonde mau kasi turun di depan sekolah, dong bilang harus sampe terminal. Anak sekolah dong talambat. Plat angkot [[pl:{pl2}]], sopir dong panggil dia [[n:{nk2}]]. Beta sonde kasi nama.",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "scam_loan",
        "Pak, beta pung maitua pinjam di pinjol {rp}, sekarang dong telpon dari nomor-nomor aneh {scam}, {scam2}, ancam mau datang ke rumah. Kotong sonde tau mau bikin apa. Beta pung nomor [[p:{hp1}]]",
    ),
    T(
        "kupang_malay",
        "utilities",
        "Lampu jalan di {jl} dekat gereja su mati dari bulan lalu. Malam gelap, anak nona dong takut jalan. Su lapor pake 1708 tiket {tiket}, sonde ada kabar.",
    ),
    T(
        "kupang_malay",
        "landlord_seller",
        "Beta kontrak rumah di [[a:{ad1}]], yang punya rumah Tanta [[n:{n2}]] ([[p:{hp2}]]). Tanta bilang beta harus bayar listrik token {rp} tiap minggu, padahal meteran {meter} tu tanta pung. Beta [[n:{n1}]]",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "community_notice",
        "Kotong warga {rtx} minta tolong, got di depan SD Inpres tasumbat, tiap hujan air masuk jalan. Su lapor pi kantor lurah {otel}, dong bilang sonde ada dana.",
    ),
    T(
        "kupang_malay",
        "business_service",
        "Toko HP di {jl} jual HP second rusak ke beta pung ade. Pas komplain, yang jaga toko bilang bukan dia pung urusan, suru telpon bos di {bwa}. Bos tu sonde pernah angkat. Nota {nota}.",
    ),
    T(
        "kupang_malay",
        "emergency_call",
        "Beta [[n:{n1}]] dari [[a:{rt1}]], beta mau lapor tadi malam ada orang mabok lempar rumah. Beta su telpon Bhabinkamtibmas di {owa}, dong datang pagi. Tolong patroli malam. Beta pung HP [[p:{hp1}]]",
    ),
    T(
        "kupang_malay",
        "transport",
        "Travel yang beta pesan pi Soe, dong pung nomor {bwa}, datang jemput talambat 3 jam, baru minta tambah {rp}. Beta su bayar lunas. Tolong Dishub cek. Tiket {nota}.",
    ),
    T(
        "kupang_malay",
        "scam_loan",
        "Beta dapa telpon dari {scam}, dia bilang beta pung anak [[n:{g2}]] ditangkap polisi, minta {rp} ko urus. Padahal [[n:{g2}]] ada di rumah. Hati-hati e basodara. Beta [[n:{n1}]], [[p:{hp1}]]",
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "lost_found",
        "Basodara, ada anak kici tasasat di pasar Kasih tadi sore, nama dia [[n:{g1}]], umur 6 taun. Dia pung mama nama [[n:{g2}]]. Sekarang dia ada di pos satpam pasar, telpon pos {otel}.",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "utilities",
        "PLN dong padam listrik tiap hari jam {jam}, beta pung kulkas su rusak. ID pelanggan {idpel}. Beta su telpon 123 dong bilang pemeliharaan terus. Sampe kapan?",
    ),
    T(
        "kupang_malay",
        "landlord_seller",
        "Beta jual ikan kering di rumah, terima pesan antar. Sapa mau, WA sa [[p:{hp1}]], ambil di [[a:{ad1}]]. Tapi beta mau lapor, ada orang pesan {rp} kasi bukti transfer palsu, dia pake nomor [[p:{hp2}]] nama [[n:{n2}]]. - [[n:{g1}]]",
    ),
]

# ---- ocr_poster: posters, banners, stickers and leaflets as a phone's text scan reads them
TEMPLATES += [
    T(
        "ocr_poster",
        "landlord_seller",
        """
TERIMA KOS PUTRI
KAMAR MANDI DALAM · AIR LANCAR
{rp} / BULAN
HUB. [[p:{hpo1}]]
(IBU [[n:{G1}]])
""",
        F=(1,),
    ),
    T(
        "ocr_poster",
        "business_service",
        """
T0KO BANGUNAN MITRA JAYA
JUAL SEMEN · BESI · PASIR
TELP/WA {bwao}
{JL}
""",
    ),
    T(
        "ocr_poster",
        "community_notice",
        """
SPANDUK KELURAHAN {KEL}
GERAKAN 3M PLUS CEGAH DBD
JUMAT BERSIH SETIAP MINGGU
HUB. PETUGAS : {bwao}
""",
    ),
    T(
        "ocr_poster",
        "landlord_seller",
        """
DIJUAL TANAH
LUAS 15 X 20 M2
SHM · PINGGIR JALAN
HUB PEMILIK [[p:{hpo1}]] / [[p:{hp2}]]
([[n:{N1}]])
""",
        M=(1,),
    ),
    T(
        "ocr_poster",
        "lost_found",
        """
DICARI
ORANG HILANG
NAMA : [[n:{N1}]]
UMUR : {num} TAHUN
CIRI : RAMBUT PUTIH, PAKAI SARUNG TENUN
TERAKHIR TERLIHAT DI {JL} TGL {tgl}
HUBUNGI KELUARGA : [[p:{hpo2}]] ([[n:{G2}]]) ATAU POLSEK TERDEKAT
""",
    ),
    T(
        "ocr_poster",
        "business_service",
        """
SEDOT WC
"BERKAH ABADI"
CEPAT · BERSIH · BERGARANSI
HUB: {bwao} / {bwa2}
MELAYANI KOTA & KAB. KUPANG
""",
    ),
    T(
        "ocr_poster",
        "transport",
        """
PANGKALAN OJEK
"SINAR PAGI" {KEL}
ANTAR JEMPUT ANAK SEKOLAH
HUB KORLAP {bwao}
""",
    ),
    T(
        "ocr_poster",
        "community_notice",
        """
PENGUMUMAN
PENDATAAN WARGA {RTX} / RW {num}
BAWA KK & KTP KE RUMAH KETUA RT
[[a:{AD1}]]
INFO HUB. [[p:{hpo1}]] (PAK [[n:{G1}]])
""",
        M=(1,),
    ),
    T(
        "ocr_poster",
        "utilities",
        """
PDAM TIRTA LONTAR
KOTA KUPANG
STIKER PELANGGAN
NO. SAMBUNGAN : {samb}
PENGADUAN : {otel}
WA CENTER : {owa}
""",
    ),
    T(
        "ocr_poster",
        "business_service",
        """
LES PRIVAT SD-SMP
MATEMATIKA · IPA · B. INGGRIS
GURU BERPENGALAMAN
HUB. [[p:{hpo1}]]
(KAK [[n:{G1}]])
""",
    ),
    T(
        "ocr_poster",
        "emergency_call",
        """
NOMOR PENTING KOTA KUPANG
DARURAT : 112
PEMADAM KEBAKARAN : (0380) 833 113
PLN : 123
POLRESTA : 110
PDAM : {otel}
PENGADUAN SMS : 1708 (KOTKUPANG SPASI KELUHAN)
""",
    ),
    T(
        "ocr_poster",
        "landlord_seller",
        """
RUMAH DIKONTRAKKAN
2 KAMAR TIDUR + DAPUR
{RPB}/THN
HUB: [[p:{hpo1}]]
[[n:{N1}]]
""",
    ),
    T(
        "ocr_poster",
        "scam_loan",
        """
WASPADA PENIPUAN!
PIHAK BANK TIDAK PERNAH MEMINTA
PIN, OTP & PASSWORD
NOMOR YG MENGATASNAMAKAN BANK:
{bwao}
{scam}
HUBUNGI HANYA CALL CENTER RESMI
""",
    ),
    T(
        "ocr_poster",
        "business_service",
        """
FOTOKOPI & PRINT
"BERKAT ABADI"
PAS FOTO 5 MENIT
{JLNO}
WA {bwao}
BUKA {jam} - 21.00
""",
    ),
    T(
        "ocr_poster",
        "community_notice",
        """
KERJA BAKTI
{RTX}
MINGGU, {tgl}
KUMPUL DI POS RONDA JAM 06.30
KONFIRMASI : [[p:{hpo1}]]
(SEKRETARIS RT - [[n:{N1}]])
""",
    ),
    T(
        "ocr_poster",
        "lost_found",
        """
KEHILANGAN
SEPEDA MOTOR HONDA SCOOPY
WARNA PUTIH · NOPOL [[pl:{pl1}]]
HILANG DI {JL} TGL {tgl}
BAGI YG MENEMUKAN HUB [[p:{hpo1}]]
IMBALAN {rp}
""",
    ),
    T(
        "ocr_poster",
        "transport",
        """
TRAVEL KUPANG - SOE - KEFA
BERANGKAT SETIAP HARI
JAM {jam}
TIKET {RPK}
HUB. {bwao} / {bwa2}
(ADMIN TRAVEL)
""",
    ),
    T(
        "ocr_poster",
        "business_service",
        """
KLINIK PRATAMA
"SEHAT SEJAHTERA"
MENERIMA PASIEN BPJS
PENDAFTARAN ONLINE : WA {owa}
TELP : {otel}
{JLNO}
""",
    ),
    T(
        "ocr_poster",
        "landlord_seller",
        """
TERIMA JAHITAN
SERAGAM SEKOLAH & KEBAYA
HUB. [[p:{hpo1}]]
(MAMA [[n:{G1}]])
[[a:{RT1}]] {KEL}
""",
        F=(1,),
    ),
    T(
        "ocr_poster",
        "community_notice",
        """
POSKO BENCANA
KELURAHAN {KEL}
MENERIMA BANTUAN
CP POSKO : {owa}
REK. POSKO : {bank} {brek}
A.N. POSKO PEDULI BENCANA {KEL}
""",
    ),
    T(
        "ocr_poster",
        "utilities",
        """
STIKER PLN
ID PEL : {idpel}
NO METER : {meter}
DAYA : 900 VA
GANGGUAN HUB 123
""",
    ),
    T(
        "ocr_poster",
        "landlord_seller",
        """
JUAL AIR TANGKI
5000 LITER
ANTAR KE RUMAH
HUB. [[p:{hpo1}]]
(OM [[n:{G1}]])
""",
        M=(1,),
    ),
]

# ---- email_letter: mails and letters to the complaint unit
TEMPLATES += [
    T(
        "email_letter",
        "landlord_seller",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan@kupangkota.go.id
Subject: Pengaduan pemilik rumah sewa

Yth. Unit Pengaduan Kasih,
Saya menyewa rumah milik Bapak [[n:{n2}]] di [[a:{adr1}]]. Sejak {tgl} air dan listrik diputus pemilik agar saya keluar, padahal kontrak sampai akhir tahun. Nomor pemilik [[p:{hp2}]]. Saya dapat dihubungi di [[p:{hp1}]].
Hormat saya,
[[n:{n1}]]
""",
        M=(2,),
    ),
    T(
        "email_letter",
        "business_service",
        """
From: Humas PDAM Tirta Lontar <humas@pdamkupang.co.id>
To: pengaduan@kupangkota.go.id
Subject: Tanggapan tiket {tiket}

Dengan hormat,
Menanggapi pengaduan nomor tiket {tiket}, petugas kami telah memperbaiki kebocoran pipa di {jl} pada {tgl}. Untuk konfirmasi hubungi (0380) 8{num}2 31 atau WA {owa}.
Hormat kami,
Bagian Humas
""".replace("(0380) 8{num}2 31", "{otel}"),
    ),
    T(
        "email_letter",
        "scam_loan",
        """
Kepada Yth. Ombudsman RI Perwakilan NTT
Perihal: Laporan penagihan pinjaman online

Saya yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{adr1}]], Kel. {kel}
No. HP : [[p:{hp1}]]
melaporkan penagihan dengan ancaman oleh penagih yang memakai nomor {scam}. Penagih tidak menyebut nama dan mengaku dari aplikasi "KTA Cepat".
Kupang, {tgl}
Pelapor,
[[n:{n1}]]
""",
    ),
    T(
        "email_letter",
        "transport",
        """
From: Timor Express Travel <cs.timorexpress@gmail.com>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Perubahan jadwal keberangkatan

Bapak/Ibu [[n:{n1}]] yth,
Keberangkatan Kupang-Atambua {tgl} dipindah ke jam {jam}. Kode booking {nota}. Perubahan jadwal hubungi {bwa} atau kantor kami {otel}.
Salam, Admin Timor Express
""",
    ),
    T(
        "email_letter",
        "community_notice",
        """
Nomor : {surat}
Lampiran : -
Perihal : Undangan sosialisasi 1708

Kepada Yth. Para Ketua RT se-Kelurahan {kel}
di tempat

Dalam rangka sosialisasi layanan pengaduan SMS 1708 (format KOTKUPANG spasi keluhan), kami mengundang Bapak/Ibu pada {tgl} pukul {jam} di aula kantor lurah. Konfirmasi kehadiran ke {owa}.
LURAH {KEL}
NIP {nip}
""",
    ),
    T(
        "email_letter",
        "emergency_call",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: callcenter112@kupangkota.go.id
Subject: Nomor anak saya dipakai iseng ke 112

Selamat siang. Operator menelepon balik ke nomor anak saya [[n:{g2}]] ([[p:{hp2}]]) karena ada panggilan iseng. Anak saya baru 9 tahun, HP dipinjam temannya. Mohon maaf dan mohon nomor tidak diblokir. Nomor saya sendiri [[p:{hp1}]].
Salam, [[n:{n1}]]
""",
        fam={2: 1},
    ),
    T(
        "email_letter",
        "business_service",
        """
Kepada Yth. Kepala Dinas Perdagangan Kota Kupang
Perihal: Keberatan atas penagihan toko

Saya, [[n:{n1}]], pemilik kios kecil di pasar, beralamat di [[a:{adr1}]], keberatan atas penagihan Toko Grosir Sumber Rejeki ({bwa}) yang menaikkan harga tanpa nota. Faktur {inv} terlampir. HP saya [[p:{hp1}]]. NPWP pribadi saya [[npwp:{npwp1}]].
Kupang, {tgl}
[[n:{n1}]]
""",
    ),
    T(
        "email_letter",
        "utilities",
        """
From: noreply@lapor.go.id
To: [[e:{em1}]]
Subject: [LAPOR!] Status laporan {tiket}

Laporan Anda dengan nomor {tiket} telah diteruskan ke PDAM Tirta Lontar Kota Kupang pada {tgl} {jam}. Anda dapat memantau status di aplikasi. Jangan membalas email ini.
""",
    ),
    T(
        "email_letter",
        "landlord_seller",
        """
Kepada Yth. Lurah {kel}
Perihal: Permohonan mediasi

Dengan hormat, saya [[n:{n1}]] (HP [[p:{hp1}]]) memohon mediasi dengan tetangga saya, Ibu [[n:{n2}]], yang membangun pagar di atas tanah kami di [[a:{ad1}]]. Ibu [[n:{g2}]] dapat dihubungi di [[p:{hp2}]].
Atas perhatiannya saya ucapkan terima kasih.
[[n:{n1}]]
""",
        F=(2,),
    ),
    T(
        "email_letter",
        "community_notice",
        """
From: Sekretariat Dinas Sosial <dinsos@kupangkota.go.id>
To: pendamping-pkh-kupang@googlegroups.com
Subject: Verifikasi data KPM tahap II

Rekan-rekan pendamping, verifikasi data KPM ditutup {tgl}. Kendala aplikasi hubungi operator SIKS-NG di WA {owa}. Surat {surat} terlampir.
Sekretariat
""",
    ),
    T(
        "email_letter",
        "scam_loan",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan@kupangkota.go.id
Subject: Penipuan arisan

Saya melaporkan saudari [[n:{n2}]] (WA [[p:{hp2}]]) yang menjalankan arisan dan tidak membayar giliran saya sebesar {rp}. Bukti transfer ke {bank} [[b:{rek2}]] a.n. [[n:{n2}]] saya lampirkan. Alamat yang ia berikan: [[a:{ad2}]].
Terima kasih.
""",
        F=(2,),
    ),
    T(
        "email_letter",
        "transport",
        """
Kepada Yth. Kepala Dinas Perhubungan Kota Kupang
Perihal: Pengaduan parkir

Kami pedagang Pasar Oeba mengeluhkan penarikan retribusi parkir {rpk} per hari tanpa karcis resmi. Petugas mengaku dari pihak ketiga CV Parkir Mandiri (kantor {jlno}, telp {otel}).
Kupang, {tgl}
Perwakilan pedagang
""",
    ),
    T(
        "email_letter",
        "lost_found",
        """
From: Lost and Found Bandara El Tari <lostfound.eltari@gmail.com>
To: [[e:{em1}]]
Subject: Barang temuan a.n. [[n:{n1}]]

Bapak/Ibu [[n:{n1}]], koper Anda (tag {resi}) ditemukan di area kedatangan. Silakan ambil di kantor Lost and Found dengan membawa KTP. Informasi {otel} / WA {owa}.
""",
    ),
    T(
        "email_letter",
        "emergency_call",
        """
BERITA ACARA PENERIMAAN LAPORAN
Nomor : {surat}
Pada hari ini {tgl} pukul {jam} Call Center 112 menerima laporan dari:
Nama : [[n:{n1}]]
No. HP : [[p:{hp1}]]
Alamat : [[a:{adr1}]]
Isi laporan: kebakaran lahan di belakang rumah. Diteruskan ke Damkar {otel}.
Petugas penerima,
[[n:{n2}]]
NIP {nip}
""",
    ),
    T(
        "email_letter",
        "business_service",
        """
From: Klinik Pratama Sehat Sejahtera <klinik.sehatsejahtera@gmail.com>
To: pengaduan@kupangkota.go.id
Subject: Klarifikasi pengaduan {tiket}

Dengan hormat, pasien atas nama yang disebut dalam laporan {tiket} tidak ditolak, melainkan dirujuk karena kuota dokter penuh. Pendaftaran online melalui WA {owa}, telp {otel}.
Hormat kami, Manajemen Klinik
""",
    ),
    T(
        "email_letter",
        "landlord_seller",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: disperkim@kupangkota.go.id
Subject: Developer perumahan tidak serahkan kunci

Saya membeli rumah di Perumahan Griya Permai dari PT Timor Land (kantor {jlno}, telp {otel}). Sudah lunas {rpb}, tetapi kunci rumah [[a:Blok {blk} No. {num}]] belum diserahkan. Marketing yang menangani, [[n:{n2}]], dapat dihubungi di [[p:{hp2}]].
Hormat saya, [[n:{n1}]] ([[p:{hp1}]])
""".replace("[[a:Blok {blk} No. {num}]]", "Blok C No. {num}"),
    ),
    T(
        "email_letter",
        "utilities",
        """
Kepada Yth. Manajer PLN ULP Kupang
Perihal: Permohonan pemindahan tiang

Saya [[n:{n1}]], pelanggan ID {idpel}, beralamat di [[a:{adr1}]], memohon pemindahan tiang listrik yang berdiri di tengah halaman rumah saya. Mohon dapat menghubungi saya di [[p:{hp1}]] atau telepon rumah [[p:{tr1}]].
Kupang, {tgl}
""",
    ),
    T(
        "email_letter",
        "community_notice",
        """
From: Kelurahan {kel} <kel.{lkel}@gmail.com>
To: Ketua RT se-Kelurahan
Subject: Jadwal posyandu lansia

Jadwal posyandu lansia bulan ini {tgl}, di {rtx} dan {rtx2}. Informasi kader lansia WA {owa}. Terima kasih.
""".replace("kel.{lkel}@gmail.com", "kelurahan.kupang.ntt@gmail.com"),
    ),
    T(
        "email_letter",
        "scam_loan",
        """
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: [[e:{em1}]]
Subject: Waspada penipuan

Peserta yth, BPJS Kesehatan tidak pernah menghubungi lewat WA pribadi. Nomor {scam} yang meminta transfer bukan milik kami. Layanan resmi: Care Center 165, Pandawa WA {owa}.
""",
    ),
    T(
        "email_letter",
        "transport",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: dishub@kupangkota.go.id
Subject: Sopir bemo menabrak pagar

Bemo jurusan Kuanino nopol [[pl:{pl2}]] menabrak pagar rumah saya di [[a:{ad1}]] pada {tgl} jam {jam}. Sopirnya, [[n:{n2}]], berjanji ganti rugi tapi nomor HP-nya [[p:{hp2}]] sekarang tidak aktif. Mohon bantuan.
[[n:{n1}]], [[p:{hp1}]]
""",
        M=(2,),
    ),
    T(
        "email_letter",
        "emergency_call",
        """
From: Pusdalops BPBD Kota Kupang <pusdalops.bpbdkupang@gmail.com>
To: pengaduan@kupangkota.go.id
Subject: Rekap kejadian {tgl}

Rekap: 3 pohon tumbang ({jl}, {jl}), 1 rumah rusak ringan. Tiket {tiket}. Piket 24 jam: {owa}. Telp Pusdalops (0380) 842 118.
""",
    ),
    T(
        "email_letter",
        "business_service",
        """
Kepada Yth. Kepala Dinas Pendidikan Kota Kupang
Perihal: Keberatan uang gedung

Saya orang tua dari [[n:{n2}]], siswa kelas VII di sebuah SMP swasta, keberatan atas uang gedung {rpb}. Bendahara sekolah meminta transfer ke rekening pribadinya {bank} [[b:{rek3}]] a.n. [[n:{n3}]]. Mohon ditinjau.
[[n:{n1}]] · HP [[p:{hp1}]] · [[e:{em1}]]
""",
        fam={2: 1},
    ),
]

# ---- more of each style: harder owners
TEMPLATES += [
    T(
        "call_note",
        "scam_loan",
        """
Petugas: Pengaduan Kota Kupang, selamat siang.
Pelapor: Siang. Sa mau lapor penagih pinjol yang datang ke rumah. Dia bilang namanya [[n:{n2}]], nomornya [[p:{hp2}]].
Petugas: Baik. Nama bapak?
Pelapor: [[n:{n1}]].
Petugas: NIK bapak?
Pelapor: [[nik:{nik1}]].
Petugas: Terima kasih, laporan kami teruskan ke OJK. Nomor tiket {tiketn}.
""",
        M=(1,),
    ),
    T(
        "call_note",
        "business_service",
        """
{jam} | penelepon: [[n:{lg1}]] (tdk sebut marga) | keluhan travel Kupang-Ende tdk jemput | nomor travel yg dia hubungi {bwa}, katanya nomor admin | callback ke [[p:{hpn1}]] | diteruskan Dishub
""",
    ),
    T(
        "sms_caps",
        "landlord_seller",
        "KOTKUPANG SY PEMILIK KIOS SAYUR DI PASAR OEBOBO, HP [[p:{hp1}]]. PETUGAS PASAR MINTA {rpk} TIAP HARI TANPA KARCIS. YG TAGIH NAMANYA [[n:{g2}]]. SY [[n:{n1}]]",
        M=(2,),
        U=True,
    ),
    T(
        "sms_caps",
        "scam_loan",
        "KOTKUPANG TADI SY DAPAT WA DR {scam} MENGAKU KURIR JNE, KIRIM FILE APK. SDH SY HAPUS. NOMOR {scam2} JUGA KIRIM PESAN SAMA TGL {tgl}",
        U=True,
    ),
    T(
        "sms_lower",
        "landlord_seller",
        "kotkupang sy mau lapor agen travel om [[n:{lg2}]], dia pake hp pribadi [[p:{hp2}]] trima tiket pesawat, sy su transfer {rpb} tiket sonde pernah ada. sy [[n:{ln1}]] [[a:{rt1}]] kel {kel}",
        M=(2,),
    ),
    T(
        "sms_lower",
        "utilities",
        "kotkupang kalo yg {bwa} itu nomor tukang las yg pasang tiang pdam kah? dong minta {rpk} per rumah. no sambungan kami {samb}. tlg pdam jelaskan",
    ),
    T(
        "wa_forward",
        "community_notice",
        """
Diteruskan dari Pak RT:
Daftar lansia penerima sembako {RTX}:
1. [[n:{n1}]] ({usia})
2. [[n:{n2}]] ({usia2})
3. [[n:{n3}]] ({usia3})
Ambil di rumah Pak RT hari Sabtu jam 09.00. Yang berhalangan hubungi Pak RT [[p:{hp4}]].
""",
    ),
    T(
        "wa_forward",
        "landlord_seller",
        """
[{tgl} {jam}] [[n:{n1}]]: Dicari ART tinggal dalam, gaji Rp 1.500.000/bln. Hubungi Ibu [[n:{n2}]] [[p:{hp2}]] (jangan telpon malam)
[{tgl} {jam2}] [[n:{n3}]]: Sa pung sepupu mau kaka
[{tgl} {jam2}] [[n:{n1}]]: Langsung WA ibu saja e
""",
        F=(2,),
    ),
    T(
        "fb_office_post",
        "lost_found",
        """
Satpol PP Kota Kupang
Petugas menemukan tas berisi Kartu Keluarga No. [[kk:{kk1}]] dan KTP a.n. [[n:{n1}]] saat patroli di {jl}. Pemilik dapat mengambil di Markas Satpol PP, informasi {otel}.

[[n:{n2}]]
Itu sa pung om, makasih pak. Nanti sa kasih tau dia, nomor sa [[p:{hp2}]] kalo perlu
""",
    ),
    T(
        "fb_office_post",
        "business_service",
        """
SMK Negeri Kota Kupang
Pendaftaran kursus menjahit gratis untuk ibu rumah tangga. Daftar di tata usaha sekolah atau WA {owa}. Kuota {num} orang.

[[n:{n1}]]
Sa su daftar lewat WA tapi belum dibalas, nomor sa [[p:{hph1}]]
SMK Negeri Kota Kupang: Sudah kami catat ibu, terima kasih.
""",
        F=(1,),
    ),
    T(
        "fb_comments",
        "landlord_seller",
        """
Info Kos Kupang
Kamar kos putra kosong 2, dekat Politeknik. {rpk2}0/bln listrik token sendiri. Hub 0{num}x (Ancu)

[[n:{n1}]]: Masih ada kak?
""".replace("{rpk2}0/bln", "{rp}/bln").replace(
            "Hub 0{num}x (Ancu)", "Hub [[p:{hp2}]] ([[n:{nk2}]])"
        ),
    ),
    T(
        "fb_comments",
        "transport",
        """
[[n:{n1}]]
Rental mobil murah di Kupang yang lepas kunci?

   Rental Flobamor Jaya
   Avanza lepas kunci Rp350.000/hari kak. Hub {bwa}
   [[n:{n2}]]
   {bwa2} (Daniel Travel) juga ada kak
   [[n:{n3}]]
   Sa pung om rental pribadi, Om [[n:{g4}]] [[p:{hp4}]]
""",
        M=(4,),
    ),
    T(
        "lapor_form",
        "landlord_seller",
        """
Judul Laporan: Kontraktor renovasi kabur
Isi Laporan: Saya memakai tukang bangunan perorangan, Sdr. [[n:{n2}]], untuk renovasi dapur di rumah saya [[a:{adr1}]]. DP {rpb} sudah dibayar tunai, pekerjaan berhenti. Nomornya [[p:{hp2}]], katanya juga dipakai istrinya. Kalo yg {bwa} itu nomor toko bangunan tempat dia ambil material.
Pelapor: [[n:{n1}]] · [[p:{hp1}]]
""",
        M=(2,),
    ),
    T(
        "lapor_form",
        "emergency_call",
        """
Judul: Identitas pasien tanpa keluarga di IGD
Isi Laporan: Kami petugas IGD melaporkan pasien laka tanpa identitas selain kartu JKN [[bpjs:{bpjs1}]] atas nama [[n:{n1}]]. Keluarga yang bisa dihubungi belum ada. Mohon bantuan Dukcapil. Telepon IGD {otel}.
Tiket: {tiket}
""",
    ),
    T(
        "kupang_malay",
        "transport",
        "Beta mau lapor sopir truk air yang antar air ke beta pung rumah [[a:{ad1}]], dia buang air di jalan sampe becek. Beta su tegur, dia marah. Truk tu plat [[pl:{pl2}]], yang punya Om [[n:{g3}]], nomor [[p:{hp3}]]. Beta [[n:{n1}]].",
        M=(3,),
    ),
    T(
        "kupang_malay",
        "community_notice",
        "Bapa ibu, beta Ketua {rtx}. Kalo ada yang mau urus surat pindah, datang ke beta pung rumah di [[a:{ad1}]] sa, sonde usah pi kelurahan dolo. Telpon beta [[p:{hp1}]]. Kalo sonde angkat, telpon beta pung maitua [[n:{g2}]] [[p:{hp2}]]. - [[n:{n1}]]",
        M=(1,),
        F=(2,),
    ),
    T(
        "ocr_poster",
        "lost_found",
        """
DICARI
KUCING HILANG
NAMA : MANIS
WARNA ABU-ABU, KALUNG MERAH
HILANG DI {KEL} TGL {tgl}
HUB. [[p:{hpo1}]]
([[n:{G1}]])
""",
    ),
    T(
        "ocr_poster",
        "community_notice",
        """
GEREJA MASEHI INJILI DI TIMOR
JEMAAT {KEL}
KANTOR GEREJA : {otel}
IBADAH MINGGU : 07.00 & 17.00
DIAKONIA : HUB MAJELIS PIKET {bwao}
""",
    ),
    T(
        "email_letter",
        "business_service",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan@kupangkota.go.id
Subject: Usaha katering rumahan saya dilaporkan

Saya pemilik usaha katering rumahan perorangan di [[a:{ad1}]]. NPWP pribadi saya [[npwp:{npwp1}]], HP [[p:{hp1}]]. Ada pelanggan mengadu ke WA Dinkes {owa} bahwa makanan basi. Saya siap dicek. Nomor pesanan pelanggan itu {nota}.
Hormat saya, [[n:{n1}]]
""",
    ),
    T(
        "email_letter",
        "emergency_call",
        """
Kepada Yth. Kepala Dinas Kesehatan Kota Kupang
Perihal: Ucapan terima kasih

Kami keluarga [[n:{f1}]] berterima kasih kepada bidan [[n:{n2}]] dari {pusk} yang datang malam hari menolong persalinan menantu kami, walau kami hanya menelepon HP pribadinya [[p:{hp2}]]. Nomor kartu KK kami [[kk:{kk1}]] untuk pendataan bayi.
Kupang, {tgl}
[[n:{n1}]]
""",
        F=(2,),
    ),
]


if __name__ == "__main__":
    main()
