#!/usr/bin/env python3
"""Build redaction_dev4.jsonl: a development corpus of Indonesian complaint texts
(Kota Kupang / NTT) rich in phone-shaped numbers, labelled per
docs/redaction-annotation-guide.md only.

Templates are written by hand.  Placeholders {KEY}, {KEY#tag}, {KEY:fmt}, {KEY#tag:fmt}
expand either to a labelled value [[kind:value]] or to plain (unlabelled) text.
The labelled text is then stripped into text + spans; every span is verified.
Every template is instantiated at most twice.  Deterministic (seeded RNG).
"""
import hashlib, json, random, re, sys, os

SEED = 20261204
R = random.Random(SEED)

FW = str.maketrans("0123456789", "０１２３４５６７８９")
NBSP, ZW = "\u00a0", "\u200b"

FIRST_M = ["Yohanes", "Yakobus", "Dominggus", "Frans", "Marthen", "Daniel", "Ferdinand", "Melki",
           "Jefri", "Kristofel", "Oktovianus", "Petrus", "Paulus", "Imanuel", "Hendrik", "Ayub",
           "Sefnat", "Yeremias", "Arnoldus", "Herman", "Alfons", "Abdul", "Ahmad", "Umbu", "Yosep",
           "Markus", "Simon", "Benyamin", "Obed", "Rudolf", "Gustaf", "Elias", "Nikolas", "Yunus",
           "Stefanus", "Apolos", "Lukas", "Johny", "Ronald", "Aldo", "Rian", "Feri", "Deki", "Nus"]
FIRST_F = ["Maria", "Agustina", "Selfi", "Yanti", "Welhelmina", "Yuliana", "Novi", "Asti", "Rambu",
           "Rini", "Meliana", "Salomi", "Ester", "Rut", "Fransiska", "Theresia", "Lusia", "Siti",
           "Vivi", "Gracia", "Sofi", "Debora", "Marlin", "Yustina", "Erni", "Ance", "Mince",
           "Naomi", "Priska", "Elsa", "Dewi", "Ika", "Santi", "Yuli", "Orpa", "Marta", "Jeni",
           "Kasih", "Indah", "Melati", "Fitri", "Nurhayati", "Sarlota", "Dorkas"]
LAST = ["Ndun", "Manafe", "Tefa", "Benu", "Lay", "Bessie", "Riwu Kaho", "Therik", "Pah",
        "Nenobais", "Tanone", "Amalo", "Fanggidae", "Mooy", "Ratu", "Lobo", "Nope", "Adoe", "Kana",
        "Toelle", "Boimau", "Nubatonis", "Taopan", "Missa", "Lalang", "Dethan", "Bani", "Sinlae",
        "Haba", "Bire", "Mesakh", "Ully", "Pellokila", "Foenay", "Ndoen", "Kolo", "Leo", "Selan",
        "Baun", "Dju", "Bunga", "Hege", "Lede", "Huki", "Saubaki", "Tallo", "Messakh", "Seran",
        "Tse", "Liunokas", "Dillak", "Ledoh", "Radja", "Wadu", "Rohi", "Ora", "Tamonob"]
STREETS = ["Jl. Nangka", "Jl. Timor Raya", "Jl. Kelinci", "Jl. Sam Ratulangi", "Jl. Adisucipto",
           "Jl. Perintis Kemerdekaan", "Jl. Bajawa", "Jl. Jambu", "Jl. Mangga", "Jl. Kancil",
           "Jl. Kartini", "Jl. Alfons Nisnoni", "Jl. Fetor Funay", "Jl. Herewila", "Jl. Thamrin",
           "Jl. Rantai Damai", "Jl. Cak Doko", "Jl. Ikan Tongkol", "Jalan Kejora", "Jl. Manafe",
           "Jl. Bund", "Jl. Air Lobang", "Jl. Oekam", "Jl. Matani Raya", "Jl. Palapa",
           "Jl. Nusa Indah", "Jl. Beringin", "Jl. Sumba", "Jl. Flores", "jln. rambutan",
           "jl kenari", "Jl. W.J. Lalamentik", "Jl. Piet A. Tallo", "Jl. Frans Seda"]
LANES = ["Gg. Kakatua", "Gg. Sepakat", "Gg. Mawar", "Gg. Melati", "Gg. Damai", "Gg. 3", "Gg. Anggrek",
         "gang Cendana", "Gg. Keluarga"]
KEL = ["Oebufu", "Oebobo", "Kayu Putih", "Liliba", "Sikumana", "Bakunase", "Naikoten", "Oepura",
       "Fatululi", "Kelapa Lima", "Oesapa", "Penfui", "Maulafa", "Fontein", "Airnona", "Kuanino",
       "Nunbaun Sabu", "Alak", "Namosain", "Manutapen", "Fatukoa", "Naimata", "Belo", "Kolhua",
       "TDM", "Lasiana", "Oesapa Barat", "Nefonaek", "Pasir Panjang", "Osmok", "Bonipoi", "Solor"]
REGION = ["5371"] * 6 + ["5301"] * 3 + ["5302", "5303", "5304", "5305", "5306", "5310", "5313", "5316"]
MOBILE_PFX = ["0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0814", "0815",
              "0816", "0855", "0856", "0857", "0858", "0817", "0818", "0819", "0859", "0877",
              "0878", "0895", "0896", "0897", "0881", "0882"]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def groups(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------- phones ----------------
PHONE_FMTS = ["block"] * 5 + ["dash4"] * 3 + ["sp4"] * 3 + ["dot4", "dot4", "p62dash", "p62dash",
              "p62", "p62", "62", "62sp", "62dash", "p62sp", "sp3", "dash3", "fw", "nbsp", "zw",
              "p62paren"]


def mobile_digits():
    n = R.choice([11, 12, 12, 12, 13])
    return R.choice(MOBILE_PFX) + digits(n - 4)


def fmt_mobile(d, f):
    """d: national digits starting 08."""
    core = d[1:]  # 8...
    if f == "block": return d
    if f == "dash4": return groups(d, [4, 4], "-")
    if f == "sp4": return groups(d, [4, 4], " ")
    if f == "dot4": return groups(d, [4, 4], ".")
    if f == "sp3": return groups(d, [4, 3, 3], " ")
    if f == "dash3": return groups(d, [4, 3], "-")
    if f == "p62dash": return "+62 " + groups(core, [3, 4], "-")
    if f == "p62": return "+62" + core
    if f == "p62paren": return "(+62) " + groups(core, [3, 4], "-")
    if f == "62": return "62" + core
    if f == "62sp": return "62 " + groups(core, [3, 4], " ")
    if f == "62dash": return "62-" + groups(core, [3, 4], "-")
    if f == "p62sp": return "+62 " + groups(core, [3, 4], " ")
    if f == "fw": return groups(d, [4, 4], "-").translate(FW) if R.random() < .5 else d.translate(FW)
    if f == "nbsp": return groups(d, [4, 4], NBSP)
    if f == "zw": return groups(d, [4, 4], ZW)
    if f == "nl": return groups(d, [4, 4], " ").rsplit(" ", 1)[0] + "\n" + d[8:]
    if f == "nl2": return d[:6] + "\n" + d[6:]
    raise ValueError(f)


def mobile(f=None):
    return fmt_mobile(mobile_digits(), f or R.choice(PHONE_FMTS))


def landline(f=None):
    n = "8" + digits(5) if R.random() < .8 else "8" + digits(6)
    f = f or R.choice(["sp", "paren", "paren", "dash", "parensp", "block", "p62", "dot"])
    if f == "sp": return "0380 " + n
    if f == "paren": return "(0380) " + n
    if f == "parensp": return "(0380) " + (groups(n, [3], " ") if len(n) == 6 else groups(n, [4], " "))
    if f == "dash": return "0380-" + n
    if f == "block": return "0380" + n
    if f == "p62": return "+62 380 " + n
    if f == "dot": return "0380." + groups(n, [3], ".")
    raise ValueError(f)


def tollfree():
    return R.choice(["0800-1-", "0800 1 ", "0800-", "0-800-1-"]) + digits(6 if R.random() < .5 else 5)


# ---------------- identity numbers ----------------
def nik_digits(region=None, female=None):
    region = region or R.choice(REGION)
    dist = "%02d" % R.randint(1, 12)
    female = R.random() < .5 if female is None else female
    day = R.randint(1, 28) + (40 if female else 0)
    mon = R.randint(1, 12)
    yr = R.randint(40, 99) if R.random() < .8 else R.randint(0, 8)
    return region + dist + "%02d%02d%02d" % (day, mon, yr) + "%04d" % R.randint(1, 60)


def fmt_nik(d, f):
    if f == "block": return d
    if f == "sp4": return groups(d, [4, 4, 4], " ")
    if f == "dots": return groups(d, [2, 2, 2, 6], ".")
    if f == "dash4": return groups(d, [4, 4, 4], "-")
    if f == "fw": return d.translate(FW)
    if f == "nbsp": return groups(d, [4, 4, 4], NBSP)
    if f == "zw": return groups(d, [6, 6], ZW)
    if f == "O": i = max(i for i, c in enumerate(d) if c == "0" and i > 3) if "0" in d[4:] else None; return d if i is None else d[:i] + "O" + d[i + 1:]
    if f == "l": return d.replace("1", "l", 1) if "1" in d else d
    if f == "15": return d[:10] + d[11:]
    if f == "17": return d[:12] + R.choice("0123456789") + d[12:]
    raise ValueError(f)


NIK_FMTS = ["block"] * 8 + ["sp4"] * 3 + ["dots", "dash4", "fw", "nbsp", "zw", "O", "l", "15", "17"]


def nik(f=None, female=None):
    return fmt_nik(nik_digits(female=female), f or R.choice(NIK_FMTS))


def kk(f=None):
    d = R.choice(REGION) + "%02d" % R.randint(1, 12) + "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(5, 25)) + "%04d" % R.randint(1, 99)
    return fmt_nik(d, f or R.choice(["block"] * 6 + ["sp4", "sp4", "dots", "nbsp"]))


def npwp(f=None):
    d = "%02d" % R.choice([1, 2, 7, 8, 9, 14, 15, 24, 25, 31, 44, 54, 66, 73, 76, 81, 84, 92]) + digits(7) + R.choice(["921", "922", "923", "924", "925"]) + "000"
    f = f or R.choice(["std", "std", "std", "sp", "block", "nodash", "sp2", "new16", "new16"])
    if f == "std": return "%s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])
    if f == "nodash": return "%s.%s.%s.%s.%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])
    if f == "sp": return " ".join([d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:]])
    if f == "sp2": return "%s.%s.%s.%s - %s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])
    if f == "block": return d
    if f == "new16": return nik_digits() if R.random() < .6 else "0" + d
    raise ValueError(f)


def bpjs(f=None):
    d = "000" + digits(10)
    f = f or R.choice(["block", "block", "block", "sp", "dash"])
    return {"block": d, "sp": groups(d, [4, 4], " "), "dash": groups(d, [4, 4], "-")}[f]


def rek(bank=None):
    bank = bank or R.choice(["BRI", "BNI", "Mandiri", "BCA", "Bank NTT"])
    if bank == "BRI":
        d = digits(4) + "01" + digits(9)
        return R.choice([groups(d, [4, 2, 6, 2], "-"), d, groups(d, [4, 2, 6, 2], " ")])
    if bank == "BNI":
        d = R.choice(["0", "08", "1", "2"]) + digits(10)
        d = d[:10]
        return R.choice([d, d, groups(d, [3, 3], "-")])
    if bank == "Mandiri":
        d = R.choice(["161", "152", "180"]) + "00" + digits(8)
        return R.choice([d, groups(d, [3, 2, 7], "-")])
    if bank == "BCA":
        d = digits(10)
        return R.choice([d, groups(d, [3, 3], " ")])
    d = R.choice(["001", "002", "003"]) + R.choice(["01", "02"]) + R.choice(["01", "02"]) + digits(6) + digits(1)
    return R.choice(["%s.%s.%s.%s-%s" % (d[:3], d[3:5], d[5:7], d[7:13], d[13:]), d])


