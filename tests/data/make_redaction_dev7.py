# ruff: noqa: E501, RUF001, PLR0911, PLR0912
"""Write ``redaction_dev7.jsonl``: a development corpus of complaint texts with personal data labelled.

Four themes: ``ocr`` (scanned forms, KTP and KK photos, receipts, letters and screenshots as OCR
or a careless copy gives them), ``address`` (homes against public places and communities),
``numbers`` (identity, account and phone numbers in every writing against look-alikes) and
``names`` (people named in lists, chats, headers and signatures against words, places and offices
that look like names).

Templates carry inline labels ``[[kind:value]]`` and placeholders ``{KEY}``, ``{KEY2}``,
``{KEY:mode}``, ``{KEY.u}`` / ``{KEY.l}`` (upper / lower case). Upper-case keys are labelled
values, lower-case keys unlabelled look-alikes. Run ``python3 make_redaction_dev7.py``; the output
is the same on every run (seed 20261208).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261208
OUT = Path(__file__).with_name("redaction_dev7.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
R = random.Random(SEED)

GIVEN = [
    "Yohanes",
    "Maria",
    "Agustina",
    "Yanti",
    "Frans",
    "Dominggus",
    "Yakob",
    "Selfi",
    "Sofi",
    "Viktor",
    "Erni",
    "Leni",
    "Gracia",
    "Imanuel",
    "Kristofel",
    "Yuliana",
    "Melkianus",
    "Marthen",
    "Obed",
    "Ferdinand",
    "Dance",
    "Novi",
    "Ina",
    "Umbu",
    "Rambu",
    "Petrus",
    "Paulus",
    "Stefanus",
    "Yosef",
    "Benediktus",
    "Fransiska",
    "Theresia",
    "Wayan",
    "Made",
    "Ketut",
    "Sri",
    "Budi",
    "Slamet",
    "Joko",
    "Siti",
    "Rina",
    "Andi",
    "Baso",
    "Hasanuddin",
    "Sitti",
    "Hendra",
    "Susanti",
    "Liem",
    "Muhammad",
    "Abdullah",
    "Fatimah",
    "Ahmad",
    "Hasan",
    "Umar",
    "Aisyah",
    "Maria Goreti",
    "Yermias",
    "Aleksander",
    "Ronald",
    "Welem",
    "Sarlota",
    "Orpa",
    "Yunus",
    "Kornelis",
    "Hendrik",
    "Mersi",
    "Deby",
    "Oktovianus",
    "Arnoldus",
    "Elisabeth",
    "Veronika",
    "Yasinta",
    "Anselmus",
    "Mikael",
    "Lodia",
    "Adriana",
    "Semuel",
    "Rut",
    "Ester",
    "Nikodemus",
    "Apriani",
    "Herman",
]
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
    "Da Costa",
    "Ga Lena",
    "Lay Nalle",
    "Haba",
    "Bria",
    "Seran",
    "Kapitan",
    "Neonufa",
    "Nope",
    "Taneo",
    "Sinlae",
    "Lenggu",
    "Kana",
    "Dima",
    "Tede",
    "Wadu",
    "Radja",
    "Djawa",
    "Boling",
    "Wangge",
    "Lewar",
    "Hayon",
    "Kolin",
    "Nuban",
    "Sabneno",
    "Bili",
    "Hambandima",
    "Kareri",
    "Maro",
    "Lakapu",
    "Mautuka",
    "Malaikosa",
    "Santoso",
    "Wibowo",
    "Susilo",
    "Wijaya",
    "Halim",
    "Tanuwijaya",
    "Alkatiri",
    "Bahasuan",
    "Basalamah",
    "Daeng Matta",
    "Pandie",
    "Kiuk",
    "Ully",
    "Nitbani",
    "Sogen",
    "Riwu Rohi",
    "Bire",
    "Mbura",
    "Ludji",
    "Lapenangga",
    "Dethan",
    "Sjioen",
    "Foenay",
    "Selan",
    "Tuan",
]
NICK = [
    "Ecik",
    "Ance",
    "Ose",
    "Boy",
    "Popi",
    "Nyong",
    "Eto",
    "Ningsih",
    "Tole",
    "Ati",
    "Menci",
    "Ucu",
    "Odi",
    "Yanto",
]
STREETS = [
    "Nangka",
    "Kelinci",
    "Palapa",
    "Timor Raya",
    "Rote",
    "Kenari",
    "Amabi",
    "Sumba",
    "Flores",
    "Bakti",
    "Kartini",
    "Sam Ratulangi",
    "Perintis Kemerdekaan",
    "Bajawa",
    "Oepoi",
    "Tompello",
    "Kecapi",
    "Jambu",
    "Mangga",
    "Kuinbisi",
    "Nusantara",
    "Gunung Mutis",
    "Manafe",
    "Oekam",
    "Lontar",
    "Cendana",
    "Kayu Putih",
    "Bougenville",
    "Anggrek",
    "Herewila",
    "Alor",
    "Pulau Indah",
]
LANES = [
    "Kakatua",
    "Mawar",
    "Sepakat",
    "Melati",
    "Damai",
    "Rukun",
    "Nuri",
    "Merpati",
    "Kasih",
    "Harapan",
    "Anggrek",
    "Cemara",
    "Jati",
]
KEL = [
    "Oebufu",
    "Oebobo",
    "Fatululi",
    "Kayu Putih",
    "Tuak Daun Merah",
    "Liliba",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Penfui",
    "Naikoten I",
    "Fontein",
    "Nunbaun Sabu",
    "Sikumana",
    "Bello",
    "Kolhua",
    "Naimata",
    "Maulafa",
    "Oepura",
    "Alak",
    "Namosain",
    "Fatufeto",
    "Airnona",
    "Bakunase",
    "Kuanino",
    "Oetete",
    "Naikolan",
    "Manutapen",
    "Nefonaek",
    "Pasir Panjang",
]
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
OFFICES = [
    "Dukcapil Kota Kupang",
    "Dinas PUPR",
    "PDAM Tirta Lontar",
    "BPJS Kesehatan Cabang Kupang",
    "Kantor Lurah Oebufu",
    "Dinas Kesehatan",
    "Dinas Sosial",
    "Samsat Kupang",
    "PLN UP3 Kupang",
    "Kantor Camat Maulafa",
    "Bapenda Kota Kupang",
    "Disnaker Kota Kupang",
]
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
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def digits(n: int, first: str = "") -> str:
    return first + "".join(str(R.randint(0, 9)) for _ in range(n - len(first)))


def groups(d: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def ol(d: str) -> str:
    """Letters typed for digits: O for 0, l or I for 1, S for 5, B for 8 (at least one)."""
    subs = {"0": "O", "1": "l", "5": "S", "8": "B"}
    idx = [i for i, c in enumerate(d) if c in subs and 0 < i < len(d) - 1]
    if not idx:
        return d
    pick = set(R.sample(idx, k=min(len(idx), R.randint(1, 3))))
    return "".join(subs[c] if i in pick else c for i, c in enumerate(d))


def stray(d: str) -> str:
    """One or two spaces dropped in at random places."""
    cuts = sorted(R.sample(range(2, len(d) - 2), k=R.randint(1, 2)))
    out, last = [], 0
    for c in cuts:
        out.append(d[last:c])
        last = c
    out.append(d[last:])
    return " ".join(out)


def nik_digits() -> str:
    reg = R.choice(
        [
            "537101",
            "537102",
            "537103",
            "537104",
            "537105",
            "537106",
            "530104",
            "530112",
            "530203",
            "530611",
            "531001",
            "530907",
        ]
    )
    day = R.randint(1, 28) + (40 if R.random() < 0.5 else 0)
    yy = R.choice(list(range(55, 100)) + list(range(12)))
    return f"{reg}{day:02d}{R.randint(1, 12):02d}{yy:02d}{R.randint(1, 40):04d}"


def kk_digits() -> str:
    reg = R.choice(["537101", "537102", "537103", "537104", "537105", "537106", "530104"])
    return f"{reg}{R.randint(1, 28):02d}{R.randint(1, 12):02d}{R.randint(5, 24):02d}{R.randint(1, 9999):04d}"


def write16(d: str, mode: str) -> str:
    if mode == "any":
        mode = R.choice(["b", "b", "g", "d", "g"])
    if mode == "b":
        return d
    if mode == "g":
        return groups(d, [4, 4, 4, 4], " ")
    if mode == "d":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    if mode == "dash":
        return groups(d, [4, 4, 4, 4], "-")
    if mode == "ol":
        return ol(d)
    if mode == "15":
        i = R.randint(6, 14)
        return d[:i] + d[i + 1 :]
    if mode == "17":
        i = R.randint(6, 14)
        return d[:i] + str(R.randint(0, 9)) + d[i:]
    if mode == "fw":
        return R.choice([d, groups(d, [4, 4, 4, 4], " ")]).translate(FW)
    if mode == "nl":
        g = groups(d, [4, 4, 4, 4], " ")
        return R.choice([d[:8] + "\n" + d[8:], g[:9] + "\n" + g[10:], d[:10] + "\n" + d[10:]])
    if mode == "sp":
        return stray(d)
    if mode == "nb":
        return groups(d, [4, 4, 4, 4], "\u00a0")
    if mode == "zw":
        return groups(d, [4, 4, 4, 4], "\u200b")
    raise ValueError(mode)


def mobile_digits() -> str:
    return R.choice(
        [
            "0812",
            "0813",
            "0821",
            "0822",
            "0823",
            "0852",
            "0853",
            "0811",
            "0815",
            "0817",
            "0818",
            "0819",
            "0877",
            "0878",
            "0857",
            "0895",
        ]
    ) + digits(R.choice([7, 8, 8, 8]))


def phone(mode: str) -> str:
    d = mobile_digits()
    if mode == "any":
        mode = R.choice(["b", "dash", "sp", "dot", "p62", "p62d", "62", "62s", "b", "sp"])
    rest = d[1:]
    if mode == "b":
        return d
    if mode == "dash":
        return groups(d, [4, 4, 4], "-")
    if mode == "sp":
        return groups(d, [4, 4, 4], " ")
    if mode == "dot":
        return groups(d, [4, 4, 4], ".")
    if mode == "p62":
        return "+62" + rest
    if mode == "p62d":
        return "+62 " + groups(rest, [3, 4, 4], "-")
    if mode == "62":
        return "62" + rest
    if mode == "62s":
        return "62 " + groups(rest, [3, 4, 4], " ")
    if mode == "ol":
        return R.choice(["O", "0"]) + ol(d[1:]) if R.random() < 0.5 else "O" + d[1:]
    if mode == "fw":
        return groups(d, [4, 4, 4], R.choice(["", " ", "-"])).translate(FW)
    if mode == "nl":
        g = groups(d, [4, 4, 4], " ")
        return g[:9] + "\n" + g[10:]
    if mode == "nb":
        return groups(d, [4, 4, 4], "\u00a0")
    raise ValueError(mode)


def landline(mode: str) -> str:
    d = "8" + digits(5)
    if mode == "any":
        mode = R.choice(["a", "b", "c", "d"])
    return {
        "a": f"0380 {d}",
        "b": f"(0380) {d[:4]} {d[4:]}",
        "c": f"0380-{d}",
        "d": f"(0380) {d[:3]} {d[3:]}",
    }[mode]


def npwp(mode: str) -> str:
    if mode == "16":
        return nik_digits()
    d = digits(15, R.choice(["24", "35", "47", "58", "69", "81", "92"]))
    if mode == "b":
        return d
    s = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    if mode == "ol":
        return s.replace("0", "O", 1) if "0" in s else s.replace("1", "l", 1)
    return s


def bpjs(mode: str) -> str:
    d = "000" + digits(10)
    if mode == "any":
        mode = R.choice(["b", "b", "g", "sp"])
    if mode == "b":
        return d
    if mode == "g":
        return groups(d, [4, 4, 5], " ")
    if mode == "sp":
        return groups(d, [3, 5, 5], " ")
    if mode == "ol":
        return "OOO" + d[3:] if R.random() < 0.5 else ol(d)
    if mode == "nl":
        return d[:7] + "\n" + d[7:]
    if mode == "fw":
        return d.translate(FW)
    raise ValueError(mode)


def account(mode: str) -> str:
    if mode == "any":
        mode = R.choice(["bri", "bni", "mandiri", "bca", "ntt"])
    if mode == "bri":
        d = digits(15)
        return R.choice(
            [
                f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                d,
                f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:14]} {d[14]}",
            ]
        )
    if mode == "bni":
        d = digits(10, R.choice(["0", "1", "08"]))
        return R.choice([d, groups(d, [3, 3, 4], "-"), groups(d, [3, 3, 4], " ")])
    if mode == "mandiri":
        d = digits(13, "1")
        return R.choice([d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}"])
    if mode == "bca":
        d = digits(10)
        return R.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])
    if mode == "ntt":
        d = digits(14, "0")
        return R.choice([f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}", d])
    if mode == "ol":
        return ol(digits(R.choice([10, 13, 15])))
    raise ValueError(mode)


def plate(mode: str) -> str:
    area = R.choice(["DH", "DH", "DH", "EB", "ED", "DH"])
    num = str(R.randint(1, 9999))
    suf = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.choice([1, 2, 2, 3])))
    if mode == "any":
        mode = R.choice(["s", "s", "t", "l"])
    if mode == "s":
        return f"{area} {num} {suf}"
    if mode == "t":
        return f"{area}{num}{suf}"
    return f"{area} {num} {suf}".lower()


def rt_pair(mode: str) -> str:
    rt, rw = R.randint(1, 40), R.randint(1, 12)
    if mode == "any":
        mode = R.choice(["a", "b", "c", "d", "e", "f", "g", "h", "i"])
    return {
        "a": f"RT {rt:02d}/RW {rw:02d}",
        "b": f"RT.{rt:03d}/RW.{rw:03d}",
        "c": f"rt {rt} rw {rw}",
        "d": f"RT {rt:02d} / RW {rw:02d}",
        "e": f"Rt.{rt} Rw.{rw}",
        "f": f"RT {rt:03d} RW {rw:03d}",
        "g": f"RT{rt}/RW{rw}",
        "h": f"RT {rt} RW {rw}",
        "i": f"RT {rt:03d}/RW {rw:03d}",
        "rt": f"RT {rt:02d}",
        "rtl": f"rt {rt}",
        "ktp": f"RT/RW : {rt:03d}/{rw:03d}",
        "ktp2": f"RT/RW:{rt:03d}/{rw:03d}",
        "ktp3": f"RT/RW {rt:03d} / {rw:03d}",
    }[mode]


def house_no() -> str:
    n = str(R.randint(1, 140))
    return n + R.choice(["", "", "", "", "A", "B"])


def home(mode: str) -> str:
    """A street or lane with a house number."""
    if mode == "any":
        mode = R.choice(["jl", "jl", "jln", "jalan", "gg", "lr", "jlgg", "jlno"])
    st, ln, no = R.choice(STREETS), R.choice(LANES), house_no()
    if mode == "jl":
        return f"Jl. {st} No. {no}"
    if mode == "jlno":
        return f"Jl. {st} No.{no}"
    if mode == "jln":
        return f"Jln {st} no {no}"
    if mode == "jalan":
        return f"Jalan {st} nomor {no}"
    if mode == "gg":
        return f"Gg. {ln} No. {no}"
    if mode == "lr":
        return f"Lr. {ln} No. {no}"
    if mode == "jlgg":
        return f"Jl. {st} Gg. {R.randint(1, 9)} No. {no}"
    if mode == "ktp":
        return R.choice(
            [
                f"JL. {st.upper()} NO. {no}",
                f"JL. {st.upper()} NO.{no}",
                f"GG. {ln.upper()} NO. {no}",
            ]
        )
    if mode == "rt":
        return f"{home('any')}, {rt_pair('any')}"
    if mode == "ggrt":
        return f"{home('gg')} {rt_pair('a')}"
    if mode == "jalanrt":
        return f"{home('jalan')} {rt_pair('d')}"
    if mode == "ktprt":
        return f"{home('ktp')} {rt_pair('i')}"
    if mode == "rtsp":
        return f"{home('any')} {rt_pair('a')}"
    raise ValueError(mode)


def date() -> str:
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.choice([2024, 2025, 2026])
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}"])


def dob() -> str:
    return f"{R.randint(1, 28):02d}-{R.randint(1, 12):02d}-{R.randint(1955, 2012)}"


def rupiah() -> str:
    v = R.choice(
        [
            5000,
            15000,
            25000,
            50000,
            75000,
            150000,
            250000,
            350000,
            500000,
            1250000,
            1500000,
            2750000,
            12500000,
        ]
    )
    s = f"{v:,}".replace(",", ".")
    return R.choice([f"Rp {s}", f"Rp{s}", f"Rp. {s},-"])


def unlabelled(key: str, mode: str) -> str:
    if key == "date":
        return date()
    if key == "dob":
        return dob()
    if key == "time":
        return f"{R.randint(7, 22):02d}.{R.randint(0, 59):02d}"
    if key == "rp":
        return rupiah()
    if key == "tkt":
        return R.choice(
            [
                f"{digits(4)}-{digits(4)}-{digits(3)}",
                f"#LPR-2026-{digits(4)}-{digits(4)}",
                f"LAPOR-5371-2026-{digits(5)}",
            ]
        )
    if key == "va":
        return R.choice(
            [
                groups(digits(16, "8808"), [4, 4, 4, 4], " "),
                f"{digits(5)} {mobile_digits()}",
                digits(16, "7"),
                digits(16, "8"),
            ]
        )
    if key == "bill":
        return digits(15, "8202")
    if key == "idpel":
        return digits(12, "5312")
    if key == "meter":
        return digits(11, "14")
    if key == "token":
        return groups(digits(20), [4, 4, 4, 4, 4], R.choice([" ", "-"]))
    if key == "nosamb":
        return f"{R.randint(1, 9):02d}-{R.randint(1, 12):02d}-{digits(6)}"
    if key == "nip":
        y = R.randint(1965, 1995)
        d = f"{y}{R.randint(1, 12):02d}{R.randint(1, 28):02d}{y + R.randint(20, 28)}{R.randint(1, 12):02d}{R.randint(1, 2)}{R.randint(1, 20):03d}"
        return R.choice([d, f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"])
    if key == "nop":
        return f"53.71.0{R.randint(10, 60)}.00{R.randint(1, 9)}.0{R.randint(10, 99)}-{digits(4)}.0"
    if key == "trx":
        return f"2026{R.randint(1, 12):02d}{R.randint(1, 28):02d}{digits(8)}"
    if key == "inv":
        return R.choice(
            [f"INV/2026/{R.randint(1, 12):02d}/{digits(5)}", f"NO.{digits(8)}", f"TRX{digits(10)}"]
        )
    if key == "ref":
        return R.choice([digits(12), groups(digits(12), [4, 4, 4], " "), digits(16, "0")])
    if key == "surat":
        return R.choice(
            [
                f"{R.randint(100, 900)}/{R.randint(10, 999)}/{R.choice(['KEL', 'DKP', 'PUPR', 'INSP', 'SEK'])}/2026",
                f"503/PBG/2026/{digits(5)}",
                f"5371-LU-{R.randint(10, 28)}072026-{digits(4)}",
            ]
        )
    if key == "ktn":
        return digits(11, R.choice(["23", "24", "19"]))
    if key == "nisn":
        return digits(10, "00")
    if key == "sep":
        return f"0901R00{R.randint(1, 12):02d}{R.randint(20, 26)}V{digits(6)}"
    if key == "antri":
        return f"{R.choice('ABC')}-{R.randint(1, 120):03d}"
    if key == "p":
        return R.choice(
            [
                "(0380) 833 411",
                "0380-821 447",
                "(0380) 832 447",
                "0811-3811-5050",
                "0811 3822 1708",
                "0380 833029",
                "1500 400",
                "0813-3900-1122",
                "(0380) 8553 100",
            ]
        )
    if key in ("n", "rtn"):
        return str(R.randint(2, 40))
    if key == "rwn":
        return str(R.randint(1, 12))
    if key == "npwpb":
        d = digits(15, R.choice(["01", "02", "31", "70", "80"]))
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    if key == "kel":
        return R.choice(KEL)
    if key == "kec":
        return R.choice(KEC)
    if key == "st":
        return R.choice(STREETS)
    if key == "off":
        return R.choice(OFFICES)
    if key == "sek":
        return R.choice(
            [
                "SD Inpres Oepura 2",
                "SMPN 5 Kupang",
                "SMA Negeri 3 Kupang",
                "SD GMIT Oebobo",
                "SMK Negeri 2 Kupang",
                "SMPK St. Theresia",
            ]
        )
    raise KeyError(key)


LABELLED = {
    "NIK": "nik",
    "KK": "kk",
    "NPWP": "npwp",
    "BPJS": "bpjs",
    "REK": "bank_account",
    "P": "phone",
    "H": "phone",
    "PL": "plate",
    "A": "address",
    "RT": "address",
    "N": "name",
    "F": "name",
    "S": "name",
    "C": "name",
    "K": "name",
    "E": "email",
}
TOKEN = re.compile(r"\{([A-Za-z]+)(\d*)(?::([a-z0-9]+))?(?:\.([lu]))?\}")


def broken_name(v: str, mode: str) -> str:
    if mode == "nl" and " " in v:
        i = v.index(" ")
        return v[:i] + "\n" + v[i + 1 :]
    if mode in ("nl", "cut"):
        i = R.randint(2, len(v) - 2)
        while not (v[i - 1].isalpha() and v[i].isalpha()):
            i = R.randint(2, len(v) - 2)
        return v[:i] + ("\n" if mode == "nl" else " ") + v[i:]
    if mode == "ocr":
        subs = {"O": "0", "o": "0", "I": "1", "i": "1", "l": "1", "S": "5", "B": "8", "e": "c"}
        idx = [i for i, c in enumerate(v) if c in subs and 0 < i < len(v) - 1]
        pick = set(R.sample(idx, k=min(len(idx), R.randint(1, 2))))
        return "".join(subs[c] if i in pick else c for i, c in enumerate(v))
    return v


class Filler:
    def __init__(self) -> None:
        self.people: dict[int, tuple[str, str]] = {}
        self.cache: dict[str, str] = {}
        self.base: dict[str, str] = {}

    def person(self, i: int) -> tuple[str, str]:
        if i not in self.people:
            used = {g for g, _ in self.people.values()} | {f for _, f in self.people.values()}
            while True:
                g, f = R.choice(GIVEN), R.choice(FAMILY)
                if g not in used and f not in used:
                    break
            self.people[i] = (g, f)
        return self.people[i]

    def value(self, key: str, idx: int, mode: str) -> str:
        if key in ("N", "F", "S", "C"):
            g, f = self.person(idx)
            if key == "C":
                g = self.person(idx)[0]
                f = self.person(1)[1]
            v = {"N": f"{g} {f}", "F": g, "S": f, "C": f"{g} {f}"}[key]
            return broken_name(v, mode)
        if key == "E":
            g, f = self.person(idx)
            local = (
                R.choice(
                    [f"{g}.{f}", f"{f}{g}", f"{g}_{f}{R.randint(1, 99)}", f"{g}{R.randint(70, 99)}"]
                )
                .lower()
                .replace(" ", "")
            )
            return f"{local}@{R.choice(['gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com'])}"
        if key == "K":
            return self.base.setdefault(f"K{idx}", R.choice(NICK))
        if key == "NIK":
            d = self.base.setdefault(f"NIK{idx}", nik_digits())
            return write16(d, mode or "any")
        if key == "KK":
            d = self.base.setdefault(f"KK{idx}", kk_digits())
            return write16(d, mode or "any")
        if key == "NPWP":
            return npwp(mode or "dots")
        if key == "BPJS":
            return bpjs(mode or "any")
        if key == "REK":
            return account(mode or "any")
        if key == "P":
            return phone(mode or "any")
        if key == "H":
            return landline(mode or "any")
        if key == "PL":
            return plate(mode or "any")
        if key == "A":
            return home(mode or "any")
        if key == "RT":
            return rt_pair(mode or "any")
        raise KeyError(key)

    def fill(self, template: str) -> str:
        def sub(m: re.Match[str]) -> str:
            tok = m.group(0)
            if tok in self.cache and m.group(1) not in FRESH:
                return self.cache[tok]
            key, idx, mode, case = m.group(1), int(m.group(2) or 1), m.group(3) or "", m.group(4)
            v = self.value(key, idx, mode) if key in LABELLED else unlabelled(key, mode)
            if case == "u":
                v = v.upper()
            elif case == "l":
                v = v.lower()
            out = f"[[{LABELLED[key]}:{v}]]" if key in LABELLED else v
            self.cache[tok] = out
            return out

        return TOKEN.sub(sub, template)


FRESH = {"n", "rp", "time", "dob", "tkt", "antri", "ref"}
MARK = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.S)


def strip(marked: str, upper: bool) -> tuple[str, list[dict[str, object]]]:
    text, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(marked):
        before = marked[last : m.start()]
        before = before.upper() if upper else before
        text.append(before)
        pos += len(before)
        val = m.group(2).upper() if upper else m.group(2)
        spans.append({"kind": m.group(1), "start": pos, "end": pos + len(val), "value": val})
        text.append(val)
        pos += len(val)
        last = m.end()
    tail = marked[last:]
    text.append(tail.upper() if upper else tail)
    return "".join(text), spans


def check(text: str, spans: list[dict[str, object]]) -> None:
    for bad in ("[[", "]]", "{", "}"):
        assert bad not in text, text
    prev_end = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        start, end, kind, value = s["start"], s["end"], s["kind"], s["value"]
        assert kind in KINDS, kind
        assert end > start, s
        assert text[start:end] == value, (text, s)
        first_ok = value[0].isalnum() or (kind == "phone" and value[0] in "+(")
        assert first_ok, (value, text)
        assert value[-1].isalnum(), (value, text)
        assert start >= prev_end, ("overlap", text)
        prev_end = end


# Each template: (theme, style, text[, instances]). Instances default to 4 with a placeholder, 1 without.
T: list[tuple] = []


def t(theme: str, style: str, text: str, n: int | None = None) -> None:
    T.append((theme, style, text, n))


# ---------------------------------------------------------------- ocr
OC = "ocr"
t(
    OC,
    "ocr",
    """PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : {NIK:b}
