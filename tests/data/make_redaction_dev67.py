# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, SIM905
"""Write tests/data/redaction_dev67.jsonl: tax and identity numbers said in prose and messages.

Texts as people in Kota Kupang and NTT type them to the complaint unit and to each other: SMS
to 1708 in capitals, WhatsApp chats and forwards, voice notes written out, Facebook comments,
e-mails, formal letters, long complaints, call transcripts and the unit's replies, in Kupang
Malay and formal Indonesian. The weight is on whose NPWP, NIK or family card a number is, said
in running text: the writer's, a spouse's, a child's, a dead parent's, a sole trader's, beside
the NPWPs of churches, cooperatives, schools, shops, companies, village enterprises and office
treasurers (never labelled), and beside NOPs, billing codes, NTPNs, invoice numbers, NIBs,
letters, NIPs, NISNs, amounts, dates and tickets.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``,
``{npd1}``, ``{bnp1}`` ...) and alternatives (``«one¦other»``, innermost first), each filled
several times with invented values; offsets are computed from the markers. Run
``python3 tests/data/make_redaction_dev67.py`` (standard library only, deterministic);
``--review`` prints every unlabelled run of digits and ``@`` token with the forty characters
before it; ``--show N SEED`` prints N texts drawn at random with their spans marked; ``--dry``
writes nothing; ``--style S`` builds one style only and writes nothing.
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

SEED = 67_0712_2026
OUT = Path(__file__).with_name("redaction_dev67.jsonl")
PREFIX = "d67"
FILLS = 6

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
    "sms_caps",
    "wa_chat",
    "wa_forward",
    "voice_note",
    "fb_comments",
    "email",
    "formal_letter",
    "long_complaint",
    "call_transcript",
    "unit_reply",
)
THEMES = (
    "tax_pbb",
    "civil_registry",
    "social_aid",
    "school",
    "church_mosque",
    "cooperative",
    "permit_business",
    "land",
    "health_insurance",
    "jobs_honoraria",
    "bank_loan",
    "scam",
    "village",
)
FLOORS = {
    "texts": 500,
    "per_style": 45,
    "empty_min": 0.28,
    "empty_max": 0.35,
    "lookalikes": 5,
    "npwp": 160,
    "body_tax": 100,
    "nik": 150,
    "kk": 50,
    "phone": 60,
    "name": 250,
    "styles": 8,
}
# words that may stand before a name but never open its span (written for dev67)
TITLES = set(
    """bapak ibu pak bu bpk bp sdr sdri saudara saudari ny nyonya tn nn dr drs dra ir pdt pendeta
    romo pastor h hj om tanta mama bapa oma opa nona kak kaka ka nyong bung mas mbak ade usi kel
    keluarga yth lurah camat guru bidan perawat suster kader pendamping ketua sekretaris bendahara
    pnt kepala kepsek direktur petugas admin operator pelapor penelepon pasien penerima pemilik pemohon
    saksi ttd salam hormat dari nama an atas from to saya sy sa beta kami anak istri suami adik
    tetangga almarhum alm almh almarhumah bripka aiptu ipda dengan deng dan yang pegawai staf agen
    kurir majelis penatua diaken ustad ustadz imam tuan pelajar siswa warga rt rw komentar cc kepada
    kpd ayah ipar mertua cucu sepupu kakak nenek kakek dear re fwd wassalam trims makasih""".split()
)
# name words many people share, also standing alone as other words
SHARED = set(
    "maria umbu rambu la wa ode daeng andi siti sitti abdul muhammad lay ratu kana tan lim sri dwi ni luh made".split()
)

# ---------------------------------------------------------------- people (written for dev67)

GIV = {
    (
        "prot",
        "M",
    ): "Yermias Semuel Obed Marthen Yustus Ferdinand Dominggus Yakobus Ruben Simson Gerson Mesakh Anderias Nehemia Frengky Denny Roni Alfons Heber Lewi Yulius Melkianus Hanok Yosia".split(),
    (
        "prot",
        "F",
    ): "Yuliana Magdalena Ester Naomi Debora Selfiana Dorkas Adriana Yohana Ruth Mira Ferderika Martha Yesi Anaci Orpa Fince Lodia Marlin Sefrina Yemima Elsye Hana Rika".split(),
    (
        "cath",
        "M",
    ): "Fransiskus Yoseph Petrus Kristoforus Laurensius Egidius Blasius Sebastianus Marselinus Stefanus Gregorius Valentinus Robertus Bernardus Kornelis Matias".split(),
    (
        "cath",
        "F",
    ): "Theresia Veronika Yosefina Katarina Anastasia Agatha Fransiska Skolastika Monika Elisabeth Yustina Rosalia Kristina Yuliana Emerensiana".split(),
    (
        "musl",
        "M",
    ): "Hasan Ahmad Syarifuddin Ismail Burhan Jamaludin Rusdi Arif Sahrul Usman".split(),
    (
        "musl",
        "F",
    ): "Halimah Nurlela Rahmawati Fatimah Aminah Nurhayati Saodah Hadijah Mariam Salma".split(),
}
FAMILY = {
    "timor": "Banunaek Taneo Tlonaen Nitbani Naitboho Oematan Lopo Sakan Taopan Atok Boimau Tamonob Nubatonis Faot Kefi Haumeni Sabuna Neolaka Tnesi Nomleni".split(),
    "rote": "Mooy Ndolu Pello Manafe Messakh Therik Foeh Daik Lenggu Henukh Tungga Haning Nalle Ndoen Mbuik Zacharias Adoe Feoh Saudale Kiuk".split(),
    "sabu": [
        "Bire",
        "Riwu",
        "Dimu",
        "Djara",
        "Tede",
        "Mone",
        "Radja",
        "Hege",
        "Lado Lena",
        "Dju Wadu",
        "Riwu Kaho",
        "Bire Logo",
        "Mira Kaho",
        "Ludji Pau",
    ],
    "flores": "Parera Lamanepa Kelen Sogen Tukan Lewar Making Fernandez Wungubelen Bataona Ruing Hurint Nong Koten Lamablawa Rebong Tokan Keraf".split(),
    "alor": "Maure Padabang Atakay Lapisa Mautuka Malaikosa Laukoni Mokoni".split(),
}
RELIGION_OF = {"timor": "prot", "rote": "prot", "sabu": "prot", "flores": "cath", "alor": "prot"}
SUMBA_GIV = {
    "M": "Pati Hina Ndilu Nggaba Retang Kaleka".split(),
    "F": "Ana Tamar Hada Kahi Lika".split(),
}
SUMBA_FAM = "Ndakularak Hamakonda Kaborang Lunggi Hapu Djawa Manggeding Kudu".split()
CHINESE = {
    "M": ["Kok Hwa", "Siong", "Hendra", "Budi", "A Liong", "Tjie Sen"],
    "F": ["Siu Mei", "Lily", "Mei Ling", "Ay Tjin", "Lanny"],
}
CHINESE_FAM = "Liem Oei Gouw Tjoa Sim Tjhang Lie Kwee".split()
BUGIS = {
    "M": ["Andi Baso Patongai", "Syamsul Daeng Tompo", "Rusli Daeng Matutu", "Amiruddin Lasinrang"],
    "F": ["Hasnah Daeng Bau", "Andi Nurhaeni", "Rosmini Daeng Kanang"],
}
BUTON = {
    "M": ["La Ode Hamzah", "La Mani", "La Ode Rustam", "La Bahari"],
    "F": ["Wa Ode Asma", "Wa Ina", "Wa Ode Sahidin", "Wa Nuru"],
}
JAVA = {
    "M": ["Bambang Suryanto", "Eko Prasetyo", "Agus Wibisono", "Slamet Riyadi"],
    "F": ["Sri Wahyuni", "Dwi Lestari", "Endang Purwati", "Tri Handayani"],
}
BATAK = {
    "M": ["Roy Simanjuntak", "Parulian Siregar", "Hotman Nainggolan"],
    "F": ["Friska Sitompul", "Lamria Hutapea", "Rosmawati Sinaga"],
}
ORIGIN_W = (("timor", 30), ("rote", 18), ("sabu", 12), ("flores", 17), ("alor", 5), ("sumba", 6), ("chinese", 4), ("bugis", 3), ("buton", 3), ("java", 3), ("batak", 2))  # fmt: skip

# Kota Kupang: kecamatan code -> kelurahan (written for dev67)
KOTA = {
    "01": "Alak Namosain Nunbaun_Sabu Nunbaun_Delha Penkase_Oeleta Manulai_II Naioni Batuplat Manutapen Fatufeto Mantasi".split(),
    "02": "Maulafa Kolhua Sikumana Naikolan Penfui Oepura Belo Fatukoa Naimata".split(),
    "03": "Oebobo Oebufu Kayu_Putih Liliba Fatululi Tuak_Daun_Merah Oetete".split(),
    "04": "Kuanino Naikoten_I Naikoten_II Fontein Airnona Bakunase Nunleu Oetete_Raya".split(),
    "05": "Kelapa_Lima Oesapa Lasiana Oesapa_Selatan Oesapa_Barat".split(),
    "06": "Oeba Solor Bonipoi Airmata Merdeka Nefonaek Tode_Kisar Fatubesi Pasir_Panjang".split(),
}
REG_FROM = {
    "timor": ("01", "02", "03", "04"),
    "rote": ("14",),
    "sabu": ("20",),
    "flores": ("06", "07", "08", "10"),
    "alor": ("05",),
    "sumba": ("11", "12"),
}
LANES = [
    "Jl. Kenari", "Gg. Cemara", "Jl. Oekam", "Jl. Fetor Funay", "Jl. Tinju", "Gg. Lontar Indah", "Jl. Sutami Dalam",
    "Jl. Kurangga", "Jl. Bakti Karya", "Gg. Mawar Putih", "Jl. Taebenu", "Jl. Oesao Baru", "Jl. Ikan Tembang",
    "Lr. Damai Sejahtera", "Jl. Tulip", "Gg. Kelor", "Jl. Nusa Indah", "Jl. Kampung Baru", "Jl. Bajawa", "Jl. Pulau Semau",
]  # fmt: skip
ESTATES = ["Perumnas", "BTN Naimata", "Perum Oesapa Permai", "Perumahan Citra Liliba"]
HOSTS = (("gmail.com", 30), ("yahoo.co.id", 6), ("yahoo.com", 2), ("outlook.com", 1), ("icloud.com", 1))  # fmt: skip
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
MOBILE_W = (("0812", 9), ("0813", 12), ("0821", 8), ("0822", 8), ("0823", 7), ("0852", 10), ("0853", 10), ("0851", 4), ("0857", 3), ("0858", 2), ("0815", 2), ("0817", 1), ("0818", 2), ("0819", 2), ("0877", 2), ("0878", 2), ("0895", 1), ("0896", 1), ("0898", 1), ("0881", 1), ("0838", 2))  # fmt: skip
MOBILE_PREFIXES = {p for p, _ in MOBILE_W} | {
    "0811",
    "0814",
    "0816",
    "0831",
    "0832",
    "0855",
    "0856",
    "0859",
    "0882",
    "0897",
    "0899",
}
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
BANKS = (("Bank NTT", 5), ("BRI", 5), ("BNI", 2), ("Mandiri", 1), ("BCA", 1))
PERSON_NP = "06 07 08 09 16 17 18 19 26 27 28 36 37 38 46 47 48 49 56 57 58 59 66 67 68 76 77 78 79 86 87 88 96 97 98".split()
BODY_NP = "01 02 03 11 12 13 22 32 33 42 52 62 63 72 73 82 83 92 93".split()
KPP = ("920", "920", "920", "921", "922", "924")


def pick(rng: random.Random, weighted: tuple) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def misread(rng: random.Random, d: str, share: float = 0.35) -> str:
    """Letters a scan or a careless hand puts for digits; at least one."""
    out = list(d)
    idx = [k for k, c in enumerate(d) if c in LETTER_FOR and k > 0]
    if not idx:
        return d
    chosen = [k for k in idx if rng.random() < share] or [rng.choice(idx)]
    for k in chosen:
        out[k] = LETTER_FOR[out[k]]
    return "".join(out)


def new_mobile(rng: random.Random) -> str:
    return pick(rng, MOBILE_W) + digits(rng, rng.choice((7, 8, 8, 8)))


def write_mobile(rng: random.Random, d: str, how: str) -> str:
    rest = d[4:]
    g = [d[:4], rest[:4], rest[4:]] if len(rest) > 4 else [d[:4], rest]
    if how == "b":
        return d
    if how == "d":
        return "-".join(g)
    if how == "s":
        return " ".join(g)
    if how == "t":
        return ".".join(g)
    if how == "i":
        return rng.choice(("+62", "+62 ")) + rng.choice(
            (d[1:], " ".join([d[1:4], *g[1:]]), "-".join([d[1:4], *g[1:]]))
        )
    if how == "k":
        return rng.choice(("62" + d[1:], "62 " + " ".join([d[1:4], *g[1:]])))
    if how == "o":
        return misread(rng, rng.choice((d, "-".join(g), " ".join(g))))
    return write_mobile(rng, d, rng.choice("bbbddsstik"))


def rupiah(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def old_npwp(rng: random.Random, types: list[str]) -> str:
    return rng.choice(types) + digits(rng, 6) + rng.choice("0123456789") + rng.choice(KPP) + "000"


def dotted(d: str) -> str:
    return "%s.%s.%s.%s-%s.%s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15])


def write_old(rng: random.Random, d: str, how: str) -> str:
    """An old NPWP (15 digits) in one of the writings people use."""
    if how == "d":
        return dotted(d)
    if how == "s":
        return "%s %s %s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15])
    if how == "b":
        return d
    if how == "m":
        mark = rng.choice(".-")
        return mark.join((d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15]))
    if how == "k":  # a digit dropped, the layout kept
        g = [d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15]]
        k = rng.choice((1, 2, 4))
        j = rng.randrange(len(g[k]))
        g[k] = g[k][:j] + g[k][j + 1 :]
        return "%s.%s.%s.%s-%s.%s" % tuple(g)
    if how == "x":  # a digit doubled
        g = [d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:15]]
        k = rng.choice((1, 2))
        j = rng.randrange(len(g[k]))
        g[k] = g[k][: j + 1] + g[k][j:]
        return "%s.%s.%s.%s-%s.%s" % tuple(g)
    if how == "o":
        return misread(rng, dotted(d))
    if how == "l":  # over a line
        s = dotted(d)
        cut = rng.choice((6, 9, 11))
        return s[:cut] + "\n" + s[cut:]
    if how == "z":  # the 16-digit form: a 0 before the old number
        return rng.choice(("0" + d, "0" + dotted(d)))
    return write_old(rng, d, rng.choice("ddddddsssbbmmzoxk"))


def bank_account(rng: random.Random, bank: str) -> str:
    if bank == "Bank NTT":
        return rng.choice(
            (
                "0%s.0%s.0%s.%s-%s"
                % (
                    digits(rng, 2),
                    rng.choice("123"),
                    rng.choice("12"),
                    digits(rng, 6),
                    digits(rng, 1),
                ),
                "0" + digits(rng, 10),
            )
        )
    if bank == "BRI":
        return rng.choice(
            (
                "%s-01-%s-5%s-%s"
                % (digits(rng, 4), digits(rng, 6), digits(rng, 1), digits(rng, 1)),
                digits(rng, 4) + "01" + digits(rng, 9),
            )
        )
    if bank == "Mandiri":
        return "1" + rng.choice("56") + "0" + digits(rng, 10)
    return rng.choice("0123456789"[1:]) + digits(rng, 9)


class Person:
    def __init__(self, fl: Fill, i: int) -> None:
        rng = fl.rng
        spec = fl.spec
        self.i = i
        head = spec["fam"].get(i) or spec["hh"].get(i)
        self.head = fl.person(head) if head else None
        self.in_fam = i in spec["fam"]
        if i in spec["F"]:
            self.sex = "F"
        elif i in spec["M"]:
            self.sex = "M"
        elif self.head and i in spec["hh"]:  # a partner sharing the card and the home
            self.sex = "F" if self.head.sex == "M" else "M"
        else:
            self.sex = rng.choice("MF")
        origin = spec["O"].get(i)
        if self.head and i in spec["fam"]:
            origin = self.head.origin
        self.origin = origin or pick(rng, ORIGIN_W)
        lo, hi = spec["A"].get(i, (1958, 2000))
        self.born = datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        for _ in range(50):
            self._name(rng)
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", self.full)}
            if not words & fl.spec["avoid"] - SHARED and not any(
                self.family == p.family and self.given == p.given for p in fl.people.values()
            ):
                break
        if self.head:
            self.kec, self.kel, self.home = self.head.kec, self.head.kel, self.head.home
        else:
            self.kec = rng.choice(sorted(KOTA))
            self.kel = rng.choice(KOTA[self.kec]).replace("_", " ")
            self.home = self._home(rng)
        reg = spec["R"].get(i) or (
            "71" if rng.random() < 0.8 else rng.choice(REG_FROM.get(self.origin, ("01",)))
        )
        kec = self.kec if reg == "71" else "%02d" % rng.randint(1, 12)
        day = self.born.day + (40 if self.sex == "F" else 0)
        self.nik = "53%s%s%02d%02d%02d%04d" % (
            reg,
            kec,
            day,
            self.born.month,
            self.born.year % 100,
            rng.randint(1, 45),
        )
        if self.head:
            self.kk = self.head.kk
        else:
            issued = datetime.date(rng.randint(2009, 2025), rng.randint(1, 12), rng.randint(1, 28))
            self.kk = "53%s%s%02d%02d%02d%04d" % (
                reg,
                kec,
                issued.day,
                issued.month,
                issued.year % 100,
                rng.randint(1, 4200),
            )
        self.npwp_old = old_npwp(rng, PERSON_NP)
        self.mobile = new_mobile(rng)
        self.mobile2 = new_mobile(rng)
        self.bpjs = "000" + digits(rng, 10)
        self.bank = pick(rng, BANKS)
        self.acc = bank_account(rng, self.bank)

    def _name(self, rng: random.Random) -> None:
        o, s = self.origin, self.sex
        fam_of_head = self.head.family if self.head and self.in_fam else None
        if o in FAMILY:
            rel = RELIGION_OF[o] if rng.random() < 0.85 else rng.choice(("prot", "cath"))
            given = rng.choice(GIV[rel, s])
            if rng.random() < 0.2:
                given = given + " " + rng.choice(GIV[rel, s])
                if len(set(given.split())) == 1:
                    given = given.split()[0]
            family = fam_of_head or rng.choice(FAMILY[o])
        elif o == "sumba":
            given = ("Umbu " if s == "M" else "Rambu ") + rng.choice(SUMBA_GIV[s])
            family = fam_of_head or rng.choice(SUMBA_FAM)
        elif o == "chinese":
            given = rng.choice(CHINESE[s])
            family = fam_of_head or rng.choice(CHINESE_FAM)
            self.given, self.family = given, family
            self.full = family + " " + given if " " in given else given + " " + family
            self.call = given
            return
        else:
            full = rng.choice({"bugis": BUGIS, "buton": BUTON, "java": JAVA, "batak": BATAK}[o][s])
            parts = full.split()
            given, family = (
                (" ".join(parts[:2]), parts[-1])
                if parts[0] in ("La", "Wa")
                else (parts[0], parts[-1])
            )
            if fam_of_head:
                family = fam_of_head
                full = given + " " + family
            self.given, self.family, self.full, self.call = given, family, full, given
            return
        self.given, self.family = given, family
        self.full = given + " " + family
        self.call = given.split()[0] if not given.startswith(("Umbu", "Rambu")) else given

    def _home(self, rng: random.Random) -> str:
        r = rng.random()
        rt, rw = rng.randint(1, 42), rng.randint(1, 14)
        num = str(rng.randint(1, 140)) + rng.choice(("", "", "", "A", "B"))
        if r < 0.35:
            return "%s No. %s" % (rng.choice(LANES), num)
        if r < 0.7:
            return "%s No. %s, RT %03d/RW %03d" % (rng.choice(LANES), num, rt, rw)
        if r < 0.8:
            return "%s Blok %s No. %d" % (
                rng.choice(ESTATES),
                rng.choice("ABCDEFGH"),
                rng.randint(1, 120),
            )
        return "RT %s RW %s" % (
            rng.choice(("%d", "%02d", "%03d")) % rt,
            rng.choice(("%d", "%02d", "%03d")) % rw,
        )


# ---------------------------------------------------------------- bodies (written for dev67)

CHURCHES = ["GMIT Jemaat Petra Oebobo", "GMIT Jemaat Imanuel Oepura", "GMIT Jemaat Sion Kolhua", "GMIT Jemaat Galed Liliba", "GMIT Jemaat Syalom Naikolan", "GMIT Jemaat Betania Lasiana", "GMIT Jemaat Kalvari Kuanino", "GMIT Jemaat Pniel Naimata"]  # fmt: skip
MOSQUES = [
    "Masjid Al-Ikhlas Oesapa",
    "Masjid Nurul Huda Airmata",
    "Masjid Baitul Makmur Oeba",
    "Masjid Al-Muttaqin Kuanino",
]
COOPS = ["Koperasi Serba Usaha Lontar Sejahtera", "KSP Kasih Flobamora", "Kopdit Swasti Sari Oesapa", "Koperasi Nelayan Tablolong", "Koperasi Pedagang Pasar Inpres", "KSU Tenun Ikat Sabu Raijua", "Koperasi Karyawan RSUD"]  # fmt: skip
SCHOOLS = ["SDN Oepura 3", "SD GMIT Fatululi", "SMPN 14 Kupang", "SMAN 7 Kupang", "SMKN 3 Kupang", "SDK St. Yosef Naikoten", "MTsN Kota Kupang", "SD Inpres Naikolan"]  # fmt: skip
SHOPS = ["Toko Sumber Berkat", "Toko Bangunan Karya Baru", "UD Sinar Flobamora", "Toko Harapan Jaya Oeba", "Apotek Kasih Naikoten", "Kios Sembako Tiga Dara", "Toko Elektronik Cahaya Timur"]  # fmt: skip
COMPANIES = ["CV Lontar Mandiri", "CV Karya Sasando", "PT Timor Permai Abadi", "CV Cendana Konstruksi", "PT Nusa Bahari Kupang", "CV Sabu Indah Teknik", "CV Tiga Batu Tungku"]  # fmt: skip
BUMDES = ["BUMDes Sinar Tablolong", "BUMDes Oben Mandiri", "BUMDes Mutis Jaya", "BUMDes Bolok Sejahtera", "BUMDes Noelbaki Bersatu"]  # fmt: skip
OFFICES = ["Dinas Sosial Kota Kupang", "Dinas Pendidikan dan Kebudayaan Kota Kupang", "Dinas Kesehatan Kota Kupang", "Badan Pendapatan Daerah Kota Kupang", "Dinas Kependudukan dan Pencatatan Sipil Kota Kupang", "Dinas PUPR Kota Kupang", "Kelurahan Oebufu", "Kecamatan Maulafa"]  # fmt: skip
FOUNDATIONS = [
    "Yayasan Pendidikan Lopo Belajar",
    "Yayasan Peduli Anak Timor",
    "Yayasan Panti Asuhan Kasih Bunda",
]


class Fill:
    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, Person] = {}
        self.body_tax = 0
        self.today = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))
        self.clock = rng.randint(7 * 60, 18 * 60)
        self.past = self.today - datetime.timedelta(days=rng.randint(40, 80))
        self.dfmt = rng.choice(("%02d/%02d/%d", "%d-%d-%d", "%d/%d/%d"))

    def person(self, i: int) -> Person:
        if i not in self.people:
            self.people[i] = Person(self, i)
        return self.people[i]


def long_date(d: datetime.date) -> str:
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def nik_write(rng: random.Random, d: str, how: str) -> str:
    if how == "b":
        return d
    if how == "s":
        return " ".join(d[k : k + 4] for k in range(0, 16, 4))
    if how == "t":
        return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
    if how == "o":
        return misread(rng, d, 0.25)
    if how == "n":
        cut = rng.choice((5, 8, 10))
        return d[:cut] + "\n" + d[cut:]
    if how == "x":  # a digit dropped or doubled
        k = rng.randrange(6, 15)
        return d[:k] + d[k + 1 :] if rng.random() < 0.5 else d[:k] + d[k] + d[k:]
    if how == "c":
        return ", ".join(d[k : k + 4] for k in range(0, 16, 4))
    if how == "p":
        return " ".join(d[k : k + 2] for k in range(0, 16, 2))
    return nik_write(rng, d, rng.choice("bbbbbbbbssstox"))


def person_value(fl: Fill, key: str, i: int) -> str | None:
    p = fl.person(i)
    r = fl.rng
    if key == "n":
        return p.full
    if key == "g":
        return p.call
    if key == "f":
        return p.family
    if key == "ln":
        return p.full.lower()
    if key == "lg":
        return p.call.lower()
    if key == "cg":  # the name a phone saved the person under
        return r.choice(
            (p.call, p.call.lower(), p.full, p.full.lower(), "%s %s" % (p.call, p.family[0]))
        )
    if key == "hon":
        return "Bapak" if p.sex == "M" else "Ibu"
    if key == "ho":
        return "Pak" if p.sex == "M" else "Bu"
    if key == "kin":
        return "Om" if p.sex == "M" else "Tanta"
    if key == "bp":
        return "Bapa" if p.sex == "M" else "Mama"
    if key == "sdr":
        return "Sdr." if p.sex == "M" else "Sdri."
    if key == "ps":  # his / her partner's word
        return "istri" if p.sex == "M" else "suami"
    if key == "umur":
        return str(fl.today.year - p.born.year)
    if key == "lahir":
        return "%02d-%02d-%d" % (p.born.day, p.born.month, p.born.year)
    if key.startswith("hp"):
        return write_mobile(r, p.mobile, key[2:] or "")
    if key.startswith("hq"):
        return write_mobile(r, p.mobile2, key[2:] or "")
    if key == "rum":
        return r.choice(("0380 8%s", "0380-8%s", "(0380) 8%s")) % r.choice(
            (digits(r, 5), digits(r, 2) + " " + digits(r, 3))
        )
    if key.startswith("nik"):
        return nik_write(r, p.nik, key[3:] or "")
    if key.startswith("kk"):
        return nik_write(r, p.kk, key[2:] or r.choice("bbbbbbssto"))
    if key == "npn":  # the NIK as the NPWP
        return p.nik
    if key == "npns":
        return nik_write(r, p.nik, "s")
    if key == "npnt":
        return nik_write(r, p.nik, "t")
    if key == "npnc":  # the NIK as NPWP read out in fours with commas
        return nik_write(r, p.nik, "c")
    if key == "npt":  # NITKU
        return p.nik + "000000"
    if key.startswith("np"):
        return write_old(r, p.npwp_old, key[2:] or "")
    if key == "bpjs":
        return p.bpjs
    if key == "bank":
        return p.bank
    if key == "acc":
        return p.acc
    if key == "em":
        host = pick(r, HOSTS)
        first = re.sub(r"[^a-z]", "", p.call.lower().split()[-1])
        fam = re.sub(r"[^a-z]", "", p.family.lower())
        local = r.choice(
            (
                "%s.%s" % (first, fam),
                "%s%s%s" % (first, fam, digits(r, 2)),
                "%s_%s" % (fam, first),
                "%s.%s%d" % (first, fam, p.born.year % 100),
            )
        )
        form = r.random()
        if form < 0.7:
            return local + "@" + host
        if form < 0.8:
            return local + " @ " + host
        if form < 0.9:
            return local + "(at)" + host
        return local + " [at] " + host.replace(".", " [dot] ")
    if key == "ad":
        return p.home
    if key == "rt":
        return "RT %02d/RW %02d" % (r.randint(1, 40), r.randint(1, 12))
    if key == "kel":
        return p.kel
    if key == "pl":
        return "DH %d %s" % (
            r.randint(1000, 9999),
            r.choice(("AB", "AK", "KA", "AL", "BE", "D", "M", "AF")),
        )
    return None


def body_value(fl: Fill, key: str, i: int) -> str | None:
    r = fl.rng
    lists = {
        "mas": MOSQUES,
        "ger": CHURCHES,
        "kop": COOPS,
        "sek": SCHOOLS,
        "tok": SHOPS,
        "cv": COMPANIES,
        "bum": BUMDES,
        "ofc": OFFICES,
        "yay": FOUNDATIONS,
    }
    if key in lists:
        taken = {fl.cache.get("{%s%d}" % (key, k)) for k in range(1, 6)}
        return r.choice([x for x in lists[key] if x not in taken])
    if key == "bnp":  # a body's NPWP, counted
        fl.body_tax += 1
        return write_old(r, old_npwp(r, BODY_NP), r.choice("dddddbsz"))
    if key == "tnp":  # a treasurer's NPWP, 00.
        fl.body_tax += 1
        return write_old(r, "00" + digits(r, 7) + r.choice(KPP) + "000", r.choice("dddb"))
    return None


def lookalike(fl: Fill, key: str) -> str | None:
    r = fl.rng
    t = fl.today
    if key == "rp":
        return "Rp " + rupiah(
            r.choice((25, 50, 75, 100, 150, 250, 300, 450, 600, 750, 1200)) * 1000
        )
    if key == "rpb":
        return "Rp " + rupiah(r.randint(2, 90) * 100_000)
    if key == "rpj":
        return "Rp " + rupiah(r.randint(12, 480) * 5_000_000)
    if key in ("tgl", "tgll"):  # past dates, each later than the one before it in the text
        fl.past = min(
            fl.past + datetime.timedelta(days=r.randint(1, 9)), t - datetime.timedelta(days=1)
        )
        return (
            fl.dfmt % (fl.past.day, fl.past.month, fl.past.year)
            if key == "tgl"
            else long_date(fl.past)
        )
    if key in ("tglf", "tglfl"):  # dates to come
        d = t + datetime.timedelta(days=r.randint(3, 30))
        return fl.dfmt % (d.day, d.month, d.year) if key == "tglf" else long_date(d)
    if key == "year":
        return str(t.year)
    if key == "now":
        return long_date(t)
    if key == "sec":
        return "%d:%02d" % (r.randint(0, 2), r.randint(5, 59))
    if key == "thn":
        return str(r.randint(2018, 2025))
    if key == "jam":
        return "%02d.%02d" % (r.randint(8, 15), r.choice((0, 5, 15, 20, 30, 45, 50)))
    if key == "nop":
        return "53.71.0%d0.0%s.%s-%s.0" % (
            r.randint(1, 6),
            digits(r, 2),
            digits(r, 3),
            digits(r, 4),
        )
    if key == "billing":
        return r.choice(("0", "1", "9")) + digits(r, 14)
    if key == "ntpn":
        return "".join(r.choice("0123456789ABCDEF") for _ in range(16))
    if key == "faktur":
        return "0%d0.%s-%02d.%s" % (r.choice((1, 4)), digits(r, 3), t.year % 100, digits(r, 8))
    if key == "nib":
        return "91" + digits(r, 11)
    if key == "surat":  # a letter's number: serial, desk, Roman month, year
        roman = "I II III IV V VI VII VIII IX X XI XII".split()
        return r.choice(("%d/%d/%s/%d", "%03d/%d/%s/%d")) % (
            r.randint(1, 980),
            r.randint(10, 450),
            roman[t.month - 1],
            t.year,
        )
    if key == "nip":
        y = r.randint(1968, 1995)
        return "%d%02d%02d %d%02d %d %03d" % (
            y,
            r.randint(1, 12),
            r.randint(1, 28),
            y + r.randint(22, 28),
            r.randint(1, 12),
            r.randint(1, 2),
            r.randint(1, 20),
        )
    if key == "nisn":
        return "0" + digits(r, 9)
    if key == "npsn":
        return "503" + digits(r, 5)
    if key == "idpel":
        return "5312" + digits(r, 8)
    if key == "kpj":
        return "2" + digits(r, 10)
    if key == "tiket":
        return r.choice(("#LPR-%d-%s", "LAPOR-5371-%d-%s", "KTG-%d/%s")) % (t.year, digits(r, 5))
    if key == "efin":
        return digits(r, 10)
    if key == "bpe":
        return "BPE-%s/%d" % (digits(r, 8), t.year)
    if key == "bukpot":
        return "1.%d-%02d.%02d-%s" % (r.randint(1, 4), t.month, t.year % 100, digits(r, 7))
    if key == "sc":  # a scam's mobile, nobody named
        return write_mobile(r, new_mobile(r), r.choice("bdsik"))
    if key == "ofw":  # an office's WhatsApp
        return write_mobile(
            r, "08" + r.choice(("11", "13", "21", "52")) + digits(r, 8), r.choice("bds")
        )
    if key == "oft":
        return r.choice(("(0380) 8%s %s", "0380-8%s%s", "0380 8%s %s")) % (
            digits(r, 2),
            digits(r, 3),
        )
    if key == "num":
        return str(r.randint(2, 14))
    if key == "rtc":  # an RT as a community's, never labelled
        return str(r.randint(1, 40))
    if key == "kpp":
        return r.choice(("KPP Pratama Kupang", "KP2KP", "kantor pajak", "KPP"))
    if key == "kelx":
        return r.choice(sorted(KOTA[r.choice(sorted(KOTA))])).replace("_", " ")
    if key == "pbb":
        return "Rp " + rupiah(r.randint(30, 900) * 500)
    if key == "sppt":
        return "SPPT PBB %d" % t.year
    if key == "kode":
        return digits(r, 6)
    if key == "ct":  # a chat's clock, moving on
        fl.clock += r.randint(1, 25)
        return "%02d.%02d" % (fl.clock // 60 % 24, fl.clock % 60)
    if key == "cd":
        return "%02d/%02d/%d" % (fl.today.day, fl.today.month, fl.today.year)
    if key == "kacc":  # a body's account, never labelled
        return r.choice(
            (
                "0%s.0%s.0%s.%s-%s"
                % (digits(r, 2), r.choice("123"), r.choice("12"), digits(r, 6), digits(r, 1)),
                digits(r, 4) + "-01-" + digits(r, 6) + "-30-" + digits(r, 1),
            )
        )
    if key == "desa":
        return r.choice(
            (
                "Oelnasi",
                "Penfui Timur",
                "Noelbaki",
                "Oebelo",
                "Tablolong",
                "Bolok",
                "Kuanheun",
                "Oeltua",
                "Baumata Barat",
            )
        )
    return None


PERSON_KEYS = re.compile(
    r"^(n|g|f|ln|lg|cg|hon|ho|kin|bp|sdr|ps|umur|lahir|hp[bdstiko]?|hq[bdstiko]?|rum|nik[bstonxcp]?|kk[bstonxcp]?|npn|npns|npnt|npnc|npt|np[dsbmkxolz]?|bpjs|bank|acc|em|ad|rt|kel|pl)$"
)
NOCACHE = {
    "rp",
    "rpb",
    "tgl",
    "tgll",
    "tglf",
    "tglfl",
    "sec",
    "jam",
    "num",
    "rtc",
    "sc",
    "kode",
    "thn",
    "ct",
    "kacc",
    "rpj",
    "surat",
}


def value(fl: Fill, name: str, index: str) -> str:
    if PERSON_KEYS.match(name) and index:
        v = person_value(fl, name, int(index))
    else:
        v = body_value(fl, name, int(index or 1))
        if v is None:
            v = lookalike(fl, name)
    if v is None:
        raise SystemExit("unknown placeholder {%s%s}" % (name, index))
    return v


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")


def choose(template: str, rng: random.Random) -> str:
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def resolve(fl: Fill, name: str, index: str) -> str:
    key = "{%s%s}" % (name, index)
    if name in NOCACHE:
        return value(fl, name, index)
    if name.isupper():
        low = "{%s%s}" % (name.lower(), index)
        if low not in fl.cache:
            fl.cache[low] = value(fl, name.lower(), index)
        return fl.cache[low].upper()
    if key not in fl.cache:
        fl.cache[key] = value(fl, name, index)
    return fl.cache[key]


def fill(template: str, fl: Fill) -> str:
    return PLACEHOLDER.sub(lambda m: resolve(fl, m.group(1), m.group(2)), template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    pos = length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        val = m.group(2)
        if m.group(1) not in KINDS:
            raise SystemExit("unknown marker %r" % m.group(1))
        spans.append({"kind": KINDS[m.group(1)], "start": length, "end": length + len(val)})
        values.append(val)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, values


# ---------------------------------------------------------------- checks

NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|lr\.|rt\b|perum|btn)")
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+)")
EDGE = ".,;:!?-/'\")]}>|_*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def phone_ok(seg: str) -> bool:
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-.\n]", seg):
        return False
    clean = re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)
    if not 9 <= len(clean) <= 14:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in MOBILE_PREFIXES or (clean.startswith("03808") and len(clean) == 10)


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)


def name_title(seg: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if len(words) > 1 and words[0] in ("wa", "la"):
        return False
    return words[0] in TITLES


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or re.search(r"[ \t]\n", text) or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if re.search(r"\w [.,](\s|$)", text) or "( " in text or " )" in text:
        bad.append("a space before a full stop, a comma or a bracket")
    if re.search(r"\S  \S", text):
        bad.append("a double space")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    for s, v in zip(spans, values, strict=True):
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not (0 <= st < en <= len(text)) or seg != v:
            bad.append("bad span")
            continue
        if kind not in KINDS.values():
            bad.append("kind %r" % kind)
        if (
            seg != seg.strip()
            or seg[0] in EDGE
            or seg[-1] in EDGE
            or not seg[-1].isalnum()
            or not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+("))
        ):
            bad.append("edge %r" % seg)
        if st > 0 and text[st - 1].isalnum():
            bad.append("glued before %r" % seg)
        if en < len(text) and text[en].isalnum():
            bad.append("glued after %r" % seg)
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            if name_title(seg):
                bad.append("title %r" % seg)
            if "@" in seg or sum(c.isalpha() for c in seg) < 2 or any(c.isdigit() for c in seg):
                bad.append("name chars %r" % seg)
        elif kind == "phone" and not phone_ok(seg):
            bad.append("phone %r" % seg)
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if re.search(r"[^0-9OlISB .,\-\n]", seg) or d[:2] != "53" or not 15 <= len(d) <= 17:
                bad.append("%s %r" % (kind, seg))
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (14, 15, 16, 22) or re.search(r"[^0-9OlISB .,\-\n]", seg)
        ):
            bad.append("npwp %r" % seg)
        elif kind == "bpjs" and (len(id_digits(seg)) != 13 or not id_digits(seg).startswith("000")):
            bad.append("bpjs %r" % seg)
        elif kind == "bank_account" and (
            not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append("account %r" % seg)
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append("email %r" % seg)
        elif kind == "address" and (not ADDRESS_START.match(seg) or not re.search(r"\d", seg)):
            bad.append("address %r" % seg)
        elif kind == "plate" and not re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{1,3}", seg.upper()):
            bad.append("plate %r" % seg)
    digit_pos = [k for k, c in enumerate(text) if c.isdigit() or c in "OlISB"]
    joined = "".join(text[k] for k in digit_pos).translate(DIGIT_FOR)
    for s in spans:
        seg = text[s["start"] : s["end"]]
        kind = s["kind"]
        if kind == "name":
            for word in re.findall(r"[A-Za-z']{3,}", seg):
                if word.lower() in SHARED:
                    continue
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append("unlabelled name word %r" % word)
        elif kind == "email":
            local = AT_FORM.split(seg)[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in NUMERIC:
            d = id_digits(seg) if kind != "bank_account" else re.sub(r"\D", "", seg)
            if kind == "npwp" and len(d) == 22:
                d = d[:16]
            cores = {d}
            if kind == "phone":
                cores.add(d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d)
            for core in sorted(cores):
                at = joined.find(core)
                while at != -1:
                    if not all(inside[digit_pos[k]] for k in range(at, at + len(core))):
                        bad.append("unlabelled repeat of %r" % seg)
                    at = joined.find(core, at + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/:,]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"bapak|pak|bpk|sdr|saudara|om|bapa|opa|suami|ayah|bung|nyong|tn|kakek|romo|pdt\. pak"
FEMALE_WORDS = r"ibu|bu|ny|nyonya|sdri|saudari|mama|tanta|oma|nona|istri|bidan|suster|nenek"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s)\.?\s*,?\s+(?:\[\[n:)?\{[A-Za-z]+(\d+)\}"
    % "|".join((MALE_WORDS, FEMALE_WORDS))
)
MALE_SET = set(MALE_WORDS.split("|"))
TEMPLATES: list[tuple[str, str, str, dict[str, object]]] = []


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    O: dict[int, str] | None = None,
    fam: dict[int, int] | None = None,
    hh: dict[int, int] | None = None,
    A: dict[int, tuple[int, int]] | None = None,
    R: dict[int, str] | None = None,
    fills: int = FILLS,
) -> None:
    """Register a template: its style, theme, text, and what it says of its people (F women, M
    men, O an origin, fam a member of a head's family sharing the name, the card and the home,
    hh one sharing the card and the home under a name of their own, A years of birth)."""
    TEMPLATES.append(
        (
            style,
            theme,
            text.strip("\n"),
            {
                "F": F,
                "M": M,
                "O": O or {},
                "fam": fam or {},
                "hh": hh or {},
                "A": A or {},
                "R": R or {},
                "fills": fills,
            },
        )
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    auto: dict[str, set[int]] = {"M": set(), "F": set()}
    for m in SEXED.finditer(chosen):
        auto["M" if m.group(1).lower() in MALE_SET else "F"].add(int(m.group(2)))
    both = (auto["M"] | set(base["M"])) & (auto["F"] | set(base["F"]))
    if both:
        raise SystemExit("a person given both sexes: %s\n%s" % (sorted(both), chosen[:300]))
    bare = PLACEHOLDER.sub(" ", MARKER.sub(lambda m: " " + m.group(2) + " ", chosen))
    return {
        "F": set(base["F"]) | auto["F"],
        "M": set(base["M"]) | auto["M"],
        "O": dict(base["O"]),
        "fam": dict(base["fam"]),
        "hh": dict(base["hh"]),
        "A": dict(base["A"]),
        "R": dict(base["R"]),
        "avoid": {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)},
    }


def build(only: str = "") -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, base) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        if only and style != only:
            continue
        made = tries = 0
        last: list[str] = []
        while made < base["fills"]:
            tries += 1
            if tries > 600:
                raise SystemExit(
                    "template %d (%s/%s) keeps failing: %s\n%s"
                    % (number, style, theme, last, template[:400])
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            text, spans, values = extract(fill(chosen, fl))
            last = problems(text, spans, values)
            if not spans and lookalikes(text) < FLOORS["lookalikes"]:
                last.append("a text without spans needs %d look-alikes" % FLOORS["lookalikes"])
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append(
                {
                    "text": text,
                    "spans": spans,
                    "style": style,
                    "theme": theme,
                    "body_tax": fl.body_tax,
                }
            )
    BODY_TAX.clear()
    BODY_TAX.extend(r.pop("body_tax") for r in records)
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


BODY_TAX: list[int] = []

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
        empty = sum(1 for r in rows if not r["spans"])
        print("| %s | %d | %d | %s |" % (v, len(rows), empty, " | ".join(str(c[k]) for k in kinds)))
    empty = sum(1 for r in records if not r["spans"])
    print(
        "| **total** | %d | %d | %s |"
        % (len(records), empty, " | ".join(str(total[k]) for k in kinds))
    )


def writing(kind: str, seg: str) -> str:
    if kind == "name":
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        return "written to dodge scrapers" if re.search(r"\s@|@\s|\(at\)|\[at\]", seg) else "plain"
    if kind == "address":
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone"
        if re.match(r"(?i)perum|btn", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"\bRT\b", seg) else "street and number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OlISB]", seg):
        return "letters for digits"
    if kind == "npwp":
        d = id_digits(seg)
        if len(d) == 22:
            return "NITKU (NIK and six zeros)"
        if len(d) == 14:
            return "old layout, a digit dropped"
        if len(d) == 15:
            if seg.count("-") == 1 and seg.count(".") == 4:
                return "15 digits dotted"
            if re.search(r"[.\-]", seg):
                return "15 digits, one mark between groups"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        if "." in seg and "-" in seg and d[0] != "0":
            return "old layout, a digit doubled"
        if d[0] == "0":
            return "16 digits (0 and the old number)"
        return (
            "16 digits (the NIK), with separators"
            if re.search(r"[ .]", seg)
            else "16 digits (the NIK)"
        )
    if kind == "phone":
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if "." in seg:
            return "dots"
    if kind in ("nik", "kk"):
        if ", " in seg:
            return "in fours with commas"
        if re.fullmatch(r"\d\d( \d\d){7}", seg):
            return "in pairs"
        if len(id_digits(seg)) != 16:
            return "a digit dropped or doubled"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(r: dict[str, object], pattern: str) -> list[re.Match[str]]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return [m for m in re.finditer(pattern, r["text"]) if not any(inside[m.start() : m.end()])]


RUN = r"[+(]?\d[\d .\-()]{3,}\d|\d{4,}"


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
    print("without spans %d (%.1f %%)" % (empty, 100 * empty / max(1, len(records))))
    per_t = Counter((t[0], bool(MARKER.search(t[2]))) for t in TEMPLATES)
    print(
        "templates per style (with spans, without):",
        {s: (per_t[s, True], per_t[s, False]) for s in STYLES},
    )
    lengths = [len(r["text"]) for r in records] or [0]
    lines = [r["text"].count("\n") + 1 for r in records] or [0]
    print(
        "length of a text: %d to %d characters (%d on average), %d to %d lines (%d on average)"
        % (
            min(lengths),
            max(lengths),
            sum(lengths) / len(lengths),
            min(lines),
            max(lines),
            sum(lines) / len(lines),
        )
    )
    print(
        "bodies' tax numbers said, unlabelled: %d (in %d texts)"
        % (sum(BODY_TAX), sum(1 for b in BODY_TAX if b))
    )
    print()
    table(records, "style", STYLES)
    print()
    table(records, "theme", THEMES)
    per = Counter(s["kind"] for r in records for s in r["spans"])
    print()
    print("spans per kind:", ", ".join("%s %d" % kv for kv in per.most_common()))
    for kind in sorted(KINDS.values()):
        c = Counter(
            writing(kind, r["text"][s["start"] : s["end"]])
            for r in records
            for s in r["spans"]
            if s["kind"] == kind
        )
        print("%s writings:" % kind, ", ".join("%s %d" % kv for kv in sorted(c.items())))
    runs = phones = ats = 0
    for r in records:
        for m in unlabelled(r, r"[+(]?\d[\d .\-()]{6,}\d"):
            if sum(c.isdigit() for c in m.group()) >= 9:
                runs += 1
                phones += phone_ok(m.group().strip(" ()"))
        ats += len(unlabelled(r, r"\S*@\S*"))
    print("unlabelled runs of nine digits or more:", runs)
    print("of them shaped as a mobile or a Kupang line:", phones)
    print("unlabelled @ tokens:", ats)


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        for m in unlabelled(r, RUN + r"|\S*@\S*"):
            before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
            print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
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
    assert len(by_style) >= FLOORS["styles"], by_style
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert FLOORS["empty_min"] * len(records) <= empty <= FLOORS["empty_max"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in ("npwp", "nik", "kk", "phone", "name"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert sum(BODY_TAX) >= FLOORS["body_tax"], sum(BODY_TAX)
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)
    for r in records:
        if not r["spans"]:
            assert lookalikes(r["text"]) >= FLOORS["lookalikes"], r["id"]


def main() -> None:
    only = sys.argv[sys.argv.index("--style") + 1] if "--style" in sys.argv else ""
    records = build(only)
    if not only:
        check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    if "--dry" not in sys.argv and not only:
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
# Person i: {n1} full name, {g1} the name people call them, {f1} family, {ln1}/{lg1} lower case,
# {N1} capitals; {hon1} Bapak/Ibu, {ho1} Pak/Bu, {kin1} Om/Tanta, {bp1} Bapa/Mama, {sdr1}, {ps1}
# the partner's word; {hp1} mobile (b d s t i k o writings), {hq1} a second, {rum1} home line;
# {nik1} (b s t o n x c p), {kk1}; NPWP: {np1} old (d dotted, s spaced, b block, m one mark,
# k a digit dropped, x doubled, o letters, l over a line, z 16 digits with 0), {npn1} the NIK as
# NPWP ({npns1} spaced, {npnt1} dotted), {npt1} NITKU; {bpjs1} {bank1} {acc1} {em1} {ad1} {rt1}
# {kel1} {pl1} {umur1} {lahir1}.
# Bodies (never labelled): {ger1} church or mosque, {kop1} cooperative, {sek1} school, {tok1}
# shop, {cv1} company, {bum1} BUMDes, {ofc1} office, {yay1} foundation, {bnp1} a body's NPWP,
# {tnp1} a treasurer's 00. NPWP (both counted).
# Look-alikes: {rp} {rpb} {tgl} {tgll} {thn} {jam} {nop} {billing} {ntpn} {faktur} {nib} {surat}
# {nip} {nisn} {npsn} {idpel} {kpj} {tiket} {efin} {bpe} {bukpot} {sc} a scam's mobile, {ofw} an
# office's WA, {oft} an office's fixed line, {num} {rtc} {kpp} {kelx} {pbb} {sppt} {kode}.

SMS = "«Pesan 1708 diterima {cd} pkl {jam} dari [[p:{hpk1}]]¦[1708] {cd} {jam} <[[p:{hpi1}]]>¦Dari [[p:{hpb1}]] ke 1708, {cd} {jam}»"
SMS_ANON = "«Pesan 1708 diterima {cd} pkl {jam} (nomor pengirim disembunyikan sistem)¦[1708] {cd} {jam} <anonim>»"

# ---------------------------------------------------------------- sms_caps

T(
    "sms_caps",
    "tax_pbb",
    SMS
    + """
