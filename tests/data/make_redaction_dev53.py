# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev53.jsonl: long threads and documents, and whose number it is.

The texts are long: WhatsApp chats with a tax, licensing or social-aid officer over many turns,
e-mail threads with quoted replies, LAPOR! follow-up histories, call-centre transcripts, minutes
and mediation notes, multi-page forms and letters, OCR'd scans, Facebook threads, Kupang Malay
chats and registers of applicants. A number's word often stands far from the number: asked for
in one turn and given several turns later, on a form's line two lines above its value, in a
table's header far above the row.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``,
``{npd1}``, ``{owa}`` ...) and alternatives (``«one¦other»``, one drawn per filling), each filled
four times with invented values; span offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev53.py`` (standard library only, deterministic);
``--review`` also prints every unlabelled run of digits and every unlabelled ``@`` token with the
forty characters before it; ``--show N SEED`` prints N texts drawn at random with their spans
marked; ``--dry`` writes nothing.
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

SEED = 53_2026_1207
OUT = Path(__file__).with_name("redaction_dev53.jsonl")
PREFIX = "d53"
FILLS = 4

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
    "wa_officer",
    "email_thread",
    "lapor_history",
    "call_transcript",
    "minutes",
    "form_letter",
    "ocr_scan",
    "fb_thread",
    "kupang_chat",
    "register",
)
SCANNED = {"ocr_scan"}  # scans: a digit may stand for a letter in a name, a name may cross a line
THEMES = (
    "tax",
    "licensing",
    "social_aid",
    "civil_registry",
    "health",
    "utilities",
    "scam_fraud",
    "land_housing",
    "schools_work",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 5,
    "npwp": 120,
    "phone": 250,
    "name": 400,
    "themes": 9,
}
# words that may stand before a name but never open its span
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "ny", "nn", "tn", "dr", "drs", "pdt",
    "pnt", "dkn", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa", "oma", "opa",
    "nona", "kak", "kaka", "adik", "ade", "yth", "saudara", "saudari", "ketua", "kepala", "petugas",
    "bendahara", "sekretaris", "kader", "pendamping", "admin", "alm", "almh", "ttd", "salam",
    "dari", "hormat", "atas", "anak", "istri", "suami", "nama", "pelapor", "penelepon", "pemohon",
    "kel", "h", "hj", "ustadz", "sopir", "tukang", "pemilik", "an", "a.n", "ko", "ci", "hp", "wa",
    "sa", "beta", "sy", "saya", "perawat", "operator", "agen", "bripka", "aipda", "brigpol",
    "mas", "mbak", "nene", "ama", "ina", "dokter", "pasien", "tetangga", "kakak", "ar", "staf",
    "notaris", "direktur", "mediator", "notulis", "pihak", "yang", "to", "from", "cc", "re",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev53)
# given names of Timor, Rote, Sabu, Flores, Belu and Alor (mostly Christian)
GIVEN_M = (
    "Yermias", "Obed", "Marthen", "Semuel", "Ferdinandus", "Yulius", "Melkianus", "Godlief",
    "Habel", "Zakarias", "Nikson", "Aprianus", "Fransiskus", "Yosafat", "Elias", "Kornelis",
    "Efraim", "Jitro", "Lewi", "Arnoldus", "Benediktus", "Kristofel", "Oktovianus", "Petrus",
    "Simson", "Yakobus", "Markus", "Agustinus", "Dominikus", "Wilhelmus", "Yustus", "Stefanus",
    "Anderias", "Matheos", "Frits", "Hendrik", "Isak", "Mesakh", "Nahor", "Laurens", "Gabriel",
    "Yoksan", "Deki", "Alfred", "Rudolof", "Mikael", "Sefnat", "Ruben", "Zeth", "Yopi",
    "Eduardus", "Blasius", "Hironimus", "Gregorius", "Yohanis", "Silvester", "Emanuel",
    "Paulus Yeri", "Yohanes Don", "Rikhard",
)  # fmt: skip
GIVEN_F = (
    "Yublina", "Merlin", "Oktafina", "Sarlota", "Dortia", "Yohana", "Adelina", "Martha",
    "Priskila", "Selfina", "Yuliana", "Naomi", "Ester", "Debora", "Herlina", "Novita", "Imelda",
    "Agnes", "Febriana", "Karolina", "Lusia", "Margaretha", "Magdalena", "Apriliani", "Yunita",
    "Desi", "Welmince", "Afliana", "Yakomina", "Orpa", "Rahel", "Filda", "Sofia", "Matelda",
    "Seprina", "Yasinta", "Veronika", "Bernadeta", "Florentina", "Theresia", "Katarina", "Yosina",
    "Elisabeth", "Maria Goreti", "Anjelina", "Grasela", "Mersi", "Nelci", "Roslin", "Delvi",
    "Maria Yasinta", "Aleta",
)  # fmt: skip
FAMILY = {
    "timor": (
        "Nubatonis", "Banunaek", "Sabneno", "Oematan", "Nenometa", "Tnunay", "Taneo", "Sanam",
        "Boimau", "Nuban", "Tanesib", "Faot", "Nomleni", "Selan", "Nenabu", "Tualaka", "Nitbani",
        "Bislissin", "Sonbay", "Takaeb", "Neolaka", "Abanat", "Nakamnanu", "Kolloh", "Nifu",
    ),
    "rote": (
        "Pandie", "Ndolu", "Fanggidae", "Adoe", "Messakh", "Henukh", "Lenggu", "Tungga", "Feoh",
        "Pello", "Dethan", "Haning", "Malelak", "Nalle", "Toelle", "Ndoen", "Saudale", "Lonak",
        "Mbuik", "Kiuk", "Ndaomanu", "Sinlae", "Ballo",
    ),
    "sabu": (
        "Bire", "Haba", "Djami", "Rohi", "Lomi", "Kana", "Huki", "Tede", "Ludji", "Robo", "Djawa",
        "Dimu", "Bengu", "Ratu Edo", "Dju Wadu", "Lado Bengu",
    ),
    "flores": (
        "Kelen", "Tukan", "Lamahoda", "Keraf", "Hurek", "Manuk", "Koten", "Sogen", "Daton",
        "Wuwur", "Lewar", "Parera", "Goncalves", "Wangge", "Mbete", "Nggebu", "Dhae", "Ngole",
        "Bhoko", "Ghale", "Liwun", "Kolin", "Tokan", "Da Silva",
    ),
    "belu": ("Seran", "Bria", "Nahak", "Klau", "Berek", "Fahik", "Manek", "Luruk"),
    "alor": (
        "Mautuka", "Lakamai", "Kafolamau", "Padafani", "Malaikosa", "Laufa", "Mokoni", "Maure",
        "Laumalay", "Atamau",
    ),
}  # fmt: skip
# the region each family's people are most often registered in (the NIK's first four digits)
REGION = {
    "timor": ("5301", "5302", "5303", "5321"),
    "rote": ("5314",),
    "sabu": ("5320", "5301"),
    "flores": ("5306", "5307", "5308", "5313"),
    "belu": ("5304", "5321"),
    "alor": ("5305",),
    "sumba": ("5311", "5312"),
    "bali": ("5371",),
    "bugis": ("5371",),
    "buton": ("5371",),
    "java": ("5371",),
    "chinese": ("5371",),
}
SUMBA_GIVEN = {
    "M": ("Umbu Pati", "Umbu Ndilu", "Umbu Maramba", "Umbu Lakawa", "Umbu Nggiku"),
    "F": ("Rambu Lika", "Rambu Anggu", "Rambu Kahi", "Rambu Hada", "Rambu Yuli"),
}
SUMBA_FAMILY = (
    "Hunggu",
    "Meha",
    "Nggaba",
    "Pekuwali",
    "Wohangara",
    "Landu Praing",
    "Kaledi",
    "Njurumana",
)
# (sex, full name, given, family): names whose parts do not split as given + family
OTHER_PEOPLE = {
    "bali": (
        ("M", "I Made Sudarma", "Made", "Sudarma"),
        ("M", "I Ketut Wirawan", "Ketut", "Wirawan"),
        ("M", "I Gede Arnawa", "Gede", "Arnawa"),
        ("M", "I Nyoman Sutama", "Nyoman", "Sutama"),
        ("M", "I Wayan Sukerta", "Wayan", "Sukerta"),
        ("M", "I Komang Adiputra", "Komang", "Adiputra"),
        ("F", "Ni Luh Ariani", "Luh", "Ariani"),
        ("F", "Ni Kadek Sri Astuti", "Kadek", "Astuti"),
        ("F", "Ni Made Suartini", "Made", "Suartini"),
        ("F", "Ni Komang Yuliantari", "Komang", "Yuliantari"),
        ("F", "Ni Ketut Sukerni", "Ketut", "Sukerni"),
        ("F", "Ni Nyoman Wartini", "Nyoman", "Wartini"),
    ),
    "bugis": (
        ("M", "Syamsul Daeng Tompo", "Syamsul", "Daeng Tompo"),
        ("M", "Hasanuddin Daeng Sila", "Hasanuddin", "Daeng Sila"),
        ("M", "Muhammad Arsyad Pawelloi", "Arsyad", "Pawelloi"),
        ("M", "Abdul Rahman Daeng Naba", "Rahman", "Daeng Naba"),
        ("F", "Hasna Daeng Caya", "Hasna", "Daeng Caya"),
        ("F", "Sitti Rahma Massaile", "Rahma", "Massaile"),
        ("F", "Nurhayati Daeng Bau", "Nurhayati", "Daeng Bau"),
        ("F", "Marwah Lallo", "Marwah", "Lallo"),
    ),
    "buton": (
        ("M", "La Ode Muhammad Syarif", "Syarif", "Syarif"),
        ("M", "La Ode Zulkifli", "Zulkifli", "Zulkifli"),
        ("M", "La Ode Abdul Halim", "Halim", "Halim"),
        ("F", "Wa Ode Sitti Hasanah", "Hasanah", "Hasanah"),
        ("F", "Wa Ode Nurjanah", "Nurjanah", "Nurjanah"),
        ("F", "Wa Ode Rahmawati", "Rahmawati", "Rahmawati"),
    ),
    "java": (
        ("M", "Bambang Sutrisno", "Bambang", "Sutrisno"),
        ("M", "Agus Setiawan", "Agus", "Setiawan"),
        ("M", "Joko Purnomo", "Joko", "Purnomo"),
        ("M", "Sugeng Raharjo", "Sugeng", "Raharjo"),
        ("M", "Heru Widodo", "Heru", "Widodo"),
        ("M", "Wahyu Prasetyo", "Wahyu", "Prasetyo"),
        ("F", "Sri Wahyuningsih", "Sri", "Wahyuningsih"),
        ("F", "Endang Susilowati", "Endang", "Susilowati"),
        ("F", "Tri Handayani", "Tri", "Handayani"),
        ("F", "Dwi Rahayu", "Dwi", "Rahayu"),
        ("F", "Retno Wulandari", "Retno", "Wulandari"),
    ),
    "chinese": (
        ("M", "Tan Hok Liong", "Hok Liong", "Tan"),
        ("M", "Liem Kok Siong", "Kok Siong", "Liem"),
        ("M", "Oei Tjin Hoa", "Tjin Hoa", "Oei"),
        ("M", "Gouw Bun Hwa", "Bun Hwa", "Gouw"),
        ("M", "Thio Ban Seng", "Ban Seng", "Thio"),
        ("F", "Lim Swie Lan", "Swie Lan", "Lim"),
        ("F", "Tjan Mei Hoa", "Mei Hoa", "Tjan"),
        ("F", "Oei Giok Nio", "Giok Nio", "Oei"),
        ("F", "Go Lian Nio", "Lian Nio", "Go"),
        ("F", "Liem Bie Lan", "Bie Lan", "Liem"),
    ),
}
ORIGINS = (
    ("timor", 18), ("rote", 16), ("sabu", 10), ("flores", 14), ("belu", 5), ("alor", 5),
    ("sumba", 6), ("bali", 6), ("bugis", 5), ("buton", 4), ("java", 6), ("chinese", 5),
)  # fmt: skip
# words several people may carry: they do not make two people of a text the same person
SHARED = {"made", "ketut", "nyoman", "komang", "daeng", "umbu", "rambu", "ode", "sri", "maria"}

# ---------------------------------------------------------------- places and bodies
KELURAHAN = (
    "Oebufu", "Kayu Putih", "Liliba", "Penfui", "Naimata", "Maulafa", "Kolhua", "Sikumana",
    "Belo", "Fatukoa", "Naikolan", "Bakunase", "Oetete", "Nunleu", "Fontein", "Airnona",
    "Oesapa", "Lasiana", "Oesapa Barat", "Kelapa Lima", "Tuak Daun Merah", "Naikoten I",
    "Nefonaek", "Oepura", "Manutapen", "Fatufeto", "Namosain", "Alak", "Manulai II", "Penkase Oeleta",
)  # fmt: skip
KECAMATAN = ("Kelapa Lima", "Oebobo", "Maulafa", "Alak", "Kota Lama", "Kota Raja")
HOME_STREETS = (
    "Jl. Kancil", "Jl. Rusa", "Jl. Kijang", "Jl. Salak", "Jl. Jambu Air", "Jl. Belimbing",
    "Jl. Kecapi", "Jl. Delima", "Jl. Manggis", "Jl. Cemara", "Jl. Mahoni", "Jl. Akasia",
    "Jl. Bajawa", "Jl. Maumere", "Jl. Lembata", "Jl. Bimoku", "Jl. Air Lobang", "Jl. Fetor Funay",
    "Jl. Kampung Baru", "Jl. Lontar", "Jl. Gewang", "Jl. Asam", "Jl. Kesambi", "Jl. Sirsak",
    "Gg. Rukun", "Gg. Sepakat", "Gg. Bambu", "Gg. Mawar", "Gg. Anggrek", "Lr. Harapan",
    "Jl. Matani Raya Gg. 3", "Jl. Kolhua Gg. Damai", "Jl. Oekam", "Jl. Baumata", "Jl. Naiola",
)  # fmt: skip
ESTATES = (
    "Perumnas Blok", "BTN Kolhua Blok", "Perum Griya Penfui Permai Blok", "Perum Liliba Indah Blok",
    "Perumahan Bumi Lopo Indah Blok", "Perum Oesapa Asri Blok",
)  # fmt: skip
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Soeharto", "Jl. Timor Raya", "Jl. Adisucipto",
    "Jl. W.J. Lalamentik", "Jl. Piet A. Tallo", "Jl. Herewila", "Jl. Moh. Hatta",
    "Jl. Sam Ratulangi", "Jl. Cak Doko", "Jl. R.A. Kartini", "Jl. Jend. Sudirman",
    "Jl. S.K. Lerik", "Jl. Amabi", "Jl. Perintis Kemerdekaan", "Jl. Bundaran PU",
)  # fmt: skip
COMPANIES = (
    "CV Lontar Mandiri", "CV Sasando Karya", "CV Nusa Bunga Persada", "CV Timor Abadi Konstruksi",
    "PT Flobamora Niaga Utama", "PT Sabana Timur Logistik", "UD Berkat Oesapa", "UD Sinar Fatululi",
    "CV Cendana Teknik", "PT Kupang Bahari Sejahtera", "CV Mutis Jaya", "UD Karya Bersama Liliba",
)  # fmt: skip
COOPS = (
    "Koperasi Serba Usaha Tunas Lontar", "KSP Kasih Bersaudara", "Kopdit Swasti Sari Oebufu",
    "Koperasi Produsen Garam Bipolo", "Koperasi Nelayan Teluk Harapan", "KSU Tani Makmur Baumata",
)  # fmt: skip
FOUNDATIONS = (
    "Yayasan Pendidikan Kristen Efata",
    "Yayasan Kasih Anak Timor",
    "Yayasan Bina Sabana",
)
SHOPS = (
    "Toko Bangunan Sumber Berkat", "Toko Sembako Tiga Putri", "Apotek Sumber Waras Oebobo", "Kios Lopo Mutiara",
    "Depot Air Tirta Oebufu", "Bengkel Las Tunas Karya", "Fotokopi Lontar Digital", "Warung Makan Se'i Bambu",
    "Laundry Bersih Penfui", "Counter Pulsa Sasando Cell",
)  # fmt: skip
PUSK = (
    "Pasir Panjang",
    "Oepoi",
    "Manutapen",
    "Naioni",
    "Oesapa",
    "Sikumana",
    "Bakunase",
    "Kota Kupang",
)
SCHOOLS = (
    "SDN Oetete 2", "SD Inpres Naikolan", "SMPN 9 Kupang", "SMPN 14 Kupang", "SMAN 6 Kupang",
    "SMKN 3 Kupang", "SD GMIT Kuanino 1", "SMPK Santa Theresia", "MTsN Kota Kupang",
)  # fmt: skip
BODIES_SHORT = (
    "Bapenda",
    "Dinas Sosial",
    "Disdukcapil",
    "DPMPTSP",
    "Dinkes",
    "BPKAD",
    "Disperindag",
    "Dinas PUPR",
)
BANKS = ("Bank NTT", "BRI", "BNI", "Mandiri", "BSI", "BCA")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
HOSTS = ("gmail.com", "yahoo.co.id", "gmail.com", "hotmail.com", "gmail.com", "ymail.com",
         "gmail.com", "yahoo.com", "outlook.co.id")  # fmt: skip
# mobile prefixes with weights (Telkomsel leads in NTT)
MOBILE = (
    ("0812", 14), ("0813", 16), ("0821", 10), ("0822", 12), ("0823", 8), ("0852", 15),
    ("0853", 13), ("0811", 3), ("0851", 5), ("0815", 1), ("0816", 1), ("0856", 2),
    ("0857", 3), ("0858", 2), ("0818", 1), ("0819", 2), ("0877", 1), ("0878", 2),
    ("0838", 1), ("0895", 2), ("0896", 1), ("0897", 1), ("0881", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {
    "0814",
    "0817",
    "0831",
    "0832",
    "0833",
    "0855",
    "0859",
    "0898",
    "0899",
    "0887",
}
OCR_SUBS = {"0": "O", "1": "l", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})


# ---------------------------------------------------------------- values


# the time a chat or a log opens, from the greeting of its first lines
GREETING_HOURS = {
    "pagi": (7 * 60, 10 * 60 + 30),
    "siang": (11 * 60, 14 * 60),
    "sore": (15 * 60, 17 * 60 + 30),
    "malam": (19 * 60, 21 * 60),
}
GREETING = re.compile(r"(?i)\b(?:selamat\s+|sl(?:mt|mat)\s+)?(pagi|siang|sore|malam)\b")


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.used_words: set[str] = set()
        self.numbers: set[str] = set()
        self.picked: dict[str, set[str]] = {}
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 26)
        start, end = GREETING_HOURS.get(str(spec.get("greet", "")), (7 * 60, 18 * 60))
        self.minute = rng.randint(start, end)
        self.gaps = [0] + [rng.choice((1, 1, 2, 2, 3, 5, 7, 11, 16, 24, 42, 65)) for _ in range(40)]
        self.tsform = rng.choice(("dt", "dt", "da"))

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(400):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    def pick(self, pool: str, items: tuple[str, ...]) -> str:
        """A member of a pool not drawn before in this filling."""
        seen = self.picked.setdefault(pool, set())
        left = [x for x in items if x not in seen] or list(items)
        v = self.rng.choice(left)
        seen.add(v)
        return v

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            rest = r.choice((7, 8, 8, 8, 8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "g", "h", "t", "i", "p", "j", "k", "m", "q", "c", "u", "v"),
                (30, 14, 13, 5, 4, 3, 8, 5, 7, 6, 3, 1, 2, 1, 1),
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "g": f"{a} {raw[4:7]} {raw[7:]}",
            "h": f"{a}-{raw[4:7]}-{raw[7:]}",
            "t": f"{a}.{b}.{c}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "p": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "m": f"62 {a[1:]} {b} {c}",
            "q": f"62-{a[1:]}-{b}-{c}",
            "c": f"(+62) {a[1:]} {b} {c}",
            "u": f"{a}_{b}_{c}",
            "v": f"{a} • {b} • {c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 1]
            out = list(base)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = "I" if out[p] == "1" and r.random() < 0.4 else OCR_SUBS[out[p]]
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        if how == "x":  # a plain writing
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "i", "j", "k")))
        if how == "l":  # local writings only (08…)
            return self.write_mobile(raw, r.choice(("b", "b", "d", "s", "g", "h", "t")))
        if how == "z":  # international writings only
            return self.write_mobile(raw, r.choice(("i", "p", "j", "k", "m", "c", "q")))
        raise KeyError(how)

    def write_land(self, raw: str, how: str = "") -> str:
        a, b = raw[:4], raw[4:]
        forms = (
            f"{a} {b}",
            f"({a}) {b}",
            f"{a}-{b}",
            f"({a}) {b[:3]} {b[3:]}",
            f"{a} {b[:3]} {b[3:]}",
            f"{a}-{b[:3]}-{b[3:]}",
            f"{a}{b}",
            f"+62 380 {b}",
        )
        if how == "p":  # no international form
            return self.rng.choice(forms[:7])
        return self.rng.choices(forms, (14, 12, 12, 8, 6, 3, 3, 2))[0]

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK in a writing people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t"), (74, 19, 7))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "c":  # read out in fours with commas
            return ", ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "p":  # read out in pairs
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        if how == "n":  # broken over a line
            k = r.choice((4, 6, 8, 10, 12))
            return raw[:k] + "\n" + raw[k:]
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in "0158" and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = OCR_SUBS[out[p]]
            return "".join(out)
        if how == "x":  # a digit typed wrong (the writer corrects it later)
            k = r.randint(6, 15)
            return raw[:k] + str((int(raw[k]) + r.randint(1, 8)) % 10) + raw[k + 1 :]
        if how == "d":  # the birth day written wrong (a NIK corrected after a wrong birth date)
            day = int(raw[6:8])
            new = day + r.choice((-3, -2, -1, 1, 2, 3)) if 4 < day % 40 < 25 else day + 5
            return raw[:6] + "%02d" % new + raw[8:]
        if how == "m":  # a digit left out (15 digits)
            k = r.randint(6, 15)
            return raw[:k] + raw[k + 1 :]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        old = p["npwp15"]
        r = self.rng
        if how == "":
            how = r.choice(("d", "d", "d", "b", "n"))
        if how == "d":
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "b":  # the old number in one block
            return old
        if how == "s":  # the old number in its groups with spaces
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "z":  # the old number with a 0 before it: 16 digits
            return "0" + old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "t":  # the person's NITKU
            return p["nikraw"] + "000000"
        if how == "o":  # as a scan reads it
            dotted = self.write_npwp(p, "d")
            out = list(dotted)
            cands = [k for k, ch in enumerate(out) if ch in "01." and k > 2]
            for k in r.sample(cands, min(2, len(cands))):
                out[k] = {"0": "O", "1": "l", ".": ","}[out[k]]
            return "".join(out)
        if how == "w":  # the old number with a digit typed wrong
            k = r.randint(2, 8)
            bad = old[:k] + str((int(old[k]) + r.randint(1, 8)) % 10) + old[k + 1 :]
            return f"{bad[:2]}.{bad[2:5]}.{bad[5:8]}.{bad[8]}-{bad[9:12]}.{bad[12:]}"
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        if how in ("", "b"):
            return raw
        if how == "o":  # as a scan reads it: a letter for a digit
            cands = [k for k in range(4, 13) if raw[k] in "018"]
            if not cands:
                return raw
            k = self.rng.choice(cands)
            return raw[:k] + OCR_SUBS[raw[k]] + raw[k + 1 :]
        return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (78, 22))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice(("a", "b", "d", "h", "g", "t", "e", "q", "y", "c", "s"))
        parts = host.split(".")
        forms = {
            "a": f"{local} [at] " + " [dot] ".join(parts),
            "b": f"{local}(at){host}",
            "d": f"{local} at " + " dot ".join(parts),
            "h": f"{local} @{host}",
            "g": f"{local} @ {host}",
            "t": f"{local}@" + "(titik)".join(parts),
            "e": f"{local}(et){host}",
            "q": f"{local}[@]{host}",
            "y": f"{local}(keong){host}",
            "c": f"{local}@{parts[0]}," + ".".join(parts[1:]),
            "s": f"{local}@{parts[0]} titik " + " titik ".join(parts[1:]),
            "n": f"{local}\n@{host}",
            "k": p["office_mail"],
            "j": p["tax_mail"],
        }
        return forms[how]

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        spec = self.spec
        fam = spec["fam"]
        head = self.person(fam[i]) if i in fam else None
        for _ in range(600):
            if i in spec["F"]:
                sex = "F"
            elif i in spec["M"]:
                sex = "M"
            else:
                sex = r.choice("MF")
            origin = spec["O"].get(i) or (
                head["origin"]
                if head
                else r.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
            )
            if isinstance(origin, tuple):
                origin = r.choice(origin)
            order = ""
            if origin == "sumba":
                given = r.choice(SUMBA_GIVEN[sex])
                family = head["f"] if head else r.choice(SUMBA_FAMILY)
                full = f"{given} {family}"
            elif origin in OTHER_PEOPLE:
                _, full, given, family = r.choice([x for x in OTHER_PEOPLE[origin] if x[0] == sex])
                if origin == "chinese":
                    order = "ff"
                    if head:
                        family = head["f"]
                        full = f"{family} {given}"
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY[origin])
                full = f"{given} {family}"
            words = {w.lower() for w in full.split() if len(w) > 2} - SHARED
            if head is not None and family == head["f"]:
                words -= {w.lower() for w in family.split()}
            if words & self.used_words or (head is None and family.lower() in self.used_words):
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name %d" % i)
        if i in spec["E"]:
            year = r.randint(1942, 1960)
        elif i in spec["Y"]:
            year = r.randint(self.year - 17, self.year - 2)
        elif i in spec["A"]:  # a parent of young children
            year = r.randint(1972, 1996)
        else:
            year = r.randint(1963, 2004)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        elif r.random() < 0.6:
            district = "5371" + r.choice(("01", "02", "03", "04", "05", "06"))
        else:
            district = r.choice(REGION[origin]) + "%02d" % r.randint(1, 14)
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 1400)
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
                    r.choice((5, 7, 8, 9, 14, 24, 35, 44, 47, 58, 66, 69, 73, 77, 86, 92)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "920", "920", "920", "921", "924", "925")),
                )
            )
        )
        gl = re.sub(r"[^a-z]", "", given.lower().split()[-1])
        fl = re.sub(r"[^a-z]", "", family.lower())
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}kpg",
                f"{gl}.{fl}{r.randint(1, 9)}",
                f"{fl}{gl[:3]}{yy}",
                f"{gl}{fl[:3]}.ntt",
            )
        )
        if r.random() < 0.12:
            ad = "%s %s%s No. %d" % (
                r.choice(ESTATES),
                r.choice("ABCDEFGHJK"),
                r.choice(("", "", str(r.randint(1, 9)))),
                r.randint(1, 48),
            )
        else:
            street = r.choice(HOME_STREETS)
            house = str(r.randint(1, 160)) + r.choice(("", "", "", "", "", "", "A", "B"))
            no = r.choice(("No. ", "No. ", "No. ", "No ", "no. ", "Nomor ", "No."))
            ad = f"{street} {no}{house}"
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = full.upper()
        letters = [k for k, ch in enumerate(up) if ch in "SOIB" and k > 0 and up[k - 1] != " "]
        if letters:
            k = r.choice(letters)
            ocr = up[:k] + {"S": "5", "O": "0", "I": "1", "B": "8"}[up[k]] + up[k + 1 :]
        else:
            ocr = up
        gw = given.split()
        last = gw[-1]
        ks = [
            k
            for k in range(1, len(last) - 1)
            if last[k].lower() not in "aeiou" and last[k].isalpha()
        ]
        if ks:
            k = r.choice(ks)
            last = last[:k] + last[k] + last[k:]
        else:
            last = last + "h"
        gx = " ".join([*gw[:-1], last])
        p = {
            "n": full,
            "N": up,
            "gx": gx,
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "lf": family.lower(),
            "o": ocr,
            "sex": sex,
            "origin": origin,
            "order": order,
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
            "office_mail": r.choice(
                (
                    f"{gl}.{fl}@kupangkota.go.id",
                    f"{gl[0]}{fl}@kupangkota.go.id",
                    f"{gl}{fl[:4]}@nttprov.go.id",
                    f"{gl}.{fl}@pajak.go.id",
                )
            ),
            "tax_mail": f"{gl}.{fl}@pajak.go.id",
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "lahirb": "%d %s %d" % (dd, MONTHS[mm - 1], year),
            "age": str(self.year - year),
            "bank": bank,
            "rek": self.account(bank),
            "ad": ad,
            "adr": f"{ad}, {rt}" if r.random() < 0.7 else f"{ad} {rt}",
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 40), r.randint(1, 12)),
            "pl": self.plate(),
            "pkel": r.choice(KELURAHAN),
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
                "RT %02d/%02d" % (a, b),
                "RT.%02d/RW.%02d" % (a, b),
                "rt %d rw %d" % (a, b),
                "RT %02d RW %02d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        sep = r.choice((" ", " ", " ", ""))
        return "%s%s%d%s%s" % (
            r.choice(("DH", "DH", "DH", "DH", "DH", "EB", "ED", "DH")),
            sep,
            r.randint(1000, 9999),
            sep,
            r.choice(("AB", "AK", "KB", "KN", "BF", "AE", "KH", "AT", "C", "AJ", "KL", "FA")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":  # 15 digits: branch 4, 01, serial 6, check 2, 1
            d = (
                "%04d" % r.randint(100, 9999)
                + "01"
                + self.digits(6)
                + r.choice("0135")
                + self.digits(2)
            )
            return self.fresh(
                lambda: r.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))
            )
        if bank == "BNI":  # 10 digits
            return self.fresh(lambda: "0" + r.choice("1234679") + self.digits(8))
        if bank == "Mandiri":  # 13 digits
            d = r.choice(("161", "149", "152", "180")) + "00" + self.digits(8)
            return self.fresh(lambda: r.choice((d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}")))
        if bank == "Bank NTT":  # 001.01.02.123456-7 or a block
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s.%s.%s.%s-%d"
                        % (
                            r.choice(("001", "002", "010", "034")),
                            "01",
                            r.choice(("01", "02")),
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        r.choice(("0010102", "0020101", "0340102")) + self.digits(7),
                    )
                )
            )
        if bank == "BCA":  # 10 digits
            d = r.choice(("31", "03", "78", "84", "20")) + self.digits(8)
            return self.fresh(
                lambda: r.choice((d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:7]} {d[7:]}"))
            )
        return self.fresh(lambda: "7" + r.choice("12345") + self.digits(8))  # BSI: 10 digits

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "gx", "f", "F", "lf", "o", "lahir", "lahirb", "age", "bank",
            "rek", "ad", "adr", "rt", "rtk", "pl", "pkel",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name == "jk":  # the sex as a card writes it
            return "LAKI-LAKI" if self.person(i)["sex"] == "M" else "PEREMPUAN"
        if name == "lp":
            return "L" if self.person(i)["sex"] == "M" else "P"
        if name == "s":  # how a chat saved the person: one writing for the whole chat
            p = self.person(i)
            return self.rng.choice(
                (p["n"], p["n"], p["g"], p["l"], p["n"] if " " in p["g"] else p["g"] + " " + p["f"])
            )
        if name.startswith("rk"):  # the person's account in a named bank
            bank = {
                "bri": "BRI",
                "bni": "BNI",
                "mdr": "Mandiri",
                "ntt": "Bank NTT",
                "bca": "BCA",
                "bsi": "BSI",
            }[name[2:]]
            return self.account(bank)
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name == "tr":
            return self.write_land(self.person(i)["land"], "p")
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("np"):
            return self.write_npwp(self.person(i), name[2:])
        if name.startswith("bpjs"):
            return self.write_bpjs(self.person(i)["bpjsraw"], name[4:])
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


