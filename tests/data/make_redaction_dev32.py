# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev32.jsonl: tax, permits, money and mailboxes.

Identity numbers and mailboxes where bodies' and people's look alike: persons' NPWPs beside
companies', shops', cooperatives', schools', villages' and offices' ones, NIB, NOP, billing codes
and NTPN; NIKs and family cards beside NIP, NISN, DTKS and meter numbers; JKN cards beside SEP
and referral numbers; private mailboxes beside offices', schools', banks' and programmes'.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{npwp1}``, ``{em1}``), each filled three times with invented values; span offsets are
computed from the markers. Run ``python3 tests/data/make_redaction_dev32.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of capitalised words, every
unlabelled run of digits and every unlabelled ``@`` token with the forty characters before it;
``--show N`` prints N texts drawn at random with their spans marked.
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

SEED = 20261232
PREFIX = "d32"
OUT = Path(__file__).with_name("redaction_dev32.jsonl")

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
    "email_thread",
    "wa_helpdesk",
    "sms_1708",
    "lapor_form",
    "pdf_paste",
    "ocr_card",
    "call_note",
    "register_table",
    "kupang_malay",
    "social_thread",
)
THEMES = (
    "tax_npwp",
    "permits_business",
    "land_tax_pbb",
    "civil_registry",
    "bpjs_health",
    "education",
    "bank_credit",
    "village_finance",
    "jobs_pension",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "name": 500,
    "npwp": 80,
    "nik": 80,
    "email": 60,
    "kk": 30,
    "bpjs": 30,
    "phone": 60,
    "bank_account": 30,
    "address": 40,
    "themes": 9,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aipda",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter", "mr", "mrs", "ttd",
    "salam", "dari", "hormat", "atas", "anak", "tetangga", "operator", "kades", "sekdes",
    "nama", "pelapor", "penelepon", "wp", "npwp", "nik", "yang", "sy", "saya", "beta",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev32)
GIVEN_M = (
    "Yoksan", "Melkianus", "Ebenhaezer", "Yonatan", "Semuel", "Paulus", "Dominggus", "Nikodemus",
    "Ishak", "Abraham", "Seprianus", "Marthen", "Hendrikus", "Kristian", "Roby", "Jefri",
    "Alfred", "Gidion", "Filipus", "Benyamin", "Ronal", "Vinsen", "Aldo", "Oskar", "Matheos",
    "Feliks", "Bonifasius", "Laurens", "Robert", "Godlif", "Jemi", "Wilfridus", "Yanuarius",
    "Eduardus", "Klemens", "Rafael", "Selfianus", "Erasmus", "Kanisius", "Yustinus", "Fransiskus",
    "Hironimus", "Apolonius", "Ardian", "Riki", "Yopi", "Andre", "Marselinus", "Usman", "Idrus",
    "Theodorus", "Yunior", "Adolf", "Piter", "Nahor", "Efendi", "Zadrak", "Mesakh", "Yosias",
)  # fmt: skip
GIVEN_F = (
    "Sarce", "Yakomina", "Martha", "Dortea", "Elisabeth", "Margaretha", "Sofia", "Anastasia",
    "Theresia", "Ester", "Debora", "Mariana", "Florensia", "Selfina", "Yosina", "Paulina",
    "Aprilia", "Grasiela", "Irma", "Linda", "Nova", "Yeni", "Welmince", "Salomina", "Karolina",
    "Ferderika", "Helena", "Diana", "Kristin", "Sinta", "Ratna", "Hadija", "Rosmini", "Yustina",
    "Filomena", "Emiliana", "Serlin", "Olivia", "Vera", "Nency", "Roslin", "Anita", "Lidia",
    "Delfi", "Yunita", "Ariance", "Yohanita", "Marince", "Novia", "Jeane", "Sriyanti", "Asnat",
)  # fmt: skip
FAMILY = (
    "Kase", "Lenggu", "Ully", "Nalle", "Pello", "Toelle", "Mauko", "Sjioen", "Foenay", "Babys",
    "Lado", "Weo", "Nuban", "Obenu", "Kefi", "Nafie", "Sooai", "Biaf", "Tamonob", "Pakh",
    "Bullu", "Kedoh", "Modok", "Amtiran", "Ataupah", "Hauteas", "Koroh", "Lango", "Lalang",
    "Wadu", "Huki", "Rohi", "Kiak", "Saba", "Taebenu", "Muskanan", "Nomseo", "Neno", "Boling",
    "Lona", "Tasuib", "Mboik", "Ndolu", "Manu", "Kolimon", "Asbanu", "Benggu", "Tode", "Oedjoe",
    "Bengu", "Sunbanu", "Faot", "Selly", "Toenlioe", "Natun", "Mesah", "Nitsae", "Tallan",
    "Dae Pono", "Ratu Edo", "Djo Rohi", "Kaho Wadu",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("F", "Ni Putu Ayu", "Suartini"),
    ("M", "I Wayan", "Sudarsana"),
    ("M", "Andi", "Daeng Mapata"),
    ("F", "Hasnah", "Daeng Tene"),
    ("F", "Wa Ode", "Halimah"),
    ("M", "La Ode", "Syamsul"),
    ("F", "Siu Ling", "Halim"),
    ("M", "Tek Hong", "Sutanto"),
    ("M", "Umbu Rara", "Meha"),
    ("F", "Rambu Ana", "Kareri"),
    ("M", "Abdul Gafur", "Lamusu"),
    ("F", "Siti Aisah", "Baharuddin"),
)
NICK = (
    "Uci", "Keke", "Ody", "Iren", "Sandro", "Tito", "Momo", "Feby", "Ipan", "Didi", "Chika",
    "Elo", "Mika", "Rolly", "Nando", "Ochi", "Kiki", "Jojo", "Eman", "Nus", "Ela", "Vian",
)  # fmt: skip
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
    "outlook.com", "hotmail.com", "icloud.com", "rocketmail.com",
)  # fmt: skip
KELURAHAN = (
    "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Oetete",
    "Nunleu", "Fontein", "Airnona", "Bakunase", "Naikolan", "Kuanino", "Oepura", "Sikumana",
    "Kolhua", "Penfui", "Oesapa", "Lasiana", "Nefonaek", "Pasir Panjang", "Namosain", "Alak",
    "Manulai II", "Fatukoa", "Belo", "Maulafa", "Naimata", "Nunbaun Sabu", "Mantasi", "Oeba",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
DESA = (
    "Oelnasi", "Oenesu", "Baumata", "Noelbaki", "Oebelo", "Penfui Timur", "Tarus", "Oeltua",
    "Oematnunu", "Oelbiteno", "Tesbatan", "Nunkurus", "Kuimasi", "Bolok", "Sumlili", "Kuanheun",
)  # fmt: skip
HOME_STREETS = (
    "Jl. Manggis", "Jl. Delima", "Jl. Salak", "Jl. Kedondong", "Jl. Srikaya", "Jl. Belimbing",
    "Jl. Cemara", "Jl. Flamboyan", "Jl. Teratai", "Jl. Bougenville", "Jl. Sirih", "Jl. Gewang",
    "Jl. Kesambi", "Jl. Matani", "Jl. Bakunase Raya", "Jl. Oepura Raya", "Gg. Rajawali",
    "Gg. Pelita", "Gg. Merpati", "Lr. Kenanga", "Jl. Nusa Indah", "Jl. Pulau Semau",
    "Jl. Sumba Gg. 3", "Jl. Kolhua", "Jl. Alor", "Jl. Lontar Gg. 2", "Jalan Kakatua",
)  # fmt: skip
COMPLEX = ("Perumnas", "BTN Kolhua", "Perum Griya Liliba", "Perumahan Citra Oebufu")
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. Soeharto", "Jl. Timor Raya",
    "Jl. W.J. Lalamentik", "Jl. Moh. Hatta", "Jl. Herewila", "Jl. Adisucipto", "Jl. Amabi",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oepoi", "Puskesmas Bakunase", "Puskesmas Pasir Panjang", "Puskesmas Alak",
    "Puskesmas Sikumana", "Puskesmas Oesapa", "Puskesmas Penfui", "Puskesmas Naioni",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W.Z. Johannes", "RS Bhayangkara Kupang", "RS Siloam Kupang",
    "RSU Mamami", "RS Leona", "RSUD Naibonat",
)  # fmt: skip
SCHOOLS = (
    "SD Inpres Kuanino 3", "SDN Bakunase 1", "SMPN 7 Kupang", "SMPN 12 Kupang", "SMAN 5 Kupang",
    "SMKN 3 Kupang", "SD GMIT Fatululi", "SDK St. Arnoldus Oepura", "MTsN Kota Kupang",
    "SMA Kristen Citra Bangsa", "SDN Oetete 2", "SMPN 16 Kupang",
)  # fmt: skip
COMPANIES = (
    "CV Nusa Lontar Mandiri", "CV Oetete Teknik", "UD Sumber Berkat Oeba", "PT Kupang Karya Utama",
    "CV Sasando Cipta Karya", "PT Timor Raya Logistik", "CV Tiga Putra Fatululi", "UD Bintang Laut Namosain",
)  # fmt: skip
SHOPS = (
    "Toko Bangunan Berkat Oesapa", "Toko Sembako Tiga Saudara", "Apotek Sehat Sentosa",
    "Bengkel Motor Karya Timor", "Kios Sinar Pagi", "Rumah Makan Se'i Lontar", "Fotokopi Cahaya Liliba",
)  # fmt: skip
COOPS = (
    "Koperasi Serba Usaha Tunas Oebobo", "KSP CU Sehati Kupang", "Koperasi Nelayan Teluk Kupang",
    "Koperasi Wanita Lontar Mekar", "KSU Karya Tani Baumata",
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu")
# offices', programmes', schools', companies' and groups' mailboxes: never a person's
BODY_MAIL = (
    "pengaduan@pajak.go.id", "informasi@pajak.go.id", "kpp.kupang@pajak.go.id",
    "noreply@oss.go.id", "helpdesk@oss.go.id", "bapenda@kupangkota.go.id",
    "dpmptsp@kupangkota.go.id", "dukcapil@kupangkota.go.id", "pbb.bapenda.kotakupang@gmail.com",
    "kc.kupang@bpjs-kesehatan.go.id", "cs@prakerja.go.id", "noreply@prakerja.go.id",
    "layanan.kupang@taspen.co.id", "pip@kemdikbud.go.id", "dapodik.kotakupang@gmail.com",
    "tu.smkn3kupang@gmail.com", "smpn7kupang.official@gmail.com", "sdi.kuanino3@gmail.com",
    "desa.oelnasi@gmail.com", "bumdes.oenesu.sejahtera@gmail.com", "ksp.cusehati@yahoo.co.id",
    "admin@nusalontar.co.id", "keuangan.kupangkarya@gmail.com", "rsud.naibonat@gmail.com",
    "guru-honor-ntt@googlegroups.com", "operator-dapodik-kpg@googlegroups.com",
    "kur.kupang@bri.co.id", "callbri@bri.co.id", "layanan@bankntt.co.id", "no-reply@lapor.go.id",
    "beasiswa@kupangkota.go.id", "humas@kupangkota.go.id", "sekretariat.dinsos.kpg@gmail.com",
)  # fmt: skip
MOBILE = (
    ("0811", 3), ("0812", 7), ("0813", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0851", 3),
    ("0852", 8), ("0853", 7), ("0815", 1), ("0857", 2), ("0858", 1), ("0819", 2), ("0878", 2),
    ("0838", 1), ("0895", 1), ("0896", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0814", "0817", "0818", "0831", "0877", "0898", "0899"}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
LETTER_OCR = {"S": "5", "O": "0", "I": "1", "B": "8", "G": "6"}
ACCOUNT_BANKS = {"rkr": "BRI", "rkb": "BNI", "rkn": "Bank NTT", "rkm": "Mandiri"}
# regencies of NTT and their NIK codes
REGIONS = (
    ("5371", 6, 80), ("5301", 24, 8), ("5302", 32, 3), ("5303", 24, 2), ("5304", 12, 1),
    ("5314", 10, 3), ("5320", 6, 1), ("5305", 17, 1), ("5307", 21, 1), ("5311", 22, 1),
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
        self.minute = rng.randint(7 * 60, 21 * 60)

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
            rest = r.choice((7, 8, 8, 8)) if prefix.startswith("081") else r.choice((8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "d", "s", "t", "i", "j", "k"), (40, 16, 18, 5, 8, 8, 5))[0]
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
            base = self.write_mobile(raw, r.choice(("b", "s")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", raw[:7] + "\n" + raw[7:]))
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
        if how == "p":  # read out in pairs
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "n":  # broken over a line
            if r.random() < 0.4:
                return raw[:4] + " " + raw[4:8] + "\n" + raw[8:12] + " " + raw[12:]
            cut = r.randint(5, 11)
            return raw[:cut] + "\n" + raw[cut:]
        if how == "w":  # a digit too few or too many
            how = r.choice("km")
        if how == "k":  # a digit too few
            k = r.randint(6, 13)
            return raw[:k] + raw[k + 1 :]
        if how == "m":  # a digit too many
            k = r.randint(6, 13)
            return raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        old = p["npwp15"]
        if how == "":
            how = r.choices(("d", "b", "n", "z"), (55, 8, 27, 10))[0]
        if how == "d":
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "b":
            return old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "z":  # the 16-digit form of an old number
            return "0" + old
        if how == "s":  # its groups with spaces
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "l":  # broken over a line, as a narrow column gives it
            d = self.write_npwp(p, "d")
            k = r.choice((d.index("-") + 1, 6, 10))
            return d[:k] + "\n" + d[k:]
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
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "d"), (70, 20, 10))[0]
        if how == "b":
            return raw
        if how == "s":
            return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
        if how == "d":
            return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        if how == "n":
            return f"{raw[:7]}\n{raw[7:]}"
        if how == "o":
            pos = [k for k, ch in enumerate(raw) if ch in "018" and k > 3]
            out = list(raw)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
            return "".join(out)
        raise KeyError(how)

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (70, 30))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "u":
            return f"{local}@{host}".upper()
        if how == "x":
            how = r.choice(("a", "b", "c", "d", "e", "h", "m", "t"))
        parts = host.split(".")
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(parts)
        if how == "b":
            return f"{local}(at){host}"
        if how == "c":
            return f"{local} @ " + " . ".join(parts)
        if how == "d":
            return f"{local} at " + " dot ".join(parts)
        if how == "e":
            return f"{local} (at) " + " (titik) ".join(parts)
        if how == "h":
            return f"{local} @{host}"
        if how == "m":  # a comma for the dot
            return f"{local}@{host.replace('.', ',', 1)}"
        if how == "t":
            return f"{local}[@]{host}"
        if how == "n":  # broken over a line
            return r.choice(
                (
                    f"{local}@\n{host}",
                    f"{local}\n@{host}",
                    f"{local}@{parts[0]}.\n{'.'.join(parts[1:])}",
                )
            )
        if how == "k":  # the person's own mailbox on an office's or a ministry's host
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
            nick = r.choice(NICK)
            words = {w.lower() for w in given.split() if len(w) > 2} | {nick.lower()}
            if head is None:
                words |= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        if i in self.spec["K"]:
            year = r.randint(2008, 2020)
        elif i in self.spec["E"]:
            year = r.randint(1944, 1966)
        else:
            year = r.randint(1962, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif self.spec["R"]:  # the card's own region
            district = self.spec["R"] + "%02d" % r.randint(1, 6)
        elif self.spec["kab"]:  # a village of Kabupaten Kupang
            district = "5301%02d" % r.randint(1, 24)
        else:
            code, most, _ = r.choices(REGIONS, [x[2] for x in REGIONS])[0]
            district = code + "%02d" % r.randint(1, most)
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
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((4, 6, 7, 8, 9, 14, 16, 25, 36, 45, 47, 49, 54, 57, 68, 73, 84, 96)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "920", "921", "922", "923")),
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
                f"{gl}{yy}",
                f"{gl}.{fl}.kpg",
                f"{nick.lower()}{fl}{r.randint(1, 9)}",
                f"{gl}{fl[:3]}{yy}",
            )
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 160)) + r.choice(("", "", "", "", "A", "B"))
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
            "fg": f"{family}, {given}",
            "nk": nick,
            "lnk": nick.lower(),
            "ig": f"{given[0]}. {family}",
            "No": ocr,
            "Ns": spaced,
            "Nn": given.upper() + "\n" + family.upper(),
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "mob2": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "gk": r.choice(
                (
                    f"{gl}.{fl}@kupangkota.go.id",
                    f"{gl}{fl[:4]}@guru.sd.belajar.id",
                    f"{gl}.{fl}@guru.smp.belajar.id",
                    f"{gl[0]}{fl}@nttprov.go.id",
                    f"{gl}.{fl}{yy}@admin.sd.belajar.id",
                )
            ),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "umur": str(max(1, 2026 - year)),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "adc": "%s Blok %s No. %d"
            % (r.choice(COMPLEX), r.choice("ABCDEFGHK"), r.randint(1, 150)),
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 14)),
            "pl": self.plate(),
            "wal": r.choice(WALLETS),
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
                "RT %02d/%02d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "EB", "ED")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KB", "AS", "AP", "KF", "M", "AN")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = "%04d" % r.randint(1, 9999) + "01" + self.digits(6) + "5" + self.digits(2)
            return self.fresh(
                lambda: r.choice(
                    (
                        d,
                        f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                        f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:]}",
                    )
                )
            )
        if bank == "BNI":
            return self.fresh(lambda: "0" + r.choice("1234579") + self.digits(8))
        if bank == "Mandiri":
            return self.fresh(
                lambda: r.choice(("161", "145", "152")) + r.choice(("00", "01")) + self.digits(8)
            )
        if bank == "Bank NTT":
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s.%s.%s.%s-%d"
                        % (
                            r.choice(("001", "002", "016")),
                            "01",
                            r.choice(("02", "04")),
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

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 11 * i) % (24 * 60)
        return m // 60, m % 60

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "fg", "nk", "lnk", "ig", "No", "Ns", "Nn",
            "lahir", "umur", "bank", "rek", "ad", "adr", "adc", "rt", "rtk", "pl", "wal",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name.isupper() and len(name) > 1:  # any value in capitals: {AD1}, {NK1}, {KEL}
            return self.value(name.lower(), index).upper()
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name in ACCOUNT_BANKS:  # the person's account at a bank the text names
            return self.account(ACCOUNT_BANKS[name])
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


def _body_npwp(fl: Fill, i: int) -> str:
    r = fl.rng
    d = fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((1, 2, 3, 31, 0, 0, 1, 2, 71, 74, 80, 83)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "920", "921", "922")),
                r.choice(("000", "000", "001")),
            )
        )
    )
    return r.choice(
        (
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            "0" + d,
        )
    )


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1966, 1998)
    s = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 28), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
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