KOTKUPANG «SY¦SAYA» [[n:{N1}]] «MAU TANYA¦MOHON INFO». NPWP SY «YG LAMA¦LAMA» [[npwp:{np1}]] «APA MSH BERLAKU¦MASIH BISA PAKAI»? KATANYA SKRG PAKAI NIK [[npwp:{npn1}]]. «SPPT¦TAGIHAN» PBB {year} NOP {nop} BLM BISA BAYAR, KODE BILLING {billing} «GAGAL TERUS¦DITOLAK». «TRIMS¦MKSH»""",
)
T(
    "sms_caps",
    "civil_registry",
    SMS
    + """
KOTKUPANG KK SY [[kk:{kk1}]] «DOBEL¦TDK MUNCUL DI SIAK¦DATA TDK PADAN». NIK «ANAK SY¦ANAK KAMI» [[n:{G2}]] [[nik:{nikx2}]] EH SALAH, YG BENAR [[nik:{nikb2}]]. SDH KE DUKCAPIL {tgl} «TP DISURUH TUNGGU¦BLM ADA HASIL», ANTRIAN NO {num}. DR [[n:{N1}]] [[a:{RT1}]] KEL {KEL1}""",
    fam={2: 1},
    A={2: (2009, 2020)},
)
T(
    "sms_caps",
    "jobs_honoraria",
    SMS
    + """