# ---------------------------------------------------------------- bodies' numbers and look-alikes


def _date(fl: Fill, i: int) -> datetime.date:
    """The i-th date of a filling: later indexes fall later; no Sunday."""
    base = datetime.date(fl.year, fl.month, fl.day)
    d = base + datetime.timedelta(days=4 * (i - 1) + fl.rng.randint(0, 2) * (i > 1))
    return d + datetime.timedelta(days=1) if d.weekday() == 6 else d


def _tgl(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return fl.rng.choice(
        (
            "%02d/%02d/%d" % (d.day, d.month, d.year),
            "%d-%d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year),
        )
    )


def _tgll(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def _hari(fl: Fill, i: int) -> str:
    d = _date(fl, i)
    return "%s, %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year)


def _dayname(fl: Fill, i: int) -> str:
    return DAYS[_date(fl, i).weekday()]


def _minute(fl: Fill, i: int) -> int:
    return fl.minute + sum(fl.gaps[:i])


def _dt(fl: Fill, i: int) -> str:
    """A chat's time stamp; the messages of one chat follow each other, over days too."""
    m = _minute(fl, i)
    d = datetime.date(fl.year, fl.month, fl.day) + datetime.timedelta(days=m // 1440)
    return "[%02d/%02d/%d %02d.%02d]" % (d.day, d.month, d.year, m // 60 % 24, m % 60)


def _da(fl: Fill, i: int) -> str:
    """An Android export's time stamp (``14/03/26 09.12 -``)."""
    m = _minute(fl, i)
    d = datetime.date(fl.year, fl.month, fl.day) + datetime.timedelta(days=m // 1440)
    return "%02d/%02d/%02d %02d.%02d -" % (d.day, d.month, d.year % 100, m // 60 % 24, m % 60)


def _hm(fl: Fill, i: int) -> str:
    m = _minute(fl, i)
    return "%02d.%02d" % (m // 60 % 24, m % 60)


def _maildate(fl: Fill, i: int) -> str:
    """A mail client's date for a quoted reply, in Indonesian or English."""
    d = _date(fl, i)
    m = _minute(fl, i * 3)
    if fl.rng.random() < 0.5:
        return "%s, %d %s %d pukul %02d.%02d" % (
            DAYS[d.weekday()],
            d.day,
            MONTHS[d.month - 1],
            d.year,
            m // 60 % 24,
            m % 60,
        )
    return "%s, %d %s %d at %02d:%02d" % (
        DAYS_EN[d.weekday()],
        d.day,
        MONTHS_EN[d.month - 1],
        d.year,
        m // 60 % 24,
        m % 60,
    )


def _money(fl: Fill, low: int, high: int, step: int) -> str:
    r = fl.rng
    v = r.randint(low // step, high // step) * step
    s = f"{v:,}".replace(",", ".")
    return r.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s,-", "Rp %s")) % s


def _tiket(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "#LPR-%d-%04d-%04d" % (fl.year, r.randint(1, 9999), r.randint(1, 9999)),
            "LAPOR-5371-%d-%05d" % (fl.year, r.randint(1, 99999)),
            "%04d-%04d-%03d" % (r.randint(1000, 9999), r.randint(1, 9999), r.randint(1, 999)),
            "#%d" % r.randint(1000000, 9999999),
        )
    )


def _surat(fl: Fill, i: int) -> str:
    r = fl.rng
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    return r.choice(
        (
            "400.%d/%03d/%s/%d"
            % (r.randint(1, 9), r.randint(1, 900), roman[fl.month - 1], fl.year),
            "470/%03d/%s/%d" % (r.randint(1, 500), roman[fl.month - 1], fl.year),
            "005/%03d/UM/%d" % (r.randint(1, 900), fl.year),
            "B.%03d/%02d/%d" % (r.randint(1, 300), fl.month, fl.year),
            "800/%03d/%s/%d" % (r.randint(1, 700), roman[fl.month - 1], fl.year),
        )
    )


def _old_body(fl: Fill, first: tuple[int, ...]) -> str:
    r = fl.rng
    return fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice(first),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "920", "921")),
                r.choice(("000", "000", "000", "001")),
            )
        )
    )


def _dotted(d: str) -> str:
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def _npx(fl: Fill, i: int) -> str:
    """A body's NPWP (a company, a cooperative, a foundation): dotted, a block, or 0 and the old number."""
    d = _old_body(fl, (1, 2, 3, 21, 31, 53, 61, 62, 70, 74, 83, 90, 96))
    return fl.rng.choice((_dotted(d), _dotted(d), d, "0" + d))


def _npbend(fl: Fill, i: int) -> str:
    """An office treasurer's NPWP (opens 00)."""
    d = _old_body(fl, (0,))
    return fl.rng.choice((_dotted(d), _dotted(d), "0" + d))


def _nitkux(fl: Fill, i: int) -> str:
    """A body's NITKU: 0, the old number, six digits."""
    d = _old_body(fl, (1, 2, 3, 21, 31, 61, 74, 83))
    return "0" + d + "%06d" % fl.rng.choice((0, 0, 1, 2))


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
    d = "%d%02d%02d%d%02d%d%03d" % (
        y, r.randint(1, 12), r.randint(1, 28), y + r.randint(22, 30), r.randint(1, 12),
        r.randint(1, 2), r.randint(1, 20),
    )  # fmt: skip
    return r.choice((d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"))


def _faktur(fl: Fill, i: int) -> str:
    r = fl.rng
    yy = fl.year % 100
    return r.choice(
        (
            "010.%03d-%02d.%08d" % (r.randint(0, 9), yy, r.randint(1, 99999999)),
            "04002%02d%010d" % (yy, r.randint(1, 9999999999)),
        )
    )


def _ntpn(fl: Fill, i: int) -> str:
    return "".join(fl.rng.choice("0123456789ABCDEF") for _ in range(16))


def _file(fl: Fill, i: int) -> str:
    r = fl.rng
    d = _date(fl, i)
    stamp = "%d%02d%02d" % (d.year, d.month, d.day)
    return r.choice(
        (
            "IMG-%s-WA%04d.jpg" % (stamp, r.randint(1, 400)),
            "Screenshot_%s-%02d%02d%02d.jpg"
            % (stamp, r.randint(7, 21), r.randint(0, 59), r.randint(0, 59)),
            "scan_%s_%03d.pdf" % (stamp, r.randint(1, 300)),
            "DOC-%s-WA%04d.pdf" % (stamp, r.randint(1, 90)),
        )
    )


OTHER_VALUES = {
    # bodies' and scams' numbers
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "x"),
    "owaz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "z"),
    "owao": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "o"),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "biz": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "short": lambda fl, i: fl.rng.choice(("1708", "112", "1500200", "165", "123", "110")),
    "npx": _npx,
    "npbend": _npbend,
    "nitkux": _nitkux,
    "npxex": lambda fl, i: fl.rng.choice(
        ("09.123.456.7-920.000", "01.234.567.8-920.000", "00.000.000.0-000.000")
    ),
    "rekx": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    # look-alikes
    "tiket": _tiket,
    "surat": _surat,
    "nib": lambda fl, i: fl.fresh(
        lambda: fl.rng.choice(("91203", "81202", "12200", "22104")) + fl.digits(8)
    ),
    "billing": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("0", "0", "1", "8")) + fl.digits(14)),
    "ntpn": _ntpn,
    "faktur": _faktur,
    "bpe": lambda fl, i: "BPE-%08d/CT/KPP.2402/%d" % (fl.rng.randint(1, 99999999), fl.year),
    "efin": lambda fl, i: fl.fresh(lambda: str(fl.rng.randint(1, 9)) + fl.digits(9)),
    "meter": lambda fl, i: fl.fresh(lambda: "14" + fl.digits(9)),
    "kpj": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("2", "1")) + fl.digits(10)),
    "nop": lambda fl, i: (
        "53.71.0%02d.0%02d.%03d-%04d.%d"
        % (
            fl.rng.randint(10, 60),
            fl.rng.randint(1, 20),
            fl.rng.randint(1, 99),
            fl.rng.randint(1, 9999),
            fl.rng.randint(0, 7),
        )
    ),
    "pbg": lambda fl, i: (
        "SK-PBG-537104-%02d%02d%d-%03d" % (fl.day, fl.month, fl.year, fl.rng.randint(1, 999))
    ),
    "va": lambda fl, i: fl.rng.choice(
        (
            "8808 " + " ".join(fl.digits(4) for _ in range(3)),
            "88888" + fl.digits(11),
            "7007" + fl.digits(12),
        )
    ),
    "idpel": lambda fl, i: fl.fresh(lambda: "53" + fl.rng.choice("1234") + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d"
        % (
            fl.rng.choice([k for k in range(1, 31) if k != 8]),
            fl.rng.randint(1, 30),
            fl.rng.randint(1, 999999),
        )
    ),
    "dtks": lambda fl, i: fl.fresh(lambda: "5371" + fl.digits(4) + "000" + fl.digits(7)),
    "kks": lambda fl, i: "6013 01" + fl.digits(2) + " " + fl.digits(4) + " " + fl.digits(4),
    "nip": _nip,
    "nisn": lambda fl, i: "0" + fl.digits(9),
    "npsn": lambda fl, i: "503" + fl.digits(5),
    "inv": lambda fl, i: "INV/%d/%02d/%04d" % (fl.year, fl.month, fl.rng.randint(1, 3000)),
    "kwit": lambda fl, i: "%04d/KW/%02d/%d" % (fl.rng.randint(1, 999), fl.month, fl.year),
    "faktur2": _faktur,
    "antrian": lambda fl, i: "%s-%03d" % ("ABCD"[fl.day % 4], 9 * i + fl.rng.randint(0, 8)),
    "reg": lambda fl, i: "%03d/REG/%d" % (fl.rng.randint(1, 700), fl.year),
    "otp": lambda fl, i: fl.digits(6),
    "token": lambda fl, i: "-".join(fl.digits(4) for _ in range(5)),
    "file": _file,
    "rp": lambda fl, i: _money(fl, 50000, 2500000, 25000),
    "rps": lambda fl, i: _money(fl, 5000, 95000, 5000),
    "rpm": lambda fl, i: _money(fl, 100000, 900000, 25000),
    "rpb": lambda fl, i: _money(fl, 2000000, 45000000, 250000),
    "tgl": _tgl,
    "tgll": _tgll,
    "hari": _hari,
    "dname": _dayname,
    "jam": lambda fl, i: (
        "%02d.%02d" % (fl.rng.randint(8, 15), fl.rng.choice((0, 0, 15, 30, 30, 45)))
    ),
    "dt": _dt,
    "da": _da,
    "ts": lambda fl, i: _dt(fl, i) if fl.tsform == "dt" else _da(fl, i),
    "hm": _hm,
    "md": _maildate,
    "thn": lambda fl, i: str(fl.year),
    "thl": lambda fl, i: str(fl.year - 1),
    "rtn": lambda fl, i: "%02d" % fl.rng.randint(1, 42),
    "rwn": lambda fl, i: "%02d" % fl.rng.randint(1, 14),
    "num": lambda fl, i: str(fl.rng.randint(3, 60)),
    "hal": lambda fl, i: str(fl.rng.randint(2, 4)),
    # places, bodies
    "kel": lambda fl, i: fl.pick("kel", KELURAHAN),
    "kec": lambda fl, i: fl.pick("kec", KECAMATAN),
    "jl": lambda fl, i: fl.pick("jl", PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.pick("jl", PUBLIC_STREETS), fl.rng.randint(1, 140)),
    "cv": lambda fl, i: fl.pick("cv", COMPANIES),
    "kop": lambda fl, i: fl.pick("kop", COOPS),
    "yay": lambda fl, i: fl.pick("yay", FOUNDATIONS),
    "shop": lambda fl, i: fl.pick("shop", SHOPS),
    "pusk": lambda fl, i: fl.pick("pusk", PUSK),
    "school": lambda fl, i: fl.pick("school", SCHOOLS),
    "body": lambda fl, i: fl.pick("body", BODIES_SHORT),
    "bnk": lambda fl, i: fl.pick("bnk", BANKS),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
