"""Write the fifth blind redaction corpus: ``redaction_blind_v5.jsonl``.

The texts are hand-written templates with inline labels ``[[kind:value]]`` and placeholders
``{TYPE}``, ``{TYPE:id}`` or ``{TYPE:id|mods}`` filled from the lists below. The same ``id`` in
one text gives the same value (a person's name, a phone number said twice). The script fills the
placeholders, strips the labels, computes exact character offsets and checks every span: not
empty, equal to its value, no space or punctuation at either end (a leading ``+`` or ``(`` allowed
for a phone), no overlaps, a kind from the annotation guide. It checks that no placeholder or
marker is left in a text and that no text is there twice.

Every value is made up. ``random.Random(20261205)`` makes the output the same on every run.

Run from the repository root::

    python tests/data/blind/make_redaction_blind_v5.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

OUT = Path(__file__).with_name("redaction_blind_v5.jsonl")
SEED = 20261205
REPEAT = 2  # each template is written out this many times, with fresh values

KINDS = frozenset(
    {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
)
STYLES = (
    "sms_caps",
    "whatsapp",
    "web_form",
    "kupang_malay",
    "letter",
    "social",
    "officer_note",
    "mixed",
)


def listed(text: str, sep: str | None = None) -> tuple[str, ...]:
    """The items of a list written as one string."""
    return tuple(text.split(sep))


# --- names -----------------------------------------------------------------------------------

NTT_MALE = listed(
    "Yohanes Marthen Yakobus Yosef Fransiskus Agustinus Benyamin Daniel Petrus Melkianus "
    "Semuel Obed Yeremias Dominggus Ferdinand Aleksander Nikodemus Viktor Jefri Roni Ricky "
    "Yulius Stefanus Paulus Markus Lukas Simon Andreas Gabriel Kornelis Hendrik Elias Zakarias "
    "Titus Yunus Matheus Arnoldus Umbu Kristofel Imanuel Deni Ferdi Yandri Oktovianus Welem "
    "Hermanus Lazarus Silvester Mikhael Theodorus Yermias Junus Abraham Piter Frengki Ebed"
)
NTT_FEMALE = listed(
    "Maria Agustina Yuliana Martha Selfina Anace Yanti Dorkas Naomi Rambu Magdalena Ester Delfi "
    "Grace Sofia Yohana Ursula Lodia Erni Mersi Novi Imelda Yustina Rosalina Adriana Fransina "
    "Elisabeth Yuni Orpa Debora Mirna Sarlota Ribka Yosina Elsi Vivi Nelci Margaretha Juliana "
    "Fince Meri Serlin Theresia Kristina Veronika Indah Murni Kasih Bunga Welmince Yeni Dessy"
)
NTT_FAMILY = listed(
    "Ndun|Manafe|Tefa|Benu|Lay|Bessie|Amalo|Mooy|Fanggidae|Riwu Kaho|Lenggu|Nope|Kolo|Pello|"
    "Messakh|Dethan|Tallo|Sinlae|Foenay|Ratu Edo|Therik|Pah|Nenobais|Tanone|Ratu|Lobo|Haba|Bire|"
    "Neonufa|Selan|Sabneno|Nahak|Seran|Bria|Klau|Mau|Nubatonis|Taneo|Boimau|Oematan|Kapitan|"
    "Lake|Uly|Djawa|Dju Dara|Ga Lena|Lado|Wadu|Kana|Hege|Tapatab|Missa|Lalang|Toulasik|Tualaka|"
    "Hambandima|Kareri|Ndapa Taka|Maro|Lakamau|Atapada|Koten|Parera|Da Costa|Fernandez|Wea|Dopo|"
    "Bhoko|Jehadu|Ndahur|Rihi|Lomi|Dimu|Henukh|Adoe|Lona|Liunokas|Tasuib|Ataupah|Nalle|Sau|"
    "Pandie|Tuka|Manu|Bunga|Djami|Kiuk|Lasi|Mbura|Umbu Lolo|Bara Pa|Huki|Saudale",
    "|",
)
TWO_GIVEN_FEMALE = ("Maria Goreti", "Anna Maria", "Maria Yosefina", "Maria Magdalena")
TWO_GIVEN_MALE = ("Yohanes Paulus", "Yosef Bernadus", "Petrus Kanisius", "Yohanes Don Bosco")
JAVA_MALE = listed("Budi Agus Joko Slamet Bambang Heru Wahyu Dwi Eko Sigit Untung Teguh")
JAVA_FEMALE = listed("Sri Endang Wulan Retno Siti Dewi Rini Tutik Yuni Ratna")
JAVA_FAMILY = listed(
    "Santoso Prasetyo Wibowo Susanto Setiawan Purnomo Rahayu Lestari Handayani Wahyuni "
    "Hartono Nugroho"
)
BUGIS_MALE = listed("Ridwan Baso Syamsul Arfan Ilham Amiruddin Zainal Hamka")
BUGIS_FEMALE = listed("Nurhayati Hasnah Rahmawati Sitti Hasmiah Jumriah")
BUGIS_FAMILY = listed("Daeng Matta|Daeng Ngalle|Hamzah|Latif|Mappaseng|Tahir|Sultan|Lamatta", "|")
CHINA_MALE = listed("Hendra Willy Fery Steven Rudy Hok Johan Herman")
CHINA_FEMALE = listed("Lenny Meilani Lanny Yuliani Susi Lily Meiling")
CHINA_FAMILY = listed("Wijaya Tanuwijaya Liem Tan Kho Gunawan Halim Salim Ang Lie")
ARAB_MALE = listed("Abdullah Husein Umar Salim Ali Hasan Muhammad Ahmad Fadel")
ARAB_FEMALE = listed("Fatimah Aisyah Syarifah Khadijah Sarah Nadia Zahra")
ARAB_FAMILY = listed("Alkatiri Bahasuan Assegaf Baraqbah Alhabsyi Basalamah Attamimi Bahmid")
NICKS_MALE = listed(
    "Nyong Ose Oce Ino Obi Edu Ansi Iki Eto Melki Beni Yoris Nus Dus Anis Ebo Aten Uce Dedi"
)
NICKS_FEMALE = listed("Ati Eta Emi Ela Ika Sefa Vany Epi Tince Ona Lince Ani Ode Iche Mince")
CHILDREN = listed(
    "Gracia Novi Kevin Ardi Michelle Kezia Stevi Rafael Jonathan Natalia Chelsea Reyhan Aurel "
    "Ezra Putri Ayu Kenzo Yesaya Gisel Amos Nadine Farel Cinta Keisya"
)


@dataclass(frozen=True)
class Person:
    """A made-up person: given name(s), family name, a nickname, and whether a woman."""

    given: str
    family: str
    nick: str
    female: bool
    child: bool


def make_person(rng: random.Random, key: str) -> Person:
    """A person for a placeholder id: ``m…`` a man, ``f…`` a woman, ``c…`` a child, else any."""
    female = key.startswith("f") or (key[0] not in "mf" and rng.random() < 0.5)
    child = key.startswith("c")
    roll = rng.random()
    if roll < 0.70:
        pool = NTT_FEMALE if female else NTT_MALE
        two = TWO_GIVEN_FEMALE if female else TWO_GIVEN_MALE
        given = rng.choice(two) if rng.random() < 0.05 and not child else rng.choice(pool)
        family = rng.choice(NTT_FAMILY)
    elif roll < 0.80:
        given = rng.choice(JAVA_FEMALE if female else JAVA_MALE)
        family = rng.choice(JAVA_FAMILY)
    elif roll < 0.87:
        given = rng.choice(BUGIS_FEMALE if female else BUGIS_MALE)
        family = rng.choice(BUGIS_FAMILY)
    elif roll < 0.94:
        given = rng.choice(CHINA_FEMALE if female else CHINA_MALE)
        family = rng.choice(CHINA_FAMILY)
    else:
        given = rng.choice(ARAB_FEMALE if female else ARAB_MALE)
        family = rng.choice(ARAB_FAMILY)
    if child:
        given = rng.choice(CHILDREN)
    nick = rng.choice(NICKS_FEMALE if female else NICKS_MALE)
    return Person(given, family, nick, female, child)


def name_form(person: Person, form: str) -> str:
    """The name in one of the forms the templates ask for."""
    initial = person.given[0] + "."
    forms = {
        "F": f"{person.given} {person.family}",
        "G": person.given,
        "S": person.family,
        "I": f"{initial} {person.family}",
        "K": person.nick,
    }
    base = forms[form[0]]
    if form.endswith("U"):
        return base.upper()
    if form.endswith("L") and len(form) > 1:
        return base.lower()
    return base


# --- numbers ---------------------------------------------------------------------------------

REGENCIES = ("71",) * 8 + ("01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "14", "20")


def digits(rng: random.Random, count: int) -> str:
    """``count`` random digits."""
    return "".join(rng.choice("0123456789") for _ in range(count))


def raw_nik(rng: random.Random, *, female: bool, child: bool = False) -> str:
    """A 16-digit NIK: 53, a regency, a district, DDMMYY (day + 40 for women), a serial."""
    regency = rng.choice(REGENCIES)
    district = f"{rng.randint(1, 6):02d}" if regency == "71" else f"{rng.randint(1, 18):02d}"
    day = rng.randint(1, 28) + (40 if female else 0)
    year = rng.randint(8, 20) if child else rng.randint(55, 99) % 100
    if not child and rng.random() < 0.25:
        year = rng.randint(0, 4)
    serial = f"{rng.randint(1, 60):04d}"
    return f"53{regency}{district}{day:02d}{rng.randint(1, 12):02d}{year:02d}{serial}"


def raw_kk(rng: random.Random) -> str:
    """A 16-digit family card number: region code, issue date DDMMYY, serial."""
    regency = rng.choice(REGENCIES)
    district = f"{rng.randint(1, 6):02d}" if regency == "71" else f"{rng.randint(1, 18):02d}"
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(5, 25)
    return f"53{regency}{district}{day:02d}{month:02d}{year:02d}{rng.randint(1, 9999):04d}"


def group(value: str, sizes: tuple[int, ...], sep: str) -> str:
    """``value`` cut into groups of ``sizes`` (the rest in a last group), joined by ``sep``."""
    parts, at = [], 0
    for size in sizes:
        parts.append(value[at : at + size])
        at += size
    if at < len(value):
        parts.append(value[at:])
    return sep.join(p for p in parts if p)


def nik_form(rng: random.Random, raw: str, form: str) -> str:
    """A NIK or KK as people write it."""
    if form == "4":
        return group(raw, (4, 4, 4, 4), " ")
    if form == "D":
        return group(raw, (2, 2, 2, 6, 4), ".")
    if form == "X":
        return nik_form(rng, raw, rng.choice(("", "", "4", "D")))
    return raw


MOBILE_PREFIXES = listed(
    "0812 0813 0821 0822 0823 0852 0853 0851 0815 0816 0857 0858 0817 0818 0819 0877 0878 "
    "0895 0896 0881 0838"
)


def raw_mobile(rng: random.Random) -> str:
    """A mobile number, 11 to 13 digits, starting 08."""
    return rng.choice(MOBILE_PREFIXES) + digits(rng, rng.choice((7, 8, 8, 8, 9)))


def phone_form(rng: random.Random, raw: str, form: str) -> str:
    """A mobile written one of the ways people write it."""
    rest = raw[1:]  # without the leading 0
    head, tail = raw[:4], raw[4:]
    cut = 4 if len(tail) >= 8 else 3
    forms = {
        "0": raw,
        "D": f"{head}-{tail[:cut]}-{tail[cut:]}",
        "S": f"{head} {tail[:cut]} {tail[cut:]}",
        ".": f"{head}.{tail[:cut]}.{tail[cut:]}",
        "P": f"+62 {rest[:3]}-{rest[3 : 3 + cut]}-{rest[3 + cut :]}",
        "Q": f"+62{rest}",
        "R": f"62{rest}",
        "T": f"62 {rest[:3]} {rest[3 : 3 + cut]} {rest[3 + cut :]}",
        "B": f"(+62) {rest[:3]} {rest[3:]}",
    }
    if form == "X":
        form = rng.choice("000DDSS.PQRTB")
    return forms[form]


def landline(rng: random.Random) -> str:
    """A home landline in Kupang, with its area code."""
    number = "8" + digits(rng, 5)
    return rng.choice(
        (
            f"0380 {number}",
            f"(0380) {number[:4]} {number[4:]}",
            f"0380-{number}",
            f"(0380) {number}",
            f"0380{number}",
        )
    )


def npwp_old(rng: random.Random) -> str:
    """An old 15-digit NPWP, formatted."""
    body = digits(rng, 9)
    return f"{body[:2]}.{body[2:5]}.{body[5:8]}.{body[8]}-{rng.choice(('921', '922', '923'))}.000"


def bank(rng: random.Random, which: str) -> str:
    """An account number in a bank's usual layout."""
    if which == "BRI":
        value = digits(rng, 15)
        return rng.choice((group(value, (4, 2, 6, 2), "-"), value))
    if which == "NTT":
        return f"{rng.choice(('001', '002', '012'))}.01.0{rng.randint(1, 9)}.{digits(rng, 6)}-" + (
            digits(rng, 1)
        )
    if which == "MDR":
        value = "1" + digits(rng, 12)
        return rng.choice((value, group(value, (3, 2, 7), "-")))
    if which == "BNI":
        return rng.choice(("0", "08", "1")) + digits(rng, 8 if rng.random() < 0.5 else 9)[:9]
    if which == "BCA":
        return rng.choice(("03", "31", "77", "02")) + digits(rng, 8)
    return digits(rng, rng.choice((10, 13, 15)))


def plate(rng: random.Random) -> str:
    """A vehicle plate of NTT."""
    region = rng.choice(("DH", "DH", "DH", "DH", "EB", "ED"))
    number = str(rng.randint(1, 9999)) if rng.random() < 0.3 else str(rng.randint(1000, 9999))
    suffix = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2))))
    style = rng.random()
    if style < 0.7:
        return f"{region} {number} {suffix}"
    if style < 0.85:
        return f"{region}{number}{suffix}"
    return f"{region} {number} {suffix}".lower()


# --- places ----------------------------------------------------------------------------------

