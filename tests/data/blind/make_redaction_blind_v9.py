# ruff: noqa: E501, T201, PT018, PLR0911
"""Write the ninth blind redaction corpus (``redaction_blind_v9.jsonl``).

Hand-written templates with inline labels ``[[kind:value]]``. Placeholders in braces
(``{key}``, ``{key^}`` upper case, ``{key_}`` lower case, ``{key.tag}`` the same value again
within one text) are filled from lists with a ``random.Random`` seeded with 20261223, so every
run writes the same file. The script strips the labels, computes exact character offsets and
checks every span: non-empty, equal to its value, no space or punctuation at either end (a
phone may open with ``+`` or ``(``), no overlaps, a kind from the guide, no title or kin word
opening a name, no placeholder or marker left, no text twice.

Run from the repository root: ``.venv/bin/python tests/data/blind/make_redaction_blind_v9.py``
"""

from __future__ import annotations

import json
import random
import re
import string
from collections import Counter
from pathlib import Path

SEED = 20261223
OUT = Path(__file__).with_name("redaction_blind_v9.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
STYLES = [
    "sms_caps",
    "sms_plain",
    "whatsapp",
    "web_form",
    "letter",
    "email_thread",
    "call_transcript",
    "spreadsheet",
    "kupang_malay",
    "social",
    "officer_note",
    "scan",
]
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
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "nona",
    "kak",
    "opa",
    "ibu.",
}
R = random.Random(SEED)

# ---------------------------------------------------------------- names

GIVEN = [
    "Yohanes",
    "Agustina",
    "Marthen",
    "Yakob",
    "Yosef",
    "Maria",
    "Fransiskus",
    "Dominggus",
    "Soleman",
    "Anace",
    "Selfina",
    "Apriani",
    "Novi",
    "Gracia",
    "Erni",
    "Ferdinand",
    "Melkianus",
    "Imanuel",
    "Yuliana",
    "Marselina",
    "Oktovianus",
    "Ruben",
    "Sefnat",
    "Debora",
    "Dorkas",
    "Yermias",
    "Petrus",
    "Paulus",
    "Lodia",
    "Kornelis",
    "Herman",
    "Nikodemus",
    "Viktor",
    "Yanti",
    "Vivi",
    "Sofi",
    "Ester",
    "Wayan",
    "Made",
    "Nyoman",
    "Ketut",
    "Putu",
    "Komang",
    "Budi",
    "Sri",
    "Slamet",
    "Wahyuni",
    "Agus",
    "Endang",
    "Abdullah",
    "Fatimah",
    "Husein",
    "Salim",
    "Zainab",
    "Togar",
    "Rosmawati",
    "Jeffry",
    "Meiske",
    "Yopi",
    "Hendrik",
    "Rosalina",
    "Kristina",
    "Elisabeth",
    "Yustina",
    "Ariyanto",
    "Indah",
    "Kasih",
    "Theresia",
    "Benediktus",
    "Margaretha",
    "Arnoldus",
    "Bernadeta",
    "Mikhael",
    "Filipus",
    "Naomi",
    "Ruth",
    "Lukas",
    "Matheos",
    "Frederik",
    "Yunus",
    "Stefanus",
    "Ambrosius",
    "Hironimus",
    "Wilhelmina",
    "Sarlota",
    "Junus",
    "Semuel",
    "Daud",
    "Efraim",
    "Kristofel",
    "Lazarus",
    "Aleta",
    "Irma",
    "Dewi",
    "Hasan",
    "Ismail",
    "Nurhayati",
    "Ahmad",
    "Syarifah",
    "Andi",
    "Sitti",
    "Ridwan",
    "Jufri",
    "Nurdin",
    "Arif",
    "Bonefasius",
    "Emilianus",
    "Gabriel",
    "Yasinta",
    "Veronika",
    "Klementina",
]
FEMALE = [
    "Agustina",
    "Maria",
    "Anace",
    "Selfina",
    "Apriani",
    "Novi",
    "Gracia",
    "Erni",
    "Yuliana",
    "Marselina",
    "Debora",
    "Dorkas",
    "Lodia",
    "Yanti",
    "Vivi",
    "Sofi",
    "Ester",
    "Sri",
    "Wahyuni",
    "Endang",
    "Fatimah",
    "Zainab",
    "Rosmawati",
    "Meiske",
    "Rosalina",
    "Kristina",
    "Elisabeth",
    "Yustina",
    "Indah",
    "Theresia",
    "Margaretha",
    "Bernadeta",
    "Naomi",
    "Ruth",
    "Wilhelmina",
    "Sarlota",
    "Aleta",
    "Irma",
    "Dewi",
    "Nurhayati",
    "Syarifah",
    "Sitti",
    "Yasinta",
    "Veronika",
    "Klementina",
]
MIDDLE = ["Goreti", "Marlin", "Dewi", "Anita", "Lusi", "Paskalis", "Kristian", "Yosua", "Imelda"]
FAMILY = [
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
    "Haba",
    "Tnunay",
    "Selan",
    "Sabneno",
    "Neonufa",
    "Adoe",
    "Uly",
    "Bire",
    "Nahak",
    "Djawa",
    "Kapitan",
    "Ga Lena",
    "Dju Dara",
    "Lede",
    "Kana",
    "Touselak",
    "Missa",
    "Paranggi",
    "Hurek",
    "Boli",
    "Maran",
    "Koten",
    "Lamak",
    "Kolo",
    "Oematan",
    "Toto",
    "Lakapu",
    "Baswedan",
    "Assegaf",
    "Alhadar",
    "Siregar",
    "Simanjuntak",
    "Nainggolan",
    "Wuisan",
    "Rondonuwu",
    "Pattiasina",
    "Latuperissa",
    "Tamelab",
    "Mattalatta",
    "Gunawan",
    "Santoso",
    "Wibowo",
    "Suparman",
    "Kolimon",
    "Bani",
    "Nalle",
    "Laiskodat",
    "Messakh",
    "Zacharias",
    "Foenay",
    "Taek",
    "Bria",
    "Seran",
    "Kase",
    "Pandie",
    "Dethan",
    "Lado",
    "Wadu",
    "Ludji",
    "Bunga",
    "Hege",
    "Kale",
    "Dimu",
    "Mesakh",
    "Sinlae",
    "Tallo",
    "Radja",
    "Sogen",
    "Ruma",
    "Liunokas",
    "Pellokila",
    "Sine",
    "Bulu",
    "Daeng Matta",
    "Muskanan",
    "Sanam",
    "Kefi",
    "Nope",
    "Tlonaen",
    "Babys",
    "Saekoko",
    "Malelak",
    "Leo",
    "Parera",
]
CHINESE_FAM = ["Ong", "Go", "Tan", "Lie", "Oei", "Liem", "The"]
CHINESE_GIVEN = ["Mei Ling", "Siu Lan", "Mei Hwa", "Hok Lay", "Ai Ling", "Kim Hoa", "Swie Lan"]
SUMBA = ["Umbu", "Rambu"]
SUMBA_GIVEN = ["Manu", "Tamar", "Kaborang", "Hina", "Ndapa", "Lika", "Ata"]
BALI = ["Wayan", "Made", "Nyoman", "Ketut", "Putu", "Komang", "Ni Luh", "I Gede"]
BALI_GIVEN = ["Sudarma", "Artini", "Suastika", "Wirawan", "Sukerta", "Ayu Lestari"]


def full_name() -> str:
    roll = R.random()
    if roll < 0.08:
        return f"{R.choice(CHINESE_FAM)} {R.choice(CHINESE_GIVEN)}"
    if roll < 0.14:
        return f"{R.choice(SUMBA)} {R.choice(SUMBA_GIVEN)} {R.choice(FAMILY)}"
    if roll < 0.20:
        return f"{R.choice(BALI)} {R.choice(BALI_GIVEN)}"
    if roll < 0.30:
        return f"{R.choice(GIVEN)} {R.choice(MIDDLE)} {R.choice(FAMILY)}"
    if roll < 0.36:
        return f"{R.choice(string.ascii_uppercase.replace('Q', '').replace('X', ''))}. {R.choice(FAMILY)}"
    if roll < 0.40:
        return f"{R.choice(GIVEN)} {R.choice(CHINESE_GIVEN)} {R.choice(FAMILY)}"
    return f"{R.choice(GIVEN)} {R.choice(FAMILY)}"


# ---------------------------------------------------------------- numbers

