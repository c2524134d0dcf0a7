#!/usr/bin/env python3
"""Build redaction_dev3.jsonl: a development corpus of Kota Kupang complaint texts rich in
numbers, labelled by the annotation guide (docs/redaction-annotation-guide.md) only.

Texts are templates holding inline labels `[[kind:value]]`; slots `{slot}` are filled from a
seeded random generator (identity numbers, names, addresses, and unlabelled look-alikes such as
amounts, dates, billing codes, meter numbers, office lines).  The labels are then stripped and
exact Python offsets are computed and verified.

Deterministic: same output on every run (seed below).  Run: python3 make_dev3.py
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261204
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "redaction_dev3.jsonl"

KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
IDENTITY_KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate"}

NBSP = "\u00a0"
ZWSP = "\u200b"
FW = str.maketrans("0123456789", "０１２３４５６７８９")

R = random.Random(SEED)


def L(kind, value):
    """Inline label."""
    assert kind in KINDS, kind
    return f"[[{kind}:{value}]]"


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


# ----------------------------------------------------------------------------- names
FIRST_M = ["Yohanes", "Frans", "Dominggus", "Yakob", "Marthen", "Welem", "Petrus", "Melkianus",
           "Imanuel", "Ferdinand", "Umbu", "Ahmad", "Yusuf", "Benediktus", "Aloysius", "Lukas",
           "Matheos", "Oktovianus", "Yermias", "Simon", "Kornelis", "Arnoldus", "Jefri", "Rio",
           "Stefanus", "Daniel", "Yosef", "Agus", "Nikson", "Habel", "Obed", "Sem", "Roby",
           "Alfred", "Gusti", "Hendrik", "Markus", "Yunus", "Abraham", "Ishak", "Fredik",
           "Vinsensius", "Kristoforus", "Herman", "Jhoni"]
FIRST_F = ["Maria", "Agustina", "Yanti", "Vivi", "Gracia", "Selfi", "Sofi", "Yuliana", "Ester",
           "Adriana", "Novi", "Rambu", "Siti", "Nur", "Kristina", "Theresia", "Fransiska",
           "Yosefina", "Delfi", "Ribka", "Ance", "Orpa", "Yublina", "Blandina", "Dorkas", "Chika",
           "Stevi", "Rosalina", "Yuli", "Merlin", "Ina", "Susana", "Marlin", "Elisabeth",
           "Debora", "Naomi", "Sarlota", "Yance", "Mery", "Lince", "Irma", "Veronika", "Indah",
           "Kasih"]
MIDDLE = ["Goreti", "Magdalena", "Imaculata", "Yosef", "Paulus", "Kristian", "Sonya", "Adelia"]
FAMILY = ["Ndun", "Manafe", "Tefa", "Benu", "Lay", "Bessie", "Riwu Kaho", "Therik", "Pah",
          "Nenobais", "Tanone", "Amalo", "Fanggidae", "Mooy", "Ratu", "Lobo", "Kapitan", "Bana",
          "Nope", "Taneo", "Sinlae", "Lado", "Haning", "Dethan", "Foeh", "Sabaat", "Messakh",
          "Toelle", "Nalle", "Ully", "Nitbani", "Kase", "Saek", "Boimau", "Seran", "Bere",
          "Nahak", "Klau", "Pello", "Adoe", "Lenggu", "Kore", "Lomi", "Dimu", "Ledo", "Wadu",
          "Bire", "Tualaka", "Neolaka", "Radja Haba", "Mau", "Tamelab", "Kolo", "Baun"]


def first():
    return R.choice(FIRST_M + FIRST_F)


def fullname_plain():
    r = R.random()
    f = first()
    if r < 0.12:
        return f"{f} {R.choice(MIDDLE)} {R.choice(FAMILY)}"
    if r < 0.20:
        return f"{f[0]}. {R.choice(FAMILY)}"
    return f"{f} {R.choice(FAMILY)}"


# ----------------------------------------------------------------------------- places
KEL = ["Oebufu", "Oebobo", "Kayu Putih", "Liliba", "Oesapa", "Oesapa Barat", "Sikumana", "Bello",
       "Naikolan", "Fatululi", "Kelapa Lima", "Pasir Panjang", "Oetete", "Naikoten I",
       "Bakunase", "Penfui", "Lasiana", "Alak", "Namosain", "Nunbaun Sabu", "Manulai II", "Oepura",
       "Fatukoa", "Maulafa", "Kolhua", "Belo", "Tuak Daun Merah", "Airnona", "Nefonaek",
       "Fontein", "Solor", "Merdeka", "Oeba", "Fatubesi", "Nunhila", "Batuplat", "Penkase Oeleta"]
KEC = ["Alak", "Maulafa", "Oebobo", "Kota Raja", "Kelapa Lima", "Kota Lama"]
STREETS = ["Jl. Nangka", "Jl. Kelinci", "Jl. Amabi", "Jl. Palapa", "Jl. Timor Raya",
           "Jl. Bakti Karya", "Jl. Kenari", "Jl. Sumba", "Jl. Rote", "Jl. Cak Doko",
           "Jl. Perintis Kemerdekaan", "Jl. Adisucipto", "Jl. Fetor Funay", "Jl. Air Lobang",
           "Jl. Jambu", "Jl. Kancil", "Jl. Rusa", "Jl. Beringin", "Jl. Bundaran PU",
           "Jl. Manafe", "Jl. Samratulangi", "Jl. Alfons Nisnoni", "Jl. Kejora", "Jl. Sukun",
           "Jl. Oebufu Raya", "Jl. Thamrin", "Jl. Flamboyan", "Jl. Kartini", "Jl. Prof. Dr. Herman Johannes",
           "Jl. W.J. Lalamentik", "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. El Tari",
           "Jl. Soeharto", "Jl. Moh. Hatta", "Jl. Shopping Center", "Jl. Gunung Fatuleu"]
GANG = ["Gg. Kakatua", "Gg. Merpati", "Gg. Sepakat", "Gg. Mawar", "Gg. Kenanga", "Gg. Damai",
        "Gg. Pelita", "Gg. Rajawali"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


def rtn(width=None):
    n = R.randint(1, 40)
    w = width if width else R.choice([1, 2, 2, 3])
    return str(n).zfill(w)


def rtrw_plain():
    a, b = rtn(), str(R.randint(1, 12)).zfill(R.choice([1, 2, 2, 3]))
    f = R.choice(["RT {a} RW {b}", "RT {a}/RW {b}", "RT.{a}/RW.{b}", "RT {a} / RW {b}",
                  "rt {a} rw {b}", "RT{a}/RW{b}", "RT {a}"])
    return f.format(a=a, b=b)


def houseno():
    n = str(R.randint(1, 160))
    r = R.random()
    if r < 0.12:
        n += R.choice("ABC")
    return R.choice(["No. ", "No ", "no. ", "No.", "nomor "]) + n


def street_addr():
    r = R.random()
    if r < 0.55:
        return f"{R.choice(STREETS)} {houseno()}"
    if r < 0.75:
        return f"{R.choice(GANG)} {houseno()}"
    if r < 0.9:
        return f"{R.choice(STREETS)} Gg. {R.randint(1, 9)} {houseno()}"
    return f"Jalan {R.choice(STREETS)[4:]} {houseno()}"


# ----------------------------------------------------------------------------- NIK / KK
REGENCY = {"5371": 6, "5301": 24, "5302": 32, "5303": 24, "5304": 12, "5305": 17, "5314": 11,
           "5320": 6, "5321": 12, "5310": 12, "5311": 22, "5307": 21, "5308": 21}
REG_WEIGHTS = ["5371"] * 8 + ["5301"] * 4 + ["5302"] * 2 + list(REGENCY)


def nik_digits(female=None, region=None):
    reg = region or R.choice(REG_WEIGHTS)
    dist = str(R.randint(1, REGENCY[reg])).zfill(2)
    day = R.randint(1, 28)
    if female is None:
        female = R.random() < 0.5
    if female:
        day += 40
    mon = R.randint(1, 12)
    yr = R.randint(1948, 2012) % 100
    serial = str(R.randint(1, 3200)).zfill(4)
    return f"{reg}{dist}{day:02d}{mon:02d}{yr:02d}{serial}"


def kk_digits():
    reg = R.choice(REG_WEIGHTS)
    dist = str(R.randint(1, REGENCY[reg])).zfill(2)
    d = R.randint(1, 28)
    m = R.randint(1, 12)
    y = R.randint(5, 25)
    return f"{reg}{dist}{d:02d}{m:02d}{y:02d}{str(R.randint(1, 9000)).zfill(4)}"


def group16(s, style):
    if style == "block":
        return s
    if style == "4s":
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    if style == "dots":  # 53.71.04.120589.0003
        return f"{s[0:2]}.{s[2:4]}.{s[4:6]}.{s[6:12]}.{s[12:16]}"
    if style == "4dash":
        return "-".join(s[i:i + 4] for i in range(0, 16, 4))
    if style == "6-6-4":
        return f"{s[0:6]} {s[6:12]} {s[12:]}"
    raise ValueError(style)


def nik_fmt(s=None):
    s = s or nik_digits()
    return group16(s, R.choice(["block"] * 5 + ["4s"] * 3 + ["dots"] * 2 + ["6-6-4", "4dash"]))


def oddify(s):
    """Insert NBSP / zero-width space, or turn digits full-width."""
    mode = R.choice(["nbsp", "zwsp", "fw", "fw", "zwsp_mid"])
    if mode == "nbsp":
        if " " in s:
            return s.replace(" ", NBSP)
        i = R.randint(3, len(s) - 3)
        while not (s[i - 1].isdigit() and s[i].isdigit()):
            i = R.randint(3, len(s) - 3)
        return s[:i] + NBSP + s[i:]
    if mode in ("zwsp", "zwsp_mid"):
        i = R.randint(2, len(s) - 2)
        while not (s[i - 1].isdigit() and s[i].isdigit()):
            i = R.randint(2, len(s) - 2)
        return s[:i] + ZWSP + s[i:]
    return s.translate(FW)


def nik_typo_value():
    """Letter O for 0 / l for 1 (at least one), as typed after a NIK word."""
    s = nik_digits()
    idx = [i for i, c in enumerate(s) if c in "01"]
    lst = list(s)
    for i in R.sample(idx, k=min(len(idx), R.randint(1, 3))):
        lst[i] = R.choice("OOo") if lst[i] == "0" else R.choice("llI")
    return "".join(lst)


def nik_len_value():
    """15 or 17 digits: a digit dropped or doubled, still meant as a NIK."""
    s = nik_digits()
    i = R.randint(6, 15)
    v = s[:i] + s[i + 1:] if R.random() < 0.5 else s[:i] + s[i] + s[i:]
    if R.random() < 0.25:
        v = v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:]
    return v


# ----------------------------------------------------------------------------- phones
TSEL = ["0811", "0812", "0813", "0821", "0822", "0823", "0851", "0852", "0853"]
ISAT = ["0814", "0815", "0816", "0855", "0856", "0857", "0858"]
XL = ["0817", "0818", "0819", "0859", "0877", "0878"]
OTHER = ["0895", "0896", "0897", "0881", "0882"]


def mobile_digits():
    pre = R.choice(TSEL * 4 + ISAT * 2 + XL * 2 + OTHER)
    n = R.choice([7, 8, 8, 8, 9])  # 11-13 digits in all
    return pre + digits(n)


def group_rest(rest, sep):
    # split the national part after '8xx' into chunks of 4 (last may be 3..5)
    parts, i = [], 0
    while len(rest) - i > 5:
        parts.append(rest[i:i + 4])
        i += 4
    parts.append(rest[i:])
    return sep.join(parts)


def phone_fmt(d=None):
    d = d or mobile_digits()  # '0812xxxxxxxx'
    nat = d[1:]  # '812xxxxxxxx'
    head, rest = nat[:3], nat[3:]
    f = R.choice(["plain", "plain", "dash", "dash", "space", "space", "dot", "p62dash",
                  "p62plain", "62plain", "62space", "62dash", "p62space", "odd", "4-space-rest"])
    if f == "plain":
        return d
    if f == "dash":
        return "0" + head + "-" + group_rest(rest, "-")
    if f == "space":
        return "0" + head + " " + group_rest(rest, " ")
    if f == "dot":
        return "0" + head + "." + group_rest(rest, ".")
    if f == "p62dash":
        return "+62 " + head + "-" + group_rest(rest, "-")
    if f == "p62plain":
        return "+62" + nat
    if f == "62plain":
        return "62" + nat
    if f == "62space":
        return "62 " + head + " " + group_rest(rest, " ")
    if f == "62dash":
        return "62-" + head + "-" + group_rest(rest, "-")
    if f == "p62space":
        return "+62 " + head + " " + group_rest(rest, " ")
    if f == "odd":  # irregular grouping people type
        return d[:4] + "-" + d[4:7] + "-" + d[7:]
    return d[:4] + " " + d[4:]


def home_fmt():
    n = R.choice(["8" + digits(5), "8" + digits(5), "8" + digits(6)])
    f = R.choice(["0380 {n}", "(0380) {n}", "0380-{n}", "(0380) {a} {b}", "0380.{a}.{b}",
                  "(0380)-{n}", "0380 {a} {b}"])
    a, b = n[:3], n[3:]
    if len(n) == 7 and "{a} {b}" in f:
        a, b = n[:4], n[4:]
    return f.format(n=n, a=a, b=b)


def office_fmt():
    n = "8" + digits(5)
    f = R.choice(["(0380) {a} {b}", "0380-{a} {b}", "(0380) {n}", "0380 {n}", "0380-{n}"])
    return f.format(n=n, a=n[:3], b=n[3:])


# ----------------------------------------------------------------------------- npwp, bpjs, bank
def npwp_old_digits():
    return R.choice(["0", "1", "2", "4", "5", "6", "7", "8", "9"]) + digits(1) + digits(7) + \
        digits(3) + R.choice(["000", "000", "000", "001", digits(3)])


def npwp_fmt():
    s = npwp_old_digits()
    r = R.random()
    if r < 0.18:  # new 16-digit: NIK or 0 + old
        if R.random() < 0.5:
            return nik_fmt()
        t = "0" + s
        return R.choice([t, " ".join(t[i:i + 4] for i in range(0, 16, 4))])
    f = R.choice(["std", "std", "std", "spaces", "plain", "nodash", "dots_all", "dash_only",
                  "std_nospace_after"])
    a, b, c, d, e, g = s[0:2], s[2:5], s[5:8], s[8], s[9:12], s[12:15]
    if f == "std":
        return f"{a}.{b}.{c}.{d}-{e}.{g}"
    if f == "spaces":
        return f"{a} {b} {c} {d} {e} {g}"
    if f == "plain":
        return s
    if f == "nodash":
        return f"{a}.{b}.{c}.{d}{e}.{g}"
    if f == "dots_all":
        return f"{a}.{b}.{c}.{d}.{e}.{g}"
    if f == "dash_only":
        return f"{a}{b}{c}{d}-{e}{g}"
    return f"{a}.{b}.{c}.{d} - {e}.{g}"


def bpjs_fmt():
    s = "000" + digits(10)
    return R.choice([s, s, s, f"{s[:4]} {s[4:8]} {s[8:12]} {s[12]}", f"{s[:4]}-{s[4:8]}-{s[8:]}",
                     f"{s[:3]} {s[3:7]} {s[7:10]} {s[10:]}"])


def bank_pair(bank=None):
    bank = bank or R.choice(["BRI", "BRI", "BNI", "Mandiri", "BCA", "Bank NTT", "Bank NTT", "BSI"])
    if bank == "BRI":
        s = digits(4, True) + "01" + digits(6) + digits(2) + digits(1)
        v = R.choice([f"{s[:4]}-{s[4:6]}-{s[6:12]}-{s[12:14]}-{s[14]}", s,
                      f"{s[:4]} {s[4:6]} {s[6:12]} {s[12:14]} {s[14]}", f"{s[:4]}.{s[4:6]}.{s[6:12]}.{s[12:14]}.{s[14]}"])
    elif bank == "BNI":
        s = R.choice(["0", "08", "1", "3"]) if False else R.choice(["0" + digits(9), "08" + digits(8), digits(10, True)])
        v = R.choice([s, s, f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])
    elif bank == "Mandiri":
        s = R.choice(["161", "152", "180", "123"]) + "00" + digits(8)
        v = R.choice([s, f"{s[:3]}-{s[3:5]}-{s[5:12]}-{s[12]}", f"{s[:3]} {s[3:5]} {s[5:12]} {s[12]}"])
    elif bank == "BCA":
        s = R.choice(["315", "027", "784", "886"]) + digits(7)
        v = R.choice([s, f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:4]} {s[4:8]} {s[8:]}"])
    elif bank == "BSI":
        s = "7" + digits(9)
        v = R.choice([s, f"{s[:4]} {s[4:7]} {s[7:]}"])
    else:  # Bank NTT 001.01.02.123456-7
        s = "0" + digits(2) + "0" + digits(1) + "02" + digits(6) + digits(1)
        v = R.choice([f"{s[:3]}.{s[3:5]}.{s[5:7]}.{s[7:13]}-{s[13]}", s,
                      f"{s[:3]}-{s[3:5]}-{s[5:7]}-{s[7:13]}-{s[13]}", f"{s[:3]}.{s[3:5]}.{s[5:7]}.{s[7:14]}"])
    return bank, v


# ----------------------------------------------------------------------------- plates
SUFFIX = ["A", "AB", "AK", "AL", "AN", "AP", "AQ", "AR", "KA", "KB", "KD", "KE", "KF", "Q", "RK",
          "BA", "CB", "X", "JT"]


def plate_fmt():
    reg = R.choice(["DH"] * 6 + ["EB", "EB", "ED"])
    num = str(R.randint(1, 9999))
    suf = R.choice(SUFFIX)
    f = R.choice(["{r} {n} {s}"] * 6 + ["{r}{n}{s}", "{r} {n}{s}", "{r}-{n}-{s}"])
    v = f.format(r=reg, n=num, s=suf)
    if R.random() < 0.2:
        v = v.lower()
    return v


# ----------------------------------------------------------------------------- emails
def email_for(name=None):
    name = name or fullname_plain()
    parts = re.sub(r"[^a-z ]", "", name.lower()).split()
    f = parts[0] if parts else "user"
    l = parts[-1] if len(parts) > 1 else "ntt"
    user = R.choice([f"{f}.{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l}", f"{l}.{f}{R.randint(70, 99)}",
                     f"{f}{R.randint(1980, 2005)}", f"{f}.{l}.kpg"])
    dom = R.choice(["gmail.com"] * 5 + ["yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com"])
    return f"{user}@{dom}"


# ----------------------------------------------------------------------------- look-alikes
def rp():
    v = R.choice([50, 75, 100, 125, 150, 200, 250, 300, 350, 400, 450, 500, 600, 750, 800, 900,
                  1000, 1200, 1250, 1500, 1750, 2000, 2400, 2500, 3000, 3500, 4750]) * 1000
    s = f"{v:,}".replace(",", ".")
    f = R.choice([f"Rp {s}", f"Rp{s}", f"Rp. {s}", f"Rp {s},-", f"Rp{s},00", f"Rp {s}", f"Rp.{s}", f"IDR {s}"])
    return f.replace(" ", NBSP, 1) if R.random() < 0.04 else f


def rps():
    v = R.choice([2000, 3000, 4000, 5000, 6000, 7000, 7500, 10000, 15000, 20000, 25000, 30000, 50000])
    s = f"{v:,}".replace(",", ".")
    return R.choice([f"Rp {s}", f"Rp{s}", f"Rp. {s}", f"{v // 1000} ribu", f"{v // 1000}rb", f"Rp {s},-"])


def rpl():
    v = R.choice([5, 7, 12, 25, 48, 75, 120, 250, 480]) * 1_000_000 + R.choice([0, 0, 500_000, 250_000])
    s = f"{v:,}".replace(",", ".")
    return R.choice([f"Rp {s}", f"Rp{s},00", f"Rp. {s},-"])


def rp_words():
    return R.choice([f"{R.randint(2, 9)},{R.randint(1, 9)} juta", f"{R.randint(1, 20)} juta",
                     f"{R.choice([50, 75, 100, 150, 200, 300, 500])} ribu",
                     f"{R.randint(10, 950)}rb", f"{R.randint(2, 9)}jt", f"Rp {R.randint(1, 9)},{R.randint(1, 9)} miliar"])


def date_num():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026, 2026, 2026])
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}",
                     f"{d}-{m}-{str(y)[2:]}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}"])


def date_words():
    d, m, y = R.randint(1, 28), R.randint(0, 11), R.choice([2025, 2026, 2026])
    return R.choice([f"{d} {MONTHS[m]} {y}", f"{d} {MONTHS[m]}", f"{d} {MONTHS[m][:3]} {y}"])


def time_(c):
    lo = c.get("_h", 6)
    h = R.randint(lo, min(22, lo + 5)) if "_h" in c else R.randint(6, 15)
    c["_h"] = min(h + 1, 22)
    mi = R.choice([0, 0, 15, 30, 45, 10, 20, 40, 5])
    return R.choice([f"{h:02d}.{mi:02d}", f"{h:02d}.{mi:02d} WITA", f"{h}:{mi:02d}", f"{h:02d}.{mi:02d} wita",
                     f"{h:02d}:{mi:02d} WITA", f"{h:02d}.{mi:02d}"])


def token20():
    s = digits(20)
    return R.choice([" ".join(s[i:i + 4] for i in range(0, 20, 4)), s, "-".join(s[i:i + 4] for i in range(0, 20, 4))])


def ticket():
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    r = R.random()
    if r < 0.3:
        return "-".join("".join(R.choice(al) for _ in range(k)) for k in (4, 4, 3))
    if r < 0.5:
        return f"#LPR-{R.choice([2025, 2026])}-{digits(4)}-{digits(4)}"
    if r < 0.7:
        return f"{digits(4)}-{digits(4)}-{digits(3)}"
    if r < 0.85:
        return f"TKT{digits(9)}"
    return f"KPG/{R.choice([2025, 2026])}/{digits(5)}"


def lapor_no():
    return R.choice([f"LAPOR-5371-{R.choice([2025, 2026])}-{digits(5)}", f"#{digits(7)}",
                     f"{R.choice([2025, 2026])}{digits(8)}", f"LPR{digits(10)}"])


def surat():
    return R.choice([f"{R.choice([700, 800, 900, 400, 500, 140, 470])}/{R.randint(10, 999)}/{R.choice(['INSP', 'DINKES', 'DUKCAPIL', 'PUPR', 'KEL', 'DINSOS', 'BPKAD', 'SETDA'])}/{R.choice([2025, 2026])}",
                     f"{R.randint(1, 400)}/{R.choice(['DINKES', 'KEL.OBB', 'DISDIK', 'DLHK'])}/{R.choice(['III', 'VI', 'IX', 'XI'])}/{R.choice([2025, 2026])}",
                     f"503/PBG/{R.choice([2025, 2026])}/{digits(5)}", f"B-{R.randint(100, 999)}/{R.randint(10, 99)}.{R.randint(10, 99)}/{R.choice([2025, 2026])}"])


def reg_no():
    return R.choice([f"5371-LU-{R.randint(10, 28)}{R.randint(10, 12)}{R.choice([2025, 2026])}-{digits(4)}",
                     f"REG/{digits(6)}/{R.choice([2025, 2026])}", f"PBG-5371-{digits(11)}", f"SKL/{digits(4)}/{R.randint(1, 12)}/2026"])


def order_no():
    return R.choice([f"INV/{R.choice([2025, 2026])}{R.randint(1, 12):02d}{R.randint(1, 28):02d}/MPL/{digits(9)}",
                     f"ORD-{digits(5)}", f"#{digits(10)}", f"TRX{digits(12)}", f"INV-{digits(4)}-{digits(3)}"])


def va():
    return R.choice([f"8808 {digits(4)} {digits(4)} {digits(4)}", f"8808{digits(12)}",
                     f"{R.choice(['88810', '12345', '70012'])} {digits(12)}", f"988 {digits(4)} {digits(4)} {digits(4)} {digits(2)}"])


def pdam():
    return R.choice([f"{R.randint(1, 9):02d}-{R.randint(1, 12):02d}-{digits(6)}", digits(8, True),
                     f"{digits(2)}.{digits(2)}.{digits(5)}", digits(6, True)])


def pln():
    return R.choice(["5312" + digits(8), "5371" + digits(8), "53" + digits(10), f"5312 {digits(4)} {digits(4)}"])


def meter():
    return R.choice(["14" + digits(9), "45" + digits(9), "32" + digits(10), "56" + digits(9)])


def nop():
    return f"53.71.0{R.randint(10, 60)}.0{R.randint(10, 20)}.0{digits(2)}-{digits(4)}.{R.randint(0, 9)}"


def hotline():
    return R.choice(["112", "1708", "110", "113", "119", "123", "0800-1-555-888", "0800 1 371 371",
                     "1500-046", "14017", "165"])


def wa_center():
    return phone_fmt()


def npsn():
    return "503" + digits(5)


def nisn():
    return R.choice(["00", "01", "3", "0"]) + digits(8) if False else R.choice(["00" + digits(8), "01" + digits(8), "3" + digits(9)])


def nip():
    y, m, d = R.randint(1968, 1995), R.randint(1, 12), R.randint(1, 28)
    s = f"{y}{m:02d}{d:02d} {R.randint(1990, 2022)}{R.randint(1, 12):02d} {R.randint(1, 2)} {digits(3)}"
    return R.choice([s, s.replace(" ", "")])


FILL = {
    # ---- labelled
    "nik": lambda c: L("nik", maybe_odd(nik_fmt())),
    "nikk": lambda c: L("nik", nik_fmt(nik_digits(region=R.choice(["5301", "5302", "5303", "5314", "5321", "5311"])))),
    "nik_odd": lambda c: L("nik", oddify(nik_fmt())),
    "nik_typo": lambda c: L("nik", nik_typo_value()),
    "nik_len": lambda c: L("nik", nik_len_value()),
    "nikw": lambda c: L("nik", nik_fmt(nik_digits(female=True))),
    "nikm": lambda c: L("nik", nik_fmt(nik_digits(female=False))),
    "kk": lambda c: L("kk", group16(kk_digits(), R.choice(["block"] * 6 + ["4s", "4s", "dots", "6-6-4"]))),
    "kk_odd": lambda c: L("kk", oddify(group16(kk_digits(), R.choice(["block", "4s"])))),
    "npwp": lambda c: L("npwp", maybe_odd(npwp_fmt())),
    "npwp16": lambda c: L("npwp", R.choice([nik_digits(), "0" + npwp_old_digits()])),
    "npwp_odd": lambda c: L("npwp", oddify(npwp_fmt())),
    "phone": lambda c: L("phone", maybe_odd(phone_fmt())),
    "hp": lambda c: L("phone", mobile_digits()),
    "phone_odd": lambda c: L("phone", oddify(phone_fmt())),
    "home": lambda c: L("phone", home_fmt()),
    "email": lambda c: L("email", email_for(c.get("_lastname"))),
    "bpjs": lambda c: L("bpjs", maybe_odd(bpjs_fmt())),
    "rek": lambda c: (lambda p: f"{p[0]} {L('bank_account', p[1])}")(bank_pair()),
    "rekno": lambda c: L("bank_account", bank_pair(c.get("_bank"))[1]),
    "rek_bni08": lambda c: L("bank_account", "08" + digits(8)),
    "plate": lambda c: L("plate", plate_fmt()),
    "name": lambda c: L("name", _name(c)),
    "name_low": lambda c: L("name", _name(c).lower()),
    "name_cap": lambda c: L("name", _name(c).upper()),
    "fname": lambda c: L("name", first()),
    "fname_m": lambda c: L("name", R.choice(FIRST_M)),
    "fname_f": lambda c: L("name", R.choice(FIRST_F)),
    "name_m": lambda c: L("name", _gname(c, False)),
    "name_f": lambda c: L("name", _gname(c, True)),
    "family": lambda c: L("name", R.choice(FAMILY)),
    "addr": lambda c: L("address", street_addr()),
    "addr_rt": lambda c: L("address", f"{street_addr()}{R.choice([', ', ' ', ', '])}{rtrw_plain()}"),
    "rtrw": lambda c: L("address", rtrw_plain()),
    # ---- unlabelled look-alikes
    "rp": lambda c: rp(),
    "rps": lambda c: rps(),
    "rpl": lambda c: rpl(),
    "s": lambda c: str(R.randint(1, 9)),
    "name_typo": lambda c: L("name", name_typo(c.get("_lastname") or fullname_plain())),
    "rpw": lambda c: rp_words(),
    "date": lambda c: date_num(),
    "tgl": lambda c: date_words(),
    "time": lambda c: time_(c),
    "month": lambda c: R.choice(MONTHS),
    "year": lambda c: str(R.choice([2024, 2025, 2026])),
    "pln": lambda c: pln(),
    "meter": lambda c: meter(),
    "pdam": lambda c: pdam(),
    "token": lambda c: token20(),
    "va": lambda c: va(),
    "billing": lambda c: R.choice(["8202" + digits(11), "0312" + digits(12), digits(15, True)]),
    "nop": lambda c: nop(),
    "ticket": lambda c: ticket(),
    "lapor": lambda c: lapor_no(),
    "surat": lambda c: surat(),
    "reg": lambda c: reg_no(),
    "order": lambda c: order_no(),
    "trx16": lambda c: R.choice(["2026", "2025"]) + digits(12),
    "office": lambda c: office_fmt(),
    "officed": lambda c: office_fmt().replace("(0380) ", "").replace("0380-", "").replace("0380 ", ""),
    "hotline": lambda c: hotline(),
    "wa_center": lambda c: wa_center(),
    "kodepos": lambda c: str(R.choice([85111, 85112, 85113, 85114, 85115, 85116, 85117, 85118, 85119, 85121, 85141, 85142, 85148, 85228, 85361])),
    "km": lambda c: R.choice([str(R.randint(2, 40)), f"{R.randint(2, 30)},{R.randint(1, 9)}", f"{R.randint(2, 30)}.{R.randint(1, 9)}"]),
    "n": lambda c: str(R.randint(2, 30)),
    "big": lambda c: f"{R.randint(1, 9)}.{digits(3)}",
    "pct": lambda c: R.choice([str(R.randint(5, 95)), f"{R.randint(5, 95)},{R.randint(1, 9)}"]),
    "room": lambda c: R.choice([str(R.randint(101, 420)), f"{R.choice('ABC')}{R.randint(1, 30)}", str(R.randint(1, 20))]),
    "route": lambda c: R.choice([str(R.randint(1, 15)), f"{R.randint(1, 15)}{R.choice('AB')}", f"0{R.randint(1, 9)}"]),
    "npsn": lambda c: npsn(),
    "nisn": lambda c: nisn(),
    "nip": lambda c: nip(),
    "bpjstk": lambda c: R.choice(["2" + digits(10), "1" + digits(10), "26" + digits(9)]),
    "sim": lambda c: R.choice([f"{digits(4)}-{digits(4)}-{digits(6)}", f"{digits(4)}{digits(8)}"]),
    "antrian": lambda c: R.choice([f"A-{R.randint(1, 150):03d}", f"{R.randint(1, 150):03d}", f"B{R.randint(1, 99):02d}", str(R.randint(1, 150))]),
    "kel": lambda c: R.choice(KEL),
    "kec": lambda c: R.choice(KEC),
    "street": lambda c: R.choice(STREETS),
    "no": lambda c: str(R.randint(1, 120)),
    "rtn": lambda c: rtn(),
    "sd": lambda c: f"SD Inpres {R.choice(KEL)} {R.randint(1, 4)}",
    "smp": lambda c: f"SMP Negeri {R.randint(1, 20)} Kupang",
    "noinv": lambda c: f"{digits(3)}/{R.choice(['KWT', 'INV', 'KOM'])}/{R.randint(1, 12)}/{R.choice([2025, 2026])}",
    "hp_digits": lambda c: mobile_digits(),
    "nik_shaped": lambda c: nik_digits(region="5371"),
    "office_rek": lambda c: bank_pair("Bank NTT")[1],
    "rm": lambda c: R.choice(["00", "01", "RM-"]) + digits(R.choice([6, 8, 11])),
    "kontrak": lambda c: f"{R.randint(600, 640)}/{R.randint(10, 999)}/PPK-BM/{R.choice([2025, 2026])}",
}


def name_typo(v):
    """The same person's name as an office misspelt it."""
    m = re.search(r"(\w)\1", v)
    if m:
        return v[:m.start()] + v[m.start() + 1:]
    for a, b in (("y", "i"), ("i", "y"), ("e", "i"), ("o", "u"), ("u", "o"), ("a", "e")):
        k = v.rfind(a)
        if k > 0:
            return v[:k] + b + v[k + 1:]
    return v + "s"


