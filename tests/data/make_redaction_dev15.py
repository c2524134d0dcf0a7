#!/usr/bin/env python3
"""Write ``redaction_dev15.jsonl``: the fifteenth development corpus for the redactor.

Development corpus: developers may tune on it. It was written blind, from
``docs/redaction-annotation-guide.md`` alone (see ``README-redaction-dev15.md``).

The texts are hand-written templates (``TEMPLATES``, at the end) with inline labels
``[[kind:value]]`` and placeholders ``{TYPE}``, ``{TYPE2}``, ``{TYPE|mods}``, ``{MAIL@F2,FAM2}``.
Each template is filled ``FILLS`` times; a fill that repeats an earlier text is drawn again.
Run ``python3 make_redaction_dev15.py`` (``--tables`` also prints the count tables); it is
deterministic (seed 20261215) and checks every span and every text before writing.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 20261215
FILLS = 3
OUT = Path(__file__).resolve().with_name("redaction_dev15.jsonl")
PREFIX = "d15"

KINDS = ("nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address")
STYLES = (
    "sms_caps",
    "whatsapp",
    "web_form",
    "kupang_malay",
    "letter",
    "social",
    "officer_note",
    "scan",
)
THEMES = ("identity_numbers", "contacts", "names_hard", "homes")
MIN_THEME_TEXTS = 150


def _words(text: str) -> list[str]:
    return text.split()


def _items(text: str) -> list[str]:
    return text.split("|")


# Words that may stand before a name but never open a name span.
TITLES = set(
    _words(
        "bapak ibu pak bu bpk sdr sdri ny bidan lurah guru dr drs pdt serka bripka om tanta mama "
        "bapa oma opa nona kak kaka nyong ci cik ko koh adik ade alm almarhum yth pelapor"
    )
)

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

MALE = _words(
    "Yohanes Melkianus Sefnat Ebenhaezer Habel Elkana Gidion Zadrak Jefta Marthen Dominggus "
    "Nikodemus Yakob Fransiskus Viktor Petrus Paulus Agustinus Yosef Stefanus Obed Daniel Simon "
    "Aleksander Ferdinand Benyamin Hendrik Lukas Matheos Markus Kornelis Arnoldus Yusuf Hamzah "
    "Abdul Made Teddy Riki Sony Herman Rudolf Frengky Yunus Amos Semuel Alfred Gabriel Yeremias "
    "Filipus Adrianus Laurens Oktovianus"
)
FEMALE = _words(
    "Maria Dorkas Orpa Welmince Sarlota Lodia Bergita Selfi Gracia Debora Anace Imelda Yustina "
    "Agustina Rosalina Margaretha Yuliana Ester Naomi Ruth Mariana Fransiska Martha Elisabeth "
    "Serlin Novita Erni Leni Yanti Vivi Siti Nurhayati Adelina Yohana Febriana Meri Ani Yuli "
    "Sofia Regina Kristin Dewi Lusia Veronika Aprilia Natalia Oktaviana Emilia Hermina"
)
FAMILY = [
    *_words(
        "Ndun Manafe Tefa Benu Lay Bessie Therik Pah Nenobais Tanone Amalo Fanggidae Mooy Ratu "
        "Lobo Sabneno Nubatonis Neonufa Messakh Saudale Takaeb Banunaek Haba Bire Adoe Selan "
        "Kapitan Nahak Seran Bria Kolo Lake Tallo Uly Amnifu Boimau Taneo Sinlae Foenay Ndoen "
        "Kedoh Lomi Kana Toelle Nalle Lerrick Pellokila Radja Dethan Zacharias Oematan Tanesib "
        "Liunokas Klau Nope Sjioen"
    ),
    "Riwu Kaho",
    "Ga Lena",
    "Dju Dara",
    "Da Costa",
]
# Chinese-Indonesian: family names and two-word given names.
CFAMILY = _words("Tan Liem Lie Ong Go Thung Kwee Oei Tjoa Lauw")
CFEMALE = _items(
    "Mei Hwa|Siu Lan|Giok Lan|Kim Lian|Swie Lan|Bwee Nio|Siok Hwa|Lian Nio|Mei Ling|Hwa Nio"
)
CMALE = _items(
    "Hok Gie|Kim Seng|Tjin Hok|Bun Hin|Swan Liong|Tjong Hin|Eng Kiat|Ek Tjong|Giok Tjoan|Kian Bie"
)
# Names that are also words.
WFEMALE = _words("Kasih Indah Bunga Damai")
WMALE = _words("Fajar Agung Damai")
# Sumba: given names worn after Umbu (men) and Rambu (women), and family names.
SMBMALE = _words("Hina Ndaku Rey Landu Neka Manu Pati Tamu Djama Kaleka")
SMBFEMALE = _words("Ana Kahi Lika Hamu Konda Tamar Tatu Ndilu Yiwa Rita")
SMBFAMILY = _words("Kapita Hunggu Ndakularak Paranggi Lowu Djawa Pekuwali Hamba Tanggu Mbani")
NICKS = _words("Ati Ose Noni Ance Oni Eto Ela Ino Etty Ongky Uce Eby Icha Nando Iyus Oce")

# ---------------------------------------------------------------------------------------------
# Places, bodies
# ---------------------------------------------------------------------------------------------

KELS = _items(
    "Oebobo|Oebufu|Liliba|Kayu Putih|Tuak Daun Merah|Fatululi|Kelapa Lima|Oesapa|Oesapa Barat|"
    "Lasiana|Penfui|Kolhua|Sikumana|Naimata|Belo|Fatukoa|Naikolan|Oepura|Alak|Namosain|"
    "Nunbaun Sabu|Nunbaun Delha|Manulai II|Batuplat|Naioni|Fatufeto|Bakunase|Airnona|Kuanino|"
    "Naikoten I|Naikoten II|Fontein|Nunleu|Oeba|Fatubesi|Solor|Merdeka|Bonipoi|Pasir Panjang|"
    "Airmata|Nefonaek"
)
KECS = _items("Alak|Maulafa|Oebobo|Kota Raja|Kelapa Lima|Kota Lama")
STREETS = _items(
    "Nangka|Kenari|Sukun|Kelapa|Jambu|Mangga|Rote|Sumba|Flores|Alor|Bajawa|Herewila|Palapa|"
    "Kartini|Merpati|Nuri|Cendana|Lontar|Matani|Fetor Funay|Suratim|Bougenvile|Samratulangi|"
    "Adisucipto|W.J. Lalamentik|Alfons Nisnoni|Perintis Kemerdekaan|Timor Raya|Soeharto|Amabi|"
    "H.R. Koroh|Moh. Hatta|Kelinci|Air Lobang|Thamrin|Sumatera|Bakti|Oebananta|Kancil|Rusa|Tulip"
)
LANES = _items(
    "Kakatua|Sepakat|Melati|Anggrek|Mawar|Kenanga|Rukun|Harapan|Damai|Lontar|Sasando|Cendana|"
    "Flamboyan|Sejahtera|Pelita"
)
COMPLEXES = _items(
    "BTN Kolhua|Perumnas Kayu Putih|Perum Griya Oebufu Indah|BTN Oesapa|"
    "Kompleks Perumahan Nusa Indah|Perumahan Citra Permai Lasiana|Kompleks Perumnas"
)
PROBLEM_STREETS = _items(
    "Jl. El Tari|Jl. Amabi|Jl. Frans Seda|Jl. Timor Raya|Jl. W.J. Lalamentik|Jl. Piet A. Tallo|"
    "Jl. Kelinci|Jl. Cak Doko|Jl. Adisucipto|Jl. Perintis Kemerdekaan|Jl. Soeharto|"
    "Jl. Moh. Hatta|Jl. Herman Yohanes|Jl. Sam Ratulangi|Jl. Jenderal Sudirman"
)
PKMS = _items(
    "Puskesmas Oebobo|Puskesmas Sikumana|Puskesmas Bakunase|Puskesmas Pasir Panjang|"
    "Puskesmas Oesapa|Puskesmas Alak|Puskesmas Naioni|Puskesmas Kupang Kota|Puskesmas Oepoi|"
    "Puskesmas Penfui|Puskesmas Manutapen"
)
MARKETS = _items(
    "Pasar Oebobo|Pasar Kasih Naikoten|Pasar Oeba|Pasar Kuanino|Pasar Oesapa|Pasar Penfui|"
    "Pasar Kampung Solor"
)
SCHOOLS = _items(
    "SD Inpres Oepura 2|SDN Bertingkat Naikoten 1|SMPN 2 Kupang|SMPN 14 Kupang|SMAN 3 Kupang|"
    "SMKN 4 Kupang|SDK St. Yoseph Naikoten|SMPK St. Theresia|SD GMIT Oebobo 2|SMAN 1 Kupang"
)
HOSPITALS = _items(
    "RSUD Prof. Dr. W. Z. Johannes|RS Bhayangkara Drs. Titus Uly|RSUD S.K. Lerik|"
    "RS Siloam Kupang|RS Leona|RS Kartini"
)
CHURCHES = _items(
    "GMIT Paulus|GMIT Kota Baru|GMIT Efata Liliba|GMIT Betel Oesapa|GMIT Kasih Naikoten"
)
SHOPS = _items(
    "Toko Sinar Abadi|Toko Maju Jaya|Toko Bintang Timur|Toko Cahaya Baru|Toko Sumber Rezeki|"
    "Toko Flobamora Indah"
)
CVS = _items(
    "CV Timor Jaya|CV Sinar Timor|CV Flobamora Karya|CV Lontar Mandiri|CV Nusa Cendana|"
    "CV Karya Sasando"
)
UDS = _items("UD Sumber Rejeki|UD Karya Baru|UD Sinar Laut|UD Tiga Saudara")
COOPS = _items(
    "Koperasi Tunas Harapan|KSP Sehati|Koperasi Nelayan Oesapa Sejahtera|"
    "Koperasi Serba Usaha Lontar|KSP Citra Timor"
)
PHARMACIES = _items(
    "Apotek Sehat Oebobo|Apotek Sumber Sehat|Apotek Cendana Farma|Apotek Kasih Bunda"
)
EATERIES = _items(
    "Warung Se'i Flobamora|Warung Makan Bunda|Rumah Makan Sari Laut|Warung Kopi Sasando"
)
POSYANDU = _items("Posyandu Bunga Bakung|Posyandu Melati|Posyandu Kasih Ibu|Posyandu Anggrek")
DINAS = _items(
    "Dinas Pendidikan dan Kebudayaan Kota Kupang|Dinas Sosial Kota Kupang|"
    "Dinas PUPR Kota Kupang|Dinas Kesehatan Kota Kupang|Bapenda Kota Kupang"
)
MONTHS = _words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)

OFFICE_MAILS = _words(
    "pengaduan@kupangkota.go.id humas@kupangkota.go.id dukcapil@kupangkota.go.id "
    "dinsos.kotakupang@gmail.com bapenda.kotakupang@gmail.com dinkes.kotakupang@gmail.com "
    "info@pdamkotakupang.co.id pengaduan.pupr@kupangkota.go.id helpdesk@kupangkota.go.id "
    "puskesmas.oebobo@gmail.com tu.smpn2kupang@gmail.com kel.oebufu@gmail.com"
)
BUSINESS_MAILS = _words(
    "tokosinarabadi@gmail.com cv.timorjaya@yahoo.co.id ksp.sehati@gmail.com "
    "apotek.sehatoebobo@gmail.com admin@flobamoratravel.com order.seiflobamora@gmail.com "
    "bengkelmajumotor.kpg@gmail.com galon.cahayabaru@gmail.com"
)
SCAM_MAILS = _words(
    "bansos.kemensos.ntt@gmail.com dukcapil.kupang.online@gmail.com "
    "cs.bpjskesehatan24@gmail.com pajak.kupang.resmi@gmail.com pln.kupang.token@gmail.com "
    "ombudsman.ri.pusat@gmail.com"
)
FREE_HOSTS = _words(
    "gmail.com gmail.com gmail.com yahoo.com yahoo.co.id ymail.com outlook.com hotmail.com "
    "icloud.com rocketmail.com"
)
GOV_HOSTS = _words("kupangkota.go.id nttprov.go.id kupangkab.go.id")
EDU_HOSTS = _words("guru.sd.belajar.id guru.smp.belajar.id guru.sma.belajar.id belajar.id")
UNI_HOSTS = _words("undana.ac.id staf.undana.ac.id unwira.ac.id")

MOBILE_PREFIXES = _words(
    "0811 0812 0813 0821 0822 0823 0852 0853 0851 0814 0815 0816 0855 0856 0857 0858 0817 0818 "
    "0819 0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0887 0838 0831"
)

FULL_WIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + i) for i in range(10)))
FULL_WIDTH_AT = "\uff20"
NBSP = "\u00a0"
ZWSP = "\u200b"
OCR_LOWER = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_CAPS = {"0": "O", "1": "I", "5": "S", "8": "B"}
OCR_DIGITLIKE = set("OlISB")

Writer = "Callable[[random.Random, str], str]"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def slug(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.lower())


# ---------------------------------------------------------------------------------------------
# Number writings
# ---------------------------------------------------------------------------------------------


def nik_digits(rng: random.Random) -> str:
    reg = rng.choice(["71"] * 6 + ["01", "01", "02", "03", "04", "05", "07", "11", "14", "20"])
    dist = rng.randint(1, 6) if reg == "71" else rng.randint(1, 24)
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    year = rng.randint(1950, 2008) % 100
    month = rng.randint(1, 12)
    return f"53{reg}{dist:02d}{day:02d}{month:02d}{year:02d}{rng.randint(1, 150):04d}"


def kk_digits(rng: random.Random) -> str:
    reg = rng.choice(["71"] * 6 + ["01", "01", "03", "04", "14"])
    dist = rng.randint(1, 6) if reg == "71" else rng.randint(1, 24)
    year = rng.randint(2005, 2025) % 100
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return f"53{reg}{dist:02d}{day:02d}{month:02d}{year:02d}{rng.randint(1, 400):04d}"


def groups4(d: str, sep: str = " ") -> str:
    return sep.join(d[i : i + 4] for i in range(0, len(d), 4))


def nik_dots(d: str) -> str:
    return f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:16]}"


def ocr(rng: random.Random, d: str, caps: bool = False, lo: int = 1, hi: int = 3) -> str:
    table = OCR_CAPS if caps else OCR_LOWER
    spots = [i for i, c in enumerate(d) if c in table]
    if not spots:
        return d
    chars = list(d)
    for i in rng.sample(spots, min(len(spots), rng.randint(lo, hi))):
        chars[i] = rng.choice(table[chars[i]])
    return "".join(chars)


def split_line(rng: random.Random, d: str) -> str:
    if rng.random() < 0.5:
        g = groups4(d).split(" ")
        cut = rng.randint(1, len(g) - 1)
        return " ".join(g[:cut]) + "\n" + " ".join(g[cut:])
    cut = rng.randint(6, len(d) - 5)
    return d[:cut] + "\n" + d[cut:]


def drop_digit(rng: random.Random, d: str, lo: int) -> str:
    i = rng.randint(lo, len(d) - 1)
    return d[:i] + d[i + 1 :]


def double_digit(rng: random.Random, d: str) -> str:
    i = rng.randint(6, 15)
    return d[:i] + d[i] + d[i:]


NIK_WRITINGS: dict[str, Writer] = {
    "B": lambda rng, d: d,
    "G": lambda rng, d: groups4(d),
    "D": lambda rng, d: nik_dots(d),
    "OCR": ocr,
    "OCRC": lambda rng, d: ocr(rng, d, caps=True),
    "NL": split_line,
    "FW": lambda rng, d: (d if rng.random() < 0.5 else groups4(d)).translate(FULL_WIDTH),
    "NB": lambda rng, d: groups4(d, NBSP),
    "ZW": lambda rng, d: groups4(d, ZWSP),
    "S": lambda rng, d: drop_digit(rng, d, 6),  # 15 digits: one dropped
    "L": double_digit,  # 17 digits: one doubled
    "any": lambda rng, d: rng.choice([d, d, d, groups4(d), groups4(d), nik_dots(d)]),
}


def bpjs_grouped(d: str) -> str:
    return f"{d[0:4]} {d[4:8]} {d[8:12]} {d[12]}"


BPJS_WRITINGS: dict[str, Writer] = {
    "B": lambda rng, d: d,
    "G": lambda rng, d: bpjs_grouped(d),
    "OCR": lambda rng, d: ocr(rng, d, lo=2, hi=3),
    "S": lambda rng, d: drop_digit(rng, d, 4),  # 12 digits: one dropped
    "any": lambda rng, d: rng.choice([d, d, bpjs_grouped(d)]),
}


def npwp_parts(rng: random.Random, body: bool) -> tuple[str, ...]:
    a = rng.choice(["01", "02", "03"]) if body else f"{rng.randint(4, 99):02d}"
    kpp = rng.choice(["920", "920", "920", "921", "922", "924"])
    branch = rng.choice(["000", "000", "001"]) if body else "000"
    return (a, digits(rng, 3), digits(rng, 3), digits(rng, 1), kpp, branch)


def npwp_std(p: tuple[str, ...]) -> str:
    a, b, c, d, k, m = p
    return f"{a}.{b}.{c}.{d}-{k}.{m}"


def npwp_stray(rng: random.Random, p: tuple[str, ...]) -> str:
    a, b, c, d, k, m = p
    return rng.choice(
        [
            f"{a}. {b}.{c}.{d}-{k}.{m}",
            f"{a}.{b}.{c}.{d} - {k}.{m}",
            f"{a}{b}{c}{d}{k}{m}",
            f"{a} {b} {c} {d} {k} {m}",
            f"{a}.{b}.{c}.{d}-{k}{m}",
            f"{a}{b}{c}.{d}-{k}.{m}",
            f"{a}.{b}.{c}.{d}.{k}.{m}",
        ]
    )


def npwp_letter(rng: random.Random, text: str) -> str:
    spots = [i for i, ch in enumerate(text) if ch in "18"] or [0]
    i = rng.choice(spots)
    repl = {"1": "l", "8": "B"}.get(text[i], text[i])
    return text[:i] + repl + text[i + 1 :]


def npwp_ocr(rng: random.Random, p: tuple[str, ...]) -> str:
    a, b, c, d, k, m = p
    writings: list[Callable[[], str]] = [
        lambda: f"{a},{b}.{c}.{d}-{k}.{m}",
        lambda: f"{a}.{b}.{c}.{d}-{k}.{m.replace('0', 'O')}",
        lambda: f"{a} .{b} .{c} .{d}-{k} .{m}",
        lambda: npwp_letter(rng, npwp_std(p)),
        lambda: f"{a}.{b}.{c},{d}-{k}.{m}",
    ]
    return writings[rng.randint(0, 4)]()


def mobile_digits(rng: random.Random) -> str:
    n = rng.choice([11, 12, 12, 12, 13])
    return rng.choice(MOBILE_PREFIXES) + str(rng.randint(1, 9)) + digits(rng, n - 5)


def mobile_groups(rng: random.Random, d: str) -> list[str]:
    cuts = rng.choice([(4, 7), (4, 8)]) if len(d) == 11 else (4, 8)
    return [d[: cuts[0]], d[cuts[0] : cuts[1]], d[cuts[1] :]]


def intl(rng: random.Random, d: str) -> str:
    rest = d[1:]
    g = [rest[:3], rest[3:7], rest[7:]]
    return rng.choice(
        [
            "+62 " + "-".join(g),
            "+62" + rest,
            "62" + rest,
            "62 " + " ".join(g),
            "+62 " + " ".join(g),
            "+62-" + "-".join(g),
        ]
    )


def split_phone(rng: random.Random, d: str) -> str:
    g = mobile_groups(rng, d)
    if rng.random() < 0.5:
        return f"{g[0]} {g[1]}\n{g[2]}"
    return f"{g[0]}{g[1]}\n{g[2]}"


PHONE_WRITINGS: dict[str, Writer] = {
    "B": lambda rng, d: d,
    "D": lambda rng, d: "-".join(mobile_groups(rng, d)),
    "S": lambda rng, d: " ".join(mobile_groups(rng, d)),
    "DOT": lambda rng, d: ".".join(mobile_groups(rng, d)),
    "I": intl,
    "OCR": ocr,
    "OCRC": lambda rng, d: ocr(rng, d, caps=True),
    "NL": split_phone,
    "FW": lambda rng, d: (d if rng.random() < 0.5 else "-".join(mobile_groups(rng, d))).translate(
        FULL_WIDTH
    ),
    "NB": lambda rng, d: NBSP.join(mobile_groups(rng, d)),
    "any": lambda rng, d: rng.choice(
        [d, d, "-".join(mobile_groups(rng, d)), " ".join(mobile_groups(rng, d)), intl(rng, d)]
    ),
}


def landline(rng: random.Random) -> str:
    t = "8" + digits(rng, 5)
    return rng.choice(
        [
            f"0380 {t}",
            f"(0380) {t}",
            f"(0380) {t[:3]} {t[3:]}",
            f"0380-{t}",
            f"0380 {t[:3]} {t[3:]}",
            f"0380{t}",
        ]
    )


# ---------------------------------------------------------------------------------------------
# Mailboxes
# ---------------------------------------------------------------------------------------------


def mailbox_local(rng: random.Random, given: str, family: str, dotted: bool = False) -> str:
    g, f = slug(given), slug(family)
    n2 = str(rng.randint(1, 99))
    yy = str(rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(0, 9))
    if dotted:
        return rng.choice([f"{g}.{f}", f"{g}.{f}.{n2}", f"{f}.{g}", f"{g}.{f[:4]}"])
    return rng.choice(
        [
            f"{g}.{f}{n2}",
            f"{g}_{f}",
            f"{f}.{g}{yy}",
            f"{g[0]}{f}",
            f"{g}-{f}",
            f"{g}{f}{yy}",
            f"{f}{g}",
            f"{g}.{f[:4]}",
            f"{g}{n2}",
            f"{g}.{f}",
            f"{f}_{g}{n2}",
        ]
    )


DODGE_COUNTER = [0]  # the dodging writings are taken in turn, so that every one is in the corpus


def dodge(rng: random.Random, given: str, family: str) -> str:
    k = DODGE_COUNTER[0] % 15
    DODGE_COUNTER[0] += 1
    local = mailbox_local(rng, given, family, dotted=(k == 11))
    host = rng.choice(FREE_HOSTS)
    parts = host.split(".")
    hn, _, tld = host.partition(".")
    writings = [
        f"{local} @ {host}",
        f"{local}@ {hn} .{tld}",
        f"{local}(at){host}",
        f"{local} [at] {' [dot] '.join(parts)}",
        f"{local} at {' dot '.join(parts)}",
        f"{local}(at){'(titik)'.join(parts)}",
        f"{local} (keong) {' (titik) '.join(parts)}",
        f"{local}(et){host}",
        f"{local}[@]{host}",
        f"{local} @{host}",
        f"{local}@{' titik '.join(parts)}",
        f"{local.replace('.', ' [dot] ')} [at] {' [dot] '.join(parts)}",
        f"{local}{FULL_WIDTH_AT}{host}",
        f"{local}(at){'(dot)'.join(parts)}",
        f"{local} [at] {host}",
    ]
    return writings[k]


def business_mailbox(rng: random.Random, business: str) -> str:
    words = business.split()
    local = slug(words[0]) + rng.choice([".", ""]) + slug("".join(words[1:]))
    return f"{local}@{rng.choice(['gmail.com', 'gmail.com', 'yahoo.co.id'])}"


# ---------------------------------------------------------------------------------------------
# Other values
# ---------------------------------------------------------------------------------------------


def letter_no(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"S-{rng.randint(100, 9999)}/WPJ.14/KP.04{rng.randint(0, 9)}{rng.randint(1, 9)}/2026"
    code = rng.choice(["470", "474.1", "400.12", "900", "503", "005", "800", "140", "471.13"])
    unit = rng.choice(_words("Kel.OBB DKPS Dukcapil BPPD PUPR Dinsos Kec.KL Pem DPMPTSP"))
    return f"{code}/{rng.randint(10, 999)}/{unit}/2026"


def ticket(rng: random.Random) -> str:
    return rng.choice(
        [
            (
                "#LPR-2026-"
                f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 9999):04d}"
            ),
            f"LAPOR-5371-2026-{rng.randint(1, 99999):05d}",
            f"26{rng.randint(1, 12):02d}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
        ]
    )


def nip(rng: random.Random) -> str:
    y = rng.randint(1965, 1995)
    born = f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = f"{y + rng.randint(22, 30)}{rng.randint(1, 12):02d}"
    g, s = rng.randint(1, 2), f"{rng.randint(1, 9):03d}"
    return rng.choice([f"{born} {tmt} {g} {s}", f"{born}{tmt}{g}{s}"])


def account(rng: random.Random, bank: str) -> str:
    if bank == "BRI":
        return f"{digits(rng, 4)}-01-{digits(rng, 6)}-{digits(rng, 2)}-{digits(rng, 1)}"
    if bank == "BNI":
        return "0" + digits(rng, 9)
    if bank == "NTT":
        branch = f"{rng.randint(1, 9):03d}"
        return f"{branch}.{digits(rng, 2)}.{digits(rng, 2)}.{digits(rng, 6)}-{digits(rng, 1)}"
    if bank == "MDR":
        grouped = f"{digits(rng, 3)}-00-{digits(rng, 7)}-{digits(rng, 1)}"
        return rng.choice([grouped, "1" + digits(rng, 12)])
    return str(rng.randint(1, 9)) + digits(rng, 9)


def plate(rng: random.Random) -> str:
    region = rng.choice(["DH", "DH", "DH", "EB", "ED", "EA"])
    suffix = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.randint(1, 2)))
    spaced = f"{region} {rng.randint(1, 9999)} {suffix}"
    return rng.choice([spaced, f"{region}{rng.randint(1, 9999)}{suffix}"])


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def money(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Rp {thousands(rng.randint(1, 40) * 50_000)}",
            f"Rp{thousands(rng.randint(1, 99) * 5_000)}",
            f"Rp {thousands(rng.randint(11, 99) * 100_000)}",
            f"{rng.randint(2, 30) * 10} ribu",
        ]
    )


def date(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]} {y}"])


def birth_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(1950, 2012)}"


def clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 20):02d}.{rng.choice(['00', '15', '30', '45', '10', '40'])}"


FILL_STATE = {"rt_style": 0}  # one writing of RT and RW numbers per text


def rt_format(n: int) -> str:
    return [f"{n:02d}", str(n), f"{n:03d}"][FILL_STATE["rt_style"]]


def nop(rng: random.Random) -> str:
    kec, kel = rng.randint(10, 60), rng.randint(10, 30)
    return f"53.71.0{kec}.0{kel}.{digits(rng, 3)}-{digits(rng, 4)}.{rng.randint(0, 9)}"


def birth_certificate(rng: random.Random) -> str:
    day = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(2010, 2026)}"
    return f"5371-LT-{day}-{rng.randint(1, 999):04d}"


def pick(values: list[str]) -> Callable[[random.Random], str]:
    return lambda rng: rng.choice(values)


def between(lo: int, hi: int) -> Callable[[random.Random], str]:
    return lambda rng: str(rng.randint(lo, hi))


def prefixed(prefixes: list[str], n: int) -> Callable[[random.Random], str]:
    if len(prefixes) == 1:
        return lambda rng: prefixes[0] + digits(rng, n)
    return lambda rng: rng.choice(prefixes) + digits(rng, n)


def phone(how: str) -> Callable[[random.Random], str]:
    return lambda rng: PHONE_WRITINGS[how](rng, mobile_digits(rng))


def bpjs(how: str) -> Callable[[random.Random], str]:
    return lambda rng: BPJS_WRITINGS[how](rng, "000" + digits(rng, 10))


def virtual_account(rng: random.Random) -> str:
    return rng.choice([groups4("8808" + digits(rng, 12)), "8808" + digits(rng, 12)])


def transaction(rng: random.Random) -> str:
    return f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 8)}"


def pdam_connection(rng: random.Random) -> str:
    return f"{rng.randint(1, 9):02d}-{rng.randint(1, 12):02d}-{digits(rng, 6)}"


def invoice(rng: random.Random) -> str:
    return rng.choice([f"010.000-26.{digits(rng, 8)}", "04002600" + digits(rng, 9)])


def body_npwp16(rng: random.Random) -> str:
    return "0" + "".join(npwp_parts(rng, body=True))


def post_mail(rng: random.Random) -> str:
    return rng.choice(
        [
            f"lurah.{slug(rng.choice(KELS))}@gmail.com",
            f"camat.{slug(rng.choice(KECS))}@kupangkota.go.id",
            "kadis.pupr@kupangkota.go.id",
            "kadis.dukcapil@kupangkota.go.id",
            f"kapus.{slug(rng.choice(PKMS).split()[-1])}@gmail.com",
            f"kepsek.smpn{rng.randint(1, 20)}kupang@gmail.com",
        ]
    )


def house_no(rng: random.Random) -> str:
    n = rng.randint(1, 150)
    return rng.choice([str(n), str(n), str(n), f"{n}{rng.choice('ABC')}"])


# type -> (group, generator). Values of one group differ within a text. The identity numbers
# (NIK..., KK..., NPWPN) are drawn by ``draw_identity`` so that their digits can be referred to.
GEN: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    # names
    "M": ("given", pick(MALE)),
    "F": ("given", pick(FEMALE)),
    "G": ("given", pick(MALE + FEMALE)),
    "CM": ("given", pick(CMALE)),
    "CF": ("given", pick(CFEMALE)),
    "WF": ("given", pick(WFEMALE)),
    "WM": ("given", pick(WMALE)),
    "SMBM": ("given", pick(SMBMALE)),
    "SMBF": ("given", pick(SMBFEMALE)),
    "NICK": ("given", pick(NICKS)),
    "FAM": ("family", pick(FAMILY)),
    "CFAM": ("family", pick(CFAMILY)),
    "SMBFAM": ("family", pick(SMBFAMILY)),
    # identity numbers
    "BPJS": ("bpjs", bpjs("any")),
    "BPJSB": ("bpjs", bpjs("B")),
    "BPJSG": ("bpjs", bpjs("G")),
    "BPJSOCR": ("bpjs", bpjs("OCR")),
    "BPJSS": ("bpjs", bpjs("S")),
    "NPWP": ("npwp", lambda rng: npwp_std(npwp_parts(rng, body=False))),
    "NPWPS": ("npwp", lambda rng: npwp_stray(rng, npwp_parts(rng, body=False))),
    "NPWPOCR": ("npwp", lambda rng: npwp_ocr(rng, npwp_parts(rng, body=False))),
    "NPWPB": ("npwp", lambda rng: npwp_std(npwp_parts(rng, body=True))),
    "NPWPBN": ("npwp", body_npwp16),
    # look-alikes
    "NIP": ("nip", nip),
    "NUPTK": ("id16", lambda rng: str(rng.randint(1, 4)) + digits(rng, 15)),
    "NISN": ("nisn", prefixed(["00", "01", "3"], 8)),
    "NPSN": ("npsn", prefixed(["5030"], 4)),
    "NIB": ("nib", prefixed(["9120", "8120", "1262", "0220"], 9)),
    "KPJ": ("kpj", prefixed(["18", "19", "22", "23"], 9)),
    "REKBRI": ("acct", lambda rng: account(rng, "BRI")),
    "REKBNI": ("acct", lambda rng: account(rng, "BNI")),
    "REKNTT": ("acct", lambda rng: account(rng, "NTT")),
    "REKMDR": ("acct", lambda rng: account(rng, "MDR")),
    "REKBCA": ("acct", lambda rng: account(rng, "BCA")),
    "VA": ("va", virtual_account),
    "BRIVA": ("va", lambda rng: f"{digits(rng, 5)} {mobile_digits(rng)}"),
    "TRX": ("trx", transaction),
    "IDPEL": ("idpel", prefixed(["5312"], 8)),
    "PLNMETER": ("meter", prefixed(["14", "32", "45"], 9)),
    "TOKEN": ("token", lambda rng: groups4(digits(rng, 20))),
    "METER": ("meter", pdam_connection),
    "BILL": ("bill", prefixed(["8202"], 11)),
    "LETTERNO": ("letter", letter_no),
    "TIX": ("tix", ticket),
    "FAKTUR": ("faktur", invoice),
    "NOP": ("nop", nop),
    "AKTA": ("akta", birth_certificate),
    "PLATE": ("plate", plate),
    # phones
    **{f"HP{how}": ("phone", phone(how or "any")) for how in ("", *PHONE_WRITINGS) if how != "any"},
    "TEL": ("phone", landline),
    "OFCTEL": ("phone", landline),
    "OFCHP": ("phone", phone("any")),
    "BIZHP": ("phone", phone("any")),
    "SCAMHP": ("phone", phone("any")),
    # mailboxes that are nobody's
    "OFCMAIL": ("mail", pick(OFFICE_MAILS)),
    "BIZMAIL": ("mail", pick(BUSINESS_MAILS)),
    "SCAMMAIL": ("mail", pick(SCAM_MAILS)),
    "POSTMAIL": ("mail", post_mail),
    # places and bodies
    "KEL": ("kel", pick(KELS)),
    "KEC": ("kec", pick(KECS)),
    "STR": ("str", pick(STREETS)),
    "GG": ("gg", pick(LANES)),
    "CPLX": ("cplx", pick(COMPLEXES)),
    "BLK": ("blk", lambda rng: rng.choice("ABCDEFGHJK") + rng.choice(["", "", "2", "3"])),
    "NO": ("no", house_no),
    "RT": ("rt", lambda rng: rt_format(rng.randint(1, 40))),
    "RW": ("rw", lambda rng: rt_format(rng.randint(1, 12))),
    "RTZ": ("rt", lambda rng: f"{rng.randint(1, 40):03d}"),
    "RWZ": ("rw", lambda rng: f"{rng.randint(1, 12):03d}"),
    "PSTR": ("pstr", pick(PROBLEM_STREETS)),
    "PKM": ("pkm", pick(PKMS)),
    "PASAR": ("pasar", pick(MARKETS)),
    "SCHOOL": ("school", pick(SCHOOLS)),
    "HOSP": ("hosp", pick(HOSPITALS)),
    "CHURCH": ("church", pick(CHURCHES)),
    "TOKO": ("biz", pick(SHOPS)),
    "CV": ("biz", pick(CVS)),
    "UD": ("biz", pick(UDS)),
    "KOP": ("biz", pick(COOPS)),
    "APOTEK": ("biz", pick(PHARMACIES)),
    "WARUNG": ("biz", pick(EATERIES)),
    "POSY": ("posy", pick(POSYANDU)),
    "DINAS": ("dinas", pick(DINAS)),
    # amounts, dates, counts
    "RP": ("rp", money),
    "TGL": ("tgl", date),
    "TGLL": ("tgl", birth_date),
    "JAM": ("jam", clock),
    "BLN": ("bln", pick(MONTHS)),
    "N": ("n", between(2, 15)),
    "AGE": ("age", between(2, 16)),
    "SAGE": ("age", between(6, 15)),
}
IDENTITY_TYPES = {f"NIK{how}" for how in NIK_WRITINGS if how != "any"} | {"NIK", "NPWPN"}
IDENTITY_TYPES |= {f"KK{how}" for how in ("", "B", "G", "OCR", "NL", "FW", "ZW")}
MAIL_TYPES = {
    "MAIL": FREE_HOSTS,
    "MAILD": FREE_HOSTS,
    "MAILGOV": GOV_HOSTS,
    "MAILEDU": EDU_HOSTS,
    "MAILUNI": UNI_HOSTS,
    "MAILOFF": GOV_HOSTS + EDU_HOSTS + UNI_HOSTS,
}
GIVEN_TYPES = {t for t, (g, _) in GEN.items() if g == "given"}
FAMILY_TYPES = {t for t, (g, _) in GEN.items() if g == "family"}


# ---------------------------------------------------------------------------------------------
# Modifiers
# ---------------------------------------------------------------------------------------------


def letter_ocr(rng: random.Random, value: str) -> str:
    table = {"S": "5", "O": "0", "I": "1", "B": "8", "G": "6", "Z": "2", "A": "4"}
    spots = [i for i, c in enumerate(value) if c in table]
    if not spots:  # a name without those letters: D read as 0, L as 1, T as 7, E as 3
        table = {"D": "0", "L": "1", "T": "7", "E": "3"}
        spots = [i for i, c in enumerate(value) if c in table]
    i = rng.choice(spots)
    return value[:i] + table[value[i]] + value[i + 1 :]


def stray_space(rng: random.Random, value: str) -> str:
    words = value.split(" ")
    k = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[k]
    cut = rng.randint(1, len(w) - 1)
    words[k] = w[:cut] + " " + w[cut:]
    return " ".join(words)


MODIFIERS: dict[str, Callable[[random.Random, str], str]] = {
    "u": lambda rng, v: v.upper(),  # capitals
    "l": lambda rng, v: v.lower(),  # lower case
    "j": lambda rng, v: v.replace(" ", ""),  # words joined
    "o": letter_ocr,  # a digit read for a letter
    "s": stray_space,  # a stray space inside the longest word
    "m": lambda rng, v: slug(v),  # a mailbox's form
}


def apply_mods(rng: random.Random, value: str, mods: str) -> str:
    for m in mods:
        value = MODIFIERS[m](rng, value)
    return value


# ---------------------------------------------------------------------------------------------
# Chat clock: every {DT} of a text runs forward, in one writing per text
# ---------------------------------------------------------------------------------------------


class Clock:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.day, self.month, self.year = rng.randint(1, 28), rng.randint(1, 12), 2026
        self.minutes = rng.randint(6 * 60, 21 * 60)
        self.style = rng.randint(0, 4)

    def tick(self) -> str:
        self.minutes += self.rng.randint(1, 9)
        h, m = divmod(self.minutes, 60)
        d, mo, y = self.day, self.month, self.year
        return [
            f"{d:02d}/{mo:02d}/{y} {h:02d}.{m:02d}",
            f"{h:02d}.{m:02d}",
            f"{d:02d}-{mo:02d}-{y} {h:02d}.{m:02d}",
            f"{d} {MONTHS[mo - 1]} {y} {h:02d}.{m:02d}",
            f"{d:02d}/{mo:02d}/{y % 100:02d} {h:02d}:{m:02d}",
        ][self.style]


# ---------------------------------------------------------------------------------------------
# Templates: parsing and filling
# ---------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d*)(?:@([A-Z0-9,]+))?(?:\|([a-z]+))?\}")
MARKER = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)
ALTERNATION = re.compile(r"\(\((.*?)\)\)", re.S)


def parse(source: str) -> list[dict]:
    templates: list[dict] = []
    theme = style = None
    para: list[str] = []

    def flush() -> None:
        if para:
            text = re.sub(r"[ ]*\\n[ ]*", "\n", " ".join(para))
            templates.append({"theme": theme, "style": style, "source": text})
            para.clear()

    for raw in source.splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if not line:
            flush()
        elif line.startswith("= "):
            flush()
            theme = line[2:].strip()
        elif line.startswith("@"):
            flush()
            style = line[1:].strip()
        else:
            para.append(line)
    flush()
    for t in templates:
        if t["theme"] not in THEMES or t["style"] not in STYLES:
            raise SystemExit(f"bad theme or style: {t}")
    return templates


def split_top(text: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def choose_alternations(rng: random.Random, text: str) -> str:
    def choose(m: re.Match) -> str:
        options = split_top(m.group(1))
        if len(options) < 2:
            raise SystemExit(f"alternation without a choice: {m.group(0)!r}")
        return rng.choice(options)

    return ALTERNATION.sub(choose, text)


class Fill:
    """The values of one fill of a template: one value per key, values of a group distinct."""

    def __init__(self, rng: random.Random, source: str) -> None:
        self.rng = rng
        self.source = source
        self.values: dict[str, str] = {}
        self.raw: dict[str, str] = {}  # the digits of the identity numbers
        self.used: dict[str, set[str]] = defaultdict(set)

    def draw_identity(self, typ: str, ref: str | None) -> tuple[str, str | None]:
        rng = self.rng
        if typ == "NPWPN":
            if ref:
                return self.raw[ref], None
            d = nik_digits(rng)
            return rng.choice([d, d, d, groups4(d)]), None
        if typ.startswith("NIK"):
            d = nik_digits(rng)
            return NIK_WRITINGS[typ[3:] or "any"](rng, d), d
        d = kk_digits(rng)
        return NIK_WRITINGS[typ[2:] or "any"](rng, d), d

    def draw(self, key: str, typ: str, ref: str | None) -> None:
        if typ not in GEN and typ not in IDENTITY_TYPES:
            raise SystemExit(f"unknown placeholder type {typ!r} in {self.source!r}")
        if ref and ref not in self.raw:
            raise SystemExit(f"{key}@{ref}: the reference is not an earlier NIK or KK")
        group = "id16" if typ in IDENTITY_TYPES else GEN[typ][0]
        for _ in range(200):
            if typ in IDENTITY_TYPES:
                value, d = self.draw_identity(typ, ref)
            else:
                value, d = GEN[typ][1](self.rng), None
            fresh = value not in self.used[group] and (d is None or d not in self.used["digits"])
            if ref or fresh:
                break
        else:
            raise SystemExit(f"cannot draw a fresh {typ}")
        self.used[group].add(value)
        if d is not None:
            self.used["digits"].add(d)
            self.raw[key] = d
        self.values[key] = value

    def mailbox(self, order: list[tuple[str, str, str | None]], typ: str, ref: str | None) -> str:
        rng = self.rng
        if ref:
            gkey, fkey = ref.split(",")
            given, family = self.values[gkey], self.values[fkey]
        else:
            gkeys = [k for k, t, _ in order if t in GIVEN_TYPES]
            fkeys = [k for k, t, _ in order if t in FAMILY_TYPES]
            given = self.values[gkeys[0]] if gkeys else rng.choice(MALE + FEMALE)
            family = self.values[fkeys[0]] if fkeys else rng.choice(FAMILY)
        for _ in range(50):
            if typ == "MAILD":
                value = dodge(rng, given, family)
            else:
                value = f"{mailbox_local(rng, given, family)}@{rng.choice(MAIL_TYPES[typ])}"
            if value not in self.used["mailbox"]:
                break
        self.used["mailbox"].add(value)
        return value

    def run(self) -> str:
        rng = self.rng
        text = choose_alternations(rng, self.source)
        order: list[tuple[str, str, str | None]] = []
        for m in PLACEHOLDER.finditer(text):
            key = m.group(1) + m.group(2)
            if m.group(1) != "DT" and key not in [k for k, _, _ in order]:
                order.append((key, m.group(1), m.group(3)))
        FILL_STATE["rt_style"] = rng.randint(0, 2)
        # names first, then other values, then the mailboxes built from the names
        names = GIVEN_TYPES | FAMILY_TYPES
        for key, typ, ref in sorted(order, key=lambda o: o[1] not in names):
            if typ not in MAIL_TYPES:
                self.draw(key, typ, ref)
        # RT numbers of one text ascend with their index ("RT {RT} sampai RT {RT2}")
        rt_keys = sorted((k for k, t, _ in order if t == "RT"), key=lambda k: int(k[2:] or 1))
        ascending = sorted((self.values[k] for k in rt_keys), key=int)
        self.values.update(zip(rt_keys, ascending, strict=True))
        # a business's mailbox is made of the business's name in the text
        biz = [self.values[k] for k, t, _ in order if t in GEN and GEN[t][0] == "biz"]
        for key, typ, _ in order:
            if typ == "BIZMAIL" and biz:
                self.values[key] = business_mailbox(rng, biz[0])
        for key, typ, ref in order:
            if typ in MAIL_TYPES:
                self.values[key] = self.mailbox(order, typ, ref)
        clock = Clock(rng)

        def substitute(m: re.Match) -> str:
            if m.group(1) == "DT":
                return clock.tick()
            return apply_mods(rng, self.values[m.group(1) + m.group(2)], m.group(4) or "")

        return PLACEHOLDER.sub(substitute, text)


def extract(marked: str) -> tuple[str, list[dict]]:
    out, spans, pos, length = [], [], 0, 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

ADDRESS_START = re.compile(r"(?i)^(jl\.|jalan|gg\.|gang|lr\.|rt|btn|perum|kompleks)")
AT_WORDS = re.compile(r"(?i)@|\uff20|\(at\)|\[at\]| at |\(keong\)|\(et\)|\[@\]")


def count_digitlike(value: str) -> int:
    return sum(1 for c in value if unicodedata.category(c) == "Nd" or c in OCR_DIGITLIKE)


def name_problem(value: str) -> str | None:
    first = re.split(r"[\s.]", value, maxsplit=1)[0].lower()
    if first in TITLES:
        return "a title or kin word opens the name"
    if any(c.isdigit() for c in value) and not re.search(r"[A-Z][0-9]|[0-9][A-Z]", value):
        return "digits in a name"
    return None


def length_problem(lo: int, hi: int) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        n = count_digitlike(value)
        return None if lo <= n <= hi else f"{n} digits, not {lo}-{hi}"

    return check


KIND_CHECKS: dict[str, Callable[[str], str | None]] = {
    "name": name_problem,
    "nik": length_problem(15, 17),
    "kk": length_problem(16, 16),
    "bpjs": length_problem(12, 13),
    "npwp": length_problem(15, 16),
    "phone": length_problem(9, 14),
    "bank_account": length_problem(10, 16),
    "email": lambda v: None if AT_WORDS.search(v) else "no at",
    "address": lambda v: None if ADDRESS_START.match(v) else "no street, lane, complex or RT",
    "plate": lambda v: None,
}


def span_problem(text: str, span: dict) -> str | None:
    kind, value = span["kind"], text[span["start"] : span["end"]]
    if kind not in KINDS:
        return "kind not in the guide"
    if not value or value != span["value"]:
        return "empty or shifted"
    if not value[-1].isalnum():
        return "ends on a non-letter"
    if not (value[0].isalnum() or (kind == "phone" and value[0] in "+(")):
        return "starts on a non-letter"
    return KIND_CHECKS[kind](value)


def check_text(text: str, spans: list[dict], where: str) -> None:
    for leftover in ("{", "}", "[[", "]]", "((", "))"):
        if leftover in text:
            raise SystemExit(f"{where}: {leftover!r} left in the text\n{text}")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            raise SystemExit(f"{where}: overlapping spans\n{text}")
    for s in ordered:
        problem = span_problem(text, s)
        if problem:
            raise SystemExit(f"{where}: {s['kind']} span {s['value']!r}: {problem}\n{text}")


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------


def build() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    seen: set[str] = set()
    for number, template in enumerate(parse(TEMPLATES), start=1):
        for _ in range(FILLS):
            for _attempt in range(100):
                text, spans = extract(Fill(rng, template["source"]).run())
                if text not in seen:
                    break
            else:
                raise SystemExit(f"template {number} repeats itself")
            check_text(text, spans, f"template {number} ({template['theme']}/{template['style']})")
            seen.add(text)
            records.append(
                {
                    "id": f"{PREFIX}-{len(records) + 1:04d}",
                    "text": text,
                    "spans": [
                        {"kind": s["kind"], "start": s["start"], "end": s["end"]}
                        for s in sorted(spans, key=lambda s: s["start"])
                    ],
                    "style": template["style"],
                    "theme": template["theme"],
                }
            )
    return records


def tables(records: list[dict]) -> str:
    kinds = [k for k in KINDS if any(s["kind"] == k for r in records for s in r["spans"])]
    lines = []
    for key, names in (("theme", THEMES), ("style", sorted(STYLES))):
        lines.append(f"| {key} | texts | without spans | " + " | ".join(kinds) + " |")
        lines.append("|---|---:|---:|" + "---:|" * len(kinds))
        for name in [*names, "**total**"]:
            rows = [r for r in records if name == "**total**" or r[key] == name]
            c = Counter(s["kind"] for r in rows for s in r["spans"])
            empty = sum(1 for r in rows if not r["spans"])
            counts = " | ".join(str(c[k]) for k in kinds)
            lines.append(f"| {name} | {len(rows)} | {empty} | {counts} |")
        lines.append("")
    c = Counter(s["kind"] for r in records for s in r["spans"])
    lines.append(", ".join(f"{k} {n}" for k, n in c.most_common()) + f" ({sum(c.values())} in all)")
    return "\n".join(lines)


def main() -> None:
    records = build()
    per_theme = Counter(r["theme"] for r in records)
    for theme in THEMES:
        if per_theme[theme] < MIN_THEME_TEXTS:
            raise SystemExit(f"theme {theme}: {per_theme[theme]} texts")
        styles = {r["style"] for r in records if r["theme"] == theme}
        if styles != set(STYLES):
            raise SystemExit(f"theme {theme} lacks styles {set(STYLES) - styles}")
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for r in records:
            stream.write(json.dumps(r, ensure_ascii=False) + "\n")
    spans = sum(len(r["spans"]) for r in records)
    empty = sum(1 for r in records if not r["spans"])
    sys.stdout.write(f"{len(records)} texts, {spans} spans, {empty} without spans -> {OUT.name}\n")
    if "--tables" in sys.argv:
        sys.stdout.write(tables(records) + "\n")


# ---------------------------------------------------------------------------------------------
# The templates. A theme opens with "= theme", a style with "@style"; a template is a
# paragraph, its lines joined with a space; "\n" is a line break; ((a|b)) picks one.
# Labels: [[kind:value]]. Placeholders: see GEN and MAIL_TYPES (M, F, G a man's, a woman's or
# any given name; FAM a family name; CF, CM, CFAM Chinese-Indonesian; WF, WM names that are
# words; SMBM, SMBF, SMBFAM Sumba; NICK a nickname; NIK/KK + B block, G groups, D dots,
# OCR letters, NL split over a line, FW full-width, NB no-break spaces, ZW zero-width spaces,
# S 15 digits, L 17 digits; BPJS + B, G, OCR, S (12 digits); NPWP old, NPWPS stray separators,
# NPWPOCR scanned, NPWPN 16 digits, NPWPB/NPWPBN a body's; HP + B, D, S, DOT, I, OCR, OCRC, NL,
# FW; TEL a home line; OFC..., BIZ..., SCAM..., POST... nobody's; MAIL, MAILD dodged, MAILGOV,
# MAILEDU, MAILUNI, MAILOFF on an office's host). Modifiers after "|": see MODIFIERS.
# ---------------------------------------------------------------------------------------------

TEMPLATES = r"""
= identity_numbers

