# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, PLR0917, RUF001, RUF005, SIM905, PLW2901
"""Write tests/data/redaction_dev62.jsonl: whose number and whose tax number it is in Kupang's trade.

Shops, kiosks and market stalls, workshops, travel and car rentals, caterers, pharmacies and
clinics, schools and courses, churches, mosques, arisan and credit groups, ojek bases, boarding
houses, online sellers and couriers, water-tank sellers, event organisers, and the offices people
complain to about them, in Kota Kupang. A private person's own mobile or home line (a seller
selling her own things, an owner giving his own HP, a driver, a neighbour, a witness, an
official's own mobile) stands next to the lines the guide leaves visible (a business's, an
office's, a booking line, a sign's, a receipt's, a scam's); a person's NPWP (a sole trader's, a
tutor's, a driver's, a contractor's own) stands next to a shop's, a CV's, a foundation's, a
church's, a school's, a cooperative's or a treasurer's.

Hand-written templates with inline labels (``[[kind:...]]``), placeholders (``{n1}``, ``{hp1}``,
``{np1}``, ``{toko_wa1}``, ``{of_dag_tel}`` ...) and alternatives (``«one¦other»``, nested ones
drawn innermost first), each filled several times with invented values; span offsets are
computed from the markers. Run ``python3 tests/data/make_redaction_dev62.py`` (standard library
only, deterministic); ``--review`` also prints every unlabelled run of digits and every unlabelled
``@`` token with the forty characters before it; ``--show N SEED`` prints N texts drawn at random
with their spans marked; ``--dry`` writes nothing; ``--style S`` builds one style only and writes
nothing.
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

SEED = 62_2026_1207
OUT = Path(__file__).with_name("redaction_dev62.jsonl")
PREFIX = "d62"
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
    "sms_caps",
    "wa_forward",
    "fb_thread",
    "marketplace_chat",
    "receipt_ocr",
    "registration_form",
    "tax_permit_form",
    "office_reply",
    "scam_warning",
    "rental_notice",
)
THEMES = (
    "shop_market",
    "services",
    "transport",
    "food_catering",
    "health_pharmacy",
    "school_course",
    "faith_community",
    "lodging",
    "online_trade",
    "events",
)
FLOORS = {
    "texts": 650,
    "per_style": 55,
    "empty_share": 0.30,
    "lookalikes": 6,
    "name": 400,
    "phone": 200,
    "npwp": 90,
    "email": 40,
    "bank_account": 40,
    "nik": 40,
    "address": 60,
    "plate": 20,
    "themes": 10,
}
# words that may stand right before a name but never open its span
TITLES = set(
    """
    bapak ibu pak bu bpk bp sdr sdri saudara saudari ny nn tn dr drs dra ir pdt pastor romo
    h hj om tanta mama bapa oma opa nona kak kaka ka usi nyong bung bli mbak mas ko ci enci
    engko kel keluarga yth lurah camat guru bidan ketua wakil sekretaris bendahara anggota kepala
    direktur petugas admin operator pelapor penerima pemilik penyewa pemohon saksi ttd salam
    hormat dari nama an atas from to saya sy sa beta kami anak istri suami adik kakak tetangga
    almarhum alm sopir driver kurir ojek tukang penjual pembeli kasir apoteker mantri perawat
    toko kios bengkel travel rental katering catering apotek klinik kursus lkp kos cv ud pt
    koperasi ksp kopdit arisan gmit gereja masjid jemaat majelis panitia narahubung pengurus
    pendeta ustad ustadz haji tutor pengajar instruktur pelatih dengan deng dan yang pihak
    penagih pengirim tujuan customer cs bos boss
    """.split()
)
# name words many people share, and words that also stand alone in texts as other words
SHARED = set(
    """
    made wayan ketut nyoman gede putu komang kadek luh ayu ode daeng andi sitti siti umbu rambu
    sri tri dwi eka muhammad abdul nur ratna dewi hajah haji
    """.split()
)

# ---------------------------------------------------------------- people (written for dev62)

# given names of Timor, Rote and Sabu (mostly Protestant), men and women
GIVEN_TRS_M = """
Yusak Zadrak Melkisedek Frederik Yakob Daniel Benyamin Petrus Paulus Yulius Ferdinan Jemmy
Roni Deni Yopi Charles Andreas Arnold Dominggus Esau Filipus Gideon Hendrik Isak Yonatan
Kristian Leonard Matheos Nikson Otniel Piter Rudolof Simson Titus Viktor Welem Yefta Elia
Ruben Abraham Ebed Soleman Yesaya Amos Ishak Laurens Efraim Yermias Robinson Adrianus
""".split()
GIVEN_TRS_F = """
Anace Beatrix Kristina Damaris Erni Femi Grace Herlin Ina Yuneta Kristin Leni Magdalena Novi
Oktaviana Priska Rosalina Sofia Trisna Welmina Selfi Yanti Dorkas Ester Lodia Mariana Naomi
Orpa Rahel Sara Yohana Debora Ruth Merlin Fince Hana Serli Yemima Lusi Ani Juliana Natalia
Getrida Marlin Agustina Sisilia Vivi
""".split()
# given names of Flores and Catholic Timor
GIVEN_FL_M = """
Benediktus Kornelius Siprianus Markus Ignasius Lambertus Yoakim Bernardus Florianus Klemens
Emanuel Donatus Hubertus Valentinus Fidelis Gabriel Robertus Yosef Yohanes Fransiskus
Aloysius Gregorius Stefanus Vinsensius Wilhelmus Antonius Kasimirus Blasius Servasius
""".split()
GIVEN_FL_F = """
Yustina Elisabeth Felisitas Patrisia Helena Lusia Oktavia Benedikta Rosa Sesilia Florentina
Emilia Angela Regina Maria Theresia Yosefina Marselina Veronika Skolastika Anastasia Klara
Margaretha Fransiska Bernadeta
""".split()
FAMILY = {
    "timor": """Selan Tanesib Nubatonis Boimau Kase Sabneno Tlonaen Nome Oematan Taneo Nakmofa
        Saekoko Bana Tualaka Kolo Missa Nitbani Banunaek Liunokas Sole Tosi Atok Faot Lakapu
        Neonbeni Baun Tapatab Koroh Taek Nenometa Sakan Benu Natonis Bani Tanaem Asbanu Loasana
        Tefa Nenobais Tnunay Tefnay Neonufa Oetpah Kolloh Amnifu""".split(),
    "rote": """Fanggidae Messakh Ndoen Mooy Pandie Adoe Manafe Therik Lenggu Henukh Tallo Haning
        Dethan Ledoh Toelle Pellondou Nalle Amalo Fanda Bessie Foeh Boeky Ballo Mbuik Nggebu
        Saudale Ndolu Polin Sinlae Ndaomanu Modok Tungga Zacharias Feoh Lay Daik Ndun""".split(),
    "sabu": """Haba Rohi Djami Tuka Wadu Ludji Kore Nguru Djawa Rebo Dimu Huki Ngadi Hina Radja
        Mone Talo Bolla Bengu Lado Bire Heke""".split()
    + ["Riwu Kaho", "Dju Dara", "Ga Lena", "Dae Pani", "Riwu Ga", "Hede Ludji"],
    "flores": """Kewa Making Ruing Wangge Lejap Tukan Kelen Hurint Sareng Bollu Beoang Nuwa Nong
        Meko Goa Gelu Rangga Woda Lewar Kapitan Lamahoda Lamanepa Koten Seran Nahak Bria Mali
        Klau Dasi Lein""".split()
    + ["da Costa", "da Silva", "Gadi Djou", "Dapa Loka", "Fernandez", "Parera", "Diaz"],
    "alor": """Mautuka Laumal Malaikosa Lalang Maro Djahamou Padabang Molebila Lelang Gomang
        Atapeni Maukari Lanma""".split(),
}
SUMBA_M = [
    "Umbu Ndima",
    "Umbu Pati",
    "Umbu Hina",
    "Umbu Rara",
    "Umbu Tamu",
    "Umbu Kaborang",
    "Umbu Lapu",
]
SUMBA_F = ["Rambu Ana", "Rambu Kahi", "Rambu Padu", "Rambu Eti", "Rambu Hamu", "Rambu Nggiri"]
SUMBA_FAM = [
    "Ndakularak",
    "Hambandima",
    "Tanggu Hana",
    "Lende",
    "Dangu",
    "Nggaba",
    "Wohangara",
    "Kapoeta",
]
# whole names of other origins: (men, women); the family word is the last one unless said
OTHER = {
    "bali": (
        [
            "I Made Suarta",
            "I Wayan Sudarma",
            "I Ketut Wardana",
            "I Nyoman Budiasa",
            "I Gede Arimbawa",
            "I Komang Adi Putra",
            "I Putu Sukerta",
            "I Kadek Surya Dharma",
        ],
        [
            "Ni Kadek Ayu Pratiwi",
            "Ni Komang Sri Astuti",
            "Ni Luh Gede Sriani",
            "Ni Wayan Murniati",
            "Ni Putu Eka Yanti",
            "Ni Made Sukarmi",
            "Ni Ketut Ariani",
        ],
    ),
    "bugis": (
        [
            "Andi Rahman",
            "Muhammad Arif Daeng Tompo",
            "Hasanuddin Daeng Ngalle",
            "Syamsul Bahri",
            "Abdul Karim Daeng Sila",
            "Ridwan Saleh",
            "Amiruddin Lamada",
        ],
        [
            "Rosmiati Daeng Ngai",
            "Hasnah Daeng Bau",
            "Andi Nurhayati",
            "Sitti Rahmah",
            "Nurlela Daeng Sikki",
            "Hamsinah",
        ],
    ),
    "buton": (
        ["La Ode Harun", "La Ode Rusdin", "La Rudi", "La Hamu", "La Ode Safaruddin", "La Sarifu"],
        ["Wa Ode Hasna", "Wa Ode Nurmala", "Wa Nuri", "Wa Anti", "Wa Ode Sitti Mariam", "Wa Sumi"],
    ),
    "jawa": (
        [
            "Sugeng Riyadi",
            "Bambang Susanto",
            "Joko Prasetyo",
            "Agus Santoso",
            "Heru Wibisono",
            "Slamet Widodo",
            "Teguh Purnomo",
            "Dwi Cahyono",
        ],
        [
            "Sri Wahyuni",
            "Endang Lestari",
            "Dwi Rahayu",
            "Tri Wulandari",
            "Siti Khotimah",
            "Retno Palupi",
            "Yuli Astutik",
        ],
    ),
    "chinese": (
        [
            "Ong Kim Hoa",
            "Go Bun Liong",
            "Kwee Han Tjiang",
            "Liem Swie Hong",
            "Tjoa Eng Siong",
            "Hendra Gunawan",
            "Tan Hok Lay",
            "Lie Tjong Hin",
        ],
        [
            "Lie Mei Fang",
            "Tan Siok Lan",
            "Ong Mei Ling",
            "Go Siu Lan",
            "Yenny Halim",
            "Linda Tanuwijaya",
            "Liem Giok Nio",
            "Tjoa Ay Lin",
        ],
    ),
}
CH_SURNAMES = {"Ong", "Go", "Kwee", "Liem", "Tjoa", "Tan", "Lie"}
ORIGIN_W = (("timor", 26), ("rote", 20), ("sabu", 12), ("flores", 14), ("alor", 4), ("sumba", 4), ("bali", 4), ("bugis", 4), ("buton", 3), ("jawa", 5), ("chinese", 4))  # fmt: skip
# regency codes a person who does not live in the city carries, by origin
HOME_REGENCY = {
    "timor": ("5301", "5302", "5303", "5304", "5321"),
    "rote": ("5314",),
    "sabu": ("5320",),
    "flores": ("5306", "5307", "5308", "5309", "5310", "5313"),
    "alor": ("5305",),
    "sumba": ("5311", "5312", "5317"),
    "bali": ("5171", "5103"),
    "bugis": ("7371", "7308"),
    "buton": ("7404", "7472"),
    "jawa": ("3578", "3374"),
    "chinese": ("5307", "5304", "5308", "5310"),
}
REGENCY_NAME = {
    "5301": "Kab. Kupang", "5302": "TTS", "5303": "TTU", "5304": "Belu", "5305": "Alor", "5306": "Flotim",
    "5307": "Sikka", "5308": "Ende", "5309": "Ngada", "5310": "Manggarai", "5311": "Sumba Timur",
    "5312": "Sumba Barat", "5313": "Lembata", "5314": "Rote Ndao", "5317": "SBD", "5320": "Sabu Raijua",
    "5321": "Malaka", "5371": "Kota Kupang", "5171": "Denpasar", "5103": "Badung", "7371": "Makassar",
    "7308": "Bone", "7404": "Buton", "7472": "Baubau", "3578": "Surabaya", "3374": "Semarang",
}  # fmt: skip
BIRTH_TOWN = {
    "5301": "Oelamasi", "5302": "Soe", "5303": "Kefamenanu", "5304": "Atambua", "5305": "Kalabahi",
    "5306": "Larantuka", "5307": "Maumere", "5308": "Ende", "5309": "Bajawa", "5310": "Ruteng",
    "5311": "Waingapu", "5312": "Waikabubak", "5313": "Lewoleba", "5314": "Ba'a", "5317": "Tambolaka",
    "5320": "Seba", "5321": "Betun", "5371": "Kupang", "5171": "Denpasar", "5103": "Mangupura",
    "7371": "Makassar", "7308": "Watampone", "7404": "Pasarwajo", "7472": "Baubau", "3578": "Surabaya",
    "3374": "Semarang",
}  # fmt: skip

# ---------------------------------------------------------------- places (written for dev62)

# Kota Kupang: kecamatan code -> (kecamatan, kelurahan)
KOTA = {
    "01": (
        "Alak",
        "Alak Batuplat Fatufeto Mantasi Manutapen Naioni Namosain Nunhila".split()
        + ["Manulai II", "Nunbaun Sabu", "Nunbaun Delha", "Penkase Oeleta"],
    ),
    "02": (
        "Maulafa",
        "Belo Fatukoa Kolhua Maulafa Naikolan Naimata Oepura Penfui Sikumana".split(),
    ),
    "03": (
        "Oebobo",
        "Fatululi Liliba Oebobo Oebufu Oetete".split() + ["Kayu Putih", "Tuak Daun Merah"],
    ),
    "04": ("Kelapa Lima", ["Kelapa Lima", "Lasiana", "Oesapa", "Oesapa Barat", "Oesapa Selatan"]),
    "05": (
        "Kota Raja",
        [
            "Airnona",
            "Bakunase",
            "Bakunase II",
            "Fontein",
            "Kuanino",
            "Naikoten I",
            "Naikoten II",
            "Nunleu",
        ],
    ),
    "06": (
        "Kota Lama",
        [
            "Airmata",
            "Bonipoi",
            "Fatubesi",
            "Merdeka",
            "Nefonaek",
            "Oeba",
            "Pasir Panjang",
            "Solor",
            "Tode Kisar",
        ],
    ),
}
# lanes and small streets where people live
HOME_STREETS = """Jl. Kamboja|Jl. Bougenvil|Jl. Flamboyan|Jl. Cendana|Jl. Kesambi|Jl. Asoka|Jl. Kenanga
|Jl. Teratai|Jl. Anggrek|Jl. Melati|Jl. Mawar|Jl. Dahlia|Jl. Kedondong|Jl. Mangga|Jl. Pepaya|Jl. Srikaya
|Jl. Markisa|Jl. Belimbing|Jl. Jeruk|Jl. Alpukat|Jl. Nusa Indah|Jl. Batu Cadas|Jl. Oekam|Jl. Oebananta
|Jl. Fetor Funay|Jl. Tabun|Jl. Air Lobang|Jl. Kapadala|Jl. Bakti Karya|Jl. Bhakti Luhur|Jl. Gunung Fatuleu
|Jl. Gunung Mutis|Jl. Bukit Hijau|Jl. Oetona|Jl. Lontar Indah|Gg. Sepakat|Gg. Rukun|Gg. Damai Sejahtera
|Gg. Merpati|Gg. Kakaktua|Gg. Nuri|Gg. Pipit|Lr. Kasuari|Jl. Rambutan|Jl. Sirih|Jl. Kelor|Jl. Pinang
|Jl. Lamtoro|Jl. Beringin|Jl. Kuda Laut|Jl. Bintang Laut|Jl. Teluk Kupang|Jl. Tukad Badung|Jl. Tompello
|Jl. Nangka Gg. 3|Jl. Kosasih|Jl. Ikan Paus|Jl. Ikan Tongkol|Jl. Kampung Baru""".replace(
    "\n", ""
).split("|")
ESTATES = [
    "Perumnas",
    "BTN Kolhua",
    "Perum Bumi Lopo Indah",
    "Perum Griya Penfui",
    "Perum Oesapa Permai",
    "Kompleks Perumahan Citra Liliba",
    "Perum Nusa Cendana Asri",
]
# main roads where businesses and offices have their seats
SHOP_STREETS = """Jl. El Tari|Jl. Frans Seda|Jl. W.J. Lalamentik|Jl. Piet A. Tallo|Jl. Soeharto|Jl. Timor Raya
|Jl. Adisucipto|Jl. Perintis Kemerdekaan|Jl. R.A. Kartini|Jl. Sam Ratulangi|Jl. Cak Doko|Jl. Herewila
|Jl. Jend. Sudirman|Jl. Moh. Hatta|Jl. Sumba|Jl. Kejora|Jl. Matani|Jl. Bajawa|Jl. Sukun|Jl. Kenari
|Jl. Thamrin|Jl. Veteran|Jl. Jambu|Jl. Pulau Indah|Jl. Amabi|Jl. Pahlawan|Jl. Ahmad Yani|Jl. Siliwangi
|Jl. Urip Sumoharjo|Jl. Palapa|Jl. Prof. Dr. Herman Johannes|Jl. Bundaran PU|Jl. Kelinci|Jl. Suratim
|Jl. Polisi Militer|Jl. Nangka|Jl. Salak|Jl. Delima|Jl. Kapten Tendean|Jl. Fatufeto""".replace(
    "\n", ""
).split("|")
MARKETS = [
    "Pasar Oebobo",
    "Pasar Inpres Naikoten",
    "Pasar Oeba",
    "Pasar Kasih Naikoten",
    "Pasar Kuanino",
    "Pasar Oesapa",
    "Pasar Penfui",
    "Pasar Lili",
]
HOSTS = (("gmail.com", 16), ("yahoo.com", 3), ("yahoo.co.id", 3), ("ymail.com", 1), ("outlook.com", 1), ("rocketmail.com", 1), ("hotmail.com", 1), ("icloud.com", 1))  # fmt: skip
BANKS = (("Bank NTT", 7), ("BRI", 7), ("BNI", 4), ("Mandiri", 2), ("BCA", 2), ("BSI", 1))
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
# mobile prefixes with a rough weight for NTT (Telkomsel first)
MOBILE_W = (
    ("0812", 14), ("0813", 14), ("0821", 10), ("0822", 10), ("0823", 8), ("0852", 12), ("0853", 12),
    ("0851", 3), ("0811", 2), ("0815", 2), ("0857", 2), ("0858", 2), ("0856", 1), ("0817", 1),
    ("0818", 1), ("0819", 2), ("0859", 1), ("0877", 1), ("0878", 2), ("0831", 1), ("0838", 2),
    ("0895", 2), ("0896", 2), ("0897", 1), ("0898", 1), ("0899", 1), ("0881", 1), ("0882", 1),
    ("0887", 1),
)  # fmt: skip
MOBILE_PREFIXES = {p for p, _ in MOBILE_W} | {"0814", "0816", "0832", "0833", "0855", "0883", "0884", "0885", "0888", "0889"}  # fmt: skip
LETTER_FOR = {"0": "O", "1": "l", "5": "S", "8": "B"}
LETTER_FOR_CAPS = {"0": "O", "1": "I", "5": "S", "8": "B"}
DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})

# ---------------------------------------------------------------- values


def pick(rng: random.Random, weighted: tuple) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def misread(rng: random.Random, d: str, share: float = 0.3, caps: bool = False) -> str:
    """Letters a scan or a hurried hand puts for digits; at least one, never in the first two."""
    table = LETTER_FOR_CAPS if caps else LETTER_FOR
    out = [
        table[c] if c in table and k > 1 and rng.random() < share else c for k, c in enumerate(d)
    ]
    if out == list(d):
        spots = [k for k, c in enumerate(d) if c in table and k > 1]
        if spots:
            k = rng.choice(spots)
            out[k] = table[d[k]]
    return "".join(out)


def new_mobile(rng: random.Random) -> str:
    return pick(rng, MOBILE_W) + digits(rng, rng.choice((7, 8, 8, 8, 8, 8, 8, 9)))


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
            (
                "+62 %s-%s-%s",
                "+62%s%s%s",
                "+62 %s %s %s",
                "+62 %s%s%s",
                "(+62) %s %s %s",
                "+62-%s-%s-%s",
            )
        ) % (n[:3], n[3:7], n[7:])
    if how == "k":
        return rng.choice(("62%s%s%s", "62 %s %s %s", "62-%s-%s-%s", "62%s-%s-%s")) % (
            n[:3],
            n[3:7],
            n[7:],
        )
    if how == "o":
        return rng.choice(
            (
                misread(rng, d),
                "-".join(misread(rng, x) if k else x for k, x in enumerate(g)),
                " ".join(misread(rng, x) if k else x for k, x in enumerate(g)),
            )
        )
    if how == "oc":  # letters for digits in a text written in capitals
        return rng.choice(
            (
                misread(rng, d, caps=True),
                "-".join(misread(rng, x, caps=True) for x in g),
                " ".join(misread(rng, x, caps=True) for x in g),
            )
        )
    if how == "n":
        cut = rng.choice((4, 5, 8))
        return d[:cut] + "\n" + d[cut:]
    if how == "u":
        return rng.choice(("_", " • ", "·")).join(g)
    if how == "x":  # in threes, as some people space it
        threes = [d[k : k + 3] for k in range(0, len(d), 3)]
        if len(threes[-1]) == 1:
            threes[-2:] = [threes[-2] + threes[-1]]
        return " ".join(threes)
    return write_mobile(
        rng, d, pick(rng, (("b", 6), ("d", 4), ("s", 4), ("t", 1), ("i", 2), ("k", 2), ("x", 1)))
    )


def landline(rng: random.Random, six: str) -> str:
    form = rng.choice(
        ("0380 {a}", "(0380) {h} {t}", "0380-{a}", "0380 {h} {t}", "(0380) {a}", "0380-{h} {t}")
    )
    return form.format(a=six, h=six[:3], t=six[3:])


def new_six(rng: random.Random) -> str:
    return "8" + rng.choice("1234567") + digits(rng, 4)


def bank_account(rng: random.Random, bank: str, block: bool = False) -> str:
    """An account number in the shape its bank gives it."""
    if bank == "Bank NTT":
        body = "%s.%s.%s.%s-%s" % (
            rng.choice(("001", "002", "003", "011", "019", "022", "027")),
            rng.choice(("01", "02", "03")),
            rng.choice(("01", "02", "04")),
            digits(rng, 6),
            digits(rng, 1),
        )
        return re.sub(r"\D", "", body) if block or rng.random() < 0.35 else body
    if bank == "BRI":
        unit = rng.choice(("0218", "3390", "4657", "5116", "6032", "7431", "1987"))
        tail = rng.choice(("50", "50", "53", "52", "51"))
        if not block and rng.random() < 0.5:
            return "%s-01-%s-%s-%s" % (unit, digits(rng, 6), tail, digits(rng, 1))
        return "%s01%s%s%s" % (unit, digits(rng, 6), tail, digits(rng, 1))
    if bank == "BNI":
        return rng.choice(("0", "1", "1")) + digits(rng, 9)
    if bank == "Mandiri":
        branch = rng.choice(("161", "162", "182", "188"))
        if not block and rng.random() < 0.4:
            return "%s-00-%s-%s" % (branch, digits(rng, 7), digits(rng, 1))
        return "%s00%s%s" % (branch, digits(rng, 7), digits(rng, 1))
    if bank == "BCA":
        return rng.choice(("315", "738", "028", "441")) + digits(rng, 7)
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


PERSON_NP = "04 05 06 07 08 09 14 15 24 25 26 34 35 36 44 45 46 47 49 54 55 58 59 66 67 69 72 73 76 77 79 82 84 85 92 93 94 95 96 97".split()
BODY_NP = "01 02 03 31 61 70 71 80 81 83".split()


def person_npwp(rng: random.Random) -> str:
    """An old individual NPWP (15 digits) of a KPP of NTT."""
    return (
        rng.choice(PERSON_NP)
        + digits(rng, 7)
        + rng.choice(("920", "920", "920", "920", "921", "922", "923", "924"))
        + "000"
    )


def body_npwp(rng: random.Random) -> str:
    return (
        rng.choice(BODY_NP)
        + digits(rng, 7)
        + rng.choice(("920", "920", "920", "921"))
        + rng.choice(("000", "000", "000", "001"))
    )


def treasurer_npwp(rng: random.Random) -> str:
    return "00" + digits(rng, 7) + "920000"


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


def date_id(d: datetime.date) -> str:
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


class Person:
    """An invented person: names, birth, numbers, home and mailbox, all consistent."""

    def __init__(
        self,
        rng: random.Random,
        sex: str,
        origin: str,
        avoid: set[str],
        family: Person | None = None,
        years: tuple[int, int] = (1962, 2003),
        local: bool = True,
    ) -> None:
        self.rng = rng
        self.sex = sex
        self.origin = origin
        f = sex == "f"
        for _ in range(500):
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
                    given, fam_ = " ".join(w[:2]), w[-1]
                elif w[0] in ("La", "Wa"):
                    given, fam_ = full, w[-1]
                elif w[0] == "Andi":
                    given, fam_ = w[1], w[-1]
                elif w[0] in ("Muhammad", "Abdul") or (len(w) > 2 and w[1] == "Daeng"):
                    given, fam_ = " ".join(w[:2]) if w[1] != "Daeng" else w[0], w[-1]
                else:
                    given, fam_ = w[0], w[-1]
                self.given, self.family, self.full = given, fam_, full
            else:
                if origin == "sumba":
                    first = rng.choice(SUMBA_F if f else SUMBA_M)
                    fam_ = family.family if family is not None else rng.choice(SUMBA_FAM)
                else:
                    if origin == "flores" or (origin in ("timor", "alor") and rng.random() < 0.25):
                        first = rng.choice(GIVEN_FL_F if f else GIVEN_FL_M)
                    else:
                        first = rng.choice(GIVEN_TRS_F if f else GIVEN_TRS_M)
                    if rng.random() < 0.15:
                        second = rng.choice(
                            GIVEN_TRS_F + GIVEN_FL_F if f else GIVEN_TRS_M + GIVEN_FL_M
                        )
                        if second != first:
                            first += " " + (second[0] + "." if rng.random() < 0.4 else second)
                    fam_ = family.family if family is not None else rng.choice(FAMILY[origin])
                self.given = first if first.startswith(("Umbu ", "Rambu ")) else first.split()[0]
                self.family = fam_
                self.full = first + " " + fam_
            words = {slug(x) for x in self.full.split()} - SHARED
            if not words & avoid and len(self.full) <= 34:
                break
        else:
            raise SystemExit("no name fits %s %s" % (origin, sorted(avoid)[:12]))
        self.birth = datetime.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
        if family is not None:
            self.region, self.kel, self.kec = family.region, family.kel, family.kec
        elif local:
            code = rng.choice(sorted(KOTA))
            self.kec, kels = KOTA[code]
            self.kel = rng.choice(kels)
            self.region = "5371" + code
        else:
            reg = rng.choice(HOME_REGENCY[origin])
            self.region = reg + "%02d" % rng.randint(1, 12)
            self.kel, self.kec = "", ""
        self.town = BIRTH_TOWN.get(self.region[:4], "Kupang") if rng.random() < 0.6 else "Kupang"
        day = self.birth.day + (40 if f else 0)
        self.nik = "%s%02d%02d%02d%04d" % (
            self.region,
            day,
            self.birth.month,
            self.birth.year % 100,
            rng.randint(1, 240),
        )
        if family is not None:
            self.kk = family.kk
        else:
            made = datetime.date(rng.randint(2009, 2025), rng.randint(1, 12), rng.randint(1, 28))
            self.kk = "%s%02d%02d%02d%04d" % (
                self.region,
                made.day,
                made.month,
                made.year % 100,
                rng.randint(1, 4999),
            )
        self.npwp_old = person_npwp(rng)
        self.bpjs = "000" + str(rng.randint(10**9, 10**10 - 1))
        self.mobile = new_mobile(rng)
        self.mobile2 = new_mobile(rng)
        self.home = new_six(rng)
        self.bank = pick(rng, BANKS)
        self.account = bank_account(rng, self.bank)
        self.plate = vehicle_plate(
            rng, {"flores": "EB", "sumba": "ED"}.get(origin, "DH") if rng.random() < 0.25 else "DH"
        )
        self.rt = rng.randint(1, 42)
        self.rw = rng.randint(1, 14)
        self.street = rng.choice(HOME_STREETS)
        self.house = str(rng.randint(1, 140)) + rng.choice(("", "", "", "", "", "A", "B"))
        if family is not None:
            self.rt, self.rw, self.street, self.house, self.home = (
                family.rt,
                family.rw,
                family.street,
                family.house,
                family.home,
            )
        self.estate = rng.choice(ESTATES)
        self.block = "%s No. %d" % (rng.choice("ABCDEFGHJK"), rng.randint(1, 60))
        self.mail = self.mailbox()
        self.mail2 = self.mail
        while self.mail2.split("@")[0] == self.mail.split("@")[0]:
            self.mail2 = self.mailbox()

    def words(self) -> list[str]:
        drop = {
            "I",
            "Ni",
            "La",
            "Wa",
            "Ode",
            "Daeng",
            "Andi",
            "Umbu",
            "Rambu",
            "da",
            "Made",
            "Wayan",
            "Ketut",
            "Nyoman",
            "Gede",
            "Putu",
            "Kadek",
            "Komang",
            "Luh",
        }
        out = [slug(w) for w in self.full.split() if w not in drop and len(slug(w)) > 1]
        return out or [slug(self.given)]

    def mailbox(self) -> str:
        rng = self.rng
        w = self.words()
        g, f = w[0], w[-1]
        if len(w) == 1:  # La Ode Harun, I Made Suarta: the lead words make the given part
            g = slug("".join(self.full.split()[:-1])) or g
        y = self.birth.year
        local = rng.choice((
            "%s.%s" % (g, f), "%s%s%02d" % (g, f, rng.randint(1, 99)), "%s_%s" % (g, f), "%s%s" % (f, y % 100),
            "%s.%s%d" % (g, f, y % 100), "%s%s" % (g[0], f), "%s%d" % (g, y), "%s.%s" % (f, g), "%s%s" % (g, f[:4]),
            "%s_%s%02d" % (g, f, rng.randint(1, 99)),
        ))  # fmt: skip
        return local + "@" + pick(rng, HOSTS)

    # writings ---------------------------------------------------------------------------------

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
        if how == "oc":
            return misread(rng, d, 0.25, caps=True)
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
        if how == "tu":  # the NITKU of one of a sole trader's places of business
            return self.nik + "00000" + self.rng.choice("123")
        if how == "o":
            return misread(rng, dot_npwp(o), 0.3).replace("S", "5").replace("B", "8")
        if how == "oc":
            return misread(rng, dot_npwp(o), 0.3, caps=True).replace("S", "5").replace("B", "8")
        if how == "l":
            t = dot_npwp(o)
            cut = rng.choice((5, 8, 10, 12))
            return t[:cut] + "\n" + t[cut:]
        if how == "x":
            t = dot_npwp(o)
            return t[:12] + " " + t[12:]
        return self.npwp_w(pick(rng, (("d", 6), ("n", 3), ("b", 1), ("m", 1), ("s", 1))))

    def email_w(self, how: str, domain: str = "") -> str:
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
                "%s@%s titik %s" % (local, hname, tld),
            ))  # fmt: skip
        if how == "n":
            return rng.choice(("%s\n@%s" % (local, host), "%s@\n%s" % (local, host)))
        if how == "c":
            return "%s@%s,%s" % (local, hname, tld)
        if how == "q":
            return self.mail2
        if how == "k":  # a person's own mailbox on a workplace's domain
            w = self.words()
            return (
                rng.choice(("%s.%s@", "%s%s@", "%s_%s@")) % (w[0], w[-1])
                if len(w) > 1
                else w[0] + "@"
            ) + (domain or "kupangkota.go.id")
        return self.email_w(pick(rng, (("p", 6), ("x", 1))))

    def rt_w(self, how: str) -> str:
        rng = self.rng
        rt, rw = self.rt, self.rw
        if how == "n":  # an RT alone
            return rng.choice(("RT %02d" % rt, "RT %d" % rt, "RT %03d" % rt, "RT.%02d" % rt))
        if how == "f":  # an identity card's field
            return "RT/RW : %03d/%03d" % (rt, rw)
        if how == "l":
            return rng.choice(
                (
                    "rt %d rw %d" % (rt, rw),
                    "rt %02d/rw %02d" % (rt, rw),
                    "rt.%02d rw.%02d" % (rt, rw),
                )
            )
        return rng.choice(
            (
                "RT %02d/RW %02d" % (rt, rw),
                "RT %03d/RW %03d" % (rt, rw),
                "RT %d RW %d" % (rt, rw),
                "RT.%02d/RW.%02d" % (rt, rw),
                "RT %02d RW %02d" % (rt, rw),
                "RT %02d / RW %02d" % (rt, rw),
            )
        )

    def address_w(self, how: str) -> str:
        rng = self.rng
        no = rng.choice(("No. ", "No.", "No ", "no. ", "nomor ")) + self.house
        if how == "s":  # street and number
            return "%s %s" % (self.street, no)
        if how == "r":  # street, number and RT/RW
            return "%s %s%s%s" % (self.street, no, rng.choice((", ", " ", ", ")), self.rt_w(""))
        if how == "e":  # a housing estate's block
            return "%s Blok %s" % (self.estate, self.block)
        return self.address_w(rng.choice("ssrr"))


# ---------------------------------------------------------------- bodies (written for dev62)

CORES = """Sinar Lontar|Berkat Baru|Cahaya Timor|Harapan Jaya|Sumber Hidup|Flobamora|Sasando|Tiga Putra
|Dua Saudara|Anugerah|Karya Baru|Maju Bersama|Bintang Timur|Kasih Setia|Fajar Baru|Mutiara|Permata
|Lopo Indah|Nusa Cendana|Timor Indah|Teluk Biru|Mentari|Rajawali|Gemilang|Berkah Abadi|Sejahtera
|Sentosa|Sehati|Pelangi|Cemerlang|Tunas Baru|Sumber Rejeki|Citra Mandiri|Surya Kencana|Mekar Sari
|Lentera|Sinar Pagi|Kenari Jaya|Batu Karang|Pantai Indah|Bukit Cinta|Damai Sejahtera|Sabana|Tirta""".replace(
    "\n", ""
).split("|")
BODY_KIND = {
    "toko": (
        "Toko",
        "Toko Sembako",
        "Toko Bangunan",
        "Toko Elektronik",
        "Grosir",
        "Toko Kelontong",
    ),
    "sembako": ("Toko Sembako", "Grosir", "Toko Kelontong", "Toko", "Swalayan"),
    "elektronik": ("Toko Elektronik", "Toko Elektronik & Furnitur", "Toko Elektronik & Mebel"),
    "kios": ("Kios", "Kios Sembako"),
    "bengkel": ("Bengkel", "Bengkel Motor", "Bengkel Las", "Bengkel Mobil"),
    "travel": ("Travel",),
    "rental": ("Rental Mobil", "Rental"),
    "katering": ("Katering", "Catering"),
    "warung": ("Warung Makan", "Rumah Makan", "Depot Se'i", "Kedai Kopi"),
    "apotek": ("Apotek",),
    "klinik": ("Klinik Pratama", "Klinik", "Klinik Gigi"),
    "kursus": ("LKP", "LKP", "Lembaga Kursus", "Pusat Pelatihan", "LKP Komputer & Bahasa"),
    "bimbel": ("Bimbel", "Bimbingan Belajar", "Les Privat"),
    "sekolah": ("SD Kristen", "SMP Kristen", "SMA Katolik", "TK Kristen", "SMK Swasta"),
    "gereja": ("GMIT Jemaat",),
    "masjid": ("Masjid",),
    "koperasi": ("KSP", "Kopdit", "Koperasi Serba Usaha", "CU"),
    "arisan": ("Arisan Mama-Mama", "Arisan Keluarga Besar", "Arisan Sahabat"),
    "ojek": ("Pangkalan Ojek",),
    "kos": ("Kos Putri", "Kos Putra", "Kos", "Kost Eksklusif", "Kos Campur"),
    "olshop": ("Olshop", "Lapak", "Toko Online"),
    "kurir": ("Ekspedisi", "Kurir"),
    "tangki": ("Air Tangki", "Tangki Air"),
    "depot": ("Depot Air Isi Ulang", "Depot Air"),
    "eo": ("EO", "Event Organizer", "EO", "Kreasi Event"),
    "wo": ("Wedding Organizer", "WO", "Wedding & Dekorasi"),
    "laundry": ("Laundry",),
    "salon": ("Salon",),
    "fotokopi": ("Fotokopi",),
    "counter": ("Counter Pulsa", "Konter HP"),
    "cv": ("CV", "CV", "UD", "PT"),
    "sedot": ("Sedot WC",),
    "tenda": ("Sewa Tenda", "Persewaan Tenda dan Kursi"),
    "yayasan": ("Yayasan",),
}
CHURCH = [
    "Kaisarea",
    "Efata",
    "Getsemani",
    "Syalom",
    "Maranatha",
    "Elim",
    "Pniel",
    "Zaitun",
    "Sion",
    "Galilea",
    "Betel",
    "Imanuel",
    "Koinonia",
    "Bethesda",
]
MOSQUE = [
    "Al-Ikhlas",
    "Nurul Iman",
    "Baiturrahim",
    "At-Taqwa",
    "Al-Muhajirin",
    "Nurul Huda",
    "Ar-Rahman",
]
PLACES_SHORT = [k for _, ks in KOTA.values() for k in ks if " " not in k and not k.endswith("I")]


class Body:
    """A business, a school, a congregation or a group: its name, lines, mailbox and numbers."""

    def __init__(self, rng: random.Random, kind: str, used: set[str]) -> None:
        self.rng = rng
        self.kind = kind
        for _ in range(200):
            word = rng.choice(BODY_KIND[kind])
            place = rng.choice(PLACES_SHORT)
            if kind == "gereja":
                core = rng.choice(CHURCH)
                name = "GMIT Jemaat %s %s" % (core, place)
            elif kind == "masjid":
                core = rng.choice(MOSQUE)
                name = "Masjid %s %s" % (core, place)
            elif kind == "ojek":
                core = place
                name = "Pangkalan Ojek %s" % rng.choice(
                    (
                        "Pasar " + place,
                        "Bundaran PU",
                        "Kampus Undana",
                        "Terminal Kupang",
                        "Simpang " + place,
                    )
                )
            elif kind == "arisan":
                core = rng.choice(CORES)
                name = "%s %s" % (word, core)
            else:
                core = rng.choice(CORES)
                name = "%s %s" % (word, core)
                if rng.random() < 0.45 and kind not in ("cv", "yayasan", "koperasi"):
                    name += " " + place
                if kind == "travel" and rng.random() < 0.5:
                    name += rng.choice((" Express", " Trans"))
            if name not in used:
                break
        used.add(name)
        self.name, self.core, self.place, self.word = name, core, place, word
        self.mobile = new_mobile(rng)
        self.mobile2 = new_mobile(rng)
        self.six = new_six(rng)
        c = slug(core)
        self.mail = rng.choice(
            (
                "%s%s@gmail.com" % (slug(word.split()[0]), c),
                "%s.%s@gmail.com" % (c, slug(place)),
                "%s.kupang@gmail.com" % c,
                "%s%s@yahoo.co.id" % (slug(word.split()[0]), c),
                "admin.%s@gmail.com" % c,
            )
        )
        self.npwp = body_npwp(rng)
        self.bank = pick(rng, BANKS)
        self.account = bank_account(rng, self.bank)
        self.street = rng.choice(SHOP_STREETS)
        self.house = str(rng.randint(1, 190)) + rng.choice(("", "", "", "A"))
        self.ig = "@" + c + rng.choice(("_kupang", ".kupang", "kpg", "_kpg", ".official"))
        self.nib = rng.choice(("912", "812", "220", "030")) + digits(rng, 10)

    def field(self, f: str) -> str:
        rng = self.rng
        if f == "":
            return self.name
        if f == "n":
            return self.core
        if f == "pl":
            return self.place
        if f == "wa":
            return write_mobile(rng, self.mobile, "")
        if f == "wb":
            return write_mobile(rng, self.mobile2, "")
        if f == "wao":
            return write_mobile(rng, self.mobile, "oc")
        if f == "tel":
            return landline(rng, self.six)
        if f == "em":
            return self.mail
        if f == "np":
            return dot_npwp(self.npwp)
        if f == "npb":
            return self.npwp
        if f == "npz":
            return "0" + self.npwp
        if f == "nt":
            return "0" + self.npwp + "000000"
        if f == "acc":
            return self.account
        if f == "bank":
            return self.bank
        if f == "jl":
            return "%s No. %s" % (self.street, self.house)
        if f == "ig":
            return self.ig
        if f == "nib":
            return self.nib
        raise SystemExit("unknown body field %r" % f)


# offices people complain to: code -> (full name, short name, mailbox, seat)
OFFICES = {
    "dag": (
        "Dinas Perindustrian dan Perdagangan Kota Kupang",
        "Disperindag",
        "disperindag@kupangkota.go.id",
        "Jl. Moh. Hatta No. 50",
    ),
    "kes": (
        "Dinas Kesehatan Kota Kupang",
        "Dinkes",
        "dinkes@kupangkota.go.id",
        "Jl. S.K. Lerik No. 2",
    ),
    "pom": (
        "Balai Besar POM di Kupang",
        "BBPOM Kupang",
        "ulpk.bbpomkupang@pom.go.id",
        "Jl. Perintis Kemerdekaan No. 45",
    ),
    "pen": (
        "Badan Pendapatan Daerah Kota Kupang",
        "Bapenda",
        "bapenda@kupangkota.go.id",
        "Jl. S.K. Lerik No. 1",
    ),
    "kpp": ("KPP Pratama Kupang", "KPP Pratama Kupang", "kpp.920@pajak.go.id", "Jl. Palapa No. 14"),
    "ptsp": (
        "Dinas Penanaman Modal dan PTSP Kota Kupang",
        "DPMPTSP",
        "dpmptsp@kupangkota.go.id",
        "Jl. S.K. Lerik No. 1",
    ),
    "hub": (
        "Dinas Perhubungan Kota Kupang",
        "Dishub",
        "dishub@kupangkota.go.id",
        "Jl. Timor Raya No. 120",
    ),
    "dik": (
        "Dinas Pendidikan dan Kebudayaan Kota Kupang",
        "Dikbud",
        "dikbud@kupangkota.go.id",
        "Jl. Perintis Kemerdekaan No. 2",
    ),
    "kop": (
        "Dinas Koperasi dan UKM Kota Kupang",
        "Diskop UKM",
        "diskopukm@kupangkota.go.id",
        "Jl. Thamrin No. 3",
    ),
    "omb": (
        "Ombudsman RI Perwakilan NTT",
        "Ombudsman NTT",
        "ntt@ombudsman.go.id",
        "Jl. Adisucipto No. 54",
    ),
    "pol": (
        "Polresta Kupang Kota",
        "Polresta",
        "spkt.polrestakupang@gmail.com",
        "Jl. Jend. Sudirman No. 3",
    ),
    "pdam": (
        "Perumda Air Minum Tirta Lontar Kota Kupang",
        "PDAM",
        "pelanggan@tirtalontar.co.id",
        "Jl. Kelapa Lima No. 2",
    ),
    "upk": (
        "Unit Pengaduan Kasih Kota Kupang",
        "Unit Pengaduan Kasih",
        "pengaduan@kupangkota.go.id",
        "Jl. S.K. Lerik No. 1",
    ),
    "sos": (
        "Dinas Sosial Kota Kupang",
        "Dinsos",
        "dinsos@kupangkota.go.id",
        "Jl. Frans Seda No. 8",
    ),
}


class Fill:
    """Everything drawn for one text: people, bodies, offices' lines, dates and a clock."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.nums: dict[str, int] = {}
        self.people: dict[int, Person] = {}
        self.bodies: dict[tuple[str, int], Body] = {}
        self.names: set[str] = set()
        self.lines: dict[str, tuple[str, str]] = {}
        self.base = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))
        self.clock = rng.randint(6 * 60, 20 * 60)
        self.stamp = rng.choice(
            ("[%d/%02d/%04d %02d.%02d]", "[%02d/%02d/%02d %02d.%02d]", "[%02d.%02d, %d/%d/%d]")
        )

    def person(self, i: int) -> Person:
        if i not in self.people:
            spec = self.spec
            fam = spec["fam"].get(i)
            family = self.person(fam) if fam is not None else None
            if i in spec["F"]:
                sex = "f"
            elif i in spec["M"]:
                sex = "m"
            else:
                sex = self.rng.choice("mf")
            origin = spec["O"].get(i) or (family.origin if family else pick(self.rng, ORIGIN_W))
            avoid = set(spec["avoid"]) | self.names
            if family is not None:
                avoid -= {slug(w) for w in family.family.split()}
            years = spec["A"].get(i, (1960, 2002))
            p = Person(self.rng, sex, origin, avoid, family, years, local=i not in spec["L"])
            self.people[i] = p
            self.names |= {slug(w) for w in p.full.split() if len(slug(w)) > 2} - SHARED
        return self.people[i]

    def body(self, kind: str, i: int) -> Body:
        if (kind, i) not in self.bodies:
            used = {b.name for b in self.bodies.values()}
            self.bodies[kind, i] = Body(self.rng, kind, used)
        return self.bodies[kind, i]

    def office(self, code: str) -> tuple[str, str]:
        if code not in self.lines:
            self.lines[code] = (new_six(self.rng), new_mobile(self.rng))
        return self.lines[code]

    def day(self, i: int) -> datetime.date:
        key = "__day%d" % i
        if key not in self.cache:
            d = self.base + datetime.timedelta(days=(i - 1) * self.rng.randint(1, 6))
            if d.weekday() == 6:
                d += datetime.timedelta(days=1)
            self.cache[key] = d.isoformat()
        return datetime.date.fromisoformat(self.cache[key])

    def tick(self) -> tuple[int, int]:
        self.clock += self.rng.choice((0, 1, 1, 2, 3, 5, 8, 14))
        self.clock = min(self.clock, 23 * 60 + 50)
        return divmod(self.clock, 60)


