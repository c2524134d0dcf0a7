# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev45.jsonl: threads, posts and calls, who is speaking and whose number it is.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{owa}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev45.py`` (stdlib only,
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

SEED = 20261245
OUT = Path(__file__).with_name("redaction_dev45.jsonl")

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
    "fb_office_thread",
    "ig_comments",
    "wa_neighbourhood",
    "wa_market",
    "email_thread",
    "call_log",
    "call_transcript",
    "sms_1708",
    "kupang_malay_story",
    "guard_logbook",
)
THEMES = (
    "scams",
    "lost_found",
    "utilities",
    "health",
    "social_aid",
    "civil_registry",
    "market_trade",
    "security_transport",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "spans": 1100,
    "per_style": 55,
    "empty_share": 0.30,
    "name": 450,
    "phone": 200,
    "nik": 20,
    "bank_account": 15,
    "email": 15,
    "npwp": 5,
    "kk": 5,
    "address": 40,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "serka", "yth", "saudara", "saudari", "ketua", "kepala", "petugas", "pendamping",
    "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter", "ns", "mr", "mrs", "ttd",
    "salam", "dari", "hormat", "atas", "cucu", "anak", "tetangga", "ananda", "satpam", "penelepon",
    "pelapor", "sopir", "kondektur", "pedagang", "pemilik", "nyong", "bung", "abang", "kk",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev45)
GIVEN_M = (
    "Yermias", "Obed", "Semuel", "Hendrikus", "Marthen", "Ferdinandus", "Jitro", "Roni", "Alfred",
    "Melkianus", "Yunus", "Adrianus", "Kornelis", "Stefanus", "Gabriel", "Arnoldus", "Jekson",
    "Wilem", "Osias", "Eliezer", "Nikolaus", "Aprianus", "Demas", "Hironimus", "Yakobus", "Elias",
    "Timotius", "Filipus", "Krisanto", "Yulius", "Ishak", "Feliks", "Dominikus", "Efraim",
    "Mikael", "Ardi", "Nurdin", "Irwan", "Lodowik", "Zakarias", "Habel", "Ruben", "Teofilus",
    "Gerson", "Daud", "Matias", "Kristofel", "Sefnat", "Bernadus", "Silvester",
)  # fmt: skip
GIVEN_F = (
    "Marlince", "Yuliana", "Ester", "Debora", "Selfiana", "Agnes", "Yohana", "Rut", "Dorkas",
    "Priskila", "Elfrida", "Imelda", "Sarlota", "Magdalena", "Fransiska", "Veronika", "Lusia",
    "Apriani", "Novita", "Kristin", "Yosefina", "Margaretha", "Delfiana", "Ance", "Naomi",
    "Sisilia", "Wilhelmina", "Nurhayati", "Fitriani", "Meylin", "Eunike", "Tabita", "Rosalinda",
    "Orpa", "Yunita", "Ferderika", "Yasinta", "Hermina", "Adolfina", "Juliana", "Serlin",
    "Mariance", "Elisabet", "Petronela", "Sofiana", "Getrudis", "Rahel", "Lidia", "Yenny", "Ina",
)  # fmt: skip
FAMILY = (
    "Laitabun", "Nalle", "Kolo", "Bani", "Taneo", "Sabneno", "Mbatu", "Lodo", "Adoe", "Dethan",
    "Boimau", "Pellokila", "Kapitan", "Manubulu", "Nubatonis", "Selan", "Liunokas", "Ballo",
    "Tlonaen", "Nomleni", "Bire", "Hailitik", "Seran", "Nahak", "Luan", "Djara", "Kiak",
    "Tede Rohi", "Nguru Bheda", "Wadu Haba", "Messakh", "Fallo", "Ndoen", "Sinlae", "Tokan",
    "Koroh", "Tameon", "Bilaut", "Sonbai", "Funay", "Nitbani", "Bolla", "Kause", "Lomboan",
    "Oematan", "Saudale", "Niha", "Banunaek", "Pandie", "Tualaka", "Lelan", "Neolaka", "Hayon",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("F", "Rambu Ana", "Kahi Ndima"), ("M", "Umbu Tamu", "Rara Meha"), ("M", "I Wayan", "Sudarta"),
    ("F", "Ni Ketut", "Ariani"), ("M", "La Ode Hamiru", "Sabara"), ("F", "Wa Ode Nurmi", "Kamaru"),
    ("M", "Baharuddin", "Daeng Lalo"), ("F", "Siu Lan", "Gouw"), ("M", "Ahmad", "Alkatiri"),
    ("F", "Siti", "Bahasoan"), ("M", "Made", "Suarjana"), ("F", "Mei Hwa", "Tanuwijaya"),
)  # fmt: skip
NICK = (
    "Ose", "Ecan", "Ivon", "Dodi", "Yeyen", "Engki", "Lani", "Onci", "Ame", "Tince", "Emi",
    "Ocin", "Nopi", "Eto", "Uci", "Mexi", "Rikson", "Toni", "Deci", "Bento",
)  # fmt: skip
DECOR = ("", "", "", " 🙏", " ❤️", " 🌼", " 😇", " 💪", " 🇮🇩", " 🔥")
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
    "outlook.com", "hotmail.com", "rocketmail.com",
)  # fmt: skip

# ---------------------------------------------------------------- places and bodies (Kota Kupang)
KELURAHAN = (
    "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Naikoten I", "Fontein",
    "Fatululi", "Oesapa", "Lasiana", "Penfui", "Naikolan", "Sikumana", "Bello", "Kolhua",
    "Fatukoa", "Manulai II", "Namosain", "Nunbaun Sabu", "Bakunase", "Airnona", "Kuanino",
    "Oepura", "Maulafa", "Batuplat", "Manutapen", "Fatubesi", "Solor", "Nefonaek",
    "Pasir Panjang", "Oetete", "Airmata",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Kenanga", "Jl. Lontar", "Jl. Flamboyan", "Jl. Merak", "Jl. Nuri", "Jl. Bougenvil",
    "Jl. Tulip", "Gg. Cempaka", "Gg. Mawar Putih", "Jl. Srikaya", "Jl. Delima", "Lr. Bahagia",
    "Jl. Kusambi", "Jl. Asam", "Jl. Turi", "Jl. Manggis", "Jl. Kakatua", "Jl. Kutilang",
    "Jl. Cendana Gg. 2", "Jl. Jambu Air", "Jl. Belimbing", "Gg. Sepakat", "Jl. Seroja",
)  # fmt: skip
COMPLEX = ("Perumnas", "BTN Kolhua", "Perum Graha Oesapa", "Kompleks Griya Penfui")
PUBLIC_STREETS = (
    "Jl. Timor Raya", "Jl. El Tari", "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. W.J. Lalamentik",
    "Jl. Soeharto", "Jl. Adisucipto", "Jl. Sam Ratulangi", "Jl. Ahmad Yani", "Jl. Herewila",
    "Jl. R.A. Kartini", "Jl. Perintis Kemerdekaan", "Jl. Cak Doko", "Jl. Moh. Hatta",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oepoi", "Puskesmas Penfui", "Puskesmas Sikumana", "Puskesmas Kupang Kota",
    "Puskesmas Alak", "Puskesmas Pasir Panjang", "Puskesmas Oesapa", "Puskesmas Bakunase",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSU Mamami", "RS Siloam Kupang", "RSUD Prof. Dr. W.Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly", "RSIA Dedari",
)  # fmt: skip
SCHOOLS = (
    "SDN Oetete 3", "SMPN 8 Kupang", "SMAN 5 Kupang", "SMK Negeri 4 Kupang", "SD Inpres Liliba",
    "MIN Kota Kupang", "SMPK St. Yoseph", "SD GMIT Fontein",
)  # fmt: skip
CHURCHES = (
    "GMIT Ebenhaezer Oeba", "Gereja Katedral Kristus Raja", "GMIT Betel Oesapa",
    "Paroki St. Yoseph Naikoten", "GMIT Efata Liliba", "Masjid Al-Ikhlas Oesapa",
)  # fmt: skip
MARKETS = (
    "Pasar Oeba", "Pasar Kasih Naikoten", "Pasar Oesapa", "Pasar Penfui", "Pasar Kuanino",
    "Pasar Oebobo", "Pasar Ikan Oeba",
)  # fmt: skip
SHOPS = (
    "Toko Bangunan Karya Baru", "Counter Nusa Cell", "Depot Air Oasis Liliba",
    "Toko Sembako Dua Saudara", "Apotek Sumber Sehat", "Bengkel Motor Maju Bersama",
    "UD Berkat Timor", "Laundry Cepat Bersih", "Fotokopi Pelita Oebobo", "Toko Emas Sinar Kupang",
)  # fmt: skip
BUSES = (
    "Bus Nusa Sehati",
    "PO Lontar Jaya",
    "Travel Timor Laju",
    "Bus Cahaya Sabu",
    "Damri Kupang",
)
HOTELS = (
    "Hotel Sasando Permai",
    "Hotel Pantai Timor Indah",
    "Penginapan Melati Oeba",
    "Hotel Teluk Kupang",
)
CLINICS = ("Klinik Pratama Kasih Bunda", "Klinik Sehat Oebufu", "Klinik Pratama Lontar Medika")
GROUPS = (
    "Info Kupang Terkini",
    "Kupang Bersuara",
    "Warga Kota Kupang Peduli",
    "Suara Oebufu",
    "Jual Beli Kupang",
)
HANDLES = (
    "kupang_info24",
    "oebufu_bersatu",
    "nona_kupang88",
    "anak_pasar_oeba",
    "timor_story",
    "kota_kasih_viral",
    "beta_orang_kupang",
)
OFFICES = (
    "Dinas Sosial Kota Kupang", "Disdukcapil Kota Kupang", "PDAM Tirta Lontar", "PLN UP3 Kupang",
    "Dinas Perhubungan Kota Kupang", "BPBD Kota Kupang", "Dinas Kesehatan Kota Kupang",
    "Kelurahan Oebufu", "Kelurahan Oesapa", "Dinas Koperasi dan Perdagangan Kota Kupang",
    "Unit Pengaduan Kasih Kota Kupang", "Polsek Kelapa Lima", "UPTD Pasar Oeba",
)  # fmt: skip
CLAIMS = (
    "dari bank", "dari BRI", "petugas PLN", "kurir J&T", "admin Dukcapil", "pendamping PKH",
    "dari Dinas Sosial", "polisi dari Polda", "CS Bank NTT", "panitia undian Shopee",
)  # fmt: skip
ITEMS = (
    "dompet coklat", "HP Samsung warna hitam", "tas ransel biru", "kunci motor deng gantungan salib",
    "map plastik isi ijazah", "jaket jeans", "payung merah", "topi sekolah", "noken anyaman",
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
    ("0838", 1), ("0895", 1), ("0896", 1), ("0897", 1), ("0882", 1), ("0881", 1), ("0899", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {"0855", "0832", "0833", "0898", "0883"}
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
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "wlt": lambda fl, i: fl.rng.choice(WALLETS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 45),
    "rwx": lambda fl, i: "RW %02d" % fl.rng.randint(1, 15),
}


def _order(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d%02d-%04d-%04d" % (fl.year % 100, fl.month, r.randint(1, 9999), r.randint(1, 9999)),
            "ORD%s" % fl.digits(10),
            "INV/%d/%02d/%05d" % (fl.year, fl.month, r.randint(1, 99999)),
            "#%s" % fl.digits(9),
        )
    )


def _lp(fl: Fill, i: int) -> str:
    return "LP/B/%d/%s/%d/SPKT/POLRESTA KUPANG KOTA" % (
        fl.rng.randint(100, 1999),
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[fl.month - 1],
        fl.year,
    )


def _dty(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%d-%02d-%02d %02d.%02d" % (fl.year, fl.month, fl.day, h, m)


OTHER_VALUES.update(
    {
        "market": lambda fl, i: fl.rng.choice(MARKETS),
        "bus": lambda fl, i: fl.rng.choice(BUSES),
        "hotel": lambda fl, i: fl.rng.choice(HOTELS),
        "clinic": lambda fl, i: fl.rng.choice(CLINICS),
        "office": lambda fl, i: fl.rng.choice(OFFICES),
        "handle": lambda fl, i: fl.rng.choice(HANDLES),
        "claim": lambda fl, i: fl.rng.choice(CLAIMS),
        "item": lambda fl, i: fl.rng.choice(ITEMS),
        "order": _order,
        "lp": _lp,
        "dty": _dty,
        "los": lambda fl, i: "%s-%02d" % (fl.rng.choice("ABCDEF"), fl.rng.randint(1, 60)),
        "kios": lambda fl, i: "%d" % fl.rng.randint(1, 240),
        "booking": lambda fl, i: fl.rng.choice(("KB", "TKT", "BK")) + fl.digits(8),
        "idpl": lambda fl, i: fl.rng.choice(("62", "08", "53")) + fl.digits(10),
        "noreg": lambda fl, i: "%s%s" % (fl.rng.choice(("REG-", "RM ", "No.RM ")), fl.digits(6)),
    }
)


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
            "id": "d45-%04d" % k,
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
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}
# family name, {nk1} nickname, {gi1} given name and initial, {dec1} an emoji or nothing);
# {hp1} mobile ({hpb1} one block, {hpd1} dashes, {hps1} spaces, {hpt1} dots, {hpi1}/{hpis1}
# +62 with separators, {hpj1} +62 in one block, {hpk1} 62 without +, {hpo1} letters for digits,
# {hpx1} a stray space, {hpn1} over a line); {hq1} a second mobile; {tr1} home landline;
# {nik1} {kk1} {npwp1} {bpjs1} {em1} {rek1} {bank1} {wal1} {ad1} {adr1} {adc1} {rt1} {pl1}.
# Not a person's: {owa} an office's WhatsApp, {bwa} a business's, {scam} a scam's, {otel} a
# fixed office line, {cc} a call centre; {npwpx} a body's NPWP, {rekb} a body's account;
# look-alikes {order} {lp} {booking} {tiket} {idpel} {samb} {token} {nip} {resi} {struk} {va}
# {noreg} {antri} {los} {kios} and figures {tgl} {jam} {dt} {dty} {rp} {rpk} {ago} {num}.

TEMPLATES: list[tuple] = []

