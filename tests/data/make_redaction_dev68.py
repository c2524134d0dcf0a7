# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001, SIM905, RUF005
"""Write tests/data/redaction_dev68.jsonl: whose phone number, said in prose.

Complaints and conversations reaching Kota Kupang's complaint unit in which people mention
several numbers and say (or let the reader infer) whose each one is: a resident's own mobile or
home line beside an office's, a service's, a call centre's, a hotline's, a business's or a
scam's line, in SMS to 1708 in capitals, WhatsApp chats and groups, Facebook comments, e-mails,
long complaints, the unit's replies, written-out calls, field officers' notes and voice notes.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``,
``{hp1}``, ``{ohp1}``, ``{oln1}`` ...) and alternatives (``«one¦other»``, nested ones drawn
innermost first), each filled several times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev68.py`` (standard library only,
deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
``@`` token with the forty characters before it; ``--show N SEED`` prints N texts drawn at random
with their spans marked; ``--dry`` writes nothing; ``--style S`` builds one style only and writes
nothing.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 68_2026_1207
OUT = Path(__file__).with_name("redaction_dev68.jsonl")
PREFIX = "d68"
FILLS = 4

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
    "wa_chat",
    "wa_group",
    "fb_comments",
    "email",
    "long_complaint",
    "unit_reply",
    "call_transcript",
    "field_note",
    "voice_note",
)
THEMES = (
    "water",
    "electricity",
    "roads",
    "waste",
    "health",
    "school",
    "civil_registry",
    "social_aid",
    "police",
    "transport",
    "market",
    "scam",
    "neighbours",
)
FLOORS = {
    "texts": 500,
    "per_style": 45,
    "empty_min": 0.28,
    "empty_max": 0.35,
    "lookalikes": 5,
    "phone": 300,
    "phone_unlabelled": 350,
    "name": 200,
    "nik": 30,
    "email": 20,
    "bank_account": 20,
}

# words that may stand before a name but never open its span
TITLES = set(
    "bapak ibu pak bu bpk sdr sdri ny om tanta mama bapa oma opa nona kak kaka bidan lurah guru dr "
    "drs pdt bripka brigpol aiptu ipda serka kader pendamping petugas penelepon pelapor kel ama "
    "ina usi bung nyong ade mas mbak".split()
)

# ---------------------------------------------------------------- people (written for dev68)

GIV_M = {
    "prot": "Yermias Markus Obed Semuel Frengky Yakob Ferdinan Habel Marthen Gerson Adrianus Benyamin Nelson Jefri Roni Dominggus Ishak Ruben Elias Yohanis Melkianus Apolos Sefnat Zadrak Otniel Simson".split(),
    "cath": "Yoseph Fransiskus Petrus Stefanus Gregorius Wilibrodus Klemens Silvester Blasius Kristoforus Lukas Matias Yulius Yustinus Laurensius".split(),
    "musl": "Abdul Hamzah Jamaluddin Rahmat Sudirman Ilham Syamsuddin Haris Rusdi Arsyad".split(),
    "java": "Sugeng Slamet Bambang Joko Wahyu Agus Heru Teguh".split(),
    "chin": "Hendra Willy Rudy Steven Ferry Hartono".split(),
    "batak": "Parlindungan Togar Manahan Binsar Hotman".split(),
}
GIV_F = {
    "prot": "Yuliana Adolfina Mariana Ester Naomi Martha Debora Ribka Sarlin Lodia Elisabet Orpa Yorda Merlin Fransina Agustina Selfina Welhelmina Novita Delfi Imelda Yesni Marlin Ferderika Aplonia".split(),
    "cath": "Theresia Veronika Yosefina Agnes Skolastika Margareta Kristina Fransiska Sesilia Angela Yasinta Emerensiana Klara".split(),
    "musl": "Hasnah Nurjanah Siti Rosmiati Fatimah Halimah Hajrah Nurhayati".split(),
    "java": "Endang Sri Wahyuni Tri Suparmi Dwi Kartini".split(),
    "chin": "Lili Meliani Susana Yenny Vera".split(),
    "batak": "Rosmauli Lamtiur Tiurma Romauli".split(),
}
FAMILY = {
    "timor": (
        "prot",
        "Nubatonis Taneo Sabneno Oematan Banunaek Tanesib Kolo Bana Nope Tlonaen Faot Neonbeni Kase Baok Missa Lopo Nenabu Atok Boimau Selan Tualaka Manehat".split(),
    ),
    "rote": (
        "prot",
        "Ndolu Adoe Pello Messakh Ndoen Henukh Lenggu Mbatu Saudale Haning Ndaomanu Dethan Nalle Tungga Zacharias Foeh Ballo".split(),
    ),
    "sabu": (
        "prot",
        "Lado Bire Wadu Ludji Hege Rohi Djo Dida Radja Leba".split()
        + ["Dju Wadu", "Lay Dima", "Ratu Kore", "Bunga Lado"],
    ),
    "flores": (
        "cath",
        "Kelen Tukan Gero Wutun Lamak Lewar Koten Maran Djawa Openg Nggili Kedang Making Sogen Lein".split()
        + ["da Silva"],
    ),
    "alor": ("prot", "Maufani Laukari Mautuka Maro Lapenangga Atamau Kafolakari".split()),
    "chin": ("chin", "Tan Lie Oei Liem Kwee Tjoa Goh".split()),
    "bugis": ("musl", "Mappiare Pallawa Sompa Lamatta Rewa".split()),
    "java": ("java", "Riyadi Widodo Purwanto Santoso Prasetyo Nugroho Susilo Wibowo".split()),
    "batak": ("batak", "Hutapea Simanjuntak Sitorus Nainggolan Pardede Sinaga Manurung".split()),
}
SUMBA_M = "Umbu Ndapa|Umbu Kahi|Umbu Rara|Umbu Dedi".split("|")
SUMBA_F = "Rambu Kareri|Rambu Ana|Rambu Hoi|Rambu Yuli".split("|")
SUMBA_FAM = "Hunggu Tanggu Nggiku Kaborang Wohangara Ndima".split()
CHIN_GIVEN_M = "Swie Hong|Kok Bin|Tjin Liong|Ah Kiong".split("|")
CHIN_GIVEN_F = "Mei Lan|Siu Ing|Ay Nio|Lie Hwa".split("|")
BUTON_M = "La Ode Harun|La Baru|La Ode Saleh|La Sudi".split("|")
BUTON_F = "Wa Ode Sitti|Wa Nurma|Wa Ode Rahma|Wa Hasina".split("|")
ORIGIN_W = (("timor", 26), ("rote", 18), ("sabu", 12), ("flores", 16), ("alor", 4), ("sumba", 5), ("chin", 4), ("bugis", 4), ("buton", 3), ("java", 5), ("batak", 3))  # fmt: skip

KELURAHAN = {
    "01": "Alak Namosain Nunbaun Sabu Nunbaun Delha Penkase Oeleta Manulai II Batuplat Manutapen Naioni Fatufeto Nunhila Mantasi".split(
        " "
    ),
    "02": "Maulafa Penfui Naimata Sikumana Kolhua Belo Fatukoa Oepura Naikolan".split(),
    "03": "Oebobo Oebufu Kayu Putih Liliba Fatululi Oetete".split(),
    "04": "Kelapa Lima Oesapa Lasiana Pasir Panjang Oesapa Selatan".split(),
    "05": "Fontein Bonipoi Solor Merdeka Airmata Oeba Fatubesi Tode Kisar".split(),
    "06": "Kuanino Naikoten Bakunase Airnona Fontein Oetete Nefonaek".split(),
}
KEL = ["Alak", "Namosain", "Nunbaun Sabu", "Nunbaun Delha", "Penkase Oeleta", "Manutapen", "Naioni", "Fatufeto", "Nunhila", "Maulafa", "Penfui", "Naimata", "Sikumana", "Kolhua", "Belo", "Fatukoa", "Oepura", "Naikolan", "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Fatululi", "Kelapa Lima", "Oesapa", "Lasiana", "Pasir Panjang", "Fontein", "Bonipoi", "Solor", "Merdeka", "Airmata", "Oeba", "Fatubesi", "Kuanino", "Naikoten I", "Bakunase", "Airnona", "Nefonaek"]  # fmt: skip
HOME_STREETS = ["Jl. Kenanga", "Jl. Cemara", "Jl. Kancil", "Jl. Rusa", "Jl. Bakau", "Gg. Lontar", "Gg. Flamboyan", "Jl. Sirsak", "Jl. Srikaya", "Jl. Jeruk", "Jl. Delima", "Jl. Belimbing", "Gg. Merpati", "Jl. Nusa Indah", "Gg. Anggrek", "Jl. Kakatua", "Jl. Tanjung", "Jl. Asoka", "Gg. Sepakat", "Jl. Bougenville"]  # fmt: skip
PUBLIC_ROADS = ["Jl. El Tari", "Jl. Frans Seda", "Jl. Timor Raya", "Jl. Piet A. Tallo", "Jl. W.J. Lalamentik", "Jl. Adisucipto", "Jl. Cak Doko", "Jl. Moh. Hatta", "Jl. Herewila", "Jl. Soeharto", "Jl. R.A. Kartini", "Jl. Perintis Kemerdekaan", "Jl. Amabi", "Jl. Bundaran PU"]  # fmt: skip
PUSKESMAS = [
    "Oesapa",
    "Naioni",
    "Kupang Kota",
    "Oepoi",
    "Manutapen",
    "Penfui",
    "Alak",
    "Sikumana",
    "Bakunase",
    "Pasir Panjang",
    "Oebobo",
]
HOSTS = (("gmail.com", 24), ("yahoo.co.id", 4), ("yahoo.com", 3), ("outlook.com", 1), ("ymail.com", 1), ("hotmail.com", 2))  # fmt: skip
# mobile prefixes with their weight in NTT
MOBILE_W = (("0812", 10), ("0813", 12), ("0852", 11), ("0853", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0811", 2), ("0851", 3), ("0857", 2), ("0858", 2), ("0856", 1), ("0815", 1), ("0878", 1), ("0819", 1), ("0817", 1), ("0895", 1), ("0896", 1), ("0881", 1), ("0838", 1))  # fmt: skip
MOBILE_PREFIXES = {p for p, _ in MOBILE_W} | {"0814", "0816", "0818", "0831", "0832", "0833", "0855", "0859", "0877", "0882", "0883", "0887", "0888", "0889", "0897", "0898", "0899"}  # fmt: skip
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
BANKS = (("Bank NTT", 8), ("BRI", 6), ("BNI", 3), ("Mandiri", 2), ("BCA", 2), ("BSI", 1))
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)

# ---------------------------------------------------------------- values


def pick(rng: random.Random, weighted: tuple) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def misread(rng: random.Random, d: str, share: float = 0.3, first: int = 2) -> str:
    out = list(d)
    for k in range(first, len(out)):
        if out[k] in LETTER_FOR and rng.random() < share:
            out[k] = LETTER_FOR[out[k]]
    s = "".join(out)
    if s == d:  # at least one letter
        for k in range(first, len(out)):
            if out[k] in LETTER_FOR:
                out[k] = LETTER_FOR[out[k]]
                break
        s = "".join(out)
    return s


def new_mobile(rng: random.Random) -> str:
    return pick(rng, MOBILE_W) + digits(rng, rng.choice((7, 8, 8, 8, 8, 8)))


def write_mobile(rng: random.Random, d: str, how: str) -> str:
    n = d[1:]
    g = [d[:4], d[4:8], d[8:]]
    if how == "b":
        return d
    if how == "d":
        return "-".join(g)
    if how == "s":
        return " ".join(g)
    if how == "t":
        return ".".join(g)
    if how == "i":
        return rng.choice(
            ("+62 %s-%s-%s", "+62%s%s%s", "+62 %s %s %s", "+62 %s%s%s", "(+62) %s %s %s")
        ) % (n[:3], n[3:7], n[7:])
    if how == "k":
        return rng.choice(("62%s%s%s", "62 %s %s %s", "62-%s-%s-%s")) % (n[:3], n[3:7], n[7:])
    if how == "o":
        return rng.choice(
            (
                misread(rng, d, 0.3, 1),
                "-".join(misread(rng, x, 0.3, 0) if k else x for k, x in enumerate(g)),
                " ".join(misread(rng, x, 0.3, 0) if k else x for k, x in enumerate(g)),
            )
        )
    if how == "u":
        return rng.choice(("_", " • ", "·")).join(g)
    return write_mobile(
        rng,
        d,
        pick(rng, (("b", 6), ("d", 4), ("s", 4), ("t", 2), ("i", 3), ("k", 2), ("o", 1), ("u", 1))),
    )


def landline(rng: random.Random, six: str) -> str:
    form = rng.choice(
        (
            "0380 {a}",
            "(0380) {h} {t}",
            "0380-{a}",
            "0380 {h} {t}",
            "(0380) {a}",
            "0380-{h}-{t}",
            "(0380)-{a}",
        )
    )
    return form.format(a=six, h=six[:3], t=six[3:])


def new_six(rng: random.Random) -> str:
    return "8" + rng.choice("23456789") + digits(rng, 4)


def bank_account(rng: random.Random, bank: str) -> str:
    if bank == "Bank NTT":
        return rng.choice(("%s.%s.%s.%s-%s", "%s%s%s%s%s")) % (
            rng.choice(("001", "002", "014", "031")),
            "0" + rng.choice("12"),
            "0" + rng.choice("1234"),
            digits(rng, 6),
            rng.choice("0123456789"),
        )
    if bank == "BRI":
        return rng.choice(("%s-01-%s-5%s-%s", "%s01%s5%s%s")) % (
            digits(rng, 4),
            digits(rng, 6),
            rng.choice("0123"),
            rng.choice("0123456789"),
        )
    if bank == "Mandiri":
        return rng.choice(("%s-00-%s-%s", "%s00%s%s")) % (
            "1" + rng.choice("45678") + digits(rng, 1),
            digits(rng, 7),
            digits(rng, 1),
        )
    return (
        "0" + rng.choice("1234567") + digits(rng, 8) if bank in ("BNI", "BSI") else digits(rng, 10)
    )


def vehicle_plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (
        rng.choice(("DH", "DH", "DH", "EB", "ED"))
        + " "
        + str(rng.randint(1000, 9999))
        + " "
        + "".join(rng.choice(letters) for _ in range(rng.choice((1, 2, 2))))
    )


def rupiah(v: int) -> str:
    return "Rp " + f"{v:,}".replace(",", ".")


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


class Person:
    """A person: a name of a region's family (or the family of a head), a sex, their lines."""

    def __init__(
        self, rng: random.Random, sex: str, avoid: set[str], head: Person | None = None
    ) -> None:
        for _ in range(200):
            origin = head.origin if head else pick(rng, ORIGIN_W)
            if origin == "sumba":
                given = rng.choice(SUMBA_M if sex == "m" else SUMBA_F)
                family = head.family if head else rng.choice(SUMBA_FAM)
                call = given.split()[1]
                full = "%s %s" % (given, family)
            elif origin == "buton":
                given = rng.choice(BUTON_M if sex == "m" else BUTON_F)
                family = ""
                call = given.split()[-1]
                full = given
            elif origin == "chin" and (head.chinese if head else rng.random() < 0.5):
                family = head.family if head else rng.choice(FAMILY["chin"][1])
                call = rng.choice(CHIN_GIVEN_M if sex == "m" else CHIN_GIVEN_F)
                full = "%s %s" % (family, call)
            else:
                pool, fams = FAMILY[origin]
                call = rng.choice((GIV_M if sex == "m" else GIV_F)[pool])
                family = head.family if head else rng.choice(fams)
                full = "%s %s" % (call, family)
            words = {slug(w) for w in full.split()}
            if head:
                words -= {slug(w) for w in head.family.split()}
            if not (words & avoid):
                break
        self.origin = origin
        self.chinese = origin == "chin" and full.split()[0] == family
        self.sex = sex
        self.given = call
        self.family = family or call
        self.full = full
        self.digits = new_mobile(rng)
        self.digits2 = new_mobile(rng)
        self.six = new_six(rng)