def plate(f=None):
    pre = R.choice(["DH"] * 6 + ["EB", "ED", "EA"])
    num = str(R.randint(1, 9999))
    suf = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 2])))
    f = f or R.choice(["std", "std", "std", "glued", "lower"])
    if f == "glued": return pre + num + suf
    if f == "lower": return ("%s %s %s" % (pre, num, suf)).lower()
    return "%s %s %s" % (pre, num, suf)


def email(first=None, last=None):
    first = (first or R.choice(FIRST_M + FIRST_F)).lower()
    last = (last or R.choice(LAST)).lower().replace(" ", "")
    user = R.choice([first + "." + last, first + last + str(R.randint(1, 99)), first + "_" + last,
                     last + first[:3] + str(R.randint(70, 2005)), first + str(R.randint(10, 99))])
    return user + "@" + R.choice(["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com"])


def address(f=None):
    f = f or R.choice(["street", "street", "street_rt", "lane", "street_lane", "street_rt2"])
    no = str(R.randint(1, 160)) + (R.choice(["A", "B", ""]) if R.random() < .2 else "")
    noword = R.choice(["No. ", "No.", "No ", "no. ", "nomor ", "No. "])
    rt = "%02d" % R.randint(1, 40) if R.random() < .5 else "%03d" % R.randint(1, 40)
    rw = "%02d" % R.randint(1, 12) if R.random() < .5 else "%03d" % R.randint(1, 12)
    if f == "street": return "%s %s%s" % (R.choice(STREETS), noword, no)
    if f == "street_rt": return "%s %s%s, RT %s/RW %s" % (R.choice(STREETS), noword, no, rt, rw)
    if f == "street_rt2": return "%s %s%s RT.%s RW.%s" % (R.choice(STREETS), noword, no, rt, rw)
    if f == "lane": return "%s %s%s" % (R.choice(LANES), noword, no)
    if f == "street_lane": return "%s %s %s%s" % (R.choice(STREETS), R.choice(LANES), noword, no)
    raise ValueError(f)


def rtrw(f=None):
    rt, rw = R.randint(1, 40), R.randint(1, 12)
    f = f or R.choice(["a", "b", "c", "d", "e", "f"])
    return {"a": "RT %02d RW %02d" % (rt, rw), "b": "RT %03d/RW %03d" % (rt, rw),
            "c": "rt %d rw %d" % (rt, rw), "d": "RT %d" % rt, "e": "RT.%02d/RW.%02d" % (rt, rw),
            "f": "Rt %d/Rw %d" % (rt, rw)}[f]


# ---------------- look-alikes (unlabelled) ----------------
def money():
    return R.choice([
        "Rp %s" % "{:,}".format(R.randint(1, 300) * 5000).replace(",", "."),
        "Rp%s" % "{:,}".format(R.randint(1, 60) * 25000).replace(",", "."),
        "Rp. %s,-" % "{:,}".format(R.randint(1, 90) * 10000).replace(",", "."),
        "%s ribu" % R.choice([50, 75, 100, 150, 200, 250, 350, 500]),
        "%s juta" % R.choice(["1", "1,5", "2", "2,5", "3", "7", "12"]),
        "Rp %drb" % R.choice([20, 35, 50, 100, 150]),
        str(R.randint(2, 90) * 50000),
        "Rp %d" % (R.randint(2, 90) * 50000)])


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


def date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026, 2026])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y),
                     "%02d%02d%d" % (d, m, y), "%d/%d" % (d, m), "%d/%d/%d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d),
                     "%02d.%02d.%d" % (d, m, y)])


def time_():
    h, mi = R.randint(6, 22), R.choice([0, 15, 30, 45, 10, 5])
    return R.choice(["%02d.%02d WITA" % (h, mi), "%02d.%02d" % (h, mi), "%02d:%02d" % (h, mi),
                     "%02d.%02d wita" % (h, mi), "%02d:%02d WITA" % (h, mi)])


def token():
    d = digits(20)
    return R.choice([groups(d, [4] * 4, " "), groups(d, [4] * 4, "-"), d])


def idpel():
    return R.choice(["53", "53", "54"]) + R.choice(["12", "13", "14", "21"]) + digits(8)


def meter():
    return R.choice(["0", "5", "08", "14", "56"]) + digits(11 - 1) if R.random() < .7 else "0" + digits(10)


def pdam():
    return R.choice(["%02d-%02d-%06d" % (R.randint(1, 9), R.randint(1, 30), R.randint(1, 9999)),
                     "0%d%s" % (R.randint(1, 9), digits(8)), "%02d.%02d.%05d" % (R.randint(1, 9), R.randint(1, 30), R.randint(1, 99999))])


def va(phone_inside=None):
    inside = phone_inside if phone_inside is not None else R.random() < .6
    tail = mobile_digits() if inside else digits(11)
    pre = R.choice(["8808", "88908", "12345", "8277", "39358", "7008"])
    return R.choice([pre + tail, pre + " " + tail, groups(pre + tail, [4] * 5, " ")])


def billing():
    return R.choice(["8202" + digits(11), "0" + digits(14), digits(15)])


def nop():
    return "53.71.%03d.%03d.%03d-%04d.%d" % (R.randint(10, 90), R.randint(1, 20), R.randint(1, 80), R.randint(1, 999), R.randint(0, 9))


def ticket():
    al = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return R.choice(["".join(R.choice(al) for _ in range(4)) + "-" + "".join(R.choice(al) for _ in range(4)) + "-" + "".join(R.choice(al) for _ in range(3)),
                     "#LPR-2026-%04d-%04d" % (R.randint(1, 1231), R.randint(1, 9999)),
                     "LAPOR-5371-2026-%05d" % R.randint(1, 99999),
                     "%04d-%04d-%03d" % (R.randint(2501, 2612), R.randint(1, 9999), R.randint(1, 999)),
                     "TKT%s" % digits(9), "2026%s" % digits(8)])


def letterno():
    return R.choice(["%d/%s/2026" % (R.randint(1, 999), R.choice(["DINKES", "DISDUKCAPIL", "KEL.OBB", "DLHK", "PUPR", "BPKAD"])),
                     "%d/%d/%s/2026" % (R.choice([100, 400, 470, 500, 503, 700, 800]), R.randint(1, 999), R.choice(["INSP", "SETDA", "KEL", "DPMPTSP"])),
                     "503/PBG/2026/%05d" % R.randint(1, 9999), "5371-LU-%s-%04d" % (date().replace("/", "").replace("-", "")[:8], R.randint(1, 99)),
                     "B-%d/KK.19.%02d/2026" % (R.randint(1, 999), R.randint(1, 20))])


def resi():
    return R.choice(["JP" + digits(10), "JX" + digits(10), "0" + digits(11), "CGK" + digits(12), "SPXID0" + digits(11),
                     "KPG" + digits(9), digits(12)])


def orderno():
    return R.choice(["INV/2026%02d%02d/MPL/%s" % (R.randint(1, 12), R.randint(1, 28), digits(10)),
                     "26%02d%02d%s" % (R.randint(1, 12), R.randint(1, 28), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))),
                     "ORD-" + digits(8), "08" + digits(10), digits(14)])


def refno():
    return R.choice([digits(12), "08" + digits(10), "FT" + digits(14), "2026" + digits(12), digits(6), "0" + digits(15)])


def nisn():
    return "00" + digits(8)


def npsn():
    return "5030" + digits(4)


def nip():
    return "19%02d%02d%02d %d%02d %d %03d" % (R.randint(65, 99), R.randint(1, 12), R.randint(1, 28), R.randint(2000, 2020), R.randint(1, 12), R.randint(1, 2), R.randint(1, 20))


def bpjstk():
    return digits(11)


def postal():
    return R.choice(["85111", "85112", "85118", "85119", "85142", "85148", "85228", "85361", "85228", "85116"])


# ---------------- expansion ----------------
def person(g=None):
    fem = R.random() < .5 if g is None else g == "f"
    return (R.choice(FIRST_F if fem else FIRST_M), R.choice(LAST))


def L(kind, v):
    return "[[%s:%s]]" % (kind, v)


def expand(tpl):
    cache = {}
    gender = {t: g for t, g in re.findall(r"\{(?:N|F|NU|FU|S|E)#(\w+):([mf])\}", tpl)}

    def getp(tag, g=None):
        k = ("person", tag)
        if k not in cache:
            cache[k] = person(gender.get(tag, g))
        return cache[k]

    def rep(m):
        key, tag, fmt = m.group(1), m.group(2), m.group(3)
        if key in ("N", "F", "S", "NU", "FU", "E"):
            p = getp(tag or object(), fmt)
            if key == "N": return L("name", p[0] + " " + p[1])
            if key == "NU": return L("name", (p[0] + " " + p[1]).upper())
            if key == "F": return L("name", p[0])
            if key == "FU": return L("name", p[0].upper())
            if key == "S": return L("name", p[1])
            if key == "E": return L("email", email(p[0], p[1]))
        ck = (key, tag, fmt)
        if tag and ck in cache:
            return cache[ck]
        v = gen(key, fmt)
        if tag:
            cache[ck] = v
        return v

    return re.sub(r"\{([A-Za-z_]+)(?:#(\w+))?(?::(\w+))?\}", rep, tpl)


def gen(key, fmt):
    g = {
        "P": lambda: L("phone", mobile(fmt)), "p": lambda: mobile(fmt),
        "H": lambda: L("phone", landline(fmt)), "h": lambda: landline(fmt),
        "tf": tollfree,
        "NIK": lambda: L("nik", nik(fmt)), "NIKF": lambda: L("nik", nik(fmt, True)),
        "KK": lambda: L("kk", kk(fmt)), "NPWP": lambda: L("npwp", npwp(fmt)),
        "BPJS": lambda: L("bpjs", bpjs(fmt)), "REK": lambda: L("bank_account", rek(fmt)),
        "PL": lambda: L("plate", plate(fmt)), "EM": lambda: L("email", email()),
        "A": lambda: L("address", address(fmt)), "RT": lambda: L("address", rtrw(fmt)),
        "rp": money, "date": date, "time": time_, "token": token, "idpel": idpel, "meter": meter,
        "pdam": pdam, "va": lambda: va(True if fmt == "ph" else None), "bill": billing, "nop": nop,
        "tkt": ticket, "surat": letterno, "resi": resi, "order": orderno, "ref": refno,
        "nisn": nisn, "npsn": npsn, "nip": nip, "bpjstk": bpjstk, "pos": postal,
        "kel": lambda: R.choice(KEL), "n": lambda: str(R.randint(2, 40)),
        "nikraw": lambda: nik_digits(), "fn": lambda: R.choice(FIRST_M), "d4": lambda: digits(4),
    }
    return g[key]()


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}


def strip(marked):
    out, spans, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()]); cur += m.start() - pos
        kind, val = m.group(1), m.group(2)
        assert kind in KINDS, kind
        spans.append({"kind": kind, "start": cur, "end": cur + len(val), "_v": val})
        out.append(val); cur += len(val); pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    return text, spans


TEMPLATES = []


def T(style, text):
    TEMPLATES.append((style, text))

