#!/usr/bin/env python3
"""Development corpus d2 for the Kota Kupang complaint redactor.

Written from docs/redaction-annotation-guide.md only. Texts carry inline labels
[[kind:value]]; this script strips them, computes exact Python string offsets,
verifies every span and writes redaction_dev2.jsonl (deterministic, seeded).

    python3 make_dev2.py            # writes redaction_dev2.jsonl next to this file
"""
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 20261204
R = random.Random(SEED)
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
NBSP = "\u00a0"
ZWSP = "\u200b"


def pick(seq):
    return R.choice(seq)


def L(kind, value):
    assert kind in KINDS, kind
    assert value and "]]" not in value and "[[" not in value, value
    return "[[%s:%s]]" % (kind, value)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- names
FAM = ["Ndun", "Manafe", "Tefa", "Benu", "Lay", "Bessie", "Nalle", "Kana", "Riwu", "Dethan", "Ratu",
       "Laga", "Bire", "Mooy", "Fanggidae", "Tallo", "Amalo", "Lerik", "Hendrik", "Nenobais",
       "Nubatonis", "Sinlae", "Taek", "Kolo", "Mau", "Seran", "Nahak", "Riwu Kaho", "Therik", "Pah",
       "Tanone", "Lobo", "Pello", "Adoe", "Ledo", "Haba", "Bani", "Lakapu", "Messakh", "Nitbani",
       "Oematan", "Tamelan", "Toelle", "Lenggu", "Doko", "Hege", "Rihi", "Dima", "Mella", "Sine",
       "Boimau", "Tualaka", "Neno", "Selan", "Nope", "Koroh", "Sabaat", "Da Costa", "Pandie", "Lado",
       "Huki", "Wadu", "Lede", "Rohi", "Foenay", "Manu", "Kause", "Ataupah", "Feoh", "Djami", "Dju",
       "Kapitan", "Bait", "Tahu", "Lomi", "Lodo Kaha", "Ora", "Wolo", "Dasi", "Kiuk"]
FIRST_M = ["Yohanes", "Dominggus", "Yakob", "Frans", "Herman", "Marthen", "Yosef", "Petrus", "Paulus",
           "Kornelis", "Semuel", "Welem", "Ferdinand", "Lukas", "Markus", "Daniel", "Obed", "Stefanus",
           "Aleksander", "Yoksan", "Mesakh", "Yermias", "Bernadus", "Melkianus", "Ebenhaezer", "Jefri",
           "Roni", "Fredi", "Gabriel", "Ishak", "Arnold", "Rudolf", "Nikolaus", "Simon", "Viktor",
           "Hendrikus", "Yulius", "Benyamin", "Abraham", "Agus", "Deki", "Engki", "Oktovianus", "Zakarias"]
FIRST_F = ["Maria", "Agustina", "Selfi", "Rosalina", "Yustina", "Yanti", "Vivi", "Gracia", "Novi", "Meri",
           "Yuli", "Sofi", "Elsi", "Desi", "Imelda", "Beatrix", "Orpa", "Naomi", "Ruth", "Debora",
           "Fransiska", "Theresia", "Kristina", "Margaretha", "Yuliana", "Adriana", "Ester", "Marlin",
           "Sarlin", "Yenni", "Ani", "Lusia", "Magdalena", "Wilhelmina", "Anace", "Yohana", "Oktovina",
           "Serlin", "Mariana", "Jeni", "Rambu", "Sartika"]
MIDDLE_M = ["Fransiskus", "Aloysius", "Bosco", "Kristoforus", "Yosef", "Benediktus"]
MIDDLE_F = ["Goreti", "Imakulata", "Yosefina", "Florida", "Fatima", "Bernadeta"]
# (full name, female?) Javanese, Bugis, Arab-Indonesian, Chinese-Indonesian, Bajo/Buton, single names
OTHER = [("Ahmad Fauzi", 0), ("Muhammad Yusuf", 0), ("Siti Aminah", 1), ("Sri Wahyuni", 1),
         ("Budi Santoso", 0), ("Andi Baso Tang", 0), ("Andi Rahmawati", 1), ("Hasan Alkatiri", 0),
         ("Fatimah Assegaf", 1), ("Abdullah Baraja", 0), ("Umar Bachmid", 0), ("Lie Kim Hwa", 0),
         ("Hendra Tanoto", 0), ("Liem Siu Ling", 1), ("Wati Gunawan", 1), ("Suparno", 0),
         ("Sugiarto", 0), ("Dewi Lestari", 1), ("Nurhayati", 1), ("Rahmat Hidayat", 0),
         ("La Ode Amir", 0), ("Baharuddin", 0), ("Syamsiah Daeng Baji", 1), ("Ruslan Abubakar", 0),
         ("Tan Bun Hok", 0), ("Yuliana Halim", 1), ("Salim Bin Talib", 0), ("Mariam Al Hamid", 1),
         ("Sumarni", 1), ("Wahyudi", 0), ("Indah Permatasari", 1), ("Kasih Tanone", 1),
         ("Putri Ayu Lestari", 1), ("Agung Prasetyo", 0), ("Murni Sabaat", 1), ("Selamat Riyadi", 0)]
NICK = [("Ance", 1), ("Yos", 0), ("Ocep", 0), ("Ondo", 0), ("Eman", 0), ("Ika", 1), ("Nel", 0),
        ("Chika", 1), ("Toni", 0), ("Ino", 0), ("Lince", 1), ("Ebi", 1), ("Nyong Ndun", 0), ("Ambu", 1)]


class P:
    def __init__(self, first, last, fem, middle=""):
        self.first, self.last, self.fem, self.middle = first, last, fem, middle

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.middle, self.last) if x)


def person(fem=None, kind=None):
    if fem is None:
        fem = R.random() < 0.5
    kind = kind or pick(["ntt"] * 7 + ["other"] * 3)
    if kind == "other":
        cands = [o for o in OTHER if o[1] == fem]
        full = pick(cands)[0]
        parts = full.split(" ")
        if len(parts) == 1:
            return P(parts[0], "", fem)
        return P(parts[0], " ".join(parts[1:]), fem)
    first = pick(FIRST_F if fem else FIRST_M)
    middle = ""
    if R.random() < 0.15:
        middle = pick(MIDDLE_F if fem else MIDDLE_M)
    elif R.random() < 0.1:
        middle = pick("ABCDEFHJKLMNPRSTWY") + "."
    return P(first, pick(FAM), fem, middle)


def nickp():
    n, f = pick(NICK)
    return P(n, "", bool(f))


def full(p, variant=None):
    """Full name string (not labelled), sometimes with an initial for the first name."""
    v = variant if variant is not None else R.random()
    if p.last and v < 0.08:
        return "%s. %s" % (p.first[0], p.last)
    return p.full


def nm(p, variant=None):
    return L("name", full(p, variant))


def fn(p):
    return L("name", p.first)


def hon(p, informal=False):
    if informal:
        return pick(["Tanta", "Mama", "Oma", "Kak", "Nona"]) if p.fem else pick(["Om", "Bapa", "Opa", "Kak"])
    return pick(["Ibu", "Bu", "Ny.", "Sdri."]) if p.fem else pick(["Bapak", "Pak", "Bpk.", "Sdr."])


def degree():
    return pick(["S.Pd.", "S.Sos", "S.H.", "S.Kep.", "A.Md.Keb.", "S.E.", "M.Si", "S.Kom", "S.Th."])


# ---------------------------------------------------------------- identity numbers
KUPANG_DISTRICTS = ["01", "02", "03", "04", "05", "06"]  # Alak, Maulafa, Oebobo, Kelapa Lima, Kota Raja, Kota Lama


def nik_raw(p=None, region=None):
    fem = p.fem if p is not None else R.random() < 0.5
    if region is None:
        region = pick(["5371"] * 6 + ["5301", "5302", "5314", "5320", "5305", "5310"])
    dist = pick(KUPANG_DISTRICTS) if region == "5371" else "%02d" % R.randint(1, 24)
    day = R.randint(1, 28) + (40 if fem else 0)
    mon = R.randint(1, 12)
    yr = R.choice(list(range(50, 100)) + list(range(0, 8)))
    serial = "%04d" % R.randint(1, 320)
    return region + dist + "%02d%02d%02d" % (day, mon, yr) + serial


def fmt16(d, fmt=None):
    fmt = fmt or pick(["block"] * 4 + ["g4"] * 3 + ["dots"] * 2 + ["dash"])
    if fmt == "block":
        return d
    if fmt == "g4":
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if fmt == "dash":
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if fmt == "dots":
        return "%s.%s.%s.%s.%s" % (d[0:2], d[2:4], d[4:6], d[6:12], d[12:16])
    raise ValueError(fmt)


def nik(p=None, fmt=None, typo=None):
    d = nik_raw(p)
    if typo is None:
        typo = R.random() < 0.08  # written wrong but plainly meant as a NIK
    if typo:
        t = pick(["O", "l", "15", "17"])
        if t == "O":
            i = [k for k, c in enumerate(d) if c == "0"][R.randint(0, d.count("0") - 1)]
            d = d[:i] + "O" + d[i + 1:]
        elif t == "l":
            i = [k for k, c in enumerate(d) if c == "1"][0] if "1" in d else 3
            d = d[:i] + "l" + d[i + 1:]
        elif t == "15":
            d = d[:9] + d[10:]
        else:
            d = d[:10] + R.choice("0123456789") + d[10:]
        return L("nik", d)
    return L("nik", fmt16(d, fmt))


def kk_raw():
    region = pick(["5371"] * 5 + ["5301", "5304"])
    dist = pick(KUPANG_DISTRICTS) if region == "5371" else "%02d" % R.randint(1, 20)
    return region + dist + "%02d%02d%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(5, 26)) + "%04d" % R.randint(1, 90)


def kk(fmt=None):
    return L("kk", fmt16(kk_raw(), fmt))


def npwp_raw(old=None):
    if old is None:
        old = R.random() < 0.6
    if old:
        d = pick(["24", "25", "36", "47", "58", "71", "82", "91"]) + digits(7) + pick(["920", "921", "922", "923"]) + "000"
        return "%s.%s.%s.%s-%s.%s" % (d[0:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15])
    return nik_raw()


def npwp(old=None):
    return L("npwp", npwp_raw(old))


PREFIXES = ["812", "813", "821", "822", "823", "852", "853", "851", "811", "815", "857", "878", "838", "895"]
PREF_TSEL = ["812", "813", "821", "822", "823", "852", "853", "851", "811"]


def phone_raw(fmt=None):
    local = pick(PREF_TSEL * 3 + PREFIXES) + digits(pick([7, 8, 8, 8]))  # without leading 0
    fmt = fmt or pick(["plain"] * 4 + ["dash"] * 3 + ["space"] * 3 + ["dot"] + ["+62dash", "+62space", "+62plain",
                       "62plain", "62space", "62dash", "+62 8", "mix"])
    a, b, c = local[0:3], local[3:7], local[7:]
    if fmt == "plain":
        return "0" + local
    if fmt == "dash":
        return "0%s-%s-%s" % (a, b, c)
    if fmt == "space":
        return "0%s %s %s" % (a, b, c)
    if fmt == "dot":
        return "0%s.%s.%s" % (a, b, c)
    if fmt == "+62dash":
        return "+62 %s-%s-%s" % (a, b, c)
    if fmt == "+62space":
        return "+62 %s %s %s" % (a, b, c)
    if fmt == "+62plain":
        return "+62" + local
    if fmt == "62plain":
        return "62" + local
    if fmt == "62space":
        return "62 %s %s %s" % (a, b, c)
    if fmt == "62dash":
        return "62-%s-%s-%s" % (a, b, c)
    if fmt == "+62 8":
        return "+62 " + local
    if fmt == "mix":
        return "0%s%s-%s" % (a, b[0], b[1:] + c) if R.random() < 0.5 else "0%s-%s%s" % (a, b, c)
    raise ValueError(fmt)


def phone(fmt=None):
    return L("phone", phone_raw(fmt))