def _dt(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    d = (fl.day + (fl.minute + 11 * i) // (24 * 60)) % 28 + 1
    return "%02d/%02d/%d %02d.%02d" % (d, fl.month, fl.year, h, m)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    if r.random() < 0.8:
        return "%d.%03d" % (
            r.choice((35, 50, 75, 120, 150, 185, 200, 250, 320, 350, 475, 500, 750)),
            r.choice((0, 0, 500)),
        )
    return "%d.%03d.000" % (r.randint(1, 3), r.choice((0, 250, 500, 750)))


def _rpb(fl: Fill, i: int) -> str:
    return "%d.%03d.000" % (fl.rng.randint(5, 150), fl.rng.choice((0, 250, 500, 750)))


def _rps(fl: Fill, i: int) -> str:
    return "%d.%03d" % (fl.rng.randint(12, 980), fl.rng.randint(0, 999))


def _nop(fl: Fill, i: int) -> str:
    r = fl.rng
    return "53.71.%03d.%03d.%03d-%04d.%d" % (
        r.randint(10, 60), r.randint(1, 20), r.randint(1, 99), r.randint(1, 9999), r.randint(0, 7),
    )  # fmt: skip


def _nopd(fl: Fill, i: int) -> str:  # a NOP in one block, 18 digits, as a bill's barcode gives it
    r = fl.rng
    return "5371%03d%03d%03d%04d%d" % (
        r.randint(10, 60), r.randint(1, 20), r.randint(1, 99), r.randint(1, 9999), r.randint(0, 7),
    )  # fmt: skip


def _billing(fl: Fill, i: int) -> str:
    return fl.fresh(lambda: fl.rng.choice(("0", "1", "3", "8")) + fl.digits(14))


def _ntpn(fl: Fill, i: int) -> str:
    r = fl.rng
    return "".join(r.choice("0123456789ABCDEF") for _ in range(16))


def _bpe(fl: Fill, i: int) -> str:
    r = fl.rng
    return "S-%08d/PPH1770SS/WPJ.%02d/KP.%02d03/%d" % (
        r.randint(1, 99999999), r.choice((30, 31)), r.randint(1, 9), fl.year,
    )  # fmt: skip


def _efaktur(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%03d.%03d-%02d.%08d" % (
        r.choice((10, 20, 30)),
        r.randint(0, 9),
        fl.year % 100,
        r.randint(1, 99999999),
    )


def _pbg(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "SK-PBG-5371%02d-%02d%02d%d-%03d"
            % (r.randint(1, 6), fl.day, fl.month, fl.year, r.randint(1, 999)),
            "503/PBG/%03d/DPMPTSP/%d" % (r.randint(1, 999), fl.year),
        )
    )


def _imb(fl: Fill, i: int) -> str:
    r = fl.rng
    return "640/%03d/IMB/%d" % (r.randint(1, 999), r.randint(2005, 2020))


def _siup(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "510/%04d/SIUP-K/DPMPTSP/%d" % (r.randint(1, 9999), r.randint(2012, 2019)),
            "24.05.%d.%05d" % (r.randint(1, 9), r.randint(1, 99999)),
        )
    )


def _nib(fl: Fill, i: int) -> str:
    return fl.fresh(lambda: fl.rng.choice(("91", "81", "12", "02", "13")) + fl.digits(11))


def _sep(fl: Fill, i: int) -> str:
    return "2405R%03d%02d%02dV%06d" % (
        fl.rng.randint(1, 12),
        fl.month,
        fl.year % 100,
        fl.rng.randint(1, 999999),
    )


def _rujukan(fl: Fill, i: int) -> str:
    return "2405%04d%02d%02dP%06d" % (
        fl.rng.randint(1, 99),
        fl.month,
        fl.year % 100,
        fl.rng.randint(1, 999999),
    )


def _dtks(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "5371%s" % fl.digits(12),
            "DTKS-%d-%s" % (fl.year, fl.digits(9)),
            "%d%s" % (fl.year, fl.digits(12)),
        )
    )


OTHER_VALUES = {
    # not a person's lines
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "cc": lambda fl, i: (
        fl.rng.choice(("1500 %03d", "1500-%03d", "1500%03d")) % fl.rng.randint(100, 999)
    ),
    # bodies' numbers
    "npwpx": _body_npwp,
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "rekbri": lambda fl, i: fl.account("BRI"),
    "nib": _nib,
    "pbg": _pbg,
    "imb": _imb,
    "siup": _siup,
    "tdp": lambda fl, i: "24.05.1.%02d.%05d" % (fl.rng.randint(1, 99), fl.rng.randint(1, 99999)),
    "nop": _nop,
    "nopd": _nopd,
    "billing": _billing,
    "ntpn": _ntpn,
    "bpe": _bpe,
    "efaktur": _efaktur,
    "pajakd": lambda fl, i: (
        "P.%d.%07d.%02d.%02d"
        % (
            fl.rng.randint(1, 2),
            fl.rng.randint(1, 99999),
            fl.rng.randint(1, 6),
            fl.rng.randint(1, 50),
        )
    ),
    "nuptk": lambda fl, i: fl.fresh(lambda: fl.rng.choice("1234679") + fl.digits(15)),
    "bupot": lambda fl, i: (
        "1.1-%02d.%02d-%07d" % (fl.month, fl.year % 100, fl.rng.randint(1, 9999999))
    ),
    # other registers' numbers
    "nip": _nip,
    "nrp": lambda fl, i: (
        "%02d%02d%04d" % (fl.rng.randint(70, 99), fl.rng.randint(1, 12), fl.rng.randint(1, 9999))
    ),
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "nim": lambda fl, i: (
        "%d%02d%02d%04d"
        % (
            fl.rng.randint(19, 24),
            fl.rng.randint(1, 9),
            fl.rng.randint(1, 30),
            fl.rng.randint(1, 999),
        )
    ),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "dtks": _dtks,
    "kip": lambda fl, i: "E%sR%s" % (fl.digits(4), fl.digits(6)),
    "kkscard": lambda fl, i: "6013 01%s %s %s" % (fl.digits(2), fl.digits(4), fl.digits(4)),
    "prakerja": lambda fl, i: (
        "%s %s %s %s"
        % (fl.rng.choice(("4410", "4210", "4810")), fl.digits(4), fl.digits(4), fl.digits(4))
    ),
    "notas": lambda fl, i: fl.rng.choice(("12", "13", "19")) + fl.digits(13),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24", "16")) + fl.digits(9),
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8)),
    "meter": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("14", "32", "56", "45")) + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "sep": _sep,
    "rujukan": _rujukan,
    "klaim": lambda fl, i: "KLM/%d/%02d/%06d" % (fl.year, fl.month, fl.rng.randint(1, 999999)),
    "pk": lambda fl, i: "B.%03d/KUR/KC-KPG/%02d/%d" % (fl.rng.randint(1, 999), fl.month, fl.year),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LAPOR-%d%02d-%05d", "#%d%02d-%05d", "LPR-%d-%02d-%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "surat": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("470", "900.1", "973", "503", "400.12", "141")),
            fl.rng.randint(1, 999),
            fl.rng.choice(("BAPENDA", "DESA", "DPMPTSP", "DINSOS", "DISDIK", "KEL")),
            fl.year,
        )
    ),
    "va": lambda fl, i: fl.rng.choice(("8808%s", "88810%s", "7007%s", "39358%s")) % fl.digits(11),
    "ref": lambda fl, i: (
        fl.rng.choice(("%s", "FT%s", "REF%s")) % fl.digits(fl.rng.choice((12, 14, 16)))
    ),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCD"), fl.rng.randint(1, 240)),
    "kode": lambda fl, i: fl.digits(6),
    "mdr": lambda fl, i: "%d" % fl.rng.randint(2, 400),
    "bmail": lambda fl, i: fl.rng.choice(BODY_MAIL),
    # figures
    "tgl": _date,
    "tg": _tg,
    "jam": _jam,
    "dt": _dt,
    "rp": _rp,
    "rpb": _rpb,
    "rps": _rps,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "thn": lambda fl, i: str(fl.year),
    "thl": lambda fl, i: str(fl.year - 1),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    # places and bodies
    "kel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(KELURAHAN)),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "desa": lambda fl, i: fl.rng.choice(DESA),
    "lwdesa": lambda fl, i: fl.cache.get("{desa}", fl.rng.choice(DESA)).lower().replace(" ", ""),
    "dmail": lambda fl, i: (
        "desa.%s@gmail.com" % fl.cache.get("{desa}", fl.rng.choice(DESA)).lower().replace(" ", "")
    ),
    "pusk": lambda fl, i: fl.fresh(lambda: fl.rng.choice(PUSKESMAS)),
    "rs": lambda fl, i: fl.rng.choice(HOSPITALS),
    "school": lambda fl, i: fl.fresh(lambda: fl.rng.choice(SCHOOLS)),
    "cv": lambda fl, i: fl.fresh(lambda: fl.rng.choice(COMPANIES)),
    "shop": lambda fl, i: fl.fresh(lambda: fl.rng.choice(SHOPS)),
    "kop": lambda fl, i: fl.fresh(lambda: fl.rng.choice(COOPS)),
    "jl": lambda fl, i: fl.fresh(lambda: fl.rng.choice(PUBLIC_STREETS)),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 42),
    "big": lambda fl, i: str(fl.rng.randint(120, 2400)),
    "ago": lambda fl, i: fl.rng.choice(
        ("1 j", "3 j", "5 j", "20 mnt", "45 mnt", "1 h", "2 h", "Kemarin pukul 19.12")
    ),
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
SCANNED = {"ocr_card", "pdf_paste"}
ADDRESS_START = re.compile(
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt/rw|rt\d|perumnas|perum|perumahan|kompleks|btn)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\]|\(keong\)|\(et\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|,|\[dot\]|\s+dot\s+|\s+titik\s+|\(titik\))")


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
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9OlB .\-,\n]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs":
            d = id_digits(seg)
            if len(d) != 13 or not d.startswith("000") or re.search(r"[^0-9OlB \-\n]", seg):
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
            not (ADDRESS_START.match(seg) or re.fullmatch(r"\d{3}/\d{3}", seg))
            or not seg[-1].isalnum()
            or not re.search(r"\d", seg)
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


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|bapaknya|aipda|bripka|nyong|sdr|tuan"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny|sdri"


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
    kab: bool | None = None,
    R: str = "",
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
    for m in re.finditer(
        r"(?i)\b(?:oma|opa|lansia|pensiunan)\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}",
        text,
    ):
        elder.add(int(m.group(1)))
    spec = {
        "F": females,
        "M": males,
        "K": K,
        "E": tuple(sorted(elder)),
        "fam": fam or {},
        "kab": theme == "village_finance" if kab is None else kab,
        "R": R,
    }
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,", seg):
            return "written to dodge scrapers"
        if re.search(r"\.(go\.id|belajar\.id)$", seg, re.IGNORECASE):
            return "a person's own on an office's or a ministry's host"
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
        if len(d) == 16:
            return "16 digits"
        if "-" in seg:
            return "15 digits dotted"
        return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
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
    """Print texts drawn at random with their spans marked, for reading."""
    for r in random.Random(len(records)).sample(records, count):
        text = r["text"]
        for s in sorted(r["spans"], key=lambda s: -s["start"]):
            text = (
                text[: s["start"]]
                + "⟦"
                + s["kind"]
                + ":"
                + text[s["start"] : s["end"]]
                + "⟧"
                + text[s["end"] :]
            )
        print("=== %s %s %s\n%s\n" % (r["id"], r["style"], r["theme"], text))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("name", "npwp", "nik", "email", "kk", "bpjs", "phone", "bank_account", "address"):
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
# /{lf1} family name, {fg1} "Family, Given", {nk1}/{lnk1} nickname, {ig1} initial and family name,
# {No1} capitals with a digit read for a letter, {Ns1} capitals with a stray space, {Nn1} capitals
# over a line); {hp1} mobile ({hpb1} one block, {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpi1}
# +62 with dashes, {hpj1} +62 in one block, {hpk1} 62 without +, {hpo1} letters for digits,
# {hpn1} over a line); {hq1} a second mobile; {tr1} home landline; {nik1} NIK ({nikb1}, {niks1}
# fours, {nikt1} dots, {nikd1} dashes, {nikp1} pairs, {niko1} letters for digits, {nikn1} over a
# line, {nikw1} a digit too few or too many); {kk1} the family card of person 1 (same suffixes;
# fam={2: 1} makes 2 a member); {npwp1} ({npwpd1} dotted, {npwpb1} 15 in a block, {npwpn1} the
# NIK, {npwpz1} 0 and the old 15, {npwps1} spaced groups, {npwpl1} over a line, {npwpo1} as a scan
# reads it); {bpjs1} ({bpjsb1}, {bpjss1}, {bpjsd1}, {bpjsn1} over a line, {bpjso1}); {em1}
# ({emp1} plain, {emu1} capitals, {emx1} a dodge, {emm1} a comma for the dot, {emn1} over a line,
# {emk1} the person's own on an office's or a ministry's host); {bank1}/{rek1} an account; {wal1}
# an e-wallet; {ad1}/{adr1}/{adc1}/{rt1} addresses, {rtk1} a card's RT/RW pair; {lahir1}, {umur1};
# {pl1} plate.
# Not a person's: {owa} {scam} mobiles, {otel} a landline, {cc}; {npwpx} a body's NPWP, {rekb}
# {rekntt} {rekbri} a body's account, {bmail} a body's mailbox; {nib} {pbg} {imb} {siup} {tdp}
# {nop} {nopd} {billing} {ntpn} {bpe} {efaktur} {bupot}; {nip} {nrp} {nisn} {nim} {npsn} {dtks}
# {kip} {kkscard} {prakerja} {notas} {kpj} {idpel} {meter} {samb} {sep} {rujukan} {klaim} {pk}
# {tiket} {surat} {va} {ref} {nikmask} {antri} {kode} {mdr}; figures {tgl} {tg} {jam} {dt} {rp}
# {rpb} {rps} {num} {thn} {thl} {bln} {hari}; places and bodies {kel} {kec} {desa} {pusk} {rs}
# {school} {cv} {shop} {kop} {jl} {jlno} {bnk} {rtx}.

TEMPLATES: list[tuple] = []