REGENCIES = ["71"] * 6 + ["01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "14", "20"]


def _d(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def nik_digits(female: bool | None = None) -> str:
    if female is None:
        female = R.random() < 0.5
    day = R.randint(1, 28) + (40 if female else 0)
    month = R.randint(1, 12)
    year = R.randint(0, 99)
    return f"53{R.choice(REGENCIES)}{R.randint(1, 12):02d}{day:02d}{month:02d}{year:02d}{R.randint(1, 40):04d}"


def kk_digits() -> str:
    return f"53{R.choice(REGENCIES)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(5, 24):02d}{R.randint(1, 9999):04d}"


def ocr(s: str, rate: float = 0.3) -> str:
    table = {"0": "O", "1": "l", "5": "S", "8": "B"}
    out = []
    for ch in s:
        if ch in table and R.random() < rate:
            out.append(table[ch])
        else:
            out.append(ch)
    if out == list(s):
        for i, ch in enumerate(out):
            if ch in table:
                out[i] = table[ch]
                break
    return "".join(out)


def fmt16(d: str, style: str | None = None) -> str:
    style = style or R.choice(["block", "block", "block", "groups", "dots", "dash"])
    if style == "groups":
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if style == "dots":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    if style == "dash":
        return f"{d[:6]}-{d[6:12]}-{d[12:]}"
    return d


def nik() -> tuple[str, str]:
    return ("nik", fmt16(nik_digits()))


def nik_block() -> tuple[str, str]:
    return ("nik", nik_digits())


def nik_ocr() -> tuple[str, str]:
    return ("nik", ocr(nik_digits()))


def nik_odd() -> tuple[str, str]:
    d = nik_digits()
    return ("nik", d[:-1] if R.random() < 0.5 else d + str(R.randint(0, 9)))


def kk() -> tuple[str, str]:
    return ("kk", fmt16(kk_digits(), R.choice(["block", "block", "groups", "dots"])))


def kk_ocr() -> tuple[str, str]:
    return ("kk", ocr(kk_digits()))


def npwp_old_digits() -> str:
    return f"{R.choice(['0', '1', '2', '4', '5', '7', '8', '9'])}{_d(1)}.{_d(3)}.{_d(3)}.{_d(1)}-{R.choice(['921', '922', '920', '923'])}.000"


def npwp() -> tuple[str, str]:
    if R.random() < 0.55:
        return ("npwp", npwp_old_digits())
    return ("npwp", fmt16(nik_digits(), R.choice(["block", "block", "groups", "dots"])))


def npwp_old() -> tuple[str, str]:
    return ("npwp", npwp_old_digits())


def npwp16() -> tuple[str, str]:
    return ("npwp", nik_digits())


def npwp_ocr() -> tuple[str, str]:
    return ("npwp", ocr(npwp_old_digits(), 0.2))


def body_npwp() -> str:
    if R.random() < 0.7:
        return npwp_old_digits()
    return "0" + _d(15)


def bpjs() -> tuple[str, str]:
    d = "000" + _d(10)
    style = R.choice(["block", "block", "block", "spaced"])
    if style == "spaced":
        d = f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}"
    return ("bpjs", d)


MOBILE_PREFIX = [
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
    "0814",
    "0815",
    "0816",
    "0855",
    "0856",
    "0857",
    "0858",
    "0817",
    "0818",
    "0819",
    "0859",
    "0877",
    "0878",
    "0895",
    "0896",
    "0897",
    "0898",
    "0881",
    "0882",
    "0887",
    "0831",
    "0838",
]


def mobile_digits() -> str:
    return R.choice(MOBILE_PREFIX) + _d(R.choice([7, 8, 8, 8]))


def fmt_mobile(d: str, style: str | None = None) -> str:
    style = style or R.choice(
        ["block", "block", "dash", "space", "dot", "plus_dash", "plus", "sixtwo", "sixtwo_space"]
    )
    rest = d[4:]
    a, b = rest[:4], rest[4:]
    if style == "dash":
        return f"{d[:4]}-{a}-{b}"
    if style == "space":
        return f"{d[:4]} {a} {b}"
    if style == "dot":
        return f"{d[:4]}.{a}.{b}"
    if style == "plus_dash":
        return f"+62 {d[1:4]}-{a}-{b}"
    if style == "plus":
        return "+62" + d[1:]
    if style == "sixtwo":
        return "62" + d[1:]
    if style == "sixtwo_space":
        return f"62 {d[1:4]} {a} {b}"
    return d


def hp() -> tuple[str, str]:
    return ("phone", fmt_mobile(mobile_digits()))


def hp_block() -> tuple[str, str]:
    return ("phone", mobile_digits())


def hp_ocr() -> tuple[str, str]:
    return ("phone", ocr(mobile_digits(), 0.25))


def tel() -> tuple[str, str]:
    rest = "8" + _d(5)
    style = R.choice(["a", "b", "c", "d"])
    if style == "a":
        return ("phone", f"0380 {rest}")
    if style == "b":
        return ("phone", f"(0380) {rest[:3]} {rest[3:]}")
    if style == "c":
        return ("phone", f"0380-{rest[:3]} {rest[3:]}")
    return ("phone", f"0380{rest}")


def office_mobile() -> str:
    return fmt_mobile(mobile_digits())


def office_tel() -> str:
    rest = "8" + _d(5)
    return R.choice(
        [f"(0380) {rest[:3]} {rest[3:]}", f"0380-{rest[:3]} {rest[3:]}", f"0380 {rest}"]
    )


FREE = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
]
WORK = ["kupangkota.go.id", "nttprov.go.id", "undana.ac.id", "kupangkab.go.id"]


def _local() -> str:
    g = R.choice(GIVEN).lower()
    f = R.choice(FAMILY).lower().replace(" ", "")
    sep = R.choice([".", "_", "", "-", "."])
    tail = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1970, 2008))])
    return R.choice([f"{g}{sep}{f}{tail}", f"{f}{sep}{g}{tail}", f"{g}{tail}", f"{g[0]}{f}{tail}"])


def mail() -> tuple[str, str]:
    return ("email", f"{_local()}@{R.choice(FREE)}")


def mail_work() -> tuple[str, str]:
    return ("email", f"{_local()}@{R.choice(WORK)}")


def mail_dodge() -> tuple[str, str]:
    loc = _local()
    dom = R.choice(["gmail", "yahoo", "ymail", "outlook"])
    tld = "com"
    style = R.randint(0, 8)
    if style == 0:
        v = f"{loc} at {dom} dot {tld}"
    elif style == 1:
        v = f"{loc}(at){dom}.{tld}"
    elif style == 2:
        v = f"{loc} [at] {dom} [dot] {tld}"
    elif style == 3:
        v = f"{loc} @ {dom}.{tld}"
    elif style == 4:
        v = f"{loc}@ {dom} .{tld}"
    elif style == 5:
        v = f"{loc}(keong){dom}(titik){tld}"
    elif style == 6:
        v = f"{loc} @{dom}.{tld}"
    elif style == 7:
        v = f"{loc}[@]{dom} titik {tld}"
    else:
        v = f"{loc}(et){dom}.{tld}"
    return ("email", v)


OFFICE_MAIL = [
    "pengaduan@kupangkota.go.id",
    "dinkes.kotakupang@gmail.com",
    "lurah.fatululi@gmail.com",
    "camat.oebobo@kupangkota.go.id",
    "noreply@lapor.go.id",
    "humas@kupangkota.go.id",
    "ombudsman.ntt@ombudsman.go.id",
    "ntt@ombudsman.go.id",
    "pdam.kotakupang@gmail.com",
    "dukcapil.kotakupang@gmail.com",
    "osis.smpn2kupang@gmail.com",
    "poktan.sumbermakmur@gmail.com",
    "ksp.tunasharapan@yahoo.co.id",
    "cs@bankntt.co.id",
    "helpdesk@lapor.go.id",
    "kadis.pupr@kupangkota.go.id",
    "sekretariat.dprd.kotakupang@gmail.com",
    "tu.sman1kupang@gmail.com",
    "bapenda.kotakupang@gmail.com",
    "puskesmas.oebobo@gmail.com",
    "gmit.paulus.kupang@gmail.com",
    "bansos@kupangkota.go.id",
    "cvnusacendana@gmail.com",
    "pln.kupang.token@gmail.com",
    "guru-honor@googlegroups.com",
    "spkt.polresta.kupang@gmail.com",
    "bendahara.sdi.oepura@gmail.com",
    "info@bankntt.co.id",
    "kelurahan.naikoten1@gmail.com",
    "penyuluh.kelapalima@gmail.com",
    "karangtaruna.oesapa@gmail.com",
    "rsud.wzjohannes@gmail.com",
]
SCAM_MAIL = [
    "bansos.kemensos.ntt@gmail.com",
    "pkh.pusat.verifikasi@gmail.com",
    "pajak.kupang.resmi@gmail.com",
    "bpjs.kesehatan.klaim@gmail.com",
    "dukcapil.online.ntt@gmail.com",
]
NON_MAIL = [
    "user@example.com",
    "denah@2x.png",
    "IMG_2026@kupang.jpg",
    "nama@example.org",
    "git@github.com:pemkot/lapor.git",
    "https://warga:rahasia@portal.kupangkota.go.id",
    "ftp://anonymous@data.kupangkota.go.id",
    "foto_jalan@3x.jpg",
]

BANKS = ["BRI", "BNI", "Mandiri", "BCA", "Bank NTT"]


def rek_for(bank: str) -> str:
    if bank == "BRI":
        return R.choice(
            [
                f"{_d(4)}-01-{_d(6)}-50-{_d(1)}",
                f"{_d(4)}01{_d(6)}50{_d(1)}",
                f"{_d(4)} 01 {_d(6)} 50 {_d(1)}",
            ]
        )
    if bank == "BNI":
        return R.choice(["0" + _d(9), "08" + _d(8), "1" + _d(9)])
    if bank == "Mandiri":
        return R.choice(
            [
                f"{R.choice(['161', '143', '152'])}-00-{_d(7)}-{_d(1)}",
                f"{R.choice(['161', '143'])}00{_d(8)}",
            ]
        )
    if bank == "BCA":
        return R.choice(["31" + _d(8), f"{_d(3)}-{_d(3)}-{_d(4)}"])
    return R.choice(
        [
            f"00{_d(1)}.01.02.{_d(6)}-{_d(1)}",
            f"00{_d(1)}0102{_d(7)}",
            f"{_d(3)}-{_d(2)}-{_d(2)}-{_d(6)}-{_d(1)}",
        ]
    )


_BANK_STATE: dict[str, str] = {}


def bank() -> str:
    b = R.choice(BANKS)
    _BANK_STATE["b"] = b
    return b


def rek() -> tuple[str, str]:
    return ("bank_account", rek_for(_BANK_STATE.get("b") or R.choice(BANKS)))


def plate() -> tuple[str, str]:
    reg = R.choice(["DH", "DH", "DH", "EB", "ED", "EB"])
    num = str(R.randint(1, 9999))
    suf = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 2])))
    style = R.choice(["sp", "sp", "sp", "nosp", "lower"])
    if style == "nosp":
        return ("plate", f"{reg}{num}{suf}")
    if style == "lower":
        return ("plate", f"{reg} {num} {suf}".lower())
    return ("plate", f"{reg} {num} {suf}")


STREETS = [
    "Nangka",
    "Palapa",
    "Kenari",
    "Jambu",
    "Sukun",
    "Bakau",
    "Rote",
    "Timor Raya",
    "Amabi",
    "Kelinci",
    "Herewila",
    "Alfons Nisnoni",
    "Soeharto",
    "Frans Seda",
    "Bundaran PU",
    "Perintis",
    "Kejora",
    "Nuri",
    "Merpati",
    "Kakatua",
    "Cendana",
    "Flamboyan",
    "Kuanino",
    "Oebufu Raya",
    "Sam Ratulangi",
    "Adisucipto",
    "Piet A. Tallo",
    "W.J. Lalamentik",
    "Thamrin",
    "Moh. Hatta",
    "Bajawa",
    "Ende",
    "Sumba",
    "Sabu",
    "Manafe",
    "Kolhua Raya",
    "Air Lobang",
    "Fetor Funay",
]
LANES = ["Kakatua", "Sepakat", "Damai", "Mawar", "Anggrek", "Kelor", "Salak", "Jati", "Asoka"]
KELURAHAN = [
    "Oebufu",
    "Oebobo",
    "Liliba",
    "Naikoten I",
    "Naimata",
    "Sikumana",
    "Oesapa",
    "Kayu Putih",
    "Fatululi",
    "Namosain",
    "Fontein",
    "Airnona",
    "Bakunase",
    "Kuanino",
    "Oepura",
    "Maulafa",
    "Kolhua",
    "Penfui",
    "Lasiana",
    "Tuak Daun Merah",
    "Nefonaek",
    "Pasir Panjang",
    "Oetete",
]
KECAMATAN = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]