def maybe_odd(v):
    return oddify(v) if R.random() < 0.05 else v


def _gname(c, female):
    f = R.choice(FIRST_F if female else FIRST_M)
    v = f"{f} {R.choice(FAMILY)}" if R.random() < 0.85 else f"{f} {R.choice(MIDDLE[:2] if female else MIDDLE[2:5])} {R.choice(FAMILY)}"
    c["_lastname"] = v
    return v


def _name(c):
    v = fullname_plain()
    c["_lastname"] = v
    return v


# ----------------------------------------------------------------------------- filling
SLOT = re.compile(r"\{([a-z_]+?)(\d*)\}")


def fill(template, ctx):
    """Fill {slot} / {slot2}: same token => same value inside one text."""
    def rep(m):
        tok = m.group(0)
        if tok in ctx:
            return ctx[tok]
        base = m.group(1) + m.group(2) if (m.group(1) + m.group(2)) in FILL else m.group(1)
        if base not in FILL:
            raise KeyError(f"unknown slot {tok} in: {template[:60]}")
        v = FILL[base](ctx)
        ctx[tok] = v
        return v
    return SLOT.sub(rep, template)


MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)


def strip(marked):
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(marked):
        pre = marked[last:m.start()]
        out.append(pre)
        pos += len(pre)
        kind, value = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind}")
        spans.append({"kind": kind, "start": pos, "end": pos + len(value), "value": value})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


