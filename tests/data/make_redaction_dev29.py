# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev29.jsonl: people in posts, comments, scans and SMS, and the numbers around them.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{rek1}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev29.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of capitalised words, every
unlabelled run of digits and every unlabelled ``@`` token with the forty characters before it.
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

SEED = 20261229
OUT = Path(__file__).with_name("redaction_dev29.jsonl")

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
    "social_post",
    "social_comments",
    "ocr_ktp_kk",
    "ocr_letter",
    "ocr_receipt",
    "sms_caps",
    "sms_lower",
    "wa_chat",
    "kupang_malay",
    "donation_appeal",
)
THEMES = (
    "social_aid",
    "health",
    "education",
    "civil_registry",
    "utilities",
    "security_scams",
    "disaster_donation",
    "tax_business",
)
FLOORS = {
    "templates": 220,
    "texts": 600,
    "spans": 1300,
    "per_style": 55,
    "empty_share": 0.30,
    "name": 600,
    "phone": 60,
    "nik": 60,
    "bank_account": 40,
    "email": 25,
    "npwp": 25,
    "kk": 25,
    "address": 25,
    "themes": 6,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter", "ns", "mr", "mrs", "ttd",
    "salam", "dari", "hormat", "atas", "cucu", "anak", "tetangga", "ananda",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev29)
GIVEN_M = (
    "Aloysius", "Benediktus", "Kornelis", "Markus", "Stefanus", "Yeremias", "Obed", "Zakarias",
    "Lukas", "Nikolas", "Gerson", "Habel", "Yunus", "Frengki", "Ferdinan", "Melki", "Yandri",
    "Arnoldus", "Dominikus", "Gabriel", "Hendrik", "Imanuel", "Leonardus", "Marten", "Oktovianus",
    "Petrus", "Rudolof", "Samuel", "Tobias", "Urbanus", "Viktor", "Wellem", "Yosua", "Agustinus",
    "Ruben", "Efraim", "Yermias", "Edison", "Fredik", "Herman", "Yakobus", "Simson", "Elias",
    "Mateus", "Anselmus", "Fidelis", "Hamzah", "Syarifuddin", "Ridwan", "Adrianus", "Beni",
    "Charles", "Deni", "Erik", "Jhoni", "Kristo", "Lambert", "Nelson", "Rony", "Sepri",
    "Yulius", "Alfons", "Matias", "Yohanis", "Daud", "Sem", "Hans", "Aris", "Ardi",
)  # fmt: skip
GIVEN_F = (
    "Anjelina", "Bernadeta", "Christin", "Dorkas", "Elsi", "Febriyanti", "Gresia", "Herlina",
    "Imelda", "Juliana", "Kristina", "Lodia", "Merlin", "Novita", "Oktaviani", "Priska", "Regina",
    "Selvi", "Veronika", "Wilhelmina", "Yuliana", "Adriana", "Beatriks", "Dewi", "Ernawati",
    "Fransina", "Getreda", "Hermina", "Ince", "Jein", "Kornelia", "Lusia", "Magdalena", "Naomi",
    "Orpa", "Petronela", "Rahel", "Sarlota", "Tabita", "Ursula", "Yohana", "Meri", "Ance",
    "Rosalina", "Mince", "Nelci", "Nurhayati", "Hasna", "Fatmawati", "Yanti", "Santi", "Erni",
    "Vivi", "Lenny", "Marlin", "Agnes", "Sisilia", "Yasinta", "Klara", "Emi", "Susan", "Desi",
    "Wati", "Lina", "Ayu", "Natalia", "Apriani", "Yesi", "Reni",
)  # fmt: skip
FAMILY = (
    "Manafe", "Tefa", "Benu", "Bessie", "Therik", "Nenobais", "Tanone", "Amalo", "Fanggidae",
    "Mooy", "Lobo", "Ndoen", "Haning", "Sabneno", "Selan", "Boimau", "Tuames", "Nubatonis",
    "Neolaka", "Taneo", "Kolo", "Nahak", "Seran", "Bria", "Klau", "Atok", "Leki", "Nope",
    "Banunaek", "Nomleni", "Oematan", "Dethan", "Messakh", "Pandie", "Adoe", "Foeh",
    "Taek", "Tallo", "Kapitan", "Pellokila", "Radja", "Lede", "Bili", "Lomi", "Henuk", "Rihi",
    "Saudale", "Kiuk", "Tabun", "Sinlae", "Tlonaen", "Fallo", "Nitbani", "Natonis", "Kause",
    "Sanam", "Snae", "Laka", "Bana", "Mella", "Tukan", "Lakapu", "Loasana", "Tnunay", "Buan",
    "Djami Rihi", "Ludji Pau", "Hede Lado", "Dimu Heo", "Ndapa Lawa",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("F", "Ni Kadek Sriani", "Dewi"),
    ("M", "I Made", "Sutarja"),
    ("M", "Andi", "Daeng Siala"),
    ("F", "Mei Hwa", "Tanujaya"),
    ("M", "Umbu Kahi", "Hina Kapita"),
    ("F", "Rambu Hada", "Anarara"),
    ("M", "Muhammad", "Jufri"),
    ("F", "Siti", "Nurjanah"),
    ("M", "Putu", "Astawa"),
    ("F", "Wa Ode", "Nurmala"),
)
NICK = (
    "Ochi", "Eby", "Ipi", "Oce", "Ety", "Ose", "Memi", "Noni", "Tince", "Eki", "Jeki", "Onyo",
    "Ecy", "Icha", "Kiki", "Nita", "Uce", "Boby", "Ame", "Edo", "Lince", "Yopi", "Dely", "Anyo",
)  # fmt: skip
DECOR = ("", "", "", " 🌸", " ❤️", " 🙏", " ✨", " 🦋", " 💯", " 🇮🇩", " 😇", " 🌺")
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com",
    "hotmail.com", "icloud.com", "rocketmail.com",
)  # fmt: skip