Nama : {N.u}
Tempat/Tgl Lahir : KUPANG, {dob}
Jenis Kelamin : PEREMPUAN Gol. Darah : O
Alamat : {A:ktp}
{RT:ktp}
Kel/Desa : {kel.u}
Kecamatan : {kec.u}
Agama : KRISTEN
Status Perkawinan : KAWIN
Pekerjaan : WIRASWASTA
Kewarganegaraan : WNI
Berlaku Hingga : SEUMUR HIDUP""",
    5,
)
t(
    OC,
    "ocr",
    """PROVlNSl NUSA TENGGARA TlMUR
KABUPATEN KUPANG
NlK : {NIK:ol}
Nama : {N:ocr.u}
Tempat/Tgl Lahir : 0ELAMASI, {dob}
Alamat : JL. TlMOR RAYA
{RT:ktp2}
Kel/Desa : NAIBONAT
Kecamatan : KUPANG TlMUR""",
    4,
)
t(
    OC,
    "ocr",
    """NIK:{NIK:b}Nama:{N.u}Tempat/TglLahir:SOE,{dob}JenisKelamin:LAKI-LAKIAlamat:{A:ktp}{RT:ktp2}Kel/Desa:{kel.u}Kecamatan:{kec.u}""",
    4,
)
t(
    OC,
    "whatsapp",
    """ini sy copy dr foto ktp sy pak, biar admin cek
