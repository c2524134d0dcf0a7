# ruff: noqa: E501, RUF001
"""Write the third blind redaction corpus, ``redaction_blind_v3.jsonl``.

Texts are written below with inline labels (``[[name:Yohanes Ndun]]``) and slots in braces that
are filled from a seeded generator (``{nm}`` a person's full name, ``{nik}`` a NIK, ``{hp}`` a
mobile number, ``{email}`` a private mailbox...). Filled-in personal data comes back labelled;
look-alikes (amounts, dates, tickets, office numbers and mailboxes) come back unlabelled. The
script strips the labels and writes exact character offsets (Python string indices).

Run from the repository root: ``python tests/data/blind/make_redaction_blind_v3.py``. The seed is
fixed, so the output is the same on every run.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261207
OUT = Path(__file__).with_name("redaction_blind_v3.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}

R = random.Random(SEED)

# --------------------------------------------------------------------------- pools

MALE = [
    "Yohanes",
    "Yakob",
    "Frans",
    "Agustinus",
    "Dominggus",
    "Melkianus",
    "Yosef",
    "Petrus",
    "Paulus",
    "Markus",
    "Yeremias",
    "Obed",
    "Hendrik",
    "Stefanus",
    "Marthen",
    "Simon",
    "Daniel",
    "Alfons",
    "Viktor",
    "Ferdinand",
    "Gabriel",
    "Yunus",
    "Aris",
    "Rian",
    "Jefri",
    "Adi",
    "Ahmad",
    "Muhammad",
    "Hasan",
    "Abdul",
    "Budi",
    "Slamet",
    "Agus",
    "Wahyu",
    "Andi",
    "Arman",
    "Rudi",
    "Hengki",
    "Aldo",
    "Kevin",
    "Imanuel",
    "Kornelis",
    "Lukas",
    "Elias",
    "Nikolaus",
    "Benediktus",
    "Arnoldus",
    "Fransiskus",
    "Wilhelmus",
    "Ambrosius",
    "Umbu",
    "Mesakh",
    "Yulius",
    "Saferius",
    "Apolos",
    "Zakarias",
    "Ferry",
    "Jhon",
    "Roy",
    "Dedi",
    "Anselmus",
    "Gerson",
    "Habel",
    "Isak",
    "Ruben",
]
FEMALE = [
    "Maria",
    "Yuliana",
    "Agustina",
    "Rosalina",
    "Selfi",
    "Yanti",
    "Vivi",
    "Erni",
    "Sofia",
    "Marlin",
    "Yustina",
    "Grace",
    "Gracia",
    "Imelda",
    "Novi",
    "Adriana",
    "Dorkas",
    "Naomi",
    "Ester",
    "Rut",
    "Debora",
    "Magdalena",
    "Veronika",
    "Fransiska",
    "Theresia",
    "Katarina",
    "Elisabeth",
    "Siti",
    "Nur",
    "Fatimah",
    "Aisyah",
    "Sri",
    "Dewi",
    "Wulan",
    "Ratna",
    "Lina",
    "Mei",
    "Susanti",
    "Lenny",
    "Ance",
    "Oktavia",
    "Yermi",
    "Rambu",
    "Desi",
    "Mersi",
    "Yuni",
    "Martha",
    "Orpa",
    "Yosina",
    "Anastasia",
    "Kristin",
    "Meli",
    "Indah",
    "Kasih",
    "Murni",
    "Santi",
    "Ningsih",
    "Nelci",
    "Fince",
    "Yohana",
    "Serlin",
    "Irma",
]
SECOND_M = ["Maria", "Yosef", "Paulus", "Kristian", "Adrianus", "Bernard"]
SECOND_F = ["Goreti", "Magdalena", "Yosefina", "Kristina", "Imakulata", "Florentina"]
FAMILY = [
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
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
    "Ludji",
    "Dethan",
    "Kana",
    "Bire",
    "Lado",
    "Dju",
    "Kore",
    "Rohi",
    "Lenggu",
    "Messakh",
    "Pello",
    "Sinlae",
    "Selan",
    "Sabat",
    "Nitbani",
    "Tlonaen",
    "Taneo",
    "Bria",
    "Seran",
    "Nahak",
    "Mau",
    "Tallo",
    "Nope",
    "Boimau",
    "Kolo",
    "Neonbasu",
    "Atok",
    "Leo",
    "Fernandez",
    "Parera",
    "Lewar",
    "Kedang",
    "Hurint",
    "Making",
    "Wuwur",
    "Goran",
    "Koten",
    "Bataona",
    "Sogen",
    "Tukan",
    "Ndolu",
    "Adoe",
    "Henuk",
    "Foeh",
    "Djami",
    "Radja",
    "Hege",
    "Wadu",
    "Kale",
    "Tede",
    "Bunga",
    "Laukari",
    "Maure",
    "Lamma",
    "Mokoli",
    "Malaikosa",
    "Padabang",
    "Dapawole",
    "Kaborang",
    "Djawa",
    "Tanu",
    "Liem",
    "Gunawan",
    "Wijaya",
    "Halim",
    "Susanto",
    "Santoso",
    "Prasetyo",
    "Wibowo",
    "Bachmid",
    "Alkatiri",
    "Assegaf",
    "Syamsuddin",
    "Mbatu",
    "Manu",
    "Sabaat",
    "Sae",
    "Nalle",
    "Tupen",
    "Mella",
    "Oematan",
    "Banunaek",
    "Sau",
    "Kapitan",
]
FAMILY2 = ["Riwu Kaho", "da Costa", "Da Silva", "Riwu Manu", "Lado Bire", "Tallo Dju", "Ga Lay"]
KELURAHAN = [
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Penfui",
    "Sikumana",
    "Bakunase",
    "Naikoten",
    "Fatululi",
    "Oesapa",
    "Lasiana",
    "Naimata",
    "Maulafa",
    "Kolhua",
    "Belo",
    "Fontein",
    "Airnona",
    "Oepura",
    "Namosain",
    "Alak",
    "Batuplat",
    "Oeba",
    "Solor",
    "Bonipoi",
    "Merdeka",
    "Kuanino",
    "Nunleu",
    "Fatubesi",
    "Oetete",
    "Manutapen",
    "Labat",
    "Penkase",
    "Nefonaek",
    "Naioni",
]
STREET_NAMES = [
    "Nangka",
    "Sukun",
    "Kenari",
    "Kelinci",
    "Jambu",
    "Mangga",
    "Rambutan",
    "Herewila",
    "Amabi",
    "Cak Doko",
    "Bakti Karya",
    "Oebananta",
    "Kecapi",
    "Salak",
    "Delima",
    "Kakatua",
    "Nuri",
    "Merpati",
    "Kasuari",
    "Matani",
    "Pulau Indah",
    "Fetor Funay",
    "Bajawa",
    "Timor Raya",
    "Perintis Kemerdekaan",
    "Sam Ratulangi",
    "Adisucipto",
    "Frans Seda",
    "W.J. Lalamentik",
    "Alfons Nisnoni",
    "Piet A. Tallo",
    "Soeharto",
    "Eltari II",
    "Kejora",
    "Taebenu",
    "Oepoi",
]
LANES = ["Mawar", "Anggrek", "Melati", "Sepakat", "Damai", "Sejahtera", "Rukun", "Kasih", "Cendana"]
PUBLIC_ROADS = [
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Timor Raya",
    "Jl. Adisucipto",
    "Jl. Amabi",
    "Jl. Herewila",
    "Jl. Soeharto",
    "Jl. Perintis Kemerdekaan",
    "Jl. Cak Doko",
    "Jl. Sam Ratulangi",
    "Jl. Kelinci",
    "Jl. H.R. Koroh",
    "Jl. Moh. Hatta",
]
REGENCY = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
           "15", "16", "17", "18", "19", "20", "21"]  # fmt: skip
MOBILE = ["0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0815", "0816", "0857",
          "0858", "0817", "0818", "0819", "0877", "0878", "0895", "0896", "0881", "0882"]  # fmt: skip
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]  # fmt: skip
FREE_HOSTS = ["gmail.com"] * 6 + ["yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com",
                                  "hotmail.com", "icloud.com", "rocketmail.com", "outlook.co.id"]  # fmt: skip
WORK_HOSTS = ["kupangkota.go.id", "nttprov.go.id", "guru.sd.belajar.id", "guru.smp.belajar.id",
              "staf.undana.ac.id", "bankntt.co.id", "kemenag.go.id", "pln.co.id", "puskesmas.kupangkota.go.id"]  # fmt: skip
OFFICE_MAIL = [
    "pengaduan@kupangkota.go.id",
    "humas@kupangkota.go.id",
    "dukcapil.kotakupang@gmail.com",
    "pdam.kotakupang@yahoo.com",
    "puskesmas.oebobo@gmail.com",
    "sdinpres.oepura2@gmail.com",
    "smpn2kupang@yahoo.co.id",
    "poktan.harapanbaru@gmail.com",
    "gmit.paulus.kupang@gmail.com",
    "bumdes.oelnasi@gmail.com",
    "cs@bankntt.co.id",
    "helpdesk@lapor.go.id",
    "admin@kupangkota.go.id",
    "info@pdamkotakupang.co.id",
    "karangtaruna.liliba@gmail.com",
    "ksp.sehatibersama@yahoo.co.id",
    "tokosinarabadi.kpg@gmail.com",
    "kelurahan.oesapa@gmail.com",
    "ombudsman.ntt@ombudsman.go.id",
    "inspektorat@kupangkota.go.id",
    "sekretariat.dprd@kupangkota.go.id",
    "redaksi@timorexpress.id",
    "dinsos.kotakupang@gmail.com",
    "upt.samsat.kupang@nttprov.go.id",
    "kantor.lurah.naikoten@gmail.com",
    "osis.sman3kupang@gmail.com",
    "posyandu.bungabakung@gmail.com",
    "layanan@bpjs-kesehatan.go.id",
    "bendahara.disdik@kupangkota.go.id",
    "penyuluh.kupangtengah@gmail.com",
    "hrd@hotelkristal.co.id",
    "rekrutmen.cvtimorjaya@gmail.com",
    "pmi.kotakupang@yahoo.com",
    "bpbd.kotakupang@gmail.com",
]
NOREPLY = ["noreply@lapor.go.id", "no-reply@kupangkota.go.id", "donotreply@pln.co.id",
           "no_reply@bpjs-kesehatan.go.id", "mailer-daemon@googlemail.com", "notifikasi-noreply@dukcapil.kemendagri.go.id"]  # fmt: skip
HANDLES = ["@pemkotkupang", "@dukcapil_kotakupang", "@pdam_kotakupang", "@lapor1708",
           "@ombudsmanri137", "@infokupang", "@kupangterkini", "@pln_123", "@humaskotakupang",
           "@polrestakupangkota", "@timorexpress", "@pos_kupang", "@dishubkotakupang",
           "@kupang.update", "@anakkupang_official"]  # fmt: skip


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def full_width(s: str) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s
    )


# --------------------------------------------------------------------------- people


class Person:
    def __init__(self, gender: str | None) -> None:
        self.female = gender == "w" if gender else R.random() < 0.5
        pool, second = (FEMALE, SECOND_F) if self.female else (MALE, SECOND_M)
        self.given = [R.choice(pool)]
        if R.random() < 0.15:
            self.given.append(R.choice(second))
        self.family = R.choice(FAMILY2) if R.random() < 0.08 else R.choice(FAMILY)
        self.mailbox = mailbox(self)
        self.host = R.choice(FREE_HOSTS)

    @property
    def full(self) -> str:
        return " ".join([*self.given, self.family])


def mailbox(p: Person) -> str:
    g = p.given[0].lower()
    f = p.family.lower().replace(" ", "")
    return R.choice([
        f"{g}.{f}", f"{g}{f}", f"{g}_{f}", f"{g}.{f}{R.randint(1, 99)}", f"{f}{g}{R.randint(70, 99)}",
        f"{g[0]}.{f}", f"{g}{f[0]}{R.randint(100, 999)}", f"{g}{R.randint(1, 31):02d}", f"{f}.{g}",
        f"{g}_{R.choice(['kupang', 'ntt', 'kpg', 'timor', 'oesapa'])}", f"{g}.{f}.{R.randint(80, 99)}",
        f"mama.{g}" if p.female else f"bapa.{g}", f"{g}{f}{R.randint(1980, 2005)}",
    ])  # fmt: skip


# --------------------------------------------------------------------------- numbers


def region() -> str:
    if R.random() < 0.65:
        return f"5371{R.randint(1, 6):02d}"
    return f"53{R.choice(REGENCY)}{R.randint(1, 24):02d}"


def nik_digits(female: bool) -> str:
    day = R.randint(1, 28) + (40 if female else 0)
    return f"{region()}{day:02d}{R.randint(1, 12):02d}{R.randint(0, 99):02d}{R.randint(1, 260):04d}"


def kk_digits() -> str:
    return f"{region()}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(5, 26):02d}{R.randint(1, 9999):04d}"


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def nik_shape(s: str) -> str:
    r = R.random()
    if r < 0.6:
        return s
    if r < 0.8:
        return group4(s)
    return f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:12]}.{s[12:]}"


def mobile_digits() -> str:
    return R.choice(MOBILE) + digits(R.choice([7, 8, 8, 8, 9]))


def phone_shape(s: str) -> str:
    rest = s[1:]
    forms = [
        s, f"{s[:4]}-{s[4:8]}-{s[8:]}", f"{s[:4]} {s[4:8]} {s[8:]}", f"{s[:4]}.{s[4:8]}.{s[8:]}",
        f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}", f"+62{rest}", f"62{rest}",
        f"62 {rest[:3]} {rest[3:7]} {rest[7:]}", f"(+62) {rest}", f"{s[:4]} {s[4:7]} {s[7:]}",
        f"{s[:4]}-{s[4:]}", f"+62-{rest[:3]}-{rest[3:]}",
    ]  # fmt: skip
    return R.choice(forms)


def landline() -> str:
    n = "8" + digits(5)
    return R.choice([f"0380 {n}", f"(0380) {n[:4]} {n[4:]}", f"0380-{n}", f"(0380) {n}"])


def office_mobile() -> str:
    s = R.choice(["0811", "0812", "0813", "0821", "0852"]) + digits(8)
    return R.choice([f"{s[:4]}-{s[4:8]}-{s[8:]}", s, f"{s[:4]} {s[4:8]} {s[8:]}"])


def office_line() -> str:
    n = R.choice(["821", "822", "823", "826", "831", "832", "833", "838", "890"]) + digits(3)
    return R.choice(
        [f"(0380) {n[:3]} {n[3:]}", f"0380-{n[:3]} {n[3:]}", f"0380 {n}", f"(0380) {n}"]
    )


def bank(which: str) -> str:
    if which == "bri":
        s = digits(15)
        return R.choice(
            [
                f"{s[:4]}-{s[4:6]}-{s[6:12]}-{s[12:14]}-{s[14]}",
                s,
                f"{s[:4]} {s[4:6]} {s[6:12]} {s[12:14]} {s[14]}",
            ]
        )
    if which == "bni":
        prefix = R.choice(["0", "1", "08"])
        return prefix + digits(10 - len(prefix))
    if which == "mandiri":
        s = digits(13)
        return R.choice([f"{s[:3]}-{s[3:5]}-{s[5:12]}-{s[12]}", s])
    if which == "bca":
        s = digits(10)
        return R.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:]}"])
    s = "0" + digits(14)
    return R.choice(
        [f"{s[:3]}.{s[3:5]}.{s[5:7]}.{s[7:13]}-{s[13]}", s[:12], f"{s[:3]}-{s[3:5]}-{s[5:12]}"]
    )


def plate() -> str:
    region_code = R.choice(["DH"] * 6 + ["EB", "ED", "EA", "DK", "L"])
    suffix = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 2])))
    number = str(R.randint(1, 9999))
    return R.choice(
        [
            f"{region_code} {number} {suffix}",
            f"{region_code}{number}{suffix}",
            f"{region_code} {number} {suffix}",
            f"{region_code}-{number}-{suffix}",
        ]
    )


def home() -> str:
    street = R.choice(STREET_NAMES)
    n = f"{R.randint(1, 140)}{R.choice(['', '', '', '', 'A', 'B'])}"
    return R.choice([
        f"Jl. {street} No. {n}", f"Jln. {street} no {n}", f"Jalan {street} Nomor {n}",
        f"Gg. {R.choice(LANES)} No. {n}", f"Jl. {street} Gg. {R.randint(1, 9)} No. {n}",
        f"Jl. {street} No.{n}", f"Jl {street} {n}", f"Jl. {street} Gg. {R.choice(LANES)} No. {n}",
    ])  # fmt: skip


def rtrw() -> str:
    rt, rw = R.randint(1, 45), R.randint(1, 15)
    return R.choice([
        f"RT {rt:02d} RW {rw:02d}", f"RT {rt:03d}/RW {rw:03d}", f"rt {rt} rw {rw}", f"RT {rt}",
        f"RT.{rt:02d}/RW.{rw:02d}", f"RT {rt:03d} / RW {rw:03d}", f"RT {rt}/{rw}", f"Rt. {rt} Rw. {rw}",
    ])  # fmt: skip


def dodge(box: str, host: str) -> str:
    name, tld = host.split(".", 1)
    return R.choice([
        f"{box} @ {host}", f"{box}@ {name} .{tld}", f"{box}(at){host}", f"{box} [at] {name} [dot] {tld}",
        f"{box} at {name} dot {tld}", f"{box} AT {name} DOT {tld}", f"{box} (at) {name} (dot) {tld}",
        f"{box}[at]{host}", f"{box} @ {name} . {tld}", f"{box.replace('.', ' dot ')} at {name} dot {tld}",
        f"{box} {{at}} {name} {{dot}} {tld}", f"{box} (@) {host}", f"{box}#{host} (# = @)",
    ])  # fmt: skip


def money() -> str:
    n = R.choice([5, 10, 15, 25, 35, 50, 75, 100, 150, 250, 300, 500, 750, 1200, 1500, 2750])
    return R.choice(
        [
            f"Rp {n * 1000:,}".replace(",", "."),
            f"Rp{n * 1000:,}".replace(",", "."),
            f"{n} ribu",
            f"Rp {n * 1000:,},-".replace(",", "."),
            f"{n}rb",
        ]
    )


def date() -> str:
    d, m = R.randint(1, 28), R.randint(1, 12)
    return R.choice(
        [
            f"{d:02d}/{m:02d}/2026",
            f"{d} {MONTHS[m - 1]} 2026",
            f"{d:02d}-{m:02d}-26",
            f"{d}/{m}",
            f"{d} {MONTHS[m - 1][:3]}",
        ]
    )


def clock() -> str:
    return R.choice(
        [
            f"jam {R.randint(7, 21):02d}.{R.choice(['00', '15', '30', '45'])}",
            f"pkl {R.randint(7, 16):02d}.{R.choice(['00', '30'])} WITA",
            f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
        ]
    )


def ticket() -> str:
    return R.choice([
        f"{R.randint(2401, 2612)}-{digits(4)}-{digits(3)}", f"#LPR-2026-{digits(4)}-{digits(4)}",
        f"LAPOR-5371-2026-{digits(5)}", f"TKT/1708/2026/{digits(4)}", f"KPG{digits(10)}", f"UPP-{digits(6)}",
    ])  # fmt: skip


SIMPLE = {
    "rp": money,
    "tgl": date,
    "jam": clock,
    "tiket": ticket,
    "va": lambda: R.choice(
        [
            group4("8808" + digits(12)),
            "8808" + digits(12),
            "88" + digits(14),
            f"BRIVA {digits(5)} {digits(10)}",
        ]
    ),
    "bill": lambda: "82026" + digits(10),
    "kp": lambda: "03" + digits(14),
    "idpel": lambda: "5312" + digits(8),
    "sambung": lambda: f"{R.randint(1, 9):02d}-{R.randint(1, 20):02d}-{digits(6)}",
    "token": lambda: group4(digits(20), R.choice([" ", "-"])),
    "antri": lambda: R.choice(
        [
            f"A-{R.randint(1, 199):03d}",
            f"B{R.randint(1, 150)}",
            f"C {R.randint(1, 99):02d}",
            str(R.randint(20, 180)),
        ]
    ),
    "nop": lambda: (
        f"53.71.0{R.randint(10, 60)}.00{R.randint(1, 9)}.0{R.randint(10, 99)}-{digits(4)}.0"
    ),
    "srt": lambda: R.choice(
        [
            f"{R.choice([400, 470, 500, 503, 700, 800])}/{R.randint(10, 999)}/{R.choice(['INSP', 'DKP', 'KEL', 'DPMPTSP', 'PUPR'])}/2026",
            f"503/PBG/2026/{digits(5)}",
            f"5371-LU-{R.randint(10, 28)}{R.randint(1, 12):02d}2026-{digits(4)}",
        ]
    ),
    "trx": lambda: "202611" + digits(10),
    "nip": lambda: (
        f"19{R.randint(65, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d} 20{R.randint(0, 20):02d}{R.randint(1, 12):02d} {R.randint(1, 2)} {digits(3)}"
    ),
    "bpjstk": lambda: "2" + digits(10),
    "nisn": lambda: "00" + digits(8),
    "hot": office_mobile,
    "ktr": office_line,
    "kel": lambda: R.choice(KELURAHAN),
    "jln": lambda: R.choice(PUBLIC_ROADS),
    "bulan": lambda: R.choice(MONTHS),
    "off": lambda: R.choice(OFFICE_MAIL),
    "nore": lambda: R.choice(NOREPLY),
    "hdl": lambda: R.choice(HANDLES),
    "wdate": lambda: f"{R.randint(1, 28):02d}/{R.randint(9, 12):02d}/26",
    "wt": lambda: f"{R.randint(6, 22):02d}.{R.randint(0, 59):02d}",
    "nkk": lambda: str(R.randint(2, 9)),
    "npwpb": lambda: (
        f"00.{digits(3)}.{digits(3)}.{digits(1)}-{R.choice(['920', '921', '922'])}.000"
    ),
}


def marked(kind: str, value: str) -> str:
    return f"[[{kind}:{value}]]"


class Fill(dict):
    """Slot values for one text; the same slot gives the same value within a text."""

    def __init__(self, upper: bool) -> None:
        super().__init__()
        self.upper = upper
        self.people: dict[str, Person] = {}

    def person(self, idx: str, gender: str | None = None) -> Person:
        if idx not in self.people:
            self.people[idx] = Person(gender)
        return self.people[idx]

    def __missing__(self, key: str) -> str:
        m = re.fullmatch(r"([A-Za-z]+)(\d*)(?:_([wm]))?", key)
        if m is None:
            raise KeyError(key)
        base, idx, gender = m.group(1), m.group(2) or "1", m.group(3)
        value = self.make(base, idx, gender)
        self[key] = value
        return value

    def make(self, base: str, idx: str, gender: str | None) -> str:  # noqa: PLR0911, PLR0912
        up = self.upper
        if base.lower() in SIMPLE:
            v = SIMPLE[base.lower()]()
            return v.upper() if up or base.isupper() else v
        p = self.person(idx, gender)
        names = {
            "nm": p.full, "NM": p.full.upper(), "nml": p.full.lower(), "dp": p.given[0],
            "DP": p.given[0].upper(), "dpl": p.given[0].lower(), "fam": p.family, "FAM": p.family.upper(),
            "ini": f"{p.given[0][0]}. {p.family}", "INI": f"{p.given[0][0]}. {p.family}".upper(),
            "nmzw": p.given[0][:2] + "\u200b" + p.given[0][2:] + " " + p.family,
            "nmnb": "\u00a0".join([*p.given, p.family]), "nmfw": full_width(p.full),
            "nmsh": p.given[0] + " " + (p.family[:3] + "\u00ad" + p.family[3:] if len(p.family) > 4 else p.family),
            "nmid": p.given[0] + "\u3000" + p.family,
        }  # fmt: skip
        if base in names:
            v = names[base]
            return marked("name", v.upper() if up else v)
        if base in {"nik", "niks", "nikd", "nikfw", "nikzw", "niko", "nikx"}:
            s = nik_digits(p.female)
            v = {
                "nik": nik_shape(s), "niks": group4(s), "nikd": f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:12]}.{s[12:]}",
                "nikfw": full_width(s), "nikzw": group4(s, "\u200b"),
                "niko": s[:3] + s[3:].replace("1", "l", 2).replace("0", "O", 1),
                "nikx": s[:15] if R.random() < 0.5 else s + digits(1),
            }[base]  # fmt: skip
            return marked("nik", v)
        if base == "kk":
            return marked("kk", nik_shape(kk_digits()))
        if base == "npwp":
            s = digits(15)
            return marked("npwp", f"{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8]}-{s[9:12]}.{s[12:]}")
        if base == "npwpn":
            return marked("npwp", nik_shape(nik_digits(p.female)))
        if base in {"bpjs", "bpjss"}:
            s = "000" + digits(10)
            return marked("bpjs", s if base == "bpjs" else f"{s[:4]} {s[4:8]} {s[8:]}")
        if base in {"hp", "hpa", "hpi", "hpfw", "hpzw", "hpnb", "hpbr"}:
            s = mobile_digits()
            v = {
                "hp": phone_shape(s), "hpa": s, "hpi": f"+62 {s[1:4]}-{s[4:8]}-{s[8:]}",
                "hpfw": full_width(f"{s[:4]}-{s[4:8]}-{s[8:]}"), "hpzw": f"{s[:4]}\u200b{s[4:8]}\u200b{s[8:]}",
                "hpnb": f"{s[:4]}\u00a0{s[4:8]}\u00a0{s[8:]}", "hpbr": f"{s[:4]} {s[4:8]}\n{s[8:]}",
            }[base]  # fmt: skip
            return marked("phone", v)
        if base == "tel":
            return marked("phone", landline())
        if base.startswith("rek"):
            return marked(
                "bank_account", bank(base[3:] or R.choice(["bri", "bni", "mandiri", "bca", "nt"]))
            )
        if base in {"plat", "PLAT"}:
            v = plate()
            return marked("plate", v.upper() if up else v)
        if base in {"al", "alr", "rt", "alnb"}:
            v = {
                "al": home(),
                "alr": f"{home()}{R.choice([', ', ' ', ' / '])}{rtrw()}",
                "rt": rtrw(),
            }.get(base)
            if base == "alnb":
                v = home().replace(" ", "\u00a0")
            return marked("address", v.upper() if up else v)
        if base in {"email", "EMAIL", "emailx", "emaild", "emfw", "emzw"}:
            box, host = p.mailbox, p.host
            if base == "emaild":
                host = R.choice(WORK_HOSTS)
                box = f"{p.given[0].lower()}.{p.family.lower().replace(' ', '')}"
            v = {"email": f"{box}@{host}", "EMAIL": f"{box}@{host}".upper(), "emaild": f"{box}@{host}",
                 "emailx": dodge(box, R.choice(["gmail.com", "yahoo.com", "gmail.com", "ymail.com"])),
                 "emfw": full_width(f"{box}@{host}"), "emzw": f"{box}\u200b@\u200b{host}"}[base]  # fmt: skip
            return marked("email", v.upper() if up else v)
        raise KeyError(base)


# --------------------------------------------------------------------------- texts
# Each entry is a template, or (repetitions, template). Default repetitions per style below.

SMS_CAPS = [
    "KOTKUPANG SY {nm} WARGA {rt} KEL. {kel}. AIR PDAM SDH 5 HARI SONDE MENGALIR. TLG DIBANTU. HP {hp}",
    "KOTKUPANG LAMPU JALAN DI {jln} DEKAT SD INPRES MATI SDH 2 MGG. MHN PERHATIAN DISHUB. TKS",
    "KOTKUPANG MHN INFO KTP-EL SY BLM JADI SJK {tgl}. NIK {nik} A/N {nm}. TLG DICEK. TRIMS",
    "KOTKUPANG SAMPAH DI DEPAN PASAR OEBOBO TDK DIANGKUT 4 HARI. BAU SKALI. NO TIKET SBLMNYA {tiket} BLM ADA TINDAK LANJUT",
    "KOTKUPANG SY SDH BAYAR PBB NOP {nop} TGL {tgl} SEBESAR {rp} TP MASIH ADA TAGIHAN TAHUN LALU. MHN DICEK",
    "KOTKUPANG ANAK SY {dp} DIRAWAT DI RSUD W.Z. JOHANNES, KARTU KIS {bpjs} DITOLAK KRN DIBILANG NONAKTIF. MHN BANTUAN. {nm2} {hp2}",
    "KOTKUPANG DGN HORMAT, JLN KE ARAH TDM RUSAK PARAH BANYAK LUBANG. SDH 3 ORG JATUH MGG INI. WARGA MINTA DIPERBAIKI SBLM HUJAN",
    "KOTKUPANG MOTOR SY PLAT {plat} DITILANG PETUGAS DISHUB DI DEPAN TERMINAL TP TDK DIKASIH SURAT TILANG. SY {nm}, WA {hp}",
    "KOTKUPANG PETUGAS KELURAHAN MINTA UANG RP 50RB UTK SURAT PINDAH. TETANGGA JG DIMINTAI. MOHON DITERTIBKAN",
    "KOTKUPANG SY {nm} TINGGAL DI {alr} KEL {kel}. GOT DEPAN RMH TERSUMBAT, AIR MASUK RMH. TLG PAK LURAH. {hp}",
    "KOTKUPANG NO PELANGGAN PLN {idpel} TOKEN {token} TDK BISA MASUK. SDH TELP 123 TP SIBUK TRS",
    "KOTKUPANG TERIMA KASIH PEMKOT SDH PERBAIKI JEMBATAN DI LILIBA. SEMOGA SINAR HARAPAN UTK KOTA KASIH",
    "KOTKUPANG SY MAU LAPOR GURU {nm} DI SMPN 2 SERING TDK MASUK KELAS. ANAK2 DITELANTARKAN. ORTU MURID",
    "KOTKUPANG EMAIL SY {email} TDK DIBALAS DINAS. SDH KIRIM 3X KE {off}. TLG DIBANTU. {nm}",
    "KOTKUPANG BERAS SPHP DI GUDANG DIJUAL 3 KARUNG @ RP 50.000 TP DI KIOS JD RP 62RB. MOHON PENGAWASAN",
    "KOTKUPANG TLG SY {nm} NIK {nik} KK {kk} BANSOS BLM CAIR 2 TAHAP. HP {hp}",
    "KOTKUPANG KAMI WARGA {rt} KEL. {kel} SDH 2 MGG SONDE ADA AIR. MOBIL TANGKI JG SONDE DATANG. MHN BANTU",
    "KOTKUPANG ANTRIAN DI DUKCAPIL PANJANG SKALI, NO ANTRI {antri} DARI JAM 7 BLM DIPANGGIL SMP {jam}. PELAYANAN LAMBAT",
    "KOTKUPANG TETANGGA SY {nm} BAKAR SAMPAH TIAP MLM DI {al}. ASAP MASUK RMH, ANAK SESAK NAPAS. SY {dp2} {hp2}",
    "KOTKUPANG INFO NO WA PENGADUAN PDAM BRP? YG {hot} TDK AKTIF. MHN DIUMUMKAN",
    "KOTKUPANG SY {nm} PENJUAL IKAN DI PASAR KASIH NAIKOTEN. RETRIBUSI NAIK JD RP 10RB/HARI TANPA KARCIS. HP {hp}",
    "KOTKUPANG KANTOR LURAH OESAPA SELATAN TUTUP JAM 11. TELP KANTOR {ktr} TDK DIANGKAT. MHN DITEGUR",
    "KOTKUPANG DANA PKH SY BLM MASUK KE REK BRI {rekbri} A.N. {nm}. SDH 3 BLN. MHN DICEK DINSOS",
    "KOTKUPANG SY KIRIM BERKAS KE EMAIL {off} TP TDK ADA BALASAN. NO REG {tiket}",
    "KOTKUPANG MOBIL DINAS {plat} PARKIR DI TROTOAR DEPAN RS BHAYANGKARA DRS. TITUS ULY TIAP HARI. PEJALAN KAKI TERPAKSA TURUN KE JLN",
    "KOTKUPANG SY {nm_w} IBU HAMIL 8 BLN, BIDAN DI PUSTU TDK ADA WKT SY DATANG {tgl}. KALO DARURAT HRS KMN? HP {hp}",
    "KOTKUPANG HARGA GAS 3KG DI PANGKALAN {rp}, HET RP 18.000. 2 TABUNG @ RP 25RB. TLG DITINDAK",
    "KOTKUPANG YTH BPK WALI KOTA, JALAN DI RT 05 RW 02 OEBUFU SDH DIUKUR TAHUN LALU TP BLM DIKERJAKAN. {nm} {hp}",
    "KOTKUPANG BALASAN DR {nore} BILANG LAPORAN SY DITUTUP PDHL BLM SELESAI. TIKET {tiket}",
    "KOTKUPANG SY {dp}. MAMA SY {nm2_w} LANSIA, NIK {nik2}, BLM DPT VAKSIN KRN NIK TDK TERDAFTAR. HP ANAK {hp}",
    "KOTKUPANG AT THE MOMENT JLN DI DEPAN UNDANA GELAP TOTAL. MHN LAMPU DIPASANG. TRIMS",
    "KOTKUPANG SY MINTA CEK NPWP SY {npwp} KRN ADA TAGIHAN PAJAK DR KPP PDHL SY TDK PUNYA USAHA. {nm}",
    "KOTKUPANG SY {nm} MAU KIRIM FOTO BUKTI JALAN RUSAK. EMAIL SY {email}. HP SY {hp}",
    "KOTKUPANG KENAPA EMAIL KE {off} DITOLAK? SY KIRIM DR {email} SDH 2X",
    "KOTKUPANG EMAIL NOREPLY@LAPOR.GO.ID MINTA SY BALAS, TP TDK BISA DIBALAS. BGMN CARANYA?",
]

WHATSAPP = [
    "[{wdate} {wt}] {nm}: Selamat pagi admin, sy mau lapor jalan depan rumah sy di {al} berlubang besar\n[{wdate} {wt2}] {nm}: Ini nomor sy {hp} kalau mau survei",
    "{wdate} {wt} - {hpi}: Pagi, sy mau tanya status aduan {tiket}\n{wdate} {wt2} - Admin UPP Kota Kupang: Baik bapak, sedang diproses Dinas PUPR. Mohon ditunggu",
    "*Diteruskan*\nINFO PEMADAMAN PLN ULP KUPANG: Kamis {tgl} pkl 09.00-15.00 WITA wilayah Oebobo, Fatululi, Kayu Putih. Info lanjut call center 123 atau WA {hot}",
    "[Pesan suara 0:47 - transkrip] halo selamat siang ini saya {dp} dari {kel} mau lapor itu lampu jalan di gang kami mati semua sudah satu bulan, nomor saya {hp} ya pak terima kasih",
    "[{wdate}, {wt}] Ketua RT 09: Warga yth, besok kerja bakti jam 7 pagi. Iuran Rp 10.000/KK. Konfirmasi ke bendahara\n[{wdate}, {wt2}] {nm}: siap pak RT\n[{wdate}, {wt3}] {nm2}: sy izin pak, ada dinas luar",
    "Diteruskan berkali-kali\nMohon bantu sebar, anak hilang atas nama {nm} usia 9 thn, terakhir terlihat di Pasar Inpres Naikoten. Hubungi mama {dp2_w} {hp2}",
    "[{wdate} {wt}] {nm}: pak sy sdh kirim scan KK ke email pengaduan {off}, dari email sy {email}. mohon dicek ya",
    "[{wdate} {wt}] Admin Dukcapil: Layanan akta kelahiran online via WA {hot} (khusus chat). Jam layanan Senin-Jumat 08.00-15.00. Kode booking dikirim otomatis",
    "{wdate} {wt} - {hpi}: ktp sy rusak, mau cetak ulang. nik {nik}, atas nama {nm}\n{wdate} {wt2} - {hpi}: alamat sy {alr}",
    "{wdate} {wt} - Pak RT: info dr kelurahan, pembagian beras bansos hari sabtu di kantor lurah, bawa KK asli dan KTP. Jgn titip ke org lain",
    "[{wdate} {wt}] Mama {dp_w}: nona, ini nomor bidan {dp2_w} {hp2} kalau mau periksa kandungan. Dia baik",
    "[{wdate} {wt}] Toko Bangunan Sinar Abadi: Promo semen 10 sak @ Rp 68.000, pasir 1 ret @ Rp 450.000. Order WA {hot}",
    "[{wdate} {wt}] {nm}: ini sy kirim data adik sy:\nNama: {nm2}\nNIK: {nik2}\nNo BPJS/KIS: {bpjs}\nAlamat: {alr}\n[{wdate} {wt2}] {nm}: tolong dibantu pendaftaran ulang ya pak",
    "Pesan berantai: HATI-HATI penipuan mengatasnamakan Dinas Sosial, minta transfer Rp 250.000 ke rekening 'admin bansos'. Dinsos tidak pernah minta biaya. Laporkan ke call center 112.",
    "[{wdate} {wt}] {dp}: Pak tolong, motor sy plat {plat} ditahan di Satlantas. Sy sdh bayar denda via {va}. Kapan bisa diambil?",
    "{wdate}, {wt} - {nm}: <Media tidak disertakan>\n{wdate}, {wt2} - {nm}: ini foto KK kami, No KK {kk}\n{wdate}, {wt3} - {nm}: alamat {rt} kel. {kel}",
    "[{wdate} {wt}] Info Kupang: Jadwal imunisasi di Posyandu Bunga Bakung hari Rabu jam 08.00. Bawa buku KIA. Gratis, tanpa pungutan",
    "Diteruskan dari grup Guru SD: Yth bapak/ibu, email resmi utk laporan BOS adalah {off}. Jgn kirim ke email pribadi kepala sekolah Ibu {nm_w} ({email}) lagi ya",
    "[{wdate} {wt}] {nm}: mohon maaf sy salah ketik, email sy yg benar {emailx}, bukan yg kemarin",
    "[{wdate} {wt}] PDAM Kota Kupang: Pelanggan yth, tagihan bulan {bulan} bisa dibayar via VA {va} atau di loket. Informasi: {ktr}",
    "[{wdate} {wt}] {nm}: Sore kak, dana PIP anak sy masuk ke rek BNI {rekbni} a.n. {nm2} tp dipotong 100rb oleh sekolah",
    "[Voice note 1:12 - ditranskrip] iya selamat sore, mau sampaikan keluhan soal parkir liar di depan RSUD Prof. Dr. W. Z. Johannes, tukang parkir minta lima ribu padahal karcis cuma dua ribu, tolong ditertibkan",
    "[{wdate} {wt}] ~{dp}: pak ini sy yg td telp, nomor sy ganti jd {hp}, yg lama {hp2} hilang bersama dompet",
    "[{wdate} {wt}] Humas Pemkot Kupang: Rilis lengkap bisa diminta via {off} atau IG {hdl}. Terima kasih.",
    "[{wdate} {wt}] {nm}: om admin, tolong balas di email sy {email} sj krn hp sering mati lampu",
    "[{wdate} {wt}] Bidan {dp_w}: Ibu2 hamil yg blm punya BPJS, bawa KK dan KTP ke Puskesmas Oepoi hari Jumat. Info lanjut {hot} (WA Puskesmas)",
    "{wdate} {wt} - {hpi}: <Pesan ini dihapus>\n{wdate} {wt2} - {hpi}: maaf salah kirim. mau lapor pungli di samsat, sy disuruh bayar 200rb diluar pajak",
    "[{wdate} {wt}] Grup Warga Oepura: PENGUMUMAN - tagihan sampah bulan ini Rp 15.000/rumah, bayar ke petugas yg bawa karcis bernomor. Yang tanpa karcis jangan dilayani",
    "[{wdate} {wt}] {nm}: sy {dp} istrinya {nm2_m}. suami sy kecelakaan kerja, BPJS Ketenagakerjaan no {bpjstk} tdk bisa klaim krn perusahaan nunggak",
    "Forwarded message:\n> Dari: {nm} <{email}>\n> Isi: Pak, pengaduan sy soal tanah di {al} belum dijawab BPN\n\nAdmin mohon diteruskan ke Kantor Pertanahan",
    "[{wdate} {wt}] +62 811-3811-{nkk}000 (Call Center Samsat): Bapak/Ibu dapat cek pajak kendaraan dengan ketik CEK spasi nomor polisi",
    "[{wdate} {wt}] {nm}: ini sy kirim ulang, tadi terpotong. HP sy {hpbr} ya pak",
    "[{wdate} {wt}] {nm}: kak minta email utk kirim berkas?\n[{wdate} {wt2}] Admin UPP: kirim ke {off} ya\n[{wdate} {wt3}] {nm}: sdh kak, dari {email}",
    "[{wdate} {wt}] {dp}: ini email sy {EMAIL} (huruf kecil semua ya pak)",
    "{wdate} {wt} - {hpi}: maaf pak, email istri sy {email2}, nama {nm2_w}. dia yg urus akta anak",
    "[{wdate} {wt}] Admin Posyandu: Laporan timbang bulan ini kirim ke {off} paling lambat tgl 5. Format excel. Trims",
    "[{wdate} {wt}] Koperasi Sehati: Angsuran bulan ini 2 kali @ Rp 250.000. Bukti transfer kirim ke ksp.sehatibersama@yahoo.co.id atau WA kantor {hot}",
]

WEB_FORM = [
    "Nama : {nm}\nNIK/KTP : {nik}\nNo. HP/WA : {hp}\nAlamat : {alr}, Kel. {kel}\nIsi Laporan : Pencetakan KTP-el di kecamatan lambat, sudah 3 bulan belum jadi.",
    "NAMA LENGKAP: {NM}\nNO KTP: {niks}\nNO KK: {kk}\nALAMAT: {rt} KEL. {kel} KEC. MAULAFA\nTELP: {hp}\nEMAIL: {email}\nKELUHAN: bansos PKH tidak cair sejak {bulan}",
    'nama,nik,hp,email,kelurahan,keluhan\n{nm},{nik},{hpa},{email},{kel},"jalan rusak depan rumah, lubang 1 meter"',
    "| Nama | {nm} |\n| NIK | {nikd} |\n| HP | {hp} |\n| Alamat | {al} |\n| Kategori | Air Bersih |\n| Lokasi | {jln} |",
    "Nama : (dirahasiakan)\nNIK : -\nNo. HP : -\nKategori : Infrastruktur\nLokasi : Jl. W.J. Lalamentik depan RSUD\nUraian : Trotoar rusak, ubin lepas. Tiket lama {tiket}.",
    "Data Pelapor\n- Nama: {nm_w}\n- Tgl lahir: {tgl}\n- NIK: {nik}\n- NPWP: {npwp}\n- No. Rekening Bank NTT: {reknt}\n- Keluhan: restitusi pajak belum dikembalikan",
    "Kategori: Perizinan\nNomor permohonan: {srt}\nKode billing: {bill}\nNominal: {rp}\nStatus: menunggu verifikasi sejak {tgl}\nPertanyaan: apakah bisa dipercepat?",
    "Nama pelapor: {nm}; NIK: {nik}; HP: {hp}; email: {EMAIL}; Alamat: {alr}; Pengaduan: pungli di Pelabuhan Tenau.",
    "Nama\t{nm}\nNIK\t{nik}\nNPWP\t{npwpn}\nBPJS\t{bpjs}\nWA\t{hpi}\nIsi\tKartu BPJS tidak aktif padahal iuran dipotong dari gaji.",
    "Jenis layanan: Pengaduan PDAM\nNo. Sambungan: {sambung}\nID Pelanggan PLN (pembanding): {idpel}\nPeriode: {bulan}\nTagihan: {rp}\nKeterangan: tagihan air naik 3x lipat, meteran tidak berputar.",
    "IDENTITAS PELAPOR\nNama/Alias   : {nm} ({dpl})\nNo. Identitas: {nik}\nKontak       : {hp} / {email}\nDomisili     : {al}, {kel}\n\nIDENTITAS TERLAPOR\nNama    : {nm2}\nJabatan : staf kelurahan",
    "Form Aspirasi\nAsal: Forum Warga Peduli Kota\nKontak: {off}\nTelp sekretariat: {ktr}\nIsi: usul taman kota di bekas terminal Kota Lama.",
    "nama: {nml}\nnik: {nik}\nhp: {hp}\nalamat: {alr}\nmasalah: anak sy {dp2} tdk dapat kursi di sekolah zonasi padahal rumah dekat",
    "Nama pemilik kendaraan: {nm}\nNo. Polisi: {plat}\nNo. Rangka: MH1JF{digits}\nNIK: {nik}\nKeluhan: pajak kendaraan sudah dibayar online (kode bayar {kp}) tapi STNK belum disahkan.",
    "Pelapor memilih anonim.\nLokasi kejadian: Puskesmas Sikumana\nWaktu: {tgl} {jam}\nUraian: antrean BPJS hanya 30 nomor per hari, pasien lansia pulang tanpa dilayani.",
    "Nama Lengkap * {nm}\nNomor Induk Kependudukan * {nik}\nNomor Kartu Keluarga * {kk}\nNomor HP aktif * {hp}\nAlamat email (opsional) {email}",
    "Nama: {nm}, S.Pd. | NIP: {nip} | Email dinas: {emaild} | HP: {hp} | Keluhan: tunjangan sertifikasi belum cair triwulan III.",
    "Kategori: Kependudukan\nSub: Akta kelahiran\nNomor registrasi: {srt}\nNomor antrian online: {antri}\nEmail notifikasi: {nore}\nCatatan: email konfirmasi tidak pernah masuk.",
    "Pelapor: {nm}\nTelp rumah: {tel}\nHP: {hp}\nAlamat: {al}, {rt}\nPengaduan: tetangga memelihara babi di belakang rumah, limbah masuk sumur.",
    "Jenis: Saran\nNama: Komite Sekolah SDN Bakunase 2\nEmail: {off}\nIsi: mohon jadwal penyemprotan DBD diumumkan lewat sekolah. Biaya fogging swadaya Rp 25.000 per rumah, apakah resmi?",
    "Nama:{nm}|NIK:{nik}|KK:{kk}|HP:{hp}|Email:{email}|Isi:data KK belum diperbarui setelah anak lahir",
    "NIK pelapor (wajib) : {nikx}\nNama sesuai KTP    : {NM}\nNo WA               : {hp}\nLaporan            : nomor NIK sy ditolak sistem krn 'tidak ditemukan'",
    "Kategori: Transportasi\nRute: Oesapa-Kota\nNomor lambung angkot: 07\nWaktu: {tgl}, {jam}\nIsi: sopir tarik tarif Rp 7.000 padahal tarif resmi Rp 5.000. Email balasan ke {nore} tidak bisa dibalas.",
    "Data yg bisa dihubungi:\n{nm} - {hp} - {email}\n{nm2} (suami) - {hp2}\nAlamat: {alr}",
    "Nama*: {nm}\nE-mail*: {EMAIL}\nKonfirmasi E-mail*: {EMAIL}\nNo. HP: {hp}\nJudul: Sertifikat tanah belum selesai 2 tahun",
    "pelapor={nml}&email={email}&hp={hpa}&kategori=kesehatan&isi=obat+habis+di+puskesmas",
    "Email terdaftar di akun LAPOR!: {email}\nEmail pemulihan: {email2}\nKeluhan: tidak bisa login, kode verifikasi dari {nore} tidak masuk",
    "Kategori: Lingkungan\nPelapor: Karang Taruna Liliba\nEmail: karangtaruna.liliba@gmail.com\nIsi: TPS liar di jalan masuk Liliba, 12 karung @ 25 kg sampah per hari.",
]

KUPANG_MALAY = [
    "Pak, beta mau lapor, di beta pung gang su tiga hari sonde ada air. Beta pung nama {dp}, tinggal di {rt} {kel}. Nomor beta {hp}",
    "Katong di Oesapa ni su bosan deng jalan rusak. Tiap hari oto jatuh di lubang. Kapan dong mau perbaiki?",
    "Om {dp_m} yang jual daging di pasar tu dong ambil retribusi dua kali. Beta {nm2} sonde mau bayar lai.",
    "Beta pung anak {dp} di SD sonde dapat KIP padahal katong su daftar. Nomor KK {kk}. Tolong dong cek.",
    "Sonde usah janji sa, nanti katong tunggu sampe musim hujan lai. Lampu jalan di Jl. Timor Raya mati samua. Terima kasih.",
    "Tanta {dp_w} dong pung rumah di {al} su rubuh kena angin kemarin, sampe sekarang sonde ada bantuan. Beta ponakan, HP {hp2}",
    "Beta mau tanya, beta pung email {email} kenapa sonde masuk kode OTP dari aplikasi? Su coba sampe lima kali.",
    "Katong minta air tangki 2 kali seminggu, ma dong datang cuma sekali. Satu tangki @ Rp 150 ribu, mahal skali.",
    "Ini beta {nm}, beta pung motor {plat} hilang di parkiran Pasar Kasih. Tukang parkir bilang sonde tau.",
    "Eee itu petugas PLN su datang cabut meter, padahal katong su bayar. ID pelanggan {idpel}, su bayar tanggal {tgl}.",
    "Beta pung bapa {nm_m} su meninggal tahun lalu ma nama masih di KK, NIK dia {nik}. Mau hapus dong bilang harus bayar.",
    "Mama {nm_w} di {rt} sakit, sonde bisa jalan. KIS dia {bpjs} mati karna telat bayar. Katong su bingung.",
    "Pung pelayanan di Dukcapil lambat skali, antri dari pagi sampe sore. Nomor antrian {antri}. Kapan dong mau bae?",
    "Nona {dp_w} yang kerja di kantor lurah tu bilang surat beta su jadi, ma waktu beta pi sonde ada. Beta {dp2}, nomor {hp2}",
    "Katong warga {rt} su lapor ke Pak RT soal anjing liar, ma sonde ada tindakan. Anak-anak takut pi sekolah.",
    "Nanti kalo su ada perbaikan, tolong kasih tau lewat IG {hdl}. Katong tunggu.",
    "Beta su kirim surat ke {off} ma sonde dibalas. Kalo mau hubungi beta, email sa ke {emailx}",
    "Kaka {dp} dong pung kios di {al} tiap malam dapat lempar batu. Polisi su tau, ma sonde ada yang datang.",
    "Pak, sonde ada guru di SMP Negeri 8 hari ini, anak-anak pulang jam 9. Kepala sekolah bilang samua pi rapat.",
    "Beta {nm}, rekening BRI beta {rekbri}, bantuan UMKM su dua bulan sonde masuk.",
    "Oma {dp_w} di Kolhua sonde terima BLT, padahal nama su ada di daftar. Nomor kartu KIS oma {bpjs}.",
    "Dong jual gas elpiji Rp 35 ribu satu tabung di pangkalan dekat Gereja Paulus, Jl. Thamrin No. 7. Harga resmi sonde sampe segitu.",
    "Nanti beta kirim foto lewat WA. Beta pung nomor {hp}, nama {dpl}.",
    "Katong mau bilang terima kasih ke petugas damkar yang datang capat pas kebakaran di Pasar Oeba. Mantap dong.",
    "Beta pung tetangga, keluarga {fam2}, buang sampah di kali. Su kasih tau, ma dong sonde dengar. Beta tinggal di {al}.",
    "Itu oto pickup {plat} tiap pagi angkut pasir lewat gang kecil, su rusak got samua. Sopirnya Om {dp2_m}.",
    "Bapa RT bilang katong harus bayar Rp 20 ribu untuk surat pengantar. Itu resmi ko sonde? Katong di Bakunase.",
    "Beta {dpl} dari Sikumana, beta pung KTP su hilang. Nomor NIK beta {nik}. Bisa urus ulang di mana?",
    "Dong kasih tau katong kalo mau lapor kirim ke email dinas, ma email {off} tu penuh terus, dapat balasan 'mailbox full'.",
    "Sonde ada yang peduli, air got di Jl. Kelinci Oebufu su meluap dari hari Minggu. Katong harap Pak Lurah datang lihat.",
    "Beta mau lapor beta pung suami {nm_m} pukul beta. Beta takut pulang. Beta di rumah mama di {alr}. HP {hp2}",
    "Katong di Naioni sonde ada sinyal, jadi sonde bisa lapor online. Tolong pasang tower. 2 jeriken air @ Rp 5 ribu.",
    "Beta su daftar online pake email beta pung ana {email2}, ana nama {dp2}. Dong bilang email sonde valid.",
    "Kalo mau balas, kirim ke beta pung email: {emailx}. Beta jarang buka WA.",
    "Katong su kirim email ke kantor lurah, kelurahan.oesapa@gmail.com, ma dong sonde balas. Kapan dong baca?",
]

OFFICIALS = [
    "Kami mau lapor Lurah {kel} Pak {dp_m} sering tidak di kantor saat jam kerja. Warga susah urus surat. Pelapor: {nm2}, HP {hp2}",
    "Kepala Dinas PUPR dan Pak Camat sudah janji perbaiki saluran di Jl. Amabi sebelum Natal, tapi sampai {tgl} belum ada. Wali Kota tolong tegur.",
    "Bidan {dp_w} di Pustu {kel} minta Rp 300.000 untuk persalinan padahal pakai KIS. No KIS saya {bpjs}. Saya {nm2}",
    "Kepala Puskesmas, dr. {nm}, menolak memberi rujukan ke RS Siloam. Anak saya {dp2} butuh operasi. Kontak saya {hp3}",
    "Oknum polisi Bripka {nm_m} dari Polsek Kelapa Lima menahan SIM saya tanpa surat tilang. Motor {plat}. Saya {nm2}.",
    "Pak Lurah Oebufu dan Ketua RT 09 RW 03 sudah turun ke lokasi, tapi drainase belum dikerjakan. Mohon Dinas PUPR menindaklanjuti tiket {tiket}.",
    "Guru kelas 5 SD Inpres Oepura 2, Ibu {nm_w}, S.Pd., memungut uang les Rp 150.000/bulan. Orang tua keberatan. Saya orang tua murid {dp2}.",
    "Camat Maulafa Bapak {nm_m}, S.Sos menjanjikan bantuan bedah rumah untuk keluarga {fam2} di {alr}, tapi dananya tidak pernah turun.",
    "Sekretaris Kelurahan tidak mau tanda tangan surat keterangan usaha tanpa 'uang rokok'. NIP pegawai itu kalau tidak salah {nip}. Mohon Inspektorat periksa.",
    "Petugas loket Dukcapil atas nama {nm} (nama di papan meja) membentak warga yang antre nomor {antri}.",
    "Kepala Sekolah SMPN 5 Kupang, Jl. Perintis Kemerdekaan No. 20, menahan ijazah siswa yang belum lunas Rp 1.200.000. Komite Sekolah diam saja.",
    "Serka {nm_m} dari Kodim menendang lapak pedagang di Pasar Oeba. Korban bernama Mama {nm2_w}, penjual sayur.",
    "Pdt. {nm} dari GMIT Jemaat Kota Baru menyampaikan atas nama jemaat: lampu jalan di Jl. Frans Seda mati total sejak {tgl}.",
    "Mohon Kadis Dukcapil Bpk. {nm_m} menegur stafnya yang meminta Rp 100.000 untuk percepatan KK.",
    "Bupati Kupang dan Wakil Bupati diminta melihat jembatan putus di Desa Oelnasi. Ketua BPD sudah menyurati kabupaten dengan nomor {srt}.",
    "Ketua RT 07, Bapak {nm_m}, memotong BLT warga Rp 50.000 per orang. Warga RT 07 takut melapor. Saya {dp2}, tinggal di {al2}.",
    "Mantri di Puskesmas Bakunase menyuruh pasien beli obat di apotek miliknya. Nomor dia {hp}, namanya {nm_m}.",
    "Petugas Satpol PP kasar saat menertibkan PKL di Pantai Lasiana. Kepala Satpol PP perlu membina anggotanya. Hotline Satpol PP {hot} tidak merespons.",
    "Dokter jaga IGD, dr. {nm}, Sp.A, sangat membantu anak saya malam itu. Terima kasih kepada RSUD Prof. Dr. W. Z. Johannes.",
    "Penyuluh pertanian {nm} tidak pernah datang ke kelompok tani kami di Desa Baumata. Email dinas beliau {emaild} juga tidak dibalas.",
    "Mohon perhatian Kapolresta Kupang Kota: balap liar tiap malam Minggu di Jl. Piet A. Tallo. Call center 110 tidak diangkat.",
    "Operator sekolah Sdr. {nm_m} diduga menjual data siswa. NISN anak saya {nisn} dipakai orang lain untuk daftar KIP.",
    "Kepala Desa Penfui Timur, Bapak {ini}, tidak transparan soal dana desa. Papan informasi APBDes tidak dipasang. Warga: {nm2}, {nm3}",
    "Lurah Naikoten I yang baru sangat responsif, masalah sampah selesai dalam 2 hari. Terima kasih Ibu Lurah dan Pak Sekcam.",
    "Kepala UPTD Pasar meminta setoran dari pedagang tanpa karcis. Pedagang yang menolak dipindah ke los belakang. Kami tidak berani menyebut nama.",
    "Suster {dp_w} di ruang Nifas mengambil foto pasien tanpa izin lalu memposting di FB. Saya suami pasien, {nm2_m}, HP {hp2}.",
    "Kasi Pemerintahan Kelurahan, Sdri. {nm_w}, bilang berkas hilang. Sudah 3 kali saya serahkan fotokopi KK {kk2}. Saya {nm2}.",
    "Kepala Sekolah menyuruh siswa membeli seragam di koperasi sekolah @ Rp 175.000 per stel. Harga di pasar Rp 110.000. Mohon Dinas Pendidikan cek.",
    "Brigpol {dp_m} di pos lantas Oebobo minta 'uang damai' Rp 200 ribu. Mobil saya {plat}. Saya punya rekaman.",
    "Ibu Kepala Puskesmas Oesapa (tidak tahu namanya) menutup pelayanan jam 12 siang. Pengumuman di pintu: hubungi {ktr}.",
    "Kepala Seksi Pelayanan, Ibu {nm_w}, memberi alamat email pribadinya {email} untuk kirim berkas, bukan email kantor. Apakah itu boleh?",
    "Guru BK, Bpk. {nm_m} ({emaild}), tidak menanggapi laporan perundungan anak saya {dp2}.",
    "Mohon Kepala Dinas Pendidikan membalas email dari Komite Sekolah ({off}). Sudah 3 minggu tanpa jawaban.",
]

LETTER = [
    'Kepada Yth.\nKepala Dinas Kependudukan dan Catatan Sipil Kota Kupang\ndi Tempat\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : {nm}\nNIK : {nik}\nAlamat : {alr}, Kel. {kel}\nNo. HP : {hp}\n\nmengajukan keberatan atas kesalahan penulisan nama anak saya pada akta kelahiran, tertulis "[[name:Yustin Ndoen]]" seharusnya "[[name:Yustina Ndun]]".\n\nHormat saya,\n\n{nm}',
    "From: {nm} <{email}>\nTo: {off}\nCc: {off2}\nSubject: Keluhan tagihan PDAM\nDate: {tgl}\n\nYth. Bapak/Ibu,\nTagihan air kami bulan ini {rp}, padahal tiga hari tidak mengalir.\n\nSalam,\n{dp}\n{hp}",
    "Nomor    : {srt}\nLampiran : 1 berkas\nPerihal  : Permohonan perbaikan jalan\n\nKepada Yth. Wali Kota Kupang\ndi Kupang\n\nDengan hormat, kami mohon perbaikan {jln} yang rusak sepanjang 300 meter.\n\nHormat kami,\nForum Warga Peduli Kota\nttd\nKetua",
    "---------- Forwarded message ---------\nDari: {nm} <{EMAIL}>\nTanggal: {tgl}\nSubjek: pengaduan guru\nKepada: {off}\n\nSaya ingin melaporkan perlakuan guru olahraga terhadap anak saya.\n\n-- \n{nm}\nOrang tua siswa",
    "Yth. Pimpinan Bank NTT Cabang Utama,\n\nSaya nasabah dengan rekening {reknt} a.n. {nm} merasa dirugikan karena saldo terpotong tanpa pemberitahuan.\n\nAtas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\nttd\n{nm}",
    "Balasan pengaduan {tiket}\n\nYth. Pelapor,\nPengaduan Saudara telah kami teruskan ke bidang terkait dan akan ditindaklanjuti dalam 5 hari kerja.\n\nHormat kami,\nUPP Dinas PUPR Kota Kupang\nEmail: {off} | Telp: {ktr}\n-- Pesan ini dikirim otomatis dari {nore} --",
    "Salam,\n\n{nm}\nStaf Bidang Pendataan, Bappeda Kota Kupang\n{emaild} | ext. 214\n\n----\nMohon maaf, saya menulis sebagai warga: lampu jalan di kompleks kami mati.",
    "Kepada Yth. Lurah {kel}\n\nBersama ini saya mohon dibuatkan surat keterangan tidak mampu untuk berobat.\nNama: {nm}\nNo. KK: {kk}\nNo. KIS: {bpjs}\n\nBila perlu konfirmasi, silakan balas ke {emailx} (mohon jangan ke email kantor saya).\n\nHormat saya,\n{nm}",
    "To: {off}\nCc: {email2}, {email3}\nSubject: Re: Sengketa batas tanah\n\nBapak/Ibu, kami keluarga {fam2} dan keluarga {fam3} memohon mediasi dari kelurahan.\n\nTerima kasih,\n{nm2}",
    "Dengan hormat,\n\nKami dari Kelompok Tani Sumber Makmur Desa Baumata melaporkan pupuk subsidi tidak sampai. Kuota 40 karung @ Rp 112.500.\n\nHormat kami,\nPengurus\nEmail: {off}",
    "Perihal: Keberatan atas SPPT PBB\nNOP: {nop}\n\nYth. Kepala Badan Pendapatan Daerah,\nNilai NJOP rumah saya naik dua kali lipat. Mohon peninjauan.\n\nHormat saya,\n\n({nm})\nNPWP: {npwp}",
    "-----Original Message-----\nFrom: {nore}\nSent: {tgl}\nTo: {email}\nSubject: Laporan Anda #{trx} telah ditutup\n\n> Mengapa ditutup? Masalahnya belum selesai.\n> - {dpl}",
    "Yth. Ombudsman RI Perwakilan NTT ({off}),\n\nSaya {nm}, pemilik usaha perorangan. NPWP pribadi saya {npwpn}. Izin usaha saya ditahan DPMPTSP tanpa alasan.\n\nTembusan:\n1. Wali Kota Kupang\n2. Inspektorat\n\nHormat saya,\n{nm}",
    "Dear Sir/Madam,\n\nI am writing on behalf of the Kupang Diving Club. We found rubbish at Lasiana beach at dawn and will meet at the harbour at 7. Contact us at {off}.\n\nBest regards,\nThe Committee",
    "Kupang, {tgl}\n\nKepada\nYth. Kepala SMA Negeri 3 Kupang\n\nDengan hormat,\nSaya orang tua dari {nm2}, kelas XI IPA 2, keberatan atas pungutan study tour Rp 2.750.000.\n\nHormat saya,\n\n\n{nm}\nHP/WA {hp}\nEmail {email}",
    "Subject: Permohonan data\nFrom: {email}\n\nSelamat siang, saya mahasiswa dan mohon data jumlah pengaduan 2026. Terima kasih.\n\nSalam hormat,\n{nm}\nMahasiswa FISIP Undana",
    "Surat Pembaca\n\nPelayanan di Samsat Kupang semakin baik, antrean pendek dan petugas ramah. Semoga dipertahankan.\n\n- Warga Oebobo",
    "Hormat kami,\n\nttd\n\n{nm}\nKetua RT 12 / RW 04\n\nttd\n\n{nm2}\nSekretaris\n\nCc: Lurah {kel}; Arsip",
    "Yth. Admin,\n\nMohon maaf, lampiran terlewat. Berikut saya kirim ulang KTP dan KK.\n\nNama : {nm}\nNIK : {niks}\nKK : {kk}\n\n(email ini dikirim dari iPhone)\n{email}",
    "Kepada Yth. Kepala Dinas Sosial\n\nKami pengurus Yayasan Kasih Bunda, NPWP badan {npwpb}, mohon penjelasan dana hibah yang belum cair. Balasan ke {off}.\n\nHormat kami,\nPengurus Yayasan",
    "Sent from my Galaxy\n\n-------- Pesan asli --------\nDari: <{email}>\nKe: <{off}>\nTanggal: {tgl}\nPerihal: Tidak ada balasan\n\nSaya sudah 3x kirim. Tolong.\n{nm}",
    "Kepada Yth. Kapolresta Kupang Kota\n\nSaya {nm}, melaporkan kehilangan sepeda motor {plat} di parkiran {jln}. Nomor rangka dan BPKB terlampir.\n\nHormat saya,\n{nm}\n{alr}\n{hp}",
    "Dengan hormat,\nCV Timor Jaya (NPWP {npwpb}) mengajukan keberatan atas pembatalan kontrak. Korespondensi: {off}.\n\nHormat kami,\nDirektur",
    "Salam sejahtera,\n\nKami mohon Dinas Kesehatan memperhatikan kekurangan obat di Pustu. Kontak: Ibu {nm_w} ({EMAIL}), Bendahara Posyandu; email posyandu {off}.\n\nHormat kami,\nKader Posyandu",
    'From: "{NM}" <{email}>\nTo: pengaduan@kupangkota.go.id\nCc: {email2}; {off}\nSubject: Fwd: Bantuan sosial\n\nTerlampir pesan dari adik saya {nm2}.\n\n--\n{nm}\nSent from Yahoo Mail',
    "Yth. Panitia PPDB,\n\nMohon balasan dikirim ke email anak saya, {nm2} <{email2}>, atau ke saya {email}.\n\nTerima kasih,\n{nm}\nOrang tua calon siswa",
    "Dengan hormat,\nBersama email ini saya, guru honorer SDN Oebufu, melaporkan honor belum dibayar 4 bulan.\n\nHormat saya,\n{nm}, S.Pd.\nEmail dinas: {emaild}\nEmail pribadi: {email}",
    "Reply-To: {email}\nFrom: Formulir Web <{nore}>\nSubject: [Pengaduan Baru] Kebisingan bengkel\n\nNama: {nm}\nPesan: Bengkel di sebelah rumah saya beroperasi sampai jam 2 pagi.",
    "On {tgl}, {nm} <{email}> wrote:\n> Selamat siang, status pengaduan saya bagaimana?\n\nYth. Bapak/Ibu, pengaduan sedang diverifikasi. Salam, Tim UPP ({off})",
    "From: Sekretariat DPRD <{off}>\nTo: {off2}\nCc: humas@kupangkota.go.id\nSubject: Undangan RDP pengaduan air bersih\n\nDengan hormat, rapat dengar pendapat {tgl} {jam}.\n\nHormat kami,\nSekretariat",
    "Yth. Redaksi,\nMohon dimuat: warga Kolhua mengeluhkan harga air tangki 5000 liter @ Rp 150.000. Kirim tanggapan ke {off}.\n\nSalam,\nForum RT/RW Kolhua",
]

SOCIAL = [
    "{hdl} tolong jalan di Jl. Kelinci Oebufu su 2 bulan digali tdk ditutup lagi. #KupangKotaKasih",
    "Komentar: Sy juga mengalami, KTP belum jadi 4 bulan. Yg urus namanya {nm} di loket 3",
    "Bagi yg mau lapor, email ke {off} atau DM {hdl}, jgn ke nomor pribadi petugas ya",
    "Anak sy {dp} ditolak daftar SMP krn zonasi, padahal rumah kami di {al}. {hdl} mohon penjelasan",
    "Dijual cepat: motor Vario plat {plat}, hub {hp} (pemilik langsung, bukan dealer)",
    "Yg bilang PDAM sudah normal, coba ke Oepura. 3 jerigen @ Rp 5.000 dari tangki swasta. Kapan selesainya ini",
    "Kak {dp_w} yg kerja di Dukcapil baik sekali, dibantu sampai selesai. Terima kasih kak!",
    "Info loker: kirim CV ke {off} paling lambat {tgl}. Bukan pungutan, hati2 calo.",
    "Ini nomor rekening penipu yg mengaku petugas bansos: BRI {rekbri} a.n. {nm}. Hati2!",
    "Mohon bantu share. Kehilangan dompet isi KTP a.n. {NM}, NIK {nik}, di sekitar Bundaran PU. Yg menemukan hub {hp}",
    "Reply to @lapor1708: sudah 3x lapor di kanal 1708, nomor tiket {tiket}, status masih 'diproses'.",
    "Ada email dari dukcapil.kupang.online@gmail.com katanya akun resmi Dukcapil, minta foto KTP. Itu resmi atau penipuan ya min?",
    "Our team will be at Lasiana beach at 7 am for the cleanup, bring gloves. Join us! #KupangBersih",
    "{nm} (akun @wargakupang{nkk}) menulis: lampu merah di perempatan El Tari mati, sudah 2 kali hampir tabrakan",
    "Thread: kenapa pengaduan di Kupang lambat? 1) tiket {tiket} sudah 40 hari 2) call center {hot} tdk aktif 3) email {off} penuh",
    "Tolong kontak sy di {email} kalau ada yg tahu cara urus balik nama sertifikat, sy {nm}",
    "Warga Liliba keluhkan bau TPA Alak. Video: {hdl}. Pemkot diminta respons cepat.",
    "Pengen protes ke Pemkot tapi takut. Sy ibu rumah tangga, nama {dp_w}, tinggal di {rt} Kel. {kel}. Air sdh sebulan tdk jalan",
    "Utk yg nanya: nomor WA resmi Dukcapil Kota Kupang {hot}, bukan nomor pribadi. Jam kerja 08.00-15.00",
    "Min {hdl}, sy kirim DM berisi NIK {nik} dan KK {kk}. Tolong hapus postingan komentar sy yg lama ya",
    "Harga cabai di Pasar Oeba naik: 1 kg @ Rp 80.000. Bawang @ Rp 45 ribu. Pedagang mengeluh sepi pembeli.",
    "Ini email sy {emailx}, tulis begitu supaya tdk dispam. Sy siap kasih bukti pungli di kantor kelurahan.",
    "Live IG {hdl} jam 19.00 bersama Kepala Dinas PUPR. Kirim pertanyaan via DM atau {off}",
    "@{kel}_bersatu mohon pak lurah cek drainase depan SD, sudah bau. Foto menyusul.",
    "Sy {nm}, penumpang bus DAMRI rute Bandara El Tari - Kota, dikenai tarif Rp 50 ribu tanpa tiket. Kontak {hp}",
    "Selamat pagi Kupang! Jangan lupa bayar pajak kendaraan sebelum jatuh tempo. Cek via SAMBARA atau hubungi Samsat {ktr}.",
    "Yg mau gabung relawan bersih pantai, daftar lewat email panitia {off} ya. Jangan kirim ke email pribadi sy {emailx}, nanti kelewat - {dp}",
    "DM sy di IG {hdl} tdk dibalas. Coba email langsung: {email}. Sy {nm}, korban banjir di {rt} {kel}",
    "Sy sdh email ke Walikota dari {email}, cc {email2}, belum ada respon. #KupangKotaKasih",
    "Update: CS Bank NTT bilang komplain via cs@bankntt.co.id atau call center 14012, bukan lewat DM. Tiket sy {tiket}",
    "Kanal resmi pengaduan hanya {off} dan SMS 1708. Abaikan email lain yg minta biaya admin Rp 350.000.",
]

UNICODE = [
    "Ｎａｍａ： {nmfw}\nＮＩＫ： {nikfw}\nＨＰ： {hpfw}\nＫｅｌｕｈａｎ： KTP belum jadi",
    "Sy {nmzw}, NIK {nikzw}, HP {hpnb}. Mohon bantu cek bansos.",
    "Tagihan Ｒｐ １．２５０．０００ untuk ID pelanggan {idpel}, jatuh tempo ２０ Nov. Bayar di loket PLN.",
    "email: {emfw} — tolong balas ke sini",
    "NIK\u3000{nik}\u3000Nama\u3000{nmid}\u3000Alamat\u3000{alnb}",
    "Kepada petugas, saya {nmsh}, nomor hp {hpzw}, mau lapor jalan berlubang di {jln}.",
    "Antrian\u00a0{antri}\u00a0dipanggil\u00a0jam\u00a010.00,\u00a0tapi\u00a0loket\u00a0tutup. Tiket\u00a0{tiket}.",
    "No.\u00a0KK:\u00a0{kk}\nKepala keluarga:\u00a0{nmnb}\nHP:\u00a0{hpnb}",
    "Call center PDAM ０３８０－８３３０２９ tidak aktif sejak pagi. Mohon diperbaiki.",
    "Nama saya {nmzw}, alamat {alnb}, {rt}. Kartu KIS {bpjs} ditolak.",
    "Ｓａｙａ {dp} dari Oesapa, ＨＰ {hpfw}. Lampu jalan mati.",
    "Kode\u200bbilling {bill} sudah dibayar Rp\u00a0350.000 tapi status belum lunas.",
    "Rekening BRI\u00a0{rekbri} a.n.\u00a0{nmnb} — dana belum masuk.",
    "Alamat email saya {email}\u200b, balas kesana ya.",
    "Plat\u00a0motor\u00a0{plat}, pemilik\u00a0{nmzw}. Ditahan tanpa surat.",
    "Humas:\u00a0{off}\u00a0|\u00a0Telp\u00a0{ktr}\u00a0|\u00a0Senin–Jumat 08.00–15.00",
    "ＮＰＷＰ： {npwp}\nＮａｍａ： {nmfw}",
    "Laporan\u3000#{trx}\u3000diterima\u3000{tgl}.\u3000Terima\u3000kasih\u3000atas\u3000partisipasi\u3000Anda.",
    "Tolong hubungi sy {nm} di {hpzw} atau {emfw}",
    "Rp１５０．０００ @ paket sembako, total ２０ paket. Dibagi di Kantor Lurah {kel} jam ０９．００.",
    "Ｅｍａｉｌ：{emfw}\nＷＡ：{hpfw}",
    "Email saya: {emzw} (maaf kalau ada spasi aneh, copas dari HP)",
    "Ｅｍａｉｌ ｐｅｎｇａｄｕａｎ：ｐｅｎｇａｄｕａｎ＠ｋｕｐａｎｇｋｏｔａ．ｇｏ．ｉｄ\nHotline: {hot}",
]

OCR_SCAN = [
    "FORMULIR PENGADUAN MASYARAKAT\nNarna Pelapor : {NM}\nN I K : {niko}\nNo. Telp/HP : {hpbr}\nA1amat : {alr}\n\nIsi pengaduan : Jalan di depan rurnah rusak berat.",
    "KOP SURAT\nPEMERINTAH KOTA KUPANG\nKELURAHAN OEBOBO\nJl. Sukun No. 12 Telp. {ktr}\n\nSURAT KETERANGAN\nNornor : {srt}\n\nYang bertanda tangan di bawah ini Lurah Oebobo menerangkan bahwa ...",
    "[hasil scan hal. 1/2]\nNama : {nm}\nTempat/Tgl Lahir : Kupang, {tgl}\nNIK : {niko}\nNo. KK : {kk}\nPekerjaan : Nelayan\n[hal. 2 tidak terbaca]",
    "KWITANSI\nNo. : {trx}\nTelah terima dari : Bendahara Dinas PUPR\nUang sejurnlah : {rp}\nUntuk pembayaran : Material 12 sak @ Rp 68.000\nKupang, {tgl}",
    "LEMBAR DISPOSISI\nAsal surat : Warga Kel. {kel}\nNo. Agenda : {srt}\nDiteruskan kepada : Kabid Cipta Karya\nCatatan : segera tindak lanjuti, tenggat {tgl}",
    "Nama Lengkap   {NM}\nNlK            {niko}\nNo HP          {hp}\nEmai1          {email}\nA1amat         {al}",
    "SURAT PERNYATAAN\nSaya yang bertanda tangan dibawah ini:\nNama : {nm}\nN.I.K. : {nik}\nAlamat : {alr}\nmenyatakan bahwa tanah tersebut bukan milik saya.\nKupang, {tgl}\nYang menyatakan,\n(materai 10000)\n{NM}",
    "DAFTAR HADIR RAPAT WARGA\nNo | Nama | Tanda Tangan\n1 | {nm} | ttd\n2 | {nm2} | ttd\n3 | {nm3} | ttd\nTempat: Aula Kelurahan {kel}",
    "STRUK PEMBAYARAN\nPDAM KOTA KUPANG\nNo. Sambungan : {sambung}\nPeriode : {bulan} 2026\nPemakaian : 18 m3\nTotal : {rp}\nRef : {trx}\nTerima kasih",
    "KARTU BPJS KESEHATAN\nNo. Kartu : {bpjss}\nNama : {NM}\nFaskes Tk. I : PUSKESMAS OEPOI\n[foto kartu buram, nomor dibaca ulang petugas]",
    "[OCR] hal 1\nKepada Yth. Walikota Kupang\nPerihal : Pengaduan pungutan liar\nDengan horrnat,\nKami warga yang bertanda tangan di bawah ini rnerasa keberatan ...\n(tanda tangan 14 warga terlampir)",
    "FORMULIR PERMOHONAN KTP-EL\nNama : {nm_w}\nJenis Kelamin : Perempuan\nNIK : {nik}\nNo. HP : {hp}\nEmail : {EMAIL}\nAlamat : {al}\nRT/RW : {rt}",
    "BERITA ACARA\nPada hari ini telah dilakukan pemeriksaan lokasi pengaduan nomor {tiket} di {jln}.\nHasil: saluran tersumbat sampah.\nPetugas: Tim UPT Drainase\nMengetahui, Lurah",
    "SURAT KUASA\nYang bertanda tangan di bawah ini:\nNama : {nm}\nNIK : {nik}\nMemberi kuasa kepada:\nNama : {nm2}\nNIK : {nik2}\nHP : {hp2}\nuntuk mengambil KTP-el atas nama saya.",
    "LAPORAN KEHILANGAN\nNo. Pol : {plat}\nJenis : Sepeda motor\nPemilik : {NM}\nAlamat pemilik : {alr}\nHP : {hpbr}",
    "TANDA TERIMA BERKAS\nNo. Antrian : {antri}\nLayanan : Akta Kematian\nTanggal : {tgl}\nPetugas Loket : 3\nCek status di {off} atau ketik STATUS ke 1708",
    "Data dari foto KTP (buram):\nNIK : {niko}\nNama : {NM}\nTempat/Tgl.Lahir : SOE, {tgl}\nAlamat : {alr}\nKel/Desa : {kel}",
    "JADWAL PELAYANAN\nSenin-Kamis 08.00-15.00\nJumat 08.00-11.00\nPengaduan: 1708 / {hot}\nEmail: {off}\nNPWP Bendahara: {npwpb}",
    "REKENING TUJUAN\nBank : BNI\nNo. Rek : {rekbni}\nA/n : {nm}\nKeperluan : pengembalian uang jaminan sewa kios",
    "FORMULIR ASPIRASI MUSRENBANG\nKelurahan : {kel}\nUsulan : Pengerasan jalan lingkungan 200 m\nPerkiraan biaya : {rp}\nPengusul : LPM Kelurahan",
    "FORMULIR PENDAFTARAN\nNarna : {NM}\nE-mail : {email}\nNo HP : {hp}\n(tulisan tangan, dibaca oleh petugas)",
    "TANDA TERIMA\nDiterima dari: {nm}\nEmail: {email}\nBerkas: KK, KTP, Akta\nPetugas loket 2",
    "PENGUMUMAN\nPendaftaran beasiswa daerah dibuka s/d {tgl}.\nBerkas dikirim ke: beasiswa [at] kupangkota [dot] go [dot] id\nInfo: {ktr}",
]

STYLES = {
    "sms_caps": (SMS_CAPS, 2),
    "whatsapp": (WHATSAPP, 2),
    "web_form": (WEB_FORM, 2),
    "kupang_malay": (KUPANG_MALAY, 2),
    "officials": (OFFICIALS, 2),
    "letter": (LETTER, 2),
    "social": (SOCIAL, 2),
    "unicode": (UNICODE, 2),
    "ocr_scan": (OCR_SCAN, 2),
}

MARK = re.compile(r"\[\[(\w+):(.+?)\]\]", re.DOTALL)


def strip_marks(marked_text: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked_text):
        before = marked_text[pos : m.start()]
        out.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(kind)
        spans.append({"kind": kind, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked_text[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(text)
    return text, spans


def render(template: str, upper: bool) -> str:
    fill = Fill(upper)
    fill["digits"] = digits(12)
    fill["off2"] = R.choice(OFFICE_MAIL)
    return template.format_map(fill)


def build() -> list[dict[str, object]]:
    records = []
    number = 0
    for style, (templates, default) in STYLES.items():
        for entry in templates:
            reps, template = entry if isinstance(entry, tuple) else (default, entry)
            for _ in range(reps):
                number += 1
                text, spans = strip_marks(render(template, style == "sms_caps"))
                for span in spans:
                    value = text[span["start"] : span["end"]]  # type: ignore[misc]
                    if value != value.strip():
                        raise ValueError(value)
                records.append(
                    {"id": f"b3-{number:04d}", "text": text, "spans": spans, "style": style}
                )
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.write(f"{len(records)} texts written to {OUT.name}\n")


if __name__ == "__main__":
    main()
