# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev38.jsonl: NPWP numbers, a person's and a body's, among their look-alikes.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{npwp1}``, ``{nop}``), each filled three times with invented values; span offsets are
computed from the markers. Run ``python3 tests/data/make_redaction_dev38.py`` (stdlib only,
deterministic).
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

SEED = 20261238
OUT = Path(__file__).with_name("redaction_dev38.jsonl")

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
    "official_letter",
    "minutes",
    "register_sheet",
    "lapor_ticket",
    "portal_form",
    "tax_email",
    "formal_complaint",
    "sms_1708",
    "wa_kupang",
    "ocr_scan",
)
THEMES = (
    "npwp_registration",
    "pbb_land",
    "procurement",
    "market_traders",
    "honorarium",
    "tax_office",
    "business_permit",
    "social_aid",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "npwp": 150,
    "name": 400,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "om",
    "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "ade", "yth", "saudara",
    "saudari", "ketua", "kepala", "petugas", "lurah", "camat", "bendahara", "pemohon", "ar",
    "pelapor", "kasi", "staf", "ir", "hj", "h", "pendeta", "suster", "nama", "ttd", "an",
}  # fmt: skip

GIVEN_M = (
    "Arnoldus", "Benediktus", "Kornelis", "Yeremias", "Silvester", "Gabriel", "Dominikus",
    "Lambertus", "Markus", "Obed", "Hendrikus", "Laurens", "Yulius", "Rudolof", "Efraim",
    "Adrianus", "Alfons", "Nikolas", "Petrus", "Wilem", "Filipus", "Roby", "Imanuel",
    "Ansel", "Heronimus", "Yustus", "Melkianus", "Ebenhaezer", "Zakarias", "Kristofel",
    "Frits", "Jeskial", "Semuel", "Aleks", "Matias", "Gerson", "Oktavianus", "Stefanus",
)  # fmt: skip
GIVEN_F = (
    "Adriana", "Yuliana", "Magdalena", "Dorkas", "Selfina", "Florida", "Yohana", "Sarlota",
    "Veronika", "Theresia", "Margaretha", "Fransiska", "Novita", "Jeni", "Elsye", "Marlin",
    "Agnes", "Katarina", "Deborah", "Serli", "Yunita", "Ester", "Lusia", "Apriana",
    "Oktovina", "Ribka", "Mince", "Natalia", "Hermina", "Priska", "Welmina", "Anastasia",
    "Imelda", "Febi", "Sisilia", "Emiliana", "Yasinta", "Karolina",
)  # fmt: skip
FAMILY = (
    "Mbatu", "Lulu", "Foenay", "Sinlae", "Koreh", "Missa", "Adoe", "Bureni", "Pello",
    "Kana", "Dethan", "Haning", "Toelle", "Nalle", "Saefatu", "Tanesib", "Liunesi",
    "Ndolu", "Kiuk", "Sabaat", "Benggu", "Manek", "Bria", "Seran", "Nahak", "Kolo",
    "Taek", "Pandie", "Kapitan", "Boimau", "Lomi", "Oematan", "Kause", "Pellokila",
    "Zacharias", "Rohi", "Kore Dima", "Dima Ndolu", "Djo Dara", "Rihi Here", "Nope",
    "Hauteas", "Selan", "Bessy", "Teda", "Wila", "Lawalu", "Tuames", "Banunaek",
)  # fmt: skip
OTHER = (  # (sex, given, family): names from elsewhere in Indonesia living in Kupang
    ("M", "Muhammad Ridwan", "Lamabelawa"), ("F", "Siti Aminah", "Daeng Ngai"),
    ("M", "I Ketut", "Wirawan"), ("F", "Ni Made", "Sukreni"), ("M", "Budi Hartono", "Tanujaya"),
    ("F", "Mei Hwa", "Halim"), ("M", "La Ode", "Hamirun"), ("F", "Wa Ode", "Sitti Rahma"),
    ("M", "Umbu Ndilu", "Tana Amahu"), ("F", "Rambu Eri", "Kahi"),
)  # fmt: skip
NICK = ("Noni", "Ucu", "Ato", "Eno", "Etty", "Ocang", "Nyong", "Minggus", "Yati", "Uba", "Lodi")
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
    "outlook.com", "rocketmail.com", "hotmail.com",
)  # fmt: skip
KELURAHAN = (
    "Oebufu", "Liliba", "Oesapa", "Naikoten I", "Fatululi", "Kayu Putih", "Sikumana",
    "Bakunase", "Oepura", "Maulafa", "Kolhua", "Penfui", "Naimata", "Lasiana", "Nefonaek",
    "Airnona", "Fontein", "Manutapen", "Namosain", "Nunbaun Delha", "Belo", "Kelapa Lima",
    "Pasir Panjang", "Oetete", "Fatubesi", "Oebobo", "Tuak Daun Merah", "Alak",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Flamboyan", "Jl. Cendana", "Jl. Kamboja", "Jl. Manggis", "Jl. Delima", "Jl. Sirsak",
    "Jl. Belimbing", "Jl. Matani", "Jl. Fetor Funay", "Jl. Oekam", "Jl. Air Lobang",
    "Jl. Batuplat", "Gg. Anggrek", "Gg. Salak", "Lr. Sejahtera", "Jl. Perintis Kemerdekaan I",
    "Jl. Kelapa Gading", "Jl. Bhayangkara Gg. 2", "Jalan Kartini", "Jl. Prof. Dr. Herman Yohanes",
    "Jl. Bajawa", "Jl. Tumbuh", "Jl. Tanjung", "Gg. Mawar", "Jl. Kenari",
)  # fmt: skip
COMPLEX = ("Perumnas", "BTN Kolhua", "Perum Citra Lasiana", "Griya Oepura Indah")
PUBLIC_STREETS = (
    "Jl. Soeharto", "Jl. Frans Seda", "Jl. Timor Raya", "Jl. El Tari", "Jl. Palapa",
    "Jl. W.J. Lalamentik", "Jl. S.K. Lerik", "Jl. Moh. Hatta", "Jl. Urip Sumoharjo",
    "Jl. Jend. Sudirman", "Jl. Piet A. Tallo", "Jl. Adisucipto",
)  # fmt: skip
CV = (
    "CV Lontar Karya Mandiri", "CV Batu Karang Abadi", "CV Tiga Saudara Timor", "CV Fajar Oesapa",
    "CV Sumber Berkat Liliba", "CV Karya Nusa Flobamora", "CV Cahaya Teluk", "CV Mitra Sabu Raijua",
)  # fmt: skip
PT = (
    "PT Sasando Teknik Nusantara", "PT Kupang Beton Perkasa", "PT Timor Graha Konstruksi",
    "PT Flobamora Data Solusi", "PT Nusa Lontar Medika",
)  # fmt: skip
UD = (
    "UD Karang Mas",
    "UD Mutiara Oeba",
    "UD Berkat Naikoten",
    "UD Sinar Lasiana",
    "Toko Tiga Putra",
)
KOPERASI = (
    "Koperasi Serba Usaha Bintang Oesapa", "Koperasi Pedagang Pasar Oeba",
    "KSP Kopdit Nekmese Lestari", "Koperasi Nelayan Teluk Kupang", "KSU Tenun Ikat Sinar Oebufu",
)  # fmt: skip
YAYASAN = (
    "Yayasan Pendidikan Kristen Tunas Lontar", "Yayasan Sosial Kasih Flobamora",
    "Yayasan Panti Asuhan Betlehem Oepura",
)  # fmt: skip
CHURCH = (
    "GMIT Jemaat Efata Liliba",
    "GMIT Jemaat Imanuel Oepura",
    "Paroki St. Yosef Naikoten",
    "Masjid Al-Ikhlas Oeba",
)
SCHOOL = (
    "SMP Negeri 9 Kupang",
    "SD Inpres Bakunase 2",
    "SMA Negeri 6 Kupang",
    "SMK Negeri 4 Kupang",
    "SD GMIT Oebufu",
)
OFFICE = (
    "Disperindag Kota Kupang", "Dinas PUPR Kota Kupang", "Bapenda Kota Kupang", "BPKAD Kota Kupang",
    "Dinas Koperasi dan UKM", "UKPBJ Setda Kota Kupang", "Dinas Pendidikan Kota Kupang",
    "Dinas Sosial Kota Kupang", "Kantor Camat Oebobo",
)  # fmt: skip
MARKET = (
    "Pasar Inpres Naikoten",
    "Pasar Oeba",
    "Pasar Kasih Naikoten",
    "Pasar Oebobo",
    "Pasar Oesapa",
)
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat")
MOBILE = (
    ("0812", 14), ("0813", 16), ("0821", 9), ("0822", 9), ("0823", 7), ("0852", 14),
    ("0853", 12), ("0811", 4), ("0857", 3), ("0878", 3), ("0819", 3), ("0895", 2),
    ("0896", 2), ("0838", 2),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
DISTRICTS = ("01", "02", "03", "04", "05", "06", "07", "08", "10", "14", "20")


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
        self.year = rng.choice((2025, 2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 27)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(200):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    # -- lines
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            rest = r.choice((7, 8, 8, 9)) if prefix.startswith("081") else r.choice((8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "d", "s", "t", "i", "j", "k"), (40, 16, 16, 4, 9, 9, 6))[0]
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
            base = self.write_mobile(raw, r.choice(("b", "s")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":
            return r.choice((f"{a} {b}\n{c}", raw[:6] + "\n" + raw[6:]))
        raise KeyError(how)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice((f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}"))

    # -- identity numbers
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
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":
            cut = r.randint(5, 11)
            return raw[:cut] + "\n" + raw[cut:]
        if how == "w":
            k = r.randint(6, 13)
            return raw[:k] + raw[k + 1 :] if r.random() < 0.5 else raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        """A person's NPWP in one of the ways people write it."""
        r = self.rng
        old = p["npwp15"]
        dotted = f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "":
            how = r.choices(("d", "b", "s", "n", "z", "p", "k"), (40, 10, 8, 20, 8, 7, 7))[0]
        if how == "d":
            return dotted
        if how == "b":
            return old
        if how == "s":
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "k":  # the NIK as the NPWP, in fours
            n = p["nikraw"]
            return " ".join(n[k : k + 4] for k in range(0, 16, 4))
        if how == "z":  # the 16-digit form of an old number
            return "0" + old
        if how == "p":  # dots only, or a dash only
            return r.choice(
                (
                    f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}.{old[9:12]}.{old[12:]}",
                    f"{old[:9]}-{old[9:]}",
                    f"{old[:2]}{old[2:5]}{old[5:8]}{old[8]}-{old[9:12]}{old[12:]}",
                )
            )
        if how == "o":  # as a scan reads it
            pos = [k for k, ch in enumerate(dotted) if ch in "018" and k > 0]
            out = list(dotted)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
            if r.random() < 0.4:
                out[2] = ","
            return "".join(out)
        if how == "l":  # split over a line
            return r.choice((dotted[:13] + "\n" + dotted[13:], dotted[:9] + "\n" + dotted[9:]))
        raise KeyError(how)

    def write_bpjs(self, raw: str) -> str:
        return self.rng.choice((raw, raw, f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"))

    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (85, 15))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            parts = host.split(".")
            return r.choice(
                (
                    f"{local} [at] " + " [dot] ".join(parts),
                    f"{local}(at){host}",
                    f"{local} at " + " dot ".join(parts),
                    f"{local} @{host}",
                )
            )
        if how == "n":
            return r.choice((f"{local}@\n{host}", f"{local}\n@{host}"))
        if how == "k":
            return p["gk"]
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
            if head is None and r.random() < 0.08:
                _, given, family = r.choice([o for o in OTHER if o[0] == sex])
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
        year = r.randint(1958, 2000) if i not in self.spec["E"] else r.randint(1940, 1960)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            region = head["region"]
        elif r.random() < 0.75:
            region = "5371%02d" % r.randint(1, 6)
        else:
            region = "53%s%02d" % (r.choice(DISTRICTS), r.randint(1, 24))
        nik = self.fresh(
            lambda: (
                region
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 900)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    region
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 25))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s%s"
                % (
                    r.choice((4, 7, 8, 14, 15, 25, 36, 44, 47, 49, 58, 67, 73, 79, 84, 97)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "920", "921", "922")),
                    r.choice(("000", "000", "000", "000", "001")),
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
                f"{fl}.{gl}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}kpg",
            )
        )
        house = str(r.randint(1, 140)) + r.choice(("", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. "))
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
            "nk": nick,
            "Nn": given.upper() + "\n" + family.upper(),
            "region": region,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "gk": f"{gl}.{fl}@kupangkota.go.id",
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{r.choice(HOME_STREETS)} {no}{house}",
            "adr": f"{r.choice(HOME_STREETS)} {no}{house}, {rt}",
            "adc": "%s Blok %s No. %d"
            % (r.choice(COMPLEX), r.choice("ABCDEFGH"), r.randint(1, 150)),
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 12)),
            "pl": "%s %d %s"
            % (
                r.choice(("DH", "DH", "DH", "EB", "ED")),
                r.randint(1000, 9999),
                r.choice(("A", "AB", "AK", "KB", "BH", "AP", "M")),
            ),
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
                lambda: r.choice(
                    (
                        "%s.%s.%s.%s-%d"
                        % (r.choice(("001", "002")), "01", "02", self.digits(6), r.randint(0, 9)),
                        "0010102" + self.digits(7),
                    )
                )
            )
        if bank == "BCA":
            return self.fresh(lambda: r.choice(("31", "03", "78")) + self.digits(8))
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "nk", "Nn", "lahir", "bank", "rek", "ad", "adr",
            "adc", "rt", "rtk", "pl",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name.isupper() and len(name) > 1:
            return self.value(name.lower(), index).upper()
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name == "tr":
            return self.write_land(self.person(i)["land"])
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("npwp"):
            return self.write_npwp(self.person(i), name[4:])
        if name == "bpjs":
            return self.write_bpjs(self.person(i)["bpjsraw"])
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


def _body_npwp15(fl: Fill) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((1, 2, 3, 21, 31, 53, 61, 62, 70, 74, 76, 80, 83, 90, 92)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "920", "921", "922")),
                r.choice(("000", "000", "001", "002")),
            )
        )
    )


def _body_npwp(fl: Fill, i: int) -> str:
    d = _body_npwp15(fl)
    return fl.rng.choice(
        (
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            "0" + d,
            d,
        )
    )


def _nitku(fl: Fill, i: int) -> str:
    d = "0" + _body_npwp15(fl) + fl.rng.choice(("000000", "000000", "000001", "000002"))
    return fl.rng.choice((d, f"{d[:16]} {d[16:]}", f"{d[:16]}-{d[16:]}"))


def _nop(fl: Fill, i: int) -> str:
    r = fl.rng
    return "53.71.%03d.%03d.%03d-%04d.%d" % (
        r.choice((10, 20, 30, 31, 40, 41, 50, 60)),
        r.randint(1, 12),
        r.randint(1, 60),
        r.randint(1, 9999),
        r.randint(0, 7),
    )


def _nopb(fl: Fill, i: int) -> str:
    return re.sub(r"\D", "", _nop(fl, i))


def _faktur(fl: Fill, i: int) -> str:
    r = fl.rng
    if r.random() < 0.5:
        return "%s.%s-%02d.%08d" % (
            r.choice(("010", "020", "030", "040", "070")),
            r.choice(("000", "001")),
            fl.year % 100,
            r.randint(1, 99999999),
        )
    return "04002%02d%s" % (fl.year % 100, fl.digits(10))


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
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


def _tgl(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return fl.rng.choice(("%02d/%02d/%d", "%02d-%02d-%d")) % (d, fl.month, fl.year)


def _tg(fl: Fill, i: int) -> str:
    d = (fl.day + i * 3) % 28 + 1
    return "%d %s %d" % (d, MONTHS[fl.month - 1], fl.year)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d.000" % r.choice((150, 250, 300, 450, 500, 750, 900)),
            "%d.%03d.000" % (r.randint(1, 48), r.choice((0, 150, 250, 500, 750))),
        )
    )


def _sk(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%s/%03d/%s/%s/%d" % (
        r.choice(("800", "900.1.3", "510", "503", "027", "973", "470", "400.14")),
        r.randint(1, 999),
        r.choice(("DISPERINDAG", "BPKAD", "BAPENDA", "PUPR", "UKPBJ", "KEL", "DINKOP")),
        ROMAN[fl.month - 1],
        fl.year,
    )


def _skp(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "KEP-%05d/WPJ.%02d/KP.%04d/%d"
            % (r.randint(1, 99999), r.randint(10, 35), r.randint(100, 999), fl.year),
            "S-%d/KPP.%04d/%d" % (r.randint(100, 9999), r.randint(1000, 2999), fl.year),
            "PENG-%05d/WPJ.%02d/KP.%04d/%d"
            % (r.randint(1, 99999), r.randint(10, 35), r.randint(100, 999), fl.year),
        )
    )