def landline_raw(office=False):
    d = "8" + digits(5)
    f = pick(["sp", "paren", "dash", "paren2"]) if not office else pick(["sp", "dash", "paren2", "paren2"])
    if f == "sp":
        return "0380 " + d
    if f == "paren":
        return "(0380) %s %s" % (d[:4], d[4:])
    if f == "dash":
        return "0380-" + d
    return "(0380) %s %s" % (d[:3], d[3:])


def landline():
    return L("phone", landline_raw())


def email_raw(p):
    f = p.first.lower().replace(" ", "")
    l = (p.last or pick(["kupang", "ntt", "timor"])).lower().replace(" ", "").replace(".", "")
    form = pick(["{f}.{l}{n}", "{l}.{f}{n}", "{f}{l}{n}", "{f}_{l}", "{f}{n}", "{l}{f}"])
    user = form.format(f=f, l=l, n=pick(["", "77", "85", "02", "1990", "_kpg", "99", "12"]))
    return user + "@" + pick(["gmail.com"] * 5 + ["yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com", "icloud.com"])


def email(p):
    return L("email", email_raw(p))


def bpjs_raw(fmt=None):
    d = "000" + digits(10)
    fmt = fmt or pick(["block"] * 4 + ["g4", "dash"])
    if fmt == "g4":
        return "%s %s %s %s" % (d[0:4], d[4:8], d[8:12], d[12])
    if fmt == "dash":
        return "%s-%s-%s" % (d[0:4], d[4:8], d[8:])
    return d


def bpjs(fmt=None):
    return L("bpjs", bpjs_raw(fmt))


BANKS = ["BRI", "BNI", "Mandiri", "BCA", "Bank NTT", "BTN", "BSI"]


def rek_raw(bank=None):
    bank = bank or pick(BANKS)
    if bank == "BRI":
        d = digits(4) + "01" + digits(9)
        return pick(["%s-%s-%s-%s-%s" % (d[0:4], d[4:6], d[6:12], d[12:14], d[14]), d,
                     "%s %s %s %s %s" % (d[0:4], d[4:6], d[6:12], d[12:14], d[14])])
    if bank == "BNI":
        d = pick(["0", "08", "1", "2"]) + digits(10)
        d = d[:10]
        return pick([d, "%s-%s-%s" % (d[:3], d[3:6], d[6:])])
    if bank == "Mandiri":
        d = "1" + pick(["49", "61", "80"]) + "00" + digits(8)
        return pick([d, "%s-%s-%s-%s" % (d[0:3], d[3:5], d[5:12], d[12:])]) if len(d) == 13 else d
    if bank == "BCA":
        d = digits(10)
        return pick([d, "%s %s %s" % (d[:3], d[3:6], d[6:])])
    if bank == "Bank NTT":
        d = "001" + pick(["01", "02"]) + pick(["02", "03"]) + digits(6) + digits(1)
        return pick(["%s.%s.%s.%s-%s" % (d[0:3], d[3:5], d[5:7], d[7:13], d[13]), d])
    if bank == "BTN":
        return digits(16)
    return "7" + digits(9)


def rek(bank=None):
    return L("bank_account", rek_raw(bank))


def plate_raw(region=None, case=None):
    reg = region or pick(["DH"] * 6 + ["EB", "ED", "EA"])
    num = str(R.randint(1, 9999))
    suf = pick(["A", "AB", "AK", "AM", "AS", "BD", "KL", "GH", "AN", "XY", "BG", "CT"])
    s = pick(["%s %s %s", "%s %s %s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (reg, num, suf)
    return s


def plate():
    return L("plate", plate_raw())


# ---------------------------------------------------------------- addresses
KEL = ["Oebobo", "Oesapa", "Oesapa Barat", "Kelapa Lima", "Alak", "Maulafa", "Liliba", "Penfui", "Oebufu",
       "Kayu Putih", "Sikumana", "Naikoten I", "Fatululi", "Oepura", "Bakunase", "Naikolan", "Kolhua", "Belo",
       "Fatukoa", "Nefonaek", "Pasir Panjang", "Lasiana", "Tuak Daun Merah", "Namosain", "Manutapen",
       "Fatufeto", "Airmata", "Bonipoi", "Solor", "Merdeka", "Fontein", "Nunbaun Sabu", "Nunbaun Delha",
       "Naioni", "Penkase Oeleta", "Batuplat", "Oetete", "Naimata", "Kuanino", "Oeba", "Airnona", "Kelapa Lima"]
KEC = ["Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama"]
STREETS = ["Jl. Nangka", "Jl. Palapa", "Jl. Kelinci", "Jl. Amabi", "Jl. Timor Raya", "Jl. Cak Doko",
           "Jl. Perintis Kemerdekaan", "Jl. Adi Sucipto", "Jl. Bajawa", "Jl. Sumba", "Jl. Rote", "Jl. Sabu",
           "Jl. Flores", "Jl. Alor", "Jl. Kenari", "Jl. Jambu", "Jl. Mangga", "Jl. Delima", "Jl. Kakatua",
           "Jl. Rajawali", "Jl. Merpati", "Jl. Cendana", "Jl. Matani", "Jl. Bund", "Jl. Suratim",
           "Jl. Fetor Funay", "Jl. Tompello", "Jalan Kenanga", "Jl. Manafe", "Jl. Beringin", "Jl. Kamboja"]
PERSON_STREETS = ["Jl. El Tari", "Jl. W. J. Lalamentik", "Jl. Frans Seda", "Jl. Piet A. Tallo",
                  "Jl. Herman Johannes", "Jl. Alfons Nisnoni", "Jl. Moh. Hatta", "Jl. S. K. Lerik",
                  "Jl. H. R. Koroh", "Jl. R. A. Kartini", "Jl. Jend. Sudirman", "Jl. Urip Sumoharjo",
                  "Jl. Soeharto", "Jl. Ahmad Yani", "Jl. Sam Ratulangi", "Jl. W.J. Lalamentik", "Jl. Eltari"]
GANG = ["Gg. Kakatua", "Gg. Sepakat", "Gg. Damai", "Gg. Melati", "Gg. 3", "Gg. Asoka", "Gg. Mawar",
        "Gg. Bunga", "Gg. Kasih", "Gg. Berkat", "Gg. II", "Gg. Sinar"]


def houseno():
    n = str(R.randint(1, 140))
    if R.random() < 0.15:
        n += pick("ABC")
    return n


def rtrw(style=None):
    rt, rw = R.randint(1, 45), R.randint(1, 15)
    style = style or pick(["slash3", "slash2", "space", "rtonly", "slashsp", "comma"])
    if style == "slash3":
        return "RT %03d/RW %03d" % (rt, rw)
    if style == "slash2":
        return "RT %02d/RW %02d" % (rt, rw)
    if style == "space":
        return "RT %02d RW %02d" % (rt, rw)
    if style == "rtonly":
        return "RT %d" % rt
    if style == "slashsp":
        return "RT. %d / RW. %d" % (rt, rw)
    if style == "comma":
        return "RT %d, RW %d" % (rt, rw)
    raise ValueError(style)


def street_no():
    st = pick(STREETS * 3 + PERSON_STREETS)
    no = pick(["No. ", "No.", "No ", "no. ", "Nomor "]) + houseno()
    r = R.random()
    if r < 0.2:
        return "%s %s %s" % (st, pick(GANG), no)
    if r < 0.3:
        return "%s %s" % (pick(GANG), no)
    return "%s %s" % (st, no)


def addr_raw(form=None):
    form = form or pick(["street", "street", "street_rt", "street_rt", "rt"])
    if form == "street":
        return street_no()
    if form == "street_rt":
        return street_no() + pick([", ", " ", " / "]) + rtrw(pick(["slash3", "slash2", "space", "rtonly"]))
    return rtrw()


def addr(form=None):
    return L("address", addr_raw(form))


def kel():
    return pick(KEL)


def kec():
    return pick(KEC)


# ---------------------------------------------------------------- look-alikes (never labelled)
def amount():
    return pick(["Rp %s" % pick(["1.500.000", "250.000", "50.000", "2.750.000", "150.000", "75.000", "10.000.000",
                                 "300.000", "500.000", "1.200.000", "35.000", "4.000.000", "25.000"]),
                 "Rp%s" % pick(["5.000", "20.000", "100.000", "450.000"]),
                 "Rp. %s,-" % pick(["350.000", "1.000.000", "200.000"]),
                 "%s ribu" % pick(["150", "50", "200", "300", "25"]),
                 "Rp %s juta" % pick(["2,5", "3", "1,2", "15"])])


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), pick([2025, 2026, 2026])
    return pick(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1], y), "%02d-%02d-%d" % (d, m, y),
                 "%d-%d-%d" % (d, m, y % 100)])


def time_():
    h, mi = R.randint(6, 22), pick([0, 0, 15, 30, 45])
    return pick(["jam %02d.%02d" % (h, mi), "pukul %02d:%02d WITA" % (h, mi), "jam %d" % (h % 12 or 12)])


def ticket():
    return pick(["#LPR-2026-%04d-%04d" % (R.randint(1, 1299), R.randint(1, 9999)),
                 "LAPOR-5371-2026-%05d" % R.randint(1, 99999),
                 "%s-%s-%s" % (digits(4), digits(4), digits(3)),
                 "TKT%s" % digits(8), "K-%s/XI/2026" % digits(4)])


def billing():
    return pick(["kode billing 8202%s" % digits(11), "VA %s %s %s %s" % ("8808", digits(4), digits(4), digits(4)),
                 "kode pembayaran 03120260%s" % digits(8), "BRIVA %s %s" % (digits(5), "0" + pick(PREF_TSEL) + digits(8)),
                 "nomor VA 988%s" % digits(13), "ID billing %s" % digits(15)])


def pln_id():
    return "5312%s" % digits(8)


def meter():
    return pick(["14%s" % digits(9), "5%s" % digits(10), "32%s" % digits(9)])


def token():
    d = digits(20)
    return " ".join(d[i:i + 4] for i in range(0, 20, 4)) if R.random() < 0.6 else "-".join(d[i:i + 4] for i in range(0, 20, 4))


def sambungan():
    return "%02d-%02d-%06d" % (R.randint(1, 9), R.randint(1, 20), R.randint(1, 999999))


def nop():
    return "53.71.0%d0.00%d.0%s-%s.0" % (R.randint(1, 6), R.randint(1, 9), digits(2), digits(4))


def letterno():
    return pick(["700/%d/INSP/2026" % R.randint(10, 999), "503/PBG/2026/%05d" % R.randint(1, 999),
                 "5371-LU-%s2026-%04d" % (digits(4), R.randint(1, 999)), "470/%d/DKCS/XI/2026" % R.randint(1, 999),
                 "400.10/%d/KEL.%s/2026" % (R.randint(1, 300), pick(["OBB", "OSP", "KLL"]))])


def trxno():
    return "202611%s" % digits(10)


def resi():
    return pick(["JP%s" % digits(10), "CGK%s" % digits(12), "0%s" % digits(14)])


def nip():
    return "19%s%02d%02d 20%s%s %d %03d" % (digits(2), R.randint(1, 12), R.randint(1, 28), digits(2), digits(2), R.randint(1, 2), R.randint(1, 20))


OFFICE_LINES = [
    "call center 112", "Call Center 112", "pengaduan 1708", "SMS 1708", "call center PLN 123",
    "BPJS Kesehatan Care Center 165", "hotline PDAM 0380-833 029", "WA center 0811-3811-5050",
    "kantor lurah (0380) 832 447", "(0380) 833 411 (Dinas PUPR)", "Damkar 113", "Halo PLN 123",
]


def office_line(who=None):
    r = R.random()
    if who is None and r < 0.55:
        return pick(OFFICE_LINES)
    who = who or pick(["WA pengaduan Dukcapil", "hotline PDAM", "WA center Dinas Kesehatan", "nomor pengaduan Satpol PP",
                "WA admin LAPOR Kota Kupang", "call center Samsat", "hotline kelurahan " + kel(),
                "WA pengaduan DLHK", "kantor camat " + kec()])
    num = phone_raw(pick(["dash", "space", "plain"])) if R.random() < 0.6 else landline_raw(office=True)
    return "%s %s" % (who, num)