# ---- fb_office_thread: an office's or a shop's Facebook post and its comment thread
TEMPLATES += [
    T(
        "fb_office_thread",
        "civil_registry",
        """
Disdukcapil Kota Kupang
{ago} · 🌏
Perekaman KTP-el keliling hari {hari} di Kantor Kelurahan {kel}, jam 08.00–13.00. Bawa fotokopi KK. Antrian online via WA {owa}.

[[n:{n1}]]{dec1}
Sa pung anak su 17 tahun tapi belum rekam. Bisa daftar lewat WA sa [[p:{hp1}]]?
Suka · Balas · {ago}

Disdukcapil Kota Kupang
Bisa kak, silakan kirim nama anak ke nomor antrian di atas ya 🙏

[[n:{n2}]]
Admin, sa su WA {owa} dari kemarin sonde dibalas 😢
""",
    ),
    T(
        "fb_office_thread",
        "utilities",
        """
PDAM Tirta Lontar
Jadwal distribusi air minggu ini: Zona 3 ({kel}) hari {hari} jam 05.00–11.00. Gangguan hubungi call center {cc} atau WA {owa}.

[[n:{n1}]]: Di [[a:{rt1}]] {kel} su 9 hari sonde jalan. No sambungan {samb}. Tolong cek e.
Depot Air Oasis Liliba: Kami siap antar air bersih kak, WA {bwa} 🚚
[[n:{n2}]]: Kalo butuh tangki, Om [[n:{g3}]] di belakang gereja ada tangki 5000 liter, nomornya [[p:{hp3}]]. Murah ju.
PDAM Tirta Lontar: Mohon maaf kak [[n:{g1}]], laporan sudah kami teruskan ke teknisi Zona 3.
""",
        M=(3,),
    ),
    T(
        "fb_office_thread",
        "utilities",
        """
PLN UP3 Kupang
PEMELIHARAAN JARINGAN 📢 {hari}, {tg}, jam 09.00–15.00 WITA: {kel}, sebagian {kel2}. Info & pengaduan: PLN Mobile atau call center 123.

kupang_info24
Token sa baru isi {token} malah padam 😤

Counter Nusa Cell
Token listrik 24 jam di kami kak, WA {bwa}

{handle}
ID pel {idpel} su lapor di aplikasi, tiket {tiket} belum ada tanggapan
""",
    ),
    T(
        "fb_office_thread",
        "social_aid",
        """
Dinas Sosial Kota Kupang
Penyaluran BPNT tahap {kecil} di Kantor Pos {kel} mulai {tg}. Bawa KTP dan KKS. Pertanyaan: WA {owa} (jam kerja).

[[n:{n1}]]
Admin, mama sa [[n:{n2}]] lansia sonde bisa jalan, boleh diwakilkan? Sa pung nomor [[p:{hp1}]]
Suka · Balas · {ago}

Dinas Sosial Kota Kupang
Boleh Bapak/Ibu, bawa surat kuasa bermeterai dan KTP penerima. Kalau ada kendala hubungi pendamping wilayah di {owa2}.

[[n:{n3}]]{dec3}
Nama sa ada di DTKS tapi kartu belum dapat. NIK [[nik:{nik3}]] 🙏
""",
        F=(2,),
    ),
    T(
        "fb_office_thread",
        "security_transport",
        """
Dinas Perhubungan Kota Kupang
Mulai {tg} rute angkot lampu 5 dialihkan lewat {jl}. Keluhan angkutan kota: WA {owa}.

[[n:{n1}]]
Sopir lampu 5 nopol [[pl:{pl2}]] ugal-ugalan tadi jam {jam}, hampir tabrak anak sekolah depan {school}
↳ [[n:{n3}]]: Itu oto punya Om [[n:{g4}]], kalo mau tegur langsung sa kasi nomor: [[p:{hp4}]]
↳ Dinas Perhubungan Kota Kupang: Terima kasih kak, mohon kirim foto/video ke WA kami di atas.
""",
        M=(4,),
    ),
    T(
        "fb_office_thread",
        "health",
        """
{pusk}
{ago}
Imunisasi kejar untuk balita hari {hari} di Posyandu Melati RW {num}. Pendaftaran lewat WhatsApp {owa}.

[[n:{n1}]]: Anak sa [[n:{g2}]] umur 2 thn belum lengkap, bisa ikut?
{pusk}: Bisa bu, bawa buku KIA.
[[n:{n3}]]: Bidan [[n:{g4}]] masih tugas di situ ko? Dolo dia yang urus sa pung anak. Nomor dia [[p:{hp4}]] su sonde aktif
""",
        F=(1, 4),
    ),
    T(
        "fb_office_thread",
        "market_trade",
        """
UPTD Pasar Oeba
PENGUMUMAN: Retribusi los pedagang ikan dibayar di loket UPTD, bukan lewat perorangan. Kalo ada yang tagih di luar loket, lapor ke WA {owa} atau kantor {otel}.

[[n:{n1}]]
Kemarin ada yang tagih di los {los} bilang dari UPTD, dia pake nomor {scam}, minta transfer Rp {rpk}
[[n:{n2}]]
Kepala pasar yang baru siapa? Dulu Pak [[n:{n3}]], HP [[p:{hp3}]]
UPTD Pasar Oeba
Betul, itu bukan petugas kami kak. Nomor resmi hanya di atas.
""",
        M=(3,),
    ),
    T(
        "fb_office_thread",
        "lost_found",
        """
Polsek Kelapa Lima
DITEMUKAN: {item} di halte depan {school}, {tg}. Yang merasa kehilangan silakan ambil di SPKT dengan membawa bukti. Info: WA SPKT {owa}.

[[n:{n1}]]
Pak, itu sa pung ade [[n:{g2}]] pung barang. Boleh sa datang sore? HP [[p:{hp1}]]
[[n:{n3}]]
Mantap pak polisi 👍
""",
    ),
    T(
        "fb_office_thread",
        "scams",
        """
Bank NTT
⚠️ WASPADA! Bank NTT tidak pernah meminta PIN, OTP atau transfer biaya lewat WhatsApp. Nomor resmi hanya {cc} dan kantor cabang.

[[n:{n1}]]
Kemarin sa dapat telpon dari {scam}, dia bilang dari Bank NTT, suru sebut kode OTP. Untung sonde kasi.
[[n:{n2}]]
Sama kak, ke sa pake nomor {scam2} 😡
[[n:{n3}]]
Sa pung mama [[n:{g4}]] su tatipu Rp {rp}, transfer ke rekening {bank5} [[b:{rek5}]] a.n. [[n:{n5}]]. Mohon dibantu blokir
Bank NTT
Silakan datang ke cabang terdekat ya kak [[n:{g3}]] 🙏
""",
        F=(4,),
    ),
    T(
        "fb_office_thread",
        "market_trade",
        """
Toko Bangunan Karya Baru
PROMO SEMEN 🔥 Rp {rpk}/sak minggu ini. Antar gratis area Oebufu–Liliba. Order WA {bwa} / telp {otel}.

[[n:{n1}]]: Sa order kemarin no. order {order} belum diantar 😔
Toko Bangunan Karya Baru: Maaf kak, hari ini sopir antar. Konfirmasi ke WA kami ya
[[n:{n2}]]: Kalo mau tukang, sa pung bapa [[n:{g3}]] tukang batu, WA [[p:{hp3}]]
""",
        M=(3,),
    ),
    T(
        "fb_office_thread",
        "social_aid",
        """
Kelurahan {kel}
Daftar calon penerima BLT Dana Kelurahan sudah ditempel di papan info kantor. Sanggahan paling lambat {tg} ke WA {owa} atau langsung ke kantor.

[[n:{n1}]]{dec1}
Sa janda 3 anak tinggal di [[a:{adr1}]], kenapa sonde masuk? Hubungi sa [[p:{hp1}]]
Kelurahan {kel}
Ibu [[n:{g1}]], silakan bawa KK dan KTP ke kantor hari kerja.
[[n:{n2}]]
Yang dapat malah orang mampu 😒
""",
        F=(1,),
    ),
    T(
        "fb_office_thread",
        "health",
        """
{rs}
Pendaftaran poli rawat jalan lewat WhatsApp {owa} mulai jam 06.00. Nomor antrian dikirim otomatis.

[[n:{n1}]]
Sa kirim dari jam 6 lewat balasan antri {antri}, sampe jam 10 belum dipanggil.
[[n:{n2}]]
Bapa sa [[n:{g3}]] pasien cuci darah, kartu BPJS [[bpjs:{bpjs3}]] ditolak karena tunggakan. Tolong info, kontak sa [[p:{hp2}]]
""",
        M=(3,),
    ),
    T(
        "fb_office_thread",
        "security_transport",
        """
{bus}
JADWAL KUPANG–SOE–KEFA berangkat 07.00 dan 13.00 dari terminal. Pesan tiket: WA {bwa}. Kode booking dikirim setelah transfer.

[[n:{n1}]]: Sa su transfer Rp {rpk}, kode booking {booking}, tapi nama di tiket salah
{bus}: Kami cek dulu kak 🙏
[[n:{n2}]]: Kondektur yang bawa sa pung paket kemarin, Om [[n:{g3}]], baik sekali. Ini nomor dia [[p:{hp3}]] kalo ada yang mau titip barang
""",
        M=(3,),
    ),
    T(
        "fb_office_thread",
        "civil_registry",
        """
Disdukcapil Kota Kupang
Cetak KIA untuk anak 0–17 th gratis. Syarat: KK asli, akta kelahiran. Cek status dokumen: WA {owa}.

[[n:{n1}]]
KK sa [[kk:{kk1}]] su dobel nama anak, mohon dibantu. Sa di [[a:{rt1}]] Kel. {kel}
Suka · Balas

Disdukcapil Kota Kupang
Silakan datang ke loket 3 kak, bawa KK lama.
""",
    ),
    T(
        "fb_office_thread",
        "lost_found",
        """
{hotel}
Kepada tamu kamar {num}{kecil} yang check-out {tg}: ada {item} tertinggal di kamar. Silakan hubungi resepsionis {otel} atau WA {bwa}.

[[n:{n1}]]: Itu sa pung om [[n:{g2}]] pung barang, dia tamu dari Rote. Sa tag: @[[n:{n2}]]
[[n:{n2}]]: Io betul, terima kasih banyak 🙏 Sa suru sa pung anak ambil. HP sa [[p:{hp2}]]
""",
        M=(2,),
    ),
    # without spans
    T(
        "fb_office_thread",
        "utilities",
        """
Dinas PUPR Kota Kupang
Perbaikan jalan {jl} (segmen depan {school}) {tg} s.d. {tg2}. Pengendara dimohon lewat jalur alternatif. Laporan jalan rusak: WA {owa} / SMS 1708.

kota_kasih_viral
Lubang di {jl} su 3 bulan 🙏

oebufu_bersatu
Tiket sa {tiket} belum ditanggapi
""",
    ),
    T(
        "fb_office_thread",
        "scams",
        """
Disdukcapil Kota Kupang
⚠️ HATI-HATI! Beredar pesan WA dari nomor {scam} mengatasnamakan Dukcapil yang meminta foto KTP dan KK untuk "aktivasi IKD". Layanan resmi hanya WA {owa}.

beta_orang_kupang
Sa ju dapat dari {scam2} kemarin jam {jam}

Suara Oebufu
Su lapor ke SPKT, no LP {lp}
""",
    ),
    T(
        "fb_office_thread",
        "health",
        """
Dinas Kesehatan Kota Kupang
Fogging tahap 2: {hari} {kel}, {hari2} {kel2}. Info DBD & permintaan fogging: WA {owa} / kantor {otel}.

timor_story
Kapan ke Oesapa? Su {num} anak kena DBD

Apotek Sumber Sehat
Repellent & kelambu ready kak, WA {bwa}
""",
    ),
    T(
        "fb_office_thread",
        "market_trade",
        """
Dinas Koperasi dan Perdagangan Kota Kupang
Pasar murah {tg} di halaman {church}: beras 5 kg Rp {rpk}, minyak goreng Rp {rpk2}. Info: WA {owa}.

Toko Sembako Dua Saudara
Kami juga ada paket sembako kak, WA {bwa}

{handle}
Bawa KTP ko? 1 KK dapat berapa?

Dinas Koperasi dan Perdagangan Kota Kupang
1 KTP 1 paket kak.
""",
    ),
    T(
        "fb_office_thread",
        "security_transport",
        """
Polsek Kelapa Lima
Telah diamankan 1 unit sepeda motor tanpa plat, nomor rangka MH1JM{kode}. Pemilik sah silakan datang membawa BPKB. Info: WA SPKT {owa}, telp {otel}.

anak_pasar_oeba
Mantap 👏

kupang_info24
Pak, motor sa hilang {tgl}, su lapor {lp}
""",
    ),
    T(
        "fb_office_thread",
        "social_aid",
        """
BAZNAS Kota Kupang
Penyaluran zakat produktif untuk pedagang kecil {tg}. Konfirmasi donasi: WA {owa}. Rekening BAZNAS Bank NTT {rekntt} (bukan rekening pribadi).

Masjid Al-Ikhlas Oesapa
Alhamdulillah, titip 20 paket untuk jamaah kami

nona_kupang88
Cara daftar bagaimana admin?
""",
    ),
    T(
        "fb_office_thread",
        "lost_found",
        """
Damri Kupang
Barang tertinggal di bus bandara tanggal {tgl}: {item}. Silakan hubungi pool Damri {otel} atau WA {bwa} dengan menyebut nomor tiket.

timor_story
Tiket sa {booking}, kemungkinan sa pung 😭

Damri Kupang
Silakan WA kami kak.
""",
    ),
]