class Fill:
    """The values of one filling of a template, drawn once per placeholder."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.people: dict[int, Person] = {}
        self.cache: dict[str, str] = {}
        self.date = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 27))
        self.clock = rng.randint(7 * 60, 18 * 60)

    def person(self, i: int) -> Person:
        if i not in self.people:
            sex = (
                "f"
                if i in self.spec["F"]
                else "m"
                if i in self.spec["M"]
                else self.rng.choice("mf")
            )
            head_i = self.spec["fam"].get(i)
            head = self.person(head_i) if head_i else None
            avoid = set(self.spec["avoid"]) | {
                slug(w) for p in self.people.values() for w in p.full.split()
            }
            if head:
                avoid -= {slug(w) for w in head.family.split()}
            self.people[i] = Person(self.rng, sex, avoid, head)
        return self.people[i]

    def tick(self) -> str:
        self.clock = min(self.clock + self.rng.choice((1, 2, 3, 5, 8, 12)), 23 * 60 + 50)
        return "%02d.%02d" % divmod(self.clock, 60)


def nik_for(rng: random.Random, sex: str) -> str:
    region = rng.choice(("5371", "5371", "5371", "5301", "5314", "5320", "5306", "5310"))
    dist = "%02d" % rng.randint(1, 6)
    day = rng.randint(1, 28) + (40 if sex == "f" else 0)
    return (
        region
        + dist
        + "%02d%02d%02d"
        % (
            day,
            rng.randint(1, 12),
            rng.randint(50, 99) if rng.random() < 0.7 else rng.randint(0, 6),
        )
        + "%04d" % rng.randint(1, 40)
    )


def write_id(rng: random.Random, d: str) -> str:
    how = rng.choice("bbbbsst")
    if how == "s":
        return " ".join(d[k : k + 4] for k in range(0, 16, 4))
    if how == "t":
        return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
    return d


def email_for(rng: random.Random, p: Person) -> str:
    g = slug(p.given)[:10] or "warga"
    f = slug(p.family)[:10] or "kupang"
    local = rng.choice(
        (
            "%s.%s" % (g, f),
            "%s%s" % (g, f),
            "%s_%s%d" % (g, f, rng.randint(1, 99)),
            "%s%d" % (g, rng.randint(70, 99)),
            "%s.%s%d" % (f, g, rng.randint(1, 30)),
        )
    )
    host = pick(rng, HOSTS)
    form = rng.choice(("plain",) * 6 + ("at", "keong", "titik", "space"))
    if form == "at":
        return "%s (at) %s" % (local, host)
    if form == "keong":
        return "%s(keong)%s" % (local, host)
    if form == "titik":
        return "%s@%s" % (local, host.replace(".", " (titik) "))
    if form == "space":
        return "%s @%s" % (local, host)
    return "%s@%s" % (local, host)


OFFICE_MAIL = ["pengaduan@kupangkota.go.id", "dukcapil.kotakupang@gmail.com", "dinsos.kotakupang@gmail.com", "humas@kupangkota.go.id", "pelanggan.pdam@tirtalontar.co.id", "dlhk.kotakupang@gmail.com", "pkm.oebobo@gmail.com", "ppdb.kotakupang@gmail.com", "dishub.kotakupang@gmail.com", "lapor@kupangkota.go.id"]  # fmt: skip
# ---------------------------------------------------------------- placeholders


def value(fl: Fill, name: str, index: str) -> str:
    r = fl.rng
    i = int(index) if index else 1
    if name in ("n", "g", "f", "ln", "lg", "c"):
        p = fl.person(i)
        if name == "n":
            return p.full
        if name == "g":
            return p.given
        if name == "f":
            return p.family
        if name == "ln":
            return p.full.lower()
        if name == "lg":
            return p.given.lower()
        return r.choice((p.full, p.given, p.given.lower(), "%s %s" % (p.given, p.family[0])))
    if name.startswith(("hp", "hq")):  # a person's mobile in one writing
        p = fl.person(i)
        d = p.digits if name.startswith("hp") else p.digits2
        how = name[2:] or "x"
        return write_mobile(r, d, how)
    if name == "rum":
        return landline(r, fl.person(i).six)
    if name.startswith(("ohp", "sc")):  # an office's, a business's or a scam's mobile
        key = "_d" + name[:3] + index
        if key not in fl.cache:
            fl.cache[key] = (
                new_mobile(r)
                if not name.startswith("sc")
                else pick(
                    r,
                    (
                        ("0852", 2),
                        ("0813", 2),
                        ("0822", 1),
                        ("0857", 2),
                        ("0896", 2),
                        ("0838", 1),
                        ("0878", 1),
                        ("0831", 1),
                        ("0882", 1),
                        ("0859", 1),
                    ),
                )
                + digits(r, 8)
            )
        how = name[3:] if name.startswith("ohp") else name[2:]
        return write_mobile(
            r,
            fl.cache[key],
            how or pick(r, (("b", 6), ("d", 5), ("s", 4), ("t", 2), ("i", 2), ("k", 1), ("u", 1))),
        )
    if name == "oln":
        return landline(r, new_six(r))
    if name == "nik":
        return write_id(r, nik_for(r, fl.person(i).sex))
    if name == "nikb":
        return nik_for(r, fl.person(i).sex)
    if name == "kk":
        return "5371%02d%02d%02d%02d%04d" % (
            r.randint(1, 6),
            r.randint(1, 28),
            r.randint(1, 12),
            r.randint(10, 25),
            r.randint(1, 9999),
        )
    if name == "em":
        return email_for(r, fl.person(i))
    if name == "emp":
        p = fl.person(i)
        return "%s.%s@%s" % (slug(p.given)[:10], slug(p.family)[:10], pick(r, HOSTS))
    if name == "bank":
        return pick(r, BANKS)
    if name == "acc":
        return bank_account(r, resolve(fl, "bank", index))
    if name == "bpjs":
        return "000" + digits(r, 10)
    if name == "npwp":
        t = r.choice(
            (
                "04",
                "05",
                "07",
                "08",
                "09",
                "14",
                "15",
                "24",
                "25",
                "34",
                "44",
                "45",
                "54",
                "58",
                "66",
                "71",
                "75",
                "84",
            )
        )
        return "%s.%s.%s.%s-%s.000" % (
            t,
            digits(r, 3),
            digits(r, 3),
            digits(r, 1),
            "92" + r.choice("0123"),
        )
    if name == "pl":
        return vehicle_plate(r)
    if name == "rt":
        rt, rw = r.randint(1, 45), r.randint(1, 15)
        return r.choice(
            (
                "RT %03d/RW %03d" % (rt, rw),
                "RT %02d/RW %02d" % (rt, rw),
                "RT %d RW %d" % (rt, rw),
                "rt %02d rw %02d" % (rt, rw),
                "RT %02d RW %02d" % (rt, rw),
            )
        )
    if name == "rtn":
        return "RT %02d" % r.randint(1, 45)
    if name == "ad":
        return "%s No. %d" % (r.choice(HOME_STREETS), r.randint(1, 140))
    if name == "adr":
        return "%s No. %d, RT %03d/RW %03d" % (
            r.choice(HOME_STREETS),
            r.randint(1, 140),
            r.randint(1, 45),
            r.randint(1, 15),
        )
    if name == "kel":
        return r.choice(KEL)
    if name == "jl":
        return r.choice(PUBLIC_ROADS)
    if name == "pkm":
        return r.choice(PUSKESMAS)
    if name == "omail":
        return r.choice(OFFICE_MAIL)
    # look-alikes and other numbers
    if name == "tiket":
        return r.choice(("#LPR-2026-%04d-%04d", "LAPOR-5371-2026-%05d%d", "%04d-%04d-2026")) % (
            r.randint(1, 9999),
            r.randint(1, 9999),
        )
    if name == "idpel":
        return "5312" + digits(r, 8)
    if name == "samb":
        return "%02d-%02d-%06d" % (r.randint(1, 9), r.randint(1, 30), r.randint(1, 999999))
    if name == "va":
        return "8808 " + " ".join(digits(r, 4) for _ in range(3))
    if name == "token":
        return "-".join(digits(r, 4) for _ in range(5))
    if name == "tgl":
        d = fl.date + datetime.timedelta(days=r.randint(-20, 0))
        return d.strftime("%d/%m/%Y")
    if name == "tglp":
        d = fl.date + datetime.timedelta(days=r.randint(-20, 0))
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if name == "jam":
        return fl.tick()
    if name == "rp":
        return rupiah(r.choice((150, 200, 250, 300, 350, 450, 500, 750)) * 1000)
    if name == "rps":
        return rupiah(r.choice((2, 3, 5, 10, 15, 20, 25, 30)) * 1000)
    if name == "rpk":
        return rupiah(r.choice((3, 4, 5, 6, 7, 8, 10)) * 1000)
    if name == "rpt":
        return rupiah(r.choice((100, 120, 125, 150, 175, 200, 250)) * 1000)
    if name == "sec":
        return "%02d" % r.randint(5, 59)
    if name == "rpb":
        return rupiah(r.choice((600, 900, 1200, 1500, 2400, 3000)) * 1000)
    if name == "surat":
        return "%d.%d/%03d/2026" % (
            r.choice((400, 460, 470, 500, 600, 700)),
            r.randint(1, 9),
            r.randint(10, 999),
        )
    if name == "kpj":
        return digits(r, 11)
    if name == "nisn":
        return "00" + digits(r, 8)
    if name == "no":
        return str(r.randint(2, 9))
    if name == "rtno":
        return "%02d" % r.randint(1, 45)
    if name == "num":
        return str(r.randint(11, 96))
    if name == "sms":
        return "1708"
    raise SystemExit("unknown placeholder %s%s" % (name, index))


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
NOCACHE = {"jam", "num", "no", "rp", "oln"}


def choose(template: str, rng: random.Random) -> str:
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def resolve(fl: Fill, name: str, index: str) -> str:
    key = "{%s%s}" % (name, index)
    if name in NOCACHE:
        return value(fl, name, index)
    if name.isupper():
        low = "{%s%s}" % (name.lower(), index)
        if low not in fl.cache:
            fl.cache[low] = value(fl, name.lower(), index)
        up = fl.cache[low].upper()
        if name.startswith(("HP", "HQ", "OHP", "SC")):
            up = up.replace("L", "I")
        return up
    if key not in fl.cache:
        fl.cache[key] = value(fl, name, index)
    return fl.cache[key]


def fill(template: str, fl: Fill) -> str:
    return PLACEHOLDER.sub(lambda m: resolve(fl, m.group(1), m.group(2)), template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    pos = length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        val = m.group(2)
        if m.group(1) not in KINDS:
            raise SystemExit("unknown marker %r" % m.group(1))
        spans.append({"kind": KINDS[m.group(1)], "start": length, "end": length + len(val)})
        values.append(val)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, values


# ---------------------------------------------------------------- checks

NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|rt\b)")
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(keong\))")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\(titik\))")
EDGE = ".,;:!?-/'\")]}>|_•·*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted): a mobile's prefix or Kupang's 0380 8…."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-._•·\n]", seg):
        return False
    clean = re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 7:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in MOBILE_PREFIXES or (clean.startswith("03808") and len(clean) == 10)


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)


def name_title(seg: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if len(words) > 1 and words[0] in ("wa", "la"):
        return False
    return words[0] in TITLES


SHARED = {
    "ode",
    "umbu",
    "rambu",
    "lay",
    "ratu",
    "bunga",
    "kana",
    "lado",
    "maria",
    "sri",
    "tri",
    "dwi",
    "bata",
    "beda",
    "kore",
}


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or re.search(r"[ \t]\n", text) or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if re.search(r"\w [.,](\s|$)", text) or "( " in text or " )" in text:
        bad.append("a space before a full stop, a comma or a bracket")
    if re.search(r"\S  \S", text):
        bad.append("a double space")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    for s, v in zip(spans, values, strict=True):
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not (0 <= st < en <= len(text)) or seg != v:
            bad.append("bad span")
            continue
        if kind not in KINDS.values():
            bad.append("kind %r" % kind)
        if (
            seg != seg.strip()
            or seg[0] in EDGE
            or seg[-1] in EDGE
            or not seg[-1].isalnum()
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
        ):
            bad.append("edge %r" % seg)
        if st > 0 and text[st - 1].isalnum():
            bad.append("glued before %r" % seg)
        if en < len(text) and text[en].isalnum():
            bad.append("glued after %r" % seg)
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            if name_title(seg):
                bad.append("title %r" % seg)
            if "@" in seg or sum(c.isalpha() for c in seg) < 2 or any(c.isdigit() for c in seg):
                bad.append("name chars %r" % seg)
        elif kind == "phone" and not phone_ok(seg):
            bad.append("phone %r" % seg)
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if re.search(r"[^0-9OlISB .,\-\n]", seg) or d[:2] != "53" or len(d) != 16:
                bad.append("%s %r" % (kind, seg))
        elif kind == "npwp" and len(id_digits(seg)) not in (15, 16):
            bad.append("npwp %r" % seg)
        elif kind == "bpjs" and (len(id_digits(seg)) != 13 or not id_digits(seg).startswith("000")):
            bad.append("bpjs %r" % seg)
        elif kind == "bank_account" and (
            not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append("account %r" % seg)
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append("email %r" % seg)
        elif kind == "address" and (not ADDRESS_START.match(seg) or not re.search(r"\d", seg)):
            bad.append("address %r" % seg)
        elif kind == "plate" and not re.fullmatch(
            r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}", seg.upper()
        ):
            bad.append("plate %r" % seg)
    # every other occurrence of a labelled value in the same text is labelled too
    digit_pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
    joined = "".join(text[k] for k in digit_pos).translate(DIGIT_FOR)
    for s in spans:
        seg = text[s["start"] : s["end"]]
        kind = s["kind"]
        if kind == "name":
            for word in re.findall(r"[A-Za-z']{3,}", seg):
                if word.lower() in SHARED:
                    continue
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append("unlabelled name word %r" % word)
        elif kind == "email":
            local = AT_FORM.split(seg)[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in NUMERIC:
            d = id_digits(seg) if kind != "bank_account" else re.sub(r"\D", "", seg)
            cores = {d}
            if kind == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
            for core in sorted(cores):
                at = joined.find(core)
                while at != -1:
                    if not all(inside[digit_pos[k]] for k in range(at, at + len(core))):
                        bad.append("unlabelled repeat of %r" % seg)
                    at = joined.find(core, at + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/:,]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    return len(LOOKALIKE.findall(text))


MALE_WORDS = (
    r"bapak|pak|bpk|sdr|om|bapa|opa|suami|ayah|bung|nyong|bripka|aiptu|ipda|brigpol|kaka nona"
)
FEMALE_WORDS = r"ibu|bu|ny|sdri|mama|tanta|oma|nona|istri|bidan|usi|mbak"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s)\.?\s*,?\s+(?:\[\[n:)?\{[A-Za-z]+(\d+)\}"
    % "|".join((MALE_WORDS, FEMALE_WORDS))
)
MALE_SET = set(MALE_WORDS.split("|"))
TEMPLATES: list[tuple[str, str, str, dict[str, object]]] = []


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    fills: int = FILLS,
) -> None:
    """Register a template: its style, theme, text, its women (F) and men (M), and who shares
    the family name of whom (fam: member -> head)."""
    TEMPLATES.append(
        (style, theme, text.strip("\n"), {"F": F, "M": M, "fam": fam or {}, "fills": fills})
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
    both = (auto["M"] | set(base["M"])) & (auto["F"] | set(base["F"]))
    if both:
        raise SystemExit("a person given both sexes: %s\n%s" % (sorted(both), chosen[:300]))
    bare = PLACEHOLDER.sub(" ", MARKER.sub(lambda m: " " + m.group(2) + " ", chosen))
    return {
        "F": set(base["F"]) | auto["F"],
        "M": set(base["M"]) | auto["M"],
        "fam": base["fam"],
        "avoid": {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)},
    }


def build(only: str = "") -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, base) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        if only and style != only:
            continue
        made = tries = 0
        last: list[str] = []
        while made < base["fills"]:
            tries += 1
            if tries > 600:
                raise SystemExit(
                    "template %d (%s/%s) keeps failing: %s\n%s"
                    % (number, style, theme, last, template[:400])
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            text, spans, values = extract(fill(chosen, fl))
            last = problems(text, spans, values)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append(
                    "a text without spans needs %d look-alikes (%d)"
                    % (FLOORS["lookalikes"], lookalikes(text))
                )
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


# ---------------------------------------------------------------- report


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
    if kind == "name":
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        if re.search(r"\s@|@\s|\(at\)|\(keong\)|\(titik\)", seg):
            return "written to dodge scrapers"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone" if re.search(r"(?i)rw", seg) else "RT alone"
        return "street with RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-]", seg) else "one block"
    if kind == "phone":
        if re.search(r"[OlISB]", seg):
            return "letters for digits"
        if seg.startswith(("+62", "(+62)")):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.startswith("(0380)"):
            return "Kupang landline, area code in brackets"
        if seg.startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•·]", seg):
            return "underscores, bullets or middle dots"
        if "." in seg:
            return "dots"
        if "-" in seg:
            return "dashes"
        if " " in seg:
            return "spaces"
        return "one block"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(r: dict[str, object], pattern: str) -> list[re.Match[str]]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return [m for m in re.finditer(pattern, r["text"]) if not any(inside[m.start() : m.end()])]


RUN = r"[+(]?\d[\d .\-()_•·]{3,}\d|\d{4,}"
PHONE_RUN = r"(?:\(\+62\) |\+62 ?|\(0380\)[ -]?)?[0-9OlSB][0-9OlSB .\-_•·]{6,}[0-9]"


def phone_shaped(records: list[dict[str, object]]) -> int:
    n = 0
    for r in records:
        for m in unlabelled(r, PHONE_RUN):
            g = m.group().strip()
            if phone_ok(g) and not re.search(r"[A-Za-z]{2}", g):
                n += 1
    return n


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
    print("without spans %d (%.1f %%)" % (empty, 100 * empty / max(1, len(records))))
    per_t = Counter((t[0], bool(MARKER.search(t[2]))) for t in TEMPLATES)
    print(
        "templates per style (with spans, without):",
        {s: (per_t[s, True], per_t[s, False]) for s in STYLES},
    )
    lengths = [len(r["text"]) for r in records] or [0]
    print(
        "length of a text: %d to %d characters (%d on average)"
        % (min(lengths), max(lengths), sum(lengths) / len(lengths))
    )
    print()
    table(records, "style", STYLES)
    print()
    table(records, "theme", THEMES)
    per = Counter(s["kind"] for r in records for s in r["spans"])
    print()
    print("spans per kind:", ", ".join("%s %d" % kv for kv in per.most_common()))
    for kind in sorted(KINDS.values()):
        c = Counter(
            writing(kind, r["text"][s["start"] : s["end"]])
            for r in records
            for s in r["spans"]
            if s["kind"] == kind
        )
        print("%s writings:" % kind, ", ".join("%s %d" % kv for kv in sorted(c.items())))
    ats = sum(len(unlabelled(r, r"\S*@\S*")) for r in records)
    print("unlabelled phone-shaped numbers (a mobile or a Kupang line):", phone_shaped(records))
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        for m in unlabelled(r, RUN + r"|\S*@\S*"):
            before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
            print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
    for r in random.Random(seed).sample(records, min(count, len(records))):
        text = r["text"]
        out = []
        pos = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            out.append(text[pos : s["start"]])
            out.append("⟦%s|%s⟧" % (s["kind"], text[s["start"] : s["end"]]))
            pos = s["end"]
        out.append(text[pos:])
        print("=== %s %s/%s" % (r["id"], r["style"], r["theme"]))
        print("".join(out))
        print()


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert FLOORS["empty_min"] * len(records) <= empty <= FLOORS["empty_max"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("name", "phone", "nik", "email", "bank_account"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert phone_shaped(records) >= FLOORS["phone_unlabelled"], phone_shaped(records)
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)
    for r in records:
        if not r["spans"]:
            assert lookalikes(r["text"]) >= FLOORS["lookalikes"], r["id"]


def main() -> None:
    only = sys.argv[sys.argv.index("--style") + 1] if "--style" in sys.argv else ""
    records = build(only)
    if not only:
        check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if "--dry" not in sys.argv and not only:
        OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())
    if "--review" in sys.argv:
        review(records)
    if "--show" in sys.argv:
        k = sys.argv.index("--show")
        count = int(sys.argv[k + 1])
        seed = int(sys.argv[k + 2]) if len(sys.argv) > k + 2 and sys.argv[k + 2].isdigit() else 1
        show(records, count, seed)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate. «a¦b» draws one branch.
# Person i: {n1} full name, {g1} the name people call them, {f1} family name, {ln1}/{lg1} lower
# case, {c1} as a phone saved it, {N1} capitals; {hp1} mobile in any writing (hpb block, hpd
# dashes, hps spaces, hpt dots, hpi +62, hpk 62, hpo letters for digits, hpu underscores or
# bullets), {hq1} a second mobile, {rum1} home line; {ohp1} an office's, a service's or a
# business's mobile (same suffixes), {sc1} a scam's mobile, {oln} an office's fixed line.


# ---- sms_caps: SMS to 1708 in capitals, the gateway's header giving the sender's number
T(
    "sms_caps",
    "water",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG AIR PDAM SDH «2 MGG¦10 HARI¦SEBULAN» TDK JALAN DI [[a:{RT1}]] KEL {KEL}. SY SDH TLP «KANTOR PDAM¦HOTLINE PDAM¦CALL CENTER PDAM» {oln} TAPI TDK ADA YG ANGKAT. «MOHON HUB SY DI¦TLG HUB BALIK KE NO SY» [[p:{hpd1}]]. TRIMS. [[n:{N1}]]
""",
)
T(
    "sms_caps",
    "scam",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpi1}]]