NUMRUN = re.compile(r"[0-9０-９](?:[ .,\-/:\u00a0\u200b]?[0-9０-９])*")


def count_numbers(text):
    return len(NUMRUN.findall(text))


# ============================================================================= texts
# (style, template).  Inline labels are produced by labelled slots ({nik}, {phone}, {name},
# {addr} ...) or written directly as [[kind:value]]; every other number is a look-alike that
# the guide leaves unlabelled.
T = []


def t(style, text):
    T.append((style, text))


# ---------------------------------------------------------------- sms_caps
t("sms_caps", "KOTKUPANG#{name}#NIK {nik}#Jalan depan rumah kami di {addr} rusak sejak {tgl}, lubang {n} meter, sdh {s} motor jatuh. Mohon diperbaiki. HP {hp}")
t("sms_caps", "KOTKUPANG Sy {fname} dr Kel. {kel}, air PDAM sdh {n} hari tdk mengalir, ID pelanggan {pdam}. Tagihan bln ini {rp}. Hub {phone}")
t("sms_caps", "KOTKUPANG LAMPU JALAN DI {street} MATI SUDAH {n} MINGGU, TIANG NO {n2} DAN {n3}. MOHON DIGANTI. TKS")
t("sms_caps", "KOTKUPANG NO TIKET {ticket} BELUM ADA TINDAK LANJUT SEJAK {date}. NIK SY {nik} NAMA {name}")
t("sms_caps", "KOTKUPANG token listrik {token} sdh diisi jam {time} tp tdk masuk, IDPEL {pln}. Beli {rp} di konter. Mohon dibantu")
t("sms_caps", "KOTKUPANG KTP-EL SY HILANG. NO KTP {nik_typo}, KK NO. {kk}. SDH {n} KALI KE DUKCAPIL, DISURUH BALIK TGL {date}. {name} HP/WA {phone}")
t("sms_caps", "KOTKUPANG bansos PKH ibu sy blm cair {n} tahap ({rp}). nik {nik_len} a.n. {name}. rek {rek}")
t("sms_caps", "KOTKUPANG PUNGLI DI TERMINAL OEBOBO, SOPIR ANGKOT JALUR {route} DIMINTA {rps} TIAP HARI OLEH OKNUM. PLAT ANGKOT SY {plate}. JAM {time}")
t("sms_caps", "KOTKUPANG sampah di TPS Kel {kel} sdh {n} hari tdk diangkut. call center DLHK {office} tdk diangkat. Sdh telp {n2} kali")
t("sms_caps", "KOTKUPANG KARTU KIS A.N. {name} NO {bpjs} DITOLAK DI RS TGL {date} KRN TDK AKTIF. IURAN SDH BAYAR {rp}. TLP {phone}")
t("sms_caps", "KOTKUPANG {street} KM {km} RUSAK PARAH, {n} TITIK BERLUBANG. SDH LAPOR TGL {date} NO LAPORAN {lapor}")
t("sms_caps", "KOTKUPANG BIAYA SURAT PINDAH DI KEL {kel} DIMINTA {rp} PDHAL GRATIS. SY {fname} TINGGAL DI {rtrw}. HP {hp}")
t("sms_caps", "KOTKUPANG PBB NOP {nop} naik dr {rp} jd {rp2} thn {year}. Mohon penjelasan Bapenda. NPWP sy {npwp}")
t("sms_caps", "KOTKUPANG ANAK SY {fname} NISN {nisn} BLM TERIMA PIP {rp} SEJAK {year}. SEKOLAH NPSN {npsn}. WA {phone}")
t("sms_caps", "KOTKUPANG BUS DAMRI RUTE {route} TDK JALAN SEJAK {date}. TIKET SDH DIBAYAR {rp}, KODE BOOKING {ticket}. MOHON REFUND")
t("sms_caps", "KOTKUPANG Sy mau tanya surat no {surat} ttg ganti rugi lahan {n} m2 blm dibayar {rpw}. Sy pemilik, NIK:{nik} tlp {home}")
t("sms_caps", "KOTKUPANG MOTOR SY {plate} DITAHAN DI DISHUB SEJAK {date}, DENDA {rp}. STNK A.N. {name}. HUB {hp}")
t("sms_caps", "KOTKUPANG SEKOLAH {smp} MINTA UANG SERAGAM {rp} PER SISWA, {n} SISWA BLM BISA BAYAR. TERIMA KASIH")
t("sms_caps", "KOTKUPANG no kk sy {kk} tdk terdaftar di DTKS pdhal tahun {year} masih terima BPNT {rp}. Sy {name}, RT/RW sy {rtrw}")
t("sms_caps", "KOTKUPANG AIR TANGKI DARI KELURAHAN {kel} TDK DATANG {n} HARI. HARGA TANGKI SWASTA {rp} PER {n2}00 LITER. WARGA SUSAH")
t("sms_caps", "KOTKUPANG NIK SY {nik_odd} TDK BISA DAFTAR BPJS. KATA PETUGAS NIK GANDA SEJAK {date}. {name}")
t("sms_caps", "KOTKUPANG pengaduan listrik padam {n} kali dlm {n2} hari di Kel. {kel}. No meter {meter}. Hotline PLN {hotline} sibuk trs")