# ---- ig_comments: Instagram captions and their comments (handles, tags, replies)
TEMPLATES += [
    T(
        "ig_comments",
        "lost_found",
        """
kupang_info24 · Ikuti
DICARI 🙏 {item} hilang di sekitar {market} {hari} pagi. Isinya KTP a.n. [[n:{N1}]] deng kartu ATM. Yang temukan mohon hubungi pemilik [[p:{hp1}]].
—
nona_kupang88 semoga cepat ketemu kaka 🙏
timor_story @kupang_info24 tadi sa liat satpam pasar pegang dompet, coba tanya di pos
[[n:{lg1}]] makasih sudah share min, ini betul sa pung nomor
""",
    ),
    T(
        "ig_comments",
        "market_trade",
        """
kuliner.kupang · Ikuti
Se'i babi paling enak di Oeba 🔥 Buka jam 10 pagi. Pesan antar WA {bwa} (admin)
—
beta_orang_kupang harga per kilo berapa kak?
kuliner.kupang @beta_orang_kupang Rp {rpk} kak
{handle} yang masak tu Mama [[n:{g1}]], dia terima pesanan sendiri ju buat pesta, WA mama langsung [[p:{hp1}]] lebih murah 🤫
""",
        F=(1,),
    ),
    T(
        "ig_comments",
        "scams",
        """
infokupangraya · Ikuti
Warga Oesapa melapor ada akun IG palsu atas nama lurah yang tawarkan bantuan modal usaha. Admin akun asli kelurahan sudah beri klarifikasi.
—
oebufu_bersatu sa ju dapat DM dari akun itu, dia kasi nomor {scam} suru WA
kota_kasih_viral penipuan lagi 🙄 nomor {scam2} ju sama modus
anak_pasar_oeba sa pung tanta [[n:{n1}]] su transfer Rp {rp} ke rek {bank2} [[b:{rek2}]] a.n. [[n:{n2}]], sekarang dong sonde angkat lai
""",
        F=(1,),
    ),
    T(
        "ig_comments",
        "security_transport",
        """
kupangbersuara · Ikuti
Kecelakaan di {jl} tadi jam {jam}. Korban sudah dibawa ke {rs}. Keluarga korban atas nama [[n:{n1}]] dimohon segera ke IGD.
—
{handle} ya Tuhan, itu sa pung tetangga, rumah di [[a:{ad1}]]. Sa su telpon dia pung kaka [[n:{g2}]] di [[p:{hp2}]]
timor_story motor yang tabrak plat [[pl:{pl3}]] lari ke arah Oebobo
nona_kupang88 GWS kaka 🙏
""",
    ),
    T(
        "ig_comments",
        "health",
        """
klinik.sehatoebufu · Ikuti
Sunatan massal gratis {tg} di Klinik Sehat Oebufu. Kuota 50 anak. Daftar: WA {bwa}. Syarat: fotokopi KK.
—
beta_orang_kupang min, sa daftar anak sa [[n:{g1}]] lewat WA tapi belum balas. Nomor sa [[p:{hp2}]] atas nama [[n:{n2}]]
klinik.sehatoebufu @beta_orang_kupang sudah kami catat kak 🙏
kota_kasih_viral mantap klinik
""",
        M=(1,),
    ),
    T(
        "ig_comments",
        "social_aid",
        """
pemkot.kupang · Ikuti
Bedah rumah 100 unit tahun ini. Pengajuan melalui kelurahan. Informasi: Dinas Perumahan, telp {otel}.
—
{handle} rumah oma [[n:{n1}]] di [[a:{adr1}]] hampir roboh, su diusul 3x 😢 kontak keluarga [[p:{hp2}]] ([[n:{g2}]])
oebufu_bersatu yang dapat keluarga pejabat saja
""",
        F=(1,),
    ),
    T(
        "ig_comments",
        "market_trade",
        """
pasarkasih.naikoten · Ikuti
Los baru sudah bisa ditempati mulai {tg}. Pedagang yang sudah daftar silakan ambil kunci di kantor UPTD dengan bawa KTP.
—
anak_pasar_oeba los {los} itu sapa pung? Masih kosong
{handle} punya Tanta [[n:{g1}]] jual sayur, nomor tanta [[p:{hp1}]]
pasarkasih.naikoten @anak_pasar_oeba info lengkap di kantor ya kak, atau WA UPTD {owa}
""",
        F=(1,),
    ),
    T(
        "ig_comments",
        "civil_registry",
        """
dukcapil.kotakupang · Ikuti
Layanan Sabtu–Minggu di Mal Pelayanan Publik jam 09.00–14.00. Bawa berkas lengkap. Antrean ambil di mesin, tidak bisa diwakilkan.
—
{handle} min akta anak sa [[n:{n2}]] salah tulis tanggal lahir, su antri 2x. Hub sa [[p:{hp1}]]
nona_kupang88 antrean jam 8 su {big} orang 😭
""",
    ),
    T(
        "ig_comments",
        "lost_found",
        """
anjing.kupang.rescue · Ikuti
DICARI anjing hilang warna coklat putih, nama Bobi, terakhir liat di {kel}. Yang liat hubungi pemilik.
—
timor_story kasian 😢
{handle} sa liat di dekat {school} kemarin sore
anjing.kupang.rescue pemilik: [[n:{n1}]] [[p:{hp1}]] 🙏
""",
    ),
    T(
        "ig_comments",
        "scams",
        """
polrestakupangkota · Ikuti
Waspada modus telepon mengaku anak kecelakaan dan minta transfer untuk biaya operasi. Segera konfirmasi ke keluarga. Laporkan ke SPKT atau call center 110.
—
kota_kasih_viral sa pung oma kena modus ini, penelepon pake nomor {scam}
oebufu_bersatu ke sa pung mama [[n:{n1}]] ju, untung dia telpon sa pung ade [[n:{g2}]] dolo di [[p:{hp2}]]
""",
        F=(1,),
    ),
    T(
        "ig_comments",
        "utilities",
        """
pdam.tirtalontar · Ikuti
Pipa bocor di {jl} sedang diperbaiki. Distribusi ke {kel} terganggu sementara.
—
{handle} di [[a:{rt1}]] {kel} air keluar kuning 😣 sa pung nomor [[p:{hp1}]] kalo petugas mau cek
pdam.tirtalontar terima kasih infonya kak, kami teruskan ke tim ya
""",
    ),
    T(
        "ig_comments",
        "security_transport",
        """
ojol.kupang.community · Ikuti
Driver atas nama [[n:{n1}]] (nopol [[pl:{pl1}]]) belum pulang sejak {hari} malam. Terakhir antar penumpang ke Baumata. Keluarga mohon info.
—
{handle} keluarga bisa dihubungi di mana?
ojol.kupang.community istri: [[n:{g2}]] [[p:{hp2}]] 🙏
timor_story semoga selamat bro [[n:{g1}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "ig_comments",
        "health",
        """
donor.darah.kupang · Ikuti
BUTUH DARAH GOL. O+ untuk pasien di {rs}, 3 kantong. Hubungi keluarga pasien.
—
{handle} pasien atas nama sapa?
donor.darah.kupang Bapak [[n:{n1}]], kontak anaknya [[n:{g2}]] [[p:{hp2}]] / PMI {otel}
nona_kupang88 sa O+ meluncur
""",
    ),
    T(
        "ig_comments",
        "market_trade",
        """
jualbeli.kupang · Ikuti
Dijual motor Beat 2019, surat lengkap, pajak hidup. Harga Rp {rpb}. Lokasi Oebufu.
—
{handle} masih ada kak? plat apa?
[[n:{lg1}]] ada kak, plat [[pl:{pl1}]], hub langsung [[p:{hp1}]] (pemilik)
kota_kasih_viral nego?
""",
    ),
    # without spans
    T(
        "ig_comments",
        "scams",
        """
infokupangraya · Ikuti
HOAX! Pesan berantai "bantuan Kemensos Rp {rpb}" dengan link pendaftaran. Nomor yang dipakai: {scam}, {scam2}.
—
oebufu_bersatu sa pung grup RT su kena 😂
{handle} nomor {scam3} ju, ngaku admin Kemensos
timor_story jangan klik link apa pun
""",
    ),
    T(
        "ig_comments",
        "utilities",
        """
pln.up3kupang · Ikuti
Padam bergilir {hari} {jam}–{jam2} WITA di {kel} dan {kel2}. Cek di PLN Mobile, atau hubungi 123.
—
kupang_info24 di {kel} su padam dari tadi
anak_pasar_oeba ID pelanggan {idpel} belum nyala sampe skrg
""",
    ),
    T(
        "ig_comments",
        "market_trade",
        """
depotairoasis · Ikuti
Air isi ulang Rp 5.000/galon, antar gratis min. 3 galon area Liliba. WA {bwa} / {bwa2}
—
nona_kupang88 bisa antar ke Oesapa?
depotairoasis bisa kak, ongkir Rp {rpk}
""",
    ),
    T(
        "ig_comments",
        "security_transport",
        """
dishub.kotakupang · Ikuti
Razia parkir liar di {jl} {tg}. Kendaraan yang parkir di trotoar akan diderek. Pengaduan parkir: WA {owa}.
—
{handle} juru parkir minta Rp 5.000, karcis no {struk}
kota_kasih_viral mantap dishub
""",
    ),
    T(
        "ig_comments",
        "health",
        """
rsud.sklerik · Ikuti
Layanan hemodialisa tambah 4 mesin. Pendaftaran lewat loket poli. Informasi {otel} ext. {num}.
—
{handle} antrian {noreg} dari pagi 😩
timor_story semoga pelayanan makin baik
""",
    ),
    T(
        "ig_comments",
        "lost_found",
        """
bandaraeltari · Ikuti
Lost & found bandara: barang tertinggal dapat ditanyakan di Posko Informasi Terminal, telp {otel}, WA {owa}. Barang disimpan 30 hari.
—
{handle} tas sa tertinggal di bagasi flight {kecil}{num}, tgl {tgl}
bandaraeltari silakan hubungi posko dengan tiket ya kak
""",
    ),
    T(
        "ig_comments",
        "social_aid",
        """
dinsos.kotakupang · Ikuti
Cek status penerima PKH dan BPNT di cekbansos.kemensos.go.id atau WA {owa}. Hati-hati penipuan!
—
kupang_info24 NIK sa muncul {nikmask} tapi status belum ada
{handle} ada yang WA sa pake nomor {scam} ngaku pendamping, minta pulsa 🙄
""",
    ),
]

# ---- wa_neighbourhood: WhatsApp exports of neighbourhood groups
TEMPLATES += [
    T(
        "wa_neighbourhood",
        "utilities",
        """
[{dt}] [[n:{n1}]]: Bapa mama, air PDAM di [[a:{rt1}]] su 5 hari mati. Sapa yang tau nomor tangki?
[{dt2}] [[n:{n2}]]: Om [[n:{g3}]] ada tangki, nomornya [[p:{hp3}]]. Rp {rpk} satu tangki
[{dt3}] [[n:{n4}]]: Depot di pertigaan tu ju bisa, dong pung nomor {bwa}
[{dt4}] [[n:{n1}]]: Makasih bapa mama 🙏
""",
        M=(3,),
    ),
    T(
        "wa_neighbourhood",
        "security_transport",
        """
[{jam}] [[n:{lg1}]]: Tadi malam ada orang masuk pagar di rumah Tanta [[n:{g2}]], ambil tabung gas
[{jam2}] [[n:{lg3}]]: Astaga. Pos kamling malam ni sapa yang jaga?
[{jam3}] Admin RT: Jadwal jaga malam ini: Om [[n:{g4}]] deng Om [[n:{g5}]]. Kalo ada apa-apa telpon pos ronda {owa} (HP pos)
[{jam4}] [[n:{lg1}]]: Sa simpan ju nomor Om [[n:{g4}]] [[p:{hp4}]] e
""",
        F=(2,),
        M=(4, 5),
    ),
    T(
        "wa_neighbourhood",
        "social_aid",
        """
[{dt}] [[n:{n1}]]: Selamat sore bapa mama warga RT {num}. Kelurahan minta data lansia yang belum terima bantuan. Kirim nama, NIK deng alamat ke sa.
[{dt2}] [[n:{n2}]]: Mama sa [[n:{n3}]], NIK [[nik:{nik3}]], [[a:{ad3}]]
[{dt3}] [[n:{n4}]]: Oma [[n:{n5}]] NIK [[nik:{nik5}]]. Dia pung HP sonde ada, hubungi sa [[p:{hp4}]]
[{dt4}] [[n:{n1}]]: Su catat 👍
""",
        F=(3,),
        E=(3, 5),
        fam={3: 2},
    ),
    T(
        "wa_neighbourhood",
        "scams",
        """
[{dt}] [[n:{n1}]]: Awas bapa mama, ada yang telpon mengaku petugas PLN, bilang meteran mau diganti, minta transfer Rp {rpk}. Nomor {scam}
[{dt2}] [[n:{n2}]]: Ke sa ju kemarin, pake nomor {scam2}
[{dt3}] {scamk}: Yth bapak/ibu, kami dari PLN. Pemutakhiran data pelanggan, kirim foto KTP ke nomor ini.
[{dt4}] [[n:{n1}]]: Nah ini dia masuk grup 😂 admin tolong keluarkan
""",
    ),
    T(
        "wa_neighbourhood",
        "lost_found",
        """
[{dt}] [[n:{n1}]]: Sapa yang hilang {item}? Sa dapat di depan kios Mama [[n:{g2}]]. Sa simpan di rumah, [[a:{ad1}]]
[{dt2}] [[n:{n3}]]: Kayanya itu [[n:{g4}]] pung, anak kos sebelah. Ini dia pung nomor [[p:{hp4}]]
[{dt3}] [[n:{n1}]]: Ok sa WA dia
""",
        F=(2,),
    ),
    T(
        "wa_neighbourhood",
        "health",
        """
[{dt}] [[n:{n1}]]: Ada yang bisa antar Oma [[n:{g2}]] ke {pusk} besok pagi? Sa kerja
[{dt2}] [[n:{n3}]]: Sa bisa, tapi motor. Kalo oto, Om [[n:{g4}]] punya pick up, HP [[p:{hp4}]]
[{dt3}] [[n:{n1}]]: Oma pung kartu BPJS [[bpjs:{bpjs2}]] sa titip di Mama [[n:{g5}]] e
[{dt4}] [[n:{n5}]]: Ok nanti sa bawa
""",
        F=(2, 5),
        M=(4,),
    ),
    T(
        "wa_neighbourhood",
        "civil_registry",
        """
[{dt}] [[n:{n1}]]: Yang mau urus KTP rusak, besok Dukcapil jemput bola di kantor lurah. Bawa KK
[{dt2}] [[n:{n2}]]: Sa pung suami [[n:{g3}]] KTP hilang, bisa ko?
[{dt3}] [[n:{n1}]]: Bisa, bawa surat hilang dari polsek. Info lanjut WA petugas kelurahan {owa}
[{dt4}] [[n:{n2}]]: KK kami [[kk:{kk2}]], nanti sa bawa
""",
        F=(2,),
        M=(3,),
    ),
    T(
        "wa_neighbourhood",
        "market_trade",
        """
[{dt}] [[n:{n1}]]: Sa jual kue cucur deng kue rambut buat acara, terima pesanan min 50 biji. WA [[p:{hp1}]] 🙏
[{dt2}] [[n:{n2}]]: Mama [[n:{g1}]] pung kue enak ee 👍
[{dt3}] [[n:{n3}]]: Sa pesan 100 buat hari Minggu
""",
        F=(1,),
    ),
    T(
        "wa_neighbourhood",
        "security_transport",
        """
PEMBERITAHUAN RT {num}
[{dt}] Admin RT: Mulai malam ini pintu gerbang kompleks dikunci jam 23.00. Kunci dipegang satpam, pos jaga {owa} (pos jaga).
[{dt2}] [[n:{n1}]]: Satpam yang baru namanya sapa?
[{dt3}] Admin RT: [[n:{n2}]], nomor dia [[p:{hp2}]]
[{dt4}] [[n:{n1}]]: Siap
""",
    ),
    T(
        "wa_neighbourhood",
        "utilities",
        """
[{dty}] [[n:{n1}]]: Lampu jalan depan sa pung rumah di [[a:{ad1}]] su mati 2 minggu, gelap sekali
[{dty2}] [[n:{n2}]]: Lapor lewat SMS 1708 saja, ketik KOTKUPANG spasi keluhan
[{dty3}] [[n:{n1}]]: Su kirim, dapat balasan no tiket {tiket}
""",
    ),
    T(
        "wa_neighbourhood",
        "social_aid",
        """
Diteruskan
Dari: [[n:{n1}]] ([[p:{hp1}]])
INFO POSYANDU LANSIA 📢 {hari} {tg} jam 08.00 di rumah Ketua RW. Bawa KTP & buku lansia. Info: kader posyandu {owa}
""",
    ),
    T(
        "wa_neighbourhood",
        "health",
        """
[{dt}] [[n:{n1}]]: Bapa mama, sa pung anak [[n:{g2}]] demam tinggi dari kemarin, ada yang tau dokter praktek malam?
[{dt2}] [[n:{n3}]]: {clinic} buka 24 jam, telp {otel}
[{dt3}] [[n:{n4}]]: Atau dr. [[n:{g5}]] praktek di rumah, [[a:{ad5}]], WA dia [[p:{hp5}]]
""",
    ),
    T(
        "wa_neighbourhood",
        "scams",
        """
[{dt}] [[n:{n1}]]: Bapa mama hati-hati, sa pung bapa [[n:{g2}]] dapat SMS dari {scam} katanya menang undian motor, suru transfer pajak
[{dt2}] [[n:{n3}]]: Itu tipu-tipu. Nomor {scam2} ju kirim SMS sama
[{dt3}] [[n:{n1}]]: Untung bapa telpon sa dolo
""",
        M=(2,),
    ),
    T(
        "wa_neighbourhood",
        "lost_found",
        """
[{dt}] [[n:{n1}]]: Kucing sa hilang, warna orange, namanya Manis 😿 Yang liat WA sa [[p:{hp1}]]
[{dt2}] [[n:{n2}]]: Tadi pagi sa liat di pohon asam dekat got
[{dt3}] [[n:{n1}]]: Makasih kaka [[n:{g2}]] 🙏
""",
    ),
    T(
        "wa_neighbourhood",
        "civil_registry",
        """
[{dt}] [[n:{n1}]]: Tolong bantu, sa mau pindah KK dari mama pung KK. Syarat apa saja?
[{dt2}] [[n:{n2}]]: Sa kemarin urus, bawa KK lama [[kk:{kk2}]], surat nikah, KTP. Kalo bingung telpon sa [[p:{hp2}]]
[{dt3}] [[n:{n1}]]: Makasih ee
""",
    ),
    # without spans
    T(
        "wa_neighbourhood",
        "utilities",
        """
[{dt}] Admin RT: Info dari PDAM: distribusi air Zona 2 hari {hari} jam 05.00–10.00. Gangguan lapor WA {owa} atau call center {cc}.
[{dt2}] Admin RT: Iuran sampah bulan {bln} Rp 20.000, setor ke bendahara paling lambat tgl {num}.
""",
    ),
    T(
        "wa_neighbourhood",
        "scams",
        """
[{dt}] {scamk}: Selamat! Nomor anda terpilih mendapatkan hadiah Rp {rpb} dari program undian. Klaim segera di link berikut.
[{dt2}] Admin RT: Jangan klik e bapa mama, itu penipuan
[{dt3}] Admin RT: Nomor {scam} ju su masuk grup lain, kirim pesan sama
""",
    ),
    T(
        "wa_neighbourhood",
        "health",
        """
[{dt}] Admin RT: Fogging RT kita hari {hari} jam 16.00. Tutup makanan dan piring. Info: petugas Dinkes {owa}.
[{dt2}] Admin RT: Yang ada gejala DBD segera ke {pusk}, IGD 24 jam {otel}.
""",
    ),
    T(
        "wa_neighbourhood",
        "security_transport",
        """
[{dty}] Admin RW: Jadwal ronda RT {num}: Senin–Rabu kelompok A, Kamis–Sabtu kelompok B. Pos kamling: {owa} (pos jaga). Darurat 112.
[{dty2}] Admin RW: Kas ronda bulan ini Rp {rp}, bukti setor no {struk}.
""",
    ),
    T(
        "wa_neighbourhood",
        "social_aid",
        """
[{dt}] Admin RT: Penerima BPNT RT {num} ambil beras di Kantor Pos {kel} hari {hari}. Bawa KKS & KTP. Antrian no {antri} dst.
[{dt2}] Admin RT: Info pendamping: {owa} (jam kerja).
""",
    ),
    T(
        "wa_neighbourhood",
        "lost_found",
        """
[{dt}] Admin RT: Ditemukan {item} di lapangan voli, su titip di pos kamling. Yang punya ambil deng bukti ya.
[{dt2}] Admin RT: Pos jaga {owa} (pos jaga), buka 18.00–06.00.
""",
    ),
]

# ---- wa_market: WhatsApp groups of traders, stalls and depots
TEMPLATES += [
    T(
        "wa_market",
        "market_trade",
        """
*Grup Pedagang {market}*
[{dt}] [[n:{n1}]]: Besok sa sonde jualan, sapa yang mau ambil sayur dari sa pung pemasok? Nomor mereka {bwa} (UD di Oesao)
[{dt2}] [[n:{n2}]]: Sa mau. Kalo tomat habis, sa ambil di Om [[n:{g3}]], dia pung HP sendiri [[p:{hp3}]]
[{dt3}] [[n:{n1}]]: Siap
""",
        M=(3,),
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{dt}] [[n:{n1}]]: Teman-teman, depot ikan kami sekarang pindah ke Oeba dekat TPI. Nomor kami {bwa}, telp depot {otel}
[{dt2}] [[n:{n2}]]: Pemiliknya masih Om [[n:{g3}]] ko?
[{dt3}] [[n:{n1}]]: Io, kalo mau omong harga langsung deng om, WA pribadi [[p:{hp3}]]
""",
        M=(3,),
    ),
    T(
        "wa_market",
        "scams",
        """
[{dt}] [[n:{n1}]]: Kawan-kawan hati-hati, ada yang pesan ikan 50 kg lewat WA, bilang transfer su masuk, kirim bukti palsu. Nomor {scam}
[{dt2}] [[n:{n2}]]: Sa ju kena kemarin! Dia ngaku pegawai {hotel}, pake nomor {scam2}
[{dt3}] [[n:{n3}]]: Kalo sa su dapat nama: dia mengaku namanya [[n:{n4}]], nomor [[p:{hp4}]], rek {bank4} [[b:{rek4}]]
""",
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{jam}] [[n:{lg1}]]: Kios no {kios} sebelah sa kosong, sapa mau sewa? Yang punya Mama [[n:{g2}]], tinggal di [[a:{adr2}]]
[{jam2}] [[n:{lg3}]]: Berapa per bulan?
[{jam3}] [[n:{lg1}]]: Rp {rp}. Telpon mama langsung [[p:{hp2}]]
""",
        F=(2,),
    ),
    T(
        "wa_market",
        "security_transport",
        """
[{dt}] [[n:{n1}]]: Semalam kios sayur di los {los} dibongkar orang. Satpam malam sapa?
[{dt2}] [[n:{n2}]]: Om [[n:{g3}]], tapi dia bilang jam 2 dia ronda di blok belakang
[{dt3}] [[n:{n1}]]: Pos satpam pasar ada nomor ko?
[{dt4}] [[n:{n2}]]: {owa} (pos satpam), kalo kepala pasar {owa2} (kantor UPTD)
""",
        M=(3,),
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{dt}] [[n:{n1}]]: Yang mau beli beras bulog harga pasar murah, daftar di sa. Nama deng NIK
[{dt2}] [[n:{n2}]]: [[n:{n2}]], NIK [[nik:{nik2}]]
[{dt3}] [[n:{n3}]]: Sa pung maitua [[n:{n4}]] [[nik:{nik4}]]
[{dt4}] [[n:{n1}]]: Ok, ambil di kantor UPTD {hari}
""",
        F=(4,),
        M=(3,),
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{dt}] [[n:{n1}]]: Ada yang punya nomor pengepul kemiri di Oesao?
[{dt2}] [[n:{n2}]]: UD Berkat Timor, dong pung nomor {bwa}
[{dt3}] [[n:{n3}]]: Ko langsung ke Tanta [[n:{g4}]] saja, dia beli lebih mahal. [[p:{hp4}]] (tanta pung HP)
""",
        F=(4,),
    ),
    T(
        "wa_market",
        "utilities",
        """