OTHER_VALUES = {
    # bodies' numbers
    "npwpx": _body_npwp,
    "npwpy": _body_npwp,
    "nitku": _nitku,
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    # look-alikes
    "nop": _nop,
    "nopb": _nopb,
    "faktur": _faktur,
    "billing": lambda fl, i: fl.fresh(lambda: fl.rng.choice("0123456") + fl.digits(14)),
    "ntpn": lambda fl, i: "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(16)),
    "bpe": lambda fl, i: "BPE-%s" % fl.digits(fl.rng.choice((14, 15))),
    "bupot": lambda fl, i: (
        "1.1-%02d.%02d-%07d" % (fl.month, fl.year % 100, fl.rng.randint(1, 9999999))
    ),
    "efin": lambda fl, i: fl.digits(10),
    "sk": _sk,
    "skp": _skp,
    "nip": _nip,
    "nib": lambda fl, i: fl.fresh(
        lambda: fl.rng.choice(("91", "81", "12", "02", "04")) + fl.digits(11)
    ),
    "kontrak": lambda fl, i: (
        "%03d/SPK/%s/%s/%d"
        % (
            fl.rng.randint(1, 300),
            fl.rng.choice(("PPK-PUPR", "DISPERINDAG", "DISDIK", "BPBD")),
            ROMAN[fl.month - 1],
            fl.year,
        )
    ),
    "inv": lambda fl, i: "INV/%d/%02d/%04d" % (fl.year, fl.month, fl.rng.randint(1, 9999)),
    "va": lambda fl, i: fl.rng.choice(("8808%s", "88810%s", "7007%s", "39358%s")) % fl.digits(11),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311")) + fl.digits(8)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "los": lambda fl, i: "%s-%02d" % (fl.rng.choice("ABCDEF"), fl.rng.randint(1, 60)),
    "tender": lambda fl, i: fl.digits(8),
    "rup": lambda fl, i: fl.digits(8),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24")) + fl.digits(9),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "npwpmask": lambda fl, i: "%02d.%s.***.*-920.000" % (fl.rng.randint(1, 99), fl.digits(3)),
    "rpk": lambda fl, i: "%d.%03d" % (fl.rng.randint(45, 980), fl.rng.choice((0, 500, 250, 750))),
    "rpb": lambda fl, i: (
        "%d.%03d.000" % (fl.rng.randint(55, 950), fl.rng.choice((0, 250, 500, 750)))
    ),
    "tgl": _tgl,
    "tg": _tg,
    "rp": _rp,
    "thn": lambda fl, i: str(fl.year),
    "thl": lambda fl, i: str(fl.year - 1),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "jam": lambda fl, i: "%02d.%02d" % (fl.rng.randint(8, 16), fl.rng.choice((0, 15, 30, 45))),
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "luas": lambda fl, i: str(fl.rng.randint(90, 900)),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "cv": lambda fl, i: fl.rng.choice(CV),
    "pt": lambda fl, i: fl.rng.choice(PT),
    "ud": lambda fl, i: fl.rng.choice(UD),
    "kop": lambda fl, i: fl.rng.choice(KOPERASI),
    "yys": lambda fl, i: fl.rng.choice(YAYASAN),
    "church": lambda fl, i: fl.rng.choice(CHURCH),
    "school": lambda fl, i: fl.rng.choice(SCHOOL),
    "office": lambda fl, i: fl.rng.choice(OFFICE),
    "market": lambda fl, i: fl.rng.choice(MARKET),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 40),
    "rom": lambda fl, i: ROMAN[fl.month - 1],
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|perumnas|perum|btn|griya|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")


def phone_ok(seg: str) -> bool:
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OlSB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OlSB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
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
            if "@" in seg or any(c.isdigit() for c in seg) or ("\n" in seg and not scan):
                bad.append(f"name chars {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OlSB .\-\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
            if len(d) != 16 and not re.search(r"(?i)(nik|ktp)", text[max(0, st - 60) : st]):
                bad.append(f"{kind} of a wrong length without NIK before it {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9OlB .\-,\n]", seg)
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


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/]?\d+)*|\S+@\S+")


def lookalikes(text: str) -> int:
    return len(LOOKALIKE.findall(text))


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|sdr|tn"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|sdri|ny|nona"


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    auto = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(r"(?i)\b(?:%s)\.?\s*,?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % words, text):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    spec = {"F": females, "M": males, "E": E, "fam": fam or {}}
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
            "id": "d38-%04d" % k,
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
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s", seg):
            return "written to dodge scrapers"
        if seg.endswith(".go.id"):
            return "a person's own on an office's host"
        return "plain"
    if kind in ("address", "plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OlSB]", seg):
        return "letters for digits"
    d = id_digits(seg)
    if kind in ("nik", "kk") and len(d) != 16:
        return "a digit too few or too many"
    if kind == "npwp":
        if len(d) == 16:
            return "16 digits (the NIK)" if d.startswith("53") else "16 digits (0 and the old 15)"
        if re.fullmatch(r"\d\d\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}", seg):
            return "15 digits, dots and dash"
        if " " in seg:
            return "15 digits, spaces"
        return "15 digits, no dots" if seg.isdigit() else "15 digits, other separators"
    if kind == "phone":
        if seg.startswith("+62"):
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


def show(records: list[dict[str, object]], sample: int) -> None:
    """Print texts with their spans marked, for reading."""
    pick = random.Random(sample).sample(records, min(sample, len(records)))
    for r in pick:
        text = r["text"]
        for s in sorted(r["spans"], key=lambda s: -s["start"]):
            text = (
                text[: s["start"]]
                + "⟦%s:%s⟧" % (s["kind"], text[s["start"] : s["end"]])
                + text[s["end"] :]
            )
        print("=== %s %s/%s\n%s\n" % (r["id"], r["style"], r["theme"], text))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    assert per["npwp"] >= FLOORS["npwp"], per["npwp"]
    assert per["name"] >= FLOORS["name"], per["name"]
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
    if "--show" in sys.argv:
        show(records, int(sys.argv[sys.argv.index("--show") + 1]))


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}
# family name, {nk1} nickname); {hp1} mobile ({hpb1} {hpd1} {hps1} {hpt1} {hpi1} {hpj1} {hpk1}
# {hpo1} letters for digits, {hpn1} over a line); {tr1} home landline; {nik1} ({nikb1} {niks1}
# {nikt1} {niko1} {nikn1} {nikw1}); {kk1}; {npwp1} ({npwpd1} dotted, {npwpb1} 15 in a block,
# {npwps1} spaces, {npwpn1} the NIK, {npwpk1} the NIK in fours, {npwpz1} 0 and the 15,
# {npwpp1} other separators, {npwpo1} as a scan reads it, {npwpl1} over a line); {bpjs1};
# {em1} ({emp1} {emx1} {emn1} {emk1}); {bank1}/{rek1}; {ad1} {adr1} {adc1} {rt1} {rtk1};
# {lahir1}; {pl1}.
# Not a person's: {npwpx} {npwpy} a body's NPWP, {nitku} a body's NITKU (22 digits), {rekb}
# {rekntt} a body's account, {owa} an office's mobile, {scam}, {otel}; look-alikes {nop} {nopb}
# {faktur} {billing} {ntpn} {bpe} {bupot} {efin} {sk} {nip} {nib} {kontrak} {inv} {va} {tiket}
# {idpel} {samb} {los} {tender} {rup} {kpj} {nikmask} {npwpmask}; figures {tgl} {tg} {rp} {thn}
# {thl} {bln} {hari} {jam} {num} {luas}; bodies and places {cv} {pt} {ud} {kop} {yys} {church}
# {school} {office} {market} {kel} {kec} {jl} {jlno} {bnk} {rtx} {rom}.

TEMPLATES: list[tuple] = []

# ---- official_letter: surat keterangan, surat kuasa, letters to and from offices
TEMPLATES += [
    T(
        "official_letter",
        "npwp_registration",
        """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpd1}]]
Alamat : [[a:{adr1}]], Kel. {kel}, Kota Kupang
Memberi kuasa kepada:
Nama : [[n:{n2}]]
NIK : [[nik:{nik2}]]
untuk mengurus pemadanan NIK sebagai NPWP dan permintaan EFIN di KPP Pratama Kupang.
Kupang, {tg}
Pemberi Kuasa, [[n:{n1}]]        Penerima Kuasa, [[n:{n2}]]
""",
    ),
    T(
        "official_letter",
        "business_permit",
        """
PEMERINTAH KOTA KUPANG
KELURAHAN {KEL}
SURAT KETERANGAN USAHA
Nomor: {sk}
Lurah {kel} menerangkan bahwa:
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]] (NIK sebagai NPWP)
Alamat : [[a:{ad1}]], [[a:{rt1}]]
benar memiliki usaha perorangan jual sayur dan bumbu di los {los} {market}, NIB {nib}.
Demikian surat keterangan ini untuk pengajuan KUR.
Kupang, {tg}
a.n. Lurah {kel}, Sekretaris Kelurahan
[[n:{n2}]]
NIP. {nip}
""",
    ),
    T(
        "official_letter",
        "tax_office",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
Nomor : {skp}
Hal : Permintaan Penjelasan atas Data dan/atau Keterangan
Yth. [[n:{N1}]]
NPWP [[npwp:{npwpd1}]]
[[a:{AD1}]]
KEL. {KEL}, KEC. {KEC}, KOTA KUPANG
Berdasarkan data yang kami miliki, terdapat transaksi dengan nomor faktur {faktur} yang belum dilaporkan dalam SPT Tahunan {thl}. Saudara diminta hadir menemui Account Representative kami, [[n:{n2}]], pada hari {hari} pukul {jam} WITA.
""",
    ),
    T(
        "official_letter",
        "honorarium",
        """
SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini, [[n:{n1}]], guru honor pada {school}, dengan ini menyatakan bahwa NPWP saya adalah [[npwp:{npwp1}]] dan rekening honor saya {bank1} nomor [[b:{rek1}]] atas nama [[n:{n1}]].
Apabila NPWP tidak sesuai, saya bersedia dipotong PPh 21 dengan tarif lebih tinggi.
Kupang, {tg}
Yang menyatakan,
[[n:{n1}]]
""",
    ),
    T(
        "official_letter",
        "pbb_land",
        """
Kepada Yth.
Kepala Bapenda Kota Kupang
di Tempat
Perihal: Keberatan SPPT PBB Tahun {thn}
Dengan hormat,
Saya [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npwpz1}]], pemilik tanah dan bangunan dengan NOP {nop} di [[a:{ad1}]], Kel. {kel}. Luas tanah pada SPPT tertulis {luas} m², tidak sama dengan luas pada sertifikat ({num}0 m²). Mohon diadakan penelitian lapangan.
Hormat saya,
[[n:{n1}]]
HP [[p:{hp1}]]
""",
    ),
    T(
        "official_letter",
        "procurement",
        """
Nomor : {num}/{cv}/{rom}/{thn}
Lampiran : 1 (satu) berkas
Perihal : Sanggahan Hasil Pemilihan
Kepada Yth. Pokja Pemilihan {num} UKPBJ Setda Kota Kupang
Kami {CV}, NPWP {npwpx}, NIB {nib}, peserta tender kode {tender}, menyampaikan sanggahan atas penetapan pemenang. Penawaran kami Rp {rp} lebih rendah dan NPWP badan kami berstatus valid pada konfirmasi KSWP.
Hormat kami,
Direktur, [[n:{n1}]]
""",
    ),
    T(
        "official_letter",
        "npwp_registration",
        """
SURAT KETERANGAN DOMISILI
Nomor: {sk}
Yang bertanda tangan di bawah ini Lurah {kel} menerangkan bahwa [[n:{n1}]], lahir {lahir1}, NIK [[nik:{nik1}]], benar berdomisili di [[a:{adr1}]]. Surat ini dibuat untuk keperluan pendaftaran NPWP pada KPP Pratama Kupang, karena alamat pada KTP yang bersangkutan masih di {kec}.
Kupang, {tg}
Lurah {kel}
[[n:{n2}]]
""",
    ),
    T(
        "official_letter",
        "social_aid",
        """
SURAT PERNYATAAN TIDAK MEMILIKI NPWP
Saya [[n:{n1}]], NIK [[nik:{nik1}]], No. KK [[kk:{kk1}]], alamat [[a:{adr1}]], menyatakan dengan sebenarnya bahwa saya tidak memiliki NPWP dan tidak mempunyai penghasilan tetap, untuk melengkapi berkas bantuan modal usaha dari Dinas Sosial Kota Kupang.
Kupang, {tg}
[[n:{n1}]]
""",
    ),
    T(
        "official_letter",
        "market_traders",
        """
Kepada Yth. Kepala Disperindag Kota Kupang
Hal: Permohonan Perpanjangan Izin Pemakaian Los
Saya yang bertanda tangan di bawah ini:
nama [[n:{n1}]], pedagang ikan kering di {market} los {los}, NPWP pribadi [[npwp:{npwpp1}]], HP [[p:{hpd1}]],
memohon perpanjangan izin pemakaian los untuk tahun {thn}. Bersama ini saya lampirkan fotokopi KTP, bukti setor retribusi dan NPWP.
Hormat saya, [[n:{n1}]]
""",
    ),
    T(
        "official_letter",
        "npwp_registration",
        """
SURAT KETERANGAN
Nomor: {sk}
Majelis Jemaat {church} menerangkan bahwa Sdr. [[n:{n1}]] adalah anggota jemaat yang bekerja sebagai pengajar sekolah minggu dan menerima uang transport. NPWP yang bersangkutan [[npwp:{npwp1}]].
NPWP Majelis Jemaat sebagai pemotong: {npwpx}.
Kupang, {tg}
Ketua Majelis Jemaat, Pdt. [[n:{n2}]], S.Th
""",
    ),
    T(
        "official_letter",
        "tax_office",
        """
SURAT PERMOHONAN PENGHAPUSAN NPWP
Kepada Yth. Kepala KPP Pratama Kupang
Saya [[n:{n1}]], NIK [[nik:{nik1}]], ahli waris dari almarhum [[n:{n2}]], NPWP almarhum [[npwp:{npwpd2}]], memohon penghapusan NPWP tersebut karena wajib pajak telah meninggal dunia pada {tgl} dan tidak meninggalkan warisan yang belum terbagi.
Alamat ahli waris: [[a:{adr1}]], Kel. {kel}.
Telp. [[p:{hp1}]], email [[e:{em1}]]
Kupang, {tg}
[[n:{n1}]]
""",
        M=(2,),
    ),
    T(
        "official_letter",
        "honorarium",
        """
Nomor : {sk}
Lampiran : Daftar nominatif
Perihal : Permintaan NPWP Tenaga Harian Lepas
Yth. Kepala Bidang Anggaran BPKAD Kota Kupang
Bersama ini kami sampaikan bahwa pembayaran honorarium THL Dinas Pendidikan bulan {bln} {thn} tertunda karena {num} orang belum menyerahkan NPWP. Sesuai PMK 168, penerima tanpa NPWP dikenai tarif 20 % lebih tinggi. Data NIK sebagai NPWP akan kami padankan melalui aplikasi.
NPWP Bendahara Pengeluaran Dinas Pendidikan: {npwpx}
Kupang, {tg}
""",
    ),
    T(
        "official_letter",
        "procurement",
        """
BERITA PENGUMUMAN PEMENANG
Nama Paket : Rehabilitasi Los Daging {market}
Kode Tender : {tender}
Pemenang : {PT}
NPWP : {npwpx}
NITKU : {nitku}
Alamat : {jlno}, Kupang
Harga Terkoreksi : Rp {rpb}
Nomor SK : {sk}
Masa sanggah 3 hari kalender sejak {tgl}.
""",
    ),
    T(
        "official_letter",
        "pbb_land",
        """
SURAT KETERANGAN
Nomor: {sk}
Bapenda Kota Kupang menerangkan bahwa objek pajak NOP {nop}, letak objek {jl}, Kel. {kel}, telah lunas PBB-P2 tahun {thl} dan {thn} dengan kode billing {billing} dan tanggal bayar {tgl}. Surat ini tidak berlaku sebagai bukti kepemilikan.
Kepala Bidang Pendataan dan Penetapan
NIP {nip}
""",
    ),
    T(
        "official_letter",
        "tax_office",
        """
