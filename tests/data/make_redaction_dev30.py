# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev30.jsonl: phone numbers and who owns them.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{owa}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev30.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
run of capitalised words with the forty characters before it; ``--show N`` prints N texts
drawn at random with their spans marked.
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

SEED = 20261230
PREFIX = "d30"
OUT = Path(__file__).with_name("redaction_dev30.jsonl")

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
    "wa_chat",
    "social_thread",
    "lapor_ticket",
    "call_centre",
    "classified",
    "letter_form",
    "ocr_scan",
    "kupang_malay",
    "register_table",
)
THEMES = (
    "social_aid",
    "health",
    "utilities",
    "civil_registry",
    "security_scams",
    "education",
    "small_trade",
    "disaster_donation",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "phone": 300,
    "name": 400,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter", "ns", "ttd", "salam",
    "dari", "hormat", "atas", "an", "a", "cucu", "anak", "tetangga", "penelepon", "pelapor",
    "kader", "sopir", "tukang", "kakak", "mbak", "mas", "abang", "bang", "usi", "nyong",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev30)
GIVEN_M = (
    "Yermias", "Obed", "Marthen", "Semuel", "Ferdinand", "Aloysius", "Kornelis", "Nikolaus",
    "Hendrik", "Yunus", "Benyamin", "Stefanus", "Mikhael", "Gabriel", "Alfred", "Demianus",
    "Frederik", "Agustinus", "Matheos", "Yesaya", "Nehemia", "Zakarias", "Arnoldus", "Gerson",
    "Silvester", "Vinsensius", "Hironimus", "Bonefasius", "Melkianus", "Oktovianus", "Jitro",
    "Efraim", "Habel", "Lazarus", "Rudolof", "Yulius", "Seprianus", "Wilhelmus", "Adrianus",
    "Kristoforus", "Fransiskus Xaverius", "Yohanis Paulus", "Dionisius", "Emanuel", "Theodorus",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Margaretha", "Serlina", "Debora", "Naomi", "Yohana", "Agnes", "Veronika",
    "Florentina", "Katarina", "Sisilia", "Merlin", "Selfina", "Deyana", "Sarlota", "Adriana",
    "Orpa", "Yosefina", "Mariana", "Priska", "Imelda", "Lusia", "Novita", "Friska", "Jein",
    "Meilani", "Stevani", "Welmintje", "Yunita", "Ermelinda", "Fransiska", "Kornelia", "Apriani",
    "Wilhelmina", "Oktaviana", "Marselina", "Dorotea", "Getrudis", "Anastasia", "Rosalinda",
    "Maria Goreti", "Yuliana Sarlin", "Adelheid", "Helena", "Martha",
)  # fmt: skip
FAMILY = (
    "Bolla", "Seran", "Kase", "Foenay", "Bani", "Tabun", "Nope", "Sinlae", "Kolo", "Banunaek",
    "Mauko", "Kapitan", "Ndoen", "Ratu Edo", "Dethan", "Sau", "Taek", "Nubatonis", "Oematan",
    "Nalle", "Sjioen", "Tamelab", "Pellokila", "Ngongo", "Bire", "Huru", "Hege", "Wadu",
    "Messakh", "Radja Haba", "Lado Djara", "Kale Lede", "Riwu Ga", "Tefu", "Kause", "Manu",
    "Boimau", "Nenometa", "Ninef", "Tualaka", "Neolaka", "Ataupah", "Leo", "Sabu", "Lulu",
    "Kehi", "Koten", "Tukan", "Making", "Lamawuran", "Openg", "Oedjoe", "Henuk", "Dimu",
    "Mbatu", "Lapudooh", "Mesakh", "Toelle", "Kiuk", "Ulu", "Abanit", "Lakapu", "Funan",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("M", "I Ketut", "Suarjana", ""), ("F", "Ni Made", "Sukarini", ""), ("M", "I Wayan", "Darmayasa", ""),
    ("M", "Baso", "Daeng Tang", ""), ("F", "Hasnawati", "Daeng Caya", ""), ("M", "Abdul", "Gani Ledo", ""),
    ("F", "Siti", "Rohmah", ""), ("M", "Agus", "Prasetyo", ""), ("F", "Sri", "Handayani", ""),
    ("M", "Kok Hwa", "Liem", "cn"), ("F", "Siu Mei", "Ong", "cn"), ("M", "Umbu Ndapa", "Lawa", ""),
    ("F", "Rambu Ana", "Kareri", ""), ("F", "Nurhayati", "Lamalaka", ""), ("M", "Muhamad", "Sahid", ""),
)  # fmt: skip
NICK = (
    "Eki", "Ancu", "Didi", "Tanti", "Mince", "Lodi", "Ferly", "Ucen", "Dedi", "Ocha", "Ecy",
    "Nando", "Yanto", "Onci", "Berti", "Itha", "Neli", "Jhon", "Ketty", "Roby", "Mikel", "Aci",
)  # fmt: skip
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com")

# ---------------------------------------------------------------- places (Kota Kupang, NTT)
KELURAHAN = (
    "Oesapa", "Oesapa Barat", "Lasiana", "Penfui", "Liliba", "Naimata", "Maulafa", "Kolhua",
    "Belo", "Fatukoa", "Sikumana", "Naikolan", "Oepura", "Bakunase", "Kuanino", "Fontein",
    "Airnona", "Nunleu", "Naikoten I", "Fatululi", "Oebufu", "Kayu Putih", "Tuak Daun Merah",
    "Oetete", "Airmata", "Solor", "Bonipoi", "Nefonaek", "Pasir Panjang", "Namosain",
    "Nunbaun Sabu", "Nunbaun Delha", "Penkase Oeleta", "Alak", "Manulai II", "Batuplat",
    "Mantasi", "Fatufeto", "Manutapen", "Naioni", "Oebobo", "Kelapa Lima", "Oesapa Selatan",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Kelapa Gading", "Jl. Matani", "Jl. Bajawa", "Jl. Oeleu", "Jl. Batu Kapur",
    "Jl. Nusa Indah", "Jl. Taebenu", "Jl. Kecapi", "Gg. Cempaka", "Jl. Sumba", "Jl. Lontar Raya",
    "Lr. Sepakat", "Gg. Asoka", "Jl. Pisang", "Jl. Nisnoni Gg. 2", "Jl. Kenanga", "Jl. Belimbing",
    "Gg. Hati Mulia", "Jl. Air Lobang", "Jl. Mangga", "Jl. Jambu Mete", "Gg. Sasando",
    "Jl. Oekam", "Jl. Alor", "Jl. Manafe Gg. Rukun", "Jl. Bougenvil", "Jl. Cendana",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Timor Raya", "Jl. Soeharto", "Jl. Adisucipto",
    "Jl. Piet A. Tallo", "Jl. W.J. Lalamentik", "Jl. Herewila", "Jl. Amabi", "Jl. Cak Doko",
    "Jl. Jenderal Sudirman", "Jl. Moh. Hatta", "Jl. Veteran", "Jl. R.A. Kartini",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oepoi", "Puskesmas Bakunase", "Puskesmas Pasir Panjang", "Puskesmas Alak",
    "Puskesmas Sikumana", "Puskesmas Penfui", "Puskesmas Oesapa", "Puskesmas Kupang Kota",
    "Puskesmas Naioni", "Puskesmas Manutapen", "Puskesmas Oebobo",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W.Z. Johannes", "RS Bhayangkara Drs. Titus Uly",
    "RS Leona", "RS Siloam Kupang", "RSIA Dedari",
)  # fmt: skip
SCHOOLS = (
    "SDN Oetete 2", "SD Inpres Naikoten 1", "SMPN 8 Kupang", "SMPN 11 Kupang", "SMAN 3 Kupang",
    "SMKN 2 Kupang", "SDK Don Bosco 3", "SD GMIT Oebufu", "TK Pertiwi Oepura", "SMAN 6 Kupang",
)  # fmt: skip
OFFICES = (
    "Dinas Sosial Kota Kupang", "Dinas Dukcapil Kota Kupang", "Perumda Air Minum Kota Kupang",
    "PLN UP3 Kupang", "BPJS Kesehatan Cabang Kupang", "BPBD Kota Kupang", "Dinas Perhubungan",
    "DLHK Kota Kupang", "Bapenda Kota Kupang", "Dinas Pendidikan Kota Kupang", "Samsat Kupang",
)  # fmt: skip
SHOPS = (
    "Bengkel Motor Setia Jaya", "Depot Air Segar Oesapa", "Apotek Flobamora Sehat",
    "Fotokopi Tiga Putra", "Travel Timor Indah", "Toko Bangunan Karya Lontar",
    "Laundry Harum Liliba", "Sedot WC Berkah Abadi", "Catering Sari Timor",
    "Counter Pulsa Anugerah", "Rental Mobil Flobamor Jaya", "Toko Kue Rasa Manis",
    "Percetakan Cahaya Baru", "Service AC Dingin Selalu",
)  # fmt: skip
GROUPS = (
    "Info Kupang Terkini", "Suara Warga Kota Kupang", "Kupang Bicara", "Jual Beli Kupang Murah",
    "Warga Oebobo Bersatu", "Forum Peduli Air Kupang", "Info Lalu Lintas Kupang",
)  # fmt: skip
CHURCHES = ("GMIT Jemaat Imanuel Oepura", "GMIT Kalvari Liliba", "Paroki St. Yosef Naikoten")
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MOBILE = (
    ("0811", 3), ("0812", 7), ("0813", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0851", 3),
    ("0852", 8), ("0853", 7), ("0815", 1), ("0857", 2), ("0858", 1), ("0818", 1), ("0819", 2),
    ("0877", 1), ("0878", 2), ("0838", 1), ("0895", 1), ("0896", 1), ("0897", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0814", "0855", "0856", "0859", "0831", "0832", "0898"}
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
        self.minute = rng.randint(6 * 60, 21 * 60)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(200):
            v = make()
            core = re.sub(r"\D", "", v)[-8:]
            if v not in self.numbers and core not in self.numbers:
                self.numbers.add(v)
                self.numbers.add(core)
                return v
        raise RuntimeError("no fresh number")

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            rest = r.choice((7, 8, 8, 8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "m", "i", "is", "j", "k", "ks", "h"),
                (30, 14, 14, 5, 5, 7, 5, 7, 5, 3, 3),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "m": f"{a} {raw[4:7]} {raw[7:]}",
            "h": f"{raw[:2]}-{raw[2:4]}-{raw[4:]}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "is": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "ks": f"62 {a[1:]} {b} {c}",
            "u": f"{a}_{b}_{c}",
            "w": f"{a} • {b} • {c}",
            "p": f"({a}) {b}-{c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "x":  # a stray space in an odd place
            k = r.randint(3, len(raw) - 3)
            return raw[:k] + " " + raw[k:]
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        raise KeyError(how)

    def write_land(self, raw: str, how: str = "") -> str:
        a, b = raw[:4], raw[4:]
        forms = {
            "s": f"{a} {b}",
            "d": f"{a}-{b}",
            "p": f"({a}) {b}",
            "q": f"({a}) {b[:3]} {b[3:]}",
            "g": f"{a} {b[:3]} {b[3:]}",
            "t": f"{a}.{b[:3]}.{b[3:]}",
            "b": raw,
        }
        if how in forms:
            return forms[how]
        return forms[self.rng.choice(("s", "d", "p", "q", "g", "s", "p", "t"))]

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (70, 22, 8))[0]
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

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (80, 20))[0]
        if how == "p":
            return f"{local}@{host}"
        parts = host.split(".")
        if how == "x":
            return r.choice(
                (
                    f"{local} [at] " + " [dot] ".join(parts),
                    f"{local}(at){host}",
                    f"{local} @ {host}",
                    f"{local} at " + " dot ".join(parts),
                )
            )
        raise KeyError(how)

    # -- people
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
            order = ""
            if head is None and r.random() < 0.08:
                _, given, family, order = r.choice([o for o in OTHER if o[0] == sex])
            else:
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
        if i in self.spec["E"]:
            year = r.randint(1940, 1962)
        elif i in self.spec["K"]:
            year = r.randint(2010, 2021)
        else:
            year = r.randint(1958, 2004)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < 0.8:
            district = "5371%02d" % r.randint(1, 6)
        else:
            district = "53%s%02d" % (
                r.choice(("01", "02", "03", "04", "06", "10", "14")),
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
        full = family + " " + given if order == "cn" else given + " " + family
        gl = given.lower().replace(" ", "")
        fl = family.lower().replace(" ", "")
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{fl}_{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}kpg",
            )
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 160)) + r.choice(("", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor "))
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = full.upper()
        letters = [k for k, ch in enumerate(up) if ch in LETTER_OCR and k > 0 and up[k - 1] != " "]
        if letters:
            k = r.choice(letters)
            ocr = up[:k] + LETTER_OCR[up[k]] + up[k + 1 :]
        else:
            ocr = up
        p = {
            "n": full,
            "N": up,
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "lf": family.lower(),
            "nk": nick,
            "lnk": nick.lower(),
            "No": ocr,
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "mob2": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "umur": str(max(1, 2026 - year)),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "rt": rt,
            "rtq": "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15)),
            "pl": self.plate(),
            "wal": r.choice(WALLETS),
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
                "RT %d/RW %d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "EB", "ED", "EA")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KC", "KD", "BM", "AT", "M")),
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
        return self.fresh(lambda: r.choice(("31", "03", "78")) + self.digits(8))

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 11 * i) % (24 * 60)
        return m // 60, m % 60

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "nk", "lnk", "No", "umur", "bank",
            "rek", "ad", "adr", "rt", "rtq", "pl", "wal",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        for head in ("owa", "scam", "bwa"):  # an office's, a scam's, a business's mobile
            if name.startswith(head):
                return self.write_mobile(self.mobile_raw(), name[len(head) :])
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name.startswith("tr"):
            return self.write_land(self.person(i)["land"], name[2:])
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("bpjs"):
            return self.person(i)["bpjsraw"]
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