# ---------------- sms_caps ----------------
S = "sms_caps"
T(S, "KOTKUPANG lampu jalan di jl. amabi mati sdh 2 minggu. sy {N} hp {P}")
T(S, "KOTKUPANG air pdam tdk jalan 5 hari di {RT} kel {kel}. no pelanggan {pdam}. hub sy {P:block}")
T(S, "KOTKUPANG SAYA {N#a} NIK {NIK} MAU TANYA KTP EL SUDAH 3 BULAN BLM JADI. HP/WA {P}")
T(S, "KOTKUPANG sampah numpuk depan pasar oebobo. kalau mau cek tlp sy {P:dash4} a.n. {F}")
T(S, "KOTKUPANG TOKEN PLN SY {token} TDK MASUK2, SDH TLP 123 TDK ADA JAWABAN. ID PEL {idpel}. NO SY {P:block}")
T(S, "KOTKUPANG jln rusak di jl. frans seda dekat km 4, sdh ada korban jatuh {n} org. tlp dinas pupr {h} tdk diangkat. tlg diperbaiki")
T(S, "KOTKUPANG sy sdh lapor ke wa center dukcapil {p:dash4} tp tdk dibalas. nik sy {NIK:block} hp {P:sp4}")
T(S, "KOTKUPANG ANJING LIAR BANYAK DI {RT} KEL {kel}. SUDAH LAPOR KE POSKO {h} TDK ADA TINDAK LANJUT. SMS BALIK KE {P:block}")
T(S, "KOTKUPANG tagihan pdam bulan ini {rp} pdhl biasa {rp}. no sambungan {pdam}. sy {F} {P:62}")
T(S, "KOTKUPANG saya guru honor di sd inpres {kel} 2 blm terima gaji 4 bln. NPSN sekolah {npsn}. kontak {P}")
T(S, "KOTKUPANG ADA ORANG JUAL TANAH PEMERINTAH DI {kel}, NOMOR DIA {P}, NAMANYA {N}. SAYA TIDAK MAU SEBUT NAMA")
T(S, "KOTKUPANG rumah sy kebanjiran tiap hujan krn got tersumbat. alamat {A}. no hp {P:block} / {P:block}")
T(S, "KOTKUPANG VA PEMBAYARAN PBB SY {va:ph} GAGAL TERUS. NOP {nop}. MOHON BANTU. HP {P:block}")
T(S, "KOTKUPANG tlg cek pungli di kantor kel {kel}, minta {rp} utk surat pindah. sy bisa dihub {P:p62}")
T(S, "KOTKUPANG BLT DANA BELUM CAIR. KK {KK:block} NIK {NIK:block} A.N {N}. HP {P:block}")
T(S, "KOTKUPANG ojek pangkalan depan terminal kupang tarif naik jadi {rp}. no pangkalan {p:block}. tlg ditertibkan")
T(S, "KOTKUPANG SDR YTH, TIKET LAPOR SAYA {tkt} BLM DIRESPON. HP SY {P:block}")
T(S, "KOTKUPANG lampu merah di perempatan el tari mati dr {time}. tlp polantas {h} sibuk terus")
T(S, "KOTKUPANG sy {F} di {RT} kel {kel}, meteran pln sy no {meter} rusak. hp {P:block}")
T(S, "KOTKUPANG MOHON INFO BANSOS. NIK SY {NIK:O}. TLP {P:block}. TKS")
T(S, "KOTKUPANG bidan di pustu {kel} a.n {F} minta {rp} utk ttd kartu. hp bidan {P:block}")
T(S, "KOTKUPANG truk sampah dinas tdk datang {n} hari. sy ketua rt tp ini no pribadi sy {P:sp4}")
T(S, "KOTKUPANG PLAT {PL} PARKIR DI TROTOAR DEPAN RUMAH SY TIAP MALAM. SY {N} {P:block}")
T(S, "KOTKUPANG hp:{P:block} nama {N}. jalan ke sekolah anak sy di {kel} gelap total")
T(S, "KOTKUPANG WA{P:block} - antrian bpjs di puskesmas {kel} jam 6 pagi sdh {n}0 org. no kartu {BPJS}")
T(S, "KOTKUPANG pengaduan ttg pdam. sdh tlp hotline pdam {h} dan wa {p:dash4} tdk ada respon. no pel {pdam}")
T(S, "KOTKUPANG SY ANAK DARI ALM {N:m}, NIK BAPA {NIK:block}, AKTA KEMATIAN BLM TERBIT. HUB {P:block}")
T(S, "KOTKUPANG {date} jam 11 mlm ada ribut di {kel}. tlp 110 tdk masuk. sy {P:62sp}")

# ---------------- whatsapp ----------------
W = "whatsapp"
T(W, "Selamat pagi admin. Sy mau lapor lampu jalan di depan SD Inpres {kel} mati sudah sebulan.\nNama: {N}\nHP/WA: {P}\nTerima kasih 🙏")
T(W, "[{date} {time}] {N#a}: Kaka admin, air PDAM di rumah sy sdh 3 hari sonde keluar\n[{date} {time}] {N#a}: No pelanggan {pdam}\n[{date} {time}] {N#a}: Kalo mau survei hub sy {P}")
T(W, "Forward dari grup RT:\n\"Info: bagi warga yg blm terima beras bantuan silakan hubungi Ibu {F#a:f} {P#x:dash4} (sekretaris RT). Jangan ke kantor lurah dulu\"\nIni benar ka admin? Ibu {F#a:f} minta {rp} per KK")
T(W, "Pagi pak, sy {F} dr {kel}. Sy sdh transfer {rp} ke rek BRI {REK:BRI} a.n. {N} utk urus sertifikat, sampai skrg tdk ada kabar. Nomor dia {P} sdh tdk aktif")
T(W, "admin tlg dibantu, token listrik saya {token} tdk bisa masuk, meteran no {meter}. sdh telp PLN 123 disuruh tunggu. sy di {P}")
T(W, "Sy {N}, nik {NIK}. Mau tanya pengurusan KK baru, kata petugas harus wa ke admin kelurahan di {p}. Itu nomor resmi kah?")
T(W, "Pak, ini nomor WA center Disdukcapil: {p:dash4}. Sdh sy chat dari {date} blm dibalas. Sy bisa dihubungi di {P:p62dash}")
T(W, "Chat WhatsApp dengan {N#a}\n\n{date} {time} - {N#a}: sy sdh ke kantor camat\n{date} {time} - {N#a}: mereka bilang hubungi {h} saja\n{date} {time} - Saya: ok nanti sy tlp")
T(W, "Info kak, jalan di Jl. Kelinci Oebufu sudah digali dari {date} dan belum ditutup. Kemarin motor tetangga sy {PL} masuk lubang. Nomor tetangga {P} kalau mau tanya")
T(W, "selamat siang, sy ibu {F:f} mau lapor anak sy {F} blm dpt PIP. NISN anak {nisn}. hp sy {P:block} trims")
T(W, "Admin sy sdh bayar PBB lewat VA {va:ph} tp status masih belum lunas. NOP {nop}. Bukti transfer no ref {ref}. WA sy {P}")
T(W, "Sa pung nomor {P} ee, sa tunggu telpon dari dinas. Sampah di {RT} su bau skali")
T(W, "Pak admin, tolong cek tukang bangunan {N} yang kerja di rumah sy {A}, ambil uang {rp} lalu kabur. HP dia {P}, {P}")
T(W, "Permisi, apakah nomor {p:sp4} benar nomor WA pengaduan RSUD Prof. Dr. W. Z. Johannes? sy mau komplain pelayanan IGD tgl {date}. Sy {N} hp {P:block}")
T(W, "*Pesan diteruskan*\nYth warga Kel. {kel}, vaksin anak dibuka {date} di Posyandu Bunga Bakung. Info: kader {F} {P:dash4}")
T(W, "Nomor WA sy {P:block}\nNama {N}\nAlamat {A} Kel. {kel}\nLaporan: pipa PDAM bocor depan rumah sdh 2 minggu, air terbuang")
T(W, "bpk/ibu, sy sdh lapor via 1708 dgn nomor tiket {tkt} tgl {date}. Belum ada respon. Saya {N} {P:62}")
T(W, "Kak ini nomor toko bangunan yg jual semen bantuan: {p:dash4} (Toko Sinar Abadi). Harga {rp} per sak pdhl itu bantuan pemerintah")
T(W, "{time} sy tlp call center PLN 123 katanya gangguan. Sdh {n} jam. ID pelanggan {idpel}. Kalo ada petugas mau cek, kontak sy {F} {P}")
T(W, "Mohon maaf mengganggu. Kami keluarga {S} di {RT} mau lapor sengketa batas tanah dgn keluarga {S}. Sdh ke kelurahan tp tdk selesai. HP {P}")
T(W, "tlg admin hapus nomor hp sy {P:block} dr grup bansos krn sy terus ditelpon org minta uang")
T(W, "Sy bapa {N}. Anak sy {F} ditahan ijazah di SMA krn tunggakan {rp}. Wali kelas namanya ibu {N:f}, hp beliau {P}. Sy sdh tlp sekolah {h} tdk diangkat")
T(W, "Nomor sy ganti ya admin, yg lama {P:dash4} sdh hilang, yg baru {P:dash4}. Laporan sy no {tkt}")
T(W, "Ini sy kirim foto spanduk di depan kantor lurah: \"PENGADUAN PELAYANAN HUB. {p:dash4} / {h}\". Sy sdh tlp tdk diangkat. {N}")
T(W, "Admin, ada penipuan atas nama kantor pajak, telp dari {P:p62dash} minta data NPWP sy {NPWP}. Itu bukan nomor kantor kan? Nomor kantor pajak yg resmi {h}")
T(W, "Ibu {F#a:f} ({P#a}) jual gas 3 kg {rp} per tabung. Di pangkalan resmi {rp}. Sy {F} tetangga, hp sy {P}")
T(W, "mau tanya admin. sy ganti nomor wa dari 0812... ke {P}. data di dukcapil apa perlu diganti? NIK {NIK}")
T(W, "Sore, laporan kebisingan: bengkel motor di {kel} kerja sampai jam 1 malam. No bengkel yg ada di papan {p:block}. Sy warga {RT}, {P:block}")
# ---------------- kupang_malay ----------------
K = "kupang_malay"
T(K, "Bapa admin, beta {F} dari {kel}. Lampu jalan di beta pung lorong su mati dari bulan lalu. Kalo mau tanya, telpon beta di {P} sa")
T(K, "Kaka dong, air ledeng sonde kaluar su satu minggu. Beta pung nomor pelanggan {pdam}. Beta pung hp {P:sp4}, beta nama {N}")
T(K, "Ini beta pung mama pung nomor {P}, mama nama {F}. Dia pung KTP hilang, NIK {NIKF}, mau urus baru karmana?")
T(K, "Om admin, di {RT} ada orang buang sampah sambarang di kali. Beta su lapor ke pak RT tapi dia bilang lapor sa ke posko {h}. Su telpon sonde ada yang angkat")
T(K, "Beta mau lapor Om {F#a:m} yang tinggal di {A#x}, dia pung anjing gigit beta pung ana. Om {F#a:m} pung hp {P}. Beta {N} {P}")
T(K, "Kaka, beta su bayar listrik pake VA {va} tapi token sonde masuk. Nomor meter {meter}. Beta di {P:62}")
T(K, "Tanta {F:f} jual bensin eceran {rp} satu botol, mahal na. Dia pung nomor {P:dash4}. Beta cuma mau kasi tau sa")
T(K, "Pak, sopir bemo jalur {n} ni bawa oto talalu laju, plat {PL}. Beta ana sakola hampir ditabrak. Beta nomor {P}")
T(K, "Beta su telpon ke kantor camat {h} tiga kali, sonde ada yang angkat. Sekarang beta pake nomor ini sa {P:block}, nama beta {F}")
T(K, "Beta pung tetangga Nona {F#a:f} sakit keras, BPJS dia sonde aktif. No kartu {BPJS}. Nona {F#a:f} pung hp {P}")
T(K, "Kaka, itu nomor {P:block} tu nomor apa? Orang kirim sms bilang dari Dinsos, minta beta pung NIK deng KK. Beta sonde kasi")
T(K, "Beta su lapor lewat 1708 ko dapa tiket {tkt}, mar sampe sakarang jalan di depan rumah {A} masih lubang. Beta pung hp {P:sp3}")
T(K, "Oma {F:f} di {RT} sonde dapa beras bantuan lai. Oma sonde pung hp, jadi telpon beta pung hp sa {P}, beta ni ana mantu")
T(K, "Admin, tukang ojek pangkalan depan pasar kasih harga {rp} ke Oesapa. Nomor pangkalan di papan {p:dash4}. Ini sonde pantas")
T(K, "Beta Bapa {N:m}, beta pung KK nomor {KK}, ana dong pung nama salah tulis di KK. Beta su pi Dukcapil {n} kali. HP {P}")
T(K, "Dong bilang kalo mau urus IMB harus bayar {rp} ke rekening {REK:BRI} a.n {N}. Ini resmi ko sonde? Beta {P}")
T(K, "Ada tanki air swasta jual air {rp} satu tangki, dong pung nomor {p} tulis di tangki. Beta cuma mau tanya harga resmi di Kupang brapa")
T(K, "Beta pung nomor ni {P:block} ee kaka, jang kasi orang laen. Beta lapor guru di SD dong pukul ana. Guru nama {N}")
T(K, "Kaka, beta sonde tau mo telpon sapa. Di {kel} ada pipa pecah. Nomor PDAM yang di stiker tu {h}, sonde aktif")
T(K, "Beta pung hp {P} deng beta pung laki pung hp {P}. Jang telpon pagi, katong kerja di pasar")
T(K, "Kaka dong, sonde usah balas ke nomor ni, telpon sa ke rumah {H}, beta pung hp rusak. Beta Mama {F:f}")
T(K, "Ada orang ngaku petugas PLN datang ke rumah {A}, minta {rp} ganti meteran. Dia kasi nomor {P}, nama {F}. Beta tanya ke PLN 123 dong bilang sonde ada petugas")