HOME_STREETS = listed(
    "Nangka|Kenari|Kelinci|Rambutan|Bakau|Cendana|Flamboyan|Anggrek|Kampung Baru|Air Lobang|"
    "Bajawa|Alor|Rote|Sabu|Tompello|Sumba|Kefa|Kuanino|Lontar|Nusa Indah|Kancil|Beringin|Jambu|"
    "Manggis|Srikaya|Kakatua|Merpati|Pulau Indah|Damai|Bunga Matahari|Kasuari|Kejora|Fetor Funay|"
    "Swasembada|Sam Ratulangi|Perintis Kemerdekaan|Oekam|Batu Kapur|Kolhua Raya|Oebufu Raya|"
    "Timor Raya|Matani|Bakti|Pulau Flores|Tabun|Oepoi|Hati Mulia|Alfons Nisnoni",
    "|",
)
LANES = listed("Kakatua|Merpati|Damai|Sepakat|Murni|Berkat|Kasih|Sejahtera|Mawar|Melati|Indah", "|")
PUBLIC_STREETS = listed(
    "Jl. W.J. Lalamentik|Jl. Frans Seda|Jl. Piet A. Tallo|Jl. El Tari|Jl. Herman Johannes|"
    "Jl. Adisucipto|Jl. Soeharto|Jl. Moh. Hatta|Jl. Sudirman|Jl. Ahmad Yani|Jl. R.A. Kartini|"
    "Jl. Cak Doko|Jl. Timor Raya|Jl. Amabi|Jl. Kelinci|Jl. Eltari II|Jl. Frans Lebu Raya|"
    "Jl. Jenderal Sudirman|Jl. Prof. Dr. W.Z. Johannes|Jl. H.R. Koroh|Jl. Perintis Kemerdekaan|"
    "Jl. Bundaran PU|Jl. Nangka|Jl. Sam Ratulangi|Jl. Thamrin|Jl. Fetor Funay|Jl. Oebufu Raya",
    "|",
)
KELURAHAN = listed(
    "Oebobo|Oebufu|Kayu Putih|Liliba|Tuak Daun Merah|Fatululi|Oetete|Oepura|Sikumana|Naikolan|"
    "Maulafa|Penfui|Kolhua|Belo|Fatukoa|Naimata|Oesapa|Oesapa Barat|Oesapa Selatan|Lasiana|"
    "Kelapa Lima|Pasir Panjang|Airnona|Bakunase|Kuanino|Naikoten I|Fontein|Nunleu|Fatubesi|"
    "Merdeka|Solor|Oeba|Tode Kisar|Bonipoi|Nefonaek|Namosain|Alak|Penkase Oeleta|Manulai II|"
    "Mantasi|Fatufeto|Nunbaun Sabu|Nunbaun Delha|Naioni|Batuplat|Nunhila|Manutapen|Kolhua",
    "|",
)
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")


def house_number(rng: random.Random) -> str:
    """A house number, now and then with a letter."""
    number = str(rng.randint(1, 150))
    return number + rng.choice("AB") if rng.random() < 0.1 else number


def rt_rw(rng: random.Random) -> str:
    """An RT/RW as people write it."""
    rt, rw = rng.randint(1, 45), rng.randint(1, 15)
    return rng.choice(
        (
            f"RT {rt:02d}/RW {rw:02d}",
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT {rt} RW {rw}",
            f"RT.{rt:02d}/RW.{rw:02d}",
            f"RT {rt:02d} RW {rw:02d}",
            f"RT{rt}/RW{rw}",
            f"rt {rt} rw {rw}",
        )
    )


def street_address(rng: random.Random) -> str:
    """A home's street address with its house number."""
    street = rng.choice(HOME_STREETS)
    number = house_number(rng)
    return rng.choice(
        (
            f"Jl. {street} No. {number}",
            f"Jl. {street} No. {number}",
            f"Jln. {street} No {number}",
            f"Jl {street} no {number}",
            f"Jalan {street} Nomor {number}",
            f"Jl. {street} Gg. {rng.randint(1, 9)} No. {number}",
            f"Gg. {rng.choice(LANES)} No. {number}",
            f"Lr. {rng.choice(LANES)} No. {number}",
            f"Jl. {street} No. {number}, {rt_rw(rng)}",
        )
    )


# --- look-alikes -----------------------------------------------------------------------------

MONTHS = listed(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)


def amount(rng: random.Random) -> str:
    """A sum of money."""
    value = rng.choice((5, 10, 25, 50, 75, 100, 150, 250, 350, 500, 750, 1250, 2500, 4750))
    thousands = f"{value * 1000:,}".replace(",", ".")
    return rng.choice(
        (
            f"Rp {thousands}",
            f"Rp{thousands}",
            f"Rp. {thousands},-",
            f"{value} ribu",
            f"Rp {value}rb",
        )
    )


def date(rng: random.Random) -> str:
    """A date in 2026."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        (
            f"{day:02d}/{month:02d}/2026",
            f"{day} {MONTHS[month - 1]} 2026",
            f"{day:02d}-{month:02d}-2026",
            f"tgl {day}/{month}",
        )
    )


def clock(rng: random.Random) -> str:
    """A time of day."""
    return f"{rng.randint(6, 22):02d}.{rng.choice(('00', '15', '30', '45', '10', '05'))}"


def ticket(rng: random.Random) -> str:
    """A complaint's or a case's number."""
    return rng.choice(
        (
            f"#LPR-2026-{rng.randint(1000, 1299)}-{digits(rng, 4)}",
            f"{rng.randint(2601, 2612)}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"LAPOR-5371-2026-{digits(rng, 5)}",
            f"ADU-{digits(rng, 6)}",
            f"PGD/{rng.randint(1, 999):03d}/XI/2026",
        )
    )


def letter_number(rng: random.Random) -> str:
    """A letter's or a permit's number."""
    code = rng.choice(("700", "503", "474", "440", "640", "005"))
    unit = rng.choice(("INSP", "DPUPR", "DKCS", "KEL.OBB", "BPBD", "DLHK"))
    return rng.choice(
        (
            f"{code}/{rng.randint(10, 999)}/{unit}/2026",
            f"503/PBG/2026/{digits(rng, 5)}",
            f"5371-LU-{digits(rng, 8)}-{digits(rng, 4)}",
        )
    )


def file_name(rng: random.Random) -> str:
    """A file's name as a phone or a camera makes it."""
    stamp = f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return rng.choice(
        (
            f"IMG_{stamp}_{digits(rng, 6)}.jpg",
            f"Screenshot_{stamp}-{digits(rng, 6)}_WhatsApp.jpg",
            f"VID-{stamp}-WA{digits(rng, 4)}.mp4",
            f"PTT-{stamp}-WA{digits(rng, 4)}.opus",
            f"IMG-{stamp}-WA{digits(rng, 4)}.jpg",
        )
    )


def office_line(rng: random.Random) -> str:
    """An office's landline."""
    return rng.choice(
        (
            f"(0380) 8{digits(rng, 2)} {digits(rng, 3)}",
            f"0380-8{digits(rng, 5)}",
            f"0380 8{digits(rng, 5)}",
        )
    )


def civil_servant_number(rng: random.Random) -> str:
    """An NIP: birth date, start of service, sex, serial."""
    born = f"19{rng.randint(65, 95)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    started = f"20{rng.randint(5, 20):02d}0{rng.randint(1, 9)}"
    return f"{born} {started} {rng.randint(1, 2)} 0{digits(rng, 2)}"


def chat_stamp(rng: random.Random) -> str:
    """A chat export's time stamp."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice((f"{day:02d}/{month:02d}/2026 ", f"{day}/{month}/26, ", "")) + clock(rng)


COMPANIES = (
    "CV Sinar Timor",
    "UD Berkat Jaya",
    "Toko Sinar Abadi",
    "PT Flobamora Indah",
    "CV Damai Sejahtera",
    "Koperasi Murni Kasih",
    "UD Untung Bersama",
    "Toko Bunga Harapan",
)

LOOKALIKES: dict[str, Callable[[random.Random], str]] = {
    "TIKET": ticket,
    "BILL": lambda rng: "8202" + digits(rng, 11),
    "VA": lambda rng: rng.choice(
        (group("8808" + digits(rng, 12), (4, 4, 4, 4), " "), "88" + digits(rng, 14))
    ),
    "PLN": lambda rng: "53" + digits(rng, 10),
    "METER": lambda rng: rng.choice(("14", "45", "56")) + digits(rng, 9),
    "TOKEN": lambda rng: group(digits(rng, 20), (4, 4, 4, 4), rng.choice(("-", " "))),
    "PDAM": lambda rng: f"{rng.randint(1, 9):02d}-{rng.randint(1, 12):02d}-{digits(rng, 6)}",
    "NOP": lambda rng: (
        f"53.71.0{rng.randint(10, 60)}.00{rng.randint(1, 9)}.0{digits(rng, 2)}-{digits(rng, 4)}.0"
    ),
    "SURAT": letter_number,
    "TRX": lambda rng: "2026" + digits(rng, 12),
    "ANTRI": lambda rng: rng.choice(
        (f"A-{rng.randint(1, 199):03d}", f"B{rng.randint(1, 99):02d}", str(rng.randint(10, 250)))
    ),
    "IMG": file_name,
    "OFFTEL": office_line,
    "OFFWA": lambda rng: phone_form(rng, "0811" + digits(rng, 8), rng.choice("DS0")),
    "BPJSTK": lambda rng: digits(rng, 11),
    "NIP": civil_servant_number,
    "NISN": lambda rng: "00" + digits(rng, 8),
    "CONAME": lambda rng: rng.choice(COMPANIES),
    "PSTREET": lambda rng: rng.choice(PUBLIC_STREETS),
    "KEL": lambda rng: rng.choice(KELURAHAN),
    "KEC": lambda rng: rng.choice(KECAMATAN),
    "DOB": lambda rng: f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-19{rng.randint(55, 99)}",
    "STAMP": chat_stamp,
    "NUM": lambda rng: str(rng.randint(2, 60)),
    "RTN": lambda rng: f"{rng.randint(1, 40):02d}",
}


def lookalike(rng: random.Random, kind: str) -> str:
    """A number or a name that looks like personal data and is not."""
    return LOOKALIKES[kind](rng)


def email_user(rng: random.Random, person: Person) -> str:
    """A mailbox name made from a person's name."""
    given = person.given.split()[0].lower()
    family = person.family.replace(" ", "").lower()
    return rng.choice(
        (
            f"{given}.{family}",
            f"{given}{family}{rng.randint(1, 99)}",
            f"{family}.{given}{rng.randint(70, 99)}",
            f"{given}_{family}",
            f"{given[0]}{family}",
            f"{family}-{given}",
            f"{given}{rng.randint(80, 99)}",
        )
    )


FREE_HOSTS = ("gmail.com",) * 5 + ("yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com")


def hidden_email(rng: random.Random, user: str) -> str:
    """A private address written to dodge scrapers."""
    host, tld = rng.choice((("gmail", "com"), ("yahoo", "com"), ("ymail", "com")))
    return rng.choice(
        (
            f"{user} at {host} dot {tld}",
            f"{user}(at){host}.{tld}",
            f"{user} [at] {host} [dot] {tld}",
            f"{user} @ {host}.{tld}",
            f"{user}@ {host} .{tld}",
            f"{user}(keong){host}(titik){tld}",
            f"{user}[@]{host}.{tld}",
            f"{user} @{host}.{tld}",
        )
    )


FULL_WIDTH = {ord(d): chr(0xFF10 + int(d)) for d in "0123456789"}
OCR_SWAP = {"0": "O", "1": "l", "5": "S", "8": "B"}
LETTER_DIGIT = {"S": "5", "O": "0", "I": "1", "B": "8", "G": "6"}
NBSP, ZWSP = "\u00a0", "\u200b"


def zero_width(rng: random.Random, value: str) -> str:
    """A zero-width space inside the value, after a letter or a digit."""
    at = rng.choice([i for i in range(2, len(value) - 1) if value[i - 1].isalnum()])
    return value[:at] + ZWSP + value[at:]


def misread(rng: random.Random, value: str) -> str:
    """Up to two digits read as letters, as a scan or a hurried typist gives them."""
    places = [i for i in range(1, len(value) - 1) if value[i] in OCR_SWAP]
    for at in rng.sample(places, min(2, len(places))):
        value = value[:at] + OCR_SWAP[value[at]] + value[at + 1 :]
    return value


def letter_as_digit(rng: random.Random, value: str) -> str:
    """One letter of a name read as a digit."""
    places = [i for i in range(1, len(value) - 1) if value[i] in LETTER_DIGIT]
    if not places:
        return value
    at = rng.choice(places)
    return value[:at] + LETTER_DIGIT[value[at]] + value[at + 1 :]