# ---- email_thread: e-mails with headers, signatures and quoted replies
TEMPLATES += [
    T(
        "email_thread",
        "tax_npwp",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Date: {tg} {jam}
Subject: NPWP tidak valid waktu pengajuan KUR

Selamat siang Bapak/Ibu petugas,

Saya [[n:{n1}]], pedagang sayur di Pasar Oeba. Waktu ajukan KUR di {bnk}, petugas bilang NPWP saya [[npwp:{npwpd1}]] tidak valid dan harus pakai yang 16 digit. Apakah betul NPWP saya sekarang sama dengan NIK [[nik:{nik1}]]? Kode verifikasi dari bank {kode}.

Mohon penjelasan. Terima kasih.

Hormat saya,
[[n:{n1}]]
HP/WA [[p:{hp1}]]
""",
    ),
    T(
        "email_thread",
        "tax_npwp",
        """
From: Layanan Informasi KPP Pratama Kupang <informasi.kupang@pajak.go.id>
To: [[n:{n1}]] <[[e:{emp1}]]>
Subject: Re: Permohonan EFIN ulang

Yth. Bapak/Ibu [[n:{n1}]],

Permohonan Saudara sudah kami terima dengan nomor tiket {tiket}. NPWP [[npwp:{npwpn1}]] sudah dipadankan dengan NIK, sehingga EFIN baru akan dikirim ke alamat email yang terdaftar. Jangan berikan EFIN kepada siapa pun, termasuk yang mengaku petugas pajak.

Salam,
Tim Layanan KPP Pratama Kupang
Kring Pajak 1500200 | pengaduan@pajak.go.id

Pada {tg} {jam}, [[n:{n1}]] <[[e:{emp1}]]> menulis:
> Selamat pagi, sy mau minta EFIN ulang krn email lama sy sdh tidak aktif.
> NPWP [[npwp:{npwpn1}]]
> Terima kasih
""",
    ),
    T(
        "email_thread",
        "tax_npwp",
        """
From: Direktorat Jenderal Pajak <no-reply@pajak.go.id>
To: wp-kupang-920@lists.pajak.go.id
Subject: Pengingat batas waktu SPT Tahunan {thn}

Yth. Wajib Pajak,

Batas pelaporan SPT Tahunan Orang Pribadi adalah 31 Maret {thn}. Pembayaran kurang bayar dilakukan dengan kode billing (contoh format: {billing}) dan dianggap sah bila sudah ada NTPN, misalnya {ntpn}.

Pertanyaan: Kring Pajak 1500200, email informasi@pajak.go.id, atau datang ke KPP Pratama Kupang, {jlno}.
Email ini dikirim otomatis, mohon tidak dibalas.
""",
    ),
    T(
        "email_thread",
        "tax_npwp",
        """
From: [[n:{n1}]] <[[e:{emk1}]]>
To: Bendahara Gaji Dinas Pendidikan <bendahara.gaji.disdik@kupangkota.go.id>
Cc: [[n:{n2}]] <[[e:{emp2}]]>
Subject: Perbaikan data NPWP untuk PPh 21

Ibu/Bapak bendahara,

Mohon data saya diperbaiki. Potongan PPh 21 saya bulan {bln} lebih besar karena dianggap tidak punya NPWP. NPWP saya [[npwp:{npwpd1}]], sudah dipadankan dengan NIK [[nik:{nik1}]]. Istri saya [[n:{g2}]] juga PNS di {pusk}, NPWP dia [[npwp:{npwpn2}]].

NIP saya {nip}. Bukti potong terakhir No. {bupot}.

Salam,
[[n:{n1}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "email_thread",
        "permits_business",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: dpmptsp@kupangkota.go.id
Subject: NIB keluar atas nama suami, bukan saya

Selamat pagi DPMPTSP Kota Kupang,

Saya daftar usaha katering rumahan di OSS bulan lalu. NIB yang keluar {nib} tapi tertulis atas nama suami saya [[n:{n2}]], dan NPWP yang terbaca NPWP dia [[npwp:{npwpd2}]], bukan NPWP pribadi saya [[npwp:{npwpn1}]]. Usaha ini usaha perorangan saya sendiri, alamat usaha di rumah [[a:{ad1}]], Kel. {kel}.

Mohon petunjuk cara perbaikan. Kalau perlu datang, saya bisa hari {hari}.

Terima kasih,
[[n:{n1}]]
WA [[p:{hp1}]]
(kalau email ini sering masuk spam, balas ke: [[e:{emx3}]], email anak saya [[n:{g3}]])
""",
        F=(1,),
        M=(2,),
        fam={3: 2},
    ),
    T(
        "email_thread",
        "permits_business",
        """
From: Sistem OSS <noreply@oss.go.id>
To: admin@nusalontar.co.id
Subject: Penerbitan Nomor Induk Berusaha (NIB)

Selamat, NIB Anda telah terbit.
Nama Pelaku Usaha : CV NUSA LONTAR MANDIRI
NPWP Badan        : {npwpx1}
NIB               : {nib}
KBLI              : 41011 / 43211
Alamat Usaha      : {jlno}, Kota Kupang

Perizinan Berusaha Untuk Menunjang Kegiatan Usaha (PB UMKU) dapat diajukan melalui oss.go.id. Bantuan: helpdesk@oss.go.id / Call Center 1500 765.
""",
    ),
    T(
        "email_thread",
        "education",
        """
From: [[n:{n1}]] via Guru Honor NTT <guru-honor-ntt@googlegroups.com>
To: guru-honor-ntt@googlegroups.com
Subject: [guru-honor-ntt] Rekap NPWP guru honor {school} (diminta bendahara BOS)

Selamat malam rekan2, ini rekap yang diminta bendahara BOS, supaya potongan PPh tidak 20% lebih tinggi:

1. [[n:{n1}]] — [[npwp:{npwpd1}]]
2. [[n:{n2}]] — [[npwp:{npwpn2}]]
3. [[n:{n3}]] — [[npwp:{npwpz3}]]
4. [[n:{n4}]] — belum punya, pakai NIK [[nik:{nik4}]]

NPWP sekolah ({npwpx}) jangan dipakai untuk pribadi e. Kalau ada yang salah, balas ke saya langsung di [[e:{emk1}]].

--
Anda menerima pesan ini karena berlangganan grup "Guru Honor NTT".
Untuk berhenti berlangganan, kirim email ke guru-honor-ntt+unsubscribe@googlegroups.com.
""",
    ),
    T(
        "email_thread",
        "education",
        """
From: Operator Dapodik Kota Kupang <operator-dapodik-kpg@googlegroups.com>
To: operator-dapodik-kpg@googlegroups.com
Subject: Jadwal sinkron Dapodik semester genap

Yth. operator sekolah,
Sinkron terakhir tanggal {tgl} jam {jam}. Sekolah yang residu NISN ganda (contoh NISN {nisn} dan {nisn2}) harap lapor ke dapodik.kotakupang@gmail.com dengan subjek NPSN sekolah, misalnya "{npsn} - residu".
Sekolah yang NPWP sekolahnya belum terisi di Dapodik (format 16 digit, contoh {npwpx}) tidak bisa cair BOS tahap berikut.
Helpdesk Disdik: {owa} (jam kerja).
""",
    ),
    T(
        "email_thread",
        "bpjs_health",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Kartu KIS mama saya nonaktif

Selamat siang,
Kartu KIS mama saya [[n:{n2}]] no. [[bpjs:{bpjs2}]] tiba-tiba nonaktif waktu berobat di {pusk}. Mama PBI dari APBD, NIK [[nik:{nik2}]], No. KK [[kk:{kk2}]]. SEP sebelumnya {sep} masih bisa, sekarang ditolak.
Saya anaknya, bisa dihubungi di [[p:{hp1}]].

Terima kasih,
[[n:{n1}]]
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "email_thread",
        "bpjs_health",
        """
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: tu.smkn3kupang@gmail.com
Subject: Rekonsiliasi iuran PPU Badan Usaha

Yth. Pengelola Kepegawaian,
Terlampir tagihan iuran dengan kode virtual account {va}. Selisih klaim No. {klaim} akan dikompensasi bulan depan. Untuk rujukan balik No. {rujukan} dan SEP {sep} mohon dikirim ulang dalam format PDF.
Informasi: Care Center 165, Pandawa WA {owa}.
""",
    ),
    T(
        "email_thread",
        "bank_credit",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: kur.kupang@bri.co.id
Subject: Pengaduan: angsuran KUR terdebet dua kali

Dengan hormat,
Saya [[n:{n1}]], debitur KUR Mikro dengan No. Perjanjian Kredit {pk}. Angsuran bulan {bln} terdebet dua kali dari rekening saya BRI [[b:{rkr1}]] (ref. {ref} dan {ref2}), masing-masing Rp {rp}.
Data saya: NIK [[nik:{nik1}]], NPWP [[npwp:{npwp1}]].
Mohon dikembalikan. Saya sudah lapor di unit BRI {kel} tapi disuruh kirim email.

Salam,
[[n:{n1}]]
[[p:{hp1}]]
""",
        U=False,
    ),
    T(
        "email_thread",
        "bank_credit",
        """
From: BRI <notifikasi@bri.co.id>
To: callbri@bri.co.id
Subject: Informasi angsuran KUR jatuh tempo

Nasabah Yth,
Angsuran KUR Anda untuk rekening ****{kode} jatuh tempo tanggal {tgl} sebesar Rp {rp}. Pembayaran dapat melalui BRIVA {va}.
BRI tidak pernah meminta PIN, OTP atau password. Waspada penipuan yang mengatasnamakan BRI melalui nomor pribadi seperti {scam}.
Call BRI 14017 / 1500017 | callbri@bri.co.id
""",
    ),
    T(
        "email_thread",
        "jobs_pension",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: cs@prakerja.go.id
Subject: Email tidak bisa verifikasi, Kartu Prakerja gagal

Halo admin Prakerja,
Saya sudah lolos gelombang lalu, nomor Kartu Prakerja {prakerja}. Tapi waktu mau tautkan e-wallet, kode OTP selalu masuk ke email lama. Email yang benar [[e:{emp1}]], email lama [[e:{emx2}]] (punya kakak saya [[n:{g2}]], dulu pakai HP dia).
NIK saya [[nik:{nik1}]], HP [[p:{hp1}]].
Terima kasih.
[[n:{n1}]]
""",
        fam={2: 1},
    ),
    T(
        "email_thread",
        "jobs_pension",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: layanan.kupang@taspen.co.id
Subject: Bapa saya pensiunan belum terima uang pensiun bulan {bln}

Selamat pagi Taspen Kupang,
Bapa saya [[n:{n2}]], pensiunan guru SD, nomor pensiun (NOTAS) {notas}, NIP lama {nip}. Uang pensiun bulan ini belum masuk ke rekening Bank NTT [[b:{rkn2}]] a.n. [[n:{n2}]].
Data otentikasi sudah dilakukan di kantor tanggal {tgl}. NIK bapa [[nik:{nik2}]], NPWP [[npwp:{npwpd2}]].
Mohon dicek.
[[n:{n1}]] (anak)
[[p:{hp1}]]
""",
        E=(2,),
        M=(2,),
    ),
    T(
        "email_thread",
        "village_finance",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Inspektorat Kabupaten Kupang <inspektorat@kupangkab.go.id>
Subject: Klarifikasi temuan PPh dana desa {desa}

Yth. Tim Pemeriksa,
Saya bendahara Desa {desa}. Setoran PPh 22 dan PPN belanja desa sudah dibayar pakai NPWP bendahara desa {npwpx}, NTPN {ntpn}. Yang di temuan tercatat NPWP pribadi saya [[npwp:{npwpd1}]], itu salah input dari operator Siskeudes.
Mohon dikoreksi. Dokumen pendukung saya lampirkan di email ini, karena email desa {dmail} sedang penuh.

Salam,
[[n:{n1}]]
Bendahara Desa {desa}
""",
    ),
    T(
        "email_thread",
        "village_finance",
        """
From: Inspektorat Kabupaten Kupang <inspektorat@kupangkab.go.id>
To: desa.oelnasi@gmail.com; bumdes.oenesu.sejahtera@gmail.com
Subject: Tindak lanjut LHP dana desa TA {thl}

Kepada Yth. Kepala Desa dan Bendahara,
Berdasarkan LHP Nomor {surat}, terdapat kekurangan setor pajak sebesar Rp {rps}. Setoran dilakukan dengan kode billing {billing} atas NPWP bendahara desa masing-masing, lalu bukti NTPN dikirim ke inspektorat@kupangkab.go.id paling lambat {tg}.
BUMDes yang NPWP badannya ({npwpx}) belum aktif agar segera ke KPP.
""",
    ),
    T(
        "email_thread",
        "land_tax_pbb",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pbb.bapenda.kotakupang@gmail.com
Subject: Keberatan SPPT PBB {thn}

Yth. Bapenda Kota Kupang,
Saya [[n:{n1}]] mengajukan keberatan atas SPPT PBB {thn} NOP {nop}. Objek pajak adalah rumah tinggal saya di [[a:{adr1}]], Kel. {kel}, luas bangunan hanya 54 m2 tapi di SPPT tertulis 154 m2, sehingga tagihan naik jadi Rp {rp}.
NIK [[nik:{nik1}]]. Foto IMB lama No. {imb} saya lampirkan.
Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "email_thread",
        "land_tax_pbb",
        """
From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
To: sekretariat.dinsos.kpg@gmail.com
Subject: E-SPPT PBB aset Pemkot

Yth. Sekretariat,
Bersama ini kami kirimkan e-SPPT untuk NOP {nop} dan {nop2}. Pembayaran melalui Bank NTT dengan kode bayar {billing}. Bila ada perbedaan luas, hubungi Bidang PBB telp {otel} atau pbb.bapenda.kotakupang@gmail.com.
""",
    ),
    T(
        "email_thread",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: dukcapil@kupangkota.go.id
Subject: Mohon perbaikan KK, NIK anak tidak muncul

Selamat pagi Dukcapil,
KK kami No. [[kk:{kk1}]]. Anak kedua [[n:{g3}]] lahir {tgl} belum masuk, sedangkan istri [[n:{g2}]] NIK-nya tertulis [[nik:{nik2}]] padahal di KTP dia [[nik:{nikw2}]]. NIK saya [[nik:{nik1}]].
Alamat: [[a:{adr1}]], Kel. {kel}.
Terima kasih,
[[n:{n1}]] / [[p:{hp1}]]
""",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={2: 1, 3: 1},
    ),
    T(
        "email_thread",
        "tax_npwp",
        """
From: CV Sasando Cipta Karya <keuangan.sasandocipta@gmail.com>
To: Dinas PUPR Kota Kupang <pupr@kupangkota.go.id>
Subject: Faktur pajak pekerjaan drainase

Terlampir faktur pajak No. {efaktur}.
Penjual : CV SASANDO CIPTA KARYA, NPWP {npwpx1}
Pembeli : DINAS PUPR KOTA KUPANG, NPWP {npwpx2}
DPP Rp {rpb}, PPN 11%.
Kontak kantor {otel}.
""",
    ),
    T(
        "email_thread",
        "education",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: KIP Kuliah Undana <kipk@undana.ac.id>
Subject: Status KIP Kuliah belum cair

Yth. Tim KIP Kuliah,
Saya [[n:{n1}]], mahasiswa Prodi Pendidikan Matematika, NIM {nim}, NISN {nisn}. Bantuan biaya hidup semester ini belum cair ke rekening BNI [[b:{rkb1}]]. Di SIM KIP nama saya tertulis "[[n:{n1}]]" tapi NIK [[nik:{nik1}]] ditandai belum padan.
Kalau email ini tidak sampai, bisa ke email saya yang lain: [[e:{emx1}]].
Terima kasih.
""",
    ),
    T(
        "email_thread",
        "jobs_pension",
        """
From: [[n:{n1}]] <[[e:{emp1}]]>
To: HRD PT Timor Raya Logistik <rekrutmen.timorraya@gmail.com>
Subject: Lamaran Staf Administrasi - [[n:{n1}]]

Dengan hormat,
Bersama ini saya melamar posisi Staf Administrasi. Data diri:
Nama : [[n:{n1}]]
Alamat : [[a:{adr1}]], Kel. {kel}, Kota Kupang
HP : [[p:{hp1}]]
Email : [[e:{emp1}]]
Saya alumni Kartu Prakerja (sertifikat No. {prakerja}) dan punya NPWP [[npwp:{npwpn1}]].
Hormat saya,
[[n:{n1}]]
""",
    ),
    T(
        "email_thread",
        "permits_business",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
To: Dinas PUPR Kota Kupang <pupr@kupangkota.go.id>
Subject: PBG rumah tinggal belum terbit sudah 3 bulan

Yth. Bidang Tata Bangunan,
Permohonan PBG rumah tinggal saya di [[a:{ad1}]], Kel. {kel}, diajukan lewat SIMBG tanggal {tgl} dengan nomor registrasi {pbg}. Retribusi sudah dibayar (kode bayar {billing}). Status masih "verifikasi teknis".
Rumah ini untuk keluarga sendiri, bukan usaha. Yang tanda tangan gambar adalah tukang, [[n:{n2}]].
Terima kasih,
[[n:{n1}]]
[[p:{hp1}]]
""",
    ),
]

# ---- wa_helpdesk: WhatsApp exports with offices' help desks, and group chats
TEMPLATES += [
    T(
        "wa_helpdesk",
        "land_tax_pbb",
        """
[{dt1}] Helpdesk Bapenda Kota Kupang: Selamat pagi, terima kasih sudah menghubungi layanan PBB-P2. Ada yang bisa dibantu?
[{dt2}] [[n:{n1}]]: Pagi. Sy mau tanya tagihan PBB sy naik jauh. NOP {nop}
[{dt3}] Helpdesk Bapenda Kota Kupang: Baik Bapak/Ibu. Untuk verifikasi mohon kirim NIK dan NPWP wajib pajak.
[{dt4}] [[n:{n1}]]: NIK [[nik:{nik1}]]
[{dt5}] [[n:{n1}]]: [[npwp:{npwpd1}]]
[{dt6}] Helpdesk Bapenda Kota Kupang: Terima kasih. Data kami teruskan ke Bidang PBB, nomor tiket {tiket}. Mohon ditunggu 3 hari kerja.
""",
    ),
    T(
        "wa_helpdesk",
        "tax_npwp",
        """
{tgl} {jam1} - Kring Pajak: Halo, dengan Kring Pajak. Silakan sampaikan pertanyaan Anda.
{tgl} {jam2} - [[n:{lg1}]]: sy istri, tdk kerja. mau lapor SPT pakai NPWP suami sy bisa?
{tgl} {jam3} - Kring Pajak: Bisa Ibu, bila memilih NPWP gabung dengan suami. Mohon sebutkan NPWP suami.
{tgl} {jam4} - [[n:{lg1}]]: [[npwp:{npwps2}]]
{tgl} {jam5} - [[n:{lg1}]]: nama suami [[n:{n2}]]
{tgl} {jam6} - Kring Pajak: Terima kasih Ibu. Status NPWP tersebut aktif. Silakan lapor melalui DJP Online, EFIN dikirim ke email terdaftar suami.
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "wa_helpdesk",
        "tax_npwp",
        """
[{dt1}] Info Bapenda Kota Kupang: Yth. Wajib Pajak, pembayaran PBB dan pajak daerah kini bisa lewat QRIS dan kode bayar. Contoh kode bayar: {billing}.
[{dt2}] Info Bapenda Kota Kupang: Hati-hati penipuan! Bapenda tidak pernah minta transfer ke rekening pribadi. Rekening resmi Kas Daerah Bank NTT {rekntt}.
[{dt3}] Info Bapenda Kota Kupang: Layanan keberatan: WA {owa} / email bapenda@kupangkota.go.id (Senin-Jumat 08.00-15.00).
""",
    ),
    T(
        "wa_helpdesk",
        "bpjs_health",
        """
[{dt1}] PANDAWA BPJS Kesehatan: Selamat datang di layanan PANDAWA. Ketik nomor kartu JKN-KIS Anda.
[{dt2}] [[n:{n1}]]: [[bpjs:{bpjs1}]]
[{dt3}] PANDAWA BPJS Kesehatan: Silakan ketik NIK peserta.
[{dt4}] [[n:{n1}]]: [[nik:{nik1}]]
[{dt5}] PANDAWA BPJS Kesehatan: Status kepesertaan: NONAKTIF (PBI APBN dinonaktifkan). Silakan ke Dinas Sosial atau kantor cabang dengan membawa KTP dan KK.
[{dt6}] [[n:{n1}]]: kenapa bisa nonaktif, bulan lalu sy msh pake di {pusk}. KK sy [[kk:{kk1}]]
""",
    ),
    T(
        "wa_helpdesk",
        "bpjs_health",
        """
[{dt1}] PANDAWA BPJS Kesehatan: Menu layanan: 1. Cek status 2. Perubahan faskes 3. Cetak e-ID 4. Info tagihan.
[{dt2}] PANDAWA BPJS Kesehatan: Untuk pengajuan klaim perorangan di luar negeri atau nomor SEP yang ditolak (mis. {sep}), silakan email kc.kupang@bpjs-kesehatan.go.id.
[{dt3}] PANDAWA BPJS Kesehatan: Pembayaran iuran mandiri: VA {va}. Kantor cabang Kupang telp {otel}.
""",
    ),
    T(
        "wa_helpdesk",
        "education",
        """
[{dt1}] [[n:{n1}]]: Bapak ibu operator, ini data siswa PIP yg rekening SimPel-nya blm aktif:
[{dt2}] [[n:{n1}]]: 1. [[n:{N2}]] NISN {nisn2} NIK [[nik:{nik2}]] rek BRI [[b:{rkr2}]]
[{dt3}] [[n:{n1}]]: 2. [[n:{N3}]] NISN {nisn3} NIK [[nik:{nik3}]] (rekening masih a.n. ibu kandung [[n:{N4}]])
[{dt4}] Admin PIP Disdik: Terima kasih Pak. Untuk yang belum aktivasi, orang tua bawa KTP, KK dan SK nominasi ke BRI unit terdekat. Jangan titip ke calo.
[{dt5}] [[n:{n5}]]: Ijin pak, sekolah kami NPSN {npsn}, ada 4 siswa juga blm aktif. Nanti sy japri.
""",
        K=(2, 3),
        F=(4,),
        fam={3: 4},
    ),
    T(
        "wa_helpdesk",
        "education",
        """
[{dt1}] Admin Dapodik Disdik Kota: Rekan2 operator, batas sinkron tgl {tgl}. Sekolah dengan NPSN {npsn} dan {npsn2} masih ada PTK tanpa NUPTK.
[{dt2}] Admin Dapodik Disdik Kota: Yang tanya email belajar.id, reset lewat admin sekolah atau ke helpdesk: dapodik.kotakupang@gmail.com.
[{dt3}] Operator SMPN 12: Siap admin 🙏
[{dt4}] Operator SD GMIT Fatululi: Siap, kami sinkron ulang hari ini.
""",
    ),
    T(
        "wa_helpdesk",
        "bank_credit",
        """
[{dt1}] Bank NTT Care: Selamat siang, Bank NTT Care siap membantu. Mohon jangan kirim PIN/OTP.
[{dt2}] [[n:{n1}]]: sy debitur KUR, angsuran sy su lunas tapi di SLIK OJK masih tercatat kolektibilitas 5. jadi sy tdk bisa ambil kredit di bank lain
[{dt3}] Bank NTT Care: Mohon informasikan nama lengkap, nomor rekening dan NIK.
[{dt4}] [[n:{n1}]]: [[n:{N1}]]
[{dt5}] [[n:{n1}]]: rek [[b:{rkn1}]]
[{dt6}] [[n:{n1}]]: NIK [[nik:{nik1}]]
[{dt7}] Bank NTT Care: Laporan tercatat dengan nomor {tiket}. Kantor cabang akan menghubungi Bapak/Ibu.
""",
    ),
    T(
        "wa_helpdesk",
        "village_finance",
        """
[{dt1}] [[n:{n1}]]: Bendahara, tolong kirim NPWP untuk potong pajak honor aparat desa
[{dt2}] [[n:{n2}]]: Siap Kades. NPWP bendahara desa {npwpx}
[{dt3}] [[n:{n1}]]: Bukan itu. Yang saya minta NPWP masing-masing aparat. Punya sekdes [[n:{g3}]] sudah ada?
[{dt4}] [[n:{n2}]]: Sekdes punya [[npwp:{npwpd3}]]. Punya saya pribadi sama dengan NIK, [[npwp:{npwpn2}]]
[{dt5}] [[n:{n1}]]: Oke. Kirim ke operator Siskeudes e.
""",
    ),
    T(
        "wa_helpdesk",
        "village_finance",
        """
[{dt1}] Admin Desa {desa}: Pengumuman. Pencairan BLT-DD tahap II hari {hari} jam 09.00 di kantor desa. KPM bawa KTP asli.
[{dt2}] Admin Desa {desa}: Pajak belanja desa sudah disetor, NTPN {ntpn}, kode billing {billing}, atas NPWP desa {npwpx}.
[{dt3}] Admin Desa {desa}: Info dan keluhan: email {dmail} atau WA kantor desa {owa}.
""",
    ),
    T(
        "wa_helpdesk",
        "jobs_pension",
        """
[{dt1}] [[n:{n1}]]: Selamat sore admin Prakerja. Sy tdk bisa login, email sy salah ketik waktu daftar
[{dt2}] Prakerja Care: Halo! Mohon info email yang terdaftar dan email yang benar ya.
[{dt3}] [[n:{n1}]]: yg terdaftar [[e:{emm1}]] , harusnya [[e:{emp1}]]
[{dt4}] Prakerja Care: Baik. Untuk keamanan, kirim juga NIK dan nomor HP terdaftar.
[{dt5}] [[n:{n1}]]: [[nik:{nik1}]] / [[p:{hp1}]]
[{dt6}] Prakerja Care: Terima kasih. Permintaan perubahan email diproses maksimal 3x24 jam. Nomor tiket {tiket}.
""",
    ),
    T(
        "wa_helpdesk",
        "jobs_pension",
        """
[{dt1}] TASPEN Kupang: Yth. Peserta, otentikasi pensiunan bisa lewat aplikasi TASPEN Mobile. Siapkan NOTAS/nomor pensiun (15 digit, contoh {notas}) dan KTP.
[{dt2}] TASPEN Kupang: Pembayaran pensiun bulan {bln} dibayarkan mulai tanggal 1 melalui mitra bayar. Informasi: Contact Center 1500 919 atau layanan.kupang@taspen.co.id.
""",
    ),
    T(
        "wa_helpdesk",
        "permits_business",
        """
[{dt1}] Helpdesk OSS DPMPTSP: Selamat pagi, silakan sampaikan kendala perizinan.
[{dt2}] [[n:{n1}]]: Pagi. Sy usaha bengkel las di rumah, perorangan. Waktu isi OSS minta NPWP, sy isi NPWP usaha perorangan sy [[npwp:{npwpd1}]] tapi muncul "NPWP tidak sesuai NIK"
[{dt3}] Helpdesk OSS DPMPTSP: Sejak padan NIK-NPWP, untuk orang pribadi pakai NIK 16 digit di kolom NPWP ya Pak.
[{dt4}] [[n:{n1}]]: Berarti sy isi [[npwp:{npwpn1}]] ?
[{dt5}] Helpdesk OSS DPMPTSP: Betul. Setelah NIB terbit, SKU dari kelurahan tidak perlu lagi.
""",
    ),
    T(
        "wa_helpdesk",
        "permits_business",
        """
[{dt1}] DPMPTSP Kota Kupang: Daftar PBG yang terbit minggu ini:
1) {cv1} — {pbg1}
2) {cv2} — {pbg2}
3) Yayasan Pendidikan Lontar — {pbg3}
Pengambilan dokumen di loket 3, Mal Pelayanan Publik, {jlno}. Info: {owa}.
""",
    ),
    T(
        "wa_helpdesk",
        "civil_registry",
        """
[{dt1}] Layanan Dukcapil Kota Kupang: Untuk cek status KTP-el yang sudah dicetak, kirim NIK dan No KK.
[{dt2}] [[n:{n1}]]: Ini punya sy: [[nik:{nik1}]] / [[kk:{kk1}]]
[{dt3}] Layanan Dukcapil Kota Kupang: KTP-el a.n. [[n:{N1}]] sudah tercetak, bisa diambil di kantor kelurahan {kel}.
[{dt4}] [[n:{n1}]]: Puji Tuhan. Kalau anak sy [[n:{g2}]] punya KIA?
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "wa_helpdesk",
        "civil_registry",
        """
[{dt1}] Layanan Dukcapil Kota Kupang: Nomor antrean Anda {antri}. Estimasi dilayani jam {jam}.
[{dt2}] Layanan Dukcapil Kota Kupang: Data ditemukan: NIK {nikmask}, status kawin: BELUM KAWIN, dokumen: SIAP AMBIL.
[{dt3}] Layanan Dukcapil Kota Kupang: Pengaduan: dukcapil@kupangkota.go.id atau SMS 1708.
""",
    ),
    T(
        "wa_helpdesk",
        "land_tax_pbb",
        """
[{dt1}] [[n:{n1}]]: Selamat siang. Tanah almarhum bapa kami [[n:{n2}]] masih atas nama beliau di SPPT, NOP {nop}. Kami mau balik nama ke mama [[n:{n3}]].
[{dt2}] Helpdesk Bapenda Kota Kupang: Turut berduka. Syaratnya: akta kematian, surat keterangan ahli waris, KTP dan KK ahli waris.
[{dt3}] [[n:{n1}]]: KK mama [[kk:{kk3}]], NIK mama [[nik:{nik3}]]. Sertifikat masih di bank karena dulu dipakai agunan KUR.
[{dt4}] Helpdesk Bapenda Kota Kupang: Baik, bisa datang ke loket PBB dengan fotokopi sertifikat.
""",
        M=(2,),
        F=(3,),
        E=(2, 3),
        fam={1: 2},
    ),
    T(
        "wa_helpdesk",
        "land_tax_pbb",
        """
[{dt1}] Grup Wajib Pajak Kel. {kel}: Ini daftar SPPT yang belum diambil: NOP {nop1}, {nop2}, {nop3}. Yang punya silakan ambil di kantor kelurahan.
[{dt2}] Grup Wajib Pajak Kel. {kel}: Batas bayar {tg}. Bayar di Bank NTT atau Indomaret dengan NOP 18 digit (contoh {nopd}).
""",
    ),
    T(
        "wa_helpdesk",
        "tax_npwp",
        """
[{dt1}] Helpdesk KPP Pratama Kupang: Selamat siang Bapak/Ibu, untuk validasi SPT mohon kirim NPWP lama dan nama sesuai kartu.
[{dt2}] [[n:{n1}]]: NPWP lama sy [[npwp:{npwps1}]]
[{dt3}] [[n:{n1}]]: nama di kartu [[n:{N1}]]
[{dt4}] Helpdesk KPP Pratama Kupang: Terima kasih. NPWP Bapak/Ibu sudah berubah menjadi NIK. Gunakan NIK untuk login DJP Online.
[{dt5}] [[n:{n1}]]: baik trimakasih
""",
    ),
    T(
        "wa_helpdesk",
        "bank_credit",
        """
[{dt1}] [[n:{n1}]]: Min, sy transfer bayar angsuran ke DANA {scam} spt yg dikirim di inbox "BRI KUR", skrg nomornya tdk aktif. Itu penipu kah?
[{dt2}] Admin Info BRI: Itu bukan nomor resmi BRI Ibu. BRI tdk menerima angsuran lewat e-wallet. Silakan lapor ke unit BRI terdekat dan ke Call BRI 14017.
[{dt3}] [[n:{n1}]]: rekening sy BRI [[b:{rkr1}]] masih aman kah?
[{dt4}] Admin Info BRI: Segera ganti PIN dan jangan berikan OTP.
""",
        F=(1,),
    ),
    T(
        "wa_helpdesk",
        "education",
        """
[{dt1}] [[n:{n1}]]: Admin belajar.id, sy guru honor di {school}. akun sy [[e:{emk1}]] tdk bisa masuk, lupa password
[{dt2}] Admin belajar.id Disdik: Baik Ibu/Bapak. Reset dilakukan oleh operator sekolah lewat Dapodik. Email pribadi untuk pemulihan apa?
[{dt3}] [[n:{n1}]]: [[e:{emx1}]]
[{dt4}] Admin belajar.id Disdik: Terima kasih, link reset dikirim ke email pribadi itu.
""",
    ),
    T(
        "wa_helpdesk",
        "bpjs_health",
        """
[{dt1}] [[n:{n1}]]: Selamat malam kaka petugas Dinsos. Mama sy [[n:{n2}]] dan adik [[n:{g3}]] dikeluarkan dari PBI. Kartu mama [[bpjs:{bpjss2}]], adik [[bpjs:{bpjs3}]].
[{dt2}] Petugas Dinsos Kota Kupang: Malam. Mungkin karena data DTKS belum padan. Kirim NIK mama dan nomor KK.
[{dt3}] [[n:{n1}]]: [[nik:{nik2}]]
[{dt4}] [[n:{n1}]]: KK [[kk:{kk2}]]
[{dt5}] Petugas Dinsos Kota Kupang: ID DTKS {dtks} masih aktif. Kami usulkan reaktivasi ke Kemensos.
""",
        F=(2,),
        fam={1: 2, 3: 2},
    ),
    T(
        "wa_helpdesk",
        "tax_npwp",
        """
[{dt1}] Admin Grup UMKM Oebobo: Ada yang dapat WA dari {scam} ngaku petugas KPP minta foto KTP dan EFIN?
[{dt2}] Pendamping UMKM Dinas Koperasi: Itu tipu. KPP sonde pernah minta EFIN lewat WA. Lapor ke pengaduan@pajak.go.id atau Kring Pajak 1500200.
[{dt3}] Admin Grup UMKM Oebobo: Nomor lain juga {scam2} dengan pesan sama.
""",
    ),
]