KOTKUPANG SY GURU HONOR DI {SEK1}. BENDAHARA MINTA NPWP UTK POTONG PAJAK HONOR {RP}/BLN. NPWP SY [[npwp:{npb1}]] TP «DIBILANG¦KATANYA» SALAH FORMAT. «NPWP BENDAHARA SEKOLAH¦NPWP BENDAHARA BOS» {tnp1} SDH ADA. MOHON BANTUAN. [[n:{N1}]] HP [[p:{hpb1}]]""",
)
T(
    "sms_caps",
    "cooperative",
    SMS
    + """
KOTKUPANG SY «PEDAGANG IKAN¦PENJUAL SAYUR¦TUKANG OJEK», ANGGOTA {KOP1}. PENGURUS MINTA NPWP UTK PINJAMAN {RPB}. NPWP KOPERASI {bnp1}, NPWP PRIBADI SY [[npwp:{np1}]] «DAN¦SERTA¦&» NPWP {PS1} [[npwp:{np2}]]. YG MANA MAU DIPAKAI? «TRIMS¦MKSH» [[n:{G1}]]""",
    hh={2: 1},
)
T(
    "sms_caps",
    "social_aid",
    SMS
    + """
KOTKUPANG «BANTUAN¦BLT¦BANTUAN MODAL UMKM» {thn} SY TDK CAIR. NIK SY [[nik:{nik1}]], KK [[kk:{kk1}]]. PETUGAS BILANG HARUS ADA NPWP UTK USAHA. SY BLM PUNYA NPWP, PAKAI NIK SJ BOLEH? MOHON DIBANTU. [[n:{N1}]] [[a:{RT1}]]""",
)
T(
    "sms_caps",
    "tax_pbb",
    SMS
    + """
