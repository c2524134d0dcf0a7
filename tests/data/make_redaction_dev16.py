"""Write ``redaction_dev16.jsonl``: the sixteenth development redaction corpus.

Hand-written templates (inline labels ``[[kind:value]]`` and placeholders) filled four times each
with seed 20261216. Ten styles (long day-by-day chronologies, hotline calls written out, e-mail
threads with quoted replies, register rows, SP4N-LAPOR! submissions and replies, KOTKUPANG SMS,
residents named by a village head, an RT head, a pastor or a cadre, Indonesian mixed with English,
Kupang Malay, social media) over fourteen public services. Run ``python3 make_redaction_dev16.py``;
the script is deterministic and checks every span before it writes the file.

Template syntax (see README-redaction-dev16.md): a template's source lines are joined with a
space, a blank source line is a paragraph break, ``\\n`` a line break and ``\\t`` a tab;
``<<a||b>>`` picks one option; ``{{ROWS a-b}}...{{/ROWS}}`` repeats its body a to b times with
``{@X}`` a fresh placeholder of sort X in each row; ``{M1}``/``{F1}``/``{G1}`` are persons (a
man, a woman, either) with attributes after a dot and modifiers after ``|`` (``u`` capitals,
``l`` lower case, ``s`` a slug for a mailbox, ``r`` raw: not labelled, to be put inside a
hand-written marker).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261216
HERE = Path(__file__).resolve().parent
OUT = HERE / "redaction_dev16.jsonl"
FILLS = 4
KINDS = (
    "nik",
    "kk",
    "npwp",
    "phone",
    "email",
    "bpjs",
    "bank_account",
    "plate",
    "name",
    "address",
)
THEMES = (
    "water",
    "power",
    "roads",
    "waste",
    "health",
    "school",
    "civil_registry",
    "social_aid",
    "market",
    "transport",
    "land",
    "tax",
    "police",
    "scam",
)
STYLES = (
    "chronology",
    "call_transcript",
    "email_thread",
    "spreadsheet",
    "lapor_portal",
    "sms_plain",
    "relayed",
    "bilingual",
    "kupang_malay",
    "social",
)
TEMPLATES: list[tuple[str, str, str]] = []


def t(style: str, theme: str, source: str) -> None:
    """Register one hand-written template."""
    assert style in STYLES, style
    assert theme in THEMES, theme
    TEMPLATES.append((style, theme, source))


# ---------------------------------------------------------------------------------------------
# Pools: invented people of the region, Kota Kupang's places, offices' lines.

MEN = (
    "Yohanis",
    "Agustinus",
    "Frans",
    "Yakobus",
    "Petrus",
    "Paulus",
    "Markus",
    "Simon",
    "Obed",
    "Aser",
    "Yermias",
    "Nehemia",
    "Daud",
    "Samuel",
    "Lukas",
    "Efraim",
    "Adrianus",
    "Kornelis",
    "Stefanus",
    "Ferdinand",
    "Aloysius",
    "Emanuel",
    "Rudolf",
    "Benyamin",
    "Yusuf",
    "Abdul Rahman",
    "Hendrik",
    "Arnold",
    "Godlief",
    "Mesakh",
    "Filipus",
    "Ishak",
    "Herman",
    "Roni",
    "Andreas",
    "Dedi",
    "Jhon",
    "Yoris",
    "Imanuel",
    "Matheos",
    "Soleman",
    "Lodewyk",
    "Alfred",
    "Nikolaus",
    "Yosua",
    "Alexander",
    "Wilem",
    "Ariyanto",
    "Umar",
    "Ketut",
    "Rikardus",
    "Hironimus",
    "Oktavianus",
    "Yulius",
    "Beni",
    "Tomas",
    "Kristian",
    "Gabriel",
    "Blasius",
    "Wellem",
)
WOMEN = (
    "Yuliana",
    "Martha",
    "Ester",
    "Rut",
    "Naomi",
    "Agustina",
    "Rambu",
    "Yanti",
    "Erni",
    "Meri",
    "Novi",
    "Sofia",
    "Elisabeth",
    "Magdalena",
    "Theresia",
    "Veronika",
    "Kristina",
    "Yosefina",
    "Yulita",
    "Ance",
    "Ina",
    "Neti",
    "Ririn",
    "Mega",
    "Siti Aminah",
    "Nur",
    "Fatmawati",
    "Ola",
    "Oktovina",
    "Florida",
    "Adriana",
    "Margaretha",
    "Fransiska",
    "Serlin",
    "Delvi",
    "Ningsih",
    "Maria Goreti",
    "Rosalina",
    "Welhelmina",
    "Sance",
    "Hermina",
    "Lusia",
    "Agnes",
    "Dina",
    "Priska",
    "Juliana",
    "Yohana",
    "Efi",
    "Santi",
    "Mariana",
    "Lenny",
    "Paulina",
    "Katarina",
    "Arnoldina",
    "Getruida",
    "Indah",
    "Kasih",
    "Mince",
    "Orpa",
    "Susana",
)
FAMILIES = (
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
    "Riwu Kaho",
    "Therik",
    "Pah",
    "Nenobais",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Ratu",
    "Lobo",
    "Adoe",
    "Haba",
    "Kapitan",
    "Toelle",
    "Sinlae",
    "Selan",
    "Missa",
    "Bire",
    "Dethan",
    "Lenggu",
    "Pello",
    "Foeh",
    "Ballo",
    "Nalle",
    "Touselak",
    "Nomleni",
    "Seran",
    "Nahak",
    "Bria",
    "Klau",
    "Kolo",
    "Lado",
    "Huki",
    "Rohi",
    "Oematan",
    "Kana",
    "Boimau",
    "Tnunay",
    "Taebenu",
    "Neolaka",
    "Nope",
    "Zacharias",
    "Djami",
    "Ga Lena",
    "Dju Dara",
    "Lede",
    "Wadu",
    "Mone",
    "Kiuk",
    "Liu",
    "Sau",
    "Ulu",
    "Toy",
    "Mesah",
    "Penu",
    "Sabu",
    "Koreh",
    "Nitbani",
    "Bana",
    "Tualaka",
    "Baok",
    "Kause",
    "Hale",
    "Atapeni",
    "Syarif",
    "Siregar",
    "Wijaya",
    "Hasibuan",
    "Pandie",
    "Bolla",
    "Radja",
    "Kadja",
    "Ledo",
)
KELURAHAN = (
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Tuak Daun Merah",
    "Naikoten I",
    "Naikoten II",
    "Fontein",
    "Bonipoi",
    "Solor",
    "Merdeka",
    "Oetete",
    "Fatululi",
    "Oepura",
    "Sikumana",
    "Bello",
    "Fatukoa",
    "Naimata",
    "Penfui",
    "Maulafa",
    "Kolhua",
    "Naikolan",
    "Airnona",
    "Bakunase",
    "Bakunase II",
    "Kuanino",
    "Nunleu",
    "Fatubesi",
    "Namosain",
    "Nunbaun Sabu",
    "Nunbaun Delha",
    "Pasir Panjang",
    "Alak",
    "Penkase Oeleta",
    "Manulai II",
    "Manutapen",
    "Mantasi",
    "Fatufeto",
    "Oesapa",
    "Oesapa Barat",
    "Oesapa Selatan",
    "Lasiana",
    "Kelapa Lima",
    "Oeba",
    "Airmata",
    "Nefonaek",
    "Naioni",
    "Batuplat",
    "Kampung Baru",
    "Lahi Lai Bissi Kopan",
)
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kota Raja", "Kelapa Lima", "Kota Lama")
STREETS = (
    "Jl. Nangka",
    "Jl. Kelinci",
    "Jl. Kakatua",
    "Jl. Rambutan",
    "Jl. Kemuning",
    "Jl. Kamboja",
    "Jl. Beringin",
    "Jl. Jati",
    "Jl. Kasuari",
    "Jl. Merpati",
    "Jl. Bakti",
    "Jl. Manggis",
    "Jl. Teratai",
    "Jl. Flamboyan",
    "Jl. Cendana",
    "Jl. Matani",
    "Jl. Kejora",
    "Jl. Palapa",
    "Jl. Bajawa",
    "Jl. Rote",
    "Jl. Sabu",
    "Jl. Alor",
    "Jl. Lontar",
    "Jl. Gunung Mutis",
    "Jl. Fetor Funay",
    "Jl. Herewila",
    "Jl. Kancil",
    "Jl. Cemara",
    "Jl. Sukun",
    "Jl. Anggrek",
    "Jl. Dahlia",
    "Jl. Mawar",
    "Jl. Asoka",
    "Jl. Tenau",
    "Jl. Nusa Indah",
    "Jl. Sumba",
    "Jl. Mangga",
    "Jl. Pisang",
    "Jl. Cak Doko",
    "Jl. Thamrin",
    "Jl. Manafe",
    "Jl. Oekam",
)
MAIN_ROADS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Adisucipto",
    "Jl. Piet A. Tallo",
    "Jl. Amabi",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Perintis Kemerdekaan",
    "Jl. R.A. Kartini",
    "Jl. Sam Ratulangi",
    "Jl. Alfons Nisnoni",
    "Jl. Prof. Dr. Herman Johannes",
    "Jl. Bundaran PU",
    "Jl. Polisi Militer",
    "Jl. Veteran",
)
LANES = (
    "Gg. Kakatua",
    "Gg. Sepakat",
    "Gg. Damai",
    "Gg. Mawar",
    "Gg. Asam",
    "Lr. Damai",
    "Gg. Salib",
)
PUSKESMAS = (
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Puskesmas Oesapa",
    "Puskesmas Pasir Panjang",
    "Puskesmas Alak",
    "Puskesmas Penfui",
    "Puskesmas Naioni",
    "Puskesmas Oepoi",
    "Puskesmas Manutapen",
    "Puskesmas Oebufu",
)
HOSPITALS = (
    "RSUD S.K. Lerik",
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RS Leona",
    "RS Siloam Kupang",
    "RS Mamami",
    "RSIA Dedari",
)
SCHOOLS = (
    "SD Inpres Oepura 2",
    "SDN Oetete 1",
    "SD Inpres Naikoten 1",
    "SMPN 2 Kupang",
    "SMPN 5 Kupang",
    "SMPN 14 Kupang",
    "SMAN 1 Kupang",
    "SMAN 3 Kupang",
    "SMKN 3 Kupang",
    "SDK St. Yoseph",
    "SMPK St. Theresia",
    "SD GMIT Kuanino",
    "SMAN 6 Kupang",
    "SDN Bakunase 2",
)
MARKETS = (
    "Pasar Oeba",
    "Pasar Kasih Naikoten",
    "Pasar Oebobo",
    "Pasar Kuanino",
    "Pasar Penfui",
    "Pasar Oesapa",
)
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    """n digits not starting with 0."""
    return rng.choice("123456789") + _d(rng, n - 1)


OCR_DIGITS = {"0": "O", "1": "l", "5": "S", "8": "B"}


def _ocr(rng: random.Random, digits: str, at_least: int = 2) -> str:
    """Replace some digits (never the first) by the letters a careless typist or a scan uses."""
    spots = [i for i, c in enumerate(digits) if c in OCR_DIGITS and i > 0]
    rng.shuffle(spots)
    chosen = set(spots[: max(at_least, len(spots) // 3)])
    return "".join(OCR_DIGITS[c] if i in chosen else c for i, c in enumerate(digits))


# ---------------------------------------------------------------------------------------------
# Numbers a person has, in the writings people use.

PREFIXES = (
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0811",
    "0819",
    "0817",
    "0818",
    "0857",
    "0858",
    "0856",
    "0895",
    "0896",
    "0878",
    "0881",
    "0838",
    "0831",
)


def mobile_digits(rng: random.Random) -> str:
    return rng.choice(PREFIXES) + _d(rng, rng.choice((7, 8, 8, 8)))


def mobile(rng: random.Random, digits: str, form: str) -> str:  # noqa: PLR0911
    """A mobile in one of the guide's writings."""
    rest = digits[1:]
    if form == "b":
        return digits
    if form == "d":
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    if form == "s":
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    if form == "dot":
        return f"{digits[:4]}.{digits[4:8]}.{digits[8:]}"
    if form == "i":
        return rng.choice(
            (
                f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}",
                f"+62{rest}",
                f"62{rest}",
                f"62 {rest[:3]} {rest[3:7]} {rest[7:]}",
                f"+62 {rest[:3]} {rest[3:7]} {rest[7:]}",
            )
        )
    if form == "ocr":
        return _ocr(rng, digits)
    if form == "n":
        return f"{digits[:4]} {digits[4:8]}\n{digits[8:]}"
    raise AssertionError(form)


def home_line(rng: random.Random) -> str:
    six = "8" + _d(rng, 5)
    return rng.choice(
        (
            f"0380 {six}",
            f"(0380) {six}",
            f"(0380) {six[:3]} {six[3:]}",
            f"0380-{six}",
            f"0380 {six[:3]} {six[3:]}",
        )
    )


def nik_digits(rng: random.Random, woman: bool, regency: str | None = None) -> str:
    reg = regency or rng.choice(("71", "71", "71", "71", "01", "02", "03", "14"))
    district = f"0{rng.randint(1, 6)}" if reg == "71" else f"{rng.randint(1, 24):02d}"
    day = rng.randint(1, 28) + (40 if woman else 0)
    born = f"{day:02d}{rng.randint(1, 12):02d}{rng.choice(range(40, 120)) % 100:02d}"
    return f"53{reg}{district}{born}{rng.randint(1, 320):04d}"


def nik_form(rng: random.Random, digits: str, form: str) -> str:
    if form == "b":
        return digits
    if form == "s":
        return " ".join(digits[i : i + 4] for i in range(0, 16, 4))
    if form == "d":
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:12]}.{digits[12:]}"
    if form == "ocr":
        return _ocr(rng, digits)
    if form == "n":
        return f"{digits[:8]}\n{digits[8:]}"
    raise AssertionError(form)


def kk_digits(rng: random.Random) -> str:
    made = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(8, 25):02d}"
    return f"5371{rng.randint(1, 6):02d}{made}{rng.randint(1, 9999):04d}"


def npwp_old(rng: random.Random) -> str:
    body = _nz(rng, 9)
    return f"{body[:2]}.{body[2:5]}.{body[5:8]}.{body[8]}-{rng.choice(('920', '920', '921'))}.000"


def npwp_typed(rng: random.Random, old: str) -> str:
    """An old-format NPWP typed with stray spaces or without dots."""
    digits = re.sub(r"\D", "", old)
    return rng.choice(
        (
            digits,
            f"{digits[:2]} {digits[2:5]} {digits[5:8]} {digits[8]} {digits[9:12]} {digits[12:]}",
            old.replace(".", ". ", 1),
            old.replace("-", " - "),
            f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}.{digits[8]}.{digits[9:12]}.{digits[12:]}",
        )
    )


def bpjs_number(rng: random.Random, form: str = "b") -> str:
    digits = "000" + _nz(rng, 10)
    if form == "s":
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    return digits


def bank_number(rng: random.Random, bank: str) -> str:
    if bank == "BRI":
        digits = _d(rng, 4) + "01" + _d(rng, 6) + "5" + _d(rng, 2)
        return rng.choice(
            (digits, f"{digits[:4]}-{digits[4:6]}-{digits[6:12]}-{digits[12:14]}-{digits[14]}")
        )
    if bank == "BNI":
        return rng.choice(("0", "1", "08")) + _d(rng, 9) if rng.random() < 0.8 else _d(rng, 10)
    if bank == "Mandiri":
        digits = "14" + _d(rng, 11)
        return rng.choice((digits, f"{digits[:3]}-{digits[3:5]}-{digits[5:12]}-{digits[12]}"))
    if bank == "Bank NTT":
        return rng.choice(
            (
                (
                    f"00{rng.randint(1, 9)}.0{rng.randint(1, 9)}.0{rng.randint(1, 9)}."
                    f"{_d(rng, 6)}-{_d(rng, 1)}"
                ),
                "00" + _nz(rng, 8) + _d(rng, 3),
            )
        )
    if bank == "BCA":
        digits = _nz(rng, 10)
        return rng.choice((digits, f"{digits[:3]}-{digits[3:]}", f"{digits[:3]} {digits[3:]}"))
    raise AssertionError(bank)


def plate_number(rng: random.Random, form: str = "") -> str:
    region = rng.choice(("DH", "DH", "DH", "DH", "EB", "ED"))
    number = str(rng.randint(1, 9999))
    letters = rng.choice(("A", "AB", "AK", "KC", "HB", "J", "KA", "AL", "EF", "BG", "SK", "ZY"))
    form = form or rng.choice(("s", "s", "s", "n", "l"))
    if form == "n":
        return f"{region}{number}{letters}"
    if form == "l":
        return f"{region} {number} {letters}".lower()
    return f"{region} {number} {letters}"


def home_address(rng: random.Random, form: str = "") -> str:
    form = form or rng.choice(("no", "no", "gg", "lane", "rt", "nort", "blok"))
    no = f"{rng.randint(1, 140)}{rng.choice(('', '', '', '', 'A', 'B'))}"
    street = rng.choice(STREETS)
    if form == "no":
        return f"{street} {rng.choice(('No.', 'No', 'no.'))} {no}"
    if form == "gg":
        return f"{street} Gg. {rng.randint(1, 9)} No. {no}"
    if form == "lane":
        return f"{rng.choice(LANES)} No. {no}"
    if form == "rt":
        return f"{street} No. {no}, {rt_rw(rng, 'slash')}"
    if form == "nort":
        return f"{street} No. {no} {rt_rw(rng, 'space')}"
    if form == "blok":
        return rng.choice(
            (
                f"Perumnas Blok {rng.choice('ABCDEFGH')} No. {no}",
                f"BTN Kolhua Blok {rng.choice('ABCDEFGHJK')}{rng.randint(1, 9)} No. {no}",
                f"Perum Griya Permai Blok {rng.choice('ABCD')} No. {no}",
            )
        )
    raise AssertionError(form)