[{dt}] [[n:{n1}]]: Air di los ikan sonde jalan dari pagi, ikan su bau
[{dt2}] [[n:{n2}]]: Sa su telpon kantor UPTD {otel}, dong bilang tunggu teknisi
[{dt3}] [[n:{n3}]]: Tukang ledeng yang biasa, Om [[n:{g4}]], HP [[p:{hp4}]]. Dia cepat
""",
        M=(4,),
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{dt}] [[n:{n1}]]: Teman2 yang su punya NIB, bisa bantu ko? Sa usaha perorangan, ditanya NPWP sa
[{dt2}] [[n:{n2}]]: Sekarang NPWP pribadi sama deng NIK. Sa pung NPWP [[npwp:{npwpn2}]]
[{dt3}] [[n:{n1}]]: Oh ok. Sa pung NIK [[nik:{nik1}]], nanti sa tanya di KPP
""",
    ),
    T(
        "wa_market",
        "lost_found",
        """
[{dt}] [[n:{n1}]]: Ada uang jatuh di depan los daging, Rp {rp} dalam amplop tulis nama [[n:{N2}]]. Sa simpan di kantor UPTD
[{dt2}] [[n:{n3}]]: Itu kayanya Mama [[n:{g2}]] yang jual sirih pinang. Nomor mama [[p:{hp2}]]
""",
        F=(2,),
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{dt}] [[n:{n1}]]: Sa pung anak [[n:{g2}]] buka jasa antar barang pake pick up, pasar ke Oesapa Rp {rpk}. WA dia [[p:{hp2}]]
[{dt2}] [[n:{n3}]]: Mantap, nanti sa pake
""",
    ),
    T(
        "wa_market",
        "social_aid",
        """
[{dt}] [[n:{n1}]]: Pedagang yang mau ikut pinjaman KUR, kumpul fotokopi KTP deng KK di sa pung kios. Bank minta no rek ju
[{dt2}] [[n:{n2}]]: Sa pung rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]
[{dt3}] [[n:{n3}]]: Sa belum punya rek. Bisa pake rek suami [[n:{g4}]] ko? {bank4} [[b:{rek4}]]
""",
        M=(4,),
        F=(3,),
    ),
    T(
        "wa_market",
        "scams",
        """
[{dt}] [[n:{n1}]]: Ada orang mengaku dari UPTD tagih retribusi pake nomor {scam}, bilang transfer ke DANA {scam2}. Itu tipu-tipu to?
[{dt2}] [[n:{n2}]]: Tipu! Retribusi bayar di loket saja
[{dt3}] [[n:{n1}]]: Ok sa sonde bayar
""",
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{dt}] [[n:{n1}]]: Sa pemilik Kios Sembako Berkat di blok C, HP [[p:{hp1}]]. Sapa yang perlu minyak curah bisa pesan
[{dt2}] [[n:{n2}]]: Sa pesan 2 jerigen, antar ke los {los}
""",
    ),
    # without spans
    T(
        "wa_market",
        "market_trade",
        """
*INFO UPTD PASAR*
[{dt}] UPTD Pasar: Retribusi harian Rp 3.000/los, bayar di loket dengan karcis bernomor ({struk}). Keluhan: WA {owa}, kantor {otel}.
[{dt2}] UPTD Pasar: Penataan los blok A–D mulai {tg}.
""",
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{dt}] Toko Sembako Dua Saudara: Harga hari ini: beras medium Rp {rpk}/kg, gula Rp {rpk2}/kg. Pesan WA {bwa}
[{dt2}] Depot Air Oasis Liliba: Galon isi ulang antar ke pasar, WA {bwa2}
""",
    ),
    T(
        "wa_market",
        "scams",
        """
[{dt}] {scamk}: Selamat, toko anda terpilih program bantuan UMKM Rp {rpb}. Konfirmasi dengan kirim foto KTP.
[{dt2}] Admin Grup: Itu penipuan e teman-teman, nomor {scam} ju kirim yang sama kemarin
""",
    ),
    T(
        "wa_market",
        "security_transport",
        """
[{dt}] Admin Grup: Parkir pasar mulai {tg} pakai karcis resmi No. seri {struk}. Juru parkir resmi pakai rompi. Pengaduan parkir: Dishub WA {owa}.
[{dt2}] Admin Grup: Pos satpam pasar: {owa2} (pos jaga).
""",
    ),
    T(
        "wa_market",
        "utilities",
        """
[{dt}] UPTD Pasar: Pemadaman listrik PLN di area pasar {hari} jam {jam}–{jam2}. ID pel pasar {idpel}. Pengaduan PLN 123.
[{dt2}] Counter Nusa Cell: Sedia powerbank & lampu emergency, WA {bwa}
""",
    ),
    T(
        "wa_market",
        "market_trade",
        """