@sms_caps

((KOTKUPANG |))SY [[name:{M|u} {FAM|u}]] MAU URUS KTP EL YG HILANG WKT BANJIR. NIK [[nik:{NIKB}]].
MHN INFO SYARATNYA DI KANTOR CAMAT {KEC|u}

NO KK KAMI [[kk:{KKB}]] TP NIK ANAK SY [[nik:{NIKB}]] BLM MASUK DI KK. SDH 2 BLN BOLAK BALIK.
[[name:{F|u} {FAM|u}]], {KEL|u}

KIS SY NO [[bpjs:{BPJSB}]] DIBLOKIR PDHL SY PBI. TLG CEK. DARI [[name:{M|u}]] DI {KEL|u}

INFO DUKCAPIL KOTA KUPANG: PEREKAMAN KTP EL HARI SABTU DI KANTOR CAMAT {KEC|u} JAM {JAM}. BAWA
FOTOKOPI KK. JGN KIRIM NIK LEWAT SMS KE NOMOR TDK DIKENAL. REF SURAT {LETTERNO|u}

NIK SY [[nik:{NIKS}]] KATA PETUGAS KURANG 1 ANGKA. TLG BANTU CEK KE DUKCAPIL. SAYA [[name:{F|u}]]

NOMOR TRANSAKSI {TRX} DI STRUK ITU BUKAN NIK SY. KENAPA DI STRUK BAYAR PBB NOP {NOP} TERTULIS
LAIN. MHN BAPENDA CEK