def rt_rw(rng: random.Random, form: str = "") -> str:
    rt = rng.randint(1, 40)
    rw = rng.randint(1, 12)
    form = form or rng.choice(("slash", "space", "zero", "lower", "rtonly", "slash", "space"))
    if form == "slash":
        return f"RT {rt:03d}/RW {rw:03d}"
    if form == "space":
        return f"RT {rt:02d} RW {rw:02d}"
    if form == "zero":
        return f"RT {rt}/RW {rw}"
    if form == "lower":
        return f"rt {rt} rw {rw}"
    if form == "rtonly":
        return f"RT {rt:02d}"
    raise AssertionError(form)


# ---------------------------------------------------------------------------------------------
# A person of one fill.


def _slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


class Person:
    """A private person of one fill: a name and, drawn when a template asks, numbers."""

    def __init__(self, rng: random.Random, woman: bool, given: str, family: str) -> None:
        self.rng = rng
        self.woman = woman
        self.given = given
        self.family = family
        self.cache: dict[str, str] = {}

    def _once(self, key: str, make: object) -> str:
        if key not in self.cache:
            self.cache[key] = make()  # type: ignore[operator]
        return self.cache[key]

    def first(self) -> str:
        return self.given.split()[0]

    def mailbox(self) -> str:
        def make() -> str:
            rng = self.rng
            g, f = _slug(self.first()), _slug(self.family)
            n = str(rng.randint(1, 99))
            return rng.choice(
                (
                    f"{g}.{f}{n}@gmail.com",
                    f"{g}_{f}@yahoo.co.id",
                    f"{f}.{g}{rng.randint(1, 9)}@gmail.com",
                    f"{g[0]}{f}@outlook.com",
                    f"{g}-{f}@ymail.com",
                    f"{g}{f}{rng.randint(1, 9)}@icloud.com",
                    f"{g}{f}{n}@gmail.com",
                    f"{f}{g}@yahoo.com",
                    f"{g}.{f}@hotmail.com",
                    f"{g}{rng.randint(70, 99)}{f}@gmail.com",
                )
            )

        return self._once("mail", make)

    def dodged(self) -> str:
        def make() -> str:
            box = self.mailbox()
            local, host = box.split("@")
            name, _, tld = host.partition(".")
            rng = self.rng
            forms = [
                f"{local} @ {host}",
                f"{local}@ {name} .{tld}",
                f"{local}(at){host}",
                f"{local} [at] {name} [dot] {tld.replace('.', ' [dot] ')}",
                f"{local} at {name} dot {tld.replace('.', ' dot ')}",
                f"{local}(at){name}(titik){tld}",
                f"{local} (keong) {name} (titik) {tld}",
                f"{local}(et){host}",
                f"{local}[@]{host}",
                f"{local} @{host}",
                f"{local}@{name} titik {tld}",
                f"{local} AT {name} DOT {tld.replace('.', ' DOT ')}",
            ]
            if "." in local:
                forms.append(
                    f"{local.replace('.', ' [dot] ')} [at] {name} [dot] "
                    f"{tld.replace('.', ' [dot] ')}"
                )
            return rng.choice(forms)

        return self._once("maild", make)

    def office_mailbox(self, kind: str) -> str:
        """A person's own mailbox on an office's or a company's host."""

        def make() -> str:
            g, f = _slug(self.first()), _slug(self.family)
            hosts = {
                "mailoff": ("bankntt.co.id", "pdamkotakupang.co.id", "undana.ac.id", "pln.co.id"),
                "mailgov": ("kupangkota.go.id", "kupangkota.go.id", "nttprov.go.id"),
                "mailedu": ("belajar.id", "guru.sma.belajar.id", "belajar.id"),
                "mailbpn": ("atrbpn.go.id",),
            }[kind]
            local = self.rng.choice((f"{g}.{f}", f"{g[0]}.{f}", f"{f}.{g}", f"{g}{f}"))
            return f"{local}@{self.rng.choice(hosts)}"

        return self._once(kind, make)

    def hp_digits(self) -> str:
        return self._once("hp", lambda: mobile_digits(self.rng))

    def nik(self) -> str:
        return self._once("nik", lambda: nik_digits(self.rng, self.woman))

    def value(self, attr: str) -> tuple[str, str | None]:  # noqa: PLR0911, PLR0912
        """The text of one attribute and its kind (None: not labelled)."""
        rng = self.rng
        if attr in ("", "full"):
            return f"{self.given} {self.family}", "name"
        if attr == "g":
            return self.given, "name"
        if attr == "g1":
            return self.first(), "name"
        if attr == "f":
            return self.family, "name"
        if attr == "ini":
            return f"{self.first()[0]}. {self.family}", "name"
        if attr == "gini":
            return f"{self.given} {self.family[0]}", "name"
        if attr == "mail":
            return self.mailbox(), "email"
        if attr == "maild":
            return self.dodged(), "email"
        if attr in ("mailoff", "mailgov", "mailedu", "mailbpn"):
            return self.office_mailbox(attr), "email"
        if attr.startswith("hp"):
            form = attr[2:] or self._once(
                "hpform", lambda: rng.choice(("b", "d", "s", "b", "i", "dot"))
            )
            return mobile(rng, self.hp_digits(), form), "phone"
        if attr == "tel":
            return self._once("tel", lambda: home_line(rng)), "phone"
        if attr == "nik15":
            return self.nik()[:15], "nik"
        if attr.startswith("nik"):
            form = attr[3:] or self._once("nikform", lambda: rng.choice(("b", "b", "b", "s", "d")))
            return nik_form(rng, self.nik(), form), "nik"
        if attr.startswith("kk"):
            digits = self._once("kk", lambda: kk_digits(rng))
            return self._once(attr, lambda: nik_form(rng, digits, attr[2:] or "b")), "kk"
        if attr == "npwp":
            return self._once("npwp", lambda: npwp_old(rng)), "npwp"
        if attr == "npwps":
            return self._once("npwps", lambda: npwp_typed(rng, self.value("npwp")[0])), "npwp"
        if attr == "npwpn":
            return self.nik(), "npwp"
        if attr == "bpjs":
            return self._once("bpjs", lambda: bpjs_number(rng, rng.choice("bbbbs"))), "bpjs"
        if attr.startswith("rek"):
            bank = {
                "bri": "BRI",
                "bni": "BNI",
                "mandiri": "Mandiri",
                "ntt": "Bank NTT",
                "bca": "BCA",
            }[attr[3:]]
            return self._once(attr, lambda: bank_number(rng, bank)), "bank_account"
        if attr == "plate":
            return self._once("plate", lambda: plate_number(rng)), "plate"
        if attr == "addr":
            return self._once("addr", lambda: home_address(rng)), "address"
        if attr == "street":
            return self._once("street", lambda: home_address(rng, "no")), "address"
        if attr == "rt":
            return self._once("rt", lambda: rt_rw(rng)), "address"
        if attr == "rtf":
            return self._once("rtf", lambda: home_address(rng, "rt")), "address"
        raise AssertionError(attr)


# ---------------------------------------------------------------------------------------------
# Filling a template.

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _date_after(month: int, day: int, step: int) -> tuple[int, int]:
    day += step
    while day > DAYS_IN_MONTH[month - 1]:
        day -= DAYS_IN_MONTH[month - 1]
        month += 1
    return month, day


def _weekday(month: int, day: int) -> str:
    """2026-01-01 is a Thursday."""
    ordinal = sum(DAYS_IN_MONTH[: month - 1]) + day - 1
    return WEEKDAYS[(ordinal + 3) % 7]


class Fill:
    """The values of one fill: one key, one value; values of one sort differ."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.persons: dict[tuple[str, str], Person] = {}
        self.values: dict[tuple[str, str], str] = {}
        self.used: dict[str, set[str]] = {}
        month = rng.randint(1, 10)
        day = rng.randint(1, 25)
        self.dates = [(month, day)]
        for _ in range(9):
            self.dates.append(_date_after(*self.dates[-1], rng.choice((1, 1, 1, 2, 2, 3))))
        hour = rng.randint(7, 11)
        minute = rng.randint(0, 59)
        self.times = []
        for _ in range(10):
            self.times.append(f"{hour:02d}.{minute:02d}")
            minute += rng.randint(2, 50)
            hour += minute // 60
            minute %= 60
            hour = min(hour, 23)

    def fresh(self, sort: str, make: object) -> str:
        used = self.used.setdefault(sort, set())
        strict = sort in ("given", "family")
        for _ in range(200 if strict else 30):
            value = make()  # type: ignore[operator]
            if value not in used:
                used.add(value)
                return str(value)
        assert not strict, sort
        return str(value)

    def person(self, sort: str, index: str) -> Person:
        key = (sort, index)
        if key not in self.persons:
            woman = sort == "F" or (sort == "G" and self.rng.random() < 0.5)
            given = self.fresh("given", lambda: self.rng.choice(WOMEN if woman else MEN))
            family = self.fresh("family", lambda: self.rng.choice(FAMILIES))
            self.persons[key] = Person(self.rng, woman, given, family)
        return self.persons[key]

    def plain(self, sort: str, index: str) -> tuple[str, str | None]:
        """An unlabelled value (or a standalone labelled one), the same for the same key."""
        rng = self.rng
        key = (sort, index)
        if key in self.values:
            return self.values[key], LABELLED_SORTS.get(sort)
        i = int(index or "1")
        dates = self.dates
        if sort in ("DAY", "TGL", "DATE", "HARI", "DS"):
            month, day = dates[i - 1] if i <= 10 else (rng.randint(1, 10), rng.randint(1, 28))
            value = {
                "DAY": f"{_weekday(month, day)}, {day} {MONTHS[month - 1]} 2026",
                "TGL": f"{day} {MONTHS[month - 1]} 2026",
                "DATE": f"{day:02d}/{month:02d}/2026",
                "HARI": _weekday(month, day),
                "DS": f"{day} {MONTHS_SHORT[month - 1]}",
            }[sort]
        elif sort == "JAM":
            value = self.times[min(i, 10) - 1]
        else:
            make = PLAIN_MAKERS[sort]
            value = self.fresh(sort, lambda: make(rng))
        self.values[key] = value
        return value, LABELLED_SORTS.get(sort)


def _office_line(rng: random.Random) -> str:
    six = "8" + _d(rng, 5)
    return rng.choice((f"(0380) {six[:3]} {six[3:]}", f"0380-{six}", f"(0380) {six}"))


def _office_mobile(rng: random.Random) -> str:
    digits = rng.choice(("0811", "0812", "0813", "0821", "0852")) + _d(rng, 8)
    return mobile(rng, digits, rng.choice(("b", "d", "s")))


def _amount(rng: random.Random) -> str:
    value = rng.choice((25, 50, 75, 100, 150, 200, 250, 300, 350, 450, 500, 750, 1200, 1500, 2500))
    value *= 1000
    text = f"{value:,}".replace(",", ".")
    return rng.choice((f"Rp {text}", f"Rp{text}", f"Rp. {text}"))


PLAIN_MAKERS = {
    "KEL": lambda r: r.choice(KELURAHAN),
    "KEC": lambda r: r.choice(KECAMATAN),
    "STR": lambda r: r.choice(STREETS),
    "ROAD": lambda r: r.choice(MAIN_ROADS),
    "PKM": lambda r: r.choice(PUSKESMAS),
    "RSU": lambda r: r.choice(HOSPITALS),
    "SEKOLAH": lambda r: r.choice(SCHOOLS),
    "PASAR": lambda r: r.choice(MARKETS),
    "UANG": _amount,
    "UANGK": lambda r: f"Rp {r.choice((2, 3, 4, 5, 10, 15, 20, 25, 50))}.000",
    "N": lambda r: str(r.randint(2, 9)),
    "NN": lambda r: str(r.randint(10, 60)),
    "NRT": lambda r: f"{r.randint(1, 40):02d}",
    "RTN": lambda r: f"{r.randint(1, 40):03d}/{r.randint(1, 12):03d}",
    "TIX": lambda r: r.choice(
        (
            f"#LPR-2026-{_d(r, 4)}-{_d(r, 4)}",
            f"LAPOR-5371-2026-{_d(r, 5)}",
            f"26{r.randint(1, 12):02d}-{_d(r, 4)}-{_d(r, 3)}",
            f"#{_nz(r, 7)}",
        )
    ),
    "NOP": lambda r: f"53.71.0{_d(r, 2)}.0{_d(r, 2)}.0{_d(r, 2)}-{_d(r, 4)}.0",
    "IDPEL": lambda r: "53" + _d(r, 10),
    "TOKEN": lambda r: " ".join(_d(r, 4) for _ in range(5)),
    "PDAM": lambda r: f"0{r.randint(1, 6)}-{_d(r, 2)}-{_d(r, 6)}",
    "METER": lambda r: r.choice((f"M-{_d(r, 7)}", f"{_nz(r, 8)}")),
    "VA": lambda r: f"8808 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
    "BILL": lambda r: "82026" + _d(r, 10),
    "SURAT": lambda r: r.choice(
        (
            (
                f"{r.choice(('470', '700', '800', '900', '503', '640'))}/{r.randint(10, 999)}/"
                f"{r.choice(('DKCS', 'PUPR', 'DLHK', 'DINSOS', 'KEL', 'BPPD', 'DISHUB'))}/"
                f"{r.choice(('IX', 'X', 'XI'))}/2026"
            ),
            f"{r.randint(100, 999)}/{r.choice(('KEL', 'SEK', 'UM'))}/{r.randint(1, 12)}/2026",
        )
    ),
    "STPL": lambda r: r.choice(
        (
            f"STPL/{r.randint(100, 999)}/{r.choice(('X', 'XI'))}/2026/SPKT",
            f"LP/B/{r.randint(100, 999)}/{r.choice(('IX', 'X', 'XI'))}/2026/NTT/Resta Kpg",
            f"B/{r.randint(100, 999)}/{r.choice(('X', 'XI'))}/2026/Reskrim",
        )
    ),
    "NIP": lambda r: (
        f"19{r.randint(65, 95)}{r.randint(1, 12):02d}{r.randint(1, 28):02d} "
        f"20{r.randint(0, 20):02d}{r.randint(1, 12):02d} {r.choice('12')} 00{r.randint(1, 9)}"
    ),
    "NISN": lambda r: "00" + _d(r, 8),
    "BPJSTK": lambda r: _nz(r, 11),
    "OFCTEL": _office_line,
    "OFCHP": _office_mobile,
    "BIZHP": lambda r: mobile(r, mobile_digits(r), r.choice(("b", "d", "s"))),
    "SCAMHP": lambda r: mobile(r, mobile_digits(r), r.choice(("b", "d", "s", "i"))),
    "NPWPB": lambda r: r.choice((npwp_old(r), "0" + _nz(r, 15))),
    "FAKTUR": lambda r: f"010.00{r.randint(1, 9)}-26.{_nz(r, 8)}",
    "TRX": lambda r: "2026" + _d(r, 12),
    "RESI": lambda r: r.choice(("JP", "JX", "TKP")) + _nz(r, 10),
    "SIM": lambda r: f"{_nz(r, 4)}-{_d(r, 4)}-{_d(r, 4)}",
    "LOS": lambda r: f"{r.choice('ABCDEF')}-{r.randint(1, 60)}",
    "LAMPU": lambda r: str(r.choice((1, 2, 3, 5, 6, 7, 9, 10))),
    "PLATE": plate_number,
    "ADDR": home_address,
    "RTX": rt_rw,
    "KK": kk_digits,
    "BPJS": bpjs_number,
}
LABELLED_SORTS = {
    "PLATE": "plate",
    "ADDR": "address",
    "RTX": "address",
    "KK": "kk",
    "BPJS": "bpjs",
}


# ---------------------------------------------------------------------------------------------
# Rendering: source → text with markers → text and spans.

PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d*)(?:\.([a-z0-9]+))?(?:\|([a-z]+))?\}")
CHOICE = re.compile(r"<<(.*?)>>", re.DOTALL)
ROWS = re.compile(r"\{\{ROWS (\d+)-(\d+)\}\}(.*?)\{\{/ROWS\}\}", re.DOTALL)
MARKER = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.DOTALL)
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
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "serka",
    "bripka",
    "briptu",
    "aipda",
    "ipda",
    "yth",
    "yth.",
    "ketua",
    "camat",
    "pastor",
    "romo",
    "ustad",
    "kader",
    "adik",
    "ade",
    "nyong",
}


def join_source(source: str) -> str:
    source = re.sub(r"\\\n[ ]*", "", source.strip("\n"))
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", source):
        text = ""
        for raw in paragraph.split("\n"):
            line = raw.strip()
            # a quoted line of an e-mail starts a new line of the text
            glue = "\n" if line.startswith(">") and text and not text.endswith("\\n") else " "
            text = f"{text}{glue}{line}" if text else line
        paragraphs.append(text)
    joined = re.sub(r" *\\n *", "\n", "\n\n".join(paragraphs))
    return re.sub(r" *\\t *", "\t", joined)


def expand_rows(text: str, rng: random.Random) -> str:
    def one(match: re.Match[str]) -> str:
        count = rng.randint(int(match.group(1)), int(match.group(2)))
        body = match.group(3)
        rows = []
        for i in range(count):
            row = re.sub(r"\{@([A-Z]+)", lambda m, i=i: "{" + m.group(1) + str(100 + i), body)
            row = re.sub(
                r"\{ROWNO(?:\+(\d+))?\}",
                lambda m, i=i: str(i + 1 + int(m.group(1) or 0)),
                row,
            )
            rows.append(row)
        return "".join(rows)

    return ROWS.sub(one, text)


def expand_choices(text: str, rng: random.Random) -> str:
    return CHOICE.sub(lambda m: rng.choice(m.group(1).split("||")), text)


def _cased(value: str, mods: str) -> str:
    if "s" in mods:
        return re.sub(r"[^a-z0-9]", "", value.lower())
    if "u" in mods:
        return value.upper()
    if "l" in mods:
        return value.lower()
    return value


def expand_placeholders(text: str, fill: Fill) -> str:
    def one(match: re.Match[str]) -> str:
        sort, index, attr, mods = (
            match.group(1),
            match.group(2),
            match.group(3) or "",
            match.group(4) or "",
        )
        if sort in ("M", "F", "G"):
            person = fill.person(sort, index)
            if attr == "fg":
                fam, given = _cased(person.family, mods), _cased(person.given, mods)
                if "r" in mods:
                    return f"{fam}, {given}"
                return f"[[name:{fam}]], [[name:{given}]]"
            value, kind = person.value(attr)
        else:
            assert not attr, match.group(0)
            value, kind = fill.plain(sort, index)
        value = _cased(value, mods)
        if kind is None or "r" in mods:
            return value
        return f"[[{kind}:{value}]]"

    return PLACEHOLDER.sub(one, text)


def parse_markers(marked: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in MARKER.finditer(marked):
        before = marked[position : match.start()]
        out.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        assert "[[" not in value, value
        spans.append({"kind": kind, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        position = match.end()
    out.append(marked[position:])
    return "".join(out), spans


def check(text: str, spans: list[dict[str, object]], where: str) -> None:
    """Every span well formed; nothing of the template left in the text."""
    for leftover in ("[[", "]]", "<<", ">>", "{", "}", "\\n", "\\t", "{{"):
        assert leftover not in text, (where, leftover, text)
    previous_end = -1
    for span in sorted(spans, key=lambda s: (s["start"], s["end"])):  # type: ignore[return-value]
        kind, start, end = span["kind"], span["start"], span["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert kind in KINDS, (where, kind)
        value = text[start:end]
        assert value, where
        assert start >= previous_end, (where, "overlap", value)
        previous_end = end
        assert value[-1].isalnum(), (where, kind, value)
        assert value[0].isalnum() or (kind == "phone" and value[0] in "+("), (where, kind, value)
        if kind == "name":
            first = value.split()[0].lower().rstrip(".")
            assert first not in TITLES, (where, value)
            assert "@" not in value, (where, value)
        if kind in ("nik", "kk"):
            assert len(re.sub(r"[^0-9OlISB]", "", value)) in (15, 16, 17), (where, value)
        if kind == "bpjs":
            assert len(re.sub(r"\D", "", value)) == 13, (where, value)
        if kind == "email":
            assert re.search(r"@|\(at\)|\[at\]| at | AT |\(keong\)|\(et\)|\[@\]", value), value


# ---------------------------------------------------------------------------------------------
# chronology: long complaints told day by day, several people, many numbers.

t(
    "chronology",
    "water",
    r"""