def _date(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return fl.rng.choice(("%02d/%02d/%d", "%02d-%02d-%d", "%d/%d/%d")) % (d, fl.month, fl.year)


def _tg(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return "%d %s %d" % (d, MONTHS[fl.month - 1], fl.year)


def _jam(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d.%02d" % (h, m)


def _jamc(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d:%02d" % (h, m)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d.000" % r.choice((25, 35, 50, 75, 100, 150, 200, 250, 300, 450, 500, 750)),
            "%d.%03d.000" % (r.randint(1, 9), r.choice((0, 250, 500, 750))),
        )
    )


def _rpk(fl: Fill, i: int) -> str:
    return "%d.%03d" % (fl.rng.randint(3, 95), fl.rng.choice((0, 500, 0, 0)))


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1997)
    s = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 28), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((s, f"{s[:8]} {s[8:14]} {s[14]} {s[15:]}"))


OTHER_VALUES = {
    # lines that are not a person's
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "otelp": lambda fl, i: fl.write_land(fl.land_raw(), "p"),
    "oteld": lambda fl, i: fl.write_land(fl.land_raw(), "d"),
    "cc": lambda fl, i: (
        fl.rng.choice(("1500 %03d", "1500-%03d", "1500%03d")) % fl.rng.randint(100, 999)
    ),
    "ext": lambda fl, i: str(fl.rng.randint(101, 489)),
    "rekb": lambda fl, i: fl.account(fl.cache.get("{bnk}") or fl.rng.choice(BANKS)),
    "npwpx": lambda fl, i: (
        "%02d.%03d.%03d.%d-%s.000"
        % (
            fl.rng.choice((1, 2, 31, 53, 70, 83)),
            fl.rng.randint(0, 999),
            fl.rng.randint(0, 999),
            fl.rng.randint(0, 9),
            fl.rng.choice(("920", "921", "922")),
        )
    ),
    # look-alikes
    "nip": _nip,
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8)),
    "idpelhp": lambda fl, i: fl.fresh(
        lambda: "62" + fl.rng.choice(("81", "82", "85")) + fl.digits(8)
    ),
    "meter": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("14", "32", "56", "45")) + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "token": lambda fl, i: fl.rng.choice((" ", "-")).join(
        fl.digits(20)[k : k + 4] for k in range(0, 20, 4)
    ),
    "va": lambda fl, i: (
        fl.rng.choice(("8808%s", "88810%s", "7007%s", "39358%s", "8277%s")) % fl.digits(11)
    ),
    "briva": lambda fl, i: "%05d %s" % (fl.rng.randint(10000, 99999), fl.mobile_raw()),
    "billing": lambda fl, i: fl.fresh(
        lambda: "8%d%02d%02d%s" % (fl.year % 100, fl.month, fl.day, fl.digits(8))
    ),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d-%05d", "LAPOR-5371-%d-%02d%03d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "tiketb": lambda fl, i: "%d%02d%02d%s" % (fl.year % 100, fl.month, fl.day, fl.digits(6)),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCDE"), fl.rng.randint(1, 240)),
    "resi": lambda fl, i: fl.rng.choice(("JP", "TKP01", "SPXID0", "JX", "CM")) + fl.digits(10),
    "surat": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("470", "400.12", "460", "900.1", "503", "005")),
            fl.rng.randint(1, 999),
            fl.rng.choice(("DUKCAPIL", "KEL", "DINSOS", "DISDIK", "BPBD", "DINKES", "PEM", "PDAM")),
            fl.year,
        )
    ),
    "kode": lambda fl, i: fl.digits(6),
    "trx": lambda fl, i: fl.fresh(
        lambda: "%d%02d%02d%s" % (fl.year, fl.month, fl.day, fl.digits(8))
    ),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "nop": lambda fl, i: (
        "53.71.%03d.%03d.%03d-%04d.%d"
        % (
            fl.rng.randint(10, 60),
            fl.rng.randint(1, 20),
            fl.rng.randint(1, 99),
            fl.rng.randint(1, 9999),
            fl.rng.randint(0, 7),
        )
    ),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24")) + fl.digits(9),
    "imei": lambda fl, i: "35" + fl.digits(13),
    "tgl": _date,
    "tg": _tg,
    "jam": _jam,
    "jamc": _jamc,
    "rp": _rp,
    "rpk": _rpk,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "kecil": lambda fl, i: str(fl.rng.randint(2, 9)),
    "big": lambda fl, i: str(fl.rng.randint(60, 2400)),
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "dd": lambda fl, i: "%02d/%02d/%d" % (fl.day, fl.month, fl.year),
    "ago": lambda fl, i: fl.rng.choice(
        ("1 j", "2 j", "5 j", "12 mnt", "40 mnt", "1 h", "3 h", "1 mg")
    ),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "rs": lambda fl, i: fl.rng.choice(HOSPITALS),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "office": lambda fl, i: fl.rng.choice(OFFICES),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "grp": lambda fl, i: fl.rng.choice(GROUPS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "wlt": lambda fl, i: fl.rng.choice(WALLETS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 45),
    "rwx": lambda fl, i: "RW %02d" % fl.rng.randint(1, 15),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1:  # {KEL} is {kel} in capitals, the same draw
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|rt\d|perumnas|perum|kompleks|btn|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OoLlISB]", "", seg)):
        return False
    if re.search(r"[^0-9OoLlISB +()\-._•\n]", seg):
        return False
    clean = re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    """The digits of a number, letters read for digits turned back."""
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
        elif kind == "bpjs":
            d = id_digits(seg)
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
            local = AT_FORM.split(seg)[0].strip()
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


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/:]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|bapaknya|kaka laki|nyong|bripka|aiptu|sdr"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|nona|ny|sdri|usi"


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
            r"(?i)\b(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|dia)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    elder = set(E)
    for m in re.finditer(r"(?i)\b(?:oma|opa|lansia)\s*,?\s+\[\[n:\{[A-Za-z]+(\d+)\}", text):
        elder.add(int(m.group(1)))
    spec = {"F": females, "M": males, "K": K, "E": tuple(sorted(elder)), "fam": fam or {}}
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
        return "plain" if re.fullmatch(r"\S+@\S+", seg) else "written to dodge scrapers"
    if kind in ("address", "plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
        return "letters for digits"
    if kind == "phone":
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if "_" in seg or "•" in seg:
            return "underscores or bullets"
        if seg.startswith("("):
            return "mobile with brackets"
        if re.fullmatch(r"\d{2}-\d{2}-\d+", seg):
            return "08-12-… pairs"
        if re.fullmatch(r"\d{4} \d{3} \d+", seg):
            return "odd grouping"
        if re.fullmatch(r"\d+ \d+", seg):
            return "a stray space"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    if kind == "phone":
        if "." in seg:
            return "dots"
        if "-" in seg:
            return "dashes"
        return "spaces"
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
    phoneish = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
                if phone_ok(m.group().strip()):
                    phoneish += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("of them shaped like a mobile or a Kupang line:", phoneish)


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


def marked(r: dict[str, object]) -> str:
    text = r["text"]
    out = []
    pos = 0
    for s in sorted(r["spans"], key=lambda s: s["start"]):
        out.append(text[pos : s["start"]])
        out.append("⟦%s|%s⟧" % (s["kind"], text[s["start"] : s["end"]]))
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("phone", "name"):
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
        k = int(sys.argv[sys.argv.index("--show") + 1])
        for r in random.Random(
            int(sys.argv[-1]) if sys.argv[-1].isdigit() and len(sys.argv) > 3 else 7
        ).sample(records, k):
            print("=" * 20, r["id"], r["style"], r["theme"])
            print(marked(r))


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}/{lf1}
# family name, {nk1}/{lnk1} nickname, {No1} capitals with a digit read for a letter);
# {hp1} the person's mobile in a random writing, or: {hpb1} one block, {hpd1} dashes, {hps1}
# spaces, {hpt1} dots, {hpm1} 4-3-rest, {hph1} 08-12-…, {hpi1}/{hpis1} +62 with separators,
# {hpj1} +62 in one block, {hpk1} 62 in one block (wa.me links), {hpks1} 62 with spaces, {hpu1}
# underscores, {hpw1} bullets, {hpp1} (0812) …, {hpo1} letters for digits, {hpx1} a stray space,
# {hpn1} over a line; {hq1} a second mobile (same writings); {tr1} home landline ({trp1} (0380) …,
# {trd1} 0380-…, {trq1} (0380) 8xx xxx, {trt1} dots); {nik1} {kk1} {bpjs1} {em1} ({emx1} a dodge);
# {bank1}/{rek1} an account; {wal1} an e-wallet; {ad1}/{adr1}/{rt1} home addresses; {umur1}; {pl1}.
# Not a person's: {owa…} office mobiles, {scam…} scam mobiles, {bwa…} business mobiles, {otel…}
# office landlines, {cc} 1500 numbers, {ext} extensions, {rekb} a body's account; look-alikes
# {nip} {nisn} {npsn} {idpel} {idpelhp} {meter} {samb} {token} {va} {briva} {billing} {tiket}
# {tiketb} {antri} {resi} {surat} {kode} {trx} {nikmask} {nop} {kpj} {imei}; figures {tgl} {tg}
# {jam} {jamc} {rp} {rpk} {num} {kecil} {big} {thn} {bln} {hari} {dd} {ago}; places {kel} {kec}
# {pusk} {rs} {school} {office} {shop} {grp} {church} {jl} {jlno} {bnk} {wlt} {rtx} {rwx}.
# A placeholder in capitals ({KEL}, {OWA}) is the same kind of value in capitals.

TEMPLATES: list[tuple] = []

