# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev39.jsonl: people's names as people really write them.

Hand-written templates with inline labels and placeholders, each filled three times with
invented values; span offsets are computed from the markers. ``<g1>`` is short for
``[[n:{g1}]]`` (the kind follows the placeholder), ``{g1}`` alone is filled and not labelled.
Run ``python3 tests/data/make_redaction_dev39.py`` (stdlib only, deterministic); ``--review``
also prints every unlabelled run of capitalised words and digits for reading.
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

SEED = 20261239
OUT = Path(__file__).with_name("redaction_dev39.jsonl")

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
    "wa_chat",
    "wa_forward",
    "kupang_malay",
    "fb_post",
    "fb_comments",
    "voice_note",
    "officer_note",
    "web_form",
)
THEMES = (
    "social_aid",
    "health",
    "education",
    "civil_registry",
    "utilities",
    "security_scams",
    "disaster_donation",
    "neighbours_land",
    "tax_business",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "name": 700,
    "phone": 40,
    "address": 30,
    "nik": 20,
    "themes": 7,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "dr", "drs", "pdt", "romo",
    "suster", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa",
    "nona", "kak", "kaka", "ka", "kk", "adik", "ade", "bripka", "aiptu", "serka", "yth",
    "saudara", "ketua", "kepala", "petugas", "pendamping", "admin", "almarhum", "alm", "almh",
    "dokter", "ttd", "salam", "dari", "hormat", "anak", "usi", "bung", "pa", "ma",
    "keluarga", "kel", "rumah", "sa", "beta", "sy", "saya", "nenek", "kakek", "mas", "mbak",
    "koh", "cik", "ci", "bli", "ina", "ama", "kader", "pdm", "ners",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev39)
GIVEN_M = (
    "Yohanes", "Frans", "Melkianus", "Dominggus", "Yakob", "Paulus", "Simon", "Kristian",
    "Marthen", "Jefri", "Roni", "Amos", "Titus", "Zet", "Adolf", "Elkana", "Gideon", "Yafet",
    "Nikodemus", "Piter", "Aleks", "Ferry", "Randi", "Semuel", "Lorens", "Apolonius", "Yosef",
    "Rikardus", "Benyamin", "Eduard", "Isak", "Mikael", "Ignasius", "Egidius", "Vinsen",
    "Kanisius", "Yermi", "Okto", "Thomas", "Filipus", "Rafael", "Ebed", "Hironimus", "Yulianus",
    "Yonas", "Nataniel", "Abraham", "Kornelius", "Daniel", "Sefnat",
)  # fmt: skip
GIVEN_F = (
    "Margaretha", "Theresia", "Elisabeth", "Yustina", "Adelina", "Serly", "Febi", "Marlince",
    "Agustina", "Debora", "Salomi", "Ribka", "Yosina", "Fransiska", "Emerensiana", "Katarina",
    "Antonia", "Paulina", "Lidia", "Sofia", "Martha", "Dina", "Yuni", "Nela", "Ermelinda",
    "Hilda", "Meryana", "Yemima", "Sarah", "Ruth", "Kristin", "Anita", "Yanti", "Rosalia",
    "Ester", "Mince", "Olivia", "Yulita", "Selfina", "Heni", "Delvi", "Marince", "Erlin",
    "Yakomina", "Dorothea", "Susana", "Filomena", "Viktoria", "Getrudis", "Norma",
)  # fmt: skip
FAMILY = (
    "Ndun", "Manafe", "Tefa", "Benu", "Lay", "Bessie", "Therik", "Pah", "Nenobais", "Tanone",
    "Amalo", "Fanggidae", "Mooy", "Ndolu", "Bolla", "Lenggu", "Taolin", "Kase", "Tefnay",
    "Neno", "Faot", "Ndoi", "Pello", "Daik", "Lado", "Bire", "Tede", "Kore", "Parera", "Lewar",
    "Koten", "Maran", "Sogen", "Ndima", "Maure", "Laupada", "Mautuka", "Blegur", "Haba", "Sae",
    "Zakarias", "Nalle", "Tasuib", "Ulu", "Baun", "Sinaga", "Umbu Hina", "Riwu Rohi",
    "Dju Bire", "Ga Lena", "Kana Hau", "Da Costa", "Bara Pa", "Wadu", "Taebenu", "Nomeni",
    "Lamawuran", "Boro", "Welan", "Kapioru", "Lakusaba", "Pandi", "Adu", "Baok", "Nafie",
)  # fmt: skip
# migrants' names, given and family (Bugis, Javanese, Chinese-Indonesian, Balinese, Buton)
MIGRANT = (
    ("M", "Andi Baso", "Patawari"),
    ("F", "Hasnah", "Daeng Ngasseng"),
    ("M", "Muh.", "Arsyad"),
    ("F", "Sri", "Wahyuningsih"),
    ("M", "Bambang", "Sutopo"),
    ("F", "Tri", "Handayani"),
    ("F", "Liem", "Siu Ling"),
    ("M", "Hendra", "Wijaya"),
    ("F", "Lanny", "Kurniawan"),
    ("M", "I Nyoman", "Sudarta"),
    ("F", "Ni Luh Putu", "Ariani"),
    ("M", "I Ketut", "Widana"),
    ("M", "La Ode", "Hamiru"),
    ("F", "Wa Ode", "Sartini"),
    ("M", "Suparman", "Hadi"),
    ("F", "Rukmini", "Daeng Bau"),
    ("M", "Ahmad", "Jailani"),
    ("F", "Siti", "Rohmah"),
    ("M", "Kevin", "Tanoto"),
    ("F", "Mega", "Santoso"),
)
NICK = (
    "Ancu", "Ice", "Dance", "Nyong", "Oni", "Ebe", "Ocha", "Itje", "Uli", "Lexi", "Tole",
    "Vian", "Chiko", "Ivon", "Neti", "Ona", "Kety", "Iren", "Ojan", "Dodi", "Momo", "Nani",
    "Ikun", "Dedy", "Oyen", "Tita", "Bobi", "Engki", "Ucok", "Poppy",
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

# ---------------------------------------------------------------- places and look-alikes
KEL = (
    "Oebobo", "Oesapa", "Naikoten I", "Naikoten II", "Oebufu", "Liliba", "Sikumana", "Bakunase",
    "Fatululi", "Kolhua", "Penfui", "Naimata", "Alak", "Namosain", "Oepura", "Manutapen",
    "Airnona", "Kuanino", "Oetete", "Fontein", "Lasiana", "Tuak Daun Merah", "Nefonaek",
    "Belo", "Fatukoa", "Maulafa", "Nunbaun Sabu", "Oeba", "Fatubesi", "Solor",
)  # fmt: skip
HOME_JL = (
    "Jl. Kancil", "Jl. Rusa", "Jl. Kelinci", "Jl. Tupai", "Jl. Kuda", "Jl. Bakau", "Jl. Jati",
    "Jl. Mahoni", "Jl. Beringin", "Jl. Akasia", "Jl. Cendana", "Jl. Kenanga", "Jl. Melati",
    "Jl. Kamboja", "Jl. Tulip", "Jl. Bougenvil", "Jl. Pisang", "Jl. Nangka", "Jl. Mangga",
    "Jl. Timor Raya", "Jl. Sabu", "Jl. Rote", "Gg. Damai", "Gg. Rukun", "Gg. Kelapa",
    "Gg. Lontar", "Gg. Sejahtera", "Jl. W.J. Lalamentik", "Jl. Frans Seda", "Jl. Piet A. Tallo",
)  # fmt: skip
PUB_JL = (
    "Jl. W.J. Lalamentik", "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. El Tari", "Jl. Herewila",
    "Jl. Adisucipto", "Jl. R.A. Kartini", "Jl. Moh. Hatta", "Jl. Sam Ratulangi", "Jl. Cak Doko",
    "Jl. Jenderal Sudirman", "Jl. Soeharto", "Jl. Perintis Kemerdekaan", "Jl. H.R. Koroh",
    "Jl. Alfons Nisnoni", "Jl. S.K. Lerik", "Jl. Thamrin", "Jl. Eltari II",
)  # fmt: skip
RS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W.Z. Johannes", "RS Bhayangkara Drs. Titus Uly",
    "RS St. Carolus Borromeus", "RS Siloam", "RSIA Dedari", "RS Leona", "RS Mamami",
)  # fmt: skip
PUSK = (
    "Puskesmas Oebobo", "Puskesmas Oesapa", "Puskesmas Sikumana", "Puskesmas Bakunase",
    "Puskesmas Kupang Kota", "Puskesmas Alak", "Puskesmas Naioni", "Puskesmas Oepoi",
    "Puskesmas Penfui", "Puskesmas Pasir Panjang",
)  # fmt: skip
SCHOOL = (
    "SD Inpres Naikoten 1", "SMPN 1 Kupang", "SMAN 3 Kupang", "SD GMIT Kuanino 3",
    "SMPK St. Yoseph", "SMAK Giovanni", "SDK St. Yosef Naikoten", "SMKN 1 Kupang",
    "SMP Kristen Citra Bangsa", "TK Kristen Betel", "SD Negeri Oetete 2", "MIN Kota Kupang",
)  # fmt: skip
CHURCH = (
    "Gereja Betel", "GMIT Jemaat Kaisarea", "GMIT Jemaat Efata Liliba", "GMIT Jemaat Kasih Naikoten",
    "GMIT Jemaat Paulus", "Gereja Katedral", "Paroki St. Yoseph Naikoten", "GMIT Jemaat Syalom",
    "Masjid Raya Nurussa'adah", "Gereja Bethel Indonesia",
)  # fmt: skip
SHOP = (
    "Toko Yohanes", "Toko Kasih", "Kios Mama Ester", "Apotek Indah", "Toko Setia Budi",
    "Bengkel Berkat Jaya", "Salon Nona Manis", "Depot Air Damai", "Toko Mawar", "Warung Bunga",
    "Toko Paulus Elektronik", "Rumah Makan Nelayan", "Fotokopi Setia Kawan", "Toko Berkat",
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA")
NIK_REG = (
    ("71", 6), ("01", 24), ("02", 32), ("03", 24), ("04", 24), ("05", 17), ("06", 19),
    ("07", 21), ("08", 21), ("10", 12), ("11", 22), ("12", 6), ("13", 9), ("14", 10), ("20", 6),
)  # fmt: skip
MOBILE = (
    "0812",
    "0813",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0811",
    "0819",
    "0878",
    "0857",
    "0895",
    "0851",
)
PREFIXES = set(MOBILE) | {"0818", "0838", "0896", "0881"}
LOOK_WORDS = (
    "kasih", "indah", "bunga", "damai", "mawar", "berkat", "setia", "lalamentik", "lerik",
    "johannes", "betel", "oebobo", "oesapa", "naikoten", "yohanes", "paulus", "kartini",
    "nisnoni", "ester", "tallo", "koroh", "seda", "uly", "sudirman", "efata", "kaisarea",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


# ---------------------------------------------------------------- values

NAME_KEYS = {"n", "g", "f", "nk", "o", "l", "lg", "lf", "lnk", "lo"}
SHORT_KIND = {
    **dict.fromkeys(NAME_KEYS, "n"),
    **dict.fromkeys(("hp", "hpb", "hpd", "hps", "hpi", "hpj", "tr"), "p"),
    **dict.fromkeys(("nik", "niks", "nikt"), "nik"),
    "kk": "kk",
    "npwp": "npwp",
    "npwpn": "npwp",
    "bpjs": "bpjs",
    "rek": "b",
    "em": "e",
    "emx": "e",
    "ad": "a",
    "adr": "a",
    "rt": "a",
    "pl": "pl",
}


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object], migrants: set[int]) -> None:
        self.rng = rng
        self.spec = spec
        self.migrants = migrants
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.numbers: set[str] = set()

    def stamp(self) -> str:
        if not hasattr(self, "clock"):
            self.clock = (
                self.rng.randint(1, 28),
                self.rng.randint(1, 12),
                self.rng.randint(6 * 60, 21 * 60),
            )
        d, m, t = self.clock
        self.clock = (d, m, t + self.rng.choice((0, 1, 1, 2, 3, 5, 12)))
        return f"[{d:02d}/{m:02d}/2026 {t // 60:02d}.{t % 60:02d}]"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(200):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh value")

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        taken = {p["given"] for p in self.people.values()} | {
            p["nick"] for p in self.people.values()
        }
        fam_of = self.spec["fam"].get(i)
        if i in self.migrants:
            want = "F" if i in self.spec["F"] else "M" if i in self.spec["M"] else ""
            while True:
                sex, given, family = r.choice(MIGRANT)
                if given not in taken and sex in (want or sex):
                    break
        else:
            sex = "F" if i in self.spec["F"] else "M" if i in self.spec["M"] else r.choice("MF")
            pool = GIVEN_F if sex == "F" else GIVEN_M
            while True:
                given = r.choice(pool)
                if given not in taken:
                    break
            if r.random() < 0.12 and sex == "F":
                given = given + " " + r.choice(("Maria", "Yuliana", "Magdalena", "Fransiska"))
            family = r.choice(FAMILY)
            if fam_of is not None:
                family = self.person(fam_of)["family"]
        while True:
            nick = r.choice(NICK)
            if nick not in taken:
                break
        born = r.randint(1948, 1962) if i in self.spec["E"] else r.randint(1965, 2004)
        if i in self.spec["K"]:
            born = r.randint(2010, 2021)
        p = {"sex": sex, "given": given, "family": family, "nick": nick, "born": str(born)}
        self.people[i] = p
        return p

    # -- numbers
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choice(MOBILE)
            return prefix + str(r.randint(1, 9)) + self.digits(r.choice((6, 7, 7, 8)))

        return self.fresh(make)

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if not how:
            how = r.choices(("b", "d", "s", "i", "j"), (50, 15, 18, 9, 8))[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        return {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "j": "+62" + raw[1:],
        }[how]

    def nik_raw(self, i: int) -> str:
        p = self.person(i)
        r = self.rng
        reg = r.choices([x[0] for x in NIK_REG], [x[1] for x in NIK_REG])[0]
        dist = r.randint(1, NIK_REG[[x[0] for x in NIK_REG].index(reg)][1])
        day = r.randint(1, 28) + (40 if p["sex"] == "F" else 0)
        return self.fresh(
            lambda: (
                f"53{reg}{dist:02d}{day:02d}{r.randint(1, 12):02d}{p['born'][2:]}{r.randint(1, 60):04d}"
            )
        )

    def write_id(self, raw: str, how: str) -> str:
        if not how:
            how = self.rng.choices(("b", "s", "t"), (70, 22, 8))[0]
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        return raw

    def email(self, i: int, dodge: bool) -> str:
        p = self.person(i)
        r = self.rng
        g = re.sub(r"[^a-z]", "", p["given"].split()[0].lower())
        f = re.sub(r"[^a-z]", "", p["family"].lower())
        local = r.choice(
            (
                f"{g}.{f}",
                f"{g}{f}{r.randint(1, 99)}",
                f"{g}_{f}",
                f"{f}.{g}{p['born'][2:]}",
                f"{g}{p['born']}",
            )
        )
        host = r.choice(HOSTS)
        if dodge:
            name, dom = host.split(".", 1)
            return r.choice(
                (f"{local} @ {host}", f"{local}(at){host}", f"{local} [at] {name} [dot] {dom}")
            )
        return f"{local}@{host}"

    def value(self, name: str, index: str) -> str:
        r = self.rng
        i = int(index or 0)
        if name in NAME_KEYS:
            p = self.person(i)
            lower = name.startswith("l")
            base = name[1:] if lower and name != "l" else name
            full = p["given"] + " " + p["family"]
            field = {
                "n": full,
                "l": full,
                "o": full,
                "g": p["given"],
                "f": p["family"],
                "nk": p["nick"],
            }
            v = field[base] if base in field else field["n"]
            return v.lower() if lower else v
        if name.startswith("hp"):
            raw = self.mobile_raw()
            return self.write_mobile(raw, name[2:])
        if name == "tr":
            raw = self.fresh(lambda: "03808" + str(r.randint(1, 9)) + self.digits(4))
            return r.choice((f"0380 {raw[4:]}", f"(0380) {raw[4:]}", f"0380-{raw[4:]}"))
        if name in ("nik", "niks", "nikt"):
            return self.write_id(self.nik_raw(i), name[3:])
        if name == "kk":
            raw = self.nik_raw(i)
            kk = (
                raw[:6]
                + f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(10, 25)}"
                + self.digits(4)
            )
            return self.write_id(self.fresh(lambda: kk), "")
        if name == "npwp":
            d = self.fresh(lambda: self.digits(8) + str(r.randint(1, 9)))
            return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-92{r.randint(0, 9)}.000"
        if name == "npwpn":
            return self.nik_raw(i)
        if name == "bpjs":
            return self.fresh(lambda: "000" + str(r.randint(1, 3)) + self.digits(9))
        if name == "rek":

            def account() -> str:
                how = r.randint(0, 3)
                if how == 0:
                    return "0" + self.digits(9)
                if how == 1:
                    return f"{self.digits(4)}-01-{self.digits(6)}-50-{r.randint(1, 9)}"
                if how == 2:
                    return f"00{r.randint(1, 3)}.01.0{r.randint(1, 9)}.{self.digits(6)}-{r.randint(1, 9)}"
                return self.digits(13)

            return self.fresh(account)
        if name in ("em", "emx"):
            return self.email(i, name == "emx")
        if name == "ad":
            return f"{r.choice(HOME_JL)} No. {r.randint(1, 140)}{r.choice(('', '', '', 'A', 'B'))}"
        if name == "adr":
            return f"{r.choice(HOME_JL)} No. {r.randint(1, 99)}, RT {r.randint(1, 40):03d}/RW {r.randint(1, 12):03d}"
        if name == "rt":
            a, b = r.randint(1, 42), r.randint(1, 14)
            return r.choice(
                (f"RT {a:02d}/RW {b:02d}", f"RT {a} RW {b}", f"RT {a:03d}/RW {b:03d}", f"RT {a}")
            )
        if name == "pl":
            return f"{r.choice(('DH', 'DH', 'DH', 'EB', 'ED'))} {r.randint(1000, 9999)} {r.choice(('A', 'AK', 'AB', 'KN', 'AU', 'BL', 'C'))}"
        if name not in OTHER and name.startswith("l") and name[1:] in OTHER:
            return OTHER[name[1:]](self, i).lower()
        return OTHER[name](self, i)