KOTKUPANG «BAPAK¦BAPA» SY ALM [[n:{N2}]] MENINGGAL {thn}. NPWP ALM [[npwp:{np2}]] MAU DIHAPUS TP {KPP} MINTA SURAT KEMATIAN. SY ANAKNYA, NIK [[nik:{nik1}]]. SDH BAWA AKTA NO {surat} TETAP DITOLAK. «SPPT¦TAGIHAN» PBB ATAS NAMA ALM {PBB} MASIH JALAN. [[n:{N1}]]""",
    M=(2,),
    fam={1: 2},
    A={2: (1938, 1962), 1: (1975, 1998)},
)
T(
    "sms_caps",
    "tax_pbb",
    SMS_ANON
    + """
KOTKUPANG PBB {year} NOP {nop} TAGIHAN {PBB} TP KODE BILLING {billing} TDK BISA DIBAYAR DI BANK. SDH 3X KE BAPENDA. NTPN {NTPN} DARI BAYAR TAHUN LALU JUGA TDK TERCATAT. TLP {oft} TDK ANGKAT""",
)
T(
    "sms_caps",
    "church_mosque",
    SMS_ANON
    + """
KOTKUPANG «{GER1}¦{MAS1}» DIMINTA LAPOR SPT. NPWP «LEMBAGA¦RUMAH IBADAH» {bnp1} TP DI DJP ONLINE TERTULIS NPWP LAIN {bnp2}. BENDAHARA SDH KE {KPP} {tgl} JAM {jam}, ANTRIAN NO {num}. MOHON DICEK""",
)
T(
    "sms_caps",
    "permit_business",
    SMS_ANON
    + """
KOTKUPANG {CV1} NPWP {bnp1} NIB {nib} TDK BISA AJUKAN «IZIN¦PBG» DI OSS SEJAK {tgl}. SURAT NO {surat} BLM DIBALAS. TAGIHAN RETRIBUSI {RP}. HUB KANTOR {oft}""",
)

T(
    "sms_caps",
    "jobs_honoraria",
    SMS
    + """
