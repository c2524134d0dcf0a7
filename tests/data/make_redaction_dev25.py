# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, RUF001, N802, N803, PERF401
"""Write tests/data/redaction_dev25.jsonl: whose number, whose mailbox, whose account.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{name1}``),
each filled three times with invented values; span offsets are computed from the markers.
Run ``python3 tests/data/make_redaction_dev25.py`` (stdlib only, deterministic).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20261225
OUT = Path(__file__).with_name("redaction_dev25.jsonl")

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
    "email_thread",
    "call_log",
    "social_post",
    "lapor_ticket",
    "notice",
    "scan_ocr",
    "kupang_malay",
)
THEMES = (
    "own_and_kin",
    "office_lines",
    "adverts",
    "scams",
    "persons_dealt",
    "accounts_npwp",
    "mailboxes",
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
    "nyonya",
    "tuan",
    "ama",
    "ina",
    "adik",
}

# ---------------------------------------------------------------- people

GIVEN = {
    "ntt": (
        ("M", "Yohanes"),
        ("M", "Yakob"),
        ("M", "Marthen"),
        ("M", "Agustinus"),
        ("M", "Dominggus"),
        ("M", "Melki"),
        ("M", "Deki"),
        ("M", "Yosef"),
        ("M", "Paulus"),
        ("M", "Aloysius"),
        ("M", "Nikodemus"),
        ("M", "Soleman"),
        ("M", "Obed"),
        ("M", "Yunus"),
        ("M", "Sefnat"),
        ("M", "Yeremias"),
        ("M", "Kornelis"),
        ("M", "Ferdinandus"),
        ("M", "Jefri"),
        ("M", "Hendrik"),
        ("M", "Mikael"),
        ("M", "Viktor"),
        ("M", "Daniel"),
        ("M", "Lukas"),
        ("M", "Arnoldus"),
        ("F", "Anace"),
        ("F", "Maria Goreti"),
        ("F", "Yuliana"),
        ("F", "Selfi"),
        ("F", "Agustina"),
        ("F", "Rosalina"),
        ("F", "Mariana"),
        ("F", "Lodia"),
        ("F", "Sofia"),
        ("F", "Yustina"),
        ("F", "Marlin"),
        ("F", "Erni"),
        ("F", "Apriani"),
        ("F", "Novi"),
        ("F", "Gracia"),
        ("F", "Delfi"),
        ("F", "Orpa"),
        ("F", "Naomi"),
        ("F", "Ferny"),
        ("F", "Susana"),
        ("F", "Dorkas"),
        ("F", "Yasinta"),
        ("F", "Theresia"),
        ("F", "Welmince"),
        ("F", "Elisabeth"),
    ),
    "sumba": (("M", "Umbu Tamu"), ("M", "Umbu Manu"), ("F", "Rambu Tamar"), ("F", "Rambu Ana")),
    "bugis": (
        ("M", "Andi Tenri"),
        ("M", "Muhammad Yusuf"),
        ("M", "Haerul"),
        ("F", "Nurhayati"),
        ("F", "Sitti Aminah"),
    ),
    "batak": (
        ("M", "Hotman"),
        ("M", "Lamhot"),
        ("M", "Rudolf"),
        ("F", "Rosmawati"),
        ("F", "Tiurma"),
    ),
    "java": (
        ("M", "Budi"),
        ("M", "Slamet"),
        ("M", "Agus"),
        ("F", "Sri"),
        ("F", "Dwi"),
        ("F", "Endang"),
    ),
    "bali": (
        ("M", "I Made"),
        ("M", "I Ketut"),
        ("M", "I Wayan"),
        ("F", "Ni Luh"),
        ("F", "Ni Made"),
    ),
    "chinese": (("M", "Tjong Hin"), ("M", "Kim Liong"), ("F", "Mei Hwa"), ("F", "Siu Lan")),
    "arab": (("M", "Abdullah"), ("M", "Salim"), ("F", "Fatimah"), ("F", "Syarifah")),
}
FAMILY = {
    "ntt": (
        "Ndun",
        "Manafe",
        "Tefa",
        "Benu",
        "Lay",
        "Bessie",
        "Nenobais",
        "Lenggu",
        "Kiuk",
        "Ratu",
        "Riwu Kaho",
        "Bria",
        "Nahak",
        "Therik",
        "Pah",
        "Tanone",
        "Amalo",
        "Fanggidae",
        "Mooy",
        "Lobo",
        "Haba",
        "Dju Dara",
        "Ga Lena",
        "Djawa",
        "Sabneno",
        "Tnunay",
        "Selan",
        "Adoe",
        "Bana",
        "Kapitan",
        "Toelle",
        "Neonufa",
        "Lomi",
        "Banunaek",
        "Missa",
        "Wadu",
        "Bire",
        "Seran",
        "Koroh",
        "Sinlae",
        "Dethan",
        "Nalle",
        "Laukoko",
        "Mautuka",
        "Blegur",
        "Parera",
        "Kelen",
        "Da Costa",
        "Hurek",
        "Sogen",
        "Boimau",
        "Nuban",
        "Taek",
        "Klau",
        "Mesakh",
    ),
    "sumba": ("Hamakonda", "Ndapataka", "Paranggi", "Lunggi"),
    "bugis": ("Daeng Matta", "Pawennari", "Mappe", "Lallo"),
    "batak": ("Siregar", "Simanjuntak", "Nainggolan", "Hutapea", "Sihombing"),
    "java": ("Santoso", "Prasetyo", "Wahyuni", "Lestari", "Susanto", "Wibowo"),
    "bali": ("Sudarma", "Suarta", "Artini", "Wirawan", "Widiasih"),
    "chinese": ("Tamelab", "Liem", "Gunawan", "Halim"),
    "arab": ("Baswedan", "Alkatiri", "Assegaf", "Bahasuan"),
}
REGION_WEIGHTS = (
    ("ntt", 12),
    ("sumba", 1),
    ("bugis", 1),
    ("batak", 1),
    ("java", 1),
    ("bali", 1),
    ("chinese", 1),
    ("arab", 1),
)
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
)
OFFICE_HOSTS = (
    "kupangkota.go.id",
    "kupangkota.go.id",
    "nttprov.go.id",
    "belajar.id",
    "undana.ac.id",
)

# ---------------------------------------------------------------- places

KELURAHAN = (
    "Naikoten I",
    "Oebobo",
    "Oepura",
    "Kayu Putih",
    "Liliba",
    "Oesapa",
    "Penfui",
    "Maulafa",
    "Sikumana",
    "Bakunase",
    "Kuanino",
    "Fatululi",
    "Naioni",
    "Manulai II",
    "Oebufu",
    "Tuak Daun Merah",
    "Airnona",
    "Nunbaun Sabu",
    "Namosain",
    "Fatukoa",
    "Kolhua",
    "Lasiana",
    "Oetete",
    "Fontein",
    "Bonipoi",
    "Pasir Panjang",
    "Alak",
    "Nefonaek",
    "Oeba",
    "Naimata",
)
KECAMATAN = ("Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama")
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Timor Raya",
    "Jl. W.J. Lalamentik",
    "Jl. Soeharto",
    "Jl. Amabi",
    "Jl. Herewila",
    "Jl. Cak Doko",
    "Jl. Moh. Hatta",
    "Jl. Sumba",
    "Jl. Adisucipto",
    "Jl. Eltari II",
    "Jl. Perintis Kemerdekaan",
    "Jl. Bundaran PU",
    "Jl. Kapten Tendean",
    "Jl. Veteran",
    "Jl. Jenderal Sudirman",
    "Jl. Ahmad Yani",
    "Jl. Siliwangi",
)
HOME_STREETS = (
    "Jl. Kenari",
    "Jl. Nuri",
    "Jl. Jambu",
    "Jl. Manggis",
    "Jl. Flamboyan",
    "Jl. Kakatua",
    "Jl. Rantai Damai",
    "Jl. Fetor Funay",
    "Jl. Oebonik",
    "Jl. Kejora",
    "Jl. Bakti",
    "Jl. Cendana",
    "Jl. Lontar",
    "Jl. Ikan Tongkol",
    "Jl. Sam Ratulangi",
    "Jl. Kesehatan",
    "Jl. Matani",
    "Jl. Bajawa",
    "Jl. Samratulangi III",
    "Jl. Air Lobang",
    "Jl. Thamrin Gg. Anggrek",
)
PUSKESMAS = (
    "Oebobo",
    "Sikumana",
    "Oepoi",
    "Bakunase",
    "Kupang Kota",
    "Pasir Panjang",
    "Alak",
    "Penfui",
    "Oesapa",
    "Naioni",
    "Manutapen",
)

# ---------------------------------------------------------------- values


class Fill:
    """The values of one filling of one template."""

    def __init__(
        self, rng: random.Random, females: tuple[int, ...], males: tuple[int, ...]
    ) -> None:
        self.rng = rng
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.used_words: set[str] = set()
        self.females = females
        self.males = males
        self.day = rng.randint(1, 28)
        self.month = rng.randint(1, 12)
        self.year = rng.choice((2025, 2026, 2026))
        self.minute = rng.randint(6 * 60, 20 * 60)

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        for _ in range(200):
            region = r.choices([w[0] for w in REGION_WEIGHTS], [w[1] for w in REGION_WEIGHTS])[0]
            pool = GIVEN[region]
            if i in self.females:
                pool = tuple(p for p in pool if p[0] == "F")
            elif i in self.males:
                pool = tuple(p for p in pool if p[0] == "M")
            sex, given = r.choice(pool)
            fam_region = region if r.random() < 0.85 else "ntt"
            family = r.choice(FAMILY[fam_region])
            words = {w.lower() for w in (given + " " + family).split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        yy = r.randint(55, 99) if r.random() < 0.8 else r.randint(0, 8)
        mm = r.randint(1, 12)
        dd = r.randint(1, 28)
        regency = r.choice(
            (
                "71",
                "71",
                "71",
                "71",
                "01",
                "02",
                "03",
                "04",
                "05",
                "06",
                "07",
                "08",
                "10",
                "11",
                "14",
                "20",
            )
        )
        district = "%02d" % (r.randint(1, 6) if regency == "71" else r.randint(1, 14))
        nik = (
            "53"
            + regency
            + district
            + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, yy)
            + "%04d" % r.randint(1, 160)
        )
        full = given + " " + family
        gl = given.lower().replace(" ", "")
        fl = family.lower().replace(" ", "")
        local = r.choice(
            (
                f"{gl}.{fl}{r.randint(1, 99)}",
                f"{fl}{gl}",
                f"{gl}_{fl}",
                f"{gl}{fl}{yy:02d}",
                f"{gl[0]}{fl}{r.randint(70, 99)}",
                f"{fl}.{gl}",
                f"{gl}{r.choice(('', '.'))}{fl}",
            )
        )
        host = r.choice(HOSTS)
        p = {
            "n": full,
            "N": full.upper(),
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "lf": family.lower(),
            "sex": sex,
            "nikb": nik,
            "em": f"{local}@{host}",
            "emk": f"{gl}.{fl}@{r.choice(OFFICE_HOSTS)}",
            "dob": "%02d-%02d-%s" % (dd, mm, ("19" if yy > 20 else "20") + "%02d" % yy),
            "JK": "PEREMPUAN" if sex == "F" else "LAKI-LAKI",
        }
        user, dom = local, host.split(".")
        p["emd"] = r.choice(
            (
                f"{user} @ {host}",
                f"{user}(at){host}",
                f"{user} [at] {dom[0]} [dot] {' [dot] '.join(dom[1:])}",
                f"{user} at {dom[0]} dot {' dot '.join(dom[1:])}",
                f"{user} (keong) {host}",
                f"{user} @{host}",
                f"{user}@ {dom[0]} .{'.'.join(dom[1:])}",
                f"{user}(et){host}",
            )
        )
        p["nik"] = self.fmt_nik(nik)
        p["nikc"] = ", ".join(nik[k : k + 4] for k in range(0, 16, 4))
        p["niko"] = nik.replace("0", "O", 1).replace("1", "l", 1)
        p["npwpn"] = nik
        self.people[i] = p
        return p

    def fmt_nik(self, nik: str) -> str:
        r = self.rng.random()
        if r < 0.55:
            return nik
        if r < 0.85:
            return " ".join(nik[k : k + 4] for k in range(0, 16, 4))
        return f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"

    # -- numbers
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def mobile_raw(self) -> str:
        prefix = self.rng.choice(
            (
                "0812",
                "0813",
                "0821",
                "0822",
                "0823",
                "0852",
                "0853",
                "0811",
                "0815",
                "0816",
                "0857",
                "0858",
                "0817",
                "0818",
                "0819",
                "0877",
                "0878",
                "0895",
                "0896",
                "0897",
                "0881",
                "0882",
                "0838",
                "0831",
            )
        )
        return prefix + self.digits(self.rng.choice((7, 8, 8, 8)))

    def mobile(self) -> str:
        raw = self.mobile_raw()
        rest = raw[1:]
        r = self.rng.randint(0, 11)
        if r <= 3:
            return raw
        if r == 4:
            return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        if r == 5:
            return f"{raw[:4]} {raw[4:8]} {raw[8:]}"
        if r == 6:
            return f"{raw[:4]}.{raw[4:8]}.{raw[8:]}"
        if r == 7:
            return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
        if r == 8:
            return "+62" + rest
        if r == 9:
            return "62" + rest
        if r == 10:
            return f"62 {rest[:3]} {rest[3:7]} {rest[7:]}"
        return f"{raw[:4]}-{raw[4:]}"

    def mobile_intl(self) -> str:
        rest = self.mobile_raw()[1:]
        return self.rng.choice(
            (
                f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}",
                "+62" + rest,
                f"+62 {rest[:3]} {rest[3:7]} {rest[7:]}",
            )
        )

    def landline(self) -> str:
        d = "8" + self.digits(5)
        return self.rng.choice((f"0380 {d}", f"(0380) {d}", f"(0380) {d[:3]} {d[3:]}", f"0380-{d}"))

    def npwp_old(self) -> str:
        d = self.digits(9)
        kpp = self.rng.choice(("920", "921", "922"))
        r = self.rng.random()
        if r < 0.7:
            return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{kpp}.000"
        if r < 0.85:
            return f"{d}{kpp}000"
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {kpp} 000"

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "bri":
            d = r.choice(("4", "0", "3", "7")) + self.digits(14)
            return r.choice(
                (
                    f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                    d,
                    f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}",
                )
            )
        if bank == "bni":
            return r.choice(("0", "1", "08")) + self.digits(9 if r.random() < 0.5 else 8)
        if bank == "mdr":
            d = "1" + self.digits(12)
            return r.choice(
                (d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}", f"{d[:3]} {d[3:5]} {d[5:12]} {d[12]}")
            )
        if bank == "ntt":
            d = "0" + self.digits(14)
            return r.choice(
                (
                    f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}",
                    d[:14],
                    f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}",
                )
            )
        if bank == "bca":
            return r.choice(("0", "3", "7", "8")) + self.digits(9)
        return "7" + self.digits(9)  # bsi

    def plate(self) -> str:
        r = self.rng
        region = r.choice(("DH", "DH", "DH", "EB", "ED", "EA", "EW"))
        num = str(r.randint(1000, 9999)) if r.random() < 0.8 else str(r.randint(10, 999))
        suf = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice((1, 2, 2))))
        return r.choice(
            (
                f"{region} {num} {suf}",
                f"{region} {num} {suf}",
                f"{region}{num}{suf}",
                f"{region} {num}{suf}",
            )
        )

    def home(self) -> str:
        r = self.rng
        no = str(r.randint(1, 140)) + (r.choice("ABC") if r.random() < 0.1 else "")
        k = r.random()
        if k < 0.55:
            return f"{r.choice(HOME_STREETS)} No. {no}"
        if k < 0.7:
            return f"{r.choice(HOME_STREETS)} no {no}"
        if k < 0.8:
            return f"Gg. {r.choice(('Kakatua', 'Sepakat', 'Mawar', 'Damai', 'Kelor', 'Asoka'))} No. {no}"
        if k < 0.9:
            return f"{r.choice(HOME_STREETS)} Gg. {r.randint(1, 9)} No. {no}"
        return f"Perumnas Blok {r.choice('ABCDEFGHK')} No. {no}"

    def rt(self) -> str:
        r = self.rng
        a, b = r.randint(1, 45), r.randint(1, 15)
        return r.choice(
            (
                f"RT {a:03d}/RW {b:03d}",
                f"RT {a:02d} RW {b:02d}",
                f"rt {a} rw {b}",
                f"RT {a:02d}/RW {b:02d}",
                f"RT.{a:03d}/RW.{b:03d}",
                f"RT {a}/RW {b}",
                f"RT {a:02d}",
            )
        )

    def timestamp(self, k: int) -> str:
        m = self.minute + 3 * k + self.rng.randint(0, 2)
        h, mi = divmod(m, 60)
        months = (
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
        style = self.cache.setdefault("_tsstyle", str(self.rng.randint(0, 3)))
        if style == "0":
            return "%02d/%02d/%d %02d.%02d" % (self.day, self.month, self.year, h, mi)
        if style == "1":
            return "%02d/%02d/%02d %02d.%02d" % (self.day, self.month, self.year % 100, h, mi)
        if style == "2":
            return "%d %s %d %02d.%02d" % (self.day, months[self.month - 1], self.year, h, mi)
        return "%02d-%02d-%d %02d.%02d" % (self.day, self.month, self.year, h, mi)

    def date(self) -> str:
        r = self.rng
        months = (
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
        d, m = r.randint(1, 28), r.randint(1, 12)
        return r.choice(
            (
                "%02d/%02d/%d" % (d, m, self.year),
                "%d %s %d" % (d, months[m - 1], self.year),
                "%d-%d-%02d" % (d, m, self.year % 100),
                "tgl %d %s" % (d, months[m - 1][:3]),
            )
        )

    def amount(self) -> str:
        r = self.rng
        v = r.choice(
            (
                25,
                50,
                75,
                100,
                150,
                200,
                250,
                300,
                350,
                500,
                750,
                1000,
                1250,
                1500,
                2000,
                2500,
                3500,
                5000,
                7500,
                12000,
            )
        )
        v *= 1000
        s = f"{v:,}".replace(",", ".")
        return r.choice(
            (
                f"Rp {s}",
                f"Rp{s}",
                f"Rp. {s},-",
                f"{v // 1000} ribu" if v < 1000000 else f"{v / 1000000:g} juta".replace(".", ","),
            )
        )

    def value(self, name: str, key: str) -> str:
        """The value of placeholder ``{name<key>}``."""
        r = self.rng
        if name in (
            "n",
            "N",
            "l",
            "g",
            "G",
            "lg",
            "f",
            "F",
            "lf",
            "em",
            "emd",
            "emk",
            "nik",
            "nikb",
            "nikc",
            "niko",
            "npwpn",
            "dob",
            "JK",
        ):
            return self.person(int(key or "1"))[name]
        if name in ("hp", "hpx", "owa", "bizhp", "hpb"):
            return self.mobile()
        if name == "hpi":
            return self.mobile_intl()
        if name == "hpp":
            return self.mobile_raw()
        if name in ("tel", "otel"):
            return self.landline()
        if name in ("kk",):
            d = (
                "53"
                + r.choice(("71", "71", "01", "02", "03", "14", "20"))
                + "%02d" % r.randint(1, 6)
                + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 25))
                + "%04d" % r.randint(1, 9999)
            )
            return d if r.random() < 0.6 else " ".join(d[k : k + 4] for k in range(0, 16, 4))
        if name in ("npwp", "npwpb"):
            return self.npwp_old()
        if name == "bpjs":
            d = "000" + self.digits(10)
            return d if r.random() < 0.7 else f"{d[:4]} {d[4:8]} {d[8:]}"
        if name in ("bri", "bni", "mdr", "ntt", "bca", "bsi"):
            return self.account(name)
        if name == "rekb":
            return self.account(r.choice(("bri", "bni", "mdr", "ntt")))
        if name == "plate":
            return self.plate()
        if name == "addr":
            return self.home()
        if name == "rt":
            return self.rt()
        if name == "rtn":
            return "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15))
        if name == "street":
            return r.choice(PUBLIC_STREETS)
        if name == "kel":
            return r.choice(KELURAHAN)
        if name == "KEL":
            return r.choice(KELURAHAN).upper()
        if name == "kelx":
            return r.choice(
                (
                    "oebobo",
                    "oepura",
                    "liliba",
                    "oesapa",
                    "penfui",
                    "sikumana",
                    "bakunase",
                    "fatululi",
                    "naioni",
                    "kolhua",
                    "lasiana",
                    "namosain",
                )
            )
        if name == "kec":
            return r.choice(KECAMATAN)
        if name == "puskes":
            return r.choice(PUSKESMAS)
        if name in ("sdn", "smp"):
            return str(r.randint(1, 22))
        if name == "ts":
            return self.timestamp(int(key or "1"))
        if name == "tgl":
            return self.date()
        if name == "jam":
            return "%02d.%02d" % (r.randint(6, 22), r.choice((0, 10, 15, 30, 45)))
        if name == "rp":
            return self.amount()
        if name == "tiket":
            return r.choice(
                (
                    "#LPR-%d-%04d-%04d" % (self.year, r.randint(1, 9999), r.randint(1, 9999)),
                    "%02d%02d-%04d-%03d"
                    % (self.year % 100, self.month, r.randint(1000, 9999), r.randint(1, 999)),
                    "#%07d" % r.randint(1000000, 9999999),
                )
            )
        if name == "lapor":
            return "LAPOR-5371-%d-%05d" % (self.year, r.randint(1, 99999))
        if name == "va":
            return r.choice(
                (
                    "8808 " + " ".join(self.digits(4) for _ in range(3)),
                    "7007" + self.digits(12),
                    "BRIVA 12345 " + self.mobile_raw(),
                    "8277" + self.digits(12),
                )
            )
        if name == "billing":
            return "82%d" % self.year + self.digits(9)
        if name == "plnid":
            return r.choice(("5312", "5311", "5310")) + self.digits(8)
        if name == "token":
            return " ".join(self.digits(4) for _ in range(5))
        if name == "nop":
            return "53.71.%03d.%03d.%03d-%04d.0" % (
                r.randint(10, 60),
                r.randint(1, 30),
                r.randint(1, 99),
                r.randint(1, 9999),
            )
        if name == "surat":
            return r.choice(
                (
                    "700/%d/INSP/%d" % (r.randint(100, 999), self.year),
                    "045.2/%d/DKP/%d" % (r.randint(10, 500), self.year),
                    "503/PBG/%d/%05d" % (self.year, r.randint(1, 99999)),
                    "800/%d/BKPSDM/%d" % (r.randint(100, 999), self.year),
                )
            )
        if name == "resi":
            return r.choice(
                (
                    "JP" + self.digits(10),
                    "KPG%d%s" % (self.year % 100, self.digits(7)),
                    "%06d" % r.randint(1, 999999),
                    "NT-%s" % self.digits(8),
                )
            )
        if name == "samb":
            return "%02d-%02d-%06d" % (r.randint(1, 9), r.randint(1, 30), r.randint(1, 999999))
        if name == "nip":
            return "19%02d%02d%02d 20%02d%02d %d %03d" % (
                r.randint(65, 95),
                r.randint(1, 12),
                r.randint(1, 28),
                r.randint(5, 22),
                r.randint(1, 12),
                r.randint(1, 2),
                r.randint(1, 20),
            )
        if name == "trx":
            return "%d%02d%02d" % (self.year, self.month, self.day) + self.digits(8)
        if name == "inv":
            return "INV/%d/%02d/%04d" % (self.year, self.month, r.randint(1, 9999))
        if name == "meter":
            return "14" + self.digits(9)
        if name == "antri":
            return "%s-%03d" % (r.choice("ABCD"), r.randint(1, 250))
        if name == "num":
            return str(r.randint(2, 150))
        if name == "lambung":
            return "%02d" % r.randint(1, 99)
        if name == "hari":
            return r.choice(("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"))
        if name == "bulan":
            return r.choice(
                (
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
            )
        if name == "kode":
            return self.digits(6)
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
            if "@" in seg or any(c.isdigit() for c in seg):
                bad.append(f"name chars {seg!r}")
        elif kind == "phone" and not 9 <= digits <= 14:
            bad.append(f"phone digits {seg!r}")
        elif kind in ("nik", "kk") and not 15 <= sum(c.isalnum() for c in seg) <= 17:
            bad.append(f"nik {seg!r}")
        elif kind == "npwp" and digits not in (15, 16):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs" and digits != 13:
            bad.append(f"bpjs {seg!r}")
        elif kind == "bank_account" and not 10 <= digits <= 16:
            bad.append(f"account {seg!r}")
        elif kind == "email" and not ("@" in seg or re.search(r"\b(at|keong|et)\b|\[@\]", seg)):
            bad.append(f"email {seg!r}")
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
            d = "".join(c for c in seg if c.isdigit())
            if len(d) < 8:
                continue
            pos = [k for k, c in enumerate(text) if c.isdigit()]
            joined = "".join(text[k] for k in pos)
            start = joined.find(d)
            while start != -1:
                if not all(inside[pos[k]] for k in range(start, start + len(d))):
                    bad.append(f"unlabelled repeat of {seg!r}")
                start = joined.find(d, start + 1)
            for m in re.finditer(re.escape(seg), text):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
    return bad


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    U: bool = False,
) -> tuple:
    return (style, theme, text.strip(), F, M, U)


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, females, males, upper) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        made = 0
        tries = 0
        last: list[str] = []
        while made < 3:
            tries += 1
            if tries > 400:
                raise SystemExit(f"template {number} ({style}/{theme}) keeps failing: {last}")
            fl = Fill(rng, females, males)
            marked = fill(template, fl)
            if upper:
                marked = marked.upper()
            text, spans, values = extract(marked)
            last = problems(text, spans, values)
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    for k, rec in enumerate(records, start=1):
        rec["id"] = "d25-%04d" % k
    return [
        {
            "id": r["id"],
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for r in records
    ]


def report(records: list[dict[str, object]], digest: str) -> None:
    kinds = sorted(KINDS.values())
    print("SHA-256", digest)
    print("texts", len(records), "spans", sum(len(r["spans"]) for r in records))
    empty = sum(1 for r in records if not r["spans"])
    print("without spans %d (%.1f %%)" % (empty, 100 * empty / len(records)))
    for field, values in (("style", STYLES), ("theme", THEMES)):
        print()
        print("| %s | texts | without spans | %s |" % (field, " | ".join(kinds)))
        print("|---|---:|---:|%s" % ("---:|" * len(kinds)))
        total = Counter()
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


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(records) >= 600, len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= 55 for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= 0.3 * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("phone", "email", "bank_account", "npwp"):
        assert per[kind] >= 30, (kind, per[kind])
    pairs = defaultdict(set)
    for r in records:
        pairs[r["style"]].add(r["theme"])
    for s in STYLES:
        assert len(pairs[s]) >= 6, (s, pairs[s])


def main() -> None:
    records = build()
    check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate. Placeholders: {n1} full name of
# person 1 ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}/{lf1} family
# name), {hp…} a mobile, {tel…} a home landline, {em1}/{emd1}/{emk1} person 1's mailbox (plain,
# dodged, on an office's domain); look-alikes: {otel…} office line, {owa…} office mobile,
# {hpx…} a scam's number, {bizhp…} a business's number, {npwpb…} a body's NPWP, {rekb…} a body's
# account, {tiket}, {lapor}, {va}, {billing}, {plnid}, {token}, {nop}, {surat}, {resi}, {samb}, …

TEMPLATES: list[tuple] = []

# ---- sms_1708: SMS to 1708, "KOTKUPANG <keluhan>", lower case and capitals
TEMPLATES += [
    T(
        "sms_1708",
        "own_and_kin",
        "KOTKUPANG air PDAM sdh 5 hari tdk jalan di [[a:{rt1}]] kel. {kel}. sdh tlp hotline PDAM {otel1} tdk diangkat. tlg cek. hub sy [[p:{hp1}]] ([[n:{g1}]])",
    ),
    T(
        "sms_1708",
        "own_and_kin",
        "KOTKUPANG LAMPU JALAN DI {street1} MATI SDH 2 MGG. SDH LAPOR KE WA PENGADUAN DISHUB {owa1} BLM ADA RESPON. INI NO SY [[p:{hp1}]] ATAU NO ISTRI [[p:{hp2}]]. TRIMS [[n:{g1}]]",
        M=(1,),
        U=True,
    ),
    T(
        "sms_1708",
        "office_lines",
        "kotkupang sy sdh tlp call center PLN 123 dan WA PLN {owa1} tp tdk ada jwbn. listrik padam sejak jam {jam1} di sekitar {street1}. ID pel {plnid1}. mohon bantuan",
    ),
    T(
        "sms_1708",
        "scams",
        "KOTKUPANG SY DAPAT SMS DARI {hpx1} KATANYA SY MENANG UNDIAN {rp1} DARI BANK NTT. SY DISURUH TLP {hpx2} UTK KLAIM. ITU PENIPU KAH? TLG DIBLOKIR",
        U=True,
    ),
    T(
        "sms_1708",
        "scams",
        "kotkupang sy ditelp no {hpx1} ngaku petugas PLN minta kode token. tdk sy kasi. tp tetangga sy [[n:{g2}]] su kasi dan pulsa {rp1} hilang. laporan dr [[n:{lg1}]] [[p:{hp1}]]",
    ),
    T(
        "sms_1708",
        "persons_dealt",
        "KOTKUPANG SY BELI MOTOR BEKAS DARI [[n:{N2}]] HP [[p:{hp2}]], PLAT [[pl:{plate1}]], BPKB TDK DISERAHKAN SMP SKRG PADAHAL SDH LUNAS {rp1}. MOHON BANTUAN. [[n:{N1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "persons_dealt",
        "kotkupang rentenir di pasar oebobo, ibu [[n:{n2}]] no wa [[p:{hp2}]], tagih bunga 30% per bln dan ancam sita motor sy. sy [[n:{g1}]] [[p:{hp1}]]",
        F=(2,),
    ),
    T(
        "sms_1708",
        "office_lines",
        "KOTKUPANG NOMOR PUSKESMAS {puskes} YG DI PAPAN {otel1} SDH TDK AKTIF. WA PUSKESMAS {owa1} JG TDK BALAS. MOHON NOMORNYA DIPERBAIKI",
        U=True,
    ),
    T(
        "sms_1708",
        "adverts",
        'kotkupang ada spanduk pinjol "DANA CEPAT CAIR 1 JAM hub WA {bizhp1} / {bizhp2}" dipasang di tiang listrik {street1}. tlg dicabut, bnyk warga tertipu',
    ),
    T(
        "sms_1708",
        "accounts_npwp",
        "KOTKUPANG PANITIA PEMBANGUNAN GEREJA MINTA SUMBANGAN WAJIB {rp1} PER KK, TRANSFER KE REK BANK NTT [[b:{ntt1}]] A.N. [[n:{n2}]] (BENDAHARA PANITIA). APA BOLEH DIPAKSA? SY [[n:{n1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "mailboxes",
        "kotkupang sy sdh kirim berkas pindah datang ke email dukcapil.kotakupang@gmail.com tp blm dibalas 2 mgg. tlg balas ke email sy [[e:{em1}]] atau wa [[p:{hp1}]]",
    ),
    T(
        "sms_1708",
        "own_and_kin",
        "KOTKUPANG ANAK SY [[n:{g2}]] DITAHAN IJAZAH OLEH SEKOLAH KRN TUNGGAKAN {rp1}. TLP SEKOLAH {otel1} TDK ADA YG ANGKAT. HP SY [[p:{hp1}]] / [[p:{hp3}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "scams",
        "kotkupang hati2 ada WA {hpx1} pake foto pak lurah minta transfer utk bantuan sosial. nomor itu bukan nomor lurah. mohon diumumkan ke warga",
    ),
    T(
        "sms_1708",
        "persons_dealt",
        "kotkupang ibu kos sy [[n:{g2}]] sonde kembalikan uang jaminan {rp1} padahal sy sdh keluar {tgl1}. no dia [[p:{hp2}]]. tlg dibantu, sy [[n:{lg1}]] [[p:{hp1}]]",
        F=(2,),
    ),
    T(
        "sms_1708",
        "office_lines",
        "KOTKUPANG INFO NOMOR PENGADUAN DINAS SOSIAL YG BARU BRP? YG LAMA {owa1} SDH TDK AKTIF. YG DI FB TULIS {owa2}. MANA YG BENAR?",
        U=True,
    ),
    T(
        "sms_1708",
        "accounts_npwp",
        "kotkupang sy pedagang kecil usaha perorangan, NPWP pribadi sy [[npwp:{npwp1}]] tp di aplikasi pajak tertulis nama CV lain. mohon dibantu. [[n:{n1}]] hp [[p:{hp1}]]",
    ),
    T(
        "sms_1708",
        "adverts",
        'KOTKUPANG BENGKEL LAS DI {street1} KERJA SAMPAI JAM 12 MALAM, BISING. DI PAPAN NAMANYA TULIS "LAS KARYA BARU HUB {bizhp1}". SDH DITEGUR TDK DIDENGAR',
        U=True,
    ),
    T(
        "sms_1708",
        "own_and_kin",
        "kotkupang mama sy [[n:{g2}]] lansia blm terima BLT {bulan1}. no bpjs mama [[bpjs:{bpjs1}]]. tlp sy [[p:{hp1}]] kalau tdk aktif tlp rumah [[p:{tel1}]]",
        F=(2,),
    ),
    T(
        "sms_1708",
        "mailboxes",
        "kotkupang email pengaduan.kasih@kupangkota.go.id selalu gagal terkirim, pesan mental. yg benar email yg mana? tiket sy {tiket1}",
    ),
    T(
        "sms_1708",
        "scams",
        "KOTKUPANG SY TERTIPU JUAL BELI HP ONLINE {rp1}. PENJUAL NGAKU NAMANYA [[n:{g2}]], WA [[p:{hp2}]], REK BRI [[b:{bri1}]]. SKRG NOMORNYA DIBLOKIR. SY [[n:{N1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "persons_dealt",
        "kotkupang sopir angkot jalur 3 ugal2an, nomor lambung {lambung1}, sy foto jam {jam1} di depan pasar kasih naikoten. tlg dishub tindak. bukti ada",
    ),
    T(
        "sms_1708",
        "office_lines",
        "KOTKUPANG TLP KANTOR LURAH {otel1} SIBUK TERUS DARI PAGI. SY MAU URUS SURAT PINDAH, KAPAN KANTOR BUKA? {tgl1}",
        U=True,
    ),
]

# ---- wa_forward: forwarded WhatsApp chats and broadcasts
TEMPLATES += [
    T(
        "wa_forward",
        "scams",
        """*Diteruskan berkali-kali*