OFFICE_MAIL = ["pengaduan@kupangkota.go.id", "dukcapil@kupangkota.go.id", "humas@kupangkota.go.id",
               "lapor.dlhk@kupangkota.go.id", "info@pdamkotakupang.co.id", "ombudsman.ntt@ombudsman.go.id"]
HOSP = ["RSUD Prof. Dr. W. Z. Johannes", "RS Bhayangkara Drs. Titus Uly", "RSUD S. K. Lerik", "RS Siloam Kupang",
        "RSIA Dedari", "RS Leona", "RS Kartini Kupang", "RSU Mamami"]
SCHOOL = ["SD Inpres Oepura 2", "SMPN 2 Kupang", "SMAN 1 Kupang", "SD GMIT Kuanino 3", "SMK Negeri 3 Kupang",
          "SD Inpres Liliba", "SMPN 5 Kupang", "TK Bunga Bakung", "SD Katolik St. Yoseph", "Undana"]
PKM = ["Puskesmas Sikumana", "Puskesmas Oebobo", "Puskesmas Oesapa", "Puskesmas Kupang Kota", "Puskesmas Bakunase",
       "Puskesmas Pasir Panjang", "Puskesmas Alak", "Puskesmas Penfui", "Puskesmas Naioni", "Puskesmas Oepoi",
       "Puskesmas Manutapen", "Puskesmas Kota Raja"]
MARKET = ["Pasar Kasih Naikoten", "Pasar Oebobo", "Pasar Oeba", "Pasar Kuanino", "Pasar Penfui", "Pasar Oesapa"]
AGENCY = ["Dinas PUPR Kota Kupang", "Dukcapil Kota Kupang", "Perumda Air Minum Kota Kupang", "PLN UP3 Kupang",
          "BPJS Kesehatan Cabang Kupang", "DLHK Kota Kupang", "Dinas Kesehatan Kota Kupang", "Dinas Perhubungan",
          "Satpol PP Kota Kupang", "Dinas Sosial", "Bapenda Kota Kupang", "Samsat Kupang", "Kantor Pertanahan Kota Kupang",
          "Dinas Pendidikan dan Kebudayaan", "Ombudsman RI Perwakilan NTT", "Inspektorat Kota Kupang"]
BIZ = ["Toko Sinar Abadi", "Apotek Kasih Ibu", "Toko Berkat Jaya", "Bengkel Damai", "Kios Indah", "RM Selamat Datang",
       "Toko Murni", "Salon Putri", "Toko Agung", "Koperasi Sinar Pagi"]
LANDMARK = ["Gereja GMIT Efata", "Masjid Al Ikhlas", "Gereja Katedral", "Kantor Lurah " + "Oebobo", "Lippo Plaza",
            "Bundaran PU", "Terminal Kupang", "Pelabuhan Tenau", "Bandara El Tari", "Taman Nostalgia",
            "Gedung Sasando", "Kampus Undana Penfui", "Jembatan Liliba", "Tugu Adipura", "Transmart Kupang"]


def pstreet():
    """A street as the place of a public problem: never labelled (no house number)."""
    return pick(STREETS + PERSON_STREETS * 2)


def caps_strip(s):
    """SMS style: remove punctuation but keep the labels intact."""
    return s


# ================================================================ SMS (capitals, no punctuation)
def sms_addr(form=None):
    form = form or pick(["street", "street_rt", "rt", "gang"])
    st = pick(STREETS + PERSON_STREETS).upper().replace("JL. ", pick(["JL ", "JLN ", "JALAN "])).replace(".", "")
    st = st.replace("JALAN KENANGA", "JLN KENANGA")
    no = pick(["NO ", "NO", "NMR "]) + houseno()
    rt = "RT %s %s" % (R.randint(1, 40), pick(["RW %d" % R.randint(1, 12), "RW %02d" % R.randint(1, 12), ""]))
    rt = rt.strip()
    if form == "street":
        return L("address", "%s %s" % (st, no))
    if form == "street_rt":
        return L("address", "%s %s %s" % (st, no, rt))
    if form == "gang":
        return L("address", "%s %s %s" % (st, pick(GANG).upper().replace(".", ""), no))
    return L("address", rt)


def sms_amt():
    return pick(["RP %s" % pick(["150000", "50000", "1500000", "2000000", "300000", "75000"]),
                 "%sRB" % pick(["150", "50", "200", "25"]), "RP %s JT" % pick(["2", "1,5", "5"])])


def sms_name(p):
    return L("name", p.full)


def sms_pii():
    p = person()
    q = person()
    k = kel()
    opts = [
        lambda: "KOTKUPANG SY %s NIK %s MAU LAPOR KTP EL SY BLM JADI SDH %d BLN URUS DI DUKCAPIL TLG DIBANTU HP %s" % (
            sms_name(p), nik(p, pick(["block", "block", "g4"])), R.randint(2, 7), phone(pick(["plain", "plain", "space"]))),
        lambda: "KOTKUPANG LAMPU JLN DI %s MATI SDH 2 MGG RMH SY DI %s KEL %s MHN DIPERBAIKI %s" % (
            pstreet().upper().replace(".", ""), sms_addr("rt"), k.upper(), L("name", p.first)),
        lambda: "KOTKUPANG YTH BPK WALIKOTA SAMPAH DEPAN RMH SY %s KEL %s TDK DIANGKUT SDH 1 MGG TLG HUB SY %s" % (
            sms_addr(pick(["street", "street_rt", "gang"])), k.upper(), phone()),
        lambda: "KOTKUPANG SY %s WARGA %s %s KARTU BPJS SY %s TDK AKTIF PDHL IURAN %s TIAP BLN SDH BAYAR" % (
            sms_name(p), sms_addr("rt"), k.upper(), bpjs("block"), sms_amt()),
        lambda: "KOTKUPANG MOTOR SY NOPOL %s DITAHAN PETUGAS DISHUB DI %s TANPA SURAT TILANG SY %s HP %s" % (
            L("plate", plate_raw()), pick(LANDMARK).upper(), sms_name(p), phone()),
        lambda: "KOTKUPANG BIDAN %s DI PUSTU %s MINTA %s UTK PERSALINAN ISTRI SY PDHL ADA KIS NO %s" % (
            sms_name(q if q.fem else person(True)), k.upper(), sms_amt(), bpjs()),
        lambda: "KOTKUPANG LURAH %s PAK %s TDK MAU TTD SURAT KET DOMISILI SY KRN BLM BYR IURAN SY %s %s" % (
            k.upper(), L("name", person(False).first), sms_name(p), phone()),
        lambda: "KOTKUPANG AIR PDAM SDH 2 MGG TDK JALAN DI %s NO SAMBUNGAN %s SY %s" % (
            sms_addr(pick(["street", "street_rt"])), sambungan(), sms_name(p)),
        lambda: "KOTKUPANG DATA KK SY SALAH NAMA ANAK TERTULIS %s HARUSNYA %s NO KK %s MHN DIPERBAIKI" % (
            L("name", p.first + " " + p.last[:-1] if len(p.last) > 3 else p.first + "a"), L("name", p.full), kk(pick(["block", "g4"]))),
        lambda: "KOTKUPANG BANTUAN PKH MAMA SY %s TDK CAIR SDH 3 TAHAP NIK %s REK BRI %s TLG DICEK" % (
            sms_name(person(True)), nik(None, "block"), rek("BRI")),
        lambda: "KOTKUPANG TETANGGA SY KELUARGA %s BAKAR SAMPAH TIAP MLM ASAP MASUK RMH SY DI %s SY %s %s" % (
            L("name", pick(FAM)), sms_addr(), L("name", p.first), phone()),
        lambda: "KOTKUPANG ANAK SY %s KLS 4 DI %s DIPUKUL GURU %s SMP BIRU MHN DITINDAK SY %s" % (
            L("name", person().first), pick(SCHOOL).upper().replace(".", ""), L("name", full(q, 1)), phone()),
        lambda: "KOTKUPANG SY SDH TRANSFER %s KE REK BNI %s AN %s UTK URUS SERTIFIKAT TP SMP SKRG TDK ADA KABAR" % (
            sms_amt(), rek("BNI"), sms_name(q)),
        lambda: "KOTKUPANG MOBIL DINAS PLAT %s PARKIR DI TROTOAR DEPAN %s TIAP HARI %s" % (
            L("plate", plate_raw("DH")), pick(MARKET).upper(), pick(["MHN DITEGUR", "TLG DITERTIBKAN", "BIKIN MACET"])),
        lambda: "KOTKUPANG NIK SY %s TDK TERDAFTAR DI DTKS SY JANDA 3 ANAK TINGGAL DI %s KEL %s %s" % (
            nik(person(True), typo=R.random() < 0.4), sms_addr("street_rt"), k.upper(), L("name", person(True).first)),
        lambda: "KOTKUPANG %s %s ANJING TETANGGA AN %s GIGIT ANAK SY MHN DITINDAK %s" % (
            pick(["SELAMAT SIANG", "SIANG", "PAGI"]), pick(["MAU LAPOR", "LAPOR"]), sms_name(q), phone()),
        lambda: "KOTKUPANG PEMBUATAN AKTA ANAK SY %s DI DUKCAPIL DIMINTA %s OLEH PETUGAS %s HUB %s" % (
            L("name", person().first), sms_amt(), L("name", person().first), phone()),
        lambda: "KOTKUPANG SY %s NPWP %s MAU TANYA PBB RUMAH SY DI %s NAIK 3 KALI LIPAT" % (
            sms_name(p), npwp(), sms_addr("street")),
    ]
    return pick(opts)()


def sms_clean():
    k = kel()
    opts = [
        lambda: "KOTKUPANG JALAN RUSAK PARAH DI %s DEKAT %s SDH 6 BLN TDK DIPERBAIKI BYK MOTOR JATUH MHN DINAS PUPR TURUN" % (
            pstreet().upper().replace(".", ""), pick(LANDMARK).upper().replace(".", "")),
        lambda: "KOTKUPANG LAMPU JALAN MATI DI %s KEL %s SDH LAPOR KE 1708 TIKET %s BLM ADA TINDAK LANJUT" % (
            pstreet().upper().replace(".", ""), k.upper(), ticket()),
        lambda: "KOTKUPANG TAGIHAN PDAM BLN INI %s PDHL AIR TDK JALAN NO SAMBUNGAN %s MHN DICEK" % (sms_amt(), sambungan()),
        lambda: "KOTKUPANG SDH BELI TOKEN PLN %s KODE TOKEN %s TDK MASUK ID PELANGGAN %s" % (sms_amt(), token(), pln_id()),
        lambda: "KOTKUPANG PELAYANAN DI %s LAMBAT ANTRI DR JAM 7 BARU DILAYANI JAM 12 TERIMA KASIH" % pick(PKM).upper(),
        lambda: "KOTKUPANG SAMPAH MENUMPUK DI %s BAU SKALI MHN DLHK ANGKUT SEBELUM HUJAN" % pick(MARKET).upper(),
        lambda: "KOTKUPANG KAPAN PENDAFTARAN PPDB SMP DIBUKA INFO DI %s BLM ADA" % pick(SCHOOL).upper(),
        lambda: "KOTKUPANG PBB NOP %s SDH LUNAS %s TP DI SISTEM MSH TERTUNGGAK" % (nop(), billing().upper()),
        lambda: "KOTKUPANG %s TDK PERNAH ANGKAT TLG DITINDAK" % office_line().upper(),
        lambda: "KOTKUPANG MACET PARAH DEPAN RSUD PROF DR W Z JOHANNES %s KRN PARKIR LIAR" % time_().upper(),
        lambda: "KOTKUPANG BUNGA PINJAMAN KOPERASI DI %s TERLALU TINGGI 20 PERSEN PER BLN MHN DICEK DINAS KOPERASI" % k.upper(),
        lambda: "KOTKUPANG SELAMAT PAGI MAU TANYA SYARAT URUS AKTA KELAHIRAN DI DUKCAPIL APA SJ TERIMA KASIH",
        lambda: "KOTKUPANG AIR MURNI DARI PDAM KERUH DAN BAU SDH 3 HARI DI KEL %s TGL %s" % (k.upper(), date()),
        lambda: "KOTKUPANG PAK LURAH %s TDK PERNAH ADA DI KANTOR JAM 10 SUDAH KOSONG" % k.upper(),
        lambda: "KOTKUPANG BUS SEKOLAH RUTE %s %s TDK JALAN SDH 2 MGG ANAK2 JALAN KAKI" % (k.upper(), kel().upper()),
        lambda: "KOTKUPANG SURAT NO %s DARI KELURAHAN BLM DIBALAS SDH 1 BLN" % letterno(),
        lambda: "KOTKUPANG PEMBAYARAN RETRIBUSI SAMPAH %s VA %s SDH DIBAYAR TP TAGIHAN DATANG LAGI" % (sms_amt(), "8808 %s %s %s" % (digits(4), digits(4), digits(4))),
        lambda: "KOTKUPANG TERIMA KASIH UTK PERBAIKAN JALAN DI %s SKRG AMAN DAN INDAH" % pstreet().upper().replace(".", ""),
        lambda: "KOTKUPANG POHON TUMBANG DI %s DEKAT %s MENUTUP JALAN SEJAK %s" % (pstreet().upper().replace(".", ""), pick(HOSP).upper().replace(".", ""), time_().upper()),
        lambda: "KOTKUPANG NOMOR TRANSAKSI %s SDH BAYAR PAJAK MOTOR DI SAMSAT TP STNK BLM JADI" % trxno(),
    ]
    return pick(opts)()