NIK : {NIK:nl}
Nama : {N.u}
Alamat : {A:ktp}
{RT:ktp3}
mohon dibantu aktivasi ulang""",
    4,
)
t(
    OC,
    "ocr",
    """KARTU KELUARGA
No. {KK:b}
Nama Kepala Keluarga : {N.u}
Alamat : {A:ktp}
{RT:ktp}
Desa/Kelurahan : {kel.u}
Kecamatan : {kec.u}
Kabupaten/Kota : KOTA KUPANG
No Nama Lengkap NIK Jenis Kelamin Tempat Lahir Tanggal Lahir
1 {N.u} {NIK:b} LAKI-LAKI KUPANG {dob}
2 {N2.u} {NIK2:b} PEREMPUAN SOE {dob}
3 {C3.u} {NIK3:b} PEREMPUAN KUPANG {dob}
4 {C4.u} {NIK4:b} LAKI-LAKI KUPANG {dob}""",
    5,
)
t(
    OC,
    "ocr",
    """KARTU KELUARGA No.{KK:ol}
| 1 | {N.u} | {NIK:b} | KEPALA KELUARGA |
| 2 | {N2.u} | {NIK2:b} | ISTRI |
| 3 | {C3.u} | {NIK3:b} | ANAK |
Dikeluarkan Tanggal : {date}
KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG""",
    4,
)
t(
    OC,
    "web_form",
    """Kolom Uraian: ini sa ketik ulang dari KK. No KK {KK:g} kepala keluarga {N.u} anak {C2.u} NIK {NIK2:g} blm masuk di KK padahal su lahir thn lalu""",
    4,
)
t(
    OC,
    "ocr",
    """STRUK PEMBAYARAN TAGIHAN AIR
PDAM TIRTA LONTAR KOTA KUPANG
TGL BAYAR : {date} {time}
NO REF : {ref}
ID PEL : {idpel}
NO SAMB : {nosamb}
PERIODE : {date}
TAGIHAN : {rp}
ADMIN : Rp 2.500
TOTAL : {rp}
SIMPAN STRUK INI SEBAGAI BUKTI PEMBAYARAN YANG SAH""",
    4,
)
t(
    OC,
    "ocr",
    """STRUK PEMBELIAN TOKEN PLN
No Meter :{meter}
IDPEL :{idpel}
Tarif/Daya : R1/1300 VA
Rp Bayar :{rp}
Stroom/Token :
{token}
Info Hub : 123""",
    4,
)
t(
    OC,
    "ocr",
    """TOKO SINAR ABADI
Jl. Soeharto No. 45 Kupang Telp. {p}
NPWP : 01.234.567.8-921.000
No. {inv}  {date}  {time}
SEMEN TIGA RODA 2 x {rp}
PAKU 5CM 1 x {rp}
TOTAL {rp}
TERIMA KASIH ATAS KUNJUNGAN ANDA""",
    3,
)
t(
    OC,
    "ocr",
    """Transfer Berhasil
{date} {time} WITA
No. Referensi {trx}
Dari
{N.u}
BRI {REK:bri}
Ke
{N2.u}
BNI {REK:bni}
Nominal {rp}
Berita: uang sewa kos""",
    4,
)
t(
    OC,
    "ocr",
    """Transfer Berhasil
{date} {time} WITA
No. Referensi {trx}
Ke
PDAM TIRTA LONTAR
Virtual Account {va}
Nominal {rp}
Biaya Admin Rp 0""",
    3,
)
t(
    OC,
    "ocr",
    """PEMERINTAH KOTA KUPANG