PENGUMUMAN
KPP Pratama Kupang mengingatkan bahwa mulai 1 Juli 2024 NIK berfungsi sebagai NPWP bagi wajib pajak orang pribadi penduduk, dan NITKU 22 digit dipakai untuk tempat kegiatan usaha. Contoh penulisan: NPWP 15 digit 01.234.567.8-920.000 menjadi 16 digit 0012345678920000.
Layanan pemadanan: Kring Pajak 1500200, email informasi@pajak.go.id, atau datang ke {jlno}.
Nomor: {skp}
""",
    ),
    T(
        "official_letter",
        "business_permit",
        """
SURAT REKOMENDASI
Nomor: {sk}
Dinas Koperasi dan UKM Kota Kupang merekomendasikan {kop}, Badan Hukum Nomor {num}/BH/XIX.{num}/{thl}, NPWP {npwpx}, NIB {nib}, untuk mengikuti pameran produk UMKM. Rekening koperasi: {bnk} {rekb}.
Kupang, {tg}
Kepala Dinas,
NIP {nip}
""",
    ),
    T(
        "official_letter",
        "honorarium",
        """
SURAT TUGAS
Nomor: {sk}
Kepala {office} menugaskan kepada:
1. Nama : [[n:{n1}]], NIP {nip}
2. Nama : [[n:{n2}]], NIP {nip2}
untuk melakukan verifikasi lapangan pedagang penerima bantuan di {market} pada {tg}. Biaya dibebankan pada DPA kode rekening 5.1.02.04.01.0003.
""",
    ),
    T(
        "official_letter",
        "npwp_registration",
        """
Kepada Yth. Kepala Seksi Pelayanan KPP Pratama Kupang
Perihal: Perubahan data wajib pajak
Saya [[n:{n1}]] (NPWP lama [[npwp:{npwpd1}]]) mohon perubahan alamat dari {kec} ke [[a:{adc1}]], Kel. {kel}. NIK saya [[nik:{nik1}]] dan menurut petugas NIK ini yang sekarang dipakai sebagai NPWP saya, tetapi di DJP Online masih muncul alamat lama.
Terima kasih.
[[n:{n1}]] / [[p:{hps1}]]
""",
    ),
    T(
        "official_letter",
        "social_aid",
        """
BERITA ACARA SERAH TERIMA BANTUAN
Nomor: {sk}
Pada hari ini {hari}, {tg}, telah diserahkan bantuan alat usaha kepada:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{rt1}]], Kel. {kel}
Rekening : {bank1} [[b:{rek1}]]
Yang menyerahkan: [[n:{n2}]] (Pendamping)
Yang menerima: [[n:{n1}]]
""",
    ),
    T(
        "official_letter",
        "procurement",
        """
SURAT PERJANJIAN KERJA
Nomor Kontrak: {kontrak}
Pihak I: Pejabat Pembuat Komitmen {office}
Pihak II: {CV}, NPWP {npwpx}, NITKU {nitku}, rekening {bnk} {rekb} a.n. {CV}
Nilai kontrak Rp {rpb} termasuk PPN, faktur pajak diterbitkan paling lambat akhir bulan {bln}.
Jangka waktu 60 hari kalender.
""",
    ),
    T(
        "official_letter",
        "tax_office",
        """
SURAT TEGURAN
Nomor: {skp}
Kepada: {YYS}
NPWP: {npwpx}
Berdasarkan administrasi kami, Saudara belum menyampaikan SPT Masa PPh Pasal 21 masa {bln} {thn}. Harap segera melapor. Apabila telah dilaporkan, abaikan surat ini dan kirimkan bukti penerimaan elektronik {bpe}.
Kantor Pelayanan Pajak Pratama Kupang
""",
    ),
    T(
        "official_letter",
        "market_traders",
        """
SURAT PERINGATAN
Nomor: {sk}
Kepada pemegang izin los {los} {market}, {UD}, NPWP {npwpx}.
Sampai {tgl} retribusi pelayanan pasar belum disetor sebesar Rp {rp}. Pembayaran melalui virtual account {va} atau kasir UPTD Pasar. Bila tidak dibayar dalam 7 hari izin pemakaian dicabut.
Kepala UPTD Pasar
""",
    ),
    T(
        "official_letter",
        "npwp_registration",
        """
Yth. Bapak/Ibu Kepala KPP Pratama Kupang,
Saya [[n:{n1}]], pensiunan ASN, beralamat di [[a:{adr1}]]. Saya sudah tidak punya penghasilan lain selain pensiun dari TASPEN, maka saya mohon NPWP saya [[npwp:{npwps1}]] dijadikan Non-Efektif. Mohon juga dikirimkan pemberitahuannya ke email saya [[e:{em1}]].
Salam hormat,
[[n:{n1}]]
""",
        E=(1,),
    ),
]

# ---- minutes: berita acara, notulen rapat, catatan klarifikasi
TEMPLATES += [
    T(
        "minutes",
        "procurement",
        """
BERITA ACARA KLARIFIKASI DAN PEMBUKTIAN KUALIFIKASI
Paket: Pengadaan Meja Kursi {school} | Kode Tender {tender}
Hari/tanggal: {hari}, {tg}
Hadir dari penyedia: [[n:{n1}]] selaku Direktur {CV}.
Hasil:
1. NPWP badan {npwpx} status valid (KSWP), bukti lapor SPT Tahunan {thl} {bpe}.
2. NIB {nib} berlaku.
3. NPWP pribadi direktur [[npwp:{npwpn1}]] diperiksa, tidak ada tunggakan.
4. Nomor kontrak pengalaman {kontrak} sesuai.
Ketua Pokja: [[n:{n2}]]
""",
    ),
    T(
        "minutes",
        "market_traders",
        """
NOTULEN RAPAT PENATAAN PEDAGANG {MARKET}
Waktu: {hari}, {tg}, pukul {jam}
Tempat: Aula Disperindag
Peserta: Kepala UPTD, Kasi Retribusi, perwakilan pedagang ([[n:{n1}]], [[n:{n2}]], Mama [[n:{g3}]])
Pembahasan:
- Pedagang yang belum punya NPWP cukup menyerahkan NIK; NIK sudah berlaku sebagai NPWP.
- [[n:{g1}]] menyampaikan los {los} bocor sejak {bln}.
- Retribusi dibayar lewat VA {va}, tidak lagi tunai.
Notulis: [[n:{n4}]]
""",
    ),
    T(
        "minutes",
        "pbb_land",
        """
BERITA ACARA PENELITIAN LAPANGAN
Pada hari ini {hari} tanggal {tg} kami petugas Bapenda Kota Kupang telah melakukan penelitian atas objek PBB:
NOP : {nop}
Nama Wajib Pajak : [[n:{N1}]]
Alamat Wajib Pajak : [[a:{AD1}]]
NPWP : [[npwp:{npwpd1}]]
Letak objek : {jl}, Kel. {kel}
Luas bumi menurut SPPT {luas} m², hasil ukur {num}5 m².
Petugas peneliti: [[n:{n2}]] dan [[n:{n3}]]
""",
    ),
    T(
        "minutes",
        "honorarium",
        """
NOTULEN RAPAT TIM PENGELOLA KEUANGAN
Dinas Pendidikan Kota Kupang, {tg}
1. Bendahara melaporkan {num} guru honor belum menyerahkan NPWP. Sebagian besar sudah punya NIK; NIK dipakai sebagai NPWP setelah dipadankan.
2. Potongan PPh 21 honor bulan {bln} disetor dengan kode billing {billing}, NTPN {ntpn}.
3. Bukti potong dikirim lewat e-mail ke masing-masing guru.
4. NPWP bendahara {npwpx} tetap dipakai untuk pemotongan.
Notulis: Staf Keuangan
""",
    ),
    T(
        "minutes",
        "tax_office",
        """
CATATAN KONSULTASI
Tanggal: {tgl}
Wajib Pajak: [[n:{n1}]]
NPWP: [[npwp:{npwpb1}]]
NIK: [[nik:{nik1}]]
Topik: lupa EFIN, email lama [[e:{em1}]] tidak aktif.
Tindak lanjut: AR [[n:{n2}]] mengirim EFIN baru ke email [[e:{em3}]] milik WP (email lama milik anak).
Telepon WP: [[p:{hp1}]]
""",
        fam={3: 1},
    ),
    T(
        "minutes",
        "procurement",
        """
BERITA ACARA PEMERIKSAAN PEKERJAAN
Nomor: {sk}
Kontrak {kontrak}, penyedia {PT}, NPWP {npwpx}.
Hasil pemeriksaan: pekerjaan pengecatan selesai 100 %. Faktur pajak {faktur} dan invoice {inv} diterima. Pembayaran ke rekening {bnk} {rekb} a.n. perusahaan.
Tim Pemeriksa: Kepala Seksi Sarana, Pengawas Lapangan, Konsultan Pengawas.
""",
    ),
    T(
        "minutes",
        "social_aid",
        """
BERITA ACARA MUSYAWARAH KELURAHAN {KEL}
Agenda: verifikasi usulan penerima bantuan UMKM
Usulan dari {rtx}:
1. [[n:{n1}]] (NIK [[nik:{nik1}]]) – jual kue, belum punya NPWP
2. [[n:{n2}]] (NIK [[nik:{nik2}]]) – bengkel motor, NPWP [[npwp:{npwpd2}]]
Usulan dari {rtx3}:
3. [[n:{n3}]] – penjahit, NPWP sama dengan NIK [[npwp:{npwpn3}]]
Pimpinan rapat: Lurah {kel}
""",
    ),
    T(
        "minutes",
        "business_permit",
        """
NOTULEN SOSIALISASI OSS RBA
Tempat: Kantor Camat {kec}, {tg}
Narasumber dari DPMPTSP menjelaskan: pelaku usaha perorangan mendaftar NIB dengan NIK; pelaku usaha badan (CV, PT, koperasi) memakai NPWP badan 16 digit dan NITKU.
Contoh NIB yang ditunjukkan: {nib}. Contoh NITKU: {nitku}.
Pertanyaan peserta dicatat {num} orang, nama tidak dicatat.
""",
    ),
    T(
        "minutes",
        "pbb_land",
        """
BERITA ACARA MEDIASI SENGKETA BATAS TANAH
Pihak I: [[n:{n1}]], alamat [[a:{adr1}]]
Pihak II: [[n:{n2}]], alamat [[a:{adr2}]]
Objek: dua bidang tanah dengan NOP {nop} dan NOP {nop2}.
Kesepakatan: pagar dipindah 40 cm ke arah timur; PBB {thn} dibayar masing-masing.
Saksi: Ketua RT, [[n:{n3}]]
Difasilitasi oleh Kelurahan {kel}.
""",
    ),
    T(
        "minutes",
        "market_traders",
        """
BERITA ACARA PENYERAHAN KUNCI LOS
Pada {tg} diserahkan kunci los {los} {market} kepada:
Nama : [[n:{n1}]]
Jenis dagangan : sirih pinang dan sayur
NPWP/NIK : [[npwp:{npwpk1}]]
No HP : [[p:{hp1}]]
Yang menyerahkan: Kepala UPTD Pasar
""",
    ),
    T(
        "minutes",
        "tax_office",
        """
NOTULEN KELAS PAJAK UMKM
KPP Pratama Kupang, {hari} {tg}
Materi: PPh Final 0,5 %, kode billing, lapor SPT lewat DJP Online.
Contoh kode billing ditampilkan: {billing}. Contoh NTPN: {ntpn}.
Peserta: {num} pelaku UMKM binaan Dinas Koperasi.
Pertanyaan: apakah NPWP lama 15 digit masih bisa dipakai di bank? Jawaban: bank sudah memakai format 16 digit.
""",
    ),
    T(
        "minutes",
        "honorarium",
        """
BERITA ACARA PEMBAYARAN HONOR NARASUMBER
Kegiatan: Pelatihan Pengolahan Ikan, {tg}
Narasumber: [[n:{n1}]]
NPWP: [[npwp:{npwp1}]]
Honor bruto Rp {rp}, PPh 21 dipotong 5 %.
Ditransfer ke {bank1} [[b:{rek1}]] a.n. [[n:{n1}]].
Bendahara: [[n:{n2}]]
""",
    ),
    T(
        "minutes",
        "procurement",
        """
NOTULEN RAPAT PENJELASAN (AANWIJZING)
Kode tender {tender}, RUP {rup}
Pertanyaan 1: Apakah NPWP cabang boleh dipakai? Jawaban: yang dipakai NPWP pusat dan NITKU cabang.
Pertanyaan 2: Apakah surat dukungan pabrik wajib? Jawaban: tidak.
Jumlah peserta yang mengunduh dokumen: {num}. Nama peserta tidak diumumkan.
Pokja Pemilihan {num}
""",
    ),
    T(
        "minutes",
        "social_aid",
        """
CATATAN VERIFIKASI RUMAH TANGGA
Petugas: [[n:{n1}]]
Tanggal kunjungan: {tgl}
Kepala keluarga: [[n:{n2}]], No. KK [[kk:{kk2}]]
Alamat: [[a:{ad2}]], [[a:{rt2}]]
Hasil: rumah semi permanen, usaha warung kecil. Ditanya NPWP, jawab "belum ada, pakai NIK saja" ([[nik:{nik2}]]).
Rekomendasi: layak.
""",
    ),
    T(
        "minutes",
        "npwp_registration",
        """
BERITA ACARA PEMADANAN NIK-NPWP
Pojok Pajak Mal Pelayanan Publik Kota Kupang, {tg}
Wajib pajak: [[n:{n1}]]
NPWP lama: [[npwp:{npwpd1}]]
NPWP baru (NIK): [[npwp:{npwpn1}]]
Status: berhasil dipadankan.
Catatan: nomor HP di profil diganti ke [[p:{hpd1}]].
Petugas: [[n:{n2}]]
""",
    ),
    T(
        "minutes",
        "pbb_land",
        """
NOTULEN RAPAT EVALUASI PBB-P2 TRIWULAN {ROM}
Realisasi Kecamatan {kec} {num} % dari target.
Kendala: {num} SPPT tidak tersampaikan karena alamat wajib pajak tidak jelas; NOP ganda ditemukan di {kel} (contoh {nop} dan {nop2}).
Tindak lanjut: pemutakhiran data bersama lurah dan RT.
""",
    ),
    T(
        "minutes",
        "business_permit",
        """
BERITA ACARA PEMERIKSAAN LOKASI USAHA
Pemohon: [[n:{n1}]], pemilik Usaha Tenun Ikat "Sinar Pagi" (usaha perorangan)
NPWP usaha perorangan: [[npwp:{npwpd1}]]
Lokasi usaha: di rumah sendiri, [[a:{adr1}]]
Hasil: layak diberi rekomendasi IUMK.
Tim: Kasi Perizinan dan Lurah {kel}.
""",
    ),
    T(
        "minutes",
        "procurement",
        """
BERITA ACARA SERAH TERIMA BARANG
Dari: {UD}, NPWP {npwpx}, dalam hal ini diwakili pemilik [[n:{n1}]] (HP [[p:{hp1}]])
Kepada: Pejabat Penerima Hasil Pekerjaan {office}
Barang: 40 unit kursi plastik, sesuai invoice {inv} dan faktur {faktur}.
Kupang, {tg}
""",
    ),
    T(
        "minutes",
        "honorarium",
        """
REKAP RAPAT TIM PPDB
Honor panitia dibayar setelah semua anggota menyerahkan NPWP.
Sudah: {num} orang. Belum: {num} orang.
Honor ditransfer dari rekening BOS sekolah {rekntt} (a.n. {SCHOOL}).
Bukti potong PPh 21 nomor urut mulai {bupot}.
""",
    ),
    T(
        "minutes",
        "market_traders",
        """
NOTULEN PERTEMUAN KOPERASI PEDAGANG
Tempat: {market}, {tg}
- NPWP koperasi tempat kami menjadi anggota {npwpx} dipakai untuk pengajuan kredit ke bank.
- Simpanan pokok anggota disetor ke rekening koperasi {bnk} {rekb}.
- Ketua mengingatkan kartu anggota diperbarui.
""",
    ),
    T(
        "minutes",
        "tax_office",
        """
CATATAN PENGADUAN LANGSUNG
Pengadu: [[n:{n1}]], penjual pulsa, datang ke loket KPP tanggal {tgl}.
Keluhan: NPWP [[npwp:{npwpo1}]] tercatat punya usaha beromzet besar padahal hanya counter kecil di [[a:{ad1}]].
Diterima oleh: [[n:{n2}]]
Status: diteruskan ke Seksi Pengawasan, tiket {tiket}.
""",
    ),
    T(
        "minutes",
        "npwp_registration",
        """