# ---------------------------------------------------------------- whatsapp
t("whatsapp", "Selamat pagi Bapak/Ibu admin 🙏 sy {name}, mau lapor PJU di {street} dekat {sd} sudah mati dari tgl {date}. Kalau perlu info lanjut bisa WA sy di {phone} ya. Makasih")
t("whatsapp", "Pak, ini no rek sy utk pengembalian dana: {rek} a.n. {name}. Uang yg sy transfer {rp} tgl {date} jam {time}, no transaksi {trx16}")
t("whatsapp", "[{date} {time}] {fname}: Ibu, ini NIK mama sy {nikw} dan no KK {kk}\n[{date} {time2}] Admin Dukcapil: Baik Bu, nomor antrian {antrian}, datang jam {time3} ya")
t("whatsapp", "*INFO GANGGUAN* PDAM: distribusi air ke Kel. {kel} & {kel2} terhenti mulai {time} s/d {time2}. Pengaduan WA center {wa_center} atau telp {office}. Mohon maaf 🙏")
t("whatsapp", "Kak, sy su transfer {rp} ke VA {va} tp status masih belum bayar. Order {order}. Ini no HP sy {phone}, email {email}")
t("whatsapp", "Lapor Pak, mobil dinas {plate} parkir di trotoar depan Pasar Oebobo dari jam {time} sampai {time2}. Sudah {n} kali begini minggu ini.")
t("whatsapp", "Pagi, sy mau tanya status laporan {ticket}. Sdh {n} minggu. NIK: {nik_odd} . Tks")
t("whatsapp", "Bu bidan {fname_f} minta {rp} utk surat keterangan lahir anak sy di Puskesmas {kel}, padahal katanya gratis. Anak lahir {date} jam {time}. WA sy {phone}")
t("whatsapp", "Nomor pak lurah {kel} {phone}, namanya {name_m}, tadi beliau bilang besok jam {time} datang cek saluran yg tersumbat {n} meter itu")
t("whatsapp", "Utk pengaduan adminduk silakan WA pengaduan Dukcapil {wa_center} (Senin-Jumat 08.00-15.00) atau email pengaduan@dukcapil.kupangkota.go.id. Antrian online dibuka jam {time}.")
t("whatsapp", "Tolong cek pak, beli token PLN {rp} tgl {date} jam {time}, nomor meter {meter}, token keluar {token} tapi ditolak terus. Ref {order}.")
t("whatsapp", "_Diteruskan_\nMohon bantu share: anak hilang a.n. {fname} umur {s} thn, terakhir terlihat di Pasar Kasih jam {time}. Hubungi bapaknya {name_m} {phone} atau Polsek {office}")
t("whatsapp", "Sy {fname}, mau tanya kenapa tagihan PDAM sy {rp} padahal biasa {rp2}. No sambungan {pdam}. Rumah sy di {addr_rt} Kel. {kel}. Hp {hp}")
t("whatsapp", "Ini data ibu sy yg mau urus akta kematian bapak:\nNama: {name}\nNIK: {nikw}\nKK: {kk}\nNIK almarhum: {nikm}\nMeninggal {date}")
t("whatsapp", "Selamat siang, mau lapor ada truk {plate} buang sampah di lahan kosong {street} tiap malam jam {time}. Sudah {n} truk minggu ini.")
t("whatsapp", "Permisi, sy mau konfirmasi pembayaran retribusi sampah {rps} via kode billing {billing} tgl {date}. Bukti sy kirim ke email {email}. Terima kasih")
t("whatsapp", "Bapak, guru kelas anak sy Ibu {name_f} minta uang les {rp} per bulan. Kelas {room}, {n} murid. Tolong ditindak. {phone}")
t("whatsapp", "{fname}: kak ini rekening panitia kemarin {rek} a.n. {name}\n{fname2}: ok sy su transfer {rp} jam {time}\n{fname}: siap makasih 🙏")
t("whatsapp", "Min, pendaftaran PPDB jalur zonasi {smp}: kuota {n}0 kursi, pendaftar {big}. Nilai batas {pct}. Kenapa anak tetangga dari jarak {km} km tdk lolos?")
t("whatsapp", "Sdh {n} hari air mati di kompleks. Sy sudah telpon hotline PDAM {office} dan WA center {wa_center}, tidak ada yg jawab. Tagihan tetap {rp}.")
t("whatsapp", "Ini nomor BPJS anak sy {bpjs} dan NIK-nya {nik}. Tolong dicek knp faskes pindah ke Puskesmas {kel} tgl {date}. Mama {fname_f}")
t("whatsapp", "Pak, NPWP sy {npwp_odd} tertolak waktu daftar PBG. Sy daftar tgl {date}, no registrasi {reg}. Tlg dibantu, hp sy {phone_odd}")

# ---------------------------------------------------------------- web_form
t("web_form", "Nama: {name}\nNIK: {nik}\nNo. KK: {kk}\nAlamat: {addr_rt}, Kel. {kel}, Kec. {kec}\nNo. HP: {phone}\nEmail: {email}\nIsi Laporan: Bantuan sosial tunai {rp} untuk bulan {month} belum diterima. Sudah lapor ke kantor lurah tgl {date}.")
t("web_form", "Judul: Tagihan PDAM melonjak\nKategori: Air Bersih\nID Pelanggan: {pdam}\nIsi: Tagihan bulan lalu {rp}, bulan ini {rp2} padahal pemakaian sama {n} m3. Nama pelapor: {name}, HP {phone}")
t("web_form", "Nama Pelapor : {name}\nNo. Identitas (NIK) : {nik}\nNPWP : {npwp}\nAlamat : {addr}, {kel}, Kupang {kodepos}\nUraian : Permohonan PBG nomor {reg} belum terbit sejak {date}. Retribusi {rp} sudah dibayar, kode billing {billing}.")
t("web_form", "Kategori: Infrastruktur\nLokasi: {street}, Kel. {kel} (sekitar {n}0 m dari Bundaran PU)\nWaktu kejadian: {date} {time}\nUraian: Saluran drainase tersumbat, air meluap ke jalan setinggi {n2} cm. Nomor laporan sebelumnya {lapor}.")
t("web_form", "Nama: {name}\nTelp Rumah: {home}\nHP: {phone}\nNo. BPJS/KIS: {bpjs}\nKeluhan: Ditolak di RSUD pada {date}, diminta bayar {rp} dulu. Ruang rawat {room}.")
t("web_form", "Data Pelapor\nNama Lengkap: {name_cap}\nNIK: {nik}\nKK: {kk}\nTempat/Tgl Lahir: Kupang, {date}\nAlamat: {rtrw}, Kel. {kel}\nPekerjaan: Nelayan\nIsi Pengaduan: Bantuan alat tangkap {n} unit tidak sampai. Surat usulan No. {surat}.")
t("web_form", "Nama: {name}\nNo HP/WA: {phone}\nNo. Rekening: {rek}\nIsi: Honor petugas KPPS {rp} belum masuk rekening, padahal teman lain sudah terima tgl {date}.")
t("web_form", "Kategori: Pendidikan\nSekolah: {smp} (NPSN {npsn})\nIsi: Pungutan uang komite {rp} per siswa per bulan, total {n}0 siswa kelas VII. Kwitansi No. {noinv}.")
t("web_form", "Identitas Pelapor\nNama : {name}\nNo KTP : {nik}\nNo Telp : {phone}\nE-mail : {email}\n\nLaporan : Pembayaran pajak kendaraan {plate} sebesar {rp} melalui e-Samsat (kode bayar {billing}) sudah terpotong tapi status belum lunas.")
t("web_form", "Topik: Perizinan\nNomor Permohonan: {reg}\nTanggal Pengajuan: {date}\nStatus: Verifikasi ({n} hari)\nPesan: Mohon dipercepat, sudah lewat SLA {n2} hari kerja. Nomor surat rekomendasi {surat}.")
t("web_form", "Nama: {name_low}\nNIK: {nik_typo}\nAlamat: {addr_rt}\nHP: {phone}\nUraian: Rumah kami belum tersambung listrik, sudah bayar pasang baru {rp} tgl {date}, no registrasi PLN {pln}.")
t("web_form", "Pelapor: Anonim\nLokasi kejadian: {street} km {km}\nWaktu: {date}, pukul {time}\nUraian: Pohon tumbang menutup {s} lajur jalan, {n2} kendaraan tertahan. Sudah hubungi 112 tapi belum ada petugas.")
t("web_form", "Nama: {name}\nNIK: {nik}\nNo. BPJS Kesehatan: {bpjs}\nNo. BPJS Ketenagakerjaan: {bpjstk}\nIsi: Klaim JHT {rpw} belum cair sejak {date}, kartu Kesehatan juga non aktif.")
t("web_form", "Nama Lengkap: {name}\nNPWP: {npwp16}\nNIK: {nik}\nNo. HP: {phone}\nIsi: Tagihan pajak restoran masa {month} {year} ditetapkan {rp}, padahal omzet kami {rpw}. Nomor SKPD {surat}.")
t("web_form", "Kategori: Kesehatan\nFaskes: Puskesmas {kel}\nTanggal: {date}\nNomor antrian: {antrian}\nIsi: Pasien menunggu {n} jam, hanya {n2} dokter bertugas. Biaya obat diminta {rp}.")
t("web_form", "Nama: {name}\nAlamat: {addr_rt}, Kel. {kel}, Kec. {kec}, Kota Kupang {kodepos}\nHP: {phone}\nNo. KK: {kk_odd}\nIsi: Nama anak di KK tertulis salah, sudah ajukan perbaikan tgl {date} nomor berkas {reg}.")