[{dt}] Koperasi Pedagang: Setoran simpanan wajib Rp 50.000 ke rekening koperasi Bank NTT {rekntt} (a.n. Koperasi Pedagang Pasar). NPWP koperasi {npwpx}.
[{dt2}] Koperasi Pedagang: Bukti transfer kirim ke WA pengurus {owa}.
""",
    ),
    T(
        "wa_market",
        "lost_found",
        """
[{dt}] UPTD Pasar: Barang temuan minggu ini: {item}, 1 karung beras, 2 HP. Ambil di kantor UPTD dengan bukti. Info {owa}.
[{dt2}] Admin Grup: No register temuan {noreg}.
""",
    ),
]

# ---- email_thread: mail between a complainant and an office, signatures and quoted replies
TEMPLATES += [
    T(
        "email_thread",
        "utilities",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Pengaduan PDAM Tirta Lontar <pengaduan@pdamkupang.co.id>
Subject: Air tidak mengalir - No. sambungan {samb}

Yth. Bapak/Ibu,
Sudah 8 hari air tidak mengalir di rumah kami, [[a:{adr1}]], Kel. {kel}. Mohon ditindaklanjuti.

Hormat saya,
[[n:{n1}]]
HP/WA [[p:{hp1}]]

> Pada {tg} {jam}, Pengaduan PDAM <pengaduan@pdamkupang.co.id> menulis:
> Terima kasih, laporan Anda tercatat dengan tiket {tiket}. Untuk konfirmasi hubungi {otel} atau WA {owa}.
""",
    ),
    T(
        "email_thread",
        "civil_registry",
        """
From: Layanan Disdukcapil Kota Kupang <layanan.disdukcapil@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: RE: Perbaikan nama di akta kelahiran

Yth. Sdr. [[n:{g1}]],
Berkas perbaikan akta anak Saudara a.n. [[n:{n2}]] sudah kami terima. Silakan datang ke loket 5 pada {tg} membawa KK asli.

Salam,
Seksi Pelayanan Pencatatan Sipil
Telp. {otel} | WA {owa}

> On {tg2}, [[n:{n1}]] <[[e:{em1}]]> wrote:
> Nama anak saya tertulis salah. NIK anak [[nik:{nik2}]]. Mohon bantuan. HP saya [[p:{hp1}]]
""",
        fam={2: 1},
        M=(1,),
    ),
    T(
        "email_thread",
        "social_aid",
        """
Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: dinsos@kupangkota.go.id
Cc: [[e:{em2}]]
Perihal: Ibu saya tidak lagi menerima PKH

Selamat siang,
Ibu saya [[n:{n3}]] (NIK [[nik:{nik3}]]) tinggal di [[a:{adr3}]] dan sejak {bln} tidak lagi menerima PKH. Pendamping wilayah tidak bisa dihubungi di {owa}.
Adik saya [[n:{n2}]] (cc) bisa dihubungi di [[p:{hp2}]].

Terima kasih,
[[n:{n1}]]
""",
        F=(3,),
        fam={2: 1, 3: 1},
    ),
    T(
        "email_thread",
        "health",
        """
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: "[[n:{n1}]]" <[[e:{em1}]]>
Subject: Tanggapan pengaduan No. {tiket}

Bapak [[n:{g1}]] yang kami hormati,
Kepesertaan JKN a.n. [[n:{n2}]] nomor kartu [[bpjs:{bpjs2}]] telah aktif kembali per {tg}. Untuk pertanyaan lain hubungi petugas kami di {owa} atau Care Center 165.

Hormat kami,
Unit Pengaduan
""",
        M=(1,),
    ),
    T(
        "email_thread",
        "market_trade",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: uptd.pasar@kupangkota.go.id
Subject: Los saya dipakai orang lain

Selamat pagi,
Saya pedagang sayur di {market}, los {los}, sejak 2014. Sekarang los saya dipakai orang lain yang mengaku sudah bayar ke petugas bernama [[n:{n2}]]. Saya punya karcis retribusi No. {struk}.
Mohon dipanggil. Saya bisa dihubungi di [[p:{hp1}]] atau rumah [[p:{tr1}]].

Salam,
[[n:{n1}]]
[[a:{adr1}]]
""",
    ),
    T(
        "email_thread",
        "security_transport",
        """
From: Flobamora Tour & Travel <cs.flobamoratravel@gmail.com>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Perubahan jadwal keberangkatan {booking}

Yth. Ibu [[n:{g1}]],
Keberangkatan Kupang–Atambua dimundurkan ke jam 13.00. Perubahan jadwal hubungi {bwa}. Sopir yang bertugas: Om [[n:{g2}]] ([[p:{hp2}]]).

Salam,
Admin Flobamora Travel
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "email_thread",
        "scams",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: patrolisiber@polri.go.id
Subject: Penipuan jual beli online

Saya tertipu membeli HP lewat Facebook. Penjual memakai nomor {scam} dan meminta transfer Rp {rp} ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]. Setelah transfer nomor tidak aktif.
Laporan polisi: {lp}.

[[n:{n1}]]
[[p:{hp1}]]
""",
    ),
    T(
        "email_thread",
        "civil_registry",
        """
Catatan surel masuk {tgl}: From: [[n:{f1}]], [[n:{g1}]] <[[e:{em1}]]>
Isi: Saya butuh surat pindah untuk keluarga. KK [[kk:{kk1}]]. Alamat baru [[a:{adc1}]], Kel. {kel}.
Diteruskan ke Seksi Pindah Datang (pindahdatang@kupangkota.go.id).
""",
    ),
    T(
        "email_thread",
        "utilities",
        """
From: PLN UP3 Kupang <up3kupang@pln.co.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Re: Tagihan naik 3x lipat

Yth. Pelanggan,
Hasil pemeriksaan meter ID pelanggan {idpel} di [[a:{ad1}]] menunjukkan kWh meter normal. Petugas kami Bapak [[n:{n2}]] akan datang {tg}, dapat dihubungi di [[p:{hp2}]].

PLN UP3 Kupang
""",
        M=(2,),
    ),
    T(
        "email_thread",
        "health",
        """
From: [[n:{n1}]] <[[e:{emx1}]]>
To: humas.rsudsklerik@kupangkota.go.id
Subject: Keluhan pelayanan IGD

Malam {tgl} ayah saya [[n:{n2}]] dibawa ke IGD, menunggu 4 jam tanpa diperiksa. No. RM {noreg}.
Mohon evaluasi. Saya bisa dihubungi di [[p:{hp1}]].

Hormat saya,
[[n:{n1}]]
""",
        M=(2,),
        fam={2: 1},
    ),
    T(
        "email_thread",
        "market_trade",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: perizinan@kupangkota.go.id
Subject: NIB usaha perorangan

Saya pemilik warung makan di rumah sendiri, [[a:{ad1}]]. Saat isi OSS diminta NPWP. NPWP pribadi saya [[npwp:{npwpd1}]], apakah masih berlaku atau harus pakai NIK?

Salam,
[[n:{n1}]] (HP [[p:{hp1}]])
""",
    ),
    T(
        "email_thread",
        "lost_found",
        """
From: Lost and Found Hotel Teluk Kupang <frontoffice.telukkupang@gmail.com>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Barang tertinggal - kamar {num}{kecil}

Dear Mr. [[n:{g1}]],
Kami menemukan {item} di kamar Bapak. Barang dapat diambil di resepsionis atau dikirim dengan ongkir ditanggung tamu. Konfirmasi ke WA front office {bwa}.

> From: [[n:{n1}]] <[[e:{em1}]]>
> Saya tamu yang check-out {tg}. Tolong cek, nanti keponakan saya [[n:{n2}]] ([[p:{hp2}]]) yang ambil.
""",
        M=(1,),
    ),
    T(
        "email_thread",
        "social_aid",
        """
From: Sekretariat Dinas Sosial <sekretariat.dinsos@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Permohonan bantuan korban kebakaran

Yth. Sdri. [[n:{g1}]],
Permohonan Saudari atas nama kepala keluarga [[n:{n2}]], NIK [[nik:{nik2}]], alamat [[a:{adr2}]] telah diverifikasi. Bantuan disalurkan lewat rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]].
""",
        F=(1,),
    ),
    T(
        "email_thread",
        "security_transport",
        """
Pada {tg}, [[n:{n1}]] <[[e:{em1}]]> menulis:
> Motor saya hilang di parkiran {market}, nomor plat di laporan tertulis keliru.
Koreksi: plat yang benar [[pl:{pl1}]]. Mohon dicatat di laporan. HP [[p:{hp1}]].
""",
    ),
    # without spans
    T(
        "email_thread",
        "utilities",
        """
From: noreply@lapor.go.id
To: pelapor
Subject: Laporan #{tiket} telah ditindaklanjuti

Laporan Anda kepada Dinas PUPR Kota Kupang telah ditindaklanjuti. Untuk konfirmasi hubungi {otel} atau pupr@kupangkota.go.id.
""",
    ),
    T(
        "email_thread",
        "scams",
        """
From: Bank NTT <info@bankntt.co.id>
Subject: Waspada penipuan

Nasabah Yth, Bank NTT tidak pernah menghubungi melalui nomor pribadi seperti {scam} atau {scam2}. Mailbox bank-ntt.hadiah@gmail.com bukan milik kami. Call center resmi {cc}.
""",
    ),
    T(
        "email_thread",
        "health",
        """
From: Tata Usaha {pusk} <tu.puskesmas.kupang@gmail.com>
To: dinkes@kupangkota.go.id
Subject: Laporan stok vaksin {bln}

Terlampir laporan stok per {tgl}. Kontak: telp {otel}, WA {owa}. Surat No. {surat}.
""",
    ),
    T(
        "email_thread",
        "market_trade",
        """
From: DPMPTSP Kota Kupang <dpmptsp@kupangkota.go.id>
To: helpdesk.oss@kupangkota.go.id
Subject: Rekap NIB pedagang pasar

Rekap {big} NIB terbit per {tg}. Contoh format NPWP: 09.123.456.7-920.000. Kendala OSS: WA {owa}.
""",
    ),
    T(
        "email_thread",
        "security_transport",
        """
From: Damri Kupang <damri.kupang@gmail.com>
To: cs@damri.co.id
Subject: Rekap barang tertinggal {bln}

{num} barang tertinggal tercatat, kode {noreg} s.d. {noreg2}. Pool: {otel}, WA {bwa}.
""",
    ),
    T(
        "email_thread",
        "civil_registry",
        """
From: Disdukcapil Kota Kupang <layanan.disdukcapil@kupangkota.go.id>
To: kelurahan.oebufu@gmail.com
Subject: Jadwal jemput bola KTP-el

Jadwal {tg} jam 08.00. Petugas membawa alat rekam. Koordinasi lewat {otel} / WA {owa}. Surat {surat}.
""",
    ),
]