# ---- sms_1708: SMS to 1708, "KOTKUPANG <keluhan>", in capitals and in lower case
TEMPLATES += [
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG AIR PDAM DI [[a:{rt1}]] KEL {kel} SDH 6 HARI TDK JALAN. SY SDH TELP KANTOR PDAM {otel} TP TDK DIANGKAT. MHN DIBANTU. HP SY [[p:{hpb1}]]. TTD [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "utilities",
        """
kotkupang sy [[n:{l1}]] di [[a:{rt1}]] kel {kel}, lampu jalan depan rumah mati 2 minggu. kalau petugas mau cek bisa hub sy [[p:{hp1}]] atau tetangga sy om [[n:{lg2}]] [[p:{hpb2}]]
""",
    ),
    T(
        "sms_1708",
        "security_scams",
        """
KOTKUPANG SY DAPAT SMS DR {scamb} KATANYA SY MENANG UNDIAN RP {rp} DR BANK NTT DAN DISURUH KIRIM KODE {kode}. APA BENAR? MHN INFO
""",
        U=True,
    ),
    T(
        "sms_1708",
        "security_scams",
        """
KOTKUPANG SY TERTIPU JUAL BELI HP LEWAT FB. PENJUAL A.N. [[n:{n1}]] NO WA [[p:{hp1}]], SDH TRANSFER RP {rp} KE REK {bank1} [[b:{rek1}]]. SKRG NOMOR TDK AKTIF. MHN DITINDAK. DR [[n:{g2}]] [[p:{hpb2}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "civil_registry",
        """
kotkupang mau tanya, WA pengaduan dukcapil {owad} itu masih aktif ko? sy sdh kirim pesan 3 hari blm dibalas. kalau bisa tlg hub sy di [[p:{hp1}]] a.n. [[n:{l1}]]
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG MOHON INFO NOMOR CALL CENTER PLN YG BENAR. DI STRUK TOKEN TERTULIS 123, TP DI SPANDUK KANTOR {otel}. ID PEL {idpel} TOKEN {token} TDK MASUK
""",
        U=True,
    ),
    T(
        "sms_1708",
        "security_scams",
        """
kotkupang ada nomor {scam} telpon sy ngaku petugas dinsos, minta foto KTP dan KK utk bansos. itu resmi ka? tiket lapor sy sebelumnya {tiket}
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
KOTKUPANG MAMA SY [[n:{n1}]] (LANSIA {umur1} THN) BLM TERIMA BLT. KALAU PETUGAS MAU DATANG, HUB ANAKNYA [[n:{g2}]] DI [[p:{hpd2}]] KRN MAMA TDK PAKAI HP.
""",
        E=(1,),
        U=True,
    ),
    T(
        "sms_1708",
        "utilities",
        """
kotkupang jalan berlubang di {jl} dekat {school} sdh bikin 2 org jatuh minggu ini. sy tukang ojek yg lewat tiap hari. mhn segera ditambal. wa:[[p:{hpb1}]]
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG SAMPAH DI [[a:{rt1}]] KEL {kel} TDK DIANGKUT 2 MGG. KETUA RT KAMI BPK [[n:{n1}]] SDH LAPOR KE DLHK ({otel}) TP BLM ADA TINDAK LANJUT. NO HP KETUA RT [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "utilities",
        """
kotkupang lampu jalan di {jl} mati total sejak {tgl}. sdh telp dishub {otel} ext {ext}, katanya hub WA UPT PJU {owab}. wa itu jg tdk balas. mohon perhatian
""",
    ),
    T(
        "sms_1708",
        "health",
        """
KOTKUPANG SY [[n:{n1}]] WARGA [[a:{rt1}]] KEL {kel}. KARTU KIS SY TDK AKTIF PADAHAL PBI. NO KARTU [[bpjs:{bpjs1}]]. HP SY [[p:{hpb1}]] / [[p:{hqb1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "health",
        """
kotkupang jadwal posyandu di kel {kel} berubah tp tdk ada info. di grup cuma bilang daftar lewat WA {owa}. antrian sy kemarin {antri}, pulang tdk dilayani. mohon diperjelas
""",
    ),
    T(
        "sms_1708",
        "disaster_donation",
        """
KOTKUPANG MHN BANTUAN, RUMAH SY ROBOH KENA ANGIN {tgl}. SDH LAPOR KE POSKO BPBD {owa} TP BLM DIDATA. [[n:{n1}]] [[p:{hpo1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "civil_registry",
        """
kotkupang sy [[n:{l1}]], pelapor tiket {tiket}. HP sy ganti. nomor lama [[p:{hp1}]] sdh hilang, mohon petugas hub ke nomor baru [[p:{hq1}]]. trims
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG APA BENAR NOMOR PENGADUAN PERUMDA AIR MINUM SDH GANTI? YG LAMA {owab} TDK AKTIF, YG BARU {owab2}. SY SDH KIRIM KE YG BARU 2X TP TDK ADA BALASAN. NO SAMBUNGAN {samb}
""",
        U=True,
    ),
    T(
        "sms_1708",
        "security_scams",
        """
kotkupang sy ditipu org yg jual tabung gas 3 kg lewat FB, nama dia [[n:{l1}]], sy bayar lewat {wlt} ke [[p:{hpb1}]] Rp {rpk}. barang tdk dikirim, nomor diblokir. - [[n:{lg2}]]
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG OJEK DI PANGKALAN DEPAN {pusk} MINTA ONGKOS RP {rpk} PADAHAL DEKAT. NOMOR PANGKALAN {bwab} ADA DI PAPAN. MHN DITERTIBKAN DISHUB
""",
        U=True,
    ),
    T(
        "sms_1708",
        "education",
        """
kotkupang anak sy blm dpt PIP padahal sdh didata sekolah {school}, NISN {nisn}. mohon info. [[n:{lg1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "disaster_donation",
        """
KOTKUPANG KEBAKARAN DI {jl} TADI MALAM, DAMKAR TELAT 1 JAM. SY TELP 112 TDK MASUK, TELP DAMKAR {otel} SIBUK TERUS. TOLONG DIEVALUASI
""",
        U=True,
    ),
    T(
        "sms_1708",
        "utilities",
        """
kotkupang sy anak kos di [[a:{ad1}]], kel {kel}. air sumur kos bau dan kuning. pemilik kos ibu [[n:{g2}]] [[p:{hp2}]] tdk mau urus, bilang lapor saja ke dinas. sy [[n:{lg1}]]
""",
    ),
    T(
        "sms_1708",
        "health",
        """
KOTKUPANG IURAN BPJS MANDIRI SDH SY BAYAR LEWAT BRIVA {briva} TGL {tgl} TP STATUS MASIH MENUNGGAK. NO TRX {trx}. MHN DICEK
""",
        U=True,
    ),
    T(
        "sms_1708",
        "health",
        """
kotkupang mau terima kasih ke bidan [[n:{g1}]] di {pusk} yg bantu istri sy melahirkan jam 2 subuh. dia kasih no pribadi [[p:{hp1}]] utk konsultasi, sangat membantu. salam, [[n:{l2}]]
""",
        F=(1,),
        M=(2,),
    ),
]

# ---- wa_chat: WhatsApp exports, group chats, forwarded broadcasts
TEMPLATES += [
    T(
        "wa_chat",
        "utilities",
        """
[{dd} {jam1}] [[n:{n1}]]: Bapa mama, air tangki dari kelurahan datang besok pagi. Yang mau daftar, WA ke Pak RT [[n:{g2}]] di [[p:{hp2}]] ya
[{dd} {jam2}] [[n:{n3}]]: Sa su daftar. Kalau tangki terlambat, telpon posko air kelurahan {owa} saja
[{dd} {jam3}] mama: ok 🙏
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dd} {jam1}] Grup Jemaat Rayon 4: *Diteruskan*
PENGUMUMAN!! Bantuan PKH tahap 3 sudah cair. Segera kirim foto KTP dan KK ke WA admin PKH {scam} paling lambat {tg}. Kuota terbatas!!
[{dd} {jam2}] Admin Kelurahan: Itu HOAX bapa mama. Info resmi hanya dari kantor kelurahan {otel} atau SMS 1708.
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dd} {jam1}] Staf Dinsos: Ibu, ada laporan dari nomor [[p:{hp1}]] a.n. [[n:{n1}]], lansia di [[a:{rt1}]] Kel. {kel} belum terima BLT.
[{dd} {jam2}] [[n:{n2}]]: Baik, sa hubungi beliau besok pagi. Kalau tidak diangkat sa telp cucunya.
""",
        E=(1,),
    ),
    T(
        "wa_chat",
        "security_scams",
        """
[{dd} {jam1}] {scami}: Selamat siang bapak/ibu, kami dari PLN UP3 Kupang. Tagihan bapak menunggak, silakan transfer ke VA {va} hari ini agar tidak diputus.
[{dd} {jam2}] [[n:{g1}]]: Ini penipu ko? Sa su beli token kemarin, {token}
""",
    ),
    T(
        "wa_chat",
        "education",
        """
[{dd} {jam1}] [[n:{g1}]]: Mama, sa su kirim uang sekolah [[n:{nk3}]] ke {wal2} mama di [[p:{hpb2}]]. Cek dolo
[{dd} {jam2}] Mama: Su masuk nak. Tadi sekolah telpon dari nomor tata usaha {otel}, bilang uang komite naik jadi Rp {rpk}
""",
        F=(2,),
    ),
    T(
        "wa_chat",
        "small_trade",
        """
[{dd} {jam1}] [[n:{n1}]]: Bapa mama, sa buka ojek antar anak sekolah pagi deng siang, Rp {rpk}/minggu. Yang minat WA sa [[p:{hp1}]] 🙏
[{dd} {jam2}] [[n:{n2}]]: Mantap kaka. Pangkalan depan pasar tu nomor {bwa}, dong pung harga mahal
""",
    ),
    T(
        "wa_chat",
        "education",
        """
[{dd} {jam1}] Tata Usaha {school}: Yth. orang tua murid, pengambilan rapor {tg}. Info hubungi tata usaha {otel} atau WA {owa}.
[{dd} {jam2}] [[n:{n1}]]: Baik. Anak sa [[n:{g2}]] sakit, sa ambil rapor hari Senin bisa? Nomor sa [[p:{hp1}]]
""",
        K=(2,),
    ),
    T(
        "wa_chat",
        "health",
        """
[{dd} {jam1}] {pusk}: Jadwal imunisasi balita bulan {bln}: Kamis {tgl}, jam 08.00-11.00. Daftar lewat WA {owa}. Bawa buku KIA.
[{dd} {jam2}] Admin Kelurahan: Warga RT 01 sampai RT 12 harap hadir. Antrian online no. {antri} dst.
""",
    ),
    T(
        "wa_chat",
        "security_scams",
        """
[{dd} {jam1}] [[n:{n1}]]: Hati-hati, ada yang telpon pakai nomor [[p:{hp2}]], mengaku namanya [[n:{g2}]] dari kampung yang sama, pinjam uang Rp {rp}.
[{dd} {jam2}] [[n:{n3}]]: Su lapor ke SPKT Polresta? WA SPKT {owa}
""",
    ),
    T(
        "wa_chat",
        "health",
        """
Dari: [[n:{n1}]] ([[p:{hp1}]])
*Diteruskan*
PENGUMUMAN POSYANDU {KEL}. Penimbangan balita {tg} jam 08.00 di pastori. Info: kader posyandu {owa}.
""",
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{dd} {jam1}] Info Air Bersih {kel}: Jadwal tangki minggu ini: RT 03 Senin, RT 05 Rabu, RT 09 Jumat. Pesan tangki swasta bisa ke {bwa} atau {bwa2}. Harga Rp {rpk}/tangki.
[{dd} {jam2}] grup warga: 👍
""",
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{dd} {jam1}] [[n:{n1}]]: Pak, ini sa pung nomor baru [[p:{hp1}]]. Nomor lama [[p:{hq1}]] su hilang deng HP. Tolong ganti di data KK e
[{dd} {jam2}] Operator Kelurahan: Siap ibu. Untuk perubahan data bawa KK asli ke kantor, antrian {antri}.
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "security_scams",
        """
[{dd} {jam1}] [[n:{n1}]]: Teman-teman, ada nomor {scam} WA beta, ngaku anak kos di rumah. Minta pulsa Rp {rpk}. Jangan percaya e
[{dd} {jam2}] [[n:{n2}]]: Sa juga dapat kemarin dari {scam2}, dua-dua mengaku keluarga
""",
    ),
    T(
        "wa_chat",
        "disaster_donation",
        """
[{dd} {jam1}] [[n:{n1}]]: Info dari posko banjir: yang mau antar bantuan, koordinasi lewat WA posko {owa}. Sa di lokasi, bisa telpon sa langsung [[p:{hp1}]] kalau posko sibuk.
[{dd} {jam2}] [[n:{g2}]]: Siap kaka
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dd} {jam1}] Pendamping PKH {kel}: Bapa mama KPM, pencairan tahap 4 di kantor pos {tg}. Bawa KKS dan KTP. Jangan layani nomor lain yang minta biaya. Nomor resmi pendamping hanya {owa}.
[{dd} {jam2}] [[p:{hpis1}]]: Ibu, kami belum dapat undangan, padahal KKS sudah ada
""",
    ),
    T(
        "wa_chat",
        "small_trade",
        """
[{dd} {jam1}] [[n:{n1}]]: Siapa yang punya nomor tukang tenda? Minggu depan ada syukuran
[{dd} {jam2}] [[n:{n2}]]: Om [[n:{g3}]] ada sewa tenda deng kursi, nomornya [[p:{hp3}]]
[{dd} {jam3}] [[n:{n1}]]: Makasih e. Kalau yang di baliho jalan raya tu {bwa}, katanya mahal
""",
        M=(3,),
    ),
    T(
        "wa_chat",
        "health",
        """
[{dd} {jam1}] [[n:{g1}]]: Kak, IGD {rs} nomor berapa? Oma sesak
[{dd} {jam2}] [[n:{g2}]]: UGD 24 jam {otel}. Atau telpon ambulans 119. Sa otw
""",
    ),
    T(
        "wa_chat",
        "education",
        """
[{dd} {jam1}] Wali Kelas 5B: Bapak ibu, yang belum kumpul fotokopi KK untuk PIP, kirim ke nomor sa saja [[p:{hp1}]] ([[n:{g1}]] wali kelas). NPSN sekolah {npsn}.
[{dd} {jam2}] [[n:{n2}]]: Baik ibu [[n:{g1}]]
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{dd} {jam1}] Dukcapil Kota Kupang: Layanan jemput bola KTP-el di Kantor Camat {kec} {tg}. Antrian online via WA {owa}, format: NAMA#NIK#KEL. Info {otel}.
[{dd} {jam2}] Admin Grup: Diteruskan dari kantor camat 🙏
""",
    ),
    T(
        "wa_chat",
        "security_scams",
        """
[{dd} {jam1}] [[n:{n1}]]: Ada WA dari {scam} pake foto pak lurah, minta transfer Rp {rp} untuk acara HUT kelurahan. Itu bukan pak lurah to?
[{dd} {jam2}] Sekretaris Lurah: Bukan bu. Nomor kantor kelurahan hanya {otel}.
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "small_trade",
        """
[{dd} {jam1}] [[n:{n1}]]: Sapa mau pesan kue cucur deng kue lapis untuk Natal? Sa terima pesanan sampe {tg}. Bayar bisa lewat {wal1} [[p:{hpb1}]] a.n. [[n:{n1}]]
[{dd} {jam2}] [[n:{n2}]]: Sa pesan 2 loyang kak
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{dd} {jam1}] PLN Peduli: Pemadaman bergilir {tg} pukul 09.00-15.00 wilayah {kel}. Info gangguan: PLN 123 / WA {owa}.
[{dd} {jam2}] Admin Grup: Diteruskan dari grup RW 04
""",
    ),
    T(
        "wa_chat",
        "security_scams",
        """
[{dd} {jam1}] [[n:{n1}]]: Nomor [[p:{hp2}]] tu bukan nomor dinas, tapi nomor pribadi pegawai kelurahan, namanya [[n:{n2}]]. Dia yang urus surat pindah sa.
[{dd} {jam2}] [[n:{n3}]]: Oo, beta kira penipu
""",
    ),
]

# ---- social_thread: Facebook group posts and their comment threads
TEMPLATES += [
    T(
        "social_thread",
        "security_scams",
        """
{grp}
Postingan anonim · {ago1}
Hati-hati basodara. Ada yang telpon pakai nomor {scam}, mengaku petugas Dukcapil, minta NIK deng kode OTP. Beta su blokir.
Komentar
kupang_bersuara: Sama, nomor {scam2} juga ngaku dari Dukcapil
Dukcapil Kota Kupang: Selamat siang. Petugas kami tidak pernah meminta OTP. Pengaduan resmi lewat WA {owa} atau datang ke kantor.
""",
    ),
    T(
        "social_thread",
        "small_trade",
        """
{grp}
[[n:{n1}]] · {ago1}
Dijual cepat motor Vario 125 thn 2019, plat [[pl:{pl1}]], pajak hidup, harga Rp 12 jt nego. Hub/WA [[p:{hp1}]] (pemilik langsung, bukan dealer)
Komentar
[[n:{n2}]]: Masih ada kak? Sa di {kel}
Bengkel Motor Setia Jaya: Service berkala di kami saja kak, WA {bwa} 🔧
""",
    ),
    T(
        "social_thread",
        "civil_registry",
        """
{grp}
[[n:{n1}]] · {ago1}
DITEMUKAN dompet coklat di depan {pusk}, isi KTP a.n. [[n:{N2}]] deng kartu ATM. Yang kenal tolong kasi tau, bisa ambil di rumah sa atau telpon [[p:{hp1}]].
Komentar
[[n:{n3}]]: Itu sa pung ipar! Sa su kasi tau dia. Makasih banyak kaka 🙏
""",
    ),
    T(
        "social_thread",
        "civil_registry",
        """