KECAMATAN {kec.u}
KELURAHAN {kel.u}
Jl. Frans Seda No. 5 Telp. {p}
Nomor : {surat}
Perihal : Undangan Musrenbang
Kepada Yth. Ketua RT 01 s/d RT 2{n}
di-
Tempat
Lurah {kel},
ttd
{N.u}
NIP. {nip}""",
    4,
)
t(
    OC,
    "ocr",
    """PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
Jl. Timor Raya Km. 5 Kupang Telp. {p}
Nomor : {surat}
Tanggal : {date}
Sehubungan dengan laporan masyarakat nomor {tkt} tentang jalan rusak di Jl. Kelinci, dengan ini kami sampaikan bahwa perbaikan dijadwalkan pada triwulan III.
a.n. KEPALA DINAS
Sekretaris
ttd
(cap dinas)""",
    3,
)
t(
    OC,
    "ocr",
    """SURAT KETERANGAN DOMISILI
Nomor : {surat}
Yang bertanda tangan di bawah ini Lurah {kel} menerangkan bahwa:
Nama : {N}
NIK : {NIK:d}
Alamat : {A:rt}
benar berdomisili di wilayah Kelurahan {kel}, Kecamatan {kec}.
Lurah {kel}
{N2}
NIP {nip}""",
    4,
)
t(
    OC,
    "ocr",
    """< Dukcapil Kota Kupang
online
Selamat pagi Bapak/Ibu, nomor antrian anda {antri}. Silakan datang {date} jam {time}.
{time} ✓✓
Baik terima kasih
{time} ✓✓
Untuk info lebih lanjut hubungi call center {p}""",
    3,
)
t(
    OC,
    "ocr",
    """SP4N-LAPOR!
Nomor Tiket: {tkt}
Status: Diproses
Instansi Tujuan: {off}
Tanggal Laporan: {date}
Kategori: Infrastruktur
Tindak lanjut: laporan telah diteruskan ke unit terkait.""",
    3,
)
t(
    OC,
    "ocr",
    """BPJS KESEHATAN
KARTU INDONESIA SEHAT
No. Kartu : {BPJS:g}
Nama : {N.u}
NIK : {NIK:b}
Tgl Lahir : {dob}
Faskes Tingkat I : PUSKESMAS OEBOBO
Kelas Rawat : III""",
    4,
)
t(
    OC,
    "ocr",
    """SURAT ELIGIBILITAS PESERTA
RSUD PROF. DR. W. Z. JOHANNES KUPANG
No. SEP : {sep}
Tgl SEP : {date}
No. Kartu : {BPJS:b}
Nama Peserta : {N.u}
No. RM : 0{n}1234
Poli Tujuan : PENYAKIT DALAM""",
    4,
)
t(
    OC,
    "ocr",
    """SURAT ELIGIBILITAS PESERTA
RS BHAYANGKARA DRS. TITUS ULY
No. SEP : {sep}
Tgl SEP : {date}
Jenis Rawat : Rawat Jalan
Poli Tujuan : ANAK
Catatan : rujukan dari Puskesmas Sikumana""",
    3,
)
t(
    OC,
    "ocr",
    """KWITANSI
No. : {inv}
Telah terima dari : PANITIA PEMBANGUNAN GEREJA GMIT PAULUS
Uang sejumlah : {rp}
Untuk pembayaran : sewa tenda dan kursi
Kupang, {date}
Penerima
(Tanda tangan dan cap UD Berkat Jaya)""",
    3,
)
t(
    OC,
    "ocr",
    """STNK
No. Registrasi : {PL:s}
Nama Pemilik : {N.u}
Alamat : {A:ktp} KEL. {kel.u} KOTA KUPANG
Merk/Type : HONDA/VARIO 125
Tahun Pembuatan : 2019
No. Rangka : MH1JM{n}1KK123456
No. Mesin : JM{n}E1234567""",
    4,
)
t(
    OC,
    "ocr",
    """SAMSAT KOTA KUPANG
NOTICE PAJAK KENDARAAN BERMOTOR
Kode Bayar : {bill}
Masa Berlaku : {date}
PKB Pokok : {rp}
SWDKLLJ : Rp 35.000
Jumlah : {rp}""",
    3,
)
t(
    OC,
    "whatsapp",
    """Pak ini hasil scan formulir sy, maaf agak kabur
NAMA LENGKAP: {N:cut.u}
NO. HP/WA: {P:sp}
NlK: {NIK:sp}
ALAMAT: {A:rt}
KEL. {kel.u}""",
    4,
)
t(
    OC,
    "ocr",
    """FORMULIR PERMOHONAN AKTA KELAHIRAN
Nama Anak : {C2.u}
Tempat/Tgl Lahir : KUPANG, {dob}
Nama Ayah : {N.u}
NIK Ayah : {NIK:b}
Nama Ibu : {N3.u}
NIK Ibu : {NIK3:b}
No. KK : {KK:b}
No. HP : {P:b}""",
    4,
)
t(
    OC,
    "ocr",
    """D A F T A R  H A D I R
Rapat Koordinasi Penanganan Pengaduan
Hari/Tanggal : {date}
Tempat : Aula Kantor Wali Kota Kupang
No  Instansi  Jabatan  Paraf
1  Dinas PUPR  Kabid Bina Marga  ....
2  PDAM Tirta Lontar  Kabag Hubungan Langganan  ....
3  Dukcapil  Sekretaris  ....
4  Inspektorat  Irban II  ....""",
    2,
)
t(
    OC,
    "ocr",
    """DAFTAR PENERIMA BANTUAN PANGAN
KEL. {kel.u} RT {n}
1. {N.u} NIK {NIK:b}
2. {N2.u} NIK {NIK2:b}
3. {N3.u} NIK {NIK3:b}
Petugas Pendamping: {N4.u}""",
    4,
)
t(
    OC,
    "ocr",
    """Tagihan Listrik Pascabayar
IDPEL {idpel}
Bulan/Tahun {date}
Stand Meter 004{n}12-004{n}98
Tagihan {rp}
Denda Rp 0
Lunas {date} {time}
Info: PLN Mobile / 123""",
    3,
)
t(
    OC,
    "ocr",
    """Kartu Tanda Penduduk (fotokopi dilegalisir)
N I K : {NIK:sp}
N a m a : {N:cut.u}
Alamat : {A:ktp}
Legalisir: Dukcapil Kota Kupang, {date}, NIP {nip}""",
    4,
)
t(
    OC,
    "ocr",
    """Pemberitahuan Pajak Terutang PBB-P2
NOP : {nop}
Letak Objek Pajak : JL. {st.u} KEL. {kel.u}
Luas Bumi : 3{n}0 m2
PBB Terutang : {rp}
Jatuh Tempo : {date}
Tempat Pembayaran : Bank NTT""",
    3,
)
t(
    OC,
    "ocr",
    """Bukti Setor / Validasi
Bank NTT Cabang Utama Kupang
No. Rek Tujuan : {REK:ntt}
Nama Rek : {N.u}
Jumlah : {rp}
Teller : 0{n}
Ref : {ref}""",
    4,
)
t(
    OC,
    "ocr",
    """BUKU TABUNGAN BRITAMA
NO. REKENING {REK:bri}
NAMA {N:nl.u}
ALAMAT {A:ktp}
KANTOR CABANG KUPANG""",
    4,
)
t(
    OC,
    "ocr",
    """SLIP SETORAN
Rek. Tujuan : Kas Daerah Kota Kupang
Kode Billing : {bill}
Jumlah : {rp}
Terbilang : satu juta lima ratus ribu rupiah
Tgl : {date}""",
    3,
)
t(
    OC,
    "ocr",
    """SERTIFIKAT VAKSINASI COVID-19
Nama : {N}
NIK : {NIK:b}
Tanggal Lahir : {dob}
Vaksin Dosis 2 : {date}
Fasyankes : Puskesmas Oepoi""",
    3,
)
t(
    OC,
    "ocr",
    """Jadwal Pelayanan Perekaman KTP-el Keliling
Kel. {kel}, {date}, jam 08.00-14.00 WITA
Kel. {kel}, {date}, jam 08.00-14.00 WITA
Syarat: fotokopi KK, surat pengantar RT/RW
Info: {p}""",
    3,
)
t(
    OC,
    "ocr",
    """Screenshot_2026-0{n}-12-09-41-22_WhatsApp.jpg
[{date} {time}] {N.l}: pak sy sdh kirim foto KK
[{date} {time}] {N.l}: no kk {KK:b}
[{date} {time}] Admin Dukcapil: baik bu, akan kami proses, estimasi 3 hari kerja""",
    4,
)
t(
    OC,
    "ocr",
    """INVOICE
No: {inv}
Tanggal: {date}
Kepada: CV Timor Jaya Konstruksi
NPWP: 02.345.678.9-921.000
Uraian: sewa alat berat 3 hari
Total: {rp}
Rekening pembayaran: a.n. CV Timor Jaya Konstruksi""",
    3,
)
t(
    OC,
    "ocr",
    """NO. TIKET : {tkt}
NO. ANTRIAN : {antri}
LAYANAN : PERUBAHAN DATA KK
LOKET : 3
TANGGAL : {date} {time}
Harap menunggu panggilan""",
    3,
)
t(
    OC,
    "ocr",
    """Nama Wajib Pajak: {N.u}
NPWP: {NPWP:dots}
Alamat: {A:ktprt}
KPP Pratama Kupang
Tahun Pajak 2025 Status: NIHIL""",
    4,
)
t(
    OC,
    "ocr",
    """SURAT PERNYATAAN
Saya yang bertanda tangan di bawah ini
Nama : {N}
NlK : {NIK:ol}
No. KK : {KK:ol}
Alamat : {A:rtsp}
menyatakan bahwa data tersebut benar.
Kupang, {date}
Yang menyatakan,
materai 10000
{N.u}""",
    4,
)
t(
    OC,
    "ocr",
    """Hasil pemindaian: halaman 2 dari 3
... tanggal {date} pukul {time} WITA bertempat di Kantor Kelurahan {kel} telah dilaksanakan mediasi
sengketa batas tanah antara keluarga {S} dan keluarga {S2}, disaksikan Ketua RT {n}.
Nomor berita acara {surat}""",
    3,
)
t(
    OC,
    "ocr",
    """Rekap Pengaduan Triwulan II
