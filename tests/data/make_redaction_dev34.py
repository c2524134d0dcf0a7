# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev34.jsonl: what offices, schools, churches and RTs write themselves.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{hp1}``, ``{nip}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev34.py`` (stdlib only,
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

SEED = 20261234
PREFIX = "d34"
OUT = Path(__file__).with_name("redaction_dev34.jsonl")

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
    "letter",
    "memo",
    "minutes",
    "circular",
    "press_release",
    "complaint_reply",
    "school_letter",
    "health_notice",
    "church_notice",
    "rt_village",
)
THEMES = (
    "social_aid",
    "health",
    "education",
    "civil_registry",
    "utilities",
    "security",
    "disaster",
    "tax_business",
    "staffing",
    "religion_community",
)
FLOORS = {
    "templates": 200,
    "texts": 600,
    "spans": 900,
    "per_style": 55,
    "empty_share": 0.30,
    "name": 400,
    "phone": 120,
    "nik": 15,
    "bank_account": 10,
    "email": 15,
    "npwp": 5,
    "kk": 5,
    "address": 40,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "dra", "pdt",
    "pastor", "romo", "pater", "rm", "suster", "sr", "bidan", "lurah", "camat", "guru", "om",
    "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka",
    "brigpol", "aiptu", "ipda", "iptu", "akp", "serka", "kompol", "yth", "saudara", "saudari",
    "ketua", "kepala", "petugas", "pendamping", "admin", "staf", "bendahara", "sekretaris",
    "almarhum", "alm", "almh", "dokter", "ns", "ttd", "salam", "dari", "hormat", "atas", "anak",
    "ananda", "ustadz", "ustad", "haji", "h", "hj", "kh", "vikaris", "penatua", "diaken", "ir",
    "prof", "apt", "amd", "wali", "kasi", "kabid", "sekdis", "kadis", "plt", "plh", "pj", "an",
    "operator", "perawat", "kader", "pnt", "dkn", "vik", "ustadzah", "takmir", "ketuarw", "rt", "rw", "nip", "nrp", "hp", "wa",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev34)
GIVEN_M = (
    "Aleksander", "Benyamin", "Defrit", "Elkana", "Ferdinandus", "Gabriel", "Imanuel", "Yosua",
    "Kornelis", "Lukas", "Melkianus", "Nikson", "Obed", "Rudolof", "Semuel", "Viktorius",
    "Wellem", "Yeremias", "Zakarias", "Arnoldus", "Bernadus", "Dominikus", "Efraim",
    "Fransiskus", "Godlief", "Hendrikus", "Yakobus", "Marthen", "Nataniel", "Oktovianus",
    "Stefanus", "Abraham", "Yunus", "Isak", "Mikael", "Roby", "Jefri", "Adrianus", "Simson",
    "Ebenhaezer", "Gerson", "Yulius",
)  # fmt: skip
GIVEN_F = (
    "Adolfina", "Beatrix", "Christina", "Dorkas", "Erlinda", "Filomena", "Grasiana", "Hendrina",
    "Imelda", "Yuliana", "Karolina", "Lodia", "Magdalena", "Novita", "Oktovina", "Petronela",
    "Selvina", "Welmince", "Yohana", "Agustina", "Serlin", "Marselina", "Ester", "Naomi",
    "Rosalinda", "Yasinta", "Apriliana", "Debora", "Fransina", "Ludovika", "Sarlota", "Merlin",
    "Anjelina", "Kristofora", "Emiliana", "Veronika", "Jubelina", "Herlina",
)  # fmt: skip
FAMILY = (
    "Adoe", "Bire", "Dethan", "Haning", "Kolo", "Lakapu", "Mbura", "Nalle", "Oematan",
    "Pandie", "Rihi", "Taopan", "Wadu", "Selan", "Kase", "Ndoen", "Seran", "Tualaka", "Lopo",
    "Hauteas", "Nubatonis", "Missa", "Sinlae", "Tanesib", "Tamonob", "Banunaek", "Neolaka",
    "Kolimo", "Messakh", "Ndolu", "Bollu", "Kana Hau", "Kiuk", "Saubaki", "Koehuan",
    "Rohi Bane", "Mnir", "Boimau", "Tefnay", "Sjioen", "Radja Haba", "Liunokas", "Nitbani",
    "Ataupah", "Sabneno", "Tnunay", "Lenggu", "Dima", "Baun", "Toelle", "Leo Bunga",
)  # fmt: skip
# (sex, given, family) of other origins
OTHER = (
    ("M", "I Ketut", "Sudarsana"), ("F", "Ni Luh Putu", "Sukarini"), ("M", "Umbu", "Ndakularak"),
    ("F", "Rambu", "Kahi Ana"), ("F", "Mei Lan", "Tjandra"), ("M", "I Made", "Wirawan"),
)  # fmt: skip
# (written for dev34) Muslim families of Kupang: Solor, Alor, Bugis, Bima, Arab descent
MUSLIM_M = (
    "Abdullah",
    "Ismail",
    "Hamzah",
    "Rahmat",
    "Syarifuddin",
    "Fadli",
    "Ridwan",
    "Jamaludin",
    "Anwar",
    "Zainal",
)
MUSLIM_F = (
    "Nurjannah",
    "Fatimah",
    "Halimah",
    "Rukayah",
    "Sitti Nur",
    "Aisyah",
    "Salmah",
    "Mariam",
    "Hadijah",
    "Nuraini",
)
MUSLIM_FAMILY = (
    "Kiko",
    "Lamahala",
    "Bethan",
    "Baharudin",
    "Labaso",
    "Assegaf",
    "Djawas",
    "Lawalu",
    "Mansyur",
    "Daeng Pawero",
)
NICK = (
    "Onci",
    "Yoke",
    "Tonce",
    "Beni",
    "Ucu",
    "Ance",
    "Eto",
    "Nelo",
    "Ochi",
    "Ipin",
    "Nati",
    "Dece",
)
DECOR = ("",)
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
)
DEGREES = (
    ", S.Sos.", ", S.Sos", ", S.Pd.", ", S.Pd", ", S.H.", ", SH", ", S.E.", ", S.STP", ", S.IP",
    ", M.Si", ", S.Sos., M.Si", ", S.T.", ", S.Pd., M.Pd.",
    ", S.Kom", ", SKM", ", S.Th.", ", M.Th.", ", S.H., M.H.",
)  # fmt: skip

# ---------------------------------------------------------------- places (Kota Kupang)
KELURAHAN = (
    "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Oesapa", "Lasiana", "Naikoten I",
    "Fontein", "Bakunase II", "Sikumana", "Kolhua", "Penfui", "Naimata", "Manutapen", "Alak",
    "Namosain", "Oepura", "Maulafa", "Fatululi", "Oetete", "Airnona", "Belo", "Nefonaek",
    "Pasir Panjang", "Oeba", "Fatubesi", "Naioni", "Oesapa Barat", "Kelapa Lima", "Solor",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
HOME_STREETS = (
    "Jl. Bakti Karya", "Jl. Kancil", "Jl. Rusa", "Jl. Sumba", "Jl. Bajawa", "Jl. Lontar",
    "Jl. Salak", "Jl. Delima", "Jl. Beringin", "Jl. Oekam", "Jl. Anggrek", "Gg. Mawar",
    "Gg. Kenanga", "Jl. Belimbing", "Jl. Manggis", "Jl. Srikaya", "Jl. Kecapi", "Jl. Cempaka",
    "Jl. Kartini Gg. 2", "Jl. Perintis Kemerdekaan I", "Jl. Jambu Air", "Jl. Kuanino",
    "Jl. Gunung Mutis", "Jl. Kelimutu", "Jl. Sukun Gg. Damai", "Lr. Kasuari", "Jl. Camplong",
)  # fmt: skip
COMPLEX = ("Perumnas", "BTN Kolhua", "Perum Oesapa Indah", "Kompleks Griya Permai Penfui")
PUBLIC_STREETS = (
    "Jl. S.K. Lerik", "Jl. El Tari", "Jl. Timor Raya", "Jl. Soeharto", "Jl. W.J. Lalamentik",
    "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. Adi Sucipto", "Jl. Jend. Sudirman",
    "Jl. Moh. Hatta", "Jl. Urip Sumoharjo", "Jl. Cak Doko", "Jl. Ahmad Yani", "Jl. Veteran",
    "Jl. R.A. Kartini", "Jl. Polisi Militer", "Jl. Thamrin", "Jl. Eltari II",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oebobo", "Puskesmas Bakunase", "Puskesmas Sikumana", "Puskesmas Oesapa",
    "Puskesmas Kupang Kota", "Puskesmas Alak", "Puskesmas Pasir Panjang", "Puskesmas Penfui",
    "Puskesmas Naioni", "Puskesmas Manutapen", "Puskesmas Oepoi", "Puskesmas Kota Baru",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W.Z. Johannes", "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang", "RSIA Dedari", "RS Leona",
)  # fmt: skip
SCHOOLS = (
    "SD Inpres Liliba", "SDN Oetete 1", "SMPN 2 Kupang", "SMPN 12 Kupang", "SMAN 3 Kupang",
    "SMKN 2 Kupang", "SDK St. Arnoldus Penfui", "MTsN Kota Kupang", "SD GMIT Naikoten 2",
    "SMP Kristen Citra Bangsa", "SMAK Giovanni", "SDN Bakunase 3",
)  # fmt: skip
CHURCHES = (
    "GMIT Jemaat Kota Baru",
    "GMIT Jemaat Syalom Airnona",
    "GMIT Jemaat Efata Liliba",
    "GMIT Jemaat Pniel Oesapa",
    "GMIT Jemaat Imanuel Oepura",
    "GMIT Jemaat Betel Oetete",
)
PARISHES = (
    "Paroki Katedral Kristus Raja", "Paroki St. Yoseph Pekerja Penfui", "Paroki St. Maria Assumpta",
    "Paroki St. Fransiskus Xaverius Kota Baru",
)  # fmt: skip
MOSQUES = (
    "Masjid Raya Nurussa'adah",
    "Masjid Al-Ikhlas Oesapa",
    "Masjid At-Taqwa Oeba",
    "Masjid Al-Muhajirin Naikoten",
)
OFFICES = (
    "Dinas Sosial Kota Kupang", "Dinas Kependudukan dan Pencatatan Sipil Kota Kupang",
    "Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang", "Dinas Kesehatan Kota Kupang",
    "Dinas Pendidikan dan Kebudayaan Kota Kupang", "Badan Pendapatan Daerah Kota Kupang",
    "Dinas Lingkungan Hidup dan Kebersihan Kota Kupang", "Badan Penanggulangan Bencana Daerah Kota Kupang",
    "Dinas Perhubungan Kota Kupang", "Satuan Polisi Pamong Praja Kota Kupang",
    "Dinas Koperasi, Tenaga Kerja dan UKM Kota Kupang", "Dinas Perumahan Rakyat dan Kawasan Permukiman",
)  # fmt: skip
SHOPS = (
    "Toko Bangunan Sumber Berkat",
    "Fotokopi Anugerah Oebufu",
    "Apotek Kasih Bunda",
    "Depot Air Tirta Lontar",
    "Kios Sumber Rejeki Bakunase",
)
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
            if i in self.spec["S"]:
                given = r.choice(MUSLIM_F if sex == "F" else MUSLIM_M)
                family = head["f"] if head else r.choice(MUSLIM_FAMILY)
            elif head is None and r.random() < 0.07:
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
            "deg": r.choice(DEGREES),
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
            "dec", "deg", "lahir", "umur", "bank", "rek", "ad", "adr", "adc", "rt", "rtk", "pl", "wal",
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
    "thn": lambda fl, i: str(fl.year + {1: 0, 2: -1, 3: 1, 4: 3}.get(i, 0)),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "rs": lambda fl, i: fl.rng.choice(HOSPITALS),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "wlt": lambda fl, i: fl.rng.choice(WALLETS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 45),
    "rwx": lambda fl, i: "RW %02d" % fl.rng.randint(1, 15),
    # office look-alikes
    "roman": lambda fl, i: fl.rng.choice(("I", "II", "III", "IV")),
    "puskmail": lambda fl, i: fl.rng.choice(
        ("pkm.oebobo", "puskesmas.bakunase", "pkmsikumana", "puskesmasalak.kpg")
    ),
    "skul": lambda fl, i: fl.rng.choice(
        ("SMPN.2", "SDI-LLB", "SMAN3", "SDK.ARN", "SMKN2", "SDGMIT-NK2")
    ),
    "kelmail": lambda fl, i: fl.rng.choice(
        ("oebufu", "liliba", "kolhua", "fatululi", "oetete", "naimata")
    ),
    "desa": lambda fl, i: fl.rng.choice(
        ("Noelbaki", "Oelnasi", "Penfui Timur", "Oelpuah", "Tanah Merah", "Oebelo")
    ),
    "ini": lambda fl, i: fl.rng.choice("ABDEFHJKMRSTY") + fl.rng.choice("ABDEFHJKLMNRST"),
    "ext": lambda fl, i: str(fl.rng.randint(101, 349)),
    "kodepos": lambda fl, i: "8511%d" % fl.rng.randint(1, 9),
    "nrp": lambda fl, i: (
        "%02d%02d%04d" % (fl.rng.randint(70, 99), fl.rng.randint(1, 12), fl.rng.randint(1, 9999))
    ),
    "sk": lambda fl, i: (
        "%s/%s/%s/%d"
        % (
            fl.rng.choice(("188.45", "141", "400.9", "800.1.3", "300.2")),
            fl.rng.choice(("KEP", "KEP/HK", "SK/KEL", "SK/DINSOS")),
            "%03d" % fl.rng.randint(1, 480),
            fl.year,
        )
    ),
    "mak": lambda fl, i: (
        "%d.%02d.%02d.%d.%02d.%04d"
        % (
            fl.rng.randint(1, 7),
            fl.rng.randint(1, 9),
            fl.rng.randint(1, 20),
            fl.rng.randint(1, 2),
            fl.rng.randint(1, 30),
            fl.rng.randint(1, 120),
        )
    ),
    "ruang": lambda fl, i: (
        fl.rng.choice(("%d.%02d", "%d%02d", "Lt. %d No. %02d"))
        % (fl.rng.randint(1, 3), fl.rng.randint(1, 20))
    ),
    "ofc": lambda fl, i: fl.rng.choice(OFFICES),
    "mosque": lambda fl, i: fl.rng.choice(MOSQUES),
    "paroki": lambda fl, i: fl.rng.choice(PARISHES),
    "pct": lambda fl, i: "%d,%d" % (fl.rng.randint(40, 99), fl.rng.randint(0, 9)),
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
    S: tuple[int, ...] = (),
) -> tuple:
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto = {"M": set(), "F": set()}
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
        r"(?i)\b(?:oma|opa|lansia)\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}",
        text,
    ):
        elder.add(int(m.group(1)))
    spec = {
        "F": females,
        "M": males,
        "K": K,
        "E": tuple(sorted(elder)),
        "fam": fam or {},
        "S": S,
    }
    return (style, theme, text.strip("\n"), spec, U)


MALE_WORDS = (
    "om|opa|bapa|pak|bpk|bapak|suami|ayah|bapaknya|aiptu|bripka|nyong|sdr|ustadz|pater|romo"
)
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny|sdri|suster|sr"


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
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1} given name, {f1}/{F1}
# family name, {nk1} nickname, {ig1} initial and family name, {deg1} a degree after a name with
# its comma); {hp1} mobile ({hpb1} {hpd1} {hps1} {hpt1} {hpi1} {hpj1} {hpk1} writings), {hq1} a
# second mobile, {tr1} home landline; {nik1} {kk1} {npwp1} {bpjs1} {em1} ({emk1} a person's own
# on an office's host), {bank1}/{rek1}, {ad1}/{adr1}/{adc1}/{rt1} addresses, {pl1} plate.
# Not a person's: {owa} {owab} {scam} {bwa} mobiles, {otel} an office's landline, {cc}; {npwpx}
# a body's NPWP, {rekb} {rekntt} {rekbri} a body's account; look-alikes {nip} {nrp} {nisn} {npsn}
# {surat} {sk} {mak} {ext} {kodepos} {ruang} {tiket} {nop} {idpel} {samb} {akta} {sep} {va};
# figures {tgl} {tg} {jam} {rp} {rpk} {rpb} {num} {kecil} {big} {thn} {bln} {hari} {pct} {kk0};
# places and bodies {kel} {kec} {pusk} {rs} {school} {church} {paroki} {mosque} {ofc} {desa} {jl} {jlno}
# {rtx} {rwx}; codes {skul} {kelmail} {puskmail} {roman} {ini} (a suspect's initials).
# T(..., S=(1, 2)) draws persons 1 and 2 from Muslim names (a mosque's board).

TEMPLATES: list[tuple] = []

