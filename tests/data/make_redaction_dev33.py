# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev33.jsonl: whose phone number it is, among everyone's.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{owa}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev33.py`` (stdlib only,
deterministic); ``--show`` also prints every text with its spans in brackets, for reading.
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

SEED = 20261233
PREFIX = "d33"
OUT = Path(__file__).with_name("redaction_dev33.jsonl")

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
    "fb_post",
    "fb_comments",
    "wa_group",
    "sms_1708",
    "kupang_malay",
    "call_note",
    "lapor_form",
    "notice_ocr",
    "classified",
    "screenshot_ocr",
)
THEMES = (
    "neighbourhood",
    "transport",
    "market_trade",
    "housing",
    "utilities",
    "religion_events",
    "school_health",
    "debt_scams",
    "lost_missing",
    "jobs",
    "disaster_relief",
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
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "kk", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter", "mr", "mrs", "ttd",
    "salam", "dari", "hormat", "atas", "anak", "tetangga", "kader", "sopir", "ojek", "pemilik",
    "cp", "hp", "wa", "telp", "hub", "kontak", "pak rt", "nyong", "bang", "mas", "mba", "ustad",
    "ustadz", "haji", "hj", "kades", "penatua", "pnt", "diaken", "ns", "drg", "dc", "pelapor",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev33)
GIVEN_M = (
    "Yoakim", "Kristofel", "Paulinus", "Servasius", "Robertus", "Silvester", "Fransiskus",
    "Hironimus", "Klemens", "Bonefasius", "Ignasius", "Laurens", "Marselinus", "Nikodemus",
    "Yusak", "Yafet", "Mesak", "Soleman", "Zadrak", "Absalom", "Benyamin", "Epafras", "Filipus",
    "Gideon", "Hosea", "Kaleb", "Natanael", "Otniel", "Rafael", "Timotius", "Yonatan", "Ferry",
    "Jefri", "Roni", "Alex", "Dedi", "Eman", "Fandi", "Heri", "Jemi", "Krisantus", "Leonard",
    "Ompi", "Rio", "Sandro", "Toni", "Vian", "Wens", "Yos", "Ismail", "Yusuf", "Rahmat",
    "Salim", "Anwar", "Ambrosius", "Egidius", "Gregorius", "Kasimirus", "Wilfridus", "Hendrikus",
)  # fmt: skip
GIVEN_F = (
    "Yustina", "Agata", "Benedikta", "Delfiana", "Emerensiana", "Filomena", "Helena", "Irene",
    "Katarina", "Lorensia", "Martha", "Niken", "Paskalia", "Sefrina", "Theresia", "Yovita",
    "Anace", "Damaris", "Ester", "Hana", "Lea", "Mirna", "Ribka", "Seli", "Tamar", "Lidia",
    "Debora", "Febi", "Grace", "Ira", "Kety", "Lusi", "Nova", "Osin", "Ria", "Sonya", "Tia",
    "Wina", "Yeni", "Halimah", "Nurlaila", "Rukmini", "Sarce", "Dortea", "Elisabet", "Apolonia",
    "Margaretha", "Rosvita", "Yosefina", "Maria Goreti", "Anastasia", "Kristiani", "Marselina",
    "Florentina", "Susana", "Yulita", "Evi", "Ningsih", "Aprilia", "Dewinta",
)  # fmt: skip
FAMILY = (
    "Nomseo", "Toislaka", "Ataupah", "Oetpah", "Tamelab", "Feka", "Kefi", "Nuban", "Tabelak",
    "Teffu", "Nenotek", "Obe", "Bolla", "Ndolu", "Pello", "Mesah", "Ndaomanu", "Lenggu", "Polin",
    "Bire", "Kana", "Lewar", "Kelen", "Bolen", "Koten", "Lamanepa", "Hurint", "Sogen", "Wuwur",
    "Lanan", "Maure", "Lanlu", "Kaborang", "Siki", "Nalle", "Dima", "Kolimon", "Zacharias",
    "Tanesib", "Nabuasa", "Liufeto", "Kollo", "Sjioen", "Laoe", "Kiriwenno", "Pairikas", "Wadu",
    "Ndun", "Manafe", "Therik", "Sinaga", "Lema", "Amtiran", "Ninu", "Oematan", "Fangidae",
    "Riwu Rohi", "Lado Djami", "Kore Duka", "Dju Bire", "Hina Hau", "Bara Pa",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("M", "I Wayan", "Sudiarta"),
    ("F", "Ni Luh Putu", "Ariani"),
    ("M", "Syamsul", "Daeng Mile"),
    ("F", "Siu Ling", "Tanuwijaya"),
    ("M", "Umbu Rara", "Meha"),
    ("F", "Rambu Kahi", "Lunggi"),
    ("F", "Sitti", "Rohani"),
    ("M", "Abdul", "Gafur"),
)
NICK = (
    "Ocha", "Ones", "Iki", "Eda", "Nus", "Ecis", "Tofa", "Aten", "Chiko", "Mely", "Ebi", "Ofa",
    "Oni", "Kiko", "Tole", "Ena", "Fani", "Ucu", "Jojo", "Lala", "Dodi", "Echa", "Ovi", "Tino",
)  # fmt: skip
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com",
    "hotmail.com",
)  # fmt: skip

# ---------------------------------------------------------------- places and bodies (anew)
KELURAHAN = (
    "Oesapa", "Oesapa Barat", "Lasiana", "Kelapa Lima", "Oebufu", "Liliba", "Kayu Putih", "Oebobo",
    "Naikoten I", "Kuanino", "Nunleu", "Bakunase", "Airnona", "Fontein", "Bonipoi", "Oeba",
    "Fatubesi", "Nefonaek", "Pasir Panjang", "Sikumana", "Kolhua", "Penfui", "Naimata", "Belo",
    "Fatukoa", "Oepura", "Manulai II", "Alak", "Namosain", "Nunbaun Sabu", "Penkase Oeleta",
    "Fatufeto", "Batuplat", "Manutapen", "Naioni", "Tuak Daun Merah", "Maulafa",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
DESA = (
    "Desa Oelnasi", "Desa Baumata", "Desa Noelbaki", "Desa Penfui Timur", "Desa Oeltua",
    "Desa Tanah Merah", "Desa Kuaklalo", "Desa Oebelo", "Desa Nunkurus", "Desa Tarus",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Kenanga", "Jl. Cempaka", "Jl. Bougenvil", "Jl. Kamboja", "Jl. Tanjung", "Jl. Beringin",
    "Jl. Mahoni", "Jl. Jati", "Jl. Akasia", "Jl. Cendana", "Jl. Kutilang", "Jl. Elang",
    "Jl. Pipit", "Jl. Jalak", "Jl. Belibis", "Jl. Rote", "Jl. Semau", "Jl. Kisar", "Jl. Pantar",
    "Jl. Adonara", "Gg. Rukun", "Gg. Mekar", "Gg. Bahagia", "Gg. Pelangi", "Lr. Kelapa",
    "Jl. Nangka Gg. 5", "Jl. Oekam", "Jl. Oenesu", "Jl. Air Lobang", "Jl. Batu Kapur",
    "Jl. Ikan Paus", "Jl. Kakatua Gg. 2", "Jl. Oekefan", "Jl. Lasi Gg. 3",
)  # fmt: skip
COMPLEX = (
    "Perum Citra Oesapa",
    "BTN Oebufu Permai",
    "Perumahan Nusa Indah Sikumana",
    "Perum Graha Liliba",
)
PUBLIC_STREETS = (
    "Jl. H.R. Koroh", "Jl. Siliwangi", "Jl. Sumatera", "Jl. Prof. Dr. Herman Yohanes",
    "Jl. Polisi Militer", "Jl. Kejora", "Jl. Ikan Tongkol", "Jl. Urip Sumoharjo", "Jl. Bajawa",
    "Jl. Jend. Basuki Rachmat", "Jl. Pahlawan", "Jl. Timor Raya", "Jl. Eltari", "Jl. Frans Seda",
    "Jl. Adisucipto", "Jl. Fetor Funay", "Jl. Bundaran Tirosa",
)  # fmt: skip
PASAR = (
    "Pasar Oebobo", "Pasar Inpres Naikoten", "Pasar Kasih Naikoten", "Pasar Oeba", "Pasar Kuanino",
    "Pasar Penfui", "Pasar Oesapa", "Pasar Ikan Oeba", "Pasar Lili", "Pasar Alak",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oesapa", "Puskesmas Oebobo", "Puskesmas Sikumana", "Puskesmas Kupang Kota",
    "Puskesmas Bakunase", "Puskesmas Penfui", "Puskesmas Tarus", "Puskesmas Baumata",
)  # fmt: skip
POSYANDU = (
    "Posyandu Sehat Ceria", "Posyandu Flamboyan", "Posyandu Lontar Indah", "Posyandu Anggrek Bulan",
    "Posyandu Tunas Muda", "Posyandu Sirih Pinang",
)  # fmt: skip
SCHOOLS = (
    "SDN Oetete 1", "SD Inpres Sikumana 2", "SMPN 6 Kupang", "SMPN 12 Kupang", "SMAN 3 Kupang",
    "SMKN 2 Kupang", "SD GMIT Kuanino", "SMAK Suria", "MI Al-Ikhlas Oeba", "PAUD Permata Hati",
    "SD Inpres Liliba", "SMPK Adisucipto",
)  # fmt: skip
CHURCHES = (
    "GMIT Jemaat Pniel Oebufu", "GMIT Jemaat Kaisarea BTN", "GMIT Jemaat Getsemani Sikumana",
    "Paroki Sta. Maria Fatima Oepura", "GPdI Fontein", "GMIT Jemaat Elim Kuanino",
    "Kapela St. Mikael Naimata", "GMIT Jemaat Talitakum Lasiana",
)  # fmt: skip
MASJID = (
    "Masjid Al-Fattah Bonipoi", "Masjid Nurul Iman Oeba", "Masjid Raya Nurussa'adah",
    "Mushola Al-Hidayah Airmata", "Masjid At-Taqwa Kampung Solor",
)  # fmt: skip
SHOPS = (
    "Depot Air Segar Oesapa", "Toko Sembako Cahaya Timor", "Bengkel Las Sinar Oebufu",
    "Laundry Harum Liliba", "Konter Nusa Cell", "Travel Sabu Express", "Sedot WC Lancar Jaya",
    "Apotek Sumber Sehat", "Fotocopy Berkat Penfui", "Rental Mobil Lontar Jaya",
    "Toko Bangunan Karya Baru", "Katering Dapur Flobamora",
)  # fmt: skip
GROUPS = (
    "INFO KUPANG", "Info Kupang (IK)", "Jual Beli Online Kota Kupang", "Forum Jual Beli Kupang",
    "Info Lalu Lintas Kupang", "Suara Rakyat Kupang", "Info Oesapa & Sekitarnya", "Loker Kupang NTT",
    "Kupang Peduli Sesama",
)  # fmt: skip
KOS = (
    "Kos Putri Anggrek", "Kos Putra Lontar", "Kos Griya Oebufu", "Kos Bunda Naikoten",
    "Kos Pondok Cendana", "Kos Tiga Saudara Penfui",
)  # fmt: skip
PINJOL = ("DanaKilat", "PinjamYuk88", "UangCepat Timor", "KreditKu", "DompetTunai", "CairAja")
LAMPU = ("lampu 1", "lampu 2", "lampu 5", "lampu 6", "lampu 10", "jalur 3", "jalur 7")
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MOBILE = (
    ("0811", 2), ("0812", 8), ("0813", 10), ("0821", 6), ("0822", 6), ("0823", 5), ("0851", 3),
    ("0852", 9), ("0853", 7), ("0815", 1), ("0857", 2), ("0858", 1), ("0819", 2), ("0818", 1),
    ("0877", 1), ("0878", 2), ("0838", 1), ("0831", 1), ("0895", 1), ("0896", 1), ("0897", 1),
    ("0882", 1), ("0881", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {
    "0855",
    "0832",
    "0833",
    "0898",
    "0899",
    "0883",
    "0814",
    "0817",
    "0859",
}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})


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
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            rest = (
                r.choice((7, 8, 8, 8, 8, 9)) if prefix.startswith("081") else r.choice((8, 8, 8, 9))
            )
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "g", "i", "is", "j", "k", "p", "e"),
                (28, 16, 16, 4, 5, 7, 6, 6, 5, 2, 3),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "m": f"{a} {raw[4:7]} {raw[7:]}",
            "g": f"{a} {raw[4:7]} {raw[7:10]} {raw[10:]}".rstrip(),
            "i": f"+62 {a[1:]}-{b}-{c}",
            "is": f"+62 {a[1:]} {b} {c}",
            "e": f"+62-{a[1:]}-{b}-{c}",
            "p": f"(+62) {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "w": "62" + raw[1:],
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits: 08l2, O8S3
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for q in r.sample(pos, min(r.randint(1, 2), len(pos))):
                out[q] = r.choice(OCR_SUBS[out[q]])
            return "".join(out)
        if how == "O":  # a scanner's reading: the leading 0 as O and one more
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            out = list(base)
            out[0] = "O"
            pos = [k for k, ch in enumerate(base) if ch in "58" and k > 1]
            if pos:
                q = r.choice(pos)
                out[q] = OCR_SUBS[out[q]][0]
            return "".join(out)
        if how == "x":  # a stray space inside the number
            k = r.randint(3, len(raw) - 3)
            return raw[:k] + " " + raw[k:]
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        if how == "u":  # underscores or bullets
            sep = r.choice(("_", " • ", "·"))
            return sep.join((a, b, c))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice(
            (
                f"{a} {b}",
                f"{a}-{b}",
                f"({a}) {b}",
                f"({a}) {b[:3]} {b[3:]}",
                f"{a} {b[:3]} {b[3:]}",
                a + b,
            )
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
            for q in r.sample(pos, min(r.randint(1, 2), len(pos))):
                out[q] = r.choice(OCR_SUBS[out[q]])
            return "".join(out)
        raise KeyError(how)

    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (80, 20))[0]
        if how == "p":
            return f"{local}@{host}"
        parts = host.split(".")
        how = r.choice(("a", "b", "d")) if how == "x" else how
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(parts)
        if how == "b":
            return f"{local}(at){host}"
        if how == "d":
            return f"{local} at " + " dot ".join(parts)
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
            if head is None and r.random() < 0.07:
                cands = [o for o in OTHER if o[0] == sex]
                _, given, family = r.choice(cands)
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
        if i in self.spec["K"]:
            year = r.randint(2008, 2021)
        elif i in self.spec["E"]:
            year = r.randint(1938, 1962)
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
                r.randint(1, 24),
            )
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 900)
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
                f"{gl}{yy}kpg",
            )
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 140)) + r.choice(("", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor "))
        rt = self.rtrw()
        bank = r.choice(BANKS)
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
            "nk": nick,
            "lnk": nick.lower(),
            "ig": f"{given[0]}. {family}",
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
            "adc": "%s Blok %s No. %d"
            % (r.choice(COMPLEX), r.choice("ABCDEFGH"), r.randint(1, 120)),
            "rt": rt,
            "pl": self.plate(),
            "wal": r.choice(WALLETS),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 40), r.randint(1, 14)
        return r.choice(
            (
                "RT %03d/RW %03d" % (a, b),
                "RT %02d/RW %02d" % (a, b),
                "RT %d RW %d" % (a, b),
                "RT %02d RW %02d" % (a, b),
                "RT %02d/%02d" % (a, b),
                "rt %d/rw %d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "EB", "ED", "DH")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KB", "BH", "AS", "AP", "KF", "H", "AC")),
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
            return self.fresh(
                lambda: r.choice(("161", "145", "152")) + r.choice(("00", "01")) + self.digits(8)
            )
        if bank == "Bank NTT":
            return self.fresh(
                lambda: (
                    "%s.%s.%s.%s-%d"
                    % (
                        r.choice(("001", "002", "015")),
                        "01",
                        r.choice(("02", "04")),
                        self.digits(6),
                        r.randint(0, 9),
                    )
                )
            )
        if bank == "BCA":
            return self.fresh(lambda: r.choice(("31", "03", "78")) + self.digits(8))
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 17 * i) % (24 * 60)
        return m // 60, m % 60

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "nk", "lnk", "ig", "umur", "bank",
            "rek", "ad", "adr", "adc", "rt", "pl", "wal",
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
        if name == "bpjs":
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


