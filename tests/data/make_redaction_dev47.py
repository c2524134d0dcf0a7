# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401
"""Write tests/data/redaction_dev47.jsonl: whose tax and identity number is it, people's against bodies'.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{npwp1}``, ``{npwpx}``), each filled three times with invented values; span offsets are
computed from the markers. Run ``python3 tests/data/make_redaction_dev47.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
``@`` token with the forty characters before it.
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

SEED = 20261247
OUT = Path(__file__).with_name("redaction_dev47.jsonl")

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
    "kupang_malay",
    "treasurer_email",
    "ocr_tax_doc",
    "receipt_invoice",
    "payroll_list",
    "coop_register",
    "office_form",
)
SCANNED = {"ocr_tax_doc", "receipt_invoice"}
THEMES = (
    "tax_inquiry",
    "withholding_slip",
    "payroll_honor",
    "invoice_receipt",
    "procurement",
    "cooperative_umkm",
    "licensing",
    "civil_registry",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "npwp": 150,
    "nik": 80,
    "kk": 20,
    "name": 300,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "dr", "drs", "pdt", "bidan",
    "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka",
    "ade", "yth", "saudara", "ketua", "kepala", "petugas", "bendahara", "alm", "almh", "ttd",
    "salam", "dari", "hormat", "atas", "anak", "istri", "suami", "nama", "penerima", "wp",
    "npwp", "nik", "kasir", "pemilik", "an", "a.n",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev47)
GIVEN_M = (
    "Alfons", "Ambrosius", "Arnoldus", "Benyamin", "Kristofel", "Defrit", "Efraim", "Eliezer",
    "Ferdinandus", "Habel", "Isak", "Jeremias", "Kornelis", "Lambertus", "Marselinus", "Nikson",
    "Obed", "Petrus", "Rafael", "Semuel", "Teofilus", "Wellem", "Yermias", "Zakarias",
    "Adrianus", "Blasius", "Dominggus", "Frederik", "Gerson", "Heronimus", "Junus", "Klemens",
    "Laurensius", "Melkianus", "Noldy", "Oktovianus", "Piter", "Sefnat", "Yunus", "Agustinus",
    "Mikhael", "Roni", "Yandri", "Marthen", "Ebenhaezer", "Hendrik", "Jefri", "Stefanus",
)  # fmt: skip
GIVEN_F = (
    "Adelina", "Agnes", "Beatrix", "Kristina", "Debora", "Elisabet", "Fransiska", "Grasela",
    "Hermina", "Imelda", "Jublina", "Kristiani", "Lodia", "Magdalena", "Naomi", "Orpa", "Priska",
    "Regina", "Selfina", "Theresia", "Ursula", "Veronika", "Welmina", "Yuliana", "Apriana",
    "Bernadeta", "Delfi", "Ester", "Febriani", "Getruida", "Herlina", "Juliana", "Ludia",
    "Maria Goreti", "Novita", "Oktaviana", "Paulina", "Rosalinda", "Sarlota", "Trifena",
    "Yustina", "Martha", "Ance", "Dorkas", "Margaretha",
)  # fmt: skip
FAMILY = (
    "Adoe", "Bani", "Bengu", "Boimau", "Dethan", "Djami", "Fanggidae", "Foeh", "Haning",
    "Henuk", "Kause", "Kolo", "Lakapu", "Leo", "Lomi", "Loudoe", "Malelak", "Messakh", "Nalle",
    "Neolaka", "Oematan", "Pellondou", "Radja", "Rihi", "Sabneno", "Saudale", "Selan", "Seuk",
    "Taek", "Tanaem", "Tnunay", "Toelle", "Ully", "Wadu", "Riwu Kaho", "Dju Dara", "Ga Lena",
    "Amalo", "Mooy", "Ndoen", "Snae", "Tallan", "Nubatonis", "Takoy", "Bessie", "Kapitan",
    "Neonufa", "Banunaek", "Manu", "Tamonob",
)  # fmt: skip
OTHER = (
    ("M", "I Ketut", "Suarjana"), ("F", "Ni Luh", "Sukmawati"), ("M", "La Ode", "Hamirudin"),
    ("F", "Wa Ode", "Rosnia"), ("M", "Andi", "Baso Daeng Sila"), ("F", "Siu Lan", "Tanujaya"),
    ("M", "Umbu", "Ndapa Lawu"), ("F", "Rambu", "Kahi Ndima"), ("M", "Muhamad", "Arifin Bala"),
    ("F", "Siti", "Aminah Lamanepa"),
)  # fmt: skip
KELURAHAN = (
    "Oebufu", "Liliba", "Oesapa", "Kolhua", "Sikumana", "Naikoten I", "Fatululi", "Penfui",
    "Oepura", "Bakunase", "Nunbaun Sabu", "Manulai II", "Namosain", "Fontein", "Oetete",
    "Kuanino", "Airnona", "Naimata", "Maulafa", "Tuak Daun Merah", "Belo", "Fatukoa",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Bajawa", "Jl. Oebobo Baru", "Jl. Kuanino Dalam", "Gg. Cendana", "Jl. Lontar Permai",
    "Jl. Flamboyan", "Gg. Asoka", "Jl. Matani", "Jl. Kalumpang", "Jl. Air Lobang", "Lr. Tuak",
    "Jl. Bakti Karya", "Jl. Teratai", "Jl. Pulau Semau", "Jl. Batu Kadera", "Jl. Oekam",
    "Gg. Mawar Putih", "Jl. Manafe Raya", "Jl. Kelapa Gading", "Jl. Samratulangi III",
    "Jl. Nusa Indah", "Jl. Lopo Indah",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. Soeharto", "Jl. El Tari", "Jl. Timor Raya", "Jl. Jend. Sudirman", "Jl. Frans Seda",
    "Jl. Urip Sumoharjo", "Jl. Moh. Hatta", "Jl. Adisucipto", "Jl. Herewila",
    "Jl. Perintis Kemerdekaan", "Jl. Piet A. Tallo", "Jl. W.J. Lalamentik", "Jl. R.A. Kartini",
)  # fmt: skip
CVS = (
    "CV Nusa Batu Permai", "CV Tiga Putri Oesapa", "CV Fatuleu Konstruksi", "CV Bintang Sasando",
    "CV Karang Mas Timor", "CV Rote Bersaudara", "CV Cahaya Tunas Flobamora", "CV Tirta Benu",
)  # fmt: skip
UDS = (
    "UD Timor Sumber Air", "UD Sinar Kolhua", "UD Berkat Naimata", "UD Sumber Bangunan Oeba",
    "UD Anugerah Kelapa Lima", "UD Tunas Alak",
)  # fmt: skip
PTS = (
    "PT Flobamora Bangun Lestari",
    "PT Selat Semau Jaya",
    "PT Sasando Karya Utama",
    "PT Timor Kencana Abadi",
)
KOPS = (
    "Koperasi Serba Usaha Lontar Sejahtera", "Kopdit Mekar Harapan Oesapa",
    "Koperasi Nelayan Teluk Baru", "KSP Cendana Makmur", "Koperasi Tenun Ikat Lopo Ina",
    "Koperasi Produsen Garam Oebelo", "KSU Sinar Fajar Penfui",
)  # fmt: skip
SHOPS = (
    "Toko Bangunan Harapan Oeba", "Depot Air Tirta Naimata", "Apotek Farma Oepura",
    "Bengkel Jaya Motor Kolhua", "Percetakan Cahaya Liliba", "Katering Dapur Sasando",
    "Toko ATK Pena Emas", "Toko Elektronik Surya Fontein", "Rumah Makan Se'i Oom Tua",
    "Fotokopi Bintang Oebufu",
)  # fmt: skip
OFFICES = (
    "Dinas PUPR Kota Kupang", "BPKAD Kota Kupang", "Dinas Kesehatan Kota Kupang",
    "Dinas Pendidikan dan Kebudayaan Kota Kupang", "Kelurahan Oebufu", "Kecamatan Maulafa",
    "Dinas Sosial Kota Kupang", "Dinas Perhubungan Kota Kupang", "Bagian Umum Setda Kota Kupang",
)  # fmt: skip
SCHOOLS = (
    "SMPN 7 Kupang", "SDN Oetona 2", "SMAN 4 Kupang", "SD GMIT Naikoten 3", "SMK Kristen Lontar",
    "SD Inpres Bakunase 1", "SMPK St. Yosef Naikoten", "MTsN Kota Kupang", "SMPN 15 Kupang",
)  # fmt: skip
CHURCHES = (
    "GMIT Jemaat Sion Oebufu", "GMIT Jemaat Efata Liliba", "Paroki St. Yosef Pekerja Penfui",
    "GMIT Jemaat Imanuel Oepura", "Gereja Katolik St. Maria Assumpta",
)  # fmt: skip
YAYASAN = (
    "Yayasan Pendidikan Kristen Betania Kupang",
    "Yayasan Peduli Anak Timor",
    "Yayasan Kesehatan Lopo Sehat",
)
BUMDES = ("BUMDes Oenoni Maju", "BUMDes Baumata Sejahtera", "BUMDes Tesbatan Jaya")
PUSK = ("Puskesmas Oepoi", "Puskesmas Sikumana", "Puskesmas Pasir Panjang", "Puskesmas Kupang Kota")
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
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
MOBILE = (
    ("0812", 14), ("0813", 16), ("0821", 10), ("0822", 10), ("0823", 8), ("0852", 14),
    ("0853", 12), ("0811", 3), ("0851", 4), ("0857", 3), ("0878", 2), ("0819", 2), ("0895", 2),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0838", "0831", "0896", "0881", "0817", "0818"}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
LETTER_OCR = {"S": "5", "O": "0", "I": "1", "B": "8"}
# Kota Kupang's kecamatan and some regencies' districts, for the NIK's first six digits
DISTRICTS = (
    "537101", "537102", "537103", "537104", "537105", "537106", "537101", "537104", "537105",
    "530101", "530107", "530112", "530203", "530304", "530410", "531401", "531502", "530708",
)  # fmt: skip


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
        self.minute = rng.randint(7 * 60, 19 * 60)
        self.gaps = [0] + [rng.choice((1, 2, 3, 5, 8, 14, 25, 40)) for _ in range(8)]

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
            rest = r.choice((7, 8, 8, 8))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "d", "s", "t", "i", "j", "k"), (40, 16, 18, 4, 8, 8, 6))[0]
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
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 1]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice((f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}"))

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK in one of the writings people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t", "d"), (62, 22, 8, 8))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "d":
            return "-".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            cut = r.randint(5, 11)
            return raw[:cut] + "\n" + raw[cut:]
        if how == "w":  # a digit too few or too many
            k = r.randint(6, 13)
            return raw[:k] + raw[k + 1 :] if r.random() < 0.5 else raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        """A person's NPWP: the old 15 digits in their writings, or the 16-digit forms."""
        r = self.rng
        old = p["npwp15"]
        if how == "":
            how = r.choices(("d", "b", "n", "z", "s"), (45, 8, 30, 10, 7))[0]
        if how == "d":
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "b":
            return old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "z":  # the 16-digit form of an old number
            return "0" + old
        if how == "s":
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "k":  # the NIK as NPWP in fours
            return self.write_id(p["nikraw"], "s")
        if how == "o":  # as a scan reads it
            dotted = self.write_npwp(p, "d")
            pos = [k for k, ch in enumerate(dotted) if ch in "018" and k > 0]
            out = list(dotted)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
            if r.random() < 0.4:
                k = next(i for i, ch in enumerate(out) if ch == ".")
                out[k] = ","
            return "".join(out)
        if how == "l":  # broken over a line, as a narrow column gives it
            dotted = self.write_npwp(p, "d")
            k = r.randint(4, 12)
            return dotted[:k] + "\n" + dotted[k:]
        if how == "t":  # the person's NITKU: the NIK and six zeros
            return p["nikraw"] + "000000"
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        if how in ("", "b"):
            return raw
        return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (85, 15))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice(("a", "b", "d", "h"))
        parts = host.split(".")
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(parts)
        if how == "b":
            return f"{local}(at){host}"
        if how == "d":
            return f"{local} at " + " dot ".join(parts)
        if how == "h":
            return f"{local} @{host}"
        if how == "n":  # broken over a line
            return f"{local}@\n{host}"
        if how == "k":  # the person's own mailbox on an office's host
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
                cands = [o for o in OTHER if o[0] == sex]
                _, given, family = r.choice(cands)
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY)
            words = {w.lower() for w in given.split()}
            if head is None:
                words |= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        year = r.randint(1940, 1960) if i in self.spec["E"] else r.randint(1958, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        district = head["district"] if head is not None else r.choice(DISTRICTS)
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
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 26))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((4, 6, 8, 9, 14, 15, 24, 25, 36, 44, 49, 57, 59, 67, 73, 77, 82, 93)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "921", "921", "922", "923")),
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
                f"{gl}{yy}.kpg",
            )
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 150)) + r.choice(("", "", "", "", "A", "B"))
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
        longw = [(m.start(), m.end()) for m in re.finditer(r"[A-Z]{5,}", up)]
        if longw:
            s, e = r.choice(longw)
            k = r.randint(s + 2, e - 2)
            spaced = up[:k] + " " + up[k:]
        else:
            spaced = up
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
            "No": ocr,
            "Ns": spaced,
            "Nn": given.upper() + "\n" + family.upper(),
            "fg": f"{family}, {given}",
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "gk": r.choice((f"{gl}.{fl}@kupangkota.go.id", f"{gl[0]}{fl}@nttprov.go.id")),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "tl": "KUPANG, %02d-%02d-%d" % (dd, mm, year),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15)),
            "pl": self.plate(),
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
                "RT %02d/%02d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "EB", "ED")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KF", "BH", "AS")),
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
                        % (
                            r.choice(("001", "002", "015")),
                            "01",
                            "02",
                            self.digits(6),
                            r.randint(0, 9),
                        ),
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
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "No", "Ns", "Nn", "fg", "lahir", "tl",
            "bank", "rek", "ad", "adr", "rt", "rtk", "pl",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name.isupper() and len(name) > 1:  # any value in capitals: {AD1}, {KEL}
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
        if name.startswith("bpjs"):
            return self.write_bpjs(self.person(i)["bpjsraw"], name[4:])
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