# ================================================================ WhatsApp
WA_FMT = [0]


def wa_ts():
    d, m = R.randint(1, 28), R.randint(1, 12)
    h, mi = R.randint(6, 22), R.randint(0, 59)
    return (["[%02d/%02d/26 %02d.%02d]" % (d, m, h, mi), "%d/%d/26, %02d.%02d -" % (d, m, h, mi),
                 "[%02d.%02d, %d/%d/2026]" % (h, mi, m, d)])[WA_FMT[0]]


def wa_hdr(p=None, ph=None):
    """Chat-export header: either a saved contact name or a raw number."""
    ts = wa_ts()
    if ph is not None:
        return "%s %s:" % (ts, ph)
    return "%s %s:" % (ts, nm(p, 1))


def wa_pii():
    WA_FMT[0] = R.randint(0, 2)
    p, q = person(), person()
    k = kel()
    opts = [
        lambda: "\n".join([
            "%s Selamat pagi admin, sy mau lapor jalan di %s berlubang besar depan rumah sy." % (wa_hdr(p), pstreet()),
            "%s Selamat pagi, mohon kirim alamat lengkap dan titik lokasi ya Bapak/Ibu." % pick(["[%s] Admin LAPOR Kota Kupang:" % time_(), wa_ts() + " Admin 1708:"]),
            "%s %s, Kel. %s. Nomor sy %s" % (wa_hdr(p), addr("street_rt"), k, phone()),
        ]),
        lambda: "*Diteruskan*\nMohon bantu sebarkan. Anak kami %s (%d thn) belum pulang sejak %s %s, terakhir terlihat di %s pakai baju %s. Kalau lihat hubungi %s %s %s atau %s. Terima kasih Tuhan berkati." % (
            fn(person()), R.randint(6, 15), pick(["Sabtu", "kemarin", "Minggu"]), time_(), pick(LANDMARK), pick(["merah", "seragam SD", "kaos biru"]),
            hon(p), nm(p), phone(), phone()),
        lambda: "Sore pak, sy %s dari %s Kel. %s. Mau lapor got depan rumah tersumbat, air masuk rumah kalau hujan. Ini nomor WA sy %s, sy kirim foto menyusul." % (
            nm(p), addr("rt"), k, phone(pick(["+62dash", "+62space", "+62plain", "62plain"]))),
        lambda: "Info dari grup RT:\nBantuan sembako utk lansia belum sampai ke %s %s (NIK %s) dan %s %s di %s. Pak RT bilang data sdh dikirim ke kelurahan bulan lalu. Mohon dicek." % (
            hon(q), nm(q), nik(q), hon(p), nm(p), addr("street")),
        lambda: "Selamat siang admin Dukcapil, sy mau tanya status perekaman KTP an. %s NIK %s. Sdh rekam tgl %s tapi blm bisa cetak. Terima kasih 🙏" % (
            nm(p), nik(p), date()),
        lambda: "Tolong dibantu pak, mama sy %s sakit di rumah %s. Kartu KIS %s ditolak di %s katanya tidak aktif. Sy anaknya %s, WA %s" % (
            nm(person(True)), addr(), bpjs(), pick(PKM + HOSP), fn(p), phone()),
        lambda: (lambda q: "\n".join([
            "%s Ibu %s, besok petugas PDAM datang jam brp?" % (wa_hdr(p), fn(q)),
            "%s Besok jam 09.00 pak, tunggu di rumah." % wa_hdr(q),
            "%s Baik Ibu %s, rumah sy %s, pagar hijau. Makasih." % (wa_hdr(p), fn(q), addr("street")),
        ]))(person(True)),
        lambda: "Pak admin, sy sdh transfer ke rek %s %s a.n. %s %s utk urus IMB lewat orang dalam, tapi sampai sekarang tidak ada kabar dan nomornya %s tidak aktif lagi. Bukti transfer ada." % (
            "BNI", rek("BNI"), nm(q), amount(), phone()),
        lambda: "%s\n%s Pak, ini nomor Pak %s yang urus tanah di kelurahan: %s. Dia minta %s." % (
            "[Pesan diteruskan]", wa_ts(), fn(q if not q.fem else person(False)), phone(), amount()),
        lambda: "%s Halo kak sy %s, mau lapor oto pick up %s buang sampah di kali dekat Jembatan Liliba tiap malam %s. Sdh sy foto." % (
            wa_hdr(None, phone(pick(["+62dash", "+62space"]))), fn(p), plate(), time_()),
        lambda: "Syalom admin. Nama sy %s, rumah di %s, Kel. %s, Kec. %s. Listrik rumah sy sering padam tiap malam. ID pelanggan PLN %s. HP/WA %s. Email %s" % (
            nm(p), addr(pick(["street", "street_rt"])), k, kec(), pln_id(), phone(), email(p)),
        lambda: "\n".join([
            "%s Ibu Yuli, data anak sy sdh masuk sistem PIP kah?" % wa_hdr(p),
            "%s Sdh Bu, nama %s terdaftar. NISN %s." % (wa_hdr(None, phone()), fn(person()), digits(10)),
            "%s Terima kasih Ibu Yuli 🙏" % wa_hdr(p),
        ]).replace("Ibu Yuli", "Ibu " + L("name", "Yuli")),
        lambda: "Forwarded many times\nHati2 penipuan a.n. %s mengaku petugas PLN, minta transfer ke rek BRI %s. Nomor penipu %s. Jangan percaya!" % (
            nm(q), rek("BRI"), phone()),
        lambda: "Pak, motor sy %s hilang di parkiran %s %s. Sdh lapor polisi. Sy %s, %s. Kalau ada yg lihat tolong kabari." % (
            plate(), pick(MARKET + ["Lippo Plaza", "Transmart Kupang"]), date(), nm(p), phone()),
        lambda: (lambda n: "Pak admin, %s %s tetangga sy sakit stroke sendirian di rumah, %s. Keluarganya tdk ada. Telp rumah sy %s, HP %s." % (
            pick(["Tanta", "Oma", "Nona"]) if n.fem else pick(["Om", "Opa"]), L("name", n.first), addr("street_rt"), landline(), phone()))(nickp()),
        lambda: "Sy mewakili tetangga sy %s %s (%s) yg tdk punya HP. Rumahnya %s, atap roboh waktu angin kencang %s. Mohon bantuan Dinas Sosial." % (
            hon(q, True), fn(q), "lansia", addr("street_rt"), date()),
    ]
    return pick(opts)()


def wa_clean():
    WA_FMT[0] = R.randint(0, 2)
    k = kel()
    opts = [
        lambda: "Selamat pagi admin, mau tanya jadwal pelayanan Dukcapil hari Sabtu? %s" % pick(["Terima kasih.", "Makasih 🙏", "Tuhan berkati."]),
        lambda: "*INFO PDAM*\nDiberitahukan kepada pelanggan di wilayah %s dan %s, distribusi air terganggu tgl %s %s karena perbaikan pipa. Info: %s." % (
            k, kel(), date(), time_(), office_line(pick(["hotline PDAM", "WA pengaduan PDAM", "call center Perumda Air Minum"]))),
        lambda: "Forwarded: Pemadaman bergilir PLN UP3 Kupang hari %s %s s.d. %s wilayah %s, %s, %s. %s" % (
            pick(["Selasa", "Kamis", "Sabtu"]), time_(), time_(), k, kel(), kel(), pick(["Call center PLN 123.", "Info lanjut hubungi call center PLN 123."])),
        lambda: "\n".join([
            "%s Admin LAPOR Kota Kupang: Laporan Anda %s sudah diteruskan ke %s." % (wa_ts(), ticket(), pick(AGENCY)),
            "%s Admin LAPOR Kota Kupang: Mohon menunggu tindak lanjut 3x24 jam. Terima kasih." % wa_ts(),
        ]),
        lambda: "Mohon dicek, retribusi sampah sdh dibayar %s lewat %s tapi status masih belum lunas. Tgl bayar %s." % (amount(), billing(), date()),
        lambda: "Jalan di %s depan %s berlubang besar, sudah makan korban 2 motor tadi malam %s. Tolong PUPR 🙏" % (pstreet(), pick(HOSP + LANDMARK), time_()),
        lambda: "Terima kasih DLHK, sampah di %s sdh diangkut. Damai sejahtera utk petugas semua. Kupang Kota Kasih!" % pick(MARKET),
        lambda: "Lapor: tiang listrik miring di %s dekat %s, bisa roboh. No laporan PLN %s." % (pstreet(), pick(LANDMARK), ticket()),
        lambda: "*Pengumuman*\nVaksinasi anak di %s hari %s %s. Bawa buku KIA. Info %s." % (pick(PKM), pick(["Senin", "Rabu", "Jumat"]), time_(), office_line(pick(["WA center Dinas Kesehatan", "WA puskesmas", "hotline Dinkes"]))),
        lambda: "Kenapa token listrik %s yg sy beli lewat aplikasi tdk masuk? Nomor meter %s, no transaksi %s." % (amount(), meter(), trxno()),
        lambda: "Info dari sekolah: pembayaran uang komite %s per bulan di %s dihapus mulai %s. Puji Tuhan." % (amount(), pick(SCHOOL), date()),
        lambda: "Tolong admin, jalan menuju %s di %s gelap total, lampu jalan mati semua sejak %s." % (pick(SCHOOL + PKM), k, date()),
        lambda: "Pak, apakah benar pembuatan KTP gratis? Di loket ada yang minta %s. Kejadian %s %s di kantor Dukcapil." % (amount(), date(), time_()),
        lambda: "Selamat malam, air PDAM di Kel. %s sdh 5 hari tdk mengalir. Sudah telp %s tapi tdk diangkat." % (k, office_line("hotline PDAM")),
        lambda: "Sinar matahari panas sekali, tapi taman di %s tidak ada pohon peneduh. Mohon ditanam pohon. Terima kasih." % pick(["Taman Nostalgia", "Taman Kota", "Bundaran PU"]),
    ]
    return pick(opts)()


# ================================================================ web forms
JOBS = ["Wiraswasta", "PNS", "Petani", "Nelayan", "Ibu Rumah Tangga", "Guru Honor", "Mahasiswa", "Sopir", "Pedagang",
        "Tukang Ojek", "Karyawan Swasta", "Pensiunan"]