# ---------------------------------------------------------------- placeholders

PERSON_WRITING = re.compile(r"(nik|kk|np|bpjs|em|hp|hq)([a-z]*)$")
PERSON_PLAIN = {
    "n", "g", "f", "l", "lg", "lf", "ini", "c", "hon", "pak", "kin", "kak", "sdr", "bt", "tel", "bank", "acc", "accb",
    "rt", "rtn", "rtf", "rtl", "ad", "ads", "adr", "ade", "kel", "kec", "pl", "plb", "umur", "lahir", "tl", "jk", "reg",
}  # fmt: skip
ITEMS = {
    "apt": [
        ("Paracetamol 500 mg strip", 4500),
        ("Amoxicillin 500 mg strip", 9000),
        ("OBH sirup 100 ml", 21000),
        ("Vitamin C 1000 tab", 3500),
        ("Minyak kayu putih 60 ml", 27500),
        ("Antasida doen strip", 3000),
        ("Salep kulit 10 g", 16000),
        ("Masker medis box", 35000),
        ("Betadine 30 ml", 24000),
        ("Kasa steril", 7500),
    ],
    "toko": [
        ("Beras 5 kg", 72000),
        ("Minyak goreng 2 L", 38000),
        ("Gula pasir 1 kg", 17500),
        ("Telur 1 rak", 55000),
        ("Mie instan dus", 115000),
        ("Kopi bubuk 250 g", 22000),
        ("Sabun cuci 800 g", 24500),
        ("Susu kental manis", 12500),
        ("Garam 250 g", 3000),
        ("Teh celup kotak", 8500),
    ],
    "bgn": [
        ("Semen 40 kg", 68000),
        ("Besi beton 10 mm", 87000),
        ("Paku 5 cm /kg", 22000),
        ("Seng gelombang 3 m", 95000),
        ("Cat tembok 5 kg", 145000),
        ("Pipa PVC 3/4 inci", 38000),
        ("Kawat bendrat /kg", 25000),
        ("Triplek 9 mm", 125000),
        ("Keramik 40x40 /dus", 72000),
    ],
    "mkn": [
        ("Nasi se'i sapi", 35000),
        ("Nasi ayam goreng", 25000),
        ("Jagung bose", 15000),
        ("Ikan kuah asam", 40000),
        ("Es teh", 5000),
        ("Kopi susu", 10000),
        ("Sayur rumpu rampe", 12000),
        ("Air mineral 600 ml", 5000),
        ("Nasi putih", 5000),
    ],
    "kat": [
        ("Nasi kotak paket A", 35000),
        ("Nasi kotak paket B", 45000),
        ("Snack box", 15000),
        ("Prasmanan per orang", 75000),
        ("Kue lapis /loyang", 120000),
        ("Air mineral gelas /dus", 25000),
    ],
    "bkl": [
        ("Ganti oli mesin", 55000),
        ("Kampas rem depan", 65000),
        ("Servis CVT", 75000),
        ("Busi", 25000),
        ("Ban dalam 17 inci", 35000),
        ("Jasa las pagar /m", 150000),
        ("Aki kering", 285000),
        ("Rantai set", 180000),
    ],
}