PERSON_KEYS = {"N", "G", "F", "No"}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``."""
    return ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if (
            name.isupper() and len(name) > 1 and name not in PERSON_KEYS
        ):  # {KEL} is {kel} in capitals
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
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|rt\d|perumnas|perum|perumahan|btn|griya|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\(keong\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
PUNCT_EDGE = ".,;:!?-/'\")]}>|"


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9OI]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OolISB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OolISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith(("03808", "0380 8"))


def id_digits(seg: str) -> str:
    """The digits of a number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OolISB]", "", seg).translate(OCR_BACK))


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if "\r" in text or " \n" in text:
        bad.append("carriage return or trailing space")
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
            or (
                seg[0] in PUNCT_EDGE
                or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
            )
            or seg[-1] in PUNCT_EDGE
            or not seg[-1].isalnum()
        ):
            bad.append(f"edge {seg!r}")
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            words = re.split(r"[\s.,]+", seg.lower())
            if words[0] in TITLES or " ".join(words[:2]) in TITLES:
                bad.append(f"title {seg!r}")
            if (
                "@" in seg
                or ("\n" in seg and not scan)
                or (not scan and any(c.isdigit() for c in seg))
            ):
                bad.append(f"name chars {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OolISB .,\-\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9OlI ,.\-\n]", seg)
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
    # every other occurrence of a labelled value in the same text is labelled too
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
            local = AT_FORM.split(seg)[0].split(" [dot] ")[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in NUMERIC:
            d = id_digits(seg) if s["kind"] != "bank_account" else re.sub(r"\D", "", seg)
            if len(d) < 8:
                continue
            if s["kind"] == "npwp" and len(d) == 22:  # a NITKU: its NIK is the part that counts
                d = d[:16]
            pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
            joined = "".join(text[k] for k in pos).translate(OCR_BACK)
            cores = {d}
            if s["kind"] == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
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


MALE_WORDS = r"om|opa|bapa|pak|bpk|bapak|bp|suami|ayah|tn|sdr|h|ama|ko|mas|kakak laki-laki|adik laki-laki|almarhum|alm"
FEMALE_WORDS = r"mama|oma|tanta|ibu|bu|istri|bidan|nona|nn|ny|sdri|hj|ina|ci|mbak|almarhumah|almh|maitua|nyonya"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s*,?\s+(?:(?:sy|sa|saya|beta|kami|rt|guru|bidan|lurah)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
    % (MALE_WORDS, FEMALE_WORDS)
)
MALE_SET = set(MALE_WORDS.split("|"))


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    Y: tuple[int, ...] = (),
    A: tuple[int, ...] = (),
    orig: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
) -> tuple:
    return (
        style,
        theme,
        text.strip("\n"),
        {"F": F, "M": M, "E": E, "Y": Y, "A": A, "O": orig or {}, "fam": fam or {}},
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    """The template's spec, with the sex a kin word, a title or a spouse's word gives a person."""
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
    both = auto["M"] & auto["F"]
    if both:
        raise SystemExit(f"a person given both sexes: {sorted(both)}\n{chosen[:300]}")
    greet = GREETING.search(chosen[:400])
    return {
        "greet": greet.group(1).lower() if greet else "",
        "F": set(base["F"]) | (auto["F"] - set(base["M"])),
        "M": set(base["M"]) | (auto["M"] - set(base["F"])),
        "E": set(base["E"]),
        "Y": set(base["Y"]),
        "A": set(base["A"]),
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
    }


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, base) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        made = 0
        tries = 0
        last: list[str] = []
        while made < FILLS:
            tries += 1
            if tries > 600:
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:400]}"
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            marked = fill(chosen, fl)
            text, spans, values = extract(marked)
            last = problems(text, spans, values, style)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append("a text without spans needs five look-alikes")
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
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|,|\(titik\)|titik", seg):
            return "written to dodge scrapers"
        if re.search(r"\.go\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt|\d", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|btn|griya", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OolISB]", seg) or (kind == "npwp" and "," in seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        if len(d) == 22:
            return "NITKU"
        if len(d) == 15:
            if "." in seg:
                return "15 digits dotted"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        return "16 digits (the NIK)" if d.startswith("53") else "16 digits (0 and the old number)"
    if kind == "phone":
        if seg.startswith("(+62)"):
            return "(+62)"
        if re.match(r"\+62 ?-?380", seg):
            return "Kupang landline, +62"
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•·]", seg):
            return "underscores or bullets"
        if "." in seg:
            return "dots"
    if kind in ("nik", "kk") and "," in seg:
        return "in fours with commas"
    if kind in ("nik", "kk") and len(id_digits(seg)) != 16:
        return "15 or 17 digits"
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
    print(
        "mean length of a text: %d characters"
        % (sum(len(r["text"]) for r in records) / len(records))
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
    runs = ats = phones = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()_•]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
                if phone_ok(m.group().strip()):
                    phones += 1
        for m in re.finditer(r"\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                ats += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("of them shaped as a mobile or a Kupang line:", phones)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()_•]{4,}\d|\d{5,}|\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
                print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
    """Print texts drawn at random with their spans marked, for reading."""
    for r in random.Random(seed).sample(records, min(count, len(records))):
        text = r["text"]
        out = []
        pos = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            out.append(text[pos : s["start"]])
            out.append("⟦%s|%s⟧" % (s["kind"], text[s["start"] : s["end"]]))
            pos = s["end"]
        out.append(text[pos:])
        print("=== %s %s/%s" % (r["id"], r["style"], r["theme"]))
        print("".join(out))
        print()


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(records) >= FLOORS["texts"], len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("npwp", "phone", "name"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


def main() -> None:
    records = build()
    if "--loose" not in sys.argv:
        check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if "--dry" not in sys.argv and "--loose" not in sys.argv:
        OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())
    if "--review" in sys.argv:
        review(records)
    if "--show" in sys.argv:
        k = sys.argv.index("--show")
        count = int(sys.argv[k + 1])
        seed = int(sys.argv[k + 2]) if len(sys.argv) > k + 2 and sys.argv[k + 2].isdigit() else 1
        show(records, count, seed)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate. «a¦b» draws one branch.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {gx1} the given name misspelled, {g1}/{G1}/{lg1} given name or the
# name a person is called by, {f1}/{F1}/{lf1} family name, {o1} capitals with a digit read for a
# letter); {hp1} the person's mobile ({hpb1} block, {hpd1} dashes, {hps1} spaces, {hpg1} 4-3-rest,
# {hph1} 4-3-rest with dashes, {hpt1} dots, {hpi1} +62 with dashes, {hpp1} +62 with spaces, {hpj1}
# +62 in a block, {hpk1} 62 in a block, {hpm1} 62 with spaces, {hpq1} 62 with dashes, {hpc1}
# (+62), {hpu1} underscores, {hpv1} bullets, {hpo1} letters for digits, {hpn1} over a line,
# {hpx1} plain, {hpl1} local, {hpz1} international); {hq1} a second mobile; {tr1} home landline;
# {nik1} ({nikb1}, {niks1} fours, {nikt1} dots, {nikc1} commas, {nikp1} pairs, {nikn1} over a
# line, {niko1} letters for digits, {nikx1} a digit typed wrong, {nikm1} a digit left out);
# {kk1} same suffixes (fam={2: 1} makes 2 a member of 1's family); {np1} NPWP ({npd1} dotted,
# {npb1} one block, {nps1} spaced groups, {npz1} 0 and the old number, {npn1} the NIK, {npt1}
# NITKU, {npo1} as a scan reads it, {npw1} a digit typed wrong);
# {bpjs1} ({bpjss1} groups, {bpjso1} letters); {em1} ({emp1} plain, {emx1} a dodge, {emn1} over a
# line, {emk1} on an office's host); {bank1}/{rek1}; {ad1} street and number, {adr1} with RT/RW,
# {rt1} RT/RW alone, {rtk1} a table's cell; {lahir1} {lahirb1} {age1} {pl1} {pkel1} the kelurahan they live in.
# Not a person's: {owa} {owaz} {owao} an office's or a desk's mobile, {otel} an office's line,
# {biz} a business's mobile, {scam}, {short}; {npx} a body's NPWP, {npbend} a treasurer's,
# {nitkux} a body's NITKU, {npxex} an example's; {rekx} {rekntt} bodies' accounts; look-alikes
# {tiket} {surat} {nib} {billing} {ntpn} {faktur} {bpe} {efin} {kpj} {nop} {pbg} {va} {idpel}
# {samb} {dtks} {kks} {nip} {nisn} {npsn} {inv} {kwit} {antrian} {reg} {otp} {file}; figures {rp}
# {rps} {rpm} {rpb} {tgl} {tgll} {hari} {dname} {jam} {dt} {da} {hm} {md} {thn} {thl} {rtn} {rwn}
# {num} {hal}; places and bodies {kel} {kec} {jl} {jlno} {cv} {kop} {yay} {shop} {pusk} {school}
# {body} {bnk}; {KEL} and the like give the capitals.

TEMPLATES: list[tuple] = []

# ================================================================ wa_officer
# WhatsApp chats between a resident and an officer over many turns: the number asked for in one
# turn, given several turns later, corrected, repeated, quoted back.
TEMPLATES += [
    T(
        "wa_officer",
        "tax",
        """
{ts1} [[n:{s1}]]: Selamat pagi «bu¦pak». Sy mau tanya, sy mau lapor SPT tahunan tp di coretax muncul tulisan "NIK belum padan". Sy harus bagaimana ya?
{ts2} Helpdesk KPP Pratama Kupang: Selamat pagi Bapak/Ibu, terima kasih telah menghubungi layanan WhatsApp KPP Pratama Kupang. Mohon dikirimkan data berikut:
1. NPWP lama (15 digit)
2. NIK sesuai KTP
3. Nama lengkap sesuai KTP
4. Alamat email yang terdaftar di DJP Online
{ts3} [[n:{s1}]]: Baik. Sebentar sy cari kartunya dulu, kartu NPWP ada di lemari
{ts4} Helpdesk KPP Pratama Kupang: Baik, kami tunggu. Sebagai informasi, batas pelaporan SPT Tahunan orang pribadi tanggal 31 Maret {thn}. Layanan tatap muka di TPT KPP Senin–Jumat jam 08.00–15.00.
{ts5} [[n:{s1}]]: Ini yg lama «[[npwp:{npd1}]]¦[[npwp:{npb1}]]»
{ts6} [[n:{s1}]]: [[nik:{nik1}]]
{ts7} [[n:{s1}]]: Nama [[n:{N1}]], email [[e:{emp1}]]
{ts8} Helpdesk KPP Pratama Kupang: Terima kasih. Kami cek dulu, mohon ditunggu 10–15 menit.
{ts9} Helpdesk KPP Pratama Kupang: Bapak/Ibu, data NPWP tersebut di sistem kami tercatat dengan NIK yang berbeda satu digit dari yang Bapak/Ibu kirim. Pemadanan harus dilakukan dengan foto KTP. Silakan unggah di menu Profil > Data Utama, atau datang ke TPT membawa KTP asli.
{ts10} [[n:{s1}]]: Satu lagi. Di bukti potong dari kantor tertulis NPWP pemotong {npbend}, apa itu juga harus sy isi?
{ts11} Helpdesk KPP Pratama Kupang: Itu NPWP bendahara instansi pemotong, bukan NPWP Bapak/Ibu. Cukup diisi di kolom pemotong sesuai bukti potong nomor yang tertera.
{ts12} [[n:{s1}]]: Oke. Jadi setelah padan nanti yg sy pakai NIK ya, bukan lagi [[npwp:{npd1}]]?
{ts13} Helpdesk KPP Pratama Kupang: Betul, setelah padan NIK berfungsi sebagai NPWP. Terima kasih, semoga membantu.
""",
        orig={},
    ),
    T(
        "wa_officer",
        "tax",
        """
{ts1} [[n:{s1}]]: Pagi pak, sy dpt surat dr KPP no {surat} ttg SPT {thl} yg blm lapor. Padahal sy sdh lapor bulan Maret
{ts2} Layanan Informasi KPP Pratama Kupang: Selamat pagi. Mohon maaf atas ketidaknyamanannya. Untuk kami cek, boleh disampaikan NPWP Bapak/Ibu beserta nomor BPE (bukti penerimaan elektronik) pelaporan SPT-nya?
{ts3} [[n:{s1}]]: BPE sy lupa simpan di mana. Nanti sy cari di email dulu
{ts4} [[n:{s1}]]: Ketemu. {bpe}
{ts5} Layanan Informasi KPP Pratama Kupang: Terima kasih. NPWP-nya?
{ts6} [[n:{s1}]]: «Yg baru katanya sama dgn NIK, [[npwp:{npn1}]]¦Sekarang kan pakai NIK to pak. [[npwp:{npn1}]]»
{ts7} Layanan Informasi KPP Pratama Kupang: Baik, ditemukan. SPT {thl} atas NPWP [[npwp:{npn1}]] sudah diterima tanggal {tgl1}, surat tersebut dapat diabaikan. Surat dikirim otomatis sebelum data pelaporan e-Filing masuk.
{ts8} [[n:{s1}]]: Puji Tuhan. Kalau NPWP istri sy bagaimana? Dia tdk kerja, tp dulu punya NPWP sendiri waktu masih kerja di {cv}
{ts9} Layanan Informasi KPP Pratama Kupang: Jika istri tidak bekerja dan memilih menggabungkan kewajiban dengan suami, NPWP istri dapat dinonaktifkan. Mohon kirim NPWP istri untuk kami cek statusnya.
{ts10} [[n:{s1}]]: Ini punya dia «[[npwp:{npd2}]]¦[[npwp:{nps2}]]». Nama [[n:{n2}]]
{ts11} Layanan Informasi KPP Pratama Kupang: NPWP atas nama [[n:{N2}]] masih aktif dan wajib lapor. Permohonan NE (non-efektif) dapat diajukan melalui coretax. NPWP {cv} tempat beliau dulu bekerja tidak ada hubungannya, itu NPWP badan ({npx}).
{ts12} [[n:{s1}]]: Siap pak, trima kasih banyak
""",
        F=(2,),
        fam={2: 1},
    ),
    T(
        "wa_officer",
        "tax",
        """
{ts1} [[n:{s1}]]: Selamat siang. Sy penjual kue di rumah, usaha perorangan. Omzet sy kecil. Kemarin ada yg bilang sy harus bayar pajak 0,5 persen. Benar kah?
{ts2} Helpdesk KPP Pratama Kupang: Selamat siang. Untuk wajib pajak orang pribadi UMKM dengan peredaran bruto sampai Rp500 juta setahun tidak dikenai PPh final. Boleh kami tahu NPWP Ibu/Bapak?
{ts3} [[n:{s1}]]: Sy punya NPWP dr tahun {thl} waktu urus kredit di bank
{ts4} [[n:{s1}]]: Tp kartunya hilang
{ts5} Helpdesk KPP Pratama Kupang: Tidak masalah. Cukup sebutkan nomornya saja atau NIK.
{ts6} [[n:{s1}]]: Sy ada foto lama
{ts7} [[n:{s1}]]: {file1}
{ts8} [[n:{s1}]]: Di foto tertulis «[[npwp:{npd1}]]¦[[npwp:{npo1}]]». NPWP pribadi sy, usaha perorangan
{ts9} Helpdesk KPP Pratama Kupang: Terima kasih. Atas NPWP tersebut tercatat peredaran bruto tahun lalu {rpb}, jadi di bawah batas. Tidak ada setoran PPh final untuk tahun ini.
{ts10} [[n:{s1}]]: Oh syukur. Lalu toko bahan kue langganan sy, «Toko Sembako Tiga Putri¦Toko Bahan Kue Sinar Oebobo¦Toko Roti dan Bahan Kue Cahaya», kasih nota ada NPWP tokonya {npx}. Itu sy perlu catat?
{ts11} Helpdesk KPP Pratama Kupang: Tidak perlu, itu NPWP penjual. Yang perlu Ibu/Bapak catat hanya peredaran usaha sendiri per bulan.
{ts12} [[n:{s1}]]: Baik. Sekali lagi sy konfirmasi NPWP sy [[npwp:{npd1}]] ya, bukan yg di nota
{ts13} Helpdesk KPP Pratama Kupang: Betul.
""",
        F=(1,),
    ),
    T(
        "wa_officer",
        "licensing",
        """
{ts1} [[n:{s1}]]: Selamat siang pak/ibu, sy mau urus NIB untuk usaha «catering¦laundry¦bengkel las¦sablon» sy. Tapi di OSS minta NPWP. Usaha sy perorangan
{ts2} Layanan OSS DPMPTSP Kota Kupang: Selamat siang. Untuk usaha perorangan, NPWP yang dipakai adalah NPWP pribadi pelaku usaha (sekarang NIK). Mohon kirim NIK dan NPWP pribadi Bapak/Ibu untuk kami bantu cek.
{ts3} [[n:{s1}]]: NPWP sy masih yg lama. Apa bisa?
{ts4} Layanan OSS DPMPTSP Kota Kupang: Bisa, silakan dikirim.
{ts5} [[n:{s1}]]: Sebentar, sy masih di pasar
{ts6} [[n:{s1}]]: [[npwp:{npb1}]]
{ts7} [[n:{s1}]]: NIK [[nik:{nik1}]]
{ts8} Layanan OSS DPMPTSP Kota Kupang: Terima kasih. NPWP dan NIK sudah padan. Silakan login ulang ke oss.go.id lalu pilih "Perizinan Berusaha" > "Usaha Mikro".
{ts9} [[n:{s1}]]: Sudah pak, NIB keluar {nib}. Alamat usaha sy isi alamat rumah, [[a:{adr1}]], Kel. {pkel1}. Tidak apa kah?
{ts10} Layanan OSS DPMPTSP Kota Kupang: Tidak apa-apa untuk usaha mikro di rumah tinggal. Kalau nanti buka tempat usaha terpisah wajib diperbarui.
{ts11} [[n:{s1}]]: Terus kalau sy buka CV dgn saudara, NPWP CV pakai yg mana?
{ts12} Layanan OSS DPMPTSP Kota Kupang: CV wajib punya NPWP badan sendiri (formatnya seperti {npxex}), didaftarkan di KPP setelah akta dan SK Kemenkumham terbit. NPWP pribadi Bapak/Ibu ([[npwp:{npb1}]]) tidak dipakai untuk CV.
{ts13} [[n:{s1}]]: Siap, mksh banyak
""",
    ),
    T(
        "wa_officer",
        "licensing",
        """
{ts1} [[n:{s1}]]: Selamat pagi. Sy mau tanya status permohonan PBG rumah tinggal sy, no registrasi {reg}
{ts2} Helpdesk PBG Dinas PUPR Kota Kupang: Pagi. Permohonan a.n. siapa dan lokasinya di mana?
{ts3} [[n:{s1}]]: A.n. sy sendiri, [[n:{n1}]]. Rumah sy di [[a:{adr1}]], Kel. {pkel1}
{ts4} Helpdesk PBG Dinas PUPR Kota Kupang: Terima kasih. Berkas masih kurang: fotokopi KTP pemohon dan SPPT PBB tahun berjalan. NIK pemohon juga belum diisi di SIMBG.
{ts5} [[n:{s1}]]: SPPT ada, NOP {nop}. Tapi nama di SPPT masih nama almarhum bapa sy, [[n:{n2}]]
{ts6} Helpdesk PBG Dinas PUPR Kota Kupang: Tidak masalah, lampirkan surat keterangan ahli waris dari kelurahan.
{ts7} [[n:{s1}]]: Baik. Lalu NIK nya sy kirim di sini?
{ts8} Helpdesk PBG Dinas PUPR Kota Kupang: Boleh, nanti kami bantu input.
{ts9} [[n:{s1}]]: «[[nik:{nik1}]]¦[[nik:{niks1}]]»
{ts10} Helpdesk PBG Dinas PUPR Kota Kupang: Sudah kami input. Retribusi PBG {rpb} dibayar lewat kode bayar {billing} di Bank NTT, berlaku 7 hari.
{ts11} [[n:{s1}]]: Kontraktor yg bangun rumah sy, {cv}, minta nomor PBG utk kontrak. Sy kasih nomor registrasi dulu boleh?
{ts12} Helpdesk PBG Dinas PUPR Kota Kupang: Boleh untuk sementara. Nomor PBG terbit setelah retribusi dibayar, formatnya seperti {pbg}.
{ts13} [[n:{s1}]]: Oke, trima kasih pak
""",
        M=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "wa_officer",
        "social_aid",
        """
{ts1} [[n:{s1}]]: Selamat sore ibu pendamping. Sy mau tanya kenapa bantuan PKH sy tahap ini belum masuk, tetangga2 sdh
{ts2} Bu [[n:{g2}]] Pendamping PKH: Sore mama. Boleh kirim NIK dan nomor KK mama? Nanti sy cek di aplikasi
{ts3} [[n:{s1}]]: Sebentar ibu, kartu keluarga ada di anak sy
{ts4} Bu [[n:{g2}]] Pendamping PKH: Iya mama, santai sa
{ts5} [[n:{s1}]]: {file1}
{ts6} Bu [[n:{g2}]] Pendamping PKH: Fotonya buram mama, angkanya sonde kelihatan. Ketik sa
{ts7} [[n:{s1}]]: [[nik:{nik1}]]
{ts8} [[n:{s1}]]: [[kk:{kk1}]]
{ts9} Bu [[n:{g2}]] Pendamping PKH: Sudah sy cek. NIK mama padan, tapi di SIKS-NG statusnya "rekening tidak aktif". Bantuan tahap ini ditahan bank. Nomor rekening KKS mama berapa? Yg di buku tabungan BNI, bukan nomor kartu
{ts10} [[n:{s1}]]: Di kartu ada {kks}
{ts11} Bu [[n:{g2}]] Pendamping PKH: Itu nomor kartu mama. Lihat di buku tabungan halaman depan
{ts12} [[n:{s1}]]: [[b:{rkbni1}]]
{ts13} Bu [[n:{g2}]] Pendamping PKH: Oke. Rekening [[b:{rkbni1}]] harus diaktifkan lagi di BNI {kel}. Bawa KTP, KK dan kartu KKS. Kalau ada kendala telpon sy langsung di [[p:{hp2}]], jangan ke nomor kantor Dinsos {otel} karena sering sibuk.
{ts14} [[n:{s1}]]: Baik ibu, terima kasih banyak. Tuhan berkati
""",
        F=(1,),
    ),
    T(
        "wa_officer",
        "social_aid",
        """
{ts1} [[n:{s1}]]: Selamat pagi pak. Sy mau daftar BLT utk mama sy yg sdh lansia, mama tinggal sendiri di [[a:{rt2}]] Kel. {pkel2}
{ts2} Operator SIKS-NG Kel. {kel}: Pagi. Sebutkan nama lengkap ibu, NIK ibu, dan nomor HP yang bisa dihubungi.
{ts3} [[n:{s1}]]: Nama [[n:{n2}]]
{ts4} [[n:{s1}]]: NIK [[nik:{nikx2}]]
{ts5} [[n:{s1}]]: HP pakai sy punya sa pak, [[p:{hp1}]]
{ts6} Operator SIKS-NG Kel. {kel}: NIK ini tidak ditemukan di data Dukcapil. Coba cek lagi.
{ts7} [[n:{s1}]]: Aduh maaf pak sy salah ketik. Yg benar [[nik:{nik2}]]
{ts8} Operator SIKS-NG Kel. {kel}: Oke ketemu. Ibu [[n:{n2}]], lahir {lahir2}. Sudah kami usulkan di musyawarah kelurahan tanggal {tgl2}. ID usulan {dtks}.
{ts9} [[n:{s1}]]: Kapan hasilnya pak?
{ts10} Operator SIKS-NG Kel. {kel}: Biasanya 1-2 bulan. Cek di cekbansos.kemensos.go.id pakai nama dan wilayah. Jangan percaya orang yang minta uang untuk daftar. Pengaduan resmi ke WA Dinsos {owa}.
{ts11} [[n:{s1}]]: Siap pak. Jadi NIK mama yg dipakai [[nik:{nik2}]] ya, yg tadi [[nik:{nikx2}]] salah
{ts12} Operator SIKS-NG Kel. {kel}: Betul.
""",
        F=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "wa_officer",
        "health",
        """
{ts1} [[n:{s1}]]: Selamat siang ibu. Kartu KIS anak sy tdk aktif waktu berobat di puskesmas {pusk}, katanya PBI dinonaktifkan
{ts2} Petugas Jamkesda Dinkes: Selamat siang. Mohon kirim nomor kartu KIS anak, NIK anak, dan nama sesuai kartu.
{ts3} [[n:{s1}]]: Nama [[n:{n2}]], umur {age2} thn
{ts4} [[n:{s1}]]: NIK nya [[nik:{nik2}]]
{ts5} Petugas Jamkesda Dinkes: Nomor kartunya?
{ts6} [[n:{s1}]]: Kartu dibawa bapanya ke kantor, nanti sore sy kirim
{ts7} [[n:{s1}]]: Maaf ibu baru kirim. «[[bpjs:{bpjs2}]]¦[[bpjs:{bpjss2}]]»
{ts8} Petugas Jamkesda Dinkes: Terima kasih. Kartu [[bpjs:{bpjs2}]] a.n. [[n:{N2}]] nonaktif sejak {tgl1} karena pemutakhiran DTKS. Bisa diaktifkan lewat Pemda (PBI APBD). Kami perlu NIK kepala keluarga dan nomor KK.
{ts9} [[n:{s1}]]: Kepala keluarga suami sy, [[n:{n3}]]. NIK [[nik:{nik3}]]. KK [[kk:{kk3}]]
{ts10} Petugas Jamkesda Dinkes: Sudah kami usulkan, paling lambat aktif tanggal 1 bulan depan. Selama menunggu, berobat tetap dilayani di puskesmas dengan surat keterangan dari kami nomor {surat}.
{ts11} [[n:{s1}]]: Terima kasih ibu. Sy simpan nomor ibu ya
""",
        F=(1,),
        M=(3,),
        Y=(2,),
        A=(1, 3),
        fam={2: 3, 1: 3},
    ),
    T(
        "wa_officer",
        "civil_registry",
        """
{ts1} [[n:{s1}]]: Selamat pagi Dukcapil. Sy mau tambah anak sy yg baru lahir ke KK
{ts2} Layanan WA Disdukcapil Kota Kupang: Selamat pagi. Syarat: surat keterangan lahir dari RS/bidan, KK asli, KTP kedua orang tua, buku nikah. Mohon kirim NIK lalu No. KK pemohon untuk kami buatkan nomor antrian online.
{ts3} [[n:{s1}]]: Buku nikah sy masih di kampung di «Rote¦Sabu¦Alor¦Soe¦Atambua¦Lembata», bisa pakai fotokopi?
{ts4} Layanan WA Disdukcapil Kota Kupang: Bisa fotokopi dilegalisir.
{ts5} [[n:{s1}]]: Ok. Ini punya sy: [[nik:{nik1}]] / [[kk:{kk1}]]
{ts6} Layanan WA Disdukcapil Kota Kupang: Terima kasih. Nomor antrian Bapak/Ibu {antrian1} untuk hari {hari2} jam {jam}. Nama bayi yang akan dimasukkan?
{ts7} [[n:{s1}]]: [[n:{n2}]]
{ts8} Layanan WA Disdukcapil Kota Kupang: Baik. Setelah KK baru terbit, bayi [[n:{n2}]] mendapat NIK sendiri. KK lama nomor [[kk:{kk1}]] tetap dipakai, hanya dicetak ulang.
{ts9} [[n:{s1}]]: Berarti nomor KK tdk berubah?
{ts10} Layanan WA Disdukcapil Kota Kupang: Tidak berubah. Yang berubah tanggal cetak. Info lanjut hubungi call center {otel}.
""",
        Y=(2,),
        A=(1,),
        fam={2: 1},
    ),
    T(
        "wa_officer",
        "land_housing",
        """
{ts1} [[n:{s1}]]: Pagi bapak, sy dpt SPPT PBB tahun ini tapi nama wajib pajaknya masih nama almarhum bapa sy, [[n:{N2}]]. Sy mau balik nama
{ts2} Layanan PBB Bapenda Kota Kupang: Pagi. Untuk mutasi nama SPPT, siapkan: SPPT tahun berjalan, bukti lunas 5 tahun terakhir, akta kematian, surat keterangan waris, KTP dan KK ahli waris. Boleh dikirim dulu NOP-nya?
{ts3} [[n:{s1}]]: NOP {nop}
{ts4} Layanan PBB Bapenda Kota Kupang: Terima kasih. Objek atas nama [[n:{N2}]], letak objek {jl}. Tunggakan {thl} sebesar {rpm}. Kode bayar {billing}.
{ts5} [[n:{s1}]]: Itu tanah kosong pak, bukan rumah sy. Rumah sy di [[a:{ad1}]]
{ts6} [[n:{s1}]]: Bapa dulu punya NPWP, perlu sy lampirkan?
{ts7} Layanan PBB Bapenda Kota Kupang: Kalau ada, lampirkan saja.
{ts8} [[n:{s1}]]: Di map bapa ada kartu NPWP «[[npwp:{npd2}]]¦[[npwp:{nps2}]]». Sy punya NIK [[nik:{nik1}]]
{ts9} Layanan PBB Bapenda Kota Kupang: Baik. Berkas diantar ke loket PBB Bapenda, {jlno}. Setelah diproses, SPPT tahun depan atas nama ahli waris.
{ts10} [[n:{s1}]]: Oke. Nanti NPWP almarhum [[npwp:{npd2}]] itu ditutup di mana pak?
{ts11} Layanan PBB Bapenda Kota Kupang: Penghapusan NPWP di KPP Pratama Kupang, bukan di Bapenda. Kring Pajak 1500200.
""",
        M=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "wa_officer",
        "schools_work",
        """
{ts1} Bendahara {school}: Selamat pagi bapak ibu guru honor. Untuk pembayaran honor triwulan ini, mohon setiap guru kirim NPWP pribadi paling lambat {dname2}. Yang belum punya NPWP kirim NIK. NPWP sekolah (bendahara) {npbend} jangan dipakai di form pribadi.
{ts2} [[n:{s1}]]: Pagi ibu bendahara. Sy sudah kirim ke japri ibu ya
{ts3} [[n:{s3}]]: Ibu, NPWP sy yg lama sdh tidak dipakai to? Sekarang NIK?
{ts4} Bendahara {school}: Betul bapak ibu, untuk yang sudah padan pakai NIK 16 digit.
{ts5} [[n:{s3}]]: Ini punya sy [[npwp:{npn3}]]
{ts6} [[n:{s4}]]: Sy belum punya NPWP ibu. NIK sy [[nik:{nik4}]]
{ts7} Bendahara {school}: Baik. Pak/Ibu [[n:{g4}]] nanti kena tarif lebih tinggi 20% karena tanpa NPWP ya.
{ts8} [[n:{s1}]]: Ibu, yg sy kirim japri [[npwp:{npd1}]] itu masih berlaku kah?
{ts9} Bendahara {school}: Masih bisa sampai sistem pusat tutup. Tapi lebih baik padankan di DJP Online supaya NIK bisa dipakai.
{ts10} [[n:{s3}]]: Ibu bukti potong triwulan lalu belum sy terima
{ts11} Bendahara {school}: Bukti potong dikirim ke email masing2. Nomor bukti potong dimulai dengan 1.1-{thn}. Yang belum terima cek folder spam.
""",
    ),
    # ---- without personal data
    T(
        "wa_officer",
        "tax",
        """
Mohon bantuan. Sy sdh bayar pajak tapi di sistem belum masuk. Berikut isi chat sy dgn helpdesk:

Saya: Selamat siang, sy sdh setor PPh lewat kode billing {billing} tgl {tgl1} tp status masih belum bayar
Helpdesk KPP: Selamat siang. Mohon kirim NTPN yang tertera di bukti setor.
Saya: NTPN {ntpn}
Helpdesk KPP: Terima kasih. NTPN tersebut tercatat untuk kode billing lain yang diawali 0{num}. Kemungkinan salah pilih billing saat bayar di teller.
Saya: Jadi bagaimana?
Helpdesk KPP: Ajukan pemindahbukuan (Pbk) di TPT KPP dengan membawa bukti setor asli. Info ke Kring Pajak 1500200 atau WA {owa}.

Sudah 3 minggu belum selesai. Nomor tiket pengaduan sy {tiket}. Faktur dari rekanan juga tertahan, nomor faktur {faktur}. Mohon dibantu.
""",
    ),
    T(
        "wa_officer",
        "licensing",
        """
{ts1} Operator OSS: Selamat pagi bapak ibu. Rekap permohonan yg tertahan minggu ini:
1) {cv} – NPWP {npx1} – NIB {nib1} – kendala KBLI tidak sesuai
2) {kop} – NPWP {npx2} – NIB {nib2} – belum upload akta perubahan
3) {cv2} cabang Kupang – NITKU {nitkux} – menunggu verifikasi lokasi
{ts2} Kasi Perizinan Usaha: Nomor 1 tolong hubungi via email resmi perusahaan, jangan telpon HP pribadi pengurus.
{ts3} Operator OSS: Siap. Nomor 2 sudah dihubungi ke telp koperasi {otel}, katanya minggu depan.
{ts4} Kabid Pelayanan: Untuk PBG hari ini masuk {num} berkas, nomor registrasi {reg1} s/d {reg2}. Retribusi via kode bayar Bank NTT.
{ts5} Kasi Perizinan Usaha: Catatan: NPWP badan wajib 16 digit mulai tahun ini, yg 15 digit tambah 0 di depan. Contoh {npxex}.
{ts6} Operator OSS: Noted. Helpdesk OSS pusat 1500 765 atau WA {owa}.
""",
    ),
    T(
        "wa_officer",
        "social_aid",
        """
{ts1} Admin Grup Kader Kel. {kel}: Selamat sore bapak mama. Info dari Dinas Sosial: penyaluran BPNT tahap ini tanggal {tgl1} s/d {tgl2} di kantor pos {kel}.
{ts2} Admin Grup Kader Kel. {kel}: Bawa KTP asli, KK asli dan kartu KKS. Undangan dengan nomor urut {num} ke atas datang hari kedua.
{ts3} Kader Posyandu RT {rtn}: Admin, yg kartu KKS hilang bagaimana?
{ts4} Admin Grup Kader Kel. {kel}: Lapor ke BNI kantor cabang, bawa surat keterangan hilang dari polsek. Nomor KKS lama (contoh {kks}) diblokir dulu.
{ts5} Kader Posyandu RT {rtn}: Ada warga dapat WA dari nomor {scam} ngaku dari Kemensos minta transfer Rp 150 ribu biar bantuan cair. Itu benar?
{ts6} Admin Grup Kader Kel. {kel}: ITU PENIPUAN. Dinsos tidak pernah minta uang. Pengaduan resmi hanya ke WA Dinsos {owa} atau telp {otel}.
{ts7} Kader Posyandu RT {rtn}: Siap, sy sebar ke warga
""",
    ),
    T(
        "wa_officer",
        "scam_fraud",
        """
Sy mau lapor. Ada nomor WA ngaku dari kantor pajak, minta data. Ini chat nya sy salin:

{scam}: Selamat siang Bapak/Ibu Wajib Pajak. Kami dari KPP Pratama Kupang. NPWP Anda terdeteksi belum pemadanan dan akan diblokir per {tgl1}.
Saya: Blokir kenapa?
{scam}: Silakan klik tautan ini untuk pemadanan dan kirim kode OTP yang masuk.
Saya: Saya cek dulu ke kantor
{scam}: Batas waktu hari ini jam {jam}. Denda Rp 2.000.000 kalau lewat.

Sy telpon Kring Pajak 1500200, katanya KPP tidak pernah minta OTP lewat WA. Helpdesk resmi KPP Pratama Kupang WA {owa} dan telp {otel}. Tolong nomor {scam} itu diblokir. Nomor laporan polisi sy {tiket}.
""",
    ),
    T(
        "wa_officer",
        "tax",
        """
{ts1} Bendahara Dinkes: Selamat pagi rekan2 bendahara. Pengingat setor PPh 21 masa ini paling lambat tgl 15. ID billing dibuat dari NPWP bendahara masing2, bukan NPWP pribadi.
{ts2} Bendahara {school}: Pagi. NPWP bendahara kami {npbend1}, NITKU {nitkux}. Benar begitu formatnya?
{ts3} Bendahara Dinkes: Benar. Punya Dinkes {npbend2}.
{ts4} Bendahara Puskesmas {pusk}: Kami sudah setor kemarin, NTPN {ntpn}. Kode billing {billing}.
{ts5} Bendahara Dinkes: Bagus. Yang e-Bupot error hubungi helpdesk KPP WA {owa}. Jangan lupa faktur rekanan {faktur} sudah harus di-approve.
{ts6} Bendahara {school}: Siap, terima kasih
""",
    ),
    T(
        "wa_officer",
        "health",
        """
Ini percakapan sy dengan layanan WA puskesmas, mohon perbaikan sistemnya:

Anda: Daftar poli umum
Layanan Puskesmas {pusk}: Selamat datang. Ketik NIK pasien (16 digit) untuk mendaftar.
Anda: (sy ketik NIK)
Layanan Puskesmas {pusk}: Maaf, sistem sedang gangguan. Silakan datang langsung. Nomor antrian loket {antrian1}.
Anda: Sy sdh di loket, antrian sdh {antrian2}
Layanan Puskesmas {pusk}: Terima kasih. Jam layanan Senin–Kamis 07.30–14.00, Jumat 07.30–11.00. Informasi: {otel} / WA {owa}.

Sudah 3 kali begini, tgl {tgl1}, {tgl2} dan hari ini. Mohon diperbaiki. Nomor pengaduan di web {tiket}.
""",
    ),
]

# ================================================================ email_thread
# E-mail threads with quoted replies (`> ...`, `On ... wrote:`, `Pada ... menulis:`): the number
# asked for in the office's mail and given in the reply above it, quoted again further down.
TEMPLATES += [
    T(
        "email_thread",
        "tax",
        """
Subject: Re: Pemadanan NIK sebagai NPWP
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Seksi Pelayanan KPP Pratama Kupang <pelayanan.kpp920@pajak.go.id>
Date: {md3}

Selamat siang Bapak/Ibu,

Berikut data yang diminta:
1. [[npwp:{npd1}]]
2. [[nik:{nik1}]]
3. Nomor HP aktif [[p:{hp1}]]

Foto KTP terlampir ({file1}).

Salam,
[[n:{n1}]]

«On¦Pada» {md2}, Seksi Pelayanan KPP Pratama Kupang <pelayanan.kpp920@pajak.go.id> «wrote¦menulis»:
> Yth. Bapak/Ibu Wajib Pajak,
>
> Menindaklanjuti permohonan Bapak/Ibu tanggal {tgl1}, mohon dikirimkan kembali
> (1) NPWP lama, (2) NIK sesuai KTP, dan (3) nomor HP aktif yang terhubung dengan akun DJP Online.
> Data sebelumnya tidak dapat kami proses karena foto KTP terpotong.
>
> Hormat kami,
> Seksi Pelayanan
> KPP Pratama Kupang
> {jlno}, Kupang
> Telp. {otel}
>
> «On¦Pada» {md1}, [[n:{n1}]] <[[e:{emp1}]]> «wrote¦menulis»:
>> Selamat pagi, sy tidak bisa login coretax karena NIK belum padan. Mohon dibantu.
""",
    ),
    T(
        "email_thread",
        "tax",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{emp1}]]>
To: [[n:{n2}]] <[[e:{emj2}]]>
Cc: informasi@pajak.go.id
Subject: RE: Restitusi PPh «{thl}¦tahun lalu» – data rekening

Yth. Bapak [[n:{g2}]],

Sesuai permintaan Bapak di email sebelumnya, nomor rekening untuk pengembalian adalah «[[b:{rkbri1}]] (BRI)¦[[b:{rkmdr1}]] (Mandiri)¦[[b:{rkntt1}]] (Bank NTT)» atas nama sendiri, [[n:{N1}]]. NITKU saya [[npwp:{npt1}]].

Mohon maaf terlambat membalas, saya baru kembali dari dinas luar.

Terima kasih,
[[n:{g1}]]

-----Original Message-----
From: [[n:{n2}]] <[[e:{emj2}]]>
Sent: {md2}
To: [[n:{n1}]]
Subject: Restitusi PPh – data rekening

Selamat siang Bapak/Ibu,

Atas SPT dengan lebih bayar {rpm}, SKPLB nomor KEP-{num}/WPJ.14/KP.0203/{thn} sudah terbit. Mohon konfirmasi nomor rekening atas nama Wajib Pajak sendiri (bukan rekening perusahaan/kantor). Rekening kantor tempat Bapak/Ibu bekerja ({rekx}) tidak dapat digunakan.

Salam,
[[n:{n2}]]
Account Representative
Seksi Pengawasan II, KPP Pratama Kupang
Telp. {otel} ext. {num2}
""",
        M=(2,),
    ),
    T(
        "email_thread",
        "licensing",
        """
Subject: Re: Kekurangan berkas permohonan izin usaha – {cv}
From: [[n:{n1}]] <[[e:{emp1}]]>
To: perizinan@kupangkota.go.id

Selamat pagi,

Menjawab email Bapak/Ibu di bawah:
- NPWP perusahaan: {npx}
- NIB: {nib}
- NIK penanggung jawab (saya sendiri selaku direktur): [[nik:{nik1}]]
- NPWP pribadi penanggung jawab: [[npwp:{npd1}]]
- Alamat kantor: {jlno}
- Alamat tempat tinggal penanggung jawab: [[a:{adr1}]]

Mohon dapat diproses.

Hormat saya,
[[n:{n1}]]
Direktur {cv}

«Pada¦On» {md1}, DPMPTSP Kota Kupang <perizinan@kupangkota.go.id> «menulis¦wrote»:
> Kepada Yth. Direktur {cv}
>
> Berkas permohonan belum lengkap. Mohon dilengkapi:
> 1. NPWP perusahaan dan NIB
> 2. NIK dan NPWP pribadi penanggung jawab
> 3. Alamat kantor dan alamat tempat tinggal penanggung jawab sesuai KTP
>
> Helpdesk perizinan: {otel} / WA {owa}.
""",
    ),
    T(
        "email_thread",
        "social_aid",
        """
Subject: Re: Re: Bantuan tidak masuk ke rekening
From: [[n:{n1}]] <[[e:{em1}]]>
To: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>

Selamat sore,

Nomor rekening yang benar: [[b:{rkntt1}]] (Bank NTT) a.n. [[n:{N1}]].
Yang saya tulis di formulir waktu itu kurang satu angka. Ibu saya [[n:{n2}]] juga penerima, NIK beliau [[nik:{nik2}]].

Terima kasih.

> Pada {md2}, Dinas Sosial Kota Kupang menulis:
> Yth. Sdr/i [[n:{n1}]],
> Dana tahap {hal} sudah disalurkan dari rekening penampung Dinas Sosial ({rekntt}) pada {tgl2}, namun ditolak bank
> dengan keterangan "rekening tidak ditemukan". Mohon kirim ulang nomor rekening atas nama penerima beserta bank-nya.
>
>> Pada {md1}, [[n:{n1}]] menulis:
>> Selamat pagi, saya penerima bantuan UMKM dengan NIK [[nik:{nik1}]]. Sampai hari ini dana belum masuk.
>> Terima kasih.
""",
        F=(2,),
        E=(2,),
        fam={1: 2},
    ),
    T(
        "email_thread",
        "schools_work",
        """
From: Bendahara {school} <bendahara.sekolah.kpg@gmail.com>
To: [[n:{n4}]] <[[e:{emp4}]]>
Subject: Fwd: Rekap NPWP guru honor (diminta bendahara dinas)

Yth. Bapak/Ibu Kepala Sekolah,

Berikut rekap yang sudah masuk. NPWP sekolah (bendahara) {npbend} tidak dimasukkan.

Rekap NPWP guru honor {school}
1. [[n:{n1}]] — [[npwp:{npn1}]]
2. [[n:{n2}]] — [[npwp:{npd2}]]
3. [[n:{n3}]] — belum punya, NIK [[nik:{nik3}]]

---------- Forwarded message ---------
From: Subbag Keuangan Dinas Pendidikan <keuangan.dikbud.kotakupang@gmail.com>
Date: {md1}
Subject: Rekap NPWP guru honor

Mohon setiap sekolah mengirim NPWP guru honor paling lambat {tgl2}. Guru yang belum padan NIK-NPWP agar dibantu operator. Format: Nama — NPWP (16 digit).
""",
    ),
    T(
        "email_thread",
        "health",
        """
Subject: Re: Klaim rawat inap pasien JKN a.n. [[n:{N1}]]
From: Verifikator Klaim RSUD <klaim.rsud.kupang@gmail.com>
To: [[n:{n2}]] <[[e:{emp2}]]>

Yth. Keluarga pasien,

Terima kasih atas balasannya. Nomor kartu JKN yang Bapak/Ibu kirim di bawah ([[bpjs:{bpjs1}]]) sudah sesuai dengan NIK pasien [[nik:{nik1}]]. Berkas klaim kami teruskan ke BPJS Kesehatan Cabang Kupang.

Untuk honor jasa medis, NPWP dokter penanggung jawab dr. [[n:{n3}]] ([[npwp:{npd3}]]) sudah kami catat; NPWP RSUD ({npx}) tercetak di kuitansi.

Salam,
Verifikator Klaim

> On {md1}, [[n:{n2}]] <[[e:{emp2}]]> wrote:
> Selamat siang, ini nomor kartu mama saya [[bpjs:{bpjs1}]]. NIK mama [[nik:{nik1}]].
> Saya anaknya, HP [[p:{hp2}]].
""",
        F=(1,),
        E=(1,),
    ),
    T(
        "email_thread",
        "utilities",
        """
Subject: Balik nama sambungan PDAM – ID pelanggan {idpel}
From: [[n:{n1}]] <[[e:{em1}]]>
To: Layanan Pelanggan Perumda Air Minum Tirta Lontar <pelanggan.pdam@gmail.com>

Selamat pagi,

Menindaklanjuti email di bawah, berikut data pemilik baru:
Nama   : [[n:{N1}]]
NIK    : [[nik:{nik1}]]
Alamat : [[a:{adr1}]], Kel. {pkel1}
HP     : [[p:{hp1}]]

Pemilik lama, Bapak [[n:{n2}]], sudah pindah ke «Soe¦Atambua¦Ende». Nomor sambungan {samb}.

Terima kasih,
[[n:{g1}]]

> Pada {md1}, Layanan Pelanggan PDAM menulis:
> Untuk balik nama sambungan, mohon kirim nama, NIK, alamat lengkap dan nomor HP pemilik baru,
> serta foto rekening air bulan terakhir. Biaya administrasi {rpm} dibayar di loket {jlno}.
""",
    ),
    T(
        "email_thread",
        "land_housing",
        """
From: Kantor Notaris/PPAT <notaris.ppat.kupang@gmail.com>
To: [[n:{n1}]] <[[e:{emp1}]]>; [[n:{n2}]] <[[e:{emp2}]]>
Subject: Re: Data untuk akta jual beli dan BPHTB

Yth. Bapak/Ibu,

Terima kasih, data sudah lengkap:

PENJUAL : [[n:{N1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npd1}]]
PEMBELI : [[n:{N2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{npn2}]]
Objek   : NOP {nop}, letak di {jl}, luas {num}0 m2

Kode bayar BPHTB pembeli {billing}, PPh penjual dibayar dengan ID billing yang akan kami kirim.

> Pada {md2}, [[n:{n2}]] menulis:
> Ini data saya sebagai pembeli. NIK [[nik:{nik2}]]. NPWP saya sama dengan NIK.
>
>> Pada {md1}, Kantor Notaris/PPAT menulis:
>> Mohon penjual dan pembeli mengirim NIK dan NPWP masing-masing untuk perhitungan BPHTB dan PPh.
""",
    ),
    T(
        "email_thread",
        "civil_registry",
        """
Subject: Re: Perbaikan tanggal lahir di KTP-el
From: [[n:{n1}]] <[[e:{em1}]]>
To: Disdukcapil Kota Kupang <dukcapil@kupangkota.go.id>

Yth. Petugas,

Terima kasih. NIK lama saya [[nik:{nikd1}]] (tanggal lahir salah), yang baru setelah perbaikan [[nik:{nik1}]]. Apakah BPJS dan rekening bank saya harus diperbarui juga?

Salam,
[[n:{n1}]]

> On {md1}, Disdukcapil Kota Kupang wrote:
> Perbaikan tanggal lahir sudah selesai. Karena tanggal lahir berubah, NIK Bapak/Ibu ikut berubah.
> KTP-el baru dapat diambil di loket {hal} dengan nomor antrian {antrian}. Harap membawa KTP lama.
> Instansi lain (BPJS, bank, KPP) perlu diinformasikan NIK yang baru.
""",
    ),
    T(
        "email_thread",
        "scam_fraud",
        """
Subject: Fwd: PENTING: Verifikasi NPWP Anda sebelum diblokir
From: [[n:{n1}]] <[[e:{emp1}]]>
To: pengaduan@pajak.go.id

Selamat malam, saya terima email di bawah. Apakah ini resmi? Saya hampir mengisi NPWP saya [[npwp:{npd1}]] dan NIK di formulirnya. Mohon konfirmasi.

[[n:{n1}]]
HP [[p:{hp1}]]

---------- Forwarded message ---------
From: DJP Verifikasi <verifikasi.djp.online@gmail.com>
Date: {md1}
Subject: PENTING: Verifikasi NPWP Anda sebelum diblokir

Yth. Wajib Pajak,
NPWP Anda terdeteksi belum dipadankan. Klik tautan di bawah dan isi NPWP, NIK, EFIN dan kode OTP. Jika tidak, NPWP diblokir dan dikenai denda {rp}.
Hubungi admin kami di WA {scam}.
""",
    ),
    T(
        "email_thread",
        "licensing",
        """
Subject: Re: Perpanjangan izin usaha koperasi
From: [[n:{n1}]] <[[e:{emp1}]]>
To: Bidang Kelembagaan Dinas Koperasi <kelembagaan.diskop@gmail.com>

Selamat siang,

Berikut data yang diminta:
NPWP koperasi: {npx}
NIB koperasi: {nib}
Ketua       : [[n:{n1}]] — NPWP [[npwp:{npd1}]]
Sekretaris  : [[n:{n2}]] — NPWP [[npwp:{npn2}]]
Bendahara   : [[n:{n3}]] — NPWP [[npwp:{npb3}]]

Rekening koperasi di Bank NTT ({rekntt}) atas nama koperasi.

Salam,
[[n:{n1}]]
Ketua {kop}

«Pada¦On» {md1}, Bidang Kelembagaan «menulis¦wrote»:
> Mohon kirim NPWP dan NIB koperasi, serta nama dan NPWP pengurus (ketua, sekretaris, bendahara).
""",
    ),
    # ---- without personal data
    T(
        "email_thread",
        "tax",
        """
From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
To: wp-kupang-920@lists.pajak.go.id
Subject: Pengingat: pemadanan NIK–NPWP dan pelaporan SPT Tahunan {thn}

Yth. Wajib Pajak,

Mulai tahun ini NIK digunakan sebagai NPWP orang pribadi, dan NPWP 15 digit badan ditulis 16 digit dengan angka 0 di depan (contoh: {npxex} menjadi 0{num}...). Cabang menggunakan NITKU 22 digit.

Pelaporan SPT Tahunan orang pribadi paling lambat 31 Maret {thn}, badan 30 April {thn}. Pembayaran menggunakan kode billing 15 digit (contoh {billing}); bukti bayar memuat NTPN 16 karakter (contoh {ntpn}).

Waspada penipuan yang mengatasnamakan DJP melalui nomor {scam} atau email selain domain pajak.go.id.

Kring Pajak 1500200 | KPP Pratama Kupang {otel}

Email ini dikirim otomatis, mohon tidak membalas.
""",
    ),
    T(
        "email_thread",
        "licensing",
        """
Subject: Re: Permohonan PBG gedung kantor {cv}
From: DPMPTSP Kota Kupang <perizinan@kupangkota.go.id>
To: Direktur {cv} <admin.cvkupang@gmail.com>

Kepada Yth. Direktur {cv},

Permohonan PBG nomor registrasi {reg} telah diverifikasi. Retribusi {rpb} dibayar melalui kode bayar {billing} sebelum {tgl2}. Setelah pembayaran, PBG terbit dengan nomor seperti {pbg}.

Data perusahaan pada berkas:
NPWP badan : {npx}
NIB        : {nib}
Alamat     : {jlno}
Telp       : {otel}

Salam,
Bidang Pelayanan Perizinan
DPMPTSP Kota Kupang

> Pada {md1}, Direktur {cv} menulis:
> Mohon info retribusi PBG untuk gedung kantor kami. Terima kasih.
""",
    ),
    T(
        "email_thread",
        "social_aid",
        """
From: Bidang Linjamsos Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
To: Bank NTT Kantor Cabang Utama <kcu.kupang@bankntt.co.id>
Subject: Re: Pemindahbukuan dana bansos tahap {hal}

Yth. Pimpinan,

Bersama ini kami sampaikan permohonan pemindahbukuan dana dari rekening penampung Dinas Sosial {rekntt} ke rekening KKS penerima sesuai daftar terlampir ({file1}), total {rpb} untuk {num2}0 KPM.

SP2D nomor {surat}, tanggal {tgl1}. NPWP bendahara pengeluaran Dinas Sosial {npbend}.

Narahubung: Sub Bagian Keuangan, telp {otel}.

> On {md1}, Bank NTT KCU wrote:
> Mohon kirim SP2D dan daftar rekening penerima dalam format Excel. Rekening yang tidak aktif akan dikembalikan ke rekening penampung.
""",
    ),
    T(
        "email_thread",
        "schools_work",
        """
From: Tata Usaha {school} <tu.sekolah.kupang@gmail.com>
To: Bidang Dikdas Dinas Pendidikan <dikdas.kotakupang@gmail.com>
Subject: Laporan penggunaan dana BOS triwulan «I¦II¦III¦IV»

Yth. Kepala Bidang,

Bersama ini kami kirim laporan BOS:
NPSN       : {npsn}
NPWP sekolah (bendahara BOS): {npbend}
Rekening BOS: Bank NTT {rekntt} a.n. {school}
Total diterima: {rpb}
PPh 21 disetor dengan ID billing {billing}, NTPN {ntpn}.
PPN pembelian buku, faktur {faktur}.

Kontak: TU sekolah {otel}.

> Pada {md1}, Bidang Dikdas menulis:
> Batas pengiriman laporan BOS tanggal {tgl2}. Mohon lampirkan bukti setor pajak.
""",
    ),
    T(
        "email_thread",
        "health",
        """
From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: Puskesmas {pusk} <pkm.kupang.kota@gmail.com>
Subject: Re: Selisih dana kapitasi bulan «Januari¦Maret¦Juli¦September»

Yth. Kepala Puskesmas,

Dana kapitasi bulan lalu ditransfer ke rekening BLUD Puskesmas (Bank NTT {rekntt}) sebesar {rpb} pada {tgl1}. Selisih terjadi karena {num2} peserta pindah faskes. Kode faskes {npsn}.

Pertanyaan lanjut: Pandawa WA {owa} atau Care Center 165.

> On {md1}, Puskesmas {pusk} wrote:
> Dana kapitasi yang kami terima kurang dari tagihan {inv}. Mohon penjelasan.
""",
    ),
    T(
        "email_thread",
        "utilities",
        """
From: PLN UP3 Kupang <up3kupang@pln.co.id>
To: Bagian Umum Setda Kota Kupang <umum.setda@kupangkota.go.id>
Subject: Re: Tagihan penerangan jalan umum

Yth. Bapak/Ibu,

Tagihan PJU bulan ini {rpb}, ID pelanggan {idpel1} dan {idpel2}. Nomor meter {meter}. Pembayaran ke VA {va} paling lambat tanggal 20.

Invoice {inv}, faktur pajak {faktur}, NPWP PLN tercantum pada faktur.

Contact center PLN 123 / {otel}.

> Pada {md1}, Bagian Umum Setda menulis:
> Mohon rincian tagihan PJU dua ID pelanggan kami.
""",
    ),
]

# ================================================================ lapor_history
# LAPOR! follow-up histories: the report, the agencies' answers asking for a number, the
# reporter's later replies giving it, and the closing note quoting it back.
TEMPLATES += [
    T(
        "lapor_history",
        "tax",
        """
LAPOR! — Riwayat Tindak Lanjut
Nomor Tiket : {tiket}
Judul       : SPPT PBB dobel atas tanah yang sama
Pelapor     : [[n:{n1}]]
Instansi    : Badan Pendapatan Daerah Kota Kupang
Status      : Selesai

[{tgl1} 08.12] Pelapor
Saya terima dua SPPT PBB tahun {thn} untuk satu bidang tanah, satu atas nama saya dan satu atas nama pemilik lama. Mohon dihapus salah satu.

[{tgl1} 13.40] Admin LAPOR! Kota Kupang
Laporan diteruskan ke Bapenda Kota Kupang.

[{tgl2} 09.05] Bapenda Kota Kupang
Terima kasih atas laporannya. Mohon pelapor melengkapi NIK dan kedua NOP yang tertera pada SPPT.

[{tgl2} 19.22] Pelapor
NOP pertama {nop1}, NOP kedua {nop2}. NIK saya menyusul, KTP ada di kantor.

[{tgl3} 07.50] Pelapor
Maaf terlambat. «[[nik:{nik1}]]¦NIK [[nik:{nik1}]]»

[{tgl3} 14.16] Bapenda Kota Kupang
NOP yang atas nama pemilik lama sudah dinonaktifkan. SPPT atas nama [[n:{N1}]] (NIK [[nik:{nik1}]]) tetap berlaku dengan tagihan {rpm}. Pembayaran dapat dilakukan di Bank NTT dengan kode bayar {billing}. Petugas yang menangani: Sdr. [[n:{n2}]], Bidang PBB, HP [[p:{hp2}]].
""",
    ),
    T(
        "lapor_history",
        "social_aid",
        """
Riwayat laporan {tiket}
Kategori: Bantuan Sosial — PKH
Pelapor: [[n:{n1}]], [[a:{rt1}]] Kel. {pkel1}

1) {tgl1} — Pelapor:
Saya terdaftar penerima PKH sejak {thl} tetapi tahap ini tidak menerima. Tetangga sudah terima.

2) {tgl1} — Dinas Sosial Kota Kupang:
Mohon kirim NIK dan nomor KK penerima untuk pengecekan di SIKS-NG.