NOTULEN RAPAT {rtx} Kel. {kel}
{tg}, di rumah Bapak [[n:{n1}]], [[a:{ad1}]]
1. Pendataan warga yang mau daftar UMKM: kumpul KTP ke sekretaris RT.
2. [[n:{n2}]] tanya NPWP suaminya hilang. Sekretaris jelaskan sekarang NIK suami yang jadi NPWP, [[npwp:{npwpn3}]].
3. Iuran sampah naik Rp 5.000.
""",
        F=(2,),
        M=(3,),
    ),
]

# ---- register_sheet: spreadsheets and registers pasted as CSV, TSV or | rows
TEMPLATES += [
    T(
        "register_sheet",
        "honorarium",
        """
DAFTAR PENERIMA HONORARIUM TIM VERIFIKASI BULAN {BLN} {thn}
No | Nama | NIP | NPWP | Bank | No Rekening | Bruto | PPh 21
1 | [[n:{N1}]] | {nip} | [[npwp:{npwpd1}]] | {bank1} | [[b:{rek1}]] | {rp} | 5%
2 | [[n:{N2}]] | - | [[npwp:{npwpn2}]] | {bank2} | [[b:{rek2}]] | {rp2} | 5%
3 | [[n:{N3}]] | {nip3} | belum ada | {bank3} | [[b:{rek3}]] | {rp3} | 6%
Bendahara Pengeluaran, NPWP {npwpx}
""",
    ),
    T(
        "register_sheet",
        "market_traders",
        """
No;Nama Pedagang;NIK;NPWP;Los;HP
1;[[n:{n1}]];[[nik:{nik1}]];[[npwp:{npwpn1}]];{los};[[p:{hp1}]]
2;{UD};-;{npwpx};{los2};{owa}
3;[[n:{n3}]];[[nik:{nik3}]];[[npwp:{npwpb3}]];{los3};[[p:{hp3}]]
4;{KOP};-;{npwpy};{los4};-
""",
    ),
    T(
        "register_sheet",
        "procurement",
        """
DAFTAR PENYEDIA TERDAFTAR (SIKaP) – KATEGORI KONSTRUKSI
Nama Penyedia	NPWP	NIB	Alamat Usaha	Telepon
{CV}	{npwpx}	{nib}	{jlno}	{otel}
{PT}	{npwpy}	{nib2}	{jlno2}	{otel2}
Data dari SPSE per {tgl}.
""",
    ),
    T(
        "register_sheet",
        "social_aid",
        """
REKAP CALON PENERIMA BANTUAN MODAL USAHA KEL. {KEL}
No,Nama,NIK,No KK,NPWP,RT/RW,No HP
1,[[n:{N1}]],[[nik:{nik1}]],[[kk:{kk1}]],-,[[a:{rtk1}]],[[p:{hp1}]]
2,[[n:{N2}]],[[nik:{nik2}]],[[kk:{kk2}]],[[npwp:{npwpb2}]],[[a:{rtk2}]],[[p:{hpb2}]]
3,[[n:{N3}]],[[nik:{nik3}]],[[kk:{kk3}]],-,[[a:{rtk3}]],-
""",
    ),
    T(
        "register_sheet",
        "pbb_land",
        """
DAFTAR HIMPUNAN KETETAPAN PAJAK (DHKP) PBB-P2 – KUTIPAN
NOP	Letak Objek	Luas Bumi	Luas Bangunan	Ketetapan
{nop}	{jl}	{luas}	{num}	Rp {rp}
{nop2}	{jl2}	{luas2}	0	Rp {rp2}
{nop3}	{jl3}	{luas3}	{num3}	Rp {rp3}
Kelurahan {kel}, Tahun {thn}
""",
    ),
    T(
        "register_sheet",
        "honorarium",
        """
Rekap NPWP guru honor (diminta bendahara sekolah)
[[n:{n1}]] — [[npwp:{npwpn1}]]
[[n:{n2}]] — [[npwp:{npwpd2}]]
[[n:{n3}]] — belum punya, NIK [[nik:{nik3}]]
[[n:{n4}]] — [[npwp:{npwpz4}]]
Tolong dicek ulang sebelum {tgl}.
""",
    ),
    T(
        "register_sheet",
        "tax_office",
        """
LOG PELAYANAN TPT KPP PRATAMA KUPANG {tgl}
No Antrian | Layanan | NPWP/NIK WP | Nama WP | Petugas
A-{num} | Lupa EFIN | [[npwp:{npwpn1}]] | [[n:{N1}]] | Loket 2
A-{num2} | Perubahan data | {npwpx} | {CV} | Loket 3
A-{num3} | Pemadanan NIK | [[npwp:{npwpd3}]] | [[n:{N3}]] | Loket 2
B-{num4} | SKB PPh Final | {npwpy} | {KOP} | Loket 1
""",
    ),
    T(
        "register_sheet",
        "procurement",
        """
Paket,Kode RUP,Pagu,Penyedia,NPWP Penyedia,No Kontrak
Belanja ATK,{rup},Rp {rp},{UD},{npwpx},{kontrak}
Sewa Tenda,{rup2},Rp {rp2},{CV},{npwpy},{kontrak2}
Catering rapat,{rup3},Rp {rp3},belum ditetapkan,-,-
""",
    ),
    T(
        "register_sheet",
        "market_traders",
        """
PENDATAAN PEDAGANG KAKI LIMA {MARKET}
| No | Nama | Jualan | NIK | NPWP | Alamat Rumah |
| 1 | [[n:{n1}]] | pinang | [[nik:{nik1}]] | - | [[a:{ad1}]] |
| 2 | [[n:{n2}]] | jagung bakar | [[nik:{nik2}]] | [[npwp:{npwpd2}]] | [[a:{adr2}]] |
| 3 | [[n:{n3}]] | ikan asin | [[nik:{nik3}]] | sama dgn NIK | [[a:{ad3}]] |
""",
    ),
    T(
        "register_sheet",
        "honorarium",
        """
DAFTAR HADIR DAN TANDA TERIMA UANG TRANSPORT
Kegiatan: Sosialisasi PBB-P2 di Kelurahan {kel}, {tg}
No | Nama | Instansi | NPWP | Jumlah | TTD
1 | [[n:{n1}]] | Kelurahan {kel} | [[npwp:{npwp1}]] | Rp 150.000 | ...
2 | [[n:{n2}]] | Ketua RT | - | Rp 150.000 | ...
3 | [[n:{n3}]] | Bapenda | [[npwp:{npwpn3}]] | Rp 150.000 | ...
""",
    ),
    T(
        "register_sheet",
        "business_permit",
        """
Nama Usaha;Bentuk;NPWP Pemilik Badan;NIB;HP Kantor
{CV};CV;{npwpx};{nib};{owa}
{KOP};Koperasi;{npwpy};{nib2};{owa2}
Sumber: DPMPTSP Kota Kupang, diunduh {tgl}
""",
    ),
    T(
        "register_sheet",
        "tax_office",
        """
REKAP SETORAN PPh FINAL UMKM – TITIPAN BENDAHARA KOPERASI
Tanggal,Kode Billing,NTPN,Jumlah
{tgl},{billing},{ntpn},Rp {rp}
{tgl2},{billing2},{ntpn2},Rp {rp2}
{tgl3},{billing3},{ntpn3},Rp {rp3}
NPWP koperasi: {npwpx}
""",
    ),
    T(
        "register_sheet",
        "social_aid",
        """
No	Nama KPM	NIK	Rekening KKS	Keterangan
1	[[n:{N1}]]	[[nik:{nik1}]]	[[b:{rek1}]]	NPWP belum ada
2	[[n:{N2}]]	[[nik:{nik2}]]	[[b:{rek2}]]	punya NPWP [[npwp:{npwpd2}]], tetap layak
3	[[n:{N3}]]	[[nik:{nik3}]]	[[b:{rek3}]]	-
""",
    ),
    T(
        "register_sheet",
        "pbb_land",
        """
PERMOHONAN MUTASI SPPT YANG MASUK MINGGU INI
Tgl | NOP | Pemohon | NPWP Pemohon | HP
{tgl} | {nop} | [[n:{n1}]] | [[npwp:{npwpn1}]] | [[p:{hp1}]]
{tgl2} | {nop2} | [[n:{n2}]] | [[npwp:{npwpd2}]] | [[p:{hps2}]]
{tgl3} | {nop3} | {YYS} | {npwpx} | {otel}
""",
    ),
    T(
        "register_sheet",
        "procurement",
        """
HPS – Pengadaan Bibit Ternak
Uraian	Vol	Harga Satuan	Jumlah
Anak babi	40 ekor	Rp 1.250.000	Rp 50.000.000
Pakan	80 sak	Rp 385.000	Rp 30.800.000
PPN 11%			Rp 8.888.000
Kode RUP {rup}, Kode tender {tender}
""",
    ),
    T(
        "register_sheet",
        "honorarium",
        """
Nama Pegawai,NIP,NIK,NPWP,Golongan,Rekening Bank NTT
[[n:{N1}]],{nip},[[nik:{nik1}]],[[npwp:{npwpn1}]],III/b,[[b:{rek1}]]
[[n:{N2}]],{nip2},[[nik:{nik2}]],[[npwp:{npwpn2}]],III/a,[[b:{rek2}]]
[[n:{N3}]],{nip3},[[nik:{nik3}]],[[npwp:{npwpn3}]],II/c,[[b:{rek3}]]
""",
    ),
    T(
        "register_sheet",
        "market_traders",
        """
DAFTAR TUNGGAKAN RETRIBUSI LOS – {MARKET}
Los | Pemegang Izin | Bulan | Tunggakan | VA Pembayaran
{los} | {UD} | {num} | Rp {rp} | {va}
{los2} | {KOP} | {num2} | Rp {rp2} | {va2}
{los3} | Koperasi Pedagang Ikan | {num3} | Rp {rp3} | {va3}
""",
    ),
    T(
        "register_sheet",
        "npwp_registration",
        """
Formulir Pendaftaran Kelas UMKM Naik Kelas (export Google Form)
Timestamp,Nama Lengkap,Email,NIK,Sudah punya NPWP?,NPWP,Jenis Usaha
{tgl} 09.14,[[n:{n1}]],[[e:{em1}]],[[nik:{nik1}]],Ya,[[npwp:{npwpd1}]],kue kering
{tgl} 10.02,[[n:{l2}]],[[e:{em2}]],[[nik:{nik2}]],Tidak,,tenun ikat
{tgl} 11.47,[[n:{n3}]],[[e:{em3}]],[[nik:{nik3}]],Ya,[[npwp:{npwpn3}]],es batu
""",
    ),
    T(
        "register_sheet",
        "pbb_land",
        """
Rekap pembayaran PBB lewat Bank NTT
Tanggal	NOP	Kode Bayar	Jumlah
{tgl}	{nopb}	{billing}	{rp}
{tgl2}	{nopb2}	{billing2}	{rp2}
Total {num} transaksi. Rekening Kas Daerah {rekntt}.
""",
    ),
    T(
        "register_sheet",
        "social_aid",
        """
DAFTAR LANSIA PENERIMA ASISTENSI SOSIAL {RTX}
No | Nama | Umur | Keterangan
1 | [[n:{N1}]] | 71 | NPWP tidak ada
2 | [[n:{N2}]] | 79 | NIK belum padan
3 | [[n:{N3}]] | 68 | -
Dicatat oleh kader.
""",
        E=(1, 2, 3),
    ),
    T(
        "register_sheet",
        "business_permit",
        """
No | Nama Pelaku Usaha | NIK/NPWP | Jenis | Alamat Usaha
1 | [[n:{N1}]] | [[npwp:{npwpn1}]] | salon | [[a:{ad1}]] (rumah sendiri)
2 | {CV} | {npwpx} | percetakan | {jlno}
3 | [[n:{N3}]] | [[npwp:{npwpn3}]] | katering | [[a:{ad3}]] (rumah sendiri)
""",
    ),
    T(
        "register_sheet",
        "tax_office",
        """
DAFTAR WAJIB PAJAK BADAN YANG BELUM LAPOR SPT TAHUNAN {THL}
NPWP | Nama WP | KLU
{npwpx} | {CV} | 41011
{npwpy} | {YYS} | 85111
{nitku} | {KOP} (cabang) | 64131
""",
    ),
]

# ---- lapor_ticket: SP4N-LAPOR! tickets and their replies
TEMPLATES += [
    T(
        "lapor_ticket",
        "tax_office",
        """
Nomor Tiket: {tiket}
Kategori: Perpajakan
Judul: NPWP saya dipakai orang lain untuk faktur
Isi Laporan: Saya [[n:{n1}]] dari Kel. {kel}. Waktu login DJP Online saya lihat ada faktur pajak nomor {faktur} atas NPWP saya [[npwp:{npwpd1}]] dari perusahaan yang saya tidak kenal. Saya cuma tukang ojek. Mohon ditindaklanjuti. HP [[p:{hp1}]].
Instansi Tujuan: Kanwil DJP Nusa Tenggara
""",
    ),
    T(
        "lapor_ticket",
        "pbb_land",
        """
Tiket {tiket} | Status: Diproses
Pelapor: [[n:{n1}]]
Isi: SPPT PBB tahun {thn} untuk NOP {nop} masih atas nama almarhum bapak saya [[n:{n2}]], padahal sudah balik nama sejak {thl}. Berkas mutasi sudah diserahkan ke Bapenda dengan tanda terima no {num}/{thl}. Tagihan juga dobel dengan NOP {nop2}.
Lampiran: sppt.jpg
""",
        M=(2,),
    ),
    T(
        "lapor_ticket",
        "procurement",
        """
#{tiket}
Judul: Dugaan persekongkolan tender rehabilitasi pasar
Isi Laporan: Tender kode {tender} dimenangkan {CV} (NPWP {npwpx}) padahal alamat kantornya sama dengan peserta lain, {PT}. Kedua perusahaan memakai nomor telepon kantor yang sama {otel}. Mohon APIP memeriksa.
Identitas pelapor dirahasiakan.
""",
    ),
    T(
        "lapor_ticket",
        "honorarium",
        """
Nomor Laporan {tiket}
Isi: Honor kami tenaga kebersihan kelurahan dipotong pajak 6 % padahal saya su kasi NPWP. NPWP sy [[npwp:{npwpn1}]] sama dengan NIK. Nama [[n:{n1}]], [[a:{rt1}]] Kel. {kel}. Rek Bank NTT sy [[b:{rek1}]]. Tolong dicek bendahara.
""",
    ),
    T(
        "lapor_ticket",
        "market_traders",
        """
Tiket: {tiket}
Kategori: Perdagangan
Isi Laporan: Petugas pasar minta pungutan Rp 20.000 per minggu di luar retribusi resmi. Karcis retribusi no seri {num}{num2}{num3} tidak diberikan. Kejadian di {market} blok {los}. Pedagang takut lapor pakai nama.
Tanggapan Disperindag: Laporan diterima, tim akan turun ke lapangan {tgl}.
""",
    ),
    T(
        "lapor_ticket",
        "npwp_registration",
        """
{tiket}
Judul: NIK tidak bisa dipadankan dengan NPWP
Isi: Sy [[n:{n1}]]. NPWP lama sy [[npwp:{npwpd1}]], NIK [[nik:{nik1}]]. Waktu padankan muncul "data tidak valid" karena nama di Dukcapil tertulis tanpa marga, hanya [[n:{G1}]]. Sudah ke Dukcapil katanya harus ke KPP, ke KPP katanya harus ke Dukcapil. Mohon solusi.
Kontak: [[e:{em1}]]
""",
    ),
    T(
        "lapor_ticket",
        "social_aid",
        """
Nomor Tiket {tiket}
Isi Laporan: Bantuan modal UMKM tahap 2 di Kel. {kel} tidak cair. Dinas bilang yang punya NPWP tidak bisa dapat. Padahal syaratnya tidak ada itu. Sa pung nama [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npwpz1}]]. Usaha sa cuma jual kue di depan rumah [[a:{ad1}]].
""",
    ),
    T(
        "lapor_ticket",
        "tax_office",
        """
Tiket {tiket} – Tanggapan Instansi
Terima kasih atas laporan Saudara. Berdasarkan penelitian, NPWP yang Saudara laporkan telah kami blokir sementara dan faktur nomor {faktur} dibatalkan. Untuk informasi lanjut hubungi Kring Pajak 1500200 atau datang ke KPP Pratama Kupang, {jlno}.
Disposisi: Seksi Pengawasan II
""",
    ),
    T(
        "lapor_ticket",
        "business_permit",
        """
Laporan {tiket}
Isi: Permohonan PBG sy tertahan karena sistem minta NPWP badan, padahal rumah tinggal biasa. Sy ajukan atas nama pribadi [[n:{n1}]], NIK/NPWP [[npwp:{npwpn1}]]. Lokasi bangunan [[a:{adr1}]]. No permohonan {sk}.
""",
    ),
    T(
        "lapor_ticket",
        "procurement",
        """