# ---------------------------------------------------------------- bodies' numbers and look-alikes


def _body15(fl: Fill) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((1, 2, 3, 21, 31, 53, 61, 62, 70, 74, 76, 83, 90, 0)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921", "922")),
                r.choice(("000", "000", "000", "001")),
            )
        )
    )


def _dotted(d: str) -> str:
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def _bank_and_account(fl: Fill, i: int) -> str:
    bank = fl.rng.choice(BANKS)
    return bank + " " + fl.account(bank)


def _body_npwp(fl: Fill, i: int) -> str:
    d = _body15(fl)
    return fl.rng.choice((_dotted(d), _dotted(d), _dotted(d), "0" + d, d))


def _body_npwpd(fl: Fill, i: int) -> str:
    return _dotted(_body15(fl))


def _body_nitku(fl: Fill, i: int) -> str:
    return "0" + _body15(fl) + "%06d" % fl.rng.choice((0, 0, 1, 2))


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1966, 1996)
    d = "%d%02d%02d%d%02d%d%03d" % (
        y,
        r.randint(1, 12),
        r.randint(1, 28),
        y + r.randint(22, 30),
        r.randint(1, 12),
        r.randint(1, 2),
        r.randint(1, 20),
    )
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    v = r.choice((r.randint(3, 95) * 50000, r.randint(1, 40) * 250000, r.randint(2, 300) * 1000))
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,00")) % s


def _rpbig(fl: Fill, i: int) -> str:
    v = fl.rng.randint(40, 2400) * 1000000 + fl.rng.randint(0, 99) * 10000
    return "Rp " + f"{v:,}".replace(",", ".")


def _tgl(fl: Fill, i: int) -> str:
    r = fl.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    return r.choice(
        (
            "%02d/%02d/%d" % (d, m, fl.year),
            "%02d-%02d-%d" % (d, m, fl.year),
            "%d %s %d" % (d, MONTHS[m - 1], fl.year),
        )
    )


def _jam(fl: Fill, i: int) -> str:
    return "%02d.%02d" % (fl.rng.randint(7, 21), fl.rng.randint(0, 59))