⚠️ HATI-HATI PENIPUAN ⚠️
Ada nomor {hpx1} mengaku petugas Dukcapil Kota Kupang minta foto KTP dan kode OTP. Dukcapil tidak pernah minta OTP. Nomor resmi layanan Dukcapil hanya {otel1}. Sebarkan ke grup keluarga!!""",
    ),
    T(
        "wa_forward",
        "own_and_kin",
        """[{ts1}] [[n:{g1}]]: Bapa, ini nomor baru sa [[p:{hp1}]], yg lama hilang
[{ts2}] [[n:{g2}]]: Ok nak. Jang lupa lapor PDAM, air mati lagi. Nomor pengaduan PDAM {owa1}
[{ts3}] [[n:{g1}]]: Su lapor bapa, tiket {tiket1}""",
        M=(2,),
    ),
    T(
        "wa_forward",
        "persons_dealt",
        """[{ts1}] [[p:{hpi1}]]: Sore bapa mama, sa [[n:{g1}]] dari [[a:{rt1}]]. Air di sini su 4 hari sonde jalan.
[{ts2}] Admin Kelurahan: Baik, kami teruskan ke PDAM. Nomor pengaduan PDAM {otel1}
[{ts3}] [[p:{hpi2}]]: Sama di kami pung rumah, su beli air tangki {rp1}""",
    ),
    T(
        "wa_forward",
        "scams",
        """*Diteruskan*