# ---------------- web_form ----------------
F = "web_form"
T(F, "Nama Pelapor: {N}\nNIK: {NIK}\nNo. HP: {P}\nEmail: {E}\nAlamat: {A}, Kel. {kel}\nKategori: Infrastruktur\nIsi Laporan: Jalan di depan Puskesmas Sikumana berlubang, sudah {n} kali ada kecelakaan.")
T(F, "Nama: {N#a}\nNo. KK: {KK}\nNIK: {NIK}\nTelepon: {P}\nTelp Rumah: {H}\nLaporan: Bantuan PKH tidak diterima sejak {date}.")
T(F, "Judul: Pungutan liar di sekolah\nIsi: Anak saya kelas 5 di SD Inpres Oepura 2 dimintai {rp} untuk uang komite. Kepala sekolah tidak mau ditemui.\nKontak pelapor: {P:dash4}\nLampiran: kwitansi no {n}")
T(F, "Nama lengkap : {NU}\nNo. Induk Kependudukan : {NIK:sp4}\nNo. Telepon/WA : {P:p62}\nAlamat : {RT} Kel. {kel} Kec. Maulafa\nUraian : KTP-el belum jadi sejak {date}, nomor registrasi {ref}")
T(F, "Pelapor: anonim\nNo HP: {P}\nLokasi: Jl. El Tari depan kantor Gubernur\nLaporan: lampu PJU mati {n} tiang. Sudah lapor ke hotline Dishub {h}.")
T(F, "Nama: {N}\nEmail: {E}\nHP: {P}\nNPWP: {NPWP}\nPerihal: Restitusi pajak belum cair, nomor surat {surat}")
T(F, "Identitas Pelapor\n- Nama: {N}\n- NIK: {NIK:dots}\n- No. HP: {P:sp4}\n- Alamat: {A:street_rt}\nPengaduan: Tagihan PDAM Rp 0 selama 3 bulan lalu tiba-tiba {rp}. No. sambungan {pdam}")
T(F, "Nama: {N}\nHP: {P:block}\nIsi: Mohon info nomor resmi pengaduan Dinas Lingkungan Hidup. Di website tertulis {h} tapi nomor {p:block} juga beredar di FB.")
T(F, "Nama Pelapor : {N#a}\nHP : {P}\nNo Rekening : {REK:BNI} (BNI) a.n. {N#a}\nLaporan : Dana hibah kelompok tani belum ditransfer. Nomor SK {surat}")
T(F, "Nama: {N}\nKontak: {P:62dash}\nKendaraan: {PL}\nLaporan: Kendaraan saya diderek Dishub tanggal {date} tanpa surat tilang. Sudah bayar denda {rp} dengan kode billing {bill}.")
T(F, "Nama: {F}\nNo HP: {P}\nLaporan: Di Kel. {kel} ada apotek yang jual obat keras tanpa resep. Nomor apotek {h}, WA apotek {p:dash4}.")
T(F, "Nama: {N}\nNIK: {NIK}\nBPJS: {BPJS}\nHP: {P}\nLaporan: Ditolak di RS Bhayangkara Drs. Titus Uly karena kartu JKN tidak aktif padahal iuran sudah dibayar {rp} tanggal {date}.")
T(F, "Nama: Tidak ingin disebut\nEmail: {EM}\nNo. HP: -\nIsi: Call center 112 tidak bisa dihubungi saat kebakaran di {kel} tanggal {date} {time}.")
T(F, "Nama lengkap: {N}\nTempat/Tgl lahir: Kupang, {date}\nNIK: {NIK}\nNo KK: {KK:sp4}\nHP: {P}\nHP lain (suami): {P}\nAlamat: {A:street_lane}\nLaporan: Akta lahir anak belum jadi, no. registrasi {ref}")
T(F, "Nama: {N}\nTelp: {H}\nHP: {P:dot4}\nKeluhan: Air PDAM keruh sejak {date}. Meter air nomor {meter}. Sudah hubungi PDAM di {h} dan 0800 tidak aktif.")
T(F, "Nama: {N}\nNo. HP: {P}\nNomor pesanan: {order}\nLaporan: Beli paket sembako murah lewat aplikasi kelurahan, sudah transfer {rp} ke VA {va} tapi barang tidak datang. Nomor resi {resi}.")
T(F, "Nama: {N#a}\nNIK: {NIK:17}\nHP: {P}\nKeterangan: NIK saya kalau dicek di aplikasi katanya tidak ditemukan.")
T(F, "Pelapor: {N}\nWA: {P:p62sp}\nLokasi kejadian: Jl. Piet A. Tallo km {n}\nIsi: Truk tangki air swasta {PL} tumpahkan air dan oli di jalan, licin. Nomor di badan truk {p:dash4} (CV Air Murni).")
T(F, "Nama: {N}\nNIK: {NIK:l}\nHP: {P:block}\nEmail: {E}\nLaporan: Permohonan pindah domisili no. {surat} belum diproses.")
T(F, "nama: {N}\nno hp: {P:fw}\nlaporan: jalan di {RT} rusak, sudah {n} tahun")
T(F, "Nama: {N}\nAlamat: {A}\nNo. HP: {P:nbsp}\nNo. HP darurat (adik): {P}\nLaporan: Tetangga bakar sampah plastik setiap sore. Sudah tegur Ketua RT 09 tapi tidak ada tindakan.")
T(F, "Nama: {N}\nNo. Telp: {P:zw}\nKategori: Kependudukan\nIsi: Data KK saya {KK} masih tercatat di alamat lama.")
T(F, "Nama: {N}\nHP: {P}\nIsi: Kami pelanggan Telkomsel di {kel}, sinyal hilang sejak {date}. Sudah hubungi 188 dan CS Telkomsel {p:block}, disuruh tunggu.")
# ---------------- officials ----------------
O = "officials"
T(O, "Tindak lanjut: Laporan an. {N#a} ({P#a}) terkait kebocoran pipa di {RT} telah diteruskan ke PDAM Kota Kupang melalui hotline {h}. Petugas lapangan Sdr. {N:m} akan menghubungi pelapor.")
T(O, "Yth. Pelapor, terima kasih atas laporan Anda dengan nomor tiket {tkt}. Untuk informasi lebih lanjut silakan hubungi WA Center Disdukcapil {p:dash4} pada hari kerja {time}.")
T(O, "Disposisi Kepala Dinas PUPR: laporan jalan rusak di Jl. Frans Seda ({date}) agar ditinjau. Koordinator lapangan {N}, HP {P}. Kantor (0380) {n}3 411.")
T(O, "Balasan Kelurahan {kel}: Bapak {N#a:m}, data NIK {NIK} sudah kami verifikasi. Silakan datang ke kantor kelurahan atau hubungi admin WA kelurahan {p}.")
T(O, "Notulen mediasi {date}: hadir Lurah {kel} Pak {F:m}, Ketua RT 05 Bapak {N:m}, pihak keluarga {S} dan keluarga {S}. Kontak para pihak: {P} dan {P}.")
T(O, "Rekap pengaduan minggu ini: total {n} laporan, {n} soal air, {n} soal sampah. Nomor pengaduan 1708 dan call center 112 aktif 24 jam. Hotline Dinas Kebersihan {h}.")
T(O, "Mohon bantuan Bpk. {N:m}, staf Dinas Sosial, hp pribadi {P}, untuk menindaklanjuti laporan warga {RT} Kel. {kel} ({n} KK belum terima BLT).")
T(O, "Surat tugas no. {surat}. Menugaskan Sdri. {N:f} (NIP {nip}), HP {P}, untuk verifikasi lapangan pengaduan no {tkt}.")
T(O, "Laporan ditutup. Pelapor Sdr. {N#a:m} telah dihubungi melalui nomor {P#b} pada {date} {time} dan menyatakan masalah selesai. Kode penutupan {tkt}.")
T(O, "Kepada admin Puskesmas Oebobo (WA {p:sp4}): mohon tanggapi keluhan pasien an. {N}, no BPJS {BPJS}, yang menunggu {n} jam di loket.")
T(O, "Pengumuman Kelurahan {kel}: layanan KTP keliling tgl {date} di Aula Kelurahan. Info: WA admin kelurahan {p:dash4} atau kantor {h}. Bawa fotokopi KK.")
T(O, "Hasil verifikasi: NIK yang dilaporkan ({NIK:15}) hanya 15 digit, kemungkinan salah ketik. Petugas akan menghubungi pelapor {N} di {P}.")
T(O, "Telah dilakukan pengecekan ID pelanggan PLN {idpel} atas nama pelapor {N}. Gangguan disebabkan trafo. Info lanjut hubungi PLN UP3 Kupang {h} atau 123.")
T(O, "Catatan petugas: pelapor minta dihubungi di nomor rumah {H} bukan HP. Alamat pelapor {A:street_rt}.")
T(O, "Tanggapan Dinas Pendidikan: sekolah dengan NPSN {npsn} telah ditegur. Untuk pengaduan lanjutan hubungi {h} (Bidang SD). Orang tua siswa an. {N} dapat menghubungi Kabid langsung.")
T(O, "Ringkasan: pelapor {N#a} menyampaikan pengemudi dinas plat {PL} ugal-ugalan di Jl. Adisucipto. Nomor pengaduan Dishub {p:block}. Pelapor: {P}.")
T(O, "Mohon Bapak Camat berkenan menghubungi Sdr. {N:m} selaku pemilik lahan di {RT}, HP {P:dot4}, terkait rencana pelebaran jalan.")
T(O, "Daftar petugas piket posko banjir {date}: Posko Kelurahan {kel} {p:dash4}; Posko Kecamatan {h}; Koordinator BPBD {N} {P}.")
T(O, "Informasi: nomor {P:block} yang beredar mengatasnamakan Wali Kota adalah palsu. Nomor resmi pengaduan: SMS 1708, call center 112, email pengaduan@kupangkota.go.id.")
T(O, "Bidan desa {N:f} (HP {P}) melaporkan stok vaksin di Pustu {kel} habis sejak {date}. Permintaan no. {surat} telah dikirim ke Dinkes.")