Dukcapil Kota Kupang
{ago1} · 🌏
Layanan cetak KTP-el hari Sabtu {tg} di Mal Pelayanan Publik. Antrian online via WA {owa}. Kuota {big} orang. Pengaduan: SMS 1708 / telp {otel} ext {ext}.
Komentar
opa_naikoten: Yang di kecamatan {kec} kapan?
Dukcapil Kota Kupang: Menyusul ya bapa. Pantau terus info kami 🙏
""",
    ),
    T(
        "social_thread",
        "disaster_donation",
        """
{grp}
[[n:{n1}]] · {ago1}
Mohon doa dan bantuan. Rumah keluarga [[n:{f2}]] di [[a:{adr2}]] habis terbakar tadi subuh. Yang mau bantu pakaian atau sembako, hubungi sa [[p:{hp1}]] atau bapa [[n:{g2}]] langsung [[p:{hp2}]].
Komentar
[[n:{n3}]]: Turut prihatin 😢 Sa antar besok
BPBD Kota Kupang: Tim kami sudah ke lokasi. Posko bantuan {owa}.
""",
        M=(2,),
    ),
    T(
        "social_thread",
        "health",
        """
{grp}
Postingan anonim · {ago1}
Info: apotek di {jl} yang buka 24 jam apa ya? Anak demam tinggi.
Komentar
Apotek Flobamora Sehat: Kami buka 24 jam kak, telp {bwa}
info_kupang_24: Apotek Kimia Farma juga, {otel}
[[n:{n1}]]: Ke IGD {rs} saja kak, UGD 24 jam {otel2}
""",
    ),
    T(
        "social_thread",
        "small_trade",
        """
{grp}
[[n:{n1}]] · {ago1}
Sedia kos putri dekat Undana, {kel}. Kamar mandi dalam, air lancar, Rp {rpk}/bln. Sa pemilik, WA langsung [[p:{hp1}]] ya, jangan lewat calo.
Komentar
Kos Melati Oebufu: Di kami juga ada kak, {bwa}
[[n:{n2}]]: Kak sa su WA 🙏
""",
    ),
    T(
        "social_thread",
        "security_scams",
        """
{grp}
Postingan anonim · {ago1}
Tolong share! Akun FB palsu pake nama Wali Kota minta transfer untuk bantuan rumah ibadah. Nomor yang dipakai {scam}. Rekening yang dikasi {bank1} [[b:{rek1}]] (pemilik belum diketahui).
Komentar
Pemkot Kupang: Itu akun palsu. Laporkan ke SPKT Polresta Kupang Kota {otel}.
""",
    ),
    T(
        "social_thread",
        "utilities",
        """
{grp}
[[n:{n1}]] · {ago1}
Air PDAM di [[a:{rt1}]] {kel} su 2 minggu mati. Telepon kantor {otel} sonde angkat. Sa pung nomor [[p:{hp1}]], kalau ada petugas baca ini tolong telpon.
Komentar
Perumda Air Minum Kota Kupang: Mohon maaf kak. Silakan kirim nomor sambungan ke WA pengaduan kami {owa}.
[[n:{n2}]]: Sama kak, di sini juga 😭
""",
    ),
    T(
        "social_thread",
        "health",
        """
{grp}
[[n:{n1}]] · {ago1}
Terima kasih untuk perawat [[n:{g2}]] di {pusk} yang mau kasi nomor pribadinya [[p:{hp2}]] supaya sa bisa tanya obat mama malam-malam. Petugas begini yang kita butuh 🙏
Komentar
[[n:{n3}]]: Betul, nona [[n:{g2}]] memang baik sekali
""",
        F=(2,),
    ),
    T(
        "social_thread",
        "education",
        """
{school}
{ago1}
PENERIMAAN PESERTA DIDIK BARU {thn}. Pendaftaran online {tg} s.d. {tg2}. Helpdesk: WA {owa} / {owa2} (jam kerja). NPSN {npsn}.
Komentar
mama_ardi: Zonasi {kel} masuk ko?
{school}: Masuk bu, silakan cek di laman dinas
""",
    ),
    T(
        "social_thread",
        "social_aid",
        """
{grp}
[[n:{n1}]] · {ago1}
Sa mau tanya, nomor [[p:{hp2}]] itu benar petugas PKH? Dia bilang namanya [[n:{n2}]] dari Dinas Sosial, mau datang survei rumah. Bapa mama yang kenal tolong info.
Komentar
[[n:{n3}]]: Benar kak, itu pendamping di kelurahan kami
""",
    ),
    T(
        "social_thread",
        "security_scams",
        """
Info Lalu Lintas Kupang
{ago1}
Waspada penipuan tilang online! Ada SMS dari {scamb} berisi link "cek denda tilang". Denda resmi hanya lewat BRIVA, contoh {va}. Kanal resmi: WA Satlantas {owa}.
Komentar
lontar_timur: Sa dapat juga dari {scamb2}
""",
    ),
    T(
        "social_thread",
        "small_trade",
        """
{grp}
[[n:{n1}]] · {ago1}
Terima pesanan se'i babi deng se'i sapi, bisa antar wilayah {kec}. Sa masak sendiri di rumah 😊 Order WA [[p:{hpd1}]] atau DM. Harga Rp {rpk}/kg
Komentar
[[n:{n2}]]: Kak, sa pesan 2 kg untuk hari Minggu
[[n:{n1}]]: Siap kak, sa WA e
""",
    ),
    T(
        "social_thread",
        "utilities",
        """
{grp}
Postingan anonim · {ago1}
Sedot WC di spanduk jalan {jl} tu nomor {bwa}, harga Rp {rp}. Yang lain ada nomor kah? Mahal sekali
Komentar
Sedot WC Berkah Abadi: Kami Rp {rpk} saja kak, WA {bwa2}
kupangkita_: Dinas punya armada juga, tanya DLHK {otel}
""",
    ),
    T(
        "social_thread",
        "disaster_donation",
        """
{grp}
[[n:{n1}]] · {ago1}
Anak sa [[n:{g2}]] ({umur2} thn) belum pulang dari kemarin sore, terakhir main di pantai Oesapa. Pake baju merah. Yang liat tolong telpon sa [[p:{hp1}]] atau bapanya [[p:{hp3}]] 🙏🙏
Komentar
Polsek Kelapa Lima: Kami sudah terima laporan, mohon juga hubungi piket {owa}.
""",
        K=(2,),
    ),
    T(
        "social_thread",
        "social_aid",
        """
{grp}
Postingan anonim · {ago1}
Daftar penerima BLT di kelurahan kok nama-nama orang mampu semua? Sa su tanya ke kantor lurah {otel}, jawabnya tunggu verifikasi. Tiket LAPOR sa {tiket}.
Komentar
warga_kupang_asli: Lapor Ombudsman NTT saja {otel2}
""",
    ),
    T(
        "social_thread",
        "security_scams",
        """
{grp}
[[n:{n1}]] · {ago1}
Tolong bantu viralkan. Sa ditipu orang yang jual HP bekas, nama di rekening [[n:{N2}]], nomor WA dia [[p:{hp2}]]. Sa su transfer Rp {rp} ke {bank2} [[b:{rek2}]]. Barang sonde sampe.
Komentar
[[n:{n3}]]: Lapor polisi kak, bawa bukti transfer
""",
    ),
    T(
        "social_thread",
        "health",
        """
RSUD S.K. Lerik
{ago1}
Mulai {tg}, pendaftaran poli rawat jalan lewat WhatsApp {owa} (chat saja, tidak melayani telepon). Darurat: IGD {otel}. Nomor lama {owa2} tidak aktif lagi.
Komentar
nona_kupang99: Antrian {antri} sa dari jam 6 pagi 😩
""",
    ),
    T(
        "social_thread",
        "utilities",
        """
{grp}
[[n:{n1}]] · {ago1}
Terima kasih Om [[n:{g2}]] sopir tangki yang tetap antar air ke [[a:{rt1}]] walau jalan rusak. Yang butuh air, om punya tangki sendiri, nomornya [[p:{hp2}]] 👍
Komentar
[[n:{n3}]]: Om [[n:{g2}]] mantap
""",
        M=(2,),
    ),
    T(
        "social_thread",
        "education",
        """
{grp}
Postingan anonim · {ago1}
Ada yang dapat SMS dari {scam}: "Selamat! Anak anda terpilih penerima beasiswa KIP Rp 2.400.000. Kirim data ke WA ini"? Itu tipu-tipu to?
Komentar
Dinas Pendidikan Kota Kupang: Benar, itu penipuan. Info PIP resmi di sekolah masing-masing.
""",
    ),
    T(
        "social_thread",
        "small_trade",
        """
{grp}
[[n:{n1}]] · {ago1}
Tenda, kursi deng sound system untuk pesta, sewa murah. Sa pung sendiri bukan usaha besar 😁 Hub [[p:{hp1}]] / [[p:{hq1}]] ([[n:{nk1}]])
Komentar
Toko Bangunan Karya Lontar: Mantap om
[[n:{n2}]]: Om, tanggal {tg} kosong ko?
""",
        M=(1,),
    ),
    T(
        "social_thread",
        "civil_registry",
        """
{grp}
Postingan anonim · {ago1}
KTP-el sa su 8 bulan belum jadi, katanya blangko habis. Nomor resi pengambilan {antri}/{thn}. Telp Dukcapil {otel} sibuk terus.
Komentar
Dukcapil Kota Kupang: Mohon DM nomor resi, kami cek 🙏
""",
    ),
]

# ---- lapor_ticket: SP4N-LAPOR! tickets, the reports and the offices' answers
TEMPLATES += [
    T(
        "lapor_ticket",
        "security_scams",
        """
SP4N-LAPOR! · Tiket #{tiketb}
Pelapor: Dirahasiakan
Judul: Penipuan mengatasnamakan Dinas Sosial
Isi Laporan: Saya ditelpon nomor {scam} yang mengaku staf Dinas Sosial, minta foto KTP dan KK untuk "verifikasi BST". Sebelumnya ada SMS dari {scamb2} dengan isi yang sama.
Status: Diteruskan ke Dinas Sosial Kota Kupang
""",
    ),
    T(
        "lapor_ticket",
        "utilities",
        """
Nomor Laporan: {tiket}
Pelapor: [[n:{n1}]]
Isi Laporan: Meteran air di rumah saya [[a:{adr1}]] berputar padahal air tidak keluar. Tagihan bulan {bln} Rp {rp}. No. sambungan {samb}. HP [[p:{hp1}]].
Tanggapan Perumda Air Minum Kota Kupang ({tgl}): Petugas kami sudah menghubungi Bapak/Ibu di nomor [[p:{hp1}]] dan akan datang mengecek meter. Info lanjut: WA pengaduan {owa}.
""",
    ),
    T(
        "lapor_ticket",
        "health",
        """
SP4N-LAPOR! · {tiket}
Isi Laporan: Kartu KIS ibu saya ditolak di IGD {rs}, katanya tidak aktif. No kartu [[bpjs:{bpjs2}]]. Mohon dibantu. Kontak: [[p:{hp1}]] ([[n:{g1}]], anak)
Tanggapan BPJS Kesehatan Cabang Kupang: Kepesertaan sudah diaktifkan kembali. Untuk pertanyaan lanjut silakan hubungi petugas kami Ibu [[n:{n3}]] di [[p:{hp3}]] atau Care Center 165.
""",
        F=(2, 3),
    ),
    T(
        "lapor_ticket",
        "civil_registry",
        """
SP4N-LAPOR! · Tiket #{tiketb}
Pelapor: Dirahasiakan
Isi Laporan: Sudah 3 bulan akta kelahiran anak belum terbit. Nomor registrasi {surat}. Telepon Dukcapil {otel} tidak diangkat.
Tanggapan Dinas Dukcapil Kota Kupang ({tgl}): Mohon maaf atas keterlambatan. Akta sudah dapat diambil di loket 3. Konfirmasi ke {otel2} atau WA layanan {owa}.
""",
    ),
    T(
        "lapor_ticket",
        "utilities",
        """
Nomor Tiket: {tiket}
Judul: Bengkel las di rumah tetangga bising sampai malam
Isi Laporan: Tetangga saya [[n:{n2}]] membuka bengkel las di rumahnya [[a:{ad2}]], bising sampai jam 11 malam. Sudah ditegur Ketua RT. Nomor dia [[p:{hp2}]] kalau petugas mau panggil. Saya [[n:{n1}]], [[p:{hp1}]].
Status: Diteruskan ke Kelurahan {kel}
""",
    ),
    T(
        "lapor_ticket",
        "security_scams",
        """
SP4N-LAPOR! · {tiket}
Isi Laporan: Saya ditelpon nomor {scam}, katanya dari Bank NTT, rekening saya diblokir dan harus kirim kode OTP. Setelah itu saldo saya hilang Rp {rp}. Sudah lapor ke bank, nomor pengaduan {tiketb}.
Tanggapan Polresta Kupang Kota: Silakan datang ke SPKT dengan membawa bukti. Kontak SPKT {owa}.
""",
    ),
    T(
        "lapor_ticket",
        "education",
        """
Nomor Tiket: {tiket}
Isi Laporan: Panitia perpisahan kelas VI {school} menarik biaya Rp {rpk} per anak. Info pembayaran "WA panitia {owa} / {owa2}". Apakah ini diizinkan?
Tanggapan Dinas Pendidikan Kota Kupang: Pungutan tersebut sedang kami klarifikasi ke kepala sekolah.
""",
    ),
    T(
        "lapor_ticket",
        "social_aid",
        """
SP4N-LAPOR! · Tiket #{tiketb}
Kanal: telepon ke {owaj}
Pelapor: [[n:{n1}]], [[a:{rt1}]] Kel. {kel}
Isi: Bapak saya lansia belum masuk DTKS. Nomor yang bisa dihubungi [[p:{hp1}]] (saya) atau [[p:{hp2}]] (adik saya [[n:{g2}]]).
""",
    ),
    T(
        "lapor_ticket",
        "utilities",
        """
Nomor Tiket: {tiket}
Terlapor: oknum petugas pencatat meter a.n. [[n:{n2}]], HP [[p:{hp2}]]
Isi Laporan: Petugas tersebut minta uang Rp {rpk} supaya tagihan tidak naik. Saya [[n:{n1}]], pelanggan no. {samb}.
Status: Diteruskan ke Perumda Air Minum Kota Kupang
""",
    ),
    T(
        "lapor_ticket",
        "utilities",
        """