[{ts1}] [[n:{n1}]]: Tadi ada yg telp dari {hpx1}, mengaku kurir J&T, minta sa buka link. Sa sonde buka.
[{ts2}] [[n:{n2}]]: Betul itu penipu. Kemarin beta pung adik [[n:{g3}]] kena, dia kirim {rp1} ke orang yg kasi nama [[n:{n4}]] di nomor [[p:{hp4}]]""",
    ),
    T(
        "wa_forward",
        "office_lines",
        """*Diteruskan*
PENGUMUMAN
Mulai {tgl1} nomor layanan Puskesmas {puskes} berubah.
Nomor lama: {otel1}
Nomor baru: {otel2} / WA {owa1}
Pelayanan Senin–Sabtu 07.30–14.00. Terima kasih.""",
    ),
    T(
        "wa_forward",
        "adverts",
        """Forward dari grup arisan:
🍱 DAPUR FLOBAMORA CATERING 🍱
Nasi kotak mulai {rp1}
Pesan antar WA {bizhp1} atau {bizhp2}
Dapur: {street1} No. {num1}
---
Ini katering yg bikin keracunan di acara kemarin, tolong Dinkes periksa. Struk {resi1} masih sa simpan""",
    ),
    T(
        "wa_forward",
        "persons_dealt",
        """[{ts1}] [[n:{lg1}]]: Sapa yg jual sapi kemarin? Nomornya berapa
[{ts2}] [[n:{lg2}]]: Om [[n:{g3}]] [[p:{hp3}]], rumahnya di [[a:{addr3}]]
[{ts3}] [[n:{lg1}]]: Makasih. Sapi yg dia jual ternyata sakit, mau lapor ke dinas peternakan {otel1}""",
        M=(3,),
    ),
    T(
        "wa_forward",
        "own_and_kin",
        """[{ts1}] [[n:{g1}]] RT: Bapa mama, yg belum kumpul fotokopi KK utk data bansos tolong antar ke rumah sa. Info tanya ke sa [[p:{hp1}]] atau sekretaris RT [[n:{g2}]] [[p:{hp2}]]. Jang kirim ke nomor kelurahan {otel1}, itu khusus kantor.""",
    ),
    T(
        "wa_forward",
        "scams",
        """*Forwarded many times*
INFO RESMI BANSOS KEMENSOS {bulan1}
Daftar via WA admin {hpx1} (Ibu Menteri)
Kirim foto KTP + KK + {rp1} biaya admin
---
Ini hoaks kah? nomor itu sapa pung? tolong Dinsos kasi tau""",
    ),
    T(
        "wa_forward",
        "accounts_npwp",
        """[{ts1}] Bendahara Panitia Natal: Sumbangan bisa ke rek Majelis Jemaat Bank NTT {ntt1} atau ke rek sa pribadi BRI [[b:{bri1}]] a.n. [[n:{n2}]]
[{ts2}] [[n:{lg3}]]: Kenapa ada rek pribadi? Sa lapor ke majelis
[{ts3}] [[n:{lg4}]]: Betul, harusnya cuma rek jemaat""",
    ),
    T(
        "wa_forward",
        "mailboxes",
        """*Diteruskan*
[{ts1}] [[n:{n1}]]: Berkas lamaran PPPK kirim ke mana kaka?
[{ts2}] [[n:{n2}]]: Ke rekrutmen.bkpsdm.kotakupang@gmail.com, jang kirim ke email pribadi sa [[e:{em2}]] e
[{ts3}] [[n:{n1}]]: Siap kaka, makasih""",
    ),
    T(
        "wa_forward",
        "own_and_kin",
        """[{ts1}] [[n:{g1}]]: Ma, nomor Mama su diganti?
[{ts2}] Mama: Iya nak, pakai [[p:{hp2}]]. Yg lama [[p:{hp3}]] su hilang sama HP
[{ts3}] [[n:{g1}]]: Ok, nanti sa lapor ke grapari {otel1} untuk blokir""",
    ),
    T(
        "wa_forward",
        "office_lines",
        """Info dari grup RT:
NOMOR PENTING KOTA KUPANG
Pemadam kebakaran: 113 / {otel1}
Ambulans PSC 119: {owa1}
PLN: 123
PDAM: {otel2}
Polsek {kec1}: {otel3}
Simpan baik2 🙏""",
    ),
    T(
        "wa_forward",
        "scams",
        """*Diteruskan*
Tolong share. Nomor {hpx1} ngaku anak kos sa, bilang kecelakaan dan minta transfer {rp1}. Anak sa yg asli [[n:{g2}]] nomornya [[p:{hp2}]], dia aman2 saja. Dari [[n:{n1}]], [[a:{rt1}]]""",
    ),
    T(
        "wa_forward",
        "persons_dealt",
        """[{ts1}] [[p:{hp1}]]: Sa mau pesan air tangki, bisa?
[{ts2}] [[p:{hp2}]]: Bisa, {rp1} per tangki. Sa [[n:{g2}]], sopir tangki
[{ts3}] [[p:{hp1}]]: Kemarin air yg bapa antar kotor, ada lumut. Sa mau lapor ke PDAM""",
    ),
    T(
        "wa_forward",
        "adverts",
        """*Forward*
KOS PUTRI "ANUGERAH"
Dekat kampus Undana Penfui
AC, WiFi, kamar mandi dalam, {rp1}/bln
Hub: {bizhp1}

Tolong cek izin kos ini, sampahnya dibuang di got depan""",
    ),
    T(
        "wa_forward",
        "scams",
        """[{ts1}] [[n:{g1}]]: Ada yg telpon sa pake nomor {hpx1}, dia bilang dia dari BPJS Kesehatan, minta nomor kartu.
[{ts2}] [[n:{g2}]]: Jang kasi. Nomor resmi BPJS cuma 165.
[{ts3}] [[n:{g1}]]: Sa su kasi nomor kartu mama [[bpjs:{bpjs1}]] 😭""",
    ),
    T(
        "wa_forward",
        "accounts_npwp",
        """*Diteruskan dari grup pedagang*
Iuran kebersihan pasar bulan {bulan1} {rp1}, setor ke rek UPTD Pasar Bank NTT {ntt1} atau bayar di loket. NPWP UPTD {npwpb1}. Bukti transfer kirim ke WA admin {owa1}""",
    ),
    T(
        "wa_forward",
        "persons_dealt",
        """[{ts1}] [[n:{lg1}]]: Sapa nomor [[p:{hp2}]] ini? Dia masuk grup RT