# ---- call_log: call-centre, 112 and 1708 logs and notes (rows and free notes)
TEMPLATES += [
    T(
        "call_log",
        "utilities",
        """
LOG CALL CENTER 112 KOTA KUPANG – {tgl}
Jam | Penelepon | Nomor | Keluhan
{jam} | [[n:{n1}]] | [[p:{hp1}]] | Pohon tumbang di {jl}, tutup jalan
{jam2} | penelepon tidak sebut nama | [[p:{hp2}]] | Kabel PLN putus depan rumah, [[a:{rt2}]] {kel}
{jam3} | {school} | {otel} | Banjir masuk halaman sekolah
{jam4} | [[n:{n3}]] | [[p:{hp3}]] | Tetangga sakit, minta ambulans
""",
    ),
    T(
        "call_log",
        "health",
        """
Catatan call center 112: penelepon [[n:{n1}]] ([[p:{hp1}]]) melaporkan ayahnya [[n:{n2}]] sesak napas di rumah, [[a:{adr2}]]. Ambulans {pusk} diberangkatkan {jam}. Nomor untuk dihubungi balik: anak kedua, [[n:{g3}]] [[p:{hp3}]].
""",
        M=(2,),
        fam={2: 1, 3: 1},
    ),
    T(
        "call_log",
        "scams",
        """
SMS 1708 – rekap {tgl}
{jam} dari [[p:{hpk1}]]: KOTKUPANG sy ditelpon nomor {scam} mengaku {claim}, minta kode OTP. – [[n:{n1}]]
{jam2} dari [[p:{hpk2}]]: KOTKUPANG lampu jalan mati di [[a:{rt2}]] {kel}
{jam3} dari [[p:{hpk3}]]: KOTKUPANG apakah nomor [[p:{hp4}]] benar petugas Dinsos? Dia bilang namanya [[n:{n4}]]
""",
    ),
    T(
        "call_log",
        "lost_found",
        """
Buku telepon masuk Pos Satpam {market}
{tgl} {jam} – [[n:{n1}]] ([[p:{hp1}]]) tanya {item} yang hilang di los sayur. Belum ketemu.
{tgl} {jam2} – Telp dari {hotel} {otel}, tanya soal tamu yang kehilangan HP.
{tgl} {jam3} – [[n:{n2}]] telpon bilang tadi lihat anak kecil pegang dompet. Nomor balik: [[p:{hp2}]].
""",
    ),
    T(
        "call_log",
        "security_transport",
        """
Register panggilan Pusdalops BPBD
Waktu | Pelapor | Kontak | Kejadian | Tindak lanjut
{dt} | [[n:{N1}]] | [[p:{hp1}]] | Atap rumah roboh, [[a:{adr1}]] | TRC meluncur
{dt2} | Bus Nusa Sehati | {bwa} | Bus mogok di tanjakan Penfui | diteruskan Dishub
{dt3} | [[n:{N2}]] (dibacakan untuk tetangga, [[n:{N3}]]) | [[p:{hp3}]] | Lansia terjebak banjir | Tagana
""",
    ),
    T(
        "call_log",
        "social_aid",
        """
Catatan Unit Pengaduan Kasih
Penelepon: [[n:{n1}]], lansia, warga [[a:{rt1}]], Kel. {kel}
Nomor: [[p:{hp1}]] (HP cucu, [[n:{g2}]])
Isi: belum terima BLT 3 bulan. NIK [[nik:{nik1}]].
Tindak lanjut: diteruskan ke pendamping wilayah, WA {owa}.
""",
        E=(1,),
    ),
    T(
        "call_log",
        "civil_registry",
        """
Disdukcapil – log telepon layanan, {tgl}
- {jam} Ibu [[n:{n1}]], tanya KIA anak. Minta ditelpon balik ke [[p:{hp1}]].
- {jam2} Kantor Kelurahan {kel} {otel}, konfirmasi jadwal jemput bola.
- {jam3} penelepon anonim dari [[p:{hp2}]] menanyakan biaya KTP hilang.
- {jam4} [[n:{n3}]], NIK [[nik:{nik3}]], KTP belum jadi sejak {bln}.
""",
        F=(1,),
    ),
    T(
        "call_log",
        "health",
        """
{jam} | [[n:{n1}]] | [[p:{hp1}]] | anak demam kejang, minta ambulans ke [[a:{ad1}]]
{jam2} | {clinic} | {otel} | rujuk pasien ke {rs}
{jam3} | {church} | {owa} | minta tim medis ibadah padang
{jam4} | [[n:{n2}]] | [[p:{hp2}]] | tanya jadwal vaksin
""",
    ),
    T(
        "call_log",
        "scams",
        """
Catatan call center: penelepon [[n:{n1}]] ([[p:{hp1}]]) melapor ditelpon {scam} yang mengaku anaknya kecelakaan dan minta transfer ke rek {bank2} [[b:{rek2}]]. Pelapor belum transfer. Disarankan lapor SPKT. No. laporan {tiket}.
""",
    ),
    T(
        "call_log",
        "security_transport",
        """
Log Dishub – pengaduan angkutan {tgl}
{jam} [[n:{n1}]] ([[p:{hp1}]]): angkot nopol [[pl:{pl2}]] tolak penumpang lansia di {jl}
{jam2} PO Lontar Jaya ({bwa}): izin trayek tambahan
{jam3} [[n:{n3}]] ([[p:{hp3}]]): ojek pangkalan depan {market} minta tarif Rp {rpk}
""",
    ),
    T(
        "call_log",
        "utilities",
        """
Rekap pengaduan PDAM via telepon
1. [[n:{n1}]] – [[p:{hp1}]] – [[a:{adr1}]] – air keruh – no samb {samb}
2. Hotel Pantai Timor Indah – {otel} – pipa bocor depan hotel
3. [[n:{n2}]] – [[p:{hp2}]] – meter hilang – no samb {samb2}
""",
    ),
    T(
        "call_log",
        "lost_found",
        """
Catatan piket Terminal Oebobo, {tgl}: sopir [[n:{n1}]] ({bus}) serahkan {item} temuan di bus. Pemilik, [[n:{n2}]], telpon jam {jam} dari [[p:{hp2}]] dan ambil jam {jam2}. Tanda terima No. {struk}.
""",
    ),
    T(
        "call_log",
        "social_aid",
        """
Rekap aduan PKH (telepon)
Waktu;Pelapor;Nomor;Keterangan
{dt};[[n:{n1}]];[[p:{hp1}]];KPM tidak terima saldo, NIK [[nik:{nik1}]]
{dt2};tidak sebut nama;[[p:{hp2}]];tanya syarat lansia
{dt3};Komite Sekolah {school};{owa};tanya PIP siswa
""",
    ),
    T(
        "call_log",
        "market_trade",
        """
Buku telepon kantor UPTD Pasar, {tgl}
{jam} Mama [[n:{g1}]] (los {los}) telpon dari [[p:{hp1}]]: air di los ikan mati
{jam2} UD Berkat Timor, {bwa}: tanya jadwal bongkar muat
{jam3} [[n:{n2}]], pemilik kios no {kios}, HP [[p:{hp2}]]: minta perpanjang sewa
""",
        F=(1,),
    ),
    T(
        "call_log",
        "health",
        """
19.45 penelepon [[n:{lg1}]] (tdk sebut marga) minta dijemput ambulans, alamat [[a:{rt1}]] dekat {church}. Nomor [[p:{hpb1}]]. Diteruskan ke {pusk} jam {jam}.
""",
    ),
    # without spans
    T(
        "call_log",
        "scams",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA ({bln})
Nomor | Modus | Tgl lapor
{scam} | mengaku {claim} | {tgl}
{scam2} | undian berhadiah | {tgl2}
{scam3} | minta kode OTP | {tgl3}
""",
    ),
    T(
        "call_log",
        "utilities",
        """
LOG 112 – {tgl}
{jam} | PLN UP3 Kupang | 123 | koordinasi padam
{jam2} | {school} | {otel} | pohon tumbang
{jam3} | Depot Air Oasis Liliba | {bwa} | tangki terbalik di {jl}
""",
    ),
    T(
        "call_log",
        "security_transport",
        """
Rekap kanal pengaduan {bln}
Telepon {otel}: {num} laporan
WA {owa}: {big} laporan
SMS 1708: {big2} laporan
Tiket terakhir {tiket}
""",
    ),
    T(
        "call_log",
        "health",
        """
Log ambulans {tgl}
{jam} | {rs} | {otel} | rujukan
{jam2} | {clinic} | {bwa} | pasien partus
{jam3} | Hotel Sasando Permai | {bwa2} | tamu pingsan
""",
    ),
    T(
        "call_log",
        "social_aid",
        """
Log WA pengaduan Dinsos {tgl}: {big} pesan masuk, {num} tentang BLT, 3 penipuan (nomor {scam}, {scam2} mengaku pendamping). Rujukan: kantor {otel}.
""",
    ),
    T(
        "call_log",
        "lost_found",
        """
Register barang temuan Pos Satpam {market}
No | Barang | Ditemukan | Diambil
{noreg} | {item} | {tgl} {jam} | belum
{noreg2} | dompet hitam isi Rp {rpk} | {tgl2} | sudah (tanda terima {struk})
""",
    ),
]

# ---- call_transcript: written-out calls, turns opening with roles
TEMPLATES += [
    T(
        "call_transcript",
        "social_aid",
        """
Petugas: Unit Pengaduan Kasih, dengan [[n:{g1}]], ada yang bisa dibantu?
Penelepon: Selamat pagi ibu. Sa mau lapor, mama sa sonde terima BPNT lagi.
Petugas: Atas nama?
Penelepon: [[n:{n2}]].
Petugas: NIK ibunya?
Penelepon: [[nik:{nik2}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: Nomor sa saja, [[p:{hp3}]], sa anaknya, [[n:{g3}]].
""",
        F=(1, 2),
    ),
    T(
        "call_transcript",
        "scams",
        """
Petugas: Bapak ditelpon dari nomor berapa?
Penelepon: {scam}. Dia bilang dari bank, kartu ATM sa diblokir.
Petugas: Bapak ada kasi kode?
Penelepon: Sonde. Tapi dia sebut sa pung nama lengkap, [[n:{n1}]], sa takut.
Petugas: Baik, kami catat. Nomor Bapak yang ini, [[p:{hp1}]]?
Penelepon: Io betul.
""",
        M=(1,),
    ),
    T(
        "call_transcript",
        "utilities",
        """
Petugas: PDAM Tirta Lontar, selamat siang.
Penelepon: Siang. Air di rumah sonde jalan, sudah seminggu.
Petugas: Boleh nomor sambungannya?
Penelepon: {samb}.
Petugas: Alamatnya?
Penelepon: [[a:{adr1}]], Kel. {kel}.
Petugas: Atas nama?
Penelepon: [[n:{n1}]]. Kalo teknisi datang, telpon sa pung suami [[n:{g2}]] di [[p:{hp2}]].
Petugas: Baik. Kalau lanjut hubungi {otel} atau WA {owa}.
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "call_transcript",
        "health",
        """
Operator 112: 112, darurat apa?
Penelepon: Tolong ambulans, oma sa jatuh di kamar mandi, sonde bisa bangun.
Operator 112: Alamat?
Penelepon: [[a:{ad1}]], dekat {church}.
Operator 112: Nama pasien?
Penelepon: Oma [[n:{n2}]]. Sa cucunya, [[n:{g1}]].
Operator 112: Nomor ibu yang aktif?
Penelepon: [[p:{hp1}]].
""",
        F=(1,),
    ),
    T(
        "call_transcript",
        "civil_registry",
        """
Petugas: Dukcapil, selamat pagi. Ada yang bisa dibantu?
Penelepon: Pagi pak. KK sa nama anak dobel. Nomor KK [[kk:{kk1}]].
Petugas: Nama kepala keluarga?
Penelepon: [[n:{n1}]].
Petugas: Silakan datang bawa KK asli. Atau kirim foto lewat WA layanan {owa}.
Penelepon: Kalo petugas mau telpon balik, ke [[p:{hp1}]] e pak.
""",
    ),
    T(
        "call_transcript",
        "security_transport",
        """
Petugas: Dishub, selamat siang.
Pelapor: Sa mau lapor bus {bus} buang penumpang di tengah jalan.
Petugas: Nomor polisi kendaraannya?
Pelapor: [[pl:{pl2}]].
Petugas: Nama Bapak?
Pelapor: [[n:{n1}]]. Nomor kami [[p:{hp1}]].
Petugas: Baik, kami teruskan ke perusahaan. Nomor mereka {bwa}, kalau mau langsung.
""",
        M=(1,),
    ),
    T(
        "call_transcript",
        "scams",
        """
Petugas: Bapak tadi bilang ada yang WA mengaku petugas PKH?
Penelepon: Io, dia pake nomor {scam}, bilang dia dari Dinas Sosial, suru sa kirim foto KK.
Petugas: Ada kirim?
Penelepon: Sa pung ana [[n:{g2}]] su kirim. KK [[kk:{kk1}]].
Petugas: Baik, nomor itu bukan nomor kami. Nomor kami {otel} dan WA {owa}.
""",
    ),
    T(
        "call_transcript",
        "lost_found",
        """
Satpam: Pos satpam {market}, ada apa?
Penelepon: Sa hilang dompet tadi pagi di los ikan. Ada KTP a.n. [[n:{n1}]].
Satpam: Ada yang serahkan satu dompet coklat. Bapak bisa datang?
Penelepon: Sa di kantor. Sa pung istri yang ambil, [[n:{g2}]], nomornya [[p:{hp2}]].
Satpam: Ok, bawa fotokopi KK.
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "call_transcript",
        "market_trade",
        """
Petugas: UPTD Pasar, selamat pagi.
Penelepon: Pagi. Sa pedagang los {los}. Ada yang tagih retribusi dua kali.
Petugas: Nama penagihnya?
Penelepon: Dia bilang namanya [[n:{n2}]], pake nomor [[p:{hp2}]].
Petugas: Itu bukan petugas kami. Nama Ibu?
Penelepon: [[n:{n1}]], HP [[p:{hp1}]].
""",
        F=(1,),
    ),
    T(
        "call_transcript",
        "health",
        """
Agen: BPJS Kesehatan Care Center, dengan [[n:{g1}]], ada yang bisa dibantu?
Penelepon: Kartu sa ditolak di {rs}.
Agen: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjs2}]].
Agen: Atas nama?
Penelepon: [[n:{n2}]].
Agen: Kartu non-aktif karena tunggakan. Untuk pertanyaan lain WA {owa}.
""",
    ),
    T(
        "call_transcript",
        "social_aid",
        """
Petugas: Nomor rekening?
Nasabah: [[b:{rek1}]].
Petugas: Atas nama?
Nasabah: [[n:{n1}]].
Petugas: Dana bantuan sudah masuk tanggal {tgl}, Bapak/Ibu cek di ATM {bank1}.
""",
    ),
    T(
        "call_transcript",
        "security_transport",
        """
Petugas: Polsek, ada yang bisa dibantu?
Penelepon: Motor sa hilang di parkiran {hotel}. Plat [[pl:{pl1}]].
Petugas: Nama pemilik di STNK?
Penelepon: [[n:{n1}]], tapi itu sa pung bapa. Sa [[n:{g2}]].
Petugas: Hubungi balik ke nomor ini?
Penelepon: Io, [[p:{hp2}]]. Kalo sonde angkat, telpon bapa [[p:{hp1}]].
""",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "call_transcript",
        "utilities",
        """
Petugas: PLN 123, ada yang bisa dibantu?
Penelepon: Listrik padam di rumah sa saja.
Petugas: ID pelanggan PLN?
Penelepon: {idpl}.
Petugas: Nama?
Penelepon: [[n:{n1}]]. Nomor sa [[p:{hp1}]].
""",
    ),
    T(
        "call_transcript",
        "market_trade",
        """
Penelepon: Sa mau pesan 20 galon untuk acara gereja.
Depot: Depot Air Oasis, nomor kami {bwa}. Atas nama?
Penelepon: [[n:{n1}]]. Antar ke [[a:{ad1}]]. Kalo sa sonde ada, telpon Om [[n:{g2}]] [[p:{hp2}]].
""",
        M=(2,),
    ),
    T(
        "call_transcript",
        "civil_registry",
        """
Petugas: NIK Bapak?
Pelapor: [[nik:{nikw1}]].
Petugas: Itu kurang satu angka, Pak.
Pelapor: Oh, maaf. [[nik:{nik1}]].
Petugas: Baik, atas nama [[n:{n1}]]?
Pelapor: Io betul.
""",
        M=(1,),
    ),
    # without spans
    T(
        "call_transcript",
        "utilities",
        """
Petugas: PDAM, ada yang bisa dibantu?
Penelepon: Mau tanya tagihan bulan ini Rp {rp}, kok naik?
Petugas: Boleh nomor sambungannya?
Penelepon: {samb}.
Petugas: Ada tunggakan 2 bulan. Silakan bayar di loket atau VA {va}.
""",
    ),
    T(
        "call_transcript",
        "scams",
        """
Petugas: Nomor yang telpon Ibu?
Penelepon: {scam}, terus dari {scam2} juga. Dua-dua mengaku petugas PKH, minta pulsa Rp {rpk}.
Petugas: Itu penipuan, Bu. Jangan dilayani. Laporkan penyalahgunaan ke WA {owa}.
""",
    ),
    T(
        "call_transcript",
        "security_transport",
        """
Petugas: Kalau begitu ke {otel}, itu nomor terminal.
Penelepon: Sudah telpon {otel2}, sonde angkat.
Petugas: Coba WA {bus} di {bwa}. Tiket Bapak nomor berapa?
Penelepon: {booking}.
""",
    ),
    T(
        "call_transcript",
        "health",
        """
Agen: Care Center, ada yang bisa dibantu?
Penelepon: Mau tanya antrian online {rs}.
Agen: Antrian online via WA {owa}, mulai jam 06.00. Nomor antrian Ibu?
Penelepon: {antri}.
""",
    ),
    T(
        "call_transcript",
        "lost_found",
        """
Penelepon: Halo, {hotel}? Sa tamu kamar {num}, tas tertinggal.
Resepsionis: Nomor booking?
Penelepon: {booking}.
Resepsionis: Ada di kami. Konfirmasi ke WA front office {bwa}.
""",
    ),
    T(
        "call_transcript",
        "social_aid",
        """
Petugas: Silakan ke {otel}.
Penelepon: Itu nomor apa?
Petugas: Kantor Dinas Sosial bagian PKH. Atau WA pendamping {owa}. Nomor tiket aduan {tiket}.
""",
    ),
]

# ---- sms_1708: SMS to 1708 (KOTKUPANG <keluhan>), capitals, lower case and shorthand
TEMPLATES += [
    T(
        "sms_1708",
        "scams",
        "KOTKUPANG SY DPT SMS DR {scam} KATANYA SY MENANG UNDIAN MOTOR, DISURUH TLP {scam2} UTK KLAIM. APA BENAR? TRIMS [[n:{N1}]]",
    ),
    T(
        "sms_1708",
        "utilities",
        "KOTKUPANG AIR PDAM MATI 2 MGG DI [[a:{RT1}]] KEL {KEL}. NO SAMB {samb}. HUB SY [[p:{hp1}]]. [[n:{N1}]]",
    ),
    T(
        "sms_1708",
        "social_aid",
        "kotkupang sy [[n:{l1}]] warga [[a:{rt1}]] {kel}, blt 3 bln blm cair. nik [[nik:{nik1}]]. hp [[p:{hpb1}]]",
    ),
    T(
        "sms_1708",
        "security_transport",
        "KOTKUPANG LAMPU MERAH DI {JL} MATI, ANGKOT [[pl:{PL2}]] HAMPIR TABRAK ANAK SEKOLAH. SY SAKSI, [[n:{N1}]] [[p:{hp1}]]",
    ),
    T(
        "sms_1708",
        "health",
        "kotkupang bidan di {pusk} sring tdk ada, anak sy [[n:{lg2}]] demam sy tunggu 3 jam. - [[n:{lg1}]]",
    ),
    T(
        "sms_1708",
        "civil_registry",
        "KOTKUPANG KTP SY SDH 6 BLN BLM JADI, NIK [[nik:{nik1}]]. TLG DIBANTU. DARI [[n:{N1}]] DI {KEL}",
    ),
    T(
        "sms_1708",
        "scams",
        "KOTKUPANG ADA YG TLP SY PAKE NOMOR {scam} MENGAKU PETUGAS DUKCAPIL MINTA FOTO KK. SY TDK KASI. [[n:{N1}]] ([[p:{hp1}]])",
    ),
    T(
        "sms_1708",
        "market_trade",
        "KOTKUPANG PEDAGANG {MARKET} DITAGIH RETRIBUSI 2X OLEH ORG YG NGAKU PETUGAS BERNAMA [[n:{N2}]] HP [[p:{hp2}]]. MHN DITERTIBKAN. SY PEDAGANG LOS {los}",
    ),
    T(
        "sms_1708",
        "lost_found",
        "kotkupang sy temukan dompet isi ktp a.n. [[n:{l2}]] di angkot lampu 2. sy titip di kantor lurah {kel}. info sy [[p:{hp1}]] ([[n:{lg1}]])",
    ),
    T(
        "sms_1708",
        "utilities",
        "KOTKUPANG SAMPAH DI DEPAN RMH SY [[a:{AD1}]] SDH 2 MGG TDK DIANGKUT. SY TLP {otel} TDK ADA YG ANGKAT",
    ),
    T(
        "sms_1708",
        "health",
        "kotkupang mama sy [[n:{l2}]] pasien bpjs no [[bpjs:{bpjs2}]] disuruh beli obat sendiri di {rs}. mhn ditindak. [[n:{lg1}]] [[p:{hp1}]]",
        F=(2,),
    ),
    T(
        "sms_1708",
        "scams",
        "KOTKUPANG NOMOR [[p:{hp2}]] A.N. [[n:{N2}]] JUAL HP DI FB, SY SDH TRANSFER RP {rp} KE REK {BANK2} [[b:{rek2}]] BRG TDK DIKIRIM. [[n:{N1}]]",
    ),
    T(
        "sms_1708",
        "security_transport",
        "kotkupang ojek pangkalan depan {market} tu nomor {bwa}, dong minta ongkos 3x lipat. sy [[n:{lg1}]] [[a:rt {num}]]",
    ),
    T(
        "sms_1708",
        "social_aid",
        "KOTKUPANG PENDAMPING NO {owa} TDK MAU ANGKAT, SDH 2 BLN PKH SY TDK MASUK. SY [[n:{N1}]] HP [[p:{hp1}]]",
    ),
    T(
        "sms_1708",
        "civil_registry",
        "kotkupang akta anak sy salah tulis nama, yg benar [[n:{l2}]]. sy [[n:{l1}]] tinggal di [[a:{adr1}]]",
        fam={2: 1},
    ),
    T(
        "sms_1708",
        "lost_found",
        "KOTKUPANG ANAK SY [[n:{N2}]] (13 THN) BLM PULANG SJK KEMARIN, TERAKHIR DI {MARKET}. YG LIHAT HUB [[p:{hp1}]] ATAU [[p:{hq1}]]. MAMA [[n:{G1}]]",
        F=(1,),
    ),
    T(
        "sms_1708",
        "market_trade",
        "kotkupang sy pemilik kios sembako di [[a:{ad1}]] (rumah sendiri), kena pungli rp {rpk} tiap mgg. hp sy [[p:{hp1}]]",
    ),
    # without spans
    T(
        "sms_1708",
        "scams",
        "KOTKUPANG NOMOR {scam} DAN {scam2} MENGAKU DR DINSOS MINTA TRANSFER UTK PENCAIRAN BLT RP {rpb}. MANA YG RESMI?",
    ),
    T(
        "sms_1708",
        "utilities",
        "kotkupang jalan {jl} depan {school} berlubang bsr, sdh lapor tgl {tgl} tiket {tiket} blm ada tindakan",
    ),
    T(
        "sms_1708",
        "utilities",
        "KOTKUPANG TAGIHAN PLN SY NAIK 3X, ID PEL {idpel}, TOKEN {token}. SY TLP 123 TDK ADA JAWABAN",
    ),
    T(
        "sms_1708",
        "security_transport",
        "kotkupang bus {bus} ke soe jam 07.00 tdk brgkt, tiket {booking} uang tdk dikembalikan rp {rpk}",
    ),
    T(
        "sms_1708",
        "health",
        "KOTKUPANG ANTRIAN {RS} MULAI JAM 5 PAGI, NO ANTRI {antri}, JAM 11 BLM DIPANGGIL. WA ANTRIAN {owa} TDK AKTIF",
    ),
    T(
        "sms_1708",
        "scams",
        "kotkupang ada sms dr {scam} bilang sy menang undian rp {rpb}, sy tdk percaya. tolong blokir",
    ),
    T(
        "sms_1708",
        "market_trade",
        "KOTKUPANG HARGA MINYAK DI {MARKET} RP {rpk}/LTR, DI TOKO {rpk2}. KARCIS RETRIBUSI NO {struk} TAPI TDK ADA PETUGAS",
    ),
    T(
        "sms_1708",
        "social_aid",
        "kotkupang bpnt rt {num} sampai rt {num2} blm cair, kantor pos {kel} bilang tunggu. tiket {tiket}",
    ),
]

# ---- kupang_malay_story: scams, losses and finds told in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay_story",
        "scams",
        """
Basodara dong, beta mau cerita. Kemarin sore ada yang telpon beta pake nomor {scam}, dia bilang dari bank, beta pung ATM su diblokir. Dia tau beta pung nama, [[n:{n1}]], deng beta pung NIK [[nik:{nik1}]]. Beta sonde kasi kode. Hati-hati e!
""",
    ),
    T(
        "kupang_malay_story",
        "scams",
        """
Katanya menang undian motor dari toko emas. Beta pung mama [[n:{n1}]] su transfer Rp {rp} ke DANA {scam}, terus nomor itu sonde aktif lai. Itu tipu-tipu. Sekarang beta ajar mama jang angkat nomor asing. Kalo ada yang tau, hubungi beta [[n:{g2}]] di [[p:{hp2}]].
""",
        F=(1,),
    ),
    T(
        "kupang_malay_story",
        "scams",
        """
Ada nomor {scam} WA beta, ngaku anak kos sa, bilang HP rusak, minta pulsa Rp {rpk}. Beta telpon anak kos yang betul, [[n:{n1}]], di dia pung nomor lama [[p:{hp1}]], dia bilang sonde pernah WA. Jadi yang {scam} tu penipu.
""",
    ),
    T(
        "kupang_malay_story",
        "scams",
        """
Ni nomor [[p:{hp1}]] ngaku dari Dinas Sosial. Beta tanya nama, dia bilang namanya [[n:{n1}]], terus suru transfer Rp {rpk} untuk "administrasi". Beta su lapor di kelurahan. Jang percaya e!
""",
    ),
    T(
        "kupang_malay_story",
        "lost_found",
        """
Tadi pagi beta dapat {item} di angkot lampu 10. Di dalam ada KTP nama [[n:{N1}]], alamat [[a:{ADR1}]]. Beta su antar ke rumah tapi sonde ada orang. Sapa yang kenal, kasi tau dia telpon beta [[p:{hp2}]]. Beta [[n:{g2}]].
""",
    ),
    T(
        "kupang_malay_story",
        "lost_found",
        """
Beta pung HP jatuh di ojek dari {market} ke Oesapa. Ojek tu beta sonde tau nama, tapi dia pung motor plat [[pl:{pl1}]]. Sapa yang kenal, tolong bilang antar ke beta pung rumah di [[a:{ad2}]]. Nomor beta pung maitua [[p:{hp3}]] ([[n:{g3}]]).
""",
    ),
    T(
        "kupang_malay_story",
        "market_trade",
        """
Beta jual ikan kering di {market}, los {los}. Yang mau pesan banyak, bisa WA beta langsung [[p:{hp1}]] ([[n:{g1}]]). Kalo mau ikan basah, beta pung ipar [[n:{g2}]] ada depot di Oeba, dong pung nomor {bwa}.
""",
    ),
    T(
        "kupang_malay_story",
        "security_transport",
        """
Semalam ada orang mabuk lempar batu di gang. Om [[n:{g1}]] yang jaga malam su telpon polisi. Kalo ada apa-apa lai, telpon om dia pung HP [[p:{hp1}]] atau pos polisi {otel}. Beta pung rumah di [[a:{rt2}]], pas depan tu.
""",
        M=(1,),
    ),
    T(
        "kupang_malay_story",
        "utilities",
        """
Su dua minggu air sonde jalan di beta pung rumah, [[a:{adr1}]]. Beta telpon {otel} dong bilang penuh. Akhirnya beli air tangki Om [[n:{g2}]], Rp {rpk} satu tangki, nomornya [[p:{hp2}]]. Mahal ma mau bagaimana.
""",
        M=(2,),
    ),
    T(
        "kupang_malay_story",
        "health",
        """
Beta pung bapa [[n:{n1}]] masuk {rs}, BPJS [[bpjs:{bpjs1}]] katanya sonde aktif. Padahal tiap bulan beta bayar. Sapa yang tau urus bagaimana, telpon beta [[n:{g2}]] [[p:{hp2}]].
""",
        M=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay_story",
        "social_aid",
        """
Beta ni janda, tinggal di [[a:{rt1}]] Kel. {kel}. Nama beta [[n:{n1}]]. Dong data beta dua kali, ma bantuan sonde pernah dapat. Beta pung KK [[kk:{kk1}]]. Beta pung anak pung HP [[p:{hp2}]], [[n:{g2}]].
""",
        F=(1,),
        fam={2: 1},
    ),
    T(
        "kupang_malay_story",
        "scams",
        """
Nomor [[p:{hp1}]] a.n. [[n:{n1}]] tu pinjam uang di beta Rp {rp} bilang mau bayar sekolah anak. Su 3 bulan sonde bayar, WA sonde balas. Dia tinggal di [[a:{ad1}]]. Sapa yang kenal, tolong omong dia.
""",
    ),
    T(
        "kupang_malay_story",
        "civil_registry",
        """
Beta pung nama [[n:{n1}]], ma di KTP tanggal lahir tatulis salah. Su dua kali ke Dukcapil, dong bilang tunggu. NIK beta [[nik:{nik1}]]. Kalo petugas mau telpon, beta pung nomor [[p:{hp1}]].
""",
    ),
    T(
        "kupang_malay_story",
        "market_trade",
        """
Toko Bangunan Karya Baru - beta beli semen 20 sak di situ, su bayar lunas, ma sonde diantar. Rumah beta [[a:{ad1}]]. Dong pung nomor {bwa} sonde angkat. Beta [[n:{n1}]] [[p:{hp1}]].
""",
    ),
    T(
        "kupang_malay_story",
        "lost_found",
        """
Dong panggil dia [[n:{nk1}]] sa, anak umur 7 tahun, pake baju merah. Hilang di {market} jam {jam}. Dia pung mama [[n:{n2}]], HP [[p:{hp2}]]. Tolong e basodara!
""",
        F=(2,),
    ),
    T(
        "kupang_malay_story",
        "security_transport",
        """
Beta naik {bus} dari Soe, beta pung tas ketinggalan di bagasi. Kondektur namanya [[n:{n1}]] kasi nomor dia [[p:{hp1}]], bilang nanti dia antar. Kantor bus pung nomor {bwa} ju su beta telpon.
""",
    ),
    # without spans
    T(
        "kupang_malay_story",
        "scams",
        """
Awas e! Ada yang WA pake nomor {scam}, dia bilang dia dari PLN, katanya meteran mau ganti, suru transfer Rp {rpk}. Terus nomor {scam2} lai telpon, ngaku dari bank. Dua-dua tipu. Jang layani!
""",
    ),
    T(
        "kupang_malay_story",
        "scams",
        """
Katanya menang undian Shopee Rp {rpb}, suru telpon {scam} untuk klaim. Beta langsung blokir. Tiket aduan beta di LAPOR {tiket}.
""",
    ),
    T(
        "kupang_malay_story",
        "utilities",
        """
Beta telpon {otel} dong bilang penuh. WA {owa} ju sonde balas. Tagihan bulan ni Rp {rp}, no samb {samb}. Air sonde jalan, tagihan jalan terus.
""",
    ),
    T(
        "kupang_malay_story",
        "market_trade",
        """
Pasar murah di halaman kantor lurah tadi, beras Rp {rpk} per 5 kilo. Antri dari jam 6, beta dapat nomor {antri}. Info dari Disperindag pung nomor {owa}.
""",
    ),
    T(
        "kupang_malay_story",
        "lost_found",
        """
Dompet hilang di angkot, isi uang Rp {rpk} deng struk ATM no {struk}. Su lapor polisi, surat {lp}. Sapa yang dapat, antar ke pos satpam {market} sa, pos jaga {owa} (pos jaga).
""",
    ),
    T(
        "kupang_malay_story",
        "security_transport",
        """
Ojek pangkalan depan {market} tu nomor {bwa}, ma dong pung tarif Rp {rpk} untuk dekat sa. Dishub pung WA pengaduan {owa}, beta su lapor.
""",
    ),
    T(
        "kupang_malay_story",
        "health",
        """
Pustu pung nomor {owa}, ma kalo malam sonde ada yang angkat. Beta pung anak demam, akhirnya ke {clinic}, bayar Rp {rpk}. Kwitansi no {struk}.
""",
    ),
]

# ---- guard_logbook: security posts, night guards, market managers, lost-and-found books
TEMPLATES += [
    T(
        "guard_logbook",
        "security_transport",
        """
BUKU JAGA POS SATPAM {MARKET}
{tgl} malam – petugas: [[n:{N1}]] / [[n:{N2}]]
22.15 kios no {kios} lampu menyala, pemilik ditelpon ([[n:{N3}]], [[p:{hp3}]]), datang matikan
01.40 motor [[pl:{PL4}]] parkir semalam, pemilik tidak diketahui
05.30 serah terima ke shift pagi
""",
    ),
    T(
        "guard_logbook",
        "lost_found",
        """
BUKU BARANG TEMUAN – POS SATPAM {MARKET}
No. {noreg} | {tgl} | {item} | ditemukan oleh: [[n:{n1}]] (tukang parkir) | diambil oleh: [[n:{n2}]], HP [[p:{hp2}]], KTP [[nik:{nik2}]]
""",
    ),
    T(
        "guard_logbook",
        "security_transport",
        """
Laporan jaga malam {hotel} – {tgl}
Satpam: [[n:{n1}]] (HP [[p:{hp1}]])
23.10 tamu kamar {num} ribut, ditegur
02.00 mobil [[pl:{pl2}]] masuk parkir, sopir [[n:{n2}]] tidur di mobil
Pos jaga hotel: {bwa} (pos jaga)
""",
    ),
    T(
        "guard_logbook",
        "market_trade",
        """
Catatan kepala pasar {market}, {tgl}
- Rapat pedagang ikan: hadir {num} orang. Ketua paguyuban Bapak [[n:{n1}]] ([[p:{hp1}]]) minta los ditambah.
- Pedagang baru los {los}: Ibu [[n:{n2}]], tinggal di [[a:{adr2}]], HP [[p:{hp2}]].
- Kontak UPTD: {otel}.
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "guard_logbook",
        "security_transport",
        """
Piket Pos Kamling RT {num}
Tgl {tgl}
Jaga: Om [[n:{g1}]], Om [[n:{g2}]], [[n:{n3}]]
Kejadian: 00.30 orang asing duduk di depan rumah Tanta [[n:{g4}]], ditanya ngaku tunggu teman. Nomor yang dia kasih [[p:{hp5}]], nama [[n:{g5}]].
Aman.
""",
        M=(1, 2),
        F=(4,),
    ),
    T(
        "guard_logbook",
        "lost_found",
        """
TANDA TERIMA BARANG TEMUAN
Pos Satpam {school}
Barang: {item}
Diserahkan oleh: [[n:{n1}]], siswa kelas {kelas}
Diterima kembali oleh: [[n:{n2}]] (orang tua), [[p:{hp2}]]
Tanggal: {tg}
Satpam: [[n:{n3}]]
""",
    ),
    T(
        "guard_logbook",
        "security_transport",
        """
Buku tamu pos jaga Kompleks Griya Penfui
Tgl | Nama | Tujuan | No HP | Kendaraan
{tgl} | [[n:{N1}]] | antar galon ke pos | [[p:{hp1}]] | [[pl:{PL1}]]
{tgl} | Kurir JNE | paket | {bwa} | motor
{tgl} | [[n:{N2}]] | [[a:{adc2}]] (rumah sendiri) | [[p:{hp2}]] | -
""",
    ),
    T(
        "guard_logbook",
        "utilities",
        """
Laporan penjaga malam gudang air {kel}
{tgl}: pompa mati jam {jam}, teknisi PDAM ditelpon lewat call center {cc}. Karena lama, tukang ledeng swasta Om [[n:{g1}]] dipanggil, HP [[p:{hp1}]]. Biaya Rp {rpk}.
""",
        M=(1,),
    ),
    T(
        "guard_logbook",
        "security_transport",
        """
Pos Satpam Terminal Oebobo – {tgl}
08.20 bus {bus} tiba, penumpang [[n:{n1}]] lapor tas hilang. Nomor balik [[p:{hp1}]].
09.05 kondektur [[n:{n2}]] serahkan tas ke pos, cocok.
10.10 pemilik ambil, tanda tangan.
""",
    ),
    T(
        "guard_logbook",
        "health",
        """
Catatan satpam {rs} – shift malam {tgl}
01.15 keluarga pasien atas nama [[n:{n1}]] bikin ribut di IGD, minta kamar. Yang bertanggung jawab: anaknya [[n:{n2}]], [[p:{hp2}]].
03.00 ambulans {pusk} antar pasien rujukan.
""",
    ),
    T(
        "guard_logbook",
        "market_trade",
        """
DAFTAR PEDAGANG LOS IKAN – {MARKET}
No | Nama | Los | HP
1 | [[n:{N1}]] | {los} | [[p:{hp1}]]
2 | UD Laut Timor | {los2} | {bwa}
3 | [[n:{N2}]] | {los3} | [[p:{hp2}]]
4 | Koperasi Nelayan Oeba | {los4} | {bwa2}
""",
    ),
    T(
        "guard_logbook",
        "social_aid",
        """
Buku tamu kantor lurah {kel}, {tgl}
1. [[n:{n1}]] – urus SKTM – [[p:{hp1}]]
2. [[n:{n2}]] – tanya BLT, warga [[a:{rt2}]] – [[p:{hp2}]]
3. Staf {school} – antar surat – {otel}
""",
    ),
    T(
        "guard_logbook",
        "lost_found",
        """
PENGUMUMAN BARANG TEMUAN
Telah ditemukan KTP a.n. [[n:{N1}]], NIK [[nik:{nik1}]], di parkiran {market}. Dapat diambil di pos satpam dengan menunjukkan KK. Penemu: [[n:{n2}]].
""",
    ),
    T(
        "guard_logbook",
        "security_transport",
        """
LAPORAN KEJADIAN – SATPAM {SCHOOL}
Hari/tgl: {hari}, {tgl}
Motor guru [[n:{n1}]] plat [[pl:{pl1}]] digores orang. Saksi: penjual bakso depan sekolah, [[n:{n2}]] ([[p:{hp2}]]).
Dilaporkan ke Polsek, {lp}.
""",
    ),
    T(
        "guard_logbook",
        "scams",
        """
Catatan satpam bank – {tgl}
10.20 nasabah lansia [[n:{n1}]] datang mau transfer Rp {rp} karena ditelpon {scam} yang mengaku cucunya. Ditahan, cucu yang asli [[n:{g2}]] ditelpon di [[p:{hp2}]], ternyata aman.
""",
        E=(1,),
    ),
    T(
        "guard_logbook",
        "market_trade",
        """
Catatan serah terima kunci kios
Kios no {kios} – penyewa lama: [[n:{n1}]] ([[p:{hp1}]]) – penyewa baru: [[n:{n2}]], KTP [[nik:{nik2}]], alamat [[a:{adr2}]] – saksi: kepala pasar.
""",
    ),
    T(
        "guard_logbook",
        "lost_found",
        """
Jaga malam Pantai Lasiana – {tgl}
Anak hilang atas nama [[n:{g1}]] (6 th) ditemukan jam {jam} di dekat lopo. Orang tua, [[n:{n2}]], dihubungi di [[p:{hp2}]] dan jemput di pos.
""",
    ),
    # without spans
    T(
        "guard_logbook",
        "security_transport",
        """
BUKU JAGA POS {MARKET} – {tgl}
19.00 serah terima shift. Kunci gerbang 3 buah.
23.40 patroli blok A–D aman.
02.15 listrik padam, lapor PLN 123, tiket {tiket}.
Pos satpam: {owa} (pos jaga). Kantor UPTD: {otel}.
""",
    ),
    T(
        "guard_logbook",
        "lost_found",
        """
REGISTER BARANG TEMUAN {bln}
{noreg} | {item} | {tgl} | disimpan
{noreg2} | helm hitam | {tgl2} | diambil (tanda terima {struk})
{noreg3} | payung | {tgl3} | disimpan
""",
    ),
    T(
        "guard_logbook",
        "security_transport",
        """
Jadwal piket pos kamling:
Senin – kelompok 1
Rabu – kelompok 2
Jumat – kelompok 3
HP pos: {owa} (pos kamling). Polsek: {otel}. Darurat 112.
""",
    ),
    T(
        "guard_logbook",
        "market_trade",
        """
Rekap retribusi harian {market} {tgl}
Los ikan: Rp {rp} (karcis {struk} s.d. {struk2})
Los sayur: Rp {rp2}
Setor ke rekening kas daerah Bank NTT {rekntt}.
Kepala Pasar, NIP {nip}
""",
    ),
    T(
        "guard_logbook",
        "security_transport",
        """
Pos Satpam {hotel}
Parkir tamu: {num} mobil, {big} motor.
Karcis parkir no {struk}.
Telepon resepsionis {otel}, WA front office {bwa}.
""",
    ),
    T(
        "guard_logbook",
        "utilities",
        """
Catatan penjaga gudang air:
{tgl} pompa 2 mati jam {jam}. Lapor PDAM call center {cc}, no laporan {tiket}.
Tagihan listrik pompa ID pel {idpel}.
""",
    ),
    T(
        "guard_logbook",
        "health",
        """
Satpam IGD {rs}: {tgl}
{num} pasien masuk, {kecil} rujukan dari {pusk}.
Ambulans: {owa} (jaga). Informasi: {otel}.
""",
    ),
]

