# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, PLR0917, RUF001, SIM905, RUF005
"""Write tests/data/redaction_dev61.jsonl: villages, farmers and fishers around Kupang.

Village governments in Kabupaten Kupang, Rote Ndao, Sabu Raijua and Timor Tengah Selatan
(kepala desa, sekretaris desa, kaur keuangan, BPD), village funds and the direct cash aid paid
from them (BLT Dana Desa), the PKH and BPNT social aid lists, village enterprises (BUMDes),
farmer groups and subsidised fertiliser (e-RDKK, Kartu Tani, extension officers), fishers'
groups and boat papers (KUSUKA cards, pas kecil, tanda selar), land certification (PTSL), village
health posts and midwives, and village schools: whose number, whose mailbox, whose account and
whose NPWP it is when a person, a village, a BUMDes, a group, a programme and an office are
named in one text.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{hp1}``,
``{desam}``, ``{ofsom}`` ...) and alternatives (``«one¦other»``, nested ones drawn innermost
first), each filled several times with invented values; span offsets are computed from the
markers. Run ``python3 tests/data/make_redaction_dev61.py`` (standard library only,
deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
``@`` token with the forty characters before it; ``--show N SEED`` prints N texts drawn at
random with their spans marked; ``--dry`` writes nothing; ``--style S`` builds one style only and
writes nothing.
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

SEED = 61_2026_1207
OUT = Path(__file__).with_name("redaction_dev61.jsonl")
PREFIX = "d61"
FILLS = 9

# marker key -> kind of the guide
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
    "village_notice",
    "aid_list",
    "meeting_minutes",
    "official_letter",
    "villager_complaint",
    "office_reply",
    "farmer_register",
    "fisher_form",
    "village_chat",
    "fund_receipt",
)
THEMES = (
    "village_admin",
    "village_fund",
    "social_aid",
    "bumdes",
    "farming",
    "fishing",
    "land",
    "health",
    "school",
    "livestock",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 6,
    "name": 400,
    "phone": 150,
    "npwp": 70,
    "email": 50,
    "bank_account": 60,
    "nik": 60,
    "themes": 10,
}
# words that may stand before a name but never open its span
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bp", "sdr", "sdri", "saudara", "saudari", "ny", "nn",
    "tn", "dr", "drs", "dra", "ir", "pdt", "pastor", "romo", "h", "hj", "om", "tanta", "mama",
    "bapa", "oma", "opa", "nona", "kak", "kaka", "ka", "usi", "nyong", "bung", "bli", "mbak",
    "mas", "kel", "keluarga", "yth", "kades", "sekdes", "kaur", "kasi", "kadus", "bpd", "ppl",
    "bidan", "kader", "pendamping", "camat", "lurah", "guru", "ketua", "wakil", "sekretaris",
    "bendahara", "anggota", "kepala", "direktur", "petugas", "admin", "operator", "pelapor",
    "penerima", "pemilik", "penyewa", "pemohon", "saksi", "ttd", "salam", "hormat", "dari",
    "nama", "an", "atas", "from", "to", "saya", "sy", "sa", "beta", "kami", "anak", "istri",
    "suami", "adik", "kakak", "tetangga", "almarhum", "alm", "babinsa", "nelayan", "petani",
    "kepsek", "drh", "komite", "pegawai", "staf", "mantri", "perawat", "sopir", "kios", "toko", "ud",
    "cv", "pt", "kub", "poktan", "bumdes", "posyandu", "dusun", "desa", "rt", "dengan", "deng",
    "dan", "yang", "pihak", "penyuluh", "verifikator", "ahli", "waris", "ayah", "ibunya",
}  # fmt: skip
# name words many people share, which also stand alone in texts as other words
SHARED = {
    "made", "wayan", "ketut", "nyoman", "gede", "putu", "komang", "luh", "ode", "daeng", "andi",
    "sitti", "siti", "umbu", "rambu", "sri", "tri", "dwi", "muhammad", "abdul", "eka", "adi",
    "maria", "kana", "lado", "ratu", "tang", "ola", "lie", "the", "tan", "ang", "moa",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev61)

GIVEN_TIMOR_M = "Yermias Melkianus Obed Marthen Agustinus Nikodemus Semuel Yakobus Alfred Ebenhaezer Gerson Habel Imanuel Kornelis Lukas Mesakh Nehemia Oktovianus Roni Simson Teofilus Welem Yosias Zakarias Arnolus Benyamin Demianus Efraim Filipus Gideon Hendrik Isak Yunus Matias Abraham Elias Markus Paulus Rudolof Yoram Apner Sefanya Naftali Yusak Kefas Barnabas Ferdinand Yeskiel Adrianus Salmun Frengki".split()
GIVEN_TIMOR_F = "Yuliana Marselina Ester Debora Agustina Naomi Ribka Sara Marta Selfina Yohana Orpa Adriana Dorkas Elisabet Fransina Herlina Imelda Lea Mince Nelci Oktaviana Paulina Rahel Serly Tabita Welmince Yanti Ance Jublina Magdalena Antoneta Beatriks Delfina Erni Getrida Hana Lodia Mariana Novita Priska Rosalinda Sofia Yorince Yuldiana Marlin Apriana Yesi Saraswati Ivon".split()
GIVEN_FLORES_M = "Aloysius Bonifasius Fransiskus Gregorius Hieronimus Kristoforus Laurensius Mikael Paskalis Silvester Stanislaus Wilibrordus Yohanes Yoseph Dominikus Emanuel Ignasius Vinsensius Blasius Klemens Maksimus Rofinus Nikolaus Petrus Antonius Bernardus Hilarius Yulius Severinus Konstantinus".split()
GIVEN_FLORES_F = "Anastasia Bernadeta Katarina Theresia Veronika Yasinta Emerensiana Fransiska Klara Monika Skolastika Yosefina Margareta Agnes Florida Kristina Lusia Regina Sisilia Benedikta Elfrida Wilhelmina Petronela Kornelia Adelheid".split()
FAMILY = {
    "timor": "Tefa Benu Nenobais Banunaek Sabneno Tanesib Nitbani Taneo Tnunay Oematan Boimau Nope Selan Tlonaen Kolimon Bana Neonbeni Lakapu Tualaka Neolaka Kase Mnune Bani Taek Nubatonis Baok Tasuib Faot Nafie Sonbai Nuban Kolo Atonis Tanaem Hauteas Snae Kenjam Sanam Tallo Tabun Manehat Amnifu Naitio Obenu Neno".split(),
    "rote": "Ndun Pellokila Feoh Adoe Haning Messakh Henukh Ully Tungga Lenggu Sinlae Nalle Dethan Bolla Ndolu Saudale Pandie Manafe Amalo Fanggidae Mooy Therik Tanone Lenak Ndaomanu Ndoen Mesah Toelle Balukh Bessie Pah Foeh Ndoeloe Kiuk".split(),
    "sabu": ["Riwu Kaho", "Dju Dara", "Ga Lena"]
    + "Bire Radja Djami Haba Rihi Wadu Lobo Tagu Ludji Talo Dimu Huma Lomi Kore Hede Bengu Tuka Mone Djawa Raga Nguru Leo Pono".split(),
    "flores": ["da Costa", "da Silva"]
    + "Kelen Goa Tukan Lamahoda Kewuan Tokan Koten Maran Sogen Ruron Bataona Wuwur Parera Wangge Nong Rangga Meko Seran Bria Klau Nahak Luan Atok Kolin Making Lewar Jehadu Dangur Nggoro Mbete Djo".split(),
    "alor": "Mautuka Maro Lakamau Laufa Kafolamau Blegur Atamau Koly Djahamou Lelang Bukang Malaikosa".split(),
    "sumba": "Kapita Ndakularak Pekuwali Hamanday Nggaba Lede Tarap Wunu Ndima Hungu Kahi Pindi".split(),
}
SUMBA_GIVEN = {
    "m": [
        "Umbu Tamu",
        "Umbu Ndaha",
        "Umbu Pati",
        "Umbu Manu",
        "Umbu Rara",
        "Umbu Kudu",
        "Yeskiel",
        "Markus",
        "Umbu Njurumana",
    ],
    "f": [
        "Rambu Tamar",
        "Rambu Ana",
        "Rambu Konda",
        "Rambu Hada",
        "Rambu Eti",
        "Rambu Lika",
        "Yuliana",
        "Rambu Anggung",
    ],
}
OTHER = {
    "bali": (
        [
            "I Made Sudarta",
            "I Ketut Arsana",
            "I Nyoman Wirata",
            "I Wayan Sukerta",
            "I Gede Suarjana",
            "I Komang Adi Putra",
            "I Putu Eka Wiguna",
            "I Made Dwipayana",
        ],
        [
            "Ni Luh Putu Ariani",
            "Ni Made Sriasih",
            "Ni Ketut Suartini",
            "Ni Wayan Rusni",
            "Ni Komang Yuliani",
            "Ni Nyoman Sukerti",
            "Ni Putu Widiastuti",
        ],
    ),
    "bugis": (
        [
            "Syamsuddin Daeng Ngopa",
            "Andi Arham",
            "Haeruddin",
            "Abdul Rahman Daeng Sijaya",
            "Andi Baso Amir",
            "Rusdi Daeng Nai",
            "Muhammad Ridwan",
        ],
        [
            "Sitti Nurhayati",
            "Hasnah Daeng Baji",
            "Rahmatia",
            "Andi Nurliah",
            "Nurjannah Daeng Kebo",
            "Hadijah Daeng Puji",
        ],
    ),
    "buton": (
        ["La Ode Hamidun", "La Sudin", "La Ode Ruslan", "La Hamu", "La Ode Syarifuddin", "La Ede"],
        ["Wa Ode Kasmia", "Wa Anti", "Wa Ode Rosmiati", "Wa Sina", "Wa Ode Nurmiati"],
    ),
    "jawa": (
        [
            "Sutrisno",
            "Agus Priyanto",
            "Joko Susilo",
            "Heru Purnomo",
            "Bambang Setiawan",
            "Wahyu Hidayat",
            "Sugeng Riyanto",
        ],
        [
            "Sri Rahayu",
            "Endang Susilowati",
            "Tri Wulandari",
            "Suparmi",
            "Dwi Astuti",
            "Siti Aminah",
            "Rini Handayani",
        ],
    ),
    "chinese": (
        [
            "Liem Kok Seng",
            "Tan Hok Lay",
            "Oei Tjin Hwat",
            "Hendrik Gunawan",
            "Wilson Tanudjaja",
            "Go Kian Bie",
            "Tjoa Ming Kiat",
        ],
        [
            "Ang Mei Lan",
            "Tjoa Siu Hwa",
            "Lie Mei Hwa",
            "Yenny Halim",
            "Kwee Lian Nio",
            "Tan Giok Lan",
            "Oei Siu Ling",
        ],
    ),
}
CH_SURNAMES = {"Liem", "Tan", "Oei", "Go", "Ang", "Tjoa", "Lie", "Kwee"}
# birth region of people from outside NTT (NIK province and regency)
OUTSIDE = {"bali": ("5103", "5171", "5108"), "bugis": ("7371", "7308", "7313"), "buton": ("7404", "7472"), "jawa": ("3578", "3573", "3374", "3471"), "chinese": ("5371", "5371", "3578")}  # fmt: skip
NTT = ("timor", "rote", "sabu", "flores", "alor")  # origins with a family name of their own
ORIGIN_W = (("timor", 30), ("rote", 18), ("sabu", 12), ("flores", 12), ("alor", 4), ("sumba", 4), ("bali", 3), ("bugis", 3), ("buton", 3), ("jawa", 3), ("chinese", 2))  # fmt: skip

# ---------------------------------------------------------------- places (written for dev61)

# regency code, regency, its capital, its domain, island, kecamatan -> (code, villages)
REGENCIES = {
    "5301": (
        "Kupang",
        "Oelamasi",
        "kupangkab.go.id",
        "timor",
        {
            "Kupang Tengah": (
                "08",
                ["Oelnasi", "Noelbaki", "Tanah Merah", "Oebelo", "Penfui Timur", "Mata Air"],
            ),
            "Kupang Timur": ("07", ["Oefafi", "Tuapukan", "Pukdale", "Manusak", "Nunkurus"]),
            "Taebenu": (
                "22",
                ["Baumata", "Baumata Timur", "Oeltua", "Kuaklalo", "Bokong", "Oeletsala"],
            ),
            "Kupang Barat": ("06", ["Tablolong", "Lifuleo", "Sumlili", "Tesabela", "Oematnunu"]),
            "Sulamu": ("10", ["Pariti", "Bipolo", "Pantulan", "Oeteta"]),
            "Amarasi": ("03", ["Oenoni", "Tesbatan", "Ponain", "Nonbes"]),
            "Fatuleu": ("11", ["Camplong II", "Oebola", "Naunu", "Kiuoni"]),
        },
    ),
    "5314": (
        "Rote Ndao",
        "Ba'a",
        "rotendaokab.go.id",
        "rote",
        {
            "Rote Barat Laut": ("05", ["Busalangga", "Oelaba", "Boni"]),
            "Rote Barat": ("07", ["Nemberala", "Oenitas"]),
            "Rote Barat Daya": ("06", ["Oeseli", "Lekik", "Oebou"]),
            "Rote Timur": ("03", ["Papela", "Faifua"]),
            "Lobalain": ("01", ["Sanggaoen", "Kuli", "Baadale"]),
        },
    ),
    "5320": (
        "Sabu Raijua",
        "Seba",
        "saburaijuakab.go.id",
        "sabu",
        {
            "Sabu Barat": ("01", ["Menia", "Mebba", "Raenalulu"]),
            "Sabu Timur": ("03", ["Bolou", "Eilogo", "Limagu"]),
            "Hawu Mehara": ("02", ["Lobohede", "Ledeana"]),
            "Raijua": ("06", ["Ledeke", "Bolua"]),
        },
    ),
    "5302": (
        "Timor Tengah Selatan",
        "SoE",
        "ttskab.go.id",
        "timor",
        {
            "Amanuban Selatan": ("05", ["Noemuke", "Bena", "Oebelo Selatan"]),
            "Mollo Utara": ("15", ["Kapan", "Fatumnasi Dua", "Bijaepunu"]),
            "Kie": ("09", ["Boti", "Oinlasi Barat"]),
            "Kuanfatu": ("04", ["Kuanfatu", "Olais"]),
        },
    ),
}
COASTAL = ("Kupang Barat", "Sulamu")  # the coastal kecamatan of Kabupaten Kupang listed above
DUSUN = ["Dusun I", "Dusun II", "Dusun III", "Dusun IV", "Dusun A", "Dusun B", "Dusun Oenaek", "Dusun Fatukoko", "Dusun Oelpuah", "Dusun Tuakau", "Dusun Nefobesi", "Dusun Oesusu", "Dusun Lelutu", "Dusun Tesdale"]  # fmt: skip
HOME_STREETS = ["Jl. Lontar", "Jl. Gewang", "Jl. Bendungan Tilong", "Jl. Jurusan Baumata", "Jl. Nekamese", "Jl. Sirsak", "Jl. Delima", "Gg. Kelor", "Jl. Pukdale Raya", "Jl. Kesambi", "Jl. Asam Satu", "Jl. Kolam Bagus", "Jl. Oefafi Indah", "Gg. Cemara", "Jl. Matahari Terbit", "Lr. Nitas"]  # fmt: skip
ISLAND_BOOST = {"timor": {"timor": 45}, "rote": {"rote": 70}, "sabu": {"sabu": 80}}
BANKS = (("Bank NTT", 6), ("BRI", 6), ("BNI", 3), ("Mandiri", 1), ("BSI", 1))
HOSTS = (("gmail.com", 14), ("yahoo.com", 3), ("yahoo.co.id", 3), ("ymail.com", 1), ("rocketmail.com", 1), ("outlook.com", 1), ("icloud.com", 1))  # fmt: skip
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()

# mobile prefixes of the operators with their weight in NTT
MOBILE_W = (
    ("0812", 9), ("0813", 12), ("0821", 7), ("0822", 7), ("0823", 8), ("0852", 12), ("0853", 10),
    ("0851", 4), ("0811", 2), ("0815", 2), ("0857", 2), ("0858", 2), ("0817", 1), ("0818", 1),
    ("0819", 2), ("0859", 1), ("0877", 1), ("0878", 2), ("0838", 2), ("0831", 1), ("0895", 1),
    ("0896", 1), ("0897", 1), ("0881", 1), ("0882", 1),
)  # fmt: skip
MOBILE_PREFIXES = {p for p, _ in MOBILE_W} | {"0814", "0816", "0832", "0833", "0855", "0856", "0898", "0899", "0883", "0887", "0888", "0889"}  # fmt: skip
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

# ---------------------------------------------------------------- values


def pick(rng: random.Random, weighted: tuple) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def misread(rng: random.Random, d: str, share: float = 0.3) -> str:
    """Letters a scan or a hurried hand puts for some digits (at least one after the first two)."""
    out = [LETTER_FOR[c] if c in LETTER_FOR and rng.random() < share else c for c in d]
    if out == list(d):
        spots = [k for k, c in enumerate(d) if c in LETTER_FOR and k > 1]
        if spots:
            k = rng.choice(spots)
            out[k] = LETTER_FOR[d[k]]
    return "".join(out)


def new_mobile(rng: random.Random) -> str:
    return pick(rng, MOBILE_W) + digits(rng, rng.choice((7, 8, 8, 8, 8, 8, 9)))


def write_mobile(rng: random.Random, d: str, how: str) -> str:
    """A mobile (digits opening 08) in one of the writings people use."""
    n = d[1:]
    g = [d[:4], d[4:8], d[8:]]
    if how == "b":
        return d
    if how == "d":
        return "-".join(g)
    if how == "s":
        return " ".join(g)
    if how == "t":
        return ".".join(g)
    if how == "i":
        return rng.choice(
            ("+62 %s-%s-%s", "+62%s%s%s", "+62 %s %s %s", "+62 %s%s%s", "(+62) %s %s %s")
        ) % (n[:3], n[3:7], n[7:])
    if how == "k":
        return rng.choice(("62%s%s%s", "62 %s %s %s", "62-%s-%s-%s")) % (n[:3], n[3:7], n[7:])
    if how == "o":
        return rng.choice(
            (
                misread(rng, d),
                "-".join(misread(rng, x) for x in g),
                " ".join(misread(rng, x) for x in g),
            )
        )
    if how == "n":
        cut = rng.choice((4, 5, 8))
        return d[:cut] + "\n" + d[cut:]
    if how == "u":
        return rng.choice(("_", " • ", "·")).join(g)
    return write_mobile(
        rng, d, pick(rng, (("b", 5), ("d", 4), ("s", 3), ("t", 1), ("i", 1), ("k", 1)))
    )


def landline(rng: random.Random, six: str) -> str:
    form = rng.choice(("0380 {a}", "(0380) {h} {t}", "0380-{a}", "0380 {h} {t}", "(0380) {a}"))
    return form.format(a=six, h=six[:3], t=six[3:])


def bank_account(rng: random.Random, bank: str) -> str:
    """An account number in the shape its bank gives it."""
    if bank == "Bank NTT":
        office = rng.choice(("001", "002", "005", "009", "017", "021", "034"))
        body = "%s.%s.%s.%s-%s" % (
            office,
            rng.choice(("01", "02", "03")),
            rng.choice(("01", "02")),
            digits(rng, 6),
            digits(rng, 1),
        )
        return body if rng.random() < 0.65 else re.sub(r"\D", "", body)
    if bank == "BRI":
        unit = rng.choice(("4672", "5134", "0710", "3381", "6025", "0215", "7418"))
        tail = rng.choice(("50", "50", "53", "52"))
        if rng.random() < 0.55:
            return "%s-01-%s-%s-%s" % (unit, digits(rng, 6), tail, digits(rng, 1))
        return "%s01%s%s%s" % (unit, digits(rng, 6), tail, digits(rng, 1))
    if bank == "BNI":
        head = rng.choice(("0", "1", "11", "02", "03"))
        return head + digits(rng, 10 - len(head))
    if bank == "Mandiri":
        branch = rng.choice(("182", "188", "184"))
        return rng.choice(("%s-00-%s-%s", "%s00%s%s")) % (branch, digits(rng, 7), digits(rng, 1))
    return "7" + digits(rng, 9)  # BSI


def vehicle_plate(rng: random.Random, region: str = "DH") -> str:
    letters = "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2, 2)))
    )
    number = str(rng.randint(1, 9999))
    return rng.choice(("%s %s %s", "%s %s %s", "%s %s %s", "%s%s%s", "%s-%s-%s")) % (
        region,
        number,
        letters,
    )


def person_npwp(rng: random.Random) -> str:
    """An old individual NPWP (15 digits), registered at a KPP of NTT."""
    head = rng.choice(
        (
            "04",
            "05",
            "06",
            "07",
            "08",
            "09",
            "14",
            "25",
            "36",
            "44",
            "49",
            "58",
            "66",
            "71",
            "75",
            "81",
            "86",
            "92",
            "96",
        )
    )
    return (
        head
        + digits(rng, 7)
        + rng.choice(("920", "920", "920", "920", "921", "922", "924"))
        + "000"
    )


def body_npwp(rng: random.Random) -> str:
    """An old NPWP of a body (village, BUMDes, group, company)."""
    return (
        rng.choice(("01", "02", "03", "31", "42", "53", "61", "70", "72", "74", "80", "83", "90"))
        + digits(rng, 7)
        + rng.choice(("920", "920", "921", "924"))
        + "000"
    )


def dot_npwp(o: str) -> str:
    return "%s.%s.%s.%s-%s.%s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])


def rupiah(v: int) -> str:
    return f"{v:,}".replace(",", ".")


WORDS = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()


def terbilang(n: int) -> str:
    """An amount in Indonesian words, as a receipt writes it."""
    if n < 12:
        return WORDS[n]
    if n < 20:
        return terbilang(n - 10) + " belas"
    if n < 100:
        return (terbilang(n // 10) + " puluh " + (terbilang(n % 10) if n % 10 else "")).strip()
    if n < 200:
        return ("seratus " + (terbilang(n - 100) if n > 100 else "")).strip()
    if n < 1000:
        return (terbilang(n // 100) + " ratus " + (terbilang(n % 100) if n % 100 else "")).strip()
    if n < 2000:
        return ("seribu " + (terbilang(n - 1000) if n > 1000 else "")).strip()
    for size, word in ((10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if n >= size:
            rest = n % size
            return (
                terbilang(n // size) + " " + word + " " + (terbilang(rest) if rest else "")
            ).strip()
    return ""


class Village:
    """A village (desa) and its bodies: office, BUMDes, mailbox, NPWP, cash account."""

    def __init__(self, rng: random.Random, kab: str | None = None) -> None:
        coast = kab == "coast"
        if coast:
            kab = rng.choices(("5301", "5314", "5320"), (4, 3, 3))[0]
        self.kab_code = kab or rng.choices(list(REGENCIES), (8, 3, 3, 2))[0]
        self.kab, self.capital, self.domain, self.island, kecs = REGENCIES[self.kab_code]
        self.kec = rng.choice(
            sorted(k for k in kecs if not coast or self.kab_code != "5301" or k in COASTAL)
        )
        self.kec_code, names = kecs[self.kec]
        self.name = rng.choice(names)
        self.serial = "20%02d" % rng.randint(1, 19)
        self.code = "53.%s.%s.%s" % (self.kab_code[2:], self.kec_code, self.serial)
        self.bps = "%s%s0%s" % (self.kab_code, self.kec_code, self.serial[1:])
        s = slug(self.name)
        self.mail = (
            rng.choice(
                (
                    "desa%s@gmail.com",
                    "pemdes.%s@gmail.com",
                    "%s.desa@gmail.com",
                    "kantordesa%s@gmail.com",
                    "desa.%s@yahoo.co.id",
                )
            )
            % s
        )
        self.tel = new_mobile(rng)
        self.npwp = dot_npwp(body_npwp(rng))
        self.account = "%s.%s.%s.%s-%s" % (
            rng.choice(("017", "021", "034", "041")),
            "01",
            "01",
            digits(rng, 6),
            digits(rng, 1),
        )
        self.treasurer_npwp = "00.%s.%s.%s-%s.000" % (
            digits(rng, 3),
            digits(rng, 3),
            digits(rng, 1),
            rng.choice(("920", "920", "921")),
        )
        word = rng.choice(
            (
                "Sinar",
                "Usaha Bersama",
                "Mitra Sejahtera",
                "Tunas Harapan",
                "Lontar Jaya",
                "Nekmese",
                "Maju Bersama",
                "Fajar Baru",
                "Tafena Tabua",
                "Karya Mandiri",
            )
        )
        self.bumdes = "BUMDes %s %s" % (word, self.name)
        self.bum_mail = (
            rng.choice(("bumdes.%s@gmail.com", "bumdes%s@gmail.com", "%s.bumdes@yahoo.com")) % s
        )
        self.bum_npwp = dot_npwp(body_npwp(rng))
        self.bum_account = bank_account(rng, "Bank NTT")
        self.bum_wa = new_mobile(rng)
        self.dusun = rng.sample(DUSUN, 4)
        self.pustu = "Pustu %s" % self.name
        self.ibukota = self.capital
        self.pos = "8%d%d%02d" % (5, rng.choice((3, 5, 6, 7)), rng.randint(1, 99))


class Person:
    """An invented person: names, birth, numbers, home and mailbox, all consistent."""

    def __init__(
        self,
        rng: random.Random,
        sex: str,
        origin: str,
        avoid: set[str],
        village: Village,
        family: Person | None = None,
        years: tuple[int, int] = (1958, 2003),
        local: bool = True,
    ) -> None:
        self.rng = rng
        self.sex = sex
        self.origin = origin
        f = sex == "f"
        for _ in range(400):
            if origin in OTHER:
                full = rng.choice(OTHER[origin][f])
                w = full.split()
                if origin == "chinese" and w[0] in CH_SURNAMES:
                    fam_, given = w[0], " ".join(w[1:])
                    if (
                        family is not None
                        and family.origin == "chinese"
                        and family.family in CH_SURNAMES
                    ):
                        fam_ = family.family
                        full = fam_ + " " + given
                elif origin == "bali":
                    fam_, given = w[-1], w[-1]
                elif w[0] in ("La", "Wa"):
                    given, fam_ = w[-1], w[-1]
                elif w[0] == "Andi":
                    given, fam_ = w[1], w[-1]
                else:
                    given, fam_ = w[0], w[-1]
                self.given, self.family, self.full = given, fam_, full
            else:
                if origin == "sumba":
                    first = rng.choice(SUMBA_GIVEN[sex])
                elif origin == "flores" or (
                    origin in ("alor", "rote", "sabu") and rng.random() < 0.25
                ):
                    first = rng.choice(GIVEN_FLORES_F if f else GIVEN_FLORES_M)
                else:
                    first = rng.choice(GIVEN_TIMOR_F if f else GIVEN_TIMOR_M)
                if origin != "sumba" and rng.random() < 0.18:
                    second = rng.choice(
                        GIVEN_TIMOR_F + GIVEN_FLORES_F if f else GIVEN_TIMOR_M + GIVEN_FLORES_M
                    )
                    if second != first:
                        first += " " + (second[0] + "." if rng.random() < 0.4 else second)
                fam_ = family.family if family is not None else rng.choice(FAMILY[origin])
                self.given = (
                    first.split()[0] if not first.startswith(("Umbu ", "Rambu ")) else first
                )
                self.family = fam_
                self.full = first + " " + fam_
            words = {slug(x) for x in self.full.split()} - SHARED
            if not words & avoid:
                break
        else:
            raise SystemExit("no name fits %s %s" % (origin, sorted(avoid)[:12]))
        self.birth = datetime.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        if family is not None:
            self.region = family.region
        elif local:
            self.region = village.kab_code + village.kec_code
        elif origin in OUTSIDE and rng.random() < 0.2:  # registered where the person came from
            self.region = rng.choice(OUTSIDE[origin]) + "%02d" % rng.randint(1, 14)
        else:  # an official living in the city or the regency's capital
            self.region = rng.choice(
                ("5371", "5371", "5371", village.kab_code)
            ) + "%02d" % rng.randint(1, 6)
        day = self.birth.day + (40 if f else 0)
        self.nik = "%s%02d%02d%02d%04d" % (
            self.region,
            day,
            self.birth.month,
            self.birth.year % 100,
            rng.randint(1, 180),
        )
        if family is not None:
            self.kk = family.kk
        else:
            made = datetime.date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
            self.kk = "%s%02d%02d%02d%04d" % (
                self.region,
                made.day,
                made.month,
                made.year % 100,
                rng.randint(1, 3999),
            )
        self.npwp_old = person_npwp(rng)
        self.bpjs = "000" + str(rng.randint(10**9, 10**10 - 1))
        self.mobile = new_mobile(rng)
        self.mobile2 = new_mobile(rng)
        self.home = "8%05d" % rng.randint(20000, 99999)
        self.bank = pick(rng, BANKS)
        self.account = bank_account(rng, self.bank)
        self.plate = vehicle_plate(rng, "DH" if village.island != "sumba" else "ED")
        self.rt = "%03d" % rng.randint(1, 24) if rng.random() < 0.5 else "%02d" % rng.randint(1, 24)
        self.rw = ("%03d" if len(self.rt) == 3 else "%02d") % rng.randint(1, 8)
        if family is not None:
            self.rt, self.rw = family.rt, family.rw
        self.dusun = family.dusun if family is not None else rng.choice(village.dusun)
        self.street = family.street if family is not None else rng.choice(HOME_STREETS)
        self.house = (
            family.house
            if family is not None
            else str(rng.randint(1, 120)) + rng.choice(("", "", "", "", "A", "B"))
        )
        self.domain = village.domain
        self.mail = self.mailbox()
        self.mail2 = self.mail
        while self.mail2.split("@")[0] == self.mail.split("@")[0]:
            self.mail2 = self.mailbox()

    def words(self) -> list[str]:
        drop = {"I", "Ni", "La", "Wa", "Ode", "Daeng", "Andi", "Umbu", "Rambu", "da"}
        out = [slug(w) for w in self.full.split() if w not in drop and len(slug(w)) > 1]
        return out or [slug(self.given)]

    def mailbox(self) -> str:
        rng = self.rng
        w = self.words()
        g, f = w[0], w[-1]
        y = self.birth.year
        local = rng.choice((
            "%s.%s" % (g, f), "%s%s%02d" % (g, f, rng.randint(1, 99)), "%s_%s" % (g, f), "%s%s" % (f, y % 100),
            "%s.%s%d" % (g, f, y), "%s%s" % (g[0], f), "%s%d" % (g, y), "%s.%s" % (f, g), "%s%s" % (g, f[:3]),
        ))  # fmt: skip
        return local + "@" + pick(rng, HOSTS)

    # writings ---------------------------------------------------------------------------------

    def phone(self, how: str, second: bool = False) -> str:
        return write_mobile(self.rng, self.mobile2 if second else self.mobile, how)

    def nik_w(self, how: str, d: str | None = None) -> str:
        d = d or self.nik
        rng = self.rng
        if how == "b":
            return d
        if how == "s":
            return " ".join(d[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return "%s.%s.%s.%s.%s" % (d[:2], d[2:4], d[4:6], d[6:12], d[12:])
        if how == "o":
            return misread(rng, d, 0.25)
        if how == "n":
            cut = rng.choice((6, 8, 10))
            return d[:cut] + "\n" + d[cut:]
        if how == "c":
            return ", ".join(d[k : k + 4] for k in range(0, 16, 4))
        if how == "p":
            return " ".join(d[k : k + 2] for k in range(0, 16, 2))
        return self.nik_w(pick(rng, (("b", 8), ("s", 2), ("t", 1))), d)

    def npwp_w(self, how: str) -> str:
        o = self.npwp_old
        rng = self.rng
        if how == "d":
            return dot_npwp(o)
        if how == "b":
            return o
        if how == "s":
            return "%s %s %s %s %s %s" % (o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:])
        if how == "m":
            mark = rng.choice((".", "-"))
            return mark.join((o[:2], o[2:5], o[5:8], o[8], o[9:12], o[12:]))
        if how == "z":
            return "0" + o
        if how == "zd":
            return "0" + dot_npwp(o)
        if how == "n":
            return self.nik
        if how == "ns":
            return " ".join(self.nik[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return self.nik + "000000"
        if how == "o":
            return misread(rng, dot_npwp(o), 0.3).replace("S", "5").replace("B", "8")
        if how == "l":
            cut = rng.choice((5, 8, 10, 12))
            return dot_npwp(o)[:cut] + "\n" + dot_npwp(o)[cut:]
        if how == "x":  # a stray space as a scan reads it
            t = dot_npwp(o)
            return t[:12] + " " + t[12:]
        return self.npwp_w(pick(rng, (("d", 6), ("n", 3), ("b", 1), ("m", 1), ("s", 1))))

    def email_w(self, how: str) -> str:
        rng = self.rng
        local, host = self.mail.split("@")
        hname, _, tld = host.partition(".")
        if how == "p":
            return self.mail
        if how == "x":
            return rng.choice((
                "%s @ %s" % (local, host), "%s @%s" % (local, host), "%s(at)%s" % (local, host),
                "%s [at] %s [dot] %s" % (local, hname, tld.replace(".", " [dot] ")),
                "%s at %s dot %s" % (local, hname, tld.replace(".", " dot ")), "%s(et)%s" % (local, host),
                "%s[@]%s" % (local, host), "%s@%s(titik)%s" % (local, hname, tld), "%s (keong) %s" % (local, host),
            ))  # fmt: skip
        if how == "n":
            return rng.choice(("%s\n@%s" % (local, host), "%s@\n%s" % (local, host)))
        if how == "c":
            return "%s@%s,%s" % (local, hname, tld)
        if how == "q":
            return self.mail2
        if how in ("k", "kp"):  # a person's own mailbox on the regency's or the tax office's domain
            w = self.words()
            dom = "pajak.go.id" if how == "kp" else self.domain
            return (
                rng.choice(("%s.%s@", "%s%s@")) % (w[0], w[-1]) if len(w) > 1 else w[0] + "@"
            ) + dom
        return self.email_w(pick(rng, (("p", 5), ("x", 1))))


class Body:
    """A group, a shop or a company: none of its numbers, mailboxes or accounts is a person's."""

    GROUP_WORDS = ("Tunas Baru", "Oe Mata", "Nekaf Mese", "Sumber Hidup", "Harapan Jaya", "Fajar Timur", "Setia Kawan", "Lopo Indah", "Usaha Bersama", "Tafena Tabua", "Sehati", "Pelangi", "Bintang Timur", "Mawar Sejati", "Oe Leu")  # fmt: skip
    KUB_WORDS = ("Bintang Laut", "Ikan Terbang", "Pantai Indah", "Sinar Bahari", "Nusa Indah", "Teluk Biru", "Karang Mas", "Tuna Jaya", "Anugerah Laut", "Bahtera Kasih")  # fmt: skip
    SHOP_WORDS = ("Tani Makmur", "Sumber Rejeki", "Berkat Tani", "Mitra Tani", "Lontar Indah", "Sinar Timor", "Karya Baru", "Anugerah", "Cahaya Oesao", "Maju Jaya")  # fmt: skip
    CV_WORDS = ("Flobamora Karya", "Timor Persada", "Nusa Lontar", "Sasando Mandiri", "Karya Nekamese", "Tiga Putra Rote", "Sabu Raya", "Mutis Perkasa", "Bintang Kupang", "Amarasi Jaya")  # fmt: skip

    def __init__(self, rng: random.Random, kind: str, used: set[str]) -> None:
        pool = {
            "poktan": self.GROUP_WORDS,
            "kub": self.KUB_WORDS,
            "kios": self.SHOP_WORDS,
            "cv": self.CV_WORDS,
        }[kind]
        words = rng.choice([w for w in pool if w not in used] or list(pool))
        self.words = words
        self.kind = kind
        if kind == "poktan":
            self.name = rng.choice(("Kelompok Tani %s", "Poktan %s", "Kelompok Tani %s")) % words
            self.mail = rng.choice(
                ("poktan.%s@gmail.com", "kt.%s@gmail.com", "kelompoktani%s@gmail.com")
            ) % slug(words)
        elif kind == "kub":
            self.name = "KUB %s" % words
            self.mail = rng.choice(
                ("kub.%s@gmail.com", "kubnelayan%s@gmail.com", "%s.kub@yahoo.co.id")
            ) % slug(words)
        elif kind == "kios":
            self.name = rng.choice(("UD %s", "Kios %s", "Toko Tani %s", "UD %s")) % words
            self.mail = rng.choice(
                ("ud%s@gmail.com", "kios.%s@gmail.com", "%s.kupang@gmail.com")
            ) % slug(words)
        else:
            self.name = rng.choice(("CV %s", "CV %s", "PT %s", "UD %s")) % words
            self.mail = rng.choice(("cv%s@gmail.com", "admin@%s.co.id", "%s.kpg@yahoo.com")) % slug(
                words
            )
        self.npwp_old = body_npwp(rng)
        self.npwp = dot_npwp(self.npwp_old)
        self.nitku = "0" + self.npwp_old + "000000"
        self.bank = rng.choice(("BRI", "Bank NTT", "BNI"))
        self.account = bank_account(rng, self.bank)
        self.wa = new_mobile(rng)
        self.tel = landline(rng, "8%05d" % rng.randint(20000, 99999))
        self.reg = "%s%s" % (rng.choice(("53010", "53140", "53200", "53020")), digits(rng, 5))
        self.seat = "%s No. %d" % (
            rng.choice(
                (
                    "Jl. Timor Raya Km. %d" % rng.randint(14, 40),
                    "Jl. Pelabuhan",
                    "Jl. Trans Timor",
                    "Jl. Lintas Rote",
                    "Jl. Pasar Oesao",
                )
            ),
            rng.randint(1, 90),
        )