# ---- letter: official letters with a letterhead, signed by an official
TEMPLATES += [
    T(
        "letter",
        "social_aid",
        """
PEMERINTAH KOTA KUPANG
DINAS SOSIAL
{jlno}, Kupang {kodepos}
Telp. {otel} Fax. {otel2}
Email: dinsos@kupangkota.go.id

Nomor   : {surat}
Sifat   : Biasa
Lampiran: 1 (satu) berkas
Perihal : Undangan Verifikasi Data PKH

Kepada Yth.
Lurah {kel}
di-
Tempat

Dengan hormat, sehubungan dengan pemutakhiran DTKS tahap II tahun {thn}, bersama ini kami mengundang Saudara untuk hadir pada hari {hari}, {tg}, pukul {jam} WITA bertempat di Aula Dinas Sosial Lt. 2. Demikian untuk menjadi perhatian.

Kepala Dinas Sosial Kota Kupang,

[[n:{n1}]]{deg1}
Pembina Utama Muda
NIP. {nip}
""",
    ),
    T(
        "letter",
        "civil_registry",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC}
KELURAHAN {KEL}
Alamat: {jlno} Telp. {otel}

SURAT KETERANGAN DOMISILI
Nomor: {surat}

Yang bertanda tangan di bawah ini Lurah {kel}, Kecamatan {kec}, menerangkan bahwa:
Nama           : [[n:{N1}]]
NIK            : [[nik:{nik1}]]
Tempat/Tgl Lahir: Kupang, {lahir1}
Alamat         : [[a:{adr1}]]
benar berdomisili di wilayah Kelurahan {kel} sejak tahun {thn2}. Surat keterangan ini diberikan untuk keperluan pengurusan beasiswa.

Kupang, {tg}
LURAH {KEL},

[[n:{N2}]]{DEG2}
NIP. {nip}
""",
    ),
    T(
        "letter",
        "utilities",
        """
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
{jlno} Kupang – Telp. {otel} psw. {ext} – Fax {otel2}
Laman: pupr.kupangkota.go.id  Pos-el: pupr@kupangkota.go.id

Nomor  : {surat}
Hal    : Tanggapan atas Permohonan Perbaikan Saluran

Yth. Sdr. [[n:{n1}]]
[[a:{adr1}]]
Kel. {kel}
di Kupang

Menindaklanjuti surat Saudara tanggal {tgl} perihal saluran drainase tersumbat di depan rumah Saudara, dengan ini kami sampaikan bahwa tim Bidang Sumber Daya Air telah melakukan peninjauan pada {tgl2}. Pekerjaan normalisasi dijadwalkan dalam anggaran perubahan tahun {thn} (kode kegiatan {mak}). Untuk koordinasi di lapangan Saudara dapat menghubungi pengawas kami Sdr. [[n:{n2}]] di nomor [[p:{hp2}]].

a.n. Kepala Dinas PUPR
Kepala Bidang Sumber Daya Air,

[[n:{n3}]]{deg3}
NIP {nip}
""",
        M=(1,),
    ),
    T(
        "letter",
        "staffing",
        """
PEMERINTAH KOTA KUPANG
BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA
{jlno}, Telp. {otel} Kupang {kodepos}

SURAT PERINTAH TUGAS
Nomor: {surat}

Dasar: DPA BKPSDM Tahun Anggaran {thn} kode rekening {mak}.
MEMERINTAHKAN:
Kepada:
1. Nama : [[n:{n1}]]{deg1}
   NIP  : {nip}
   Jabatan: Analis SDM Aparatur Ahli Muda
2. Nama : [[n:{n2}]]{deg2}
   NIP  : {nip2}
   Jabatan: Pengadministrasi Umum
Untuk: melaksanakan verifikasi berkas usul kenaikan pangkat periode {bln} {thn} di Kecamatan {kec} selama {kecil} hari.

Dikeluarkan di: Kupang
Pada tanggal: {tg}
KEPALA BKPSDM KOTA KUPANG,

[[n:{n3}]]{deg3}
NIP. {nip3}
""",
    ),
    T(
        "letter",
        "tax_business",
        """
PEMERINTAH KOTA KUPANG
BADAN PENDAPATAN DAERAH
{jlno} Kupang, Telp/Fax {otel}, WA Layanan {owa}
bapenda@kupangkota.go.id

Nomor: {surat}
Perihal: Pemberitahuan Tunggakan PBB-P2

Kepada Yth.
Bapak [[n:{n1}]]
[[a:{ad1}]], Kel. {kel}
NPWP: [[npwp:{npwp1}]]

Berdasarkan data kami, objek pajak dengan NOP {nop} atas nama Bapak masih memiliki tunggakan PBB-P2 tahun {thn2} dan {thn} sebesar Rp {rpb}. Pembayaran dapat dilakukan melalui Bank NTT atau kanal pembayaran resmi dengan kode bayar {va}. Abaikan surat ini apabila telah melakukan pembayaran.

Kepala Bidang Pajak Daerah,
ttd
[[n:{n2}]]{deg2}
NIP. {nip}
""",
    ),
    T(
        "letter",
        "education",
        """
PEMERINTAH KOTA KUPANG
DINAS PENDIDIKAN DAN KEBUDAYAAN
{jlno} – Telepon {otel}, Faks {otel2}, Kupang {kodepos}

Kupang, {tg}
Nomor   : {surat}
Lampiran: -
Hal     : Rekomendasi Mutasi Peserta Didik

Kepada Yth. Kepala {school}
di Kupang

Dengan ini kami sampaikan rekomendasi pindah sekolah bagi peserta didik:
Nama     : [[n:{n1}]]
NISN     : {nisn}
Asal     : {school2} (NPSN {npsn})
Orang tua: [[n:{n2}]], HP [[p:{hp2}]]
Alamat   : [[a:{adr2}]], Kel. {kel}
Mohon dapat diterima sesuai daya tampung yang tersedia.

Sekretaris Dinas,

[[n:{n3}]]{deg3}
NIP {nip}
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "letter",
        "disaster",
        """
PEMERINTAH KOTA KUPANG
BADAN PENANGGULANGAN BENCANA DAERAH
Pusdalops 24 Jam: {otel}  |  WA Darurat: {owa}
{jlno}, Kupang

Nomor : {surat}
Hal   : Permohonan Bantuan Logistik

Kepada Yth. Kepala Pelaksana BPBD Provinsi NTT di Kupang

Dengan hormat, menindaklanjuti kejadian angin puting beliung pada {tg} yang merusak {num} unit rumah di Kelurahan {kel}, bersama ini kami mohon dukungan logistik berupa terpal {big} lembar dan makanan siap saji. Data korban terlampir. Narahubung di lapangan: Kasi Kedaruratan [[n:{n1}]], HP [[p:{hp1}]].

Kepala Pelaksana,

[[n:{n2}]]{deg2}
NIP. {nip}
""",
    ),
    T(
        "letter",
        "security",
        """
KEPOLISIAN NEGARA REPUBLIK INDONESIA
DAERAH NUSA TENGGARA TIMUR
RESOR KUPANG KOTA
{jlno} Kupang

Kupang, {tg}
Nomor   : B/{num}/{ROMAN}/{thn}/Reskrim
Perihal : Pemberitahuan Perkembangan Hasil Penyidikan (SP2HP)

Kepada Yth. Sdri. [[n:{n1}]]
di [[a:{adr1}]], Kel. {kel}

Rujukan Laporan Polisi Nomor LP/B/{big}/{thn}/SPKT tanggal {tgl} tentang pencurian sepeda motor [[pl:{pl1}]] milik pelapor. Bersama ini diberitahukan bahwa penyidik telah memeriksa {kecil} orang saksi. Apabila ada informasi tambahan, pelapor dapat menghubungi penyidik pembantu Bripka [[n:{n2}]] di [[p:{hp2}]].

a.n. KEPALA KEPOLISIAN RESOR KUPANG KOTA
KASAT RESKRIM
[[n:{N3}]]
AKP NRP {nrp}
""",
        M=(2, 3),
    ),
    T(
        "letter",
        "health",
        """
PEMERINTAH KOTA KUPANG
DINAS KESEHATAN
{PUSK}
{jlno}, Telp. {otel}, Email: {puskmail}@gmail.com

SURAT RUJUKAN
No: {num}/PKM/{thn}

Kepada Yth. dokter spesialis anak {rs}
Mohon pemeriksaan dan penanganan lebih lanjut pasien:
Nama   : An. [[n:{n1}]]
Umur   : {kecil} tahun
No. JKN: [[bpjs:{bpjs1}]]
Alamat : [[a:{rt1}]], Kel. {kel}
Diagnosa sementara: febris hari ke-4, susp. DHF.
Terapi yang sudah diberikan: paracetamol 3x250 mg, cairan oral.

Dokter pemeriksa,
dr. [[n:{n2}]]
NIP {nip}
""",
        K=(1,),
    ),
    T(
        "letter",
        "religion_community",
        """
GEREJA MASEHI INJILI DI TIMOR
MAJELIS JEMAAT {CHURCH}
Sekretariat: {jlno}, Kupang – Telp. {otel}

Nomor: {num}/MJ/{ROMAN}/{thn}
Perihal: Permohonan Keringanan Retribusi Sampah

Kepada Yth. Kepala Dinas Lingkungan Hidup dan Kebersihan Kota Kupang
di Kupang

Dengan hormat, Majelis Jemaat mohon keringanan retribusi sampah bagi kompleks gereja dan pastori. Untuk keterangan lebih lanjut dapat menghubungi Sekretaris Majelis, Pnt. [[n:{n1}]] ([[p:{hp1}]]).

Ketua Majelis Jemaat,          Sekretaris,
Pdt. [[n:{n2}]]{deg2}          [[n:{n1}]]{deg1}
""",
    ),
    T(
        "letter",
        "social_aid",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC}
{jlno} Kupang, Telp. {otel}

SURAT PENGANTAR
Nomor: {surat}

Bersama ini kami kirimkan kepada Kepala Dinas Sosial Kota Kupang berkas usulan bantuan rumah tidak layak huni atas nama:
1. [[n:{N1}]], NIK [[nik:{nik1}]], [[a:{rt1}]] Kel. {kel}
2. [[n:{N2}]], NIK [[nik:{nik2}]], [[a:{rt2}]] Kel. {kel}
untuk diproses lebih lanjut.

CAMAT {KEC},
[[n:{N3}]]{DEG3}
NIP. {nip}
""",
    ),
    T(
        "letter",
        "tax_business",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
{jlno}, Kupang {kodepos}; Telepon {otel}; Faksimile {otel2}; Kring Pajak 1500200

Nomor : S-{big}/KPP.{num}03/{thn}
Sifat : Segera
Hal   : Permintaan Penjelasan atas Data dan/atau Keterangan

Yth. [[n:{N1}]]
NPWP [[npwp:{npwp1}]]
[[a:{AD1}]]
KUPANG

Berdasarkan penelitian atas SPT Tahunan PPh Orang Pribadi tahun pajak {thn2}, terdapat data yang memerlukan penjelasan. Saudara diminta memberikan penjelasan paling lama 14 hari sejak tanggal surat ini kepada Account Representative [[n:{n2}]] (telepon {otel} ext. {ext}).

a.n. Kepala Kantor
Kepala Seksi Pengawasan II
[[n:{n3}]]
""",
    ),
    T(
        "letter",
        "civil_registry",
        """
PEMERINTAH KOTA KUPANG
DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
{jlno} Kupang – Call Center {owa} – dukcapil@kupangkota.go.id

Nomor: {surat}
Hal  : Pemberitahuan Perbaikan Data Kartu Keluarga

Kepada Yth. Sdr. [[n:{n1}]]
[[a:{adr1}]]
di Kupang

Menindaklanjuti permohonan Saudara, Kartu Keluarga Nomor [[kk:{kk1}]] telah diperbaiki (perubahan elemen data pendidikan dan pekerjaan anggota keluarga). KK baru dapat diambil di loket {kecil} dengan membawa KK lama dan bukti registrasi {antri}.

Kepala Bidang Pelayanan Pendaftaran Penduduk,
[[n:{n2}]]{deg2}
""",
    ),
    T(
        "letter",
        "security",
        """
PEMERINTAH KOTA KUPANG
SATUAN POLISI PAMONG PRAJA
{jlno}, Kupang. Telp. {otel}. Piket 24 jam: {owa}

Nomor : {surat}
Perihal: Teguran Pertama

Kepada Yth. Pemilik/Penanggung Jawab Usaha
Sdr. [[n:{n1}]]
NIK [[nik:{nik1}]]
Alamat rumah: [[a:{adr1}]]

Berdasarkan hasil patroli tanggal {tgl}, lapak milik Saudara di trotoar {jl} melanggar Perda tentang Ketertiban Umum. Saudara diminta membongkar sendiri paling lambat {tgl2}.

Kepala Satuan,
[[n:{N2}]]{DEG2}
NIP. {nip}
""",
    ),
    # ---- without personal data
    T(
        "letter",
        "utilities",
        """
PEMERINTAH KOTA KUPANG
DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN
{jlno}, Kupang {kodepos} – Telp. {otel} – Fax. {otel2}
Website: dlhk.kupangkota.go.id – Email: dlhk@kupangkota.go.id

Nomor   : {surat}
Lampiran: 1 (satu) lembar jadwal
Perihal : Jadwal Pengangkutan Sampah Periode {bln} {thn}

Kepada Yth. Para Lurah se-Kota Kupang di Tempat

Bersama ini kami sampaikan jadwal pengangkutan sampah periode {bln} {thn}. Pengaduan keterlambatan armada dapat disampaikan ke call center {owa} atau SMS 1708 dengan format KOTKUPANG (spasi) keluhan.

Kepala Dinas,
ttd.
(nama dan NIP pada naskah asli)
""",
    ),
    T(
        "letter",
        "staffing",
        """
PEMERINTAH KOTA KUPANG
SEKRETARIAT DAERAH
Bagian Organisasi – Lantai {kecil} Kantor Wali Kota, {jlno}
Telp. {otel} ext. {ext} / {ext2}

Nomor : {surat}
Sifat : Penting
Hal   : Penyampaian Laporan Pengelolaan Pengaduan SP4N-LAPOR! Triwulan III

Kepada Yth. Pimpinan Perangkat Daerah se-Kota Kupang

Diminta kepada admin penghubung LAPOR! masing-masing perangkat daerah menyampaikan rekap tindak lanjut paling lambat {tgl}. Tingkat penyelesaian pengaduan triwulan lalu baru {pct}% dari {big} laporan. Konsultasi dapat dilakukan di Ruang {ruang} atau melalui organisasi@kupangkota.go.id.

a.n. Sekretaris Daerah
Asisten Administrasi Umum
""",
    ),
    T(
        "letter",
        "education",
        """
YAYASAN PENDIDIKAN KRISTEN
{SCHOOL}
NPSN {npsn} | NSS {big}{big2}{kecil} | Terakreditasi A
{jlno}, Kupang {kodepos}, Telp. {otel}, Email: tu.sekolah{num}@gmail.com

Nomor : {num}/SK/{ROMAN}/{thn}
Perihal: Pemberitahuan Libur Semester

Diberitahukan kepada seluruh orang tua/wali peserta didik bahwa kegiatan belajar mengajar semester ganjil berakhir {tgl}. Pembagian rapor dilaksanakan {tgl2} pukul {jam}. Masuk kembali {tgl3}. Informasi lebih lanjut hubungi Tata Usaha {otel} atau WA sekolah {owa}.
""",
    ),
    T(
        "letter",
        "tax_business",
        """
PEMERINTAH KOTA KUPANG
DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU
Mal Pelayanan Publik, {jlno}, Kupang – Telp. {otel} – WA Helpdesk OSS {owa}

Nomor: {surat}
Hal  : Sosialisasi Perizinan Berusaha Berbasis Risiko

Kepada Yth. Pelaku Usaha Mikro dan Kecil se-Kota Kupang

Dalam rangka percepatan penerbitan NIB, DPMPTSP membuka klinik OSS setiap {hari} pukul {jam}–{jam2} di lantai {kecil}. Biaya penerbitan NIB Rp 0 (gratis). Waspada pungutan yang mengatasnamakan dinas. Pengaduan: dpmptsp@kupangkota.go.id.
""",
    ),
    T(
        "letter",
        "disaster",
        """
PEMERINTAH KOTA KUPANG
BADAN PENANGGULANGAN BENCANA DAERAH
{jlno} Kupang {kodepos} | Telp. {otel} | Pusdalops {owa}

Nomor  : {surat}
Sifat  : Segera
Perihal: Kesiapsiagaan Menghadapi Musim Hujan {thn}/{thn2}

Berdasarkan prakiraan BMKG Stasiun Klimatologi NTT, puncak musim hujan diperkirakan {bln}. Diminta kepada Camat dan Lurah untuk membentuk posko siaga dan melaporkan nomor telepon posko paling lambat {tgl}. Anggaran tanggap darurat tersedia pada BTT sebesar Rp {rpb}.

Kepala Pelaksana BPBD
""",
    ),
    T(
        "letter",
        "health",
        """
PEMERINTAH KOTA KUPANG
DINAS KESEHATAN
{jlno}, Kupang – Telp. {otel} – Fax. {otel2}
dinkes@kupangkota.go.id

Nomor : {surat}
Hal   : Pelaksanaan Bulan Imunisasi Anak Nasional

Kepada Yth. Kepala Puskesmas se-Kota Kupang

Capaian imunisasi dasar lengkap Kota Kupang s.d. {bln} {thn} baru {pct}%. Diminta agar setiap puskesmas melaksanakan sweeping di posyandu dan melaporkan hasilnya melalui aplikasi ASIK paling lambat tanggal {kecil} setiap bulan. Kebutuhan vaksin dapat diajukan ke Instalasi Farmasi (telp. {otel3} psw {ext}).

Kepala Dinas Kesehatan
""",
    ),
    T(
        "letter",
        "social_aid",
        """
KOP: PEMERINTAH KOTA KUPANG – DINAS SOSIAL
{jlno}, Kupang {kodepos}

Nomor : {surat}
Hal   : Penyaluran BPNT Tahap {ROMAN} Tahun {thn}

Kepada Yth. Camat se-Kota Kupang

Penyaluran BPNT tahap {roman} bagi {big} KPM dilaksanakan melalui Kantor Pos Kupang mulai {tgl}. KPM wajib membawa KTP-el, KK dan undangan. Pengaduan penyaluran: WA {owa} atau 1708. Rekening penampung dana: Bank NTT {rekntt} a.n. RPL Dinas Sosial.
""",
    ),
]