GAJI GURU HONOR DI {SCHOOL|u} BLM MASUK. NIP KEPSEK {NIP} SDH TTD, TP REK SEKOLAH DI BANK NTT
{REKNTT} BLM ADA DANA. TLG DINAS PENDIDIKAN CEK

NPWP SY YG LAMA [[npwp:{NPWPS}]]. KATA PETUGAS PAJAK SKRG PAKAI [[npwp:{NPWPN}]] (SAMA DGN NIK).
BENAR? [[name:{M|u} {FAM|u}]]

KTP SY [[nik:{NIKL}]] ADA 17 ANGKA, SALAH CETAK. MAU CETAK ULANG DIMANA? [[name:{M|u}]] {KEL|u}

@whatsapp

[{DT}] [[name:{F|l}]]: kk sy msh yg lama, nomornya [[kk:{KKG}]]\n
[{DT}] [[name:{F|l}]]: nik sy [[nik:{NIKG}]], tlg dicek knp tdk muncul di aplikasi\n
[{DT}] Admin Dukcapil: Baik Ibu, kami cek dulu

[{DT}] Admin Kelurahan {KEL}: Untuk pendataan BLT silakan kirim NIK dan No. KK lewat japri.\n
[{DT}] [[name:{M} {FAM}]]: NIK [[nik:{NIKOCR}]] KK [[kk:{KKOCR}]] atas nama sy sendiri pak