ISSUE_PII = [
    "KTP elektronik saya belum dicetak sejak %s padahal sudah rekam." % "{d}",
    "Bantuan BLT tidak pernah saya terima padahal nama ada di daftar.",
    "Air PDAM di rumah tidak mengalir sudah 10 hari, tagihan tetap datang {a}.",
    "Tetangga membangun tembok menutup saluran air di samping rumah saya.",
    "Anak saya ditolak di sekolah negeri terdekat padahal zonasi.",
    "Saya dimintai uang {a} untuk pengurusan akta kematian ayah saya.",
    "Sertifikat tanah saya tertahan di kantor pertanahan sejak {d}.",
    "Lampu jalan depan rumah mati dan banyak pencurian di malam hari.",
    "Kartu KIS saya dinonaktifkan tanpa pemberitahuan.",
]


def issue():
    return pick(ISSUE_PII).format(d=date(), a=amount())


def web_pii():
    p = person()
    k = kel()
    sep = pick([": ", " : ", "\t: ", ":\t", " - ", ": "])
    key = pick([
        ["Nama", "NIK", "Alamat", "No HP", "Email"],
        ["Nama Lengkap", "No. KTP", "Alamat Rumah", "Telepon/WA", "E-mail"],
        ["NAMA PELAPOR", "NIK", "ALAMAT", "NO. HP", "EMAIL"],
        ["nama", "nik", "alamat", "hp", "email"],
        ["Nama Pelapor", "Nomor Induk Kependudukan", "Domisili", "Nomor WhatsApp", "Surel"],
    ])
    opts = [
        lambda: "\n".join([
            key[0] + sep + nm(p),
            key[1] + sep + nik(p),
            key[2] + sep + addr(pick(["street", "street_rt"])) + ", Kel. %s, Kec. %s, Kota Kupang" % (k, kec()),
            key[3] + sep + phone(),
            key[4] + sep + email(p),
        ] + ([pick(["No. BPJS", "No. Kartu KIS", "JKN"]) + sep + bpjs()] if R.random() < 0.4 else []) + [
            "Isi Pengaduan" + sep + issue(),
        ]),
        lambda: "\n".join([
            "DATA PELAPOR",
            "Nama Lengkap" + sep + nm(p),
            "Tempat/Tgl Lahir" + sep + "Kupang, %02d-%02d-19%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(55, 99)),
            "Pekerjaan" + sep + pick(JOBS),
            "No. KTP" + sep + nik(p),
            "No. KK" + sep + kk(),
            "Alamat" + sep + addr("street_rt") + " " + k,
            "No. HP" + sep + phone(),
            "",
            "URAIAN: " + issue(),
        ]),
        lambda: "Nama/NIK: %s / %s | HP: %s | Alamat: %s, %s | Kategori: %s | Isi: %s" % (
            nm(p), nik(p, "block"), phone(), addr(), k, pick(["Kependudukan", "Infrastruktur", "Sosial", "Kesehatan"]), issue()),
        lambda: "Pelapor%s%s (%s)\nKontak%s%s / %s\nLokasi kejadian%s%s, Kel. %s\nUraian%s%s" % (
            sep, nm(p), pick(JOBS), sep, phone(), email(p), sep, pstreet(), k, sep, issue()),
        lambda: "\n".join([
            "Nama Pemohon" + sep + nm(p),
            "NPWP" + sep + npwp(),
            "NIK" + sep + nik(p),
            "Alamat Usaha" + sep + "Kios %d %s" % (R.randint(1, 80), pick(MARKET)),
            "Alamat Tinggal" + sep + addr("street_rt"),
            "Telp. Rumah" + sep + landline(),
            "HP" + sep + phone(),
            "Pengaduan" + sep + "Izin usaha (NIB) saya ditolak dengan alasan NPWP tidak valid, padahal sudah %s." % pick(["aktif", "lapor SPT", "terdaftar sejak %s" % date()]),
        ]),
        lambda: "\n".join([
            "Nama peserta" + sep + nm(p),
            "No. Kartu JKN-KIS" + sep + bpjs(),
            "NIK" + sep + nik(p),
            "Faskes tingkat 1" + sep + pick(PKM),
            "No HP" + sep + phone(),
            "Keluhan" + sep + "Saya dirujuk ke %s tapi disuruh bayar %s karena kartu katanya nonaktif." % (pick(HOSP), amount()),
        ]),
        lambda: "\n".join([
            key[0] + sep + nm(p),
            "Rekening penerima bantuan" + sep + "%s %s a.n. %s" % ("Bank NTT", rek("Bank NTT"), nm(p)),
            key[3] + sep + phone(),
            "Keterangan" + sep + "Dana bantuan %s belum masuk ke rekening saya sejak %s." % (amount(), date()),
        ]),
        lambda: "Saya, %s (NIK %s), warga %s %s, melaporkan bahwa kendaraan saya %s ditabrak truk sampah milik DLHK %s di %s. Sopir tidak mau bertanggung jawab. Hubungi saya di %s atau %s." % (
            nm(p), nik(p), addr("rt"), k, plate(), date(), pstreet(), phone(), email(p)),
        lambda: "\n".join([
            "Nama Ayah" + sep + nm(person(False)),
            "Nama Ibu" + sep + nm(person(True)),
            "Nama Anak" + sep + nm(person()),
            "Nomor KK" + sep + kk(),
            "Alamat" + sep + addr(),
            "Masalah" + sep + "Nama anak salah ketik di akta kelahiran, sudah 3 kali ke Dukcapil tidak selesai.",
        ]),
        lambda: "Identitas pelapor\n  - Nama   : %s\n  - NIK    : %s\n  - No. HP : %s\n  - Alamat : %s\nTerlapor\n  - %s, %s\nKronologi: %s" % (
            nm(p), nik(p, pick(["g4", "dots"])), phone(), addr("street_rt"), nm(person()), pick(["pemilik kos", "pemilik bengkel", "tetangga", "kontraktor"]),
            "Terlapor %s" % pick(["membuang limbah oli ke got di depan rumah saya.", "menagih uang sewa dua kali.", "memasang tenda hajatan menutup jalan umum 3 hari."])),
        lambda: "[Formulir Pengaduan Online]\nNama: %s\nTelp: %s\nEmail: %s\nJudul: %s\nIsi: %s" % (
            nm(p), phone(), email(p), pick(["Pungli di kelurahan", "Jalan rusak", "Bantuan tidak tepat sasaran"]), issue()),
    ]
    return pick(opts)()


def web_clean():
    k = kel()
    sep = pick([": ", " : ", "\t: "])
    opts = [
        lambda: "Nama%s%s\nKategori%sInfrastruktur\nLokasi%s%s depan %s, Kel. %s\nIsi%sAspal terkelupas sepanjang 50 meter, banyak lubang dalam.\nNo. Tiket%s%s" % (
            sep, pick(["(dirahasiakan)", "Anonim", "Hamba Allah", "-", "Warga"]), sep, sep, pstreet(), pick(LANDMARK), k, sep, sep, ticket()),
        lambda: "Kategori: Air Bersih\nNo. Sambungan: %s\nID Pelanggan: %s\nTagihan: %s (periode %s)\nUraian: Meter air rusak tapi tagihan naik." % (
            sambungan(), "PDAM-%s" % digits(8), amount(), pick(MONTHS) + " 2026"),
        lambda: "Jenis laporan%sPajak Daerah\nNOP%s%s\nKode billing%s%s\nJumlah%s%s\nTanggal bayar%s%s\nMasalah%sStatus di aplikasi masih belum bayar." % (
            sep, sep, nop(), sep, "8202" + digits(11), sep, amount(), sep, date(), sep),
        lambda: "Perihal: Tindak lanjut surat %s\nInstansi tujuan: %s\nKontak instansi: %s / %s\nIsi: Sudah lewat 30 hari kerja belum ada jawaban." % (
            letterno(), pick(AGENCY), office_line(), pick(OFFICE_MAIL)),
        lambda: "Nama: Anonim\nKategori: Kesehatan\nLokasi: %s\nWaktu: %s %s\nIsi: Antrian BPJS dibuka %s tapi petugas baru datang jam 09.00. Pasien lansia menunggu di luar kena sinar matahari." % (
            pick(PKM + HOSP), date(), time_(), time_()),
        lambda: "Kategori%sListrik\nID pelanggan PLN%s%s\nNo. meter%s%s\nToken%s%s\nNominal%s%s\nIsi%sToken gagal input, muncul pesan error." % (
            sep, sep, pln_id(), sep, meter(), sep, token(), sep, amount(), sep),
        lambda: "Topik: Perizinan\nNomor permohonan PBG: %s\nTanggal masuk: %s\nIsi: Permohonan untuk toko di %s belum diproses. Kontak kantor %s tidak aktif." % (
            letterno(), date(), pstreet(), landline_raw(True)),
        lambda: "Nama: Forum Warga Peduli Kota\nKategori: Lingkungan\nLokasi: Pantai %s\nIsi: Sampah plastik menumpuk, mohon DLHK adakan kerja bakti. Laporan sebelumnya %s." % (
            pick(["Lasiana", "Pasir Panjang", "Oesapa", "Namosain"]), ticket()),
        lambda: "Kategori: Pendidikan\nSekolah: %s\nIsi: Pungutan %s untuk seragam dan buku. Apakah resmi? Kami orang tua murid kelas 1." % (pick(SCHOOL), amount()),
        lambda: "Pertanyaan: Berapa biaya balik nama kendaraan di Samsat Kupang? Nomor transaksi e-Samsat saya %s gagal. Jam layanan Senin–Jumat 08.00–15.00?" % trxno(),
        lambda: "Kategori: Sosial\nIsi: Penyaluran BLT di Kel. %s %s ramai dan tidak tertib. Dana %s per KPM. Mohon diatur lebih baik.\nLampiran: foto_%s.jpg" % (k, date(), amount(), digits(8)),
        lambda: "Kategori: Ketenagakerjaan\nNo. KPJ BPJS Ketenagakerjaan%s%s\nPerusahaan%sCV %s\nIsi%sKlaim JHT sudah %d bulan belum cair, saldo %s." % (
            sep, "2301" + digits(7), sep, pick(["Berkat Jaya", "Sinar Timor", "Damai Sejahtera"]), sep, R.randint(2, 8), amount()),
        lambda: "Kategori: Perizinan\nNomor registrasi online%s5371%s\nTanggal%s%s\nIsi%sBerkas OSS untuk usaha %s belum diverifikasi." % (
            sep, "2026" + digits(8), sep, date(), sep, pick(BIZ)),
        lambda: "Judul: Pengiriman paket dokumen\nResi: %s\nIsi: Dokumen dari %s belum diterima sejak %s." % (resi(), pick(AGENCY), date()),
    ]
    return pick(opts)()