# ---- sms_1708: SMS to 1708, KOTKUPANG and the complaint, in capitals or lower case
TEMPLATES += [
    T(
        "sms_1708",
        "tax_npwp",
        """
KOTKUPANG SY [[n:{N1}]] NPWP SY [[npwp:{npwpd1}]] DIBLOKIR KRN 3 THN TDK LAPOR SPT, PADAHAL SY SDH BERHENTI KERJA DR {CV}. MHN BANTU NONEFEKTIF. HP [[p:{hp1}]]
""",
    ),
    T(
        "sms_1708",
        "permits_business",
        """
kotkupang sy jual sembako di pasar kasih naikoten. NIB sy {nib} sdh ada tp petugas pasar msh tagih SIUP no {siup} yg lama dan minta rp {rp}. apa NIB tdk berlaku? sy [[n:{l1}]] nik [[nik:{nik1}]]
""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """
KOTKUPANG NIK ANAK SY DI KK TERTULIS [[nik:{nikk2}]] KURANG 1 ANGKA, JADI TDK BS DAFTAR BPJS. NO KK [[kk:{kk1}]]. DR [[n:{N1}]] DI {KEL}
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "sms_1708",
        "bpjs_health",
        """
kotkupang kis mama sy no [[bpjs:{bpjs2}]] ditolak di {rs} katanya nonaktif, pdhl PBI. mama [[n:{l2}]] umur {umur2} thn. tolong dicek. [[n:{lg1}]] [[p:{hp1}]]
""",
        E=(2,),
        F=(2,),
    ),
    T(
        "sms_1708",
        "education",
        """
KOTKUPANG DANA PIP ANAK SY [[n:{N2}]] KLS 5 {SCHOOL} BLM CAIR 2 THN. REK SIMPEL BRI [[b:{RKR2}]] A.N. ANAK. KATA SEKOLAH TANYA DINAS, KATA DINAS TANYA SEKOLAH. TTD BPK [[n:{N1}]]
""",
        K=(2,),
        fam={2: 1},
        M=(1,),
    ),
    T(
        "sms_1708",
        "village_finance",
        """
kotkupang sy warga desa {desa}, bendahara desa bpk [[n:{l1}]] setor pajak proyek pakai npwp pribadi, bukan npwp desa. hasil musdes tdk diumumkan. sy [[n:{lg2}]] [[a:{rt2}]]
""",
    ),
    T(
        "sms_1708",
        "bank_credit",
        """
KOTKUPANG KUR SY DI {BANK1} DIPOTONG ASURANSI RP {RP} TANPA PENJELASAN. NO REK [[b:{rek1}]] A.N. [[n:{N1}]]. MHN DITINDAKLANJUTI
""",
    ),
    T(
        "sms_1708",
        "jobs_pension",
        """
kotkupang sy pensiunan guru, [[n:{l1}]], gaji pensiun sy bln ini kurang rp {rp} tanpa pemberitahuan. nip lama {nip}, rek bank ntt [[b:{rkn1}]]. mhn bantuan taspen. [[p:{hp1}]]
""",
        E=(1,),
    ),
    T(
        "sms_1708",
        "land_tax_pbb",
        """
KOTKUPANG SPPT PBB RUMAH SY DI [[a:{AD1}]] KELUAR 2 LEMBAR, NOP {NOP1} DAN {NOP2}, ATAS NAMA SY DAN ATAS NAMA PEMILIK LAMA. SY BAYAR YG MANA? [[n:{N1}]]
""",
    ),
    T(
        "sms_1708",
        "tax_npwp",
        """
kotkupang td ada sms dari {scam} katanya npwp sy diblokir dan harus klik link pajak-online. itu resmi kah? kalo penipu tolong diumumkan. nomor lain jg {scam2}
""",
    ),
    T(
        "sms_1708",
        "land_tax_pbb",
        """
KOTKUPANG KODE BAYAR PBB {BILLING} TDK BISA DIBAYAR DI TELLER, KATANYA SDH KADALUARSA. NOP {NOP}. KENAPA TIAP THN BEGINI
""",
    ),
    T(
        "sms_1708",
        "permits_business",
        """
kotkupang PBG gereja kami no reg {pbg} sdh 4 bulan blm terbit. retribusi sdh bayar, ntpn {ntpn}. mohon dinas pupr jelaskan
""",
    ),
    T(
        "sms_1708",
        "bpjs_health",
        """
KOTKUPANG SEP {SEP} DITOLAK RS KRN RUJUKAN NO {RUJUKAN} SDH LEWAT 90 HARI. HRS BALIK KE PUSKESMAS LG. PASIEN SUDAH LEMAS. TOLONG ATURAN INI DIPERBAIKI
""",
    ),
    T(
        "sms_1708",
        "education",
        """
kotkupang nisn anak sy {nisn} tdk muncul di sistem penerima PIP padahal thn lalu dapat. sekolah NPSN {npsn}. operator bilang tunggu sinkron. sampe kapan
""",
    ),
    T(
        "sms_1708",
        "village_finance",
        """
KOTKUPANG {KOP} NPWP {NPWPX} PINJAM DANA BUMDES {DESA} RP {RPB} BLM KEMBALI 2 THN. INSPEKTORAT TOLONG PERIKSA
""",
    ),
    T(
        "sms_1708",
        "jobs_pension",
        """
kotkupang kartu prakerja sy no {prakerja} insentif blm masuk 3 bln. sdh email cs@prakerja.go.id tdk dibalas
""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """
KOTKUPANG SY [[n:{N1}]] [[a:{RT1}]] KEL {KEL}. KTP SY RUSAK, WAKTU CETAK ULANG DI DUKCAPIL NIK MUNCUL [[nik:{NIKO1}]], ADA HURUF GANTI ANGKA. TOLONG DIPERBAIKI. NIK ASLI [[nik:{NIK1}]]
""",
    ),
    T(
        "sms_1708",
        "tax_npwp",
        """
kotkupang sy blm punya npwp, utk daftar kios di pasar oebobo pakai nik sj boleh? [[nik:{nik1}]]. sy [[n:{l1}]]
""",
    ),
    T(
        "sms_1708",
        "bank_credit",
        """
KOTKUPANG BANK MINTA NPWP UTK KUR DIATAS 50 JT. NPWP SY YG LAMA [[npwp:{NPWPD1}]] SKRG PAKAI [[npwp:{NPWPN1}]] (SAMA DGN NIK). TAPI SISTEM BANK MASIH TOLAK. [[n:{N1}]] [[p:{HP1}]]
""",
    ),
    T(
        "sms_1708",
        "bpjs_health",
        """
kotkupang sy peserta mandiri kelas 3, nunggak krn phk. bisa pindah PBI? no kartu [[bpjs:{bpjs1}]] nik [[nik:{nik1}]] kk [[kk:{kk1}]]. sy [[n:{l1}]] [[a:{rt1}]] {kel}
""",
    ),
    T(
        "sms_1708",
        "jobs_pension",
        """
KOTKUPANG SALDO JHT BPJS KETENAGAKERJAAN KPJ {KPJ} TIDAK BISA DICAIRKAN KRN PERUSAHAAN {CV} BLM LAPOR PHK. PERUSAHAAN NPWP {NPWPX}
""",
    ),
    T(
        "sms_1708",
        "civil_registry",
        """
kotkupang antrian dukcapil no {antri} sy dtg jam 7 pagi, dilayani jam {jam}. NIK di struk {nikmask}. tolong tambah petugas
""",
    ),
    T(
        "sms_1708",
        "education",
        """
KOTKUPANG ANAK SY [[n:{N2}]] LULUS KIP KULIAH TP UANG SAKU BLM MASUK. NIM {NIM}. EMAIL YG DIDAFTAR [[e:{EMU2}]] SDH TDK AKTIF. BAPAKNYA [[n:{N1}]] [[p:{HP1}]]
""",
        M=(1,),
        fam={2: 1},
    ),
]

# ---- lapor_form: SP4N-LAPOR! web forms in formal Indonesian
TEMPLATES += [
    T(
        "lapor_form",
        "tax_npwp",
        """
Judul Laporan: Potongan PPh 21 guru honor dihitung tanpa NPWP
Isi Laporan: Saya [[n:{n1}]], guru honor di {school}. Sejak Januari honor saya dipotong pajak lebih tinggi 20% karena bendahara BOS menyatakan saya tidak memiliki NPWP. Padahal NPWP saya [[npwp:{npwpd1}]] terdaftar di KPP Pratama Kupang dan sudah dipadankan dengan NIK [[nik:{nik1}]]. Bendahara hanya memakai NPWP sekolah ({npwpx}) untuk semua setoran. Mohon Dinas Pendidikan menindaklanjuti.
Kategori: Pendidikan
Lokasi Kejadian: Kota Kupang
Instansi Tujuan: Dinas Pendidikan dan Kebudayaan Kota Kupang
""",
    ),
    T(
        "lapor_form",
        "permits_business",
        """
Judul Laporan: NPWPD rumah makan ditagih dua kali
Isi Laporan: Saya pemilik usaha perorangan Rumah Makan Se'i Lontar. Pajak restoran sudah dibayar dengan NPWPD {pajakd} (kode bayar {billing}), tetapi Bapenda kembali menagih atas NPWP pribadi saya [[npwp:{npwpn1}]] seolah-olah usaha baru. Pada surat teguran tertulis nama [[n:{N1}]] dan alamat rumah [[a:{AD1}]], padahal rumah makan ada di {jlno}.
Nama Pelapor: [[n:{n1}]]
No. HP: [[p:{hp1}]]
Instansi Tujuan: Badan Pendapatan Daerah Kota Kupang
""",
    ),
    T(
        "lapor_form",
        "land_tax_pbb",
        """
Judul Laporan: Luas bangunan di SPPT PBB tidak sesuai
Isi Laporan: SPPT PBB {thn} untuk rumah tinggal kami di [[a:{adr1}]], Kel. {kel}, dengan NOP {nop}, mencantumkan luas bangunan 210 m2. Rumah kami hanya 72 m2 (IMB No. {imb}). Tagihan naik dari Rp {rp} menjadi Rp {rpb}. Keberatan sudah diajukan tanggal {tgl}, tanda terima {tiket}, tetapi belum ada pemeriksaan lapangan.
Nama Pelapor: [[n:{n1}]]
Email: [[e:{emp1}]]
""",
    ),
    T(
        "lapor_form",
        "bpjs_health",
        """
Judul Laporan: Satu keluarga dikeluarkan dari PBI JK
Isi Laporan: Kami satu keluarga (KK [[kk:{kk1}]]) dinonaktifkan dari PBI JK tanpa pemberitahuan. Anggota keluarga: [[n:{n1}]] (kepala keluarga, NIK [[nik:{nik1}]], kartu [[bpjs:{bpjs1}]]), istri [[n:{n2}]] (NIK [[nik:{nik2}]], kartu [[bpjs:{bpjs2}]]), dan anak [[n:{g3}]] (NIK [[nik:{nik3}]]). Anak kami sedang rawat jalan di {rs} dengan SEP {sep}.
Lokasi: [[a:{adr1}]], Kel. {kel}
""",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={2: 1, 3: 1},
    ),
    T(
        "lapor_form",
        "education",
        """
Judul Laporan: Pendaftaran Beasiswa Pemkot tidak bisa submit
Isi Laporan: Saya [[n:{n1}]], mahasiswa semester 5. Formulir beasiswa di portal Pemkot menolak email saya [[e:{emp1}]] dengan pesan "email sudah digunakan". Saya sudah kirim surat ke beasiswa@kupangkota.go.id tetapi dibalas otomatis dari no-reply@kupangkota.go.id. NIK [[nik:{nik1}]], NIM {nim}. Batas pendaftaran {tg}.
Instansi Tujuan: Bagian Kesra Setda Kota Kupang
""",
    ),
    T(
        "lapor_form",
        "bank_credit",
        """
Judul Laporan: NIK saya dipakai orang lain untuk pinjaman
Isi Laporan: Pengajuan KUR saya ditolak karena SLIK OJK mencatat pinjaman macet atas NIK saya [[nik:{nik1}]] di {kop}. Saya tidak pernah menjadi anggota koperasi tersebut. Menurut pegawai koperasi, yang mengajukan adalah [[n:{n2}]] dengan fotokopi KTP saya. Saya sudah melapor ke Polresta (STPL No. {surat}).
Nama Pelapor: [[n:{n1}]]
Kontak: [[p:{hp1}]] / [[e:{emx1}]]
""",
    ),
    T(
        "lapor_form",
        "village_finance",
        """
Judul Laporan: Dana BUMDes ditransfer ke rekening pribadi
Isi Laporan: Hasil usaha BUMDes Desa {desa} tahun {thl} tidak masuk ke rekening BUMDes ({rekntt}) melainkan ke rekening pribadi ketua BUMDes [[n:{n1}]] di {bank1} [[b:{rek1}]]. Bukti transfer ada pada kami. Musyawarah desa tidak pernah membahas laporan keuangan.
Nama Pelapor: [[n:{n2}]], warga [[a:{rt2}]] Desa {desa}
""",
    ),
    T(
        "lapor_form",
        "jobs_pension",
        """
Judul Laporan: Pensiun janda belum dibayar
Isi Laporan: Suami saya [[n:{n1}]] (pensiunan PNS, NOTAS {notas}) meninggal {tg}. Berkas pensiun janda atas nama saya [[n:{n2}]] sudah diserahkan ke TASPEN Kupang dengan tanda terima {tiket}. Sudah 4 bulan belum dibayar. NIK saya [[nik:{nik2}]], rekening Bank NTT [[b:{rkn2}]].
No. HP: [[p:{hp2}]]
""",
        M=(1,),
        F=(2,),
        E=(1, 2),
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
Judul Laporan: Pecah KK ditolak karena NIK ganda
Isi Laporan: Saya ingin memisahkan KK dari orang tua (KK [[kk:{kk2}]]). Petugas menyatakan NIK saya [[nik:{nik1}]] ganda dengan orang lain di Kabupaten Kupang. Di KTP saya tertulis [[nik:{nikt1}]] dan di KK lama juga sama. Ayah saya [[n:{n2}]] sudah membuat surat pernyataan.
Nama Pelapor: [[n:{n1}]]
Alamat: [[a:{adr1}]], Kel. {kel}, Kec. {kec}
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "lapor_form",
        "tax_npwp",
        """
Judul Laporan: NPWP almarhum ayah masih ditagih SPT
Isi Laporan: Ayah kami almarhum [[n:{n1}]] meninggal tahun {thl}. KPP masih mengirim surat teguran SPT ke NPWP beliau [[npwp:{npwpd1}]]. Kami ahli waris sudah mengajukan penghapusan NPWP dengan akta kematian No. {surat}, tetapi belum diproses. Mohon KPP Pratama Kupang memproses.
Nama Pelapor: [[n:{n2}]]
Hubungan: anak
Email: [[e:{emx2}]]
""",
        M=(1,),
        E=(1,),
        fam={2: 1},
    ),
    T(
        "lapor_form",
        "land_tax_pbb",
        """
Judul Laporan: SPPT ganda untuk satu bidang tanah
Isi Laporan: Terdapat dua SPPT untuk satu bidang tanah di Kelurahan {kel}: NOP {nop1} dan NOP {nop2}. Keduanya ditagih Rp {rp}. Mohon Bapenda melakukan pemutakhiran data.
Nama Pelapor: Dirahasiakan
Kategori: Pajak Daerah
""",
    ),
    T(
        "lapor_form",
        "village_finance",
        """
Judul Laporan: Koperasi tidak transparan soal dana anggota
Isi Laporan: {kop} (NPWP {npwpx}, NIB {nib}) menarik simpanan wajib anggota melalui rekening koperasi {bnk} {rekb}, tetapi RAT tidak pernah dilaksanakan sejak {thl}. Email pengurus ksp.cusehati@yahoo.co.id tidak pernah membalas.
Nama Pelapor: Anonim
""",
    ),
    T(
        "lapor_form",
        "permits_business",
        """
Judul Laporan: Bangunan ruko tanpa PBG menutup saluran air
Isi Laporan: Pembangunan ruko oleh {cv} di {jl} menutup saluran drainase. Papan proyek mencantumkan IMB No. {imb} yang sudah lama, bukan PBG. NIB perusahaan {nib}. Kontak di papan proyek {owa} tidak aktif.
Nama Pelapor: Dirahasiakan
Instansi Tujuan: Dinas PUPR Kota Kupang
""",
    ),
    T(
        "lapor_form",
        "education",
        """
Judul Laporan: Dana BOS tidak diumumkan
Isi Laporan: {school} (NPSN {npsn}) tidak memasang papan informasi penggunaan BOS. Rekening sekolah di Bank NTT {rekntt} a.n. sekolah dikelola kepala sekolah sendiri tanpa bendahara. NPWP sekolah {npwpx}. Orang tua diminta sumbangan Rp {rp} per siswa.
Nama Pelapor: Dirahasiakan
""",
    ),
    T(
        "lapor_form",
        "bpjs_health",
        """
Judul Laporan: Rumah sakit minta pasien BPJS beli obat sendiri
Isi Laporan: Pasien rawat inap di {rs} dengan SEP {sep} diminta membeli obat di apotek luar sebesar Rp {rp}. Nomor rujukan {rujukan}. Kami sudah bertanya ke petugas BPJS Satu di rumah sakit, tetapi disuruh email ke kc.kupang@bpjs-kesehatan.go.id.
Nama Pelapor: Dirahasiakan
""",
    ),
    T(
        "lapor_form",
        "jobs_pension",
        """
Judul Laporan: Penipuan pelatihan Prakerja berbayar
Isi Laporan: Ada akun yang menawarkan "jalur cepat lolos Prakerja" dengan biaya Rp {rp}, transfer ke DANA {scam}, dan mengaku admin resmi dengan email prakerja.resmi.ntt@gmail.com. Mohon diumumkan bahwa itu bukan kanal resmi (resminya cs@prakerja.go.id).
Nama Pelapor: Dirahasiakan
""",
    ),
    T(
        "lapor_form",
        "education",
        """
Judul Laporan: NUPTK guru tidak terbit
Isi Laporan: Sejumlah guru honor di Kecamatan {kec} belum mendapat NUPTK walaupun sudah terdaftar di Dapodik bertahun-tahun. Contoh: PTK ID {nuptk} masih berstatus "verval". Operator sekolah sudah mengirim ke dapodik.kotakupang@gmail.com.
Nama Pelapor: Anonim
""",
    ),
    T(
        "lapor_form",
        "bank_credit",
        """
Judul Laporan: Pengajuan KUR dipersulit
Isi Laporan: Saya pengusaha tenun ikat di rumah, usaha perorangan. Pengajuan KUR Rp {rpb} di {bnk} unit {kel} sudah 2 bulan. Petugas minta NPWP padahal untuk KUR mikro tidak wajib. Saya kirim NPWP pribadi saya [[npwp:{npwpz1}]] dan NIB {nib}, tetap belum diproses.
Nama Pelapor: [[n:{n1}]]
Alamat: [[a:{ad1}]] Kel. {kel}
No. HP: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_form",
        "civil_registry",
        """
Judul Laporan: Data adik dan ibu tertukar di KK
Isi Laporan: Di KK kami ([[kk:{kk1}]]) tanggal lahir ibu [[n:{n1}]] tertukar dengan adik [[n:{g2}]]. NIK ibu yang benar [[nik:{nik1}]], NIK adik [[nik:{nik2}]]. Akibatnya bansos lansia ibu ditolak.
Nama Pelapor: [[n:{n3}]]
Email: [[e:{emp3}]]
""",
        F=(1,),
        fam={2: 1, 3: 1},
        E=(1,),
    ),
    T(
        "lapor_form",
        "tax_npwp",
        """
Judul Laporan: NPWP istri dipakai suami untuk faktur pajak tanpa izin
Isi Laporan: Saya [[n:{n1}]], ibu rumah tangga. NPWP saya [[npwp:{npwpd1}]] tercatat sebagai pembeli dalam e-Faktur No. {efaktur} dari {cv}, padahal saya tidak pernah membeli. Mantan suami saya [[n:{n2}]] memakai NPWP saya. Saya diminta membayar kurang bayar Rp {rp}.
Nama Pelapor: [[n:{n1}]]
No. HP: [[p:{hp1}]]
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "lapor_form",
        "village_finance",
        """
Judul Laporan: Penghasilan tetap aparat desa dipotong pajak tanpa bukti potong
Isi Laporan: Penghasilan tetap perangkat Desa {desa} dipotong PPh 21 tetapi bukti potong tidak pernah diberikan. Saya perangkat desa [[n:{n1}]] dengan NPWP [[npwp:{npwpn1}]]. Di DJP Online penghasilan saya tidak tercatat. NPWP bendahara desa yang memotong {npwpx}.
Email: [[e:{emp1}]]
""",
    ),
]

# ---- pdf_paste: forms and letters pasted from PDFs, narrow columns and labels run together
TEMPLATES += [
    T(
        "pdf_paste",
        "tax_npwp",
        """
FORMULIR PENDAFTARAN WAJIB PAJAK
ORANG PRIBADI
1. NIK            : [[nik:{nikn1}]]
2. Nama Wajib
   Pajak          : [[n:{N1}]]
3. Alamat         : [[a:{AD1}]]
                    KEL. {KEL} KEC. {KEC}
4. Nomor HP       : [[p:{hp1}]]
5. Alamat Email   : [[e:{emn1}]]
6. Jenis Usaha    : PERDAGANGAN ECERAN (usaha perorangan)
KPP Pratama Kupang - {jlno}
""",
    ),
    T(
        "pdf_paste",
        "tax_npwp",
        """
BUKTI PENERIMAAN ELEKTRONIK
Nomor Tanda Terima Elektronik : {bpe}
NPWP : [[npwp:{npwpl1}]]
Nama : [[n:{N1}]]
Jenis SPT : 1770 S
Tahun Pajak : {thl}
Status : NIHIL
Diterima tanggal {tgl} {jam} melalui e-Filing.
Dokumen ini dikirim ke [[e:{emp1}]] dan tidak memerlukan tanda tangan.
""",
    ),
    T(
        "pdf_paste",
        "tax_npwp",
        """
SURAT SETORAN ELEKTRONIK (SSE)
NPWP           : {npwpx}
Nama WP        : {CV}
Alamat         : {JLNO} KOTA KUPANG
Kode Billing   : {billing}
Akun/Kode Jenis: 411211/100
Masa Pajak     : {bln} {thn}
Jumlah Setor   : Rp {rps}
NTPN           : {ntpn}
NTB            : {ref}
""",
    ),
    T(
        "pdf_paste",
        "permits_business",
        """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: {nib}
Berdasarkan PP 5/2021, Pemerintah Republik Indonesia menerbitkan NIB kepada:
1. Nama Pelaku Usaha : [[n:{N1}]]
2. NPWP : [[npwp:{npwpn1}]]
3. Alamat Kantor : [[a:{AD1}]] (RUMAH SENDIRI), KEL. {KEL}
4. Nomor Telepon : [[p:{hp1}]]
5. Email : [[e:{emu1}]]
6. Status Penanaman Modal : PMDN
7. Skala Usaha : Usaha Mikro
Diterbitkan di Jakarta, tanggal {tg}
""",
    ),
    T(
        "pdf_paste",
        "permits_business",
        """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: {nib}
1. Nama Pelaku Usaha : {KOP}
2. NPWP : {npwpx}
3. Alamat Kantor : {JLNO}, KOTA KUPANG
4. Nomor Telepon : {otel}
5. Email : ksp.cusehati@yahoo.co.id
6. Skala Usaha : Usaha Kecil
""",
    ),
    T(
        "pdf_paste",
        "land_tax_pbb",
        """
SURAT PEMBERITAHUAN PAJAK TERHUTANG
PAJAK BUMI DAN BANGUNAN TAHUN {thn}
NOP : {nop}
LETAK OBJEK PAJAK          NAMA DAN ALAMAT WAJIB PAJAK
{JL}                       [[n:{N1}]]
{KEL}                      [[a:{AD1}]]
KOTA KUPANG                KEL. {KEL}
BUMI 300 m2  BANGUNAN 90 m2
PBB YANG HARUS DIBAYAR Rp {rp}
TGL JATUH TEMPO {tgl}
""",
    ),
    T(
        "pdf_paste",
        "land_tax_pbb",
        """
SURAT PEMBERITAHUAN PAJAK TERHUTANG PBB {thn}
NOP : {nop}
NAMA WAJIB PAJAK : GMIT JEMAAT ALFA OMEGA {KEL}
ALAMAT WP : {JLNO}
LUAS BUMI 1.250 m2 NJOP Rp {rpb}
KODE BAYAR : {billing}
Tempat pembayaran: Bank NTT, Kantor Pos. Informasi: Bapenda {otel}
""",
    ),
    T(
        "pdf_paste",
        "bpjs_health",
        """
SURAT ELEGIBILITAS PESERTA
{RS}
No.SEP : {sep}
Tgl.SEP : {tgl}No.Kartu : [[bpjs:{bpjs1}]] (MR. {mdr})
Nama Peserta : [[n:{N1}]]
Tgl.Lahir : {lahir1}
No.Telepon : [[p:{hp1}]]
Sub/Spesialis : PENYAKIT DALAM
Faskes Perujuk : {PUSK}
No. Rujukan : {rujukan}
Jns.Peserta : PBI (APBN)
""",
    ),
    T(
        "pdf_paste",
        "bpjs_health",
        """
SURAT RUJUKAN FKTP
Nomor Rujukan : {rujukan}
Kepada Yth. TS Dokter Spesialis Anak, {rs}
Mohon pemeriksaan dan penanganan lebih lanjut penderita:
Nama      : [[n:{N2}]]
No. Kartu
BPJS      : [[bpjs:{bpjsn2}]]
Umur      : {umur2} th
Orang tua : [[n:{N1}]], HP [[p:{hp1}]]
Diagnosa  : Pneumonia
Salam sejawat, dr. [[n:{n3}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "pdf_paste",
        "education",
        """
LAMPIRAN SK PENERIMA PIP TAHAP II
Sekolah: {SCHOOL}  NPSN: {npsn}
No Nama Siswa NISN NIK Nama Ibu Kandung
1 [[n:{N1}]] {nisn1} [[nik:{nik1}]] [[n:{N2}]]
2 [[n:{N3}]] {nisn3} [[nik:{nik3}]] [[n:{N4}]]
3 [[n:{N5}]] {nisn5} [[nik:{nik5}]] [[n:{N6}]]
Dana disalurkan ke rekening SimPel masing-masing siswa di BRI.
""",
        K=(1, 3, 5),
        F=(2, 4, 6),
        fam={1: 2, 3: 4, 5: 6},
    ),
    T(
        "pdf_paste",
        "education",
        """
LAMPIRAN KEPUTUSAN PENETAPAN SEKOLAH PENERIMA BOS REGULER
No  NPSN      Nama Sekolah          NPWP Sekolah          No Rekening Sekolah (Bank NTT)
1   {npsn1}  {SCHOOL1}  {npwpx1}  {rekntt1}
2   {npsn2}  {SCHOOL2}  {npwpx2}  {rekntt2}
3   {npsn3}  {SCHOOL3}  {npwpx3}  {rekntt3}
""",
    ),
    T(
        "pdf_paste",
        "civil_registry",
        """
KARTU KELUARGA
No. [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kelurahan : {KEL}
No Nama Lengkap NIK Jenis Kelamin Hubungan
1 [[n:{N1}]] [[nik:{nik1}]] LAKI-LAKI KEPALA KELUARGA
2 [[n:{N2}]] [[nik:{niko2}]] PEREMPUAN ISTRI
3 [[n:{N3}]] [[nik:{nik3}]] PEREMPUAN ANAK
4 [[n:{N4}]] [[nik:{nik4}]] LAKI-LAKI ANAK
""",
        M=(1, 4),
        F=(2, 3),
        K=(3, 4),
        fam={2: 1, 3: 1, 4: 1},
        R="5371",
    ),
    T(
        "pdf_paste",
        "civil_registry",
        """
SURAT KETERANGAN PINDAH WNI
Nomor : {surat}
DATA DAERAH ASAL
Nomor Kartu Keluarga : [[kk:{kkn1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{ADR1}]]
NIK Pemohon : [[nik:{nik2}]]
Nama Lengkap : [[n:{Nn2}]]
DATA KEPINDAHAN
Alasan Pindah : Pekerjaan
Alamat Tujuan : KABUPATEN KUPANG, DESA {DESA}
""",
        fam={2: 1},
    ),
    T(
        "pdf_paste",
        "bank_credit",
        """
FORMULIR PERMOHONAN KREDIT USAHA RAKYAT (KUR) MIKRO
Nama Debitur     : [[n:{Ns1}]]
NIK              : [[nik:{nik1}]]
NPWP             : [[npwp:{npwpd1}]]
Alamat Rumah     : [[a:{AD1}]], [[a:{RT1}]]
Jenis Usaha      : Kios kelontong
No. Rekening BRI : [[b:{rkr1}]]
Email            : [[e:{emn1}]]
Plafon           : Rp {rpb}
Nama Pasangan    : [[n:{N2}]]
NIK Pasangan     : [[nik:{nik2}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "pdf_paste",
        "bank_credit",
        """
SURAT KETERANGAN LUNAS
Nomor: {pk}
Menerangkan bahwa debitur:
Nama Debitur : {CV}
NPWP : {npwpx}
No. Rekening Pinjaman : {rekb}
telah melunasi seluruh kewajiban kreditnya per tanggal {tg}.
Agunan SHM No. {mdr}/{KEL} dapat diambil di kantor cabang, {jlno}.
""",
    ),
    T(
        "pdf_paste",
        "village_finance",
        """
DAFTAR PEMBAYARAN PENGHASILAN TETAP
PEMERINTAH DESA {DESA} BULAN {BLN} {thn}
No Nama Jabatan NPWP Bruto PPh 21
1 [[n:{N1}]] KEPALA DESA [[npwp:{npwpd1}]] {rps1} {mdr1}.000
2 [[n:{N2}]] SEKRETARIS DESA [[npwp:{npwpn2}]] {rps2} {mdr2}.000
3 [[n:{N3}]] KAUR KEUANGAN [[npwp:{npwpz3}]] {rps3} {mdr3}.000
Dibayarkan dari rekening kas desa Bank NTT {rekntt}.
""",
    ),
    T(
        "pdf_paste",
        "village_finance",
        """
SURAT PERMINTAAN PEMBAYARAN (SPP)
Desa {DESA} Tahun Anggaran {thn}
Kegiatan : Rehab saluran irigasi
Penerima : {CV}
NPWP Penerima : {npwpx1}
Rekening Penerima : {bnk} {rekb}
Dipotong PPN dan PPh 22, disetor atas NPWP Bendahara Desa {npwpx2}
Kode Billing PPN {billing1} / PPh {billing2}
""",
    ),
    T(
        "pdf_paste",
        "jobs_pension",
        """
SURAT PERMOHONAN PEMBAYARAN PENSIUN PERTAMA
Nama Peserta : [[n:{N1}]]
NIP : {nip}
NOTAS : {notas}
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpd1}]]
Alamat : [[a:{AD1}]]
No. HP : [[p:{hp1}]]
Bank Pembayar : BANK NTT
No. Rekening : [[b:{rkn1}]]
""",
        E=(1,),
    ),
    T(
        "pdf_paste",
        "jobs_pension",
        """
SERTIFIKAT PENYELESAIAN PELATIHAN
No. Sertifikat: {tiket}
Diberikan kepada:
[[n:{N1}]]
[[e:{emp1}]]
Nomor Kartu Prakerja: {prakerja}
atas penyelesaian pelatihan "Pembukuan UMKM dan Pelaporan Pajak"
""",
    ),
    T(
        "pdf_paste",
        "jobs_pension",
        """
KARTU PESERTA BPJS KETENAGAKERJAAN
No. KPJ : {kpj}
Perusahaan : {CV}
NPWP Perusahaan : {npwpx}
NPP : {nrp}
Program : JKK, JKM, JHT
Kantor Cabang Kupang, {jlno} Telp {otel}
""",
    ),
    T(
        "pdf_paste",
        "tax_npwp",
        """
SURAT KETERANGAN TERDAFTAR
NPWP[[npwp:{npwpd1}]]Nama[[n:{N1}]]NIK[[nik:{nik1}]]
Alamat[[a:{AD1}]]KEL. {KEL}
KLU 47111 Perdagangan eceran
Terdaftar sejak {tgl}
KPP PRATAMA KUPANG
""",
    ),
    T(
        "pdf_paste",
        "land_tax_pbb",
        """
SURAT KETERANGAN AHLI WARIS
Yang bertanda tangan di bawah ini, kami ahli waris dari almarhum [[n:{N1}]] (NIK [[nik:{nik1}]]):
1. [[n:{N2}]], NIK [[nik:{nik2}]], istri
2. [[n:{N3}]], NIK [[nik:{nik3}]], anak
Menerangkan bahwa tanah dan bangunan NOP {nop} di [[a:{AD1}]] adalah rumah peninggalan almarhum yang kami tempati.
""",
        M=(1,),
        F=(2,),
        E=(1, 2),
        fam={3: 1},
    ),
    T(
        "pdf_paste",
        "permits_business",
        """
PERSETUJUAN BANGUNAN GEDUNG
Nomor PBG : {pbg}
Nama Pemilik : {CV}
NPWP : {npwpx}
Fungsi Bangunan : Usaha (gudang)
Lokasi : {JLNO}, KOTA KUPANG
Nomor Registrasi SIMBG : {nib}
""",
    ),
]

# ---- ocr_card: cards and slips as a scanner or a phone's camera reads them
TEMPLATES += [
    T(
        "ocr_card",
        "civil_registry",
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{niko1}]]
N a m a : [[n:{No1}]]Tempat/Tgl Lahir : KUPANG, {lahir1}
Jenis kelamin : LAKI-LAKI Gol. Darah : O
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {KEL}
Kecamatan : {KEC}
Agama : KRISTEN
Status Perkawinan : KAWIN
Pekerjaan : WIRASWASTA
""",
        M=(1,),
        R="5371",
    ),
    T(
        "ocr_card",
        "tax_npwp",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpo1}]]