[{DT}] [[name:{F}]]: Ibu bidan, kartu BPJS anak sy [[name:{NICK}]] no [[bpjs:{BPJSG}]] bisa dipakai
di {PKM}?\n
[{DT}] Bidan [[name:{F2}]]: Bisa Mama, bawa juga KK asli ya

[{DT}] Grup RT: Info dari kelurahan, yg mau daftar PKH bawa KK asli dan KTP. Jgn kirim NIK ke
nomor yg tdk dikenal.\n
[{DT}] Grup RT: Nomor pengaduan Dukcapil {OFCHP}, jam kerja saja.

[{DT}] Bendahara Sekolah: Bapak ibu guru, NPWP bendahara {NPWPB} hanya utk potong PPh, jangan
ditulis di formulir pribadi.\n
[{DT}] Bendahara Sekolah: NIP dan NUPTK (contoh {NUPTK}) cukup dikirim japri.

[{DT}] Bendahara Sekolah: Yg belum kirim NPWP tolong kirim hari ini, batas jam 12.\n
[{DT}] [[name:{F} {FAM}]]: Ini punya sy [[npwp:{NPWPN}]] bu\n
[{DT}] [[name:{M}]]: punya sy masih yg lama [[npwp:{NPWP}]]

[{DT}] [[name:{M|l}]]: ini NIK dr pdf, angkanya keluar aneh: [[nik:{NIKFW}]]\n
[{DT}] [[name:{M2|l}]]: itu tetap NIK ko, hapus dr grup sdh

[{DT}] Info Koperasi: NPWP koperasi {NPWPB} dan NIB {NIB} sdh terdaftar di OSS. Anggota tdk perlu
kirim apa-apa.\n
[{DT}] Info Koperasi: Setoran ke rek koperasi BRI {REKBRI}.

[{DT}] [[name:{F}]]: kak, iuran BPJS mandiri sy [[bpjs:{BPJSB}]] kepotong dua kali bulan {BLN}\n
[{DT}] [[name:{F}]]: refund ke rek BRI [[bank_account:{REKBRI}]] a.n. [[name:{F} {FAM}]] ya kak

[{DT}] [[name:{M}]]: NIK sy [[nik:{NIKNB}]] deng KK [[kk:{KKZW}]], sy copy dr aplikasi, tlg cek ya

@web_form

Nama Lengkap: [[name:{M} {FAM}]]\nNIK: [[nik:{NIKB}]]\nNo. KK: [[kk:{KKB}]]\nJenis Layanan:
Perubahan Data KK\nUraian: Nama ibu kandung di KK salah ketik.

Nama: [[name:{F} {FAM}]]\nNIK: [[nik:{NIKB}]]\nNPWP: sama dengan NIK\nNo. BPJS Kesehatan:
[[bpjs:{BPJSB}]]\nIsi Laporan: Iuran BPJS terpotong dua kali di slip gaji bulan {BLN}.

Nama Pelapor: [[name:{M} {FAM}]]\nNPWP (sama dengan NIK): [[npwp:{NPWPN}]]\nKategori: Pajak
Daerah\nIsi: SPPT PBB dengan NOP {NOP} atas nama saya, tetapi tagihan naik dua kali lipat.

Kategori: Administrasi Kependudukan\nIsi Laporan: Antrean online Dukcapil error, nomor registrasi
{TIX} tidak bisa dibuka dan kode billing {BILL} kedaluwarsa.\nIdentitas pelapor: dirahasiakan

Nama Usaha: {UD}\nNIB: {NIB}\nNPWP Badan: {NPWPB}\nIsi Laporan: Izin usaha tidak bisa diperpanjang
di OSS sejak {TGL}.

Nama: [[name:{F} {FAM}]]\nNo. KTP: [[nik:{NIKL}]]\nKeterangan: bantuan sosial tidak cair, petugas
bilang NIK tidak ditemukan. Saya ketik dari KTP apa adanya.

Jenis: Perizinan\nNomor Surat: {LETTERNO}\nNIP Pemeriksa: {NIP}\nIsi: Surat rekomendasi belum
keluar sudah {N} minggu.

Nama Kepala Keluarga: [[name:{M} {FAM}]]\nNomor KK: [[kk:{KKG}]]\nNIK Istri: [[nik:{NIKG}]]\nNIK
Anak: [[nik:{NIKG2}]]\nUraian: Anak belum masuk KK padahal akta lahir {AKTA} sudah terbit.