KOTKUPANG SY DPT SMS DR {SC1} KATANYA SY MENANG UNDIAN «PLN¦BANK NTT¦TELKOMSEL» {RPB} DAN DISURUH TLP {SC2} UTK KLAIM. APA BENAR? «KLO MAU KONFIRMASI HUB SY¦NO SY YG AKTIF» [[p:{hpb1}]] AN [[n:{N1}]]
""",
)
T(
    "sms_caps",
    "roads",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG JALAN DI {JL} DEPAN «SD¦GEREJA¦KIOS» RUSAK BERAT, SDH 3 ORG JATUH MOTOR. SY SDH LAPOR KE DINAS PUPR «{oln}¦LEWAT WA {OHP1}» BLM ADA TINDAK LANJUT. SAKSI MATA TETANGGA SY BPK [[n:{N2}]] HP [[p:{HPS2}]]. DARI [[n:{N1}]] [[a:{RT1}]]
""",
)
T(
    "sms_caps",
    "civil_registry",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG KTP EL SY BLM JADI SDH 4 BLN. NIK [[nik:{nikb1}]]. WA DUKCAPIL {OHPD1} «TDK BALAS¦CUMA CENTANG 1¦DIBACA SAJA». «KLO ADA INFO TLG HUB NO SY YG LAIN¦NO LAIN SY» [[p:{HQO1}]] «ATAU¦/» [[p:{hpb1}]]. [[n:{N1}]]
""",
)
T(
    "sms_caps",
    "social_aid",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG SY «JANDA LANSIA¦IBU RUMAH TANGGA» TDK DPT «BLT¦BPNT¦PKH» LG «TAHUN INI¦BULAN INI». PENDAMPING «NO¦HP» {OHP1} TDK MAU ANGKAT. MOHON DIBANTU. ANAK SY [[n:{N2}]] BISA DIHUB DI [[p:{HPS2}]]. [[n:{N1}]] [[a:{RT1}]]
""",
    fam={2: 1},
    F=(1,),
)
T(
    "sms_caps",
    "transport",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG «BEMO¦OJEK¦PICK UP» PLAT [[pl:{PL1}]] UGAL2AN DI {JL} HAMPIR TABRAK ANAK SY. SY SDH TLP «POLSEK¦SPKT POLRESTA» {oln} «DAN¦TAPI» DISURUH LAPOR KE DISHUB. SOPIRNYA NAMA [[n:{N2}]] NOMORNYA [[p:{hpd2}]], SY DPT DR «TEMANNYA¦PANGKALAN». [[n:{N1}]]
""",
    M=(2,),
)
T(
    "sms_caps",
    "waste",
    """
SMS 1708 | {tgl} {jam} | pengirim disembunyikan
KOTKUPANG SAMPAH DI TPS {JL} SDH «5¦6¦8» HARI TDK DIANGKUT. TLP DLHK {oln} SIBUK TERUS, WA {OHP1} JUGA TDK BALAS. LAPORAN SEBELUMNYA TIKET {TIKET}.
""",
)
T(
    "sms_caps",
    "scam",
    """
SMS 1708 | {tgl} {jam} | nomor disamarkan admin
KOTKUPANG ADA SMS DR {SC1} BILANG SY MENANG UNDIAN {RPB}, SY DISURUH TLP {SC2} «UTK KLAIM¦DAN TRANSFER {RP} DULU». APA BENAR? NOMOR {SC3} JUGA TLP SY NGAKU DR «BANK NTT¦KANTOR POS».
""",
)
T(
    "sms_caps",
    "electricity",
    """
SMS 1708 | {tgl} {jam} | pengirim disembunyikan
KOTKUPANG LISTRIK PADAM «3 HARI BERTURUT¦TIAP MALAM» DI KEL {KEL}. SDH TLP PLN 123 DAN WA PLN {OHP1}, TIKET {TIKET}. ID PEL {IDPEL}. TLP KANTOR PLN {oln} TDK ANGKAT.
""",
)

# ---- wa_chat: one-to-one WhatsApp chats, exported
T(
    "wa_chat",
    "water",
    """
[{tgl} {jam}] [[n:{c1}]]: Kaka, «air tangki¦tangki air» di mana yg murah?
[{tgl} {jam}] [[n:{c2}]]: Depot di {jl} tu nomornya {ohp1}, tapi dong mahal. Lebe bae Om [[n:{g3}]] ada tangki, nomornya [[p:{hp3}]]
[{tgl} {jam}] [[n:{c1}]]: Ok. Beta su telpon PDAM {oln} sonde angkat
[{tgl} {jam}] [[n:{c2}]]: Kalo Om [[n:{g3}]] sonde angkat, telpon dia pung anak [[n:{g4}]] di [[p:{hps4}]]
""",
)
T(
    "wa_chat",
    "roads",
    """
[{tgl} {jam}] [[n:{c1}]]: Selamat siang Admin. Beta mau lapor lampu jalan di {jl} mati su 2 minggu.
[{tgl} {jam}] Admin UPP Kota Kupang: Baik kak, mohon sebutkan nama dan nomor yg bisa dihubungi petugas.
[{tgl} {jam}] [[n:{c1}]]: Beta [[n:{n1}]], nomor [[p:{hp1}]]. Kalo sonde aktif, hubungi beta pung «adik¦kaka¦ipar» di [[p:{hp2}]]
[{tgl} {jam}] Admin UPP Kota Kupang: Terima kasih. Laporan kami teruskan ke Dinas PUPR, nomor tiket {tiket}. Info lanjut bisa ke {oln}.
""",
)
T(
    "wa_chat",
    "scam",
    """
[{tgl} {jam}] [[n:{c1}]]: Mama, tadi ada yg telpon pake nomor {sc1} ngaku petugas «Dinas Sosial¦Dukcapil¦BPJS». Dia minta kode OTP.
[{tgl} {jam}] [[n:{c2}]]: Jang kasi! Itu tipu. Kalo mau tanya, telpon «kantor lurah¦kelurahan» {oln} ko
[{tgl} {jam}] [[n:{c1}]]: Iya ma. Tapi dia tau beta pung nomor [[p:{hp1}]] deng mama pung nomor [[p:{hps2}]] dari mana?
[{tgl} {jam}] [[n:{c2}]]: Sonde tau. Nanti mama lapor ke WA Unit Pengaduan {ohp1}
""",
    F=(2,),
    fam={1: 2},
)
T(
    "wa_chat",
    "neighbours",
    """
[{tgl} {jam}] [[n:{c1}]]: Pak RT, tetangga sebelah, [[n:{n2}]], bakar sampah tiap sore, asap masuk rumah sa di [[a:{ad1}]].
[{tgl} {jam}] [[n:{c3}]]: Sonde bisa tegur langsung ko? Beta su tegur sekali.
[{tgl} {jam}] [[n:{c1}]]: Su, dia marah. Ini dia pung nomor [[p:{hp2}]], bapa RT coba telpon. Kalo lapor ke DLHK, nomor pengaduan dong {ohpd1} ko?
[{tgl} {jam}] [[n:{c3}]]: Iya, atau Satpol PP {oln}. Nanti beta telpon dia.
""",
    M=(3,),
)
T(
    "wa_chat",
    "health",
    """
[{tgl} {jam}] [[n:{c1}]]: Bidan, anak sa panas tinggi dari semalam. Puskesmas {pkm} pung nomor {oln} sonde angkat.
[{tgl} {jam}] [[n:{c2}]]: Bawa ke IGD saja mama. Kalo mau tanya dulu, telpon dokter jaga, dr. [[n:{n3}]], di nomor pribadinya [[p:{hp3}]]. Nomor puskesmas malam sonde ada yg jaga.
[{tgl} {jam}] [[n:{c1}]]: Bae bidan. Kalo beta sonde bisa dihubungi, ini nomor bapanya [[p:{hpd4}]]
""",
    F=(1, 2),
    M=(4,),
)
T(
    "wa_chat",
    "social_aid",
    """
[{tgl} {jam}] [[n:{c1}]]: Kaka, uang PIP «adik¦ade» su masuk ko?
[{tgl} {jam}] [[n:{c2}]]: Belum. Kalo su masuk, kirim ke rekening beta saja, {bank2} [[b:{acc2}]] a.n. [[n:{n2}]]. Nanti konfirmasi ke WA beta [[p:{hp2}]]
[{tgl} {jam}] [[n:{c1}]]: Ok. Sekolah pung nomor {ohp1} sonde balas, jadi beta tanya kaka
[{tgl} {jam}] [[n:{c2}]]: Tanya Ibu [[n:{g3}]] wali kelas sa, dia pung nomor [[p:{hpb3}]]
""",
    fam={2: 1},
)
T(
    "wa_chat",
    "water",
    """
[{tgl} {jam}] Admin Kelurahan {kel}: Info distribusi air PDAM hari ini jam 16.00 s/d 20.00. Gangguan hubungi {oln} / WA {ohp1}.
[{tgl} {jam}] mama: Di sini sonde jalan dari minggu lalu, nomor {ohp1} sonde angkat
[{tgl} {jam}] Admin Kelurahan {kel}: Silakan lapor ke WA PDAM {ohp2}, sebut nomor sambungan {samb}.
""",
)
T(
    "wa_chat",
    "scam",
    """
[{tgl} {jam}] grup warga: Hati-hati nomor {sc1} dan {sc2} ngaku dari «Bank NTT¦BRI¦kantor pos», minta kode OTP.
[{tgl} {jam}] mama: Sa ju dapat dari {sc3} kemarin, langsung blok
[{tgl} {jam}] grup warga: Bank pung nomor resmi {oln}. Call center 14006. Jang layani nomor {sc1}.
""",
)
T(
    "wa_chat",
    "transport",
    """
[{tgl} {jam}] bapa: Travel ke «Soe¦Atambua¦Kefa» besok jam 06.00, hub travel {ohp1} atau {ohp2}, ongkos «Rp 75.000¦Rp 80.000¦Rp 100.000»
[{tgl} {jam}] mama: Kalo travel lain, Timor Express {oln}
[{tgl} {jam}] bapa: Ok, kode booking {num}{num}{num}
""",
)

# ---- wa_group: residents' and RT groups, forwarded warnings
T(
    "wa_group",
    "scam",
    """
*Diteruskan*
WASPADA PENIPUAN! Ada yg WA dari nomor {sc1} ngaku petugas «PKH¦Dinas Sosial¦Dukcapil», minta transfer {rp} untuk «pencairan bansos¦cetak KTP». Nomor lain yg dipakai: {sc2}. Jangan layani!
Info resmi «Dinsos¦Dukcapil»: {oln}.
Dari: [[n:{n1}]] ([[p:{hp1}]]), warga [[a:{rt1}]]
""",
)
T(
    "wa_group",
    "social_aid",
    """
[{tgl} {jam}] Admin RT {rtno}: Bapa mama, besok pengambilan sembako jam 09.00 di kantor lurah. Info kantor lurah {oln}.
[{tgl} {jam}] [[n:{c1}]]: Sa sonde bisa datang, beta titip ke [[n:{g2}]] boleh? Dia pung nomor [[p:{hp2}]]
[{tgl} {jam}] [[n:{c3}]]: Sa ju titip ke dia. Sa pung nomor baru [[p:{hp3}]], yg lama [[p:{hqs3}]] su hilang
[{tgl} {jam}] Admin RT {rtno}: Bae. Yg sonde bisa datang hubungi TKSK {ohp1}.
""",
)
T(
    "wa_group",
    "water",
    """
[{tgl} {jam}] [[n:{c1}]]: Air PDAM mati lagi di [[a:{rtn1}]]. Su telpon «hotline PDAM¦call center PDAM» {oln} sonde angkat
[{tgl} {jam}] [[n:{c2}]]: Sama. Yg jual air tangki, Bapa [[n:{g3}]], «HP¦WA» [[p:{hpt3}]], Rp 100 ribu satu tangki
[{tgl} {jam}] [[n:{c4}]]: Depot {kel} ju ada, {ohp1}, tapi airnya kuning
[{tgl} {jam}] [[n:{c1}]]: Tks. Bapa [[n:{g3}]] tu beta pung om, sonde usah bayar 😁
""",
)
T(
    "wa_group",
    "health",
    """
Dari: [[n:{n1}]] ([[p:{hp1}]])
*POSYANDU {KEL}*
Bapa mama, imunisasi dan timbang balita hari {tglp} jam 08.00 di halaman gereja. Bawa buku KIA.
Info: kader posyandu {ohp1}. Puskesmas {pkm} {oln}.
""",
)
T(
    "wa_group",
    "neighbours",
    """
[{tgl} {jam}] [[n:{c1}]]: Selamat malam. Ada yg temu dompet warna hitam di depan kios? Isi KTP sa pung «suami¦bapa», [[n:{n2}]]. Yg temu mohon hub [[p:{hp1}]] ([[n:{g1}]])
[{tgl} {jam}] [[n:{c3}]]: Coba lapor Polsek ju, SPKT {ohp1}
[{tgl} {jam}] [[n:{c4}]]: Tadi sa liat anak muda pung motor [[pl:{pl1}]] berhenti situ
[{tgl} {jam}] [[n:{c1}]]: Makasih. Kalo sa sonde angkat, telpon [[n:{g2}]] pung nomor [[p:{hpb2}]]
""",
    F=(1,),
    M=(2,),
)
T(
    "wa_group",
    "electricity",
    """
[{tgl} {jam}] [[n:{c1}]]: Lampu padam lagi. Su telpon PLN 123, tiket {tiket}
[{tgl} {jam}] [[n:{c2}]]: Sa pung tetangga Om [[n:{g3}]] kerja di PLN, nomornya [[p:{hp3}]], tanya dia sa
[{tgl} {jam}] [[n:{c4}]]: Jang kasi nomor orang di grup ko. Lapor saja lewat WA PLN {ohp1}
[{tgl} {jam}] [[n:{c2}]]: Su dia izin. Atau kantor PLN {oln}
""",
)
T(
    "wa_group",
    "health",
    """
*INFO FOGGING KEL. {KEL}*
Jadwal: RT 01–RT 06 hari Senin jam 07.00, RT 07–RT 12 hari Rabu. Kontak Puskesmas {pkm}: {oln} / WA {ohp1}.
Laporan kasus DBD: WA {ohp2}. No. surat {surat}.
""",
)
T(
    "wa_group",
    "scam",
    """
*Diteruskan berkali-kali*
Daftar nomor yg mengaku petugas bansos:
1. {sc1} - minta pulsa
2. {sc2} - minta kode OTP
3. {sc3} - minta transfer {rp}
Lapor ke WA Saber Pungli {ohp1} atau Polresta {oln}.
""",
)
T(
    "wa_group",
    "waste",
    """
[{tgl} {jam}] Admin RT {rtno}: Iuran sampah bulan ini {rps}. Transfer ke rekening RT atau bayar tunai. Truk DLHK datang jam 06.00.
[{tgl} {jam}] Admin RT {rtno}: Pengaduan sampah DLHK {oln} atau WA {ohp1}. Nomor lama {ohp2} sonde aktif lagi.
""",
)

# ---- fb_comments: a post and its comments
T(
    "fb_comments",
    "roads",
    """
Info Kupang Terkini
{tgl} · Jalan berlubang di {jl} makin parah. Warga bisa lapor ke SMS 1708 atau WA Pengaduan PUPR {ohp1}.
Komentar:
[[n:{c1}]]: Sudah lapor dari bulan lalu, tiket {tiket}, belum ada yg datang.
[[n:{c2}]]: Sa pung rumah dekat situ, [[a:{ad2}]]. Kalo petugas mau cek, hubungi sa [[p:{hp2}]]
[[n:{c3}]]: Telpon PUPR {oln} juga sonde angkat 😡
""",
)
T(
    "fb_comments",
    "police",
    """
[[n:{n1}]] ▸ Jual Beli Kupang
DICARI dompet hilang di sekitar Pasar {kel}, berisi KTP a.n. [[n:{N1}]] dan STNK motor [[pl:{pl1}]]. Yang menemukan mohon hub [[p:{hp1}]] atau «istri¦suami¦adik» sa [[p:{hpd2}]]. Imbalan {rp}.
Komentar:
[[n:{c3}]]: Lapor Polsek juga kaka, SPKT {ohp1}
[[n:{c4}]]: Sudah di-share kaka 🙏
""",
)
T(
    "fb_comments",
    "market",
    """
[[n:{n1}]] ▸ Pasar Online Kupang
Dijual «motor Vario bekas, harga Rp 12 jt¦kulkas 2 pintu bekas, harga Rp 2.400.000¦kompor gas 2 tungku, harga Rp 350.000», nego. Hub [[p:{hp1}]] ([[n:{g1}]]).
Komentar:
Kios Barang Bekas Oebufu: Kami juga terima titip jual kak, WA {ohp1}
[[n:{c2}]]: Masih ada? Sa WA ke [[p:{hp2}]] e, tolong balas
[[n:{c1}]]: Masih kaka, sa balas di WA
""",
)
T(
    "fb_comments",
    "scam",
    """
Polresta Kupang Kota
1 hr · WASPADA! Modus telepon mengaku petugas «Dukcapil¦BPJS¦PLN» minta transfer. Contoh nomor yang dilaporkan: {sc1}, {sc2}. Laporan: WA SPKT {ohp1}.
Komentar:
[[n:{c1}]]: Sa ju dapat dari nomor {sc3} minggu lalu, langsung blok
[[n:{c2}]]: Sa korban {rp}. Info dari sa, bisa konfirmasi ke [[p:{hp2}]]
""",
)
T(
    "fb_comments",
    "health",
    """
RSUD S.K. Lerik
2 hr · Pendaftaran poli rawat jalan lewat WhatsApp {ohp1}, Senin–Jumat 07.30–12.00.
Komentar:
[[n:{c1}]]: Nomor itu sonde balas dari {tgl}. Sa pung mama, Oma [[n:{g2}]], su daftar. Kalo admin baca, hubungi sa [[p:{hp1}]]
[[n:{c3}]]: Telpon IGD {oln} saja kak
""",
    F=(2,),
)
T(
    "fb_comments",
    "school",
    """
Info PPDB Kota Kupang
3 hr · Pengumuman zonasi SMP. Sanggahan ke WA {ohp1} atau email ppdb.kotakupang@gmail.com.
Komentar:
[[n:{c1}]]: Anak sa, [[n:{g2}]], rumah cuma 300 m dari sekolah tapi sonde lolos. Tata usaha {oln} bilang tunggu. Nomor sa [[p:{hp1}]]
[[n:{c3}]]: Sama kaka. Sa ju su WA ke {ohp1} tapi sonde dibalas
""",
)
T(
    "fb_comments",
    "water",
    """
PDAM Tirta Lontar Kota Kupang
{tgl} · Jadwal distribusi air Kel. {kel}: RT 01–RT 10 hari Selasa, RT 11–RT 20 hari Kamis. Gangguan: {oln} / WA {ohp1}.
Komentar:
kupang_bersuara: Nomor {ohp1} sonde pernah balas min
kupangviral: Telpon {oln} ju sibuk terus, sampe jam 21.00
""",
)
T(
    "fb_comments",
    "scam",
    """
Dukcapil Kota Kupang
1 hr · HATI-HATI penipuan mengatasnamakan Dukcapil lewat nomor {sc1} dan {sc2}. Layanan resmi hanya lewat WA {ohp1} dan loket (0380) 826 {num}{num}.
Komentar:
mamamuda_kupang: Sa dapat dari {sc3}, minta {rp} untuk KTP
""",
)
T(
    "fb_comments",
    "market",
    """
UPTD Pasar Kota Kupang
{tgl} · Retribusi los pasar {rps}/hari. Pembayaran lewat VA {va}. Pengaduan pedagang WA {ohp1}, kantor {oln}.
Komentar:
pedagang_oeba: VA {va} error terus
""",
)

# ---- email: mails to the unit and its offices
T(
    "email",
    "water",
    """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Unit Pengaduan Kota Kupang <pengaduan@kupangkota.go.id>
Subject: Air PDAM tidak mengalir

Dengan hormat,
Saya [[n:{n1}]], pelanggan PDAM nomor sambungan {samb}, tinggal di [[a:{adr1}]], Kel. {kel}. Sejak {tglp} air tidak mengalir. Saya sudah menghubungi call center PDAM di {oln} dan WA {ohp1}, tetapi tidak ada jawaban.
Mohon petugas menghubungi saya di [[p:{hp1}]] atau telepon rumah [[p:{rum1}]].
Hormat saya,
[[n:{n1}]]
""",
)
T(
    "email",
    "school",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Dinas Pendidikan Kota Kupang <disdik.kotakupang@gmail.com>
Subject: Dana PIP anak belum cair

Selamat siang Bapak/Ibu,
Anak saya [[n:{n2}]] (NISN {nisn}) terdaftar penerima PIP, tetapi dana belum masuk ke rekening {bank2} [[b:{acc2}]] a.n. [[n:{n2}]]. Tata usaha sekolah ({oln}) menyuruh saya bertanya ke dinas.
Wali kelasnya, Ibu [[n:{n3}]], juga sudah mencoba menghubungi operator sekolah di {ohp1} tetapi tidak dibalas. Nomor Ibu [[n:{g3}]]: [[p:{hp3}]]. Nomor saya: [[p:{hpd1}]].
Terima kasih,
[[n:{n1}]]
""",
    fam={2: 1},
)
T(
    "email",
    "civil_registry",
    """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Disdukcapil Kota Kupang <dukcapil.kotakupang@gmail.com>
Subject: Perbaikan KK

Yth. Petugas,
Nama istri saya, [[n:{n2}]], tertulis salah di KK nomor [[kk:{kk1}]]. NIK istri saya [[nik:{nik2}]]. Saya sudah datang ke loket pada {tglp} dan disuruh mengirim email.
Saya juga sudah menelepon Dukcapil {oln} berkali-kali. Bila perlu, hubungi saya di [[p:{hp1}]] atau istri saya di [[p:{hps2}]].
Salam,
[[n:{n1}]]
""",
    F=(2,),
    M=(1,),
)
T(
    "email",
    "social_aid",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Dinas Sosial Kota Kupang <dinsos.kotakupang@gmail.com>
Subject: Nama ibu saya hilang dari daftar BPNT

Yth. Bapak/Ibu,
Ibu saya, [[n:{n2}]], NIK [[nik:{nik2}]], lansia warga [[a:{rt2}]] Kel. {kel}, tidak lagi menerima BPNT sejak {tglp}. Pendamping kelurahan tidak bisa dihubungi di {ohp1}.
Ibu saya tidak punya HP. Mohon kabar lewat saya di [[p:{hp1}]] atau tetangga kami, Bapak [[n:{n3}]], di [[p:{hp3}]].
Hormat kami,
[[n:{n1}]]
""",
    fam={1: 2},
    F=(2,),
)
T(
    "email",
    "health",
    """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Kartu JKN ditolak

Selamat pagi,
Anak saya ditolak di IGD karena kartu JKN [[bpjs:{bpjs2}]] dikatakan tidak aktif. Saya sudah menelepon BPJS Kesehatan Care Center 165 dan kantor cabang {oln}.
Mohon dicek. Saya bisa dihubungi di [[p:{hpi1}]]. Nomor klinik tempat kami berobat, {ohp1}, bukan nomor saya.
[[n:{n1}]]
""",
)
T(
    "email",
    "neighbours",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Kantor Kelurahan {kel} <kelurahan.kotakupang@gmail.com>
Subject: Sengketa batas pagar

Yth. Bapak Lurah,
Saya tinggal di [[a:{ad1}]]. Tetangga saya, Bapak [[n:{n2}]], membangun pagar masuk ke tanah kami. Kami sudah coba bicara baik-baik.
Kantor kelurahan ({oln}) meminta saya menulis. Nomor saya [[p:{hp1}]]. Nomor Bapak [[n:{g2}]] [[p:{hpd2}]], bila kelurahan ingin memanggil kami berdua.
Terima kasih.
[[n:{n1}]]
""",
)
T(
    "email",
    "electricity",
    """
From: PLN UP3 Kupang <noreply@pln.co.id>
To: pelanggan
Subject: Pemeliharaan jaringan

Pelanggan Yth., akan ada pemadaman pada {tglp} pukul 09.00–15.00 untuk pemeliharaan jaringan. ID pelanggan {idpel}. Informasi: PLN 123 atau WA {ohp1}. Kantor UP3 {oln}.
""",
)
T(
    "email",
    "market",
    """
From: UPTD Pasar Oeba <uptd.pasaroeba@gmail.com>
To: Paguyuban Pedagang <paguyuban.oeba@gmail.com>
Subject: Jadwal penataan los

Kepada pedagang, penataan los dilaksanakan {tglp} jam 07.00. Retribusi {rps} per hari dibayar lewat VA {va}. Kontak: {oln} / WA {ohp1}. No. surat {surat}.
""",
)
T(
    "email",
    "health",
    """
From: Dinas Kesehatan Kota Kupang <dinkes.kotakupang@gmail.com>
To: Puskesmas {pkm} <pkm.kotakupang@gmail.com>
Subject: Laporan kasus DBD

Mohon kirim laporan mingguan paling lambat {tglp}. Hubungi Seksi P2P {oln} atau WA {ohp1}. Surat {surat}.
""",
)