Kronologi air PDAM tidak mengalir di Kel. {KEL}

Saya {M1}, pelanggan PDAM dengan nomor sambungan {PDAM}, tinggal di {M1.rtf}, Kel. {KEL},
Kec. {KEC}. Saya tulis kronologi ini supaya jelas siapa bilang apa.

{DAY1}: sejak pagi air tidak keluar. Jam {JAM} saya telepon call center PDAM {OFCTEL}, diterima
petugas yang mengaku bernama Ibu {F1.g}. Katanya ada perbaikan pipa induk di {ROAD} dan air jalan
lagi sore.

{DAY2}: air belum jalan. Tetangga saya Bapak {M2} dan Mama {F2} juga kering. Kami bertiga patungan
beli air tangki {UANG} per tangki. Sopir tangki, {M3.g}, bilang hari itu ia sudah antar {NN} tangki
ke RT kami saja.

{DAY3}: Ketua RT {NRT} datang dengan dua petugas PDAM. Mereka buka meter {METER} di depan rumah saya
dan bilang ada sambungan liar di belakang rumah keluarga {M4.f}. Sampai sore tidak ada tindak
lanjut.

{DAY4}: air jalan jam 2 malam, hanya satu jam, keruh. Anak saya {F3.g} (kelas {N} SD) sakit perut
setelah minum air itu dan saya bawa ke {PKM}.

Tagihan bulan ini tetap {UANG2}. Mohon PDAM periksa dan tagihan disesuaikan. Yang bisa dihubungi:
saya sendiri di {M1.hp}, atau istri saya {F4} di {F4.hp}.

Hormat saya,\n{M1}
""",
)

t(
    "chronology",
    "power",
    r"""
Kepada Yth. Manajer PLN UP3 Kupang

Dengan hormat, saya {F1}, pelanggan PLN dengan ID pelanggan {IDPEL}, alamat {F1.addr}, Kel. {KEL}.
Saya sampaikan kronologi listrik padam dan meteran rusak di rumah kami.

{DAY1} sekitar jam {JAM}: listrik padam sekomplek. Saya lapor lewat PLN 123 dan dapat nomor
laporan {TIX}.

{DAY2}: listrik sudah nyala di rumah tetangga, Bapak {M1} dan Ibu {F2}, tetapi meteran kami
berbunyi terus dan tidak mau terima token {TOKEN} yang saya beli {UANG}.

{DAY3}: petugas lapangan datang, dua orang. Yang satu memperkenalkan diri {M2.g}, memakai mobil
dinas PLN {PLATE}. Ia bilang meteran harus diganti dan saya diminta bayar {UANG2} tunai, tanpa
kuitansi. Saya tolak.

{DAY4}: suami saya, {M3}, ke kantor PLN di {ROAD}. Petugas loket bilang penggantian meteran karena
rusak tidak dipungut biaya. Sampai hari ini meteran belum diganti dan kami pakai listrik tetangga
pakai kabel sambung.

Mohon ditindaklanjuti. HP saya {F1.hp}, rumah {F1.tel}.\n\nSalam, {F1}
""",
)

t(
    "chronology",
    "roads",
    r"""
Kronologi kecelakaan karena lubang jalan di {ROAD}

Saya {M1}, warga {M1.addr}, Kel. {KEL}. Lubang di {ROAD} dekat {SEKOLAH} sudah ada sejak
{TGL1} dan sudah dilaporkan warga ke Dinas PUPR (surat nomor {SURAT}).

{DAY2}, jam {JAM}: adik saya {M2} jatuh dari motor {M2.plate} karena lubang itu tertutup genangan.
Ia dibawa warga, Bapak {M3} dan anaknya {M4.g}, ke {RSU}. Biaya rawat {UANG}.

{DAY3}: saya bersama Ketua RT {NRT} lapor ke Dinas PUPR. Kami diterima staf bernama {F1}, yang
bilang perbaikan menunggu anggaran perubahan.

{DAY4}: satu lagi korban, seorang ibu penjual kue, Mama {F2}, tergelincir dengan motornya
{F2.plate}. Kakinya patah.

{DAY5}: ada truk proyek {PLATE3} datang buang sirtu di pinggir lubang, lalu pergi. Lubang belum
ditutup.

Mohon lubang segera ditutup sebelum ada korban lagi. Saya bisa dihubungi di {M1.hp}.
""",
)

t(
    "chronology",
    "waste",
    r"""
Kronologi sampah tidak diangkut di {STR}, Kel. {KEL}

{DAY1}: truk sampah DLHK tidak datang. Biasanya truk {PLATE} lewat setiap {HARI2} pagi.

{DAY2}: sampah di bak sampah depan rumah Ibu {F1} sudah meluap ke jalan. Anjing bongkar sampah.
Saya, {M1}, yang tinggal di {M1.rtf}, telepon DLHK di {OFCTEL}. Yang angkat bilang sopirnya sakit.

{DAY3}: ada warga yang bakar sampah di lahan kosong milik keluarga {M2.f}. Asap masuk ke rumah
Oma {F2.g}, yang sesak napas dan dibawa cucunya {M3.g} ke {PKM}.

{DAY4}: petugas kebersihan kelurahan, Sdr. {M4}, datang foto-foto. Katanya truk pengganti
{PLATE2} rusak juga.

{DAY5}: kami warga kumpul uang {UANG} untuk sewa pick up bawa sampah ke TPA Alak. Yang antar,
{M5}, bawa pick up sendiri {M5.plate}.

Retribusi sampah tetap ditagih {UANG2} per bulan. Mohon jadwal truk diperbaiki. Kontak: {M1.hp}.
""",
)

t(
    "chronology",
    "health",
    r"""
Kronologi pelayanan pasien BPJS di {RSU}

Pasien: {F1}, NIK {F1.nik}, peserta JKN-KIS nomor kartu {F1.bpjs}, alamat {F1.rtf}, Kel. {KEL}.
Penulis: anaknya, {M1}, HP {M1.hp}.

{DAY1} jam {JAM}: mama saya sesak napas, kami bawa ke {PKM}. Dokter jaga, dr. {F2}, kasih rujukan
ke {RSU}.

{DAY1} jam {JAM3}: di IGD, petugas pendaftaran bilang kartu BPJS mama tidak aktif karena iuran
kelas 3 menunggak. Padahal mama peserta PBI. Kami diminta bayar umum {UANG} dulu.

{DAY2}: saya ke kantor BPJS Kesehatan. Petugas, Sdr. {M2.g}, cek dan bilang kartu aktif, masalahnya
di sistem rumah sakit. Ia kasih surat keterangan.

{DAY3}: perawat di ruang rawat, Suster {F3.g}, minta kami beli obat di apotek luar {UANG2} karena
stok habis. Kuitansi ada.

{DAY4}: mama pulang. Uang {UANG} yang kami bayar di IGD belum dikembalikan. Kakak saya {F4}
(HP {F4.hp}) sudah dua kali ke kasir.

Kami mohon uang dikembalikan dan pelayanan peserta PBI diperbaiki.
""",
)

t(
    "chronology",
    "school",
    r"""
Kronologi PPDB zonasi anak saya di {SEKOLAH}

Orang tua: {M1} (NIK {M1.nik}) dan {F1}. Alamat sesuai KK nomor {M1.kk}: {M1.rtf}, Kel. {KEL}.
Anak: {F2}, NISN {NISN}.

{DAY1}: kami daftar PPDB jalur zonasi lewat operator sekolah, Ibu {F3}. Jarak rumah ke sekolah
menurut peta {N}00 meter.

{DAY2}: pengumuman, anak kami tidak diterima. Yang diterima ada anak dari {KEL2}, jauh lebih jauh.
Teman sekelas anak saya, {M2}, yang rumahnya di {M2.addr}, juga tidak diterima.

{DAY3}: kami ke sekolah. Wakasek kesiswaan, Bapak {M3}, bilang kuota zonasi penuh dan
menyarankan "jalur lain" dengan sumbangan {UANG}. Kami tidak mau.

{DAY4}: kami lapor ke Dinas Pendidikan. Diterima staf {F4.g}, yang mencatat nomor pengaduan {TIX}.

Mohon hasil zonasi diperiksa. HP saya {M1.hp}, HP istri {F1.hp}.
""",
)

t(
    "chronology",
    "civil_registry",
    r"""
Kronologi pengurusan KK dan KTP-el di Dukcapil Kota Kupang

Nama saya {F1}, NIK {F1.nik}, KK nomor {F1.kk}. Alamat: {F1.rtf}, Kel. {KEL}, Kec. {KEC}.

{DAY1}: saya datang ke Dinas Dukcapil untuk pisah KK setelah menikah dengan {M1} (NIK {M1.nik}).
Nomor antrian {NN}. Petugas loket 3, Sdr. {M2}, bilang berkas lengkap.

{DAY3}: saya cek, KK baru belum jadi. Petugas lain, Ibu {F2.g}, bilang blangko habis.

{DAY5}: KK baru jadi dengan nomor {M1.kk}, tapi nama suami tertulis "[[name:{M1.g|r}
{M3.f|r}]]" dan anak
kami {F3.g} belum masuk. NIK anak yang di akta {F3.nik} tidak muncul.

{DAY6}: saya minta perbaikan. Disuruh buat surat pengantar RT dan kelurahan lagi. Ketua RT {NRT},
Bapak {M4}, sudah tanda tangan; lurah belum.

Sudah {N} kali bolak-balik, biaya ojek sudah {UANG}. Mohon dibantu. HP {F1.hp}.
""",
)

t(
    "chronology",
    "social_aid",
    r"""
Kronologi bantuan PKH ibu saya yang tidak cair

Penerima: {F1}, NIK {F1.nik}, KK {F1.kk}, alamat {F1.rtf}, Kel. {KEL}. Rekening KKS BNI
{F1.rekbni}. Penulis: anaknya, {M1}, HP {M1.hp}.

{DAY1}: pendamping PKH, Ibu {F2}, kumpul penerima di kantor kelurahan. Nama mama ada di daftar
tahap {N}.

{DAY2}: mama cek saldo di agen BNI milik Bapak {M2} di dekat {PASAR}. Saldo Rp 0.

{DAY3}: kami tanya pendamping. Jawabnya kartu mama "dipakai tetangga" untuk ambil bantuan. Tetangga
itu, Mama {F3}, mengaku pernah pinjam kartu tapi sudah kembalikan.

{DAY4}: di bank, petugas bilang ada penarikan {UANG} tanggal {TGL2} di agen lain. Nomor transaksi
{TRX}.

Kami minta uang mama dikembalikan dan kartu diganti. Saya juga sudah lapor ke Dinsos, nomor
pengaduan {TIX}.
""",
)

t(
    "chronology",
    "market",
    r"""
Kronologi pembongkaran lapak di {PASAR}

Saya {F1}, pedagang sayur di Los {LOS} sejak 2014. Rumah saya di {F1.addr}, Kel. {KEL}.

{DAY1}: kepala pasar, Bapak {M1}, bilang semua lapak di lorong kami harus pindah karena ada
penataan. Tidak ada surat.

{DAY2} jam {JAM}, petugas datang bongkar lapak saya, lapak Mama {F2} (jual ikan kering) dan
lapak Om {M2.g} (jual pinang). Barang kami diangkut pakai mobil {PLATE}.

{DAY3}: saya dan Mama {F2.g} ke kantor pengelola pasar. Staf, Sdri. {F3}, bilang lapak baru
disewakan {UANG} per bulan, bayar ke rekening BRI {M1.rekbri} atas nama kepala pasar. Kami heran,
kenapa bukan ke kas daerah.

{DAY4}: lapak lama sudah ditempati pedagang baru, {M3}, yang katanya keluarga pengelola.

Retribusi harian {UANGK} tetap kami bayar. Mohon diperiksa. Nomor saya {F1.hp}.
""",
)

t(
    "chronology",
    "transport",
    r"""
Kronologi angkot lampu {LAMPU} dan penumpang yang diturunkan di jalan

Saya {F1}, mahasiswa, tinggal di {F1.rtf}, Kel. {KEL}. Ini kronologi dengan angkot {PLATE} dan
sopirnya.

{DAY1} jam {JAM}: saya naik angkot lampu {LAMPU} dari Terminal Kupang bersama teman saya {F2}.
Sopir, yang dipanggil teman-temannya {M1.g}, ngebut dan putar musik keras.

Di {ROAD} sopir minta ongkos <<Rp 15.000||Rp 20.000||Rp 25.000>> per orang, padahal tarif Dishub
Rp 4.000. Kami tolak,
lalu kami diturunkan di tengah jalan. HP teman saya jatuh dan retak.

{DAY2}: saya lapor ke Dishub. Petugas, Bapak {M2}, catat plat {PLATE} dan bilang angkot itu
terdaftar atas nama pemilik {M3}.

{DAY4}: sopir yang sama masih jalan. Tukang ojek di pangkalan, {M4.g}, bilang angkot itu sering
turunkan penumpang.

Mohon Dishub tindak. Saya bisa dihubungi di {F1.hp} atau email {F1.mail}.
""",
)

t(
    "chronology",
    "land",
    r"""
Kronologi sengketa batas tanah di Kel. {KEL}

Saya {M1}, pemilik tanah bersertifikat hak milik, NOP PBB {NOP}, alamat rumah {M1.rtf}.

{DAY1}: keluarga {M2.f} memasang pagar seng {N} meter masuk ke tanah kami. Yang memasang, {M2} dan
anaknya {M3.g}, bilang tanah itu warisan opa mereka.

{DAY2}: kami panggil Ketua RT {NRT} dan tokoh adat, Bapak {M4}. Pertemuan tidak selesai.

{DAY3}: saya ke Kantor Pertanahan Kota Kupang, minta pengukuran ulang. Petugas loket, Ibu {F1},
kasih nomor berkas {TIX} dan biaya ukur {UANG}, bayar lewat kode billing {BILL}.

{DAY5}: petugas ukur datang, tapi keluarga {M2.f} menghalangi. Ada yang mengancam istri saya,
{F2}. Kami lapor ke Polsek (nomor {STPL}).

Dokumen pendukung: KTP saya NIK {M1.nik}, sertifikat, SPPT PBB. HP saya {M1.hp}.
""",
)

t(
    "chronology",
    "tax",
    r"""
Kronologi PBB dan BPHTB rumah warisan

Saya {F1}, NIK {F1.nik}, NPWP {F1.npwp}. Rumah warisan almarhum bapak, {M1}, di {F1.addr}, Kel.
{KEL}, NOP {NOP}.

{DAY1}: saya ke Bapenda untuk balik nama SPPT PBB. Petugas, Sdr. {M2}, minta surat keterangan
waris dan NPWP almarhum. NPWP bapak {M1.npwp}.

{DAY2}: kakak saya {M3} (NPWP {M3.npwpn}) ikut tanda tangan surat waris di kelurahan.

{DAY3}: BPHTB dihitung {UANG}. Kode billing {BILL}. Padahal warisan dapat pengurangan. Petugas
bilang aturannya sudah ganti.

{DAY4}: Ibu {F2} dari bagian keberatan bilang kami bisa ajukan keberatan dengan surat nomor
{SURAT}. Kami sudah ajukan.