[{ts2}] [[n:{lg3}]]: Itu [[n:{g2}]], anak baru kontrak di [[a:{addr2}]]""",
    ),
    T(
        "wa_forward",
        "mailboxes",
        """*Diteruskan*
Untuk pendaftaran lomba HUT Kota, kirim ke panitia.hutkota.kupang@gmail.com. Kalau ada kendala, hubungi sekretaris panitia [[n:{n1}]] di [[e:{emd1}]]""",
    ),
    T(
        "wa_forward",
        "own_and_kin",
        """[{ts1}] Admin Kelurahan: Selamat pagi bapa mama warga RT 11, besok pelayanan KTP keliling di kantor lurah jam 09.00. Info {otel1}
[{ts2}] grup warga: Siap 🙏""",
    ),
    T(
        "wa_forward",
        "persons_dealt",
        """[{ts1}] [[n:{g1}]]: Panitia minta nomor WA keluarga yg bisa dihubungi
[{ts2}] [[n:{g2}]]: Kasi nomor sa saja [[p:{hp2}]] / [[p:{hp3}]]
[{ts3}] [[n:{g1}]]: Ok. WA panitia {owa1} / {owa2} juga bisa kalau sa sonde angkat""",
    ),
]

# ---- web_form: the city portal's complaint form
TEMPLATES += [
    T(
        "web_form",
        "own_and_kin",
        """Nama Pelapor : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. HP/WA : [[p:{hp1}]]
Email : [[e:{em1}]]
Alamat : [[a:{addr1}, {rt1}]], Kel. {kel1}
Kategori : Air Bersih
Isi Laporan : Air PDAM tidak mengalir sejak {tgl1}. Sudah telepon hotline PDAM {otel1} dan WA center {owa1}, jawabannya tunggu. Nomor sambungan {samb1}.
Kerahasiaan : Rahasia""",
    ),
    T(
        "web_form",
        "own_and_kin",
        """Nama Pelapor : (dirahasiakan)
No. HP : -
Kategori : Administrasi Kependudukan
Isi Laporan : Sudah 3 kali ke kantor camat {kec1} urus KK, disuruh telepon {otel1} untuk cek status, tidak pernah diangkat. Nomor antrian terakhir {antri1}, tanggal {tgl1}.
Kerahasiaan : Anonim""",
    ),
    T(
        "web_form",
        "office_lines",
        """Nama Pelapor : Anonim
Kategori : Pelayanan Publik
Isi Laporan : Nomor WA Layanan Dukcapil {owa1} yang tertera di website sudah tidak aktif. Nomor lama {otel1} juga tidak diangkat. Mohon diperbarui di papan informasi. Tiket sebelumnya {tiket1}.""",
    ),
    T(
        "web_form",
        "scams",
        """Nama Pelapor : [[n:{n1}]]
No. HP : [[p:{hp1}]]
Kategori : Penipuan
Isi Laporan : Pada {tgl1} saya ditelepon nomor {hpx1} yang mengaku dari Bank NTT, minta kode OTP. Saya sempat kirim {rp1}. Nomor itu masih aktif sampai sekarang. Mohon diteruskan ke kepolisian.""",
    ),
    T(
        "web_form",
        "persons_dealt",
        """Nama : [[n:{n1}]]
Telp : [[p:{hp1}]]
Kategori : Ketertiban
Isi : Pemilik rumah kontrakan, Bapak [[n:{n2}]] (HP [[p:{hp2}]]), memutus listrik rumah yang saya sewa di [[a:{addr1}]] karena saya telat bayar 3 hari. Token {token1} yang saya beli tidak bisa dipakai.""",
        M=(2,),
    ),
    T(
        "web_form",
        "accounts_npwp",
        """Nama Pelapor : [[n:{n1}]]
NPWP : [[npwp:{npwp1}]]
No. HP : [[p:{hp1}]]
Kategori : Pajak Daerah
Isi : Saya pemilik usaha perorangan (kios sembako). Tagihan pajak datang atas NPWP CV Timor Indah {npwpb1}, padahal bukan usaha saya. Kode billing {billing1}. Mohon diperbaiki.""",
    ),
    T(
        "web_form",
        "mailboxes",
        """Nama : [[n:{n1}]]
Email : [[e:{emk1}]]
Kategori : Pendidikan
Isi : Saya guru di SDN {sdn1} Kupang. Email dinas saya di atas tidak bisa login ke aplikasi. Sudah kirim ke helpdesk.disdik@kupangkota.go.id tapi belum dibalas. Balasan juga bisa ke email sekolah sdn{sdn1}.kupang@gmail.com.""",
    ),
    T(
        "web_form",
        "adverts",
        """Nama Pelapor : Dirahasiakan
Kategori : Perhubungan
Isi : Ada travel gelap "KUPANG-SOE EXPRESS" (hub {bizhp1} / {bizhp2}) mangkal di {street1}, mobil tanpa izin trayek. Tiket {rp1} per orang, sering kebut.""",
    ),
    T(
        "web_form",
        "own_and_kin",
        """Nama Pelapor : [[n:{n1}]]
Hubungan dengan pasien : Anak
Nama Pasien : [[n:{g2} {f1}]]
No. Kartu BPJS Pasien : [[bpjs:{bpjs1}]]
No. HP Pelapor : [[p:{hp1}]]
No. HP Keluarga lain : [[p:{hp3}]] ([[n:{g3}]])
Isi : Bapak saya ditolak di IGD karena kartu dianggap tidak aktif. Telepon IGD {otel1} tidak diangkat.""",
        M=(2,),
    ),
    T(
        "web_form",
        "scams",
        """Nama Pelapor : Anonim
Kategori : Penipuan
Isi : Ada akun FB "Dinsos Kota Kupang Resmi" pakai WA {hpx1} minta biaya pendaftaran PKH {rp1} lewat VA {va1}. Mohon diklarifikasi apakah nomor itu resmi.""",
    ),
    T(
        "web_form",
        "persons_dealt",
        """Nama Pelapor : [[n:{n1}]]
Alamat : [[a:{rt1}]], Kel. {kel1}
No. HP : [[p:{hp1}]]
Isi : Saya pinjam uang dari tetangga, Ibu [[n:{n2}]], {rp1}. Dia tagih lewat WA [[p:{hp2}]] dengan ancaman dan sebar foto KTP saya di grup.""",
        F=(2,),
    ),
    T(
        "web_form",
        "accounts_npwp",
        """Nama Pelapor : [[n:{n1}]]
No. Rekening : [[b:{bri1}]] (BRI)
Kategori : Pendidikan
Isi : Bantuan PIP anak saya [[n:{g2}]] tidak masuk ke rekening di atas. Sekolah minta ditransfer ke rekening sekolah {rekb1} a.n. SDN {sdn1} Kupang, bukan rekening anak.""",
    ),
    T(
        "web_form",
        "mailboxes",
        """Nama Pelapor : Dirahasiakan
Kategori : Pemerintahan
Isi : Undangan rapat dari kelurahan dikirim dari lurah.{kelx1}@gmail.com dan dari pkk.{kelx1}@gmail.com. Mana yang resmi? Balasan kami tidak dijawab.""",
    ),
    T(
        "web_form",
        "own_and_kin",
        """Nama : [[n:{n1}]]
No. HP : [[p:{hp1}]] / [[p:{hp4}]]
Telp. Rumah : [[p:{tel1}]]
Kategori : Telekomunikasi
Isi : Tiang telepon roboh di {street1}, telepon rumah mati sejak hujan {tgl1}. Sudah lapor 147 dan Plasa Telkom {otel1}.""",
    ),
    T(
        "web_form",
        "office_lines",
        """Kategori : Kesehatan
Isi : Nomor pendaftaran online Puskesmas {puskes1} (WA {owa1}) hanya balas otomatis. Daftar: {owa2} juga begitu. Lansia susah antre dari jam 06.00.""",
    ),
    T(
        "web_form",
        "accounts_npwp",
        """Nama Pelapor : (anonim)
Kategori : Sosial
Isi : Yayasan Kasih Bangsa minta sumbangan dari rumah ke rumah, ke rekening yayasan BRI {rekb1}, NPWP yayasan {npwpb1}. Apakah yayasan ini terdaftar di Dinas Sosial?""",
    ),
    T(
        "web_form",
        "persons_dealt",
        """Nama Pelapor : [[n:{n1}]]
No. WA : [[p:{hp1}]]
Terlapor : [[n:{n2}]]
No. HP Terlapor : [[p:{hp2}]]
Isi : Terlapor menjual tanah kapling kepada saya seharga {rp1} tapi sertifikat atas nama orang lain. NOP {nop1}.""",
    ),
    T(
        "web_form",
        "mailboxes",
        """Nama : [[n:{n1}]]
Email (tanpa spasi) : [[e:{emd1}]]
Kategori : Kependudukan
Isi : Akta kelahiran anak saya salah nama. Mohon balasan ke email di atas, bukan ke dukcapil@kupangkota.go.id karena saya tidak punya akses.""",
    ),
    T(
        "web_form",
        "scams",
        """Nama Pelapor : [[n:{n1}]]
Kontak : [[p:{hp1}]]
Isi : Pada {tgl1} saya transfer {rp1} ke [[n:{n2}]] (rek BNI [[b:{bni1}]]) untuk tiket kapal ke Rote, ternyata tiket palsu. Nomor dia [[p:{hp2}]] sekarang tidak aktif.""",
    ),
    T(
        "web_form",
        "adverts",
        """Kategori : Kesehatan Lingkungan
Isi Laporan : Depot air isi ulang "Tirta Sehat" (telp {bizhp1}) di {street1} tidak punya sertifikat laik higiene. Struk {resi1}, harga {rp1} per galon.""",
    ),
    T(
        "web_form",
        "mailboxes",
        """Nama Pelapor : [[n:{n1}]]
Email : [[e:{em1}]]
Isi : Saya dapat email dari bansos.pkh.kupang@gmail.com minta data KK. Apakah itu email resmi? Data saya belum saya kirim.""",
    ),
    T(
        "web_form",
        "office_lines",
        """Kategori : Infrastruktur
Isi : Jalan di {street1} berlubang besar. Sudah lapor ke Dinas PUPR telp {otel1} dan SMS 1708. Tiket {tiket1}, belum ada perbaikan.""",
    ),
]

# ---- email_thread: mails to and from the unit, with quoted replies
TEMPLATES += [
    T(
        "email_thread",
        "mailboxes",
        """From: [[n:{n1}]] <[[e:{em1}]]>
To: Unit Pengaduan Kasih <pengaduan.kasih@kupangkota.go.id>
Subject: Jalan rusak {street1}

Yth. Admin,
Jalan di {street1} rusak parah sejak {tgl1}. Mohon ditindaklanjuti.

Salam,
[[n:{g1}]]
HP [[p:{hp1}]]""",
    ),
    T(
        "email_thread",
        "mailboxes",
        """From: [[n:{n1}]] <[[e:{em1}]]>
To: [[n:{n2}]] <[[e:{emk2}]]>
Subject: Re: Tindak lanjut {tiket1}

Terima kasih Ibu. Sampai hari ini belum ada petugas yang datang.

Pada {tgl2}, [[n:{n2}]] <[[e:{emk2}]]> menulis:
> Yth. Bapak [[n:{g1}]], laporan Bapak sudah kami teruskan ke Bidang Bina Marga (telp. {otel1}).""",
        F=(2,),
        M=(1,),
    ),
    T(
        "email_thread",
        "mailboxes",
        """From: Humas Pemkot Kupang <humas.pemkotkupang@gmail.com>
To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
Cc: dinkes.kotakupang@gmail.com
Subject: Penerusan pengaduan {lapor1}

Dengan hormat, bersama ini kami teruskan pengaduan masyarakat terkait sertifikat ganda NOP {nop1}. Mohon tanggapan melalui surel ini atau telp {otel1}.""",
    ),
    T(
        "email_thread",
        "own_and_kin",
        """From: [[n:{f1}]], [[n:{g1}]] <[[e:{em1}]]>
To: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Kartu KIS istri tidak aktif

Kartu KIS istri saya [[bpjs:{bpjs1}]] tiba-tiba tidak aktif. Untuk konfirmasi hubungi saya di [[p:{hp1}]] atau istri saya [[n:{g2}]] di [[p:{hp2}]]. Call center 165 tidak membantu.""",
        F=(2,),
        M=(1,),
    ),
    T(
        "email_thread",
        "office_lines",
        """From: Sekretariat Disdukcapil <disdukcapil.kotakupang@gmail.com>
To: (daftar penerima tersembunyi)
Subject: Perubahan nomor layanan

Mulai {tgl1} layanan informasi Dukcapil menggunakan WA {owa1}. Nomor lama {otel1} tidak aktif lagi. Pengaduan tetap lewat SMS 1708 (KOTKUPANG spasi isi).""",
    ),
    T(
        "email_thread",
        "accounts_npwp",
        """From: [[n:{n1}]] <[[e:{em1}]]>
To: kpp.kupang@pajak.go.id
Subject: NPWP ganda

Saya memiliki dua NPWP: [[npwp:{npwp1}]] (lama) dan yang baru sama dengan NIK, [[npwp:{npwpn1}]]. Bendahara kantor memotong PPh memakai NPWP bendahara {npwpb1} dan bukti potong {surat1} tidak muncul di akun saya.""",
    ),
    T(
        "email_thread",
        "scams",
        """From: Bank NTT <info@bankntt.co.id>
Subject: Waspada penipuan mengatasnamakan Bank NTT

Nasabah Yth., Bank NTT tidak pernah meminta PIN atau OTP. Nomor {hpx1} dan {hpx2} yang mengaku petugas Bank NTT bukan nomor kami. Call center resmi {otel1}.""",
    ),
    T(
        "email_thread",
        "scams",
        """From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan@ombudsman.go.id
Subject: Penipuan rekrutmen CPNS

Saya diminta {rp1} oleh orang yang mengaku bernama [[n:{n2}]], staf BKPSDM, nomor [[p:{hp2}]]. Uang saya transfer ke rekening Mandiri [[b:{mdr1}]] a.n. [[n:{n3}]].""",
    ),
    T(
        "email_thread",
        "persons_dealt",
        """From: [[n:{n1}]] <[[e:{em1}]]>