OFFICES = {
    "pm": ("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten %s", "Dinas PMD", "dpmd"),
    "so": ("Dinas Sosial Kabupaten %s", "Dinas Sosial", "dinsos"),
    "ta": ("Dinas Pertanian Kabupaten %s", "Dinas Pertanian", "distan"),
    "kp": ("Dinas Kelautan dan Perikanan Kabupaten %s", "DKP", "dkp"),
    "nk": ("Dinas Peternakan Kabupaten %s", "Dinas Peternakan", "disnak"),
    "bp": ("Kantor Pertanahan Kabupaten %s", "Kantor Pertanahan", "kantah"),
    "ke": ("Dinas Kesehatan Kabupaten %s", "Dinas Kesehatan", "dinkes"),
    "pk": ("Dinas Pendidikan dan Kebudayaan Kabupaten %s", "Dinas P dan K", "dikbud"),
    "dc": ("Dinas Kependudukan dan Pencatatan Sipil Kabupaten %s", "Dukcapil", "dukcapil"),
    "in": ("Inspektorat Daerah Kabupaten %s", "Inspektorat", "inspektorat"),
    "ca": ("Kantor Camat %s", "Kantor Camat", "kec"),
}
SEATS = {
    "5301": ("Timor Raya Km. 36", "Perkantoran Pemda Oelamasi"),
    "5314": ("Lekeik", "Perkantoran Pemda Ba'a"),
    "5320": ("Trans Seba", "Perkantoran Pemda Seba"),
    "5302": ("Gajah Mada", "Diponegoro"),
}
POSYANDU = (
    "Melati",
    "Kasih Ibu",
    "Anggrek",
    "Nekmese",
    "Lontar",
    "Sehati",
    "Kenanga",
    "Bunga Sepatu",
    "Tunas Harapan",
)
SCHOOLS = (
    "SD Inpres %s",
    "SDN %s",
    "SD GMIT %s",
    "SMPN Satu Atap %s",
    "SDK St. Yoseph %s",
    "SD Inpres %s 2",
)


class Fill:
    """The values of one filling of a template, drawn once per placeholder."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.people: dict[int, Person] = {}
        self.bodies: dict[tuple[str, int], Body] = {}
        self.villages: dict[int, Village] = {}
        self.cache: dict[str, str] = {}
        self.date = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 26))
        self.clock = rng.randint(6 * 60 + 30, 19 * 60)
        self.days: list[datetime.date] = []

    def village(self, i: int = 1) -> Village:
        if i not in self.villages:
            kab = self.spec["V"] if i == 1 else self.village(1).kab_code
            if i > 1 and self.spec["V"] == "coast":
                kab = "coast"
            for _ in range(50):
                v = Village(self.rng, kab)
                if all(v.name != w.name for w in self.villages.values()):
                    break
            self.villages[i] = v
        return self.villages[i]

    def person(self, i: int) -> Person:
        if i not in self.people:
            spec = self.spec
            head_i = spec["fam"].get(i)
            head = self.person(head_i) if head_i else None
            sex = "f" if i in spec["F"] else "m" if i in spec["M"] else self.rng.choice("mf")
            origin = spec["O"].get(i) or (head.origin if head else None)
            if isinstance(origin, tuple):
                origin = self.rng.choice(origin)
            v = self.village(1)
            if origin is None:
                boost = ISLAND_BOOST.get(v.island, {})
                origin = pick(self.rng, tuple((o, w + boost.get(o, 0)) for o, w in ORIGIN_W))
            avoid = set(spec["avoid"]) | {
                slug(w) for p in self.people.values() for w in p.full.split() if len(slug(w)) >= 3
            }
            avoid |= {slug(w) for w in v.name.split() + v.kec.split() if len(w) >= 3}
            if head is not None:
                avoid -= {slug(w) for w in head.family.split()}
            self.people[i] = Person(
                self.rng,
                sex,
                origin,
                avoid,
                v,
                head,
                spec["A"].get(i, (1958, 2003)),
                i not in spec["L"],
            )
        return self.people[i]

    def body(self, kind: str, i: int) -> Body:
        if (kind, i) not in self.bodies:
            used = {b.words for b in self.bodies.values()}
            self.bodies[kind, i] = Body(self.rng, kind, used)
        return self.bodies[kind, i]

    def day(self, i: int) -> datetime.date:
        """The i-th date of the text: the first is the fill's, each next one a week or so on."""
        while len(self.days) < i:
            last = self.days[-1] if self.days else self.date - datetime.timedelta(days=7)
            nxt = last + datetime.timedelta(days=self.rng.randint(5, 12))
            if nxt.weekday() == 6:  # offices, posts and meetings keep Sunday free
                nxt += datetime.timedelta(days=1)
            self.days.append(nxt)
        return self.days[i - 1]

    def tick(self) -> str:
        self.clock = min(self.clock + self.rng.choice((1, 2, 3, 4, 6, 9, 13, 21)), 23 * 60 + 50)
        return "%02d.%02d" % divmod(self.clock, 60)


# ---------------------------------------------------------------- look-alikes and figures


def abbr(name: str) -> str:
    return slug(name)[:3].upper()