def amount(rng: random.Random, low: int, high: int, step: int = 500) -> int:
    return rng.randrange(low // step, high // step + 1) * step


def rp(rng: random.Random, v: int) -> str:
    return rng.choice(("Rp %s", "Rp%s", "Rp. %s", "Rp %s")) % rupiah(v)


def person_value(fl: Fill, name: str, i: int) -> str:
    p = fl.person(i)
    rng = fl.rng
    f = p.sex == "f"
    m = PERSON_WRITING.match(name)
    if m and name not in PERSON_PLAIN:
        what, how = m.groups()
        if what == "hp":
            return write_mobile(rng, p.mobile, how)
        if what == "hq":
            return write_mobile(rng, p.mobile2, how)
        if what == "nik":
            return p.nik_w(how)
        if what == "kk":
            return p.nik_w(how or "b", p.kk)
        if what == "np":
            return p.npwp_w(how)
        if what == "bpjs":
            b = p.bpjs
            return b if how != "s" else "%s %s %s %s" % (b[:4], b[4:8], b[8:12], b[12:])
        if what == "em":
            dom = fl.cache.get("__domain", "")
            return p.email_w(how, dom)
    if name == "n":
        return p.full
    if name == "g":
        return p.given
    if name == "f":
        return p.family
    if name == "l":
        return p.full.lower()
    if name == "lg":
        return p.given.lower()
    if name == "lf":
        return p.family.lower()
    if name == "ini":
        if p.origin in OTHER:
            return p.full
        return "%s. %s" % (p.given[0], p.family)
    if name == "c":
        opts = [p.full, p.given, p.given.lower(), p.full.lower()]
        if p.origin not in OTHER and p.origin != "sumba":
            opts.append("%s %s" % (p.given, p.family[0]))
        return rng.choice(opts)
    if name == "hon":
        return "Ibu" if f else "Bapak"
    if name == "pak":
        return "Bu" if f else "Pak"
    if name == "kin":
        return "Tanta" if f else "Om"
    if name == "kak":
        return "Kak"
    if name == "sdr":
        return "Sdri." if f else "Sdr."
    if name == "bt":
        return "Mama" if f else "Bapa"
    if name == "tel":
        return landline(rng, p.home)
    if name == "bank":
        return p.bank
    if name == "acc":
        return p.account
    if name == "accb":
        return re.sub(r"\D", "", p.account)
    if name in ("rt", "rtn", "rtf", "rtl"):
        return p.rt_w(name[2:])
    if name in ("ad", "ads", "adr", "ade"):
        return p.address_w(name[2:])
    if name == "kel":
        return p.kel or "Oebufu"
    if name == "kec":
        return p.kec or "Oebobo"
    if name == "pl":
        return p.plate
    if name == "plb":
        return p.plate.replace(" ", "").replace("-", "")
    if name == "umur":
        return str(2026 - p.birth.year)
    if name == "lahir":
        return p.birth.strftime("%d-%m-%Y")
    if name == "tl":
        return "%s, %s" % (p.town, p.birth.strftime("%d-%m-%Y"))
    if name == "jk":
        return "PEREMPUAN" if f else "LAKI-LAKI"
    if name == "reg":
        return REGENCY_NAME.get(p.region[:4], "Kota Kupang")
    raise SystemExit("unknown person field %r" % name)


def office_value(fl: Fill, code: str, field: str) -> str:
    full, short, mail, seat = OFFICES[code]
    six, mob = fl.office(code)
    if field == "":
        return full
    if field == "s":
        return short
    if field == "em":
        return mail
    if field == "jl":
        return seat
    if field == "tel":
        return landline(fl.rng, six)
    if field == "wa":
        return write_mobile(fl.rng, mob, "")
    raise SystemExit("unknown office field %r" % field)


def receipt(fl: Fill, trade: str, caps: bool = False) -> str:
    """Item lines of a receipt; the total goes to the cache for {total}."""
    rng = fl.rng
    rows = rng.sample(ITEMS[trade], rng.randint(2, 5))
    out = []
    total = 0
    for label, price in rows:
        q = (
            rng.choice((1, 1, 1, 2, 2, 3, 5))
            if trade not in ("kat",)
            else rng.choice((20, 25, 30, 40, 50, 75, 100))
        )
        total += q * price
        label = label.upper() if caps else label
        out.append("%-26s %3d x %9s  %11s" % (label, q, rupiah(price), rupiah(q * price)))
    fl.nums["total"] = total
    return "\n".join(line.rstrip() for line in out)


def lookalike(fl: Fill, name: str, index: str) -> str:
    rng = fl.rng
    i = int(index or 1)
    if name in ("tgl", "tgld", "tgll", "tglw", "tgls", "hari", "bln", "thn", "tglc"):
        d = fl.day(i)
        return {
            "tgl": d.strftime("%d/%m/%Y"),
            "tgld": d.strftime("%d-%m-%Y"),
            "tgll": date_id(d),
            "tglw": "%s, %s" % (DAYS[d.weekday()], date_id(d)),
            "tgls": "%d/%d" % (d.day, d.month),
            "hari": DAYS[d.weekday()],
            "bln": MONTHS[d.month - 1],
            "thn": str(d.year),
            "tglc": "%d %s %d" % (d.day, MONTHS[d.month - 1][:3].upper(), d.year),
        }[name]
    if name == "jam":
        return "%02d.%02d" % (rng.randint(7, 21), rng.choice((0, 0, 15, 30, 30, 45, 10, 20)))
    if name == "jamr":
        a = rng.randint(7, 9)
        return rng.choice(("%02d.00-%02d.00", "%02d.00 - %02d.00", "%02d.00–%02d.00")) % (
            a,
            rng.randint(15, 21),
        )
    if name == "t":
        h, m = fl.tick()
        return "%02d.%02d" % (h, m)
    if name == "ts":
        h, m = fl.tick()
        d = fl.day(1)
        if fl.stamp.startswith("[%02d.%02d"):
            return fl.stamp % (h, m, d.day, d.month, d.year % 100)
        return fl.stamp % (d.day, d.month, d.year if "%04d" in fl.stamp else d.year % 100, h, m)
    if name == "rpnew":  # a new vehicle's price, above {rpv<index>}
        v = fl.nums.get("rpv" + (index or "1"), 15_000_000)
        return rp(rng, amount(rng, v * 13 // 10, v * 17 // 10, 250_000))
    if name in (
        "rp",
        "rpk",
        "rpb",
        "rps",
        "rpj",
        "rpm",
        "rpt",
        "rpv",
        "rpo",
        "rpd",
        "rpkos",
        "rptr",
    ):
        low, high, step = {
            "rp": (25_000, 900_000, 5_000), "rpk": (10_000, 250_000, 5_000), "rpb": (1_500_000, 35_000_000, 50_000),
            "rps": (2_000, 20_000, 500), "rpj": (1_000_000, 9_000_000, 100_000), "rpm": (25_000, 60_000, 2_500), "rptr": (150_000, 250_000, 10_000), "rpkos": (350_000, 1_200_000, 50_000), "rpd": (100_000, 250_000, 25_000),
            "rpt": (80_000, 175_000, 5_000), "rpv": (7_500_000, 28_000_000, 250_000), "rpo": (60_000_000, 480_000_000, 500_000),
        }[name]  # fmt: skip
        v = amount(rng, low, high, step)
        fl.nums[name + index] = v
        if name == "rpj":
            return ("%.1f jt" % (v / 1e6)).replace(".", ",").replace(",0 jt", " jt")
        return rp(rng, v)
    if name == "komod":  # a staple and its price, kept for {harga} and {rpup}
        label, low, high = rng.choice(
            (
                ("minyak goreng 2 liter", 34_000, 42_000),
                ("beras medium 5 kg", 62_000, 75_000),
                ("gula pasir 1 kg", 16_000, 19_500),
                ("telur ayam 1 rak", 50_000, 62_000),
                ("bawang merah 1 kg", 35_000, 60_000),
            )
        )
        fl.nums["harga"] = amount(rng, low, high, 500)
        return label
    if name == "harga":
        return rp(rng, fl.nums.get("harga", 20_000))
    if name == "rpup":  # a price risen from {harga} or {rpk<index>}
        v = fl.nums.get("harga", fl.nums.get("rpk" + (index or "1"), 20_000)) + amount(
            rng, 1_000, 8_000, 500
        )
        return rp(rng, v)
    if name == "tb":  # the amount of {rp<index>} in words
        return (
            terbilang(
                fl.nums.get("rp" + index, fl.nums.get("rpb" + index, fl.nums.get("total", 0)))
            ).capitalize()
            + " rupiah"
        )
    if name == "rpcar":  # a day's rent of a car by its class
        low, high = {
            "1": (300_000, 400_000),
            "2": (500_000, 750_000),
            "3": (1_000_000, 1_600_000),
        }.get(index, (350_000, 600_000))
        return rp(rng, amount(rng, low, high, 25_000))
    if name == "ship":  # a parcel's weight and its fee, by the destination's rate per kg
        rate = {"1": 28_000, "2": 8_000, "3": 35_000, "4": 18_000, "5": 22_000}.get(index, 15_000)
        kg = rng.randint(1, 8)
        return "%d kg | %s" % (kg, rp(rng, kg * rate))
    if name == "total":
        return rupiah(fl.nums.get("total", 0))
    if name == "tbtotal":
        return terbilang(fl.nums.get("total", 0)) + " rupiah"
    if name.startswith("it") and name[2:] in ITEMS:
        return receipt(fl, name[2:])
    if name.startswith("IT") and name[2:].lower() in ITEMS:
        return receipt(fl, name[2:].lower(), caps=True)
    if name == "resi":
        return rng.choice(
            (
                "JP%s" % digits(rng, 10),
                "JX%s" % digits(rng, 10),
                "0%s" % digits(rng, 14),
                "00%s" % digits(rng, 10),
                "IDE7%s" % digits(rng, 11),
                "SPXID0%s" % digits(rng, 11),
            )
        )
    if name == "ord":
        d = fl.day(1)
        return rng.choice(
            (
                "%s%s"
                % (
                    d.strftime("%y%m%d"),
                    "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXY0123456789") for _ in range(8)),
                ),
                "INV/%s/MPL/%s" % (d.strftime("%Y%m%d"), digits(rng, 10)),
                "5%s" % digits(rng, 14),
                "57%s" % digits(rng, 16),
            )
        )
    if name == "va":
        return rng.choice(
            (
                "8808 %s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4)),
                "88810%s" % write_mobile(rng, new_mobile(rng), "b"),
                "3901%s" % digits(rng, 12),
                "89508 %s" % write_mobile(rng, new_mobile(rng), "b"),
                "7007%s" % digits(rng, 12),
            )
        )
    if name == "billing":
        return rng.choice(("8", "0")) + digits(rng, 14)
    if name == "idpel":
        return rng.choice(("5312", "5311", "5313", "62")) + digits(
            rng, 8 if fl.rng.random() < 0.8 else 10
        )
    if name == "meter":
        return rng.choice(("14", "56", "32", "45")) + digits(rng, 9)
    if name == "token":
        return "-".join(digits(rng, 4) for _ in range(5))
    if name == "samb":
        return "%02d-%02d-%06d" % (rng.randint(1, 18), rng.randint(1, 30), rng.randint(1, 999999))
    if name == "otp":
        return digits(rng, 6)
    if name == "vcr":
        return rng.choice(
            (
                "%s %s %s %s" % tuple(digits(rng, 4) for _ in range(4)),
                digits(rng, 14),
                digits(rng, 16),
            )
        )
    if name == "imei":
        return "35" + digits(rng, 13)
    if name == "sn":
        return rng.choice(
            (
                digits(rng, 12),
                digits(rng, 18),
                "R58%s"
                % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
            )
        )
    if name == "sim":
        return (
            "%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4))
            if rng.random() < 0.6
            else digits(rng, 12)
        )
    if name == "rm":
        return rng.choice(
            (
                "%02d-%02d-%02d" % (rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99)),
                "RM%s" % digits(rng, 6),
                digits(rng, 6),
            )
        )
    if name == "spbu":
        return "54.85%d.%02d" % (rng.randint(1, 3), rng.randint(1, 12))
    if name == "bh":
        return "%03d/BH/XIV/%d" % (rng.randint(1, 999), rng.randint(1998, 2022))
    if name == "seri":
        return "%s %s" % (
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
            digits(rng, 7),
        )
    if name == "lambung":
        return "%02d-%03d" % (rng.randint(1, 15), rng.randint(1, 250))
    if name == "kantong":
        return "%s%s" % (rng.choice(("KPG", "UDD", "53")), digits(rng, 9))
    if name == "batch":
        return "%s%s" % (
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
            digits(rng, 6),
        )
    if name == "nie":
        return "%s%s" % (
            rng.choice(("NA1", "MD ", "ML ", "TR", "DBL")),
            digits(rng, rng.choice((9, 11, 12))),
        )
    if name == "stra":
        return "%s%s" % (rng.choice(("19", "20")), digits(rng, 15))
    if name == "pbg":
        return "SIMBG-%s-%s-%03d" % ("537106", fl.day(1).strftime("%d%m%Y"), rng.randint(1, 999))
    if name == "ref":
        return rng.choice(
            (
                "%s" % digits(rng, 12),
                "FT%s%s" % (fl.day(1).strftime("%y%j"), digits(rng, 7)),
                "%s%s" % (fl.day(1).strftime("%Y%m%d"), digits(rng, 8)),
                digits(rng, 16),
            )
        )
    if name == "nota":
        return rng.choice(
            (
                "08%s" % digits(rng, 10),
                "%06d" % rng.randint(1, 99999),
                "%s-%04d" % (fl.day(1).strftime("%y%m%d"), rng.randint(1, 9999)),
                "INV/%s/%04d" % (fl.day(1).strftime("%m/%Y"), rng.randint(1, 999)),
            )
        )
    if name == "kw":
        return rng.choice(
            (
                "KW/%03d/%s" % (rng.randint(1, 999), fl.day(1).strftime("%m/%Y")),
                "%04d" % rng.randint(1, 9999),
                "%03d/KWT/%s"
                % (
                    rng.randint(1, 300),
                    "I II III IV V VI VII VIII IX X XI XII".split()[fl.day(1).month - 1] + "/2026",
                ),
            )
        )
    if name == "nib":
        return rng.choice(("912", "812", "220", "030")) + digits(rng, 10)
    if name == "pirt":
        return "P-IRT %s-%s" % ("2" + digits(rng, 2) + "5371" + digits(rng, 8), digits(rng, 2))
    if name.startswith("sk") and name[2:].rstrip("0123456789") in (
        "",
        "dik",
        "ptsp",
        "kes",
        "dag",
        "pen",
        "hub",
        "pom",
    ):
        roman = "I II III IV V VI VII VIII IX X XI XII".split()[fl.day(1).month - 1]
        code, unit = {
            "dik": ("421.9", "Dikbud"), "ptsp": ("503", "DPMPTSP"), "kes": ("440", "Dinkes"), "dag": ("510", "Disperindag"),
            "pen": ("973", "Bapenda"), "hub": ("551", "Dishub"), "pom": ("PW.01.12", "BBPOM.KPG"),
        }.get(name[2:].rstrip("0123456789"), (rng.choice(("503", "510", "440", "973")), rng.choice(("DPMPTSP", "Disperindag", "Dinkes", "Bapenda"))))  # fmt: skip
        return "%s/%03d/%s/%s/2026" % (code, rng.randint(1, 999), unit, roman)
    if name == "tiket":
        return rng.choice(
            (
                "LPR-2026-%s-%04d" % (fl.day(1).strftime("%m%d"), rng.randint(1, 9999)),
                "#TKT-%s-%04d" % (fl.day(1).strftime("%y%m%d"), rng.randint(1, 9999)),
                "%s-%04d-%03d"
                % (fl.day(1).strftime("%y%m"), rng.randint(1, 9999), rng.randint(1, 999)),
            )
        )
    if name == "npsn":
        return rng.choice(("5030", "5020", "6972", "5036")) + digits(rng, 4)
    if name == "nisn":
        return "00" + digits(rng, 8)
    if name == "kode":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if name == "sku":
        return "%s %d %s" % (
            rng.choice(("KB", "SP", "AC", "TV", "HP", "RK", "EL")),
            rng.randint(100, 9999),
            "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
        )
    if name == "npwpd":
        return "P.%d.%07d.%02d.%02d" % (
            rng.choice((1, 2)),
            rng.randint(1, 99999),
            rng.randint(1, 6),
            rng.randint(1, 12),
        )
    if name == "nop":
        return "53.71.0%02d.0%02d.%03d-%04d.0" % (
            rng.randint(10, 60),
            rng.randint(1, 40),
            rng.randint(1, 200),
            rng.randint(1, 2999),
        )
    if name == "bnp":  # an office treasurer's withholding NPWP
        return dot_npwp(treasurer_npwp(rng))
    if name == "bnpb":
        return treasurer_npwp(rng)
    if name in ("cnp", "cnpb", "cnt"):  # an unnamed company's NPWP
        o = fl.cache.setdefault("__cnp" + index, body_npwp(rng))
        return {"cnp": dot_npwp(o), "cnpb": o, "cnt": "0" + o + "000000"}[name]
    if name in ("scam", "scamb", "scami", "scamo"):  # a scam's mobile, nobody named
        how = {"scam": "", "scamb": "b", "scami": "i", "scamo": "oc"}[name]
        return write_mobile(rng, new_mobile(rng), how)
    if name == "mob":  # a mobile of a business or a desk, in any writing
        return write_mobile(rng, new_mobile(rng), "")
    if name == "fix":  # a fixed line of a business or a desk
        return landline(rng, new_six(rng))
    if name == "acx":  # an account of a body
        return bank_account(rng, pick(rng, BANKS))
    if name == "num":
        return str(rng.randint(2, 40))
    if name == "km":
        return str(rng.randint(2, 10))
    if name == "age":  # a post's age as Facebook shows it
        return rng.choice(
            (
                "%d j" % rng.randint(1, 23),
                "%d mnt" % rng.randint(2, 59),
                "%d h" % rng.randint(1, 6),
                "%d mg" % rng.randint(1, 3),
                "Kemarin pukul %02d.%02d" % (rng.randint(6, 22), rng.randint(0, 59)),
                "%d %s pukul %02d.%02d"
                % (
                    fl.day(1).day,
                    MONTHS[fl.day(1).month - 1],
                    rng.randint(6, 22),
                    rng.randint(0, 59),
                ),
            )
        )
    if name == "kg":
        return str(rng.randint(1, 50))
    if name == "liter":
        return str(rng.choice((5, 10, 15, 20, 25, 30, 35, 40)))
    if name == "pct":
        return str(rng.choice((5, 10, 10, 15, 20, 25, 30, 50)))
    if name == "kamar":
        return "%02d" % rng.randint(1, 24)
    if name == "jml":
        return str(rng.randint(15, 400))
    if name == "faskes":
        return rng.choice(
            ("1701%04d" % rng.randint(1, 9999), "0%sK0%02d" % (digits(rng, 3), rng.randint(1, 30)))
        )
    if name == "kiosmama":  # a stall's own name: a kin word and a given name, no person
        return "Kios %s %s" % (
            rng.choice(("Mama", "Mama", "Om", "Tanta")),
            rng.choice(("Ester", "Yuli", "Nona", "Sisi", "Mince", "Lena", "Bobi", "Ati")),
        )
    if name == "pasar":
        return rng.choice(MARKETS)
    if name == "kelx":
        return rng.choice(PLACES_SHORT)
    if name == "jlx":  # a main road with no number: a public place
        return rng.choice(SHOP_STREETS)
    raise SystemExit("unknown placeholder %r" % name)