# ---- long_complaint: long complaints through LAPOR! and the web form
T(
    "long_complaint",
    "water",
    """
Kepada Yth. Unit Pengaduan Kota Kupang,
Saya [[n:{n1}]], warga [[a:{rt1}]] Kel. {kel}. Sudah «tiga minggu¦satu bulan» air PDAM tidak mengalir ke rumah kami. Saya sudah menelepon kantor PDAM {oln} «empat kali¦berkali-kali», katanya sedang perbaikan pipa. WA pengaduan PDAM {ohp1} hanya membalas otomatis.
Kami terpaksa beli air tangki dari Bapak [[n:{n2}]] ([[p:{hp2}]]) seharga {rpt} per tangki. Tetangga kami, Ibu [[n:{n3}]], yang punya anak kecil, juga sama; nomornya [[p:{hpd3}]] kalau petugas mau konfirmasi.
Mohon tindak lanjut. Nomor saya [[p:{hp1}]].
""",
)
T(
    "long_complaint",
    "scam",
    """
Saya mau melaporkan penipuan. Pada {tglp} saya ditelepon nomor {sc1} yang mengaku petugas «Dinas Sosial¦PKH». Katanya saya dapat bantuan {rpb} asal transfer biaya administrasi {rp} ke rekening {bank2} [[b:{acc2}]] a.n. [[n:{n2}]]. Setelah transfer, nomor {sc1} tidak aktif.
Saya sudah lapor ke SPKT Polresta {oln}. Di sana petugas bilang nomor {sc2} juga dipakai orang yang sama. Mohon nomor rekening itu diblokir.
Pelapor: [[n:{n1}]], HP [[p:{hp1}]], NIK [[nik:{nik1}]].
""",
)
T(
    "long_complaint",
    "neighbours",
    """
Laporan gangguan ketertiban.
Tetangga saya, [[n:{n2}]], di [[a:{ad2}]], setiap malam memutar musik keras sampai jam 02.00. Ketua RT sudah menegur. Saya sudah menelepon Satpol PP {oln} dan WA Bhabinkamtibmas {ohp1}, tetapi belum ada yang datang.
Saya [[n:{n1}]], tinggal di [[a:{ad1}]]. HP saya [[p:{hpd1}]]; kalau tidak aktif, telepon rumah [[p:{rum1}]]. Ketua RT kami, Bapak [[n:{n3}]], bisa dihubungi di [[p:{hp3}]].
""",
)
T(
    "long_complaint",
    "health",
    """
Kronologi pelayanan di Puskesmas {pkm}.
Pada {tglp} jam 08.00 saya mengantar ayah saya, Bapak [[n:{n2}]] (kartu JKN [[bpjs:{bpjs2}]]), yang sesak napas. Loket tutup sampai jam 10.00. Telepon puskesmas {oln} tidak diangkat, WA pendaftaran {ohp1} tidak dibalas.
Akhirnya perawat jaga, Ibu [[n:{n3}]], membantu; beliau memberi nomor pribadinya [[p:{hp3}]] untuk kontrol. Kami berterima kasih kepada beliau, tetapi pelayanan loket harus diperbaiki.
Pelapor [[n:{n1}]], HP [[p:{hp1}]], email [[e:{em1}]].
""",
    fam={1: 2},
    M=(2,),
)
T(
    "long_complaint",
    "civil_registry",
    """
Saya [[n:{n1}]], NIK [[nik:{nik1}]]. Akta kelahiran anak saya [[n:{n2}]] sudah «tiga¦empat» bulan belum selesai. Tanda terima nomor {tiket}.
Saya sudah menelepon Dukcapil {oln} dan WA pengaduan Dukcapil {ohp1}. Yang membalas hanya mengaku petugas tetapi nomornya {sc1}, minta {rp} untuk percepatan. Saya tidak bayar.
Mohon dibantu. Hubungi saya di [[p:{hp1}]] atau nomor kedua saya [[p:{hqs1}]].
""",
    fam={2: 1},
)
T(
    "long_complaint",
    "roads",
    """
Kepada Yth. Dinas PUPR Kota Kupang,
Saluran di depan rumah kami di [[a:{adr1}]] tersumbat sejak musim hujan. Air meluap masuk ke rumah saya dan rumah Bapak [[n:{n2}]]. Saya sudah melapor lewat SMS 1708 (tiket {tiket}) dan menelepon Seksi Drainase {oln}.
Pekerja kontraktor yang datang, Bapak [[n:{n3}]], memberi nomornya [[p:{hpd3}]] tetapi sekarang tidak aktif. Mohon petugas menghubungi saya, [[n:{n1}]], di [[p:{hp1}]].
""",
)
T(
    "long_complaint",
    "waste",
    """
Laporan warga tentang TPS liar di {jl}. Sampah menumpuk sejak {tglp}, bau sampai ke sekolah. Retribusi sampah {rps} tetap ditagih. Sudah lapor ke DLHK {oln}, WA DLHK {ohp1} dan SMS 1708 (tiket {tiket}). Petugas bilang truk rusak. Mohon segera diangkut.
""",
)
T(
    "long_complaint",
    "transport",
    """
Keluhan angkutan kota jalur «5¦10¦3». Bemo tidak masuk sampai terminal, penumpang diturunkan di {jl}. Tarif naik jadi {rpk} tanpa pengumuman. Sudah telepon Dishub {oln} dan WA keluhan angkot {ohp1}, belum ada jawaban. Nomor laporan {tiket}.
""",
)
T(
    "long_complaint",
    "electricity",
    """
Tagihan listrik pascabayar kami naik dari Rp 2{num}.000 menjadi {rpb} bulan ini tanpa pemakaian tambahan. ID pelanggan {idpel}. Sudah ke kantor PLN {oln} dan lapor PLN 123 (tiket {tiket}). Petugas menyarankan hubungi WA {ohp1}. Mohon dicek meteran.
""",
)