# ---- memo: dispositions, internal memos, staff directories and rosters
TEMPLATES += [
    T(
        "memo",
        "social_aid",
        """
LEMBAR DISPOSISI
Surat dari : Sdr. [[n:{n1}]] ([[a:{adr1}]])
No. Surat  : -   Tgl: {tgl}
No. Agenda : {big}/{thn}
Perihal    : Pengaduan belum terima BLT, NIK [[nik:{nik1}]]
Diteruskan kepada: Kabid Linjamsos
Isi disposisi: cek DTKS, hubungi pelapor di [[p:{hp1}]], laporkan hasil ke saya paling lambat {hari}.
Paraf Kadis: ttd {tgl2}
""",
        M=(1,),
    ),
    T(
        "memo",
        "staffing",
        """
NOTA DINAS
Kepada : Kepala Dinas Kesehatan
Dari   : Kepala Seksi Surveilans
Tanggal: {tg}
Nomor  : {surat}
Hal    : Petugas piket PSC 119 libur Natal dan Tahun Baru

Bersama ini kami usulkan petugas piket:
- {tgl}: [[n:{n1}]] ([[p:{hp1}]]) dan [[n:{n2}]] ([[p:{hp2}]])
- {tgl2}: [[n:{n3}]] ([[p:{hp3}]])
Ambulans siaga tetap melalui PSC 119 dan {otel}.

[[n:{n4}]]{deg4}
NIP {nip}
""",
    ),
    T(
        "memo",
        "staffing",
        """
DAFTAR NOMOR TELEPON PEJABAT STRUKTURAL
Dinas Perhubungan Kota Kupang – update {bln} {thn}
Kantor: {otel} | Fax: {otel2}

| Jabatan | Nama | NIP | Ext. | HP |
|---|---|---|---|---|
| Kepala Dinas | [[n:{n1}]]{deg1} | {nip} | {ext} | [[p:{hp1}]] |
| Sekretaris | [[n:{n2}]]{deg2} | {nip2} | {ext2} | [[p:{hp2}]] |
| Kabid Lalu Lintas | [[n:{n3}]]{deg3} | {nip3} | {ext3} | [[p:{hp3}]] |
| Pos Terminal Oebobo | - | - | - | {owa} |
""",
    ),
    T(
        "memo",
        "utilities",
        """
DISPOSISI KEPALA DINAS
Kepada: Kabid Bina Marga
Perihal: LAPOR! {tiket} – jalan berlubang {jl}
Catatan: pelapor ibu [[n:{n1}]], warga [[a:{rt1}]] Kel. {kel}, HP [[p:{hp1}]]. Segera tinjau lokasi bersama UPT, foto sebelum-sesudah, tindak lanjut di aplikasi maks. 5 hari kerja.
ttd
{tgl}
""",
    ),
    T(
        "memo",
        "staffing",
        """
MEMO INTERNAL – Subbag Umum dan Kepegawaian
Kepada seluruh staf,
Mulai {tgl} absensi memakai aplikasi. Yang belum terdaftar segera hubungi operator kepegawaian [[n:{n1}]] (ext. {ext}, WA [[p:{hp1}]]) atau kirim foto SK terakhir ke email dinas beliau [[e:{emk1}]].
Salam,
[[n:{n2}]]
Kasubag Umum
""",
    ),
    T(
        "memo",
        "staffing",
        """
JADWAL PIKET KANTOR KELURAHAN {KEL}
Bulan: {bln} {thn}

Senin  : [[n:{n1}]] – [[p:{hp1}]]
Selasa : [[n:{n2}]] – [[p:{hp2}]]
Rabu   : [[n:{n3}]] – [[p:{hp3}]]
Kamis  : [[n:{n4}]] – [[p:{hp4}]]
Jumat  : Linmas jaga (pos) – {owa}

Telepon kantor: {otel}. Yang berhalangan wajib cari pengganti.
Lurah {kel}
""",
    ),
    T(
        "memo",
        "tax_business",
        """
TELAAHAN STAF
Kepada : Kepala Badan Pendapatan Daerah
Dari   : Kabid Penagihan
Perihal: Keberatan Wajib Pajak a.n. [[n:{n1}]]

1. Persoalan: WP [[n:{n1}]] (NPWP [[npwp:{npwp1}]]) mengajukan keberatan atas SKPD PBB NOP {nop} sebesar Rp {rpb}.
2. Fakta: luas bangunan pada data {big} m², hasil ukur ulang {big2} m².
3. Saran: dikabulkan sebagian.
{tg}
[[n:{n2}]]{deg2}
""",
    ),
    T(
        "memo",
        "civil_registry",
        """
CATATAN SERAH TERIMA BERKAS – Loket {kecil} Dukcapil
Petugas loket: [[n:{n1}]]
Diterima dari: [[n:{n2}]], HP [[p:{hp2}]]
Jenis layanan: akta kelahiran anak a.n. [[n:{n3}]]
Kelengkapan: KK no. [[kk:{kk2}]], surat keterangan lahir {rs}, buku nikah.
No. registrasi: {akta}
Estimasi selesai: {tgl}
""",
        fam={3: 2},
        K=(3,),
    ),
    T(
        "memo",
        "staffing",
        """
Kepada Yth. Kasubag Keuangan
Mohon dibayarkan honor narasumber kegiatan Bimtek Admin LAPOR! (MAK {mak}):
1. [[n:{n1}]]{deg1} – Rp {rp} – rek. {bank1} [[b:{rek1}]]
2. [[n:{n2}]]{deg2} – Rp {rp2} – rek. {bank2} [[b:{rek2}]]
PPh 21 dipotong sesuai ketentuan.
PPTK,
[[n:{n3}]]
NIP {nip}
""",
    ),
    T(
        "memo",
        "disaster",
        """
NOTA DINAS BPBD
Dari: Kasi Logistik
Hal : Penyerahan bantuan korban kebakaran Kel. {kel}
Bantuan telah diserahkan {tgl} kepada kepala keluarga:
a. [[n:{n1}]] ([[a:{rt1}]]) – 1 paket + terpal
b. [[n:{n2}]] ([[a:{rt2}]]) – 1 paket
Diterima oleh Ketua RT {kecil} [[n:{n3}]], HP [[p:{hp3}]].
""",
    ),
    T(
        "memo",
        "health",
        """
Nota Dinas Kepala {pusk}
Kepada: Koordinator Bidan
Hal: Pendampingan ibu hamil risiko tinggi
Ny. [[n:{n1}]], umur {num2} th, G3P2A0, tinggal di [[a:{adr1}]], HP suami [[p:{hp2}]] (Bpk. [[n:{n2}]]). Mohon dikunjungi bidan wilayah [[n:{n3}]] minggu ini dan dilaporkan.
""",
        F=(1, 3),
    ),
    T(
        "memo",
        "security",
        """
DAFTAR PETUGAS POS PENGAMANAN NATAL {thn}
Pos Pantau Gereja Katedral: Aiptu [[n:{n1}]] NRP {nrp} HP [[p:{hp1}]]
Pos Terminal Kupang: Bripka [[n:{n2}]] NRP {nrp2} HP [[p:{hp2}]]
Pos Pelabuhan Tenau: Satpol PP (regu {kecil}) – {owa}
Posko induk: {otel}
""",
    ),
    T(
        "memo",
        "education",
        """
DISPOSISI KEPALA SEKOLAH
Surat masuk dari orang tua siswa [[n:{n1}]] (kelas {kelas}), a.n. Bapak [[n:{n2}]] HP [[p:{hp2}]], perihal keringanan uang komite.
Kepada: Wali kelas / Bendahara Komite
Instruksi: undang orang tua hari {hari}, bahas cicilan. Jangan tahan rapor.
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "memo",
        "staffing",
        """
Kepada: Kepala Bagian Umum
Perihal: Permohonan cuti tahunan
Yang bertanda tangan di bawah ini:
Nama   : [[n:{n1}]]{deg1}
NIP    : {nip}
Unit   : Bagian Protokol dan Komunikasi Pimpinan
mengajukan cuti {kecil} hari kerja mulai {tgl}. Selama cuti alamat [[a:{adr1}]], Kel. {kel}, telp. [[p:{hp1}]].
Hormat saya,
[[n:{n1}]]
""",
    ),
    # ---- without personal data
    T(
        "memo",
        "staffing",
        """
NOTA DINAS
Nomor : {surat}
Kepada: Para Kepala Bidang
Hal   : Rapat Evaluasi Serapan Anggaran
Rapat dilaksanakan {hari}, {tg}, pukul {jam} di Ruang Rapat {ruang}. Bahan paparan: realisasi per sub kegiatan (kode {mak}) s.d. {bln}. Realisasi sementara {pct}% dari pagu Rp {rpb}.
""",
    ),
    T(
        "memo",
        "utilities",
        """
DISPOSISI
No. Agenda: {big}  Tgl terima: {tgl}
Asal surat: PDAM Kota Kupang, Nomor {surat}
Perihal: gangguan pipa transmisi {jl}, No. sambungan terdampak {samb} s.d. {samb2}
Diteruskan: Sekretaris → Kabid Cipta Karya
Catatan: koordinasi dengan PDAM, hotline {otel} / WA {owa}.
""",
    ),
    T(
        "memo",
        "staffing",
        """
DAFTAR EXTENSION TELEPON – KANTOR WALI KOTA KUPANG
Operator: {otel} (tekan 0)
Bagian Umum ........ ext. {ext}
Bagian Hukum ....... ext. {ext2}
Bagian Organisasi .. ext. {ext3}
Protokol ........... ext. {ext4}
Unit Pengaduan Kasih: SMS 1708 / WA {owa}
Ruang rapat Garuda .. ext. {ext5}
""",
    ),
    T(
        "memo",
        "tax_business",
        """
MEMO – Bidang Pendataan Bapenda
Target pendataan ulang objek PBB di Kec. {kec}: {big} NOP. Capaian s.d. {tgl}: {big2} NOP ({pct}%). Contoh NOP bermasalah: {nop}, {nop2}. Tim lapangan kumpul di Ruang {ruang} jam {jam}.
""",
    ),
    T(
        "memo",
        "security",
        """
SPRIN/{big}/{ROMAN}/{thn}
Pengamanan kegiatan Car Free Day {jl}, {hari} {tgl}, pukul 06.00–09.00 WITA. Kekuatan {num} personel. Koordinasi lapangan melalui HT kanal {kecil}; posko di depan {school}, telp. {otel}.
""",
    ),
    T(
        "memo",
        "civil_registry",
        """
REKAP HARIAN LAYANAN DUKCAPIL – {tg}
Perekaman KTP-el: {big}
Cetak KK: {big2}
Akta kelahiran: {num}
Antrian terakhir: {antri}
Blangko tersisa: {big3} keping (permintaan ke Dirjen nomor {surat})
Gangguan jaringan SIAK {jam}–{jam2}.
""",
    ),
    T(
        "memo",
        "health",
        """
Memo Kepala Puskesmas
Kepada seluruh pegawai {pusk}: mulai {tgl} pendaftaran pasien umum dibuka pukul {jam}. Nomor WA pendaftaran puskesmas {owa} dipegang petugas loket bergantian. Laporan kunjungan dikirim ke Dinkes setiap tanggal {kecil}.
""",
    ),
]

# ---- minutes: minutes of meetings and attendance lists
TEMPLATES += [
    T(
        "minutes",
        "social_aid",
        """
NOTULEN RAPAT MUSYAWARAH KELURAHAN {KEL}
Hari/Tanggal: {hari}, {tg}
Tempat: Aula Kantor Kelurahan
Pimpinan rapat: Lurah [[n:{n1}]]{deg1}
Notulis: [[n:{n2}]]

Pembahasan: verifikasi calon penerima BLT-DD. Ketua RT {kecil} menyampaikan keberatan karena [[n:{n3}]] ([[a:{rt3}]]) sudah meninggal tapi masih terdaftar. Disepakati diganti dengan [[n:{n4}]], NIK [[nik:{nik4}]], janda, tinggal di [[a:{adr4}]].
Rapat ditutup pukul {jam}.
""",
        F=(4,),
    ),
    T(
        "minutes",
        "staffing",
        """
DAFTAR HADIR
Rapat Koordinasi Pengelola Pengaduan SP4N-LAPOR!
{hari}, {tg} – Ruang Garuda Balai Kota

| No | Nama | Jabatan/Instansi | No. HP | Tanda tangan |
|---|---|---|---|---|
| 1 | [[n:{n1}]]{deg1} | Kabag Organisasi | [[p:{hp1}]] | 1. ttd |
| 2 | [[n:{n2}]]{deg2} | Admin LAPOR! Dinkes | [[p:{hp2}]] | 2. ttd |
| 3 | [[n:{n3}]] | Admin Dinas PUPR | [[p:{hp3}]] | 3. ttd |
| 4 | [[n:{n4}]]{deg4} | Ombudsman RI Perwakilan NTT | {otel} | 4. ttd |
""",
    ),
    T(
        "minutes",
        "religion_community",
        """
Notulensi Rapat Panitia Paskah Jemaat {church}
{tgl}, di pastori
Hadir: Pdt. [[n:{n1}]], Pnt. [[n:{n2}]], Dkn. [[n:{n3}]], Sdri. [[n:{n4}]] (bendahara) dan 9 anggota lain.
1. Dana: terkumpul Rp {rpb}, disimpan di rekening panitia a.n. [[n:{n4}]] Bank NTT [[b:{rek4}]].
2. Konsumsi: koordinator Ibu [[n:{n5}]] HP [[p:{hp5}]].
3. Rapat berikut {hari}, jam {jam}.
""",
        F=(4, 5),
    ),
    T(
        "minutes",
        "utilities",
        """
BERITA ACARA RAPAT WARGA
RT {KECIL} / RW {KECIL2} Kel. {kel}

Pada hari ini {hari} tanggal {tg} bertempat di rumah Ketua RT, [[a:{ad1}]], telah dilaksanakan rapat pembagian jadwal air tangki. Hasil: warga Gg. sebelah timur ambil air hari Selasa dan Jumat. Penanggung jawab kunci bak: Bpk. [[n:{n2}]] ([[p:{hp2}]]).

Ketua RT: [[n:{n1}]]        Sekretaris: [[n:{n3}]]
""",
    ),
    T(
        "minutes",
        "education",
        """
NOTULEN RAPAT KOMITE {SCHOOL}
Tanggal: {tgl}
Peserta: Kepala Sekolah [[n:{n1}]]{deg1}, Ketua Komite [[n:{n2}]], wakil orang tua kelas VII–IX ({num} orang).
Keputusan:
- Sumbangan pembangunan pagar sukarela, tidak ditentukan besarannya.
- Keluarga [[n:{f3}]] dan keluarga [[n:{f4}]] dibebaskan karena yatim.
- Laporan dana diumumkan di papan informasi sekolah.
Notulis: [[n:{n5}]]
""",
    ),
    T(
        "minutes",
        "health",
        """
Daftar Hadir Kader Posyandu Melati – {tg}
1. [[n:{n1}]] – Ketua – [[p:{hp1}]]
2. [[n:{n2}]] – Sekretaris – [[p:{hp2}]]
3. [[n:{n3}]] – Kader – [[p:{hp3}]]
4. [[n:{n4}]] – Kader – tidak punya HP
Bidan pembina: [[n:{n5}]], A.Md.Keb. ([[p:{hp5}]])
Balita ditimbang: {num}; gizi kurang: {kecil}.
""",
        F=(1, 2, 3, 4, 5),
    ),
    T(
        "minutes",
        "disaster",
        """
NOTULA RAPAT POSKO BANJIR KELURAHAN {KEL}
{tgl}, pukul {jam}
Laporan RT: air masuk rumah di [[a:{rt1}]] (keluarga [[n:{f1}]]) dan rumah Oma [[n:{n2}]] di [[a:{ad2}]].
Tindak lanjut: evakuasi lansia ke gedung gereja; dapur umum dikoordinir Mama [[n:{n3}]] ([[p:{hp3}]]).
Nomor posko: {owa} (dipegang bergantian).
""",
        E=(2,),
        F=(2,),
    ),
    T(
        "minutes",
        "tax_business",
        """
BERITA ACARA KLARIFIKASI
Pada hari {hari}, {tg}, di Ruang Pelayanan Bapenda telah dilakukan klarifikasi atas keberatan:
Nama WP : [[n:{N1}]]
NIK     : [[nik:{nik1}]]
NOP     : {nop}
Alamat objek: {jlno}
Alamat WP: [[a:{adr1}]]
Hasil: WP menyerahkan fotokopi sertifikat dan bukti bayar tahun {thn2}. Berkas dinyatakan lengkap.
Petugas: [[n:{n2}]] NIP {nip}         WP: [[n:{n1}]]
""",
    ),
    T(
        "minutes",
        "security",
        """
NOTULEN RAPAT KOORDINASI SISKAMLING RW {KECIL}
Hadir: Ketua RW [[n:{n1}]], Bhabinkamtibmas Bripka [[n:{n2}]], Babinsa Serka [[n:{n3}]], para Ketua RT.
- Jadwal ronda mulai {tgl}. Koordinator pos 1: Om [[n:{n4}]] ([[p:{hp4}]]).
- Motor hilang minggu lalu ([[pl:{pl5}]], milik Bpk. [[n:{n5}]]) sudah dilaporkan ke Polsek.
""",
        M=(2, 3),
    ),
    T(
        "minutes",
        "staffing",
        """
Risalah Rapat Tim Penanganan Pengaduan Dinas Sosial
{tg}
Pengaduan yang dibahas:
1. {tiket} – pelapor [[n:{n1}]] (HP [[p:{hp1}]]): KIS tidak aktif, no kartu [[bpjs:{bpjs1}]]. PIC: [[n:{n2}]].
2. {tiket2} – pelapor anonim: pungutan di penyaluran BPNT. PIC: [[n:{n3}]].
3. {tiket3} – pelapor [[n:{n4}]]: rumah rusak belum didata, [[a:{adr4}]]. PIC: [[n:{n2}]].
""",
    ),
    T(
        "minutes",
        "religion_community",
        """
Notulen Rapat Pengurus {MOSQUE}
Ba'da Isya, {tgl}
Hadir: Ketua Takmir H. [[n:{n1}]], Sekretaris [[n:{n2}]], Bendahara [[n:{n3}]], {kecil} jamaah.
Hasil: panitia kurban dibentuk; ketua Ustadz [[n:{n4}]] (HP [[p:{hp4}]]). Pendaftaran kurban sapi Rp {rpb} per 1/7.
""",
        M=(1, 4),
        S=(1, 2, 3, 4),
    ),
    T(
        "minutes",
        "civil_registry",
        """
BERITA ACARA PEMERIKSAAN LAPANGAN
Permohonan pindah datang a.n. [[n:{N1}]]
KK asal: [[kk:{kk1}]] (Kab. Kupang)
Alamat tujuan: [[a:{adr1}]], Kel. {kel}
Hasil: benar pemohon telah tinggal di alamat tujuan sejak {bln} {thn2}, disaksikan Ketua RT [[n:{n2}]].
Petugas: [[n:{n3}]]        Pemohon: [[n:{n1}]]
""",
    ),
    T(
        "minutes",
        "social_aid",
        """
DAFTAR HADIR PENERIMA BANTUAN SEMBAKO – Kel. {kel}, {tgl}
No | Nama | NIK | RT/RW | Tanda Tangan
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[a:{rtk1}]] | ttd
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[a:{rtk2}]] | cap jempol
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[a:{rtk3}]] | ttd
Petugas pendamping: [[n:{n4}]]
""",
    ),
    T(
        "minutes",
        "education",
        """