def _rtrw() -> str:
    rt, rw = R.randint(1, 40), R.randint(1, 12)
    return R.choice(
        [
            f"RT {rt:02d}/RW {rw:02d}",
            f"RT {rt} RW {rw}",
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT{rt:02d}/RW{rw:02d}",
            f"rt {rt} rw {rw}",
            f"RT.{rt:02d} RW.{rw:02d}",
            f"RT {rt:02d}/{rw:02d}",
        ]
    )


def addr() -> tuple[str, str]:
    n = R.randint(1, 160)
    sfx = R.choice(["", "", "", "", "A", "B"])
    street = R.choice(STREETS)
    roll = R.random()
    if roll < 0.3:
        return ("address", f"{R.choice(['Jl.', 'Jl', 'Jalan', 'JL.'])} {street} No. {n}{sfx}")
    if roll < 0.55:
        return ("address", f"Jl. {street} No. {n}{sfx}, {_rtrw()}")
    if roll < 0.7:
        return ("address", f"Gg. {R.choice(LANES)} No. {n}")
    if roll < 0.8:
        return ("address", f"Jl. {street} Gg. {R.randint(1, 9)} No. {n}")
    if roll < 0.9:
        return ("address", f"Lr. {R.choice(LANES)} No. {n}")
    return ("address", f"Kompleks Perumnas Blok {R.choice('ABCDEFGH')} No. {n}")


def rt() -> tuple[str, str]:
    return ("address", _rtrw())


# ---------------------------------------------------------------- look-alikes (unlabelled)


def money() -> str:
    return R.choice(
        [
            f"Rp {R.randint(1, 19) * 50}.000",
            f"Rp{R.randint(2, 50)}.000",
            f"{R.randint(2, 9) * 50} ribu",
            f"Rp {R.randint(1, 9)}.{R.randint(1, 9)}00.000",
            f"Rp. {R.randint(10, 990)}.000,-",
        ]
    )


MONTHS = [
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
]


def date() -> str:
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026, 2026])
    return R.choice(
        [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"tgl {d}/{m}"]
    )


def clock() -> str:
    return R.choice(
        [
            f"jam {R.randint(6, 22):02d}.{R.choice(['00', '15', '30', '45'])}",
            f"pukul {R.randint(7, 16):02d}.{R.randint(0, 59):02d} WITA",
        ]
    )


def ticket() -> str:
    return R.choice(
        [
            f"#LPR-2026-{R.randint(1000, 1299)}-{_d(4)}",
            f"LAPOR-5371-2026-{_d(5)}",
            f"{_d(4)}-{_d(4)}-{_d(3)}",
            f"TKT/{_d(5)}/XI/2026",
            f"PGD-{_d(6)}",
        ]
    )


def billing() -> str:
    return "8202609" + _d(8)


def va() -> str:
    return R.choice(
        [f"8808 {_d(4)} {_d(4)} {_d(4)}", f"88{_d(14)}", f"BRIVA {_d(5)} {mobile_digits()}"]
    )


def idpel() -> str:
    return R.choice([f"5312{_d(8)}", f"5312 {_d(4)} {_d(4)}", f"{_d(2)}-{_d(2)}-{_d(6)}"])


def token() -> str:
    return " ".join(_d(4) for _ in range(5))


def nop() -> str:
    return f"53.71.0{R.randint(10, 60)}.0{_d(2)}.0{_d(2)}-{_d(4)}.0"


def nip() -> str:
    y = R.randint(1965, 1995)
    return R.choice(
        [
            f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d} {R.randint(1990, 2020)}{R.randint(1, 12):02d} {R.randint(1, 2)} {_d(3)}",
            f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{R.randint(1990, 2020)}{R.randint(1, 12):02d}{R.randint(1, 2)}{_d(3)}",
        ]
    )


def nisn() -> str:
    return "00" + _d(8)


def bpjstk() -> str:
    return R.choice(["2" + _d(10), "1" + _d(10), f"{_d(2)}0{_d(8)}"])


def trx() -> str:
    return "2026" + _d(12)


def letterno() -> str:
    return R.choice(
        [
            f"{R.choice(['700', '470', '503', '400', '900'])}/{R.randint(10, 999)}/{R.choice(['INSP', 'DKPS', 'PUPR', 'KEL', 'BPD'])}/2026",
            f"503/PBG/2026/{_d(5)}",
            f"5371-LU-{_d(8)}-{_d(4)}",
            f"B/{_d(3)}/XI/2026",
        ]
    )


def sim() -> str:
    return _d(4) + "-" + _d(4) + "-" + _d(4)


def kjtk() -> str:
    return bpjstk()


SCHOOLS = [
    "SD Inpres Oepura 2",
    "SMPN 5 Kupang",
    "SMAN 1 Kupang",
    "SMPK St. Theresia",
    "SDK St. Yoseph",
    "SMKN 4 Kupang",
    "SD GMIT Kuanino",
    "SMPN 2 Kupang",
]
PUSK = [
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Puskesmas Oesapa",
    "Puskesmas Bakunase",
    "Puskesmas Kupang Kota",
    "Pustu Kolhua",
]
HOSP = [
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RS Siloam Kupang",
    "RSIA Dedari",
]
SHOPS = [
    "Toko Sinar Abadi",
    "UD Laut Timor",
    "Apotek Kasih Ibu",
    "Toko Umbu Jaya",
    "Bengkel Maju Motor",
    "Toko Bangunan Damai",
    "Warung Kopi Sasando",
    "Kios Mama Ester",
    "Apotek K24 Oebobo",
    "Toko Indah Permai",
]
COMPANIES = [
    "CV Sinar Timor",
    "CV Timor Jaya",
    "PT Flobamora Karya",
    "CV Nusa Cendana",
    "PT Sasando Mandiri",
    "CV Kasih Bersama",
    "UD Rote Indah",
]
COOPS = [
    "Koperasi Tunas Harapan",
    "KSP Sehati",
    "Koperasi Pedagang Ikan Oeba",
    "BUMDes Oelnasi",
    "Yayasan Bunga Bakung",
    "Kopdit Pintu Air",
]
OFFICES = [
    "Dinas PUPR",
    "Dinas Kesehatan",
    "Dukcapil Kota Kupang",
    "Dinas Sosial",
    "Bapenda Kota Kupang",
    "PDAM Kota Kupang",
    "Dinas Lingkungan Hidup",
    "BPBD Kota Kupang",
    "Dinas Perhubungan",
    "Kantor Kelurahan Oebufu",
    "Samsat Kupang",
    "Kantor Pos Kupang",
]
SCAMROLE = [
    "Dinas Sosial",
    "petugas Dukcapil",
    "admin PKH",
    "BPJS Kesehatan",
    "Bank NTT",
    "kantor pajak",
    "Kemensos",
    "PLN",
]
PUBLIC_ST = [
    "Jl. El Tari",
    "Jl. Amabi",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Kelinci Oebufu",
    "Jl. Jend. Sudirman",
    "Jl. Adisucipto",
    "Jl. Sam Ratulangi",
    "Jl. H.R. Koroh",
]
FILES = [
    "Screenshot_2026-11-12-09-41-22_WhatsApp.jpg",
    "IMG_20261105_083412.jpg",
    "VID-20261030-WA0012.mp4",
    "PXL_20261118_071522.jpg",
    "IMG-20261201-WA0044.jpeg",
]


def office_addr() -> str:
    return f"Jl. {R.choice(STREETS)} No. {R.randint(1, 90)}"


def rtc() -> str:
    return f"RT {R.randint(1, 40):02d}"


GEN = {
    "n": lambda: ("name", full_name()),
    "g": lambda: ("name", R.choice(GIVEN)),
    "f": lambda: ("name", R.choice(FAMILY)),
    "nik": nik,
    "nikb": nik_block,
    "niko": nik_ocr,
    "niks": nik_odd,
    "kk": kk,
    "kko": kk_ocr,
    "npwp": npwp,
    "npwpo": npwp_old,
    "npwp16": npwp16,
    "npwpocr": npwp_ocr,
    "bpjs": bpjs,
    "rek": rek,
    "plate": plate,
    "hp": hp,
    "hpb": hp_block,
    "hpo": hp_ocr,
    "tel": tel,
    "mail": mail,
    "mailw": mail_work,
    "maild": mail_dodge,
    "addr": addr,
    "rt": rt,
    # unlabelled look-alikes
    "bank": bank,
    "rp": money,
    "tgl": date,
    "jam": clock,
    "tik": ticket,
    "bill": billing,
    "va": va,
    "idpel": idpel,
    "token": token,
    "nop": nop,
    "nip": nip,
    "nisn": nisn,
    "tk": bpjstk,
    "trx": trx,
    "srt": letterno,
    "sim": sim,
    "bnpwp": body_npwp,
    "ohp": office_mobile,
    "otel": office_tel,
    "omail": lambda: R.choice(OFFICE_MAIL),
    "smail": lambda: R.choice(SCAM_MAIL),
    "xmail": lambda: R.choice(NON_MAIL),
    "sek": lambda: R.choice(SCHOOLS),
    "pusk": lambda: R.choice(PUSK),
    "rs": lambda: R.choice(HOSP),
    "toko": lambda: R.choice(SHOPS),
    "cv": lambda: R.choice(COMPANIES),
    "kop": lambda: R.choice(COOPS),
    "kantor": lambda: R.choice(OFFICES),
    "scam": lambda: R.choice(SCAMROLE),
    "jl": lambda: R.choice(PUBLIC_ST),
    "kel": lambda: R.choice(KELURAHAN),
    "kec": lambda: R.choice(KECAMATAN),
    "oaddr": office_addr,
    "rtc": rtc,
    "file": lambda: R.choice(FILES),
    "num": lambda: str(R.randint(2, 40)),
    "kmx": lambda: f"Km. {R.randint(2, 12)}",
    "gf": lambda: ("name", R.choice(FEMALE)),
    "gm": lambda: ("name", R.choice([g for g in GIVEN if g not in FEMALE])),
    "nf": lambda: ("name", f"{R.choice(FEMALE)} {R.choice(FAMILY)}"),
}

PLACEHOLDER = re.compile(r"\{([a-z0-9]+)([\^_]?)(?:\.([a-z0-9]+))?\}")


def fill(template: str) -> str:
    cache: dict[tuple[str, str], object] = {}
    _BANK_STATE.clear()

    def one(m: re.Match[str]) -> str:
        key, mod, tag = m.group(1), m.group(2), m.group(3)
        if key not in GEN:
            raise KeyError(key)
        if tag:
            if (key, tag) not in cache:
                cache[(key, tag)] = GEN[key]()
            value = cache[(key, tag)]
        else:
            value = GEN[key]()
        if isinstance(value, tuple):
            kind, v = value
            v = v.upper() if mod == "^" else v.lower() if mod == "_" else v
            return f"[[{kind}:{v}]]"
        v = str(value)
        return v.upper() if mod == "^" else v.lower() if mod == "_" else v

    return PLACEHOLDER.sub(one, template)