To: Unit Pengaduan Kasih <pengaduan.kasih@kupangkota.go.id>
Subject: Tukang renovasi kabur

Tukang yang saya bayar, Bapak [[n:{n2}]] (HP [[p:{hp2}]]), kabur setelah terima DP {rp1}. Kwitansi no. {resi1}. Dia juga tidak punya izin usaha.""",
        M=(2,),
    ),
    T(
        "email_thread",
        "adverts",
        """From: Flobamora Tour & Travel <booking.flobamoratravel@gmail.com>
To: (banyak penerima)
Subject: Promo tiket Kupang–Rote

Kapal cepat PP {rp1}. Booking: WA {bizhp1} / {bizhp2}, kantor {otel1}.
---
Diteruskan oleh warga ke pengaduan: sudah bayar tapi jadwal dibatalkan tanpa refund.""",
    ),
    T(
        "email_thread",
        "mailboxes",
        """From: [[n:{n1}]] <[[e:{em1}]]>
To: "Sdr. [[n:{n2}]]" <[[e:{em2}]]>, Dinas PUPR <pupr.kotakupang@gmail.com>
Cc: [[n:{n3}]] <[[e:{emk3}]]>
Subject: Saluran tersumbat

Saluran depan rumah kami tersumbat sejak {tgl1}. Foto terlampir.""",
    ),
    T(
        "email_thread",
        "own_and_kin",
        """Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: pengaduan.kasih@kupangkota.go.id
Perihal: Listrik rumah

Saya tinggal di [[a:{addr1}]], Kel. {kel1}. Meteran listrik {meter1} rusak. Telepon rumah [[p:{tel1}]] bisa dihubungi sore hari, HP [[p:{hp1}]].""",
    ),
    T(
        "email_thread",
        "accounts_npwp",
        """From: CV Sinar Timor <cvsinartimor@gmail.com>
To: bendahara.kelurahan@gmail.com
Subject: Tagihan {inv1}

Mohon transfer ke rekening perusahaan BRI {rekb1} a.n. CV Sinar Timor. NPWP {npwpb1}. Jatuh tempo {tgl1}.
---
Ditanyakan oleh warga: pekerjaan belum selesai tapi sudah ditagih.""",
    ),
    T(
        "email_thread",
        "persons_dealt",
        """From: [[n:{n1}]] <[[e:{em1}]]>
Subject: Keberatan tagihan koperasi

Koperasi Tunas Harapan (rek penampung {rekb1}) menagih {rp1} padahal sudah lunas. Petugas lapangan koperasi, Sdr. [[n:{n2}]], datang malam-malam. Nomor pribadinya [[p:{hp2}]] terus menelepon anak saya.""",
    ),
    T(
        "email_thread",
        "office_lines",
        """From: UPT Puskesmas {puskes1} <pkm.puskesmas{kelx1}@gmail.com>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Re: Imunisasi anak

Yth. Ibu [[n:{g1}]],
Jadwal imunisasi ulang hari {hari1} jam 08.00. Untuk konfirmasi hubungi petugas kami Ibu [[n:{n2}]] di [[p:{hp2}]] atau telp puskesmas {otel1}.""",
        F=(1, 2),
    ),
    T(
        "email_thread",
        "scams",
        """From: [[n:{n1}]] <[[e:{em1}]]>
To: pengaduan.kasih@kupangkota.go.id
Subject: Apakah email ini resmi?

Saya terima email dari bansos.kemensos.ntt@gmail.com minta nomor rekening. Rekening saya BRI [[b:{bri1}]] sudah saya kirim, sekarang saldo berkurang {rp1}.""",
    ),
    T(
        "email_thread",
        "mailboxes",
        """From: Tata Usaha SMPN {smp1} Kupang <tu.smpn{smp1}kupang@gmail.com>
To: orang tua murid
Subject: Info PPDB

Pendaftaran: ppdb.smpn{smp1}kupang@gmail.com
Kontak: telp {otel1}, WA {owa1}
---
Keluhan: email di atas penuh, berkas tidak bisa dikirim.""",
    ),
    T(
        "email_thread",
        "own_and_kin",
        """Sudah saya laporkan ke BPBD ({otel1}) dan LAPOR!, nomor {lapor1}. - [[n:{g1}]]

On {tgl1}, [[n:{n2}]] <[[e:{em2}]]> wrote:
> Kak, tolong bantu lapor. Rumah kami di [[a:{addr2}]] kebanjiran. HP sa mati, pakai nomor suami [[p:{hp3}]].""",
    ),
    T(
        "email_thread",
        "accounts_npwp",
        """From: [[n:{n1}]] <[[e:{em1}]]>
Subject: Dana duka RT dipotong

Uang duka untuk keluarga kami ditransfer ke rekening panitia BNI [[b:{bni1}]] a.n. [[n:{n2}]], tapi yang sampai ke kami kurang {rp1}. Rekening Majelis Jemaat {rekb1} tidak dipakai.""",
    ),
    T(
        "email_thread",
        "scams",
        """Subject: Re: nomor penipu

Nomor penipu yang sudah dilaporkan warga minggu ini: {hpx1}, {hpx2} dan {hpx3}. Ketiganya mengaku dari Bapenda dan minta transfer denda PBB ke VA {va1}. Mohon diumumkan.""",
    ),
    T(
        "email_thread",
        "adverts",
        """From: [[n:{n1}]] <[[e:{em1}]]>
Subject: Kos ribut tiap malam

Kos di sebelah rumah saya, papannya tulis "Kos Putra Sasando, hub [[p:{hp2}]] (Ibu [[n:{g2}]])", tiap malam ada pesta sampai jam 3. Pemiliknya tidak peduli.""",
        F=(2,),
    ),
    T(
        "email_thread",
        "office_lines",
        """From: Admin LAPOR! <noreply@lapor.go.id>
Subject: Status laporan {lapor1}

Laporan Anda telah diteruskan ke Dinas Lingkungan Hidup Kota Kupang (telp {otel1}). Batas tindak lanjut {tgl1}.""",
    ),
]

# ---- call_log: call-centre notes and calls written out
TEMPLATES += [
    T(
        "call_log",
        "own_and_kin",
        """CATATAN PANGGILAN 112 — {tgl1} {jam1}
Pelapor: [[n:{n1}]]
Nomor penelepon: [[p:{hp1}]]
Lokasi: [[a:{addr1}]], Kel. {kel1}
Kejadian: pohon tumbang menimpa kabel listrik depan rumah pelapor. Diteruskan ke PLN 123 dan BPBD {otel1}.""",
    ),
    T(
        "call_log",
        "own_and_kin",
        """Petugas: Selamat pagi, call center PDAM, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Air di rumah saya mati sudah 3 hari.
Petugas: Nomor sambungannya?
Penelepon: {samb1}.
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: Nomor HP yang bisa dihubungi?
Penelepon: [[p:{hp1}]], atau anak saya [[p:{hp2}]].""",
    ),
    T(
        "call_log",
        "scams",
        """Log {tiket1} ({jam1}): Penelepon melapor menerima telepon dari {hpx1} yang mengaku petugas Dukcapil, minta NIK dan foto KK. Penelepon tidak memberikan data. Disarankan lapor ke SPKT Polresta ({otel1}).""",
    ),
    T(
        "call_log",
        "scams",
        """Petugas: Nomor yang menelepon Ibu tadi berapa?
Penelepon: [[p:{hp2}]]. Dia bilang namanya [[n:{g2}]], teman anak saya di Surabaya, minta pinjam {rp1}.
Petugas: Nomor Ibu sendiri?
Penelepon: [[p:{hp1}]].
Petugas: Baik, kami catat. Jangan transfer dulu.""",
        F=(1,),
    ),
    T(
        "call_log",
        "office_lines",
        """Petugas: Bapak, nomor yang kirim pesan itu bukan nomor kami. Nomor kami {otel1} dan WA {owa1}, hanya itu.
Penelepon: Oh, jadi yang {hpx1} itu bukan kantor?
Petugas: Bukan Pak. Mohon jangan dibalas.""",
    ),
    T(
        "call_log",
        "persons_dealt",
        """Petugas: Nama penjual gas yang jual di atas HET?
Penelepon: Namanya [[n:{n2}]], jual di depan rumahnya sendiri. Nomornya [[p:{hp2}]].
Petugas: Harganya berapa?
Penelepon: {rp1} per tabung 3 kg.""",
    ),
    T(
        "call_log",
        "accounts_npwp",
        """Petugas: Nomor rekening yang terdaftar untuk BLT?
Nasabah: [[b:{ntt1}]].
Petugas: Atas nama?
Nasabah: [[n:{n1}]].
Petugas: Baik, dana belum masuk karena data DTKS belum padan. Nomor tiket {tiket1}.""",
    ),
    T(
        "call_log",
        "accounts_npwp",
        """Agen: NPWP bapak?
Wajib pajak: Yang lama [[npwp:{npwp1}]], yang baru katanya sama dengan NIK, [[npwp:{npwpn1}]].
Agen: Baik, nanti dipadankan. Kode billing tetap {billing1}.""",
    ),
    T(
        "call_log",
        "adverts",
        """Catatan {jam1}: Penelepon mengeluhkan stiker sedot WC "hub {bizhp1}" dan stiker pinjaman "cair tanpa jaminan {bizhp2}" ditempel di tembok rumah sepanjang {street1}. Diteruskan ke Satpol PP ({otel1}).""",
    ),
    T(
        "call_log",
        "own_and_kin",
        """Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjs1}]].
Petugas: Nomor HP aktif?
Penelepon: [[p:{hp1}]]. Kalau tidak aktif telepon rumah [[p:{tel1}]].
Petugas: Baik, kartu Ibu menunggak {rp1}.""",
        F=(1,),
    ),
    T(
        "call_log",
        "mailboxes",
        """Petugas: Email untuk kirim bukti pembayaran?
Penelepon: [[e:{em1}]], huruf kecil semua.
Petugas: Baik, kami kirim dari layanan.pdam.kupang@gmail.com. Mohon dicek di folder spam.""",
    ),
    T(
        "call_log",
        "scams",
        """Penelepon: Ada nomor {hpx1} kirim SMS, katanya dari BRI, saya dapat poin {rp1}. Habis itu {hpx2} telpon saya suruh buka link.
Petugas: Itu penipuan Pak. Jangan ditanggapi, blokir saja.
Penelepon: Baik, terima kasih.""",
    ),
    T(
        "call_log",
        "persons_dealt",
        """Catatan: Pelapor [[n:{n1}]] ([[p:{hp1}]]) meminjam {rp1} dari [[n:{n2}]], rentenir di Pasar Kuanino. Bunga 20% per minggu. Terlapor menagih lewat [[p:{hp2}]] dengan ancaman. Diarahkan ke Polsek {kec1}.""",
    ),
    T(
        "call_log",
        "office_lines",
        """Petugas: Nanti petugas lapangan kami Bapak [[n:{n2}]] hubungi Ibu dari nomor [[p:{hp2}]]. Kalau ada apa-apa bisa juga ke kantor {otel1}.
Penelepon: Terima kasih, saya tunggu.""",
        M=(2,),
    ),
    T(
        "call_log",
        "office_lines",
        """CATATAN SHIFT MALAM {tgl1}
22.10 — laporan banjir {street1}, diteruskan BPBD {otel1}
22.45 — lampu jalan mati {street2}, diteruskan Dishub WA {owa1}
23.30 — penelepon iseng, nomor disembunyikan
00.15 — kebakaran lahan Kel. {kel1}, Damkar 113""",
    ),
    T(
        "call_log",
        "accounts_npwp",
        """Petugas: Untuk retribusi sampah, Bapak transfer ke rekening Kas Daerah Bank NTT {ntt1} dengan kode billing {billing1}.
Penelepon: Bukan ke rekening petugas?
Petugas: Bukan Pak, tidak ada rekening pribadi.""",
    ),
    T(
        "call_log",
        "own_and_kin",
        """Pelapor: Ini saya [[n:{n1}]], nomor saya [[p:{hp1}]] atau [[p:{hp4}]]. Rumah saya di [[a:{addr1}]].
Petugas: Masalahnya apa Bu?
Pelapor: Got depan rumah tersumbat, air masuk rumah.""",
        F=(1,),
    ),
    T(
        "call_log",
        "scams",
        """Penelepon: Debt collector dari nomor {hpx1} mengaku debt collector resmi aplikasi pinjaman, telpon adik saya [[n:{g2}]] di [[p:{hp2}]] dan atasan saya di kantor.
Petugas: Ibu pernah kasih nomor adik sebagai kontak darurat?
Penelepon: Tidak pernah.""",
    ),
    T(
        "call_log",
        "mailboxes",
        """Catatan: Petugas mengarahkan pelapor kirim dokumen ke pengaduan.dinsos.kotakupang@gmail.com, bukan ke email lama dinsos_kupang@yahoo.com yang sudah tidak dipakai. Tiket {tiket1}.""",
    ),
    T(
        "call_log",
        "persons_dealt",
        """Petugas: Nomor polisi kendaraan yang parkir di depan rumah Bapak?
Penelepon: [[pl:{plate1}]], punya tetangga namanya [[n:{g2}]].
Petugas: Sudah ditegur?
Penelepon: Sudah, dia tidak mau pindah.""",
    ),
    T(
        "call_log",
        "adverts",
        """Penelepon: Saya pesan gas di pangkalan dekat {street1}, nomornya {bizhp1} yang ada di spanduk, sudah bayar {rp1} tapi tidak diantar.
Petugas: Nama pangkalannya?
Penelepon: Pangkalan Berkat Jaya.""",
    ),
    T(
        "call_log",
        "own_and_kin",
        """Petugas: NIK Bapak?
Penelepon: [[nik:{nikc1}]].
Petugas: Nomor HP?
Penelepon: [[p:{hp1}]].
Petugas: Baik, data Bapak di Dukcapil tercatat pindah ke Kel. {kel1}.""",
        M=(1,),
    ),
]

# ---- social_post: Facebook posts of community pages and their comments
TEMPLATES += [
    T(
        "social_post",
        "own_and_kin",
        """[[n:{n1}]]
{tgl1} ·
Air PDAM mati lagi di [[a:{rt1}]] Kel. {kel1}. Sudah telp hotline {otel1} tidak diangkat.