KOTKUPANG SY PELAMAR PPPK {year}. NIK SY [[npwp:{npn1}]] SDH JD NPWP TP PANITIA «MINTA¦MASIH MINTA» NPWP LAMA [[npwp:{np1}]] DAN NPWP {PS1} SY [[npwp:{np2}]] UTK TANGGUNGAN. «NOMOR PESERTA¦NO UJIAN» {kpj}. APA BENAR? MOHON INFO. [[n:{N1}]]""",
    hh={2: 1},
)

# ---------------------------------------------------------------- wa_chat

T(
    "wa_chat",
    "jobs_honoraria",
    """
[{cd} {ct}] [[n:{cg1}]]: Shalom bapa mama guru. Bendahara minta NPWP semua guru honor paling lambat «besok¦hari Jumat», untuk potong PPh honor bulan ini.
[{cd} {ct}] [[n:{cg2}]]: Ini punya sy [[npwp:{npn2}]]
[{cd} {ct}] [[n:{cg3}]]: Beta pung «yg lama¦NPWP lama» [[npwp:{nps3}]], ma dong bilang sekarang pake NIK sa, [[npwp:{npn3}]]
[{cd} {ct}] [[n:{cg4}]]: sy blm punya NPWP, pake NIK sj boleh? [[nik:{nik4}]]
[{cd} {ct}] [[n:{cg1}]]: Boleh ibu. NPWP sekolah {bnp1} jangan dikirim ke sini e""",
    F=(4,),
)
T(
    "wa_chat",
    "civil_registry",
    """
[{cd} {ct}] [[n:{cg1}]]: Kaka, dukcapil minta kirim NIK deng No KK untuk perbaikan akta [[n:{g3}]]
[{cd} {ct}] [[n:{cg2}]]: Ini punya sy: [[nik:{nik2}]] / [[kk:{kk2}]]
[{cd} {ct}] [[n:{cg2}]]: NIK [[n:{g3}]] di KK tatulis [[nik:{nik3}]]
[{cd} {ct}] [[n:{cg1}]]: Ok, nanti beta bawa ke loket. Nomor antrian kemarin {num}, surat pengantar {surat}""",
    fam={3: 2},
    A={3: (2012, 2022)},
)
T(
    "wa_chat",
    "cooperative",
    """
[{cd} {ct}] Admin Koperasi: Yth anggota, untuk laporan pajak {kop1}, NPWP koperasi {bnp1}. Anggota yang pinjam di atas {rpb} wajib setor NPWP pribadi.
[{cd} {ct}] [[n:{cg2}]]: NPWP sa [[npwp:{npk2}]], istri sa pung [[npwp:{np3}]]
[{cd} {ct}] [[n:{cg4}]]: beta usaha perorangan, NPWP pribadi sy [[npwp:{npm4}]]
[{cd} {ct}] [[n:{cg2}]]: eh salah, yang benar [[npwp:{npd2}]]
[{cd} {ct}] Admin Koperasi: Siap, terima kasih bapa mama""",
    M=(2,),
    F=(3,),
    hh={3: 2},
)
T(
    "wa_chat",
    "school",
    """
[{cd} {ct}] [[n:{cg1}]]: Ibu guru, data PIP anak sa [[n:{g2}]]: NISN {nisn}, NIK [[nik:{nik2}]], KK [[kk:{kk2}]]. Rekening {bank1} a.n. sa [[b:{acc1}]]
[{cd} {ct}] Wali Kelas «5B¦4A¦6C»: Baik mama. NPSN sekolah {npsn}, nanti sy input. NPWP sekolah {bnp1} ada di formulir juga tp itu bukan punya mama
[{cd} {ct}] [[n:{cg1}]]: Oke ibu, makasih banyak""",
    F=(1,),
    fam={2: 1},
    A={2: (2013, 2018)},
)
T(
    "wa_chat",
    "tax_pbb",
    """
[{cd} {ct}] [[n:{cg1}]]: Ma, NPWP mama brp? Beta mau isi SPT di coretax
[{cd} {ct}] [[n:{cg2}]]: [[npwp:{np2}]]
[{cd} {ct}] [[n:{cg2}]]: kalo bapa pung [[npwp:{npb1}]] to? EFIN bapa {efin}
[{cd} {ct}] [[n:{cg1}]]: Iya. Bukti potong dari kantor {bukpot}, NPWP bendahara {tnp1}. Nanti beta lapor sebelum 31 Maret""",
    M=(1,),
    F=(2,),
    hh={2: 1},
)
T(
    "wa_chat",
    "health_insurance",
    """
[{cd} {ct}] [[n:{cg1}]]: Kaka, BPJS mama sonde aktif. No kartu [[bpjs:{bpjs2}]], NIK mama [[nik:{nik2}]]
[{cd} {ct}] [[n:{cg3}]]: Coba ke kantor BPJS, bawa KK. KK mama brp?
[{cd} {ct}] [[n:{cg1}]]: [[kk:{kk2}]]. Petugas bilang iuran tunggak {rp}, VA {billing}
[{cd} {ct}] [[n:{cg3}]]: Nanti sa antar hari {num} e""",
    F=(2,),
    fam={1: 2},
)
T(
    "wa_chat",
    "tax_pbb",
    """
[{cd} {ct}] Admin Kelurahan: Info PBB {year}: pembayaran lewat kode billing, contoh {billing}. Loket Bapenda buka jam {jam}. Contoh NOP {nop}.
[{cd} {ct}] mama: Sa pung SPPT belum datang
[{cd} {ct}] Admin Kelurahan: Silakan WA Bapenda {ofw} atau telp {oft}""",
)
T(
    "wa_chat",
    "church_mosque",
    """
[{cd} {ct}] Sekretariat Majelis: Shalom. NPWP {ger1}: {bnp1}. Bukti potong honor «pendeta¦pelayan» nomor {bukpot} sudah diterima dari {kpp}.
[{cd} {ct}] Admin Grup: Terima kasih. Persembahan syukur minggu lalu {rpb}, rapat majelis tanggal {tglf} jam {jam}""",
)
T(
    "wa_chat",
    "village",
    """
[{cd} {ct}] Pengurus BUMDes: NPWP {bum1} {bnp1} sudah jadi, NIB {nib}. Dana desa tahap 2 {rpj} sudah masuk rekening kas desa.
[{cd} {ct}] Bendahara Desa: NPWP bendahara desa {tnp1}, kode billing PPh 22 {billing}, NTPN {ntpn}
[{cd} {ct}] Pengurus BUMDes: Ok, laporan ke kecamatan tanggal {tglf}""",
)

T(
    "wa_chat",
    "church_mosque",
    """
[{cd} {ct}] [[n:{cg1}]]: Shalom {kin2}, bendahara majelis minta {kin2} pung NPWP untuk SPJ honor khotbah bulan ini
[{cd} {ct}] [[n:{cg2}]]: Sebentar e, beta cari kartu dulu
[{cd} {ct}] [[n:{cg2}]]: [[npwp:{np2}]]
[{cd} {ct}] [[n:{cg2}]]: Itu yang lama. Kalo yang baru pake NIK, [[npwp:{npn2}]]
[{cd} {ct}] [[n:{cg1}]]: Siap. NPWP gereja {bnp1} nanti beta tulis di bukti potong, honor {rp}""",
)

# ---------------------------------------------------------------- wa_forward

T(
    "wa_forward",
    "scam",
    """
«Diteruskan¦*Pesan diteruskan*¦Forwarded»
Dari: [[n:{n1}]] ([[p:{hpd1}]])
Hati-hati bapa mama! Ada nomor {sc} WA bilang NPWP kita diblokir, suru klik link dan isi NIK. Sa pung mama su kirim NIK [[nik:{nik2}]] deng NPWP [[npwp:{np2}]] ke dong. Sekarang ada tagihan {rpb} di aplikasi pinjol atas nama mama. Tolong sebar, jang sampe kena.""",
    F=(2,),
    fam={1: 2},
)
T(
    "wa_forward",
    "jobs_honoraria",
    """