Tiket {tiket}
Judul: Pembayaran termin belum cair
Isi Laporan: Kami {UD}, NPWP {npwpx}, penyedia makan minum rapat di {office}. Tagihan invoice {inv} senilai Rp {rp} belum dibayar sejak {bln}. Faktur pajak {faktur} sudah diupload. Rekening usaha {bnk} {rekb}.
""",
    ),
    T(
        "lapor_ticket",
        "pbb_land",
        """
Nomor: {tiket}
Isi: Sy [[n:{n1}]] ([[p:{hpi1}]]) mau bayar PBB di aplikasi tapi kode billing {billing} ditolak terus, katanya sudah kadaluarsa. Sy sudah buat 3 kali. NOP {nop}. Tolong perbaiki sistem Bapenda.
""",
    ),
    T(
        "lapor_ticket",
        "honorarium",
        """
Tiket {tiket}
Isi Laporan: Bukti potong PPh 21 honor saya tahun {thl} tidak pernah diberikan oleh bendahara {school}, jadi saya tidak bisa lapor SPT. NPWP saya [[npwp:{npwpd1}]] atas nama [[n:{n1}]]. Saya sudah minta lewat WA ke bendahara tapi tidak dibalas. Email saya [[e:{em1}]].
""",
    ),
    T(
        "lapor_ticket",
        "tax_office",
        """
{tiket} | Kanal: SMS 1708
Isi: KOTKUPANG ADA YG TELP NGAKU PETUGAS PAJAK MINTA NPWP DAN FOTO KTP, KATANYA ADA RESTITUSI RP {rp}. NOMORNYA {scam}. HATI2 WARGA.
Status: Diteruskan ke Kanwil DJP Nusa Tenggara
""",
    ),
    T(
        "lapor_ticket",
        "market_traders",
        """
Tiket {tiket}
Isi: Sa pedagang sayur di {market}, nama [[n:{n1}]]. Izin los sa dicabut, los dikasi ke orang lain. Sa ada bukti bayar retribusi sampe bulan {bln} lewat VA {va}. NPWP sa [[npwp:{npwpb1}]]. Tolong Pak Wali.
""",
    ),
    T(
        "lapor_ticket",
        "npwp_registration",
        """
Tiket {tiket} – Tanggapan
Yth. Pelapor, sesuai PMK 136/2023, NIK penduduk berfungsi sebagai NPWP. Pemadanan dapat dilakukan mandiri di DJP Online menu Profil. Bila gagal, silakan datang ke KPP dengan KTP asli. Contoh format NPWP 16 digit: 0 diikuti 15 digit NPWP lama.
Admin LAPOR! Kota Kupang
""",
    ),
    T(
        "lapor_ticket",
        "procurement",
        """
#{tiket}
Isi: Sy [[n:{n1}]], sub-kontraktor yang kerja drainase di {kel}. Kontraktor utama {CV} belum bayar upah tukang Rp {rp}. Kontrak {kontrak}. Sy ada kwitansi. HP [[p:{hp1}]].
""",
    ),
    T(
        "lapor_ticket",
        "social_aid",
        """
Tiket {tiket}
Isi Laporan: Di kantor kelurahan {kel} staf minta warga kumpul NPWP dan NIK untuk "bantuan UMKM", tapi tidak ada surat resmi. Apakah ini benar? Banyak warga {rtx} sudah kasi fotokopi.
Tanggapan: Kelurahan menjelaskan pendataan resmi dari Dinas Koperasi, surat {sk}.
""",
    ),
    T(
        "lapor_ticket",
        "tax_office",
        """
Tiket {tiket}
Pelapor: [[n:{n1}]]
Kontak: [[p:{hpd1}]] / [[e:{em1}]]
Isi: Saya perawat RSUD, NPWP [[npwp:{npwpn1}]]. Di bukti potong dari pemberi kerja tertulis NPWP lain, {npwpx}. Itu NPWP rumah sakit atau salah ketik? SPT saya jadi tidak cocok.
""",
    ),
    T(
        "lapor_ticket",
        "business_permit",
        """
Laporan {tiket}
Isi: Aplikasi OSS minta NPWP 16 digit untuk koperasi kami, NPWP lama {npwpx} tidak dikenali. NIB {nib} tidak bisa diperbarui. Kami {KOP}. Kontak sekretariat {otel}.
""",
    ),
    T(
        "lapor_ticket",
        "pbb_land",
        """
Tiket {tiket}
Isi Laporan: Tanah sa di [[a:{ad1}]] kena PBB Rp {rpk}, naik 3x dari tahun lalu. Tetangga sa [[n:{n2}]] yang tanahnya lebih luas cuma bayar setengah. Sa [[n:{n1}]], NOP {nop}. Mohon Bapenda jelaskan NJOP.
""",
    ),
    T(
        "lapor_ticket",
        "honorarium",
        """
Tiket {tiket}
Isi: Honor kader posyandu {rtx} Kel. {kel} untuk bulan {bln} belum diterima. Kata kelurahan menunggu NPWP kader. Kader tidak punya penghasilan tetap. Mohon kebijakan.
Tanggapan: Honor akan dibayar {tgl} dengan potongan sesuai ketentuan; NIK kader dipakai sebagai NPWP.
""",
    ),
    T(
        "lapor_ticket",
        "npwp_registration",
        """
Tiket {tiket}
Isi: Tolong, mama sy [[n:{n1}]] (lansia) dapat surat tagihan pajak karena NPWP [[npwp:{npwpd1}]] dari usaha kios lama yang sudah tutup {thl}. Mama tidak bisa urus online. Alamat [[a:{adr1}]]. Sy anaknya [[n:{n2}]], WA [[p:{hp2}]].
""",
        F=(1,),
        E=(1,),
        fam={2: 1},
    ),
]

# ---- portal_form: the city portal's web forms as submitted
TEMPLATES += [
    T(
        "portal_form",
        "business_permit",
        """
FORMULIR PERMOHONAN IZIN USAHA MIKRO – portal.kupangkota.go.id
Nama Pemohon* : [[n:{n1}]]
NIK* : [[nik:{nik1}]]
NPWP (jika ada) : [[npwp:{npwp1}]]
Email* : [[e:{em1}]]
No. HP/WA* : [[p:{hp1}]]
Alamat Rumah* : [[a:{adr1}]]
Nama Usaha : Kios [[n:{g1}]]
Alamat Usaha : {market}, los {los}
[Kirim]
""",
    ),
    T(
        "portal_form",
        "pbb_land",
        """
Form Pengajuan Pengurangan PBB-P2
NOP: {nop}
Nama WP: [[n:{N1}]]
NPWP/NIK: [[npwp:{npwpn1}]]
Alasan: pensiunan, penghasilan kurang dari Rp 3 juta
Alamat Objek: sama dengan alamat rumah ([[a:{adr1}]])
Telepon rumah: [[p:{tr1}]]
Lampiran: SK pensiun ({sk}), SPPT {thn}
""",
        E=(1,),
    ),
    T(
        "portal_form",
        "procurement",
        """
PENDAFTARAN AKUN PENYEDIA LPSE KOTA KUPANG
Nama Perusahaan : {PT}
Bentuk Usaha : Perseroan Terbatas
NPWP Perusahaan : {npwpx}
NITKU : {nitku}
NIB : {nib}
Email Perusahaan : admin.tender.kupang@gmail.com
Alamat Kantor : {jlno}, Kupang
Telepon Kantor : {otel}
""",
    ),
    T(
        "portal_form",
        "npwp_registration",
        """
Permohonan Surat Keterangan Penghasilan (untuk beasiswa anak)
Nama Orang Tua : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : -- belum punya --
Pekerjaan : nelayan
Penghasilan/bulan : kurang dari Rp 1.500.000
Nama Anak : [[n:{n2}]]
Sekolah : {school}
No HP : [[p:{hps1}]]
""",
        fam={2: 1},
    ),
    T(
        "portal_form",
        "tax_office",
        """
Kuesioner Kepuasan Layanan Pajak Daerah (anonim)
Jenis layanan: pembayaran PBB / BPHTB
Nomor billing yang dipakai: {billing}
Nilai: 3 dari 5
Saran: loket Bapenda di {jlno} terlalu sempit, antrean sampai luar.
Tanggal isi: {tgl}
""",
    ),
    T(
        "portal_form",
        "honorarium",
        """
FORM DATA NARASUMBER
Nama lengkap (tanpa gelar): [[n:{n1}]]
Instansi: Universitas Nusa Cendana
NIP/NIDN: {nip}
NPWP: [[npwp:{npwpd1}]]
Bank: {bank1}
No. Rekening: [[b:{rek1}]]
Atas nama: [[n:{n1}]]
Email: [[e:{em1}]]
""",
    ),
    T(
        "portal_form",
        "market_traders",
        """
Pendaftaran Pedagang Pasar Malam Kuliner {kel}
Nama : [[n:{n1}]]
Jenis jualan : se'i babi dan jagung titi
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]] (katanya NIK su jadi NPWP)
WA : [[p:{hpj1}]]
Alamat tinggal : [[a:{ad1}]], [[a:{rt1}]]
""",
    ),
    T(
        "portal_form",
        "social_aid",
        """
Formulir Usulan Penerima Bantuan Alat Usaha
Nama pengusul (lembaga) : {KOP}
NPWP lembaga : {npwpx}
Jumlah anggota diusulkan : {num}
Rekening lembaga : {bnk} {rekb}
Kontak sekretariat : {otel}
Keterangan : daftar nama anggota terlampir (PDF)
""",
    ),
    T(
        "portal_form",
        "business_permit",
        """
Permohonan Rekomendasi Tempat Usaha
Pemohon: [[n:{n1}]]
Jabatan: pemilik usaha perorangan Bengkel Las "Berkat"
NPWP pribadi: [[npwp:{npwpz1}]]
NIB: {nib}
Alamat usaha = alamat rumah: [[a:{adr1}]]
Kendaraan operasional: [[pl:{pl1}]]
HP: [[p:{hpd1}]]
""",
    ),
    T(
        "portal_form",
        "npwp_registration",
        """
Form Permohonan Surat Keterangan Domisili Usaha
Nama Pemohon : [[n:{n1}]]
Nama Badan Usaha : {CV}
NPWP Badan : {npwpx}
NPWP Pemohon : [[npwp:{npwpd1}]]
Alamat Kantor : {jlno}
Alamat Pemohon : [[a:{adr1}]]
Email : [[e:{em1}]]
""",
    ),
    T(
        "portal_form",
        "pbb_land",
        """
Cek Tagihan PBB
Masukkan NOP: {nopb}
Hasil: Tahun {thn} – Rp {rp} – BELUM LUNAS
Tahun {thl} – Rp {rp2} – LUNAS ({tgl})
Buat kode billing: {billing}
Bayar sebelum {tgl2} melalui Bank NTT, Indomaret atau QRIS.
""",
    ),
    T(
        "portal_form",
        "tax_office",
        """
Formulir Pengaduan Online Bapenda
Nama: [[n:{n1}]]
NIK: [[nik:{nik1}]]
NPWPD (kalau usaha): {npwpx}
Kategori: Pajak Restoran
Isi: Sa pung warung makan kecil di [[a:{ad1}]] tiba-tiba dapat NPWPD dan tagihan pajak restoran. Omzet sonde sampai batas. Mohon ditinjau.
HP: [[p:{hp1}]]
""",
    ),
    T(
        "portal_form",
        "honorarium",
        """
Pendataan Relawan Pemilu (untuk pembayaran honor)
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Nomor NPWP : [[npwp:{npwpo1}]]
TPS : {num}, Kel. {kel}
Rekening BRI : [[b:{rek1}]]
Nomor HP : [[p:{hp1}]]
""",
    ),
    T(
        "portal_form",
        "procurement",
        """
Formulir Pengaduan Pengadaan Barang/Jasa
Nama pengadu : (dirahasiakan)
Paket : Pengadaan Seragam Linmas, kode RUP {rup}
Uraian : HPS tidak wajar, harga satuan Rp {rp}. Pemenang {CV} (NPWP {npwpx}) baru berdiri 2 bulan.
Bukti : tangkapan layar SPSE, pengumuman {sk}
""",
    ),
    T(
        "portal_form",
        "market_traders",
        """
Formulir Perubahan Data Pedagang
Nama lama pemegang los : [[n:{n1}]] (meninggal)
Nama baru : [[n:{n2}]] (anak)
NIK baru : [[nik:{nik2}]]
NPWP baru : [[npwp:{npwpn2}]]
Los : {los}, {market}
Alasan : pewarisan usaha
""",
        fam={2: 1},
    ),
    T(
        "portal_form",
        "npwp_registration",
        """
Registrasi Akun Layanan Mandiri Kota Kupang
Nama sesuai KTP : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP (opsional) : [[npwp:{npwpk1}]]
Email : [[e:{em1}]]
Kata sandi : ********
Kode OTP dikirim ke [[p:{hp1}]]
""",
    ),
    T(
        "portal_form",
        "social_aid",
        """
Survei Pendataan Usaha Mikro (petugas)
Kode responden: R-{num}{num2}
Kelurahan: {kel}
Punya NPWP: Tidak
Punya NIB: Ya ({nib})
Omzet per bulan: Rp {rp}
Rekening usaha: tidak ada
Catatan petugas: identitas di formulir kertas.
""",
    ),
    T(
        "portal_form",
        "business_permit",
        """
Hasil Cek Status NIB
NIB : {nib}
Nama Pelaku Usaha : {KOP}
NPWP : {npwpx}
Status : Aktif, risiko rendah
KBLI : 64141
Tanggal terbit : {tgl}
""",
    ),
    T(
        "portal_form",
        "tax_office",
        """
Permintaan Salinan Bukti Potong
Nama pegawai : [[n:{n1}]]
NPWP pegawai : [[npwp:{npwpd1}]]
Unit kerja : {office}
Tahun pajak : {thl}
Nomor bukti potong (jika tahu) : {bupot}
Kirim ke email dinas saya : [[e:{emk1}]]
""",
    ),
    T(
        "portal_form",
        "pbb_land",
        """
Pengajuan Pendaftaran Objek Pajak Baru
Nama Pemilik : [[n:{n1}]]
NPWP Pemilik : [[npwp:{npwpn1}]]
Letak Tanah : [[a:{adc1}]], Kel. {kel}
Luas Tanah : {luas} m²
Sertifikat No : {num}.{num2}.{num3}
NOP tetangga terdekat (jika tahu) : {nop}
""",
    ),
    T(
        "portal_form",
        "procurement",
        """