Komentar:
[[n:{l2}]]: sama di kami pung rumah
kupang_bersuara: tag @pdamkotakupang
[[n:{l3}]]: hubungi sa [[p:{hp3}]] kalau mau bikin surat bersama""",
    ),
    T(
        "social_post",
        "scams",
        """Info Kupang Hari Ini
AWAS PENIPUAN! Nomor {hpx1} mengaku dari Dinas Sosial, minta transfer biaya pencairan {rp1}. Nomor pengaduan resmi Dinsos {owa1}.

Komentar:
kupangviral: sa juga dapat dari {hpx2}, katanya dari Kemensos
Dinsos Kota Kupang: Itu bukan nomor kami. Terima kasih infonya.""",
    ),
    T(
        "social_post",
        "adverts",
        """Grup Otomotif Kupang
BENGKEL MOTOR "SEJATI"
Servis + ganti oli {rp1}
WA {bizhp1}

Komentar:
kupang_otomotif: bengkel ini buang oli bekas ke got {street1}
motor_timor: lapor DLH saja""",
    ),
    T(
        "social_post",
        "persons_dealt",
        """DICARI anjing hilang, warna coklat, nama Bobi, hilang di sekitar [[a:{addr1}]]. Yang temukan hub [[p:{hp1}]] ([[n:{lg1}]]). Ada imbalan {rp1}.

Komentar [[n:{l2}]]: kemarin sa lihat di dekat {street1}
Komentar kupangviral: semoga cepat ketemu""",
    ),
    T(
        "social_post",
        "scams",
        """Hati2 dengan [[n:{n2}]], WA [[p:{hp2}]], jual tiket pesawat murah Kupang–Jakarta. Sa su transfer {rp1} ke BRI [[b:{bri1}]] a.n. [[n:{n2}]], habis itu sa diblokir. Tolong share!

Komentar:
[[n:{l3}]]: sa juga korban dia bulan lalu""",
    ),
    T(
        "social_post",
        "office_lines",
        """Pemerintah Kota Kupang
INFO PENGADUAN: SMS 1708 (KOTKUPANG spasi keluhan), WA {owa1}, email pengaduan.kasih@kupangkota.go.id

Komentar:
warga_oebobo: nomor WA nya lambat respon
Pemerintah Kota Kupang: Mohon maaf, akan kami tindak lanjuti.""",
    ),
    T(
        "social_post",
        "mailboxes",
        """[[n:{n1}]]
Ada yang tahu email Dinas Pendidikan untuk kirim keluhan dana BOS? Email disdik.kotakupang@gmail.com sonde balas.

Komentar:
[[n:{l2}]]: kirim ke email sa [[e:{emd2}]] nanti sa bantu teruskan, sa staf di sana""",
    ),
    T(
        "social_post",
        "own_and_kin",
        """DICARI! Anak kami [[n:{G2}]] (14 thn) belum pulang sejak {tgl1}. Terakhir terlihat di {street1}. Hubungi mamanya [[p:{hp1}]] / bapanya [[p:{hp3}]] atau Polsek {kec1} {otel1}.""",
    ),
    T(
        "social_post",
        "accounts_npwp",
        """Galang dana untuk Oma [[n:{g2}]] yang rumahnya terbakar di [[a:{rt2}]]. Transfer ke BRI [[b:{bri1}]] a.n. [[n:{n1}]] (cucu). Konfirmasi [[p:{hp1}]]. Tuhan berkati 🙏

Komentar:
[[n:{l3}]]: sudah transfer {rp1}""",
        F=(2,),
    ),
    T(
        "social_post",
        "accounts_npwp",
        """GMIT Jemaat Betel Oesapa
Persembahan syukur dapat ditransfer ke rekening Majelis Jemaat Bank NTT {ntt1} atau BRI {rekb1}. NPWP Majelis Jemaat {npwpb1}.

Komentar:
jemaat_muda: amin
umat_oesapa: kenapa harus pakai NPWP?""",
    ),
    T(
        "social_post",
        "persons_dealt",
        """Tolong viralkan. Pemilik kontrakan di [[a:{addr2}]], namanya [[n:{n2}]], usir kami tengah malam padahal sudah bayar {rp1}. Dia punya nomor [[p:{hp2}]], sonde pernah angkat.

Komentar [[n:{l3}]]: lapor ke kelurahan saja kaka""",
    ),
    T(
        "social_post",
        "scams",
        """[tangkapan layar]
{hpx1}: Yth bapak/ibu, kami dari PLN, token bapak bermasalah, mohon kirim kode {kode1}

Komentar:
[[n:{l2}]]: nomor itu juga WA sa pung mama kemarin
infokupang: jangan kasi kode apa pun""",
    ),
    T(
        "social_post",
        "mailboxes",
        """Info Lowongan Kupang
RSUD buka lowongan tenaga kontrak. Kirim lamaran ke rekrutmen.rsud.kupang@gmail.com paling lambat {tgl1}.

Komentar:
pencari_kerja_ntt: ini resmi kah?
loker_kupang: cek web resmi dulu""",
    ),
    T(
        "social_post",
        "own_and_kin",
        """[[n:{n1}]]
Sudah 3 minggu lampu jalan depan rumah kami di [[a:{addr1}]] mati. Lapor ke Dishub {otel1} katanya tunggu.

Komentar:
[[n:{l2}]]: beta juga su lapor, nomor tiket {tiket1}""",
    ),
    T(
        "social_post",
        "adverts",
        """KOS PUTRI MELATI — kamar kosong 2, {rp1}/bulan. Hub [[p:{hp1}]] (Ibu [[n:{g1}]]).
---
Postingan di atas dibagikan warga: "Kos ini buang sampah di kali, tolong DLH cek" """,
        F=(1,),
    ),
    T(
        "social_post",
        "office_lines",
        """Komentar:
Dinkes Kota Kupang: Untuk info vaksin silakan hubungi {otel1} atau WA {owa1} (Seksi Imunisasi).
mama_muda_kpg: nomor WA sonde dibalas
Dinkes Kota Kupang: Mohon maaf, silakan datang ke puskesmas terdekat.""",
    ),
    T(
        "social_post",
        "persons_dealt",
        """Grup Jual Beli Kupang
Komentar [[n:{l1}]]: hati2 beli motor dari [[n:{l2}]], plat [[pl:{plate1}]] itu motor kredit macet. sa su rugi {rp1}
Komentar [[n:{l3}]]: betul, dia pung nomor [[p:{hp2}]] su ganti""",
    ),
    T(
        "social_post",
        "scams",
        """Warga Kupang Bersatu
Jadi yg {hpx1} itu penipu kah? Dia WA sa bilang dari Bapenda, suruh bayar PBB lewat {va1}.

Komentar:
kupang_info: iya penipu, sudah banyak korban
bapenda_watch: nomor resmi Bapenda cuma {otel1}""",
    ),
    T(
        "social_post",
        "own_and_kin",
        """[[n:{n1}]]
Jalan ke sekolah anak kami di {street1} gelap dan rusak. Kalau ada wartawan mau liput, hubungi sa [[p:{hp1}]].

Komentar:
[[n:{l2}]]: mantap kaka, sa ikut dukung""",
    ),
    T(
        "social_post",
        "accounts_npwp",
        """[[n:{n1}]]
Sa pung NPWP [[npwp:{npwp1}]] dipakai orang lain untuk daftar usaha di Kupang. Sudah lapor ke KPP {otel1}, disuruh datang bawa KTP.

Komentar:
pajak_kita: bisa lapor lewat kring pajak 1500200""",
    ),
    T(
        "social_post",
        "adverts",
        """Tour & Travel Sasando Indah
Kupang–Atambua–Kefa tiap hari jam 06.00
Booking WA {bizhp1} / telp {otel1}

Komentar:
penumpang_setia: mobilnya sudah tua, rem blong kemarin, tolong Dishub cek""",
    ),
    T(
        "social_post",
        "mailboxes",
        """[[n:{n1}]]
Kepala Seksi Pelayanan Dukcapil, Ibu [[n:{n2}]], bilang kirim saja berkas ke email dinasnya [[e:{emk2}]]. Sudah 2 minggu belum ada jawaban.

Komentar:
kupang_bersuara: coba ke pengaduan.kasih@kupangkota.go.id""",
        F=(2,),
    ),
]

# ---- lapor_ticket: SP4N-LAPOR! tickets with the unit's replies
TEMPLATES += [
    T(
        "lapor_ticket",
        "own_and_kin",
        """LAPOR! {lapor1}
Judul: Sampah tidak diangkut 2 minggu
Pelapor: [[n:{n1}]] ([[p:{hp1}]])
Lokasi: [[a:{addr1}]], Kel. {kel1}
Isi: Truk sampah tidak lewat sejak {tgl1}. Sudah telp DLH {otel1}.
Status: Diproses
---
Tanggapan DLH Kota Kupang: Laporan diteruskan ke UPT Kebersihan. Petugas kami Bapak [[n:{n2}]] akan menghubungi Bapak/Ibu di nomor pelapor.""",
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "office_lines",
        """LAPOR! {lapor1}
Judul: Nomor layanan PDAM tidak aktif
Pelapor: Anonim
Isi: Hotline {otel1} dan WA {owa1} tidak pernah dijawab.
---
Tanggapan Perumda Air Minum: Mohon maaf, nomor lama sudah diganti. Layanan pengaduan kini di {otel2} dan WA {owa2} (jam kerja 08.00–16.00).
Status: Selesai""",
    ),
    T(
        "lapor_ticket",
        "scams",
        """LAPOR! {lapor1}
Judul: Penipuan mengatasnamakan Dinas Sosial
Pelapor: Dirahasiakan
Isi: Saya dapat WA dari {hpx1}, mengaku petugas PKH, minta transfer {rp1} untuk pencairan. Nomor {hpx2} juga kirim pesan yang sama.
---
Tanggapan Dinas Sosial: Nomor tersebut bukan milik Dinas Sosial. Informasi resmi hanya melalui {otel1}. Laporan diteruskan ke Polresta Kupang Kota.""",
    ),
    T(
        "lapor_ticket",
        "scams",
        """LAPOR! {lapor1}
Judul: Penipuan arisan online
Pelapor: [[n:{n1}]]
Isi: Admin arisan, [[n:{n2}]], nomor WA [[p:{hp2}]], bawa lari uang {rp1} dari 20 anggota. Rekening dia BNI [[b:{bni1}]] a.n. [[n:{n2}]]. Nomor saya [[p:{hp1}]].
---
Tanggapan Unit Pengaduan: Laporan bersifat pidana, disarankan melapor ke SPKT Polresta ({otel1}).""",
    ),
    T(
        "lapor_ticket",
        "persons_dealt",
        """LAPOR! {lapor1}
Judul: Kontraktor rumah tidak selesaikan pekerjaan
Pelapor: [[n:{n1}]]
Isi: Pemborong perorangan [[n:{n2}]] (HP [[p:{hp2}]]) terima {rp1} untuk bangun dapur rumah saya di [[a:{addr1}]], pekerjaan berhenti sejak {tgl1}.
---
Tanggapan Dinas PUPR: Sengketa perdata antarwarga bukan kewenangan kami. Silakan konsultasi ke LBH atau kelurahan.""",
    ),
    T(
        "lapor_ticket",
        "accounts_npwp",
        """LAPOR! {lapor1}
Judul: NPWP saya dipakai CV orang lain
Pelapor: [[n:{n1}]]
Isi: NPWP pribadi saya [[npwp:{npwp1}]] tercantum di kontrak CV Lontar Jaya (NPWP badan {npwpb1}) sebagai pengurus, padahal saya tidak pernah jadi pengurus.
---
Tanggapan Bapenda: Silakan datang ke KPP Pratama Kupang membawa KTP. Nomor tiket layanan {tiket1}.""",
    ),
    T(
        "lapor_ticket",
        "accounts_npwp",
        """LAPOR! {lapor1}
Judul: Pungutan sekolah lewat rekening komite
Pelapor: Anonim
Isi: Komite SMPN {smp1} minta sumbangan {rp1} per siswa ke rekening komite Bank NTT {ntt1}. NPWP komite {npwpb1}.
---
Tanggapan Dinas Pendidikan: Sumbangan komite bersifat sukarela. Sekolah sudah kami panggil pada {tgl1}.""",
    ),
    T(
        "lapor_ticket",
        "mailboxes",
        """LAPOR! {lapor1}
Judul: Dokumen PBG belum keluar
Pelapor: [[n:{n1}]]
Isi: Permohonan PBG {surat1} sudah 4 bulan. Mohon kabar ke email saya [[e:{em1}]].
---
Tanggapan DPMPTSP: Dokumen sudah terbit. Salinan dikirim dari dpmptsp.kotakupang@gmail.com ke email Bapak/Ibu.""",
    ),
    T(
        "lapor_ticket",
        "mailboxes",
        """LAPOR! {lapor1}
Judul: Email kelurahan tidak aktif
Pelapor: Anonim
Isi: Surat ke kelurahan.{kelx1}@gmail.com dan ke lurah.{kelx1}@gmail.com selalu kembali.
---
Tanggapan Bagian Tata Pemerintahan: Alamat surel kelurahan sudah diganti, silakan gunakan kel.{kelx1}@kupangkota.go.id.""",
    ),
    T(
        "lapor_ticket",
        "adverts",
        """LAPOR! {lapor1}
Judul: Reklame liar
Pelapor: Dirahasiakan
Isi: Spanduk "SEDOT WC 24 JAM hub {bizhp1} / {bizhp2}" dan "LES PRIVAT MASUK PTN WA {bizhp3}" dipasang di pohon sepanjang {street1}.
---
Tanggapan Satpol PP: Reklame telah ditertibkan pada {tgl1}.""",
    ),
    T(
        "lapor_ticket",
        "own_and_kin",
        """LAPOR! {lapor1}
Judul: KK ganda
Pelapor: [[n:{n1}]]
Isi: Nama saya tercatat di dua KK: [[kk:{kk1}]] dan [[kk:{kk2}]]. NIK saya [[nik:{nik1}]]. Mohon dibantu, HP [[p:{hp1}]].
---
Tanggapan Disdukcapil: Silakan datang ke loket 3 dengan membawa kedua KK asli. Tiket {tiket1}.""",
    ),
    T(
        "lapor_ticket",
        "persons_dealt",
        """LAPOR! {lapor1}