MARK = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.S)
END_OK = set(string.ascii_letters + string.digits)


def strip(marked: str) -> tuple[str, list[dict[str, object]]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
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


def check(text: str, spans: list[dict[str, object]]) -> None:
    assert "[[" not in text and "]]" not in text, text
    assert not PLACEHOLDER.search(text), text
    assert "{" not in text and "}" not in text, text
    last_end = -1
    for s in spans:
        kind, start, end, value = s["kind"], s["start"], s["end"], s["value"]
        assert kind in KINDS, kind
        assert end > start
        assert text[start:end] == value
        first, last = value[0], value[-1]
        if kind == "phone":
            assert first in END_OK or first in "+(", value
        else:
            assert first in END_OK, value
        assert last in END_OK, value
        assert start >= last_end, (text, value)
        last_end = end
        if kind == "name":
            word = value.split()[0].lower()
            assert word not in TITLES, value


def build() -> list[dict[str, object]]:

    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for style in STYLES:
        templates = T[style]
        number = 0
        for ti, (uses, template) in enumerate(templates):
            done = 0
            tries = 0
            while done < uses:
                tries += 1
                assert tries < 50, template
                marked = fill(template)
                if style == "sms_caps":
                    marked = "KOTKUPANG " + marked
                text, spans = strip(marked)
                if style == "sms_caps":
                    up = text.upper()
                    assert len(up) == len(text)
                    text = up
                    for s in spans:
                        s["value"] = str(s["value"]).upper()
                check(text, spans)
                if text in seen:
                    continue
                seen.add(text)
                number += 1
                done += 1
                records.append(
                    {
                        "id": f"b9-{style}-{number:03d}",
                        "text": text,
                        "spans": [
                            {"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans
                        ],
                        "style": style,
                        "_t": f"{style}-{ti}",
                    }
                )
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            line = {k: v for k, v in record.items() if k != "_t"}
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    styles = Counter(r["style"] for r in records)
    clean = Counter(r["style"] for r in records if not r["spans"])
    templates = {r["_t"] for r in records}
    print(f"{len(records)} texts, {sum(kinds.values())} spans, {len(templates)} templates")
    print(f"clean {sum(clean.values())} ({sum(clean.values()) / len(records):.1%})")
    for k, v in kinds.most_common():
        print(f"  {k:14} {v}")
    for s in STYLES:
        sp = sum(len(r["spans"]) for r in records if r["style"] == s)
        print(f"  {s:16} {styles[s]:4} clean {clean[s]:3} spans {sp}")


T: dict[str, list[tuple[int, str]]] = {}


def dob() -> str:
    return f"{R.randint(1, 28):02d}-{R.randint(1, 12):02d}-{R.randint(1950, 2008)}"


def rtrw_field() -> tuple[str, str]:
    return ("address", f"RT/RW : {R.randint(1, 40):03d}/{R.randint(1, 12):03d}")


def name_split() -> tuple[str, str]:
    v = full_name().upper()
    parts = v.split(" ")
    w = max(range(len(parts)), key=lambda i: len(parts[i]))
    word = parts[w]
    if len(word) >= 4:
        cut = R.randint(2, len(word) - 2)
        parts[w] = word[:cut] + " " + word[cut:]
    v = " ".join(parts)
    if R.random() < 0.4:
        i = R.choice([i for i, c in enumerate(v) if c in "SBO"] or [None])
        if i is not None:
            v = v[:i] + {"S": "5", "B": "8", "O": "0"}[v[i]] + v[i + 1 :]
    return ("name", v)


def name_linebreak() -> tuple[str, str]:
    g = R.choice(GIVEN).upper()
    f = R.choice(FAMILY).upper()
    return ("name", f"{g}\n{f}")


def nik_linebreak() -> tuple[str, str]:
    d = nik_digits()
    return ("nik", f"{d[:8]}\n{d[8:]}")


def hp_linebreak() -> tuple[str, str]:
    d = mobile_digits()
    return ("phone", f"{d[:4]} {d[4:8]}\n{d[8:]}")


def body_rek() -> str:
    return rek_for(R.choice(BANKS))


def chassis() -> str:
    return "MH1" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))


def hhmm() -> str:
    return f"{R.randint(6, 22):02d}.{R.randint(0, 59):02d}"


def dmy() -> str:
    return f"{R.randint(1, 28):02d}/{R.randint(9, 12):02d}/2026"


GEN.update(
    {
        "dob": dob,
        "rtrwf": rtrw_field,
        "nsp": name_split,
        "nlb": name_linebreak,
        "niklb": nik_linebreak,
        "hplb": hp_linebreak,
        "brek": body_rek,
        "rangka": chassis,
        "hm": hhmm,
        "dmy": dmy,
    }
)


# ================================================================ templates
# (uses, template). Texts without personal data carry only unlabelled look-alikes.

T["sms_caps"] = [
    (3, "sy {n} nik {nik} warga {rt} kel {kel}. air pdam sdh 2 minggu sonde jalan. hp {hp}"),
    (
        3,
        "lapor npwp sy {npwp} tdk bisa dipakai utk pbg, pdhl sdh lapor di bapenda {tgl}. no tiket {tik}. hub {hp} ({g})",
    ),
    (
        3,
        "mohon bantu, kk sy no {kk} nama anak {g} tdk muncul. nik anak {nik}. sy {n} di {addr} kec {kec}",
    ),
    (3, "motor sy plat {plate} ditahan di {jl} oleh oknum, minta {rp}. stnk a.n {n}. tlp {hp}"),
    (
        3,
        "bpjs sy {bpjs} dinonaktifkan pdhl bpjs kesehatan mandiri bayar tiap bln. nik {nik} an {n}. email {mail}",
    ),
    (3, "dana bansos blm masuk ke rek {bank} {rek} a.n {n}. nik {nik}. sms balik ke {hp}"),
    (
        3,
        "sy {n}, guru honor {sek}. sy sonde punya nip. bendahara minta npwp, ini punya sy {npwp16}. email {maild}",
    ),
    (3, "tetangga sy {n} di {addr} bakar sampah tiap malam, asap masuk rumah. sy {g} {hp}"),
    (3, "nik {niks} salah 1 angka di ktp sy, dukcapil suruh ulang. sy {n} npwp {npwp} wa {hp}"),
    (3, "kami warga {rt} kel {kel} lapor lampu jalan mati. kontak {n} {hp}, email {maild}"),
    (3, "jalan di {jl} rusak parah dekat {sek}. sdh lapor {tgl} tiket {tik} blm ada tindakan"),
    (
        3,
        "token pln sy sdh beli {rp} tapi tdk masuk. id pelanggan {idpel}, no token {token}. call center 123 sonde angkat",
    ),
    (3, "ada sms mengaku dari {scam}, nomor {ohp}, minta transfer {rp}. hati2 penipuan"),
    (
        3,
        "warga {rtc} dan {rtc} kel {kel} mengeluh air keruh sdh {num} hari. hotline pdam {otel} tdk aktif",
    ),
    (3, "pbb nop {nop} tagihan {rp} padahal sdh bayar dgn kode billing {bill}. mohon dicek"),
    (
        3,
        "ketua {rtc} tdk mau ttd surat pengantar, alasan belum bayar iuran sampah {rp}. tolong pak lurah",
    ),
    (3, "bantuan pip utk siswa nisn {nisn} blm cair. sekolah {sek} bilang tunggu. no surat {srt}"),
]

T["sms_plain"] = [
    (
        3,
        "KOTKUPANG Sy {n}, tinggal di {addr} Kel. {kel}. Got depan rumah tersumbat sejak {tgl}. Hub sy di {hp}. Trm ksh",
    ),
    (
        3,
        "KOTKUPANG Mohon bantuan, NIK sy {nik} terdaftar ganda di KK lain no {kk}. Nama sy {n}, HP {hp}",
    ),
    (
        3,
        "Selamat siang. BPJS KIS mama sy no kartu {bpjs} tdk aktif waktu berobat di {pusk}. Mama {gf} NIK {nik}. Sy anaknya {n} {hp}",
    ),
    (
        3,
        "KOTKUPANG Sy pemilik kios di Pasar Oeba, usaha perorangan. NPWP pribadi sy {npwp}, tapi petugas retribusi minta NPWP badan. Sy {n}, WA {hp}",
    ),
    (
        3,
        "Lapor: mobil {plate} parkir di depan rumah sy {addr} sdh 3 minggu. Pemiliknya katanya {n}. Sy {g}, {hp}",
    ),
    (
        3,
        "KOTKUPANG Sy {n} nik {nikb} mau tanya status pengaduan {tik}. Bls ke email {mail} atau {hp}",
    ),
    (
        3,
        "Uang ganti rugi lahan blm ditransfer ke rek {bank} {rek} a.n. {n}. NPWP {npwp}. Mohon dicek. {hp}",
    ),
    (
        3,
        "KOTKUPANG ada oknum petugas kelurahan a.n {n} minta uang {rp} utk urus KTP. Sy {g}, NIK {nik}, HP {hp}",
    ),
    (
        3,
        "Sy {n} NPWP {npwp16}, pajak kendaraan {plate} sdh lunas tp di Samsat masih tertunggak. No hp {hp}",
    ),
    (
        3,
        "Sy {g} warga {rt}. Anak sy {g} tdk dapat KIP. NIK anak {nik}, NISN {nisn}. Email sy {mail}",
    ),
    (
        3,
        "KOTKUPANG Lampu jalan di {jl} depan {pusk} mati sdh seminggu. Mohon ditindaklanjuti. {tgl}",
    ),
    (3, "Info: PLN 123 / WA {ohp}. Listrik di Kel. {kel} padam sejak {jam}, kapan nyala?"),
    (3, "KOTKUPANG pengaduan {tik} sdh {num} hari blm dibalas. Mohon admin cek. Trm kasih"),
    (
        3,
        "Tagihan PDAM no sambungan {idpel} bln ini {rp}, biasanya cuma {rp}. Meteran sdh diganti {tgl}",
    ),
    (3, "Kalo yg {ohp} itu nomor bengkel, bukan petugas Dishub. Jangan kasih uang {rp}"),
    (
        3,
        "Warga {rtc} sampai {rtc} Kel. {kel} belum terima air tangki. Kantor lurah {otel} tdk angkat",
    ),
    (
        3,
        "KOTKUPANG VA {va} utk bayar retribusi pasar tdk bisa dipakai, keluar error. Transaksi {trx}",
    ),
]