# ---------------------------------------------------------------- kupang_malay
t("kupang_malay", "Bapa admin, beta {fname} dari {kel}. Lampu jalan di beta pung gang su mati {n} bulan. Beta su lapor ke Pak RT su {n2} kali ma sonde ada yang datang. Kalo mau tanya telpon beta sa di {phone}")
t("kupang_malay", "Bosong dong tolong dolo, air PDAM sonde mengalir su {n} hari di botong pung rumah {rtrw} {kel}. Botong bayar tiap bulan {rp}. Nomor pelanggan {pdam}.")
t("kupang_malay", "Tanta {fname_f} pung anak sonde dapa KIP, padahal su kasi masuk NIK {nik} deng KK {kk} dari bulan {month}. Sekolah minta {rp} lai. WA tanta {phone}")
t("kupang_malay", "Om dong, jalan ke Fatukoa tu rusak parah, dari km {km} sampe km {km2}. Beta pung oto pick up {plate} su {n} kali pata per di situ. Tolong dolo ee")
t("kupang_malay", "Beta mau lapor, kemarin {tgl} jam {time} ada orang pake motor {plate} tabrak lari beta pung ade di Jl. El Tari. Laporan polisi nomor {surat}, ma sampe sekarang sonde ada kabar.")
t("kupang_malay", "Sonde ada angkot jalur {route} lai dari jam {time}. Botong tunggu sampe {n} jam di halte. Ojek minta {rps}, talalu mahal!")
t("kupang_malay", "Mama {fname_f} ni sakit, kartu BPJS {bpjs} su sonde aktif. Iuran {rp} per bulan su lunas sampe {month} {year}. Beta pung nomor {phone}, tolong bantu ee")
t("kupang_malay", "Itu proyek jalan di {street} pung anggaran {rpw} ma baru jadi {pct} persen. Kontraktor su lari. Papan proyek tulis No. kontrak {kontrak}.")
t("kupang_malay", "Beta {name}, beta pung rumah di {addr_rt} Kel. {kel}. Got depan rumah su tasumbat {n} bulan, kalo ujan air maso rumah sampe {n2} senti. Nomor beta {hp}")
t("kupang_malay", "Bosong pung petugas di kantor camat minta doi {rp} ko mau kasi kaluar surat. Beta su bayar tanggal {date} jam {time}. Sonde kasi kwitansi lai!")
t("kupang_malay", "Om {fname_m} pung motor {plate} ilang di parkiran Pasar Kasih jam {time}. Dia su lapor ma petugas parkir bilang sonde tanggung. Karcis parkir nomor {n}{n2}.")
t("kupang_malay", "Ais kenapa beta pung NIK {nik_typo} sonde tadaftar di data bantuan? Beta pung tetangga sa dapa {rp}. Beta pung KK {kk}. Tolong cek ee Pak")
t("kupang_malay", "Bosong lia sa, sampah di pinggir jalan {street} su tatumpuk dari {date}. Bau sampe {n}00 meter. Truk sampah cuma lewat {n2} kali satu minggu.")
t("kupang_malay", "Beta mau tanya, kenapa bayar listrik sekarang {rp}? Biasa cuma {rp2}. ID pelanggan {pln}. Beta pung HP {phone}, nama {name}")
t("kupang_malay", "Kaka dong, sapa yang tau nomor pengaduan Dinas Sosial? Yang beta dapa cuma {office} deng WA center {wa_center}, dua-dua sonde angkat dari jam {time}.")
t("kupang_malay", "Beta pung bapa {name_m} su meninggal tanggal {date}, ma bantuan lansia {rp} masih maso di rekening {rek}. Beta mau kasi kembali, beta pung nomor {hp}")
t("kupang_malay", "Jembatan di {kel} su patah {s} bulan, anak sekolah {n2} orang musti jalan putar {km} km. Beta su kirim laporan nomor {lapor}.")

# ---------------------------------------------------------------- officials
t("officials", "Disposisi Kepala Dinas PUPR: laporan {lapor} (jalan berlubang {street} km {km}) diteruskan ke Bidang Bina Marga untuk ditindaklanjuti paling lambat {date}. Kontak bidang: {office}.")
t("officials", "Tanggapan Dinas Dukcapil: Yth. Sdr. {name}, KTP-el atas NIK {nik} telah dicetak ulang pada {date} dan dapat diambil di loket {s} pukul {time}-{time2}. Nomor antrian {antrian}.")
t("officials", "Tindak lanjut Kelurahan {kel}: petugas telah meninjau lokasi pada {date} pukul {time}. Drainase sepanjang {n}0 meter akan dibersihkan oleh {n2} orang petugas. Anggaran {rp}.")
t("officials", "Balasan PDAM: pelanggan No. Sambungan {pdam} a.n. {name} sudah diperbaiki meternya pada {date}. Tagihan dikoreksi dari {rp} menjadi {rp2}. Info: hotline PDAM {office}.")
t("officials", "Dinas Sosial: berdasarkan data DTKS, NIK {nik} (a.n. {name}) tercatat pada KK {kk} dan menerima BPNT {rp} per bulan sejak {month} {year}. Penyaluran melalui rekening {rek} a.n. {name}.")
t("officials", "Samsat Kupang: kendaraan {plate} tercatat menunggak pajak {s} tahun sebesar {rp}. Pembayaran dapat melalui kode bayar {billing} paling lambat {date}.")
t("officials", "Puskesmas {kel}: pasien {name}, no kartu JKN {bpjs}, dirujuk ke RSUD Prof. Dr. W. Z. Johannes pada {date} pukul {time}, nomor rujukan {reg}.")
t("officials", "Bapenda Kota Kupang: keberatan atas SPPT PBB NOP {nop} tahun {year} diterima dengan nomor registrasi {reg}. Nilai ketetapan {rp} akan diverifikasi dalam {n} hari kerja. Kontak: {office}.")
t("officials", "BPBD Kota Kupang: peringatan dini cuaca ekstrem {date} s/d {date2}. Tinggi gelombang {s}-{s2},5 meter. Keadaan darurat hubungi 112 atau {office}.")
t("officials", "Admin LAPOR!: laporan Saudara dengan nomor {ticket} telah diteruskan ke Dinas Perhubungan pada {date} {time}. Estimasi respon {n} hari. Jangan bagikan kode verifikasi {n2}{n3} kepada siapa pun.")
t("officials", "Kepada pelapor {name}: pengaduan pungutan di {sd} telah diperiksa Inspektorat pada {date}. Dana {rp} dari {n}0 siswa wajib dikembalikan sesuai surat {surat}.")
t("officials", "Dishub Kota Kupang: kendaraan dinas {plate} yang dilaporkan pada {date} adalah kendaraan operasional Kelurahan {kel}. Pengemudi, Sdr. {name}, telah diberi teguran tertulis No. {surat}.")
t("officials", "Konfirmasi Dukcapil: perubahan data KK nomor {kk} (kepala keluarga {name}) selesai {date}. Anggota keluarga {s} orang. Dokumen dapat diunduh dengan kode {ticket}.")
t("officials", "Tanggapan Dinas Kesehatan: bidan {fname_f} telah dipanggil pada {date} terkait pungutan {rp}. Pelapor dapat menghubungi call center {hotline} atau {office} (jam kerja {time}-{time2}).")
t("officials", "Rekap pengaduan minggu {n}: {n2}0 laporan masuk, {pct}% selesai, {n3} diteruskan ke OPD. Kanal: SMS 1708 ({n4}), WhatsApp ({n5}), web ({n6}).")
t("officials", "Balasan Kelurahan {kel}: Ibu {name_f} ({phone}) dimohon datang ke kantor kelurahan, {street} No. {no}, pada {date} pukul {time} membawa KTP dan KK asli untuk verifikasi bantuan {rp}.")