3) {tgl2} — Pelapor:
Ini punya saya: [[nik:{nik1}]], [[kk:{kk1}]]

4) {tgl2} — Dinas Sosial Kota Kupang:
Data ditemukan. Status "rekening tidak aktif". Mohon sampaikan nomor rekening KKS (BNI) yang tertera di buku tabungan.

5) {tgl3} — Pelapor:
[[b:{rkbni1}]]

6) {tgl4} — Dinas Sosial Kota Kupang:
Rekening [[b:{rkbni1}]] telah diaktifkan kembali oleh BNI. Dana tahap ini akan disalurkan pada periode susulan. Pendamping wilayah Ibu [[n:{n2}]] ([[p:{hp2}]]) akan mengunjungi rumah pelapor. Laporan ditutup.
""",
        F=(1, 2),
    ),
    T(
        "lapor_history",
        "civil_registry",
        """
TIKET {tiket} | Disdukcapil Kota Kupang | status: Selesai

Laporan awal ({tgl1}):
KTP-el saya sudah 5 bulan belum dicetak, katanya blanko kosong. Sudah 4 kali bolak-balik. Nama saya [[n:{n1}]].

Tanggapan ({tgl2}) — Disdukcapil Kota Kupang:
Mohon maaf atas keterlambatan. Untuk pengecekan status perekaman, mohon sebutkan NIK Bapak/Ibu serta tanggal perekaman.

Tindak lanjut pelapor ({tgl3}):
Rekam tanggal {tgl1}. Nomornya «[[nik:{nik1}]]¦[[nik:{niks1}]]»

Tanggapan ({tgl3}) — Disdukcapil Kota Kupang:
Data perekaman NIK [[nik:{nik1}]] sudah masuk antrean cetak. KTP-el dapat diambil di loket {hal} hari {dname4} dengan membawa bukti ini. Informasi: call center {otel}.

Konfirmasi pelapor ({tgl4}):
Sudah saya ambil. Terima kasih. Tapi alamat di KTP masih alamat lama, bukan [[a:{adr1}]]. Nanti saya urus pindah alamat.
""",
    ),
    T(
        "lapor_history",
        "utilities",
        """
Riwayat Pengaduan LAPOR! {tiket}
Instansi tujuan: PT PLN (Persero) UP3 Kupang

{tgl1} | Pelapor ([[n:{n1}]]):
Meteran listrik rumah saya sering bunyi dan token cepat habis padahal pemakaian sedikit. Rumah saya di [[a:{adr1}]].

{tgl1} | Admin:
Diteruskan ke PLN UP3 Kupang.

{tgl2} | PLN UP3 Kupang:
Mohon informasikan ID pelanggan dan nomor HP yang dapat dihubungi petugas.

{tgl2} | Pelapor:
ID pelanggan {idpel}. Nomor meter {meter}.

{tgl3} | PLN UP3 Kupang:
Nomor HP belum ada. Petugas tidak dapat menghubungi pelapor.

{tgl3} | Pelapor:
Maaf, HP saya [[p:{hp1}]]. Kalau tidak diangkat WA saja, atau istri saya [[p:{hp2}]].

{tgl4} | PLN UP3 Kupang:
Petugas yantek Sdr. [[n:{n3}]] sudah ke lokasi [[a:{adr1}]] dan mengganti MCB. Untuk keluhan lanjutan hubungi PLN 123.
""",
        M=(1,),
    ),
    T(
        "lapor_history",
        "health",
        """
#LAPOR {tiket} — BPJS Kesehatan / Dinas Kesehatan Kota Kupang

Pelapor menulis ({tgl1}):
Ayah saya ditolak rawat inap di RS karena kartu JKN PBI tidak aktif. Ayah saya lansia, sakit gula.

Dinas Kesehatan ({tgl1}):
Mohon dikirimkan nomor kartu JKN dan NIK peserta.

Pelapor ({tgl2}):
Nomor kartu «[[bpjs:{bpjs2}]]¦[[bpjs:{bpjss2}]]». NIK bapak [[nik:{nik2}]]. Nama [[n:{n2}]].

Dinas Kesehatan ({tgl2}):
Kartu [[bpjs:{bpjs2}]] nonaktif karena tidak lagi terdata di DTKS. Telah kami reaktivasi lewat PBI APBD per {tgl3}. Keluarga dapat menghubungi petugas Jamkesda kami, Ibu [[n:{n3}]], di [[p:{hp3}]] bila RS masih menolak.

Pelapor ({tgl3}):
Terima kasih, ayah [[n:{g2}]] sudah dirawat di ruang «Flamboyan¦Cempaka¦Anggrek 2¦Kenanga».
""",
        M=(2,),
        E=(2,),
    ),
    T(
        "lapor_history",
        "tax",
        """
LAPOR! {tiket}
Judul: Tidak bisa login Coretax, NPWP lama tidak dikenali
Pelapor: [[n:{n1}]]

— Pelapor, {tgl1}:
Saya guru honor. Bendahara minta NPWP untuk bukti potong tapi saya tidak bisa login Coretax.

— KPP Pratama Kupang, {tgl2}:
Yth. Pelapor, mohon sampaikan NPWP lama dan nomor HP yang terdaftar.

— Pelapor, {tgl2}:
NPWP lama «[[npwp:{npd1}]]¦[[npwp:{nps1}]]». HP [[p:{hp1}]]

— KPP Pratama Kupang, {tgl3}:
NPWP tersebut belum dipadankan. Setelah pemadanan, NPWP Bapak/Ibu adalah NIK. Silakan datang ke TPT atau gunakan fitur pemadanan mandiri.

— Pelapor, {tgl4}:
Sudah padan. Jadi NPWP saya sekarang [[npwp:{npn1}]]? Bendahara sudah saya kirim.

— KPP Pratama Kupang, {tgl4}:
Benar. Laporan kami tutup.
""",
    ),
    T(
        "lapor_history",
        "licensing",
        """
Nomor laporan: {tiket}
Instansi: DPMPTSP Kota Kupang
Pelapor: [[n:{n1}]] (Direktur {cv})

[{tgl1}] Laporan
Permohonan izin usaha perusahaan kami sudah 30 hari belum selesai. Nomor registrasi {reg}.

[{tgl2}] DPMPTSP Kota Kupang
Berkas tertahan karena NIK penanggung jawab di OSS tidak sesuai dengan KTP. Mohon kirim NIK penanggung jawab yang benar.

[{tgl2}] Pelapor
NPWP perusahaan {npx}, NIB {nib}.

[{tgl3}] DPMPTSP Kota Kupang
Yang kami perlukan NIK penanggung jawab, bukan NPWP perusahaan.

[{tgl3}] Pelapor
Oh maaf. [[nik:{nik1}]]. Alamat rumah saya [[a:{ad1}]], kantor di {jlno}.

[{tgl4}] DPMPTSP Kota Kupang
NIK [[nik:{nik1}]] sudah diperbaiki di OSS. Izin usaha {cv} terbit, dapat diunduh di oss.go.id.
""",
    ),
    T(
        "lapor_history",
        "land_housing",
        """
LAPOR! – Riwayat
Tiket: {tiket} | Kantor Pertanahan Kota Kupang
Pelapor: [[n:{n1}]]

{tgl1} – Pelapor:
Tanah warisan orang tua saya di belakang rumah [[a:{ad1}]] dipagar oleh tetangga, Bapak [[n:{n2}]]. Sertifikat atas nama almarhum bapa [[n:{n3}]] nomor 24.{num1}.{num2}/{thl}.

{tgl2} – Kantor Pertanahan:
Mohon pelapor mengajukan permohonan pengukuran ulang dengan melampirkan fotokopi KTP, KK dan sertifikat. Sebutkan NIK pelapor untuk pendaftaran loket.

{tgl3} – Pelapor:
NIK saya [[nik:{nik1}]]. Pak [[n:{g2}]] tinggal di [[a:{adr2}]].

{tgl4} – Kantor Pertanahan:
Pengukuran ulang dijadwalkan {hari5}. Mediasi dengan keluarga [[n:{f2}]] difasilitasi kelurahan. Nomor berkas {reg}. Kontak petugas ukur Sdr. [[n:{n4}]] [[p:{hp4}]].
""",
        M=(2, 3),
        E=(3,),
        fam={1: 3},
    ),
    T(
        "lapor_history",
        "schools_work",
        """
Tiket {tiket} — Dinas Pendidikan Kota Kupang — Program Indonesia Pintar

Pelapor ({tgl1}): Anak saya [[n:{n2}]], siswa {school}, dapat PIP tapi dananya tidak pernah diterima. NISN {nisn}.
Dinas Pendidikan ({tgl2}): Dana PIP ditransfer ke rekening SimPel atas nama siswa atau orang tua. Mohon kirim NIK siswa dan nomor rekening penerima.
Pelapor ({tgl2}): NIK anak [[nik:{nik2}]]. Rekening saya BRI [[b:{rkbri1}]] a.n. [[n:{N1}]].
Dinas Pendidikan ({tgl3}): Rekening SimPel siswa dibuka oleh bank di sekolah, bukan rekening orang tua. Rekening sekolah ({rekx}) juga tidak dipakai. Silakan aktivasi rekening SimPel di BRI dengan membawa surat keterangan sekolah nomor {surat}.
Pelapor ({tgl4}): Sudah aktivasi, dana masuk. Terima kasih.
""",
        Y=(2,),
        A=(1,),
        fam={2: 1},
    ),
    T(
        "lapor_history",
        "scam_fraud",
        """
LAPOR! {tiket} — Polresta Kupang Kota / Dinas Sosial
Pelapor: [[n:{n1}]]

[{tgl1}] Pelapor:
Saya ditelpon orang yang mengaku Pak [[n:{n2}]] dari Dinas Sosial, nomor [[p:{hp2}]]. Katanya bantuan saya Rp 3,6 juta bisa cair kalau transfer biaya administrasi. Saya transfer {rpm} ke BRI [[b:{rkbri2}]] a.n. [[n:{N2}]].

[{tgl2}] Dinas Sosial Kota Kupang:
Dinas Sosial tidak memiliki pegawai bernama tersebut dan tidak memungut biaya. Mohon pelapor membuat laporan polisi dan menyertakan nomor rekening pelapor yang dipakai transfer.

[{tgl3}] Pelapor:
Saya transfer dari rekening saya sendiri Bank NTT [[b:{rkntt1}]]. Laporan polisi nomor LP/B/{num}/{thn}/SPKT.

[{tgl4}] Polresta Kupang Kota:
Laporan diterima. Rekening penerima [[b:{rkbri2}]] sudah kami mintakan blokir ke bank.
""",
        M=(2,),
    ),
    T(
        "lapor_history",
        "utilities",
        """
Pengaduan {tiket} — Perumda Air Minum Tirta Lontar