T["whatsapp"] = [
    (
        3,
        "[{dmy} {hm}] {n.a}: Pak, ini sy kirim NIK sy {nik} dan KK {kk}\n[{dmy} {hm}] Admin Kelurahan: Baik ibu, nanti kami proses\n[{dmy} {hm}] {n.a}: trm ksh",
    ),
    (
        3,
        "[{hm}] {g_.a}: kak sy pu nomor baru {hp} ee, yg lama hilang\n[{hm}] mama: ok\n[{hm}] {g_.a}: nanti kirim email ke {mail} sa",
    ),
    (
        3,
        "*Diteruskan*\nHati-hati! Ada WA yang mengaku dari {scam}, nomor {ohp}, minta data KTP. Kalau mau lapor hubungi {n} di {hp} (Ketua {rtc})",
    ),
    (
        3,
        "[{dmy} {hm}] {n.a}: Sy sdh transfer iuran ke rek {bank} {rek} a.n. {n}\n[{dmy} {hm}] Bendahara Arisan: sdh masuk\n[{dmy} {hm}] {n.a}: makasih kk",
    ),
    (
        3,
        "[{dmy} {hm}] {n}: Pak Lurah, rumah sy di {addr} kena banjir. Foto {file}. NPWP sy {npwp} utk klaim bantuan usaha juga sdh sy kirim",
    ),
    (
        3,
        "Grup {rtc}:\n[{hm}] {g}: Besok kerja bakti jam 7\n[{hm}] {n}: Siap. Sy bawa parang. Oh ya email sy sdh ganti: {maild}\n[{hm}] {g}: ok",
    ),
    (
        3,
        "[15 Juli 2026 {hm}] {n}: ini plat mobil yg tabrak lari tadi {plate}, warna putih. Sy saksi, hp {hp}",
    ),
    (
        3,
        "[{dmy} {hm}] {n.a}: Ibu {gf.b}, BPJS anak sy {bpjs} sudah aktif?\n[{dmy} {hm}] {gf.b}: blm kak, kirim NIK anak\n[{dmy} {hm}] {n.a}: {nik}",
    ),
    (
        3,
        "[{dmy} {hm}] {n}: Bapak, NPWP sy {npwp} dan NPWP istri sy {npwp}, tolong cek kenapa SPT ditolak. WA sy {hp}",
    ),
    (
        3,
        "[{hm}] {n.a}: Dari mana dapat nomor {ohp}? Itu nomor WA center Dukcapil kah?\n[{hm}] {n.b}: Iya betul. Kalau sa pu nomor {hp}, sa pu email {mail}\n[{hm}] {n.a}: siap",
    ),
    (
        3,
        "[{dmy} 09.00] Admin Kelurahan: Pengumuman, Posyandu Bunga Bakung buka {tgl} jam 08.00-12.00 di balai {rtc}.\n[{dmy} 09.05] mama: siap",
    ),
    (
        3,
        "Grup {rtc}:\n[{hm}] Admin Grup: Retribusi sampah {rtc} bulan ini {rp}, transfer ke VA {va}",
    ),
    (
        3,
        "*Diteruskan berkali-kali*\nPENIPUAN: WA admin PKH {ohp} minta kode OTP. Dinsos tdk pernah minta. Pengaduan resmi: WA center {ohp} / {omail}",
    ),
    (
        3,
        "[{hm}] Petugas PLN: Gangguan di {jl} sdh ditangani, tiket {tik}. Terima kasih atas kesabarannya\n[{hm}] grup warga: terima kasih pak",
    ),
    (
        3,
        "Screenshot: {file}\nHasil lomba 17an: {rtc} juara 1, {rtc} juara 2. Hadiah {rp} diambil di kantor lurah",
    ),
    (
        3,
        "[{dmy} 07.30] Info Dinkes: Vaksin di {pusk}, {rs} dan Pustu. Hotline {otel}. Email {omail}",
    ),
    (
        3,
        "[{hm}] Kantor Pos: Paket dgn resi {trx} tertahan. Ambil di {kantor} {oaddr}, Senin-Jumat 08.00-15.00",
    ),
]

T["web_form"] = [
    (
        3,
        "Nama Pelapor: {n}\nNIK: {nik}\nNPWP: {npwp}\nNo. HP: {hp}\nEmail: {mail}\nAlamat: {addr} Kel. {kel}\nIsi Laporan: Pengurusan akta kelahiran di Dukcapil lebih dari 30 hari. Nomor antrian {tik}.",
    ),
    (
        3,
        "Nama lengkap : {n^}\nNo. KK : {kk}\nNIK : {nikb}\nTelepon rumah : {tel}\nHP/WA : {hp}\nKategori : Administrasi Kependudukan\nUraian : KK baru salah nama ibu.",
    ),
    (
        3,
        "Pelapor: {n}\nNPWP: {npwp}\nE-mail: {maild}\nHP: {hp}\nJudul: Restitusi PPh sejak {tgl} belum cair\nLampiran: {file}",
    ),
    (
        3,
        "Identitas\n- Nama: {n}\n- NIK: {nik}\n- NPWP: {npwp16}\n- Rekening: {bank} {rek}\nLaporan: Honor kader posyandu 3 bulan belum dibayar ({rp}/bulan). Kader lain: {n}, {n}.",
    ),
    (
        3,
        "Form LAPOR! - Nama: {n} | HP: {hp} | Email: {mailw} | Instansi terlapor: {kantor} | Isi: atasan sy {n} memotong TPP tanpa dasar. No surat {srt}.",
    ),
    (
        3,
        "Nama: {n}\nNo. Kartu JKN/KIS: {bpjs}\nNIK: {nik}\nFaskes: {pusk}\nKeluhan: Ditagih {rp} padahal peserta PBI. Kontak: {hp} / {mail}",
    ),
    (
        3,
        "Data Kendaraan\nNopol: {plate}\nPemilik: {n}\nNIK Pemilik: {nik}\nNo HP: {hp}\nKeluhan: kendaraan diderek dari depan rumah di {addr}, bukan bahu jalan.",
    ),
    (
        3,
        "Nama : {n}\nAlamat : {rt} Kel. {kel}\nNo. HP : {hp}\nNPWP : {npwp}\nIsi : Izin usaha mikro (NIB) sy ditolak krn NPWP dianggap tdk valid.",
    ),
    (
        3,
        "Pelapor : {n}\nEmail : {mail}\nEmail alternatif : {maild}\nNIK : {nik}\nLaporan: Akun SP4N sy diblokir setelah lapor pungli. Tiket {tik}.",
    ),
    (
        3,
        "nama: {n_}\nnik: {nikb}\nhp: {hpb}\nemail: {mail}\nalamat: {addr}\nlaporan: anjing tetangga sy {n} gigit anak sy {g}, sdh lapor ke pak RT tdk ada tindakan",
    ),
    (
        3,
        "Kategori: Infrastruktur\nLokasi: {jl}, depan {sek}\nUraian: Lubang jalan sdh {num} bulan. Sdh lapor di tiket {tik}.\nLampiran: {file}",
    ),
    (
        3,
        "Kategori: Kesehatan\nLokasi: {pusk}\nUraian: Antrean obat lebih dari 3 jam, {tgl}. Call center {otel} sibuk terus.\nIdentitas: dirahasiakan (anonim)",
    ),
    (
        3,
        "Jenis laporan: Aspirasi\nUraian: Mohon jadwal pengangkutan sampah {rtc} sampai {rtc} Kel. {kel} ditambah. Retribusi {rp} per bulan sdh kami bayar lewat kode billing {bill}.",
    ),
    (
        3,
        "Kategori: Pajak Daerah\nNOP: {nop}\nUraian: SPPT PBB terlambat dibagikan, baru {tgl}. Kode bayar {bill}. Kontak Bapenda {otel} tdk aktif.",
    ),
    (
        3,
        "Kategori: Perizinan\nNo. permohonan: {srt}\nUraian: PBG {cv} (NPWP badan {bnpwp}) lewat 60 hari. Sekretariat: {omail}",
    ),
    (
        3,
        "Kategori: Pendidikan\nSekolah: {sek}\nNISN siswa: {nisn}\nUraian: Pungutan seragam {rp}. Hubungi tata usaha {otel}.",
    ),
    (
        3,
        "Kategori: Pencemaran\nLokasi: {jl} ({kec})\nUraian: Bengkel membuang oli ke got. Nomor pengaduan DLH {ohp} tdk direspon. Pengaduan {tik}.",
    ),
]