# ---- unit_reply: the unit's and offices' replies, repeating the reporter's number and giving their own
T(
    "unit_reply",
    "water",
    """
Yth. Bapak/Ibu [[n:{n1}]],
Laporan Anda dari nomor [[p:{hpk1}]] tanggal {tglp} (tiket {tiket}) tentang air PDAM di [[a:{rt1}]] sudah kami teruskan ke Perumda Air Minum Tirta Lontar. Petugas PDAM akan menghubungi Anda di [[p:{hpd1}]].
Untuk konfirmasi hubungi {oln} atau WA {ohp1}.
Admin Unit Pengaduan Kota Kupang
""",
)
T(
    "unit_reply",
    "roads",
    """
Terima kasih atas laporan Bapak [[n:{n1}]] ([[p:{hp1}]]). Perbaikan jalan di {jl} masuk jadwal pemeliharaan. Pengawas lapangan kami, Bapak [[n:{n2}]], dapat dihubungi di [[p:{hps2}]].
Dinas PUPR Kota Kupang
Jl. Timor Raya Km. 5, Telp. {oln}, WA {ohp1}
""",
)
T(
    "unit_reply",
    "social_aid",
    """
Balasan Dinas Sosial:
Pengaduan Ibu [[n:{n1}]] dari WA [[p:{hp1}]] sudah diverifikasi. Nama Ibu tercatat di DTKS, penyaluran tahap berikut {tglp}. Pendamping PKH kelurahan, Sdri. [[n:{n2}]], akan menghubungi Ibu; nomor pendamping [[p:{hpd2}]].
Nomor {sc1} yang Ibu terima bukan nomor kami. Layanan resmi: {oln} / WA {ohp1}.
""",
    F=(2,),
)
T(
    "unit_reply",
    "civil_registry",
    """
Disdukcapil Kota Kupang menjawab:
Sdr. [[n:{n1}]], NIK [[nik:{nik1}]]. KTP-el Saudara sudah dicetak dan dapat diambil di loket 3. Kami sudah mencoba menelepon nomor yang Saudara tulis, [[p:{hpb1}]], tetapi tidak aktif.
Bila perlu, hubungi petugas kami Ibu [[n:{n2}]] di [[p:{hpt2}]], atau layanan pengaduan {oln} / WA {ohp1}.
""",
    M=(1,),
)
T(
    "unit_reply",
    "health",
    """
Jawaban Puskesmas {pkm}:
Keluhan Bapak/Ibu [[n:{n1}]] (HP [[p:{hpi1}]]) tentang antrean sudah kami bahas. Mulai {tglp} pendaftaran lewat WA {ohp1}. Untuk pasien lansia, bidan koordinator [[n:{n2}]] melayani lewat HP [[p:{hp2}]].
Telepon puskesmas: {oln}.
""",
    F=(2,),
)
T(
    "unit_reply",
    "police",
    """
SP2HP
Kepada pelapor [[n:{n1}]], HP [[p:{hpd1}]]. Laporan kehilangan sepeda motor [[pl:{pl1}]] sedang diselidiki. Penyidik pembantu Bripka [[n:{n2}]] dapat dihubungi di [[p:{hp2}]].
Informasi lanjut: SPKT Polresta Kupang Kota {oln}, WA {ohp1}.
""",
    M=(2,),
)
T(
    "unit_reply",
    "scam",
    """
Balasan Admin Unit Pengaduan:
Nomor {sc1} dan {sc2} yang dilaporkan warga bukan milik Pemerintah Kota Kupang. Pemkot tidak pernah meminta transfer. Kanal resmi: SMS 1708, WA {ohp1}, telp {oln}. Tiket {tiket}.
""",
)
T(
    "unit_reply",
    "waste",
    """
Tindak lanjut DLHK Kota Kupang:
Laporan tiket {tiket} tentang sampah di {jl} sudah ditangani pada {tglp} jam 07.00. Pengaduan berikutnya: WA {ohp1} / telp {oln}. Surat {surat}.
""",
)
T(
    "unit_reply",
    "electricity",
    """
PLN UP3 Kupang menjawab:
Gangguan di Kel. {kel} (tiket {tiket}) sudah normal jam 21.00. Mohon laporan gangguan lewat PLN Mobile atau 123. Nomor baru kantor {oln}; nomor lama {ohp1} tidak digunakan lagi. WA {ohp2}.
""",
)