No Tiket Tanggal Kategori Status
{tkt} {date} Air Bersih Selesai
{tkt} {date} Jalan Rusak Diproses
{tkt} {date} Adminduk Selesai
Total 3 laporan""",
    3,
)

# ---------------------------------------------------------------- address
A = "address"
t(
    A,
    "sms_caps",
    "KOTKUPANG#{N}#AIR PDAM SUDAH 2 MINGGU TIDAK MENGALIR DI RUMAH SAYA {A:rt}, KEL. {kel}. MOHON DIBANTU",
    5,
)
t(A, "sms_caps", "KOTKUPANG#SAMPAH TIDAK DIANGKUT DI {RT:h} KEL {kel}. SY {F} WARGA SITU.", 4)
t(
    A,
    "sms_caps",
    "KOTKUPANG#LAMPU JALAN DI JL. {st} MATI SUDAH 1 BULAN, GELAP SEKALI MALAM HARI. TOLONG DINAS TERKAIT",
    3,
)
t(
    A,
    "sms_caps",
    "KOTKUPANG#WARGA RT {n} KEL {kel} MENGELUH JALAN BERLUBANG DEPAN SD INPRES. MOHON PERHATIAN PAK WALIKOTA",
    3,
)
t(
    A,
    "whatsapp",
    "sore pak, sy {F.l} dr {RT:c} kel {kel.l}, got depan rumah sy di {A:jln} tersumbat, kalo hujan air masuk rumah",
    5,
)
t(
    A,
    "whatsapp",
    "pak ini alamat lengkap sy ya: {A:rt} kel. {kel} kec. {kec}. tolong petugas datang cek meteran",
    5,
)
t(
    A,
    "whatsapp",
    "rumah saya cat hijau samping kios Mama {F2}, masuk lorong ke2 dr jalan besar {kel}. nanti telp sy {P} kalau su sampe",
    4,
)
t(
    A,
    "whatsapp",
    "pak petugas, rumah sy di blk gereja, pagar besi warna biru, ada pohon mangga depan. di Jl. {st} ko, tidak ada nomor rumah",
    3,
)
t(
    A,
    "kupang_malay",
    "Bapa dong, beta pung rumah di {A:ggrt} Kel. {kel}, su dua minggu air sonde jalan. Beta {N}.",
    5,
)
t(
    A,
    "kupang_malay",
    "Mama {F} yang tinggal di {RT:h} tu su sakit lama, sonde ada yang urus. Tolong dinsos datang lia",
    4,
)
t(
    A,
    "kupang_malay",
    "Jalan di Jl. {st} depan Pasar Oebobo su rusak parah, oto dong lewat susah. Kapan mau perbaiki?",
    3,
)
t(
    A,
    "kupang_malay",
    "Katong warga [[address:RT {rtn}]] su kumpul tanda tangan, minta lampu jalan di jalur masuk kompleks. Ketua RT {rtn} su antar surat ke kelurahan",
    3,
)
t(
    A,
    "kupang_malay",
    "Om {F} di {RT:rt} bilang dia pung anak sonde dapat bantuan PIP. Dia pung rumah dekat Gereja GMIT Kaisarea",
    4,
)
t(
    A,
    "web_form",
    """Nama Pelapor: {N}
Alamat: {A}
RT/RW: {RT:d}
Kelurahan: {kel}
Kecamatan: {kec}
No. HP: {P}
Isi Laporan: pipa PDAM bocor di depan rumah, air terbuang sejak {date}.""",
    5,
)
t(
    A,
    "web_form",
    """Nama: {N}
Alamat: {A:rt}, Kel. {kel}, Kec. {kec}, Kota Kupang
Uraian: Pembangunan drainase di Jl. {st} tidak selesai, material ditinggal di bahu jalan.""",
    5,
)
t(
    A,
    "web_form",
    """Lokasi kejadian: Jl. {st}, depan {sek}, Kel. {kel}
Uraian: trotoar amblas dan membahayakan anak sekolah.
Waktu: {date} {time}""",
    3,
)
t(
    A,
    "web_form",
    """Lokasi: Puskesmas {kel}, Jl. {st} No. {n}
Uraian: antrian pendaftaran lama, petugas loket datang jam 09.00. Mohon evaluasi.""",
    3,
)
t(
    A,
    "letter",
    """Kepada Yth.
Bapak Lurah {kel}
di Tempat

Dengan hormat,
Saya yang bertanda tangan di bawah ini, {N}, beralamat di {A:rt}, Kelurahan {kel}, Kecamatan {kec}, dengan ini mengajukan keberatan atas pembangunan menara telekomunikasi yang berjarak 5 meter dari rumah saya.

Hormat saya,
{N}""",
    5,
)
t(
    A,
    "letter",
    """Kepada Yth. Kepala Dinas PUPR Kota Kupang
Jl. Timor Raya No. 128, Kupang
Perihal: Permohonan perbaikan jalan

Kami warga [[address:RT {rtn} RW {rwn}]] Kelurahan {kel} memohon perbaikan jalan lingkungan sepanjang 300 meter di Jl. {st}. Jalan ini dilalui anak sekolah setiap hari.

Hormat kami,
Warga RT {rtn}""",
    3,
)
t(
    A,
    "letter",
    """KOP: KANTOR KELURAHAN {kel.u}
Jl. {st} No. {n}, Kupang, Telp. {p}

Undangan rapat warga RT {n} sampai RT {n} pada {date} pukul {time} WITA di aula kelurahan.
Sekretariat RT {n} RW {n}, Jl. Kenari No. 2""",
    3,
)
t(
    A,
    "email",
    """Subject: Keluhan tetangga membakar sampah

Selamat siang,
Tetangga saya di {A} setiap sore membakar sampah plastik, asapnya masuk ke rumah kami di {A2}. Anak saya {F2} sesak napas.
Mohon ditindaklanjuti.

Salam,
{N}
{RT:a}, Kel. {kel}""",
    5,
)
t(
    A,
    "email",
    """Subject: Jadwal kerja bakti

Yth. Bapak/Ibu Ketua RT se-Kelurahan {kel},
Kerja bakti massal dilaksanakan {date} mulai {time} WITA. Titik kumpul di Kantor Kelurahan, Jl. {st} No. {n}, dan di halaman SD GMIT {kel}.
Terima kasih.
Sekretariat Kelurahan {kel}""",
    3,
)
t(
    A,
    "social",
    "Pemkot tolong liat ini!!! jalan di Jl. {st} {kel} su kayak kolam ikan 😡 #KupangKotaKasih #jalanrusak",
    3,
)
t(
    A,
    "social",
    "Salam dari keluarga besar warga RT {n} RW {n} Kel. {kel}: selamat HUT Kota Kupang! Semoga pembangunan merata sampai ke lorong-lorong 🙏",
    3,
)
t(
    A,
    "social",
    "Dicari! Motor Vario hitam hilang di depan rumah kami {A:rtsp} semalam jam 2. Info hub {P} ({F})",
    4,
)
t(
    A,
    "social",
    "Info pemadaman listrik: {date} pukul 09.00-15.00 WITA wilayah Jl. {st}, Jl. {st2}, Kel. {kel}. Sumber: PLN UP3 Kupang",
    3,
)
t(
    A,
    "whatsapp",
    """*Forward*
Pengumuman: pembagian beras bansos utk warga RT {n} dan RT {n} di Posyandu Bunga Bakung, Jl. {st} No. {n}, hari {date} jam {time}. Bawa KK asli.""",
    3,
)
t(
    A,
    "whatsapp",
    "ibu {N.l} di {A:jlgg} minta surat pengantar, tp ketua rt {n} lg ke soe. bisa lewat sekretaris rt ka?",
    4,
)
t(
    A,
    "sms_caps",
    "KOTKUPANG#{N}#{A:rt} KEL {kel}#TANAH LONGSOR DI BELAKANG RUMAH SAYA, TEMBOK TETANGGA SUDAH RETAK",
    4,
)
t(
    A,
    "sms_caps",
    "KOTKUPANG#PENGADUAN: PASAR KASIH NAIKOTEN BECEK DAN BAU, SALURAN TERSUMBAT. DARI PEDAGANG",
    1,
)
t(
    A,
    "kupang_malay",
    "air PDAM mati di {RT} {kel} su 5 hari. katong beli air tangki {rp} satu tangki. kasi tolong ko",
    4,
)
t(
    A,
    "kupang_malay",
    "Beta mau lapor Bapa RT {F} pung rumah di {A:jlno} jadi tempat judi tiap malam. Beta takut kasi nama",
    4,
)
t(
    A,
    "web_form",
    """Identitas Pelapor
Nama: {N}
Tempat tinggal: {A:lr}
{RT:f}
Kel. {kel}
Uraian: tetangga pelihara babi di samping kamar tidur saya, bau sekali.""",
    4,
)
t(
    A,
    "web_form",
    """Uraian: Kantor Dukcapil di Jl. S. K. Lerik Kelapa Lima tutup jam 12 padahal jadwal sampai jam 15.00. Saya datang dari Oesapa dengan ojek.""",
    1,
)
t(
    A,
    "letter",
    """Kupang, {date}
Kepada Yth. Kepala Dinas Sosial Kota Kupang
Dengan hormat,
Bersama ini kami menyampaikan bahwa Sdr. {N2} yang tinggal di {A:rt} adalah warga lanjut usia yang hidup sendiri dan belum terdaftar sebagai penerima bantuan.
Ketua RT {n},
{N}""",
    4,
)
t(
    A,
    "letter",
    """Kepada Yth. Direktur PDAM Tirta Lontar
Jl. Timor Raya No. 139, Kupang
Dengan hormat, meteran air di rumah saya, {A:jalanrt}, sudah rusak sejak {date}. Nomor sambungan {nosamb}.
Hormat saya, {N}""",
    5,
)
t(
    A,
    "social",
    "Banjir lagi di Jl. {st} depan Toko Sinar Abadi, Jl. Soeharto No. 45 juga terendam. Got tersumbat sampah. @pemkotkupang",
    3,
)
t(
    A,
    "email",
    """Subject: Gangguan jaringan air di kompleks

Selamat pagi PDAM,
Warga di RT {n} sampai RT {n} Kel. {kel} tidak mendapat air sejak {date}. Mohon info jadwal distribusi.
Terima kasih,
Forum Warga Peduli {kel}""",
    3,
)
t(
    A,
    "whatsapp",
    "min, rumah sy di {A:gg} kel {kel.l}, blkg masjid al ikhlas. anjing liar ada 6 ekor, anak2 takut ke sekolah",
    4,
)
t(
    A,
    "sms_caps",
    "KOTKUPANG#SY {N} TINGGAL DI {RT:b} KEL {kel}. SUDAH 3 KALI URUS KTP BELUM JADI. TOLONG",
    4,
)
t(
    A,
    "social",
    "Rumah dinas guru di belakang SMPN 5 Kupang, Jl. Perintis Kemerdekaan, kosong bertahun2 dan jadi sarang nyamuk. Sayang aset daerah.",
    1,
)
t(
    A,
    "kupang_malay",
    "Om {F}, nanti Om datang ke beta pung rumah di {A:jl} ko, yang pagar putih. Beta tunggu di {RT:c} tu",
    4,
)
t(
    A,
    "letter",
    """Yth. Camat {kec}