NIK: [[nik:{NIKB}]]\nNPWP: [[npwp:{NPWPN@NIKB}]]\nNama Wajib Pajak: [[name:{M} {FAM}]]\nIsi: NPWP
saya sudah sama dengan NIK, tetapi validasi di DJP Online gagal terus.

@kupang_malay

Beta pung KTP ilang di bemo. Nomor NIK [[nik:{NIKB}]], nama [[name:{M} {FAM}]]. Sonde tau mau urus
di mana, tolong kasi tau.

Kaka dong, beta pung kartu BPJS nomor [[bpjs:{BPJSB}]] su sonde aktif. Kamarin pi {PKM} dong suru
bayar. Beta [[name:{F}]] dari {KEL}.

Mama [[name:{F}]] dia pung NIK di KK tatulis [[nik:{NIKS}]], kurang satu angka, jadi dong sonde
bisa daftar BPJS.

Kaka, nomor di struk tu ID pelanggan PLN {IDPEL} deng token {TOKEN}, bukan NIK. Aman kirim di
grup sa.

Koperasi pung NPWP {NPWPB} deng NIB {NIB} su ada, jadi anggota sonde perlu urus sandiri. Info
dari pengurus.

Bapa [[name:{M} {FAM}]] su meninggal taun lalu, ma dia pung NPWP [[npwp:{NPWP}]] masi dapa tagihan.
Beta anak, [[name:{F}]], mau tutup itu NPWP.

Om [[name:{M}]] pung KK nomor [[kk:{KKB}]] masi pake nama Oma [[name:{F} {FAM}]] yang su meninggal.
Dong mau ganti kepala keluarga ma sonde tau caranya.

Sapa yang minta NIK deng foto KK lewat WA pake nomor {SCAMHP}, jang kasi e! Dukcapil sonde pernah
minta lewat WA.

Beta pung NPWP sama deng NIK, [[npwp:{NPWPN}]], ma di aplikasi masi kaluar nama orang laen. Tolong
cek. [[name:{M} {FAM}]]

@letter

Kepada Yth.\nKepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang\nDengan hormat,\nSaya yang
bertanda tangan di bawah ini:\nNama : [[name:{M} {FAM}]]\nNIK : [[nik:{NIKD}]]\nNo. KK :
[[kk:{KKB}]]\nmemohon perbaikan tanggal lahir pada Kartu Keluarga. Surat pengantar kelurahan
nomor {LETTERNO} terlampir.\nHormat saya,\n[[name:{M} {FAM}]]

Dengan hormat,\nSaya [[name:{F} {FAM}]], NPWP [[npwp:{NPWPS}]], menyampaikan keberatan atas SPPT
PBB tahun 2026 dengan NOP {NOP}. Tanah tersebut telah saya jual kepada {CV}, NPWP perusahaan
{NPWPB}, pada {TGL}.\nHormat saya,\n[[name:{F} {FAM}]]

Nomor : {LETTERNO}\nPerihal : Pemutakhiran Data Usaha\nDiberitahukan kepada pelaku usaha yang
terdaftar dengan NIB dan NPWP badan agar memperbarui data di OSS paling lambat {TGL}. Retribusi
disetor ke rekening Kas Daerah Bank NTT {REKNTT}.\nKepala Dinas Penanaman Modal dan PTSP

Dengan hormat,\nSaya [[name:{F} {FAM}]] melaporkan bahwa almarhum ayah saya, [[name:{M} {FAM}]],
NIK [[nik:{NIKNL}]], masih tercatat sebagai kepala keluarga penerima bansos sehingga bantuan ibu
saya tidak dapat dicairkan.\nHormat saya,\n[[name:{F} {FAM}]]

Dengan hormat,\nSaya mohon pemindahan faskes BPJS Kesehatan mandiri ibu saya, [[name:{F} {FAM}]],
nomor kartu [[bpjs:{BPJSG}]], dari {PKM} ke {PKM2} karena beliau sekarang tinggal bersama
saya.\nSalam,\n[[name:{F2} {FAM}]]

{CV}\nNPWP/PKP : {NPWPB}\nNomor : {LETTERNO}\nPerihal : Penawaran Harga\nDengan hormat, bersama ini
kami sampaikan penawaran pengadaan meja dan kursi sekolah. Pembayaran ke rekening perusahaan BRI
{REKBRI}.\nDirektur

Menanggapi pengaduan Saudara [[name:{M} {FAM}]], dengan ini kami sampaikan bahwa NIK Saudara
([[nik:{NIKG}]]) telah aktif kembali dan dapat digunakan untuk pendaftaran BPJS.\nKepala Bidang
Pelayanan Pendaftaran Penduduk,\n[[name:{F2} {FAM2}]], S.Sos\nNIP {NIP}

Perihal: Permohonan Informasi NPWP Anak\nSaya [[name:{M} {FAM}]] memohon informasi apakah anak
saya, [[name:{G} {FAM}]] (NIK [[nik:{NIKB}]]), perlu NPWP sendiri untuk beasiswa. NPWP saya
[[npwp:{NPWP}]].\nHormat saya,\n[[name:{M} {FAM}]]

@social

Hati-hati ada akun FB ngaku petugas Dukcapil minta foto KTP & KK utk "validasi data". Dukcapil Kota
Kupang tdk pernah minta lewat inbox. Nomor WA yg dipakai {SCAMHP}. #KupangWaspada

Sapa yg dapat dompet di bemo jurusan {KEL}? Isinya KTP a.n. [[name:{M} {FAM}]] NIK [[nik:{NIKG}]]
dan kartu KIS [[bpjs:{BPJSB}]]. Tolong antar ke kantor lurah {KEL}.

Tips: NPWP toko atau NPWP perusahaan boleh dicetak di nota, NIK pribadi jangan. Contoh nota yg
benar: NPWP toko {NPWPB}, no faktur {FAKTUR}.

Numpang tanya, NISN anak sy {NISN} hilang dari Dapodik, padahal NIK-nya [[nik:{NIKB}]] sdh benar
di KK. Sy [[name:{F} {FAM}]], anak sy sekolah di {SCHOOL}.

Kenapa NIK sy dipakai orang utk pinjol?? NIK [[nik:{NIKD}]] a.n. [[name:{F|u} {FAM|u}]]. Sdh lapor
polisi, nomor laporan {LETTERNO}. Tolong OJK!

Warga {KEL} yg mau ikut pemutihan denda PBB cukup bawa SPPT dan sebut NOP (contoh: {NOP}). Tdk
perlu bawa KTP. Info Bapenda Kota Kupang.

Ini KK kami, sdh 3 kali ke Dukcapil tp nama anak bungsu [[name:{G}]] blm masuk. No KK
[[kk:{KKFW}]]. Mohon perhatian @dukcapilkotakupang

Jangan asal foto kartu! Nomor KIS (13 digit), nomor KPJ BPJS Ketenagakerjaan (mis. {KPJ}) dan NIB
usaha (mis. {NIB}) beda-beda. Yg wajib ditutup kalau posting: NIK, KK, nomor KIS.

@officer_note

Catatan loket {TGL}: Pemohon [[name:{M} {FAM}]] (NIK [[nik:{NIKB}]]) mengurus KK baru. KK lama
[[kk:{KKB}]] ditarik. Nomor antrean {TIX}.

Panggilan 1708 jam {JAM}. Pelapor Ibu [[name:{F} {FAM}]] menyebut NIK [[nik:{NIKG}]] dan no. BPJS
[[bpjs:{BPJSS}]] (kurang satu angka, dibaca dari kartu yang pudar); status PBI nonaktif tanpa
pemberitahuan. Diteruskan ke Dinsos.

Tindak lanjut tiket {TIX}: VA {VA} untuk retribusi sudah dikirim ke pelapor, nomor transaksi {TRX}
tercatat. Tidak ada data pribadi dalam laporan ini.

Verifikasi guru honorer {SCHOOL}: [[name:{M} {FAM}]], NUPTK {NUPTK}, NPWP pribadi [[npwp:{NPWP}]];
[[name:{F} {FAM2}]], NPWP [[npwp:{NPWPN}]] (sudah NIK). NPWP bendahara sekolah {NPWPB} tidak
dipakai.

Rekap aduan PBB: NOP {NOP} dan NOP {NOP2} tertukar pada SPPT. Surat {LETTERNO}. Petugas lapangan
cek lokasi {TGL}.

Walk-in {TGL}. Sdr. [[name:{M} {FAM}]] membawa KTP dengan NIK 17 digit [[nik:{NIKL}]] (salah
cetak). Diarahkan ke Dukcapil untuk cetak ulang.

Koreksi data: nomor {NIB} di laporan sebelumnya adalah NIB usaha, bukan nomor BPJS. Nomor {KPJ}
adalah KPJ BPJS Ketenagakerjaan, bukan kartu JKN.

Cek NIK-NPWP: pelapor [[name:{F} {FAM}]] menyebut NIK [[nik:{NIKB}]] juga dipakai sebagai NPWP.
NPWP lama [[npwp:{NPWPS}]] sudah dinonaktifkan KPP.

Pemohon [[name:{M} {FAM}]] menunjukkan faktur dari {CV} (NPWP/PKP {NPWPB}) atas pembelian pribadi;
NPWP pembeli [[npwp:{NPWP}]] atas nama pemohon sendiri.

@scan

PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNIK : [[nik:{NIKOCR}]]\nNama : [[name:{M|u} {FAM|u}]]\n
Tempat/Tgl Lahir : KUPANG, {TGLL}\nAlamat : [[address:JL. {STR|u} NO.
{NO}]]\n[[address:RT/RW : {RTZ}/{RWZ}]]\nKel/Desa : {KEL|u}\nKecamatan : {KEC|u}

KARTU KELUARGA\nNo. [[kk:{KKB}]]\nNama Kepala Keluarga : [[name:{M|u} {FAM|u}]]\nNo | Nama Lengkap
| NIK | Hubungan\n1 | [[name:{M|u} {FAM|u}]] | [[nik:{NIKB}]] | KEPALA KELUARGA\n2 | [[name:{F|u}
{FAM2|u}]] | [[nik:{NIKB2}]] | ISTRI\n3 | [[name:{G|u} {FAM|u}]] | [[nik:{NIKB3}]] | ANAK

KARTU INDONESIA SEHAT\nNo. Kartu : [[bpjs:{BPJSOCR}]]\nNama : [[name:{F|u} {FAM|u}]]\nNIK :
[[nik:{NIKB}]]\nTgl. Lahir : {TGLL}\nFaskes Tingkat I : {PKM|u}

KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nNPWP : [[npwp:{NPWPOCR}]]\n
[[name:{M|u} {FAM|u}]]\nNIK : [[nik:{NIKB}]]\n[[address:JL. {STR|u} NO. {NO} RT {RTZ} RW
{RWZ}]]\n{KEL|u}, KOTA KUPANG\nKPP PRATAMA KUPANG

{TOKO|u}\nNPWP : {NPWPB}\nJL. {STR|u} NO. {NO}, KUPANG\nNOTA NO. {FAKTUR}\nSEMEN 40 KG x 10
{RP}\nTERIMA KASIH

PEMERINTAH KOTA KUPANG\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\nJl. {STR} No. {NO} Telp.
{OFCTEL}\nNomor : {LETTERNO}\nPerihal : Jadwal Perekaman KTP-el\nKepala Dinas,\nNIP {NIP}

FORMULIR PENDAFTARAN PBI JK\nNama : [[name:{F|u} {FAM|u}]]\nNIK : [[nik:{NIKNL}]]\nNo. KK :
[[kk:{KKG}]]\nNo. JKN/KIS : [[bpjs:{BPJSG}]]

STRUK PEMBELIAN LISTRIK PRABAYAR\nIDPEL : {IDPEL}\nNO METER : {PLNMETER}\nTOKEN : {TOKEN}\nRP
BAYAR : {RP}\nREF : {TRX}

FAKTUR PAJAK\nPengusaha Kena Pajak\nNama : {CV|u}\nNPWP : {NPWPBN}\nPembeli Barang Kena Pajak\nNama
: {DINAS|u}\nNPWP : {NPWPB}

SURAT KETERANGAN PINDAH\nNo. {LETTERNO}\nNama : [[name:{M|u} {FAM|u}]]\nNIK : [[nik:{NIKB}]]\nNo.
KK : [[kk:{KKNL}]]\nAlasan Pindah : PEKERJAAN

@sms_caps

NPWP SY [[npwp:{NPWP}]] DIPAKAI {CV|u} UTK TAGIHAN PAJAK. SY TDK PERNAH KERJA DISANA. NPWP CV
ITU SENDIRI {NPWPB}. [[name:{F|u} {FAM|u}]]

@whatsapp

[{DT}] Admin Bapenda: Untuk usaha perorangan cukup NPWP pribadi, Bapak/Ibu.\n[{DT}] [[name:{M}
{FAM}]]: siap. usaha sy perorangan, NPWP pribadi sy [[npwp:{NPWPS}]]\n[{DT}] [[name:{M} {FAM}]]:
kalau NPWP toko sebelah {NPWPB} itu bukan punya sy

@kupang_malay

Beta pung kartu keluarga nomor [[kk:{KKG}]] masi tatulis beta pung laki [[name:{M} {FAM}]] padahal
dia su pi kerja di Malaysia 5 taun. Beta [[name:{F}]].

@letter

Dengan hormat,\nBersama ini saya lampirkan NPWP istri saya, [[name:{F} {FAM2}]], yaitu
[[npwp:{NPWPN}]], dan NPWP saya [[npwp:{NPWP}]] untuk pengurusan balik nama sertifikat. NOP tanah
{NOP}.\nHormat saya,\n[[name:{M} {FAM}]]

@social

NPWP koperasi tempat saya menjadi anggota {NPWPB} ternyata dipakai untuk pinjaman atas nama saya.
NPWP saya sendiri [[npwp:{NPWPN}]]. Mohon {KOP} menjelaskan. - [[name:{F} {FAM}]]

@scan

DAFTAR ANGGOTA KELUARGA PESERTA JKN\nNo | Nama | No. Kartu\n1 | [[name:{M|u} {FAM|u}]] |
[[bpjs:{BPJSB}]]\n2 | [[name:{F|u} {FAM|u}]] | [[bpjs:{BPJSB2}]]\n3 | [[name:{G|u} {FAM|u}]] |
[[bpjs:{BPJSOCR}]]\nNo. KK : [[kk:{KKB}]]


= contacts

@sms_caps

((KOTKUPANG |))SY [[name:{M|u} {FAM|u}]] WARGA {KEL|u}. AIR PDAM MATI 3 HARI. TLG TELP BALIK KE
NO SY [[phone:{HPB}]]