# ---------------------------------------------------------------- places (Kota Kupang)
KELURAHAN = (
    "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Naikoten I",
    "Naikoten II", "Fontein", "Bonipoi", "Solor", "Merdeka", "Airmata", "Oeba", "Fatubesi",
    "Tode Kisar", "Pasir Panjang", "Nefonaek", "Kelapa Lima", "Oesapa", "Oesapa Barat",
    "Oesapa Selatan", "Lasiana", "Kolhua", "Naimata", "Penfui", "Maulafa", "Sikumana",
    "Fatukoa", "Belo", "Oepura", "Naikolan", "Alak", "Namosain", "Nunbaun Sabu", "Nunbaun Delha",
    "Nunhila", "Fatufeto", "Mantasi", "Naioni", "Batuplat", "Manutapen", "Kuanino", "Nunleu",
    "Oetete", "Airnona", "Bakunase", "Manulai II", "Penkase Oeleta",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Lontar", "Jl. Gewang", "Jl. Kesambi", "Jl. Srikaya", "Jl. Delima", "Jl. Sirsak",
    "Jl. Kedondong", "Jl. Cemara", "Jl. Flamboyan", "Jl. Anggrek", "Jl. Teratai", "Jl. Kenari",
    "Jl. Nuri", "Jl. Kakaktua", "Jl. Merak", "Jl. Rajawali", "Jl. Pelikan", "Jl. Camar",
    "Jl. Batu Karang", "Jl. Oeleu", "Jl. Tanah Merah", "Jl. Bukit Indah", "Jl. Matani",
    "Jl. Sumba", "Jl. Alor", "Jl. Flores", "Jl. Solor", "Jl. Lembata", "Gg. Matahari",
    "Gg. Cendrawasih", "Gg. Sepakat", "Gg. Harapan", "Gg. Pisang", "Lr. Belimbing",
    "Jl. Manggis Gg. 2", "Jl. Jambu Gg. 4", "Jl. Salak", "Jl. Kelor", "Jl. Asam",
)  # fmt: skip
COMPLEX = ("Perumnas", "BTN Kolhua", "Perum Griya Oebufu", "Kompleks Bumi Permai Liliba")
PUBLIC_STREETS = (
    "Jl. W.J. Lalamentik", "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. El Tari", "Jl. Herewila",
    "Jl. Adisucipto", "Jl. Timor Raya", "Jl. R.A. Kartini", "Jl. Soeharto", "Jl. Moh. Hatta",
    "Jl. Sudirman", "Jl. Cak Doko", "Jl. Perintis Kemerdekaan", "Jl. Amabi", "Jl. Sam Ratulangi",
    "Jl. Veteran", "Jl. Jend. Ahmad Yani", "Jl. Bundaran PU", "Jl. Kapten Tendean",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oebobo", "Puskesmas Sikumana", "Puskesmas Kupang Kota", "Puskesmas Oesapa",
    "Puskesmas Bakunase", "Puskesmas Naioni", "Puskesmas Penfui", "Puskesmas Alak",
    "Puskesmas Pasir Panjang", "Puskesmas Oepoi", "Puskesmas Manutapen",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W.Z. Johannes", "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang", "RS Leona", "RS Mamami", "RSIA Dedari", "RS Kartini",
)  # fmt: skip
SCHOOLS = (
    "SMAN 1 Kupang", "SMPN 2 Kupang", "SD Inpres Oepura 3", "SMAK Giovanni", "SMPK St. Theresia",
    "SDK St. Yoseph Naikoten", "SMKN 3 Kupang", "SMPN 8 Kupang", "SD GMIT Oebufu",
    "SMAK St. Familia", "MTsN Kota Kupang", "SDI Liliba", "SMAN 5 Kupang", "PAUD Tunas Bangsa",
)  # fmt: skip
CHURCHES = (
    "Gereja Katedral Kristus Raja", "GMIT Jemaat Ebenhaezer Oeba", "GMIT Koinonia",
    "Paroki St. Yosef Pekerja Penfui", "Gereja St. Fransiskus Asisi Kolhua",
    "GMIT Jemaat Imanuel Oepura", "GMIT Jemaat Syalom Airnona", "GMIT Jemaat Betlehem Oesapa",
    "Gereja St. Maria Assumpta", "GBI Rumah Persembahan",
)  # fmt: skip
SHOPS = (
    "Toko Bangunan Dua Saudara", "Apotek Sehat Selalu", "Kios Berkah Oebufu", "Laundry Kilat Liliba",
    "Counter HP Flobamora Cell", "Warung Se'i Bu Yuli", "Bengkel Motor Karya Timor",
    "Fotokopi Cahaya Oesapa", "Depot Air Tirta Sasando", "Mini Market Sumber Rezeki",
    "Rumah Makan Padang Sederhana", "Toko Emas Matahari",
)  # fmt: skip
GROUPS = (
    "Kupang Bersuara", "Info Kupang Terkini", "Suara Warga Kota Kupang", "Kupang Jual Beli",
    "Warga Oebufu Peduli", "Ina Ama Kupang", "Forum Peduli Kota Kasih",
)  # fmt: skip
SONGS = (
    "Bolelebo", "Flobamora", "Gemu Fa Mi Re", "Anak Kambing Saya", "Sio Mama", "Kupang Manise",
    "Oras Loro Malirin", "Tanah Timor",
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay", "LinkAja")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MOBILE = (
    ("0811", 3), ("0812", 7), ("0813", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0851", 3),
    ("0852", 8), ("0853", 7), ("0814", 1), ("0815", 1), ("0856", 1), ("0857", 2), ("0858", 1),
    ("0817", 1), ("0818", 1), ("0819", 2), ("0859", 1), ("0877", 1), ("0878", 2), ("0831", 1),
    ("0838", 1), ("0895", 1), ("0896", 1), ("0897", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0832", "0833", "0898", "0899", "0881", "0883"}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
LETTER_OCR = {"S": "5", "O": "0", "I": "1", "B": "8", "G": "6"}


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
            rest = r.choice((7, 8, 8, 8, 9)) if prefix.startswith("081") else r.choice((8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "m", "i", "j", "k", "is"), (34, 14, 16, 5, 5, 8, 8, 5, 5)
            )[0]
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
        if how == "x":  # a stray space inside the number, as a scan reads it
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

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK in one of the writings people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t", "d"), (60, 22, 9, 9))[0]
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
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "x":  # stray spaces inside, as a scan reads it
            cut = sorted(r.sample(range(3, 14), r.randint(1, 2)))
            out = raw
            for k in reversed(cut):
                out = out[:k] + " " + out[k:]
            return out
        if how == "y":  # letters for digits and a stray space
            return self._ox(raw)
        if how == "n":  # broken over a line
            cut = r.randint(5, 11)
            return raw[:cut] + "\n" + raw[cut:]
        if how == "w":  # a digit too few or too many
            k = r.randint(6, 13)
            return raw[:k] + raw[k + 1 :] if r.random() < 0.5 else raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    def _ox(self, raw: str) -> str:
        o = self.write_id(raw, "o")
        k = self.rng.randint(4, 12)
        return o[:k] + " " + o[k:]

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        old = p["npwp15"]
        if how == "":
            how = r.choices(("d", "b", "n", "z"), (55, 10, 25, 10))[0]
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
            how = r.choices(("p", "x"), (80, 20))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "u":
            return f"{local}@{host}".upper()
        if how == "x":
            how = r.choice(("a", "b", "c", "d", "e", "h"))
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
            return f"{local} at " + " titik ".join(parts)
        if how == "h":
            return f"{local} @{host}"
        if how == "o":  # as a scan reads it: a stray space after the @
            return f"{local}@ {host}"
        if how == "n":  # broken over a line
            return r.choice((f"{local}@\n{host}", f"{local}\n@{host}"))
        if how == "k":  # the person's own mailbox on the city's host
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
            year = r.randint(2010, 2021)
        elif i in self.spec["E"]:
            year = r.randint(1938, 1962)
        else:
            year = r.randint(1955, 2004)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < 0.8:
            district = "5371%02d" % r.randint(1, 6)
        else:
            district = "53%s%02d" % (
                r.choice(("01", "02", "03", "04", "05", "06", "10", "14")),
                r.randint(1, 24),
            )
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 600)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(6, 25))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((5, 7, 9, 15, 24, 26, 35, 44, 47, 55, 58, 66, 72, 75, 81, 86, 91, 94)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "921", "921", "922")),
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
                f"{fl}{gl[:3]}{r.randint(1, 9)}",
            )
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 150)) + r.choice(("", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor "))
        rt = self.rtrw()
        bank = r.choice(BANKS)
        # OCR writings of the name in capitals
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
            "nk": nick,
            "lnk": nick.lower(),
            "gi": f"{given} {family[0]}",
            "ig": f"{given[0]}. {family}",
            "No": ocr,
            "Ns": spaced,
            "Nn": given.upper() + "\n" + family.upper(),
            "dec": r.choice(DECOR),
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
            "gk": r.choice((f"{gl}.{fl}@kupangkota.go.id", f"{gl[0]}{fl}@nttprov.go.id")),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "umur": str(max(1, 2026 - year)),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "adc": "%s Blok %s No. %d"
            % (r.choice(COMPLEX), r.choice("ABCDEFGHK"), r.randint(1, 150)),
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15)),
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
                "RT %02d/%02d" % (a, b),
                "RT %d/RW %d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "EB", "ED", "EA")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "KA", "KB", "BH", "AS", "AP", "KF", "M")),
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
                            r.choice(("001", "002", "015")),
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
        m = (self.minute + 13 * i) % (24 * 60)
        return m // 60, m % 60

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "nk", "lnk", "gi", "ig", "No", "Ns", "Nn",
            "dec", "lahir", "umur", "bank", "rek", "ad", "adr", "adc", "rt", "rtk", "pl", "wal",
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
                r.choice((1, 2, 3, 31, 53, 61, 62, 70, 74, 76, 83, 90)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921", "922")),
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


def _jam2(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d:%02d:%02d" % (h, m, fl.rng.randint(0, 59))


def _dt(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d/%02d/%d %02d.%02d" % (fl.day, fl.month, fl.year, h, m)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d.000" % r.choice((25, 50, 75, 100, 150, 200, 250, 300, 350, 500, 750)),
            "%d.%03d.000" % (r.randint(1, 9), r.choice((0, 250, 500, 750))),
        )
    )


def _rpk(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%d.%03d" % (r.randint(3, 95), r.choice((0, 500, 0, 0)))


def _rpb(fl: Fill, i: int) -> str:
    return "%d.%03d.000" % (
        fl.rng.randint(1, 24),
        fl.rng.choice((0, 150, 250, 300, 450, 500, 750, 800, 950)),
    )


def _ago(fl: Fill, i: int) -> str:
    return fl.rng.choice(("1 j", "2 j", "3 j", "5 j", "12 mnt", "35 mnt", "1 h", "2 h", "4 m"))


OTHER_VALUES = {
    # not a person's lines
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "owab": lambda fl, i: fl.mobile_raw(),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scamk": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "j"),
    "bwa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "cc": lambda fl, i: (
        fl.rng.choice(("1500 %03d", "1500-%03d", "1500%03d")) % fl.rng.randint(100, 999)
    ),
    # bodies' numbers
    "npwpx": _body_npwp,
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "rekbri": lambda fl, i: fl.account("BRI"),
    "rekbsi": lambda fl, i: fl.account("BSI"),
    "rekbca": lambda fl, i: fl.account("BCA"),
    "nib": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("91", "81", "12", "02")) + fl.digits(11)),
    # look-alikes
    "nip": _nip,
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "akta": lambda fl, i: (
        "5371-LT-%02d%02d%d-%04d"
        % (
            fl.rng.randint(1, 28),
            fl.rng.randint(1, 12),
            fl.rng.randint(2008, 2026),
            fl.rng.randint(1, 9999),
        )
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
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8)),
    "meter": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("14", "32", "56", "45")) + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "token": lambda fl, i: " ".join(fl.digits(20)[k : k + 4] for k in range(0, 20, 4)),
    "trx": lambda fl, i: fl.fresh(
        lambda: "%d%02d%02d%s" % (fl.year, fl.month, fl.day, fl.digits(8))
    ),
    "ref": lambda fl, i: fl.fresh(
        lambda: (
            fl.rng.choice(("%s", "%s", "FT%s", "REF%s")) % fl.digits(fl.rng.choice((12, 14, 16)))
        )
    ),
    "va": lambda fl, i: (
        fl.rng.choice(("8808%s", "88810%s", "7007%s", "39358%s", "8277%s")) % fl.digits(11)
    ),
    "card": lambda fl, i: (
        fl.rng.choice(("5264 %s** **** %s", "6013 %s** **** %s", "4617 %s** **** %s"))
        % (fl.digits(2), fl.digits(4))
    ),
    "brizzi": lambda fl, i: "6013 50" + fl.digits(2) + " " + fl.digits(4) + " " + fl.digits(4),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24", "16")) + fl.digits(9),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d-%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "surat": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("470", "400.12", "460", "900.1", "421.3", "503", "474.4")),
            fl.rng.randint(1, 999),
            fl.rng.choice(("DUKCAPIL", "KEL", "DINSOS", "DISDIK", "BPBD", "DINKES", "PEM")),
            fl.year,
        )
    ),
    "resi": lambda fl, i: fl.rng.choice(("JP", "TKP", "SPXID0", "JNT")) + fl.digits(11),
    "struk": lambda fl, i: (
        "%s%s" % (fl.rng.choice(("INV/", "NO.", "TRX-", "#")), fl.digits(fl.rng.choice((6, 8, 10))))
    ),
    "kode": lambda fl, i: fl.digits(6),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCD"), fl.rng.randint(1, 240)),
    "shortcode": lambda fl, i: fl.rng.choice(("1708", "112", "123", "110")),
    "sep": lambda fl, i: (
        "0159R001%02d%02dV%06d" % (fl.month, fl.year % 100, fl.rng.randint(1, 999999))
    ),
    "mdr": lambda fl, i: "%d" % fl.rng.randint(2, 400),
    "tgl": _date,
    "tg": _tg,
    "jam": _jam,
    "jamd": _jam2,
    "dt": _dt,
    "rp": _rp,
    "rpk": _rpk,
    "rpb": _rpb,
    "ago": _ago,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "kecil": lambda fl, i: str(fl.rng.randint(2, 9)),
    "kelas": lambda fl, i: fl.rng.choice(
        ("VII A", "VIII B", "IX C", "4", "5", "6", "X IPA 2", "XI IPS 1")
    ),
    "big": lambda fl, i: str(fl.rng.randint(60, 2400)),
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "rs": lambda fl, i: fl.rng.choice(HOSPITALS),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "grp": lambda fl, i: fl.rng.choice(GROUPS),
    "song": lambda fl, i: fl.rng.choice(SONGS),
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
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\]|\(keong\)|\(et\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\s+titik\s+|\(titik\))")


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
    scan = style.startswith("ocr")
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
            if (
                re.search(r"[^0-9OoLlISB .,\-\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
            if len(d) != 16 and not re.search(r"(?i)(nik|ktp)", text[max(0, st - 60) : st]):
                bad.append(f"{kind} of a wrong length without NIK before it {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9OlB .\-,]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs":
            d = id_digits(seg)
            if len(d) != 13 or not d.startswith("000") or re.search(r"[^0-9OlB \-]", seg):
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
            local = re.split(r"(?i)\s*(@|\s+at\s+|\(at\)|\[at\]|\(keong\)|\(et\)|\[@\])", seg)[0]
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
    auto = {"M": set(), "F": set()}
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
    for m in re.finditer(
        r"(?i)\b(?:oma|opa|lansia)\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}",
        text,
    ):
        elder.add(int(m.group(1)))
    spec = {"F": females, "M": males, "K": K, "E": tuple(sorted(elder)), "fam": fam or {}}
    return (style, theme, text.strip("\n"), spec, U)


MALE_WORDS = "om|opa|bapa|pak|bpk|bapak|suami|ayah|bapaknya|aiptu|bripka|nyong"
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny"


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
            "id": "d29-%04d" % k,
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
            return "written to dodge scrapers or with a stray space"
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
        if len(d) == 16:
            return "16 digits"
        return "15 digits dotted" if "-" in seg else "15 digits, no dash"
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


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    assert sum(len(r["spans"]) for r in records) >= FLOORS["spans"]
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("name", "phone", "nik", "bank_account", "email", "npwp", "kk", "address"):
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
# family name, {lf1} in lower case, {nk1}/{NK1}/{lnk1} nickname, {gi1} given name and the family's initial, {ig1}
# initial and family name, {No1} capitals with a digit read for a letter, {Ns1} capitals with a
# stray space, {Nn1} capitals over a line, {dec1} an emoji after a display name or nothing);
# {hp1} mobile ({hpb1} one block, {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpi1}/{hpis1}
# +62 with separators, {hpj1} +62 in one block, {hpk1} 62 without +, {hpo1} letters for digits,
# {hpx1} a stray space, {hpn1} over a line); {hq1} a second mobile; {tr1} home landline; {nik1}
# NIK ({nikb1}, {niks1} fours, {nikt1} dots, {nikd1} dashes, {niko1} letters for digits,
# {nikx1} stray spaces, {niky1} both, {nikn1} over a line, {nikw1} a digit too few or too many);
# {kk1} the family card of person 1 (same suffixes; fam={2: 1} makes 2 a member); {npwp1}
# ({npwpd1}, {npwpb1}, {npwpn1} the NIK, {npwpz1}, {npwps1}, {npwpo1} as a scan reads it);
# {bpjs1} ({bpjsb1}, {bpjss1}, {bpjsd1}, {bpjso1}); {em1} ({emp1}, {emu1}, {emx1} a dodge,
# {emo1} a stray space, {emn1} over a line, {emk1} on the city's or province's host);
# {bank1}/{rek1} an account; {wal1} an e-wallet's name; {ad1}/{adr1}/{adc1}/{rt1} addresses,
# {rtk1} a card's RT/RW pair; {lahir1}, {umur1}; {pl1} plate.
# Not a person's: {owa} {owab} {scam} {scamk} {bwa} mobiles, {otel} a landline, {cc}; {npwpx}
# a body's NPWP, {rekb} a body's account ({rekntt} {rekbri} {rekbsi} {rekbca} at one bank), {nib}; look-alikes {nip} {nisn} {npsn} {akta} {nop}
# {idpel} {meter} {samb} {token} {trx} {ref} {va} {card} {brizzi} {kpj} {tiket} {surat} {resi}
# {struk} {kode} {nikmask} {antri} {sep} {mdr}; figures {tgl} {tg} {jam} {jamd} {dt} {rp} {rpk}
# {rpb} {ago} {num} {kecil} {kelas} {big} {thn} {bln} {hari}; places and things {kel} {kec} {pusk} {rs}
# {school} {church} {shop} {grp} {song} {jl} {jlno} {bnk} {wlt} {rtx} {rwx}.

TEMPLATES: list[tuple] = []

# ---- social_post: Facebook groups, Instagram captions, TikTok captions
TEMPLATES += [
    T(
        "social_post",
        "security_scams",
        """
{grp} · Postingan anonim
Hati-hati e basodara. Ada orang pake nama [[n:{n1}]] pinjam uang sana-sini, bilang dia staf kelurahan {kel}. Dia kasi nomor [[p:{hp1}]] dan minta transfer ke {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. Sa su rugi Rp {rp}. Tolong share biar sonde ada korban lagi 🙏
""",
    ),
    T(
        "social_post",
        "health",
        """
Terima kasih banyak untuk tim {pusk}, terutama bidan [[n:{g1}]] deng perawat [[n:{g2}]] yang tolong sa pung mama [[n:{n3}]] waktu sesak napas jam 2 subuh 🙏🙏 Pelayanan luar biasa. #KupangKotaKasih #pelayananpublik
""",
        F=(1, 3),
    ),
    T(
        "social_post",
        "social_aid",
        """
Mohon bantu share 🙏
Oma [[n:{n1}]] ({umur1} th) tinggal sendiri di [[a:{adr1}]], Kel. {kel}. Su didata 2x tapi belum pernah terima bansos apa-apa. NIK oma [[nik:{nik1}]]. Keluarga yang bisa dihubungi: cucu [[n:{g2}]] [[p:{hp2}]].
@Dinas Sosial Kota Kupang
""",
        F=(1,),
    ),
    T(
        "social_post",
        "utilities",
        """
POV: air PDAM su 2 minggu sonde jalan di [[a:{rt1}]] {kel} 😭😭 tiap hari beli air tangki Rp {rpk}. Yang rekam: [[n:{nk1}]] & [[n:{nk2}]]
#kupang #pdamkupang #fyp #ntt
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
DITEMUKAN 📢 Dompet coklat di halaman {church} hari {hari} pagi. Isinya KTP a.n. [[n:{N1}]] NIK [[nik:{nik1}]], kartu KIS [[bpjs:{bpjs1}]] deng SIM. Yang merasa punya bisa hubungi [[n:{g2}]] di [[p:{hp2}]] atau ambil di pos satpam.
""",
    ),
    T(
        "social_post",
        "education",
        """
Selamat untuk ananda [[n:{n1}]] dari {school}, juara 1 lomba nyanyi solo lagu daerah "{song}" tingkat Kota Kupang 🏆🎶 Bangga sekali! Dari kami keluarga besar [[n:{f1}]] di {kel}.
""",
        K=(1,),
    ),
    T(
        "social_post",
        "disaster_donation",
        """
Banjir semalam di {kel} 😢 Rumah Om [[n:{n1}]] di [[a:{ad1}]] dinding belakang roboh, dapur hanyut. Om deng tanta [[n:{g2}]] sekarang tidur di rumah tetangga. Yang mau bantu seng atau semen bisa hubungi anaknya, [[n:{g3}]] [[p:{hp3}]].
""",
        F=(2,),
        fam={3: 1},
    ),
    T(
        "social_post",
        "tax_business",
        """
Sa terima pesanan kue lapis, bolu pandan deng se'i babi untuk acara Natal 🎄 Pesan di WA [[p:{hp1}]] (kaka [[n:{g1}]]), antar area {kel} dan sekitarnya. Transfer ke {bank1} [[b:{rek1}]] a.n. [[n:{n1}]] ya. Terima kasih 🙏
""",
        F=(1,),
    ),
    T(
        "social_post",
        "civil_registry",
        """
Mohon bantuan Dukcapil Kota Kupang 🙏 Anak sa [[n:{g2}]] lahir {tgl} tapi di akta tertulis tahun yang lain. Nomor akta {akta}. Su bolak-balik 3x. Sa pung NIK [[nik:{nik1}]], KK [[kk:{kk1}]]. Balas di sini atau DM.
- [[n:{n1}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "social_post",
        "security_scams",
        """
DICARI 🙏🙏 Telah meninggalkan rumah sejak {tg} seorang remaja bernama [[n:{n1}]] ({umur1} th), siswi {school}. Terakhir terlihat di sekitar Bundaran Tirosa pakai jaket hitam. Bagi yang melihat mohon hubungi bapaknya [[n:{g2}]] [[p:{hp2}]] / [[p:{hq2}]] atau Polsek terdekat.
""",
        F=(1,),
        K=(1,),
        M=(2,),
        fam={1: 2},
    ),
    T(
        "social_post",
        "utilities",
        """
Listrik di rumah sa [[a:{ad1}]] padam tiap malam su seminggu. ID pelanggan {idpel}, su lapor 3x di PLN Mobile, nomor laporan {tiket}. Petugas belum datang. Kalau mau cek bisa telpon sa [[p:{hp1}]].
[[n:{n1}]]
""",
    ),
    T(
        "social_post",
        "health",
        """
Bapa sa [[n:{n1}]] ditolak di IGD {rs} karena kartu KIS [[bpjs:{bpjs1}]] katanya tidak aktif, padahal PBI dari pemerintah. Akhirnya bayar umum Rp {rpb} 😔 Tolong @bpjskesehatan_ri @pemkotkupang dicek 🙏 #kupang #bpjs
""",
        M=(1,),
    ),
    T(
        "social_post",
        "disaster_donation",
        """
Kebakaran di {kel} malam tadi 🔥 Rumah keluarga [[n:{f1}]] habis terbakar, puji Tuhan tidak ada korban jiwa. Bapa [[n:{g1}]] masih syok. Yang mau bantu pakaian atau sembako bisa antar ke rumah tetangga, Mama [[n:{g2}]], di [[a:{ad2}]].
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "social_post",
        "social_aid",
        """
Kelurahan {kel} Official
Daftar penerima BLT yang BELUM mengambil bantuan:
1. [[n:{N1}]] ([[a:{rtx1}]])
2. [[n:{N2}]] ([[a:{rtx2}]])
3. [[n:{N3}]] ([[a:{rtx3}]])
Harap segera datang ke kantor kelurahan membawa KTP dan KK asli paling lambat {tgl}. Info: {owa} (kantor kelurahan).
""",
    ),
    T(
        "social_post",
        "security_scams",
        """
Motor sa Honda Beat putih plat [[pl:{pl1}]] hilang di parkiran Pasar Oebobo {hari} sore jam {jam}. Kunci masih di sa pung tangan. Kalau ada yang lihat mohon info ke [[p:{hp1}]] ([[n:{g1}]]). Su lapor Polsek, nomor STPL {surat}.
""",
    ),
    T(
        "social_post",
        "education",
        """
Terima kasih Ibu [[n:{n1}]], guru kelas 4 {school}, yang tiap sore kasi les gratis untuk anak-anak di kompleks kami. Anak sa [[n:{g2}]] sekarang su lancar baca 🥹🙏 Tuhan berkati Ibu.
""",
        F=(1,),
        K=(2,),
    ),
    T(
        "social_post",
        "education",
        """
LOWONGAN TERBATAS 📢 Dicari 2 tenaga pengajar bimbel di {kel}. Kirim CV ke email kantor bimbel.cerdas.kupang@gmail.com atau ke email pribadi sa selaku pemilik, [[e:{emp1}]]. Tanya-tanya WA [[p:{hp1}]] ([[n:{n1}]]).
""",
    ),
    # without personal data
    T(
        "social_post",
        "security_scams",
        """
⚠️ INFO RESMI Dinas Kependudukan dan Pencatatan Sipil Kota Kupang
Dukcapil TIDAK PERNAH meminta foto KTP, KK atau kode OTP lewat WhatsApp. Nomor {scam} yang beredar dan mengaku petugas kami BUKAN nomor resmi. Pengaduan: SMS 1708 ketik KOTKUPANG (spasi) keluhan, atau telepon {otel}.
""",
    ),
    T(
        "social_post",
        "utilities",
        """
PENGUMUMAN Perumda Air Minum Kota Kupang
Gangguan distribusi di wilayah {kel1}, {kel2} dan {kel3} pada {tg} pukul {jam} s/d selesai karena perbaikan pipa transmisi di {jl}. Pelanggan dapat menghubungi call center {otel} atau WA {owa}. Mohon maaf atas ketidaknyamanannya 🙏
""",
    ),
    T(
        "social_post",
        "education",
        """
📚 PPDB SMP NEGERI KOTA KUPANG {thn}
Jalur zonasi dibuka {tgl1} s/d {tgl2}. Pendaftaran online di ppdb.kupangkota.go.id. Pertanyaan: WA panitia {owa} (jam kerja) atau email helpdesk.ppdb@kupangkota.go.id. Jangan percaya calo yang minta uang Rp {rp}!
""",
    ),
    T(
        "social_post",
        "health",
        """
{rs} membuka layanan poli sore mulai {tg}. Pendaftaran via aplikasi Mobile JKN atau WA pendaftaran {owa}. Informasi lain: call center {otel}. Tetap bawa kartu JKN dan surat rujukan ya 🙏 #sehat #kupang
""",
    ),
    T(
        "social_post",
        "utilities",
        """
Jalan di {jl} depan Lippo Plaza berlubang besar su {num} bulan. Kemarin malam 2 motor jatuh. Dinas PUPR Kota Kupang tolong tindak lanjut 🙏 Laporan LAPOR! sa nomor {tiket}, masuk {tgl}.
""",
    ),
    T(
        "social_post",
        "security_scams",
        """
Polresta Kupang Kota mengimbau: maraknya pencurian HP di Pasar Kasih Naikoten dan Terminal Kupang. Segera laporkan kejadian ke call center 110 atau WA SPKT {owa}. Simpan nomor IMEI HP anda (ketik *#06#), contoh format 35{kode}{kode2}.
""",
    ),
    T(
        "social_post",
        "disaster_donation",
        """
BPBD Kota Kupang: waspada angin kencang dan gelombang tinggi {tgl1} – {tgl2}. Pohon tumbang atau atap rusak segera laporkan ke Pusdalops BPBD {otel} atau 112. Posko siaga di Jl. Timor Raya Km. 5. #siagabencana
""",
    ),
    T(
        "social_post",
        "civil_registry",
        """
Dukcapil Kota Kupang buka layanan hari Sabtu, {tg}, jam 08.00–12.00 di Mal Pelayanan Publik. Antrian online via WA {owa}, nomor antrian contoh {antri}. Bawa KK asli. Warga {kec} diutamakan.
""",
    ),
]

# ---- social_comments: comment threads under posts
TEMPLATES += [
    T(
        "social_comments",
        "utilities",
        """
{grp}
Air PDAM di {kel} su 5 hari sonde jalan. Ada yang sama ko?
Komentar
[[n:{n1}]]{dec1}
Sama kaka, di [[a:{rt1}]] juga kering. Su SMS 1708 tapi belum dibalas
Suka · Balas · {ago1}
[[n:{n2}]]
Beta pung tetangga, Mama [[n:{g3}]], sampe beli air tangki Rp {rpk} 😔
Suka · Balas · {ago2}
Perumda Air Minum Kota Kupang
Selamat siang kak, mohon kirim nomor sambungan lewat inbox ya. Terima kasih 🙏
Suka · Balas · {ago3}
""",
        F=(3,),
    ),
    T(
        "social_comments",
        "security_scams",
        """
Ada yang dapat WA dari nomor {scam} mengaku petugas BPJS, minta kode OTP?
Komentar (23)
[[n:{n1}]]: Beta juga dapat kemarin. Langsung blokir.
[[n:{n2}]]{dec2}: Itu penipu. Kakak sa [[n:{g3}]] su kena Rp {rp} 😭
{shop}: Hati-hati kak, jangan kasih OTP ke siapa pun.
[[n:{ig4}]]: Lapor Polresta ko. @[[n:{n5}]] lu kerja di sana to?
[[n:{n5}]]: Iya, datang saja ke SPKT bawa screenshot.
""",
    ),
    T(
        "social_comments",
        "social_aid",
        """
Dinas Sosial Kota Kupang
Cek penerima bansos tahap IV di cekbansos.kemensos.go.id. Yang belum terdaftar silakan ke kelurahan masing-masing.
Komentar
[[n:{n1}]]
Sa pung NIK [[nik:{nik1}]] kenapa sonde muncul? Su ikut musdes 🙏
Dinas Sosial Kota Kupang
Selamat siang Ibu, mohon tidak menulis NIK di kolom komentar. Silakan datang ke kantor kelurahan atau kirim pesan ke inbox kami.
[[n:{n2}]]
Mama sa [[n:{n3}]] juga, NIK [[nik:{nik3}]], lansia {umur3} tahun, belum pernah dapat
""",
        E=(3,),
        F=(1, 3),
    ),
    T(
        "social_comments",
        "health",
        """
Komentar:
[[n:{l1}]]: oma [[n:{g2}]] tetangga sa di [[a:{rt2}]] su 3 hari sonde bisa bangun dari tempat tidur, ada yang bisa bantu bawa ke {pusk}?
[[n:{l3}]]: sa ada oto pick up, kirim lokasi ke [[p:{hp3}]]
[[n:{n4}]]: Puskesmas ada layanan home care kaka, telpon {otel}
[[n:{l1}]]: makasih banyak [[n:{lg3}]] 🙏
""",
        F=(2,),
    ),
    T(
        "social_comments",
        "education",
        """
SMPN 2 Kupang
Pengumuman hasil seleksi PPDB jalur afirmasi sudah dapat dilihat di papan pengumuman sekolah.
Komentar
[[n:{n1}]]{dec1}
Anak sa [[n:{g2}]] sonde ada di daftar padahal rumah dekat sekolah 😢
[[n:{n3}]]
Sama Ibu, [[n:{g4}]] juga. Katanya kuota penuh
[[n:{gi5}]].
Coba tanya langsung ke tata usaha, telp {otel}
""",
        K=(2, 4),
        fam={2: 1, 4: 3},
    ),
    T(
        "social_comments",
        "civil_registry",
        """
{grp}
KTP-el sa su rekam 6 bulan, sampai sekarang belum cetak. Blanko habis katanya.
Komentar (41)
[[n:{n1}]]
Sa juga kaka, rekam bulan {bln} tahun lalu
[[n:{N2}]]
Coba datang pagi-pagi ke Dukcapil, sa kemarin langsung jadi
[[n:{n3}]]{dec3}
@[[n:{n4}]] ini lu pung masalah to? 😅
[[n:{n4}]]
Iya kaka, sama. Sa pung suami [[n:{g5}]] juga belum
""",
        F=(4,),
        M=(5,),
    ),
    T(
        "social_comments",
        "disaster_donation",
        """
Komentar
[[n:{n1}]]: Sa bisa bantu angkut barang pake pick up, WA sa [[p:{hp1}]]
[[n:{n2}]]: Ada beras 2 karung di rumah, ambil di [[a:{ad2}]] e
[[n:{n3}]]{dec3}: Tuhan berkati kaka dong semua 🙏
Info Kupang Terkini: Posko bantuan di Kantor Camat {kec}, buka 24 jam.
""",
    ),
    T(
        "social_comments",
        "tax_business",
        """
{grp}
DIJUAL motor Honda Beat {thn}, plat [[pl:{pl1}]], pajak hidup, surat lengkap. Harga Rp {rpb} nego. Hub [[p:{hp1}]] ([[n:{g1}]])
Komentar
[[n:{n2}]]: masih ada kaka?
[[n:{g1}]]: masih kaka, inbox
Bengkel Motor Karya Timor: Servis rutin di kami kak, buka tiap hari 😊
[[n:{n3}]]: @[[n:{n4}]] ini motor yang lu cari
""",
    ),
    T(
        "social_comments",
        "security_scams",
        """
Polresta Kupang Kota
Telah diamankan seorang pria berinisial YT (25) terduga pelaku pencurian di {kel}.
Komentar
[[n:{n1}]]
Itu yang curi HP sa pung ade [[n:{g2}]] di pasar minggu lalu ko?
[[n:{n3}]]
Mantap pak polisi 👍
[[n:{n4}]]
Korban ada yang namanya [[n:{n5}]] juga, tetangga sa. Dia su lapor, nomor laporan {surat}
""",
    ),
    T(
        "social_comments",
        "health",
        """
Komentar
[[n:{n1}]]: Sa mau tanya, kartu BPJS sa [[bpjs:{bpjs1}]] kenapa tidak bisa dipakai di {pusk}?
BPJS Kesehatan Cabang Kupang: Selamat siang, silakan hubungi Care Center {cc} atau datang ke kantor cabang dengan membawa KTP.
[[n:{n2}]]: sa juga begitu, ternyata su pindah faskes tanpa sa tahu
[[n:{n3}]]{dec3}: @[[n:{n1}]] coba cek di aplikasi Mobile JKN kaka
""",
    ),
    T(
        "social_comments",
        "social_aid",
        """
Kelurahan {kel}
Verifikasi data DTKS dilaksanakan {hari}, {tg} di aula kantor lurah.
Komentar
[[n:{n1}]]: Pak, kalau Oma [[n:{g2}]] sonde bisa jalan bagaimana? Rumah di [[a:{adr2}]]
Kelurahan {kel}: Petugas akan datang langsung ke rumah Ibu. Mohon kirim nomor HP keluarga ke inbox.
[[n:{n1}]]: siap, sa kirim sekarang 🙏
[[n:{N3}]]: anak sa [[n:{G4}]] disabilitas, bisa didata juga?
""",
        F=(2,),
        K=(4,),
    ),
    T(
        "social_comments",
        "education",
        """
Komentar:
[[n:{lg1} {lnk1}]]: kaka ada yang jual seragam SD bekas ko?
[[n:{n3}]]: sa ada, ukuran 8 deng 10. WA [[p:{hp3}]]
Fotokopi Cahaya Oesapa: kami juga jual buku LKS kak 📚 WA {bwa}
[[n:{n4}]]: mau juga kaka @[[n:{n3}]]
""",
    ),
    T(
        "social_comments",
        "disaster_donation",
        """
Komentar terbaru
[[n:{n1}]]{dec1}
Sa su transfer ke rekening panitia, bukti sa kirim ke inbox admin 🙏
[[n:{n2}]]
Keluarga korban atas nama siapa e? Mau antar langsung
[[n:{n3}]]
Istri almarhum, Mama [[n:{n4}]], tinggal di [[a:{adr4}]]. Rumah duka di situ juga
[[n:{n5}]]
Turut berduka 🙏🕊️
""",
        F=(4,),
    ),
    T(
        "social_comments",
        "civil_registry",
        """
Komentar
[[n:{n1}]]: anak sa [[n:{g2}]] nama di KK salah huruf, perbaiki di mana e?
[[n:{n3}]]{dec3}: di Dukcapil kaka, bawa akta lahir deng KK lama
[[n:{n1}]]: KK sa [[kk:{kk1}]], bisa online ko?
[[n:{n4}]]: jangan tulis KK di sini kaka, nanti disalahgunakan 😬
""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "social_comments",
        "utilities",
        """
Komentar
[[n:{n1}]]: lampu jalan di {jl} mati semua, gelap sekali
[[n:{n2}]]: betul, sa tinggal di [[a:{ad2}]], tiap malam takut lewat
[[n:{n3}]]{dec3}: su lapor ke Dinas Perhubungan? WA pengaduan {owa}
[[n:{n2}]]: su [[n:{g3}]], belum ada respon
""",
    ),
    T(
        "social_comments",
        "security_scams",
        """
Komentar
[[n:{n1}]]: akun FB atas nama [[n:{n2}]] itu palsu, jangan kirim uang. [[n:{g2}]] asli su lapor
[[n:{n2}]]: betul basodara, itu bukan sa. Akun sa yang asli cuma ini 🙏 Kalo ragu telpon sa [[p:{hp2}]]
[[n:{n3}]]: sa hampir transfer 😱
[[n:{n4}]]{dec4}: sudah report ramai-ramai
""",
    ),
    T(
        "social_comments",
        "education",
        """
{grp}
Ada lowongan guru honor SD swasta di {kel}, kirim lamaran lewat email ya.
Komentar
[[n:{n1}]]{dec1}: sudah kirim kak, email sa [[e:{emp1}]] 🙏
[[n:{n2}]]: kirim ke mana kak? email sekolah yang di poster tu tu.sdswasta@gmail.com ko?
[[n:{n3}]]: @[[n:{n2}]] iya itu, sa juga kirim ke situ. Kalau balasan masuk ke [[e:{emx3}]] nanti sa kabari
""",
    ),
    T(
        "social_comments",
        "tax_business",
        """
Kupang Jual Beli
Sa mau daftar jadi penjual di marketplace, diminta NPWP. NPWP sekarang su pakai NIK to?
Komentar
[[n:{n1}]]: iya kaka, NPWP sa [[npwp:{npwpn1}]] sama persis deng NIK
[[n:{n2}]]: kalau NPWP lama sa [[npwp:{npwpd2}]] masih bisa dipakai ko?
Bapenda Kota Kupang: Selamat siang, untuk NPWP pusat silakan hubungi KPP Pratama Kupang, Kring Pajak 1500 200 🙏
[[n:{n3}]]{dec3}: makasih info kaka [[n:{g1}]]
""",
    ),
    # without personal data
    T(
        "social_comments",
        "utilities",
        """
Komentar
kupang_viral: kapan air jalan lagi min 😭
info.kupang.ntt: update pak, gangguan pipa di {jl}
Perumda Air Minum Kota Kupang: Selamat malam, perbaikan diperkirakan selesai {tg} pukul {jam}. Info lanjut call center {otel}.
laundry_kilat_liliba: sementara cuci di kami dulu kak, promo Rp {rpk}/kg 😁
nona_timor88: 🙏🙏
""",
    ),
    T(
        "social_comments",
        "security_scams",
        """
Komentar (12)
Kupang Bersuara: Admin sudah konfirmasi, nomor {scam} itu penipu yang mengaku kurir J&T.
Counter HP Flobamora Cell: Kak, kalau ada SMS minta klik link jangan dibuka ya
beta_anak_kupang: su kena juga kemarin, nomor lain lagi {scam2}
Apotek Sehat Selalu: Waspada selalu kak 🙏
""",
    ),
    T(
        "social_comments",
        "education",
        """
Komentar
Universitas Nusa Cendana: Informasi KIP Kuliah {thn} dapat dilihat di laman resmi, pertanyaan ke kipk@undana.ac.id atau WA {owa}.
mahasiswa.baru26: kak syarat NISN wajib ko?
Universitas Nusa Cendana: Wajib kak, contoh format NISN {nisn}.
anak_rantau_sabu: terima kasih min 🙏
""",
    ),
    T(
        "social_comments",
        "health",
        """
Komentar
Dinkes Kota Kupang: Jadwal imunisasi kejar di {pusk} tiap {hari} jam 08.00. Info: {owa} (WA layanan).
mama_muda_kpg: bawa buku KIA saja ko min?
Dinkes Kota Kupang: Betul Bunda, bawa buku KIA dan kartu JKN anak.
Apotek Sehat Selalu: Vitamin anak tersedia kak, hubungi {bwa}
""",
    ),
    T(
        "social_comments",
        "disaster_donation",
        """
Komentar
BPBD Kota Kupang: Laporan pohon tumbang silakan ke Pusdalops {otel} atau 112.
Toko Bangunan Dua Saudara: Seng dan paku tersedia, diskon 10% untuk korban angin, bisa antar. Telp toko {bwa}
timor_rescue_team: tim kami standby di {kel}, {num} relawan
Kupang Bersuara: Terima kasih semua 🙏
""",
    ),
    T(
        "social_comments",
        "civil_registry",
        """
Komentar
dukcapilkotakupang: Layanan jemput bola perekaman KTP-el di Kelurahan {kel} {hari}, {tg}. Nomor antrian dibagikan mulai 07.30, contoh {antri}.
opa_kupang_1960: lansia bisa duluan ko?
dukcapilkotakupang: Bisa Opa, ada loket prioritas. Info lanjut {owa}.
""",
    ),
    T(
        "social_comments",
        "social_aid",
        """
Komentar
Pejuang Receh NTT: PKH tahap 3 cair tanggal berapa min?
Dinas Sosial Kota Kupang: Jadwal penyaluran diumumkan melalui pendamping. Pengaduan: {owa} (WA Dinsos) atau SMS 1708.
kios_berkah_oebufu: bisa tarik tunai di kios kami ya kak, BRILink buka sampe jam 21.00 ☺️ {bwa}
""",
    ),
    T(
        "social_comments",
        "security_scams",
        """
Komentar
info.kupang.ntt: min, email bansos.kemensos.ntt@gmail.com ini resmi ko? minta data KK
Dinas Sosial Kota Kupang: Bukan kak, itu palsu. Email resmi kami dinsos@kupangkota.go.id, WA pengaduan {owa}.
Kios Berkah Oebufu: terima kasih infonya 🙏
kupang.bersuara: sudah {num} laporan masuk soal email itu sejak {tgl}
""",
    ),
    T(
        "social_comments",
        "tax_business",
        """
Komentar
Bapenda Kota Kupang: Pembayaran PBB-P2 {thn} dapat dilakukan di Bank NTT atau via QRIS. Contoh NOP {nop}.
warung_sei_oesapa: min kalau NPWPD usaha kami hilang bagaimana?
Bapenda Kota Kupang: Silakan datang ke kantor dengan membawa NIB {nib}, atau WA {owa}.
""",
    ),
]

# ---- ocr_ktp_kk: identity cards, family cards and member cards as a scanner reads them
TEMPLATES += [
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{niko1}]]
Nama : [[n:{N1}]]
Tempat/Tgl Lahir : KUPANG, {lahir1}
Jenis Kelamin : LAKI-LAKI Gol. Darah : O
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {KEL}
Kecamatan : {KEC}
Agama : KRISTEN
Status Perkawinan : KAWIN
Pekerjaan : WIRASWASTA
Kewarganegaraan : WNI
Berlaku Hingga : SEUMUR HIDUP
""",
        M=(1,),
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK [[nik:{nikx1}]]
N a m a : [[n:{Ns1}]]Tempat/Tgl Lahir : SOE, {lahir1}
Jenis kelamin : PEREMPUAN
Alamat : [[a:{AD1}]]
[[a:RT/RW :{rtk1}]]
Kel/Desa :{KEL}
Kecamatan :{KEC}
Agama :KATOLIK
Pekerjaan :MENGURUS RUMAH TANGGA
""",
        F=(1,),
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
KARTU KELUARGA
No. [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Desa/Kelurahan : {KEL}    Kecamatan : {KEC}
Kabupaten/Kota : KOTA KUPANG    Provinsi : NUSA TENGGARA TIMUR
No | Nama Lengkap | NIK | Jenis Kelamin | Tempat Lahir | Status Hubungan
1 | [[n:{N1}]] | [[nik:{nik1}]] | LAKI-LAKI | KUPANG | KEPALA KELUARGA
2 | [[n:{N2}]] | [[nik:{nik2}]] | PEREMPUAN | SOE | ISTRI
3 | [[n:{N3}]] | [[nik:{niko3}]] | PEREMPUAN | KUPANG | ANAK
""",
        M=(1,),
        F=(2, 3),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
KARTU KELUARGA No.[[kk:{kkx1}]]
Nama Kepala Keluarga :[[n:{N1}]]
No Nama Lengkap NIK Jenis Kelamin Agama Pendidikan
1 [[n:{N1}]] [[nik:{nik1}]] LAKI-LAKI KRISTEN SLTA/SEDERAJAT
2 [[n:{No2}]] [[nik:{niko2}]] PEREMPUAN KRISTEN DIPLOMA IV/STRATA I
3 [[n:{N3}]] [[nik:{nik3}]] LAKI-LAKI KRISTEN BELUM TAMAT SD/SEDERAJAT
4 [[n:{N4}]] [[nik:{nik4}]] PEREMPUAN KRISTEN TIDAK/BELUM SEKOLAH
""",
        M=(1, 3),
        F=(2, 4),
        K=(3, 4),
        fam={3: 1, 4: 1},
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
No Status Hubungan Kewarganegaraan Nama Orang Tua
  Dalam Keluarga Ayah Ibu
1 KEPALA KELUARGA WNI [[n:{N3}]] [[n:{N4}]]
2 ANAK WNI [[n:{N1}]] [[n:{N2}]]
Dikeluarkan Tanggal : {tgl}
KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG
NIP. {nip}
""",
        M=(1, 3),
        F=(2, 4),
    ),
    T(
        "ocr_ktp_kk",
        "health",
        """
KARTU INDONESIA SEHAT
BPJS Kesehatan
No. Kartu : [[bpjs:{bpjso1}]]
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Tgl. Lahir : {lahir1}
Faskes Tingkat I : {PUSK}
Kelas Rawat : III
""",
    ),
    T(
        "ocr_ktp_kk",
        "tax_business",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpo1}]]
[[n:{N1}]]
NIK : [[nik:{nik1}]]
[[a:{AD1}]] {KEL} KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar {tgl}
""",
    ),
    T(
        "ocr_ktp_kk",
        "tax_business",
        """
NPWP
[[npwp:{npwpn1}]]
NAMA [[n:{N1}]]
NIK [[nik:{nik1}]]
ALAMAT [[a:{ADR1}]]
KEL. {KEL} KEC. {KEC}
KOTA KUPANG - NUSA TENGGARA TIMUR
KPP PRATAMA KUPANG   Tgl Terdaftar {tgl}
""",
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
KARTU IDENTITAS ANAK
NIK : [[nik:{nik2}]]
Nama : [[n:{N2}]]
Tempat/Tgl Lahir : KUPANG, {lahir2}
No. KK : [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Akta Kelahiran No. {akta}
Alamat : [[a:{AD1}]] [[a:{RT1}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
NIK[[nik:{nik1}]]Nama[[n:{N1}]]Tempat/Tgl LahirKUPANG, {lahir1}Jenis KelaminPEREMPUANAlamat[[a:{AD1}]][[a:RT/RW{rtk1}]]Kel/Desa{KEL}
""",
        F=(1,),
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
KTP pasangan (foto dikirim via WA, hasil scan):
NIK : [[nik:{niky1}]]
Nama : [[n:{Nn1}]]
Tempat/Tgl Lahir : ATAMBUA, {lahir1}
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Pekerjaan : PEGAWAI NEGERI SIPIL
""",
    ),
    T(
        "ocr_ktp_kk",
        "social_aid",
        """
KARTU KELUARGA SEJAHTERA
[[n:{N1}]]
No. KKS {card}
NIK [[nik:{nik1}]]
No. KK [[kk:{kk1}]]
[[a:{ADR1}]]
KEL. {KEL}
""",
    ),
    T(
        "ocr_ktp_kk",
        "health",
        """
KARTU JKN-KIS
[[n:{N1}]]
No. Kartu [[bpjs:{bpjss1}]]
Tgl Lahir {lahir1}  NIK [[nik:{nik1}]]
Faskes Tk I {PUSK}
---
[[n:{N2}]]
No. Kartu [[bpjs:{bpjs2}]]
Tgl Lahir {lahir2}  NIK [[nik:{nik2}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
KUTIPAN AKTA KELAHIRAN
Nomor {akta}
Berdasarkan Akta Kelahiran bahwa di KUPANG pada tanggal {tg}
telah lahir [[n:{N3}]]
anak ke-2 dari ayah [[n:{N1}]] dan ibu [[n:{N2}]]
NIK anak [[nik:{nik3}]]
""",
        K=(3,),
        M=(1,),
        F=(2,),
        fam={3: 1},
    ),
    T(
        "ocr_ktp_kk",
        "education",
        """
KARTU INDONESIA PINTAR
Nama Siswa : [[n:{N1}]]
NISN : {nisn}
NIK : [[nik:{nik1}]]
Nama Ibu Kandung : [[n:{N2}]]
Sekolah : {SCHOOL}
No. KIP : {card}
""",
        K=(1,),
        F=(2,),
    ),
    T(
        "ocr_ktp_kk",
        "security_scams",
        """
(foto KTP yang dikirim penipu ke korban, hasil scan)
NIK : [[nik:{nik1}]]
Nama : [[n:{N1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Korban: KTP ini dicuri dari [[n:{n1}]], pemilik asli tidak tahu KTP-nya dipakai pinjol.
""",
    ),
    # without personal data
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : {nikmask}
Nama : ********
Tempat/Tgl Lahir : ********, **-**-19**
Alamat : ********
(KTP disensor untuk contoh syarat pendaftaran, {tgl})
""",
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
KARTU KELUARGA
No. 5371XXXXXXXXXXXX
Nama Kepala Keluarga : CONTOH
Alamat : ---
SPESIMEN - TIDAK BERLAKU
Dicetak {tgl} jam {jamd}, kode cetak {kode}{kode2}
""",
    ),
    T(
        "ocr_ktp_kk",
        "civil_registry",
        """
BUKTI PENGAMBILAN NOMOR ANTRIAN
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG
Layanan : CETAK ULANG KTP-EL
No. Antrian : {antri}
No. Registrasi : {trx}
Tanggal : {tgl} {jamd}
Info layanan: {otel}
""",
    ),
    T(
        "ocr_ktp_kk",
        "health",
        """
BPJS Kesehatan
Kantor Cabang Kupang
KARTU INDONESIA SEHAT (CONTOH)
No. Kartu : 0000XXXXXXXXX
Segmen : PBI APBN
Berlaku untuk layanan di Faskes Tingkat I. Care Center {cc}. Dicetak {tgl}
""",
    ),
    T(
        "ocr_ktp_kk",
        "tax_business",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : {npwpx}
CV TIMOR KARYA MANDIRI
{JLNO} KOTA KUPANG
KPP PRATAMA KUPANG  Tgl Terdaftar {tgl}
""",
    ),
    T(
        "ocr_ktp_kk",
        "social_aid",
        """
KARTU KELUARGA SEJAHTERA
(KARTU COMBO BANK)
No. Kartu {card}
Berlaku s/d {bln} {thn}
Layanan: Bank NTT call center {otel} / 1500 {kode}
""",
    ),
    T(
        "ocr_ktp_kk",
        "tax_business",
        """
KARTU INDUK BERUSAHA
NIB : {nib}
Nama Usaha : KOPERASI SIMPAN PINJAM SINAR TIMOR
NPWP Badan : {npwpx}
Alamat Usaha : {JLNO}, {KEL}
Diterbitkan {tgl}
""",
    ),
    T(
        "ocr_ktp_kk",
        "education",
        """
KARTU PELAJAR
{SCHOOL}
NPSN {npsn}
Nama : ......................
NISN : ......................
Berlaku s/d {thn}. Bila menemukan kartu ini, harap kembalikan ke tata usaha sekolah, telp {otel}.
""",
    ),
]

# ---- ocr_letter: letters and forms photographed or scanned
TEMPLATES += [
    T(
        "ocr_letter",
        "civil_registry",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC}
KELURAHAN {KEL}
SURAT KETERANGAN DOMISILI
Nomor : {surat}
Yang bertanda tangan di bawah ini Lurah {kel} menerangkan bahwa :
Nama : [[n:{N1}]]
NIK : [[nik:{niko1}]]
Tempat/Tgl Lahir : Kupang, {lahir1}
Alamat : [[a:{adr1}]]
benar berdomisili di wilayah Kelurahan {kel}.
Lurah {kel}
[[n:{n2}]], S.STP
NIP. {nip}
""",
    ),
    T(
        "ocr_letter",
        "social_aid",
        """
SURAT KETERANGAN TIDAK MAMPU
Nomor: {surat}
Ketua {rtx1} {rwx1} Kelurahan {kel} menerangkan bahwa:
Nama       : [[n:{n1}]]
NIK        : [[nik:{nikx1}]]
No. KK     : [[kk:{kk1}]]
Pekerjaan  : Buruh harian
Alamat     : [[a:{ad1}]], [[a:{rt1}]]
adalah benar warga kami yang tergolong keluarga tidak mampu. Surat ini dipakai untuk pengurusan BPJS PBI.
Ketua RT
[[n:{n2}]]
HP [[p:{hp2}]]
""",
    ),
    T(
        "ocr_letter",
        "tax_business",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
Nomor : S-{mdr1}/KPP.{mdr2}/{thn}
Yth. [[n:{N1}]]
NPWP : [[npwp:{npwpd1}]]
[[a:{AD1}]] {KEL}, KOTA KUPANG
Email : [[e:{emo1}]]
Hal : Himbauan Penyampaian SPT Tahunan PPh Orang Pribadi
Berdasarkan data kami, Saudara belum menyampaikan SPT Tahunan. Informasi: kpp.kupang@pajak.go.id atau Kring Pajak 1500 200.
""",
    ),
    T(
        "ocr_letter",
        "security_scams",
        """
SURAT TANDA PENERIMAAN LAPORAN
Nomor : STPL/{mdr1}/{bln}/{thn}/SPKT/POLRESTA KUPANG KOTA
Telah menerima laporan dari :
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{AD1}]] [[a:{RT1}]]
No. HP : [[p:{hpn1}]]
Perihal: penipuan jual beli online, kerugian Rp {rpb}, ditransfer ke rekening {bank3} [[b:{rek3}]] (pemilik belum diketahui).
Penerima laporan: BRIPKA [[n:{N2}]]
""",
    ),
    T(
        "ocr_letter",
        "education",
        """
SURAT KETERANGAN AKTIF BELAJAR
Nomor : 421.3/{mdr1}/SEK/{thn}
Kepala {school} menerangkan bahwa:
Nama : [[n:{n1}]]
NISN : {nisn}
Kelas : VIII B
Nama Orang Tua : [[n:{n2}]]
Pekerjaan Orang Tua : Nelayan
Surat ini dibuat untuk keperluan pengajuan PIP.
Kupang, {tg}
Kepala Sekolah
[[n:{n3}]], S.Pd
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "ocr_letter",
        "civil_registry",
        """
SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini:
Nama : [[n:{n1}]]
NIK  : [[nik:{nik1}]]
Alamat : [[a:{adr1}]]
menyatakan bahwa saya adalah anak kandung dari almarhum [[n:{n2}]] (NIK [[nik:{nik2}]]) yang meninggal pada {tg} dan memohon penerbitan akta kematian.
Kupang, {tgl}
Yang menyatakan
[[n:{N1}]]
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "ocr_letter",
        "health",
        """
RSUD S.K. LERIK KOTA KUPANG
SURAT KETERANGAN RAWAT INAP
No. RM : {kode}
Nama Pasien : [[n:{N1}]]
No. BPJS : [[bpjs:{bpjs1}]]
Alamat : [[a:{adr1}]]
Penanggung jawab: [[n:{n2}]] (anak), HP [[p:{hp2}]]
Dirawat sejak {tgl} di ruang Cempaka dengan diagnosa DBD.
Dokter penanggung jawab: dr. [[n:{n3}]], Sp.PD
""",
        fam={2: 1},
    ),
    T(
        "ocr_letter",
        "social_aid",
        """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[n:{N1}]]    NIK : [[nik:{nik1}]]
Alamat : [[a:{ADR1}]]
memberi kuasa kepada:
Nama : [[n:{N2}]]    NIK : [[nik:{nik2}]]
Hubungan : anak kandung
untuk mengambil bantuan BPNT atas nama pemberi kuasa di kantor pos. Pemberi kuasa sakit stroke.
Pemberi Kuasa        Penerima Kuasa
[[n:{N1}]]           [[n:{N2}]]
""",
        fam={2: 1},
    ),
    T(
        "ocr_letter",
        "utilities",
        """
PERUMDA AIR MINUM KOTA KUPANG
FORMULIR PENGADUAN PELANGGAN
No. Sambungan : {samb}
Nama Pelanggan : [[n:{N1}]]
Alamat : [[a:{AD1}]], [[a:{RT1}]]
No. HP/WA : [[p:{hpo1}]]
Email : [[e:{emp1}]]
Isi Pengaduan : air tidak mengalir sejak {tgl}, meteran tetap berputar.
Diterima oleh : [[n:{n2}]]
""",
    ),
    T(
        "ocr_letter",
        "tax_business",
        """
SURAT KETERANGAN USAHA
Nomor : 503/{mdr1}/KEL/{thn}
Lurah {kel} menerangkan bahwa:
Nama : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpd1}]]
Alamat : [[a:{ad1}]] (rumah sendiri)
benar memiliki usaha kios sembako di rumahnya sejak tahun 2019.
""",
    ),
    T(
        "ocr_letter",
        "disaster_donation",
        """
BADAN PENANGGULANGAN BENCANA DAERAH KOTA KUPANG
SURAT KETERANGAN KORBAN BENCANA
Nomor : 360/{mdr1}/BPBD/{thn}
Nama Kepala Keluarga : [[n:{N1}]]
NIK : [[nik:{nik1}]]
No. KK : [[kk:{kko1}]]
Alamat : [[a:{AD1}]] [[a:{RT1}]]
Jenis Kerusakan : Rusak berat (angin puting beliung {tg})
Jumlah jiwa : {kecil} orang
""",
    ),
    T(
        "ocr_letter",
        "education",
        """
Kepada Yth. Kepala {school}
Perihal : Permohonan keringanan uang komite
Dengan hormat,
Saya orang tua dari [[n:{n2}]] kelas {kelas} mohon keringanan karena suami saya sakit. Saya [[n:{n1}]], tinggal di [[a:{adr1}]].
HP [[p:{hp1}]], email [[e:{emn1}]].
Hormat saya,
[[n:{n1}]]
""",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "ocr_letter",
        "health",
        """
FORMULIR PENDAFTARAN PESERTA BPJS KESEHATAN MANDIRI
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]    No. KK : [[kk:{kk1}]]
Alamat : [[a:{ADR1}]]
No. Telp Rumah : [[p:{tr1}]]    HP : [[p:{hp1}]]
Email : [[e:{emp1}]]
Rekening autodebet : {bank1} [[b:{rek1}]] a.n. [[n:{N1}]]
Kelas : II
""",
    ),
    T(
        "ocr_letter",
        "civil_registry",
        """
SURAT PENGANTAR RT
No : {mdr1}/RT/{thn}
Ketua {rtx1} {rwx1} Kelurahan {kel}
Menerangkan bahwa [[n:{n1}]], NIK [[nik:{nik1}]], warga kami yang tinggal di [[a:{ad1}]], akan mengurus pindah datang ke Kabupaten Kupang bersama istri [[n:{n2}]] dan anak [[n:{g3}]].
Ketua RT
[[n:{n4}]]
""",
        M=(1,),
        F=(2,),
        fam={3: 1},
    ),
    T(
        "ocr_letter",
        "security_scams",
        """
BERITA ACARA PENYERAHAN BARANG BUKTI
Pada hari {hari} tanggal {tg} telah diserahkan kepada pemilik:
Nama : [[n:{N1}]]
Alamat : [[a:{AD1}]]
Barang : 1 unit sepeda motor Yamaha NMAX, Nopol [[pl:{pl1}]], No. Rangka MH3SG{kode}{kode2}
Yang menyerahkan : AIPTU [[n:{N2}]]
""",
    ),
    T(
        "ocr_letter",
        "tax_business",
        """
SURAT PERNYATAAN PENGHASILAN
Saya : [[n:{n1}]]
NIK : [[nik:{nik1}]]
NPWP : [[npwp:{npwpn1}]] (sama dengan NIK)
Pekerjaan : Penjual ikan di Pasar Oeba
menyatakan penghasilan saya rata-rata Rp {rpb} per bulan.
Kupang, {tgl}
[[n:{n1}]]
""",
    ),
    # without personal data
    T(
        "ocr_letter",
        "social_aid",
        """
PEMERINTAH KOTA KUPANG
DINAS SOSIAL
{jlno}, Telp. {otel}
SURAT EDARAN
Nomor : {surat}
Kepada Yth. Para Lurah se-Kota Kupang
Penyaluran bantuan sosial tahap II dilaksanakan mulai {tg}. Pengaduan dapat disampaikan melalui SMS 1708 atau WA {owa}.
""",
    ),
    T(
        "ocr_letter",
        "tax_business",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
KPP PRATAMA KUPANG
Jl. Palapa No. {mdr1} Kupang, Telp. {otel}
PENGUMUMAN
Batas penyampaian SPT Tahunan Orang Pribadi adalah 31 Maret {thn}. Bantuan pengisian: {owa} (WA KPP) atau email pengaduan@pajak.go.id. NPWP badan KPP {npwpx}
""",
    ),
    T(
        "ocr_letter",
        "education",
        """
YAYASAN PENDIDIKAN KATOLIK ARNOLDUS
KOP: {SCHOOL}
Jl. Ahmad Yani No. {mdr1}, Kupang
Nomor : {surat}
Perihal : Undangan rapat komite
Rapat dilaksanakan {hari}, {tg}, pukul {jam}. Konfirmasi kehadiran ke WA tata usaha {owa} atau tu.sekolah@gmail.com. Rekening komite Bank NTT {rekntt}.
""",
    ),
    T(
        "ocr_letter",
        "health",
        """
DINAS KESEHATAN KOTA KUPANG
Jl. S.K. Lerik, Kelapa Lima
SURAT EDARAN Nomor {surat}
Tentang Pelaksanaan Bulan Imunisasi Anak Sekolah {thn}
Informasi lebih lanjut: Seksi Surveilans, telp {otel}, WA {owa}, email surveilans.dinkeskupang@gmail.com
""",
    ),
    T(
        "ocr_letter",
        "utilities",
        """
PT PLN (PERSERO) UP3 KUPANG
Nomor : {mdr1}/PLN/UP3-KPG/{thn}
PEMBERITAHUAN PEMADAMAN
Wilayah terdampak: {kel1}, {kel2}, sebagian {jl}.
Waktu: {tg}, {jam} – selesai. Informasi: PLN 123 / WA {owa}.
""",
    ),
    T(
        "ocr_letter",
        "disaster_donation",
        """
SINODE GMIT
MAJELIS JEMAAT GMIT {KEL}
Nomor : {mdr1}/MJ/{thn}
Perihal : Permohonan bantuan korban kebakaran
Bantuan dapat disalurkan melalui rekening Majelis Jemaat di Bank NTT {rekntt} atau BRI {rekbri2}. NPWP Majelis Jemaat {npwpx}.
""",
    ),
    T(
        "ocr_letter",
        "civil_registry",
        """
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
KOTA KUPANG
Jl. Moh. Hatta No. {mdr1}
TANDA TERIMA BERKAS
No. Registrasi : {trx}
Jenis Layanan : Perubahan KK
Tanggal : {tgl}
Berkas dapat diambil 3 hari kerja. Informasi: {otel} / WA {owa}
""",
    ),
]

# ---- ocr_receipt: slips, receipts and screenshots as a scanner reads them
TEMPLATES += [
    T(
        "ocr_receipt",
        "disaster_donation",
        """
BRImo
Transaksi Berhasil
{tgl}, {jamd} WITA
Sumber Dana
[[n:{N1}]]
BRI ****{kode}
Tujuan
[[n:{N2}]]
{BANK2} [[b:{rek2}]]
Nominal Rp {rp}
Biaya Admin Rp 2.500
No. Ref {ref}
Catatan: bantuan duka
""",
    ),
    T(
        "ocr_receipt",
        "social_aid",
        """
BANK NTT
ATM {kel}
TGL {tgl} JAM {jamd}
NO. KARTU {card}
TRANSFER
KE REK : [[b:{rek1}]]
NAMA : [[n:{N1}]]
JUMLAH : RP {rp}
NO. REF : {ref}
SIMPAN STRUK INI SEBAGAI BUKTI TRANSAKSI
""",
    ),
    T(
        "ocr_receipt",
        "tax_business",
        """
BRILink AGEN KIOS BERKAH
{jlno} Kupang
BUKTI SETOR TUNAI
Tgl: {tgl} {jamd}
No. Rek Tujuan : [[b:{rek1}]]
Nama Penerima : [[n:{N1}]]
Nama Penyetor : [[n:{N2}]]
HP Penyetor : [[p:{hpx2}]]
Nominal : Rp {rpb}
Ref : {ref}
""",
    ),
    T(
        "ocr_receipt",
        "security_scams",
        """
DANA
Kirim Uang Berhasil
Rp {rp}
Ke [[n:{N1}]]
DANA [[p:{hpb1}]]
ID Transaksi {trx}
{tgl} {jamd}
(ini bukti sa transfer ke penjual HP online, barang sonde dikirim. Penjual mengaku namanya [[n:{g1}]]. - [[n:{n2}]])
""",
    ),
    T(
        "ocr_receipt",
        "utilities",
        """
PERUMDA AIR MINUM KOTA KUPANG
REKENING AIR BULAN {BLN} {thn}
No. Sambungan : {samb}
Nama : [[n:{N1}]]
Alamat : [[a:{AD1}]]
Stand Meter : {big1} - {big2}
Pemakaian : {kecil} m3
Total Tagihan : Rp {rpk}
Loket : {KEL}
""",
    ),
    T(
        "ocr_receipt",
        "tax_business",
        """
BUKTI PEMBAYARAN PKB
SAMSAT KOTA KUPANG
No. Polisi : [[pl:{pl1}]]
Nama Pemilik : [[n:{N1}]]
Alamat : [[a:{AD1}]] KUPANG
Merk/Type : HONDA/VARIO 125
PKB : Rp {rpk}   SWDKLLJ : Rp 35.000
Kode Bayar : {va}
Tgl : {tgl}
""",
    ),
    T(
        "ocr_receipt",
        "disaster_donation",
        """
{CHURCH}
TANDA TERIMA PERSEMBAHAN
No. {mdr1}
Telah terima dari : Kel. [[n:{N1}]]
Uang sejumlah : Rp {rp}
Untuk : Aksi Peduli Korban Banjir
Kupang, {tgl}
Bendahara
[[n:{N2}]]
""",
    ),
    T(
        "ocr_receipt",
        "education",
        """
KWITANSI
No. {struk}
Sudah terima dari : [[n:{n1}]]
Banyaknya uang : {rp} rupiah
Untuk pembayaran : uang seragam a.n. siswa [[n:{n2}]], kelas VII
{SCHOOL}
Kupang, {tgl}
Penerima,
[[n:{n3}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "ocr_receipt",
        "health",
        """
APOTEK SEHAT SELALU
{jlno}, Kupang
NPWP : {npwpx}
Tgl {tgl} {jamd}   Kasir : [[n:{G1}]]
Paracetamol 500mg x10   Rp {rpk1}
Amoxicillin 500mg x10   Rp {rpk2}
Pasien : [[n:{n2}]]
Member : [[p:{hp2}]]
TERIMA KASIH SEMOGA LEKAS SEMBUH
""",
    ),
    T(
        "ocr_receipt",
        "tax_business",
        """
PEGADAIAN CP KUPANG
SURAT BUKTI GADAI
No. SBG {trx}
Nasabah : [[n:{N1}]]
No. KTP : [[nik:{nikb1}]]
Alamat : [[a:{ADR1}]]
Barang Jaminan : Kalung emas 5 gr
Uang Pinjaman : Rp {rpb}
Jatuh Tempo : {tgl}
""",
    ),
    T(
        "ocr_receipt",
        "social_aid",
        """
PT POS INDONESIA
KCU KUPANG
BUKTI PENERIMAAN BANTUAN SOSIAL
No. Barcode {trx}
Nama KPM : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{RT1}]] {KEL}
Jumlah : Rp {rp}
Tgl Bayar : {tgl}
Petugas : [[n:{N2}]]
""",
    ),
    T(
        "ocr_receipt",
        "security_scams",
        """
Transfer Berhasil ✓
BNI Mobile Banking
Penerima
[[n:{N1}]]
{BANK1} - [[b:{rek1}]]
Jumlah Rp {rpb}
Berita: DP sewa rumah
Ref {ref}
Tgl {tgl}
(sa su transfer, tapi pemilik rumah sonde bisa dihubungi lagi. Dia pake nomor [[p:{hp1}]]. Tolong dibantu polisi. [[n:{n2}]])
""",
    ),
    T(
        "ocr_receipt",
        "health",
        """
BPJS KESEHATAN
BUKTI PEMBAYARAN IURAN
No. VA : {va}
Nama : [[n:{N1}]]
No. Kartu : [[bpjs:{bpjsb1}]]
Jumlah Peserta : {kecil}
Periode : {BLN} {thn}
Total Bayar : Rp {rpk}
Tgl : {tgl} Ref {ref}
""",
    ),
    T(
        "ocr_receipt",
        "tax_business",
        """
BUKTI PENERIMAAN ELEKTRONIK
NTPN : {kode}{kode2}AB
Kode Billing : {va}
NPWP : [[npwp:{npwpz1}]]
Nama WP : [[n:{N1}]]
Alamat : [[a:{AD1}]], KOTA KUPANG
Jenis Pajak : 411125 (PPh Pasal 25/29 OP)
Jumlah Setor : Rp {rpb}
""",
    ),
    T(
        "ocr_receipt",
        "disaster_donation",
        """
ShopeePay
Transfer Berhasil
Rp {rpk}
Penerima: [[n:{N1}]]
No. HP [[p:{hpd1}]]
{tgl} {jamd}
No. Transaksi {trx}
(bukti donasi untuk keluarga korban longsor di {kel}, konfirmasi ke panitia)
""",
    ),
    T(
        "ocr_receipt",
        "civil_registry",
        """
TANDA TERIMA FOTOKOPI
Fotokopi Cahaya Oesapa
Tgl {tgl}
Pelanggan : [[n:{n1}]]
Fotokopi KTP 5 lbr, KK 5 lbr, legalisir akta
Total Rp {rpk}
(di meja tertinggal fotokopi KK No. [[kk:{kk1}]] a.n. kepala keluarga [[n:{N1}]], silakan diambil)
""",
    ),
    # without personal data
    T(
        "ocr_receipt",
        "utilities",
        """
STRUK PEMBELIAN LISTRIK PRABAYAR
IDPEL : {idpel}
NO METER : {meter}
TARIF/DAYA : R1/900VA
RP BAYAR : Rp {rp}
STROOM/TOKEN : {token}
KWH : {num},{mdr}
Terima kasih. Informasi hubungi PLN 123
""",
    ),
    T(
        "ocr_receipt",
        "tax_business",
        """
MINI MARKET SUMBER REZEKI
{jlno} Kupang
NPWP : {npwpx}
No. {struk} Kasir: 02
Aqua 600ml       2 x 4.000
Kopi Kapal Api   1 x 15.500
Indomie Goreng   5 x 3.500
TOTAL            Rp {rpk}
TUNAI            Rp {rpk2}
Kritik & saran: WA {bwa}
""",
    ),
    T(
        "ocr_receipt",
        "social_aid",
        """
BANK NTT
SLIP SETORAN
Rekening Tujuan : {rekntt}
Nama Pemilik Rekening : KOPERASI SERBA USAHA TUNAS HARAPAN
Jumlah : Rp {rpb}
Tgl {tgl}  Ref {ref}
Validasi teller {kode}
""",
    ),
    T(
        "ocr_receipt",
        "disaster_donation",
        """
BRImo
Transfer Berhasil
Tujuan: PANITIA PEMBANGUNAN GEREJA
BRI {rekbri}
Nominal Rp {rp}
No. Ref {ref}
{tgl} {jamd}
(rekening panitia)
""",
    ),
    T(
        "ocr_receipt",
        "utilities",
        """
KANTOR POS KUPANG
BUKTI PEMBAYARAN TAGIHAN AIR
ID Pelanggan : {samb}
Periode : {BLN} {thn}
Tagihan Rp {rpk} Admin Rp 2.500
No. Transaksi {trx}
Simpan struk ini. CS {otel}
""",
    ),
    T(
        "ocr_receipt",
        "tax_business",
        """
QRIS
WARUNG SE'I OESAPA
NMID : ID10{kode}{kode2}
Pembayaran Berhasil
Rp {rpk}
{tgl} {jamd}
Ref {ref}
Merchant PAN 9360{kode3}{kode4}
""",
    ),
    T(
        "ocr_receipt",
        "education",
        """
BUKTI PEMBAYARAN UKT
UNIVERSITAS NUSA CENDANA
Kode Bayar : {va}
Semester : Ganjil {thn}
Jumlah : Rp {rpb}
Bank : Bank NTT Ref {ref}
Tgl {tgl}
""",
    ),
    T(
        "ocr_receipt",
        "health",
        """
RS SILOAM KUPANG
KUITANSI No. {struk}
Layanan : Rawat Jalan Poli Anak
SEP : {sep}
Penjamin : BPJS Kesehatan
Total Biaya Rp {rpb}
Dibayar Penjamin Rp {rpb}
Kasir {antri}  {tgl} {jamd}
""",
    ),
]

# ---- sms_caps: SMS to 1708 in capitals
TEMPLATES += [
    T(
        "sms_caps",
        "social_aid",
        """
KOTKUPANG SY [[n:{n1}]] WRG [[a:{rt1}]] KEL {kel}. SDH 2 THN TDK TRIMA PKH PDHL MSH TDK MAMPU. NIK [[nik:{nik1}]]. MHN DICEK. HP [[p:{hpb1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        """
KOTKUPANG AIR PDAM DI [[a:{ad1}]] MATI SDH 9 HR. TGIHAN TETAP DTG RP {rpk}. NO SAMB {samb}. TTD BPK [[n:{g1}]]
""",
        M=(1,),
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG KK SY NO [[kk:{kk1}]] NAMA ANAK SY [[n:{n2}]] TDK ADA. MHN DIBANTU DUKCAPIL. DR [[n:{n1}]] [[p:{hp1}]]
""",
        K=(2,),
        fam={2: 1},
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        """
KOTKUPANG MAMA SY [[n:{n1}]] USIA {umur1} THN TDK DILAYANI DI {pusk} KRN KARTU BPJS [[bpjs:{bpjs1}]] DIBILANG NONAKTIF. SY ANAKNYA [[n:{g2}]] [[p:{hp2}]]
""",
        E=(1,),
        F=(1,),
        fam={2: 1},
        U=True,
    ),
    T(
        "sms_caps",
        "security_scams",
        """
KOTKUPANG SY TERTIPU JUAL BELI HP DI FB. SY TRF KE REK {bank2} [[b:{rek2}]] AN [[n:{n2}]] RP {rpb}. NO PELAKU [[p:{hp2}]] SKRG TDK AKTIF. SY [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "education",
        """
KOTKUPANG ANAK SY [[n:{g2}]] DI {school} DISURUH BYR SERAGAM RP {rp} PDHL KATANYA GRATIS. APA BENAR? [[n:{n1}]] [[a:{rt1}]] {kel}
""",
        K=(2,),
        fam={2: 1},
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        """
KOTKUPANG LAMPU JLN DI DEPAN RMH SY [[a:{ad1}]] MATI 3 BLN. ANAK2 TAKUT LWT MALAM. MHN DINAS PERHUBUNGAN. SALAM [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG NIK SY [[nik:{nikw1}]] DI KTP BEDA DGN DI KK. KK NO [[kk:{kk1}]]. BPJS TDK BS DIPAKAI. TOLONG. [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "disaster_donation",
        """
KOTKUPANG RMH SY RUSAK KENA ANGIN KMRN MALAM. SY [[n:{n1}]] DI [[a:{adr1}]]. BLM ADA PETUGAS BPBD DTG. KK [[kk:{kk1}]]. TLP [[p:{hp1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_business",
        """
KOTKUPANG SY PEDAGANG KECIL DI PASAR KASIH. NPWP SY [[npwp:{npwpd1}]] DITAGIH PAJAK PADAHAL OMZET KECIL. MHN PENJELASAN BAPENDA. [[n:{n1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "social_aid",
        """
KOTKUPANG BLT UTK OMA SY [[n:{n2}]] DIAMBIL ORG LAIN AN [[n:{n3}]]. OMA TINGGAL DI [[a:{rt2}]] {kel}. SY CUCUNYA [[n:{g1}]] [[p:{hpb1}]]
""",
        F=(2,),
        U=True,
    ),
    T(
        "sms_caps",
        "security_scams",
        """
KOTKUPANG ADA ORG MINTA UANG KE WARGA PAKE NAMA LURAH {kel}. NOMOR DIA [[p:{hp2}]], NAMANYA [[n:{n2}]]. SY WRG [[a:{rt1}]] DR [[n:{g1}]]
""",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        """
KOTKUPANG ANAK SY [[n:{g2}]] UMUR {umur2} THN DEMAM 4 HR, DI {rs} DISURUH TUNGGU 6 JAM. NO KIS [[bpjs:{bpjsd2}]]. DR [[n:{g1}]] [[a:{rt1}]]
""",
        K=(2,),
        fam={2: 1},
        U=True,
    ),
    T(
        "sms_caps",
        "education",
        """
KOTKUPANG SY GURU HONOR [[n:{n1}]] DI {school}. GAJI 4 BLN BLM DIBAYAR. REK SY {bank1} [[b:{rek1}]]. MHN PERHATIAN DINAS PENDIDIKAN
""",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG AKTA KEMATIAN BAPA SY [[n:{n2}]] SDH 2 BLN BLM JADI. NIK ALM [[nik:{nik2}]]. SY [[n:{n1}]] HP [[p:{hpo1}]]
""",
        M=(2,),
        fam={1: 2},
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        """
KOTKUPANG SAMPAH DI [[a:{rt1}]] {kel} TDK DIANGKUT 2 MGG. BAU SKALI. DARI [[n:{g1}]] DI {kel}
""",
        U=True,
    ),
    # without personal data
    T(
        "sms_caps",
        "security_scams",
        """
KOTKUPANG SY DAPAT SMS DR {scam} KATANYA SY MENANG UNDIAN RP {rpb} DR BANK NTT. SY DISURUH TLP {scam2} UTK KLAIM. APA BENAR?
""",
        U=True,
    ),
    T(
        "sms_caps",
        "utilities",
        """
KOTKUPANG TAGIHAN PLN SY NAIK 3X BLN {bln}. IDPEL {idpel}. NO LAPORAN {tiket}. MHN DICEK
""",
        U=True,
    ),
    T(
        "sms_caps",
        "civil_registry",
        """
KOTKUPANG ANTRIAN DUKCAPIL HR INI SAMPAI NO {antri}, SY DTG JAM {jam} TDK DAPAT NOMOR. TLP {otel} TDK DIANGKAT
""",
        U=True,
    ),
    T(
        "sms_caps",
        "health",
        """
KOTKUPANG OBAT DI {pusk} KOSONG SDH 2 MGG. DISURUH BELI DI APOTEK RP {rpk}. APA BOLEH? NO ANTRIAN {antri}
""",
        U=True,
    ),
    T(
        "sms_caps",
        "social_aid",
        """
KOTKUPANG SAMPAI {tgl} BELUM ADA INFO BPNT TAHAP 3. TLP DINSOS {otel} SIBUK TERUS. WARGA RT 07 SAMPAI RT 12 {kel} MENUNGGU
""",
        U=True,
    ),
    T(
        "sms_caps",
        "education",
        """
KOTKUPANG PIP ANAK SY SDH CAIR DI REK SIMPEL TAPI SEKOLAH POTONG RP {rpk}. NISN {nisn}. MOHON DITINDAK
""",
        U=True,
    ),
    T(
        "sms_caps",
        "tax_business",
        """
KOTKUPANG KODE BILLING PBB {va} TDK BISA DIBAYAR DI BANK NTT. NOP {nop}. SDH 3X COBA
""",
        U=True,
    ),
]

# ---- sms_lower: SMS to 1708 in lower case
TEMPLATES += [
    T(
        "sms_lower",
        "utilities",
        """
kotkupang air sdh 1 mgg tdk jalan di [[a:{rt1}]] kel {kel}. tlg dicek pdam. - [[n:{lg1}]]
""",
    ),
    T(
        "sms_lower",
        "social_aid",
        """
kotkupang sy [[n:{l1}]] mau tny kenapa nama sy hilang dr dtks. nik [[nik:{nikb1}]] kk [[kk:{kkb1}]]. mksh
""",
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang tlg bantu oma sy [[n:{l2}]] sakit tdk bs jalan, mau dijemput ambulans gratis tp tlp tdk masuk. alamat [[a:{ad2}]]. dr mama [[n:{lg1}]] [[a:{rt1}]]
""",
        F=(1, 2),
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang ktp sy sdh rekam dr bln {bln} blm jadi. nik [[nik:{nik1}]] nama [[n:{l1}]]. no wa [[p:{hpb1}]]
""",
    ),
    T(
        "sms_lower",
        "security_scams",
        """
kotkupang sy ditelpon org ngaku anak sy [[n:{lg2}]] kecelakaan, minta trf ke rek [[b:{rek3}]]. sy sdh kirim rp {rp}. ternyata anak sy aman. sy [[n:{l1}]] tlp [[p:{hp1}]]
""",
        fam={2: 1},
    ),
    T(
        "sms_lower",
        "education",
        """
kotkupang sy ortu murid [[n:{l2}]] kls 5 {school}. ijazah kakaknya [[n:{lg3}]] ditahan krn blm lunas komite rp {rp}. mohon dibantu. [[n:{lg1}]]
""",
        K=(2, 3),
        fam={2: 1, 3: 1},
    ),
    T(
        "sms_lower",
        "disaster_donation",
        """
kotkupang rmh sy di [[a:{ad1}]] kebanjiran lg, got tersumbat sampah. sdh lapor ke pak rt [[n:{lg2}]] tp blm ada tindakan. [[n:{l1}]]
""",
    ),
    T(
        "sms_lower",
        "tax_business",
        """
kotkupang sy mau tny npwp sy [[npwp:{npwpn1}]] sdh pakai nik, tp di bapenda masih minta npwp lama. bgmn? sy [[n:{lg1}]]
""",
    ),
    T(
        "sms_lower",
        "utilities",
        """
kotkupang listrik sy sering padam, tiang listrik miring di depan rmh [[a:{ad1}]]. bahaya utk anak2. hub sy [[p:{hp1}]] ([[n:{lg1}]])
""",
    ),
    T(
        "sms_lower",
        "social_aid",
        """
kotkupang sy mau lapor pendamping pkh [[n:{l2}]] potong bantuan rp {rpk} per org. sy kpm nama [[n:{l1}]] nik [[nik:{nik1}]]. jgn sebut nama sy
""",
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang bidan di pustu {kel} tdk ada tiap hr sabtu. istri sy [[n:{lg2}]] mau melahirkan. sy [[n:{l1}]] [[p:{hp1}]]
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "sms_lower",
        "security_scams",
        """
kotkupang ada pencurian ternak di [[a:{rt1}]] {kel}. babi sy 2 ekor hilang. pelaku diduga [[n:{l2}]] tetangga kami. sdh lapor polsek. dr [[n:{lg1}]]
""",
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang mau urus akta kematian suami sy [[n:{l2}]] nik [[nik:{nik2}]]. syarat apa sj? sy [[n:{lg1}]] hp [[p:{hpd1}]]
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "sms_lower",
        "education",
        """
kotkupang anak sy [[n:{lg2}]] tdk diterima ppdb zonasi padahal rmh di [[a:{ad1}]], cuma 300 m dr sekolah. kenapa? [[n:{lg1}]] [[p:{hp1}]]
""",
        K=(2,),
    ),
    T(
        "sms_lower",
        "disaster_donation",
        """
kotkupang bantuan korban kebakaran di {kel} blm sampai ke keluarga [[n:{lf1}]] sdh 2 mgg. rmh mrk di [[a:{ad1}]]. sy tetangga, [[n:{lg2}]]
""",
    ),
    T(
        "sms_lower",
        "social_aid",
        """
kotkupang sy lansia {umur1} thn blm terima bansos lansia. nama sy [[n:{l1}]] tinggal di [[a:{adr1}]]. ini hp anak sy [[p:{hp2}]]
""",
        E=(1,),
    ),
    # without personal data
    T(
        "sms_lower",
        "utilities",
        """
kotkupang jln di {jl} rusak parah sdh {num} bln, lubang dalam. sdh lapor {tiket} tgl {tgl}. kapan diperbaiki?
""",
    ),
    T(
        "sms_lower",
        "security_scams",
        """
kotkupang sy dpt wa dr {scam} ngaku dr dinsos minta foto ktp utk bansos. apa benar? nomor lain jg {scam2}
""",
    ),
    T(
        "sms_lower",
        "health",
        """
kotkupang antrian bpjs di {rs} panjang sekali, sy dpt no {antri} jam {jam}. tlp {otel} tdk diangkat
""",
    ),
    T(
        "sms_lower",
        "education",
        """
kotkupang pungutan di {school} rp {rp} utk perpisahan. nomor rekening komite {rekb}. apa boleh?
""",
    ),
    T(
        "sms_lower",
        "civil_registry",
        """
kotkupang blanko ktp habis lg? sdh 3 kali dtg tgl {tgl}. info dukcapil di wa {owa} tdk balas. warga rt 02 sampai rt 09 {kel} blm dpt
""",
    ),
    T(
        "sms_lower",
        "tax_business",
        """
kotkupang izin usaha sy di oss sdh terbit nib {nib} tp di kelurahan disuruh bayar rp {rpk}. apa ada biaya?
""",
    ),
    T(
        "sms_lower",
        "social_aid",
        """
kotkupang kapan bpnt cair? kartu kks {card} sdh di tangan. tlp bank ntt {otel} tdk masuk
""",
    ),
]

# ---- wa_chat: WhatsApp exports, group chats and forwards
TEMPLATES += [
    T(
        "wa_chat",
        "utilities",
        """
[{dt1}] [[n:{n1}]]: Bapa mama, air di jalur kita su 4 hari sonde jalan
[{dt2}] [[n:{n2}]]: Betul, sa su lapor ke PDAM, nomor laporan {tiket}
[{dt3}] [[p:{hpis3}]]: Sa warga baru di [[a:{ad3}]], kalau beli air tangki hubungi siapa e?
[{dt4}] [[n:{n1}]]: Om [[n:{g4}]] ada tangki, nomornya [[p:{hp4}]]
""",
    ),
    T(
        "wa_chat",
        "education",
        """
GRUP ORANG TUA KELAS 3B
[{dt1}] Wali Kelas: Selamat pagi bapa mama, yang belum kumpul fotokopi KK untuk data PIP mohon hari ini
[{dt2}] [[n:{n1}]]: Ibu, ini KK kami [[kk:{kk1}]], anak [[n:{g2}]]
[{dt3}] [[n:{n3}]]: Sa kirim besok Ibu, sa pung mama [[n:{g4}]] yang antar
[{dt4}] Wali Kelas: Baik, terima kasih 🙏
""",
        K=(2,),
        fam={2: 1},
        F=(4,),
    ),
    T(
        "wa_chat",
        "disaster_donation",
        """
*Diteruskan*
Mohon doa dan bantuan untuk sdr kita [[n:{n1}]] yang rumahnya terbakar di [[a:{ad1}]] {kel}. Bantuan bisa ke rek {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (istri) atau {wal2} [[p:{hpb2}]]. Konfirmasi ke koordinator [[n:{n3}]] [[p:{hp3}]] 🙏
""",
        F=(2,),
        M=(1,),
        fam={2: 1},
    ),
    T(
        "wa_chat",
        "security_scams",
        """
[{dt1}] [[n:{lg1}]]: kaka ini nomor siapa e? {scam} telpon sa bilang dari BRI minta kode OTP
[{dt2}] [[n:{n2}]]: jangan kasi! itu penipu
[{dt3}] [[n:{lg1}]]: iya sa sonde kasi. tadi [[n:{g3}]] sa pung adik juga dapat
[{dt4}] [[n:{n2}]]: blokir saja
""",
    ),
    T(
        "wa_chat",
        "health",
        """
[{dt1}] [[n:{n1}]]: Kak [[n:{g2}]], Oma su masuk IGD {rs}. Butuh darah golongan B
[{dt2}] [[n:{n2}]]: Sa cek di PMI. Nomor BPJS Oma berapa?
[{dt3}] [[n:{n1}]]: [[bpjs:{bpjs3}]] a.n. [[n:{n3}]]
[{dt4}] [[n:{n2}]]: Ok sa telpon [[n:{g4}]] dia golongan B, nomornya [[p:{hp4}]]
""",
        F=(3,),
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{dt1}] Admin Kelurahan {kel}: Warga yang mau cetak KK baru, kirim nama, NIK dan nomor KK lama
[{dt2}] [[n:{n1}]]: Nama [[n:{n1}]], NIK [[nik:{nik1}]], KK lama [[kk:{kk1}]]
[{dt3}] [[n:{n2}]]: [[n:{n2}]] / [[nik:{nikb2}]] / [[kk:{kks2}]]
[{dt4}] Admin Kelurahan {kel}: Diterima, berkas diproses 3 hari kerja
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt1}] [[n:{n1}]]: Pak RT, mama [[n:{g2}]] di [[a:{ad2}]] belum masuk daftar lansia
[{dt2}] Pak RT: Siap, kirim NIK mama
[{dt3}] [[n:{n1}]]: [[nik:{nik2}]], umur {umur2} tahun
[{dt4}] Pak RT: Sa teruskan ke pendamping [[n:{n3}]] e
""",
        E=(2,),
        F=(2,),
    ),
    T(
        "wa_chat",
        "tax_business",
        """
[{dt1}] [[n:{n1}]]: Kak, bendahara sekolah minta NPWP semua guru honor untuk potong pajak
[{dt2}] [[n:{n2}]]: Punya sa [[npwp:{npwpd2}]]
[{dt3}] [[n:{n3}]]: Sa belum punya, pakai NIK boleh? [[npwp:{npwpn3}]]
[{dt4}] [[n:{n1}]]: Boleh, NPWP sekarang sama dengan NIK
""",
    ),
    T(
        "wa_chat",
        "education",
        """
[{dt1}] [[n:{n1}]]: Pak guru, nilai rapor [[n:{g2}]] kenapa kosong di aplikasi?
[{dt2}] [[n:{n3}]]: Nanti sa cek Ibu. Email ortu yang terdaftar [[e:{emp1}]] to?
[{dt3}] [[n:{n1}]]: Iya pak. Kalau ada apa-apa telpon sa [[p:{hp1}]]
""",
        K=(2,),
        fam={2: 1},
        F=(1,),
    ),
    T(
        "wa_chat",
        "security_scams",
        """
*Pesan diteruskan berkali-kali*
AWAS! Orang bernama [[n:{n1}]] mengaku dari Dinas Sosial, minta uang Rp {rp} untuk daftar bansos. Nomor WA dia [[p:{hp1}]]. Akun FB dia pake foto pak lurah. Jangan layani!
""",
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{dt1}] [[n:{n1}]]: bapa mama ada yang tau nomor petugas PLN yang kemarin pasang meteran?
[{dt2}] [[n:{n2}]]: itu om [[n:{n3}]], petugas lapangan, [[p:{hp3}]]
[{dt3}] [[n:{n1}]]: makasih e, meteran sa pung rumah [[a:{ad1}]] bunyi terus
""",
    ),
    T(
        "wa_chat",
        "disaster_donation",
        """
Grup Jemaat Rayon 3
[{dt1}] [[n:{n1}]]: Syalom, diinfokan keluarga [[n:{f2}]] berduka, bapa [[n:{n2}]] meninggal tadi subuh
[{dt2}] [[n:{n3}]]: Turut berduka 🙏
[{dt3}] [[n:{n1}]]: Ibadah penghiburan di rumah duka [[a:{adr2}]] jam 19.00
[{dt4}] [[n:{n4}]]: Siap hadir
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "health",
        """
[{dt1}] Puskesmas {kel}: Jadwal posyandu lansia bulan ini {tg}. Info: {owa}
[{dt2}] [[n:{n1}]]: Ibu bidan, bapa sa [[n:{n2}]] sonde bisa datang, bisa kunjungan rumah? Alamat [[a:{adr2}]]
[{dt3}] Puskesmas {kel}: Bisa Ibu, nanti kader [[n:{n3}]] yang datang
""",
        M=(2,),
        F=(1, 3),
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{dt1}] [[n:{n1}]]: Sayang, sa di Dukcapil. Kirim foto KTP lu sekarang
[{dt2}] [[n:{n2}]]: NIK [[nik:{nik2}]], nama sesuai KTP [[n:{N2}]]
[{dt3}] [[n:{n1}]]: Ok. KK kita nomor berapa? Sa lupa
[{dt4}] [[n:{n2}]]: [[kk:{kk1}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "wa_chat",
        "social_aid",
        """
Dari: [[n:{n1}]] ([[p:{hp1}]])
Diteruskan dari grup RT:
INFO PENYALURAN BPNT
Penyaluran dilaksanakan {hari}, {tg} di kantor pos. Bawa KTP dan KKS. Info lanjut Dinas Sosial {otel}.
""",
    ),
    T(
        "wa_chat",
        "tax_business",
        """
[{dt1}] [[n:{n1}]]: Kak, sa mau buka usaha katering di rumah. NIB sa su jadi, NPWP pribadi sa [[npwp:{npwpd1}]]
[{dt2}] [[n:{n2}]]: Bagus! Rekening usaha pakai rekening pribadi dulu?
[{dt3}] [[n:{n1}]]: Iya, {bank1} [[b:{rek1}]] a.n. sa sendiri
""",
    ),
    # without personal data
    T(
        "wa_chat",
        "security_scams",
        """
[{dt1}] {scamk}: Yth Bapak/Ibu, kami dari PLN UP3 Kupang. Tagihan anda menunggak, segera bayar ke VA {va}
[{dt2}] Admin Grup: Ini penipuan ya bapa mama, PLN tidak pernah kirim WA begini. Pengaduan PLN 123
""",
    ),
    T(
        "wa_chat",
        "civil_registry",
        """
[{dt1}] Dukcapil Kota Kupang: Layanan jemput bola perekaman KTP-el di kelurahan {kel} pada {tg} jam 09.00. Info {owa}
[{dt2}] Admin Kelurahan: Diteruskan ke warga. Nomor antrian dibagikan mulai jam {jam}
[{dt3}] grup warga: 👍
""",
    ),
    T(
        "wa_chat",
        "education",
        """
*INFO PPDB {thn}*
Pendaftaran SD negeri kelas 1 dibuka {tgl}. Syarat: akta, KK, KIA. Tanya panitia WA {owa} / {owa2}. Tidak dipungut biaya. Nomor registrasi contoh {trx}.
""",
    ),
    T(
        "wa_chat",
        "health",
        """
[{dt1}] Info Dinkes: Fogging di wilayah {kel} {hari} jam 16.00. Warga diminta tutup makanan.
[{dt2}] Ketua RT 05: Diteruskan. Warga RT 05 sampai RT 08 mohon buka pintu rumah.
[{dt3}] Ketua RT 05: Pengaduan DBD {otel}
""",
    ),
    T(
        "wa_chat",
        "disaster_donation",
        """
*Diteruskan*
Penggalangan dana korban banjir {kel}. Salurkan melalui rekening posko: Bank NTT {rekntt} a.n. POSKO PEDULI BANJIR KOTA KUPANG, atau QRIS di akun resmi. Laporan penerimaan tiap {hari}. Info {owa} (sekretariat posko).
""",
    ),
    T(
        "wa_chat",
        "social_aid",
        """
[{dt1}] Pendamping PKH: Bapa mama KPM, pencairan tahap 4 lewat rekening Bank Himbara mulai {tgl}. Cek saldo di ATM terdekat.
[{dt2}] Pendamping PKH: Yang kartu KKS hilang lapor ke {owa} (sekretariat PKH Kota) bawa surat kehilangan {surat}.
""",
    ),
    T(
        "wa_chat",
        "utilities",
        """
[{dt1}] PDAM Info: Pelanggan yth, pembayaran rekening air bisa lewat Indomaret, kantor pos atau Bank NTT. ID pelanggan contoh {samb}. Keluhan ke {otel}.
[{dt2}] PDAM Info: Loket buka Senin–Jumat 08.00–15.00.
""",
    ),
]

# ---- kupang_malay: Kupang Malay in posts, voice notes and messages
TEMPLATES += [
    T(
        "kupang_malay",
        "social_aid",
        """
Bapa mama dong, beta mau tanya. Beta pung mama, [[n:{n2}]], su umur {umur2} ma sonde pernah dapa bantuan lansia. Dong bilang nama sonde ada di data. Mama pung NIK [[nik:{nik2}]]. Beta [[n:{g1}]], tinggal di [[a:{adr1}]]. Sapa yang bisa bantu ko?
""",
        E=(2,),
        F=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Ais e, air PDAM su dua minggu sonde jalan di katong pung [[a:{rt1}]]. Beta su telpon kantor ma sonde angkat. Beta pung tetangga, Om [[n:{g2}]], su beli air tangki tiga kali. Kalo mau tanya beta pung nomor [[p:{hp1}]]. [[n:{n1}]]
""",
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Basodara dong hati-hati e. Ada orang telpon beta pung mama bilang beta kecelakaan, minta kirim doi ke rekening {bank3} [[b:{rek3}]]. Untung mama telpon beta dolo. Beta [[n:{n1}]], mama [[n:{g2}]] sekarang su aman.
""",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "health",
        """
Beta mau mangadu. Beta pung bapa, [[n:{n2}]], masuk {rs} hari {hari}. Kartu BPJS [[bpjs:{bpjs2}]] ma dong suru bayar obat sendiri Rp {rpb}. Beta [[n:{n1}]], nomor WA [[p:{hpk1}]]. Tolong dibantu e.
""",
        M=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Beta su pi Dukcapil tiga kali, KTP beta pung nama salah tulis. Yang betul [[n:{n1}]], ma di KTP tatulis [[n:{g1}]] deng fam lain. NIK [[nik:{nik1}]]. Kalo ada yang tau caranya, WA beta [[p:{hp1}]] e.
""",
    ),
    T(
        "kupang_malay",
        "education",
        """
Ibu guru dong di {school} bilang beta pung ana, [[n:{g2}]], sonde dapa PIP tagal mama bapa pung data sonde cocok. Beta pung KK [[kk:{kk1}]]. Beta [[n:{n1}]], rumah di [[a:{ad1}]]. Tolong dicek.
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "disaster_donation",
        """
Angin kencang tadi malam bekin rubu seng di beta pung rumah [[a:{adr1}]]. Ana-ana tidor di rumah Tanta [[n:{g2}]] dolo. BPBD sonde datang lai. Beta [[n:{n1}]], WA [[p:{hp1}]].
""",
        F=(2,),
    ),
    T(
        "kupang_malay",
        "tax_business",
        """
Beta jual ikan di Pasar Oeba, ma orang dari Bapenda datang minta NPWP. Beta kasi NPWP beta [[npwp:{npwpd1}]], dong bilang harus bayar pajak lai. Beta pung usaha kecil sa. [[n:{n1}]]
""",
    ),
    T(
        "kupang_malay",
        "tax_business",
        """
Kaka, beta mau daftar e-billing ma email beta [[e:{emp1}]] sonde terima kode. Beta su coba tiga kali. NPWP beta sama deng NIK, [[npwp:{npwpn1}]]. Beta [[n:{g1}]], nomor [[p:{hp1}]].
""",
    ),
    T(
        "kupang_malay",
        "education",
        """
Kaka admin, beta pung ana [[n:{g2}]] su lulus SMA, mau daftar KIP Kuliah. Dong minta email, beta kasi beta pung email sa, [[e:{emx1}]]. Boleh ko? Beta [[n:{n1}]] dari {kel}.
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "kupang_malay",
        "security_scams",
        """
Beta mau lapor, ada orang nama [[n:{n2}]] pinjam beta pung motor plat [[pl:{pl1}]] dari bulan lalu, sampe sekarang sonde kasi kembali. Dia pung nomor [[p:{hp2}]] su sonde aktif. Beta [[n:{n1}]], [[a:{rt1}]] {kel}.
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Beta pung tetangga, Oma [[n:{n2}]], tinggal sandiri di [[a:{ad2}]]. Rumah su mo rubu, atap bocor. Dong pung ana di Jawa, nomor [[p:{hpi3}]] ([[n:{g3}]]). Sapa yang bisa bantu bedah rumah? Beta [[n:{lg1}]].
""",
        F=(2,),
        fam={3: 2},
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Lampu jalan di depan beta pung rumah, [[a:{ad1}]], mati su tiga bulan. Malam gelap, ana sekolah pulang les takut. Beta su lapor di LAPOR! nomor {tiket}. [[n:{n1}]]
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Bidan [[n:{g2}]] di {pusk} bae sakali, tengah malam datang tolong beta pung maitua [[n:{g3}]] melahirkan. Beta [[n:{n1}]] mau bilang terima kasih banyak. Tuhan berkati!
""",
        F=(2, 3),
        M=(1,),
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Kaka, beta mau pindah KK dari beta pung mama pung KK. KK mama [[kk:{kk2}]], beta pung NIK [[nik:{nik1}]]. Beta su kawin deng [[n:{n3}]]. Syarat apa sa? Beta [[n:{g1}]], email [[e:{emp1}]].
""",
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "disaster_donation",
        """
Sapa yang mau bantu Om [[n:{n1}]], nelayan di Oesapa, parahu rusak kena gelombang. Bisa kirim lewat {wal2} [[p:{hpb2}]] atas nama dia pung ana, [[n:{n2}]]. Terima kasih basodara dong 🙏
""",
        fam={2: 1},
    ),
    # without personal data
    T(
        "kupang_malay",
        "security_scams",
        """
Basodara dong, jang percaya e. Nomor {scam} ni ngaku dari Dinas Sosial, minta foto KTP deng KK. Tadi dia WA beta. Beta su blokir. Yang asli tu pengaduan 1708 sa.
""",
    ),
    T(
        "kupang_malay",
        "utilities",
        """
Jalan di {jl} tu su rusak talalu lama. Lobang besar, motor jatuh tiap minggu. Beta su lapor nomor {tiket} tanggal {tgl}. Pemerintah tolong lia e.
""",
    ),
    T(
        "kupang_malay",
        "social_aid",
        """
Warga RT 04 deng RT 05 {kel} su tunggu BLT dari bulan {bln}. Telpon kelurahan {otel} sonde ada yang angkat. Pengumuman bilang cair tanggal {tgl}.
""",
    ),
    T(
        "kupang_malay",
        "health",
        """
Di {pusk} tu antri dari jam 6 pagi, beta dapa nomor {antri}. Dokter datang jam {jam}. Lama talalu. Call center {otel} juga sonde angkat.
""",
    ),
    T(
        "kupang_malay",
        "education",
        """
Sekolah {school} minta uang bangunan Rp {rp}, katanya su rapat komite. Rekening komite di Bank NTT {rekntt}. Ini boleh ko sonde? Katong orang susah.
""",
    ),
    T(
        "kupang_malay",
        "tax_business",
        """
Beta su bayar PBB lewat kode billing {va}, ma di Bapenda masih tatulis nunggak. NOP {nop}. Bukti bayar ada. Beta harus pi mana lai?
""",
    ),
    T(
        "kupang_malay",
        "civil_registry",
        """
Dukcapil tu bilang blanko habis, suru datang lai tanggal {tgl}. Beta su pi tiga kali. Nomor antrian terakhir {antri}. Ko bisa ko bagini?
""",
    ),
]

# ---- donation_appeal: appeals with a family's or a committee's account
TEMPLATES += [
    T(
        "donation_appeal",
        "health",
        """
🙏 MOHON BANTUAN 🙏
Adik kami [[n:{n1}]] ({umur1} thn) menderita leukemia dan harus dirujuk ke Surabaya. Keluarga membutuhkan biaya transport dan tinggal. Bantuan dapat dikirim ke:
{bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (ibu kandung)
{wal2} [[p:{hpb2}]]
Konfirmasi: [[n:{g3}]] [[p:{hp3}]]
Tuhan memberkati 🙏
""",
        K=(1,),
        F=(2,),
        fam={1: 2},
    ),
    T(
        "donation_appeal",
        "disaster_donation",
        """
PEDULI KORBAN KEBAKARAN {KEL}
Rumah keluarga [[n:{n1}]] di [[a:{adr1}]] habis terbakar {tg}. Bantuan uang bisa ke rekening {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. Bantuan barang diantar ke rumah saudara, [[n:{n2}]], [[a:{ad2}]]. CP: [[p:{hp2}]]
""",
    ),
    T(
        "donation_appeal",
        "health",
        """
Mohon doa dan uluran tangan untuk Opa [[n:{n1}]] yang harus cuci darah 2x seminggu di {rs}. BPJS hanya tanggung sebagian. Rekening cucu: {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]. Info: [[p:{hp2}]]
""",
        M=(1,),
    ),
    T(
        "donation_appeal",
        "disaster_donation",
        """
*PENGGALANGAN DANA*
Untuk almarhum [[n:{n1}]], nelayan {kel} yang hilang di laut {tg}. Istri [[n:{n2}]] dan {kecil} anak butuh bantuan. Rekening panitia {bank3} [[b:{rek3}]] a.n. [[n:{n3}]] (bendahara panitia). Laporan akan diumumkan di grup.
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "donation_appeal",
        "education",
        """
Bantu [[n:{n1}]] kuliah 🎓
Lulus SNBP di Undana tapi orang tua buruh harian. Butuh biaya kos dan laptop. Donasi ke {wal1} [[p:{hpb1}]] a.n. [[n:{n1}]] atau {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (bapa). Terima kasih kakak-kakak semua.
""",
        fam={1: 2},
        M=(2,),
    ),
    T(
        "donation_appeal",
        "health",
        """
DICARI DONOR DARAH A+ 🩸
Untuk pasien [[n:{n1}]], ruang ICU {rs}. Hubungi keluarga: [[n:{g2}]] [[p:{hp2}]] / [[p:{hq2}]]. Bagi yang tidak bisa donor bisa bantu biaya ke {bank2} [[b:{rek2}]] a.n. [[n:{n2}]].
""",
    ),
    T(
        "donation_appeal",
        "disaster_donation",
        """
Longsor di {kel} menimbun rumah keluarga [[n:{f1}]] ([[a:{rt1}]]). Bapa [[n:{g1}]] luka berat di {rs}. Yang mau bantu silakan transfer {bank1} [[b:{rek1}]] a.n. [[n:{n3}]] (anak sulung) 🙏 Konfirmasi WA [[p:{hp3}]]
""",
        M=(1,),
        fam={3: 1},
    ),
    T(
        "donation_appeal",
        "social_aid",
        """
Bantu Mama [[n:{n1}]], janda {kecil} anak di [[a:{ad1}]]. Rumahnya bocor dan dinding papan sudah lapuk. Kami anak muda gereja kumpul dana bedah rumah. Transfer ke {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (koordinator). Info [[p:{hp2}]]
""",
        F=(1,),
    ),
    T(
        "donation_appeal",
        "health",
        """
Anak kami [[n:{g2}]] (2 thn) lahir dengan kelainan jantung, harus operasi di Jakarta. Nomor BPJS [[bpjs:{bpjs2}]] sudah aktif, tapi biaya hidup selama di sana kami tidak sanggup. Rek {bank1} [[b:{rek1}]] a.n. [[n:{n1}]] (ayah). Salam, [[n:{n1}]] & [[n:{n3}]]
""",
        K=(2,),
        M=(1,),
        F=(3,),
        fam={2: 1},
    ),
    T(
        "donation_appeal",
        "disaster_donation",
        """
GALANG DANA KORBAN BANJIR
Koordinator lapangan: [[n:{n1}]] [[p:{hp1}]]
Bendahara: [[n:{n2}]] [[p:{hp2}]]
Rekening: {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]
Bantuan barang: posko di rumah Pak [[n:{n3}]], [[a:{adr3}]]
""",
    ),
    T(
        "donation_appeal",
        "health",
        """
Sahabat, teman kami [[n:{n1}]] kecelakaan motor di {jl} dan patah kaki. Dia tulang punggung keluarga. Yuk bantu! {wal1} [[p:{hpb1}]] atau rek {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]. Update kondisi di IG @peduli.sahabat.kpg
""",
    ),
    T(
        "donation_appeal",
        "education",
        """
Permohonan bantuan seragam dan buku untuk {num} anak yatim di {kel}. Dikoordinir oleh Ibu [[n:{n1}]], guru PAUD. Rek pribadi beliau {bank1} [[b:{rek1}]] (bukan rekening sekolah). Email laporan: [[e:{emp1}]]
""",
        F=(1,),
    ),
    T(
        "donation_appeal",
        "disaster_donation",
        """
Untuk keluarga korban tenggelam di Pantai Lasiana, [[n:{n1}]] ({umur1} th). Duka mendalam 🕊️ Sumbangan duka bisa ke rek {bank2} [[b:{rek2}]] a.n. [[n:{n2}]] (kakak korban). Rumah duka [[a:{ad2}]].
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "donation_appeal",
        "social_aid",
        """
Bapa [[n:{n1}]], tuna netra, penjual kerupuk keliling di Kuanino. Gerobaknya dicuri. Mari bantu beli gerobak baru 🙏 {wal1} [[p:{hpb1}]] (HP anaknya, [[n:{g2}]]) atau Bank NTT [[b:{rek2}]] a.n. [[n:{n2}]].
""",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "donation_appeal",
        "health",
        """
Tolong share 🙏 Mama [[n:{n1}]] butuh kursi roda setelah stroke. NIK [[nik:{nik1}]] sudah didaftarkan ke Dinas Sosial tapi belum ada kabar. Sementara keluarga galang dana: {bank2} [[b:{rek2}]] a.n. [[n:{n2}]], email konfirmasi [[e:{emp2}]]
""",
        F=(1,),
    ),
    T(
        "donation_appeal",
        "disaster_donation",
        """
Penggalangan dana untuk pembangunan kembali rumah Oma [[n:{n1}]] yang roboh di [[a:{adr1}]]. Dikelola keluarga: [[n:{n2}]], {bank2} [[b:{rek2}]]. Laporan transparan via email [[e:{emx2}]] atau WA [[p:{hp2}]].
""",
        F=(1,),
    ),
    T(
        "donation_appeal",
        "security_scams",
        """
⚠️ HATI-HATI penggalangan dana palsu atas nama korban banjir {kel}. Rekening {bank1} [[b:{rek1}]] yang beredar di FB BUKAN rekening posko. Rekening resmi posko hanya Bank NTT {rekntt2} a.n. POSKO BENCANA KOTA KUPANG. Info BPBD {otel}.
""",
    ),
    # without personal data
    T(
        "donation_appeal",
        "disaster_donation",
        """
AKSI PEDULI BANJIR {KEL}
Salurkan bantuan melalui rekening resmi Majelis Jemaat GMIT {kel}: Bank NTT {rekntt} atau BRI {rekbri2} (rekening gereja). Posko di halaman gereja, buka jam 08.00–20.00. Info sekretariat {owa}.
""",
    ),
    T(
        "donation_appeal",
        "education",
        """
Donasi buku untuk perpustakaan {school}. Rekening komite sekolah Bank NTT {rekntt} a.n. KOMITE SEKOLAH. NPWP komite {npwpx}. Konfirmasi ke WA panitia {owa}. Terima kasih 📚
""",
    ),
    T(
        "donation_appeal",
        "health",
        """
Yayasan Peduli Kanker Anak NTT membuka donasi rutin. Rekening yayasan BCA {rekbca}, QRIS tersedia. NPWP yayasan {npwpx}. Laporan keuangan di website, pertanyaan ke info@pedulikankeranakntt.org
""",
    ),
    T(
        "donation_appeal",
        "disaster_donation",
        """
BAZNAS Kota Kupang membuka posko bantuan korban angin puting beliung. Rekening BAZNAS: BSI {rekbsi}, Bank NTT {rekntt2}. Konfirmasi donasi: WA {owa} atau email baznas.kotakupang@gmail.com
""",
    ),
    T(
        "donation_appeal",
        "social_aid",
        """
Panitia Natal Oikumene Kota Kupang {thn} membuka donasi paket sembako untuk {big} keluarga lansia. Rekening panitia Bank NTT {rekntt} a.n. PANITIA NATAL OIKUMENE. Info {owa} (sekretariat).
""",
    ),
    T(
        "donation_appeal",
        "education",
        """
OSIS SMPN {kecil} Kupang galang dana untuk teman yang sakit. Kotak amal keliling kelas {tgl}–{tgl2}. Transfer ke rekening OSIS Bank NTT {rekntt}. Konfirmasi osis.sekolah.kupang@gmail.com
""",
    ),
]

if __name__ == "__main__":
    main()