T["letter"] = [
    (
        3,
        "Kepada Yth.\nKepala {kantor}\ndi Kupang\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : {n.a}\nNIK : {nik}\nAlamat : {addr}, Kel. {kel}\nNo. HP : {hp}\n\nmengajukan keberatan atas tagihan {rp}.\n\nHormat saya,\n\n{n.a}",
    ),
    (
        3,
        "Perihal: Permohonan perbaikan data NPWP\n\nYth. Kepala KPP Pratama Kupang,\nSaya {n.a}, NPWP {npwp}, mohon data alamat diubah ke {addr}. Surat ini juga atas nama istri saya {nf}, NPWP {npwp}.\nTembusan: {omail}\n\nSalam,\n{n.a}",
    ),
    (
        3,
        "Kupang, {tgl}\nNomor : -\nLampiran : 1 berkas\nHal : Pengaduan pungutan\n\nYth. Lurah {kel}\n\nKami warga {rt} Kel. {kel} melaporkan pengurus yang meminta {rp} untuk surat pengantar. Kontak: {n} ({hp}), {n} ({hp}).\n\nHormat kami,\n{n}\n{n}",
    ),
    (
        3,
        "KOP: {cv}, {oaddr}, Telp. {otel}\n\nYth. Kepala Dinas PUPR,\nKami mohon pembayaran termin proyek drainase {jl}. NPWP perusahaan {bnpwp}, rekening perusahaan {brek}. Penanggung jawab lapangan: {n}.\n\nDirektur,\n\n{n}",
    ),
    (
        3,
        "Yth. Kepala BPJS Kesehatan Cabang Kupang\n\nSaya {n.a}, peserta JKN no. kartu {bpjs}, NIK {nik}, beralamat di {addr}. Anak saya {g}, no kartu {bpjs}, ditolak di {rs}. Mohon penjelasan ke email {mail}.\n\nHormat saya,\n{n.a}",
    ),
    (
        3,
        "Hal: Keberatan tilang\n\nSaya {n.a}, pemilik kendaraan {plate} (STNK a.n. {n.a}), ditilang {tgl} di {jl}. SIM {sim}. Mohon rekaman ETLE dikirim ke {maild}. Telp rumah {tel}.\n\nTtd\n{n.a}",
    ),
    (
        3,
        "Surat Pernyataan Ahli Waris\n\nAlmarhum {n}, NIK {nik}, NPWP {npwp}, meninggal {tgl}. Ahli waris:\n1. {n} ({num})\n2. {n} ({num})\nRekening pencairan: {bank} {rek} a.n. {n}",
    ),
    (
        3,
        "Yth. Camat {kec}\n\nSengketa batas tanah antara keluarga {f} dan keluarga {f} di {rt} belum selesai. NOP {nop}. Kami minta mediasi.\n\nHormat kami,\n{n} (HP {hp}, surel {mail})",
    ),
    (
        3,
        "Kepada Yth. Kepala {sek}\n\nSaya {n.a}, orang tua dari {g} (NISN {nisn}), keberatan atas pungutan {rp}. Wali kelas Ibu {nf} tidak memberi kwitansi. Hub. {hp} / {mail}.\n\nHormat saya,\n{n.a}",
    ),
    (
        3,
        "Perihal: Permohonan bantuan bedah rumah\n\nSaya {n.a}, NIK {nik}, No. KK {kk}, tinggal di {addr}. Rumah saya rusak sejak angin kencang {tgl}. NPWP pribadi {npwp}.\n\nHormat saya,\n{n.a}\nHP {hp}",
    ),
    (
        3,
        "Nomor : {srt}\nSifat : Biasa\nHal : Undangan rapat\n\nYth. Ketua {rtc} s/d Ketua {rtc}\nKel. {kel.a}\n\nDiundang hadir {tgl} {jam} di Aula Kantor Lurah {kel.a}, {oaddr}.\n\nLurah {kel.a}\n\nttd",
    ),
    (
        3,
        "KOP: {kantor}\n{oaddr}, Telp. {otel}, WA {ohp}, Email {omail}\n\nSURAT EDARAN {srt}\ntentang jam pelayanan Senin-Jumat 08.00-15.00, berlaku {tgl}.",
    ),
    (
        3,
        "Yth. Wali Kota Kupang\n\nKami Forum Warga Peduli Kota menyampaikan keluhan warga {rtc} sampai {rtc} Kel. {kel} soal air bersih. Mohon tanggapan ke sekretariat: {omail}.\n\nHormat kami,\nKoordinator Forum",
    ),
    (
        3,
        "Kwitansi\nTelah terima dari: {kantor}\nUang sejumlah: {rp}\nUntuk: pengadaan ATK {tgl}\n\n{toko}\nNPWP : {bnpwp}\n{oaddr}",
    ),
    (
        3,
        "Yth. Kapolresta Kupang Kota\n\nBersama ini kami laporkan penipuan mengatasnamakan {scam} lewat nomor {ohp} dan surel {smail}. Korban tercatat {num} orang di Kel. {kel}.\n\nBagian Humas",
    ),
    (
        3,
        "Nomor: {srt}\nHal: Pemberitahuan gangguan air\n\nDiberitahukan air tidak mengalir di {jl} dan sekitarnya {tgl}. Info: hotline PDAM {otel}.\n\nDirektur PDAM Kota Kupang",
    ),
    (
        3,
        "Tata Usaha {sek}\n{oaddr}\nTelp. {otel}\nWA {ohp}\n\nPengumuman: daftar ulang {tgl}, biaya {rp}, rekening Kas Daerah Bank NTT {brek}.",
    ),
]

T["email_thread"] = [
    (
        3,
        "From: {n.a} <{mail}>\nTo: Pengaduan Pemkot <pengaduan@kupangkota.go.id>\nCc: {n} <{mail}>\nSubject: Sertifikat tanah\n\nSelamat pagi, nama saya {n.a}, NIK {nik}. Sertifikat saya tertahan di BPN sejak {tgl}.",
    ),
    (
        3,
        "From: Humas Pemkot Kupang <humas@kupangkota.go.id>\nTo: {n} <{mail}>\nCc: {n} <{mailw}>\nSubject: Re: {tik}\n\nYth. Bapak, laporan sudah diteruskan ke {kantor}.",
    ),
    (
        3,
        'From: "Sdr. {n}" <{mail}>\nSubject: NPWP ganda\n\nNPWP saya {npwp} dan NPWP lama {npwp} terdaftar dua-duanya. Mohon dihapus yang lama. HP {hp}',
    ),
    (
        3,
        "Pada Rabu, {tgl} 07.13, {n} <{mail}> menulis:\n> Pak, saya sudah kirim KK {kk} dan NIK {nik}.\n\nTerima kasih, data diterima.\nAdmin Dukcapil",
    ),
    (
        3,
        "From: {f}, {g} <{mailw}>\nTo: {omail}\nSubject: Potongan gaji\n\nSaya guru di {sek}, NIP {nip}. NPWP saya {npwp16}. Bendahara memotong PPh dua kali. Rekening gaji {bank} {rek}.",
    ),
    (
        3,
        "-----Original Message-----\nFrom: {n} <{maild}>\nSent: {tgl}\nTo: {omail}\n\nMohon info beasiswa. NPWP orang tua {npwp}. No HP saya {hp}, alamat {addr}.",
    ),
    (
        3,
        "To: {mail}, {mail}, {mail}\nCc: {omail}\nSubject: Undangan mediasi keluarga {f}\n\nYth. Bapak/Ibu, mediasi di kantor lurah {tgl}. Kontak panitia: {n} ({hp}).",
    ),
    (
        3,
        "From: {n} <{mail}>\nSubject: Penipuan atas nama BPJS\n\nSaya dapat email dari {smail} minta nomor kartu BPJS saya {bpjs}. Saya sempat balas. Apakah aman? Suami saya {n}, BPJS {bpjs}.",
    ),
    (
        3,
        "Catatan surel masuk {tgl}: From: {f}, {g} <{mail}>. Isi: minta salinan putusan, NIK {nik}, HP {hp}. Diteruskan ke {omail}.",
    ),
    (
        3,
        "On {tgl}, {n} <{mail}> wrote:\n> Please send my tax certificate. NPWP {npwp}. My wife's NPWP {npwp}.\n\nDear Sir/Madam, attached.\n-- Helpdesk KPP <helpdesk@pajak.go.id>",
    ),
    (
        3,
        "From: Humas Pemkot Kupang <humas@kupangkota.go.id>\nTo: {omail}\nSubject: Rilis {tgl}\n\nTerlampir rilis kegiatan. Kontak media: call center {otel}.",
    ),
    (
        3,
        "From: noreply@lapor.go.id\nSubject: [SP4N-LAPOR!] Laporan {tik} diteruskan\n\nLaporan Anda diteruskan ke {kantor} pada {tgl}. Jangan balas email ini.",
    ),
    (
        3,
        "From: Tata Usaha SMAN 1 Kupang <tu.sman1kupang@gmail.com>\nTo: guru-honor@googlegroups.com\nSubject: Jadwal\n\nRapat guru honor {tgl} {jam}. Link: https://warga:rahasia@portal.kupangkota.go.id/rapat",
    ),
    (
        3,
        "Subject: Contoh format ({tgl})\n\nTulis alamat surel seperti user@example.com, lampiran seperti denah@2x.png. Remote: git@github.com:pemkot/lapor.git. Pertanyaan: {omail}",
    ),
    (
        3,
        "From: Bapenda Kota Kupang <bapenda.kotakupang@gmail.com>\nSubject: SPPT 2026\n\nNOP {nop}, kode billing {bill}, jumlah {rp}. Hotline {otel}.",
    ),
    (
        3,
        "From: {omail}\nTo: {omail}\nSubject: Fwd: waspada\n\nAda surel dari {smail} yang mengaku dari {scam}. Abaikan. Laporkan ke {omail}.",
    ),
    (
        3,
        "From: ksp.tunasharapan@yahoo.co.id\nSubject: Laporan RAT\n\nKoperasi Tunas Harapan, NPWP {bnpwp}, rekening Bank NTT {brek}. RAT {tgl} di aula {kop}.",
    ),
]

T["call_transcript"] = [
    (
        3,
        "Petugas: Call center 112, ada yang bisa dibantu?\nPenelepon: Sa mau lapor, pohon tumbang di depan rumah sa di {addr}.\nPetugas: Dengan bapak siapa?\nPenelepon: {n}. Nomor sa {hp}.\nPetugas: Baik, petugas BPBD segera ke lokasi.",
    ),
    (
        3,
        "Petugas: Selamat pagi, layanan pengaduan 1708.\nPelapor: Pagi, sa {n}, NIK {nik}. Sa pu KK nomor {kk} sonde terbaca di sistem.\nPetugas: Nomor HP yang bisa dihubungi?\nPelapor: {hp}, WA juga.",
    ),
    (
        3,
        "Petugas: Mohon sebutkan nomor kartu BPJS.\nPelapor: {bpjs}.\nPetugas: Atas nama?\nPelapor: {nf}, istri sa. Sa sendiri {n}, kartu {bpjs}.\nPetugas: Kami cek ke BPJS Kesehatan.",
    ),
    (
        3,
        "Petugas: NPWP yang bermasalah?\nPenelepon: NPWP sa {npwp}, terus yang kedua itu NPWP toko, {bnpwp}. Yang toko itu sonde usah.\nPetugas: Email untuk balasan?\nPenelepon: {maild}",
    ),
    (
        3,
        "Petugas: Kendaraan apa yang diderek?\nPelapor: Motor, plat {plate}. STNK atas nama {n}.\nPetugas: Lokasi?\nPelapor: Depan kos sa di {addr}. Nomor sa {hp}.",
    ),
    (
        3,
        "Penelepon: Halo, sa mau tanya, ada orang telpon dari {ohp}, mengaku petugas Dukcapil, minta NIK.\nPetugas: Itu bukan nomor kami. Apakah ibu sempat kasih?\nPenelepon: Sempat. NIK sa {nik}. Sa pu nama {n}.\nPetugas: Kami catat. Nomor ibu?\nPenelepon: {hp}",
    ),
    (
        3,
        "Petugas: Rekening untuk pengembalian?\nPelapor: {bank} {rek} atas nama {n}.\nPetugas: NIK?\nPelapor: {nikb}.\nPetugas: NPWP?\nPelapor: {npwp}.\nPetugas: Email?\nPelapor: {mail}.\nPetugas: Baik, proses 14 hari kerja.",
    ),
    (
        3,
        "Petugas: Nama pelapor?\nPelapor: {n}, tapi tulis saja {g}. Alamat {rt} Kel. {kel}.\nPetugas: Email ada?\nPelapor: Ada, {mail}.\nPetugas: Laporan tercatat {tik}.",
    ),
    (
        3,
        "Petugas: Siapa yang minta uang?\nPelapor: Pegawai di loket, namanya {n}. Dia kasih nomor dia {hp}, suruh transfer ke rekening {bank} {rek}.\nPetugas: Nomor bapak sendiri?\nPelapor: {hp}.",
    ),
    (
        3,
        "Penelepon: Sa {n}, warga {rt}. NPWP sa yang baru ini {npwp16}, sama dengan NIK.\nPetugas: Keluhannya?\nPenelepon: Tagihan PBB NOP {nop} dobel. Telp rumah {tel}.",
    ),
    (
        3,
        "Petugas: Layanan pengaduan 1708, selamat siang.\nPenelepon: Siang, lampu jalan di {jl} mati semua.\nPetugas: Baik, kami teruskan ke Dinas Perhubungan. Nomor tiket {tik}.",
    ),
    (
        3,
        "Petugas: PDAM Kota Kupang.\nPelapor: Air sonde jalan di {rtc} dan {rtc} Kel. {kel}, dari {tgl}.\nPetugas: Nomor sambungan?\nPelapor: {idpel}.\nPetugas: Tangki dikirim besok.",
    ),
    (
        3,
        "Penelepon: Sa dapat SMS dari {ohp} bilang dari {scam}, suruh bayar {rp}.\nPetugas: Itu penipuan. Nomor resmi hanya {otel}.\nPenelepon: Oke, terima kasih.",
    ),
    (
        3,
        "Petugas: Nomor pembayaran?\nPelapor: Kode billing {bill}, dibayar {tgl} {jam}.\nPetugas: Transaksi {trx} sudah masuk. Mohon tunggu sinkronisasi.",
    ),
    (
        3,
        "Petugas: Ada yang bisa dibantu?\nPelapor: Ketua {rtc} minta sumbangan {rp} per KK.\nPetugas: Kami koordinasi dengan lurah. Terima kasih sudah melapor, {tgl} dicatat.",
    ),
    (
        3,
        "Pelapor: Nomor {ohp} di papan nama kios tu nomor lama toko, sonde aktif.\nPetugas: Jadi toko itu di mana?\nPelapor: {toko}, {oaddr}, samping {sek}.",
    ),
    (
        3,
        "Petugas: Token yang gagal?\nPenelepon: {token}, ID pelanggan {idpel}.\nPetugas: Token dibatalkan, silakan beli ulang {rp}. Info lanjut PLN 123.",
    ),
]