{tgl1} – Pelapor [[n:{n1}]]:
Tagihan air bulan ini {rpm}, biasanya cuma {rps}. Meter air di [[a:{adr1}]] tidak berputar.
{tgl2} – PDAM:
Mohon sebutkan nomor sambungan.
{tgl2} – Pelapor:
{samb}
{tgl3} – PDAM:
Petugas baca meter sudah cek. Terjadi salah catat. Tagihan dikoreksi menjadi {rps}. Petugas: Sdr. [[n:{n2}]].
{tgl4} – Pelapor:
Terima kasih, sudah dibayar lewat VA {va}.
""",
    ),
    # ---- without personal data
    T(
        "lapor_history",
        "tax",
        """
LAPOR! – Riwayat Tindak Lanjut
Nomor tiket : {tiket}
Pelapor     : Dirahasiakan
Instansi    : KPP Pratama Kupang

[{tgl1}] Pelapor:
Antrean di TPT KPP sangat panjang. Saya datang jam 07.30 dapat nomor {antrian1}, dilayani jam 13.00. Kode billing saya {billing} juga salah buat, jadi harus antre lagi.

[{tgl2}] KPP Pratama Kupang:
Terima kasih atas masukannya. Mulai {tgl3} KPP membuka antrean online melalui WA {owa}. Kode billing dapat dibuat sendiri melalui DJP Online atau dibantu Kring Pajak 1500200. Layanan TPT {otel}.

[{tgl3}] Pelapor:
Sudah coba antrean online, dapat nomor {antrian2}. Bukti bayar NTPN {ntpn}. Terima kasih.
""",
    ),
    T(
        "lapor_history",
        "licensing",
        """
Tiket {tiket}
Pelapor: Dirahasiakan | Instansi: DPMPTSP Kota Kupang

1. Pelapor ({tgl1}): Retribusi PBG ruko kami {rpb}, terlalu mahal dibanding tahun lalu. Nomor registrasi {reg}.
2. DPMPTSP ({tgl2}): Tarif retribusi mengikuti Perda Nomor {num} Tahun {thl}. Perhitungan dapat dilihat pada lampiran {file1}.
3. Pelapor ({tgl2}): Apakah bisa dicicil? Yang mengajukan {cv}, NPWP {npx}.
4. DPMPTSP ({tgl3}): Tidak dapat dicicil. Kode bayar {billing} berlaku sampai {tgl4}. PBG terbit dengan nomor {pbg}. Informasi: {otel}.
""",
    ),
    T(
        "lapor_history",
        "social_aid",
        """
LAPOR! {tiket} – Dinas Sosial Kota Kupang
Pelapor: Dirahasiakan

{tgl1} — Pelapor: Di kelurahan kami, {num} KK lansia tidak pernah didata untuk BLT. Warga RT {rtn} sudah lapor ke kelurahan tapi tidak ada tanggapan.
{tgl2} — Dinas Sosial: Pendataan dilakukan melalui musyawarah kelurahan. Usulan dapat diinput operator SIKS-NG kelurahan. Jadwal musyawarah {tgl3}.
{tgl3} — Pelapor: Ada juga yang telpon warga dari nomor {scam} minta Rp 200 ribu biar masuk daftar.
{tgl4} — Dinas Sosial: Itu penipuan. Pengaduan resmi WA {owa} / telp {otel}. Laporan ditutup setelah musyawarah tanggal {tgl3} dengan {num2} usulan baru.
""",
    ),
    T(
        "lapor_history",
        "utilities",
        """
Nomor Tiket: {tiket}
Pelapor: Dirahasiakan
Kategori: Penerangan Jalan Umum

{tgl1} – Lampu jalan di {jl} mati sepanjang {num}0 meter sejak 2 minggu.
{tgl2} – Dinas Perhubungan: Terima kasih. Mohon sebutkan nomor tiang terdekat.
{tgl2} – Pelapor: Tiang nomor PJU-0{num1} dan PJU-0{num2}.
{tgl3} – Dinas Perhubungan: Perbaikan dijadwalkan {hari4}. ID pelanggan PJU {idpel}. Pengaduan lampu jalan WA {owa}.
{tgl4} – Pelapor: Sudah menyala. Terima kasih.
""",
    ),
    T(
        "lapor_history",
        "health",
        """
LAPOR! {tiket} | Dinkes Kota Kupang | Selesai
Pelapor: Dirahasiakan

[{tgl1}] Pelapor: Di Puskesmas {pusk} pasien BPJS disuruh beli obat di apotek luar. Nomor antrean saya {antrian1}.
[{tgl2}] Dinas Kesehatan: Mohon sebutkan tanggal dan jam layanan serta nama obat.
[{tgl2}] Pelapor: Tanggal {tgl1} jam {jam}. Obat hipertensi, harga {rps}.
[{tgl3}] Dinas Kesehatan: Stok obat sempat kosong dan sudah dipenuhi per {tgl3}. Pasien dapat meminta penggantian biaya ke puskesmas dengan kuitansi. Pengaduan BPJS: Care Center 165 atau Pandawa {owa}.
""",
    ),
    T(
        "lapor_history",
        "scam_fraud",
        """
Riwayat laporan {tiket} — Bapenda Kota Kupang
Pelapor: Dirahasiakan

{tgl1} Pelapor: Ada pesan WA dari {scam} mengaku petugas Bapenda, minta bayar tunggakan PBB dengan kode bayar {billing2} yang dia kirim. Apakah benar?
{tgl2} Bapenda: Bapenda tidak pernah meminta pembayaran ke rekening pribadi. Pembayaran PBB hanya melalui kode bayar resmi (contoh {billing}) di Bank NTT atau kanal resmi. Nomor {scam} bukan nomor Bapenda.
{tgl2} Pelapor: Ada juga nomor {scam2} yang sama modusnya.
{tgl3} Bapenda: Terima kasih, sudah kami teruskan ke Patroli Siber. Layanan resmi Bapenda {otel} dan WA {owa}.
""",
    ),
]

# ================================================================ call_transcript
# Call-centre transcripts: the agent asks for a number, the caller looks for the card over
# several turns and reads it out later, the agent reads it back.
TEMPLATES += [
    T(
        "call_transcript",
        "tax",
        """
TRANSKRIP PANGGILAN KRING PAJAK
ID panggilan : KP-{thn}-{num1}{num2}77
Tanggal      : {tgl1}, {jam}
Durasi       : 0{hal}:{num}

Agen      : Kring Pajak, selamat pagi, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon : Pagi mbak. Saya mau tanya, NPWP saya yang lama masih bisa dipakai atau tidak?
Agen      : Baik, boleh dengan Bapak/Ibu siapa?
Penelepon : [[n:{n1}]].
Agen      : Baik Bapak/Ibu [[n:{g1}]]. Boleh disebutkan NPWP lamanya?
Penelepon : Sebentar, kartunya di dompet... aduh, di tas. Tunggu ya mbak.
Agen      : Silakan, saya tunggu.
Penelepon : Maaf lama. Ini: «[[npwp:{nps1}]]¦[[npwp:{npb1}]]».
Agen      : Saya ulangi ya, [[npwp:{npd1}]]. Benar?
Penelepon : Benar.
Agen      : NPWP ini belum dipadankan dengan NIK. Boleh sebutkan NIK Bapak/Ibu?
Penelepon : «[[nik:{nikp1}]]¦[[nik:{nikc1}]]».
Agen      : Terima kasih. Untuk pemadanan bisa lewat DJP Online menu Profil, atau ke KPP Pratama Kupang dengan KTP asli. Setelah padan, NIK [[nik:{nik1}]] berfungsi sebagai NPWP.
Penelepon : Jadi nanti di bukti potong kantor pakai NIK ya?
Agen      : Betul. Ada lagi yang bisa dibantu?
Penelepon : Tidak, terima kasih.
Agen      : Terima kasih telah menghubungi Kring Pajak 1500200.
""",
    ),
    T(
        "call_transcript",
        "social_aid",
        """
CATATAN PANGGILAN — Call Center Dinas Sosial Kota Kupang
No. panggilan: DS-{reg}
Agen: [[n:{n3}]]

Agen: Dinas Sosial Kota Kupang, selamat siang.
Penelepon: Siang pak. Saya mau tanya bantuan sembako saya kenapa tidak masuk dua bulan.
Agen: Atas nama siapa, mama?
Penelepon: [[n:{n1}]].
Agen: Baik mama [[n:{g1}]]. Saya perlu NIK dan nomor KK mama.
Penelepon: KK saya simpan di lemari, saya ambil dulu ya pak. Jangan tutup.
Agen: Iya mama.
Penelepon: (jeda 2 menit) Halo pak? Ini KK nya. Nomor KK dulu ya: «[[kk:{kkc1}]]¦[[kk:{kk1}]]».
Agen: Baik. NIK mama?
Penelepon: NIK saya... yang di baris kedua kan? «[[nik:{nikc1}]]¦[[nik:{nik1}]]».
Agen: Terima kasih. Di sistem, mama terdaftar tapi kartu KKS tidak pernah digesek sejak {tgl1}. Kartu masih ada?
Penelepon: Ada. Rekeningnya BNI.
Agen: Nomor rekening di buku tabungan?
Penelepon: [[b:{rkbni1}]].
Agen: Baik. Kami teruskan ke pendamping wilayah, Ibu [[n:{n2}]]. Beliau akan telpon mama. Nomor HP mama yang aktif?
Penelepon: [[p:{hp1}]].
Agen: Saya ulangi, [[p:{hp1}]]. Terima kasih mama.
""",
        F=(1, 2),
        M=(3,),
    ),
    T(
        "call_transcript",
        "civil_registry",
        """
Transkrip call center Disdukcapil Kota Kupang
Tanggal {tgl1} | durasi 0{hal}:{num}

Petugas: Disdukcapil Kota Kupang, dengan [[n:{g3}]], ada yang bisa dibantu?
Penelepon: Selamat pagi. Nama istri saya di KK salah tulis. Mau perbaiki.
Petugas: Baik pak. Nomor KK bapak?
Penelepon: [[kk:{kk1}]].
Petugas: Atas nama kepala keluarga?
Penelepon: Saya sendiri, [[n:{n1}]].
Petugas: Nama istri tertulis bagaimana di KK?
Penelepon: Tertulis "[[n:{gx2} {f1}]]", padahal nama istri saya [[n:{n2}]] sesuai akta lahir.
Petugas: Boleh NIK istri?
Penelepon: NIK istri saya di KK tertulis [[nik:{nik2}]].
Petugas: Baik, perbaikan nama perlu akta lahir dan buku nikah. Bapak datang ke loket {hal} dengan nomor antrian {antrian}. Setelah diperbaiki, NIK istri [[nik:{nik2}]] tidak berubah, hanya nama.
Penelepon: Terima kasih.
""",
        M=(1,),
        F=(2,),
        fam={2: 1},
    ),
    T(
        "call_transcript",
        "health",
        """
REKAMAN CARE CENTER 165 — ringkasan transkrip
Tanggal: {tgl1}

Agen: BPJS Kesehatan, selamat siang, dengan [[n:{g3}]].
Penelepon: Siang. Saya mau cek kartu mama saya, kemarin ditolak di apotek.
Agen: Baik. BPJS Kesehatan, nomor kartunya?
Penelepon: Sebentar... kartu ada di mama, saya telpon dia dulu? Ah ini ada foto. «[[bpjs:{bpjs2}]]¦[[bpjs:{bpjss2}]]».
Agen: Atas nama?
Penelepon: [[n:{n2}]].
Agen: Kartu aktif, segmen PBPU (mandiri), tunggakan iuran {hal} bulan sebesar {rpm}. Pembayaran bisa melalui VA {va}.
Penelepon: Kalau mau pindah ke PBI bisa?
Agen: Bisa diusulkan lewat Dinas Sosial. Nanti diperlukan NIK peserta.
Penelepon: NIK mama [[nik:{nik2}]].
Agen: Terima kasih, saya catat di tiket {tiket}. Nomor yang bisa dihubungi?
Penelepon: Nomor saya saja, anaknya: [[p:{hp1}]].
Agen: Baik, terima kasih sudah menghubungi Care Center 165.
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "call_transcript",
        "utilities",
        """
PLN 123 — catatan percakapan
Ref: {tiket}

Agen: PLN 123, selamat malam, dengan [[n:{g2}]].
Penelepon: Malam. Listrik di rumah saya padam sejak sore, tetangga menyala.
Agen: Mohon maaf. Boleh ID pelanggan atau nomor meternya?
Penelepon: ID pelanggan... yang di struk token ya? {idpel}.
Agen: Terima kasih. Alamat rumah?
Penelepon: [[a:{adr1}]], Kelurahan {pkel1}.
Agen: Atas nama?
Penelepon: Di PLN masih atas nama bapak saya, [[n:{n3}]]. Saya [[n:{g1}]].
Agen: Nomor yang bisa dihubungi petugas?
Penelepon: Yang ini saja, [[p:{hp1}]]. Kalau sibuk ke rumah, [[p:{tr1}]].
Agen: Laporan sudah kami teruskan ke posko Kupang. Petugas akan menghubungi [[p:{hp1}]]. Nomor laporan {num}{num2}{num3}.
""",
        M=(3,),
        fam={1: 3},
    ),
    T(
        "call_transcript",
        "scam_fraud",
        """
Transkrip call center Bank NTT
Tanggal {tgl1}, pukul {jam}

CS: Bank NTT, selamat siang, dengan [[n:{g2}]].
Nasabah: Siang. Saya barusan ditelpon orang ngaku dari Bank NTT, minta kode OTP. Saya sudah kasih. Tolong blokir rekening saya.
CS: Baik bu. Nomor yang menelpon ibu?
Nasabah: {scam}. Dia bilang dari bagian kartu.
CS: Itu bukan nomor Bank NTT. Nomor resmi kami hanya {otel} dan call center. Nomor rekening ibu?
Nasabah: Sebentar, saya ambil buku tabungan... [[b:{rkntt1}]].
CS: Atas nama?
Nasabah: [[n:{N1}]].
CS: Rekening [[b:{rkntt1}]] sudah kami blokir sementara. Terjadi dua transaksi ke rekening lain: {rpm} dan {rpm2}. Ibu lapor ke polisi dan datang ke kantor cabang dengan KTP.
Nasabah: Nomor HP saya yang terdaftar di bank [[p:{hp1}]], tolong diganti juga.
CS: Baik, penggantian nomor HP dilakukan di kantor cabang. Nomor laporan {tiket}.
""",
        F=(1,),
    ),
    T(
        "call_transcript",
        "tax",
        """
Kring Pajak — transkrip
{tgl1}

Agen: Kring Pajak, dengan [[n:{g2}]], ada yang bisa dibantu?
Penelepon: Saya mau cek status SPT saya.
Agen: Baik. NPWP bapak?
Penelepon: Yang lama saya lupa. Yang baru katanya sama dengan NIK, [[npwp:{npn1}]].
Agen: Atas nama [[n:{N1}]]?
Penelepon: Betul.
Agen: SPT tahun {thl} sudah diterima dengan BPE {bpe}. NITKU bapak [[npwp:{npt1}]], itu yang dipakai di faktur kalau bapak beli barang atas nama pribadi.
Penelepon: Kantor saya minta NPWP untuk bukti potong. Yang saya kasih NIK saja?
Agen: Betul, NIK bapak [[nik:{nik1}]] sudah padan.
Penelepon: Terus NPWP kantor saya {npbend}, itu apa?
Agen: Itu NPWP bendahara kantor sebagai pemotong, bukan milik bapak.
""",
        M=(1,),
    ),
    T(
        "call_transcript",
        "licensing",
        """
HELPDESK OSS DPMPTSP KOTA KUPANG — transkrip panggilan
Tgl {tgl1} | Agen: [[n:{n2}]]

Agen: Helpdesk OSS, selamat pagi.
Penelepon: Pagi. Saya direktur {cv}. Mau daftar perizinan berusaha tapi ditolak.
Agen: Boleh NPWP badan?
Penelepon: {npx}.
Agen: NPWP badan valid. Kendalanya di NIK penanggung jawab. NIK bapak?
Penelepon: Sebentar, KTP di mobil... Ini, [[nik:{nik1}]].
Agen: Atas nama [[n:{N1}]], benar?
Penelepon: Benar.
Agen: Di akta tertulis NIK lain. Mohon perbaiki di AHU atau unggah akta perubahan. Email bapak untuk kirim panduan?
Penelepon: [[e:{em1}]].
Agen: Baik, sudah kami kirim. NIB akan terbit setelah perbaikan.
""",
        M=(1,),
    ),
    T(
        "call_transcript",
        "land_housing",
        """
Transkrip layanan PBB Bapenda Kota Kupang
{tgl1} {jam}

Petugas: Bapenda, layanan PBB, selamat siang.
Penelepon: Siang pak. SPPT saya dikirim ke rumah tetangga, Ibu [[n:{n2}]]. Alamat di SPPT salah.
Petugas: Boleh NOP-nya?
Penelepon: {nop}.
Petugas: Atas nama?
Penelepon: [[n:{N1}]].
Petugas: Alamat wajib pajak tertulis [[a:{ad2}]]. Alamat yang benar?
Penelepon: [[a:{adr1}]].
Petugas: Untuk perbaikan data, boleh NIK bapak/ibu?
Penelepon: [[nik:{nik1}]].
Petugas: Terima kasih. Sudah kami ubah. Tagihan {rpm}, jatuh tempo {tgl3}. Kode bayar {billing}.
Penelepon: Nomor HP saya [[p:{hp1}]] kalau ada apa-apa.
""",
        F=(2,),
    ),
    T(
        "call_transcript",
        "schools_work",
        """
Call center Dinas Pendidikan — ringkasan panggilan {tgl1}

Petugas: Dinas Pendidikan Kota Kupang, selamat siang.
Penelepon: Siang. Saya orang tua siswa {school}. Anak saya dapat PIP tapi belum cair.
Petugas: Nama siswa?
Penelepon: [[n:{n2}]], kelas «2¦4¦5¦7¦8¦10».
Petugas: NISN-nya?
Penelepon: {nisn}.
Petugas: Status dana sudah ditransfer ke rekening SimPel BRI atas nama siswa, tapi belum diaktivasi. Nomor rekening siswa [[b:{rkbri2}]].
Penelepon: Rekening itu saya tidak pernah pegang.
Petugas: Aktivasi di BRI dengan KTP orang tua, KK dan surat keterangan sekolah. Boleh NIK ibu/bapak untuk kami catat?
Penelepon: [[nik:{nik1}]].
Petugas: Terima kasih. Nomor HP?
Penelepon: [[p:{hp1}]].
""",
        Y=(2,),
        A=(1,),
        fam={2: 1},
    ),
    T(
        "call_transcript",
        "social_aid",
        """
LOG PANGGILAN CALL CENTER 1708 — shift pagi {tgl1}

{hm1} | penelepon tidak sebut nama | [[p:{hp1}]] | tanya jadwal BLT, diarahkan ke kelurahan
{hm2} | [[n:{n2}]] | [[p:{hp2}]] | bantuan lansia belum cair, NIK [[nik:{nik2}]]
{hm3} | Kantor Lurah {kel} | {otel} | konfirmasi daftar penerima
{hm4} | [[n:{n3}]] | [[p:{hpz3}]] | minta nomor pendamping PKH, diberikan nomor Dinsos {owa}
{hm5} | Komite {school} | {owa2} | tanya PIP

Catatan: penelepon {hm2} menyebut KK [[kk:{kk2}]] setelah ditanya ulang pukul {hm6}.
""",
    ),
    # ---- without personal data
    T(
        "call_transcript",
        "tax",
        """
Transkrip Kring Pajak {tgl1}

Agen: Kring Pajak, selamat siang, ada yang bisa dibantu?
Penelepon: Siang. Saya salah buat kode billing, bagaimana?
Agen: Kode billing yang salah tidak perlu dibatalkan, akan kedaluwarsa sendiri. Boleh disebutkan kode billingnya?
Penelepon: {billing1}.
Agen: Kode tersebut berlaku sampai {tgl2}. Silakan buat kode baru, misalnya {billing2}, lalu bayar. Bukti bayar memuat NTPN.
Penelepon: NTPN saya kemarin {ntpn}, itu untuk billing lama.
Agen: Kalau sudah terbayar dengan billing salah, ajukan Pbk di KPP. KPP Pratama Kupang {otel}, layanan WA {owa}.
""",
    ),
    T(
        "call_transcript",
        "utilities",
        """
Catatan panggilan PDAM {tgl1}

Petugas: Perumda Air Minum Tirta Lontar, selamat pagi.
Penelepon: Pagi, air mati tiga hari di {kel}.
Petugas: Boleh nomor sambungannya?
Penelepon: {samb1}.
Petugas: Wilayah {kel} sedang perbaikan pipa transmisi di {jl}. Air normal kembali {hari2}. Tangki bantuan bisa dipesan lewat {otel}.
Penelepon: Tetangga juga, nomor sambungannya {samb2}.
Petugas: Sama, satu jalur. Nomor pengaduan {tiket}. Info gangguan WA {owa}.
""",
    ),
    T(
        "call_transcript",
        "scam_fraud",
        """
Ringkasan panggilan call center 112 — {tgl1}

Penelepon (tidak sebut nama) melapor menerima telpon dari {scam1} yang mengaku petugas Dinas Sosial dan minta transfer {rpm}. Lalu ada WA dari {scam2} dengan foto pak lurah. Penelepon tidak transfer.
Agen menyampaikan nomor pengaduan resmi Dinas Sosial {owa} dan Polresta {otel}. Nomor tiket {tiket}.
Panggilan kedua pukul {jam}: penelepon menambahkan bahwa penipu minta bayar lewat VA {va}.
""",
    ),
    T(
        "call_transcript",
        "licensing",
        """
Transkrip helpdesk perizinan {tgl1}

Agen: Layanan OSS, selamat siang, ada yang bisa dibantu?
Penelepon: Saya dari {cv}. NIB kami {nib1} tidak muncul di sistem.
Agen: NPWP badan?
Penelepon: {npx}.
Agen: Terdaftar NIB baru {nib2} karena KBLI berubah. NIB lama tidak berlaku.
Penelepon: PBG gudang kami {pbg}, apakah perlu diperbarui?
Agen: Tidak perlu. Retribusi sudah lunas dengan kode {billing}. Informasi lanjut {otel}.
""",
    ),
    T(
        "call_transcript",
        "health",
        """
Catatan call center Dinkes {tgl1}

Agen: Dinas Kesehatan Kota Kupang, selamat pagi.
Penelepon: Pagi, jadwal vaksin anak di Puskesmas {pusk} hari apa?
Agen: Setiap {dname2}, jam 08.00–11.00. Daftar lewat WA puskesmas {owa}.
Penelepon: Kemarin saya telpon {otel} tidak diangkat.
Agen: Itu nomor lama. Nomor baru {otel2}. Nomor antrian diambil di loket, mulai {antrian}.
Penelepon: Untuk BPJS anak?
Agen: Pendaftaran BPJS di kantor cabang atau Pandawa {owa2}.
""",
    ),
    T(
        "call_transcript",
        "social_aid",
        """
Transkrip call center Dinas Sosial — {tgl1}

Agen: Dinas Sosial Kota Kupang.
Penelepon: Pak, BLT tahap {hal} kapan cair?
Agen: Jadwal penyaluran {tgl2} sampai {tgl3} di kantor pos. Bawa KTP dan KK asli.
Penelepon: Di surat undangan ada nomor {dtks}, itu apa?
Agen: Itu ID DTKS keluarga, bukan nomor rekening. Kalau ada yang minta uang, lapor ke {owa} atau {otel}.
""",
    ),
]