Mohon keberatan diproses. Tagihan PBB tahun ini {UANG2} tetap atas nama bapak. HP {F1.hp}.
""",
)

t(
    "chronology",
    "police",
    r"""
Kronologi pencurian sepeda motor dan laporan ke Polsek

Pelapor: {M1}, {M1.rtf}, Kel. {KEL}. HP {M1.hp}. Kendaraan: Honda Beat hitam {M1.plate},
STNK atas nama {F1} (istri).

{DAY1} sekitar jam {JAM}: motor diparkir di depan rumah. Tetangga, Om {M2.g}, lihat dua orang
mendorong motor ke arah {ROAD}.

{DAY1} jam {JAM3}: saya lapor ke Polsek. Diterima Bripka {M3}, dapat nomor laporan {STPL}.

{DAY3}: anak saya {M4.g} lihat motor itu di bengkel dekat {PASAR}, plat sudah diganti {PLATE2},
tapi stiker di spakbor sama. Bengkel itu milik {M5}.

{DAY4}: kami kasih tahu penyidik. Jawabannya menunggu surat perintah. Motor sudah tidak ada di
bengkel.

Mohon perkara ini ditindaklanjuti. Foto motor dan STNK ada.
""",
)

t(
    "chronology",
    "scam",
    r"""
Kronologi penipuan mengatasnamakan Dinas Sosial

Korban: ibu saya, {F1}, NIK {F1.nik}, alamat {F1.rtf}, Kel. {KEL}. Penulis: {M1}, anaknya, HP
{M1.hp}.

{DAY1} jam {JAM}: mama ditelepon nomor {SCAMHP} yang mengaku petugas Dinsos dan bilang mama dapat
bantuan {UANG}. Mama diminta sebut nomor KK ({F1.kk}) dan kode OTP.

{DAY1} jam {JAM3}: mama transfer "biaya administrasi" {UANG2} ke rekening BRI {M2.rekbri} atas nama
{M2}, pakai rekening mama sendiri, BNI {F1.rekbni}.

{DAY2}: penelepon minta lagi {UANG}. Tetangga kami, Ibu {F2}, bilang ia juga ditelepon nomor yang
sama.

{DAY3}: saya lapor ke bank dan ke Polresta, nomor laporan {STPL}. Pendamping PKH kelurahan, {F3.g},
pastikan Dinsos tidak pernah telepon minta uang.

Mohon rekening penerima diblokir dan warga diberi tahu.
""",
)

t(
    "chronology",
    "water",
    r"""
Laporan kronologis air tangki dan pipa bocor di {KEL}

Pelapor: {F1} dan {F2}, keduanya warga {RTX}, Kel. {KEL}.

{DAY1}: pipa PDAM bocor di depan rumah Bapak {M1}. Air terbuang sepanjang hari. Kami foto dan kirim
ke WA center PDAM {OFCHP}.

{DAY2}: petugas datang, tutup katup, pergi. Tidak ada perbaikan. Air ke rumah kami mati.

{DAY3}: kami beli air dari mobil tangki {PLATE} milik {M2}, {UANG} satu tangki. Tetangga, Oma {F3},
tidak mampu beli; kami bagi air.

{DAY4}: ada orang dari PDAM, Sdr. {M3}, minta {UANG2} untuk "perbaikan cepat". Kami tidak kasih.

{DAY6}: pipa akhirnya diperbaiki kontraktor PDAM. Tagihan sambungan {PDAM} tetap naik.

Kontak: {F1.hp} / {F2.hp}.
""",
)

t(
    "chronology",
    "social_aid",
    r"""
Kronologi data DTKS dan BLT yang salah sasaran di RT kami

Saya {M1}, kader Posyandu, warga {M1.rtf}, Kel. {KEL}. Saya tulis apa yang saya lihat.

{DAY1}: daftar penerima BLT ditempel di kantor kelurahan. Ada nama {M2} dan istrinya {F1}, yang
punya toko bangunan dan mobil {M2.plate}.

{DAY2}: Oma {F2}, janda, NIK {F2.nik}, KK {F2.kk}, tidak ada di daftar. Rumahnya di {F2.addr}.

{DAY3}: saya tanya ke petugas kelurahan, Sdri. {F3}. Jawabnya data dari pusat.

{DAY4}: saya antar Oma {F2.g} daftar usulan DTKS. Berkas diterima {F4.g}, operator SIKS-NG.

Mohon data diperbaiki. HP saya {M1.hp}.
""",
)

t(
    "chronology",
    "market",
    r"""
Kronologi relokasi pedagang {PASAR} (disusun Paguyuban Pedagang)

{DAY1}: Dinas Perdagangan mengumumkan relokasi pedagang sayur dari blok depan ke gedung baru.
Sosialisasi hanya lewat pengeras suara, tidak ada surat. Kepala UPTD bilang lapak baru gratis
{N} bulan.

{DAY2}: Satpol PP datang jam {JAM} dan membongkar sekitar {NN} lapak. Barang dagangan rusak.
Ketua paguyuban minta waktu tiga hari, ditolak.

{DAY3}: Pedagang yang pindah ditagih retribusi {UANGK} per hari dan sewa {UANG} per bulan,
bayar lewat kode billing {BILL}. Lantai gedung baru bocor, listrik belum ada.

{DAY4}: Paguyuban bertemu Sekretaris Dinas. Dijanjikan perbaikan atap dan penundaan sewa.
Notulen rapat nomor {SURAT}.

{DAY6}: Belum ada perbaikan. Pembeli sepi, pendapatan turun separuh. Kami mohon Wali Kota
turun tangan. Kontak paguyuban lewat sekretariat di {PASAR}, WA {BIZHP}.
""",
)


# ---------------------------------------------------------------------------------------------
# call_transcript: hotline calls written out turn by turn.

t(
    "call_transcript",
    "water",
    r"""
Transkrip panggilan call center PDAM Kota Kupang, {DATE1} jam {JAM}\n
Petugas: Selamat pagi, call center PDAM, dengan {F1.g}, ada yang bisa dibantu?\n
Penelepon: Pagi, Nona. Saya {M1}, pelanggan di {M1.rtf}, Kel. {KEL}. Air su {N} hari sonde
keluar.\n
Petugas: Baik, Bapak. Boleh nomor sambungannya?\n
Penelepon: {PDAM}.\n
Petugas: Terima kasih. Di sistem ada gangguan pompa di {KEL2}. Nomor HP Bapak yang bisa
dihubungi?\n
Penelepon: {M1.hp}. Kalau sonde angkat, telepon istri saya, {F2}, {F2.hp}.\n
Petugas: Baik, laporan saya catat nomor {TIX}. Teknisi kami, Pak {M2.g}, akan cek hari ini.\n
Penelepon: Terima kasih, Nona.
""",
)

t(
    "call_transcript",
    "power",
    r"""
[Rekaman PLN 123 — {DATE1} {JAM}]\n
Agen: PLN 123, selamat siang, saya {F1.g}. Dengan siapa saya bicara?\n
Pelanggan: Siang. Saya {F2}, dari {KEL}, Kupang.\n
Agen: Baik Ibu {F2.g}. ID pelanggan atau nomor meter?\n
Pelanggan: ID pelanggannya {IDPEL}.\n
Agen: Atas nama {M1}, alamat {M1.addr}?\n
Pelanggan: Betul, itu bapak saya. Tiang listrik di depan rumah miring, kabel sudah dekat atap.\n
Agen: Nomor yang bisa dihubungi, Ibu?\n
Pelanggan: {F2.hp}.\n
Agen: Laporan sudah masuk nomor {TIX}. Petugas yantek akan datang.\n
Pelanggan: Tolong cepat ya, ada anak-anak main di situ.
""",
)

t(
    "call_transcript",
    "roads",
    r"""
Catatan percakapan telepon Dinas PUPR ({OFCTEL}), {DATE1}\n
Operator: Dinas PUPR Kota Kupang, selamat pagi.\n
Warga: Pagi. Saya mau lapor jalan ambruk di {ROAD}, dekat jembatan.\n
Operator: Dengan Bapak siapa?\n
Warga: {M1}, rumah saya di {M1.rtf}, Kel. {KEL}.\n
Operator: Jalan ambruknya sudah berapa lama?\n
Warga: Sejak hujan {HARI1} kemarin. Tadi pagi ada pengendara jatuh, namanya {M2}, sudah dibawa
ke {RSU}.\n
Operator: Baik. Nomor HP Bapak?\n
Warga: {M1.hp}.\n
Operator: Saya teruskan ke Bidang Bina Marga, Ibu {F1}. Beliau yang atur tim.\n
Warga: Terima kasih.
""",
)

t(
    "call_transcript",
    "waste",
    r"""
Transkrip hotline DLHK Kota Kupang\n
Tanggal: {DATE1}, pukul {JAM}\n
Petugas: DLHK, selamat pagi.\n
Penelepon: Pagi. Saya mau lapor, truk sampah sonde datang di {STR}, Kel. {KEL}, su satu minggu.\n
Petugas: Bisa sebut nama Bapak/Ibu?\n
Penelepon: {F1.g}. {F1}.\n
Petugas: Alamat lengkap, Ibu?\n
Penelepon: {F1.addr}.\n
Petugas: Nomor yang bisa dihubungi?\n
Penelepon: Pakai nomor anak saya, {M1.g}: {M1.hp}.\n
Petugas: Baik, laporan nomor {TIX}. Truk {PLATE} sedang di bengkel, besok diganti truk lain.\n
Penelepon: Yang penting diangkut.
""",
)

t(
    "call_transcript",
    "health",
    r"""
TRANSKRIP PANGGILAN 119 / AMBULANS — {DATE1} {JAM}\n
Operator: 119, layanan gawat darurat. Apa keadaan daruratnya?\n
Penelepon: Bapa saya jatuh di kamar mandi, sonde sadar.\n
Operator: Nama pasien dan umurnya?\n
Penelepon: {M1}, 6{N} tahun.\n
Operator: Alamat?\n
Penelepon: {M1.rtf}, Kel. {KEL}, dekat {PKM}.\n
Operator: Pasien punya BPJS?\n
Penelepon: Ada, nomor kartu {M1.bpjs}.\n
Operator: Nama Ibu dan nomor yang bisa dihubungi?\n
Penelepon: {F1}, {F1.hp}.\n
Operator: Ambulans berangkat. Petugas kami, {M2.g} dan {F2.g}, akan telepon Ibu.
""",
)

t(
    "call_transcript",
    "school",
    r"""
Panggilan ke layanan pengaduan Dinas Pendidikan dan Kebudayaan Kota Kupang ({DATE1})\n
Petugas: Dinas Pendidikan, selamat siang.\n
Orang tua: Siang, Pak. Saya {F1}, mama dari {M1.g}, siswa kelas {N} di {SEKOLAH}.\n
Petugas: Ada yang bisa dibantu, Ibu?\n
Orang tua: Dana PIP anak saya sonde masuk. Nomor rekening SimPel BRI-nya {M1.rekbri}.\n
Petugas: Atas nama siswa?\n
Orang tua: Iya, {M1}. NISN {NISN}.\n
Petugas: Nanti kami cek dengan operator sekolah, Ibu {F2}. Nomor Ibu?\n
Orang tua: {F1.hp}.\n
Petugas: Baik, kami telepon balik paling lambat {HARI3}.
""",
)

t(
    "call_transcript",
    "civil_registry",
    r"""
Call Center Dukcapil Kota Kupang — rekaman {DATE1} {JAM}\n
CS: Dukcapil, dengan {F1.g}, ada yang bisa dibantu?\n
Penelepon: Saya {M1}. NIK saya ganda, Nona. Waktu daftar BPJS ditolak.\n
CS: Boleh disebut NIK-nya, Bapak?\n
Penelepon: {M1.nik}.\n
CS: Nomor KK?\n
Penelepon: {M1.kk}.\n
CS: Di sistem NIK itu juga tercatat atas nama {M2}, di Kabupaten Kupang. Bapak perlu datang
bawa KK asli dan akta kelahiran.\n
Penelepon: Kalau istri saya yang datang, {F2}, bisa?\n
CS: Bisa, bawa surat kuasa. Nomor pengaduan Bapak {TIX}.
""",
)

t(
    "call_transcript",
    "social_aid",
    r"""
Transkrip telepon ke Dinas Sosial Kota Kupang, {DATE1}\n
Petugas: Dinas Sosial, selamat pagi.\n
Penelepon: Pagi, Pak. Saya {F1}, penerima BPNT. Kartu KKS saya terblokir.\n
Petugas: Nomor NIK Ibu?\n
Penelepon: {F1.nik}.\n
Petugas: Nomor rekening di kartu KKS?\n
Penelepon: BNI {F1.rekbni}.\n
Petugas: Siapa pendamping di kelurahan Ibu?\n
Penelepon: Ibu {F2}, tapi HP-nya sonde aktif.\n
Petugas: Baik, saya hubungi Bank BNI. Ibu tinggal di mana?\n
Penelepon: {F1.rtf}, Kel. {KEL}.\n
Petugas: Nanti petugas kami, Sdr. {M1}, telepon ke nomor Ibu.\n
Penelepon: Nomor saya {F1.hp}.
""",
)

t(
    "call_transcript",
    "market",
    r"""
Telepon ke Dinas Perdagangan (Bidang Pasar) — catatan percakapan\n
{DATE1}, {JAM}\n
Petugas: Bidang Pasar, selamat siang.\n
Pedagang: Siang. Saya {M1}, pedagang daging di {PASAR}, Los {LOS}. Mau lapor timbangan di los
sebelah dikurangi.\n
Petugas: Los siapa, Bapak?\n
Pedagang: Punya {M2}. Dia pakai timbangan yang sonde ditera.\n
Petugas: Baik. Bapak bisa datang ke kantor bawa bukti?\n
Pedagang: Bisa, saya bawa istri saya, {F1}, dia yang rekam video.\n
Petugas: Nomor HP Bapak?\n
Pedagang: {M1.hp}.\n
Petugas: Petugas metrologi, Ibu {F2}, akan ke pasar hari {HARI2}.
""",
)

t(
    "call_transcript",
    "transport",
    r"""
Rekaman pengaduan Dishub Kota Kupang via telepon ({DATE1} {JAM})\n
Petugas: Dishub, selamat sore.\n
Pelapor: Sore. Saya {F1}, mau lapor bus kota yang ngetem di depan {SEKOLAH} dan tutup jalan.\n
Petugas: Nomor polisinya Ibu catat?\n
Pelapor: {PLATE}. Satu lagi {PLATE2}.\n
Petugas: Sopirnya Ibu kenal?\n
Pelapor: Yang satu dipanggil {M1.g}, yang lain saya sonde tahu. Nama lengkap juga sonde
tahu.\n
Petugas: Baik. Nomor Ibu?\n
Pelapor: {F1.hp}. Saya tinggal di {F1.addr}, dekat situ.\n
Petugas: Laporan saya teruskan ke regu patroli, Bapak {M3}.
""",
)

t(
    "call_transcript",
    "land",
    r"""
Catatan telepon Kantor Pertanahan Kota Kupang, {DATE1}\n
Petugas: Pertanahan Kota Kupang, selamat pagi.\n
Penelepon: Pagi. Saya {M1}. Sertifikat tanah saya sudah {N} bulan belum selesai.\n
Petugas: Nomor berkas?\n
Penelepon: {TIX}.\n
Petugas: Atas nama siapa?\n
Penelepon: Atas nama saya dan istri, {F1}. Lokasi tanah di {KEL}.\n
Petugas: Berkas masih di juru ukur, Bapak {M2}. Ada keberatan dari keluarga {M3.f}.\n
Penelepon: Keberatan apa? Kami beli dari {M3} sendiri, ada akta.\n
Petugas: Nanti dimediasi. Nomor Bapak?\n
Penelepon: {M1.hp}. Rumah {M1.tel}.
""",
)

t(
    "call_transcript",
    "tax",
    r"""
Transkrip Kring Pajak / Bapenda Kota Kupang — {DATE1}\n
Petugas: Bapenda, selamat pagi.\n
Wajib pajak: Pagi, Ibu. Saya {M1}, mau tanya tagihan PBB saya dobel.\n
Petugas: NOP-nya, Bapak?\n
Wajib pajak: {NOP}.\n
Petugas: Di sistem ada dua SPPT, satu atas nama {M1}, satu atas nama {F1}.\n
Wajib pajak: {F1.g} itu penjual tanah, kami beli tahun lalu.\n
Petugas: Bapak punya NPWP?\n
Wajib pajak: Ada, {M1.npwp}.\n
Petugas: Baik, kami proses mutasi. Kode billing tahun ini {BILL}. Nomor Bapak?\n
Wajib pajak: {M1.hp}.
""",
)

t(
    "call_transcript",
    "police",
    r"""
Call center 110 Polresta Kupang Kota — transkrip {DATE1} {JAM}\n
Operator: 110, Polresta Kupang Kota.\n
Pelapor: Pak, ada keributan di rumah tetangga, suami pukul istri.\n
Operator: Alamatnya, Ibu?\n
Pelapor: {F1.addr}, Kel. {KEL}. Rumah keluarga {M1.f}.\n
Operator: Nama korban dan pelaku?\n
Pelapor: Istrinya {F2}, suaminya {M1}.\n
Operator: Nama Ibu?\n
Pelapor: Saya {F3}, tetangga depan. Nomor saya {F3.hp}.\n
Operator: Ada mobil patroli di dekat situ, {PLATE}. Anggota kami, Briptu {M2}, akan ke lokasi.\n
Pelapor: Cepat, Pak.
""",
)

t(
    "call_transcript",
    "scam",
    r"""