[[n:{N1}]]
NIK : [[nik:{nik1}]]
[[a:{AD1}]]
{KEL}, KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar {tgl}
""",
    ),
    T(
        "ocr_card",
        "tax_npwp",
        """
KARTU NOMOR POKOK WAJIB PAJAK
NPWP16 : [[npwp:{npwpn1}]]
NPWP15 : [[npwp:{npwpd1}]]
NAMA : [[n:{Ns1}]]
KPP PRATAMA KUPANG
""",
    ),
    T(
        "ocr_card",
        "bpjs_health",
        """
KARTU INDONESIA SEHAT
BPJS Kesehatan
No. Kartu : [[bpjs:{bpjso1}]]
Nama : [[n:{No1}]]
NIK : [[nik:{nik1}]]
Tgl. Lahir : {lahir1}
Faskes Tingkat I : {PUSK}
Kelas Rawat : III
""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """
KARTU KELUARGA
No.[[kk:{kko1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
No Nama Lengkap NIK
1 [[n:{N1}]] [[nik:{nik1}]]
2 [[n:{Ns2}]] [[nik:{niko2}]]
3 [[n:{N3}]] [[nik:{nik3}]]
Dikeluarkan Tanggal {tgl}
KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG
""",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={2: 1, 3: 1},
    ),
    T(
        "ocr_card",
        "education",
        """
KARTU INDONESIA PINTAR
No. KIP : {kip}
Nama : [[n:{No1}]]
NISN : {nisn}
Tempat/Tgl Lahir : KUPANG, {lahir1}
Sekolah : {SCHOOL}
Kementerian Pendidikan Dasar dan Menengah
""",
        K=(1,),
    ),
    T(
        "ocr_card",
        "jobs_pension",
        """
KARTU IDENTITAS PENSIUNAN
TASPEN
NOTAS : {notas}
Nama : [[n:{Nn1}]]
NIP : {nip}
Kantor Bayar : BANK NTT CABANG KUPANG
Berlaku Seumur Hidup
""",
        E=(1,),
    ),
    T(
        "ocr_card",
        "jobs_pension",
        """
Kartu Prakerja
[[n:{N1}]]
Nomor Kartu
{prakerja}
Email terdaftar [[e:{emp1}]]
Saldo pelatihan Rp 3.500.000
""",
    ),
    T(
        "ocr_card",
        "bank_credit",
        """
BUKU TABUNGAN SIMPEDES
BANK RAKYAT INDONESIA
UNIT {KEL}
NAMA : [[n:{No1}]]
NO. REKENING : [[b:{rkr1}]]
ALAMAT : [[a:{AD1}]] {KEL}
CIF : {kode}{mdr}
""",
    ),
    T(
        "ocr_card",
        "civil_registry",
        """
PROVINSI NUSA TENGGARA TIMUR
KABUPATEN KUPANG
NIK : [[nik:{nikn1}]]
Nama : [[n:{N1}]]
Tempat/Tgl Lahir : {DESA}, {lahir1}
Alamat : DUSUN II
[[a:RT/RW : {rtk1}]]
Kel/Desa : {DESA}
Pekerjaan : PETANI/PEKEBUN
""",
        kab=True,
    ),
    T(
        "ocr_card",
        "tax_npwp",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : {npwpx}
{CV}
{JLNO}
KOTA KUPANG
KPP PRATAMA KUPANG
""",
    ),
    T(
        "ocr_card",
        "bpjs_health",
        """
KARTU INDONESIA SEHAT
SPESIMEN
No. Kartu : 0001 **** **** {mdr}
Nama : NAMA PESERTA
Faskes Tingkat I : {PUSK}
Info: Care Center 165 / www.bpjs-kesehatan.go.id
""",
    ),
    T(
        "ocr_card",
        "bpjs_health",
        """
STRUK PLN PRABAYAR
ID PEL : {idpel}
NO METER : {meter}
TARIF/DAYA : R1/900 VA
RP BAYAR : Rp {rp}
STROOM/TOKEN : {kode} {kode2} {kode3} {mdr}
REF : {ref}
""",
    ),
    T(
        "ocr_card",
        "land_tax_pbb",
        """
SPPT PBB {thn}
NOP {nopd}
KODE BAYAR {billing}
JUMLAH Rp {rp}
BAYAR SEBELUM {tgl}
Bank NTT - Indomaret - Kantor Pos
""",
    ),
    T(
        "ocr_card",
        "permits_business",
        """
NOMOR INDUK BERUSAHA
{nib}
{CV}
NPWP {npwpx}
Scan QR untuk verifikasi di oss.go.id
""",
    ),
    T(
        "ocr_card",
        "village_finance",
        """
KARTU KELUARGA SEJAHTERA
{kkscard}
SPESIMEN
BANK NTT
Penyaluran Bansos: hubungi {owa} (Pendamping Wilayah)
""",
    ),
    T(
        "ocr_card",
        "education",
        """
SMK NEGERI 3 KUPANG
NPSN : {npsn}
NPWP : {npwpx}
Email : tu.smkn3kupang@gmail.com
Telp. {otel}
STEMPEL SEKOLAH
""",
    ),
    T(
        "ocr_card",
        "land_tax_pbb",
        """
SPPT PBB {thn}
NOP {nop}
NAMA WP [[n:{No1}]]
ALAMAT WP [[a:{AD1}]]
LETAK OP {JL} {KEL}
PBB TERHUTANG Rp {rp}
""",
    ),
    T(
        "ocr_card",
        "bank_credit",
        """
SLIP SETORAN
Bank NTT
Tanggal : {tgl}
Nama Penyetor : [[n:{N1}]]
No. Rek Tujuan : [[b:{rkn1}]]
Nama Pemilik Rek : [[n:{Ns1}]]
Untuk : Angsuran KUR
Jumlah : Rp {rp}
No. Telp Penyetor : [[p:{hpo1}]]
""",
    ),
    T(
        "ocr_card",
        "village_finance",
        """
TANDA TERIMA BLT DANA DESA
Desa {DESA}
Nama KPM : [[n:{No1}]]
NIK : [[nik:{nik1}]]
Tahap : III
Jumlah : Rp 900.000
ID DTKS : {dtks}
Petugas : [[n:{n2}]]
""",
    ),
    T(
        "ocr_card",
        "jobs_pension",
        """
BPJS KETENAGAKERJAAN
KARTU PESERTA
[[n:{No1}]]
No. KPJ {kpj}
{CV}
NPP {nrp}
""",
    ),
    T(
        "ocr_card",
        "permits_business",
        """
TANDA TERIMA BERKAS PBG
No. Registrasi : {pbg}
Pemohon : {CV}
NPWP : {npwpx}
Lokasi : {JLNO}
Loket 3 MPP Kota Kupang, {tgl} {jam}
""",
    ),
    T(
        "ocr_card",
        "bpjs_health",
        """
KARTU INDONESIA SEHAT
No. Kartu : [[bpjs:{bpjss1}]]
Nama : [[n:{N1}]]
NIK : [[nik:{nikt1}]]
PBI JK
""",
    ),
]

# ---- call_note: written-out calls and call-centre notes
TEMPLATES += [
    T(
        "call_note",
        "tax_npwp",
        """
Petugas: Kring Pajak, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Selamat siang. Saya mau cek kenapa NPWP saya tidak bisa dipakai login.
Petugas: Boleh disebutkan NPWP Bapak/Ibu?
Penelepon: [[npwp:{npwpd1}]].
Petugas: Atas nama?
Penelepon: [[n:{n1}]].
Petugas: Baik. Sejak padan, login pakai NIK 16 digit. Password tetap sama. Ada lagi?
Penelepon: Sudah, terima kasih.
""",
    ),
    T(
        "call_note",
        "bpjs_health",
        """
Petugas: BPJS Kesehatan Care Center, nomor kartunya?
Penelepon: [[bpjs:{bpjs1}]].
Petugas: NIK peserta?
Penelepon: [[nik:{nikw1}]].
Petugas: Maaf, NIK kurang pas, bisa diulang?
Penelepon: [[nik:{nik1}]].
Petugas: Terima kasih. Status aktif, faskes {pusk}. Untuk pindah faskes bisa lewat aplikasi Mobile JKN.
""",
    ),
    T(
        "call_note",
        "civil_registry",
        """
Catatan call center 1708 ({tgl} {jam}): penelepon [[n:{n1}]] ([[p:{hp1}]]), warga [[a:{rt1}]] Kel. {kel}, mengeluh KK baru belum jadi setelah 3 minggu. No. KK lama [[kk:{kk1}]]. Diteruskan ke Dukcapil, tiket {tiket}.
""",
    ),
    T(
        "call_note",
        "land_tax_pbb",
        """
Petugas: Bapenda Kota Kupang, selamat pagi.
Penelepon: Pagi, sy mau tanya PBB sy kenapa belum keluar SPPT tahun ini.
Petugas: Nomor objek pajaknya?
Penelepon: {nop}.
Petugas: Nama di SPPT?
Penelepon: Masih nama bapa sy, [[n:{n2}]]. Beliau su meninggal.
Petugas: Baik, nanti Bapak/Ibu ajukan mutasi nama. Nama Bapak/Ibu sendiri?
Penelepon: [[n:{n1}]], HP [[p:{hp1}]].
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "call_note",
        "bank_credit",
        """
Agen: Bank NTT, selamat siang dengan [[n:{g2}]].
Nasabah: Siang. Angsuran KUR saya terdebet padahal saya sudah bayar tunai di unit.
Agen: Nomor rekening?
Nasabah: [[b:{rkn1}]].
Agen: Atas nama?
Nasabah: [[n:{n1}]].
Agen: Kami catat pengaduan nomor {tiket}, dana akan dikembalikan maksimal 14 hari kerja.
""",
    ),
    T(
        "call_note",
        "education",
        """
Catatan call center Disdik, {tgl}:
Penelepon [[n:{n1}]] menanyakan PIP anaknya [[n:{n2}]] (NISN {nisn}, {school}). Nama penerima di SK tertulis [[n:{N2}]] tapi NIK ibu di data [[nik:{nik1}]] tidak padan dengan Dapodik. Disarankan ke operator sekolah. HP penelepon [[p:{hp1}]].
""",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "call_note",
        "jobs_pension",
        """
Petugas: TASPEN Kupang, selamat pagi.
Penelepon: Pagi, saya istri almarhum [[n:{n1}]], mau tanya pensiun janda.
Petugas: Nomor pensiun almarhum?
Penelepon: {notas}.
Petugas: NIK Ibu?
Penelepon: [[nik:{nik2}]].
Petugas: Nama lengkap Ibu?
Penelepon: [[n:{n2}]].
Petugas: Berkas sudah lengkap, tinggal otentikasi. Bisa datang hari {hari}.
""",
        M=(1,),
        F=(2,),
        E=(1, 2),
    ),
    T(
        "call_note",
        "village_finance",
        """
LOG TELEPON POSKO PENGADUAN DANA DESA - {tgl}
Jam | Penelepon | No. HP | Isi
{jam1} | [[n:{n1}]] | [[p:{hp1}]] | BLT-DD tahap III belum cair, Desa {desa}
{jam2} | [[n:{n2}]] | [[p:{hp2}]] | Nama di daftar KPM salah ketik
{jam3} | penelepon tidak sebut nama | {scam} | Menanyakan honor kader
{jam4} | BUMDes {desa} | {owa} | Minta jadwal audit
""",
    ),
    T(
        "call_note",
        "permits_business",
        """
Petugas: Helpdesk OSS DPMPTSP, silakan.
Penelepon: Sy mau perbaiki data NIB, usaha perorangan.
Petugas: NIB-nya?
Penelepon: {nib}.
Petugas: NPWP yang didaftarkan?
Penelepon: [[npwp:{npwpn1}]], sama dengan NIK.
Petugas: Nama pemilik?
Penelepon: [[n:{n1}]].
Petugas: Baik, data sudah sesuai. Silakan lanjut isi KBLI.
""",
    ),
    T(
        "call_note",
        "tax_npwp",
        """
Petugas: NPWP bapak?
Pelapor: Yang lama sa lupa. Yang baru katanya sama dengan NIK, [[npwp:{npwpn1}]].
Petugas: Baik. Istri bapak juga punya NPWP?
Pelapor: Istri ikut sa pung NPWP, dia [[n:{n2}]], ibu rumah tangga.
Petugas: Nomor HP yang bisa dihubungi?
Pelapor: [[p:{hp1}]].
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "call_note",
        "civil_registry",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{tr1}]], telp rumah) melaporkan NIK anaknya [[n:{g2}]] di KIA tertulis [[nik:{nik2}]] sedangkan di akta kelahiran nomornya lain. Diteruskan ke Disdukcapil.
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "call_note",
        "bpjs_health",
        """
Petugas: Selamat siang, pendaftaran PBI, dengan siapa?
Penelepon: [[n:{n1}]]. Ini kartu sy [[bpjs:{bpjss1}]], tapi anak sy [[n:{n2}]] blm punya.
Petugas: NIK anak?
Penelepon: [[nik:{nik2}]].
Petugas: Anak sudah masuk KK?
Penelepon: Sudah, KK [[kk:{kk1}]].
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "call_note",
        "education",
        """
REKAP PANGGILAN HELPDESK PIP - {tgl}
Jam | Penelepon | Nomor | Topik
{jam1} | Komite Sekolah {school1} | {owa1} | Jadwal pencairan
{jam2} | Operator {school2} | {otel} | NISN residu
{jam3} | penelepon tidak sebut nama | {owa2} | Syarat aktivasi SimPel
Total 3 panggilan.
""",
    ),
    T(
        "call_note",
        "land_tax_pbb",
        """
Petugas: Untuk PBB silakan langsung ke Bapenda Bidang PBB, telp {otel} atau WA {owa}, jam kerja 08.00-15.00.
Penelepon: Kalau kode bayar {billing} ini masih bisa dipakai?
Petugas: Kode itu sudah kadaluarsa. Nanti petugas Bapenda buatkan yang baru.
""",
    ),
    T(
        "call_note",
        "tax_npwp",
        """
Penelepon: Tadi ada yang telpon dari {scam}, ngaku petugas KPP, bilang NPWP saya kena denda dan suruh transfer.
Petugas: Itu penipuan Bu. KPP tidak pernah minta transfer ke rekening pribadi. Pembayaran pajak hanya pakai kode billing, bukan transfer.
Penelepon: Nomor lain juga sempat WA, {scam2}.
Petugas: Baik, kami catat kedua nomor itu. Laporkan juga ke pengaduan@pajak.go.id.
""",
    ),
    T(
        "call_note",
        "village_finance",
        """
Petugas: Nomor sambungan PDAM?
Penelepon: {samb}.
Petugas: ID pelanggan PLN untuk kantor desa?
Penelepon: {idpel}.
Petugas: Baik, tagihan kantor desa dibayar dari rekening kas desa, bukan dari BLT. Nanti kami kirim rinciannya ke desa.oelnasi@gmail.com.
""",
    ),
    T(
        "call_note",
        "permits_business",
        """
Penelepon: Saya staf administrasi {cv}, mau tanya PB UMKU.
Petugas: NIB perusahaan?
Penelepon: {nib}.
Petugas: NPWP perusahaan?
Penelepon: {npwpx}.
Petugas: Baik, izin lingkungan belum terverifikasi. Kirim dokumen ke helpdesk@oss.go.id.
""",
    ),
    T(
        "call_note",
        "jobs_pension",
        """
REKAP KANAL PENGADUAN PRAKERJA MINGGU INI
WA {owa1}: 41 laporan
Telepon {otel}: 7 laporan
Email cs@prakerja.go.id: 23 laporan
Topik terbanyak: insentif belum cair (Kartu {prakerja} dst.), OTP tidak masuk.
""",
    ),
    T(
        "call_note",
        "bpjs_health",
        """
Petugas RS: Kami dari bagian BPJS {rs}, mau konfirmasi SEP {sep}.
Petugas BPJS: Rujukan nomornya?
Petugas RS: {rujukan}, dari {pusk}.
Petugas BPJS: Rujukan masih berlaku sampai {tgl}. Klaim bisa diajukan, nomor klaim nanti {klaim}.
""",
    ),
    T(
        "call_note",
        "bank_credit",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{hp1}]]) melaporkan pinjaman KUR Rp {rpb} atas namanya yang tidak pernah ia ajukan. Ia menduga KTP-nya (NIK [[nik:{nik1}]]) dipakai tetangga, [[n:{n2}]], waktu pinjam untuk urus BLT. Disarankan lapor ke bank dan polisi.