Kami sampaikan bahwa Sekretariat RT {n} RW {n} di Jl. {st} No. {n} membutuhkan perbaikan atap. Ketua RT {n} RW {n} sudah mengajukan proposal.
Hormat kami,
Pengurus RT""",
    3,
)
t(
    A,
    "web_form",
    """Nama: {N}
Alamat: {A:rt}
Keterangan: saya minta pindah alamat di KTP dari {A2} ke alamat baru di atas.""",
    4,
)
t(
    A,
    "whatsapp",
    "ini lokasi sy pak: {A:jl}, masuk dr Jl. {st} ada warung Bu {F2} pas di tikungan. rmh no 2 dr warung",
    4,
)
t(
    A,
    "sms_caps",
    "KOTKUPANG#WARGA DI RT {n} BANYAK YG DEMAM BERDARAH. MOHON FOGGING SEGERA. KEL {kel}",
    3,
)

# ---------------------------------------------------------------- numbers
U = "numbers"
t(
    U,
    "sms_caps",
    "KOTKUPANG#{N}#NIK {NIK:b}#KTP EL SAYA HILANG, SUDAH LAPOR POLISI, MAU CETAK ULANG TAPI DIMINTA BAYAR",
    5,
)
t(U, "sms_caps", "KOTKUPANG#NIK {NIK:15}#DATA SAYA TIDAK MUNCUL DI SIKS-NG. NAMA {N}", 4)
t(
    U,
    "sms_caps",
    "KOTKUPANG#NIK SAYA {NIK:17} TERCATAT MENINGGAL DI DUKCAPIL PADAHAL MASIH HIDUP. {N}. HP {P:b}",
    4,
)
t(
    U,
    "sms_caps",
    "KOTKUPANG#TAGIHAN PDAM SAYA {rp} PADAHAL BIASA {rp}. ID PELANGGAN {idpel}. MOHON DICEK",
    4,
)
t(
    U,
    "sms_caps",
    "KOTKUPANG#SUDAH BAYAR PAJAK MOTOR KODE BAYAR {bill} TAPI STATUS BELUM LUNAS. TIKET {tkt}",
    4,
)
t(
    U,
    "whatsapp",
    "selamat pagi, sy mau tanya status KK sy, no KK {KK:g} atas nama kepala keluarga {N}. tks",
    5,
)
t(U, "whatsapp", "nik sy {NIK:ol} ko sy ketik pake huruf O td, maaf. nama {N.l}", 4)
t(U, "whatsapp", "NIK: {NIK:fw}\nNama: {N}\n(sy copy dari aplikasi, angkanya aneh begini)", 4)
t(
    U,
    "whatsapp",
    "pak ini NIK almarhum bapa sy {NIK:g}, nama {N2}, mau urus akta kematian. sy anaknya {F}, hp {P}",
    5,
)
t(
    U,
    "whatsapp",
    "NIK anak saya {F2}: {NIK2:b}\nNIK saya: {NIK:b}\nNo KK: {KK:b}\nmohon dicek kenapa anak sy belum masuk DTKS",
    5,
)
t(U, "whatsapp", "no hp sy {P:nl} (itu satu nomor ya pak)", 4)
t(U, "whatsapp", "nomor wa sy {P:ol} pak, tolong kabari kalau ktp sdh jadi", 4)
t(
    U,
    "whatsapp",
    "admin, sy sdh transfer ke VA {va} utk retribusi sampah tp blm masuk. bukti trf no ref {ref}",
    4,
)
t(
    U,
    "whatsapp",
    "call center PLN 123 tdk bisa dihubungi, WA center PDAM {p} jg tdk dibalas. tiket sy {tkt}",
    4,
)
t(
    U,
    "whatsapp",
    "pak, ini no meter sy {meter} sm ID pelanggan {idpel}, token sdh dibeli tp tdk masuk. kode token {token}",
    4,
)
t(
    U,
    "web_form",
    """Nama Lengkap: {N}
NIK: {NIK:g}
No. KK: {KK:g}
No. HP/WA: {P}
Email: -
Isi Pengaduan: kartu BPJS saya dinonaktifkan tanpa pemberitahuan. No. kartu BPJS {BPJS}.""",
    5,
)
t(
    U,
    "web_form",
    """Nama Lengkap: {N}
NIK: {NIK:d}
NPWP: {NPWP:dots}
No. Telp Rumah: {H}
Isi Pengaduan: pengembalian kelebihan pajak belum cair sejak {date}.""",
    5,
)
t(
    U,
    "web_form",
    """Nama: {N}
NPWP pribadi: {NPWP:16}
Uraian: sy usaha perorangan jual kue, NPWP pribadi sy ditolak saat daftar e-katalog.""",
    4,
)
t(
    U,
    "web_form",
    """Nama Usaha: CV Sinar Timor
NPWP Badan: {npwpb}
Uraian: pencairan termin proyek belum dibayar, kontrak nomor {surat}, nilai {rp}.""",
    3,
)
t(
    U,
    "web_form",
    """Nama: {N}
No. Rekening: {REK:bri} (BRI) a.n. {N}
Uraian: bantuan UMKM {rp} tidak masuk ke rekening saya, padahal nama ada di daftar penerima.""",
    5,
)
t(
    U,
    "web_form",
    """Nama: {N}
Bank: Bank NTT
No. Rek: {REK:ntt}
a.n.: {N}
Uraian: gaji honorer 3 bulan belum ditransfer.""",
    4,
)
t(
    U,
    "web_form",
    """Uraian: pembayaran retribusi melalui kode billing {bill} gagal, saldo terpotong {rp}. Nomor transaksi {trx}. Mohon pengembalian.""",
    4,
)
t(
    U,
    "web_form",
    """Uraian: saya peserta BPJS Ketenagakerjaan no KPJ {ktn}. Klaim JHT sudah 2 bulan belum cair. Kantor cabang bilang tunggu.""",
    4,
)
t(
    U,
    "kupang_malay",
    "Beta pung BPJS nomor {BPJS:sp} sonde bisa pake di puskesmas, dong bilang su mati. Beta {F}, HP {P}",
    5,
)
t(
    U,
    "kupang_malay",
    "Bapa, beta pung anak pung kartu KIS no kartu {BPJS2:b}, nama {C2}. Dia sakit ma dong tolak di rumah sakit",
    4,
)
t(
    U,
    "kupang_malay",
    "Dong kirim tagihan air {rp}, padahal beta pung meteran rusak. No sambungan {nosamb}. Beta su lapor ke hotline PDAM {p}",
    4,
)
t(
    U,
    "kupang_malay",
    "Beta su transfer ke rek. {REK:bni} a.n. {N2} ko dia janji urus sertifikat, ma sampe sekarang sonde ada kabar. Dia ju sonde angkat telepon di {P2}",
    5,
)
t(
    U,
    "letter",
    """Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Dengan hormat,
Saya {N}, NIK {NIK:g}, peserta JKN-KIS nomor {BPJS:g}, menyampaikan keberatan atas penonaktifan kepesertaan saya dan istri saya {N2} (no. kartu {BPJS2:b}).
Hormat saya,
{N}
HP {P}""",
    5,
)
t(
    U,
    "letter",
    """Kepada Yth. Kepala Samsat Kupang
Perihal: Permohonan blokir kendaraan
Saya {N} pemilik kendaraan nomor polisi {PL} memohon blokir STNK karena kendaraan telah dijual kepada {N2} pada {date}.
Hormat saya,
{N}""",
    5,
)
t(
    U,
    "letter",
    """Nomor : {surat}
Lampiran : 1 berkas
Perihal : Tindak lanjut pengaduan {tkt}

Menindaklanjuti pengaduan tanggal {date}, kami sampaikan bahwa tagihan dengan ID pelanggan {idpel} telah dikoreksi menjadi {rp}. Informasi lebih lanjut hubungi kantor kami di {p} pada jam kerja (Senin–Jumat 08.00–16.00).""",
    4,
)
t(
    U,
    "letter",
    """Surat Keterangan
Nomor: {surat}
Kepala Sekolah {sek} menerangkan bahwa siswa dengan NISN {nisn} benar terdaftar di sekolah kami.
Kepala Sekolah,
ttd
NIP. {nip}""",
    3,
)
t(
    U,
    "email",
    """Subject: Pengembalian dana tiket

Yth. Customer Service,
Saya {N} sudah membayar tiket kapal Kupang–Rote kode booking {inv} sebesar {rp} melalui VA {va}. Kapal batal berangkat. Mohon refund ke rekening Mandiri {REK:mandiri} a.n. {N}.
Terima kasih,
{N}
{P}""",
    5,
)
t(
    U,
    "email",
    """Subject: Konfirmasi pembayaran

Yth. Bapak/Ibu,
Pembayaran Anda dengan kode pembayaran {bill} sebesar {rp} telah kami terima pada {date} pukul {time} WITA. Nomor referensi: {ref}.
Salam,
Bapenda Kota Kupang
Telp. {p}""",
    4,
)
t(
    U,
    "email",
    """Subject: Data suami