Hasil Rapat Orang Tua Kelas {kelas} – {school}
Wali kelas: [[n:{n1}]]{deg1}, WA [[p:{hp1}]]
Ketua paguyuban: Mama [[n:{n2}]] ([[p:{hp2}]])
- Les tambahan {hari} dan Kamis, jam {jam}.
- Buku paket tidak wajib dibeli.
""",
        F=(2,),
    ),
    # ---- without personal data
    T(
        "minutes",
        "staffing",
        """
NOTULEN RAPAT EVALUASI KINERJA PELAYANAN
{hari}, {tg}, Ruang Rapat {ruang}
Hadir: {num} orang (daftar hadir terlampir)
1. Indeks Kepuasan Masyarakat semester I: {pct}.
2. Pengaduan masuk via 1708: {big}; via LAPOR!: {big2}; via WA center {owa}: {big3}.
3. Tindak lanjut tepat waktu {pct2}%.
Rapat ditutup pukul {jam}.
""",
    ),
    T(
        "minutes",
        "utilities",
        """
BERITA ACARA SERAH TERIMA PEKERJAAN
Nomor: {surat}
Paket: Rehabilitasi saluran drainase {jl}
Nilai kontrak: Rp {rpb} (SPK {surat2})
Kode kegiatan: {mak}
Pihak I: PPK Dinas PUPR; Pihak II: CV Karya Flobamora, NPWP {npwpx}
Volume: {big} m'. Masa pemeliharaan 180 hari.
""",
    ),
    T(
        "minutes",
        "disaster",
        """
NOTULA RAPAT TANGGAP DARURAT KOTA KUPANG
{tg} – Posko Induk BPBD, telp. {otel}
Rumah rusak berat {num}, rusak ringan {big}. Pengungsi {big2} jiwa di {kecil} titik. Dapur umum Dinsos aktif {jam}–{jam2}. Kebutuhan mendesak: air bersih {big3} liter/hari. Bantuan masuk rekening penampung Bank NTT {rekntt} a.n. BPBD Kota Kupang.
""",
    ),
    T(
        "minutes",
        "religion_community",
        """
Notulen Sidang Majelis Jemaat {church}
{tgl}
Agenda: laporan keuangan triwulan. Persembahan: Rp {rpb}. Pengeluaran: Rp {rpb2}. Saldo rekening Majelis Bank NTT {rekntt}: Rp {rpb3}. NPWP Majelis Jemaat {npwpx}. Sidang berikut {tgl2}.
""",
    ),
    T(
        "minutes",
        "education",
        """
BERITA ACARA PELAKSANAAN ASESMEN SUMATIF
{school} (NPSN {npsn})
Mata pelajaran: Matematika, {hari} {tgl}, pukul {jam}–{jam2}
Ruang: {ruang}
Peserta seharusnya {num}, hadir {num2}. Nomor peserta tidak hadir: {nisn}, {nisn2}.
Pengawas ruang dan proktor: (tanda tangan)
""",
    ),
    T(
        "minutes",
        "health",
        """
Notulen Lokakarya Mini {pusk} – {tg}
Capaian K4 {pct}%, imunisasi dasar {pct2}%. Kasus DBD {kecil} (RT 03, RT 07 dan RT 11 sudah fogging). Rencana: PSN serentak {hari}. Kebutuhan abate {big} sachet, permintaan ke Dinkes nomor {surat}.
""",
    ),
    T(
        "minutes",
        "security",
        """
BERITA ACARA PENERTIBAN
Nomor: {surat}
Pada {tg} pukul {jam} Satpol PP menertibkan {num} lapak di {jl} dan {jl2}. Barang yang diamankan disimpan di gudang Mako, {jlno}. Pemilik dapat mengambil dengan membawa identitas, hubungi piket {owa}.
""",
    ),
]

# ---- circular: circulars, announcements, posko lines, hotlines and rosters
TEMPLATES += [
    T(
        "circular",
        "disaster",
        """
PENGUMUMAN
POSKO SIAGA BENCANA KECAMATAN {KEC}
Alamat posko: Kantor Camat, {jlno}
Telp. posko: {otel}
Petugas jaga malam ini:
- [[n:{n1}]] (Trantib) [[p:{hp1}]]
- [[n:{n2}]] (Linmas) [[p:{hp2}]]
Laporkan genangan, pohon tumbang dan tanah longsor segera. Darurat: 112.
""",
    ),
    T(
        "circular",
        "utilities",
        """
SURAT EDARAN
Nomor: {surat}
Tentang: Pemadaman Bergilir Pompa Air PDAM Wilayah {kec}

Sehubungan perbaikan panel pompa Sumur Bor {kecil}, distribusi air ke Kel. {kel} dan Kel. {kel2} dihentikan sementara {tgl}. Mobil tangki gratis tersedia; pemesanan melalui koordinator lapangan [[n:{n1}]] ([[p:{hp1}]]) atau hotline PDAM {otel}.
""",
    ),
    T(
        "circular",
        "health",
        """
INFO VAKSINASI & POSYANDU LANSIA – {PUSK}
{hari}, {tgl}, jam {jam}
Tempat: halaman {church}
Bawa: KTP, kartu BPJS/KIS, buku kontrol.
Kontak bidan koordinator: [[n:{n1}]] – WA [[p:{hp1}]]
Ambulans puskesmas: {owa}
""",
        F=(1,),
    ),
    T(
        "circular",
        "social_aid",
        """
PENGUMUMAN DINAS SOSIAL KOTA KUPANG
Pencairan PKH tahap {roman} di Kantor Pos Kupang mulai {tgl}. Pendamping PKH per kecamatan:
Kec. Oebobo: [[n:{n1}]] – [[p:{hp1}]]
Kec. Maulafa: [[n:{n2}]] – [[p:{hp2}]]
Kec. Alak: [[n:{n3}]] – [[p:{hp3}]]
Pengaduan: 1708 / WA center {owa}. Waspada penipuan mengatasnamakan pendamping!
""",
    ),
    T(
        "circular",
        "staffing",
        """
JADWAL PIKET LIBUR LEBARAN – MAL PELAYANAN PUBLIK KOTA KUPANG
{tgl}: [[n:{n1}]] (Dukcapil) / [[n:{n2}]] (DPMPTSP)
{tgl2}: [[n:{n3}]] (Samsat) / [[n:{n4}]] (BPJS Kesehatan)
Koordinator piket: [[n:{n5}]], HP/WA [[p:{hp5}]]
Layanan informasi: {otel} ext. {ext}
""",
    ),
    T(
        "circular",
        "civil_registry",
        """
PENGUMUMAN
Dukcapil Kota Kupang membuka layanan jemput bola perekaman KTP-el bagi lansia dan penyandang disabilitas. Pendaftaran melalui lurah masing-masing atau WA {owa}.
Daftar pemohon terjadwal {hari} ini:
1. Oma [[n:{n1}]] – [[a:{adr1}]]
2. Opa [[n:{n2}]] – [[a:{adr2}]]
3. [[n:{n3}]] (disabilitas) – [[a:{adc3}]]
Petugas: [[n:{n4}]] dan [[n:{n5}]].
""",
    ),
    T(
        "circular",
        "security",
        """
EDARAN LURAH {KEL}
Kepada seluruh warga, mulai {tgl} ronda malam diaktifkan kembali. Pos kamling RW 02 di depan {school}. Laporkan kejadian ke Ketua RW [[n:{n1}]] HP [[p:{hp1}]] atau Bhabinkamtibmas Aipda [[n:{n2}]] HP [[p:{hp2}]]. Pos kamling: {owa} (pos jaga).
""",
    ),
    T(
        "circular",
        "education",
        """
PENGUMUMAN PPDB {SCHOOL} TAHUN {thn}
Jalur zonasi: {num} kursi; afirmasi: {kecil} kursi.
Pendaftaran online {tgl}–{tgl2}.
Helpdesk PPDB: Ibu [[n:{n1}]] ([[p:{hp1}]]) dan Bapak [[n:{n2}]] ([[p:{hp2}]]), jam kerja.
Tata usaha: {otel}
""",
    ),
    T(
        "circular",
        "tax_business",
        """
INFO BAPENDA KOTA KUPANG
Pemutihan denda PBB-P2 s.d. {tgl}! Bayar di Bank NTT, kantor pos atau QRIS.
Layanan jemput bola di Kel. {kel} bersama petugas [[n:{n1}]] (WA [[p:{hp1}]]) setiap {hari} jam {jam}.
Informasi: {otel} / bapenda@kupangkota.go.id
""",
    ),
    T(
        "circular",
        "religion_community",
        """
PENGUMUMAN DARI PANITIA NATAL OIKUMENE KOTA KUPANG {thn}
Ibadah Natal bersama: {tg}, pukul {jam}, di GOR Flobamora.
Contact person:
- Sekretariat: [[n:{n1}]] [[p:{hp1}]]
- Konsumsi: [[n:{n2}]] [[p:{hp2}]]
- Persembahan/donasi: Bendahara panitia [[n:{n3}]], {bank3} [[b:{rek3}]] a.n. [[n:{n3}]]
""",
    ),
    T(
        "circular",
        "disaster",
        """
DAFTAR NOMOR PENTING – MUSIM HUJAN {thn}
Pusdalops BPBD Kota: {otel}
Damkar: {otel2} / 113
PLN gangguan: 123
Koordinator TRC: [[n:{n1}]] [[p:{hp1}]]
Relawan Tagana Kel. {kel}: [[n:{n2}]] [[p:{hp2}]]
""",
    ),
    T(
        "circular",
        "health",
        """
PENGUMUMAN FOGGING
Berdasarkan laporan kasus DBD an. [[n:{n1}]] ([[a:{rt1}]], Kel. {kel}), {pusk} akan melakukan fogging fokus {hari}, {tgl} pukul 06.00. Warga diminta membuka pintu dan jendela. Koordinator lapangan sanitarian [[n:{n2}]], [[p:{hp2}]].
""",
    ),
    T(
        "circular",
        "staffing",
        """
BUKU TELEPON INTERNAL DINAS PUPR – {bln} {thn}
Sekretariat ext {ext} | Bina Marga ext {ext2} | Cipta Karya ext {ext3}
Staf baru:
[[n:{n1}]] – Subbag Program – HP [[p:{hp1}]] – [[e:{em1}]]
[[n:{n2}]] – Bina Konstruksi – HP [[p:{hp2}]]
Email bidang: binamarga.pupr@kupangkota.go.id
""",
    ),
    T(
        "circular",
        "social_aid",
        """
PENGUMUMAN PENERIMA BEDAH RUMAH KELURAHAN {KEL} TAHUN {thn}
Berdasarkan SK Wali Kota Nomor {sk}:
1. [[n:{N1}]], [[a:{ad1}]]
2. [[n:{N2}]], [[a:{adr2}]]
3. [[n:{N3}]], [[a:{rt3}]]
Sanggahan disampaikan ke kantor kelurahan paling lambat {tgl} atau melalui kelurahan.{kelmail}@gmail.com.
""",
    ),
    # ---- without personal data
    T(
        "circular",
        "utilities",
        """
SURAT EDARAN WALI KOTA KUPANG
Nomor: {surat}
Tentang Hemat Air di Musim Kemarau
Mengimbau seluruh warga menampung air hujan, memperbaiki kebocoran pipa dan melaporkan pipa bocor ke PDAM di {otel} atau WA {owa}. Pengisian air tangki gratis untuk RT 01 s.d. RT 12 Kel. {kel} setiap {hari}.
Ditetapkan di Kupang, {tg}
""",
    ),
    T(
        "circular",
        "health",
        """
LAYANAN KESEHATAN 24 JAM KOTA KUPANG
IGD {rs}: {otel}
PSC 119 Kota Kupang: 119 / {owa}
Ambulans {pusk}: {owa2}
Apotek jaga malam: Apotek Kasih Bunda, {jlno}
Simpan nomor ini!
""",
    ),
    T(
        "circular",
        "civil_registry",
        """
MAKLUMAT PELAYANAN DUKCAPIL KOTA KUPANG
Pelayanan tidak dipungut biaya. KTP-el selesai 1 hari bila blangko tersedia. Loket buka {hari}–Jumat {jam}–15.00 WITA. Antrian online: WA {owa}. Pengaduan: 1708 atau dukcapil.kupangkota@gmail.com. Contoh nomor antrian: {antri}.
""",
    ),
    T(
        "circular",
        "security",
        """
HIMBAUAN KAPOLRESTA KUPANG KOTA
Waspada penipuan yang mengatasnamakan pejabat dengan nomor WA pribadi seperti {scam} atau {scam2}. Polisi tidak pernah meminta transfer. Laporkan ke SPKT {otel} atau WA {owa}.
""",
    ),
    T(
        "circular",
        "education",
        """
EDARAN DINAS P&K KOTA KUPANG Nomor {surat}
Libur semester ganjil {tgl} s.d. {tgl2}. Sekolah dilarang memungut biaya perpisahan. Pengaduan pungutan: WA {owa} / disdikbud@kupangkota.go.id. NPSN sekolah wajib dicantumkan pada setiap laporan (contoh: {npsn}).
""",
    ),
    T(
        "circular",
        "tax_business",
        """
PENGUMUMAN KPP PRATAMA KUPANG
Batas lapor SPT Tahunan orang pribadi 31 Maret {thn}. Layanan asistensi di Pojok Pajak {jl}, {hari}–Jumat {jam}–14.00. Kring Pajak 1500200. Jangan tanggapi pesan dari {scam} yang mengaku petugas pajak.
""",
    ),
    T(
        "circular",
        "disaster",
        """
INFO POSKO PENGUNGSIAN GOR OEPOI
Jumlah pengungsi: {big} jiwa ({num} KK). Kebutuhan: selimut, pampers, air mineral. Donasi barang diterima di posko; donasi uang ke rekening BPBD Bank NTT {rekntt} a.n. Posko Peduli Bencana Kota Kupang. Posko: {otel}.
""",
    ),
]

# ---- press_release: press releases of offices quoting heads and citizens
TEMPLATES += [
    T(
        "press_release",
        "social_aid",
        """