T["spreadsheet"] = [
    (
        3,
        "No,Nama Pemohon,NIK,NPWP,Alamat,No HP\n1,{n},{nikb},{npwpo},{rt},{hpb}\n2,{n},{nikb},{npwp16},{rt},{hpb}\n3,{n},{nikb},{npwpo},{rt},{hpb}",
    ),
    (
        3,
        "No;Nama;NPWP;Email\n1;{n^};{npwpo};{mail}\n2;{n^};{npwp16};{mail}\n3;{n^};{npwpo};{maild}",
    ),
    (
        3,
        "No\tNama Wajib Pajak\tNPWP\tNOP\tLetak Objek\n1\t{n}\t{npwpo}\t{nop}\t{jl}\n2\t{n}\t{npwp16}\t{nop}\t{jl}\n3\t{n}\t{npwpo}\t{nop}\t{jl}",
    ),
    (
        3,
        "| No | Nama | No. KK | NIK | Hubungan |\n| 1 | {n^} | {kk.a} | {nikb} | KEPALA KELUARGA |\n| 2 | {n^} | {kk.a} | {nikb} | ISTRI |\n| 3 | {n^} | {kk.a} | {nikb} | ANAK |",
    ),
    (
        3,
        "Nama Pedagang;No HP;NPWP;Rekening\nUD Laut Timor;{ohp};{bnpwp};{brek}\n{n};{hpb};{npwp};{rek}\n{kop};{ohp};{bnpwp};{brek}\n{n};{hpb};{npwpo};{rek}",
    ),
    (
        3,
        "No,Nama Peserta,No Kartu JKN,NIK,Faskes,HP\n1,{n},{bpjs},{nikb},{pusk},{hpb}\n2,{n},{bpjs},{nikb},{pusk},{hpb}\n3,{n},{bpjs},{nikb},{pusk},{hpb}",
    ),
    (
        3,
        "Nopol;Pemilik;HP;Pelanggaran;Tiket\n{plate};{n};{hpb};parkir liar;{tik}\n{plate};{n};{hpb};parkir liar;{tik}\n{plate};{n};{hpb};melawan arus;{tik}",
    ),
    (
        3,
        "No;Nama Penerima;Bank;No Rekening;NIK;Email\n1;{n};{bank};{rek};{nikb};{mail}\n2;{n};{bank};{rek};{nikb};{mail}\n3;{n};{bank};{rek};{nikb};{mail}",
    ),
    (
        3,
        "Pelapor\tEmail\tHP\tNPWP\tTiket\n{n}\t{mail}\t{hp}\t{npwp}\t{tik}\n{n}\t{maild}\t{hp}\t{npwp}\t{tik}\n{n}\t{mail}\t{hp}\t{npwp}\t{tik}",
    ),
    (
        3,
        "No,Nama Siswa,NISN,Nama Orang Tua,NIK Orang Tua,HP Orang Tua,Email Orang Tua\n1,{n},{nisn},{n},{nikb},{hpb},{mail}\n2,{n},{nisn},{n},{nikb},{hpb},{mail}\n3,{n},{nisn},{n},{nikb},{hpb},{mail}",
    ),
    (
        3,
        "Kelurahan,Jumlah Laporan,Tiket Terakhir\n{kel},{num},{tik}\n{kel},{num},{tik}\n{kel},{num},{tik}",
    ),
    (
        3,
        "Nomor Penipu;Mengaku Sebagai;Tanggal\n{ohp};{scam};{tgl}\n{ohp};{scam};{tgl}\n{ohp};{scam};{tgl}",
    ),
    (
        3,
        "Nama Usaha|NPWP|Alamat Usaha|Telp\n{toko}|{bnpwp}|{oaddr}|{ohp}\n{cv}|{bnpwp}|{oaddr}|{otel}\n{kop}|{bnpwp}|{oaddr}|{otel}",
    ),
    (3, "RT;Retribusi Sampah;Status\n{rtc};{rp};lunas\n{rtc};{rp};belum\n{rtc};{rp};lunas"),
    (
        3,
        "Instansi;Call Center;Email\n{kantor};{otel};{omail}\n{kantor};{ohp};{omail}\n{kantor};{otel};{omail}",
    ),
    (3, "NOP;Kode Billing;Jumlah;Tgl Bayar\n{nop};{bill};{rp};{tgl}\n{nop};{bill};{rp};{tgl}"),
    (
        3,
        "ID Pelanggan\tNo Meter\tToken\tNominal\n{idpel}\t{trx}\t{token}\t{rp}\n{idpel}\t{trx}\t{token}\t{rp}",
    ),
]

T["kupang_malay"] = [
    (
        3,
        "Pak, beta {n} dari {rt} Kel. {kel}. Air su dua minggu sonde mengalir. Beta pung HP {hp}. Tolong ee.",
    ),
    (
        3,
        "Beta pung KTP hilang di oto. NIK {nik}. Kalo ada yang dapat, kasi tau beta {g} di {hp} ko. Email {maild}",
    ),
    (
        3,
        "Katong pung tetangga {n} pung anjing gigit beta pung ana {g}. Dong tinggal di {addr}. Beta su lapor RT ma sonde ada apa-apa.",
    ),
    (
        3,
        "Bapa, beta pung NPWP {npwp} ko sonde bisa pake. Itu NPWP pribadi, bukan NPWP toko. Beta {n}, email {mail}.",
    ),
    (
        3,
        "Oto {plate} tu parkir di depan beta pung rumah, {addr}, su satu minggu. Pemilik tu Om {gm}. Beta su tegur ma dia marah.",
    ),
    (
        3,
        "Mama {gf} pung kartu BPJS {bpjs} mati, padahal tiap bulan bayar. Beta anak dong, {n}, NIK {nikb}, HP {hp}.",
    ),
    (
        3,
        "Beta mau lapor, petugas kelurahan nama {n} minta doi {rp} ko mau urus KK. Beta pung KK {kk}. Nomor dia {hp}, dia yang kasi. Beta pung nomor {hp}.",
    ),
    (
        3,
        "Dong panggil dia {g} sa, dia yang pegang kunci posyandu. Dia pung nomor {hp}. Posyandu tutup terus di {rt}.",
    ),
    (
        3,
        "NPWP 16 digit sa sekarang sama dengan NIK, {npwp16}. Ma di aplikasi pajak sonde bisa masuk. Beta {n}, WA {hp}, email {maild}.",
    ),
    (
        3,
        "Beta {n} ni, guru honor di {sek}. Bendahara minta NPWP semua guru honor. Ini punya sa {npwp16}. Beta pung rekening {bank} {rek}.",
    ),
    (
        3,
        "Jalan di {jl} tu su rusak parah, oto sonde bisa lewat. Katong su lapor dari {tgl} ma sonde ada yang datang.",
    ),
    (3, "Pangkalan ojek depan Pasar Kuanino tu nomor {ohp}. Kalo mau ke {pusk}, telpon sa."),
    (
        3,
        "Katong warga {rtc} deng {rtc} sonde dapat air tangki. Telpon kantor lurah {otel} sonde angkat.",
    ),
    (
        3,
        "Hati-hati ee, ada orang pake nomor {ohp} bilang dia dari {scam}, minta doi {rp}. Itu tipu.",
    ),
    (
        3,
        "Tim {rtc} menang lawan {rtc} di lapangan. Hadiah {rp} dari kelurahan ma belum kasi sampe sekarang.",
    ),
    (3, "Bayar PBB pake kode billing {bill} ko sonde masuk. NOP {nop}. Bapenda bilang tunggu sa."),
    (
        3,
        "Sonde ada lampu di {jl} dekat {pusk}. Malam-malam gelap, anak sekolah takut. Su dari {tgl}. Tolong Pak Lurah deng Dinas Perhubungan.",
    ),
]