Judul: Mobil tetangga tutup jalan gang
Pelapor: [[n:{n1}]]
Isi: Mobil [[pl:{plate1}]] milik [[n:{n2}]] parkir di gang depan [[a:{addr1}]] setiap malam. Ambulans tidak bisa masuk.
---
Tanggapan Dinas Perhubungan: Petugas akan melakukan penertiban bersama kelurahan.""",
    ),
    T(
        "lapor_ticket",
        "office_lines",
        """LAPOR! {lapor1}
Judul: Lampu jalan padam
Pelapor: [[n:{n1}]]
Isi: Lampu jalan di {street1} padam sejak {tgl1}.
---
Tanggapan Dinas Perhubungan: Laporan diterima. Koordinator lapangan kami, Bapak [[n:{n2}]] ([[p:{hp2}]]), akan mengecek besok. Pengaduan lanjutan ke {otel1}.""",
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "own_and_kin",
        """LAPOR! {lapor1}
Judul: Bantuan lansia tidak diterima
Pelapor: [[n:{n1}]]
Isi: Mama saya [[n:{g2} {f1}]] (NIK [[nik:{nik2}]]) tidak terima bantuan lansia sejak {bulan1}. Hubungi saya [[p:{hp1}]] / [[p:{hp4}]].
---
Tanggapan Dinas Sosial: Data ibu pelapor sedang diverifikasi, ID DTKS {trx1}.""",
        F=(2,),
    ),
    T(
        "lapor_ticket",
        "scams",
        """LAPOR! {lapor1}
Judul: Nomor mengaku pegawai Bapenda
Pelapor: Anonim
Isi: Nomor {hpx1} telepon saya, bilang dia dari Bapenda, suruh bayar denda PBB {rp1} ke VA {va1}.
---
Tanggapan Bapenda Kota Kupang: Bapenda tidak pernah menagih lewat telepon pribadi. Pembayaran PBB hanya melalui kode billing resmi dan Bank NTT.""",
    ),
    T(
        "lapor_ticket",
        "adverts",
        """LAPOR! {lapor1}
Judul: Warung musik keras
Pelapor: [[n:{n1}]]
Isi: Warung di sebelah rumah saya pasang papan "Warung Kopi Oma, pesan [[p:{hp2}]] (Om [[n:{g2}]])", putar musik sampai jam 2 pagi. Sudah ditegur.
---
Tanggapan Kelurahan: Pemilik warung akan dipanggil pada {tgl1}.""",
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "mailboxes",
        """LAPOR! {lapor1}
Judul: Tunjangan guru honor terlambat
Pelapor: [[n:{n1}]]
Isi: Tunjangan belum cair 3 bulan.
---
Tanggapan Dinas Pendidikan: Silakan kirim SK ke Kasubag Keuangan, Ibu [[n:{n2}]], melalui [[e:{emk2}]], atau ke keuangan.disdik.kupang@gmail.com.""",
        F=(2,),
    ),
    T(
        "lapor_ticket",
        "accounts_npwp",
        """LAPOR! {lapor1}
Judul: Dana pensiun almarhum suami
Pelapor: [[n:{n1}]]
Isi: Dana pensiun almarhum [[n:{n2}]] masih masuk ke rekening Bank NTT [[b:{ntt1}]] a.n. almarhum dan dipotong {rp1} tiap bulan tanpa penjelasan.
---
Tanggapan Taspen: Mohon datang membawa surat kematian dan buku rekening.""",
        F=(1,),
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "office_lines",
        """LAPOR! {lapor1}
Judul: Antrean Dukcapil
Pelapor: Dirahasiakan
Isi: Ambil nomor antrean online lewat WA {owa1} tidak bisa. Datang langsung dapat nomor {antri1} jam 06.00.
---
Tanggapan Disdukcapil: Layanan antrean online dipindah ke {owa2}. Informasi lain di {otel1}.""",
    ),
    T(
        "lapor_ticket",
        "persons_dealt",
        """LAPOR! {lapor1}
Judul: Bunga pinjaman tidak wajar
Pelapor: [[n:{n1}]]
Isi: Saya pinjam dari Ibu [[n:{n2}]] di [[a:{rt2}]] sebesar {rp1}, sekarang ditagih tiga kali lipat. Dia kirim pesan dari [[p:{hp2}]] setiap malam.
---
Tanggapan Unit Pengaduan: Disarankan lapor ke OJK (157) atau Polsek {kec1}.""",
        F=(2,),
    ),
    T(
        "lapor_ticket",
        "own_and_kin",
        """LAPOR! {lapor1}
Judul: Grup WA RT dipakai jualan
Pelapor: [[n:{n1}]]
Isi: Di grup RT ada nomor {bizhp1} (admin toko) dan {bizhp2} (Bagian Pemasaran) yang promosi setiap hari. Admin grup [[p:{hp3}]] (Pak [[n:{g3}]], admin grup) sudah ditegur tapi diam saja.
---
Tanggapan Kelurahan: Akan kami sampaikan ke Ketua RT.""",
        M=(3,),
    ),
    T(
        "lapor_ticket",
        "adverts",
        """LAPOR! {lapor1}
Judul: Ekspedisi menahan paket
Pelapor: Anonim
Isi: Paket dengan resi {resi1} ditahan di gudang ekspedisi, CS ekspedisi di {bizhp1} minta tambahan {rp1}.
---
Tanggapan Dinas Perdagangan: Laporan diteruskan ke bidang perlindungan konsumen ({otel1}).""",
    ),
]

# ---- notice: offices', RTs', churches', schools' and shops' notices pasted into a complaint
TEMPLATES += [
    T(
        "notice",
        "office_lines",
        """Ditempel di pintu kantor, saya foto tgl {tgl1}:
PEMBERITAHUAN
Nomor telepon Kantor Kelurahan {kel1} yang lama {otel1} tidak digunakan lagi.
Nomor baru: {otel2}, WA layanan {owa1}.
Tertanda, Lurah
Keluhan saya: nomor baru juga tidak diangkat.""",
    ),
    T(
        "notice",
        "office_lines",
        """PENGUMUMAN RT 02 / RW 30
Kerja bakti hari Sabtu {tgl1} jam 06.30. Bawa parang dan karung.
Ketua RT 02
[[n:{n1}]]
HP [[p:{hp1}]]
---
Dikirim ke pengaduan karena sampah hasil kerja bakti tidak diangkut DLH.""",
    ),
    T(
        "notice",
        "adverts",
        """(foto pengumuman di toko)
TOKO SUMBER REJEKI
Mulai {tgl1} toko tutup jam 20.00
Pesan antar WA {bizhp1}
Telp. {otel1}
Keluhan: toko ini jual minyak goreng di atas HET {rp1}.""",
    ),
    T(
        "notice",
        "accounts_npwp",
        """WARTA JEMAAT GMIT KOINONIA
Persembahan pembangunan dapat disalurkan ke rekening Majelis Jemaat Bank NTT {ntt1} atau BRI {rekb1}.
NPWP Majelis Jemaat: {npwpb1}
Info sekretariat {otel1}
(disalin warga: bunyi lonceng jam 04.30 ganggu tidur)""",
    ),
    T(
        "notice",
        "accounts_npwp",
        """PANITIA HUT RI KELURAHAN {KEL1}
Iuran per rumah {rp1}
Transfer ke BRI [[b:{bri1}]] a.n. [[n:{N2}]] (Bendahara)
Konfirmasi WA panitia {owa1}
---
Warga mengeluh: iuran diwajibkan, yang tidak bayar diumumkan di grup.""",
    ),
    T(
        "notice",
        "scams",
        """PENGUMUMAN BANK NTT
Waspada penipuan! Bank NTT tidak pernah meminta data pribadi melalui WA. Nomor {hpx1}, {hpx2} bukan nomor resmi Bank NTT. Call center {otel1}.
(ditempel di ATM Kuanino, dikirim warga yang sudah terlanjur kirim OTP)""",
    ),
    T(
        "notice",
        "mailboxes",
        """PENGUMUMAN SMAN {smp1} KUPANG
Berkas daftar ulang dikirim ke daftarulang.sman{smp1}kupang@gmail.com
Pertanyaan: tu.sman{smp1}@gmail.com / telp {otel1}
Keluhan orang tua: email penuh, berkas kembali terus.""",
    ),
    T(
        "notice",
        "own_and_kin",
        """BERITA DUKA
Telah berpulang dengan tenang ayah, suami dan opa kami [[n:{n1}]] pada {tgl1}. Ibadah penghiburan di rumah duka [[a:{addr1}]].
Info keluarga: [[p:{hp2}]] ([[n:{g2}]])
---
Keluarga mengeluh jalan ke rumah duka gelap, lampu jalan mati.""",
        M=(1,),
    ),
    T(
        "notice",
        "persons_dealt",
        """DITEMUKAN
Sepeda motor Honda Beat, plat [[pl:{plate1}]], parkir di depan kios kami sejak {tgl1}. Pemilik silakan hubungi [[n:{n2}]] [[p:{hp2}]].
(diteruskan ke Polsek karena tidak ada yang ambil)""",
    ),
    T(
        "notice",
        "office_lines",
        """JADWAL POSYANDU BUNGA BAKUNG
Hari {hari1}, jam 08.00, di rumah kader.
Bidan kelurahan: [[n:{n2}]] ([[p:{hp2}]])
Puskesmas {puskes1}: {otel1}
Keluhan: posyandu bulan lalu tidak ada vitamin A.""",
        F=(2,),
    ),
    T(
        "notice",
        "adverts",
        """(papan di depan rumah sebelah)
TERIMA KOS PUTRA — hub. [[p:{hp1}]] ([[n:{g1}]])
Keluhan: penghuni kos parkir motor di badan jalan {street1}.""",
    ),
    T(
        "notice",
        "scams",
        """PEMBERITAHUAN DINAS KESEHATAN
Saudara [[n:{n2}]] yang menawarkan pengurusan izin klinik lewat WA [[p:{hp2}]] BUKAN pegawai Dinas Kesehatan Kota Kupang. Pengurusan izin hanya di DPMPTSP, telp {otel1}.""",
        M=(2,),
    ),
    T(
        "notice",
        "own_and_kin",
        """SURAT EDARAN WALI KELAS VII-B
Orang tua murid yang belum ambil rapor, hubungi wali kelas Ibu [[n:{n2}]], [[p:{hp2}]], atau tata usaha {otel1}.
Keluhan: rapor anak saya ditahan karena uang komite.""",
        F=(2,),
    ),
    T(
        "notice",
        "mailboxes",
        """PENGUMUMAN PENERIMAAN PPPK
Berkas dikirim ke rekrutmen.bkpsdm.kotakupang@gmail.com. Pertanyaan teknis ke operator, Sdr. [[n:{n2}]], [[e:{emk2}]].
Keluhan: operator tidak balas email sudah seminggu.""",
    ),
    T(
        "notice",
        "adverts",
        """BROSUR
CATERING "RASA FLOBAMORA"
Nasi kuning, se'i babi, jagung bose
Pesan minimal 50 kotak, {rp1}/kotak
Telp/WA {bizhp1} atau {bizhp2}
Alamat dapur: {street1} No. {num1}
Keluhan: 30 tamu sakit perut setelah makan katering ini.""",
    ),
    T(
        "notice",
        "office_lines",
        """PENGUMUMAN PDAM
Gangguan distribusi air di Kel. {kel1} dan {kel2} tanggal {tgl1} karena perbaikan pipa.
Info gangguan: {otel1} / WA {owa1}
Keluhan warga: pengumuman keluar setelah air mati 3 hari.""",
    ),
    T(
        "notice",
        "persons_dealt",
        """ARISAN IBU-IBU {KEL1}
Setoran bulan {bulan1}: {rp1}
Transfer ke admin, [[n:{n2}]], BNI [[b:{bni1}]]
Atau antar ke rumah admin [[a:{addr2}]]
Keluhan: admin sudah 2 bulan tidak bagi arisan.""",
        F=(2,),
    ),
    T(
        "notice",
        "accounts_npwp",
        """BAPENDA KOTA KUPANG
Pembayaran PBB-P2 tahun {bulan1} dapat dilakukan melalui kode billing {billing1} di Bank NTT atau Kantor Pos.
NPWPD dan NOP {nop1} tertera di SPPT.
Info: {otel1}
Keluhan: SPPT belum sampai ke rumah warga.""",
    ),
    T(
        "notice",
        "scams",
        """DIBAGIKAN DI GRUP GEREJA
HATI-HATI! Orang yang menagih sumbangan atas nama sinode pakai nomor {hpx1} dan {hpx2}, mengaku pendeta. Sinode tidak pernah minta sumbangan lewat WA. Konfirmasi ke kantor sinode {otel1}.""",
    ),
    T(
        "notice",
        "own_and_kin",
        """PENGUMUMAN KEHILANGAN
Telah hilang dompet berisi KTP a.n. [[n:{N1}]], NIK [[nik:{nik1}]], dan kartu ATM. Yang menemukan mohon hubungi [[p:{hp1}]] atau rumah [[p:{tel1}]].
(dikirim ke Dukcapil untuk minta KTP baru)""",
    ),
    T(
        "notice",
        "office_lines",
        """PENERIMAAN PESERTA DIDIK BARU SDK ST. YOSEPH
Pendaftaran online: WA {owa1}
Daftar: {owa2}
Kantor: {otel1}
Keluhan: pendaftaran online ditutup sebelum tanggal yang diumumkan.""",
    ),
    T(
        "notice",
        "persons_dealt",
        """IURAN SAMPAH DAN KEAMANAN RT 42
Bulan {bulan1}: {rp1}
Bendahara RT: [[n:{n2}]] — rek. Mandiri [[b:{mdr1}]] a.n. [[n:{n2}]]
---
Keluhan: iuran naik tanpa rapat.""",
    ),
]

# ---- scan_ocr: cards, receipts, invoices, letterheads and forms as OCR reads them
TEMPLATES += [
    T(
        "scan_ocr",
        "own_and_kin",
        """PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{niko1}]]