# ---------------------------------------------------------------- letters
t("letters", "Kupang, {tgl}\n\nKepada Yth.\nWali Kota Kupang\nc.q. Kepala Dinas Perumahan\ndi Kupang\n\nPerihal: Permohonan bantuan bedah rumah\n\nDengan hormat,\nYang bertanda tangan di bawah ini:\nNama : {name}\nNIK : {nik}\nAlamat : {addr_rt}, Kel. {kel}\nNo. HP : {phone}\n\nmengajukan permohonan bantuan rehabilitasi rumah tidak layak huni. Rumah kami berukuran {n} x {n2} meter dan dihuni {n3} orang.\n\nHormat saya,\n\n{name}")
t("letters", "Nomor : -\nLampiran : {s} berkas\nPerihal : Keberatan atas tagihan PBB\n\nDengan hormat, bersama ini saya sampaikan keberatan atas SPPT PBB tahun {year} untuk NOP {nop} dengan nilai {rp}. Luas tanah {n2}0 m2. NPWP wajib pajak: {npwp}.\n\nHormat saya,\n{name}")
t("letters", "SURAT PERNYATAAN\nSaya yang bertanda tangan di bawah ini, {name}, NIK {nik}, No. KK {kk}, bertempat tinggal di {addr_rt}, menyatakan bahwa anak saya {fname} (NISN {nisn}) benar tinggal bersama saya.\nKupang, {tgl}\nttd\n{name}")
t("letters", "PEMERINTAH KOTA KUPANG\nKELURAHAN {kel}\n{street} No. {no}, Kupang {kodepos}, Telp. {office}\n\nNomor: {surat}\nPerihal: Undangan\n\nDiundang Ketua RT 01 s/d RT {rtn} untuk rapat pembagian air bersih pada {tgl} pukul {time} di Aula Kelurahan.\n\nLurah {kel},\n\n{name}\nNIP {nip}")
t("letters", "Hal: Pengaduan pemotongan honor\n\nKepada Yth. Inspektur Kota Kupang\n\nSaya {name}, guru honor di {sd}, melaporkan honor saya dipotong {rp} tiap bulan sejak {month} {year}. Slip honor terlampir. Rekening honor saya {rek}.\n\nKupang, {tgl}\n{name}\nHP {phone}")
t("letters", "Kepada Yth. Direktur Perumda Air Minum Kota Kupang\n\nSaya pelanggan nomor {pdam} atas nama {name}, beralamat di {addr}, Kel. {kel}. Sejak {date} meter air kami rusak dan tagihan naik menjadi {rp}. Mohon diperiksa.\n\nHormat saya,\n{name}\nTelp. rumah {home}")
t("letters", "Perihal: Permohonan keringanan retribusi\n\nYth. Kepala Dinas Pasar,\nKami pedagang Pasar Oeba blok {room} mohon keringanan retribusi harian {rps} menjadi {rps2} karena pengunjung turun {pct}%. Terlampir daftar {n} pedagang.\n\nKupang, {date}\nKoordinator,\n{name}")
t("letters", "Yth. Bapak Camat {kec},\nSaya {name} (NIK {nik}) melaporkan sengketa batas tanah antara keluarga {family} dan keluarga {family2} di {rtrw}, Kel. {kel}. Luas yang disengketakan {n}0 m2. Sertifikat No. {n2}{n3}/{kel}.\nHormat saya, {name}")
t("letters", "SURAT KUASA\nYang bertanda tangan di bawah ini {name}, NIK {nik}, memberi kuasa kepada {name2}, NIK {nik2}, HP {phone}, untuk mengambil dokumen akta kelahiran nomor {reg} di Dinas Dukcapil pada {date}.\nKupang, {tgl}\nPemberi kuasa,\n{name}\nPenerima kuasa,\n{name2}")
t("letters", "Kepada Yth. Kepala BPKAD Kota Kupang\nPerihal: Pembayaran uang ganti rugi\n\nTanah kami seluas {n}0 m2 di {street} (NOP {nop}) terkena pelebaran jalan sesuai SK {surat}. Ganti rugi {rpl} mohon ditransfer ke rekening {rek} a.n. {name}. NPWP {npwp}.\n\nHormat kami,\n{name}")
t("letters", "Yth. Panitia Seleksi PPPK Kota Kupang\n\nSaya {name}, nomor peserta {reg}, nilai SKD 3{s}{s2}. Nama saya tertulis \"{name_typo}\" pada pengumuman No. {surat}. Mohon diperbaiki.\nEmail: {email}\nHP: {phone}")
t("letters", "Kupang, {date}\nKepada Yth. Kepala Dinas Lingkungan Hidup\n\nKami warga sekitar TPA Alak melaporkan asap pembakaran sampah sejak {tgl}. Sebanyak {n} balita sakit ISPA, {n2} dirawat di Puskesmas Alak. Kami mohon tindakan.\n\nForum Warga Peduli Kota")

# ---------------------------------------------------------------- social
t("social", "@pemkotkupang tolong lihat ini, jalan di {street} su hancur 😡 {n} bulan sonde diperbaiki. #KupangKotaKasih #jalanrusak{year}")
t("social", "Siapa yg kenal pemilik mobil {plate}? Parkir depan rumah sy di {addr} dari {date}, sudah {n} hari. Hubungi {phone} 🙏")
t("social", "KEHILANGAN dompet hari {tgl} sekitar jam {time} di Kupang. Isi KTP a.n. {name_cap} (NIK {nik}), SIM {sim}, ATM dan uang {rpw}. Yang menemukan mohon hubungi {phone} / {phone2}. Imbalan {rp}.")
t("social", "Thread 🧵 1/{n}: sudah {n2} minggu laporan sy di LAPOR ({lapor}) sonde ada respon. Kejadian tgl {date}: petugas minta {rp} utk urus akta kelahiran.")
t("social", "Hati2 ada yg jual data NIK & KK di grup FB. Contoh yg beredar: NIK {nik} KK {kk} atas nama {name}. Sudah sy lapor ke patrolisiber, no laporan {ticket}.")
t("social", "Antrian di Dukcapil hari ini nomor {antrian}, sy datang jam {time} dan baru dipanggil jam {time2}. Loket cuma buka 2 dari {n}. Parah.")
t("social", "Dijual cepat motor {plate}, thn {year}, pajak hidup s/d {date}. Harga {rpw} nego. Minat WA {phone} ({fname})")
t("social", "Harga BBM eceran di {kel} Rp 15.000/liter, padahal SPBU 54.85{s}.{n3} cuma Rp 10.000. Antri di SPBU bisa {n4} jam 🙄 #kupang")
t("social", "Info penting: call center Pemkot 1708, damkar 113, ambulans 119, PLN 123, PDAM {office}. Simpan nomor ini ya! Jam layanan {time}-{time2}.")
t("social", "Penipuan! Ada yg ngaku petugas Dinsos minta transfer {rp} ke rek {rek} a.n. {name}. Nomor penipu {phone}. Jangan percaya, bansos gratis!")
t("social", "Alhamdulillah jalan di Kel. {kel} sudah diaspal {n}00 meter 👍 tapi masih ada {n2} lubang di dekat {sd}. Terima kasih Dinas PUPR.")
t("social", "Curhat: sy {fname}, sdh {n} kali bolak balik Samsat utk balik nama {plate}. Biaya resmi {rp} tapi calo minta {rpw}. Ada yg bisa bantu? DM atau email {email}")
t("social", "Lowongan? Bukan. Sy mau tanya kenapa NPWP sy {npwp} dibilang tdk valid pas daftar PPPK tgl {date}, nomor pendaftaran {reg}. Ada yg sama?")
t("social", "Macet total di Jl. Frans Seda jam {time}, antrian kendaraan {km} km, {n} truk mogok. Bus jalur {route} tdk bisa lewat. Update {date}.")
t("social", "Turut berduka untuk keluarga {family} di {kel}. Rumah terbakar {tgl} jam {time}, kerugian sekitar {rpw}. Donasi bisa ke rek {rek} a.n. {name} (anak korban), kontak {phone}.")
t("social", "Udah {n} thn tinggal di {rtrw} {kel}, baru kali ini air PDAM mati {n2} minggu. Tagihan tetap datang {rp}. Malu sama tamu 😩")

# ---------------------------------------------------------------- more look-alike-heavy texts
t("sms_caps", "KOTKUPANG TPS {n} DI KEL {kel} DPT {n2}{n3} ORANG TP SURAT SUARA CUMA {n4}0. KPPS BILANG TUNGGU JAM {time}")
t("sms_caps", "KOTKUPANG BRIVA {va} utk bayar retribusi IMB {rp} gagal trs sejak {date}. Kode billing {billing}. Tks")
t("sms_caps", "KOTKUPANG PENERANGAN JALAN DI {street} DARI TIANG {n} SAMPAI TIANG {n2} MATI. SDH {n3} HARI. KECELAKAAN {n4} KALI")
t("sms_caps", "KOTKUPANG RSUD minta DP {rp} utk operasi, kamar {room} kelas {s}. Pasien umum, tgl masuk {date}. Mohon info tarif resmi")
t("sms_caps", "KOTKUPANG ANGKOT JALUR {route} NAIKKAN TARIF JD {rps} DARI {rps2}. SDH {n} HARI. MOHON DISHUB TINDAK")
t("sms_caps", "KOTKUPANG mohon info nomor pengaduan Dinas Pendidikan, sy telp {office} tdk aktif. Pungutan {rp} di {sd} kls {n}")
t("whatsapp", "Pak, BRIVA 12345 {hp_digits} itu kode bayar retribusi yg dikasi petugas tgl {date}, sudah sy bayar {rp} jam {time}. Kenapa masih ditagih?")
t("whatsapp", "Selamat sore. Ini nomor pendaftaran online Dukcapil sy: {nik_shaped}. Jadwal {date} jam {time}, tp sistem bilang kuota {n} penuh.")
t("whatsapp", "Ini kode OTP {n}{n2}{n3} jgn dikasi ke siapa2 ya, kata CS bank. Tadi ada yg telp dari {office} ngaku petugas Dinsos, minta {rp}.")
t("whatsapp", "Info dari grup RT: pengambilan beras bantuan {n}0 kg di kantor lurah {kel}, {street} No. {no}, tgl {date} jam {time}-{time2}. Bawa KK asli & fotokopi {n2} lembar.")
t("whatsapp", "Min, ID pelanggan PLN sy {pln} kok tagihan {rp}, bulan lalu cuma {rp2}. Pemakaian {n}{n2} kWh. Mohon dicek sebelum tgl {n3}")
t("whatsapp", "Rekening resmi retribusi sampah: Bank NTT {office_rek} a.n. Kas Daerah Kota Kupang. Jangan bayar tunai ke petugas! Tarif {rps}/bulan mulai {date}.")
t("whatsapp", "WA Puskesmas {kel}: {wa_center} (admin, bukan pribadi). Jam buka {time}-{time2}, Sabtu sampai {time3}. Loket KIA nomor {s}.")
t("whatsapp", "Maaf pak, no rekam medis anak sy {rm} di RS, rawat inap kamar {room} sejak {date}. Obat disuruh beli sendiri {rp}.")
t("web_form", "Kategori: Transportasi\nLokasi: Halte {street} ({n}0 m dari Terminal Kupang)\nWaktu: {date} {time}\nIsi: Bus Trans Kupang koridor {route} tidak lewat {n2} kali berturut-turut. Kartu langganan {rp}/bulan sia-sia.")
t("web_form", "Kategori: Pajak Daerah\nNOP: {nop}\nTahun SPPT: {year}\nNilai: {rp}\nIsi: Luas bangunan tercatat {n}0 m2, padahal rumah kami hanya {n2} m2. Nomor pelayanan {reg}.")
t("web_form", "Kategori: Air Bersih\nNo. Sambungan: {pdam}\nPeriode: {month} {year}\nStand meter awal {n}{n2}, akhir {n3}{n4}\nIsi: Meter berputar walau keran ditutup. Tiket pengaduan PDAM sebelumnya {ticket}.")
t("web_form", "Kategori: Kepegawaian\nIsi: Tunjangan {n} ASN di Kelurahan {kel} belum dibayar {n2} bulan, total {rpl}. Surat dari BKPSDM No. {surat} tgl {date}.")
t("web_form", "Kategori: Lingkungan\nLokasi: Pantai Pasir Panjang, sekitar {n}00 m timur hotel\nWaktu: {date}, {time}\nIsi: Limbah cair dibuang ke laut, bau sampai radius {km} km. Sudah {n2} kali dilaporkan, nomor {lapor}.")
t("web_form", "Kategori: Pendidikan\nIsi: Anak kami (NISN {nisn}) tidak diterima di {smp} (NPSN {npsn}) padahal jarak rumah {km} km, nilai {pct}. Nomor pendaftaran PPDB {reg}.")
t("web_form", "Kategori: Ketenagakerjaan\nNo. Kepesertaan BPJS Ketenagakerjaan: {bpjstk}\nIsi: Perusahaan menunggak iuran {n} bulan ({rp}). Nomor surat pengaduan ke Disnaker {surat}.")
t("web_form", "Kategori: Perizinan\nNomor registrasi: {nik_shaped}\nIsi: Izin usaha mikro yang diajukan {date} belum terbit. Sudah {n} kali ke Mal Pelayanan Publik, loket {s}.")
t("kupang_malay", "Kaka, PLN pung token sonde maso! Beta beli {rp} tadi jam {time}, token nomor {token}. Meteran nomor {meter}. Anak-anak su ontua gelap.")
t("kupang_malay", "Itu angkot jalur {route} dong suka tahan penumpang di lampu merah {n} menit. Ongkos {rps} ma kasi kembalian sonde pas. Su {n2} kali beta lia.")
t("kupang_malay", "Bosong pung kantor Dukcapil buka jam {time} ma petugas baru datang jam {time2}. Antri su {n}0 orang. Nomor antrian beta {antrian}.")
t("kupang_malay", "Pasar Oebobo su banjir lai. Air naik {n}0 senti, {n2} lapak rusak. Retribusi {rps} tiap hari ma got sonde pernah dikasi bersih dari tahun {year}.")
t("kupang_malay", "Beta su bayar PBB {rp} pake kode bayar {billing} tanggal {date}, ma surat tagihan maso lai. NOP {nop}. Sapa yang makan doi ni?")
t("kupang_malay", "Ada tiang listrik miring di {street} dekat rumah nomor {no}, su {n} minggu. Kabel tagantung sampe {n2} meter dari tanah. Bahaya ni!")
t("officials", "Dinas PUPR: perbaikan {street} sepanjang {km} km dijadwalkan {date} s/d {date2}, anggaran {rpw} (kontrak {kontrak}). Pengalihan arus melalui jalur {route}.")
t("officials", "PDAM Kota Kupang: tarif baru berlaku {date}. Golongan rumah tangga {rps}/m3 untuk {n} m3 pertama. Pengaduan: WA center {wa_center}, telp {office}, email humas@pdam.kupangkota.go.id.")
t("officials", "Dinas Dukcapil: layanan perekaman KTP-el keliling di Kelurahan {kel} tanggal {date} pukul {time}-{time2}, kuota {n}0 orang, nomor antrian mulai {antrian}. Informasi: {office}.")
t("officials", "Inspektorat: hasil audit menemukan selisih kas {rp} pada BLUD Puskesmas {kel} tahun {year}. LHP No. {surat} tanggal {date}. Pengembalian paling lambat {n} hari.")
t("officials", "Dinas Sosial menetapkan {big} KPM penerima BLT tahap {s} sebesar {rp} per KPM. Penyaluran {date} melalui kantor pos, kode undangan dimulai {ticket}.")
t("officials", "Balasan Disdik: pungutan di {smp} dihentikan sejak {date}. Dana komite {rpw} dari {n}0 orang tua dikembalikan melalui rekening sekolah Bank NTT {office_rek}.")
t("letters", "Nomor : {surat}\nSifat : Penting\nLampiran : {s} lembar\nPerihal : Tindak lanjut pengaduan {lapor}\n\nMenindaklanjuti pengaduan tanggal {date}, bersama ini disampaikan bahwa perbaikan lampu penerangan jalan di {street} ({n2} titik) telah selesai pada {date2}.\n\nKepala Dinas Perhubungan Kota Kupang")
t("letters", "Kepada Yth. Ketua DPRD Kota Kupang\n\nKami Forum Warga Peduli Kota menyampaikan bahwa {n} sekolah di Kecamatan {kec} kekurangan {n2}0 meja. Anggaran yang diusulkan {rpl} sejak tahun {year} belum terealisasi (usulan No. {surat}).")
t("letters", "Perihal: Permohonan pemasangan lampu jalan\n\nYth. Kepala Dishub,\nKami warga yang diwakili Ketua RT {rtn} dan Ketua RW {rtn2} Kel. {kel} memohon pemasangan {n} titik lampu di {street}. Panjang jalan gelap ± {n2}00 meter.\nKupang, {tgl}")
t("social", "Nomor penting Kota Kupang: Darurat 112 | Pengaduan SMS 1708 | Damkar 113 | PDAM {office} | PLN 123 | Dukcapil WA {wa_center}. Kode pos Kota Kupang 85111-85119. #SaveNomor")
t("social", "Bayar parkir di depan Kupang Mall {rps} padahal tarif Perda {rps2}. Karcis no. {n}{n2}{n3}. Sudah {n4} bulan begini 😤")
t("social", "Update banjir {date} jam {time}: {n} RT terdampak di Kel. {kel}, {n2}0 rumah terendam, ketinggian air {n3}0 cm. Posko di kantor lurah.")
t("social", "Daftar PPPK {year}: {big} pelamar, formasi {n}0. Passing grade {n2}{n3}. Pengumuman No. {surat} 🙏 semoga lulus semua")
t("social", "Promo token? Hati2 link palsu! PLN tdk pernah minta transfer ke VA {va}. Resmi cuma aplikasi & 123. Kerugian korban sampai {rpw}.")
t("social", "Laporan saya #{n}{n2}{n3} tgl {date} katanya 'selesai', padahal lubang di {street} masih {n4} meter. 🤦 @lapor1708")