Transkrip panggilan penipuan yang direkam korban (diserahkan ke Polresta)\n
Penelepon: Selamat siang, Ibu. Saya dari PLN, Ibu dapat undian token gratis.\n
Korban: Dari PLN mana?\n
Penelepon: PLN pusat, Bu. Untuk klaim, sebut nama lengkap dan nomor KTP.\n
Korban: {F1}, NIK {F1.nik}.\n
Penelepon: Nomor rekening Ibu?\n
Korban: BRI {F1.rekbri}.\n
Penelepon: Sekarang ada kode masuk ke HP Ibu, tolong sebut.\n
Korban: Sebentar... anak saya, {M1.g}, bilang jangan.\n
[Catatan pelapor: penelepon pakai nomor {SCAMHP}. Saya {M1}, anak korban, HP {M1.hp}.]
""",
)

t(
    "call_transcript",
    "health",
    r"""
Rekaman layanan pengaduan {PKM} ({OFCTEL}), {DATE1}\n
Petugas: {PKM}, selamat pagi.\n
Penelepon: Pagi. Saya mau mengeluh, kemarin anak saya imunisasi, bidannya marah-marah.\n
Petugas: Bidan siapa, Ibu?\n
Penelepon: Bidan {F1.g}. Yang tinggi.\n
Petugas: Nama anak dan tanggal lahir?\n
Penelepon: {M1}, lahir {TGL2}.\n
Petugas: Nama Ibu?\n
Penelepon: {F2}. Rumah di {F2.rt}, Kel. {KEL}.\n
Petugas: Nanti kepala puskesmas, dr. {M2}, akan panggil yang bersangkutan. Nomor Ibu?\n
Penelepon: {F2.hp}.
""",
)

t(
    "call_transcript",
    "roads",
    r"""
Transkrip 112 Kota Kupang — pohon tumbang\n
{DATE1} {JAM}\n
Operator: 112, ada yang bisa dibantu?\n
Penelepon: Pohon tumbang tutup jalan di {ROAD}, depan {SEKOLAH}.\n
Operator: Ada korban?\n
Penelepon: Sonde ada. Mobil pick up rusak sedikit, plat {PLATE}.\n
Operator: Baik, saya teruskan ke BPBD dan Damkar. Nomor Bapak?\n
Penelepon: Pakai nomor kantor saja, {OFCTEL}. Saya satpam sekolah.\n
Operator: Terima kasih, Pak.
""",
)

t(
    "call_transcript",
    "transport",
    r"""
Transkrip call center Dishub Kota Kupang, {DATE1} {JAM}\n
Petugas: Dishub Kota Kupang, selamat pagi.\n
Penelepon: Pagi. Beta mau tanya, bus Damri ke Bandara El Tari dari Terminal Oebobo jam berapa?\n
Petugas: Setiap jam dari 06.00 sampai 18.00. Boleh dengan siapa, Bapak?\n
Penelepon: Sonde usah catat nama, beta cuma tanya. Trus angkot lampu {LAMPU} su sonde lewat
{ROAD} ko?\n
Petugas: Trayeknya dialihkan sementara karena ada perbaikan jalan. Informasi lengkap di WA
center Dishub {OFCHP} atau kantor {OFCTEL}.\n
Penelepon: Oke, makasih.\n
Petugas: Nomor catatan panggilan {TIX}. Selamat pagi.
""",
)


# ---------------------------------------------------------------------------------------------
# email_thread: threads with quoted replies and signatures.

t(
    "email_thread",
    "water",
    r"""
Subject: Re: Tagihan air naik padahal air tidak mengalir\n
From: Humas PDAM Kota Kupang <humas@pdamkotakupang.co.id>\n
To: {M1} <{M1.mail}>\n
Date: {DAY3} {JAM3}

Yth. Bapak {M1.g},\n
Terima kasih atas laporannya. Petugas kami sudah memeriksa meter di alamat Bapak dan menemukan
kebocoran setelah meter. Tagihan akan dikoreksi pada periode berikut.

Salam,\nBagian Humas PDAM Kota Kupang\nTelp. {OFCTEL} | WA {OFCHP}

> Pada {DAY1} {JAM}, {M1} <{M1.mail}> menulis:\n
> Selamat pagi. Saya pelanggan nomor {PDAM}, alamat {M1.addr}, Kel. {KEL}. Air hanya
> jalan dua jam seminggu tetapi tagihan {UANG}. Mohon diperiksa.\n
> Salam,\n> {M1}\n> HP {M1.hp}
""",
)

t(
    "email_thread",
    "power",
    r"""
From: {F1} <{F1.mail}>\n
To: pengaduan@pln.co.id\n
Cc: {M1} <{M1.mail}>\n
Subject: Fwd: Meteran terbakar, belum diganti\n

Selamat siang, saya teruskan email suami saya di bawah. Sampai hari ini belum ada petugas datang.
ID pelanggan {IDPEL}.\n
{F1}

---------- Forwarded message ---------\n
Dari: {M1} <{M1.mail}>\n
Tanggal: {DAY1}\n
Kepada: pengaduan@pln.co.id\n

Meteran listrik di rumah kami, {M1.rtf}, Kel. {KEL}, terbakar jam {JAM}. Tetangga kami, Bapak
{M2}, bantu padamkan. Kami sudah lapor ke PLN 123 (nomor laporan {TIX}).\n
Hubungi saya di {M1.hp}.
""",
)

t(
    "email_thread",
    "roads",
    r"""
Subject: RE: Drainase tersumbat di {STR}\n
From: "{F1}" <{F1.mailgov}>\n
To: "{M1}" <{M1.mail}>\n

Bapak {M1.g} yang baik,\n
Tim Bidang SDA sudah kami jadwalkan membersihkan saluran hari {HARI3}. Bila ada kendala,
silakan hubungi saya.\n
Salam,\n{F1}\nStaf Bidang SDA, Dinas PUPR Kota Kupang

-----Original Message-----\n
From: {M1} <{M1.mail}>\n
Sent: {DAY1} {JAM}\n
Subject: Drainase tersumbat di {STR}

Saluran di depan rumah saya ({M1.addr}) dan rumah Ibu {F2} tersumbat sampah. Kalau hujan air
masuk rumah. Foto terlampir.\n
{M1}
""",
)

t(
    "email_thread",
    "waste",
    r"""
Dari: {M1} <{M1.mail}>\n
Kepada: dlhk@kupangkota.go.id\n
Cc: lurah.{KEL|s}@gmail.com\n
Subjek: Re: Re: TPS liar di belakang {SEKOLAH}\n

Sudah {N} minggu sejak balasan terakhir, tumpukan sampah makin tinggi. Mohon ditindaklanjuti.\n
-- \n{M1}, {M1.rtf}

> > Pada {DAY1}, {M1} menulis:\n
> > Ada TPS liar di lahan kosong milik keluarga {M2.f}. Warga buang sampah malam hari.\n
>\n
> Pada {DAY2}, DLHK Kota Kupang <dlhk@kupangkota.go.id> menulis:\n
> Terima kasih, laporan kami teruskan ke Bidang Kebersihan (Ibu {F1}). Nomor laporan {TIX}.
""",
)

t(
    "email_thread",
    "health",
    r"""
Subject: Re: Pengaduan pelayanan IGD {RSU}\n
From: Unit Pengaduan {RSU} <pengaduan.rs@gmail.com>\n
To: {F1} <{F1.maild}>\n

Yth. Ibu {F1},\n
Mohon maaf atas pelayanan yang kurang baik. Kami sudah memanggil perawat jaga malam itu, Sdr.
{M1}, dan memberi teguran. Untuk klaim BPJS pasien {M2} (no. kartu {M2.bpjs}) sudah kami proses.\n
Hormat kami,\n{F2}\nKepala Instalasi Pengaduan

> Dari: {F1}\n
> Kepada: pengaduan.rs@gmail.com\n
> Suami saya {M2}, peserta JKN nomor {M2.bpjs}, dibiarkan {N} jam di IGD tanpa diperiksa. Saya
> bisa dihubungi di {F1.hp}. Email saya {F1.maild} (maaf ditulis begini supaya tidak kena spam).
""",
)

t(
    "email_thread",
    "school",
    r"""
Subject: Re: Ijazah anak kami ditahan sekolah\n
From: {M1.fg} <{M1.mailedu}>\n
To: {F1} <{F1.mail}>\n
Cc: {F2} <{F2.mailedu}>

Ibu {F1.g},\n
Ijazah ananda {M2} bisa diambil di tata usaha tanpa biaya. Saya sudah sampaikan ke wali kelas,
Ibu {F2.g}.\n
Salam,\n{M1}\nKepala {SEKOLAH}

On {DAY1} {JAM}, {F1} <{F1.mail}> wrote:\n
> Anak kami {M2} (NISN {NISN}) lulus tahun ini tetapi ijazah ditahan karena uang komite
> {UANG} belum lunas. Kami keluarga tidak mampu, ada KK nomor {F1.kk} dan KIP.\n
> Terima kasih,\n> {F1}, {F1.hp}
""",
)

t(
    "email_thread",
    "civil_registry",
    r"""
From: Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>\n
To: {M1} <{M1.mail}>\n
Subject: Re: Perbaikan nama di akta kelahiran\n

Yth. Sdr. {M1},\n
Akta kelahiran anak Saudara atas nama {F1} sudah diperbaiki. Dapat diambil di loket 2 atau
diunduh lewat tautan yang dikirim ke email ini.\n
Petugas: {F2}

> {DAY1}, {M1} <{M1.mail}>:\n
> Nama anak kami di akta tertulis "[[name:{F1.g|r} {M2.f|r}]]", seharusnya {F1}. NIK anak
> {F1.nik}, KK {M1.kk}. NIK saya {M1.nik}. Terima kasih.
""",
)

t(
    "email_thread",
    "social_aid",
    r"""
Subject: Fwd: Bantuan sosial tunai belum diterima\n
From: {M1} <{M1.mailgov}>\n
To: dinsos@kupangkota.go.id\n

Selamat pagi, saya lurah di Kel. {KEL}, meneruskan email warga kami di bawah. Mohon dibantu.\n
{M1}\nLurah {KEL}

----- Pesan yang diteruskan -----\n
Dari: {F1} <{F1.mail}>\n
Tanggal: {DAY1}\n
Bapak Lurah, saya {F1}, NIK {F1.nik}, tinggal di {F1.rtf}. Nama saya ada di DTKS tapi bantuan
BST tidak masuk ke rekening Bank NTT saya {F1.rekntt}. Tetangga saya, {F2}, sudah terima.
Terima kasih.
""",
)

t(
    "email_thread",
    "market",
    r"""
Subject: Re: Permohonan pindah lapak\n
From: UPTD Pasar <uptd.pasar.kupang@gmail.com>\n
To: {F1} <{F1.mail}>\n

Ibu {F1.g}, permohonan Ibu sudah kami terima. Lapak {LOS} sudah terisi; kami tawarkan lapak
{LOS2}. Silakan konfirmasi ke kepala UPTD, Bapak {M1}.

> {DAY1} {JAM}, {F1} menulis:\n
> Saya pedagang ikan di {PASAR}. Lapak saya kena air got. Saya mohon pindah. Usaha saya
> perorangan, NPWP pribadi saya {F1.npwp}. Koperasi pasar (NPWP {NPWPB}) bilang harus lewat
> UPTD. HP saya {F1.hp}.
""",
)

t(
    "email_thread",
    "transport",
    r"""
Subject: Keluhan taksi bandara — balasan\n
From: {M1} <{M1.mail}>\n
To: cs@taksibandara-kupang.co.id\n

Terima kasih atas balasannya. Saya tegaskan: sopir mobil {PLATE} minta {UANG} dari bandara ke
{KEL}, tanpa argo.\n
{M1}

> From: CS Taksi Bandara <cs@taksibandara-kupang.co.id>\n
> Mohon kirim nomor polisi kendaraan dan nama sopir.\n
>\n
> > From: {M1} <{M1.mail}>\n
> > Saya penumpang tanggal {TGL1}. Sopir mengaku bernama {M2.g}. Saya turun di rumah saya,
> > {M1.addr}. Nomor saya {M1.hp}.
""",
)

t(
    "email_thread",
    "land",
    r"""
Subject: Re: Pengukuran ulang tanah di {KEL}\n
From: {M1.fg} <{M1.mailbpn}>\n
To: {F1} <{F1.mail}>\n
Cc: {M2} <{M2.mail}>

Ibu {F1.g}, jadwal ukur ulang {DAY4}. Mohon hadir bersama pemilik tanah sebelah, Bapak {M2.g}.\n
{M1}\nSeksi Survei dan Pemetaan

On {DAY1}, {F1} wrote:\n
> Tanah saya bersebelahan dengan tanah Bapak {M2}. Batasnya digeser. NOP tanah saya {NOP}.
> Mohon ukur ulang. Rumah saya {F1.addr}.
""",
)

t(
    "email_thread",
    "tax",
    r"""
Subject: Re: Permohonan pengurangan PBB\n
From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>\n
To: {M1} <{M1.mail}>\n

Yth. Bapak {M1}, permohonan pengurangan PBB dengan NOP {NOP} sedang diverifikasi. Mohon lengkapi
fotokopi NPWP dan KTP.\n
Bidang Pajak Daerah\nTelp. {OFCTEL}

> {DAY1}, {M1} <{M1.mail}>:\n
> Saya pensiunan, NIK {M1.nik}. NPWP saya {M1.npwps}. Tagihan PBB naik tiga kali lipat. Mohon
> pengurangan. Rumah saya {M1.addr}.\n
> {M1}
""",
)

t(
    "email_thread",
    "police",
    r"""
Subject: Laporan kehilangan dan permohonan surat keterangan\n
From: {F1} <{F1.mail}>\n
To: spkt.polrestakupangkota@gmail.com\n
Date: {DAY2}

Selamat siang, saya {F1}. Tas saya dijambret di {ROAD} pada {DAY1} jam {JAM} oleh dua orang
naik motor {PLATE}. Isinya KTP (NIK {F1.nik}), kartu ATM BRI {F1.rekbri}, dan HP.\n
Saksi: {M1}, tukang parkir.\n
Mohon surat keterangan kehilangan. Nomor lain yang bisa dihubungi: {F1.tel}.

> Balasan SPKT ({DAY2}): Silakan datang ke SPKT membawa KK. Piket: Aipda {M2}.
""",
)

t(
    "email_thread",
    "scam",
    r"""
Subject: Re: Apakah email ini resmi dari Dinas Sosial?\n
From: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>\n
To: {M1} <{M1.mail}>\n

Bapak {M1.g}, email bansos.kemensos.ntt@gmail.com bukan milik kami. Jangan kirim data pribadi.

> On {DAY1}, {M1} <{M1.mail}> wrote:\n
> Saya terima email dari bansos.kemensos.ntt@gmail.com yang minta foto KTP dan KK. Istri saya,
> {F1}, sudah sempat kirim KK (nomor {M1.kk}). Apa itu resmi?
""",
)

t(
    "email_thread",
    "school",
    r"""
Subject: Daftar guru honor untuk pengajuan NPWP\n
From: Bendahara {SEKOLAH} <bendahara.sekolah.kupang@gmail.com>\n
To: guru-honor@googlegroups.com\n

Bapak/Ibu, mohon kirim NPWP masing-masing sebelum {TGL3}.

> Balasan dari {F1} <{F1.mail}>:\n
> Ini punya saya {F1.npwpn}.\n
>\n
> Balasan dari {M1} <{M1.mail}>:\n
> NPWP saya {M1.npwp}. Untuk {F2} ({F2.mail}) dia belum punya.
""",
)

t(
    "email_thread",
    "health",
    r"""
Subject: Re: [Posyandu] Data balita stunting {KEL}\n
From: {F1} <{F1.mailgov}>\n
To: {F2} <{F2.mail}>\n

Kak {F2.g}, data sudah saya terima. Untuk {M1} dan {F3} berat badannya diukur ulang bulan depan.\n
{F1}, Tenaga Gizi {PKM}

> {DAY1} {JAM}, {F2} <{F2.mail}>:\n
> Ini data balita di posyandu kami: {M1} (ibu {F4}, {F4.rt}) dan {F3} (ibu {F5}, {F5.rt}).
""",
)

t(
    "email_thread",
    "land",
    r"""
Subject: Re: Jadwal sosialisasi PTSL di Kel. {KEL}\n
From: Seksi Penetapan Hak, Kantor Pertanahan Kota Kupang <pertanahan.kotakupang@atrbpn.go.id>\n
To: kelurahan.{KEL|s}@gmail.com\n
Cc: camat.{KEC|s}@kupangkota.go.id

Yth. Lurah {KEL},\n
Sosialisasi PTSL untuk warga RT 01 sampai RT {NRT} dijadwalkan {DAY3} di aula kantor kelurahan.
Mohon warga membawa SPPT PBB (NOP) dan fotokopi KTP. Surat undangan nomor {SURAT} terlampir.\n
Salam,\nSeksi Penetapan Hak\nTelp. {OFCTEL} · WA {OFCHP}

> Pada {DAY1}, Kelurahan {KEL} <kelurahan.{KEL|s}@gmail.com> menulis:\n
> Dengan hormat, kami mohon jadwal sosialisasi PTSL. Banyak warga RT {NRT2} belum punya
> sertifikat. Contoh NOP warga: {NOP}. Terima kasih.
""",
)


# ---------------------------------------------------------------------------------------------
# spreadsheet: register rows as CSV, TSV, pipes, with headers.

t(
    "spreadsheet",
    "water",
    r"""
Rekap permohonan sambungan baru PDAM — Kel. {KEL} ({DATE1})\n
No,Nama Pemohon,NIK,Alamat,No HP,Status\n
{{ROWS 3-6}}{ROWNO},{@G|u},{@G.nikb},"{@G.rtf}",{@G.hpb},<<survei||menunggu pipa||lunas>>\n{{/ROWS}}
Catatan: biaya pasang {UANG} per sambungan; petugas survei {M1}.
""",
)

t(
    "spreadsheet",
    "power",
    r"""
