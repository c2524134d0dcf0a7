# ruff: noqa: E501, T201, UP031, N802, N803, PLR0911, PLR0912, PERF401
"""Write tests/data/redaction_dev50.jsonl: whose NPWP it is, and what only looks like one.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{nm1}``,
``{npwp1}``, ``{bnpwp1}``, ``{fp}``, ``{ntpn}`` ...), each filled three times with invented
values; span offsets are computed from the markers. Run ``python3
tests/data/make_redaction_dev50.py`` (stdlib only, deterministic). ``--review`` also prints every
unlabelled run of digits and every unlabelled ``@`` token with the forty characters before it;
``--show N`` prints N texts drawn at random with their spans marked, for reading.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20260750
OUT = Path(__file__).with_name("redaction_dev50.jsonl")
PREFIX = "d50"
FILLS = 3

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
    "minutes",
    "email_thread",
    "ocr_scan",
    "register",
    "lapor",
    "wa_chat",
    "social_post",
    "kupang_malay",
    "call_note",
)
OCR_STYLES = {"ocr_scan"}
THEMES = (
    "npwp_registration",
    "pbb_bphtb",
    "procurement",
    "village_grant",
    "school_fund",
    "cooperative_umkm",
    "payroll_withholding",
    "banking_notary",
)
FLOORS = {
    "templates": 210,
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "npwp": 150,
    "name": 300,
    "empty_lookalikes": 4,
}
# words that may stand before a name and never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "ibu.", "sdr", "sdri", "ny", "nyonya", "tn", "dr", "drs",
    "dra", "ir", "pdt", "pnt", "dkn", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama",
    "bapa", "oma", "opa", "nona", "nn", "kak", "kaka", "adik", "yth", "saudara", "saudari",
    "ketua", "kepala", "petugas", "bendahara", "sekretaris", "direktur", "notaris", "ppat",
    "konsultan", "admin", "alm", "almh", "almarhum", "almarhumah", "ttd", "salam", "dari",
    "hormat", "atas", "anak", "istri", "suami", "nama", "pelapor", "penelepon", "kel", "h", "hj",
    "pemilik", "penjual", "pembeli", "kuasa", "an", "a.n", "ko", "ci", "hp", "hub", "sa", "beta",
    "sy", "saya", "mr", "mrs", "ms", "from", "to", "cc", "kades", "sekdes", "staf", "ar",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev50)
GIVEN_M_PROT = (
    "Yohanis", "Markus", "Simon", "Yermias", "Melkianus", "Semuel", "Alfred", "Kornelis",
    "Marthen", "Obed", "Yakobus", "Matheos", "Godlief", "Zadrak", "Frengki", "Dominggus",
    "Yulius", "Elias", "Rudolof", "Imanuel", "Sefnat", "Yunus", "Anderias", "Viktor",
    "Hendrikus", "Jermias", "Ayub", "Nahor", "Efraim", "Lukas", "Gerson", "Abner",
)  # fmt: skip
GIVEN_F_PROT = (
    "Yuliana", "Martha", "Debora", "Selfina", "Adriana", "Naomi", "Agustina", "Delfiana",
    "Oktovina", "Margaretha", "Dorkas", "Elisabet", "Lidia", "Priska", "Grasela", "Susana",
    "Yohana", "Mince", "Orpa", "Sarlota", "Paulina", "Welmince", "Rahel", "Ribka", "Yemima",
    "Ferderika", "Nelci", "Aprianti",
)  # fmt: skip
GIVEN_M_CATH = (
    "Petrus", "Agustinus", "Fransiskus", "Gabriel", "Stefanus", "Nikolaus", "Silvester",
    "Ferdinandus", "Arnoldus", "Benediktus", "Aloysius", "Yosef", "Laurensius", "Kristoforus",
    "Paskalis", "Vinsensius", "Blasius", "Hieronimus", "Bonefasius", "Gregorius",
)  # fmt: skip
GIVEN_F_CATH = (
    "Maria", "Kristina", "Fransiska", "Theresia", "Bernadeta", "Yosefina", "Lusia", "Veronika",
    "Skolastika", "Getrudis", "Imakulata", "Florentina", "Emerensiana", "Yasinta", "Anastasia",
    "Katarina", "Modesta", "Agnes",
)  # fmt: skip
FAMILY = {
    "timor": (
        "Nitbani",
        "Taopan",
        "Tallo",
        "Asbanu",
        "Neonbeni",
        "Nope",
        "Kause",
        "Bilaut",
        "Natonis",
        "Tnesi",
        "Sonbay",
        "Oenunu",
        "Nubatonis",
        "Amnifu",
        "Liufeto",
        "Taneo",
        "Baunsele",
        "Tamonob",
        "Nakmofa",
        "Oematan",
    ),
    "rote": (
        "Messakh",
        "Ndolu",
        "Pello",
        "Foeh",
        "Henukh",
        "Ballo",
        "Lenggu",
        "Sinlae",
        "Manuain",
        "Ndaomanu",
        "Tungga",
        "Nalle",
        "Pellokila",
        "Zacharias",
        "Lodoe",
        "Dethan",
    ),
    "sabu": (
        "Ludji",
        "Hege",
        "Kadja",
        "Nguru",
        "Ledo",
        "Talo",
        "Pono",
        "Tede",
        "Dimu Heo",
        "Kale Ledo",
        "Hege Nguru",
        "Radja Haba",
    ),
    "flores": (
        "Koten",
        "Parera",
        "Fernandez",
        "Niron",
        "Wangge",
        "Mbete",
        "Openg",
        "Kopong",
        "Sogen",
        "Lamanepa",
        "Bataona",
        "Da Costa",
        "Diaz",
        "Making",
        "Lewar",
    ),
    "sumba": ("Kalumbang", "Wohangara", "Ngongo", "Kaborang", "Hunggu", "Mbaru Kadi"),
    "alor": ("Mautuka", "Laufa", "Blegur", "Kinanggi", "Malaikosa", "Lanlu"),
}
NTT_GROUPS = tuple(FAMILY)
SUMBA_M = ("Umbu Hina", "Umbu Neka", "Umbu Rara", "Umbu Mehang", "Umbu Pura")
SUMBA_F = ("Rambu Hada", "Rambu Iru", "Rambu Kahi", "Rambu Lika", "Rambu Ndewa")
# (sex, full name, the name a person is called by, a family word)
OTHER_NAMES = {
    "bali": (
        ("M", "I Made Wirawan", "Wirawan", "Wirawan"),
        ("M", "I Ketut Sudarsana", "Sudarsana", "Sudarsana"),
        ("M", "I Gede Arya Pratama", "Pratama", "Pratama"),
        ("M", "I Nyoman Suarjana", "Suarjana", "Suarjana"),
        ("M", "I Wayan Sukarta", "Sukarta", "Sukarta"),
        ("F", "Ni Luh Putu Sriani", "Sriani", "Sriani"),
        ("F", "Ni Made Ayu Kartika", "Kartika", "Kartika"),
        ("F", "Ni Kadek Wulandari", "Wulandari", "Wulandari"),
        ("F", "Ni Komang Suastini", "Suastini", "Suastini"),
    ),
    "bugis": (
        ("M", "Muhammad Arsyad Daeng Tompo", "Arsyad", "Daeng Tompo"),
        ("M", "Syamsul Bahri Daeng Lalo", "Syamsul", "Daeng Lalo"),
        ("M", "Andi Mappasessu", "Mappasessu", "Mappasessu"),
        ("F", "Hasnawati Daeng Bau", "Hasnawati", "Daeng Bau"),
        ("F", "Nurhayati Daeng Ngai", "Nurhayati", "Daeng Ngai"),
        ("F", "Andi Rahmawati", "Rahmawati", "Rahmawati"),
    ),
    "buton": (
        ("M", "La Ode Rusdin", "Rusdin", "Rusdin"),
        ("M", "La Ode Muhamad Saleh", "Saleh", "Saleh"),
        ("M", "La Ode Hamiruddin", "Hamiruddin", "Hamiruddin"),
        ("F", "Wa Ode Nurmiati", "Nurmiati", "Nurmiati"),
        ("F", "Wa Ode Sitti Rahmah", "Rahmah", "Rahmah"),
    ),
    "jawa": (
        ("M", "Bambang Sutrisno", "Bambang", "Sutrisno"),
        ("M", "Agus Prasetyo", "Agus", "Prasetyo"),
        ("M", "Eko Wahyudi", "Eko", "Wahyudi"),
        ("M", "Heru Susanto", "Heru", "Susanto"),
        ("M", "Wahyu Nugroho", "Wahyu", "Nugroho"),
        ("F", "Endang Lestari", "Endang", "Lestari"),
        ("F", "Dwi Handayani", "Dwi", "Handayani"),
        ("F", "Retno Palupi", "Retno", "Palupi"),
        ("F", "Siti Aminah", "Aminah", "Aminah"),
        ("F", "Yuli Astuti", "Yuli", "Astuti"),
    ),
    "tionghoa": (
        ("M", "Liem Swie Hoa", "Swie Hoa", "Liem"),
        ("M", "Kwee Tjoen Hok", "Tjoen Hok", "Kwee"),
        ("M", "Hendra Wijaya", "Hendra", "Wijaya"),
        ("M", "Ferry Tanuwijaya", "Ferry", "Tanuwijaya"),
        ("F", "Tan Siok Lan", "Siok Lan", "Tan"),
        ("F", "Oey Giok Nio", "Giok Nio", "Oey"),
        ("F", "Yenny Halim", "Yenny", "Halim"),
        ("F", "Lanny Gunawan", "Lanny", "Gunawan"),
    ),
}
GROUPS = (
    "timor",
    "rote",
    "sabu",
    "flores",
    "sumba",
    "alor",
    "bali",
    "bugis",
    "buton",
    "jawa",
    "tionghoa",
)
GROUP_WEIGHTS = (22, 14, 10, 16, 6, 5, 6, 5, 4, 7, 5)
BIRTHPLACES = ("Kupang", "Kupang", "Kupang", "Soe", "Ba'a", "Seba", "Kalabahi", "Larantuka",
               "Waingapu", "Maumere", "Ende", "Atambua", "Kefamenanu", "Lewoleba", "Bajawa")  # fmt: skip
JOBS = ("Wiraswasta", "PNS", "Guru Honorer", "Petani", "Nelayan", "Pedagang", "Karyawan Swasta",
        "Ibu Rumah Tangga", "Pensiunan", "Sopir", "Tukang Kayu", "Penjahit")  # fmt: skip
# district codes by origin (Kota Kupang and Kabupaten Kupang take most)
DISTRICTS_KOTA = ("537101", "537102", "537103", "537104", "537105", "537106")
DISTRICTS_KAB = ("530101", "530103", "530106", "530109", "530112", "530115", "530121")
DISTRICTS_ORIGIN = {
    "timor": ("530201", "530205", "530302", "530307", "530403", "532101"),
    "rote": ("531401", "531403", "531406"),
    "sabu": ("532001", "532003", "532005"),
    "flores": ("530601", "530604", "530702", "530710", "530803", "531304", "530905"),
    "sumba": ("531101", "531105", "531202", "531701", "531803"),
    "alor": ("530501", "530504", "530509"),
}
HOME_STREETS = (
    "Jl. Kancil", "Jl. Kijang", "Jl. Banteng", "Jl. Cendrawasih", "Jl. Lontar", "Jl. Cemara",
    "Jl. Beringin", "Jl. Sirsak", "Jl. Delima", "Jl. Jeruk", "Jl. Pulau Sumba", "Jl. Pulau Alor",
    "Jl. Rusa", "Jl. Matahari", "Jl. Bintang Timur", "Jl. Sasando", "Jl. Taebenu", "Jl. Hati Mulia",
    "Jl. Kenanga", "Jl. Ikan Paus", "Jl. Bakti Karang", "Jalan Oemanu", "Gg. Sawo", "Gg. Asoka",
    "Gg. Pelita", "Lr. Nusa Indah", "Jl. Jambu Air", "Jl. Kuanino Dalam", "Jl. Batu Kapur",
    "Jl. Fetor Funay", "Jl. Nefo Neno",
)  # fmt: skip
ESTATES = ("Perumnas Blok", "Perum Villa Oesapa Blok", "Griya Fatululi Indah Blok",
           "Perumahan Sikumana Permai Blok", "BTN Oebufu Asri Blok")  # fmt: skip
TOWNS = ("Kota Kupang", "Kupang")
KELURAHAN = (
    "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Oepura", "Naikoten I",
    "Kuanino", "Fontein", "Bonipoi", "Airmata", "Oeba", "Fatubesi", "Nefonaek", "Pasir Panjang",
    "Oesapa", "Lasiana", "Kelapa Lima", "Penfui", "Maulafa", "Kolhua", "Sikumana", "Belo",
    "Naimata", "Fatukoa", "Naioni", "Alak", "Manulai II", "Namosain", "Nunbaun Delha", "Nunhila",
    "Batuplat", "Mantasi", "Bakunase", "Airnona", "Oetete", "Fatululi",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
DESA = ("Baumata", "Oelnasi", "Noelbaki", "Penfui Timur", "Oebelo", "Tarus", "Oesao", "Camplong II",
        "Kuaklalo", "Nitneo", "Bokong", "Oeltua")  # fmt: skip
PUBLIC_STREETS = ("Jl. Timor Raya", "Jl. Frans Seda", "Jl. El Tari", "Jl. Piet A. Tallo",
                  "Jl. W.J. Lalamentik", "Jl. Cak Doko", "Jl. Moh. Hatta", "Jl. Urip Sumoharjo",
                  "Jl. Adi Sucipto", "Jl. Perintis Kemerdekaan", "Jl. Bundaran PU", "Jl. Sam Ratulangi",
                  "Jl. Herewila", "Jl. Veteran", "Jl. Jend. Soeharto", "Jl. Thamrin")  # fmt: skip
COMPANIES = (
    "CV Karya Flobamora", "CV Sumber Alam Timor", "PT Nusa Lontar Konstruksi", "UD Berkat Oesapa",
    "CV Bintang Selatan", "CV Cahaya Sasando", "PT Timor Mitra Abadi", "UD Sinar Naikoten",
    "CV Tirta Kelimutu", "CV Mega Rote Perkasa", "UD Harapan Bersama Oeba", "CV Pelangi Fatululi",
    "PT Kupang Prima Niaga", "CV Tunas Cendana", "CV Arta Nusa Timur", "UD Mitra Tani Baumata",
    "PT Sarana Teknik Flobamor", "CV Samudra Biru Lasiana",
)  # fmt: skip
COOPS = ("Koperasi Serba Usaha Lontar Makmur", "KSP Kopdit Obor Harapan", "Koperasi Nelayan Teluk Oesapa",
         "Koperasi Produsen Garam Bolok", "KSU Wanita Tenun Ikat Alak", "Koperasi Tani Sehati Oelnasi",
         "KSP Mitra Usaha Fatululi")  # fmt: skip
FOUNDATIONS = ("Yayasan Pendidikan Kasih Flobamora", "Yayasan Peduli Anak Timor",
               "Yayasan Panti Asuhan Betania Kupang", "Yayasan Sosial Nusa Cendana")  # fmt: skip
BUMDES = ("BUMDes Maju Sejahtera Baumata", "BUMDes Oelnasi Mandiri", "BUMDes Tunas Harapan Noelbaki",
          "BUMDes Sumber Air Tarus")  # fmt: skip
SCHOOLS = ("SMPN 11 Kupang", "SDN Oetete 3", "SMAN 6 Kupang", "SD GMIT Kuanino 2", "SMK Negeri 4 Kupang",
           "SDI Naikoten 1", "SMPK Santo Yoseph Naikoten", "SDN Bakunase 2", "SMPN 16 Kupang",
           "SD Inpres Sikumana 3")  # fmt: skip
CHURCHES = ("GMIT Jemaat Pniel Oesapa Barat", "GMIT Jemaat Zaitun Naikoten", "GMIT Jemaat Filadelfia Bakunase",
            "Paroki Santo Yosef Pekerja Penfui", "GMIT Jemaat Ebenhaezer Oeba", "Masjid Al-Muhajirin Oeba")  # fmt: skip
SHOPS = ("Toko Bangunan Sinar Flobamora", "Toko Besi Rejeki Oepura", "Toko Bangunan Karya Liliba",
         "Toko Material Bintang Oebufu", "Toko Elektronik Maju Jaya Kupang")  # fmt: skip
STALLS = ("Toko Sembako Berkat Oesapa", "Toko Serba Ada Sinar Pagi", "Kios Sembako Harapan Kolhua",
          "Toko Kelontong Murah Rejeki Oeba")  # fmt: skip
STATIONERS = ("Toko ATK Pelita Kupang", "Percetakan Lontar Grafika", "Toko Komputer Sentra Digital Kupang",
              "Fotokopi & ATK Sinar Ilmu")  # fmt: skip
EATERIES = ("Rumah Makan Sei Baru Oeba", "Catering Rasa Timor", "Rumah Makan Ikan Bakar Pantai Lasiana",
            "Warung Makan Selera Flobamora")  # fmt: skip
OFFICES = ("Bapenda Kota Kupang", "BPKAD Kota Kupang", "Dinas Pendidikan Kota Kupang", "Dinas PUPR Kota Kupang",
           "DPMPTSP Kota Kupang", "Disperindag Kota Kupang", "Dinas Koperasi dan UKM Kota Kupang",
           "Kantor Pertanahan Kota Kupang", "Dinas Sosial Kota Kupang", "Dinas Kesehatan Kota Kupang")  # fmt: skip
CONSULTANTS = ("KKP Lontar Mitra Pajak", "Kantor Konsultan Pajak Timur Raya", "KKP Sasando & Rekan")
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
HOSTS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
         "outlook.com", "icloud.com")  # fmt: skip
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")  # fmt: skip
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
# mobile prefixes with weights: Telkomsel first in NTT, then Indosat, XL, Tri, Smartfren, Axis
MOBILES = (
    ("0812", 13), ("0813", 16), ("0821", 9), ("0822", 10), ("0823", 9), ("0852", 14), ("0853", 13),
    ("0811", 2), ("0851", 4), ("0815", 1), ("0857", 2), ("0858", 2), ("0817", 1), ("0818", 1),
    ("0819", 2), ("0877", 1), ("0878", 2), ("0895", 2), ("0896", 1), ("0897", 1), ("0881", 1),
    ("0882", 1), ("0838", 1), ("0831", 1),
)  # fmt: skip
MOBILE_PREFIXES = {m for m, _ in MOBILES} | {"0814", "0816", "0855", "0856", "0859", "0898", "0899",
                                             "0883", "0885", "0887", "0889", "0832", "0833"}  # fmt: skip
TO_LETTER = {"0": "O", "1": "l", "5": "S", "8": "B"}
FROM_LETTER = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})


# ---------------------------------------------------------------- one filling's values


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.bodies: dict[tuple[str, int], str] = {}
        self.words: set[str] = set()
        self.numbers: set[str] = set()
        self.drawn: dict[str, set[str]] = {}
        self.base = datetime.date(
            rng.choice((2025, 2026, 2026, 2026)), rng.randint(1, 10), rng.randint(1, 27)
        )
        steps = sorted(rng.randint(0, 45) for _ in range(9))
        self.dates = [self.base + datetime.timedelta(days=s) for s in steps]
        low, high = TIME_OF_DAY.get(spec.get("tod", ""), (7 * 60, 18 * 60))
        self.clock = rng.randint(low, high)
        self.clocks = [
            self.clock + s for s in itertools.accumulate(rng.randint(1, 25) for _ in range(30))
        ]

    # -- helpers
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(300):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    def pick(self, pool: str, items: tuple[str, ...]) -> str:
        seen = self.drawn.setdefault(pool, set())
        left = [x for x in items if x not in seen] or list(items)
        v = self.rng.choice(left)
        seen.add(v)
        return v

    def body(self, key: str, i: int, make) -> str:
        """A body's number, drawn once per filling (``make`` draws a fresh one)."""
        if (key, i) not in self.bodies:
            self.bodies[key, i] = make()
        return self.bodies[key, i]

    # -- phones
    def mobile(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m for m, _ in MOBILES], [w for _, w in MOBILES])[0]
            return prefix + str(r.randint(1, 9)) + self.digits(r.choice((6, 7, 7, 7, 7, 8)))

        return self.fresh(make)

    def landline(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if not how:
            how = r.choices("bdstijkmocu", (30, 15, 16, 5, 9, 7, 7, 4, 0, 2, 2))[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "m": f"62 {a[1:]} {b} {c}",
            "c": f"(+62) {a[1:]} {b} {c}",
            "u": f"{a}_{b}_{c}",
            "g": f"{a} {raw[4:7]} {raw[7:10]} {raw[10:]}".strip(),
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters read or typed for digits
            base = self.write_mobile(raw, r.choice("bsd"))
            spots = [k for k, ch in enumerate(base) if ch in TO_LETTER and k > 0]
            out = list(base)
            for k in r.sample(spots, min(r.randint(1, 3), len(spots))):
                out[k] = TO_LETTER[out[k]]
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:7] + "\n" + raw[7:]))
        if how == "x":  # a plain writing
            return self.write_mobile(raw, r.choice("bbdsij"))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice(
            (f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}", f"{a} {b[:3]} {b[3:]}")
        )

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        r = self.rng
        if not how:
            how = r.choices("bst", (72, 20, 8))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "o":
            spots = [k for k, ch in enumerate(raw) if ch in TO_LETTER and k > 1]
            out = list(raw)
            for k in r.sample(spots, min(r.randint(1, 2), len(spots))):
                out[k] = TO_LETTER[out[k]]
            return "".join(out)
        if how == "p":  # read out in pairs
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        if how == "c":  # read out in fours with commas
            return ", ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "n":  # a narrow column breaks it
            cut = r.choice((6, 8, 10))
            return raw[:cut] + "\n" + raw[cut:]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        old = p["npwp15"]
        r = self.rng
        if not how:
            how = r.choices("dnsbz", (50, 30, 8, 6, 6))[0]
        dotted = f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "d":
            return dotted
        if how == "s":  # its groups with spaces
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "b":  # no punctuation
            return old
        if how == "z":  # the old number as sixteen digits, a 0 before it
            return "0" + old
        if how == "n":  # the NIK serving as the NPWP
            return p["nikraw"]
        if how == "m":  # the NIK as NPWP in fours
            return " ".join(p["nikraw"][k : k + 4] for k in range(0, 16, 4))
        if how == "t":  # NITKU: the NIK and six zeros
            return p["nikraw"] + "000000"
        if how == "o":  # as a scan reads it: a comma for a dot, O for 0
            out = dotted.replace(".", ",", 1) if r.random() < 0.5 else dotted
            return out[:-3] + r.choice(("OOO", "O00", "0O0", "OO0"))
        if how == "l":  # over a line break
            cut = r.choice((5, 8, 10, 13))
            return dotted[:cut] + "\n" + dotted[cut:]
        raise KeyError(how)

    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if not how:
            how = r.choices("px", (78, 22))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice("abdhgtqw")
        parts = host.split(".")
        forms = {
            "a": f"{local} [at] " + " [dot] ".join(parts),
            "b": f"{local}(at){host}",
            "d": f"{local} at " + " dot ".join(parts),
            "h": f"{local} @{host}",
            "g": f"{local} @ {host}",
            "t": f"{local}@" + "(titik)".join(parts),
            "q": f"{local}[@]{host}",
            "w": local.replace(".", " [dot] ").replace("_", " [underscore] ")
            + " [at] "
            + " [dot] ".join(parts),
            "c": f"{local}@{parts[0]}," + ".".join(parts[1:]),
            "n": f"{local}@\n{host}",
            "k": p["work"],
        }
        return forms[how]

    # -- people
    def draw_name(self, group: str, sex: str) -> tuple[str, str, str]:
        r = self.rng
        if group in OTHER_NAMES:
            sex_names = [x for x in OTHER_NAMES[group] if x[0] == sex]
            _, full, call, fam = r.choice(sex_names)
            return full, call, fam
        if group == "sumba" and r.random() < 0.5:
            given = r.choice(SUMBA_F if sex == "F" else SUMBA_M)
        else:
            cath = group == "flores" or r.random() < 0.25
            pool = (
                (GIVEN_F_CATH if cath else GIVEN_F_PROT)
                if sex == "F"
                else (GIVEN_M_CATH if cath else GIVEN_M_PROT)
            )
            given = r.choice(pool)
        family = r.choice(FAMILY[group])
        return f"{given} {family}", given, family

    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        spec = self.spec
        head = self.person(spec["fam"][i]) if i in spec["fam"] else None
        ntt_only = i in spec["K"] or i in spec["fam"] or i in spec["fam"].values()
        for _ in range(600):
            sex = "F" if i in spec["F"] else "M" if i in spec["M"] else r.choice("MF")
            if head is not None:
                group = head["group"]
            elif i in spec["X"]:
                group = spec["X"][i]
            else:
                group = r.choices(GROUPS, GROUP_WEIGHTS)[0]
            if ntt_only and group not in NTT_GROUPS:
                continue
            full, call, family = self.draw_name(group, sex)
            if head is not None:
                family = head["fn"]
                full = f"{call} {family}"
            words = {w.lower() for w in full.split() if len(w) > 2}
            if head is not None:
                words -= {w.lower() for w in family.split()}
            if words & self.words:
                continue
            self.words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        if i in spec["E"]:
            year = r.randint(1944, 1962)
        elif i in spec["Y"]:
            year = r.randint(self.base.year - 17, self.base.year - 2)
        else:
            year = r.randint(1964, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        else:
            roll = r.random()
            if roll < 0.6:
                district = r.choice(DISTRICTS_KOTA)
            elif roll < 0.75 or group not in DISTRICTS_ORIGIN:
                district = r.choice(DISTRICTS_KAB) if roll < 0.9 else r.choice(DISTRICTS_KOTA)
            else:
                district = r.choice(DISTRICTS_ORIGIN[group])
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 950)
            )
        )
        kk = (
            head["kkraw"]
            if head is not None
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 30), r.randint(1, 12), r.randint(9, 26))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        first = r.choice(("05", "07", "08", "09", "14", "15", "24", "25", "34", "35", "44", "45", "46", "54", "55",
                          "58", "59", "66", "67", "69", "72", "73", "75", "76", "79", "82", "84", "86", "92", "93", "96"))  # fmt: skip
        npwp15 = self.fresh(
            lambda: (
                first
                + self.digits(7)
                + r.choice(("920", "920", "920", "921", "922", "923", "924"))
                + "000"
            )
        )
        ascii_call = re.sub(r"[^a-z]", "", call.lower())
        ascii_fam = re.sub(r"[^a-z]", "", family.lower())
        yy = "%02d" % (year % 100)
        local = r.choice((
            f"{ascii_call}{ascii_fam}{r.randint(1, 99)}",
            f"{ascii_call}.{ascii_fam}",
            f"{ascii_call}_{ascii_fam}{yy}",
            f"{ascii_fam}.{ascii_call}{yy}",
            f"{ascii_call[0]}{ascii_fam}{r.randint(10, 99)}",
            f"{ascii_call}{yy}{ascii_fam[:3]}",
            f"{ascii_call}.{ascii_fam}{r.randint(1, 9)}",
        ))  # fmt: skip
        if ascii_call == ascii_fam:
            local = f"{ascii_call}{r.randint(10, 99)}.kpg"
        if r.random() < 0.12:
            street = "%s %s%d No. %d" % (
                r.choice(ESTATES),
                r.choice("ABCDEFGHK"),
                r.randint(1, 12),
                r.randint(1, 40),
            )
        else:
            street = "%s %s%s%s" % (
                r.choice(HOME_STREETS),
                r.choice(("No. ", "No. ", "No ", "no. ", "Nomor ", "No.")),
                r.randint(1, 140),
                r.choice(("", "", "", "", "", "A", "B")),
            )
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = full.upper()
        spots = [k for k, ch in enumerate(up) if ch in "SOIB" and k > 0 and up[k - 1] != " "]
        ocr = up
        if spots:
            k = r.choice(spots)
            ocr = up[:k] + {"S": "5", "O": "0", "I": "1", "B": "8"}[up[k]] + up[k + 1 :]
        words = full.split()
        spots = [
            (wi, k)
            for wi, w in enumerate(words)
            if len(w) >= 4
            for k in range(1, len(w) - 1)
            if w[k] in "aeiou"
        ]
        wi, k = r.choice(spots)
        words[wi] = (
            words[wi][:k] + r.choice([v for v in "aeiou" if v != words[wi][k]]) + words[wi][k + 1 :]
        )
        p = {
            "nmx": " ".join(words),
            "nm": full,
            "nl": full.lower(),
            "gn": call,
            "gl": call.lower(),
            "fn": family,
            "nmo": ocr,
            "sex": sex,
            "group": group,
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + self.digits(10)),
            "mob": self.mobile(),
            "mob2": self.mobile(),
            "land": self.landline(),
            "local": local,
            "host": r.choice(HOSTS),
            "work": r.choice(
                (
                    f"{ascii_call}.{ascii_fam}@kupangkota.go.id",
                    f"{ascii_call[0]}{ascii_fam}@nttprov.go.id",
                    f"{ascii_call}{ascii_fam[0]}@kupangkota.go.id",
                )
            ),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "tmp": r.choice(BIRTHPLACES),
            "umur": str(self.base.year - year),
            "job": r.choice(JOBS),
            "jkl": "PEREMPUAN" if sex == "F" else "LAKI-LAKI",
            "agama": RELIGION.get(group) or r.choice(("KRISTEN", "KRISTEN", "KRISTEN", "KATOLIK")),
            "bank": bank,
            "rek": self.account(bank),
            "al": street,
            "alr": f"{street}, {rt}",
            "rt": rt,
            "rtc": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 14)),
            "pl": self.plate(group),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 42), r.randint(1, 14)
        return r.choice(("RT %03d/RW %03d" % (a, b), "RT %02d/RW %02d" % (a, b), "RT %d RW %d" % (a, b),
                         "RT %02d/%02d" % (a, b), "RT.%03d/RW.%03d" % (a, b), "rt %d rw %d" % (a, b)))  # fmt: skip

    def plate(self, group: str) -> str:
        r = self.rng
        region = {"flores": "EB", "sumba": "ED"}.get(group, "DH") if r.random() < 0.7 else "DH"
        return "%s %d %s" % (
            region,
            r.randint(1000, 9999),
            r.choice(("AB", "AK", "KA", "KF", "AM", "AS", "KB", "A", "C", "AE")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = (
                "%04d" % r.randint(12, 9999)
                + "01"
                + self.digits(6)
                + r.choice(("50", "51", "53", "56"))
                + self.digits(1)
            )
            return self.fresh(
                lambda: r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            )
        if bank == "BNI":
            return self.fresh(lambda: "0" + r.choice("1234579") + self.digits(8))
        if bank == "Mandiri":
            d = r.choice(("161", "145", "152", "136")) + "00" + self.digits(8)
            return self.fresh(lambda: r.choice((d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}")))
        if bank == "Bank NTT":
            return self.fresh(lambda: r.choice((
                "%s.%s.%s.%s-%d" % (r.choice(("001", "002", "015", "033")), "01", r.choice(("02", "05")), self.digits(6), r.randint(0, 9)),
                r.choice(("001", "002", "015")) + "0102" + self.digits(7),
            )))  # fmt: skip
        if bank == "BCA":
            d = r.choice(("31", "03", "78", "84", "06")) + self.digits(8)
            return self.fresh(lambda: r.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}")))
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        if name in PERSON_FIELDS:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name.isupper() and len(name) > 1:
            return self.value(name.lower(), index).upper()
        for prefix, write in (
            ("hp", lambda p, how: self.write_mobile(p["mob"], how)),
            ("hq", lambda p, how: self.write_mobile(p["mob2"], how)),
            ("nik", lambda p, how: self.write_id(p["nikraw"], how)),
            ("kk", lambda p, how: self.write_id(p["kkraw"], how)),
            ("npwp", self.write_npwp),
            ("em", self.write_email),
        ):
            if name.startswith(prefix) and len(name) <= len(prefix) + 1:
                return write(self.person(i), name[len(prefix) :])
        if name in BANK_OF:  # an account at a given bank: {rekntt1}, {rekbri1} …
            p = self.person(i)
            if name not in p:
                p[name] = self.account(BANK_OF[name])
            return p[name]
        if name == "tel":
            return self.write_land(self.person(i)["land"])
        if name in ("bpjs", "bpjss"):
            raw = self.person(i)["bpjsraw"]
            return raw if name == "bpjs" else f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
        raise KeyError(name)


BANK_OF = {
    "rekntt": "Bank NTT",
    "rekbri": "BRI",
    "rekbni": "BNI",
    "rekmdr": "Mandiri",
    "rekbca": "BCA",
    "rekbsi": "BSI",
}
RELIGION = {
    "bugis": "ISLAM",
    "buton": "ISLAM",
    "jawa": "ISLAM",
    "bali": "HINDU",
    "flores": "KATOLIK",
    "tionghoa": "KRISTEN",
}
# a chat that greets "pagi" or "sore" is written then
TIME_OF_DAY = {
    "pagi": (7 * 60, 9 * 60 + 30),
    "siang": (11 * 60, 13 * 60 + 20),
    "sore": (15 * 60, 16 * 60 + 40),
    "malam": (19 * 60, 20 * 60 + 30),
}
PERSON_FIELDS = {
    "nmx",
    "jkl",
    "agama",
    "nm",
    "nl",
    "gn",
    "gl",
    "fn",
    "nmo",
    "lahir",
    "tmp",
    "umur",
    "job",
    "bank",
    "rek",
    "al",
    "alr",
    "rt",
    "rtc",
    "pl",
}


# ---------------------------------------------------------------- bodies' numbers and look-alikes


def _date(fl: Fill, i: int) -> datetime.date:
    return fl.dates[min(i, len(fl.dates)) - 1]


def _tgl(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _tgd(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def _hari(fl: Fill, i: int) -> str:
    return DAYS[_date(fl, i).weekday()]


def _jam(fl: Fill, i: int) -> str:
    m = fl.clocks[i - 1]
    return "%02d.%02d" % (m // 60 % 24, m % 60)


def _ts(fl: Fill, i: int) -> str:
    d = _date(fl, 1) if i < 12 else _date(fl, 2)
    m = fl.clocks[i - 1]
    return "[%02d/%02d/%d %02d.%02d]" % (d.day, d.month, d.year, m // 60 % 24, m % 60)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    v = r.choice((150, 250, 275, 480, 500, 750, 1250, 1500, 2400, 3750, 4800, 6500)) * 1000
    if r.random() < 0.25:
        v += r.randint(1, 99) * 100
    return "Rp " + f"{v:,}".replace(",", ".")


def _rpk(fl: Fill, i: int) -> str:
    """A small sum: a fee, a monthly contribution."""
    v = fl.rng.choice((25, 35, 50, 75, 100, 125, 150, 200, 250, 300, 350)) * 1000
    return "Rp " + f"{v:,}".replace(",", ".")


def _rpb(fl: Fill, i: int) -> str:
    r = fl.rng
    v = r.randint(12, 950) * 1_000_000 + r.randint(0, 99) * 10_000
    return "Rp " + f"{v:,}".replace(",", ".")


def _masa(fl: Fill, i: int) -> str:
    """The tax period: the month before the first date."""
    d = _date(fl, 1)
    return f"{MONTHS[d.month - 2]} {d.year}" if d.month > 1 else f"Desember {d.year - 1}"


def _thn(fl: Fill, i: int) -> str:
    return str(_date(fl, 1).year - (i - 1))


def _yy(fl: Fill) -> str:
    return "%02d" % (_date(fl, 1).year % 100)


def _body_npwp15(fl: Fill, first: tuple[str, ...]) -> str:
    r = fl.rng
    return (
        r.choice(first)
        + fl.digits(7)
        + r.choice(("920", "920", "920", "921", "922"))
        + r.choice(("000", "000", "000", "001"))
    )


def _dot15(old: str) -> str:
    return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"


def _bnpwp(how: str):
    """A body's NPWP: a company's, a cooperative's, a school's, a church's (first digits of bodies and of newer numbers)."""

    def make(fl: Fill, i: int) -> str:
        old = fl.body(
            "bnpwp",
            i,
            lambda: fl.fresh(
                lambda: _body_npwp15(
                    fl,
                    (
                        "01",
                        "02",
                        "03",
                        "21",
                        "31",
                        "41",
                        "50",
                        "61",
                        "62",
                        "70",
                        "80",
                        "81",
                        "83",
                        "90",
                        "94",
                    ),
                )
            ),
        )
        if how == "n":
            return "0" + old
        if how == "t":
            return "0" + old + "000000"
        if how == "b":
            return old
        if how == "o":
            return _dot15(old)[:-3] + "OOO"
        return _dot15(old)

    return make


def _tnpwp(fl: Fill, i: int) -> str:
    """An office treasurer's withholding NPWP (00.…)."""
    return _dot15(fl.body("tnpwp", i, lambda: fl.fresh(lambda: "00" + fl.digits(7) + "920000")))


def _faktur(fl: Fill, i: int) -> str:
    r = fl.rng
    if r.random() < 0.6:
        return "%s.%03d-%s.%08d" % (
            r.choice(("010", "020", "030", "040", "070", "080", "011")),
            r.randint(0, 9),
            _yy(fl),
            r.randint(10_000_000, 99_999_999),
        )
    return r.choice(("01", "02", "03", "04", "07")) + "0" + _yy(fl) + fl.digits(12)


def _ntpn(fl: Fill, i: int) -> str:
    r = fl.rng
    if r.random() < 0.35:
        return fl.digits(16)
    return "".join(r.choice("0123456789ABCDEF") for _ in range(16))


def _bill(fl: Fill, i: int) -> str:
    return fl.rng.choice("0123") + fl.digits(14)


def _billd(fl: Fill, i: int) -> str:
    """A regional tax's billing code that opens with Kupang's region code: a NIK's shape."""
    return "5371" + _yy(fl) + fl.digits(10)


def _nop(fl: Fill, i: int) -> str:
    r = fl.rng
    return "53.71.0%d0.0%02d.0%02d-%04d.%d" % (
        r.randint(1, 6),
        r.randint(1, 40),
        r.randint(1, 90),
        r.randint(1, 9999),
        r.choice((0, 0, 0, 7)),
    )


def _nib(fl: Fill, i: int) -> str:
    return fl.rng.choice(("91201", "12040", "02207", "81202", "91203")) + fl.digits(8)


def _nibt(fl: Fill, i: int) -> str:
    r = fl.rng
    return "24.08.%02d.%02d.%05d" % (r.randint(1, 6), r.randint(1, 12), r.randint(1, 99999))


def _skp(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%05d/%s/%02d/%s/%s" % (
        r.randint(1, 999),
        r.choice(("201", "206", "207", "107", "101", "103")),
        r.randint(20, 25),
        r.choice(("920", "921")),
        _yy(fl),
    )


def _bupot(fl: Fill, i: int) -> str:
    r = fl.rng
    if r.random() < 0.5:
        return "1.%d-%02d.%s-%07d" % (
            r.randint(1, 3),
            r.randint(1, 12),
            _yy(fl),
            r.randint(1, 9_999_999),
        )
    return (
        _yy(fl)
        + r.choice(("00", "01"))
        + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))
    )


def _surat(fl: Fill, i: int) -> str:
    r = fl.rng
    y = _date(fl, 1).year
    forms = (
        "900.1/%03d/BPKAD/%d" % (r.randint(1, 999), y),
        "S-%04d/WPJ.32/KP.08/%d" % (r.randint(1, 9999), y),
        "973/%03d/BAPENDA/%s/%d"
        % (r.randint(1, 999), r.choice(("IV", "V", "VI", "VII", "IX", "X")), y),
        "421.3/%03d/SMPN.%d/%d" % (r.randint(1, 400), r.randint(1, 20), y),
        "140/%02d/DS-%s/%d" % (r.randint(1, 90), r.choice(("BMT", "OLN", "NBK", "TRS")), y),
        "503/%04d/DPMPTSP/%d" % (r.randint(1, 9999), y),
        "KET-%05d/NPWP/KPP.2003/%d" % (r.randint(1, 99999), y),
        "%03d/KOP-LM/%s/%d" % (r.randint(1, 300), r.choice(("III", "VI", "VIII", "XI")), y),
    )
    return r.choice(forms)


def _spk(fl: Fill, i: int) -> str:
    r = fl.rng
    y = _date(fl, 1).year
    return r.choice((
        "%03d/SPK/PPK/%s/%d" % (r.randint(1, 250), r.choice(("III", "V", "VI", "VIII")), y),
        "027/%03d/PBJ/%d" % (r.randint(1, 120), y),
        "SP-%04d/UKPBJ/%d" % (r.randint(1, 9999), y),
    ))  # fmt: skip


def _kw(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "KW/%04d/%s/%d"
            % (r.randint(1, 9999), r.choice(("VI", "VII", "IX")), _date(fl, 1).year),
            "%07d" % r.randint(1, 9_999_999),
            "INV-%s%04d" % (_yy(fl), r.randint(1, 9999)),
        )
    )


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1966, 1995)
    return "%d%02d%02d %d%02d %d %03d" % (
        y,
        r.randint(1, 12),
        r.randint(1, 28),
        y + r.randint(22, 30),
        r.randint(1, 12),
        r.randint(1, 2),
        r.randint(1, 20),
    )


def _nuptk(fl: Fill, i: int) -> str:
    return fl.rng.choice("123456789") + fl.digits(15)


def _npsn(fl: Fill, i: int) -> str:
    return fl.rng.choice(("5030", "5031", "6975", "5024")) + fl.digits(4)


def _kpj(fl: Fill, i: int) -> str:
    return fl.rng.choice(("2400", "1904", "2209", "2103")) + fl.digits(7)


def _efin(fl: Fill, i: int) -> str:
    return fl.rng.choice("123456789") + fl.digits(9)


def _kap(fl: Fill, i: int) -> str:
    return fl.rng.choice(
        ("411121-100", "411122-100", "411124-104", "411211-100", "411128-420", "411125-100")
    )


def _va(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(("8808", "88608", "7002", "3901")) + fl.digits(r.choice((11, 12)))


def _akta(fl: Fill, i: int) -> str:
    return "%d" % fl.rng.randint(3, 240)


def _shm(fl: Fill, i: int) -> str:
    return "%05d" % fl.rng.randint(1, 12000)


def _sspd(fl: Fill, i: int) -> str:
    return "BPHTB-%s-%05d" % (_date(fl, 1).year, fl.rng.randint(1, 9999))


def _npwpd(fl: Fill, i: int) -> str:
    r = fl.rng
    return "P.%d.%07d.%02d.%02d" % (
        r.randint(1, 2),
        r.randint(1, 9_999_999),
        r.randint(1, 6),
        r.randint(1, 12),
    )


def _tiket(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "LPR-%d-%04d-%04d" % (_date(fl, 1).year, r.randint(1, 9999), r.randint(1, 9999)),
            "#%s%06d" % (_yy(fl), r.randint(1, 999999)),
            "%04d-%04d-%03d" % (r.randint(1, 9999), r.randint(1, 9999), r.randint(1, 999)),
        )
    )


def _idpel(fl: Fill, i: int) -> str:
    return "5312" + fl.digits(8)


def _owa(fl: Fill, i: int) -> str:
    return fl.write_mobile(fl.body("owa", i, fl.mobile), fl.rng.choice("bdsij"))


def _otel(fl: Fill, i: int) -> str:
    return fl.write_land(fl.body("otel", i, fl.landline))


def _biz(fl: Fill, i: int) -> str:
    return fl.write_mobile(fl.body("biz", i, fl.mobile), fl.rng.choice("bdsj"))


def _scam(fl: Fill, i: int) -> str:
    return fl.write_mobile(fl.body("scam", i, fl.mobile), fl.rng.choice("bdsijk"))


def _rekb(fl: Fill, i: int) -> str:
    bank = _bnk(fl, i)
    return fl.body("rekb", i, lambda: fl.account(bank))


def _bnk(fl: Fill, i: int) -> str:
    key = ("bnk", i)
    if key not in fl.bodies:
        fl.bodies[key] = fl.rng.choice(BANKS)
    return fl.bodies[key]


def _pool(name: str, items: tuple[str, ...]):
    def make(fl: Fill, i: int) -> str:
        key = (name, i)
        if key not in fl.bodies:
            fl.bodies[key] = fl.pick(name, items)
        return fl.bodies[key]

    return make


def _jlb(fl: Fill, i: int) -> str:
    """A body's seat: a public street and a number."""
    return "%s No. %d" % (_pool("pst", PUBLIC_STREETS)(fl, i), fl.rng.randint(1, 150))


def _rup(fl: Fill, i: int) -> str:
    return str(fl.rng.randint(30_000_000, 59_999_999))


def _ahu(fl: Fill, i: int) -> str:
    return "AHU-%07d.AH.01.26.TAHUN %d" % (
        fl.rng.randint(1, 9_999_999),
        _date(fl, 1).year - fl.rng.randint(0, 6),
    )


def _sp2d(fl: Fill, i: int) -> str:
    r = fl.rng
    return "%05d/SP2D/%s/%d" % (
        r.randint(1, 99999),
        r.choice(("LS", "GU", "TU")),
        _date(fl, 1).year,
    )


def _kbli(fl: Fill, i: int) -> str:
    return fl.rng.choice(
        ("47111", "10792", "56102", "47521", "96012", "14111", "43299", "18111", "47911", "68111")
    )


def _ref(fl: Fill, i: int) -> str:
    return fl.digits(12)


def _otp(fl: Fill, i: int) -> str:
    return fl.digits(6)


def _nnn(fl: Fill, i: int) -> str:
    return "%03d" % fl.rng.randint(1, 640)


def _nnnnn(fl: Fill, i: int) -> str:
    return "%05d" % fl.rng.randint(1, 99999)


def _kpp(fl: Fill, i: int) -> str:
    return fl.rng.choice(("KUPANG", "KUPANG", "ATAMBUA", "WAINGAPU", "ENDE", "MAUMERE"))


def _nnnn(fl: Fill, i: int) -> str:
    return "%04d" % fl.rng.randint(1, 9999)


def _mailname(pool: str, items: tuple[str, ...]):
    """A body's name squashed for its mailbox: the same draw as the body's own placeholder."""

    def make(fl: Fill, i: int) -> str:
        name = _pool(pool, items)(fl, i)
        words = [
            w
            for w in re.sub(r"[^a-z0-9 ]", "", name.lower()).split()
            if w not in ("cv", "pt", "ud", "koperasi", "yayasan", "gmit", "jemaat")
        ]
        return "".join(words)

    return make


def _nikop(fl: Fill, i: int) -> str:
    """A cooperative's registration number (Nomor Induk Koperasi): sixteen digits opening with the region."""
    return "5371" + fl.rng.choice(("03", "05", "02")) + "0" + fl.digits(9)


def _num(fl: Fill, i: int) -> str:
    return str(fl.rng.randint(2, 40))


def _pct(fl: Fill, i: int) -> str:
    return fl.rng.choice(("0,5", "1,5", "2", "2,5", "5", "10", "11", "12", "15"))


def _jamkerja(fl: Fill, i: int) -> str:
    return fl.rng.choice(
        ("08.00-15.00", "07.30-16.00", "08.00-14.30 WITA", "Senin-Jumat 08.00-16.00")
    )


OTHER_VALUES = {
    "tgl": _tgl,
    "tgd": _tgd,
    "hari": _hari,
    "jam": _jam,
    "ts": _ts,
    "rp": _rp,
    "rpb": _rpb,
    "rpk": _rpk,
    "masa": _masa,
    "thn": _thn,
    "bnpwp": _bnpwp("d"),
    "bnpwpn": _bnpwp("n"),
    "bnpwpt": _bnpwp("t"),
    "bnpwpb": _bnpwp("b"),
    "bnpwpo": _bnpwp("o"),
    "tnpwp": _tnpwp,
    "fp": _faktur,
    "ntpn": _ntpn,
    "bill": _bill,
    "billd": _billd,
    "nop": _nop,
    "nib": _nib,
    "nibt": _nibt,
    "skp": _skp,
    "bupot": _bupot,
    "surat": _surat,
    "spk": _spk,
    "kw": _kw,
    "nip": _nip,
    "nuptk": _nuptk,
    "npsn": _npsn,
    "kpj": _kpj,
    "efin": _efin,
    "kap": _kap,
    "va": _va,
    "akta": _akta,
    "shm": _shm,
    "sspd": _sspd,
    "pwpd": _npwpd,
    "tiket": _tiket,
    "idpel": _idpel,
    "owa": _owa,
    "otel": _otel,
    "biz": _biz,
    "scam": _scam,
    "rekb": _rekb,
    "bnk": _bnk,
    "jlb": _jlb,
    "num": _num,
    "nnn": _nnn,
    "nnnn": _nnnn,
    "nnnnn": _nnnnn,
    "kpp": _kpp,
    "rup": _rup,
    "ahu": _ahu,
    "spd": _sp2d,
    "kbli": _kbli,
    "ref": _ref,
    "otp": _otp,
    "pct": _pct,
    "jk": _jamkerja,
    "cv": _pool("cv", COMPANIES),
    "kop": _pool("kop", COOPS),
    "yay": _pool("yay", FOUNDATIONS),
    "bumdes": _pool("bumdes", BUMDES),
    "sek": _pool("sek", SCHOOLS),
    "grj": _pool("grj", CHURCHES),
    "toko": _pool("toko", SHOPS),
    "warung": _pool("warung", STALLS),
    "atk": _pool("atk", STATIONERS),
    "resto": _pool("resto", EATERIES),
    "rekbntt": lambda fl, i: fl.body("rekbntt", i, lambda: fl.account("Bank NTT")),
    "rekbbri": lambda fl, i: fl.body("rekbbri", i, lambda: fl.account("BRI")),
    "kantor": _pool("kantor", OFFICES),
    "kkp": _pool("kkp", CONSULTANTS),
    "kel": _pool("kel", KELURAHAN),
    "kec": _pool("kec", KECAMATAN),
    "desa": _pool("desa", DESA),
    "jl": _pool("pst", PUBLIC_STREETS),
    "cvm": _mailname("cv", COMPANIES),
    "kopm": _mailname("kop", COOPS),
    "yaym": _mailname("yay", FOUNDATIONS),
    "sekm": _mailname("sek", SCHOOLS),
    "tokom": _mailname("toko", SHOPS),
    "kkpm": _mailname("kkp", CONSULTANTS),
    "bumdesm": _mailname("bumdes", BUMDES),
    "nikop": _nikop,
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1:  # {NM1} is {nm1} in capitals, the same draw
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = fl.value(name.lower(), index)
            return fl.cache[low].upper()
        key = m.group(0)
        if key not in fl.cache:
            fl.cache[key] = fl.value(name, index)
        return fl.cache[key]

    return PLACEHOLDER.sub(sub, template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    """The text without its markers, the spans and the values they hold."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    pos = length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        value = m.group(2)
        spans.append(
            {"kind": KINDS[m.group(1).lower()], "start": length, "end": length + len(value)}
        )
        values.append(value)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, values


# ---------------------------------------------------------------- checks

NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
ADDRESS_START = re.compile(
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perumnas|perum|perumahan|btn|griya|kompleks|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|,)")


def digits_of(seg: str) -> str:
    """The digits of a number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OolISB]", "", seg).translate(FROM_LETTER))


def phone_ok(seg: str) -> bool:
    """9 to 14 digits, a real mobile prefix or Kupang's 0380 8 once 62 is read as 0."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OolISB]", "", seg)):
        return False
    d = digits_of(seg)
    if not 9 <= len(d) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if d.startswith("62"):
        d = "0" + d[2:]
    return d[:4] in MOBILE_PREFIXES or d.startswith("03808")


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    ocr = style in OCR_STYLES
    for s, v in zip(spans, values, strict=True):
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not (0 <= st < en <= len(text)) or seg != v:
            bad.append("bad span")
            continue
        if kind not in KINDS.values():
            bad.append("kind")
        if (
            seg != seg.strip()
            or not seg[-1].isalnum()
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
        ):
            bad.append(f"edge {seg!r}")
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            first = re.split(r"[\s,]+", seg)[0].lower().rstrip(".")
            if first in TITLES or first + "." in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or "\n" in seg or (not ocr and any(c.isdigit() for c in seg)):
                bad.append(f"name chars {seg!r}")
            if re.search(r",\s*(S\.|M\.|A\.Md)", seg):
                bad.append(f"degree {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = digits_of(seg)
            if re.search(r"[^0-9OolISB .,\-\n]", seg) or not d.startswith("53") or len(d) != 16:
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp":
            d = digits_of(seg)
            if len(d) not in (15, 16, 22) or re.search(r"[^0-9O .,\-\n]", seg):
                bad.append(f"npwp {seg!r}")
            if len(d) in (16, 22) and not d.startswith(("53", "0")):
                bad.append(f"npwp16 {seg!r}")
        elif kind == "bpjs":
            d = digits_of(seg)
            if len(d) != 13 or not d.startswith("000"):
                bad.append(f"bpjs {seg!r}")
        elif kind == "bank_account":
            if not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg):
                bad.append(f"account {seg!r}")
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append(f"email {seg!r}")
        elif kind == "address":
            if not ADDRESS_START.match(seg) or not re.search(r"\d", seg):
                bad.append(f"address {seg!r}")
        elif kind == "plate" and not re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}", seg.upper()):
            bad.append(f"plate {seg!r}")
    # every other occurrence of a labelled value is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        kind = s["kind"]
        if kind == "name":
            for word in re.findall(r"[A-Za-z]{3,}", seg):
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append(f"unlabelled name word {word!r}")
        elif kind == "email":
            local = AT_FORM.split(seg)[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif kind in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif kind in NUMERIC:
            d = digits_of(seg) if kind != "bank_account" else re.sub(r"\D", "", seg)
            if kind == "npwp" and len(d) == 22:  # a NITKU: its NIK is what counts
                d = d[:16]
            if len(d) < 8:
                continue
            where = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
            joined = "".join(text[k] for k in where).translate(FROM_LETTER)
            cores = {d}
            if d.startswith("62"):
                cores.add(d[2:])
            elif d.startswith("0") and kind == "phone":
                cores.add(d[1:])
            for core in cores:
                at = joined.find(core)
                while at != -1:
                    if not all(inside[where[k]] for k in range(at, at + len(core))):
                        bad.append(f"unlabelled repeat of {seg!r}")
                    at = joined.find(core, at + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/,]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE = r"bapak|bpk|pak|bapa|om|opa|tn|sdr|saudara|suami|ayah|kakek|almarhum|alm|bin|mr"
FEMALE = (
    r"ibu|bu|mama|tanta|oma|ny|nyonya|sdri|saudari|istri|bidan|nona|nn|almarhumah|almh|binti|mrs|ms"
)


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    Y: tuple[int, ...] = (),
    K: tuple[int, ...] = (),
    X: dict[int, str] | None = None,
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    """One template: a kin word, a title or a spouse's word before a name sets the person's sex."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for sex, words in (("M", MALE), ("F", FEMALE)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s+\[\[n:\{(?:nm|NM|nl|gn|GN|gl|fn|FN|nmo)(\d+)\}" % words, text
        ):
            auto[sex].add(int(m.group(1)))
    clash = (auto["M"] - set(F)) & (auto["F"] - set(M))
    assert not clash, (clash, text[:120])
    greeting = re.search(r"(?i)\b(pagi|siang|sore|malam)\b", text)
    spec = {
        "tod": greeting.group(1).lower() if greeting else "",
        "F": set(F) | (auto["F"] - set(M)),
        "M": set(M) | (auto["M"] - set(F)),
        "E": set(E),
        "Y": set(Y),
        "K": set(K),
        "X": X or {},
        "fam": fam or {},
    }
    return (style, theme, text.strip("\n"), spec, U)


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, spec, upper) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        made = tries = 0
        last: list[str] = []
        while made < FILLS:
            tries += 1
            if tries > 500:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:400]}"
                )
            fl = Fill(rng, spec)
            marked = fill(template, fl)
            if upper:
                marked = marked.upper()
            text, spans, values = extract(marked)
            last = problems(text, spans, values, style)
            if not spans and lookalikes(text) < FLOORS["empty_lookalikes"]:
                last.append("a text without spans needs four look-alikes")
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)", seg):
            return "dodged"
        if re.search(r"\.go\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt|\d", seg):
            return "RT/RW alone"
        return "street with RT/RW" if re.search(r"(?i)\brt\b|\brt\.", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if kind == "npwp":
        d = digits_of(seg)
        if re.search(r"O|,", seg):
            return "as a scan reads it"
        if len(d) == 22:
            return "NITKU (22)"
        if len(d) == 16:
            return (
                "16 digits, a 0 and the old number" if d.startswith("0") else "16 digits (the NIK)"
            )
        if re.fullmatch(r"\d{15}", seg):
            return "15 digits, no punctuation"
        if re.fullmatch(r"[\d ]+", seg):
            return "15 digits in spaced groups"
        return "15 digits dotted"
    if re.search(r"[OolISB]", seg):
        return "letters for digits"
    if kind == "phone":
        if seg.startswith("(+62)"):
            return "(+62)"
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if "_" in seg:
            return "underscores"
        if "." in seg:
            return "dots"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def masks(r: dict[str, object]) -> list[bool]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return inside


RUN = re.compile(r"[+(]?\d[\dA-F .\-()_/]{6,}[\dA-F]|\S*@\S*")


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
        inside = masks(r)
        for m in re.finditer(r"[+(]?\d[\d .\-()_]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
        for m in re.finditer(r"\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                ats += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = masks(r)
        for m in re.finditer(r"[+(]?\d[\d .\-()_/,]{0,}\d|\S*@\S*", r["text"]):
            if any(inside[m.start() : m.end()]) or (
                m.group()[0] != "@"
                and "@" not in m.group()
                and sum(c.isdigit() for c in m.group()) < 2
            ):
                continue
            before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
            print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
    """Texts drawn at random with their spans marked, for reading."""
    pick = random.Random(seed).sample(records, min(count, len(records)))
    for r in sorted(pick, key=lambda x: x["id"]):
        text = r["text"]
        out = []
        pos = 0
        for s in sorted(r["spans"], key=lambda x: x["start"]):
            out.append(text[pos : s["start"]])
            out.append("⟦%s|%s⟧" % (s["kind"], text[s["start"] : s["end"]]))
            pos = s["end"]
        out.append(text[pos:])
        print("=" * 20, r["id"], r["style"], r["theme"])
        print("".join(out))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("npwp", "name"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert {r["theme"] for r in records} == set(THEMES)
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
        at = sys.argv.index("--show")
        count = int(sys.argv[at + 1])
        seed = int(sys.argv[at + 2]) if len(sys.argv) > at + 2 and sys.argv[at + 2].isdigit() else 1
        show(records, count, seed)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {nm1} full name ({NM1} capitals, {nl1} lower case, {nmo1} capitals with a digit read
# for a letter, {nmx1} misspelt by one letter), {gn1} the name the person is called by ({GN1}, {gl1} lower case), {fn1} family
# name ({FN1}); {hp1} mobile in a random writing, or {hpb1} block, {hpd1} dashes, {hps1} spaces,
# {hpt1} dots, {hpi1} +62 with dashes, {hpj1} +62 block, {hpk1} 62 block, {hpm1} 62 with spaces,
# {hpc1} (+62), {hpu1} underscores, {hpg1} groups of three, {hpo1} letters for digits, {hpn1} over a
# line, {hpx1} a plain writing; {hq1} a second mobile, same suffixes; {tel1} home landline;
# {nik1} ({nikb1} block, {niks1} fours, {nikt1} dots, {niko1} letters for digits, {nikn1} over a
# line, {nikp1} in pairs, {nikc1} fours with commas); {kk1} same suffixes (fam={2: 1} makes 2 a member of 1's family card); {npwp1} a random
# writing of the person's NPWP, {npwpd1} old 15 dotted, {npwps1} old in spaced groups, {npwpb1}
# old without punctuation, {npwpz1} a 0 and the old, {npwpn1} the NIK, {npwpm1} the NIK in fours,
# {npwpt1} NITKU, {npwpo1} as a scan reads it, {npwpl1} over a line; {bpjs1} ({bpjss1} groups);
# {em1} ({emp1} plain, {emx1} a dodge, {ema1} … {emw1} a given dodge, {emn1} over a line, {emk1}
# a person's own on an office's host); {bank1}/{rek1} an account in its bank's shape; {al1}
# street and number, {alr1} with RT/RW, {rt1} RT/RW alone, {rtc1} a table's RT/RW cell; {lahir1},
# {tmp1}, {umur1}, {job1}; {pl1} plate.
# Not a person's: {bnpwp1} a body's NPWP ({bnpwpn1} 16 digits, {bnpwpt1} NITKU, {bnpwpb1} block,
# {bnpwpo1} scanned), {tnpwp1} a treasurer's; {fp} faktur serial, {ntpn}, {bill} billing code,
# {billd} a regional billing code shaped like a NIK, {nop}, {nib}, {nibt} a land parcel's NIB,
# {skp}, {bupot}, {surat}, {spk}, {kw}, {nip}, {nuptk}, {npsn}, {kpj}, {efin}, {kap}, {va},
# {akta}, {shm}, {sspd}, {pwpd} (NPWPD), {tiket}, {idpel}; {owa} an office's mobile, {otel} an office's
# Kupang line, {biz} a business's mobile, {scam} a scam's; {rekb}/{bnk} a body's account and bank ({rekbntt}, {rekbbri} at Bank NTT, at BRI);
# figures {tgl} {tgd} {hari} {jam} {ts} {rp} {rpb} {masa} {thn} {num} {pct} {jk}; bodies and
# places {cv} {kop} {yay} {bumdes} {sek} {grj} {toko} {warung} {atk} {resto} {kantor} {kkp} {kel} {kec} {desa} {jl} {jlb}.

TEMPLATES: list[tuple] = []

# ---- letter: letters of persons, offices, schools, villages, notaries and foundations
TEMPLATES += [
    T(
        "letter",
        "npwp_registration",
        """
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama            : [[n:{nm1}]]
NIK             : [[nik:{nik1}]]
NPWP            : [[npwp:{npwpd1}]]
Alamat          : [[a:{alr1}]], Kel. {kel}, Kec. {kec}, Kota Kupang
No. HP          : [[p:{hp1}]]

Dengan ini memberi kuasa kepada:
Nama            : [[n:{nm2}]]
NIK             : [[nik:{nik2}]]
Pekerjaan       : staf {kkp} (NPWP kantor {bnpwp1})

untuk mengurus aktivasi akun Coretax dan pemadanan NIK sebagai NPWP atas nama saya di KPP Pratama Kupang, termasuk meminta kode verifikasi dan EFIN baru (EFIN lama {efin} sudah tidak bisa dipakai).

Kupang, {tgl1}
Penerima Kuasa,                    Pemberi Kuasa,
materai 10000
[[n:{NM2}]]                        [[n:{NM1}]]
""",
    ),
    T(
        "letter",
        "pbb_bphtb",
        """
Kupang, {tgl2}
Perihal : Permohonan Pengurangan PBB-P2 Tahun {thn}

Kepada Yth.
Kepala Badan Pendapatan Daerah Kota Kupang
di Kupang

Dengan hormat,
Saya yang bertanda tangan di bawah ini, [[n:{nm1}]], NIK [[nik:{nik1}]], janda pensiunan guru, beralamat di [[a:{alr1}]] Kel. {kel}, mengajukan permohonan pengurangan PBB atas objek pajak dengan NOP {nop}. SPPT masih tertulis atas nama almarhum suami saya, [[n:{nm2}]], yang meninggal pada {tgl1}.
Tagihan tahun ini {rp} naik hampir dua kali lipat padahal bangunan tidak berubah. Kode bayar di SPPT {billd} juga ditolak di loket bank karena katanya objek masih dalam proses keberatan.
Sebagai kelengkapan saya lampirkan fotokopi KTP, KK nomor [[kk:{kk2}]], SPPT tahun {thn2} dan {thn}, serta akta kematian suami.
Untuk konfirmasi silakan hubungi saya di [[p:{hp1}]] (telp rumah [[p:{tel1}]]) atau anak saya [[n:{nm3}]] di [[p:{hp3}]].

Hormat saya,
[[n:{nm1}]]
""",
        F=(1,),
        M=(2,),
        E=(1, 2),
        fam={1: 2, 3: 2},
    ),
    T(
        "letter",
        "procurement",
        """
Kupang, {tgl1}
Kepada Yth.
Pejabat Pengadaan Dinas Pendidikan Kota Kupang
di tempat

Perihal: Penawaran Harga Pengadaan ATK Sekolah

Dengan hormat,
Saya [[n:{nm1}]], pemilik usaha perorangan Kios ATK Cahaya Pagi, dengan ini menyampaikan penawaran harga sebesar {rpb} (sudah termasuk PPN) untuk paket pengadaan ATK sesuai undangan nomor 027/{nnn}/DISDIK/{thn}.
Data usaha:
- NIB            : {nib}
- NPWP pribadi   : [[npwp:{npwp1}]]
- Rekening       : {bank1} [[b:{rek1}]] a.n. [[n:{nm1}]]
- Alamat         : [[a:{al1}]] (rumah sekaligus kios), Kel. {kel}
- HP/WA          : [[p:{hp1}]]
Rincian harga terlampir. Faktur pajak belum dapat kami terbitkan karena usaha kami belum dikukuhkan sebagai PKP.

Hormat saya,
[[n:{nm1}]]
""",
    ),
    T(
        "letter",
        "school_fund",
        """
KOMITE {SEK}
Sekretariat: {jlb}, Kupang

Nomor    : {nnn}/KOMITE/{thn}
Lampiran : 1 (satu) lembar
Hal      : Penyampaian data NPWP guru honor komite

Kepada Yth.
Bendahara BOS {sek}
di tempat

Bersama ini kami sampaikan data NPWP guru honor yang dibayar dari iuran komite, untuk pemotongan PPh Pasal 21 masa {masa}:
1. [[n:{nm1}]] — NPWP [[npwp:{npwpd1}]]
2. [[n:{nm2}]] — NPWP [[npwp:{npwpn2}]] (NIK sebagai NPWP)
3. [[n:{nm3}]] — belum punya NPWP, NIK [[nik:{nik3}]]
NPWP komite ({bnpwp1}) tidak dipakai untuk pemotongan ini. Honor bulan lalu sebesar {rp} per orang sudah dibayar tunai.

Kupang, {tgl1}
Ketua Komite,

[[n:{nm4}]]
""",
    ),
    T(
        "letter",
        "village_grant",
        """
PEMERINTAH KABUPATEN KUPANG
DESA {DESA}

Nomor : 140/{nnn}/DS/{thn}
Hal   : Permohonan perubahan penanggung jawab NPWP Bendahara Desa

Kepada Yth.
Kepala KPP Pratama Kupang
di Kupang

Dengan hormat,
Bersama ini kami mohon perubahan data penanggung jawab NPWP Bendahara Desa {desa} ({tnpwp1}) dari bendahara lama, Sdr. [[n:{nm2}]], kepada bendahara baru, Sdri. [[n:{nm3}]], NIK [[nik:{nik3}]], HP [[p:{hp3}]], sesuai SK Kepala Desa nomor {nnn2}/SK/DS/{thn}.
Data Kepala Desa sebagai pimpinan: [[n:{nm1}]], NPWP kepala desa [[npwp:{npwpn1}]].
NPWP desa ({bnpwp1}) tidak berubah.

Demikian permohonan kami, atas perhatiannya diucapkan terima kasih.
{DESA}, {tgl1}
Kepala Desa {desa},
ttd
[[n:{NM1}]]
""",
        M=(1,),
    ),
    T(
        "letter",
        "banking_notary",
        """
KANTOR NOTARIS & PPAT
[[n:{nm1}]], S.H., M.Kn.
{jlb}, Kupang — Telp. {otel}

SURAT KETERANGAN
Nomor: {num}/SK/NOT/{thn}

Yang bertanda tangan di bawah ini, [[n:{nm1}]], S.H., M.Kn., Notaris dan PPAT di Kota Kupang, menerangkan bahwa pada tanggal {tgl1} telah ditandatangani Akta Jual Beli Nomor {akta}/{thn} atas sebidang tanah SHM No. {shm}, NIB bidang {nibt}, NOP {nop}, antara:
1. [[n:{nm2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{npwpd2}]], selaku Penjual;
2. [[n:{nm3}]], NIK [[nik:{nik3}]], NPWP [[npwp:{npwpn3}]] (NIK), selaku Pembeli.
BPHTB telah disetor dengan {sspd}, kode bayar {billd}, dan PPh final penjual dengan NTPN {ntpn}.
Surat keterangan ini dibuat untuk keperluan proses balik nama di Kantor Pertanahan Kota Kupang.

Kupang, {tgl2}
Notaris/PPAT,

[[n:{nm1}]], S.H., M.Kn.
""",
    ),
    T(
        "letter",
        "payroll_withholding",
        """
{YAY}
Sekretariat: {jlb}, Kupang — NPWP {bnpwp1}

SURAT KETERANGAN PENGHASILAN
Nomor: {nnn}/YYS/SKP/{thn}

Pengurus {yay} menerangkan bahwa Sdri. [[n:{nm1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npwp1}]], adalah tenaga pengajar tidak tetap pada yayasan sejak tahun {thn3} dengan honorarium {rp} per bulan. PPh Pasal 21 atas honorarium tersebut telah dipotong dan dilaporkan, bukti potong terakhir nomor {bupot}.
Surat keterangan ini dibuat untuk keperluan pengajuan kredit pada {bnk}.

Kupang, {tgl1}
Ketua Yayasan,

[[n:{nm2}]]
""",
    ),
    T(
        "letter",
        "cooperative_umkm",
        """
SURAT PERNYATAAN USAHA MIKRO

Saya yang bertanda tangan di bawah ini:
Nama              : [[n:{NM1}]]
Tempat/Tgl Lahir  : {TMP1}, {lahir1}
NIK               : [[nik:{nik1}]]
NPWP              : [[npwp:{npwpn1}]]
Alamat            : [[a:{ALR1}]], Kel. {KEL}
Nama Usaha        : Dapur Sei Lontar
KBLI              : {kbli}

menyatakan dengan sebenarnya bahwa usaha saya adalah usaha perorangan dengan omzet di bawah Rp 500 juta setahun, sehingga NPWP usaha perorangan saya sama dengan NPWP pribadi di atas. Pernyataan ini saya buat untuk pengajuan NIB melalui OSS (NIB lama {nib} atas nama usaha ini tidak aktif).

Kupang, {tgl1}
Yang membuat pernyataan,

[[n:{NM1}]]
""",
    ),
    T(
        "letter",
        "banking_notary",
        """
Kupang, {tgl2}
Kepada Yth.
Pimpinan Bank NTT Kantor Cabang Utama Kupang
di Kupang

Perihal: Permohonan pencairan tabungan almarhum

Dengan hormat,
Kami ahli waris dari almarhum [[n:{nm1}]] (NIK [[nik:{nik1}]], NPWP [[npwp:{npwpd1}]]), yang meninggal dunia pada {tgl1}, memohon pencairan saldo tabungan almarhum di Bank NTT dengan nomor rekening [[b:{rekntt1}]].
Ahli waris:
1. [[n:{nm2}]] (istri), NIK [[nik:{nik2}]]
2. [[n:{nm3}]] (anak), NIK [[nik:{nik3}]], HP [[p:{hp3}]]
Dana mohon ditransfer ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{nm2}]].
Terlampir surat keterangan ahli waris dari Kelurahan {kel} nomor 474/{nnn}/KEL/{thn}, akta kematian, dan KK nomor [[kk:{kk1}]].

Hormat kami,
[[n:{nm2}]]          [[n:{nm3}]]
""",
        M=(1,),
        F=(2,),
        E=(1, 2),
        fam={2: 1, 3: 1},
    ),
    T(
        "letter",
        "procurement",
        """
SURAT PERINTAH KERJA (SPK)
Nomor: {spk}
Paket pekerjaan: Pengadaan meubelair {sek}

Yang bertanda tangan di bawah ini:
1. [[n:{nm1}]], Pejabat Pembuat Komitmen pada Dinas Pendidikan Kota Kupang, NIP {nip}, selanjutnya disebut PIHAK PERTAMA;
2. [[n:{nm2}]], Direktur {cv}, NIK [[nik:{nik2}]], berkedudukan di {jlb}, NPWP perusahaan {bnpwp1}, rekening perusahaan {bnk} {rekb}, selanjutnya disebut PIHAK KEDUA.

PIHAK PERTAMA memerintahkan PIHAK KEDUA untuk melaksanakan pekerjaan dengan nilai {rpb} termasuk PPN 11%, jangka waktu 45 hari kalender terhitung sejak {tgl1}. Pembayaran dilakukan setelah BAST, dengan melampirkan faktur pajak dan bukti potong PPh 22.

PIHAK PERTAMA,                    PIHAK KEDUA,
[[n:{nm1}]]                       [[n:{nm2}]]
NIP {nip}                         Direktur
""",
    ),
    T(
        "letter",
        "npwp_registration",
        """
Kupang, {tgl2}
Kepada Yth.
Kepala KPP Pratama Kupang
{jlb}, Kupang

Perihal: Permohonan penghapusan NPWP orang pribadi (wajib pajak meninggal dunia)

Dengan hormat,
Saya [[n:{nm2}]], NIK [[nik:{nik2}]], anak kandung dari almarhumah [[n:{nm1}]], dengan ini mengajukan permohonan penghapusan NPWP atas nama almarhumah, NPWP [[npwp:{npwpd1}]], yang meninggal dunia pada {tgl1} di Kupang.
Almarhumah tidak meninggalkan warisan yang belum terbagi. SPT Tahunan terakhir (tahun {thn2}) sudah dilaporkan dengan BPE nomor {ref}.
Saya dapat dihubungi di [[p:{hp2}]] atau melalui email [[e:{em2}]].

Hormat saya,
[[n:{nm2}]]
""",
        F=(1,),
        E=(1,),
        fam={2: 1},
    ),
    T(
        "letter",
        "payroll_withholding",
        """
{TOKO}
{jlb}, Kupang. Telp/WA {biz}
NPWP: {bnpwp1}

SURAT KETERANGAN KERJA

Yang bertanda tangan di bawah ini, pemilik {toko}, menerangkan bahwa:
Nama        : [[n:{nm1}]]
NIK         : [[nik:{nik1}]]
NPWP        : [[npwp:{npwp1}]]
No. BPJS Kesehatan : [[bpjs:{bpjs1}]]
No. KPJ BPJS Ketenagakerjaan : {kpj}
adalah karyawan tetap kami sejak {thn3} dengan gaji {rp} per bulan. PPh 21 dipotong setiap bulan; bukti potong tahunan (1721-A1) nomor {bupot} sudah diberikan kepada yang bersangkutan.

Kupang, {tgl1}
Pemilik,
[[n:{nm2}]]
""",
    ),
    T(
        "letter",
        "village_grant",
        """
PEMERINTAH DESA {DESA}
KECAMATAN KUPANG TENGAH

SURAT REKOMENDASI
Nomor: {nnn}/TKS/{thn}

Kepala Desa {desa} memberikan rekomendasi kepada Kelompok Tani Ternak "Sehati Maju" sebagai calon penerima hibah bibit sapi dari Dinas Peternakan, dengan data:
Ketua kelompok      : [[n:{nm1}]]
NIK ketua           : [[nik:{nik1}]]
HP ketua            : [[p:{hp1}]]
Sekretaris          : [[n:{nm2}]]
Rekening kelompok   : {bnk} {rekb} a.n. Kelompok Tani Ternak Sehati Maju
NPWP kelompok       : {bnpwp1}
Kelompok terdaftar di desa sejak {thn3}, beranggotakan {num} kepala keluarga.

{DESA}, {tgl1}
Kepala Desa,
[[n:{nm3}]]
""",
    ),
    T(
        "letter",
        "pbb_bphtb",
        """
Hal: Permohonan mutasi / balik nama SPPT PBB-P2

Kepada Yth. Kepala Bapenda Kota Kupang

Saya yang bertanda tangan di bawah ini:
Nama        : [[n:{nm1}]]
NIK         : [[nik:{nik1}]]
NPWP        : [[npwp:{npwp1}]]
Alamat      : [[a:{alr1}]]
No. HP      : [[p:{hp1}]]
mohon agar SPPT PBB dengan NOP {nop} yang masih tertulis atas nama penjual, [[n:{nm2}]], dibalik nama menjadi atas nama saya, berdasarkan Akta Jual Beli Nomor {akta}/{thn} tanggal {tgl1} yang dibuat di hadapan PPAT [[n:{nm3}]], S.H. BPHTB sudah lunas, NTPD {billd}.
Letak objek: {jl}, Kel. {kel} (tanah kosong, belum ada bangunan).

Kupang, {tgl2}
Pemohon,
[[n:{nm1}]]
""",
    ),
    # without spans
    T(
        "letter",
        "procurement",
        """
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
{jlb}, Kupang — Telp. {otel}

Nomor   : {spk}
Perihal : Undangan Klarifikasi dan Pembuktian Kualifikasi

Kepada Yth.
Direktur {cv}
NPWP {bnpwp1}
di Kupang

Sehubungan dengan penawaran Saudara untuk paket rehabilitasi saluran drainase (kode RUP {rup}), dengan ini kami mengundang Saudara hadir pada hari {hari1}, {tgl1} pukul {jam1} WITA di ruang rapat UKPBJ dengan membawa dokumen asli: akta pendirian, NIB {nib}, NPWP badan, BPE SPT Tahunan {thn2}, dan faktur pajak terakhir (nomor seri {fp}).
Informasi lebih lanjut dapat menghubungi sekretariat Pokja di {otel} atau WA Pokja {owa}.

Ketua Pokja Pemilihan,
ttd
NIP {nip}
""",
    ),
    T(
        "letter",
        "npwp_registration",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
{jlb}, Kupang 85111. Telp. {otel}

Nomor : S-{nnnn}/KPP.2003/{thn}
Hal   : Pemberitahuan NPWP 16 digit dan NITKU

Yth. Pimpinan {cv}
di Kupang

Sehubungan dengan penerapan sistem inti administrasi perpajakan (Coretax), NPWP Saudara {bnpwp1} mulai {tgl1} digunakan dalam format 16 digit, yaitu {bnpwpn1}, dengan NITKU kantor pusat {bnpwpt1}.
Faktur pajak yang dibuat setelah tanggal tersebut, misalnya nomor seri {fp}, wajib mencantumkan NPWP 16 digit. Pembayaran dengan kode billing ({bill}) tetap dapat dilakukan seperti biasa.
Informasi: Kring Pajak 1500200 atau email kpp920@pajak.go.id.

a.n. Kepala Kantor
Kepala Seksi Pelayanan
""",
    ),
    T(
        "letter",
        "school_fund",
        """
{SEK}
NPSN {npsn} — {jlb}, Kupang

LAPORAN PENYETORAN PAJAK DANA BOS
Tahap II Tahun Anggaran {thn}
NPWP Bendahara BOS: {tnpwp1}

No | Uraian | Jenis | Jumlah | NTPN | Tgl Setor
1 | Belanja ATK {atk} (faktur {fp}) | PPN | {rp} | {ntpn} | {tgd1}
2 | Belanja makan minum rapat | PPh 22 | {rp2} | {ntpn2} | {tgd2}
3 | Honor narasumber workshop kurikulum | PPh 21 | {rp3} | {ntpn3} | {tgd3}
Kode billing terakhir: {bill}

Mengetahui,
Kepala Sekolah, NIP {nip}
Bendahara BOS, NIP {nip2}
""",
    ),
    T(
        "letter",
        "cooperative_umkm",
        """
{KOP}
Badan Hukum No. {ahu}
NPWP {bnpwp1} — NIB {nib}
Sekretariat: {jlb}, Kupang

Nomor : {nnn}/KSP/DPM/{thn}
Hal   : Permohonan izin usaha simpan pinjam

Kepada Yth. Kepala DPMPTSP Kota Kupang
Bersama ini kami mengajukan permohonan izin usaha simpan pinjam melalui OSS dengan KBLI {kbli}. Modal sendiri koperasi per {tgl1} sebesar {rpb}. Rekening koperasi: {bnk} {rekb} a.n. {kop}.
Dokumen lengkap sudah kami unggah; nomor permohonan OSS {ref}.

Hormat kami,
Pengurus
""",
    ),
    T(
        "letter",
        "village_grant",
        """
BADAN USAHA MILIK DESA
{BUMDES}
NPWP: {bnpwp1}

Nomor : {nnn}/BUMDES/{thn}
Hal   : Laporan penggunaan penyertaan modal desa tahun {thn}

Kepada Yth. Kepala Desa {desa}
Dengan hormat, bersama ini kami laporkan penggunaan penyertaan modal desa sebesar {rpb} yang diterima melalui rekening BUMDes {bnk} {rekb} pada {tgl1}:
- pembelian mesin pompa air: {rp}
- pembangunan kios desa: {rp2}
- PPN dan PPh yang dipungut/disetor: {rp3} (NTPN {ntpn})
Kode rekening APBDes: 6.2.01.{num}.
Laporan keuangan lengkap terlampir.

Direktur BUMDes
""",
    ),
    T(
        "letter",
        "pbb_bphtb",
        """
PEMERINTAH KOTA KUPANG
BADAN PENDAPATAN DAERAH
{jlb}, Kupang — Telp. {otel}, WA Layanan {owa}

SURAT EDARAN
Nomor: 973/{nnn}/BAPENDA/{thn}
Tentang: Jatuh Tempo Pembayaran PBB-P2 Tahun {thn}

Diberitahukan kepada seluruh wajib pajak bahwa jatuh tempo pembayaran PBB-P2 tahun {thn} adalah {tgl2}. Pembayaran dapat dilakukan di Bank NTT, kantor pos, minimarket atau melalui virtual account dengan awalan 8808, menggunakan kode bayar 18 digit yang tercantum pada SPPT (contoh: {billd}00).
Keterlambatan dikenakan sanksi administrasi 1% per bulan. Keberatan atas SPPT dapat diajukan paling lambat 3 bulan sejak SPPT diterima.

Kepala Badan Pendapatan Daerah
""",
    ),
    T(
        "letter",
        "banking_notary",
        """
{BNK}
Kantor Cabang Kupang — {jlb}, Telp. {otel}

Nomor : {ref}/KC-KPG/{thn}
Hal   : Persetujuan plafon Kredit Usaha Rakyat

Kepada Yth.
Pengurus {kop}
NPWP {bnpwp1}

Dengan hormat, kami beritahukan bahwa permohonan KUR kemitraan {kop} telah disetujui dengan plafon {rpb}, suku bunga 6% efektif per tahun. Pencairan dilakukan ke rekening koperasi nomor {rekb} setelah akad kredit pada {tgl1}. Biaya provisi dan notaris sebesar {rp} didebet dari rekening yang sama.

Hormat kami,
Pemimpin Cabang
""",
    ),
    T(
        "letter",
        "payroll_withholding",
        """
PEMERINTAH KOTA KUPANG
BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH
{jlb}, Kupang

SURAT EDARAN
Nomor: 900.1/{nnn}/BPKAD/{thn}

Kepada Yth. Bendahara Pengeluaran seluruh Perangkat Daerah Kota Kupang
Sehubungan dengan penerapan tarif efektif PPh Pasal 21, bendahara diminta:
1. menggunakan NPWP bendahara masing-masing (contoh format: 00.123.456.7-920.000) pada setiap bukti potong;
2. menyetor PPh 21 dengan KAP/KJS {kap} paling lambat tanggal 10 bulan berikutnya;
3. melampirkan NTPN pada SPJ, misalnya SP2D {spd} dengan NTPN {ntpn}.
Pertanyaan dapat disampaikan ke Bidang Perbendaharaan, telp. {otel}.

Kepala BPKAD
""",
    ),
    T(
        "letter",
        "npwp_registration",
        """
MAJELIS JEMAAT {GRJ}
Sekretariat: {jlb}, Kupang

Nomor : {nnn}/MJ/{thn}
Hal   : Pemberitahuan pelaporan pajak jemaat

Kepada Yth. Bapak/Ibu Majelis dan Pegawai Jemaat
Shalom. Diberitahukan bahwa NPWP Majelis Jemaat {bnpwp1} telah dipadankan ke format 16 digit {bnpwpn1}. Bukti potong PPh 21 atas honor pelayan tahun {thn2} dapat diambil di kantor jemaat setiap hari kerja pukul {jk}.
Persembahan pembangunan tetap disetor ke rekening Majelis Jemaat {bnk} {rekb}.
Informasi lebih lanjut: kantor jemaat, telp. {otel}.

Ketua Majelis Jemaat
""",
    ),
]

# ---- minutes: minutes, records and attendance lists of meetings
TEMPLATES += [
    T(
        "minutes",
        "procurement",
        """
BERITA ACARA KLARIFIKASI DAN NEGOSIASI HARGA
Nomor: {nnn}/BA-NEGO/PBJ/{thn}

Pada hari ini {hari1} tanggal {tgl1}, bertempat di ruang rapat Dinas PUPR Kota Kupang, telah dilaksanakan klarifikasi dan negosiasi harga paket pemeliharaan jalan lingkungan (kode RUP {rup}).
Hadir:
1. [[n:{nm1}]] — Pejabat Pengadaan, NIP {nip}
2. [[n:{nm2}]] — Direktur {cv}
3. [[n:{nm3}]] — staf teknik {cv}
Dokumen yang diperiksa: akta pendirian, NIB {nib}, NPWP badan {bnpwp1} (status valid, KSWP terkonfirmasi), SPT Tahunan {thn2}.
Harga penawaran {rpb} termasuk PPN disepakati turun 3,5%.
Kontak penyedia selama pelaksanaan: Direktur, [[n:{gn2}]], HP [[p:{hp2}]].

Pejabat Pengadaan,               Penyedia,
[[n:{nm1}]]                      [[n:{nm2}]]
""",
    ),
    T(
        "minutes",
        "village_grant",
        """
NOTULEN MUSYAWARAH DESA {DESA}
Hari/tanggal : {hari1}, {tgl1}
Tempat       : Aula Kantor Desa {desa}
Acara        : Penetapan calon penerima BLT Dana Desa tahun {thn}

Pimpinan rapat: Kepala Desa, [[n:{nm1}]]
Notulis: Sekretaris Desa, [[n:{nm2}]]

Pokok bahasan:
1. Kepala Desa membuka rapat dan menjelaskan pagu BLT DD sebesar {rpb} dari rekening kas desa (Bank NTT {rekbntt}).
2. Data calon KPM dibacakan ulang oleh Kasi Kesejahteraan. Ditemukan satu nama dobel: [[n:{nm3}]] NIK [[nik:{nik3}]] tercatat di dua dusun. Disepakati hanya dicatat di Dusun II.
3. Ibu [[n:{nm4}]] (janda, tinggal di [[a:{rt4}]] Dusun III) diusulkan masuk menggantikan penerima yang sudah pindah.
4. Pajak atas belanja BLT tidak ada; NPWP desa ({bnpwp1}) hanya dipakai untuk belanja barang.
Rapat ditutup pukul {jam1} WITA.
""",
        M=(1,),
        E=(4,),
    ),
    T(
        "minutes",
        "school_fund",
        """
NOTULEN RAPAT KOMITE {SEK}
{hari1}, {tgl1} pukul {jam1} WITA, ruang guru

Hadir: Kepala Sekolah, pengurus komite dan {num} orang tua murid.
1. Ketua Komite, Bapak [[n:{nm1}]], menyampaikan laporan iuran semester lalu: terkumpul {rpb}.
2. Bendahara komite lama mengundurkan diri. Rapat memilih Ibu [[n:{nm2}]] sebagai bendahara baru.
3. Karena rekening komite a.n. Komite Sekolah di Bank NTT ({rekbntt}) masih diblokir untuk penggantian spesimen tanda tangan, sementara iuran ditransfer ke rekening panitia a.n. [[n:{nm2}]], {bank2} [[b:{rek2}]].
4. Honor satpam dan tukang kebun dibayar dari iuran; PPh 21 dipotong oleh bendahara sekolah menggunakan NPWP bendahara ({tnpwp1}).
5. Orang tua yang keberatan dapat menghubungi sekretaris komite, [[n:{nm3}]], di [[p:{hp3}]].
Notulis,
[[n:{nm3}]]
""",
    ),
    T(
        "minutes",
        "cooperative_umkm",
        """
NOTULEN RAPAT ANGGOTA TAHUNAN (RAT) TAHUN BUKU {thn2}
{KOP}
NPWP {bnpwp1} — Badan Hukum {ahu}

Tempat  : Aula Kelurahan {kel}
Waktu   : {hari1}, {tgl1}
Peserta : {num} anggota dari 112 anggota terdaftar (kuorum)

Hasil rapat:
1. Laporan pertanggungjawaban pengurus diterima. SHU {thn2} sebesar {rpb} dibagi sesuai AD/ART.
2. Susunan pengurus periode baru:
   Ketua      : [[n:{nm1}]]
   Sekretaris : [[n:{nm2}]]
   Bendahara  : [[n:{nm3}]]
3. Untuk pembukaan rekening pinjaman KUR di {bnk}, bank meminta NPWP pribadi pengurus:
   - Ketua, NPWP [[npwp:{npwpd1}]]
   - Bendahara, NPWP [[npwp:{npwpn3}]]
   Sekretaris menyusul karena belum memadankan NIK.
4. Rekening koperasi tetap {rekb} a.n. {kop}.
""",
    ),
    T(
        "minutes",
        "banking_notary",
        """
BERITA ACARA SERAH TERIMA DOKUMEN
Kantor Notaris/PPAT [[n:{nm1}]], S.H.

Pada hari ini, {hari1} {tgl1}, telah diserahkan oleh:
Nama  : [[n:{nm2}]]
NIK   : [[nik:{nik2}]]
NPWP  : [[npwp:{npwp2}]]
HP    : [[p:{hp2}]]
kepada staf kantor notaris dokumen sebagai berikut:
1. Sertifikat Hak Milik No. {shm}, NIB bidang {nibt}
2. SPPT PBB tahun {thn} (NOP {nop}) dan bukti lunas
3. Fotokopi KTP suami/istri dan KK nomor [[kk:{kk2}]]
4. Bukti setor PPh final dengan NTPN {ntpn}
Dokumen digunakan untuk pembuatan Akta Jual Beli kepada pembeli, Sdr. [[n:{nm3}]].

Yang menyerahkan,          Yang menerima,
[[n:{nm2}]]                Staf Kantor Notaris
""",
    ),
    T(
        "minutes",
        "payroll_withholding",
        """
NOTULEN RAPAT KOORDINASI BENDAHARA GAJI
Dinas Kesehatan Kota Kupang, {tgl1}

Dibahas daftar pegawai non-ASN yang NPWP-nya ditolak aplikasi gaji karena belum padan dengan NIK:
a. [[n:{nm1}]] — NPWP lama [[npwp:{npwpd1}]]; sudah padan per {tgl2}, dipakai NPWP 16 digit [[npwp:{npwpn1}]]
b. [[n:{nm2}]] — NPWP [[npwp:{npwps2}]] tidak ditemukan; diminta cetak ulang kartu di KPP
c. [[n:{nm3}]] — belum punya NPWP; sementara dipotong tarif lebih tinggi berdasarkan NIK [[nik:{nik3}]]
Kesimpulan: bendahara (NPWP bendahara {tnpwp1}) akan menerbitkan ulang bukti potong masa {masa}, nomor awal {bupot}.
""",
    ),
    T(
        "minutes",
        "npwp_registration",
        """
DAFTAR HADIR SOSIALISASI CORETAX DAN PEMADANAN NIK-NPWP
Kantor Kelurahan {kel}, {tgl1}
Narasumber: Penyuluh KPP Pratama Kupang

No | Nama | NIK/NPWP | No. HP | Paraf
1 | [[n:{nm1}]] | [[nik:{nik1}]] | [[p:{hp1}]] | ttd
2 | [[n:{nm2}]] | [[nik:{nik2}]] | [[p:{hp2}]] | ttd
3 | [[n:{nm3}]] | [[nik:{nik3}]] | - | ttd
4 | [[n:{nm4}]] | [[nik:{nik4}]] | [[p:{hp4}]] | ttd
Catatan: peserta nomor 3 tidak membawa HP; kode verifikasi dikirim ke email anaknya.
""",
    ),
    T(
        "minutes",
        "procurement",
        """
BERITA ACARA PEMERIKSAAN BARANG
Nomor: {nnn}/BAPB/DINKES/{thn}

Pada hari {hari1}, {tgl1}, Tim Pemeriksa telah memeriksa barang kiriman {cv} berupa 40 unit kursi tunggu puskesmas sesuai SPK {spk}.
Barang diantar dengan truk nomor polisi [[pl:{pl1}]] milik Bapak [[n:{nm1}]] (sopir merangkap pemilik, HP [[p:{hp1}]]), diterima di gudang farmasi pukul {jam1}.
Hasil: 38 unit baik, 2 unit sandaran retak dan wajib diganti paling lambat 7 hari.
Faktur pajak {fp} dan surat jalan {kw} diterima oleh pengurus barang.
Tim Pemeriksa:
1. [[n:{nm2}]]
2. [[n:{nm3}]]
""",
    ),
    T(
        "minutes",
        "village_grant",
        """
BERITA ACARA PENYERAHAN BANTUAN HIBAH TERNAK
Desa {desa}, {tgl1}

Telah diserahkan bantuan hibah ternak babi dari Dinas Peternakan kepada penerima berikut:
No | Nama Penerima | NIK | Jumlah | Tanda tangan
1 | [[n:{NM1}]] | [[nik:{nik1}]] | 2 ekor | ttd
2 | [[n:{NM2}]] | [[nik:{nik2}]] | 2 ekor | ttd
3 | [[n:{NM3}]] | [[nik:{nik3}]] | 1 ekor | cap jempol
Penerima nomor 3 diwakili anaknya, [[n:{nm4}]], karena sakit.
Nilai hibah seluruhnya {rp}, dibayar dari rekening Dinas (tidak melalui rekening desa). Kode kegiatan 2.09.{num}.
""",
        fam={4: 3},
    ),
    T(
        "minutes",
        "school_fund",
        """
NOTULEN RAPAT DEWAN GURU
{SEK}, {tgl1}

Agenda: pemutakhiran data tunjangan sertifikasi dan NPWP guru
1. Operator menyampaikan bahwa SK tunjangan triwulan ini tertahan untuk dua guru karena NPWP tidak valid di Info GTK:
   - [[n:{nm1}]], NUPTK {nuptk}, NPWP tercatat [[npwp:{npwpd1}]] (format lama, belum padan)
   - [[n:{nm2}]], NUPTK {nuptk2}, NPWP tercatat [[npwp:{npwpn2}]]
2. Kepala sekolah meminta kedua guru memadankan NIK di Coretax paling lambat {tgl2}.
3. Bendahara BOS mengingatkan NPWP sekolah ({bnpwp1}) tidak boleh dipakai untuk data pribadi guru.
Notulis: [[n:{nm3}]]
""",
    ),
    T(
        "minutes",
        "cooperative_umkm",
        """
CATATAN PENDAMPINGAN UMKM
Dinas Koperasi dan UKM Kota Kupang — Klinik UMKM, {tgl1}

Peserta konsultasi hari ini:
1. [[n:{nm1}]] (usaha tenun ikat, Kel. {kel}) — sudah punya NIB {nib}; NPWP usaha perorangan [[npwp:{npwp1}]]; minta dibantu daftar PIRT.
2. [[n:{nm2}]] (jagung bose kemasan) — NIB {nib2}; belum punya NPWP, dijelaskan bahwa NIK [[nik:{nik2}]] dapat digunakan sebagai NPWP setelah aktivasi.
3. [[n:{nm3}]] (bengkel las, rumah di [[a:{al3}]]) — minta info KUR; HP [[p:{hp3}]].
Tindak lanjut: peserta 2 dijadwalkan asistensi di KPP pada {tgl2}.
""",
    ),
    T(
        "minutes",
        "pbb_bphtb",
        """
BERITA ACARA PENELITIAN LAPANGAN BPHTB
Nomor: {nnn}/BA-LAP/BAPENDA/{thn}

Pada hari {hari1}, {tgl1}, petugas Bapenda Kota Kupang melakukan penelitian lapangan atas objek BPHTB yang dimohonkan oleh:
Nama wajib pajak : [[n:{nm1}]]
NIK              : [[nik:{nik1}]]
NPWP             : [[npwp:{npwp1}]]
Alamat WP        : [[a:{alr1}]], Kel. {kel}
Objek            : NOP {nop}, luas tanah 312 m², bangunan 96 m²
Nilai transaksi yang dilaporkan {rpb}, lebih rendah dari NJOP. Petugas menetapkan dasar pengenaan sesuai NJOP {rpb2}.
Wajib pajak hadir didampingi oleh staf PPAT [[n:{nm2}]], S.H.
""",
    ),
    T(
        "minutes",
        "banking_notary",
        """
NOTULEN KOMITE KREDIT
{BNK} Unit Oesapa, {tgl1}

1. Permohonan KUR mikro a.n. [[n:{nm1}]] (pedagang sayur Pasar Oesapa), plafon {rp}:
   NIK [[nik:{nik1}]], KK [[kk:{kk1}]], NPWP [[npwp:{npwpn1}]]. Agunan BPKB sepeda motor [[pl:{pl1}]] a.n. sendiri. Disetujui.
2. Permohonan a.n. [[n:{nm2}]], plafon {rp2}: SLIK OJK kolektibilitas 3, ditunda.
3. Rekening pencairan: rekening tabungan debitur masing-masing; untuk nomor 1: [[b:{rek1}]].
Mantri: [[n:{nm3}]]
""",
    ),
    T(
        "minutes",
        "payroll_withholding",
        """
BERITA ACARA PEMBAYARAN HONOR PANITIA
Kegiatan: Lomba Tenun Ikat Kota Kupang, {tgl1}

No | Nama | Jabatan | Bruto | PPh 21 | Diterima | NPWP
1 | [[n:{nm1}]] | Ketua | {rp} | 5% | dibayar | [[npwp:{npwpd1}]]
2 | [[n:{nm2}]] | Sekretaris | {rp2} | 5% | dibayar | [[npwp:{npwpn2}]]
3 | [[n:{nm3}]] | Juri | {rp3} | 6% | dibayar | -
PPh 21 disetor oleh bendahara Disperindag (NPWP {tnpwp1}) dengan kode billing {bill}.
Juri tanpa NPWP dikenakan tarif 20% lebih tinggi.
""",
    ),
    # without spans
    T(
        "minutes",
        "procurement",
        """
NOTULEN RAPAT PERSIAPAN PEMILIHAN PENYEDIA
UKPBJ Setda Kota Kupang, {hari1} {tgl1}

Peserta: Kepala Bagian PBJ, Pokja Pemilihan I dan II, PPK Dinas Pendidikan, PPK Dinas PUPR.
1. Paket rehabilitasi ruang kelas (RUP {rup}, HPS {rpb}) diumumkan di LPSE pada {tgl2}.
2. Paket pengadaan laptop (RUP {rup2}, HPS {rpb2}) melalui e-katalog.
3. Penyedia wajib status KSWP valid; Pokja memeriksa NPWP badan di aplikasi, misalnya contoh hasil untuk {cv}: {bnpwp1} — valid.
4. Jadwal pembukaan penawaran {tgd3} pukul 10.00 WITA.
Rapat ditutup pukul {jam1}.
""",
    ),
    T(
        "minutes",
        "village_grant",
        """
BERITA ACARA MUSYAWARAH DESA KHUSUS
Desa {desa}, {tgl1}

Jumlah peserta: {num} orang (unsur BPD, RT/RW, tokoh agama, PKK).
Keputusan:
1. Pagu Dana Desa tahun {thn}: {rpb}.
2. Penyertaan modal ke {bumdes} (NPWP {bnpwp1}) sebesar {rp}.
3. Rekening kas desa tetap di Bank NTT nomor {rekbntt}.
4. Kode rekening kegiatan pembangunan embung: 2.09.07.{num}.
5. Rekap KPM BLT per dusun: Dusun I 14 KK, Dusun II 22 KK, Dusun III 9 KK.
Berita acara ini ditandatangani oleh pimpinan musyawarah dan perwakilan peserta.
""",
    ),
    T(
        "minutes",
        "school_fund",
        """
NOTULEN RAPAT PLENO KOMITE
{SEK} (NPSN {npsn})
{tgl1}

1. Saldo kas komite per {tgd1}: {rpb}.
2. Rekening komite: Bank NTT {rekbntt} a.n. Komite {sek}.
3. Sumbangan pembangunan pagar disepakati {rpk} per siswa, dapat dicicil 3 kali.
4. PPh 22 dan PPN atas pembelian semen dan besi dipungut toko; faktur nomor {fp}.
5. Laporan BOS tahap I sudah diunggah ke ARKAS; NPWP bendahara BOS {tnpwp1}.
Rapat selesai pukul {jam1} WITA.
""",
    ),
    T(
        "minutes",
        "cooperative_umkm",
        """
RINGKASAN LAPORAN RAT {KOP}
Tahun buku {thn2}

Jumlah anggota        : 248 orang
Simpanan pokok        : {rp}
Simpanan wajib        : {rpb}
Pinjaman beredar      : {rpb2}
SHU                   : {rpb3}
NPWP koperasi         : {bnpwp1}
NIB                   : {nib}
Nomor badan hukum     : {ahu}
Pajak atas SHU dibagikan dipotong PPh final 10% dan disetor dengan kode billing {bill}, NTPN {ntpn}.
""",
    ),
    T(
        "minutes",
        "npwp_registration",
        """
NOTULEN SOSIALISASI PAJAK UNTUK UMKM
Aula Disperindag Kota Kupang, {tgl1}
Narasumber: Penyuluh Pajak KPP Pratama Kupang

- Sejak Coretax, NPWP orang pribadi menggunakan NIK 16 digit; NPWP lama 15 digit, contoh 09.254.118.3-920.000, tetap dikenali sampai pemadanan selesai.
- Badan usaha memakai NPWP 16 digit dengan angka 0 di depan (contoh 0092541183920000) dan NITKU untuk cabang.
- PPh final UMKM 0,5% disetor dengan KAP/KJS {kap}.
- Layanan: Kring Pajak 1500200, WA KPP {owa}, loket TPT buka {jk}.
Peserta: {num} pelaku UMKM.
""",
    ),
    T(
        "minutes",
        "pbb_bphtb",
        """
NOTULEN RAPAT EVALUASI PENERIMAAN PBB-P2
Bapenda Kota Kupang, {tgl1}

1. Realisasi PBB-P2 s.d. {tgd1}: {rpb} ({pct}% dari target).
2. Kelurahan dengan realisasi terendah: {kel} dan {kel2}.
3. SPPT salah cetak ditemukan pada blok NOP {nop} sampai dengan {nop2}; akan diterbitkan ulang.
4. Kanal pembayaran baru: VA Bank NTT awalan 8808, QRIS, dan kode bayar 18 digit.
5. Petugas lapangan diminta tidak menerima pembayaran tunai.
Notulis: Subbid Penagihan
""",
    ),
    T(
        "minutes",
        "payroll_withholding",
        """
NOTULEN RAPAT REKONSILIASI PAJAK BENDAHARA
BPKAD Kota Kupang, {tgl1}

- Selisih setoran PPh 21 masa {masa} antara SP2D dan MPN: {rp}.
- SP2D {spd} tercatat dengan NTPN {ntpn}; SP2D {spd2} belum ada NTPN.
- Bendahara Dinas PUPR (NPWP {tnpwp1}) dan bendahara Dinas Sosial (NPWP {tnpwp2}) diminta menyetor ulang dengan KAP/KJS {kap}.
- Bukti potong PPh 23 nomor {bupot} atas jasa konsultan perlu dibetulkan.
Rapat ditutup pukul {jam1} WITA.
""",
    ),
    T(
        "minutes",
        "banking_notary",
        """
NOTULEN RAPAT KOORDINASI PENYALURAN KUR
Kantor Bank NTT Cabang Utama Kupang, {tgl1}

Peserta: Bank NTT, BRI, BNI, Dinas Koperasi dan UKM, OJK.
1. Realisasi KUR Kota Kupang s.d. {tgd1}: Rp 84,6 miliar, 1.204 debitur.
2. Rekening penampung subsidi bunga: Bank NTT {rekbntt}.
3. Call center masing-masing bank: Bank NTT 1500012, BRI 14017, BNI 1500046.
4. Debitur wajib NIK padan dengan NPWP; validasi melalui SIKP.
5. Rapat berikutnya {tgl2}.
""",
    ),
    T(
        "minutes",
        "procurement",
        """
BERITA ACARA SERAH TERIMA HASIL PEKERJAAN
Nomor: {nnn}/BAST/PUPR/{thn}

Pada hari ini {hari1}, {tgl1}, PPK Dinas PUPR Kota Kupang dan {cv} (NPWP {bnpwp1}) melaksanakan serah terima pekerjaan sesuai kontrak {spk}.
Nilai kontrak {rpb}; dibayar 100% setelah dipotong PPh 4 ayat 2 sebesar {rp} (kode billing {bill}) dan PPN disetor dengan NTPN {ntpn}.
Faktur pajak: {fp}.
Masa pemeliharaan 180 hari kalender.
""",
    ),
]

# ---- email_thread: mail with the tax office, consultants, banks, notaries and offices
TEMPLATES += [
    T(
        "email_thread",
        "npwp_registration",
        """
From: [[n:{nm1}]] <[[e:{emp1}]]>
To: KPP Pratama Kupang <kpp920@pajak.go.id>
Date: {tgl1} {jam1}
Subject: NIK belum padan dengan NPWP, tidak bisa aktivasi Coretax

Selamat pagi Bapak/Ibu petugas,
Saya [[n:{nm1}]] ingin melaporkan bahwa akun Coretax saya tidak bisa diaktivasi. NPWP lama saya [[npwp:{npwpd1}]], NIK [[nik:{nik1}]]. Di aplikasi muncul pesan "NIK belum valid", padahal data di Dukcapil sudah benar.
Nomor HP yang terdaftar di DJP Online [[p:{hp1}]], tetapi kode OTP tidak pernah masuk.
Terima kasih,
[[n:{nm1}]]

---
From: KPP Pratama Kupang <kpp920@pajak.go.id>
Date: {tgl2}
Subject: RE: NIK belum padan dengan NPWP, tidak bisa aktivasi Coretax

Yth. [[n:{nm1}]],
Terima kasih atas email Saudara. Pemadanan NIK dapat dilakukan melalui menu Profil Saya. Bila tetap gagal, silakan datang ke TPT KPP Pratama Kupang dengan membawa KTP asli, atau hubungi Kring Pajak 1500200. Nomor tiket Saudara {tiket}.
Salam,
Seksi Pelayanan
""",
    ),
    T(
        "email_thread",
        "banking_notary",
        """
From: [[n:{nm1}]] <[[e:{em1}]]>
To: Kantor Notaris & PPAT Oebobo <notarisppat.oebobo@gmail.com>
Date: {tgl2}
Subject: Re: Data untuk AJB tanah di {kel}

Selamat siang Ibu,
Berikut data saya sebagai pembeli:
Nama   : [[n:{nm1}]]
NIK    : [[nik:{nik1}]]
NPWP   : [[npwp:{npwpn1}]] (NIK sudah jadi NPWP)
Alamat : [[a:{alr1}]]
Istri  : [[n:{nm2}]], NIK [[nik:{nik2}]]
Untuk penjual, Om [[n:{nm3}]] katanya akan kirim sendiri NPWP-nya.
Salam,
[[n:{gn1}]]

> Pada {tgl1} {jam1}, Kantor Notaris & PPAT Oebobo <notarisppat.oebobo@gmail.com> menulis:
> Yth. Bapak, mohon kirimkan data pembeli (nama, NIK, NPWP, alamat sesuai KTP) dan data pasangan untuk persetujuan. Kode bayar BPHTB akan kami kirim setelah validasi Bapenda (formatnya seperti {billd}).
> Salam, Admin Akta
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "email_thread",
        "procurement",
        """
From: Admin {CV} <{cvm}@gmail.com>
To: PPK Dinas Pendidikan <ppk.disdik@kupangkota.go.id>
Date: {tgl1}
Subject: Tagihan termin II dan faktur pajak

Yth. Bapak PPK,
Bersama ini kami kirimkan tagihan termin II paket {spk} sebesar {rpb}, faktur pajak nomor {fp}, NPWP perusahaan {bnpwp1}, rekening perusahaan {bnk} {rekb} a.n. {cv}.
Bila ada kekurangan dokumen, mohon menghubungi Direktur kami, Bapak [[n:{nm1}]], HP [[p:{hp1}]], atau saya sendiri.

Hormat kami,
[[n:{nm2}]]
Staf Administrasi {cv}
""",
    ),
    T(
        "email_thread",
        "payroll_withholding",
        """
From: Bendahara {SEK} <bendahara.{sekm}@gmail.com>
To: guru-honor-{sekm}@googlegroups.com
Date: {tgl1}
Subject: Permintaan NPWP untuk bukti potong PPh 21

Bapak/Ibu guru honor, mohon kirimkan NPWP masing-masing paling lambat {tgl3} untuk pembuatan bukti potong tahunan. Yang belum punya, kirim NIK saja.

---
From: [[n:{nm1}]] <[[e:{em1}]]>
Date: {tgl2}
Subject: Re: Permintaan NPWP untuk bukti potong PPh 21

Selamat sore Ibu Bendahara. Ini punya saya: [[npwp:{npwpn1}]]. Kemarin sudah saya padankan dengan NIK.
Salam, [[n:{gn1}]]

---
From: [[n:{nm2}]] <[[e:{em2}]]>
Date: {tgl3}
Subject: Re: Permintaan NPWP untuk bukti potong PPh 21

Ibu, saya belum punya NPWP. NIK saya [[nik:{nik2}]].
[[n:{nm2}]]
""",
    ),
    T(
        "email_thread",
        "npwp_registration",
        """
From: [[n:{nm1}]] <[[e:{emp1}]]>
To: [[n:{nm2}]] <[[e:{emp2}]]>
Cc: admin@{kkpm}.co.id
Date: {tgl1}
Subject: SPT Tahunan {thn2} — data yang masih kurang

Selamat siang Bapak [[n:{gn2}]],
Untuk SPT 1770 tahun {thn2} mohon dilengkapi:
1. NPWP istri bila istri memilih pisah harta, atau konfirmasi bahwa istri ikut NPWP Bapak ([[npwp:{npwpd2}]]);
2. bukti potong PPh 23 dari {cv} nomor {bupot};
3. nomor rekening untuk restitusi bila lebih bayar.
EFIN Bapak yang baru ({efin}) sudah saya terima.
Salam,
[[n:{nm1}]]
{KKP}

---
From: [[n:{nm2}]] <[[e:{emp2}]]>
Date: {tgl2}

Ibu [[n:{gn1}]], istri saya punya NPWP sendiri: [[npwp:{npwpd3}]] a.n. [[n:{nm3}]]. Rekening untuk restitusi {bank2} [[b:{rek2}]] a.n. saya sendiri.
Terima kasih.
""",
        F=(1, 3),
        M=(2,),
        fam={3: 2},
    ),
    T(
        "email_thread",
        "banking_notary",
        """
From: Bank NTT Contact Center <noreply@bankntt.co.id>
To: [[e:{emp1}]]
Date: {tgl1} {jam1}
Subject: Konfirmasi pembukaan rekening Tabungan Flobamora

Yth. Nasabah [[n:{NM1}]],
Rekening tabungan Anda nomor [[b:{rekntt1}]] telah aktif sejak {tgl1}.
NPWP yang Anda daftarkan, [[npwp:{npwpn1}]], telah terverifikasi dengan data kependudukan.
Kode aktivasi mobile banking: {otp} (berlaku 5 menit). Jangan berikan kode ini kepada siapa pun, termasuk petugas bank.
Layanan Bank NTT: 1500012.
Email ini dikirim otomatis, mohon tidak membalas.
""",
    ),
    T(
        "email_thread",
        "village_grant",
        """
From: Bidang Rehabilitasi Sosial <rehsos.dinsos@kupangkota.go.id>
To: {YAY} <{yaym}@gmail.com>
Date: {tgl1}
Subject: Verifikasi penerima hibah alat bantu disabilitas

Selamat siang,
Berikut daftar penerima hasil verifikasi lapangan (mohon dijaga kerahasiaannya):
1. [[n:{nm1}]] — NIK [[nik:{nik1}]] — [[a:{alr1}]] — kursi roda
2. [[n:{nm2}]] — NIK [[nik:{nik2}]] — [[a:{alr2}]] — alat bantu dengar
3. [[n:{nm3}]] — NIK [[nik:{nik3}]] — Kel. {kel}, [[a:{rt3}]] — tongkat kaki tiga
Hibah barang dari {yay} (NPWP {bnpwp1}) akan dicatat pada BAST nomor {nnn}/BAST/DINSOS/{thn}.
Salam,
Bidang Rehsos Dinas Sosial Kota Kupang
""",
    ),
    T(
        "email_thread",
        "cooperative_umkm",
        """
From: [[n:{nm1}]] <[[e:{em1}]]>
To: Bidang Kelembagaan Dinas Koperasi <kelembagaan.diskop@kupangkota.go.id>
Date: {tgl1}
Subject: Data pengurus {kop} untuk pemutakhiran ODS

Dengan hormat,
Saya sekretaris {kop} (NPWP koperasi {bnpwp1}, Nomor Induk Koperasi {nikop}) mengirimkan data pengurus baru hasil RAT:
Ketua     : [[n:{nm2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{npwp2}]]
Bendahara : [[n:{nm3}]], NIK [[nik:{nik3}]], NPWP [[npwp:{npwpn3}]]
Sekretaris: saya sendiri, NIK [[nik:{nik1}]], HP [[p:{hp1}]]
Mohon dibantu pembaruan di sistem.
Salam,
[[n:{nm1}]]
""",
    ),
    T(
        "email_thread",
        "pbb_bphtb",
        """
From: [[n:{nm1}]] <[[e:{emp1}]]>
To: Layanan BPHTB Bapenda <bphtb.bapenda@kupangkota.go.id>
Date: {tgl2}
Subject: Validasi SSPD BPHTB belum keluar

Selamat siang,
SSPD BPHTB saya nomor {sspd} sudah diajukan PPAT sejak {tgl1}, tetapi sampai hari ini belum divalidasi. Data wajib pajak:
Nama : [[n:{nm1}]]
NIK  : [[nik:{nik1}]]
NPWP : [[npwp:{npwp1}]]
NOP  : {nop}
Kode bayar yang sudah saya lunasi di Bank NTT: {billd}.
Mohon informasinya, karena akta tidak bisa didaftarkan ke BPN.
Email alternatif saya: [[e:{emx1}]]
Terima kasih.
""",
    ),
    T(
        "email_thread",
        "payroll_withholding",
        """
From: [[n:{fn1}]], [[n:{gn1}]] <[[e:{emk1}]]>
To: Subbid Gaji BPKAD <gaji.bpkad@kupangkota.go.id>
Date: {tgl1}
Subject: NITKU pada bukti potong salah

Selamat pagi,
Pada bukti potong PPh 21 bulan {masa} (nomor {bupot}), NITKU saya tertulis milik orang lain. NITKU saya yang benar [[npwp:{npwpt1}]], NPWP [[npwp:{npwpn1}]].
Mohon dibetulkan sebelum pelaporan SPT.
Terima kasih,
[[n:{nm1}]]
Staf Bagian Umum, NIP {nip}
""",
        K=(1,),
    ),
    T(
        "email_thread",
        "payroll_withholding",
        """
From: HRD {CV} <hrd.{cvm}@gmail.com>
To: [[e:{emp1}]]
Date: {tgl1}
Subject: Bukti potong PPh 21 tahunan (1721-A1) tahun {thn2}

Yth. Sdr. [[n:{nm1}]],
Terlampir bukti potong nomor {bupot} atas penghasilan Saudara selama tahun {thn2}.
Identitas penerima penghasilan: NPWP [[npwp:{npwpn1}]], NITKU [[npwp:{npwpt1}]].
Pemotong: {cv}, NPWP {bnpwpn1}, NITKU {bnpwpt1}.
Penghasilan bruto {rpb}; PPh 21 terutang {rp}.
Salam,
HRD
""",
    ),
    T(
        "email_thread",
        "banking_notary",
        """
From: [[n:{nm1}]] <[[e:{em1}]]>
To: kur.kupang@bri.co.id
Date: {tgl1}
Subject: Pengajuan KUR Mikro - kios sembako

Selamat siang Bapak/Ibu,
Saya ingin mengajukan KUR mikro untuk modal kios sembako di rumah. Data saya:
Nama    : [[n:{nm1}]]
NIK     : [[nik:{nik1}]]
No. KK  : [[kk:{kk1}]]
NPWP    : [[npwp:{npwp1}]]
Alamat  : [[a:{alr1}]], Kel. {kel}
HP/WA   : [[p:{hp1}]]
Rekening BRI saya: [[b:{rekbri1}]]
NIB usaha {nib}. Mohon info syaratnya. Terima kasih.
""",
    ),
    T(
        "email_thread",
        "procurement",
        """
---------- Forwarded message ---------
From: [[n:{nm1}]] <[[e:{em1}]]>
Date: {tgl2}
Subject: Fwd: Pembayaran belanja makan minum rapat
To: Bendahara Pengeluaran Disperindag <bendahara.disperindag@kupangkota.go.id>

Ibu bendahara, saya teruskan email dari pemilik katering. Mohon diproses.

On {tgl1}, [[n:{nm2}]] <[[e:{emp2}]]> wrote:
> Selamat siang Pak [[n:{gn1}]]. Tagihan katering rapat 3 kali sebesar {rp} belum dibayar. Usaha saya perorangan, jadi pakai NPWP pribadi saya [[npwp:{npwp2}]]. Transfer ke {bank2} [[b:{rek2}]] a.n. [[n:{nm2}]]. HP [[p:{hp2}]].
> Salam
""",
        M=(1,),
    ),
    T(
        "email_thread",
        "school_fund",
        """
From: [[n:{nm1}]] <[[e:{em1}]]>
To: Tata Usaha {SEK} <tu.{sekm}@gmail.com>
Date: {tgl1}
Subject: Bukti transfer iuran komite

Selamat siang,
Saya orang tua dari [[n:{nm2}]], siswa di sekolah ini. Iuran komite {rpk} sudah saya transfer ke rekening komite (Bank NTT {rekbntt}) dari rekening saya {bank1} [[b:{rek1}]] pada {tgl1}, nomor referensi {ref}. Mohon dicek dan dicatat.
HP saya [[p:{hp1}]].
Terima kasih.
""",
        Y=(2,),
        fam={2: 1},
    ),
    # without spans
    T(
        "email_thread",
        "npwp_registration",
        """
From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
To: wp-kupang-920@lists.pajak.go.id
Date: {tgl1}
Subject: Pengingat batas waktu SPT Tahunan Orang Pribadi

Wajib Pajak yang terhormat,
Batas waktu penyampaian SPT Tahunan Orang Pribadi tahun pajak {thn2} adalah 31 Maret {thn}. Gunakan NIK sebagai NPWP untuk login; contoh penulisan NPWP 16 digit badan: 0912345678920000.
DJP tidak pernah meminta transfer ke rekening pribadi atau meminta kode OTP. Waspadai pesan dari nomor seperti {scam} yang mengatasnamakan KPP.
Kring Pajak 1500200 | pengaduan@pajak.go.id
""",
    ),
    T(
        "email_thread",
        "banking_notary",
        """
From: BRI Notifikasi <notifikasi@bri.co.id>
To: {kopm}@gmail.com
Date: {tgl1}
Subject: Informasi pencairan KUR

Yth. Pengurus {kop},
Dana KUR sebesar {rpb} telah dicairkan ke rekening koperasi {rekbbri} pada {tgl1} pukul {jam1} WITA, nomor referensi {ref}.
Angsuran pertama jatuh tempo {tgl2} melalui autodebet.
Informasi: Call BRI 14017 atau callbri@bri.co.id.
""",
    ),
    T(
        "email_thread",
        "procurement",
        """
From: LPSE Kota Kupang <noreply-lpse@kupangkota.go.id>
To: {cvm}@gmail.com
Date: {tgl1}
Subject: Pengumuman pemenang tender kode {rup}

Pemenang tender paket rehabilitasi gedung pasar:
Nama penyedia : {CV}
NPWP          : {bnpwp1}
Harga terkoreksi: {rpb}
Peserta lain: {cv2} (NPWP {bnpwp2}), {cv3} (NPWP {bnpwp3}).
Masa sanggah sampai {tgl2}. Sanggahan disampaikan melalui aplikasi SPSE.
""",
    ),
    T(
        "email_thread",
        "cooperative_umkm",
        """
From: Dinas Koperasi dan UKM Kota Kupang <diskopukm@kupangkota.go.id>
To: koperasi-kotakupang@googlegroups.com
Date: {tgl1}
Subject: Batas waktu RAT dan pelaporan ODS

Yth. Pengurus Koperasi se-Kota Kupang,
RAT tahun buku {thn2} wajib dilaksanakan paling lambat {tgl2}. Koperasi yang belum memperbarui data NIK koperasi (contoh {nikop}) dan NPWP badan ({bnpwp1} untuk {kop}) agar segera melapor.
Konsultasi: Klinik UMKM, telp. {otel}, WA {owa}.
""",
    ),
    T(
        "email_thread",
        "pbb_bphtb",
        """
From: Bapenda Kota Kupang <pbb.bapenda@kupangkota.go.id>
To: wajibpajak-pbb@kupangkota.go.id
Date: {tgl1}
Subject: SPPT PBB-P2 tahun {thn} sudah dapat diunduh

Wajib Pajak Yth.,
SPPT PBB-P2 tahun {thn} dapat diunduh di portal e-PBB dengan memasukkan NOP (contoh {nop}). Kode bayar 18 digit, misalnya {billd}01, dapat dibayar di Bank NTT, kantor pos, atau VA 8808{idpel}.
Jatuh tempo {tgl2}. Informasi: WA {owa} (jam kerja).
""",
    ),
    T(
        "email_thread",
        "npwp_registration",
        """
From: {KKP} <info@{kkpm}.co.id>
To: klien-{kkpm}@googlegroups.com
Date: {tgl1}
Subject: Buletin pajak: NPWP 16 digit, NITKU dan faktur pajak

Klien yang kami hormati,
1. NPWP badan 15 digit (contoh 01.234.567.8-920.000) kini ditulis 0012345678920000.
2. NITKU kantor pusat = NPWP 16 digit + 000000; cabang memakai nomor urut (…000001).
3. Faktur pajak Coretax memakai nomor seri 17 digit, misalnya {fp}.
4. KAP/KJS PPh final UMKM: {kap}.
Konsultasi: telp. {otel}.
""",
    ),
    T(
        "email_thread",
        "payroll_withholding",
        """
From: Bidang Perbendaharaan BPKAD <perbendaharaan.bpkad@kupangkota.go.id>
To: Sekretariat Dinas Sosial <sekretariat.dinsos@kupangkota.go.id>
Date: {tgl1}
Subject: SP2D tertahan - NTPN belum dilampirkan

Yth. Sekretariat,
SP2D {spd} dan {spd2} belum dapat diterbitkan karena NTPN PPh 21 masa {masa} belum dilampirkan. Setoran dengan kode billing {bill} tercatat di MPN tetapi NTPN ({ntpn}) belum diunggah.
NPWP bendahara Dinas Sosial: {tnpwp1}.
Salam,
Bidang Perbendaharaan
""",
    ),
    T(
        "email_thread",
        "banking_notary",
        """
From: Kantor Notaris & PPAT Kelapa Lima <notarisppat.kelapalima@gmail.com>
To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
Date: {tgl1}
Subject: Permohonan pengecekan sertifikat

Dengan hormat,
Mohon pengecekan sertifikat berikut untuk keperluan pembuatan akta:
1. SHM No. {shm}, NIB bidang {nibt}, Kel. {kel}
2. SHM No. {shm2}, NIB bidang {nibt2}, Kel. {kel2}
PNBP pengecekan telah dibayar dengan kode billing {bill}.
Hormat kami,
Bagian Akta
""",
    ),
    T(
        "email_thread",
        "school_fund",
        """
From: Operator Dapodik Kota Kupang <dapodik.kotakupang@gmail.com>
To: operator-sekolah-kupang@googlegroups.com
Date: {tgl1}
Subject: Sinkronisasi data rekening dan NPWP sekolah

Yth. Operator Sekolah,
Sebelum pencairan BOS tahap II, pastikan rekening sekolah dan NPWP bendahara BOS sudah benar di Dapodik. Contoh isian yang benar untuk {sek} (NPSN {npsn}): rekening Bank NTT {rekbntt}, NPWP bendahara {tnpwp1}.
Batas sinkronisasi {tgl2}. Kendala: WA helpdesk {owa}.
""",
    ),
]

# ---- ocr_scan: scanned forms, receipts, invoices, tax returns and withholding slips as OCR reads them
TEMPLATES += [
    T(
        "ocr_scan",
        "procurement",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak : {fp}
Pengusaha Kena Pajak
Nama   : {CV}
Alamat : {JLB}, KUPANG
NPWP   : {bnpwpo1}
Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak
Nama   : [[n:{NM1}]]
Alamat : [[a:{ALR1}]] KEL. {KEL} KOTA KUPANG
NPWP   : [[npwp:{npwpn1}]]
No | Nama Barang Kena Pajak       | Harga Jual
1  | SEMEN 50 KG x 40 SAK          | 2.880.000
2  | BESI BETON 10 MM x 25 BTG     | 2.375.000
Dasar Pengenaan Pajak             5.255.000
PPN = 11% x DPP                   578.050
KUPANG, {TGL1}
Direktur
""",
    ),
    T(
        "ocr_scan",
        "payroll_withholding",
        """
BUKTI PEMOTONGAN PPh PASAL 21 BULANAN
NOMOR : {bupot}          MASA PAJAK : {MASA}
A. IDENTITAS WAJIB PAJAK YANG DIPOTONG
A.1 NPWP/NIK : [[npwp:{npwpn1}]]
A.2 NITKU    : [[npwp:{npwpt1}]]
A.3 NAMA     : [[n:{nmo1}]]
A.4 ALAMAT   : [[a:{ALR1}]]
B. PAJAK PENGHASILAN YANG DIPOTONG
Kode Objek Pajak 21-100-01  Penghasilan Bruto 4.250.000  Tarif Efektif 1,75%  PPh Dipotong 74.375
C. IDENTITAS PEMOTONG
C.1 NPWP   : {bnpwpn1}
C.2 NITKU  : {bnpwpt1}
C.3 NAMA PEMOTONG : {CV}
C.4 TANGGAL : {tgd1}
C.5 NAMA PENANDATANGAN : [[n:{NM2}]]
""",
    ),
    T(
        "ocr_scan",
        "npwp_registration",
        """
SPT TAHUNAN PPh WAJIB PAJAK ORANG PRIBADI 1770 S
TAHUN PAJAK {thn2}         PEMBETULAN KE- 0
N P W P            : [[npwp:{npwpo1}]]
NAMA WAJIB PAJAK   : [[n:{nmo1}]]
PEKERJAAN          : {JOB1}
NO. TELEPON        : [[p:{hpo1}]]
STATUS KEWAJIBAN PERPAJAKAN SUAMI-ISTRI : KK
NPWP SUAMI/ISTRI   : [[npwp:{npwpd2}]]
A. PENGHASILAN NETO DALAM NEGERI SEHUBUNGAN DENGAN PEKERJAAN  64.800.000
PPh YANG LEBIH DIPOTONG / DIPUNGUT  1.215.000
PERMOHONAN : DIKEMBALIKAN MELALUI PEMERIKSAAN
NAMA BANK            : {BANK1}
NOMOR REKENING       : [[b:{rek1}]]
NAMA PEMILIK REKENING: [[n:{NM1}]]
""",
    ),
    T(
        "ocr_scan",
        "school_fund",
        """
K W I T A N S I
No. {kw}
Sudah terima dari   : Bendahara BOS {SEK}
Uang sejumlah       : {rp}
Untuk pembayaran    : upah tukang perbaikan plafon ruang kelas VII
                                Kupang, {tgl1}
                                Yang menerima,
                                METERAI TEMPEL 10000
                                [[n:{NM1}]]
NIK  : [[nik:{niko1}]]
NPWP : [[npwp:{npwpd1}]]
PPh 21 dipotong sesuai ketentuan (bukti potong {bupot})
""",
    ),
    T(
        "ocr_scan",
        "pbb_bphtb",
        """
SURAT SETORAN PAJAK DAERAH
BEA PEROLEHAN HAK ATAS TANAH DAN BANGUNAN (SSPD-BPHTB)
BADAN PENDAPATAN DAERAH KOTA KUPANG          No. {sspd}
A. 1. Nama Wajib Pajak   : [[n:{NM1}]]
   2. NPWP               : [[npwp:{npwp1}]]
   3. Alamat Wajib Pajak : [[a:{AL1}]]
   4. Kelurahan/Desa     : {KEL}
   5. RT/RW              : [[a:{rtc1}]]
   6. Kecamatan          : {KEC}
B. 1. NOP PBB            : {nop}
   2. Letak tanah/bangunan: {JL}, KEL. {KEL2}
   3. Nomor Sertifikat   : SHM {shm}
C. Jumlah setoran {rp}   Kode bayar {billd}
""",
    ),
    T(
        "ocr_scan",
        "pbb_bphtb",
        """
SURAT PEMBERITAHUAN PAJAK TERHUTANG
PAJAK BUMI DAN BANGUNAN PERDESAAN DAN PERKOTAAN
TAHUN {thn}
NOP : {nop}
LETAK OBJEK PAJAK : {JL}
                    KEL. {KEL}
NAMA DAN ALAMAT WAJIB PAJAK :
[[n:{NM1}]]
[[a:{ALR1}]]
{KEL2}    KOTA KUPANG
BUMI      312 M2   NJOP/M2 {rp}
BANGUNAN   72 M2   NJOP/M2 {rp2}
PBB YANG HARUS DIBAYAR  {rp3}
TGL JATUH TEMPO  {tgd2}    KODE BAYAR {billd}
""",
    ),
    T(
        "ocr_scan",
        "npwp_registration",
        """
Lampiran permohonan aktivasi NPWP - hasil pindai KTP:
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{niko1}]]
Nama : [[n:{nmo1}]]
Tempat/Tgl Lahir : {TMP1}, {lahir1}
Jenis Kelamin : {jkl1}   Gol. Darah : -
Alamat : [[a:{AL1}]]
RT/RW : [[a:{rtc1}]]
Kel/Desa : {KEL}
Kecamatan : {KEC}
Agama : {agama1}
Status Perkawinan : KAWIN
Pekerjaan : {JOB1}
Kewarganegaraan : WNI
Berlaku Hingga : SEUMUR HIDUP
KOTA KUPANG {tgd1}
""",
    ),
    T(
        "ocr_scan",
        "npwp_registration",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npwpo1}]]
[[n:{nmo1}]]
NIK : [[nik:{nik1}]]
[[a:{ALR1}]]
{KEL} {KEC} KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar {tgd1}
www.pajak.go.id   Kring Pajak 1500200
""",
    ),
    T(
        "ocr_scan",
        "pbb_bphtb",
        """
BUKTI PENERIMAAN NEGARA
Kode Billing     : {bill}
NPWP             : [[npwp:{npwpd1}]]
Nama Wajib Pajak : [[n:{NM1}]]
Alamat           : [[a:{ALR1}]]
Akun/Jenis Setoran: {kap}
Uraian           : PPh final pengalihan hak atas tanah/bangunan
Masa Pajak       : {MASA}
Jumlah Setoran   : {rp}
NTB  : {ref}
NTPN : {ntpn}
STAN : {otp}
Tanggal Bayar : {tgd1} {jam1}
Bank Persepsi : {BNK}
""",
    ),
    T(
        "ocr_scan",
        "npwp_registration",
        """
BUKTI PENERIMAAN SURAT
KPP PRATAMA KUPANG
Nomor BPS         : PEM-{nnnnn}/KPP.2003/{thn}
Tanggal           : {tgd1} {jam1}
Nama Wajib Pajak  : [[n:{NM1}]]
NPWP              : [[npwp:{npwpl1}]]
Jenis Dokumen     : Permohonan EFIN / Reset akun Coretax
Penyampaian       : Langsung
Petugas TPT       : [[n:{NM2}]]
Dokumen diterima dalam keadaan lengkap.
""",
    ),
    T(
        "ocr_scan",
        "school_fund",
        """
BANK NTT
TRANSFER ANTAR BANK
TGL {tgd1}    JAM {jam1}
NO. REF       {ref}
DARI REK      {rekbntt}  KOMITE {SEK}
KE BANK       {BANK1}
KE REK        [[b:{rek1}]]
NAMA TUJUAN   [[n:{NM1}]]
JUMLAH        {RP}
BERITA        HONOR TUKANG PAGAR
SIMPAN STRUK INI SEBAGAI BUKTI TRANSAKSI YANG SAH
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
BUKTI PEMOTONGAN/PEMUNGUTAN PPh UNIFIKASI
NOMOR : {bupot}
A. IDENTITAS WAJIB PAJAK YANG DIPOTONG
A.1 NPWP  : [[npwp:{npwpo1}]]
A.2 NAMA  : [[n:{nmo1}]]
A.3 Keterangan: usaha perorangan penyewaan sound system
B. OBJEK PEMOTONGAN: Masa {MASA}, Kode Objek 24-100-01 (sewa harta), DPP 2.400.000, Tarif 2%, PPh 48.000
Dokumen dasar: kwitansi {kw} tanggal {tgd1}
C. IDENTITAS PEMOTONG
C.1 NPWP  : {bnpwpo1}
C.3 NAMA  : {CV}
C.5 NAMA PENANDATANGAN : [[n:{NM2}]]
""",
    ),
    T(
        "ocr_scan",
        "npwp_registration",
        """
FORMULIR PENDAFTARAN WAJIB PAJAK ORANG PRIBADI
(diisi dengan huruf cetak)
1. Nama sesuai KTP : [[n:{NM1}]]
2. NIK : [[nik:{nik1}]]
3. Nomor KK : [[kk:{kk1}]]
4. Tempat/Tanggal Lahir : {TMP1} / {lahir1}
5. Alamat : [[a:{ALR1}]]
6. No. HP : [[p:{hpo1}]]   Telp. rumah : [[p:{tel1}]]
7. Email : [[e:{emp1}]]
8. Sumber penghasilan : Usaha
9. KLU : {kbli}
10. Nomor Induk Berusaha : {nib}
Kupang, {tgd1}    Tanda tangan wajib pajak
""",
    ),
    T(
        "ocr_scan",
        "cooperative_umkm",
        """
{TOKO}
{JLB} KUPANG
TELP {otel}
NPWP {bnpwp1}
NOTA No. {kw}     {tgd1} {jam1}
SEMEN 50KG        10 x 72.000
PAKU 5CM           3 x 28.000
CAT TEMBOK 5KG     2 x 145.000
TOTAL             1.094.000
PEMBELI   : [[n:{NM1}]]
HP        : [[p:{hpo1}]]
ANTAR KE  : [[a:{AL1}]]
NPWP PEMBELI : [[npwp:{npwpd1}]]
TERIMA KASIH ATAS KUNJUNGAN ANDA
""",
    ),
    # without spans
    T(
        "ocr_scan",
        "cooperative_umkm",
        """
{WARUNG}
{JLB}
KUPANG - NTT
TELP/WA {biz}
NPWP : {bnpwpo1}
------------------------------
No.Nota : {kw}
Kasir   : 03      {tgd1} {jam1}
AIR MINERAL GALON     4 x 20.000
GULA PASIR 1KG        5 x 17.500
TOTAL                 167.500
TUNAI                 200.000
KEMBALI                32.500
------------------------------
BARANG YANG SUDAH DIBELI TIDAK DAPAT DIKEMBALIKAN
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak : {fp}
Pengusaha Kena Pajak
Nama   : {CV}
NPWP   : {bnpwpn1}
Pembeli Barang Kena Pajak
Nama   : {CV2}
Alamat : {JLB2}, KUPANG
NPWP   : {bnpwpo2}
NITKU  : {bnpwpt2}
1 PASIR BANGUNAN 10 DUMP   8.500.000
Dasar Pengenaan Pajak      7.791.667
PPN                          935.000
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
BUKTI PEMOTONGAN PPh PASAL 23
NOMOR : {bupot}
A.1 NPWP : {bnpwpn1}
A.2 NAMA : {CV}
B. Jasa konsultansi perencanaan, DPP {rpb}, tarif 2%, PPh {rp}
C.1 NPWP PEMOTONG : {bnpwpn2}
C.2 NAMA PEMOTONG : {CV2}
C.4 TANGGAL : {tgd1}
Kode billing setoran {bill}, NTPN {ntpn}
""",
    ),
    T(
        "ocr_scan",
        "procurement",
        """
SPT MASA PAJAK PERTAMBAHAN NILAI
MASA : {MASA}     PEMBETULAN KE- 0
NAMA PKP   : {CV}
NPWP       : {bnpwpo1}
ALAMAT     : {JLB}, KUPANG
I. PENYERAHAN BARANG DAN JASA
A. Terutang PPN     DPP 348.500.000    PPN 38.335.000
B. Pajak Masukan yang dapat diperhitungkan 21.450.000
C. PPN kurang bayar 16.885.000, disetor dengan NTPN {ntpn}
BPE nomor {ref}
""",
    ),
    T(
        "ocr_scan",
        "cooperative_umkm",
        """
BUKTI PENERIMAAN NEGARA
Kode Billing : {bill}
NPWP         : {bnpwpn1}
Nama         : {KOP}
Alamat       : {JLB}, KUPANG
Akun/Jenis   : {kap}
Masa Pajak   : {MASA}
Jumlah       : {rp}
NTPN         : {ntpn}
NTB          : {ref}
""",
    ),
    T(
        "ocr_scan",
        "npwp_registration",
        """
SPESIMEN KARTU NPWP
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : 00.000.000.0-000.000
NAMA WAJIB PAJAK
NIK : 0000000000000000
ALAMAT WAJIB PAJAK
KPP PRATAMA {KPP}
Tanggal Terdaftar 01/01/{thn}
(contoh tampilan kartu, bukan dokumen resmi) Kring Pajak 1500200
""",
    ),
    T(
        "ocr_scan",
        "pbb_bphtb",
        """
BANK NTT - BUKTI PEMBAYARAN PBB-P2
TANGGAL   : {tgd1} {jam1}
NOP       : {nop}
NAMA WP   : {GRJ}
TAHUN     : {thn}
KODE BAYAR: {billd}
POKOK     : {RP}
DENDA     : 0
TOTAL     : {RP}
NO. REF   : {ref}
STRUK INI MERUPAKAN BUKTI PEMBAYARAN YANG SAH
""",
    ),
    T(
        "ocr_scan",
        "payroll_withholding",
        """
HOTEL SASANDO INDAH
{JLB}, Kupang  Telp {otel}
NPWP {bnpwpo1}
INVOICE No. {kw}
Kepada : DINAS PARIWISATA KOTA KUPANG
NPWP   : {tnpwp1}
Sewa ruang rapat 2 hari          {rp}
Makan siang 40 pax               {rp2}
Pajak restoran 10% (NPWPD {pwpd}) {rp3}
Pembayaran ke rekening hotel {bnk} {rekb}
""",
    ),
    T(
        "ocr_scan",
        "cooperative_umkm",
        """
KWITANSI No. {kw}
Sudah terima dari : {SEK}
Uang sejumlah     : {rp}
Untuk             : pembelian 200 paket seragam batik
                    Kupang, {tgl1}
                    {KOP}
                    NPWP {bnpwp1}
                    Bagian Penjualan
Transfer ke rekening koperasi {bnk} {rekb}
""",
    ),
]

# ---- register: registers and tables of suppliers, members, recipients, businesses, tenants and payees
TEMPLATES += [
    T(
        "register",
        "procurement",
        """
DAFTAR PENYEDIA TERDAFTAR - DINAS PENDIDIKAN KOTA KUPANG TAHUN {thn}
No | Nama Penyedia | Bentuk | NPWP | Rekening | Kontak
1 | {CV} | Badan | {bnpwp1} | {bnk1} {rekb1} | {otel1}
2 | [[n:{nm1}]] | Perorangan | [[npwp:{npwpd1}]] | {bank1} [[b:{rek1}]] | [[p:{hp1}]]
3 | {KOP} | Koperasi | {bnpwp2} | {bnk2} {rekb2} | {biz2}
4 | [[n:{nm2}]] | Perorangan | [[npwp:{npwpn2}]] | {bank2} [[b:{rek2}]] | [[p:{hp2}]]
5 | {TOKO} | Badan | {bnpwp3} | {bnk3} {rekb3} | {biz3}
""",
    ),
    T(
        "register",
        "cooperative_umkm",
        """
No,Nama Anggota,NIK,NPWP,No HP,Simpanan Pokok
1,[[n:{NM1}]],[[nik:{nik1}]],[[npwp:{npwpd1}]],[[p:{hpb1}]],100000
2,[[n:{NM2}]],[[nik:{nik2}]],-,[[p:{hpb2}]],100000
3,[[n:{NM3}]],[[nik:{nik3}]],[[npwp:{npwpn3}]],[[p:{hpk3}]],100000
4,[[n:{NM4}]],[[nik:{nik4}]],[[npwp:{npwpb4}]],-,50000
""",
    ),
    T(
        "register",
        "village_grant",
        """
DAFTAR PENERIMA HIBAH ALAT PERTANIAN TAHUN {thn}
No | Nama Kelompok | Desa | Ketua | NIK Ketua | HP Ketua | Rekening Kelompok | Nilai
1 | Poktan Tunas Baru | {desa1} | [[n:{nm1}]] | [[nik:{nik1}]] | [[p:{hp1}]] | {bnk1} {rekb1} | {rp1}
2 | Poktan Harapan Sejahtera | {desa2} | [[n:{nm2}]] | [[nik:{nik2}]] | [[p:{hp2}]] | {bnk2} {rekb2} | {rp2}
3 | KWT Bunga Lontar | {desa3} | [[n:{nm3}]] | [[nik:{nik3}]] | [[p:{hp3}]] | {bnk3} {rekb3} | {rp3}
Catatan: NPWP kelompok wajib dilampirkan sebelum pencairan (contoh kelompok 1: {bnpwp1}).
""",
        F=(3,),
    ),
    T(
        "register",
        "school_fund",
        """
Rekap NPWP guru honor {SEK} (diminta bendahara)
1. [[n:{nm1}]] — [[npwp:{npwpn1}]]
2. [[n:{nm2}]] — [[npwp:{npwps2}]]
3. [[n:{nm3}]] — [[npwp:{npwpz3}]]
4. [[n:{nm4}]] — belum punya, NIK [[nik:{nik4}]]
5. [[n:{nm5}]] — [[npwp:{npwpd5}]]
Batas pengumpulan {tgl1}. NPWP sekolah {bnpwp1} jangan ditulis di kolom pribadi.
""",
    ),
    T(
        "register",
        "cooperative_umkm",
        """
DATA UMKM BINAAN KELURAHAN {KEL}
No;Nama Usaha;Pemilik;NIK Pemilik;NPWP;NIB;HP Pemilik;KBLI
1;Tenun Ikat Lontar Biru;[[n:{nm1}]];[[nik:{nik1}]];[[npwp:{npwpn1}]];{nib1};[[p:{hp1}]];{kbli1}
2;{CV};(badan usaha);-;{bnpwp1};{nib2};{biz2};{kbli2}
3;Jagung Bose Mama Flobamora;[[n:{nm2}]];[[nik:{nik2}]];-;{nib3};[[p:{hp2}]];{kbli3}
4;Bengkel Las Sinar Besi;[[n:{nm3}]];[[nik:{nik3}]];[[npwp:{npwpd3}]];{nib4};[[p:{hp3}]];{kbli4}
""",
    ),
    T(
        "register",
        "cooperative_umkm",
        """
DAFTAR PENYEWA KIOS PASAR INPRES NAIKOTEN BLOK C
No Kios | Nama Penyewa | NIK | HP | Retribusi/bulan | NPWPD
C-01 | [[n:{nm1}]] | [[nik:{nik1}]] | [[p:{hp1}]] | {rp1} | -
C-02 | [[n:{nm2}]] | [[nik:{nik2}]] | [[p:{hp2}]] | {rp2} | -
C-03 | {CV} | - | {biz3} | {rp3} | {pwpd}
C-04 | [[n:{nm3}]] | [[nik:{nik3}]] | - | {rp4} | -
Penagih: UPTD Pasar, telp {otel}
""",
    ),
    T(
        "register",
        "payroll_withholding",
        """
No,Nama,NIK,NPWP,Bank,No Rekening,Bruto,PPh21
1,[[n:{nm1}]],[[nik:{nik1}]],[[npwp:{npwpn1}]],{bank1},[[b:{rek1}]],2500000,0
2,[[n:{nm2}]],[[nik:{nik2}]],[[npwp:{npwpd2}]],{bank2},[[b:{rek2}]],3100000,18600
3,[[n:{nm3}]],[[nik:{nik3}]],,{bank3},[[b:{rek3}]],2500000,0
""",
    ),
    T(
        "register",
        "village_grant",
        """
DAFTAR KPM BLT DANA DESA {DESA} TAHAP {num}
No | Nama KPM | NIK | No KK | RT/RW | Dusun
1 | [[n:{NM1}]] | [[nik:{nik1}]] | [[kk:{kk1}]] | [[a:{rtc1}]] | I
2 | [[n:{NM2}]] | [[nik:{nik2}]] | [[kk:{kk2}]] | [[a:{rtc2}]] | II
3 | [[n:{NM3}]] | [[nik:{nik3}]] | [[kk:{kk3}]] | [[a:{rtc3}]] | II
Bantuan Rp 300.000 per bulan dibayar tunai dari rekening kas desa (Bank NTT {rekbntt}).
""",
        E=(2,),
    ),
    T(
        "register",
        "pbb_bphtb",
        """
DAFTAR HIMPUNAN KETETAPAN PAJAK (DHKP) PBB-P2 KEL. {KEL} TAHUN {thn}
No | NOP | Nama WP | Alamat WP | Letak Objek | PBB
1 | {nop1} | [[n:{NM1}]] | [[a:{AL1}]] | {JL1} | {rp1}
2 | {nop2} | {GRJ} | {JLB2} | {JL2} | {rp2}
3 | {nop3} | [[n:{NM2}]] | [[a:{AL2}]] | {JL3} | {rp3}
4 | {nop4} | {CV} | {JLB4} | {JL4} | {rp4}
""",
    ),
    T(
        "register",
        "payroll_withholding",
        """
DAFTAR PENERIMAAN HONOR NARASUMBER
Bimtek Pengelolaan Keuangan Desa, {tgl1}
No | Nama | Instansi | NPWP | Honor | PPh 21 | Rekening
1 | [[n:{nm1}]] | Inspektorat Kabupaten Kupang | [[npwp:{npwpd1}]] | {rp1} | 5% | {bank1} [[b:{rek1}]]
2 | [[n:{nm2}]] | KPP Pratama Kupang | [[npwp:{npwpn2}]] | {rp2} | 5% | {bank2} [[b:{rek2}]]
3 | [[n:{nm3}]] | Dinas PMD | [[npwp:{npwpd3}]] | {rp3} | 5% | {bank3} [[b:{rek3}]]
PPh disetor bendahara Dinas PMD (NPWP {tnpwp1}), NTPN {ntpn}.
""",
    ),
    T(
        "register",
        "banking_notary",
        """
SUSUNAN PENGURUS DAN PENGAWAS {KOP} (untuk pembukaan rekening)
Jabatan      Nama                      NIK                  NPWP
Ketua        [[n:{NM1}]]     [[nik:{nik1}]]     [[npwp:{npwpd1}]]
Sekretaris   [[n:{NM2}]]     [[nik:{nik2}]]     [[npwp:{npwpn2}]]
Bendahara    [[n:{NM3}]]     [[nik:{nik3}]]     [[npwp:{npwpd3}]]
Pengawas     [[n:{NM4}]]     [[nik:{nik4}]]     -
NPWP koperasi: {bnpwp1}. Rekening koperasi yang dibuka: {bnk} {rekb}.
""",
    ),
    T(
        "register",
        "banking_notary",
        """
DAFTAR NOMINATIF DEBITUR KUR MIKRO - UNIT PASAR OEBOBO
No | Nama Debitur | NIK | NPWP | No Rek | Plafon | Agunan
1 | [[n:{nm1}]] | [[nik:{nik1}]] | [[npwp:{npwpn1}]] | [[b:{rekbri1}]] | {rp1} | BPKB [[pl:{pl1}]]
2 | [[n:{nm2}]] | [[nik:{nik2}]] | [[npwp:{npwpd2}]] | [[b:{rekbri2}]] | {rp2} | -
3 | [[n:{nm3}]] | [[nik:{nik3}]] | - | [[b:{rekbri3}]] | {rp3} | BPKB [[pl:{pl3}]]
""",
    ),
    T(
        "register",
        "school_fund",
        """
Rekap iuran komite {SEK} - rombel B
No | Nama Siswa | Orang Tua | HP Orang Tua | Iuran | Ket
1 | [[n:{nm1}]] | [[n:{nm2}]] | [[p:{hp2}]] | {rpk1} | lunas
2 | [[n:{nm3}]] | [[n:{nm4}]] | [[p:{hp4}]] | {rpk2} | cicil 2x
3 | [[n:{nm5}]] | [[n:{nm6}]] | - | 0 | dispensasi
Transfer ke rekening komite Bank NTT {rekbntt} (a.n. Komite Sekolah).
""",
        Y=(1, 3, 5),
        fam={1: 2, 3: 4, 5: 6},
    ),
    T(
        "register",
        "payroll_withholding",
        """
REKAP BUKTI POTONG PPh 21 TIDAK FINAL
{CV} - NPWP {bnpwp1} - masa {MASA}
No | Nama Penerima | NPWP/NIK | No. Bukti Potong | Bruto | PPh
1 | [[n:{nm1}]] | [[npwp:{npwpn1}]] | {bupot1} | {rp1} | {rp2}
2 | [[n:{nm2}]] | [[npwp:{npwpd2}]] | {bupot2} | {rp3} | {rp4}
3 | [[n:{nm3}]] | [[npwp:{npwpm3}]] | {bupot3} | {rp5} | {rp6}
""",
    ),
    # without spans
    T(
        "register",
        "procurement",
        """
DAFTAR PENYEDIA BARANG/JASA (BADAN USAHA) - UKPBJ KOTA KUPANG
No | Nama Penyedia | NPWP | NIB | Rekening | Telp Kantor
1 | {CV1} | {bnpwp1} | {nib1} | {bnk1} {rekb1} | {otel1}
2 | {CV2} | {bnpwpn2} | {nib2} | {bnk2} {rekb2} | {otel2}
3 | {CV3} | {bnpwp3} | {nib3} | {bnk3} {rekb3} | {biz3}
4 | {TOKO} | {bnpwp4} | {nib4} | {bnk4} {rekb4} | {biz4}
""",
    ),
    T(
        "register",
        "npwp_registration",
        """
Instansi;Alamat;Telepon;Email
KPP Pratama Kupang;{jlb1};{otel1};kpp920@pajak.go.id
Bapenda Kota Kupang;{jlb2};{otel2};bapenda@kupangkota.go.id
DPMPTSP Kota Kupang;{jlb3};{otel3};dpmptsp@kupangkota.go.id
Dinas Koperasi dan UKM;{jlb4};{owa4};diskopukm@kupangkota.go.id
""",
    ),
    T(
        "register",
        "cooperative_umkm",
        """
REGISTER KOPERASI AKTIF KECAMATAN {KEC}
No | Nama Koperasi | Badan Hukum | NPWP | NIB | Anggota
1 | {KOP1} | {ahu1} | {bnpwp1} | {nib1} | 212
2 | {KOP2} | {ahu2} | {bnpwpn2} | {nib2} | 97
3 | {KOP3} | {ahu3} | {bnpwp3} | {nib3} | 154
""",
    ),
    T(
        "register",
        "pbb_bphtb",
        """
REKAP REALISASI PBB-P2 PER KELURAHAN s.d. {tgd1}
Kelurahan | Jumlah SPPT | SPPT lunas | Realisasi
{kel1} | 1.204 | {nnn1} | {rpb1}
{kel2} | 987 | {nnn2} | {rpb2}
{kel3} | 1.512 | {nnn3} | {rpb3}
Blok NOP belum terbayar terbanyak: {nop1} s.d. {nop2}
""",
    ),
    T(
        "register",
        "procurement",
        """
REGISTER FAKTUR PAJAK MASUKAN - {CV} - MASA {MASA}
No | Nomor Faktur | Tanggal | NPWP Penjual | Nama Penjual | DPP | PPN
1 | {fp1} | {tgd1} | {bnpwpn1} | {TOKO} | {rp1} | {rp2}
2 | {fp2} | {tgd2} | {bnpwpn2} | {CV2} | {rp3} | {rp4}
3 | {fp3} | {tgd3} | {bnpwpn3} | {KOP} | {rp5} | {rp6}
""",
    ),
    T(
        "register",
        "school_fund",
        """
BUKU PEMBANTU PAJAK BOS - {SEK}
Tgl | No Bukti | Uraian | Toko | NPWP Toko | PPN | PPh | NTPN
{tgd1} | {kw1} | ATK | {ATK1} | {bnpwp1} | {rp1} | {rp2} | {ntpn1}
{tgd2} | {kw2} | Bahan praktik | {TOKO2} | {bnpwp2} | {rp3} | {rp4} | {ntpn2}
{tgd3} | {kw3} | Konsumsi rapat | {RESTO3} | {bnpwp3} | - | {rp5} | {ntpn3}
""",
    ),
    T(
        "register",
        "village_grant",
        """
REKAP PENYALURAN DANA DESA KABUPATEN KUPANG TAHUN {thn} (SAMPEL)
Desa | Tahap | SP2D | Rekening Kas Desa | Jumlah
{desa1} | I | {spd1} | {rekbntt1} | {rpb1}
{desa2} | I | {spd2} | {rekbntt2} | {rpb2}
{desa3} | II | {spd3} | {rekbntt3} | {rpb3}
""",
    ),
    T(
        "register",
        "payroll_withholding",
        """
Masa;KAP-KJS;Kode Billing;NTPN;Jumlah;Bendahara
{MASA};{kap1};{bill1};{ntpn1};{rp1};{tnpwp1}
{MASA};{kap2};{bill2};{ntpn2};{rp2};{tnpwp1}
{MASA};{kap3};{bill3};{ntpn3};{rp3};{tnpwp2}
""",
    ),
    T(
        "register",
        "cooperative_umkm",
        """
REGISTER IZIN USAHA TERBIT - DPMPTSP KOTA KUPANG - {MASA}
No | Nomor Izin | NIB | Nama Usaha | KBLI | Kelurahan
1 | 503/{nnnn1}/DPMPTSP/{thn} | {nib1} | {CV1} | {kbli1} | {kel1}
2 | 503/{nnnn2}/DPMPTSP/{thn} | {nib2} | {KOP} | {kbli2} | {kel2}
3 | 503/{nnnn3}/DPMPTSP/{thn} | {nib3} | {TOKO} | {kbli3} | {kel3}
""",
    ),
]

# ---- lapor: LAPOR! complaints about tax services, PBB, BPHTB and business licences
TEMPLATES += [
    T(
        "lapor",
        "npwp_registration",
        """
Judul: NPWP ditolak bank padahal sudah padan
Isi Laporan: Yth. Admin LAPOR. Saya [[n:{nm1}]], NIK [[nik:{nik1}]]. Sudah 3 minggu sy coba ajukan KUR di {bnk} tapi ditolak dgn alasan "NPWP tidak valid". Padahal NPWP saya [[npwp:{npwpn1}]] sudah dipadankan di Coretax tgl {tgl1}. Sudah 2x ke KPP Pratama Kupang, disuruh telpon Kring Pajak 1500200 tp tidak pernah masuk. Mohon dibantu. HP/WA [[p:{hp1}]].
Kategori: Perpajakan
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor",
        "pbb_bphtb",
        """
Judul: SPPT PBB rumah saya atas nama tetangga
Isi Laporan: Selamat siang. SPPT PBB tahun {thn} utk rumah saya di [[a:{alr1}]] Kel. {kel} tertulis atas nama [[n:{nm2}]], tetangga sebelah, padahal tanah ini bersertifikat atas nama saya sejak {thn3}. NOP {nop}, tagihan {rp}. Sy sdh ke Bapenda tp disuruh bawa surat keterangan dari lurah dulu. Mohon dibetulkan supaya sy bisa bayar atas nama sendiri.
Pelapor: [[n:{nm1}]] (WA [[p:{hp1}]])
""",
    ),
    T(
        "lapor",
        "pbb_bphtb",
        """
Judul: Validasi BPHTB lambat
Isi Laporan: Sy beli tanah di Kel. {kel} bulan lalu. Notaris/PPAT Ibu [[n:{nm2}]], S.H. bilang SSPD BPHTB ({sspd}) sudah diajukan ke Bapenda sejak {tgl1} dan kode bayar {billd} sudah sy lunasi {rp}. Sampai hari ini belum divalidasi shg akta tidak bisa didaftarkan ke BPN. NPWP saya [[npwp:{npwp1}]]. Tolong ditindaklanjuti.
[[n:{nm1}]] - [[p:{hp1}]]
""",
    ),
    T(
        "lapor",
        "cooperative_umkm",
        """
Judul: Tidak bisa buat NIB di OSS
Isi Laporan: Sy mau urus NIB utk warung makan (usaha perorangan) tp OSS minta NPWP. Sy isi NPWP usaha perorangan [[npwp:{npwpn1}]] (sama dgn NIK sy) tapi keluar "data tidak ditemukan". Petugas DPMPTSP bilang tunggu sinkronisasi, sudah 2 minggu. No. permohonan OSS {ref}.
Nama: [[n:{nm1}]]
HP: [[p:{hp1}]]
Alamat usaha: [[a:{al1}]] (depan rumah)
""",
    ),
    T(
        "lapor",
        "npwp_registration",
        """
Judul: Petugas minta uang untuk aktivasi EFIN
Isi Laporan: Tgl {tgl1} sy ke loket TPT KPP utk minta EFIN. Petugas loket bernama [[n:{nm2}]] (papan nama di meja) bilang prosesnya lama, kalau mau cepat bayar {rpk}. Dia kasih nomor WA pribadinya [[p:{hp2}]] supaya sy kirim bukti transfer. Sy tidak bayar. Mohon ditindak. Sy [[n:{nm1}]], HP [[p:{hp1}]], NPWP [[npwp:{npwpd1}]].
""",
    ),
    T(
        "lapor",
        "payroll_withholding",
        """
Judul: Bukti potong tidak diberikan perusahaan
Isi Laporan: Sy karyawan {cv} (NPWP perusahaan {bnpwp1}). Sampai sekarang bukti potong 1721-A1 tahun {thn2} belum diberikan, padahal gaji sy dipotong PPh 21 tiap bulan. Akibatnya SPT sy belum bisa dilaporkan. NPWP sy [[npwp:{npwpd1}]].
Mohon KPP menegur perusahaan.
Pelapor: [[n:{nm1}]], [[p:{hp1}]]
""",
    ),
    T(
        "lapor",
        "npwp_registration",
        """
Judul: Kring Pajak tidak bisa dihubungi
Isi Laporan: Sudah seminggu sy telpon 1500200 tdk pernah tersambung, dan email ke pengaduan@pajak.go.id tdk dibalas (tiket {tiket}). Sy hanya mau tanya kenapa NPWP sy [[npwp:{npwps1}]] masih muncul status non efektif padahal SPT sy lapor terus. Tolong ada yg hubungi sy di [[p:{hp1}]]. Trims. - [[n:{nm1}]]
""",
    ),
    T(
        "lapor",
        "school_fund",
        """
Judul: Honor guru honor dipotong pajak dua kali
Isi Laporan: Sy guru honor di {sek}. Honor bulan {masa} dipotong PPh 21 dua kali: sekali oleh bendahara BOS dan sekali lagi oleh bendahara komite. Bukti potongnya dua: {bupot1} dan {bupot2}. NPWP sy [[npwp:{npwpn1}]]. Sy sdh tanya ke kepala sekolah tapi disuruh tunggu. Mohon Dinas Pendidikan periksa.
[[n:{nm1}]] / [[p:{hp1}]]
""",
    ),
    T(
        "lapor",
        "village_grant",
        """
Judul: Dana BUMDes dipakai untuk kepentingan pribadi
Isi Laporan: Sy [[n:{nm1}]], warga [[a:{rt1}]] Desa {desa}. Kepala Desa [[n:{nm2}]] memindahkan dana BUMDes dari rekening BUMDes ({bnk} {rekb}) ke rekening pribadi istrinya. Laporan keuangan BUMDes (NPWP {bnpwp1}) tidak pernah diumumkan sejak {thn3}. Mohon Inspektorat turun memeriksa. HP sy [[p:{hp1}]].
""",
    ),
    T(
        "lapor",
        "pbb_bphtb",
        """
Judul: SPPT masih atas nama almarhum ayah
Isi Laporan: SPPT PBB rumah kami di [[a:{alr1}]] masih atas nama almarhum bapa [[n:{nm2}]] (NPWP [[npwp:{npwpd2}]]). Kami ahli waris sudah ajukan mutasi ke Bapenda sejak {tgl1} dengan lampiran surat waris dan akta kematian, tapi SPPT tahun {thn} keluar dengan nama yang sama dan tagihan naik. NOP {nop}.
Pelapor: [[n:{nm1}]] (anak), WA [[p:{hp1}]]
""",
        M=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "lapor",
        "npwp_registration",
        """
Judul: Ditelpon orang mengaku petugas pajak
Isi Laporan: Kemarin sy ditelpon nomor {scam} yang mengaku petugas KPP, katanya NPWP sy akan diblokir kalau tidak update data. Sy sudah terlanjur sebut NPWP sy [[npwp:{npwpn1}]] dan tgl lahir. Dia minta kode OTP tapi sy tidak kasih. Apakah NPWP sy aman? Mohon KPP konfirmasi. Sy [[n:{nm1}]], [[p:{hp1}]].
""",
    ),
    T(
        "lapor",
        "banking_notary",
        """
Judul: KUR ditolak karena data SIKP
Isi Laporan: Pengajuan KUR sy di {bnk} ditolak krn di SIKP kolom "NIK/NPWP: [[nik:{nik1}]]" katanya tidak cocok dgn nama. Nama sy di KTP [[n:{nm1}]], tapi di SIKP tertulis "[[n:{nmx1}]]". Sy sudah ke Dukcapil, data benar. Mohon dibantu perbaikan. No. KK [[kk:{kk1}]]. HP [[p:{hp1}]].
""",
    ),
    T(
        "lapor",
        "cooperative_umkm",
        """
Judul: SHU koperasi tidak dibayar
Isi Laporan: Sy anggota {kop} sejak {thn3}. SHU tahun buku {thn2} belum dibagikan padahal RAT sudah lewat. Pengurus bilang dana ditahan untuk bayar pajak koperasi (NPWP koperasi {bnpwp1}). Mohon Dinas Koperasi periksa. SHU sy mohon ditransfer ke rekening sy {bank1} [[b:{rek1}]] a.n. [[n:{nm1}]]. NIK [[nik:{nik1}]], HP [[p:{hp1}]].
""",
    ),
    T(
        "lapor",
        "npwp_registration",
        """
NPWP SY YG LAMA [[npwp:{npwpd1}]] APA MSH BERLAKU? KATANYA SKRG PAKAI NIK [[npwp:{npwpn1}]]. SY MAU LAPOR SPT TP TDK BISA LOGIN. MOHON INFO. [[n:{NM1}]] [[p:{hpb1}]]
""",
    ),
    # without spans
    T(
        "lapor",
        "pbb_bphtb",
        """
Judul: Kenaikan PBB tidak wajar
Isi Laporan: Kami menyampaikan keluhan warga RT 05 sampai RT 09 Kel. {kel} yang keberatan dengan kenaikan PBB tahun {thn}. Contoh NOP {nop1} naik dari Rp 275.000 menjadi Rp 640.000, NOP {nop2} naik dari Rp 410.000 menjadi Rp 1.120.000. Tidak ada sosialisasi penilaian ulang NJOP. Mohon Bapenda jelaskan.
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor",
        "cooperative_umkm",
        """
Judul: Sistem OSS error terus
Isi Laporan: Sejak {tgl1} permohonan izin usaha tidak bisa dikirim, muncul kode error 500. Sudah dicoba dengan tiga NIB berbeda ({nib1}, {nib2}, {nib3}). WA layanan DPMPTSP {owa} hanya balas otomatis. Mohon perbaikan.
Kategori: Perizinan
""",
    ),
    T(
        "lapor",
        "npwp_registration",
        """
Judul: SMS penipuan atas nama Ditjen Pajak
Isi Laporan: Banyak warga terima SMS dari nomor {scam1} dan {scam2}: "NPWP Anda terkena denda Rp 2.500.000, segera bayar dengan kode billing {bill} sebelum diblokir, klik link ...". Ini penipuan, kode billing palsu. Mohon KPP umumkan.
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor",
        "npwp_registration",
        """
Tanggapan Admin KPP Pratama Kupang ({tgl1}):
Terima kasih atas laporan Saudara (tiket {tiket}). NPWP 15 digit tetap berlaku sampai pemadanan selesai; NPWP badan ditulis 16 digit dengan angka 0 di depan, contoh 0123456789920000. Untuk kendala login silakan datang ke TPT KPP, {jlb}, telp. {otel}, atau hubungi Kring Pajak 1500200.
Status: Selesai
""",
    ),
    T(
        "lapor",
        "procurement",
        """
Judul: Pembayaran pekerjaan belum dibayar
Isi Laporan: Kami dari {cv} (NPWP {bnpwp1}) telah menyelesaikan pekerjaan kontrak {spk} dan BAST sudah ditandatangani tanggal {tgl1}. Tagihan {rpb} dengan faktur pajak {fp} sampai sekarang belum dibayar, SPM katanya tertahan di BPKAD. Mohon kejelasan.
Kategori: Keuangan Daerah
""",
    ),
    T(
        "lapor",
        "pbb_bphtb",
        """
Judul: Aplikasi e-BPHTB tidak bisa cetak SSPD
Isi Laporan: Aplikasi e-BPHTB sejak {tgl1} tidak bisa mencetak SSPD. Nomor pengajuan {sspd1} dan {sspd2} statusnya "menunggu" terus, kode bayar tidak muncul. Kantor PPAT kami sudah telpon Bapenda {otel} tapi tidak ada jawaban.
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor",
        "school_fund",
        """
Judul: Pemotongan honor tanpa bukti
Pelapor: Dirahasiakan
Isi Laporan: Bendahara {sek} (NIP {nip}) memotong honor guru honor 10% dengan alasan pajak, tapi tidak pernah memberikan bukti potong. Setoran dengan NTPN {ntpn} yang ditunjukkan ternyata untuk masa {masa} tahun lalu. Mohon Inspektorat periksa.
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor",
        "pbb_bphtb",
        """
Judul: Bayar PBB lewat VA tidak tercatat
Isi Laporan: Pembayaran PBB dengan VA {va} tanggal {tgl1} jam {jam1} sebesar {rp} sudah terpotong dari rekening (No. Ref {ref}) tapi di e-PBB NOP {nop} masih tertunggak. Call center Bank NTT 1500012 minta tunggu 3x24 jam, sudah lewat.
Nomor Tiket: {tiket}
""",
    ),
    T(
        "lapor",
        "cooperative_umkm",
        """
Judul: Pencairan dana bergulir untuk koperasi tertunda
Isi Laporan: {KOP} (NPWP {bnpwp1}, NIK koperasi {nikop}) sudah lolos verifikasi dana bergulir LPDB sejak {tgl1}. Rekening koperasi {bnk} {rekb} sudah diverifikasi, tapi dana belum cair. Mohon Dinas Koperasi bantu koordinasi.
Pelapor: Pengurus {kop}
""",
    ),
]

# ---- wa_chat: WhatsApp chats with a tax officer, a notary, a consultant, a treasurer
TEMPLATES += [
    T(
        "wa_chat",
        "npwp_registration",
        """
{ts1} [[n:{nm1}]]: Selamat pagi Ibu [[n:{gn2}]], maaf ganggu. Sy mau tanya NPWP sy [[npwp:{npwpd1}]] kok di Coretax muncul "belum padan"?
{ts2} [[n:{nm2}]]: Pagi Pak. Coba kirim NIK Bapak, nanti sy cek di sistem.
{ts3} [[n:{nm1}]]: [[nik:{nik1}]]
{ts4} [[n:{nm2}]]: Sudah sy cek. Tanggal lahir di data lama beda dengan Dukcapil. Bapak datang ke kantor bawa KTP asli ya, ke meja AR lantai 2.
{ts5} [[n:{nm1}]]: Siap Ibu, terima kasih. EFIN sy yg lama {efin} masih bisa dipakai?
{ts6} [[n:{nm2}]]: Masih Pak, tapi login sekarang pakai NIK.
""",
        M=(1,),
    ),
    T(
        "wa_chat",
        "banking_notary",
        """
{ts1} Admin Notaris Kelapa Lima: Selamat siang Bapak, untuk tanda tangan AJB besok mohon kirim foto KTP, KK dan NPWP penjual dan pembeli.
{ts2} [[n:{nm1}]]: Siang. Ini data sy (pembeli): NIK [[nik:{nik1}]], NPWP [[npwp:{npwpn1}]]. Istri sy [[n:{nm2}]], NIK [[nik:{nik2}]].
{ts3} [[n:{nm1}]]: KK kami [[kk:{kk1}]]
{ts4} Admin Notaris Kelapa Lima: Baik Pak. Penjual a.n. [[n:{nm3}]] sudah kirim NPWP [[npwp:{npwpd3}]]. Kode bayar BPHTB sy kirim setelah validasi, kira-kira {rp}.
{ts5} Admin Notaris Kelapa Lima: BPHTB dibayar ke Bank NTT pakai kode bayar ya Pak, jangan transfer ke rekening kantor.
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "wa_chat",
        "school_fund",
        """
{ts1} Bendahara Sekolah: Selamat siang bapak ibu guru honor, mohon kirim NPWP untuk bukti potong tahunan. Yg belum punya kirim NIK saja.
{ts2} [[n:{nm1}]]: [[npwp:{npwpn1}]] ibu
{ts3} [[n:{nm2}]]: Sy punya yg lama ibu: [[npwp:{npwpd2}]]
{ts4} [[n:{nm3}]]: Sy blm punya NPWP, pakai NIK sj boleh? [[nik:{nik3}]]
{ts5} Bendahara Sekolah: Boleh. Terima kasih semua 🙏
""",
    ),
    T(
        "wa_chat",
        "npwp_registration",
        """
{ts1} [[n:{nm1}]]: Kak, ini NPWP suami sy [[npwp:{npwpd2}]] a.n. [[n:{nm2}]]. Sy ikut NPWP suami jadi tdk lapor sendiri kan?
{ts2} [[n:{nm3}]]: Betul Kak, statusnya KK. Bukti potong dari {cv} tolong difoto juga ya.
{ts3} [[n:{nm1}]]: Ok. Nomor bukti potongnya {bupot}.
{ts4} [[n:{nm3}]]: Sip, nanti sy input. Biaya jasa {rpk} transfer ke rekening kantor {kkp} saja.
""",
        F=(1,),
        M=(2,),
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "npwp_registration",
        """
{ts1} [[n:{nm1}]]: Pak, SPT {thn2} Bapak lebih bayar {rp}. Mau minta restitusi atau kompensasi ke tahun depan?
{ts2} [[n:{nm2}]]: Restitusi saja Bu. Rekening sy {bank2} [[b:{rek2}]] a.n. [[n:{nm2}]].
{ts3} [[n:{nm1}]]: Baik. Nanti petugas KPP mungkin telpon Bapak utk konfirmasi, nomor Bapak masih [[p:{hp2}]] kan?
{ts4} [[n:{nm2}]]: Masih Bu. Kalau tdk angkat telpon ke istri sy [[p:{hp3}]].
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "wa_chat",
        "pbb_bphtb",
        """
{ts1} [[n:{nm1}]]: Sore Ibu [[n:{gn2}]]. PPh final penjualan tanah sy sudah sy bayar, NTPN {ntpn}.
{ts2} [[n:{nm2}]]: Terima kasih Pak. Nanti di BPN dicek pakai NPWP Bapak [[npwp:{npwp1}]]. Kalau istri punya NPWP tolong difoto juga.
{ts3} [[n:{nm1}]]: Istri sy tdk punya, dia ikut sy.
{ts4} [[n:{nm2}]]: Baik. PNBP balik nama dengan kode billing {bill} sudah kami bayar dari kantor.
""",
        M=(1,),
    ),
    T(
        "wa_chat",
        "cooperative_umkm",
        """
{ts1} [[n:{nm1}]]: Teman2 pengurus, {bnk} minta NPWP pribadi kita semua utk rekening pinjaman koperasi. NPWP koperasi {bnpwp1} sudah sy kasih.
{ts2} [[n:{nm2}]]: Punya sy [[npwp:{npwpn2}]]
{ts3} [[n:{nm3}]]: [[npwp:{npwpd3}]] ini yg lama, yg baru sama dgn NIK: [[npwp:{npwpn3}]]
{ts4} [[n:{nm1}]]: Sip, makasih. Tinggal Pak Bendahara.
""",
    ),
    T(
        "wa_chat",
        "village_grant",
        """
{ts1} Bendahara Desa {desa}: Bapak Kades, NPWP bendahara desa {tnpwp1} su diblokir karena SPT masa belum lapor 3 bulan.
{ts2} [[n:{nm1}]]: Urus di KPP sudah. Kalau mereka minta NPWP pribadi sy, kasih ini: [[npwp:{npwpn1}]].
{ts3} Bendahara Desa {desa}: Siap Pak. Kode billing dendanya {bill}, {rp}.
{ts4} [[n:{nm1}]]: Bayar pakai dana operasional, jangan pakai rekening kas desa.
""",
        M=(1,),
    ),
    T(
        "wa_chat",
        "procurement",
        """
{ts1} [[n:{nm1}]]: Selamat siang Pak PPK. Tagihan pengadaan kursi sudah sy masukkan. NPWP pribadi sy [[npwp:{npwpd1}]], rekening {bank1} [[b:{rek1}]] a.n. sy sendiri.
{ts2} PPK Disdik: Siang. Dokumen lengkap, tinggal faktur. Bapak belum PKP?
{ts3} [[n:{nm1}]]: Belum Pak, omzet masih kecil.
{ts4} PPK Disdik: Ok, nanti dipotong PPh 22 saja, bukti potong menyusul.
""",
        M=(1,),
    ),
    T(
        "wa_chat",
        "npwp_registration",
        """
{ts1} [[p:{hpi1}]]: Selamat pagi, sy [[n:{nm1}]]. Mau tanya, kartu NPWP sy hilang. Nomornya [[npwp:{npwpd1}]]. Bisa cetak ulang?
{ts2} WA Center KPP Pratama Kupang: Selamat pagi. Kartu NPWP dapat dicetak sendiri melalui Coretax. Bila perlu bantuan silakan ke TPT atau hubungi {otel}.
{ts3} [[p:{hpi1}]]: Terima kasih.
""",
    ),
    T(
        "wa_chat",
        "npwp_registration",
        """
{ts1} [[n:{nm1}]]: Mama, beta su daftar mama pung akun Coretax.
{ts2} mama: Trus NPWP mama yg lama tu?
{ts3} [[n:{nm1}]]: Su sonde pake. Sekarang NPWP mama sama deng NIK, [[npwp:{npwpn2}]]. Kode verifikasi masuk ke email [[e:{em2}]] deng HP mama [[p:{hp2}]].
{ts4} mama: Ok nona, makasih e.
""",
        F=(1, 2),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "payroll_withholding",
        """
{ts1} [[n:{nm1}]]: Selamat siang Pak, sewa ruko tahun ini sudah kami transfer {rp} setelah potong PPh final 10%. Bukti potong a.n. Bapak nomor {bupot}, NPWP Bapak yang kami pakai [[npwp:{npwpd2}]].
{ts2} [[n:{nm2}]]: Terima kasih. Tolong kirim juga NPWP {cv} untuk arsip sy.
{ts3} [[n:{nm1}]]: {bnpwp1} Pak.
{ts4} [[n:{nm2}]]: Ok, diterima.
""",
        M=(2,),
    ),
    T(
        "wa_chat",
        "banking_notary",
        """
{ts1} [[p:{hpi1}]]: Selamat malam Ibu notaris, maaf ganggu. Sy [[n:{nm1}]], anak dari Bapak [[n:{nm2}]] yang jual tanah di {kel}. Bapa minta sy kirim NPWP bapa: [[npwp:{npwpd2}]].
{ts2} [[n:{nm3}]]: Malam. Terima kasih, sudah sy terima. KTP bapa juga ya.
{ts3} [[p:{hpi1}]]: Baik ibu, besok sy antar ke kantor.
""",
        F=(3,),
        fam={1: 2},
    ),
    T(
        "wa_chat",
        "npwp_registration",
        """
{ts1} [[n:{nm1}]]: Pak [[n:{gn2}]], sy terima STP nomor {skp}, denda telat lapor SPT {rpk}. Padahal sy lapor tepat waktu, BPE sy nomor {ref}.
{ts2} [[n:{nm2}]]: Sebentar Ibu, sy cek dulu pakai NPWP Ibu [[npwp:{npwpn1}]].
{ts3} [[n:{nm2}]]: Benar Ibu sudah lapor tgl {tgd1}. STP akan dibatalkan secara jabatan. Silakan abaikan kode billing {bill}.
{ts4} [[n:{nm1}]]: Puji Tuhan, terima kasih Pak.
""",
        F=(1,),
    ),
    # without spans
    T(
        "wa_chat",
        "npwp_registration",
        """
{ts1} WA Center KPP Pratama Kupang: Yth. Wajib Pajak, layanan tatap muka TPT KPP Pratama Kupang buka {jk}. Pembuatan kode billing dapat dilakukan mandiri (contoh kode billing {bill}). Kartu NPWP lama tetap berlaku, contoh format 09.876.543.2-920.000 atau 16 digit 0098765432920000 untuk badan.
{ts2} WA Center KPP Pratama Kupang: Hati-hati penipuan mengatasnamakan DJP dari nomor {scam}. Kring Pajak 1500200.
""",
    ),
    T(
        "wa_chat",
        "procurement",
        """
{ts1} Keuangan {CV}: Faktur pajak utk Dinkes sudah terbit, nomor {fp}.
{ts2} Admin Gudang: Surat jalan {kw} sudah ditandatangani PPK.
{ts3} Keuangan {CV}: NPWP kita yg dipakai {bnpwpn1}, jangan pakai yang 15 digit lagi.
{ts4} Direktur {CV}: Ok. Tagihan {rpb} masuk rekening {rekb} ya.
""",
    ),
    T(
        "wa_chat",
        "school_fund",
        """
{ts1} Bendahara BOS {SEK}: PPh 22 belanja ATK sudah disetor, NTPN {ntpn}.
{ts2} Operator {SEK}: ARKAS sudah sy update. Kode billing PPN {bill}.
{ts3} Kepsek {SEK}: Bukti potong honor narasumber nomor {bupot} jangan lupa diunggah.
{ts4} Bendahara BOS {SEK}: Siap. Saldo rekening BOS per hari ini {rpb}.
""",
    ),
    T(
        "wa_chat",
        "npwp_registration",
        """
*Diteruskan berkali-kali*
PENGUMUMAN DITJEN PAJAK: NPWP yang belum dipadankan akan DIBLOKIR tanggal {tgl1}. Segera aktivasi melalui link djp-aktivasi.xyz atau hubungi petugas di {scam1} / {scam2}. Biaya aktivasi {rp}, kode billing dikirim lewat WA.
{ts1} mama: Ini betul ko?
{ts2} tanta: Tipu itu mama. Pajak sonde pernah minta transfer. Lapor ke 1500200 sa.
""",
    ),
    T(
        "wa_chat",
        "cooperative_umkm",
        """
{ts1} Sekretariat {KOP}: Selamat pagi Klinik UMKM. Nomor Induk Koperasi kami {nikop}, NPWP {bnpwp1}. Mohon dibantu verifikasi ODS.
{ts2} Klinik UMKM Diskop Kota Kupang: Pagi. NIB koperasi {nib} sudah terhubung. Silakan unggah laporan RAT paling lambat {tgl1}.
{ts3} Sekretariat {KOP}: Terima kasih.
""",
    ),
    T(
        "wa_chat",
        "banking_notary",
        """
{ts1} Admin Notaris Oebobo: Selamat pagi, mohon info hasil pengecekan SHM No. {shm} NIB bidang {nibt}.
{ts2} Loket Pengecekan BPN: Pagi. Sudah selesai, tidak ada catatan blokir. Berkas bisa diambil, nomor berkas {nnnnn}/{thn}.
{ts3} Admin Notaris Oebobo: Baik, terima kasih. PNBP kode billing {bill} sudah dibayar.
""",
    ),
    T(
        "wa_chat",
        "village_grant",
        """
{ts1} Admin Desa {desa}: Info BLT DD bulan ini: Dusun I 16 KPM, Dusun II 21 KPM, Dusun III 11 KPM, masing-masing {rp}.
{ts2} Admin Desa {desa}: Pencairan dari rekening kas desa Bank NTT {rekbntt} hari {hari1}, {tgl1} jam {jam1} di kantor desa.
{ts3} Admin Desa {desa}: Bawa KTP dan KK asli. Info: kantor desa {owa}.
""",
    ),
    T(
        "wa_chat",
        "pbb_bphtb",
        """
{ts1} mama: Selamat siang, mau tanya PBB rumah NOP {nop}, tagihan tahun ini berapa?
{ts2} WA Layanan Bapenda Kota Kupang: Siang Ibu. Tagihan {thn} {rp}, kode bayar {billd}. Bisa dibayar di Bank NTT atau VA 8808{idpel}.
{ts3} mama: Kalau tahun {thn2} masih ada tunggakan?
{ts4} WA Layanan Bapenda Kota Kupang: Tidak ada Ibu, sudah lunas tgl {tgd1}.
""",
    ),
]

# ---- social_post: Facebook posts, pages and comment threads
TEMPLATES += [
    T(
        "social_post",
        "npwp_registration",
        """
[[n:{nm1}]]
3 jam ·
Mau tanya, ada yg pernah alami NPWP 15 digit tdk bisa dipakai login Coretax? NPWP sy [[npwp:{npwpd1}]] sdh sy padankan tp tetap gagal. Ke KPP antri panjang 😩
Komentar:
[[n:{nl2}]]: sama kak, sy juga. akhirnya pake NIK langsung bisa
kupang_info_pajak: Coba reset di menu lupa kata sandi kak, kode dikirim ke email terdaftar.
[[n:{nm3}]]: Kak [[n:{gn1}]] datang sa ke TPT pagi2 jam 7, antrian masih sepi.
""",
    ),
    T(
        "social_post",
        "pbb_bphtb",
        """
[[n:{nm1}]] ▸ Jual Beli Tanah & Rumah Kupang
DIJUAL TANAH SHM 15x20 m di Kel. {kel}, dekat jalan aspal. Harga {rpb} nego. Surat lengkap, PBB lunas (NOP {nop}). Pemilik langsung, bukan makelar. Hub/WA [[p:{hp1}]] ([[n:{gn1}]]).
Komentar:
[[n:{nm2}]]: BPHTB ditanggung siapa kak?
[[n:{nm1}]]: BPHTB pembeli kak, PPh final penjual sy yg tanggung.
""",
    ),
    T(
        "social_post",
        "npwp_registration",
        """
[[n:{nm1}]]
Bantu isi SPT Tahunan pribadi & UMKM, aktivasi Coretax, pemadanan NIK-NPWP. Sy mantan staf konsultan pajak, sekarang terima jasa sendiri di rumah ([[a:{al1}]], Kel. {kel}). Biaya mulai {rpk}. WA [[p:{hp1}]]. Sy tidak minta OTP atau password ya 🙏
Komentar:
[[n:{nm2}]]: Sudah sy WA kak.
""",
    ),
    T(
        "social_post",
        "npwp_registration",
        """
[[n:{nm1}]] ▸ INFO KUPANG TERKINI
Hati-hati, ada yg telpon pakai nomor {scam} mengaku dari kantor pajak, bilang NPWP mau diblokir kalau tidak bayar {rp}. Mama sy hampir transfer.
Komentar:
[[n:{nm2}]]: Sy juga dapat kak, dari {scam2}. Untung sy tanya ke adik sy [[n:{gn3}]] yg kerja di KPP, katanya penipuan.
[[n:{nl4}]]: langsung blokir sa
""",
    ),
    T(
        "social_post",
        "npwp_registration",
        """
KPP Pratama Kupang
1 hari ·
Mulai {tgl1}, NPWP orang pribadi menggunakan NIK. Cek status padan NIK di Coretax. Info: Kring Pajak 1500200.
Komentar:
[[n:{nm1}]]: Min, NPWP sy [[npwp:{npwpd1}]] kenapa status non efektif? tolong dicek 🙏
KPP Pratama Kupang: Selamat siang Kak, mohon tidak menulis NPWP di kolom komentar. Silakan kirim pesan langsung atau hubungi Kring Pajak.
[[n:{nl2}]]: sy juga min, NIK [[nik:{nik2}]] tdk bisa padan
""",
    ),
    T(
        "social_post",
        "banking_notary",
        """
[[n:{nm1}]] ▸ INFO KUPANG
Ditemukan dompet coklat di depan Bank NTT {jl} tadi pagi. Isi: KTP a.n. [[n:{NM2}]] NIK [[nik:{nik2}]], kartu NPWP [[npwp:{npwpd2}]], kartu ATM {bank2}. Yang merasa memiliki hubungi sy [[p:{hp1}]]. Mohon bantu share.
Komentar:
[[n:{nm3}]]: Itu sy pung om, sy kasih tau dia sekarang. Makasih kak [[n:{gn1}]] 🙏
""",
        M=(2,),
    ),
    T(
        "social_post",
        "cooperative_umkm",
        """
Dinas Koperasi dan UKM Kota Kupang
Yuk dukung UMKM binaan kita!
1. Tenun ikat motif Amarasi — [[n:{nm1}]], WA [[p:{hp1}]]
2. Se'i babi & sambal lu'at — [[n:{nm2}]], WA [[p:{hp2}]]
3. Kue rambut & kompiang — [[n:{nm3}]], WA [[p:{hp3}]]
Semua sudah punya NIB. Konsultasi klinik UMKM: {owa}.
""",
    ),
    T(
        "social_post",
        "npwp_registration",
        """
TP PKK Kelurahan {kel}
Pendampingan gratis aktivasi Coretax untuk ibu-ibu pelaku usaha, {hari1} {tgl1} jam 09.00 di aula kelurahan. Bawa KTP, KK dan HP aktif. Pendaftaran ke Ibu [[n:{nm1}]] ([[p:{hp1}]]).
Komentar:
[[n:{nm2}]]: Ibu, sy daftar 2 orang e, sy deng mama mantu.
""",
    ),
    T(
        "social_post",
        "pbb_bphtb",
        """
[[n:{nm1}]]
Sudah 5 bulan sertifikat sy tertahan di kantor notaris [[n:{nm2}]] di {jl}. BPHTB sudah lunas ({sspd}), PPh final juga (NTPN {ntpn}). Tiap sy tanya alasannya BPN belum selesai. Ada yg pernah alami?
Komentar:
[[n:{nm3}]]: Lapor ke Majelis Pengawas Notaris kak.
[[n:{nl4}]]: coba cek di aplikasi Sentuh Tanahku pakai nomor berkas
""",
    ),
    T(
        "social_post",
        "pbb_bphtb",
        """
[[n:{nm1}]]
Lucu e, SPPT PBB rumah sy keluar atas nama "[[n:{nmx1}]]" 🤦 salah satu huruf. NOP {nop}. Bisa bayar ko tdk ni?
Komentar:
Bapenda Kota Kupang: Selamat siang Kak, tetap bisa dibayar dengan kode bayar {billd}. Perbaikan nama silakan ke loket Bapenda dengan membawa KTP.
""",
    ),
    T(
        "social_post",
        "cooperative_umkm",
        """
[[n:{nm1}]] ▸ Anggota {KOP}
Pengurus yth, SHU sy blm masuk. Rekening sy {bank1} [[b:{rek1}]] a.n. [[n:{nm1}]]. Tolong dicek 🙏
Komentar:
{KOP}: Selamat sore, SHU ditransfer bertahap mulai {tgl1}. Info lanjut di sekretariat {otel}.
""",
    ),
    T(
        "social_post",
        "cooperative_umkm",
        """
[[n:{nm1}]] ▸ UMKM KUPANG
Dicari orang yg bisa bantu lapor SPT badan untuk CV kecil (baru berdiri, NPWP badan sudah ada). Bayar sesuai kesepakatan. Hub sy [[p:{hp1}]] ([[n:{gn1}]]).
Komentar:
[[n:{nm2}]]: Sy bisa kak, sdh sy inbox.
Lontar Konsultan Pajak: Kami bisa bantu kak, WA {biz}.
""",
    ),
    T(
        "social_post",
        "payroll_withholding",
        """
Grup Guru Honor Kota Kupang
[[n:{nm1}]]: Bapak ibu, bukti potong 1721 dr sekolah sdh ada? punya sy blm dikasih.
Komentar:
[[n:{nm2}]]: Sdh kak, sy dpt kemarin nomor {bupot}. NPWP sy di situ [[npwp:{npwpn2}]] sdh benar.
[[n:{nl3}]]: blm kak, bendahara blg tunggu.
""",
    ),
    # without spans
    T(
        "social_post",
        "npwp_registration",
        """
KPP Pratama Kupang
2 jam ·
📢 Batas lapor SPT Tahunan OP tahun pajak {thn2}: 31 Maret {thn}.
✅ Login Coretax pakai NIK
✅ Contoh NPWP badan 16 digit: 0987654321920000
✅ Kode billing dibuat sendiri, contoh {bill}
Layanan: Kring Pajak 1500200 | WA {owa} | {otel}
#PajakKitaUntukKita #KPPKupang
""",
    ),
    T(
        "social_post",
        "pbb_bphtb",
        """
Bapenda Kota Kupang
Bayar PBB-P2 {thn} makin mudah! 💳
• Bank NTT: teller, ATM, mobile banking
• Virtual Account: 8808 + 18 digit kode bayar (contoh {billd}01)
• QRIS di loket Bapenda {jlb}
Jatuh tempo {tgl2}. Info: {otel} / WA {owa}
""",
    ),
    T(
        "social_post",
        "pbb_bphtb",
        """
Bapenda Kota Kupang
⚠️ WASPADA PENIPUAN ⚠️
Beredar pesan dari nomor {scam1} dan {scam2} yang mengaku petugas Bapenda dan meminta transfer pelunasan PBB ke rekening pribadi. Bapenda TIDAK PERNAH meminta transfer ke rekening pribadi. Pembayaran hanya dengan kode bayar resmi (18 digit) di bank.
Pengaduan: {otel}
""",
    ),
    T(
        "social_post",
        "banking_notary",
        """
Bank NTT
KUR Bank NTT bunga 6% efektif per tahun untuk UMKM Flobamora! 🏦
Syarat: KTP, KK, NIB, NPWP (boleh NIK yang sudah padan).
Plafon sampai {rpb}.
Info: 1500012 | WA {owa}
Kantor Cabang Utama: {jlb}
""",
    ),
    T(
        "social_post",
        "cooperative_umkm",
        """
Dinas Koperasi dan UKM Kota Kupang
Rekap RAT koperasi tahun buku {thn2}: {num} koperasi sudah RAT, total SHU {rpb}. Koperasi yang belum RAT: batas {tgl1}.
Contoh koperasi tertib: {kop} (NIB {nib}, NIK koperasi {nikop}).
Info: {otel}
""",
    ),
    T(
        "social_post",
        "npwp_registration",
        """
Humas Kota Kupang
Unit Pengaduan Kasih mencatat {num}0 laporan melalui SMS 1708 dan LAPOR! sepanjang bulan {masa}, terbanyak soal PBB dan BPHTB. Contoh tiket yang sudah selesai: {tiket1}, {tiket2}. Sampaikan pengaduan ke SMS 1708 atau lapor.go.id.
""",
    ),
    T(
        "social_post",
        "npwp_registration",
        """
kupang_info_pajak
Info: batas bayar PPh masa {masa} tanggal 15, lapor tanggal 20 🙏
Komentar:
kupangviral: min kalau telat dendanya berapa?
kupang_info_pajak: cek di STP kak, format nomornya seperti {skp}
Counter Pulsa Lontar Cell: Bayar pajak bisa di kami kak, WA {biz}
jualbeli.kupang: kode billing {bill} ini bisa bayar di minimarket ko?
""",
    ),
    T(
        "social_post",
        "procurement",
        """
{CV}
Melayani pengadaan ATK, meubelair, dan komputer untuk instansi & sekolah. PKP, faktur pajak resmi. NPWP {bnpwp1}, NIB {nib}.
Kantor: {jlb}, Kupang
Telp {otel} | WA {biz}
""",
    ),
    T(
        "social_post",
        "cooperative_umkm",
        """
DPMPTSP Kota Kupang
Layanan OSS offline dibuka kembali mulai {tgl1}. Loket perizinan {jk}. Nomor antrean online via WA {owa}.
Untuk NIB usaha mikro cukup NIK; untuk badan wajib NPWP badan 16 digit.
Telp kantor {otel}
""",
    ),
    T(
        "social_post",
        "school_fund",
        """
{SEK}
Transparansi Dana BOS Tahap I {thn}:
Penerimaan {rpb}
Realisasi belanja 71,5%
Pajak disetor (PPN, PPh 21, PPh 22, PPh 23): {rp} — NTPN terakhir {ntpn}
NPSN {npsn} | NPWP Bendahara BOS {tnpwp1}
""",
    ),
]

# ---- kupang_malay: chats and messages in Kupang Malay (beta, sonde, pung, su, deng, dong, sa, ju)
TEMPLATES += [
    T(
        "kupang_malay",
        "npwp_registration",
        """
{ts1} [[n:{nm1}]]: Kaka, beta pung NPWP lama tu [[npwp:{npwps1}]], ma orang pajak bilang sekarang pake NIK sa, [[npwp:{npwpn1}]]. Jadi yang lama buang ko?
{ts2} kaka: Sonde usah buang, simpan sa. Nanti lapor SPT pake NIK tu.
{ts3} [[n:{nm1}]]: Ok kaka, makasih e.
""",
    ),
    T(
        "kupang_malay",
        "banking_notary",
        """
{ts1} [[n:{nm1}]]: Bapa, bank minta NPWP mama. Ada di mana?
{ts2} bapa: Di lemari, map biru. Lu foto sa.
{ts3} [[n:{nm1}]]: Su dapa. NPWP mama [[npwp:{npwpd2}]], a.n. [[n:{NM2}]]. Beta kirim ke bank sekarang.
{ts4} bapa: Jang kirim ke orang laen e.
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_malay",
        "pbb_bphtb",
        """
{ts1} [[n:{nm2}]]: Om [[n:{gn1}]], tanah di {kel} tu su bayar BPHTB ko balom? Notaris bilang kode bayar {billd} tu berlaku sampe {tgl2} sa. Kalo lewat harus minta baru lai.
{ts2} [[n:{nm1}]]: Su bayar kemarin, {rp}. Bukti beta foto kirim ke lu.
{ts3} [[n:{nm2}]]: Ok Om, nanti beta antar ke notaris.
""",
        M=(1,),
    ),
    T(
        "kupang_malay",
        "banking_notary",
        """
{ts1} [[n:{nm1}]]: Tanta, uang arisan keluarga kirim ke beta pung rekening sa, BRI [[b:{rekbri1}]] a.n. [[n:{nm1}]].
{ts2} tanta: Ok nona. Ais uang duka untuk Om [[n:{nm2}]] pung keluarga su kirim ko?
{ts3} [[n:{nm1}]]: Su, lewat rekening Om [[n:{gn3}]], Bank NTT [[b:{rekntt3}]].
""",
        F=(1,),
        M=(3,),
    ),
    T(
        "kupang_malay",
        "pbb_bphtb",
        """
sy [[n:{nl1}]] mohon dibantu, beta pung kios di pasar oebobo su bayar retribusi tiap bulan tp bapenda kirim surat tagih pajak restoran {rp}, no surat {skp}. beta cuma jual sayur sa. nik beta [[nik:{nik1}]], no hp [[p:{hpb1}]]
""",
    ),
    T(
        "kupang_malay",
        "npwp_registration",
        """
Beta tanya di loket: "jadi sekarang NPWP beta apa?" Dia bilang, "Bapa pung NIK tu, [[npwp:{npwpn1}]]". Jadi kartu NPWP lama [[npwp:{npwpd1}]] su sonde pake lai ko? Ma bank masih minta yang lama. Tolong kasi jelas. - [[n:{nm1}]]
""",
        M=(1,),
    ),
    T(
        "kupang_malay",
        "school_fund",
        """
{ts1} [[n:{nm1}]]: Ibu bendahara, beta sonde punya NPWP. Pake NIK sa boleh ko? [[nik:{nik1}]]
{ts2} Bendahara Komite: Boleh, nanti potongan sedikit lebih tinggi.
{ts3} [[n:{nm1}]]: Sonde apa-apa ibu, yang penting honor keluar.
""",
    ),
    T(
        "kupang_malay",
        "cooperative_umkm",
        """
(transkrip VN) Om, beta ni [[n:{gn1}]] yang sewa kios C-07 tu. Beta mau bayar sewa ma rekening Om yang mana? Yang Bank NTT [[b:{rekntt2}]] ko yang BRI? Ais di kwitansi nanti Om tulis NPWP beta sa, [[npwp:{npwpn1}]], ko beta bisa lapor. Makasih Om.
""",
    ),
    T(
        "kupang_malay",
        "payroll_withholding",
        """
{ts1} [[n:{nm1}]]: Kaka [[n:{gn2}]], ini beta pung NPWP yang bendahara minta: [[npwp:{npwpd1}]]. Tolong kasi tau dia e, beta masih di kampung.
{ts2} [[n:{nm2}]]: Ok ade, nanti beta kasi. Honor bulan lalu su masuk ko?
{ts3} [[n:{nm1}]]: Su, {rp}, su potong pajak.
""",
    ),
    T(
        "kupang_malay",
        "npwp_registration",
        """
{ts1} [[n:{nm1}]]: Nyong, lu pung sepupu yang kerja di kantor pajak tu nomor berapa? Beta mau tanya soal SPT.
{ts2} [[n:{nm2}]]: [[n:{gn3}]] ko? Dia pung nomor [[p:{hp3}]]. Ato lu email sa, [[e:{emx3}]].
{ts3} [[n:{nm1}]]: Ok makasih e.
""",
    ),
    T(
        "kupang_malay",
        "banking_notary",
        """
{ts1} [[n:{nm1}]]: Kaka, beta mau pinjam KUR ma bank minta jaminan. Beta pake motor Vario [[pl:{pl1}]] sa, BPKB a.n. beta sendiri.
{ts2} kaka: Bagus. NPWP dong minta ju?
{ts3} [[n:{nm1}]]: Minta. Beta kasi yang sama deng NIK, [[npwp:{npwpn1}]].
""",
    ),
    T(
        "kupang_malay",
        "pbb_bphtb",
        """
{ts1} [[n:{nm1}]]: Om, pembeli tanah su siap. Dia pung nama [[n:{nm2}]], kerja di Bank NTT. Notaris minta Om pung NPWP.
{ts2} [[n:{nm3}]]: Kasi sa: [[npwp:{npwpd3}]]. Tanah tu NOP {nop}, PBB su lunas.
{ts3} [[n:{nm1}]]: Siap Om.
""",
        M=(3,),
    ),
    T(
        "kupang_malay",
        "cooperative_umkm",
        """
{ts1} [[n:{nm1}]]: Kaka, beta ganti nomor. Yang baru [[p:{hp1}]], yang lama [[p:{hq1}]] su mati.
{ts2} [[n:{nm2}]]: Ok. Nanti bendahara koperasi telpon ko?
{ts3} [[n:{nm1}]]: Iyo, dia mau cek beta pung simpanan. Koperasi pung nomor kantor {otel} sonde ada yang angkat.
""",
    ),
    T(
        "kupang_malay",
        "cooperative_umkm",
        """
{ts1} [[n:{nm1}]]: Ade, formulir pinjaman koperasi tu minta NPWP. Beta tulis koperasi pung NPWP {bnpwp1} ko beta pung sendiri?
{ts2} [[n:{nm2}]]: Lu pung sendiri sa kaka. Yang koperasi pung tu untuk laporan pajak koperasi.
{ts3} [[n:{nm1}]]: Ok, beta tulis [[npwp:{npwpn1}]] sa.
""",
    ),
    # without spans
    T(
        "kupang_malay",
        "pbb_bphtb",
        """
{ts1} mama: Nona, PBB tahun ni naik lai. SPPT tulis {rp}, tahun lalu cuma {rp2}.
{ts2} nona: Mama, bayar lewat Bank NTT sa, kode bayar {billd}. Kalo mau keberatan pi Bapenda, {jlb}.
{ts3} mama: NOP tu {nop} to?
{ts4} nona: Iyo mama.
""",
    ),
    T(
        "kupang_malay",
        "npwp_registration",
        """
{ts1} tanta: Ada nomor {scam} telpon beta, bilang dari kantor pajak, beta pung NPWP mau diblokir kalo sonde bayar {rp}.
{ts2} ade: Tipu itu tanta! Kantor pajak sonde pernah telpon minta uang. Blokir sa itu nomor.
{ts3} tanta: Dia ju kirim SMS dari {scam2}, kasi kode billing {bill}.
{ts4} ade: Sama sa, tipu.
""",
    ),
    T(
        "kupang_malay",
        "cooperative_umkm",
        """
{ts1} om: Koperasi pung NPWP {bnpwp1} deng NIB {nib} su masuk di surat permohonan ko?
{ts2} ade: Su om. Rekening koperasi {bnk} {rekb} ju su tulis.
{ts3} om: Bae. Nomor badan hukum {ahu} jang lupa.
""",
    ),
    T(
        "kupang_malay",
        "npwp_registration",
        """
Beta su telpon KPP {otel} dari pagi sonde ada yang angkat. Kring Pajak 1500200 ju sibuk terus. Mau tanya soal STP {skp} sa susah bukan main. Tiket LAPOR {tiket} ju balom dibalas.
""",
    ),
    T(
        "kupang_malay",
        "school_fund",
        """
{ts1} bapa: Iuran komite tu transfer ke rekening mana?
{ts2} ade: Komite pung rekening Bank NTT {rekbntt}, a.n. Komite Sekolah. {rpk} satu bulan.
{ts3} bapa: Bukti transfer kirim ke sekolah pung WA {owa} ko?
{ts4} ade: Iyo bapa, nomor TU itu.
""",
    ),
    T(
        "kupang_malay",
        "procurement",
        """
{ts1} kaka: CV pung faktur pajak tu nomor {fp}, kirim ke dinas su?
{ts2} ade: Su kirim. Dong minta NPWP CV yang 16 digit, {bnpwpn1}.
{ts3} kaka: Tagihan {rpb} kapan masuk?
{ts4} ade: Dong bilang SP2D {spd} su terbit, tunggu sa.
""",
    ),
    T(
        "kupang_malay",
        "village_grant",
        """
{ts1} om: BUMDes pung uang tu simpan di rekening {bnk} {rekb} ko?
{ts2} ade: Iyo om. NPWP BUMDes {bnpwp1}, lain dari NPWP desa {bnpwp2}.
{ts3} om: Laporan penyertaan modal {rpb} tu su masuk di kantor desa?
{ts4} ade: Su, nomor surat {nnn}/BUMDES/{thn}.
""",
    ),
    T(
        "kupang_malay",
        "npwp_registration",
        """
Kaka dong, jang bingung e. NPWP orang pribadi sekarang sama deng NIK. Contoh sa, kalo NPWP lama 09.876.543.2-920.000, yang baru tu lu pung NIK. Yang 16 digit pake 0 di depan (0098765432920000) tu untuk badan, CV, koperasi. Kode billing bikin sendiri, contoh {bill}. Info 1500200.
""",
    ),
    T(
        "kupang_malay",
        "banking_notary",
        """
{ts1} mama: Ada yang telpon bilang dari Bank NTT, suru update data. Nomor {scam}.
{ts2} kaka: Mama, Bank NTT pung nomor resmi cuma 1500012 deng kantor {otel}. Yang laen tu tipu.
{ts3} mama: Dia minta kode OTP {otp} yang masuk di HP.
{ts4} kaka: Sonde usah kasi mama. Blokir sa.
""",
    ),
]

# ---- call_note: written-out calls and call logs of the complaint desk, Bapenda and the tax office
TEMPLATES += [
    T(
        "call_note",
        "pbb_bphtb",
        """
Catatan telepon Unit Pengaduan Kasih, {tgl1} {jam1}
Petugas: Unit Pengaduan Kasih, dengan [[n:{gn3}]], ada yang bisa dibantu?
Penelepon: Sy mau lapor soal PBB, SPPT sy dobel.
Petugas: Atas nama?
Penelepon: [[n:{nm1}]].
Petugas: NIK Bapak?
Penelepon: [[nik:{nikb1}]].
Petugas: NPWP ada?
Penelepon: Ada, [[npwp:{npwpd1}]].
Petugas: Nomor yang bisa dihubungi?
Penelepon: [[p:{hp1}]].
Tindak lanjut: diteruskan ke Bapenda bidang PBB, NOP {nop} dan {nop2}.
""",
        M=(1,),
    ),
    T(
        "call_note",
        "pbb_bphtb",
        """
LOG PANGGILAN CALL CENTER BAPENDA - {tgl1}
Jam | Penelepon | Nomor | Topik
{jam1} | [[n:{nm1}]] | [[p:{hp1}]] | tanya kode bayar PBB NOP {nop}
{jam2} | {CV} | {otel} | validasi pajak restoran (NPWPD {pwpd})
{jam3} | penelepon tidak sebut nama | [[p:{hp3}]] | BPHTB waris
{jam4} | [[n:{nm4}]] | [[p:{hp4}]] | keberatan NJOP
""",
    ),
    T(
        "call_note",
        "npwp_registration",
        """
{jam1} Penelepon Ibu [[n:{nm1}]] menanyakan cara menghapus NPWP almarhum suaminya, [[n:{nm2}]], NPWP [[npwp:{npwpd2}]], meninggal {tgl1}. Dijelaskan syarat: akta kematian, surat keterangan ahli waris, KTP ahli waris. Penelepon minta daftar syarat dikirim lewat WA [[p:{hp1}]].
""",
        M=(2,),
        E=(1, 2),
        fam={1: 2},
    ),
    T(
        "call_note",
        "npwp_registration",
        """
Catatan panggilan Kring Pajak (diteruskan ke KPP Pratama Kupang), {tgl1}
Petugas: Boleh sebut NIK Ibu?
Penelepon: [[npwp:{npwps1}]]... eh maaf, itu nomor di kartu NPWP. NIK sy [[nik:{nik1}]].
Petugas: Atas nama?
Penelepon: [[n:{nm1}]].
Petugas: Baik Ibu, NIK sudah padan. Silakan login Coretax dengan NIK.
""",
        F=(1,),
    ),
    T(
        "call_note",
        "pbb_bphtb",
        """
{jam1} Telp dari staf PPAT, [[n:{nm1}]] (Kantor Notaris & PPAT Oebobo), HP [[p:{hp1}]]: menanyakan validasi SSPD {sspd} a.n. wajib pajak [[n:{nm2}]], NPWP [[npwp:{npwpn2}]]. Dijawab: berkas kurang fotokopi SPPT tahun berjalan dan bukti lunas PBB.
""",
    ),
    T(
        "call_note",
        "procurement",
        """
{jam1} Penelepon: [[n:{nm1}]], Direktur {cv}, HP [[p:{hp1}]]. Menanyakan pembayaran termin kontrak {spk}. NPWP perusahaan {bnpwp1} sudah valid di KSWP. Dijawab: SPM sedang diproses BPKAD, SP2D {spd} menunggu NTPN PPN {ntpn}.
""",
    ),
    T(
        "call_note",
        "cooperative_umkm",
        """
{jam1} Penelepon anonim dari [[p:{hp1}]] menanyakan apakah PPh final UMKM 0,5% masih berlaku tahun {thn} untuk usaha perorangan. Dijawab sesuai ketentuan, dirujuk ke Kring Pajak 1500200 dan Klinik UMKM ({otel}).
""",
    ),
    T(
        "call_note",
        "npwp_registration",
        """
Petugas: NPWP Bapak?
Penelepon: Yang lama sy lupa. Yang baru katanya sama dengan NIK, [[npwp:{npwpn1}]].
Petugas: Baik, atas nama siapa?
Penelepon: [[n:{nm1}]].
Petugas: Sudah terdaftar Pak. EFIN dikirim ke email terdaftar.
Catatan: penelepon dari Kel. {kel}, {jam1}.
""",
        M=(1,),
    ),
    T(
        "call_note",
        "pbb_bphtb",
        """
Catatan call center Bapenda, {tgl1}
Penelepon: Sy lebih bayar BPHTB {rp}, kata petugas bisa dikembalikan.
Petugas: Nomor rekening untuk pengembalian?
Penelepon: [[b:{rek1}]], {bank1}, atas nama [[n:{nm1}]].
Petugas: Baik, kami catat dengan nomor SSPD {sspd}.
""",
    ),
    T(
        "call_note",
        "payroll_withholding",
        """
{jam1} Penelepon (tenaga kontrak Dinas Kebersihan): gaji dipotong iuran BPJS tapi kartu tidak aktif.
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjs1}]].
Petugas: NIK?
Penelepon: [[nik:{nik1}]].
Petugas: Nama lengkap?
Penelepon: [[n:{nm1}]].
Tindak lanjut: dikonfirmasi ke bendahara gaji; NPWP bendahara {tnpwp1}, potongan masa {masa}.
""",
    ),
    T(
        "call_note",
        "village_grant",
        """
Catatan telepon Dinas Sosial, {tgl1}
Petugas: Nomor KK?
Penelepon: [[kk:{kkc1}]]
Petugas: Nama kepala keluarga?
Penelepon: [[n:{nm1}]], tinggal di [[a:{alr1}]].
Petugas: Bantuan hibah sembako tercatat untuk Desa {desa} tahap {num}. Nanti pendamping datang.
""",
        M=(1,),
    ),
    T(
        "call_note",
        "npwp_registration",
        """
{jam1} Penelepon [[n:{nm1}]] minta bukti pendaftaran NPWP dikirim ke email [[e:{ema1}]] (dieja: pakai titik, bukan garis bawah). HP [[p:{hp1}]]. NPWP [[npwp:{npwpn1}]].
""",
    ),
    T(
        "call_note",
        "pbb_bphtb",
        """
{jam1} Telp masuk: Ibu [[n:{nm1}]], janda, tinggal di [[a:{alr1}]], Kel. {kel}. SPPT PBB tahun {thn} masih atas nama almarhum suami, [[n:{nm2}]]. Minta keringanan karena tagihan {rp}. Dijelaskan prosedur pengurangan; formulir dikirim ke WA anaknya [[p:{hp3}]], konfirmasi lewat telp rumah [[p:{tel1}]].
""",
        M=(2,),
        E=(1, 2),
        fam={1: 2},
    ),
    T(
        "call_note",
        "npwp_registration",
        """
{jam1} Penelepon [[n:{nm1}]] (wajib pajak UMKM) mengeluhkan AR-nya, Bapak [[n:{nm2}]], tidak membalas WA selama 2 minggu soal SP2DK nomor {skp}. NPWP penelepon [[npwp:{npwp1}]], HP [[p:{hp1}]]. Diteruskan ke Kepala Seksi Pengawasan.
""",
    ),
    # without spans
    T(
        "call_note",
        "procurement",
        """
LOG PANGGILAN UKPBJ - {tgl1}
Jam | Penelepon | Nomor | Topik
{jam1} | {CV1} | {otel1} | jadwal pembuktian kualifikasi RUP {rup}
{jam2} | {KOP} | {biz2} | syarat NPWP badan ({bnpwp1})
{jam3} | {CV2} | {otel3} | sanggah paket {rup2}
{jam4} | Komite {SEK} | {owa4} | e-katalog
""",
    ),
    T(
        "call_note",
        "npwp_registration",
        """
{jam1} Penelepon melaporkan menerima SMS dari {scam1} dan {scam2} yang mengaku KPP dan meminta transfer denda {rp}. Penelepon tidak menyebut nama. Disarankan blokir nomor dan tidak mengklik tautan. Tiket {tiket}.
""",
    ),
    T(
        "call_note",
        "pbb_bphtb",
        """
{jam1} Penelepon tidak menyebut nama, nomor disembunyikan. Menanyakan tagihan NOP {nop} tahun {thn2} dan {thn}. Diinformasikan kode bayar {billd} dan jatuh tempo {tgl2}. Tidak ada tindak lanjut.
""",
    ),
    T(
        "call_note",
        "npwp_registration",
        """
Petugas: Untuk aktivasi Coretax silakan datang ke TPT KPP Pratama Kupang, {jlb}, atau telepon {otel}. Untuk pengaduan lain Kring Pajak 1500200.
Penelepon: Kalau WA bisa?
Petugas: WA layanan {owa}, hanya jam kerja ({jk}).
Catatan {tgl1} {jam1}: informasi umum, tanpa data pribadi.
""",
    ),
    T(
        "call_note",
        "pbb_bphtb",
        """
{jam1} Penelepon menanyakan status pembayaran NOP {nop}. Tercatat lunas {tgd1} dengan NTPD {billd}, bank Bank NTT, referensi {ref}. Penelepon puas.
""",
    ),
    T(
        "call_note",
        "cooperative_umkm",
        """
Catatan operator Pemkot, {tgl1}: penelepon minta disambungkan ke DPMPTSP, disambungkan ke {otel} psw 214; lalu ke Dinas Koperasi {otel2} psw 108. Topik: NIB {nib} dan KBLI {kbli}.
""",
    ),
    T(
        "call_note",
        "procurement",
        """
{jam1} Admin keuangan {cv} menanyakan nomor seri faktur pajak {fp} yang ditolak sistem karena NPWP pembeli (Dinas PUPR, NPWP bendahara {tnpwp1}) tidak valid. Dijawab: gunakan NITKU instansi. Tiket {tiket}.
""",
    ),
    T(
        "call_note",
        "school_fund",
        """
{jam1} Operator sekolah {sek} (NPSN {npsn}) menanyakan KAP/KJS untuk PPh 22 belanja BOS. Dijawab: {kap}, disetor paling lambat tanggal 10. NPWP bendahara BOS {tnpwp1}.
""",
    ),
    T(
        "call_note",
        "npwp_registration",
        """
REKAP KANAL PENGADUAN UNIT KASIH - {tgl1}
SMS 1708: {num} laporan
WA {owa}: {num2} laporan
Telepon {otel}: {num3} laporan
LAPOR! (lapor.go.id): {num4} laporan, contoh tiket {tiket}
Topik terbanyak: PBB-P2, BPHTB, NPWP/Coretax.
""",
    ),
]

# ---- added after the readings: NPWPs, NIKs, mobiles and mailboxes broken by narrow columns
TEMPLATES += [
    T(
        "register",
        "npwp_registration",
        """
DAFTAR PESERTA ASISTENSI SPT TAHUNAN - KELURAHAN {KEL}
(disalin dari PDF, kolom sempit)
No Nama                  NIK              NPWP               HP
1  [[n:{NM1}]]  [[nik:{nikn1}]]  [[npwp:{npwpl1}]]  [[p:{hpn1}]]
2  [[n:{NM2}]]  [[nik:{nik2}]]  [[npwp:{npwpn2}]]  [[p:{hp2}]]
3  [[n:{NM3}]]  [[nik:{nik3}]]  -  [[p:{hp3}]]
Email peserta 1: [[e:{emn1}]]
Jadwal asistensi {tgl1}, loket KPP {jk}.
""",
    ),
    T(
        "ocr_scan",
        "payroll_withholding",
        """
FORMULIR DATA TENAGA NON ASN
DINAS KEBERSIHAN DAN LINGKUNGAN HIDUP KOTA KUPANG
Nama      : [[n:{NM1}]]
NIK       : [[nik:{nikn1}]]
NPWP      : [[npwp:{npwpl1}]]
No. HP    : [[p:{hpn1}]]
Email     : [[e:{emn1}]]
Rekening  : {BANK1} [[b:{rek1}]]
No. BPJS  : [[bpjs:{bpjss1}]]
Jabatan   : Petugas Kebersihan, TMT {tgd1}
Diisi untuk pembayaran gaji dan bukti potong PPh 21 masa {MASA}.
""",
    ),
    T(
        "email_thread",
        "payroll_withholding",
        """
From: [[n:{nm1}]] <[[e:{emp1}]]>
To: Bendahara Gaji Dinas Kebersihan <gaji.dklh@kupangkota.go.id>
Date: {tgl1}
Subject: Perbaikan NPWP di daftar gaji

Selamat pagi Ibu Bendahara,
NPWP saya di daftar gaji masih yang lama, [[npwp:{npwpd1}]]. Sejak bulan lalu sudah padan, jadi mohon diganti dengan NIK saya [[npwp:{npwpn1}]] supaya bukti potong {bupot} bisa dipakai lapor SPT.
Kalau email ini tidak sampai, balas ke alamat lain saya: [[e:{emx1}]] atau WA [[p:{hp1}]].
Terima kasih,
[[n:{nm1}]]
""",
    ),
]


if __name__ == "__main__":
    main()