*Pesan diteruskan*
Rekap NPWP tenaga kontrak {ofc1} (diminta bendahara, batas {tglf}):
1. [[n:{n1}]] — [[npwp:{np1}]]
2. [[n:{n2}]] — [[npwp:{npn2}]]
3. [[n:{n3}]] — [[npwp:{nps3}]]
4. [[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
NPWP bendahara {tnp1} jangan ditulis di kolom pribadi. Yang belum kirim, japri sa.""",
)
T(
    "wa_forward",
    "social_aid",
    """
«Diteruskan¦Forwarded»
Dari Ketua RT [[n:{n1}]]: Bapa mama, yang belum kirim NIK dan No KK untuk data bansos, kirim ke sa pung nomor [[p:{hpb1}]] paling lambat {tglf}. Jang kirim ke nomor lain, ada yang pake nomor {sc} ngaku dari Dinas Sosial.
---
Balasan: [[n:{n2}]], NIK [[nik:{nik2}]], KK [[kk:{kk2}]]. Sa pung {ps2} [[n:{n3}]] NIK [[nik:{nik3}]], satu KK.""",
    hh={3: 2},
)
T(
    "wa_forward",
    "church_mosque",
    """
Fwd: Pengumuman {ger1}
Honor narasumber retret pemuda dibayar lewat rekening gereja, NPWP gereja {bnp1}. Narasumber: Pdt. [[n:{n1}]] (NPWP [[npwp:{np1}]]) dan [[n:{n2}]], S.Th. (NPWP [[npwp:{npb2}]]). PPh 21 dipotong {rp}, bukti potong nomor {bukpot}. Info lanjut sekretariat majelis {oft}.""",
)
T(
    "wa_forward",
    "civil_registry",
    """
Diteruskan dari [[n:{n1}]]:
"Kak, ini dari Dukcapil: NIK [[nik:{nik2}]] a.n. [[n:{N2}]] sudah padan, tapi KK [[kk:{kk2}]] masih status lama. Silakan bawa KK asli ke loket, antrian online lewat WA {ofw}."
Itu sa pung «adik¦kakak» pung data, sa kirim ke ko supaya ko bantu urus. Surat pengantar kelurahan nomor {surat} su ada.""",
)
T(
    "wa_forward",
    "land",
    """
«Diteruskan¦*Pesan diteruskan*»
Data untuk akta jual beli tanah di {kel1}:
Penjual [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{np1}]]; {ps1}nya [[n:{n2}]], NIK [[nik:{nikt2}]]. Pembeli [[n:{n3}]], NIK [[nik:{nik3}]], NPWP [[npwp:{npn3}]].
NOP {nop}, luas {num}0 m2, BPHTB lewat kode billing {billing}, NTPN {ntpn}. Akta PPAT nomor {surat}.""",
    hh={2: 1},
)
T(
    "wa_forward",
    "scam",
    """
Diteruskan berkali-kali
INFO PENTING!!! Mulai {tglfl} semua NPWP 15 digit DIBLOKIR. Segera kirim NIK dan NPWP ke WA {sc} atau {sc}. Contoh format: 09.123.456.7-920.000. Biaya aktivasi {rp}.
---
Catatan admin grup: itu HOAX. Kring Pajak 1500200, {kpp} {oft}.""",
)
T(
    "wa_forward",
    "permit_business",
    """
Fwd: Info Bapenda
Wajib pajak restoran dan hotel: NPWPD lama tetap berlaku. Contoh: {tok1} dengan NPWP {bnp1} dan NPWPD 62.{kode}. Batas lapor {tglf}, denda {rp} per bulan. Konsultasi WA {ofw} atau telp {oft}.""",
)
T(
    "wa_forward",
    "school",
    """
*Pesan diteruskan*
Dari Komite {sek1}: iuran komite {rp} per bulan, transfer ke rekening komite Bank NTT {kacc}. NPWP komite {bnp1}, NPSN sekolah {npsn}. Bukti transfer kirim ke bendahara komite WA {ofw} sebelum {tglf}.""",
)

T(
    "wa_forward",
    "school",
    """
«Diteruskan¦*Pesan diteruskan*»
(salinan dari PDF pendaftaran PPDB)
Nama calon siswa: [[n:{N2}]]
NISN {nisn}, NIK [[nik:{nikn2}]]
Nama ayah [[n:{N1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npl1}]]
No KK [[kk:{kk1}]]
Kak, ini data anak sa, tolong cek kenapa di sistem {sek1} ditolak, NPSN {npsn}.""",
    M=(1,),
    fam={2: 1},
    A={2: (2010, 2014)},
)

# ---------------------------------------------------------------- voice_note

VN = "«[Pesan suara {sec}, ditulis ulang admin]¦[VN {sec}, diketik petugas]¦[Voice note {cd} {jam}, transkrip {sec}]»"
T(
    "voice_note",
    "tax_pbb",
    VN
    + """
Halo kaka, beta [[n:{g1}]] dari {kel1}. Beta mau tanya, beta pung NPWP lama tu [[npwp:{nps1}]], ma dong bilang sekarang pake NIK, [[npwp:{npn1}]]. Jadi yang mana yang beta tulis di SPT? Beta pung istri ju sama, dia pung NPWP [[npwp:{np2}]]. Bukti potong dari «kantor¦sekolah» nomor {bukpot}. Makasih kaka.""",
    M=(1,),
    F=(2,),
    hh={2: 1},
)
T(
    "voice_note",
    "civil_registry",
    VN
    + """
Selamat siang, sa [[n:{g1}]]. Sa mau urus KTP anak, [[n:{g2}]]. Dia pung NIK «sa baca e¦ini»: [[nik:{nikp2}]]. KK sa [[kk:{kks1}]]. Sa su datang tiga kali ke Dukcapil, nomor antrian {num}, sampe sekarang belum jadi. Tolong dibantu kaka.""",
    fam={2: 1},
    A={2: (2006, 2009), 1: (1965, 1985)},
)
T(
    "voice_note",
    "social_aid",
    VN
    + """
Kaka, sa pung bapa su meninggal tahun {thn}, tapi nama [[n:{n2}]] masih ada di daftar bantuan, NIK [[nik:{nik2}]]. Sa anaknya, NIK sa [[nik:{niks1}]], KK [[kk:{kk1}]]. Mama sa [[n:{g3}]] yang masih hidup justru sonde dapat, NIK mama [[nik:{nik3}]]. Pendamping bilang tunggu pemutakhiran data bulan depan.""",
    M=(2,),
    F=(3,),
    fam={1: 2},
    hh={3: 2},
    A={2: (1938, 1962), 1: (1975, 1998), 3: (1945, 1965)},
)
T(
    "voice_note",
    "permit_business",
    VN
    + """
Sa [[n:{g1}]], sa pung usaha laundry di rumah, [[a:{ad1}]]. NPWP sa [[npwp:{np1}]], ma waktu urus NIB di OSS sistem bilang NPWP sonde valid. NIB yang lama {nib}. Sa su telpon Kring Pajak, dong suru ke {kpp}. Kalo bisa bantu, sa pung nomor [[p:{hp1}]].""",
)
T(
    "voice_note",
    "cooperative",
    VN
    + """
Halo, beta [[n:{n1}]], bendahara di {kop1}. Beta mau tanya, NPWP koperasi {bnp1} su aktif, tapi pengurus minta beta pung NPWP pribadi ju. Beta pung tu [[npwp:{npk1}]], eh salah, yang benar [[npwp:{npd1}]]. Kalau beta lapor pajak koperasi, pake yang mana? Tolong telpon balik di [[p:{hps1}]].""",
)
T(
    "voice_note",
    "health_insurance",
    VN
    + """
Sa [[n:{g1}]], perawat honor di RSUD. NPWP sa [[npwp:{npz1}]], ma di bukti potong tatulis NIK sa [[nik:{nik1}]], jadi sa bingung. Insentif {rp} belum masuk rekening {bank1} [[b:{acc1}]]. BPJS sa [[bpjs:{bpjs1}]] ju dipotong terus. Tolong dicek e.""",
)
T(
    "voice_note",
    "cooperative",
    VN
    + """
Kaka, ini dari {kop1}. Kami mau tanya, NPWP koperasi {bnp1}, kode billing {billing} untuk setor PPh final sonde bisa bayar di bank. Sudah coba tanggal {tgl} deng {tgl}. Total {rp}. Tolong bantu, kantor koperasi telp {oft}.""",
)
T(
    "voice_note",
    "school",
    VN
    + """
Beta bendahara BOS di {sek1}. NPWP bendahara {tnp1}, NPSN {npsn}. Kami setor pajak {rp} tanggal {tgl}, NTPN {ntpn}, tapi di aplikasi masih tatulis belum setor. Tolong sampaikan ke Dinas, telp {oft}.""",
)
T(
    "voice_note",
    "church_mosque",
    VN
    + """
Ini dari «{ger1}¦{mas1}». NPWP «gereja¦masjid» {bnp1}. Bapenda kirim tagihan PBB {pbb} untuk tanah ibadah, NOP {nop}, padahal rumah ibadah bebas PBB. Surat kami nomor {surat} belum ada jawaban sampe {tgl}.""",
)

T(
    "voice_note",
    "tax_pbb",
    VN
    + """
Selamat sore, sa [[n:{g1}]], janda dari almarhum [[n:{n2}]]. Almarhum pung NPWP [[npwp:{np2}]] masih dapat surat teguran dari {kpp}, nomor {surat}, suru lapor SPT {thn}. Sa pung NPWP sendiri [[npwp:{np1}]], eh bukan, itu yang lama, sekarang sa pake NIK [[npwp:{npn1}]]. Sa mau tutup almarhum pung NPWP, syaratnya apa sa?""",
    F=(1,),
    M=(2,),
    hh={1: 2},
    A={2: (1945, 1970)},
)

# ---------------------------------------------------------------- fb_comments

T(
    "fb_comments",
    "tax_pbb",
    """
[[n:{n1}]] ▸ Info Kupang Terkini
Sapa yang tau NPWP lama masih bisa pake ko sonde? Sa pung [[npwp:{np1}]] ditolak waktu daftar PPPK {year}.
Komentar:
[[n:{ln2}]]: sa ju begitu kaka, akhirnya pake NIK [[npwp:{npn2}]] langsung bisa
[[n:{n3}]]: Jang kasi nomor di FB kaka, bahaya
[[n:{g1}]]: Ok kaka, makasih""",
)
T(
    "fb_comments",
    "civil_registry",
    """
Disdukcapil Kota Kupang
Layanan cetak KTP-el hari Sabtu {tglf}, jam {jam}. Antrian online WA {ofw}.
Komentar:
[[n:{n1}]]: Sa pung KK [[kk:{kk1}]] su 3 bulan belum jadi
[[n:{n2}]]: NIK anak sa [[nik:{nik3}]] belum aktif, dia pung nama [[n:{g3}]]
Disdukcapil Kota Kupang: Mohon jangan tulis NIK dan KK di kolom komentar. Silakan DM.""",
    fam={3: 2},
    A={3: (2005, 2010)},
)
T(
    "fb_comments",
    "social_aid",
    """
[[n:{n1}]] ▸ Suara Warga Kupang
Kenapa sa pung mama [[n:{n2}]] sonde dapat BLT? NIK [[nik:{nik2}]], KK [[kk:{kk2}]]. Tetangga punya oto dapat. #kupang
Komentar:
[[n:{n3}]]: Cek di cekbansos kaka
kupang_bersuara: Lapor ke 1708 saja
[[n:{g1}]]: su cek, tulisan TIDAK TERDAFTAR""",
    F=(2,),
    fam={1: 2},
)
T(
    "fb_comments",
    "cooperative",
    """
[[n:{n1}]] ▸ Forum Anggota Koperasi NTT
Pinjaman di {kop1} ditahan karena NPWP sa [[npwp:{np1}]] katanya beda nama. Di kartu tatulis [[n:{N1}]] tapi di sistem koperasi nama orang lain. NPWP koperasi sendiri {bnp1} aman-aman sa.
Komentar:
[[n:{n2}]]: Sama kaka. Sa pung [[npwp:{nps2}]] ju ditolak
[[n:{n3}]]: Coba ke KPP bawa KTP asli""",
)
T(
    "fb_comments",
    "school",
    """
[[n:{n1}]] ▸ Info Guru NTT
Guru honor yang belum kirim NPWP ke bendahara dinas, batas {tglf}. Sa su kirim, NPWP sa [[npwp:{npn1}]] (NIK sebagai NPWP).
Komentar:
[[n:{n2}]]: Kaka NIP sa {nip} ju harus kirim ko? sa PNS
[[n:{g1}]]: PNS sonde kaka, hanya honor
[[n:{ln3}]]: npwp sy yg lama [[npwp:{np3}]] tp dong bilang skrg pake nik. ini punya sy [[npwp:{npn3}]]""",
)
T(
    "fb_comments",
    "village",
    """
[[n:{n1}]] ▸ Info Kabupaten Kupang
Dana {bum1} (NPWP {bnp1}) dipakai untuk apa? Kepala desa [[n:{n2}]] pung NPWP pribadi [[npwp:{np2}]] dipakai di kuitansi proyek. Ini aneh.
Komentar:
[[n:{n3}]]: Lapor Inspektorat sa kaka
[[n:{n2}]]: Saya kades. Itu NPWP kepala desa untuk honor saya, bukan untuk proyek.""",
)
T(
    "fb_comments",
    "tax_pbb",
    """
Bapenda Kota Kupang
{now}
Bayar PBB {year} sebelum 31 Agustus. Cek tagihan dengan NOP, contoh {nop}. Kode billing berlaku 7 hari. Info WA {ofw}.
Komentar:
kupangviral: NOP sa {nop} tagihan naik jadi {pbb}
Bapenda Kota Kupang: Silakan datang ke loket jam {jam}, bawa SPPT {year}.""",
)
T(
    "fb_comments",
    "permit_business",
    """
{tok1}
DISKON akhir bulan! NPWP toko {bnp1}, faktur pajak {faktur}. Transfer ke rekening toko. Order WA {ofw}.
Komentar:
Mama Muda Kupang: semen harga berapa
{tok1}: {rp} per sak kak, minimal {num} sak""",
)
T(
    "fb_comments",
    "social_aid",
    """
Info Kota Kupang
Dinas Sosial: penyaluran BPNT tahap {num} di kantor pos tanggal {tglf}, {rpb} per KPM. Bawa KTP dan KK asli. Surat edaran {surat}. Pengaduan WA {ofw}.
Komentar:
kupang_bersuara: RT {rtc} belum dapat undangan
Info Kota Kupang: hubungi kantor kelurahan {oft}""",
)

T(
    "fb_comments",
    "cooperative",
    """
[[n:{n1}]] ▸ Komunitas UMKM Kupang
Info: {kop1} buka pinjaman modal, syarat KTP, KK, NPWP pribadi. NPWP koperasi {bnp1}, izin {surat}.
Komentar:
[[n:{n2}]]: Kaka sa usaha kue di rumah, NIK [[nik:{nik2}]], KK [[kk:{kkx2}]], sonde punya NPWP bisa ko?
[[n:{n2}]]: eh salah KK, yg benar [[kk:{kkb2}]]
[[n:{g1}]]: Bisa kaka, datang sa ke kantor, jang tulis NIK di sini""",
)

# ---------------------------------------------------------------- email

T(
    "email",
    "tax_pbb",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Unit Pengaduan <pengaduan@kupangkota.go.id>
Subject: NPWP istri tidak bisa dipadankan

Yth. Admin,
NPWP istri saya, [[n:{n2}]], adalah [[npwp:{npd2}]], NIK-nya [[nik:{nik2}]]. Saat pemadanan di coretax tanggal {tgl} muncul pesan gagal. NPWP saya sendiri [[npwp:{npn1}]] sudah berhasil. Nomor tiket Kring Pajak {tiket}. Mohon dibantu.

Salam,
[[n:{n1}]]
[[p:{hps1}]]""",
    M=(1,),
    F=(2,),
    hh={2: 1},
)
T(
    "email",
    "jobs_honoraria",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: rekrutmen.pemkotkupang@gmail.com
Subject: Lamaran tenaga harian lepas «Dinas Sosial¦Dinas PUPR¦Bapenda»

Dengan hormat,
Saya [[n:{n1}]], lahir {lahir1}, NIK [[nik:{nik1}]], beralamat di [[a:{ad1}]]. Bersama ini sy lampirkan CV, surat lamaran dan NPWP ([[npwp:{npd1}]]). «Nomor peserta kartu prakerja {kpj}.¦Ijazah nomor {surat}.» Saya dapat dihubungi di [[p:{hpd1}]].

Hormat saya,
[[n:{n1}]]""",
)
T(
    "email",
    "cooperative",
    """
From: Sekretariat Koperasi <sekretariat.koperasi.kupang@gmail.com>
To: kredit.kupang@bankntt.co.id
Subject: Surat keterangan anggota

Pengurus {kop1} menerangkan bahwa «Sdri.¦Sdr.» [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npd1}]], adalah anggota aktif sejak {thn} dengan simpanan {rpb}. NPWP koperasi {bnp1}. Surat nomor {surat} terlampir.

Hormat kami,
Pengurus""",
)
T(
    "email",
    "permit_business",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: informasi@pajak.go.id
Subject: NITKU lokasi usaha

Selamat pagi,
Saya pedagang kelontong, usaha perorangan. NPWP usaha perorangan saya [[npwp:{npd1}]], dan menurut coretax NITKU saya [[npwp:{npt1}]]. Untuk kios kedua di Pasar {kelx} apakah perlu NITKU baru? NIB saya {nib}. Toko besar di sebelah, {tok1}, pakai NPWP {bnp1} dan faktur {faktur}, saya tidak.

Terima kasih,
[[n:{g1}]]""",
)
T(
    "email",
    "health_insurance",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Unit Pengaduan <pengaduan@kupangkota.go.id>
Subject: Data anak untuk PBI JK

Yth. Petugas,
Anak pertama saya [[n:{g2}]] NIK [[nik:{nik2}]], anak kedua [[n:{g3}]] NIK [[nik:{nik3}]], KK kami [[kk:{kk1}]]. Kartu KIS anak pertama [[bpjs:{bpjs2}]] tidak aktif sejak {tgl}. Anak kedua belum punya kartu. Mohon dimasukkan PBI.

Salam,
[[n:{n1}]], [[a:{ad1}]]""",
    fam={2: 1, 3: 1},
    A={2: (2012, 2020), 3: (2016, 2024)},
)
T(
    "email",
    "land",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: kantah.kotakupang@atrbpn.go.id
Subject: Balik nama warisan

Saya [[n:{n1}]], ahli waris almarhum [[n:{n2}]] (NPWP [[npwp:{npd2}]], NIK [[nik:{nik2}]]). Tanah NOP {nop} akan dibalik nama. BPHTB {rpb} sudah dibayar, NTPN {ntpn}. NPWP saya [[npwp:{npn1}]]. Berkas permohonan nomor {surat}.

Hormat saya,
[[n:{n1}]]""",
    fam={1: 2},
    A={2: (1935, 1960), 1: (1965, 1992)},
)
T(
    "email",
    "tax_pbb",
    """
From: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
To: bendahara.bos.kupang@gmail.com
Subject: Konfirmasi setoran

Yth. Bendahara {sek1},
NPWP bendahara {tnp1}: setoran {rp} tanggal {tgl}, NTPN {ntpn}, telah diterima. Bukti penerimaan {bpe}. Pertanyaan lain melalui Kring Pajak 1500200.""",
)
T(
    "email",
    "permit_business",
    """
From: Administrasi {cv1} <admin.kontraktor.kupang@gmail.com>
To: {ofc1}
Subject: Faktur termin II

Terlampir faktur pajak {faktur} untuk pekerjaan rehab gedung. NPWP kami {bnp1}. NPWP bendahara pembeli {tnp2}. Nilai {rpj}, PPN dipungut bendahara. Kontrak nomor {surat}.""",
)
T(
    "email",
    "school",
    """
From: Sekretariat Yayasan <sekretariat.yayasan.kupang@gmail.com>
To: dikbud@kupangkota.go.id
Subject: Permohonan hibah

{yay1} dengan NPWP {bnp1}, NIB {nib}, akta pendirian nomor {surat}, mengajukan hibah {rpj} untuk ruang kelas. Rekening yayasan Bank NTT {kacc}. Kontak sekretariat {oft}.""",
)