def lookalike(fl: Fill, name: str, index: str) -> str | None:
    r = fl.rng
    i = int(index or "1")
    v = fl.village(1)
    d = fl.day(i)
    if name == "rp":  # an amount, Rp 10.000 to Rp 5.000.000
        return r.choice(("Rp ", "Rp", "Rp. ")) + rupiah(r.randrange(10_000, 5_000_000, 5_000))
    if name == "rpk":
        return r.choice(("Rp ", "Rp")) + rupiah(r.randrange(5_000, 150_000, 500))
    if name == "rpb":  # a village budget line
        return r.choice(("Rp ", "Rp. ")) + rupiah(r.randrange(15_000_000, 450_000_000, 50_000))
    if name == "rpdd":  # a village's whole Dana Desa
        return r.choice(("Rp ", "Rp. ")) + rupiah(r.randrange(680_000_000, 1_250_000_000, 1_000))
    if name == "hpht":  # a last menstrual period some months back
        return (fl.date - datetime.timedelta(days=30 + 17 * i + r.randint(0, 15))).strftime(
            "%d/%m/%Y"
        )
    if name == "htp":  # the due date: 280 days after the period written before it
        hp = datetime.datetime.strptime(fl.cache["{hpht%s}" % index], "%d/%m/%Y").date()
        return (hp + datetime.timedelta(days=280)).strftime("%d/%m/%Y")
    if name == "accx":  # an account of a body (a school's committee, a church, a group)
        return bank_account(r, "Bank NTT")
    if name == "seknp":  # a school's treasurer's withholding NPWP
        return "00.%s.%s.%s-%s.000" % (
            digits(r, 3),
            digits(r, 3),
            digits(r, 1),
            r.choice(("920", "921")),
        )
    if name == "rpn":  # a bare sum, Rp in the column's head
        return rupiah(r.randrange(50_000, 3_000_000, 25_000))
    if name == "tgl":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if name == "tgls":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if name == "tgld":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if name == "hari":
        return DAYS[d.weekday()]
    if name == "bln":
        return MONTHS[fl.date.month - 1]
    if name == "blnr":
        return ROMAN[fl.date.month - 1]
    if name == "thn":
        return str(fl.date.year)
    if name == "jam":
        return "%02d.%s" % (r.choice((8, 9, 9, 10, 13, 14, 15, 16)), r.choice(("00", "00", "30")))
    if name == "t":
        return fl.tick()
    if name == "dmy":
        return "%02d/%02d/%d" % (fl.date.day, fl.date.month, fl.date.year)
    if name == "dmys":
        return "%02d/%02d/%02d" % (fl.date.day, fl.date.month, fl.date.year % 100)
    if name == "salam":
        h = fl.clock // 60
        return "pagi" if h < 11 else "siang" if h < 15 else "sore" if h < 18 else "malam"
    if name == "ns":  # a village's letter number
        return "%s/%03d/DS.%s/%s/%d" % (
            r.choice(("140", "141", "400", "460", "470", "590", "900", "503")),
            r.randint(1, 240),
            abbr(v.name),
            ROMAN[fl.date.month - 1],
            fl.date.year,
        )
    if name.startswith("nsk"):  # a regency office's letter number ({nskso}: Dinas Sosial's)
        unit = {
            "pm": "DPMD",
            "so": "DINSOS",
            "ta": "DISTAN",
            "kp": "DKP",
            "nk": "DISNAK",
            "bp": "BPN",
            "ke": "DINKES",
            "pk": "DIKBUD",
            "dc": "DUKCAPIL",
            "in": "INSP",
            "ca": "KEC",
            "pu": "PKM",
        }.get(name[3:], "SETDA")
        klas = {
            "pm": "400.10",
            "so": "400.9.2",
            "ta": "500.8",
            "kp": "523",
            "nk": "524",
            "bp": "590",
            "ke": "400.7",
            "pk": "400.3",
            "dc": "400.12",
            "in": "700.1",
            "ca": "900.1",
            "pu": "440",
        }.get(name[3:], "000.9")
        return "%s/%03d/%s/%s/%d" % (
            klas,
            r.randint(10, 999),
            unit,
            ROMAN[fl.date.month - 1],
            fl.date.year,
        )
    if name == "sk":
        return "Nomor %d Tahun %d" % (r.randint(1, 34), fl.date.year)
    if name == "kode":  # a budget code of a village's spending
        return "%d.%d.%02d.%02d" % (
            r.randint(1, 5),
            r.randint(1, 4),
            r.randint(1, 12),
            r.randint(1, 9),
        )
    if name == "nib":  # a land parcel's identification number
        return "24.%s.%s.%02d.%05d" % (
            v.kab_code[2:],
            v.kec_code,
            int(v.serial[2:]),
            r.randint(100, 9999),
        )
    if name == "nop":
        return "53.%s.%s0.%s.%03d-%04d.0" % (
            v.kab_code[2:],
            v.kec_code,
            v.serial[1:],
            r.randint(1, 60),
            r.randint(1, 999),
        )
    if name == "shm":
        return "%05d" % r.randint(10, 3999)
    if name == "pas":
        return "%d/PK/%s/%s/%d" % (
            r.randint(10, 990),
            r.choice(("KSOP.KPG", "UPP.BAA", "UPP.SEBA", "DKP")),
            ROMAN[r.randint(0, 11)],
            r.randint(2019, 2026),
        )
    if name == "selarn":  # a boat's mark without its tonnage
        return "No. %d/%s" % (r.randint(100, 3999), r.choice(("PPm", "Ppk", "Kpg", "Baa")))
    if name == "selar":
        return "GT.%d No. %d/%s" % (
            r.randint(1, 6),
            r.randint(100, 3999),
            r.choice(("PPm", "Ppk", "Kpg", "Baa")),
        )
    if name == "kusuka":
        return "%s%s" % (v.bps[:6], digits(r, 9))
    if name == "kks":
        return "6013 01%s %s %s" % (digits(r, 2), digits(r, 4), digits(r, 4))
    if name == "kt":  # a Kartu Tani's card number
        return "6013 02%s %s %s" % (digits(r, 2), digits(r, 4), digits(r, 4))
    if name == "dtks":
        return v.bps[:6] + "00" + digits(r, 8)
    if name == "eartag":
        return "%s%s%d%05d" % (v.kab_code, v.kec_code, r.randint(23, 26), r.randint(1, 99999))
    if name == "npsn":
        return "503%05d" % r.randint(0, 99999)
    if name == "nisn":
        return "0%d%08d" % (r.randint(1, 9), r.randint(0, 10**8 - 1))
    if name == "nuptk":
        return "%04d%04d%04d%04d" % (
            r.randint(1000, 9999),
            r.randint(0, 9999),
            r.randint(0, 9999),
            r.randint(0, 9999),
        )
    if name == "nip":
        y = r.randint(1968, 1995)
        return "%d%02d%02d %d%02d %d %03d" % (
            y,
            r.randint(1, 12),
            r.randint(1, 28),
            y + r.randint(22, 30),
            r.randint(1, 12),
            r.randint(1, 2),
            r.randint(1, 20),
        )
    if name == "kpj":
        return "%011d" % r.randint(10**9, 10**11 - 1)
    if name == "tiket":
        return r.choice(
            (
                "#LPR-%d-%04d-%04d" % (fl.date.year, r.randint(1, 9999), r.randint(1, 9999)),
                "%07d" % r.randint(10**6, 10**7 - 1),
                "LAPOR-%s-%d-%05d" % (v.kab_code, fl.date.year, r.randint(1, 99999)),
            )
        )
    if name == "billing":
        return "8%014d" % r.randint(0, 10**14 - 1)
    if name == "ntpn":
        return "".join(r.choice("0123456789ABCDEF") for _ in range(16))
    if name == "kw":
        return "%03d/KW/%s/%s/%d" % (
            r.randint(1, 320),
            r.choice(("BLT-DD", "DD", "ADD", "BUMDES", "HOK")),
            ROMAN[fl.date.month - 1],
            fl.date.year,
        )
    if name == "ha":
        return r.choice(("0,25", "0,5", "0,75", "1", "1,25", "1,5", "2", "0,4", "0,6")) + r.choice(
            (" ha", " Ha", " ha", "ha")
        )
    if name == "m":
        return "%s m2" % rupiah(r.randrange(200, 6000, 25))
    if name in ("tahap", "tahapb"):  # the quarter of the year a BLT payment belongs to
        q = (fl.date.month - 1) // 3
        return (
            ROMAN[q]
            if name == "tahap"
            else "%s (%s)"
            % (ROMAN[q], ("Januari–Maret", "April–Juni", "Juli–September", "Oktober–Desember")[q])
        )
    if name == "han":  # a farmer's area in hectares, the unit in the column's head
        return r.choice(("0,25", "0,5", "0,5", "0,75", "1", "1", "1,25", "1,5", "2", "0,4"))
    if name == "kgn":
        return str(r.choice((25, 50, 50, 75, 100, 100, 150, 200)))
    if name == "lelang":  # the lines of a fish auction's note, their sums right
        rows, total = [], 0
        for fish, lo, hi in (
            ("Cakalang", 24, 32),
            ("Tongkol", 18, 25),
            ("Ikan terbang", 15, 22),
            ("Kerapu", 60, 85),
        ):
            if r.random() < 0.8:
                kg, price = r.randint(12, 240), r.randint(lo, hi) * 1000
                total += kg * price
                rows.append("%s | %d | %s | %s" % (fish, kg, rupiah(price), rupiah(kg * price)))
        fee = total * 2 // 100
        return "\n".join(
            rows
        ) + "\nJumlah | | | %s\nRetribusi 2%% | | | %s\nDiterima nelayan | | | %s" % (
            rupiah(total),
            rupiah(fee),
            rupiah(total - fee),
        )
    if name == "honor":  # an honorarium, the tax withheld and what is paid out
        gross = r.choice((750_000, 1_000_000, 1_200_000, 1_500_000, 2_000_000, 2_500_000))
        rate = r.choice((5, 5, 6))
        tax = gross * rate // 100
        return (
            "Uang sejumlah : Rp %s\nTerbilang : %s rupiah\nPotongan PPh 21 (%d%%) : Rp %s\nDiterima bersih : Rp %s"
            % (rupiah(gross), terbilang(gross), rate, rupiah(tax), rupiah(gross - tax))
        )
    if name == "bku":  # lines of a village's cash book, the balance carried
        bal = r.randrange(5_000_000, 60_000_000, 1000)
        lines = ["- | - | - | Saldo awal | - | - | %s" % rupiah(bal)]
        d0 = fl.date.replace(day=r.randint(2, 12))
        cv = value(fl, "cv", "1")
        kpm = r.randint(8, 30)
        for k, (code, what, sign, lo, hi) in enumerate(
            (
                ("5.1.1", "Penerimaan Dana Desa Tahap II", 1, 250_000_000, 420_000_000),
                ("2.2.02", "Belanja material rabat beton – %s" % cv, -1, 40_000_000, 95_000_000),
                (
                    "7.1.1",
                    "Setor PPN (kode billing %s)" % lookalike(fl, "billing", "9"),
                    -1,
                    3_000_000,
                    9_000_000,
                ),
                (
                    "7.1.2",
                    "Setor PPh 22, NTPN %s" % lookalike(fl, "ntpn", "9"),
                    -1,
                    400_000,
                    1_400_000,
                ),
                ("1.1.01", "Honor TPK 3 orang", -1, 1_500_000, 4_500_000),
                ("5.3.01", "BLT Dana Desa %d KPM" % kpm, -1, 0, 0),
            )
        ):
            amount = r.randrange(lo, hi, 1000) if hi else kpm * 900_000
            bal += sign * amount
            day = d0 + datetime.timedelta(days=2 * k)
            lines.append(
                "%02d/%02d | %03d/BKU/%d | %s | %s | %s | %s | %s"
                % (
                    day.day,
                    day.month,
                    r.randint(1, 300),
                    day.year,
                    code,
                    what,
                    rupiah(amount) if sign > 0 else "-",
                    rupiah(amount) if sign < 0 else "-",
                    rupiah(bal),
                )
            )
        return "\n".join(lines)
    if name == "faktur":  # an invoice's lines, tax base and VAT
        rows, base = [], 0
        for item, unit, lo, hi in (
            ("Semen Tonasa 50 kg", "sak", 72, 82),
            ("Besi beton 10 mm", "batang", 88, 105),
            ("Pasir cor", "m3", 280, 350),
            ("Pipa PVC 3 inci", "batang", 90, 120),
        ):
            if r.random() < 0.8:
                q, price = r.randint(5, 120), r.randint(lo, hi) * 1000
                base += q * price
                rows.append(
                    "%s | %d %s | %s | %s" % (item, q, unit, rupiah(price), rupiah(q * price))
                )
        dpp = base * 11 // 12
        vat = dpp * 12 // 100
        return "\n".join(
            rows
        ) + "\nHarga Jual | | | %s\nDPP Nilai Lain | | | %s\nPPN 12%% | | | %s" % (
            rupiah(base),
            rupiah(dpp),
            rupiah(vat),
        )
    if name == "gt":
        return str(r.choice((1, 2, 2, 3, 3, 4, 5)))
    if name == "kg":
        return "%d kg" % r.choice((50, 75, 100, 100, 125, 150, 200, 250))
    if name == "ptid":  # a farmer group's number in the extension system
        return "%s%s%04d%03d" % (v.kab_code, v.kec_code, int(v.serial), r.randint(1, 60))
    if name == "idpel":
        return "5321%08d" % r.randint(0, 10**8 - 1)
    if name == "ahu":
        return "AHU-%05d.AH.01.33.Tahun %d" % (r.randint(1, 99999), r.randint(2021, 2025))
    if name == "nibu":  # a business's registration number (NIB)
        return "9120%09d" % r.randint(0, 10**9 - 1)
    if name == "spbn":
        return "SPBN %d.%03d.%02d" % (r.choice((56, 58)), r.randint(800, 899), r.randint(1, 12))
    if name == "ofwa":  # an office's or a programme's line (never a person's)
        return write_mobile(r, new_mobile(r), r.choice("dds"))
    if name == "oftel":
        if v.kab_code == "5302":
            return "(0388) %s" % digits(r, 5)
        return landline(r, "8%05d" % r.randint(20000, 99999))
    if name == "timbang":  # children weighed out of those expected, and the share
        due = r.randint(12, 60) * 10
        came = r.randint(due // 2, due)
        return "Balita ditimbang %d dari %d sasaran (%s%%)" % (
            came,
            due,
            ("%.1f" % (100 * came / due)).replace(".", ","),
        )
    if name == "scam":  # a scam's number
        return write_mobile(r, new_mobile(r), r.choice("bbdsi"))
    if name == "lot":
        return "%s%s-%02d%02d" % (
            r.choice(("BN", "LT", "VK")),
            digits(r, 4),
            r.randint(1, 12),
            r.randint(24, 26),
        )
    if name == "km":
        return str(r.randint(2, 38))
    if name == "pct":
        return "%d,%d%%" % (r.randint(5, 95), r.randint(0, 9))
    if name == "num":
        return str(r.randint(3, 60))
    if name == "liter":
        return "%d liter" % r.choice((10, 15, 20, 25, 30, 40))
    return None


def office(fl: Fill, code: str, field: str) -> str:
    v = fl.village(1)
    full, short, box = OFFICES[code]
    key = "__of" + code
    if key not in fl.cache:
        r = fl.rng
        fl.cache[key] = "|".join(
            (
                landline(r, "8%05d" % r.randint(20000, 99999))
                if v.kab_code != "5302"
                else "(0388) %s" % digits(r, 5),
                write_mobile(r, new_mobile(r), r.choice("dds")),
                r.choice(("%s@%s", "%s@%s", "%s.%s@gmail.com")),
                "Jl. %s No. %d" % (r.choice(SEATS[v.kab_code]), r.randint(1, 40)),
            )
        )
    tel, wa, mailform, seat = fl.cache[key].split("|")
    where = v.kec if code == "ca" else v.kab
    if field == "":
        return full % where
    if field == "s":
        return short
    if field == "m":
        place = (
            slug(where)
            if code == "ca"
            else {"5301": "kupang", "5314": "rotendao", "5320": "saburaijua", "5302": "tts"}[
                v.kab_code
            ]
        )
        if mailform.endswith("gmail.com"):
            return "%s.%s@gmail.com" % (box, place)
        return "%s@%s" % (
            box + ("." + place if code in ("ca", "bp") else ""),
            "atrbpn.go.id" if code == "bp" else v.domain,
        )
    if field == "t":
        return tel
    if field == "w":
        return wa
    if field == "j":
        return seat + ", " + (v.kec if code == "ca" else v.capital)
    raise SystemExit("unknown office field %r" % field)


BODY_FIELD = re.compile(r"(pt|kub|kios|cv)(|m|np|npb|npz|nt|acc|bank|wa|tel|reg|jl)$")


def value(fl: Fill, name: str, index: str) -> str:
    r = fl.rng
    i = int(index or "1")
    found = lookalike(fl, name, index)
    if found is not None:
        return found
    if name.startswith("of") and len(name) >= 4 and name[2:4] in OFFICES:
        return office(fl, name[2:4], name[4:])
    m = BODY_FIELD.match(name)
    if m:
        kind = {"pt": "poktan", "kub": "kub", "kios": "kios", "cv": "cv"}[m.group(1)]
        b = fl.body(kind, i)
        f = m.group(2)
        return {
            "": b.name, "m": b.mail, "np": b.npwp, "npb": b.npwp_old, "npz": "0" + b.npwp_old, "nt": b.nitku,
            "acc": b.account, "bank": b.bank, "wa": write_mobile(r, b.wa, "d"), "tel": b.tel, "reg": b.reg, "jl": b.seat,
        }[f]  # fmt: skip
    v = fl.village(i if name in ("desa", "desas", "kdesa", "kbps") else 1)
    village_fields = {
        "desa": v.name, "desas": slug(v.name), "kec": v.kec, "kab": v.kab, "kabc": v.capital, "kabd": v.domain, "kdesa": v.code,
        "kbps": v.bps, "desam": v.mail, "desatel": write_mobile(r, v.tel, "d"), "desanp": v.npwp,
        "desaacc": v.account, "bnp": v.treasurer_npwp, "bum": v.bumdes, "bumm": v.bum_mail, "bumnp": v.bum_npwp,
        "bumacc": v.bum_account, "bumwa": write_mobile(r, v.bum_wa, "d"), "pustu": v.pustu, "kpos": v.pos,
    }  # fmt: skip
    if name in village_fields:
        return village_fields[name]
    if name == "dus":
        return v.dusun[(i - 1) % len(v.dusun)]
    if name == "posy":
        return "Posyandu " + POSYANDU[(hash_index(fl, "posy") + i) % len(POSYANDU)]
    if name == "pkm":
        return "Puskesmas " + v.kec
    if name == "pkmm":
        return "pkm%s@gmail.com" % slug(v.kec)
    if name == "sek":
        return SCHOOLS[(hash_index(fl, "sek") + i) % len(SCHOOLS)] % fl.village(i).name
    if name == "sekm":
        return slug(value(fl, "sek", index)).replace("sdinpres", "sdi").replace(
            "smpnsatuatap", "smpnsatap"
        ) + r.choice(("@gmail.com", "@yahoo.co.id", ".sekolah@gmail.com"))
    p = fl.person(i)
    if name == "n":
        return p.full
    if name == "l":
        return p.full.lower()
    if name == "g":
        return p.given
    if name == "lg":
        return p.given.lower()
    if name == "f":
        return p.family
    if name == "i":  # an initial and the family name
        return (
            "%s. %s" % (p.given[0], p.family)
            if not p.given.startswith(("Umbu", "Rambu"))
            else p.full
        )
    if name == "no":  # the full name in capitals with a stray space a scan put in the family name
        fam_ = p.family.upper()
        if len(fam_) >= 4 and " " not in fam_:
            k = r.randint(2, len(fam_) - 2)
            fam_ = fam_[:k] + " " + fam_[k:]
        return p.full.upper()[: len(p.full) - len(p.family)] + fam_
    if name == "nl":  # the full name in capitals broken over a form's narrow column
        up = p.full.upper()
        cut = up.rfind(" ", 0, len(up) - len(p.family) + 1)
        return up[:cut] + "\n" + up[cut + 1 :] if cut > 0 else up
    if name == "c":  # the name a phone saved the person under, drawn once
        return r.choice(
            (
                p.full,
                p.given,
                p.given,
                p.given.lower(),
                "%s %s" % (p.given, p.family),
                p.full.lower(),
            )
        )
    if name.startswith("hp"):
        return p.phone(name[2:])
    if name.startswith("hq"):
        return p.phone(name[2:], second=True)
    if name == "tel":
        return landline(r, p.home)
    if name.startswith("nik"):
        return p.nik_w(name[3:])
    if name.startswith("kk"):
        return p.nik_w(name[2:] or r.choice("bbbbs"), p.kk)
    if name.startswith("np"):
        return p.npwp_w(name[2:])
    if name == "bpjs":
        return p.bpjs
    if name == "bpjss":
        b = p.bpjs
        return "%s %s %s %s" % (b[:4], b[4:8], b[8:12], b[12:])
    if name.startswith("em"):
        return p.email_w(name[2:])
    if name == "bank":
        return p.bank
    if name in ("accn", "accr"):  # an account the programme opened at BNI or BRI
        return bank_account(r, "BNI" if name == "accn" else "BRI")
    if name.startswith("acc"):
        how = name[3:]
        if how == "b":
            return re.sub(r"\D", "", p.account)
        return p.account
    if name == "rt":
        return r.choice(
            (
                "RT %s/RW %s",
                "RT %s RW %s",
                "RT %s / RW %s",
                "RT.%s/RW.%s",
                "rt %s rw %s",
                "RT %s/%s",
            )
        ) % (p.rt, p.rw)
    if name == "rtn":
        return "RT %s" % p.rt
    if name == "rtf":  # an identity card's field
        return "%s/%s" % (p.rt.zfill(3), p.rw.zfill(3))
    if name == "ad":
        return "%s No. %s" % (p.street, p.house)
    if name == "adr":
        return r.choice(
            ("%s No. %s, RT %s/RW %s", "%s No %s RT %s RW %s", "%s No. %s, RT %s / RW %s")
        ) % (p.street, p.house, p.rt, p.rw)
    if name == "pdus":
        return p.dusun
    if name == "pl":
        return p.plate
    if name == "umur":
        return str(
            fl.date.year
            - p.birth.year
            - ((fl.date.month, fl.date.day) < (p.birth.month, p.birth.day))
        )
    if name == "lahir":
        return "%02d-%02d-%d" % (p.birth.day, p.birth.month, p.birth.year)
    if name == "lahirw":
        return "%d %s %d" % (p.birth.day, MONTHS[p.birth.month - 1], p.birth.year)
    if name == "jk":
        return "PEREMPUAN" if p.sex == "f" else "LAKI-LAKI"
    if name in ("hon", "hons", "kin", "mb", "sdr"):
        return {
            "hon": ("Bapak", "Ibu"),
            "hons": ("Pak", "Bu"),
            "kin": ("Om", "Tanta"),
            "mb": ("Bapa", "Mama"),
            "sdr": ("Sdr.", "Sdri."),
        }[name][p.sex == "f"]
    if name == "nipp":  # the person's civil servant number (outside the ten kinds)
        b = p.birth
        return "%d%02d%02d %d%02d %d %03d" % (
            b.year,
            b.month,
            b.day,
            min(b.year + r.randint(23, 30), 2024),
            r.randint(1, 12),
            2 if p.sex == "f" else 1,
            r.randint(1, 12),
        )
    raise SystemExit("unknown placeholder {%s%s}" % (name, index))


def hash_index(fl: Fill, key: str) -> int:
    k = "__idx" + key
    if k not in fl.cache:
        fl.cache[k] = str(fl.rng.randint(0, 99))
    return int(fl.cache[k])


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
NOCACHE = {"t", "salam"}


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``, the innermost first."""
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name in NOCACHE:
            return value(fl, name, index)
        if name.isupper():  # {N1}: {n1} in capitals
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = value(fl, name.lower(), index)
            return fl.cache[low].upper()
        if key not in fl.cache:
            fl.cache[key] = value(fl, name, index)
        return fl.cache[key]

    return PLACEHOLDER.sub(sub, template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    """The text without its markers, the spans and the values labelled."""
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
PROVINCES = {"53", "51", "73", "74", "35", "33", "34"}
ADDRESS_START = re.compile(r"(?i)(jl\.|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perum|kompleks|btn)")
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\s*\(keong\)\s*|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
EDGE = ".,;:!?-/'\")]}>|_•·*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
GLUED_AFTER = (
    "Tempat",
    "Nama",
    "NAMA",
    "Alamat",
    "ALAMAT",
    "Agama",
    "AGAMA",
    "Jenis",
    "JENIS",
    "NIK",
    "Tgl",
    "Pekerjaan",
    "PEKERJAAN",
    "No",
)
GLUED_BEFORE = ("NIK", "Nama", "NAMA", "Alamat", "ALAMAT", "HP", "KK")


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted): a mobile's prefix or Kupang's 0380."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-._•·\n]", seg):
        return False
    clean = re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 7:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in MOBILE_PREFIXES or (clean.startswith("0380") and len(clean) == 10)


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)


def name_title(seg: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if len(words) > 1 and words[0] in ("wa", "la"):  # Buton's names open with Wa and La
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
        if st > 0 and text[st - 1].isalnum() and not text[:st].endswith(GLUED_BEFORE):
            bad.append("glued before %r" % seg)
        if en < len(text) and text[en].isalnum() and not text[en:].startswith(GLUED_AFTER):
            bad.append("glued after %r" % seg)
        for k in range(st, en):
            inside[k] = True
        if kind == "name":
            letters = sum(c.isalpha() for c in seg)
            if name_title(seg):
                bad.append("title %r" % seg)
            if "@" in seg or "*" in seg or letters < 2 or sum(c.isdigit() for c in seg) > 1:
                bad.append("name chars %r" % seg)
        elif kind == "phone" and not phone_ok(seg):
            bad.append("phone %r" % seg)
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OlISB .,\-\n]", seg)
                or d[:2] not in PROVINCES
                or not 15 <= len(d) <= 17
            ):
                bad.append("%s %r" % (kind, seg))
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16, 22) or re.search(r"[^0-9OlIB ,.\-\n]", seg)
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
        elif (
            kind == "address"
            and not re.fullmatch(r"\d{1,3}/\d{1,3}", seg)
            and (not ADDRESS_START.match(seg) or not re.search(r"\d", seg))
        ):
            bad.append("address %r" % seg)
        elif kind == "plate" and not re.fullmatch(
            r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}", seg.upper()
        ):
            bad.append("plate %r" % seg)
    # every other occurrence of a labelled value in the same text is labelled too
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
            local = AT_FORM.split(seg)[0].split("\n")[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
        elif kind in ("address", "plate"):
            for m in re.finditer(re.escape(seg), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append("unlabelled repeat of %r" % seg)
            if kind == "plate":
                squeezed = re.sub(r"[ -]", "", seg).upper()
                for m in re.finditer(r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}", text.upper()):
                    if re.sub(r"[ -]", "", m.group()) == squeezed and not all(
                        inside[m.start() : m.end()]
                    ):
                        bad.append("unlabelled plate %r" % seg)
        elif kind in NUMERIC:
            d = id_digits(seg) if kind != "bank_account" else re.sub(r"\D", "", seg)
            if kind == "npwp" and len(d) == 22:  # a NITKU: the NIK inside it is what counts
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
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = r"bapak|pak|bpk|bp|tn|sdr|saudara|om|bapa|opa|suami|ayah|bung|mas|kaka laki|nyong|la"
FEMALE_WORDS = r"ibu|bu|ny|nyonya|sdri|saudari|mama|tanta|oma|nona|istri|bidan|mbak|kaka nona|wa"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s*,?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % (MALE_WORDS, FEMALE_WORDS)
)
MALE_SET = set(MALE_WORDS.split("|"))


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    O: dict[int, object] | None = None,
    fam: dict[int, int] | None = None,
    A: dict[int, tuple[int, int]] | None = None,
    L: tuple[int, ...] = (),
    V: str | None = None,
) -> None:
    """Register a template: its style, theme, text and what it says of its people (F women, M
    men, O an origin per person, fam a member of a head's family, A the years a person was born
    in, L people who do not live in the village: officials of the regency) and of its village
    (V the regency's code)."""
    TEMPLATES.append(
        (
            style,
            theme,
            text.strip("\n"),
            {"F": F, "M": M, "O": O or {}, "fam": fam or {}, "A": A or {}, "L": set(L), "V": V},
        )
    )


def spec_for(chosen: str, base: dict[str, object]) -> dict[str, object]:
    """The template's spec with the sex a title or a kin word gives a person, and the words of
    the template's own text, which no name may take."""
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
        "A": dict(base["A"]),
        "L": set(base["L"]),
        "V": base["V"],
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
        while made < FILLS:
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
        empty = sum(1 for r in rows if not r["spans"])
        print("| %s | %d | %d | %s |" % (v, len(rows), empty, " | ".join(str(c[k]) for k in kinds)))
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
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        if "\n" in seg:
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]|titik|\(at\)|\(et\)|keong", seg):
            return "written to dodge scrapers"
        if re.search(r",\w+$", seg):
            return "a comma for the dot"
        if seg.endswith(".go.id"):
            return "a person's own on an office's domain"
        return "plain"
    if kind == "address":
        if re.fullmatch(r"\d{1,3}/\d{1,3}", seg):
            return "an RT/RW pair in its column"
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone" if "/" in seg or re.search(r"(?i)rw", seg) else "RT alone"
        if re.match(r"(?i)perum|kompleks|btn", seg):
            return "estate block and number"
        return "street with RT/RW" if re.search(r"(?i)\brt\b", seg) else "street and number"
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
        if len(d) == 15:
            if seg.count("-") == 1 and "." in seg and " " not in seg:
                return "15 digits dotted"
            if " " in seg and re.search(r"[.\-]", seg):
                return "15 digits dotted, a stray space"
            if re.search(r"[.\-]", seg):
                return "15 digits, one mark between groups"
            return "15 digits in spaced groups" if " " in seg else "15 digits in one block"
        if d[0] == "0":
            return "16 digits (0 and the old number)"
        return "16 digits (the NIK), spaced" if " " in seg else "16 digits (the NIK)"
    if kind == "phone":
        if seg.startswith(("+62", "(+62)")):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
        if re.search(r"[_•·]", seg):
            return "underscores, bullets or middle dots"
        if "." in seg:
            return "dots"
    if kind in ("nik", "kk") and ", " in seg:
        return "in fours with commas"
    if kind in ("nik", "kk") and re.fullmatch(r"\d\d( \d\d){7}", seg):
        return "in pairs"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def unlabelled(r: dict[str, object], pattern: str) -> list[re.Match[str]]:
    inside = [False] * len(r["text"])
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            inside[k] = True
    return [m for m in re.finditer(pattern, r["text"]) if not any(inside[m.start() : m.end()])]


RUN = r"[+(]?\d[\d .\-()_•·]{3,}\d|\d{4,}"


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
        for m in unlabelled(r, r"[+(]?\d[\d .\-()_•·]{6,}\d"):
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
    for kind in ("name", "phone", "npwp", "email", "bank_account", "nik"):
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert all(per[k] for k in KINDS.values()), per
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
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
# A placeholder in capitals ({N1}, {RT1}, {DESA}) is its lower-case one in capitals.
# Person i: {n1} full name ({l1} lower case), {g1}/{lg1} the given name, {f1} the family name,
# {i1} an initial and the family name, {c1} the name a phone saved the person under,
# {hon1}/{hons1}/{kin1}/{mb1}/{sdr1} the honorific or the kin word that fits the person;
# {hp1} mobile (hpb block, hpd dashes, hps spaces, hpt dots, hpi +62, hpk 62, hpo letters for
# digits, hpn over a line, hpu underscores or bullets), {hq1} a second mobile, {tel1} home line;
# {nik1} (nikb, niks fours, nikt dots, niko letters, nikn over a line, nikc commas, nikp pairs),
# {kk1} (kkb, kks); {np1} NPWP (npd dotted, npb block, nps spaced, npm one mark, npz 0 and the
# old number, npzd the same dotted, npn the NIK, npns the NIK spaced, npt NITKU, npo a scan, npl
# over a line, npx a stray space); {bpjs1} ({bpjss1} groups); {em1} (emp plain, emx dodged, emn
# over a line, emc a comma for the dot, emq a second mailbox, emk the person's own on the
# regency's domain); {bank1} {acc1} ({accb1} one block); {rt1} RT/RW, {rtn1} RT alone, {rtf1} a
# card's RT/RW field, {ad1} street and number, {adr1} with RT/RW, {pdus1} the person's dusun;
# {pl1}; {umur1}, {lahir1}, {lahirw1}, {jk1}, {nipp1} the person's NIP.
# Village: {desa} ({desa2} another of the regency), {kec}, {kab}, {kabc} its capital, {kabd} its
# domain, {kdesa}, {kbps}, {desam} mailbox, {desatel} office line, {desanp} NPWP, {desaacc} cash
# account, {bnp} the village treasurer's NPWP, {bum} {bumm} {bumnp} {bumacc} {bumwa} the BUMDes,
# {dus1}…{dus4}, {pustu}, {kpos}, {posy1}, {pkm}, {pkmm}, {sek1}, {sekm1}.
# Offices {ofXXf}: XX pm so ta kp nk bp ke pk dc in ca, f '' full name, s short, m mailbox, t
# fixed line, w WhatsApp, j seat. Bodies {ptF1} farmer group, {kubF1} fishers' group, {kiosF1}
# shop, {cvF1} company: F '' name, m mailbox, np npb npz NPWP, nt NITKU, acc, bank, wa, tel, reg,
# jl seat.
# Look-alikes (never labelled): {rp} {rpk} {rpb} {rpn} {tgl} {tgls} {tgld} {hari} {bln} {blnr}
# {thn} {jam} {t} (a clock that moves on) {dmy} {dmys} {salam} {ns} {nsk} {sk} {kode} {nib}
# {nop} {shm} {pas} {selar} {kusuka} {kks} {kt} {dtks} {eartag} {npsn} {nisn} {nuptk} {nip}
# {kpj} {tiket} {billing} {ntpn} {kw} {ha} {m} {kg} {ptid} {idpel} {ahu} {nibu} {spbn} {ofwa}
# {oftel} {scam} {lot} {km} {pct} {num} {liter}.

TEMPLATES: list[tuple] = []

# ---------------------------------------------------------------- village_notice

T(
    "village_notice",
    "village_fund",
    """
PEMERINTAH KABUPATEN {KAB}
KECAMATAN {KEC}
DESA {DESA}
Alamat: Jl. Desa {desa} «Km. {km}¦No. {num}», Kode Pos {kpos} | Email: {desam} | «Telp/WA¦WA Pelayanan»: {desatel}

PENGUMUMAN
Nomor: {ns}

Tentang
PENETAPAN KELUARGA PENERIMA MANFAAT (KPM) BLT DANA DESA TAHUN ANGGARAN {thn}

Berdasarkan hasil Musyawarah Desa Khusus tanggal {tgl} dan Keputusan Kepala Desa {desa} {sk}, dengan ini diumumkan bahwa jumlah KPM BLT Dana Desa Tahun {thn} sebanyak {num} KK dengan besaran Rp 300.000/bulan. Penyaluran tahap {tahapb} sebesar Rp 900.000 per KPM dilaksanakan pada:
Hari/Tanggal : {hari3}, {tgl3}
Jam : {jam} WITA s/d selesai
Tempat : Aula Kantor Desa {desa}

KPM wajib membawa KTP asli dan Kartu Keluarga asli. Daftar nama KPM ditempel di kantor desa dan di «tiap dusun¦papan informasi {dus1} dan {dus2}».
Masyarakat yang keberatan dapat menyampaikan sanggahan paling lambat 7 (tujuh) hari setelah pengumuman ini kepada Sekretaris Desa, {hon1} [[n:{n1}]] «(HP/WA [[p:{hp1}]])¦, No. HP [[p:{hp1}]],¦– WA [[p:{hpi1}]] –» atau melalui kotak pengaduan di kantor desa.
Anggaran bersumber dari Dana Desa TA {thn}, kode kegiatan {kode}, sebesar {rpb}.

{desa}, {tgl2}
Kepala Desa {desa},

ttd

[[n:{N2}]]
""",
)

T(
    "village_notice",
    "health",
    """
*PENGUMUMAN {POSY1} DESA {DESA}*

«Shalom¦Selamat pagi» bapa mama semua 🙏
Diberitahukan bahwa kegiatan Posyandu bulan {bln} akan dilaksanakan:
📅 {hari}, {tgl}
⏰ Jam {jam} – selesai
📍 «Gedung Posyandu {dus1}¦Halaman Gereja GMIT {desa}¦Rumah Kader {dus2}»

Kegiatan: penimbangan dan pengukuran balita, imunisasi dasar (BCG, Polio, DPT-HB-Hib, Campak-Rubella), vitamin A, PMT lokal, dan periksa ibu hamil.
Sasaran bulan ini: {num} balita dan {num2} ibu hamil. Balita dengan tinggi badan di bawah standar ada {num3} anak, mohon dibawa semua.
Bawa buku KIA/KMS masing-masing. Yang belum punya BPJS/KIS bisa urus di kantor desa, bawa fotokopi KK.

Bidan Desa: [[n:{n1}]], A.Md.Keb – HP/WA [[p:{hp1}]] (bisa dihubungi kalau ada ibu hamil yang mau periksa di luar jadwal)
Info jadwal tiap bulan: grup WA Posyandu, admin {ofwa}
«Nomor Pustu {desa}: {ofwa2}¦Ambulans desa (sopir jaga): {ofwa2}»

Terima kasih 🙏
Ketua Kader, Mama [[n:{g2}]]
""",
    F=(1,),
)

T(
    "village_notice",
    "land",
    """
PENGUMUMAN
PROGRAM PENDAFTARAN TANAH SISTEMATIS LENGKAP (PTSL) TAHUN {thn}
DESA {DESA} KECAMATAN {KEC}

Kepada seluruh masyarakat Desa {desa} yang memiliki bidang tanah yang belum bersertipikat, agar mendaftarkan bidang tanahnya pada Panitia PTSL Desa.
Persyaratan:
1. Fotokopi KTP dan KK pemohon (2 rangkap);
2. Fotokopi SPPT PBB tahun berjalan (contoh NOP: {nop});
3. Surat pernyataan penguasaan fisik bidang tanah (formulir ada di kantor desa);
4. Patok batas sudah dipasang dan disetujui pemilik tanah yang berbatasan.

Biaya persiapan PTSL sesuai SKB 3 Menteri untuk wilayah NTT sebesar Rp 350.000 per bidang (patok, meterai, fotokopi dan transport). Di luar itu TIDAK ADA pungutan lain.
Kuota Desa {desa}: {num}0 bidang. Pendaftaran setiap hari kerja jam 08.00–14.00 WITA di kantor desa.

Narahubung:
- Ketua Panitia PTSL Desa: [[n:{n1}]] ([[p:{hp1}]])
- Sekretaris Panitia: [[n:{n2}]] ([[p:{hp2}]])
Informasi resmi {ofbp}: WA {ofbpw}, email {ofbpm}

Waspada! Petugas ukur BPN tidak memungut biaya apa pun di luar ketentuan. Laporkan pungli ke SMS 1708 «atau WA Saber Pungli {ofwa}».
{desa}, {tgl}
Kepala Desa {desa}
[[n:{n3}]]
""",
)

T(
    "village_notice",
    "village_admin",
    """
PENGUMUMAN
Nomor : {ns}
TENTANG PENJARINGAN DAN PENYARINGAN BAKAL CALON PERANGKAT DESA {DESA}
(KEPALA URUSAN KEUANGAN DAN KEPALA «DUSUN II¦DUSUN III¦DUSUN IV»)

Panitia Pengisian Perangkat Desa {desa} membuka pendaftaran mulai {tgl} s/d {tgl2}, setiap hari kerja jam 08.00–14.00 WITA.
Syarat umum: WNI, usia 20–42 tahun, pendidikan paling rendah SMA/sederajat, terdaftar sebagai penduduk desa paling kurang 1 tahun.
Kelengkapan berkas (map merah untuk Kaur Keuangan, map biru untuk Kepala Dusun):
a. Fotokopi KTP dan KK;
b. Fotokopi ijazah terakhir dilegalisir;
c. SKCK dari Polsek {kec} dan surat keterangan sehat dari {pkm};
d. Fotokopi NPWP pribadi (bagi yang sudah memakai NIK sebagai NPWP cukup fotokopi KTP).

Contoh penulisan pada formulir pendaftaran:
NIK : 1234567890123456
NPWP : 12.345.678.9-012.000
No. HP : 0812-3456-7890

Berkas diantar ke Sekretariat Panitia, Kantor Desa {desa}, atau dikirim scan PDF ke email panitia: panitia.perangkat{desas}@gmail.com
Informasi: Ketua Panitia [[n:{n1}]], WA [[p:{hp1}]]; Sekretaris Panitia «Sdr. ¦Sdri. ¦»[[n:{n2}]], WA [[p:{hp2}]].

{desa}, {tgl}
Ketua Panitia,
[[n:{N1}]]
""",
)

T(
    "village_notice",
    "livestock",
    """
PENGUMUMAN
CALON PENERIMA BANTUAN TERNAK SAPI BALI INDUK
Program {ofnk} Tahun {thn}
Desa {desa}, Kec. {kec}

Berdasarkan hasil verifikasi lapangan oleh petugas kesehatan hewan pada {tgl}, berikut calon penerima bantuan (1 ekor per KK):
1. [[n:{n1}]] – [[a:{rt1}]], {pdus1}
2. [[n:{n2}]] – [[a:{rt2}]], {pdus2}
3. [[n:{n3}]] – [[a:{rt3}]], {pdus3}
4. [[n:{n4}]] – [[a:{rt4}]], {pdus4}
5. Kelompok Ternak «Sumber Hidup¦Oe Bani¦Nekaf Mese» (kandang kolektif {pdus5}, {num} ekor)

Sapi bantuan akan dipasang eartag (contoh nomor: {eartag}) dan wajib dilaporkan bila sakit, hilang atau mati. Penerima dilarang menjual sapi bantuan sebelum 3 (tiga) tahun.
Sanggahan disampaikan ke kantor desa paling lambat {tgl2}.
Petugas Keswan wilayah: drh. [[n:{n6}]] ([[p:{hp6}]])

Kepala Desa {desa}
[[n:{N7}]]
""",
)

T(
    "village_notice",
    "village_admin",
    """
PEMERINTAH DESA {DESA}
KECAMATAN {KEC} – KABUPATEN {KAB}
Sekretariat: Kantor Desa {desa}, Kode Pos {kpos}. Email: {desam}. WA Pelayanan: {desatel}

PENGUMUMAN
Nomor: {ns}

Dalam rangka Musyawarah Desa penyusunan RKPDes Tahun 2027, Pemerintah Desa mengundang seluruh Ketua RT, Ketua RW, Kepala Dusun, anggota BPD, tokoh agama, tokoh adat, tokoh perempuan dan pemuda untuk hadir pada:
Hari/Tgl : {hari}, {tgl}
Pukul : {jam} WITA
Tempat : Aula Kantor Desa {desa}

Jadwal pelayanan kantor desa bulan {bln}:
- Senin–Kamis 08.00–15.00 WITA, Jumat 08.00–11.30 WITA
- Surat keterangan (SKTM, SKU, domisili) dan pengantar KTP/KK dilayani di loket 1
- Pengaduan: kotak saran, «WA Pelayanan di atas¦SMS 1708», atau email desa
Pagu indikatif Dana Desa TA {thn}: {rpdd}; ADD: {rpb2}.
Kode desa (Kemendagri): {kdesa}; NPWP Desa: {desanp}; Rekening Kas Desa: Bank NTT {desaacc}.
Demikian pengumuman ini. Atas perhatian bapa mama sekalian diucapkan terima kasih.

Pemerintah Desa {desa}
""",
)

T(
    "village_notice",
    "social_aid",
    """
INFO PENYALURAN BANSOS SEMBAKO/BPNT & PKH
DESA {DESA} – TAHAP {tahap} TAHUN {thn}

Penyaluran melalui PT Pos Indonesia «Kantor Pos {kabc}¦KCP {kec}» dijadwalkan di Aula Kantor Desa {desa}:
• RT 01 – RT 05 : {hari}, {tgl} jam 08.00
• RT 06 – RT 10 : {hari2}, {tgl2} jam 08.00
• RT 11 – RT 1«4¦5¦6» : {hari3}, {tgl3} jam 13.00
Besaran BPNT Rp 200.000/bulan (tahap ini 3 bulan = Rp 600.000). PKH sesuai komponen masing-masing.
KPM wajib membawa KTP-el asli, KK asli dan undangan/barcode dari Pos. KPM lansia atau sakit dapat diwakilkan anggota keluarga dalam satu KK dengan surat kuasa bermeterai Rp 10.000.
Jumlah KPM desa tahap ini: BPNT {num} KK, PKH {num2} KK.
Pengaduan resmi: Call Center Kemensos 171, WA Layanan {ofwa}, email {ofsom}.

⚠️ HATI-HATI PENIPUAN: beredar pesan dari nomor {scam} yang mengaku petugas Dinas Sosial dan meminta transfer Rp 150.000 untuk "biaya pencairan". Itu tipu! Petugas tidak pernah minta uang.
""",
)

T(
    "village_notice",
    "farming",
    """
Kepada Yth.
Ketua-ketua Kelompok Tani se-Desa {desa}
di –
Tempat

PEMBERITAHUAN
Nomor: {ns}

Diberitahukan bahwa penebusan pupuk bersubsidi Musim Tanam I (Oktober–Maret) sudah dapat dilakukan di kios pupuk lengkap (KPL) resmi:
{kios1} – {kiosjl1}, telp {kiostel1}
Harga Eceran Tertinggi (HET):
• Urea : Rp 2.250/kg (Rp 112.500/sak 50 kg)
• NPK Phonska : Rp 2.300/kg (Rp 115.000/sak)
• Pupuk organik : Rp 800/kg
Penebusan wajib membawa KTP petani yang terdaftar dalam e-RDKK {thn}. Alokasi paling luas 2 ha per petani, contoh: lahan {ha} mendapat Urea {kg}, NPK {kg2}.
Kelompok yang belum input RDKK segera menghubungi PPL desa atau BPP Kecamatan {kec} (WA {ofwa}).
Kios yang menjual di atas HET dapat dilaporkan ke {ofta}: {oftat} / {oftam}.

{desa}, {tgl}
an. Kepala Desa {desa}
Kasi Kesejahteraan
""",
)

T(
    "village_notice",
    "village_fund",
    """
PENGUMUMAN PENGADAAN BARANG/JASA DESA {DESA}
Nomor : {ns}

Tim Pelaksana Kegiatan (TPK) Desa {desa} mengundang penyedia untuk menyampaikan penawaran pengadaan material rabat beton jalan {dus1} (kode kegiatan {kode}, pagu {rpb}).
Syarat penyedia:
1. Badan usaha (CV/UD) dengan NPWP badan dan NIB, atau usaha perorangan dengan NPWP pribadi (NIK yang sudah dipadankan);
2. Menyertakan nomor rekening atas nama penyedia;
3. Contoh penulisan NPWP pada surat penawaran: 99.999.999.9-999.999 atau 16 digit.
Penawaran diantar ke Kantor Desa {desa} atau dikirim ke email TPK: tpk.{desas}@gmail.com, paling lambat {tgl2} jam 12.00 WITA.
Penjelasan teknis dapat ditanyakan kepada Ketua TPK, {hon1} [[n:{n1}]], «WA [[p:{hp1}]]¦HP [[p:{hp1}]]», email pribadi [[e:{em1}]] (khusus pertanyaan, bukan untuk kirim penawaran).
Email resmi desa: {desam}. NPWP Desa {desa}: {desanp}.

{desa}, {tgl}
Ketua TPK,
[[n:{N1}]]
""",
)

# ---------------------------------------------------------------- aid_list

T(
    "aid_list",
    "village_fund",
    """
DAFTAR KELUARGA PENERIMA MANFAAT (KPM) BLT DANA DESA
DESA {DESA} KECAMATAN {KEC} KABUPATEN {KAB}
TAHAP {tahap} TAHUN ANGGARAN {thn}

No | Nama KPM | NIK | No. KK | RT/RW | Dusun | Jumlah (Rp)
1 | [[n:{N1}]] | [[nik:{nik1}]] | [[kk:{kk1}]] | [[a:{rtf1}]] | {pdus1} | 900.000
2 | [[n:{N2}]] | [[nik:{nik2}]] | [[kk:{kk2}]] | [[a:{rtf2}]] | {pdus2} | 900.000
3 | [[n:{N3}]] | [[nik:{nik3}]] | [[kk:{kk3}]] | [[a:{rtf3}]] | {pdus3} | 900.000
4 | [[n:{N4}]] | [[nik:{nik4}]] | [[kk:{kk4}]] | [[a:{rtf4}]] | {pdus4} | 900.000
5 | [[n:{N5}]] | [[nik:{nik5}]] | [[kk:{kk5}]] | [[a:{rtf5}]] | {pdus5} | 900.000
JUMLAH | | | | | | 4.500.000

Keterangan: lanjutan daftar (No. 6 s/d {num}) pada lembar berikut. Sanggahan ke kantor desa atau WA Pelayanan {desatel}.
Kode kegiatan {kode}; sumber data DTKS pemutakhiran {bln} {thn}.

Mengetahui,
Ketua BPD Desa {desa}                    Kepala Desa {desa}
[[n:{N6}]]                    [[n:{N7}]]
""",
    A={1: (1950, 1975), 2: (1945, 1970), 3: (1955, 1990), 4: (1948, 1980), 5: (1960, 1995)},
)

T(
    "aid_list",
    "social_aid",
    """
Data KPM PKH Desa {desa} – rekap pendamping «bulan {bln} {thn}¦tahap «II¦III» {thn}»
No,Nama Pengurus,NIK,Komponen,ID DTKS,Bank,No Rekening KKS,Keterangan
1,[[n:{N1}]],[[nik:{nik1}]],Bumil,{dtks1},BNI,[[b:{accn1}]],Sudah cair {tgld}
2,[[n:{N2}]],[[nik:{nik2}]],"Balita, SD",{dtks2},BNI,[[b:{accn2}]],Belum cair – KKS terblokir
3,[[n:{N3}]],[[nik:{nik3}]],Lansia,{dtks3},BNI,[[b:{accn3}]],"KKS baru no. {kks3}, rek lama tdk aktif"
4,[[n:{N4}]],[[nik:{nik4}]],Disabilitas berat,{dtks4},BNI,[[b:{accn4}]],Sudah cair {tgld}
5,[[n:{N5}]],[[nik:{nik5}]],"SMP, SMA",{dtks5},BNI,[[b:{accn5}]],Ganti pengurus ke anak: [[n:{n6}]]
Catatan: data rekening hanya untuk verifikasi internal, jangan disebar di grup.
Pendamping PKH Kec. {kec}: [[n:{n7}]], HP [[p:{hp7}]]
Pengaduan PKH: {ofsom} / Call Center 171
""",
    F=(1, 2, 3, 4, 5),
    A={3: (1940, 1956)},
    fam={6: 5},
    L=(7,),
)

T(
    "aid_list",
    "health",
    """
REGISTER IBU HAMIL – {POSY1} DESA {DESA} – {BLN} {thn}
No | Nama Ibu | Umur | NIK | No. Kartu JKN/KIS | HPHT | Taksiran Persalinan | Alamat | HP Suami/Keluarga
1 | [[n:{n1}]] | {umur1} | [[nik:{nik1}]] | [[bpjs:{bpjs1}]] | {hpht1} | {htp1} | [[a:{rt1}]] | [[p:{hp5}]] ([[n:{g5}]])
2 | [[n:{n2}]] | {umur2} | [[nik:{nik2}]] | «[[bpjs:{bpjs2}]]¦belum ada (urus PBI)» | {hpht2} | {htp2} | [[a:{rt2}]] | [[p:{hp6}]] ([[n:{g6}]])
3 | [[n:{n3}]] | {umur3} | [[nik:{nik3}]] | [[bpjs:{bpjss3}]] | {hpht3} | {htp3} | [[a:{rt3}]] | [[p:{hp7}]] ([[n:{g7}]])
4 | [[n:{n4}]] | {umur4} | [[nik:{nik4}]] | [[bpjs:{bpjs4}]] | {hpht4} | {htp4} | [[a:{rt4}]] | [[p:{hp8}]] ([[n:{g8}]])
Risiko tinggi: No. «1¦3» (KEK, LiLA «21¦22¦22,5¦23» cm) – rujuk ke {pkm}.
Dicatat oleh kader: [[n:{n9}]]. Direkap ke bidan desa [[n:{n10}]] (WA [[p:{hp10}]]) dan dikirim ke {pkmm} tiap tanggal 5.
""",
    F=(1, 2, 3, 4, 9, 10),
    M=(5, 6, 7, 8),
    fam={1: 5, 2: 6, 3: 7, 4: 8},
    A={1: (1988, 2006), 2: (1986, 2006), 3: (1990, 2006), 4: (1985, 2005)},
)

T(
    "aid_list",
    "livestock",
    """
DAFTAR PENERIMA BANTUAN KAMBING PE – KELOMPOK «SEHATI¦OE LEU¦BINTANG TIMUR»
DESA {DESA}, KEC. {KEC} – {ofnk}
Tanggal serah terima: {tgl}

No. | Nama | NIK | Alamat | Jumlah (ekor) | No. Eartag | No. HP
1. | [[n:{N1}]] | [[nik:{nik1}]] | [[a:{rt1}]] {pdus1} | 2 | {eartag1}, {eartag2} | [[p:{hp1}]]
2. | [[n:{N2}]] | [[nik:{nik2}]] | [[a:{rt2}]] {pdus2} | 2 | {eartag3}, {eartag4} | [[p:{hp2}]]
3. | [[n:{N3}]] | [[nik:{nik3}]] | [[a:{rt3}]] {pdus3} | 3 | {eartag5}, {eartag6}, {eartag7} | -
4. | [[n:{N4}]] | [[nik:{nik4}]] | [[a:{rt4}]] {pdus4} | 2 | {eartag8}, {eartag9} | [[p:{hp4}]]

Yang menyerahkan, Petugas Peternakan: [[n:{n5}]], NIP {nipp5}
Yang menerima, Ketua Kelompok: [[n:{n6}]] (HP [[p:{hp6}]])
""",
    L=(5,),
)

T(
    "aid_list",
    "land",
    """
DAFTAR PESERTA PTSL {THN} – DESA {DESA} (TAHAP PENGUMPULAN DATA YURIDIS)
No;Nama Pemohon;NIK;Letak Objek;Luas;NIB;No HP
1;[[n:{N1}]];[[nik:{nik1}]];{pdus1};{m1};{nib1};[[p:{hp1}]]
2;[[n:{N2}]];[[nik:{nik2}]];{pdus2};{m2};{nib2};[[p:{hp2}]]
3;Majelis Jemaat GMIT «Imanuel¦Betel¦Efrata» {desa};-;{pdus3};{m3};{nib3};{ofwa}
4;[[n:{N4}]];[[nik:{nik4}]];{pdus4};{m4};{nib4};[[p:{hp4}]]
5;Tanah Kas Desa {desa} (aset desa);-;{pdus5};{m5};{nib5};{desatel}
6;[[n:{N6}]];[[nik:{nik6}]];{pdus6};{m6};{nib6};-
Data diinput oleh: Puldatan [[n:{n7}]]
Diperiksa: Satgas Yuridis {ofbp}
""",
)

T(
    "aid_list",
    "village_fund",
    """
REKAPITULASI KPM BLT DANA DESA PER RT
Desa {desa} – Tahun {thn}
Sumber: hasil Musdesus {tgl} dan DTKS pemutakhiran {bln} {thn}

RT 01/RW 01 : {num} KPM
RT 02/RW 01 : {num2} KPM
RT 03/RW 02 : {num3} KPM
RT 04/RW 02 : {num4} KPM
RT 05/RW 03 : {num5} KPM
RT 06/RW 03 : {num6} KPM

Besaran: Rp 300.000 per KPM per bulan, disalurkan per 3 bulan (Rp 900.000).
Pagu BLT dalam APBDes {thn}: {rpb} (kode kegiatan {kode}).
Penyaluran tunai di kantor desa, disaksikan BPD dan Pendamping Lokal Desa.
Dicetak: {tgld} pukul {t} WITA – operator Siskeudes
""",
)

T(
    "aid_list",
    "fishing",
    """
DAFTAR KELOMPOK USAHA BERSAMA (KUB) NELAYAN PENERIMA BANTUAN ALAT TANGKAP
{OFKP} – TAHUN ANGGARAN {thn}

No | Nama KUB | Desa | No. Register | NPWP Kelompok | Rekening Kelompok | Email
1 | {kub1} | {desa} | {kubreg1} | {kubnp1} | {kubbank1} {kubacc1} | {kubm1}
2 | {kub2} | {desa2} | {kubreg2} | {kubnp2} | {kubbank2} {kubacc2} | {kubm2}
3 | {kub3} | {desa3} | {kubreg3} | {kubnp3} | {kubbank3} {kubacc3} | {kubm3}

Paket bantuan per KUB: 1 unit jaring insang 2 inci (100 m), 2 unit cool box 75 liter, 1 unit mesin tempel 15 PK.
Rekening harus atas nama kelompok, bukan rekening pribadi ketua. Nilai paket {rpb}/KUB.
Verifikasi lapangan: {tgl} s/d {tgl2}. Info: Bidang Perikanan Tangkap, telp {ofkpt}
""",
    V="coast",
)


T(
    "aid_list",
    "farming",
    """
REKAP REALISASI PENYALURAN PUPUK BERSUBSIDI
Desa {desa} – Kec. {kec} – Bulan {bln} {thn}

Kelompok Tani | ID Poktan | Luas (ha) | Urea (kg) | NPK (kg) | Organik (kg)
{pt1} | {ptid1} | {num} | {num2}00 | {num3}00 | {num4}00
{pt2} | {ptid2} | {num5},5 | {num6}00 | {num7}00 | -
{pt3} | {ptid3} | {num8} | {num9}00 | {num10}00 | {num11}00

Kios pengecer: {kios1} (NPWP {kiosnp1}), «penebusan via aplikasi i-Pubers¦penebusan dengan KTP»
Realisasi s/d bulan lalu: Urea {pct}, NPK {pct2} dari alokasi.
Catatan PPL: alokasi MT II menunggu SK Kepala Dinas Pertanian Nomor {nskta}.
""",
)

T(
    "aid_list",
    "village_fund",
    """
Rekap NPWP perangkat desa dan anggota BPD {desa} (diminta bendahara untuk potong PPh 21 penghasilan tetap)
1. [[n:{n1}]] (Kepala Desa) — [[npwp:{npd1}]]
2. [[n:{n2}]] (Sekretaris Desa) — [[npwp:{nps2}]]
3. [[n:{n3}]] (Kaur Keuangan) — «[[npwp:{npn3}]]¦[[npwp:{npns3}]]»
4. [[n:{n4}]] (Kaur Perencanaan) — [[npwp:{npz4}]]
5. [[n:{n5}]] (Kepala {dus1}) — belum punya, NIK [[nik:{nik5}]]
6. [[n:{n6}]] (Ketua BPD) — «[[npwp:{npt6}]]¦[[npwp:{npm6}]]¦[[npwp:{npb6}]]»
7. [[n:{n7}]] (Anggota BPD) — [[npwp:{npd7}]]
Bendahara Desa (pemotong): NPWP {bnp}
Catatan: NPWP 16 digit sama dengan NIK. Bukti potong dikirim ke email masing-masing dari {desam}.
""",
)

# ---------------------------------------------------------------- meeting_minutes

T(
    "meeting_minutes",
    "village_fund",
    """
BERITA ACARA
MUSYAWARAH DESA KHUSUS (MUSDESUS)
PENETAPAN KPM BLT DANA DESA TAHUN {thn}
Nomor: {ns}

Pada hari ini {hari}, tanggal {tgl}, bertempat di Aula Kantor Desa {desa}, Kecamatan {kec}, telah dilaksanakan Musyawarah Desa Khusus yang dihadiri {num}0 orang (daftar hadir terlampir) dan dipimpin oleh Ketua BPD {hon1} [[n:{n1}]].

Pokok-pokok pembahasan:
1. Kepala Desa {hon2} [[n:{n2}]] menyampaikan pagu BLT Dana Desa {thn} sebesar {rpb} untuk paling banyak {num2} KPM.
2. Pendamping Lokal Desa menjelaskan kriteria: keluarga miskin ekstrem, kehilangan mata pencaharian, anggota keluarga sakit menahun atau disabilitas, lansia tunggal.
3. Usulan tiap dusun dibacakan kepala dusun. {hon3} [[n:{n3}]] dari [[a:{rt3}]] menyampaikan keberatan karena orang tuanya, {mb4} [[n:{n4}]] (lansia, tinggal sendiri), tidak masuk usulan.
4. Peserta sepakat mencoret nama [[n:{N5}]] (NIK [[nik:{nik5}]]) karena sudah menerima PKH, dan [[n:{N6}]] karena sudah meninggal dunia bulan {bln}; diganti dengan [[n:{N4}]] dan satu nama dari {dus2}.
5. Daftar akhir KPM ditetapkan {num2} KK dan ditempel di kantor desa dan tiap dusun.

Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.

Pimpinan Musyawarah, Ketua BPD
[[n:{n1}]]
Notulis, Sekretaris Desa
[[n:{n7}]]
Wakil masyarakat: [[n:{n8}]] (tokoh agama), [[n:{n9}]] (tokoh perempuan)
""",
    fam={4: 3},
    A={4: (1935, 1955)},
    F=(9,),
)

T(
    "meeting_minutes",
    "bumdes",
    """
NOTULEN RAPAT PENGURUS {BUM}
Hari/Tanggal : {hari}, {tgl}
Tempat : Sekretariat BUMDes, Kantor Desa {desa}
Hadir : Penasihat (Kepala Desa), Direktur, Sekretaris, Bendahara, Pengawas, Kepala Unit Air Bersih dan Kepala Unit Simpan Pinjam

1. Laporan Bendahara, [[n:{n1}]]: saldo rekening BUMDes di Bank NTT ({bumacc}) per {tgld} sebesar {rp}; pendapatan unit air tangki bulan lalu {rp2}.
2. Kredit macet unit simpan pinjam: [[n:{n2}]] ([[a:{rt2}]]) sisa pinjaman {rp3}, [[n:{n3}]] ([[a:{rt3}]]) sisa {rp4}. Disepakati ditagih langsung oleh Direktur bersama kepala dusun.
3. Pajak: NPWP BUMDes {bumnp} sudah aktif di Coretax. Bendahara minta NPWP pribadi pengurus untuk potong PPh honor:
   - Direktur, [[n:{n4}]] – «[[npwp:{npd4}]]¦[[npwp:{npn4}]] (sudah pakai NIK)¦[[npwp:{npm4}]]»
   - Sekretaris, [[n:{n5}]] – [[npwp:{np5}]]
   - Bendahara belum punya NPWP, sementara pakai NIK.
4. Email BUMDes {bumm} dipakai untuk laporan ke {ofpms}, jangan pakai email pribadi lagi.
5. Harga air tangki naik jadi Rp 150.000/tangki 5.000 liter mulai {tgl2}.

Rapat ditutup pukul «12.10¦12.45¦13.30¦16.20¦17.05» WITA.
Notulis,
[[n:{n5}]]
""",
)

T(
    "meeting_minutes",
    "farming",
    """
NOTULEN RAPAT ANGGOTA {PT1}
Desa {desa}, {hari} {tgl}, jam {jam}, di rumah Ketua Kelompok ([[a:{rt1}]], {pdus1})

Hadir {num} anggota dan PPL Desa, {hon2} [[n:{n2}]].
Acara: penyusunan e-RDKK MT {thn}/2027 dan rencana tanam jagung dan padi ladang.
1. PPL menjelaskan data anggota harus sesuai NIK di KTP; NIK yang belum padan dengan Dukcapil tidak bisa diinput. Anggota atas nama [[n:{n3}]] dan [[n:{n4}]] NIK-nya tidak padan, diminta urus ke Dukcapil dulu.
2. Luas garapan tiap anggota dicek ulang, paling luas 2 ha. Total luas kelompok {num2} ha.
3. Kebutuhan pupuk: Urea {num3}00 kg, NPK {num4}00 kg, penebusan di {kios1}.
4. Sekretaris kelompok, [[n:{n5}]], kumpul fotokopi KTP anggota; yang mau kirim foto KTP lewat WA ke nomor sekretaris [[p:{hp5}]].
5. Email kelompok {ptm1} dipakai untuk pendaftaran di Simluhtan (ID {ptid1}).

Ketua Kelompok: [[n:{n1}]]
Notulis: [[n:{n5}]]
""",
    L=(2,),
)

T(
    "meeting_minutes",
    "land",
    """
BERITA ACARA PENYELESAIAN SENGKETA BATAS TANAH
Nomor: {ns}

Pada hari {hari} tanggal {tgl} bertempat di Kantor Desa {desa} telah dilakukan musyawarah penyelesaian sengketa batas tanah antara keluarga [[n:{f1}]] dan keluarga [[n:{f2}]] atas bidang tanah di {pdus1} (NIB {nib}, NOP {nop}), luas ± {m}.
Pihak I : [[n:{n1}]], umur {umur1} tahun, petani, tinggal di [[a:{rt1}]] {pdus1}
Pihak II : [[n:{n2}]], umur {umur2} tahun, petani, tinggal di [[a:{rt2}]] {pdus2}
Hasil musyawarah:
1. Batas sebelah timur ditarik lurus dari pohon asam sampai patok beton No. {num}; Pihak II tidak keberatan.
2. Tanaman jati milik Pihak II yang masuk batas tetap dipanen oleh Pihak II.
3. Pengukuran ulang oleh petugas ukur {ofbps} dijadwalkan {tgl2}; biaya ditanggung bersama.
Saksi-saksi:
1. [[n:{n3}]] (tokoh adat)
2. [[n:{n4}]] (Kepala {dus1})
Mengetahui,
Kepala Desa {desa}
[[n:{N5}]]
""",
    A={1: (1950, 1985), 2: (1950, 1985)},
    O={1: NTT, 2: NTT},
)

T(
    "meeting_minutes",
    "school",
    """
NOTULEN RAPAT KOMITE {SEK1}
NPSN {npsn} – Desa {desa}
Hari/tanggal: {hari}, {tgl}, pukul {jam}
Pimpinan rapat: Ketua Komite, [[n:{n1}]]
Hadir: Kepala Sekolah [[n:{n2}]], «7¦8¦9¦11» guru dan {num2} orang tua murid.

1. Kepala Sekolah melaporkan dana BOS tahap I sebesar {rpb} sudah masuk rekening sekolah di Bank NTT (a.n. {sek1}); NPWP bendahara BOS {seknp}.
2. Honor guru honorer dibayar dari BOS paling banyak 50%. Untuk potongan pajak, bendahara minta NPWP guru honor: [[n:{n3}]] – [[npwp:{np3}]]; [[n:{n4}]] belum punya NPWP, pakai NIK [[nik:{nik4}]].
3. Orang tua murid, [[n:{n5}]] ([[a:{rt5}]]), menanyakan anaknya [[n:{g6}]] kelas «III¦IV¦V» yang belum terima PIP; diminta cek NISN {nisn} di ruang operator.
4. Wali kelas, [[n:{n7}]], minta orang tua hubungi lewat WA [[p:{hp7}]] atau email [[e:{em7}]] kalau anak sakit.
5. Iuran sukarela pembangunan pagar ditransfer ke rekening komite Bank NTT {accx} a.n. Komite Sekolah.

Notulis,
[[n:{n7}]]
""",
    fam={6: 5},
    A={6: (2014, 2018)},
)

T(
    "meeting_minutes",
    "village_admin",
    """
NOTULEN MUSRENBANG DESA {DESA} TAHUN {thn}
Waktu : {hari}, {tgl}, pukul {jam} WITA – selesai
Tempat : Aula Kantor Desa {desa}
Peserta : Kepala Desa, perangkat desa, Ketua dan anggota BPD, Ketua RT/RW, kepala dusun, Pendamping Desa, Babinsa, Bhabinkamtibmas, tokoh agama dan tokoh perempuan ({num}0 orang)

Usulan prioritas:
1. {dus1}: rabat beton jalan lingkungan RT 03 sepanjang {num2}0 m – {rpb}
2. {dus2}: sumur bor dan bak penampung air bersih – {rpb2}
3. {dus3}: jamban sehat untuk {num3} KK – {rpb3}
4. Seluruh dusun: PMT balita dan ibu hamil (penanganan stunting) – {rpb4}
5. Ketahanan pangan (20% Dana Desa): penggemukan sapi oleh BUMDes – {rpb5}
Kode kegiatan mengikuti Permendagri 20/2018 (contoh bidang pembangunan {kode}).
Hasil: usulan 1–4 masuk RKPDes 2027, usulan 5 dibahas lagi bersama pengurus BUMDes tanggal {tgl2}.
Notulen disusun oleh Sekretaris Desa dan dibacakan kembali kepada peserta.
""",
)

T(
    "meeting_minutes",
    "health",
    """
NOTULEN LOKAKARYA MINI LINTAS SEKTOR – {PKM}
Tanggal {tgl}, bertempat di Aula {pkm}
Peserta: Camat {kec} (diwakili Sekcam), Kepala Puskesmas, kepala desa se-kecamatan, bidan desa, tenaga gizi, kader dan TP PKK.

Data bulan {bln} {thn}:
- {timbang}
- Balita stunting {num3} anak; kasus terbanyak di RT 04 dan RT 07 Desa {desa}
- Ibu hamil KEK {num4} orang; ibu hamil risiko tinggi dirujuk ke RSUD
- Cakupan imunisasi dasar lengkap {pct2}
Rencana tindak lanjut:
1. PMT lokal 90 hari dengan anggaran Dana Desa {rpb}.
2. Kelas ibu hamil tiap {hari} minggu kedua di {pustu}.
3. Laporan bulanan dikirim ke {pkmm} paling lambat tanggal 5.
Kontak UGD {pkm} 24 jam: {oftel}; ambulans: {ofwa}.
""",
)

T(
    "meeting_minutes",
    "fishing",
    """
NOTULEN RAPAT ANGGOTA {KUB1}
Desa {desa}, {hari} {tgl}
Hadir: Ketua, Sekretaris, Bendahara, {num} anggota dan penyuluh perikanan kecamatan.

1. Pendataan kapal anggota untuk pas kecil: 5 perahu motor 1–3 GT. Contoh nomor pas kecil yang sudah terbit: {pas}; tanda selar: {selar}.
2. Solar subsidi: rekomendasi {ofkps} untuk {num2} perahu, kuota {liter} per trip, diambil di {spbn}.
3. Hasil tangkapan bulan lalu: cakalang {num3}0 kg, tongkol {num4}0 kg, ikan terbang {num5}0 kg; harga di TPI Rp 25.000–35.000/kg.
4. Kas kelompok di rekening {kubbank1} {kubacc1} a.n. {kub1}: {rp}.
5. Laporan kegiatan dikirim ke email kelompok {kubm1} dan ke penyuluh.
Rapat ditutup pukul «12.10¦13.30¦17.05¦18.40¦21.15» WITA.
""",
    V="coast",
)

T(
    "meeting_minutes",
    "village_fund",
    """
NOTULEN SOSIALISASI PERPAJAKAN BAGI PEMERINTAH DESA
Tempat : Aula Kantor Camat {kec}, {hari} {tgl}
Narasumber : Account Representative KPP Pratama «Kupang¦Soe¦Waingapu», [[n:{n1}]]

1. Narasumber menjelaskan: NPWP Desa ({desanp}) dipakai untuk PPN dan PPh atas belanja desa; NPWP Bendahara ({bnp}) untuk pemotongan. NPWP pribadi kepala desa dan perangkat hanya untuk SPT Tahunan masing-masing.
2. Kepala Desa {desa}, [[n:{n2}]], menanyakan status NPWP pribadinya [[npwp:{npd2}]] yang katanya sudah tidak dipakai. Narasumber: sejak Coretax NPWP orang pribadi memakai NIK, jadi NPWP Bapak sekarang [[npwp:{npn2}]].
3. Kaur Keuangan Desa {desa2}, [[n:{n3}]], belum bisa login Coretax karena email terdaftar salah; narasumber meminta ganti ke email pribadi [[e:{emx3}]] lewat formulir perubahan data.
4. Konsultasi lanjutan dapat melalui Kring Pajak 1500200 atau WA narasumber [[p:{hp1}]], email dinas [[e:{emkp1}]]. Jangan gunakan email kpp.kupang@pajak.go.id untuk kirim data pribadi.
Notulis: staf Kantor Camat
""",
    L=(1,),
    M=(2,),
)

# ---------------------------------------------------------------- official_letter

T(
    "official_letter",
    "village_admin",
    """
PEMERINTAH KABUPATEN {KAB}
KECAMATAN {KEC}
KANTOR DESA {DESA}
Email: {desam} – HP/WA Kantor: {desatel}

Nomor : {ns}
Lampiran : 1 (satu) berkas
Perihal : Permohonan Perbaikan Data Kependudukan

Kepada Yth.
Kepala {ofdc}
di –
{kabc}

Dengan hormat,
Bersama ini kami mohon bantuan perbaikan data kependudukan warga Desa {desa} yang NIK-nya tidak padan, sehingga tidak dapat menerima BLT Dana Desa dan pupuk bersubsidi:
1. Nama : [[n:{N1}]]
   NIK : [[nik:{nik1}]]
   No. KK : [[kk:{kk1}]]
   Alamat : [[a:{rt1}]], {pdus1}
   Masalah : NIK ganda (tercatat juga di kabupaten lain)
2. Nama : [[n:{N2}]]
   NIK : [[nik:{nik2}]]
   No. KK : [[kk:{kk2}]]
   Alamat : [[a:{rt2}]], {pdus2}
   Masalah : tanggal lahir di KTP ({lahir2}) tidak sama dengan di KK
Fotokopi KTP, KK dan surat keterangan kepala dusun terlampir. Untuk konfirmasi dapat menghubungi operator desa kami, [[n:{n3}]], di nomor [[p:{hp3}]].
Demikian permohonan ini, atas perhatian dan kerja samanya diucapkan terima kasih.

{desa}, {tgl}
Kepala Desa {desa},

[[n:{N4}]]

Tembusan:
1. Camat {kec};
2. Arsip.
""",
)

T(
    "official_letter",
    "village_fund",
    """
PEMERINTAH KABUPATEN {KAB}
KECAMATAN {KEC}
{ofcaj} – Email: {ofcam}

Nomor : {nskca}
Sifat : Penting
Perihal : Teguran keterlambatan LPJ Dana Desa Tahap II

Kepada Yth.
Kepala Desa {desa}
di –
Tempat

Berdasarkan hasil monitoring tim kecamatan pada {tgl}, LPJ realisasi Dana Desa Tahap II TA {thn} Desa {desa} belum disampaikan. Selain itu ditemukan:
a. PPN dan PPh belanja material sebesar {rp} belum disetor ke kas negara (kode billing belum dibuat atas NPWP bendahara desa {bnp});
b. Honor Tim Pelaksana Kegiatan dibayar tanpa potongan PPh 21. Data TPK yang kami terima: Ketua TPK [[n:{n2}]], NPWP [[npwp:{np2}]]; Sekretaris TPK [[n:{n3}]], belum ada NPWP (NIK [[nik:{nik3}]]);
c. Kaur Keuangan, {sdr1} [[n:{n1}]], belum menginput SPJ di Siskeudes sejak bulan {bln}.
Diminta kepada Saudara agar menyelesaikan hal tersebut paling lambat {tgl2} dan melaporkannya ke kantor camat.
Demikian untuk menjadi perhatian.

Camat {kec},

[[n:{N4}]]
Pembina Tk. I
NIP {nipp4}

Tembusan: 1. Bupati {kab}; 2. Kepala {ofpm}; 3. Inspektur Daerah.
""",
    L=(4,),
)

T(
    "official_letter",
    "farming",
    """
SURAT REKOMENDASI
Nomor : {ns}

Yang bertanda tangan di bawah ini Kepala Desa {desa}, Kecamatan {kec}, Kabupaten {kab}, memberikan rekomendasi kepada:
Nama Kelompok : {pt1}
ID Poktan : {ptid1}
Ketua : [[n:{n1}]]
NIK Ketua : [[nik:{nik1}]]
HP Ketua : [[p:{hp1}]]
Sekretariat : rumah Ketua, [[a:{rt1}]] {pdus1}
NPWP Kelompok : {ptnp1}
Rekening Kelompok : {ptbank1} {ptacc1} a.n. {pt1}
Email Kelompok : {ptm1}
untuk mengajukan proposal bantuan 1 (satu) unit hand tractor dan 2 (dua) unit pompa air kepada {ofta}.
Kelompok tersebut benar aktif, beranggotakan {num} petani dengan luas lahan {num2} ha, dan terdaftar di Simluhtan sejak tahun «2019¦2021¦2022».
Demikian rekomendasi ini dibuat untuk dipergunakan seperlunya.

{desa}, {tgl}
Kepala Desa {desa},
[[n:{N2}]]
""",
)

T(
    "official_letter",
    "land",
    """
SURAT KETERANGAN RIWAYAT TANAH
Nomor : {ns}

Yang bertanda tangan di bawah ini Kepala Desa {desa}, Kecamatan {kec}, menerangkan bahwa:
Nama : [[n:{N1}]]
Tempat/Tgl Lahir : {desa}, {lahir1}
NIK : [[nik:{nik1}]]
Pekerjaan : Petani
Alamat : [[a:{rt1}]], {pdus1}, Desa {desa}
adalah benar menguasai sebidang tanah kebun di {pdus2} seluas ± {m} (NOP {nop}) yang diperoleh dari warisan orang tuanya, almarhum [[n:{n2}]], dan dikuasai secara fisik sejak tahun «1985¦1992¦1998¦2004» tanpa sengketa.
Batas-batas:
Utara : tanah milik [[n:{n3}]]
Selatan : jalan desa
Timur : tanah milik keluarga [[n:{f4}]]
Barat : kali mati
Surat keterangan ini dibuat untuk melengkapi berkas pendaftaran PTSL Tahun {thn}.

{desa}, {tgl}
Kepala Desa {desa},
[[n:{N5}]]
""",
    fam={1: 2},
    M=(2,),
    A={1: (1965, 1990), 2: (1925, 1955)},
    O={2: NTT, 4: NTT},
)

T(
    "official_letter",
    "fishing",
    """
PEMERINTAH KABUPATEN {KAB}
{OFKP}
{ofkpj}, Telp. {ofkpt}, Email: {ofkpm}

Nomor : {nskkp}
Hal : Verifikasi Calon Penerima Bantuan Perahu Motor

Yth. Kepala Desa {desa}
di –
Tempat

Sehubungan dengan usulan bantuan perahu motor 3 GT Tahun {thn}, mohon bantuan Saudara memverifikasi nelayan berikut (domisili, kartu KUSUKA dan tidak sedang menerima bantuan sejenis):
1. [[n:{n1}]] – NIK [[nik:{nik1}]] – KUSUKA {kusuka1} – HP [[p:{hp1}]]
2. [[n:{n2}]] – NIK [[nik:{nik2}]] – KUSUKA {kusuka2} – HP [[p:{hp2}]]
3. [[n:{n3}]] – NIK [[nik:{nik3}]] – KUSUKA belum ada – HP -
Hasil verifikasi dikirim ke email {ofkpm} paling lambat {tgl2}. Narahubung: Kepala Seksi Kapal Perikanan, [[n:{n4}]] ([[p:{hp4}]]).

Kepala Dinas Kelautan dan Perikanan,

[[n:{N5}]]
""",
    L=(4, 5),
    M=(1, 2, 3),
    V="coast",
)


T(
    "official_letter",
    "social_aid",
    """
PEMERINTAH KABUPATEN {KAB}
{OFSO}
{ofsoj}, Telp. {ofsot}, Email: {ofsom}

Nomor : {nskso}
Sifat : Segera
Lampiran : 1 (satu) lembar
Perihal : Jadwal Verifikasi dan Validasi DTKS Bulan {bln} {thn}

Kepada Yth.
Kepala Desa se-Kecamatan {kec}
di –
Tempat

Dalam rangka pemutakhiran Data Terpadu Kesejahteraan Sosial (DTKS), dengan hormat kami sampaikan jadwal verifikasi dan validasi sebagai berikut:
1. Desa {desa} : {hari}, {tgl}, pukul 09.00 WITA
2. Desa {desa2} : {hari2}, {tgl2}, pukul 09.00 WITA
3. Desa {desa3} : {hari3}, {tgl3}, pukul 13.00 WITA
Operator SIKS-NG desa diminta membawa laptop, usulan keluarga baru, serta daftar KPM yang meninggal atau pindah. Usulan dalam format Excel dikirim ke siksng.{desas}@gmail.com dan tembusan ke {ofsom}.
Helpdesk SIKS-NG kabupaten: WA {ofwa}.
Demikian disampaikan, atas kerja samanya diucapkan terima kasih.

Ditandatangani secara elektronik oleh
KEPALA DINAS SOSIAL KABUPATEN {KAB}
Kode verifikasi: {ntpn}
""",
)

T(
    "official_letter",
    "health",
    """
PEMERINTAH KABUPATEN {KAB}
DINAS KESEHATAN
{PKM}
Alamat: Jl. Puskesmas No. {num}, {kec} – Telp. {oftel} – Email: {pkmm}

Nomor : {nskpu}
Perihal : Dukungan Dana Desa untuk PMT Lokal Balita Stunting

Kepada Yth.
Kepala Desa {desa}
di –
Tempat

Berdasarkan hasil penimbangan bulan {bln} {thn}, jumlah balita stunting di Desa {desa} sebanyak «9¦11¦14¦17¦23» anak, gizi kurang «4¦6¦8¦12» anak dan ibu hamil KEK «2¦3¦5¦6» orang. Kami mohon dukungan Dana Desa untuk PMT lokal selama 90 hari dengan perkiraan biaya {rpb}, sesuai kode kegiatan {kode}.
Pelaksanaan PMT didampingi bidan desa dan tenaga gizi puskesmas. Laporan disampaikan ke email puskesmas tiap tanggal 5.
Untuk kerja sama pembayaran jasa dari BLUD: NPWP BLUD {PKM} {cvnp1}, rekening Bank NTT {accx} a.n. BLUD {PKM}.

Kepala {pkm},
Ditandatangani secara elektronik
Kode verifikasi: {ntpn}
""",
)

T(
    "official_letter",
    "school",
    """
PEMERINTAH KABUPATEN {KAB}
{OFPK}
{ofpkj}, Telp. {ofpkt}

Nomor : {nskpk}
Perihal : Penyampaian Laporan Penggunaan Dana BOS Tahap I TA {thn}

Kepada Yth.
Kepala SD dan SMP se-Kecamatan {kec}
di –
Tempat

Sampai dengan {tgl}, sekolah berikut belum menyampaikan laporan penggunaan dana BOS Tahap I:
No | Sekolah | NPSN | Email
1 | {sek1} | {npsn1} | {sekm1}
2 | {sek2} | {npsn2} | {sekm2}
3 | {sek3} | {npsn3} | {sekm3}
Laporan diunggah melalui ARKAS paling lambat {tgl2} dan dikirim ke {ofpkm}. Bendahara BOS agar menyetor pajak (PPN/PPh) memakai NPWP bendahara sekolah, bukan NPWP pribadi, contoh format NPWP 16 digit: 0012345678920000.
Helpdesk BOS: WA {ofwa} (jam kerja).

a.n. Kepala Dinas
Sekretaris,
Ditandatangani secara elektronik
""",
)

T(
    "official_letter",
    "village_admin",
    """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
Jl. El Tari No. {num}, Kupang – Telp. {oftel} – kpp.kupang@pajak.go.id

Nomor : S-{num2}{num3}/KPP.{num4}/{thn}
Tanggal : {tgl}
Sifat : Biasa
Hal : Imbauan Penyampaian SPT Tahunan PPh Orang Pribadi

Yth. [[n:{N1}]]
NPWP : «[[npwp:{npd1}]]¦[[npwp:{npn1}]]»
[[a:{RT1}]], {PDUS1}, DESA {DESA}
KECAMATAN {KEC}

Berdasarkan data kami, Saudara selaku Kepala Desa {desa} belum menyampaikan SPT Tahunan PPh Orang Pribadi Tahun Pajak 2025. Penghasilan tetap dari APBDes dipotong PPh 21 oleh Bendahara Desa {desa} (NPWP {bnp}) dan tercatat pada bukti potong nomor {nibu}.
Mohon SPT disampaikan melalui Coretax dalam 14 (empat belas) hari sejak tanggal surat ini. Apabila sudah disampaikan, surat ini dapat diabaikan.
Petugas yang dapat dihubungi: [[n:{n2}]], Account Representative, telepon {oftel2} ext. {num5}.

a.n. Kepala Kantor
Kepala Seksi Pengawasan «II¦III»
Ditandatangani secara elektronik
""",
    L=(2,),
)

# ---------------------------------------------------------------- villager_complaint

T(
    "villager_complaint",
    "village_fund",
    """
YTH BPK BUPATI {KAB} «/ DINAS PMD¦CQ DINAS PMD¦». SY [[n:{N1}]] WARGA DESA {DESA} [[a:{RT1}]] {PDUS1}. NAMA SY ADA DI DAFTAR BLT DD THN {thn} YG DITEMPEL DI KANTOR DESA TP SAMPE SKRG TAHAP «I¦II» SY BLM TRIMA. KATA SEKDES NAMA SY DIGANTI KRN KK SY «BEDA DESA¦DOBEL». PADAHAL «KK SY [[kk:{KK1}]]¦NO KK SY [[kk:{KK1}]]» ALAMAT {DESA}. KADES [[n:{N2}]] TDK MAU KETEMU SY. MOHON DIBANTU. [[n:{N1}]] [[p:{hpo1}]]
""",
)

T(
    "villager_complaint",
    "social_aid",
    """
Selamat {salam} bapa ibu di {ofso} 🙏
Beta [[n:{n1}]] dari Desa {desa}, Kec. {kec}. Beta mau tanya soal PKH beta pung mama, [[n:{n2}]]. Su dua tahap uang sonde masuk di rekening KKS BNI [[b:{accn2}]]. Waktu cek di aplikasi Cek Bansos statusnya "SP2D belum". NIK mama [[nik:{nik2}]].
Pendamping di desa bilang tunggu sa, tapi su dari bulan lalu. Nomor pendamping {ofwa} ju sonde angkat.
Mohon bantu cek ko. Kalo perlu foto KTP deng KK nanti beta kirim. Ini beta pung nomor WA [[p:{hp1}]]«, email [[e:{em1}]]¦».
Terima kasih 🙏
""",
    F=(2,),
    fam={1: 2},
    A={1: (1985, 2004), 2: (1945, 1968)},
)

T(
    "villager_complaint",
    "land",
    """
[[n:{n1}]]
{num} jam · 🌏

PUNGLI PTSL DI DESA {DESA}??
Katong di sini dipungut Rp 750.000 per bidang untuk PTSL, padahal aturan SKB 3 Menteri untuk NTT cuma Rp 350.000. Yang tagih itu panitia desa, «Bapak¦Om» [[n:{n2}]], katanya untuk "uang ukur" deng "uang makan petugas BPN". Kwitansi sonde dikasi. Beta pung tanah di {pdus1} (NIB {nib}) su diukur tapi sertifikat sampe sekarang belum keluar.
Mohon {ofbp} deng Saber Pungli turun cek. @saberpungli.ntt @kementerian.atrbpn
👍 {num2}  💬 {num3} komentar  ↗ {num4} kali dibagikan

[[n:{c3}]]: Sama kaka, di [[a:{rt3}]] ju bayar 750 😡
[[n:{c4}]]: Lapor ke 1708 sa kaka, ko ada nomor tiket
Suara Desa {desa}: Admin su teruskan ke pemdes, tunggu jawaban.
""",
    M=(2,),
)

T(
    "villager_complaint",
    "farming",
    """
YTH DINAS PERTANIAN KAB {KAB}. SY PETANI DR DESA {DESA}, SDH TERDAFTAR E-RDKK TP PUPUK SUBSIDI DI {KIOS1} SELALU HABIS. KIOS JUAL UREA RP 180.000/SAK, LEWAT HET. PPL [[n:{N2}]] JARANG DATANG. «NIK SY [[nik:{NIK1}]]¦NIK [[nik:{NIKS1}]]», LUAS LAHAN {HA}. MOHON DICEK. [[n:{N1}]] [[a:{RT1}]] HP [[p:{hp1}]]
""",
    L=(2,),
)

T(
    "villager_complaint",
    "health",
    """
Selamat {salam} bapak/ibu {ofin}.
Saya [[n:{n1}]], warga Desa {desa} [[a:{rt1}]]. Saya mau lapor ambulans desa (Toyota Hiace putih, plat [[pl:{pl2}]]) yang dibeli pakai Dana Desa {thn}. Tanggal {tgl} anak saya [[n:{g3}]] demam tinggi malam-malam, kami telpon sopir ambulans tapi katanya mobil dipakai Kepala Desa, [[n:{n2}]], ke {kabc} untuk urusan pribadi. Akhirnya kami bawa pakai ojek ke {pkm}.
Ini bukan pertama kali, warga sering lihat mobil itu parkir di depan rumah kades waktu hari libur.
Mohon ditindaklanjuti. Kontak saya: HP [[p:{hp1}]] / email [[e:{emx1}]]
""",
    fam={3: 1},
    A={3: (2016, 2023)},
)

T(
    "villager_complaint",
    "village_admin",
    """
YTH BPK BUPATI {KAB}. JALAN DESA {DESA} DARI KM {km} SAMPAI {DUS2} RUSAK PARAH, SDH «5¦6¦8¦10» THN TDK DIPERBAIKI. APBDES {thn} ADA {rpb} UTK RABAT BETON TP SAMPE SKRG BLM ADA PEKERJAAN. PAPAN PROYEK TULIS NO SPK {ns} NILAI {rpb2}. MOHON INSPEKTORAT TURUN CEK. WARGA RT 03 SD RT 07. TRIMS
""",
)

T(
    "villager_complaint",
    "fishing",
    """
Info Nelayan Kupang
{num} jam · 🌏

Nelayan di Desa {desa} dan {desa2} mengeluh solar subsidi di {spbn} sering kosong. Kuota per perahu {liter} per trip tapi yang dapat cuma 10 liter, sisanya katanya dijual ke pengecer jerigen Rp 12.000/liter (harga resmi Rp 6.800). Surat rekomendasi DKP nomor {nskkp} sudah ada tapi petugas SPBN bilang kuota {bln} su habis tanggal {num2}.
Pengaduan Pertamina: call center 135. @pertamina @dkp.ntt
👍 {num3}0  💬 {num4} komentar
""",
    V="coast",
)


T(
    "villager_complaint",
    "social_aid",
    """
*PESAN BERANTAI – JANGAN PERCAYA*
"Selamat! NIK anda terpilih menerima BLT Rp 3.500.000 dari Kemensos tahun {thn}. Segera kirim foto KTP dan KK ke WA {scam} sebelum {tgl}. Info lengkap: bit.ly/blt-kemensos{num}"
Pesan ini HOAX. Nomor {scam2} dan {scam3} juga mengaku admin Kemensos dan minta pulsa Rp 50.000. Bantuan resmi hanya diumumkan lewat desa dan cekbansos.kemensos.go.id. Pengaduan resmi: Call Center 171 / WA {ofwa}.
Diteruskan dari grup PKK Desa {desa}.
""",
)

T(
    "villager_complaint",
    "health",
    """
YTH BPK BUPATI {KAB}. SY KADER POSYANDU DI DESA {DESA}. INSENTIF KADER TRIWULAN «I¦II» BLM CAIR KRN NPWP SY DITOLAK, KATANYA HARUS SAMA DENGAN NIK SY [[nik:{NIK1}]]. NPWP SY YG LAMA [[npwp:{NPD1}]] MASIH BERLAKU ATAU TDK? SDH TANYA BENDAHARA DESA TP TDK TAU. EMAIL SY [[e:{EMP1}]]. TRIMS. [[n:{N1}]] [[a:{RT1}]]
""",
    F=(1,),
)

# ---------------------------------------------------------------- office_reply

T(
    "office_reply",
    "village_fund",
    """
PEMERINTAH KABUPATEN {KAB}
{OFPM}
{ofpmj} – Telp. {ofpmt} – Email: {ofpmm}

Nomor : {nskpm}
Perihal : Tanggapan Pengaduan LAPOR! Tiket {tiket}

Kepada Yth.
{sdr1} [[n:{n1}]]
[[a:{rt1}]], {pdus1}, Desa {desa}
Kecamatan {kec}

Menindaklanjuti pengaduan Saudara melalui SMS 1708 dari nomor [[p:{hp1}]] tanggal {tgl}, bersama ini kami sampaikan:
1. Tim kami bersama Pendamping Desa telah melakukan klarifikasi ke Pemerintah Desa {desa} pada {tgl2}.
2. Nama Saudara tercatat dalam SK KPM BLT Dana Desa {thn} dengan NIK [[nik:{nik1}]], namun Kartu Keluarga Saudara ([[kk:{kk1}]]) terdaftar ganda di Dukcapil. Setelah diperbaiki, hak BLT tahap sebelumnya dibayarkan sekaligus (rapel).
3. Pemerintah Desa telah diminta menyerahkan BLT Saudara paling lambat {tgl3}.
Apabila belum diterima, Saudara dapat menghubungi Kepala Bidang Pemerintahan Desa, [[n:{n2}]], melalui WA [[p:{hp2}]], atau kanal pengaduan kami di atas.

Kepala Dinas,
Ditandatangani secara elektronik
""",
    L=(2,),
)

T(
    "office_reply",
    "social_aid",
    """
Yth. {hon1} [[n:{n1}]] (NIK [[nik:{nik1}]]) di Desa {desa}
Terima kasih atas laporan {hon1} yang kami terima lewat WA Layanan {ofsow}. Hasil pengecekan kami:
- Status PKH: dana tahap «II¦III» sudah ditransfer ke rekening KKS [[b:{accn1}]] pada {tgld}, namun rekening dalam status dormant. Silakan datang ke BNI Unit {kabc} membawa KTP dan buku tabungan.
- Kepesertaan PBI JK: kartu KIS {hon1} nomor [[bpjs:{bpjs1}]] masih aktif; anak {hon1}, [[n:{g2}]], nomor kartu [[bpjs:{bpjs2}]] dinonaktifkan karena NIK tidak padan. Usulan reaktivasi sudah kami kirim ke Kemensos tanggal {tgld2}.
Untuk pendampingan lebih lanjut, pendamping PKH {hon1} adalah [[n:{n3}]] (HP [[p:{hp3}]]).
Salam,
Admin Pengaduan {ofso}
""",
    F=(1,),
    fam={2: 1},
    A={2: (2008, 2020)},
    L=(3,),
)

T(
    "office_reply",
    "land",
    """
KEMENTERIAN AGRARIA DAN TATA RUANG/BADAN PERTANAHAN NASIONAL
{OFBP}
{ofbpj}

Nomor : {nskbp}
Perihal : Jawaban atas pertanyaan status sertipikat PTSL

Kepada Yth.
{hon1} [[n:{n1}]]
di Desa {desa}

Berdasarkan data aplikasi KKP, bidang tanah atas nama [[n:{N1}]] dengan NIB {nib} di Desa {desa}, luas {m}, telah terbit Sertipikat Hak Milik Nomor {shm}/{desa} tanggal {tgl}. Sertipikat diserahkan secara kolektif melalui Panitia PTSL Desa pada acara penyerahan tanggal {tgl2}.
Kantor Pertanahan tidak memungut biaya apa pun dalam PTSL. Dugaan pungutan di atas Rp 350.000 per bidang dapat dilaporkan ke Inspektorat Daerah atau Saber Pungli.
Informasi lebih lanjut dapat menghubungi petugas loket PTSL kami, [[n:{n2}]], WA [[p:{hp2}]], atau HALO ATR/BPN di {ofwa}.

a.n. Kepala Kantor Pertanahan
Kepala Seksi Survei dan Pemetaan,
[[n:{N3}]]
NIP {nipp3}
""",
    L=(2, 3),
)

T(
    "office_reply",
    "fishing",
    """
From: Bidang Perikanan Tangkap DKP <{ofkpm}>
To: «[[n:{n1}]]¦"[[n:{n1}]]"» <[[e:{emp1}]]>
Date: {tgl}
Subject: Re: Kartu KUSUKA belum terbit

Selamat {salam} Bapak [[n:{g1}]],
Pengajuan KUSUKA Bapak sudah kami verifikasi. Data yang terdaftar:
Nama : [[n:{N1}]]
NIK : [[nik:{nik1}]]
No. HP : [[p:{hp1}]]
Nama kapal : KM «Harapan Baru¦Anugerah¦Kasih Setia¦Putra Tunggal» ({selar})
Kartu KUSUKA Bapak nomor {kusuka} sudah terbit tanggal {tgld2} dan dapat diambil di kantor DKP atau diunduh lewat aplikasi. Untuk asuransi nelayan, ahli waris yang tercatat adalah istri, [[n:{n2}]].
Salam,
Admin KUSUKA {ofkps}
""",
    M=(1,),
    F=(2,),
    fam={2: 1},
    V="coast",
)


T(
    "office_reply",
    "school",
    """
Yth. {hon1} [[n:{n1}]], orang tua dari [[n:{g2}]]
Menjawab pengaduan melalui LAPOR! (tiket {tiket}): siswa atas nama [[n:{N2}]], NISN {nisn}, kelas «IV¦V¦VI» di {sek1}, tercatat sebagai penerima PIP Tahun {thn} tahap «1¦2» sebesar Rp 450.000. Dana sudah masuk ke rekening SimPel BRI [[b:{accr2}]] atas nama siswa.
Pencairan dilakukan oleh orang tua dengan membawa KK, KTP orang tua, kartu pelajar dan surat keterangan kepala sekolah ke BRI Unit {kec}. Batas aktivasi rekening {tgl2}.
Info lanjut: operator PIP sekolah {ofwa} atau email {ofpkm}.
Terima kasih.
Tim Pengelola Pengaduan {ofpk}
""",
    fam={2: 1},
    A={2: (2013, 2017)},
)

T(
    "office_reply",
    "health",
    """
TANGGAPAN ATAS PENGADUAN NOMOR {tiket}
Kategori: Kesehatan – Layanan Puskesmas/Pustu

{ofke} telah menerima laporan tentang tidak adanya bidan di {pustu} pada jam pelayanan. Hasil klarifikasi:
1. Bidan desa sedang mengikuti pelatihan di {kabc} tanggal {tgl} s/d {tgl2}; pelayanan sementara dialihkan ke {pkm} (UGD 24 jam {oftel}).
2. Jadwal pelayanan Pustu: Senin–Sabtu 08.00–14.00 WITA; di luar jam itu persalinan dilayani di Puskesmas PONED.
3. Ambulans desa dapat dipanggil melalui WA Pelayanan Kantor Desa {desatel}.
Laporan ditutup pada {tgld3} pukul {jam}. Jika belum puas, silakan balas tiket ini paling lambat 10 hari sejak tanggapan.
Admin LAPOR! {ofkes} – {ofkem}
""",
)

T(
    "office_reply",
    "farming",
    """
Tanggapan {ofta} atas laporan tiket {tiket}:
Terima kasih atas laporan Bapak/Ibu. HET pupuk bersubsidi tahun {thn}: Urea Rp 2.250/kg, NPK Rp 2.300/kg, organik Rp 800/kg. Kios yang menjual di atas HET dapat dikenai sanksi pencabutan izin sebagai pengecer resmi.
Tim kami bersama KP3 Kabupaten telah memeriksa {kios1} pada {tgl}. Stok saat pemeriksaan: Urea {num}00 kg, NPK {num2}00 kg. Pemilik kios diberi teguran tertulis nomor {nskta}.
Alokasi Desa {desa} MT I: Urea {num3},{num4} ton; NPK {num5},{num6} ton; realisasi s/d {tgld} {pct}.
Pengaduan lanjutan: call center Kementan 157, WA {ofwa}, email {oftam}.
""",
)

T(
    "office_reply",
    "village_admin",
    """
{OFIN}
Nomor : {nskin}
Perihal : Tindak lanjut pengaduan jalan desa

Menindaklanjuti pengaduan melalui SP4N-LAPOR! dengan nomor tiket {tiket} tanggal {tgl}, dengan ini kami sampaikan bahwa pemeriksaan khusus atas kegiatan rabat beton jalan desa di Desa {desa} TA {thn} (pagu {rpb}, kode kegiatan {kode}) dijadwalkan pada {tgl2} s/d {tgl3}.
Tim pemeriksa akan meminta dokumen RAB, SPK nomor {ns}, buku kas umum dan bukti pembayaran kepada Pemerintah Desa. Hasil pemeriksaan disampaikan kepada Bupati {kab} dan ditembuskan kepada pelapor melalui aplikasi.
Untuk informasi: {ofint} (jam kerja) atau email {ofinm}.
Inspektur Daerah,
Ditandatangani secara elektronik
Kode verifikasi {ntpn}
""",
)

T(
    "office_reply",
    "bumdes",
    """
From: {bum} <{bumm}>
To: [[n:{n1}]] <[[e:{emp1}]]>
Date: {tgl}
Subject: Re: Tagihan nota No. {num}/INV/{blnr}/{thn}

Selamat {salam} {hon1} [[n:{g1}]],
Nota {hon1} sudah kami terima. Sebelum pembayaran diproses, mohon dilengkapi:
1. NPWP yang tertulis di nota ([[npwp:{npd1}]]) tidak ditemukan di Coretax. Bendahara kami mencoba NIK {hon1} sebagai NPWP, [[npwp:{npn1}]], dan valid. Mohon konfirmasi.
2. Nomor rekening: di nota tertulis {bank1} [[b:{acc1}]] a.n. [[n:{N1}]]. Mohon kirim foto buku tabungan halaman depan.
3. PPh 22 dipungut 1,5% oleh {bum}; bukti potong memakai NPWP BUMDes {bumnp} sebagai pemotong.
Terima kasih.
Salam,
Bendahara {bum}
Kantor: Kantor Desa {desa} | WA BUMDes {bumwa}
""",
)

# ---------------------------------------------------------------- farmer_register

T(
    "farmer_register",
    "farming",
    """
RENCANA DEFINITIF KEBUTUHAN KELOMPOK (e-RDKK) PUPUK BERSUBSIDI TA {thn}
Kelompok Tani : {pt1} (ID {ptid1})
Desa/Kec. : {desa} / {kec}
Komoditas : jagung dan padi ladang

No  Nama Petani                NIK                  Luas (ha)  Urea (kg)  NPK (kg)  No HP
1   [[n:{N1}]]   [[nik:{nik1}]]   {han1}   {kgn1}   {kgn2}   [[p:{hp1}]]
2   [[n:{N2}]]   [[nik:{nik2}]]   {han2}   {kgn3}   {kgn4}   -
3   [[n:{N3}]]   [[nik:{nik3}]]   {han3}   {kgn5}   {kgn6}   [[p:{hp3}]]
4   [[n:{N4}]]   [[nik:{nik4}]]   {han4}   {kgn7}   {kgn8}   [[p:{hp4}]]
5   [[n:{N5}]]   [[nik:{nik5}]]   {han5}   {kgn9}   {kgn10}   -

Disusun oleh Ketua Kelompok: [[n:{n1}]]
Diverifikasi PPL: [[n:{n6}]], NIP {nipp6}
Kios pengecer: {kios1} (kode kios {kiosreg1})
""",
    L=(6,),
)

T(
    "farmer_register",
    "farming",
    """
PROPOSAL PERMOHONAN BANTUAN ALAT DAN MESIN PERTANIAN
{PT1}
Desa {desa}, Kecamatan {kec}, Kabupaten {kab}

I. IDENTITAS KELOMPOK
Nama Kelompok : {pt1}
Tahun Berdiri : «2015¦2018¦2020»
ID Simluhtan : {ptid1}
NPWP Kelompok : {ptnp1}
Rekening : {ptbank1} {ptacc1} a.n. {pt1}
Email : {ptm1}

II. SUSUNAN PENGURUS
Ketua : [[n:{n1}]] – NIK [[nik:{nik1}]] – NPWP «[[npwp:{npd1}]]¦[[npwp:{npn1}]]¦[[npwp:{nps1}]]» – HP [[p:{hp1}]]
Sekretaris : [[n:{n2}]] – HP [[p:{hp2}]] – email [[e:{em2}]]
Bendahara : [[n:{n3}]] – NIK [[nik:{nik3}]]

III. KEBUTUHAN BANTUAN
1. Hand tractor roda dua: 1 unit
2. Pompa air 3 inci: 2 unit
3. Mesin pemipil jagung (corn sheller): 1 unit
Luas lahan anggota {num} ha, jumlah anggota {num2} orang, produksi jagung rata-rata 3,5 ton/ha.

{desa}, {tgl}
Hormat kami,
Ketua, [[n:{N1}]]    Sekretaris, [[n:{N2}]]
Mengetahui, PPL Desa [[n:{n4}]]
""",
    L=(4,),
)

T(
    "farmer_register",
    "livestock",
    """
BUKU REGISTER ANGGOTA KELOMPOK TERNAK «SAPI MANDIRI¦NEKAF MESE¦TUNAS BARU»
Desa {desa} – binaan {ofnk}

| No | Nama Anggota | NIK | Alamat | Sapi (ekor) | No. Eartag | Vaksin SE |
| 1 | [[n:{n1}]] | [[nik:{nik1}]] | [[a:{rt1}]] | 3 | {eartag1} | {tgld} |
| 2 | [[n:{n2}]] | [[nik:{nik2}]] | [[a:{rt2}]] | 2 | {eartag2} | {tgld} |
| 3 | [[n:{n3}]] | [[nik:{nik3}]] | [[a:{rt3}]] | 4 | {eartag3} | {tgld2} |
| 4 | [[n:{n4}]] | [[nik:{nik4}]] | [[a:{rt4}]] | 1 | {eartag4} | belum |
Kandang kolektif di {dus1}, luas {m}.
Ketua kelompok [[n:{n1}]], Sekretaris [[n:{n2}]] (HP [[p:{hp2}]]).
Petugas Keswan: [[n:{n5}]] – kunjungan tiap {hari}.
""",
    L=(5,),
)

T(
    "farmer_register",
    "farming",
    """
DAFTAR PEMEGANG KARTU TANI – {PT1} (DESA {DESA})
No,Nama,NIK,No Kartu Tani,Rekening BNI,Status
1,[[n:{N1}]],[[nik:{nik1}]],{kt1},[[b:{accn1}]],Aktif
2,[[n:{N2}]],[[nik:{nik2}]],{kt2},[[b:{accn2}]],Blokir – salah PIN 3x
3,[[n:{N3}]],[[nik:{nik3}]],{kt3},[[b:{accn3}]],Aktif
4,[[n:{N4}]],[[nik:{nik4}]],belum cetak,-,Data NIK tidak padan
Catatan BNI Unit {kabc}: kartu dan PIN tidak boleh dititipkan ke pengecer; penggantian kartu hilang Rp 15.000.
Rekap disusun oleh Sekretaris Kelompok [[n:{n5}]] (HP [[p:{hp5}]])
""",
)

T(
    "farmer_register",
    "bumdes",
    """
BUKU REGISTER SEWA ALSINTAN – {BUM}
Tgl | Penyewa | RT/RW | HP | Alat | Luas/Jam | Biaya | Ket
{tgld} | [[n:{n1}]] | [[a:{rtf1}]] | [[p:{hp1}]] | Hand tractor | 0,5 ha | Rp 400.000 | Lunas
{tgld2} | {pt1} | - | {ptwa1} | Pompa air | 6 jam | Rp 150.000 | Kelompok
{tgld3} | [[n:{n2}]] | [[a:{rtf2}]] | [[p:{hp2}]] | Hand tractor | 1 ha | Rp 800.000 | Belum lunas
{tgld4} | Majelis Jemaat GMIT {desa} | - | {ofwa} | Pompa air | 4 jam | Rp 100.000 | Sosial
{tgld5} | [[n:{n3}]] | [[a:{rtf3}]] | - | Mesin pemipil | 2 jam | Rp 80.000 | Lunas
Setoran sewa ke rekening BUMDes Bank NTT {bumacc}.
Operator alat: [[n:{n4}]] (HP [[p:{hp4}]])
""",
)

T(
    "farmer_register",
    "farming",
    """
REKAPITULASI e-RDKK GAPOKTAN «SEHATI¦TUNAS HARAPAN¦OE MATA» DESA {DESA} – MT {thn}/2027
Kelompok | ID Poktan | Anggota | Luas (ha) | Urea (kg) | NPK (kg) | Organik (kg)
{pt1} | {ptid1} | {num} | {num2} | {num3}00 | {num4}00 | {num5}00
{pt2} | {ptid2} | {num6} | {num7} | {num8}00 | {num9}00 | -
{pt3} | {ptid3} | {num10} | {num11} | {num12}00 | {num13}00 | {num14}00
Kios penyalur: {kios1}, NIB {nibu}, NPWP {kiosnp1}, telp {kiostel1}
Distributor: {cv1} (NPWP {cvnp1})
Diinput ke sistem e-RDKK tanggal {tgld} oleh penyuluh wilayah. Email BPP: bpp.{desas}@gmail.com
""",
)

T(
    "farmer_register",
    "farming",
    """
FORMAT BERITA ACARA SERAH TERIMA (BAST) BANTUAN BENIH
(contoh pengisian – jangan dikirim sebagai laporan)

Nomor : ...../BAST/DISTAN/{thn}
Pada hari ini .......... tanggal .... bulan .......... tahun {thn}, kami yang bertanda tangan di bawah ini:
1. Nama : ..........................................
   NIP : ..........................................
   Jabatan : Pejabat Pembuat Komitmen {ofta}
   selanjutnya disebut PIHAK PERTAMA
2. Nama : ..........................................
   NIK : 1234567890123456 (contoh 16 digit)
   Jabatan : Ketua Kelompok Tani ..........
   HP : 0812-3456-7890 (contoh)
   selanjutnya disebut PIHAK KEDUA
PIHAK PERTAMA menyerahkan bantuan benih jagung hibrida varietas «Bima 20¦Nasa 29¦JH 37» sebanyak {num}0 kg (lot {lot}, label sertifikasi No. {num2}.{num3}/BPSB/{thn}) kepada PIHAK KEDUA.
Pengadaan berdasarkan kontrak Nomor {nskta} dengan {cv1} (NPWP {cvnp1}).
Kirim scan BAST ke {oftam} paling lambat {tgl}.
""",
)

T(
    "farmer_register",
    "livestock",
    """
DATA VAKSINASI PMK DAN SE – {OFNK}
Wilayah: Desa {desa}, Kec. {kec} – periode {bln} {thn}

Dusun | Sapi divaksin | Babi | Kambing | No. eartag (rentang) | Batch vaksin
{dus1} | {num}0 | {num2} | {num3} | mulai {eartag1} | {lot1}
{dus2} | {num4}0 | {num5} | {num6} | mulai {eartag3} | {lot1}
{dus3} | {num7}0 | {num8} | - | mulai {eartag5} | {lot2}
Kasus dilaporkan: {num9} ekor suspek SE, «satu¦dua¦tiga» ekor mati. Laporan iSIKHNAS dikirim {tgld}.
Layanan Puskeswan {kec}: {ofwa} (jam kerja), email {ofnkm}.
""",
)

T(
    "farmer_register",
    "farming",
    """
DATA PENGURUS GAPOKTAN «SEHATI¦TUNAS HARAPAN¦OE MATA» DESA {DESA} (untuk Simluhtan)
Jabatan       Nama                 NIK                  NPWP                 HP               Email
Ketua         [[n:{n1}]]   [[nik:{nik1}]]   [[npwp:{npd1}]]   [[p:{hp1}]]   [[e:{emp1}]]
Sekretaris    [[n:{n2}]]   [[nik:{niks2}]]   [[npwp:{npn2}]]   [[p:{hp2}]]   [[e:{emp2}]]
Bendahara     [[n:{n3}]]   [[nik:{nik3}]]   -   [[p:{hp3}]]   -
Email Gapoktan: gapoktan.{desas}@gmail.com; rekening Gapoktan BRI {accx} a.n. Gapoktan.
PPL pendamping: [[n:{n4}]], email dinas [[e:{emk4}]]
""",
    L=(4,),
)

# ---------------------------------------------------------------- fisher_form

T(
    "fisher_form",
    "fishing",
    """
FORMULIR PENDAFTARAN KARTU PELAKU USAHA KELAUTAN DAN PERIKANAN (KUSUKA)
Profesi : NELAYAN
N a m a : [[n:{no1}]]
NIK : [[nik:{niko1}]]
Tempat/Tgl Lahir : {KAB}, {lahir1}
Jenis Kelamin : LAKI-LAKI
Alamat : [[a:{RT1}]] {PDUS1}
Desa/Kel : {DESA}
Kecamatan : {KEC}
No. HP : [[p:{hpo1}]]
Email : «[[e:{emp1}]]¦[[e:{emn1}]]¦-»
Nama Kapal : KM «HARAPAN BARU¦SINAR PAGI¦KASIH SETIA¦ANUGERAH»
Ukuran Kapal : {gt} GT
Alat Tangkap : «PANCING ULUR¦JARING INSANG¦BUBU»
Pelabuhan Pangkalan : PPI {DESA}
Tanda tangan pemohon
[[n:{N1}]]
Diverifikasi oleh Penyuluh Perikanan: [[n:{n2}]]
""",
    M=(1,),
    L=(2,),
    V="coast",
)


T(
    "fisher_form",
    "fishing",
    """
PERMOHONAN PAS KECIL / TANDA PENDAFTARAN KAPAL
Kepada Yth.
Kepala «UPP {kabc}¦Syahbandar {kabc}»
di –
{kabc}

Yang bertanda tangan di bawah ini:
Nama Pemilik : [[n:{n1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{rt1}]], {pdus1}, Desa {desa}
No. HP/WA : [[p:{hp1}]]
mengajukan permohonan pas kecil untuk kapal dengan data:
Nama Kapal : KM «Putra Tunggal¦Nusa Indah¦Bintang Pagi¦Karang Mas»
Jenis : perahu motor tempel, bahan kayu
Ukuran (P x L x D) : «7,5 x 1,4 x 0,7¦8 x 1,6 x 0,8¦9,2 x 1,8 x 0,9» m, tonase GT {gt}
Mesin : Yamaha 15 PK, nomor mesin {lot}
Tempat/Tahun Pembuatan : {desa}, «2019¦2021¦2023»
Lampiran: fotokopi KTP, surat keterangan Kepala Desa Nomor {ns}, kwitansi pembelian perahu dari [[n:{n2}]] senilai Rp «12¦15¦18¦22¦27».500.000.

{desa}, {tgl}
Pemohon,
[[n:{N1}]]
""",
    M=(1,),
    V="coast",
)


T(
    "fisher_form",
    "fishing",
    """
FORMULIR KLAIM ASURANSI NELAYAN
No. Polis : BPAN/{thn}/{kpj}
Nama Tertanggung : [[n:{N1}]] (alm.)
NIK Tertanggung : [[nik:{nik1}]]
No. KK : [[kk:{kk1}]]
Tanggal Kejadian : {tgl}
Kronologi : perahu terbalik dihantam gelombang di perairan «Selat Semau¦Tanjung Uikalui¦Teluk Kupang» saat memancing cakalang; jenazah ditemukan tim SAR «dua¦tiga¦empat» hari kemudian.
Ahli Waris : [[n:{N2}]]
Hubungan : Istri
NIK Ahli Waris : [[nik:{nik2}]]
Rekening Ahli Waris : {bank2} [[b:{acc2}]] a.n. [[n:{N2}]]
HP Ahli Waris : [[p:{hp2}]]
Diketahui Kepala Desa {desa}: [[n:{n3}]]
Ketua {kub1}: [[n:{n4}]]
Berkas dikirim melalui {ofkpm}
""",
    M=(1,),
    F=(2,),
    fam={2: 1},
    V="coast",
)


T(
    "fisher_form",
    "fishing",
    """
KARTU ANGGOTA
{KUB1}
DESA {DESA} – KEC. {KEC}
No. Anggota : {num}/KUB/{thn}
Nama : [[n:{nl1}]]
NIK : [[nik:{nikn1}]]
TTL : {KAB}, {lahir1}
Alamat : [[a:{RT1}]]
{PDUS1}
HP : [[p:{hpn1}]]
Jabatan : ANGGOTA
Berlaku s/d {tgld}
Ketua KUB
[[n:{N2}]]
""",
    M=(1,),
    V="coast",
)


T(
    "fisher_form",
    "fishing",
    """
SURAT REKOMENDASI PEMBELIAN JENIS BBM TERTENTU (SOLAR) UNTUK NELAYAN
Nomor: {nskkp}

Nama Pemilik : [[n:{N1}]]
NIK : [[nik:{nik1}]]
Alamat : [[a:{rt1}]] {pdus1}, Desa {desa}
Nama Kapal : KM «Sinar Bahari¦Teluk Biru¦Anugerah Laut»
Ukuran : {gt} GT, mesin 15 PK
Tanda Selar : {selar}
Pas Kecil : {pas}
Kebutuhan : {liter} per trip, «12¦15¦20¦24» trip per bulan
Titik Serah : {spbn}
Berlaku : {tgl} s/d {tgl3}
Rekomendasi ini tidak boleh dipindahtangankan.
Kepala {ofkp},
[[n:{N2}]]
""",
    M=(1,),
    L=(2,),
    V="coast",
)


T(
    "fisher_form",
    "fishing",
    """
FORMAT ISIAN DATA NELAYAN CALON PENERIMA BANTUAN (CONTOH)
Nomor formulir: {nskkp}
Nama lengkap : ...................................
NIK (16 digit) : 1234567890123456
No. HP (contoh: 081234567890) : ...................
Email (contoh: nama@example.com) : ...................
Nama kapal : ..............  Ukuran (GT) : ....
Tanda selar (contoh: GT.3 No. 1234/PPm) : ..............
Jenis bantuan yang diusulkan: mesin tempel / jaring / cool box
Formulir diisi lengkap dan dikirim ke {ofkpm} atau WA admin {ofwa} paling lambat {tgl}.
""",
    V="coast",
)


T(
    "fisher_form",
    "fishing",
    """
REGISTER KAPAL PERIKANAN ≤ 5 GT – PPI {DESA}
Dicetak: {tgld} {jam}
No | Nama Kapal | GT | Tanda Selar | Pas Kecil | Alat Tangkap | Pemilik
1 | KM Bintang Laut 01 | 3 | {selarn1} | {pas1} | Pancing ulur | {kub1}
2 | KM Bintang Laut 02 | 2 | {selarn2} | {pas2} | Jaring insang | {kub1}
3 | KM Tuna Jaya | 5 | {selarn3} | {pas3} | Pancing tonda | {kub2}
4 | KM Usaha Bersama | 3 | {selarn4} | dalam proses | Bubu | {bum}
Kapal milik kelompok wajib lapor kedatangan ke petugas PPI. Pengaduan: {ofkpm}.
""",
    V="coast",
)


T(
    "fisher_form",
    "fishing",
    """
TEMPAT PELELANGAN IKAN (TPI) {DESA}
NOTA LELANG No. {num}/TPI/{blnr}/{thn}
Tanggal: {tgld}   Jam: {t}
Kapal: KM «Bintang Laut 01¦Tuna Jaya¦Karang Mas» ({selar})
Jenis Ikan | Berat (kg) | Harga/kg (Rp) | Jumlah (Rp)
{lelang}
Pembayaran tunai / transfer ke rekening kelompok {kubbank1} {kubacc1} a.n. {kub1}.
Kasir TPI – terima kasih
""",
    V="coast",
)

T(
    "fisher_form",
    "fishing",
    """
FORMULIR PENDAFTARAN WAJIB PAJAK ORANG PRIBADI
(hasil pindai)
N a m a : [[n:{N1}]]
NIK : [[nik:{nik1}]]
N P W P : [[npwp:{npo1}]]
Alamat : [[a:{RT1}]] {PDUS1}
Kelurahan/Desa : {DESA}
Nama Usaha : USAHA PENGEPUL IKAN {DESA}
Jenis Usaha : perdagangan ikan segar
No. HP : [[p:{hpo1}]]
Email : [[e:{emx1}]]
Tempat usaha : di rumah sendiri
""",
    M=(1,),
    V="coast",
)

# ---------------------------------------------------------------- village_chat

T(
    "village_chat",
    "village_fund",
    """
[{dmy} {t}] Admin Desa {desa}: Selamat {salam} bapa mama. BLT DD tahap {tahap} cair besok jam 09.00 di kantor desa. Bawa KTP deng KK asli e.
[{dmy} {t}] [[n:{c1}]]: Admin, beta pung nama ada ko sonde? NIK [[nik:{nik1}]]
[{dmy} {t}] Admin Desa {desa}: Ada mama, nomor urut {num}.
[{dmy} {t}] [[n:{c2}]]: Kalo beta pung bapa su meninggal, sapa yang ambil? KK [[kk:{kk2}]]
[{dmy} {t}] Sekdes [[n:{c3}]]: Ahli waris satu KK bisa ambil, bawa surat kematian dari desa. Info lanjut WA beta di [[p:{hp3}]] sa
[{dmy} {t}] [[n:{c4}]]: Terima kasih pak sekdes 🙏
""",
    F=(1,),
    M=(3,),
)

T(
    "village_chat",
    "health",
    """
[{dmy} {t}] Bidan [[n:{c1}]]: Selamat {salam} mama-mama. Besok posyandu di {dus1} jam 08.00. Yang anak belum imunisasi campak tolong datang e.
[{dmy} {t}] [[n:{c2}]]: Bidan, beta pung ana [[n:{g3}]] su 3 hari panas, bisa periksa di rumah ko?
[{dmy} {t}] Bidan [[n:{c1}]]: Bisa mama, nanti sore beta datang. Rumah mama di mana?
[{dmy} {t}] [[n:{c2}]]: Di [[a:{rt2}]] bidan, samping gereja.
[{dmy} {t}] Bidan [[n:{c1}]]: Oke. Kalo malam ada darurat telpon langsung beta pung HP [[p:{hp1}]] e, jang ke nomor pustu {ofwa} karena malam sonde ada yang jaga.
[{dmy} {t}] Kader Posyandu {dus1}: Info: timbang bulan depan tanggal {num}, bawa buku KIA.
""",
    F=(1, 2),
    fam={3: 2},
    A={3: (2022, 2025)},
)

T(
    "village_chat",
    "bumdes",
    """
[{dmy} {t}] [[n:{c1}]]: Selamat {salam}, BUMDes pung tangki air masih jalan ko? Beta mau pesan 1 tangki untuk [[a:{rt1}]] {pdus1}.
[{dmy} {t}] BUMDes {desa}: Masih {mb1}. Harga Rp 150.000/tangki 5.000 liter. Transfer ke rek BUMDes Bank NTT {bumacc} atau bayar tunai ke sopir.
[{dmy} {t}] [[n:{c1}]]: Kalo tangki BUMDes penuh, ada yang lain ko?
[{dmy} {t}] [[n:{c2}]]: Om [[n:{g3}]] ada tangki juga, nomornya [[p:{hp3}]]. Oto tangki kuning plat [[pl:{pl3}]].
[{dmy} {t}] BUMDes {desa}: Betul. Tapi kalo pake Om dong pung, bayar langsung ke dia pung rekening {bank3} [[b:{acc3}]] a.n. [[n:{n3}]] e, bukan ke rek BUMDes.
[{dmy} {t}] [[n:{c1}]]: Siap, makasih
""",
    M=(3,),
)

T(
    "village_chat",
    "farming",
    """
[{dmy} {t}] PPL [[n:{c1}]]: Bapa mama anggota {pt1}, tolong kirim NIK yang sesuai KTP untuk input e-RDKK, paling lambat hari {hari2}.
[{dmy} {t}] [[n:{c2}]]: [[nik:{nik2}]] – [[n:{n2}]], luas 1 ha
[{dmy} {t}] [[n:{c3}]]: Beta pung ini PPL: [[nik:{nikc3}]]
[{dmy} {t}] [[n:{c4}]]: PPL, beta pung mama [[n:{n5}]] pung NIK di KK tatulis [[nik:{nik5}]], tapi di KTP lain. Bagaimana?
[{dmy} {t}] PPL [[n:{c1}]]: Pake yang di KTP sa, nanti beta cek di Dukcapil.
[{dmy} {t}] Ketua Poktan: Yang belum kirim, kirim ke sekretaris [[n:{g6}]] di [[p:{hp6}]] sa.
""",
    F=(5,),
    fam={5: 4},
    A={5: (1940, 1960)},
    L=(1,),
)

T(
    "village_chat",
    "land",
    """
[{dmy} {t}] [[n:{c1}]]: Pak RT, berkas PTSL dikumpul di mana?
[{dmy} {t}] Pak RT [[n:{c2}]]: Kirim foto KTP deng KK ke nomor [[p:{hp2}]] milik beta, nanti beta print. Atau antar ke rumah di [[a:{ad2}]].
[{dmy} {t}] [[n:{c3}]]: Ini beta pung: NIK [[nik:{nik3}]] / KK [[kk:{kk3}]]
[{dmy} {t}] Pak RT [[n:{c2}]]: Sip. Yang lain jang lupa fotokopi SPPT (NOP {nop}). Biaya cuma 350 ribu e, jang mau bayar lebih.
[{dmy} {t}] [[n:{c4}]]: Dong bilang petugas ukur datang hari {hari2}.
""",
    M=(2,),
)

T(
    "village_chat",
    "village_admin",
    """
[{dmy} {t}] Admin Desa {desa}: Selamat {salam}. Info dari PAMDes: pompa sumur bor {dus1} rusak, air mati 2 hari. Tangki bantuan BPBD masuk besok jam 10.00 di RT 03 deng RT 05.
[{dmy} {t}] Grup RT 05: Siap admin
[{dmy} {t}] mama: Air su mati dari kemarin ni
[{dmy} {t}] Admin Desa {desa}: Laporan gangguan PAMDes WA {ofwa} atau telp kantor desa {desatel}.
[{dmy} {t}] Babinsa Desa {desa}: Kerja bakti bersihkan bak penampung hari {hari2} jam 07.00, per KK bawa parang deng sapu lidi.
[{dmy} {t}] Info {dus2}: Iuran air bulan {bln} Rp 20.000/KK, setor ke bendahara PAMDes atau rek PAMDes Bank NTT {accx}.
""",
)

T(
    "village_chat",
    "social_aid",
    """
[{dmy} {t}] Admin Desa {desa}: ⚠️ Hati-hati bapa mama, ada nomor {scam} yang WA ngaku petugas Dinsos, minta foto KTP deng kode OTP untuk "verifikasi BLT". Jang layani!
[{dmy} {t}] Info {dus1}: Sama admin, di sini juga dapat dari {scam2}, katanya dari Kemensos, suru klik link bit.ly/cek-blt{num}
[{dmy} {t}] Admin Desa {desa}: Itu tipu-tipu. Nomor lain yang dilaporkan warga: {scam3}. Info resmi hanya dari kantor desa {desatel} deng Call Center Kemensos 171.
[{dmy} {t}] PKK Desa {desa}: Terima kasih infonya admin 🙏
""",
)

T(
    "village_chat",
    "livestock",
    """
[{dmy} {t}] Puskeswan {kec}: Selamat {salam}. Jadwal vaksin SE sapi dan babi minggu ini: {dus1} hari {hari}, {dus2} hari {hari2}, mulai jam 07.30.
[{dmy} {t}] Admin Poktan: Berapa biaya per ekor?
[{dmy} {t}] Puskeswan {kec}: Gratis. Sapi yang belum ada eartag akan dipasang, contoh nomor {eartag}. Babi mati mendadak wajib lapor ke {ofwa} sebelum dikubur.
[{dmy} {t}] Info {dus1}: Di sini su {num} ekor babi mati minggu lalu
[{dmy} {t}] Puskeswan {kec}: Terima kasih info. Petugas turun ambil sampel {tgld2}. Laporan iSIKHNAS nomor kasus {kpj}.
""",
)

T(
    "village_chat",
    "village_fund",
    """
[{dmy} {t}] Bendahara Desa {desa}: Selamat {salam}. Untuk potong PPh insentif kader dan RT, tolong kirim NPWP masing-masing paling lambat hari {hari2}. NPWP desa {desanp} jangan dipakai e.
[{dmy} {t}] [[n:{c1}]]: Ini punya sy [[npwp:{npn1}]]
[{dmy} {t}] [[n:{c2}]]: Sy blm punya NPWP, pakai NIK sj boleh? [[nik:{nik2}]]
[{dmy} {t}] Bendahara Desa {desa}: Boleh mama, nanti beta padankan.
[{dmy} {t}] [[n:{c3}]]: Beta pung yang lama [[npwp:{npd3}]], dong bilang sekarang pake NIK, [[npwp:{npn3}]]
[{dmy} {t}] [[n:{c4}]]: Bukti potong kirim ke email bendahara.{desas}@gmail.com ko? Atau ke sa pung email pribadi [[e:{emp4}]] sa
[{dmy} {t}] Bendahara Desa {desa}: Nanti kirim ke email pribadi masing-masing 👍
""",
    F=(2,),
)

# ---------------------------------------------------------------- fund_receipt

T(
    "fund_receipt",
    "village_fund",
    """
PEMERINTAH DESA {DESA}
KECAMATAN {KEC}
KWITANSI
No. Bukti : {kw}
Kode Rekening : {kode}
Telah terima dari : Bendahara Desa {desa} (NPWP {bnp})
{honor}
Untuk pembayaran : Honor «Tim Pelaksana Kegiatan (TPK)¦narasumber pelatihan kader posyandu¦operator Siskeudes» bulan {bln} {thn}

{desa}, {tgl}
Yang menerima,
[[n:{N1}]]
NIK : [[nik:{nik1}]]
NPWP : «[[npwp:{npd1}]]¦[[npwp:{npn1}]]¦[[npwp:{npo1}]]¦[[npwp:{npl1}]]¦[[npwp:{npt1}]]¦[[npwp:{npx1}]]»

Setuju dibayar,                 Lunas dibayar,
Kepala Desa                     Kaur Keuangan
[[n:{N2}]]                      [[n:{N3}]]
""",
)

T(
    "fund_receipt",
    "village_fund",
    """
DAFTAR PEMBAYARAN UPAH TENAGA KERJA (HOK) – PADAT KARYA TUNAI DESA {DESA}
Kegiatan : Rabat beton jalan {dus1} – kode {kode}
Periode : {tgl} s/d {tgl2}; upah pekerja Rp 100.000/HOK, tukang dan mandor Rp 150.000/HOK

No | Nama | NIK | Jabatan | HOK | Upah (Rp) | Tanda Tangan
1 | [[n:{n1}]] | [[nik:{nik1}]] | Tukang | 6 | 900.000 | ttd
2 | [[n:{n2}]] | [[nik:{nik2}]] | Pekerja | 6 | 600.000 | ttd
3 | [[n:{n3}]] | [[nik:{nik3}]] | Pekerja | 5 | 500.000 | cap jempol
4 | [[n:{n4}]] | [[nik:{nik4}]] | Pekerja | 6 | 600.000 | ttd
5 | [[n:{n5}]] | [[nik:{nik5}]] | Mandor | 6 | 900.000 | ttd
Jumlah | | | | 29 | 3.500.000 |

Dibayar tunai oleh Kaur Keuangan [[n:{n6}]], disaksikan Ketua TPK [[n:{n7}]].
""",
    M=(1, 5),
)

T(
    "fund_receipt",
    "bumdes",
    """
NOTA / INVOICE No. {num}/INV/{blnr}/{thn}
Dari : [[n:{N1}]] (usaha perorangan, bahan bangunan)
Alamat : [[a:{adr1}]]«¦ (RUMAH SENDIRI)», Desa {desa}
NPWP : «[[npwp:{npn1}]] (NIK sebagai NPWP)¦[[npwp:{npd1}]]¦[[npwp:{npzd1}]]»
NITKU : [[npwp:{npt1}]]
HP/WA : [[p:{hp1}]]
Email : [[e:{em1}]]

Kepada : {BUM}
NPWP : {bumnp}
Uraian:
- Semen 40 sak x Rp 75.000 = Rp 3.000.000
- Pipa PVC 3 inci 12 batang x Rp 95.000 = Rp 1.140.000
Jumlah : Rp 4.140.000
Terbilang : empat juta seratus empat puluh ribu rupiah
Pembayaran ke rekening {bank1} [[b:{acc1}]] a.n. [[n:{N1}]]
""",
)

T(
    "fund_receipt",
    "village_fund",
    """
BANK NTT – BUKTI TRANSFER
Tanggal : {tgld} {t}
No. Referensi : {billing}
Rekening Sumber : {desaacc} (KAS DESA {DESA})
Rekening Tujuan : [[b:{acc1}]]
Nama Penerima : [[n:{N1}]]
Bank Tujuan : {BANK1}
Nominal : Rp 900.000
Biaya : Rp «0¦2.900¦6.500»
Berita : BLT DD TAHAP {tahap} {thn} a.n. [[n:{N1}]]
Status : BERHASIL
Simpan bukti ini sebagai tanda transaksi yang sah.
""",
)

T(
    "fund_receipt",
    "health",
    """
DAFTAR PENERIMAAN INSENTIF KADER POSYANDU – {POSY1} DESA {DESA}
Triwulan «I¦II¦III» {thn} (Rp 150.000/orang/bulan x 3 bulan)
No | Nama Kader | NIK | NPWP | Rekening | Jumlah (Rp) | TTD
1 | [[n:{n1}]] | [[nik:{nik1}]] | [[npwp:{npn1}]] | {bank1} [[b:{acc1}]] | 450.000 |
2 | [[n:{n2}]] | [[nik:{nik2}]] | - | {bank2} [[b:{acc2}]] | 450.000 |
3 | [[n:{n3}]] | [[nik:{nik3}]] | «[[npwp:{npd3}]]¦[[npwp:{nps3}]]¦[[npwp:{npm3}]]» | tunai | 450.000 |
Jumlah | | | | | 1.350.000 |
Dibayarkan oleh Bendahara Desa (NPWP bendahara {bnp}), kode kegiatan {kode}.
Mengetahui Bidan Desa [[n:{n4}]]
""",
    F=(1, 2, 3, 4),
)

T(
    "fund_receipt",
    "village_fund",
    """
BUKU KAS UMUM (BKU) – DESA {DESA}
Bulan {bln} {thn} – Rekening Kas Desa Bank NTT {desaacc}
Tgl | No. Bukti | Kode | Uraian | Penerimaan | Pengeluaran | Saldo
{bku}
Dicetak dari Siskeudes pukul {t} – operator desa
""",
)

T(
    "fund_receipt",
    "bumdes",
    """
LAPORAN PENJUALAN UNIT LPG 3 KG – {BUM}
Pangkalan resmi ID {nibu} – Agen: {cv1}
Bulan: {bln} {thn}
Tgl DO | No. DO | Tabung masuk | Terjual | Harga (Rp) | Setoran ke agen (Rp)
{tgld} | DO-{num}{num2}{num3} | 60 | 60 | 18.000 | 972.000
{tgld2} | DO-{num4}{num5}{num6} | 60 | 58 | 18.000 | 972.000
{tgld3} | DO-{num7}{num8}{num9} | 80 | 80 | 18.000 | 1.296.000
HET pangkalan di desa Rp 18.000/tabung. Setoran ke rekening agen {cvbank1} {cvacc1} a.n. {cv1}.
Keluhan harga: hubungi 135 atau {bumm}.
""",
)

T(
    "fund_receipt",
    "village_fund",
    """
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak : 040.002-26.{num}{nibu}
Pengusaha Kena Pajak
Nama : {CV1}
Alamat : {cvjl1}, Kabupaten {kab}
NPWP : {cvnp1}
NITKU : {cvnt1}
Pembeli Barang Kena Pajak
Nama : PEMERINTAH DESA {DESA} (BENDAHARA)
NPWP : {bnp}
Barang | Jumlah | Harga Satuan | Harga Jual
{faktur}
Ditandatangani secara elektronik – {kabc}, {tgl}
""",
)

T(
    "fund_receipt",
    "village_fund",
    """
DAFTAR PEMBAYARAN KEPADA PENYEDIA – DESA {DESA} – {BLN} {thn}
Penyedia | Bentuk | NPWP/NITKU | Rekening | Jumlah (Rp)
{CV1} | Badan usaha | {cvnp1} | {cvbank1} {cvacc1} | {rpn1}
[[n:{N1}]] | Perorangan | [[npwp:{npn1}]] | {bank1} [[b:{acc1}]] | {rpn2}
{KIOS1} | Badan usaha | {kiosnt1} | {kiosbank1} {kiosacc1} | {rpn3}
[[n:{N2}]] | Usaha perseorangan | [[npwp:{npd2}]] | {bank2} [[b:{acc2}]] | {rpn4}
PPN dan PPh disetor dengan NPWP bendahara desa {bnp}. Diverifikasi Sekretaris Desa {tgld}.
""",
)

# ---------------------------------------------------------------- end of templates

if __name__ == "__main__":
    main()