""",
    ),
    T(
        "call_note",
        "education",
        """
Petugas: Operator beasiswa, dengan [[n:{g3}]].
Penelepon: Sa mau tanya beasiswa Pemkot, sa pung anak su kirim berkas.
Petugas: Atas nama?
Penelepon: [[n:{n2}]], mahasiswa Politeknik.
Petugas: Email pendaftar?
Penelepon: [[e:{emx2}]].
Petugas: Berkas lengkap, tinggal tunggu pengumuman.
""",
        fam={2: 1},
    ),
    T(
        "call_note",
        "village_finance",
        """
Catatan: penelepon Kepala Dusun dari Desa {desa} menyampaikan bahwa NPWP desa {npwpx} terblokir sehingga pajak proyek tidak bisa disetor. Kontak kantor desa {owa}. Diteruskan ke KPP.
""",
    ),
    T(
        "call_note",
        "jobs_pension",
        """
Agen: Prakerja Care, dengan [[n:{g2}]], ada yang bisa dibantu?
Peserta: Saya mau ganti nomor HP yang terdaftar.
Agen: Nomor lama?
Peserta: [[p:{hp1}]].
Agen: Nomor baru?
Peserta: [[p:{hq1}]].
Agen: Email terdaftar?
Peserta: [[e:{emx1}]].
Agen: Baik, OTP dikirim ke nomor baru.
""",
    ),
]

# ---- register_table: spreadsheets, CSV and tables pasted into messages
TEMPLATES += [
    T(
        "register_table",
        "education",
        """
