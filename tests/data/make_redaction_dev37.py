# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev37.jsonl: notices, registers and call logs, and whose line each number is.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{owa}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev37.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of capitalised words, every
unlabelled run of digits and every unlabelled ``@`` token with the forty characters before it,
and ``--show N`` prints N texts drawn at random with their spans marked.
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

SEED = 20261237
OUT = Path(__file__).with_name("redaction_dev37.jsonl")

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
    "notice_poster",
    "register_table",
    "call_log",
    "social_post",
    "social_comments",
    "wa_group",
    "ocr_scan",
    "sms_caps",
    "kupang_malay",
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
    "market_transport",
)
FLOORS = {
    "templates": 200,
    "texts": 600,
    "per_style": 55,
    "empty_share": 0.30,
    "name": 400,
    "phone": 250,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "alm", "almh", "dokter", "ns", "ttd", "salam", "dari",
    "hormat", "atas", "anak", "tetangga", "kader", "sopir", "driver", "penelepon", "pelapor",
    "cp", "hub", "wa", "hp", "no", "nama", "koordinator", "sekretaris", "bhabinkamtibmas",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev37)
GIVEN_M = (
    "Ambrosius", "Bonifasius", "Klemens", "Dismas", "Yustinus", "Feliks", "Gregorius",
    "Hironimus", "Ignasius", "Jeremi", "Kasimirus", "Laurens", "Maksimus", "Nikodemus",
    "Onesimus", "Paulinus", "Rafael", "Silvester", "Teodorus", "Valentinus", "Wilfridus",
    "Yosep", "Zeth", "Abner", "Benyamin", "Demas", "Eliezer", "Filipus", "Gideon", "Lazarus",
    "Semuel", "Titus", "Yoram", "Amos", "Natanael", "Krisantus", "Robinson", "Eduardus", "Frits",
    "Godlief", "Hengky", "Otniel", "Mesak", "Andreas", "Bernardus", "Dionisius", "Albert",
    "Yonas", "Salmon", "Rinto", "Arkilaus", "Novri", "Yafet", "Lorens", "Marselinus", "Rikardus",
    "Ismail", "Rusdi", "Fadli", "Taufik", "Jemmy", "Vinsen", "Roni", "Stenly",
)  # fmt: skip
GIVEN_F = (
    "Agnes", "Apolonia", "Bertha", "Klara", "Darsi", "Ester", "Fransiska", "Getrudis", "Helena",
    "Irene", "Yohana", "Katarina", "Lusia", "Magdalena", "Natalia", "Oktofina", "Paula",
    "Rosalia", "Sisilia", "Theresia", "Ursula", "Vinsensia", "Yasinta", "Delfiana", "Efi",
    "Fince", "Jeni", "Kornelia", "Lisbet", "Margarita", "Orpa", "Rahel", "Sarlota", "Tamar",
    "Welmince", "Yemima", "Asnat", "Debora", "Erna", "Filda", "Martha", "Mersi", "Ribka",
    "Siti Aisyah", "Nur Halimah", "Stefani", "Marlince", "Aprilia", "Femi", "Ivon", "Meiske",
)  # fmt: skip
FAMILY = (
    "Kolo", "Nope", "Bani", "Foenay", "Faot", "Neolaka", "Taopan", "Bire", "Mesah", "Haning",
    "Maro", "Nubatonis", "Rihi", "Sinlae", "Tlonaen", "Wadu", "Kase", "Luruk", "Seran", "Bria",
    "Nalle", "Kiuk", "Lenggu", "Nitbani", "Pellokila", "Sjioen", "Tuka", "Djahi", "Ngongo",
    "Natonis", "Lette", "Saudale", "Tanesib", "Baok", "Kapitan", "Ledo", "Tasuib", "Benggu",
    "Talan", "Kause", "Nahak", "Koreh", "Ndoen", "Oetpah", "Dju Lede", "Riwu Lado", "Hede Wila",
    "Tefa", "Benu", "Manafe", "Amalo", "Mooy", "Fanggidae", "Therik", "Nenobais", "Adu",
    "Lakabela", "Hayon", "Bollu", "Kedang", "Umbu Sogara", "Daeng Nappa",
)  # fmt: skip
NICK = (
    "Ancu", "Oni", "Eto", "Nyong", "Ipi", "Kiki", "Toni", "Lince", "Ose", "Bobi", "Nela",
    "Ucu", "Eda", "Nando", "Tata", "Yoyo", "Ebi", "Inche", "Memi", "Dodi",
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
KELURAHAN = (
    "Oebufu", "Liliba", "Kayu Putih", "Naikolan", "Maulafa", "Penfui", "Sikumana", "Kolhua",
    "Oepura", "Naimata", "Fatululi", "Oetete", "Bakunase", "Airnona", "Kuanino", "Fontein",
    "Nunbaun Sabu", "Namosain", "Manulai II", "Batuplat", "Oesapa", "Lasiana", "Tuak Daun Merah",
    "Pasir Panjang", "Fatubesi", "Oeba", "Solor", "Belo", "Fatukoa", "Nefonaek", "Naioni",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Kamboja", "Jl. Flamboyan", "Jl. Sumba", "Jl. Alor", "Jl. Oekam", "Jl. Taebenu",
    "Jl. Matani", "Jl. Delima", "Jl. Salak", "Jl. Mangga", "Jl. Bougenvil", "Jl. Anggrek",
    "Jl. Kurnia", "Jl. Perintis", "Gg. Cemara", "Gg. Sehati", "Lr. Nusa Indah", "Jl. Kedondong",
    "Jl. Jambu Air", "Jl. Lontar", "Gg. Pelita", "Jl. Camplong", "Jl. Oesao", "Jl. Ikan Paus",
)  # fmt: skip
COMPLEX = ("Perumnas", "BTN Kolhua", "Perum Citra Oebufu", "Kompleks Griya Penfui")
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Timor Raya", "Jl. Frans Seda", "Jl. Soeharto", "Jl. Adisucipto",
    "Jl. Moh. Hatta", "Jl. Sam Ratulangi", "Jl. R.A. Kartini", "Jl. S.K. Lerik", "Jl. Piet A. Tallo",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oepoi", "Puskesmas Bakunase", "Puskesmas Sikumana", "Puskesmas Kupang Kota",
    "Puskesmas Oesapa", "Puskesmas Alak", "Puskesmas Pasir Panjang", "Puskesmas Naioni",
)  # fmt: skip
POSYANDU = (
    "Posyandu Melati", "Posyandu Cempaka", "Posyandu Anggrek Bulan", "Posyandu Teratai",
    "Posyandu Tunas Harapan", "Posyandu Sejahtera", "Posyandu Sehati",
)  # fmt: skip
CHURCHES = (
    "GMIT Jemaat Syalom Liliba", "GMIT Jemaat Efata Oebufu", "Paroki St. Yosef Pekerja Penfui",
    "GMIT Jemaat Ebenhaezer Oeba", "Masjid Nurul Iman Oeba", "GBI Rock Kupang",
)  # fmt: skip
SCHOOLS = (
    "SDN Oetete 2", "SMPN 13 Kupang", "SMAN 6 Kupang", "SD Inpres Naikoten 1", "SMKN 4 Kupang",
    "SDK St. Arnoldus Penfui", "SMPN 19 Kupang", "TK Pembina Kelapa Lima",
)  # fmt: skip
SHOPS = (
    "Toko Bangunan Sinar Timur", "Apotek Citra Medika", "UD Berkat Oesapa",
    "Depot Air Tirta Sehat", "Bengkel Motor Setia", "Laundry Cemerlang", "Kios Pulsa Lontar Cell",
    "Koperasi Serba Usaha Lontar Jaya", "Toko Roti Manis Oebobo", "Rental Flores Indah",
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu")
MOBILE = (
    ("0811", 3), ("0812", 8), ("0813", 10), ("0821", 6), ("0822", 7), ("0823", 5), ("0851", 3),
    ("0852", 9), ("0853", 8), ("0815", 1), ("0857", 2), ("0858", 1), ("0819", 2), ("0877", 1),
    ("0878", 2), ("0838", 1), ("0895", 1), ("0896", 1), ("0881", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {
    "0855",
    "0814",
    "0817",
    "0818",
    "0859",
    "0831",
    "0897",
    "0898",
    "0899",
}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
LETTER_OCR = {"S": "5", "O": "0", "I": "1", "B": "8"}


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
        self.minute = rng.randint(7 * 60, 20 * 60)

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
            rest = r.choice((7, 8, 8, 8)) if prefix.startswith("081") else r.choice((8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def office_land(self) -> str:
        """An office's fixed line: Kupang's area code, then 8xx xxx."""
        raw = self.fresh(lambda: "0380" + str(self.rng.randint(8, 8)) + self.digits(5))
        return self.write_land(raw)

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "d", "s", "t", "m", "i", "j", "k"), (36, 16, 18, 5, 5, 8, 7, 5))[
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
            "is": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "u": f"{a}_{b}_{c}",
            "g": f"{a} • {b} • {c}",
            "p": f"(+62) {a[1:]} {b} {c}",
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
        if how == "x":  # a stray space inside, as a scan reads it
            k = r.randint(3, len(raw) - 3)
            return raw[:k] + " " + raw[k:]
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice(
            (f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}", f"{a} {b[:3]} {b[3:]}")
        )

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
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        raise KeyError(how)

    def write_email(self, p: dict[str, str], how: str) -> str:
        local, host = p["local"], p["host"]
        if how == "":
            how = self.rng.choices(("p", "a", "h"), (85, 8, 7))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(host.split("."))
        if how == "h":
            return f"{local} @{host}"
        if how == "o":
            return f"{local}@ {host}"
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
            words = {w.lower() for w in given.split()} | {nick.lower()}
            if head is None:
                words |= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        year = r.randint(1952, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        district = head["district"] if head else "5371%02d" % r.randint(1, 6)
        if head is None and r.random() < 0.2:
            district = "53%s%02d" % (
                r.choice(("01", "02", "03", "04", "08", "10")),
                r.randint(1, 24),
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
        full = given + " " + family
        gl = given.lower().replace(" ", "")
        fl = family.lower().replace(" ", "")
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
            )
        )
        up = full.upper()
        letters = [k for k, ch in enumerate(up) if ch in LETTER_OCR and k > 0 and up[k - 1] != " "]
        ocr = up
        if letters:
            k = r.choice(letters)
            ocr = up[:k] + LETTER_OCR[up[k]] + up[k + 1 :]
        bank = r.choice(BANKS)
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 160)) + r.choice(("", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. "))
        rt = self.rtrw()
        p = {
            "n": full,
            "N": up,
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "nk": nick,
            "No": ocr,
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": self.fresh(
                lambda: (
                    "%02d%03d%03d%d%s000"
                    % (
                        r.choice((7, 9, 15, 24, 36, 49, 57, 68, 73, 84, 96)),
                        r.randint(0, 999),
                        r.randint(0, 999),
                        r.randint(0, 9),
                        r.choice(("920", "921", "922")),
                    )
                )
            ),
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "mob2": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "adc": "%s Blok %s No. %d"
            % (r.choice(COMPLEX), r.choice("ABCDEFGH"), r.randint(1, 140)),
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 14)),
            "pl": self.plate(),
            "wal": r.choice(WALLETS),
            "umur": str(max(1, 2026 - year)),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 42), r.randint(1, 14)
        return r.choice(
            (
                "RT %03d/RW %03d" % (a, b),
                "RT %02d/RW %02d" % (a, b),
                "RT %d RW %d" % (a, b),
                "RT %02d RW %02d" % (a, b),
                "RT %d/RW %d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "EB", "ED")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KB", "BH", "AS", "KF", "M")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = "%04d" % r.randint(1, 9999) + "01" + self.digits(6) + "5" + self.digits(2)
            return self.fresh(
                lambda: r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            )
        if bank == "BNI":
            return self.fresh(lambda: "0" + r.choice("1234579") + self.digits(8))
        if bank == "Mandiri":
            return self.fresh(lambda: r.choice(("161", "145", "152")) + "00" + self.digits(8))
        if bank == "Bank NTT":
            return self.fresh(
                lambda: (
                    "%s.01.02.%s-%d"
                    % (r.choice(("001", "002", "015")), self.digits(6), r.randint(0, 9))
                )
            )
        if bank == "BCA":
            return self.fresh(lambda: r.choice(("31", "03", "78")) + self.digits(8))
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 11 * i) % (24 * 60)
        return m // 60, m % 60

    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "nk", "No", "bank", "rek", "ad", "adr",
            "adc", "rt", "rtk", "pl", "wal", "umur",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
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
        if name == "npwp":
            o = self.person(i)["npwp15"]
            return f"{o[:2]}.{o[2:5]}.{o[5:8]}.{o[8]}-{o[9:12]}.{o[12:]}"
        if name == "bpjs":
            return self.person(i)["bpjsraw"]
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


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


def _date(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return fl.rng.choice(("%02d/%02d/%d", "%02d-%02d-%d", "%d/%d/%d")) % (d, fl.month, fl.year)


def _tg(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return "%d %s %d" % (d, MONTHS[fl.month - 1], fl.year)


def _jam(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d.%02d" % (h, m)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d.000" % r.choice((10, 25, 35, 50, 75, 100, 150, 200, 300, 500)),
            "%d.%03d.000" % (r.randint(1, 4), r.choice((0, 200, 500, 750))),
        )
    )


OTHER_VALUES = {
    # bodies' and services' lines
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "owab": lambda fl, i: fl.mobile_raw(),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scamk": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "is"),
    "otel": lambda fl, i: fl.office_land(),
    "owao": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "cc": lambda fl, i: (
        fl.rng.choice(("1500 %03d", "1500-%03d", "1500%03d")) % fl.rng.randint(100, 999)
    ),
    "ext": lambda fl, i: str(fl.rng.randint(101, 299)),
    # look-alikes
    "nip": _nip,
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d-%05d", "KSH/%d/%02d/%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "surat": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("470", "400.12", "460", "440", "503", "474.4")),
            fl.rng.randint(1, 999),
            fl.rng.choice(("KEL", "DINSOS", "DINKES", "BPBD", "PEM", "PKM")),
            fl.year,
        )
    ),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCD"), fl.rng.randint(1, 240)),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "hpmask": lambda fl, i: (
        "08%d%d-xxxx-%s" % (fl.rng.randint(1, 5), fl.rng.randint(1, 9), fl.digits(4))
    ),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24")) + fl.digits(9),
    "va": lambda fl, i: fl.rng.choice(("8808%s", "88810%s", "7007%s")) % fl.digits(11),
    "dtks": lambda fl, i: "%d%s" % (fl.year, fl.digits(10)),
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "resi": lambda fl, i: fl.rng.choice(("JP", "TKP", "JNT")) + fl.digits(11),
    "kode": lambda fl, i: fl.digits(6),
    "tgl": _date,
    "tg": _tg,
    "jam": _jam,
    "rp": _rp,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "kecil": lambda fl, i: str(fl.rng.randint(2, 9)),
    "big": lambda fl, i: str(fl.rng.randint(60, 1400)),
    "rtn": lambda fl, i: "%02d" % fl.rng.randint(1, 40),
    "rwn": lambda fl, i: "%02d" % fl.rng.randint(1, 14),
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "posy": lambda fl, i: fl.rng.choice(POSYANDU),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "npwpx": lambda fl, i: (
        "%02d.%03d.%03d.%d-920.000"
        % (
            fl.rng.choice((1, 2, 31, 53, 70, 83)),
            fl.rng.randint(0, 999),
            fl.rng.randint(0, 999),
            fl.rng.randint(0, 9),
        )
    ),
    "plx": lambda fl, i: (
        "DH %d %s" % (fl.rng.randint(1000, 9999), fl.rng.choice(("A", "AB", "KA")))
    ),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1 and name not in ("No",):
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|perumnas|perum|kompleks|btn|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")


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
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK))


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    scan = style == "ocr_scan"
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
            if scan and re.search(r"[2-47-9]", seg):
                bad.append(f"name digit {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if re.search(r"[^0-9OoLlISB .\-\n]", seg) or not d.startswith("53") or len(d) != 16:
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
            local = re.split(r"(?i)\s*(@|\s+at\s+|\(at\)|\[at\])", seg)[0]
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
    return len(LOOKALIKE.findall(text))


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|sdr|nyong|kaka laki"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|nona|ny|sdri|mace"


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
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s+(?:RT\s+(?:kami,?\s+)?)?\[\[n:\{[A-Za-z]+(\d+)\}" % words, text
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    spec = {"F": females, "M": males, "fam": fam or {}}
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
            "id": "d37-%04d" % k,
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
    if kind == "name":
        if "\n" in seg:
            return "over a line break"
        if any(c.isdigit() for c in seg):
            return "a digit for a letter"
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        return "written to dodge scrapers" if "@" not in seg or " " in seg else "plain"
    if kind in ("address", "plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
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


def show(records: list[dict[str, object]], count: int) -> None:
    for r in random.Random(count).sample(records, count):
        t = r["text"]
        for s in sorted(r["spans"], key=lambda s: -s["start"]):
            t = t[: s["start"]] + "«" + t[s["start"] : s["end"]] + "»" + s["kind"] + t[s["end"] :]
        print("=== %s %s %s\n%s\n" % (r["id"], r["style"], r["theme"], t))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("name", "phone"):
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
    if "--show" in sys.argv:
        show(records, int(sys.argv[sys.argv.index("--show") + 1]))


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}
# family name, {nk1} nickname, {No1} capitals with a digit read for a letter); {hp1} mobile
# ({hpb1} one block, {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpi1}/{hpis1}/{hpj1} +62,
# {hpk1} 62 without +, {hpo1} letters for digits, {hpx1} a stray space, {hpn1} over a line,
# {hpu1} underscores, {hpg1} bullets, {hpp1} (+62)); {hq1} a second mobile; {tr1} home landline;
# {nik1}/{kk1} ({niks1}, {nikt1}, {niko1}); {npwp1}; {bpjs1}; {em1}; {bank1}/{rek1} an account;
# {ad1}/{adr1}/{adc1}/{rt1} addresses, {rtk1} a card's RT/RW pair; {pl1} plate; {wal1} e-wallet.
# Not a person's: {owa} {owab} office or business mobiles, {scam}, {otel} office fixed line, {cc}.

TEMPLATES: list[tuple] = []

# ---- notice_poster: offices' and kelurahan's notices and posters with their contact lines
TEMPLATES += [
    T(
        "notice_poster",
        "health",
        """
PENGUMUMAN
Jadwal {posy} Kel. {kel} bulan {bln} {thn}:
- Penimbangan balita: {hari}, {tgl}, jam 08.00–11.00 di halaman gereja.
- Imunisasi campak & DPT oleh petugas {pusk}.
Bawa buku KIA. Narahubung: Kader [[n:{n1}]] ([[p:{hp1}]]) dan Mama [[n:{g2}]] ([[p:{hp2}]]).
Info puskesmas: {otel}.
""",
    ),
    T(
        "notice_poster",
        "social_aid",
        """
INFO PASAR MURAH DISPERINDAG KOTA KUPANG
Tanggal {tgl}, pukul 09.00 s/d selesai, lokasi Kantor Lurah {kel}.
Beras 5 kg Rp {rp}, minyak goreng, gula pasir. Bawa fotokopi KTP & KK.
Info lebih lanjut: {otel} (Disperindag) / WA {owa}.
Koordinator lapangan kelurahan: Bpk. [[n:{n1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "notice_poster",
        "social_aid",
        """
HIMBAUAN
Penyaluran BLT Dana Kelurahan tahap {kecil} dilaksanakan {hari}, {tgl} di aula kelurahan. Penerima wajib membawa undangan, KTP asli dan KK.
Sanggahan data ke WA {owa} (jam kerja).
Yang berhalangan hadir silakan hubungi Ketua RT masing-masing. Untuk [[a:RT {rtn}]]: Pak [[n:{n1}]] [[p:{hp1}]].
""",
    ),
    T(
        "notice_poster",
        "health",
        """
VAKSINASI BOOSTER & IMUNISASI LANJUTAN
{pusk} bekerja sama dengan Kelurahan {kel}
Hari/tgl: {hari}, {tgl}
Tempat: Posyandu RT {rtn} & RT {rtn2}
Pendaftaran online WA: {owa}
CP bidan kelurahan: bidan [[n:{n1}]] – [[p:{hp1}]]
Kuota {big} orang.
""",
    ),
    T(
        "notice_poster",
        "disaster_donation",
        """
POSKO PEDULI BANJIR KEL. {KEL}
Menerima bantuan sembako, pakaian layak pakai, air bersih.
Posko: halaman Kantor Lurah, buka 24 jam. Pusdalops BPBD {otel}.
Penanggung jawab posko: [[n:{n1}]] ([[p:{hp1}]])
Logistik: [[n:{n2}]] ([[p:{hp2}]])
Mohon tidak menyerahkan bantuan ke nomor lain selain di atas.
""",
    ),
    T(
        "notice_poster",
        "utilities",
        """
PEMBERITAHUAN GANGGUAN AIR
Perumda Air Minum Tirta Lontar memberitahukan gangguan distribusi di wilayah {kel} dan sekitarnya tanggal {tgl} akibat perbaikan pipa transmisi.
Mobil tangki dapat dipesan lewat Call Center {otel} atau WA {owa}.
Untuk RT {rtn}, koordinasi tangki lewat Ketua RT [[n:{n1}]] di [[p:{hp1}]].
""",
    ),
    T(
        "notice_poster",
        "education",
        """
PENERIMAAN PESERTA DIDIK BARU {school} TP {thn}/{thn}
Jalur zonasi, afirmasi, perpindahan tugas orang tua.
Pendaftaran: {tgl} – {tgl2}, jam 08.00–13.00
Info: Tata Usaha {otel}
Panitia PPDB: [[n:{n1}]] ([[p:{hp1}]]), [[n:{n2}]] ([[p:{hp2}]])
NPSN {npsn}
""",
    ),
    T(
        "notice_poster",
        "civil_registry",
        """
LAYANAN JEMPUT BOLA DUKCAPIL
Perekaman KTP-el, cetak KIA, perubahan KK
Lokasi: Kantor Lurah {kel}, {hari} {tgl}, jam 09.00–14.00
Antrian online via WA {owa}
Operator kelurahan yang bisa dihubungi: Sdri. [[n:{n1}]] [[p:{hp1}]]
Nomor antrian dibagikan mulai 08.30 (A-001 s/d A-{big}).
""",
    ),
    T(
        "notice_poster",
        "market_transport",
        """
INFO ANGKOT TRAYEK {num}
Mulai {tgl}, angkot trayek {num} lewat {jl} tidak masuk terminal Kupang sementara.
Pengaduan Dishub: {otel}
Sopir yang bisa dihubungi untuk carter pagi anak sekolah: Om [[n:{g1}]] [[p:{hp1}]] (plat [[pl:{pl1}]]), Om [[n:{g2}]] [[p:{hp2}]].
""",
    ),
    T(
        "notice_poster",
        "social_aid",
        """
DAFTAR KADER POSYANDU & NOMOR HP – KEL. {KEL}
1. [[n:{n1}]] – [[p:{hp1}]]
2. [[n:{n2}]] – [[p:{hp2}]]
3. [[n:{n3}]] – [[p:{hp3}]]
4. [[n:{n4}]] – [[p:{hp4}]]
Jadwal piket posyandu ditempel di kantor lurah. Pertanyaan lain ke {pusk} {otel}.
""",
    ),
    T(
        "notice_poster",
        "health",
        """
HIMBAUAN DEMAM BERDARAH
Kasus DBD di Kel. {kel} naik {num} kasus dalam 2 minggu. Lakukan 3M Plus.
Fogging RT {rtn} {hari}, RT {rtn2} hari berikut.
Laporkan kasus demam ke kader jumantik: [[n:{n1}]] ([[p:{hp1}]]) atau ke {pusk} (UGD 24 jam {otel}).
""",
    ),
    T(
        "notice_poster",
        "security_scams",
        """
AWAS PENIPUAN!
Kelurahan {kel} TIDAK PERNAH meminta biaya untuk pencairan bansos.
Beredar pesan dari nomor {scam} dan {scam2} yang mengaku staf kelurahan. Jangan transfer!
Informasi resmi hanya dari Lurah dan Sekretaris Lurah. Kontak resmi kantor: {otel}.
Bila ragu, tanya ke Pak Sekretaris Lurah [[n:{n1}]], HP pribadi beliau [[p:{hp1}]].
""",
    ),
    T(
        "notice_poster",
        "disaster_donation",
        """
PENGUMUMAN KERJA BAKTI
Dalam rangka antisipasi banjir, warga RT {rtn}/RW {rwn} diundang kerja bakti bersihkan got {hari} {tgl} jam 06.30.
Bawa parang, sekop. Konsumsi disiapkan ibu-ibu PKK.
Ketua RT: [[n:{n1}]] – [[p:{hp1}]]
Sekretaris: [[n:{n2}]] – [[p:{hp2}]]
""",
    ),
    T(
        "notice_poster",
        "education",
        """
INFO BEASISWA PIP {THN}
Siswa penerima PIP {school} dapat mencairkan dana di Bank BRI Unit {kel} mulai {tgl}.
Bawa SKTM, kartu KIP dan buku tabungan SimPel.
Pertanyaan: operator sekolah {owa} (jam sekolah). Wali kelas VI: Ibu [[n:{n1}]], [[p:{hp1}]].
""",
    ),
    T(
        "notice_poster",
        "market_transport",
        """
DIJUAL CEPAT
Motor Honda Beat {thn}, plat [[pl:{pl1}]], pajak hidup sampai {bln}. Harga Rp {rp} nego.
Hub pemilik: [[n:{n1}]] [[p:{hp1}]] / [[p:{hq1}]]
Alamat lihat motor: [[a:{adr1}]], Kel. {kel}.
""",
    ),
    # without personal data
    T(
        "notice_poster",
        "health",
        """
PENGUMUMAN {PUSK}
Mulai {tgl} pendaftaran poli umum, gigi dan KIA dibuka jam 07.30–11.00.
Pendaftaran online via WA {owa}.
Pengaduan layanan: {otel} atau SMS 1708 ketik KOTKUPANG (spasi) keluhan.
Nomor lama {owa2} tidak aktif lagi.
""",
    ),
    T(
        "notice_poster",
        "utilities",
        """
PEMADAMAN BERGILIR PLN UP3 KUPANG
{hari}, {tgl}: 09.00–15.00, penyulang {kel}.
Info dan pengaduan: PLN 123 / WA {owa}
ID pelanggan contoh cek tagihan: {idpel} (ketik di PLN Mobile).
Mohon maaf atas ketidaknyamanan.
""",
    ),
    T(
        "notice_poster",
        "social_aid",
        """
JADWAL PENYALURAN BPNT KEL. {KEL}
RT 01–RT 05: {hari}, {tgl}
RT 06–RT 10: hari berikutnya
Jumlah KPM: RT 01: {num}, RT 02: {num2}, RT 03: {num3}
Hubungi pendamping wilayah di {owa}. Sanggahan ke WA {owa2}.
""",
    ),
    T(
        "notice_poster",
        "security_scams",
        """
WASPADA!!! Nomor {scam} dan {scam2} mengaku dari Dinas Sosial Kota Kupang, minta uang administrasi Rp {rp} untuk pencairan PKH.
Dinas Sosial tidak memungut biaya. Kontak resmi Dinsos: {otel}, WA pengaduan {owa}.
Surat edaran No. {surat}.
""",
    ),
    T(
        "notice_poster",
        "civil_registry",
        """
INFO DUKCAPIL KOTA KUPANG
Blangko KTP-el tersedia. Layanan Senin–Jumat 08.00–15.00, Sabtu 08.00–12.00.
Cek status dokumen: WA {owa} (chat only) / call center {otel} ext. {ext}.
Nomor antrean hari ini sampai {antri}. Surat No. {surat}.
""",
    ),
    T(
        "notice_poster",
        "market_transport",
        """
PENGUMUMAN PASAR KASIH NAIKOTEN
Retribusi kebersihan los Rp {rp}/bulan dibayar lewat VA {va}.
Pengaduan pedagang: UPTD Pasar {otel}, WA {owa}.
Penertiban lapak liar {hari} {tgl} jam 05.00.
""",
    ),
    T(
        "notice_poster",
        "disaster_donation",
        """
BPBD KOTA KUPANG – SIAGA CUACA EKSTREM
Periode {tgl} s/d {tgl2}. Hindari pohon besar dan baliho.
Pusdalops {otel} / WA {owa}. Damkar 113, Basarnas 115.
Posko kecamatan {kec}: {owa2}.
""",
    ),
]
# ---- register_table: registers and spreadsheets pasted into complaints, rosters
TEMPLATES += [
    T(
        "register_table",
        "utilities",
        """
Rekap laporan air mati minggu ini (dari admin kelurahan), mohon ditindaklanjuti PDAM:
No | Tanggal | Pelapor | Kanal | Kontak | Keterangan
1 | {tgl} | [[n:{n1}]] | WA {owa} | [[p:{hp1}]] | air mati 4 hari, [[a:{rt1}]]
2 | {tgl2} | [[n:{n2}]] | Telepon {otel} | [[p:{hp2}]] | pipa bocor depan rumah
3 | {tgl3} | UD Berkat Oesapa | WA {owa} | {owa3} | meteran usaha rusak
""",
    ),
    T(
        "register_table",
        "health",
        """
DAFTAR KADER POSYANDU {POSY}
No,Nama Kader,Jabatan,No. HP,Keterangan
1,[[n:{N1}]],Ketua,[[p:{hpb1}]],aktif
2,[[n:{N2}]],Sekretaris,[[p:{hpb2}]],aktif
3,[[n:{N3}]],Anggota,[[p:{hpb3}]],cuti melahirkan
Kontak {pusk},-,-,{owa},pendaftaran
""",
    ),
    T(
        "register_table",
        "social_aid",
        """
Ini daftar Ketua RT/RW Kel. {kel} yang kami dapat dari kantor lurah, karena nomor di papan pengumuman sudah tidak aktif:
RT/RW | Nama Ketua | HP
[[a:{rtk1}]] | [[n:{n1}]] | [[p:{hp1}]]
[[a:{rtk2}]] | [[n:{n2}]] | [[p:{hp2}]]
[[a:{rtk3}]] | [[n:{n3}]] | [[p:{hp3}]]
Kantor Lurah | - | {otel}
""",
    ),
    T(
        "register_table",
        "market_transport",
        """
Daftar sopir bus sekolah gratis Pemkot (dari grup orang tua):
Rute | Sopir | HP | Nopol
{kel} – {school} | [[n:{n1}]] | [[p:{hp1}]] | [[pl:{pl1}]]
{kel2} – {school2} | [[n:{n2}]] | [[p:{hp2}]] | [[pl:{pl2}]]
Pengaduan Dishub: {otel}. Sopir rute kedua sering tidak datang, mohon dicek.
""",
    ),
    T(
        "register_table",
        "civil_registry",
        """
JADWAL PIKET PELAYANAN KELURAHAN {KEL}
Hari | Petugas | HP | NIP
Senin | [[n:{n1}]] | [[p:{hp1}]] | {nip}
Selasa | [[n:{n2}]] | [[p:{hp2}]] | {nip2}
Rabu | [[n:{n3}]] | [[p:{hp3}]] | {nip3}
Telp kantor {otel}. Jam layanan 08.00–15.00.
""",
    ),
    T(
        "register_table",
        "security_scams",
        """
REKAP NOMOR PENIPU BULAN {BLN} (Unit Pengaduan)
No | Nomor Pelaku | Mengaku Sebagai | Pelapor | HP Pelapor
1 | {scam} | staf Dinsos | [[n:{n1}]] | [[p:{hp1}]]
2 | {scam2} | kurir J&T | [[n:{n2}]] | [[p:{hp2}]]
3 | {scam3} | tidak diketahui | anonim | [[p:{hp3}]]
""",
    ),
    T(
        "register_table",
        "disaster_donation",
        """
Data relawan posko banjir {kel} per {tgl}:
Nama;Tugas;No HP;Alamat
[[n:{n1}]];dapur umum;[[p:{hp1}]];[[a:{ad1}]]
[[n:{n2}]];logistik;[[p:{hp2}]];[[a:{ad2}]]
[[n:{n3}]];medis;[[p:{hp3}]];[[a:{adc3}]]
Posko BPBD;koordinasi;{owa};{jlno}
""",
    ),
    T(
        "register_table",
        "social_aid",
        """
Lampiran pengaduan: daftar lansia RT {rtn} yang belum terima bantuan (ditulis ketua RT)
1. [[n:{n1}]] ({umur1}) – NIK [[nik:{nik1}]] – HP anak [[p:{hp1}]]
2. [[n:{n2}]] ({umur2}) – NIK [[nik:{nik2}]] – tidak ada HP
3. [[n:{n3}]] ({umur3}) – NIK [[nik:{nik3}]] – HP cucu [[p:{hp3}]]
Pendamping sosial kelurahan tidak bisa dihubungi di {owa}.
""",
    ),
    T(
        "register_table",
        "health",
        """
Antrian pasien poli gigi {pusk} {tgl}
No Antri | Nama Pasien | No. BPJS | No. HP
{antri} | [[n:{N1}]] | [[bpjs:{bpjs1}]] | [[p:{hp1}]]
{antri2} | [[n:{N2}]] | [[bpjs:{bpjs2}]] | [[p:{hp2}]]
Pendaftaran: WA {owa}
""",
    ),
    T(
        "register_table",
        "market_transport",
        """
Daftar pedagang pasar murah yang sudah ambil lapak:
Nama Pedagang | Pemilik | HP Pemilik | Barang
Kios Sembako Berkah | [[n:{n1}]] | [[p:{hp1}]] | beras, gula
UD Laut Timor | (badan usaha) | {owa} | ikan kering
[[n:{n2}]] | [[n:{n2}]] | [[p:{hp2}]] | sayur
""",
    ),
    T(
        "register_table",
        "education",
        """
Kontak wali kelas {school} TA {thn}:
Kelas | Wali Kelas | WA
VII A | [[n:{n1}]], S.Pd. | [[p:{hp1}]]
VII B | [[n:{n2}]], S.Pd. | [[p:{hp2}]]
VIII A | [[n:{n3}]] | [[p:{hp3}]]
Tata usaha: {otel}. NPSN {npsn}.
""",
    ),
    T(
        "register_table",
        "utilities",
        """
Laporan lampu jalan mati (kompilasi dari warga)
Lokasi | Pelapor | No. HP | ID Pel PLN
{jl} depan gereja | [[n:{n1}]] | [[p:{hp1}]] | {idpel}
simpang {kel} | [[n:{n2}]] | [[p:{hp2}]] | {idpel2}
Semua sudah lapor ke PLN 123 tapi belum diganti.
""",
    ),
    T(
        "register_table",
        "security_scams",
        """
Jadwal ronda RT {rtn} RW {rwn} bulan {bln}
Malam | Regu | Koordinator | HP
Senin | A | [[n:{n1}]] | [[p:{hp1}]]
Rabu | B | [[n:{n2}]] | [[p:{hp2}]]
Sabtu | C | [[n:{n3}]] | [[p:{hp3}]]
Bhabinkamtibmas: {owa}. Polsek: {otel}.
""",
    ),
    T(
        "register_table",
        "civil_registry",
        """
Mohon bantu Dukcapil, data anggota keluarga kami di KK tidak sesuai:
No KK [[kk:{kk1}]]
No | Nama | NIK | Hubungan
1 | [[n:{N1}]] | [[nik:{nik1}]] | KEPALA KELUARGA
2 | [[n:{N2}]] | [[nik:{nik2}]] | ISTRI
3 | [[n:{N3}]] | [[nik:{nik3}]] | ANAK
Hubungi saya di [[p:{hp1}]].
""",
        fam={2: 1, 3: 1},
    ),
    T(
        "register_table",
        "social_aid",
        """
Petugas entri DTKS Kel. {kel} – kontak:
Operator SIKS-NG: [[n:{n1}]] ([[p:{hp1}]])
Pendamping PKH: [[n:{n2}]] ([[p:{hp2}]])
TKSK Kecamatan {kec}: {owa}
Sanggahan: WA {owa2}
""",
    ),
    # without personal data
    T(
        "register_table",
        "health",
        """
Jadwal posyandu bulan {bln}:
Posyandu | Lokasi | Hari | Kontak
{posy} | RT {rtn} | {hari} | {owa}
Posyandu Kenanga | RT {rtn2} | Kamis | {owa2}
Posyandu Asoka | Balai RW {rwn} | Sabtu | {owa3}
Informasi {pusk}: {otel}
""",
    ),
    T(
        "register_table",
        "utilities",
        """
Rekap pengaduan per kanal ({tgl} – {tgl2})
Kanal | Jumlah | Selesai
SMS 1708 | {big} | {num}
WA {owa} | {big2} | {num2}
Telepon {otel} | {num3} | {num4}
Tiket LAPOR! terakhir: {tiket}
""",
    ),
    T(
        "register_table",
        "market_transport",
        """
Instansi;Alamat;Telepon;WhatsApp
Dinas Perhubungan;{jlno};{otel};{owa}
UPTD Terminal Oebobo;Jl. Frans Seda;{otel2};{owa2}
Samsat Kota Kupang;{jlno2};{otel3};{owa3}
""",
    ),
    T(
        "register_table",
        "security_scams",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{scam} | hadiah undian | {tgl}
{scam2} | mengaku petugas PLN, minta kode OTP | {tgl2}
{scam3} | pinjol ilegal | {tgl3}
Jangan layani nomor-nomor di atas. Lapor ke Polresta {otel}.
""",
    ),
    T(
        "register_table",
        "social_aid",
        """
Penerima BPNT RT {rtn} – jumlah per RT:
RT 01: {num} KPM | RT 02: {num2} KPM | RT 03: {num3} KPM
ID DTKS contoh: {dtks}
Pendamping wilayah: {owa}. Info Dinsos {otel}.
""",
    ),
    T(
        "register_table",
        "education",
        """
Rekap NISN siswa kelas VI yang belum padan:
No | NISN | Status
1 | {nisn} | belum padan Dapodik
2 | {nisn2} | NIK ibu kosong
3 | {nisn3} | beda tgl lahir
Operator dapodik sekolah {owa}. Helpdesk dinas {otel}.
""",
    ),
    T(
        "register_table",
        "disaster_donation",
        """
Posko | Alamat | Kontak
Posko Kelurahan {kel} | Kantor Lurah | {owa}
Posko GMIT | halaman gereja | {owa2}
Dapur umum BPBD | {jl} | {otel}
Jumlah pengungsi: {big} jiwa per {tgl}.
""",
    ),
]
# ---- call_log: call-centre and radio call logs
TEMPLATES += [
    T(
        "call_log",
        "utilities",
        """
LOG CALL CENTER PEMKOT – {tgl}
{jam} | [[n:{n1}]] | [[p:{hp1}]] | air PDAM mati 3 hari di [[a:{rt1}]] Kel. {kel}
{jam2} | penelepon tidak sebut nama | [[p:{hp2}]] | lampu jalan mati {jl}
{jam3} | Komite Sekolah {school} | {owa} | tanya jadwal pengangkutan sampah
{jam4} | [[n:{n4}]] | [[p:{hp4}]] | pohon tumbang di depan rumah, [[a:{ad4}]]
""",
    ),
    T(
        "call_log",
        "health",
        """
Catatan call center 112 shift malam {tgl}:
- {jam}: penelepon [[n:{n1}]] ([[p:{hp1}]]) minta ambulans, ibu mertua sesak napas, alamat [[a:{adr1}]]. Diteruskan ke {pusk}.
- {jam2}: penelepon anonim dari [[p:{hp2}]] melapor orang mabuk di {jl}. Diteruskan ke Polsek.
- {jam3}: RSUD S.K. Lerik ({otel}) konfirmasi pasien sudah diterima di IGD.
""",
    ),
    T(
        "call_log",
        "disaster_donation",
        """
LOG RADIO ORARI / PUSDALOPS BPBD – {tgl}
{jam} Pos {kel} lapor air masuk rumah warga, [[a:{rt1}]], kontak lapangan [[n:{n1}]] [[p:{hp1}]]
{jam2} Tim SAR minta koordinasi ke {otel}
{jam3} Warga a.n. [[n:{n3}]] ([[p:{hp3}]]) lapor lansia terjebak di [[a:{ad3}]]
{jam4} Basarnas 115 konfirmasi perahu karet berangkat
""",
    ),
    T(
        "call_log",
        "security_scams",
        """
Rekaman laporan telepon Unit Pengaduan Kasih, {tgl}
Petugas: Selamat pagi, dengan [[n:{g1}]], ada yang bisa dibantu?
Penelepon: Saya [[n:{n2}]] pak, dari {kel}. Kemarin ada nomor {scam} telpon, mengaku dari Dinsos, minta saya transfer Rp {rp}.
Petugas: Ibu sudah transfer?
Penelepon: Belum. Nomor saya [[p:{hp2}]] kalau mau dihubungi.
Petugas: Baik, nomor penipu itu kami teruskan ke Polresta.
""",
        F=(2,),
    ),
    T(
        "call_log",
        "social_aid",
        """
Rekap telepon masuk Dinas Sosial {tgl}
Jam | Penelepon | Nomor | Perihal
{jam} | [[n:{n1}]] | [[p:{hp1}]] | PKH tahap {kecil} belum cair
{jam2} | tidak sebut nama | [[p:{hp2}]] | tanya syarat KIS
{jam3} | Kantor Lurah {kel} | {otel} | minta format usulan DTKS
{jam4} | [[n:{n4}]] | [[p:{hp4}]] | lansia di [[a:{rt4}]] belum masuk data
""",
    ),
    T(
        "call_log",
        "market_transport",
        """
LOG PENGADUAN DISHUB – ANGKOT
{jam}: penelepon [[n:{n1}]] ([[p:{hp1}]]) lapor angkot [[pl:{pl2}]] menurunkan penumpang di tengah jalan. Sopir a.n. [[n:{n2}]].
{jam2}: Kurir JNE ({owa}) tanya izin bongkar muat di {jl}.
{jam3}: penelepon tanpa nama, [[p:{hp3}]], keluhkan tarif angkot trayek {num}.
""",
    ),
    T(
        "call_log",
        "civil_registry",
        """
Petugas: Dukcapil Kota Kupang, selamat siang.
Penelepon: Siang kaka. Saya mau tanya KTP saya belum jadi sejak {bln}.
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: NIK-nya?
Penelepon: [[nik:{nik1}]].
Petugas: Sudah tercetak, bisa diambil di loket {num}. Nomor HP yang aktif?
Penelepon: [[p:{hp1}]], kalau tidak aktif WA ke [[p:{hq1}]].
""",
    ),
    T(
        "call_log",
        "health",
        """
CATATAN TELEPON {PUSK} ({tgl})
{jam} – bidan [[n:{n1}]] telpon dari HP pribadi [[p:{hp1}]], minta stok vaksin tambahan.
{jam2} – Dinkes Kota ({otel}) info jadwal supervisi.
{jam3} – pasien [[n:{n3}]] ([[p:{hp3}]]) tanya hasil lab anaknya, [[n:{g4}]].
{jam4} – Apotek Citra Medika ({owa}) tanya resep.
""",
        fam={4: 3},
    ),
    T(
        "call_log",
        "utilities",
        """
Petugas: PDAM, selamat pagi.
Penelepon: Pagi. Saya dari [[a:{ad1}]], air sudah 5 hari tidak jalan.
Petugas: Boleh nomor sambungannya?
Penelepon: {samb}.
Petugas: Atas nama siapa pak?
Penelepon: Atas nama bapa saya, [[n:{n2}]]. Saya anaknya, [[n:{g1}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]].
""",
        fam={1: 2},
        M=(2,),
    ),
    T(
        "call_log",
        "education",
        """
Log hotline PPDB {thn}
{jam} | [[n:{l1}]] | [[p:{hp1}]] | anak tidak masuk zonasi padahal rumah dekat {school}
{jam2} | penelepon tdk sebut nama | [[p:{hp2}]] | link pendaftaran error
{jam3} | Operator {school2} | {owa} | minta reset akun sekolah
{jam4} | [[n:{n4}]] | [[p:{hp4}]] | tanya jalur afirmasi KIP
""",
    ),
    T(
        "call_log",
        "disaster_donation",
        """
Catatan posko: {jam} masuk telpon dari [[n:{n1}]] ([[p:{hp1}]]), rumahnya di [[a:{adr1}]] tertimpa pohon. Jam {jam2} telpon lagi dari nomor istrinya [[p:{hp2}]] ([[n:{g2}]]). Tim berangkat {jam3}. Koordinasi dengan Pusdalops {otel}.
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "call_log",
        "security_scams",
        """
{jam} | [[n:{n1}]] | [[p:{hp1}]] | lapor ditelpon {scam} ngaku anak kos, minta pulsa
{jam2} | UD Laut Timor | {owa} | tanya izin usaha
{jam3} | penelepon anonim | [[p:{hp3}]] | lapor SMS dari {scam2} katanya menang undian
{jam4} | Operator MTsN Kupang | {owa2} | konfirmasi surat
""",
    ),
    T(
        "call_log",
        "social_aid",
        """
Petugas: Call center Dinsos, dengan [[n:{g1}]].
Penelepon: Beta [[n:{n2}]] dari {kel}. Beta pung mama, [[n:{n3}]], lansia, su dua kali sonde dapat BLT.
Petugas: NIK mama?
Penelepon: [[nik:{nik3}]].
Petugas: Baik, kami cek. Nomor yang bisa dihubungi?
Penelepon: Nomor beta [[p:{hp2}]].
""",
        F=(3,),
        fam={2: 3},
    ),
    T(
        "call_log",
        "market_transport",
        """
Laporan radio taksi / ojek pangkalan ke Polsek, {tgl}
{jam} Ojek a.n. [[n:{n1}]] ([[p:{hp1}]]), motor [[pl:{pl1}]], lapor helm dan HP penumpang tertinggal.
{jam2} Penumpang pemilik HP, [[n:{n2}]], telpon dari nomor kakaknya [[p:{hp3}]].
Barang diserahkan di SPKT. Kontak SPKT {owa}.
""",
    ),
    T(
        "call_log",
        "health",
        """
Penelepon: Halo, ini IGD?
Petugas: IGD RSUD, silakan.
Penelepon: Saya [[n:{n1}]], anak saya [[n:{g2}]] demam tinggi dan kejang. Kartu BPJS [[bpjs:{bpjs2}]].
Petugas: Langsung bawa ke IGD ya bu. Nomor HP ibu?
Penelepon: [[p:{hp1}]].
""",
        F=(1,),
        fam={2: 1},
    ),
    # without personal data
    T(
        "call_log",
        "utilities",
        """
LOG CALL CENTER – {tgl}
{jam} | Kantor Lurah {kel} | {otel} | tanya jadwal mobil sampah
{jam2} | Komite Sekolah {school} | {owa} | minta tangki air
{jam3} | Kurir JNE | {owa2} | alamat kantor tidak ketemu
Total panggilan: {big}, terjawab {num}.
""",
    ),
    T(
        "call_log",
        "security_scams",
        """
Ringkasan laporan penipuan via telepon ({tgl}):
{jam} nomor {scam} mengaku petugas PLN, minta kode OTP.
{jam2} nomor {scam2} dan {scam3}, dua-dua mengaku pendamping PKH.
{jam3} SMS dari {scam4}: "Selamat! NIK anda terpilih dapat bantuan Rp {rp}".
Semua diteruskan ke Patroli Siber.
""",
    ),
    T(
        "call_log",
        "civil_registry",
        """
Petugas: Silakan ke loket {num}, atau telepon {otel} ext. {ext} untuk cek status.
Penelepon: Nomor antrian saya {antri}, surat pindah No. {surat}.
Petugas: Sudah selesai bu, bisa diambil jam 13.00.
""",
    ),
    T(
        "call_log",
        "health",
        """
Catatan piket {pusk} {tgl}: hubungi piket {owa} untuk rujukan malam. Telepon Dinkes {otel} tidak diangkat sejak {jam}. Stok vaksin tersisa {num} vial. Nomor SEP terakhir 0159R001{kode}.
""",
    ),
    T(
        "call_log",
        "market_transport",
        """
{jam} | Rental Flores Indah | {owa} | lapor mobil sewa [[pl:{plx}]] belum kembali
{jam2} | Bus Tiara Mas | {owa2} | info jadwal ke Atambua
{jam3} | Terminal Oebobo | {otel} | laporan rutin
""",
    ),
    T(
        "call_log",
        "social_aid",
        """
Petugas: Untuk sanggahan DTKS silakan ke WA {owa}.
Penelepon: Nomor itu tidak aktif.
Petugas: Kalau begitu ke {otel} jam kerja, atau SMS 1708. ID DTKS ibu {dtks} sudah kami catat.
""",
    ),
]
# ---- social_post: posts of offices, churches, schools, businesses and residents
TEMPLATES += [
    T(
        "social_post",
        "health",
        """
{church}
· {num} j ·
Syalom jemaat 🙏 Pelayanan kesehatan gratis (cek gula, tensi, asam urat) hari Minggu {tgl} sesudah ibadah. Kerja sama dengan {pusk}.
Pendaftaran lewat majelis rayon masing-masing. CP: Pnt. [[n:{n1}]] ([[p:{hp1}]]) / Dkn. [[n:{n2}]] ([[p:{hp2}]]).
Kantor gereja: {otel}
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Kelurahan {kel} Official
Sosialisasi bedah rumah tahun {thn}. Syarat: KTP, KK, SKTM, foto rumah. Berkas dikumpul di ketua RT.
Info: Kasi Kesos [[n:{n1}]] WA [[p:{hp1}]] (pada jam kerja)
Kantor {otel}
#KelurahanMelayani
""",
    ),
    T(
        "social_post",
        "market_transport",
        """
Info dari beta pribadi 🙏 Dijual rumah tipe 36 di [[a:{adc1}]], SHM, air PDAM lancar. Harga Rp {rp} juta nego. Yang serius WA [[p:{hp1}]] ([[n:{g1}]]). Bukan agen!
""",
    ),
    T(
        "social_post",
        "security_scams",
        """
📢 HILANG dompet warna coklat di sekitar {jl}, isi KTP a.n. [[n:{N1}]], SIM, ATM BRI, STNK motor [[pl:{pl1}]]. Yang menemukan mohon hubungi [[p:{hp1}]] atau antar ke [[a:{adr1}]], ada imbalan.
""",
    ),
    T(
        "social_post",
        "education",
        """
{school}
Pengumuman kelulusan dapat dilihat di papan informasi sekolah mulai {tgl}. Pengambilan SKL oleh orang tua/wali.
Pertanyaan ke tata usaha {otel} atau WA sekolah {owa}.
Untuk kelas IX B hubungi wali kelas Ibu [[n:{n1}]] ([[p:{hp1}]]).
""",
    ),
    T(
        "social_post",
        "disaster_donation",
        """
Mohon doa dan bantuan 🙏 Rumah keluarga [[n:{f1}]] di [[a:{adr1}]] habis terbakar tadi malam. Bapa [[n:{n1}]] dan mama [[n:{g2}]] selamat, anak-anak sementara tinggal di rumah keluarga.
Bantuan bisa langsung ke rek BRI [[b:{rek2}]] a.n. [[n:{n2}]] atau hubungi [[p:{hp2}]].
""",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "social_post",
        "utilities",
        """
Sudah 2 minggu air tidak jalan di [[a:{rt1}]] Kel. {kel} 😡 Sa su telpon call center PDAM {otel} dong bilang tunggu. Sa pung nomor [[p:{hp1}]], kalau ada petugas yang baca tolong hubungi. #PDAMKupang
""",
    ),
    T(
        "social_post",
        "health",
        """
Posyandu Lansia {kel}
Bulan ini posyandu lansia pindah ke rumah Oma [[n:{n1}]] di [[a:{ad1}]] karena balai RW dipakai.
Kader yang bertugas: Mama [[n:{g2}]] ([[p:{hp2}]]), Kak [[n:{g3}]] ([[p:{hp3}]]).
""",
        F=(1,),
    ),
    T(
        "social_post",
        "market_transport",
        """
Lontar Cell Kupang
Promo paket data murah!! Cek stok voucher lewat WA admin {owa}. Toko di {jlno}, buka 08.00–21.00.
Pemenang giveaway minggu lalu: [[n:{n1}]] (WA {hpmask}) silakan ambil hadiah di toko.
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
Dukcapil Kota Kupang
Terima kasih kepada Bapak [[n:{n1}]] yang sudah menemukan dan mengembalikan {num} keping KTP-el warga yang tercecer di {jl}. Pemilik KTP dapat mengambil di loket informasi dengan membawa KK. Info: {otel}.
""",
    ),
    T(
        "social_post",
        "social_aid",
        """
Tolong share! Beta [[n:{n1}]], anak dari Oma [[n:{n2}]] ({umur2} th) warga [[a:{rt2}]] Kel. {kel}. Oma su 2 tahun sonde terima bantuan lansia padahal nama ada di DTKS. Pendamping wilayah sonde angkat telpon ({owa}). Kontak beta [[p:{hp1}]].
""",
        F=(2,),
    ),
    T(
        "social_post",
        "education",
        """
Les privat matematika SD–SMP, datang ke rumah, wilayah {kec}. Guru: [[n:{n1}]], S.Pd. Info/daftar WA [[p:{hp1}]] atau email [[e:{em1}]]. Biaya Rp {rp}/bulan.
""",
    ),
    T(
        "social_post",
        "security_scams",
        """
Hati-hati teman2, akun FB yang pake foto beta ini bukan beta. Dia minta pulsa ke keluarga, pake nomor {scam}. Nomor beta cuma satu, [[p:{hp1}]]. Beta [[n:{n1}]], [[a:{rt1}]] {kel}.
""",
    ),
    T(
        "social_post",
        "disaster_donation",
        """
Duka cita mendalam atas berpulangnya Bapa [[n:{n1}]] (Alm.). Ibadah penghiburan di rumah duka [[a:{adr1}]] jam 16.00. Keluarga yang berduka: Mama [[n:{g2}]] dan anak-anak. Info keluarga: [[n:{g3}]] [[p:{hp3}]].
""",
        fam={2: 1, 3: 1},
    ),
    T(
        "social_post",
        "health",
        """
DICARI DONOR DARAH GOL. O+ untuk pasien a.n. [[n:{n1}]] di RSUD S.K. Lerik, ruang {num}. Hubungi keluarga: [[n:{n2}]] [[p:{hp2}]] / [[p:{hq2}]]. Bukan ke nomor RS ya 🙏
""",
    ),
    # without personal data
    T(
        "social_post",
        "health",
        """
{pusk}
· {num} j ·
Mulai {tgl} pendaftaran poli rawat jalan lewat WhatsApp {owa}. Pasien BPJS bawa kartu & KTP. Keluhan layanan: {otel}. UGD 24 jam tetap buka.
""",
    ),
    T(
        "social_post",
        "utilities",
        """
Perumda Air Minum Tirta Lontar
Pelanggan yth, cek tagihan via WA {owa}. Contoh nomor sambungan: {samb}. Pengaduan 24 jam {otel}. Hati-hati penipuan mengatasnamakan PDAM melalui nomor pribadi seperti {scam}.
""",
    ),
    T(
        "social_post",
        "market_transport",
        """
{shop}
DISKON akhir bulan!! Semen Rp {rp}/sak, cat tembok mulai Rp {rp2}. Alamat {jlno}. Telp/WA {owa} / {owa2}. Kritik & saran: WA {owa3}.
""",
    ),
    T(
        "social_post",
        "security_scams",
        """
Polresta Kupang Kota
Waspada penipuan mengatasnamakan bank melalui nomor {scam} dan {scam2}. Bank tidak pernah minta PIN & OTP. Laporkan ke SPKT {otel} atau WA Propam {owa}.
""",
    ),
    T(
        "social_post",
        "education",
        """
Dinas Pendidikan Kota Kupang
Jadwal verifikasi berkas PPDB: {tgl} s/d {tgl2}. Helpdesk {otel} ext. {ext}, WA {owa}. Surat edaran No. {surat}.
""",
    ),
    T(
        "social_post",
        "disaster_donation",
        """
BAZNAS Kota Kupang membuka donasi korban angin kencang di {kel}. Rekening BAZNAS Bank NTT {rekntt} (a.n. BAZNAS KOTA KUPANG). Konfirmasi: WA {owa}. Laporan penyaluran per {tgl}: {big} KK.
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
Kelurahan {kel} Official
Pelayanan surat pindah & domisili: Senin–Jumat 08.00–14.00. Antrian via WA {owa}. Telp kantor {otel}. Nomor lama {owa2} sudah tidak dipakai.
""",
    ),
]
# ---- social_comments: comment threads under offices' and residents' posts
TEMPLATES += [
    T(
        "social_comments",
        "health",
        """
{pusk}: Jadwal vaksin anak minggu ini hari {hari}. Pendaftaran WA {owa}.
Komentar:
[[n:{n1}]]: nomor itu sonde balas dari kemarin 😔
[[n:{n2}]]: Sa daftar lewat bidan [[n:{g3}]] sa, nomor beliau [[p:{hp3}]], cepat balas
{pusk}: Mohon maaf kak, admin sedang padat. Bisa juga telp {otel}.
""",
        F=(3,),
    ),
    T(
        "social_comments",
        "utilities",
        """
Info RT {rtn}: air PDAM mati sampai {tgl}.
[[n:{n1}]]: Mobil tangki pesan di mana?
[[n:{n2}]]: Om [[n:{g4}]] ada tangki, nomornya [[p:{hp4}]], Rp {rp} satu tangki
[[n:{n1}]]: makasih kk 🙏
Depot Air Tirta Sehat: Kami juga antar kak, WA {owa}
""",
        M=(4,),
    ),
    T(
        "social_comments",
        "security_scams",
        """
Postingan: Ada yang dapat WA dari {scam} ngaku dari Kelurahan minta data KK?
[[n:{l1}]]: sa juga dapat, langsung blokir
[[n:{n2}]]: itu penipu. Nomor resmi kelurahan {otel}
[[n:{n3}]]: kalo mau tanya langsung ke sekretaris lurah pak [[n:{g4}]] sa, dia pung WA [[p:{hp4}]]
""",
    ),
    T(
        "social_comments",
        "market_transport",
        """
[[n:{n1}]]: Ada yang tau nomor sopir pickup angkut barang ke Oesao?
[[n:{n2}]]: Om [[n:{g3}]] [[p:{hp3}]], mobilnya L300 [[pl:{pl3}]]
[[n:{n4}]]: Bisa juga Rental Flores Indah {owa}, tapi mahal
[[n:{n1}]]: oke sa telpon om [[n:{g3}]] dulu
""",
        M=(3,),
    ),
    T(
        "social_comments",
        "social_aid",
        """
Kelurahan {kel}: Penerima BLT tahap {kecil} silakan cek nama di papan pengumuman kantor lurah.
[[n:{n1}]]: nama mama sa [[n:{n2}]] sonde ada, padahal tahun lalu dapat
Kelurahan {kel}: Silakan ajukan sanggahan ke WA {owa} dengan foto KTP & KK kak
[[n:{n1}]]: sudah kirim dari nomor sa [[p:{hp1}]] tapi belum dibalas
""",
        F=(2,),
    ),
    T(
        "social_comments",
        "health",
        """
[[n:{n1}]]: Tolong info bidan praktek yang buka malam di {kel}?
[[n:{n2}]]: Bidan [[n:{n3}]], rumahnya di [[a:{ad3}]], HP [[p:{hp3}]]
[[n:{n4}]]: Atau Klinik Pratama Sehat {owa}, 24 jam
""",
        F=(3,),
    ),
    T(
        "social_comments",
        "education",
        """
{school}: Orang tua siswa kelas VII yang belum ambil seragam, silakan ke koperasi sekolah.
[[n:{n1}]]: Bayar di mana bu? transfer bisa?
{school}: Bisa ke rekening koperasi sekolah Bank NTT {rekntt} a.n. KOPERASI SEKOLAH
[[n:{n2}]]: wali kelas VII C, Ibu [[n:{n3}]], minta kami WA dia di [[p:{hp3}]] dulu baru transfer
""",
        F=(3,),
    ),
    T(
        "social_comments",
        "disaster_donation",
        """
[[n:{n1}]]: Ada yang tau posko bantuan banjir {kel}?
Posko Peduli {kel}: Kami di kantor lurah kak, WA posko {owa}
[[n:{n2}]]: Bisa juga langsung ke koordinator RT {rtn}, kak [[n:{g3}]] [[p:{hp3}]]
[[n:{n1}]]: siap, makasih
""",
    ),
    T(
        "social_comments",
        "civil_registry",
        """
Dukcapil Kota Kupang: Layanan KTP-el hari Sabtu buka 08.00–12.00.
[[n:{l1}]]: sa pung KTP su 3 bulan belum jadi, nomor antri {antri}
[[n:{n2}]]: Kak [[n:{g1}]], coba WA operator kelurahan, kak [[n:{g3}]] [[p:{hp3}]], dia bantu sa kemarin
Dukcapil Kota Kupang: Silakan DM NIK kakak, jangan di kolom komentar 🙏
""",
    ),
    T(
        "social_comments",
        "market_transport",
        """
Jual beli Kupang: Dijual kulkas 2 pintu bekas, mulus, Rp {rp}. Hub [[p:{hp1}]] ([[n:{g1}]])
[[n:{n2}]]: masih ada kak?
[[n:{g1}]]: masih kak, lihat di [[a:{ad1}]]
Kios Pulsa Lontar Cell: Butuh pulsa? WA {owa} 😁
""",
    ),
    T(
        "social_comments",
        "security_scams",
        """
[[n:{n1}]]: Dompet sa hilang di angkot trayek {num} pagi tadi, isi KTP dan ATM
[[n:{n2}]]: Kak, sopirnya teman sa, [[n:{g3}]]. Dia bilang dompet ada sama dia, WA dia [[p:{hp3}]]
[[n:{n1}]]: puji Tuhan 🙏🙏
""",
    ),
    T(
        "social_comments",
        "health",
        """
RSUD S.K. Lerik: Pendaftaran poli spesialis kini lewat aplikasi. Kendala aplikasi WA {owa}.
[[n:{n1}]]: aplikasi error terus, sa pung bapa [[n:{n2}]] mau kontrol jantung
[[n:{n3}]]: daftar langsung saja ke loket, sa kemarin begitu. Atau telp {otel}
[[n:{n1}]]: ok makasih kak [[n:{g3}]]
""",
        M=(2,),
    ),
    T(
        "social_comments",
        "utilities",
        """
[[n:{n1}]]: Sampah di [[a:{rt1}]] {kel} su seminggu sonde diangkut
DLHK Kota Kupang: Mohon maaf, armada sedang perbaikan. Pengaduan bisa ke {otel}
[[n:{n2}]]: Pak RT kami, [[n:{g3}]], su lapor ke kelurahan. HP beliau [[p:{hp3}]] kalau petugas mau koordinasi
""",
    ),
    T(
        "social_comments",
        "social_aid",
        """
Info Lansia Kupang: Bantuan ATENSI untuk lansia dibuka, daftar lewat pendamping.
[[n:{n1}]]: pendamping wilayah {kel} siapa ya?
[[n:{n2}]]: Kak [[n:{n3}]], sa pung tetangga, HP [[p:{hp3}]]
[[n:{n1}]]: makasih kak
""",
    ),
    T(
        "social_comments",
        "education",
        """
[[n:{n1}]]: Info les bahasa Inggris anak SD di {kec}?
[[n:{n2}]]: sa pung ade, [[n:{n3}]], buka les di rumah. WA [[p:{hp3}]] atau email [[e:{em3}]]
[[n:{n4}]]: LPK Cendana juga ada, telp {otel}
""",
    ),
    # without personal data
    T(
        "social_comments",
        "utilities",
        """
PLN UP3 Kupang: Pemeliharaan jaringan {tgl} jam 09.00–14.00 wilayah {kel}.
kupang_bersuara: lagi??
PLN UP3 Kupang: Info & pengaduan PLN 123 atau WA {owa} kak.
Laundry Cemerlang: kami tetap buka kak, pakai genset, WA {owa2}
""",
    ),
    T(
        "social_comments",
        "security_scams",
        """
Info Kupang: Waspada nomor {scam} dan {scam2} yang mengaku petugas Dinsos minta data KK!
kupangviral: sudah banyak korban
Dinsos Kota Kupang: Benar, itu bukan nomor kami. Nomor resmi {otel}, WA pengaduan {owa}.
""",
    ),
    T(
        "social_comments",
        "market_transport",
        """
Dishub Kota Kupang: Tarif angkot tetap Rp {rp}. Pengaduan WA {owa}.
Bus Tiara Mas: Kami layani carter kak, WA {owa2}
Rental Flores Indah: Ada avanza lepas kunci Rp {rp2}/hari, hub {owa3}
""",
    ),
    T(
        "social_comments",
        "health",
        """
Dinkes Kota Kupang: Vaksinasi HPV untuk siswi kelas 5 dan 6 di sekolah mulai {tgl}.
info_kupang: kalo yang tidak sekolah?
Dinkes Kota Kupang: Bisa ke puskesmas terdekat. Info {otel} atau WA {owa}.
""",
    ),
    T(
        "social_comments",
        "civil_registry",
        """
Kelurahan {kel} Official: Pengambilan KTP-el jadi untuk nomor antrian {antri} s/d {antri2}.
warga_kupang: jam berapa?
Kelurahan {kel} Official: jam 09.00. Konfirmasi {otel} atau WA {owa}.
""",
    ),
    T(
        "social_comments",
        "disaster_donation",
        """
GMIT Klasis Kota Kupang: Donasi korban kebakaran {kel} melalui rekening Majelis Jemaat Bank NTT {rekntt}.
kupang_peduli: sudah transfer 🙏
GMIT Klasis Kota Kupang: Terima kasih. Konfirmasi WA panitia {owa}.
""",
    ),
]
# ---- wa_group: WhatsApp group announcements forwarded by RT heads, chat exports
TEMPLATES += [
    T(
        "wa_group",
        "health",
        """
Dari: [[n:{n1}]] ([[p:{hp1}]])
*Diteruskan*
PENGUMUMAN {POSY}: Penimbangan & vitamin A hari {hari} jam 08.00. Info: kader posyandu {owa}. Pendaftaran imunisasi WA {owa2}.
""",
    ),
    T(
        "wa_group",
        "social_aid",
        """
[{tgl} {jam}] [[n:{n1}]]: Selamat sore bapa mama warga RT {rtn}. Yang mau daftar bedah rumah kumpul berkas di beta pung rumah, [[a:{ad1}]], paling lambat {hari}.
[{tgl} {jam2}] [[n:{n2}]]: Pak RT, sa kirim foto KK lewat japri e
[{tgl} {jam3}] [[n:{n1}]]: Iya, ke [[p:{hp1}]] saja
""",
    ),
    T(
        "wa_group",
        "utilities",
        """
[{tgl} {jam}] Admin RT {rtn}: Info dari PDAM: air mati sampai besok. Tangki bisa pesan ke call center {otel}.
[{tgl} {jam2}] [[n:{l2}]]: tangki swasta om [[n:{g3}]] lebih cepat, [[p:{hp3}]]
[{tgl} {jam3}] [[n:{n4}]]: sa su pesan tadi, Rp {rp}
""",
        M=(3,),
    ),
    T(
        "wa_group",
        "security_scams",
        """
*Forward dari grup sebelah*
Hati2 bapa mama, ada yang telpon pake nomor {scam} mengaku petugas Dukcapil, minta foto KTP dan kode OTP. JANGAN kasih!
Kalau ragu hubungi Ketua RT kita, Pak [[n:{n1}]] ([[p:{hp1}]]) atau Bhabinkamtibmas {owa}.
""",
    ),
    T(
        "wa_group",
        "education",
        """
[{tgl} {jam}] [[n:{n1}]]: Bapa mama wali murid kelas 4, besok bawa uang study tour Rp {rp}. Yang transfer ke rek saya BRI [[b:{rek1}]] a.n. [[n:{n1}]], bukan ke rek sekolah.
[{tgl} {jam2}] [[n:{n2}]]: Ibu guru, sa transfer nanti malam e
[{tgl} {jam3}] [[n:{n1}]]: Iya mama, bukti kirim ke [[p:{hp1}]]
""",
        F=(1,),
    ),
    T(
        "wa_group",
        "disaster_donation",
        """
[{tgl} {jam}] [[n:{n1}]]: Bapa mama RT {rtn}, rumah Om [[n:{n2}]] di [[a:{ad2}]] kena longsor tadi subuh. Yang mau bantu tenaga kumpul jam 7. Bantuan uang ke {wal2} [[p:{hp2}]] (nomor Om [[n:{g2}]] sendiri).
[{tgl} {jam2}] [[n:{n3}]]: siap pak RT
""",
    ),
    T(
        "wa_group",
        "civil_registry",
        """
[{tgl} {jam}] Operator Kelurahan: Warga yang KK-nya belum padan silakan kirim foto KK ke WA {owa}.
[{tgl} {jam2}] [[n:{n1}]]: Ini KK sa [[kk:{kk1}]], nama anak [[n:{g2}]] salah tulis
[{tgl} {jam3}] Operator Kelurahan: Baik bu, mohon hapus dari grup, kirim japri saja 🙏
""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "wa_group",
        "market_transport",
        """
[{tgl} {jam}] [[n:{n1}]]: Selamat pagi grup. Ojek langganan anak sekolah yang baru: Om [[n:{g2}]] [[p:{hp2}]], motor Vario hitam [[pl:{pl2}]].
[{tgl} {jam2}] [[n:{n3}]]: om [[n:{g2}]] yang dulu di pangkalan {kel} tu?
[{tgl} {jam3}] [[n:{n1}]]: Iya
""",
        M=(2,),
    ),
    T(
        "wa_group",
        "health",
        """
[{tgl} {jam}] [[n:{n1}]]: Darurat, butuh darah AB untuk mama [[n:{n2}]] di RSU Bhayangkara. Kartu BPJS mama [[bpjs:{bpjs2}]] sudah diurus.
[{tgl} {jam2}] [[n:{n3}]]: sa golongan AB, kontak siapa?
[{tgl} {jam3}] [[n:{n1}]]: sa, [[p:{hp1}]]. Atau sa pung adik [[n:{g4}]] [[p:{hp4}]]
""",
        F=(2,),
        fam={1: 2, 4: 2},
    ),
    T(
        "wa_group",
        "social_aid",
        """
*INFO RT {rtn}*
Data lansia penerima paket sembako:
1. [[n:{n1}]] ({umur1})
2. [[n:{n2}]] ({umur2})
3. [[n:{n3}]] ({umur3})
Pengambilan di rumah Ketua RT, [[a:{ad4}]]. Konfirmasi ke Pak RT [[n:{n4}]] [[p:{hp4}]].
""",
    ),
    T(
        "wa_group",
        "security_scams",
        """
[{tgl} {jam}] [[n:{n1}]]: Bapa mama, tadi malam motor Pak [[n:{n2}]] hilang di depan rumah, Beat merah [[pl:{pl2}]]. Yang lihat hubungi beliau [[p:{hp2}]].
[{tgl} {jam2}] {scamk}: Motor ada di kami, tebus Rp {rp}
[{tgl} {jam3}] [[n:{n1}]]: Jangan layani nomor itu, su lapor Polsek {otel}
""",
    ),
    T(
        "wa_group",
        "education",
        """
[{tgl} {jam}] Admin Komite {school}: Rapat komite {hari} jam 16.00 di aula. Konfirmasi ke WA panitia {owa}.
[{tgl} {jam2}] [[n:{n1}]]: Ibu ketua komite, [[n:{n2}]], minta yang tidak bisa hadir japri beliau di [[p:{hp2}]]
[{tgl} {jam3}] [[n:{n3}]]: siap
""",
    ),
    T(
        "wa_group",
        "utilities",
        """
[{tgl} {jam}] [[n:{n1}]]: Pak RT, lampu jalan depan rumah sa di [[a:{ad1}]] mati 2 minggu
[{tgl} {jam2}] [[n:{n2}]]: Sudah sa lapor ke Dishub {otel}. Nomor petugas PJU yang datang kemarin, Om [[n:{g3}]]: [[p:{hp3}]]
""",
        M=(3,),
    ),
    T(
        "wa_group",
        "disaster_donation",
        """
*Dari grup Jemaat Rayon {num}*
Mari bantu keluarga Bapa [[n:{n1}]] yang rumahnya terbakar. Sumbangan diterima Pnt. [[n:{n2}]] ([[p:{hp2}]]) atau transfer rek Bank NTT [[b:{rek2}]] a.n. [[n:{n2}]] (bendahara rayon). Rekening Majelis Jemaat {rekntt} juga boleh.
""",
    ),
    T(
        "wa_group",
        "civil_registry",
        """
[{tgl} {jam}] [[n:{n1}]]: Om RT, tolong surat pengantar pindah untuk sa pung ade [[n:{g2}]]. NIK [[nik:{nik2}]]. Nomor sa [[p:{hp1}]]
[{tgl} {jam2}] [[n:{n3}]]: besok datang ke rumah jam 5 sore
""",
        fam={2: 1},
    ),
    # without personal data
    T(
        "wa_group",
        "health",
        """
[{tgl} {jam}] Admin RT {rtn}: Fogging hari ini: RT {rtn}, RT {rtn2} dan RT {rtn3}. Info {pusk} {otel}.
[{tgl} {jam2}] Admin RT {rtn}: Pendaftaran vaksin lewat WA {owa}.
""",
    ),
    T(
        "wa_group",
        "security_scams",
        """
*Diteruskan berkali-kali*
Ada pesan WA dari {scam}: "Selamat! Nomor Anda terpilih mendapat hadiah Rp {rp} dari Bank NTT, klik link berikut". Nomor lain juga {scam2} dengan pesan sama. HOAX! Bank pung nomor resmi {otel}.
""",
    ),
    T(
        "wa_group",
        "utilities",
        """
[{tgl} {jam}] grup warga: PENGUMUMAN RT {rtn}: iuran sampah bulan {bln} Rp {rp}, bayar ke bendahara RT.
[{tgl} {jam2}] Admin RT {rtn}: Laporan sampah liar bisa ke WA DLHK {owa} atau {otel}.
""",
    ),
    T(
        "wa_group",
        "social_aid",
        """
*INFO DINSOS*
Penyaluran PKH tahap {kecil}: {tgl}. Cek penerima di cekbansos.kemensos.go.id. Pengaduan: SMS/WA {owa}, telp {otel}. Jangan percaya nomor {scam} yang minta biaya administrasi.
""",
    ),
    T(
        "wa_group",
        "education",
        """
[{tgl} {jam}] Admin Sekolah: Pembayaran SPP bisa via VA {va}. Kendala hubungi tata usaha {otel} atau WA {owa}.
[{tgl} {jam2}] Admin Sekolah: NPSN {npsn}, jangan salah input.
""",
    ),
    T(
        "wa_group",
        "market_transport",
        """
[{tgl} {jam}] Admin Pasar: Pedagang los ikan, retribusi {bln} Rp {rp} setor ke UPTD Pasar. Info {otel} / WA {owa}.
[{tgl} {jam2}] Admin Pasar: Penertiban lapak {hari} {tgl2} jam 05.00.
""",
    ),
    T(
        "wa_group",
        "disaster_donation",
        """
*INFO BPBD*
Peringatan dini cuaca ekstrem {tgl}–{tgl2}. Pusdalops {otel} / WA {owa}. Posko Kecamatan {kec}: {owa2}.
""",
    ),
]
# ---- ocr_scan: OCR'd posters, banners and letters with broken characters
TEMPLATES += [
    T(
        "ocr_scan",
        "health",
        """
PENGUMUMAN
P0SYANDU {POSY}
JADWAL : {HARI} , {tgl}
JAM 08.OO - 11.OO WITA
NARAHUBUNG :
KADER [[n:{No1}]]
HP. [[p:{hpo1}]]
PUSKESMAS : {otel}
""",
    ),
    T(
        "ocr_scan",
        "market_transport",
        """
SPANDUK
DIJUAL TANAH KAVLING
LUAS 10 X 20 M, SHM
HUB. [[p:{hpo1}]]
([[n:{N1}]])
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC}
KELURAHAN {KEL}
SURAT KETERANGAN DOMISILI
Nomor : {surat}
Yang bertanda tangan di bawah ini menerangkan :
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{AD1}]] [[a:{RT1}]]
No. HP : [[p:{hp1}]]
Benar berdomisili di wilayah kami.
Telp. Kantor {otel}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
UNDANGAN
Kepada Yth. Bapak/Ibu KPM PKH
Di Tempat
Pertemuan kelompok PKH hari {HARI} tgl {tgl} jam 09.OO di rumah Ketua Kelompok Ibu [[n:{N1}]], [[a:{AD1}]].
Pendamping : [[n:{No2}]] ( [[p:{hpo2}]] )
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
FORMULIR PENGADUAN PELANGGAN
PERUMDA AIR MINUM TIRTA LONTAR
No. Sambungan : {samb}
Nama Pelanggan : [[n:{N1}]]
Alamat : [[a:{AD1}]]
No. HP/WA : [[p:{hpo1}]]
Keluhan : AIR TIDAK MENGALIR {num} HARI
Petugas penerima : {nip}
""",
    ),
    T(
        "ocr_scan",
        "education",
        """
PAPAN INFORMASI
{SCHOOL}
NPSN {npsn}
PENDAFTARAN SISWA BARU
HUB. PANITIA :
1. [[n:{No1}]] [[p:{hpo1}]]
2. [[n:{N2}]] [[p:{hp2}]]
TELP. SEKOLAH {otel}
""",
    ),
    T(
        "ocr_scan",
        "disaster_donation",
        """
KOTAK AMAL
PEDULI KORBAN KEBAKARAN
KEL. {KEL}
REK. BRI [[b:{rek1}]]
A.N. [[n:{N1}]]
CP. [[p:{hpo1}]]
""",
    ),
    T(
        "ocr_scan",
        "security_scams",
        """
SURAT TANDA PENERIMAAN LAPORAN
Nomor : STPL/{num}/{thn}/SPKT
Pelapor : [[n:{N1}]]
Pekerjaan : Wiraswasta
Alamat : [[a:{ADR1}]]
No. HP : [[p:{hp1}]]
Melaporkan penipuan melalui nomor {scam} yang mengaku dari bank. Kerugian Rp {rp}.
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
SURAT RUJUKAN
{PUSK}
Telp. {otel}
Nama Pasien : [[n:{No1}]]
No. Kartu : [[bpjs:{bpjs1}]]
Alamat : [[a:{RT1}]] KEL. {KEL}
HP Keluarga : [[p:{hp2}]] ([[n:{N2}]])
Dirujuk ke RSUD S.K. LERIK
""",
    ),
    T(
        "ocr_scan",
        "market_transport",
        """
KARTU IZIN TRAYEK
No. {surat}
Nama Pemilik : [[n:{N1}]]
Alamat : [[a:{AD1}]]
No. Kendaraan : [[pl:{pl1}]]
Trayek : {num}
Pengemudi : [[n:{N2}]] HP [[p:{hp2}]]
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
DAFTAR HADIR PENERIMA BPNT
No  Nama               NIK                  TTD
1   [[n:{N1}]]   [[nik:{nik1}]]   ...
2   [[n:{N2}]]   [[nik:{niko2}]]   ...
3   [[n:{N3}]]   [[nik:{nik3}]]   ...
Pendamping : {owa}
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
KARTU KELUARGA
No. [[kk:{kko1}]]
Nama Kepala Keluarga : [[n:{No1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kelurahan : {KEL}
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
SPANDUK SEDOT WC
CEPAT - BERSIH - MURAH
HUB. [[p:{hpo1}]] / [[p:{hq1}]]
(BAPAK [[n:{N1}]])
""",
        M=(1,),
    ),
    T(
        "ocr_scan",
        "education",
        """
KWITANSI
No : {kode}
Telah terima dari : [[n:{N1}]]
Uang sebanyak : Rp {rp}
Untuk pembayaran : UANG KOMITE SEMESTER GANJIL
Bendahara Komite,
[[n:{N2}]]
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
PAPAN NAMA
PRAKTEK BIDAN MANDIRI
BIDAN [[n:{N1}]], A.Md.Keb
MELAYANI : KB, PERIKSA HAMIL, IMUNISASI
HP. [[p:{hpo1}]]
""",
        F=(1,),
    ),
    # without personal data
    T(
        "ocr_scan",
        "health",
        """
SPANDUK
KELURAHAN {KEL}
GERAKAN 3M PLUS
HUB. PETUGAS : {owao}
PUSKESMAS {otel}
""",
    ),
    T(
        "ocr_scan",
        "market_transport",
        """
T0KO BANGUNAN SINAR TIMUR
{JLNO}
TELP/WA {owao}
NPWP : {npwpx}
No : {kode}   Tgl : {tgl}
SEMEN 5 SAK  Rp {rp}
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
PEMERINTAH KOTA KUPANG
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
{JLNO} Telp. {otel}
Nomor : {surat}
Perihal : Pemberitahuan Jadwal Perekaman
Antrian : {antri} s/d {antri2}
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
STRUK PEMBAYARAN TAGIHAN PLN
IDPEL : {idpel}
NAMA : ******
TARIF/DAYA : R1/900VA
RP TAG : Rp {rp}
REF : {dtks}
CALL CENTER PLN 123
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
PENGUMUMAN
PENERIMA BLT DANA KELURAHAN
RT {rtn} : {num} KK
RT {rtn2} : {num2} KK
SANGGAHAN KE WA {owao}
KANTOR LURAH {otel}
""",
    ),
    T(
        "ocr_scan",
        "security_scams",
        """
BRIN0 BANK RAKYAT INDONESIA
AWAS PENIPUAN!
BRI TIDAK PERNAH MENGHUBUNGI LEWAT NOMOR {scam}
CALL BRI 14017 / {cc}
""",
    ),
]
# ---- sms_caps: SMS to 1708 in capitals
TEMPLATES += [
    T(
        "sms_caps",
        "utilities",
        "KOTKUPANG AIR PDAM MATI 6 HARI DI [[a:{RT1}]] KEL {KEL}. SDH TLP {otel} TDK ADA YG ANGKAT. HUB SY [[n:{N1}]] [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "social_aid",
        "KOTKUPANG SY [[n:{N1}]] WARGA [[a:{RT1}]] {KEL}. BLT SY DIPOTONG RP {rp} OLEH OKNUM. PENDAMPING NO {owa} TDK MAU ANGKAT. NO SY [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "security_scams",
        "KOTKUPANG SY DAPAT SMS DR {scam} KATANYA SY MENANG UNDIAN RP {rp}, SY DISURUH TLP {scam2} UTK KLAIM. APA BENAR? DR [[n:{N1}]] [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        "KOTKUPANG BIDAN POSYANDU {KEL} TDK DATANG 2 BLN. KADER [[n:{N1}]] ([[p:{hp1}]]) SDH LAPOR KE PUSKESMAS TP TDK ADA TINDAK LANJUT. TTD [[n:{N2}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "market_transport",
        "KOTKUPANG ANGKOT NOPOL [[pl:{PL1}]] UGAL2AN DI {JL}, HAMPIR TABRAK ANAK SEKOLAH. SOPIRNYA BILANG NAMANYA [[n:{G2}]]. PELAPOR [[n:{N3}]] [[p:{hp3}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        "KOTKUPANG KTP SY HILANG, SDH LAPOR POLSEK. NIK [[nik:{nik1}]]. MHN INFO SYARAT CETAK ULANG. SY [[n:{N1}]], HP [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "education",
        "KOTKUPANG ANAK SY [[n:{G1}]] KLS 5 {SCHOOL} DIMINTA BAYAR RP {rp} UTK STUDY TOUR. WALI KELAS IBU [[n:{N2}]] NO [[p:{hp2}]]. MHN DICEK. DR MAMA [[n:{N3}]]",
        fam={1: 3},
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        "KOTKUPANG LAMPU JALAN DEPAN RUMAH SY [[a:{AD1}]] MATI 1 BLN. ID PEL PLN SY {idpel}. NO HP [[p:{hp1}]] ATAU RUMAH [[p:{tr1}]]. [[n:{N1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "disaster_donation",
        "KOTKUPANG RUMAH SY ROBOH KENA ANGIN, [[a:{ADR1}]]. SDH LAPOR BPBD {otel} BLM DATANG. SY [[n:{N1}]], HP [[p:{hp1}]] / ISTRI [[p:{hp2}]]",
        M=(1,),
        fam={2: 1},
        U=True,
    ),
    T(
        "sms_caps",
        "social_aid",
        "KOTKUPANG LANSIA [[n:{N1}]] UMUR {umur1} DI [[a:{RT1}]] BLM PERNAH DAPAT BANTUAN. KETUA RT [[n:{N2}]] NO [[p:{hp2}]] BISA KONFIRMASI. TRIMS",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        "KOTKUPANG SY DITOLAK DI IGD KRN KARTU JKN [[bpjs:{bpjs1}]] KATANYA TDK AKTIF. PDHL SDH BAYAR. SY [[n:{N1}]] [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "security_scams",
        "KOTKUPANG ADA YG NGAKU PETUGAS PLN PAKE NOMOR {scam} MINTA UANG GANTI METERAN RP {rp}. TETANGGA SY PAK [[n:{N1}]] SDH TERTIPU. HUB SY [[p:{hp2}]] ([[n:{N2}]])",
        U=True,
    ),
    T(
        "sms_caps",
        "market_transport",
        "KOTKUPANG PEDAGANG PASAR {KEL} DIPUNGUT RP {rp} TANPA KARCIS OLEH ORANG YG NGAKU PETUGAS. SY [[n:{N1}]] PEDAGANG SAYUR, HP [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        "KOTKUPANG NAMA ANAK SY DI AKTA SALAH TULIS, HRSNYA [[n:{N1}]]. NO KK [[kk:{kk2}]]. MHN BANTU. [[n:{N2}]] [[p:{hp2}]]",
        fam={1: 2},
        U=True,
    ),
    # without personal data
    T(
        "sms_caps",
        "utilities",
        "KOTKUPANG AIR MATI DI KEL {KEL} SDH 5 HARI. CALL CENTER PDAM {otel} DAN WA {owa} TDK BALAS. NO SAMB {samb}",
        U=True,
    ),
    T(
        "sms_caps",
        "security_scams",
        "KOTKUPANG SY DAPAT 2 NOMOR {scam} DAN {scam2} NGAKU DR DINSOS MINTA DATA KK. MANA YG RESMI? TIKET {tiket}",
        U=True,
    ),
    T(
        "sms_caps",
        "social_aid",
        "KOTKUPANG BPNT RT {rtn} SAMPAI RT {rtn2} KEL {KEL} BLM CAIR. PENDAMPING WILAYAH {owa} TDK AKTIF. MHN DICEK",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        "KOTKUPANG ANTRIAN PUSKESMAS {KEL} SAMPAI {antri}, PENDAFTARAN WA {owa} TDK DIBALAS. TELP {otel} SIBUK TERUS",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        "KOTKUPANG BLANGKO KTP DI DUKCAPIL KOSONG LAGI. ANTRIAN {antri}. SURAT {surat}. CALL CENTER {otel} TDK ANGKAT",
        U=True,
    ),
    T(
        "sms_caps",
        "market_transport",
        "KOTKUPANG TARIF ANGKOT TRAYEK {num} NAIK JD RP {rp}. DISHUB {otel} DAN WA {owa} TDK RESPON. MHN DITERTIBKAN",
        U=True,
    ),
    T(
        "sms_caps",
        "education",
        "KOTKUPANG SEKOLAH MINTA UANG BANGUNAN RP {rp}. NO REK SEKOLAH BANK NTT {rekntt} A.N. {SCHOOL}. TU {otel}. APA DIBOLEHKAN?",
        U=True,
    ),
    T(
        "sms_caps",
        "disaster_donation",
        "KOTKUPANG BANJIR DI {KEL} TDK ADA BANTUAN. POSKO KEC {owa} TDK AKTIF. PUSDALOPS {otel} SIBUK. {big} KK MENGUNGSI",
        U=True,
    ),
]
# ---- kupang_malay: complaints in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "utilities",
        "Selamat siang bapa ibu. Beta [[n:{n1}]] dari [[a:{rt1}]] {kel}. Air PDAM su seminggu sonde jalan. Beta su telpon {otel} dong bilang tunggu sa. Kalo petugas mau datang, telpon beta di [[p:{hp1}]] e.",
    ),
    T(
        "kupang_malay",
        "social_aid",
        "Bapa ibu dinas sosial, beta pung mama [[n:{n1}]] su umur {umur1} ma sonde pernah dapa bantuan lansia. Pendamping bilang tunggu terus. Pendamping pung nomor {owa} su sonde aktif. Nomor beta [[p:{hp2}]], beta [[n:{g2}]].",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "security_scams",
        "Beta mau lapor. Kemarin ada nomor {scam} WA beta, dia bilang dia dari kantor pos, suru transfer Rp {rp} biar paket bisa kirim. Beta su transfer ke rek BRI [[b:{rek2}]] a.n. [[n:{n2}]]. Tolong bantu. Beta [[n:{n1}]], HP [[p:{hp1}]].",
    ),
    T(
        "kupang_malay",
        "market_transport",
        "Bapa ibu dishub, sopir angkot [[pl:{pl1}]] tu kasi turun beta pung anak di tengah jalan. Dong panggil dia [[n:{nk2}]]. Beta pung nomor [[p:{hp3}]], beta [[n:{n3}]] dari {kel}.",
    ),
    T(
        "kupang_malay",
        "health",
        "Beta pung ana [[n:{g1}]] demam su tiga hari. Pi puskesmas dong bilang dokter sonde ada. Bidan [[n:{n2}]] kasi nomor pribadi [[p:{hp2}]] ma sonde angkat. Tolong e. Beta mama [[n:{n3}]], [[p:{hp3}]].",
        F=(2,),
        fam={1: 3},
    ),
    T(
        "kupang_malay",
        "disaster_donation",
        "Rumah beta di [[a:{ad1}]] rubuh kena angin tadi malam. Beta su lapor Pak RT [[n:{n2}]] ([[p:{hp2}]]) deng BPBD {otel}. Sampe sekarang sonde ada yang datang. Beta [[n:{n1}]], [[p:{hp1}]].",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        "Beta pung KTP nama tatulis [[n:{n2}]], padahal beta pung nama [[n:{n1}]]. NIK [[nik:{nik1}]]. Su dua kali pi Dukcapil, dong suru ulang antri {antri}. Beta pung nomor [[p:{hp1}]].",
    ),
    T(
        "kupang_malay",
        "education",
        "Guru wali kelas sa pung ana, Ibu [[n:{n1}]], minta uang Rp {rp} untuk foto ijazah. Kalo sonde bayar ijazah tahan. Dia pung WA [[p:{hp1}]]. Sa orang tua dari [[n:{g2}]], kelas VI {school}.",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "social_aid",
        "Om RT [[n:{n1}]] ([[p:{hp1}]]) bilang beta pung nama sonde ada di daftar BPNT. Padahal tahun lalu ada. Beta [[n:{n2}]], [[a:{rt2}]], NIK [[nik:{nik2}]]. Tolong cek.",
    ),
    T(
        "kupang_malay",
        "market_transport",
        "Beta pedagang ikan di pasar. Tiap pagi ada orang pungut Rp {rp}, dia bilang dari dinas. Dia pung nama [[n:{n1}]], nomor [[p:{hp1}]]. Beta sonde tau betul ko sonde. Beta [[n:{n2}]].",
    ),
    T(
        "kupang_malay",
        "utilities",
        "Sampah di depan beta pung rumah, [[a:{ad1}]], su dua minggu sonde angkat. Beta su WA DLHK {owa} sonde balas. Nomor beta [[p:{hp1}]], [[n:{n1}]].",
    ),
    T(
        "kupang_malay",
        "health",
        "Beta pung bapa [[n:{n1}]] cuci darah di RS. Kartu BPJS [[bpjs:{bpjs1}]] tiba-tiba sonde aktif. Kantor BPJS Kesehatan cabang Kupang (telp. {otel}) bilang urus di kelurahan. Tolong bantu. Beta [[n:{g2}]], [[p:{hp2}]].",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "security_scams",
        "Ada orang telpon beta, ngaku namanya [[n:{n1}]], dari Dinas Sosial, pake nomor [[p:{hp1}]]. Dia minta beta pung NIK deng foto KK. Beta sonde kasi. Tolong cek dia petugas betul ko sonde. Beta [[n:{n2}]] [[p:{hp2}]].",
    ),
    T(
        "kupang_malay",
        "disaster_donation",
        "Beta koordinator dapur umum posko {kel}. Stok beras tinggal {num} karung. Yang mau bantu telpon beta [[n:{n1}]] di [[p:{hp1}]] atau beta pung ade [[n:{g2}]] [[p:{hp2}]]. Bukan ke nomor posko BPBD {owa} e.",
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "civil_registry",
        "Beta mau pindah KK dari mama pung KK. Mama pung KK [[kk:{kk1}]], atas nama [[n:{n1}]]. Beta [[n:{g2}]], nomor beta [[p:{hp2}]]. Dong bilang harus ada surat pengantar RT.",
        F=(1,),
        fam={2: 1},
    ),
    # without personal data
    T(
        "kupang_malay",
        "utilities",
        "Bapa ibu PDAM, air di {kel} su tiga hari sonde jalan. Beta telpon {otel} dong bilang penuh. WA {owa} juga sonde balas. Nomor sambungan {samb}.",
    ),
    T(
        "kupang_malay",
        "security_scams",
        "Hati-hati e, nomor {scam} tu ngaku dari Bank NTT, minta kode OTP. Beta pung tetangga hampir kena. Bank pung nomor resmi {otel}.",
    ),
    T(
        "kupang_malay",
        "social_aid",
        "Kenapa BLT di RT {rtn} deng RT {rtn2} belum cair? Dinsos pung nomor {otel} sonde angkat. Dong bilang lapor lewat WA {owa} ko SMS 1708.",
    ),
    T(
        "kupang_malay",
        "health",
        "Puskesmas {kel} pung antrian sampe {antri}, orang tua lama tunggu. Pendaftaran WA {owa} sonde ada yang balas. UGD {otel} juga sibuk.",
    ),
    T(
        "kupang_malay",
        "market_transport",
        "Angkot trayek {num} sonde masuk kampung lai sejak {tgl}. Dishub pung WA {owa} sonde balas. Tolong bapa ibu.",
    ),
    T(
        "kupang_malay",
        "education",
        "Sekolah minta bayar uang komite Rp {rp} ke rekening komite Bank NTT {rekntt}. Kalo sonde bayar anak sonde bisa ujian. Tata usaha {otel}. Ini boleh ko sonde?",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        "Beta su antri dari subuh, dapa nomor {antri}. Operator bilang sistem rusak. Call center Dukcapil {otel} sonde angkat. Surat pindah No. {surat} sampe sekarang belum jadi.",
    ),
]
# ---- web_form: LAPOR! web forms and e-mails with pasted lists
TEMPLATES += [
    T(
        "web_form",
        "utilities",
        """
Judul Laporan: Air PDAM tidak mengalir
Isi Laporan: Kami warga [[a:{rt1}]] Kel. {kel} sudah 10 hari tanpa air. Sudah menghubungi call center PDAM {otel} dan WA {owa}. Berikut warga yang bisa dihubungi:
- [[n:{n1}]] – [[p:{hp1}]]
- [[n:{n2}]] – [[p:{hp2}]]
Lokasi: {kel}, Kec. {kec}
Pelapor: [[n:{n1}]]
""",
    ),
    T(
        "web_form",
        "social_aid",
        """
Nama Pelapor : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. HP : [[p:{hp1}]]
Email : [[e:{em1}]]
Uraian : Ibu saya [[n:{n2}]] tercatat di DTKS (ID DTKS {dtks}) tetapi tidak menerima PKH sejak {bln}. Pendamping PKH Sdr. [[n:{n3}]] (HP [[p:{hp3}]]) mengatakan data hilang.
""",
        F=(2,),
    ),
    T(
        "web_form",
        "security_scams",
        """
Kategori: Penipuan
Isi: Saya ditelpon nomor {scam} yang mengaku petugas Dukcapil, minta NIK dan foto KK. Nomor lain juga sempat WA, {scam2}. Saya tidak memberikan. Mohon diblokir.
Kontak pelapor: [[n:{n1}]], [[p:{hp1}]]
""",
    ),
    T(
        "web_form",
        "health",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Dinkes Kota Kupang <pengaduan.dinkes@kupangkota.go.id>
Subject: Kader posyandu tidak dibayar

Yth. Kepala Dinas,
Kami kader {posy} ({kel}) belum menerima insentif {num} bulan. Nama kader:
1. [[n:{n1}]] ([[p:{hp1}]])
2. [[n:{n2}]] ([[p:{hp2}]])
3. [[n:{n3}]] ([[p:{hp3}]])
Salam, [[n:{n1}]]
""",
    ),
    T(
        "web_form",
        "education",
        """
Judul: Pungutan uang perpisahan
Isi Laporan: Komite {school} memungut Rp {rp} per siswa. Rekening komite Bank NTT {rekntt}. Yang menagih bendahara komite Ibu [[n:{n1}]] lewat WA pribadinya [[p:{hp1}]]. Anak saya [[n:{g2}]] kelas IX.
Pelapor: [[n:{n3}]], HP [[p:{hp3}]]
""",
        F=(1,),
        fam={2: 3},
    ),
    T(
        "web_form",
        "market_transport",
        """
Isi Laporan: Bus sekolah gratis rute {kel} tidak jalan 1 minggu. Sopir [[n:{n1}]] ([[p:{hp1}]]) bilang BBM tidak dibayar Dishub. Nopol bus [[pl:{pl1}]]. Dishub {otel} tidak bisa dihubungi.
Nama: [[n:{n2}]]
Telepon: [[p:{hp2}]]
""",
    ),
    T(
        "web_form",
        "civil_registry",
        """
Nama : [[n:{n1}]]
No. KK : [[kk:{kk1}]]
Alamat : [[a:{adr1}]]
HP : [[p:{hp1}]]
Isi : Anak saya [[n:{g2}]] tidak tercantum di KK setelah perubahan. Sudah ke Dukcapil, antrian {antri}, disuruh kembali. Mohon dibantu.
""",
        fam={2: 1},
    ),
    T(
        "web_form",
        "disaster_donation",
        """
Laporan: Bantuan korban banjir di {kel} tidak merata. Daftar KK yang belum terima (dibuat ketua RT):
No,Nama KK,Alamat,No HP
1,[[n:{N1}]],[[a:{AD1}]],[[p:{hpb1}]]
2,[[n:{N2}]],[[a:{AD2}]],[[p:{hpb2}]]
3,[[n:{N3}]],[[a:{AD3}]],-
Posko BPBD {owa} bilang data tidak masuk.
""",
    ),
    T(
        "web_form",
        "health",
        """
Isi Laporan: Ambulans desa di {kel} dipakai pribadi. Sopir ambulans, [[n:{n1}]], HP [[p:{hp1}]], pakai untuk antar keluarga ke pesta. Nopol [[pl:{pl1}]]. Kalau warga butuh malam hari telpon {pusk} {otel} tidak diangkat.
Pelapor: [[n:{n2}]] ([[p:{hp2}]])
""",
    ),
    T(
        "web_form",
        "social_aid",
        """
Yth. Admin LAPOR!
Berikut daftar lansia di RT kami yang tidak terima ATENSI:
No Nama Umur HP Keluarga
1 [[n:{N1}]] {umur1} [[p:{hp1}]]
2 [[n:{N2}]] {umur2} [[p:{hp2}]]
Hormat saya, [[n:{n3}]], Ketua RT {rtn}, HP [[p:{hp3}]]
""",
    ),
    T(
        "web_form",
        "security_scams",
        """
Isi: Saya dihubungi [[p:{hp1}]] yang mengaku namanya [[n:{n1}]], katanya dari leasing, mau tarik motor saya [[pl:{pl2}]] padahal sudah lunas. Dia datang ke rumah saya di [[a:{ad2}]] bersama 2 orang.
Pelapor: [[n:{n2}]], [[p:{hp2}]]
""",
    ),
    T(
        "web_form",
        "utilities",
        """
Subject: Tiang listrik miring
Tiang PLN depan rumah saya [[a:{ad1}]] miring sejak hujan {tgl}. Sudah lapor PLN 123, tiket {tiket}. Petugas lapangan Pak [[n:{n2}]] ([[p:{hp2}]]) bilang menunggu material.
Salam,
[[n:{n1}]]
[[p:{hp1}]]
""",
    ),
    T(
        "web_form",
        "education",
        """
Nama Pelapor : Dirahasiakan
No. HP : [[p:{hp1}]]
Isi : Guru honor di {school} belum terima gaji {num} bulan. Bendahara sekolah NIP {nip} bilang dana BOS belum cair. Kepala sekolah tidak bisa dihubungi di {otel}.
""",
    ),
    T(
        "web_form",
        "market_transport",
        """
Isi Laporan: Lapak saya di Pasar {kel} dibongkar tanpa pemberitahuan. Saya [[n:{n1}]], pedagang sayur, NIK [[nik:{nik1}]], HP [[p:{hp1}]]. Petugas UPTD yang bongkar bernama [[n:{n2}]]. Kantor UPTD Pasar {otel}.
""",
    ),
    # without personal data
    T(
        "web_form",
        "utilities",
        """
Judul: Jalan rusak
Isi Laporan: Jalan di {jl} berlubang besar, sudah 3 motor jatuh. Sudah lapor PUPR {otel} dan WA {owa}. Tiket sebelumnya {tiket}.
Lokasi: Kel. {kel}, Kec. {kec}
""",
    ),
    T(
        "web_form",
        "security_scams",
        """
Kategori: Penipuan online
Isi: Nomor {scam} dan {scam2} mengaku pendamping PKH minta transfer Rp {rp}. Nomor ketiga {scam3} kirim link. Mohon diblokir.
Pelapor: Dirahasiakan
""",
    ),
    T(
        "web_form",
        "health",
        """
Tanggapan Instansi: Terima kasih atas laporan No. {tiket}. Pendaftaran poli di {pusk} kini via WA {owa}. Untuk konfirmasi hubungi {otel}. Salam, Admin Dinkes.
""",
    ),
    T(
        "web_form",
        "civil_registry",
        """
Tanggapan Dukcapil: Berkas pemohon dengan nomor antrian {antri} sudah selesai. Silakan ambil di loket {num}. Info lanjut {otel} ext. {ext} atau WA {owa}. Surat {surat}.
""",
    ),
    T(
        "web_form",
        "social_aid",
        """
Judul: BLT tidak merata
Isi: Di RT {rtn} hanya {num} KK yang dapat, RT {rtn2} {num2} KK. Sanggahan ke WA {owa} tidak dibalas. Mohon Dinsos {otel} turun cek.
""",
    ),
    T(
        "web_form",
        "market_transport",
        """
Isi Laporan: Tarif parkir di {jl} Rp {rp} padahal karcis Rp 2.000. Juru parkir pakai rompi Dishub. Pengaduan Dishub {otel} / WA {owa} tidak direspons. Tiket {tiket}.
""",
    ),
]

if __name__ == "__main__":
    main()