SIARAN PERS
Bagian Protokol dan Komunikasi Pimpinan Setda Kota Kupang
Nomor: {surat}

Pemkot Salurkan {big} Paket Sembako untuk Lansia

KUPANG – Penjabat Wali Kota Kupang, [[n:{n1}]], menyerahkan bantuan sembako kepada lansia di Kelurahan {kel}, {hari} ({tgl}). "Kami ingin memastikan tidak ada lansia yang terlewat," ujar [[n:{f1}]].
Salah satu penerima, Oma [[n:{n2}]] ({umur2} tahun), mengaku senang. "Sudah lama beta tunggu," katanya.
Kontak media: Kasubag Publikasi [[n:{n3}]], HP [[p:{hp3}]].
""",
        E=(2,),
    ),
    T(
        "press_release",
        "health",
        """
RILIS DINAS KESEHATAN KOTA KUPANG
Kasus DBD Turun, Dinkes Tetap Minta Warga Lakukan 3M Plus

Kepala Dinas Kesehatan Kota Kupang, dr. [[n:{n1}]], M.Kes, menyampaikan bahwa hingga minggu ke-{num} tercatat {big} kasus DBD, turun dibanding tahun lalu. "Fogging bukan solusi utama," tegasnya.
Informasi lebih lanjut: Humas Dinkes, {otel}, humas.dinkes@kupangkota.go.id.
""",
    ),
    T(
        "press_release",
        "utilities",
        """
PRESS RELEASE PERUMDA AIR MINUM KOTA KUPANG
{tg}

Direktur Perumda, [[n:{n1}]]{deg1}, meninjau pemasangan pipa baru di {jl}. Warga [[a:{rt2}]] Kel. {kel}, [[n:{n2}]], mengatakan air sudah mengalir dua kali seminggu. "Dulu kami beli tangki Rp {rp}," tuturnya.
Pengaduan pelanggan: {otel} / WA {owa}.
Narahubung: [[n:{n3}]] ([[p:{hp3}]])
""",
    ),
    T(
        "press_release",
        "education",
        """
SIARAN PERS DINAS P&K KOTA KUPANG
{big} Siswa Terima PIP, Orang Tua Diminta Tidak Serahkan Buku Tabungan ke Pihak Lain

Kepala Bidang Pembinaan SD, [[n:{n1}]]{deg1}, mengatakan dana PIP ditransfer langsung ke rekening siswa. Seorang orang tua, [[n:{n2}]] dari Kelurahan {kel}, sebelumnya melapor buku tabungan anaknya ditahan oknum.
Media dapat menghubungi Humas: {otel} ext. {ext}.
""",
    ),
    T(
        "press_release",
        "security",
        """
RILIS HUMAS POLRESTA KUPANG KOTA
Polisi Amankan Pelaku Pencurian Sepeda Motor di {kel}

Tim Buser mengamankan seorang pria berinisial {INI} ({num2}) yang diduga mencuri sepeda motor Honda Beat [[pl:{pl1}]] milik [[n:{n1}]], warga [[a:{rt1}]]. Kasi Humas Iptu [[n:{n2}]] mengimbau warga memasang kunci ganda.
Kontak: Humas Polresta {otel}
""",
        M=(2,),
    ),
    T(
        "press_release",
        "disaster",
        """
SIARAN PERS BPBD KOTA KUPANG – {tg}
Angin kencang merusak {num} rumah di Kel. {kel}. Korban luka satu orang, [[n:{n1}]] ({umur1}), dirawat di {rs}. Kalak BPBD [[n:{n2}]] menyatakan bantuan darurat sudah disalurkan.
Pusdalops: {otel}
Narahubung media: [[n:{n3}]] – [[p:{hp3}]]
""",
    ),
    T(
        "press_release",
        "civil_registry",
        """
RILIS DUKCAPIL KOTA KUPANG
Dukcapil Cetak {big} KTP-el di Hari Sabtu

Kepala Dinas Dukcapil, [[n:{n1}]]{deg1}, menyebut layanan Sabtu dibuka karena antrean menumpuk. Seorang warga, [[n:{n2}]], mengaku datang sejak pukul 05.00. "Saya butuh KTP untuk daftar kerja," ujarnya.
Contact person: [[n:{n3}]] [[p:{hp3}]] | dukcapil@kupangkota.go.id
""",
    ),
    T(
        "press_release",
        "tax_business",
        """
SIARAN PERS BAPENDA
Realisasi PAD Kota Kupang Capai {pct}%

Kepala Bapenda [[n:{n1}]]{deg1} menyampaikan terima kasih kepada wajib pajak. Penghargaan wajib pajak teladan diberikan kepada pemilik rumah makan [[n:{n2}]] dan pengusaha kos [[n:{n3}]].
Informasi: {otel}, WA {owa}.
""",
    ),
    T(
        "press_release",
        "religion_community",
        """
SIARAN PERS SINODE GMIT
Sidang Majelis Sinode ke-{num} digelar di Kupang, {tg}. Ketua Majelis Sinode, Pdt. [[n:{n1}]]{deg1}, mengajak jemaat menjaga kerukunan. Juru bicara panitia: [[n:{n2}]] ([[p:{hp2}]]).
Sekretariat Sinode: {jlno}, telp. {otel}.
""",
    ),
    T(
        "press_release",
        "staffing",
        """
RILIS BKPSDM KOTA KUPANG
{big} PPPK Terima SK

Sekda Kota Kupang [[n:{n1}]]{deg1} menyerahkan SK PPPK di Aula Garuda. Perwakilan penerima, [[n:{n2}]]{deg2}, guru honor selama {kecil2} tahun di {school}, mengaku terharu.
Narahubung: Kabid Pengadaan [[n:{n3}]] ([[p:{hp3}]])
""",
    ),
    T(
        "press_release",
        "social_aid",
        """
PRESS RELEASE
Dinas Sosial Kota Kupang Kembalikan Bansos yang Salah Sasaran

Kadis Sosial [[n:{n1}]] menjelaskan, penerima a.n. [[n:{n2}]] dihapus karena tercatat ASN. Bantuan dialihkan ke [[n:{n3}]], warga [[a:{rt3}]] Kel. {kel}, penyandang disabilitas.
Pengaduan bansos: WA {owa} atau 1708.
""",
    ),
    T(
        "press_release",
        "health",
        """
RILIS {RS}
Operasi bibir sumbing gratis bagi {num} anak. Direktur, dr. [[n:{n1}]], Sp.B, menyebut pasien termuda [[n:{n2}]] berusia 8 bulan, anak pasangan [[n:{n3}]] dan [[n:{n4}]] dari Kel. {kel}.
Humas RS: {otel} ext. {ext} | humas.rs{num}@gmail.com
""",
        K=(2,),
        fam={2: 3},
    ),
    T(
        "press_release",
        "education",
        """
SIARAN PERS {SCHOOL}
Siswa Kami Juara Olimpiade Sains Tingkat Provinsi
Ananda [[n:{n1}]] (kelas {kelas}) meraih medali emas bidang matematika. Guru pembimbing [[n:{n2}]]{deg2} berharap prestasi ini memotivasi siswa lain.
Kontak: Humas sekolah [[n:{n3}]], WA [[p:{hp3}]]; TU {otel}.
""",
        K=(1,),
    ),
    T(
        "press_release",
        "security",
        """
RILIS SATPOL PP KOTA KUPANG
Satpol PP kembalikan {num} gerobak pedagang setelah pembinaan. Kasat Pol PP [[n:{n1}]] berharap pedagang berjualan di lokasi resmi. Salah satu pedagang, Mama [[n:{n2}]], berjanji pindah ke Pasar Oeba.
Pengaduan ketertiban: piket {owa}.
""",
        F=(2,),
    ),
    # ---- without personal data
    T(
        "press_release",
        "utilities",
        """
SIARAN PERS PEMERINTAH KOTA KUPANG
Nomor: {surat}
Pemkot Kupang Tambah {num} Titik Lampu Jalan
Penerangan jalan umum dipasang di {jl}, {jl2} dan {jl3} dengan anggaran Rp {rpb}. Lampu mati dapat dilaporkan ke Dinas Perhubungan {otel} atau SMS 1708.
""",
    ),
    T(
        "press_release",
        "health",
        """
RILIS BPJS KESEHATAN CABANG KUPANG
Peserta JKN di Kota Kupang mencapai {pct}% penduduk. Pengaduan peserta melalui Care Center 165, Pandawa WA {owa}, atau kantor cabang {jlno}. Nomor kartu tidak perlu dibagikan di media sosial.
""",
    ),
    T(
        "press_release",
        "disaster",
        """
SIARAN PERS BPBD PROVINSI NTT – {tg}
Status siaga darurat kekeringan di {num} kabupaten/kota. Distribusi air bersih {big} tangki. Posko: {otel}; email bpbd.ntt@nttprov.go.id. Laporan warga dapat dikirim lewat SMS 1708.
""",
    ),
    T(
        "press_release",
        "staffing",
        """
RILIS OMBUDSMAN RI PERWAKILAN NTT
Ombudsman menerima {big} laporan masyarakat sepanjang {thn}, {pct}% di antaranya terkait penundaan berlarut. Pengaduan: {jlno}, telp. {otel}, WA {owa}, email pengaduan.ntt@ombudsman.go.id.
""",
    ),
    T(
        "press_release",
        "tax_business",
        """
SIARAN PERS DPMPTSP KOTA KUPANG
Sepanjang semester I, {big} NIB terbit melalui OSS, {pct}% usaha mikro. Realisasi investasi Rp {rpb} miliar. Helpdesk OSS: {otel} / WA {owa}.
""",
    ),
    T(
        "press_release",
        "civil_registry",
        """
RILIS DISDUKCAPIL PROVINSI NTT
Cakupan perekaman KTP-el NTT {pct}%. Kota Kupang tertinggi. Layanan IKD dapat diaktivasi di kantor Dukcapil terdekat. Informasi: {otel}; Call Center {cc}.
""",
    ),
    T(
        "press_release",
        "education",
        """
SIARAN PERS DINAS P&K KOTA KUPANG
Angka putus sekolah turun menjadi {pct2}%. Program Kupang Pintar menjangkau {big} siswa. Laporan data: dapodik.kotakupang@gmail.com; telp {otel}. Contoh NPSN yang datanya belum sinkron: {npsn}, {npsn2}.
""",
    ),
]

# ---- complaint_reply: replies to complaints, LAPOR! and Ombudsman letters
TEMPLATES += [
    T(
        "complaint_reply",
        "utilities",
        """
Tanggapan Dinas PUPR Kota Kupang atas laporan {tiket}:
Yth. Bapak [[n:{n1}]], terima kasih atas laporannya mengenai jalan rusak di depan rumah Bapak, [[a:{adr1}]]. Tim UPT telah melakukan penambalan pada {tgl}. Apabila masih terdapat kerusakan, silakan hubungi pengawas lapangan kami, Sdr. [[n:{n2}]] di [[p:{hp2}]].
Salam, Admin LAPOR! Dinas PUPR
""",
    ),
    T(
        "complaint_reply",
        "social_aid",
        """
OMBUDSMAN REPUBLIK INDONESIA
PERWAKILAN PROVINSI NUSA TENGGARA TIMUR
{jlno}, Kupang. Telp. {otel}. Email: pengaduan.ntt@ombudsman.go.id

Nomor : B/{big}/LM.{num}-24/{thn}
Hal   : Permintaan Klarifikasi

Yth. Kepala Dinas Sosial Kota Kupang

Ombudsman menerima laporan dari Sdri. [[n:{n1}]], NIK [[nik:{nik1}]], beralamat di [[a:{adr1}]], Kel. {kel}, nomor telepon [[p:{hp1}]], mengenai dugaan tidak diberikannya bantuan PKH sejak {bln} {thn2}. Mohon klarifikasi tertulis dalam 14 hari.

Kepala Perwakilan,
[[n:{n2}]]
""",
    ),
    T(
        "complaint_reply",
        "health",
        """
Balasan Pengaduan – {RS}
Kepada Yth. Ibu [[n:{n1}]]
di [[a:{adr1}]]

Menanggapi surat Ibu tanggal {tgl} terkait pelayanan IGD terhadap suami Ibu, Bpk. [[n:{n2}]] (No. JKN [[bpjs:{bpjs2}]]), kami mohon maaf atas waktu tunggu yang lama. Perawat jaga telah diberikan pembinaan. Untuk komunikasi lanjutan silakan hubungi Kepala Instalasi Pengaduan, Ns. [[n:{n3}]], S.Kep, di [[p:{hp3}]].

Direktur,
dr. [[n:{n4}]]{deg4}
""",
    ),
    T(
        "complaint_reply",
        "education",
        """