NOMOR SY GANTI. YG LAMA [[phone:{HPB}]] HILANG, YG BARU [[phone:{HPB2}]]. TLG UPDATE DI DATA
BANSOS. [[name:{F|u} {FAM|u}]]

AWAS PENIPUAN! ADA SMS DARI {SCAMHP} NGAKU PETUGAS PLN MINTA TRANSFER. PLN HANYA LEWAT CALL
CENTER 123. INFO KELURAHAN {KEL|u}

MAU LAPOR LAMPU JALAN MATI DEPAN {SCHOOL|u}. HUB SY DI [[phone:{HPOCRC}]] A/N [[name:{M|u}]]

INFO PENGADUAN DINAS SOSIAL: SMS/WA {OFCHP} ATAU DATANG KE KANTOR JAM 08.00-15.00. EMAIL
DINSOS.KOTAKUPANG@GMAIL.COM

MAMA SY [[name:{F|u} {FAM|u}]] SAKIT DI RUMAH, MINTA PETUGAS PKM DATANG. TELP RMH [[phone:{TEL}]]
ATAU HP ADIK SY [[phone:{HPS}]]

EMAIL SY [[email:{MAIL|u}]] BLM TERIMA BALASAN DR LAPOR. NO TIKET {TIX}. [[name:{M|u} {FAM|u}]]

NOMOR {BIZHP} DI SPANDUK SEDOT WC ITU BUKAN NOMOR DINAS. TLG DINAS LH TERTIBKAN SPANDUK DI
{PASAR|u}

INI NO WA SY [[phone:{HPD}]], KALAU PETUGAS SAMPAH DATANG TLG MISKOL DULU. [[name:{F|u}]] DARI
{KEL|u}

@whatsapp

[{DT}] [[name:{F|l}]]: kak ini email sy [[email:{MAILD}]] ya, sy tulis begitu biar tdk masuk
spam\n[{DT}] [[name:{M|l}]]: ok sdh sy catat

[{DT}] [[name:{M}]]: yg ada di formulir tu [[phone:{HPD}]], itu nomor sy sendiri, bukan nomor
toko.

[{DT}] Grup Warga {KEL}: Hati2, ada WA dari {SCAMHP} pakai foto profil logo Pemkot, minta pulsa.
Itu bukan nomor kantor lurah. Nomor kantor yg benar {OFCTEL}.

[{DT}] [[name:{F}]]: Pak RT, kalau ada petugas PDAM tolong suruh telpon sy di [[phone:{HPI}]].
Kalau sy di kantor, telpon rumah [[phone:{TEL}]], ada mama sy.

[{DT}] Info Apotek: {APOTEK} buka 24 jam, pesan antar WA {BIZHP}. Resep bisa dikirim ke
{BIZMAIL}.

[{DT}] [[name:{M|l}]]: nomor dia [[phone:{HPB}]], namanya [[name:{M2}]], tukang las yg kerja di
gang kami. telpon sa, dia sonde marah

[{DT}] [[name:{F}]]: Kak, ini kontak sy utk konfirmasi laporan ya:\nWA [[phone:{HPOCR}]]\nemail
[[email:{MAIL}]]

[{DT}] Admin Bapenda: Pembayaran PBB bisa lewat VA {VA} atau BRIVA {BRIVA}. Pertanyaan ke
bapenda.kotakupang@gmail.com atau WA center {OFCHP}.

[{DT}] [[name:{CF}]]: Ci, nomor baru sy [[phone:{HPS}]]. yg lama sdh mati, simpan yg ini ya

[{DT}] Admin Kelurahan: Bapak/Ibu yg mau dihubungi petugas fogging silakan tulis nama & nomor.\n
[{DT}] [[name:{M} {FAM}]]: [[name:{M} {FAM}]], [[phone:{HPDOT}]]\n
[{DT}] [[name:{F} {FAM2}]]: [[name:{F}]] [[phone:{HPI}]]

@web_form

Nama: [[name:{M} {FAM}]]\nEmail: [[email:{MAIL}]]\nNo. HP/WA: [[phone:{HPI}]]\nKategori:
Infrastruktur\nIsi Laporan: Drainase di {PSTR} tersumbat sejak {TGL}.

Nama Pelapor: [[name:{F} {FAM}]]\nTelepon Rumah: [[phone:{TEL}]]\nHP: [[phone:{HPDOT}]]\nIsi:
Petugas Puskesmas minta nomor kontak keluarga untuk jadwal imunisasi.

Nama Pelapor: (dirahasiakan)\nEmail: -\nIsi Laporan: Nomor WA {SCAMHP} mengaku dari BPJS
Kesehatan dan minta kode OTP. Email {SCAMMAIL} juga kirim tautan pendaftaran palsu.

Nama: [[name:{F} {FAM}]]\nInstansi: {SCHOOL}\nEmail dinas: [[email:{MAILEDU}]]\nIsi: Tunjangan
guru belum cair. Tembusan ke {OFCMAIL}.

Kategori: Layanan Publik\nIsi Laporan: Email {OFCMAIL} tidak membalas. Apakah {POSTMAIL} masih
aktif? Telepon {OFCTEL} juga sibuk terus.

Nama: [[name:{M} {FAM}]]\nEmail: [[email:{MAILD}]]\nHP: [[phone:{HPB}]]\nIsi: Email saya tulis
begitu supaya tidak dapat spam. Balas ke situ saja.

Nama Usaha: {TOKO}\nEmail usaha: {BIZMAIL}\nTelp/WA toko: {BIZHP}\nIsi: Izin reklame belum terbit
padahal retribusi sudah dibayar.

Nama: [[name:{F} {FAM}]]\nNomor WA: [[phone:{HPFW}]]\nIsi: Anak saya belum dapat KIP. Nomor di
atas nomor saya sendiri.

Nama Lengkap: [[name:{M} {FAM}]]\nEmail kantor: [[email:{MAILGOV}]]\nIsi: Saya ASN, tapi melapor
sebagai warga. Lampu jalan di depan rumah saya mati.

@kupang_malay

Beta pung nomor [[phone:{HPS}]], kalo petugas mau datang telpon beta dolo. Beta [[name:{M}]] di
{KEL}.

Kaka, ini nomor beta pung mama, [[phone:{HPB}]], dia sonde pake WA jadi telpon biasa sa.

Nomor {BIZHP} tu nomor bengkel, bukan beta pung. Kalo mau tanya motor pi sana sa.

Awas e, ada orang pake nomor {SCAMHP} bilang dia dari Dinas Sosial, minta doi buat urus bansos.
Itu penipu! Dinsos pung nomor yang batul {OFCTEL}.

Bosong bisa email ke beta di [[email:{MAILD}]], beta tulis bagitu biar sonde kena spam. Beta
[[name:{F} {FAM}]].

Om [[name:{M}]] pung nomor baru [[phone:{HPD}]], yang lama su ilang. Kalo dari kelurahan mau
kabari, pake yang baru sa.

Kalo listrik mati telpon PLN 123, kalo aer mati telpon PDAM {OFCTEL} ko WA center {OFCHP}. Jang
telpon beta lai, beta bukan petugas.

Beta pung WA [[phone:{HPOCR}]], sori beta tulis pake huruf biar sonde diambil orang jahat.
[[name:{F}]]

Kalo mau tanya, telpon sa beta pung rumah [[phone:{TEL}]], beta [[name:{M} {FAM}]] yang angkat.

@letter

Dengan hormat,\nBersama ini saya sampaikan keberatan atas pemutusan sambungan air di rumah saya.
Mohon balasan melalui telepon atau email di bawah ini.\nHormat saya,\n[[name:{M} {FAM}]]\nHP
[[phone:{HPD}]]\nEmail [[email:{MAIL}]]

Kepada Yth. Lurah {KEL}\nDengan hormat,\nSaya sudah tua dan tidak bisa datang ke kantor. Bila perlu
keterangan, hubungi anak saya [[name:{F}]] di nomor [[phone:{HPNL}]].\nSalam,\n[[name:{M} {FAM}]]

Nomor : {LETTERNO}\nHal : Tanggapan Pengaduan\nMenindaklanjuti pengaduan Saudara melalui
{OFCMAIL}, dengan ini kami sampaikan bahwa perbaikan pipa akan dilaksanakan minggu depan.
Informasi lebih lanjut hubungi {OFCTEL} atau WA {OFCHP}.\nKepala Dinas

Demikian laporan kami.\nTembusan:\n1. Lurah {KEL} (lurah.{KEL|m}@gmail.com)\n2. [[name:{F} {FAM}]]
([[email:{MAIL}]])\n3. Arsip

From: [[name:{FAM}]], [[name:{M}]] <[[email:{MAILOFF}]]>\nTo: pengaduan@kupangkota.go.id\nSubject:
Lampu jalan\nYth. Admin, lampu jalan di {PSTR} mati sejak {TGL}. Saya menulis dari email kantor
tetapi sebagai warga.

{CV}\nJl. {STR} No. {NO}, Kupang. Telp. {BIZHP}. Email {BIZMAIL}\nPerihal: Permohonan izin
galian kabel\nKami mohon izin melakukan galian di {PSTR} selama dua minggu.\nDirektur

To: "Sdr. [[name:{M} {FAM}]]" <[[email:{MAIL}]]>\nFrom: Humas Pemkot Kupang
<humas@kupangkota.go.id>\nSubject: Balasan aduan {TIX}\nTerima kasih atas laporan Saudara.
Petugas akan menghubungi nomor Saudara [[phone:{HPB}]].

Cc: [[name:{FAM2}]], [[name:{F}]] <[[email:{MAIL@F,FAM2}]]>; dinsos.kotakupang@gmail.com\nYth.
Kepala Dinas Sosial, bersama ini saya teruskan keluhan tetangga saya tentang bantuan yang belum
cair.\nSalam,\n[[name:{M} {FAM}]]

@social

Pesan galon isi ulang antar ke rumah: {TOKO} WA {BIZHP}. Email pesanan {BIZMAIL}. Buka jam 7
pagi.

Dicari kerja, sy [[name:{F} {FAM}]], tamat SMK, bisa jaga toko atau admin. Kirim info ke
[[email:{MAIL}]] atau WA [[phone:{HPI}]]. Tks

Hati-hati email {SCAMMAIL} kirim surat seolah dari Ombudsman, minta bayar "biaya proses". Email
Ombudsman NTT yg asli ntt@ombudsman.go.id. Jangan dibalas.

Sapa yg kenal? Anak ini namanya [[name:{NICK}]], tersesat di {PASAR}, katanya dia pung bapa nama
[[name:{M}]]. Hubungi sy [[phone:{HPB}]] atau pos polisi terdekat.

HP sy hilang di bemo. Kalau ada yg temukan tolong hubungi istri sy di [[phone:{HPS}]] atau email
[[email:{MAILD}]]. Makasih. - [[name:{M|l} {FAM|l}]]

Call center 112 Kota Kupang gratis 24 jam. Ambulans Dinkes {OFCHP}, Damkar {OFCTEL}. Simpan
nomor2 ini ya.

Mention @dinaspupr.kotakupang saja, jangan kirim ke {POSTMAIL}, itu email pejabat lama. Email resmi
{OFCMAIL}. Foto jangan dinamai denah@2x.png nanti tdk terbaca.

Yg mau beli kue lapis, pesan langsung ke sy [[name:{F}]] ya, jualan dari rumah. WA
[[phone:{HPD}]]

@officer_note

Telepon masuk jam {JAM}. Penelepon [[name:{F} {FAM}]], nomor tampil [[phone:{HPB}]], minta
dihubungi lagi di telepon rumah [[phone:{TEL}]] sesudah jam 17.00.

Laporan dari WA Center. Pelapor mengaku bernama [[name:{M}]], nomor [[phone:{HPI}]] (milik
pelapor). Nomor {SCAMHP} yang dilaporkan mengatasnamakan Dinas Sosial.

Cek nomor di formulir: {BIZHP} ternyata nomor travel, bukan nomor pelapor. Pelapor tidak
meninggalkan kontak lain.

Email pelapor [[email:{MAILD}]] ditulis dengan kata pengganti; sudah dibalas. Cc ke {OFCMAIL}.
Nama pelapor [[name:{F} {FAM}]].

Rekap minggu ini: 14 aduan lewat {OFCMAIL}, 9 lewat WA center {OFCHP}, 3 notifikasi dari
noreply@lapor.go.id. Tidak ada kontak pribadi yang dicatat.

Mediasi {TGL}: pihak pertama [[name:{M} {FAM}]] (HP [[phone:{HPD}]]), pihak kedua [[name:{M2}
{FAM2}]] (HP [[phone:{HPS}]]). Sepakat pagar dibongkar.

Ketua RT {RT} Kel. {KEL}, Bapak [[name:{M} {FAM}]], memberi nomor pribadinya [[phone:{HPB}]] untuk
koordinasi fogging.

Kontak darurat pasien [[name:{F} {FAM}]]: suami, [[name:{M}]] - [[phone:{HPD}]]

Pelapor dosen, [[name:{M} {FAM}]], menulis dari [[email:{MAILUNI}]] tentang jalan rusak di depan
kampus. Nomor kampus {OFCTEL} tidak dicatat sebagai kontak pelapor.

@scan

FORMULIR PENGADUAN\nNama : [[name:{M|u} {FAM|u}]]\nNo. HP : [[phone:{HPOCR}]]\nE-mail :
[[email:{MAIL}]]\nIsi : AIR TIDAK MENGALIR SUDAH 1 MINGGU

SURAT PERNYATAAN\nYang bertanda tangan di bawah ini menyatakan bersedia memindahkan pagar yang
melewati batas jalan.\nKupang, {TGL}\nHormat kami,\n[[name:{M|u} {FAM|u}]]\nTelp/WA :
[[phone:{HPD}]]

PEMERINTAH KOTA KUPANG\nKELURAHAN {KEL|u}\nJl. {STR} No. {NO} Telp. {OFCTEL} WA {OFCHP}\nEmail :
((kel|kelurahan|lurah)).{KEL|m}@gmail.com\nSURAT KETERANGAN DOMISILI\nNomor : {LETTERNO}

{APOTEK|u}\nJl. {STR} No. {NO}\nTelp/WA {BIZHP}\nEmail: {BIZMAIL}\nNo. Resep {N}\nTotal {RP}

Dari: [[name:{F} {FAM}]] <[[email:{MAIL}]]>\nKepada: pengaduan@kupangkota.go.id\nTanggal:
{TGL}\nSubjek: Sampah\nSampah tidak diangkut dua minggu. Hubungi saya di [[phone:{HPS}]].