# ---------------------------------------------------------------- more identity-bearing texts
t("sms_caps", "KOTKUPANG nik sy {nik} kk no.{kk} hp/wa {phone}. Sy {fname} mau lapor bantuan rumah {rpl} tdk sampai sejak {year}")
t("sms_caps", "KOTKUPANG NPWP {npwp} A.N. {name} DITOLAK SAAT DAFTAR IZIN USAHA TGL {date}. NOMOR IZIN {reg}. TLP {phone}")
t("whatsapp", "Selamat malam, hubungi saya di {phone} atau email {email}. Sy {name}, mau lapor pungutan {rp} di {sd} tgl {date}")
t("whatsapp", "Pak Bripka {name_m} yg tilang sy tgl {date} jam {time} minta damai {rp}. Motor sy {plate}. Ini nomor dia {phone}")
t("whatsapp", "Om {fname_m} minta tolong, NPWP om {npwp} dan NIK {nik} su sama kah? Kata kantor pajak per {date} NIK jadi NPWP. Tagihan {rp}")
t("web_form", "Nama: Pdt. {name}, S.Th.\nHP: {phone}\nTelp. rumah: {home}\nEmail: {email}\nIsi: Jalan ke gereja di {street} berlubang {n} titik, jemaat {n2}0 orang kesulitan. Laporan ke-{s}, sebelumnya {lapor}.")
t("web_form", "Nama: {name}, S.Pd.\nNIK: {nik}\nNPWP: {npwp}\nNo. Rekening: {rek}\nIsi: Tunjangan sertifikasi triwulan {s} tahun {year} sebesar {rp} belum ditransfer. NIP {nip}.")
t("web_form", "Nama Pasien: {name}\nNo. Kartu JKN-KIS: {bpjs}\nNIK: {nik}\nNo. HP keluarga: {phone}\nIsi: Pasien ditagih {rp} untuk obat di kamar {room} pada {date}. Nomor rekam medis {rm}.")
t("kupang_malay", "Beta pung ade {name} pung kartu KIS {bpjs} ilang. Su urus di BPJS tanggal {date} ma disuru bayar {rps} lai. Tlp beta sa {phone} atau rumah {home}")
t("kupang_malay", "Nona {fname_f} bilang dia pung email {email} sonde bisa daftar akun SIAP PPDB. Anak pung NISN {nisn}, sekolah NPSN {npsn}. Nomor HP {phone}")
t("letters", "Kupang, {tgl}\nYth. Kepala BPJS Kesehatan Cabang Kupang\n\nSaya {name}, peserta JKN no kartu {bpjs}, NIK {nik}, beralamat di {addr_rt}, memohon pengaktifan kembali kepesertaan. Tunggakan {rp} telah dibayar pada {date}.\n\nHormat saya,\n{name}\nHP {phone} / email {email}")
t("letters", "Yth. Kepala Dinas Sosial,\nSaya {name_f}, tinggal di {addr_rt}, Kel. {kel}. Rekening {rek} atas nama saya belum menerima PKH tahap {s} ({rp}). NIK: {nik}; KK: {kk}.\nSalam, {name}")
t("officials", "Dinas Dukcapil: pemohon {name}, NIK {nik}, KK {kk}, HP {phone}, email {email}. Permohonan akta nomor {reg} selesai {date}. Tanda terima No. {surat}.")
t("social", "Tolong bantu share 🙏 Kak {name} sedang dirawat di RS, butuh darah O {s} kantong. Donasi ke rek {rek} a.n. {name}. Info {phone}. Terima kasih, {date}")
t("social", "Sy dapat SMS dari {phone} ngaku Dukcapil, minta NIK & nomor KK. Untung sy telp call center 1708 dulu. Kerugian tetangga sy {rpl}! #waspada {year}")