def _rp(fl: Fill, i: int) -> str:
    return (
        "Rp "
        + f"{fl.rng.choice((25, 50, 150, 200, 300, 450, 600, 750)) * 1000 * fl.rng.choice((1, 1, 10)):,}".replace(
            ",", "."
        )
    )


def _tgl(fl: Fill, i: int) -> str:
    return f"{fl.rng.randint(1, 28):02d}/{fl.rng.randint(1, 12):02d}/{fl.rng.choice((2025, 2026))}"


def _jam(fl: Fill, i: int) -> str:
    return f"{fl.rng.randint(6, 22):02d}.{fl.rng.choice(('00', '15', '30', '45', '10', '52'))}"


OTHER = {
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "otel": lambda fl, i: f"(0380) {fl.rng.randint(810, 890)}{fl.digits(3)}",
    "tiket": lambda fl, i: f"#LPR-2026-{fl.digits(4)}-{fl.digits(4)}",
    "idpel": lambda fl, i: "53" + fl.digits(10),
    "va": lambda fl, i: "8808" + fl.digits(12),
    "nop": lambda fl, i: (
        f"53.71.0{fl.rng.randint(10, 60)}.00{fl.rng.randint(1, 9)}.0{fl.digits(2)}-{fl.digits(4)}.0"
    ),
    "nisn": lambda fl, i: "00" + fl.digits(8),
    "nip": lambda fl, i: (
        f"19{fl.rng.randint(65, 95)}{fl.rng.randint(1, 12):02d}{fl.rng.randint(1, 28):02d} 20{fl.rng.randint(10, 22)}0{fl.rng.randint(1, 2)} {fl.rng.randint(1, 2)} 0{fl.digits(2)}"
    ),
    "sambung": lambda fl, i: f"0{fl.rng.randint(1, 6)}-0{fl.rng.randint(1, 9)}-00{fl.digits(4)}",
    "rp": _rp,
    "tgl": _tgl,
    "jam": _jam,
    "umur": lambda fl, i: str(fl.rng.randint(23, 70)),
    "tua": lambda fl, i: str(fl.rng.randint(71, 93)),
    "num": lambda fl, i: str(fl.rng.randint(2, 19)),
    "kel": lambda fl, i: fl.rng.choice(KEL),
    "jlp": lambda fl, i: fl.rng.choice(PUB_JL),
    "jlno": lambda fl, i: f"{fl.rng.choice(PUB_JL)} No. {fl.rng.randint(1, 120)}",
    "rs": lambda fl, i: fl.rng.choice(RS),
    "pusk": lambda fl, i: fl.rng.choice(PUSK),
    "sch": lambda fl, i: fl.rng.choice(SCHOOL),
    "grj": lambda fl, i: fl.rng.choice(CHURCH),
    "toko": lambda fl, i: fl.rng.choice(SHOP),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "rtx": lambda fl, i: str(fl.rng.randint(1, 40)),
    # invented public figures quoted in the news
    "walkot": lambda fl, i: fl.rng.choice(
        ("Aloysius Rerebain", "Damianus Wolo Sadipun", "Gabriel Tokan Lamabelawa")
    ),
    "kadis": lambda fl, i: fl.rng.choice(
        ("Heribertus Lamanepa", "Stefanus Kiko Bolen", "Hendrikus Laba Nuhan")
    ),
    "kapol": lambda fl, i: fl.rng.choice(
        ("Rudolf Manuain", "Agustinus Dopo Wuwur", "Benediktus Lelo Tupen")
    ),
    "dec": lambda fl, i: fl.rng.choice(("", "", " 🌺", " 🙏", " ❤️")),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
SHORT = re.compile(r"<([A-Za-z]+)(\d*)>")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def expand(template: str) -> str:
    """``<g1>`` is ``[[n:{g1}]]``: the kind follows the placeholder."""

    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        base = key.lower() if key.isupper() else key
        if base not in SHORT_KIND:
            raise KeyError(m.group(0))
        return "[[%s:{%s%s}]]" % (SHORT_KIND[base], key, m.group(2))

    return SHORT.sub(sub, template)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper():  # {N1} is {n1} in capitals, the same draw
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = fl.value(name.lower(), index)
            return fl.cache[low].upper()
        if name == "st":  # chat time stamps, in order
            return fl.stamp()
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
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|rt\b)")
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits, a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", seg):
        return False
    clean = re.sub(r"\D", "", seg)
    if not 9 <= len(clean) <= 14:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")) or SHORT.search(text):
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
            d = re.sub(r"\D", "", seg)
            if re.search(r"[^0-9 .]", seg) or not d.startswith("53") or len(d) != 16:
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(re.sub(r"\D", "", seg)) not in (15, 16) or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs":
            d = re.sub(r"\D", "", seg)
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
            local = re.split(r"(?i)\s*(@|\(at\)|\[at\])", seg)[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in NUMERIC:
            d = re.sub(r"\D", "", seg)
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
LOOK_WORD = re.compile(r"(?i)(?<![a-z])(%s)(?![a-z])" % "|".join(LOOK_WORDS))


def lookalikes(text: str) -> int:
    """Runs of digits, @ tokens and words that are also names: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text)) + len(LOOK_WORD.findall(text))


MALE_WORDS = (
    "om|opa|bapa|pak|bpk|bapak|bapaknya|suami|ayah|abang|kaka laki|nyong|bung|koh|bli|mas|la"
)
FEMALE_WORDS = (
    "mama|mamanya|oma|tanta|ibu|bu|istri|maitua|bidan|nona|ny|usi|mbak|cik|kaka nona|janda"
)


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
    text = expand(text.strip("\n"))
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|dia)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    females = set(F) | (auto["F"] - set(M))
    males = set(M) | (auto["M"] - set(F))
    elder = set(E)
    for m in re.finditer(
        r"(?i)\b(?:oma|opa|lansia|nenek|kakek)\s*,?\s+\[\[n:\{[A-Za-z]+(\d+)\}", text
    ):
        elder.add(int(m.group(1)))
    migrants = {int(m.group(1)) for m in re.finditer(r"\{(?:o|O|lo)(\d+)\}", text)}
    spec = {"F": females, "M": males, "K": set(K), "E": elder, "fam": fam or {}, "mig": migrants}
    return (style, theme, text, spec, U)


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
            if tries > 400 and "--loose" in sys.argv:
                print("FAIL", number, last, template[:200])
                break
            if tries > 400:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:300]}"
                )
            fl = Fill(rng, spec, spec["mig"])
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
            "id": "d39-%04d" % k,
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
    if kind == "email":
        return "plain" if re.search(r"\S@\S", seg) else "written to dodge scrapers"
    if kind == "phone":
        if seg.startswith("+62"):
            return "+62"
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
    for kind in sorted(KINDS.values()):
        c = Counter(
            writing(kind, r["text"][s["start"] : s["end"]])
            for r in records
            for s in r["spans"]
            if s["kind"] == kind
        )
        print(f"{kind} writings:", ", ".join(f"{k} {v}" for k, v in sorted(c.items())))


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
    for kind in ("name", "phone", "address", "nik"):
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


# ---------------------------------------------------------------- templates
# Shorthand: <X1> is [[kind:{X1}]], the kind following the placeholder; {X1} alone is not labelled.
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1}/{lg1} given name,
# {f1}/{F1}/{lf1} family name, {nk1}/{NK1}/{lnk1} nickname, {o1}/{O1}/{lo1} a migrant's full name
# (Bugis, Javanese, Chinese-Indonesian, Balinese, Buton; {g1}/{f1} then give its parts).
# {hp1} mobile ({hpb1} one block, {hpd1} dashes, {hps1} spaces, {hpi1} +62 with dashes, {hpj1}
# +62 in one block), {tr1} home landline, {nik1} ({niks1}, {nikt1}), {kk1}, {npwp1}, {npwpn1}
# (the NIK as NPWP), {bpjs1}, {rek1}, {em1} ({emx1} written to dodge scrapers), {ad1} street and
# number, {adr1} with RT/RW, {rt1} RT/RW alone, {pl1} plate. F=/M= set the sex, K= a child,
# E= an elder, fam={2: 1} gives 2 the family name of 1.
# Not a person's: {owa} an office's mobile, {scam}, {otel}; look-alikes {tiket} {idpel} {va} {nop}
# {nisn} {nip} {sambung} {rp} {tgl} {jam} {st} (chat stamps, in order) {umur} {tua} {num} {kel} {jlp} {jlno} {rs} {pusk} {sch}
# {grj} {toko} {bnk} {hari} {rtx}; {walkot} {kadis} {kapol} invented public figures in the news; {dec} an emoji or nothing.

TEMPLATES: list[tuple] = []

# ---- sms_caps: SMS 1708 in capitals
TEMPLATES += [
    T(
        "sms_caps",
        "social_aid",
        "KOTKUPANG SY <N1> WARGA <rt1> KEL {kel}. NAMA MAMA SY [[n:{G2} {F1}]] SDH 3 THN TDK DPT BLT LANSIA. MHN DICEK. TKS",
        E=(2,),
        F=(2,),
        fam={2: 1},
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        "kotkupang air pdam sdh 2 mgg mati di <rt1> kel {kel}. sdh lapor ke petugas pdam pak <g2> tp blm ada tindakan. ttd <n3> hp <hpb3>",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        "KOTKUPANG ANAK SY <G1> UMUR 4 THN DITOLAK DI {pusk} KRN KARTU KIS BLM AKTIF. NO KIS <bpjs1>. SY MAMANYA <N2>",
        K=(1,),
        F=(2,),
        fam={1: 2},
        U=True,
    ),
    T(
        "sms_caps",
        "neighbours_land",
        "KOTKUPANG MOHON BANTU. TETANGGA SY KELUARGA <F1> BANGUN PAGAR MASUK TANAH KAMI DI <ad2>. SDH LAPOR PAK RT TP DIAM SJ. DR <N2>",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        "KOTKUPANG NAMA DI KTP SY SALAH TULIS, HARUSNYA <N1> TP TERTULIS [[n:{G1} {F2}]]. NIK <nik1>. SDH 2X KE DUKCAPIL BLM DIPERBAIKI",
        U=True,
    ),
    T(
        "sms_caps",
        "education",
        "KOTKUPANG GURU <G1> DI {sch} MINTA UANG {rp} UTK FOTO KOPI RAPOR. ANAK SY <G2> KLS 5. ORTU <N3> <hpd3>",
        K=(2,),
        U=True,
    ),
    T(
        "sms_caps",
        "security_scams",
        "KOTKUPANG MOTOR ADIK SY <N1> HILANG DEPAN {toko} MLM TADI. PLAT <pl1> HONDA BEAT HITAM. HUB <hpb2> (<G2>)",
        U=True,
    ),
    T(
        "sms_caps",
        "disaster_donation",
        "KOTKUPANG RUMAH OMA <N1> DI <rt2> KEL {kel} ROBOH KENA ANGIN SEMALAM. OMA TINGGAL SENDIRI. MHN BANTUAN. <NK3> CUCUNYA <hps3>",
        E=(1,),
        U=True,
    ),
    T(
        "sms_caps",
        "social_aid",
        "KOTKUPANG BPK <N1> DAN IBU <N2> SUDAH MENINGGAL TP NAMA MASIH ADA DI DATA PKH, SEMENTARA KAMI YG SUSAH TDK DAPAT. SY <N3>, <rt3>",
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        "KOTKUPANG LAMPU JALAN DEPAN RUMAH BPK <N1> DI <ad1> SUDAH 1 BULAN MATI, GELAP SEKALI. TKS. <NK2>",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        "KOTKUPANG BIDAN <G1> DI PUSTU TDK PERNAH ADA DI TEMPAT. ISTRI SY <G2> HAMIL 8 BLN TERPAKSA KE {rs}. SY <N3> HP <hpb3>",
        F=(1, 2),
        M=(3,),
        U=True,
    ),
    T(
        "sms_caps",
        "tax_business",
        "KOTKUPANG SY <N1> PEDAGANG IKAN DI PASAR OEBA. NPWP SY <npwp1> TDK BISA DIPAKAI LAPOR SPT. MHN BANTU",
        U=True,
    ),
    T(
        "sms_caps",
        "education",
        "KOTKUPANG MHN INFO PIP ANAK SY <N1> NISN {nisn} KLS 8 SMPN {num} KUPANG. SDH CAIR ATAU BLM? BAPAKNYA <G2>",
        K=(1,),
        fam={1: 2},
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        "KOTKUPANG SY <O1>, SUDAH 6 BLN PINDAH DARI LUAR DAERAH. KK BARU <kk1> BELUM ADA NAMA ISTRI SY <G2>. ALAMAT <adr1>",
        M=(1,),
        F=(2,),
        U=True,
    ),
    T(
        "sms_caps",
        "neighbours_land",
        "KOTKUPANG ANJING MILIK OM <G1> DI <rt2> SUDAH GIGIT 3 ANAK. ANAK SY <G3> SKRG DI {pusk}. HP <hpb4> MAMA <G4>",
        K=(3,),
        U=True,
    ),
    # without spans
    T(
        "sms_caps",
        "utilities",
        "KOTKUPANG JALAN DI {jlp} DEPAN {grj} BERLUBANG BESAR, SUDAH 2 MOTOR JATUH. MOHON PERBAIKI. TERIMA KASIH",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        "KOTKUPANG ANTRIAN DI {rs} DARI JAM 06.00 BARU DIPANGGIL JAM 13.00. LOKET BPJS CUMA 1. MOHON DIPERHATIKAN. TKS",
        U=True,
    ),
    T(
        "sms_caps",
        "social_aid",
        "KOTKUPANG BLT BULAN INI DI KANTOR POS {jlp} DIBAGI {rp} SAJA, KATANYA POTONG UTK KAS. BENAR ATAU TDK? DAMAI SEJAHTERA",
        U=True,
    ),
    T(
        "sms_caps",
        "security_scams",
        "KOTKUPANG ADA SMS DR {scam} BILANG SY MENANG UNDIAN {rp} DR BANK NTT. HATI2 WARGA. TIKET SY {tiket}",
        U=True,
    ),
    T(
        "sms_caps",
        "education",
        "KOTKUPANG PPDB {sch} SISTEM ERROR DARI TGL {tgl}. NOMOR PENDAFTARAN {idpel} TDK MUNCUL. MHN INFO",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_business",
        "KOTKUPANG TOKO BERKAT DI {jlno} BUANG SAMPAH KE SELOKAN TIAP HARI. SUDAH DITEGUR WARGA. NOP TANAH KAMI {nop}",
        U=True,
    ),
    T(
        "sms_caps",
        "disaster_donation",
        "KOTKUPANG BANJIR DI BELAKANG {grj} TINGGI 50 CM JAM {jam}. WARGA RT {rtx} DAN RT {num} MINTA PERAHU KARET. TKS",
        U=True,
    ),
]

# ---- sms_lower: SMS 1708 in lower case, names in lower case
TEMPLATES += [
    T(
        "sms_lower",
        "social_aid",
        "kotkupang sy <l1> warga <rt1> kel {lkel}. bansos sembako sy sdh 3 bln tdk ada, padahal nama ada di dtks. mohon dibantu",
        M=(1,),
    ),
    T(
        "sms_lower",
        "utilities",
        "kotkupang air tdk jalan 5 hari di rumah bapak <l1> <ad1>. sy anaknya <lg2>, hp <hpb2>",
    ),
    T(
        "sms_lower",
        "health",
        "kotkupang mama sy <lg1> lansia sakit strok, minta ambulans dr {lpusk} blm datang2. sy <lg2> di <ad3>. tlg",
        E=(1,),
    ),
    T(
        "sms_lower",
        "civil_registry",
        "kotkupang ktp el sy sdh 1 thn blm jadi, nik <nik1>. atas nama <l1>. petugas dukcapil bilang blanko habis terus",
    ),
    T(
        "sms_lower",
        "security_scams",
        "kotkupang ada org ngaku sodara sy <lg1> pinjam uang {rp} lewat wa, minta transfer ke rek bri <rek2> a.n <l2>. hati2. - <lnk3>",
    ),
    T(
        "sms_lower",
        "education",
        "kotkupang ijazah anak sy <lg1> ditahan sekolah krn tunggak uang komite. sy mamanya [[n:{lg2} {lf1}]], <hpb2>",
        K=(1,),
        F=(2,),
    ),
    T(
        "sms_lower",
        "neighbours_land",
        "kotkupang sengketa batas tanah antara keluarga <lf1> dan keluarga <lf2> di <rt3> sdh mau baku pukul. mohon lurah turun. - <l4>",
    ),
    T(
        "sms_lower",
        "disaster_donation",
        "kotkupang rumah kami terbakar tadi malam di <adr1>. sy <l2>, istri sy <lg3> dan 3 anak skrg tinggal di rumah om <lg4>",
        M=(2,),
        F=(3,),
    ),
    T(
        "sms_lower",
        "health",
        "kotkupang dokter jaga igd {lrs} marah2 sm bapa sy <l1>. namanya dr <lg2> kl tdk salah. mohon ditegur",
    ),
    T(
        "sms_lower",
        "tax_business",
        "kotkupang sy <l1> mau daftar nib usaha kue di rumah tp oss minta npwp, sy pake nik <nik1> boleh? hp <hps1>",
    ),
    T(
        "sms_lower",
        "utilities",
        "kotkupang tiang listrik miring di depan rumah tanta <lg1> <rt2> {lkel}, takut roboh. ttd <lnk3>",
        F=(1,),
    ),
    T(
        "sms_lower",
        "social_aid",
        "kotkupang sy <lg1> janda 3 anak, rumah sy di <ad1> mau rubuh. sdh masuk usulan bedah rumah thn lalu tp tdk ada kabar. - <l1>",
        F=(1,),
    ),
    T(
        "sms_lower",
        "education",
        "kotkupang kepsek {lsch} pak <lg1> suru anak2 beli seragam di koperasi sekolah {rp}. ortu murid <l2>",
    ),
    T(
        "sms_lower",
        "civil_registry",
        "kotkupang akta kematian bapa sy alm <l1> sdh 4 bln blm keluar. sy <lg2>, no wa <hpb2>",
        E=(1,),
    ),
    T(
        "sms_lower",
        "security_scams",
        "kotkupang anak sy <lg1> umur 15 thn blm pulang dr kmrn sore. trakhir dgn temannya <lg2> di pantai lasiana. hub <hpd3> bapa <lg3>",
        K=(1, 2),
    ),
    # without spans
    T(
        "sms_lower",
        "utilities",
        "kotkupang sampah di tps dekat {lgrj} sdh 2 minggu tdk diangkut, bau sekali. damai itu indah tp bau ini sonde indah. tks",
    ),
    T(
        "sms_lower",
        "health",
        "kotkupang obat di apotek {lpusk} kosong trus, disuru beli di apotek indah {rp}. mohon perhatian dinkes",
    ),
    T(
        "sms_lower",
        "social_aid",
        "kotkupang pembagian bpnt di kel {lkel} tgl {tgl} jam {jam} kacau, warga antri dr pagi. kasih jadwal per rt bisa?",
    ),
    T(
        "sms_lower",
        "security_scams",
        "kotkupang ada wa {scam} ngaku petugas pln minta bayar tunggakan ke va {va}. resmi ka sonde?",
    ),
    T(
        "sms_lower",
        "civil_registry",
        "kotkupang dukcapil {ljlp} cuma layani 50 orang per hari. sy datang jam 05.30 dapat no antrian 61. setia menunggu tp sia2",
    ),
    T(
        "sms_lower",
        "education",
        "kotkupang mohon info beasiswa kip kuliah 2026, sy lulusan {lsch} thn 2025. nisn sy {nisn}. terima kasih bnyk",
    ),
    T(
        "sms_lower",
        "tax_business",
        "kotkupang pbb sy tahun ini naik jadi {rp} padahal tanah cuma 200 m2. nop {nop}. mohon penjelasan bapenda",
    ),
]

# ---- wa_chat: WhatsApp exports and group chats
TEMPLATES += [
    T(
        "wa_chat",
        "utilities",
        "{st} <n1>: Air di RT kami su 4 hari sonde jalan\n{st} <lg2>: sama kk, di rumah <nk3> ju kering\n{st} <n1>: Beta su lapor 1708, tiket {tiket}\n{st} Admin Grup RT {rtx}: baik nanti sy teruskan ke pak lurah",
    ),
    T(
        "wa_chat",
        "health",
        "{st} [[n:{g1} {f1}]]: Sapa yg punya golongan darah O? Mama sy <g2> di {rs} butuh 2 kantong\n{st} <lg3>: Sy O kk, jam brp?\n{st} [[n:{g1} {f1}]]: skrg kk, hub sy <hpb1>",
        F=(2,),
        fam={2: 1},
    ),
    T(
        "wa_chat",
        "education",
        "{st} Mama <nk1>: Ibu guru <g2>, anak sy <g3> hari ini sakit jadi sonde masuk\n{st} <n2>: Baik mama, cepat sembuh untuk <g3> 🙏",
        F=(1, 2),
        K=(3,),
    ),
    T(
        "wa_chat",
        "social_aid",
        "{st} <g1>: Sapa yg blm kumpul fotokopi KK utk BLT?\n{st} <lg2>: sy blm bu, KK sy <kk2> nanti sy antar ke rumah ibu\n{st} <g1>: ok, rumah sy di <ad1>",
        F=(1,),
    ),
    T(
        "wa_chat",
        "security_scams",
        "{st} <n1>: Hati2 ada yg pake foto profil pak pendeta minta pulsa\n{st} <n2>: iya tadi sy dpt jg dari {scam}\n{st} <n1>: jang kirim apa2 e",
    ),
    T(
        "wa_chat",
        "civil_registry",
        "{st} <g1>: Kak <nk2>, KTP sy su jadi ko?\n{st} <nk2>: blm ade, sy tanya ke bu <g3> di dukcapil katanya minggu depan\n{st} <g1>: ok makasih kak",
        F=(3,),
    ),
    T(
        "wa_chat",
        "disaster_donation",
        "{st} <n1>: Rumah keluarga <f2> di <rt2> tabakar tadi pagi, sapa bisa bantu pakaian?\n{st} <g3>: Sy ada kasi di posko {grj}\n{st} <n1>: Tuhan berkati",
    ),
    T(
        "wa_chat",
        "neighbours_land",
        "{st} <lg1>: pak rt, anjing om <g2> gonggong sampe jam 3 pagi tiap hari\n{st} <n3>: sabar, nanti sy omong dg dia\n{st} <lg1>: su 2 bulan begini pak",
    ),
    T(
        "wa_chat",
        "health",
        "{st} <g1>: Bidan <g2>, besok posyandu jam berapa?\n{st} <g2>: Jam 8 di rumah mama <g3> ya, bawa buku KIA\n{st} <g1>: Siap bidan",
        F=(1, 2, 3),
    ),
    T(
        "wa_chat",
        "education",
        "{st} <n1>: Bapa ibu, uang study tour {rp} dikumpul ke sy ato langsung transfer {bnk} <rek1> a.n. <n1>\n{st} <g2>: sy transfer sore ini bu",
        F=(1,),
    ),
    T(
        "wa_chat",
        "tax_business",
        "{st} <g1>: Om <g2>, npwp om yg lama masih pake?\n{st} <g2>: su ganti pake NIK <npwpn2> to\n{st} <g1>: ok sy isi di form",
        M=(2,),
    ),
    T(
        "wa_chat",
        "civil_registry",
        "{st} <n1>: Pak, anak sy <g2> lahir tgl {tgl}, urus akta di mana?\n{st} Operator Kelurahan {kel}: Di kantor kelurahan bu, bawa KK dan surat lahir dari {pusk}",
        K=(2,),
        F=(1,),
    ),
    T(
        "wa_chat",
        "utilities",
        "{st} <nk1>: Sapa tau nomor petugas PLN yg kemarin?\n{st} <n2>: Pak <g3>, <hpb3>\n{st} <nk1>: trims ka",
    ),
    T(
        "wa_chat",
        "social_aid",
        "{st} <g1>{dec}: Ibu2, nama mama <g2> su masuk daftar lansia?\n{st} Kader <n3>: Su masuk kak, tinggal tunggu pencairan",
        F=(2, 3),
    ),
    T(
        "wa_chat",
        "security_scams",
        "{st} <n1>: Motor <g2> dicuri depan gereja tadi malam, plat <pl2>\n{st} <g3>: astaga, su lapor polisi?\n{st} <n1>: su, di polsek oebobo",
    ),
    # without spans
    T(
        "wa_chat",
        "utilities",
        "{st} Admin Grup RT {rtx}: Info dari PDAM, air mati tgl {tgl} jam {jam} sampai sore\n{st} Mama: 🙏\n{st} Admin Grup RT {rtx}: Yg mau lapor bisa SMS 1708 ketik KOTKUPANG spasi keluhan",
    ),
    T(
        "wa_chat",
        "health",
        "{st} Info Puskesmas: Posyandu bulan ini di Posyandu Bunga Mawar jam {jam}\n{st} Kader RT: siap\n{st} Info Puskesmas: Bawa buku KIA dan kartu BPJS, kasih tau yang lain",
    ),
    T(
        "wa_chat",
        "education",
        "{st} Wali Kelas 5B: Bapa ibu, rapor dibagi {hari} tgl {tgl} jam {jam}\n{st} Ketua Komite: terima kasih ibu\n{st} Wali Kelas 5B: Ruangan kelas dekat aula Kasih",
    ),
    T(
        "wa_chat",
        "disaster_donation",
        "{st} Grup Pemuda {grj}: Posko banjir buka di {jlno}, sumbangan terima sampai jam {jam}\n{st} Sekretaris: Rekening posko nanti diumumkan majelis\n{st} Grup Pemuda {grj}: Berkat Tuhan",
    ),
    T(
        "wa_chat",
        "security_scams",
        "{st} Bendahara Rayon 3: Jangan percaya nomor {scam} yg ngaku dari sinode minta transfer\n{st} Ketua Rayon: Betul, sinode tidak pernah minta lewat WA. Damai sejahtera",
    ),
    T(
        "wa_chat",
        "social_aid",
        "{st} Admin Kelurahan {kel}: Pencairan PKH tahap 3 di {bnk} {jlp} tgl {tgl}\n{st} grup warga: jam brp\n{st} Admin Kelurahan {kel}: {jam} WITA bawa KKS dan KTP",
    ),
]

# ---- wa_forward: forwarded messages and broadcasts
TEMPLATES += [
    T(
        "wa_forward",
        "health",
        "*Diteruskan*\nMOHON BANTUAN DOA & DARAH 🙏\nAtas nama: <n1>\nUsia {umur} thn, dirawat di {rs} ruang Kelimutu\nButuh darah B+\nKontak keluarga: <g2> <hpd2>",
    ),
    T(
        "wa_forward",
        "security_scams",
        "Diteruskan berkali-kali\nDICARI!! Anak kami <n1> (13 thn) keluar rumah {hari} sore pakai baju merah. Terakhir dilihat di dekat {toko}. Info hub bapa <g2> <hpb2> atau mama <g3> <hpb3>",
        K=(1,),
        fam={2: 1},
    ),
    T(
        "wa_forward",
        "disaster_donation",
        "*Diteruskan*\nTelah berpulang dengan tenang Bapa/Opa tercinta <n1> dalam usia {tua} thn. Ibadah penghiburan di rumah duka <adr2>. Kami yang berduka: <n3>, <n4> dan cucu-cucu",
        E=(1,),
    ),
    T(
        "wa_forward",
        "disaster_donation",
        "Forwarded\nSalam kasih. Kami galang dana untuk <n1>, nelayan Oesapa yang perahunya hancur. Sumbangan ke {bnk} <rek2> a.n. <n2> (istri). Info: <nk3> <hps3>",
        F=(2,),
        fam={2: 1},
    ),
    T(
        "wa_forward",
        "social_aid",
        "*Diteruskan*\nUntuk warga RT {rtx}: pendataan DTKS sama Ibu <n2> (kader) di rumah ibu <ad2>, {hari} jam {jam}. Bawa KK & KTP",
        F=(2,),
    ),
    T(
        "wa_forward",
        "tax_business",
        "Diteruskan\nJual tanah kapling 10x20 di Oebobo, SHM, a.n. <n1>. Minat serius hub pemilik <hpj1> (<nk1>). Bukan makelar",
    ),
    T(
        "wa_forward",
        "education",
        "*Diteruskan*\nPengumuman lomba baca puisi tingkat SD. Pendaftaran ke Ibu <n1>, {sch}, WA <hpb1>, email <em1>",
        F=(1,),
    ),
    T(
        "wa_forward",
        "civil_registry",
        "*Diteruskan*\nDITEMUKAN dompet an. <n1>, isi KTP NIK <niks1>, ATM {bnk}, di angkot lampu 5. Yg kenal hub <g2> <hpb2>",
    ),
    T(
        "wa_forward",
        "health",
        "Forwarded\nTerima kasih untuk bidan <g1> dan perawat <g2> di {pusk} yg tolong mama sy <g3> melahirkan tengah malam. Tuhan berkati. - <n4>",
        F=(1, 3),
    ),
    T(
        "wa_forward",
        "neighbours_land",
        "*Diteruskan*\nUNDANGAN RAPAT KELUARGA BESAR <F1> soal pembagian tanah warisan alm. <N2> di rumah Om <N3>, <ADR3>. Hadir semua 🙏",
        E=(2,),
    ),
    T(
        "wa_forward",
        "security_scams",
        "Diteruskan\nWaspada! Sdr <n1> (kenal di FB) pinjam uang ke beberapa orang lalu hilang. Pakai nomor <hpb1> dan rek {bnk} <rek1>. Sudah dilapor ke Polresta",
    ),
    T(
        "wa_forward",
        "utilities",
        "*Diteruskan*\nWarga Gg. Kenari yg mau sambung air, kumpul di rumah Bapak <n1> (<ad1>) {hari} malam. Bawa fotokopi KTP",
    ),
    T(
        "wa_forward",
        "disaster_donation",
        "*Diteruskan*\nDUKA CITA. Telah meninggal anak kami tercinta <n1> karena tenggelam di Pantai Lasiana. Disemayamkan di rumah duka <rt2> Kel. {kel}. Kel. <f1>",
        K=(1,),
    ),
    T(
        "wa_forward",
        "social_aid",
        "Forward dari grup lansia\nOma <n1> ({tua} th) tinggal sendiri di <ad1>, perlu kursi roda. Yang mau bantu hub cucunya <g2> <hpb2>",
        E=(1,),
    ),
    T(
        "wa_forward",
        "education",
        "*Diteruskan*\nSelamat untuk <n1> dari {sch}, juara 1 olimpiade matematika tingkat provinsi. Anak dari Bapak <n2> dan Ibu <n3>. Bangga 🙏",
        K=(1,),
        fam={1: 2},
    ),
    # without spans
    T(
        "wa_forward",
        "security_scams",
        "*Diteruskan*\nHATI-HATI! Nomor {scam} dan {scam2} ngaku petugas BPJS minta data kartu. BPJS Kesehatan tidak pernah minta lewat WA. Kasih tau keluarga",
    ),
    T(
        "wa_forward",
        "health",
        "*Diteruskan*\nJADWAL VAKSIN: {pusk} {hari} {tgl} jam {jam}. Bawa KTP. Posyandu Mawar Indah dan Posyandu Kasih Ibu juga buka",
    ),
    T(
        "wa_forward",
        "utilities",
        "Forwarded\nPEMADAMAN PLN {tgl} jam 08.00-15.00 di Oebobo, Oesapa, Naikoten. Info PLN 123. Maaf atas ketidaknyamanan",
    ),
    T(
        "wa_forward",
        "disaster_donation",
        "*Diteruskan*\nPOSKO PEDULI BANJIR {grj} terima sumbangan di {jlno}. Rek panitia {bnk} (a.n. Majelis Jemaat). Setia dalam kasih",
    ),
    T(
        "wa_forward",
        "education",
        "*Diteruskan*\nPPDB SMP Negeri 2026 dibuka {tgl}. Info di ppdb.kupangkota.go.id atau WA helpdesk {owa}. Jangan percaya calo",
    ),
    T(
        "wa_forward",
        "tax_business",
        "*Diteruskan*\nBAZAR NATAL di halaman {grj}, {tgl}. Stand {rp}. Daftar ke sekretariat {jlno}. Berkat melimpah",
    ),
    T(
        "wa_forward",
        "civil_registry",
        "Diteruskan\nDukcapil Kota Kupang buka layanan Sabtu {tgl} jam {jam} di Kantor Camat Oebobo. Perekaman KTP, KIA, akta. Gratis!",
    ),
]

# ---- kupang_malay: Kupang Malay (beta, sa, dong, pung, sonde)
TEMPLATES += [
    T(
        "kupang_malay",
        "social_aid",
        "Beta <g1>, tinggal di <rt1> {kel}. Beta pung mama <g2> su umur 78 ma sonde dapa bantuan lansia. Dong bilang nama sonde ada di data. Tolong e",
        E=(2,),
        F=(2,),
    ),
    T(
        "kupang_malay",
        "utilities",
        "Sa <n1> dari <rt1>. Air su satu minggu sonde kaluar. Om <g2> yg urus meteran bilang tunggu sa. Sampe kapan??",
    ),
    T(
        "kupang_malay",
        "neighbours_land",
        "Kaka, dong pung anak <g1> tiap malam bawa motor pake knalpot racing lewat rumah Tanta <g3> deng Om <g2>. Sonde ada yg berani tegur. Sa <nk4>",
        K=(1,),
    ),
    T(
        "kupang_malay",
        "health",
        "Beta pung anak <g1> panas tinggi, bawa ke {pusk} ma dong bilang dokter sonde ada. Beta [[n:{g2} {f1}]], nomor <hpb2>",
        K=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "civil_registry",
        "Pak, beta pung nama di KK tatulis [[n:{g1} {f2}]], padahal beta pung fam <f1>. NIK <nik1>. Musti urus di mana?",
    ),
    T(
        "kupang_malay",
        "security_scams",
        "Ada orang mangaku beta pung ade <g1> telpon bilang ada kecelakaan, minta kirim doi ke rek {bnk} <rek2> a.n. <n2>. Ternyata tipu. Beta <n3>",
    ),
    T(
        "kupang_malay",
        "education",
        "Bu guru <g1> di {sch} pukul beta pung ana <g2> sampe bengkak. Beta su lapor kepsek ma sonde ada tanggapan. Beta mama <g3>",
        F=(1, 3),
        K=(2,),
    ),
    T(
        "kupang_malay",
        "disaster_donation",
        "Kaka dong, angin kencang tadi malam bawa lari atap rumah Oma <g1> di <ad1>. Oma tinggal deng cucu <nk2> sa. Sapa bisa bantu seng?",
        E=(1,),
    ),
    T(
        "kupang_malay",
        "social_aid",
        "Beta ini janda, nama <n1>, anak 4. Beta pung rumah di <adr1>. PKH beta dong potong terus, sonde tau sapa yg ambil",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "tax_business",
        "Beta jual se'i di depan rumah, <ad1>. Dong bilang musti ada NPWP, beta pake NIK <npwpn2> sa boleh ko? Beta <n2>",
    ),
    T(
        "kupang_malay",
        "neighbours_land",
        "Keluarga <f1> deng keluarga <f2> baku maki soal batas tanah di {kel}. Sa takut nanti baku potong. Pak lurah musti turun",
    ),
    T(
        "kupang_malay",
        "health",
        "Makasih banya untuk bidan <g1> di pustu yg tolong beta pung maitua <g2> malam tu. Tuhan balas. Dari <n3>",
        F=(1, 2),
    ),
    T(
        "kupang_malay",
        "utilities",
        "Tiang listrik depan rumah Bapa [[n:{g1} {f1}]] su miring. Kalo hujan angin, bisa rubuh kena rumah. Rumah dong di <ad1>",
    ),
    T(
        "kupang_malay",
        "education",
        "Beta pung nona <g1> su lulus ma ijazah ditahan gara-gara doi komite {rp}. Beta <n2>, HP <hpd2>. Tolong Pak",
        K=(1,),
    ),
    # without spans
    T(
        "kupang_malay",
        "utilities",
        "Jalan di {jlp} tu su rusak dari tahun lalu. Oto deng motor su banya yg jatu. Pemerintah dong tidor ko? 1708 su lapor, tiket {tiket}",
    ),
    T(
        "kupang_malay",
        "health",
        "Di {rs} tu antri dari jam 06.00 pagi, jam 13.00 baru dapa dokter. Loket BPJS cuma satu. Kasi tambah loket ko, kasihan orang tua dong",
    ),
    T(
        "kupang_malay",
        "social_aid",
        "Bantuan beras tu dong bagi di kantor lurah {kel} tanggal {tgl} jam {jam}. Ma yg datang 200 orang, beras cuma 150 karung. Sonde adil",
    ),
    T(
        "kupang_malay",
        "security_scams",
        "Hati-hati e, ada nomor {scam} kirim link undian bilang dari Bank NTT. Jang klik. Beta su dapa dua kali, tanggal {tgl} deng tadi jam {jam}",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        "Dukcapil pung sistem offline lai. Beta datang jauh-jauh dari Alak, pulang kosong. Nomor antri 087, tanggal {tgl}. Kasi tau dolo kalo offline ko",
    ),
    T(
        "kupang_malay",
        "disaster_donation",
        "Kali di Oesapa su meluap, air masuk rumah-rumah dekat {grj}. Yang punya oto bak bisa bantu angkut barang, kumpul di {jlp}",
    ),
]

# ---- fb_post: Facebook posts in Kupang groups
TEMPLATES += [
    T(
        "fb_post",
        "security_scams",
        "INFO KEHILANGAN 🙏 Telah hilang motor Vario putih plat <pl1> milik sdr <n1> di parkiran {toko} {jlp}. Yang lihat tolong hub <hpb1> atau inbox. Terima kasih",
    ),
    T(
        "fb_post",
        "health",
        "Mohon bantuan doa dan dana untuk adik kami <n1> (9 thn) yang sakit leukemia, dirawat di {rs}. Bantuan bisa ke {bnk} <rek2> a.n. <n2> (mama). Info: <hpd2>",
        K=(1,),
        F=(2,),
        fam={1: 2},
    ),
    T(
        "fb_post",
        "utilities",
        "Pak Lurah {kel} tolong dilihat. Depan rumah Bapak <n1> di <ad1> air PDAM bocor dari minggu lalu, air bersih terbuang percuma. @PDAM Kota Kupang",
    ),
    T(
        "fb_post",
        "disaster_donation",
        "Turut berduka cita sedalam-dalamnya atas berpulangnya Mama <n1>. Selamat jalan Mama, beristirahatlah dalam damai. Dari kami keluarga besar <f2>",
        F=(1,),
    ),
    T(
        "fb_post",
        "education",
        "Bangga sekali 🥰 anak kami <g1> lulus seleksi Paskibraka Kota Kupang 2026! Makasih Bapak guru <g2> di {sch} yg setia melatih",
        K=(1,),
        M=(2,),
    ),
    T(
        "fb_post",
        "neighbours_land",
        "Jujur sa kesal. Tetangga sebelah, Om <g1>, buang sampah di lahan kosong samping rumah kami di <rt2>. Su tegur baik-baik, malah marah. Ada solusi?",
    ),
    T(
        "fb_post",
        "social_aid",
        "Salut untuk Ibu Lurah <n1> yang turun langsung antar sembako ke rumah Oma <n2> di <rt3>. Pemimpin yang hadir 👍",
        F=(1,),
        E=(2,),
    ),
    T(
        "fb_post",
        "civil_registry",
        "Sharing pengalaman: urus KTP hilang di Dukcapil cepat skali, dilayani kakak <g1> yang ramah. 1 jam selesai. Thanks ka <g1> 🙏",
    ),
    T(
        "fb_post",
        "tax_business",
        "OPEN ORDER kue Natal! Nastar, kastengel, kue bawang. Produksi rumahan di <ad1>. Pesan ke <nk2> <hpb2> ya kakak-kakak",
    ),
    T(
        "fb_post",
        "security_scams",
        "Akun FB atas nama <n1> itu palsu, pakai foto sa. Jangan kirim uang. Akun asli sa yang ini. Tolong bantu report 🙏",
    ),
    T(
        "fb_post",
        "health",
        "Terima kasih dr. <n1> di {pusk} yang sabar layani bapa sa <g2> yang susah jalan. Jarang dokter begini. Tuhan berkati",
    ),
    T(
        "fb_post",
        "disaster_donation",
        "UPDATE BANTUAN: Sudah diserahkan kepada keluarga Bapak <n1> di <rt1> (korban kebakaran) uang {rp}, beras 2 karung. Terima kasih donatur. Koordinator: <n2>",
    ),
    T(
        "fb_post",
        "education",
        "Lowongan guru les privat SD di rumah, daerah Oebufu. Kirim CV ke <em1> atau WA <hpb1> (Ibu <g1>)",
        F=(1,),
    ),
    T(
        "fb_post",
        "utilities",
        "Tolong dishare. Kabel listrik putus di depan rumah Tanta <g1> di <ad1>, sudah lapor PLN 123 tp belum datang. Bahaya anak-anak lewat",
        F=(1,),
    ),
    # without spans
    T(
        "fb_post",
        "utilities",
        "Lalu lintas di {jlp} depan RSUD S.K. Lerik macet parah tiap pagi. Lampu merah mati. Dinas Perhubungan tolong diatur. #KupangKotaKasih",
    ),
    T(
        "fb_post",
        "health",
        "Info donor darah di Gereja Betel hari {hari} {tgl} jam {jam}. Syarat berat badan minimal 45 kg. Setetes darah, berjuta kasih ❤️",
    ),
    T(
        "fb_post",
        "education",
        "Selamat kepada {sch} juara umum lomba paduan suara se-Kota Kupang. Lagu Bunga Bakung dibawakan dengan indah 👏 Acara di Aula El Tari {tgl}",
    ),
    T(
        "fb_post",
        "social_aid",
        "Penyaluran bansos tahap 4 di Kantor Pos {jlno}. Jam layanan 08.00-14.00. Info resmi: call center 1708 dan {otel}",
    ),
    T(
        "fb_post",
        "tax_business",
        "Toko Yohanes di {jlp} buka cabang baru di Oesapa! Diskon 20% semua barang {tgl}. Toko Setia Budi juga ikut promo 🎉",
    ),
    T(
        "fb_post",
        "disaster_donation",
        "Gempa 5,2 SR dirasakan di Kupang jam {jam}. Warga Naikoten dan Oebobo sempat keluar rumah. Tetap tenang, damai di hati. Info BMKG",
    ),
]

# ---- fb_comments: comment threads
TEMPLATES += [
    T(
        "fb_comments",
        "utilities",
        "<n1>: Di Oesapa ju sama, air mati dari Jumat\n<n2>: Sabar kk, PDAM lagi perbaiki pipa\n[[n:{lg3} {lf3}]]: lapor ke 1708 sa kk\n<n1>: su lapor, tiket {tiket}",
    ),
    T(
        "fb_comments",
        "security_scams",
        "<n1>: Ini motor sa pung ade <g2> kah? Plat <pl2>?\n<n3>: Coba inbox admin\n<n1>: Sudah kk, makasih",
    ),
    T(
        "fb_comments",
        "health",
        "<n1>: Semoga cepat sembuh adik <g2> 🙏\n[[n:{g3} {f3}]]: Amin, Tuhan sembuhkan\n<nk4>: Sa su transfer sedikit kk <g5>, semangat",
        K=(2,),
    ),
    T(
        "fb_comments",
        "social_aid",
        "<n1>: Mama sa <g2> ju belum dapat BLT lansia padahal su 80 thn\n<n3>: Coba tanya ke kader <g4> kk\n<n1>: Rumah kader di mana?\n<n3>: <ad4>",
        E=(2,),
        F=(2,),
    ),
    T(
        "fb_comments",
        "education",
        "<n1>: Bu guru <g2> tu memang baik, dulu sa pung anak ju diajar beliau\n<n3>: Setuju, guru teladan\n<n4>: Salam untuk ibu <g2>",
        F=(2,),
    ),
    T(
        "fb_comments",
        "disaster_donation",
        "<n1>: Selamat jalan Om <g2>, orang baik\n<n3>: Turut berduka kaka <g4>\n[[n:{g4} {f2}]]: Terima kasih semua 🙏",
        M=(2,),
    ),
    T(
        "fb_comments",
        "neighbours_land",
        "<n1>: Itu tanah keluarga <f2> dari dulu, bukan tanah keluarga <f3>\n<n4>: Jang baku bakar di FB, bawa ke kelurahan sa\n<n1>: Ok kk",
    ),
    T(
        "fb_comments",
        "civil_registry",
        "<n1>: Kk <g2> yg di loket 3 dukcapil tu ramah sekali\n<n3>: Iya betul, sa ju dibantu dia\n<n4>: Kalo yg di loket 1 galak 😅",
    ),
    T(
        "fb_comments",
        "tax_business",
        "<n1>: Kue nya enak kk, pesan 2 toples\n<nk2>: Siap kk, alamat kirim?\n<n1>: <ad1>, dekat {grj}",
    ),
    T(
        "fb_comments",
        "security_scams",
        "<n1>: Sa ju ditelpon orang ngaku <g2>, dia pake nomor <hpb2>, minta pulsa\n<n3>: Itu akun asli kah palsu?\n<n1>: palsu kk, <g2> sendiri su konfirmasi",
    ),
    T(
        "fb_comments",
        "health",
        "<n1>: Bidan <g2> di {pusk} tolong sa melahirkan anak pertama, baik sekali\n<n3>: betul, bidan <g2> sabar\n<lnk4>: rindu bidan <g2> 😍",
        F=(2,),
    ),
    T(
        "fb_comments",
        "education",
        "<n1>: Anak sa <g2> ju sonde dapat PIP, padahal terdaftar\n<n3>: Coba tanya operator sekolah kk\n<n1>: Operator bilang tunggu",
        K=(2,),
    ),
    T(
        "fb_comments",
        "utilities",
        "<l1>: lampu jalan di gang rumah om <g2> ju mati\n<n3>: sama, di <rt3> gelap total\n<l1>: ayo lapor rame2",
    ),
    T(
        "fb_comments",
        "social_aid",
        "<n1>: Pak RT <n2> su data semua yg rumahnya rusak\n<n3>: Sa belum didata kk, rumah sa di <ad3>\n<n1>: Hub pak RT langsung <hpb2>",
        M=(2,),
    ),
    # without spans
    T(
        "fb_comments",
        "utilities",
        "Warga Kupang Bersatu: Jalan di {jlp} su ditambal!\nKupang Info: Mantap 👍\nAkun Warga Oebobo: Akhirnya, 2 tahun tunggu\nDinas PUPR Kota Kupang: Terima kasih atas laporan warga",
    ),
    T(
        "fb_comments",
        "health",
        "Mama Muda Kupang: Posyandu Bunga Indah buka jam berapa {hari} ini?\nPuskesmas Oebobo: Jam {jam} bu, bawa buku KIA\nMama Muda Kupang: Terima kasih 🙏",
    ),
    T(
        "fb_comments",
        "security_scams",
        "Kupang Viral: Ada yg dapat SMS dari {scam}?\nAkun Anonim: Sa dapat, bilang menang {rp}\nKupang Viral: Itu penipu, jang ditanggapi. Kasih tau keluarga",
    ),
    T(
        "fb_comments",
        "education",
        "Komite {sch}: Pembagian rapor {tgl}\nOrang Tua Kelas 6: Jam berapa?\nKomite {sch}: Jam {jam} di aula. Damai sejahtera",
    ),
    T(
        "fb_comments",
        "tax_business",
        "Toko Kasih Oesapa: Promo minyak goreng {rp}\nPembeli Setia: Masih ada stok?\nToko Kasih Oesapa: Masih kak, buka sampai jam 21.00",
    ),
    T(
        "fb_comments",
        "disaster_donation",
        "Posko Peduli {kel}: Terima kasih untuk semua donatur\nPemuda GMIT: Berkat Tuhan\nPosko Peduli {kel}: Laporan dana total {rp} akan diumumkan {hari}",
    ),
]

# ---- voice_note: transcripts of voice notes and calls
TEMPLATES += [
    T(
        "voice_note",
        "utilities",
        "[VN 0:41] transkrip: halo selamat pagi e bapa ibu, ini sa <g1> dari <rt1> kel {kel}, sa mau lapor air su tiga hari sonde jalan, kalo bisa tolong cek ke rumah sa di <ad1> e makasih",
    ),
    T(
        "voice_note",
        "health",
        "[pesan suara, 1:02] ya halo, ini mama <g1> ee anak sa <g2> ini demam su dua hari, tadi ke pustu bidan <g3> sonde ada, jadi bagaimana ini, tolong e, nomor sa <hps1>",
        F=(1, 3),
        K=(2,),
    ),
    T(
        "voice_note",
        "social_aid",
        "[VN] ee pak, sa <n1>, sa mau tanya bantuan lansia untuk bapa sa <g2> tu kapan cair, dong bilang su masuk data tapi sampe sekarang belum, itu saja pak",
        E=(2,),
    ),
    T(
        "voice_note",
        "security_scams",
        "[transkrip rekaman telepon] Penelepon: sa mau lapor pak, sa pung ponakan <g1> ditipu jual beli HP online, su transfer ke rekening {bnk} <rek2> atas nama <n2>\nPetugas: baik, nama bapak?\nPenelepon: <n3>",
        M=(3,),
    ),
    T(
        "voice_note",
        "civil_registry",
        "[VN 0:33] halo kaka, ini <g1>, mau tanya KTP sa tu su jadi ko belum, atas nama <n1> e, N-I-K nya <nik1>, makasih kaka",
    ),
    T(
        "voice_note",
        "neighbours_land",
        "[pesan suara] bapa lurah, sa <n1> dari <rt1>, sa mau lapor tetangga, om <g2> tu dia pung babi lepas terus masuk kebun sa, su habis sayur semua, sa su omong baik2 tapi dia sonde dengar",
    ),
    T(
        "voice_note",
        "education",
        "[VN 0:58] ibu guru selamat sore, ini bapa dari <g1> kelas empat, besok <g1> sonde masuk karena kami pi Soe, ke rumah oma <g2>, makasih ibu, salam, <g3>",
        K=(1,),
        E=(2,),
        M=(3,),
    ),
    T(
        "voice_note",
        "disaster_donation",
        "[transkrip VN] ee kaka, tolong sebar e, keluarga <f1> di belakang {grj} tu rumah tabakar habis semua, yang mau bantu boleh kontak <g2> di nomor <hpb2>",
    ),
    T(
        "voice_note",
        "health",
        "[rekaman 112] Penelepon: tolong pak ada orang tua jatuh di kamar mandi\nPetugas: atas nama siapa bu?\nPenelepon: <n1>, umur 81, di <adr1>\nPetugas: nomor yang bisa dihubungi?\nPenelepon: <hpb2>",
        E=(1,),
    ),
    T(
        "voice_note",
        "tax_business",
        "[VN 0:47] halo kaka, sa <n1>, sa pung usaha laundry di rumah, NPWP sa <npwp1>, kemarin bayar pajak tapi bukti setor sonde keluar, tolong bantu cek e",
    ),
    T(
        "voice_note",
        "utilities",
        "[pesan suara] ini sa <n1>, lampu jalan di depan rumah oma <g2> tu su mati sebulan, anak2 pulang les takut lewat, tolong pak",
        E=(2,),
    ),
    T(
        "voice_note",
        "civil_registry",
        "[transkrip] Petugas: selamat siang, dengan siapa?\nPelapor: <n1> pak\nPetugas: mau urus apa?\nPelapor: akta lahir anak sa <g2>, lahir di {rs}\nPetugas: bawa KK ya bu",
        F=(1,),
        K=(2,),
    ),
    T(
        "voice_note",
        "security_scams",
        "[VN 1:15] kaka dong hati2 e, tadi ada yang telpon sa pake nomor <hpb1>, bilang dia <n1> dari kampung, minta kirim uang untuk berobat, ternyata bukan dia",
    ),
    T(
        "voice_note",
        "social_aid",
        "[pesan suara] pak RT, sa <g1> istrinya almarhum [[n:{g2} {f2}]], sa mau tanya santunan kematian dari kelurahan tu, berkas su antar ke bu <g3> bulan lalu",
        F=(1, 3),
    ),
    # without spans
    T(
        "voice_note",
        "utilities",
        "[VN 0:25] halo, sa mau lapor saja, lampu jalan di {jlp} dekat Toko Berkat tu su mati semua, gelap sekali, makasih",
    ),
    T(
        "voice_note",
        "health",
        "[pesan suara] selamat pagi, sa cuma mau tanya, {pusk} hari {hari} buka jam berapa e, terus poli gigi ada ko sonde, terima kasih",
    ),
    T(
        "voice_note",
        "security_scams",
        "[VN 0:38] kaka, hati2 nomor {scam} tu penipu, dia bilang dari kantor pajak, minta bayar denda {rp}, jang percaya e",
    ),
    T(
        "voice_note",
        "social_aid",
        "[transkrip] Petugas: Unit Pengaduan Kasih, selamat siang\nPenelepon: siang pak, bansos di Naikoten tu kapan dibagi?\nPetugas: tanggal {tgl} bu, di kantor kelurahan",
    ),
    T(
        "voice_note",
        "education",
        "[VN 0:44] bapa ibu orang tua murid, rapat komite {sch} pindah ke hari {hari} jam {jam}, tempat di aula, mohon hadir, damai sejahtera",
    ),
    T(
        "voice_note",
        "disaster_donation",
        "[pesan suara] info dari posko e, bantuan untuk korban banjir Oesapa dikumpul di {grj} sampe jam {jam}, air mineral, beras, pakaian layak pakai",
    ),
]

# ---- officer_note: quick notes by officers of the complaint unit, lurah staff, kader
TEMPLATES += [
    T(
        "officer_note",
        "utilities",
        "Catatan piket {tgl}: telp dari ibu <n1> (<hpb1>), air mati 4 hari di <adr1>. Diteruskan ke PDAM, petugas lapangan Pak <g2>.",
        F=(1,),
    ),
    T(
        "officer_note",
        "social_aid",
        "Kunjungan rumah {tgl}. Sasaran: Oma <n1>, {tua} th, tinggal dgn cucu <nk2>. Alamat <ad1>. Belum terima BPNT. NIK <nik1>. Usul masuk DTKS.",
        E=(1,),
    ),
    T(
        "officer_note",
        "health",
        "Nt: pasien <n1> rujuk dari {pusk} ke {rs}, BPJS <bpjs1> non aktif. Keluarga (anak: <g2>, <hpd2>) diarahkan ke Dinsos.",
    ),
    T(
        "officer_note",
        "neighbours_land",
        "Mediasi kel. <f1> vs kel. <f2> soal batas tanah di <rt3>. Hadir: <n4> (RT), <n5> (tokoh adat). Hasil: ukur ulang oleh BPN.",
    ),
    T(
        "officer_note",
        "civil_registry",
        "- pelapor <l1>, nik <nik1>, ktp salah fam (tertulis [[n:{lg1} {lf2}]])\n- sdh dicek di siak\n- diminta datang bawa akta lahir\n- ptgs: <lg3>",
    ),
    T(
        "officer_note",
        "security_scams",
        "Lap. polisi: kehilangan motor a.n. <n1>, nopol <pl1>, di depan {toko}. Saksi: <n2> (tetangga). Hp pelapor <hpb1>.",
    ),
    T(
        "officer_note",
        "education",
        "Catatan: ortu siswa <n1> (kls 9 {sch}) lapor ijazah kakak <g2> ditahan. Sdh telp kepsek Pak <g3>, dijanjikan serah {hari}.",
        K=(1,),
    ),
    T(
        "officer_note",
        "disaster_donation",
        "Data korban kebakaran {tgl}:\n1. <n1> (KK) <rt1>\n2. <n2> (istri)\n3. <g3> (anak, 7 th)\nTotal 3 jiwa. Kontak <hpb1>.",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={2: 1, 3: 1},
    ),
    T(
        "officer_note",
        "social_aid",
        "Verifikasi PKH {kel}: <n1> pindah ke Atambua, <n2> meninggal {tgl}, <n3> ganda dgn istri. Dikeluarkan dari daftar.",
    ),
    T(
        "officer_note",
        "health",
        "Posyandu {tgl}: balita <g1> (anak ibu <g2>) BB turun, rujuk gizi. Kader <n3> kunjungi rumah di <ad2>.",
        K=(1,),
        F=(2, 3),
    ),
    T(
        "officer_note",
        "utilities",
        "Tindak lanjut tiket {tiket}: lampu jalan depan rumah Bpk <n1> (<ad1>) sdh diganti {tgl}. Pelapor dihubungi, puas.",
    ),
    T(
        "officer_note",
        "tax_business",
        "Wajib pajak a.n. <n1>, NPWP <npwp1>, usaha perorangan kios di rumah <ad1>. Minta keringanan PBB. Berkas lengkap.",
    ),
    T(
        "officer_note",
        "civil_registry",
        "Permohonan pindah: <n1> + istri <g2> + 2 anak, dari Kab. Rote Ndao ke <adr1>. KK asal <kk1>. Proses.",
        F=(2,),
    ),
    T(
        "officer_note",
        "neighbours_land",
        "Aduan lisan Om [[n:{g1} {f1}]] (<rt1>): tetangga <n2> bakar sampah tiap sore, asap masuk rumah. Ditegur lewat Ketua RT.",
    ),
    T(
        "officer_note",
        "security_scams",
        "Pelapor <n1> ({hpb1}) ditipu pinjol, uang ditransfer ke rek. {bnk} <rek2> a.n. <n2>. Diarahkan lapor Polresta.".replace(
            "({hpb1})", "(<hpb1>)"
        ),
    ),
    # without spans
    T(
        "officer_note",
        "utilities",
        "Rekap 1708 minggu ini: air 14, jalan 9, lampu 6, sampah 11. Terbanyak Kel. Oebobo dan Oesapa. Tiket tertua {tiket}.",
    ),
    T(
        "officer_note",
        "social_aid",
        "Jadwal BLT {kel}: RT 01-RT 05 {hari} jam {jam}, RT 06-RT 10 hari berikut. Lokasi aula kelurahan. Bawa KKS.",
    ),
    T(
        "officer_note",
        "health",
        "Stok obat {pusk} per {tgl}: paracetamol 120 strip, amoxicillin 40. Permintaan ke IFK {otel}. Koordinasi Kapus.",
    ),
    T(
        "officer_note",
        "education",
        "Rapat PPDB {tgl} jam {jam} di {sch}. Kuota zonasi 60 %. Jalur afirmasi 15 %. Pengaduan lewat {owa} (helpdesk).",
    ),
    T(
        "officer_note",
        "security_scams",
        "Nomor yg dilaporkan warga sbg penipu: {scam}, {scam2}. Diteruskan ke Polresta Kupang Kota tgl {tgl}.",
    ),
    T(
        "officer_note",
        "tax_business",
        "Sosialisasi pajak di Aula El Tari {tgl}. Peserta: Toko Berkat, Toko Setia, Apotek Indah. NOP contoh {nop}.",
    ),
]

# ---- web_form: LAPOR! web form and e-mail complaints, informal
TEMPLATES += [
    T(
        "web_form",
        "utilities",
        "Judul: Air PDAM tidak mengalir\nIsi: Sudah seminggu air tidak mengalir di rumah kami <adr1> Kel. {kel}. Mohon ditindaklanjuti.\nPelapor: <n1>\nHP: <hpb1>",
    ),
    T(
        "web_form",
        "education",
        "Judul: Pungutan di sekolah\nIsi: anak sy <g1> di {sch} diminta bayar {rp} utk kegiatan perpisahan. Wali kelasnya ibu <g2> bilang wajib.\nNama: <n3>\nEmail: <em3>",
        K=(1,),
        F=(2,),
    ),
    T(
        "web_form",
        "health",
        "Kepada Yth. Dinkes,\nSaya <n1> ingin melaporkan pelayanan di {pusk}. Ibu saya <n2> ({umur} th) disuruh pulang padahal sesak napas. No BPJS ibu <bpjs2>.\nSalam,\n<g1>",
        F=(2,),
    ),
    T(
        "web_form",
        "civil_registry",
        "Laporan: KK kami <kk1> masih mencantumkan almarhum ayah <n2>. Sudah ada akta kematian. Mohon dihapus. Pelapor <n1>, email <emx1>",
        fam={1: 2},
    ),
    T(
        "web_form",
        "security_scams",
        "Saya <n1> melaporkan penipuan. Sdr <n2> menjual HP lewat Facebook, saya transfer {rp} ke rek {bnk} <rek2>, barang tidak dikirim. Nomor dia <hpb2>. Hormat saya, <n1>",
    ),
    T(
        "web_form",
        "social_aid",
        "Isi laporan: Bantuan bedah rumah di <rt1> diberikan kepada <n2> yang rumahnya sudah bagus, sedangkan Oma <n3> yang rumahnya hampir roboh tidak dapat. Pelapor minta nama dirahasiakan.",
        E=(3,),
    ),
    T(
        "web_form",
        "neighbours_land",
        "Judul: Bengkel di rumah tetangga\nIsi: Tetangga kami <n1> buka bengkel las di rumahnya <ad1>, bising sampai malam. Sudah ditegur RT.\nNama: <n2>\nTelp rumah: <tr2>",
    ),
    T(
        "web_form",
        "tax_business",
        "Yth. Bapenda, sy <n1> pemilik warung di rumah <ad1>. NPWP pribadi <npwp1>. Tagihan pajak restoran tdk sesuai, warung sy kecil. Mohon cek. Terima kasih, <g1>",
    ),
    T(
        "web_form",
        "education",
        "From: <n1> <<em1>>\nSubject: KIP Kuliah adik saya\nSelamat siang, adik saya <n2> lulusan {sch} belum menerima dana KIP. Mohon info. Salam, <g1>",
    ),
    T(
        "web_form",
        "disaster_donation",
        "Pelapor: <n1>\nLokasi: <adr1>\nKejadian: pohon tumbang menimpa rumah kami {tgl} jam {jam}. Istri saya <g2> luka ringan.\nKontak: <hpi1>",
        M=(1,),
        F=(2,),
    ),
    T(
        "web_form",
        "health",
        "Isi: Terima kasih kepada perawat <g1> dan dr. <n2> di {rs} atas pelayanan untuk suami saya <g3>. Sangat membantu. - <n4>",
        M=(3,),
        F=(4,),
    ),
    T(
        "web_form",
        "civil_registry",
        "Nama: <N1>\nNIK: <nik1>\nAlamat: <adr1>\nLaporan: data kependudukan saya tercatat di Kabupaten Kupang padahal sudah pindah 2022.",
    ),
    T(
        "web_form",
        "utilities",
        "Mohon perbaikan saluran air depan rumah Bapak <n1> dan Ibu <n2> di <rt3>, setiap hujan banjir masuk rumah. Pelapor <nk4> (tetangga).",
    ),
    T(
        "web_form",
        "social_aid",
        "Saya <o1>, warga pendatang, tinggal di <adr1> sejak 2019. Saya lansia dan belum pernah didata DTKS. HP <hpb1>.",
        E=(1,),
    ),
    T(
        "web_form",
        "tax_business",
        "Saya <o1> pemilik toko kelontong di rumah, <ad1>. Ada petugas mengaku dari kelurahan minta {rp} untuk izin. Email saya <em1>.",
    ),
    # without spans
    T(
        "web_form",
        "utilities",
        "Judul: Jalan rusak di {jlp}\nIsi: Mohon perbaikan jalan berlubang depan {toko} dan {grj}. Sudah lama dibiarkan.\nKategori: Infrastruktur\nTiket: {tiket}",
    ),
    T(
        "web_form",
        "health",
        "Judul: Antrean RSUD\nIsi: Antrean di RSUD Prof. Dr. W.Z. Johannes sangat panjang. Pasien lansia menunggu 5 jam. Mohon tambah loket. Tgl {tgl}.",
    ),
    T(
        "web_form",
        "education",
        "Judul: PPDB zonasi\nIsi: Rumah kami di Naikoten hanya 800 m dari {sch} tapi anak tidak diterima. Nomor pendaftaran {idpel}.",
    ),
    T(
        "web_form",
        "tax_business",
        "Judul: Tagihan PBB naik\nIsi: PBB tahun ini {rp}, naik 3 kali lipat. NOP {nop}. Mohon penjelasan dari Bapenda Kota Kupang.",
    ),
    T(
        "web_form",
        "security_scams",
        "Judul: Email palsu\nIsi: Ada email dari pajak.kupang.resmi@gmail.com minta update data NPWP. Resmi atau tidak? Kami tidak klik link. Diterima {tgl} jam {jam}.",
    ),
    T(
        "web_form",
        "civil_registry",
        "Judul: Blanko KTP\nIsi: Di Dukcapil {jlp} blanko KTP el kosong sejak {tgl}. Mohon kepastian. Layanan Kasih yang indah ditunggu.",
    ),
]

# ---- more: nicknames, signatures, officials with their role, migrants, news
TEMPLATES += [
    T(
        "sms_lower",
        "neighbours_land",
        "kotkupang rumah <lf1> di <rt2> pasang sound system sampe jam 2 pagi tiap sabtu. kami su tegur. - <lnk3>",
    ),
    T(
        "sms_caps",
        "social_aid",
        "KOTKUPANG LURAH {KEL} PAK <G1> JANJI DATA ULANG PENERIMA BPNT TP SDH 2 BLN TDK ADA. SY <N2> <RT2>",
        M=(1,),
        U=True,
    ),
    T(
        "kupang_malay",
        "neighbours_land",
        "Sa pung tetangga, dong panggil dia <nk1> sa, tiap malam mabok baku maki di jalan depan rumah Tanta <g2>. Anak kecil dong takut. Sa [[n:{g3} {f3}]]",
        F=(2,),
    ),
    T(
        "wa_chat",
        "social_aid",
        "{st} <lg1>: ka <nk2>, beras dari kelurahan su ambil?\n{st} <nk2>: blm, sa tunggu Om <g3> pulang kerja dolo\n{st} <lg1>: sa titip ke ana <g4> sa e",
        K=(4,),
    ),
    T(
        "fb_comments",
        "civil_registry",
        "<o1>: Sa pendatang, su 20 tahun di Oeba, KTP masih alamat kampung asal. Bisa pindah di mana?\n<n2>: Di Dukcapil kk, bawa surat pindah\n<o1>: Makasih ibu",
        F=(2,),
    ),
    T(
        "fb_post",
        "neighbours_land",
        "Kami keluarga besar <f1> dari Rote menyampaikan bahwa tanah di <ad2> adalah milik alm. <n3>, bukan milik orang lain. Yang berkepentingan hubungi <n4> <hpb4>",
        E=(3,),
    ),
    T(
        "officer_note",
        "health",
        "Lansia: Opa <n1> ({tua} th, mulai pikun), tinggal dgn anak <g2> di <adr1>. Perlu kunjungan rumah perawat <g3>.",
        E=(1,),
    ),
    T(
        "voice_note",
        "education",
        "[VN 0:29] pagi bu guru <g1>, ini <o2> orang tua dari <g3>, minta izin hari ini <g3> sakit perut, makasih bu",
        F=(1,),
        K=(3,),
    ),
    T(
        "web_form",
        "neighbours_land",
        "Pelapor: <n1>\nTerlapor: <o2> (pemilik kos di sebelah, <ad2>)\nIsi: air limbah kos dibuang ke halaman rumah kami. Sudah 3 kali ditegur.\nHP: <hpd1>",
    ),
    T(
        "wa_forward",
        "social_aid",
        "*Diteruskan*\nYang belum ambil KKS di {kel}: <n1>, <n2>, <n3>, <n4>. Ambil di rumah Ibu Kader <n5> (<ad5>) paling lambat {hari}",
        F=(5,),
    ),
    # without spans
    T(
        "fb_post",
        "utilities",
        "BERITA: Wali Kota Kupang {walkot} meninjau perbaikan pipa PDAM di {jlp}, {tgl}. Ditargetkan selesai dalam 14 hari, kata Kadis PUPR {kadis}.",
    ),
    T(
        "wa_forward",
        "security_scams",
        "*Diteruskan*\nKapolresta Kupang Kota Kombes {kapol} mengimbau warga waspada penipuan lewat WA {scam}. Laporkan ke Polresta {otel}. Berita {tgl}",
    ),
    T(
        "kupang_malay",
        "neighbours_land",
        "Itu kos di belakang {grj} tu buang sampah ke got, bau sampe di Jalan Kasih. Su lapor 1708 tanggal {tgl}, tiket {tiket}",
    ),
    T(
        "officer_note",
        "neighbours_land",
        "Rekap sengketa lahan Triwulan III: Kel. Oebobo 4 kasus, Oesapa 3, Naikoten 2. Mediasi {tgl} di aula. Ref {tiket}.",
    ),
    T(
        "sms_caps",
        "neighbours_land",
        "KOTKUPANG BENGKEL BERKAT JAYA DI {JLNO} PAKAI BAHU JALAN UTK PARKIR MOTOR RUSAK. JALAN JADI SEMPIT. TGL {TGL}",
        U=True,
    ),
    T(
        "voice_note",
        "neighbours_land",
        "[VN 0:31] pak lurah, ini warga dekat Toko Mawar mau lapor, pohon beringin di lahan kosong tu mau tumbang, su miring sejak hujan tanggal {tgl}, tolong e, alamat dekat {jlp}",
    ),
]


if __name__ == "__main__":
    main()