# ================================================================ minutes
# Minutes of meetings and mediation notes: parties' data in a block at the top, numbers quoted
# again pages later in the decisions, attendance lists with phones.
TEMPLATES += [
    T(
        "minutes",
        "land_housing",
        """
BERITA ACARA MEDIASI
Nomor: {surat}

Pada hari ini {hari1}, bertempat di Kantor Lurah {kel}, telah dilaksanakan mediasi sengketa batas tanah antara:

Pihak I
Nama    : [[n:{N1}]]
NIK     : [[nik:{nik1}]]
Alamat  : [[a:{adr1}]], Kel. {kel}

Pihak II
Nama    : [[n:{N2}]]
NIK     : [[nik:{nik2}]]
Alamat  : [[a:{adr2}]], Kel. {kel}

Mediator: Lurah {kel}, [[n:{n3}]], S.Sos.
Saksi   : Ketua RT, Bapak [[n:{n4}]] (HP [[p:{hp4}]]); Ketua RW, Bapak [[n:{n5}]].

Kronologi:
1. Pihak I menyatakan pagar Pihak II melewati batas sekitar 1,5 meter ke tanah Pihak I (sertifikat hak milik No. {num1}{num2}).
2. Pihak II menyatakan pagar dibangun sesuai patok lama tahun {thl}.
3. Kedua pihak sepakat meminta pengukuran ulang oleh Kantor Pertanahan dengan biaya ditanggung bersama ({rpm}).

Halaman {hal} dari {hal}

Kesepakatan:
a. Pengukuran ulang dilaksanakan {tgl2}.
b. Sampai pengukuran, Pihak II ([[n:{g2}]]) tidak menambah bangunan.
c. Jika terbukti melewati batas, pagar dibongkar oleh Pihak II dalam 30 hari.

Demikian berita acara ini dibuat. Fotokopi KTP para pihak (NIK [[nik:{nik1}]] dan [[nik:{nik2}]]) terlampir.

Pihak I: [[n:{N1}]]          Pihak II: [[n:{N2}]]
Mediator: [[n:{n3}]]
""",
        M=(4, 5),
    ),
    T(
        "minutes",
        "social_aid",
        """
NOTULEN MUSYAWARAH KELURAHAN {KEL}
Pemutakhiran DTKS — {hari1}, pukul {jam}
Tempat: Aula Kantor Lurah {kel}

Hadir: Lurah {kel}, Sekretaris Lurah, Pendamping PKH Ibu [[n:{n5}]], TKSK Kecamatan {kec}, para Ketua RT.

Jumlah usulan per RT:
RT 01: {num1} KK
RT 02: {num2} KK
RT 03: {num3} KK

Pembahasan:
1. Operator SIKS-NG menyampaikan {num4} keluarga tidak padan NIK di Dukcapil.
2. Usulan baru dari Ketua RT {rtn} atas nama [[n:{n1}]] (NIK [[nik:{nik1}]], KK [[kk:{kk1}]]), lansia tinggal sendiri. Disetujui.
3. Usulan atas nama [[n:{n2}]] ditunda karena KK masih bergabung dengan orang tua (KK [[kk:{kk2}]]).
4. Warga yang meninggal dihapus dari daftar: almarhum [[n:{n3}]], NIK [[nik:{nik3}]].

Lampiran: daftar hadir, foto kegiatan ({file1}).
Notulis: [[n:{n6}]]
Kontak pendamping: [[p:{hp5}]]
""",
        E=(1, 3),
        M=(3,),
        F=(5,),
    ),
    T(
        "minutes",
        "schools_work",
        """
NOTULEN RAPAT KOMITE {SCHOOL}
Hari/tanggal: {hari1}
Pimpinan rapat: Ketua Komite, [[n:{n1}]]
Notulis: [[n:{n2}]]

1. Laporan bendahara komite: saldo rekening komite (Bank NTT {rekntt}, a.n. Komite {school}) {rpb}.
2. NPWP komite {npx} dipakai untuk pemotongan pajak pembelian kursi.
3. Orang tua siswa, Ibu [[n:{n3}]], menanyakan sumbangan {rpm} yang dirasa memberatkan. Ibu [[n:{g3}]] meminta dijawab tertulis ke HP [[p:{hp3}]].
4. Bendahara komite, Bapak [[n:{n4}]], menjelaskan sumbangan sukarela, tidak ada paksaan. Transfer bisa ke rekening komite, bukan ke rekening pribadi bendahara.
5. Seorang orang tua melaporkan ada yang minta transfer ke rekening pribadi [[b:{rkbri4}]] a.n. [[n:{N4}]]. Bendahara mengakui itu rekening pribadinya dan akan memindahkan dana ke rekening komite.

Kesimpulan: seluruh sumbangan melalui rekening komite {rekntt}. Rekening [[b:{rkbri4}]] tidak dipakai lagi.
""",
        F=(3,),
        M=(4,),
    ),
    T(
        "minutes",
        "tax",
        """
NOTULEN SOSIALISASI PERPAJAKAN
Kantor Lurah {kel}, {hari1}
Narasumber: [[n:{n1}]], Account Representative KPP Pratama Kupang

Materi:
- NIK sebagai NPWP orang pribadi; NPWP badan 16 digit; NITKU untuk cabang.
- Pelaporan SPT melalui Coretax, batas 31 Maret.
- Contoh format NPWP lama: {npxex}.

Tanya jawab:
1. Ibu [[n:{n2}]] (warga [[a:{rt2}]]) bertanya apakah NPWP suaminya yang sudah meninggal, almarhum [[n:{n3}]], NPWP [[npwp:{npd3}]], harus ditutup. Jawaban: ya, ajukan penghapusan dengan akta kematian.
2. Bapak [[n:{n4}]], pedagang di Pasar {kel}, bertanya apakah NPWP pribadinya [[npwp:{npb4}]] bisa dipakai untuk kios. Jawaban: bisa, usaha perorangan memakai NPWP pribadi.
3. Bendahara kelurahan bertanya soal NPWP bendahara {npbend}. Jawaban: tetap dipakai sebagai pemotong, NITKU {nitkux}.

Kontak KPP: {otel}, Kring Pajak 1500200. Narasumber dapat dihubungi di [[e:{emj1}]].

Notulis: Staf Kelurahan
""",
        F=(2,),
        M=(3, 4),
        E=(3,),
    ),
    T(
        "minutes",
        "licensing",
        """
NOTULEN RAPAT PENATAAN PEDAGANG KAKI LIMA
Disperindag Kota Kupang — {hari1}

Peserta: Kabid Perdagangan, UPTD Pasar, perwakilan {kop} (NPWP {npx}), perwakilan pedagang.

Pembahasan:
1. Pedagang yang mendapat lapak baru wajib punya NIB usaha mikro. NIB diurus gratis di Mal Pelayanan Publik.
2. Daftar pedagang yang dipindah (halaman 2):
   a) [[n:{n1}]] — NIK [[nik:{nik1}]] — jualan sayur — HP [[p:{hp1}]]
   b) [[n:{n2}]] — NIK [[nik:{nik2}]] — jualan ikan — HP [[p:{hp2}]]
   c) {cv} — NIB {nib} — grosir (badan usaha, telp {otel})
3. Ibu [[n:{g1}]] keberatan karena lapak baru jauh dari rumahnya di [[a:{rt1}]].
4. Retribusi lapak {rps} per hari dibayar lewat QRIS UPTD Pasar, bukan ke petugas.

Tindak lanjut: UPTD Pasar menghubungi pedagang a) dan b) pada nomor di atas.
""",
        F=(1,),
    ),
    T(
        "minutes",
        "utilities",
        """
BERITA ACARA KLARIFIKASI TAGIHAN AIR
Perumda Air Minum Tirta Lontar
Nomor: {surat}

Pada {hari1} telah dilakukan klarifikasi dengan pelanggan:
Nama              : [[n:{n1}]]
Nomor sambungan   : {samb}
Alamat sambungan  : [[a:{adr1}]]
HP                : [[p:{hp1}]]

Petugas PDAM: [[n:{n2}]] (Bagian Pembacaan Meter), [[n:{n3}]] (Bagian Hubungan Langganan).

Hasil klarifikasi:
1. Tagihan bulan lalu {rpm} terjadi karena angka meter dibaca {num1}{num2}{num3}, seharusnya lebih kecil.
2. Tagihan dikoreksi menjadi {rps}. Selisih dikompensasi bulan berikut.
3. Pelanggan [[n:{g1}]] meminta pembacaan meter difoto setiap bulan.

Pelanggan,            Petugas,
[[n:{n1}]]            [[n:{n2}]]
""",
    ),
    T(
        "minutes",
        "civil_registry",
        """
NOTULEN MUSYAWARAH KELUARGA (PENETAPAN AHLI WARIS)
Disaksikan Lurah {kel} — {hari1}

Almarhum: [[n:{n1}]], NIK [[nik:{nik1}]], meninggal {tgl0} (akta kematian nomor {reg}).
KK almarhum: [[kk:{kk1}]]

Ahli waris yang hadir:
1. [[n:{n2}]] (istri), NIK [[nik:{nik2}]]
2. [[n:{n3}]] (anak), NIK [[nik:{nik3}]], HP [[p:{hp3}]]
3. [[n:{n4}]] (anak), NIK [[nik:{nik4}]], tinggal di «Surabaya¦Makassar¦Denpasar», hadir melalui video call

Hasil musyawarah:
a. Rumah di [[a:{adr1}]] menjadi hak istri, [[n:{g2}]], selama hidup.
b. Rekening almarhum di {bank1} [[b:{rek1}]] ditutup dan saldonya dibagi rata.
c. NPWP almarhum [[npwp:{npd1}]] dihapus di KPP oleh anak, [[n:{g3}]].

Halaman berikut: tanda tangan para ahli waris dan dua saksi (Ketua RT dan Ketua RW).
""",
        M=(1,),
        F=(2,),
        E=(1, 2),
        fam={2: 1, 3: 1, 4: 1},
    ),
    T(
        "minutes",
        "health",
        """
NOTULEN PERTEMUAN KADER POSYANDU «MAWAR¦MELATI¦ANGGREK» {KEL}
{hari1}, di rumah Ketua Kader [[n:{n1}]], [[a:{ad1}]]

Hadir: «6¦8¦9» kader, bidan kelurahan Ibu [[n:{n2}]], petugas gizi Puskesmas {pusk}.

1. Balita gizi kurang bulan ini {num2} anak. Kunjungan rumah ke balita [[n:{n3}]] (anak dari Ibu [[n:{n4}]], [[a:{rt4}]]).
2. Ibu [[n:{g4}]] belum punya BPJS untuk anaknya. Bidan minta NIK anak: [[nik:{nik3}]]. Diusulkan PBI.
3. Laporan posyandu dikirim lewat WA bidan [[p:{hp2}]] setiap tanggal 5.
4. Jadwal posyandu berikut {tgl2}, PMT dari dana kelurahan {rpm}.

Notulis: [[n:{n5}]]
""",
        F=(1, 2, 4, 5),
        Y=(3,),
        A=(4,),
        fam={3: 4},
    ),
    T(
        "minutes",
        "scam_fraud",
        """
NOTULEN RAPAT WARGA RT {rtn} / RW {rwn} KELURAHAN {KEL}
{hari1}, pukul 19.00, di rumah Ketua RT

1. Ketua RT, Bapak [[n:{n2}]], menyampaikan ada warga kena tipu pinjaman online.
2. Korban, Ibu [[n:{n1}]], menceritakan dia ditelpon {scam1} yang mengaku dari koperasi, lalu diminta transfer biaya {rpm} ke rekening [[b:{rekx}]]. Nomor lain yang menagih {scam2}.
3. Ibu [[n:{g1}]] sudah lapor ke Polresta, nomor laporan {tiket}. Rekening Ibu [[n:{g1}]] di BRI [[b:{rkbri1}]] sudah diblokir sementara atas permintaan sendiri.
4. Warga diminta tidak memberi NIK dan foto KTP ke nomor tidak dikenal. Pengaduan ke Satgas PASTI atau OJK 157.

Ketua RT: [[n:{n2}]] ([[p:{hp2}]])
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "minutes",
        "land_housing",
        """
BERITA ACARA PENYELESAIAN SENGKETA SEWA KAMAR
Kantor Lurah {kel}, {hari1}

Pemilik kos : [[n:{n1}]], [[a:{adr1}]], HP [[p:{hp1}]]
Penyewa     : [[n:{n2}]], asal «Alor¦Rote¦Flores Timur¦Sumba Barat», mahasiswa, HP [[p:{hp2}]]

Penyewa menuntut pengembalian uang jaminan {rpm}. Pemilik menahan karena kerusakan pintu. Motor penyewa [[pl:{pl2}]] sempat ditahan di halaman kos.

Kesepakatan:
1. Pemilik mengembalikan {rps} setelah dipotong biaya perbaikan, ditransfer ke rekening penyewa {bank2} [[b:{rek2}]] paling lambat {tgl2}.
2. Motor [[pl:{pl2}]] dikembalikan hari ini.
3. Kos milik [[n:{g1}]] tetap terbuka untuk penyewa baru; jaminan ditulis di kuitansi.

Mediator: Sekretaris Lurah. Saksi: Ketua RT {rtn}.
""",
    ),
    T(
        "minutes",
        "civil_registry",
        """
BERITA ACARA SERAH TERIMA KENDARAAN
Nomor: {reg}

Yang menyerahkan (penjual):
Nama : [[n:{N1}]]
NIK  : [[nik:{nik1}]]
HP   : [[p:{hp1}]]

Yang menerima (pembeli):
Nama : [[n:{N2}]]
NIK  : [[nik:{nik2}]]
Alamat: [[a:{adr2}]]

Kendaraan: sepeda motor «Honda Beat¦Yamaha NMAX¦Honda Vario¦Suzuki Satria», warna «hitam¦merah¦putih», nomor polisi [[pl:{pl1}]], tahun {thl}, nomor BPKB «M-»{num1}{num2}{num3}.
Harga: {rpb}, dibayar tunai pada {tgl1}.

Balik nama di Samsat Kupang menjadi tanggung jawab pembeli. Pajak kendaraan [[pl:{pl1}]] lunas sampai {tgl3}.

Penjual: [[n:{N1}]]     Pembeli: [[n:{N2}]]
""",
    ),
    # ---- without personal data
    T(
        "minutes",
        "tax",
        """
NOTULEN RAPAT KOORDINASI PERPAJAKAN BENDAHARA OPD
BPKAD Kota Kupang — {hari1}

Peserta: Kepala Bidang Perbendaharaan, Seksi Pengawasan KPP Pratama Kupang, bendahara {num} OPD.

1. Setoran PPh 21 dan PPh 22 memakai NPWP bendahara masing-masing (format {npbend}), bukan NPWP pribadi bendahara.
2. NITKU instansi (contoh {nitkux}) wajib diisi di e-Bupot.
3. Kesalahan setor bulan lalu: kode billing {billing}, NTPN {ntpn}, diajukan Pbk.
4. Faktur rekanan {faktur} dan {faktur2} belum di-approve.
5. Helpdesk KPP: {otel}, WA {owa}.

Rapat ditutup pukul 12.15.
""",
    ),
    T(
        "minutes",
        "social_aid",
        """
NOTULEN RAPAT KOORDINASI PENYALURAN BANSOS
Dinas Sosial Kota Kupang, {hari1}

Hadir: Kabid Linjamsos, perwakilan PT Pos Indonesia, BNI Cabang Kupang, TKSK se-Kota Kupang.

Data penyaluran per kecamatan:
Alak: {num1}0 KPM | Maulafa: {num2}0 KPM | Oebobo: {num3}0 KPM | Kelapa Lima: {num4}0 KPM

1. KPM dengan kartu KKS rusak (contoh nomor {kks}) dilayani di kantor pos.
2. Rekening penampung Dinsos {rekntt} dipakai untuk dana retur.
3. Jadwal: {tgl2} s/d {tgl3}. Posko pengaduan WA {owa}, telp {otel}.
4. Waspada penipuan atas nama Dinsos dari nomor {scam}.
""",
    ),
    T(
        "minutes",
        "licensing",
        """
NOTULEN RAPAT TIM TEKNIS PERIZINAN
DPMPTSP Kota Kupang, {hari1}

1. {cv1} (NPWP {npx1}, NIB {nib1}) — PBG gudang: disetujui, retribusi {rpb}.
2. {cv2} (NPWP {npx2}, NIB {nib2}) — izin reklame: ditolak, lokasi di {jl}.
3. {kop} (NPWP {npx3}) — izin simpan pinjam: menunggu rekomendasi Dinas Koperasi.
4. Nomor SK yang terbit minggu ini: {surat1}, {surat2}.

Helpdesk: {otel} / WA {owa}.
""",
    ),
    T(
        "minutes",
        "utilities",
        """
NOTULEN PERTEMUAN PDAM DENGAN WARGA KELURAHAN {KEL}
{hari1}

1. PDAM menjelaskan gilir air: wilayah atas {dname1} dan {dname3}, wilayah bawah hari lain.
2. Sambungan baru di jalur {jl} (contoh nomor {samb1} s/d {samb2}) akan dipasang meter baru.
3. Warga RT {rtn} menyampaikan air sering keruh. PDAM akan cek pipa.
4. Pengaduan: {otel}, WA gangguan {owa}. Tangki air {rpm} per tangki.
""",
    ),
    T(
        "minutes",
        "health",
        """
NOTULEN LOKAKARYA MINI PUSKESMAS {PUSK}
{hari1}

Peserta: Kepala Puskesmas, penanggung jawab program, bidan kelurahan, perwakilan kecamatan.

1. Cakupan imunisasi {num1} persen, target {num2} persen.
2. Kapitasi BPJS bulan ini {rpb}, rekening BLUD {rekntt}.
3. Kunjungan pasien: {num3}0 orang per hari, antrean online via WA {owa}.
4. Nomor layanan UGD 24 jam {otel}.
5. Kasus DBD {num4} orang di wilayah kerja, fogging dijadwalkan {tgl2}.
""",
    ),
    T(
        "minutes",
        "schools_work",
        """
NOTULEN RAPAT KOORDINASI OPERATOR DAPODIK
Dinas Pendidikan Kota Kupang — {hari1}

1. Sekolah yang belum sinkron: NPSN {npsn1}, {npsn2}, {npsn3}.
2. NISN ganda ditemukan {num} siswa, contoh {nisn1} dan {nisn2}; diperbaiki lewat Verval PD.
3. Dana BOS tahap {hal} ditransfer ke rekening sekolah masing-masing (bukan rekening pribadi kepala sekolah).
4. Helpdesk Dapodik: {otel}, WA {owa}.
""",
    ),
]

# ================================================================ form_letter
# Multi-page forms and letters: a field's label on one line and its value two lines below, a
# table's header far above its rows, the same number again on a later page.
TEMPLATES += [
    T(
        "form_letter",
        "tax",
        """
FORMULIR PENDAFTARAN WAJIB PAJAK ORANG PRIBADI
(diisi dengan huruf cetak)

A. IDENTITAS
1. Nama lengkap sesuai KTP
   ......................................................
   [[n:{N1}]]
2. Nomor Induk Kependudukan (NIK)
   (16 digit, sesuai KTP-el)
   [[nik:{nik1}]]
3. Tempat/tanggal lahir
   «Kupang¦Soe¦Kefamenanu¦Ba'a¦Seba», {lahir1}
4. NPWP lama (jika pernah terdaftar)
   (15 digit)
   «[[npwp:{npd1}]]¦[[npwp:{npb1}]]»

------------------------------ halaman 1 dari 2 ------------------------------

B. ALAMAT DAN KONTAK
5. Alamat tempat tinggal
   [[a:{adr1}]]
   Kel. {pkel1}, Kec. {kec}, Kota Kupang
6. Nomor telepon seluler
   [[p:{hp1}]]
7. Alamat email
   [[e:{em1}]]

C. PEKERJAAN
8. Nama pemberi kerja: {cv}
9. NPWP pemberi kerja: {npx}

Kupang, {tgl1}
Pemohon,

[[n:{N1}]]
""",
    ),
    T(
        "form_letter",
        "schools_work",
        """
SURAT PERNYATAAN
Nomor: {reg}

Yang bertanda tangan di bawah ini:

Nama
:
[[n:{n1}]]

NIK
:
[[nik:{nik1}]]

NPWP
:
«[[npwp:{npn1}]]¦[[npwp:{npd1}]]¦[[npwp:{npt1}]]»

Jabatan
:
Guru honor {school}

menyatakan dengan sebenarnya bahwa saya belum menerima honor triwulan «I¦II¦III¦IV» tahun {thn} dan bersedia dipotong PPh Pasal 21 sesuai ketentuan. Honor mohon ditransfer ke rekening:

Bank
:
{bank1}

Nomor rekening
:
[[b:{rek1}]]

Atas nama
:
[[n:{N1}]]

Kupang, {tgl1}
Yang menyatakan,

[[n:{n1}]]

Mengetahui,
Kepala {school}
[[n:{n2}]]
NIP {nip}
""",
    ),
    T(
        "form_letter",
        "licensing",
        """
FORMULIR PERMOHONAN IZIN USAHA
DPMPTSP Kota Kupang

BAGIAN I — DATA BADAN USAHA
Nama badan usaha   : {CV}
NPWP Badan         : {npx}
NIB                : {nib}
Alamat kantor      : {jlno}, Kupang
Telepon kantor     : {otel}

BAGIAN II — DATA PEMOHON / PENANGGUNG JAWAB
Nama               : [[n:{N1}]]
Jabatan            : Direktur
NIK                : [[nik:{nik1}]]
NPWP Pemohon       : [[npwp:{np1}]]
Alamat rumah       : [[a:{adr1}]]
HP                 : [[p:{hp1}]]

— halaman 2 —

BAGIAN III — PERNYATAAN
Saya yang namanya tersebut pada Bagian II menyatakan data di atas benar. NPWP pribadi saya ([[npwp:{np1}]]) berbeda dengan NPWP badan dan tidak dipakai untuk transaksi perusahaan.

Kupang, {tgl1}
[[n:{N1}]]
""",
    ),
    T(
        "form_letter",
        "social_aid",
        """
PEMERINTAH KOTA KUPANG
KECAMATAN {KEC}
KELURAHAN {KEL}
Alamat: {jlno}, Telp. {otel}

SURAT KETERANGAN TIDAK MAMPU
Nomor: {surat}

Lurah {kel} dengan ini menerangkan bahwa:

Nama            : [[n:{N1}]]
NIK             : [[nik:{nik1}]]
No. KK          : [[kk:{kk1}]]
Tempat/tgl lahir: Kupang, {lahir1}
Pekerjaan       : «Buruh harian lepas¦Petani¦Mengurus rumah tangga¦Nelayan»
Alamat          : [[a:{adr1}]]

adalah benar warga kelurahan kami yang tergolong keluarga tidak mampu. Surat keterangan ini dipergunakan untuk «pengajuan PBI JK¦keringanan biaya sekolah anak¦pengajuan bantuan bedah rumah».

                                                  Kupang, {tgl1}
                                                  Lurah {kel},

                                                  [[n:{n2}]]
                                                  NIP {nip}
""",
    ),
    T(
        "form_letter",
        "tax",
        """
BUKTI PEMOTONGAN PPh PASAL 21
Nomor: 1.1-«01¦03¦06¦09¦11».{thn}-{num2}{num3}{num4}

A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP/NIK
    [[npwp:{npn1}]]
A.2 NAMA
    [[n:{N1}]]
A.3 ALAMAT
    [[a:{adr1}]]

B. PENGHASILAN DAN PPh DIPOTONG
Penghasilan bruto: {rpb}
PPh dipotong: {rpm}

C. IDENTITAS PEMOTONG
C.1 NPWP/NITKU : {npbend}
C.2 NAMA       : BENDAHARA {BODY} KOTA KUPANG
C.3 TANGGAL    : {tgl1}
C.4 Penandatangan: [[n:{N2}]]

Halaman 2 — ringkasan
NIK penerima dipakai sebagai NPWP: [[npwp:{npn1}]]
""",
    ),
    T(
        "form_letter",
        "tax",
        """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak: {faktur}

Pengusaha Kena Pajak:
Nama   : {CV}
Alamat : {jlno}, Kupang
NPWP   : {npx}

Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak:
Nama   : [[n:{N1}]]
Alamat : [[a:{adr1}]]
NPWP   : [[npwp:{npn1}]]
NITKU  : [[npwp:{npt1}]]

No. Nama Barang/Jasa                    Harga Jual
1   «Semen 50 kg, 40 sak¦Besi beton 10 mm, 60 batang¦Genteng metal, 120 lembar»   {rpb}

Dasar Pengenaan Pajak   {rpb2}
PPN                     {rpm}

Kupang, {tgl1}
{CV}
""",
    ),
    T(
        "form_letter",
        "land_housing",
        """
SURAT KUASA

Yang bertanda tangan di bawah ini:
Nama      : [[n:{n1}]]
NIK       : [[nik:{nik1}]]
Alamat    : [[a:{adr1}]]
selanjutnya disebut PEMBERI KUASA,

dengan ini memberi kuasa kepada:
Nama      : [[n:{n2}]]
NIK       : [[nik:{nik2}]]
Alamat    : [[a:{adr2}]]
HP        : [[p:{hp2}]]
selanjutnya disebut PENERIMA KUASA,

untuk mengurus balik nama sertifikat hak milik nomor {num1}{num2} di Kantor Pertanahan Kota Kupang, termasuk membayar BPHTB dengan kode bayar yang diterbitkan Bapenda dan menandatangani berkas yang diperlukan.

(halaman 2)

Penerima kuasa berhak menerima kembali sertifikat atas nama pemberi kuasa. NPWP pemberi kuasa untuk keperluan BPHTB: [[npwp:{np1}]].

Kupang, {tgl1}
Pemberi Kuasa,          Penerima Kuasa,
[[n:{n1}]]              [[n:{n2}]]
""",
    ),
    T(
        "form_letter",
        "civil_registry",
        """
FORMULIR BIODATA KELUARGA (F-1.02)
Nomor KK: [[kk:{kk1}]]
Nama Kepala Keluarga: [[n:{N1}]]
Alamat: [[a:{adr1}]]
Kelurahan: {pkel1}    Kecamatan: {kec}

DATA ANGGOTA KELUARGA
No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan
---+--------------+-----+---------------+---------
(lanjutan dari halaman 1)

1 | [[n:{N1}]] | [[nik:{nik1}]] | L | KEPALA KELUARGA
2 | [[n:{N2}]] | [[nik:{nik2}]] | P | ISTRI
3 | [[n:{N3}]] | [[nik:{nik3}]] | {lp3} | ANAK
4 | [[n:{N4}]] | [[nik:{nik4}]] | {lp4} | ANAK

Keterangan: perubahan data karena kelahiran anak.
Petugas registrasi: [[n:{n5}]]
""",
        M=(1,),
        F=(2,),
        Y=(3, 4),
        A=(1, 2),
        fam={2: 1, 3: 1, 4: 1},
    ),
    T(
        "form_letter",
        "schools_work",
        """
DAFTAR RIWAYAT HIDUP
(lampiran lamaran PPPK)

I. KETERANGAN PERORANGAN
1. Nama lengkap           : [[n:{n1}]]
2. NIK                    : [[nik:{nik1}]]
3. Tempat, tanggal lahir  : Kupang, {lahirb1}
4. Alamat
   [[a:{adr1}]]
   Kelurahan {pkel1}
5. Nomor HP/WA            : [[p:{hp1}]]
6. Email                  : [[e:{em1}]]

II. DATA KEUANGAN DAN JAMINAN
7. NPWP
   (jika sudah padan, isi NIK)
   [[npwp:{np1}]]
8. Nomor kartu BPJS Kesehatan
   [[bpjs:{bpjs1}]]
9. Nomor KPJ BPJS Ketenagakerjaan
   {kpj}
10. Rekening gaji
    {bank1} [[b:{rek1}]]

(halaman 2)
III. RIWAYAT PEKERJAAN
- Guru honor {school}, {thl}–sekarang
- Tenaga administrasi {cv}, NPWP perusahaan {npx}

Kupang, {tgl1}
[[n:{n1}]]
""",
    ),
    T(
        "form_letter",
        "utilities",
        """
PT PLN (PERSERO) UP3 KUPANG
FORMULIR PERMOHONAN PASANG BARU

Data Pemohon
Nama              : [[n:{N1}]]
NIK               : [[nik:{nik1}]]
Alamat pemasangan : [[a:{adr1}]], Kel. {pkel1}
No. HP            : [[p:{hp1}]]
Daya diminta      : «900¦1300¦2200» VA

Referensi tetangga terdekat (ID pelanggan): {idpel}

Pembayaran biaya penyambungan {rpm} melalui kode bayar {billing}.
Nomor registrasi: {reg}

— halaman 2 —
Pernyataan: instalasi rumah [[a:{adr1}]] sudah diperiksa instalatir dengan sertifikat SLO nomor {surat}.
Pemohon: [[n:{N1}]]
""",
    ),
    T(
        "form_letter",
        "health",
        """
RSUD «S.K. LERIK¦KOTA KUPANG»
SURAT ELIGIBILITAS PESERTA

No. SEP       : {reg}
Tgl. SEP      : {tgl1}
No. Kartu     : [[bpjs:{bpjs1}]]
Nama Peserta  : [[n:{N1}]]
NIK           : [[nik:{nik1}]]
Tgl. Lahir    : {lahir1}
Poli Tujuan   : «Penyakit Dalam¦Anak¦Bedah¦Saraf»
Faskes Perujuk: Puskesmas {pusk}
Kelas Rawat   : «III¦II»

Keluarga yang dapat dihubungi:
[[n:{n2}]] (anak)
[[p:{hp2}]]

Peserta/keluarga,           Petugas BPJS,
[[n:{N2}]]                  ..............
""",
    ),
    # ---- without personal data
    T(
        "form_letter",
        "tax",
        """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
{jlno}, Kupang | Telepon {otel}

Nomor   : {surat}
Hal     : Imbauan pemadanan NIK–NPWP

Yth. Pimpinan Instansi/Badan Usaha
di Kota Kupang

Sehubungan dengan penggunaan NIK sebagai NPWP, bersama ini kami sampaikan:
1. NPWP badan 15 digit ditulis 16 digit dengan 0 di depan; cabang memakai NITKU 22 digit (contoh {nitkux}).
2. Bendahara instansi tetap memakai NPWP bendahara (contoh {npbend}).
3. Pembayaran memakai kode billing (contoh {billing}); bukti setor memuat NTPN (contoh {ntpn}).

Informasi: Kring Pajak 1500200, WA KPP {owa}.

Kepala Kantor
""",
    ),
    T(
        "form_letter",
        "licensing",
        """
PEMERINTAH KOTA KUPANG
DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU
{jlno}, Telp. {otel}

KEPUTUSAN KEPALA DPMPTSP
Nomor: {pbg}
TENTANG PERSETUJUAN BANGUNAN GEDUNG

Kepada Yth.
Direktur {cv}
{jlno2}
NPWP {npx}

Menetapkan persetujuan bangunan gedung fungsi usaha dengan nomor registrasi {reg}, NIB {nib}, retribusi {rpb} telah dibayar dengan kode bayar {billing} pada {tgl1}.

Ditetapkan di Kupang, {tgl2}
""",
    ),
    T(
        "form_letter",
        "social_aid",
        """
PEMERINTAH KOTA KUPANG
DINAS SOSIAL
Telp. {otel} | WA Pengaduan {owa}

Nomor : {surat}
Hal   : Undangan penyaluran BPNT tahap {hal}

Kepada Yth.
Bapak/Ibu Keluarga Penerima Manfaat
di tempat

Penyaluran dilaksanakan {hari2} pukul 08.00 di Kantor Pos {kel}. Bawa undangan ini, KTP-el, KK dan kartu KKS.

Nomor urut: {num2}
ID DTKS: {dtks}
Besaran bantuan: {rpm}

Dinas Sosial tidak memungut biaya apa pun.
""",
    ),
    T(
        "form_letter",
        "tax",
        """
FAKTUR PAJAK
Kode dan Nomor Seri: {faktur}

Pengusaha Kena Pajak
Nama   : {CV1}
NPWP   : {npx1}
Alamat : {jlno1}

Pembeli
Nama   : {CV2}
NPWP   : {npx2}
NITKU  : {nitkux}
Alamat : {jlno2}

1 Jasa angkutan material, {num} rit      {rpb}
PPN 12%                                  {rpm}
Invoice {inv}, tanggal {tgl1}
""",
    ),
    T(
        "form_letter",
        "health",
        """
PEMERINTAH KOTA KUPANG
DINAS KESEHATAN
SURAT EDARAN
Nomor: {surat}

Kepada seluruh Kepala Puskesmas se-Kota Kupang

1. Layanan antrean online melalui WA masing-masing puskesmas (contoh Puskesmas {pusk}: {owa}).
2. Kapitasi BPJS dibayar ke rekening BLUD puskesmas, bukan rekening pribadi.
3. Pelaporan kasus DBD ke surveilans {otel} paling lambat 1x24 jam.
4. Batas laporan bulanan tanggal 5; format {file1}.

Kupang, {tgl1}
""",
    ),
    T(
        "form_letter",
        "utilities",
        """
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
{jlno} | Telp. {otel}

REKENING TAGIHAN AIR — PELANGGAN NIAGA
Nama pelanggan : {CV}
No. sambungan  : {samb}
Golongan       : Niaga Besar
Periode        : {tgl1}
Pemakaian      : «48¦126¦210¦355» m3
Tagihan        : {rpm}
NPWP pelanggan : {npx}

Bayar di loket PDAM atau VA {va} sebelum tanggal 20. Pengaduan WA {owa}.
""",
    ),
]

# ================================================================ ocr_scan
# Scans read by OCR: letters for digits, words split by stray spaces, names and numbers cut by a
# line break, fields run together, labels far from their values.
TEMPLATES += [
    T(
        "ocr_scan",
        "civil_registry",
        """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{niko1}]]