# ================================================================ Kupang Malay
def km_pii():
    p, q = person(), person()
    k = kel()
    opts = [
        lambda: "Beta %s dari %s %s. Su dua minggu ni air sonde jalan, katong mandi pake air jerigen. Tolong ko bapa dong di PDAM datang lia. Nomor beta %s" % (
            fn(p), addr("rt"), k, phone()),
        lambda: "Bapa lurah sonde mau tanda tangan beta pung surat, dia bilang beta pung KK ada salah. Nomor KK %s, nama kepala keluarga %s. Beta su bolak balik tiga kali." % (
            kk(), nm(p)),
        lambda: "Beta pung motor %s dong tahan di pos Dishub %s, dong minta %s baru bisa ambil. Sonde kasi surat apa-apa. Beta %s, HP %s" % (
            plate(), pick(LANDMARK), amount(), fn(p), phone()),
        lambda: "Om %s tu tiap malam putar musik kuat-kuat sampe jam 3 pagi, katong sonde bisa tidur. Dia pung rumah di %s. Pak RT su tegur ma dia sonde dengar." % (
            L("name", pick(["Yos", "Ocep", "Ondo", "Eman", "Nel", person(False).first])), addr("street")),
        lambda: "%s %s pung anak su tiga hari panas tinggi, bawa ke %s dong bilang KIS sonde aktif. Nomor kartu %s. Tolong ko bantu, katong orang susah." % (
            pick(["Mama", "Tanta"]), L("name", person(True).first), pick(PKM), bpjs()),
        lambda: "Itu keluarga %s dong bangun pagar masuk sampe di jalan umum, jadi katong sonde bisa lewat pake oto. Su lapor ke kelurahan %s ma sonde ada yang urus. Beta %s %s" % (
            L("name", pick(FAM)), k, nm(p), phone()),
        lambda: "Sengketa tanah antara keluarga %s deng keluarga %s di %s su lama. Dong mau baku pukul. Tolong pemerintah turun tangan sebelum ada korban." % (
            L("name", pick(FAM)), L("name", pick(FAM)), k),
        lambda: "Beta ni janda, nama %s, NIK %s. Bantuan PKH dari tahun lalu sonde pernah masuk. Orang lain yang mampu dapa, beta sonde. Beta tinggal di %s." % (
            nm(person(True)), nik(person(True)), addr("street_rt")),
        lambda: "Kaka, beta su transfer %s ke rek BRI %s a.n %s ko urus sertifikat, sampe sekarang dia sonde angkat telpon. Dia pung nomor %s." % (
            amount(), rek("BRI"), nm(q), phone()),
        lambda: "Tanta %s deng Om %s di %s pung anjing gigit beta pung ana. Dong sonde mau tanggung. Beta %s %s" % (
            L("name", person(True).first), L("name", person(False).first), addr("rt"), fn(p), phone()),
        lambda: "Nona %s, guru di %s, dia pukul beta pung ana sampe biru. Ana pung nama %s kelas 3. Beta minta dinas pendidikan tindak." % (
            L("name", person(True).first), pick(SCHOOL), L("name", person().first)),
        lambda: "Beta mau lapor, sopir oto sampah %s buang sampah di kali %s. Beta ada foto. Nomor beta %s, nama %s." % (
            plate(), k, phone(), fn(p)),
        lambda: (lambda n: "%s %s tu su tiga kali datang tagih utang deng bunga 30 persen, padahal katong su bayar. Dia pung nomor %s. Beta %s, %s." % (
            pick(["Nona", "Kak", "Tanta"]) if n.fem else pick(["Om", "Kak", "Bapa"]), L("name", n.first), phone(), fn(p), addr("rt")))(nickp()),
        lambda: "Ko %s pung toko di %s buang sampah di got tiap hari, got su tersumbat. Katong su tegur, dia sonde dengar. Beta %s, HP %s" % (
            L("name", pick(["Ahong", "Akiong", "Ateng", "Abun", "Lim Ahok"])), pstreet(), fn(p), phone()),
        lambda: (lambda b: "Nama beta memang %s, bukan nama kios. Petugas Dinsos tulis beta pung nama salah jadi \"%s\" di DTKS. NIK %s." % (
            L("name", b), L("name", b[:-1] + {"Indah": "a", "Kasih": "y", "Murni": "y", "Putri": "y", "Damai": "y"}[b]), nik(person(True))))(
            pick(["Indah", "Kasih", "Murni", "Putri", "Damai"])),
        lambda: "Katong di %s su satu bulan sonde ada air. Sapa yang mau tanggung jawab? Beta %s, rumah %s. Email %s" % (
            k, nm(p), addr("street"), email(p)),
    ]
    return pick(opts)()


def km_clean():
    k = kel()
    opts = [
        lambda: "Ini jalan di %s su rusak lama, sonde ada yang urus. Katong pung oto tiap hari masuk lubang. Tolong ko PUPR datang lia." % k,
        lambda: "Lampu jalan di %s mati, malam gelap sekali, nona-nona dong takut pulang kerja. Su lapor ke 1708 tapi sonde ada kabar." % k,
        lambda: "Dong bilang mau kasi bantuan tapi sampe sekarang sonde ada. Katong tunggu su tiga bulan. Terima kasih banyak." ,
        lambda: "Sampah di %s su bau busuk, lalat banyak. Tolong ko DLHK angkut, jang tunggu sampe ada penyakit." % pick(MARKET),
        lambda: "Air PDAM datang cuma jam 2 malam, katong harus bangun tampung. Telpon %s sonde angkat." % office_line(pick(["hotline PDAM", "WA center PDAM"])),
        lambda: "Bapa dong di kantor camat %s tu kerja lambat. Urus surat satu lembar sa butuh satu minggu. Katong bayar %s lai." % (kec(), amount()),
        lambda: "Jalan dari %s ke %s su hancur. Oto angkot sonde mau masuk. Anak sekolah jalan kaki jauh." % (k, kel()),
        lambda: "Beta mau tanya, urus KTP baru su bisa di kelurahan ko sonde? Ko musti ke Dukcapil di %s?" % pick(PERSON_STREETS),
        lambda: "Pasar %s su jam 10 malam masih ramai, parkir liar tutup jalan. Dishub di mana?" % pick(["Kasih", "Oeba", "Oebobo", "Kuanino"]),
        lambda: "Tagihan listrik bulan ini naik %s, padahal katong pung pemakaian sama sa. ID pelanggan %s. Tolong PLN cek." % (amount(), pln_id()),
        lambda: "Puji Tuhan jalan di %s su aspal baru. Terima kasih Pak Wali. Indah skali sekarang." % pstreet(),
        lambda: "Kali di %s su penuh sampah, kalau hujan air naik masuk rumah-rumah. Sapa yang mau bersihkan? Katong su kerja bakti ma sonde cukup." % k,
        lambda: "Puskesmas %s tutup jam 12 siang padahal papan tulis buka sampe jam 14.00. Katong datang jauh-jauh sonde dilayani." % pick(PKM).replace("Puskesmas ", ""),
        lambda: "Oto tangki air jual %s satu tangki, su mahal skali. Pemerintah tolong kasi turun harga." % amount(),
    ]
    return pick(opts)()


# ================================================================ officials
def off_pii():
    p, o = person(), person()
    k = kel()
    opts = [
        lambda: "Saya melaporkan bidan %s di Pustu %s yang meminta biaya %s untuk persalinan, padahal kami peserta JKN. Kejadian %s." % (
            L("name", full(person(True))), k, amount(), date()),
        lambda: "Lurah %s, Pak %s, tidak mau menandatangani surat keterangan tidak mampu untuk anak saya tanpa 'uang rokok' %s." % (
            k, L("name", person(False).first), amount()),
        lambda: "Kepala %s, dr. %s, tidak pernah ada di tempat. Pasien dilayani perawat saja. Tolong Dinas Kesehatan tegur." % (
            pick(PKM), nm(o)),
        lambda: "Petugas Dukcapil di loket %d bernama %s membentak ibu-ibu yang antri. Kejadian %s %s." % (
            R.randint(1, 6), L("name", o.first), date(), time_()),
        lambda: "Babinsa Serka %s dan Bhabinkamtibmas Bripka %s sudah datang ke lokasi sengketa di %s tapi tidak ada penyelesaian." % (
            nm(person(False)), nm(person(False)), k),
        lambda: "Guru kelas anak saya, Ibu %s, %s, sering tidak masuk. Kepala sekolah %s diam saja." % (
            nm(person(True)), degree(), pick(SCHOOL)),
        lambda: "Sekretaris Lurah %s, Sdr. %s, meminta %s untuk surat pengantar nikah. Nomor dia %s, namanya %s." % (
            k, nm(o), amount(), phone(), fn(o)),
        lambda: "Kepala Sekolah %s, %s %s, M.Pd., memungut uang pembangunan %s per siswa tanpa rapat komite." % (
            pick(SCHOOL), "Dra." if o.fem else "Drs.", nm(o), amount()),
        lambda: "Pdt. %s sudah membantu warga, tapi pihak kelurahan lewat staf bernama %s tetap tidak mau mendata korban angin puting beliung." % (
            nm(person()), L("name", person().first)),
        lambda: "Petugas PLN yang datang ke rumah kami (mengaku bernama %s) meminta %s untuk ganti meter. Mobilnya %s." % (
            L("name", o.first), amount(), plate()),
        lambda: "Ketua RT %d, Bapak %s, memotong dana bantuan warga %s per KK. Beberapa warga takut melapor. Bukti transfer ke rekening pribadi beliau %s %s." % (
            R.randint(1, 30), nm(person(False)), amount(), "BRI", rek("BRI")),
        lambda: "Camat %s, Bapak %s, %s, berjanji memperbaiki jembatan di %s bulan lalu. Sampai sekarang belum ada." % (
            kec(), nm(person(False)), degree(), k),
        lambda: "Perawat jaga IGD %s bernama %s menolak pasien dengan alasan kamar penuh. Dokter jaga dr. %s tidak keluar dari ruangan." % (
            pick(HOSP), L("name", person(True).first), nm(person())),
        lambda: "Oknum ASN Dinas %s bernama %s, NIP %s, meminta %s untuk mempercepat izin usaha saya. Saya %s, %s." % (
            pick(["Perizinan", "Perhubungan", "Kesehatan"]), nm(o), nip(), amount(), nm(p), phone()),
        lambda: "Polisi lalu lintas (Bripka %s) menahan SIM C saya nomor %s dan STNK motor %s tanpa surat tilang. Saya %s." % (
            nm(person(False)), "%s-%s-%s" % (digits(4), digits(4), digits(6)), plate(), nm(p)),
        lambda: "Satpol PP yang menertibkan lapak di %s dipimpin oleh %s, mobil patroli %s. Barang dagangan mama-mama disita tanpa berita acara." % (
            pick(MARKET), nm(person(False)), plate()),
    ]
    return pick(opts)()


def off_clean():
    k = kel()
    opts = [
        lambda: "Pak Lurah %s tidak ada di kantor sejak jam 10.00, pelayanan surat pindah tertunda sampai besok." % k,
        lambda: "Kepala Dinas PUPR sudah berjanji perbaikan drainase di %s sebelum musim hujan. Mohon ditagih janjinya." % pstreet(),
        lambda: "Ketua RT %02d minta iuran %s per rumah untuk keamanan, apakah ada aturannya?" % (R.randint(1, 30), amount()),
        lambda: "Wali Kota dan Wakil Wali Kota diminta meninjau langsung %s yang atapnya bocor." % pick(SCHOOL + PKM),
        lambda: "Petugas loket Samsat meminta biaya tambahan %s di luar ketentuan. Tidak ada kuitansi." % amount(),
        lambda: "Kepala puskesmas tidak bisa ditemui, kata satpam sedang rapat di Dinas Kesehatan sampai %s." % time_(),
        lambda: "Camat %s mohon turun lihat jalan di %s, sudah dua kali kecelakaan bulan ini." % (kec(), pstreet()),
        lambda: "Petugas kebersihan di %s bekerja baik, terima kasih DLHK. Tapi truk sampah datang hanya seminggu sekali." % pick(MARKET),
        lambda: "Bidan di pustu %s sangat membantu, tapi obat sering kosong. Mohon Dinas Kesehatan tambah stok." % k,
        lambda: "Kepala Kantor Pertanahan belum menjawab surat kami nomor %s tertanggal %s." % (letterno(), date()),
        lambda: "Guru honor di %s belum terima gaji tiga bulan (%s per bulan). Kepala sekolah bilang tunggu dana BOS." % (pick(SCHOOL), amount()),
        lambda: "Sekretaris Dinas Sosial menyampaikan bahwa data DTKS diperbarui setiap %s. Info lanjut hubungi %s." % (pick(["tiga bulan", "semester"]), office_line(pick(["WA pengaduan Dinas Sosial", "call center Dinsos", "kantor Dinas Sosial"]))),
        lambda: "Oknum petugas Dishub di %s meminta uang damai %s kepada sopir angkot. Mohon Inspektorat periksa." % (pick(LANDMARK), amount()),
        lambda: "Pegawai dengan NIP %s tercatat sebagai petugas loket, tapi tidak pernah terlihat di kantor %s." % (nip(), pick(AGENCY)),
        lambda: "Klaim BPJS Ketenagakerjaan (No. KPJ %s) ditolak karena data perusahaan belum diperbarui. Kantor cabang minta datang lagi %s." % ("2301" + digits(7), date()),
        lambda: "Dokter jaga IGD %s malam tadi ramah dan cepat. Terima kasih, pelayanan sudah jauh lebih baik." % pick(HOSP),
    ]
    return pick(opts)()