No,Nama Guru,NIK,NPWP,Email,No HP
1,[[n:{n1}]],[[nik:{nik1}]],[[npwp:{npwpd1}]],[[e:{emp1}]],[[p:{hpb1}]]
2,[[n:{n2}]],[[nik:{nik2}]],[[npwp:{npwpn2}]],[[e:{emk2}]],[[p:{hpb2}]]
3,[[n:{n3}]],[[nik:{nik3}]],-,[[e:{emp3}]],[[p:{hpb3}]]
""",
    ),
    T(
        "register_table",
        "education",
        """
NPSN;Nama Sekolah;NPWP Sekolah;Email Sekolah;Telepon
{npsn1};{school1};{npwpx1};sdi.kuanino3@gmail.com;{otel1}
{npsn2};{school2};{npwpx2};smpn7kupang.official@gmail.com;{otel2}
{npsn3};{school3};{npwpx3};tu.smkn3kupang@gmail.com;{owa}
""",
    ),
    T(
        "register_table",
        "tax_npwp",
        """
Rekap NPWP guru honor (diminta bendahara BOS {school})
[[n:{n1}]] — [[npwp:{npwpd1}]]
[[n:{n2}]] — [[npwp:{npwpn2}]]
[[n:{n3}]] — [[npwp:{npwpb3}]]
[[n:{n4}]] — belum ada (pakai NIK [[nik:{nik4}]])
Batas kumpul {tg}.
""",
    ),
    T(
        "register_table",
        "tax_npwp",
        """
DAFTAR PELAKU USAHA BINAAN DINAS KOPERASI
Nama Usaha | NPWP | NIB | Alamat Usaha
{cv1} | {npwpx1} | {nib1} | {jlno1}
{kop} | {npwpx2} | {nib2} | {jlno2}
{shop} | {npwpx3} | {nib3} | {jlno3}
""",
    ),
    T(
        "register_table",
        "village_finance",
        """