N a m a : [[n:{o1}]]
Tempat/Tgl Lahir : KUPANG, {lahir1}
Jenis Kelamin : {jk1} Gol. Darah : «O¦A¦B¦-»
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {PKEL1}
Kecamatan : {KEC}
Agama : «KRISTEN¦KATOLIK¦ISLAM¦HINDU»
Status Perkawinan : KAWIN
Pekerjaan : WIRASWASTA
Kewarganegaraan : WNI
Berlaku Hingga : SEUMUR HIDUP
KOTA KUPANG
{tgl1}

[hasil pindai {file1}, dilampirkan pada pengaduan {tiket}]
""",
    ),
    T(
        "ocr_scan",
        "tax",
        """
hasil OCR lampiran — kartu NPWP (foto miring)

KEMENTERIAN KEUANGAN REPUBLIK lNDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[npwp:{npo1}]]
[[n:{o1}]]
NIK : [[nik:{niko1}]]
[[a:{AD1}]]
KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgl1}

Catatan pemohon (diketik): kartu ini milik saya, NPWP lama [[npwp:{npd1}]]. Mohon dipadankan dengan NIK.
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
KARTU KELUARGA
No. [[kk:{kko1}]]
Nama Kepala Keluarga : [[n:{o1}]]
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Desa/Kelurahan : {PKEL1}  Kecamatan : {KEC}
Kabupaten/Kota : KOTA KUPANG  Provinsi : NUSA TENGGARA TIMUR

No Nama Lengkap NIK Jenis Kelamin Tempat Lahir
1 [[n:{N1}]] [[nik:{niko1}]] LAKI-LAKI KUPANG
2 [[n:{N2}]] [[nik:{niko2}]] PEREMPUAN «ROTE¦SABU¦SOE»
3 [[n:{N3}]]
[[nik:{nikn3}]] {jk3} KUPANG

Dikeluarkan Tanggal : {tgl1}
KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
[dipindai dan dilampirkan untuk usulan bansos]
""",
        M=(1,),
        F=(2,),
        Y=(3,),
        A=(1, 2),
        fam={2: 1, 3: 1},
    ),
    T(
        "ocr_scan",
        "schools_work",
        """
DAFTAR PENERIMAAN HONOR — {SCHOOL} (hasil scan, hal. {hal})

No Nama NPWP/NIK Bruto PPh Netto
1 [[n:{N1}]] [[npwp:{npn1}]] «1.500.000 75.000 1.425.000¦1.200.000 60.000 1.140.000»
2 [[n:{N2}]]
[[npwp:{npn2}]] «900.000 45.000 855.000¦1.800.000 90.000 1.710.000»
3 [[n:{o3}]] [[npwp:{npo3}]] «750.000 45.000 705.000¦1.350.000 81.000 1.269.000»

NPWP Bendahara : {npbend}
Bendahara,
[[n:{N4}]]
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
SURAT RUJUKAN FKTP (hasil pindai)
Puskesmas {PUSK}
Kepada Yth. dr. Spesialis Penyakit Dalam
RSUD PROF. DR. W. Z. JOHANNES KUPANG

Mohon pemeriksaan dan penanganan lebih lanjut penderita:
Nama : [[n:{o1}]]
No. Kartu BPJS : [[bpjs:{bpjso1}]]
Umur : {age1} thn
Diagnosa : hipertensi + DM tipe 2
NIK [[nik:{niko1}]]
Telah diberikan: amlodipin 1x10mg

Salam sejawat,
dr. [[n:{N2}]]
""",
    ),
    T(
        "ocr_scan",
        "tax",
        """
KWITANSI (foto, OCR)
No : {kwit}
Sudah terima dari : [[n:{o1}]]
Uang sejumlah : {rpb}
Untuk pembayaran : «pembelian bahan bangunan¦sewa tenda dan kursi¦catering acara syukuran»
{SHOP}
NPWP : {npx}
Kupang, {tgl1}
Penerima,
[[n:{N2}]]

Catatan pembeli: nota di atas untuk klaim pajak, NPWP pribadi saya [[npwp:{npd1}]] mohon dicantumkan.
""",
    ),
    T(
        "ocr_scan",
        "land_housing",
        """
AKTA JUAL BELI (hal. {hal}, hasil scan)
... yang selanjutnya disebut PIHAK PERTAMA:
Tuan [[n:{o1}]], lahir di Kupang pada tanggal {lahirb1}, Warga Negara Indonesia, pemegang NIK [[nik:{nikn1}]], bertempat tinggal di [[a:{AD1}]];
dan PIHAK KEDUA:
Nyonya [[n:{N2}]], lahir di «Ende¦Kefamenanu¦Waingapu» pada tanggal {lahirb2}, pemegang NIK [[nik:{nik2}]], bertempat tinggal di [[a:{AD2}]];
PIHAK PERTAMA menjual kepada PIHAK KEDUA sebidang tanah Hak Milik Nomor {num1}{num2}, NOP {nop}, seharga {rpb}.
NPWP PIHAK KEDUA [[npwp:{np2}]]
""",
        M=(1,),
        F=(2,),
    ),
    T(
        "ocr_scan",
        "licensing",
        """
[teks hasil salin PDF formulir PBG — kolom bertumpuk]
Nama Pemohon[[n:{N1}]]NIK[[nik:{nik1}]]
Alamat[[a:{AD1}]]Kel. {PKEL1}
No. HP[[p:{hpo1}]]
Fungsi BangunanRUMAH TINGGAL
Lokasi BangunanSAMA DENGAN ALAMAT PEMOHON
NOP{nop}
Nomor Registrasi{reg}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
BUKU TABUNGAN (foto halaman depan, OCR)
BANK NEGARA INDONESIA
KCP «OESAPA¦KUANINO¦OEBOBO»
NAMA      [[n:{o1}]]
NO. REKENING
[[b:{rkbni1}]]
NO. CIF {num1}{num2}{num3}{num4}
KKS {kks}

Ditulis pelapor di bawah foto: bantuan PKH tidak masuk ke rekening ini sejak {tgl1}. HP saya [[p:{hp1}]].
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
FORMULIR PENGADUAN PELANGGAN (ditulis tangan, hasil scan)
Nama      : [[n:{o1}]]
No. Samb  : {samb}
Alamat    : [[a:{AD1}]]
No. HP    : [[p:{hpo1}]]
Keluhan   : air tidak mengalir sejak {tgl1}, sudah lapor 3x ke {otel}
Tanda tangan : [[n:{N1}]]
Diterima petugas : [[n:{N2}]] tgl {tgl2}
""",
    ),
    T(
        "ocr_scan",
        "scam_fraud",
        """
SURAT TANDA PENERIMAAN LAPORAN (hasil pindai)
Nomor: STPL/{num1}{num2}/{thn}/SPKT
Telah menerima laporan dari:
Nama : [[n:{o1}]]
NIK : [[nik:{niko1}]]
Pekerjaan : «PNS¦Wiraswasta¦Ibu Rumah Tangga»
Alamat : [[a:{AD1}]]
No. Telp : [[p:{hp1}]]
Tentang: penipuan melalui telepon. Terlapor menggunakan nomor {scam} mengaku petugas bank, kerugian {rpb}, ditransfer dari rekening pelapor [[b:{rkbri1}]] ke rekening [[b:{rekx}]].
Penerima laporan,
[[n:{N2}]]
""",
    ),
    # ---- without personal data
    T(
        "ocr_scan",
        "tax",
        """
KEMENTERlAN KEUANGAN REPUBLlK INDONESIA
DIREKTORAT JENDERAL PAJAK
KPP PRATAMA KUPANG
{JLNO} Telp {otel}
PENGUMUMAN
Nomor PENG-{num}/KPP.2402/{thn}
Layanan TPT dibuka Senin s.d. Jumat pukul 08.00-15.00. Antrean online WA {owa}.
Contoh penulisan NPWP: {npxex}.
Pembayaran dengan kode billing, contoh {billing}.
""",
    ),
    T(
        "ocr_scan",
        "licensing",
        """
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: {nib}
Nama Pelaku Usaha : {CV}
NPWP : {npx}
Alamat Kantor : {JLNO}, KOTA KUPANG
Nomor Telepon : {otel}
KBLI : 4{num1}{num2}1 - PERDAGANGAN ECERAN
Diterbitkan tanggal {tgl1}
""",
    ),
    T(
        "ocr_scan",
        "social_aid",
        """
UNDANGAN PENYALURAN BANSOS (foto, OCR)
KEMENTERIAN SOSIAL RI
Nomor Undangan : {reg}
ID DTKS : {dtks}
Lokasi : Kantor Pos {KEL}
Tanggal : {tgl1} pukul {jam}
Bawa KTP-el dan KK asli. Info {owa}
Waspada penipuan, Kemensos tidak memungut biaya.
""",
    ),
    T(
        "ocr_scan",
        "health",
        """
BANNER PUSKESMAS {PUSK} (foto)
JADWAL PELAYANAN
SENIN-KAMIS 07.30-14.00
JUMAT 07.30-11.00
UGD 24 JAM : {otel}
PENDAFTARAN ONLINE WA : {owao}
PENGADUAN : {owa}
""",
    ),
    T(
        "ocr_scan",
        "utilities",
        """
STRUK PEMBAYARAN LISTRIK PASCABAYAR (OCR)
IDPEL : {idpel}
NAMA : {CV}
TARIF/DAYA : «B2/5500¦B2/7700¦B2/11000» VA
BL/TH : {tgl1}
STAND METER : {num1}{num2}{num3}-{num4}{num2}{num1}
RP TAG PLN : {rpm}
REF : {ntpn}
PLN menyatakan struk ini sebagai bukti pembayaran yang sah. Info 123.
""",
    ),
    T(
        "ocr_scan",
        "schools_work",
        """
{SCHOOL}
NPSN {npsn} | NSS {num1}{num2}{num3}
{JLNO} Kupang Telp. {otel}
PENGUMUMAN
Pembayaran uang komite ke rekening Bank NTT {rekntt} a.n. KOMITE {SCHOOL}, bukan rekening pribadi.
Batas {tgl1}. Info TU {owa}.
""",
    ),
]

# ================================================================ fb_thread
# Facebook threads with many replies: a post, comments and replies under it, an office's page
# answering; the number's owner named in one comment, the number in another.
TEMPLATES += [
    T(
        "fb_thread",
        "social_aid",
        """
Grup: INFO BANSOS KOTA KUPANG
[[n:{n1}]]
«2 jam¦5 jam¦kemarin pukul 19.40¦3 hari» · 🌐
Selamat siang bapa mama. Sy mau tanya, bantuan PKH sy tahap ini tidak masuk. Sudah ke kantor pos katanya nama tidak ada. Sy harus lapor ke mana?
👍 {num2}   💬 {num3} komentar

[[n:{n2}]]
Sama kaka, sy juga. Kata pendamping harus cek NIK di Dinsos.
   Suka · Balas · 2 j

[[n:{n1}]]
Sy tulis di sini saja, tolong admin cek: NIK sy [[nik:{nik1}]], KK [[kk:{kk1}]]
   Suka · Balas · 2 j

   ↳ Dinas Sosial Kota Kupang
   Mohon maaf, jangan menulis NIK dan nomor KK di kolom komentar. Silakan kirim lewat WA pengaduan {owa} atau datang ke kantor {jlno}.
      Suka · Balas · 1 j

   ↳ [[n:{n3}]]
   Hapus komen ko kaka [[n:{g1}]], nanti orang pakai NIK kaka utk pinjol
      Suka · Balas · 1 j

[[n:{n4}]]
Pendamping di kelurahan {kel} itu Ibu [[n:{n5}]], ini nomornya [[p:{hp5}]]. Dia baik, cepat balas.
   Suka · Balas · 45 mnt

   ↳ [[n:{n1}]]
   Makasih banyak kaka [[n:{g4}]] 🙏
""",
        F=(1, 5),
    ),
    T(
        "fb_thread",
        "tax",
        """
FORUM GURU HONOR NTT
[[n:{n1}]] › Forum Guru Honor NTT
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Bapak ibu, bendahara di sekolah sy minta NPWP utk potong pajak honor. NPWP sy yg lama «[[npwp:{npd1}]]¦[[npwp:{nps1}]]», sdh tdk bisa dipakai katanya. Bagaimana?

💬 Komentar

[[n:{n2}]]
Sekarang pakai NIK pak/bu. Punya sy sdh padan, NPWP sy sekarang [[npwp:{npn2}]] sama dengan NIK.

[[n:{n3}]]
Jgn tulis nomor2 di grup pak ibu, bahaya. Cukup kirim japri ke bendahara.

KPP Pratama Kupang
Terima kasih. Untuk pemadanan NIK–NPWP silakan lewat DJP Online atau datang ke TPT. Informasi lanjut WA {owa}. NPWP bendahara sekolah (mis. {npbend}) hanya untuk pemotong, bukan untuk guru.

   ↳ [[n:{n1}]]
   Baik, trima kasih. Berarti yg [[npwp:{npd1}]] sy padankan dulu ya.

[[n:{n4}]]
Di sekolah kami bendahara kasih formulir, NPWP diisi NIK, BPJS diisi nomor kartu. Sy isi kartu BPJS [[bpjs:{bpjs4}]] di formulir.
""",
    ),
    T(
        "fb_thread",
        "civil_registry",
        """
Grup: SUARA WARGA KOTA KUPANG
[[n:{n1}]]
«12 mnt¦35 mnt¦50 mnt»
DITEMUKAN DOMPET di depan Pasar Inpres {kel} tadi pagi. Isi: KTP a.n. [[n:{N2}]], kartu BPJS, ATM BRI dan uang sedikit. Yang kenal tolong kabari. Bisa hubungi sy [[p:{hp1}]].

[[n:{n3}]]
Itu om [[n:{g2}]] yg tinggal di [[a:{ad2}]], tetangga sy. Nomor HP om [[n:{g2}]] [[p:{hp2}]]
   ↳ [[n:{n1}]]
   Makasih kaka, sy sudah telpon [[p:{hp2}]] tapi belum aktif

[[n:{n4}]]
Antar ke polsek saja biar aman
   ↳ [[n:{n1}]]
   Iya nanti sore sy antar kalau belum ada kabar

[[n:{n2}]]
Puji Tuhan, itu sy punya dompet. Sy sudah WA kaka [[n:{g1}]]. Terima kasih banyak 🙏🙏
""",
        M=(2,),
    ),
    T(
        "fb_thread",
        "land_housing",
        """
INFO KUPANG 24 JAM
[[n:{n1}]]
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Mohon info. Ada motor «Honda Beat hitam¦Vario putih¦Mio merah» plat [[pl:{pl2}]] parkir di depan rumah sy sudah 4 hari, tidak ada yg ambil. Rumah sy di [[a:{rt1}]] Kel. {pkel1}.

💬 {num2} komentar

[[n:{n3}]]
Lapor polsek saja kaka, siapa tau motor curian

[[n:{n4}]]
Itu motor om [[n:{n2}]] kayaknya. Rumahnya di [[a:{adr2}]]. Dia ke «Rote¦Sabu¦Alor» minggu lalu.
   ↳ [[n:{n1}]]
   Oh begitu. Ada nomornya kah?
   ↳ [[n:{n4}]]
   [[p:{hp2}]]. Atau telpon istrinya tanta [[n:{g5}]] [[p:{hp5}]]

[[n:{n2}]]
Maaf bapa mama, itu sy punya motor [[pl:{pl2}]]. Sy titip ke adik tapi adik lupa. Sebentar sy suruh ambil.
""",
        M=(2,),
        F=(5,),
        fam={5: 2},
    ),
    T(
        "fb_thread",
        "utilities",
        """
Perumda Air Minum Tirta Lontar Kota Kupang
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Pemberitahuan: gangguan pipa transmisi di {jl}. Distribusi air ke {kel} dan sekitarnya terganggu sampai {hari2}. Pengaduan WA {owa}.

Komentar

[[n:{n1}]]
Sy di [[a:{rt1}]] {kel}, air mati sudah 4 hari bukan 1 hari 😡
   ↳ Perumda Air Minum Tirta Lontar Kota Kupang
   Mohon maaf. Boleh kirim nomor sambungan lewat inbox, kami prioritaskan tangki.
   ↳ [[n:{n1}]]
   Nomor sambungan {samb}. Rumah [[a:{ad1}]]

[[n:{n2}]]
Warga RT {rtn} juga sama. Tangki swasta sekarang {rpm} satu tangki

[[n:{n3}]]
Om [[n:{n4}]] ada tangki, murah. Nomornya [[p:{hp4}]]
   ↳ [[n:{n2}]]
   Makasih, sy sudah telpon om [[n:{g4}]]
""",
        M=(4,),
    ),
    T(
        "fb_thread",
        "health",
        """
Grup: DONOR DARAH KUPANG
[[n:{n1}]]
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
DIBUTUHKAN SEGERA darah golongan «O+¦A+¦B+¦AB+» «2¦3¦4» kantong untuk pasien [[n:{n2}]], dirawat di RSUD ruang «Cempaka¦ICU¦Bougenville¦Mawar». Bisa hubungi keluarga: [[n:{n3}]] [[p:{hp3}]] atau saya [[p:{hp1}]].

[[n:{n4}]]
Sy bisa donor besok pagi kaka. Daftar di PMI Kota Kupang atau langsung RS?
   ↳ [[n:{n1}]]
   Langsung ke UTD PMI {jlno} kaka, sebut nama pasien [[n:{n2}]]. Telp PMI {otel}

[[n:{n5}]]
Sudah share ke grup gereja 🙏

[[n:{n3}]]
Terima kasih bapa mama. Sudah dapat 2 kantong. Yang mau bantu masih bisa telpon sy [[p:{hp3}]].
""",
        fam={3: 2},
    ),
    T(
        "fb_thread",
        "civil_registry",
        """
Dispendukcapil Kota Kupang
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Layanan perekaman KTP-el hari Sabtu dibuka di Mal Pelayanan Publik {jlno}, jam 08.00–12.00. Antrean online WA {owa}.

💬

[[n:{n1}]]
Min, KK sy sudah cetak ulang tapi nama anak masih salah. Nomor KK [[kk:{kk1}]]. Bagaimana?
   ↳ Dispendukcapil Kota Kupang
   Mohon jangan tulis nomor KK di komentar. Silakan inbox atau WA {owa} dengan nama anak dan NIK anak.
   ↳ [[n:{n1}]]
   Sdh inbox min. Anak sy [[n:{n2}]], NIK [[nik:{nik2}]]

[[n:{n3}]]
Sabtu sy datang jam 8 antrean sdh nomor {antrian}

[[n:{n4}]]
Mantap layanannya 👍
""",
        Y=(2,),
        A=(1,),
        fam={2: 1},
    ),
    T(
        "fb_thread",
        "licensing",
        """
Grup: UMKM NTT NAIK KELAS
[[n:{n1}]]
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Bapa mama pelaku usaha, yg mau urus NIB gratis bisa sy bantu. Sy relawan pendamping UMKM. WA sy [[p:{hp1}]]. Syaratnya cuma NIK dan email.

[[n:{n2}]]
Kaka sy jualan kue di rumah. NIK sy [[nik:{nik2}]], email [[e:{emx2}]]. Bisa bantu kah?
   ↳ [[n:{n1}]]
   Bisa kaka [[n:{g2}]], sy japri. Lain kali NIK jangan tulis di komen ya
   ↳ [[n:{n2}]]
   Oke kaka, maaf

[[n:{n3}]]
Usaha sy {cv}, apa bisa juga? NPWP perusahaan sudah ada {npx}
   ↳ [[n:{n1}]]
   CV harus lewat notaris dan OSS badan usaha. Tanya langsung DPMPTSP di {otel}.

[[n:{n4}]]
Terima kasih kaka [[n:{g1}]], NIB sy sudah terbit {nib} 🙏
""",
    ),
    T(
        "fb_thread",
        "schools_work",
        """
Grup: ORANG TUA SISWA {SCHOOL}
[[n:{n1}]]
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Bapak ibu, uang komite tahun ini {rpm}. Pak [[n:{n2}]] (bendahara komite) minta transfer ke rekening pribadi beliau BRI [[b:{rkbri2}]]. Apakah benar begitu?

[[n:{n3}]]
Setahu sy rekening komite ada di Bank NTT a.n. komite sekolah

[[n:{n2}]]
Mohon maaf bapak ibu, betul rekening komite {rekntt}. Rekening [[b:{rkbri2}]] itu sy punya, kemarin salah kirim di grup. Yang sudah transfer ke situ nanti sy pindahkan. Bisa konfirmasi ke sy [[p:{hp2}]].
   ↳ [[n:{n1}]]
   Baik pak [[n:{g2}]], terima kasih penjelasannya

[[n:{n4}]]
Sebaiknya kuitansi pakai kop komite
""",
        M=(2,),
    ),
    T(
        "fb_thread",
        "land_housing",
        """
Jual Beli Tanah Kupang
[[n:{n1}]]
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
DIJUAL tanah kavling 10x20 di belakang {school}, SHM a.n. sendiri, NOP {nop}. Harga «Rp 185 juta¦Rp 240.000.000¦Rp 310 jt¦Rp 275.000.000» nego. Hubungi pemilik langsung [[p:{hp1}]] (tanpa perantara).

[[n:{n2}]]
Lokasi tepatnya di mana kaka?
   ↳ [[n:{n1}]]
   Masuk lorong samping rumah sy, [[a:{ad1}]]. Datang saja sore

[[n:{n3}]]
Sertifikat sdh pecah kah?
   ↳ [[n:{n1}]]
   Sudah. Biaya balik nama pembeli. NPWP sy ada kalau perlu buat PPh, [[npwp:{npd1}]]

[[n:{n4}]]
Hati2 bapa mama, cek dulu di BPN
""",
    ),
    T(
        "fb_thread",
        "scam_fraud",
        """
Grup: AWAS PENIPU NTT
[[n:{n1}]]
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Mohon bantu share. Sy beli HP online dari akun yang jualan di grup ini. Penjual a.n. [[n:{n2}]], WA [[p:{hp2}]]. Sy transfer {rpm} ke BRI [[b:{rkbri2}]] a.n. [[n:{N2}]]. Barang tidak dikirim, nomor diblokir.

[[n:{n3}]]
Sy juga kena kaka, orang yg sama. Nama [[n:{n2}]] juga, rekening [[b:{rkbri2}]]

[[n:{n4}]]
Lapor ke polisi, bawa bukti transfer. Bisa lapor juga ke cekrekening.id

   ↳ [[n:{n1}]]
   Sudah lapor Polresta, nomor {tiket}. Rekening sy yg dipakai transfer [[b:{rkntt1}]], bank bilang tunggu surat polisi.

[[n:{n5}]]
Semoga uangnya kembali kaka 🙏
""",
    ),
    # ---- without personal data
    T(
        "fb_thread",
        "utilities",
        """
PLN UP3 Kupang
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
PEMELIHARAAN JARINGAN {hari2}, pukul 09.00–15.00, wilayah {kel} dan {kel2}. Mohon maaf atas ketidaknyamanan. Informasi PLN 123 atau {otel}.

kupang_bersuara
Kemarin juga padam 3 jam min
   ↳ PLN UP3 Kupang
   Mohon maaf kak, silakan laporkan ID pelanggan melalui PLN Mobile.
   ↳ kupang_bersuara
   ID pelanggan {idpel}

oebufu.update
Info gangguan bisa WA {owa} ya bapa mama

Toko Elektronik Sinar Lontar
Genset dan stabilizer ready, WA {biz}
""",
    ),
    T(
        "fb_thread",
        "social_aid",
        """
Dinas Sosial Kota Kupang
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Penyaluran BLT tahap {hal} dilaksanakan {tgl2} s/d {tgl3}. Lokasi di kantor pos terdekat. Bawa KTP-el dan KK. Pengaduan WA {owa}, telp {otel}.

ntt_info99
Min, ID DTKS di undangan {dtks} itu apa?
   ↳ Dinas Sosial Kota Kupang
   Itu nomor ID keluarga di DTKS kak, bukan nomor rekening.

lintas.flobamora
Hati-hati penipuan atas nama Dinsos dari nomor {scam}

Dinas Sosial Kota Kupang
Benar, nomor tersebut bukan milik Dinsos. Nomor resmi hanya {owa}.
""",
    ),
    T(
        "fb_thread",
        "scam_fraud",
        """
Polresta Kupang Kota
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
WASPADA PENIPUAN! Modus telepon mengaku petugas bank, pajak atau bansos. Contoh nomor yang dilaporkan warga: {scam1}, {scam2}, {scam3}. Jangan berikan kode OTP. Laporkan ke SPKT {otel} atau call center 110.

kabar_oesapa
Sa dapat juga dari {scam4}, ngaku dari Bapenda
   ↳ Polresta Kupang Kota
   Terima kasih kak, sudah kami catat.

suarantt_
Ada juga yg minta bayar lewat VA {va}, katanya biaya admin
""",
    ),
    T(
        "fb_thread",
        "tax",
        """
KPP Pratama Kupang
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Batas pelaporan SPT Tahunan Orang Pribadi 31 Maret {thn}. Yang belum padan NIK–NPWP segera padankan. Contoh NPWP lama: {npxex}. Layanan WA {owa}, telp {otel}.

pajak.ntt
Min, kode billing {billing} kok tidak bisa dibayar?
   ↳ KPP Pratama Kupang
   Kode billing berlaku 7 hari kak. Silakan buat ulang.

kupang_bersuara
Bukti setor NTPN {ntpn} sdh masuk tapi status belum lapor
   ↳ KPP Pratama Kupang
   Pembayaran dan pelaporan berbeda kak, SPT tetap harus dilaporkan.
""",
    ),
    T(
        "fb_thread",
        "health",
        """
RSUD Kota Kupang
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Pendaftaran poli rawat jalan lewat WhatsApp {owa}, buka jam 06.00. Informasi {otel}. UGD 24 jam {otel2}.

kesehatan.kupang
Min, antrean online sudah nomor {antrian} jam 6 lewat 5 menit 😅
   ↳ RSUD Kota Kupang
   Mohon maaf kak, kuota per poli {num2} pasien.

Apotek Sumber Waras Oebobo
Resep dari RSUD bisa kami antar, WA {biz}
""",
    ),
    T(
        "fb_thread",
        "licensing",
        """
DPMPTSP Kota Kupang
«1 jam¦4 jam¦8 jam¦kemarin pukul 21.05¦2 hari»
Mal Pelayanan Publik buka Senin–Jumat 08.00–15.00. Layanan NIB gratis. Konsultasi WA {owa}, telp {otel}. Jangan gunakan calo.

umkm_kupang
Min, NIB sy {nib} kok KBLI-nya salah?
   ↳ DPMPTSP Kota Kupang
   Bisa diubah sendiri di OSS menu Perubahan, kak.

Fotokopi Lontar Digital
Kami bantu cetak NIB dan scan berkas, WA {biz}

jasa_oss_ntt
Urus PBG cepat, hubungi {biz2}
   ↳ DPMPTSP Kota Kupang
   Pengurusan PBG hanya melalui SIMBG, tidak melalui jasa perantara.