# ---------------- letters ----------------
Lt = "letters"
T(Lt, "Kepada Yth.\nBapak Wali Kota Kupang\ndi Tempat\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : {N#a}\nNIK : {NIK}\nAlamat : {A:street_rt}, Kel. {kel}\nNo. HP : {P}\n\nmengajukan keberatan atas tagihan PBB tahun 2026 untuk NOP {nop} sebesar {rp}.\n\nHormat saya,\n\n{N#a}")
T(Lt, "Perihal: Pengaduan pelayanan\nLampiran: 1 berkas\n\nDengan hormat, kami warga {RT} Kel. {kel} melaporkan bahwa sejak {date} air PDAM tidak mengalir. Kami sudah menghubungi kantor PDAM ({h}) dan call center tanpa hasil.\n\nKupang, {date}\nKetua RT\n\n{N}\nHP. {P}")
T(Lt, "Kupang, {date}\nNo : {surat}\nHal : Permohonan perbaikan data\n\nYth. Kepala Disdukcapil Kota Kupang\n\nSaya {N#a}, pemegang KK nomor {KK}, memohon perbaikan tanggal lahir anak saya {F}. Untuk konfirmasi, saya dapat dihubungi di {P:sp4} atau telp rumah {H}.\n\nHormat saya,\nttd\n{N#a}")
T(Lt, "SURAT PERNYATAAN\n\nYang bertanda tangan di bawah ini:\nNama : {NU#a}\nNIK : {NIK:sp4}\nNPWP : {NPWP}\nNo. Telp : {P}\n\nmenyatakan bahwa tanah di {A} adalah milik saya dan bukan tanah negara.\n\nKupang, {date}\nYang menyatakan,\n\n{NU#a}")
T(Lt, "Dengan hormat,\nBersama surat ini kami dari Forum Warga Peduli Kota menyampaikan keluhan terkait lampu jalan di Jl. Amabi. Narahubung: {N} ({P}). Sekretariat forum: {h}.\n\nTembusan: Kepala Dinas Perhubungan")
T(Lt, "Kepada Yth. Pimpinan Bank NTT Cabang Kupang\n\nSaya {N#a}, nasabah dengan rekening {REK:Bank NTT}, melaporkan dana {rp} terdebet pada {date} tanpa transaksi. No. referensi {ref}. Saya sudah menghubungi call center Bank NTT {tf} tanpa solusi. Mohon hubungi saya di {P}.\n\nHormat saya,\n{N#a}")
T(Lt, "Hal: Pengaduan\n\nSaya orang tua dari siswa {N} (NISN {nisn}) di SMP Negeri {n} Kupang. Anak saya tidak dapat mengikuti ujian karena belum membayar {rp}. Wali kelas, Ibu {N:f}, S.Pd., tidak dapat dihubungi. Nomor saya {P:block}.\n\nHormat kami,\n{N}")
T(Lt, "Kepada Yth. Lurah {kel}\n\nKami warga {RT} menolak pembangunan tower di {A}. Tower milik PT yang tercantum di spanduk dengan nomor {h}. Koordinator warga: {N}, HP {P}; {N}, HP {P}.\n\nKupang, {date}")
T(Lt, "Nomor: {surat}\nSifat: Segera\n\nMenindaklanjuti pengaduan Sdr. {N:m} (HP {P}) tanggal {date}, bersama ini kami sampaikan bahwa perbaikan jalan akan dilaksanakan tahun anggaran 2027.\n\nKepala Dinas PUPR Kota Kupang\n\n{N}\nNIP. {nip}")
T(Lt, "Yth. BPJS Kesehatan Cabang Kupang\n\nSaya {N#a}, peserta JKN-KIS nomor {BPJS}, mengeluhkan penolakan klaim rawat inap pada {date}. Saya juga peserta BPJS Ketenagakerjaan no. {bpjstk}. Saya dapat dihubungi di {P} atau email {E#a}.\n\nSalam,\n{F#a}")
T(Lt, "Perihal: Keberatan tilang\n\nPada {date} pukul {time} kendaraan saya {PL} ditilang di Jl. Sudirman. Saya membayar denda melalui kode billing {bill} sebesar {rp}. Mohon pengembalian kelebihan bayar ke rekening BRI {REK:BRI} a.n. {N#a}.\n\nHormat saya,\n{N#a}\nTelp. {P:dash4}")
T(Lt, "Kepada Yth. Kapolsek Kelapa Lima\n\nDengan hormat, saya {N}, tinggal di {A:street_rt}, melaporkan kehilangan HP dengan nomor {P:block} beserta KTP (NIK {NIK}) pada {date}. Nomor kontak sementara: {P}.")
T(Lt, "Surat Kuasa\n\nSaya {N#a} (NIK {NIK}) memberi kuasa kepada {N#b} (NIK {NIK}, HP {P}) untuk mengurus akta kematian ayah saya almarhum {N:m}.\n\nPemberi kuasa,\n{N#a}\n\nPenerima kuasa,\n{N#b}")

# ---------------- social ----------------
So = "social"
T(So, "Pemkot Kupang tolong ee, jalan di {kel} su rusak parah! Lapor ke 1708 sonde ada hasil. #KupangKotaKasih @kupangkota")
T(So, "Hati2 penipuan! Nomor {P:dash4} ngaku dari Dinsos minta transfer {rp} utk cairkan bansos. Namanya {N}. Tolong disebar 🙏")
T(So, "Buat yg mau lapor soal PDAM, ini nomor resmi ya: hotline {h}, WA {p:dash4}. Jangan percaya nomor lain.")
T(So, "Dicari!! Anak hilang a.n. {N}, umur {n} thn, terakhir terlihat di Pasar Oebobo {date}. Yg melihat hub. mamanya {F:f} {P} atau {P}")
T(So, "Baru saja motor sy {PL} hilang di parkiran Lippo Plaza. Kalau ada yg lihat tolong kabari {P:block}. Sy sdh lapor polisi, no LP {surat}")
T(So, "Kecewa dgn pelayanan Puskesmas {kel}, disuruh bolak balik. Call center Dinkes {h} sonde bisa dihubungi. Mau lapor ke mana lagi?")
T(So, "Jual rumah di {kel}, SHM, {rp} nego. Hub pemilik langsung {P}. (Admin grup: ini bukan iklan, sy mau lapor kalau tanah ini mau digusur Pemkot tanpa ganti rugi)")
T(So, "@kupangkota kenapa lampu jalan di Jl. Timor Raya mati semua dari {date}? Sudah telp PLN 123 katanya urusan Pemkot. Pemkot bilang urusan PLN 🤦")
T(So, "Info loker: Bengkel Maju Jaya {kel} cari mekanik. WA bengkel {p:block}. Gaji {rp}/bln. (btw jalan ke bengkel rusak parah, tolong Pemkot)")
T(So, "Sy {N}, warga {RT} Kel. {kel}. Sudah 3 bulan sampah tdk diangkut. Ini nomor sy {P:p62} kalau Dinas mau datang survei.")
T(So, "Thread 🧵 soal pungli di kantor kelurahan:\n1. Urus surat pindah diminta {rp}\n2. Petugas namanya {N}, hpnya {P}\n3. Tidak ada kwitansi\nTiket LAPOR sy {tkt}")
T(So, "Tolong bantu share: Tanta {F:f} ({P:sp4}) butuh darah golongan O untuk operasi di RSUD Prof. Dr. W. Z. Johannes. BPJS tanta ditolak, no kartu {BPJS}.")
T(So, "Terima kasih Pemkot, jalan di depan rumah kami di {A} sudah diperbaiki cepat. Respon WA pengaduan {p:dash4} mantap 👍")
T(So, "Posko pengaduan THR 2026 Disnaker Kota Kupang: {h} / WA {p}. Buka {time} s/d selesai. Bawa slip gaji.")
T(So, "Kalo ada yang mau kasi bantuan buat korban kebakaran di {kel}, langsung ke rekening BRI {REK:BRI} a.n. {N} (koordinator, hp {P}). Jangan lewat orang lain")
# ---------------- more: tricky phone contexts ----------------
T(W, "WhatsApp Chat with {P#c:p62dash}\n\n{date}, {time} - {P#c:p62dash}: Ibu mau dapat bantuan rumah? Kirim foto KTP dan KK dulu\n{date}, {time} - Saya: Ini dari mana?\n{date}, {time} - {P#c:p62dash}: Dari dinas perumahan bu\nAdmin, ini penipuan kah? Sy {F}")
T(W, "Admin, sy teruskan chat dgn pemilik kos sy:\n\n\"{F#a} Kos: Bulan ini naik jadi {rp}, transfer ke BNI {REK:BNI} a.n. {N#a}, konfirmasi ke {P}\"\n\nPadahal kontrak tertulis {rp}. Nomor sy {P}")
T(W, "nomor sy\n{P:nl}\nnama {N}. mohon dibantu soal air")
T(W, "Yth admin 1708, sy sdh tlp ke nomor kelurahan yg di papan pengumuman {P:sp4} tp yg angkat bilang itu nomor pribadi. Jadi nomor kelurahan yg benar brp? Sy {N} {P:block}")
T(W, "Pak, tolong hubungi pemilik tanah sebelah sy, Bapak {N:m}, hp {P:dash4} a.n. istrinya {F:f}. Pagar beliau roboh ke got kota")
T(W, "{P:block} a.n. {N}\n{P:block} a.n. {N}\nItu nomor dua orang yg jual kupon BLT di {kel}. Tolong ditindak")
T(W, "Sy sdh kirim bukti ke WA admin Puskesmas Bakunase {p:dash4}. Bukti pembayaran nomor {ref}, tgl {date}. Yg layani bidan {F:f}. Sy {F}, hp {P}")
T(W, "Maaf ralat nomor sy bukan {P:block} tp {P:block} (kurang satu angka tadi)")
T(W, "Ka, nomor pesanan gas sy {order} dari pangkalan Toko {fn} Jaya, telp toko {p:dash4}. Sdh bayar {rp}, gas sonde diantar")
T(W, "Info: SMS dari {P:block} bilang sy menang undian Bank NTT. Sy tdk pernah ikut undian. Nomor rekening sy {REK:Bank NTT} tdk sy kasih. Laporan dari {P}")
T(W, "Foto poster di kantor camat: \"LAYANAN PENGADUAN MASYARAKAT - SMS 1708 - TELP {h} - WA {p:dash4} - Senin-Jumat 08.00-15.00\". Semua nomor itu tdk aktif. Sy {N}, {P}")
T(W, "Hari ini {date} sy isi token {token} jam {time}, meteran bunyi terus. No meter {meter}, ID pel {idpel}. Nomor tukang listrik langganan sy Om {F:m} {P}, dia bilang meteran rusak")
T(W, "Ini nomor HP ketua RT kami {P} (Bapak {N:m}). Beliau minta {rp} utk surat pengantar")
T(W, "Sy kirim ulang: Nama {N}. HP {P:block}? maaf tadi salah ketik")
T(W, "Mama sy {F#a} (hp {P:sp4}) tinggal sendiri di {A}. Atap rumah bocor, tdk dpt bantuan bedah rumah. NIK mama {NIKF}. Anak: {F} {P:sp4}")
T(W, "kontak darurat sy {P}, kontak kantor sy {h}. sy kerja di dinas, tp ini laporan pribadi soal tetangga yg pelihara babi di {RT}")
T(W, "wa.me/{P:62} <- ini wa sy ya admin. Laporan soal jalan Oesapa")
T(W, "Transfer ke sy no ref {ref} sudah ya pak, {rp}. Sy {F} {P}")
T(W, "*Broadcast*\nBUKA PENDAFTARAN SEKOLAH GRATIS, hubungi admin sekolah {p:dash4} atau TU SD Inpres Oebufu {h}. NPSN {npsn}.\n\nAdmin, ini benar gratis? Kok minta {rp}? - {F}")
T(W, "Telp tadi dari {P:p62sp} ngaku petugas PLN namanya {N}. Sdh sy catat. Nomor pengaduan PLN sebenarnya 123 kan?")
T(W, "Pak, sopir travel {PL} (Travel Kupang-Soe, telp travel {p:block}) tinggalkan penumpang di jalan. Penumpangnya om sy {F}, hp {P}")
T(W, "Nomor HP Pak Lurah yg dikasih di rapat RT: {P}, katanya boleh wa langsung. Namanya Pak {F:m}. Sy sdh wa {n} kali")
T(W, "Ini no wa resmi Kelurahan {kel} kah {p:block}? Ada yg wa minta data NIK sy {NIK}")
T(W, "tlg dicek nomor kurir {P} a.n. {F}, paket sy resi {resi} katanya sdh diterima pdhl belum. Kantor J&T Kupang {h}")
T(W, "Sy mau komplain bengkel AC di {kel}. Telp bengkel {h}, WA teknisi {P} ({F}). Servis {rp} tp AC malah rusak")