def value(fl: Fill, name: str, index: str) -> str:
    if name.startswith("of_"):
        parts = name.split("_")
        return office_value(fl, parts[1], parts[2] if len(parts) > 2 else "")
    if "_" in name or name in BODY_KIND:
        kind, _, field = name.partition("_")
        if kind in BODY_KIND:
            return fl.body(kind, int(index or 1)).field(field)
    if index and (name in PERSON_PLAIN or PERSON_WRITING.match(name)):
        return person_value(fl, name, int(index))
    return lookalike(fl, name, index)


# ---------------------------------------------------------------- filling and markers

PLACEHOLDER = re.compile(r"\{([A-Za-z_]+?)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)
ALTERNATIVE = re.compile(r"«([^«»]*)»")
NOCACHE = {
    "t",
    "ts",
    "scam",
    "scamb",
    "scami",
    "scamo",
    "mob",
    "fix",
    "acx",
    "jam",
    "rps",
    "kode",
    "otp",
}
BODY_NUMERIC = {"wa", "wb", "wao", "np", "npb", "npz", "nt", "acc", "tel"}


def numeric_key(key: str) -> bool:
    """Whether a placeholder gives a number, whose letters read for digits stay capitals."""
    if "_" in key:
        return key.rsplit("_", maxsplit=1)[-1] in BODY_NUMERIC
    m = PERSON_WRITING.match(key)
    return bool(m and m.group(1) != "em") or key.startswith("scam")


def choose(template: str, rng: random.Random) -> str:
    """Draw one branch of every ``«a¦b¦c»``, the innermost first."""
    while ALTERNATIVE.search(template):
        template = ALTERNATIVE.sub(lambda m: rng.choice(m.group(1).split("¦")), template)
    return template


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper():  # {N1}: {n1} in capitals
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = value(fl, name.lower(), index)
            out = fl.cache[low]
            if numeric_key(name.lower()):
                out = out.replace("l", "I")  # a digit read as a letter is a capital one in capitals
            return out.upper()
        if name in NOCACHE:
            return value(fl, name, index)
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
PROVINCES = {"53", "51", "73", "74", "35", "33"}
ADDRESS_START = re.compile(
    r"(?i)(jl\.|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|perum|perumnas|kompleks|btn)"
)
AT_FORM = re.compile(r"(?i)(\s*@\s*|\s+at\s+|\(at\)|\[at\]|\(et\)|\s*\(keong\)\s*|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\(titik\)|\s+titik\s+|,)")
EDGE = ".,;:!?-/'\")]}>|_•·*"
LINE_BREAKERS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
GLUED_AFTER = ("Tempat", "Nama", "NAMA", "Alamat", "ALAMAT", "Agama", "AGAMA", "Jenis", "JENIS", "NIK", "Tgl", "Pekerjaan", "PEKERJAAN", "No")  # fmt: skip
GLUED_BEFORE = ("NIK", "Nama", "NAMA", "Alamat", "ALAMAT", "HP", "KK")
PLATE = re.compile(r"[A-Z]{1,2}[ -]?\d{1,4}[ -]?[A-Z]{1,3}")


def id_digits(seg: str) -> str:
    return re.sub(r"[^0-9OlISB]", "", seg).translate(DIGIT_FOR)


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted): a mobile's prefix or Kupang's 0380."""
    if not re.match(r"[+(0-9O]", seg) or re.search(r"[^0-9OlISB +()\-._•·\n]", seg):
        return False
    clean = id_digits(seg)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 7:
        return False
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in MOBILE_PREFIXES or (clean.startswith("0380") and len(clean) == 10)


def name_title(seg: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", seg.lower()) if w]
    if len(words) > 1 and words[0] in ("wa", "la"):  # Buton's names open with Wa and La
        return False
    return words[0] in TITLES


def digit_stream(text: str) -> tuple[list[int], str]:
    """Positions of the digits of the text (letters read for digits inside numbers counted)."""
    pos = []
    for tok in re.finditer(r"\S+", text):
        t = tok.group()
        numeric = sum(c.isdigit() for c in t) >= 2
        for k, c in enumerate(t):
            if c.isdigit() or (numeric and c in "OlISB"):
                pos.append(tok.start() + k)
    return pos, "".join(text[k] for k in pos).translate(DIGIT_FOR)


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}", "«", "»", "¦")):
        bad.append("marker, placeholder or alternative left")
    if any(c in text for c in LINE_BREAKERS) or re.search(r"[ \t]\n", text) or text != text.strip():
        bad.append("carriage return, odd line break or trailing space")
    if (
        re.search(r"\w [.,](\s|$)", text)
        or "( " in text
        or " )" in text
        or re.search(r"[,;!?]  \S|\w\.  [A-Za-z]|\S  [.,]|[a-z]  [A-Za-z]|[A-Z]  [A-Z]", text)
    ):
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
            if name_title(seg):
                bad.append("title %r" % seg)
            if (
                "@" in seg
                or "*" in seg
                or sum(c.isalpha() for c in seg) < 2
                or sum(c.isdigit() for c in seg) > 1
            ):
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
        elif kind == "address" and (not ADDRESS_START.match(seg) or not re.search(r"\d", seg)):
            bad.append("address %r" % seg)
        elif kind == "plate" and not PLATE.fullmatch(seg.upper()):
            bad.append("plate %r" % seg)
    # every other occurrence of a labelled value in the same text is labelled too
    pos, joined = digit_stream(text)
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
                for m in PLATE.finditer(text.upper()):
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
                    if not all(inside[pos[k]] for k in range(at, at + len(core))):
                        bad.append("unlabelled repeat of %r" % seg)
                    at = joined.find(core, at + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/:,]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = (
    r"bapak|pak|bpk|bp|tn|sdr|saudara|om|bapa|opa|suami|ayah|bung|mas|nyong|ko|engko|ustad|abang"
)
FEMALE_WORDS = r"ibu|bu|ny|nyonya|sdri|saudari|mama|tanta|oma|nona|istri|mbak|ci|enci|bidan|usi"
SEXED = re.compile(
    r"(?i)(?<![A-Za-z])(%s|%s)\.?\s+\[\[n:\{[A-Za-z]+(\d+)\}" % (MALE_WORDS, FEMALE_WORDS)
)
MALE_SET = set(MALE_WORDS.split("|"))
TEMPLATES: list[tuple] = []


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    O: dict[int, str] | None = None,
    fam: dict[int, int] | None = None,
    A: dict[int, tuple[int, int]] | None = None,
    L: tuple[int, ...] = (),
    D: str = "",
) -> None:
    """Register a template: its style, theme and text, and what it says of its people (F women,
    M men, O an origin per person, fam a member of a head's family, A the years a person was
    born in, L people who do not live in the city, D the domain of a workplace's mailboxes)."""
    TEMPLATES.append(
        (
            style,
            theme,
            text.strip("\n"),
            {"F": F, "M": M, "O": O or {}, "fam": fam or {}, "A": A or {}, "L": set(L), "D": D},
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
            if tries > 800:
                raise SystemExit(
                    "template %d (%s/%s) keeps failing: %s\n%s"
                    % (number, style, theme, last, template[:400])
                )
            chosen = choose(template, rng)
            fl = Fill(rng, spec_for(chosen, base))
            if base["D"]:
                fl.cache["__domain"] = base["D"]
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
        if seg.endswith((".go.id", ".sch.id", ".ac.id")):
            return "a person's own on a workplace's domain"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt/rw", seg):
            return "an identity card's RT/RW field"
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
            return "NITKU (the NIK and six digits)"
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
    for kind in ("name", "phone", "npwp", "email", "bank_account", "nik", "address", "plate"):
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
# A placeholder in capitals ({N1}, {TOKO_JL1}) is its lower-case one in capitals.
# Person i: {n1} full name, {g1} given, {f1} family, {l1}/{lg1}/{lf1} lower case, {ini1} initial
# and family name, {c1} the name a phone saved, {hon1} Bapak/Ibu, {pak1} Pak/Bu, {kin1} Om/Tanta,
# {bt1} Bapa/Mama, {sdr1} Sdr./Sdri.; {hp1} mobile (hpb block, hpd dashes, hps spaces, hpt dots,
# hpi +62, hpk 62, hpo letters for digits, hpoc the same in capitals, hpn over a line, hpu
# underscores or bullets, hpx 3-4-rest), {hq1} a second mobile, {tel1} home line; {nik1} (nikb,
# niks fours, nikt dots, niko letters, nikn over a line, nikc commas, nikp pairs), {kk1} (kks);
# {np1} NPWP (npd dotted, npb block, nps spaced, npm one mark, npz 0 and the old number, npzd,
# npn the NIK, npns spaced, npt NITKU, npo/npoc a scan, npl over a line, npx a stray space);
# {bpjs1} ({bpjss1}); {em1} (emp plain, emx dodged, emn over a line, emc a comma for the dot, emq
# a second mailbox, emk on a workplace's domain); {bank1} {acc1} ({accb1}); {rt1} RT/RW, {rtn1}
# RT alone, {rtf1} a card's field, {rtl1} lower case; {ad1} home (ads street, adr with RT/RW,
# ade an estate's block), {kel1}, {kec1}; {pl1} ({plb1}); {umur1} {lahir1} {tl1} {jk1} {reg1}.
# Bodies {KIND_FIELD1}: KIND toko kios bengkel travel rental katering warung apotek klinik kursus
# sekolah gereja masjid koperasi arisan ojek kos olshop kurir tangki depot eo laundry salon
# fotokopi counter cv sedot tenda yayasan; FIELD '' name, n core, pl place, wa wb wao mobiles,
# tel, em, np npb npz nt NPWP, acc bank, jl seat, ig, nib (wb a second mobile). Offices {of_CODE_FIELD}: CODE dag
# kes pom pen kpp ptsp hub dik kop omb pol pdam upk sos; FIELD '' s em jl tel wa.
# Look-alikes (never labelled): {tgl} {tgld} {tgll} {tglw} {tgls} {tglc} {hari} {bln} {thn}
# {jam} {jamr} {t} {ts} {rp} {rpk} {rpb} {rps} {rpj} {tb} {itapt} {ittoko} {itbgn} {itmkn}
# {itkat} {itbkl} ({ITTOKO} capitals) {total} {tbtotal} {resi} {ord} {va} {billing} {idpel}
# {meter} {token} {samb} {otp} {vcr} {imei} {sn} {ref} {nota} {kw} {nib} {pirt} {sk} {tiket}
# {npsn} {nisn} {kode} {sku} {npwpd} {nop} {bnp} {bnpb} {cnp} {cnpb} {cnt} {scam} {scamb}
# {scami} {scamo} {mob} {fix} {acx} {num} {km} {kg} {liter} {pct} {kamar} {jml} {pasar} {kelx}
# {jlx} {sim} {rm} {spbu} {bh} {seri} {lambung} {kantong} {batch} {nie} {stra} {pbg}.

# ---------------------------------------------------------------- sms_caps

T(
    "sms_caps",
    "shop_market",
    """
«KOTKUPANG ¦»«LAPOR¦MHN DITINDAK¦PENGADUAN»: TIMBANGAN {KIOS1} DI {PASAR} TDK SESUAI. SY BELI {KOMOD} TGL {TGLS1} HRG {HARGA}, DI RUMAH SY TIMBANG ULANG KURANG «3¦4¦5» ONS. SY SDH TLP NOMOR DI PAPAN KIOS {KIOS_WA1} TP «DIA MARAH2¦TDK DIANGKAT». «NOTA NO {NOTA} ADA SY SIMPAN.¦NOTA TDK DIKASI.» MHN DISPERINDAG CEK. SY [[n:{N1}]] «WARGA [[a:{RTN1}]]¦DR [[a:{RT1}]]» KEL. {KEL1} HP [[p:{HP1}]]
""",
)

T(
    "sms_caps",
    "transport",
    """
«KOTKUPANG ¦»SY PENUMPANG {TRAVEL1} JURUSAN KUPANG-«SOE¦KEFA¦ATAMBUA¦BETUN» TGL {TGLS1} JAM {JAM}. MOBIL «AVANZA¦INNOVA¦ELF» PLAT [[pl:{PL2}]] SOPIR «NGEBUT SEKALI¦MEROKOK DLM MOBIL¦MABUK», PENUMPANG DIMINTA TAMBAH {RPS1} PDHL TIKET SDH BAYAR {RPTR1}. SY TLP KANTOR TRAVEL {TRAVEL_TEL1} TDK ADA YG ANGKAT. SOPIRNYA [[n:{N2}]] [[p:{HPOC2}]]. «MHN DISHUB TINDAK.¦TOLONG DITEGUR.» [[n:{N1}]] [[p:{HP1}]]
""",
    M=(2,),
)

T(
    "sms_caps",
    "health_pharmacy",
    """
«KOTKUPANG ¦»{APOTEK1} DI {APOTEK_JL1} JUAL «OBAT KERAS¦ANTIBIOTIK» TANPA RESEP DAN HRG «DI ATAS HET¦MAHAL SKALI». ANAK SY [[n:{N2}]] UMUR {UMUR2} THN SAKIT, OBAT DR PUSKESMAS KOSONG JD DISURUH BELI DI LUAR PDHL PESERTA BPJS «NO¦NO KARTU» [[bpjs:{BPJS2}]]. STRUK NO {NOTA} TOTAL {RPK1}.« APOTEK BILANG TLP SAJA KE {APOTEK_WA1}.¦» MHN DINKES CEK. [[n:{N1}]] [[p:{HP1}]]
""",
    fam={2: 1},
    A={2: (2012, 2022)},
)

T(
    "sms_caps",
    "shop_market",
    """
«KOTKUPANG ¦»SY PEDAGANG «KIOS¦LAPAK SAYUR¦LAPAK IKAN» DI {PASAR}, USAHA PERORANGAN. NPWP SY YG LAMA «[[npwp:{NPD1}]]¦[[npwp:{NPM1}]]¦[[npwp:{NPS1}]]¦[[npwp:{NPOC1}]]» APA MSH BERLAKU? KATANYA SKRG PAKAI NIK [[npwp:{NIKB1}]]. PETUGAS TAGIH RETRIBUSI {RPS1} TP KARCIS TDK DIKASI. «NPWP KOPERASI PASAR {CNP1} ITU BUKAN PUNYA SY. ¦»MHN PENJELASAN BAPENDA. «[[n:{N1}]] [[p:{HPOC1}]]¦MOHON DIBANTU. [[n:{N1}]] [[p:{HPOC1}]]»
""",
)

T(
    "sms_caps",
    "services",
    """
«KOTKUPANG ¦»AIR PDAM DI [[a:{RT1}]] KEL. {KEL1} SDH «3¦4¦5¦7¦10» HARI MATI. «NO SAMB {SAMB}.¦NO PELANGGAN {SAMB}.» KAMI TERPAKSA BELI AIR TANGKI {RPK1} PER 5000 LT. «{TANGKI1} WA {TANGKI_WA1} NAIK HRG.¦NOMOR DI SPANDUK TANGKI {TANGKI_WA1} SDH TDK ANGKAT.» SKRG KAMI AMBIL DR {KIN2} [[n:{G2}]] YG ADA TANGKI SENDIRI, NOMORNYA [[p:{HP2}]]. TLP PDAM {OF_PDAM_TEL} SIBUK TRS. «SY¦DARI» [[n:{N1}]] [[p:{HP1}]]
""",
)

T(
    "sms_caps",
    "shop_market",
    """
«KOTKUPANG ¦»«MHN DISPERINDAG CEK¦LAPOR» HRG {KOMOD} DI {PASAR} NAIK TRS. TGL {TGLS1} MSH {HARGA}, TGL {TGLS2} SDH {RPUP}. {SEMBAKO1} DI {SEMBAKO_JL1} JUAL DI ATAS HET, NOTA NO {NOTA} TDK ADA CAP. SY TLP NOMOR DI SPANDUK TOKO {SEMBAKO_WA1} «TDK DIANGKAT¦KATANYA STOK HABIS». DI {KIOSMAMA} JG SAMA. HOTLINE DISPERINDAG {OF_DAG_TEL} JG TDK AKTIF. TRIMS
""",
)

T(
    "sms_caps",
    "online_trade",
    """
«KOTKUPANG ¦»PAKET SY DR «SHOPEE¦TOKOPEDIA¦TIKTOK SHOP¦LAZADA» BLM SAMPAI «5¦7¦10¦14» HARI. NO PESANAN {ORD}, RESI {RESI1}. DI APLIKASI TULIS SDH DITERIMA TGL {TGLS1} JAM {JAM}. KANTOR {KURIR1}« DI {KURIR_JL1}¦» BILANG TLP CS {KURIR_TEL1} ATAU WA {KURIR_WA1}, TDK ADA YG BALAS. ONGKIR {RPS1} SDH BAYAR. «MHN BANTU¦MHN DITINDAK», TRIMS
""",
)

T(
    "sms_caps",
    "transport",
    """
«KOTKUPANG ¦»ANGKOT JALUR «10¦6¦3¦1¦8¦5» NO LAMBUNG {LAMBUNG} TARIK ONGKOS RP 5.000 PDHL TARIF RESMI RP 4.000. SY NAIK TGL {TGLS1} JAM {JAM} DR TERMINAL KOTA KE {KELX}. HOTLINE DISHUB {OF_HUB_TEL} / WA {OF_HUB_WA} TDK BALAS. SDH LAPOR LEWAT 1708 «2X¦3X», TIKET {TIKET} BLM ADA TINDAK LANJUT. TRIMS
""",
)

# ---------------------------------------------------------------- wa_forward

T(
    "wa_forward",
    "food_catering",
    """
*Diteruskan*
«Dari: [[n:{n1}]] ([[p:{hpd1}]])¦Dari: [[n:{c1}]] ([[p:{hpi1}]])»
-----
🍱 *{KATERING1}* 🍱
Terima pesanan nasi kotak, snack box & prasmanan utk «acara syukuran¦pesta nikah¦ibadah rumah tangga¦rapat kantor».
Paket A {rpm1} / Paket B {rpm2} per orang
Pesan di WA {katering_wa1}«, telp {katering_tel1}¦»
Alamat: {katering_jl1}
Pembayaran transfer ke {katering_bank1} {katering_acc1} a.n. {KATERING1}
-----
«Mama dong, ini katering yg beta pake waktu «sidi¦baptis¦ulang tahun» anak, enak deng bersih.¦Ini katering langganan kantor sa, harga aman.» Kalo mau «kue lapis¦bolu pandan¦kue kering» untuk «Natal¦Paskah¦acara keluarga», beta sendiri ju terima pesanan, WA beta sa [[p:{hpb1}]]. «Salam, [[n:{g1}]]¦- [[n:{lg1}]]»
""",
)

T(
    "wa_forward",
    "events",
    """
📢 *{EO1}* mempersembahkan
*«BAZAR UMKM KASIH¦FESTIVAL KULINER FLOBAMORA¦KUPANG FUN RUN 5K¦EXPO PERNIKAHAN KUPANG»*
🗓 {tglw1}, jam {jamr}
📍 «Lapangan Eltari¦Aula El Tari¦Pantai Lasiana¦Taman Nostalgia»
Biaya stand {rp1}, peserta umum {rpk1}
Pendaftaran online WA: {eo_wa1}
Transfer biaya ke rek {bank1} [[b:{acc1}]] a.n. [[n:{n1}]] «(bendahara panitia)¦»
Kirim bukti transfer ke WA panitia {eo_wb1}
Narahubung: [[n:{n2}]] «[[p:{hp2}]]¦([[p:{hpx2}]])¦[[p:{hpu2}]]»«, [[n:{n3}]] [[p:{hpt3}]]¦»
_Kuota terbatas, «40¦50¦60» stand saja!_
""",
)

T(
    "wa_forward",
    "faith_community",
    """
*INFO {ARISAN1}* 🌺
Shalom mama-mama 🙏 Arisan bulan {bln1} kita kumpul di rumah «mama¦ibu» [[n:{n1}]], [[a:{adr1}]] «(belakang {gereja1})¦(dekat {pasar})», hari {hari1} {tgll1} jam {jam}.
Setoran {rpk1} per orang. Yg sonde bisa datang, transfer ke bendahara arisan, {kin2} [[n:{g2}]], rek {bank2} [[b:{acc2}]] a.n. [[n:{N2}]].
Yg dapat bulan lalu: [[n:{g3}]] deng [[n:{g4}]].
Angsuran pinjaman di {KOPERASI1} bayar langsung di kantor {koperasi_jl1} atau ke rek {koperasi_bank1} {koperasi_acc1} a.n. {KOPERASI1}, jang titip ke orang.
Info lanjut: [[p:{hp5}]] ({pak5} [[n:{g5}]], admin grup)
""",
    F=(1, 3, 4),
)

T(
    "wa_forward",
    "online_trade",
    """
*DIJUAL CEPAT* «(BU)¦🔥»
«Motor Honda Vario 125 th 2019¦Motor Yamaha NMAX 2021¦Motor Honda Beat 2020¦Motor Honda Scoopy 2022¦Motor Yamaha Jupiter Z 2017», «surat lengkap¦BPKB a.n. sendiri», pajak hidup s/d {bln1} {thn}.
Plat [[pl:{pl1}]], «mesin halus¦jarang pakai¦ban baru».
Harga {rpv1} «nego¦bisa nego tipis¦pas».
Lihat barang di rumah: [[a:{ads1}]]«, Kel. {kel1}¦»
Hub: [[p:{hp1}]] «([[n:{g1}]])¦([[n:{lg1}]])»
«Bukan dealer, bukan makelar 🙏¦Serius saja, no tipu-tipu.»
Harga baru di dealer «{jlx}¦Oebobo» (telp {fix}) su {rpnew1}.
_Sumber: grup «Jual Beli Kupang¦JB Kota Kupang»_
""",
)

T(
    "wa_forward",
    "services",
    """
*Info dari grup RT* 🚰
Air PDAM di lingkungan kita masih macet «sampai hari {hari1}¦minggu ini». Yg perlu air tangki:
1. {TANGKI1} - WA {tangki_wa1} ({rpt1}/tangki 5.000 lt)
2. {kin2} [[n:{g2}]] «(yg rumahnya dekat {gereja1})¦(belakang {pasar})» - [[p:{hp2}]] ({rpt2}/tangki)
3. {DEPOT1} - {depot_wa1} (nomor di stiker galon)
Yg mau sedot WC: {SEDOT1} {sedot_wa1} «(nomor di spanduk depan {pasar})¦»
Info PDAM: call center {of_pdam_tel} / WA {of_pdam_wa}
- [[n:{n3}]], «sekretaris RT¦admin grup»
""",
)

T(
    "wa_forward",
    "food_catering",
    """
*PROMO «AKHIR BULAN¦NATAL¦TAHUN BARU¦PASKAH»* 🎉
{WARUNG1}
{warung_jl1}
Se'i sapi {rpm1} • Se'i babi {rpm2} • Jagung bose {rps1}
Diskon {pct}% utk pesanan di atas {rp3}
Delivery: WA {warung_wa1} / {warung_wb1}
Pesan online: GoFood & GrabFood ketik "{warung_n1}"
Rek {warung_bank1} {warung_acc1} a.n. {WARUNG1}
Buka {jamr} «(Senin libur)¦(tiap hari)»
IG {warung_ig1}
""",
)

T(
    "wa_forward",
    "school_course",
    """
📚 *{KURSUS1}* 📚
«Terakreditasi B¦Terakreditasi A» | NPSN {npsn} | Izin {skdik}
Buka kelas «Microsoft Office¦Desain Grafis¦Bahasa Inggris Conversation¦Persiapan TOEFL¦Akuntansi MYOB»
Mulai {tglw1}, jam {jamr}
Biaya {rp1} (bisa cicil «2¦3»x)
PENDAFTARAN ONLINE WA: {kursus_wa1}
Info: {kursus_tel1} / {kursus_em1}
Rek {kursus_bank1} {kursus_acc1} a.n. {KURSUS1}
Alamat: {kursus_jl1}
""",
)

T(
    "wa_forward",
    "health_pharmacy",
    """
*INFO LAYANAN {KLINIK1}*
Mulai {tglw1} poli «umum¦gigi¦KIA¦anak» buka {jamr}.
Antrian online via WA {klinik_wa1}
IGD 24 jam: {klinik_tel1}
Peserta BPJS Kesehatan wajib bawa kartu JKN & KTP. Kode faskes {faskes}.
Cek gula darah gratis tgl {tgls2}, kuota {jml} orang.
Pembayaran non-tunai: QRIS / VA {va}
Saran & pengaduan: {klinik_em1}
_Mohon diteruskan_ 🙏
""",
)

# ---------------------------------------------------------------- fb_thread

T(
    "fb_thread",
    "shop_market",
    """
[[n:{n1}]]
{age} · 🌏
Hati-hati belanja di {elektronik1} «{elektronik_jl1}¦dekat {pasar}». Sa beli «kulkas 2 pintu¦mesin cuci¦TV 32 inch¦kipas angin berdiri», baru «3 hari¦seminggu» su rusak. Garansi toko katanya «1 tahun¦6 bulan», nota no {nota}, tapi pas sa bawa kembali dong bilang harus ke service center di Surabaya. Sa su telpon nomor toko {elektronik_tel1} «deng WA {elektronik_wa1} ¦»sonde ada respon 😡
«#kupang #konsumen¦#infokupang»
👍 {jml} · {num} komentar
Komentar
[[n:{c2}]]: Sama kaka, sa ju pernah. Lapor Disperindag sa.
{elektronik1}: Selamat «siang¦sore» kak, mohon maaf atas ketidaknyamanannya. Silakan hubungi CS kami WA {elektronik_wb1} dengan menyertakan foto nota ya kak 🙏
[[n:{c1}]]: Su WA dari kemarin. Ini sa pung nomor [[p:{hp1}]], tolong telpon sa langsung.
[[n:{c3}]]: Kak lapor ke Disperindag ju, WA pengaduan dong {of_dag_wa}
""",
)

T(
    "fb_thread",
    "lodging",
    """
[[n:{n1}]] ▸ «Info Kos Kupang¦KOS-KOSAN KUPANG¦Kos Kupang Murah»
{age}
Permisi admin 🙏 Cari kos putri dekat «Undana Penfui¦Unwira¦Poltekkes¦Politeknik Negeri Kupang» utk sa pung «adik¦ponakan», harga 500 ribuan, ada air deng listrik token. Yang ada info komen sa e.
Komentar
{kos1}: Ada kak, kamar kosong 2, {rpkos1}/bln termasuk air. WA {kos_wa1} 🙏
[[n:{c2}]]: Sa ada kamar kosong di rumah kak, [[a:{ads2}]]«, Kel. {kel2}¦», {rpkos2}/bln. Hub sa [[p:{hp2}]] «({hon2} [[n:{g2}]])¦»
{kos2}: Di kami juga ada kak, {kos_wa2}
[[n:{c3}]]: Kak coba tanya {pak4} [[n:{n4}]] di {kelx}, dia ju ada kamar kosong. Nomor dia [[p:{hp4}]]
[[n:{c1}]]: Makasih bnyk semua 🙏
""",
)

T(
    "fb_thread",
    "transport",
    """
[[n:{n1}]]
{age} · Kota Kupang
*DICARI* Tas «ransel hitam¦selempang coklat¦laptop abu-abu» ketinggalan di ojek online tadi «pagi¦siang¦sore», dari {kelx} ke «{pasar}¦Kampus Undana¦Bandara El Tari». Isinya dompet, KTP, ATM «BRI¦Bank NTT» deng HP. Motor «Beat merah¦Vario hitam¦Scoopy putih», plat [[pl:{pl2}]]. Nama driver di aplikasi [[n:{N2}]].
Yang liat tolong hubungi sa [[p:{hp1}]] atau sa pung kaka [[p:{hpd3}]] ([[n:{g3}]]).
Komentar
«Gojek¦Grab¦Maxim» Kupang: Halo kak, mohon laporkan lewat menu Bantuan di aplikasi dengan nomor perjalanan {ord} ya 🙏
[[n:{c4}]]: Sa kenal driver itu kak, dia tinggal di [[a:{rt2}]] {kel2}. Nomor dia [[p:{hp2}]]
[[n:{c1}]]: Makasih kak, su dapat. Tuhan berkati 🙏
""",
    fam={3: 1},
)

T(
    "fb_thread",
    "online_trade",
    """
[[n:{n1}]] ▸ «JUAL BELI ONLINE KUPANG¦Pasar Online Kota Kupang»
{age}
Hati-hati deng akun «FB¦IG» [[n:{n2}]] yg jual «HP bekas¦iPhone second¦kosmetik¦baju anak». Sa su transfer {rp1} tgl {tgl1} ke rek {bank2} [[b:{acc2}]] a.n. [[n:{N2}]], barang sonde dikirim sampe skrg, WA [[p:{hp2}]] su blokir sa. Resi yg dia kasi {resi1} ternyata palsu.
Komentar
[[n:{c3}]]: Sa ju kena kak, dia pake nomor lain ju [[p:{hq2}]]
{olshop1}: Kak, kalau belanja online pakai COD saja. Kami jual HP second bergaransi, WA {olshop_wa1} 🙏
[[n:{c4}]]: Lapor ke SPKT Polresta kak, WA {of_pol_wa}
[[n:{c1}]]: Iya kak, besok sa ke SPKT. Makasih
""",
)

T(
    "fb_thread",
    "events",
    """
[[n:{n1}]]
{age} · 🌏
Sa mau kasi ingat keluarga dong di Kupang: hati-hati pake {WO1}. Nikahan sa pung adik tgl {tgll1}, su bayar DP {rpb1} (kwitansi no {kw}), tapi hari H dekorasi sonde lengkap, katering telat «2¦3¦4» jam. Owner-nya [[n:{n2}]] sonde angkat telpon, «HP dia [[p:{hp2}]]¦nomor pribadinya [[p:{hp2}]]» sonde aktif. Kantor di {wo_jl1} tutup.
Komentar
{wo1}: Selamat malam. Kami sudah berusaha menghubungi keluarga. Mohon komunikasi lewat admin kami di {wo_wa1} agar ada catatan resmi. Terima kasih.
[[n:{c3}]]: «Astaga¦Sonde bisa bagitu» kaka. Lapor BPSK sa, dong pung kantor di {jlx}.
[[n:{c1}]]: Admin cuma balas «nanti kami cek¦sabar kak». Su {num} hari.
""",
)

T(
    "fb_thread",
    "food_catering",
    """
{warung1}
{age} · 🌏
«Menu baru¦Promo hari ini¦Spesial akhir pekan»! Se'i sapi cuma {rpm1}, ikan kuah asam {rpm2}. Pesan antar minimal {num} porsi, ongkir gratis radius {km} km.
📞 {warung_tel1} / WA {warung_wa1}
📍 {warung_jl1}
Komentar
{katering1}: Mantap kak, sukses terus 🙏 Kami jg ready snack box, order di WA {katering_wa1}
kulinerkupang_id: Sudah kami repost ya kak 👍 {jml} ribu pengikut
{warung1}: Terima kasih kak 🙏 Pesanan di atas {rp3} dapat es teh gratis.
""",
)

T(
    "fb_thread",
    "health_pharmacy",
    """
{klinik1}
{age} · 🌏
PENGUMUMAN 📢 Mulai {tglw1} pendaftaran poli rawat jalan lewat WhatsApp {klinik_wa1} (jam {jamr}). Pasien BPJS bawa kartu JKN/KIS & KTP. Rujukan online berlaku «30¦90» hari.
Vaksin «influenza¦tifoid¦hepatitis B» tersedia, harga «Rp 150.000¦Rp 185.000¦Rp 250.000¦Rp 325.000».
Info: {klinik_tel1} | {klinik_em1}
Komentar
{apotek1}: Obat resep dari klinik bisa ditebus di kami ya kak, antar gratis. WA {apotek_wa1}
infokupang.id: Info penting 🙏
{klinik1}: Betul kak, nomor antrean dikirim otomatis. Keluhan layanan ke {klinik_wb1}.
""",
)

T(
    "fb_thread",
    "school_course",
    """
{sekolah1}
{age} · 🌏
📣 PENERIMAAN PESERTA DIDIK BARU TA 2026/2027
NPSN {npsn} • Akreditasi A
Gelombang I: {tgll1} s/d {tgll3}
Biaya pendaftaran {rpk1}, uang pangkal {rpj}
Pendaftaran: WA {sekolah_wa1} / telp {sekolah_tel1} (jam kerja)
Transfer ke rek {sekolah_bank1} {sekolah_acc1} a.n. {SEKOLAH1}
Komentar
{kursus1}: Selamat kak 🙏 Yg mau les persiapan, kami buka kelas baru, info {kursus_wa1}
{sekolah1}: Kuota «120¦180¦240» siswa. Berkas bisa dikirim ke {sekolah_em1}
""",
)

# ---------------------------------------------------------------- marketplace_chat

T(
    "marketplace_chat",
    "online_trade",
    """
{ts} [[n:{c1}]]: Kak, «daster batik¦sepatu anak no 30¦rice cooker¦blender» yg di live tadi masih ada?
{ts} {olshop1}: Masih kak 😊 Harga {rpk1} + ongkir {rps1}. Mau dikirim ke mana?
{ts} [[n:{c1}]]: Ke rumah «sa ¦»[[a:{adr1}]], Kel. {kel1}, Kec. {kec1}. Atas nama [[n:{n1}]], HP [[p:{hp1}]]
{ts} {olshop1}: Siap kak. Transfer ke {olshop_bank1} {olshop_acc1} a.n. {OLSHOP1} atau VA {va}. Nomor pesanan {ord}
{ts} [[n:{c1}]]: Su transfer kak, no ref {ref}
{ts} {olshop1}: Terima kasih kak 🙏 Kurir kami, {kin2} [[n:{g2}]], antar besok, nomornya [[p:{hp2}]]. Kalau ada kendala hubungi CS kami {olshop_wa1}.
""",
)

T(
    "marketplace_chat",
    "food_catering",
    """
{ts} [[n:{c1}]]: Selamat sore, ini {katering1}? Sa mau pesan nasi kotak {jml} porsi utk «rapat¦ibadah syukur¦acara wisuda» tgl {tgls2}.
{ts} {katering1}: Sore kak 🙏 Paket A {rpm1}, paket B {rpm2}. DP 50% ke rek {katering_bank1} {katering_acc1} a.n. {KATERING1}.
{ts} [[n:{c1}]]: Paket B sa. Nota tolong pake nama kantor: {CV1}, NPWP {cv_np1}, alamat {cv_jl1}.
{ts} [[n:{c1}]]: Tapi antar ke rumah [[a:{ad1}]] ya, kontak sa [[p:{hp1}]] «atau sa pung «suami¦istri» [[p:{hp2}]]¦»
{ts} {katering1}: Siap kak. Katering ini usaha perorangan, jadi NPWP di nota tu sa pung NPWP pribadi «sa¦», [[npwp:{np3}]]. Sa [[n:{g3}]], pemilik 🙏
{ts} [[n:{c1}]]: Oke kak, DP su masuk, ref {ref}
""",
)

T(
    "marketplace_chat",
    "services",
    """
{ts} [[n:{c1}]]: Om, motor sa «Vario¦Beat¦Supra X¦Mio» plat [[pl:{pl1}]] su siap ko?
{ts} {bengkel1}: Belum kak, tunggu «kampas rem¦rantai set¦aki kering» dari «Surabaya¦Makassar», mungkin {hari2}.
{ts} [[n:{c1}]]: Aduh. Tadi sa telpon {bengkel_tel1} sonde angkat.
{ts} {bengkel1}: Itu nomor bengkel kak, kadang sibuk. Ini sa pemilik, [[n:{g2}]], HP sa pribadi [[p:{hp2}]], langsung WA sa sa.
{ts} [[n:{c1}]]: Ok om. Total berapa?
{ts} {bengkel1}: Ganti oli + servis {rpk1}, sparepart {rpk2}. Nota no {nota}. Bisa transfer ke rek bengkel {bengkel_bank1} {bengkel_acc1}« atau ke rek sa pribadi {bank2} [[b:{acc2}]] a.n. [[n:{N2}]]¦».
""",
    M=(2,),
)

T(
    "marketplace_chat",
    "transport",
    """
{ts} [[n:{c1}]]: Selamat pagi, {rental1}? Sa mau sewa «Avanza¦Innova¦Xenia¦Calya» lepas kunci «2¦3¦4¦5¦7» hari mulai {tgls1}.
{ts} {rental1}: Pagi kak. {rpcar1}/hari. Syarat: foto KTP, SIM A, KK, deposit {rp2}.
{ts} [[n:{c1}]]: Ini kak. NIK «[[nik:{nik1}]]¦[[nik:{nikc1}]]», «No. KK [[kk:{kk1}]]¦KK [[kk:{kks1}]]», SIM {sim}. Alamat [[a:{adr1}]], Kel. {kel1}.
{ts} {rental1}: Terima kasih kak. Unit «Avanza putih¦Xenia silver¦Calya merah» plat [[pl:{pl2}]]. Yang antar mobil sopir kami [[n:{g2}]] ([[p:{hp2}]]).
{ts} {rental1}: Deposit transfer ke rek {bank3} [[b:{acc3}]] a.n. [[n:{N3}]] (pemilik) ya kak. Untuk komplain hubungi kantor {rental_tel1}.
""",
    M=(2,),
)

T(
    "marketplace_chat",
    "shop_market",
    """
{ts} [[n:{c1}]]: «Ci¦Kak», lemari yg sa beli kemarin kapan antar? Nota {nota}.
{ts} {elektronik1}: Hari ini kak, jam {jam}. Sopir kami {kin2} [[n:{g2}]], nomornya [[p:{hp2}]], mobil pick up [[pl:{pl2}]].
{ts} [[n:{c1}]]: Ok. Rumah sa [[a:{ad1}]], «dekat {gereja1}¦samping kios {kios_n1}¦depan {masjid1}». Kalo sa sonde ada, kasi di sa pung tetangga [[n:{g3}]] [[p:{hp3}]].
{ts} {elektronik1}: Siap. Sisa pembayaran {rp1} bisa transfer ke {elektronik_bank1} {elektronik_acc1} a.n. {ELEKTRONIK1} atau bayar di tempat.
{ts} [[n:{c1}]]: Oke, makasih. Kalo ada apa2 sa telpon toko {elektronik_tel1} sa e.
""",
    M=(2,),
)

T(
    "marketplace_chat",
    "online_trade",
    """
{olshop1} (Balasan otomatis)
Halo kak 👋 Terima kasih sudah order di {olshop1}.
No. pesanan: {ord}
Total: {rp1} (sudah termasuk ongkir {rps1})
Bayar via VA {va} sebelum jam {jam} WITA
Kurir: «J&T¦JNE¦SiCepat¦AnterAja» | Resi: {resi1}
JANGAN berikan kode OTP {otp} ke siapa pun, termasuk yg mengaku admin kami.
CS: {olshop_wa1} ({jamr})
Saya: Kak, resi belum bisa dilacak
{olshop1}: Mohon ditunggu 1x24 jam kak, resi aktif setelah paket di-pickup kurir.
""",
)

T(
    "marketplace_chat",
    "shop_market",
    """
{ts} Saya: Kak, pulsa {rpk1} ke nomor yg sa kirim tadi belum masuk.
{ts} {counter1}: Maaf kak, boleh kirim SN transaksi?
{ts} Saya: SN {sn}, tgl {tgl1} jam {jam}
{ts} {counter1}: Sudah kami cek, status sukses kak. Kode voucher {vcr} dan token listrik {token} juga sudah terkirim.
{ts} Saya: Oh iya su masuk. Kalo HP yg sa beli di kakak pung konter, IMEI {imei}, garansi sampai kapan?
{ts} {counter1}: Garansi toko «3¦6¦12» bulan kak. Servis bisa ke {counter_jl1} atau WA {counter_wa1}.
""",
)

T(
    "marketplace_chat",
    "transport",
    """
{ts} Saya: Selamat pagi, travel ke «Soe¦Kefa¦Atambua¦Betun» besok masih ada kursi?
{ts} {travel1}: Pagi kak. Masih «2¦3¦4» kursi, berangkat jam {jam} dari pool {travel_jl1}. Tarif {rptr1}.
{ts} Saya: Bisa jemput di rumah?
{ts} {travel1}: Bisa kak, tambah «Rp 20.000¦Rp 25.000». Kode booking {kode}, bayar transfer {travel_bank1} {travel_acc1} a.n. {TRAVEL1} atau VA {va}.
{ts} {travel1}: Nanti sopir hubungi kakak dari nomor kantor {travel_wa1} ya. Info jadwal lain: {travel_tel1}.
""",
)

# ---------------------------------------------------------------- receipt_ocr

T(
    "receipt_ocr",
    "shop_market",
    """
{SEMBAKO1}
{SEMBAKO_JL1} KUPANG
TELP {SEMBAKO_TEL1}« / WA {SEMBAKO_WA1}¦»
NPWP : {SEMBAKO_NP1}
================================
NO : {NOTA}   TGL : {TGL1} {JAM}
KASIR : 0{num}
--------------------------------
{ITTOKO}
--------------------------------
TOTAL              {TOTAL}
================================
PEMBELI : [[n:{N1}]]
HP      : [[p:{HP1}]]
«ALAMAT  : [[a:{ADS1}]]¦ANTAR KE : [[a:{ADR1}]]»
BARANG YG SDH DIBELI TDK DPT DIKEMBALIKAN
""",
)

T(
    "receipt_ocr",
    "services",
    """
INVOICE / NOTA TAGIHAN
No. {nota}
Dari  : [[n:{N1}]] (usaha perorangan «- jasa las & konstruksi ringan¦- instalasi listrik¦- servis AC & kulkas»)
NIK   : [[nik:{nik1}]]
NPWP  : «[[npwp:{npd1}]]¦[[npwp:{npn1}]]¦[[npwp:{npt1}]]»
Alamat: [[a:{adr1}]] (rumah sendiri)
HP/WA : [[p:{hp1}]]

Kepada : {CV1}
NPWP   : {cv_np1}
Alamat : {cv_jl1}

Pekerjaan : «pasang teralis jendela kantor¦instalasi listrik gudang¦servis 4 unit AC split»
Jumlah    : {rpb1}
Terbilang : {tb1}
Pembayaran ke rek {bank1} [[b:{acc1}]] a.n. [[n:{N1}]]
Kupang, {tgll1}
Hormat saya,

[[n:{n1}]]
""",
)

T(
    "receipt_ocr",
    "health_pharmacy",
    """
{KLINIK1}
{KLINIK_JL1}, KUPANG - TELP {KLINIK_TEL1}
NPWP {KLINIK_NP1}
KWITANSI PEMBAYARAN
No. Reg   : {nota}
Pasien    : [[n:{N1}]]
No. RM    : {rm}
Penjamin  : «BPJS KESEHATAN¦JKN-KIS»
No. Kartu : [[bpjs:{bpjs1}]]
Dokter    : dr. [[n:{n2}]]«, Sp.A¦, Sp.PD¦»
NPWP dokter : [[npwp:{npd2}]]
------------------------------
{ITAPT}
------------------------------
Subtotal obat      {TOTAL}
Jasa dokter        {rpk1}
Kasir: 0{num}   {tgl1} {jam}
""",
)

T(
    "receipt_ocr",
    "events",
    """
KWITANSI
No.               : {kw}
Telah terima dari : «{EO1}¦Panitia {gereja1}¦{CV1}»
Uang sejumlah     : {rp1}
Terbilang         : {tb1}
Untuk pembayaran  : sewa «sound system¦tenda 2 unit & 200 kursi¦genset 10 KVA» acara «pernikahan¦syukuran¦ibadah pemuda» tgl {tgll1}
Kupang, {tgll2}
Yang menerima,

[[n:{n1}]]
NIK  : «[[nik:{nik1}]]¦[[nik:{niko1}]]¦[[nik:{nikn1}]]»
NPWP : «[[npwp:{npd1}]]¦[[npwp:{npo1}]]¦[[npwp:{npl1}]]¦[[npwp:{npx1}]]»
HP   : [[p:{hp1}]]
""",
)

T(
    "receipt_ocr",
    "school_course",
    """
{KURSUS1}
di bawah {YAYASAN1} (NPWP {yayasan_np1})
{KURSUS_JL1} | Telp {kursus_tel1}
DAFTAR PENERIMAAN HONOR TUTOR BULAN {BLN1} {THN}
No | Nama | NPWP | Jam | Honor | Rekening
1 | [[n:{n1}]] | [[npwp:{npd1}]] | {num} | {rpk1} | {bank1} [[b:{accb1}]]
2 | [[n:{n2}]] | [[npwp:{npn2}]] | {num} | {rpk2} | {bank2} [[b:{accb2}]]
3 | [[n:{n3}]] | «[[npwp:{npt3}]]¦[[npwp:{npb3}]]» | {num} | {rpk3} | {bank3} [[b:{accb3}]]
PPh 21 dipotong dan disetor bendahara yayasan (NPWP bendahara {bnp}).
Kupang, {tgll1}
Bendahara,
[[n:{n4}]]
""",
)

T(
    "receipt_ocr",
    "food_catering",
    """
{WARUNG1}
{WARUNG_JL1}
Telp/WA {WARUNG_WA1}
NPWP {WARUNG_NP1}
NPWPD {npwpd}
--------------------------------
No. {nota}  Meja {num}
{tgl1} {jam}  Kasir: 02
{itmkn}
--------------------------------
Subtotal       {total}
Pajak resto sudah termasuk
--------------------------------
Terima kasih, silakan datang kembali
WiFi: {warung_n1} / pass {otp}
""",
)

T(
    "receipt_ocr",
    "online_trade",
    """
REKAP PENGIRIMAN HARIAN
Agen {KURIR1} - {KURIR_JL1}
Tgl: {tgl1}   Shift: 2
No | No. Resi | Tujuan | Berat | Ongkir
1 | {resi1} | Kab. Rote Ndao | {ship1}
2 | {resi2} | Kota Kupang | {ship2}
3 | {resi3} | Kab. Alor | {ship3}
4 | {resi4} | Kab. TTS | {ship4}
Total kiriman: 4 | Setoran ke {kurir_bank1} {kurir_acc1}
Pickup berikutnya jam {jam}. Komplain: {kurir_tel1}
""",
)

T(
    "receipt_ocr",
    "transport",
    """
PERTAMINA
SPBU {spbu}
{jlx}, KUPANG
Shift : 2      No. Trans : {nota}
Waktu : {tgl1} {jam}
Pulau/Pompa : «1¦2¦3¦4»
Produk : «Pertalite¦Pertamax¦Dexlite¦Bio Solar»
Harga/Liter : Rp 10.000
Volume : {liter} L
Operator : 0{num}
QR MyPertamina : {ref}
Layanan konsumen 135
TERIMA KASIH & SELAMAT JALAN
""",
)

# ---------------------------------------------------------------- registration_form

T(
    "registration_form",
    "school_course",
    """
{KURSUS1}
Izin Dinas Pendidikan No. {skdik} | NPSN {npsn}
{kursus_jl1} – Telp. {kursus_tel1} – WA Pendaftaran {kursus_wa1}
FORMULIR PENDAFTARAN PESERTA KURSUS
Program          : «Operator Komputer¦Desain Grafis¦Bahasa Inggris¦Menjahit¦Tata Rias»
Nama Lengkap     : [[n:{N1}]]
NIK              : «[[nik:{nik1}]]¦[[nik:{niks1}]]»
Tempat/Tgl Lahir : {tl1}
Jenis Kelamin    : {jk1}
Alamat           : [[a:{adr1}]], Kel. {kel1}, Kec. {kec1}
No. HP/WA        : «[[p:{hp1}]]¦[[p:{hpn1}]]»
Email            : «[[e:{emp1}]]¦[[e:{emx1}]]¦[[e:{emc1}]]»
Nama Orang Tua/Wali : [[n:{n2}]]
No. HP Orang Tua : [[p:{hp2}]]
Biaya {rp1} ditransfer ke {kursus_bank1} {kursus_acc1} a.n. {KURSUS1}
Kupang, {tgll1}
Pendaftar,
[[n:{n1}]]
""",
    fam={1: 2},
    A={1: (2001, 2009)},
)

T(
    "registration_form",
    "events",
    """
DATA TENANT «BAZAR UMKM¦PAMERAN PRODUK LOKAL¦FESTIVAL KULINER» {THN}
Penyelenggara: {EO1} | WA panitia {eo_wa1} | rek {eo_bank1} {eo_acc1} (rekening panitia)
No;Nama Usaha;Pemilik;HP Pemilik;NIK Pemilik;Jenis
1;{katering1};[[n:{N1}]];[[p:{hpb1}]];[[nik:{nik1}]];Kuliner
2;{kios1};[[n:{N2}]];[[p:{hpb2}]];[[nik:{nik2}]];Sembako
3;Tenun Ikat {kelx};[[n:{N3}]];[[p:{hpk3}]];[[nik:{nik3}]];Kerajinan
4;{CV1};-;{cv_wa1};-;Kerajinan
5;{olshop1};[[n:{N4}]];[[p:{hpd4}]];[[nik:{nik4}]];Fashion
Stand dibayar lunas {rp1} per tenant paling lambat {tgll1}.
""",
)

T(
    "registration_form",
    "faith_community",
    """
{KOPERASI1}
Badan Hukum No. {bh} | NPWP {koperasi_np1}
{koperasi_jl1}, Kupang | Telp {koperasi_tel1}
FORMULIR PERMOHONAN MENJADI ANGGOTA
Nama              : [[n:{N1}]]
NIK               : [[nik:{nik1}]]
No. KK            : [[kk:{kk1}]]
NPWP (jika ada)   : «[[npwp:{npd1}]]¦[[npwp:{nps1}]]¦belum ada»
Pekerjaan         : «pedagang¦guru honor¦sopir angkot¦penjahit¦tukang ojek»
Alamat            : [[a:{adr1}]]
No. HP            : [[p:{hp1}]]
Telp. Rumah       : «[[p:{tel1}]]¦-»
Email             : «[[e:{em1}]]¦[[e:{emx1}]]¦-»
Ahli Waris        : [[n:{n2}]] («anak¦saudara kandung¦pasangan»)
Simpanan pokok {rpk1}, simpanan wajib {rps1}/bulan ke rek {koperasi_bank1} {koperasi_acc1} a.n. {KOPERASI1}
Kupang, {tgll1}
Pemohon,
[[n:{n1}]]
""",
)

T(
    "registration_form",
    "health_pharmacy",
    """
PMI KOTA KUPANG – UNIT DONOR DARAH
FORMULIR CALON DONOR
Tanggal : {tgl1}     No. Kantong : {kantong}
Nama        : [[n:{N1}]]
NIK         : «[[nik:{niks1}]]¦[[nik:{niko1}]]»
Gol. Darah  : «A¦B¦AB¦O» Rh+
Alamat      : [[a:{ad1}]]
HP          : [[p:{hp1}]]«
Telp rumah  : [[p:{tel1}]]¦»
Donor ke-   : {num}
Donor pengganti untuk pasien : [[n:{n2}]] (RSUD, ruang «Cempaka¦Teratai¦ICU»)
Kontak keluarga pasien : [[p:{hp3}]] ({kin3} [[n:{g3}]])
Info stok darah: WA UDD {mob}
""",
)

T(
    "registration_form",
    "lodging",
    """
KOS {KOS_N1}
{kos_jl1} – WA pengelola {kos_wa1}
DATA PENGHUNI KOS
Kamar          : {kamar}
Nama           : [[n:{n1}]]
NIK            : [[nik:{nik1}]]
Asal           : {reg1}
Kampus/Kerja   : «Undana¦Unwira¦Poltekkes Kemenkes Kupang¦Politeknik Negeri Kupang¦karyawan toko»
HP             : [[p:{hp1}]]
Email          : «[[e:{emp1}]]¦[[e:{emx1}]]¦-»
Nama Orang Tua : [[n:{n2}]]
HP Orang Tua   : [[p:{hp2}]]
Alamat Asal    : [[a:{rt2}]], {reg2}
Kendaraan      : «motor «Beat¦Vario¦Mio», plat [[pl:{pl1}]]¦motor, plat [[pl:{plb1}]]»
Sewa {rpkos1}/bln, bayar tiap tgl 10 ke rek pemilik {bank3} [[b:{acc3}]] a.n. [[n:{n3}]]
""",
    fam={1: 2},
    L=(1, 2),
    A={1: (2002, 2008)},
)

T(
    "registration_form",
    "school_course",
    """
FORMAT FORMULIR PENDAFTARAN (contoh pengisian)
{KURSUS1} – NPSN {npsn}
Nama Lengkap : (isi huruf kapital)
NIK : 1234567890123456
Tempat/Tgl Lahir : Kupang, 01-01-2005
No. HP (contoh: 081234567890) : ....................
Email : nama@example.com
NPWP (jika ada) : 12.345.678.9-012.000
Alamat : (jalan, nomor rumah, RT/RW)
Berkas dikirim ke {kursus_em1} atau WA {kursus_wa1} paling lambat {tgll1}.
Biaya pendaftaran {rpk1} ke rek {kursus_bank1} {kursus_acc1} a.n. {KURSUS1}.
""",
)

T(
    "registration_form",
    "events",
    """
PENDAFTARAN «LOMBA PADUAN SUARA¦KUPANG FUN RUN 5K¦LOMBA MEWARNAI ANAK¦FESTIVAL BAND PELAJAR» {THN}
Panitia: {EO1}
Batas daftar: {tgll1}
Biaya: {rpk1}/tim
Transfer ke {eo_bank1} {eo_acc1} (rekening panitia), konfirmasi ke WA panitia {eo_wa1}
Kategori umur 7–12 tahun, 13–17 tahun
Technical meeting {tglw2} jam {jam} di «aula {gereja1}¦Gedung Pemuda»
Info: {eo_tel1} / {eo_em1} / IG {eo_ig1}
""",
)

T(
    "registration_form",
    "online_trade",
    """
CARA DAFTAR SELLER DI «PASAR ONLINE KUPANG¦KUPANG MART ONLINE»
1. Unduh aplikasi, klik "Daftar Penjual".
2. Isi NIK 16 digit, contoh 1234567890123456.
3. NPWP boleh pakai NIK; format lama contoh 99.999.999.9-999.999.
4. Nomor HP aktif untuk OTP, contoh 0812-3456-7890.
5. Email contoh nama@example.com.
6. Rekening harus atas nama sendiri (10–16 digit).
Biaya admin {pct}% per transaksi, pencairan dana tiap {hari1}.
Bantuan: WA {olshop_wa1} / email {olshop_em1} ({jamr} WITA)
""",
)

# ---------------------------------------------------------------- tax_permit_form

T(
    "tax_permit_form",
    "shop_market",
    """
DATA PELAKU USAHA (OSS RBA) – USAHA MIKRO
NIB                   : {nib}
Nama Pelaku Usaha     : [[n:{N1}]]
NIK                   : [[nik:{nik1}]]
NPWP                  : «[[npwp:{npd1}]]¦[[npwp:{npn1}]] (NIK sebagai NPWP)¦[[npwp:{npb1}]]»
Status                : Orang Perseorangan
Nama Usaha            : «Kios {kios_n1}¦Toko {toko_n1}¦Warung {warung_n1}¦Toko [[n:{N1}]]»
KBLI                  : «47111 – Perdagangan Eceran Kelontong¦56102 – Rumah Makan¦47721 – Perdagangan Eceran Obat Tradisional»
Alamat Usaha          : {kios_jl1}, Kel. {kelx}
Alamat Tempat Tinggal : [[a:{adr1}]], Kel. {kel1}
No. Telp Usaha        : {kios_wa1}
No. HP Pemilik        : [[p:{hp1}]]
Email                 : «[[e:{emp1}]]¦[[e:{emn1}]]»
Tanggal terbit        : {tgll1}
Dokumen ini diterbitkan sistem OSS, tidak memerlukan tanda tangan.
""",
)

T(
    "tax_permit_form",
    "services",
    """
PERMOHONAN PERSETUJUAN BANGUNAN GEDUNG (PBG)
Kepada Yth. Kepala DPMPTSP Kota Kupang
No. Registrasi : {pbg}
I. DATA PEMOHON
Nama     : [[n:{N1}]]
NIK      : «[[nik:{nikt1}]]¦[[nik:{nikn1}]]»
NPWP     : [[npwp:{npd1}]]
Alamat   : [[a:{adr1}]], Kel. {kel1}, Kec. {kec1}
No. HP   : [[p:{hp1}]]
II. DATA BANGUNAN
Fungsi   : «usaha (bengkel las) di rumah tinggal¦campuran (rumah tinggal + kios)¦usaha (laundry) di rumah tinggal»
Lokasi   : rumah pemohon (alamat sama)
NOP PBB  : {nop}
Luas     : {num}0 m2
III. PELAKSANA
Kontraktor : {CV1}, NPWP {cv_np1}, telp {cv_tel1}
Direktur   : [[n:{n3}]], NPWP pribadi [[npwp:{npd3}]]
Penanggung jawab teknis : [[n:{n2}]], S.T., HP [[p:{hp2}]]
Kupang, {tgll1}
""",
)

T(
    "tax_permit_form",
    "food_catering",
    """
FORMULIR PENDAFTARAN WAJIB PAJAK ORANG PRIBADI
(Pengusaha tertentu – katering rumahan)
NIK                  : [[nik:{nik1}]]
Nama                 : [[n:{N1}]]
Tempat/Tgl Lahir     : {tl1}
Alamat tinggal       : [[a:{adr1}]]
Nomor HP             : [[p:{hp1}]]
Email                : «[[e:{emp1}]]¦[[e:{emx1}]]»
Nama usaha           : Katering {katering_n1}
Lokasi usaha         : di rumah sendiri
NITKU lokasi usaha   : [[npwp:{nptu1}]]
Status PKP           : non-PKP
Peredaran bruto/thn  : {rpo1}
Kupang, {tgll1}
Petugas TPT KPP Pratama Kupang
""",
)

T(
    "tax_permit_form",
    "school_course",
    """
Rekap NPWP «guru honor¦tenaga kependidikan non-PNS» {SEKOLAH1} (diminta bendahara)
Bendahara BOS: NPWP {bnp} (NPWP bendahara sekolah)
1. [[n:{n1}]] — [[npwp:{npd1}]]
2. [[n:{n2}]] — [[npwp:{npn2}]]
3. [[n:{n3}]] — [[npwp:{nps3}]]
4. [[n:{n4}]] — belum punya, NIK [[nik:{nik4}]]
5. [[n:{n5}]] — [[npwp:{npz5}]]
NPWP sekolah: {sekolah_np1}
Mohon dikirim ke {sekolah_em1} paling lambat {tgll1}.
""",
)

T(
    "tax_permit_form",
    "transport",
    """
PERMOHONAN IZIN PENYELENGGARAAN ANGKUTAN SEWA KHUSUS
Nama Perusahaan : {CV1}
NIB             : {nib}
NPWP Badan      : {cv_np1}
NPWP Pemohon    : [[npwp:{npd2}]]
Nama Pemohon (Direktur) : [[n:{N2}]]
NIK Pemohon     : [[nik:{nik2}]]
Alamat Kantor   : {cv_jl1}
Alamat Pemohon  : [[a:{adr2}]]
Telp Kantor     : {cv_tel1}
HP Pemohon      : [[p:{hp2}]]
Daftar Kendaraan:
No | Nopol | Merk | Tahun
1 | [[pl:{pl3}]] | Toyota Avanza | 2019
2 | [[pl:{pl4}]] | Daihatsu Xenia | 2021
Daftar Pengemudi:
No | Nama | NIK | NPWP | HP
1 | [[n:{n5}]] | [[nik:{nik5}]] | [[npwp:{npn5}]] | [[p:{hpb5}]]
2 | [[n:{n6}]] | [[nik:{nik6}]] | «[[npwp:{npd6}]]¦belum ada» | [[p:{hpb6}]]
""",
    M=(5, 6),
)

T(
    "tax_permit_form",
    "health_pharmacy",
    """
PERMOHONAN SURAT IZIN APOTEK (SIA)
Pelaku usaha : {CV1}
NIB : {nib} | NPWP : {cv_np1}
Nama apotek : {APOTEK1}
Alamat apotek : {apotek_jl1}, Kel. {kelx}
Telp : {apotek_tel1} | Email usaha : {apotek_em1}
Apoteker penanggung jawab : sesuai STRA terlampir (No. {stra})
Luas ruang : «24¦30¦36¦48» m2 | Jam buka : {jamr}
Retribusi : {rpk1}, kode billing {billing}
Nomor permohonan : {skptsp}
""",
)

T(
    "tax_permit_form",
    "shop_market",
    """
SPESIMEN KARTU NPWP
NPWP : 99.999.999.9-999.999
NAMA : NAMA WAJIB PAJAK
NIK : 1234567890123456
KPP PRATAMA KUPANG
Catatan sosialisasi pajak di {pasar} {tglw1}:
- NPWP 16 digit untuk orang pribadi = NIK; contoh penulisan 0123456789012345.
- Kring Pajak 1500200 atau WA {of_kpp_wa}; email {of_kpp_em}.
- Retribusi kios {rpk1}/bln, kode billing {billing}, NPWPD kios {npwpd}.
- Jadwal asistensi SPT: {tglw2} jam {jamr} di {of_kpp_jl}.
""",
)

T(
    "tax_permit_form",
    "lodging",
    """
SURAT KETETAPAN PAJAK DAERAH (SKPD)
Pajak Barang dan Jasa Tertentu – Jasa Perhotelan (rumah kos)
NPWPD : {npwpd}
Nama WP : {KOS1}
Alamat objek : {kos_jl1}
NOP : {nop}
Masa pajak : {bln1} {thn}
Jumlah kamar : «8¦10¦12¦15» | Omzet : {rpj1}
Kode billing : {billing}
Jatuh tempo : tanggal 10 bulan berikutnya
Bapenda Kota Kupang – {of_pen_jl} – Telp {of_pen_tel}
""",
)

# ---------------------------------------------------------------- office_reply

T(
    "office_reply",
    "shop_market",
    """
Yth. {hon1} [[n:{n1}]],
Terima kasih atas laporan {hon1} melalui «SP4N-LAPOR!¦SMS 1708¦WA pengaduan» nomor tiket {tiket} tanggal {tgll1} dari nomor [[p:{hpi1}]] mengenai «timbangan yang tidak sesuai¦harga minyak goreng di atas HET¦barang kedaluwarsa» di {sembako1} ({sembako_jl1}).
Tim Disperindag telah melakukan «tera ulang¦inspeksi mendadak» pada {tglw2}. Pemilik toko, {sdr2} [[n:{n2}]], telah diberi teguran tertulis nomor {skdag}.
Apabila masih ditemukan pelanggaran, silakan hubungi WA pengaduan {of_dag_wa} atau telp {of_dag_tel}.
Hormat kami,
Bidang Perlindungan Konsumen
Disperindag Kota Kupang
""",
)

T(
    "office_reply",
    "online_trade",
    """
From: {kurir1} Customer Care <{kurir_em1}>
To: [[n:{n1}]] <«[[e:{emp1}]]¦[[e:{emq1}]]»>
Subject: Klaim paket resi {resi1}

Yth. {hon1} [[n:{g1}]],
Menindaklanjuti klaim {hon1} nomor {tiket} atas paket resi {resi1} (isi: «HP¦pakaian¦obat-obatan¦dokumen») tujuan [[a:{adr1}]], Kel. {kel1}, kami sampaikan paket telah ditemukan di gudang transit Oesapa.
Paket akan diantar oleh kurir kami, [[n:{n2}]] ([[p:{hp2}]]), pada {tglw2}.
Kompensasi ongkir {rps1} kami kirim ke rekening {hon1}: {bank1} [[b:{acc1}]] a.n. [[n:{N1}]].
Untuk informasi lebih lanjut hubungi call center {kurir_tel1} atau WA {kurir_wa1}.
Salam,
Tim Customer Care {kurir1}
""",
)

T(
    "office_reply",
    "health_pharmacy",
    """
BALAI BESAR PENGAWAS OBAT DAN MAKANAN DI KUPANG
{of_pom_jl}, Kupang
Nomor  : {skpom}
Perihal: Tanggapan pengaduan konsumen
Yth. {hon1} [[n:{n1}]]
di [[a:{ad1}]]
Kupang
Menindaklanjuti pengaduan {hon1} tanggal {tgll1} (HP [[p:{hp1}]]) tentang «kosmetik tanpa izin edar¦obat tradisional mengandung bahan kimia obat¦makanan kedaluwarsa» yang dijual di {apotek1}, petugas kami telah melakukan pemeriksaan pada {tglw2}. Produk nomor bets {batch} dengan nomor izin edar palsu {nie} telah diamankan. Apoteker penanggung jawab, [[n:{n2}]], S.Farm., Apt., telah diberi pembinaan.
Konsumen dapat menghubungi ULPK melalui telp {of_pom_tel}, WA {of_pom_wa} atau email {of_pom_em}.
Kepala Balai
""",
)

T(
    "office_reply",
    "school_course",
    """
{KURSUS1}
{kursus_jl1} · Telp {kursus_tel1} · {kursus_em1}
Kupang, {tgll1}
Nomor : {kw}
Kepada Yth. {hon1} [[n:{n1}]] (orang tua/wali dari [[n:{n2}]])
Menanggapi permohonan pengembalian biaya kursus atas nama [[n:{N2}]] (No. Induk {nisn}), kami sampaikan bahwa dana sebesar {rp1} telah ditransfer pada {tglw2} ke rekening {hon1}: {bank1} [[b:{acc1}]] a.n. [[n:{N1}]], No. Ref {ref}.
Tutor pengganti, «Kak¦Ibu¦Bapak» [[n:{n3}]] (HP [[p:{hp3}]]), siap membantu jika ananda ingin melanjutkan kelas.
Hormat kami,
Pimpinan
""",
    fam={2: 1},
    A={2: (2006, 2012)},
)

T(
    "office_reply",
    "lodging",
    """
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
{of_kpp_jl}, Kupang. Telp {of_kpp_tel}
Nomor : S-{num}{num}/KPP.920/2026
Yth. [[n:{N1}]]
NPWP [[npwp:{npd1}]]
[[a:{AD1}]]
KUPANG
Hal: Imbauan pembetulan SPT – usaha rumah kos
Berdasarkan data kami, Saudara memiliki usaha rumah kos «{KOS1} ¦»di {kos_jl1}. Sejak 2024 NPWP Saudara berbentuk 16 digit, yaitu [[npwp:{npn1}]]. Mohon Saudara melaporkan penghasilan usaha kos pada SPT Tahunan.
Untuk konsultasi silakan hubungi Account Representative kami, [[n:{n2}]], telp {of_kpp_tel} ext. {num}, email [[e:{emk2}]].
a.n. Kepala Kantor
""",
    D="pajak.go.id",
)

T(
    "office_reply",
    "transport",
    """
Balasan Dinas Perhubungan Kota Kupang atas laporan {tiket}:
Yth. Pelapor,
Terkait laporan «angkot ngetem¦tarif angkot¦parkir liar» di {jlx} pada {tglw1}, petugas telah melakukan penertiban pada {tglw2} jam {jam}. {num} unit angkot jalur «10¦3¦6» dengan nomor lambung {lambung} diberi teguran tertulis nomor {skhub}. Retribusi parkir resmi Rp 2.000 (roda dua) dan Rp 5.000 (roda empat) dengan karcis bernomor seri {seri}.
Untuk keluhan angkutan kota: WA {of_hub_wa}, telp {of_hub_tel}.
Salam,
Admin Dishub
""",
)

T(
    "office_reply",
    "food_catering",
    """
Dari: Dinas Kesehatan Kota Kupang <{of_kes_em}>
Kepada: Pelapor (dirahasiakan)
Perihal: Tanggapan laporan {tiket}
Dengan hormat, laporan mengenai «kue kering tanpa label¦nasi kotak yang basi¦air isi ulang keruh» telah kami tindak lanjuti. Produk «kue {katering_n1}¦{katering1}» terdaftar dengan {pirt} yang masih berlaku. Hasil uji laboratorium nomor {skkes} memenuhi syarat.
{DEPOT1} ({depot_jl1}) telah diperiksa pada {tgll2}, sertifikat laik higiene nomor {skkes2}.
Informasi lanjut: call center {of_kes_tel} / WA {of_kes_wa}.
""",
)

T(
    "office_reply",
    "faith_community",
    """
Otoritas Jasa Keuangan – Kantor OJK Provinsi NTT
Nomor layanan: {tiket}
Terima kasih telah menghubungi Kontak OJK 157. Terkait «arisan online¦investasi bodong¦pinjaman online ilegal» "{arisan1}" yang Bapak/Ibu laporkan, entitas tersebut tidak terdaftar dan tidak berizin di OJK. Nomor penagih yang dilaporkan ({scam1} dan {scam2}) telah diteruskan ke Satgas PASTI.
Jangan berikan data pribadi (foto KTP, KK, kode OTP) kepada pihak mana pun. Cek legalitas melalui WA 081 157 157 157 atau email konsumen@ojk.go.id.
Koperasi resmi binaan Diskop UKM Kota Kupang, misalnya {KOPERASI1}, memiliki badan hukum ({bh}) dan kantor di {koperasi_jl1}.
""",
)

# ---------------------------------------------------------------- scam_warning

T(
    "scam_warning",
    "online_trade",
    """
⚠️ *WASPADA PENIPUAN ONLINE* ⚠️
Tolong sebar ke grup-grup Kupang 🙏
Akun «FB¦IG¦TikTok» "[[n:{n1}]]" jual «iPhone murah¦motor bekas¦tiket kapal¦beras murah» lewat «Marketplace¦grup JB Kupang». Su {num} orang jadi korban.
Nomor WA yg dipakai: [[p:{hpi1}]] (nama di WA: [[n:{lg1}]])
Rekening: {bank1} [[b:{acc1}]] a.n. [[n:{N1}]]
Modus: minta DP dulu, barang sonde pernah dikirim, kirim resi palsu {resi1}.
Info dari [[n:{n2}]] (korban), bisa konfirmasi ke [[p:{hp2}]].
""",
)

T(
    "scam_warning",
    "shop_market",
    """
*INFO PENTING DARI {TOKO1}*
Ada nomor «{scam1}¦{scami1}» yang mengaku admin {TOKO1} dan menawarkan «undian berhadiah¦diskon 70%¦arisan barang», minta transfer biaya admin {rpk1}. Itu BUKAN nomor kami.
Nomor resmi kami hanya telp {toko_tel1} dan WA {toko_wa1}. Kami tidak pernah minta transfer ke rekening pribadi.
Salah satu pelanggan kami, {hon2} [[n:{n2}]] dari [[a:{rt2}]] Kel. {kel2}, sudah rugi {rp2}. Info dari [[n:{g2}]] (korban), bisa konfirmasi ke [[p:{hp2}]].
Hormat kami,
Manajemen {TOKO1}
""",
)

T(
    "scam_warning",
    "services",
    """
Selamat «pagi¦sore» bapa mama «grup warga¦sekalian¦dong» 🙏
Beta [[n:{g1}]] «dari¦di» [[a:{rtn1}]] mau kasi tau: tadi ada yg telpon ke beta pung rumah [[p:{tel1}]], ngaku petugas «PLN¦PDAM¦Telkom», bilang meteran harus ganti, suru transfer {rp1} ke «DANA¦OVO» {scam1}. Dia pake nomor {scam2}. Itu tipu-tipu!
Kalo ada yg datang ke rumah pake seragam, minta liat kartu petugas. Info: PLN 123 / WA {mob}, PDAM {of_pdam_tel}.
Kalo ada apa-apa WA beta sa [[p:{hp1}]].
""",
)

T(
    "scam_warning",
    "transport",
    """
*HATI-HATI TIKET KAPAL PALSU* 🚢
Sa pung tetangga, {kin2} [[n:{n2}]], beli tiket «KM Lambelu¦kapal cepat ke Rote¦KMP ke Kalabahi» lewat akun "«Agen Tiket Murah Kupang¦Tiket Kapal Tenau Resmi»", bayar {rp1} ke rek {bank3} [[b:{acc3}]] a.n. [[n:{N3}]]. Pas di pelabuhan Tenau kode booking {kode} sonde ada. Nomor yg dia pake [[p:{hq3}]] (nama di WA [[n:{g3}]]), ngaku agen resmi ASDP. Ada nomor lain lagi {scam1} yg kirim link ke grup, sonde tau sapa.
Tiket resmi cuma di loket atau aplikasi Ferizy.
Yang kenal orang ini tolong info sa [[p:{hp1}]].
- [[n:{g1}]], «Oesapa¦Kelapa Lima¦Liliba»
""",
)

T(
    "scam_warning",
    "faith_community",
    """
*PENGUMUMAN MAJELIS JEMAAT {GEREJA1}*
Jemaat yang dikasihi Tuhan, beredar pesan WA dari nomor {scam1} yang memakai foto Pdt. [[n:{n1}]] dan meminta «sumbangan pembangunan gedung¦persembahan khusus» ke rekening pribadi. Itu BUKAN dari gereja.
Persembahan hanya melalui rekening Majelis Jemaat {gereja_bank1} {gereja_acc1} (a.n. Majelis Jemaat).
Jemaat kami, {hon2} [[n:{n2}]], sudah tertipu {rp1}.
Untuk konfirmasi hubungi kantor gereja {gereja_tel1} atau Pdt. [[n:{g1}]] langsung di nomor pribadinya [[p:{hp1}]].
Sekretaris Majelis,
[[n:{n3}]]
""",
)

T(
    "scam_warning",
    "health_pharmacy",
    """
WASPADA PENIPUAN MENGATASNAMAKAN BPJS KESEHATAN
Modus: telepon atau WA mengaku petugas BPJS, bilang kartu JKN nonaktif, minta transfer denda {rpk1} atau kode OTP.
Contoh nomor yang dilaporkan: {scam1}, {scam2}, {scami3}
BPJS Kesehatan tidak pernah meminta transfer ke rekening pribadi. Iuran hanya dibayar melalui VA {va} di kanal resmi.
Info resmi: BPJS Kesehatan Care Center 165 atau Pandawa WA {mob}
Kantor Cabang Kupang buka {jamr}, Senin–Jumat.
""",
)

T(
    "scam_warning",
    "events",
    """
⚠️ TIKET KONSER «KUPANG MUSIC FEST¦FLOBAMORA FEST¦SASANDO JAZZ» PALSU ⚠️
Panitia resmi ({EO1}) hanya jual tiket di loket GOR Oepoi dan aplikasi resmi. Akun yang jual tiket lewat DANA {scam1} dan {scam2} BUKAN panitia. Su {num} laporan masuk.
Tiket resmi punya kode QR dan nomor seri {seri}.
Harga resmi: Festival {rpk1}, VIP {rp2}.
Info panitia: {eo_wa1} / {eo_em1}
""",
)

T(
    "scam_warning",
    "faith_community",
    """
INFO GRUP {ARISAN1}:
Mama-mama hati-hati, ada yg dapat WA dari {scam1}, {scam2} deng {scamb3} ngaku dari «Kopdit¦koperasi» tawarkan pinjaman cepat cair {rpj} tanpa jaminan, cukup kirim foto KTP & KK. Itu pinjol ilegal!
{KOPERASI1} sonde pernah tawarkan pinjaman lewat WA. Pinjaman resmi cuma di kantor {koperasi_jl1}, telp {koperasi_tel1}, jam {jamr}. Angsuran hanya ke rek {koperasi_bank1} {koperasi_acc1} a.n. {KOPERASI1}.
Info: admin grup {mob} (admin)
""",
)

# ---------------------------------------------------------------- rental_notice

T(
    "rental_notice",
    "lodging",
    """
«KOS PUTRI¦KOS PUTRA¦KOS CAMPUR» "{KOS_N1}"
MASIH ADA «2¦3¦4» KAMAR KOSONG
• Kamar mandi dalam • Air PDAM + sumur bor • Listrik token • WiFi
• {rpkos1}/bulan «(sudah termasuk air)¦»
LOKASI: {KOS_JL1}, dekat «Undana¦Unwira¦Bundaran PU¦RSUD S.K. Lerik»
HUB. [[p:{HPOC1}]] / [[p:{HQ1}]]
({HON1} [[n:{G1}]])
Pembayaran sewa ke rek {BANK1} [[b:{ACC1}]] a.n. [[n:{N1}]]
""",
)

T(
    "rental_notice",
    "transport",
    """
Sewa mobil pribadi «(bukan rental) ¦»🚗
«Avanza 2021¦Innova Reborn 2018¦Xenia 2019¦Calya 2022», plat [[pl:{pl1}]], AC dingin, «lepas kunci¦dengan sopir».
{rpcar1}/hari «+ sopir {rpd1}¦»
Syarat: KTP asli, SIM A, jaminan motor.
Mobil ada di rumah, [[a:{ad1}]] «(belakang {masjid1})¦(depan {gereja1})».
Hub sa langsung [[p:{hp1}]] ([[n:{g1}]])
Bukan «{rental1}¦rental besar» jadi bisa nego 😊
""",
)

T(
    "rental_notice",
    "lodging",
    """
DIKONTRAKKAN RUMAH TINGGAL
Objek sewa: rumah tinggal di [[a:{ad1}]], Kel. {kel1} – «2¦3» kamar tidur, «1¦2» kamar mandi, air PDAM, listrik «1300¦2200» VA.
Harga {rpj}/tahun, minimal 1 tahun, bayar di muka.
Pemilik: [[n:{n1}]] ([[p:{hp1}]]«, email [[e:{emp1}]]¦»)
«Pembayaran ke rek {bank1} [[b:{acc1}]] a.n. [[n:{N1}]]¦Bisa lihat rumah tiap Sabtu sore.»
«Bukan lewat makelar.¦Makelar jangan hubungi.»
""",
)

T(
    "rental_notice",
    "events",
    """
Sa [[n:{g1}]] «dari¦di» {kelx}, ada sewa tenda «dekor¦biasa», kursi plastik {jml} buah, meja deng sound kecil. Untuk pesta, duka, syukuran, ibadah.
Harga: tenda {rpk1}/hari, kursi Rp 2.500/buah.
Hub sa: [[p:{hp1}]]« / [[p:{hq1}]]¦» (WA aktif)
Antar jemput gratis dalam kota. Pembayaran bisa transfer ke {bank1} [[b:{acc1}]] a.n. [[n:{N1}]].
Rumah sa di [[a:{adr1}]], «belakang {pasar}¦dekat {gereja1}».
""",
)

T(
    "rental_notice",
    "lodging",
    """
SURAT PERJANJIAN SEWA KAMAR KOS
Pada hari ini {tglw1}, kami yang bertanda tangan di bawah ini:
1. Nama   : [[n:{n1}]]
   NIK    : [[nik:{nik1}]]
   Alamat : [[a:{adr1}]], Kel. {kel1}
   selanjutnya disebut PIHAK PERTAMA (pemilik kos "{kos_n1}").
2. Nama   : [[n:{n2}]]
   NIK    : [[nik:{nikb2}]]
   Asal   : {reg2}
   No. HP : [[p:{hp2}]]
   selanjutnya disebut PIHAK KEDUA (penyewa).
PIHAK PERTAMA menyewakan kamar nomor {kamar} di [[a:{ads3}]] kepada PIHAK KEDUA seharga {rpkos1} per bulan, dibayar paling lambat tanggal 5 ke rekening PIHAK PERTAMA {bank1} [[b:{acc1}]].
PIHAK KEDUA wajib menjaga kebersihan dan ketenangan, tamu lawan jenis dilarang menginap.
Kupang, {tgll1}
PIHAK PERTAMA, [[n:{n1}]]
PIHAK KEDUA, [[n:{n2}]]
Saksi: [[n:{n4}]] (Ketua RT {num})
""",
    L=(2,),
)

T(
    "rental_notice",
    "lodging",
    """
🏠 *{KOS1}* 🏠
TERIMA «PUTRI¦PUTRA¦PUTRA/PUTRI» – «KARYAWAN/MAHASISWA¦MAHASISWA»
✅ {num} kamar kosong ✅ Km dalam ✅ WiFi ✅ Parkir motor
Harga mulai {rpkos1}/bln, deposit {rpkos2}
📍 {kos_jl1} (± {km}00 m dari «Undana¦Unwira¦Bundaran PU»)
📞 HUB {kos_wa1} / {kos_wb1}
IG {kos_ig1}
Pembayaran ke {kos_bank1} {kos_acc1} a.n. {KOS1}
""",
)

T(
    "rental_notice",
    "transport",
    """
{RENTAL1} – Rental Mobil & Travel
{rental_jl1} | Telp {rental_tel1} | WA {rental_wa1}
DAFTAR HARGA SEWA {thn}
Avanza/Xenia ........ {rpcar1}/hari
Innova Reborn ....... {rpcar2}/hari
Hiace 15 seat ....... {rpcar3}/hari
Sopir + BBM dalam kota: {rpd1}/hari
Booking: WA {rental_wb1} (admin)
DP «30¦50»% ke {rental_bank1} {rental_acc1} a.n. {RENTAL1}
NIB {nib}
""",
)

T(
    "rental_notice",
    "events",
    """
INFO PENYEWAAN AULA {GEREJA1}
Kapasitas «150¦200¦250¦300» orang, AC, sound system, kursi lengkap.
Tarif: pesta {rpj}, ibadah syukur {rp1}, rapat {rp2} (per hari)
Pembayaran ke rekening Majelis Jemaat {gereja_bank1} {gereja_acc1} (a.n. Majelis Jemaat)
NPWP Majelis Jemaat {gereja_np1}
Pemesanan: kantor gereja {gereja_tel1} (Senin–Jumat {jamr}) atau WA sekretariat {gereja_wa1}
Alamat: {gereja_jl1}
""",
)


if __name__ == "__main__":
    main()