# ================================================================ letters
def letter_head():
    return pick([
        "Kepada Yth.\nBapak Wali Kota Kupang\nc.q. %s\ndi -\n      Tempat\n\n" % pick(AGENCY),
        "Kupang, %s\n\nKepada Yth. %s\ndi Kupang\n\nPerihal: Pengaduan\n\n" % (date(), pick(AGENCY)),
        "Yth. Kepala %s\nJl. %s No. %d, Kupang\n\n" % (pick(["Dinas Sosial", "Dinas PUPR", "Dukcapil", "Inspektorat"]), pick(["Timor Raya", "S. K. Lerik", "Palapa", "El Tari"]), R.randint(1, 30)),
    ])


def signoff(p, q=None):
    n = L("name", full(p, 1))
    form = pick(["hormat_ttd", "hormat", "salam", "dash", "ttd", "hormat_deg", "pelapor"])
    if form == "hormat_ttd":
        return "Hormat saya,\n\nttd\n\n%s" % n
    if form == "hormat":
        return "Hormat saya,\n%s" % n
    if form == "salam":
        return "Salam,\n%s" % L("name", p.first)
    if form == "dash":
        return "- %s" % n
    if form == "ttd":
        return "ttd %s" % n
    if form == "hormat_deg":
        return "Hormat kami,\n\n(%s, %s)" % (n, degree())
    return "Pelapor,\n\n\n%s\nNIK. %s" % (n, nik(p))


def letter_pii():
    p = person()
    k = kel()
    body = pick([
        lambda: "Dengan hormat,\nYang bertanda tangan di bawah ini:\nNama\t: %s\nNIK\t: %s\nAlamat\t: %s, Kel. %s\nNo. HP\t: %s\n\ndengan ini mengadukan bahwa %s\n\nDemikian pengaduan ini saya sampaikan, atas perhatian Bapak saya ucapkan terima kasih.\n\n" % (
            nm(p), nik(p), addr("street_rt"), k, phone(), (lambda t: t[0].lower() + t[1:])(issue())),
        lambda: "Dengan hormat,\nSaya, %s, warga %s Kelurahan %s, menyampaikan keberatan atas tagihan PBB rumah saya di %s (NOP %s) yang naik menjadi %s.\nMohon peninjauan kembali.\n\n" % (
            nm(p), addr("rt"), k, addr("street"), nop(), amount()),
        lambda: "Dengan hormat,\nBersama ini saya melaporkan bahwa ayah saya almarhum %s (NIK %s) masih tercatat sebagai penerima bantuan, sedangkan ibu saya %s (NIK %s) tidak terdaftar. No. KK kami %s.\n\n" % (
            nm(person(False)), nik(), nm(person(True)), nik(), kk()),
        lambda: "Dengan hormat,\nKami warga %s mengeluhkan usaha pencucian mobil milik %s di %s yang membuang air limbah ke jalan. Sudah ditegur tetapi tidak ada perubahan.\n\n" % (
            addr("rt"), nm(person()), addr("street")),
        lambda: "Dengan hormat,\nSaya %s, pemilik kendaraan %s, keberatan atas denda pajak %s karena kendaraan tersebut sudah dijual kepada %s pada %s. Bukti jual beli terlampir.\nUntuk konfirmasi dapat menghubungi saya di %s atau %s.\n\n" % (
            nm(p), plate(), amount(), nm(person()), date(), phone(), email(p)),
        lambda: "Dengan hormat,\nMelalui surat ini saya menanyakan pengembalian dana %s yang saya transfer ke rekening %s %s a.n. %s sebagai biaya pendaftaran yang ternyata dibatalkan.\nNo. HP saya %s.\n\n" % (
            amount(), "Mandiri", rek("Mandiri"), nm(person()), phone()),
        lambda: "Dengan hormat,\nSaya %s, pensiunan guru, NPWP %s, belum menerima tunjangan sejak %s. Rekening Bank NTT saya %s.\n\n" % (
            nm(p), npwp(), date(), rek("Bank NTT")),
    ])()
    return letter_head() + body + signoff(p)


def letter_clean():
    k = kel()
    head = letter_head()
    body = pick([
        lambda: "Dengan hormat,\nKami warga Kelurahan %s menyampaikan bahwa jalan di %s rusak berat sejak %s. Mohon perbaikan segera.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nWarga Kelurahan %s" % (k, pstreet(), date(), k),
        lambda: "Dengan hormat,\nMenindaklanjuti surat Saudara nomor %s tanggal %s, bersama ini kami sampaikan bahwa pengaduan telah diteruskan ke %s.\n\na.n. Kepala Dinas\nSekretaris\n\nttd\n\n(tanda tangan elektronik)" % (letterno(), date(), pick(AGENCY)),
        lambda: "Dengan hormat,\nKomite Sekolah %s menyampaikan keberatan atas pemotongan dana BOS sebesar %s. Rincian terlampir.\n\nHormat kami,\nKomite Sekolah" % (pick(SCHOOL), amount()),
        lambda: "Dengan hormat,\nForum Warga Peduli Kota mohon audiensi dengan Bapak Wali Kota terkait banjir di %s dan %s pada %s.\nNarahubung: sekretariat forum, email %s.\n\nSalam,\nForum Warga Peduli Kota" % (k, kel(), date(), pick(["forumwargapeduli.kpg@gmail.com", "sekretariat.fwpk@gmail.com"])),
        lambda: "Perihal: Jawaban atas pengaduan %s\n\nDengan hormat,\nPengaduan mengenai lampu jalan di %s telah ditindaklanjuti pada %s %s. Informasi lebih lanjut: %s.\n\nKepala Dinas Perhubungan Kota Kupang" % (ticket(), pstreet(), date(), time_(), office_line(pick(["WA center Dishub", "call center Dinas Perhubungan", "kantor Dishub"]))),
        lambda: "Dengan hormat,\nBEM Undana meminta penambahan trayek angkot ke Kampus Penfui karena mahasiswa harus membayar ojek %s sekali jalan.\n\nHormat kami,\nKetua BEM Undana" % amount(),
        lambda: "Dengan hormat,\nJemaat GMIT %s memohon bantuan perbaikan jalan menuju gereja di %s. Kegiatan ibadah terganggu setiap musim hujan. Berkat Tuhan menyertai.\n\nSalam,\nMajelis Jemaat" % (pick(["Efata", "Betlehem", "Kasih", "Damai", "Imanuel"]), pstreet()),
    ])()
    return head + body


# ================================================================ social posts
def soc_pii():
    p, q = person(), person()
    k = kel()
    opts = [
        lambda: "Tolong bantu share 🙏 Bapak saya %s (%d th) pergi dari rumah di %s sejak %s dan belum pulang. Beliau pikun. Yang melihat hubungi %s atau %s. #Kupang #oranghilang" % (
            nm(person(False)), R.randint(60, 85), addr(), date(), phone(), phone()),
        lambda: "@pemkotkupang oknum petugas kelurahan %s atas nama %s minta uang %s utk urus KTP. Saya %s punya bukti chat. Tolong ditindak!" % (
            k, nm(q), amount(), fn(p)),
        lambda: "Grup FB Kupang Bicara: Siapa yang kenal pemilik pick up %s? Tabrak lari di %s %s, korban tetangga kami %s masih dirawat di %s." % (
            plate(), pstreet(), time_(), nm(person()), pick(HOSP)),
        lambda: "Sudah 3 bulan pengaduan saya soal air PDAM tidak ditanggapi. Nama saya %s, pelanggan di %s. @pdamkotakupang mohon jawab! 😡" % (
            nm(p), addr("street_rt")),
        lambda: "Hati-hati penipuan! Akun atas nama %s jual motor murah, minta DP ke rek BCA %s. Nomor WA %s. Sudah banyak korban di Kupang." % (
            nm(q), rek("BCA"), phone()),
        lambda: "Terima kasih Ibu bidan %s di Pustu %s yang tengah malam mau bantu persalinan istri saya. Tuhan balas kebaikan Ibu 🙏 - %s" % (
            L("name", person(True).first), k, nm(p)),
        lambda: "Live dari %s: antrian panjang, petugas loket (namanya %s) malah main HP. #DukcapilKupang #pelayananpublik" % (
            pick(["kantor Dukcapil", "Samsat", "kantor kelurahan"]), L("name", person().first)),
        lambda: "Rumah %s %s di %s roboh diterjang angin semalam. Yang mau bantu bisa transfer ke %s %s a.n. %s. Terima kasih orang basudara 🙏" % (
            hon(q, True), fn(q), addr("rt"), "BRI", rek("BRI"), nm(q)),
    ]
    return pick(opts)()


def soc_clean():
    k = kel()
    opts = [
        lambda: "Jalan di %s sudah seperti kolam ikan 😂 @pemkotkupang kapan diperbaiki? #KupangKotaKasih" % pstreet(),
        lambda: "Sinar matahari Kupang memang luar biasa, tapi lampu jalan di %s mati semua tiap malam. Gelap gulita. #1708" % k,
        lambda: "Antrian di %s hari ini %s sampai %s. Semangat petugas, semoga makin cepat. Terima kasih." % (pick(PKM + HOSP), time_(), time_()),
        lambda: "Info: pemadaman air PDAM %s untuk wilayah %s dan %s. Hubungi %s. Share ke keluarga ya." % (date(), k, kel(), office_line("hotline PDAM")),
        lambda: "Bangga! Pasar Kasih Naikoten sekarang bersih dan indah. Kerja bagus DLHK 👏 #KupangKotaKasih",
        lambda: "Tarif parkir di %s %s padahal resmi %s. Siapa yang awasi? @dishubkotakupang" % (pick(LANDMARK + MARKET), amount(), amount()),
        lambda: "Banjir lagi di %s dekat %s. Drainase tidak pernah dibersihkan. Video terlampir. #KupangBanjir" % (pstreet(), pick(HOSP + SCHOOL)),
        lambda: "Damai itu indah. Mari jaga kebersihan %s bersama. Buang sampah pada tempatnya 🙏" % pick(["Pantai Lasiana", "Taman Nostalgia", "Kota Kupang"]),
    ]
    return pick(opts)()


# ================================================================ unicode oddities
def fw(s, letters=True):
    out = []
    for ch in s:
        if "0" <= ch <= "9" or (letters and ("A" <= ch <= "Z" or "a" <= ch <= "z")):
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def zw(s, n=None):
    n = n or R.randint(1, 2)
    pos = sorted(R.sample(range(1, len(s)), min(n, len(s) - 1)))
    for i in reversed(pos):
        s = s[:i] + ZWSP + s[i:]
    return s


def nb(s):
    return s.replace(" ", NBSP)


def odd(s, kind):
    how = pick(["fw", "zw", "nb", "fwzw"]) if kind != "name" else pick(["nb", "zw", "fwname", "nb"])
    if how == "fw":
        return fw(s, letters=False)
    if how == "zw":
        return zw(s)
    if how == "nb":
        return nb(s) if " " in s else zw(s)
    if how == "fwzw":
        return zw(fw(s, letters=False))
    return fw(s)


def U(kind, raw):
    return L(kind, odd(raw, kind))