# sms more
T(S, "KOTKUPANG NO SY {P:nl2} MOHON DIHUBUNGI. AIR SUDAH 2 MGG MATI DI {RT}")
T(S, "KOTKUPANG sy {F} tlp {P:dot4} ttg pembayaran retribusi sampah {rp}, no kwitansi {ref}. petugas a.n {N} minta lebih")
T(S, "KOTKUPANG INI NO PRIBADI BIDAN {F:f} {P} SY DPT DARI ADIK. BIDAN TDK MASUK KERJA 1 MINGGU")
T(S, "KOTKUPANG KODE BAYAR SAMSAT {bill} SDH SY BAYAR {rp} TP PAJAK {PL} BLM LUNAS DI SISTEM. HUB {P:block}")
T(S, "KOTKUPANG sy pelanggan indihome, no inet {ref}. gangguan {n} hr. cs telkom 147 sdh. sy {P:p62}")
T(S, "KOTKUPANG hub sy di {P} atau suami {P}. anak kami tdk diterima di smp negeri {n} padahal rumah dekat. alamat {A}")
T(S, "KOTKUPANG ADA PENIPUAN MENGATASNAMAKAN POSKO BANJIR NO {P} A.N {N}. POSKO RESMI {h}")
T(S, "KOTKUPANG tlg bantu ambulans puskesmas tdk datang. tlp 112 dialihkan. sy di {A}. {P:block}")
T(S, "KOTKUPANG SY SDH TRANSFER KE VA {va:ph} UTK IURAN BPJS {BPJS}. BLM MASUK. TLP {P:block}")
T(S, "KOTKUPANG hp sy {P:sp3} kalau bs dihub sore. lapor tower sinyal di {RT} bunyi keras tiap malam")
T(S, "KOTKUPANG yth bpk walikota. sy {N}, nik {NIK:block}, kk {KK:block}. rmh sy rusak krn banjir {date}. hp {P:block}")
T(S, "KOTKUPANG SMS INI DARI HP TETANGGA {P:block}, HP SY HILANG. NAMA SY {N}. MOHON KTP SY DIBLOKIR NIK {NIK}")
T(S, "KOTKUPANG ID PELANGGAN PLN {idpel} TAGIHAN {rp} PADAHAL RMH KOSONG. NO METER {meter}. HP {P:block}")
T(S, "KOTKUPANG lampu taman nostalgia mati. no telp dinas pertamanan {h} tdk aktif")
T(S, "KOTKUPANG SAYA {N}. NO HP {P:block}. NO WA {P:block}. SUDAH 3X LAPOR SOAL DRAINASE {RT}")
T(S, "KOTKUPANG ini nmr sy {P:62dash}, dpt sms dari {P:block} minta kode otp. sy tdk kasih. tlg diblokir")
T(S, "KOTKUPANG RETRIBUSI PASAR NAIK DARI 2000 JD 5000 PER HARI. SY PEDAGANG {F} LOS NO {n}. HP {P:block}")
T(S, "KOTKUPANG tgl {date} bus damri jalur {n} tdk lewat. sy tunggu dr {time}. kontak {P}")
T(S, "KOTKUPANG NPWP SY {NPWP} TDK BISA DIPAKAI DAFTAR PBG. NO PERMOHONAN {surat}. HP {P:block}")
T(S, "KOTKUPANG {N} {P:block} - pohon tumbang di jl. amabi km {n} tutup jalan")

# kupang more
T(K, "Beta pung nomor ganti: {P:block}. Nomor lama {P:block} su hilang deng hp. Laporan beta soal tanah di {RT} masih jalan ko?")
T(K, "Ana dong di SD di {kel} disuru bayar {rp} buat foto. Kepala sakola Bapa {N:m}, dia pung nomor {P}. Kalo mau cek, beta {F} {P}")
T(K, "Kaka admin, beta tanya sa: nomor {p} tu WA admin Puskesmas Oesapa ko bukan? Beta mau daftar antri online")
T(K, "Beta pung motor {PL} ditahan di kantor polisi, dong minta {rp} baru bisa ambil. Bapa polisi nama {F}, nomor {P}. Ini resmi ko?")
T(K, "Beta ju sonde mangarti, ko tagihan air sampe {rp}? Meter air beta nomor {meter}. Nomor PDAM yang tulis di tagihan {h} sonde diangkat")
T(K, "Kaka, beta kirim ulang ee, beta pung nomor tu 08{n}... ah salah, ini yang batul {P}")
T(K, "Tetangga beta, keluarga {S}, bangun pagar sampe makan jalan gang. Beta su bilang ke Pak RT. Beta pung telpon rumah {H}")
T(K, "Beta mau lapor ada penjual daging babi di Pasar Kasih jual daging su busuk. Toko {fn} Jaya, telp {p:dash4}. Beta sonde mau kasi nama")
T(K, "Su tiga kali beta datang ke Dukcapil, dong suru pulang terus. Beta pung NIK {NIK}, beta pung hp {P:p62}. Tolong sa kaka")
T(K, "Mama {F:f} pung warung di depan SMA {n} dibongkar Pol PP sonde ada surat. Mama pung nomor {P}. Beta ana, nomor beta {P}")

# web_form more
T(F, "Nama: {N}\nNo. HP: {P:p62paren}\nNo. Tiket sebelumnya: {tkt}\nIsi: Perbaikan jalan hanya tambal sulam, sudah rusak lagi tanggal {date}.")
T(F, "Nama: {N}\nNIK: {NIK:nbsp}\nHP: {P}\nIsi: Nomor registrasi kartu prakerja saya {ref} ditolak karena NIK dianggap tidak valid.")
T(F, "Nama: {N#a}\nHP: {P}\nNomor rekening (Mandiri): {REK:Mandiri}\nIsi: Honor petugas KPPS belum dibayar. Rp 1.100.000 per orang, {n} orang belum terima.")
T(F, "Nama: {N}\nHP: {P}\nNo. Polisi: {PL}\nIsi: Parkir di RSUD dipungut Rp5.000 padahal karcis tertulis Rp2.000. Nomor karcis {ref}.")
T(F, "Nama: {N}\nEmail: {E}\nHP: {P:62}\nIsi: Email balasan dari humas@kupangkota.go.id menyebut nomor {h} tapi nomor itu milik toko.")
T(F, "Nama Pelapor: {N}\nHubungan dengan korban: anak\nNama Korban: {N}\nNIK Korban: {NIK}\nHP Pelapor: {P}\nIsi: Ayah saya terlantar di RS karena BPJS {BPJS} nonaktif.")
T(F, "Nama: {N}\nHP: {P:dash3}\nIsi: Tukang sampah minta iuran {rp} per bulan per rumah. Katanya instruksi Pak Lurah. Kwitansi tanpa nomor.")
T(F, "Nama: {N}\nKontak: {E}\nTelepon: {P:block}\nIsi: Nomor WA center PDAM {p:block} di website mati. Saya mau laporan kebocoran di Jl. Soeharto.")
T(F, "Nama : {N}\nNIK : {NIK:dash4}\nNo HP : {P}\nJenis Pengaduan : Administrasi Kependudukan\nUraian : KK nomor {KK} masih mencantumkan nama ayah saya yang sudah meninggal.")
T(F, "Nama: -\nHP: {P}\nIsi: Mohon ditertibkan pedagang di trotoar Jl. Sudirman. Nomor lapak tertulis di spanduk {p:dash4}.")
T(F, "Nama: {N}\nAlamat: {A:lane} Kel. {kel}\nTelp: {H:paren}\nIsi: Selokan depan rumah tidak pernah dibersihkan. Tinggi genangan {n} cm.")
T(F, "Nama: {N}\nHP: {P}\nIsi: Anak saya NISN {nisn} tidak masuk daftar penerima KIP. Operator sekolah bilang hubungi Dinas {h}.")
# ---------------- more look-alike heavy ----------------
T(W, "Pak, tagihan sy: ID pelanggan {idpel}, no meter {meter}, token terakhir {token}, dibeli {date} {time} sebesar {rp}. Hotline PLN 123 bilang normal. Sy bingung. WA {P}")
T(W, "Rincian transfer: Bank BRI, no ref {ref}, tanggal {date}, jumlah {rp}, ke VA {va:ph}. Untuk bayar retribusi IMB. Admin DPMPTSP di WA {p:dash4} tdk balas")
T(W, "Nomor order ojol sy {order}, driver {F} plat {PL}. Driver minta tambahan {rp}. CS aplikasi tdk respon. Hp sy {P}")
T(F, "Nama: {N}\nHP: {P}\nNOP: {nop}\nTahun: 2026\nTagihan: {rp}\nKode billing: {bill}\nIsi: PBB naik 3 kali lipat tanpa pemberitahuan. Kantor Bapenda {h} tidak angkat telp.")
T(O, "Nomor surat {surat} tanggal {date} perihal penertiban PKL. Kontak Satpol PP: {h}, WA piket {p:dash4}. Tembusan: Camat {kel}.")
T(O, "Pemberitahuan pemadaman: {date} pukul {time} s/d selesai di wilayah {kel}. Info PLN 123 atau WA PLN {p:dash4}. Ref. {surat}")
T(So, "Kode voucher {ref}, harga {rp}, berlaku sampai {date}. Pemesanan WA admin Toko Roti Indah {p:block}. (pengaduan: roti sudah kadaluarsa dijual)")
T(So, "Pengumuman PDAM: gangguan distribusi tgl {date} di {kel}. Pengaduan hubungi {h} atau WA center {p:dash4}, 24 jam. #infoKupang")
T(Lt, "Kupang, {date}\n\nKepada Yth. Direktur PDAM Kota Kupang\n\nSaya pelanggan dengan nomor sambungan {pdam} mengajukan keberatan tagihan {rp} (biasanya {rp}). Meter air no. {meter}. Telp rumah saya {H}.\n\nHormat saya,\n{N}")
T(Lt, "Nomor : {surat}\nLampiran : -\nPerihal : Undangan klarifikasi\n\nYth. Sdr. {N:m}\ndi {A}\n\nDiminta hadir di Kantor Inspektorat pada {date} pukul {time}. Informasi: {h} (Sekretariat).")
T(K, "Kaka, bon dari apotek nomor {ref} tulis {rp}, mar dong kasi obat kurang. Apotek Kasih Ibu telp {h}. Beta pung nomor {P}")
T(S, "KOTKUPANG PERMOHONAN PBG NO {surat} SDH {n} BLN. SDH BAYAR {rp}. KONTAK SY {P:block} A.N {N}")
T(S, "KOTKUPANG no resi pos {resi} kiriman ijazah anak sy hilang. kantor pos kupang {h} tdk tahu. hp {P}")
T(S, "KOTKUPANG BEA BALIK NAMA {PL} DI SAMSAT {rp} BUKAN {rp}. SY {P:block}")