Tindak lanjut laporan {tiket} (Dinas P&K Kota Kupang):
Pelapor: [[n:{n1}]] (orang tua siswa [[n:{n2}]], {school})
Isi: pungutan uang perpisahan Rp {rp}.
Hasil klarifikasi: Kepala sekolah [[n:{n3}]]{deg3} telah membatalkan pungutan dan mengembalikan uang yang sudah disetor. Pelapor sudah dihubungi melalui [[p:{hp1}]] pada {tgl}.
Status: Selesai
""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "complaint_reply",
        "civil_registry",
        """
Yth. Sdr. [[n:{n1}]],
Menanggapi pengaduan Saudara melalui SMS 1708 dari nomor [[p:{hp1}]] tentang KTP-el yang belum jadi, kami sampaikan bahwa data Saudara (NIK [[nik:{nik1}]]) sudah berstatus PRR (print ready record). KTP dapat diambil di loket {kecil} Dukcapil, {jlno}, pada jam kerja.
Admin Pengaduan Dukcapil Kota Kupang
""",
    ),
    T(
        "complaint_reply",
        "tax_business",
        """
Jawaban atas Keberatan Wajib Pajak
Nomor: {surat}
Kepada: [[n:{N1}]]
NPWP  : [[npwp:{npwp1}]]
Alamat: [[a:{adr1}]]
Menimbang hasil pemeriksaan lapangan oleh petugas [[n:{n2}]], keberatan Saudara atas SPPT PBB NOP {nop} dikabulkan sebagian; pajak terutang menjadi Rp {rp}.
Kepala Bapenda Kota Kupang
""",
    ),
    T(
        "complaint_reply",
        "security",
        """
Tanggapan Polresta Kupang Kota (LAPOR! {tiket}):
Laporan Saudari [[n:{n1}]] (HP [[p:{hp1}]]) tentang kebisingan dan mabuk-mabukan di sekitar [[a:{rt1}]] Kel. {kel} telah ditindaklanjuti Bhabinkamtibmas Bripka [[n:{n2}]] dengan patroli malam. Pelapor dapat menghubungi beliau langsung di [[p:{hp2}]].
""",
        F=(1,),
    ),
    T(
        "complaint_reply",
        "utilities",
        """
PERUMDA AIR MINUM KOTA KUPANG
Nomor: {surat}
Perihal: Jawaban Pengaduan Tagihan

Kepada Yth. Ibu [[n:{n1}]]
No. Sambungan {samb}
[[a:{adr1}]]

Setelah pengecekan meter oleh petugas kami pada {tgl}, lonjakan tagihan {bln} disebabkan kebocoran pipa setelah meter (tanggung jawab pelanggan). Namun sebagai keringanan, tagihan dapat dicicil 3 kali. Hubungi loket pengaduan {otel}.
""",
    ),
    T(
        "complaint_reply",
        "social_aid",
        """
Balasan Dinas Sosial atas pengaduan di LAPOR! ({tiket})
Kepada pelapor [[n:{n1}]]: setelah dicek, nama ibu pelapor, [[n:{n2}]], tercatat di DTKS dengan NIK [[nik:{nik2}]] tetapi alamat di DTKS masih [[a:{adr2}]] (alamat lama). Mohon lapor ke kelurahan untuk perbaikan. Pendamping wilayah [[n:{n3}]] ([[p:{hp3}]]) siap membantu.
""",
        F=(2,),
    ),
    T(
        "complaint_reply",
        "staffing",
        """
Laporan Akhir Pemeriksaan – Ombudsman RI Perwakilan NTT
Pelapor: [[n:{n1}]], [[a:{adr1}]], Kupang
Terlapor: Kepala Kelurahan {kel}
Pokok laporan: penundaan berlarut penerbitan surat keterangan ahli waris.
Kesimpulan: ditemukan maladministrasi. Lurah [[n:{n2}]]{deg2} telah menerbitkan surat pada {tgl}.
Asisten pemeriksa: [[n:{n3}]]
""",
    ),
    T(
        "complaint_reply",
        "health",
        """
Tanggapan {pusk}:
Terima kasih Bapak [[n:{n1}]] atas masukannya. Bidan [[n:{n2}]] yang dimaksud sedang cuti melahirkan; sementara ini wilayah [[a:{rt1}]] dilayani bidan [[n:{n3}]], HP [[p:{hp3}]]. Jam pelayanan KIA {hari}–Sabtu {jam}–12.00.
""",
    ),
    T(
        "complaint_reply",
        "education",
        """
Yth. Bapak/Ibu [[n:{n1}]]
Terkait dana PIP ananda [[n:{n2}]] (NISN {nisn}) yang belum cair, kami sudah mengonfirmasi ke bank penyalur. Rekening SimPel {bank2} [[b:{rek2}]] atas nama ananda sudah aktif. Dana dapat dicairkan dengan membawa surat keterangan dari sekolah.
Operator Dapodik {school}
[[n:{n3}]] – WA [[p:{hp3}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "complaint_reply",
        "civil_registry",
        """
Catatan tindak lanjut Unit Pengaduan Kasih
Tgl: {tgl}
Sumber: SMS 1708 dari [[p:{hp1}]] ("KOTKUPANG ...")
Pelapor: [[n:{n1}]], [[a:{rt1}]] Kel. {kel}
Masalah: akta kematian ayah, [[n:{n2}]], belum terbit sejak {bln}.
Diteruskan ke Dukcapil. Jawaban: akta nomor {akta} sudah terbit, diambil keluarga {tgl2}.
""",
        M=(2,),
    ),
    T(
        "complaint_reply",
        "disaster",
        """
Tanggapan BPBD Kota Kupang atas laporan Sdr. [[n:{n1}]] (LAPOR! {tiket}):
Rumah Saudara di [[a:{adr1}]] telah diverifikasi tim pada {tgl} dengan kategori rusak sedang. Bantuan stimulan akan disalurkan melalui rekening {bank1} [[b:{rek1}]] atas nama Saudara. Informasi: Kasi Rehabilitasi [[n:{n2}]], [[p:{hp2}]].
""",
    ),
    # ---- without personal data
    T(
        "complaint_reply",
        "utilities",
        """
Tanggapan Dinas Perhubungan atas laporan {tiket}:
Lampu PJU di {jl} (tiang nomor {big} s.d. {big2}) telah diperbaiki pada {tgl}. Kerusakan disebabkan kabel putus. Terima kasih atas partisipasi pelapor. Laporan lain dapat disampaikan ke {otel} atau WA {owa}.
""",
    ),
    T(
        "complaint_reply",
        "civil_registry",
        """
Yth. Pelapor (identitas dirahasiakan),
Laporan Anda {tiket} tentang dugaan pungutan di loket Dukcapil sudah kami teruskan ke Inspektorat (surat nomor {surat}). Petugas terkait telah dipanggil. Hasil pemeriksaan akan disampaikan melalui kanal LAPOR!.
Admin Dukcapil Kota Kupang
""",
    ),
    T(
        "complaint_reply",
        "social_aid",
        """
Status laporan {tiket}: DIALIHKAN
Instansi tujuan: Kementerian Sosial RI
Alasan: kewenangan data PBI-JK berada di pusat.
Catatan admin: nomor {scam} yang disebut pelapor bukan nomor resmi Dinas Sosial. Nomor resmi: {otel} / WA {owa}.
""",
    ),
    T(
        "complaint_reply",
        "health",
        """
Tanggapan BPJS Kesehatan Cabang Kupang
Peserta yang kartunya nonaktif karena tunggakan dapat mengikuti program REHAB (cicilan). Contoh kode VA: {va}. Layanan: Care Center 165, Pandawa {owa}, kantor {jlno}. Mohon tidak mengirim nomor kartu di kolom komentar.
""",
    ),
    T(
        "complaint_reply",
        "education",
        """
Tanggapan Dinas P&K atas laporan {tiket} dan {tiket2}:
Sekolah yang dilaporkan (NPSN {npsn}) telah diperiksa pada {tgl}. Pungutan dihentikan per {tgl2}. Pengembalian dana kepada {num} orang tua dilakukan melalui komite dengan berita acara nomor {surat}.
""",
    ),
    T(
        "complaint_reply",
        "security",
        """
OMBUDSMAN RI PERWAKILAN NTT
Nomor: B/{big}/LM.{num}-24/{thn}
Kepada Yth. Kepala Satpol PP Kota Kupang
Hal: Saran Perbaikan
Berdasarkan {num2} laporan masyarakat terkait penertiban lapak di {jl}, Ombudsman menyarankan SOP penertiban yang memuat pemberitahuan tertulis 7 hari sebelumnya. Tanggapan ditunggu paling lambat {tgl}. Kontak: {otel}.
""",
    ),
    T(
        "complaint_reply",
        "tax_business",
        """
Jawaban Kring Pajak (tiket {tiket}):
Pembetulan SPT dapat dilakukan melalui DJP Online. Untuk NPWP badan yang terblokir silakan datang ke KPP Pratama Kupang, {jlno}, telp {otel}. Email informasi@pajak.go.id tidak melayani permohonan.
""",
    ),
]

# ---- school_letter: schools writing to parents and offices
TEMPLATES += [
    T(
        "school_letter",
        "education",
        """
{SCHOOL}
NPSN {npsn} – {jlno}, Kupang – Telp. {otel}

Kupang, {tg}
Nomor : {num}/{skul}/{ROMAN}/{thn}
Hal   : Panggilan Orang Tua

Kepada Yth. Orang Tua/Wali dari:
Nama  : [[n:{n1}]]
Kelas : {kelas}
NISN  : {nisn}

Mohon kehadiran Bapak/Ibu pada {hari}, {tgl2}, pukul {jam}, untuk membicarakan kehadiran ananda yang sudah {kecil} hari alpa. Bila berhalangan, mohon menghubungi wali kelas, Ibu [[n:{n2}]]{deg2}, di [[p:{hp2}]].

Kepala Sekolah,
[[n:{n3}]]{deg3}
NIP {nip}
""",
        K=(1,),
    ),
    T(
        "school_letter",
        "education",
        """
SURAT KETERANGAN AKTIF BELAJAR
Nomor: {num}/SK/{skul}/{thn}
Kepala {school} menerangkan bahwa:
Nama             : [[n:{N1}]]
NISN             : {nisn}
Tempat/Tgl lahir : Kupang, {lahir1}
Nama Orang Tua   : [[n:{N2}]]
Alamat           : [[a:{adr2}]], Kel. {kel}
adalah benar siswa aktif kelas {kelas} tahun pelajaran {thn2}/{thn}. Surat ini untuk keperluan pengajuan PIP.
Kepala Sekolah,
[[n:{n3}]]{deg3}
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "school_letter",
        "education",
        """
Pemberitahuan Wali Kelas {kelas}
Bapak/Ibu orang tua yang terhormat, pembagian rapor hari {hari}, {tgl}, jam {jam}. Rapor hanya diberikan kepada orang tua/wali. Yang berhalangan mohon kirim pesan ke saya, [[n:{n1}]], di WA [[p:{hp1}]] (bukan nomor sekolah). Terima kasih.
""",
    ),
    T(
        "school_letter",
        "education",
        """
{SCHOOL}
DAFTAR SISWA PENERIMA PIP TAHAP {ROMAN} {thn}
No | Nama Siswa | NISN | Kelas | Nama Ibu Kandung
1 | [[n:{N1}]] | {nisn} | {kelas} | [[n:{N2}]]
2 | [[n:{N3}]] | {nisn2} | {kelas2} | [[n:{N4}]]
3 | [[n:{N5}]] | {nisn3} | {kelas3} | [[n:{N6}]]
Pencairan di {bnk} unit terdekat dengan membawa KIP dan surat keterangan sekolah. Info: operator [[n:{n7}]] WA [[p:{hp7}]].
""",
        K=(1, 3, 5),
        F=(2, 4, 6),
    ),
    T(
        "school_letter",
        "education",
        """
SURAT IZIN ORANG TUA
Yang bertanda tangan di bawah ini:
Nama orang tua: [[n:{n1}]]
No. HP: [[p:{hp1}]]
Alamat: [[a:{adr1}]]
memberi izin kepada anak kami [[n:{n2}]] kelas {kelas} untuk mengikuti kegiatan Pramuka di Bumi Perkemahan Baumata, {tgl}–{tgl2}.
Kupang, {tgl3}
([[n:{n1}]])
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "school_letter",
        "staffing",
        """
{SCHOOL}
DAFTAR GURU DAN TENAGA KEPENDIDIKAN
No | Nama | NIP/NUPTK | Tugas | HP
1 | [[n:{n1}]]{deg1} | {nip} | Kepala Sekolah | [[p:{hp1}]]
2 | [[n:{n2}]]{deg2} | {nip2} | Guru Kelas 4 | [[p:{hp2}]]
3 | [[n:{n3}]]{deg3} | NUPTK {big}{big2}{big3} | Guru PJOK | [[p:{hp3}]]
4 | [[n:{n4}]] | - | Operator | [[p:{hp4}]]
Telepon sekolah: {otel}
""",
    ),
    T(
        "school_letter",
        "education",
        """
Kepada Yth. Orang tua ananda [[n:{n1}]]
Dengan hormat, kami informasikan bahwa ananda mengalami cedera ringan saat olahraga hari ini pukul {jam} dan sudah dibawa ke {pusk}. Saat ini ananda didampingi guru UKS, Ibu [[n:{n2}]] ([[p:{hp2}]]). Mohon Bapak/Ibu segera menghubungi beliau.
Kepala Sekolah
""",
        K=(1,),
    ),
    T(
        "school_letter",
        "education",
        """
FORMULIR DAFTAR ULANG {SCHOOL}
Nama siswa: [[n:{N1}]]
NISN: {nisn}
NIK siswa: [[nik:{nik1}]]
No. KK: [[kk:{kk1}]]
Nama ayah: [[n:{N2}]]  HP: [[p:{hp2}]]
Nama ibu: [[n:{N3}]]  HP: [[p:{hp3}]]
Alamat: [[a:{adr2}]]
Email orang tua: [[e:{em2}]]
""",
        K=(1,),
        fam={1: 2, 3: 2},
        M=(2,),
        F=(3,),
    ),
    T(
        "school_letter",
        "staffing",
        """
SURAT TUGAS
Nomor: {num}/{skul}/ST/{thn}
Kepala {school} menugaskan:
1. [[n:{n1}]]{deg1}, NIP {nip}
2. [[n:{n2}]]{deg2}, NIP {nip2}
untuk mendampingi siswa pada Lomba FLS2N tingkat kota di {school2}, {tgl}. Biaya dibebankan pada dana BOS (kode {mak}).
""",
    ),
    T(
        "school_letter",
        "education",
        """
Undangan Rapat Komite
Kepada Yth. Bapak/Ibu orang tua siswa {school}
Rapat {hari}, {tgl}, pukul {jam}, di ruang kelas {kelas}. Agenda: laporan dana BOS dan rencana kegiatan. Konfirmasi kehadiran ke sekretaris komite, Bapak [[n:{n1}]] ([[p:{hp1}]]).
Ketua Komite,
[[n:{n2}]]
""",
    ),
    T(
        "school_letter",
        "health",
        """
Pemberitahuan BIAS (Bulan Imunisasi Anak Sekolah)
Imunisasi MR dan DT untuk kelas 1 dilaksanakan {tgl} oleh tim {pusk}. Orang tua yang keberatan mohon mengisi surat penolakan. Koordinator UKS: [[n:{n1}]], HP [[p:{hp1}]]. Petugas puskesmas: bidan [[n:{n2}]].
""",
        F=(2,),
    ),
    T(
        "school_letter",
        "education",
        """
SURAT KETERANGAN PINDAH
Yang bertanda tangan di bawah ini menerangkan:
Nama: [[n:{N1}]], NISN {nisn}, kelas {kelas}
Orang tua: [[n:{N2}]]
Alamat baru: [[a:{ad2}]], Kabupaten Kupang
telah pindah ke {school2} atas permintaan orang tua. Buku rapor dan dokumen telah diserahkan.
Kupang, {tgl}
Kepala Sekolah, [[n:{n3}]]{deg3}
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "school_letter",
        "education",
        """
Grup Orang Tua Kelas {kelas} – pesan dari wali kelas:
Selamat pagi bapa mama. Hari ini yang tidak masuk: [[n:{g1}]] (sakit), [[n:{g2}]] (izin). Bagi orang tua [[n:{g3}]], mohon tanda tangan surat BIAS. Bila ada perlu, telpon saya [[n:{n4}]] di [[p:{hp4}]]. Tuhan berkati.
""",
        K=(1, 2, 3),
    ),
    T(
        "school_letter",
        "tax_business",
        """
Kuitansi Pembayaran Uang Komite
No. {big}
Telah terima dari: [[n:{n1}]] (orang tua [[n:{n2}]], kelas {kelas})
Uang sejumlah: Rp {rpk}
Untuk: sumbangan komite semester ganjil
Kupang, {tgl}
Bendahara Komite,
[[n:{n3}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    # ---- without personal data
    T(
        "school_letter",
        "education",
        """
PENGUMUMAN {SCHOOL}
Penerimaan Peserta Didik Baru {thn}/{thn3}
Kuota: {num} rombel × 32 siswa. Pendaftaran {tgl}–{tgl2} di ruang TU.
Syarat: fotokopi KK, akta kelahiran, NISN, pas foto 3×4.
Informasi: TU {otel}, WA sekolah {owa}, email {skul}.kupang@gmail.com.
""",
    ),
    T(
        "school_letter",
        "education",
        """
Kepada Yth. Kepala Dinas P&K Kota Kupang
Laporan jumlah siswa {school} (NPSN {npsn}) per {tgl}:
Kelas I: {num}; II: {num2}; III: {num3}; IV: {num4}; V: {num5}; VI: {num6}.
Rombel {kecil}. Guru PNS {kecil2}, PPPK {kecil3}, honor {kecil4}.
""",
    ),
    T(
        "school_letter",
        "tax_business",
        """
LAPORAN PENGGUNAAN DANA BOS TAHAP {ROMAN} {thn}
{SCHOOL} – NPSN {npsn}
Penerimaan: Rp {rpb}
Belanja buku: Rp {rpb2}; honor: Rp {rpb3}; pemeliharaan: Rp {rp}
Rekening sekolah Bank NTT {rekntt} a.n. {school}. NPWP bendahara BOS {npwpx}.
""",
    ),
    T(
        "school_letter",
        "education",
        """
JADWAL ASESMEN AKHIR SEMESTER
{hari}: Matematika / Bahasa Indonesia
Ruang {ruang} dan {ruang2}, pukul {jam}–{jam2}
Nomor peserta format {num}-{big}-{kecil}. Siswa yang belum melunasi administrasi TETAP boleh ikut ujian. Pertanyaan: TU {otel}.
""",
    ),
    T(
        "school_letter",
        "health",
        """
Surat Edaran Kepala Sekolah
Nomor: {num}/{skul}/SE/{thn}
Sehubungan meningkatnya kasus diare, siswa diwajibkan membawa air minum dari rumah. Kantin sekolah diperiksa {pusk} pada {tgl}. Laporan gejala ke UKS atau telp sekolah {otel}.
""",
    ),
    T(
        "school_letter",
        "staffing",
        """
REKAP ABSENSI GURU {SCHOOL} – {bln} {thn}
Hadir {pct}% | izin {kecil} hari | sakit {kecil2} hari
Contoh NIP yang belum sinkron di aplikasi: {nip}, {nip2}
Laporan dikirim ke korwil melalui korwil.kotakupang@gmail.com.
""",
    ),
    T(
        "school_letter",
        "education",
        """
Informasi Beasiswa KIP Kuliah {thn}
Siswa kelas XII yang memiliki KIP/KKS dapat mendaftar di kip-kuliah.kemdikbud.go.id mulai {tgl}. Konsultasi di ruang BK ({ruang}) setiap {hari}. Kode sekolah (NPSN): {npsn}.
""",
    ),
]

# ---- health_notice: puskesmas, hospitals, posyandu and midwives
TEMPLATES += [
    T(
        "health_notice",
        "health",
        """
PENGUMUMAN {PUSK}
Mulai {tgl}, pelayanan persalinan 24 jam di ruang bersalin. Bidan jaga malam:
Senin–Rabu: [[n:{n1}]], A.Md.Keb – [[p:{hp1}]]
Kamis–Sabtu: [[n:{n2}]], S.Tr.Keb – [[p:{hp2}]]
Minggu: [[n:{n3}]] – [[p:{hp3}]]
Ambulans puskesmas: {owa}
Telp. puskesmas: {otel}
""",
        F=(1, 2, 3),
    ),
    T(
        "health_notice",
        "health",
        """
SURAT KETERANGAN SAKIT
No: {num}/SKS/PKM/{thn}
Yang bertanda tangan di bawah ini dokter {pusk} menerangkan bahwa:
Nama   : [[n:{n1}]]
Umur   : {num2} tahun
Alamat : [[a:{adr1}]]
perlu istirahat {kecil} hari mulai {tgl} karena sakit.
Dokter pemeriksa,
dr. [[n:{n2}]]
SIP {big}/DINKES/{thn}
""",
    ),
    T(
        "health_notice",
        "health",
        """
Jadwal Posyandu Balita Kel. {kel} – {bln} {thn}
Posyandu Kasih Ibu ({rtx}): {tgl}, di rumah Ibu [[n:{n1}]], [[a:{ad1}]]
Posyandu Tunas Harapan: {tgl2}, di gedung PAUD
Kader penanggung jawab: [[n:{n2}]] ([[p:{hp2}]])
Bidan wilayah: [[n:{n3}]] ([[p:{hp3}]])
""",
        F=(1, 2, 3),
    ),
    T(
        "health_notice",
        "health",
        """
RESUME PULANG PASIEN – {RS}
No. RM: {big}{big2}
Nama pasien: [[n:{N1}]]
No. Kartu JKN: [[bpjs:{bpjs1}]]
No. SEP: {sep}
Alamat: [[a:{adr1}]]
Penanggung jawab: [[n:{n2}]] (suami), HP [[p:{hp2}]]
Kontrol ulang poli penyakit dalam {tgl}.
DPJP: dr. [[n:{n3}]], Sp.PD
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "health_notice",
        "health",
        """
Info dari Puskesmas: anak balita atas nama [[n:{n1}]] (ayah [[n:{n2}]], [[a:{rt2}]] Kel. {kel}) belum imunisasi campak. Mohon dibawa ke posyandu {hari} ini. Bila tidak bisa, bidan [[n:{n3}]] akan kunjungan rumah; konfirmasi ke [[p:{hp3}]].
""",
        K=(1,),
        fam={1: 2},
        M=(2,),
        F=(3,),
    ),
    T(
        "health_notice",
        "health",
        """
DAFTAR PETUGAS PROGRAM {PUSK}
Program | Penanggung jawab | Kontak
KIA/KB | [[n:{n1}]], A.Md.Keb | [[p:{hp1}]]
Gizi | [[n:{n2}]], S.Gz | [[p:{hp2}]]
TB/HIV | Ns. [[n:{n3}]], S.Kep | [[p:{hp3}]]
Kesling | [[n:{n4}]], SKM | [[p:{hp4}]]
Pendaftaran | loket | {otel}
""",
    ),
    T(
        "health_notice",
        "health",
        """
Surat Rujukan Balik
Kepada Yth. Dokter {pusk}
Pasien [[n:{n1}]] ({num2} th), NIK [[nik:{nik1}]], telah ditangani di poli anak {rs} dengan diagnosis pneumonia. Lanjutkan terapi amoksisilin 5 hari. Orang tua (Bpk. [[n:{n2}]], [[p:{hp2}]]) sudah diedukasi.
dr. [[n:{n3}]], Sp.A
""",
        K=(1,),
        fam={1: 2},
    ),
    T(
        "health_notice",
        "health",
        """
PENGUMUMAN PEMBERIAN MAKANAN TAMBAHAN (PMT) BALITA STUNTING
Daftar sasaran Kel. {kel}:
1. [[n:{N1}]] (ibu: [[n:{N2}]]) – [[a:{rt2}]]
2. [[n:{N3}]] (ibu: [[n:{N4}]]) – [[a:{rt4}]]
Pengambilan di {pusk} {hari}, jam {jam}. Petugas gizi: [[n:{n5}]] [[p:{hp5}]].
""",
        K=(1, 3),
        F=(2, 4),
        fam={1: 2, 3: 4},
    ),
    T(
        "health_notice",
        "health",
        """
Laporan Kejadian Ikutan Pasca Imunisasi
Nama anak: [[n:{n1}]], umur {kecil} bln
Orang tua: [[n:{n2}]], HP [[p:{hp2}]], [[a:{adr2}]]
Vaksin: DPT-HB-Hib, batch {big}{kecil}A, tgl {tgl}
Gejala: demam 39°C, rewel. Tindakan: parasetamol, observasi.
Pelapor: bidan [[n:{n3}]]
""",
        K=(1,),
        fam={1: 2},
        F=(3,),
    ),
    T(
        "health_notice",
        "health",
        """
{RS}
INFO JADWAL DOKTER SPESIALIS
Poli Anak: dr. [[n:{n1}]], Sp.A – {hari} & Kamis
Poli Kandungan: dr. [[n:{n2}]], Sp.OG – Selasa & Jumat
Poli Penyakit Dalam: dr. [[n:{n3}]], Sp.PD – setiap hari
Pendaftaran online: WA {owa}; informasi {otel} ext. {ext}.
""",
    ),
    T(
        "health_notice",
        "social_aid",
        """
SURAT KETERANGAN PENGGANTIAN KIS
Puskesmas menerangkan bahwa [[n:{n1}]], NIK [[nik:{nik1}]], peserta PBI-JK dengan nomor kartu [[bpjs:{bpjs1}]] yang hilang, benar terdaftar di fasilitas kesehatan kami. Mohon diterbitkan kartu pengganti.
Kepala {pusk},
[[n:{n2}]]{deg2}
NIP {nip}
""",
    ),
    T(
        "health_notice",
        "health",
        """
Kunjungan rumah (home care) hari ini – tim {pusk}:
09.00 – Opa [[n:{n1}]], [[a:{adr1}]] (stroke, kontrol tensi)
10.30 – Oma [[n:{n2}]], [[a:{adr2}]] (luka diabetes)
Perawat: [[n:{n3}]] ([[p:{hp3}]]); sopir ambulans: [[n:{n4}]].
""",
    ),
    T(
        "health_notice",
        "health",
        """
Pesan untuk ibu hamil di wilayah {rtx} Kel. {kel}: kelas ibu hamil {hari} ini jam {jam} di rumah kader Mama [[n:{n1}]]. Yang mau tanya-tanya boleh WA bidan [[n:{n2}]] di [[p:{hp2}]]. Bawa buku KIA.
""",
        F=(1, 2),
    ),
    T(
        "health_notice",
        "disaster",
        """
POS KESEHATAN PENGUNGSIAN – Dinkes Kota Kupang
Tenaga kesehatan bertugas {tgl}:
dr. [[n:{n1}]] ([[p:{hp1}]])
Ns. [[n:{n2}]] ([[p:{hp2}]])
Bidan [[n:{n3}]] ([[p:{hp3}]])
Rujukan ke {rs} melalui PSC 119.
""",
        F=(3,),
    ),
    # ---- without personal data
    T(
        "health_notice",
        "health",
        """
{PUSK}
{jlno}, Kupang – Telp. {otel} – Email pkm.kupang{num}@gmail.com
JAM PELAYANAN
Senin–Kamis 08.00–14.00; Jumat 08.00–11.00; Sabtu 08.00–12.00
UGD 24 jam: {owa}
Pendaftaran online: WA {owa2}
Pasien BPJS wajib membawa kartu JKN/KTP.
""",
    ),
    T(
        "health_notice",
        "health",
        """
PENGUMUMAN DINKES KOTA KUPANG
Pekan Imunisasi Polio {tgl}–{tgl2} untuk anak 0–7 tahun di semua posyandu dan puskesmas. Target {big} anak. Informasi di puskesmas terdekat atau {otel}. Sasaran per kelurahan tercantum di lampiran surat {surat}.
""",
    ),
    T(
        "health_notice",
        "health",
        """
LAPORAN MINGGUAN PENYAKIT POTENSIAL KLB – Minggu ke-{num}
Diare {big}, ISPA {big2}, DBD {kecil}, suspek campak {kecil2}. Kasus terbanyak di Kel. {kel} (RT 02, RT 05, RT 09). Lapor ke surveilans.dinkes@kupangkota.go.id.
""",
    ),
    T(
        "health_notice",
        "health",
        """
{RS}
Tarif pasien umum per {tgl}:
Konsultasi spesialis Rp {rpk}; rawat inap kelas III Rp {rp}/hari; ambulans dalam kota Rp {rp2}.
Pembayaran ke rekening BLUD Bank NTT {rekntt} a.n. BLUD {rs}. NPWP rumah sakit {npwpx}.
""",
    ),
    T(
        "health_notice",
        "health",
        """
HIMBAUAN PSN 3M PLUS
Setiap Jumat jam 07.00 serentak kerja bakti menguras bak, menutup tempat air, mendaur ulang. Jumantik akan memeriksa rumah warga. Laporan jentik ke {pusk}: {otel} atau WA {owa}.
""",
    ),
    T(
        "health_notice",
        "health",
        """
Info BPJS Kesehatan: iuran kelas III mandiri Rp 42.000 (dibayar peserta Rp 35.000). Bayar via VA {va}. Cek status kepesertaan di Mobile JKN atau Pandawa {owa}. Kantor cabang Kupang: {otel}.
""",
    ),
    T(
        "health_notice",
        "health",
        """
Stok Obat Gudang Farmasi per {tgl}
Amoksisilin 500 mg: {big} tab
Parasetamol 500 mg: {big2} tab
Oralit: {big3} sachet
Permintaan puskesmas lewat LPLPO paling lambat tgl {kecil}. Kontak IFK {otel} psw {ext}.
""",
    ),
]