Nama : [[n:{N1}]]
Tempat/Tgl Lahir : KUPANG, {dob1}
Jenis Kelamin : {JK1}
Alamat : [[a:{addr1}]]
[[a:RT/RW : {rtn1}]]
Kel/Desa : {KEL1}
(lampiran pengaduan: KTP tidak bisa dipakai daftar BPJS)""",
    ),
    T(
        "scan_ocr",
        "adverts",
        """T0KO SINAR ABADI
{street1} No. {num1} Kupang
TELP/WA {bizhp1}
NPWP : {npwpb1}
No. Nota : {resi1}   Tgl : {tgl1}
Semen 50kg x 10 ....... {rp1}
TOTAL ................. {rp2}
Barang yg sdh dibeli tdk dpt dikembalikan""",
    ),
    T(
        "scan_ocr",
        "accounts_npwp",
        """INVOICE {inv1}
Kepada: CV Karya Lontar
NPWP : {npwpb1}
Alamat: {street1} No. {num1}
Pekerjaan: rehab saluran Kel. {kel1}
Jumlah: {rp1}
Transfer ke rek. perusahaan Mandiri {rekb1} a.n. CV Karya Lontar""",
    ),
    T(
        "scan_ocr",
        "office_lines",
        """PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
{street1} Km. 5, Telp. {otel1}, WA {owa1}
Email: pupr.kotakupang@gmail.com
Nomor : {surat1}
Perihal : Tanggapan pengaduan {lapor1}""",
    ),
    T(
        "scan_ocr",
        "accounts_npwp",
        """KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwp1}]]
[[n:{N1}]]
NIK : [[nik:{nikb1}]]
[[a:{addr1}]]
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgl1}""",
    ),
    T(
        "scan_ocr",
        "accounts_npwp",
        """BUKU TABUNGAN BRI
NAMA : [[n:{N1}]]
NO. REKENING : [[b:{bri1}]]
UNIT KUANINO
Tgl      Sandi  Mutasi        Saldo
{tgl1}   TRF    {rp1}         {rp2}
(dilampirkan: bantuan PKH tidak masuk)""",
    ),
    T(
        "scan_ocr",
        "own_and_kin",
        """KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{bpjs1}]]
Nama : [[n:{N1}]]
Tgl Lahir : {dob1}
Faskes Tingkat I : PUSKESMAS {puskes1}
(difoto pelapor, kartu ditolak apotek)""",
    ),
    T(
        "scan_ocr",
        "accounts_npwp",
        """BUKTI TRANSFER
Tanggal : {tgl1}
Rek. Asal : [[b:{bni1}]] a.n. [[n:{N1}]]
Rek. Tujuan : {rekb1} a.n. CV FLOBAMORA JAYA
Nominal : {rp1}
No. Ref : {trx1}
Berita : DP pembangunan pagar""",
    ),
    T(
        "scan_ocr",
        "persons_dealt",
        """KARTU NAMA (difoto pelapor)
[[n:{N2}]]
Agen Properti Perorangan
HP/WA : [[p:{hp2}]]
Email : [[e:{em2}]]
Pelapor: agen ini terima uang tanda jadi {rp1} lalu menghilang.""",
    ),
    T(
        "scan_ocr",
        "office_lines",
        """STRUK PEMBELIAN TOKEN
ID PEL : {plnid1}
NO METER : {meter1}
TOKEN : {token1}
RP BAYAR : {rp1}
Info gangguan PLN 123
(token tidak masuk, dilaporkan ke 1708)""",
    ),
    T(
        "scan_ocr",
        "own_and_kin",
        """FORMULIR PENDAFTARAN PASIEN
Nama Pasien : [[n:{N1}]]
No. HP : [[p:{hp1}]]
Keluarga yg dapat dihubungi : [[n:{N3}]] / [[p:{hp3}]]
Telp. Rumah : [[p:{tel1}]]
No. RM : {antri1}
UGD 24 JAM : {otel1}""",
    ),
    T(
        "scan_ocr",
        "adverts",
        """WARUNG MAKAN BUDI RASA
{street1} Kupang
Telp {bizhp1}
----------------------
Nasi ayam x3   {rp1}
Es teh x3      {rp2}
No. Bon {resi1}  {jam1}
TERIMA KASIH
(struk dilampirkan: pajak restoran ditarik tapi tidak ada NPWPD)""",
    ),
    T(
        "scan_ocr",
        "persons_dealt",
        """TIKET KAPAL CEPAT
Kupang – Ba'a
Nama Penumpang : [[n:{N1}]]
No. Kursi : {num1}
Tgl : {tgl1}  Jam {jam1}
Harga : {rp1}
CS Operator : {otel1}
(kapal batal berangkat, uang tidak kembali)""",
    ),
    T(
        "scan_ocr",
        "own_and_kin",
        """KARTU KELUARGA
No. [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{addr1}]]
[[a:RT/RW : {rtn1}]]
1 [[n:{N1}]] [[nik:{nikb1}]] KEPALA KELUARGA
2 [[n:{G2} {F1}]] [[nik:{nikb2}]] ANAK""",
        M=(1,),
    ),
    T(
        "scan_ocr",
        "persons_dealt",
        """RESI PENGIRIMAN {resi1}
Pengirim : [[n:{N1}]]  [[p:{hp1}]]
Penerima : [[n:{N2}]]  [[p:{hp2}]]
Tujuan : SOE
Berat : 3 kg  Ongkir : {rp1}
CS Ekspedisi : {bizhp1}
(paket hilang, dilaporkan pengirim)""",
    ),
    T(
        "scan_ocr",
        "accounts_npwp",
        """KOPERASI SIMPAN PINJAM TUNAS HARAPAN
Badan Hukum No. {surat1}
NPWP {npwpb1}
Telp. {otel1}
SLIP ANGSURAN No. {resi1}
Angsuran ke-{num1}  {rp1}
(anggota mengeluh bunga naik sepihak)""",
    ),
    T(
        "scan_ocr",
        "accounts_npwp",
        """BUKTI POTONG PPh 21
Nomor : 1.1-{num1}.26-{kode1}
Penerima Penghasilan
NPWP : [[npwp:{npwp1}]]
Nama : [[n:{N1}]]
Pemotong : DINAS KESEHATAN KOTA KUPANG
NPWP Pemotong : {npwpb1}""",
    ),
    T(
        "scan_ocr",
        "mailboxes",
        """SMP NEGERI {smp1} KUPANG
Jl. Kesehatan (sebelah lapangan)
Telp. {otel1}  email: smpn{smp1}kupang@gmail.com
SURAT PANGGILAN ORANG TUA
Kepada Yth. Orang tua dari [[n:{N2}]]
Kontak wali kelas: [[n:{N3}]], [[e:{emk3}]]""",
    ),
    T(
        "scan_ocr",
        "persons_dealt",
        """KWITANSI
Telah terima dari : [[n:{N1}]]
Uang sejumlah : {rp1}
Untuk pembayaran : motor Yamaha Mio [[pl:{plate1}]]
Kupang, {tgl1}
Penerima,
ttd
[[n:{N2}]]
HP [[p:{hp2}]]""",
    ),
    T(
        "scan_ocr",
        "office_lines",
        """CAP DINAS
KECAMATAN {KEL1}
Jl. Adisucipto No. {num1} Telp. {otel1}
Diterima tgl {tgl1} jam {jam1}
No. Agenda {surat1}""",
    ),
    T(
        "scan_ocr",
        "scams",
        """[poster ditempel di tiang listrik, difoto]
PINJAMAN TANPA AGUNAN
CAIR 1 HARI, BUNGA 0,5%
HUB/WA {hpx1} atau {hpx2}
(poster liar, nomornya sering minta biaya admin dulu)""",
    ),
    T(
        "scan_ocr",
        "scams",
        """[tangkapan layar m-banking]
Transfer Berhasil
Ke: [[n:{N2}]]
Bank BRI [[b:{bri1}]]
Jumlah: {rp1}
Ref: {trx1}
(uang untuk beli HP di Marketplace, penjual [[n:{N2}]] hilang setelah transfer)""",
    ),
]

# ---- kupang_malay: chats and voice notes typed out in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "own_and_kin",
        "Bapa dong di kantor lurah, beta su telpon {otel1} dari pagi sonde angkat. Air su mati 5 hari di [[a:{rt1}]]. Beta pung nomor [[p:{hp1}]], tolong telpon balik. - [[n:{g1}]]",
    ),
    T(
        "kupang_malay",
        "scams",
        "Mama dong hati2 e, nomor {hpx1} tu bilang dia dari Bapenda, minta bayar PBB lewat dia pung rekening. Itu tipu. Bapenda pung nomor resmi cuma {otel1}.",
    ),
    T(
        "kupang_malay",
        "persons_dealt",
        "Beta beli babi dari om [[n:{g2}]] di [[a:{rt2}]], dia pung nomor [[p:{hp2}]]. Babi mati dua hari kemudian, dia sonde mau ganti. Beta su lapor ke dinas peternakan {otel1} ma dong sonde datang.",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "office_lines",
        "Kaka, puskesmas {puskes1} pung nomor yang di papan {otel1} tu su mati ko? Beta telpon terus, sonde nyambung. Yang WA {owa1} ju sonde balas. Mama su sakit dari kemarin.",
    ),
    T(
        "kupang_malay",
        "adverts",
        "Bosong liat spanduk 'SEDOT WC MURAH WA {bizhp1}' di pagar sekolah? Dong pasang sembarang, pagar sekolah jadi kotor. Tolong Satpol PP cabut dolo.",
    ),
    T(
        "kupang_malay",
        "accounts_npwp",
        "Pendeta bilang sumbangan kirim ke rekening Majelis Jemaat {ntt1}, ma panitia kirim lai nomor rekening pribadi, BRI [[b:{bri1}]] a.n. [[n:{n2}]]. Beta bingung, mana yang betul? Beta sonde mau uang hilang.",
    ),
    T(
        "kupang_malay",
        "mailboxes",
        "Beta su kirim lamaran ke email dinas tenaga kerja disnaker.kotakupang@gmail.com, sonde ada balasan. Kalo ada info, kirim ke beta pung email [[e:{emd1}]] sa.",
    ),
    T(
        "kupang_malay",
        "own_and_kin",
        "Beta pung anak [[n:{g2}]] sakit, BPJS dia pung nomor [[bpjs:{bpjs1}]] ma rumah sakit bilang sonde aktif. Beta su telpon BPJS 165 dong bilang tunggu. Tolong bantu, beta pung hp [[p:{hp1}]].",
    ),
    T(
        "kupang_malay",
        "scams",
        "Tadi ada nomor {hpx1} telpon beta, dia bilang dia dari Dinas Sosial, beta dapat bantuan {rp1}, cuma musti kirim pulsa dulu. Beta sonde kirim. Nomor itu bosong blokir sa.",
    ),
    T(
        "kupang_malay",
        "persons_dealt",
        "Ibu kos [[n:{g2}]] tu, dia pung nomor [[p:{hp2}]], tiap bulan naik harga sonde bilang-bilang. Su {rp1} sekarang. Beta ni mahasiswa, kasi tau sa ke mana beta lapor.",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "office_lines",
        "Dong bilang nomor pengaduan Dishub su ganti. Yang lama {owa1}, yang baru {owa2}. Ma dua-dua sonde angkat. Lampu di {street1} su gelap dua minggu.",
    ),
    T(
        "kupang_malay",
        "accounts_npwp",
        "Bendahara sekolah minta NPWP semua guru honor. Ini punya sa [[npwp:{npwpn1}]], sama deng NIK. Ma dong potong gaji pake NPWP bendahara {npwpb1}, jadi sa pung pajak sonde muncul.",
    ),
    T(
        "kupang_malay",
        "scams",
        "Beta pung adik kena tipu. Orang tu kasi nama [[n:{g2}]], nomor [[p:{hp2}]], bilang dia jual motor murah {rp1}. Adik su transfer, dia langsung hilang.",
    ),
    T(
        "kupang_malay",
        "own_and_kin",
        "Kaka, beta ni [[n:{g1}]] dari [[a:{rt1}]] Kel. {kel1}. Beta pung hp [[p:{hp1}]] atau beta pung laki dia pung hp [[p:{hp2}]]. Got depan rumah su tasumbat, air masuk rumah.",
        F=(1,),
        M=(2,),
    ),
    T(
        "kupang_malay",
        "adverts",
        "Bengkel di pinggir {street1} tu, dong pung papan tulis 'BENGKEL LAS MAJU JAYA {bizhp1}'. Tiap malam dong las sampe jam 12, anak-anak sonde bisa tidor. Tolong tegur dong.",
    ),
    T(
        "kupang_malay",
        "mailboxes",
        "Bapa lurah bilang kirim surat ke email lurah.{kelx1}@gmail.com, ma sonde dibalas. Staf kelurahan [[n:{n2}]] bilang kirim ke dia pung email [[e:{em2}]] sa, nanti dia kasi lanjut.",
    ),
    T(
        "kupang_malay",
        "persons_dealt",
        "Om [[n:{g2}]] yang jual tanah ke beta, dia pung nomor [[p:{hp2}]] su sonde aktif. Sertifikat sonde ada, NOP {nop1} ternyata orang lain pung. Beta rugi {rp1}.",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "scams",
        "Nomor {hpx1}, dia bilang dia dari PLN, mau ganti meteran gratis. Ternyata dong minta {rp1}. Tetangga dong su kena tiga orang. PLN pung nomor resmi 123 to?",
    ),
    T(
        "kupang_malay",
        "office_lines",
        "Beta telpon (0380) 8{kode1} ju sonde angkat. Itu kantor camat pung nomor to? Beta mau urus surat keterangan miskin, su tiga kali datang kantor tutup.",
    ),
    T(
        "kupang_malay",
        "own_and_kin",
        "Tanta [[n:{g2}]] di [[a:{addr2}]] su tua, sonde bisa jalan. Bantuan lansia dia sonde dapat. Kalo petugas mau datang, telpon tanta pung cucu [[n:{g3}]] di [[p:{hp3}]].",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "adverts",
        "Ada travel gelap Kupang-Soe, dong pung nomor {bizhp1} atau {bizhp2}, mobil sonde ada izin. Kemarin dong tabrak motor di {street1}, lari.",
    ),
    T(
        "kupang_malay",
        "persons_dealt",
        "Beta pinjam uang di mama [[n:{g2}]] yang jual ikan di pasar, {rp1}. Sekarang dia tagih dua kali lipat, kirim pesan dari nomor [[p:{hp2}]] tiap malam, ancam mau datang rumah.",
        F=(2,),
    ),
]

if __name__ == "__main__":
    main()