# ---- call_transcript: calls to the call centre, written out
T(
    "call_transcript",
    "water",
    """
Rekaman panggilan {tgl} {jam}
Petugas: Unit Pengaduan Kota Kupang, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Air di rumah sonde jalan su satu minggu. Beta su telpon PDAM {oln}, sonde angkat.
Petugas: Atas nama siapa?
Penelepon: [[n:{n1}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]]. Kalo sonde aktif, nomor beta pung «anak¦adik» [[p:{hps2}]].
Petugas: Baik. Kami teruskan ke PDAM, nanti petugas telpon Bapak/Ibu. Untuk cek status, WA {ohp1}.
""",
)
T(
    "call_transcript",
    "police",
    """
Panggilan 110, {tgl} {jam}
Agen: Polresta Kupang Kota, ada yang bisa dibantu?
Pelapor: Ada tabrak lari di {jl}. Motor plat [[pl:{pl1}]] kabur ke arah «Oesapa¦Kuanino¦Bundaran PU».
Agen: Nama Bapak/Ibu?
Pelapor: [[n:{n1}]]. Nomor saya [[p:{hpd1}]].
Agen: Ada saksi lain?
Pelapor: Ada, tukang ojek, [[n:{n2}]], «HP¦nomornya» [[p:{hp2}]].
Agen: Baik, kami kirim petugas. Kalau perlu, lanjut ke {oln} (Unit Gakkum Satlantas).
""",
    M=(2,),
)
T(
    "call_transcript",
    "scam",
    """
Catatan call center {tgl}
Penelepon: Ada yang telpon beta pung rumah, [[p:{rum1}]], ngaku petugas PLN, minta bayar denda lewat nomor {sc1}.
Petugas: Itu bukan nomor kami, Ibu/Bapak. Nomor kami PLN 123 dan kantor {oln}.
Penelepon: Beta [[n:{n1}]], HP [[p:{hp1}]]. Tolong catat.
Petugas: Sudah kami catat, tiket {tiket}.
""",
)
T(
    "call_transcript",
    "social_aid",
    """
Log panggilan Dinas Sosial
{jam} | [[n:{n1}]] | [[p:{hp1}]] | tanya BLT, belum cair
{jam} | penelepon tidak sebut nama | [[p:{hpd2}]] | tanya jadwal BPNT
{jam} | Komite Sekolah SD {num} | {ohp1} | tanya PIP
{jam} | [[n:{n3}]] | [[p:{hps3}]] | lapor pendamping minta uang
{jam} | TKSK Kecamatan | {ohp2} | koordinasi
""",
)
T(
    "call_transcript",
    "civil_registry",
    """
Transkrip panggilan Dukcapil {tgl}
Petugas: Dukcapil Kota Kupang, selamat pagi.
Penelepon: Pagi. Beta mau tanya KK baru. Beta pung nomor di formulir salah tulis.
Petugas: NIK Bapak/Ibu?
Penelepon: [[nik:{nikb1}]].
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: Nomor yang benar berapa?
Penelepon: [[p:{hp1}]]. Yang di formulir tu [[p:{hq1}]], itu nomor lama.
Petugas: Sudah kami ubah. Kalau ada kendala, WA pengaduan Dukcapil {ohp1}.
""",
)
T(
    "call_transcript",
    "health",
    """
Rekaman Pusat Panggilan Dinkes {tgl}
Penelepon: Saya mau lapor, ambulans puskesmas sonde datang. Telpon Puskesmas {pkm} {oln} sonde angkat.
Petugas: Alamat pasien?
Penelepon: [[a:{adr1}]]. Pasien beta pung bapa, [[n:{n2}]].
Petugas: Nomor Bapak/Ibu?
Penelepon: [[p:{hp1}]], nama [[n:{n1}]].
Petugas: Kami hubungkan ke IGD {ohp1}. Tetap di telepon.
""",
    fam={1: 2},
    M=(2,),
)
T(
    "call_transcript",
    "electricity",
    """
Rekaman panggilan {tgl} {jam}
Petugas: Ada yang bisa dibantu?
Penelepon: Token listrik beta sonde masuk. Nomor meter {idpel}, token {token}.
Petugas: Beli di mana?
Penelepon: Di kios pulsa, dong pung nomor {ohp1}.
Petugas: Silakan ke kantor PLN {oln} bawa struk. Atau WA PLN {ohp2}.
""",
)
T(
    "call_transcript",
    "transport",
    """
Log panggilan Dishub {tgl}
{jam} | Bus Tiara Mas | {ohp1} | izin trayek
{jam} | Terminal Oebobo | {oln} | bemo tidak masuk terminal
{jam} | Kurir JNE | {ohp2} | parkir di bahu jalan
""",
)
T(
    "call_transcript",
    "scam",
    """
Rekaman panggilan {tgl} {jam}
Penelepon: Beta dapat WA dari {sc1} ngaku admin Kemensos, suru kirim KTP ke {sc2}.
Petugas: Itu penipuan. Jangan kirim. Nomor resmi Dinsos {oln}. Kami catat, tiket {tiket}.
Penelepon: Bae, makasih.
""",
)

# ---- field_note: field officers' notes after a visit
T(
    "field_note",
    "water",
    """
Catatan lapangan PDAM, {tgl}
Lokasi: [[a:{adr1}]], Kel. {kel}.
Pelapor: [[n:{n1}]] ([[p:{hp1}]]).
Temuan: pipa dinas bocor di depan rumah tetangga, Bapak [[n:{n2}]]. Sudah ditambal sementara.
Kontak teknisi jaga: {ohp1}. Kantor: {oln}.
Petugas: [[n:{n3}]]
""",
    M=(2,),
)
T(
    "field_note",
    "social_aid",
    """
Catatan verifikasi rumah tangga, {tglp}
Nama KK: [[n:{n1}]], NIK [[nik:{nik1}]], No. KK [[kk:{kk1}]].
Alamat: [[a:{rt1}]], Kel. {kel}.
HP: [[p:{hp1}]] (milik anak, [[n:{g2}]]).
Kondisi: rumah dinding bebak, lantai tanah. Belum terima bansos.
Pendamping wilayah: {ohp1}. Kantor lurah: {oln}.
""",
    fam={2: 1},
)
T(
    "field_note",
    "neighbours",
    """
Catatan mediasi di kantor lurah {kel}, {tglp}
Pihak 1: [[n:{n1}]], [[a:{ad1}]], HP [[p:{hpd1}]].
Pihak 2: [[n:{n2}]], [[a:{ad2}]], HP [[p:{hp2}]].
Masalah: batas tanah dan pohon mangga. Disepakati ukur ulang oleh BPN, telp {oln}.
Saksi: Ketua RT {rtno}, Bapak [[n:{n3}]] ([[p:{hps3}]]).
""",
    M=(3,),
)
T(
    "field_note",
    "health",
    """
Kunjungan rumah kader, {tglp}
Balita: [[n:{n1}]], umur 2 tahun, BB kurang.
Ibu: [[n:{n2}]], HP [[p:{hp2}]]. Kartu JKN [[bpjs:{bpjs1}]].
Rujuk ke Puskesmas {pkm} ({oln}). Bidan desa [[n:{n3}]], HP [[p:{hpt3}]].
Info gizi: WA posyandu {ohp1}.
""",
    fam={1: 2},
    F=(2, 3),
)
T(
    "field_note",
    "roads",
    """
Laporan survei drainase {tgl}
Titik: {jl} depan rumah Bapak [[n:{n1}]] ([[a:{ad1}]]).
Kedalaman genangan 40 cm. Warga yang melapor: [[n:{n2}]], [[p:{hp2}]]; [[n:{n3}]], [[p:{hps3}]].
Koordinasi: Seksi Drainase {oln} / WA {ohp1}.
""",
    M=(1,),
)
T(
    "field_note",
    "market",
    """
Catatan penertiban pasar {kel}, {tglp}
Pedagang yang protes: [[n:{n1}]], los {num}, HP [[p:{hp1}]]; [[n:{n2}]], los {num}, HP [[p:{hpd2}]].
Keluhan: pungutan kebersihan {rps} tanpa karcis oleh orang yang mengaku petugas, nomor {sc1}.
UPTD Pasar: {oln}, WA {ohp1}.
""",
)
T(
    "field_note",
    "waste",
    """
Catatan patroli kebersihan {tgl}
TPS {jl}: penuh, diangkut jam 07.30. TPS Pasar {kel}: 3 truk. Laporan masuk dari WA DLHK {ohp1}: {num} laporan. Telepon {oln}: {num} laporan.
""",
)
T(
    "field_note",
    "transport",
    """
Catatan pengawasan terminal {tgl}
Jam 06.00–09.00: {num} bemo masuk, {num} tidak masuk. Pos Dishub {oln}. Koordinator lapangan: WA {ohp1}. Karcis retribusi {rpk}.
""",
)
T(
    "field_note",
    "electricity",
    """
Catatan pemeliharaan jaringan {tgl}
Penyulang {kel}: padam jam 09.00–13.00. Gangguan tercatat {num} tiket, tiket pertama {tiket}. Posko PLN {oln}, WA gangguan {ohp1}.
""",
)

# ---- voice_note: voice notes written out, Kupang Malay
T(
    "voice_note",
    "water",
    """
[VN 0:{sec}] Halo kaka, ini beta [[n:{g1}]]. Beta mau lapor air di [[a:{rt1}]] sonde jalan. Beta su telpon PDAM {oln} dong sonde angkat. Nanti kaka telpon beta di [[p:{hp1}]] e, kalo sonde angkat beta pung mama pung nomor [[p:{hps2}]].
""",
)
T(
    "voice_note",
    "scam",
    """
[VN 1:{sec}] Kaka, beta mau kasi tau. Tadi ada nomor {sc1} telpon beta, dia bilang dia dari «Dinas Sosial¦kantor lurah», suru transfer {rp}. Beta sonde kasi. Habis itu ada lagi {sc2}. Kalo kaka mau tanya, telpon beta [[p:{hpd1}]], beta [[n:{n1}]] dari {kel}.
""",
)
T(
    "voice_note",
    "neighbours",
    """
[VN 0:{sec}] Pak RT, beta [[n:{g1}]]. Om [[n:{g2}]] pung anjing gigit beta pung anak lagi. Beta su telpon Om [[n:{g2}]] di [[p:{hp2}]] dia sonde angkat. Beta pung nomor [[p:{hp1}]]. Kalo bapa RT sonde bisa, beta lapor Bhabinkamtibmas sa, WA {ohp1}.
""",
)
T(
    "voice_note",
    "school",
    """
[VN 1:{sec}] Selamat siang ibu. Beta mama dari [[n:{g2}]], kelas «4¦5¦6». Beta su telpon sekolah pung nomor {oln} sonde ada yg angkat. Beta mau tanya uang PIP. Beta pung nomor [[p:{hpb1}]], atau bapanya [[p:{hps3}]]. Makasih ibu.
""",
    F=(1,),
)
T(
    "voice_note",
    "health",
    """
[VN 0:{sec}] Bidan [[n:{g2}]], beta [[n:{g1}]]. Mama sa su mulai sakit lagi. Tadi beta telpon puskesmas {oln}, dong bilang telpon bidan sa. Bidan pung nomor yang [[p:{hq2}]] sonde aktif ko? Beta pung nomor [[p:{hp1}]].
""",
    F=(2,),
)
T(
    "voice_note",
    "police",
    """
[VN 2:{sec}] Selamat malam. Beta [[n:{n1}]]. Tadi ada oto [[pl:{pl1}]] parkir di depan beta pung rumah, [[a:{ad1}]], dong bakalai. Beta su telpon Polsek {oln}. Kalo polisi mau tanya, beta pung nomor [[p:{hpd1}]]. Yang punya oto tu Bapa [[n:{n2}]], nomornya [[p:{hp2}]].
""",
    M=(2,),
)
T(
    "voice_note",
    "electricity",
    """
[VN 0:{sec}] Kaka, lampu di sini mati dari jam 17.00. Beta su telpon PLN 123, dong kasi tiket {tiket}. Kantor PLN {oln} sonde angkat. WA {ohp1} ju sonde balas.
""",
)
T(
    "voice_note",
    "scam",
    """
[VN 0:{sec}] Bosong hati-hati e. Ada nomor {sc1} deng {sc2}, dua-dua mengaku petugas PKH, minta {rp}. Nomor {sc3} ju sama. Jang layani. Lapor ke Dinsos {oln}.
""",
)
T(
    "voice_note",
    "market",
    """
[VN 0:{sec}] Kaka, di pasar {kel} ada yang tagih retribusi {rps} tanpa karcis. Dong pake nomor {sc1}. UPTD Pasar pung nomor {oln}. WA {ohp1} sonde balas.
""",
)


# ---- more families, sms_caps
T(
    "sms_caps",
    "market",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG SY PEDAGANG LOS {NUM} PASAR {KEL}. PETUGAS RETRIBUSI MINTA TRANSFER {RPS} KE REK «BRI¦BANK NTT¦BNI» [[b:{acc2}]] AN [[n:{N2}]], BKN REK UPTD. NO HP PETUGAS TSB [[p:{HPD2}]]. KANTOR UPTD {oln} TDK ANGKAT. [[n:{N1}]]
""",
)
T(
    "sms_caps",
    "civil_registry",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpi1}]]
KOTKUPANG NPWP SY [[npwp:{npwp1}]] DITOLAK WKT DAFTAR «OSS¦NIB». KPP PRATAMA KUPANG {oln} SURUH TLP KRING PAJAK 1500200, SDH TLP TDK NYAMBUNG. MOHON BANTU. [[n:{N1}]] HP [[p:{hpb1}]]
""",
)
T(
    "sms_caps",
    "school",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG ANAK SY [[n:{N2}]] TDK DITERIMA SMPN {NO} KUPANG PDHL RUMAH DKT. TU SEKOLAH {oln} BILANG KUOTA PENUH, WA PANITIA PPDB {OHP1} TDK BALAS. SY [[n:{N1}]] NO WA [[p:{hpb1}]] / [[p:{HQS1}]]
""",
    fam={2: 1},
)
T(
    "sms_caps",
    "police",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG HP SY DICURI DI BEMO JURUSAN {KEL}. NOMOR YG HILANG [[p:{HQ1}]], SKRG SY PAKAI [[p:{hpd1}]]. SDH LAPOR POLSEK {oln} DAN WA SPKT {OHP1}. [[n:{N1}]] DI [[a:{RT1}]]
""",
)
T(
    "sms_caps",
    "roads",
    """
SMS 1708 | {tgl} {jam} | pengirim disembunyikan
KOTKUPANG LAMPU JALAN DI {JL} MATI SDH 2 MGG. SDH LAPOR DISHUB {oln} DAN WA {OHP1}, TIKET {TIKET}. DEPAN SD INPRES {KEL} {NO} GELAP.
""",
)
T(
    "sms_caps",
    "health",
    """
SMS 1708 | {tgl} {jam} | nomor disamarkan admin
KOTKUPANG PUSKESMAS {PKM} TLP {oln} DAN {oln} TDK ADA YG ANGKAT. WA PENDAFTARAN {OHP1} CUMA CENTANG 1. ANTRIAN JAM 07.00 BARU BUKA JAM 09.30.
""",
)