T(
    "email",
    "jobs_honoraria",
    """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Bagian Kepegawaian <kepegawaian.rsud.kupang@gmail.com>
Subject: Data tanggungan untuk PPh 21

Selamat siang,
Untuk perhitungan PTKP saya kirim data tanggungan: istri [[n:{n2}]], NPWP [[npwp:{np2}]]; anak pertama [[n:{g3}]], NIK [[nik:{nik3}]]; anak kedua [[n:{g4}]], NIK [[nik:{nik4}]]. KK kami [[kk:{kk1}]].
NPWP saya sendiri [[npwp:{npn1}]], sama dengan NIK. NIP {nip}.

Terima kasih,
[[n:{n1}]]""",
    M=(1,),
    F=(2,),
    hh={2: 1},
    fam={3: 1, 4: 1},
    A={3: (2008, 2018), 4: (2012, 2022)},
)

# ---------------------------------------------------------------- formal_letter

T(
    "formal_letter",
    "tax_pbb",
    """
Kupang, {now}
Kepada Yth.
Kepala KPP Pratama Kupang
di Kupang

Perihal: Permohonan penghapusan NPWP

Dengan hormat,
Yang bertanda tangan di bawah ini, saya [[n:{n1}]], NIK [[nik:{nik1}]], beralamat di [[a:{ad1}]], Kel. {kel1}, selaku ahli waris dari almarhum [[n:{n2}]], NPWP [[npwp:{npd2}]], yang meninggal dunia pada {tgll} sesuai akta kematian nomor {surat}, dengan ini mengajukan penghapusan NPWP tersebut.

Hormat saya,

[[n:{n1}]]""",
    M=(2,),
    fam={1: 2},
    A={2: (1935, 1962), 1: (1962, 1995)},
)
T(
    "formal_letter",
    "civil_registry",
    """
Kupang, {now}
Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang

Perihal: Permohonan perbaikan data KK

Dengan hormat,
Saya [[n:{n1}]], kepala keluarga, nomor KK [[kk:{kk1}]]. Dalam KK tersebut NIK istri saya [[n:{n2}]] tercatat [[nik:{nikx2}]], seharusnya [[nik:{nikb2}]] sesuai KTP-el. NIK anak kami [[n:{g3}]] tertulis [[nik:{nik3}]] dengan tanggal lahir yang salah. Bersama ini saya lampirkan fotokopi akta nomor {surat}.

Hormat saya,
[[n:{n1}]]
HP [[p:{hpb1}]]""",
    M=(1,),
    F=(2,),
    hh={2: 1},
    fam={3: 1},
    A={3: (2010, 2021)},
)
T(
    "formal_letter",
    "cooperative",
    """
{KOP1}
Sekretariat: Oesapa, Kupang — NPWP {bnp1}

SURAT KETERANGAN
Nomor: {surat}

Pengurus {kop1} menerangkan bahwa [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npd1}]], adalah anggota sejak {thn} dengan simpanan {rpb}. Surat ini dibuat untuk pengajuan kredit usaha.

Kupang, {now}
Ketua,

[[n:{n2}]]""",
)
T(
    "formal_letter",
    "jobs_honoraria",
    """
Nomor: {surat}
Lampiran: 1 berkas
Perihal: Penyampaian NPWP guru honor

Kepada Yth. Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang

Dengan hormat, bersama ini kami sampaikan NPWP guru honor yang diminta Dinas: Sdr. [[n:{n1}]] dengan NPWP [[npwp:{npd1}]] dan Sdri. [[n:{n2}]] dengan NPWP [[npwp:{npn2}]] (NIK sebagai NPWP). Sdr. [[n:{n3}]] belum memiliki NPWP; NIK yang bersangkutan [[nik:{nik3}]]. NPWP bendahara sekolah {tnp1} digunakan untuk pemotongan PPh 21.

Kepala {sek1},

[[n:{n4}]], S.Pd.
NIP {nip}""",
)
T(
    "formal_letter",
    "village",
    """
PEMERINTAH DESA {DESA}
KECAMATAN KUPANG TENGAH

SURAT KETERANGAN USAHA
Nomor: {surat}

Kepala Desa {desa} menerangkan bahwa [[n:{n1}]], NIK [[nik:{nik1}]], nomor KK [[kk:{kk1}]], warga [[a:{rt1}]], benar memiliki usaha perorangan jualan ikan kering sejak {thn}, dengan NPWP pribadi [[npwp:{np1}]]. Usaha ini tidak termasuk unit {bum1} (NPWP {bnp1}).

{desa}, {now}
Kepala Desa,

[[n:{n2}]]""",
    R={1: "01"},
)
T(
    "formal_letter",
    "land",
    """
SURAT PERNYATAAN

Kami yang bertanda tangan di bawah ini:
Pihak pertama [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npd1}]], beralamat di [[a:{ad1}]];
Pihak kedua [[n:{n2}]], NIK [[nik:{nik2}]], NPWP [[npwp:{npn2}]];
menyatakan bahwa tanah dengan NOP {nop}, SHM nomor {num}{kode}, telah dijual seharga {rpj} pada {tgll}, dan BPHTB dibayar pihak kedua dengan kode billing {billing}.

Kupang, {now}
[[n:{n1}]]   [[n:{n2}]]""",
)
T(
    "formal_letter",
    "permit_business",
    """
{CV1}
NPWP {bnp1} | NIB {nib}

Nomor: {surat}
Kepada Yth. Kepala {ofc1}
Perihal: Klarifikasi pemotongan PPh

Dengan hormat, pembayaran termin II sebesar {rpj} dipotong PPh oleh bendahara {ofc1} (NPWP {tnp1}) dengan bukti potong {bukpot}, padahal tarif kami sudah final. Mohon klarifikasi paling lambat {tglf}.

Hormat kami,
Direksi""",
)
T(
    "formal_letter",
    "church_mosque",
    """
MAJELIS JEMAAT {GER1}
Nomor: {surat}
Perihal: Permohonan pembebasan PBB

Kepada Yth. Kepala Badan Pendapatan Daerah Kota Kupang

Dengan hormat, tanah gereja dengan NOP {nop} ditagih PBB {year} sebesar {pbb}. Tanah tersebut dipakai untuk ibadah. NPWP Majelis Jemaat {bnp1}. Bersama ini kami lampirkan sertifikat dan SPPT {year}.

Kupang, {now}
Hormat kami,
Majelis Jemaat""",
)
T(
    "formal_letter",
    "church_mosque",
    """
TAKMIR {MAS1}
Nomor: {surat}
Kepada Yth. Kepala KPP Pratama Kupang

Dengan hormat, kami mohon penjelasan atas surat teguran nomor {surat} yang menyebut NPWP masjid {bnp1} belum lapor SPT {thn}. Masjid tidak memiliki pegawai tetap; insentif imam dan marbot {rpb} per bulan. Nomor register masjid {nib}.

Hormat kami,
Takmir Masjid""",
)

T(
    "formal_letter",
    "tax_pbb",
    """
SURAT KUASA

Yang bertanda tangan di bawah ini:
Nama: [[n:{n1}]]
NIK: [[nik:{nik1}]]
NPWP: [[npwp:{npd1}]]
dengan ini memberi kuasa kepada [[n:{n2}]], NIK [[nik:{nik2}]], beralamat di [[a:{ad2}]], untuk mengurus pemadanan NIK sebagai NPWP dan permintaan EFIN saya di {kpp}. Surat ini dibuat di Kupang pada {now}.

Pemberi kuasa,   Penerima kuasa,
[[n:{n1}]]   [[n:{n2}]]""",
)

# ---------------------------------------------------------------- long_complaint

T(
    "long_complaint",
    "scam",
    """
Saya [[n:{n1}]], warga Kel. {kel1}, ingin melaporkan penipuan yang mengatasnamakan kantor pajak. Pada {tgll} saya ditelpon nomor {sc}, mengaku petugas pajak, katanya NPWP saya harus dipadankan ulang. Karena panik saya kirim NPWP saya [[npwp:{np1}]], NIK [[nik:{nik1}]] dan juga NPWP suami saya [[n:{n2}]], [[npwp:{np2}]].

Besoknya ada SMS dari {sc} minta kode OTP, saya tidak kasih. Tetapi seminggu kemudian ada tagihan pinjaman online {rpb} atas nama suami. Kami sudah lapor ke Polresta dengan nomor laporan {surat}. Mohon Unit Pengaduan meneruskan ke {kpp} dan OJK supaya data kami diblokir. Saya bisa dihubungi di [[p:{hp1}]].""",
    F=(1,),
    M=(2,),
    hh={2: 1},
)
T(
    "long_complaint",
    "jobs_honoraria",
    """
Kepada Unit Pengaduan Kota Kupang,

Saya [[n:{n1}]], tenaga kontrak di {ofc1} sejak {thn}. Honor saya bulan lalu {rp} dipotong PPh lebih besar karena bendahara menulis NPWP saya salah: di bukti potong {bukpot} tertulis [[npwp:{npk1}]], padahal NPWP saya [[npwp:{np1}]]. Bendahara bilang sistem menolak dan memakai tarif tanpa NPWP. NPWP bendahara yang tercantum {tnp1}.

Istri saya [[n:{n2}]], guru honor di {sek1}, mengalami hal yang sama, NPWP-nya [[npwp:{npn2}]] (sudah NIK) dibaca tidak valid. Kami minta kelebihan potongan dikembalikan. Terima kasih.

[[n:{n1}]]
[[p:{hpd1}]]""",
    M=(1,),
    F=(2,),
    hh={2: 1},
)
T(
    "long_complaint",
    "civil_registry",
    """
Dengan hormat, saya [[n:{n1}]] mau mengadukan pelayanan Dukcapil. Bapa saya [[n:{n2}]] meninggal bulan lalu. Waktu saya urus akta kematian, NIK almarhum [[nik:{nik2}]] ternyata terdaftar di dua KK: KK lama [[kk:{kk2}]] dan KK saya sendiri [[kk:{kks1}]]. Petugas loket bilang harus dihapus dulu, lalu suruh kembali {tgl}, lalu {tgl} lagi.

Sudah tiga kali saya bolak-balik dari {kel1}, antrian nomor {num}, tapi belum selesai. Akibatnya tabungan almarhum di bank tidak bisa dicairkan dan PBB rumah NOP {nop} masih atas nama almarhum. Mohon dibantu. NIK saya [[nik:{nik1}]].""",
    M=(2,),
    fam={1: 2},
    A={2: (1938, 1960), 1: (1965, 1995)},
)
T(
    "long_complaint",
    "social_aid",
    """
Yth. Bapak/Ibu,
Saya [[n:{n1}]], janda, tinggal di [[a:{ad1}]]. Sejak suami saya meninggal tahun {thn} saya tidak lagi dapat PKH. Pendamping PKH kelurahan, Sdri. [[n:{n3}]], bilang NIK saya [[nik:{nik1}]] tidak padan dengan KK [[kk:{kk1}]], karena di KK masih tercatat suami sebagai kepala keluarga, NIK almarhum [[nik:{nik2}]].

Saya sudah urus KK baru tapi belum keluar. Nomor pendamping [[p:{hp3}]] sering tidak aktif. Saya juga diminta NPWP untuk bantuan modal, saya tidak punya, apakah bisa pakai NIK? Anak saya yang bantu ketik, nomornya [[p:{hpb4}]].""",
    F=(1, 3),
    M=(2,),
    hh={2: 1},
    fam={4: 1},
    A={4: (1995, 2006)},
)
T(
    "long_complaint",
    "permit_business",
    """
Saya [[n:{n1}]], pemilik warung makan di rumah sendiri, [[a:{ad1}]]. Saya ingin mengadukan proses NIB di Mal Pelayanan Publik. NPWP usaha perorangan saya [[npwp:{np1}]] ditolak sistem OSS dengan alasan format lama. Petugas menyuruh pakai NIK, yaitu [[npwp:{npn1}]], sebagai NPWP, tetapi hasilnya nama usaha tertukar dengan {cv1} (NPWP {bnp1}) yang mendaftar di hari yang sama.

Saya sudah datang {tgl} dan {tgl} dengan nomor antrian {num}. Sampai sekarang NIB belum terbit, padahal saya butuh untuk pinjaman KUR {rpb}. Mohon ditindaklanjuti.""",
)
T(
    "long_complaint",
    "bank_loan",
    """
Saya [[n:{n1}]], nasabah KUR di {bank1}. Saya mau mengadu karena pencairan ditunda terus. Berkas sudah lengkap: KTP (NIK [[nik:{nik1}]]), KK [[kk:{kk1}]], NPWP [[npwp:{np1}]], BPKB motor [[pl:{pl1}]] sebagai jaminan, dan rekening saya [[b:{acc1}]]. Istri saya [[n:{n2}]] juga tanda tangan, NIK [[nik:{nik2}]].

Petugas bank bilang NPWP saya tidak valid dan harus diganti NIK, lalu bilang lagi harus ada surat keterangan usaha dari kelurahan (nomor {surat}, sudah ada). Sudah {num} minggu. Usaha saya jual bensin eceran dan butuh modal {rpb}. Hubungi saya di [[p:{hp1}]].""",
    M=(1,),
    F=(2,),
    hh={2: 1},
)
T(
    "long_complaint",
    "permit_business",
    """
Kami para pedagang di Pasar Inpres ingin mengadukan pungutan baru. Pengelola pasar meminta setiap lapak menyerahkan NPWP untuk kerja sama dengan {kop1} (NPWP {bnp1}), padahal sebagian besar kami pedagang kecil. Retribusi harian {rp}, ditambah iuran koperasi {rp}. Karcis bernomor {surat}.

Lapak yang tidak punya NPWP diancam tidak dapat tempat mulai {tglfl}. Kami sudah bertanya ke {kpp}, katanya pedagang kecil dengan omzet di bawah Rp 500 juta setahun tidak wajib. Mohon kejelasan.

Paguyuban Pedagang Pasar""",
)
T(
    "long_complaint",
    "cooperative",
    """
Kami anggota {kop1} (nama kami dirahasiakan) mengadukan pengurus. Sejak {thn} koperasi memakai NPWP {bnp1} untuk memotong PPh bunga simpanan anggota sebesar {rp} per bulan, tetapi bukti potong tidak pernah dibagikan. Waktu kami cek di {kpp}, setoran terakhir tercatat {tgl} dengan NTPN {ntpn}.

Selain itu rapat anggota tahunan tidak diadakan. Laporan keuangan {thn} menyebut sisa hasil usaha {rpj}, tetapi tidak dibagi. Kami sudah kirim surat nomor {surat} ke Dinas Koperasi, belum dibalas.""",
)
T(
    "long_complaint",
    "school",
    """
Orang tua murid {sek1} keberatan dengan pungutan untuk renovasi. Komite menarik {rp} per anak dan menyebut dana itu «masuk rekening komite¦ditampung di rekening komite» {kacc} dengan NPWP komite {bnp1}. Sekolah juga menerima BOS {rpj} dengan NPWP bendahara {tnp1}.

Rapat komite tanggal {tgl} tidak mengundang semua orang tua. NPSN sekolah {npsn}. Kami minta Dinas Pendidikan memeriksa. (nama pelapor dirahasiakan)""",
)