def uni_pii():
    p = person()
    k = kel()
    opts = [
        lambda: "Nama: %s\nNIK: %s\nHP: %s\nAlamat: %s, Kel. %s" % (
            U("name", full(p, 1)), U("nik", fmt16(nik_raw(p))), U("phone", phone_raw()), U("address", addr_raw()), k),
        lambda: "KOTKUPANG SY %s NIK %s HP %s MOHON BANTUAN KTP HILANG" % (
            U("name", p.full.upper()), U("nik", nik_raw(p)), U("phone", phone_raw("plain"))),
        lambda: "Sy %s, WA %s. Kartu KIS %s ditolak di %s." % (
            U("name", full(p, 1)), U("phone", phone_raw()), U("bpjs", bpjs_raw()), pick(PKM)),
        lambda: "Mohon transfer balik ke rek BRI %s a.n. %s, jumlah %s." % (
            U("bank_account", rek_raw("BRI")), U("name", full(p, 1)), nb(amount())),
        lambda: "Motor %s milik %s %s ditahan di %s. Hubungi %s." % (
            U("plate", plate_raw()), hon(p), U("name", full(p, 1)), pick(LANDMARK), U("phone", phone_raw())),
        lambda: "No. KK: %s\nKepala keluarga: %s\nAlamat: %s" % (U("kk", fmt16(kk_raw())), U("name", full(p, 1)), U("address", addr_raw("street_rt"))),
        lambda: "Email pelapor: %s | NPWP: %s | Nama: %s" % (L("email", zw(email_raw(p), 1)), U("npwp", npwp_raw(True)), U("name", full(p, 1))),
        lambda: "Beta %s dari %s, nomor beta %s. Air sonde jalan su satu minggu." % (
            U("name", p.first), U("address", addr_raw("rt")), U("phone", phone_raw())),
        lambda: "Lurah %s, Pak %s, minta %s. Nomor dia %s." % (k, U("name", person(False).first + " " + pick(FAM)), nb(amount()), U("phone", phone_raw())),
        lambda: "Hormat saya,\n\nttd\n\n%s\nNIK %s" % (U("name", full(p, 1)), U("nik", fmt16(nik_raw(p), "g4"))),
    ]
    return pick(opts)()


def uni_clean():
    k = kel()
    opts = [
        lambda: "Tagihan PDAM %s untuk No. sambungan %s, padahal air mati. Tiket %s." % (fw(amount()), fw(sambungan()), zw(ticket())),
        lambda: "Kode billing %s sdh dibayar %s tgl %s." % (zw("8202" + digits(11), 2), nb(amount()), fw(date())),
        lambda: "Jalan rusak di %s dekat %s, sudah %s hari." % (nb(pstreet()), nb(pick(HOSP)), fw(str(R.randint(3, 40)))),
        lambda: "ID pelanggan PLN %s, token %s tidak masuk." % (fw(pln_id()), zw(token())),
        lambda: "Layanan Dukcapil Senin–Jumat %s–%s. Info %s." % (fw("08.00"), fw("15.00"), nb(office_line("WA pengaduan Dukcapil"))),
        lambda: "NOP %s: PBB %s sudah lunas, bukti %s." % (fw(nop()), nb(amount()), zw(trxno())),
        lambda: "Terima%skasih petugas %s, pelayanan cepat dan ramah." % (NBSP, nb(pick(PKM))),
        lambda: "Surat nomor %s belum dijawab oleh %s." % (fw(letterno()), nb(pick(AGENCY))),
    ]
    return pick(opts)()


# ================================================================ all lower case
def low_pii():
    p = person()
    k = kel()
    opts = [
        lambda: "selamat sore, sy mau lapor tetangga sy %s %s buang sampah di got depan rumah sy di %s. tolong ditegur. - %s" % (
            hon(q := person()).lower(), nm(q), addr(), nm(p)),
        lambda: "no kartu bpjs anak sy %s, atas nama %s. kata petugas %s kartu tdk aktif. sy %s wa %s" % (
            bpjs(), nm(person()), pick(PKM), fn(p), phone()),
        lambda: "sy %s nik %s, ktp sy hilang waktu banjir. mohon info syarat ganti. hp %s" % (nm(p), nik(p), phone()),
        lambda: "anak saya %s dipukul oleh %s di sekolah. sy sdh lapor ke kepala sekolah tp tidak ada tindakan. wa %s" % (
            fn(person()), nm(person()), phone()),
        lambda: "mohon bantu, air pdam mati 2 minggu di %s kel %s. terima kasih\n- %s" % (addr(pick(["street", "street_rt"])), k, nm(p)),
        lambda: "motor sy %s diambil debt collector tanpa surat di depan %s. atas nama %s, hp %s" % (
            plate(), pick(LANDMARK), nm(p), phone()),
        lambda: "kk sy no %s, nama istri %s belum masuk. sy sdh urus di dukcapil %s kali" % (kk(), nm(person(True)), pick(["dua", "tiga", "4"])),
        lambda: "salam, saya %s, guru honor. gaji belum masuk ke rek bank ntt %s. mohon dicek. email %s" % (nm(p), rek("Bank NTT"), email(p)),
        lambda: "bapak %s, ketua rt, minta uang %s utk tanda tangan surat. sy %s, tinggal di %s" % (
            nm(person(False)), amount(), fn(p), addr("rt")),
        lambda: "bpjs sy %s tidak bisa dipakai di %s. nama peserta %s, nik %s" % (bpjs(), pick(HOSP), nm(p), nik(p)),
    ]
    return pick(opts)().lower()


def low_clean():
    k = kel()
    opts = [
        lambda: "jalan di %s rusak parah, banyak lubang. mohon pupr segera perbaiki. terima kasih" % pstreet(),
        lambda: "lampu jalan di kel %s mati sejak %s. sudah lapor ke 1708 tapi belum ada tindak lanjut, tiket %s" % (k, date(), ticket()),
        lambda: "token pln %s tidak masuk, id pelanggan %s, no meter %s" % (amount(), pln_id(), meter()),
        lambda: "pak lurah %s tidak pernah ada di kantor. pelayanan terhambat." % k,
        lambda: "sampah di %s tidak diangkut seminggu. bau sekali. %s" % (pick(MARKET), pick(["terima kasih", "tolong dlhk", "mohon segera"])),
        lambda: "kapan pembayaran pbb bisa lewat va? kode billing %s gagal terus" % ("8202" + digits(11)),
        lambda: "hotline pdam %s tidak aktif. mau lapor pipa bocor di %s" % (landline_raw(True), pstreet()),
        lambda: "antrian di %s panjang sekali, mulai %s. tolong tambah petugas" % (pick(PKM + HOSP), time_()),
    ]
    return pick(opts)().lower()


# ================================================================ assembly, stripping, verification
STYLES = [
    # style, count, pii generator, clean generator, post-processing
    ("sms_caps", 110, sms_pii, sms_clean, str.upper),
    ("whatsapp", 100, wa_pii, wa_clean, None),
    ("web_form", 100, web_pii, web_clean, None),
    ("kupang_malay", 90, km_pii, km_clean, None),
    ("officials", 70, off_pii, off_clean, None),
    ("letters", 60, letter_pii, letter_clean, None),
    ("social", 40, soc_pii, soc_clean, None),
    ("unicode", 30, uni_pii, uni_clean, None),
    ("lowercase", 40, low_pii, low_clean, None),
]
CLEAN_SHARE = 0.4
MARK = re.compile(r"\[\[([A-Za-z_]+):(.*?)\]\]", re.S)
HONORIFICS = {"bapak", "ibu", "pak", "bu", "bpk.", "sdr.", "sdri.", "ny.", "bidan", "lurah", "guru", "dr.", "drs.",
              "pdt.", "dra.", "ir.", "serka", "bripka", "om", "tanta", "mama", "bapa", "oma", "opa", "nona", "kak", "ko", "hj."}
DEGREE_RE = re.compile(r",?\s*(S\.Pd|S\.Sos|S\.H|S\.Kep|A\.Md|S\.E|M\.Si|S\.Kom|S\.Th|M\.Pd)", re.I)


def strip(labelled):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(labelled):
        before = labelled[pos:m.start()]
        text.append(before)
        out_len += len(before)
        kind, value = m.group(1).lower(), m.group(2)
        spans.append({"kind": kind, "start": out_len, "end": out_len + len(value), "_v": value})
        text.append(value)
        out_len += len(value)
        pos = m.end()
    text.append(labelled[pos:])
    return "".join(text), spans


def plain(s):
    import unicodedata
    return unicodedata.normalize("NFKC", s.replace(ZWSP, "")).replace(NBSP, " ")


def ndig(s, extra=""):
    return sum(1 for c in plain(s) if c.isdigit() or c in extra)


def check_span(text, sp):
    k, v = sp["kind"], sp["_v"]
    assert k in KINDS, k
    assert sp["end"] > sp["start"], sp
    assert text[sp["start"]:sp["end"]] == v, (text, sp)
    assert v == v.strip() and v.strip(ZWSP + NBSP) == v, repr(v)
    p = plain(v)
    if k in ("nik", "kk"):
        n = ndig(v, "Ol")
        assert (n == 16) if k == "kk" else (15 <= n <= 17), (k, v)
        assert p.startswith("53"), v
    elif k == "npwp":
        assert ndig(v) in (15, 16), v
    elif k == "phone":
        assert 9 <= ndig(v) <= 14 and (p.startswith(("0", "+62", "62", "(0380)"))), v
    elif k == "bpjs":
        assert ndig(v) == 13 and p.replace(" ", "").startswith("000"), v
    elif k == "bank_account":
        assert 10 <= ndig(v) <= 16, v
    elif k == "email":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.]+", p.lower()), v
    elif k == "plate":
        assert re.fullmatch(r"[A-Za-z]{1,2}[ -]?\d{1,4}[ -]?[A-Za-z]{1,3}", p), v
    elif k == "address":
        assert re.match(r"(jl\.?|jln|jalan|gg\.?|rt)\b", p.lower()), v
        assert re.search(r"\d[A-Za-z]?$", p), v
    elif k == "name":
        first = p.split(" ")[0].lower()
        assert first not in HONORIFICS, v
        assert not DEGREE_RE.search(p), v
        assert not any(c.isdigit() for c in p), v


def build():
    records, seen = [], set()
    for style, count, gen_pii, gen_clean, post in STYLES:
        n_clean = round(count * CLEAN_SHARE)
        plan = [True] * n_clean + [False] * (count - n_clean)
        R.shuffle(plan)
        for clean in plan:
            for attempt in range(200):
                labelled = (gen_clean if clean else gen_pii)()
                if post:
                    labelled = post(labelled)
                text, spans = strip(labelled)
                if text not in seen:
                    break
            else:
                raise SystemExit("could not make a unique text for %s" % style)
            seen.add(text)
            assert "[[" not in text and "]]" not in text, text
            assert bool(spans) != clean, (style, clean, labelled)
            for sp in spans:
                check_span(text, sp)
            for a, b in zip(spans, spans[1:]):
                assert a["end"] <= b["start"], (text, a, b)
            records.append({"text": text, "spans": spans, "style": style})
    R.shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        out.append({"id": "d2-%04d" % i, "text": r["text"],
                    "spans": [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in r["spans"]],
                    "style": r["style"]})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = build()
    path = os.path.join(here, "redaction_dev2.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify what was written
    back = [json.loads(l) for l in open(path, encoding="utf-8")]
    assert len(back) == len(recs) and len({r["id"] for r in back}) == len(back)
    for r in back:
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"]) and s["kind"] in KINDS
    styles = Counter(r["style"] for r in back)
    kinds = Counter(s["kind"] for r in back for s in r["spans"])
    clean = sum(1 for r in back if not r["spans"])
    clean_by_style = Counter(r["style"] for r in back if not r["spans"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    print("texts", len(back), "without personal data", clean, "(%.1f %%)" % (100.0 * clean / len(back)))
    print("spans", sum(kinds.values()))
    for s, _, _, _, _ in STYLES:
        print("  style %-13s %4d  (no personal data: %d)" % (s, styles[s], clean_by_style[s]))
    for k, v in kinds.most_common():
        print("  kind  %-13s %4d" % (k, v))
    print("sha256", sha)


if __name__ == "__main__":
    main()