Daftar Penyedia Katalog Lokal – Kategori Makan Minum
Nama Toko: {UD}
NPWP Toko: {npwpx}
Pemilik: [[n:{n1}]]
HP Pemilik: [[p:{hp1}]]
Telp usaha: {owa}
Rekening toko: {bnk} {rekb}
""",
    ),
]

# ---- tax_email: mails with KPP Pratama Kupang, Bapenda and treasurers
TEMPLATES += [
    T(
        "tax_email",
        "tax_office",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: KPP Pratama Kupang <kpp.920@pajak.go.id>
Subject: Permohonan aktivasi ulang EFIN

Selamat pagi Bapak/Ibu,
Saya [[n:{n1}]], NPWP [[npwp:{npwpd1}]], NIK [[nik:{nik1}]]. EFIN saya lama ({efin}) sudah tidak bisa dipakai karena email lama hilang. Mohon dikirim EFIN baru ke alamat ini.
Terima kasih,
[[n:{n1}]]
[[p:{hp1}]]
""",
    ),
    T(
        "tax_email",
        "honorarium",
        """
From: Bendahara {SCHOOL} <bendahara.sekolah.kupang@gmail.com>
To: guru-honor-kupang@googlegroups.com
Subject: Mohon kirim NPWP paling lambat Jumat

Bapak/Ibu guru honor, mohon kirim NPWP (atau NIK kalau sudah dipadankan) dengan membalas email ini. Tanpa NPWP potongan PPh 21 lebih tinggi 20 %. NPWP bendahara sekolah untuk bukti potong: {npwpx}.
Salam, Bendahara
""",
    ),
    T(
        "tax_email",
        "honorarium",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: bendahara.sekolah.kupang@gmail.com
Subject: Re: Mohon kirim NPWP paling lambat Jumat

Selamat siang Ibu bendahara. Ini punya sy [[npwp:{npwpn1}]]. NPWP lama sy sudah tidak dipakai karena sekarang pakai NIK.
Salam, [[n:{g1}]]

> Pada {tg}, Bendahara {SCHOOL} menulis:
> Bapak/Ibu guru honor, mohon kirim NPWP.
""",
    ),
    T(
        "tax_email",
        "tax_office",
        """
Dari: Direktorat Jenderal Pajak <informasi@pajak.go.id>
Kepada: wajib pajak
Perihal: Batas akhir pelaporan SPT Tahunan {thl}
Tanggal: {tg}

Yth. Wajib Pajak,
Batas akhir pelaporan SPT Tahunan Orang Pribadi adalah 31 Maret. Lapor melalui djponline.pajak.go.id. Jangan berikan EFIN dan kata sandi kepada siapa pun. DJP tidak pernah meminta transfer ke rekening pribadi.
Kring Pajak 1500200
""",
    ),
    T(
        "tax_email",
        "pbb_land",
        """
From: "[[n:{f1}]], [[n:{g1}]]" <[[e:{em1}]]>
To: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
Subject: Salah nama di SPPT

Di SPPT PBB {thn} dengan NOP {nop} nama saya tertulis "[[n:{n2}]]". Nama saya yang benar [[n:{n1}]] sesuai KTP NIK [[nik:{nik1}]]. NPWP saya juga sudah NIK. Mohon diperbaiki sebelum jatuh tempo.
""",
    ),
    T(
        "tax_email",
        "procurement",
        """
From: Pokja Pemilihan <ukpbj@kupangkota.go.id>
To: {PT} <tender.{num}.kupang@gmail.com>
Subject: Undangan pembuktian kualifikasi

Dengan hormat, perusahaan Saudara (NPWP {npwpx}) diundang pembuktian kualifikasi tender kode {tender} pada {tg} pukul {jam} WITA. Bawa asli akta, NIB {nib}, bukti lapor SPT {thl} dan kontrak pengalaman.
Pokja Pemilihan {num}
""",
    ),
    T(
        "tax_email",
        "npwp_registration",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{em1}]]>
To: Helpdesk Pajak Kupang <helpdesk.kpp920@pajak.go.id>
Subject: NPWP istri

Selamat sore. Istri saya [[n:{n2}]] dulu punya NPWP sendiri [[npwp:{npwpd2}]] waktu kerja di toko. Sekarang dia ikut NPWP saya [[npwp:{npwpz1}]] (satu kesatuan keluarga). Apakah NPWP istri harus dihapus? NIK istri [[nik:{nik2}]].
Terima kasih.
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "tax_email",
        "tax_office",
        """
From: noreply@pajak.go.id
Subject: Bukti Penerimaan Elektronik

Nomor BPE: {bpe}
NPWP: {npwpmask}
Jenis SPT: 1770 S
Tahun Pajak: {thl}
Status: Nihil
Diterima tanggal {tgl} pukul {jam} WIB
""",
    ),
    T(
        "tax_email",
        "market_traders",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: disperindag@kupangkota.go.id
Subject: Mohon surat keterangan pedagang

Bapak Kepala Dinas, sa pedagang kain tenun di {market} los {los}. Bank minta surat keterangan pedagang dari dinas untuk KUR. NPWP sa [[npwp:{npwp1}]], rumah di [[a:{adr1}]]. Kalau perlu datang, sa bisa hari {hari}.
Hormat sa, [[n:{n1}]] ([[p:{hp1}]])
""",
    ),
    T(
        "tax_email",
        "honorarium",
        """
From: [[n:{n1}]] <[[e:{emk1}]]>
To: keuangan@kupangkota.go.id
Subject: Koreksi NPWP di daftar gaji

Selamat pagi, di daftar gaji bulan {bln} NPWP saya tertulis [[npwp:{npwpd1}]] padahal itu NPWP lama. NPWP yang sekarang dipakai sama dengan NIK saya, [[npwp:{npwpn1}]]. NIP {nip}.
Salam, [[n:{n1}]]
""",
    ),
    T(
        "tax_email",
        "tax_office",
        """
From: KPP Pratama Kupang <kpp.920@pajak.go.id>
To: Tata Usaha {SCHOOL} <tu.sekolah.kupang@gmail.com>
Subject: Konfirmasi NPWP bendahara

Dengan hormat, NPWP Bendahara sekolah {npwpx} telah kami aktifkan kembali. NITKU untuk pelaporan e-Bupot: {nitku}. Harap setor PPh 21 masa {bln} dengan kode billing {billing}.
Seksi Pelayanan
""",
    ),
    T(
        "tax_email",
        "business_permit",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: dpmptsp@kupangkota.go.id
Cc: [[n:{n2}]] <[[e:{em2}]]>
Subject: Izin katering rumahan

Saya usaha katering perorangan dari rumah ([[a:{adr1}]]). NPWP usaha perorangan saya [[npwp:{npwpd1}]]. Saya sudah punya NIB {nib}. Apakah perlu sertifikat laik higiene? Cc ke suami saya yang bantu urus.
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "tax_email",
        "procurement",
        """
From: {CV} <cv.lontarkarya@gmail.com>
To: PPK Dinas PUPR <ppk.pupr@kupangkota.go.id>
Subject: Tagihan termin II

Terlampir invoice {inv}, faktur pajak {faktur}, dan BAST {sk}. Mohon dibayarkan ke rekening giro CV {bnk} {rekb}. NPWP kami {npwpx}.
Hormat kami, Bagian Keuangan
""",
    ),
    T(
        "tax_email",
        "npwp_registration",
        """
From: [[n:{n1}]] <[[e:{emx1}]]>
Subject: tanya NPWP

pak sy mau tanya, sy blm punya NPWP, pakai NIK sj boleh? [[nik:{nik1}]]. sy mau daftar jadi penyedia di katalog lokal tp form minta NPWP.
makasih, [[n:{lg1}]]
""",
    ),
    T(
        "tax_email",
        "pbb_land",
        """
From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Jawaban keberatan PBB

Yth. Bapak/Ibu [[n:{n1}]],
Keberatan atas SPPT NOP {nop} telah diteliti. Luas bumi dikoreksi menjadi {luas} m², ketetapan baru Rp {rpk}. SK keberatan nomor {sk} terlampir. Pembayaran dapat dilakukan dengan kode billing {billing}.
""",
    ),
    T(
        "tax_email",
        "social_aid",
        """
From: Pendamping UMKM <pendamping.umkm.kupang@gmail.com>
To: list-umkm-kupang@googlegroups.com
Subject: Syarat bantuan modal tahap 3

Syarat: fotokopi KTP dan KK, foto usaha, NIB. NPWP tidak wajib. Formulir diambil di kelurahan. Batas {tgl}. Jangan percaya pihak yang minta biaya, laporkan ke Dinas Koperasi {otel}.
""",
    ),
    T(
        "tax_email",
        "tax_office",
        """
Pada {tg} [[n:{n1}]] <[[e:{em1}]]> menulis:
> Selamat siang, saya sudah setor PPh final dengan NTPN {ntpn} tapi di DJP Online belum muncul. NPWP [[npwp:{npwpb1}]].

Yth. Bapak/Ibu [[n:{g1}]], pembayaran dengan NTPN tersebut sudah masuk, mohon tunggu 1x24 jam untuk sinkronisasi.
AR Seksi Pengawasan, [[n:{n2}]]
""",
    ),
    T(
        "tax_email",
        "market_traders",
        """
From: Koperasi Pedagang Pasar Oeba <kop.pedagang.oeba@yahoo.co.id>
To: Disperindag Kota Kupang <disperindag@kupangkota.go.id>
Subject: Data anggota untuk bantuan gerobak

Terlampir data {num} anggota. NPWP koperasi {npwpx}, NIB {nib}. Rekening koperasi Bank NTT {rekntt}. Data pribadi anggota kami kirim terpisah dalam file berkata sandi.
Pengurus
""",
    ),
    T(
        "tax_email",
        "honorarium",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: panitia.seminar.undana@gmail.com
Subject: Data untuk honor narasumber

Berikut data saya:
NPWP: [[npwp:{npwpl1}]]
Rek {bank1}: [[b:{rek1}]] a.n. [[n:{n1}]]
NIK: [[nik:{nik1}]]
Terima kasih.
""",
    ),
    T(
        "tax_email",
        "procurement",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: inspektorat@kupangkota.go.id
Subject: Pengaduan pemotongan pembayaran

Saya pemilik {UD}. NPWP toko {npwpx}; NPWP pribadi saya [[npwp:{npwpd1}]]. Pembayaran belanja ATK {office} dipotong Rp {rp} tanpa kwitansi oleh oknum. Saya siap memberi keterangan. Alamat rumah [[a:{ad1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "tax_email",
        "npwp_registration",
        """
From: Kantor Konsultan Pajak Timor <konsultanpajak.timor@gmail.com>
To: klien
Subject: Layanan pemadanan NIK-NPWP

Kami membantu pemadanan NIK-NPWP, lapor SPT dan permohonan EFIN. Biaya mulai Rp 150.000. Transfer ke rekening {bnk} {rekb} a.n. "Konsultan Pajak Timor". Konsultasi WA {owa}.
""",
    ),
]

# ---- formal_complaint: procurement, PBB and permit complaints written out in full
TEMPLATES += [
    T(
        "formal_complaint",
        "procurement",
        """
Kepada Yth. Inspektur Kota Kupang
Hal: Pengaduan dugaan pinjam bendera

Saya [[n:{n1}]], NIK [[nik:{nik1}]], beralamat di [[a:{adr1}]], melaporkan bahwa paket pekerjaan jalan lingkungan di Kel. {kel} (kontrak {kontrak}) dikerjakan oleh orang yang bukan pegawai {CV}. Perusahaan itu hanya dipinjam benderanya; NPWP CV {npwpx} dan rekening perusahaan dipakai, tetapi uang ditarik ke rekening pribadi pelaksana lapangan.
Saya bersedia dipanggil. HP [[p:{hp1}]].
Hormat saya, [[n:{n1}]]
""",
    ),
    T(
        "formal_complaint",
        "pbb_land",
        """
Perihal: Keberatan atas penagihan PBB yang bukan milik saya
Yth. Kepala Bapenda Kota Kupang,
Saya menerima SPPT PBB dengan NOP {nop} yang letaknya di {jl}, padahal saya tidak punya tanah di sana. Tanah saya hanya satu, di [[a:{ad1}]] dengan NOP {nop2}. Data NPWP yang tercantum di SPPT itu [[npwp:{npwpd1}]] memang NPWP saya, sehingga saya khawatir data saya dipakai orang lain untuk balik nama.
[[n:{n1}]]
""",
    ),
    T(
        "formal_complaint",
        "market_traders",
        """
SURAT TERBUKA PEDAGANG {MARKET}
Kami pedagang {market} menolak kenaikan retribusi los dari Rp 75.000 menjadi Rp 150.000 per bulan tanpa sosialisasi. Surat edaran {sk} terbit tanggal {tgl} dan langsung berlaku. Kami minta dialog dengan DPRD.
Koordinator pedagang dapat dihubungi melalui sekretariat koperasi pasar, telp {otel}.
""",
    ),
    T(
        "formal_complaint",
        "tax_office",
        """
Kepada Yth. Kepala Kanwil DJP Nusa Tenggara
Perihal: Pengaduan pelayanan KPP Pratama Kupang

Pada {tg} saya datang untuk pemadanan NIK-NPWP almarhum suami saya, [[n:{n2}]], NPWP [[npwp:{npwpd2}]], supaya bisa mengurus warisan. Petugas loket menolak tanpa penjelasan dan meminta saya kembali dengan "orang dalam". Saya [[n:{n1}]], NIK [[nik:{nik1}]], tinggal di [[a:{adr1}]], HP [[p:{hpd1}]].
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "formal_complaint",
        "procurement",
        """
SANGGAHAN BANDING
Kepada Yth. Wali Kota Kupang
Kami {PT}, NPWP {npwpx}, menyatakan sanggah banding atas jawaban sanggah Pokja tanggal {tgl}. Jaminan sanggah banding senilai Rp {rp} telah kami serahkan, nomor jaminan {num}/{thn}/JSB. Alasan: evaluasi teknis tidak sesuai dokumen pemilihan kode tender {tender}.
Direktur Utama
""",
    ),
    T(
        "formal_complaint",
        "business_permit",
        """
Yth. Ombudsman RI Perwakilan NTT
Saya [[n:{n1}]] mengadukan DPMPTSP Kota Kupang yang tidak memproses izin usaha laundry rumahan saya selama {num} hari. Semua berkas sudah lengkap: KTP (NIK [[nik:{nik1}]]), NPWP [[npwp:{npwpz1}]], NIB {nib}, surat domisili dari kelurahan {kel}. Usaha berada di rumah saya sendiri, [[a:{adr1}]].
Email: [[e:{em1}]]
""",
    ),
    T(
        "formal_complaint",
        "pbb_land",
        """
Hal: Permohonan pembatalan SPPT ganda
Kami warga {rtx} Kel. {kel} menyampaikan bahwa {num} rumah menerima dua SPPT untuk satu bidang tanah. Contoh: NOP {nop} dan NOP {nop2} untuk objek yang sama. Kami mohon Bapenda melakukan pendataan ulang dan membatalkan salah satunya.
Hormat kami, warga {rtx}
""",
    ),
    T(
        "formal_complaint",
        "honorarium",
        """
Kepada Yth. Kepala Dinas Kesehatan Kota Kupang
Dengan hormat, saya [[n:{n1}]], tenaga kontrak di Puskesmas {kel}, mengadukan bahwa insentif saya bulan {bln} dipotong PPh 21 padahal saya sudah menyerahkan NPWP. NPWP saya [[npwp:{npwpn1}]] yang sama dengan NIK. Rekening penerimaan {bank1} [[b:{rek1}]].
Mohon pengembalian kelebihan potongan.
[[n:{n1}]]
""",
    ),
    T(
        "formal_complaint",
        "procurement",
        """
Laporan Masyarakat – Dugaan Mark Up
Paket pengadaan laptop sekolah di Dinas Pendidikan, RUP {rup}, harga satuan Rp {rpb}, sementara harga pasar di Kupang jauh di bawah itu. Penyedia {CV}, NPWP {npwpx}, NITKU {nitku}. Faktur pajak yang dilampirkan ({faktur}) tanggalnya lebih dulu dari kontrak {kontrak}.
Pelapor meminta identitasnya dilindungi.
""",
    ),
    T(
        "formal_complaint",
        "market_traders",
        """
Kepada Yth. Kepala UPTD {market}
Saya [[n:{n1}]], pedagang pakaian bekas, los {los}, NIK/NPWP [[npwp:{npwpn1}]]. Los saya dibongkar petugas pada {tgl} padahal retribusi lunas (VA {va}, bukti terlampir). Barang saya senilai Rp {rp} rusak. Mohon ganti rugi.
Rumah: [[a:{ad1}]]. HP [[p:{hp1}]].
""",
    ),
    T(
        "formal_complaint",
        "tax_office",
        """
Pengaduan: penipuan atas nama kantor pajak
Pada {tg} beredar surat berkop KPP Pratama Kupang yang meminta wajib pajak membayar "denda NPWP tidak aktif" ke virtual account {va}. Surat itu memakai nomor {skp} yang tidak terdaftar. KPP tidak pernah meminta pembayaran ke VA bank swasta; pembayaran pajak hanya dengan kode billing yang diawali 15 digit dan NTPN sebagai buktinya.
""",
    ),
    T(
        "formal_complaint",
        "pbb_land",
        """
Kepada Yth. Lurah {kel}
Saya [[n:{n1}]], warga [[a:{rt1}]], mengadukan Ketua RT yang menahan SPPT PBB warga dan meminta Rp 10.000 per lembar. SPPT saya untuk NOP {nop} baru diberikan setelah saya bayar. Saksi: tetangga saya [[n:{n2}]].
HP saya [[p:{hp1}]].
""",
    ),
    T(
        "formal_complaint",
        "business_permit",
        """
Pengaduan pungutan izin reklame
Toko kami ({UD}, NPWP {npwpx}) diminta membayar pajak reklame dua kali untuk papan nama yang sama, SKPD nomor {sk} dan {sk2}. Kode bayar {billing} dan {billing2}. Mohon Bapenda membatalkan salah satu.
Bagian administrasi toko, telp {otel}
""",
    ),
    T(
        "formal_complaint",
        "procurement",
        """
Yth. APIP Kota Kupang
Saya [[n:{n1}]], mantan pekerja {PT}, melaporkan bahwa perusahaan memakai NPWP pribadi para pekerja untuk membuat faktur fiktif. NPWP saya [[npwp:{npwpd1}]] dipakai pada faktur {faktur} tanpa sepengetahuan saya. Teman saya [[n:{n2}]] (NPWP [[npwp:{npwpn2}]]) juga.
Alamat: [[a:{adr1}]]
""",
    ),
    T(
        "formal_complaint",
        "social_aid",
        """
Pengaduan penyaluran bantuan UMKM Kecamatan {kec}
Kami menemukan penerima yang memiliki NPWP badan dan usaha besar, misalnya pemilik {CV} (NPWP {npwpx}), sementara pedagang kecil di {market} tidak terdata. Data lengkap penerima sebaiknya diperiksa ulang. Surat keputusan penerima nomor {sk}.
Forum Warga Peduli UMKM
""",
    ),
    T(
        "formal_complaint",
        "honorarium",
        """
Kepada Yth. Wali Kota Kupang
Kami {num} tenaga honor kebersihan belum menerima honor bulan {bln} dan bulan sebelumnya. Alasan dinas: menunggu NPWP. Kami minta honor dibayar dulu, pajak menyusul. Rekening penampung dinas {rekntt} katanya sudah terisi.
Perwakilan tenaga honor
""",
    ),
    T(
        "formal_complaint",
        "pbb_land",
        """
KEBERATAN NJOP
Nama : [[n:{N1}]]
NPWP : [[npwp:{npwpd1}]]
NOP : {nop}
Alamat Wajib Pajak : [[a:{AD1}]]
NJOP bumi naik dari Rp 335.000/m² menjadi Rp 1.032.000/m² tanpa perubahan lingkungan. Jalan depan rumah masih tanah.
Tanda tangan: [[n:{N1}]]
""",
    ),
    T(
        "formal_complaint",
        "tax_office",
        """
Hal: Keberatan atas sanksi administrasi
Yth. Kepala KPP Pratama Kupang,
Saya [[n:{n1}]], pedagang ikan di {market}, NPWP [[npwp:{npwps1}]]. Saya menerima STP nomor {skp} karena terlambat lapor SPT {thl}, padahal pada {tgl} saya sudah datang ke KPP dan disuruh pulang karena sistem rusak. Mohon sanksi dihapus.
[[n:{n1}]] / [[p:{hp1}]]
""",
    ),
    T(
        "formal_complaint",
        "market_traders",
        """
Yth. DPRD Kota Kupang Komisi II
Kami meminta perhatian atas penunjukan pengelola parkir {market} kepada {CV} (NPWP {npwpx}) tanpa lelang. Setoran ke kas daerah melalui rekening {rekntt} tidak sesuai jumlah kendaraan. Data karcis dapat kami tunjukkan.
Paguyuban Pedagang
""",
    ),
    T(
        "formal_complaint",
        "business_permit",
        """
Kepada Yth. Kepala DPMPTSP
Saya [[n:{n1}]], pemilik {CV}, beralamat di [[a:{adr1}]], mengadukan bahwa NIB perusahaan saya ({nib}) dibekukan karena NPWP perusahaan saya {npwpx} dinyatakan tidak valid, padahal KPP menyatakan valid. Mohon koordinasi antarinstansi.
HP [[p:{hp1}]]
""",
    ),
    T(
        "formal_complaint",
        "procurement",
        """
Pengaduan pengadaan makan minum Posyandu
Tiga bulan berturut-turut pemenang pengadaan adalah {UD} milik keluarga pejabat kelurahan. Harga per kotak Rp {rp}. Nomor pesanan {kontrak}, {kontrak2}. Kami minta pengadaan dibuka untuk katering warga.
Warga {kel}
""",
    ),
    T(
        "formal_complaint",
        "npwp_registration",
        """
Yth. Kepala Dinas Dukcapil Kota Kupang
Saya [[n:{n1}]]. NIK saya [[nik:{nik1}]] ternyata terdaftar ganda dengan orang lain di Sikka sehingga tidak bisa dipakai sebagai NPWP; DJP Online menolak dengan pesan "NIK sudah digunakan". NPWP lama saya [[npwp:{npwpd1}]] juga ikut diblokir. Mohon dilakukan perbaikan data.
Alamat: [[a:{adr1}]]
Email: [[e:{em1}]]
""",
    ),
]