def _dt(fl: Fill, i: int) -> str:
    """A chat's time stamp; the messages of one chat follow each other."""
    m = fl.minute + sum(fl.gaps[:i])
    return "[%02d/%02d/%d %02d.%02d]" % (fl.day, fl.month, fl.year, m // 60, m % 60)


OTHER_VALUES = {
    # bodies' numbers
    "npwpx": _body_npwp,
    "npwpxd": _body_npwpd,
    "nitkux": _body_nitku,
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "bankrek": _bank_and_account,
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    # look-alikes
    "nib": lambda fl, i: fl.fresh(
        lambda: fl.rng.choice(("91", "81", "12", "02", "03")) + fl.digits(11)
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
    "nip": _nip,
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("01") + fl.digits(8)),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "bill": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("0", "1", "8")) + fl.digits(14)),
    "ntpn": lambda fl, i: "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(16)),
    "va": lambda fl, i: fl.rng.choice(("8808%s", "88810%s", "7007%s", "39358%s")) % fl.digits(11),
    "bupot": lambda fl, i: (
        fl.rng.choice(("1.3-%02d.%02d-%07d", "2504%02d%02d%05d", "1.1-%02d.%02d-%07d"))
        % (fl.month, fl.year % 100, fl.rng.randint(1, 9999999))
    ),
    "faktur": lambda fl, i: (
        "0%d0.%03d-%02d.%08d"
        % (fl.rng.choice((1, 4)), fl.rng.randint(1, 9), fl.year % 100, fl.rng.randint(1, 99999999))
    ),
    "inv": lambda fl, i: (
        fl.rng.choice(("INV/%d/%02d/%04d", "%d%02d%04d", "KW-%d-%02d-%04d"))
        % (fl.year, fl.month, fl.rng.randint(1, 9999))
    ),
    "surat": lambda fl, i: (
        fl.rng.choice(
            (
                "S-%d/WPJ.32/KP.0503/%d",
                "PENG-%d/WPJ.32/%d",
                "900.1/%03d/BPKAD/%d",
                "503/%03d/DPMPTSP/%d",
                "027/%03d/PUPR/%d",
                "800/%03d/SEK/%d",
            )
        )
        % (fl.rng.randint(1, 999), fl.year)
    ),
    "kontrak": lambda fl, i: (
        "%03d/SPK/%s/%02d/%d"
        % (
            fl.rng.randint(1, 400),
            fl.rng.choice(("PUPR", "DINKES", "DISDIK", "PPK-BM")),
            fl.month,
            fl.year,
        )
    ),
    "tender": lambda fl, i: "%d%07d" % (fl.rng.randint(1, 9), fl.rng.randint(1000000, 9999999)),
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d-%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "nikmask": lambda fl, i: (
        fl.rng.choice(DISTRICTS)[:4]
        + fl.rng.choice(("********", "xxxxxxxx", "XXXXXXXX"))
        + fl.digits(4)
    ),
    "npwpmask": lambda fl, i: (
        "%02d.%s.***.*-%s.000"
        % (
            fl.rng.randint(4, 99),
            fl.rng.choice(("***", "3**", "5**")),
            fl.rng.choice(("920", "921")),
        )
    ),
    "spec": lambda fl, i: fl.rng.choice(
        (
            "00.000.000.0-000.000",
            "09.123.456.7-920.000",
            "12.345.678.9-012.000",
            "01.234.567.8-920.000",
        )
    ),
    "kodeakun": lambda fl, i: fl.rng.choice(
        ("411121-100", "411122-100", "411124-100", "411128-402", "411211-100")
    ),
    "kwh": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("14", "32", "56")) + fl.digits(9)),
    "siup": lambda fl, i: (
        "%03d/%s/%d"
        % (
            fl.rng.randint(1, 999),
            fl.rng.choice(("SIUP/DPMPTSP", "PBG/DPMPTSP", "SIP/DPMPTSP")),
            fl.year,
        )
    ),
    "rp": _rp,
    "rpb": _rpbig,
    "rpm": lambda fl, i: "Rp %s" % f"{fl.rng.randint(35, 180) * 100000:,}".replace(",", "."),
    "rpk": lambda fl, i: "Rp %s" % f"{fl.rng.randint(15, 450) * 1000:,}".replace(",", "."),
    "tgl": _tgl,
    "jam": _jam,
    "dt": _dt,
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 150)),
    "cv": lambda fl, i: fl.rng.choice(CVS),
    "ud": lambda fl, i: fl.rng.choice(UDS),
    "pt": lambda fl, i: fl.rng.choice(PTS),
    "kop": lambda fl, i: fl.rng.choice(KOPS),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "office": lambda fl, i: fl.rng.choice(OFFICES),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "yys": lambda fl, i: fl.rng.choice(YAYASAN),
    "bumdes": lambda fl, i: fl.rng.choice(BUMDES),
    "pusk": lambda fl, i: fl.rng.choice(PUSK),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
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
ADDRESS_START = re.compile(r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|rt\d|perumnas|perum|btn)")
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
    """The digits of an identity number, letters read for digits turned back."""
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
    scan = style in SCANNED
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
            first = re.split(r"[\s.,]+", seg)[0].lower()
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
            if (
                re.search(r"[^0-9OoLlISB .,\-\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
            if len(d) != 16 and not re.search(r"(?i)(nik|ktp)", text[max(0, st - 60) : st]):
                bad.append(f"{kind} of a wrong length without NIK before it {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9OlB .\-,\n]", seg)
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
        elif kind == "address" and (
            not ADDRESS_START.match(seg) or not seg[-1].isalnum() or not re.search(r"\d", seg)
        ):
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
            if s["kind"] == "npwp" and len(d) == 22:  # a NITKU: its NIK is the part that counts
                d = d[:16]
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


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|tn|sdr"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny|sdri"


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
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    assert not (auto["M"] & auto["F"]), text[:80]
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    spec = {"F": females, "M": males, "E": tuple(sorted(set(E))), "fam": fam or {}}
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
            "id": "d47-%04d" % k,
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
        if "\n" in seg:
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s", seg):
            return "written to dodge scrapers"
        if re.search(r"\.go\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
        return "plain"
    if kind in ("address", "plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
        return "letters for digits"
    d = id_digits(seg)
    if kind in ("nik", "kk") and len(d) != 16:
        return "a digit too few or too many"
    if kind == "npwp":
        if len(d) == 22:
            return "a person's NITKU (22 digits)"
        if len(d) == 16:
            return "16 digits" + (
                " opening 0 (the old number)" if d.startswith("0") else " (the NIK)"
            )
        if "-" in seg:
            return "15 digits dotted"
        return "15 digits in groups" if " " in seg else "15 digits in one block"
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
    runs = ats = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
        for m in re.finditer(r"\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                ats += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{6,}\d|\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
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
    for kind in ("npwp", "nik", "kk", "name"):
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
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}
# family name, {lf1} lower case, {fg1} "Family, Given", {No1} capitals with a digit read for a
# letter, {Ns1} capitals with a stray space, {Nn1} capitals over a line); {hp1} mobile ({hpb1},
# {hpd1}, {hps1}, {hpt1}, {hpi1}, {hpj1}, {hpk1}, {hpo1} letters for digits, {hpn1} over a
# line); {tr1} home landline; {nik1} NIK ({nikb1}, {niks1} fours, {nikt1} dots, {nikd1} dashes,
# {niko1} letters for digits, {nikn1} over a line, {nikw1} a digit too few or too many); {kk1}
# the family card (same suffixes; fam={2: 1} makes 2 a member); {npwp1} a person's NPWP
# ({npwpd1} dotted, {npwpb1} one block, {npwpn1} the NIK, {npwpk1} the NIK in fours, {npwpz1} 0 +
# the old number, {npwps1} groups with spaces, {npwpo1} as a scan reads it, {npwpl1} over a line,
# {npwpt1} the person's NITKU); {bpjs1}; {em1} ({emp1}, {emx1} a dodge, {emn1} over a line,
# {emk1} on an office's host); {bank1}/{rek1} an account; {ad1}/{adr1}/{rt1}/{rtk1} addresses;
# {lahir1}, {tl1}; {pl1} plate.
# Not a person's: {npwpx} a body's NPWP ({npwpxd} dotted), {nitkux} a body's NITKU, {rekb}
# {rekntt} bodies' accounts, {owa} {scam} mobiles, {otel} an office's line; look-alikes {nib}
# {nop} {nip} {nisn} {npsn} {bill} {ntpn} {va} {bupot} {faktur} {inv} {surat} {kontrak} {tender}
# {idpel} {samb} {tiket} {nikmask} {npwpmask} {spec} {kodeakun} {kwh} {siup}; figures {rp}
# {rpb} {tgl} {jam} {dt} {thn} {bln} {num}; places and bodies {kel} {kec} {jl} {jlno} {cv} {ud}
# {pt} {kop} {shop} {office} {school} {church} {yys} {bumdes} {pusk} {bnk}.

TEMPLATES: list[tuple] = []

# ---- sms_caps: SMS to 1708 in capitals
TEMPLATES += [
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG NPWP SY [[npwp:{npwpd1}]] DITOLAK WKT DAFTAR PPPK, KATANYA HARUS SAMA DGN NIK. NIK SY [[nik:{nikb1}]]. MHN INFO SY HRS KE KPP ATAU DUKCAPIL. [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "payroll_honor",
        """
KOTKUPANG SY BLM PUNYA NPWP, PAKAI NIK SJ BOLEH? [[nik:{nikb1}]] UTK HONOR GURU DI {school}. TRIMS, [[n:{g1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG NPWP USAHA SY ATAS NAMA {ud} {npwpx} BEDA DGN NPWP PRIBADI SY [[npwp:{npwpn1}]]. BENDAHARA DINAS MINTA YG MANA? TTD [[n:{n1}]] [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG MHN BANTU, KODE BILLING {bill} UTK SETOR PPH FINAL TDK BISA DIBAYAR DI TELLER. NTPN TDK KELUAR. NPWP TOKO {npwpx}. SDH 3 HARI
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG NPWP ISTRI SY [[n:{n2}]] [[npwp:{npwpd2}]] MASIH TERCATAT DI KPP LAMA DI ATAMBUA. APAKAH IKUT BERUBAH JADI NIK DIA [[npwp:{nikb2}]]? MHN DIBALAS
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG SY TERIMA SMS DR {scam} KATANYA NPWP SY DIBLOKIR, SURUH KLIK LINK DAN KIRIM FOTO KTP. ITU RESMI DR PAJAK? SDH LAPOR JG DI LAPOR NO TIKET {tiket}
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG TAGIHAN PBB NOP {nop} TAHUN {thn} NAIK 3X DARI {rp}. RUMAH KECIL SJ. MHN DICEK BAPENDA
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG SY [[n:{n1}]] PEDAGANG DI PASAR OEBA. NPWP SY YG LAMA [[npwp:{npwpd1}]] APA MSH BERLAKU? KATANYA SKRG PAKAI NIK [[npwp:{nikb1}]]. HP [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "payroll_honor",
        """
KOTKUPANG HONOR SY BLN {bln} DIPOTONG PPH 2X OLEH BENDAHARA {school}. NPWP BENDAHARA {npwpx}, NPWP SY [[npwp:{npwpn1}]]. MHN DIBANTU. [[n:{g1}]] GURU HONOR
""",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG KK SY [[kk:{kk1}]] MASIH TERCATAT NIK ISTRI YG SALAH, JD NPWP ISTRI TDK BISA VALIDASI. NIK ISTRI YG BENAR [[nik:{nikb2}]]. MHN DUKCAPIL PERBAIKI
""",
        U=True,
        fam={2: 1},
        F=(2,),
    ),
    T(
        "sms_caps",
        "procurement",
        """
KOTKUPANG TOLONG CEK TENDER KODE {tender} DRAINASE KEL {kel}, PEMENANG {cv} NPWP {npwpx}. KONTRAK {kontrak} TP SDH 4 BLN TDK ADA PEKERJA
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG SY DPT 2 NOMOR {scam} DAN {scam2} NGAKU PETUGAS KPP MINTA FOTO NPWP DAN KK. MANA YG RESMI?
""",
        U=True,
    ),
    T(
        "sms_caps",
        "licensing",
        """
KOTKUPANG NIB SY {nib} SDH TERBIT TP NAMA USAHA DI OSS TERTULIS {cv}, BUKAN USAHA SY. NPWP SY [[npwp:{npwpd1}]]. [[n:{n1}]] [[a:{rt1}]] {kel}
""",
        U=True,
    ),
    T(
        "sms_caps",
        "licensing",
        """
KOTKUPANG MHN INFO SYARAT NIB UTK KIOS. DI LOKET DPMPTSP DIMINTA KTP, KK DAN NPWP. SY DTG {tgl} ANTRIAN B-{num}, TDK DILAYANI KRN SISTEM OFF
""",
        U=True,
    ),
    T(
        "sms_caps",
        "withholding_slip",
        """
KOTKUPANG BUKTI POTONG PPH 21 DR {office} NO {bupot} TDK MUNCUL DI AKUN CORETAX SY. NPWP/NIK SY [[npwp:{nikb1}]]. TTD [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG NIK/NPWP SY [[nik:{nikb1}]] TDK BISA LOGIN CORETAX, LUPA EMAIL. EMAIL LAMA [[e:{emp1}]]. MHN BANTU RESET
""",
        U=True,
    ),
    T(
        "sms_caps",
        "cooperative_umkm",
        """
KOTKUPANG NPWP KOPERASI TEMPAT SY JD ANGGOTA {npwpx} DIPAKAI UTK PINJAMAN ATAS NAMA SY TANPA IZIN. NIK SY [[nik:{nik1}]]. MHN DIPERIKSA DINAS KOPERASI
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG ALM BAPAK SY [[n:{n2}]] NPWP [[npwp:{npwpd2}]] MASIH DITAGIH SPT. MHN CARA HAPUS NPWP. SY ANAKNYA [[n:{n1}]] [[p:{hp1}]]
""",
        U=True,
        E=(2,),
        fam={1: 2},
    ),
    T(
        "sms_caps",
        "payroll_honor",
        """
KOTKUPANG SY DAFTAR PPPK PARUH WAKTU, FORMULIR MINTA NPWP. KATA BKPSDM NPWP SKRG = NIK. JD SY ISI [[npwp:{nikb1}]] SAJA DI KOLOM NPWP? [[n:{g1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "licensing",
        """
KOTKUPANG LAMPU JALAN DEPAN KANTOR {cv} DI {jlno} MATI 2 MGG. ID PEL PLN {idpel}. SDH LAPOR TIKET {tiket}
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG KIOS SY DI PASAR KASIH DIMINTA NPWPD OLEH PETUGAS BAPENDA, SY USAHA PERORANGAN. NPWP PRIBADI SY [[npwp:{npwpz1}]]. APA PERLU NPWPD LAGI? [[n:{g1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG SY TERIMA SURAT {surat} DR KPP, DISURUH BAYAR DENDA {rp}. SY TDK PERNAH PUNYA USAHA. NPWP SY [[npwp:{npwpd1}]] A.N. [[n:{n1}]]
""",
        U=True,
    ),
]

# ---- sms_lower: SMS to 1708 in lower case
TEMPLATES += [
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang npwp sy [[npwp:{npwpn1}]] knp di coretax muncul nama org lain? sy [[n:{l1}]] dr {kel}, mohon dicek
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang mau tanya, npwp usaha sy {npwpx} sdh ganti nitku {nitkux}? bendahara dinas minta nitku utk bukti potong
""",
    ),
    T(
        "sms_lower",
        "payroll_honor",
        """
kotkupang sy [[n:{l1}]], guru honor {school}. bendahara minta npwp semua guru honor. ini punya sy [[npwp:{npwpn1}]]. bisa pake ini ka?
""",
    ),
    T(
        "sms_lower",
        "payroll_honor",
        """
kotkupang diminta npwp, sy pake nik sj boleh? [[nik:{nikb1}]] utk cair honor linmas. - [[n:{lg1}]]
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang perlu npwp sy? nik sy [[nik:{nikb1}]]. sy cuma jual sayur di pasar {kel}, petugas bilang wajib
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang knp kode billing {bill} utk pbb nop {nop} tdk bs dibayar di kantor pos? sdh 2x ditolak
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang info dr tetangga, npwp 15 digit contoh {spec} tdk berlaku lg mulai {thn}, betul kah? jd harus ganti kartu?
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang npwp istri sy [[npwp:{npwpd2}]] a.n. [[n:{l2}]] dobel dgn npwp sy [[npwp:{npwpd1}]]. mohon penjelasan kpp. [[n:{lg1}]]
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "sms_lower",
        "withholding_slip",
        """
kotkupang bukti potong pph dr {cv} belum dikirim. npwp pemotong {npwpx}. npwp sy [[npwp:{npwpn1}]], nitku sy [[npwp:{npwpt1}]]. tlg dibantu
""",
    ),
    T(
        "sms_lower",
        "invoice_receipt",
        """
kotkupang mohon info, nitku cabang {cv} {nitkux} tdk terbaca di e-faktur, faktur {faktur} ditolak terus
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang bapa sy [[n:{l2}]] su meninggal, npwp almarhum [[npwp:{npwpb2}]] masih dpt surat teguran. sy anak sulung nik [[nik:{nikb1}]]
""",
        E=(2,),
    ),
    T(
        "sms_lower",
        "licensing",
        """
kotkupang mohon cek pengaduan {tiket}, sdh 2 minggu blm dibalas soal pbg rumah toko nop {nop}
""",
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang sy [[n:{l1}]] [[a:{rt1}]] {kel}. kk sy [[kk:{kkb1}]] belum update, jd nik anak sy [[n:{lg2}]] [[nik:{nikb2}]] tdk bs daftar npwp kerja
""",
        fam={2: 1},
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang no wa kpp yg resmi brp? ada yg ngaku petugas pajak dr {scam} minta kode otp. lapor sy tiket {tiket}
""",
    ),
    T(
        "sms_lower",
        "cooperative_umkm",
        """
kotkupang sy jual ikan, pajak umkm 0,5% tiap bln {rp}. npwp sy [[npwp:{npwpd1}]]. apa bisa bebas krn omzet dibawah 500 juta? - [[n:{l1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang email aktivasi coretax tdk masuk ke [[e:{emp1}]]. npwp sy [[npwp:{npwpn1}]]. sdh 3x kirim ulang
""",
    ),
    T(
        "sms_lower",
        "licensing",
        """
kotkupang depot air isi ulang dekat rumah sy jual air kuning, npwp depot tertempel {npwpx}, izin {siup}. tlg dinkes cek
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang sy mau tutup npwp krn sdh tdk usaha. npwp [[npwp:{npwpd1}]] a.n. [[n:{l1}]], alamat [[a:{ad1}]] kel. {kel}. caranya?
""",
    ),
    T(
        "sms_lower",
        "licensing",
        """
kotkupang nib {nib} punya sy terdaftar kbli salah. sy usaha jahit di rumah [[a:{ad1}]]. npwp pribadi [[npwp:{npwpn1}]]. [[n:{lg1}]]
""",
    ),
    T(
        "sms_lower",
        "procurement",
        """
kotkupang lowongan {pt} di fb minta transfer biaya seragam, nib perusahaan {nib} tdk ada di oss. nomor hrd {owa}. penipuan kah?
""",
    ),
    T(
        "sms_lower",
        "tax_inquiry",
        """
kotkupang sy [[n:{l1}]] punya npwp [[npwp:{npwpz1}]] hilang kartunya. cetak ulang di kpp atau online? hp [[p:{hp1}]]
""",
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang pajak motor [[pl:{pl1}]] tdk bisa bayar krn nik di stnk beda dgn ktp, nik sy [[nik:{nikb1}]]. samsat suruh ke dukcapil
""",
    ),
]

# ---- wa_chat: WhatsApp exports, treasurers' and traders' groups, chats with a tax office
TEMPLATES += [
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} [[n:{n1}]]: Slmt pagi ibu, ini NPWP sy [[npwp:{npwpd1}]] utk honor narasumber kemarin
{dt2} Bendahara Dinkes: Siap bu, NPWP kantor {npwpx} nanti tertulis di bukti potong sebagai pemotong
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} [[n:{n1}]]: Bapa ibu guru, bendahara minta NPWP utk SPJ honor. Kirim di sini e
{dt2} [[n:{n2}]]: [[npwp:{npwpn2}]] (NIK sebagai NPWP)
{dt3} [[n:{n3}]]: sy blm punya npwp pak, pake nik [[nik:{nikb3}]] boleh?
{dt4} [[n:{n4}]]: [[npwp:{npwpd4}]]
""",
        M=(1,),
    ),
    T(
        "wa_chat",
        "tax_inquiry",
        """
{dt1} KPP Pratama Kupang: Yth. Wajib Pajak, batas lapor SPT Tahunan 31 Maret {thn}. Info: Kring Pajak 1500200 / informasi@pajak.go.id
{dt2} Admin Grup UMKM Oebobo: Teman2, jangan kirim NPWP ke nomor {scam} yg ngaku petugas, itu tipu-tipu
""",
    ),
    T(
        "wa_chat",
        "procurement",
        """
{dt1} [[n:{n1}]]: Kaka, NPWP CV kita {npwpx} atau NPWP pribadi beta [[npwp:{npwpn1}]] yg dipake di kontrak?
{dt2} [[n:{n2}]]: CV pung, kontrak {kontrak} atas nama CV to
""",
    ),
    T(
        "wa_chat",
        "tax_inquiry",
        """
{dt1} [[n:{g1}]]: Mama, kirim foto KK deng NIK mama untuk lapor SPT bapa
{dt2} Mama: [[kk:{kkb2}]] / [[nik:{nikb2}]] ini KK deng NIK. NPWP bapa [[npwp:{npwpd3}]]
""",
        fam={2: 3},
        F=(2,),
        M=(3,),
    ),
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} Bendahara BOS {school}: Bapa ibu, NPWP sekolah {npwpx} dan NPSN {npsn} sudah diupdate di ARKAS. Kode billing PPh 22 {bill}
{dt2} Operator: siap bu
""",
    ),
    T(
        "wa_chat",
        "tax_inquiry",
        """
{dt1} [[n:{n1}]]: Selamat siang Pak, saya mau tanya status permohonan NPWP istri saya [[n:{n2}]], NIK [[nik:{nik2}]]. Sudah 2 minggu
{dt2} Helpdesk KPP: Baik Bapak, nomor tiket Bapak {tiket}, mohon ditunggu 3 hari kerja
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "wa_chat",
        "withholding_slip",
        """
{dt1} Bendahara Pengeluaran Kec. {kec}: Rekap PPh 21 bulan {bln}: NPWP bendahara {npwpx}, NTPN {ntpn}, kode akun {kodeakun}, jumlah {rp}
{dt2} Kasubag Keuangan: Ok, upload di grup SPJ
""",
    ),
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} [[n:{n1}]]: Om, ini beta pung NPWP yang bendahara minta: [[npwp:{npwpd1}]]. Nama di NPWP [[n:{N1}]]
{dt2} [[n:{n2}]]: Oke, su masuk daftar honor panitia 17an
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "tax_inquiry",
        """
{dt1} Info RT: Ada WA dari {scam} pake logo DJP, bilang NPWP bapa mama diblokir, suru klik link. Jangan layani e. Lapor ke 1708 ato lapor.go.id, tiket {tiket}
""",
    ),
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} [[n:{n1}]]: Selamat pagi Ibu [[n:{g2}]], NPWP saya sebagai narasumber [[npwp:{npwpn1}]], rekening {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]
{dt2} [[n:{n2}]]: Terima kasih Pak, honor dipotong PPh 21 sesuai TER ya
""",
        M=(1,),
    ),
    T(
        "wa_chat",
        "cooperative_umkm",
        """
{dt1} Pengurus KSP: NPWP koperasi {npwpx}, NIB {nib}. Anggota yang mau pinjam bawa fotokopi KTP & KK
{dt2} Kasir Koperasi: Setoran lewat rek koperasi {bankrek}
""",
    ),
    T(
        "wa_chat",
        "invoice_receipt",
        """
{dt1} [[n:{n1}]]: pak ini nitku sy [[npwp:{npwpt1}]] sesuai coretax, trs nitku toko {nitkux} dipake di faktur?
{dt2} Petugas KPP: Bapak, untuk faktur pakai NITKU toko, untuk bukti potong honor pakai NITKU pribadi
""",
    ),
    T(
        "wa_chat",
        "tax_inquiry",
        """
{dt1} [[n:{n1}]]: Bapa, NPWP tua [[npwp:{npwpd2}]] a.n. bapa su dihapus ko?
{dt2} [[n:{n2}]]: Su. Sekarang pake NIK sa, [[npwp:{nikb2}]]
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "licensing",
        """
{dt1} Admin Paguyuban Pedagang: Info dari Bapenda, NPWPD usaha wajib. Pendaftaran online WA {owa} (Senin-Jumat). Surat {surat}
""",
    ),
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} [[n:{n1}]]: Ibu bendahara, kenapa honor bulan {bln} saya dipotong lebih? NPWP saya ada [[npwp:{npwpn1}]]
{dt2} [[n:{n2}]]: Maaf pak, di daftar gaji masih NPWP lama [[npwp:{npwpd1}]], belum padan
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} Bendahara Komite: Transfer iuran komite ke rek {rekb} a.n. Komite {school}. NPWP komite {npwpx}
{dt2} Ketua Kelas 7B: baik bu
""",
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
{dt1} [[n:{n1}]]: Kaka [[n:{g2}]], nomor KK beta [[kk:{kk1}]], NIK [[nik:{nik1}]]. Tolong isi di form NPWP online e
{dt2} [[n:{n2}]]: Ok, email aktivasi pake [[e:{emp1}]] ya
""",
    ),
    T(
        "wa_chat",
        "invoice_receipt",
        """
{dt1} Kasir {shop}: Faktur pajak sudah dikirim ke email bapak. NPWP toko {npwpx}
{dt2} [[n:{n1}]]: Tapi NPWP pembeli salah, harusnya NPWP sy [[npwp:{npwpd1}]] bukan NPWP kantor
""",
    ),
    T(
        "wa_chat",
        "cooperative_umkm",
        """
{dt1} [[n:{n1}]]: Pagi Pak RT, ini data untuk bantuan UMKM: NIK [[nik:{nik1}]], NPWP [[npwp:{npwpd1}]], HP [[p:{hp1}]]
{dt2} Pak RT: Trims, nanti sa teruskan ke kelurahan
""",
    ),
    T(
        "wa_chat",
        "withholding_slip",
        """
{dt1} Grup Bendahara OPD: Reminder, SPT Masa PPh 21 {bln} paling lambat tgl 20. NPWP Setda {npwpx}, NITKU {nitkux}
""",
    ),
    T(
        "wa_chat",
        "invoice_receipt",
        """
{dt1} [[n:{n1}]]: Pak, sa pung usaha perorangan. NPWP pribadi sy [[npwp:{npwpn1}]] pake untuk faktur bisa?
{dt2} Petugas KPP: Bisa Bapak, sebagai PKP orang pribadi. NITKU Bapak [[npwp:{npwpt1}]]
""",
        M=(1,),
    ),
]

# ---- kupang_malay: messages to 1708 and LAPOR! in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Selamat sore. Beta [[n:{n1}]] dari {kel}. Beta pung NPWP lama [[npwp:{npwpd1}]] sonde bisa dipake di Coretax, ma dong bilang sekarang pake NIK sa, [[npwp:{nikb1}]]. Bagaimana ni?
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Pak, beta jual kue di rumah, [[a:{ad1}]]. Petugas pajak datang minta NPWP usaha, ma beta sonde punya CV. Beta pung NIK [[nik:{nik1}]] sa. Boleh ko?
""",
    ),
    T(
        "kupang_malay",
        "licensing",
        """
Lapor e, depot air di {jlno} tu jual air kuning. Dong pung NPWP tertempel di dinding {npwpx}, izin {siup}. Beta su telpon {otel} sonde angkat.
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Bapa [[n:{g1}]] pung NPWP [[npwp:{npwpd1}]] masih aktif, padahal dia su meninggal {thn} lalu. Beta anak, [[n:{n2}]], mau urus hapus. Beta pung HP [[p:{hp2}]]
""",
        fam={2: 1},
        E=(1,),
    ),
    T(
        "kupang_malay",
        "payroll_honor",
        """
Beta guru honor di {school}. Bendahara minta beta pung NPWP. Ini [[npwp:{npwpn1}]], sama deng NIK. Ma honor 3 bulan belum masuk rekening {bank1} [[b:{rek1}]].
""",
    ),
    T(
        "kupang_malay",
        "procurement",
        """
Itu CV yang kerja got di {kel} sonde selesai. Papan proyek tulis {cv}, NPWP {npwpx}, nilai kontrak {rpb}, nomor kontrak {kontrak}. Su lewat 2 bulan.
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Kaka, beta pung mama [[n:{n1}]] jual sayur di Pasar Inpres. Dong tagih pajak, minta NPWP. Mama pung NIK [[nik:{nik1}]], KK [[kk:{kk1}]]. Mama sonde punya NPWP.
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Ada orang telpon pake nomor {scam}, ngaku dari kantor pajak, bilang beta pung NPWP kena denda {rp}, suru transfer. Itu tipu-tipu to?
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Beta [[n:{n1}]], ojek pangkalan. Beta pung NPWP dolo [[npwp:{npwps1}]]. Sekarang dong bilang NPWP sama deng NIK, [[npwp:{nikb1}]]. Jadi kartu lama buang sa ko?
""",
    ),
    T(
        "kupang_malay",
        "procurement",
        """
Beta ikut tender di {office}, perusahaan pake {cv} NPWP {npwpx}. Ma beta sebagai direktur diminta NPWP pribadi juga, beta kasi [[npwp:{npwpd1}]]. Kenapa pokja tolak?
""",
    ),
    T(
        "kupang_malay",
        "cooperative_umkm",
        """
Sa mau tanya, NPWP koperasi ikan di {kel} tu {npwpx} ko? Ketua koperasi bilang NIB {nib}. Sa mau masuk jadi anggota ma takut tipu.
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Om [[n:{g1}]] punya kios di samping rumah. Dia bilang NPWP dia [[npwp:{npwpn1}]] dipake orang lain buat pinjol. Om pung HP [[p:{hp1}]]. Tolong bantu.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Beta pung KK [[kk:{kk1}]] masih ada nama beta pung maitua [[n:{n2}]] yang su meninggal. Kantor pajak minta KK baru untuk hapus NPWP dia [[npwp:{npwpd2}]].
""",
        fam={2: 1},
        E=(2,),
    ),
    T(
        "kupang_malay",
        "invoice_receipt",
        """
Dong bilang lapor lewat WA {owa} atau SMS 1708. Beta su kirim foto kwitansi {inv} dari {shop}, sonde ada balasan sampe sekarang.
""",
    ),
    T(
        "kupang_malay",
        "licensing",
        """
Tanta [[n:{g1}]] jual se'i di Oesapa, NPWP usaha perorangan dia [[npwp:{npwpd1}]]. Petugas Bapenda bilang harus daftar NPWPD lagi. Dua kali bayar ko?
""",
    ),
    T(
        "kupang_malay",
        "licensing",
        """
Sore pak, itu retribusi sampah RT dong tagih {rp} per bulan, kwitansi nomor {inv}. Sonde jelas uang masuk ke mana.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Beta [[n:{n1}]], [[a:{rt1}]] {kel}. Beta pung NIK [[nik:{nik1}]] dipake orang daftar NPWP usaha {cv}. Beta sonde tau itu CV.
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Ade [[n:{g2}]] minta beta pung NPWP untuk lamar kerja di {pt}. Beta kasi [[npwp:{npwpd1}]]. Ma dia pake untuk daftar pinjol. Beta [[n:{n1}]].
""",
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Beta su datang ke KPP di {jlno} tanggal {tgl}, antri dari jam 7 sampe {jam}, nomor antrian {num}, petugas bilang sistem down. Cape e.
""",
    ),
    T(
        "kupang_malay",
        "payroll_honor",
        """
Bapa mama, beta [[n:{n1}]] bendahara gereja. NPWP Majelis Jemaat {npwpx}, ma honor pendeta [[n:{n2}]] pake NPWP dia pribadi [[npwp:{npwpn2}]]. Betul ko?
""",
    ),
    T(
        "kupang_malay",
        "licensing",
        """
Beta pung ipar [[n:{n1}]] buka bengkel las di dia pung rumah, [[a:{ad1}]]. Dia pung NPWP [[npwp:{npwpd1}]], HP [[p:{hp1}]]. Petugas DPMPTSP bilang harus ada NIB dolo.
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Beta ada dapat surat tagihan PBB, NOP {nop}, padahal tanah tu su jual ke {pt} tahun {thn}. Billing {bill}. Sapa yang bayar ni?
""",
    ),
]

# ---- treasurer_email: e-mails of treasurers, providers and staff
TEMPLATES += [
    T(
        "treasurer_email",
        "payroll_honor",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Bendahara Dinas PUPR <bendahara.pupr.kupang@gmail.com>
Subject: NPWP untuk honor tim teknis

Ibu bendahara, bersama ini saya kirim NPWP saya [[npwp:{npwpd1}]] untuk honor tim teknis bulan {bln}. Rekening {bank1} [[b:{rek1}]].
Salam,
[[n:{n1}]]
""",
    ),
    T(
        "treasurer_email",
        "withholding_slip",
        """
From: Bendahara Pengeluaran BPKAD <bpkad.bendahara@kupangkota.go.id>
To: guru-honor-kupang@googlegroups.com
Subject: Bukti Potong PPh 21 {bln} {thn}

Yth. Bapak/Ibu,
Bukti potong nomor {bupot} dan seterusnya sudah dapat diunduh di Coretax. NPWP pemotong {npwpx}, NITKU {nitkux}.
Hormat kami,
Bendahara Pengeluaran
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
To: Sekretariat Panitia <panitia.hutkota.kupang@gmail.com>
Subject: Kelengkapan honor juri

Terlampir NPWP [[npwp:{npwpn1}]] dan foto KTP saya untuk pembayaran honor juri lomba. Terima kasih.
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
Subject: Rekap NPWP guru honor {school} (diminta bendahara)

1. [[n:{n1}]] — [[npwp:{npwpn1}]]
2. [[n:{n2}]] — [[npwp:{npwps2}]]
3. [[n:{n3}]] — belum punya, NIK [[nik:{nik3}]]
4. [[n:{n4}]] — [[npwp:{npwpz4}]]

Salam, [[n:{g5}]] (operator)
""",
    ),
    T(
        "treasurer_email",
        "procurement",
        """
From: Pokja Pemilihan UKPBJ <ukpbj@kupangkota.go.id>
Subject: Pengumuman Pemenang Tender {tender}

Pemenang: {cv}, NPWP {npwpx}, alamat {jlno}, harga terkoreksi {rpb}. Masa sanggah 5 hari kalender sejak {tgl}.
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
From: [[n:{n1}]] <[[e:{emk1}]]>
Subject: Perbaikan NPWP di daftar gaji

Pak, di daftar gaji bulan {bln} NPWP saya masih yang lama [[npwp:{npwpd1}]]. Mohon diperbaiki ke NIK [[npwp:{nikb1}]]. NIP {nip}.
Terima kasih,
[[n:{n1}]]
""",
    ),
    T(
        "treasurer_email",
        "withholding_slip",
        """
From: noreply@pajak.go.id
Subject: Bukti Penerimaan Elektronik

NPWP: {npwpmask}
NTPN: {ntpn}
Kode Billing: {bill}
Jumlah: {rp}
""",
    ),
    T(
        "treasurer_email",
        "procurement",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Keuangan Dinas Kesehatan <keuangan.dinkeskpg@gmail.com>

Pak, untuk termin 2 kontrak {kontrak} NPWP yang dipakai NPWP perusahaan saya {npwpx} ({cv}), bukan NPWP pribadi [[npwp:{npwpd1}]]. Pembayaran ke rekening perusahaan {rekb}.
""",
    ),
    T(
        "treasurer_email",
        "civil_registry",
        """
Ini punya sy:
[[nik:{nikb2}]]
[[kk:{kkb2}]]
[[n:{g2}]]

Pada {tgl}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Mohon kirim NIK lalu No. KK untuk data penerima insentif guru sekolah minggu
""",
    ),
    T(
        "treasurer_email",
        "invoice_receipt",
        """
From: Tata Usaha {school} <tu.sekolah.kupang@gmail.com>
Subject: Permintaan NPWP penyedia

Yth. {shop}, mohon kirim NPWP toko dan nomor rekening toko untuk pembayaran nota {inv}. Kontak TU {otel}.
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
Subject: NPWP istri untuk tunjangan

Ibu, NPWP istri saya [[n:{n2}]] adalah [[npwp:{npwpd2}]], NIK [[nik:{nik2}]]. Mohon dimasukkan ke data tunjangan keluarga. Email saya yang aktif [[e:{emx1}]].
[[n:{n1}]]
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "treasurer_email",
        "invoice_receipt",
        """
Subject: Faktur {faktur}

Dari: {pt}
NPWP: {npwpx}
NITKU: {nitkux}
Kepada: {office}
NPWP: {npwpx2}
DPP: {rpb}
""",
    ),
    T(
        "treasurer_email",
        "withholding_slip",
        """
To: [[n:{n1}]] <[[e:{emp1}]]>
From: Bendahara Pengeluaran <bendahara.keuangan.kpg@gmail.com>

Bapak [[n:{n1}]], NPWP Bapak [[npwp:{npwpd1}]] tidak ditemukan saat validasi bukti potong. Apakah sudah dipadankan dengan NIK [[nik:{nik1}]]?
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
Subject: Honor pengawas lapangan

Berikut data saya: Nama [[n:{n1}]], NIK [[nik:{nikb1}]], NPWP [[npwp:{npwpd1}]], HP [[p:{hp1}]], rek {bank1} [[b:{rek1}]].
""",
    ),
    T(
        "treasurer_email",
        "tax_inquiry",
        """
From: Kring Pajak <informasi@pajak.go.id>
Subject: Pemadanan NIK sebagai NPWP

Contoh format lama: {spec}. Wajib Pajak orang pribadi menggunakan NIK, contoh 5371XXXXXXXXXXXX. Nomor tiket Anda {tiket}.
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Re: Daftar honorarium panitia Natal

Bu, untuk NPWP saya pakai NITKU [[npwp:{npwpt1}]] sesuai Coretax. NPWP panitia tidak ada, pakai NPWP Majelis Jemaat {npwpx}.
""",
    ),
    T(
        "treasurer_email",
        "withholding_slip",
        """
Subject: SSP PPh Pasal 4 ayat 2 sewa ruko

Penyewa: {cv} NPWP {npwpx}
Pemilik ruko: {pt} NPWP {npwpx2}
Kode billing {bill}, NTPN {ntpn}.
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
Subject: Data penerima honor narasumber

Nama: [[n:{n1}]]
Jabatan: dosen Undana
NPWP narasumber: [[npwp:{npwpd1}]]
Rekening: [[b:{rek1}]] ({bank1})
Email: [[e:{emp1}]]
""",
    ),
    T(
        "treasurer_email",
        "withholding_slip",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>

Saya pemilik usaha katering perorangan. NPWP usaha perorangan saya [[npwp:{npwpd1}]], beda dengan NPWP katering lama {npwpx} yang atas nama {cv}. Mohon bukti potong pakai yang pertama.
""",
    ),
    T(
        "treasurer_email",
        "procurement",
        """
From: Bagian Umum Setda <umum.setda@kupangkota.go.id>
Subject: Pengadaan ATK

{shop}, NPWP {npwpx}, nomor SPK {kontrak}, pembayaran via rek {rekb}. Telp kantor {otel}.
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
Subject: Re: Pemotongan PPh honor komite

> Bapak, NPWP komite {npwpx} tidak dapat dipakai untuk honor pribadi. Mohon kirim NPWP Bapak sendiri.

Ini NPWP saya [[npwp:{npwpk1}]]
- [[n:{n1}]]
""",
        M=(1,),
    ),
    T(
        "treasurer_email",
        "tax_inquiry",
        """
Subject: Surat keterangan bebas PPh (diteruskan dari PDF)

Nama WP: [[n:{N1}]]
NPWP: [[npwp:{npwpo1}]]
Alamat: [[a:{adr1}]], Kel. {kel}
Email: [[e:{emn1}]]
""",
    ),
]

# ---- ocr_tax_doc: scanned withholding slips, NPWP cards, letters of the tax office
TEMPLATES += [
    T(
        "ocr_tax_doc",
        "withholding_slip",
        """
BUKTI PEMOTONGAN PPh PASAL 21 BAGI BUKAN PEGAWAI
NOMOR : {bupot}
A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP : [[npwp:{npwpn1}]]
A.2 NIK : [[nik:{nikb1}]]
A.3 Nama : [[n:{N1}]]
A.4 Alamat : [[a:{AD1}]]
B. PENGHASILAN BRUTO {rp}
C. IDENTITAS PEMOTONG
C.1 NPWP : {npwpx}
C.2 Nama : BENDAHARA {OFFICE}
C.3 Tanggal : {tgl}
""",
    ),
    T(
        "ocr_tax_doc",
        "tax_inquiry",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpo1}]]
[[n:{No1}]]
NIK : [[nik:{niko1}]]
[[a:{ADR1}]]
KEL. {KEL} KEC. {KEC}
KPP PRATAMA KUPANG
Tanggal Terdaftar {tgl}
""",
    ),
    T(
        "ocr_tax_doc",
        "tax_inquiry",
        """
SPESIMEN KARTU NPWP
NPWP : {spec}
NAMA : NAMA WAJIB PAJAK
NIK : 5371XXXXXXXXXXXX
KPP PRATAMA KUPANG {otel}
""",
    ),
    T(
        "ocr_tax_doc",
        "licensing",
        """
NPWP : {npwpx}
{CV}
{JLNO}
KUPANG
NITKU {nitkux}
TGL TERDAFTAR {tgl}
""",
    ),
    T(
        "ocr_tax_doc",
        "tax_inquiry",
        """
SURAT KETERANGAN TERDAFTAR
Nomor : {surat}
Nama Wajib Pajak : [[n:{N1}]]
NPWP : [[npwp:{npwpn1}]]
NITKU : [[npwp:{npwpt1}]]
NPWP 15 digit : [[npwp:{npwpl1}]]
Alamat : [[a:{ADR1}]]
KLU : 47111 - Perdagangan eceran
""",
    ),
    T(
        "ocr_tax_doc",
        "withholding_slip",
        """
BUKTI PEMOTONGAN PPh PASAL 23
Nomor : {bupot}
Identitas Wajib Pajak yang Dipotong:
NPWP : {npwpx}
Nama : {CV}
Identitas Pemotong:
NPWP : {npwpx2}
Nama : BENDAHARA {OFFICE}
Nomor Dokumen : {inv}
PPh dipotong : {rp}
""",
    ),
    T(
        "ocr_tax_doc",
        "withholding_slip",
        """
BUKTI POTONG PPh 21 TIDAK FINAL
A.1 NPWP : [[npwp:{npwpo1}]]
A.2 Nama : [[n:{Ns1}]]
Penghasilan {rp}  PPh {rp2}
C.1 NPWP Pemotong : {npwpx}
C.2 Nama Penandatangan : [[n:{N2}]]
NIP {nip}
""",
    ),
    T(
        "ocr_tax_doc",
        "tax_inquiry",
        """
KEMENTERIAN KEUANGAN RI
KPP PRATAMA KUPANG
{jlno} Telp {otel}
Nomor : {surat}
Hal : Imbauan penyampaian SPT Tahunan
Yth. Sdr. [[n:{N1}]]
NPWP [[npwp:{npwpd1}]]
[[a:{ADR1}]]
Kel. {kel}
""",
    ),
    T(
        "ocr_tax_doc",
        "civil_registry",
        """
Lampiran permohonan NPWP
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{niko1}]]
Nama : [[n:{No1}]]
Tempat/Tgl Lahir : {tl1}
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {KEL}
""",
    ),
    T(
        "ocr_tax_doc",
        "civil_registry",
        """
KARTU KELUARGA
No. [[kk:{kko1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD1}]]
1 [[n:{N1}]] [[nik:{nikb1}]] KEPALA KELUARGA
2 [[n:{N2}]] [[nik:{nikb2}]] ISTRI
(dilampirkan untuk pendaftaran NPWP istri)
""",
        fam={2: 1},
        F=(2,),
        M=(1,),
    ),
    T(
        "ocr_tax_doc",
        "licensing",
        """
SSPD BPHTB
NOP : {nop}
Nama WP : {PT}
NPWP : {npwpx}
Kode Bayar : {bill}
Jumlah : {rpb}
""",
    ),
    T(
        "ocr_tax_doc",
        "withholding_slip",
        """
A.1 NPWP : [[npwp:{npwpl1}]]
A.2 NIK : [[nik:{nikn1}]]
A.3 Nama : [[n:{Nn1}]]
Masa Pajak {bln} {thn}
Nomor Bukti Potong {bupot}
""",
    ),
    T(
        "ocr_tax_doc",
        "withholding_slip",
        """
NPWP : [[npwp:{npwpd1}]]
Nama WP : [[n:{N1}]]
Kantor : {OFFICE}
Masa : {bln} {thn}  PPh 21 : {rp}
""",
    ),
    T(
        "ocr_tax_doc",
        "cooperative_umkm",
        """
NPWP : {npwpx}
Nama WP : {KOP}
{JLNO}
NIB {nib}
""",
    ),
    T(
        "ocr_tax_doc",
        "tax_inquiry",
        """
FORMULIR 1770 S
NPWP : [[npwp:{npwpn1}]]
Nama Wajib Pajak : [[n:{N1}]]
Pekerjaan : GURU
No. Telp/HP : [[p:{hp1}]]
NPWP Pemberi Kerja : {npwpx}
Nama Pemberi Kerja : {SCHOOL}
""",
    ),
    T(
        "ocr_tax_doc",
        "invoice_receipt",
        """
SPT MASA PPN
NPWP PKP : {npwpx}
Nama PKP : {PT}
NITKU : {nitkux}
Masa Pajak {bln} {thn}
No. Faktur {faktur}
""",
    ),
    T(
        "ocr_tax_doc",
        "cooperative_umkm",
        """
SURAT PERNYATAAN PEREDARAN BRUTO
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]] (NIK sebagai NPWP)
Nama Usaha : KIOS BERKAT
Alamat Usaha : {JLNO}
Omzet tahun {thn} : {rpb}
""",
    ),
    T(
        "ocr_tax_doc",
        "procurement",
        """
SURAT KETERANGAN FISKAL
Nomor : {surat}
Nama WP : {CV}
NPWP : {npwpx}
Berlaku s.d. {tgl}
""",
    ),
    T(
        "ocr_tax_doc",
        "payroll_honor",
        """
KWITANSI HONOR
Telah terima dari : Bendahara {OFFICE}
Uang sejumlah : {rp}
Nama : [[n:{N1}]]
NPWP : [[npwp:{npwpo1}]]
NIP : {nip}
Kupang, {tgl}
Penerima
[[n:{N1}]]
""",
    ),
    T(
        "ocr_tax_doc",
        "withholding_slip",
        """
BUKTI POTONG PPh 21 (SALINAN UNTUK ARSIP)
NPWP : {npwpmask}
NIK : {nikmask}
Nama : ********
Nomor : {bupot}
""",
    ),
    T(
        "ocr_tax_doc",
        "tax_inquiry",
        """
PERMOHONAN PEMINDAHBUKUAN
Nama : [[n:{N1}]]
NPWP : [[npwp:{npwpd1}]]
NTPN : {ntpn}
Kode Billing : {bill}
Rekening : [[b:{rek1}]] {BANK1}
""",
    ),
    T(
        "ocr_tax_doc",
        "licensing",
        """
SURAT KETERANGAN DOMISILI USAHA
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Alamat : [[a:{ADR1}]]
Nama Usaha : {SHOP}
Alamat Usaha : {JLNO}
NPWP Usaha : {npwpx}
""",
    ),
]

# ---- receipt_invoice: shops', depots', contractors' and CVs' receipts and invoices, as printed or scanned
TEMPLATES += [
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
T0KO BANGUNAN HARAPAN OEBA
{JLNO} Telp {otel}
NPWP : {npwpx}
No. {inv}   {tgl}
Semen 40kg x 10   {rp}
TOTAL   {rp2}
Kasir : 02
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
{SHOP}
NPWP {npwpx}
Nota {inv}
Pembeli : [[n:{N1}]]
NPWP Pembeli : [[npwp:{npwpn1}]]
Total {rp}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak : {faktur}
Pengusaha Kena Pajak
Nama : {PT}
NPWP : {npwpx}
Pembeli Barang Kena Pajak
Nama : [[n:{N1}]]
NPWP : [[npwp:{npwpn1}]]
Alamat : [[a:{AD1}]]
""",
    ),
    T(
        "receipt_invoice",
        "procurement",
        """
INVOICE {inv}
Dari : {cv}
NPWP : {npwpx}
Kepada : {office}
NPWP : {npwpx2}
Pekerjaan : Rehab drainase, SPK {kontrak}
Total : {rpb}
Transfer ke rekening giro {cv} {bankrek}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
DEPOT AIR TIRTA NAIMATA
NPWP: {npwpx}
Tgl {tgl}
Terima dari: [[n:{n1}]]
Galon isi ulang 5x {rpk}
HP pelanggan: [[p:{hp1}]]
""",
    ),
    T(
        "receipt_invoice",
        "payroll_honor",
        """
KWITANSI
No : {inv}
Sudah terima dari : Bendahara {SCHOOL}
Uang sebanyak : {rp}
Untuk pembayaran : jasa tukang perbaikan atap kelas
Yang menerima : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpz1}]]
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
MINIMARKET SURYA FONTEIN
NPWP : {npwpx}
{JLNO}
No.Struk {inv}
Member : ****{num}
TOTAL {rpk}
Tunai {rpk2}
Kritik & saran: WA {owa}
""",
    ),
    T(
        "receipt_invoice",
        "cooperative_umkm",
        """
{KOP}
NPWP {npwpx}
BUKTI SETORAN
No. Anggota {num}-{thn}
Setoran pokok {rp}
Rek koperasi {bankrek}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
APOTEK FARMA OEPURA
NPWP {npwpx}
Resep dr. [[n:{n1}]]
NPWP dokter : [[npwp:{npwpd1}]]
Pasien : [[n:{n2}]]
Total {rpk}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
KATERING DAPUR SASANDO
Pemilik : [[n:{n1}]] (usaha perorangan)
NPWP pribadi pemilik : [[npwp:{npwpn1}]]
HP : [[p:{hp1}]]
Kepada : {office}
Nasi kotak 120 x {rp}
""",
    ),
    T(
        "receipt_invoice",
        "withholding_slip",
        """
BUKTI PEMBAYARAN PAJAK
Kode Billing : {bill}
NPWP : {npwpmask}
Nama : ***
NTPN : {ntpn}
Jumlah : {rp}
Tgl Bayar : {tgl}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
NOTA PEMBELIAN MATERIAL
{UD}
NPWP : {npwpx}
Pembeli : [[n:{Ns1}]]
NPWP/NIK : [[npwp:{npwpo1}]]
Total {rpk}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
BENGKEL JAYA MOTOR KOLHUA
NPWP bengkel {npwpx}
Servis motor Nopol [[pl:{pl1}]]
Pelanggan : [[n:{n1}]]
Ganti oli + kampas {rpk}
""",
    ),
    T(
        "receipt_invoice",
        "procurement",
        """
SEWA ALAT BERAT
{PT}
NPWP {npwpx}
Invoice {inv}
Kepada : {cv}
NPWP {npwpx2}
Excavator 3 hari {rpb}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
PERCETAKAN CAHAYA LILIBA
Order undangan nikah a.n. [[n:{n1}]] & [[n:{n2}]]
HP pemesan [[p:{hp1}]]
DP {rp}
NPWP {npwpx}
""",
    ),
    T(
        "receipt_invoice",
        "payroll_honor",
        """
TANDA TERIMA HONORARIUM
Kegiatan : Sosialisasi Coretax bagi bendahara desa
Nama : [[n:{n1}]]
NPWP : [[npwp:{npwpn1}]]
Bruto {rp}  PPh 21 {rp2}
TTD
[[n:{n1}]]
""",
    ),
    T(
        "receipt_invoice",
        "licensing",
        """
KARCIS RETRIBUSI PASAR
Seri {inv}
NPWPD Pengelola {npwpx}
Tarif Rp 5.000
Tgl {tgl}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
{UD}
NPWP : {npwpx}
Telp/WA {owa}
No {inv}
Kepada Yth. Bpk [[n:{N1}]]
Alamat kirim : [[a:{AD1}]]
Total {rp}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
STRUK PEMBELIAN LISTRIK PRABAYAR
No Meter {kwh}
IDPEL {idpel}
Nama : ***
Rp Bayar {rp}
Kode Ref {bill}
""",
    ),
    T(
        "receipt_invoice",
        "withholding_slip",
        """
KWITANSI SEWA KIOS
Terima dari : [[n:{n1}]]
Untuk : sewa kios 1 tahun
Pemilik kios : [[n:{n2}]], NPWP [[npwp:{npwpd2}]]
PPh 4(2) disetor kode billing {bill}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
NOTA - TOKO ATK PENA EMAS
NPWP : {npwpx}
Pembeli : Bendahara {SCHOOL}
NPWP Bendahara : {npwpx2}
Total {rpk}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
TOKO ELEKTRONIK SURYA FONTEIN
Kredit HP Samsung A15
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
No. HP : [[p:{hp1}]]
Angsuran {rp} x 6
""",
    ),
]

# ---- payroll_list: payrolls and honorarium lists of schools, churches, offices and villages
TEMPLATES += [
    T(
        "payroll_list",
        "payroll_honor",
        """
DAFTAR PEMBAYARAN HONOR GURU TIDAK TETAP {SCHOOL}
Bulan {bln} {thn}
No | Nama | NPWP | Bruto | Rekening
1 | [[n:{N1}]] | [[npwp:{npwpn1}]] | {rp} | [[b:{rek1}]]
2 | [[n:{N2}]] | [[npwp:{npwpd2}]] | {rp2} | [[b:{rek2}]]
3 | [[n:{N3}]] | - | {rp3} | [[b:{rek3}]]
Bendahara, [[n:{n4}]] NIP {nip}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
REKAP PPh 21 {OFFICE}
Masa {bln} {thn}
Jumlah pegawai : {num}
Total bruto : {rpb}
PPh dipotong : {rp}
NPWP bendahara : {npwpx}
NTPN : {ntpn}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
DAFTAR HONOR PANITIA NATAL {CHURCH}
Nama;Jabatan;NPWP/NIK;Jumlah
[[n:{n1}]];Ketua;[[npwp:{npwpn1}]];{rp}
[[n:{n2}]];Sekretaris;[[npwp:{npwpd2}]];{rp2}
[[n:{n3}]];Bendahara;[[npwp:{npwpn3}]];{rp3}
NPWP Majelis Jemaat: {npwpx}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Rekap NPWP tenaga kontrak {office} (diminta bendahara)
[[n:{n1}]] — [[npwp:{npwpn1}]]
[[n:{n2}]] — [[npwp:{npwps2}]]
[[n:{n3}]] — [[npwp:{npwpz3}]]
[[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
DAFTAR GAJI PPPK {OFFICE}
Jumlah : {num} orang
Gaji pokok total {rpb}
Potongan BPJS {rp}
Rekening penampung Bank NTT {rekntt}
Kode akun {kodeakun}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
HONOR KADER POSYANDU KEL. {KEL}
No Nama NIK No. Rek
1 [[n:{N1}]] [[nik:{nikb1}]] [[b:{rek1}]]
2 [[n:{N2}]] [[nik:{nikb2}]] [[b:{rek2}]]
3 [[n:{N3}]] [[nik:{nikb3}]] [[b:{rek3}]]
NPWP Kelurahan {npwpx}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
DAFTAR PENERIMA HONOR NARASUMBER
Kegiatan: Bimtek Coretax Bendahara Sekolah
1. [[n:{n1}]], NPWP [[npwp:{npwpd1}]], {rp}
2. [[n:{n2}]], NPWP [[npwp:{npwpn2}]], {rp2}
Mengetahui, PPK
[[n:{n3}]]
NIP {nip}
""",
    ),
    T(
        "payroll_list",
        "withholding_slip",
        """
LAPORAN SPT MASA PPh 21
NPWP Pemotong : {npwpx}
NITKU : {nitkux}
Nama : BENDAHARA {OFFICE}
Masa : {bln}
Jumlah penerima : {num}
PPh : {rp}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
{SCHOOL} — NPSN {npsn}
Honor tenaga kebersihan (dana BOS)
Nama | NIK | NPWP | Honor
[[n:{n1}]] | [[nik:{nikb1}]] | belum punya | {rp}
[[n:{n2}]] | [[nik:{nikb2}]] | [[npwp:{npwpd2}]] | {rp2}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Pengumuman: Guru honor yang belum menyerahkan NPWP, PPh 21 dipotong lebih tinggi 20%. Kirim ke TU {school} paling lambat {tgl}. Kontak TU {otel}.
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
DAFTAR PENERIMAAN TUNJANGAN PELAYAN {CHURCH}
Pdt. [[n:{n1}]], S.Th — NPWP [[npwp:{npwpn1}]]
Vikaris [[n:{n2}]] — NPWP [[npwp:{npwpz2}]]
Koster [[n:{n3}]] — NPWP belum ada (pakai NIK [[nik:{nikb3}]])
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Perhitungan PPh 21 TER: bruto {rp} x tarif 1,5% = {rp2}. Format NPWP orang pribadi yang lama, contoh {spec}, diganti NIK mulai {thn}.
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Daftar lembur pegawai {office} bulan {bln}
- [[n:{n1}]] (NIP {nip}) NPWP [[npwp:{npwpn1}]], {num} jam
- [[n:{n2}]] (NIP {nip2}) NPWP [[npwp:{npwpn2}]], {num2} jam
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
No\tNama Penerima\tNIK\tNo. KK\tBank\tNo Rek
1\t[[n:{n1}]]\t[[nik:{nikb1}]]\t[[kk:{kkb1}]]\t{bank1}\t[[b:{rek1}]]
2\t[[n:{n2}]]\t[[nik:{nikb2}]]\t[[kk:{kkb2}]]\t{bank2}\t[[b:{rek2}]]
(insentif ketua RT/RW Kel. {kel})
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Rekap insentif ketua RT/RW Kel. {kel}: RT 01 s/d RT {num}, masing-masing {rp}. Dibayar lewat rekening kas kelurahan {rekntt}. NPWP kelurahan {npwpx}.
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Jasa pelayanan {pusk} bulan {bln}
dr. [[n:{n1}]] — NPWP dokter [[npwp:{npwpd1}]] — {rp}
bidan [[n:{n2}]] — NPWP [[npwp:{npwpn2}]] — {rp2}
NPWP puskesmas {npwpx}
""",
    ),
    T(
        "payroll_list",
        "withholding_slip",
        """
Surat Edaran {surat}: Bendahara OPD wajib memotong PPh 21 honorarium dan menyetor paling lambat tanggal 10 dengan kode akun {kodeakun}. NPWP BPKAD {npwpx}.
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
DAFTAR HONOR TIM PENILAI PBG
Nama / NPWP / Rek
[[n:{n1}]] / [[npwp:{npwpk1}]] / {bank1} [[b:{rek1}]]
[[n:{n2}]] / [[npwp:{npwpd2}]] / {bank2} [[b:{rek2}]]
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
LPJ BOS {SCHOOL} Triwulan {num}: belanja honor {rpb}, PPh 21 {rp}, PPh 22 {rp2}, NPWP sekolah {npwpx}, NPSN {npsn}.
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Uang transport pendamping pajak desa
[[n:{n1}]] | NITKU [[npwp:{npwpt1}]] | {rp}
[[n:{n2}]] | NITKU [[npwp:{npwpt2}]] | {rp2}
Pembayar: {bumdes}, NITKU {nitkux}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
DAFTAR PENGHASILAN TETAP PERANGKAT DESA BAUMATA
Kepala Desa [[n:{n1}]], NPWP kepala desa [[npwp:{npwpd1}]]
Sekdes [[n:{n2}]], NPWP [[npwp:{npwpn2}]]
NPWP desa {npwpx}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
SLIP GAJI
Nama : [[n:{n1}]]
NIP : {nip}
NPWP : [[npwp:{npwpn1}]]
Gaji pokok {rp}
Potongan PPh {rp2}
Rek. gaji [[b:{rek1}]] {bank1}
""",
    ),
]

# ---- coop_register: cooperatives' and UMKM registers
TEMPLATES += [
    T(
        "coop_register",
        "cooperative_umkm",
        """
DAFTAR ANGGOTA {KOP}
NPWP Koperasi: {npwpx} | NIB: {nib}
No | Nama Anggota | NIK | NPWP | Simpanan Pokok
1 | [[n:{N1}]] | [[nik:{nikb1}]] | [[npwp:{npwpd1}]] | {rp}
2 | [[n:{N2}]] | [[nik:{nikb2}]] | - | {rp}
3 | [[n:{N3}]] | [[nik:{nikb3}]] | [[npwp:{npwpn3}]] | {rp}
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
REKAP UMKM BINAAN KEL. {KEL}
Nama Usaha | Bidang | NIB | NPWP Badan
{cv} | konstruksi | {nib} | {npwpx}
{ud} | bahan bangunan | {nib2} | {npwpx2}
{kop} | simpan pinjam | {nib3} | {npwpx3}
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Nama Pelaku Usaha : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]]
Nama Usaha : Kios Berkat Jaya
Alamat Usaha : [[a:{AD1}]] (RUMAH SENDIRI)
No. HP : [[p:{hp1}]]
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
1. Nama Pelaku Usaha : {KOP}
2. NPWP : {npwpx}
3. NIB : {nib}
4. Alamat : {JLNO}
5. Penanggung jawab : [[n:{N1}]], NIK [[nik:{nik1}]]
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Data Koperasi Aktif Kota Kupang {thn}
{kop};NPWP {npwpx};Badan Hukum {surat}
{kop2};NPWP {npwpx2};Badan Hukum {surat2}
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
No,Nama Usaha,Pemilik,NIK Pemilik,NPWP,HP Pemilik
1,Warung Se'i Lopo,[[n:{n1}]],[[nik:{nikb1}]],[[npwp:{npwpn1}]],[[p:{hpb1}]]
2,{cv},(badan usaha),-,{npwpx},{owa}
3,Jahit Permata,[[n:{n2}]],[[nik:{nikb2}]],belum ada,[[p:{hpb2}]]
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
PERMOHONAN PINJAMAN {KOP}
Nama Peminjam : [[n:{N1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
NPWP : [[npwp:{npwpd1}]]
Alamat : [[a:{ADR1}]]
Nama Pasangan : [[n:{N2}]]
Plafon {rp}
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
SHU {kop} tahun buku {thn}: total {rpb}, dibagi ke {num} anggota. Rekening koperasi {bankrek}, NPWP {npwpx}.
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Anggota baru bulan {bln}:
- [[n:{n1}]] (NIK [[nik:{nikb1}]]), NPWP [[npwp:{npwpd1}]]
- [[n:{n2}]] (NIK [[nik:{nikb2}]]), NPWP sama dengan NIK
- [[n:{n3}]] (NIK [[nik:{nikb3}]])
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Koperasi Nelayan Teluk Baru — daftar pemilik perahu
Nama | Nama Perahu | No. Pas Kecil | NIK
[[n:{n1}]] | KM Kasih Setia | {num}/PK/{thn} | [[nik:{nikb1}]]
[[n:{n2}]] | KM Bintang Laut | {num2}/PK/{thn} | [[nik:{nikb2}]]
""",
    ),
    T(
        "coop_register",
        "licensing",
        """
Verifikasi NIB UMKM: NIB {nib} terbit {tgl}, KBLI 10792, NPWP terhubung {npwpmask}, status menunggu. Pertanyaan: WA {owa}.
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
FORM PENDATAAN UMKM KOTA KUPANG
Nama Pemilik Usaha : [[n:{N1}]]
NIK/NPWP : [[nik:{nikb1}]]
NPWP Badan : -
Jenis usaha : tenun ikat
Alamat : [[a:{ADR1}]]
Email : [[e:{emp1}]]
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
NPWP Badan : {npwpx}
NPWP Pemohon : [[npwp:{npwpn1}]]
Nama Pemohon : [[n:{N1}]]
Jabatan : Ketua {KOP}
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Daftar BUMDes penerima penyertaan modal: {bumdes} NPWP {npwpx} rek {rekntt}; {bumdes2} NPWP {npwpx2} rek {rekntt2}.
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
PENGURUS {KOP}
Ketua : [[n:{n1}]] — NPWP [[npwp:{npwpd1}]]
Sekretaris : [[n:{n2}]] — NPWP [[npwp:{npwpn2}]]
Bendahara : [[n:{n3}]] — HP [[p:{hp3}]]
NPWP koperasi {npwpx}
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Rekap simpanan per dusun: Dusun 1: {rp}, Dusun 2: {rp2}, Dusun 3: {rp3}. Kas koperasi per {tgl}.
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Daftar pedagang Pasar Oeba penerima KUR
Nama Pedagang,NIK,No KK,NPWP
[[n:{n1}]],[[nik:{nikb1}]],[[kk:{kkb1}]],[[npwp:{npwpd1}]]
{ud},-,-,{npwpx}
[[n:{n2}]],[[nik:{nikb2}]],[[kk:{kkb2}]],-
""",
    ),
    T(
        "coop_register",
        "procurement",
        """
Daftar Penyedia Terdaftar (katalog lokal)
Penyedia | NPWP Penyedia | Kontak
{cv} | {npwpx} | {otel}
{ud} | {npwpx2} | {owa}
{pt} | {npwpx3} | {otel2}
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
BUKU ANGGOTA {KOP}
No. Anggota : {num}/{thn}
Nama : [[n:{N1}]]
NIK : [[nik:{nikd1}]]
NPWP : [[npwp:{npwpz1}]]
Ahli waris : [[n:{N2}]] (anak)
""",
        fam={2: 1},
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Catatan RAT {kop}: anggota [[n:{n1}]] protes karena NPWP pribadinya [[npwp:{npwpd1}]] dipakai di laporan pajak koperasi, padahal NPWP koperasi {npwpx}.
""",
    ),
    T(
        "coop_register",
        "licensing",
        """
IZIN USAHA MIKRO
Nomor : {siup}
NIB : {nib}
Nama Usaha : Kios Mama Ester
NPWP usaha : {npwpx}
Lokasi : Pasar Oeba Blok C
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
REGISTER PENERIMA BANTUAN MODAL UMKM
Nama | NIK | Usaha | HP
[[n:{n1}]] | [[nik:{nikb1}]] | jual kue | [[p:{hp1}]]
[[n:{n2}]] | [[nik:{nikb2}]] | bengkel | [[p:{hp2}]]
Ket: NPWP tidak wajib, NIK berlaku sebagai NPWP.
""",
    ),
]

# ---- office_form: forms of the tax office and the city's licensing desk, tender notices, call notes
TEMPLATES += [
    T(
        "office_form",
        "licensing",
        """
FORMULIR PERMOHONAN NIB (PERORANGAN)
DPMPTSP Kota Kupang
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]]
Alamat : [[a:{ADR1}]]
No. HP : [[p:{hp1}]]
Email : [[e:{emp1}]]
""",
    ),
    T(
        "office_form",
        "procurement",
        """
PENGUMUMAN PEMENANG
Kode Tender : {tender}
Nama Paket : Pembangunan Jalan Lingkungan Kel. {KEL}
Pemenang : {CV}
NPWP : {npwpx}
Alamat : {JLNO}
Harga Penawaran : {rpb}
""",
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
PERMOHONAN MUTASI PBB
NOP : {nop}
Nama WP Lama : [[n:{N1}]]
Nama WP Baru : [[n:{N2}]]
NIK/NPWP WP Baru : [[nik:{nik2}]]
Alamat WP Baru : [[a:{AD2}]]
""",
    ),
    T(
        "office_form",
        "licensing",
        """
Formulir Pendaftaran NPWP Badan
Nama Badan : {CV}
NPWP : {npwpx}
NITKU Pusat : {nitkux}
Akta Pendirian No. {num} Tgl {tgl}
Alamat : {JLNO}
""",
    ),
    T(
        "office_form",
        "licensing",
        """
FORMULIR PERMOHONAN PBG
Nomor Registrasi : {siup}
Pemohon : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpd1}]]
Alamat Pemohon : [[a:{AD1}]]
Luas bangunan : {num}0 m2
""",
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
Kring Pajak menjawab ({tgl}), tiket {tiket}: mulai {thn} NPWP 16 digit. Wajib Pajak orang pribadi memakai NIK; badan memakai 0 di depan NPWP lama, contoh 01.234.567.8-920.000 menjadi 0012345678920000. Info 1500200.
""",
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
SURAT KUASA
Yang bertanda tangan di bawah ini [[n:{n1}]], NPWP [[npwp:{npwpn1}]], memberi kuasa kepada [[n:{n2}]], NIK [[nik:{nik2}]], untuk mengurus SPT Tahunan {thn}.
""",
    ),
    T(
        "office_form",
        "civil_registry",
        """
FORMULIR PEMADANAN NIK-NPWP
NPWP 15 digit : [[npwp:{npwpd1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Nama sesuai KTP : [[n:{N1}]]
""",
    ),
    T(
        "office_form",
        "licensing",
        """
SOP Layanan DPMPTSP: berkas NIB perorangan cukup KTP (NIK berlaku sebagai NPWP). Layanan di {jlno}, Senin-Jumat 08.00-15.00. Pengaduan WA {owa}.
""",
    ),
    T(
        "office_form",
        "procurement",
        """
PAKTA INTEGRITAS
Nama : [[n:{n1}]]
Jabatan : Direktur {cv}
NPWP Perusahaan : {npwpx}
NIK Direktur : [[nik:{nik1}]]
Paket : {tender}
""",
    ),
    T(
        "office_form",
        "procurement",
        """
Lampiran kontrak {kontrak}: tenaga ahli
1. [[n:{n1}]], S.T. — NPWP [[npwp:{npwpn1}]]
2. [[n:{n2}]], S.T. — NPWP [[npwp:{npwpd2}]]
Penyedia {cv} NPWP {npwpx}
""",
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
REKAP PENGADUAN 1708 BIDANG PAJAK {bln}: total {num} SMS, {num2} soal NPWP, tiket {tiket} s.d. {tiket2}.
""",
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
Permohonan cetak ulang kartu NPWP
Nama : [[n:{N1}]]
NPWP : [[npwp:{npwpz1}]]
Alasan : hilang (STPL {surat})
No. HP : [[p:{hp1}]]
""",
    ),
    T(
        "office_form",
        "procurement",
        """
BERITA ACARA SERAH TERIMA PEKERJAAN {kontrak}
Pihak I : PPK {office}
Pihak II : {cv}, NPWP {npwpx}
Nilai : {rpb}
""",
    ),
    T(
        "office_form",
        "licensing",
        """
Permohonan Izin Usaha Mikro
Nama Pemilik : [[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpd1}]]
Nama Usaha : Warung Makan Sederhana
Alamat Usaha : [[a:{AD1}]] (RUMAH SENDIRI)
""",
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
Pendaftaran NPWP Orang Pribadi
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Email : [[e:{emp1}]]
No. HP : [[p:{hp1}]]
""",
    ),
    T(
        "office_form",
        "procurement",
        """
Daftar Hitam Penyedia {thn}: {cv} (NPWP {npwpx}) dan {pt} (NPWP {npwpx2}) dikenakan sanksi selama satu tahun. SK {surat}.
""",
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
Catatan call center 1708: penelepon [[n:{n1}]] ([[p:{hp1}]]) tanya NPWP istri [[npwp:{npwpd2}]] tidak bisa login. NIK istri [[nik:{nik2}]].
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
Petugas: NPWP Bapak?
Penelepon: yang lama [[npwp:{npwps1}]], yang baru katanya sama dengan NIK, [[npwp:{nikb1}]].
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
""",
        M=(1,),
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
Formulir Keberatan Pajak Daerah
NPWPD : {npwpx}
NOP : {nop}
Nomor SKPD : {surat}
Nilai ketetapan : {rp}
""",
    ),
    T(
        "office_form",
        "civil_registry",
        """
Petugas: NIK Bapak?
Pelapor: [[nik:{nikw1}]].
Petugas: Nomor KK?
Pelapor: [[kk:{kk1}]].
""",
        M=(1,),
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
Formulir pengaduan LAPOR!
Nama Pelapor : Dirahasiakan
Isi Laporan : NPWP saya [[npwp:{npwpd1}]] dipakai orang lain untuk mendirikan {cv}. Nomor tiket {tiket}.
""",
    ),
]

# ---- added after the first reading: more of the guide's cases
TEMPLATES += [
    T(
        "sms_caps",
        "payroll_honor",
        """
KOTKUPANG NIK SY [[npwp:{nikb1}]] SDH JD NPWP, TP BENDAHARA {school} MSH POTONG PPH LEBIH TINGGI. NISN ANAK SY {nisn} JG SALAH DI DAPODIK. [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_inquiry",
        """
KOTKUPANG SY BAYAR PBB LEWAT VA {va} TP STATUS DI APLIKASI MSH BELUM LUNAS. NOP {nop}. TLG BAPENDA CEK
""",
        U=True,
    ),
    T(
        "sms_caps",
        "payroll_honor",
        """
KOTKUPANG NIK SY [[npwp:{npwps1}]] DITOLAK DI FORM PPPK, KATANYA FORMAT SALAH. MHN PETUNJUK. [[n:{n1}]] [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_lower",
        "withholding_slip",
        """
kotkupang sy perawat rsud, npwp [[npwp:{npwpd1}]]. insentif sy dipotong pph tp bukti potong blm ada sampai skrg. [[n:{l1}]] [[p:{hp1}]]
""",
    ),
    T(
        "sms_lower",
        "licensing",
        """
kotkupang bayar retribusi izin lewat va {va} tp muncul nama {cv}, bukan sy. kode billing {bill}. uang sy ke mana?
""",
    ),
    T(
        "wa_chat",
        "tax_inquiry",
        """
{dt1} [[n:{n1}]]: Kaka, beta tanya petugas di KPP: 'jadi sekarang NPWP beta apa?' Dia bilang, 'Bapa pung NIK tu, [[npwp:{nikb1}]]'. Jadi kartu lama [[npwp:{npwpd1}]] sonde pake lagi
{dt2} [[n:{n2}]]: Iya kaka, sama deng beta
""",
        M=(1,),
    ),
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} [[n:{n1}]]: Bapa ibu, di SPJ tulis: Bendahara Pengeluaran, NPWP {npwpx}. Jangan tulis NPWP pribadi sa [[npwp:{npwpn1}]] e
{dt2} [[n:{n2}]]: siap ibu bendahara
""",
        F=(1,),
    ),
    T(
        "wa_chat",
        "payroll_honor",
        """
{dt1} Operator {school}: Data PIP: NISN {nisn}, {nisn2} dan {nisn3} belum ada NIK orang tua. Mohon bapa mama datang bawa KK
{dt2} Wali Kelas 8A: baik pak
""",
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Beta deng maitua urus SPT. NPWP yang kami pake [[npwp:{nikb1}]] (NIK), maitua sonde punya NPWP sendiri. Petugas bilang maitua pung NIK [[nik:{nikb2}]] masuk di tanggungan. Beta [[n:{n1}]].
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "kupang_malay",
        "tax_inquiry",
        """
Masjid di {kel} dapat surat dari KPP, NPWP masjid {npwpx}. Takmir sonde tau harus lapor apa. Nomor surat {surat}.
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Honor jaga malam

Saya perawat RSUD S.K. Lerik, NPWP [[npwp:{npwpn1}]], No. BPJS Kesehatan [[bpjs:{bpjs1}]]. Mohon honor jaga malam bulan {bln} ditransfer ke {bank1} [[b:{rek1}]].
""",
    ),
    T(
        "treasurer_email",
        "payroll_honor",
        """
From: Sekretariat Komite {school} <komite.sekolah.kpg@gmail.com>
Subject: Iuran komite semester genap

Pembayaran via VA {va} atau rekening komite {rekb}. NPWP komite {npwpx}. Konfirmasi ke TU {otel}.
""",
    ),
    T(
        "treasurer_email",
        "tax_inquiry",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Aktivasi akun Coretax

Selamat siang, akun saya belum aktif. NITKU saya [[npwp:{npwpt1}]], email cadangan [[e:{emx2}]] (punya anak saya [[n:{g2}]]).
""",
    ),
    T(
        "ocr_tax_doc",
        "payroll_honor",
        """
{SCHOOL}
NPSN {npsn}  NPWP : {npwpx}
SURAT KETERANGAN PENGHASILAN
Nama : [[n:{N1}]]
NIK : [[nik:{nikn1}]]
NPWP : [[npwp:{npwpo1}]]
Status : Guru honor
""",
    ),
    T(
        "ocr_tax_doc",
        "withholding_slip",
        """
BUKTI POTONG PPh 4 AYAT 2
NPWP : {npwpx}
Nama : MASJID NURUL HUDA OESAPA
Alamat : {JLNO}
Nomor : {bupot}
""",
    ),
    T(
        "ocr_tax_doc",
        "tax_inquiry",
        """
PERMOHONAN EFIN
Nama : [[n:{No1}]]
NIK : [[nik:{niko1}]]
NPWP : [[npwp:{npwpo1}]]
No HP : [[p:{hpo1}]]
Email : [[e:{emn1}]]
""",
    ),
    T(
        "receipt_invoice",
        "procurement",
        """
KWITANSI {inv}
Pembeli : DINAS PUPR KOTA KUPANG, NPWP {npwpx}
Penjual : {UD}, NPWP {npwpx2}
Total {rpb}
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
NOTA JUAL BELI MOTOR BEKAS
Penjual : [[n:{N1}]], NIK [[nik:{nik1}]]
Pembeli : [[n:{N2}]]
Nopol [[pl:{pl1}]]
Harga {rpm}
HP penjual [[p:{hpo1}]]
""",
    ),
    T(
        "receipt_invoice",
        "invoice_receipt",
        """
PEMBAYARAN TAGIHAN AIR
No Sambungan {samb}
VA {va}
Periode {bln} {thn}
Total {rp}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
SLIP HONOR
Nama : [[n:{n1}]]
NPWP : [[npwp:{npwpd1}]]
Potongan BPJS Kesehatan 1% (No. Kartu [[bpjs:{bpjs1}]])
Honor bersih {rp}
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Tunjangan profesi guru triwulan III: transfer lewat VA {va}, NPWP bendahara gaji {npwpx}, kode akun {kodeakun}.
""",
    ),
    T(
        "payroll_list",
        "payroll_honor",
        """
Rekap NPWP guru honor {school}
[[n:{n1}]] — [[npwp:{npwpz1}]]
[[n:{n2}]] — belum punya, NIK [[nik:{nikb2}]]
[[n:{n3}]] — [[npwp:{npwpk3}]]
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Laporan Dinas Koperasi: {kop} NPWP {npwpx} belum lapor SPT badan {thn}; {kop2} NPWP {npwpx2} sudah lapor {tgl}.
""",
    ),
    T(
        "coop_register",
        "cooperative_umkm",
        """
Daftar anggota kelompok tenun ikat
1. [[n:{n1}]] (ketua) NIK [[nik:{nikb1}]]
2. [[n:{n2}]] NIK [[nik:{nikb2}]]
3. [[n:{n3}]] NIK [[nik:{nikb3}]]
NPWP koperasi {npwpx}
""",
        F=(1, 2, 3),
    ),
    T(
        "office_form",
        "tax_inquiry",
        """
Petugas jelaskan NPWP sekarang = NIK. Pelapor sebut NIK [[nik:{nikb1}]], nama [[n:{n1}]], HP [[p:{hp1}]]. Tiket {tiket}.
""",
    ),
    T(
        "office_form",
        "procurement",
        """
PENGUMUMAN LELANG
Kode RUP {tender}, pagu {rpb}. Syarat: NIB, NPWP badan, SPT dua tahun terakhir. Helpdesk LPSE {otel}.
""",
    ),
    T(
        "office_form",
        "licensing",
        """
FORMULIR PERMOHONAN NPWPD
Nama Pemilik : [[n:{N1}]]
NPWP/NIK : [[npwp:{nikb1}]]
Nama Usaha : {SHOP}
Alamat Usaha : {JLNO}
Telp usaha : {owa}
HP pemilik : [[p:{hp1}]]
""",
    ),
]


if __name__ == "__main__":
    main()