SP4N-LAPOR! · {tiket}
Pelapor: Dirahasiakan
Isi Laporan: Token listrik {token} sudah dibeli {tgl} tapi ditolak meter. ID pel {idpelhp}. Call center 123 sibuk, WA PLN {owa} hanya balas otomatis.
Tanggapan PLN UP3 Kupang: Token sudah kami reset, silakan masukkan kode {kode}.
""",
    ),
    T(
        "lapor_ticket",
        "health",
        """
Nomor Laporan: {tiket}
Isi Laporan: Dokter jaga di {pusk} tidak ada di tempat waktu anak saya kejang jam 9 malam. Kami telpon nomor UGD {otel} tidak diangkat. Akhirnya bawa ke {rs}.
Tanggapan Dinas Kesehatan Kota Kupang: Kami sudah memanggil kepala puskesmas. Nomor UGD puskesmas yang aktif 24 jam sekarang {owa}.
""",
    ),
    T(
        "lapor_ticket",
        "disaster_donation",
        """
SP4N-LAPOR! · Tiket #{tiketb}
Pelapor: [[n:{n1}]]
Isi Laporan: Rumah kami di [[a:{adr1}]] rusak kena longsor {tgl}. Sudah didata BPBD tapi bantuan belum ada. Nomor HP saya [[p:{hpn1}]] dan suami [[n:{g2}]] [[p:{hp2}]].
Status: Menunggu tanggapan BPBD Kota Kupang (posko {owa})
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "civil_registry",
        """
Nomor Tiket: {tiket}
Isi Laporan: Ada yang mengaku orang Dukcapil, nama Pak [[n:{n2}]], lewat WA [[p:{hp2}]], janji urus KTP cepat dengan bayar Rp {rpk}. Apakah benar pegawai?
Tanggapan Dinas Dukcapil Kota Kupang: Tidak ada pegawai kami dengan nama tersebut. Layanan resmi tidak dipungut biaya. Pengaduan: {otel}.
""",
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "social_aid",
        """
SP4N-LAPOR! · {tiket}
Pelapor: Dirahasiakan
Isi Laporan: Bansos sembako di {rtx} dibagi tidak merata. Penerima harus daftar lewat WA ketua panitia {owa}, sedangkan yang tidak punya HP tidak dapat.
Tanggapan Kelurahan {kel}: Pendataan ulang dilakukan {tg}. Warga dapat datang langsung ke kantor kelurahan.
""",
    ),
    T(
        "lapor_ticket",
        "education",
        """
Nomor Tiket: {tiket}
Pelapor: [[n:{n1}]]
Isi Laporan: Ijazah anak saya [[n:{g2}]] (NISN {nisn}) ditahan sekolah karena tunggakan uang komite. Saya sudah hubungi wali kelas di [[p:{hp3}]] ([[n:{n3}]]) tapi disuruh ke bendahara. Kontak saya: [[p:{hpt1}]]
""",
        K=(2,),
    ),
    T(
        "lapor_ticket",
        "security_scams",
        """
SP4N-LAPOR! · {tiket}
Isi Laporan: Ada nomor {scam} kirim SMS, katanya dari BRI, minta klik link untuk update data. Nomor lain juga {scamj} dengan pesan sama. Tolong diblokir.
Tanggapan Diskominfo Kota Kupang: Laporan diteruskan ke aduannomor.id dan Polresta.
""",
    ),
    T(
        "lapor_ticket",
        "utilities",
        """
Nomor Tiket: {tiket}
Pelapor: [[n:{n1}]]
Isi Laporan: Pohon tumbang di depan rumah [[a:{ad1}]] menimpa kabel listrik. Sudah telpon PLN 123, katanya tunggu. Sekarang kabel menjuntai. Tolong cepat! HP/WA: [[p:{hp1}]]
Tanggapan DLHK Kota Kupang: Tim penebangan sudah dijadwalkan. Koordinasi lewat {otel}.
""",
    ),
    T(
        "lapor_ticket",
        "health",
        """
SP4N-LAPOR! · Tiket #{tiketb}
Pelapor: Dirahasiakan
Isi Laporan: Antrian BPJS di {rs} sangat panjang, nomor antrian {antri} baru dipanggil jam 2 siang. Pendaftaran online lewat WA {owa} tidak pernah dibalas.
Tanggapan: Terima kasih, laporan sudah diteruskan ke manajemen rumah sakit ({otel}).
""",
    ),
    T(
        "lapor_ticket",
        "small_trade",
        """
Nomor Tiket: {tiket}
Isi Laporan: Saya pedagang kecil di Pasar Oeba, jual sayur. Retribusi ditarik dua kali oleh orang berbeda. Karcis no. {tiketb}. Saya [[n:{n1}]], HP [[p:{hp1}]]. Penagih yang kedua namanya [[n:{g2}]].
Status: Diteruskan ke UPTD Pasar (telp {otel})
""",
    ),
    T(
        "lapor_ticket",
        "social_aid",
        """
SP4N-LAPOR! · {tiket}
Tanggapan Dinas Sosial Kota Kupang ({tgl}): Yth. Pelapor, laporan Bapak tentang BLT sudah kami verifikasi. Untuk informasi lanjut silakan hubungi Seksi Jaminan Sosial telp {otel} / WA {owa} pada jam kerja.
Status: Selesai
""",
    ),
    T(
        "lapor_ticket",
        "utilities",
        """
Nomor Tiket: {tiket}
Pelapor: [[n:{n1}]]
Isi Laporan: Telepon rumah saya [[p:{tr1}]] sudah 2 minggu mati sejak galian kabel di {jl}. Laporan ke Plasa Telkom {otel} belum ditindaklanjuti. Nomor HP [[p:{hp1}]].
""",
    ),
    T(
        "lapor_ticket",
        "security_scams",
        """
SP4N-LAPOR! · Tiket #{tiketb}
Pelapor: Dirahasiakan
Isi Laporan: Ada nomor {scam} mengaku dari kantor PinjamCepat88, menagih utang yang saya tidak pernah pinjam, pakai foto KTP orang lain ({nikmask}). Nomor {scam2} juga, dua-dua mengaku debt collector resmi.
""",
    ),
    T(
        "lapor_ticket",
        "civil_registry",
        """
Nomor Tiket: {tiket}
Isi Laporan: Nama saya di KK tertulis salah. Saya sudah ke kelurahan, disuruh ke Dukcapil. Mohon dibantu. [[n:{n1}]], [[a:{rt1}]], HP [[p:{hpx1}]]
Tanggapan Dinas Dukcapil Kota Kupang: Silakan datang ke loket perubahan data membawa dokumen pendukung. Nomor antrian online bisa didapat lewat WA {owa}.
""",
    ),
]

# ---- call_centre: call-centre notes, logs and written-out calls
TEMPLATES += [
    T(
        "call_centre",
        "utilities",
        """
Catatan call center Unit Pengaduan Kasih, {dd} {jam1}
Penelepon: [[n:{n1}]] ([[p:{hp1}]]), warga [[a:{rt1}]] Kel. {kel}
Keluhan: air PDAM mati 5 hari. Sudah telpon PDAM {otel} tidak diangkat.
Tindak lanjut: diteruskan ke WA pengaduan PDAM {owa}.
""",
    ),
    T(
        "call_centre",
        "security_scams",
        """
Petugas: Unit Pengaduan Kasih, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Pak, sa dapat telpon dari nomor {scam}, dia bilang dari Bapenda, suruh bayar PBB lewat DANA {scamb2}.
Petugas: Itu penipuan bu. Bapenda tidak pernah minta bayar lewat e-wallet. Pembayaran PBB hanya dengan kode billing, contoh {billing}.
Penelepon: Baik pak, terima kasih.
""",
    ),
    T(
        "call_centre",
        "health",
        """
Petugas: Call center 112 Kota Kupang, ada yang bisa dibantu?
Penelepon: Tolong, bapa sa jatuh di kamar mandi, sonde bisa bangun.
Petugas: Atas nama?
Penelepon: [[n:{n1}]]. Alamat [[a:{adr1}]], Kel. {kel}.
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]], ini nomor sa, anaknya.
Petugas: Ambulans dari {pusk} segera meluncur.
""",
    ),
    T(
        "call_centre",
        "utilities",
        """
LOG PANGGILAN CALL CENTER {dd}
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | lampu jalan mati {jl}
{jam2} | penelepon tidak sebut nama | [[p:{hpb3}]] | tanya jadwal sampah
{jam3} | Komite Sekolah {school} | {owa} | minta data PIP
{jam4} | [[n:{n2}]] | [[p:{hp2}]] | air keruh [[a:{rt2}]]
""",
    ),
    T(
        "call_centre",
        "utilities",
        """
Petugas: PLN UP3 Kupang, selamat siang.
Penelepon: Siang. Listrik di rumah mati dari pagi.
Petugas: ID pelanggan PLN bapak?
Penelepon: {idpelhp}.
Petugas: Baik, gangguan sudah tercatat nomor {tiket}. Petugas lapangan akan menghubungi nomor yang terdaftar.
""",
    ),
    T(
        "call_centre",
        "security_scams",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{hp1}]]) melaporkan ada yang telpon pakai nomor [[p:{hp2}]] a.n. [[n:{n2}]] (sesuai nama di rekening {bank2} [[b:{rek2}]]), mengaku keluarga dari kampung dan pinjam uang Rp {rp}. Sudah diarahkan ke SPKT.
""",
    ),
    T(
        "call_centre",
        "social_aid",
        """
Petugas: Dinas Sosial, dengan [[n:{g1}]], ada yang bisa dibantu?
Penelepon: Ibu, sa mau tanya bansos lansia. Sa su daftar di kelurahan tapi belum dapat.
Petugas: Boleh ibu hubungi pendamping wilayah di {owa}? Atau datang ke kantor, Jl. Timor Raya.
Penelepon: Baik, ibu.
""",
        F=(1,),
    ),
    T(
        "call_centre",
        "civil_registry",
        """
Catatan call center: penelepon [[n:{n1}]] (telp rumah [[p:{trq1}]]), lansia, minta layanan KTP-el di rumah karena stroke. Anak yang bisa dihubungi: [[n:{g2}]] [[p:{hp2}]]. Diteruskan ke Dukcapil (Koordinasi lewat {otel}).
""",
        E=(1,),
    ),
    T(
        "call_centre",
        "utilities",
        """
Petugas: Perumda Air Minum, selamat pagi.
Penelepon: Pagi. Air sonde jalan tiga hari.
Petugas: Nomor sambungan bapak?
Penelepon: {samb}.
Petugas: Di wilayah itu ada perbaikan pipa. Info lanjut bisa ke WA pengaduan {owa}.
""",
    ),
    T(
        "call_centre",
        "health",
        """
LOG TELEPON MASUK - IGD {pusk} - {dd}
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | anak demam tinggi, disarankan datang
{jam2} | RSUD (rujukan) | {otel} | konfirmasi kamar
{jam3} | [[n:{l2}]] | [[p:{hpb2}]] | tanya jadwal dokter gigi
""",
    ),
    T(
        "call_centre",
        "security_scams",
        """
Petugas: Unit Pengaduan Kasih.
Penelepon: Pak, nomor {scam} kirim WA pake foto pak lurah, minta pulsa. Itu bukan nomor lurah to?
Petugas: Bukan bu. Itu penipuan. Nomor kantor kelurahan {otel}. Jangan layani.
""",
    ),
    T(
        "call_centre",
        "social_aid",
        """
Catatan call center: penelepon Pak [[n:{n1}]], lansia, warga [[a:{rt1}]] Kel. {kel}. Tidak punya HP, nomor yang bisa dihubungi milik tetangga, Ibu [[n:{n2}]] [[p:{hp2}]]. Keluhan: beras bansos belum dibagi 2 bulan.
""",
        E=(1,),
    ),
    T(
        "call_centre",
        "education",
        """
Petugas: Dinas Pendidikan, selamat siang.
Penelepon: Siang. Sa mau tanya PPDB, helpdesk sekolah {owa} sonde balas.
Petugas: Bisa kirim nama sekolah dan nomor pendaftaran?
Penelepon: {school}, nomor pendaftaran {tiketb}.
Petugas: Baik, nanti kami teruskan. Atau bisa ke helpdesk dinas {otel} ext {ext}.
""",
    ),
    T(
        "call_centre",
        "disaster_donation",
        """
Pusdalops BPBD - catatan {dd} {jam1}
Pelapor: [[n:{n1}]], [[p:{hp1}]]
Kejadian: atap rumah [[n:{n2}]] (tetangga pelapor) di [[a:{ad2}]] terbang kena angin. Tidak ada korban.
Tindak lanjut: tim reaksi cepat, koordinasi {owa}.
""",
    ),
    T(
        "call_centre",
        "utilities",
        """
REKAP KANAL PENGADUAN MINGGU INI
Telepon {otel}: {num} laporan
WA {owa}: {num2} laporan
SMS 1708: {big} laporan
Email / LAPOR!: {kecil} laporan
""",
    ),
    T(
        "call_centre",
        "security_scams",
        """
Petugas: Ibu, nomor yang telpon ibu tadi berapa?
Pelapor: {scam}, bapak. Dia bilang dari J&T, paket saya tertahan, suruh transfer ke DANA {scamb2}.
Petugas: Baik, kami catat. Nomor kami untuk perkembangan kasus: {owa}.
Pelapor: Nomor kami [[p:{hp1}]], bapak.
""",
    ),
    T(
        "call_centre",
        "health",
        """
Catatan call center: penelepon [[n:{l1}]] (tdk sebut marga), [[p:{hp1}]], mengeluh antrian BPJS di {rs}. Nomor antrian {antri}. Disarankan hubungi petugas BPJS SATU di {owa}.
""",
    ),
    T(
        "call_centre",
        "civil_registry",
        """