DATA KONTAK DARURAT\nNama : [[name:{F|u} {FAM|u}]]\nHubungan : ISTRI\nTelp : [[phone:{HPNL}]]

SEDOT WC MURAH 24 JAM\nHUB {BIZHP}\nMELAYANI KOTA & KAB. KUPANG

KARTU NAMA\n[[name:{M|u} {FAM|u}]]\nTukang Kayu & Las Panggilan\nHP : [[phone:{HPDOT}]]\n
[[email:{MAIL}]]

= names_hard

@sms_caps

SAYA [[name:{F|u} {FAM|u}]] MAU TANYA BANSOS ANAK KAMI [[name:{NICK|u}]] UMUR {AGE} THN BELUM
CAIR

TOLONG SAMPAH DI {PASAR|u} DIANGKUT. SY [[name:{CF|u}]] PENJUAL SAYUR. TERIMA KASIH

TERIMA KASIH ATAS BANTUANNYA. SALAM DAMAI DARI WARGA {KEL|u}

JEMAAT KAMI [[name:{F|u} {FAM|u}]] SAKIT, BUTUH AMBULANS KE {HOSP|u}. TLG BANTU. PDT [[name:{M|u}
{FAM2|u}]]

RAMBU LALU LINTAS DI SIMPANG {PSTR|u} ROBOH KENA ANGIN. MOHON DISHUB PERBAIKI

PAK LURAH {KEL|u}, [[name:UMBU {SMBM|u} {SMBFAM|u}]] DAN ISTRI [[name:RAMBU {SMBF|u}]] BLM DAPAT
BLT. MHN DICEK

BUNGA PINJAMAN {KOP|u} TERLALU TINGGI, 10 PERSEN SEBULAN. MOHON DINAS KOPERASI PERIKSA

SY [[name:{WF|u} {FAM|u}]] MHN TANYA SURAT PINDAH SY KAPAN JADI. YG TERIMA BERKAS [[name:{WM|u}]]
DI LOKET 2

ANAK SY [[name:{G|u}]] DAN [[name:{G2|u}]] BLM DAPAT KIP. BAPAKNYA [[name:{M|u} {FAM|u}]] SDH
MENINGGAL. MAMA [[name:{NICK|u}]]

@whatsapp

[{DT}] [[name:{F|l}]]: td sy ketemu om [[name:{M|l}]] di pasar, dia bilang [[name:{CM|l}]] pung
toko su tutup\n[{DT}] [[name:{F2|l}]]: iya, ci [[name:{CF|l}]] jg bilang begitu

[{DT}] [[name:{M}]]: Salam damai, sy mau lapor lampu gang mati.\n[{DT}] Admin Kelurahan: Baik
Bapak, nama lengkapnya?\n[{DT}] [[name:{M}]]: [[name:{M} {FAM}]], panggil sa [[name:{NICK}]]

[{DT}] Grup Jemaat GMIT Kasih: Ibadah syukur hari Minggu jam 16.00. Terima kasih.\n[{DT}] Grup
Jemaat GMIT Kasih: Persembahan kasih bisa diantar ke majelis.

[{DT}] [[name:{CF}]]: Mama [[name:{F}]], kios sy di {PASAR} kena bongkar. Mama pung kios aman
ko?\n[{DT}] Mama [[name:{F}]]: aman Ci, ma atap bocor

[{DT}] [[name:{F|l}]]: anak2 yg ikut lomba baca puisi:\n1. [[name:{G} {FAM}]] ({SAGE})\n2.
[[name:{G2} {FAM2}]] ({SAGE2})\n3. [[name:{WF}]] ({SAGE3})

[{DT}] Info Posyandu Bunga Bakung: Jadwal timbang balita hari Sabtu jam 08.00. Bawa buku KIA.
Terima kasih.

[{DT}] [[name:{M}]]: Ini sy, [[name:{M}]], adik dari [[name:{F}]] yg kemarin lapor.\n[{DT}]
Petugas: Baik Pak, kakak Bapak sudah kami hubungi.

[{DT}] [[name:Rambu {SMBF}]]: kak, berkas sy dan [[name:Umbu {SMBM} {SMBFAM}]] su dikirim ke
kelurahan\n[{DT}] Petugas: sdh diterima Rambu, tunggu ya

[{DT}] [[name:{M|l}]]: tolong hubungi Nyong [[name:{M2}]], dia pung mama [[name:{F}]] masuk RS

@web_form

Nama Lengkap: [[name:{CFAM} {CF}]]\nNama Panggilan: [[name:{CF}]]\nIsi: Nama saya di akta
tertulis "[[name:{CFAM} {CF|j}]]" tanpa spasi, mohon dibetulkan.

Nama: [[name:{WF} {FAM}]]\nIsi Laporan: Nama saya memang [[name:{WF}]], bukan salah ketik. Petugas
menolak mencetak KTP karena dikira kata biasa.

Nama: (anonim)\nIsi Laporan: Papan nama Pasar Kasih ((rusak|roboh|hilang)) dan rambu parkir
((hilang|miring|tertutup spanduk)). Mohon
diperbaiki supaya pasar tetap indah dan tertib.

Nama Pelapor: [[name:{FAM}]], [[name:{M}]]\nIsi: Anak saya [[name:{G}]] (kelas 3 {SCHOOL}) belum
terima PIP.

Nama: [[name:Rambu {SMBF} {SMBFAM}]]\nAsal: Sumba Timur, sekarang tinggal di {KEL}\nIsi: Kakak saya
[[name:Umbu {SMBM}]] ditolak berobat di {PKM} karena KTP masih alamat Sumba.

Nama Usaha: Kios Mama {F}\nIsi: Lapak di {PASAR} dibongkar tanpa surat pemberitahuan. Terima
kasih.

Kategori: Lingkungan\nIsi: Sebelum fajar truk sampah sudah membunyikan klakson di depan Masjid
Agung. ((Warga terganggu.|Mohon jadwal diubah.|Anak-anak terbangun semua.))

Nama: [[name:{M|u} {FAM|u}]]\nNama Ayah: [[name:{M2|u} {FAM|u}]]\nNama Ibu: [[name:{F|u}
{FAM2|u}]]\nIsi: Nama ayah di akta kelahiran salah, tertulis "[[name:{M2|u} {FAM2|u}]]".

Nama: [[name:{F} {FAM}]]\nIsi: Anak saya [[name:{NICK}]] ((umur|usia)) {AGE} tahun di-bully di
sekolah. Pelakunya anak kelas 6 yang dipanggil [[name:{NICK2}]].

@kupang_malay

Beta pung ade [[name:{F}]] pi sekolah sonde pulang-pulang. Dong panggil dia [[name:{NICK}]] sa.
Sapa yang lia, kasi tau [[name:{NICK}]] dia pung mama, Mama [[name:{F2}]], di {KEL}.

Om [[name:{M}]] deng Tanta [[name:{F}]] su dua minggu sonde dapat aer. Bapa [[name:{M2}]] yang
pegang kunci bak aer sonde mau buka.

Itu rambu di jalan ke Pasar Kasih su ((jatuh|miring|ilang)), bahaya. Kasih tau Dinas Perhubungan do,
te nanti ada
yang tabrak.

[[name:{M}]] dia pung bapa, Om [[name:{M2} {FAM}]], su meninggal bulan lalu, ma nama masih ada di
data bansos.

Beta [[name:{WM}]], beta pung nama memang [[name:{WM}]] e, bukan salah tulis. Kaka di loket jang
katawa.

Sonde ada nama, sonde ada nomor, beta cuma mau bilang jalan di {PSTR} su rusak parah. Tolong
perbaiki sabelum ujan.

Nyong [[name:{M}]] deng Nona [[name:{F}]] dong dua su kawin, ma akta nikah belum kaluar dari
Dukcapil.

Beta pung oma [[name:{F} {FAM}]] umur 80 taun su sonde bisa jalan. Cucu dia [[name:{G}]] yang
urus. Petugas bisa datang ko?

Bunga di taman kota su layu samua, sonde ada yang siram. Kota jadi sonde indah lai. ((Sapa yang
urus?|Tolong Dinas LH.|Sayang e.))

Kios Mama {F} di {PASAR} tu su tutup, te Mama [[name:{F}]] dia sakit. Sapa yang mau bantu
[[name:{F}]] pung anak dong?

@letter

Yth. Bapak Lurah {KEL}\nSaya, [[name:{CFAM} {CM}]], pemilik {TOKO} di {PASAR}, melaporkan atap los
pasar bocor dan merusak barang dagangan.\nHormat saya,\n[[name:{CFAM} {CM}]]

Dengan hormat,\nKami keluarga besar [[name:{FAM}]] memohon bantuan penyelesaian sengketa batas
tanah dengan keluarga [[name:{FAM2}]] yang sudah berlangsung {N} tahun.\nAtas nama keluarga,\n
[[name:{M} {FAM}]]

Dengan hormat,\nKami Forum Warga Peduli Kota menyampaikan terima kasih kepada Wali Kota atas
perbaikan ((taman|trotoar|lampu jalan)) di {PSTR}. Semoga kota tetap indah dan damai.\nHormat
kami,\nKoordinator Forum

Dengan hormat,\nSaya mewakili kakak kandung saya, [[name:{M} {FAM}]], yang sedang dirawat di
{HOSP}, untuk menanyakan klaim santunan.\nSalam,\n[[name:{F}]]

Data anak yang belum menerima KIP:\n1. [[name:{G} {FAM}]] ({SAGE})\n2. [[name:{G2} {FAM2}]]
({SAGE2})\n3. [[name:{CFAM} {CF}]] ({SAGE3})\nHormat kami,\nKetua Komite Sekolah

Nomor: {LETTERNO}\nPerihal: Undangan\nMengundang Bapak/Ibu Ketua RT se-Kelurahan {KEL} untuk hadir
di aula Unit Pengaduan Kasih, {TGL}.\nLurah {KEL}

Dengan hormat,\nMurid saya [[name:{NICK}]] dan [[name:{G}]] sudah dua bulan tidak masuk karena
membantu orang tua melaut.\nHormat saya,\nttd\n[[name:{M} {FAM}]], S.Pd.\nGuru Kelas 5

Yth. Kepala Dinas Sosial\nSaya [[name:Rambu {SMBF} {SMBFAM}]], istri dari almarhum [[name:Umbu
{SMBM} {SMBFAM2}]], memohon santunan kematian.\nHormat saya,\n[[name:Rambu {SMBF} {SMBFAM}]]

From: [[name:{CFAM}]], [[name:{CF}]] <[[email:{MAIL@CF,CFAM}]]>\nTo: humas@kupangkota.go.id\n
Subject: Nama di undangan\nNama saya [[name:{CFAM} {CF}]], bukan "[[name:{CF} {CFAM}]]" seperti di
undangan.

@social

Selamat jalan [[name:{M} {FAM}]]. Terima kasih sudah jadi guru yang baik buat anak-anak {SCHOOL}.
Damai di surga, Pak.

((Pagi|Sore)) yang indah di ((Pantai Lasiana|Pantai Kelapa Lima|Taman Nostalgia)). Bunga flamboyan
mulai mekar di Jl. El Tari. Salam damai dari
Kupang! #KupangKotaKasih

Tolong share, [[name:{M} {FAM}]] alias [[name:{NICK}]] hilang sejak {TGL}. Terakhir pakai baju
merah di {PASAR}.

Bangga sama [[name:{WF}]], anak dari Mama [[name:{F}]] penjual kue di {PASAR}, juara lomba baca
puisi!

{TOKO} diskon akhir tahun! Kios Mama {F} di {PASAR} juga buka sampai malam. Terima kasih
pelanggan setia!

Pak Lurah [[name:{M}]] tadi datang melayat di rumah duka [[name:{CFAM} {CF}]]. Terima kasih Pak.

Bunga bank naik lagi, cicilan ((motor|rumah|koperasi)) makin berat. Semoga ada kebijakan yang adil
dan damai buat
rakyat kecil.

selamat ulang tahun adikku [[name:{F|l}]] 🎉 dari kaka [[name:{F2|l}]] dan mama [[name:{NICK|l}]]

Kenangan bersama opa [[name:{M} {FAM}]] dan oma [[name:{F}]] waktu natal. Opa [[name:{M}]]
sekarang sudah 90 tahun.

@officer_note

Pelapor Ibu [[name:{CFAM} {CF}]] (dipanggil Ci [[name:{CF}]]) melaporkan air PDAM keruh di toko dan
rumahnya.

Tiket {TIX}. Pelapor [[name:{M} {FAM}]] menyebut tetangganya [[name:{F}]] dan anaknya
[[name:{NICK}]] membuang sampah ke got.

Tiket {TIX}. Aduan tentang rambu jalan dan lampu di depan Gereja GMIT Kasih. Pelapor anonim.
Diteruskan ke Dishub.

Data Dukcapil menulis nama dengan format [[name:{FAM|u}]], [[name:{M|u}]]; pelapor minta ditulis
[[name:{M} {FAM}]] sesuai ijazah.

Kunjungan lapangan {TGL}: rumah [[name:{M} {FAM}]] tergenang. Istrinya [[name:{F}]] dan ketiga
anak, [[name:{G}]] ({AGE}), [[name:{G2}]] ({AGE2}) dan [[name:{G3}]] ({AGE3}), mengungsi ke
{SCHOOL}.

Catatan: kata "Kasih" pada laporan sebelumnya adalah nama unit (Unit Pengaduan Kasih), bukan nama
orang. "Agung" merujuk ke Masjid Agung. Tidak ada nama pribadi. Tiket {TIX}.

Petugas loket hari ini: [[name:{WM} {FAM2}]]. Pemohon [[name:{WF} {FAM}]] mengeluh antrean lebih
dari tiga jam.

Pelapor [[name:Umbu {SMBM} {SMBFAM}]], penjual ikan di {PASAR}, datang bersama istrinya
[[name:Rambu {SMBF}]].

Tidak ada pelapor bernama. Aduan menyebut Toko Indah Jaya, Toko {CFAM} Jaya dan Bengkel Fajar
Motor yang parkir di bahu jalan.

@scan

NIK : [[nik:{NIKB}]]\nNama : [[name:{CFAM|u} {CF|u}]]Tempat/Tgl Lahir : KUPANG, {TGLL}\nAgama :
KRISTEN

DAFTAR SISWA PENERIMA PIP\nNo | Nama | Umur\n1 | [[name:{G|u} {FAM|u}]] | {SAGE}\n2 | [[name:{G2|u}
{FAM2|u}]] | {SAGE2}\n3 | [[name:{CFAM|u} {CF|u}]] | {SAGE3}