# ---------------------------------------------------------------- third batch: mixed and harder
t("sms_caps", "KOTKUPANG No. Induk Kependudukan sy {nik} tp di aplikasi tertulis lain. Sy {name}, tgl lahir {date}. HP {hp}. Sdh {s} kali ke kantor")
t("sms_caps", "KOTKUPANG REK BNI SY {rek_bni08} A.N. {name} BLM TERIMA BSU {rp}. KATA BANK TGL {date}. HUB {phone}")
t("sms_caps", "KOTKUPANG ORANG TUA SISWA {smp} DIMINTA {rp} UTK STUDY TOUR TGL {date}. {n}0 SISWA. NIS {n2}{n3}{n4}. TKS")
t("sms_caps", "KOTKUPANG Ibu {fname_f} hp {phone} jual gas 3 kg {rps} per tabung, HET Rp 18.000. Pangkalan di {street} dekat {sd}")
t("sms_caps", "KOTKUPANG sy mau lapor, paspor sy no C{n}{n2}{n3}{n4} blm jadi sejak {date}. Biaya {rp}. Kantor imigrasi telp {office}")
t("whatsapp", "Sy mau tanya bapak, no HP kantor kelurahan {kel} yg {wa_center} itu kok tdk aktif? Sdh sy telp {s} kali sejak jam {time}.")
t("whatsapp", "Ini alamat lengkap sy pak: {addr_rt}, Kel. {kel}, Kec. {kec}, Kupang {kodepos}. Patokan: sebelah Posyandu Bunga Bakung. Sampah belum diangkut {n} hari.")
t("whatsapp", "Pak, yg nagih retribusi pasar itu Om {fname_m} (hp {phone}). Dia minta {rps} per hari, karcis tertulis {rps2}. Blok {room}, lapak {n}.")
t("whatsapp", "Mohon bantuan, HP Kepala Sekolah {name} {phone} tidak aktif sejak {date}. Ijazah anak sy tahun {year} ditahan krn tunggakan {rp}.")
t("whatsapp", "Sy sudah kirim berkas ke email pengaduan@kupangkota.go.id tgl {date} jam {time}, tp belum ada balasan. Email sy {email}. Lampiran {s} file, {n} MB.")
t("whatsapp", "Bu, ini nomor rangka motor sy MH1JM{n}{n2}{n3}{n4} dan nopol {plate}. STNK hilang tgl {date}. Apa bisa urus di Samsat tanpa BPKB?")
t("whatsapp", "Pagi. Terlampir KTP {name}\nNIK : {nik}\nNo KK : {kk}\nHP : {phone}\nMohon diverifikasi utk BLT {rp} tahap {s}.")
t("whatsapp", "Selamat siang, sy {fname_f}. Suami sy {name_m} kecelakaan di {street} km {km} jam {time}, mobil {plate} yg tabrak lari. Sy di RS Bhayangkara Drs. Titus Uly, kamar {room}. HP {phone}")
t("web_form", "Jenis Laporan: Aspirasi\nLokasi: Bandara El Tari, terminal kedatangan\nWaktu: {date} {time}\nIsi: Taksi bandara pasang tarif {rp} ke Kota (±{km} km), argo tidak dipakai. Nomor lambung taksi {n}{n2}.")
t("web_form", "Nama: {name}\nNomor KTP: {nikk}\nNomor Kartu Keluarga: {kk}\nNomor HP: {phone}\nAlamat domisili: {addr_rt}\nUraian: Pindah domisili dari Kab. Kupang ke Kota Kupang sejak {date}, SKPWNI No. {reg} belum diproses.")
t("web_form", "Kategori: Pelayanan Publik\nUnit: Mal Pelayanan Publik, Jl. Palapa No. {no}\nNomor antrian: {antrian}\nWaktu: {date} {time}\nIsi: Sistem offline {n} jam, {n2}0 pemohon menunggu. Hotline MPP {office} tidak diangkat.")
t("web_form", "Nama: {name}\nKTP: {nik_odd}\nHP: {phone}\nRekening: Bank NTT {rekno}\nIsi: Bantuan UMKM {rp} ditransfer ke rekening orang lain pada {date}. Bukti transfer No. {trx16}.")
t("web_form", "Nama Pelapor: {name}\nNo. HP: {phone_odd}\nLokasi: {street} depan Toko Sinar Abadi\nIsi: Galian pipa sedalam {n}0 cm dibiarkan terbuka {s} minggu. Papan proyek: kontrak {kontrak}, nilai {rpl}.")
t("web_form", "Kategori: Kependudukan\nIsi: Di KK saya ({kk}) nama anak saya {name} tertulis \"{name_typo}\". NIK anak {nik}. Sudah diajukan perbaikan {date}, nomor tiket {ticket}.")
t("web_form", "Identitas\nNama: {name}\nNIK: {nik}\nPekerjaan: Sopir angkot jalur {route}\nNopol kendaraan: {plate}\nHP: {phone}\nIsi: Izin trayek diperpanjang {date} dengan biaya {rp}, tapi kartu pengawasan tidak diberikan.")
t("kupang_malay", "Beta pung tetangga {name} tu su {n} hari sonde kasi kaluar sampah, bau sampe beta pung rumah {addr}. Su bilang di Ketua RT {rtn} ma sonde ada hasil.")
t("kupang_malay", "Bosong pung petugas PLN datang putus listrik di beta pung rumah, bilang tunggak {rp}. Padahal beta su bayar tanggal {date}, nomor referensi {order}. ID pelanggan {pln}. Nomor beta {phone}")
t("kupang_malay", "Kaka {fname}, sonde usah bayar orang yang bilang bisa urus KTP cepat {rp}. Urus di Dukcapil gratis, buka jam {time}. Kalo mau tanya telpon call center 1708 sa.")
t("kupang_malay", "Beta pung mama {name_f} su {n} tahun sonde dapa bantuan lansia. Mama pung NIK {nik_typo}, KK {kk}. Rumah di {rtrw} {kel}. Tolong dolo bapa dong")
t("kupang_malay", "Oto tangki air nomor polisi {plate} jual air {rp} satu tangki {n}000 liter, padahal harga pemerintah {rps}. Sopir pung nomor {phone}")
t("kupang_malay", "Di Pasar Oeba ikan satu loyang {rp}, minggu lalu cuma {rp2}. Nelayan bilang BBM solar naik jadi {rps} per liter. Susah ni, {n} keluarga di beta pung RT sonde makan ikan lai.")
t("officials", "Camat {kec}: menindaklanjuti laporan {lapor}, rapat mediasi sengketa batas tanah keluarga {family} dan keluarga {family2} dijadwalkan {date} pukul {time} di kantor camat. Hadir {n} orang saksi.")
t("officials", "Lurah {kel}, {name}, menyampaikan bahwa bantuan sembako {n}0 paket telah disalurkan pada {date}. Penerima {n2} KK. Pengaduan: WA kelurahan {wa_center}.")
t("officials", "Dinas Pendidikan: siswa atas nama {name} (NISN {nisn}) dipindahkan ke {smp} sesuai surat {surat}. Pungutan {rp} wajib dikembalikan sebelum {date}.")
t("officials", "Satpol PP: penertiban {n} lapak PKL di Jl. Piet A. Tallo pada {date} pukul {time}. {n2} gerobak diamankan. Pengambilan di Gudang Satpol PP, Jl. Rote No. {no}, denda {rp}.")
t("officials", "RSUD Prof. Dr. W. Z. Johannes: pasien {name}, kartu BPJS {bpjs}, dirawat di ruang {room} sejak {date}. Tagihan {rp} merupakan selisih naik kelas atas permintaan keluarga ({phone}).")
t("officials", "Bapenda: wajib pajak {name}, NPWP {npwp}, NOP {nop}, telah membayar PBB {year} sebesar {rp} melalui VA {va} pada {date}. Status: LUNAS.")
t("letters", "Kepada Yth.\nKapolresta Kupang Kota\n\nPerihal: Laporan kehilangan\n\nSaya {name}, NIK {nik}, melaporkan kehilangan sepeda motor {plate} di depan rumah saya {addr_rt} pada {date} sekitar pukul {time}. Nomor rangka MH1{n}{n2}{n3}{n4}.\n\nKupang, {tgl}\nPelapor,\n{name}\nTelp. {phone}")
t("letters", "Kupang, {tgl}\nPerihal: Permohonan keringanan biaya rumah sakit\n\nYth. Direktur RSUD,\nSaya {name}, keluarga pasien {name2} (No. kartu KIS {bpjs}), mohon keringanan biaya {rp} karena kartu nonaktif sejak {date}. Kami tinggal di {addr_rt}. HP: {phone}.\n\nHormat saya,\n{name}")
t("letters", "Kepada Yth. Kepala Dinas Perhubungan\n\nKami pengemudi angkot jalur {route} ({n} orang) mengadukan pungutan {rps} per rit di Terminal Kupang sejak {date}. Pungutan tanpa karcis dan tanpa dasar Perda No. {s}/{year}.\n\nKoordinator pengemudi,\n{name}\nHP {phone}")
t("letters", "SURAT KETERANGAN\nNomor: {surat}\nLurah {kel} menerangkan bahwa {name}, NIK {nik}, benar penduduk {rtrw}, Kel. {kel}, dan tergolong keluarga kurang mampu.\nKupang, {tgl}\nLurah {kel},\n{name2}\nNIP {nip}")
t("social", "Tolong RT kan 🙏 Kehilangan HP di angkot jalur {route} jam {time}. Kalau ada yg temu, hubungi nomor istri sy {phone}. Imbalan {rp}. - {name_low}")
t("social", "Selamat buat {sd} yg juara {s} lomba sains tingkat Kota {year}! Skor {n}{n2}, {n3} siswa ikut. Bangga 🎉")
t("social", "Dulu jalan di {street} dekat rumah sy {addr} hanya {n} lubang, sekarang {n2}. Sudah lapor 1708 tgl {date}, no {lapor}. Cc @dinaspupr_kupang")
t("social", "Utk tetangga yang tanya: PBB bisa bayar di Bank NTT, kode bayar = NOP 18 digit. Contoh format 53.71.0xx.0xx.0xx-xxxx.x. Jatuh tempo {date}, denda {s}% per bulan.")
t("social", "Akhirnya KTP-el jadi setelah {n} minggu 😭 antrian nomor {antrian}, jam {time}. Terima kasih mba petugas loket {s} 🙏")
t("social", "Cari kos dekat Undana Penfui, budget {rp}/bulan? Bukan jual beli ya, ini mau lapor: kos di {street} naikkan harga jadi {rp} tanpa pemberitahuan. Pemilik {name}, WA {phone}.")


# ---------------------------------------------------------------- mistyped NIKs
t("whatsapp", "pak ini no ktp sy {nik_len} (mgkn kurang 1 angka, kartu sdh rusak). Bantuan {rp} blm masuk sejak {month}. WA {hp}")
t("web_form", "Nama: {name}\nNIK: {nik_len}\nHP: {phone}\nIsi: Data NIK tidak ditemukan saat daftar BPJS PBI tgl {date}. Sudah {s} kali ke Dinsos, nomor antrian terakhir {antrian}.")
t("kupang_malay", "Beta pung NIK {nik_len}, ma di kantor bilang sonde tadaftar. Beta su tinggal di {rtrw} {kel} dari tahun {year}. Tolong bantu ee, nomor beta {phone}")
t("letters", "Yth. Kepala Dinas Dukcapil,\nSaya {name}, NIK {nik_typo}, memohon perbaikan tanggal lahir di KTP-el (tertulis {date}, seharusnya {date2}). Nomor KK {kk}.\nKupang, {tgl}\nHormat saya,\n{name}")


# ============================================================================= build
def build():
    records = []
    for ti, (style, tpl) in enumerate(T):
        for k in range(PER_TEMPLATE):
            ctx = {}
            marked = fill(tpl, ctx)
            text, spans = strip(marked)
            if style == "sms_caps" and R.random() < 0.6:
                up = text.upper()
                assert len(up) == len(text)
                text = up
                for s in spans:
                    s["value"] = s["value"].upper()
            records.append((style, ti, text, spans))
    R.shuffle(records)
    out = []
    for i, (style, ti, text, spans) in enumerate(records, 1):
        rid = f"d3-{i:04d}"
        # ---- verification
        assert "[[" not in text and "]]" not in text, (rid, text)
        assert not re.search(r"\{[a-z_]+\d*\}", text), (rid, text)
        prev_end = -1
        for s in spans:
            assert s["end"] > s["start"], (rid, s)
            assert text[s["start"]:s["end"]] == s["value"], (rid, s)
            assert s["value"] == s["value"].strip(), (rid, s)
            assert s["start"] >= prev_end, (rid, "overlap", s)
            prev_end = s["end"]
            nd = len(re.findall(r"[0-9０-９OolI]", s["value"])) if s["kind"] == "nik" else len(re.findall(r"[0-9０-９]", s["value"]))
            ok = {"nik": 15 <= nd <= 17, "kk": nd == 16, "npwp": nd in (15, 16), "bpjs": nd == 13,
                  "bank_account": 10 <= nd <= 16, "phone": 9 <= nd <= 14}.get(s["kind"], True)
            assert ok, (rid, s)
        n = count_numbers(text)
        assert n >= 2, (rid, ti, n, text)
        out.append({"id": rid, "text": text,
                    "spans": [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans],
                    "style": style})
    return out



#: Relabelled after the annotation guide's row on numbers posing as an office's, added after
#: this corpus was written: a number said right after it to pose as an office or its staff
#: (``..., mengaku petugas Dukcapil``, ``ngaku dari Dinsos``) is not labelled.
POSING_AFTER = re.compile(r"[ ,]{0,2}(?:yang |yg )?(?:ngaku|mengaku)(?![a-z])")


def follow_posing_row(record):
    """``record`` without the phone spans of numbers said right after them to pose."""
    text = record["text"]
    spans = [
        s
        for s in record["spans"]
        if not (s["kind"] == "phone" and POSING_AFTER.match(text, s["end"]))
    ]
    return {**record, "spans": spans}

def main():
    recs = [follow_posing_row(r) for r in build()]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    OUT.write_text(data, encoding="utf-8")
    # re-read and verify from disk
    back = [json.loads(l) for l in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(back) == len(recs)
    ids = set()
    for r in back:
        assert r["id"] not in ids
        ids.add(r["id"])
        for s in r["spans"]:
            assert s["kind"] in KINDS
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
    styles = Counter(r["style"] for r in back)
    kinds = Counter(s["kind"] for r in back for s in r["spans"])
    with_id = sum(1 for r in back if any(s["kind"] in IDENTITY_KINDS for s in r["spans"]))
    no_span = sum(1 for r in back if not r["spans"])
    print("texts", len(back))
    print("styles", dict(sorted(styles.items())))
    print("kinds", dict(sorted(kinds.items())))
    print("spans", sum(kinds.values()))
    print("texts with identity-number spans", with_id, "without", len(back) - with_id, "with no span", no_span)
    print("odd chars: nbsp", sum("\u00a0" in r["text"] for r in back), "zwsp", sum("\u200b" in r["text"] for r in back),
          "fullwidth", sum(bool(re.search("[０-９]", r["text"])) for r in back))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