Pak, ini data suami saya untuk klaim santunan:
Nama: {N2}
NIK: {NIK2:d}
No. KK: {KK:d}
BPJS: {BPJS:b}
No. Rek BCA: {REK:bca}
Terima kasih, {N}""",
    5,
)
t(
    U,
    "social",
    "Hati2 penipuan! Ada yg telp dari {P} ngaku petugas Dukcapil minta NIK dan foto KK. Dukcapil tdk pernah minta lewat telp. Call center resmi {p}",
    4,
)
t(
    U,
    "social",
    "Jangan percaya pesan minta transfer ke rek BRI {REK:bri} a.n. {N} ngaku panitia bansos. Itu penipu!",
    4,
)
t(
    U,
    "social",
    "Antrian Samsat pagi ini nomor {antri}, jam {time} baru dipanggil 20. Pelayanan lambat sekali 😤",
    3,
)
t(
    U,
    "social",
    "Pengumuman: pembayaran PBB tahun ini bisa lewat Bank NTT dan kantor pos. Cek NOP anda, contoh format {nop}. Jatuh tempo {date}.",
    3,
)
t(
    U,
    "whatsapp",
    "Motor sy {PL} ditilang di Jl. El Tari, STNK ditahan. Sy sdh bayar denda {rp} lwt BRIVA {va} tp STNK blm dikembalikan",
    5,
)
t(
    U,
    "whatsapp",
    "yg tabrak lari tadi plat {PL:t}, motor beat merah. sy korban, {F}, hp {P:dash}",
    4,
)
t(
    U,
    "whatsapp",
    "oto dinas plat merah {PL:s} parkir di trotoar depan Pasar Inpres tiap pagi, sopirnya sy tdk kenal",
    4,
)
t(
    U,
    "whatsapp",
    "nip pegawai yg pungli itu {nip}, sy liat di name tag. kejadian {date} jam {time} di loket 2",
    3,
)
t(
    U,
    "whatsapp",
    "nomor rek sy di BNI {REK:bni} pak, yg 08 di depan itu memang no rek bukan no hp. a.n. {N}",
    4,
)
t(U, "sms_caps", "KOTKUPANG#NO KK {KK:ol} A/N {N}. KK SAYA DOBEL DENGAN KELUARGA LAIN", 4)
t(
    U,
    "sms_caps",
    "KOTKUPANG#INFO: PEMBAYARAN DENDA TILANG MELALUI BRIVA. HUB CALL CENTER 110. SURAT {surat}",
    3,
)
t(
    U,
    "web_form",
    """Nama: {N}
NIK: {NIK:nb}
HP: {P:nb}
Uraian: bantuan sosial tunai tidak sampai. Nomor transaksi {trx}.""",
    4,
)
t(
    U,
    "web_form",
    """Nama: {N}
NIK: {NIK:zw}
Uraian: data di aplikasi SIAK tidak sesuai, tahun lahir salah. Nomor register {surat}.""",
    4,
)
t(
    U,
    "web_form",
    """Data pelapor
1. Nama: {N} / NIK {NIK:b} / HP {P:b}
2. Nama: {N2} / NIK {NIK2:b} / HP {P2:dash}
3. Nama: {N3} / NIK {NIK3:b}
Kami bertiga pedagang Pasar Oeba yang lapaknya dibongkar tanpa pemberitahuan.""",
    5,
)
t(
    U,
    "kupang_malay",
    "Sonde usah telpon ke 112 lai, dong sonde angkat. Beta su telpon ke hotline Damkar {p} ju sonde ada. Rumah tetangga su terbakar baru oto datang",
    3,
)
t(
    U,
    "kupang_malay",
    "Beta pung mama pung NPWP {NPWP:dots} dong pake buat daftar orang lain pung usaha. Mama {F2} su tua, sonde tau apa-apa",
    4,
)
t(
    U,
    "letter",
    """Yth. Kepala KPP Pratama Kupang
Dengan hormat,
Koperasi kami, KSP Tunas Harapan, NPWP {npwpb}, belum menerima bukti potong dari bendahara Dinas Koperasi (NPWP bendahara {npwpb}).
Ketua Koperasi""",
    3,
)
t(
    U,
    "email",
    """Subject: Pendaftaran nomor telepon

Rumah: {H:b}
HP: {P:p62d}
Kantor (jam kerja): {p}
Mohon hubungi saya di nomor rumah setelah jam 17.00.
{N}""",
    5,
)
t(
    U,
    "whatsapp",
    "tlg hubungi sy di {P:62s} atau telp rumah {H}. sy {F}, anak dari {N2} yg NIK-nya {NIK2:g}",
    4,
)
t(
    U,
    "social",
    "Mati lampu lagi di Oebobo jam {time}. Lapor ke 123 katanya gangguan penyulang. Nomor laporan {tkt}.",
    3,
)
t(
    U,
    "ocr",
    """Kode Pembayaran: {bill}
Nomor VA: {va}
Jumlah: {rp}
Batas Waktu: {date} {time}""",
    3,
)
t(
    U,
    "whatsapp",
    "Tlg bantu sy pak, NIK {NIK:15} ditolak sistem waktu daftar sekolah anak, kata operator NIK sy kurang 1 angka",
    4,
)
t(
    U,
    "email",
    """Subject: Permohonan informasi

Dengan hormat,
Mohon informasi dasar penetapan tagihan PBB dengan NOP {nop} atas nama orang tua saya.
Salam,
{N}
{P:p62}""",
    4,
)

# ---------------------------------------------------------------- names
M = "names"
t(
    M,
    "letter",
    """DAFTAR NAMA WARGA YANG BELUM MENERIMA BLT
1. {N} ({n})
2. {N2} ({n})
3. {N3} ({n})
4. {N4} ({n})
Kupang, {date}
Ketua RT {n},
{N5}""",
    5,
)
t(
    M,
    "web_form",
    """No | Nama | Umur | Keterangan
1 | {N.u} | {n} | lansia
2 | {N2.u} | {n} | disabilitas
3 | {N3.u} | {n} | janda""",
    4,
)
t(
    M,
    "whatsapp",
    """[{date} {time}] {N.l}: pak lurah, lampu jalan depan rmh sy mati
[{date} {time}] {N2.l}: betul, sdh seminggu
[{date} {time}] Admin Kelurahan: baik, kami teruskan ke dinas
[{date} {time}] {N.l}: makasih pak""",
    5,
)
t(
    M,
    "whatsapp",
    """[{time}] {F.l}: ibu {F2} ada di kantor ka?
[{time}] {F3.l}: ibu {F2} lg cuti, nanti hub pak {F4}
[{time}] {F.l}: ok""",
    4,
)
t(
    M,
    "whatsapp",
    """*Diteruskan*
Ibu {F} minta tolong, anaknya {F2} ({n} thn) hilang sejak kemarin sore di sekitar Pasar Kasih. Pakai baju merah. Hubungi Ibu {F} di {P}""",
    5,
)
t(
    M,
    "whatsapp",
    "Kami sampaikan terima kasih kepada Bapak Lurah {kel} atas bantuannya. Semoga damai dan sehat selalu 🙏",
    3,
)
t(
    M,
    "whatsapp",
    "Bunga pinjaman koperasi itu 10% per bulan, terlalu tinggi. Kasih tau warga jangan pinjam di situ.",
    1,
)
t(
    M,
    "kupang_malay",
    "Om {F} deng Tanta {F2} dong pung anak {K} tu su dua hari sonde pulang. Sapa yang liat, kasi tau ko",
    5,
)
t(
    M,
    "kupang_malay",
    "Beta sonde tau dia pung nama lengkap, dong panggil dia {K} sa. Dia yang jaga parkir di depan Bank NTT",
    4,
)
t(
    M,
    "kupang_malay",
    "Katong sonde setuju keluarga {S} ambil tanah adat tu. Keluarga {S2} su tinggal di situ dari dulu",
    4,
)
t(
    M,
    "kupang_malay",
    "Pak guru {N} di {sek} pukul beta pung anak {F2}. Beta su lapor ke kepala sekolah ma sonde ada tindakan",
    5,
)
t(
    M,
    "kupang_malay",
    "Beta mau puji petugas di RSUD Prof. Dr. W. Z. Johannes, dong layani bae. Sonde kayak dulu lai",
    1,
)
t(
    M,
    "kupang_malay",
    "Jalan Frans Seda macet parah tiap sore. Polisi lalu lintas sonde ada di simpang Jl. Piet A. Tallo",
    1,
)
t(
    M,
    "sms_caps",
    "KOTKUPANG#{N}#BIDAN {F2} DI PUSTU {kel} MINTA BAYAR {rp} UTK PERSALINAN PADAHAL PAKAI KIS",
    5,
)
t(
    M,
    "sms_caps",
    "KOTKUPANG#TERIMA KASIH KEPADA PETUGAS DAMKAR YANG CEPAT DATANG KE KEL {kel}. SALAM DARI WARGA",
    3,
)
t(M, "sms_caps", "KOTKUPANG#SAYA {F} MAU LAPOR PEGAWAI DUKCAPIL BERNAMA {N2} MINTA UANG {rp}", 5)
t(
    M,
    "sms_caps",
    "KOTKUPANG#SEKOLAH SD INPRES {kel} ATAPNYA BOCOR. ANAK2 BELAJAR DI LUAR. KOMITE SEKOLAH SDH LAPOR",
    3,
)
t(
    M,
    "email",
    """From: {N} <{E}>
To: Humas Pemkot Kupang
Subject: Keluhan pelayanan RSUD S.K. Lerik

Yth. Humas,
Ayah saya, {N2}, dirawat di RSUD S.K. Lerik sejak {date}. Dokter jaga dr. {N3} baru datang setelah 6 jam.

Hormat saya,
{N}""",
    5,
)
t(
    M,
    "email",
    """Subject: Undangan sosialisasi

Yth. Ketua RT/RW se-Kecamatan {kec},
Kami mengundang Bapak/Ibu dalam sosialisasi Perwali tentang pengelolaan sampah pada {date} pukul {time} WITA di Aula Kantor Camat.
Hormat kami,
Sekretariat Kecamatan {kec}""",
    3,
)
t(
    M,
    "email",
    """Subject: Re: Laporan {tkt}

Terima kasih atas laporan Bapak. Petugas kami, Sdr. {N2}, akan datang ke lokasi pada {date}.

Salam,
{N3}
Customer Service PDAM Tirta Lontar""",
    5,
)
t(
    M,
    "letter",
    """Kupang, {date}
Kepada Yth. Wali Kota Kupang
Dengan hormat,
Kami orang tua murid {sek} menyampaikan keberatan atas pungutan {rp} per siswa. Kepala sekolah, Ibu {N}, S.Pd., menyatakan itu keputusan komite.
Hormat kami,
1. {N2}
2. {N3}
3. {N4.u}""",
    5,
)
t(
    M,
    "letter",
    """Hormat saya,

ttd

{N.u}
Pensiunan Guru""",
    5,
)
t(
    M,
    "letter",
    """Surat ini kami sampaikan kepada Kepala Dinas Pendidikan dan Kebudayaan. Tembusan: 1. Wali Kota Kupang 2. Ketua DPRD Kota Kupang 3. Ombudsman RI Perwakilan NTT 4. Arsip""",
    1,
)
t(
    M,
    "letter",
    """Hormat kami,
Forum Warga Peduli Kota
Komite Sekolah {sek}
BEM Undana""",
    1,
)
t(
    M,
    "web_form",
    """Nama: {N.l}
Pekerjaan: ibu rumah tangga
Uraian: nama sy di kartu KIS tertulis "{N:ocr}" padahal nama sy {N}. tolong diperbaiki""",
    4,
)
t(
    M,
    "web_form",
    """Nama Pelapor: {N}