REGISTER GANGGUAN PJU (LAMPU JALAN) — BIDANG PENERANGAN, {DATE1}\n
| No | Lokasi | Kelurahan | Tiang | Tiket | Status |\n
|----|--------|-----------|-------|-------|--------|\n
{{ROWS 3-6}}| {ROWNO} | {@ROAD} | {@KEL} | PJU-{@NN}{@N} | {@TIX} | \
<<padam||berkedip||diganti>> |\n{{/ROWS}}
Sumber: laporan warga via 1708 dan {OFCHP} (WA Bidang Penerangan).
""",
)

t(
    "spreadsheet",
    "roads",
    r"""
Tanggal\tLokasi\tPelapor\tHP Pelapor\tKeterangan\n
{{ROWS 3-5}}{@DATE}\t{@ROAD}\t{@G}\t{@G.hp}\t\
<<lubang||aspal mengelupas||drainase ambruk||jalan retak>>\n{{/ROWS}}
{DATE1}\t{ROAD}\tanonim\t-\tjembatan kecil goyang\n
Direkap oleh: {F1}, staf Bidang Bina Marga
""",
)

t(
    "spreadsheet",
    "waste",
    r"""
NAMA;ALAMAT;BULAN;JUMLAH;NO KUITANSI\n
{{ROWS 3-6}}{@G|u};{@G.addr};{@DS};{@UANGK};KW-{@NN}{@NRT}\n{{/ROWS}}
PENAGIH: {M1|u} (HP {M1.hp}) — retribusi sampah RT {NRT}, Kel. {KEL}
""",
)

t(
    "spreadsheet",
    "health",
    r"""
Data sasaran balita Posyandu <<Melati||Anggrek||Bunga Bakung||Kasih Ibu>>, {KEL}, per {DS1}\n
No,Nama Balita,Nama Ibu,NIK Ibu,No. KIS Balita,RT/RW,BB (kg),TB (cm)\n
{{ROWS 3-6}}{ROWNO},{@G},{@F},{@F.nikb},{@G.bpjs},{@F.rt},{@N}.{@N2},{@NN}\n{{/ROWS}}
Kader: {F1}; bidan: {F2}
""",
)

t(
    "spreadsheet",
    "school",
    r"""
DAFTAR USULAN PIP {SEKOLAH|u} TAHUN 2026\n
No | Nama Siswa | NISN | Kelas | Nama Ibu Kandung | No. Rekening BRI | Ket\n
{{ROWS 3-6}}{ROWNO} | {@G|u} | {@NISN} | {@N} | {@F|u} | {@G.rekbri} | <<baru||lanjutan>>\n{{/ROWS}}
Operator: {F1} ({F1.mailedu})
""",
)

t(
    "spreadsheet",
    "civil_registry",
    r"""
KARTU KELUARGA\n
No. {M1.kk}\n
Nama Kepala Keluarga : {M1|u}\n
Alamat : {M1.street|u}\n
[[address:RT/RW : {RTN}]]\n
Kelurahan : {KEL|u}\n
No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan\n
1 | {M1|u} | {M1.nikb} | LAKI-LAKI | KEPALA KELUARGA\n
2 | {F1|u} | {F1.nikb} | PEREMPUAN | ISTRI\n
{{ROWS 1-4}}{ROWNO+2} | [[name:{@G.g|ur} {M1.f|ur}]] | \
<<{@G.nikb}||{@G.nikocr}>> | - | ANAK\n{{/ROWS}}
""",
)

t(
    "spreadsheet",
    "social_aid",
    r"""
NO;NAMA KPM;NIK;NO KK;ALAMAT;BANK;NO REKENING;KET\n
{{ROWS 3-6}}{ROWNO};{@F|u};{@F.nikb};{@F.kk};{@F.rt};BNI;{@F.rekbni};\
<<SALUR||GAGAL SALUR||PENDING>>\n{{/ROWS}}
Pendamping: {F1}, HP {F1.hp}
""",
)

t(
    "spreadsheet",
    "market",
    r"""
Data pedagang {PASAR} — blok ikan\n
No Los,Nama Pedagang,Dagangan,HP,NPWP\n
{{ROWS 2-5}}{@LOS},{@G},<<ikan segar||ikan kering||cumi||udang>>,{@G.hpb},{@G.npwp}\n{{/ROWS}}
{LOS},UD Laut Timor,es balok,{BIZHP},{NPWPB}\n
{LOS2},Koperasi Pedagang Ikan,-,{OFCHP},{NPWPB2}
""",
)

t(
    "spreadsheet",
    "transport",
    r"""
No,Nopol,Trayek,Pemilik,HP Pemilik,Sopir,Catatan\n
{{ROWS 3-6}}{ROWNO},{@PLATE},Lampu {@LAMPU},{@M},{@M.hp},{@G.g1},\
<<uji KIR mati||izin trayek habis||aman>>\n{{/ROWS}}
Hasil razia angkot Dishub, {DATE1}, Terminal Kupang. Ketua regu: {M1}.
""",
)

t(
    "spreadsheet",
    "land",
    r"""
NOP|Nama Wajib Pajak|Alamat Wajib Pajak|Letak Objek|Luas (m2)|NPWP\n
{{ROWS 3-5}}{@NOP}|{@G|u}|{@G.addr}|Kel. {@KEL}|{@NN}0|{@G.npwp}\n{{/ROWS}}
{NOP}|GEREJA GMIT {KEL|u}|-|Kel. {KEL}|{NN}00|-
""",
)

t(
    "spreadsheet",
    "tax",
    r"""
Tunggakan PKB per {DATE1} (Samsat Kupang)\n
Nopol;Nama Pemilik;Alamat;Jatuh Tempo;Tunggakan\n
{{ROWS 3-6}}{@PLATE};{@G|u};{@G.rtf};{@DATE};{@UANG}\n{{/ROWS}}
Petugas penagih: {M1} — {M1.hp}
""",
)

t(
    "spreadsheet",
    "police",
    r"""
REKAP RAZIA LALU LINTAS — {ROAD|u}, {DATE1}\n
No\tNopol\tJenis\tPengemudi\tNo. SIM\tPelanggaran\n
{{ROWS 3-6}}{ROWNO}\t{@PLATE}\t<<R2||R4>>\t{@M|u}\t{@SIM}\t\
<<tanpa helm||STNK mati||tanpa SIM||melawan arus>>\n{{/ROWS}}
Ka. Tim: Ipda {M1}
""",
)

t(
    "spreadsheet",
    "scam",
    r"""
Tanggal,Nomor Penipu,Mengaku Sebagai,Rekening Tujuan,Atas Nama,Pelapor,HP Pelapor\n
{{ROWS 3-5}}{@DATE},{@SCAMHP},<<petugas Dinsos||admin PKH||CS PLN||petugas Bank NTT>>,BRI \
{@M.rekbri},{@M},{@F},{@F.hp}\n{{/ROWS}}
Direkap Unit Siber Polresta Kupang Kota. Semua nomor penipu sudah dilaporkan ke operator.
""",
)

t(
    "spreadsheet",
    "social_aid",
    r"""
DATA USULAN PBI JK (KIS) — KEL. {KEL|u}\n
| No | Nama | NIK | No. KK | No. Kartu KIS Lama | Alamat |\n
{{ROWS 3-5}}| {ROWNO} | {@G} | {@G.nik} | {@G.kk} | {@G.bpjs} | {@G.addr} |\n{{/ROWS}}
Diverifikasi: {F1}, TKSK Kec. {KEC}
""",
)

t(
    "spreadsheet",
    "health",
    r"""
No\tTanggal\tPuskesmas\tKeluhan\tNo. Tiket\tStatus\n
{{ROWS 4-7}}{ROWNO}\t{@DATE}\t{@PKM}\t\
<<antrian lama||obat kosong||petugas tidak ramah||rujukan ditolak>>\t{@TIX}\t\
<<selesai||proses>>\n{{/ROWS}}
Rekap UPP Dinkes Kota Kupang. Data pelapor tidak ditampilkan.
""",
)


# ---------------------------------------------------------------------------------------------
# lapor_portal: SP4N-LAPOR! submissions and the units' replies.

t(
    "lapor_portal",
    "water",
    r"""
LAPOR! — Layanan Aspirasi dan Pengaduan Online Rakyat\n
Nomor Tracking: {TIX}\n
Judul: Air PDAM mati total di {KEL}\n
Kategori: Air Minum\n
Kerahasiaan: <<Rahasia||Biasa>>\n
Pelapor: {M1} ({M1.mail})\n
Isi Laporan: Sudah {N} hari air tidak mengalir di {M1.rtf}, Kel. {KEL}. Kami beli air tangki
{UANG} per tangki. Mohon PDAM segera perbaiki. Nomor pelanggan {PDAM}. HP {M1.hp}.\n
Status: Selesai\n
Tindak Lanjut (PDAM Kota Kupang, {DATE3}): Pompa di reservoir sudah diperbaiki. Air kembali
normal. Terima kasih.
""",
)

t(
    "lapor_portal",
    "power",
    r"""
LAPOR! SP4N\n
{TIX} · Permintaan Informasi · Anonim\n
Judul: Kapan lampu jalan di {ROAD} diperbaiki?\n
Isi: Lampu jalan sepanjang {ROAD} dari {SEKOLAH} sampai {PKM} mati {N} minggu. Rawan
jambret.\n
Disposisi: Dinas Perhubungan Kota Kupang ({DATE2})\n
Tanggapan: Perbaikan dijadwalkan minggu depan setelah material tiba. Informasi: {OFCTEL}.
""",
)

t(
    "lapor_portal",
    "roads",
    r"""
Laporan {TIX}\n
Judul: Jalan lingkungan rusak berat\n
Isi Laporan: Saya {F1}, warga {F1.rt}, Kel. {KEL}. Jalan lingkungan dari rumah Bapak {M1} sampai
rumah keluarga {M2.f} rusak berat, anak sekolah jatuh. Sudah diusulkan di musrenbang tahun lalu.\n
Lokasi: {STR}, Kel. {KEL}, Kec. {KEC}\n
Tanggal Kejadian: {DATE1}\n
Tindak lanjut Dinas PUPR ({DATE4}): Sudah masuk daftar pemeliharaan rutin tahap {N}.\n
Balasan Pelapor: Terima kasih, kami tunggu. — {F1.g}
""",
)

t(
    "lapor_portal",
    "waste",
    r"""
SP4N-LAPOR! | Laporan {TIX}\n
Judul: Bau dari TPA Alak\n
Kategori: Lingkungan Hidup dan Kehutanan\n
Pelapor: Anonim\n
Isi: Warga sekitar TPA Alak mengeluh bau dan asap sejak {TGL1}. Banyak anak batuk. Mohon
sampah ditutup tanah dan tidak dibakar.\n
Tindak Lanjut DLHK ({DATE3}): Tim sudah melakukan penimbunan di zona {N}. Pengaduan lanjutan:
WA {OFCHP}.
""",
)

t(
    "lapor_portal",
    "health",
    r"""
LAPOR!\n
Nomor Laporan: {TIX}\n
Judul: Obat pasien TB tidak tersedia di {PKM}\n
Isi Laporan: Suami saya {M1}, NIK {M1.nik}, pasien TB, sudah {N} kali ke {PKM} tapi obat kosong.
Petugas apotek, Ibu {F1}, suruh beli di luar. Kartu JKN suami {M1.bpjs}. Saya {F2}, HP {F2.hp}.\n
Kerahasiaan: Rahasia\n
Tanggapan Dinas Kesehatan ({DATE2}): Obat sudah didistribusikan. Pasien dapat mengambil di
{PKM} dengan menghubungi pengelola program TB, Sdr. {M2}.
""",
)

t(
    "lapor_portal",
    "school",
    r"""
Tracking ID {TIX} — Pengaduan\n
Judul: Pungutan seragam dan buku di {SEKOLAH}\n
Isi: Sekolah mewajibkan beli seragam {UANG} dan buku {UANG2} di koperasi sekolah. Anak saya, {F1}
(kelas {N}), dilarang masuk kelas karena belum bayar. Wali kelas, Bapak {M1}, bilang itu perintah
kepala sekolah.\n
Pelapor: {F2}, {F2.rtf}, Kel. {KEL}\n
Tindak Lanjut Dinas P dan K ({DATE3}): Kepala sekolah sudah dipanggil. Pembelian seragam tidak
wajib.
""",
)

t(
    "lapor_portal",
    "civil_registry",
    r"""
LAPOR! SP4N — Detail Laporan\n
Nomor: {TIX}\n
Judul: KTP-el tidak jadi-jadi\n
Isi Laporan: Rekam KTP-el tanggal {TGL1}, sampai sekarang belum cetak. NIK {F1.nik}, KK {F1.kk}.
Nama {F1}, alamat {F1.rtf}, Kel. {KEL}.\n
Instansi: Dinas Kependudukan dan Pencatatan Sipil Kota Kupang\n
Tanggapan ({DATE4}): KTP-el atas nama pelapor sudah dicetak dan dapat diambil di kantor
Kelurahan {KEL}.
""",
)

t(
    "lapor_portal",
    "social_aid",
    r"""
Laporan LAPOR! {TIX}\n
Judul: BPNT dipotong agen\n
Isi: Bantuan BPNT mama saya, {F1}, dipotong {UANG} oleh agen e-warong {M1} di {STR}. Kalau
tidak mau dipotong disuruh ambil barang yang harganya mahal. Rekening KKS mama BNI {F1.rekbni}.
Saya anaknya, {M2}, {M2.hp}.\n
Kategori: Sosial dan Kesejahteraan\n
Tindak lanjut Dinas Sosial ({DATE3}): Agen sudah ditegur dan bank diminta memutus kerja sama.
""",
)

t(
    "lapor_portal",
    "market",
    r"""
SP4N-LAPOR! Kota Kupang\n
Nomor Tracking: {TIX}\n
Judul: Pasar becek dan atap bocor\n
Isi: Atap blok sayur {PASAR} bocor di {N} titik, lantai becek, pembeli malas masuk. Retribusi
tetap {UANGK} per hari.\n
Pelapor: Anonim\n
Tindak Lanjut Dinas Perdagangan ({DATE2}): Perbaikan atap masuk anggaran perubahan 2026.
""",
)

t(
    "lapor_portal",
    "transport",
    r"""
LAPOR!\n
Tracking: {TIX}\n
Judul: Juru parkir liar di depan {RSU}\n
Isi Laporan: Juru parkir minta {UANGK} untuk motor, tidak ada karcis. Namanya {M1}, sering pakai
rompi Dishub palsu. Motor saya {F1.plate}. Saya {F1}, {F1.mail}.\n
Tindak lanjut Dinas Perhubungan ({DATE3}): Juru parkir tersebut bukan petugas resmi dan sudah
ditertibkan.
""",
)

t(
    "lapor_portal",
    "land",
    r"""
Nomor Laporan: {TIX}\n
Judul: Sertifikat PTSL belum dibagikan\n
Isi Laporan: Kami peserta PTSL 2025 di Kel. {KEL}. Sertifikat atas nama saya, {M1}, dan
tetangga, {F1}, belum dibagikan. Petugas kelurahan, Sdr. {M2}, minta {UANG} per sertifikat.\n
Alamat pelapor: {M1.addr}\n
Tanggapan Kantor Pertanahan ({DATE4}): Sertifikat dibagikan gratis di kantor kelurahan. Pungutan
akan kami klarifikasi.
""",
)

t(
    "lapor_portal",
    "tax",
    r"""
LAPOR! SP4N\n
Kode: {TIX}\n
Judul: NPWP dipakai orang lain\n
Isi: Saya {F1}, NPWP {F1.npwp}. Ada tagihan pajak usaha yang bukan milik saya. Rupanya NPWP saya
dipakai CV tempat saya kerja dulu. Mohon ditelusuri. HP {F1.hp}.\n
Kategori: Perpajakan\n
Disposisi: Bukan wewenang Pemkot — diteruskan ke KPP Pratama Kupang ({DATE2}).
""",
)

t(
    "lapor_portal",
    "police",
    r"""
Laporan {TIX} (Rahasia)\n
Judul: Anak dianiaya di rumah tetangga\n
Isi Laporan: Saya {F1}, tinggal di {F1.rtf}, Kel. {KEL}. Anak tetangga, {M1.g} (umur {N}),
sering dipukul bapaknya, {M2}. Anak itu tidur di rumah kami dua malam. Sudah lapor ke Ketua
RT {NRT}, tidak ada tindakan.\n
Disposisi: Polresta Kupang Kota, UPTD PPA ({DATE2})\n
Tindak lanjut UPTD PPA ({DATE4}): Petugas kami, Ibu {F2}, sudah ke lokasi dan mendampingi anak.
""",
)

t(
    "lapor_portal",
    "scam",
    r"""
LAPOR! — Pengaduan\n
Nomor: {TIX}\n
Judul: WA palsu mengaku Kepala Dinas minta transfer\n
Isi: Ada WA {SCAMHP} pakai foto Kepala Dinas Pendidikan, minta guru-guru transfer {UANG} untuk
"pengurusan sertifikasi". Teman saya, Ibu {F1}, sudah transfer ke rekening Mandiri {M1.rekmandiri}
a.n. {M1}. Saya {F2}, guru di {SEKOLAH}.\n
Tanggapan Dinas P dan K ({DATE2}): Kepala Dinas tidak pernah meminta transfer. Nomor tersebut
bukan milik pejabat kami.
""",
)

t(
    "lapor_portal",
    "water",
    r"""
LAPOR! SP4N · Aspirasi\n
{TIX}\n
Judul: Usul jadwal distribusi air diumumkan\n
Isi: Mohon PDAM umumkan jadwal giliran air per kelurahan di media sosial supaya warga bisa
tampung air. Sekarang jadwal tidak menentu di {KEL} dan {KEL2}.\n
Pelapor: Anonim\n
Tanggapan PDAM ({DATE3}): Jadwal sudah diumumkan di akun resmi PDAM. Info: call center {OFCTEL}.
""",
)

t(
    "lapor_portal",
    "civil_registry",
    r"""