def stray_space(_rng: random.Random, value: str) -> str:
    """A space in the middle of the longest word."""
    words = value.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    words[longest] = word[: len(word) // 2] + " " + word[len(word) // 2 :]
    return " ".join(words)


def line_break(_rng: random.Random, value: str) -> str:
    """The last space turned into a line break."""
    at = value.rindex(" ")
    return value[:at] + "\n" + value[at + 1 :]


MODIFIERS: dict[str, Callable[[random.Random, str], str]] = {
    "U": lambda _rng, value: value.upper(),
    "L": lambda _rng, value: value.lower(),
    "W": lambda _rng, value: value.translate(FULL_WIDTH),
    "N": lambda _rng, value: value.replace(" ", NBSP),
    "C": lambda _rng, value: value.replace(" ", ""),
    "Z": zero_width,
    "O": misread,
    "D": letter_as_digit,
    "S": stray_space,
    "B": line_break,
}


def modify(rng: random.Random, value: str, mods: str) -> str:
    """Apply a template's modifiers to a filled value."""
    for mod in mods:
        value = MODIFIERS[mod](rng, value)
    return value


PHONE_FORMS = {"HP": "X", "HP0": "0", "HPD": "D", "HPS": "S", "HPDOT": "."}
PHONE_FORMS |= {"HPP": "P", "HPQ": "Q", "HPR": "R", "HPT": "T", "HPB": "B"}
NAME_FORMS = frozenset({f + s for f in "FGSIK" for s in ("", "U", "L")})
BANKS = {"REK": "", "REKBRI": "BRI", "REKNTT": "NTT", "REKMDR": "MDR", "REKBNI": "BNI"}
BANKS |= {"REKBCA": "BCA"}


class Filler:
    """Fills one text's placeholders; the same id gives the same value within the text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.cache: dict[tuple[str, str], str] = {}

    def person(self, key: str) -> Person:
        """The person of an id, made on first use."""
        if key not in self.people:
            self.people[key] = make_person(self.rng, key)
        return self.people[key]

    def remembered(self, kind: str, key: str, make: Callable[[], str]) -> str:
        """A value made once per id (a fresh one each time without an id)."""
        if not key:
            return make()
        if (kind, key) not in self.cache:
            self.cache[(kind, key)] = make()
        return self.cache[(kind, key)]

    def nik_raw(self, key: str) -> str:
        """A person's 16-digit NIK, with the person's sex and age in it."""

        def make() -> str:
            if key and key[0] in "mfc":
                who = self.person(key)
                return raw_nik(self.rng, female=who.female, child=who.child)
            return raw_nik(self.rng, female=self.rng.random() < 0.5)

        return self.remembered("nik", key, make)

    def value(self, kind: str, key: str) -> str:
        """The value of one placeholder."""
        if kind in NAME_FORMS:
            return name_form(self.person(key or "x"), kind)
        if (
            kind in PHONE_FORMS
            or kind == "TEL"
            or kind.startswith(("EMAIL", "ADDR"))
            or kind == "RT"
        ):
            return self.contact(kind, key)
        if kind.startswith(("NIK", "KK", "NPWP", "REK")) or kind in {"BPJS", "BPJS4", "PLATE"}:
            return self.identity(kind, key)
        filler: dict[str, Callable[[random.Random], str]] = {
            "STREET": lambda rng: rng.choice(HOME_STREETS),
            "RP": amount,
            "DATE": date,
            "TIME": clock,
        }
        if kind in filler:
            return filler[kind](self.rng)
        return self.remembered(kind, key, lambda: lookalike(self.rng, kind))

    def identity(self, kind: str, key: str) -> str:
        """An identity, tax, insurance or account number, or a plate."""
        rng = self.rng
        if kind.startswith("NIK"):
            return nik_form(rng, self.nik_raw(key), kind[3:])
        if kind.startswith("KK"):
            return nik_form(rng, self.remembered("kk", key, lambda: raw_kk(rng)), kind[2:])
        if kind == "NPWP16":
            return self.nik_raw(key)
        if kind == "BPJS4":
            return group(self.identity("BPJS", key), (4, 4, 4), " ")
        makers: dict[str, Callable[[], str]] = {
            "NPWP": lambda: npwp_old(rng),
            "BPJS": lambda: "000" + digits(rng, 10),
            "PLATE": lambda: plate(rng),
        }
        if kind in BANKS:
            makers[kind] = lambda: bank(rng, BANKS[kind])
        return self.remembered(kind, key, makers[kind])

    def contact(self, kind: str, key: str) -> str:
        """A phone number, a mailbox or a home address."""
        rng = self.rng
        if kind in PHONE_FORMS:
            raw = self.remembered("hp", key, lambda: raw_mobile(rng))
            return self.remembered(kind, key, lambda: phone_form(rng, raw, PHONE_FORMS[kind]))
        if kind == "TEL":
            return self.remembered("tel", key, lambda: landline(rng))
        if kind.startswith("EMAIL"):
            return self.mailbox(kind, key)
        if kind == "ADDR":
            return self.remembered("addr", key, lambda: street_address(rng))
        if kind == "ADDRN":
            return f"Jl. {rng.choice(HOME_STREETS)} No. {house_number(rng)}"
        if kind == "RT":
            return self.remembered("rt", key, lambda: rt_rw(rng))
        raise KeyError(kind)

    def mailbox(self, kind: str, key: str) -> str:
        """A person's mailbox: on a free host, written to dodge scrapers, or on an office's."""
        rng = self.rng
        who = self.person(key or "x")
        if kind == "EMAILD":
            given, family = who.given.split()[0].lower(), who.family.replace(" ", "").lower()
            return f"{given}.{family}@kupangkota.go.id"
        user = self.remembered("user", key, lambda: email_user(rng, who))
        if kind == "EMAILO":
            return self.remembered("mailo", key, lambda: hidden_email(rng, user))
        return self.remembered("mail", key, lambda: f"{user}@{rng.choice(FREE_HOSTS)}")


PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9]*)(?::([a-z0-9]+))?(?:\|([A-Z]+))?\}")
LABEL = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.DOTALL)


def fill(rng: random.Random, template: str) -> str:
    """The template with its placeholders filled; labels are kept."""
    filler = Filler(rng)

    def one(match: re.Match[str]) -> str:
        kind, key, mods = match.group(1), match.group(2) or "", match.group(3) or ""
        return modify(rng, filler.value(kind, key), mods)

    return PLACEHOLDER.sub(one, template)


@dataclass(frozen=True)
class Span:
    """A labelled span of the finished text."""

    kind: str
    start: int
    end: int


def strip_labels(marked: str) -> tuple[str, list[Span]]:
    """The text without its labels, and the labelled spans with exact offsets."""
    parts: list[str] = []
    spans: list[Span] = []
    at, length = 0, 0
    for match in LABEL.finditer(marked):
        before = marked[at : match.start()]
        parts.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        check_value(kind, value)
        spans.append(Span(kind, length, length + len(value)))
        parts.append(value)
        length += len(value)
        at = match.end()
    parts.append(marked[at:])
    return "".join(parts), spans


def check_value(kind: str, value: str) -> None:
    """A span's value: a known kind, not empty, a letter or digit at both ends."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if not value:
        raise ValueError(f"empty {kind} span")
    first_ok = value[0].isalnum() or (kind == "phone" and value[0] in "+(")
    if not first_ok or not value[-1].isalnum():
        raise ValueError(f"{kind} span {value!r} has an untidy end")
    if "[[" in value or "]]" in value:
        raise ValueError(f"nested label in {value!r}")


def check_text(text: str, spans: list[Span], values: list[str]) -> None:
    """No marker or placeholder left; spans in order, apart, and equal to their values."""
    for marker in ("[[", "]]", "{", "}"):
        if marker in text:
            raise ValueError(f"marker {marker!r} left in a text")
    if "\r" in text or "\u2028" in text:
        raise ValueError("a line separator the corpus reader would split on")
    previous_end = -1
    for span, value in zip(spans, values, strict=True):
        if text[span.start : span.end] != value:
            raise ValueError(f"offsets of {value!r} are wrong")
        if span.start < previous_end:
            raise ValueError(f"overlapping spans at {span.start}")
        previous_end = span.end


def templates_of(block: str) -> list[tuple[str, int]]:
    """Templates of a block (separated by lines ``===``), each with how often to write it."""
    found = []
    for raw in re.split(r"\n===\n", block):
        body = raw.strip("\n ")
        if not body:
            continue
        repeat = REPEAT
        count = re.match(r"@(\d+) ", body)
        if count:
            repeat, body = int(count.group(1)), body[count.end() :]
        found.append((body.strip(), repeat))
    return found


# --- templates -------------------------------------------------------------------------------
# Placeholders: F/G/S/I/K = full, given, family name, initial and family, nickname of a person
# (suffix U capitals, L lower case; id m… a man, f… a woman, c… a child, x… anyone); NIK, NIK4,
# NIKD, NIKX; KK, KK4; NPWP (old form), NPWP16; HP and its forms (HP0, HPD, HPS, HPDOT, HPP, HPQ,
# HPR, HPT, HPB); TEL a home landline; EMAIL, EMAILO (written to dodge scrapers), EMAILD (on an
# office's domain); BPJS, BPJS4; REK, REKBRI, REKNTT, REKMDR, REKBNI, REKBCA; PLATE; ADDR, ADDRN,
# RT; and look-alikes. Modifiers after "|": U, L, W full-width digits, N no-break spaces, Z a
# zero-width space, O letters a scan reads for digits, B a line break, C spaces removed.

SMS_CAPS = """
KOTKUPANG SY [[name:{FU:m1}]] WARGA [[address:{RT:1|U}]] KEL {KEL|U}. AIR PDAM SDH 2 MGG TDK \
JALAN, SY SDH LAPOR KE KANTOR PDAM TP BLM ADA TINDAK LANJUT. HP [[phone:{HP0:1}]]
===
KOTKUPANG MOHON BANTUAN, KTP ANAK SY BLM JADI SDH 3 BLN. NIK [[nik:{NIK:c1}]] A.N. \
[[name:{FU:c1}]]. SY IBUNYA [[name:{GU:f1}]]
===
KOTKUPANG LAMPU JALAN DI DEPAN RMH SY [[address:{ADDR|U}]] MATI SDH 1 BLN. TLG DIPERBAIKI. TKS. \
[[name:{FU:x1}]]
===
KOTKUPANG BANTUAN PKH MAMA SY [[name:{FU:f1}]] TDK CAIR 2 TAHAP. NO REK BNI \
[[bank_account:{REKBNI}]]. KK [[kk:{KK}]]. MHN DICEK. SY ANAKNYA [[name:{GU:x2}]] [[phone:{HPD}]]
===
KOTKUPANG MOTOR SY [[plate:{PLATE|U}]] DITAHAN DI DISHUB SEJAK {DATE}. SDH BAYAR DENDA {RP} TP \
BLM DIKELUARKAN. SY [[name:{FU:m1}]]
===
KOTKUPANG SAMPAH DI DEPAN RMH BPK [[name:{FU:m1}]] DI [[address:{ADDR|U}]] SDH 2 MGG TDK \
DIANGKUT, BAU SKALI. MINTA DLHK SEGERA ANGKUT
===
KOTKUPANG KMRN SORE PETUGAS KELURAHAN MINTA UANG {RP} UTK URUS SURAT PINDAH. YG MINTA NAMANYA \
[[name:{FU:m2}]]. SY [[name:{GU:f1}]] NO HP [[phone:{HPS}]]
===
KOTKUPANG BPJS KIS SY DINONAKTIFKAN TANPA PEMBERITAHUAN. NO KARTU [[bpjs:{BPJS}]] NIK \
[[nik:{NIK:x1}]]. SKRG SY DI RSUD PROF DR W Z JOHANNES DAN DISURUH BAYAR UMUM. [[name:{FU:x1}]]
===
KOTKUPANG [[name:{FU:m1}]] DAN [[name:{FU:m2}]] SDH 3X DATANG KE KANTOR CAMAT {KEC|U} UTK URUS \
IZIN USAHA, SELALU DISURUH KEMBALI BESOK. TOLONG DIPERHATIKAN
===
KOTKUPANG NPWP SY [[npwp:{NPWP}]] TDK BISA LOGIN DI DJP ONLINE, KANTOR PAJAK SURUH KE BAPENDA, \
BAPENDA SURUH KE KANTOR PAJAK. BINGUNG. [[name:{FU:x1}]] [[phone:{HPR}]]
===
KOTKUPANG ANAK SY [[name:{GU:c1}]] TDK DITERIMA DI SMPN 2 KUPANG PADAHAL RMH KAMI DI \
[[address:{RT|U}]] DEKAT SEKOLAH. ZONASI TDK ADIL. SY [[name:{FU:f1}]]
===
KOTKUPANG TANAH KELUARGA [[name:{SU:x1}]] DI {KEL|U} DISEROBOT, SERTIFIKAT GANDA. SDH LAPOR KE \
BPN BLM ADA JAWABAN. HUB [[phone:{HP0}]]
===
KOTKUPANG SY [[name:{GU:f1}]] PEDAGANG DI PASAR KASIH NAIKOTEN. RETRIBUSI DITAGIH 2X OLEH PETUGAS \
[[name:{GU:m1}]] DAN [[name:{GU:m2}]]. KARCIS TDK DIKASIH
===
KOTKUPANG TLG BANTU, NIK SY [[nik:{NIK:x1}]] TERDAFTAR DI KK ORANG LAIN. KK SY NO [[kk:{KK}]]. \
DUKCAPIL BILANG HRS URUS DI DESA ASAL DI TTS. SY [[name:{FU:x1}]]
===
KOTKUPANG JALAN KE RMH SY DI [[address:{ADDR|U}]] KEL {KEL|U} RUSAK PARAH, ANAK SEKOLAH JATUH DR \
MOTOR. MOHON DIPERBAIKI. [[name:{FU:x1}]] WA [[phone:{HPDOT}]]
===
KOTKUPANG DANA BANTUAN UMKM {RP} A.N. [[name:{FU:f1}]] REK BRI [[bank_account:{REKBRI}]] SDH \
DIUMUMKAN CAIR TP BLM MASUK. MHN DICEK
===
KOTKUPANG OTO TANGKI AIR BANTUAN PLAT [[plate:{PLATE|U}]] JUAL AIR KE WARGA {RP} PER TANGKI. \
SOPIR NAMANYA [[name:{GU:m1}]]. KAMI DI {KEL|U} TDK TERIMA
===
KOTKUPANG SY [[name:{FU:m1}]] SOPIR BEMO JURUSAN {KEL|U}. STNK MOBIL [[plate:{PLATE|U}]] DITAHAN \
OKNUM DI TERMINAL TANPA SURAT TILANG. HP [[phone:{HPD}]]
===
KOTKUPANG BAPAK SY ALM [[name:{FU:m1}]] MENINGGAL {DATE}. AKTA KEMATIAN BLM TERBIT. NIK ALM \
[[nik:{NIK:m1}]]. YG URUS [[name:{GU:f2}]] ANAKNYA
===
KOTKUPANG SY [[name:{FU:x1}]] TINGGAL DI [[address:{RT|U}]] {KEL|U}. SELOKAN TERSUMBAT, AIR MASUK \
RMH KALAU HUJAN. KET RT SDH LAPOR TP TDK DIRESPON
===
KOTKUPANG SDH DAFTAR ONLINE ADMINDUK TP TDK ADA BALASAN KE EMAIL SY [[email:{EMAIL:x1}]]. NAMA \
[[name:{FU:x1}]] NIK [[nik:{NIK:x1}]]
===
KOTKUPANG GURU HONOR SD INPRES {KEL|U} A.N. [[name:{FU:f1}]] BLM TERIMA GAJI 4 BLN. REK BANK NTT \
[[bank_account:{REKNTT}]]. BANTU KAMI
===
KOTKUPANG TETANGGA SY [[name:{FU:m1}]] BUKA BENGKEL DI RMH, BISING SAMPAI JAM 12 MALAM. SDH TEGUR \
TP TDK DIHIRAUKAN. SY TINGGAL DI [[address:{ADDR|U}]]
===
KOTKUPANG YTH BPK LURAH, [[name:{FU:m1}]] BLM DAPAT BLT PADAHAL MASUK DATA. KIS PBI \
[[bpjs:{BPJS}]] MASIH AKTIF. HP ANAKNYA [[phone:{HPS}]]
===
KOTKUPANG MHN BANTU. SY [[name:{GU:f1}]] DR {KEL|U}, ANAK SY [[name:{GU:c1}]] DIPUKUL GURU DI \
SEKOLAH SAMPAI MEMAR. SDH LAPOR KEPSEK TP TDK DITANGGAPI. WA [[phone:{HPP}]]
===
KOTKUPANG NOMOR SY [[phone:{HPT}]] SDH 5 KALI SMS 1708 SOAL GOT DI DEPAN RMH [[address:{ADDR|U}]] \
TDK ADA BALASAN. [[name:{FU:m1}]]
===
KOTKUPANG INFO DR [[name:{FU:m1}]]: KENDARAAN DINAS [[plate:{PLATE|U}]] DIPAKAI KE PESTA TIAP \
MALAM MINGGU DI {KEL|U}. TLG DITERTIBKAN
===
KOTKUPANG LAMPU JALAN MATI DI {PSTREET|U} DEKAT BUNDARAN. GELAP, RAWAN BEGAL. MOHON DINAS \
PERHUBUNGAN CEK. SDH 2 MGG SEJAK {DATE}
===
KOTKUPANG TOKEN LISTRIK {RP} SDH DIBELI TP TDK MASUK. NO METER {METER}, TOKEN {TOKEN}. PLN UP3 \
KUPANG TLG CEK
===
KOTKUPANG AIR PDAM MATI 5 HARI DI KEL {KEL|U}. NO SAMBUNGAN {PDAM}. SDH TELP HOTLINE PDAM \
{OFFTEL} TDK DIANGKAT
===
KOTKUPANG PBB TAHUN INI NAIK DR {RP} JADI {RP}. NOP {NOP}. MHN PENJELASAN BAPENDA
===
KOTKUPANG ANTRIAN DI DUKCAPIL PANJANG SKALI, DPT NO ANTRI {ANTRI} JAM {TIME} BARU DIPANGGIL JAM 3 \
SORE. TLG TAMBAH LOKET
===
KOTKUPANG KODE BILLING {BILL} UTK BAYAR RETRIBUSI SAMPAH TDK BISA DIBAYAR DI ATM, MUNCUL KODE \
EXPIRED. LAPORAN {TIKET} BLM DIBALAS
===
KOTKUPANG TERIMA KASIH PDAM, AIR SDH JALAN LG DI {KEL|U} SEJAK {DATE}. SEMOGA TERUS BEGINI. SALAM \
DAMAI
===
KOTKUPANG JALAN RUSAK DI {PSTREET|U} DEPAN RSUD S.K. LERIK, LUBANG BESAR. SDH ADA KECELAKAAN \
{NUM} KALI BLN INI
===
KOTKUPANG WARGA RT {RTN} {KEL|U} MENGELUH BAU SAMPAH DARI TPA ALAK SEJAK {DATE}. MOHON DLHK TINJAU
===
KOTKUPANG SY MAU TANYA, NO WA PENGADUAN DUKCAPIL {OFFWA} BENAR ATAU PALSU? ADA YG MINTA BAYAR \
{RP} UTK CETAK KTP
===
KOTKUPANG PEMBAYARAN PAJAK KENDARAAN VIA VA {VA} SUKSES TP DI SAMSAT STATUS BLM BAYAR. NO \
TRANSAKSI {TRX}
===
KOTKUPANG SURAT NO {SURAT} TTG PENERTIBAN PKL DI PASAR OEBOBO TDK DISOSIALISASIKAN KE PEDAGANG. \
KAMI MINTA DIALOG
===
KOTKUPANG ID PELANGGAN PLN {PLN} TAGIHAN BLN INI {RP}, BIASANYA CUMA {RP}. APA ADA KESALAHAN \
CATAT METER?
===
KOTKUPANG SINAR MATAHARI PANAS SKALI TP TAMAN NOSTALGIA TDK ADA POHON LG. MOHON DITANAM KEMBALI, \
PASTI INDAH. DARI WARGA {KEL|U}
===
KOTKUPANG KETUA RT {RTN} RW {RTN} {KEL|U} SDH AJUKAN PROPOSAL JALAN SETAPAK {DATE} TP BLM ADA \
KABAR. NO SURAT {SURAT}
===
KOTKUPANG BUS SEKOLAH GRATIS JURUSAN {KEL|U} TDK LEWAT LG SEJAK {DATE}. ANAK2 JALAN KAKI {NUM} \
KM. MOHON DISHUB PERHATIKAN
===
KOTKUPANG PUSKESMAS {KEL|U} SDH TUTUP JAM 11.00 PADA {DATE} PADAHAL JADWAL SAMPAI JAM 14.00. \
PASIEN DARI JAUH TDK DILAYANI. TLG DINKES TEGUR
"""

WHATSAPP = """
[{STAMP}] [[name:{FL:f1}]]: pak, air di rumah sdh 4 hari sonde jalan
[{STAMP}] Admin Kelurahan: baik bu, nanti kami teruskan ke PDAM. alamat ibu dmn?
[{STAMP}] [[name:{FL:f1}]]: [[address:{ADDR|L}]], dkt gereja
===
selamat siang, sy [[name:{G:f1}]] dr {KEL}. mau tanya kk sy nomor [[kk:{KK}]] kok nama suami sy \
[[name:{F:m1}]] hilang di data baru? padahal sdh menikah 2019
===
pak ini nomor sy [[phone:{HP0}]], sy [[name:{F:m1}]] yg tadi telp soal lampu jalan mati di \
{PSTREET}. rumah sy pas di ujung, [[address:{ADDR}]]
===
Bu bidan [[name:{G:f1}]] di pustu {KEL} sonde ada di tempat lagi hari ini. Ibu hamil su antri \
dari pagi. Tolong diperhatikan. - [[name:{FL:f2}]]
===
(voice note, ditulis ulang) halo pak, ini saya [[name:{G:m1}]], anaknya mama [[name:{G:f1}]] yang \
di [[address:{RT}]] itu, mau lapor tiang listrik di depan rumah miring mau rubuh, sudah dua \
minggu, tolong pak
===
kak sy mau urus bpjs mama sy, no kartu [[bpjs:{BPJS}]], skrg status nonaktif. nik mama \
[[nik:{NIK:f1}]]. nama [[name:{F:f1}]]. bisa dibantu?
===
{TIME} - [[name:{GL:m1}]]: om ko jalan di gang kami belum disemen ee
{TIME} - [[name:{GL:m2}]]: sabar bro, katanya bulan depan
{TIME} - [[name:{GL:m1}]]: dari tahun lalu bilang bulan depan terus
{TIME} - grup warga: info: musrenbang kelurahan {DATE}
===
tolong bantu share. anak kami [[name:{F:c1}]] (12 thn) hilang sejak {DATE} sore di sekitar Pasar \
Oeba. pakai baju pramuka. kalau lihat hubungi bapanya [[name:{G:m1}]] [[phone:{HPD}]] atau \
mamanya [[phone:{HPS}]]
===
pagi pak [[name:{G:m1}]], motor sy yg ditilang kemarin plat [[plate:{PLATE}]] bisa diambil di \
mana? sy sdh bayar denda di bri. tks
===
sy usaha perorangan jualan kue, NPWP pribadi sy [[npwp:{NPWP}]], sdh lapor SPT tapi ada denda \
{RP} katanya telat. padahal bukti lapor ada {IMG}
===
ini dari mama [[name:{G:f1}]]: "nak, tolong bilang pak rt kalau air got masuk rumah lagi." \
rumahnya di [[address:{ADDR}]] kel {KEL}
===
[[name:{FL:x1}]] ([[phone:{HPQ}]]) minta dijemput ambulans ke rsud, sdh telp 112 tdk tersambung. \
tolong cepat!!
===
bu, ini email sy [[email:{EMAIL:f1}]], tolong kirim formulir pindah datang. sy [[name:{F:f1}]], \
pindah dr Kab. Sikka ke Kota Kupang
===
pak ini foto ktp sy utk verifikasi: KTP_[[nik:{NIK:x1}]].jpg, dan foto rumah {IMG}. nama \
[[name:{F:x1}]]
===
kak [[name:{G:f1}]], sy sdh transfer uang sampah {RP} ke bendahara rt, tp tetap ditagih lg. bukti \
transfer ada. [[name:{F:f2}]]
===
tanta [[name:{G:f1}]] bilang pak lurah janji mau datang liat rumah yg rusak kena angin, tapi \
sampai skrg belum. alamatnya [[address:{ADDR}]]. hp tanta [[phone:{HPDOT}]]
===
Pak, sy [[name:{F:m1}]] pemilik kios pulsa di Pasar Inpres. HP sy [[phone:{HPD}]]. Ada petugas \
minta uang keamanan tiap minggu {RP}, namanya [[name:{F:m2}]]
===
kemarin [[name:{F:m1}]] su pi lapor ke polsek soal motor hilang, tapi belum ada kabar. motornya \
[[plate:{PLATE}]] warna hitam
===
halo min, sy mau konfirmasi pendaftaran KIP Kuliah anak sy [[name:{F:c1}]]. nomor kk \
[[kk:{KK4}]], rekening bank ntt [[bank_account:{REKNTT}]]
===
Salam, sy [[name:{G:f1}]] dari {KEL}. Sy mau komplain petugas puskesmas [[name:{G:f2}]] yg marah2 \
pasien lansia tadi pagi. Terima kasih
===
nomor wa sy [[phone:{HP0|O}]], nama [[name:{F:x1}]], mau lapor pungli di samsat, diminta {RP} utk \
cek fisik
===
mama [[name:{G:f1}]] tadi pagi jatuh di jalan berlubang depan SD Inpres Oepura 2. skrg di RS \
Bhayangkara Drs. Titus Uly. tolong dinas pupr tutup lubangnya
===
[{STAMP}] [[name:{F:m1}]]: Sdh kirim data ke pak [[name:{G:m2}]] blm?
[{STAMP}] [[name:{G:f1}]]: sdh kak, NIK [[nik:{NIK4:f1}]], KIS [[bpjs:{BPJS}]]
[{STAMP}] [[name:{F:m1}]]: ok mantap
===
pak, kata petugas dinsos nama sy di dtks tertulis "[[name:{GL:x1} {SL:x2}]]" jadi bantuan tdk \
keluar. sy [[name:{FL:x1}]], rt sy [[address:{RT}]]
===
td pagi [[name:{F:f1}]] deng [[name:{F:f2}]] antar surat ke kantor lurah, tp pak lurah sonde ada. \
bsk pigi lg. kalo ada yg tau jadwal tolong info ke [[name:{G:f1}]] [[phone:{HPD}]]
===
min, jalan di {PSTREET} depan Puskesmas Sikumana berlubang lagi, sdh ada yg jatuh. foto terlampir \
{IMG}
===
[{STAMP}] Admin Kelurahan: Info pemadaman listrik {DATE} jam {TIME} s/d {TIME} wilayah {KEL}
[{STAMP}] grup warga: siap min
[{STAMP}] mama: bawa lilin dulu
===
info dari pdam: gangguan pipa di {PSTREET}, air mati sementara. pengaduan hub WA center {OFFWA} \
atau hotline {OFFTEL}
===
sy mau tanya, kenapa token {TOKEN} tdk bisa masuk? id pelanggan {PLN}. beli di indomaret {RP}
===
*HATI-HATI PENIPUAN* ada akun @dinsos_kupang_official palsu yg minta biaya pendaftaran bansos \
{RP}. akun resmi hanya @dinsoskotakupang. jangan transfer apapun
===
terima kasih bapak/ibu petugas kebersihan, sampah di {PSTREET} sdh diangkut pagi tadi jam {TIME}. \
indah skali skrg 👍
===
kak, bayar retribusi pasar pakai qris bisa? kode pembayaran {BILL} sonde terbaca
===
tiket laporan sy {TIKET} status masih "diproses" sdh {NUM} hari. kapan diselesaikan?
===
warga di RT {RTN} banyak yg demam sejak {DATE}, mohon fogging. puskesmas bilang tunggu data dulu
===
Diteruskan: Pengumuman Disdukcapil Kota Kupang — pelayanan KTP-el Sabtu {DATE} di Kantor Camat \
{KEC} jam 08.00\u201312.00. Info: dukcapil.kotakupang@gmail.com
===
min tanya, bunga pinjaman di koperasi kelurahan brp persen? katanya {NUM}% per bulan, mahal skali
===
lampu mati di Jl. Amabi dari jam {TIME} malam. pln bilang gangguan penyulang. nomor laporan {TRX}
===
semua warga yg mau vaksin, datang ke Posyandu Bunga Bakung {DATE} jam {TIME}. bawa fotokopi ktp \
dan kk
===
[{STAMP}] Admin Kelurahan: Jadwal angkut sampah {KEL} berubah mulai {DATE}
[{STAMP}] grup warga: 👍
===
bro ko su bayar pajak motor? sy pake VA {VA}, masuk struk tapi di aplikasi samsat blm update. ref \
{TRX}
"""

WEB_FORM = """
Nama Pelapor: [[name:{F:x1}]]
NIK: [[nik:{NIK:x1}]]
No. HP/WA: [[phone:{HP}]]
Email: [[email:{EMAIL:x1}]]
Alamat: [[address:{ADDR}]], Kel. {KEL}, Kec. {KEC}
Kategori: Infrastruktur
Isi Laporan: Drainase di depan rumah tersumbat sejak musim hujan, air meluap ke jalan.
===
Judul: Pungutan liar pengurusan akta
Identitas pelapor dirahasiakan: Ya
Nama: [[name:{F:f1}]]
Telepon: [[phone:{HPS}]]
Uraian: Saat mengurus akta kelahiran anak saya [[name:{G:c1}]] di loket 3, petugas bernama \
[[name:{G:m1}]] meminta {RP} agar cepat selesai.
===
nama lengkap : [[name:{FL:m1}]]
no ktp : [[nik:{NIK4:m1}]]
no kk : [[kk:{KK}]]
alamat : [[address:{RT}]] kel. {KEL}
keluhan : nama di kk salah tulis, tertulis "[[name:{GL:m1} {SL:x9}]]" harusnya "[[name:{FL:m1}]]"
===
Kategori: Kesehatan
Nama: [[name:{F:f1}]]
No. BPJS/KIS: [[bpjs:{BPJS}]]
NIK: [[nik:{NIK:f1}]]
HP: [[phone:{HPD}]]
Isi: Kartu KIS saya dan anak saya [[name:{G:c1}]] tidak aktif sejak {DATE}. Kami peserta PBI.
===
Nama Wajib Pajak: [[name:{F:x1}]]
NPWP: [[npwp:{NPWP}]]
NOP: {NOP}
Keluhan: SPPT PBB tahun ini tercetak atas nama orang lain. Mohon dikoreksi.
===
Pelapor: [[name:{F:m1}]] | HP [[phone:{HP0}]] | Alamat: [[address:{ADDR}]]
Terlapor: juru parkir di depan Toko Sinar Abadi
Lokasi: {PSTREET}
Kronologi: juru parkir minta {RP} padahal karcis tertulis Rp 2.000.
===
Data Pemohon
- Nama: [[name:{F:f1}]]
- NIK: [[nik:{NIKD:f1}]]
- NPWP: [[npwp:{NPWP16:f1}]]
- Rekening Bank NTT: [[bank_account:{REKNTT}]] a.n. [[name:{F:f1}]]
Isi: Dana hibah UMKM belum ditransfer sesuai jadwal {DATE}.
===
Nama: [[name:{F:m1}]]
Kendaraan: [[plate:{PLATE}]]
Nomor HP: [[phone:{HPP}]]
Laporan: Kendaraan saya diderek Dishub dari depan rumah sendiri di [[address:{ADDR}]], bukan dari \
badan jalan.
===
Laporan #{TIKET}
Pelapor: anonim
Kontak balasan: [[email:{EMAILO:x1}]]
Isi: Guru di sekolah anak saya menjual LKS seharga {RP}. Wali kelas, Ibu [[name:{F:f2}]], bilang \
wajib beli.
===
Form Pengaduan Online
Nama : [[name:{F:x1}]]
Tempat/Tgl Lahir : Kupang, {DOB}
Pekerjaan : Wiraswasta
No. Telp Rumah : [[phone:{TEL}]]
HP : [[phone:{HPT}]]
Alamat : [[address:{ADDR}]]
Isi Pengaduan : Izin usaha (NIB) saya ditolak tanpa alasan jelas, nomor permohonan {SURAT}.
===
name: [[name:{F:f1}]]
email: [[email:{EMAIL:f1}]]
phone: [[phone:{HPQ}]]
subject: Beasiswa
message: Anak saya [[name:{G:c1} {S:f1}]] siswa SMAN 3 Kupang belum menerima beasiswa Pemkot \
tahap II. NISN {NISN}.
===
Jenis Laporan: Aspirasi
Nama: [[name:{F:m1}]]
Usul: lapangan kosong di RT saya ([[address:{RT}]]) dibangun taman bermain anak. Sudah dibahas di \
musrenbang {DATE}.
===
NAMA: [[name:{FU:x1}]]
NIK: [[nik:{NIK:x1}]]
NO KK: [[kk:{KK}]]
ALAMAT: [[address:{ADDR|U}]]
KELURAHAN: {KEL|U}
KELUHAN: KK BELUM DICETAK ULANG SETELAH PERUBAHAN STATUS PERKAWINAN
===
Nama pelapor: [[name:{F:f1}]]
Hubungan: istri dari [[name:{F:m1}]] (almarhum)
NIK almarhum: [[nik:{NIK:m1}]]
No. Rekening (Mandiri): [[bank_account:{REKMDR}]]
Isi: Santunan kematian belum dibayarkan.
===
Nama: [[name:{G:f1}]]
Nomor WhatsApp: [[phone:{HPB}]]
Laporan: Bau menyengat dari kandang babi tetangga, Bapak [[name:{F:m1}]], tepat di belakang rumah \
saya.
===
Kepada: Dinas Perhubungan
Dari: [[name:{F:m1}]], sopir angkot, plat [[plate:{PLATE}]]
Kontak: [[phone:{HPD}]] / [[email:{EMAIL:m1}]]
Isi: Trayek Kota\u2013Penfui diserobot kendaraan tanpa izin di terminal.
===
Nama Pelapor : [[name:{F:x1}]]
No. BPJS Kesehatan mandiri : [[bpjs:{BPJS4}]]
Alamat : [[address:{ADDR}]]
Laporan : Obat di apotek RSUD kosong, disuruh beli di luar {RP}.
===
Nama siswa: [[name:{F:c1}]]
Nama orang tua: [[name:{F:f1}]]
HP orang tua: [[phone:{HP0}]]
No. rekening PIP (BRI): [[bank_account:{REKBRI}]]
Keluhan: Dana PIP dipotong {RP} oleh pihak sekolah.
===
Pelapor: [[name:{F:m1}]] ([[email:{EMAILD:m1}]])
Jabatan: guru ASN di SDN {KEL}
Keluhan: Tunjangan profesi triwulan III belum dibayar. NIP {NIP}.
===
Identitas
Nama : [[name:{F:f1}]]
NIK : [[nik:{NIK:f1}]]
No. HP : [[phone:{HPDOT}]]
Uraian : Suami saya [[name:{F:m1}]] dipukul oknum satpol PP saat berjualan di Pasar Kasih. Motor \
kami [[plate:{PLATE}]] juga ditahan.
===
Nama: [[name:{F:x1}]]
No. KK: [[kk:{KK4}]]
Anggota keluarga yang belum masuk KK: [[name:{F:c1}]] (lahir {DATE}), [[name:{F:c2}]]
Kontak: [[phone:{HPR}]]
===
Pelapor: [[name:{F:f1}]] / Peserta JKN [[bpjs:{BPJS}]]
Isi: Ibu saya, [[name:{F:f2}]], dirujuk ke RSUD Prof. Dr. W. Z. Johannes tetapi ditolak karena \
kamar penuh. Mohon bantuan.
===
Kategori: Lingkungan
Nama Pelapor: (dirahasiakan)
Lokasi: {PSTREET}, Kel. {KEL}
Isi: Pembakaran sampah tiap sore di lahan kosong, asap masuk ke SD Inpres. Laporan sebelumnya \
{TIKET}.
===
Kategori: Listrik
ID Pelanggan: {PLN}
No. Meter: {METER}
Isi: Tagihan pascabayar bulan ini {RP}, naik tiga kali lipat.
===
Kategori: Air Bersih
No. Sambungan PDAM: {PDAM}
Lokasi: Kel. {KEL}
Isi: Air keruh dan berbau sejak {DATE}. Sudah telepon call center PDAM {OFFTEL}.
===
Kategori: Pajak Daerah
NOP: {NOP}
Kode Billing: {BILL}
Isi: Pembayaran PBB lewat VA {VA} sudah berhasil, tetapi status masih belum lunas.
===
Judul: Antrean Samsat
Isi: Nomor antrean {ANTRI}, menunggu dari jam {TIME}. Loket hanya dua. Mohon ditambah.
Lampiran: {IMG}
===
Kategori: Perizinan
Nomor Permohonan: {SURAT}
Isi: Permohonan PBG sudah 40 hari kerja belum ada keputusan. Sudah menghubungi WA layanan DPMPTSP \
{OFFWA}.
===
Kategori: Pendidikan
Sekolah: SMPK St. Theresia Kupang
Isi: Pungutan uang gedung {RP} tanpa rapat komite. Kontak sekolah: tu.smpkstheresia@gmail.com
===
Kategori: Sosial
Isi: Warga RT {RTN} sampai RT {RTN} Kel. {KEL} belum menerima beras bantuan tahap {NUM}.
===
Kategori: Perdagangan
Terlapor: {CONAME}
NPWP terlapor: {NPWP}
Isi: Toko menjual minyak goreng di atas HET, {RP} per liter.
===
Kategori: Transportasi
Lokasi: Bandara El Tari
Isi: Tarif taksi bandara tidak sesuai argo, diminta {RP} sampai {PSTREET}.
===
Kategori: Kesehatan
Fasilitas: RSUD Prof. Dr. W. Z. Johannes
Isi: Antrean poli penyakit dalam nomor {ANTRI}, dokter datang jam {TIME}. Pengaduan ke \
humas.rsudwzj@gmail.com tidak dibalas.
===
Kategori: Ketenagakerjaan
No. Peserta BPJS Ketenagakerjaan: {BPJSTK}
Isi: Saldo JHT tidak sesuai, klaim nomor {TRX} ditolak.
===
Kategori: Infrastruktur
Isi: Jembatan di Jl. Kelinci Oebufu amblas. Surat camat {SURAT} tanggal {DATE} belum \
ditindaklanjuti.
===
Kategori: Kependudukan
Nama Pelapor: tidak diisi
Isi: Layanan online Dukcapil error sejak {DATE}, kode permohonan {TIKET}. Email ke \
dukcapil@kupangkota.go.id tidak dibalas.
===
Kategori: Pasar
Lokasi: Pasar Inpres Naikoten
Isi: Atap los ikan bocor, lantai licin. Retribusi harian {RP} tetap ditarik, karcis nomor {TRX}.
"""

KUPANG_MALAY = """
Bapa dong, beta [[name:{F:m1}]] dari [[address:{RT}]] {KEL}. Katong pung air su satu minggu sonde \
jalan. Beta pung nomor [[phone:{HP0}]]
===
Usi, beta mau tanya. Beta pung mama [[name:{F:f1}]] pung KTP su hilang, NIK [[nik:{NIK:f1}]]. \
Bisa urus baru ko sonde?
===
Nyong [[name:{G:m1}]] tu, dia pung motor [[plate:{PLATE}]] parkir tiap malam di depan beta pung \
rumah, tutup jalan. Su tegur tapi dia sonde dengar
===
Katong di [[address:{ADDR}]] ni, lampu jalan su mati dua bulan. Beta su omong deng Pak RT tapi \
sonde ada hasil. Salam, [[name:{G:f1}]]
===
Pak Lurah, beta pung tetangga [[name:{F:m1}]] buang sampah di kali tiap hari. Dong sonde mau \
dengar. Beta [[name:{G:f2}]], rumah di [[address:{ADDR}]]
===
Kaka, beta pung anak [[name:{G:c1}]] sonde dapat PIP padahal su daftar. Nomor KK [[kk:{KK}]], \
beta pung nama [[name:{F:f1}]]
===
Ini beta [[name:{G:m1}]], sopir oto kol. Polisi tahan beta pung oto [[plate:{PLATE|U}]] di pos \
Oesapa, minta {RP} baru lepas. Beta pung WA [[phone:{HPD}]]
===
Dong panggil dia [[name:{K:x1}]] sa, dia yang tiap malam mabok ko bikin ribut di lorong. Nama \
lengkap [[name:{F:x1}]]. Katong su takut
===
Om [[name:{G:m1}]] deng tanta [[name:{G:f1}]] su tunggu bantuan rumah rusak dari Februari. Dong \
pung rumah di [[address:{ADDR}]], su mau rubu
===
Beta pung BPJS sonde aktif lai, nomor kartu [[bpjs:{BPJS}]]. Beta su bayar tiap bulan. Tolong \
cek. [[name:{FL:x1}]]
===
Ko sonde malu ko, petugas kelurahan [[name:{G:f1}]] minta uang {RP} sa ko mau tanda tangan surat. \
Beta pung nama [[name:{F:m1}]], HP [[phone:{HPS}]]
===
Kaka dong, beta jual sayur di Pasar Inpres. NPWP beta [[npwp:{NPWP}]], beta usaha sendiri. Kenapa \
pajak sonde jelas begini?
===
[[name:{F:m1}]] deng [[name:{F:m2}]] su pi kantor lurah tiga kali, tapi surat sonde jadi-jadi. \
Dong bilang tunggu kepala
===
Mama [[name:{G:f1}]] bilang beras bantuan su sampe di kelurahan tapi sonde dibagi. Mama pung \
rumah di [[address:{RT}]] Kel. {KEL}. Tolong cek
===
Beta pung gaji honor tiga bulan sonde masuk di rekening BRI [[bank_account:{REKBRI}]]. Beta \
[[name:{F:f1}]], guru honor di SD Inpres {KEL}
===
Pak, beta pung email [[email:{EMAIL:m1}]], tolong kirim sa surat keterangan tu. Beta \
[[name:{G:m1}]], yang tadi datang pake baju merah
===
Kasian, nona [[name:{G:f1}]] tu dong pung anak su umur 7 tahun tapi belum punya akta. Dong \
tinggal di [[address:{ADDR}]]
===
Katong keluarga [[name:{S:x1}]] minta tolong, tanah pekuburan keluarga di {KEL} su dipake orang \
bangun rumah. Hubungi beta [[phone:{HPR}]]
===
Adik [[name:{G:f1}]], beta su kirim foto KK lewat WA. Nomor KK [[kk:{KK4}]], NIK suami \
[[nik:{NIK:m1}]]. Terima kasih banyak
===
Oma [[name:{G:f1}]] su 80 tahun, pensiun janda sonde cair tiga bulan. Rekening Mandiri \
[[bank_account:{REKMDR}]]. Beta cucu, [[name:{G:x2}]]
===
Dia [[name:{F:m1}]] tu petugas parkir di Kampung Solor, kalo ko sonde bayar {RP} dia marah-marah. \
Beta pung motor [[plate:{PLATE}]] dia cakar
===
beta [[name:{GL:m1}]] dari kolhua. jalan ke beta pung rumah di [[address:{ADDR|L}]] su rusak \
parah, oto sonde bisa masuk
===
Tanta [[name:{G:f1}]] deng Om [[name:{G:m1}]] dong pung anak [[name:{G:c1}]] su dua hari sonde \
pulang. Terakhir dia pi sekolah. Tolong bantu cari, hubungi [[phone:{HPDOT}]]
===
Beta su urus BPJS mandiri, kartu [[bpjs:{BPJS4}]], tapi di puskesmas dong bilang belum aktif. \
Beta [[name:{F:x1}]], tinggal di [[address:{RT}]] Oesapa
===
Katong pung kepala RT, Bapa [[name:{F:m1}]], su catat beta pung nama tapi bantuan sonde datang. \
Beta pung NIK [[nik:{NIK:f1}]], nama [[name:{F:f1}]]
===
[[name:{GL:f1}]] deng dia pung laki [[name:{GL:m1}]] su bangun pagar makan jalan gang. Oto \
ambulans sonde bisa masuk. Katong su omong baik-baik
===
Pak, lampu jalan di {PSTREET} su mati dari minggu lalu. Malam gelap, orang takut lewat. Tolong dong
===
Katong warga RT {RTN} su tunggu air tangki dari pagi, sampe sore sonde datang. Kapan ko?
===
Beta su beli token {RP} tapi sonde masuk. Nomor meter {METER}. PLN pung call center 123 sonde \
angkat
===
Jalan di depan SD Inpres {KEL} tu lubang besar, su ada anak sekolah jatuh {DATE}. Dinas PUPR dong \
mana?
===
Terima kasih banyak Pak Lurah deng staf, got di katong pung lorong su dibersihkan {DATE}. Indah \
skali sekarang
===
Beta mau tanya, uang sampah {RP} satu bulan tu resmi ko sonde? Karcis nomor {TIKET}
===
Pasar Kasih tu becek, atap bocor, pedagang dong basah semua kalo ujan. Retribusi {RP} tiap hari. \
Pemkot tolong perhatikan
===
Ko bilang pelayanan KTP satu hari jadi, tapi beta pung antrian nomor {ANTRI} sonde dipanggil \
sampe jam {TIME}
===
Dinas Kesehatan pung nomor WA pengaduan {OFFWA} tu masih aktif ko sonde? Beta kirim pesan sonde \
dibalas
===
Su tiga hari sampah di TPS {PSTREET} sonde diangkut, bau sampe di gereja. Katong su lapor lewat \
1708, nomor laporan {TIKET}
===
Nyong dong di lorong ni su bikin pos ronda sendiri karena pencuri banyak. Polisi sonde pernah \
patroli di {KEL}
===
PBB katong pung tanah naik dua kali lipat, NOP {NOP}. Sonde ada sosialisasi sama sekali
===
Bunga pinjaman koperasi tu {NUM} persen, beta sonde kuat bayar. Koperasi Murni Kasih pung kantor \
di {PSTREET}
===
Damai sa, jang baku pukul. Tapi PDAM dong harus kasi jelas kenapa air mati di {KEL} su {NUM} hari
===
Bemo jurusan {KEL} su sonde lewat malam. Anak sekolah deng mama-mama pulang pasar jalan kaki. \
Dishub dong tolong atur
"""

LETTER = """
Kepada Yth.
Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang
di Tempat

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama    : [[name:{F:m1}]]
NIK     : [[nik:{NIK:m1}]]
Alamat  : [[address:{ADDR}]], Kel. {KEL}
No. HP  : [[phone:{HPD}]]

dengan ini menyampaikan keberatan atas pembangunan saluran yang memotong halaman rumah kami tanpa \
pemberitahuan.

Demikian surat ini saya sampaikan. Atas perhatian Bapak, saya ucapkan terima kasih.

Kupang, {DATE}
Hormat saya,

[[name:{F:m1}]]
===
From: [[name:{F:f1}]] <[[email:{EMAIL:f1}]]>
To: Ombudsman RI Perwakilan NTT <ombudsman.ntt@ombudsman.go.id>
Subject: Laporan maladministrasi pelayanan akta

Yth. Bapak/Ibu,
Saya melaporkan bahwa permohonan akta kelahiran anak saya, [[name:{G:c1} {S:f1}]], yang saya \
ajukan pada {DATE} belum selesai. Nomor registrasi {TIKET}.

Salam,
[[name:{G:f1}]]
[[phone:{HPS}]]
===
Perihal: Permohonan perbaikan data BPJS

Yth. Kepala BPJS Kesehatan Cabang Kupang,
Saya, [[name:{F:f1}]], peserta JKN dengan nomor kartu [[bpjs:{BPJS}]], memohon perbaikan nama \
yang tertulis "[[name:{G:f1} {S:x9}]]" pada kartu saya.
Terlampir fotokopi KTP (NIK [[nik:{NIK:f1}]]) dan KK (No. [[kk:{KK}]]).

Hormat saya,
[[name:{F:f1}]]
===
Kupang, {DATE}
Nomor : -
Lampiran : 1 berkas
Hal : Keluhan jalan lingkungan

Kepada Yth. Lurah {KEL}

Kami yang bertanda tangan di bawah ini menyampaikan keluhan atas rusaknya jalan di depan rumah \
kami yang belum diperbaiki sejak 2024.

1. [[name:{F:x1}]] ttd
2. [[name:{F:x2}]] ttd
3. [[name:{F:x3}]] ttd

Koordinator: [[name:{F:x1}]], HP [[phone:{HP0}]]
===
Kepada: pengaduan@kupangkota.go.id
Cc: [[email:{EMAIL:f3}]]; humas@kupangkota.go.id
Subjek: Tunggakan pembayaran katering

Selamat siang,
Saya [[name:{F:m2}]], pemilik usaha perorangan katering. NPWP pribadi saya [[npwp:{NPWP}]]. \
Tagihan katering rapat bulan lalu sebesar {RP} belum dibayar. Mohon dibayarkan ke rekening BCA \
[[bank_account:{REKBCA}]] a.n. [[name:{F:m2}]].

Terima kasih,
[[name:{F:m2}]]
===
Yth. Kapolresta Kupang Kota
Dengan hormat, saya [[name:{F:m1}]] melaporkan kehilangan sepeda motor dengan nomor polisi \
[[plate:{PLATE}]] pada {DATE} di halaman rumah saya, [[address:{ADDR}]]. Hingga kini belum ada \
perkembangan.
Hormat saya,
ttd
[[name:{F:m1}]]
HP. [[phone:{HPDOT}]]
===
Kepada Yth. Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang

Dengan hormat,
Kami orang tua murid kelas V SD Inpres Oepura 2 mengadukan tindakan guru kelas, Ibu \
[[name:{F:f1}]], S.Pd., yang menghukum murid berdiri di bawah sinar matahari selama satu jam.

Kupang, {DATE}
Mewakili orang tua murid,
[[name:{F:m2}]]
Telp rumah [[phone:{TEL}]]
===
Dari: Bagian Organisasi Setda Kota Kupang <organisasi@kupangkota.go.id>
Kepada: [[name:{F:x1}]] <[[email:{EMAIL:x1}]]>
Perihal: Tanggapan atas laporan {TIKET}

Yth. Sdr. [[name:{F:x1}]],
Laporan Saudara telah kami teruskan kepada Dinas Lingkungan Hidup dan Kebersihan dengan surat \
nomor {SURAT}.

Hormat kami,
Admin SP4N-LAPOR! Kota Kupang
===
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[name:{F:f1}]]
NIK : [[nik:{NIK4:f1}]]
Alamat : [[address:{ADDR}]]
memberi kuasa kepada:
Nama : [[name:{F:m1}]]
NIK : [[nik:{NIK4:m1}]]
untuk mengurus pencairan dana pensiun atas nama saya di Taspen Kupang, rekening BRI \
[[bank_account:{REKBRI}]].
Kupang, {DATE}
Pemberi kuasa, [[name:{F:f1}]]      Penerima kuasa, [[name:{F:m1}]]
===
Kepada Yth. Kepala BKPSDM Kota Kupang

Dengan hormat, saya [[name:{F:f1}]], S.Pd., guru PPPK di SMPN 9 Kupang, menyampaikan bahwa NPWP \
saya ([[npwp:{NPWP16:f1}]]) belum dipadankan sehingga pajak penghasilan dipotong lebih tinggi.

Hormat saya,
[[name:{F:f1}]], S.Pd.
Email: [[email:{EMAILD:f1}]]
===
Hal: Mohon mediasi sengketa batas tanah

Yth. Camat {KEC},
Bersama ini kami sampaikan bahwa telah terjadi sengketa batas tanah antara keluarga \
[[name:{S:x1}]] dan keluarga [[name:{S:x2}]] di [[address:{RT}]] Kel. {KEL}. Kami mohon Bapak \
berkenan memfasilitasi mediasi.

Hormat kami,
[[name:{G:x1} {S:x1}]]
===
Yth. Admin LAPOR!,
Mohon balasan dikirim ke alamat saya [[email:{EMAILO:m1}]] (sengaja saya tulis begini).
Laporan saya: truk pasir [[plate:{PLATE}]] melintas di jalan lingkungan setiap malam dan merusak \
aspal baru.
Salam,
[[name:{G:m1}]]
===
From: [[name:{S:m1}]], [[name:{G:m1}]] <[[email:{EMAILD:m1}]]>
To: Inspektorat Kota Kupang <inspektorat@kupangkota.go.id>
Subject: Pengaduan internal

Saya melaporkan dugaan pemotongan honor tenaga kebersihan oleh koordinator lapangan, Sdr. \
[[name:{F:m2}]].

Hormat saya,
[[name:{F:m1}]]
===
SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini, [[name:{F:f1}]], pemilik warung makan di rumah saya, \
[[address:{ADDR}]], menyatakan keberatan atas penagihan retribusi reklame untuk papan nama \
warung. NPWP saya [[npwp:{NPWP}]].
Kupang, {DATE}
[[name:{F:f1}]]
===
Yth. Direktur Perumda Air Minum Kota Kupang
Dengan hormat,
Saya pelanggan dengan nomor sambungan {PDAM} atas nama [[name:{F:m1}]], beralamat di \
[[address:{ADDR}]]. Tagihan bulan ini {RP} padahal air tidak mengalir sejak {DATE}.
Hormat saya,
[[name:{F:m1}]]
Telp. [[phone:{HPS}]]
===
Kepada Yth. Kepala Dinas Sosial Kota Kupang

Dengan hormat, saya [[name:{F:f1}]] (NIK [[nik:{NIK:f1}]], No. KK [[kk:{KK}]]) mohon agar \
keluarga kami dimasukkan kembali sebagai penerima PKH. Kami dikeluarkan tanpa pemberitahuan pada \
tahap ke-{NUM}.

Hormat saya,
[[name:{F:f1}]]
===
Subject: Re: Jalan lingkungan

Terima kasih Pak [[name:{G:m1}]] atas tanggapannya. Tetapi sampai hari ini belum ada petugas yang \
datang.

> Pada {DATE}, [[name:{F:m1}]] <[[email:{EMAILD:m1}]]> menulis:
> Baik Pak, laporan Bapak kami jadwalkan minggu depan.

Salam,
[[name:{F:m2}]]
===
Hal: Permohonan keringanan uang komite

Yth. Kepala SMA Negeri 1 Kupang,
Saya orang tua dari [[name:{G:c1} {S:m1}]] (kelas XI) dan [[name:{G:c2} {S:m1}]] (kelas X). \
Karena suami saya, [[name:{F:m1}]], meninggal dunia pada {DATE}, kami mohon keringanan uang komite.

Hormat saya,
[[name:{F:f1}]]
HP/WA [[phone:{HPP}]]
===
Kepada Yth. Direktur RSUD S.K. Lerik

Saya [[name:{F:m1}]], suami pasien [[name:{F:f1}]] (No. kartu JKN [[bpjs:{BPJS}]]), menyampaikan \
keluhan atas pelayanan IGD pada {DATE} pukul {TIME}. Istri saya menunggu tiga jam tanpa \
pemeriksaan.

Hormat saya,
[[name:{F:m1}]]
[[address:{ADDR}]]
===
To: "Sdri. [[name:{F:f1}]]" <[[email:{EMAIL:f1}]]>
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
Subject: Konfirmasi jadwal audiensi

Yth. Ibu [[name:{G:f1}]],
Audiensi terkait keluhan Ibu dijadwalkan {DATE} pukul {TIME} WITA di Ruang Garuda Kantor Wali Kota.
===
Dengan hormat,
Bersama surat ini saya, [[name:{F:m1}]], pemilik mobil [[plate:{PLATE}]], mengajukan keberatan \
atas denda parkir {RP}. Mobil saya parkir di halaman rumah sendiri, [[address:{ADDR}]].

Salam damai,
[[name:{F:m1}]]
KK: [[kk:{KK}]]
===
PEMERINTAH KOTA KUPANG
DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN
Jl. Jenderal Sudirman No. 88, Kupang, Telp. {OFFTEL}
Email: dlhk@kupangkota.go.id

Nomor : {SURAT}
Perihal : Jadwal pengangkutan sampah

Menindaklanjuti laporan masyarakat nomor {TIKET}, bersama ini kami sampaikan jadwal pengangkutan \
sampah di wilayah Kecamatan {KEC} mulai {DATE}.

Kepala Dinas,
ttd
===
Kepada Yth. Lurah {KEL}

Dengan hormat,
Kami menyampaikan keluhan warga RT {RTN} sampai RT {RTN} mengenai air bersih yang tidak mengalir \
selama dua minggu. Mohon perhatian Bapak.

Kupang, {DATE}
Warga RT {RTN}
===
Dari: Sekretariat DPRD Kota Kupang <setwan@kupangkota.go.id>
Kepada: Dinas PUPR <pupr@kupangkota.go.id>
Perihal: Undangan rapat dengar pendapat

Sehubungan dengan pengaduan masyarakat tentang jalan rusak di {PSTREET}, kami mengundang Saudara \
pada {DATE} pukul {TIME} WITA di Ruang Sidang Utama.
===
TOKO SINAR ABADI
Jl. Soeharto No. {NUM}, Kupang
NPWP : {NPWP}
Telp. {OFFTEL}

Faktur No. {TRX}
Semen 40 kg x 10 ........ {RP}
Total ................... {RP}
===
Yth. Bapak/Ibu Pelapor,
Terima kasih atas laporan Saudara nomor {TIKET}. Untuk informasi lebih lanjut silakan menghubungi \
WA layanan Dukcapil {OFFWA} atau datang ke kantor kami, Senin\u2013Jumat 08.00\u201315.00.

Salam,
Dinas Kependudukan dan Pencatatan Sipil Kota Kupang
===
SMP NEGERI 5 KUPANG
Tata Usaha: Telp. {OFFTEL}, surel smpn5kupang@gmail.com

Pengumuman Nomor {SURAT}
Pembayaran seragam sebesar {RP} dapat ditransfer melalui VA {VA} paling lambat {DATE}.
===
Kepada Yth. Kepala Dinas Koperasi dan UKM
Hal: Laporan kegiatan

Koperasi Murni Kasih, NPWP {NPWP}, melaporkan bahwa rapat anggota tahunan telah dilaksanakan pada \
{DATE}. Sisa hasil usaha sebesar {RP} telah dibagikan.

Pengurus
===
Forum Warga Peduli Kota
Sekretariat: Jl. Kenari No. {NUM}, Kupang

Nomor: {SURAT}
Hal: Penolakan kenaikan tarif air

Kami menolak kenaikan tarif air minum sebesar {NUM}% karena pelayanan belum membaik. Laporan \
terdaftar {TIKET}.

Koordinator Forum
===
From: noreply@lapor.go.id
Subject: Laporan Anda {TIKET} telah diteruskan

Laporan Anda telah diteruskan ke Pemerintah Kota Kupang. Batas waktu tindak lanjut: {DATE}. Mohon \
tidak membalas email ini.
===
Majelis Jemaat GMIT Paulus Kupang
Jl. Thamrin No. {NUM}, Kupang

Kepada Yth. Kepala Dinas Perhubungan
Hal: Permohonan pengaturan lalu lintas

Sehubungan dengan ibadah Natal pada {DATE} pukul {TIME}, kami mohon bantuan petugas di \
persimpangan {PSTREET}.

Salam damai,
Ketua Majelis Jemaat
===
Nomor : {SURAT}
Sifat : Segera
Perihal : Laporan kejadian angin kencang

Kepada Yth. Wali Kota Kupang
Pada {DATE} pukul {TIME} WITA terjadi angin kencang di Kelurahan {KEL}. Tercatat {NUM} rumah \
rusak ringan. Posko BPBD dapat dihubungi di {OFFTEL} atau WA {OFFWA}.

Kepala Pelaksana BPBD
===
RS Bhayangkara Drs. Titus Uly
Hal: Klarifikasi tagihan

Menanggapi pengaduan nomor {TIKET}, kami sampaikan bahwa tagihan {RP} merupakan biaya obat di \
luar formularium JKN. Informasi lanjut: humas.rsbhayangkara@gmail.com
===
{CONAME}
NPWP badan: {NPWP}
Hal: Keberatan retribusi

Kepada Yth. Kepala Bapenda Kota Kupang,
Kami keberatan atas tagihan retribusi nomor {BILL} sebesar {RP}. Kantor kami beralamat di Jl. \
Timor Raya No. {NUM}.

Direksi
===
Dari: Kelurahan {KEL:1} <kel.{KEL:1|LC}@gmail.com>
Kepada: Camat {KEC}
Perihal: Rekap pengaduan

Terlampir rekap {NUM} pengaduan bulan ini. Terbanyak soal air bersih dan lampu jalan. Surat \
pengantar {SURAT}.

Lurah {KEL:1}
"""

SOCIAL = """
Pemkot tolong lihat ini 🙏 jalan masuk ke rumah kami di [[address:{ADDR}]] su rusak \
bertahun-tahun. @pemkotkupang @dprdkotakupang #kupang
===
Cuma mau bilang terima kasih ke ibu bidan [[name:{G:f1}]] di Puskesmas Oebobo yang bantu \
persalinan istri saya jam 2 pagi. Pelayanan luar biasa!
===
[[name:{F:f1}]]: Sama di sini, air sonde jalan 1 minggu
↳ [[name:{F:m1}]]: di {KEL} juga kk
↳ PDAM Kota Kupang: Mohon maaf, ada perbaikan pipa. Info hubungi {OFFWA}
===
DICARI: pemilik motor [[plate:{PLATE}]] yang tabrak lari di {PSTREET} tadi malam. Korban \
[[name:{F:m1}]] masih dirawat. Info hub keluarga [[phone:{HPD}]]
===
Viral! oknum petugas dishub [[name:{F:m1}]] minta uang di pos Bundaran Tirosa. Sudah saya \
laporkan ke 1708 juga.
===
Ini cerita mama saya, [[name:{F:f1}]]. Su 3 kali ke dukcapil urus KTP elektronik, selalu bilang \
blanko habis. Umur 70 tahun disuruh bolak-balik 😢
===
Turut berduka cita. Selamat jalan [[name:{F:m1}]]. Semoga keluarga diberi kekuatan. Pemkot tolong \
perbaiki lampu di {PSTREET} supaya tidak ada korban lagi
===
Open donasi untuk adik [[name:{G:c1}]] (7 thn) penderita leukemia. Rek BRI \
[[bank_account:{REKBRI}]] a.n. [[name:{F:f1}]] (mamanya). BPJS nya [[bpjs:{BPJS}]] tidak \
menanggung obat tertentu
===
Yang kenal [[name:{F:m1}]] tolong kasih tau, KTP dan dompetnya saya temukan di Pasar Oeba. NIK \
[[nik:{NIK:m1}]]. DM saya
===
@kupang_info betul kaka, saya [[name:{G:f1}]] tinggal di [[address:{RT}]] {KEL} juga belum dapat \
bantuan
===
[[name:{F:x1}]] [[name:{F:x2}]] [[name:{F:x3}]] tag teman2 yang tinggal di {KEL}, ada pembagian \
sembako gratis besok di kantor lurah
===
Saya [[name:{F:m1}]], kontraktor perorangan, sudah 6 bulan belum dibayar untuk proyek drainase. \
NPWP saya [[npwp:{NPWP}]] lengkap, pajak sudah dipotong. Mana hak saya?
===
Hati-hati ada penipuan atas nama kelurahan. Yang asli tidak minta transfer. Kalau mau konfirmasi \
hubungi saya langsung, [[name:{G:m1}]] [[phone:{HP0}]] (staf kelurahan {KEL})
===
Ini anak saya [[name:{G:c1}]], hilang sejak kemarin sore di sekitar Pasar Kasih. Tolong share. WA \
[[phone:{HPQ}]]
===
kaka [[name:{GL:f1}]] pung warung di [[address:{ADDR}]] kena gusur tanpa surat, padahal itu rumah \
sendiri
===
Kami keluarga [[name:{S:x1}]] berterima kasih kepada Lurah {KEL}, Bapak [[name:{F:m1}]], yang \
sudah bantu jenazah almarhumah mama kami dipulangkan ke Rote
===
Ada yang tau kenapa NPWP istri saya [[npwp:{NPWP16:f1}]] ditolak waktu daftar PPPK? Katanya harus \
padan NIK dulu 🤔
===
Dia [[name:{F:m1}]] tu pegawai PDAM yang datang ke rumah minta {RP} baru sambungan dipasang. \
Bukti chat ada.
===
update: motor [[plate:{PLATE}]] milik teman saya [[name:{G:m1}]] sudah ketemu di Oesapa. Terima \
kasih polsek Kelapa Lima 🙏
===
Mohon bantu share, sy [[name:{G:f1}]], email sy [[email:{EMAIL:f1}]]. Sy kehilangan map berisi \
ijazah di angkot jurusan Penfui {DATE}
===
Balasan untuk @kupangterkini: itu rumah om saya, [[name:{F:m1}]], di [[address:{ADDR}]]. Su dua \
kali kebanjiran bulan ini
===
baru dengar cerita [[name:{FL:f1}]], anaknya demam tinggi tapi ambulans puskesmas sonde datang \
sampe pagi. miris
===
Komentar teratas:
[[name:{F:m1}]] — Pemkot cuma janji.
[[name:{F:f1}]] — Betul, di {KEL} juga begitu.
[[name:{F:x2}]] — Sabar kaka, su masuk APBD katanya
===
Selamat ulang tahun Mama [[name:{G:f1}]] tersayang 🎂 Maaf tidak bisa pulang, jalan ke kampung \
putus lagi. @pupr_ntt kapan diperbaiki?
===
Suami saya [[name:{F:m1}]] kerja di Malaysia, kiriman uang ke rekening Bank NTT \
[[bank_account:{REKNTT}]] dipotong biaya {RP}. Wajar ko?
===
[[name:{F:m1}]] kamu su lihat ini? jalan di {PSTREET} su diaspal, tapi cuma setengah 😂 \
[[name:{F:f1}]] bilang sisanya tahun depan
===
Jalan di {PSTREET} depan Undana lubang besar lagi. Tiap musim hujan sama. @pemkotkupang #kupangbisa
===
Sinar matahari pagi jam {TIME} di Pantai Lasiana indah skali, tapi sampah plastik di mana-mana 😢 \
@dlhkkotakupang
===
Info: pelayanan KTP keliling di Kantor Camat {KEC} {DATE}. Bawa KK asli. Sumber: \
@dukcapilkotakupang
===
Terima kasih PLN, listrik sudah menyala lagi di {KEL} setelah padam {NUM} jam. Semoga tidak \
terulang
===
Warga RT {RTN} {KEL} gotong royong bersihkan got hari ini 💪 salam dari warga RT {RTN}
===
Yang tanya nomor pengaduan: SMS ke 1708 ketik KOTKUPANG spasi keluhan. Atau WA center {OFFWA}. \
Jangan percaya nomor lain
===
Harga beras di Pasar Oebobo naik jadi {RP} per kg. Pemerintah mana? #hargapangan
===
Antrean BBM di SPBU {PSTREET} panjang sekali dari jam {TIME}. Ada yang tau kenapa?
===
Ini struk pembayaran PBB saya, NOP {NOP}, tapi di aplikasi masih tertunggak. Screenshot: {IMG}
===
Damai itu indah. Stop tawuran pelajar di {PSTREET}! Polisi tolong patroli jam pulang sekolah {TIME}
===
Posyandu Bunga Bakung {KEL} butuh timbangan baru. Yang mau donasi bisa hubungi kantor kelurahan \
{OFFTEL}
===
Dapat SMS "selamat anda dapat hadiah {RP}" dari nomor yang mengaku kantor pos. Kode transaksi \
{TRX}. Hati-hati penipuan!
===
Berkat hujan semalam, genangan di Bundaran PU setinggi lutut {DATE}. Drainase kapan diperbaiki? \
@pupr.kotakupang
===
Untung ada petugas damkar cepat datang, kebakaran di Pasar Inpres tidak meluas. Terima kasih \
{NUM} personel yang bertugas 🙏
===
Lomba kebersihan antar-RT {KEL}: juara 1 RT {RTN}, juara 2 RT {RTN}. Hadiah {RP} dari kelurahan 👏
"""

OFFICER_NOTE = """
Catatan telepon {DATE} {TIME}
Pelapor: Bpk. [[name:{F:m1}]], HP [[phone:{HPD}]], warga [[address:{RT}]] Kel. {KEL}
Isi: air PDAM tidak mengalir 6 hari. Sudah diteruskan ke PDAM (tiket {TIKET}).
Petugas: [[name:{G:f2}]]
===
Kunjungan lapangan, {DATE}
Lokasi: rumah Ibu [[name:{F:f1}]], [[address:{ADDR}]]
Temuan: dinding retak akibat getaran alat berat proyek drainase. Tetangga, Bpk. [[name:{F:m1}]], \
mengalami hal serupa.
Tindak lanjut: koordinasi dengan PPK Dinas PUPR.
Dicatat oleh: [[name:{F:x3}]]
===
Laporan masuk via SMS 1708 dari [[phone:{HPR}]]. Ditelepon balik, mengaku bernama \
[[name:{F:x1}]]. Mengeluhkan anaknya [[name:{G:c1}]] tidak dilayani di Puskesmas Bakunase karena \
BPJS ([[bpjs:{BPJS}]]) tidak aktif. Diteruskan ke Dinkes.
===
No. {TIKET} | Kanal: datang langsung
Nama: [[name:{F:f1}]] | NIK: [[nik:{NIK:f1}]] | KK: [[kk:{KK}]]
Keluhan: nama ibu kandung di KK keliru. Diarahkan ke loket 2 Dukcapil, antrean {ANTRI}.
===
Rekap telepon pagi:
1. [[name:{F:m1}]] ({NUM}) \u2013 lampu jalan mati, {PSTREET}
2. [[name:{F:f1}]] ({NUM}) \u2013 sampah tidak diangkut
3. [[name:{F:m2}]] ({NUM}) \u2013 pungli parkir
===
Pelapor datang ke kantor bersama suaminya. Ibu [[name:{G:f1}]] menunjukkan buku tabungan BRI \
([[bank_account:{REKBRI}]]) a.n. [[name:{F:f1}]]: bantuan BLT tidak masuk sejak {DATE}. Suami, \
[[name:{F:m1}]], minta dihubungi di [[phone:{HPS}]].
===
Telp masuk {TIME}. Penelepon tidak mau menyebut nama. Melaporkan kendaraan dinas \
[[plate:{PLATE}]] dipakai antar anak sekolah setiap pagi. Diteruskan ke Inspektorat.
===
Catatan: Sdr. [[name:{F:m1}]] (HP [[phone:{HP0}]]) melapor bahwa Ketua RT {RTN} meminta uang {RP} \
untuk surat pengantar. Ketua RT bernama [[name:{F:m2}]], tinggal di [[address:{ADDR}]].
===
Mediasi {DATE}
Hadir: [[name:{F:m1}]] (pihak I), [[name:{F:m2}]] (pihak II), Lurah {KEL}, Babinsa.
Pokok masalah: pagar pihak II dibangun di atas tanah pihak I. Kedua pihak sepakat pengukuran \
ulang oleh BPN.
Notulen: [[name:{G:f1}]]
===
Pelapor anonim (email [[email:{EMAILO:x1}]]). Mengadukan guru SMPN 1 Kupang, Bpk. \
[[name:{F:m1}]], yang menjual buku paket {RP}. Status: verifikasi.
===
Kunjungan rumah Oma [[name:{F:f1}]] ([[nik:{NIK:f1}]]), lansia tinggal sendiri di \
[[address:{ADDR}]]. Belum terdaftar PBI. Anak di Surabaya, [[name:{F:x2}]], dapat dihubungi di \
[[phone:{HPP}]].
===
Hasil verifikasi: NPWP pelapor [[npwp:{NPWP}]] valid, terdaftar a.n. [[name:{F:m1}]]. Keberatan \
pajak restoran diteruskan ke Bapenda bidang pendataan.
===
Penelepon: [[name:{G:m1}]] (tidak menyebut marga). Nomor tidak muncul. Melaporkan jalan rusak di \
{PSTREET}. Diteruskan ke PUPR, tiket {TIKET}.
===
Tindak lanjut laporan {TIKET}: petugas DLHK [[name:{F:m1}]] dan [[name:{F:m2}]] sudah ke lokasi \
{DATE}. Sampah diangkut. Pelapor [[name:{F:f1}]] dihubungi via [[phone:{HPD}]], menyatakan puas.
===
Pelapor: [[name:{FU:m1}]]
Alamat: [[address:{ADDR|U}]]
Keluhan: suara musik dari kafe sebelah sampai jam 2 pagi. Pemilik kafe, [[name:{F:m2}]], sudah \
ditegur Satpol PP dua kali.
===
Telepon dari Bapak [[name:{F:m1}]] yang menanyakan santunan kematian istrinya, almarhumah \
[[name:{F:f1}]] (NIK [[nik:{NIK:f1}]]). Rekening Bank NTT [[bank_account:{REKNTT}]] sudah \
diverifikasi.
===
Pelapor Bpk. [[name:{F:m1}]], warga [[address:{RT}]] — mengadukan tetangga, [[name:{F:m2}]], yang \
memelihara anjing tanpa kandang. Dua anak digigit: [[name:{G:c1}]] dan [[name:{G:c2}]].
===
Surat masuk dari [[name:{F:f1}]] (KK [[kk:{KK4}]]) memohon penerbitan KK baru karena pindah ke \
rumah suami di [[address:{ADDR}]]. Berkas lengkap, diserahkan ke Dukcapil.
===
Verifikasi lapangan PKH: KPM [[name:{F:f1}]], NIK [[nik:{NIK:f1}]], rumah [[address:{ADDR}]], \
Kel. {KEL}. Kondisi: rumah papan, lantai tanah. Pendamping PKH: [[name:{F:f2}]].
===
SMS 1708 dari [[phone:{HP0}]]: "TLG CEK PAJAK MOTOR [[plate:{PLATE|U}]] SDH BAYAR TP BLM MASUK". \
Dibalas: mohon kirim bukti bayar. Pemilik: [[name:{FU:x1}]] (sesuai STNK).
===
Walk-in {DATE}: [[name:{F:x1}]] membawa kartu KIS [[bpjs:{BPJS}]] milik ayahnya, [[name:{F:m2}]], \
yang ditolak di apotek. Diarahkan ke BPJS Kesehatan Cabang Kupang.
===
Panggilan ulang {TIME}: [[name:{F:f1}]] (pelapor tiket {TIKET}) menyatakan lampu jalan sudah \
menyala. Ditanya alamat untuk survei kepuasan: [[address:{RT}]] Kel. {KEL}. Laporan ditutup.
===
Telp {TIME}: [[name:{F:m1}]] lapor mobil [[plate:{PLATE}]] miliknya ditabrak truk sampah DLHK di \
depan rumahnya, [[address:{ADDR}]]. Minta ganti rugi. No. HP [[phone:{HPT}]].
===
Ditemui di lokasi: [[name:{F:m1}]], [[name:{F:f1}]], [[name:{F:m2}]]. Ketiganya membenarkan bahwa \
saluran tersumbat sejak {DATE}. [[name:{G:f1}]] menunjukkan foto genangan ({IMG}).
===
Rekap harian {DATE}: 14 laporan masuk via SMS 1708, 9 via WA center {OFFWA}, 3 datang langsung. \
Terbanyak soal air bersih.
===
Telp masuk {TIME}, penelepon anonim, melaporkan pohon tumbang di {PSTREET}. Diteruskan ke BPBD \
({OFFTEL}). Tiket {TIKET}.
===
Koordinasi dengan PLN UP3 Kupang: gangguan penyulang di Kel. {KEL}, perkiraan normal jam {TIME}. \
ID laporan PLN {TRX}.
===
Laporan {TIKET} ditutup: pipa bocor di {PSTREET} sudah diperbaiki. Nomor sambungan terdampak \
{PDAM}.
===
Catatan rapat {DATE}: Kepala Dinas PUPR minta data jalan rusak per kecamatan. Koordinator Forum \
Warga hadir. Tindak lanjut minggu depan.
===
Warga RT {RTN} mengeluh tumpukan sampah. Ketua RT {RTN} sudah melapor ke kelurahan {DATE}. \
Diteruskan ke DLHK.
===
Pengaduan soal tagihan PBB NOP {NOP}: setelah dicek, SPPT sudah benar. Pelapor diberi penjelasan \
via telepon kantor.
===
Verifikasi: nomor WA {OFFWA} yang beredar atas nama Dinas Sosial adalah nomor resmi layanan. Akun \
@dinsos.kupang.resmi palsu.
===
Kunjungan ke SDK St. Yoseph Kupang: atap kelas bocor di {NUM} ruang. Kepala sekolah minta bantuan \
rehab. Surat {SURAT}.
===
Klarifikasi ke Samsat: pembayaran kode billing {BILL} tercatat {DATE}, status sudah lunas. \
Laporan selesai.
===
Tidak dapat dihubungi: nomor pelapor tidak aktif. Laporan soal banjir di Jl. Kelinci Oebufu tetap \
diteruskan ke PUPR, tiket {TIKET}.
===
Token PLN pelapor {TOKEN} gagal masuk karena salah nomor meter. Sudah dijelaskan cara cek di \
aplikasi PLN Mobile.
===
Antrean loket Dukcapil hari ini sampai nomor {ANTRI}. Blangko KTP tersedia {NUM} keping. Tidak \
ada keluhan tertulis.
===
Disposisi Sekda {DATE}: laporan {TIKET} soal pungutan di Pasar Kasih diteruskan ke Dinas \
Perdagangan. Batas tindak lanjut 5 hari kerja.
"""

MIXED = """
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{NIK:f1|O}]]
Nama : [[name:{FU:f1}]]
Tempat/Tgl Lahir : KUPANG, {DOB}
Jenis Kelamin : PEREMPUAN Gol. Darah : O
Alamat : [[address:{ADDRN|U}]]
[[address:RT/RW : 0{RTN}/0{RTN}]]
Kel/Desa : {KEL|U}
Agama : KRISTEN
===
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NlK : [[nik:{NIK:m1|O}]]
N a m a : [[name:{FU:m1}]]Tempat/Tgl Lahir : SOE, {DOB}
Jenis Kelamin : LAKI-LAKI
Alamat : [[address:{ADDRN|U}]]
[[address:RT/RW : 0{RTN}/0{RTN}]]
Kecamatan : {KEC|U}
===
KARTU KELUARGA
No. [[kk:{KK}]]
Nama Kepala Keluarga : [[name:{FU:m1}]]
Alamat : [[address:{ADDRN|U}]]
No | Nama Lengkap | NIK | Status
1 | [[name:{FU:m1}]] | [[nik:{NIK:m1}]] | KEPALA KELUARGA
2 | [[name:{GU:f1} {SU:m1}]] | [[nik:{NIK:f1}]] | ISTRI
3 | [[name:{GU:c1} {SU:m1}]] | [[nik:{NIK:c1}]] | ANAK
===
KOTKUPANG NIK SY [[nik:{NIK:x1|W}]] TDK TERDAFTAR DTKS. HP [[phone:{HP0|W}]]. [[name:{FU:x1}]]
===
Tolong hubungi saya di [[phone:{HPS|N}]], saya [[name:{F:x1}]], soal laporan drainase {TIKET}.
===
NIK ibu saya [[nik:{NIK:f1|Z}]] (copy dari aplikasi), nama [[name:{F:f1}]], mohon cek status \
bansos.
===
Daftar penerima bantuan yang belum cair (Kel. {KEL})
No | Nama | Umur | Keterangan
1 | [[name:{FU:x1}]] | {NUM} | belum cair
2 | [[name:{FU:x2}]] | {NUM} | belum cair
3 | [[name:{FU:x3}]] | {NUM} | rekening ditolak
4 | [[name:{FU:x4}]] | {NUM} | belum cair
===
Data korban banjir {DATE}:
1. [[name:{F:m1}]] ({NUM}) \u2013 [[address:{RT}]]
2. [[name:{F:f1}]] ({NUM}) \u2013 [[address:{RT}]]
3. [[name:{F:c1}]] ({NUM})
Kontak posko: {OFFWA}
===
BUKU TABUNGAN
BANK NTT
NO. REKENING : [[bank_account:{REKNTT}]]
NAMA : [[name:{FU:x1}]]
ALAMAT : [[address:{ADDRN|U}]]
===
NPWP : [[npwp:{NPWP|O}]]
[[name:{FU:x1}]]
NIK : [[nik:{NIK:x1}]]
[[address:{ADDRN|U}]]
KPP PRATAMA KUPANG
===
Kontak: [[email:{EMAIL:x1}]] / [[phone:{HPD|W}]] — [[name:{F:x1}]]
===
Nama : [[name:{GU:m1}
{SU:m1}]]
NIK : [[nik:{NIK:m1}]]
Pekerjaan : PETANI
===
hub sy di [[phone:{HPS|B}]] ya pak, sy [[name:{G:f1}]] yg tadi lapor soal got di {PSTREET}
===
| No | Nama Orang Tua | No. HP | Anak |
|---|---|---|---|
| 1 | [[name:{F:f1}]] | [[phone:{HP0}]] | [[name:{G:c1}]] |
| 2 | [[name:{F:m1}]] | [[phone:{HPD}]] | [[name:{G:c2}]] |
| 3 | [[name:{F:f2}]] | [[phone:{HPS}]] | [[name:{G:c3}]] |
===
Mobil tabrak lari, nopol [[plate:{PLATE|W}]], korban [[name:{F:m1}]] dibawa ke RSUD. Saksi: \
[[name:{F:x2}]].
===
Alamat: [[address:{ADDR|N}]]
Pemohon: [[name:{F:x1}]]
Keperluan: surat keterangan domisili
===
sy [[name:{F:x1|Z}]] mau lapor, rumah sy kebanjiran lagi, alamat [[address:{ADDR}]]
===
No. JKN: [[bpjs:{BPJS|W}]]
Nama peserta: [[name:{F:x1}]]
Faskes: Puskesmas {KEL}
===
No. KK : [[kk:{KK|O}]]
Kepala Keluarga : [[name:{FU:m1}]]
Desa/Kelurahan : {KEL|U}
===
Laporan via WA hari ini:
- [[phone:{HPQ}]] ([[name:{G:x1}]]): sampah
- [[phone:{HPR}]] ([[name:{G:x2}]]): lampu jalan
- {OFFWA} (Kelurahan {KEL}): konfirmasi jadwal
===
NIK : [[nik:{NIK4:f1|B}]]
Nama : [[name:{FU:f1}]]
Status : belum padan
===
\uff2e\uff41\uff4d\uff41: [[name:{F:x1}]]
\uff28\uff30: [[phone:{HPD|W}]]
\uff2e\uff29\uff2b: [[nik:{NIK:x1|W}]]
===
Penerima bantuan sosial (dari foto):
• [[name:{FU:f1}]] \u2013 rek BRI [[bank_account:{REKBRI}]]
• [[name:{FU:f2}]] \u2013 rek BRI [[bank_account:{REKBRI}]]
===
Dari:\u00a0[[name:{F:x1}]]
Email:\u00a0[[email:{EMAIL:x1}]]
Pesan:\u00a0KTP saya belum jadi sejak {DATE}.
===
N a m a : [[name:{FU:x1|S}]]
NIK : [[nik:{NIK:x1}]]
Pekerjaan : MENGURUS RUMAH TANGGA
===
Nama Lengkap : [[name:{FU:m1|D}]]
Tempat/Tgl Lahir : KUPANG, {DOB}
NIK : [[nik:{NIK:m1|O}]]
Status Perkawinan : KAWIN
===
Tagihan air bulan ini {RP|W}, jatuh tempo {DATE|W}. No. sambungan {PDAM|W}.
===
Rekap keluhan per RT (Kel. {KEL})
RT | Jumlah laporan | Masalah
RT {RTN} | {NUM} | air
RT {RTN} | {NUM} | sampah
RT {RTN} | {NUM} | lampu jalan
===
Token:\u00a0{TOKEN|N} — meter {METER}. Sudah dimasukkan tapi saldo kWh tidak bertambah.
===
STRUK PEMBAYARAN
PLN PRABAYAR
ID PEL : {PLN}
NO METER : {METER}
RP BAYAR : {RP}
TOKEN : {TOKEN}
===
Kontak pengaduan {DATE}:
- Call center 112
- Hotline PDAM {OFFTEL}
- WA center Pemkot {OFFWA}
- Email pengaduan@kupangkota.go.id
===
Nomor laporan: {TIKET|Z}, status: diteruskan ke OPD, {DATE}.
===
| Jenis | Kode bayar | Jumlah |
|---|---|---|
| PBB | {BILL} | {RP} |
| Retribusi sampah | {BILL} | {RP} |
| BPHTB | {VA} | {RP} |
===
Surat {SURAT|W} tentang jam layanan Senin\u2013Jumat 08.00\u201315.00, berlaku {DATE}.
===
Titik jalan rusak prioritas 2027:
1. Jl. W.J. Lalamentik
2. Jl. Frans Seda
3. Jl. Piet A. Tallo
4. {PSTREET}
5. Jl. Herman Johannes ({NUM} titik)
===
Lampiran laporan {TIKET}:
- {IMG}
- {IMG}
- {IMG}
===
NOP:\u00a0{NOP}
Luas tanah: {NUM}0 m2
PBB terutang: {RP}
===
UD BERKAT JAYA
NPWP {NPWP|W}
Total {RP}
Terima kasih atas kunjungan Anda
===
Nama posyandu: Bunga Bakung | Kader aktif: {NUM} | Jadwal: {DATE} | Tempat: Aula Kelurahan {KEL}
===
\uff34\uff29\uff2b\uff25\uff34 {TIKET} — status: selesai {DATE}
===
Nomor antrian:\u200b{ANTRI}
Loket: 3
Waktu: {TIME}
"""


BLOCKS = {
    "sms_caps": SMS_CAPS,
    "whatsapp": WHATSAPP,
    "web_form": WEB_FORM,
    "kupang_malay": KUPANG_MALAY,
    "letter": LETTER,
    "social": SOCIAL,
    "officer_note": OFFICER_NOTE,
    "mixed": MIXED,
}


def build() -> list[dict[str, object]]:
    """All texts, checked, in a shuffled order with ids."""
    rng = random.Random(SEED)
    seen: set[str] = set()
    records: list[dict[str, object]] = []
    for style in STYLES:
        for template, repeat in templates_of(BLOCKS[style]):
            for _ in range(repeat):
                for _attempt in range(8):
                    marked = fill(rng, template)
                    text, spans = strip_labels(marked)
                    if text not in seen:
                        break
                else:
                    raise ValueError(
                        f"a {style} template gives the same text again: {template[:60]!r}"
                    )
                values = [m.group(2) for m in LABEL.finditer(marked)]
                check_text(text, spans, values)
                seen.add(text)
                records.append(
                    {
                        "text": text,
                        "spans": [{"kind": s.kind, "start": s.start, "end": s.end} for s in spans],
                        "style": style,
                    }
                )
    rng.shuffle(records)
    return [{"id": f"b5-{n:04d}", **record} for n, record in enumerate(records, start=1)]


def main() -> None:
    """Write the corpus and a summary of what is in it."""
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    styles = Counter(str(r["style"]) for r in records)
    empty = Counter(str(r["style"]) for r in records if not r["spans"])
    kinds = Counter(s["kind"] for r in records for s in r["spans"])  # type: ignore[attr-defined]
    out = sys.stdout
    out.write(f"{len(records)} texts, {sum(kinds.values())} spans -> {OUT.name}\n")
    for style in STYLES:
        out.write(f"  {style}: {styles[style]} texts, {empty[style]} without personal data\n")
    for kind, count in kinds.most_common():
        out.write(f"  {kind}: {count}\n")


if __name__ == "__main__":
    main()