# ---------------- more private-phone heavy ----------------
T(W, "Admin, ini 3 nomor tetangga yg jadi korban banjir, mohon didata:\n1. {N} - {P}\n2. {N} - {P}\n3. {N} - {P}\nSy koordinator lorong, {F} {P}")
T(W, "Ini kartu nama yg ditinggal orang yg ukur tanah sy:\n{NU}\nJuru Ukur\nHP {P}\nPdhl BPN bilang tidak ada petugas ke {RT}")
T(W, "Sy {F}, tinggal di rumah kontrakan milik Bapak {N#l:m} ({P#l:dash4}) di {A}. Listrik dicabut pemilik krn sy telat bayar 3 hari.")
T(W, "maaf admin hp sy lowbat, nanti hub istri sy aja, {F} {P:block}. laporan soal pagar sekolah roboh di SD {kel}")
T(W, "- Pesan terusan -\n{N#a}: Tolong sebar, rumah sy kemalingan di {A}. Motor {PL} hilang. Kalau lihat hub sy {P}\n- Akhir pesan -\nAdmin mohon diteruskan ke Polresta")
T(W, "Pak sy lampirkan screenshot: nama kontak \"Pak Camat {F:m}\" {P}. Beliau janji bantu tp sdh 3 bulan. Sy {N}")
T(W, "Halo, saya {N#a}. Sebagai info tambahan untuk laporan {tkt}: nomor hp saya yang lama {P:p62dash} sudah tidak aktif, mohon pakai {P:p62dash}. Email {E#a}")
T(F, "Nama: {N}\nHP 1: {P}\nHP 2: {P}\nTelp rumah: {H}\nIsi: Mohon dihubungi, saya ingin melaporkan pelayanan buruk di kantor Samsat.")
T(F, "Identitas: {N#a} / {P:block} / {E#a}\nLaporan: Bantuan modal UMKM dipotong {rp} oleh pendamping bernama {N}.")
T(Lt, "Hormat saya,\n\n{N#a}\nHP/WA: {P}\nEmail: {E#a}")
T(Lt, "Demikian pengaduan ini saya sampaikan. Atas perhatian Bapak saya ucapkan terima kasih.\n\nKupang, {date}\nPelapor,\n\nttd\n\n{N}\n({P:dash4})")
T(O, "Kontak pelapor: {N} / {P} / {RT} Kel. {kel}. Kontak terlapor: {N} / {P}. Status: proses mediasi di kantor lurah ({h}).")
T(So, "Yg kehilangan dompet di Bemo jalur {n}, isi KTP a.n. {N} NIK {NIK}, hubungi sy {P}. Dompet sy titip di pos polisi")
T(So, "Om {F:m} ({P}) su tolong beta waktu motor mogok di Jl. El Tari. Tapi jalan di situ gelap, lampu mati. Pemkot tolong ee")
T(K, "Beta pung laki {F:m} kerja di Timika, nomor dia {P:p62}. Beta sendiri di rumah {A}. Air sonde ada su lama, beta sonde bisa angkat air")
T(K, "Bapa tua {N:m} di kampung sonde dapat bantuan lansia. Dia pung hp {P:sp4} tapi jarang aktif. NIK dia {NIK}")
T(S, "KOTKUPANG HP {P:fw} MHN DIHUB. KTP SY DIPAKAI ORG PINJOL NIK {NIK:fw}")
T(S, "KOTKUPANG SAYA {F}. NOMOR INI {P:zw} HP ANAK SAYA. SAYA TIDAK PUNYA HP. LAPOR SOAL BANTUAN LANSIA")
T(W, "{P:p62}: admin sy dr {kel}\n{P:p62}: mohon info jadwal perekaman KTP\n{P:p62}: anak sy sdh 17 thn")
T(W, "Sy dapat nomor dukun beranak {F:f} dari tetangga: {P}. Dia bilang bidan puskesmas sdh tdk mau tolong krn tdk ada BPJS. Ini harus dilaporkan")
T(W, "Sy {F}, sy kerja di toko handphone, tp ini laporan pribadi. Ada pelanggan jual hp curian, nomor dia {P}, KTP yg dipakai NIK {NIK}")
T(F, "Nama: {N}\nNo HP: {P:sp4}\nAlamat: {RT} Kel. {kel}\nIsi: Tetangga (Ibu {F:f}, hp {P}) buka usaha laundry, limbah dibuang ke got.")
T(K, "Beta kasi nomor Om RT sa ee: {P}, Om {F:m}. Dia yang tau soal tanah ini. Beta sonde mau ribut deng keluarga {S}")
T(So, "CS Bank BRI Kupang bilang rekening sy {REK:BRI} diblokir krn data NIK beda. Call center BRI 14017 cuma mesin. Siapa bisa bantu? DM atau WA {P}")
# ---------------- non-personal phone-shaped numbers (offices, businesses, look-alikes) ----------------
T(W, "Admin, sy sdh coba semua nomor: call center PDAM {h}, WA center PDAM {p:dash4}, bebas pulsa {tf}. Tdk ada yg angkat. No sambungan {pdam}")
T(W, "Ini nomor-nomor di baliho depan Kantor Wali Kota:\n- Pengaduan: SMS 1708\n- Darurat: 112\n- WA Center: {p:dash4}\n- Telp: {h}\nYang WA center itu aktif kah?")
T(W, "Sy pesan travel ke Atambua lewat nomor travel {p:block} ({fn} Travel), sdh DP {rp} tp mobil tdk datang. Kantor travel di {kel} tutup, telp kantor {h}")
T(W, "Apotek Kimia Farma Kupang {h}, Apotek K24 Oebobo {p:dash4}. Dua-duanya bilang obat insulin kosong. Pasien BPJS mau beli di mana?")
T(W, "Ojek pangkalan Oebobo minta tarif {rp}, nomor pangkalan di pos {p:sp4}. Pdhl jarak cuma {n} km")
T(W, "Sy bayar PBB di bank pakai kode bayar {bill}, no referensi {ref}, tgl {date}. Tapi di aplikasi Bapenda masih tunggakan. CS Bapenda {h}")
T(W, "No VA BNI sy: {va:ph} (untuk bayar iuran sampah). Kok ada nomor hp di dalamnya? Sy takut salah transfer. Admin Dinas Kebersihan WA {p:block} tdk balas")
T(W, "Studio RRI Kupang {h} buka line pengaduan tiap Senin. Sy sdh telpon tapi antri. Mau lapor jalan di {kel} rusak berat")
T(W, "Sy dapat SMS: 'Pembayaran Anda {rp} ke {P:block} berhasil. Ref {ref}'. Sy tdk pernah transfer. Tlg dicek ke Telkomsel, CS 188")
T(F, "Nama: Anonim\nHP: -\nIsi: Puskesmas Oepura punya nomor WA admin {p:block} tapi dibalas 3 hari kemudian. Telp puskesmas {h} tidak aktif. Mohon dievaluasi.")
T(F, "Nama: -\nIsi: SMP Negeri {n} Kupang (NPSN {npsn}) umumkan PPDB lewat WA admin sekolah {p:dash4}. Formulir online error terus. Telp TU {h}.")
T(F, "Nama: Tidak disebut\nIsi: Bengkel resmi Yamaha di Jl. Soeharto (telp {h}, WA service {p:block}) menahan motor pelanggan. Nomor nota servis {ref}.")
T(F, "Nama: Warga {kel}\nIsi: Stiker di tiang listrik: 'SEDOT WC {p:dash4}' dan 'SERVICE KULKAS {p:block}' ditempel di semua tiang. Tolong dibersihkan.")
T(F, "Nama: -\nIsi: Nomor resi JNE {resi}, nomor pesanan {order}. Paket bantuan sembako dari Dinsos tidak sampai. JNE Kupang {h} bilang sudah dikirim.")
T(O, "Daftar nomor penting Kota Kupang: Pemadam Kebakaran {h} / 113; Ambulans 118 / 112; PDAM {h}; PLN 123; Polresta {h}; WA Center Pemkot {p:dash4}.")
T(O, "Untuk layanan adminduk di Kecamatan Maulafa silakan WA admin kecamatan {p:block} (hanya chat, tidak menerima telepon). Jam layanan {time}.")
T(O, "Berita acara: pengaduan no. {tkt} atas kerusakan pipa telah ditangani tim PDAM ({p:dash4}, nomor dinas tim lapangan) pada {date}.")
T(O, "Posko pengaduan PPDB 2026: Dinas Pendidikan {h}; WA posko {p:dash4}; email ppdb@kupangkota.go.id. Tiket layanan dimulai {date}.")
T(O, "Humas Polresta Kupang Kota: laporan kehilangan dapat dibuat di SPKT atau hubungi {h}, WA pengaduan {p:sp4}. No. LP {surat}.")
T(O, "Klarifikasi: nomor {p:block} adalah nomor WhatsApp resmi Puskesmas Sikumana, dikelola petugas piket, bukan nomor pribadi.")
T(Lt, "Kepada Yth. Kepala Dinas Perhubungan\n\nKami pengelola Koperasi Angkutan Jalur {n} (telp {h}, hp koperasi {p:dash4}) mengadukan pungutan di terminal sebesar {rp} per rit.\n\nKupang, {date}\nPengurus")
T(Lt, "Nomor: {surat}\nPerihal: Pemberitahuan\n\nDiberitahukan bahwa nomor WhatsApp layanan Kelurahan {kel} berubah dari {p:dash4} menjadi {p:dash4} terhitung {date}. Telepon kantor tetap {h}.\n\nLurah {kel}")
T(So, "Promo! Laundry Bersih Kiloan {rp}/kg, antar jemput, WA {p:block}. (Warga komplain: laundry ini buang air sabun ke got di {kel})")
T(So, "Nomor darurat yang perlu disimpan warga Kupang: 112 (darurat), 110 (polisi), 113 (damkar), PLN 123, PDAM {h}, BPBD {h}. Share ya!")
T(So, "Radio Suara Timor line interaktif {h}/{p:dash4}. Tadi warga {kel} telp soal sampah, kata penyiar Dinas akan turun.")
T(So, "Tokopedia nomor invoice {order}, sy beli token listrik {rp}, token tdk keluar. Nomor token harusnya 20 digit. CS bilang hub PLN {h}")
T(K, "Kaka, beta pi bengkel Sinar Motor di {kel}, dong pung nomor di papan {h} deng WA {p:block}. Dong ganti oli {rp}, mahal ee")
T(K, "Itu nomor {p:block} tu nomor admin WA kantor lurah, jang kasi tau beta pung nama. Beta lapor sa, di {kel} ada orang jual miras sampe pagi")
T(K, "Beta transfer {rp} ko bayar listrik, nomor referensi {ref}, mar token sonde kaluar. Beta pi kantor PLN, satpam bilang telpon {h}")
T(K, "Dong tulis di spanduk: 'Pengaduan Air Bersih hubungi {p:dash4} / {h}'. Beta telpon dua-dua sonde angkat. Ko bemana ni Pemkot?")
T(S, "KOTKUPANG NO WA PUSKESMAS {p:block} TDK AKTIF. TLP PUSKESMAS {h} JG TDK ANGKAT. ANTRIAN {n}0 ORG")
T(S, "KOTKUPANG bank ntt call center {tf} tdk bs dihub. atm di pasar inpres telan kartu. no kartu atm tdk sy sebut")
T(S, "KOTKUPANG KODE BILLING {bill} UTK RETRIBUSI SAMPAH {rp} GAGAL BAYAR. WA CENTER BPKAD {p:block} TDK BALAS")
T(S, "KOTKUPANG no order gas elpiji {order}, agen gas {fn} jaya telp {h} jual diatas het {rp}")
T(S, "KOTKUPANG telp kantor camat alak {h} sdh {n} x tdk diangkat. wa camat {p:block} (nmr kantor) jg tdk balas")
T(S, "KOTKUPANG ID PEL {idpel} NO METER {meter} TOKEN {token} TDK MASUK. CS PLN 123")