# ---- a few more across styles
TEMPLATES += [
    T(
        "ig_comments",
        "market_trade",
        """
tokoduasaudara.kupang · Ikuti
LOWONGAN KASIR 📢 Perempuan, min. SMA, domisili Kupang. Kirim lamaran ke hrd.tokoduasaudara@gmail.com paling lambat {tg}.
—
{handle} sa su kirim dari [[e:{em1}]] kak, atas nama [[n:{n1}]] 🙏
tokoduasaudara.kupang @{handle} sudah kami terima kak
nona_kupang88 laki-laki sonde bisa ko 😅
""",
        F=(1,),
    ),
    T(
        "wa_neighbourhood",
        "social_aid",
        """
[{dt}] [[n:{n1}]]: Bapa mama kader posyandu, bendahara kelurahan minta NPWP semua kader untuk honor bulan {bln}. Kirim ke sa e
[{dt2}] [[n:{n2}]]: Ini punya sy [[npwp:{npwpn2}]]
[{dt3}] [[n:{n3}]]: Sa pung NPWP lama [[npwp:{npwpd3}]], masih bisa ko?
[{dt4}] [[n:{n1}]]: Sekarang pake NIK saja kaka
""",
        F=(1, 2, 3),
    ),
    T(
        "call_transcript",
        "market_trade",
        """
Petugas: KPP Pratama Kupang, dengan [[n:{g1}]]. Ada yang bisa dibantu?
Penelepon: Sa pedagang di {market}, usaha perorangan. NPWP sa [[npwp:{npwpd2}]], mau tanya lapor SPT.
Petugas: Atas nama?
Penelepon: [[n:{n2}]]. Email sa [[e:{em2}]].
Petugas: Baik, kami kirim panduan. Untuk pertanyaan lain WA {owa} atau Kring Pajak 1500200.
""",
    ),
    T(
        "email_thread",
        "security_transport",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: dishub@kupangkota.go.id
Subject: Angkot berhenti sembarangan depan rumah

Setiap pagi angkot berhenti di depan rumah kami, [[a:{ad1}]], menutup jalan keluar. Nomor polisi yang sering: [[pl:{pl2}]]. Kalau petugas mau survei, tetangga saya [[n:{n3}]] yang selalu di rumah, nomornya [[p:{hp3}]].

Terima kasih,
[[n:{n1}]]
""",
    ),
    # without spans
    T(
        "fb_office_thread",
        "market_trade",
        """
KPP Pratama Kupang
NPWP orang pribadi kini menggunakan NIK. Contoh format lama: 09.123.456.7-920.000. Layanan asistensi SPT di KPP, {jlno}. Tanya: informasi@pajak.go.id / Kring Pajak 1500200.

{handle}
NTPN sa {trx} su bayar tapi belum masuk 😓

KPP Pratama Kupang
Silakan DM kami kak.
""",
    ),
    T(
        "wa_market",
        "social_aid",
        """
[{dt}] Admin Grup: Bantuan modal usaha mikro dari Diskop: daftar di kantor UPTD bawa NIB. Info {owa}. Hati-hati nomor {scam} yang minta biaya daftar, itu bukan petugas.
[{dt2}] Admin Grup: Kuota {big} pedagang, terakhir {tg}.
""",
    ),
]


if __name__ == "__main__":
    main()