T(
    "long_complaint",
    "permit_business",
    """
Saya [[n:{n1}]], pengrajin tenun ikat dengan usaha perorangan, NPWP pribadi saya [[npwp:{np1}]]. Saya mengadukan {tok1} yang memakai NPWP saya di faktur penjualan mereka, nomor faktur {faktur}, padahal NPWP toko itu sendiri {bnp1}. Akibatnya saya dapat surat dari {kpp} (nomor {surat}) yang menyebut omzet saya {rpj}, padahal penjualan saya setahun tidak sampai {rpb}.

Saya sudah datang ke toko tanggal {tgl}, pemiliknya bilang salah ketik. NIK saya [[nik:{nik1}]] juga ikut tercantum di nota mereka. Mohon Unit Pengaduan membantu supaya data saya dibersihkan. HP [[p:{hpd1}]].""",
)

# ---------------------------------------------------------------- call_transcript

CT = "«Transkrip panggilan {tiket}, {cd} {jam}¦Catatan call center {cd}, durasi {num} menit¦Rekaman {tiket}»"
T(
    "call_transcript",
    "tax_pbb",
    CT
    + """
Petugas: Selamat pagi, Unit Pengaduan, dengan [[n:«Yanti¦Sisilia¦Ratna»]], ada yang bisa dibantu?
Penelepon: Pagi ibu, saya mau tanya NPWP, dong bilang harus pemadanan.
Petugas: Atas nama siapa, bapak?
Penelepon: [[n:{n1}]].
Petugas: NPWP bapak?
Penelepon: Pakai NIK, [[npwp:{npnc1}]].
Petugas: Yang lama masih ingat?
Penelepon: Yang lama [[npwp:{nps1}]].
Petugas: Baik, kami teruskan ke {kpp}.""",
    M=(1,),
)
T(
    "call_transcript",
    "civil_registry",
    CT
    + """
Petugas: Dengan bapak atau ibu siapa?
Penelepon: [[n:{n1}]], dari {kel1}.
Petugas: NIK ibu?
Penelepon: [[nik:{nikp1}]].
Petugas: Nomor KK?
Penelepon: [[kk:{kk1}]]. Anak saya [[n:{g2}]] belum masuk KK, padahal su lahir {thn}.
Petugas: Akta lahirnya nomor?
Penelepon: {surat}.
Petugas: Baik ibu, kami teruskan ke Dukcapil.""",
    F=(1,),
    fam={2: 1},
    A={2: (2018, 2024)},
)
T(
    "call_transcript",
    "tax_pbb",
    CT
    + """
Petugas: NIK dan NPWP bapak?
Penelepon: NIK [[nik:{nik1}]], NPWP [[npwp:{np1}]].
Petugas: Masalahnya apa, pak?
Penelepon: SPPT PBB {year} NOP {nop} masih atas nama penjual, [[n:{n2}]]. Saya su beli tanah itu {thn}, akta jual beli {surat}.
Petugas: Nomor HP bapak yang bisa dihubungi?
Penelepon: [[p:{hpd1}]].""",
    M=(1,),
)
T(
    "call_transcript",
    "health_insurance",
    CT
    + """
Petugas: BPJS Kesehatan, nomor kartunya?
Penelepon: [[bpjs:{bpjs1}]].
Petugas: Atas nama?
Penelepon: [[n:{n1}]]. NIK [[nik:{nik1}]].
Penelepon: Saya mau pindah ke PBI, tapi dong minta NPWP saya, saya sonde punya, pakai NIK saja boleh?
Petugas: Boleh, cukup NIK. Tunggakan Rp {num}0.000, VA {billing}.""",
)
T(
    "call_transcript",
    "jobs_honoraria",
    CT
    + """
Petugas: Untuk honor narasumber, kami perlu NPWP bapak dan istri.
Penelepon: Saya [[npwp:{np1}]]. Istri saya [[n:{n2}]], NPWP [[npwp:{npz2}]].
Petugas: NPWP bendahara kami {tnp1}, itu untuk bukti potong ya pak.
Penelepon: Baik. Rekening saya {bank1} [[b:{acc1}]] a.n. [[n:{n1}]].
Petugas: Honor {rpb} dipotong PPh, transfer paling lambat {tglf}.""",
    M=(1,),
    F=(2,),
    hh={2: 1},
)
T(
    "call_transcript",
    "cooperative",
    CT
    + """
Penelepon: Saya [[n:{n1}]], pengurus {kop1}.
Petugas: NPWP koperasi?
Penelepon: {bnp1}. Tapi yang mau saya tanya NPWP saya pribadi, [[npwp:{npm1}]], ikut berubah ko?
Petugas: Untuk pribadi sekarang pakai NIK bapak.
Penelepon: NIK saya [[npwp:{npn1}]], jadi itu sudah jadi NPWP?
Petugas: Betul pak.""",
    M=(1,),
)
T(
    "call_transcript",
    "permit_business",
    CT
    + """
Petugas: Unit Pengaduan, ada yang bisa dibantu?
Penelepon: Kami dari {cv1}, NPWP perusahaan {bnp1}, NIB {nib}. Izin kami di OSS ditolak sejak {tgl}.
Petugas: Nomor pengajuannya?
Penelepon: {surat}.
Petugas: Baik, kami teruskan ke DPMPTSP, telp {oft}.""",
)
T(
    "call_transcript",
    "church_mosque",
    CT
    + """
Penelepon: Kami dari «{ger1}¦{mas1}», mau tanya tagihan PBB {pbb}, NOP {nop}.
Petugas: NPWP lembaganya?
Penelepon: {bnp1}.
Petugas: Rumah ibadah bisa ajukan pengurangan. Silakan ke Bapenda dengan surat nomor, kami catat tiket {tiket}.""",
)
T(
    "call_transcript",
    "village",
    CT
    + """
Penelepon: Dari kantor desa {desa}, bendahara desa.
Petugas: NPWP bendahara?
Penelepon: {tnp1}. Kode billing {billing} untuk setor PPN belanja {rpj} sonde bisa dibayar.
Petugas: Coba lagi besok jam {jam}, sistem gangguan. Nomor tiket {tiket}.""",
)

T(
    "call_transcript",
    "civil_registry",
    CT
    + """
Petugas: Siapa yang meninggal, ibu?
Penelepon: Mama saya, [[n:{n2}]].
Petugas: NIK almarhumah?
Penelepon: Sebentar e... [[nik:{nikp2}]].
Petugas: Nomor KK?
Penelepon: [[kk:{kkc2}]].
Penelepon: Mama ju ada NPWP, [[npwp:{np2}]], dong bilang harus ditutup.
Petugas: Itu di {kpp}. Akta kematian di Dukcapil, bawa surat kematian dari kelurahan nomor {surat}.""",
    F=(1, 2),
    fam={1: 2},
    A={2: (1938, 1960)},
)

# ---------------------------------------------------------------- unit_reply

UR = "«Balasan Unit Pengaduan Kota Kupang¦Tindak lanjut laporan {tiket}¦UNIT PENGADUAN — {now}»"
T(
    "unit_reply",
    "tax_pbb",
    UR
    + """
Yth. Bapak [[n:{n1}]],
Laporan Bapak dari nomor [[p:{hpb1}]] sudah kami teruskan ke {kpp}. NPWP lama Bapak [[npwp:{npd1}]] telah dipadankan, dan NIK Bapak [[npwp:{npn1}]] kini digunakan sebagai NPWP. Tagihan PBB NOP {nop} tidak terkait dengan NPWP. Terima kasih.""",
)
T(
    "unit_reply",
    "civil_registry",
    UR
    + """
Yth. Ibu [[n:{n1}]],
Menindaklanjuti laporan Ibu tanggal {tgl}, Disdukcapil menyampaikan bahwa KK Ibu [[kk:{kkb1}]] sudah diterbitkan ulang. NIK anak Ibu, [[n:{g2}]], kini [[nik:{nikb2}]]; NIK lama yang ganda sudah dinonaktifkan. Dokumen dapat diambil di loket {num} dengan nomor antrian {kode}.""",
    fam={2: 1},
    A={2: (2012, 2023)},
)
T(
    "unit_reply",
    "social_aid",
    UR
    + """
Yth. {hon1} [[n:{n1}]],
Data {hon1} NIK [[nik:{nikb1}]], KK [[kk:{kkb1}]] telah diusulkan kembali ke DTKS pada {tgl}. Pendamping wilayah, Sdr. [[n:{n2}]], akan menghubungi {hon1} melalui [[p:{hp1}]]. Untuk bantuan usaha, NPWP tidak wajib; cukup NIK. Nomor usulan {surat}.""",
    M=(2,),
)
T(
    "unit_reply",
    "jobs_honoraria",
    UR
    + """
Yth. Sdri. [[n:{n1}]],
Bendahara {ofc1} menjelaskan bahwa potongan PPh honor bulan lalu dihitung dengan tarif tanpa NPWP karena NPWP yang diterima [[npwp:{npk1}]] tidak valid. Setelah dicek, NPWP Saudari yang benar [[npwp:{npd1}]]. Kelebihan potongan {rp} dikembalikan pada pembayaran berikutnya. Bukti potong pengganti {bukpot}.""",
)
T(
    "unit_reply",
    "land",
    UR
    + """
Yth. Bapak/Ibu [[n:{f1}]],
Kantor Pertanahan menyampaikan bahwa berkas balik nama atas tanah NOP {nop} a.n. almarhum [[n:{n2}]] (NIK [[nik:{nik2}]], NPWP [[npwp:{np2}]]) masih menunggu surat keterangan waris. Ahli waris [[n:{n1}]], NIK [[nik:{nik1}]], diminta datang pada {tglfl}. Nomor berkas {surat}.""",
    fam={1: 2},
    A={2: (1935, 1962), 1: (1962, 1995)},
)
T(
    "unit_reply",
    "permit_business",
    UR
    + """
Yth. Bapak [[n:{n1}]],
DPMPTSP menyampaikan bahwa NIB usaha perorangan Bapak telah terbit dengan nomor {nib}, menggunakan NPWP [[npwp:{npn1}]] (NIK). NITKU lokasi usaha [[npwp:{npt1}]]. Nama {cv1} (NPWP {bnp1}) yang sempat tertukar sudah dipisahkan. Terima kasih atas kesabaran Bapak.""",
)
T(
    "unit_reply",
    "tax_pbb",
    UR
    + """
Yth. Pelapor (identitas dirahasiakan),
Bapenda menyampaikan bahwa tagihan PBB {year} NOP {nop} sebesar {pbb} sudah dikoreksi. Kode billing baru {billing} berlaku sampai {tglf}. Pembayaran lama dengan NTPN {ntpn} sudah tercatat. Informasi: {oft}.""",
)
T(
    "unit_reply",
    "cooperative",
    UR
    + """
Yth. Pelapor,
Dinas Koperasi telah memanggil pengurus {kop1} (NPWP {bnp1}) pada {tgl}. Bukti potong PPh bunga simpanan nomor {bukpot} akan dibagikan kepada anggota. Rapat anggota tahunan dijadwalkan {tglfl}. Nomor surat {surat}.""",
)
T(
    "unit_reply",
    "school",
    UR
    + """
Yth. Orang tua murid {sek1},
Dinas Pendidikan telah memeriksa pungutan komite. Rekening komite {kacc} (NPWP komite {bnp1}) dibekukan sementara; dana BOS dengan NPWP bendahara {tnp1} tidak boleh dipakai untuk renovasi. Surat teguran nomor {surat} tertanggal {tgl}.""",
)
T(
    "unit_reply",
    "church_mosque",
    UR
    + """
Yth. Bendahara Majelis {ger1},
Menanggapi pertanyaan tanggal {tgl}: honor pelayan dipotong PPh 21 dengan NPWP masing-masing, bukan NPWP gereja {bnp1}. Untuk Pdt. [[n:{n1}]] gunakan NPWP [[npwp:{npn1}]] (NIK), untuk Pnt. [[n:{n2}]] gunakan [[npwp:{npd2}]]. Bukti potong dibuat atas nama yang bersangkutan, nomor urut mulai {bukpot}.""",
)


if __name__ == "__main__":
    main()