LAPOR! Nomor {TIX}\n
Judul: Akta kematian bapak belum selesai\n
Isi Laporan: Bapak saya, almarhum {M1}, NIK {M1.nik}, meninggal {TGL1}. Akta kematian diurus sejak
itu, belum selesai. Karena itu KK kami ({M1.kk}) belum bisa diubah dan pensiun mama, {F1}, tertahan.
Saya {M2}, {M2.hp}, {M2.mail}.\n
Tanggapan Dukcapil ({DATE4}): Akta kematian sudah terbit, silakan ambil di loket 4.
""",
)


# ---------------------------------------------------------------------------------------------
# sms_plain: KOTKUPANG SMS to 1708, lower or mixed case, with typos.

t(
    "sms_plain",
    "water",
    r"""
kotkupang air pdam sdh {N} hr tdk jln di {M1.rt|l} kel {KEL|l}. kami bli air tangki trus.
mhn dbntu. {M1|l} <<{M1.hpb}||{M1.hpocr}>>
""",
)

t(
    "sms_plain",
    "power",
    r"""
KOTKUPANG tiang listrik depan rmh sy miring mau rubuh, {M1.addr}, kel {KEL}. sdh lapor pln 123 tp
blm dtg. sy {M1.g}
""",
)

t(
    "sms_plain",
    "roads",
    r"""
kotkupang jln di {ROAD|l} dkt {SEKOLAH|l} berlubang bsr, sdh ad yg jatuh. tlg ditutup sblm
ad korban lg. trims
""",
)

t(
    "sms_plain",
    "waste",
    r"""
Kotkupang sampah di TPS {STR} sdh {N} minggu tdk diangkut, bau skali. Rumah sy pas disamping,
{F1.addr|l}. {F1|l}
""",
)

t(
    "sms_plain",
    "health",
    r"""
kotkupang sy {F1|l} mau lapor bidan di {PKM|l} minta uang {UANG} utk surat ket lahir anak sy.
no bpjs sy {F1.bpjs}. hp {F1.hpb}
""",
)

t(
    "sms_plain",
    "school",
    r"""
KOTKUPANG anak sy {M1.g|l} di {SEKOLAH} disuruh byr uang komite {UANG} klo tdk byr tdk bs ikut
ujian. sy mamanya {F1|l}, {F1.rt|l}
""",
)

t(
    "sms_plain",
    "civil_registry",
    r"""
kotkupang sy {M1|l} nik {M1.nik} sdh 3 bln urus kk baru blm jd2. no kk lama
<<{M1.kks}||{M1.kkocr}||{M1.kk}>>. tlg bntu
""",
)

t(
    "sms_plain",
    "social_aid",
    r"""
kotkupang sy {F1|l} warga {F1.rt|l} kel {KEL|l}, pkh sy tdk cair 2 tahap.
nik <<{F1.nikocr}||{F1.nik15}||{F1.nik}>>. pendamping
ibu {F2.g|l} tdk prnh dtg
""",
)

t(
    "sms_plain",
    "market",
    r"""
KOTKUPANG Petugas retribusi di {PASAR} tarik uang {UANGK} tp tdk kasih karcis. Nama dia {M1.g}.
Tlg ditertibkan.
""",
)

t(
    "sms_plain",
    "transport",
    r"""
kotkupang bemo {PLATE|l} lampu {LAMPU} sopir mabuk bawa pnumpang anak sekolah, td jam {JAM} di
{ROAD|l}. tlg dishub cek
""",
)

t(
    "sms_plain",
    "land",
    r"""
kotkupang tanah sy di kel {KEL|l} diserobot org, dia psg pagar. nama dia {M1|l}. sy {M2|l}
hp {M2.hpd}. mhn bpn ukur ulang
""",
)

t(
    "sms_plain",
    "tax",
    r"""
Kotkupang sy mau tny tagihan pbb nop {NOP} kok 2x lipat. atas nama {F1|l}, npwp {F1.npwps}.
""",
)

t(
    "sms_plain",
    "police",
    r"""
kotkupang motor sy {M1.plate} hilang di parkiran {PASAR|l} td pagi. sdh lapor polsek. kl ad yg
liat hub <<{M1.hpocr}||{M1.hpb}>> ({M1.g|l})
""",
)

t(
    "sms_plain",
    "scam",
    r"""
KOTKUPANG ad sms dr {SCAMHP} ngaku dr bank ntt suruh klik link utk update data. istri sy {F1|l}
sdh isi no rek {F1.rekntt}. tlg diblokir. sy {M1|l}
""",
)

t(
    "sms_plain",
    "water",
    r"""
KOTKUPANG pipa pdam pcah di {STR} dkt masjid, air terbuang dr kmrn. tlg dtg cpt
""",
)

t(
    "sms_plain",
    "power",
    r"""
kotkupang token listrik sy sdh dibeli {UANG} tp tdk msk2. id pel {IDPEL}, no token {TOKEN}. sy
{F1|l} {F1.hps}
""",
)

t(
    "sms_plain",
    "police",
    r"""
kotkupang tiap mlm minggu ad balap liar di {ROAD|l} dkt {SEKOLAH|l}, sampe jam 2 pagi. warga rt
{NRT} trganggu, ad yg hampir ditabrak. tlg polisi patroli
""",
)

t(
    "sms_plain",
    "tax",
    r"""
Kotkupang mhn info, kode billing pbb {BILL} tdk bs dibyr di bank ntt, katanya expired. jatuh
tempo {DS3}. trims
""",
)


# ---------------------------------------------------------------------------------------------
# relayed: a village head, an RT head, a pastor or a cadre naming several residents.

t(
    "relayed",
    "water",
    r"""
Kepada Yth. Direktur PDAM Kota Kupang

Saya {M1}, Ketua RT {NRT} RW {NRT2}, Kel. {KEL}, menyampaikan keluhan warga kami yang sudah
{NN} hari tidak dapat air:\n
1. Bapak {M2}, {M2.street}, pelanggan {PDAM};\n
2. Ibu {F1}, {F1.street}, pelanggan {PDAM2};\n
3. Mama {F2}, janda, {F2.street}, belum punya sambungan dan minta didaftarkan.

Warga sudah patungan beli air tangki. Mohon perhatian. HP saya <<{M1.hp}||{M1.hpn}>>.\n
Ketua RT {NRT},\n{M1}
""",
)

t(
    "relayed",
    "power",
    r"""
Dari Lurah {KEL}, {M1}, kepada Manajer PLN UP3 Kupang:

Mohon bantuan pemasangan listrik bagi warga kurang mampu program sambung gratis. Daftar:\n
- {F1}, NIK <<{F1.nik}||{F1.nikn}>>, {F1.rtf}\n
- {M2}, NIK {M2.nik}, {M2.rtf}\n
- {F2}, NIK {F2.nik}, {F2.rtf}

Data ini diverifikasi oleh Kasi Kesra, Ibu {F3}. Surat nomor {SURAT}.
""",
)

t(
    "relayed",
    "roads",
    r"""
Salam sejahtera. Saya Pdt. {M1}, Ketua Majelis Jemaat GMIT <<Efata||Getsemani||Syalom||Imanuel>>
{KEL}. Jalan ke gereja kami rusak dan {N} jemaat jatuh bulan ini: Opa {M2}, Ibu {F1}, dan anak
{M3.g} yang patah tangan. Yang terakhir dirawat di {RSU}.

Jemaat kami {F2} sudah bawa foto ke Dinas PUPR tapi belum ada jawaban. Kami mohon jalan {STR}
diperbaiki sebelum Natal.\n
Tuhan memberkati,\nPdt. {M1}
""",
)

t(
    "relayed",
    "waste",
    r"""
Laporan Ketua RW {NRT}, Kel. {KEL}:

Warga yang rumahnya dekat TPS liar di {STR} mengeluh: Bapak {M1} ({M1.addr}), Ibu {F1}
({F1.addr}) dan keluarga {M2.f} ({M2.addr}). Anak Ibu {F1.g}, {F2.g}, sakit diare minggu lalu.

Saya minta DLHK pindahkan TPS atau angkut tiap hari. Kontak saya {M3}, {M3.hp}.
""",
)

t(
    "relayed",
    "health",
    r"""
Kader Posyandu <<Mawar||Cempaka||Kasih||Teratai>>, {KEL}, melapor ke {PKM}:

Balita gizi kurang per {DS1}:\n
a. {M1}, ibu {F1}, NIK ibu {F1.nik}, KIS {M1.bpjs}\n
b. {F2}, ibu {F3}, NIK ibu {F3.nik}, KIS {F2.bpjs}\n
c. {M2}, ibu {F4}, belum punya KIS, alamat {F4.rtf}

Mohon PMT dan kunjungan rumah. Kader: {F5}, HP {F5.hp}.
""",
)

t(
    "relayed",
    "school",
    r"""
Kepada Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang. Saya {F1}, Ketua Komite {SEKOLAH},
meneruskan keluhan orang tua:

Ibu {F2} (anaknya {M1}), Bapak {M2} (anaknya {F3}) dan Mama {F4} (anaknya {M3}) belum terima
dana PIP. Rekening SimPel anak-anak: {M1.rekbri}, {F3.rekbri}, {M3.rekbri} (BRI).

Bendahara sekolah, {M4}, bilang dana belum masuk. Mohon dicek. HP saya {F1.hp}.
""",
)

t(
    "relayed",
    "civil_registry",
    r"""
Kepala Desa <<Noelbaki||Oelnasi||Penfui Timur||Oebelo>>, Kec. Kupang Tengah, {M1}, kepada Dinas
Dukcapil:

Warga kami yang NIK-nya ganda dan tidak bisa urus BPJS:\n
1. {F1} — NIK {F1.nik} — KK <<{F1.kks}||{F1.kkd}>>\n
2. {M2} — NIK {M2.nik} — KK {M2.kk}\n
3. {F2} — NIK {F2.nik} — KK {F2.kk}

Mohon dijadwalkan jemput bola di kantor desa. Operator desa: {M3}.
""",
)

t(
    "relayed",
    "social_aid",
    r"""
Dari pendamping PKH Kel. {KEL}, {F1}:

Yth. Koordinator PKH Kota Kupang, ada {N} KPM dampingan saya yang bantuannya gagal salur tahap
ini:\n
- {F2}, {F2.rt}, rekening BNI {F2.rekbni}\n
- {F3}, {F3.rt}, rekening BNI {F3.rekbni}\n
- {M1}, lansia, {M1.rt}, rekening BNI {M1.rekbni}\n
Buku tabungan mereka saya pegang untuk dicek ke bank. HP saya {F1.hp}.
""",
)

t(
    "relayed",
    "market",
    r"""
Saya {M1}, Ketua Paguyuban Pedagang {PASAR}, meneruskan keluhan anggota:

Mama {F1} (Los {LOS}), Om {M2} (Los {LOS2}) dan Kak {F2} (Los {LOS3}) ditagih sewa dobel oleh
dua petugas berbeda. Petugas yang satu mengaku suruhan kepala pasar, {M3}.

Bukti kuitansi ada. Paguyuban siap ketemu Dinas Perdagangan. Nomor saya {M1.hp}.
""",
)

t(
    "relayed",
    "transport",
    r"""
Laporan Ketua RT {NRT}, {M1}:

Warga kami dirugikan ojek online yang parkir di depan gang. Motor Bapak {M2} ({M2.plate}) ditabrak
ojek {PLATE} dan pengemudinya lari. Anak Ibu {F1}, {M3.g}, hampir ditabrak juga.

Mohon Dishub dan polisi pasang rambu. Saya bisa dihubungi di {M1.hp}.
""",
)

t(
    "relayed",
    "land",
    r"""
Saya {M1}, tokoh adat di Kel. {KEL}, menyampaikan sengketa tanah antara keluarga {M2.f} dan
keluarga {M3.f}. Tanah itu dulu dibagi oleh almarhum {M4} kepada anak-anaknya, {M2} dan {F1}.
Sekarang {M3} menjual sebagian kepada pembeli dari luar.

Saya mohon BPN menunda penerbitan sertifikat sampai mediasi di kelurahan. HP {M1.hp}.
""",
)

t(
    "relayed",
    "tax",
    r"""
Kepada Bapenda Kota Kupang. Saya Lurah {KEL}, {F1}, meneruskan keluhan warga lansia yang tagihan
PBB-nya naik tidak wajar:\n
1. {M1}, NOP {NOP}, rumah {M1.addr}\n
2. {F2}, NOP {NOP2}, rumah {F2.addr}\n
3. {M2}, NOP {NOP3}, rumah {M2.addr}\n
Mohon pengurangan. Tembusan: Camat {KEC}.
""",
)

t(
    "relayed",
    "police",
    r"""
Saya Pastor {M1}, Paroki <<St. Yoseph||St. Maria Assumpta||Kristus Raja>> Kupang. Umat kami
melapor pencurian di lingkungan {STR}:\n
- rumah {F1}, {F1.addr}: TV dan laptop;\n
- rumah {M2}, {M2.addr}: motor {M2.plate};\n
- kios Ibu {F2}: uang {UANG}.\n
Yang dicurigai pemuda bernama {M3}. Umat takut melapor sendiri. Mohon patroli malam.
""",
)

t(
    "relayed",
    "scam",
    r"""
Pesan dari Ketua RT {NRT} ke grup warga (diteruskan ke Polsek):

Hati-hati! Ada orang mengaku petugas PLN datang ke rumah Bapak {M1} dan Ibu {F1}, minta {UANG}
untuk "ganti meteran". Ibu {F1.g} sudah bayar. Orang itu pakai motor {PLATE}. Warga yang lihat
orangnya: {M2} dan {F2}.

PLN bilang tidak ada petugas begitu. Kalau ada yang datang, telepon saya {M3.hp} ({M3}).
""",
)

t(
    "relayed",
    "health",
    r"""
Laporan bidan desa, {F1}, kepada Kepala {PKM}:

Ibu hamil risiko tinggi di wilayah saya yang belum punya BPJS: {F2} ({F2.rtf}), {F3}
({F3.rtf}) dan {F4} ({F4.rtf}). Ibu {F3.g} NIK-nya {F3.nik} tapi belum masuk DTKS.

Mohon dibantu pendaftaran PBI. HP saya {F1.hp}.
""",
)

t(
    "relayed",
    "social_aid",
    r"""
Dari Kader PKK {KEL}, {F1}, ke Dinas Sosial:

Lansia terlantar di RT kami: Opa {M1} (7{N} tahun, tinggal sendiri di {M1.addr}) dan Oma {F2}
(tinggal dengan cucunya {M2.g}, {F2.addr}). Opa {M1.g} punya NIK {M1.nik} tapi KK hilang;
nomor KK lama {M1.kk}.

Mohon bantuan ATENSI lansia. Terima kasih.
""",
)


# ---------------------------------------------------------------------------------------------
# bilingual: Indonesian mixed with English.

t(
    "bilingual",
    "water",
    r"""
Hi admin PDAM, saya mau complain. The water supply di {M1.rtf}, Kel. {KEL} has been off for {N}
days. Kita sudah beli water tanker twice, {UANG} each. Customer number saya {PDAM}. Please fix
ASAP. Contact me at {M1.hp} or {M1.mail}. Thanks, {M1}
""",
)

t(
    "bilingual",
    "power",
    r"""
Good evening PLN. Listrik di rumah kami padam since {JAM} and your 123 line is always busy. My
name is {F1}, ID pelanggan {IDPEL}, address {F1.addr}. My neighbour {M1} also has no power.
Please send a technician. You can reach me on WhatsApp {F1.hpi}.
""",
)

t(
    "bilingual",
    "roads",
    r"""
To whom it may concern at Dinas PUPR: the road di {ROAD} near {SEKOLAH} is seriously damaged.
My friend {M1} crashed his motorbike there last {HARI1} and broke his wrist. Honestly ini sudah
lama sekali. Please respond. Regards, {F1} ({F1.mail})
""",
)

t(
    "bilingual",
    "waste",
    r"""
Dear DLHK, I'm a volunteer with a beach clean-up group. Sampah plastik di Pantai Lasiana is really
bad after the weekend. We collected {NN} karung today. Bisa ditambah tempat sampah dan jadwal
angkut? No personal complaint, just feedback. Cheers.
""",
)

t(
    "bilingual",
    "health",
    r"""
Hello, I'm writing on behalf of my mother, {F1} (BPJS number {F1.bpjs}, NIK {F1.nik}). She was
referred to {RSU} but the staff said the referral "expired". We waited {N} hours. Doctor on duty
was dr. {M1}, very kind, but the admin process is a mess. Mohon diperbaiki. — {F2}, {F2.hpi}
""",
)

t(
    "bilingual",
    "school",
    r"""
Hi Dinas Pendidikan, my son {M1} is in grade {N} at {SEKOLAH}. The class teacher, Mr. {M2}, keeps
asking parents for "extra lesson fees" {UANG} per month. Ini wajib atau tidak? We live at
{F1.addr}. Please advise. Best, {F1}
""",
)

t(
    "bilingual",
    "civil_registry",
    r"""
Hi Dukcapil team. I need to update my KK because my wife {F1} and I just had a baby. Our family
card number is {M1.kk}, my NIK is {M1.nik}. Can I do it online? The website keeps showing error.
Thank you. {M1}, {M1.mail}
""",
)

t(
    "bilingual",
    "social_aid",
    r"""
Excuse me, saya mau tanya about bantuan BLT. My grandmother, {F1}, NIK {F1.nik}, is on the list
but never received it. Her account is at Bank NTT, no rek {F1.rekntt}. Who should we contact?
I'm her grandson, {M1}.
""",
)

t(
    "bilingual",
    "market",
    r"""