PENGUMUMAN\nPASAR KASIH NAIKOTEN\nDILARANG ((BERJUALAN|PARKIR|MEMBUANG SAMPAH)) DI ((BAHU
JALAN|DEPAN LOS|SELOKAN))\nTERIMA KASIH\nPENGELOLA PASAR

SURAT KUASA\nYang bertanda tangan di bawah ini:\nNama : [[name:{M|u}\n{FAM|u}]]\nmemberi kuasa
kepada:\nNama : [[name:{F|u} {FAM2|u}]]

KARTU TANDA PENDUDUK\nNIK : [[nik:{NIKB}]]\nNama : [[name:{M|u} {FAM|uo}]]\nTempat/Tgl Lahir :
KUPANG, {TGLL}

WARTA JEMAAT GMIT KASIH\nIbadah Minggu, {TGL}\nPelayan Firman: Majelis Jemaat\nPersembahan kasih
{RP}\nSalam damai

NIK : [[nik:{NIKB}]]\nNama : [[name:UMBU {SMBM|u} {SMBFAM|u}]]\nTempat/Tgl Lahir : WAINGAPU, {TGLL}

SURAT PERMOHONAN\nKupang, {TGL}\nHormat saya,\n\n\n[[name:{F|u} {FAM|us}]]

BUKU TABUNGAN BANK NTT\nNAMA : [[name:{FAM|u}]], [[name:{M|u}]]\nNO. REKENING :
[[bank_account:{REKNTT}]]

= homes

@sms_caps

SY [[name:{M|u} {FAM|u}]] TINGGAL DI [[address:JL. {STR|u} NO. {NO}]] KEL. {KEL|u}. AIR PDAM SDH 1
MGG TDK MENGALIR

AIR PDAM MATI DI [[address:RT {RT} RW {RW}]] KEL. {KEL|u} SDH 3 HARI. TLG DIPERBAIKI

JALAN DI {PSTR|u} RUSAK PARAH DEPAN {SCHOOL|u}. MOHON DIPERBAIKI SEBELUM MUSIM HUJAN

KAMI WARGA [[address:RT {RT}/RW {RW}]] KEL. {KEL|u} MELAPOR LAMPU JALAN MATI SUDAH 2 MINGGU

KETUA RT {RT} RW {RW} KEL. {KEL|u} MINTA WARGA KERJA BAKTI HARI SABTU DI SEKRETARIAT RT

RUMAH SY DI [[address:GG. {GG|u} NO. {NO}]] KEBANJIRAN, DEKAT {PASAR|u}. TLG BANTU. [[name:{F|u}]]

IMUNISASI BALITA DI {POSY|u}, JL. {STR|u} NO. {NO}, HARI SELASA. WARGA RT 01 SAMPAI RT {RT}
DIHARAP HADIR

TETANGGA SY BAKAR SAMPAH TIAP MALAM, ASAP MASUK RUMAH SY DI [[address:JL. {STR|u} GG. {GG|u} NO.
{NO}]]. [[name:{M|u} {FAM|u}]]

@whatsapp

[{DT}] [[name:{F}]]: pak, rumah sy di [[address:Jl. {STR} Gg. {GG} No. {NO}]], yg pagar biru.
sampah blm diangkut 5 hari

[{DT}] [[name:{M|l}]]: sy di [[address:rt {RT} rw {RW}]] kel {KEL|l}, listrik padam dari pagi

[{DT}] Grup RT {RT}: Kerja bakti besok jam 7 di depan kantor lurah {KEL}, Jl. {STR} No. {NO}. Bawa
parang dan karung.

[{DT}] [[name:{F}]]: alamat lengkap sy [[address:{CPLX} Blok {BLK} No. {NO}, RT {RT}/RW {RW}]] Kel.
{KEL}

[{DT}] Info Kelurahan {KEL}: Pembagian beras di aula kantor lurah, Jl. {STR} No. {NO}. Warga RT
{RT} sampai RT {RT2} datang jam 9.

[{DT}] [[name:{M}]]: Om [[name:{M2}]] di [[address:RT {RT}]] su dapat beras? Dia pung rumah di
[[address:Jl. {STR} No. {NO}]]

[{DT}] Admin Toko: {TOKO} pindah ke Jl. {STR} No. {NO}, samping {PKM}. Terima kasih pelanggan.

[{DT}] [[name:{F|l}]]: kalo ambulans mau jemput mama sy, alamatnya [[address:jl. {STR|l} no
{NO}]], masuk lorong samping kios

[{DT}] [[name:{F}]]: rumah sy di {PSTR} saja, dekat {PASAR}, tdk ada nomor. air got naik ke teras

@web_form

Nama: [[name:{M} {FAM}]]\nAlamat: [[address:Jl. {STR} No. {NO}, RT {RT}/RW {RW}]], Kel. {KEL},
Kec. {KEC}\nIsi: Tembok tetangga retak dan miring ke rumah saya.

Nama Pelapor: [[name:{F} {FAM}]]\nAlamat Rumah: [[address:{CPLX} Blok {BLK} No. {NO}]]\nLokasi
Masalah: {PSTR} depan {SCHOOL}\nIsi: Lubang besar di jalan, sudah ada motor jatuh.

Nama Pelapor: (dirahasiakan)\nLokasi: {PSTR}, depan {PASAR}\nIsi: Pedagang berjualan di trotoar
sampai ke badan jalan.

Nama: [[name:{M} {FAM}]]\nAlamat: [[address:RT {RT} RW {RW}]] Kel. {KEL}\nIsi: Kami di RT ini belum
dapat air bersih sejak {BLN}.

Nama Instansi: {SCHOOL}\nAlamat: Jl. {STR} No. {NO}, Kel. {KEL}\nIsi: Pagar sekolah roboh kena
angin.

Nama: [[name:{F} {FAM}]]\nAlamat: [[address:Lr. {GG} No. {NO}]], Kel. {KEL}\nKontak:
[[phone:{HPB}]]\nIsi: Kios saya di depan rumah sering dilempari batu malam hari.

Kategori: Jalan\nLokasi: {PSTR} Km. {N}, Kel. {KEL}\nIsi: Jalan berlubang sejak bulan lalu.
Pelapor tidak mencantumkan alamat.

Nama: [[name:{M} {FAM}]]\nAlamat KTP: [[address:Jl. {STR} No. {NO}]], {KEL}\nAlamat Sekarang:
[[address:Jl. {STR2} Gg. {GG} No. {NO2}]], {KEL2}\nIsi: Mohon pindah data bansos ke alamat
sekarang.

@kupang_malay

Beta pung rumah di [[address:Gang {GG} nomor {NO}, RT {RT}]]. Aer got masuk rumah kalo ujan,
sonde ada yang urus.

Om [[name:{M}]] pung rumah di [[address:Jl. {STR} No. {NO}]] su rubuh kena angin. Dong tidor di
tenda.

Jalan di {PSTR} dekat {PASAR} tu su rusak dari taun lalu. Bosong dari Dinas PU kapan mau datang?

Beta tinggal di [[address:RT {RT} RW {RW}]] {KEL}, lampu jalan mati samua dari bulan lalu.

Ketua RT {RT} bilang rapat di sekretariat RT, Jl. {STR} No. {NO}. Sapa mau ikut, datang sa jam 7.

Mama [[name:{F}]] di [[address:RT {RT}/RW {RW}]] su sakit lama, sonde ada yang antar pi {PKM}.

RT {RT} lawan RT {RT2} main bola di lapangan {KEL}, RT {RT} manang 3-1. Mantap!

Kaka dong dari PDAM, beta pung meteran di [[address:Jl. {STR} nomor {NO}]] su rusak, ma tagihan
jalan tarus. Beta [[name:{M} {FAM}]].

Rumah dinas guru di balakang {SCHOOL} su bocor samua. Sonde ada yang tinggal di situ lai.

@letter

Saya yang bertanda tangan di bawah ini:\nNama : [[name:{M} {FAM}]]\nAlamat : [[address:Jl. {STR}
No. {NO}, RT {RT}/RW {RW}]], Kel. {KEL}\nmengajukan keberatan atas pembangunan menara
telekomunikasi di samping rumah saya.

Dengan hormat,\nSaya [[name:{F} {FAM}]], pemilik {CV}, beralamat di [[address:Jl. {STR} No.
{NO}]], Kel. {KEL}, memohon penjelasan mengenai pajak reklame usaha saya.\nHormat saya,\n
[[name:{F} {FAM}]]

{CV}, NPWP {NPWPB}, beralamat di Jl. {STR} No. {NO}, Kupang, mengajukan permohonan izin
gangguan.\nDirektur

Dengan hormat,\nRumah saya dekat kantor lurah di [[address:Jl. {STR} No. {NO}]]. Setiap malam ada
truk parkir menutup jalan masuk.\nHormat saya,\n[[name:{M} {FAM}]]

Kami warga [[address:RT {RT}/RW {RW}]] Kelurahan {KEL} dengan ini melaporkan saluran air yang
tersumbat.\nHormat kami,\n[[name:{M} {FAM}]] (Ketua RT {RT})

Kepada Yth. Kepala {PKM}\nJl. {STR} No. {NO}\nKami mohon jadwal fogging di lingkungan kami.\nHormat
kami,\nWarga RT {RT}

KOP: DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KUPANG\nJl. {STR} No. {NO}, Kupang\nNomor:
{LETTERNO}\nPerihal: Perbaikan jalan {PSTR}

Dengan hormat,\nOrang tua saya, [[name:{M} {FAM}]] dan [[name:{F} {FAM2}]], tinggal di
[[address:Jl. {STR} Gg. {GG} No. {NO}]]. Rumah mereka terkena pelebaran jalan tanpa ganti
rugi.\nSalam,\n[[name:{G} {FAM}]]

@social

Dijual rumah, pemilik langsung: [[address:Jl. {STR} Gg. {GG} No. {NO}]], Kel. {KEL}. Hub
[[name:{F}]] [[phone:{HPB}]]

Macet parah di {PSTR} depan {PASAR}. Hindari jalur itu ya guys.

Banjir masuk rumah kami di [[address:RT {RT}/RW {RW}]] {KEL}. Tolong pemerintah!

Selamat kepada RT {RT} juara 1 lomba kebersihan, RT {RT2} juara 2! Kel. {KEL} makin bersih.

Kehilangan kucing di sekitar [[address:Jl. {STR} No. {NO}]] (rumah saya). Warna oranye, namanya
Oyen. Hub [[phone:{HPD}]]

Buka cabang baru! {WARUNG} di Jl. {STR} No. {NO}, {KEL}. Promo minggu ini.

Keluhan warga RT {RT} sampai RT {RT2} soal air sudah sampai ke DPRD. Semoga cepat ditangani.

Ada pohon besar mau tumbang di depan rumah Om [[name:{M}]], [[address:Jl. {STR} No. {NO}]].
Tolong BPBD cepat datang!

@officer_note

Pelapor Bpk. [[name:{M} {FAM}]], warga [[address:RT {RT}/RW {RW}]], melaporkan pohon tumbang
menimpa kabel.

Survei lokasi {TGL}: rumah Ibu [[name:{F} {FAM}]] di [[address:Jl. {STR} No. {NO}, RT {RT}/RW
{RW}]] retak akibat galian pipa.

Survei lokasi {TGL}: lubang di {PSTR} depan {SCHOOL}, diameter 1 m. Rambu darurat sudah
dipasang.

Rumah Pak RT [[name:{M} {FAM}]] di [[address:Jl. {STR} No. {NO}]] dipakai sebagai posko banjir
sementara.

Sekretariat RT {RT} RW {RW}, Jl. {STR} No. {NO}, menerima 40 paket sembako. Ketua RT {RT}
menandatangani berita acara.

Pelapor [[name:{F}]] (telepon, berbahasa Kupang): "beta pung rumah di [[address:RT {RT}]], dekat
gereja". Warga lain di RT {RT2} dan RT {RT3} juga terdampak.

Aduan: kantor kelurahan {KEL} di Jl. {STR} No. {NO} tutup jam 12 siang. Pelapor tidak menyebut
nama.

Ibu [[name:{F} {FAM}]] warga [[address:RT {RT}/RW {RW}]] minta tolong karena septic tank tetangga
bocor ke sumurnya.

@scan

NIK : [[nik:{NIKB}]]\nNama : [[name:{F|u} {FAM|u}]]\nAlamat : [[address:JL. {STR|u} NO. {NO}]]\n
[[address:RT/RW : {RTZ}/{RWZ}]]\nKel/Desa : {KEL|u}\nKecamatan : {KEC|u}

KARTU KELUARGA\nNo. [[kk:{KKB}]]\nNama Kepala Keluarga : [[name:{M|u} {FAM|u}]]\nAlamat :
[[address:GG. {GG|u} NO. {NO}]]\n[[address:RT/RW : {RTZ}/{RWZ}]]\nDesa/Kelurahan : {KEL|u}

{TOKO|u}\nJL. {STR|u} NO. {NO} KUPANG\nTELP {BIZHP}\nTOTAL {RP}\nBARANG YG SDH DIBELI TDK DPT
DIKEMBALIKAN

FORMULIR PERMOHONAN SAMBUNGAN AIR\nNama : [[name:{M} {FAM}]]\nAlamat : [[address:Jl. {STR}
No.\n{NO}]]\nKel. : {KEL}

SMP NEGERI {N} KUPANG\nJl. {STR} No. {NO}, Kel. {KEL}\nNPSN {NPSN}\nSURAT KETERANGAN AKTIF
BELAJAR\nNomor : {LETTERNO}

PEMERINTAH KOTA KUPANG\nKELURAHAN {KEL|u}\nJl. {STR} No. {NO}\nSURAT KETERANGAN DOMISILI\n
Menerangkan bahwa:\nNama : [[name:{F|u} {FAM|u}]]\nAlamat : [[address:RT {RTZ} / RW {RWZ}]], KEL.
{KEL|u}\nbenar berdomisili di wilayah kami.

DENAH LOKASI IBADAH\nGereja {CHURCH}, Jl. {STR} No. {NO}\nParkir di halaman {SCHOOL}

SURAT KETERANGAN USAHA\nNama : [[name:{M|u} {FAM|u}]]\nJenis Usaha : KIOS SEMBAKO\nAlamat Usaha :
[[address:JL. {STR|u} NO. {NO}]] (RUMAH SENDIRI)

SURAT KETERANGAN USAHA\nNama Usaha : {WARUNG|u}\nAlamat Usaha : JL. {STR|u} NO. {NO} (SEWA RUKO)

"""

if __name__ == "__main__":
    main()