def _tgs(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return "%02d/%02d/%02d" % (d, fl.month, fl.year % 100)


def _jam(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d.%02d" % (h, m)


def _jamc(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d:%02d" % (h, m)


def _rp(fl: Fill, i: int) -> str:
    return "%d.000" % fl.rng.choice(
        (20, 25, 35, 50, 75, 100, 120, 150, 200, 250, 300, 350, 400, 500, 750)
    )


def _gaji(fl: Fill, i: int) -> str:
    return "%d.%03d.000" % (fl.rng.randint(1, 2), fl.rng.choice((0, 0, 200, 250, 500, 750)))


def _rpb(fl: Fill, i: int) -> str:
    return "%d.%03d.000" % (fl.rng.randint(1, 18), fl.rng.choice((0, 250, 500, 750, 800)))


def _kilo(fl: Fill, i: int) -> str:
    return "%d.%03d" % (fl.rng.randint(22, 95), fl.rng.choice((0, 500, 0)))


def _beras(fl: Fill, i: int) -> str:
    return "%d.%03d" % (fl.rng.randint(12, 19), fl.rng.choice((0, 500, 0, 250)))


def _tangki(fl: Fill, i: int) -> str:
    return "%d.000" % fl.rng.choice((80, 100, 120, 125, 150, 175, 200, 250))


def _owa(fl: Fill, i: int) -> str:
    return fl.write_mobile(fl.mobile_raw(), "")


def _otel(fl: Fill, i: int) -> str:
    r = fl.rng
    raw = "0380" + r.choice("8") + str(r.randint(1, 9)) + fl.digits(4)
    return fl.write_land(fl.fresh(lambda: raw))


def _otelx(fl: Fill, i: int) -> str:
    r = fl.rng
    raw = "0380" + "8" + str(r.randint(1, 9)) + fl.digits(4)
    base = fl.rng.choice(("0380-%s", "(0380) %s", "0380 %s")) % raw[4:]
    return base + r.choice((" ext %d", " ext. %d", " psw %d", " (ext %d)")) % r.randint(10, 230)


OTHER_VALUES = {
    # not a person's lines
    "owa": _owa,
    "scam": _owa,
    "bwa": _owa,
    "scamk": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "k"),
    "scamj": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "j"),
    "owao": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "O"),
    "otel": _otel,
    "otelx": _otelx,
    "cc": lambda fl, i: (
        fl.rng.choice(("1500 %03d", "1500-%03d", "1500%03d")) % fl.rng.randint(100, 999)
    ),
    "short": lambda fl, i: fl.rng.choice(("1708", "112", "110", "113", "123", "129")),
    # bodies' numbers
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    # look-alikes
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8)),
    "meter": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("14", "32", "56", "45")) + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "token": lambda fl, i: "-".join(fl.digits(20)[k : k + 4] for k in range(0, 20, 4)),
    "order": lambda fl, i: (
        fl.rng.choice(("RB-%s", "MX%s", "A-%s", "GK-%s")) % fl.digits(fl.rng.choice((9, 10, 12)))
    ),
    "resi": lambda fl, i: (
        fl.rng.choice(("JP", "JX", "SPXID0", "TKP01-", "JNT"))
        + fl.digits(fl.rng.choice((10, 11, 12)))
    ),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCD"), fl.rng.randint(1, 240)),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d-%05d", "KSH/%d/%02d/%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "trx": lambda fl, i: fl.fresh(
        lambda: "%d%02d%02d%s" % (fl.year, fl.month, fl.day, fl.digits(8))
    ),
    "va": lambda fl, i: fl.rng.choice(("8808%s", "88810%s", "7007%s", "39358%s")) % fl.digits(11),
    "kode": lambda fl, i: fl.digits(6),
    "pin": lambda fl, i: fl.digits(4),
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "surat": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("470", "400.12", "460", "503", "474.4", "300.2")),
            fl.rng.randint(1, 999),
            fl.rng.choice(("KEL", "BPBD", "DISHUB", "PEM", "DINKES")),
            fl.year,
        )
    ),
    "kontrak": lambda fl, i: (
        "%s%s" % (fl.rng.choice(("PJ-", "LN", "KTR/")), fl.digits(fl.rng.choice((10, 12, 13))))
    ),
    "lp": lambda fl, i: (
        "LP/B/%d/%s/%d/SPKT/POLRESTA KUPANG KOTA"
        % (fl.rng.randint(100, 999), fl.rng.choice(("III", "V", "VII", "X", "XI")), fl.year)
    ),
    "tgl": _date,
    "tg": _tg,
    "tgs": _tgs,
    "jam": _jam,
    "jamc": _jamc,
    "rp": _rp,
    "rpb": _rpb,
    "gaji": _gaji,
    "kilo": _kilo,
    "beras": _beras,
    "tangki": _tangki,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "kecil": lambda fl, i: str(fl.rng.randint(2, 9)),
    "big": lambda fl, i: str(fl.rng.randint(60, 2400)),
    "liter": lambda fl, i: fl.rng.choice(("5.000", "5000", "6.000", "4.000", "8.000")),
    "km": lambda fl, i: "%d" % fl.rng.randint(2, 38),
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "desa": lambda fl, i: fl.rng.choice(DESA),
    "pasar": lambda fl, i: fl.rng.choice(PASAR),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "posy": lambda fl, i: fl.rng.choice(POSYANDU),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "masjid": lambda fl, i: fl.rng.choice(MASJID),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "grp": lambda fl, i: fl.rng.choice(GROUPS),
    "kos": lambda fl, i: fl.rng.choice(KOS),
    "pinjol": lambda fl, i: fl.rng.choice(PINJOL),
    "lampu": lambda fl, i: fl.rng.choice(LAMPU),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "wlt": lambda fl, i: fl.rng.choice(WALLETS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 40),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1 and name.lower() in OTHER_VALUES:
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|rt\d|perum|perumahan|kompleks|btn)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OoLlISB]", "", seg)):
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
            words = re.split(r"[\s.]+", seg.lower())
            if words[0] in TITLES or " ".join(words[:2]) in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or any(c.isdigit() for c in seg) or "\n" in seg:
                bad.append(f"name chars {seg!r}")
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
        elif kind == "npwp" and len(id_digits(seg)) not in (15, 16):
            bad.append(f"npwp {seg!r}")
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
            pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
            joined = "".join(text[k] for k in pos).translate(OCR_BACK)
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


MALE_WORDS = (
    "om|opa|bapa|pak|bpk|bapak|suami|ayah|bapaknya|bang|ustad|kades|nyong|mas|sopir|tukang ojek"
)
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny|mba|kak nona"


def T(style: str, theme: str, text: str, *, F=(), M=(), K=(), E=(), fam=None, U=False) -> tuple:
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\s*,?\s+(?:(?:sy|sa|saya|beta|kami|dia)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
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
            last = problems(text, spans, values)
            if not spans and lookalikes(text) < 3:
                last.append("a text without spans needs three look-alikes")
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
            "| `%s` | %d | %d | %s |"
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
        return "plain" if "@" in seg else "written to dodge scrapers"
    if kind in ("address", "plate", "bank_account", "nik", "kk", "bpjs", "npwp"):
        if re.search(r"[OoLlISB]", seg) and kind in ("nik", "kk"):
            return "letters for digits"
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
        return "letters for digits"
    if re.search(r"[_•·]", seg):
        return "underscores or bullets"
    if seg.startswith(("+62", "(+62")):
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


def show(records: list[dict[str, object]]) -> None:
    for r in records:
        text = r["text"]
        out = text
        for s in sorted(r["spans"], key=lambda s: -s["start"]):
            out = (
                out[: s["start"]]
                + "["
                + out[s["start"] : s["end"]]
                + "]<"
                + s["kind"]
                + ">"
                + out[s["end"] :]
            )
        print("=== %s %s/%s\n%s\n" % (r["id"], r["style"], r["theme"], out))


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
        show(records)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case), {g1}/{G1}/{lg1} given name, {f1}/{F1}/{lf1}
# family name, {nk1}/{lnk1} nickname, {ig1} initial and family name; {hp1} a mobile in a writing
# drawn at random, or fixed: {hpb1} one block, {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpm1}
# 4-3-rest, {hpg1} 4-3-3-rest, {hpi1}/{hpis1}/{hpe1} +62 with separators, {hpp1} (+62), {hpj1} +62 in one
# block, {hpk1}/{hpw1} 62 without + (wa.me), {hpo1} letters for digits, {hpO1} a scanner's O for the
# leading 0, {hpx1} a stray space, {hpn1} over a line, {hpu1} underscores or bullets; {hq1} a second
# mobile of person 1 (same suffixes); {tr1} home landline; {nik1} ({nikb1} {niks1} {nikt1} {niko1});
# {kk1}; {bpjs1}; {em1} ({emp1}, {emx1} a dodge); {bank1}/{rek1}; {wal1}; {ad1}/{adr1}/{adc1}/{rt1};
# {pl1} plate; {umur1}. fam={2: 1} makes 2 a member of 1's family; F=, M=, K= (a child), E= (an elder).
# Not a person's: {owa} an office's mobile, {bwa} a business's, {scam}/{scamk}/{scamj} a scam's,
# {owao} a mobile as a scanner reads it, {otel} an office's landline, {otelx} with an extension,
# {cc} a call centre, {short} a short code; {rekb}/{rekntt} a body's account. Look-alikes: {idpel}
# {meter} {samb} {token} {order} {resi} {antri} {nikmask} {tiket} {trx} {va} {kode} {pin} {nisn}
# {surat} {kontrak} {lp}; figures {tgl} {tg} {tgs} {jam} {jamc} {rp} {rpb} {kilo} {beras} {tangki} {num} {kecil} {big} {gaji}
# {liter} {km} {thn} {bln} {hari}; places {kel} {kec} {desa} {pasar} {pusk} {posy} {school}
# {church} {masjid} {shop} {grp} {kos} {pinjol} {lampu} {jl} {jlno} {bnk} {wlt} {rtx}.
# A placeholder in capitals ({KEL}, {OWA}) is the same draw in capitals.

TEMPLATES: list[tuple] = []