Hi there, I'm a tourist and bought fish at {PASAR} today. The scale was clearly wrong, 1 kg jadi
cuma 700 gram. Seller was friendly tapi ya. Maybe Dinas Perdagangan should check the scales.
Not reporting anyone in particular. Thanks!
""",
)

t(
    "bilingual",
    "transport",
    r"""
Hi Dishub. Last night the bus from Bandara El Tari to Kota, plate {PLATE}, refused to stop at the
official halte and asked {UANGK} per passenger. Sopirnya rude. I was with my colleague {F1}. My
name: {M1}, phone {M1.hpi}. Please take action, thank you.
""",
)

t(
    "bilingual",
    "land",
    r"""
Dear BPN Kota Kupang, we bought a plot in {KEL} from {M1} in 2024 (akta jual beli by notaris
{F1}). Now someone named {M2} claims it's his family land. Can you check the certificate
status? NOP-nya {NOP}. My contact: {F2}, {F2.mail}, {F2.hp}.
""",
)

t(
    "bilingual",
    "tax",
    r"""
Hi Bapenda, I tried to pay my PKB online for my motorbike {M1.plate} but the billing code
{BILL} keeps failing. The vehicle is registered under my dad's name, {M2}. Is there another way
to pay? Thanks, {M1}.
""",
)

t(
    "bilingual",
    "police",
    r"""
Hello Polresta, I want to report a hit-and-run di {ROAD} around {JAM} tonight. A black car
{PLATE} hit my cousin {F1} and drove off. She's at {RSU} now. Witnesses: {M1} and {M2}. My
number is {F2.hp}. Please help.
""",
)

t(
    "bilingual",
    "scam",
    r"""
WARNING guys: got a WhatsApp from {SCAMHP} claiming to be "Admin BPJS Kesehatan", asking for
KIS card photo and OTP. Don't reply! Sudah saya report ke BPJS. Their "official" email
bpjs.kesehatan.kupang@gmail.com is fake too.
""",
)

t(
    "bilingual",
    "health",
    r"""
Hi, feedback for {PKM}: the vaccination day for my baby {F1} was cancelled without notice. We
came all the way from {F2.addr}. Please post announcements on Instagram. Thanks, {F2} (mama of
{F1.g}).
""",
)

t(
    "bilingual",
    "civil_registry",
    r"""
Hello, I'm {F1}, a foreigner married to an Indonesian, {M1} (NIK {M1.nik}). We need to register
our marriage at Dukcapil Kupang. Our home is at {M1.rtf}. What documents do we need? Email:
{F1.mail}. Terima kasih banyak!
""",
)


# ---------------------------------------------------------------------------------------------
# kupang_malay: Kupang Malay.

t(
    "kupang_malay",
    "water",
    r"""
Selamat pagi PDAM. Beta {M1}, tinggal di {M1.rtf}, Kel. {KEL}. Air su {N} hari sonde jalan ko
botong pi timba di sumur Om {M2.g} pung rumah. Tanta {F1} yang rumah sebelah ju sonde dapa air.
Tolong dolo kirim petugas. Beta pung nomor {M1.hp}. Makasih banyak.
""",
)

t(
    "kupang_malay",
    "power",
    r"""
Pak PLN, lampu di botong pung kompleks mati-hidup terus dari kemarin. Beta pung kulkas su rusak.
Beta {F1}, rumah di {F1.addr}. Tetangga, Bapa {M1} dengan Mama {F2}, dong pung TV ju rusak. Sapa
yang mau ganti ni? Beta pung HP {F1.hp}.
""",
)

t(
    "kupang_malay",
    "roads",
    r"""
Woi Dinas PUPR, jalan di {ROAD} tu su kaya kolam ikan. Tadi pagi beta pung ade {M1.g} jatuh dari
motor di situ, kaki luka. Kapan mau tutup lubang tu? Jang tunggu ada yang mati dolo.
""",
)

t(
    "kupang_malay",
    "waste",
    r"""
Beta mau lapor, oto sampah sonde datang su dua minggu di {STR}. Sampah su bau sampe masuk rumah.
Beta pung mama, {F1}, su sesak napas. Botong tinggal di {F1.rtf}. Nama beta {M1}, nomor {M1.hp}.
""",
)

t(
    "kupang_malay",
    "health",
    r"""
Beta mau bilang, di {PKM} tu petugas loket marah-marah sa. Beta bawa beta pung anak {F1.g} yang
panas tinggi, dong suru tunggu {N} jam. Beta pung kartu KIS nomor {F2.bpjs}, masih aktif. Beta
{F2}, HP {F2.hp}.
""",
)

t(
    "kupang_malay",
    "school",
    r"""
Pak Kadis, beta pung anak {M1} di {SEKOLAH}, guru {F1.g} suru bayar uang les {UANG} tiap bulan.
Kalo sonde bayar, dong kasi nilai jelek. Beta ni cuma tukang ojek, sonde mampu. Beta {M2}, {M2.hp}.
""",
)

t(
    "kupang_malay",
    "civil_registry",
    r"""
Dukcapil, beta pung KK ni nama beta pung laki salah tulis jadi "[[name:{M1.g|r} {M2.f|r}]]", padahal
dia pung nama {M1}. Nomor KK {M1.kk}. Beta su datang {N} kali, dong bilang sistem rusak. Beta
{F1}, HP {F1.hp}.
""",
)

t(
    "kupang_malay",
    "social_aid",
    r"""
Beta mau tanya, kenapa beta pung nama hilang dari PKH? Beta janda, anak {N} orang. NIK beta
<<{F1.nik}||{F1.nikocr}||{F1.nik15}>>. Beta pung tetangga yang rumah batu dua lantai, {M1}, dapa
bantuan. Beta {F1}, {F1.rt},
Kel. {KEL}.
""",
)

t(
    "kupang_malay",
    "market",
    r"""
Pak Kepala {PASAR}, tolong dolo. Beta pung lapak di Los {LOS} dong kasi pindah ke belakang
dekat got, ais pembeli sonde mau datang. Yang dapa lapak depan tu {M1}, orang baru. Beta {F1},
su jualan di sini 1{N} tahun.
""",
)

t(
    "kupang_malay",
    "transport",
    r"""
Dishub, bemo lampu {LAMPU} tu sopir dong suka putar musik keras-keras ko tabrak orang pung motor
di {ROAD}. Bemo {PLATE} tu yang paling parah. Beta pung kaka {F1} jadi korban, motor
{F1.plate} penyok. Beta {M1}.
""",
)

t(
    "kupang_malay",
    "land",
    r"""
BPN, beta pung tanah warisan dari beta pung bapa, almarhum {M1}, di {KEL} su dipagar orang.
Yang pagar tu keluarga {M2.f}. Dong bilang dong su beli dari {M3}, beta pung om. Padahal tanah tu
belum bagi waris. Beta {M4}, HP {M4.hp}.
""",
)

t(
    "kupang_malay",
    "tax",
    r"""
Bapenda, beta pung PBB ni kenapa naik banya? Tahun lalu {UANG}, sekarang naik tiga kali. NOP {NOP}.
Rumah kici sa di {M1.addr}. Beta {M1}, pensiunan guru. NPWP beta {M1.npwp}.
""",
)

t(
    "kupang_malay",
    "police",
    r"""
Pak Polisi, tadi malam ada anak muda mabuk lempar batu ke beta pung rumah di {M1.addr}. Beta
kenal satu, namanya {M2.g}, anak dari Om {M3}. Kaca jendela pecah. Beta {M1}, {M1.hp}.
""",
)

t(
    "kupang_malay",
    "scam",
    r"""
Hati-hati bosong! Ada orang telepon pake nomor {SCAMHP}, mengaku dari PLN, bilang beta pung
meteran mau diputus kalo sonde transfer {UANG}. Beta pung mama su transfer ke rekening BCA
{M1.rekbca} atas nama {M1}. Su lapor polisi.
""",
)

t(
    "kupang_malay",
    "waste",
    r"""
Bapa Lurah, orang dong buang sampah di kali dekat jembatan {KEL}, malam-malam. Kalo hujan,
sampah hanyut ke mana-mana. Tolong pasang papan larangan ko.
""",
)

t(
    "kupang_malay",
    "roads",
    r"""
Beta {F1}, rumah di {F1.rtf}. Got depan rumah su tersumbat, kalo hujan air masuk sampe ke kamar.
Beta pung tetangga, Om {M1} deng Tanta {F2}, ju sama. Tolong Dinas PU datang liat dolo.
""",
)


# ---------------------------------------------------------------------------------------------
# social: posts and comments on social media.

t(
    "social",
    "water",
    r"""
[Grup FB Suara Warga Kota Kupang]\n
{F1} · {DS1} pukul {JAM}\n
Air PDAM di {KEL} mati lagi. Sudah {N} hari. Ada yang tahu kapan jalan? 😩\n
Komentar:\n
{M1}: Sama, di {KEL2} juga. Telp call center {OFCTEL} sonde diangkat.\n
{F2}: Beta pung mama di {F2.rt} su beli air tangki.\n
Admin Grup: Sudah kami teruskan ke PDAM. Harap sabar.
""",
)

t(
    "social",
    "power",
    r"""
@LAPOR1708 @PLN123 listrik di {KEL} padam tanpa pemberitahuan sejak jam {JAM}. Ini sudah ke-{N}
kalinya minggu ini. #lapor #Kupang
""",
)

t(
    "social",
    "roads",
    r"""
Instagram @infokupang_terkini\n
Foto: jalan berlubang di {ROAD}.\n
Caption: Warga minta Dinas PUPR segera perbaiki. Kirim info ke DM.\n
Komentar:\n
{M1|l}: itu depan {SEKOLAH}, tiap hari anak sekolah lewat\n
{F1|l}: minggu lalu beta pung om jatuh di situ\n
kupang_bersuara: @dinaspupr_kotakupang tolong dicek
""",
)

t(
    "social",
    "waste",
    r"""
Postingan {M1} di grup "Kupang Bersih":\n
"Tolong yang buang sampah di lahan kosong samping rumah saya ({M1.addr}), berhenti ya. Sudah ada
CCTV. Saya tahu mobilnya, plat {PLATE}."\n
{F1}: Lapor ke DLHK saja Om.\n
{M1}: Sudah, nomor laporan {TIX}.
""",
)

t(
    "social",
    "health",
    r"""
Thread Twitter/X:\n
@warga_kupang: Antri di {PKM} dari jam 7, sampai jam 11 belum dipanggil. Petugas cuma 2.
@LAPOR1708\n
@dinkeskotakupang: Mohon maaf, silakan DM kami nama dan waktu kunjungan.\n
@warga_kupang: Sudah DM ya. Nama saya {F1}, nomor KIS {F1.bpjs}.
""",
)

t(
    "social",
    "school",
    r"""
[Facebook] {F1} membagikan:\n
"Anak-anak SD di {KEL} masih belajar di bawah pohon karena ruang kelas ambruk. Wali kelasnya, Ibu
{F2}, bawa papan tulis sendiri. Pemerintah, tolong!"\n
👍 {NN}0 · {N}2 komentar\n
{M1}: Itu {SEKOLAH} kah?\n
{F1}: Iya Kaka.
""",
)

t(
    "social",
    "civil_registry",
    r"""
Komentar di halaman Facebook Dukcapil Kota Kupang:\n
{M1}: Min, e-KTP saya hilang, bisa cetak ulang tanpa surat polisi? NIK {M1.nik}.\n
Dukcapil Kota Kupang: Bisa, Bapak. Silakan datang dengan KK.\n
{F1}: Min, KK saya {F1.kk} sudah diajukan perubahan sebulan lalu, belum selesai.\n
Dukcapil Kota Kupang: Mohon kirim DM ya Ibu.
""",
)

t(
    "social",
    "social_aid",
    r"""
Postingan di grup "Info Bansos NTT":\n
Admin: Penyaluran BPNT tahap {N} mulai {TGL2} di kantor pos dan agen BNI. Bawa KTP dan KKS.\n
{F1}: Min, beta pung nama sonde ada. NIK {F1.nik}\n
{M1}: Cek di cekbansos.kemensos.go.id Ibu\n
{F2}: Di {KEL} su cair kemarin
""",
)

t(
    "social",
    "market",
    r"""
@LAPOR1708 {PASAR} becek dan bau, drainase mampet sejak musim hujan. Pedagang dan pembeli
sama-sama susah. Mohon Disperindag turun lihat. #Kupang #pasar
""",
)

t(
    "social",
    "transport",
    r"""
[Video TikTok viral, diteruskan ke Dishub]\n
Caption oleh {M1|l}: "bemo ugal-ugalan di {ROAD}, nyaris tabrak anak SD 😡 plat {PLATE|l}"\n
Komentar {F1|l}: sopirnya namanya {M2.g|l}, sering begitu\n
Komentar kupangviral: @dishubkotakupang tolong tindak
""",
)

t(
    "social",
    "land",
    r"""
Status WA {M1} (di-screenshot tetangga):\n
"Siapa yang pasang patok di tanah keluarga {M1.f} di {KEL}? Kami punya sertifikat. Jang main
serobot. Yang mau omong baik-baik, datang ke rumah, {M1.addr}."
""",
)

t(
    "social",
    "tax",
    r"""
Info dari akun resmi Bapenda Kota Kupang: Pembayaran PBB 2026 bisa lewat Bank NTT, kantor pos dan
marketplace. Jatuh tempo {TGL3}. Pertanyaan: WA {OFCHP}. #PBBKupang
""",
)

t(
    "social",
    "police",
    r"""
[Grup FB Kupang Info Kehilangan]\n
{F1}: Dicari! Motor Vario putih {PLATE}, hilang di depan {PASAR} tadi siang. STNK a.n. {M1}. Yang
lihat hubungi {F1.hp}. Ada imbalan.\n
{M2}: Tadi beta lihat motor begitu di {ROAD}, Kak.\n
{F1}: Makasih Om {M2.g}, su telepon polisi.
""",
)

t(
    "social",
    "scam",
    r"""
AWAS PENIPUAN! Akun FB palsu atas nama "Dinas Sosial Kota Kupang" menawarkan bantuan Rp 3 juta,
minta transfer biaya admin ke rekening pribadi. Dinsos tidak pernah minta uang. Laporkan akun
tersebut. Hotline resmi: {OFCTEL}.
""",
)

t(
    "social",
    "scam",
    r"""
{F1}: Teman-teman, hati-hati. Akun IG yang jual HP murah ini penipu. Saya sudah transfer
{UANG} ke rekening BRI {M1.rekbri} a.n. {M1}, barang sonde dikirim. Resi palsu {RESI}.\n
{M2}: Sama Kak, saya juga kena. Su lapor polisi?\n
{F1}: Su, di Polresta.
""",
)

t(
    "social",
    "health",
    r"""
Ulasan Google untuk {RSU} ★☆☆☆☆\n
"Antri di poli lebih dari {N} jam. AC mati. Petugas pendaftaran main HP."\n
Balasan pemilik: Terima kasih atas masukannya. Silakan hubungi unit pengaduan kami di {OFCTEL}.
""",
)


# ---------------------------------------------------------------------------------------------
# Writing the corpus.


def render(source: str, rng: random.Random, where: str) -> tuple[str, list[dict[str, object]]]:
    fill = Fill(rng)
    text = expand_rows(join_source(source), rng)
    for _ in range(3):
        text = expand_choices(text, rng)
    text = expand_placeholders(text, fill)
    text = re.sub(r" +\n", "\n", text)
    text = re.sub(r"\n +", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    plain, spans = parse_markers(text)
    check(plain, spans, where)
    return plain, spans


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, source) in enumerate(TEMPLATES, start=1):
        for fill_no in range(FILLS):
            where = f"template {number} ({style}/{theme}) fill {fill_no + 1}"
            for _ in range(50):
                text, spans = render(source, rng, where)
                if text not in seen:
                    break
            else:
                raise AssertionError(f"{where}: no new text")
            seen.add(text)
            records.append(
                {
                    "id": f"d16-{len(records) + 1:04d}",
                    "text": text,
                    "spans": spans,
                    "style": style,
                    "theme": theme,
                }
            )
    return records


def tables(records: list[dict[str, object]]) -> str:
    """Markdown tables of texts and spans per theme and per style (for the README)."""
    lines: list[str] = []
    for key, names in (("theme", THEMES), ("style", STYLES)):
        lines.append(f"| {key} | texts | without spans | " + " | ".join(KINDS) + " |")
        lines.append("|---|---:|---:|" + "---:|" * len(KINDS))
        total = Counter()
        for name in names:
            rows = [r for r in records if r[key] == name]
            kinds = Counter(s["kind"] for r in rows for s in r["spans"])  # type: ignore[attr-defined]
            empty = sum(1 for r in rows if not r["spans"])
            total.update(kinds)
            total["texts"] += len(rows)
            total["empty"] += empty
            cells = " | ".join(str(kinds[k]) for k in KINDS)
            lines.append(f"| {name} | {len(rows)} | {empty} | {cells} |")
        cells = " | ".join(str(total[k]) for k in KINDS)
        lines.append(f"| **total** | {total['texts']} | {total['empty']} | {cells} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    records = build()
    kinds = Counter(s["kind"] for r in records for s in r["spans"])  # type: ignore[attr-defined]
    themes = Counter(r["theme"] for r in records)
    styles = Counter(r["style"] for r in records)
    assert len(records) >= 600, len(records)
    assert sum(kinds.values()) >= 1100, sum(kinds.values())
    assert all(kinds[k] >= 25 for k in KINDS), kinds
    assert all(themes[t] >= 30 for t in THEMES), themes
    assert all(styles[s] >= 60 for s in STYLES), styles
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(payload, encoding="utf-8")
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    sys.stdout.write(
        f"{OUT.name}: {len(records)} texts, {sum(kinds.values())} spans, sha256 {digest}\n"
    )
    sys.stdout.write(tables(records))


if __name__ == "__main__":
    main()
