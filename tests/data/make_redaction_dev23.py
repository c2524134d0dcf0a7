# ruff: noqa: E501, UP031, T201, SIM905, RUF001, PLR0911, PLR0912, PLC0207, UP032, PLW0108, PT018, RUF007, N802
"""Write tests/data/redaction_dev23.jsonl: the twenty-third development corpus for redaction.

Complaints from everyone, everywhere: ten styles (web forms, SMS in lower case and capitals,
WhatsApp groups, letters, call logs, social comments, offices' replies, OCR scans, Kupang Malay)
times six themes (people, numbers, homes, offices_and_businesses, scams, mixed).

Templates are written by hand. Inline labels: ``[[kind:value]]`` (placeholders inside are filled
raw and the whole value labelled). Placeholders: ``{M1}``, ``{F1}``, ``{P1}`` a man, a woman,
either (one key, one person in a fill), labelled ``name``; an attribute after a dot gives one of
their data (``.g`` given name, ``.f`` family name, ``.hp`` a mobile, ``.tel`` a home landline,
``.nik``, ``.kk``, ``.npwp``, ``.bpjs``, ``.rekbri`` ..., ``.mail``, ``.addr``, ``.rt``,
``.plate``), labelled with its kind. Unlabelled look-alikes are upper-case keys (``{KEL}``,
``{UANG}``, ``{OFCHP}`` ...); a digit after one keeps one value through a fill. Modifiers after
``|``: ``u`` capitals, ``l`` lower case, ``f`` full-width digits, ``z`` a zero-width space
inside, ``n`` no-break spaces, ``r`` raw (unlabelled). ``<<a||b>>`` picks one option. Texts of
the ``sms_caps`` style are put in capitals whole after filling.

Run: python3 tests/data/make_redaction_dev23.py
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20261223
OUT = Path(__file__).resolve().parent / "redaction_dev23.jsonl"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
STYLES = [
    "web_form",
    "sms_lower",
    "sms_caps",
    "whatsapp_group",
    "letter",
    "call_log",
    "social_comment",
    "official_reply",
    "scan_ocr",
    "kupang_malay",
]
THEMES = {
    "pe": "people",
    "nu": "numbers",
    "ho": "homes",
    "ob": "offices_and_businesses",
    "sc": "scams",
    "mx": "mixed",
}

R = random.Random(SEED)

# --------------------------------------------------------------------------- people

ORIGINS = {
    "timor": (
        "Yohanes Yakobus Marthen Paulus Dominggus Melkianus Nikodemus Semuel Obed Sefnat Zakarias Habel Hosea Yeremias Lodewyk Junus Kornelis Soleman Aser Mikael",
        "Agustina Yuliana Anace Ester Lodia Marlin Sarlota Dorkas Yokbeth Orpa Ribka Debora Naomi Martha Selfi Yanti Erni Efi Meri Indah Kasih",
        "Ndun|Manafe|Tefa|Benu|Nenobais|Tanone|Selan|Tnunay|Sabneno|Boimau|Banunaek|Nubatonis|Oematan|Tapatab|Kolo|Foenay|Neonufa|Sinlae|Atok|Nahak|Seran|Bria",
    ),
    "rote_sabu": (
        "Yunus Daniel Markus Elias Stefanus Ferdinand Arnoldus Simon Viktor Willem Hendrik Jefry",
        "Yohana Susana Magdalena Margaretha Gracia Apriani Novi Yuli Vivi Desi Ina Kristina",
        "Therik|Pah|Amalo|Fanggidae|Mooy|Lay|Bessie|Riwu Kaho|Haba|Adoe|Messakh|Dethan|Pello|Saudale|Lenggu|Rohi|Wadu|Dju Dara|Bire|Kana|Uly|Lerik",
    ),
    "flores": (
        "Aloysius Agustinus Anselmus Wilhelmus Petrus Gaspar Fransiskus Yosef Benediktus Kristoforus",
        "Maria Fransiska Theresia Yosefina Veronika Katarina Emerensiana Skolastika Elisabeth",
        "Ratu|Lobo|Ga Lena|Bunga|Kapitan|Da Costa|Parera|Laka Lena|Wangge|Nggai|Bata|Wolo|Djawa",
    ),
    "sumba": (
        "Umbu Ndaka|Umbu Tamu|Umbu Hina|Umbu Kaita|Umbu Rihi",
        "Rambu Tamar|Rambu Kahi|Rambu Anarara|Rambu Ana|Rambu Hada",
        "Hamakonda|Ndima|Paranggi|Nggadi|Kaborang|Ndapataka",
    ),
    "alor": (
        "Lukas Yermias Darius Mesakh",
        "Rahel Lea Sintia Hana",
        "Maro|Lelang|Mautuka|Laufa|Blegur",
    ),
    "jawa": (
        "Budi Agus Joko Slamet Bambang Sugeng Eko Wahyu Heru",
        "Sri Dewi Wati Lestari Endang Rini Sulastri Tutik",
        "Santoso|Suwardi|Hidayat|Prasetyo|Wibowo|Kurniawan|Susanto|Handayani",
    ),
    "bali": (
        "I Made|I Ketut|I Wayan|I Nyoman|I Gede",
        "Ni Luh|Ni Made|Ni Ketut|Ni Wayan",
        "Sudarsana|Artawan|Suarjana|Mertayasa|Wirawan|Widiasa",
    ),
    "bugis": (
        "Andi|Muhammad Yusuf|Haris|Syamsul|Baso",
        "Hasnah|Nurhayati|Andi Tenri|Haslinda",
        "Daeng Matta|Latif|Bachtiar|Pawelloi|Mappanyukki",
    ),
    "tionghoa": (
        "Kok Liang|Tjong Hin|Hok Sun|Ming Tjoe",
        "Mei Hwa|Siu Lan|Mei Ling|Lian Hwa",
        "Tamelab|Liem|Go|Tan|Ong|Tjioe",
    ),
    "batak": (
        "Robert Jonatan Hotman Parlindungan",
        "Rosalina Lusiana Tiurma Hotmaida",
        "Lumban Tobing|Simanjuntak|Sitompul|Nainggolan|Siregar",
    ),
    "minahasa": (
        "Ronald Benny Ferry Johny Frangky",
        "Grace Meiske Vonny Stevi",
        "Wowor|Tumbelaka|Rumengan|Sumampouw|Mandagi",
    ),
    "ambon": (
        "Hendra Jacob Izaak Melki",
        "Ivone Ellen Mercy Welmina",
        "Pattikawa|Latuheru|Tuhumury|Sahetapy|Lekahena",
    ),
    "arab": (
        "Abdullah Hasan Ahmad Umar Salim",
        "Fatimah Aisyah Khadijah Syarifah",
        "Alkatiri|Baswedan|Bahasuan|Assegaf|Bin Thalib",
    ),
}
WEIGHTS = {
    "timor": 9,
    "rote_sabu": 8,
    "flores": 6,
    "sumba": 3,
    "alor": 2,
    "jawa": 3,
    "bali": 2,
    "bugis": 2,
    "tionghoa": 2,
    "batak": 1,
    "minahasa": 1,
    "ambon": 1,
    "arab": 1,
}


def _split(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


POOLS = {k: (_split(a), _split(b), _split(c)) for k, (a, b, c) in ORIGINS.items()}
ORIGIN_LIST = [k for k, w in WEIGHTS.items() for _ in range(w)]

PREFIXES = "0811 0812 0813 0821 0822 0823 0852 0853 0851 0814 0815 0816 0855 0856 0857 0858 0817 0818 0819 0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0887 0831 0832 0838".split()
REGENCIES = ["71"] * 6 + ["01"] * 3 + ["%02d" % i for i in range(2, 22)]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def rd(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def mobile_digits() -> str:
    return R.choice(PREFIXES) + rd(R.choice([7, 8, 8, 8]))


def write_mobile(d: str, how: str | None = None) -> str:
    how = how or R.choice(["b", "b", "b", "d", "s", "dot", "p62", "p62b", "62b", "62s"])
    rest = d[1:]
    if how == "b":
        return d
    if how == "d":
        return "%s-%s-%s" % (d[:4], d[4:8], d[8:])
    if how == "s":
        return "%s %s %s" % (d[:4], d[4:8], d[8:])
    if how == "dot":
        return "%s.%s.%s" % (d[:4], d[4:8], d[8:])
    if how == "p62":
        return "+62 %s-%s-%s" % (rest[:3], rest[3:7], rest[7:])
    if how == "p62b":
        return "+62" + rest
    if how == "62b":
        return "62" + rest
    if how == "62s":
        return "62 %s %s %s" % (rest[:3], rest[3:7], rest[7:])
    if how == "ocr":
        return "".join(OCR.get(c, c) if R.random() < 0.3 else c for c in d)
    raise ValueError(how)


def landline(office: bool = False) -> str:
    d = ("8" if not office else R.choice("8")) + rd(5)
    how = R.choice(["a", "b", "c", "d"])
    if how == "a":
        return "0380 " + d
    if how == "b":
        return "(0380) " + d
    if how == "c":
        return "(0380) %s %s" % (d[:3], d[3:])
    return "0380-" + d


def nik_digits(female: bool, regency: str | None = None) -> str:
    reg = regency or R.choice(REGENCIES)
    day = R.randint(1, 28) + (40 if female else 0)
    return "53%s%02d%02d%02d%02d%04d" % (
        reg,
        R.randint(1, 12),
        day,
        R.randint(1, 12),
        R.randint(0, 99),
        R.randint(1, 180),
    )


def write_nik(d: str, how: str | None = None) -> str:
    how = how or R.choice(["b", "b", "b", "g", "dot", "ocr"])
    if how == "b":
        return d
    if how == "g":
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if how == "dot":
        return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
    if how == "ocr":
        s = list(d)
        for i in R.sample(range(2, 16), 2):
            s[i] = OCR.get(s[i], s[i])
        return "".join(s)
    if how == "15":
        i = R.randint(6, 14)
        return d[:i] + d[i + 1 :]
    if how == "17":
        i = R.randint(6, 14)
        return d[:i] + d[i] + d[i:]
    if how == "fw":
        return d.translate(FW)
    if how == "call":
        return " ".join(d[i : i + 2] for i in range(0, 16, 2))
    if how == "call4":
        return ", ".join(d[i : i + 4] for i in range(0, 16, 4))
    raise ValueError(how)


def kk_digits() -> str:
    return "53%s%02d%02d%02d%02d%04d" % (
        R.choice(REGENCIES),
        R.randint(1, 12),
        R.randint(1, 28),
        R.randint(1, 12),
        R.randint(5, 25),
        R.randint(1, 9999),
    )


def npwp_old() -> str:
    return "%02d.%03d.%03d.%d-%03d.000" % (
        R.randint(1, 99),
        R.randint(0, 999),
        R.randint(0, 999),
        R.randint(0, 9),
        R.choice([920, 920, 920, 921, 922, 923]),
    )


def write_npwp(s: str, how: str | None = None) -> str:
    how = how or R.choice(["o", "o", "o", "t", "s"])
    d = re.sub(r"\D", "", s)
    if how == "o":
        return s
    if how == "t":
        return d
    if how == "s":
        return "%s %s %s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])
    if how == "ocr":
        return s[:-3] + "OOO"
    raise ValueError(how)


def bpjs() -> str:
    d = "000" + rd(10)
    return d if R.random() < 0.75 else "%s %s %s %s" % (d[:4], d[4:8], d[8:12], d[12:])


def rek(bank: str) -> str:
    if bank == "bri":
        return R.choice(["%s-01-%s-%s-%s", "%s01%s%s%s"]) % (rd(4), rd(6), rd(2), rd(1))
    if bank == "bni":
        return "0" + rd(9)
    if bank == "mdr":
        return R.choice(["%s-00-%s-%s", "%s00%s%s"]) % ("1" + rd(2), rd(7), rd(1))
    if bank == "ntt":
        return R.choice(["%s.%s.%s.%s-%s", "%s%s%s%s%s"]) % (
            "00" + rd(1),
            "0" + rd(1),
            "0" + rd(1),
            rd(6),
            rd(1),
        )
    if bank == "bca":
        return "31" + rd(8)
    if bank == "bsi":
        return "7" + rd(9)
    raise ValueError(bank)


PLATE_REG = ["DH"] * 6 + ["EB", "EB", "ED", "EA"]


def plate() -> str:
    reg = R.choice(PLATE_REG)
    num = str(R.randint(1001, 9899)) if R.random() < 0.8 else str(R.randint(11, 999))
    suf = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 2])))
    how = R.random()
    if how < 0.7:
        return "%s %s %s" % (reg, num, suf)
    if how < 0.85:
        return "%s%s%s" % (reg, num, suf)
    return ("%s %s %s" % (reg, num, suf)).lower()


HOMESTREETS = "Jl. Nangka|Jl. Kenari|Jl. Bakti Karya|Jl. Jambu|Jl. Lontar|Jl. Kelinci|Jl. Nuri|Jl. Cendana|Jl. Asoka|Jl. Kakatua|Jl. Matani Raya|Jl. Bajawa|Jl. Mangga|Jl. Palapa|Jl. Sasando|Jl. Kamboja|Jl. Kedondong|Jl. Anggrek|Gg. Kakatua|Gg. Sepakat|Gg. Damai|Gg. Rajawali|Gg. Merpati|Lr. Bougenvil|Jl. Pulau Semau|Jl. Flamboyan|Jl. Srikaya|Jl. Delima|Jl. Kuanino Baru|Jl. Oeleta|Jl. Manafe|Jl. Tode Kisar".split(
    "|"
)


def addr(rt: bool | None = None) -> str:
    st = R.choice(HOMESTREETS)
    no = str(R.randint(1, 140)) + (R.choice(["", "", "", "", "A", "B"]))
    base = R.choice(["%s No. %s", "%s No %s", "%s no.%s", "%s Nomor %s"]) % (st, no)
    if R.random() < 0.25 and st.startswith("Jl."):
        base = "%s Gg. %d No. %s" % (st, R.randint(1, 9), no)
    if rt is None:
        rt = R.random() < 0.35
    if rt:
        base += R.choice([", ", " ", " / "]) + rtrw()
    return base


def rtrw() -> str:
    a, b = R.randint(1, 45), R.randint(1, 15)
    return R.choice(
        [
            "RT %03d/RW %03d",
            "RT %02d RW %02d",
            "RT %d/RW %d",
            "RT.%02d/RW.%02d",
            "RT %02d/RW %02d",
            "RT%d/RW%d",
        ]
    ) % (a, b)


HOSTS = ["gmail.com"] * 6 + ["yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com", "hotmail.com"]


def slug(s: str) -> str:
    s = s.lower().replace(" ", "")
    return re.sub(r"[^a-z]", "", s)


def mail_of(given: str, family: str, how: str = "free") -> str:
    g, f = slug(given.split()[-1]), slug(family)
    user = R.choice(
        [
            "%s.%s",
            "%s%s",
            "%s_%s",
            "%s.%s%s" % ("%s", "%s", R.randint(7, 99)),
            "%s%s%s" % ("%s", "%s", R.randint(70, 2005)),
        ]
    )
    user = user % ((g, f) if R.random() < 0.7 else (f, g))
    if how == "gov":
        return "%s.%s@%s" % (
            g,
            f,
            R.choice(["kupangkota.go.id", "nttprov.go.id", "belajar.id", "undana.ac.id"]),
        )
    host = R.choice(HOSTS)
    if how == "dodge":
        h, t = host.split(".", 1)
        return R.choice(
            [
                "%s @ %s" % (user, host),
                "%s(at)%s" % (user, host),
                "%s [at] %s [dot] %s" % (user, h, t.replace(".", " [dot] ")),
                "%s at %s dot %s" % (user, h, t.replace(".", " dot ")),
                "%s(keong)%s" % (user, host),
                "%s @%s" % (user, host),
            ]
        )
    return "%s@%s" % (user, host)


class Person:
    def __init__(self, gender: str, used: set[str]) -> None:
        for _ in range(200):
            origin = R.choice(ORIGIN_LIST)
            males, females, fams = POOLS[origin]
            female = gender == "F" or (gender == "P" and R.random() < 0.5)
            given = R.choice(females if female else males)
            family = R.choice(fams)
            if not (set(given.split()) | set(family.split())) & used:
                break
        used.update(given.split())
        used.update(family.split())
        self.female, self.given, self.family = female, given, family
        self.cache: dict[str, str] = {}
        self.mob = mobile_digits()
        self.nikd = nik_digits(female)
        self.npwpo = npwp_old()

    def get(self, attr: str) -> tuple[str, str]:
        if attr not in self.cache:
            self.cache[attr] = self.make(attr)
        kind = KIND_OF[attr]
        return self.cache[attr], kind

    def make(self, a: str) -> str:
        if a == "":
            return "%s %s" % (self.given, self.family)
        if a == "g":
            return self.given
        if a == "f":
            return self.family
        if a == "fg":
            return "%s, %s" % (self.family, self.given)
        if a.startswith("hp"):
            how = {
                "hp": None,
                "hpb": "b",
                "hpd": "d",
                "hps": "s",
                "hp62": "p62",
                "hpocr": "ocr",
                "hpdot": "dot",
            }[a]
            return write_mobile(self.mob, how)
        if a == "tel":
            return landline()
        if a.startswith("nik"):
            how = a[3:] or None
            return write_nik(self.nikd, how)
        if a.startswith("kk"):
            if "kkd" not in self.cache:
                self.cache["kkd"] = kk_digits()
            return write_nik(self.cache["kkd"], a[2:] or None)
        if a == "npwp":
            return write_npwp(self.npwpo)
        if a in ("npwpt", "npwps", "npwpo", "npwpocr"):
            return write_npwp(self.npwpo, a[4:] if a != "npwpo" else "o")
        if a == "npwp16":
            return self.nikd
        if a == "npwp16g":
            return write_nik(self.nikd, "g")
        if a == "bpjs":
            return bpjs()
        if a.startswith("rek"):
            return rek(a[3:])
        if a == "mail":
            return mail_of(self.given, self.family)
        if a == "maild":
            return mail_of(self.given, self.family, "dodge")
        if a == "mailgov":
            return mail_of(self.given, self.family, "gov")
        if a == "addr":
            return addr()
        if a == "addrs":
            return addr(False)
        if a == "addrrt":
            return addr(True)
        if a == "rt":
            return rtrw()
        if a == "plate":
            return plate()
        raise KeyError(a)


KIND_OF = {
    "": "name",
    "g": "name",
    "f": "name",
    "fg": "name",
    "tel": "phone",
    "bpjs": "bpjs",
    "mail": "email",
    "maild": "email",
    "mailgov": "email",
    "addr": "address",
    "addrs": "address",
    "addrrt": "address",
    "rt": "address",
    "plate": "plate",
    "npwp16": "npwp",
    "npwp16g": "npwp",
}
for _a in ("hp", "hpb", "hpd", "hps", "hp62", "hpocr", "hpdot"):
    KIND_OF[_a] = "phone"
for _a in ("", "b", "g", "dot", "ocr", "15", "17", "fw", "call", "call4"):
    KIND_OF["nik" + _a] = "nik"
    KIND_OF["kk" + _a] = "kk"
for _a in ("npwp", "npwpt", "npwps", "npwpo", "npwpocr"):
    KIND_OF[_a] = "npwp"
for _a in ("bri", "bni", "mdr", "ntt", "bca", "bsi"):
    KIND_OF["rek" + _a] = "bank_account"

# --------------------------------------------------------------------------- places and look-alikes

KELS = "Oebobo|Oebufu|Kayu Putih|Liliba|Tuak Daun Merah|Fatululi|Oetete|Naikoten I|Naikoten II|Kuanino|Oepura|Maulafa|Penfui|Sikumana|Naimata|Kolhua|Belo|Fatukoa|Naikolan|Bakunase|Airnona|Fontein|Nunleu|Oeba|Fatubesi|Tode Kisar|Nefonaek|Pasir Panjang|Kelapa Lima|Lasiana|Oesapa|Oesapa Barat|Oesapa Selatan|Namosain|Alak|Penkase Oeleta|Manulai II|Batuplat|Manutapen|Mantasi|Nunbaun Sabu|Nunbaun Delha|Fatufeto|Nunhila|Bonipoi|Solor|Merdeka|Air Mata|Naioni|Oetete".split(
    "|"
)
KECS = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
ROADS = "Jl. El Tari|Jl. W.J. Lalamentik|Jl. Frans Seda|Jl. Piet A. Tallo|Jl. Timor Raya|Jl. Soeharto|Jl. Adisucipto|Jl. Amabi|Jl. Herewila|Jl. Perintis Kemerdekaan|Jl. Cak Doko|Jl. Sam Ratulangi|Jl. Moh. Hatta|Jl. Jend. Sudirman|Jl. R.A. Kartini|Jl. Kapten Tendean|Jl. Fetor Funay|Jl. Thamrin|Jl. Prof. Dr. Herman Johannes|Jl. Eltari II|Jl. Bund. PU|Jl. Veteran|Jl. Kejora|Jl. Oematan|Jl. Alfons Nisnoni|Jl. H.R. Koroh|Jl. Samratulangi III".split(
    "|"
)
PKMS = [
    "Puskesmas " + x
    for x in "Oebobo|Sikumana|Oepoi|Bakunase|Kupang Kota|Alak|Naioni|Oesapa|Pasir Panjang|Penfui|Manutapen|Kota Kupang|Sikumana".split(
        "|"
    )
]
RSS = "RSUD Prof. Dr. W. Z. Johannes|RS Bhayangkara Drs. Titus Uly|RSUD S. K. Lerik|RS Siloam Kupang|RS Mamami|RSIA Dedari|RS Leona|RS Kartini Kupang|RSAD Wirasakti".split(
    "|"
)
SCHS = "SD Inpres Oepura 2|SMPN 5 Kupang|SMAN 1 Kupang|SMPK St. Theresia|SDK St. Yoseph|SMKN 4 Kupang|SD GMIT Kuanino 1|SMPN 2 Kupang|SD Negeri Oetete 3|SMAN 3 Kupang|SMPN 13 Kupang|SD Inpres Liliba|TK Kristen Tunas Kasih|SMA Katolik Giovanni|SMPN 8 Kupang".split(
    "|"
)
PASARS = [
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Inpres Naikoten",
    "Pasar Kuanino",
    "Pasar Penfui",
    "Pasar Oesapa",
    "Pasar Ikan Oeba",
]
BIZS = "Toko Sinar Abadi|Toko Sumber Rejeki|Depot Air Murni|Bengkel Maju Motor|Apotek Kasih Ibu|Salon Nona Manis|Warung Kopi Sasando|Toko Bangunan Flobamora Jaya|Depot Isi Ulang Tirta Kasih|Kios Mama Ester|Rumah Makan Se'i Bambu|Laundry Bunga Bakung|Toko Umbu Jaya|Percetakan Lontar Indah|Bengkel Las Karya Baru|Katering Damai Sejahtera|Rental Timor Indah|Counter Pulsa Berkat|Travel Flobamora Express|Toko Obat Sehat Selalu".split(
    "|"
)
COMPS = "CV Sinar Timor|CV Karya Lontar|PT Nusa Cendana Abadi|UD Laut Timor|CV Flobamora|PT Timor Lestari Konstruksi|CV Sasando Mandiri|UD Harapan Baru|Koperasi Pedagang Ikan Oeba|KSP Tunas Harapan|Yayasan Pendidikan Kasih|BUMDes Oelnasi Jaya|Koperasi Teluk Kupang Sejahtera".split(
    "|"
)
OFFICES = "Dinas PUPR Kota Kupang|PDAM Kota Kupang|PLN UP3 Kupang|Dinas Kesehatan Kota Kupang|Dinas Sosial Kota Kupang|Dukcapil Kota Kupang|Bapenda Kota Kupang|Dinas Lingkungan Hidup dan Kebersihan|Dinas Perhubungan Kota Kupang|BPBD Kota Kupang|Dinas Pendidikan dan Kebudayaan|Kantor Pertanahan Kota Kupang|DPMPTSP Kota Kupang|Satpol PP Kota Kupang|Dinas Perindag Kota Kupang|BPJS Kesehatan Cabang Kupang|KPP Pratama Kupang".split(
    "|"
)
OFCMAILS = "pengaduan@kupangkota.go.id|humas@kupangkota.go.id|dinkes.kotakupang@gmail.com|pupr.kotakupang@gmail.com|dukcapil.kotakupang@gmail.com|bapenda@kupangkota.go.id|noreply@lapor.go.id|ppdb.kotakupang@gmail.com|lurah.oebufu@gmail.com|camat.maulafa@kupangkota.go.id|dlhk.kotakupang@gmail.com|tu.smpn5kupang@gmail.com|kelurahan.fatululi@gmail.com|posko.bpbd.kotakupang@gmail.com|ntt@ombudsman.go.id".split(
    "|"
)
SCAMMAILS = "bansos.kemensos.ntt@gmail.com|pln.kupang.token@gmail.com|bpjs.kesehatan.resmi@gmail.com|dukcapil.kupang.resmi@gmail.com|cs.bankntt.resmi@gmail.com|pajak.kupang.resmi@gmail.com|hadiah.pemkot.kupang@gmail.com".split(
    "|"
)
BANKS = ["BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI"]
POSES = "mengaku petugas PLN|mengaku dari Dinas Sosial|ngaku admin PKH|mengaku petugas Dukcapil|mengaku dari BPJS Kesehatan|mengaku pegawai Bapenda|ngaku dari Bank NTT|mengaku kurir J&T|mengaku panitia PPDB|mengaku dari kantor pajak|mengaku staf Wali Kota|ngaku petugas PDAM|mengaku debt collector resmi|mengaku dari Kemensos|mengaku wali kelas|mengaku agen resmi ASDP".split(
    "|"
)
LOANS = [
    "DanaKilat",
    "UangKita Now",
    "PinjamCepat88",
    "KreditTimor",
    "Rupiah Express",
    "DompetKilat",
]
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)


def uang() -> str:
    v = R.choice(
        [
            5,
            10,
            15,
            20,
            25,
            35,
            50,
            75,
            100,
            150,
            250,
            300,
            500,
            750,
            1200,
            1500,
            2500,
            3000,
            4750,
            12000,
        ]
    )
    s = "{:,}".format(v * 1000).replace(",", ".")
    return R.choice(["Rp %s" % s, "Rp%s" % s, "Rp. %s,-" % s, "Rp %s" % s])


def tgl() -> str:
    d, m = R.randint(1, 28), R.randint(1, 12)
    return R.choice(
        [
            "%d %s 2026" % (d, MONTHS[m - 1]),
            "%02d/%02d/2026" % (d, m),
            "%d-%d-2026" % (d, m),
            "%d %s" % (d, MONTHS[m - 1]),
        ]
    )


CLOCK = [8, 0]


def jam() -> str:
    CLOCK[1] += R.randint(3, 50)
    CLOCK[0] += CLOCK[1] // 60
    CLOCK[1] %= 60
    CLOCK[0] %= 24
    return "%02d.%02d" % tuple(CLOCK)


def surat() -> str:
    unit = R.choice(
        ["DPUPR", "DINKES", "DISDUKCAPIL", "DINSOS", "BAPENDA", "KEL.OBB", "SETDA", "DLHK", "BPBD"]
    )
    return R.choice(
        [
            "%d/%d/%s/2026" % (R.randint(100, 900), R.randint(10, 999), unit),
            "503/PBG/2026/%05d" % R.randint(1, 999),
            "5371-LU-%02d%02d2026-%04d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1, 9999)),
            "B-%d/UP3.KPG/%d/2026" % (R.randint(100, 999), R.randint(1, 12)),
        ]
    )


def ofchp() -> str:
    return write_mobile(mobile_digits(), R.choice(["b", "d", "s"]))


def ofctel() -> str:
    d = "8" + rd(5)
    return R.choice(
        [
            "(0380) %s %s" % (d[:3], d[3:]),
            "0380-%s" % d,
            "(0380) %s" % d,
            "0380 %s %s" % (d[:3], d[3:]),
        ]
    )


LOOK = {
    "KEL": lambda: R.choice(KELS),
    "KEC": lambda: R.choice(KECS),
    "ROAD": lambda: R.choice(ROADS),
    "PKM": lambda: R.choice(PKMS),
    "RS": lambda: R.choice(RSS),
    "SCH": lambda: R.choice(SCHS),
    "PASAR": lambda: R.choice(PASARS),
    "BIZ": lambda: R.choice(BIZS),
    "DEPOT": lambda: R.choice(
        [
            "Depot Air Murni",
            "Depot Isi Ulang Tirta Kasih",
            "Depot Oebobo Segar",
            "Depot Air Sumber Hidup",
        ]
    ),
    "BENGKEL": lambda: R.choice(
        [
            "Bengkel Maju Motor",
            "Bengkel Las Karya Baru",
            "Bengkel Sinar Jaya Motor",
            "Bengkel Oto Flobamora",
        ]
    ),
    "APOTEK": lambda: R.choice(
        [
            "Apotek Kasih Ibu",
            "Apotek Sehat Sentosa",
            "Apotek Lontar Farma",
            "Toko Obat Sehat Selalu",
        ]
    ),
    "RM": lambda: R.choice(
        [
            "Rumah Makan Se'i Bambu",
            "Warung Kopi Sasando",
            "Rumah Makan Padang Sederhana",
            "Katering Damai Sejahtera",
        ]
    ),
    "COMP": lambda: R.choice(COMPS),
    "OFC": lambda: R.choice(OFFICES),
    "OFCMAIL": lambda: R.choice(OFCMAILS),
    "SCAMMAIL": lambda: R.choice(SCAMMAILS),
    "BANK": lambda: R.choice(BANKS),
    "POSE": lambda: R.choice(POSES),
    "LOAN": lambda: R.choice(LOANS),
    "BIZHP": ofchp,
    "OFCHP": ofchp,
    "SCAMHP": lambda: write_mobile(mobile_digits(), R.choice(["b", "b", "d", "p62b", "62b"])),
    "OFCTEL": ofctel,
    "NPWPB": lambda: write_npwp(npwp_old(), R.choice(["o", "o", "t"])),
    "REKB": lambda: rek(R.choice(["bri", "bni", "mdr", "ntt"])),
    "NOP": lambda: (
        "53.71.%03d.%03d.%03d-%04d.0"
        % (R.randint(10, 60), R.randint(1, 20), R.randint(1, 120), R.randint(1, 9999))
    ),
    "NIP": lambda: (
        R.choice(["19%02d%02d%02d 20%02d%02d %d %03d", "19%02d%02d%02d20%02d%02d%d%03d"])
        % (
            R.randint(65, 95),
            R.randint(1, 12),
            R.randint(1, 28),
            R.randint(5, 22),
            R.randint(1, 12),
            R.randint(1, 2),
            R.randint(1, 20),
        )
    ),
    "SURAT": lambda: surat(),
    "IDPEL": lambda: "5312" + rd(8),
    "METER": lambda: "14" + rd(9),
    "NOSAMB": lambda: "%02d-%02d-%06d" % (R.randint(1, 9), R.randint(1, 30), R.randint(1, 99999)),
    "TIX": lambda: R.choice(
        [
            "#LPR-2026-%04d-%04d" % (R.randint(1, 1299), R.randint(1, 9999)),
            "LAPOR-5371-2026-%05d" % R.randint(1, 99999),
            "26%02d-%04d-%03d" % (R.randint(1, 12), R.randint(1, 9999), R.randint(1, 999)),
            "#%07d" % R.randint(1, 9999999),
        ]
    ),
    "VA": lambda: R.choice(
        [
            "8808 %s %s %s" % (rd(4), rd(4), rd(4)),
            "BRIVA 12345 %s" % mobile_digits(),
            "88%s" % rd(14),
            "7009%s" % rd(12),
        ]
    ),
    "BILL": lambda: "8202609%s" % rd(8),
    "TRX": lambda: "20260%s" % rd(11),
    "TOKEN": lambda: " ".join(rd(4) for _ in range(5)),
    "NISN": lambda: "0" + rd(9),
    "BPJSTK": lambda: "26" + rd(9),
    "UANG": uang,
    "TGL": tgl,
    "JAM": jam,
    "N": lambda: str(R.randint(2, 40)),
    "NRT": lambda: "%02d" % R.randint(1, 40),
    "PLAT": lambda: R.choice(["DH 1 A", "DH 12 A", "DH 8 B"]),
    "AKTA": lambda: (
        "5371-LT-%02d%02d2026-%04d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1, 9999))
    ),
    "KODE": lambda: rd(6),
    "ANTRI": lambda: R.choice("ABC") + "-%03d" % R.randint(1, 250),
}
LABELLED = {
    "PLATE": ("plate", plate),
    "ADDR": ("address", lambda: addr()),
    "ADDRS": ("address", lambda: addr(False)),
    "ADDRRT": ("address", lambda: addr(True)),
    "RT": ("address", rtrw),
    "KKX": ("kk", lambda: write_nik(kk_digits())),
}

# --------------------------------------------------------------------------- filling

TOKEN_RE = re.compile(r"\[\[(\w+):(.*?)\]\]|\{([A-Z]+)(\d*)(?:\.(\w+))?(?:\|(\w+))?\}", re.S)
OPTION_RE = re.compile(r"<<(.*?)>>", re.S)


def modify(value: str, mods: str) -> str:
    if "u" in mods:
        value = value.upper()
    if "l" in mods:
        value = value.lower()
    if "f" in mods:
        value = value.translate(FW)
    if "n" in mods:
        value = value.replace(" ", "\u00a0")
    if "z" in mods:
        i = len(value) // 2
        while i < len(value) - 1 and not (value[i - 1].isalnum() and value[i].isalnum()):
            i += 1
        value = value[:i] + "\u200b" + value[i:]
    return value


def fill(source: str) -> tuple[str, list[tuple[str, int, int, str]]]:
    source = OPTION_RE.sub(lambda m: R.choice(m.group(1).split("||")), source)
    people: dict[str, Person] = {}
    fixed: dict[str, str] = {}
    used: set[str] = set()
    CLOCK[0], CLOCK[1] = R.randint(6, 20), R.randint(0, 59)

    def value_of(key: str, idx: str, attr: str | None, mods: str) -> tuple[str, str | None]:
        if key in ("M", "F", "P"):
            k = key + idx
            if k not in people:
                people[k] = Person(key, used)
            v, kind = people[k].get(attr or "")
            return modify(v, mods), kind
        if key in LABELLED:
            kind, fn = LABELLED[key]
            if idx:
                fixed.setdefault(key + idx, fn())
                return modify(fixed[key + idx], mods), kind
            return modify(fn(), mods), kind
        if key in LOOK:
            if idx:
                fixed.setdefault(key + idx, LOOK[key]())
                return modify(fixed[key + idx], mods), None
            return modify(LOOK[key](), mods), None
        raise KeyError(key)

    def expand(src: str, raw: bool) -> tuple[str, list]:
        out, spans, pos = [], [], 0
        length = 0
        for m in TOKEN_RE.finditer(src):
            lit = src[pos : m.start()]
            out.append(lit)
            length += len(lit)
            if m.group(1):
                inner, _ = expand(m.group(2), True)
                if not raw:
                    spans.append((m.group(1), length, length + len(inner), inner))
                out.append(inner)
                length += len(inner)
            else:
                mods = m.group(6) or ""
                v, kind = value_of(m.group(3), m.group(4), m.group(5), mods)
                if kind and not raw and "r" not in mods:
                    spans.append((kind, length, length + len(v), v))
                out.append(v)
                length += len(v)
            pos = m.end()
        out.append(src[pos:])
        return "".join(out), spans

    text, spans = expand(source, False)
    return text, spans


# --------------------------------------------------------------------------- checks

TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "bpk.",
    "sdr",
    "sdr.",
    "sdri",
    "sdri.",
    "ny",
    "ny.",
    "bidan",
    "lurah",
    "guru",
    "dr",
    "dr.",
    "drs",
    "drs.",
    "pdt",
    "pdt.",
    "serka",
    "bripka",
    "briptu",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kakak",
    "adik",
    "ade",
    "bang",
    "mas",
    "mbak",
    "tante",
    "yth",
    "yth.",
    "st.",
    "camat",
    "pastor",
    "romo",
    "suster",
    "haji",
    "hj.",
}
MARKERS = ("[[", "]]", "{", "}", "<<", ">>", "||")


def check_span(text: str, kind: str, start: int, end: int, value: str) -> None:
    assert kind in KINDS, kind
    assert 0 <= start < end <= len(text), (kind, start, end)
    seg = text[start:end]
    assert seg == value, (seg, value)
    first_ok = seg[0].isalnum() or (kind == "phone" and seg[0] in "+(")
    assert first_ok and seg[-1].isalnum(), ("edge", kind, seg)
    alnum = [c for c in seg if c.isalnum()]
    if kind == "name":
        assert "@" not in seg and not any(c.isdigit() for c in seg), seg
        assert seg.split()[0].lower() not in TITLES, ("title", seg)
    elif kind == "bpjs":
        assert len(alnum) == 13, seg
    elif kind in ("nik", "kk"):
        assert 15 <= len(alnum) <= 17, seg
    elif kind == "npwp":
        assert len(alnum) in (15, 16), seg
    elif kind == "phone":
        assert 9 <= len(alnum) <= 14, seg
    elif kind == "bank_account":
        assert 10 <= len(alnum) <= 16, seg
    elif kind == "email":
        assert "@" in seg or re.search(r"\(at\)|\[at\]| at |\(keong\)|\(et\)|\[@\]", seg), seg


def check_text(text: str, spans: list[tuple[str, int, int, str]]) -> str | None:
    """None when the text passes; else what is wrong (the fill is drawn again)."""
    for marker in MARKERS:
        if marker in text:
            return "marker " + marker
    for kind, start, end, value in spans:
        check_span(text, kind, start, end, value)
    ordered = sorted(spans, key=lambda s: s[1])
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b[1] < a[2]:
            return "overlap"
    covered = [(s[1], s[2]) for s in spans]
    for kind, _start, _end, value in spans:
        if kind == "address":
            continue
        edge = r"\w" if kind == "name" else r"[0-9A-Za-z]"
        for m in re.finditer(r"(?<!%s)%s(?!%s)" % (edge, re.escape(value), edge), text):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                return "unlabelled repeat of %r" % value
        if kind == "name":
            for part in value.split():
                if len(part) < 3:
                    continue
                for m in re.finditer(r"(?<!\w)%s(?!\w)" % re.escape(part), text):
                    if not any(a <= m.start() and m.end() <= b for a, b in covered):
                        return "unlabelled part %r" % part
    return None


# --------------------------------------------------------------------------- main

TEMPLATES: list[tuple[str, str, str]] = []


def T(style: str, items: list[tuple[str, str]]) -> None:
    for theme, source in items:
        TEMPLATES.append((style, THEMES[theme], source))


def build() -> list[dict]:
    records, seen = [], set()
    for style, theme, source in TEMPLATES:
        for _ in range(3):
            for _attempt in range(400):
                text, spans = fill(source)
                if style == "sms_caps":
                    up = text.upper()
                    if len(up) != len(text):
                        continue
                    text = up
                    spans = [(k, s, e, up[s:e]) for k, s, e, _v in spans]
                if text in seen or check_text(text, spans):
                    continue
                break
            else:
                raise SystemExit("cannot fill: %r (%s)" % (source[:80], check_text(text, spans)))
            seen.add(text)
            records.append(
                {
                    "id": "d23-%04d" % (len(records) + 1),
                    "text": text,
                    "spans": [
                        {"kind": k, "start": s, "end": e}
                        for k, s, e, _v in sorted(spans, key=lambda x: x[1])
                    ],
                    "style": style,
                    "theme": theme,
                }
            )
    return records


def table(records: list[dict], key: str, order: list[str]) -> str:
    kinds = sorted(KINDS)
    lines = [
        "| %s | texts | without spans | %s |" % (key, " | ".join(kinds)),
        "|---|---:|---:|" + "---:|" * len(kinds),
    ]
    total = Counter()
    for value in order:
        rows = [r for r in records if r[key] == value]
        c = Counter(s["kind"] for r in rows for s in r["spans"])
        empty = sum(1 for r in rows if not r["spans"])
        total.update(c)
        lines.append(
            "| %s | %d | %d | %s |"
            % (value, len(rows), empty, " | ".join(str(c[k]) for k in kinds))
        )
    empty = sum(1 for r in records if not r["spans"])
    lines.append(
        "| **total** | %d | %d | %s |"
        % (len(records), empty, " | ".join(str(total[k]) for k in kinds))
    )
    return "\n".join(lines)


def main() -> None:
    assert len(TEMPLATES) >= 220, len(TEMPLATES)
    records = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(data)
    styles = Counter(r["style"] for r in records)
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    empty = sum(1 for r in records if not r["spans"])
    cells = Counter((r["style"], r["theme"]) for r in records)
    assert len(records) >= 650, len(records)
    assert all(styles[s] >= 55 for s in STYLES), styles
    assert all(cells[(s, t)] for s in STYLES for t in THEMES.values()), "a style misses a theme"
    assert empty / len(records) >= 0.30, empty / len(records)
    assert all(kinds[k] >= 30 for k in KINDS), kinds
    print("SHA-256", hashlib.sha256(data).hexdigest())
    print(
        "templates %d, texts %d, spans %d, without spans %d (%.1f %%)"
        % (len(TEMPLATES), len(records), sum(kinds.values()), empty, 100 * empty / len(records))
    )
    print()
    print(table(records, "style", STYLES))
    print()
    print(table(records, "theme", list(THEMES.values())))
    print()
    print("spans per kind: " + ", ".join("%s %d" % kv for kv in kinds.most_common()))


# --------------------------------------------------------------------------- templates: web_form

T(
    "web_form",
    [
        (
            "pe",
            "FORMULIR PENGADUAN ONLINE - Pemerintah Kota Kupang\nNama Pelapor : {P1}\nNo. HP/WA : {P1.hpb|z}\nKategori : Kesehatan\nIsi Pengaduan : Anak saya {P2.g} (4 thn) ditolak imunisasi campak di {PKM} tgl {TGL} krn katanya vaksin habis. Bidan {F3.g} bilang datang lagi bulan depan. Posyandu Bunga Bakung juga tdk buka. Mohon dicek.\nKerahasiaan : Rahasia",
        ),
        (
            "pe",
            "Nama : (dirahasiakan)\nKategori : Pendidikan\nJudul : Pungutan uang komite di {SCH}\nIsi : Wali kelas minta uang komite {UANG} per siswa, tanpa kuitansi. Kepala sekolah tidak mau terima orang tua. Terima kasih atas perhatian Bapak Wali Kota.\nLampiran : foto_kuitansi.jpg\nKerahasiaan : Anonim",
        ),
        (
            "pe",
            "Nama : {F1}\nNama panggilan : {F1.g}\nPekerjaan : Ibu rumah tangga\nNo. HP : {F1.hp}\nIsi Laporan : Mama saya Oma {F2} (79 thn) sdh 3 bulan tdk terima bantuan lansia. Petugas kelurahan Pak {M3.g} bilang nama Oma tdk ada di data, padahal tahun lalu masih terima. Kami keluarga {F2.f} minta penjelasan.\nKecamatan : {KEC}",
        ),
        (
            "pe",
            "Data pelapor (disalin dari KTP):\nNama : {M1|u}\nTempat/Tgl Lahir : {KEL|u}, 12-04-1979\nJenis Kelamin : LAKI-LAKI\nAgama : KRISTEN\nPekerjaan : WIRASWASTA\n---\nUraian : Saya {M1.g} mengadu soal petugas Satpol PP yang angkut meja jualan saya di depan {PASAR} tanpa surat teguran. Mohon dikembalikan.",
        ),
        (
            "nu",
            "Nama Pelapor : {P1}\nNIK : {P1.nikb|f}\nHP : {P1.hp}\nKategori : Listrik\nIsi : Token listrik yang saya beli tgl {TGL} sebesar {UANG} tidak masuk. ID pelanggan PLN {IDPEL}, No. meter {METER}, nomor token {TOKEN}. Sudah lapor ke PLN 123, tiket {TIX}, tapi belum ada jawaban.",
        ),
        (
            "nu",
            "Nama : Anonim\nKategori : Pajak Daerah\nIsi : SPPT PBB 2026 saya naik dari {UANG} jadi {UANG}. NOP {NOP}. Sudah bayar lewat kode billing {BILL} tgl {TGL} jam {JAM}, tapi di aplikasi masih tertulis belum lunas. Nomor tiket LAPOR {TIX}.\nKerahasiaan : Rahasia",
        ),
        (
            "nu",
            "Nama Pelapor : {P1}\nNo. Kartu KIS : {P1.bpjs}\nNo. HP : {P1.hp}\nIsi : Saya peserta JKN-KIS PBI tapi di {RS} disuruh bayar {UANG} untuk obat. No. SEP {TRX}. Kasir bilang obat tidak ditanggung. Mohon BPJS Kesehatan (call center 165) periksa.",
        ),
        (
            "nu",
            "Nama : {F1}\nNIK : {F1.nik}\nNo. KK : {F1.kk}\nKategori : Bantuan Sosial\nIsi : Saya terdaftar PKH (ID DTKS {TRX}) tapi dana tahap 3 tidak masuk ke rekening KKS BNI saya {F1.rekbni} a.n. {F1}. Pendamping bilang tunggu. Sudah {N} minggu.",
        ),
        (
            "ho",
            "Nama Pelapor : {P1}\nAlamat : {P1.addrrt}, Kel. {KEL}\nNo. HP : {P1.hp}\nKategori : Drainase/Banjir\nIsi : Setiap hujan air got meluap masuk rumah saya dan rumah Om {M2.g} di sebelah. Saluran di depan {SCH} tersumbat sampah. Mohon Dinas PUPR turun.",
        ),
        (
            "ho",
            "Nama : Dirahasiakan\nKategori : Jalan\nIsi : Jalan berlubang di {ROAD} depan {PKM} sudah 4 bulan. Warga RT {NRT} dan RT {NRT} sudah tambal pakai batu tapi hancur lagi. Lampu jalan di {ROAD} juga mati total. Kantor lurah di Jl. Amabi No. 30 sudah kami lapor.\nKerahasiaan : Rahasia",
        ),
        (
            "ho",
            "Nama : {M1}\nAlamat rumah : {M1.addr}\nKel. {KEL}, Kec. {KEC}\nIsi Pengaduan : Tanah di belakang rumah saya diklaim keluarga {M2.f}. Mereka pasang pagar sampai masuk 2 meter. Sertifikat saya no. {KODE} terbit 1998. Kantor Pertanahan di {ROAD} bilang harus ukur ulang bayar {UANG}.",
        ),
        (
            "ho",
            "Nama Pelapor : {F1}\nAlamat : [[address:Perumnas Blok <<F||H||C||K>> No. {N|r}]]\nIsi : Air PDAM tidak mengalir sudah 9 hari di blok kami. No. sambungan {NOSAMB}. Tangki air kelurahan hanya datang ke RT {NRT} dan RT {NRT}. Kami beli air tangki {UANG} per 5000 liter.",
        ),
        (
            "ob",
            "Nama : Warga Peduli\nKategori : Perizinan\nIsi : Izin bangunan ruko {COMP} di {ROAD} (PBG no. {SURAT}) menutup saluran air. Kantor DPMPTSP (0380) 833 411 tidak angkat. Pengaduan juga sudah kirim ke {OFCMAIL}. Mohon ditinjau.\nKerahasiaan : Anonim",
        ),
        (
            "ob",
            "Nama Pelapor : {P1}\nPekerjaan : Pedagang (usaha perorangan)\nNPWP pribadi : {P1.npwp}\nEmail : {P1.mail}\nIsi : Retribusi kios saya di {PASAR} ditagih dua kali bulan {TGL}. Kuitansi no. {KODE}. Padahal kios sebelah, {BIZ}, hanya bayar sekali.",
        ),
        (
            "ob",
            "Nama : -\nKategori : Perdagangan\nIsi : {BIZ} jual gas elpiji 3 kg {UANG}, di atas HET. Nomor WA toko {BIZHP} tertulis di spanduk. NPWP toko di struk {NPWPB}. Mohon Disperindag tindak. Call center Pemkot 112 katanya bukan urusan mereka.",
        ),
        (
            "ob",
            "Nama Pelapor : {F1}\nEmail dinas : {F1.mailgov}\nJabatan : Guru honor di {SCH}\nIsi : Honor triwulan belum dibayar. Bendahara sekolah minta semua guru kirim berkas ke bendahara.sekolah.kupang@gmail.com. NPWP bendahara {NPWPB} tertera di bukti potong. Sudah {N} bulan.",
        ),
        (
            "sc",
            "Nama : {P1}\nHP : {P1.hp}\nKategori : Penipuan\nIsi : Saya ditelpon nomor {SCAMHP} yang {POSE}, minta kode OTP untuk pencairan bantuan. Saya hampir kasih. Mohon diumumkan supaya warga lain hati-hati.",
        ),
        (
            "sc",
            'Nama : Anonim\nKategori : Penipuan / Hoaks\nIsi : Beredar pesan berantai: "Daftar bansos {UANG} lewat email {SCAMMAIL} atau WA {SCAMHP}", katanya dari Kemensos. Juga ada VA {VA} untuk biaya admin. Apakah ini resmi? Nomor pengaduan resmi setahu saya SMS 1708.',
        ),
        (
            "sc",
            "Nama Pelapor : {F1}\nNo. HP : {F1.hp}\nIsi : Saya pinjam di aplikasi {LOAN} {UANG}, bunga pinjaman tiap hari naik. Sekarang mereka sebar foto KTP saya dan telepon adik saya {F2} di {F2.hp}, juga bos saya. Mereka minta transfer ke rek BRI {M3.rekbri} a.n. {M3}.",
        ),
        (
            "sc",
            "Nama : {M1}\nIsi : Saya beli motor lewat grup FB, plat {PLATE}, sudah transfer DP {UANG} ke Mandiri {M2.rekmdr} a.n. {M2}. Penjual hilang, nomor {M2.hp} sudah tidak aktif. Mohon dibantu lapor Polresta.",
        ),
        (
            "mx",
            "Nama Pelapor : {M1}\nNIK : {M1.nik}\nNo. KK : {M1.kk}\nHP/WA : {M1.hp}\nEmail : {M1.mail}\nAlamat : {M1.addrrt}\nPlat angkot : {M1.plate}\nIsi : Angkot saya (trayek {N}) ditilang di {ROAD} tgl {TGL} padahal KIR masih berlaku. Surat tilang no. {SURAT}. Denda {UANG}.",
        ),
        (
            "mx",
            "Nama : (rahasia)\nKategori : Lingkungan\nIsi : Bau busuk dari kandang babi di belakang {SCH} sampai ke kelas. Sudah lapor ke {OFC} tgl {TGL} (tiket {TIX}), hotline {OFCTEL}, tapi tidak ada tindak lanjut. Warga RT {NRT} resah.\nKerahasiaan : Rahasia",
        ),
        (
            "mx",
            "Nama Pelapor : {P1}\nTelp rumah : {P1.tel}\nNo. BPJS : {P1.bpjs}\nIsi : Ayah saya Opa {M2} (NIK {M2.nik}) meninggal di {RS} tgl {TGL}. Akta kematian belum terbit, nomor antrian Dukcapil {ANTRI}. Kami tinggal di {P1.addrrt}.",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: sms_lower

T(
    "sms_lower",
    [
        (
            "pe",
            "kotkupang sy {P1|l} mau lapor bidan {F2.g|l} di {PKM|l} marah2 ke pasien lansia, mama sy {F3.g|l} sampai menangis. tlg ditegur. trm ksh",
        ),
        (
            "pe",
            "kotkupang guru di {SCH|l} suruh anak2 beli buku lks {UANG} per buku, yg tdk beli tdk boleh ikut ujian. tlg dicek, sy tdk mau sebut nama krn takut anak sy dipersulit",
        ),
        (
            "pe",
            "kotkupang sy {M1.g|l}, anak sy {P2.g|l} blm dpt akta lahir sdh 2 bln, petugas dukcapil bilang blanko habis. hub sy {M1.hp}",
        ),
        (
            "pe",
            "kotkupang lurah {KEL|l} tdk pernah ada di kantor, sdh 3x sy dtg urus surat keterangan tdk mampu. pegawai bilang pak lurah rapat terus. mohon perhatian",
        ),
        (
            "nu",
            "kotkupang nik sy {P1.nikg} tdk terdaftar di bpjs pbi lg, pdhl blm ada perubahan. no kartu lama {P1.bpjs}. mohon dicek, sy {P1.g|l}",
        ),
        (
            "nu",
            "kotkupang tagihan pdam bln ini {UANG} pdhl air mati 2 minggu. no sambungan {NOSAMB}. sdh lapor tiket {TIX} blm ada balasan",
        ),
        (
            "nu",
            "kotkupang sy sdh byr pbb lewat bank tgl {TGL} kode bayar {BILL} tp sppt msh tunggakan. nop {NOP}. tlg bapenda cek",
        ),
        (
            "nu",
            "kotkupang kk sy no {P1.kk} msh cetak nama suami yg sdh meninggal, sy mau ganti tp dukcapil minta surat dr kelurahan dl. sy {P1|l} hp {P1.hp}",
        ),
        (
            "ho",
            "kotkupang air got meluap ke rmh sy di {P1.addrrt|l} setiap hujan, saluran tersumbat sampah. sdh lapor rt tp blm ada tindakan. {P1.g|l}",
        ),
        (
            "ho",
            "kotkupang lampu jalan di {ROAD|l} dekat {PASAR|l} mati sdh sebulan, gelap, rawan jambret. warga rt {NRT} sdh lapor ke kelurahan tp blm diperbaiki",
        ),
        (
            "ho",
            "kotkupang sampah tdk diangkut 2 minggu di {ROAD|l} dpn {SCH|l}, bau skali. truk dlhk lewat tp tdk berhenti. mohon diperhatikan",
        ),
        (
            "ho",
            "kotkupang pohon besar di dpn rmh sy {P1.addrs|l} mau tumbang, kena kabel pln. sdh telp pln 123 blm dtg. tlg bpbd. sy {P1.g|l} {P1.hp}",
        ),
        (
            "ob",
            "kotkupang {DEPOT|l} jual air tdk layak, ada jentik. no wa depot {BIZHP}. tlg dinkes periksa",
        ),
        (
            "ob",
            "kotkupang kantor kelurahan {KEL|l} tutup jam 12 siang pdhl jam layanan sampai 15.00. telp kantor {OFCTEL} tdk angkat",
        ),
        (
            "ob",
            "kotkupang sy pedagang di {PASAR|l}, usaha perorangan. npwp pribadi sy {P1.npwpt}, tp petugas pasar tagih pajak badan. tlg diluruskan. {P1|l}",
        ),
        (
            "ob",
            "kotkupang puskesmas suruh daftar lewat wa {OFCHP} tp tdk pernah dibalas, call center 119 jg tdk nyambung. lansia hrs antri dr subuh",
        ),
        (
            "sc",
            "kotkupang ada sms dr {SCAMHP} {POSE}, minta transfer {UANG} utk biaya pencairan. hati2 warga. nomor sy {P1.hp} kalau mau konfirmasi",
        ),
        (
            "sc",
            "kotkupang apakah benar ada bansos lewat link bit.ly? nomor {SCAMHP} dan {SCAMHP} ngaku dr dinsos minta foto kk. mohon info resmi",
        ),
        (
            "sc",
            "kotkupang sy korban pinjol {LOAN|l}, mrk sebar data sy ke semua kontak, ancam datang ke rmh. sy {F1|l}, wa {F1.hp}. tlg polisi",
        ),
        (
            "sc",
            "kotkupang tlg blokir rek bri {M1.rekbri} a.n {M1|l}, dia tipu jual hp di fb, sdh transfer {UANG}. sy {F2.g|l}",
        ),
        (
            "mx",
            "kotkupang jalan ke {KEL|l} rusak parah, truk galian c lewat tiap hari. plat truk {PLATE} yg paling sering. tiket lapor {TIX}",
        ),
        (
            "mx",
            "kotkupang anak sy {P2.g|l} tdk diterima ppdb zonasi di {SCH|l} pdhl rmh kami {P1.addrrt|l}, cuma 300 m. nisn {NISN}. sy {P1|l} hp {P1.hp}",
        ),
        (
            "mx",
            "kotkupang bpjs sy nonaktif, no kartu {P1.bpjs}. sdh ke kantor bpjs {ROAD|l} antrian {ANTRI}, disuruh ke dinsos. dinsos suruh ke kelurahan. capek. {P1.g|l}",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: sms_caps (put in capitals after filling)

T(
    "sms_caps",
    [
        (
            "pe",
            "KOTKUPANG SY {F1} MAU LAPOR PETUGAS DUKCAPIL YG MINTA UANG {UANG} UTK PERCEPAT KTP. NAMA PETUGAS {M2.g}. HP SY {F1.hp}",
        ),
        (
            "pe",
            "KOTKUPANG ANAK KAMI {P2.g} DIPUKUL KAKAK KELAS DI {SCH}, GURU TDK PEDULI. SY BAPANYA {M1}",
        ),
        (
            "pe",
            "KOTKUPANG TERIMA KASIH PAK LURAH {KEL} SDH PERBAIKI JALAN DEPAN GEREJA. SALAM DAMAI DARI WARGA RT {NRT}",
        ),
        (
            "pe",
            "KOTKUPANG DOKTER JAGA UGD {RS} TDK ADA DI TEMPAT MALAM TGL {TGL}, PASIEN TUNGGU 3 JAM. MOHON DIEVALUASI",
        ),
        ("nu", "KOTKUPANG NIK SY {P1.nik15} DOBEL DGN ORANG LAIN, TDK BISA DAFTAR BPJS. SY {P1}"),
        (
            "nu",
            "KOTKUPANG TOKEN PLN SY {TOKEN} DITOLAK METER, ID PEL {IDPEL}. SDH BELI {UANG}. TIKET PLN {TIX}",
        ),
        (
            "nu",
            "KOTKUPANG NPWP SY {P1.npwp} DIBLOKIR KRN SPT, PDHL SDH LAPOR. BUKTI TERIMA {TRX}. TLG KPP CEK. {P1.g}",
        ),
        (
            "nu",
            "KOTKUPANG PBB NOP {NOP} TAGIHAN {UANG}, TAHUN LALU {UANG}. KENAPA NAIK 3X LIPAT? KODE BILLING {BILL}",
        ),
        (
            "ho",
            "KOTKUPANG BANJIR MASUK RMH SY DI {P1.addrrt}, KEL {KEL}. GOT TDK PERNAH DIBERSIHKAN. {P1}",
        ),
        (
            "ho",
            "KOTKUPANG JALAN DI {ROAD} BERLUBANG DEPAN {PKM}, SDH 3 MOTOR JATUH MINGGU INI. MOHON PUPR SEGERA",
        ),
        (
            "ho",
            "KOTKUPANG ANJING LIAR BANYAK DI {ROAD}, SDH 2 ANAK DIGIGIT. WARGA RT {NRT} DAN RT {NRT} MINTA DINAS PETERNAKAN TANGKAP",
        ),
        (
            "ho",
            "KOTKUPANG TETANGGA SY {M2} DI {M2.addrs} BAKAR SAMPAH PLASTIK TIAP SORE, ASAP MASUK RMH. SY DI {P1.rt}",
        ),
        ("ob", "KOTKUPANG {BENGKEL} BUANG OLI KE GOT. NO HP BENGKEL {BIZHP}. TLG DLHK TINDAK"),
        (
            "ob",
            "KOTKUPANG KANTOR SAMSAT {ROAD} TDK LAYANI PERPANJANGAN STNK PADAHAL JAM 14.00. CALL CENTER {OFCTEL} SIBUK TERUS",
        ),
        (
            "ob",
            "KOTKUPANG SY PEMILIK KIOS DI {PASAR}, HP {P1.hp}, NPWP SY {P1.npwp16}. RETRIBUSI NAIK TANPA SOSIALISASI. {P1}",
        ),
        (
            "ob",
            "KOTKUPANG SEKOLAH MINTA NPWP ORTU UTK BEASISWA, NPWP SY {P1.npwpt}. APA AMAN? EMAIL SY {P1.mail}",
        ),
        (
            "sc",
            "KOTKUPANG HATI2 ADA WA {SCAMHP} {POSE} MINTA DATA KK DAN KTP. SUDAH BANYAK WARGA {KEL} KENA",
        ),
        (
            "sc",
            "KOTKUPANG SY DAPAT 2 NOMOR {SCAMHP} DAN {SCAMHP}, KATANYA ADMIN BANSOS. MANA YG RESMI? MOHON INFO",
        ),
        (
            "sc",
            "KOTKUPANG PINJOL {LOAN} TERROR SY DAN KELUARGA, TELP KAKAK SY {M2} DI {M2.hp}. SY {F1}",
        ),
        (
            "sc",
            "KOTKUPANG SY TERTIPU ARISAN ONLINE, ADMINNYA {F2}, REK BNI {F2.rekbni}. KERUGIAN {UANG}. DARI {F1.g} DI {KEL}",
        ),
        (
            "mx",
            "KOTKUPANG MOTOR SY {P1.plate} HILANG DI PARKIRAN {PASAR} TGL {TGL}. JUKIR TDK TANGGUNG JAWAB. SY {P1} HP {P1.hp}",
        ),
        (
            "mx",
            "KOTKUPANG ANTRIAN RS {RS} PANJANG, NO ANTRI {ANTRI}, NO KARTU BPJS SY {P1.bpjs}. DARI PAGI BLM DIPANGGIL",
        ),
        (
            "mx",
            "KOTKUPANG POSYANDU DI RT {NRT} TDK ADA PMT SDH 3 BLN. KADER BILANG DANA BLM CAIR. SURAT DINKES NO {SURAT}",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: whatsapp_group

T(
    "whatsapp_group",
    [
        (
            "pe",
            "Grup RT {NRT} {KEL}\n[{TGL1} {JAM}] {F1}: Selamat pagi bapak ibu, Oma {F2} di rumah ujung sakit, ada yang bisa antar ke {PKM}?\n[{TGL1} {JAM}] {M3|l}: sy bisa antar jam 9 bu\n[{TGL1} {JAM}] Admin RT: Terima kasih Pak {M3.g} 🙏\n[{TGL1} {JAM}] mama: amin, Tuhan berkati",
        ),
        (
            "pe",
            "Grup Orang Tua Kelas 5B {SCH}\n[{JAM}] Wali Kelas 5B: Bapak/Ibu, besok bawa uang kas {UANG}.\n[{JAM}] Bendahara Kelas: Bisa transfer ke rekening komite sekolah.\n[{JAM}] Info Sekolah: Ujian mulai Senin {TGL}.\n[{JAM}] Wali Kelas 5B: Siap, terima kasih semua 🙏",
        ),
        (
            "pe",
            "Jemaat GMIT {KEL} - Info Diakonia\n[{JAM}] {M1|l}: Shalom. Mohon doa untuk keluarga {F2.f}, Bapa {M3} meninggal tadi malam di {RS}.\n[{JAM}] {F4}: Turut berduka 🙏 Ibadah penghiburan di rumah duka jam 17.00\n[{JAM}] {M1|l}: Yg mau bantu kursi hubungi Om {M5.g}",
        ),
        (
            "pe",
            "Grup Pedagang {PASAR}\n[{JAM}] {F1}: Bapa2 mama2, petugas retribusi baru namanya {M2}, dia tagih 2x\n[{JAM}] {F3|l}: Iya sy juga. Dia bilang perintah kepala pasar\n[{JAM}] {F1}: Besok kita lapor ke Disperindag sama-sama\n[{JAM}] Koordinator Pasar: Sabar dulu, sy tanya kantor",
        ),
        (
            "nu",
            "Grup Warga RT {NRT}\n[{JAM}] Admin RT: Yang belum terima BLT tolong kirim NIK dan No KK via japri\n[{JAM}] {F1}: Pak ini punya sy NIK {F1.nikb|z}, KK {F1.kk}\n[{JAM}] Admin RT: Ibu jangan kirim di grup, bahaya. Sy hapus ya\n[{JAM}] {F1}: Maaf pak 🙏",
        ),
        (
            "nu",
            "Grup Info PLN {KEL}\n[{JAM}] Info PLN: Pemadaman bergilir tgl {TGL} jam {JAM} - {JAM}. Gangguan hubungi PLN 123.\n[{JAM}] warga_oebobo: ID pelanggan {IDPEL} sudah 2 hari mati\n[{JAM}] Info PLN: Silakan lapor lewat PLN Mobile, tiket akan dibuat. No tiket contoh {TIX}",
        ),
        (
            "nu",
            "Grup Guru Honor {SCH}\n[{JAM}] Bendahara Sekolah: Bapak ibu, kirim NPWP untuk potongan pajak honor\n[{JAM}] {F1}: Ini punya sy {F1.npwp}\n[{JAM}] {M2|l}: npwp sy skrg sama dgn nik ya bu? {M2.npwp16}\n[{JAM}] Bendahara Sekolah: Betul pak. NIP tdk perlu. Terima kasih",
        ),
        (
            "nu",
            "Grup Lansia {KEL}\n[{JAM}] Kader Posyandu: Bapa mama, kartu KIS yg nonaktif silakan bawa ke posyandu {TGL}\n[{JAM}] {F1|l}: kartu KIS mama sy {F2.bpjs}, atas nama {F2}\n[{JAM}] Kader Posyandu: Baik, nanti kami cek ke BPJS Kesehatan",
        ),
        (
            "ho",
            "Grup RT {NRT} / RW {NRT}\n[{JAM}] {M1}: Air got meluap lagi masuk rumah sy di {M1.addr}\n[{JAM}] {F2|l}: rumah sy jg bapa, {F2.addrs}\n[{JAM}] Ketua RT: Besok kerja bakti jam 7. Sy sudah surat ke Lurah\n[{JAM}] {M1}: Siap pak RT",
        ),
        (
            "ho",
            "Grup Warga Peduli {KEL}\n[{JAM}] Admin: Info jadwal fogging hari ini: RT {NRT}, RT {NRT} dan RT {NRT}\n[{JAM}] Admin: Yang ada anak demam segera ke {PKM}\n[{JAM}] Posko Kelurahan: Terima kasih admin, petugas sudah di {ROAD}",
        ),
        (
            "ho",
            "Grup Keluarga Besar {M1.f}\n[{JAM}] {F2|l}: Kak, rumah Oma di {ADDRRT} sudah didata BPBD belum? Atapnya rusak kena angin\n[{JAM}] {M1}: Sudah dik, petugas datang kemarin\n[{JAM}] {F2|l}: Syukurlah 🙏",
        ),
        (
            "ho",
            "Grup Ojek {PASAR}\n[{JAM}] Koordinator Pangkalan: Jl. depan pasar ditutup mulai besok, pakai {ROAD}\n[{JAM}] Koordinator Pangkalan: Retribusi parkir tetap {UANG}\n[{JAM}] Admin Grup: Siap bos",
        ),
        (
            "ob",
            "Grup Pelaku UMKM {KEC}\n[{JAM}] Admin Disperindag: Pendaftaran izin usaha gratis. Daftar via WA {OFCHP}.\n[{JAM}] {BIZ}: Pak, NPWP toko kami {NPWPB} sudah ada, apa perlu lagi?\n[{JAM}] Admin Disperindag: Tidak perlu bu. Info lanjut di kantor {ROAD}",
        ),
        (
            "ob",
            "Grup Komite {SCH}\n[{JAM}] Sekretariat Komite: Sumbangan pembangunan transfer ke rekening yayasan {REKB}\n[{JAM}] Sekretariat Komite: Kontak panitia WA {OFCHP}\n[{JAM}] Info Sekolah: Kwitansi diambil di TU",
        ),
        (
            "ob",
            "Grup Pedagang Ikan Oeba\n[{JAM}] {M1|l}: Koperasi minta kita setor ke rekening penampung {REKB}, resmi ka?\n[{JAM}] Admin Koperasi: Resmi. NPWP koperasi {NPWPB}\n[{JAM}] {M1|l}: Ok. Sy setor pakai rek sy sendiri BRI {M1.rekbri}",
        ),
        (
            "ob",
            "Grup Guru {SCH}\n[{JAM}] {F1}: Bapak ibu, email dinas saya ganti jadi {F1.mailgov}, yang lama sudah mati\n[{JAM}] Tata Usaha: Laporan kirim ke tata.usaha.sekolah@gmail.com ya bu\n[{JAM}] {F1}: Siap 🙏",
        ),
        (
            "sc",
            "Grup RT {NRT}\n[{JAM}] Admin RT: ⚠️ HATI-HATI ⚠️ Nomor {SCAMHP} {POSE}, minta kode OTP.\n[{JAM}] Admin RT: Nomor resmi kelurahan hanya telp kantor {OFCTEL}\n[{JAM}] grup warga: siap min",
        ),
        (
            "sc",
            "Grup Gereja {KEL}\n[{JAM}] {F1|l}: Ada yg kenal nomor {SCAMHP}? dia bilang dia pendeta dari sinode, minta sumbangan\n[{JAM}] {M2}: Itu penipu tanta, pendeta sinode sonde minta lewat WA\n[{JAM}] {F1|l}: Terima kasih Om {M2.g}",
        ),
        (
            "sc",
            "Grup Arisan Mama-Mama {KEL}\n[{JAM}] {F1}: Mama2 awas, {F2} bawa lari uang arisan {UANG}. Rek dia BRI {F2.rekbri}\n[{JAM}] {F3|l}: Astaga, sy juga setor ke rekening itu\n[{JAM}] {F1}: Kita lapor polisi sama-sama besok",
        ),
        (
            "sc",
            "Grup Alumni {SCH}\n[{JAM}] {M1}: Teman2, jangan klik link undian {LOAN}, itu pinjol ilegal\n[{JAM}] {M2|l}: Sy sdh kena, mereka tlp kontak sy semua\n[{JAM}] {M1}: Lapor OJK 157 dan SMS 1708",
        ),
        (
            "mx",
            "Grup Sopir Angkot Jalur {N}\n[{JAM}] {M1|l}: Oto sy {M1.plate} kena tilang di {ROAD}\n[{JAM}] {M2}: Sama, oto {M2.plate} juga. Denda {UANG}\n[{JAM}] {M1|l}: Kita ke Dishub besok jam 9",
        ),
        (
            "mx",
            "Grup Posyandu Bunga Bakung\n[{JAM}] Kader: Jadwal imunisasi tgl {TGL} jam 08.00 di Posyandu Bunga Bakung\n[{JAM}] Kader: Bawa buku KIA dan kartu BPJS\n[{JAM}] Bidan Kelurahan: Vaksin MR sudah tersedia",
        ),
        (
            "mx",
            "Grup Warga RT {NRT}\n[{JAM}] {M1}: PDAM bilang sambungan {NOSAMB} atas nama sy diputus, pdhl sdh bayar {UANG}\n[{JAM}] {M1}: Ini nomor sy {M1.hp}, tolong kalau ada yg kenal orang PDAM\n[{JAM}] {F2}: Om coba hubungi hotline PDAM {OFCTEL}",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: letter

T(
    "letter",
    [
        (
            "pe",
            "Kupang, {TGL}\n\nKepada Yth.\nKepala {OFC}\ndi -\nKupang\n\nPerihal: Keberatan atas perlakuan petugas\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : {M1}\nNIK : {M1.nik}\nAlamat : {M1.addrrt}, Kel. {KEL}\n\nmenyampaikan keberatan atas sikap petugas loket Sdr. {M2} yang membentak ibu saya, Ny. {F3}, pada tanggal {TGL}.\n\nHormat saya,\n\n{M1|n}\n\nTembusan:\n1. Wali Kota Kupang\n2. Ombudsman RI Perwakilan NTT",
        ),
        (
            "pe",
            "Kupang, {TGL}\n\nNomor : {SURAT}\nLampiran : 1 berkas\nPerihal : Permohonan perbaikan jalan\n\nKepada Yth. Kepala Dinas PUPR Kota Kupang\n\nDengan hormat,\nKami, Forum Warga Peduli Kota, menyampaikan keluhan warga RT {NRT} sampai RT {NRT} tentang jalan rusak di {ROAD} menuju {SCH}.\n\nHormat kami,\nKetua Forum\n\nTembusan: Camat {KEC}; Lurah {KEL}",
        ),
        (
            "pe",
            "Kepada Yth.\nKepala {SCH}\n\nPerihal: Keberatan atas nilai rapor\n\nDengan hormat,\nSaya {F1}, orang tua dari {P2} (kelas IX), menyatakan keberatan karena nilai anak kami diturunkan oleh guru mata pelajaran Bapak {M3}, S.Pd. tanpa penjelasan.\n\nHormat saya,\n{F1}\nHP {F1.hp}\n\ncc: Komite Sekolah; Dinas Pendidikan dan Kebudayaan Kota Kupang",
        ),
        (
            "pe",
            "Kupang, {TGL}\n\nKepada Yth. Lurah {KEL}\n\nPerihal: Pengaduan\n\nDengan hormat,\nBersama ini kami warga RT {NRT} menyampaikan bahwa pembagian beras bantuan di Kantor Kelurahan tidak merata. Kami mohon daftar penerima diumumkan di papan pengumuman.\n\nHormat kami,\nWarga RT {NRT}\n\nTembusan: Camat {KEC}",
        ),
        (
            "nu",
            "Kupang, {TGL}\n\nKepada Yth.\nKepala KPP Pratama Kupang\n\nPerihal: Keberatan atas STP PPh Orang Pribadi\n\nDengan hormat,\nNama : {P1}\nNPWP : {P1.npwp}\nNIK : {P1.nik}\n\nSaya keberatan atas Surat Tagihan Pajak nomor {SURAT} sebesar {UANG}, karena SPT Tahunan telah saya sampaikan tanggal {TGL} (BPE {TRX}).\n\nHormat saya,\n{P1}",
        ),
        (
            "nu",
            "Kupang, {TGL}\n\nKepada Yth. Kepala Bapenda Kota Kupang\n\nPerihal: Keberatan SPPT PBB-P2 Tahun 2026\n\nDengan hormat,\nSehubungan dengan SPPT PBB NOP {NOP} yang terbit dengan ketetapan {UANG}, kami mohon peninjauan ulang. Pembayaran tahun lalu melalui kode billing {BILL} telah lunas.\n\nTerlampir fotokopi SPPT dan bukti bayar.\n\nHormat kami,\nPengurus Yayasan Pendidikan Kasih",
        ),
        (
            "nu",
            "Perihal: Permohonan Perbaikan Data Kepesertaan JKN-KIS\n\nKepada Yth. Kepala BPJS Kesehatan Cabang Kupang\n\nDengan hormat,\nNama : {F1}\nNo. Kartu JKN : {F1.bpjs}\nNIK : {F1.nik}\nNo. KK : {F1.kk}\n\nKartu saya tercatat sebagai peserta Kota Kupang, namun tanggal lahir tertulis salah. Mohon diperbaiki.\n\nHormat saya,\n{F1}",
        ),
        (
            "nu",
            "Kepada Yth. Kepala Dinas Sosial Kota Kupang\n\nPerihal: Dana BPNT tidak masuk\n\nDengan hormat,\nSaya {M1}, KPM BPNT (NIK {M1.nik}), melaporkan bahwa bantuan periode {TGL} tidak masuk ke rekening BNI saya nomor {M1.rekbni}. Nomor pengaduan sebelumnya {TIX}.\n\nHormat saya,\nttd\n{M1}\n\nTembusan: Pendamping PKH Kel. {KEL}",
        ),
        (
            "ho",
            "Kupang, {TGL}\n\nKepada Yth. Kepala Kantor Pertanahan Kota Kupang\n\nPerihal: Keberatan atas pengukuran tanah\n\nDengan hormat,\nSaya {M1}, beralamat di {M1.addrrt}, Kel. {KEL}, keberatan atas pengukuran oleh petugas tanggal {TGL} yang memasukkan sebagian pekarangan saya ke tanah keluarga {M2.f}.\n\nHormat saya,\n{M1}",
        ),
        (
            "ho",
            "KOP: YAYASAN PENDIDIKAN KASIH\nJl. Kenari No. 23, Kupang\nTelp. {OFCTEL}\n\nNomor : {SURAT}\nPerihal : Permohonan pengangkutan sampah\n\nKepada Yth. Kepala Dinas Lingkungan Hidup dan Kebersihan\n\nSampah di depan sekolah kami di {ROAD} tidak diangkut selama dua minggu.\n\nKetua Yayasan",
        ),
        (
            "ho",
            "Kepada Yth. Lurah {KEL}\n\nPerihal: Pengaduan kebisingan\n\nDengan hormat,\nKami penghuni {ADDRRT} terganggu musik keras dari rumah tetangga {M1} setiap malam sampai jam 02.00.\n\nHormat kami,\n{F2}\n{M3}",
        ),
        (
            "ho",
            "Kupang, {TGL}\n\nKepada Yth. Kepala BPBD Kota Kupang\n\nPerihal: Permohonan bantuan korban angin puting beliung\n\nDengan hormat,\nRumah kami di {ADDRRT} rusak berat tanggal {TGL}. Atap seng terbang seluruhnya. Posko BPBD di {ROAD} sudah mendata.\n\nHormat saya,\n{P1}\nTelp rumah {P1.tel}",
        ),
        (
            "ob",
            "KOP: CV SINAR TIMOR\nJl. Soeharto No. 17, Kupang\nNPWP: {NPWPB}\n\nNomor : {SURAT}\nPerihal : Keberatan atas pembatalan kontrak\n\nKepada Yth. Kepala Dinas PUPR Kota Kupang\n\nKami keberatan atas pembatalan kontrak pekerjaan drainase tanpa teguran. Pembayaran termin ke rekening perusahaan {REKB} belum diterima.\n\nHormat kami,\nDirektur",
        ),
        (
            "ob",
            "Kepada Yth. Kepala DPMPTSP Kota Kupang\n\nPerihal: Izin usaha belum terbit\n\nDengan hormat,\nSaya {F1}, pemilik usaha perorangan laundry kiloan di rumah, NPWP pribadi {F1.npwp}, telah mengajukan NIB sejak {TGL} (nomor registrasi {SURAT}).\n\nHormat saya,\n{F1}\nHP {F1.hp}\nEmail: {F1.mail}",
        ),
        (
            "ob",
            "Nomor : {SURAT}\nPerihal : Keberatan retribusi\n\nKepada Yth. Kepala Dinas Perindag\n\nKoperasi Pedagang Ikan Oeba (NPWP {NPWPB}) keberatan atas kenaikan retribusi los ikan. Iuran anggota disetor ke rekening koperasi {REKB}.\n\nHormat kami,\nPengurus\nTelp. {OFCTEL}",
        ),
        (
            "ob",
            "Kepada Yth. Kepala Dinas Kesehatan Kota Kupang\n\nPerihal: Pengaduan pelayanan apotek\n\n{APOTEK} di {ROAD} menjual obat keras tanpa resep. Nomor WA apotek {BIZHP}. Kami lampirkan struk dengan NPWP apotek {NPWPB}.\n\nHormat kami,\nForum Orang Tua Peduli Narkoba",
        ),
        (
            "sc",
            "Kepada Yth. Kapolresta Kupang Kota\n\nPerihal: Laporan penipuan\n\nDengan hormat,\nSaya {F1}, NIK {F1.nik}, HP {F1.hp}, melaporkan penipuan oleh pemilik nomor {SCAMHP} yang {POSE}. Saya mentransfer {UANG} ke rekening BRI {M2.rekbri} a.n. {M2}.\n\nHormat saya,\n{F1}",
        ),
        (
            "sc",
            "Kupang, {TGL}\n\nKepada Yth. Kepala OJK Provinsi NTT\n\nPerihal: Pengaduan pinjaman online ilegal\n\nDengan hormat,\nSaya {M1} melaporkan aplikasi {LOAN} yang menyebarkan data saya ke kontak, termasuk istri saya {F2} ({F2.hp}). Pinjaman {UANG} kini ditagih {UANG}.\n\nHormat saya,\n{M1}",
        ),
        (
            "sc",
            "PENGUMUMAN\nNomor : {SURAT}\n\nDinas Sosial Kota Kupang tidak pernah meminta biaya pencairan bantuan. Nomor {SCAMHP} dan email {SCAMMAIL} yang mengatasnamakan Dinas Sosial adalah penipuan. Pengaduan resmi: SMS 1708 atau {OFCTEL}.\n\nKepala Dinas Sosial Kota Kupang",
        ),
        (
            "sc",
            "Kepada Yth. Kepala Cabang Bank NTT\n\nPerihal: Pemblokiran rekening\n\nSaya {P1}, nasabah dengan nomor rekening {P1.rekntt}, menjadi korban telepon dari {SCAMHP} yang {POSE}. Mohon rekening saya diblokir sementara.\n\nHormat saya,\n{P1}",
        ),
        (
            "mx",
            "Kupang, {TGL}\n\nKepada Yth. Kepala Dinas Perhubungan Kota Kupang\n\nPerihal: Pengaduan angkot ugal-ugalan\n\nDengan hormat,\nSaya {P1} ({P1.addrs}) melaporkan angkot nomor polisi {PLATE} yang menabrak pagar rumah saya tanggal {TGL} lalu kabur.\n\nHormat saya,\n{P1}\nHP {P1.hp}\n\nTembusan: Satlantas Polresta Kupang Kota",
        ),
        (
            "mx",
            "Kepada Yth. Kepala Dinas Pendidikan dan Kebudayaan\n\nPerihal: Keberatan hasil PPDB Jalur Zonasi\n\nDengan hormat,\nNama orang tua: {M1}\nNIK: {M1.nik}\nNo. KK: {M1.kk}\nAlamat: {M1.addrrt}\nNama anak: {P2}\nNISN: {NISN}\n\nAnak kami tidak diterima di {SCH} padahal jarak rumah kurang dari 500 m.\n\nHormat saya,\n{M1}",
        ),
        (
            "mx",
            "Nomor : {SURAT}\nSifat : Penting\nPerihal : Tindak lanjut laporan warga\n\nKepada Yth. Camat {KEC}\n\nBersama ini kami teruskan laporan warga tentang banjir di {ROAD} (tiket {TIX}). Mohon koordinasi dengan BPBD (call center {OFCTEL}).\n\nLurah {KEL}",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: call_log

T(
    "call_log",
    [
        (
            "pe",
            "CATATAN CALL CENTER 112 KOTA KUPANG\nTgl/Jam : {TGL} {JAM}\nPelapor : {M1}\nNo. HP : {M1.hp}\nLaporan : Tetangga pelapor, Oma {F2}, jatuh di kamar mandi, tidak bisa bangun. Ambulans dikirim dari {PKM}.\nPetugas : {F3.g}",
        ),
        (
            "pe",
            "Petugas: Call center 112, dengan {F1.g}, ada yang bisa dibantu?\nPenelepon: Sore kaka, mau lapor ada pohon tumbang di {ROAD}.\nPetugas: Ada korban?\nPenelepon: Sonde ada, cuma jalan tertutup.\nPetugas: Baik, kami teruskan ke BPBD. Terima kasih.",
        ),
        (
            "pe",
            "Rekaman panggilan {TGL} {JAM}\nAgen: Dukcapil Kota Kupang, selamat pagi.\nPenelepon: Pagi. Saya mau tanya akta lahir anak saya, atas nama {P2}.\nAgen: Boleh nama Bapak/Ibu?\nPenelepon: {F1}.\nAgen: Baik Ibu {F1.g}, aktanya sudah jadi, nomor akta {AKTA}, bisa diambil di loket 3.",
        ),
        (
            "pe",
            "Petugas: Halo, call center Pemkot.\nPenelepon: Halo, saya mau komplain soal guru honor yang belum digaji di {SCH}.\nPetugas: Nama sekolahnya sudah saya catat. Ibu mau identitasnya dirahasiakan?\nPenelepon: Iya, rahasiakan saja.\nPetugas: Baik, nomor tiket {TIX}.",
        ),
        (
            "nu",
            "Petugas: BPJS Kesehatan, dengan {M9.g}. Ada yang bisa dibantu?\nPenelepon: Kartu saya tidak aktif.\nPetugas: Nomor kartunya?\nPenelepon: {P1.bpjs}.\nPetugas: NIK Bapak/Ibu?\nPenelepon: {P1.nik17}.\nPetugas: Terima kasih, statusnya nonaktif karena tunggakan {UANG}.",
        ),
        (
            "nu",
            "Petugas: PDAM Kota Kupang. Boleh nomor sambungannya?\nPenelepon: {NOSAMB}.\nPetugas: Tagihan bulan ini {UANG}, jatuh tempo {TGL}.\nPenelepon: Kenapa besar sekali?\nPetugas: Kami buatkan laporan pengecekan meter, nomor {TIX}.",
        ),
        (
            "nu",
            "Petugas: Kring Pajak, selamat siang.\nWajib pajak: Siang, saya mau tanya NPWP saya yang lama masih berlaku?\nPetugas: NPWP Bapak?\nWajib pajak: {M1.npwp}.\nPetugas: Sekarang NPWP orang pribadi sudah pakai NIK. NIK Bapak?\nWajib pajak: {M1.nikcall}.\nPetugas: Baik, sudah padan.",
        ),
        (
            "nu",
            "Operator: Bank NTT, dengan {F9.g}.\nNasabah: Saya mau blokir rekening, HP saya hilang.\nOperator: Nomor rekening?\nNasabah: {P1.rekntt}.\nOperator: Atas nama?\nNasabah: {P1}.\nOperator: Sudah kami blokir. Nomor laporan {TIX}.",
        ),
        (
            "ho",
            "LOG PENGADUAN PDAM\nTiket : {TIX}\nPelapor : Bpk. {M1}, warga {M1.rt}\nKeluhan : Pipa bocor di depan rumah pelapor sejak {TGL}, air terbuang.\nAlamat pelapor : {M1.addrs}, Kel. {KEL}\nStatus : Diteruskan ke tim teknis",
        ),
        (
            "ho",
            "Petugas: PLN 123, ada yang bisa dibantu?\nPenelepon: Lampu jalan di {ROAD} mati semua, dari {PASAR} sampai {SCH}.\nPetugas: Untuk lampu jalan itu kewenangan Dinas Perhubungan, Pak.\nPenelepon: Aduh. Nomor mereka?\nPetugas: Silakan ke {OFCTEL}.",
        ),
        (
            "ho",
            "Catatan telepon masuk {TGL} {JAM}\nPenelepon: Ibu {F1}, tinggal di {F1.addrrt}\nIsi: Banjir setinggi lutut masuk rumah. Ada lansia dan bayi.\nTindakan: Tim BPBD berangkat {JAM}. Hubungi balik ke {F1.hp}.",
        ),
        (
            "ho",
            "Petugas: Satpol PP, selamat malam.\nPenelepon: Malam, di {ROAD} ada pesta musik keras sampai jam 2.\nPetugas: Di rumah siapa, Pak?\nPenelepon: Sonde tahu, pokoknya dekat {PKM}.\nPetugas: Baik, regu patroli kami arahkan.",
        ),
        (
            "ob",
            "Petugas: Dinas Perindag, selamat siang.\nPenelepon: Siang, saya mau lapor {BIZ} jual minyak goreng di atas HET.\nPetugas: Nomor toko ada?\nPenelepon: Di spanduk tulis {BIZHP}.\nPetugas: Baik, tim pengawas turun besok. Nomor kami {OFCTEL} kalau ada tambahan.",
        ),
        (
            "ob",
            "Agen: DPMPTSP, dengan {F9.g}.\nPenelepon: Saya pemilik usaha perorangan, NPWP pribadi saya {M1.npwp}. NIB saya belum terbit.\nAgen: Atas nama?\nPenelepon: {M1}.\nAgen: Berkas Bapak kurang surat domisili usaha.",
        ),
        (
            "ob",
            "Agen: Helpdesk PPDB Kota Kupang.\nPenelepon: Email dari panitia masuk dari ppdb.kotakupang@gmail.com, benar itu?\nAgen: Benar, itu alamat resmi. Untuk pertanyaan lain WA {OFCHP}.\nPenelepon: Baik, terima kasih.",
        ),
        (
            "ob",
            "Petugas: Bapenda, ada yang bisa dibantu?\nPenelepon: Saya mau bayar pajak restoran untuk {RM}, NPWPD-nya {NPWPB}.\nPetugas: Kode billing sudah kami kirim, {BILL}, berlaku sampai {TGL}.\nPenelepon: Terima kasih.",
        ),
        (
            "sc",
            "Petugas: Call center Dinas Sosial.\nPenelepon: Saya dapat telepon dari {SCAMHP}, dia bilang dia dari Dinas Sosial, suruh transfer {UANG}.\nPetugas: Itu penipuan, Ibu. Kami tidak pernah minta uang.\nPenelepon: Syukur saya belum transfer.\nPetugas: Boleh nomor Ibu untuk kami catat?\nPenelepon: {F1.hp}, nama saya {F1}.",
        ),
        (
            "sc",
            "LOG 112 - {TGL}\nJenis : Penipuan telepon\nUraian : Pelapor menerima telepon dari {SCAMHP} yang {POSE}. Pelapor tidak memberi data. Diteruskan ke Polresta.\nPelapor minta identitas dirahasiakan.",
        ),
        (
            "sc",
            "Petugas: OJK, ada yang bisa dibantu?\nPenelepon: Saya diteror pinjol {LOAN}. Mereka hubungi suami saya {M2} di {M2.hp}.\nPetugas: Ibu pernah beri izin akses kontak?\nPenelepon: Sonde, langsung saja.\nPetugas: Nama Ibu?\nPenelepon: {F1}.",
        ),
        (
            "sc",
            "Operator: BRI, dengan {M9.g}.\nNasabah: Saya tertipu, sudah transfer ke rekening {M2.rekbri} a.n. {M2}, orang jual tiket kapal.\nOperator: Nomor yang menghubungi Ibu?\nNasabah: {SCAMHP}, dia mengaku agen resmi ASDP.\nOperator: Kami proses laporan {TIX}.",
        ),
        (
            "mx",
            "CATATAN CALL CENTER\nPelapor : {M1}\nNIK : {M1.nik}\nHP : {M1.hp}\nEmail : {M1.maild}\nLaporan : Mobil {PLATE} parkir di depan rumah pelapor {M1.addrs} sudah 5 hari, diduga curian.\nDiteruskan : Polsek {KEC}",
        ),
        (
            "mx",
            "Petugas: Dinkes, selamat pagi.\nPenelepon: Pagi, di {PKM} vaksin polio habis sudah dua minggu.\nPetugas: Kami cek stok. Nomor tiket {TIX}, silakan pantau di lapor.go.id.\nPenelepon: Terima kasih.",
        ),
        (
            "mx",
            "Petugas: Dukcapil, ada yang bisa dibantu?\nPenelepon: KK saya salah cetak.\nPetugas: Nomor KK-nya?\nPenelepon: {F1.kkcall4}.\nPetugas: Atas nama?\nPenelepon: {F1}, tinggal {F1.rt} Kel. {KEL}.\nPetugas: Baik Ibu, datang bawa KK asli, antrian online {ANTRI}.",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: social_comment

T(
    "social_comment",
    [
        (
            "pe",
            "Info Kupang Terkini\nSelamat jalan guru kami {M1}, pengabdian 30 tahun di {SCH}. 🙏\nKomentar:\n{F2|l}: Pak {M1.g} guru terbaik sy dulu\n{M3}: RIP bapa\nkupang_bersuara: turut berduka",
        ),
        (
            "pe",
            "Kupang Bersuara\nAntrian di {PKM} sejak subuh, loket baru buka jam 09.00. Petugas santai main HP.\nKomentar:\nkupangviral: parah\nDinkes Kota Kupang: Terima kasih masukannya, sudah kami teruskan ke kepala puskesmas.\nadmin_kupanginfo: mantap min",
        ),
        (
            "pe",
            "Grup FB Suara Warga {KEL}\nCari keluarga: anak hilang atas nama {P1} (7 thn), terakhir terlihat di {PASAR}. Yang lihat hubungi mamanya {F2} {F2.hp}\nKomentar:\n{M3|l}: sudah share kaka\n{F4}: semoga cepat ketemu",
        ),
        (
            "pe",
            "Kupang Info\nTerima kasih kepada tim Damkar yang cepat datang ke kebakaran di {ROAD} semalam. Salam damai dan sehat selalu.\nKomentar:\nwarga_oesapa: hebat damkar\nBPBD Kota Kupang: Tetap waspada musim kemarau",
        ),
        (
            "nu",
            "Suara Warga Kupang\nPBB sy naik 3x lipat, NOP {NOP}, ada yg sama? 😡\nKomentar:\n{M1|l}: sy jg, tagihan {UANG}\nBapenda Kota Kupang: Silakan ajukan keberatan ke kantor kami, bawa SPPT. Info: {OFCTEL}\n{F2}: makasih infonya",
        ),
        (
            "nu",
            "Forum Warga Kupang\nSaya sudah 3x ke Dukcapil, NIK anak saya {P2.nik} tidak muncul di KK. Nomor KK kami {P1.kkb|f}. Tolong admin teruskan.\n- {P1}\nKomentar:\nDukcapil Kota Kupang: Mohon hapus data pribadi dari postingan, silakan DM kami.\n{F3|l}: jangan taruh NIK di FB kaka",
        ),
        (
            "nu",
            "Info Kupang\nToken listrik tdk masuk, sudah beli {UANG}, no token {TOKEN}. CS PLN bilang tunggu 3x24 jam. Tiket {TIX}\nKomentar:\nplnkupang_fans: sabar\n{M1}: sy jg sama, ID pel {IDPEL}",
        ),
        (
            "nu",
            "Grup Peserta JKN Kupang\nKartu KIS saya {F1.bpjs} dinonaktifkan, katanya data tidak padan dengan NIK {F1.nik}. Mohon bantuan.\nKomentar:\n{M2|l}: ke kantor BPJS {ROAD} kaka\nBPJS Kesehatan Kupang: Silakan hubungi Care Center 165.",
        ),
        (
            "ho",
            "Suara Warga {KEL}\nGot di depan rumah kami {ADDRRT} tersumbat sejak bulan lalu, nyamuk banyak, 2 anak DBD. 😢\nKomentar:\n{F1|l}: sy tetangga, betul sekali\n{M2}: @dinaspupr tolong",
        ),
        (
            "ho",
            "Kupang Hari Ini\nJalan di {ROAD} depan {SCH} berlubang besar, sudah ada yang jatuh. Lampu jalan juga mati.\nKomentar:\nkupang_bersuara: sudah lama itu\nDinas PUPR Kota Kupang: Sudah masuk jadwal perbaikan minggu depan.\nwarga_kupang: semoga bukan janji",
        ),
        (
            "ho",
            "Jual Beli Kupang\nRumah kontrakan sy di {ADDRS} kosong, tapi air PDAM tdk pernah mengalir. Sy bayar abonemen tiap bulan.\nKomentar:\n{M1|l}: rumah sy di {ADDRRT} jg sama\n{F2}: lapor SMS 1708 saja",
        ),
        (
            "ho",
            "Info Bencana NTT\nBanjir di {KEL}, warga RT {NRT} dan RT {NRT} mengungsi ke {SCH}. Posko BPBD buka 24 jam.\nKomentar:\nrelawan_ntt: kami kirim logistik\nBPBD Kota Kupang: Call center {OFCTEL}",
        ),
        (
            "ob",
            "Kuliner Kupang\n{RM} buka cabang baru di {ROAD}! Pesan antar WA {BIZHP}. Diskon 10% minggu ini.\nKomentar:\nfoodie_kupang: enak se'i nya\n{F1|l}: harga berapa kaka?",
        ),
        (
            "ob",
            "Suara Warga Kupang\nKenapa parkir di {RS} sekarang {UANG}? Ada karcis tapi tidak ada nama pengelola.\nKomentar:\nDishub Kota Kupang: Parkir di RS dikelola pihak ketiga, pengaduan ke {OFCHP}.\nkupangviral: mahal sekali",
        ),
        (
            "ob",
            "Forum UMKM Kupang\nSaya {F1}, jualan kue dari rumah, usaha perorangan. Mau daftar halal gratis tapi diminta NPWP, ini NPWP pribadi saya {F1.npwp16g}, cukup?\nKomentar:\nDinas Koperasi dan UKM: Cukup ibu, NPWP badan tidak wajib.\n{M2|l}: sukses kaka",
        ),
        (
            "ob",
            "Info Sekolah Kupang\nPPDB {SCH}: berkas kirim ke ppdb.kotakupang@gmail.com, pertanyaan WA panitia {OFCHP}.\nKomentar:\n{F1}: email sy {F1.mail} sudah kirim tapi belum ada balasan\nortu_kupang: sabar bu",
        ),
        (
            "sc",
            "WASPADA PENIPUAN!\nAkun FB palsu atas nama Wali Kota menawarkan bantuan UMKM. Nomor yang dipakai {SCAMHP}. Jangan transfer ke siapa pun.\nKomentar:\nkupang_bersuara: sudah sy report\n{F1|l}: sy hampir kena",
        ),
        (
            "sc",
            "Kupang Bersuara\nHati-hati mama-mama, ada yang telpon {POSE}, minta data KK. Nomor {SCAMHP}.\nKomentar:\n{M1}: nomor itu juga telpon sy kemarin\n{F2|l}: astaga",
        ),
        (
            "sc",
            "Grup Korban Pinjol NTT\nSy {F1}, korban {LOAN}. Data sy disebar, mereka bilang sy pencuri. Mereka juga telpon adik sy {M2.g} di {M2.hp}.\nKomentar:\nadmin_grup: lapor ke OJK 157\n{F3}: sabar kaka, sy juga korban",
        ),
        (
            "sc",
            "Jual Beli Motor Kupang\nAwas penipu! Orang ini jual motor {PLATE} pakai foto curian. Sy sudah transfer ke rek Mandiri {M1.rekmdr} a.n. {M1}.\nKomentar:\n{M2|l}: sy kenal dia, tinggal di {M1.addrs}\n{F3}: lapor polisi kaka",
        ),
        (
            "mx",
            "Info Kupang\nMohon bantu share: Oto pick up {PLATE} tabrak lari di {ROAD} jam {JAM}. Korban {M1} dirawat di {RS}.\nKomentar:\n{F2|l}: semoga cepat ketemu pelakunya\nkupang_bersuara: ada cctv di toko dekat situ",
        ),
        (
            "mx",
            "Kupang Hari Ini\nPemadaman listrik 8 jam tanpa pemberitahuan di {KEL}. Kulkas rusak. PLN tanggung jawab!\nKomentar:\nPLN UP3 Kupang: Mohon maaf, ada gangguan penyulang. Info di PLN 123.\nwarga_kupang: tiap minggu begini",
        ),
        (
            "mx",
            "Suara Warga {KEL}\nAnjing tetangga gigit anak sy {P2.g} di depan rumah {ADDRRT}. Pemilik anjing, Bapa {M3}, tdk mau tanggung jawab. Sudah lapor RT.\nKomentar:\n{F4|l}: bawa ke {PKM} untuk VAR kaka\n{M5}: anjing itu sering lepas",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: official_reply

T(
    "official_reply",
    [
        (
            "pe",
            "TANGGAPAN ATAS PENGADUAN {TIX}\nKepada Yth. Bapak {M1}\ndi {M1.addrs}\n\nMenindaklanjuti pengaduan Bapak tanggal {TGL} mengenai sikap petugas loket, kami telah memanggil yang bersangkutan, Sdri. {F2}, dan memberikan teguran tertulis.\n\nKepala {OFC}\n\n{M3}\nNIP {NIP}",
        ),
        (
            "pe",
            "Tanggapan Admin LAPOR! Kota Kupang:\nTerima kasih atas laporan Anda (nomor {TIX}). Laporan telah diteruskan kepada {OFC} untuk ditindaklanjuti dalam 5 hari kerja. Pantau status di lapor.go.id atau SMS 1708.\n\nSalam,\nAdmin SP4N-LAPOR! Kota Kupang",
        ),
        (
            "pe",
            "DISPOSISI\nNo. Agenda : {SURAT}\nDari : Wali Kota Kupang\nKepada : Kepala Dinas Pendidikan dan Kebudayaan\nIsi : Tindak lanjuti pengaduan orang tua murid {SCH} a.n. {F1} tentang guru {M2} yang memungut uang les. Laporkan hasilnya.\nTgl : {TGL}",
        ),
        (
            "pe",
            "SURAT PEMBERITAHUAN\nNomor : {SURAT}\n\nDiberitahukan kepada warga RT {NRT} bahwa pelayanan posyandu lansia dipindahkan ke Aula Kantor Kelurahan {KEL} mulai {TGL}.\n\nLurah {KEL}",
        ),
        (
            "nu",
            "Yth. Ibu {F1}\nNIK {F1.nik}\n\nBerdasarkan verifikasi, kepesertaan JKN-KIS Ibu dengan nomor kartu {F1.bpjs|f} telah diaktifkan kembali per {TGL} sebagai peserta PBI APBD.\n\nHormat kami,\nBPJS Kesehatan Cabang Kupang\nCare Center 165",
        ),
        (
            "nu",
            "TANGGAPAN BAPENDA\nNomor : {SURAT}\n\nKeberatan PBB-P2 atas NOP {NOP} telah diproses. Ketetapan baru {UANG}. Kode billing baru {BILL} berlaku sampai {TGL}. Pembayaran melalui Bank NTT atau kanal resmi.\n\nKepala Bidang Pendapatan",
        ),
        (
            "nu",
            "Balasan Dukcapil atas pengaduan {TIX}:\nYth. Sdr. {M1}, perbaikan KK Saudara nomor {M1.kk} telah selesai. NIK anak Saudara, {P2}, tercatat {P2.nik}. KK baru dapat diambil di loket 2 atau dicetak mandiri.\nPetugas: {F3}",
        ),
        (
            "nu",
            "LAPORAN TINDAK LANJUT\nTiket : {TIX}\nIsi : Pelapor melaporkan tagihan air tidak wajar (No. sambungan {NOSAMB}). Hasil cek meter: meter rusak, tagihan dikoreksi menjadi {UANG}.\nStatus : Selesai\nUnit : PDAM Kota Kupang",
        ),
        (
            "ho",
            "TANGGAPAN DINAS PUPR\nKepada Yth. Ibu {F1}\nAlamat: {F1.addrrt}\n\nPengaduan Ibu tentang saluran tersumbat di depan rumah telah ditindaklanjuti. Tim kebersihan drainase telah membersihkan saluran pada {TGL}.\n\nKepala Bidang Sumber Daya Air\n{M2}",
        ),
        (
            "ho",
            "PEMBERITAHUAN PEMELIHARAAN JARINGAN\nPLN UP3 Kupang memberitahukan pemadaman pada {TGL} pukul {JAM}-{JAM} di {ROAD}, {KEL} dan sekitarnya. Informasi: PLN 123.",
        ),
        (
            "ho",
            "Tindak lanjut laporan banjir (tiket {TIX}):\nTim BPBD telah mendatangi rumah pelapor Bpk. {M1} di {M1.addrrt} dan rumah Ibu {F2} di {F2.addrs}. Bantuan terpal dan sembako telah diserahkan.\nPosko BPBD Kota Kupang, {OFCTEL}",
        ),
        (
            "ho",
            "TANGGAPAN KELURAHAN {KEL|u}\nPengaduan warga RT {NRT} tentang lampu jalan di {ROAD} sudah kami teruskan ke Dinas Perhubungan (surat {SURAT}).\nKantor Kelurahan {KEL}, Jl. Amabi No. 30, telp {OFCTEL}",
        ),
        (
            "ob",
            "TANGGAPAN DPMPTSP\nNIB atas nama usaha {COMP} telah terbit. NPWP badan {NPWPB}. Dokumen dapat diunduh di OSS.\nInformasi lebih lanjut: WA {OFCHP}, email dpmptsp@kupangkota.go.id.",
        ),
        (
            "ob",
            "Yth. Bapak {M1}\nEmail: {M1.mail}\n\nPengaduan Bapak tentang {BIZ} telah kami periksa. Toko tersebut telah diberi teguran. Nomor kontak toko ({BIZHP}) sudah kami hubungi.\n\nSeksi Pengawasan Barang Beredar\nDinas Perindag Kota Kupang\nTelp. {OFCTEL}",
        ),
        (
            "ob",
            "SURAT EDARAN\nNomor : {SURAT}\n\nPembayaran retribusi pasar hanya melalui rekening Kas Daerah Bank NTT {REKB} atau petugas berseragam dengan karcis resmi. Pengaduan: {OFCHP}.\n\nKepala Dinas Perindag",
        ),
        (
            "ob",
            "Balasan untuk Ibu {F1} ({F1.mailgov}):\nHonor guru di {SCH} untuk triwulan II telah ditransfer ke rekening masing-masing, termasuk rekening Ibu di Bank NTT {F1.rekntt}. Mohon dicek.\nBendahara Dinas Pendidikan",
        ),
        (
            "sc",
            "PENGUMUMAN RESMI\nDinas Sosial Kota Kupang tidak pernah meminta biaya. Nomor {SCAMHP} dan email {SCAMMAIL} bukan milik kami. Pengaduan: SMS 1708, WA center {OFCHP}.",
        ),
        (
            "sc",
            "Tanggapan Polresta Kupang Kota\nKepada Yth. Ibu {F1}\nLaporan penipuan dari nomor {SCAMHP} yang {POSE} telah diterima (LP/{N}/2026). Rekening tujuan transfer, BRI {M2.rekbri} a.n. {M2}, telah diajukan pemblokiran.\nPenyidik: Bripka {M3}",
        ),
        (
            "sc",
            "Tanggapan OJK NTT\nYth. Sdr. {M1}, aplikasi {LOAN} tidak terdaftar di OJK. Pengaduan Saudara ({TIX}) kami teruskan ke Satgas PASTI. Data kontak yang disebar, termasuk nomor keluarga Saudara {F2.hp}, kami catat sebagai bukti.",
        ),
        (
            "sc",
            "INFO RESMI BAPENDA\nTidak ada petugas yang menagih pajak lewat WA. Nomor {SCAMHP} mengaku pegawai Bapenda. Pembayaran hanya melalui kode billing resmi. Pertanyaan: {OFCTEL}.",
        ),
        (
            "mx",
            "LAPORAN TINDAK LANJUT PENGADUAN\nTiket : {TIX}\nPelapor : {P1}\nHP : {P1.hp}\nAlamat : {P1.addrrt}\nKendaraan : {P1.plate}\nUraian : Kendaraan pelapor diderek Dishub dari depan rumah sendiri. Setelah dicek, penderekan tidak sesuai prosedur. Biaya derek {UANG} dikembalikan.\nPetugas: {M2}",
        ),
        (
            "mx",
            "Tanggapan Dinas Kesehatan\nStok vaksin MR di {PKM} telah dipenuhi tanggal {TGL}. Jadwal imunisasi kejar di Posyandu Bunga Bakung. Informasi: {OFCTEL}.\nTiket {TIX} ditutup.",
        ),
        (
            "mx",
            "Yth. Bapak {M1},\nSehubungan pengaduan nomor {TIX}, bantuan sosial untuk keluarga Bapak (No. KK {M1.kk}) telah dicairkan ke rekening BSI {M1.rekbsi} a.n. {M1}. Nomor HP terdaftar {M1.hp}.\nPendamping Sosial: {F2}",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: scan_ocr

T(
    "scan_ocr",
    [
        (
            "pe",
            "PROVINSI NUSA TENGGARA TlMUR\nKOTA KUPANG\nNIK : {M1.nikocr}\nN a m a : {M1|u}\nTempat/Tgl Lahir : KUPANG, 1O-O4-1983\nJenis Kelamin : LAKI-LAKI Gol. Darah : O\nAlamat : {M1.addrs|u}\n[[address:RT/RW : 0{NRT|r}/0{NRT|r}]]\nKel/Desa : {KEL|u}\nKecamatan : {KEC|u}\nAgama : KRISTEN\nPekerjaan : PETANl/PEKEBUN",
        ),
        (
            "pe",
            "SURAT KETERANGAN\nNomor : {SURAT}\n\nLurah {KEL} menerangkan bahwa acara ibadah syukur di Gedung Gereja GMIT Koinonia (Jl. Thamrin No. 67) tidak mengganggu ketertiban.\n\nDikeluarkan di : Kupang\nPada tanggal : {TGL}\n\nLURAH {KEL|u}\ncap & ttd",
        ),
        (
            "pe",
            "KARTU KELUARGA\nNo. {M1.kkb}\nNama Kepala Keluarga : {M1|u}\nAlamat : {M1.addrs|u}\n[[address:RT/RW : 0{NRT|r}/0{NRT|r}]]\nNo | Nama Lengkap | NIK | Hubungan\n1 | {M1|u} | {M1.nikb} | KEPALA KELUARGA\n2 | {F2|u} | {F2.nikb} | ISTRI\n3 | {P3|u} | {P3.nikb} | ANAK",
        ),
        (
            "pe",
            "SURAT PERNYATAAN\n\nYang bertanda tangan di bawah ini:\nNama : {F1|u}\nNlK : {F1.nikocr}\nmenyatakan bahwa anak saya {P2|u} benar tinggal bersama saya.\n\nKupang, {TGL}\nYang menyatakan,\n\n{F1|u}\n\nSaksi: Ketua RT {NRT}",
        ),
        (
            "nu",
            "KARTU INDONESIA SEHAT\nNo. Kartu : {P1.bpjs}\nNama : {P1|u}\nNIK : {P1.nikb}\nTgl Lahir : 0S-ll-1990\nFaskes Tk. I : {PKM|u}\nKelas : III",
        ),
        (
            "nu",
            "STRUK PEMBAYARAN PBB-P2\nBANK NTT\nNOP : {NOP}\nTahun : 2026\nKode Billing : {BILL}\nJumlah : {UANG}\nTgl Bayar : {TGL} {JAM}\nNo. Ref : {TRX}\nSimpan struk ini sebagai bukti pembayaran yang sah",
        ),
        (
            "nu",
            "KARTU NPWP\nDIREKTORAT JENDERAL PAJAK\nNPWP : {M1.npwpo}\n{M1|u}\nNIK : {M1.nikb}\n{M1.addrs|u}\nKUPANG\nTanggal Terdaftar : {TGL}",
        ),
        (
            "nu",
            "BUKTI SETOR TABUNGAN\nBRI Unit {KEL}\nNo. Rekening : {P1.rekbri}\nNama : {P1|u}\nJumlah Setoran : {UANG}\nNo. Transaksi : {TRX}\nTeller : {KODE}",
        ),
        (
            "ho",
            "SURAT KETERANGAN DOMISILI\nNomor : {SURAT}\n\nYang bertanda tangan di bawah ini Lurah {KEL}, menerangkan:\nNama : {P1|u}\nNIK : {P1.nikb}\nAlamat : {P1.addrrt|u}\nbenar berdomisili di wilayah kami.\n\nKupang, {TGL}\nLURAH {KEL|u}",
        ),
        (
            "ho",
            "PENGUMUMAN RT {NRT} / RW {NRT}\nIURAN SAMPAH DAN KEAMANAN BULAN {TGL|u}\nSEBESAR {UANG} PER RUMAH\nDIBAYAR Dl SEKRETARIAT RT, JL. KENARl NO. 2\nKETUA RT",
        ),
        (
            "ho",
            "BERITA ACARA PENGUKURAN\nNo. {SURAT}\nLetak tanah : {KEL|u}\nPemohon : {M1|u}\nAlamat pemohon : {M1.addrrt|u}\nBatas utara : tanah keluarga {M2.f|u}\nBatas selatan : {ROAD|u}\nPetugas ukur : {M3|u}",
        ),
        (
            "ho",
            "DENAH LOKASI POSYANDU\nPosyandu Bunga Bakung\nBelakang Kantor Kelurahan {KEL}, samping {SCH}\nJadwal: setiap tgl 10, jam 08.00\nKontak Puskesmas: {OFCTEL}",
        ),
        (
            "ob",
            "STRUK PENJUALAN\n{BIZ|u}\n{ROAD|u} NO. 45, KUPANG\nTELP/WA {BIZHP}\nNPWP : {NPWPB}\n------------------\nGAS LPG 3KG 1 x {UANG}\nTOTAL {UANG}\nTERIMA KASIH",
        ),
        (
            "ob",
            "FAKTUR PAJAK\nPengusaha Kena Pajak:\nNama : {COMP|u}\nNPWP : {NPWPB}\nAlamat : {ROAD|u} NO. 17, KUPANG\nPembeli:\nNama : DINAS PUPR KOTA KUPANG\nNPWP : {NPWPB}\nNo. Faktur : 010.000-26.{KODE}",
        ),
        (
            "ob",
            "FORMULIR PENDAFTARAN NIB PERORANGAN\nNama Pemilik : {F1|u}\nNIK : {F1.nikb}\nNPWP : {F1.npwp16}\nNo. HP : {F1.hpb}\nNama Usaha : Kios Mama Ester\nAlamat Usaha : {PASAR|u} LOS {N}",
        ),
        (
            "ob",
            "KOP: DINAS KESEHATAN KOTA KUPANG\nJl. S. K. Lerik, Kelapa Lima\nTelp. {OFCTEL} Email: dinkes.kotakupang@gmail.com\n\nNomor : {SURAT}\nPerihal : Undangan rapat koordinasi imunisasi\n\nKepada Yth. Kepala {PKM}",
        ),
        (
            "sc",
            "[tangkapan layar]\nPESAN MASUK dari {SCAMHP}\nSELAMAT! Anda penerima bantuan UMKM {UANG} dari Kemensos. Klaim lewat email {SCAMMAIL} dan bayar admin ke VA {VA}.\nBalas YA untuk lanjut",
        ),
        (
            "sc",
            "[tangkapan layar WA]\n{SCAMHP}: Yth bapak/ibu, kami dari PLN, tagihan anda menunggak {UANG}. Bayar sekarang ke rek {BANK} a.n. PT PLN KUPANG REGIONAL\n{SCAMHP}: Jika tdk bayar listrik diputus hari ini",
        ),
        (
            "sc",
            "BUKTI TRANSFER\nBRImo\nTanggal : {TGL} {JAM}\nRekening Tujuan : {M1.rekbri}\nNama Penerima : {M1|u}\nNominal : {UANG}\nBerita : DP MOTOR\nNo. Ref : {TRX}\n(bukti transfer ke penipu jual motor)",
        ),
        (
            "sc",
            "[tangkapan layar pinjol]\n{LOAN}\nNama peminjam : {F1|u}\nNo. HP : {F1.hpocr}\nKontak darurat : {M2|u} - {M2.hpb}\nTagihan : {UANG}\nJatuh tempo : {TGL}",
        ),
        (
            "mx",
            "SURAT TILANG\nNo. {SURAT}\nNama : {M1|u}\nNo. SIM : {KODE}{KODE}\nNo. Polisi : {M1.plate|u}\nPasal : 288\nDenda titipan : {UANG}\nAlamat : {M1.addrrt|u}",
        ),
        (
            "mx",
            "SURAT RUJUKAN\n{PKM|u}\nNama Pasien : {P1|u}\nNo. BPJS : {P1.bpjs}\nNIK : {P1.nik}\nDirujuk ke : {RS|u}\nDiagnosa : DBD\nDokter : dr. {M2}",
        ),
        (
            "mx",
            "FORMULIR BIODATA PENDUDUK\nNama : {F1|un}\nNIK : {F1.nikb}\nNo. KK : {F1.kkb}\nNo. HP : {F1.hpb}\nEmail : {F1.mail}\nAlamat : {F1.addrrt|u}\nNama Ayah : {M2|u}\nNama lbu : {F3|u}",
        ),
    ],
)

# --------------------------------------------------------------------------- templates: kupang_malay

T(
    "kupang_malay",
    [
        (
            "pe",
            "Pak, beta {F1.g} dari {KEL}. Beta pung mama, Oma {F2}, su tiga bulan sonde dapat bantuan lansia. Petugas bilang nama sonde ada. Tolong dolo bosong cek.",
        ),
        (
            "pe",
            "Kaka dong di {PKM} tu kasar sa. Beta bawa ana demam, dong suru tunggu sampe siang. Sonde ada yang urus. Beta sonde mau sebut nama, nanti dong marah.",
        ),
        (
            "pe",
            "[voice note diketik] Halo bapa, ini beta {M1.g|l}. Beta pung tetangga, Om {M2.g}, dong panggil dia [[name:Nyong]] sa. Dia pung anjing gigit beta pung ana {P3.g}. Dia sonde mau tanggung jawab.",
        ),
        (
            "pe",
            "Bosong dengar ko sonde, guru di {SCH} pukul ana-ana pake kayu. Su banyak orang tua mengeluh. Sapa yang bisa lapor ke dinas?",
        ),
        (
            "nu",
            "Beta pung NIK {P1.nik}, tapi di BPJS tatulis lain. Kartu KIS nomor {P1.bpjs} su sonde aktif. Beta {P1|l}, tolong dolo.",
        ),
        (
            "nu",
            "Bapa, PBB beta naik sampe {UANG}, NOP {NOP}. Beta su bayar pake kode billing {BILL} tapi di aplikasi masih tunggak. Bagaimana ni?",
        ),
        (
            "nu",
            "Kaka, NIK istri beta di KK tatulis {F2.nik}, padahal yang betul lain. Nomor KK beta {M1.kk}. Beta {M1}, HP {M1.hp}.",
        ),
        (
            "nu",
            "Token listrik sonde masuk. Beta su beli {UANG}, ID pelanggan {IDPEL}. CS bilang tunggu. Tiket {TIX}. Su dua hari gelap ni.",
        ),
        (
            "ho",
            "Aer got masuk di beta pung rumah lai, di {P1.addrrt}. Tiap ujan sama. RT su lapor tapi sonde ada yang datang. Beta {P1.g|l}.",
        ),
        (
            "ho",
            "Jalan di {ROAD} tu su rusak dari taon lalu, oto sonde bisa lewat. Ana sekolah jalan kaki ke {SCH}. Bosong dari PUPR kapan datang?",
        ),
        (
            "ho",
            "Aer PDAM sonde jalan di RT {NRT} deng RT {NRT} su satu minggu. Kami beli aer tangki {UANG}. Tolong dolo.",
        ),
        (
            "ho",
            "Beta pung rumah di {ADDRS}, atap su terbang kena angin tadi malam. Mama deng ade dong su tidor di tetangga pung rumah. Bantuan BPBD kapan?",
        ),
        (
            "ob",
            "{DEPOT} tu jual aer kotor, ada lumut di galon. Nomor depot {BIZHP}. Dinkes tolong periksa dolo.",
        ),
        (
            "ob",
            "Kantor lurah {KEL} tutup jam 12, padahal katanya buka sampe jam 3. Beta telpon {OFCTEL} juga sonde angkat.",
        ),
        (
            "ob",
            "Beta jual ikan di {PASAR}, usaha sendiri. NPWP beta {M1.npwp}. Petugas bilang beta harus bayar pajak badan. Itu betul ko? Beta {M1}.",
        ),
        (
            "ob",
            "Bank pung nomor resmi {OFCTEL}, beta telpon sonde angkat. Beta mau tanya kenapa rekening beta di Bank NTT {P1.rekntt} diblokir. Beta {P1}.",
        ),
        (
            "sc",
            "Hati-hati e, ada orang telpon pake nomor {SCAMHP}, dia bilang dia dari Dinas Sosial, minta foto KK. Jang kasi!",
        ),
        (
            "sc",
            "Beta pung ade {F2} kena tipu pinjol {LOAN}. Dong telpon beta di {M1.hp}, bilang beta harus bayar. Beta {M1.g}, beta sonde pernah pinjam.",
        ),
        (
            "sc",
            "Nomor {SCAMHP} tu bilang dia dari Bapenda, suru bayar pajak ke rekening pribadi. Sonde betul to? Kantor Bapenda pung nomor {OFCTEL} ko?",
        ),
        (
            "sc",
            "Beta su transfer {UANG} ke {M2} pung rekening BRI {M2.rekbri}, dia bilang jual motor {PLATE}. Sekarang dia sonde angkat. Beta pung nomor {F1.hp}.",
        ),
        (
            "mx",
            "Bapa polisi, beta pung motor {P1.plate} ilang di depan {PASAR}. Beta {P1}, tinggal di {P1.addrrt}, HP {P1.hpd|z}.",
        ),
        (
            "mx",
            "Bosong tau ko sonde, di {KEL} su banyak ana kena DBD. {PKM} bilang fogging tunggu dolo. Beta takut ni.",
        ),
        (
            "mx",
            "Beta mau daftar ana di {SCH}, tapi sistem PPDB bilang NIK ana {P2.nik} su terdaftar di sekolah lain. Beta pung email {P1.maild}, sonde ada balasan dari panitia. Beta {P1}.",
        ),
    ],
)


if __name__ == "__main__":
    main()