# ---- church_notice: warta jemaat, parish and mosque announcements
TEMPLATES += [
    T(
        "church_notice",
        "religion_community",
        """
WARTA JEMAAT {CHURCH}
Minggu, {tg}

1. Pelayan firman ibadah pagi: Pdt. [[n:{n1}]]{deg1}; ibadah sore: Vik. [[n:{n2}]].
2. Berita duka: telah dipanggil Tuhan, Bapa [[n:{n3}]] dari Rayon {kecil}, pada {tgl}. Ibadah penghiburan di rumah duka [[a:{ad3}]].
3. Kelahiran: anak dari Sdr. [[n:{n4}]] dan Sdri. [[n:{n5}]], diberi nama [[n:{g6}]].
4. Persembahan minggu lalu: Rp {rpb}.
""",
        M=(3,),
        K=(6,),
    ),
    T(
        "church_notice",
        "religion_community",
        """
PENGUMUMAN {PAROKI}
Pendaftaran Komuni Pertama dibuka s.d. {tgl}. Formulir diambil di sekretariat paroki ({jlno}, telp. {otel}).
Narahubung: Sr. [[n:{n1}]] ([[p:{hp1}]]) dan katekis [[n:{n2}]] ([[p:{hp2}]]).
Pemberkatan nikah bulan ini: [[n:{n3}]] & [[n:{n4}]], {tgl2}.
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
Warta Rayon {kecil} – {church}
Ibadah rumah tangga minggu ini di keluarga Bpk. [[n:{n1}]], [[a:{adr1}]].
Pemimpin ibadah: Pnt. [[n:{n2}]].
Jemaat yang sakit: Oma [[n:{n3}]] (dirawat di {rs}), Sdr. [[n:{n4}]].
Koordinator rayon: [[n:{n5}]] – [[p:{hp5}]]
""",
        F=(3,),
        E=(3,),
    ),
    T(
        "church_notice",
        "disaster",
        """
PANITIA PEDULI BENCANA JEMAAT {CHURCH}
Bantuan untuk korban banjir diterima di gedung gereja setiap hari pukul 16.00–20.00.
Penanggung jawab gudang: [[n:{n1}]] ([[p:{hp1}]])
Donasi uang: rekening Majelis Jemaat Bank NTT {rekntt} (bukan rekening pribadi).
Keluarga terdampak di jemaat kita: kel. [[n:{f2}]] dan kel. [[n:{f3}]] (rumah terendam).
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
PENGUMUMAN {MOSQUE}
Kajian rutin Ahad pagi bersama Ustadz [[n:{n1}]], tema "Menjaga Amanah".
Pendaftaran TPA dibuka; hubungi Ustadzah [[n:{n2}]] WA [[p:{hp2}]].
Zakat fitrah Rp {rpk}/jiwa; amil: [[n:{n3}]] ([[p:{hp3}]]).
""",
        F=(2,),
        S=(1, 2, 3),
    ),
    T(
        "church_notice",
        "religion_community",
        """
Surat Pengantar Majelis Jemaat
Nomor: {num}/MJ/{thn}
Majelis Jemaat {church} menerangkan bahwa [[n:{N1}]], tinggal di [[a:{adr1}]], adalah anggota sidi jemaat kami di Rayon {kecil}, dan akan melangsungkan pernikahan dengan [[n:{N2}]]. Mohon dilayani.
Ketua Majelis, Pdt. [[n:{n3}]]
Sekretaris, [[n:{n4}]]
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
JADWAL PELAYANAN IBADAH MINGGU – {bln} {thn}
Minggu I: Pdt. [[n:{n1}]] | Liturgos: [[n:{n2}]] | Kolektan: Rayon 3
Minggu II: Pdt. [[n:{n3}]] | Liturgos: [[n:{n4}]] | Kolektan: Rayon 5
Operator multimedia: [[n:{n5}]] ([[p:{hp5}]])
""",
    ),
    T(
        "church_notice",
        "social_aid",
        """
DIAKONIA {CHURCH}
Bantuan beras bulan {bln} diberikan kepada janda dan lansia:
- Mama [[n:{n1}]], [[a:{rt1}]]
- Opa [[n:{n2}]], [[a:{rt2}]]
- Oma [[n:{n3}]], [[a:{adr3}]]
Diantar oleh komisi diakonia, koordinator Dkn. [[n:{n4}]] HP [[p:{hp4}]].
""",
        F=(1,),
    ),
    T(
        "church_notice",
        "religion_community",
        """
PANITIA PEMBANGUNAN GEDUNG GEREJA {CHURCH}
Laporan sumbangan minggu ini:
Kel. [[n:{n1}]] – Rp {rp}
Kel. [[n:{n2}]] – Rp {rp2}
NN – Rp {rp3}
Sumbangan dapat diserahkan ke bendahara [[n:{n3}]] atau ditransfer ke rekening panitia {rekb} (a.n. Panitia Pembangunan).
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
Berita duka
Telah berpulang ke rumah Bapa di sorga, Ibu [[n:{n1}]] (istri dari Bpk. [[n:{n2}]]), pada {tgl} di {rs}. Jenazah disemayamkan di rumah duka [[a:{adr2}]], Kel. {kel}. Ibadah pemakaman {tgl2} pukul {jam}. Keluarga dapat dihubungi: anak [[n:{g3}]] [[p:{hp3}]].
""",
        fam={1: 2, 3: 2},
    ),
    T(
        "church_notice",
        "education",
        """
Pengumuman Komisi Pemuda {church}
Beasiswa gereja untuk mahasiswa tahun {thn}: kirim berkas ke sekretaris komisi [[n:{n1}]], [[e:{em1}]], paling lambat {tgl}. Penerima tahun lalu: [[n:{n2}]] (Undana) dan [[n:{n3}]] (Poltekkes).
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
Pengumuman Nikah (pertama)
Akan menikah: [[n:{n1}]], anak Bpk. [[n:{n2}]], dari Rayon {kecil}, dengan [[n:{n3}]], dari {church2}. Bila ada keberatan, sampaikan kepada Majelis paling lambat {tgl}.
""",
        fam={1: 2},
    ),
    T(
        "church_notice",
        "health",
        """
Komisi Kesehatan Jemaat: pemeriksaan tensi dan gula darah gratis setelah ibadah Minggu, {tgl}. Dilayani oleh dr. [[n:{n1}]] dan Ns. [[n:{n2}]] (anggota jemaat). Info: [[n:{n2}]] [[p:{hp2}]].
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
DAFTAR PENGURUS REMAJA {MOSQUE}
Ketua: [[n:{n1}]] (HP [[p:{hp1}]])
Sekretaris: [[n:{n2}]]
Bendahara: [[n:{n3}]]
Periode {thn}–{thn4}. Sekretariat di serambi masjid.
""",
        S=(1, 2, 3),
    ),
    # ---- without personal data
    T(
        "church_notice",
        "religion_community",
        """
WARTA JEMAAT {CHURCH} – Minggu {tg}
Ibadah: 06.00, 09.00, 17.00 WITA.
Persembahan syukur: Rp {rpb}; diakonia: Rp {rpb2}.
Rekening Majelis Jemaat: Bank NTT {rekntt}; BRI {rekbri}. NPWP Majelis {npwpx}.
Sekretariat: {otel} (jam kantor).
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
INFO PANITIA HUT JEMAAT KE-{num}
Lomba paduan suara antarrayon {tgl}. Pendaftaran di sekretariat panitia, {jlno}. WA panitia {owa} / {owa2}. Biaya pendaftaran Rp {rpk} per rayon.
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
PENGUMUMAN {MOSQUE}
Shalat Idul Adha {tgl} pukul 06.30 WITA. Penyembelihan hewan kurban di halaman masjid. Pembagian kupon daging melalui pengurus RT. Infaq: BSI {rekb} a.n. Takmir Masjid. Info: sekretariat {otel}.
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
JADWAL MISA {PAROKI}
Sabtu 17.00; Minggu 06.00, 08.00, 17.00
Misa harian 05.30 di kapel. Sakramen tobat: Sabtu 15.00–16.30.
Sekretariat paroki buka Senin–Sabtu 08.00–13.00, telp. {otel}, email paroki.kupang{num}@gmail.com.
""",
    ),
    T(
        "church_notice",
        "disaster",
        """
LAPORAN PENYALURAN BANTUAN SINODE
Tahap {roman}: {big} paket sembako ke {num} jemaat di Kota Kupang dan Kab. Kupang. Total dana Rp {rpb}. Dana masuk melalui rekening Sinode Bank NTT {rekntt}. Laporan lengkap di laman sinode.
""",
    ),
    T(
        "church_notice",
        "religion_community",
        """
Pengumuman Majelis: iuran pembangunan pastori tahap {roman} Rp {rpk} per KK jemaat, dibayar melalui koordinator rayon masing-masing. Rekapan per rayon: Rayon 1 {pct}%, Rayon 2 {pct2}%, Rayon 3 {pct3}%.
""",
    ),
    T(
        "church_notice",
        "education",
        """
Sekolah Minggu {church}
Lomba cerdas cermat Alkitab antarkelas {tgl}, pukul {jam}. Hadiah Rp {rpk}. Pendaftaran melalui guru sekolah minggu masing-masing atau WA sekretariat {owa}.
""",
    ),
]