# ---- fb_post: posts in Facebook groups (Info Kupang, buy-and-sell, Loker), with their numbers
TEMPLATES += [
    T(
        "fb_post",
        "lost_missing",
        """
{grp}
📢 DITEMUKAN dompet hitam di bemo {lampu} arah {kel}, hari {hari} sore jam {jam}. Isi: KTP a.n. [[n:{N1}]], kartu ATM {bnk}, uang sedikit. Yang punya bisa hubungi sa [[n:{g2}]] di [[p:{hp2}]] (WA/telp). Mohon bantu share 🙏
""",
    ),
    T(
        "fb_post",
        "lost_missing",
        """
ORANG HILANG 🙏🙏
Telah pergi dari rumah sejak {tg}, anak kami [[n:{n1}]] (14 thn), pakai baju kaos merah celana jeans, tinggi ± 150 cm. Terakhir terlihat di {pasar} jam {jam}.
Bagi yang melihat mohon hubungi bapaknya [[n:{g2}]] [[p:{hp2}]] / [[p:{hq2}]] atau kantor polisi terdekat (110).
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "fb_post",
        "transport",
        """
Laka lantas di {jl} depan {shop} tadi jam {jam}. Motor Beat [[pl:{pl1}]] tabrak pick up yang putar balik. Pengendara motor a.n. [[n:{n2}]] warga {kel} su dibawa ke RSUD pakai ambulans. Keluarga yang kenal mohon hubungi Om [[n:{g3}]] [[p:{hp3}]], dia ada di lokasi. Polisi su datang, darurat 110.
""",
    ),
    T(
        "fb_post",
        "religion_events",
        """
Turut berduka cita 🕊️
Telah berpulang ke rumah Bapa di Sorga, Bapak [[n:{n1}]] ({umur1} thn) pada hari {hari}, {tg} pukul {jam} WITA di rumah duka [[a:{adr1}]], Kel. {kel}. Ibadah pelepasan besok jam 10.00 di {church}.
Info keluarga: [[n:{g2}]] ([[p:{hp2}]]), [[n:{g3}]] ([[p:{hp3}]]).
""",
        E=(1,),
        fam={2: 1, 3: 1},
    ),
    T(
        "fb_post",
        "housing",
        """
DIKONTRAKKAN kamar kos putri dekat kampus Undana Penfui, Rp {gaji}/bln, air PDAM + listrik token sendiri, sudah ada kasur & lemari. Minat hub pemilik Ibu [[n:{n1}]] [[p:{hp1}]] (WA only, jangan telp malam). Kos di samping rumah pemilik, [[a:{ad1}]], belakang {church}.
""",
    ),
    T(
        "fb_post",
        "school_health",
        """
Info posyandu bulan {bln} di {posy} Kel. {kel}: tanggal {tgl} jam 08.00 – 11.00. Bawa buku KIA dan KMS. Ada imunisasi campak deng vitamin A. Yang berhalangan bisa konfirmasi ke bidan [[n:{g1}]] [[p:{hp1}]] atau kader [[n:{g2}]] [[p:{hp2}]]. Tks 🙏
""",
        F=(2,),
    ),
    T(
        "fb_post",
        "neighbourhood",
        """
Selamat malam bapa mama warga RT 07 😊
Iuran sampah bulan {bln} Rp {rp} dibayar ke bendahara RT, Mama [[n:{g1}]] ([[p:{hp1}]]). Yang mau urus surat pengantar KTP/KK langsung ke rumah Pak RT [[n:{n2}]], [[a:{ad2}]], atau WA dulu [[p:{hp2}]]. Terima kasih.
""",
    ),
    T(
        "fb_post",
        "debt_scams",
        """
Tolong hati-hati deng pinjol {pinjol} 😡 Sa pinjam {rp} tapi DC dong teror sa pung keluarga, sampai telpon sa pung mama [[n:{n1}]] di [[p:{hp1}]] deng sa pung bos di kantor. Nomor yang telpon {scam} deng {scam2}, mengaku debt collector resmi. Su lapor ke OJK 157.
""",
    ),
    T(
        "fb_post",
        "transport",
        """
Terima kasih banyak untuk sopir bemo {lampu} [[pl:{pl1}]] namanya Kaka [[n:{g2}]] yang antar balik HP sa yang tertinggal di kursi belakang. Orang baik begini jarang 🙏 Dia bilang kalau mau carter bemo untuk acara hubungi sa saja [[p:{hp2}]].
""",
        M=(2,),
    ),
    T(
        "fb_post",
        "jobs",
        """
DICARI ART (asisten rumah tangga) untuk jaga oma di {kel}, tinggal di rumah, gaji Rp {gaji}/bln + makan. Syarat: jujur, umur 20–45, bisa masak. Minat hub Ibu [[n:{n1}]] [[p:{hp1}]] (WA). Bukan agen/yayasan, langsung deng keluarga.
""",
    ),
    T(
        "fb_post",
        "disaster_relief",
        """
🙏 Posko Peduli Korban Angin Puting Beliung {desa}, Kab. Kupang.
Bantuan barang bisa diantar ke halaman {church} atau hubungi koordinator lapangan Pak [[n:{n1}]] [[p:{hp1}]]. Sumbangan uang lewat rekening panitia {bnk} {rekb} (a.n. Panitia Peduli Bencana). WA panitia {owa}.
""",
    ),
    T(
        "fb_post",
        "market_trade",
        """
Awas penipuan di grup ini!! Akun FB [[n:{n1}]] jual HP murah, sa su transfer Rp {rp} ke {bank1} [[b:{rek1}]] a.n. [[n:{n1}]], barang sonde datang sampai hari ini. Nomor WA dia [[p:{hp1}]], sekarang sa su diblokir. Admin tolong tendang akun ini.
""",
    ),
    T(
        "fb_post",
        "religion_events",
        """
Undangan 🎉
Syukuran pemberian nama anak kami [[n:{g1}]], hari {hari}, {tg} jam 17.00 WITA di rumah, [[a:{adr2}]], Kel. {kel}. Kami yang berbahagia [[n:{n2}]] & [[n:{n3}]].
CP: [[p:{hp2}]] / [[p:{hp3}]]
""",
        K=(1,),
        M=(2,),
        F=(3,),
        fam={1: 2},
    ),
    T(
        "fb_post",
        "market_trade",
        """
Dijual cepat Honda Vario 2019, plat [[pl:{pl1}]], pajak hidup s/d {bln} {thn}, BPKB a.n. sendiri. Harga Rp {rpb} nego tipis. Lokasi {kel}. Hub [[p:{hp1}]] ([[n:{g1}]]) 🙏
""",
    ),
    T(
        "fb_post",
        "lost_missing",
        """
Babi hilang 2 ekor di {desa} sejak {hari} malam, warna hitam, satu ada tanda telinga kiri dipotong. Yang lihat tolong kabari sa [[n:{n1}]] [[p:{hp1}]] atau Pak Kades [[n:{n2}]] [[p:{hp2}]]. Ada imbalan Rp {rp}.
""",
    ),
    T(
        "fb_post",
        "utilities",
        """
Petugas catat meter PDAM yang datang ke rumah tadi siang sopan sekali, namanya Kaka [[n:{g1}]] (pakai ID card). Tapi angka di tagihan sonde sesuai: no samb {samb}, pemakaian tercatat {num} m³. Dia kasi nomor dia [[p:{hp1}]] kalau mau lapor ulang, selain call center PDAM {otel}.
""",
    ),
    # without personal data
    T(
        "fb_post",
        "utilities",
        """
⚠️ WASPADA! Beredar pesan WA dari nomor {scam} mengaku petugas PLN UP3 Kupang, minta transfer Rp {rp} untuk "ganti meter prabayar". PLN tidak pernah minta transfer. Pengaduan resmi lewat PLN Mobile atau call center 123. Sa pung ID pel {idpel} aman sa, sonde ada yang ganti.
""",
    ),
    T(
        "fb_post",
        "neighbourhood",
        """
Info Dukcapil Kota Kupang: perekaman KTP-el keliling hari {hari} {tg} di Kantor Camat {kec}, jam 08.00–14.00. Ambil nomor antrian di pintu (contoh {antri}). Pertanyaan: WA center {owa} atau telp {otelx}. Gratis, tidak dipungut biaya.
""",
    ),
    T(
        "fb_post",
        "market_trade",
        """
Update harga di {pasar} pagi ini ({tgl}):
cabe rawit Rp {kilo}/kg
bawang merah Rp {kilo2}/kg
ikan tembang Rp 20.000/4 ekor
beras medium Rp {beras}/kg
Pengaduan harga ke Disperindag Kota Kupang {otel}.
""",
    ),
    T(
        "fb_post",
        "transport",
        """
Info lalin: {jl} macet total jam {jam} karena truk tangki air mogok depan {shop}. Bemo {lampu} putar lewat {jl2}. Laporan ke WA Satlantas Polresta Kupang Kota {owa}, darurat 110. Estimasi lancar jam {jam2}.
""",
    ),
    T(
        "fb_post",
        "jobs",
        """
LOKER 📢 {shop} membutuhkan 2 orang kurir (SIM C aktif) dan 1 admin. Gaji UMK + bonus. Kirim lamaran ke WA {bwa} (HRD) atau antar langsung ke {jlno}. Paling lambat {tg}. Lowongan ini GRATIS, tidak dipungut biaya apapun!
""",
    ),
    T(
        "fb_post",
        "disaster_relief",
        """
BPBD Kota Kupang — update banjir {tg}: {num} rumah terendam di Kel. {kel} dan {kel2}. Posko di Kantor Lurah {kel}, telp {otel}. Pusdalops BPBD WA {owa}, darurat {short}. Warga diimbau tidak menyeberang kali saat hujan.
""",
    ),
    T(
        "fb_post",
        "religion_events",
        """
📣 Bazar & Lelang Natal {church}, {hari} {tg} jam 16.00. Kupon Rp {rp}. Info & pesan meja: WA panitia {owa} / {owa2}. Sumbangan lewat rek. Majelis Jemaat Bank NTT {rekntt}. Tuhan memberkati 🎄
""",
    ),
]

# ---- fb_comments: a post and the comments under it
TEMPLATES += [
    T(
        "fb_comments",
        "utilities",
        """
{grp}
Sapa yang jual air tangki di sekitar {kel}? PDAM su 9 hari sonde jalan 😭

Komentar
[[n:{n1}]]: Om [[n:{g2}]] di {kel2} ada tangki, nomornya [[p:{hp2}]]
Depot Air Segar Oesapa: Kami siap antar kak, {liter} liter Rp {tangki}. WA {bwa}
[[n:{n3}]]: sa biasa ambil di bapa [[n:{g4}]], 5.000 liter Rp {tangki2}, [[p:{hp4}]] 👍
""",
    ),
    T(
        "fb_comments",
        "transport",
        """
Mama-mama, ada yang tau ojek langganan yang bisa antar jemput anak SD ke {school}? Pagi jam 06.30, siang jam 12.00.

Komentar
[[n:{n1}]]: Coba Kaka [[n:{g2}]], dia antar sa pung anak 2 tahun sonde pernah terlambat. [[p:{hp2}]]
[[n:{l3}]]: sa pung ade laki [[n:{g4}]] ojek juga, pangkalan depan {pasar}. wa [[p:{hp4}]]
ojek_kupang_official: Daftar jadi mitra kami WA {bwa} 🙏
""",
        M=(2, 4),
    ),
    T(
        "fb_comments",
        "lost_missing",
        """
Kucing sa hilang sejak {hari} di {kel}, warna oren, kalung merah, namanya Pusi 😢 Tolong kalau lihat hubungi [[p:{hp1}]]. Ada imbalan.

Komentar
[[n:{n2}]]: Kaka tadi sore ada kucing oren di depan kios dekat {church}
[[n:{n1}]]: @[[n:{n2}]] makasih kak, sa langsung ke sana 🙏
[[n:{n3}]]: semoga ketemu kak
""",
    ),
    T(
        "fb_comments",
        "neighbourhood",
        """
Lampu jalan di gang kami su 3 bulan mati, lapor ke Pak RT sonde ada tindak lanjut. Sapa yang tau nomor kelurahan?

Komentar
[[n:{n1}]]: Kantor lurah {kel} {otel}, tapi jam kerja sa
[[n:{n2}]]: Pak RT dong [[n:{n3}]] memang susah dihubungi. Coba WA langsung [[p:{hp3}]] jang telpon
[[n:{n4}]]: lapor ke 1708 sa kak, format KOTKUPANG spasi keluhan
""",
        M=(3,),
    ),
    T(
        "fb_comments",
        "school_health",
        """
Sapa tau nomor bidan di Pustu {kel}? Sa pung maitua su mulai sakit perut 🙏

Komentar
[[n:{n1}]]: Bidan [[n:{g2}]] [[p:{hp2}]], rumahnya dekat Pustu
[[n:{n3}]]: Pustu pung nomor {owa} tapi malam sonde ada yang angkat. Langsung ke {pusk} sa
[[n:{n4}]]: Ambulans gratis Pemkot call center {short}
""",
        F=(2,),
    ),
    T(
        "fb_comments",
        "debt_scams",
        """
Barusan ada yang telpon bilang sa pung anak kecelakaan di Surabaya, minta transfer Rp {rpb} untuk operasi 😱

Komentar
[[n:{n1}]]: Itu penipu mama, nomor {scam} juga telpon sa minggu lalu
[[n:{n2}]]: Sa pung anak [[n:{g3}]] memang kuliah di Jawa, sa langsung telpon dia pung nomor [[p:{hp3}]] ternyata dia aman-aman sa 🙏
[[n:{n1}]]: syukur mama
""",
    ),
    T(
        "fb_comments",
        "religion_events",
        """
Turut berduka cita atas meninggalnya Opa [[n:{n1}]], tokoh masyarakat {kel}. Ibadah penghiburan malam ini di rumah duka.

Komentar
[[n:{n2}]]: Tuhan kuatkan keluarga 🙏
[[n:{n3}]]: Alamat rumah duka di mana kak?
[[n:{n4}]]: [[a:{ad1}]] kak, masuk lorong sebelah kios. Kalau bingung telpon [[n:{g5}]] (cucu) [[p:{hp5}]]
""",
        E=(1,),
        fam={5: 1},
    ),
    T(
        "fb_comments",
        "jobs",
        """
Dicari tukang batu 3 orang untuk kerja rumah di {kel}, 2 minggu, borongan/harian. Yang minat komen di bawah.

Komentar
[[n:{n1}]]: sa tukang batu kaka, pengalaman 10 tahun. hub [[p:{hp1}]]
[[n:{n2}]]: Sa deng sa pung ade [[n:{g3}]] siap kak, WA [[p:{hp2}]]
Toko Bangunan Karya Baru: Material lengkap kak, antar gratis area kota. Telp {otel}
""",
        M=(1, 2, 3),
    ),
    T(
        "fb_comments",
        "market_trade",
        """
Dijual ayam kampung, jantan Rp {rp}/ekor, betina Rp {rp2}. Lokasi {desa}.

Komentar
[[n:{n1}]]: masih ada kak? mau 5 ekor
[[n:{n2}]]: ada kaka, WA sa [[p:{hp2}]] nanti sa kirim foto
[[n:{n3}]]: bisa antar ke {kel}?
[[n:{n2}]]: bisa kak, ongkos Rp 20.000
""",
    ),
    T(
        "fb_comments",
        "lost_missing",
        """
SUDAH DITEMUKAN 🙏 Terima kasih semua yang bantu share. Adik [[n:{g1}]] sudah pulang ke rumah tadi subuh dalam keadaan sehat.

Komentar
[[n:{n2}]]: Puji Tuhan 🙏
[[n:{n3}]]: Syukurlah. Kemarin sa telpon mamanya [[n:{g4}]] di [[p:{hp4}]] tapi sonde masuk
[[n:{n5}]]: 🙏🙏
""",
        K=(1,),
        F=(4,),
    ),
    T(
        "fb_comments",
        "disaster_relief",
        """
Teman-teman relawan, besok kita bagi sembako ke korban banjir di {kel}. Kumpul jam 07.00 di depan {church}.

Komentar
[[n:{n1}]]: Sa bawa pick up. Kalau ada yang mau nebeng telpon [[p:{hp1}]]
Kantor Kelurahan {kel}: Data korban ada di posko kelurahan, hubungi {owa} 🙏
[[n:{n2}]]: sa ikut kak. ini sa pung nomor [[p:{hp2}]] kalau ada perubahan
""",
    ),
    T(
        "fb_comments",
        "utilities",
        """
Hati-hati, ada yang datang ke rumah mengaku petugas PLN periksa meteran lalu minta uang Rp {rp}.

Komentar
[[n:{n1}]]: Di sa pung rumah juga. Dia bilang namanya [[n:{n2}]] dari PLN, dia kasi nomor WA [[p:{hp2}]]
[[n:{n3}]]: PLN sonde pernah minta uang di rumah. Lapor ke 123 sa
[[n:{n4}]]: ID pel sa {idpel}, su telpon 123 katanya sonde ada jadwal petugas
""",
    ),
    T(
        "fb_comments",
        "religion_events",
        """
Latihan paduan suara gabungan untuk Paskah mulai {hari} jam 18.00 di {church}. Yang mau gabung silakan datang.

Komentar
[[n:{n1}]]: Kaka sapa yang pegang absen?
[[n:{n2}]]: CP Kak [[n:{g3}]] [[p:{hp3}]] (pelatih) atau sa [[p:{hp2}]]
[[n:{n4}]]: siap hadir 🙏
""",
    ),
    T(
        "fb_comments",
        "debt_scams",
        """
Mama-mama {kel}, hati-hati deng Mama [[n:{n1}]]. Dia bawa lari uang arisan 20 orang, total Rp {rpb}. Rumahnya di [[a:{ad1}]] su kosong.

Komentar
[[n:{n2}]]: Sa juga korban 😭 dia pung nomor [[p:{hp1}]] su sonde aktif
[[n:{n3}]]: Lapor polisi sa mama, bawa bukti transfer
[[n:{n2}]]: su lapor, {lp}
""",
    ),
    T(
        "fb_comments",
        "housing",
        """
Cari kos putra dekat {school}, budget Rp {gaji}/bulan, ada kamar mandi dalam.

Komentar
{kos}: Ada kamar kosong kak, Rp {rp2}/bln. Info WA {bwa}
[[n:{n1}]]: Sa pung rumah ada 2 kamar kosong di [[a:{adr1}]]. Hub sa [[p:{hp1}]] (pemilik)
[[n:{n2}]]: mantap
""",
    ),
    T(
        "fb_comments",
        "transport",
        """
Bemo {lampu} plat [[pl:{pl1}]] tadi ugal-ugalan di {jl}, hampir tabrak anak sekolah 😡

Komentar
[[n:{n2}]]: Itu bemo Om [[n:{g3}]] punya, sopirnya ganti-ganti. Om dia pung nomor [[p:{hp3}]], lapor langsung sa
[[n:{n4}]]: Lapor Dishub juga kaka, pengaduan angkutan {otel}
""",
    ),
    # without personal data
    T(
        "fb_comments",
        "utilities",
        """
Air PDAM di {kel} kapan jalan lagi? Su 2 minggu!

Komentar
kupang_viral: sama di {kel2} 😤
Perumda Air Minum Kota Kupang: Mohon maaf atas gangguan distribusi. Info gangguan hubungi {otel} atau WA pengaduan {owa} pada jam kerja 🙏
anak_kos_penfui: beli air tangki {liter} liter su Rp {tangki}
""",
    ),
    T(
        "fb_comments",
        "debt_scams",
        """
Sapa lagi yang dapat SMS "Selamat nomor anda menang undian Rp {rpb} dari Telkomsel"?

Komentar
mama_oesapa_77: sa dapat dari {scam} 🙄
kupang_update: dari {scam2} juga ada, suruh telpon {scam3} untuk klaim
Grapari Kupang: Hati-hati penipuan. Info resmi hanya dari 188 🙏
""",
    ),
    T(
        "fb_comments",
        "market_trade",
        """
Harga ikan di {pasar} hari ini?

Komentar
nelayan_oeba: cakalang Rp {kilo}/kg, tongkol Rp {kilo2}/kg
Toko Sembako Cahaya Timor: Beras 5 kg Rp {rp} kak, stok aman. Telp {otel}
kupang_kuliner: se'i babi Rp 180.000/kg 😋
""",
    ),
    T(
        "fb_comments",
        "transport",
        """
Order ojol {order} sudah dibayar {rp} tapi driver sonde datang, aplikasi error.

Komentar
Maxim Kupang: Mohon maaf kak, silakan kirim nomor order ke CS kami WA {bwa} atau {cc} 🙏
ojek_mania_kpg: sama tadi jam {jam}
infokupang_id: mungkin jaringan
""",
    ),
    T(
        "fb_comments",
        "market_trade",
        """
Paket sa dari Jakarta resi {resi} su 12 hari sonde sampai 😩

Komentar
jnt_kupang_resmi: Mohon DM nomor resi kak. Kantor kami {jlno}, telp {otel}
olshop_ntt: coba cek di web kak
paket_kupang: sa juga {resi2} nyangkut di Surabaya
""",
    ),
    T(
        "fb_comments",
        "neighbourhood",
        """
Antrian Dukcapil hari ini sampai nomor berapa?

Komentar
warga_maulafa: sa dapat {antri}, sekarang baru {antri2} 😅
Dukcapil Kota Kupang: Antrian online via WA {owa}, kuota {num} per hari. Layanan {hari} 08.00–15.00
kupang_info: bawa fotokopi KK kak
""",
    ),
    T(
        "fb_comments",
        "jobs",
        """
Ada yang pernah lamar di "PT Sinar Timor Abadi"? Dong minta transfer Rp {rp} untuk biaya seragam.

Komentar
loker_ntt_official: Itu penipuan kak! Lowongan asli tidak pernah minta biaya. Nomor {scam} su banyak laporan
disnaker_kotakupang: Pengaduan loker palsu ke {otelx} 🙏
pencari_kerja_kpg: hampir tertipu juga
""",
    ),
]

# ---- wa_group: WhatsApp group exports (RT, rayon, class parents, pangkalan, kos) and forwards
TEMPLATES += [
    T(
        "wa_group",
        "utilities",
        """
[{tgs} {jam}] Pak RT 09: Selamat sore bapa mama. Air PDAM di kita pung RT belum jalan sampai hari {hari}. Yang mau pesan tangki bisa hubungi Om [[n:{n1}]] [[p:{hp1}]], harga {liter} liter Rp {tangki}.
[{tgs} {jam2}] [[n:{n2}]]: Makasih Pak RT 🙏
[{tgs} {jam3}] [[n:{n3}]]: Om [[n:{g1}]] pung tangki penuh terus, sa su antre dari kemarin 😅
""",
    ),
    T(
        "wa_group",
        "religion_events",
        """
[{tgs} {jam}] Sekretaris Rayon 4: Shalom bapa mama. Ibadah keluarga malam ini jam 19.00 di rumah keluarga [[n:{f1}]], [[a:{ad1}]]. Pelayan firman Pnt. [[n:{n2}]]. Yang butuh jemputan hubungi [[n:{g3}]] [[p:{hp3}]].
[{tgs} {jam2}] [[n:{n4}]]: Siap hadir 🙏
[{tgs} {jam3}] [[n:{n5}]]: Izin sa sonde bisa, ada jaga di {pusk}
""",
    ),
    T(
        "wa_group",
        "school_health",
        """
[{tgs} {jam}] Wali Kelas 4B: Selamat pagi bapak ibu. Besok anak-anak ke museum, kumpul jam 07.00 di sekolah. Kalau ada apa-apa hubungi sa langsung: [[n:{n1}]], [[p:{hp1}]] (WA). Nomor sekolah {otel} sonde aktif hari Sabtu.
[{tgs} {jam2}] [[p:{hp2}]]: Pagi ibu guru, ini mama dari [[n:{g3}]], besok dia izin sakit 🙏
[{tgs} {jam3}] [[n:{n1}]]: Baik mama, cepat sembuh e
""",
        F=(1, 2),
        K=(3,),
    ),
    T(
        "wa_group",
        "school_health",
        """
[{tgs} {jam}] Kader [[n:{g1}]]: Bapa mama, posyandu bulan ini hari {hari} tanggal {tgl} di {posy}. Bawa buku KIA. Bayi [[n:{n2}]] deng [[n:{n3}]] belum imunisasi bulan lalu e 🙏
[{tgs} {jam2}] [[n:{n4}]]: Siap kak, sa pung anak [[n:{g2}]] ikut
[{tgs} {jam3}] Kader [[n:{g1}]]: Kalau ada yang mau tanya langsung WA sa [[p:{hp1}]] atau bidan desa [[p:{hp5}]] ([[n:{g5}]])
""",
        F=(1, 4, 5),
        K=(2, 3),
        fam={2: 4},
    ),
    T(
        "wa_group",
        "school_health",
        """
[{tgs} {jam}] [[n:{n1}]]: Keluarga, Oma su masuk ruang rawat inap lantai 2 RSUD. Nomor perawat jaga ruangan {owa} (ruang Cempaka). Kalau sonde diangkat telpon sa atau Om [[n:{g2}]] [[p:{hp2}]].
[{tgs} {jam2}] [[n:{n3}]]: Kartu BPJS oma no [[bpjs:{bpjs4}]] su sa foto kirim ke admin ruangan
[{tgs} {jam3}] [[n:{n1}]]: Ok makasih 🙏
""",
    ),
    T(
        "wa_group",
        "transport",
        """
[{tgs} {jam}] Korlap Pangkalan: Ada penumpang mau ke bandara El Tari jam 05.00 besok, Ibu [[n:{n1}]] di [[a:{ad1}]]. Sapa yang ambil? Nomor ibu [[p:{hp1}]]
[{tgs} {jam2}] [[n:{n2}]]: Sa ambil korlap 🙏
[{tgs} {jam3}] Korlap Pangkalan: Ok [[n:{g2}]], tarif Rp {rp} jang naik-naik e
""",
        M=(2,),
    ),
    T(
        "wa_group",
        "market_trade",
        """
[{tgs} {jam}] Ketua Paguyuban: Info untuk mama-mama pedagang sayur {pasar}. Yang mau ambil tomat deng lombok dari petani Oelnasi langsung hubungi Bapa [[n:{n1}]] [[p:{hp1}]], harga Rp {kilo}/kg, antar subuh.
[{tgs} {jam2}] [[n:{n2}]]: Makasih ketua. Bapa [[n:{g1}]] ada terima bayar pakai {wal1}?
[{tgs} {jam3}] Ketua Paguyuban: Tanya langsung sa mama
""",
    ),
    T(
        "wa_group",
        "lost_missing",
        """
[{tgs} {jam}] [[p:{hp1}]]: Selamat malam grup. Sa pung motor Scoopy putih [[pl:{pl1}]] hilang di parkiran {pasar} tadi jam {jam2}. Kalau ada yang lihat tolong kabari sa di nomor ini. 🙏 [[n:{g1}]], warga [[a:{rt1}]]
[{tgs} {jam3}] [[n:{n2}]]: Lapor polsek kak, bawa STNK
[{tgs} {jam3}] [[n:{n3}]]: Share ke grup Info Kupang juga
""",
    ),
    T(
        "wa_group",
        "housing",
        """
[{tgs} {jam}] Ibu Kos: Adik-adik, mulai bulan {bln} bayar kos Rp {gaji} transfer ke rek sa {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. Bukti transfer kirim ke nomor ini atau ke suami sa [[n:{g2}]] [[p:{hp2}]].
[{tgs} {jam2}] [[n:{n3}]]: Baik ibu 🙏
[{tgs} {jam3}] [[n:{n4}]]: Ibu token listrik kamar 5 habis, nomor meter {meter}
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "wa_group",
        "debt_scams",
        """
[{tgs} {jam}] [[n:{n1}]]: Bapa mama hati-hati. Tadi siang ada DC dari {pinjol} datang ke rumah tetangga [[n:{n2}]], marah-marah. Dia pake nomor {scam}, mengaku debt collector resmi. Sa su rekam.
[{tgs} {jam2}] [[n:{n3}]]: Lapor ke Pak RT sa. Jang kasi masuk rumah
[{tgs} {jam3}] Pak RT 14: Su sa teruskan ke Bhabinkamtibmas, WA {owa}
""",
    ),
    T(
        "wa_group",
        "disaster_relief",
        """
[{tgs} {jam}] Sekretaris RT: Air su naik di kali belakang. Oma [[n:{n1}]] di [[a:{ad1}]] tinggal sendiri, perlu dijemput. Anaknya [[n:{n2}]] di Atambua, nomor [[p:{hp2}]], su sa kabari.
[{tgs} {jam2}] [[n:{n3}]]: Sa deng [[n:{g4}]] jalan jemput sekarang
[{tgs} {jam3}] Sekretaris RT: Posko BPBD {otel}, ambulans {short}
""",
        fam={2: 1},
        M=(3,),
    ),
    T(
        "wa_group",
        "school_health",
        """
[{tgs} {jam}] Sekretaris Komite: Rapat orang tua kelas VI {school} hari {hari} jam 10.00 bahas ujian deng perpisahan. Konfirmasi hadir ke sa [[n:{n1}]] [[p:{hp1}]] atau bendahara komite Ibu [[n:{n2}]] [[p:{hp2}]].
[{tgs} {jam2}] [[n:{n3}]]: Hadir ibu
""",
    ),
    T(
        "wa_group",
        "jobs",
        """
[{tgs} {jam}] [[n:{n1}]]: Teman-teman pemuda, Kak [[n:{n2}]] butuh 2 orang jaga kios di {pasar}, gaji Rp {rp}/minggu. Yang minat WA langsung [[p:{hp2}]], bilang dari grup pemuda {church}.
[{tgs} {jam2}] [[n:{n3}]]: sa minat kak 🙋
""",
    ),
    T(
        "wa_group",
        "lost_missing",
        """
[{tgs} {jam}] [[n:{n1}]]: Mama-mama ada tas sekolah biru tertinggal di bemo {lampu}, ada nama [[n:{N2}]] kelas 3 {school}. Mamanya bisa hubungi sa [[p:{hp1}]] 🙏
[{tgs} {jam2}] [[n:{n3}]]: Itu anaknya Mama [[n:{g4}]], sa teruskan ke dia
""",
        K=(2,),
        fam={2: 4},
    ),
    T(
        "wa_group",
        "utilities",
        """
[{tgs} {jam}] Admin Perumahan: Info, besok petugas PLN periksa meteran di blok C. Petugasnya Kaka [[n:{n1}]], ada surat tugas. Kalau ragu telpon dia [[p:{hp1}]] atau PLN 123. Sonde ada pungutan apapun.
[{tgs} {jam2}] [[n:{n2}]]: Makasih info admin
""",
    ),
    T(
        "wa_group",
        "religion_events",
        """
[{tgs} {jam}] Takmir Masjid: Assalamualaikum. Takjil buka puasa bersama dikumpul di rumah Ibu [[n:{n1}]], [[a:{adr1}]], paling lambat jam 16.00. Info: Ustad [[n:{n2}]] [[p:{hp2}]].
[{tgs} {jam2}] [[n:{n3}]]: Waalaikumsalam, siap 🙏
""",
    ),
    # without personal data
    T(
        "wa_group",
        "neighbourhood",
        """
[{tgs} {jam}] Admin Kelurahan: *PENGUMUMAN* Pembagian BLT tahap 2 hari {hari} {tg} di Kantor Lurah {kel}, jam 09.00. Bawa KTP & KK asli. Urutan per RT: RT 01–RT 05 jam 09.00, RT 06–RT 10 jam 11.00.
Info: telp kantor {otel}, WA {owa} (jam kerja).
[{tgs} {jam2}] Pak RT: Terima kasih admin 🙏
""",
    ),
    T(
        "wa_group",
        "debt_scams",
        """
[{tgs} {jam}] {scamj}: Yth. Bapak/Ibu penerima bansos, kami dari Kemensos RI. Dana PKH Rp {rpb} sudah cair, silakan klik bit.ly/pkh-{kode} dan isi NIK. Hubungi admin {scam2}.
[{tgs} {jam2}] Sekretaris RT: ⚠️ Itu penipuan bapa mama! Jangan klik. Nomor itu sudah dikeluarkan dari grup.
[{tgs} {jam3}] Pak RT: Pengaduan bansos resmi ke Dinsos {otel}
""",
    ),
    T(
        "wa_group",
        "religion_events",
        """
[{tgs} {jam}] Panitia Paskah: Jadwal latihan drama Jumat Agung: {hari} jam 19.00. Iuran kostum Rp {rp} per anak. Transfer ke rek panitia Bank NTT {rekntt} (a.n. Panitia Paskah Jemaat). Konfirmasi WA panitia {owa}.
[{tgs} {jam2}] Sekretaris Jemaat: Kantor gereja {otel} buka jam 09.00–13.00
""",
    ),
    T(
        "wa_group",
        "transport",
        """
[{tgs} {jam}] Korlap Pangkalan: Tarif baru mulai {tg}: dalam kota Rp 15.000, ke bandara Rp {rp}, per km tambahan Rp 3.000.
[{tgs} {jam2}] Bendahara Pangkalan: Kas pangkalan bulan ini Rp {rpb}. Uang rompi Rp 85.000.
[{tgs} {jam3}] Korlap Pangkalan: Razia Satlantas besok di {jl}, helm wajib. Info lalin {owa}
""",
    ),
    T(
        "wa_group",
        "utilities",
        """
[{tgs} {jam}] Admin RT 21: Forward dari PLN UP3 Kupang: pemadaman bergilir {hari} {tg} jam 09.00–15.00 wilayah {kel} deng {kel2}, penyulang {num}. Info gangguan PLN 123 atau WA {owa}.
[{tgs} {jam2}] mama: aduh su mau masak
[{tgs} {jam3}] Admin RT 21: Token yang su isi aman, sonde hilang
""",
    ),
    T(
        "wa_group",
        "market_trade",
        """
[{tgs} {jam}] Admin Pasar: Harga hari ini {pasar}: beras Rp {beras}/kg, gula Rp {beras2}/kg, minyak goreng Rp 19.500/liter, telur Rp 54.000/rak. Retribusi lapak Rp 3.000/hari, karcis no. {num}{big}.
[{tgs} {jam2}] Ketua Paguyuban: Pengaduan pungli ke UPTD Pasar {otel}
""",
    ),
    T(
        "wa_group",
        "disaster_relief",
        """
[{tgs} {jam}] Admin Kelurahan: Forward BPBD Kota Kupang ⚠️ Peringatan dini cuaca ekstrem {tg} s/d {tg2}. Gelombang 2,5–4 m di perairan Teluk Kupang. Darurat hubungi Pusdalops {otel} / WA {owa} / {short}.
[{tgs} {jam2}] Pak RT: Nelayan jang melaut dolo
""",
    ),
]

# ---- sms_1708: SMS to 1708 (KOTKUPANG <keluhan>), in capitals and in lower case
TEMPLATES += [
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG SY [[n:{n1}]] WARGA [[a:{rt1}]] KEL {kel}. AIR PDAM SDH 2 MGG TDK JALAN, NO SAMB {samb}. SY SDH TLP PDAM {otel} TDK DIANGKAT. MHN BANTUAN. HP [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "transport",
        """
kotkupang mau lapor ojek yg bawa lari hp sy di {jl} tgl {tgl} jam {jam}. motornya [[pl:{pl1}]], sy sempat catat. nomor sy yg di hp itu [[p:{hp1}]], skrg sy pake nomor adik [[p:{hp2}]] an [[n:{l2}]]. tks - [[n:{lg1}]]
""",
    ),
    T(
        "sms_1708",
        "school_health",
        """
KOTKUPANG SY GURU HONOR DI {school} BELUM TERIMA HONOR 4 BLN ({bln} S/D SKRG). KEPSEK TDK MAU TEMUI KAMI. MHN DITINDAKLANJUTI. TTD [[n:{n1}]] [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "neighbourhood",
        """
kotkupang pak rt [[n:{l1}]] di [[a:{rt2}]] minta uang rp {rp} utk surat pengantar ktp. kalau tdk bayar tdk dilayani. nomor dia [[p:{hp1}]] kalau mau dicek. dr warga, nama sy jgn disebut
""",
        M=(1,),
    ),
    T(
        "sms_1708",
        "debt_scams",
        """
KOTKUPANG SY DITEROR DC PINJOL {pinjol}, DATA SY DISEBAR KE SEMUA KONTAK. NOMOR DIA {scam} DAN {scam2} MENGAKU DARI KANTOR HUKUM. MHN DIBANTU. SY [[n:{n1}]] HP [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "school_health",
        """
kotkupang pustu di {kel} tutup terus, bidan [[n:{lg1}]] tdk pernah ada. sy tlp nomor dia [[p:{hp1}]] katanya lg di luar kota. anak sy demam tinggi dr semalam. [[n:{l2}]] [[p:{hp2}]]
""",
        F=(1,),
    ),
    T(
        "sms_1708",
        "housing",
        """
KOTKUPANG IBU KOS [[n:{n1}]] YG TINGGAL DI [[a:{ad1}]] TDK MAU KEMBALIKAN UANG JAMINAN RP {gaji} PDHL SY SDH KELUAR {tgl}. HP IBU KOS [[p:{hp1}]]. SY MAHASISWA [[n:{n2}]] HP [[p:{hp2}]]
""",
        U=True,
        F=(1,),
    ),
    T(
        "sms_1708",
        "debt_scams",
        """
kotkupang mau tanya nomor [[p:{hp1}]] itu benar petugas dukcapil? dia bilang namanya [[n:{l1}]], minta uang rp {rp} utk cetak ktp cepat. sy [[n:{l2}]] dr {kel}
""",
    ),
    T(
        "sms_1708",
        "market_trade",
        """
KOTKUPANG PEDAGANG IKAN DI {pasar} DIPUNGUT RP {rp} TIAP HARI OLEH ORANG YG MENGAKU PETUGAS, KARCIS TDK ADA. SY [[n:{n1}]] LAPAK NO {num}. HP/WA [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "utilities",
        """
kotkupang sy pesan air tangki di om [[n:{lg1}]] [[p:{hp1}]] bayar rp {tangki} tp air kotor & tangki tdk penuh, hanya ± {liter} liter. mhn ditertibkan penjual air di {kel}. [[n:{lg2}]]
""",
        M=(1,),
    ),
    T(
        "sms_1708",
        "religion_events",
        """
KOTKUPANG MHN BANTUAN LAMPU JALAN DEPAN {church} MATI 2 BLN, JEMAAT PULANG IBADAH MALAM GELAP. SDH LAPOR {tgl}, TIKET {tiket}. KONTAK SY [[n:{n1}]] (MAJELIS) [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "lost_missing",
        """
kotkupang mhn bantu sebarkan, bapa sy [[n:{l1}]] ({umur1} th) pikun, keluar rumah dr [[a:{ad1}]] sejak jam {jam} blm pulang. pakai kemeja kotak2 biru. hub sy [[p:{hp2}]] / [[p:{hq2}]] ([[n:{lg2}]])
""",
        E=(1,),
        M=(1,),
        fam={2: 1},
    ),
    T(
        "sms_1708",
        "jobs",
        """
KOTKUPANG SY MELAMAR KERJA KE KAPAL LEWAT AGEN DI {jl}, SDH BAYAR RP {rpb} TP TDK DIBERANGKATKAN. AGEN NAMA [[n:{n1}]] HP [[p:{hp1}]]. PELAPOR [[n:{n2}]] [[p:{hp2}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "disaster_relief",
        """
kotkupang rumah sy di [[a:{adr1}]] rusak kena angin kencang tgl {tgl}, atap seng terbang semua. sdh lapor kelurahan blm ada petugas datang. [[n:{l1}]] hp [[p:{hpo1}]]
""",
    ),
    T(
        "sms_1708",
        "transport",
        """
KOTKUPANG BEMO {lampu} SERING TDK SAMPAI TERMINAL, PENUMPANG DITURUNKAN DI TENGAH JALAN. CONTOH BEMO [[pl:{pl1}]] TGL {tgl} JAM {jam}. MHN DISHUB TINDAK. [[n:{n2}]] [[p:{hpO2}]]
""",
        U=True,
    ),
    T(
        "sms_1708",
        "school_health",
        """
kotkupang wali kelas anak sy di {school} ibu [[n:{l1}]] wajibkan les tambahan rp {rp}/bln di rumahnya [[a:{ad1}]]. nomor wali kelas [[p:{hp1}]]. sy ortu murid, [[n:{lg2}]] wa [[p:{hpk2}]]
""",
        F=(1,),
    ),
    # without personal data
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG MHN INFO NOMOR PENGADUAN PDAM YG AKTIF. SY TLP {otel} DAN {otel2} TDK ADA YG ANGKAT. NO SAMB {samb}, TAGIHAN BLN {bln} RP {rp} PDHL AIR TDK JALAN
""",
        U=True,
    ),
    T(
        "sms_1708",
        "debt_scams",
        """
kotkupang sy dpt sms dr {scam} katanya sy menang undian rp {rpb} dr bank ntt, disuruh tlp {scam2} utk klaim. sdh bbrp org di kampung dpt jg. tolong ditindak
""",
    ),
    T(
        "sms_1708",
        "neighbourhood",
        """
KOTKUPANG ANTRIAN DUKCAPIL NO {antri} DARI JAM 07.00 BLM DIPANGGIL SAMPAI JAM {jam}. WA CENTER {owa} TDK BALAS, TELP {otel} SIBUK TERUS
""",
        U=True,
    ),
    T(
        "sms_1708",
        "transport",
        """
kotkupang tarif ojol dr {kel} ke bandara rp {kilo} pdhl cuma {km} km. order {order} tgl {tgl}. cs {cc} tdk respon. mhn dishub awasi
""",
    ),
    T(
        "sms_1708",
        "utilities",
        """
KOTKUPANG BELI TOKEN RP {rp} TGL {tgl} TP TDK MASUK. NO METER {meter}, TOKEN {token}. PLN 123 SURUH TUNGGU 3X24 JAM, SDH 5 HARI
""",
        U=True,
    ),
    T(
        "sms_1708",
        "neighbourhood",
        """
kotkupang jalan di {jl} depan {school} berlubang besar, sdh {num} motor jatuh minggu ini. mhn dinas pupr perbaiki. laporan sebelumnya {tiket} tgl {tgl} blm ada tindak lanjut
""",
    ),
    T(
        "sms_1708",
        "school_health",
        """
KOTKUPANG ANTRIAN BPJS KESEHATAN CABANG KUPANG NO {antri}, CARE CENTER 165 TDK BISA DIHUBUNGI, WA PANDAWA {owa} HANYA BALAS OTOMATIS. SDH {num} HARI URUS PINDAH FASKES
""",
        U=True,
    ),
]

# ---- kupang_malay: messages and voice notes to the unit in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "neighbourhood",
        """
Selamat siang bapa ibu di Unit Pengaduan. Beta [[n:{n1}]] dari {kel}. Beta mau lapor Pak RT [[n:{n2}]] sonde mau kasi tanda tangan surat pindah, dia bilang beta harus bayar Rp {rp} dolo. Dia pung nomor [[p:{hp2}]], beta pung nomor [[p:{hp1}]]. Makasih.
""",
    ),
    T(
        "kupang_malay",
        "transport",
        """
Beta pung ana pi sekolah naik ojek langganan, Om [[n:{g1}]]. Kemarin dia sonde datang, ana tunggu sampe jam 9 baru beta antar. Beta telpon dia pung nomor [[p:{hp1}]] sonde angkat. Ojek pangkalan ni ada yang urus ko sonde? Biar ada tanggung jawab.
""",
    ),
    T(
        "kupang_malay",
        "debt_scams",
        """
Beta su bayar lunas di pinjol {pinjol} tanggal {tgl}, tapi dong masih telpon terus pake nomor {scam}, bilang beta masih utang Rp {rp}. Dong lai telpon beta pung ade [[n:{g1}]] di [[p:{hp1}]] deng maki-maki. Beta su stres. [[n:{n2}]]
""",
    ),
    T(
        "kupang_malay",
        "market_trade",
        """
Mama-mama penjual sayur di {pasar} dong usir dari emperan, padahal sonde ada tempat lain. Beta pung mama [[n:{n1}]] su 20 tahun jual di situ. Kalau petugas mau tanya langsung, mama pung HP [[p:{hp1}]], beta [[n:{g2}]] [[p:{hp2}]].
""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "housing",
        """
Beta anak kos di {kel}. Pemilik kos, Om [[n:{n1}]], putus listrik tiap jam 10 malam, padahal botong bayar Rp {gaji} su termasuk listrik. Om dia pung nomor [[p:{hp1}]], tapi dia sonde mau dengar. Tolong dibantu. [[n:{g2}]]
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Air tangki di botong pung RT mahal sekali, Rp {tangki} satu tangki. Yang jual cuma satu orang, Bapa [[n:{n1}]], nomor [[p:{hp1}]]. Yang lain sonde berani masuk. Tolong Pemkot kirim air bersih. Salam, [[n:{n2}]], [[a:{rt2}]]
""",
    ),
    T(
        "kupang_malay",
        "religion_events",
        """
Beta mau kasi tau, ibadah padang di {church} hari Minggu ni botong perlu tutup jalan sebentar jam 06.00–09.00. Yang urus beta, [[n:{n1}]], koordinator seksi acara. HP [[p:{hp1}]]. Surat su masuk ke kelurahan no {surat}.
""",
    ),
    T(
        "kupang_malay",
        "school_health",
        """
Anak beta [[n:{g1}]] kelas 5 di {school} dapa pukul dari guru olahraga. Beta su telpon wali kelas Ibu [[n:{g2}]] di [[p:{hp2}]], tapi dia bilang urus sendiri sa. Beta [[n:{n3}]], HP [[p:{hp3}]].
""",
        K=(1,),
        fam={1: 3},
    ),
    T(
        "kupang_malay",
        "debt_scams",
        """
Ada orang telpon beta pake nomor [[p:{hp1}]], dia bilang dia dari kampung yang sama, namanya [[n:{n1}]], mau pinjam uang Rp {rp} untuk bayar rumah sakit. Beta sonde kenal dia. Hati-hati e bapa mama.
""",
    ),
    T(
        "kupang_malay",
        "lost_missing",
        """
Beta pung dompet jatuh di bemo {lampu} hari {hari}. Isi KTP deng kartu BPJS. Ada orang baik, namanya Kaka [[n:{n1}]], telpon beta pung nomor [[p:{hp2}]] yang ada di kartu nama. Beta su ambil tadi. Terima kasih banyak Kaka, Tuhan berkati.
""",
    ),
    T(
        "kupang_malay",
        "jobs",
        """
Beta mau tanya, ada lowongan jadi petugas kebersihan kota ko sonde? Beta [[n:{n1}]], umur {umur1}, tinggal di [[a:{adr1}]]. Kalau ada, telpon beta [[p:{hp1}]] atau beta pung kaka [[n:{g2}]] [[p:{hp2}]].
""",
    ),
    T(
        "kupang_malay",
        "disaster_relief",
        """
Banjir masuk rumah di [[a:{rt1}]] {kel}. Botong su naik ke rumah tetangga, Om [[n:{n2}]]. Yang perlu bantuan paling banyak tu Oma [[n:{n3}]], dia sonde bisa jalan. Kalau petugas mau datang, telpon beta [[p:{hp1}]]. [[n:{g1}]]
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Petugas baca meter PDAM di botong pung wilayah, Kaka [[n:{n1}]], su 3 bulan sonde datang, tagihan dikira-kira sa. Beta su WA dia [[p:{hp1}]], dia bilang motor rusak. Tagihan beta bulan ni Rp {rp}, no samb {samb}.
""",
    ),
    T(
        "kupang_malay",
        "transport",
        """
Kemarin malam di {jl} ada pick up [[pl:{pl1}]] tabrak beta pung ade [[n:{g2}]] lalu lari. Ade su di {pusk} sekarang. Sapa yang tau pemilik pick up tu tolong telpon beta [[n:{n3}]] [[p:{hp3}]].
""",
    ),
    T(
        "kupang_malay",
        "debt_scams",
        """
DC yang datang ke rumah tadi, dia kasi nomor [[p:{hp1}]], nama [[n:{n1}]]. Dia bilang beta pung laki utang di koperasi Rp {rpb}. Beta sonde tau apa-apa. Ini benar ko sonde? Beta pung nomor [[p:{hp2}]].
""",
    ),
    T(
        "kupang_malay",
        "school_health",
        """
Terima kasih untuk kader posyandu Mama [[n:{g1}]] yang datang ke rumah timbang beta pung cucu. Kalau ada yang mau tanya jadwal, Mama dia pung nomor [[p:{hp1}]]. Posyandu bulan depan tanggal {tgl}.
""",
    ),
    # without personal data
    T(
        "kupang_malay",
        "utilities",
        """
Beta mau lapor, nomor WA pengaduan PDAM {owa} sonde pernah balas. Telpon kantor {otel} juga sonde angkat. Air su 10 hari mati di kelurahan {kel}. No samb {samb}, tagihan tetap Rp {rp}.
""",
    ),
    T(
        "kupang_malay",
        "debt_scams",
        """
Ada nomor {scam} telpon beta, bilang dia dari Bank NTT, minta kode OTP. Beta sonde kasi. Nomor lain lai {scam2} kirim SMS sama. Tolong kasi tau warga jang kasi kode {kode} apa sa ke orang.
""",
    ),
    T(
        "kupang_malay",
        "neighbourhood",
        """
Beta ke Dukcapil dapa nomor antrian {antri}, tunggu dari jam 8 sampe jam {jam}. Petugas bilang kuota habis. Ko kenapa sonde pake antrian online WA {owa} sa? Kasihan orang tua dong.
""",
    ),
    T(
        "kupang_malay",
        "transport",
        """
Ojek online ni pung tarif naik terus. Order {order} dari {kel} ke {pasar} Rp {kilo}, biasa Rp 15.000 sa. CS {cc} cuma balas otomatis. Dishub tolong liat.
""",
    ),
    T(
        "kupang_malay",
        "market_trade",
        """
Harga beras di {pasar} su Rp {beras}/kg, minggu lalu Rp {beras2}. Minyak goreng Rp 21.000/liter. Pemerintah tolong bikin operasi pasar. Disperindag pung nomor {otel} sonde ada yang angkat.
""",
    ),
    T(
        "kupang_malay",
        "jobs",
        """
Beta dapa info loker dari nomor {scam}, katanya dari PT Pelabuhan, suru transfer Rp {rp} untuk tes kesehatan. Itu tipu-tipu to? Beta su tanya ke Disnaker {otelx} tapi belum dapa jawaban.
""",
    ),
    T(
        "kupang_malay",
        "disaster_relief",
        """
Posko banjir di Kantor Camat {kec} tu pung nomor {owa} sonde aktif. Botong di {kel} perlu terpal {num} lembar deng air bersih {big} liter. Su dua hari sonde ada bantuan.
""",
    ),
]

# ---- call_note: calls written out, call-centre notes and call logs
TEMPLATES += [
    T(
        "call_note",
        "transport",
        """
Catatan call center Unit Pengaduan Kasih, {tg} {jam}
Petugas: Selamat pagi, Unit Pengaduan Kasih, dengan [[n:{g1}]], ada yang bisa dibantu?
Penelepon: Pagi. Sa mau lapor sopir bemo {lampu} yang kasar ke penumpang.
Petugas: Boleh nama bapak?
Penelepon: [[n:{n2}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: Nomor ini sa, [[p:{hp2}]].
Petugas: Plat bemonya bapak ingat?
Penelepon: [[pl:{pl3}]].
Petugas: Baik, kami teruskan ke Dishub. Nomor tiket {tiket}.
""",
        M=(2,),
    ),
    T(
        "call_note",
        "utilities",
        """
LOG PANGGILAN CALL CENTER — {tgl}
Jam | Penelepon | Nomor | Keluhan
{jam} | [[n:{n1}]] | [[p:{hp1}]] | air PDAM mati di [[a:{rt1}]] Kel. {kel}
{jam2} | penelepon tidak sebut nama | [[p:{hp2}]] | lampu jalan {jl}
{jam3} | Komite {school} | {owa} | minta info dana BOS
{jam4} | [[n:{l4}]] | [[p:{hp4}]] | tagihan PDAM naik, no samb {samb}
""",
    ),
    T(
        "call_note",
        "neighbourhood",
        """
Catatan call center {tgl}: penelepon [[n:{n1}]] ([[p:{tr1}]], telp rumah) melaporkan tetangga, Bapak [[n:{n2}]], bakar sampah plastik tiap sore di halaman rumahnya [[a:{ad2}]]. Asap masuk ke kamar anak yang asma. Sudah ditegur 2x. Diteruskan ke DLHK ({otel}).
""",
    ),
    T(
        "call_note",
        "debt_scams",
        """
Penelepon: Bapak [[n:{n1}]], warga [[a:{rt1}]].
Laporan: ditelepon nomor {scam} yang mengaku petugas Dinsos, diminta transfer Rp {rp} "biaya administrasi PKH". Pelapor sudah transfer ke {bank2} [[b:{rek2}]] a.n. [[n:{n2}]].
Nomor pelapor: [[p:{hp1}]].
Tindak lanjut: diarahkan lapor ke SPKT Polresta, bukti transfer disimpan.
""",
    ),
    T(
        "call_note",
        "lost_missing",
        """
Petugas: Dengan siapa saya bicara?
Penelepon: Sa Mama [[n:{n1}]]. Anak sa [[n:{g2}]] belum pulang dari sekolah {school}, ini su jam {jam}.
Petugas: Nomor yang bisa dihubungi, mama?
Penelepon: [[p:{hp1}]], atau bapanya [[n:{g3}]] [[p:{hp3}]].
Petugas: Baik, kami teruskan ke Polsek dan Satpol PP. Mama tetap di rumah e.
""",
        K=(2,),
        M=(3,),
        fam={2: 1},
    ),
    T(
        "call_note",
        "school_health",
        """
{tgl} {jam} — penelepon Mama [[n:{n1}]] tanya jadwal imunisasi anak. Petugas: silakan hubungi {pusk} di {otel} atau bidan koordinator kami Ibu [[n:{n2}]] di [[p:{hp2}]]. Penelepon minta dikirim jadwal ke WA [[p:{hp1}]].
""",
    ),
    T(
        "call_note",
        "debt_scams",
        """
Catatan: penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor DC pinjol {pinjol} datang ke tempat kerjanya di {pasar}, pakai motor [[pl:{pl2}]], marah-marah di depan pembeli. DC telpon dari {scam}, mengaku debt collector resmi. Pelapor minta perlindungan. Diteruskan ke Polsek.
""",
    ),
    T(
        "call_note",
        "market_trade",
        """
Penelepon: pedagang ikan [[n:{n1}]], lapak no {num} {pasar}.
Keluhan: petugas yang tarik retribusi, namanya [[n:{n2}]] (HP [[p:{hp2}]]), minta Rp {rp} per hari tanpa karcis.
Kontak pelapor: [[p:{hp1}]].
Catatan petugas: karcis resmi Rp 3.000, diteruskan ke UPTD Pasar {otel}.
""",
    ),
    T(
        "call_note",
        "housing",
        """
Petugas: Sa catat e. Masalahnya apa ibu?
Penelepon: Pemilik kos kunci kamar sa, barang-barang di dalam, padahal sa baru telat 3 hari.
Petugas: Nama pemilik kos?
Penelepon: Ibu [[n:{n1}]].
Petugas: Nomor pemilik?
Penelepon: [[p:{hp1}]].
Petugas: Nama ibu sendiri?
Penelepon: [[n:{n2}]], [[p:{hp2}]].
""",
        F=(2,),
    ),
    T(
        "call_note",
        "religion_events",
        """
{tgl} — penelepon Pdt. [[n:{n1}]], Ketua Majelis {church}, minta pengamanan lalu lintas untuk pawai Paskah {hari} jam 05.00 di {jl}. CP panitia: Sdr. [[n:{n2}]] [[p:{hp2}]]. WA panitia {owa}. Diteruskan ke Dishub dan Polresta.
""",
    ),
    T(
        "call_note",
        "jobs",
        """
Penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor lowongan kerja palsu. Dapat WA dari nomor {scam} yang mengaku HRD PT Semen Kupang, diminta transfer Rp {rp} untuk "tes psikologi". Pelapor belum transfer. Diteruskan ke Disnaker, kanal aduan {otelx}.
""",
    ),
    T(
        "call_note",
        "disaster_relief",
        """
PUSDALOPS — {tgl} {jam}
Telepon masuk dari Kepala Desa {desa}, Bapak [[n:{n1}]] (HP [[p:{hp1}]]): longsor menutup jalan desa, {num} rumah terancam. Warga yang rumahnya rusak: [[n:{n2}]] dan [[n:{n3}]]. Tim reaksi cepat berangkat {jam2}.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Penelepon: Petugas PLN yang ganti meter kemarin namanya [[n:{n1}]], dia minta Rp {rp} "uang pasang".
Petugas: Nomor ID pelanggan ibu?
Penelepon: {idpel}.
Petugas: Ibu ada nomor petugasnya?
Penelepon: Ada, [[p:{hp1}]]. Sa [[n:{n2}]], nomor sa [[p:{hp2}]].
Petugas: Baik, kami teruskan ke PLN UP3 Kupang.
""",
    ),
    T(
        "call_note",
        "transport",
        """
Laporan via telepon {tgl} {jam}: tabrak lari di {jl} depan {shop}. Kendaraan Avanza hitam [[pl:{pl1}]]. Korban [[n:{n2}]] ({umur2} th) dibawa ke RSUD. Kontak keluarga korban: kakaknya [[n:{g3}]] [[p:{hp3}]]. Diteruskan ke Satlantas (110).
""",
    ),
    T(
        "call_note",
        "lost_missing",
        """
Penelepon sopir taksi bandara, [[n:{n1}]], menemukan tas berisi KTP a.n. [[n:{N2}]] NIK [[nik:{nik2}]] di jok belakang. Pemilik bisa hubungi sopir di [[p:{hp1}]] atau ambil di pos taksi bandara.
""",
    ),
    T(
        "call_note",
        "neighbourhood",
        """
Petugas: Unit Pengaduan Kasih, selamat siang.
Penelepon: Siang. Sa Ketua RT 11 Kel. {kel}, [[n:{n1}]]. HP sa [[p:{hp1}]]. Mau lapor jalan rusak di {jl}, su 3 motor jatuh.
Petugas: Baik pak, nomor laporan {tiket}.
""",
        M=(1,),
    ),
    # without personal data
    T(
        "call_note",
        "neighbourhood",
        """
Petugas: Unit Pengaduan Kasih, selamat sore.
Penelepon: Sore. Sa mau tanya urus akta kelahiran di mana?
Petugas: Di Dukcapil, {jlno}. Antrian online WA {owa}, atau telpon {otelx}.
Penelepon: Nama sa sonde usah e. Makasih.
Petugas: Sama-sama. Nomor laporan {tiket}.
""",
    ),
    T(
        "call_note",
        "market_trade",
        """
LOG PANGGILAN {tgl}
{jam} | Komite Sekolah | {owa} | minta jadwal sosialisasi
{jam2} | UD Laut Timor | {bwa} | izin lapak ikan
{jam3} | Kurir JNE | {owa2} | alamat kantor dinas
{jam4} | penelepon tutup sebelum bicara | - | -
""",
    ),
    T(
        "call_note",
        "debt_scams",
        """
{tgl} {jam}. Penelepon menolak sebut nama. Melapor SMS dari {scam}: "Selamat! NIK anda terpilih dapat bantuan Rp {rpb}, hubungi {scam2}". Petugas: itu penipuan, jangan hubungi. Laporan {tiket}.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Petugas: Boleh nomor sambungannya?
Penelepon: {samb}.
Petugas: Tagihan bulan {bln} Rp {rp}, ada tunggakan 2 bulan.
Penelepon: Sa su bayar di kantor pos, struk no {num}{big}.
Petugas: Baik, kami cek di loket PDAM {otel}.
""",
    ),
    T(
        "call_note",
        "utilities",
        """
Petugas: ID pelanggan PLN?
Penelepon: {idpel}.
Petugas: Nomor meter?
Penelepon: {meter}.
Petugas: Token terakhir {token} tercatat masuk {tgl} jam {jam}. Gangguan bisa ke PLN 123.
""",
    ),
    T(
        "call_note",
        "school_health",
        """
BPJS Kesehatan Cabang Kupang — catatan agen {tgl}
Agen: Peserta tanya pindah faskes. Dijelaskan lewat Mobile JKN. Antrian kantor {antri}. Untuk pertanyaan lain WA Pandawa {owa} atau care center 165. Kantor {otelx}.
""",
    ),
    T(
        "call_note",
        "neighbourhood",
        """
REKAP KANAL PENGADUAN MINGGU KE-{kecil}, {bln} {thn}
Telepon {otel}: {num} laporan
WA {owa}: {num2} laporan
SMS 1708: {num3} laporan
Loket: {kecil2} laporan
Tiket terbuka: {tiket}
""",
    ),
]

# ---- lapor_form: SP4N-LAPOR! and Unit Pengaduan Kasih web forms, fields as submitted
TEMPLATES += [
    T(
        "lapor_form",
        "housing",
        """
SP4N-LAPOR! — Formulir Pengaduan
Judul: Pemilik rumah kontrakan usir paksa
Kategori: Ketenteraman dan Ketertiban
Isi Laporan: Saya kontrak rumah di {kel} sejak {bln} tahun lalu, bayar Rp {rpb}/tahun. Pemilik, Bapak [[n:{n1}]] (HP [[p:{hp1}]]), tiba-tiba suruh keluar dalam 3 hari tanpa kembalikan sisa uang. Mohon mediasi.
Nama Pelapor: [[n:{n2}]]
No. HP/WA: [[p:{hp2}]]
Email: [[e:{em2}]]
Lampiran: IMG_{thn}0{kecil}1{kecil2}_0915.jpg
""",
    ),
    T(
        "lapor_form",
        "debt_scams",
        """
Formulir Pengaduan Online — Unit Pengaduan Kasih Kota Kupang
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{adr1}]], Kel. {kel}
HP : [[p:{hp1}]]
Isi : Saya diteror penagih pinjaman online {pinjol}. Data saya disebar, foto KTP saya dipasang di grup WA. Nomor yang meneror: {scam}, {scam2} (mengaku DC resmi). Saya sudah lunas tgl {tgl}.
""",
    ),
    T(
        "lapor_form",
        "transport",
        """
Judul: Ojek pangkalan tabrak mobil saya lalu kabur
Isi Laporan: Tanggal {tgl} jam {jam} di simpang {jl}, motor ojek [[pl:{pl1}]] tabrak pintu mobil saya. Pengemudi, yang teman pangkalannya bilang bernama [[n:{n1}]], langsung kabur. Teman pangkalan kasih nomor dia [[p:{hp1}]] tapi tidak aktif.
Pelapor: [[n:{n2}]] / [[p:{hp2}]]
Lokasi: {jl}, Kec. {kec}
""",
    ),
    T(
        "lapor_form",
        "school_health",
        """
Judul Laporan: Pungutan les wajib di {school}
Isi Laporan: Wali kelas VI, Ibu [[n:{n1}]], mewajibkan les sore di rumahnya dengan biaya Rp {rp}/bulan. Yang tidak ikut diancam tidak lulus. Beliau kirim info lewat WA pribadinya [[p:{hp1}]] ke grup orang tua.
Nama Pelapor: [[n:{n2}]]
Telepon: [[p:{hp2}]]
Email: [[e:{em2}]]
""",
    ),
    T(
        "lapor_form",
        "utilities",
        """
Kategori: Air Minum
Isi Laporan: Petugas baca meter atas nama [[n:{n1}]] tidak pernah datang, tagihan bulan {bln} Rp {rp} untuk no sambungan {samb}. Saya sudah WA petugas tersebut di [[p:{hp1}]], dibaca tapi tidak dibalas.
Nama Pelapor: [[n:{n2}]]
Telp rumah: [[p:{tr2}]]
HP: [[p:{hp2}]]
Alamat: [[a:{ad2}]]
""",
    ),
    T(
        "lapor_form",
        "religion_events",
        """
Judul: Pesta sampai jam 3 pagi
Isi Laporan: Tetangga di [[a:{ad1}]] pesta nikah pakai sound system besar sampai jam 03.00, dua malam berturut-turut. Di undangan tertulis CP Om [[n:{g1}]] [[p:{hp1}]], saya sudah telpon minta kecilkan tapi dimarahi. Mohon Satpol PP tertibkan.
Nama Pelapor: [[n:{n2}]]
No HP: [[p:{hp2}]]
""",
    ),
    T(
        "lapor_form",
        "market_trade",
        """
Judul: Lapak dipindah tanpa pemberitahuan
Isi: Lapak saya no {num} di {pasar} (jual ikan kering Rp {kilo}/kg) dibongkar petugas pasar tanggal {tgl}. Koordinator blok, Bapak [[n:{n1}]], bilang sudah diizinkan UPTD. Nomor beliau [[p:{hp1}]].
Nama: [[n:{n2}]]
WA: [[p:{hp2}]]
Tiket: {tiket}
""",
    ),
    T(
        "lapor_form",
        "lost_missing",
        """
SURAT KETERANGAN KEHILANGAN — isian online
Nama Lengkap : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Alamat : [[a:{adr1}]]
No. HP : [[p:{hp1}]]
Barang hilang : KTP-el dan kartu ATM {bnk}
Tempat/waktu : bemo {lampu}, {tgl} sekitar jam {jam}
""",
    ),
    T(
        "lapor_form",
        "jobs",
        """
Judul: Gaji pembantu rumah tangga tidak dibayar 3 bulan
Isi Laporan: Saya kerja sebagai ART di rumah Ibu [[n:{n1}]] di [[a:{ad1}]] sejak {bln}. Gaji Rp {gaji}/bulan belum dibayar 3 bulan. Nomor majikan [[p:{hp1}]] sekarang blokir saya.
Pelapor: [[n:{n2}]]
Kontak: [[p:{hp2}]] (HP kakak, [[n:{g3}]])
""",
        F=(1,),
        fam={3: 2},
    ),
    T(
        "lapor_form",
        "disaster_relief",
        """
Permohonan Bantuan Rumah Rusak Pasca Badai
Nama Kepala Keluarga : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Alamat : [[a:{adr1}]], {desa}
HP : [[p:{hp1}]]
Keterangan : atap rumah rusak berat. Sudah didata Kepala Desa Bapak [[n:{n2}]] (HP [[p:{hp2}]]) tanggal {tgl}.
""",
    ),
    T(
        "lapor_form",
        "neighbourhood",
        """
Nama Terlapor : [[n:{n1}]]
Jabatan : Ketua RT 05 RW 02
No. HP Terlapor : [[p:{hp1}]]
Isi Laporan : Ketua RT meminta uang Rp {rp} per KK untuk pendataan bansos. Warga yang tidak bayar tidak dimasukkan data.
Nama Pelapor : Dirahasiakan
No. HP Pelapor : [[p:{hp2}]]
""",
    ),
    T(
        "lapor_form",
        "debt_scams",
        """
Judul: Penipuan jual beli motor
Isi Laporan: Saya beli motor dari penjual di grup {grp}, namanya [[n:{n1}]], WA [[p:{hp1}]]. Sudah transfer DP Rp {rpb} ke {bank1} [[b:{rek1}]], motor plat [[pl:{pl1}]] tidak pernah diserahkan.
Nama Pelapor: [[n:{n2}]]
Email: [[e:{emx2}]]
""",
    ),
    T(
        "lapor_form",
        "lost_missing",
        """
Laporan Orang Hilang
Nama : [[n:{n1}]]
Umur : {umur1} tahun
Ciri-ciri : tinggi ± 160 cm, kulit sawo matang, pakai sarung tenun motif Amarasi
Terakhir terlihat : {pasar}, {tgl} jam {jam}
Kontak keluarga : [[n:{n2}]] (anak) [[p:{hp2}]] / [[p:{hq2}]]
""",
        E=(1,),
        fam={2: 1},
    ),
    T(
        "lapor_form",
        "debt_scams",
        """
Judul: Rentenir sita barang
Isi Laporan: Saya pinjam Rp {rpb} ke Ibu [[n:{n1}]] (rentenir di {kel}) dengan bunga 20% per bulan. Karena telat, beliau ambil TV dan motor saya [[pl:{pl2}]]. HP Ibu [[n:{g1}]] [[p:{hp1}]].
Nama Pelapor: [[n:{n2}]]
No. HP: [[p:{hp2}]]
Alamat: [[a:{adr2}]]
""",
    ),
    T(
        "lapor_form",
        "utilities",
        """
Kategori: Air bersih
Isi Laporan: Penjual air tangki Om [[n:{n1}]] ([[p:{hp1}]]) tambah harga jadi Rp {tangki} per {liter} liter karena PDAM mati. Mohon Pemkot atur harga maksimal.
Nama Pelapor: [[n:{n2}]]
HP/WA: [[p:{hpk2}]]
Lokasi: [[a:{rt2}]], Kel. {kel}
""",
    ),
    T(
        "lapor_form",
        "school_health",
        """
Judul: Bidan minta bayaran persalinan padahal BPJS
Isi Laporan: Istri saya melahirkan di Pustu {kel} ditolong bidan [[n:{n1}]]. Kartu BPJS istri [[bpjs:{bpjs3}]] aktif tapi diminta Rp {rp}. Bidan kirim nomor rekening lewat WA [[p:{hp1}]].
Nama Pelapor: [[n:{n2}]]
No. HP: [[p:{hp2}]]
""",
        F=(1, 3),
        M=(2,),
    ),
    # without personal data
    T(
        "lapor_form",
        "neighbourhood",
        """
Judul: Lampu jalan mati
Kategori: Infrastruktur
Isi Laporan: Lampu jalan di {jl} depan {school} mati sejak {tgl}. Sudah lapor lewat SMS 1708 tiket {tiket} tapi belum ada perbaikan.
Nama Pelapor: Dirahasiakan
Lampiran: Screenshot_{thn}-0{kecil}-1{kecil2}-20-41-22_WhatsApp.jpg
""",
    ),
    T(
        "lapor_form",
        "debt_scams",
        """
Laporan Penipuan — Isian
Nomor pelaku | Mengaku sebagai | Tanggal
{scam} | petugas Dinsos | {tgl}
{scam2} | admin BPJS Kesehatan | {tgl2}
{scamk} | kurir J&T | {tgl3}
Nama Pelapor: tidak diisi
""",
    ),
    T(
        "lapor_form",
        "neighbourhood",
        """
LAPOR! — Notifikasi
Laporan Anda {tiket} telah diteruskan ke Dinas PUPR Kota Kupang pada {tgl} {jam}. Instansi akan menindaklanjuti paling lama 5 hari kerja. Kontak instansi: {otelx}, WA {owa}. Balas STOP ke 1708 untuk berhenti.
""",
    ),
    T(
        "lapor_form",
        "utilities",
        """
Judul: Token listrik tidak masuk
Isi Laporan: Beli token Rp {rp} lewat mobile banking tgl {tgl}, nomor meter {meter}, kode token {token}, ref {trx}. Sudah telpon PLN 123, disuruh tunggu.
Nama Pelapor: Anonim
""",
    ),
    T(
        "lapor_form",
        "jobs",
        """
Judul: Lowongan palsu atas nama Pemkot
Isi Laporan: Beredar lowongan PPPK "jalur khusus" dengan biaya Rp {rpb}. Kontak di brosur {scam} dan {scam2}. Apakah resmi? Info BKPSDM {otel}.
Nama Pelapor: Dirahasiakan
Kategori: Kepegawaian
""",
    ),
    T(
        "lapor_form",
        "market_trade",
        """
Judul: Harga daging babi melonjak
Isi Laporan: Di {pasar} daging babi Rp {kilo}/kg, seminggu lalu Rp {kilo2}/kg. Timbangan di lapak {num} juga kurang. Mohon tera ulang oleh UPTD Metrologi {otel}.
Nama Pelapor: Dirahasiakan
""",
    ),
    T(
        "lapor_form",
        "disaster_relief",
        """
Judul: Bantuan banjir tidak merata
Isi Laporan: Pembagian sembako di posko {kel} tgl {tgl} hanya {num} paket untuk {big} KK. Posko {owa} tidak menjawab, BPBD {otel} sibuk.
Nama Pelapor: Dirahasiakan
Lampiran: VID_{thn}0{kecil}{num}_1{kecil2}3045.mp4
""",
    ),
]

# ---- notice_ocr: banners, posters, cards, stickers and invitations as a scanner or a phone's OCR reads them
TEMPLATES += [
    T(
        "notice_ocr",
        "housing",
        """
KOS PUTRI
TERIMA BULANAN / TAHUNAN
KAMAR MANDI DALAM - AIR LANCAR
HUB. [[p:{hpo1}]]
(IBU [[n:{G1}]])
""",
        F=(1,),
    ),
    T(
        "notice_ocr",
        "religion_events",
        """
DUKA CITA
Telah dipanggil pulang ke rumah Bapa di Surga
suami, ayah, opa tercinta
[[n:{N1}]]
Usia {umur1} tahun — wafat {tg}
Rumah duka: [[a:{ad1}]], Kel. {kel}
Informasi: [[n:{g2}]] [[p:{hpO2}]]
""",
        E=(1,),
        M=(1,),
        fam={2: 1},
    ),
    T(
        "notice_ocr",
        "religion_events",
        """
UNDANGAN PERNIKAHAN
Dengan penuh syukur kami mengundang Bapak/Ibu/Sdr/i pada pemberkatan nikah putra-putri kami
[[n:{n1}]] & [[n:{n2}]]
{hari}, {tg}, pukul 10.00 WITA di {church}
Resepsi: pukul 18.00 di rumah mempelai pria, [[a:{adr1}]]
CP: Om [[n:{g3}]] [[p:{hp3}]] / Tanta [[n:{g4}]] [[p:{hp4}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "notice_ocr",
        "transport",
        """
BEMO {lampu}
TERIMA CARTER
PESTA - DUKA - WISATA
HUB. [[p:{hpo1}]]
(OM [[n:{G1}]])
""",
        U=True,
    ),
    T(
        "notice_ocr",
        "school_health",
        """
JADWAL POSYANDU {posy}
Tgl {tgl} jam 08.00 - selesai
Penimbangan, imunisasi, PMT
Kader: [[n:{n1}]] ([[p:{hpo1}]])
Info umum: kader posyandu {owa}
""",
        F=(1,),
    ),
    T(
        "notice_ocr",
        "lost_missing",
        """
DICARI
ORANG HILANG
Nama : [[n:{N1}]]
Umur : {umur1} th
Pergi dr rumah : {tgl}
HUBUNGI: [[p:{hpO2}]] ([[n:{G2}]])
atau [[p:{hq2}]]
""",
        fam={2: 1},
    ),
    T(
        "notice_ocr",
        "utilities",
        """
AIR BERSIH
TANGKI 5000 L - SIAP ANTAR
KOTA KUPANG & SEKITAR
HUB [[p:{hpO1}]]
(OM [[n:{G1}]])
""",
        U=True,
    ),
    T(
        "notice_ocr",
        "religion_events",
        """
UNDANGAN IBADAH SYUKUR
HUT ke-{num} Rayon {kecil} {church}
{hari}, {tg} jam 16.00
Tempat: rumah keluarga [[n:{f1}]], [[a:{ad1}]]
CP: Pnt. [[n:{n2}]] [[p:{hp2}]]
""",
    ),
    T(
        "notice_ocr",
        "neighbourhood",
        """
PENGUMUMAN RT 02 / RW 30
Iuran kebersihan & keamanan bulan {bln}: Rp {kecil}0.000/KK
Dibayar paling lambat tgl {tgl} ke Bendahara:
IBU [[n:{N1}]] - HP [[p:{hpO1}]]
Ketua RT 02
ttd
[[n:{N2}]]
""",
    ),
    T(
        "notice_ocr",
        "lost_missing",
        """
DICARI ANJING HILANG
warna hitam putih, jantan, kalung merah, nama Bobi
hilang sekitar {kel}, {tgl}
IMBALAN Rp {rp}
HUB. [[p:{hpo1}]] (MAMA [[n:{G1}]])
""",
        F=(1,),
    ),
    T(
        "notice_ocr",
        "jobs",
        """
DICARI SOPIR PRIBADI
SIM A aktif, jujur, tdk merokok
Gaji Rp {rpb}/bln + makan
Lamaran antar ke rumah: [[a:{ad1}]]
HUB. BAPAK [[n:{N1}]] [[p:{hpn1}]]
""",
        M=(1,),
    ),
    T(
        "notice_ocr",
        "religion_events",
        """
TABLIGH AKBAR
Peringatan Maulid Nabi Muhammad SAW
{masjid}, {hari} {tg} ba'da Isya
CP: Ustadz [[n:{n1}]] [[p:{hpo1}]]
Panitia: {owa}
""",
    ),
    T(
        "notice_ocr",
        "disaster_relief",
        """
POSKO PEDULI KORBAN BANJIR
{KEL}
Menerima: beras, air mineral, pakaian layak, obat-obatan
Koordinator: [[n:{N1}]]
[[p:{hpn1}]] (HP/WA)
Rek. {bnk} {rekb} a.n. POSKO PEDULI {KEL}
""",
    ),
    T(
        "notice_ocr",
        "religion_events",
        """
WARTA JEMAAT {church}
Minggu, {tg}
1. Turut berduka atas meninggalnya Bapak [[n:{n1}]], ibadah penghiburan di rumah duka [[a:{ad1}]] jam 19.00.
2. Kolekte minggu lalu Rp {rpb}.
3. Katekisasi: hubungi Pnt. [[n:{n2}]] [[p:{hp2}]].
""",
        E=(1,),
    ),
    T(
        "notice_ocr",
        "utilities",
        """
KARTU TANDA PETUGAS
PERUMDA AIR MINUM KOTA KUPANG
Nama : [[n:{N1}]]
Jabatan : Petugas Baca Meter
No. HP : [[p:{hpO1}]]
No. Petugas : {kode}
Berlaku s/d : {tgl}
""",
    ),
    T(
        "notice_ocr",
        "transport",
        """
PANGKALAN OJEK {PASAR}
SIAP ANTAR 24 JAM
Ketua pangkalan: [[n:{N1}]]
HP [[p:{hpo1}]]
Tarif dalam kota mulai Rp 10.000
""",
    ),
    # without personal data
    T(
        "notice_ocr",
        "market_trade",
        """
T0KO SEMBAKO CAHAYA TIM0R
Jual grosir & eceran
Beras - gula - minyak - telur
{JL}
TELP/WA {owao}
Buka 07.00 - 21.00
""",
    ),
    T(
        "notice_ocr",
        "neighbourhood",
        """
SPANDUK KELURAHAN {KEL}
PELAYANAN ADMINDUK KELILING
TGL {tgl}  JAM 08.00 - 13.00
HUB. PETUGAS : {owao}
KANTOR : {otel}
""",
    ),
    T(
        "notice_ocr",
        "utilities",
        """
SEDOT WC LANCAR JAYA
Tangki 4000 L - Cepat - Bersih
Rp {rp} per rit
HUB: {owao} / {owa}
Melayani Kota & Kab. Kupang
""",
    ),
    T(
        "notice_ocr",
        "school_health",
        """
{PUSK}
UGD 24 JAM : {otel}
Pendaftaran online WA : {owa}
Jam layanan: Senin-Kamis 07.30-14.00, Jumat 07.30-11.00
Antrian hari ini s/d no. {antri}
""",
    ),
    T(
        "notice_ocr",
        "religion_events",
        """
WARTA JEMAAT {church}
Persembahan syukur minggu lalu Rp {rpb}
Rek. Majelis Jemaat Bank NTT {rekntt}
Kantor gereja {otel}, buka Selasa-Jumat 09.00-13.00
Jadwal kebaktian 06.00 / 09.00 / 17.00
""",
    ),
    T(
        "notice_ocr",
        "utilities",
        """
PENGUMUMAN PEMADAMAN
PLN UP3 KUPANG
{hari}, {tg} jam 09.00 - 15.00
Penyulang {num}: {kel}, {kel2}
Info: PLN 123 / WA {owao}
""",
    ),
    T(
        "notice_ocr",
        "market_trade",
        """
HARGA ECERAN TERTINGGI
{PASAR} - {tgl}
Beras medium Rp {beras}/kg
Gula pasir Rp {beras2}/kg
Daging sapi Rp 140.000/kg
Pengaduan: UPTD Pasar {otel}
""",
    ),
]

# ---- classified: classified ads, marketplace listings, Pos Kupang's iklan baris
TEMPLATES += [
    T(
        "classified",
        "market_trade",
        """
IKLAN BARIS — DIJUAL TANAH 10x20 m di {desa}, SHM, pinggir jalan aspal, harga Rp {rpb} nego. Hub pemilik: [[n:{n1}]] [[p:{hp1}]] / [[p:{hqn1}]] (tanpa perantara).
""",
    ),
    T(
        "classified",
        "housing",
        """
Terima kos pasutri / karyawan, 1 kamar + dapur kecil, Rp {gaji}/bln, lokasi dekat {pasar}. Chat WA: wa.me/[[p:{hpw1}]] (Kak [[n:{g1}]]) 🙏
""",
    ),
    T(
        "classified",
        "jobs",
        """
DICARI pengasuh anak (baby sitter), jam 07.00–17.00, Senin–Sabtu, lokasi {kel}. Gaji Rp {rpb}. Kirim data diri ke email [[e:{em1}]] atau WA [[p:{hp1}]] (Ibu [[n:{g1}]]).
""",
        F=(1,),
    ),
    T(
        "classified",
        "market_trade",
        """
Servis AC & kulkas panggilan, bongkar pasang, isi freon. Harga bersahabat. Sa [[n:{n1}]], teknisi, su 12 tahun. Telp/WA [[p:{hp1}]] (WA aktif). Area Kota Kupang.
""",
        M=(1,),
    ),
    T(
        "classified",
        "lost_missing",
        """
HILANG: STNK + BPKB motor [[pl:{pl1}]] a.n. [[n:{n1}]], dalam map plastik biru, sekitar {jl} tgl {tgl}. Bagi yang menemukan mohon hubungi [[p:{hp1}]], ada imbalan.
""",
    ),
    T(
        "classified",
        "school_health",
        """
Les privat Matematika & IPA SD–SMP, datang ke rumah, Rp {tangki}/bulan (8x pertemuan). Kak [[n:{n1}]], mahasiswa Undana. WA [[p:{hp1}]].
""",
    ),
    T(
        "classified",
        "market_trade",
        """
Dijual kulkas 2 pintu bekas pakai, masih dingin, Rp {rp}. Lokasi {kel}, COD. Hub [[p:{hp1}]] ([[n:{g1}]])
""",
    ),
    T(
        "classified",
        "jobs",
        """
Dibutuhkan 2 penjahit, kerja di rumah sa, [[a:{adr1}]], Kel. {kel}. Borongan seragam sekolah. Hub Mama [[n:{g1}]] WA [[p:{hp1}]].
""",
    ),
    T(
        "classified",
        "market_trade",
        """
Jual babi 2 ekor ± 80 kg, Rp {rpb}/ekor, bisa timbang. Lokasi [[a:{rt1}]] {desa}. Hub [[n:{n1}]] [[p:{hp1}]].
""",
    ),
    T(
        "classified",
        "housing",
        """
CARI rumah kontrakan 2 kamar di sekitar {kel}, budget Rp {rpb}/tahun, ada air sumur. Hub [[p:{hp1}]] ([[n:{g1}]]).
""",
    ),
    T(
        "classified",
        "utilities",
        """
Jual air tangki bersih, sumur bor sendiri di [[a:{ad1}]], Rp {tangki} per {liter} liter, antar area {kec}. Hub Om [[n:{g1}]] [[p:{hpu1}]].
""",
    ),
    T(
        "classified",
        "religion_events",
        """
Terima pesanan kue untuk acara duka, syukuran, sidi & nikah. Kue lapis, bolu, kue cucur. Pesan min. 2 hari sebelumnya. Mama [[n:{n1}]], WA [[p:{hp1}]]. Ambil di rumah, [[a:{ad1}]].
""",
    ),
    T(
        "classified",
        "lost_missing",
        """
DITEMUKAN HP Samsung warna hitam di bemo {lampu} hari {hari} sore. Pemilik silakan hubungi sa di [[p:{hp1}]] dan sebut ciri-ciri / wallpaper HP. — [[n:{g1}]]
""",
    ),
    T(
        "classified",
        "jobs",
        """
Lowongan sopir truk tangki air, SIM B1 umum, bisa tinggal di mess. Hubungi langsung pemilik, Bapak [[n:{n1}]], [[p:{hp1}]]. Jangan percaya pihak lain yang minta biaya.
""",
    ),
    T(
        "classified",
        "market_trade",
        """
DIJUAL Yamaha NMAX {thn}, plat [[pl:{pl1}]], km {big}, pajak panjang. Rp {rpb}. Lokasi {kel}. Hub [[p:{hp1}]] atau [[p:{hq1}]].
""",
    ),
    T(
        "classified",
        "transport",
        """
Dijual 1 tiket kapal cepat Kupang–Rote tgl {tgl} (batal berangkat), atas nama sa [[n:{n1}]], bisa ganti nama di loket. Rp {tangki}. WA [[p:{hp1}]].
""",
    ),
    # without personal data
    T(
        "classified",
        "transport",
        """
Rental Mobil Lontar Jaya — Avanza lepas kunci Rp 350.000/hari, Innova + sopir Rp {rp}/hari. Antar jemput bandara. Hub: {bwa} / {bwa2}. Kantor {jlno}.
""",
    ),
    T(
        "classified",
        "housing",
        """
{kos} — kamar kosong 3, Rp {gaji}/bln, listrik token per kamar, air 24 jam, WiFi. WA {bwa} (admin). Survey jam 08.00–20.00.
""",
    ),
    T(
        "classified",
        "jobs",
        """
LOKER: Toko Bangunan Karya Baru butuh 3 helper gudang & 1 kasir. Lamaran ke hrd.karyabaru@gmail.com atau WA {bwa} (HRD). Paling lambat {tg}. Tanpa biaya.
""",
    ),
    T(
        "classified",
        "utilities",
        """
Laundry Harum Liliba — kiloan Rp 7.000/kg, express Rp 12.000/kg, bed cover Rp 35.000. Antar jemput gratis min. 5 kg. Order WA {bwa}, telp {otel}.
""",
    ),
    T(
        "classified",
        "market_trade",
        """
Grosir ikan segar Pasar Ikan Oeba — tongkol Rp {kilo}/kg, cakalang Rp {kilo2}/kg, cumi Rp 75.000/kg. Pesan min. 10 kg, telp {otel} atau WA {bwa}.
""",
    ),
    T(
        "classified",
        "religion_events",
        """
Katering Dapur Flobamora terima pesanan nasi kotak untuk acara duka & syukuran, Rp 35.000/kotak, min. 50 kotak. Pesan WA {bwa} paling lambat {num} jam sebelumnya.
""",
    ),
    T(
        "classified",
        "debt_scams",
        """
PINJAMAN TANPA AGUNAN cair 1 jam! {pinjol} — limit Rp {rpb}, bunga 0,3%/hari. Syarat KTP saja. WA {scam} / {scam2}. Cek legalitas di OJK 157.
""",
    ),
]

# ---- screenshot_ocr: screenshots of phones as an OCR reads them (contacts, chats, inboxes, apps)
TEMPLATES += [
    T(
        "screenshot_ocr",
        "neighbourhood",
        """
{jamc} ▾ 4G 62%
← Kontak
Pak RT [[n:{g1}]]
Seluler  [[p:{hpx1}]]
Rumah  [[p:{tr1}]]
Email  [[e:{em1}]]
Tambahkan ke favorit
""",
        M=(1,),
    ),
    T(
        "screenshot_ocr",
        "debt_scams",
        """
{jamc} 📶 38%
{scamj}
Sdr. [[n:{N1}]], tagihan {pinjol} Anda Rp {rpb} jatuh tempo {tgl}. Jika tidak dibayar hari ini, kami akan hubungi kontak darurat Anda: [[n:{N2}]] [[p:{hp2}]] dan rekan kerja Anda.
{jamc2}
""",
    ),
    T(
        "screenshot_ocr",
        "market_trade",
        """
Transfer Berhasil ✓
{tg} · {jamc}
Ke
[[n:{N1}]]
{wal1} [[p:{hp1}]]
Nominal  Rp{rp}
Biaya Admin  Rp0
ID Transaksi  {trx}
""",
    ),
    T(
        "screenshot_ocr",
        "transport",
        """
Riwayat Panggilan
Om [[n:{g1}]] ojek
Seluler · [[p:{hp1}]] · {jamc}
Mama
Tak terjawab · {jamc2}
{scam}
Kupang, NTT · 2x · {jamc3}
(yg 2x tu DC {pinjol}, mengaku debt collector resmi, sa sonde angkat)
""",
        M=(1,),
    ),
    T(
        "screenshot_ocr",
        "school_health",
        """
Pesan
Bidan [[n:{g1}]]
[[p:{hp1}]]
Ibu, besok jadwal kontrol kehamilan bulan ke-7 di Pustu jam 09.00. Bawa buku KIA dan kartu BPJS ya. Kalau berhalangan sms sa.
{tgs} {jamc}
""",
        F=(1,),
    ),
    T(
        "screenshot_ocr",
        "housing",
        """
← [[n:{n1}]] (Ibu Kos)
online
Adik, bulan ini air PDAM mati jadi iuran air naik Rp {rp}. Transfer ke {bank1} [[b:{rek1}]] ya    {jamc}
Baik ibu, nanti sa transfer    {jamc2} ✓✓
Kalau telat kabari nomor suami sa [[p:{hp2}]] ya    {jamc3}
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "screenshot_ocr",
        "transport",
        """
Driver kamu sudah dekat
[[n:{N1}]]
[[pl:{pl1}]] · Honda Beat hitam
★ 4,9
Hubungi driver  [[p:{hp1}]]
Order {order} · Rp{rp}
""",
    ),
    T(
        "screenshot_ocr",
        "market_trade",
        """
Marketplace
Kursi plastik 50 buah bekas acara
Rp {rp}
Lokasi {kel}, Kupang
Penjual: [[n:{n1}]]
Bergabung di Facebook pada {thn}
Pesan: "Masih ada kak, wa sa [[p:{hpk1}]] e"
""",
    ),
    T(
        "screenshot_ocr",
        "religion_events",
        """
[[n:{n1}]]
Status · {jamc}
RIP Oma tercinta [[n:{n2}]] 🕊️ ({umur2} thn). Ibadah pemakaman {hari} jam 15.00 di {church}. Info keluarga [[p:{hp1}]]
Balas
""",
        E=(2,),
        fam={1: 2},
    ),
    T(
        "screenshot_ocr",
        "school_health",
        """
Daftar Siaran: Kader {posy}
Penerima: 24
[[n:{n1}]] (ketua kader) · [[p:{hp1}]]
[[n:{n2}]] · [[p:{hp2}]]
Info posyandu: timbang {tgl}, Vit A. Jangan lupa bawa KMS 🙏
""",
        F=(1, 2),
    ),
    T(
        "screenshot_ocr",
        "jobs",
        """
Gmail
Undangan wawancara — Pengasuh Lansia
Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: saya
Selamat siang. Terima kasih lamarannya. Mohon datang ke rumah kami {hari} jam 10.00. Konfirmasi WA [[p:{hp1}]].
""",
    ),
    T(
        "screenshot_ocr",
        "utilities",
        """
Info kontak
[[n:{n1}]] PLN
"Petugas Yantek ULP Kupang — siap melayani"
[[p:{hp1}]]
Media, tautan, dan dokumen  {num}
Blokir [[n:{g1}]]
""",
    ),
    T(
        "screenshot_ocr",
        "housing",
        """
BRImo
Transfer Berhasil
{tg}, {jamc} WITA
Rekening Tujuan
[[n:{N1}]]
{bank1} [[b:{rek1}]]
Nominal Rp{rpb}
Catatan: sewa kos bln {bln}
No. Ref {trx}
""",
    ),
    T(
        "screenshot_ocr",
        "lost_missing",
        """
KTP ditemukan di {pasar} 👇
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{niko1}]]
Nama : [[n:{N1}]]
Yang kenal tolong kabari, sa simpan. Hub [[p:{hp2}]]
""",
    ),
    T(
        "screenshot_ocr",
        "disaster_relief",
        """
RELAWAN POSKO {KEL} — piket {tgl}
1. [[n:{n1}]] — [[p:{hp1}]] (logistik)
2. [[n:{n2}]] — [[p:{hp2}]] (dapur umum)
3. [[n:{n3}]] — [[p:{hp3}]] (kesehatan)
Posko: {owa}
""",
    ),
    T(
        "screenshot_ocr",
        "debt_scams",
        """
Getcontact
[[p:{hpis1}]]
Tag: "[[n:{n1}]]", "[[n:{g1}]] Arisan", "Penipu arisan"
Dilaporkan {num} kali
Sa screenshot ni karena dia bawa lari uang arisan kami. Nama dia memang [[n:{n1}]].
""",
    ),
    # without personal data
    T(
        "screenshot_ocr",
        "debt_scams",
        """
Pesan
{scamj}
Rekening BRI Anda diblokir sementara. Hubungi CS kami di {scam2} atau klik bri-cs.info/{kode} dalam 1x24 jam.
{tgs} {jamc}
Nomor ini tidak ada di kontak Anda. Laporkan spam
""",
    ),
    T(
        "screenshot_ocr",
        "debt_scams",
        """
{scam}
Paket anda tertahan di gudang J&T, bayar ongkir tambahan Rp {rp} ke DANA {scam2} a.n. Admin Gudang. Resi {resi}.
{jamc} ✓✓
itu penipu kan?  {jamc2}
""",
    ),
    T(
        "screenshot_ocr",
        "utilities",
        """
PLN Mobile
ID Pelanggan {idpel}
No. Meter {meter}
Daya 1300 VA
Token {token}
Rp{rp} · {num},{kecil} kWh
{tg} {jamc}
""",
    ),
    T(
        "screenshot_ocr",
        "transport",
        """
Maxim
Pesanan dibatalkan
Order {order}
{kel} → {pasar}
Rp{rp} · {km} km
Hubungi layanan pelanggan {cc}
""",
    ),
    T(
        "screenshot_ocr",
        "neighbourhood",
        """
Dukcapil Kota Kupang
Akun bisnis
Nomor antrian Anda: {antri}
Tanggal layanan: {tgl}, sesi 08.00–10.00
Estimasi dipanggil {jamc}
Info: {otel} · WA ini {owa}
""",
    ),
    T(
        "screenshot_ocr",
        "market_trade",
        """
J&T Express
No. Resi {resi}
{tg} {jamc} — Paket diterima di Drop Point Kupang Kota
{tg2} — Paket sedang diantar
Kontak drop point {otel} / {bwa}
""",
    ),
    T(
        "screenshot_ocr",
        "school_health",
        """
Pandawa BPJS Kesehatan
{owa}
Halo, Anda terhubung dengan layanan Pandawa. Silakan ketik 1 untuk cek status, 2 untuk ubah data. Antrian {antri}.
{jamc}
Care Center 165 · Kantor Cabang {otelx}
""",
    ),
]

if __name__ == "__main__":
    main()