T["social"] = [
    (
        3,
        "Tolong bantu share! Dompet hilang di bemo jurusan Oebufu, isi KTP a.n. {n} NIK {nik}. Kalau ketemu hubungi {hp} \U0001f64f",
    ),
    (
        3,
        "Kecewa dengan {kantor}. Sudah 3 bulan urus akta anak saya {g}, belum jadi. Yang urus {n}. Kontak saya {maild}. @pemkabkupang @lapor1708",
    ),
    (
        3,
        "Komentar: Pak @pemkotkupang, ini motor yang tabrak anak saya di {jl}: {plate}. Pengendara kabur. Saksi {n}, HP {hp}.",
    ),
    (
        3,
        "DICARI! Anak kami {g}, 9 tahun, hilang sejak {tgl} sekitar {pusk}. Hubungi {n} {hp} atau {hp}.",
    ),
    (
        3,
        "Thread: Pengalaman urus NPWP. Saya daftar NPWP pribadi, jadi {npwp}, tapi istri saya {nf} dapat NPWP {npwp} yang salah nama. Email saya {mail} kalau mau tanya.",
    ),
    (3, "Jual rumah pribadi di {addr}, sertifikat SHM. Pemilik langsung: {n} WA {hp}. Bukan agen."),
    (
        3,
        "Saya {n}, korban arisan online. Uang {rp} sudah transfer ke rek {bank} {rek} a.n. {n}. Ada yang kenal? DM atau {mail}",
    ),
    (
        3,
        "Live: banjir di {rt} Kel. {kel}, air masuk rumah warga. Yang mau bantu hubungi Kak {g} {hp}.",
    ),
    (
        3,
        "Klarifikasi: Nama saya {n}, email pribadi saya {mail} dan email dinas saya {mailw}. Selain itu bukan saya.",
    ),
    (
        3,
        "Info lowongan palsu! Mengaku HRD {cv}, minta KTP & NPWP. Saya sudah kirim NIK {nik} dan NPWP {npwp}. Gimana ini? - {g}",
    ),
    (3, "Mantap @dinaspupr_kotakupang, {jl} sudah diaspal {tgl}. Terima kasih! #KupangKotaKasih"),
    (
        3,
        "Waspada hoaks! Akun {smail} mengaku dari {scam}. Pengaduan resmi SMS 1708 ketik KOTKUPANG (spasi) keluhan. {tgl}",
    ),
    (
        3,
        "Promo {toko}, WA {ohp}, buka Senin-Sabtu 08.00-21.00 di {oaddr}. Gratis ongkir Kota Kupang.",
    ),
    (3, "Selamat kepada {rtc} juara lomba kebersihan Kel. {kel}! {rtc} juara 2. Hadiah {rp}."),
    (
        3,
        "Kenapa antrean di {rs} lama sekali? {tgl} dari {jam} sampai siang belum dipanggil. @rsud_kupang",
    ),
    (3, "Foto: {file}. Sampah menumpuk di Pasar Oebobo, belum diangkut sejak {tgl}. DLH tolong."),
    (
        3,
        "Sinar matahari indah di Pantai Lasiana, damai rasanya. Terima kasih Pemkot sudah bersihkan pantai {tgl}.",
    ),
]

T["officer_note"] = [
    (
        3,
        "Catatan petugas {tgl}: Pelapor Bpk. {n}, warga {rt}, mengadukan saluran air tersumbat. HP {hp}. Diteruskan ke Dinas PUPR, tiket {tik}.",
    ),
    (
        3,
        "Kunjungan lapangan: rumah Ibu {nf} di {addr} retak akibat galian. NIK {nik}, NPWP {npwp}. Foto {file}. Tindak lanjut: PUPR.",
    ),
    (
        3,
        "Loket: Sdr. {n} datang membawa KK {kk} dan KTP {nik}. Minta perbaikan nama. Dirujuk ke Dukcapil. Kontak {hp}.",
    ),
    (
        3,
        "Telp masuk {jam}: penelepon mengaku {n}, NPWP {npwp}, keberatan denda pajak restoran. Usaha perorangan. Email {mail}.",
    ),
    (
        3,
        "Verifikasi bansos: penerima {n} (NIK {nikb}), rekening {bank} {rek}. Rekening a.n. {n}, bukan penerima. Ditunda.",
    ),
    (
        3,
        "Laporan pungli di Samsat: Pelapor {n}, kendaraan {plate}, dimintai {rp} oleh petugas yang namanya {n}. HP pelapor {hp}.",
    ),
    (3, "Catatan:\nPasien: {n}\nNo. BPJS: {bpjs}\nNIK: {nik}\nKeluhan: ditolak {rs}.\nKader: {n}"),
    (
        3,
        "Pengaduan via surel dari {maild} (pelapor {n}). Isi: NPWP {npwp} terblokir. Balasan dikirim {tgl}.",
    ),
    (
        3,
        "Hasil mediasi: keluarga {f} dan keluarga {f} sepakat batas pagar. Saksi: Ketua {rtc}. Telp rumah pelapor {tel}, HP {hp}.",
    ),
    (
        3,
        "Pelapor (anonim di LAPOR!) ternyata {n}, NIK {nik}, alamat {addr}. Identitas dirahasiakan sesuai permintaan. Kontak {mail} / {hp}.",
    ),
    (
        3,
        "Rekap {tgl}: {num} laporan masuk lewat SMS 1708, {num} lewat LAPOR!. Terbanyak soal air ({kel}) dan jalan ({jl}).",
    ),
    (
        3,
        "Catatan: warga {rtc} Kel. {kel} mengeluh sampah belum diangkut. Diteruskan ke DLH ({otel}). Tiket {tik}.",
    ),
    (
        3,
        "Verifikasi nomor {ohp} yang beredar mengaku {scam}: bukan nomor resmi. Nomor resmi WA center {ohp}. {tgl}",
    ),
    (3, "Tindak lanjut {tik}: PLN ganti trafo di {jl}, {tgl}. ID pelanggan terdampak {idpel} dkk."),
    (
        3,
        "Surat {srt} dari {kantor} diterima {tgl}. Disposisi ke Kabag Organisasi. Petugas Pendamping hadir.",
    ),
    (
        3,
        "Pembayaran retribusi pasar lewat VA {va} gagal {num} kali. Kode transaksi {trx}. Dilaporkan ke Bank NTT cabang.",
    ),
    (
        3,
        "NOP {nop} dilaporkan salah luas bangunan. Dirujuk Bapenda, telp {otel}, email {omail}. {tgl}",
    ),
]

T["scan"] = [
    (
        3,
        "PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNIK : {niko}\nNama : {n^}\nTempat/Tgl Lahir : KUPANG, {dob}\nJenis Kelamin : LAKI-LAKI Gol. Darah : O\nAlamat : {addr^}\n{rtrwf}\nKel/Desa : {kel^}\nKecamatan : {kec^}",
    ),
    (
        3,
        "KARTU KELUARGA\nNo. {kko}\nNama Kepala Keluarga : {n^}\nAlamat : {addr^}\n{rtrwf}\n\nNo | Nama Lengkap | NIK | Hubungan\n1 | {n^} | {nikb} | KEPALA KELUARGA\n2 | {n^} | {nikb} | ISTRI\n3 | {n^} | {nikb} | ANAK",
    ),
    (
        3,
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nNPWP : {npwpocr}\n{n^}\nNIK : {nikb}\n{addr^}\nKPP PRATAMA KUPANG\nTanggal Terdaftar : {tgl}",
    ),
    (
        3,
        "KARTU INDONESIA SEHAT\nNo. Kartu : {bpjs}\nNama : {n^}\nNIK : {nik}\nTgl Lahir : {dob}\nFaskes Tingkat I : {pusk^}",
    ),
    (
        3,
        "BUKU TABUNGAN\n{bank}\nNAMA {n^}\nNO. REKENING {rek}\nCABANG KUPANG\nNPWP {npwp}\nTGL BUKA {tgl}",
    ),
    (
        3,
        "SURAT TANDA NOMOR KENDARAAN BERMOTOR\nNo. Registrasi : {plate^}\nNama Pemilik : {n^}\nAlamat : {addr^}\nMerk/Type : HONDA / VARIO 125\nNo. Rangka : {rangka}\nNIK : {nikb}",
    ),
    (
        3,
        "FORMULIR BIODATA PENDUDUK\nNama Lengkap : {n^}\nNo. KK : {kko}\nNIK : {niko}\nNo. HP : {hpo}\nEmail : {mail}\nNPWP : {npwp}",
    ),
    (
        3,
        "SURAT KETERANGAN DOMISILI\nNomor : {srt}\nLurah {kel.a} menerangkan bahwa:\nNama : {n^}\nNIK : {nik}\nAlamat : {addr}\nbenar berdomisili di wilayah kami.\n\nLurah {kel.a}\n\n{n^}\nNIP {nip}",
    ),
    (
        3,
        "KWITANSI PEMBAYARAN\nTelah terima dari : {n^}\nNIK : {nikb}\nNo. HP : {hpo}\nUntuk : retribusi PBG {rp}\nNo. Billing : {bill}\nPenerima : {n}",
    ),
    (
        3,
        "KTP (hasil pindai)\nNIK : {niklb}\nN a m a : {nsp}Tempat/Tgl Lahir : ATAMBUA, {dob}\nAlamat : {addr^}\n{rtrwf}\nAgama : KRISTEN\nPekerjaan : WIRASWASTA\nNama ibu : {nlb}\nHP : {hplb}",
    ),
    (
        3,
        "STRUK PEMBELIAN TOKEN\nPLN UP3 KUPANG\nID PEL : {idpel}\nNO METER : {trx}\nTOKEN : {token}\nNOMINAL : {rp}\nCALL CENTER PLN 123",
    ),
    (
        3,
        "{toko^}\n{oaddr^}\nNPWP : {bnpwp}\nTELP {ohp}\n\nPEMBELIAN {num} ITEM {rp}\nTOTAL {rp}\nTERIMA KASIH",
    ),
    (
        3,
        "KARTU PESERTA BPJS KETENAGAKERJAAN (potongan bawah)\nNo. KPJ : {tk}\nPerusahaan : {cv^}\nNPWP Perusahaan : {bnpwp}\nBerlaku : {tgl}",
    ),
    (
        3,
        "SPPT PBB TAHUN 2026 (bagian objek)\nNOP : {nop}\nLetak Objek Pajak : {jl^}\nLuas Bumi : {num}0 m2\nJumlah Pajak : {rp}\nTempat Pembayaran : BANK NTT",
    ),
    (
        3,
        "PEMERINTAH KOTA KUPANG\n{kantor^}\n{oaddr}, Telp. {otel}\nEmail: {omail}\n\nSURAT KETERANGAN\nNomor: {srt}",
    ),
    (
        3,
        "BUKTI TRANSFER\nKe : KAS DAERAH KOTA KUPANG\nBank NTT {brek}\nJumlah : {rp}\nNo. Ref : {trx}\nTgl : {dmy}",
    ),
    (
        3,
        "KARTU ANTREAN\n{pusk^}\nNo. Antrean : A-{num}\nPoli : UMUM\n{tgl} {jam}\nLayanan pengaduan: {ohp} (WA center)",
    ),
]

if __name__ == "__main__":
    main()