Petugas: Dukcapil, selamat pagi.
Penelepon: Pagi ibu, ini [[n:{n1}]]. Sa mau tanya KIA anak.
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]], bisa WA juga.
Petugas: Baik. Silakan ke loket 2 membawa KK. Nomor antrian ambil online di {owa}.
""",
    ),
    T(
        "call_centre",
        "utilities",
        """
Petugas: Silakan ke Dinas Perhubungan di {otel}, itu bukan kewenangan kami.
Penelepon: Su telpon ke situ, sibuk terus.
Petugas: Kalau begitu coba WA UPT Parkir {owa}. Nomor laporan bapak {tiket}.
""",
    ),
    T(
        "call_centre",
        "small_trade",
        """
Catatan call center: penelepon [[n:{n1}]], pedagang kue di Pasar Kasih, [[p:{hp1}]]. Lapak digusur tanpa pemberitahuan. Minta dihubungkan ke UPTD Pasar ({otel}); dirujuk ke Kepala UPTD, Bapak [[n:{n2}]] ([[p:{hp2}]]).
""",
        M=(2,),
    ),
    T(
        "call_centre",
        "security_scams",
        """
LOG ADUAN NOMOR PENIPU - {dd}
No | Nomor pelaku | Mengaku sebagai | Kerugian
1 | {scam} | petugas PLN | Rp {rp}
2 | {scamj} | admin Kemensos | -
3 | {scamb} | kurir J&T | Rp {rpk}
""",
    ),
    T(
        "call_centre",
        "social_aid",
        """
Petugas: Nama pendamping yang datang ke rumah ibu?
Penelepon: Ibu [[n:{n2}]], dia kasi nomor [[p:{hp2}]]. Tapi katanya sa harus bayar Rp {rpk} untuk daftar PKH.
Petugas: Pendaftaran PKH tidak dipungut biaya. Kami catat, nomor laporan {tiket}.
""",
        F=(2,),
    ),
]

# ---- classified: small adverts, people selling from their own phone and businesses
TEMPLATES += [
    T(
        "classified",
        "small_trade",
        """
Terima pesanan kue lapis, kue cucur, bolu pandan untuk acara syukuran, pesta, arisan 🎂 Buatan rumah, harga bersahabat. WA [[p:{hp1}]] (Mama [[n:{g1}]], {kel})
""",
    ),
    T(
        "classified",
        "small_trade",
        """
CATERING SARI TIMOR terima pesanan nasi kotak, prasmanan, snack rapat kantor. Min. order {num} kotak. Pesan di WA {bwa} atau telp {otel}. Alamat {jlno}, buka Senin-Sabtu 08.00-20.00.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Sa [[n:{n1}]], ojek langganan antar jemput anak sekolah wilayah {kec}, sudah 5 tahun. Aman, ada jas hujan 😊 Hub/WA [[p:{hpd1}]]. Motor [[pl:{pl1}]].
""",
        M=(1,),
    ),
    T(
        "classified",
        "small_trade",
        """
RENTAL MOBIL FLOBAMOR JAYA
Avanza lepas kunci Rp350.000/hari, Innova + sopir Rp {rpk}/hari. Hub: {bwa} / {bwa2}. Melayani antar bandara El Tari.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Papan di pagar: "KOS PUTRA {KEL} – KAMAR KOSONG 2 – HUB [[p:{hpb1}]] (IBU [[n:{G1}]])". Harga Rp {rpk}/bln, air PDAM + listrik token sendiri.
""",
        F=(1,),
    ),
    T(
        "classified",
        "small_trade",
        """
KOS GRIYA {KEL} – TERIMA PUTRI – HUB {bwab}
Fasilitas: kasur, lemari, wifi. Token listrik sendiri. Pembayaran ke rekening usaha {bnk} {rekb}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Sewa tenda (4x6), kursi plastik 100 buah, terpal. Sa pung sendiri, bisa antar pasang. Wilayah Kota Kupang. Om [[n:{g1}]] [[p:{hp1}]] / [[p:{hq1}]]
""",
        M=(1,),
    ),
    T(
        "classified",
        "education",
        """
LOWONGAN: Dibutuhkan 2 sopir truk dan 1 admin gudang untuk CV Timor Karya. Kirim lamaran ke WA {owa} (HRD) atau email rekrutmen.cvtimorkarya@gmail.com paling lambat {tg}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Dijual tanah {num}x{num2} m², SHM, di {kel} dekat jalan aspal. Harga Rp {big} jt nego. Hub pemilik langsung [[n:{n1}]] [[p:{hp1}]] atau [[p:{hq1}]]. NOP {nop} (PBB lunas).
""",
    ),
    T(
        "classified",
        "small_trade",
        """
DICARI anjing hilang, warna hitam putih, nama Blacky, hilang sekitar {kel} hari {hari}. Yang menemukan hub [[p:{hp1}]] ([[n:{lg1}]]), ada imbalan Rp {rpk}.
""",
    ),
    T(
        "classified",
        "education",
        """
Les privat matematika & IPA SD-SMP, datang ke rumah. Sa guru honor di {school}, berpengalaman 6 thn. WA [[p:{hp1}]] (kak [[n:{g1}]])
""",
    ),
    T(
        "classified",
        "small_trade",
        """
SERVICE AC DINGIN SELALU – cuci AC Rp {rpk}, isi freon, bongkar pasang. Garansi 1 bln. Telp/WA {bwa}. Workshop {jlno}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Bengkel Las Karya Baru siap terima pesanan pagar, teralis, kanopi. Hubungi kami di {bwa}. Survei gratis wilayah {kec}, DP mulai Rp {rpk}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Toko kelontong di rumah sa, {kel}, sedia beras, minyak, gas 3 kg, pulsa. Bisa pesan antar dekat-dekat. Sa pemilik, HP [[p:{hp1}]] ([[n:{g1}]]). Buka jam 6 pagi - 10 malam.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Terima borongan cat rumah, pasang keramik, perbaikan atap bocor. Tukang berpengalaman, harga bisa bicara. Hub Om [[n:{n1}]] [[p:{hpt1}]]
""",
    ),
    T(
        "classified",
        "small_trade",
        """
LAUNDRY HARUM LILIBA – kiloan Rp {rpk}/kg, express 6 jam. Antar jemput gratis min. 5 kg. Order WA {bwa}. Nota no. {tiketb}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Dijual HP Samsung A14 bekas pakai sendiri, mulus, lengkap dus deng nota. IMEI {imei}. Harga Rp {rp}. Minat hub [[p:{hpm1}]], COD wilayah {kel}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Dijual babi potong, berat ±{big} kg, pelihara sendiri. Cocok untuk pesta. Harga nego. Hub [[n:{n1}]] di [[p:{hp1}]], {kel}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
FOTOKOPI TIGA PUTRA - cetak pas foto, laminating, print warna, jilid skripsi. WA {bwa}. {jlno}, buka 07.00-21.00. Melayani transfer ke rekening usaha {bnk} {rekb}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
TRAVEL TIMOR INDAH Kupang–SoE–Kefa PP tiap hari, jemput di rumah. Telp travel {bwa} / {bwa2}. Tiket Rp {rpk}. Kode booking contoh {tiketb}.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Sewa kamar bulanan di rumah sa [[a:{ad1}]], Kel. {kel}, cocok untuk mahasiswa atau pekerja. Rp {rpk}/bln. Hub [[n:{n1}]] [[p:{hp1}]]
""",
    ),
    T(
        "classified",
        "small_trade",
        """
PANGKALAN LPG 3 KG RESMI PERTAMINA – {kel}. HET Rp {rpk}. Wajib bawa KTP ({nikmask} dicatat). Info stok: {bwa}. Kuota hari ini {big} tabung.
""",
    ),
    T(
        "classified",
        "small_trade",
        """
Dijual motor Beat thn 2020, warna hitam, plat [[pl:{pl1}]], surat lengkap, pajak hidup sampai {bln} {thn}. Harga Rp 11 jt. Alasan jual: butuh uang sekolah anak. Hub [[p:{hp1}]] ([[n:{lg1}]])
""",
    ),
]

# ---- letter_form: letters, forms and their signature blocks
TEMPLATES += [
    T(
        "letter_form",
        "social_aid",
        """
SURAT PENGANTAR
Nomor: {surat}
Yang bertanda tangan di bawah ini Ketua {rtx} {rwx} Kelurahan {kel} menerangkan bahwa:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{adr1}]]
No. HP : [[p:{hp1}]]
adalah benar warga kami yang tergolong tidak mampu.
Ketua RT,
[[n:{n2}]]
HP [[p:{hp2}]]
""",
    ),
    T(
        "letter_form",
        "utilities",
        """
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KUPANG
{jlno}, Telp. {otel}, WA {owa}
Nomor: {surat}
Perihal: Pemberitahuan perbaikan jalan
Diberitahukan kepada warga bahwa perbaikan ruas {jl} dilaksanakan {tg} s.d. {tg2}. Pengaduan selama pekerjaan: Seksi Jalan telp {otel2} / WA {owa2}.
""",
    ),
    T(
        "letter_form",
        "civil_registry",
        """
FORMULIR PENGADUAN LAYANAN
Nama Pelapor : [[n:{n1}]]
Alamat : [[a:{adr1}]], Kel. {kel}
Telp rumah : [[p:{tr1}]]
HP / WA : [[p:{hp1}]]
Isi pengaduan : Perubahan data KK belum selesai sejak {tgl}. Sudah konfirmasi ke nomor layanan {owa} tapi belum ada jawaban.
""",
    ),
    T(
        "letter_form",
        "education",
        """
Tata Usaha {school}
{jlno}
Telp. {otel}
WA {owa}
NPSN {npsn}
Kepada Yth. Orang tua/wali murid kelas IX. Pembayaran uang ujian paling lambat {tg} melalui rekening sekolah {bnk} {rekb} a.n. {school}.
""",
    ),
    T(
        "letter_form",
        "social_aid",
        """
Kepada Yth. Lurah {kel}
di tempat
Dengan hormat, saya yang bertanda tangan di bawah ini [[n:{n1}]], warga [[a:{rt1}]], mengajukan permohonan bantuan bedah rumah. Rumah saya sudah retak dan bocor. Bila perlu survei, saya bisa dihubungi di [[p:{hp1}]] atau melalui anak saya [[n:{g2}]] [[p:{hp2}]].
Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "letter_form",
        "disaster_donation",
        """
BADAN PENANGGULANGAN BENCANA DAERAH KOTA KUPANG
Nomor: {surat}
Sifat: Segera
Posko siaga banjir dibuka 24 jam mulai {tg}. Laporan kejadian: Pusdalops {otel} / WA {owa}. Koordinasi logistik: Bidang Darurat {owa2} (bukan nomor pribadi).
""",
    ),
    T(
        "letter_form",
        "health",
        """
SURAT KETERANGAN
Nomor: {surat}
Kepala {pusk} menerangkan bahwa pasien a.n. [[n:{n1}]], umur {umur1} tahun, alamat [[a:{adr1}]], telah menjalani perawatan pada {tgl}. Keluarga pasien yang dapat dihubungi: [[n:{n2}]] ([[p:{hp2}]]).
Kontak puskesmas: {otel}
""",
    ),
    T(
        "letter_form",
        "utilities",
        """
PERMOHONAN SAMBUNGAN BARU
Nama Pemohon : [[n:{n1}]]
Alamat Pemasangan : [[a:{ad1}]], Kel. {kel}
No. HP Pemohon : [[p:{hp1}]]
No. HP lain (keluarga) : [[p:{hp2}]]
No. Registrasi : {tiket}
Biaya pendaftaran dibayar ke VA {va}. Informasi: {otel}.
""",
    ),
    T(
        "letter_form",
        "education",
        """
Hormat kami,
Komite {school}
Telp. {owa}
Email: komite.sekolah.kupang@gmail.com
Rekening komite {bnk} {rekb}
""",
    ),
    T(
        "letter_form",
        "small_trade",
        """
FORMULIR PENDAFTARAN USAHA MIKRO
Nama Pemilik : [[n:{n1}]]
NIK : [[nik:{nik1}]]
HP Pemilik : [[p:{hp1}]]
Nama Usaha : Warung Se'i Timor Rasa
Telp usaha : {bwa}
Alamat Usaha : {jlno}
""",
    ),
    T(
        "letter_form",
        "civil_registry",
        """
KELURAHAN {KEL}
Nomor: {surat}
Pengumuman: Nomor layanan kantor kelurahan berubah. Nomor lama: {owa}. Nomor baru: telp {otel} / WA {owa2}. Jam pelayanan 08.00-15.00.
""",
    ),
    T(
        "letter_form",
        "social_aid",
        """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]], NIK [[nik:{nik1}]], HP [[p:{hp1}]]
memberi kuasa kepada:
Nama : [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]]
untuk mengambil bantuan sembako tahap {kecil} di kantor pos, karena pemberi kuasa sakit.
""",
    ),
    T(
        "letter_form",
        "health",
        """
Seksi Pelayanan Kesehatan
Dinas Kesehatan Kota Kupang
Telp. {otel}    WA {owa}
Email: yankes.dinkeskupang@gmail.com
Nomor: {surat}
""",
    ),
    T(
        "letter_form",
        "security_scams",
        """
SURAT TANDA PENERIMAAN LAPORAN
Nomor: STPL/{num}/{bln}/{thn}/SPKT
Telah terima laporan dari: [[n:{n1}]], HP [[p:{hp1}]]
Terlapor: pemilik nomor [[p:{hp2}]] yang mengaku bernama [[n:{n2}]], pemilik rekening {bank2} [[b:{rek2}]].
Kerugian: Rp {rp}
""",
    ),
    T(
        "letter_form",
        "utilities",
        """
Kepada Yth. Direktur Perumda Air Minum Kota Kupang
Kami warga RT 07 sampai RT 12 Kelurahan {kel} mengeluhkan air tidak mengalir sejak {tgl}. Sudah beberapa kali menghubungi {otel} dan WA pengaduan {owa}.
Hormat kami,
Warga RT 07 - RT 12
""",
    ),
    T(
        "letter_form",
        "education",
        """
SURAT PERNYATAAN ORANG TUA
Saya [[n:{n1}]], orang tua dari [[n:{g2}]] (NISN {nisn}), menyatakan bersedia mengikuti aturan sekolah. Nomor HP orang tua: [[p:{hp1}]] / [[p:{hq1}]]. Email: [[e:{em1}]].
Kupang, {tg}
[[n:{n1}]]
""",
        K=(2,),
    ),
    T(
        "letter_form",
        "social_aid",
        """
Hormat kami,
Pengurus
Koperasi Simpan Pinjam Sehati {kel}
Telp. {owa}
NPWP {npwpx}
""",
    ),
    T(
        "letter_form",
        "civil_registry",
        """
FORMULIR F-1.02
Nama Lengkap : [[N:{N1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Alamat : [[a:{adr1}]]
No. Telp/HP : [[p:{hp1}]]
No. rumah : [[p:{trd1}]]
Email : [[e:{em1}]]
""",
    ),
    T(
        "letter_form",
        "health",
        """
Undangan Vaksinasi Lansia
Kepada Yth. Bapak/Ibu lansia warga {rtx}. Vaksinasi dilaksanakan {tg} di pastori {church}. Pendaftaran: kader posyandu WA {owa}. Info: {pusk} {otel}.
""",
    ),
    T(
        "letter_form",
        "disaster_donation",
        """
Kepada Yth. Kepala BPBD Kota Kupang
Perihal: Permohonan bantuan korban angin puting beliung
Kami melaporkan rumah milik: 1. [[n:{n1}]] ([[a:{rt1}]]), HP [[p:{hp1}]]; 2. [[n:{n2}]] ([[a:{rt2}]]), HP [[p:{hp2}]], rusak berat pada {tgl}.
Ketua RT, [[n:{n3}]] (HP [[p:{hp3}]])
""",
    ),
    T(
        "letter_form",
        "small_trade",
        """
KOP: UD SUMBER REJEKI TIMOR
{jlno}, Kupang. Telp {otel}, HP {bwa}
Nomor: {num}/UD-SRT/{thn}
Kepada Yth. Kepala Dinas Koperasi dan UKM. Dengan hormat, bersama ini kami sampaikan laporan kegiatan usaha tahun {thn}.
""",
    ),
    T(
        "letter_form",
        "civil_registry",
        """
Lampiran: Data Pemohon Pindah
Nama : [[n:{n1}]]
Alamat asal : [[a:{adr1}]], Kel. {kel}
Alamat tujuan : Desa Oelnasi, Kab. Kupang
No. HP : [[p:{hpd1}]]
Nomor SKPWNI : {surat}
""",
    ),
]