# ---- sms_1708: SMS to 1708, KOTKUPANG <keluhan>, in capitals and in lower case
TEMPLATES += [
    T(
        "sms_1708",
        "npwp_registration",
        """
KOTKUPANG SY [[n:{N1}]] NPWP SY YG LAMA [[npwp:{npwpd1}]] TDK BS DIPAKAI LG, SKRG PAKAI [[npwp:{npwpn1}]] (SAMA DGN NIK) TP BANK MASIH TOLAK. MHN INFO
""",
    ),
    T(
        "sms_1708",
        "pbb_land",
        """
kotkupang sppt pbb sy blm dibagi smp skrg pdhl jatuh tempo {tgl}. nop {nop}. sy di [[a:{rt1}]] kel {kel}. [[n:{l1}]]
""",
    ),
    T(
        "sms_1708",
        "market_traders",
        """
KOTKUPANG PETUGAS RETRIBUSI {MARKET} MINTA UANG TAMBAHAN RP 5.000 TIAP HARI TANPA KARCIS. MOHON DITERTIBKAN. PEDAGANG LOS {LOS}
""",
    ),
    T(
        "sms_1708",
        "honorarium",
        """
kotkupang sy guru honor di {school}. honor 3 bln blm cair krn bendahara blg npwp sy salah. npwp sy [[npwp:{npwpb1}]]. tlg dibantu. [[n:{lg1}]]
""",
    ),
    T(
        "sms_1708",
        "tax_office",
        """
KOTKUPANG ADA SMS DR {SCAM} BILANG NPWP SY DIBLOKIR HRS BAYAR RP {rp} KE VA {va}. ITU PENIPU KAH? TLG INFO
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
kotkupang sy [[n:{l1}]] {rtx} kel {kel} blm dpt bantuan umkm krn katanya hrs ada npwp. sy cuma jual pisang goreng. nik [[nik:{nik1}]]
""",
    ),
    T(
        "sms_1708",
        "procurement",
        """
KOTKUPANG PROYEK DRAINASE DI {JL} SDH 2 BLN DITINGGAL KONTRAKTOR, GALIAN TERBUKA BAHAYA ANAK2. PAPAN PROYEK TULIS {CV} NILAI RP {rp} KONTRAK {KONTRAK}
""",
    ),
    T(
        "sms_1708",
        "pbb_land",
        """
KOTKUPANG TAGIHAN PBB SY NAIK DR RP {rpk} JD RP {rpk2}. NOP {nop}. SY PENSIUNAN. MHN DITINJAU. TTD BPK [[n:{N1}]] HP [[p:{hp1}]]
""",
        E=(1,),
    ),
    T(
        "sms_1708",
        "npwp_registration",
        """
kotkupang mau tanya npwp sy [[npwp:{npwpd1}]] kalo pindah ke kab kupang hrs ganti ka? sy su pindah ke [[a:{rt1}]] oelamasi. [[n:{lg1}]]
""",
    ),
    T(
        "sms_1708",
        "market_traders",
        """
KOTKUPANG SY [[n:{N1}]] PEDAGANG IKAN {MARKET}. KARTU IZIN LOS SY HILANG, NPWP SY [[npwp:{npwpn1}]]. BGMN URUS BARU? HP [[p:{hpb1}]]
""",
    ),
    T(
        "sms_1708",
        "tax_office",
        """
kotkupang kantor pajak tutup jam 2 siang pdhl papan tulis buka smp jam 4. kami dtg jauh2 dr {kec}. antrian no A-{num} tgl {tgl}, mau urus npwp badan koperasi {npwpx}. mohon ditertibkan
""",
    ),
    T(
        "sms_1708",
        "honorarium",
        """
KOTKUPANG HONOR LINMAS {RTX} KEL {KEL} DIPOTONG PAJAK 6% PDHL SDH KASI NPWP KE KELURAHAN TGL {TGL}. MOHON DICEK
""",
    ),
    T(
        "sms_1708",
        "business_permit",
        """
kotkupang sy [[n:{l1}]] mau buat nib usaha bengkel motor di rumah [[a:{ad1}]] tp sistem oss minta npwp, sy pakai nik [[npwp:{npwpn1}]] ditolak. tlg bantu
""",
    ),
    T(
        "sms_1708",
        "pbb_land",
        """
KOTKUPANG NOP {NOPB} BELUM BISA BAYAR DI INDOMARET, KATANYA DATA TIDAK DITEMUKAN. KODE BILLING {BILLING}. MOHON PERBAIKI SISTEM BAPENDA
""",
    ),
    T(
        "sms_1708",
        "social_aid",
        """
KOTKUPANG SY [[n:{N1}]] NIK [[nik:{nik1}]] DICORET DR BANTUAN KRN ADA NPWP. NPWP ITU DR KERJA DI TOKO DULU THN {THL}, SKRG SY SDH TDK KERJA. MOHON DIKEMBALIKAN
""",
    ),
    T(
        "sms_1708",
        "procurement",
        """
kotkupang pengadaan kursi sekolah di {school} kualitas jelek, baru 1 bln su patah. penyedia {ud}, no spk {kontrak}. nilai rp {rp}. tlg diperiksa
""",
    ),
    T(
        "sms_1708",
        "tax_office",
        """
KOTKUPANG SY MAU LAPOR SPT TP LUPA EFIN. NPWP [[npwp:{npwps1}]] A.N [[n:{N1}]]. KPP BLG HRS DTG SENDIRI PDHL SY SAKIT. APA BISA DIWAKILKAN?
""",
    ),
    T(
        "sms_1708",
        "npwp_registration",
        """
kotkupang bendahara kelurahan minta npwp semua kader. ini punya sy [[npwp:{npwpn1}]]. apa sdh benar? [[n:{lg1}]] kader posyandu
""",
    ),
    T(
        "sms_1708",
        "market_traders",
        """
KOTKUPANG LAMPU DI {MARKET} BLOK {LOS} MATI SDH 2 MGG, PEDAGANG MALAM GELAP. SDH LAPOR KE UPTD TGL {TGL} TDK ADA TINDAKAN
""",
    ),
    T(
        "sms_1708",
        "honorarium",
        """
kotkupang sy [[n:{l1}]] petugas kebersihan kel {kel}. honor sy ditransfer ke rek orang lain. rek sy bri [[b:{rek1}]]. tlg dicek. hp [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "business_permit",
        """
KOTKUPANG IZIN USAHA SY SDH 3 BLN BLM SELESAI. NO PERMOHONAN {SK}. NIB {NIB}. MHN DIPERCEPAT
""",
    ),
    T(
        "sms_1708",
        "pbb_land",
        """
kotkupang sy [[n:{l1}]], sppt pbb sy masih nama bapa [[n:{l2}]] pdhl su balik nama. npwp sy [[npwp:{npwpd1}]]. nop {nop}. tlg diperbaiki
""",
        M=(2,),
        fam={2: 1},
    ),
]

# ---- wa_kupang: WhatsApp chats and forwards in Kupang Malay
TEMPLATES += [
    T(
        "wa_kupang",
        "npwp_registration",
        """
[{tgl} 19.02] [[n:{n1}]]: Kaka, beta mau daftar KUR ma bank minta NPWP. Beta sonde tau beta pung
[{tgl} 19.03] [[n:{n2}]]: Sekarang NIK su jadi NPWP ade. Coba kirim NIK
[{tgl} 19.05] [[n:{n1}]]: Ini [[npwp:{npwpn1}]]
[{tgl} 19.06] [[n:{n2}]]: Sip, nanti beta cek di DJP Online
""",
    ),
    T(
        "wa_kupang",
        "market_traders",
        """
[{tgl} 07.41] [[n:{g1}]]: Mama dong, UPTD minta NPWP untuk perpanjang los. Sapa yang su ada?
[{tgl} 07.44] [[n:{g2}]]: Beta su ada, [[npwp:{npwpd2}]]
[{tgl} 07.45] [[n:{g3}]]: Beta sonde ada, kasi NIK sa boleh ko?
[{tgl} 07.46] [[n:{g1}]]: Boleh, NIK sama deng NPWP sekarang
""",
        F=(1, 2, 3),
    ),
    T(
        "wa_kupang",
        "tax_office",
        """
*PENGUMUMAN* dari grup Pedagang {market}
Hati-hati e! Ada yang WA ngaku dari kantor pajak, pake nomor {scam}, bilang NPWP kita diblokir dan suru klik link. Jang kasi apa-apa. Kantor pajak sonde pernah minta lewat WA pribadi. Info resmi Kring Pajak 1500200.
""",
    ),
    T(
        "wa_kupang",
        "honorarium",
        """
[{tgl} 20.11] Bendahara Kelurahan: Kader yang belum kirim NPWP tolong kirim malam ini e
[{tgl} 20.15] [[n:{g1}]]: Ini punya beta [[npwp:{npwpn1}]]
[{tgl} 20.17] [[n:{g2}]]: Beta pung NPWP lama [[npwp:{npwpd2}]], ma dong bilang sekarang pake NIK sa, [[npwp:{npwpn2}]]
[{tgl} 20.20] Bendahara Kelurahan: Oke makasih mama dong
""",
        F=(1, 2),
    ),
    T(
        "wa_kupang",
        "pbb_land",
        """
[{tgl} 09.12] [[n:{n1}]]: Om, PBB tahun ini su keluar ko?
[{tgl} 09.20] Om [[n:{g2}]]: Su. Beta kirim foto. NOP {nop}, Rp {rpk}
[{tgl} 09.21] [[n:{n1}]]: Bayar di mana om?
[{tgl} 09.25] Om [[n:{g2}]]: Bikin kode billing di aplikasi, ni contoh beta pung {billing}. Bayar di Bank NTT
""",
        M=(2,),
    ),
    T(
        "wa_kupang",
        "procurement",
        """
Forward dari grup Kontraktor Lokal NTT:
"Info tender: Rehab Puskesmas {kel}, pagu Rp {rp}, kode {tender}. Syarat: NPWP badan valid, NIB, SBU. Yang mau kerja sama pinjam bendera hubungi admin grup."
Ini yang bikin proyek jelek to, pinjam bendera sana-sini.
""",
    ),
    T(
        "wa_kupang",
        "social_aid",
        """
[{tgl} 16.03] [[n:{n1}]]: Kaka [[n:{g2}]], kelurahan minta data untuk bantuan gerobak. Nama, NIK, NPWP kalo ada
[{tgl} 16.10] [[n:{n2}]]: Nama [[n:{n2}]], NIK [[nik:{nik2}]], NPWP sonde ada. Rumah di [[a:{ad2}]]
[{tgl} 16.11] [[n:{n1}]]: Oke, HP yang aktif?
[{tgl} 16.12] [[n:{n2}]]: [[p:{hp2}]]
""",
    ),
    T(
        "wa_kupang",
        "market_traders",
        """
[{tgl} 05.30] Grup Pedagang {market}: Besok pagi ada penertiban. Yang belum bayar retribusi bayar dolo lewat VA {va}. Jang sampe los dikunci.
[{tgl} 05.47] Grup Pedagang {market}: Yang mau tanya hubungi kantor UPTD {otel}
""",
    ),
    T(
        "wa_kupang",
        "tax_office",
        """
[{tgl} 13.15] [[n:{n1}]]: Beta su lapor SPT ko belum ee, lupa
[{tgl} 13.16] [[n:{n2}]]: Cek di email, ada BPE ko sonde
[{tgl} 13.20] [[n:{n1}]]: Ada. {bpe}
[{tgl} 13.21] [[n:{n2}]]: Su aman itu
""",
    ),
    T(
        "wa_kupang",
        "npwp_registration",
        """
Tanta [[n:{g1}]] 🌺: Nona, tolong bantu tanta padankan NIK deng NPWP e. NPWP tanta [[npwp:{npwpo1}]] (foto kartu su buram). NIK tanta [[nik:{nik1}]]. Email tanta [[e:{em1}]], pasword tanta lupa 🙈
""",
        F=(1,),
    ),
    T(
        "wa_kupang",
        "honorarium",
        """
[{tgl} 10.01] [[n:{n1}]]: Bu bendahara, honor narasumber kemarin su masuk ko?
[{tgl} 10.15] Ibu [[n:{g2}]]: Su transfer tadi pagi ke rek {bank1} [[b:{rek1}]] a.n. [[n:{n1}]], potong PPh 5 % karena NPWP ada
[{tgl} 10.16] [[n:{n1}]]: Makasih banyak Ibu
""",
    ),
    T(
        "wa_kupang",
        "pbb_land",
        """
Dari grup Warga {kel}:
Bapa mama, SPPT PBB {thn} bisa diambil di rumah Ketua RT mulai {hari}. Bawa SPPT tahun lalu. Yang NOP-nya berubah, contoh {nop}, lapor ke kelurahan.
Tetap jaga kebersihan. Tuhan berkati 🙏
""",
    ),
    T(
        "wa_kupang",
        "business_permit",
        """
[{tgl} 18.40] [[n:{n1}]]: Kaka, NIB beta su jadi! {nib}
[{tgl} 18.41] [[n:{n2}]]: Mantap! Pake NPWP apa tadi?
[{tgl} 18.43] [[n:{n1}]]: Pake NIK sa, kan NPWP sa su NIK. Usaha di rumah sa [[a:{ad1}]] to
""",
    ),
    T(
        "wa_kupang",
        "procurement",
        """
[{tgl} 21.05] [[n:{n1}]]: Bos, termin dua su cair?
[{tgl} 21.09] [[n:{n2}]]: Belum, PPK bilang faktur pajak salah. Nomor {faktur} mesti ganti
[{tgl} 21.10] [[n:{n1}]]: Aduh, tukang dong su tagih upah
[{tgl} 21.12] [[n:{n2}]]: Sabar, beta urus besok di KPP
""",
    ),
    T(
        "wa_kupang",
        "social_aid",
        """
*Info dari Kelurahan*
Pendataan usaha mikro untuk bantuan modal: bawa KTP, KK, foto usaha. NPWP tidak wajib. Tempat: aula kelurahan {kel}, {hari} jam 09.00. Jangan percaya yang minta uang. Pengaduan ke WA Kelurahan {owa}.
""",
    ),
    T(
        "wa_kupang",
        "tax_office",
        """
Beta dapa WA dari {scam}, ngaku AR KPP, bilang beta pung NPWP kena denda Rp {rp} harus transfer. Nomor lain juga WA deng pesan sama. Ada yang dapa juga ko? Beta su blokir.
""",
    ),
    T(
        "wa_kupang",
        "market_traders",
        """
[{tgl} 06.15] [[n:{n1}]]: Mama [[n:{g2}]], tadi petugas datang cari mama. Katanya mama pung izin los atas nama [[n:{n3}]] almarhum, mesti ganti nama
[{tgl} 06.30] [[n:{n2}]]: Iya nona, nanti beta urus. NPWP almarhum [[npwp:{npwpd3}]] masih ada di lemari
""",
        F=(2,),
        M=(3,),
    ),
    T(
        "wa_kupang",
        "honorarium",
        """
Forward:
*DAFTAR NPWP PANITIA NATAL JEMAAT*
NPWP panitia pakai NPWP majelis jemaat {npwpx}. Honor pemusik dan pembawa firman dipotong sesuai aturan. Rekening majelis jemaat Bank NTT {rekntt}.
Sekretaris Panitia
""",
    ),
    T(
        "wa_kupang",
        "npwp_registration",
        """
[[n:{g1}]] (sa pung ade): Kaka, beta pung NPWP yang lama kan hilang. Sa cari di tas dapa fotokopi cuma setengah: [[npwp:{npwpl1}]]. Itu cukup ko?
Beta: Cukup ade, nanti bawa KTP ju ke KPP
""",
    ),
    T(
        "wa_kupang",
        "pbb_land",
        """
[{tgl} 11.30] [[n:{n1}]]: Kaka, sa pung PBB double e. Satu NOP {nop}, satu lagi {nop2}. Padahal tanah cuma satu di [[a:{ad1}]]
[{tgl} 11.33] [[n:{n2}]]: Lapor ke Bapenda saja, bawa sertifikat
""",
    ),
    T(
        "wa_kupang",
        "business_permit",
        """
Om [[n:{g1}]] (bengkel): Ade, om su kirim NPWP usaha perorangan om [[npwp:{npwpd1}]] deng NIB {nib} ke dinas. Dong bilang tunggu survei.
""",
        M=(1,),
    ),
    T(
        "wa_kupang",
        "procurement",
        """
Admin Grup Penyedia Lokal: Info dari UKPBJ, pelatihan e-katalog hari {hari} {tgl} di aula Setda. Bawa laptop dan NPWP badan. Pendaftaran lewat link resmi saja. Kontak panitia {otel}.
""",
    ),
    T(
        "wa_kupang",
        "tax_office",
        """
[{tgl} 15.22] [[n:{n1}]]: Mama, mama pung NPWP masih aktif ko? Bank minta untuk buka deposito
[{tgl} 15.40] Mama: Mama pung kartu NPWP tulis [[npwp:{npwpd2}]]
[{tgl} 15.41] [[n:{n1}]]: Oke mama, nanti beta cek
""",
        F=(2,),
        fam={1: 2},
    ),
]

# ---- ocr_scan: NPWP cards, SPPT, faktur, bukti potong and permits as a scanner reads them
TEMPLATES += [
    T(
        "ocr_scan",
        "npwp_registration",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpo1}]]
[[n:{N1}]]
NIK : [[nik:{nik1}]]
[[a:{AD1}]] [[a:{RT1}]]
{KEL}, {KEC}
KOTA KUPANG, NUSA TENGGARA TIMUR
KPP PRATAMA KUPANG   Tanggal Terdaftar {tgl}
""",
    ),
    T(
        "ocr_scan",
        "tax_office",
        """
BUKTI PEMOTONGAN PPh PASAL 21
Nomor : {bupot}
A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP : [[npwp:{npwpn1}]]
A.2 Nama : [[n:{N1}]]
B. PENGHASILAN BRUTO : {rp}
C. IDENTITAS PEMOTONG
C.1 NPWP : {npwpx}
C.2 NITKU : {nitku}
C.3 Nama : BENDAHARA {OFFICE}
""",
    ),
    T(
        "ocr_scan",
        "pbb_land",
        """
SURAT PEMBERITAHUAN PAJAK TERUTANG
PAJAK BUMI DAN BANGUNAN TAHUN {thn}
NOP : {nop}
LETAK OBJEK PAJAK : {JL} {KEL}
NAMA DAN ALAMAT WAJIB PAJAK :
[[n:{N1}]]
[[a:{AD1}]]
{KEL} KOTA KUPANG
NJOP BUMI {luas} x 335.000
PBB YANG HARUS DIBAYAR Rp {rpk}
TGL JATUH TEMPO {tgl}
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak : {faktur}
Pengusaha Kena Pajak
Nama : {CV}
Alamat : {JLNO} KUPANG
NPWP : {npwpx}
Pembeli Barang Kena Pajak
Nama : DINAS PUPR KOTA KUPANG
NPWP : {npwpy}
Harga Jual Rp {rpb}  PPN Rp {rp}
""",
    ),
    T(
        "ocr_scan",
        "business_permit",
        """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA : {nib}
1. Nama Pelaku Usaha : [[n:{N1}]]
2. NPWP : [[npwp:{npwpn1}]]
3. Alamat Kantor : [[a:{AD1}]] (RUMAH TINGGAL)
4. Nomor Telepon : [[p:{hp1}]]
5. Email : [[e:{em1}]]
Diterbitkan di Kupang tanggal {tgl}
""",
    ),
    T(
        "ocr_scan",
        "business_permit",
        """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA : {nib}
1. Nama Pelaku Usaha : {KOP}
2. NPWP : {npwpx}
3. Alamat Kantor : {JLNO}
4. Nomor Telepon : {otel}
5. Status Penanaman Modal : PMDN
""",
    ),
    T(
        "ocr_scan",
        "market_traders",
        """
KARTU IZIN PEMAKAIAN TEMPAT BERJUALAN
{MARKET}
No. Kartu : {sk}
Nama Pedagang : [[n:{N1}]]
N P W P : [[npwp:{npwpo1}]]
Alamat : [[a:{AD1}]]
Los/Kios : {los}
Berlaku s/d : {tgl}
KEPALA UPTD PASAR
""",
    ),
    T(
        "ocr_scan",
        "tax_office",
        """
BUKTI PENERIMAAN NEGARA
Tanggal Buku : {tgl}
NTPN : {ntpn}
Kode Billing : {billing}
NPWP : [[npwp:{npwpz1}]]
Nama WP : [[n:{N1}]]
Akun/Kode Jenis Setoran : 411128/420
Jumlah Setoran : {rp}
""",
    ),
    T(
        "ocr_scan",
        "tax_office",
        """
BUKTI PENERIMAAN NEGARA
NTPN : {ntpn}
Kode Billing : {billing}
NPWP : {npwpx}
Nama WP : {YYS}
Jumlah Setoran : {rp}
STAN : {num}{num2}{num3}
""",
    ),
    T(
        "ocr_scan",
        "honorarium",
        """
KWITANSI
No : {num}/KW/{thn}
Sudah terima dari : Bendahara Pengeluaran {OFFICE}
Uang sebanyak : Rp {rp}
Untuk pembayaran : honor narasumber
NPWP penerima : [[npwp:{npwpd1}]]
Kupang, {tgl}
Yang menerima,
[[n:{Nn1}]]
""",
    ),
    T(
        "ocr_scan",
        "npwp_registration",
        """
KARTU NPWP
NPWP : {npwpx}
NAMA : {CV}
NITKU : {nitku}
ALAMAT : {JLNO}
KOTA KUPANG
TGL TERDAFTAR : {tgl}
""",
    ),
    T(
        "ocr_scan",
        "pbb_land",
        """
STTS / TANDA TERIMA PEMBAYARAN PBB
NOP : {NOPB}
Tahun : {thn}
Nama WP : [[n:{N1}]]
Alamat Op : {JL}
Jumlah : Rp {rpk}
Dibayar di Bank NTT Cab. Kupang, Ref {billing}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
SURAT KETERANGAN TIDAK MAMPU
Nomor : {sk}
Nama : [[n:{Nn1}]]
NIK : [[nik:{niko1}]]
Pekerjaan : PEDAGANG KECIL
NPWP : TIDAK ADA
Alamat : [[a:{AD1}]], [[a:{RT1}]]
Kel. {KEL}
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
INVOICE
No. {inv}
Kepada : {OFFICE}
Dari : {UD}
NPWP : {npwpx}
Rekening : {BNK} {rekb} a.n. {UD}
1 paket konsumsi rapat  Rp {rp}
""",
    ),
    T(
        "ocr_scan",
        "market_traders",
        """
TANDA BUKTI RETRIBUSI PELAYANAN PASAR
No. Seri : {num}{num2}{num3}
{MARKET}
Los : {los}
Tanggal : {tgl}
Rp 5.000
PETUGAS PEMUNGUT
""",
    ),
    T(
        "ocr_scan",
        "honorarium",
        """
DAFTAR PEMBAYARAN HONOR PANITIA
NO NAMA NPWP JUMLAH TTD
1 [[n:{N1}]] [[npwp:{npwpd1}]] 500.000
2 [[n:{N2}]] [[npwp:{npwpn2}]] 500.000
3 [[n:{N3}]] - 400.000
Mengetahui, Kepala Sekolah
""",
    ),
    T(
        "ocr_scan",
        "npwp_registration",
        """
SURAT KETERANGAN TERDAFTAR
Nomor : {skp}
Nama Wajib Pajak : [[n:{N1}]]
NPWP : [[npwp:{npwpl1}]]
Alamat : [[a:{AD1}]]
KEL. {KEL} KEC. {KEC}
Telah terdaftar pada KPP PRATAMA KUPANG sejak {tgl}
""",
    ),
    T(
        "ocr_scan",
        "pbb_land",
        """
SURAT SETORAN PAJAK DAERAH BPHTB
NOP PBB : {nop}
Nama Wajib Pajak : [[n:{N1}]]
NPWP : [[npwp:{npwpn1}]]
Alamat WP : [[a:{AD1}]]
Letak Tanah : {JL}
Harga Transaksi : Rp {rpb}
Kode Bayar : {billing}
""",
    ),
    T(
        "ocr_scan",
        "tax_office",
        """
SURAT PEMBERITAHUAN (SPT) MASA PPN
NPWP PKP : {npwpx}
Nama PKP : {PT}
Masa Pajak : {bln} {thn}
Jumlah Faktur Keluaran : {num}
Nomor Faktur Awal : {faktur}
BPE : {bpe}
""",
    ),
    T(
        "ocr_scan",
        "market_traders",
        """
SURAT IZIN USAHA MIKRO KECIL
No. {sk}
Nama Pemilik : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpb1}]]
Nama Usaha : KIOS SEMBAKO
Alamat Usaha : {MARKET} LOS {LOS}
HP : [[p:{hpo1}]]
""",
    ),
    T(
        "ocr_scan",
        "business_permit",
        """
SURAT KETERANGAN USAHA
Nomor : {sk}
Nama : {YYS}
NPWP : {npwpx}
Bidang : Pendidikan
Alamat : {JLNO}
Demikian untuk dipergunakan seperlunya.
LURAH {KEL}
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
REKENING KORAN – MUTASI
{tgl} TRF DARI BPKAD KOTA KUPANG {rekntt}   45.250.000 CR
{tgl} PAJAK PPN KE KAS NEGARA NTPN {ntpn}   4.525.000 DB
{tgl} TRF KE [[n:{N1}]] [[b:{rek1}]]   6.000.000 DB
Saldo akhir Rp {rp}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
KARTU TANDA ANGGOTA
{KOP}
No. Anggota : {num}/{thn}
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{AD1}]]
NPWP Koperasi : {npwpx}
""",
    ),
]