Terlapor: oknum petugas parkir bernama {K}
Lokasi: Jl. Moh. Hatta depan Gereja Katedral Kristus Raja
Uraian: minta bayar parkir dua kali lipat.""",
    5,
)
t(
    M,
    "web_form",
    """Uraian: Petugas di Kantor Camat {kec} tidak ada di tempat pada jam kerja. Kepala Seksi Pelayanan dan Sekretaris Camat juga tidak bisa ditemui. Wali Kota harus tegur.""",
    1,
)
t(
    M,
    "web_form",
    """Uraian: Halte di depan RS Bhayangkara Drs. Titus Uly rusak, atapnya hilang. Penumpang bemo kepanasan.""",
    1,
)
t(
    M,
    "social",
    "Salut untuk Pak {N} petugas kebersihan yang tetap kerja walau hujan 👏👏 @pemkotkupang",
    5,
)
t(
    M,
    "social",
    "Katanya Kupang Kota Kasih, tapi jalan di depan Gereja St. Yoseph Naikoten rusak 3 tahun 🙄",
    1,
)
t(
    M,
    "social",
    "Indah sekali sunset di Pantai Lasiana sore ini, sayang sampahnya banyak. Dinas Pariwisata tolong perhatikan",
    1,
)
t(
    M,
    "social",
    "nama sy memang {F} pak, bukan nama samaran 😅 sy tinggal di {kel} dan mau lapor soal air",
    4,
)
t(
    M,
    "social",
    "turut berduka atas meninggalnya {N.u} warga {kel}, korban kecelakaan di Jl. Timor Raya. Jalan itu butuh lampu!",
    4,
)
t(
    M,
    "whatsapp",
    """Dari: {N}
Kepada: Ibu {N2} (Kasi Pelayanan Kel. {kel})
Ibu, sy sdh antar berkas kemarin, diterima oleh staf namanya {F3}.""",
    5,
)
t(M, "whatsapp", "sy {F}, cucu dari Oma {F2} {S2}. oma sy blm terima pensiun 2 bln", 5)
t(
    M,
    "whatsapp",
    "Selamat pagi. Untuk pengurusan akta, silakan datang ke Mal Pelayanan Publik lt. 2, loket 5. Terima kasih. - Admin Dukcapil",
    1,
)
t(
    M,
    "whatsapp",
    """Grup Warga {kel}
- {N.l}: siapa yg parkir oto di depan got?
- {N2.l}: itu oto om {F3.l}
- {N.l}: tolong kasi pindah e""",
    5,
)
t(
    M,
    "email",
    """--
{N}
Guru SMP Negeri 2 Kupang
HP {P}""",
    4,
)
t(
    M,
    "email",
    """From: "{N}" <{E}>
Date: {date}
Subject: Ijazah anak saya ditahan

Anak saya {C2}, lulusan {sek}, belum bisa ambil ijazah karena tunggakan komite {rp}. Wali kelasnya Bu {F3} bilang harus lunas.
Salam, {F}""",
    5,
)
t(
    M,
    "letter",
    """BERITA ACARA
Pada hari ini telah dilakukan serah terima bantuan dari Dinas Sosial kepada:
Nama : {N}
Alamat : {A:rt}
Yang menyerahkan : {N2} (Pendamping PKH)
Saksi : Lurah {kel}, {N3}""",
    5,
)
t(
    M,
    "kupang_malay",
    "Pak Lurah {kel} Bapak {N} tu baik, ma dia pung staf yang nama {F2} tu suka marah-marah orang tua",
    5,
)
t(
    M,
    "kupang_malay",
    "Sayang, Puskesmas Sikumana pung dokter sonde ada hari Sabtu. Berkat Tuhan sa beta pung anak su baik",
    1,
)
t(
    M,
    "sms_caps",
    "KOTKUPANG#SAYA {N} DAN SUAMI {N2} BELUM TERIMA BANSOS. ANAK KAMI {F3}, {F4}, DAN {F5}",
    5,
)
t(
    M,
    "whatsapp",
    "oma {F} yg tinggal sendirian tu nama lengkapnya {N.l}, bkn {F} dari keluarga {S2.l}. mohon dinsos cek ulang datanya",
    4,
)
t(
    M,
    "social",
    "Kantor Lurah [[name:Kasih Tanone]]? bukan, itu nama orang 😂 [[name:Kasih Tanone]] itu tetangga sy, dia yg jual ikan",
    1,
)
t(
    M,
    "social",
    "Mohon maaf lahir batin. Selamat Idul Fitri dari Masjid Raya Nurussa'adah. Salam damai dari Kupang",
    1,
)
t(
    M,
    "email",
    """From: {N}
To: Ombudsman RI Perwakilan NTT
Cc: Inspektorat Kota Kupang
Subject: Laporan maladministrasi

Dengan hormat, saya {N} melaporkan Kepala Seksi di Kantor Pertanahan, Bapak {N2}, yang menunda sertifikat kami 2 tahun.
{N}""",
    5,
)
t(
    M,
    "letter",
    """Kupang, {date}
Mengetahui,
Ketua RT {n}                 Lurah {kel}
{N.u}                        {N2.u}
                              NIP. {nip}""",
    4,
)
t(
    M,
    "web_form",
    """Nama anak: {C2}
Nama orang tua/wali: {N}
Sekolah: SMAK Giovanni
Uraian: anak saya {F2} tidak lulus seleksi zonasi padahal rumah 500 m dari sekolah.""",
    5,
)
t(
    M,
    "whatsapp",
    "Selamat siang, sy [[name:Sri]] dari Dinas Kesehatan Kota Kupang. Program Posyandu Bunga Bakung dan Posyandu Melati dilaksanakan tiap tgl 10. Info {p}",
    1,
)
t(
    M,
    "letter",
    """Catatan: Bunda Maria Fatima, Santo Yoseph dan Santa Theresia adalah nama pelindung paroki, bukan nama warga.
Gereja Santa Maria Assumpta Kupang, Jl. Thamrin No. 7""",
    1,
)
t(
    M,
    "whatsapp",
    "Pak Lurah {kel} dan Sekretaris Lurah tdk ada di kantor {date}. Warga tunggu dari jam {time}. Kepala Dinas tolong tegur",
    4,
)
t(
    M,
    "social",
    "Macet total di Jl. W.J. Lalamentik depan RSUD Prof. Dr. W. Z. Johannes jam {time}. Ambulans susah lewat 🚑",
    4,
)
t(
    M,
    "social",
    "Penerbangan dari Bandara El Tari delay {n} jam hari ini, {date}. Ruang tunggu panas, AC mati.",
    4,
)
t(
    M,
    "kupang_malay",
    "Jalan Piet A. Tallo sampe Jl. Frans Seda tu lampu merah mati dari {date}. Polantas sonde ada",
    4,
)
t(
    M,
    "sms_caps",
    "KOTKUPANG#KEPALA SEKOLAH {sek} MINTA UANG PERPISAHAN {rp} PER ANAK. KOMITE SEKOLAH DIAM SAJA",
    4,
)
t(
    M,
    "email",
    """Subject: Permohonan data

Yth. Kepala Bidang Pelayanan,
Kami dari BEM Undana memohon data jumlah pengaduan tahun {n}20 untuk penelitian. Surat pengantar nomor {surat} terlampir.
Hormat kami,
Sekretaris Umum BEM Undana""",
    4,
)
t(
    M,
    "letter",
    """Kepada Yth. Kepala Dinas Pendidikan Kota Kupang
Perihal: Rehabilitasi ruang kelas {sek}
Dengan hormat, ruang kelas IV dan V rusak berat sejak {date}. Mohon dimasukkan dalam DAK tahun depan.
Kepala Sekolah
ttd
NIP. {nip}""",
    5,
)
t(
    M,
    "whatsapp",
    "Info: ibadah syukur HUT Jemaat GMIT Kaisarea {date} jam {time}. Persembahan kasih untuk korban banjir di {kel}. Tuhan memberkati",
    4,
)
t(
    M,
    "social",
    "Sinar matahari terik, air murni susah, listrik padam. Lengkap sudah derita warga {kel} hari ini {date} 😩",
    4,
)
t(
    M,
    "web_form",
    """Uraian: Mobil tangki air Dinas Damkar diparkir di depan Toko Sinar Abadi dan Apotek Kimia Farma Jl. Sudirman, menutup jalan sejak jam {time}. Kapan ditertibkan?""",
    1,
)
t(
    M,
    "kupang_malay",
    "Wali Kota deng Wakil Wali Kota su janji mau perbaiki pasar, ma sampe {date} sonde ada apa-apa. Katong pedagang Pasar Kasih su bosan tunggu",
    4,
)
t(
    M,
    "letter",
    """Yth. Kapolresta Kupang Kota
Kami Forum Warga Peduli Kota melaporkan balap liar di Jl. Adi Sucipto depan Stadion Oepoi setiap malam Minggu sejak {date}.
Hormat kami,
Koordinator Forum""",
    4,
)
t(
    M,
    "whatsapp",
    "Yth. Ketua RT {n} dan Ketua RW {n} Kel. {kel}, mohon kirim rekap warga lansia paling lambat {date}. Ttd Kasi Kesra",
    4,
)


def build() -> list[dict[str, object]]:
    records, seen = [], set()
    for theme, style, template, n in T:
        has = bool(TOKEN.search(template))
        count = n if n is not None else (4 if has else 1)
        if "[[" in Filler().fill(template):
            count = min(count, 3)
        assert has or count == 1, template
        made = 0
        tries = 0
        while made < count:
            tries += 1
            assert tries < 200, template
            marked = Filler().fill(template)
            text, spans = strip(marked, upper=(style == "sms_caps"))
            if text in seen:
                assert has, "a template without placeholders is there twice"
                continue
            check(text, spans)
            seen.add(text)
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
            made += 1
    R.shuffle(records)
    out = []
    for i, rec in enumerate(records, start=1):
        spans = [
            {"kind": s["kind"], "start": s["start"], "end": s["end"]}
            for s in sorted(rec["spans"], key=lambda s: s["start"])
        ]
        out.append(
            {
                "id": f"d7-{i:04d}",
                "text": rec["text"],
                "spans": spans,
                "style": rec["style"],
                "theme": rec["theme"],
            }
        )
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


def main() -> None:
    records = [follow_posing_row(r) for r in build()]
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    empty = sum(1 for r in records if not r["spans"])
    sys.stdout.write(
        f"{len(records)} texts, {sum(len(r['spans']) for r in records)} spans, {empty} without spans\n"
    )


if __name__ == "__main__":
    main()