# ---- rt_village: RT/RW notices, lurah's and village head's decrees and lists
TEMPLATES += [
    T(
        "rt_village",
        "social_aid",
        """
PENGUMUMAN RT {KECIL} / RW {KECIL2}
Kepada bapa mama warga, pembagian beras CBP besok {hari} jam {jam} di rumah Ketua RT, [[a:{ad1}]]. Bawa KK asli. Yang berhalangan bisa titip ke keluarga dengan surat kuasa.
Ketua RT: [[n:{n1}]] – HP/WA [[p:{hp1}]]
""",
    ),
    T(
        "rt_village",
        "social_aid",
        """
KEPUTUSAN KEPALA DESA {DESA}
KECAMATAN KUPANG TENGAH, KABUPATEN KUPANG
Nomor: {sk}
Tentang Penetapan Keluarga Penerima Manfaat BLT Dana Desa Tahun {thn}

Lampiran:
No | Nama KPM | NIK | Dusun/RT
1 | [[n:{N1}]] | [[nik:{nik1}]] | Dusun I / [[a:{rtx1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | Dusun II / [[a:{rtx2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | Dusun II / [[a:{rtx3}]]
Besaran Rp 300.000/bulan. Ditetapkan di {desa}, {tg}.
KEPALA DESA {DESA},
[[n:{N4}]]
""",
    ),
    T(
        "rt_village",
        "security",
        """
JADWAL RONDA RT {KECIL} – {bln} {thn}
Malam Senin: [[n:{n1}]], [[n:{n2}]], [[n:{n3}]]
Malam Selasa: [[n:{n4}]], [[n:{n5}]]
Malam Rabu: [[n:{n6}]], [[n:{n7}]]
Yang tidak hadir denda Rp 20.000 masuk kas RT. Koordinator: Pak [[n:{n8}]] [[p:{hp8}]].
""",
        M=(1, 2, 3, 4, 5, 6, 7),
    ),
    T(
        "rt_village",
        "civil_registry",
        """
SURAT PENGANTAR RT
Nomor: {num}/RT{kecil}/{thn}
Yang bertanda tangan di bawah ini Ketua RT {kecil} RW {kecil2} Kel. {kel} menerangkan:
Nama  : [[n:{N1}]]
NIK   : [[nik:{nik1}]]
No. KK: [[kk:{kk1}]]
Alamat: [[a:{adr1}]]
benar warga kami, dan surat ini diberikan untuk pengurusan SKCK.
Ketua RT,
[[n:{n2}]]
HP [[p:{hp2}]]
""",
    ),
    T(
        "rt_village",
        "utilities",
        """
Info RT {kecil}: air PDAM mati sejak {hari}. Sudah dilaporkan ke PDAM (tiket {big}). Sementara bisa ambil air di bak rumah Om [[n:{n1}]], [[a:{ad1}]], jam 6–8 pagi. Tolong hemat. – Ketua RT [[n:{n2}]]
""",
    ),
    T(
        "rt_village",
        "social_aid",
        """
DAFTAR WARGA RT {KECIL}/RW {KECIL2} YANG BELUM TERIMA BANSOS (usulan ke kelurahan)
1. [[n:{n1}]] – janda, 3 anak – [[p:{hp1}]]
2. [[n:{n2}]] – lansia sendiri – tidak ada HP
3. [[n:{n3}]] – disabilitas – HP anak [[p:{hp3}]]
Diketahui Ketua RT [[n:{n4}]]
""",
        F=(1,),
        E=(2,),
    ),
    T(
        "rt_village",
        "disaster",
        """
LAPORAN KETUA RT {KECIL} KE KELURAHAN – {tgl}
Rumah rusak akibat angin kencang:
1. [[n:{n1}]], [[a:{ad1}]] – atap seng terbang
2. [[n:{n2}]], [[a:{ad2}]] – dinding retak
3. [[n:{n3}]] (Oma), [[a:{ad3}]] – dapur roboh
Mohon bantuan terpal. Hubungi saya [[n:{n4}]] di [[p:{hp4}]].
""",
        F=(3,),
        E=(3,),
    ),
    T(
        "rt_village",
        "staffing",
        """
SK LURAH {KEL}
Nomor: {sk}
Tentang Pengurus RT/RW Masa Bakti {thn}–{thn4}
Menetapkan:
Ketua RW 03: [[n:{n1}]]
Ketua RT 07: [[n:{n2}]]
Ketua RT 08: [[n:{n3}]]
Ketua RT 09: [[n:{n4}]]
Ditetapkan di Kupang, {tg}. Lurah {kel}, [[n:{n5}]]{deg5}, NIP {nip}.
""",
    ),
    T(
        "rt_village",
        "tax_business",
        """
PEMBERITAHUAN RT {KECIL}
SPPT PBB tahun {thn} sudah dibagikan. Yang belum terima:
- [[n:{n1}]] (NOP {nop})
- [[n:{n2}]] (NOP {nop2})
Silakan ambil di rumah saya, [[a:{ad3}]]. – [[n:{n3}]], Ketua RT
""",
    ),
    T(
        "rt_village",
        "security",
        """
Pengumuman Ketua RW {kecil}: motor [[pl:{pl1}]] (Honda Vario hitam) milik warga kita Bpk. [[n:{n1}]] hilang dari depan rumahnya di [[a:{adr1}]] tadi malam. Bila melihat, hubungi pemilik [[p:{hp1}]] atau Polsek {kec}.
""",
    ),
    T(
        "rt_village",
        "civil_registry",
        """
Surat Keterangan Kematian (dari Kelurahan)
Nomor: {surat}
Lurah {kel} menerangkan bahwa:
Nama : [[n:{N1}]]
NIK  : [[nik:{nik1}]]
Alamat terakhir: [[a:{adr1}]]
telah meninggal dunia pada {tgl} di rumah. Pelapor: [[n:{n2}]] (anak), HP [[p:{hp2}]].
""",
        E=(1,),
    ),
    T(
        "rt_village",
        "social_aid",
        """
BERITA ACARA MUSYAWARAH DESA {DESA}
Tentang Penerima Bantuan Rumah Layak Huni
Disepakati penerima:
1. [[n:{n1}]], Dusun {roman}, [[a:{rtx1}]]
2. [[n:{n2}]], Dusun {roman}, [[a:{rtx2}]]
Cadangan: [[n:{n3}]].
Ketua BPD [[n:{n4}]]; Kepala Desa [[n:{n5}]].
""",
    ),
    T(
        "rt_village",
        "utilities",
        """
IURAN SAMPAH DAN KEAMANAN RT {KECIL} – {bln}
Rp 25.000/KK. Bayar ke bendahara RT, Mama [[n:{n1}]] ([[p:{hp1}]]), di rumahnya [[a:{ad1}]]. Yang belum bayar 3 bulan: kel. [[n:{f2}]], kel. [[n:{f3}]].
""",
        F=(1,),
    ),
    T(
        "rt_village",
        "health",
        """
Warga RT {kecil} yang perlu kursi roda/pendampingan untuk vaksin lansia di {pusk}:
- Opa [[n:{n1}]], [[a:{ad1}]], anak: [[n:{g2}]] [[p:{hp2}]]
- Oma [[n:{n3}]], [[a:{ad3}]]
Mohon dijemput ambulans kelurahan. – RT
""",
        E=(1, 3),
    ),
    # ---- without personal data
    T(
        "rt_village",
        "utilities",
        """
PENGUMUMAN RT {KECIL} / RW {KECIL2} KEL. {KEL}
Kerja bakti bersih saluran hari {hari}, {tgl}, mulai jam 07.00. Setiap KK membawa parang/cangkul. Konsumsi ditanggung kas RT (saldo Rp {rp}). Jadwal: RT 01 dan RT 02 saluran depan, RT 03 saluran belakang.
""",
    ),
    T(
        "rt_village",
        "social_aid",
        """
REKAP PENERIMA BPNT KEL. {KEL} PER RT
RT 01: {num} KPM | RT 02: {num2} KPM | RT 03: {num3} KPM | RT 04: {num4} KPM
Total {big} KPM. Penyaluran {tgl} di Kantor Pos. Pengaduan: kelurahan {otel}.
""",
    ),
    T(
        "rt_village",
        "security",
        """
Info Kelurahan {kel}: pos kamling RW 01–RW 05 aktif mulai {tgl}. Laporan kejadian ke Bhabinkamtibmas lewat WA piket Polsek {owa} atau Linmas kelurahan {otel}. Jam malam anak di bawah umur pukul 22.00.
""",
    ),
    T(
        "rt_village",
        "tax_business",
        """
KEPUTUSAN KEPALA DESA {DESA} Nomor {sk}
Tentang APBDes Tahun Anggaran {thn}
Pendapatan Rp {rpb}; Belanja Rp {rpb2}; kode rekening bidang pembangunan {mak}. Rekening kas desa Bank NTT {rekntt}. NPWP desa {npwpx}.
""",
    ),
    T(
        "rt_village",
        "disaster",
        """
PENGUMUMAN RW {KECIL}
Bantuan air bersih dari BPBD: tangki datang {hari} jam {jam}, titik pengisian di depan kantor RW. Jatah 2 jeriken per KK. Info: posko kelurahan {otel} / WA posko {owa}.
""",
    ),
    T(
        "rt_village",
        "civil_registry",
        """
Kelurahan {kel} membuka layanan keliling KTP-el dan KIA {tgl} di aula kelurahan. Target: RT 01 s.d. RT 14. Blangko tersedia {big} keping. Konfirmasi lewat kelurahan.{kelmail}@gmail.com atau {otel}.
""",
    ),
    T(
        "rt_village",
        "staffing",
        """
Rekap Insentif Ketua RT/RW Kel. {kel} – Triwulan {roman} {thn}
{num} RT × Rp 500.000; {kecil} RW × Rp 600.000. Ditransfer ke rekening masing-masing setelah LPJ masuk. Kode anggaran {mak}. Rekening kas kelurahan Bank NTT {rekntt}.
""",
    ),
]

# ---- more of every style: mail headers, private mailboxes, home lines, accounts
TEMPLATES += [
    T(
        "complaint_reply",
        "civil_registry",
        """
From: Admin Pengaduan Dukcapil <pengaduan.dukcapil@kupangkota.go.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Re: Perbaikan nama di akta kelahiran anak

Yth. Bapak/Ibu [[n:{n1}]],
Berkas perbaikan akta a.n. [[n:{n2}]] sudah kami terima. Mohon datang ke loket {kecil} membawa akta asli. Petugas yang menangani: [[n:{n3}]] (ext. {ext}).
Salam,
Tim Pengaduan Dukcapil Kota Kupang
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "memo",
        "staffing",
        """
DAFTAR ALAMAT SUREL PEGAWAI – Bagian Umum
Kantor: umum.setda@kupangkota.go.id (dipakai bersama)
[[n:{n1}]] – [[e:{emk1}]]
[[n:{n2}]] – [[e:{em2}]] (pribadi, dipakai sementara)
[[n:{n3}]] – [[e:{emk3}]]
Operator surat masuk: tu.setda.kupang@gmail.com
""",
    ),
    T(
        "letter",
        "tax_business",
        """
PEMERINTAH KOTA KUPANG
DINAS KOPERASI, TENAGA KERJA DAN UKM
{jlno}, Telp. {otel}, email diskopnaker@kupangkota.go.id

Nomor : {surat}
Hal   : Penetapan Penerima Bantuan Modal Usaha Mikro

Yth. Sdri. [[n:{n1}]]
Usaha: kios sembako (usaha perorangan)
NPWP pribadi: [[npwp:{npwp1}]]
Rekening: {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]
Alamat usaha dan rumah: [[a:{adr1}]] (rumah sendiri)

Saudari ditetapkan sebagai penerima bantuan Rp {rp}. Dana ditransfer paling lambat {tgl}. Konfirmasi melalui HP [[p:{hp1}]] yang Saudari daftarkan.
Kepala Dinas,
[[n:{n2}]]{deg2}
""",
    ),
    T(
        "minutes",
        "staffing",
        """
DAFTAR HADIR SOSIALISASI APLIKASI SRIKANDI
No | Nama | Unit | Email | Paraf
1 | [[n:{n1}]] | Sekretariat | [[e:{emk1}]] | 1.
2 | [[n:{n2}]] | Bidang Anggaran | [[e:{em2}]] | 2.
3 | [[n:{n3}]] | Bidang Aset | [[e:{em3}]] | 3.
4 | Subbag Umum | - | umum.bpkad@kupangkota.go.id | 4.
""",
    ),
    T(
        "school_letter",
        "education",
        """
Kepada wali kelas {kelas} Ibu [[n:{n1}]]{deg1}
Dari orang tua [[n:{n2}]]: mohon izin anak kami tidak masuk 2 hari karena ke Soe. Bila ada tugas mohon kirim ke email saya [[e:{emx3}]] atau telp rumah [[p:{tr3}]].
Hormat kami, [[n:{n3}]]
""",
        K=(2,),
        fam={2: 3},
    ),
    T(
        "health_notice",
        "staffing",
        """
Surat Keterangan Pengalaman Kerja
Kepala {pusk} menerangkan bahwa:
Nama: [[n:{n1}]], A.Md.Kep
NIK: [[nik:{nik1}]]
NPWP: [[npwp:{npwp1}]]
Alamat: [[a:{adr1}]]
telah bekerja sebagai tenaga kontrak perawat sejak {thn2}. Kontak pribadi: [[p:{hp1}]] / [[e:{em1}]].
""",
    ),
    T(
        "church_notice",
        "disaster",
        """
Aksi Kasih Jemaat {church}
Mari bantu keluarga [[n:{n1}]] yang rumahnya terbakar di [[a:{adr1}]]. Bantuan uang dapat dikirim langsung ke rekening keluarga: {bank1} [[b:{rek1}]] a.n. [[n:{n1}]], atau diserahkan ke Majelis. Konfirmasi ke Pnt. [[n:{n2}]] [[p:{hp2}]].
""",
    ),
    T(
        "rt_village",
        "social_aid",
        """
Surat Keterangan Tidak Mampu
Nomor: {surat}
Lurah {kel} menerangkan bahwa [[n:{N1}]], NIK [[nik:{nik1}]], No. KK [[kk:{kk1}]], alamat [[a:{adr1}]], benar keluarga tidak mampu. Keterangan ini untuk keringanan biaya rawat inap di {rs} bagi anaknya [[n:{N2}]] (No. BPJS [[bpjs:{bpjs2}]]).
Lurah {kel}, [[n:{n3}]]
""",
        fam={2: 1},
        K=(2,),
    ),
    T(
        "circular",
        "education",
        """
PENGUMUMAN DINAS P&K
Guru penerima tunjangan profesi yang datanya belum valid:
1. [[n:{n1}]]{deg1} (NIP {nip}) – NPWP [[npwp:{npwp1}]] tidak terbaca
2. [[n:{n2}]]{deg2} (NIP {nip2}) – rekening Bank NTT [[b:{rek2}]] tidak aktif
Perbaikan paling lambat {tgl} ke Bidang GTK (ext. {ext}).
""",
    ),
    T(
        "press_release",
        "social_aid",
        """
SIARAN PERS BAZNAS KOTA KUPANG
BAZNAS menyerahkan bantuan biaya pengobatan kepada [[n:{n1}]] (anak) dan ibunya [[n:{n2}]], warga [[a:{rt2}]] Kel. {kel}. Donasi lanjutan dapat disalurkan ke rekening BAZNAS BSI {rekb}. Konfirmasi ke admin BAZNAS {owa}.
""",
        K=(1,),
        fam={1: 2},
        F=(2,),
    ),
    T(
        "complaint_reply",
        "tax_business",
        """
Pada {tg} pukul {jam}, [[n:{n1}]] <[[e:{em1}]]> menulis:
> Saya sudah bayar PBB tapi masih tertagih. NOP {nop}. HP saya [[p:{hp1}]].

Yth. Bapak [[n:{n1}]], setelah dicek pembayaran Bapak tercatat pada {tgl} (NTPD {big}{big2}). Tagihan di aplikasi sudah kami perbarui.
Salam, Bapenda Kota Kupang – layanan@bapenda.kupangkota.go.id
""",
    ),
    T(
        "letter",
        "staffing",
        """
SURAT KETERANGAN
Nomor: {surat}
Kepala Dinas Sosial menerangkan bahwa [[n:{N1}]]{DEG1}, NIP {nip}, Pangkat Penata Tk. I (III/d), adalah pegawai pada Dinas Sosial Kota Kupang. Surat ini untuk pengajuan kredit pada {bank1} dengan rekening gaji [[b:{rek1}]].
Kupang, {tg}
Kepala Dinas Sosial,
[[n:{n2}]]{deg2}
""",
    ),
]


if __name__ == "__main__":
    main()