# ---- ocr_scan: posters, banners, stickers, receipts and slips as a scanner reads them
TEMPLATES += [
    T(
        "ocr_scan",
        "small_trade",
        """
T0KO BANGUNAN KARYA L0NTAR
{JLNO} KUPANG
TELP/WA {bwao}
NPWP : {npwpx}
--------------------------------
SEMEN TIGA RODA 50KG  2 x {rpk}
PAKU 5CM 1KG          1 x {rpk2}
No. Nota : {tiketb}   Kasir : 02
""",
    ),
    T(
        "ocr_scan",
        "disaster_donation",
        """
D I C A R I
0RANG HILANG
Nama : [[n:{No1}]]
Umur : {umur1} thn
Terakhir terlihat di Pasar 0eba {tgl}
Bagi yang melihat harap hub. keluarga:
[[p:{hpo2}]] ([[n:{G2}]])
atau Polsek terdekat / 110
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
SED0T WC BERKAH ABADI
MURAH - CEPAT - BERSIH
HUB : {bwao}
{BWA}
MELAYANI SELURUH KOTA KUPANG
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
P0SYANDU MAWAR {KEL}
JADWAL PENIMBANGAN: SETIAP TGL {kecil}
Kader : [[n:{N1}]] [[p:{hpo1}]]
Kader : [[n:{N2}]] [[p:{hpx2}]]
BAWA BUKU KIA
""",
        F=(1, 2),
    ),
    T(
        "ocr_scan",
        "small_trade",
        """
APOTEK FL0BAMORA SEHAT
{JLNO}
Telp. {otel}  WA {bwab}
Tgl: {tgl}  {jamc}
Paracetamol 500mg  {rpk}
Member : [[p:{hpb1}]]
TOTAL  {rpk2}
TERIMA KASIH
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
SPANDUK KELURAHAN {KEL}
LAYANAN ADMINDUK KELILING
{TG}
HUB. PETUGAS : {owao}
PENGADUAN : SMS 1708
JANGAN PERCAYA CALO!
""",
    ),
    T(
        "ocr_scan",
        "small_trade",
        """
KOS PUTRI BERKAT
TERIMA KOST BULANAN
HUB. [[p:{hpo1}]]
(IBU [[n:{G1}]])
""",
        F=(1,),
    ),
    T(
        "ocr_scan",
        "utilities",
        """
STRUK PEMBELIAN LISTRIK PRABAYAR
ID PEL      : {idpel}
N0 METER    : {meter}
NAMA        : [[n:{N1}]]
TARIF/DAYA  : R1/900VA
RP BAYAR    : {rpk}
STROOM/TOKEN: {token}
INFO HUB 123
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
PENGUMUMAN
PENYALURAN BANTUAN BERAS
DI KANT0R KELURAHAN {KEL}
{TG} JAM 08.00
INFO: {owao} / {owa2}
KUOTA {big} KPM
""",
    ),
    T(
        "ocr_scan",
        "security_scams",
        """
Screenshot_{thn}{kecil}12-0914.jpg
[teks terbaca]
{scamj}
Selamat! Nomor anda terpilih mendapat hadiah Rp {rp} dari program BANSOS. Klaim hadiah hub admin {scamb2}.
""",
    ),
    T(
        "ocr_scan",
        "small_trade",
        """
BUKTI TRANSFER
{bank1} mobile
Tgl {tgl} {jamc}
Ke     : [[n:{N1}]]
Rek    : [[b:{rek1}]]
Jumlah : Rp {rp}
Berita : bayar kue pesta
No. Ref: {trx}
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
KARTU BER0BAT
{PUSK}
No. RM : {tiketb}
Nama   : [[n:{No1}]]
Alamat : [[a:{AD1}]]
No. HP : [[p:{hpo1}]]
Telp Puskesmas: {otel}
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
STIKER DI TIANG LISTRIK
SEDOT WC / TINJA
0BSERVASI GRATIS
{bwao}
PDAM GANGGUAN? HUB {owa}
""",
    ),
    T(
        "ocr_scan",
        "small_trade",
        """
NOTA
Sewa tenda & kursi
Penyewa : [[n:{N1}]]
HP : [[p:{hpn1}]]
Tgl pakai : {tgl}
DP : Rp {rpk}
Pemilik : [[n:{N2}]] [[p:{hp2}]]
""",
    ),
    T(
        "ocr_scan",
        "education",
        """
BR0SUR PPDB {SCHOOL}
TAHUN AJARAN BARU
NPSN {npsn}
PENDAFTARAN: {tg}
HELPDESK: {owao} (JAM KERJA)
TELP TU: {otel}
""",
    ),
    T(
        "ocr_scan",
        "disaster_donation",
        """
MARI BERBAGI
Penggalangan dana untuk keluarga korban kebakaran di {kel}
Transfer ke {bank1} [[b:{rek1}]] a.n. [[n:{N1}]] (istri korban)
Konfirmasi: [[p:{hpo1}]] ([[n:{G1}]])
""",
        F=(1,),
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
KWITANSI
Sudah terima dari : Dinas Sosial Kota Kupang
Uang sejumlah : Rp {rp}
Untuk : bantuan lansia tahap {kecil}
Penerima : [[n:{N1}]]
NIK : [[nik:{niko1}]]
HP : [[p:{hpo1}]]
""",
        E=(1,),
    ),
    T(
        "ocr_scan",
        "utilities",
        """
STRUK PEMBAYARAN AIR
PERUMDA AIR MINUM KOTA KUPANG
N0. SAMB : {samb}
PERIODE : {bln} {thn}
TAGIHAN : Rp {rpk}
L0KET : {kecil}   No. {tiketb}
Pengaduan: {otel} / WA {owao}
""",
    ),
    T(
        "ocr_scan",
        "security_scams",
        """
BUKTI TRANSFER (dari pelapor)
Tujuan : {bnk}
No. Rek : {rekb}
Nama Tujuan : KOPERASI SEJAHTERA MANDIRI JAYA
Jumlah : Rp {rp}
Ref : {trx}
""",
    ),
    T(
        "ocr_scan",
        "small_trade",
        """
BANNER DI DEPAN RUMAH
JUAL IKAN SEGAR & SE'I
PESAN ANTAR
HUB [[p:{hpo1}]] / [[p:{hqo1}]]
(MAMA [[n:{G1}]])
""",
        F=(1,),
    ),
    T(
        "ocr_scan",
        "health",
        """
PEMBERITAHUAN
{PUSK}
P0LI UMUM TUTUP {TG}
PASIEN DARURAT HUB UGD {otel}
ATAU AMBULANS {owao}
""",
    ),
    T(
        "ocr_scan",
        "civil_registry",
        """
SLIP ANTRIAN DUKCAPIL
No. Antrian : {antri}
Layanan : Perekaman KTP-el
Tgl : {tgl}  {jamc}
Kode booking : {kode}
Info WA {owao}
""",
    ),
]

# ---- kupang_malay: complaints and messages in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "utilities",
        """
Selamat sore bapa ibu di Unit Pengaduan. Beta [[n:{n1}]] dari [[a:{rt1}]] {kel}. Air su sonde jalan satu minggu, beta su telpon PDAM pung nomor {otel} ma sonde ada yang angkat. Kalo mau tanya-tanya, telpon beta sa di [[p:{hp1}]].
""",
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Ada nomor {scam} WA beta, ngaku anak kos di beta pung rumah, minta pulsa Rp {rpk}. Beta pung anak kos sonde pake nomor itu. Hati-hati e basodara.
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Bapa, beta pung mama [[n:{n2}]] su umur {umur2} tahun ma belum dapa bantuan lansia. Mama sonde pake HP, jadi kalo petugas mau datang, telpon beta pung ade [[n:{g3}]] di [[p:{hp3}]] sa. Beta sendiri di [[p:{hp1}]].
""",
        E=(2,),
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Sapa yang tau nomor tangki air? Om [[n:{g1}]] ada tangki, nomornya [[p:{hp1}]]. Kalo yang di baliho tu {bwa}, ma dong pung harga Rp {rpk} satu tangki, mahal na.
""",
        M=(1,),
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Nomor {scam} tu bilang dia dari Bapenda, suru bayar PBB lewat DANA {scamb2}. Beta su tanya di kantor, dong bilang itu tipu-tipu. Nomor {scam3} juga su dilapor.
""",
    ),
    T(
        "kupang_malay",
        "education",
        """
Beta ni guru honor di {school}. Bendahara minta nomor HP deng rekening semua guru. Beta pung HP [[p:{hp1}]], rekening {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. Ma gaji su tiga bulan sonde masuk.
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Beta telpon {pusk} pung nomor {otel} juga sonde angkat, padahal anak panas tinggi. Akhirnya beta bawa ke IGD {rs}. Nomor antrian {antri}, tunggu dari jam 7.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Beta mau urus KTP untuk beta pung bapa [[n:{n2}]] yang su sakit. Petugas Dukcapil bilang bisa layanan di rumah, kasi nomor Ibu [[n:{n3}]] [[p:{hp3}]], petugas jemput bola. Beta pung nomor [[p:{hp1}]].
""",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Kemarin ada nomor {scam} telpon sa, bilang dia dari Dinas Sosial, katanya sa menang bantuan Rp {rp}, suru telpon {scamb2} untuk klaim. Beta sonde percaya.
""",
    ),
    T(
        "kupang_malay",
        "small_trade",
        """
Basodara, beta ada jual ikan kering deng se'i ikan, bikin sendiri di rumah. Yang mau pesan WA beta [[p:{hpd1}]], antar sampe {kel}. Beta [[n:{g1}]], maitua dari Om [[n:{g2}]] yang jual ikan di Pasar Oeba tu.
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Lampu jalan di {jl} su mati dua minggu. Beta su lapor ke Dishub {otel}, dong bilang lapor lewat WA {owa}. Su kirim ma sonde dibalas. Nomor laporan {tiket}.
""",
    ),
    T(
        "kupang_malay",
        "disaster_donation",
        """
Beta pung rumah di [[a:{adr1}]] atap su terbang kena angin. Beta su lapor posko BPBD {owa}, ma petugas belum datang. Kalo mau bantu, telpon beta pung laki [[n:{g2}]] [[p:{hp2}]] ko beta [[p:{hp1}]].
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Beta pung KKS su hilang. Beta telpon Bank BRI pung nomor 14017 dong suru ke kantor cabang. Di kantor cabang ambil nomor antrian {antri}. Sampe sekarang belum dapa ganti.
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Bidan [[n:{g1}]] di {pusk} tu baik sekali. Dia kasi dia pung nomor [[p:{hp1}]] ke mama-mama hamil supaya bisa tanya kapan sa. Beta mau bilang terima kasih banyak.
""",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Nomor {scam} ni WA beta pake foto Pak Camat, minta sumbangan untuk gereja. Beta tanya di kantor camat, dong bilang itu bukan Pak Camat pung nomor. Kantor camat pung nomor {otel}.
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Beta pung tetangga [[n:{n2}]] buang sampah di got, air meluap masuk beta pung rumah. Su tegur ma dia marah. Dia pung nomor [[p:{hp2}]] kalo petugas kelurahan mau panggil. Beta [[n:{g1}]], [[p:{hp1}]].
""",
    ),
    T(
        "kupang_malay",
        "education",
        """
Beta pung anak pung sekolah minta uang komite Rp {rpk}, bayar lewat rekening komite {bnk} {rekb}. Beta tanya kepala sekolah, dong bilang tanya ke WA panitia {owa} sa.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Beta [[n:{n1}]], beta pung HP ganti. Nomor lama [[p:{hp1}]] su mati, yang baru [[p:{hq1}]]. Tolong petugas Dukcapil ganti di data, supaya kalo akta su jadi, dong telpon di nomor baru.
""",
    ),
    T(
        "kupang_malay",
        "small_trade",
        """
Beta mau lapor, pangkalan ojek depan {pusk} tu nomor {bwa}, dong minta ongkos Rp {rpk} padahal cuma 2 km. Ojek langganan beta lebe murah.
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Beta [[n:{l1}]], beta pung nomor [[p:{hp1}]]. Beta pung nama sonde ada di daftar BLT, padahal tetangga yang rumah batu dapa. Beta tinggal di [[a:{rt1}]], Kel. {kel}.
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Beta su telpon BPJS pung nomor Care Center 165, dong bilang beta pung kartu su aktif. Ma di {pusk} petugas bilang masih non-aktif. Beta pung nomor kartu [[bpjs:{bpjs1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Nomor {scamj} deng {scamb2}, dua-dua ngaku petugas PKH. Dong minta beta kirim KK pung foto. Beta su tanya pendamping, dia bilang bukan dong.
""",
    ),
    T(
        "kupang_malay",
        "disaster_donation",
        """
Banjir masuk rumah di [[a:{rt1}]]. Beta pung oma [[n:{n2}]] su {umur2} tahun sonde bisa jalan. Sapa yang bisa bantu angkat oma, telpon beta [[p:{hp1}]] ko beta pung kaka laki [[n:{g3}]] [[p:{hp3}]].
""",
        E=(2,),
        M=(3,),
    ),
]