# ---- wa_chat
T(
    "wa_chat",
    "social_aid",
    """
[{tgl} {jam}] [[n:{c1}]]: Mama, uang BLT su cair. Mama sonde punya rekening ko?
[{tgl} {jam}] [[n:{c2}]]: Sonde ada nak. Kirim ke DANA adik [[n:{g3}]] saja, [[p:{hp3}]]
[{tgl} {jam}] [[n:{c1}]]: Ok. Kalo kantor pos {oln} suru ambil sendiri, mama ke sana deng tanta. Tanta pung nomor [[p:{hps4}]] to?
[{tgl} {jam}] [[n:{c2}]]: Iya itu
""",
    F=(2, 4),
    fam={1: 2, 3: 2},
)
T(
    "wa_chat",
    "civil_registry",
    """
[{tgl} {jam}] [[n:{c1}]]: Pak RT, sa mau urus KK baru. Kirim foto KK deng KTP ke nomor bapa yang mana?
[{tgl} {jam}] [[n:{c2}]]: Ke [[p:{hp2}]] saja, ini nomor pribadi sa. Jang kirim ke nomor kelurahan {ohp1}, penuh.
[{tgl} {jam}] [[n:{c1}]]: Ini punya sa: NIK [[nik:{nik1}]], KK [[kk:{kk1}]]. HP sa [[p:{hp1}]]
[{tgl} {jam}] [[n:{c2}]]: Bae, sa teruskan ke operator Dukcapil.
""",
    M=(2,),
)
T(
    "wa_chat",
    "scam",
    """
[{tgl} {jam}] [[n:{c1}]]: Kaka, nomor [[p:{hp2}]] itu benar petugas PKH? Dia bilang namanya [[n:{n2}]], minta foto KKS.
[{tgl} {jam}] [[n:{c3}]]: Sonde tau. Pendamping kita pung nomor {ohp1}, coba tanya di situ.
[{tgl} {jam}] [[n:{c1}]]: Su tanya, dong bilang sonde kenal. Sa su lapor ke WA Unit Pengaduan {ohp2}.
""",
)
T(
    "wa_chat",
    "market",
    """
[{tgl} {jam}] [[n:{c1}]]: Ma, besok sa jual kue di pasar {kel}. Kalo ada orang pesan, kasi nomor sa [[p:{hp1}]]
[{tgl} {jam}] [[n:{c2}]]: Bae. Jang lupa bayar karcis {rpk}. Kalo ada yg tagih lebih, lapor UPTD Pasar {oln}
[{tgl} {jam}] [[n:{c1}]]: Iya ma. Toko sembako sebelah pung nomor {ohp1}, nanti sa ambil gula di sana
""",
    F=(2,),
    fam={1: 2},
)
T(
    "wa_chat",
    "health",
    """
[{tgl} {jam}] Puskesmas {pkm}: Selamat pagi. Antrian online via WA {ohp1}. Pendaftaran poli umum 07.30–11.00. Kendala aplikasi WA {ohp2}.
[{tgl} {jam}] mama: Su daftar dari jam 06.00 kaka, nomor antrian {num}
[{tgl} {jam}] Puskesmas {pkm}: Silakan datang jam 09.00. Info IGD {oln}.
""",
)
T(
    "wa_chat",
    "school",
    """
[{tgl} {jam}] Admin SMPN {no} Kupang: Pengumuman: daftar ulang {tglp} jam 08.00. Biaya seragam {rpt}. Info TU {oln}, WA operator sekolah {ohp1}.
[{tgl} {jam}] bapa: Bisa cicil ko?
[{tgl} {jam}] Admin SMPN {no} Kupang: Silakan hubungi bendahara komite WA {ohp2}.
""",
)

# ---- wa_group
T(
    "wa_group",
    "scam",
    """
[{tgl} {jam}] [[n:{c1}]]: Bapa mama, sa diteror penagih pinjol. Ada yg pakai nomor {sc1} deng {sc2}, sonde sebut nama.
[{tgl} {jam}] [[n:{c2}]]: Sa ju. Tapi yg tagih sa atas nama [[n:{n3}]], pakai nomor [[p:{hp3}]]
[{tgl} {jam}] [[n:{c4}]]: Lapor ke OJK 157 atau Polresta {oln}. Sa pung nomor [[p:{hp4}]] kalo mau sama-sama lapor
""",
)
T(
    "wa_group",
    "neighbours",
    """
[{tgl} {jam}] [[n:{c1}]]: Bapa mama, panitia syukuran RT kumpul sumbangan. Transfer ke rekening panitia a.n. [[n:{n2}]] {bank2} [[b:{acc2}]]
[{tgl} {jam}] [[n:{c1}]]: Konfirmasi ke [[n:{g2}]], [[p:{hp2}]]. Sewa tenda dari Tenda Berkat {ohp1}.
[{tgl} {jam}] [[n:{c3}]]: Su transfer {rps} e
""",
)
T(
    "wa_group",
    "neighbours",
    """
[{tgl} {jam}] [[n:{c1}]]: Ada yg cari kos? Depan rumah sa ada tulisan "KOS PUTRI, HUB [[p:{HPS2}]] (IBU [[n:{N2}]])"
[{tgl} {jam}] [[n:{c3}]]: Kos Melati di {jl} ju ada, nomornya {ohp1}
[{tgl} {jam}] [[n:{c1}]]: Ibu [[n:{g2}]] tu sa pung tetangga, orang bae
""",
    F=(2,),
)
T(
    "wa_group",
    "transport",
    """
[{tgl} {jam}] [[n:{c1}]]: Sa pung anak ketinggalan tas di ojek tadi pagi. Ojeknya Om [[n:{g2}]], nomornya [[p:{hpd2}]], tapi sonde angkat
[{tgl} {jam}] [[n:{c3}]]: Pangkalan ojek depan Pasar {kel} tu nomor {ohp1}, coba telpon ke sana
[{tgl} {jam}] [[n:{c1}]]: Makasih. Kalo ada yg liat, hub sa [[p:{hp1}]]
""",
    M=(2,),
)
T(
    "wa_group",
    "waste",
    """
[{tgl} {jam}] Info RT {rtno}: Kerja bakti Sabtu {tglp} jam 06.30. Karung sampah dari kelurahan. Angkut sampah DLHK {oln}, WA {ohp1}.
[{tgl} {jam}] Info RT {rtno}: Yg sonde ikut bayar {rps}.
""",
)
T(
    "wa_group",
    "social_aid",
    """
*INFO PENGADUAN DINAS SOSIAL KOTA KUPANG*
SMS/WA {ohp1}
Telp {oln}
Pendamping PKH wilayah: {ohp2}
TKSK Kecamatan: {ohp3}
Jam layanan 08.00–15.00
""",
)

# ---- fb_comments
T(
    "fb_comments",
    "police",
    """
[[n:{n1}]] ▸ Info Kupang Terkini
DICARI! Opa kami, [[n:{n2}]], umur 78 tahun, keluar rumah dari kemarin sore pakai baju batik. Terakhir dilihat di {jl}. Yang melihat mohon hub anaknya [[p:{hp1}]] atau cucunya [[n:{g3}]] [[p:{hpd3}]]. Sudah lapor Polsek {oln}.
Komentar:
[[n:{c4}]]: Sudah share kaka, semoga cepat ketemu 🙏
""",
    M=(2,),
    fam={1: 2, 3: 2},
)
T(
    "fb_comments",
    "neighbours",
    """
[[n:{n1}]] ▸ Jual Beli Rumah Kupang
Dikontrakkan rumah tinggal 2 kamar di [[a:{ad1}]], Kel. {kel}, {rpb}/tahun. Pemilik langsung, hub [[p:{hp1}]].
Komentar:
Properti Flobamora: Kami juga ada pilihan rumah kak, WA {ohp1}
[[n:{c2}]]: Sa su WA kaka dari nomor [[p:{hps2}]], tolong cek
""",
)
T(
    "fb_comments",
    "electricity",
    """
Info Kupang Terkini
{tgl} · Listrik padam lagi di Kel. {kel}. PLN bilang lapor lewat 123 atau WA {ohp1}.
Komentar:
[[n:{c1}]]: Sa karyawan PLN UP3 Kupang. Kalo ada warga yang tiang miring, WA sa langsung di [[p:{hp1}]], nanti sa teruskan ke tim.
[[n:{c2}]]: Depan rumah sa, [[a:{ad2}]], kabel putus kaka
[[n:{c3}]]: Kantor PLN {oln} ju sonde angkat
""",
)
T(
    "fb_comments",
    "social_aid",
    """
Dinas Sosial Kota Kupang
2 hr · Penyaluran BPNT tahap {no} mulai {tglp}. Pengaduan: WA {ohp1} / telp {oln}.
Komentar:
[[n:{c1}]]: Sa pung mama, [[n:{n2}]], NIK [[nik:{nik2}]], sonde dapat lagi. Nomor sa [[p:{hp1}]]
Dinas Sosial Kota Kupang: Silakan kirim data lengkap ke WA {ohp1}, kak.
[[n:{c3}]]: Pendamping pung nomor {ohp2} sonde aktif min
""",
    F=(2,),
    fam={1: 2},
)
T(
    "fb_comments",
    "roads",
    """
Info Kupang Terkini
{tgl} · Galian pipa di {jl} belum ditutup sejak {tglp}. Kontraktor CV Timor Karya, telp {oln}.
Komentar:
kupangviral: Pengaduan PUPR WA {ohp1}, sonde dibalas
Kos Melati Oebufu: Jalan ke kos kami ju rusak kak, WA {ohp2}
""",
)
T(
    "fb_comments",
    "transport",
    """
Damri Kupang
{tgl} · Jadwal bus bandara El Tari mulai jam 05.30, tarif {rpk}. Informasi WA {ohp1} atau {oln}.
Komentar:
info_kupang: Bus jam 05.30 sonde datang min
Damri Kupang: Mohon maaf kak, hubungi WA {ohp1} untuk keluhan.
""",
)

# ---- email
T(
    "email",
    "school",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Bendahara SMPN {no} Kupang <bendahara.smpn{no}kupang@gmail.com>
Subject: NPWP guru honor

Selamat siang Ibu,
Sesuai permintaan bendahara, saya kirim NPWP saya: [[npwp:{npwp1}]]. Bila ada yang kurang, hubungi saya di [[p:{hp1}]]. Nomor TU sekolah {oln} sering sibuk.
Salam,
[[n:{n1}]]
""",
)
T(
    "email",
    "neighbours",
    """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Unit Pengaduan Kota Kupang <pengaduan@kupangkota.go.id>
Subject: Uang jaminan kontrakan tidak dikembalikan

Dengan hormat,
Saya mengontrak rumah milik Bapak [[n:{n2}]] di [[a:{ad2}]] sampai {tglp}. Uang jaminan {rpt} saya transfer ke rekening {bank2} [[b:{acc2}]] a.n. [[n:{n2}]] dan sampai sekarang belum dikembalikan.
Nomor Bapak [[n:{g2}]]: [[p:{hp2}]] (tidak diangkat). Nomor saya: [[p:{hp1}]]. Kantor kelurahan ({oln}) menyarankan melapor ke sini.
[[n:{n1}]]
""",
    M=(2,),
)
T(
    "email",
    "water",
    """
Pada {tglp} {jam}, Admin PDAM <pelanggan.pdam@tirtalontar.co.id> menulis:
> Mohon sebutkan nomor sambungan dan nomor HP yang aktif.

Nomor sambungan {samb}. HP saya [[p:{hp1}]], atau suami saya [[p:{hpd2}]].
Terima kasih,
[[n:{n1}]]
[[e:{emp1}]]
""",
    F=(1,),
    M=(2,),
)
T(
    "email",
    "market",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Disperindag Kota Kupang <disperindag.kotakupang@gmail.com>
Subject: Izin lapak

Selamat pagi,
Saya pemilik kios sembako di Pasar {kel}, HP [[p:{hpd1}]]. Nomor kios saya untuk pesanan, {ohp1}, dipegang karyawan. Saya mohon informasi perpanjangan izin lapak. Telepon Disperindag {oln} tidak tersambung.
Hormat saya,
[[n:{n1}]]
""",
)
T(
    "email",
    "scam",
    """
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
To: warga-kupang@googlegroups.com
Subject: Waspada penipuan

Beredar pesan dari {sc1} dan {sc2} yang mengaku staf Wali Kota. Pemkot tidak pernah meminta uang. Pengaduan: SMS 1708, WA {ohp1}, telp {oln}.
""",
)
T(
    "email",
    "civil_registry",
    """
From: Disdukcapil Kota Kupang <dukcapil.kotakupang@gmail.com>
To: Kelurahan {kel} <kelurahan.kotakupang@gmail.com>
Subject: Jadwal perekaman KTP-el

Perekaman KTP-el keliling pada {tglp} jam 09.00–14.00. Mohon disiapkan ruangan. Kontak: {oln} / WA {ohp1}. Surat {surat}.
""",
)