DAFTAR KPM BLT DANA DESA {DESA} TAHAP II
No | Nama | NIK | No. KK | RT/RW
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[kk:{kk1}]] | [[a:{rtk1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[kk:{kk2}]] | [[a:{rtk2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[kk:{kk3}]] | [[a:{rtk3}]]
""",
    ),
    T(
        "register_table",
        "village_finance",
        """
Rekap KPM per RT Desa {desa}
RT 01: {num1} KPM | RT 02: {num2} KPM | RT 03: {num3} KPM
Total dana Rp {rpb}, disalurkan dari rekening kas desa Bank NTT {rekntt}.
NPWP bendahara desa: {npwpx}
""",
    ),
    T(
        "register_table",
        "bpjs_health",
        """
Nama;NIK;No KK;No Kartu JKN;Keterangan
[[n:{n1}]];[[nik:{nik1}]];[[kk:{kk1}]];[[bpjs:{bpjs1}]];PBI nonaktif
[[n:{n2}]];[[nik:{nik2}]];[[kk:{kk1}]];[[bpjs:{bpjs2}]];PBI nonaktif
[[n:{n3}]];[[nik:{nik3}]];[[kk:{kk3}]];-;belum punya
""",
        fam={2: 1},
    ),
    T(
        "register_table",
        "bpjs_health",
        """
No SEP | No Rujukan | Tgl Masuk | Poli | Biaya
{sep1} | {rujukan1} | {tgl1} | Penyakit Dalam | {rps1}
{sep2} | {rujukan2} | {tgl2} | Anak | {rps2}
{sep3} | {rujukan3} | {tgl3} | Bedah | {rps3}
Total klaim: {klaim}
""",
    ),
    T(
        "register_table",
        "land_tax_pbb",
        """
DAFTAR TUNGGAKAN PBB KEL. {KEL} (per {tgl})
NOP | Nama WP | Alamat WP | Tagihan
{nop1} | [[n:{N1}]] | [[a:{AD1}]] | {rps1}
{nop2} | [[n:{N2}]] | [[a:{AD2}]] | {rps2}
{nop3} | [[n:{N3}]] | [[a:{AD3}]] | {rps3}
""",
    ),
    T(
        "register_table",
        "land_tax_pbb",
        """
NOP,Nama WP,Letak Objek,Kelurahan,Tagihan
{nop1},{PUSK},{JL1},{KEL1},0
{nop2},{SCHOOL},{JL2},{KEL2},0
{nop3},GEREJA GMIT BETHEL,{JL3},{KEL3},{rps}
""",
    ),
    T(
        "register_table",
        "bank_credit",
        """
Nama Debitur,No Rekening,NIK,Plafon,Kol
[[n:{N1}]],[[b:{rek1}]],[[nik:{nik1}]],{rpb1},1
[[n:{N2}]],[[b:{rek2}]],[[nik:{nik2}]],{rpb2},2
[[n:{N3}]],[[b:{rek3}]],[[nik:{nik3}]],{rpb3},5
""",
    ),
    T(
        "register_table",
        "bank_credit",
        """
Unit Layanan KUR | Telepon | Email
BRI Unit {kel1} | {otel1} | kur.kupang@bri.co.id
Bank NTT Capem {kel2} | {otel2} | layanan@bankntt.co.id
BNI KCP {kel3} | {otel3} | bni.kupang@bni.co.id
""",
    ),
    T(
        "register_table",
        "jobs_pension",
        """
Nama,Email,No HP,Status
[[n:{n1}]],[[e:{emp1}]],[[p:{hpb1}]],Lolos
[[n:{n2}]],[[e:{emp2}]],[[p:{hpb2}]],Menunggu
[[n:{n3}]],[[e:{emp3}]],[[p:{hpb3}]],Gagal verifikasi NIK
""",
    ),
    T(
        "register_table",
        "jobs_pension",
        """
Mitra Bayar Pensiun TASPEN Kupang
Mitra | Alamat | Telepon
Bank NTT Cabang Utama | {jlno1} | {otel1}
BRI Cabang Kupang | {jlno2} | {otel2}
Kantor Pos Kupang | {jlno3} | {otel3}
Email layanan: layanan.kupang@taspen.co.id
""",
    ),
    T(
        "register_table",
        "civil_registry",
        """
No Nama NIK No. KK RT/RW
1 [[n:{N1}]] [[nik:{nik1}]] [[kk:{kk1}]] [[a:{rtk1}]]
2 [[n:{N2}]] [[nik:{nik2}]] [[kk:{kk2}]] [[a:{rtk2}]]
3 [[n:{N3}]] [[nik:{niko3}]] [[kk:{kk3}]] [[a:{rtk3}]]
""",
    ),
    T(
        "register_table",
        "civil_registry",
        """
Kelurahan | KTP-el tercetak | KIA | Akta Lahir
{kel1} | {big1} | {num1} | {num2}
{kel2} | {big2} | {num3} | {num4}
{kel3} | {big3} | {num5} | {num6}
Sumber: Disdukcapil Kota Kupang, data {bln} {thn}
""",
    ),
    T(
        "register_table",
        "permits_business",
        """
REGISTER PERMOHONAN PBG {BLN} {thn}
No Reg | Pemohon | Alamat Bangunan | Fungsi
{pbg1} | [[n:{n1}]] | [[a:{ad1}]] | Rumah tinggal
{pbg2} | {cv} | {jlno} | Gudang
{pbg3} | [[n:{n2}]] | [[a:{ad2}]] | Rumah tinggal
""",
    ),
    T(
        "register_table",
        "permits_business",
        """
NIB | Nama Koperasi | NPWP Badan | Email
{nib1} | {kop1} | {npwpx1} | ksp.cusehati@yahoo.co.id
{nib2} | {kop2} | {npwpx2} | koperasi.nelayan.tk@gmail.com
""",
    ),
    T(
        "register_table",
        "tax_npwp",
        """
Nama Wajib Pajak	NPWP	Jenis
[[n:{N1}]]	[[npwp:{npwpd1}]]	Orang Pribadi
{CV}	{npwpx1}	Badan
[[n:{N2}]]	[[npwp:{npwpn2}]]	Orang Pribadi
{KOP}	{npwpx2}	Badan
""",
    ),
    T(
        "register_table",
        "village_finance",
        """
Honor Perangkat Desa {desa} - {bln}
Nama | Jabatan | NPWP | Rekening Bank NTT
[[n:{n1}]] | Kaur Umum | [[npwp:{npwpd1}]] | [[b:{rkn1}]]
[[n:{n2}]] | Kasi Pelayanan | [[npwp:{npwpn2}]] | [[b:{rkn2}]]
Kas Desa | - | {npwpx} | {rekntt}
""",
    ),
    T(
        "register_table",
        "bank_credit",
        """
MUTASI REKENING PERIODE {BLN} {thn}
TRF DARI [[n:{N1}]] [[b:{rek1}]]   {rps1} CR
Ke : {CV} — {rekb}   {rps2} DB
ANGSURAN KUR {pk}   {rps3} DB
TRF DARI [[n:{N2}]] [[b:{rek2}]]   {rps4} CR
""",
    ),
    T(
        "register_table",
        "education",
        """
Daftar Mahasiswa KIP Kuliah (belum cair)
Nama | NIM | Email | Rek. BNI
[[n:{n1}]] | {nim1} | [[e:{emp1}]] | [[b:{rkb1}]]
[[n:{n2}]] | {nim2} | [[e:{emp2}]] | [[b:{rkb2}]]
Catatan: ajukan ulang lewat kipk@undana.ac.id.
""",
    ),
    T(
        "register_table",
        "jobs_pension",
        """
Lowongan Kerja Kota Kupang Minggu Ini
Perusahaan | Posisi | Kirim ke | Kontak
{cv1} | Admin Gudang | rekrutmen.timorraya@gmail.com | {owa1} (HRD)
{cv2} | Kasir | hrd.lontarjaya@gmail.com | {owa2} (HRD)
Disnaker | Job Fair | disnaker@kupangkota.go.id | {otel}
""",
    ),
]

# ---- kupang_malay: messages and posts in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "tax_npwp",
        """
Selamat siang kaka dong di KPP. Beta mau tanya, beta pung NPWP lama [[npwp:{npwpd1}]] tu su sonde pake ko? Bank bilang sekarang pake NIK sa. Beta pung NIK [[nik:{nik1}]]. Kalo su ganti, beta pung kartu lama buang sa ko? Makasih. [[n:{n1}]]
""",
    ),
    T(
        "kupang_malay",
        "tax_npwp",
        """
Kaka, bendahara sekolah su minta NPWP untuk potong pajak honor. Ini beta pung: [[npwp:{npwpn1}]]. Kalo salah kasi tau beta e, jang sampe potong 20% lai. Beta pung email kalo mau kirim bukti potong: [[e:{emx1}]]
""",
    ),
    T(
        "kupang_malay",
        "tax_npwp",
        """
Mama pung NPWP dari dulu ikut bapa. Bapa su meninggal, jadi mama musti bikin sendiri ko? Bapa pung NPWP [[npwp:{npwpd2}]]. Mama [[n:{n1}]] sonde kerja, cuma jual sayur di pasar Oeba.
""",
        F=(1,),
        M=(2,),
        E=(1, 2),
    ),
    T(
        "kupang_malay",
        "land_tax_pbb",
        """
Ini PBB ko kenapa naik sampe Rp {rp}? Bapa [[n:{n1}]] pung tanah di Kolhua cuma kebun, sonde ada rumah. NOP {nop}. Beta su pi Bapenda 2 kali, dong suru tunggu sa. Beta pung HP [[p:{hp2}]], nama [[n:{g2}]].
""",
        M=(1,),
        E=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "bpjs_health",
        """
Mama pung KIS [[bpjs:{bpjs1}]] sonde bisa pake di {pusk}. Dong bilang NIK sonde padan. Di KTP mama NIK [[nik:{nik1}]], ma di KK tatulis [[nik:{nikk1}]], kurang satu angka. Mama [[n:{n1}]] su tua, sonde bisa antri lama-lama.
""",
        F=(1,),
        E=(1,),
    ),
    T(
        "kupang_malay",
        "education",
        """
Selamat sore ibu operator. Beta pung ana [[n:{g2}]] kelas 4 di {school}, PIP dua taun sonde cair. NISN {nisn}. Beta pung NIK [[nik:{nik1}]], nama ibu kandung [[n:{n1}]]. Kalo ada info tolong WA beta di [[p:{hp1}]].
""",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "bank_credit",
        """
Beta ambil KUR di BRI unit {kel}, Rp {rpb}. Su lunas bulan lalu, ma sampe sekarang dong masih potong dari beta pung rekening [[b:{rkr1}]]. Beta su pi kantor, dong bilang tunggu pusat. Sapa yang pernah bagini? WA beta [[p:{hp1}]] ([[n:{g1}]]).
""",
    ),
    T(
        "kupang_malay",
        "village_finance",
        """
Bendahara desa {desa} tu, Bapa [[n:{n1}]], pake dia pung rekening pribadi {bank1} [[b:{rek1}]] untuk tampung uang sewa traktor BUMDes. Rekening desa sonde pake. Kami su lapor ke pak camat ma belum ada kabar.
""",
    ),
    T(
        "kupang_malay",
        "jobs_pension",
        """
Kaka admin Prakerja, beta su daftar tiga kali sonde lolos-lolos. Email beta [[e:{emx1}]], NIK [[nik:{nik1}]]. Katanya data sonde sesuai DTKS. Beta ni bukan penerima bansos apa-apa lai.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Dukcapil dong minta NIK deng KK untuk ganti KTP rusak. Bapa pung [[nik:{nik2}]], beta pung [[nik:{nik1}]], KK [[kk:{kk1}]]. Tolong cek kenapa beta pung KTP sonde jadi-jadi. Beta [[n:{n1}]] di [[a:{rt1}]] {kel}.
""",
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "permits_business",
        """
Beta jual kue lapis deng kue cucur di rumah, mau urus NIB biar bisa masuk Indomaret. Di OSS minta NPWP usaha perorangan. Beta isi [[npwp:{npwpn1}]], muncul "sudah terdaftar". Sapa bisa bantu? Rumah di [[a:{ad1}]], WA [[p:{hp1}]] (mama [[n:{g1}]]).
""",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "jobs_pension",
        """
Opa [[n:{n1}]] pung uang pensiun bulan ini cuma masuk setengah. Dong bilang karena Opa balom otentikasi. Opa su tua, sonde bisa jalan pi Taspen. Rekening Bank NTT [[b:{rkn1}]]. Anak dong di Jawa, beta cucu yang urus, [[n:{g2}]] [[p:{hp2}]].
""",
        E=(1,),
        M=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "bpjs_health",
        """
Beta pung maitua [[n:{g2}]] mau melahirkan, BPJS mandiri nunggak 6 bulan. Kalo pindah PBI bisa ko? Kartu dia [[bpjs:{bpjsd2}]], beta pung [[bpjs:{bpjs1}]]. KK kami [[kk:{kk1}]].
""",
        F=(2,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "tax_npwp",
        """
Beta pung NPWP sebelum ganti NIK tu [[npwp:{npwps1}]]. Sekarang dong bilang pake NIK, ma pas beta masukkan di DJP Online dong tolak. Sapa tau caranya tolong bantu. [[n:{lg1}]]
""",
    ),
    T(
        "kupang_malay",
        "education",
        """
Beta pung ana su lulus KIP Kuliah di Undana, ma uang saku balom masuk. Dia pake beta pung email waktu daftar, [[e:{emx1}]], jadi beta yang terima email dari kipk@undana.ac.id. Ana nama [[n:{n2}]]. Rekening BNI dia [[b:{rkb2}]].
""",
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "tax_npwp",
        """
Hati-hati e basodara. Ada nomor {scam} WA bilang NPWP kita diblokir, suru klik link. Itu tipu-tipu. Ada lai yang pake {scam2}. KPP sonde pernah WA bagitu. Lapor ke Kring Pajak 1500200 sa.
""",
    ),
    T(
        "kupang_malay",
        "land_tax_pbb",
        """
Bayar PBB di mana ni? Kode bayar {billing} su sonde bisa di Bank NTT. Bapenda pung WA {owa} sonde balas dari kemarin. NOP {nop}.
""",
    ),
    T(
        "kupang_malay",
        "village_finance",
        """
{kop} tu pung NPWP {npwpx}, ma dong sonde pernah lapor pajak. Uang simpanan anggota masuk di rekening koperasi {rekb}. RAT sonde pernah ada. Sapa yang urus ni?
""",
    ),
    T(
        "kupang_malay",
        "bpjs_health",
        """
Sonde adil ni. SEP {sep} ditolak karena rujukan {rujukan} su lewat 90 hari. Orang sakit musti balik pi puskesmas ulang. BPJS pung WA Pandawa {owa} cuma balas otomatis.
""",
    ),
    T(
        "kupang_malay",
        "education",
        """
Operator sekolah dong bilang NISN {nisn} sonde muncul di Dapodik. Sekolah NPSN {npsn}. Dong suru tunggu sinkron. Dari bulan {bln} tunggu terus sa.
""",
    ),
    T(
        "kupang_malay",
        "jobs_pension",
        """
Kartu Prakerja {prakerja} pung insentif balom masuk. Email cs@prakerja.go.id sonde balas, WA Prakerja Care {owa} cuma bot. Bagaimana ni?
""",
    ),
    T(
        "kupang_malay",
        "permits_business",
        """
Beta pi DPMPTSP mau tanya PBG, dong kasi nomor helpdesk {owa} deng email dpmptsp@kupangkota.go.id. Su tiga hari sonde ada balasan. Nomor registrasi {pbg}.
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Tadi pi Dukcapil, dapat nomor antrian {antri}, dilayani jam {jam}. Petugas bilang NIK di sistem {nikmask} ganda. Disuruh bawa surat dari kelurahan {kel} dolo.
""",
    ),
]

# ---- social_thread: Facebook posts and their comments
TEMPLATES += [
    T(
        "social_thread",
        "tax_npwp",
        """
Info UMKM Kupang · {ago}
Mau tanya, NPWP untuk daftar e-katalog itu pake NPWP pribadi atau harus NPWP badan? Usaha sa masih perorangan.
Komentar:
[[n:{n1}]]: Perorangan pake NPWP pribadi kak. Sa dulu pake sa pung [[npwp:{npwpd1}]] lolos sa.
[[n:{n2}]]: Sekarang su pake NIK kak, 16 digit.
KPP Pratama Kupang: Betul, untuk orang pribadi gunakan NIK. Info lanjut: Kring Pajak 1500200 atau informasi@pajak.go.id.
[[n:{l3}]]: Sa tag [[n:{n4}]] yang baru buka usaha 😁
""",
    ),
    T(
        "social_thread",
        "tax_npwp",
        """
KPP Pratama Kupang
{ago} ·
📢 Batas lapor SPT Tahunan Orang Pribadi {thn} tinggal 10 hari lagi! Layanan asistensi di KPP, {jlno}. Butuh bantuan? WA Layanan {owa} atau email kpp.kupang@pajak.go.id.
Komentar
kupang_bersuara: Antre panjang min 😅
Bapenda Kota Kupang: Sekalian ingat PBB e 🙏
umkm.oesapa: Kode billing {billing} tadi sonde bisa min
""",
    ),
    T(
        "social_thread",
        "education",
        """
Forum Orang Tua Murid Kota Kupang
Ada yang tau kenapa PIP ana dong sonde cair? Sa pung ana [[n:{g2}]] kelas 6 {school}. Sekolah bilang rekening SimPel su expired.
Komentar:
[[n:{n3}]]: Sama kak, sa pung ana juga. Kami pi BRI bawa KK deng SK, langsung bisa.
[[n:{n1}]]: Makasih kak. Kalo ada info lain kirim ke sa pung email [[e:{emx1}]] sa, sa jarang buka FB.
Operator {school}: Ibu bisa datang ke sekolah hari {hari} ambil SK nominasi.
""",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "social_thread",
        "bpjs_health",
        """
Kupang Bersuara · Postingan anonim
Tolong dibantu 🙏 Oma [[n:{n1}]] ({umur1} th) di [[a:{rt1}]] Kel. {kel} kartu KIS-nya [[bpjs:{bpjs1}]] dinonaktifkan. Oma tinggal sendiri, sakit gula. NIK oma [[nik:{nik1}]].
Komentar:
[[n:{n2}]]: Coba lapor Dinsos kak, bawa KTP deng KK oma.
Dinas Sosial Kota Kupang: Silakan DM alamat lengkap, petugas kami akan verifikasi.
""",
        F=(1,),
    ),
    T(
        "social_thread",
        "bank_credit",
        """
[[n:{n1}]] ▸ Suara Nasabah NTT
Sa pung pengajuan KUR di {bnk} ditolak karena SLIK sa kol 5 di koperasi yang sa sonde pernah pinjam. Ternyata ada yang pake sa pung KTP. Hati-hati kasi fotokopi KTP sembarang e.
Komentar:
[[n:{n2}]]: Lapor OJK kak, 157.
[[n:{n3}]]: Sa juga bagitu, di {kop}. Yang bawa sa pung KTP tu [[n:{n4}]], dulu dia bilang untuk data bansos.
""",
    ),
    T(
        "social_thread",
        "land_tax_pbb",
        """
Bapenda Kota Kupang
{ago}
Pembayaran PBB-P2 {thn} dapat dilakukan di Bank NTT, Kantor Pos, Indomaret, Alfamart dan QRIS. Cek tagihan dengan NOP (contoh format {nop}). Keberatan: pbb.bapenda.kotakupang@gmail.com / WA {owa}.
Komentar
warga_liliba: NOP sa {nop2} tagihan dobel min
Kelurahan {kel}: Terima kasih infonya 🙏
""",
    ),
    T(
        "social_thread",
        "jobs_pension",
        """
LOKER KUPANG
Dicari admin toko, lulusan SMA/SMK. Kirim lamaran ke hrd.lontarjaya@gmail.com atau WA {owa} (HRD).
Komentar:
[[n:{n1}]]: Sa su kirim kak, ke email. Sa pung email [[e:{emp1}]] kalo mau balas.
[[n:{n2}]]: Masih buka ko kak? Sa WA [[p:{hp2}]]
""",
    ),
    T(
        "social_thread",
        "jobs_pension",
        """
{cv} membuka lowongan Staf Pajak (Brevet A/B). Lamaran dikirim ke rekrutmen.timorraya@gmail.com paling lambat {tg}. Hanya pelamar terpilih yang dihubungi. Info: {otel}.
Komentar:
loker_ntt_official: Share ke grup 👍
Disnaker Kota Kupang: Waspada lowongan berbayar, rekrutmen resmi gratis.
""",
    ),
    T(
        "social_thread",
        "village_finance",
        """
Suara Warga Desa {desa}
Warga minta transparansi! Dana BUMDes Rp {rpb} katanya dipinjam ke bendahara BUMDes [[n:{n1}]] pribadi. Laporan keuangan sonde pernah ditempel di kantor desa.
Komentar:
[[n:{n2}]]: Betul, sa hadir musdes, sonde ada pembahasan.
[[n:{n3}]]: Sabar basodara, inspektorat su turun.
Pemerintah Desa {desa}: Laporan akan diumumkan minggu depan.
""",
    ),
    T(
        "social_thread",
        "civil_registry",
        """
DITEMUKAN dompet di halte depan {school}. Isinya KTP a.n. [[n:{N1}]], NIK [[nik:{nik1}]], kartu NPWP [[npwp:{npwpd1}]] deng kartu ATM. Yang kenal tolong tag. Bisa ambil di [[n:{n2}]], WA [[p:{hp2}]].
Komentar:
[[n:{n3}]]: Itu sa pung om, sa su kasi tau dia. Makasih banyak kak 🙏
""",
    ),
    T(
        "social_thread",
        "permits_business",
        """
Terima pesanan se'i babi deng se'i sapi 🔥 Sudah ada NIB deng sertifikat halal untuk se'i sapi. Pesan di WA [[p:{hp1}]] ([[n:{g1}]]), antar area {kel}. Transfer ke {bank1} [[b:{rek1}]] a.n. [[n:{n1}]].
Komentar:
[[n:{n2}]]: Pesan 2 kg untuk Sabtu kak
[[n:{g1}]]: Siap kak, sa inbox e
""",
    ),
    T(
        "social_thread",
        "permits_business",
        """
DPMPTSP Kota Kupang
{ago}
Klinik OSS hadir setiap {hari} di Mal Pelayanan Publik. Bawa KTP dan NPWP (badan usaha) untuk pendampingan NIB dan PB UMKU. Helpdesk WA {owa} | dpmptsp@kupangkota.go.id
Komentar
umkm_naikolan: Min kalau koperasi NPWP badannya belum ada?
DPMPTSP Kota Kupang: Bisa urus di KPP dulu kak.
""",
    ),
    T(
        "social_thread",
        "education",
        """
SMK Negeri 3 Kupang
{ago}
PENGUMUMAN PPDB: Berkas dikirim ke tu.smkn3kupang@gmail.com dengan subjek NISN_Nama (contoh {nisn}_NamaSiswa). Info: Tata Usaha {otel}, WA {owa}.
Komentar
ppdb_kupang_info: 🙏🙏
Komite Sekolah: Sumbangan sukarela, tidak wajib.
""",
    ),
    T(
        "social_thread",
        "tax_npwp",
        """
Grup Guru Honor NTT
Bapak ibu, bendahara minta NPWP semua guru honor sampai hari {hari}. Yang belum punya NPWP, pakai NIK.
Komentar:
[[n:{n1}]]: Ini punya sa, [[npwp:{npwpn1}]] 🙏
[[n:{n2}]]: Sa belum punya NPWP, pakai NIK sa boleh? [[nik:{nik2}]]
[[n:{n3}]]: Sa pung NPWP lama [[npwp:{npwpd3}]], masih berlaku ko?
""",
    ),
    T(
        "social_thread",
        "bpjs_health",
        """
Info Kesehatan Kupang
{ago}
Peserta JKN yang pindah faskes bisa lewat Mobile JKN atau Pandawa WA {owa}. BPJS Kesehatan tidak pernah menghubungi lewat nomor pribadi seperti {scam}.
Komentar
sehat_kupang: Min SEP sa {sep} ditolak kenapa?
BPJS Kesehatan Cabang Kupang: Mohon DM nomor SEP lengkap.
""",
    ),
    T(
        "social_thread",
        "bank_credit",
        """
⚠️ WASPADA ⚠️ Ada akun "KUR BRI Kupang Resmi" tawarkan pinjaman cair 1 jam. Dia minta biaya admin ke DANA {scam} dan email kur.bri.kupang.resmi@gmail.com. BRI sonde pernah minta biaya! Resmi cuma Call BRI 14017.
Komentar
info_kupang_terkini: Share!
Bank NTT: Nasabah Bank NTT juga waspada ya 🙏
""",
    ),
    T(
        "social_thread",
        "village_finance",
        """
Pemerintah Desa {desa}
{ago}
Realisasi APBDes {thl}: Pendapatan Rp {rpb}, Belanja Rp {rpb2}. Pajak telah disetor (NTPN {ntpn}). Saran dan pengaduan: {dmail} atau WA kantor desa {owa}.
Komentar
karang_taruna_{lwdesa}: Mantap transparan 👍
""",
    ),
    T(
        "social_thread",
        "jobs_pension",
        """
Grup Pensiunan Guru Kupang
Info otentikasi Taspen bisa lewat HP. Sa su coba, tinggal foto muka deng KTP.
Komentar:
[[n:{n1}]]: Sa pung bapa [[n:{n2}]] su coba, gagal terus. NOTAS {notas}. Ada yang bisa bantu? WA sa [[p:{hp1}]]
[[n:{n3}]]: Pi kantor Taspen sa pak, lebih cepat.
""",
        M=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "social_thread",
        "civil_registry",
        """
Dukcapil Kota Kupang
{ago}
Layanan cetak KTP-el hari {hari} hanya untuk nomor antrean online. Cek status dengan mengirim NIK (format {nikmask} di contoh) ke dukcapil@kupangkota.go.id.
Komentar
kupang_kota_kita: Antrean online buka jam berapa min?
Kelurahan {kel}: Warga yang lansia bisa lewat jemput bola kelurahan.
""",
    ),
    T(
        "social_thread",
        "land_tax_pbb",
        """
[[n:{n1}]]
Sa mau jual tanah di {kel}, ma SPPT masih atas nama almarhum bapa [[n:{n2}]]. Notaris bilang musti balik nama dulu. Ada yang tau biaya BPHTB? NOP {nop}.
Komentar:
[[n:{n3}]]: Ke Bapenda kak, bawa surat ahli waris.
[[n:{n4}]]: Sa pung kasus sama, urus 2 minggu.
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "social_thread",
        "education",
        """
[[n:{n1}]] ▸ Info Beasiswa NTT
Teman2 yang mau daftar Beasiswa Pemkot, formulir bisa minta ke beasiswa@kupangkota.go.id. Kalau mau tanya-tanya pengalaman sa tahun lalu, email sa [[e:{emx1}]] sa.
Komentar:
[[n:{n2}]]: Makasih kak, sa su kirim email e.
""",
    ),
    T(
        "social_thread",
        "permits_business",
        """
Kami pedagang kios Pasar Oebobo protes! Retribusi naik, padahal kami su punya NIB. Petugas UPTD Pasar minta bayar ke rekening UPTD {rekntt} atau VA {va}, bukti setor tidak dikasih.
Komentar
pasar_oebobo_bersatu: Lawan!
UPTD Pasar Kota Kupang: Retribusi sesuai Perda, karcis tersedia di loket.
""",
    ),
    T(
        "social_thread",
        "bpjs_health",
        """
[[n:{n1}]]
Puji Tuhan operasi sa pung mama [[n:{n2}]] di {rs} ditanggung penuh BPJS. Makasih untuk petugas BPJS Satu, kaka [[n:{g3}]] yang bantu urus rujukan. 🙏
Komentar:
[[n:{n4}]]: Puji Tuhan kak, semoga cepat sembuh mama.
""",
        F=(2,),
        fam={1: 2},
    ),
]

# ---- more: vehicles' tax and collateral
TEMPLATES += [
    T(
        "lapor_form",
        "tax_npwp",
        """
Judul Laporan: Pajak kendaraan terbayar dua kali lewat e-Samsat
Isi Laporan: Saya membayar PKB sepeda motor [[pl:{pl1}]] lewat aplikasi tanggal {tgl} dengan kode bayar {billing}, saldo terpotong dua kali (Rp {rp} x 2). Struk kedua bernomor {ref}. Kantor SAMSAT Kupang meminta saya mengirim email ke alamat yang tidak aktif.
Nama Pelapor: [[n:{n1}]]
NIK: [[nik:{nik1}]]
No. HP: [[p:{hp1}]]
""",
    ),
    T(
        "lapor_form",
        "bank_credit",
        """
Judul Laporan: BPKB agunan KUR tidak dikembalikan
Isi Laporan: KUR saya di {bank1} sudah lunas sejak {bln} {thl} (rekening [[b:{rek1}]]). BPKB sepeda motor [[pl:{pl1}]] atas nama istri saya [[n:{n2}]] yang dijadikan agunan belum dikembalikan karena "masih di kantor cabang". Surat keterangan lunas No. {pk}.
Nama Pelapor: [[n:{n1}]]
Alamat: [[a:{adr1}]], Kel. {kel}
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "sms_1708",
        "tax_npwp",
        """
KOTKUPANG PAJAK MOTOR SY [[pl:{PL1}]] SDH BAYAR DI SAMSAT KELILING {KEL} TP DI E-SAMSAT MASIH TUNGGAK. NTPN {NTPN}. SY [[n:{N1}]] [[p:{HP1}]]
""",
    ),
]


if __name__ == "__main__":
    main()