""",
    ),
]

# ================================================================ kupang_chat
# Chats in Kupang Malay (beta, sonde, pung, su, dong, ju, sa, ko, jang, botong): a family or
# neighbours pass numbers to each other over many messages.
TEMPLATES += [
    T(
        "kupang_chat",
        "tax",
        """
{ts1} [[n:{s2}]]: Om, bendahara kantor minta om pung NPWP ko potong pajak honor. Om pung NPWP lama berapa?
{ts2} Om [[n:{g1}]]: Beta cari dolo. Kartu ada di map biru ko sonde
{ts3} [[n:{s2}]]: Iya om, sonde usah buru2
{ts4} Om [[n:{g1}]]: Su dapa. Ini beta pung NPWP lama «[[npwp:{npd1}]]¦[[npwp:{nps1}]]»
{ts5} [[n:{s2}]]: Ma dong bilang yang lama su sonde pake lai om. Sekarang pake NIK sa
{ts6} Om [[n:{g1}]]: Jadi NPWP beta sekarang apa?
{ts7} [[n:{s2}]]: Dong bilang, om pung NIK tu, yang di KTP
{ts8} Om [[n:{g1}]]: Oke. NIK beta [[nik:{nik1}]]. Ko kirim sa ke bendahara
{ts9} [[n:{s2}]]: Siap om. Beta tulis NPWP: [[npwp:{npn1}]]. Kalo bendahara tanya yang lama, beta kasi [[npwp:{npd1}]]
{ts10} Om [[n:{g1}]]: Jang kasi orang lain e. Nanti dong pake
""",
        M=(1,),
    ),
    T(
        "kupang_chat",
        "social_aid",
        """
{ts1} [[n:{s1}]]: Mama, beta mau isi aplikasi cek bansos. Mama pung NIK deng KK kirim ko
{ts2} mama: Nanti e, mama ada di pasar
{ts3} [[n:{s1}]]: Iya ma
{ts4} mama: Foto KK ada di HP bapa. Bapa su pi kebun
{ts5} mama: Ini mama pung: [[nik:{nik2}]] / [[kk:{kk2}]]
{ts6} [[n:{s1}]]: Ma, yang kedua tu KK kah?
{ts7} mama: Iya, yang panjang di atas tu
{ts8} [[n:{s1}]]: Su cek ma. Mama pung nama ada, [[n:{N2}]], status "proses bank". Nanti dong transfer ke rekening KKS
{ts9} mama: Rekening mama BNI [[b:{rkbni2}]]. Itu ko?
{ts10} [[n:{s1}]]: Iya ma itu. Jang kasi orang nomor rekening deng NIK e, banyak tipu-tipu
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "kupang_chat",
        "health",
        """
{ts1} [[n:{s1}]]: Kaka, oma masuk RS tadi malam. Admin minta kartu BPJS oma
{ts2} [[n:{s2}]]: Kartu ada di lemari oma pung kamar. Nanti beta pulang kantor beta ambil
{ts3} [[n:{s1}]]: Dong bilang kalo sonde ada kartu, oma masuk umum. Mahal
{ts4} [[n:{s2}]]: Sabar. Beta ada foto lama di HP
{ts5} [[n:{s2}]]: Ketemu. «[[bpjs:{bpjs3}]]¦[[bpjs:{bpjss3}]]». Nama oma di kartu [[n:{N3}]]
{ts6} [[n:{s1}]]: Admin su cek, katanya kartu aktif. Dong minta NIK oma ju
{ts7} [[n:{s2}]]: NIK oma [[nik:{nik3}]]
{ts8} [[n:{s1}]]: Su beres kaka. Oma di ruang «Flamboyan¦Cempaka¦Anggrek 2¦Kenanga»
{ts9} [[n:{s2}]]: Puji Tuhan. Nanti sore beta ke sana. Kalo ada apa2 telpon beta pung nomor kantor sonde, HP sa [[p:{hp2}]]
""",
        F=(3,),
        E=(3,),
        fam={2: 1},
    ),
    T(
        "kupang_chat",
        "scam_fraud",
        """
{ts1} [[n:{s1}]]: Kaka, tadi ada orang telpon beta, bilang dari Dinas Sosial. Nomor {scam}. Dia minta beta pung NIK deng kode di SMS
{ts2} [[n:{s2}]]: Jang kasi!! Itu tipu-tipu
{ts3} [[n:{s1}]]: Beta su kasi NIK sa, kode sonde
{ts4} [[n:{s2}]]: Aduh. Nanti ko lapor ke Dinsos pung nomor resmi {owa}
{ts5} [[n:{s1}]]: Oke. Beta ganti nomor HP ju. Beta pung nomor baru [[p:{hq1}]], yang lama [[p:{hp1}]] beta buang
{ts6} [[n:{s2}]]: Sip. Beta simpan [[p:{hq1}]]
{ts7} [[n:{s1}]]: Ada lai nomor {scam2} WA beta pake foto pak lurah
{ts8} [[n:{s2}]]: Blokir sa dua-dua
""",
    ),
    T(
        "kupang_chat",
        "licensing",
        """
{ts1} [[n:{s1}]]: Ade, beta mau urus NIB ko jual kue di rumah. Ade bisa bantu ko?
{ts2} [[n:{s2}]]: Bisa kaka. Kirim kaka pung NIK, email deng NPWP kalo ada
{ts3} [[n:{s1}]]: NPWP ada, waktu dolu beta karja di toko. Tapi toko pung NPWP lain e
{ts4} [[n:{s2}]]: Yang beta perlu kaka pung pribadi, bukan toko pung
{ts5} [[n:{s1}]]: Oke. Tunggu beta cari
{ts6} [[n:{s1}]]: Ini beta pung NPWP pribadi «[[npwp:{npd1}]]¦[[npwp:{npb1}]]», usaha perorangan. NIK [[nik:{nik1}]]. Email [[e:{emx1}]]
{ts7} [[n:{s2}]]: Toko dolu pung NPWP berapa? Biar beta sonde salah isi
{ts8} [[n:{s1}]]: {npx}. Tapi itu NPWP toko {shop}
{ts9} [[n:{s2}]]: Oke itu sonde pake. NIB kaka su jadi: {nib}
{ts10} [[n:{s1}]]: Makasi ade sayang
""",
        F=(1,),
    ),
    T(
        "kupang_chat",
        "land_housing",
        """
{ts1} [[n:{s1}]]: Bosong dong, SPPT rumah bapa di [[a:{ad2}]] masih nama almarhum. Sapa yang mo urus?
{ts2} [[n:{s3}]]: Beta sa. Beta perlu KK lama deng akta kematian bapa
{ts3} [[n:{s1}]]: KK lama ada di beta. [[kk:{kk2}]]
{ts4} [[n:{s3}]]: Bapa pung NIK ju beta perlu
{ts5} [[n:{s1}]]: Sonde hafal. Nanti malam beta foto
{ts6} [[n:{s1}]]: Ini bapa pung NIK [[nik:{nik2}]]. Nama di KTP [[n:{N2}]]
{ts7} [[n:{s3}]]: Bapa dolu ada NPWP ko sonde?
{ts8} [[n:{s1}]]: Ada, [[npwp:{npd2}]]. Tapi itu harus tutup di KPP
{ts9} [[n:{s3}]]: Oke. NOP nya {nop}. Tunggakan {rpm}, kode bayar {billing}
{ts10} [[n:{s1}]]: Beta transfer ko lu pung rekening ko? BRI lu yang [[b:{rkbri3}]] tu?
{ts11} [[n:{s3}]]: Iya itu
""",
        M=(2,),
        E=(2,),
        fam={1: 2, 3: 2},
    ),
    T(
        "kupang_chat",
        "utilities",
        """
{ts1} [[n:{s1}]]: Tanta, air PDAM su mati 3 hari di sini. Tanta ada nomor tangki ko?
{ts2} Tanta [[n:{g2}]]: Ada. Om [[n:{n3}]] ada tangki, nomornya [[p:{hp3}]]. Satu tangki {rpm}
{ts3} [[n:{s1}]]: Makasi tanta. PDAM pung nomor pengaduan berapa?
{ts4} Tanta [[n:{g2}]]: {owa}. Tapi dong sonde angkat
{ts5} [[n:{s1}]]: Om [[n:{g3}]] su datang. Dia minta transfer ke DANA dia pung nomor [[p:{hp3}]]
{ts6} Tanta [[n:{g2}]]: Iya itu dia pung sendiri. Aman
{ts7} [[n:{s1}]]: Oke tanta. Beta pung rumah [[a:{rt1}]], om bilang besok datang lai
""",
        F=(2,),
        M=(3,),
    ),
    T(
        "kupang_chat",
        "civil_registry",
        """
{ts1} [[n:{s1}]]: Kaka, Dukcapil tolak beta pung berkas. Dong bilang KK yang beta tulis salah
{ts2} [[n:{s2}]]: Lu tulis yang mana?
{ts3} [[n:{s1}]]: KK lama [[kk:{kkx1}]]
{ts4} [[n:{s2}]]: Itu sonde ada. Katong pung KK yang baru [[kk:{kk1}]], su cetak ulang waktu mama meninggal
{ts5} [[n:{s1}]]: Oh. Jadi yang benar [[kk:{kk1}]] ko?
{ts6} [[n:{s2}]]: Iya. NIK lu tetap, [[nik:{nik1}]]. Beta pung NIK [[nik:{nik2}]]
{ts7} [[n:{s1}]]: Makasi kaka. Besok beta pi lai, antrian {antrian}
""",
        fam={2: 1},
    ),
    T(
        "kupang_chat",
        "schools_work",
        """
{ts1} [[n:{s1}]]: Kawan dong, bendahara minta NPWP semua guru honor sampe Jumat
{ts2} [[n:{s2}]]: Beta pung ini [[npwp:{npn2}]] (sama dgn NIK)
{ts3} [[n:{s3}]]: Beta sonde punya NPWP. Pake NIK sa boleh ko? [[nik:{nik3}]]
{ts4} [[n:{s1}]]: Boleh, tapi potongan lebih besar
{ts5} [[n:{s4}]]: Beta pung NPWP lama [[npwp:{npd4}]], ma dong bilang sekarang pake NIK sa, [[npwp:{npn4}]]
{ts6} [[n:{s1}]]: Oke beta rekap. Bendahara pung NPWP sekolah {npbend} jang isi di kolom kosong e
{ts7} [[n:{s2}]]: Siap ibu guru
""",
    ),
    T(
        "kupang_chat",
        "social_aid",
        """
{ts1} [[n:{s1}]]: Mama2 arisan, bulan ini yang dapat ibu [[n:{g2}]]. Transfer ke DANA ibu [[n:{g2}]] [[p:{hp2}]] e
{ts2} [[n:{s2}]]: Iya mama, atau ke BRI beta [[b:{rkbri2}]] a.n. [[n:{N2}]]
{ts3} [[n:{s3}]]: Beta su transfer {rps}
{ts4} [[n:{s4}]]: Beta besok e, tunggu gaji
{ts5} [[n:{s1}]]: Bulan depan giliran beta. Beta pung DANA [[p:{hp1}]]
{ts6} [[n:{s2}]]: Makasi mama2 🙏
""",
        F=(1, 2, 3, 4),
    ),
    T(
        "kupang_chat",
        "tax",
        """
{ts1} [[n:{s1}]]: KAKA BETA DAPA SURAT DARI KPP {surat}
{ts2} [[n:{s2}]]: SURAT APA?
{ts3} [[n:{s1}]]: KATANYA SPT TAHUN LALU BELUM LAPOR. NPWP SY YG LAMA [[npwp:{npd1}]] APA MSH BERLAKU? KATANYA SKRG PAKAI NIK [[npwp:{npn1}]]
{ts4} [[n:{s2}]]: YANG NIK TU YANG DIPAKE SEKARANG. LU LAPOR LEWAT CORETAX
{ts5} [[n:{s1}]]: BETA SONDE BISA LOGIN
{ts6} [[n:{s2}]]: PI KPP SA, BAWA KTP. ATAU TELPON KRING PAJAK 1500200
""",
    ),
    # ---- without personal data
    T(
        "kupang_chat",
        "scam_fraud",
        """
{ts1} mama: Anak dong, ada orang telpon mama bilang dari bank, minta kode. Nomornya {scam1}
{ts2} kaka: Jang kasi mama! Itu tipu
{ts3} ade: Beta ju dapa SMS dari {scam2} bilang menang undian {rpb}
{ts4} kaka: Bank NTT pung nomor resmi {otel}. Yang laen tu tipu-tipu
{ts5} mama: Oke. Mama blokir
{ts6} bapa: Ada lai yang kirim link ke bapa dari {scam3}
{ts7} kaka: Blokir sa bapa. Lapor ke 110 kalo dong ancam
""",
    ),
    T(
        "kupang_chat",
        "utilities",
        """
{ts1} bapa: Ade, token listrik habis. Beli ko
{ts2} ade: Beta su beli. Token {token}
{ts3} bapa: Sonde masuk. Dong bilang ID pelanggan salah
{ts4} ade: ID pelanggan rumah {idpel}. Beta salah ketik tadi
{ts5} bapa: Su masuk. Makasi
{ts6} mama: Kalo mati lampu lapor PLN 123 atau {otel}
""",
    ),
    T(
        "kupang_chat",
        "social_aid",
        """
{ts1} oma: Nona, BLT kapan dapa?
{ts2} nona: Oma, tanggal {tgl2} di kantor pos. Bawa KTP deng KK
{ts3} oma: Undangan tulis nomor {dtks}, itu apa?
{ts4} nona: Itu nomor DTKS oma. Bukan nomor rekening
{ts5} om: Kalo ada yang minta uang jang kasi. Dinsos pung WA {owa}
{ts6} oma: Iya nona, makasi
""",
    ),
    T(
        "kupang_chat",
        "tax",
        """
{ts1} bapa: Kaka, tolong bayar PBB rumah. NOP {nop}
{ts2} kaka: Berapa bapa?
{ts3} bapa: {rpm}. Kode bayar {billing}
{ts4} kaka: Su bayar lewat m-banking. Bukti NTPD {ntpn}
{ts5} bapa: Makasi. Simpan bukti e, taon lalu Bapenda bilang katong belum bayar
{ts6} kaka: Iya bapa. Bapenda pung WA {owa}
""",
    ),
    T(
        "kupang_chat",
        "health",
        """
{ts1} mama: Kaka, antar oma pi puskesmas besok ko?
{ts2} kaka: Bisa mama. Daftar online dolo di WA puskesmas {owa}
{ts3} kaka: Su daftar, antrian {antrian1}
{ts4} mama: Jam berapa?
{ts5} kaka: Jam {jam}. Kalo terlambat ambil antrian baru, kemarin sampe {antrian2}
{ts6} mama: Oke. Puskesmas pung telpon {otel} ju sonde angkat
""",
    ),
    T(
        "kupang_chat",
        "licensing",
        """
{ts1} om: Ponakan, om pung CV mau ikut tender. Dong minta NPWP badan deng NIB
{ts2} ponakan: NPWP CV {npx}, NIB {nib}. Om cek di akta
{ts3} om: Dong bilang NPWP harus 16 digit
{ts4} ponakan: Tambah 0 di depan sa om. NITKU {nitkux}
{ts5} om: Depot air langganan kantor ju minta NPWP, dong kasi {npx2}
{ts6} ponakan: Itu depot pung om. Sonde usah catat
""",
    ),
]

# ================================================================ register
# Registers of applicants for aid, permits and tax services: the header far above the rows (a
# legend or a page break between), persons' rows beside bodies' rows.
TEMPLATES += [
    T(
        "register",
        "tax",
        """
BUKU TAMU TEMPAT PELAYANAN TERPADU
KPP PRATAMA KUPANG — {hari1}

No | Jam | Nama | NPWP/NIK | Keperluan | HP
Keterangan kolom: Keperluan diisi singkat (SPT, pemadanan, EFIN, PBK, surat keterangan). HP diisi nomor yang dapat dihubungi petugas. Tamu badan usaha menulis nama badan.
----------------------------------------------------------------------------------------------
1 | {hm1} | [[n:{N1}]] | [[npwp:{npd1}]] | pemadanan NIK | [[p:{hp1}]]
2 | {hm2} | [[n:{N2}]] | [[npwp:{npn2}]] | lapor SPT | [[p:{hp2}]]
3 | {hm3} | {CV} | {npx} | PBK | {otel}
4 | {hm4} | [[n:{N3}]] | [[npwp:{npb3}]] | EFIN | [[p:{hp3}]]
5 | {hm5} | [[n:{N4}]] | [[npwp:{npt4}]] | surat keterangan | [[p:{hp4}]]
6 | {hm6} | BENDAHARA {BODY} | {npbend} | e-Bupot | {owa}

Petugas TPT: [[n:{n5}]]
""",
    ),
    T(
        "register",
        "social_aid",
        """
DAFTAR USULAN CALON PENERIMA BLT-DD
Kelurahan {kel}, Kecamatan {kec} — Tahun {thn}
Halaman 1

No | Nama | NIK | No. KK | Alamat | RT/RW | Keterangan
(Kolom Keterangan: L = lansia, D = disabilitas, T = tidak punya pekerjaan tetap. Data diisi operator sesuai KTP-el dan KK. Daftar ini bersifat rahasia dan tidak untuk ditempel.)

... Halaman 2 (lanjutan tabel) ...

21 | [[n:{N1}]] | [[nik:{nik1}]] | [[kk:{kk1}]] | [[a:{AD1}]] | [[a:{rtk1}]] | L
22 | [[n:{N2}]] | [[nik:{nik2}]] | [[kk:{kk2}]] | [[a:{AD2}]] | [[a:{rtk2}]] | T
23 | [[n:{N3}]] | [[nik:{nik3}]] | [[kk:{kk3}]] | [[a:{AD3}]] | [[a:{rtk3}]] | D

Diverifikasi: [[n:{n4}]] (operator SIKS-NG)
Mengetahui: Lurah {kel}
""",
        E=(1,),
    ),
    T(
        "register",
        "licensing",
        """
REGISTER PERMOHONAN NIB USAHA MIKRO
Mal Pelayanan Publik Kota Kupang — Bulan ini

No;Nama Pelaku Usaha;NIK;NPWP;Jenis Usaha;HP;Alamat Usaha
1;[[n:{N1}]];[[nik:{nik1}]];[[npwp:{npd1}]];kue basah;[[p:{hp1}]];[[a:{AD1}]] (rumah sendiri)
2;[[n:{N2}]];[[nik:{nik2}]];[[npwp:{npn2}]];laundry;[[p:{hp2}]];{JL} (kios sewa)
3;{KOP};-;{npx};simpan pinjam;{otel};{JLNO}
4;[[n:{N3}]];[[nik:{nik3}]];belum ada;jahit;[[p:{hp3}]];[[a:{AD3}]] (rumah sendiri)

Catatan petugas: pemohon no. 2 ([[n:{g2}]]) minta NIB dikirim ke email [[e:{em2}]]. NIB yang terbit: {nib1}, {nib2}, {nib3}.
""",
    ),
    T(
        "register",
        "health",
        """
USULAN PESERTA PBI JK APBD — PUSKESMAS {PUSK}
Dikirim ke Dinas Kesehatan tanggal {tgl1}

No | Nama Peserta | NIK | No. Kartu JKN (lama) | Keterangan
-----------------------------------------------------------
   (kolom No. Kartu diisi jika pernah terdaftar; kosong jika belum)

1 | [[n:{N1}]] | [[nik:{nik1}]] | [[bpjs:{bpjs1}]] | nonaktif, pindah segmen
2 | [[n:{N2}]] | [[nik:{nik2}]] | - | bayi baru lahir, ibu: [[n:{N3}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[bpjs:{bpjs3}]] | nonaktif sejak {tgl2}
4 | [[n:{N4}]] | [[nik:{nik4}]] | [[bpjs:{bpjs4}]] | lansia

Petugas JKN puskesmas: [[n:{n5}]] ([[p:{hp5}]])
""",
        Y=(2,),
        F=(3,),
        E=(4,),
        A=(3,),
        fam={2: 3},
    ),
    T(
        "register",
        "schools_work",
        """
Rekap NPWP tenaga kontrak «{SCHOOL}¦{BODY}» (diminta bendahara)
Diperbarui {tgl1}

[[n:{n1}]] — [[npwp:{npn1}]]
[[n:{n2}]] — [[npwp:{nps2}]]
[[n:{n3}]] — [[npwp:{npz3}]]
[[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
[[n:{n5}]] — [[npwp:{npd5}]]

NPWP bendahara (pemotong): {npbend}. Bukti potong dikirim ke email masing-masing.
""",
    ),
    T(
        "register",
        "utilities",
        """
REGISTER PENGADUAN PELANGGAN — PDAM KOTA KUPANG
Periode {tgl1} s/d {tgl2}

Tgl | Nama | No. Samb | Alamat | HP | Keluhan
(Alamat diisi alamat sambungan; pelanggan niaga diisi nama usaha)

{tgl1} | [[n:{N1}]] | {samb1} | [[a:{AD1}]] | [[p:{hp1}]] | air keruh
{tgl1} | {SHOP} | {samb2} | {JLNO} | {biz} | meter bocor
{tgl2} | [[n:{N2}]] | {samb3} | [[a:{AD2}]] | [[p:{hp2}]] | tagihan tinggi
{tgl2} | [[n:{N3}]] | {samb4} | [[a:{AD3}]] | [[p:{tr3}]] | air tidak mengalir

Petugas: [[n:{n4}]]
""",
    ),
    T(
        "register",
        "land_housing",
        """
DAFTAR PEMOHON PTSL KELURAHAN {KEL}
Tahap {hal}

No | Nama Pemohon | NIK | Letak Objek | NOP | HP
...
(daftar lanjutan dari lembar sebelumnya — kolom sama)

«14¦27¦41» | [[n:{N1}]] | [[nik:{nik1}]] | {JL} | {nop1} | [[p:{hp1}]]
«15¦28¦42» | [[n:{N2}]] | [[nik:{nik2}]] | belakang {SCHOOL} | {nop2} | [[p:{hp2}]]
«16¦29¦43» | [[n:{N3}]] | [[nik:{nik3}]] | {JL2} | {nop3} | [[p:{hp3}]]

Satgas fisik: [[n:{n4}]], [[n:{n5}]]
""",
    ),
    T(
        "register",
        "social_aid",
        """
DAFTAR PENERIMA BANTUAN STIMULAN PERUMAHAN SWADAYA
Kota Kupang — {thn}

No | Nama | NIK | Alamat Rumah | Bank | No. Rekening
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[a:{adr1}]] | BRI | [[b:{rkbri1}]]
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[a:{adr2}]] | Bank NTT | [[b:{rkntt2}]]
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[a:{adr3}]] | BNI | [[b:{rkbni3}]]

Dana ditransfer dari rekening penampung Dinas Perumahan {rekntt} pada {tgl1}.
Toko bangunan mitra: «Toko Bangunan Sumber Berkat¦UD Berkat Oesapa¦Toko Bangunan Cahaya Liliba» (NPWP {npx}), rekening toko {rekx}.
""",
    ),
    T(
        "register",
        "civil_registry",
        """
REGISTER PELAYANAN DISDUKCAPIL — LOKET {hal}
{hari1}

Antrian | Nama | NIK | Layanan | HP
{antrian1} | [[n:{N1}]] | [[nik:{nik1}]] | cetak ulang KK | [[p:{hp1}]]
{antrian2} | [[n:{N2}]] | [[nik:{nik2}]] | perubahan status kawin | [[p:{hp2}]]
{antrian3} | [[n:{N3}]] | [[nik:{nikm3}]] | KTP-el hilang (NIK ditulis 15 digit, cek ulang) | [[p:{hp3}]]
{antrian4} | [[n:{N4}]] | [[nik:{nik4}]] | akta kelahiran anak | [[p:{hp4}]]

Catatan: NIK antrian {antrian3} yang benar [[nik:{nik3}]] (dikonfirmasi pemohon lewat telp).
""",
    ),
    T(
        "register",
        "tax",
        """
DAFTAR PERMOHONAN PENGURANGAN PBB-P2
Bapenda Kota Kupang — {thn}

Nama WP | NIK | NOP | Letak Objek | Alasan | HP
[[n:{N1}]] | [[nik:{nik1}]] | {nop1} | {JL} | pensiunan | [[p:{hp1}]]
[[n:{N2}]] | [[nik:{nik2}]] | {nop2} | {KEL} | veteran | [[p:{hp2}]]
{YAY} | - | {nop3} | {JL2} | yayasan sosial | {otel}
[[n:{N3}]] | [[nik:{nik3}]] | {nop4} | {KEL2} | lansia, janda | [[p:{hp3}]]

Diterima: [[n:{n4}]], staf Bidang PBB
""",
        E=(1, 2, 3),
        F=(3,),
    ),
    T(
        "register",
        "licensing",
        """
DAFTAR PEDAGANG PASAR {KEL} — UPTD PASAR
Nama Usaha | Pemilik | NIK Pemilik | NPWP Pemilik | HP Pemilik
Kios «Mama¦Om» Sinar | [[n:{N1}]] | [[nik:{nik1}]] | [[npwp:{npd1}]] | [[p:{hp1}]]
Warung Lopo Indah | [[n:{N2}]] | [[nik:{nik2}]] | [[npwp:{npn2}]] | [[p:{hp2}]]
{SHOP} | {CV} | - | {npx} | {otel}
Kios Ikan Segar | [[n:{N3}]] | [[nik:{nik3}]] | - | [[p:{hp3}]]

Retribusi harian {rps}, dibayar QRIS UPTD Pasar.
""",
    ),
    # ---- without personal data
    T(
        "register",
        "tax",
        """
REGISTER SURAT MASUK — SUBBAGIAN UMUM KPP PRATAMA KUPANG
Tgl | Nomor Surat | Pengirim | Perihal
{tgl1} | {surat1} | {BODY} Kota Kupang | permohonan data NPWP bendahara ({npbend})
{tgl1} | {surat2} | {CV} | permohonan PBK, NTPN {ntpn}
{tgl2} | {surat3} | {KOP} | konfirmasi NPWP badan {npx}
{tgl3} | {surat4} | {SCHOOL} | permohonan NITKU {nitkux}
""",
    ),
    T(
        "register",
        "licensing",
        """
DAFTAR PERUSAHAAN PEMOHON PBG — TRIWULAN «I¦II¦III¦IV»
Nama Perusahaan;NPWP;NIB;Alamat;Telp Kantor;Retribusi
{CV1};{npx1};{nib1};{JLNO1};{otel1};{rpb1}
{CV2};{npx2};{nib2};{JLNO2};{otel2};{rpb2}
{KOP};{npx3};{nib3};{JLNO3};{otel3};{rpb3}
{YAY};{npx4};{nib4};{JLNO4};{otel4};{rpb4}
""",
    ),
    # a register of scams' numbers: the numbers stay unlabelled, the accounts are labelled
    T(
        "register",
        "scam_fraud",
        """
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Posko Pengaduan Kelurahan {kel} — diperbarui {tgl2}

Nomor | Modus | Tgl lapor
{scam1} | mengaku petugas Dinsos, minta transfer | {tgl1}
{scam2} | mengaku KPP, minta OTP | {tgl1}
{scam3} | undian berhadiah | {tgl2}
{scam4} | pinjol ilegal, teror penagihan | {tgl2}

Rekening yang dipakai penipu: [[b:{rekx1}]], [[b:{rekx2}]]
Lapor resmi: Polresta {otel}, Dinsos {owa}
""",
    ),
    T(
        "register",
        "social_aid",
        """
REKAP PENYALURAN BPNT PER KELURAHAN — KECAMATAN {KEC}
Kelurahan | KPM | Tersalur | Retur | Tgl
{KEL1} | «140 | 132 | 8¦210 | 205 | 5¦95 | 95 | 0» | {tgl1}
{KEL2} | «187 | 187 | 0¦162 | 150 | 12¦74 | 71 | 3» | {tgl1}
{KEL3} | «233 | 229 | 4¦118 | 118 | 0¦301 | 296 | 5» | {tgl2}
Retur dikembalikan ke rekening penampung {rekntt}. Pengaduan {owa}.
""",
    ),
    T(
        "register",
        "utilities",
        """
REGISTER GANGGUAN PJU — DINAS PERHUBUNGAN
Tiket | Lokasi | No. Tiang | ID Pel PJU | Status
{tiket1} | {JL1} | PJU-0{num1}{num2} | {idpel1} | selesai {tgl1}
{tiket2} | {JL2} | PJU-0{num3}{num4} | {idpel2} | proses
{tiket3} | {JL3} | PJU-1{num5}{num1} | {idpel3} | menunggu material
Pengaduan lampu jalan WA {owa}, telp {otel}.
""",
    ),
    T(
        "register",
        "health",
        """
DIREKTORI FASKES KOTA KUPANG
Instansi | Alamat | Telepon | WhatsApp
Puskesmas {PUSK1} | {JLNO1} | {otel1} | {owa1}
Puskesmas {PUSK2} | {JLNO2} | {otel2} | {owa2}
Puskesmas {PUSK3} | {JLNO3} | {otel3} | {owa3}
UGD RSUD | {JLNO4} | {otel4} | -
""",
    ),
]

# ---- end of templates

if __name__ == "__main__":
    main()