# ---- a few more, across styles
TEMPLATES += [
    T(
        "portal_form",
        "honorarium",
        """
Formulir Data Tenaga Kontrak Puskesmas {kel}
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
NPWP : [[npwp:{npwpk1}]]
No. Kartu JKN : [[bpjs:{bpjs1}]]
No. KPJ BPJS Ketenagakerjaan : {kpj}
Rekening Bank NTT : [[b:{rek1}]]
""",
    ),
    T(
        "lapor_ticket",
        "pbb_land",
        """
Tiket {tiket}
Isi: Petugas Bapenda datang ke rumah sa di [[a:{adr1}]] pake motor dinas [[pl:{pl2}]], minta uang "percepatan" SPPT. Sa [[n:{n1}]], NOP {nop}. Petugas itu bilang namanya [[n:{n2}]]. Sa ada foto.
""",
    ),
    T(
        "wa_kupang",
        "social_aid",
        """
[{tgl} 08.10] [[n:{n1}]]: Kaka, dong minta NIK deng No KK untuk bantuan. Ini punya sa: [[nik:{nik1}]] / [[kk:{kk1}]]
[{tgl} 08.12] [[n:{n2}]]: Su terima. NPWP sonde perlu e
""",
    ),
    T(
        "minutes",
        "honorarium",
        """
CATATAN BENDAHARA – KOREKSI DATA PENERIMA HONOR
1. [[n:{n1}]]: NPWP tertulis [[npwp:{npwpd1}]], diganti NIK [[npwp:{npwpn1}]] (sudah padan).
2. [[n:{n2}]]: rekening salah digit, yang benar {bank2} [[b:{rek2}]].
3. [[n:{n3}]]: belum punya NPWP; NIK [[nik:{nik3}]] belum padan, dipotong tarif lebih tinggi.
""",
    ),
    T(
        "ocr_scan",
        "honorarium",
        """
SLIP HONORARIUM
Bulan : {BLN} {thn}
Nama : [[n:{N1}]]
NIP : {nip}
NPWP : [[npwp:{npwpz1}]]
Honor : {rp}
PPh 21 : {rpk}
Ditransfer ke : {BANK1} [[b:{rek1}]]
""",
    ),
    T(
        "sms_1708",
        "tax_office",
        """
KOTKUPANG SY DPT SURAT DR KPP NOMOR {SKP} UTK HADIR KLARIFIKASI TP SY SDH PINDAH KE SOE. NPWP SY [[npwp:{npwpd1}]]. APA BS LEWAT ONLINE? [[n:{N1}]]
""",
    ),
    T(
        "formal_complaint",
        "honorarium",
        """
Kepada Yth. Kepala BPKAD Kota Kupang
Saya [[n:{n1}]], pensiunan guru, NPWP [[npwp:{npwpd1}]]. Rapel tunjangan saya dipotong pajak dua kali: sekali oleh bendahara sekolah (NPWP bendahara {npwpx}) dan sekali oleh BPKAD. Bukti potong {bupot} terlampir. Mohon dikembalikan ke rekening saya {bank1} [[b:{rek1}]].
Telepon rumah [[p:{tr1}]]
""",
        E=(1,),
    ),
    T(
        "tax_email",
        "pbb_land",
        """
From: Notaris dan PPAT Kupang <notaris.ppat.kupang@gmail.com>
To: Bapenda Kota Kupang <bphtb@kupangkota.go.id>
Subject: Validasi BPHTB

Mohon validasi SSPD BPHTB untuk NOP {nop}, kode bayar {billing}, NTPD {ntpn}. Akta jual beli nomor {num}/{thn}. Data para pihak ada pada lampiran berkata sandi.
Staf Kantor Notaris
""",
    ),
]


if __name__ == "__main__":
    main()