# ---- register_table: registers, directories and tables pasted as text
TEMPLATES += [
    T(
        "register_table",
        "utilities",
        """
Instansi;Alamat;Telepon;WhatsApp
Perumda Air Minum Kota Kupang;{jlno};{otel};{owa}
PLN UP3 Kupang;{jlno2};123;{owa2}
DLHK Kota Kupang;{jlno3};{otel2};{owa3}
""",
    ),
    T(
        "register_table",
        "social_aid",
        """
No | Nama | NIK | RT/RW | No HP
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[a:{rtq1}]] | [[p:{hp1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[a:{rtq2}]] | [[p:{hp2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[a:{rtq3}]] | -
""",
    ),
    T(
        "register_table",
        "security_scams",
        """
REKAP ADUAN NOMOR PENIPU ({bln} {thn})
Nomor Penipu | Mengaku Sebagai | Jumlah Aduan
{scam} | Petugas Dinsos | {num}
{scamj} | Kurir J&T | {num2}
{scamb} | Admin BPJS | {kecil}
""",
    ),
    T(
        "register_table",
        "security_scams",
        """
No | Tanggal | Nama Pelaku | Nomor Pelaku | Rekening | Kerugian
1 | {tgl} | [[n:{n1}]] | [[p:{hp1}]] | {bank1} [[b:{rek1}]] | Rp {rp}
2 | {tgl2} | tidak diketahui | {scam} | - | Rp {rpk}
""",
    ),
    T(
        "register_table",
        "small_trade",
        """
Nama Usaha | Pemilik | HP Pemilik | Telp Usaha
Warung Se'i Mama Rasa | [[n:{n1}]] | [[p:{hp1}]] | {bwa}
Kios Pulsa Berkat | [[n:{n2}]] | [[p:{hp2}]] | {bwa2}
UD Laut Timor | (badan usaha) | {bwa3} | {otel}
""",
    ),
    T(
        "register_table",
        "health",
        """
DAFTAR KADER POSYANDU KEL. {KEL}
No | Nama Kader | Posyandu | HP
1 | [[n:{n1}]] | Mawar | [[p:{hp1}]]
2 | [[n:{n2}]] | Melati | [[p:{hp2}]]
3 | [[n:{n3}]] | Anggrek | [[p:{hp3}]]
Koordinator: {pusk} ({otel})
""",
        F=(1, 2, 3),
    ),
    T(
        "register_table",
        "utilities",
        """
Rekap pengaduan minggu {kecil}
No | Tiket | Kanal | Tanggal | Status
1 | {tiket} | SMS 1708 | {tgl} | Selesai
2 | {tiket2} | WA {owa} | {tgl2} | Proses
3 | {tiket3} | Telepon {otel} | {tgl3} | Diteruskan
""",
    ),
    T(
        "register_table",
        "disaster_donation",
        """
KONTAK DARURAT KELURAHAN {KEL}
Damkar | 113 / {otel}
Polisi | 110
Ambulans | 119
PLN | 123
Pos kamling | {owa} (pos jaga)
Ketua RT 05 | [[n:{n1}]] | [[p:{hp1}]]
""",
    ),
    T(
        "register_table",
        "small_trade",
        """
Nama Pedagang,Los,HP,Retribusi
[[n:{N1}]],A-{num},[[p:{hp1}]],{rpk}
[[n:{N2}]],B-{num2},[[p:{hp2}]],{rpk2}
UD Sumber Ikan,C-{kecil},{bwa},{rpk3}
""",
    ),
    T(
        "register_table",
        "utilities",
        """
DAFTAR HADIR RAPAT KOORDINASI AIR BERSIH
No | Nama | Instansi | HP
1 | [[n:{n1}]] | Dinas PUPR | [[p:{hp1}]]
2 | [[n:{n2}]] | Perumda Air Minum | [[p:{hp2}]]
3 | [[n:{n3}]] | Kelurahan {kel} | [[p:{hp3}]]
""",
    ),
    T(
        "register_table",
        "utilities",
        """
ID Pel | Daya | Nama | HP
{idpel} | 900 VA | [[n:{N1}]] | [[p:{hp1}]]
{idpel2} | 1300 VA | [[n:{N2}]] | [[p:{hp2}]]
{idpel3} | 450 VA | [[n:{N3}]] | [[p:{hp3}]]
""",
    ),
    T(
        "register_table",
        "education",
        """
NISN;Nama Siswa;Nama Orang Tua;HP Orang Tua
{nisn};[[n:{N1}]];[[n:{N2}]];[[p:{hp2}]]
{nisn2};[[n:{N3}]];[[n:{N4}]];[[p:{hp4}]]
""",
        K=(1, 3),
    ),
    T(
        "register_table",
        "civil_registry",
        """
JADWAL PELAYANAN KELILING DUKCAPIL
Kecamatan | Tanggal | Lokasi | Kontak
{kec} | {tgl} | Kantor Camat | {owa}
{kec2} | {tgl2} | Aula Kelurahan | {owa2}
Info umum: {otel} ext {ext}
""",
    ),
    T(
        "register_table",
        "security_scams",
        """
No,Nomor,Nama Pemilik,Keterangan
1,[[p:{hp1}]],[[n:{n1}]],penjual HP fiktif (sudah ditangkap)
2,{scam},tidak diketahui,ngaku petugas PLN
3,{scam2},tidak diketahui,minta OTP
""",
    ),
    T(
        "register_table",
        "health",
        """
LOG RUJUKAN {pusk}
Tgl | Pasien | No. BPJS | Kontak Keluarga | RS Tujuan
{tgl} | [[n:{n1}]] | [[bpjs:{bpjs1}]] | [[p:{hp2}]] ([[n:{g2}]]) | {rs}
{tgl2} | [[n:{n3}]] | [[bpjs:{bpjs3}]] | [[p:{hp4}]] ([[n:{g4}]]) | {rs2}
""",
    ),
    T(
        "register_table",
        "education",
        """
Sekolah | NPSN | Telp | WA Helpdesk PPDB
{school} | {npsn} | {otel} | {owa}
{school2} | {npsn2} | {otel2} | {owa2}
{school3} | {npsn3} | - | {owa3}
""",
    ),
    T(
        "register_table",
        "social_aid",
        """
Penerima BPNT RT 09
No | Nama | KKS | Keterangan
1 | [[n:{N1}]] | {nikmask} | ambil sendiri
2 | [[n:{N2}]] | {nikmask2} | diwakili anak, HP [[p:{hp2}]]
""",
    ),
    T(
        "register_table",
        "utilities",
        """
Jam | Penelepon | Nomor | Masalah
{jam1} | Komite Sekolah {school} | {owa} | air sekolah mati
{jam2} | [[n:{n1}]] | [[p:{hp1}]] | pipa bocor di depan rumah
{jam3} | Gereja {church} | {otel} | tagihan naik
""",
    ),
    T(
        "register_table",
        "small_trade",
        """
DAFTAR UMKM BINAAN KELURAHAN {KEL}
Nama Usaha | Jenis | Alamat Usaha | Telepon
Catering Sari Timor | makanan | {jlno} | {bwa}
Laundry Harum | jasa | {jlno2} | {bwa2}
Bengkel Setia Jaya | jasa | {jlno3} | {bwa3}
""",
    ),
    T(
        "register_table",
        "disaster_donation",
        """
DATA KORBAN BANJIR {KEL}
No | Nama KK | RT | Jiwa | Kontak
1 | [[n:{N1}]] | [[a:{rtx1}]] | {kecil} | [[p:{hp1}]]
2 | [[n:{N2}]] | [[a:{rtx2}]] | {kecil2} | [[p:{hp2}]] (tetangga)
3 | [[n:{N3}]] | [[a:{rtx3}]] | {kecil3} | -
""",
    ),
    T(
        "register_table",
        "health",
        """
Jadwal dokter {rs}
Poli | Hari | Jam | Pendaftaran
Anak | Senin-Rabu | 08.00-12.00 | WA {owa}
Penyakit Dalam | Selasa-Kamis | 09.00-13.00 | WA {owa2}
Gigi | Jumat | 08.00-11.00 | {otel}
""",
    ),
    T(
        "register_table",
        "civil_registry",
        """
No,Nama Pemohon,NIK,Alamat,No HP
1,[[n:{n1}]],[[nik:{nik1}]],[[a:{ad1}]],[[p:{hp1}]]
2,[[n:{n2}]],[[nik:{nik2}]],[[a:{ad2}]],[[p:{hph2}]]
""",
    ),
]

# ---- more writings of numbers: links, glued words, underscores, bullets, brackets
TEMPLATES += [
    T(
        "social_thread",
        "small_trade",
        """
{grp}
[[n:{n1}]] · {ago1}
Jual nasi kuning + telur Rp 15.000, antar pagi ke kantor-kantor sekitar {kel}. Masak sendiri dari dapur rumah 🍳 Order langsung klik wa.me/[[p:{hpk1}]]
Komentar
Catering Sari Timor: Kalau untuk rapat bisa ke kami kak wa.me/{owak}
[[n:{n2}]]: Besok sa pesan 3 e kak
""",
    ),
    T(
        "classified",
        "small_trade",
        """
jual bibit sayur (sawi, kangkung, tomat) hasil kebun sendiri. minat hub hp[[p:{hpb1}]]/wa[[p:{hqb1}]]. ambil di rumah {kel}. - [[n:{l1}]]
""",
    ),
    T(
        "letter_form",
        "social_aid",
        """
Kupang, {tg}
Kepada Yth. Pendamping PKH Kel. {kel}
Dengan hormat, bersama ini saya [[n:{n1}]] memberitahukan bahwa nomor HP saya yang terdaftar sudah tidak aktif. Mohon diganti dengan Telp.[[p:{hpu1}]]. Untuk sementara bisa juga hubungi menantu saya [[n:{g2}]], [[p:{hpw2}]].
Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
PAPAN INFO RT 14 / RW 05
IURAN KEAMANAN Rp {rpk}/BLN
BAYAR KE BENDAHARA RT
KELUHAN: {owao}
DARURAT: 110 / 113
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
kotkupang got depan rumah sy di [[a:{ad1}]] tersumbat, air masuk rumah kalau hujan. sdh lapor ke kelurahan. kontak sy [[p:{hpp1}]] atau [[p:{hq1}]]. [[n:{lg1}]]
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Air galon yang beta beli di depot dekat rumah bau. Nomor di galon {bwa}, beta telpon dong sonde angkat. Nomor BPOM {otel} juga sibuk. Tolong dicek, nota {tiketb}.
""",
    ),
    T(
        "wa_chat",
        "disaster_donation",
        """
[{dd} {jam1}] [[n:{n1}]]: Teman-teman, keluarga [[n:{f2}]] di [[a:{rt2}]] rumah hanyut. Yang mau bantu langsung ke bapa [[n:{g2}]]: wa.me/[[p:{hpk2}]] atau
[[p:{hpn2}]] (nomor sama, yang bawah tu kalo link sonde bisa)
[{dd} {jam2}] BPBD Kota Kupang: Posko kami wa.me/{owak}, bantuan logistik dicatat di sana.
""",
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "small_trade",
        """
Nomor Tiket: {tiket}
Isi Laporan: Saya jual pulsa dan token kecil-kecilan dari rumah. Ada pembeli yang transfer pakai bukti palsu. Nomor pembeli {scam}, tidak tahu namanya. Nomor saya sendiri (penjual) [[p:{hpx1}]], WA [[p:{hqd1}]].
Tanggapan Polresta Kupang Kota: Silakan buat laporan di SPKT.
""",
    ),
    T(
        "register_table",
        "civil_registry",
        """
Buku tamu pelayanan Kelurahan {kel}, {dd}
Jam | Nama | Keperluan | HP
{jam1} | [[n:{n1}]] | surat domisili | hp[[p:{hpb1}]]
{jam2} | [[n:{n2}]] | SKTM | [[p:{hpu2}]]
{jam3} | Kurir JNE | antar paket dinas | {owa}
""",
    ),
    T(
        "call_centre",
        "health",
        """
Catatan call center: penelepon [[n:{n1}]] (telp rumah [[p:{trp1}]]) minta dijemput ambulans untuk suaminya [[n:{g2}]] yang cuci darah. Ambulans {pusk} {owa} sedang dipakai, dialihkan ke 119.
""",
        F=(1,),
        M=(2,),
    ),
]


if __name__ == "__main__":
    main()