# ---------------- npwp / money mixed ----------------
T(F, "Nama: {N}\nNPWP: {NPWP:sp}\nHP: {h}\nIsi: Nomor HP di atas adalah telepon kantor koperasi kami. Pembayaran pajak kios pasar {rp} tidak tercatat.")
T(Lt, "Yth. Kepala KPP Pratama Kupang\n\nSaya {N#a}, NPWP {NPWP:block}, keberatan atas tagihan sanksi {rp}. Saya telah menghubungi Kring Pajak 1500200 dan kantor ({h}).\n\nHormat saya,\n{N#a}\nHP {P}")
T(W, "npwp sy {NPWP:nodash} kok tercatat punya usaha di {kel}? sy cuma guru honor. hp {P}. kantor pajak bilang telp {h}")
T(K, "Beta pung NPWP {NPWP:new16} tu sama deng beta pung NIK ko? Kantor pajak bilang pake NIK sa. Beta pung hp {P}")
# ---------------- extra: guide edge cases and more office numbers ----------------
T(W, "Nama sy memang [[name:Indah]], bukan nama toko ya admin 😅. Sy tinggal di [[address:Jl. W.J. Lalamentik Gg. Sepakat No. {n}]]. Hp {P}. Kantor lurah Oebobo {h} tdk angkat")
T(F, "Nama: [[name:Kasih Tanone]]\nHP: {P}\nIsi: Di KTP nama saya tertulis \"[[name:Kasi Tanoni]]\". Sudah ke Dukcapil, disuruh hubungi WA center {p:dash4}.")
T(K, "Beta pung nama di kartu BPJS tertulis \"[[name:Yustina Besi]]\", padahal beta [[name:Yustina Bessie]]. No kartu {BPJS}. Hp beta {P}. Kantor BPJS {h}")
T(W, "Tolong transfer balik ke rek BNI [[bank_account:08{d4}{d4}]] a.n. {N}, bukan nomor hp itu. Nomor hp sy {P}")
T(O, "Pelapor Sdri. {N#a:f} meminta dana dikembalikan ke rekening BNI [[bank_account:0812 4471 09]]. Catatan: nomor rekening diawali 08, bukan nomor HP. HP pelapor {P}.")
T(So, "Terima kasih Pemkot, respon cepat 🙏 Pasar Kasih sekarang bersih. Info kebersihan pasar WA {p:dash4}")
T(W, "Yth. Admin, sy lapor atas nama keluarga {S} di {RT}. Air PDAM sdh {n} minggu tdk mengalir, sdh tlp 0800 PDAM {tf} tdk tersambung. Kontak keluarga: {F:m} {P}")
T(Lt, "Kupang, {date}\n\nYth. Kepala Kantor Pertanahan Kota Kupang\n\nKami ahli waris almarhum {N:m} mengadukan sengketa tanah antara keluarga {S} dan keluarga {S} (NOP {nop}). Kuasa ahli waris: {N}, HP {P}, telp rumah {H}.\n\nHormat kami")
T(S, "KOTKUPANG mhn bantu. sy {F}. jln ke rmh sy di {A} tdk bs dilewati mobil sampah. hubungi {P:p62sp}. kantor dlhk {h}")
T(O, "Pengaduan diterima melalui SMS 1708 pada {date} {time}. Pengirim: {P:62}. Isi: lampu jalan mati di Jl. Amabi. Diteruskan ke Dinas Perhubungan ({h}).")
T(O, "Pengaduan diterima melalui WA Center {p:dash4} dari nomor {P:p62dash} (an. {N}). Nomor registrasi {tkt}. SLA 5 hari kerja.")
T(W, "Selamat malam. Sy {N#a:f}, guru di SD Inpres {kel} 1. Nomor yang di brosur sekolah {p:block} itu nomor sekolah, tapi nomor pribadi sy {P#b}. Mohon hubungi sy di nomor pribadi")
T(So, "Warung Makan Bunda {kel} buang minyak jelantah ke got. Nomor warung di spanduk {p:dash4}. Pemilik ibu {F:f}. Tolong Dinas LH cek. #KupangBersih")
T(K, "Beta ni tukang ojek pangkalan Oesapa. Pangkalan pung nomor {p:block}, beta pung hp sendiri {P}. Dishub tagih {rp} tiap bulan, ada kwitansi no {ref}")
T(F, "Nama: {N}\nNo. HP: {P}\nNomor meter listrik: {meter}\nNomor pelanggan PDAM: {pdam}\nIsi: Dua-duanya tagihan naik bersamaan bulan {date}.")
T(S, "KOTKUPANG TLP RMH SY {H} HP {P:block}. SY {N}. DI {RT} ADA 3 RUMAH TERBAKAR, DAMKAR {h} TERLAMBAT")
T(W, "Pak, sy sdh ke kantor Samsat. Tagihan pajak motor {PL} {rp}, kode bayar {bill}. Samsat bilang hubungi WA Samsat Keliling {p:dash4}. Sy {P}")
T(F, "Nama: {N}\nEmail: {E}\nTelepon: {h} (kantor saya) / {P} (pribadi)\nIsi: Penyalahgunaan aset kendaraan dinas plat {PL} untuk keperluan pribadi.")
T(W, "Admin, nomor tiket sy {tkt}. Kemarin petugas telp dr {p:p62dash} (katanya nomor dinas) minta sy kirim KK. Sy kirim KK {KK}. Itu aman kah? Sy {F}")
T(K, "Nona {F#a:f} pung bapa, Om {F#b:m}, su meninggal. Nona {F#a:f} mau urus akta kematian, NIK Om {F#b:m} {NIK}. Hp Nona {P}")
# ---------------- extra: texts whose phone-shaped numbers are all non-personal ----------------
T(W, "Min, nomor CS PDAM itu {h} atau {p:dash4}? Di stiker meteran tertulis {h}. Sy sdh coba ketiganya. No pelanggan {pdam}, tunggakan {rp}")
T(W, "Sy mau lapor Apotek Sehat Selalu di {kel}, harga masker {rp} per kotak. Nomor apotek {h}, WA order {p:block}. Nota no {ref}")
T(W, "BRIVA sy {va:ph} utk bayar UKT anak di Undana, sdh bayar {rp} tgl {date} tp status belum. Bagian keuangan Undana {h}")
T(W, "Tadi {time} ada pengumuman di mobil keliling: 'Warga yg belum perekaman KTP silakan hubungi {p:dash4} (Dukcapil) atau datang ke kantor'. Nomor itu kok nomor hp biasa ya?")
T(W, "Sy pedagang pasar Oeba, los no {n}. Retribusi ditagih {rp} per hari, karcis no {ref}. Kantor UPT pasar {h}, tdk pernah ada org")
T(F, "Nama: -\nIsi: Nomor pengaduan yang tercetak di tiket bus Damri {tf} tidak bisa dihubungi. Tiket no {tkt}, tanggal {date}, jalur {n}.")
T(F, "Nama: Hamba Allah\nIsi: Di Jl. Cak Doko ada billboard 'Sedot WC {p:dash4} / {p:dash4}' menutupi rambu lalu lintas. Tolong diturunkan.")
T(F, "Nama: Forum Warga Peduli Kota\nKontak: sekretariat {h}\nIsi: Taman kota di Jl. Frans Seda dipakai parkir liar. Kami sudah lapor ke Dishub {p:dash4} (WA pengaduan) sejak {date}.")
T(F, "Nama: -\nIsi: Transfer ke VA {va:ph} untuk pembayaran retribusi persampahan atas NOP {nop} belum tercatat. Nomor referensi {ref}. CS Bank NTT {tf}.")
T(O, "Nomor layanan pengaduan per {date}: Disdukcapil {h} / WA {p:dash4}; Dinas Sosial {h} / WA {p:dash4}; Dinkes {h}. Nomor lama tidak digunakan lagi.")
T(O, "Registrasi pengaduan {tkt}: pelapor tidak mencantumkan kontak. Dinas PUPR ({h}) diminta meninjau lubang jalan di Jl. Timor Raya km {n}.")
T(O, "Jadwal pelayanan mobil KTP keliling: {date} di Kel. {kel}, {date} di Kel. {kel}. Informasi hubungi admin Disdukcapil {p:block} (nomor dinas).")
T(Lt, "Nomor: {surat}\nPerihal: Jawaban pengaduan\n\nBersama ini kami sampaikan bahwa tagihan dengan ID pelanggan {idpel} telah dikoreksi menjadi {rp}. Informasi lanjut: PLN UP3 Kupang {h}, PLN Mobile, atau call center 123.\n\nManajer")
T(Lt, "Kepada Yth. Kepala Dinas Lingkungan Hidup\n\nKami Komite Sekolah SD Inpres {kel} (sekretariat sekolah {h}, WA sekolah {p:dash4}) mengadukan tumpukan sampah di depan sekolah.\n\nKupang, {date}")
T(So, "Jam operasional Mal Pelayanan Publik Kupang: Senin–Jumat 08.00–15.00. Info {h} / WA {p:dash4}. Antre online pakai nomor registrasi, bukan NIK ya")
T(So, "Siapa yg tau nomor pengaduan Satpol PP? Di google {h}, di IG {p:block}. Ada pesta pakai sound sampai jam 3 pagi di {kel} 😩")
T(So, "Sy beli pulsa {rp} ke nomor sendiri, kepotong 2 kali. Ref {ref} dan {ref}. CS Telkomsel 188 cuma mesin. #TelkomselKupang")
T(K, "Kaka, di tempat parkir Lippo tulis 'Pengaduan parkir {p:dash4}'. Beta telpon, orang bilang salah sambung. Karcis parkir nomor {ref}")
T(K, "Sonde ada yang angkat di kantor lurah, beta su telpon {h} deng WA kantor {p:block}. Beta mau urus surat keterangan miskin sa")
T(K, "Beta bayar air pake VA {va}, beta pung ID pelanggan {pdam}. Uang su potong {rp} mar di PDAM belum masuk. CS PDAM {h} suru tunggu")
T(S, "KOTKUPANG RADIO {h} UMUMKAN PEMADAMAN {date} TP PLN 123 BILANG TDK ADA. MANA YG BENAR")
T(S, "KOTKUPANG no resi {resi} paket obat dr dinkes utk pustu {kel} blm sampai. kantor pos {h}")
T(S, "KOTKUPANG nomor WA posko banjir {p:dash4} penuh. posko kecamatan {h} tdk angkat. air masuk rumah {n}0 cm")
T(S, "KOTKUPANG TAGIHAN {rp} NO INVOICE {order} DARI PDAM TDK SESUAI. NO SAMBUNGAN {pdam}. HOTLINE {h}")
T(S, "KOTKUPANG sekolah NPSN {npsn} minta uang seragam {rp}. wa sekolah {p:block}. ortu siswa")
T(W, "Nomor-nomor di kuitansi Bengkel Jaya Motor: telp {h}, HP bengkel {p:dash4}, No. nota {ref}, tgl {date}, total {rp}. Bengkel bilang garansi tapi tdk mau tanggung jawab")
T(F, "Nama: -\nIsi: Meteran listrik prabayar no {meter} di rumah kontrakan kami dipasang atas nama pemilik lama. Petugas PLN bilang hubungi 123 atau kantor {h}.")
T(O, "Catatan: nomor {p:block} yang dilaporkan warga adalah nomor WhatsApp resmi Kelurahan {kel} (dipegang staf pelayanan), bukan nomor pribadi lurah.")


# ---------------- build ----------------
PHONE_LIKE = re.compile(r"(?:\+?62[\s\-]?(?:8|380)|\(?0380\)?|0-?800|\b08)[\d\s\-\.\u00a0\u200b]{5,}\d|[０-９][０-９\-\s]{7,}[０-９]|\b(?:1708|112|123|110|147|188|14017)\b")


def build():
    recs = []
    for ti, (style, tpl) in enumerate(TEMPLATES):
        seen = set()
        for k in range(2):
            marked = expand(tpl)
            text, spans = strip(marked)
            if style == "sms_caps":
                up = text.upper()
                assert len(up) == len(text)
                text = up
                for s in spans:
                    s["_v"] = s["_v"].upper()
            assert text not in seen, ("duplicate instance", tpl)
            seen.add(text)
            recs.append({"text": text, "spans": spans, "style": style, "_t": ti})
    # deterministic shuffle so that the two instances of a template are not adjacent
    R2 = random.Random(SEED + 1)
    R2.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        text = r["text"]
        last_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            v = s.pop("_v")
            assert s["end"] > s["start"], s
            assert text[s["start"]:s["end"]] == v, (text, s, v)
            assert v == v.strip() and v.strip(" ,.;:") == v, ("span edge", v)
            assert s["start"] >= last_end, ("overlap", text)
            last_end = s["end"]
        out.append({"id": "d4-%04d" % i, "text": text,
                    "spans": [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in r["spans"]],
                    "style": r["style"]})
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
    here = os.path.dirname(os.path.abspath(__file__))
    recs = [follow_posing_row(r) for r in build()]
    assert len(recs) >= 450
    path = os.path.join(here, "redaction_dev4.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify
    n_ph_lab = n_ph_unl = 0
    kinds, styles = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            t = r["text"]
            styles[r["style"]] = styles.get(r["style"], 0) + 1
            cov = [False] * len(t)
            for s in r["spans"]:
                assert s["kind"] in KINDS and 0 <= s["start"] < s["end"] <= len(t)
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
                if s["kind"] == "phone":
                    n_ph_lab += 1
                for j in range(s["start"], s["end"]):
                    cov[j] = True
            for m in PHONE_LIKE.finditer(t):
                if not any(cov[m.start():m.end()]):
                    n_ph_unl += 1
            assert any(s["kind"] == "phone" for s in r["spans"]) or PHONE_LIKE.search(t), r["id"]
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    print("texts", len(recs), "templates", len(TEMPLATES))
    print("styles", dict(sorted(styles.items())))
    print("kinds", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("phone-shaped: labelled", n_ph_lab, "unlabelled (approx, regex)", n_ph_unl)
    print("texts with no span", sum(1 for r in recs if not r["spans"]))
    print("sha256", sha)


if __name__ == "__main__":
    main()