# ---- long_complaint
T(
    "long_complaint",
    "scam",
    """
Saya ingin melaporkan penipuan jual beli online. Saya membeli HP dari akun Facebook yang mengaku namanya [[n:{n2}]]. Dia kasi nomor WA [[p:{hp2}]] dan rekening {bank2} [[b:{acc2}]] a.n. [[n:{n2}]]. Setelah saya transfer {rpb}, barang tidak dikirim.
Dia juga pakai nomor lain, {sc1}, yang tidak disebut namanya. Saya sudah lapor SPKT {oln}.
Pelapor: [[n:{n1}]], [[a:{adr1}]], HP [[p:{hp1}]].
""",
)
T(
    "long_complaint",
    "school",
    """
Kepada Yth. Dinas Pendidikan Kota Kupang.
Komite SMPN {no} Kupang meminta sumbangan {rpt} per siswa, ditransfer ke rekening pribadi bendahara komite, Ibu [[n:{n2}]], {bank2} [[b:{acc2}]] a.n. [[n:{n2}]], bukan rekening sekolah. Ketika saya tanya ke tata usaha {oln}, mereka bilang urusan komite.
Saya orang tua dari [[n:{g3}]], kelas 8. Nomor saya [[p:{hp1}]]. Nama saya mohon dirahasiakan.
""",
    F=(2,),
)
T(
    "long_complaint",
    "transport",
    """
Keluhan travel Kupang–Soe.
Saya pesan travel lewat nomor {ohp1} (Timor Express). Sopir yang datang, Om [[n:{n2}]], HP [[p:{hpd2}]], menurunkan penumpang di tengah jalan dan minta tambah {rpk}. Kantor travel {oln} menyuruh saya bicara langsung dengan sopir.
Mobil yang dipakai plat [[pl:{pl1}]]. Saya [[n:{n1}]], HP [[p:{hp1}]], email [[e:{em1}]].
""",
    M=(2,),
)
T(
    "long_complaint",
    "civil_registry",
    """
Laporan salah data Kartu Keluarga.
KK kami nomor [[kk:{kk1}]]. Nama saya [[n:{n1}]], NIK [[nik:{nik1}]]. NIK istri saya, [[n:{n2}]], di KK tertulis [[nik:{nik2}]], padahal di KTP lain. Anak kami [[n:{n3}]] juga belum masuk.
Saya sudah ke Dukcapil tiga kali dan menelepon {oln}. Petugas loket bilang tunggu SMS dari {ohp1}. Nomor saya [[p:{hp1}]], istri [[p:{hps2}]].
""",
    M=(1,),
    F=(2,),
    fam={3: 1},
)
T(
    "long_complaint",
    "health",
    """
Keluhan pelayanan RSUD. Pada {tglp} pasien rujukan dari Puskesmas {pkm} menunggu di IGD lebih dari 6 jam. Telepon IGD {oln} tidak diangkat. WA pengaduan RSUD {ohp1} membalas «besok¦tunggu» saja. Biaya obat di luar {rpt} tidak jelas. Tiket {tiket}.
""",
)
T(
    "long_complaint",
    "market",
    """
Laporan pedagang Pasar {kel}. Los pedagang bocor saat hujan, saluran mampet, lampu pasar mati. Retribusi harian {rps} tetap ditarik. Pengaduan ke UPTD Pasar {oln} dan WA {ohp1} sejak {tglp} belum ditanggapi. Tiket {tiket}.
""",
)

# ---- unit_reply
T(
    "unit_reply",
    "market",
    """
Yth. Bapak/Ibu pedagang Pasar {kel},
Pengaduan dari nomor [[p:{hp1}]] a.n. [[n:{n1}]] tentang pungutan liar sudah kami terima (tiket {tiket}). Petugas resmi UPTD tidak pernah meminta transfer ke rekening pribadi. Nomor {sc1} yang disebut dalam laporan bukan nomor petugas kami.
UPTD Pasar Kota Kupang
Telp. {oln} · WA {ohp1}
""",
)
T(
    "unit_reply",
    "school",
    """
Tanggapan Dinas Pendidikan:
Terima kasih, Bapak/Ibu [[n:{n1}]] ([[p:{hpd1}]]). Laporan tentang penerimaan siswa sudah kami klarifikasi dengan sekolah. Kepala sekolah, Bapak [[n:{n2}]], akan menghubungi Bapak/Ibu dari nomor [[p:{hp2}]]. Bila belum dihubungi, silakan ke bidang SMP {oln}.
""",
    M=(2,),
)
T(
    "unit_reply",
    "transport",
    """
Balasan Dinas Perhubungan:
Laporan Saudara [[n:{n1}]] dari nomor [[p:{hps1}]] tentang angkot plat [[pl:{pl1}]] sudah kami teruskan ke pemilik trayek. Sopir atas nama [[n:{n2}]] ([[p:{hp2}]]) sudah dipanggil. Pengaduan angkutan: WA {ohp1} / {oln}.
""",
    M=(1, 2),
)
T(
    "unit_reply",
    "neighbours",
    """
Kantor Kelurahan {kel}
Nomor: {surat}
Perihal: Undangan mediasi
Kepada Yth. Sdr. [[n:{n1}]] (HP [[p:{hp1}]]) dan Sdr. [[n:{n2}]] (HP [[p:{hp2}]]), dimohon hadir di kantor kelurahan pada {tglp} jam 10.00.
Kantor Kelurahan {kel}, Telp. {oln}, WA {ohp1}
""",
    M=(1, 2),
)
T(
    "unit_reply",
    "civil_registry",
    """
Disdukcapil Kota Kupang
Layanan pindah datang kini lewat WA {ohp1}. Antrian online via WA {ohp2}. Loket buka Senin–Jumat 08.00–15.00. Kontak: {oln}. Nomor lama {ohp3} tidak aktif lagi.
""",
)
T(
    "unit_reply",
    "health",
    """
Jawaban Dinas Kesehatan:
Laporan tiket {tiket} tentang obat kosong di Puskesmas {pkm} sudah ditindaklanjuti; stok masuk {tglp}. Untuk pertanyaan obat, hubungi Instalasi Farmasi {oln} psw 12 atau WA {ohp1}.
""",
)

# ---- call_transcript
T(
    "call_transcript",
    "health",
    """
Transkrip panggilan BPJS Kesehatan Care Center
Agen: Selamat siang, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Kartu anak saya tidak aktif.
Agen: Nomor kartunya?
Penelepon: [[bpjs:{bpjs2}]].
Agen: Atas nama?
Penelepon: [[n:{n2}]]. Saya mamanya, [[n:{n1}]], HP [[p:{hp1}]].
Agen: Iuran menunggak tiga bulan. Bisa bayar lewat VA {va}. Informasi kantor cabang {oln}.
""",
    F=(1,),
    fam={2: 1},
)
T(
    "call_transcript",
    "social_aid",
    """
Rekaman panggilan Bank NTT {tgl}
Petugas: Nomor rekening bapak?
Nasabah: [[b:{acc1}]].
Petugas: Atas nama?
Nasabah: [[n:{n1}]]. Bantuan PKH belum masuk.
Petugas: Nomor HP yang terdaftar?
Nasabah: [[p:{hpb1}]]. Tapi sekarang saya pakai [[p:{hq1}]].
Petugas: Silakan ke kantor cabang, bawa buku tabungan. Informasi {oln}.
""",
    M=(1,),
)
T(
    "call_transcript",
    "scam",
    """
Panggilan ke Unit Pengaduan {tgl} {jam}
Penelepon: Saya mau lapor. Ada yang telpon pakai nomor [[p:{hp2}]], mengaku namanya [[n:{n2}]] dari kampung yang sama, pinjam uang {rpt}.
Petugas: Sudah transfer?
Penelepon: Sudah. Nomor lain yang juga WA, {sc1}, tidak sebut nama.
Petugas: Nama dan nomor Bapak/Ibu?
Penelepon: [[n:{n1}]], [[p:{hp1}]].
Petugas: Kami teruskan ke Polresta {oln}.
""",
)
T(
    "call_transcript",
    "roads",
    """
Rekaman panggilan {tgl} {jam}
Penelepon: Pohon tumbang di {jl}, tutup jalan.
Petugas: Kalau begitu ke BPBD {oln} atau Pusdalops WA {ohp1}.
Penelepon: Nomor itu sibuk.
Petugas: Coba Damkar {oln}. Kami catat, tiket {tiket}.
""",
)
T(
    "call_transcript",
    "water",
    """
Log panggilan PDAM {tgl}
{jam} | Hotel Sasando | {oln} | air keruh
{jam} | Depot Air Berkat | {ohp1} | minta jadwal
{jam} | Sekolah SD Inpres {kel} | {ohp2} | pipa bocor
{jam} | Kantor Lurah {kel} | {oln} | meter rusak
""",
)

# ---- field_note
T(
    "field_note",
    "police",
    """
Catatan penyelidikan, {tglp}
Saksi 1: [[n:{n1}]], tukang ojek pangkalan {kel}, HP [[p:{hp1}]].
Saksi 2: [[n:{n2}]], pemilik kios di [[a:{ad2}]], HP [[p:{hpd2}]].
Kendaraan terlapor: [[pl:{pl1}]]. Pengaduan masuk lewat WA SPKT {ohp1}.
Penyidik: Bripka [[n:{n3}]]
""",
    M=(1, 3),
)
T(
    "field_note",
    "school",
    """
Kunjungan rumah siswa putus sekolah, {tglp}
Siswa: [[n:{n1}]], kelas 7, NISN {nisn}.
Orang tua: [[n:{n2}]], HP [[p:{hp2}]], [[a:{rt2}]].
Alasan: bantu orang tua jual sayur. Disarankan ikut PIP.
Wali kelas: [[n:{n3}]], HP [[p:{hps3}]]. TU sekolah {oln}.
""",
    fam={1: 2},
)
T(
    "field_note",
    "civil_registry",
    """
Data keluarga untuk perbaikan KK [[kk:{kk1}]]
1. [[n:{n1}]], kepala keluarga, NIK [[nik:{nikb1}]], HP [[p:{hp1}]]
2. [[n:{n2}]], istri, NIK [[nik:{nikb2}]], HP [[p:{hpd2}]]
3. [[n:{n3}]], anak, NIK [[nik:{nikb3}]]
Alamat: [[a:{adr1}]]. Verifikasi ke Dukcapil {oln}.
""",
    M=(1,),
    F=(2,),
    fam={3: 1},
)
T(
    "field_note",
    "scam",
    """
Catatan pengaduan korban penipuan, {tglp}
Korban: [[n:{n1}]], HP [[p:{hp1}]].
Modus: telepon dari {sc1} mengaku petugas Bank NTT, minta kode OTP. Uang {rpb} ditransfer ke rekening [[b:{acc2}]] a.n. [[n:{n2}]].
Nomor lain yang dipakai: {sc2}.
Diteruskan ke Polresta {oln}.
""",
)
T(
    "field_note",
    "social_aid",
    """
Catatan penyaluran BPNT Kel. {kel}, {tglp}
RT 01: {num} KPM. RT 02: {num} KPM. RT 03: {num} KPM.
Kendala: EDC agen error jam 10.00–11.30. Agen Bank NTT {ohp1}. Pendamping: {ohp2}. Kantor Dinsos {oln}.
""",
)

# ---- voice_note
T(
    "voice_note",
    "transport",
    """
[VN 0:{sec}] Kaka, beta tukang ojek. Beta [[n:{n1}]], pangkalan depan Pasar {kel}. Kemarin Dishub tahan beta pung motor [[pl:{pl1}]]. Beta su telpon Dishub {oln} dong bilang datang ke kantor. Beta pung nomor [[p:{hp1}]], nomor pangkalan {ohp1}.
""",
    M=(1,),
)
T(
    "voice_note",
    "waste",
    """
[VN 1:{sec}] Pak RT, beta mau lapor. Tanta [[n:{g2}]] buang sampah di got depan rumah [[n:{f3}]], sampe mampet. Beta su tegur. Tanta [[n:{g2}]] pung nomor [[p:{hps2}]], bapa telpon sa. Kalo mau lapor DLHK, nomor dong {ohp1}. Beta [[n:{g1}]], [[p:{hp1}]].
""",
    F=(2,),
)
T(
    "voice_note",
    "social_aid",
    """
[VN 0:{sec}] Ibu, beta salah transfer uang arisan ke rekening {bank2} [[b:{acc2}]] a.n. [[n:{n2}]]. Beta su telpon bank {oln}, dong bilang harus ada laporan. Orang tu pung nomor [[p:{hp2}]] sonde angkat. Beta [[n:{n1}]], beta pung nomor [[p:{hpd1}]].
""",
)
T(
    "voice_note",
    "civil_registry",
    """
[VN 1:{sec}] Kaka petugas, beta mau urus akta anak. Beta pung NIK [[nik:{nik1}]]. Beta su telpon Dukcapil {oln} ko dong suru WA {ohp1}. Nomor beta [[p:{hpb1}]], nama [[n:{n1}]].
""",
)
T(
    "voice_note",
    "water",
    """
[VN 0:{sec}] Bosong e, PDAM bilang air jalan jam 16.00 sampe 20.00. Kalo sonde jalan, telpon {oln} atau WA {ohp1}. Tangki air dari depot {kel} harga {rpt}, nomor depot {ohp2}.
""",
)

# ---- home lines beside offices' lines
T(
    "long_complaint",
    "electricity",
    """
Tiang listrik di depan rumah saya, [[a:{ad1}]], miring sejak hujan angin {tglp}. Kabel hampir menyentuh atap. Saya sudah lapor PLN 123 (tiket {tiket}) dan menelepon kantor PLN {oln}, dijawab akan dicek.
Saya [[n:{n1}]]. Telepon rumah saya [[p:{rum1}]], HP [[p:{hp1}]]. Tetangga sebelah, Ibu [[n:{n2}]], juga bisa dihubungi di [[p:{hpd2}]].
""",
)
T(
    "field_note",
    "health",
    """
Catatan call center Dinkes, {tglp}
{jam} penelepon [[n:{n1}]] ([[p:{rum1}]], telp rumah): ibunya demam tinggi, minta ambulans. Diteruskan ke IGD RSUD {oln}.
{jam} penelepon anonim dari [[p:{hp2}]]: tanya jadwal vaksin. Diarahkan ke Puskesmas {pkm}, WA {ohp1}.
{jam} Hotel Sasando {oln}: tamu sakit, diarahkan ke klinik terdekat.
""",
)
T(
    "sms_caps",
    "water",
    """
SMS 1708 | {tgl} {jam} | dari [[p:{hpk1}]]
KOTKUPANG METER AIR SY HILANG DICURI. NO SAMBUNGAN {SAMB}. SDH LAPOR KANTOR PDAM {oln}, DISURUH TUNGGU. HUB TLP RUMAH SY [[p:{rum1}]] ATAU HP [[p:{hpb1}]]. [[n:{N1}]] [[a:{ADR1}]]
""",
)
T(
    "wa_group",
    "health",
    """
[{tgl} {jam}] [[n:{c1}]]: Bapa mama, Oma [[n:{n2}]] di RT sebelah sakit, tinggal sendiri, sonde pake HP. Telpon rumah dong [[p:{rum2}]]
[{tgl} {jam}] [[n:{c3}]]: Sa su telpon Puskesmas {pkm} {oln}, dong bilang kirim perawat besok
[{tgl} {jam}] [[n:{c1}]]: Kalo perlu antar ke RS, sa pung oto siap. Hub sa [[p:{hp1}]]
""",
    F=(2,),
)
T(
    "field_note",
    "health",
    """
Catatan piket IGD {tgl}
Pasien masuk: {num}. Rujukan dari Puskesmas {pkm}: {num}. Ambulans keluar jam 02.15 dan 04.40.
UGD 24 JAM: {oln}. Ambulans: WA {ohp1}. Farmasi: {oln}.
""",
)
T(
    "voice_note",
    "roads",
    """
[VN 0:{sec}] Kaka, jalan di {jl} tu lubang besar depan SD Inpres, su dua minggu. Beta su telpon PUPR {oln}, WA {ohp1} ju. Tiket {tiket}. Dong bilang tunggu anggaran.
""",
)

if __name__ == "__main__":
    main()
