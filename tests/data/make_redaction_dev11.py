"""Write ``redaction_dev11.jsonl``: the eleventh development corpus for redaction.

Four themes: home addresses in every writing and their look-alikes (``homes``), private contacts
beside offices' and businesses' numbers, mailboxes and NPWPs (``contact_lookalikes``), names in
formal letters, notes, minutes and dispositions (``names_formal``) and chats mixing every kind
(``mixed_chat``). The texts are hand-written templates with inline labels ``[[kind:value]]`` and
placeholders ``{X}`` (see ``README-redaction-dev11.md``). Deterministic: run
``python3 make_redaction_dev11.py`` to write the file next to this script.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 20261207
FILLS = 3
OUT = Path(__file__).parent / "redaction_dev11.jsonl"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
STYLES = {"social", "whatsapp", "sms_caps", "kupang_malay", "web_form", "officer_note", "letter"}
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "bpk.", "sdr", "sdr.", "sdri.", "ny.", "bidan", "lurah",
    "guru", "dr.", "drs.", "pdt.", "serka", "bripka", "om", "tanta", "mama", "bapa", "oma", "nona",
    "kak",
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------------------------

MEN = [
    "Yohanes", "Frans", "Viktor", "Yakob", "Markus", "Simon", "Paulus", "Dominggus", "Marthen",
    "Nikodemus", "Benyamin", "Yosef", "Hendrik", "Agus", "Daniel", "Steven", "Lukas", "Matheos",
    "Yermias", "Obed", "Melki", "Petrus", "Aloysius", "Kornelis", "Stefanus", "Gabriel", "Herman",
    "Budi", "Joko", "Slamet", "Rahmat", "Ahmad", "Hasan", "Umar", "Salim", "Abdullah", "Yusuf",
    "Kevin", "Hendra", "Felix", "Arnold", "Oktovianus", "Yance", "Rudolf", "Demus", "Alfons",
    "Ferdinand", "Wellem", "Zakarias", "Jefri", "Ronal", "Gerson",
]  # fmt: skip
WOMEN = [
    "Maria", "Agustina", "Yanti", "Dorkas", "Sarlota", "Margaretha", "Ester", "Lodia", "Rut",
    "Selfi", "Gracia", "Anace", "Yustina", "Petronela", "Kristina", "Meiliana", "Dewi", "Sri",
    "Siti", "Fatimah", "Aisyah", "Rosalina", "Elisabeth", "Apriana", "Erni", "Vivi", "Karolina",
    "Yuliana", "Marlin", "Novi", "Lina", "Juliana", "Mersi", "Delfi", "Ferderika", "Imelda",
    "Theresia", "Wulan", "Nurhayati", "Hasna", "Mei Ling", "Veronika", "Yosina", "Adriana",
    "Ribka", "Naomi", "Debora", "Orpa", "Welmina", "Blandina", "Susana",
]  # fmt: skip
FAMILIES = [
    # Timor
    "Tefa", "Benu", "Nenobais", "Sabneno", "Neonufa", "Ataupah", "Tapatab", "Sinlae", "Foenay",
    "Nope", "Kolo", "Tallo", "Nitbani", "Tanesib", "Bana", "Nubatonis", "Taneo", "Selan",
    "Boimau", "Oematan", "Nahak", "Bria", "Seran",
    # Rote
    "Ndun", "Manafe", "Fanggidae", "Mooy", "Therik", "Messakh", "Dethan", "Pello", "Lenggu",
    "Adoe", "Amalo", "Nalle", "Ndoen", "Henuk", "Mbatu", "Haning", "Sjioen", "Zacharias",
    # Sabu
    "Riwu Kaho", "Ga Lena", "Dju Dara", "Lado Lay", "Bire", "Haba", "Kore", "Wadu", "Lomi",
    "Hede", "Riwu Rohi", "Lay", "Bessie", "Pah", "Tanone", "Ratu", "Ratu Edo",
    # Flores
    "Da Costa", "Lamury", "Keraf", "Making", "Kelen", "Koten", "Fernandez", "Parera", "Lewar",
    "Wuwur", "Sogen",
    # Sumba
    "Ndapa", "Hambandima", "Kaborang", "Hunggu", "Landu", "Tanggu", "Lero",
    # Alor
    "Lakapu", "Mautuka", "Malaikosa", "Atamau", "Lapenangga",
    # Javanese
    "Wibowo", "Santoso", "Prasetyo", "Susanto", "Wahyudi", "Hartono", "Purnomo", "Sulistyo",
    # Bugis
    "Mappa", "Pawellangi", "Latief", "Mappaseng", "Daeng Matta",
    # Chinese-Indonesian
    "Tan", "Liem", "Kwee", "Gunawan", "Halim", "Wijaya", "Lie", "Oei",
    # Arabic-origin
    "Alkatiri", "Assegaf", "Bahasuan", "Baswedan", "Alhabsyi", "Bachmid", "Alaydrus",
    "Basalamah",
]  # fmt: skip
NICKS = [
    "Nyong", "Ose", "Ati", "Ucu", "Eton", "Oce", "Tinus", "Memi", "Oni", "Ela", "Atin", "Bento",
    "Nus", "Deki", "Noni", "Edo", "Ance", "Yopi", "Iko", "Ivon",
]  # fmt: skip
STREETS = [
    "Nangka", "Kenari", "Sukun", "Palapa", "Amabi", "Rote", "Herewila", "Kejora", "Cendana",
    "Jambu", "Kelapa", "Beringin", "Anggrek", "Flamboyan", "Oekam", "Matani", "Bakunase",
    "Kelinci", "Kancil", "Kelimutu", "Perintis Kemerdekaan", "Timor Raya", "Cak Doko",
    "Nusa Indah", "Kampung Baru", "Sumba", "Flores", "Alor", "Lontar", "Gunung Mutis",
    "Tompello", "Bougenville", "Kembang Sepatu", "Manggis", "Delima", "Srikaya",
]  # fmt: skip
PSTREETS = [
    "Frans Seda", "W.J. Lalamentik", "Piet A. Tallo", "El Tari", "Herman Yohanes",
    "Adisucipto", "Sam Ratulangi", "Soeharto", "Moh. Hatta", "Ahmad Yani", "R.A. Kartini",
    "Frans Lebu Raya", "Prof. Dr. W.Z. Johannes",
]  # fmt: skip
GANGS = [
    "Mawar", "Kakatua", "Damai", "Sepakat", "Murni", "Melati", "Nuri", "Merpati", "Rajawali",
    "Asoka", "Sejahtera", "Harapan", "Cempaka", "Kenanga", "Pelita", "Sentosa", "Anggur",
]  # fmt: skip
KOMPLEKS = [
    "Kompleks Perumnas", "Perum BTN Kolhua", "Perumahan Citra Liliba", "Kompleks Griya Permata",
    "Perumahan Oepura Indah", "Kompleks Villa Penfui", "Perum Nusa Asri", "BTN Oebufu",
]  # fmt: skip
BLOKS = ["A", "B", "C2", "D", "E", "F3", "G", "H", "K", "Kenanga Blok H", "Melati Blok B", "J1"]
KELS = [
    "Oebobo", "Oebufu", "Oesapa", "Liliba", "Naikoten", "Fatululi", "Kayu Putih", "Sikumana",
    "Bakunase", "Oepura", "Naikolan", "Maulafa", "Kolhua", "Penfui", "Belo", "Fatubesi",
    "Nefonaek", "Oetete", "Airnona", "Kuanino", "Namosain", "Alak", "Manulai II",
    "Nunbaun Sabu", "Nunhila", "Fontein", "Solor", "Merdeka", "Bonipoi", "Tode Kisar",
    "Pasir Panjang", "Lasiana", "Kelapa Lima", "Tuak Daun Merah", "Oesapa Barat", "Naimata",
    "Batuplat", "Penkase Oeleta", "Fatukoa", "Nunbaun Delha",
]  # fmt: skip
KECS = ["Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama"]
CHURCHES = [
    "Gereja GMIT Efata", "Gereja GMIT Syalom", "Gereja GMIT Betlehem", "Gereja GMIT Elim",
    "Gereja Katedral Kristus Raja", "Masjid Nurul Iman", "Masjid Al-Ikhlas",
    "Gereja Katolik St. Yoseph", "Gereja GMIT Koinonia",
]  # fmt: skip
SCHOOLS = [
    "SD Inpres Oepura 2", "SMPN 5 Kupang", "SMAN 3 Kupang", "SDK St. Yoseph",
    "SMPK St. Theresia", "SD GMIT Oebobo 1", "SMK Negeri 2 Kupang", "SD Negeri Bakunase 1",
    "SMPN 12 Kupang", "SD Inpres Liliba", "SMAN 1 Kupang",
]  # fmt: skip
PUSKESMAS = [
    "Puskesmas Oebobo", "Puskesmas Sikumana", "Puskesmas Bakunase", "Puskesmas Kupang Kota",
    "Puskesmas Oesapa", "Puskesmas Penfui", "Puskesmas Alak", "Puskesmas Pasir Panjang",
    "Puskesmas Naioni", "Puskesmas Oepoi",
]  # fmt: skip
OFFICES = [
    "Dinas Kesehatan Kota Kupang", "Dinas Dukcapil Kota Kupang", "Dinas PUPR Kota Kupang",
    "Bapenda Kota Kupang", "Dinas Sosial Kota Kupang", "PMI Kota Kupang",
    "Dinas Lingkungan Hidup dan Kebersihan", "Dinas Perhubungan Kota Kupang",
]  # fmt: skip
SHOPS = [
    "Toko Sumber Rejeki", "Toko Cahaya Timur", "Toko Bintang Terang", "Toko Harapan Baru",
    "Apotek Sehat Selalu", "Warung Makan Sederhana", "Toko Bangunan Sinar Lontar",
    "Kios Berkat Jaya", "Toko Elektronik Maju Terus", "Minimarket Flobamora",
]  # fmt: skip
BENGKELS = ["Bengkel Maju Motor", "Bengkel Sinar Jaya", "Bengkel Timor Motor", "Bengkel Oetete"]
CVS = [
    "Timor Jaya", "Flobamora Karya", "Sinar Lontar", "Karya Nusa", "Bintang Sabu",
    "Rote Mandiri", "Sasando Konstruksi", "Cendana Utama",
]  # fmt: skip
GROUPS = ["Sumber Makmur", "Tunas Harapan", "Maju Bersama", "Fajar Timur", "Usaha Bersama"]
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
]  # fmt: skip
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MOBILE = [
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0857", "0878", "0819",
    "0895", "0838", "0815", "0817",
]  # fmt: skip

FULLWIDTH = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)})
NBSP = chr(0xA0)
ZWSP = chr(0x200B)


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


# ---------------------------------------------------------------------------------------------
# Number writers
# ---------------------------------------------------------------------------------------------


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def mobile_groups(rng: random.Random) -> list[str]:
    rest = digits(rng, rng.choice([7, 8, 8]))
    return [rng.choice(MOBILE), rest[:4], rest[4:]]


def mobile(rng: random.Random, mods: set[str]) -> str:
    g = mobile_groups(rng)
    if "nb" in mods:
        return NBSP.join(g)
    if "zw" in mods:
        return ZWSP.join(g)
    if "intl" in mods:
        return f"+62 {g[0][1:]}-{g[1]}-{g[2]}"
    body = "".join(g)
    return rng.choice(
        [
            body,
            body,
            "-".join(g),
            " ".join(g),
            ".".join(g),
            f"+62 {g[0][1:]}-{g[1]}-{g[2]}",
            "+62" + body[1:],
            "62" + body[1:],
            f"62 {g[0][1:]} {g[1]} {g[2]}",
        ]
    )


def landline(rng: random.Random) -> str:
    n = "8" + digits(rng, 5)
    return rng.choice([f"0380 {n}", f"(0380) {n[:3]} {n[3:]}", f"0380-{n}", f"(0380) {n}"])


def birth(rng: random.Random, woman: bool) -> str:
    day = rng.randint(1, 28) + (40 if woman else 0)
    return f"{day:02d}{rng.randint(1, 12):02d}{rng.choice([*range(55, 100), 1, 3, 5]):02d}"


def region(rng: random.Random) -> str:
    return rng.choice(
        [f"5371{rng.randint(1, 6):02d}"] * 3
        + [f"5301{rng.choice([1, 2, 4, 6, 10, 12, 15, 20]):02d}", "530201", "531301"]
    )


def nik(rng: random.Random, mods: set[str]) -> str:
    raw = region(rng) + birth(rng, rng.random() < 0.5) + f"{rng.randint(1, 40):04d}"
    groups = [raw[i : i + 4] for i in range(0, 16, 4)]
    if "nb" in mods:
        return NBSP.join(groups)
    if "zw" in mods:
        return ZWSP.join(groups)
    return rng.choice(
        [raw, raw, " ".join(groups), f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"]
    )


def kk(rng: random.Random) -> str:
    day = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(10, 25):02d}"
    return region(rng) + day + f"{rng.randint(1, 300):04d}"


def npwp_old(rng: random.Random, body: bool) -> str:
    first = rng.choice(["01", "02", "03", "31", "66", "70", "71"] if body else ["24", "45", "58"])
    if not body:
        first = rng.choice(["24", "25", "36", "45", "49", "55", "58", "69", "73", "76", "84", "91"])
    return f"{first}.{digits(rng, 3)}.{digits(rng, 3)}.{rng.randint(0, 9)}-921.000"


def npwp16(rng: random.Random) -> str:
    return region(rng) + birth(rng, rng.random() < 0.5) + f"{rng.randint(1, 40):04d}"


def bank(rng: random.Random, which: str) -> str:
    if which == "BRI":
        return f"{digits(rng, 4)}-01-{digits(rng, 6)}-{digits(rng, 2)}-{rng.randint(0, 9)}"
    if which == "BNI":
        return "0" + digits(rng, 9)
    if which == "MANDIRI":
        return f"{rng.choice(['152', '161', '180'])}-00-{digits(rng, 7)}-{rng.randint(0, 9)}"
    return f"{rng.choice(['001', '002', '012'])}.01.02.{digits(rng, 6)}-{rng.randint(0, 9)}"


def plate(rng: random.Random) -> str:
    area = rng.choice(["DH", "DH", "DH", "EB", "ED"])
    num = str(rng.randint(1, 9999))
    suf = rng.choice(["A", "AB", "AK", "KT", "BC", "AF", "N", "AD"])
    return rng.choice([f"{area} {num} {suf}", f"{area} {num} {suf}", f"{area}{num}{suf}"])


def email_of(rng: random.Random, given: str, family: str) -> str:
    g, f = slug(given), slug(family)
    nn = rng.randint(1, 99)
    host = rng.choice(["gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com"])
    return rng.choice(
        [
            f"{g}.{f}{nn}@{host}",
            f"{g}{f}@{host}",
            f"{f}.{g}{nn}@{host}",
            f"{g[0]}{f}{nn}@{host}",
            f"{g}_{f}@{host}",
            f"{g}{nn}{f[:4]}@{host}",
        ]
    )


def email_dodged(rng: random.Random, given: str, family: str) -> str:
    g, f = slug(given), slug(family)
    nn = rng.randint(1, 99)
    return rng.choice(
        [
            f"{g}.{f}{nn} at gmail dot com",
            f"{g}{f} [at] gmail [dot] com",
            f"{g}{nn}(at)yahoo.com",
            f"{f}.{g} @ gmail.com",
            f"{g}_{f}{nn} (at) yahoo (dot) co (dot) id",
            f"{g} [dot] {f} [at] ymail [dot] com",
        ]
    )


def office_email(rng: random.Random, given: str, family: str) -> str:
    host = rng.choice(["kupangkota.go.id", "kupangkota.go.id", "nttprov.go.id"])
    return f"{slug(given)}.{slug(family)}{rng.randint(1, 99)}@{host}"


# ---------------------------------------------------------------------------------------------
# Unlabelled fillers
# ---------------------------------------------------------------------------------------------


def filler(rng: random.Random, key: str, ctx: dict[str, str]) -> str:  # noqa: PLR0911, PLR0912
    """One unlabelled value for ``key`` (ctx holds the text's drawn values)."""
    simple = {
        "street": STREETS,
        "pstreet": PSTREETS,
        "gang": GANGS,
        "kel": KELS,
        "kec": KECS,
        "church": CHURCHES,
        "school": SCHOOLS,
        "pus": PUSKESMAS,
        "office": OFFICES,
        "shop": SHOPS,
        "bengkel": BENGKELS,
        "cv": CVS,
        "grp": GROUPS,
        "kompleks": KOMPLEKS,
        "blok": BLOKS,
        "day": DAYS,
        "month": MONTHS,
        "lr": ["Damai", "Kasih", "Harapan", "Pelita", "Anggur", "Sentosa", "3", "5", "Bahagia"],
    }
    if key in simple:
        return rng.choice(simple[key])
    if key == "hn":
        return str(rng.randint(1, 140)) + rng.choice(["", "", "", "", "A", "B"])
    if key == "n":
        return str(rng.randint(2, 9))
    if key == "rt":
        v = rng.randint(1, 40)
        return rng.choice([f"{v:02d}", str(v), f"{v:03d}", f"{v:02d}"])
    if key == "rw":
        v = rng.randint(1, 12)
        return rng.choice([f"{v:02d}", str(v), f"{v:03d}"])
    if key in {"rtz", "rwz"}:
        return f"{rng.randint(1, 40 if key == 'rtz' else 12):03d}"
    if key == "rtn":
        return f"{rng.randint(1, 40):02d}"
    if key == "rwn":
        return f"{rng.randint(1, 12):02d}"
    if key == "hnd":
        return str(rng.randint(1, 140))
    if key == "age":
        return str(rng.randint(18, 78))
    if key == "agek":
        return str(rng.randint(3, 15))
    if key == "date":
        return rng.choice(
            [
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
                f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026",
                f"{rng.randint(1, 28)}-{rng.randint(1, 12):02d}-2026",
            ]
        )
    if key == "time":
        return f"{rng.randint(6, 19):02d}.{rng.randint(0, 59):02d}"
    if key in {"time2", "time3"}:  # a few minutes after the one before
        before = ctx.get("time2" if key == "time3" else "time") or "08.00"
        hours, minutes = (int(x) for x in before.split("."))
        total = hours * 60 + minutes + rng.randint(1, 40)
        return f"{total // 60:02d}.{total % 60:02d}"
    if key == "rp":
        return rng.choice(
            [
                f"Rp {rng.randint(1, 9)}.{rng.randint(0, 9)}00.000",
                f"Rp{rng.randint(5, 95)}.000",
                f"{rng.randint(2, 9)}50 ribu",
            ]
        )
    if key == "op":
        return landline(rng)
    if key == "opm":
        return mobile(rng, set())
    if key == "hot":
        return rng.choice(["112", "1708", "123", "110", "113"])
    if key == "cnpwp":
        return npwp_old(rng, body=True)
    if key == "tkt":
        return rng.choice(
            [
                f"LAPOR-5371-2026-{digits(rng, 5)}",
                f"#LPR-2026-{digits(rng, 4)}-{digits(rng, 4)}",
                f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}",
            ]
        )
    if key == "bill":
        return "8202" + digits(rng, 11)
    if key == "va":
        return rng.choice(["8808 ", "8277 ", "7008 "]) + " ".join(digits(rng, 4) for _ in range(3))
    if key == "briva":
        return f"{rng.choice(['12345', '77777', '88810'])} {mobile_groups(rng)[0]}{digits(rng, 8)}"
    if key == "trx":
        return "2026" + digits(rng, 12)
    if key == "kp":
        return "0312026" + digits(rng, 9)
    if key == "idpel":
        return "5312" + digits(rng, 8)
    if key == "meter":
        return rng.choice(["14", "32", "45"]) + digits(rng, 9)
    if key == "token":
        return " ".join(digits(rng, 4) for _ in range(5))
    if key == "sambung":
        return f"{rng.randint(1, 9):02d}-{rng.randint(1, 12):02d}-{digits(rng, 6)}"
    if key == "nop":
        block = f"0{rng.randint(10, 60)}.00{rng.randint(1, 9)}"
        return f"53.71.{block}.{digits(rng, 3)}-{digits(rng, 4)}.0"
    if key == "ntpn":
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    if key == "faktur":
        return f"010.000-26.{digits(rng, 8)}"
    if key == "nip":
        year = rng.randint(1965, 1995)
        born = f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        return f"{born} {year + 24}0{rng.randint(1, 9)} {rng.randint(1, 2)} 00{rng.randint(1, 9)}"
    if key == "nib":
        return "91200" + digits(rng, 8)
    if key == "letter":
        return rng.choice(
            [
                (
                    f"{rng.choice(['700', '005', '045', '470'])}/{rng.randint(10, 999)}/"
                    f"{rng.choice(['INSP', 'DKK', 'ORG', 'KEL'])}/2026"
                ),
                f"503/PBG/2026/{digits(rng, 5)}",
            ]
        )
    if key == "imgdigits":
        return f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{digits(rng, 6)}"
    kel = ctx.get("kel") or rng.choice(KELS)
    if key == "omail":
        return rng.choice(
            [
                "dinsos.kotakupang@gmail.com",
                "dukcapil.kotakupang@gmail.com",
                "perkim.kupang@gmail.com",
                "bapenda.kotakupang@gmail.com",
                f"kelurahan.{slug(kel)}@gmail.com",
                "pengaduan.dlhk.kupang@yahoo.co.id",
                "pdam.kotakupang.pengaduan@gmail.com",
            ]
        )
    if key == "smail":
        return rng.choice(
            [
                f"osis.smpn{rng.randint(1, 20)}kupang@gmail.com",
                f"tu.sdinpres{slug(kel)}@gmail.com",
                f"sman{rng.randint(1, 12)}kupang@yahoo.co.id",
                f"komite.sdgmit{slug(kel)}@gmail.com",
            ]
        )
    if key == "gmail":
        return rng.choice(
            [
                f"gmit.{slug(kel)}@gmail.com",
                f"poktan.{slug(rng.choice(GROUPS))}@gmail.com",
                f"forumwarga.{slug(kel)}@gmail.com",
                f"pemudagereja.{slug(kel)}@yahoo.com",
            ]
        )
    if key == "bmail":
        return rng.choice(
            [
                f"admin.{slug(rng.choice(SHOPS))}@gmail.com",
                f"cv.{slug(rng.choice(CVS))}@yahoo.com",
                f"ksp.{slug(rng.choice(GROUPS))}@yahoo.co.id",
                "order.kuekupang@gmail.com",
            ]
        )
    if key == "pmail":
        kec = ctx.get("kec") or rng.choice(KECS)
        return rng.choice(
            [
                f"lurah.{slug(kel)}@gmail.com",
                f"camat.{slug(kec)}@kupangkota.go.id",
                f"sekcam.{slug(kec)}@gmail.com",
                "kadis.pupr@kupangkota.go.id",
            ]
        )
    if key == "scammail":
        return rng.choice(
            [
                "bansos.kemensos.ntt@gmail.com",
                "bantuan.dinsos.kupang.resmi@gmail.com",
                "verifikasi.pkh.ntt@gmail.com",
            ]
        )
    raise KeyError(key)


# ---------------------------------------------------------------------------------------------
# Templates: (style, text). ``[[kind:value]]`` labels; ``{X}`` placeholders (README).
# ---------------------------------------------------------------------------------------------


def T(style: str, *parts: str) -> tuple[str, str]:  # noqa: N802
    """A template: its style and its text, written in parts that are joined."""
    return style, "".join(parts)


HOMES = [
    T(
        "web_form",
        "Nama Pelapor: [[name:{N1}]]\nAlamat: [[address:Jl. {street} No. {hn}, RT {rt}/RW ",
        "{rw}]], Kel. {kel}, Kec. {kec}\nIsi Laporan: Saluran depan rumah tersumbat sejak ",
        "{date}, air masuk ke halaman.",
    ),
    T(
        "web_form",
        "Alamat Domisili : [[address:Gg. {gang} No. {hn}]] Kelurahan {kel}\nKategori : ",
        "Persampahan\nUraian : Sampah di TPS dekat {pus} belum diangkut {n} hari.",
    ),
    T(
        "web_form",
        "Lokasi Kejadian: Jl. {street}, depan {school}\nUraian: Lubang besar di badan jalan, ",
        "sudah {n} motor jatuh minggu ini. Mohon PUPR segera tambal.\nKelurahan: {kel}",
    ),
    T(
        "sms_caps",
        "YTH DINAS PUPR, SAYA [[name:{N1}]] WARGA [[address:RT {rt} RW {rw}]] KEL {kel}. JLN ",
        "DEPAN RMH RUSAK PARAH, {n} BULAN BLM DIPERBAIKI. MHN BANTUAN.",
    ),
    T(
        "sms_caps",
        "LAPOR, RMH SY DI [[address:JLN {street} NO.{hnd}A RT {rt}/RW {rw}]] KEBANJIRAN TIAP ",
        "HUJAN KRN GORONG2 TERTUTUP. TRIMS",
    ),
    T(
        "sms_caps",
        "MAAF MENGGANGGU, LAMPU JALAN DI JLN {street} MATI SUDAH {n} MINGGU, DEKAT {church}. ",
        "MOHON DIPERBAIKI",
    ),
    T(
        "sms_caps",
        "SY TINGGAL DI [[address:GG {gang} NO {hn}]] {kel}, AIR PDAM SONDE JALAN {n} HARI. ",
        "TLG DICEK. [[name:{N1}]]",
    ),
    T(
        "kupang_malay",
        "beta pung rumah di [[address:jl. {street:l} no {hn}]] {kel:l}, got depan su penuh ",
        "sampah, kalo ujan air masuk sampe dapur. tolong bapa dong dari kelurahan datang lia",
    ),
    T(
        "kupang_malay",
        "Om [[name:{F1:m}]] pung rumah di [[address:lorong {lr} no. {hn}]], atap su bocor ",
        "abis angin kemarin, dia su tua jadi sonde bisa naik perbaiki. Sapa yang bisa bantu?",
    ),
    T(
        "kupang_malay",
        "di {kel} sana jalan ke arah {school} su rusak lama, oto sonde bisa lewat. kapan mau ",
        "diaspal? su {n} taun bagitu",
    ),
    T(
        "kupang_malay",
        "beta tinggal di [[address:rt {rt} rw {rw}]] {kel:l}, lampu jalan di beta pung ",
        "lorong mati dari bulan lalu. su lapor ke kelurahan ma sonde ada yang datang",
    ),
    T(
        "kupang_malay",
        "dong bilang Ketua RT {rtn} su lapor ke kelurahan soal air, tapi sampe sekarang ",
        "sonde ada kabar. warga RT {rtn} su capek tunggu, {day} ni katong mau pi kantor ",
        "lurah {kel}",
    ),
    T(
        "whatsapp",
        "[{date} {time}] [[name:{F1:f:l}]]: pak, sy pung alamat [[address:jl {street:l} gg ",
        "{n} no {hn}]] ya, nanti petugas datang cek meteran\n[{date} {time2}] Admin PDAM: ",
        "baik bu, dicatat",
    ),
    T(
        "whatsapp",
        "Info: Kantor Lurah {kel} pindah sementara ke Jl. {street} No. {hn}, sebelah {shop}. ",
        "Pelayanan KTP tetap jam 08.00-14.00 mulai {day}.",
    ),
    T(
        "whatsapp",
        "Bpk/Ibu, rumah sy dekat kantor lurah di [[address:Jl. {street} No. {hn}]], tiap ",
        "malam anak2 mabuk di depan kantor sampai jam {n} pagi, mohon patroli",
    ),
    T(
        "officer_note",
        "Catatan kunjungan {date}: Rumah pengadu Sdri. [[name:{N1:f}]] di ",
        "[[address:{kompleks} Blok {blok} No. {hn}]] retak dinding belakang akibat galian ",
        "drainase. Difoto {n} lembar.",
    ),
    T(
        "officer_note",
        "Pelapor Bpk. [[name:{N1:m}]], warga [[address:RT{rt}/RW{rw}]] Kel. {kel}, ",
        "menyampaikan via telepon bahwa pipa di gang rumahnya bocor sejak {day}.",
    ),
    T(
        "officer_note",
        "Hasil cek lapangan {date}: genangan di Jl. {street} depan {shop}, panjang kurang ",
        "lebih {n}0 m. Tidak ada rumah warga yang terdampak. Diteruskan ke Bidang SDA.",
    ),
    T(
        "letter",
        "Kepada Yth. Lurah {kel}\ndi tempat\n\nSaya yang bertanda tangan di bawah ini:\nNama ",
        ": [[name:{N1}]]\nAlamat : [[address:Jl. {street} No. {hn} RT {rt} RW {rw}]], Kel. ",
        "{kel}\nmemohon surat keterangan domisili untuk keperluan pendaftaran sekolah ",
        "anak.\n\nHormat saya,\n[[name:{N1}]]",
    ),
    T(
        "letter",
        "Kepada Yth. Kepala Dinas PUPR Kota Kupang\n\nKami meneruskan keluhan warga RT {rtn} ",
        "sampai RT {rtn2} Kelurahan {kel}: jembatan kecil di Jl. {street} putus sejak banjir ",
        "{date}. Mohon segera ditangani.\n\nHormat kami,\nForum Warga {kel}",
    ),
    T(
        "letter",
        "KOP: SMP NEGERI {n} KUPANG\nJl. {street} No. {hn}, Kupang\n\nNomor: {letter}\n",
        "Perihal: Permohonan perbaikan lampu jalan\n\nDengan hormat, bersama ini kami mohon ",
        "perbaikan lampu penerangan jalan di depan sekolah kami yang padam sejak {date}.\n\n",
        "Kepala Sekolah",
    ),
    T(
        "social",
        "Rumah kami di [[address:Gg. {gang} No. {hn}]] {kel} kebanjiran lagi, sudah lapor ke ",
        "kelurahan {n} kali. @pemkotkupang tolong dong #kupangbanjir",
    ),
    T(
        "social",
        "Jalan di depan {church} {kel} sudah seperti kolam ikan. Ini jalan umum, bukan jalan ",
        "pribadi. Kapan diperbaiki? #infokupang #{kec:s}",
    ),
    T(
        "social",
        "Yang kenal [[name:{N1}]], rumahnya di [[address:Jl. {street} No. {hn}]] dekat ",
        "{pus}, tolong kabari ya, ada paket nyasar ke rumah sy",
    ),
    T(
        "web_form",
        "Lampiran OCR KTP:\nNIK : [[nik:{NIK}]]\nNama : [[name:{N1:u}]]\nAlamat : ",
        "[[address:JL. {street:u} NO. {hn}]]\n[[address:RT/RW : {rtz}/{rwz}]]\nKel/Desa : ",
        "{kel:u}\nKecamatan : {kec:u}",
    ),
    T(
        "web_form",
        "KARTU KELUARGA No. [[kk:{KK}]]\nNama Kepala Keluarga : [[name:{N1:u}]]\nAlamat : ",
        "[[address:JL. {street:u} GG. {n} NO. {hn}]]\n[[address:RT/RW : {rtz}/{rwz}]]\n",
        "Desa/Kelurahan : {kel:u}",
    ),
    T(
        "officer_note",
        "Verifikasi alamat untuk BLT: Sekretariat RT {rtn} RW {rwn}, Jl. {street} No. {hn}, ",
        "dipakai sebagai posko pembagian. Ketua RT {rtn} hadir, {n} KPM belum datang.",
    ),
    T(
        "kupang_malay",
        "mama beta, [[name:{F1:f}]], tinggal di [[address:rt {rt}]] {kel:l}, dia pung rumah ",
        "bocor dari ujan {day} kemarin. dia sonde ada doi untuk beli seng",
    ),
    T(
        "whatsapp",
        "[{time}] [[name:{N1}]]: Pak RT [[name:{N2:m}]] pung rumah di [[address:Jl. {street} ",
        "No {hn}]] jadi tempat kumpul KTP untuk perekaman besok ya, bawa fotokopi KK",
    ),
    T(
        "whatsapp",
        "[{time}] Admin Kelurahan {kel}: Kerja bakti hari {day} untuk warga RT {rtn} dan RT ",
        "{rtn2}, kumpul di Jl. {street} depan posyandu jam 07.00",
    ),
    T(
        "web_form",
        "Lokasi: Pasar {kel}, Jl. {street}\nKeluhan: Parkir liar menutup jalan masuk pasar ",
        "setiap pagi sejak {month}.\nKecamatan: {kec}",
    ),
    T(
        "letter",
        "Perihal: Keberatan atas pembangunan menara\n\nSaya, [[name:{N1}]], pemilik rumah di ",
        "[[address:Jl. {street} No. {hn}]], Kelurahan {kel}, menyatakan keberatan atas ",
        "pembangunan menara telekomunikasi di samping rumah saya tanpa sosialisasi.\n\n",
        "Kupang, {date}",
    ),
    T(
        "letter",
        "CV {cv}, beralamat di Jl. {street} No. {hn}, Kupang, dengan ini menyampaikan ",
        "klarifikasi atas keluhan warga terkait debu proyek di Kelurahan {kel} pada ",
        "{date}.\n\nDirektur",
    ),
    T(
        "sms_caps",
        "BPK LURAH, DI [[address:RT {rt} RW {rw}]] {kel} AIR PDAM MATI SUDAH {n} HARI. MOHON ",
        "DIBANTU",
    ),
    T(
        "sms_caps",
        "SALAM DARI WARGA RT {rtn} {kel}. TRIMS ATAS BANTUAN SEMBAKO {day} KEMARIN. TUHAN ",
        "BERKATI",
    ),
    T(
        "kupang_malay",
        "ma, nanti lu kirim itu paket ke beta pung kos di [[address:gang {gang:l} nomor ",
        "{hn}]] e, jang ke rumah lama di {kel}",
    ),
    T(
        "officer_note",
        "Pengadu: [[name:{N1}]]\nAlamat: [[address:{kompleks} Blok {blok} No. {hn}]], {kel}\n",
        "Pokok aduan: IPAL komunal di belakang rumah meluap sejak {date}.",
    ),
    T(
        "officer_note",
        "Dinas Perkim menerima aduan tentang rumah kosong di Jl. {street} yang jadi tempat ",
        "buang sampah. Pemilik tidak diketahui. Tindak lanjut: koordinasi dgn Lurah {kel} ",
        "pada {date}.",
    ),
    T(
        "social",
        "rumah sy jg di [[address:jln {street:l} no {hn}]], sama2 kena rembesan septic tank ",
        "tetangga dari {month:l} 😤",
    ),
    T(
        "social",
        "Alamat posko donor darah: Gedung {office}, Jl. {street} No. {hn}. Bawa KTP ya, buka ",
        "jam {time} 🙏",
    ),
    T(
        "kupang_malay",
        "beta tinggal di jl. {street:l}, dekat gereja, tiap malam ada yang bakar sampah. ",
        "asap masuk rumah sampe anak batuk. {kel:l} pung lurah tolong lia",
    ),
    T(
        "web_form",
        "Nama: [[name:{N1:l}]]\nAlamat: [[address:lrg {n} no {hn} rt {rt} rw {rw}]] {kel:l}\n",
        "Laporan: pohon besar di samping rumah hampir tumbang",
    ),
    T(
        "whatsapp",
        "*Diteruskan*\nIbu [[name:{N1:f}]] warga [[address:RT {rt}/RW {rw}]] {kel} minta ",
        "tolong, rumahnya roboh kena angin semalam. Yg mau bantu bisa langsung ke lokasi.",
    ),
    T(
        "whatsapp",
        "Pak Lurah, warga RT {rtn} mengeluh air PDAM keruh sejak {day}. Mohon dicek ke Jl. ",
        "{street} dekat {church}.",
    ),
    T(
        "officer_note",
        "Pengadu Sdr. [[name:{N1:m}]] tinggal di [[address:Jl. {street} No. {hn}]], persis ",
        "di belakang {shop} (Jl. {street} No. {hn2}) yang membuang limbah minyak ke got.",
    ),
    T(
        "web_form",
        "Alamat Sekolah: {school}, Jl. {street} No. {hn}\nNama Pelapor: (dirahasiakan)\n",
        "Keluhan: pungutan uang komite {rp} per siswa",
    ),
    T(
        "kupang_malay",
        "kaka dong, beta pung adik [[name:{K1}]] tinggal di [[address:{kompleks:l} blok ",
        "{blok:l} no {hn}]], lampu di situ mati semua dari {day}",
    ),
    T(
        "officer_note",
        "Rapat koordinasi di Kantor Camat {kec}, Jl. {street} No. {hn}, {date}. Hadir: Lurah ",
        "{kel}, Ketua RT {rtn}, Babinsa, Bhabinkamtibmas.",
    ),
    T(
        "letter",
        "Dengan hormat,\nsaya yang tinggal di [[address:Jl. {pstreet} Gg. {gang} No. {hn}]], ",
        "Kelurahan {kel}, mengadukan tiang listrik miring di depan rumah saya.\n\nHormat ",
        "saya,\n[[name:{N1}]]",
    ),
]

CONTACTS = [
    T(
        "web_form",
        "Nama: [[name:{N1}]]\nNo. HP: [[phone:{P}]]\nEmail: [[email:{E1}]]\nIsi: Sudah bayar ",
        "PBB lewat VA {va} tapi status belum lunas. Kode billing {bill}.",
    ),
    T(
        "web_form",
        "Kontak yang bisa dihubungi: Call Center {hot}, WA Center Dukcapil {opm}, email ",
        "{omail}\nNo. tiket: {tkt}",
    ),
    T(
        "sms_caps",
        "SY [[name:{N1}]] HP [[phone:{P}]]. TLG HUB SY, NOMOR KANTOR LURAH {op} SONDE ANGKAT ",
        "DARI PAGI",
    ),
    T(
        "sms_caps",
        "INFO: NOMOR HOTLINE PLN {op}, WA PDAM {opm}. ID PEL {idpel}. LISTRIK PADAM SEJAK ",
        "JAM {time}",
    ),
    T(
        "whatsapp",
        "[{time}] [[name:{F1}]]: yg {opm} itu nomor bengkel ya, bukan sy. Sy punya ",
        "[[phone:{P}]]",
    ),
    T(
        "whatsapp",
        "[{time}] Admin Grup: Nomor {opm} di spanduk depan pasar {kel} itu nomor WA ",
        "pengaduan Satpol PP, silakan lapor kesitu",
    ),
    T(
        "officer_note",
        "Telepon masuk {time}. Penelepon Ibu [[name:{N1:f}]], HP [[phone:{P}]], melaporkan ",
        "tagihan air naik. No. sambungan {sambung}. Diteruskan ke Bagian Pelanggan PDAM {op}.",
    ),
    T(
        "officer_note",
        "Pengaduan via hotline {hot}: penelepon tidak menyebutkan nama. Nomor transaksi ",
        "{trx}. Nomor meter {meter}.",
    ),
    T(
        "letter",
        "Dengan hormat,\nsaya keberatan atas SPPT PBB dengan NOP {nop} karena luas bangunan ",
        "tercatat dua kali.\n\nHormat saya,\n\n[[name:{N1}]]\nTelp. rumah [[phone:{H}]] / HP ",
        "[[phone:{P}]]",
    ),
    T(
        "letter",
        "Tata Usaha {school}\nJl. {street} No. {hn}, Kupang\nTelp. {op} / WA {opm}\nEmail: ",
        "{smail}",
    ),
    T(
        "social",
        "Jual tanah kavling di {kel}, sertifikat lengkap. Hub. pemilik langsung ",
        "[[name:{F1}]] [[phone:{P}]], tanpa perantara",
    ),
    T(
        "social",
        "Hati-hati penipuan! Akun yg mengaku Dinsos minta transfer lewat {scammail}. Email ",
        "resmi Dinsos hanya {omail}. Call center {hot}.",
    ),
    T(
        "kupang_malay",
        "beta pung nomor baru [[phone:{P}]], yang lama su ilang. kalo mau kirim berkas ke ",
        "email [[email:{E1}]] sa",
    ),
    T(
        "kupang_malay",
        "itu nomor {opm} yang ada di baliho depan kantor camat {kec:l} tu nomor pengaduan, ",
        "bukan nomor orang. lu telpon sa",
    ),
    T(
        "web_form",
        "NPWP : [[npwp:{NPWP}]]\nNama Wajib Pajak : [[name:{N1:u}]]\nJenis : Orang Pribadi\n",
        "Keluhan : Bukti potong dari bendahara belum masuk sejak {month}.",
    ),
    T(
        "web_form",
        "NPWP Badan : {cnpwp}\nNama : CV {cv}\nKeluhan : Pembayaran termin proyek drainase ",
        "tertunda. Kode billing {bill}.",
    ),
    T(
        "letter",
        "Saya, [[name:{N1}]], pemilik usaha perorangan {shop}, NPWP pribadi sy ",
        "[[npwp:{NPWP}]]. Faktur dari CV {cv} mencantumkan NPWP {cnpwp}; itu NPWP pemasok, ",
        "bukan NPWP saya.",
    ),
    T(
        "officer_note",
        "Bendahara Dinas Pendidikan menyerahkan NPWP bendahara {cnpwp} dan NTPN {ntpn}. ",
        "Billing {bill} lunas.",
    ),
    T(
        "whatsapp",
        "[{time}] [[name:{F1}]]: Pak bendahara tadi minta NPWP kami yg honorer. Ini punya sy ",
        "ya [[npwp:{NPWPN}]]",
    ),
    T(
        "whatsapp",
        "[{time}] Bendahara SD: NPWP sekolah {cnpwp}, jgn dipakai utk pribadi. NIP sy tdk ",
        "perlu dikirim ke grup.",
    ),
    T(
        "social",
        "Kalau ada yg nemu dompet coklat di Pasar {kel}, isinya KTP a.n. sy, tolong email ke ",
        "[[email:{EO1}]] atau WA [[phone:{P}]]. Terima kasih 🙏",
    ),
    T(
        "social",
        "Yang mau daftar lomba kirim ke {smail} ya, poster ukuran poster@2x.png. Contoh ",
        "alamat di formulir: user@example.com. Batas {date}.",
    ),
    T(
        "sms_caps",
        "NPWP SY [[npwp:{NPWP}]] TAPI DI BUKTI POTONG TERTULIS NPWP CV {cv} {cnpwp}. MOHON ",
        "DIPERBAIKI. [[name:{N1}]]",
    ),
    T(
        "sms_caps",
        "NO TIKET {tkt}. SDH {n} MGG BLM ADA RESPON. NO PENGADUAN 1708 TDK BISA DIHUBUNGI",
    ),
    T(
        "officer_note",
        "Hasil klarifikasi: nomor {opm} yang ditulis pengadu ternyata nomor travel di {kel}. ",
        "Nomor pengadu sendiri [[phone:{P}]].",
    ),
    T(
        "officer_note",
        "Tagihan PBB atas NOP {nop} telah dibayar melalui kode bayar {kp}. Bukti transfer ",
        "nomor transaksi {trx}.",
    ),
    T(
        "letter",
        "From: [[name:{S1}]], [[name:{F1}]] <[[email:{E1}]]>\nTo: Humas Pemkot Kupang ",
        "<humas@kupangkota.go.id>\nSubject: Keberatan tagihan retribusi sampah\n\nYth. ",
        "Humas,\ntagihan dengan kode bayar {kp} dikirim dua kali ke rumah kami.",
    ),
    T(
        "letter",
        "From: Bagian Umum Setda <umum.setda@kupangkota.go.id>\nTo: {omail}\nCc: {pmail}\n",
        "Subject: Undangan rapat {date}\n\nMohon kehadiran Bapak/Ibu. Konfirmasi ke {op}.",
    ),
    T(
        "whatsapp",
        "[{time}] [[name:{N1:l}]]: kalo mau pesan kue, sy pemilik toko, HP [[phone:{P}]]. yg ",
        "di struk {opm} itu nomor toko",
    ),
    T(
        "whatsapp",
        "[{time}] Grup Warga {kel}: Struk pembayaran token: No. Meter {meter}, Token ",
        "{token}, Ref {trx}",
    ),
    T(
        "kupang_malay",
        "kaka, ini bapa pung nomor [[phone:{P}]], kalo beta sonde angkat telpon sa bapa. ",
        "jang telpon ke nomor {pus:l} {op} e",
    ),
    T(
        "kupang_malay",
        "nomor di stiker meteran air tu {opm}, itu nomor pengaduan PDAM. beta su telpon, ",
        "dong bilang tunggu hari {day:l}",
    ),
    T(
        "web_form",
        "Email: [[email:{E1}]]\nEmail alternatif (usaha): {bmail}\nTelepon: [[phone:{P}]]\n",
        "Uraian: Tidak bisa login ke aplikasi perizinan sejak {date}.",
    ),
    T(
        "web_form",
        "Pembayaran retribusi gagal.\nNomor VA: {va}\nKode Billing: {bill}\nID Transaksi: ",
        "{trx}\nNominal: {rp}",
    ),
    T(
        "social",
        "Tolong bantu share, anak kami [[name:{F2}]] ({agek} th) hilang sejak sore. Hubungi ",
        "[[name:{F1:m}]] (bapaknya) [[phone:{P}]] atau Posko Polsek {kec} {op}.",
    ),
    T(
        "social",
        "Banner di perempatan {kel} tulis 'Sedot WC murah {opm}' 😂 ada yg pernah pake?",
    ),
    T(
        "officer_note",
        "Pengadu menyebut nomor petugas lapangan PLN, Sdr. [[name:{N1:m}]], [[phone:{P}]] ",
        "(nomor pribadi yang bersangkutan), tidak aktif sejak {day}.",
    ),
    T(
        "officer_note",
        "WA Center Bapenda {opm} menerima {n}2 aduan hari ini terkait kode billing ganda. ",
        "Contoh: {bill}.",
    ),
    T(
        "letter",
        "Pemohon: [[name:{N1}]]\nNIK: [[nik:{NIK}]]\nNPWP: [[npwp:{NPWPN}]]\nAlamat email: ",
        "[[email:{E1}]]\n\nBersama ini mengajukan perubahan data NIB usaha {nib}.",
    ),
    T(
        "letter",
        "FAKTUR\n{bengkel:u}\nJl. {street} No. {hn}\nNPWP : {cnpwp}\nTelp/WA : {opm}\nNo. ",
        "Faktur: {faktur}\nTotal: {rp}",
    ),
    T(
        "sms_caps",
        "SY MAU TANYA STATUS BPJS KIS SY NO KARTU [[bpjs:{BPJS}]], HP [[phone:{P}]]. DI ",
        "FASKES BILANG NONAKTIF",
    ),
    T(
        "sms_caps",
        "CALL CENTER 112 TDK DIANGKAT. TELP KANTOR DAMKAR {op} JG SIBUK. KEBAKARAN DI {kel}!",
    ),
    T(
        "kupang_malay",
        "kirim sa ke beta pung email [[email:{EO1}]], jang ke email kantor {omail} e",
    ),
    T(
        "kupang_malay",
        "beta su bayar ke BRIVA {briva}, ma aplikasi tulis gagal. nomor transaksi {trx}. ",
        "sapa yang bisa bantu?",
    ),
    T(
        "whatsapp",
        "[{time}] [[name:{N1}]]: Ini rekening sy utk pengembalian dana: BRI ",
        "[[bank_account:{REKBRI}]] a.n. [[name:{N1}]]",
    ),
    T(
        "whatsapp",
        "[{time}] Humas Dinkes: Kirim berkas ke {omail} atau {gmail}. File foto jgn dinamai ",
        "IMG_{imgdigits}@kupang.jpg ya",
    ),
    T(
        "social",
        "Nomor di papan nama kios {opm} itu nomor toko, kalau mau ketemu sy langsung WA ",
        "[[phone:{P}]] ya. - [[name:{F1}]]",
    ),
    T(
        "web_form",
        "Nama: [[name:{N1}]]\nInstansi: {office}\nEmail dinas saya: [[email:{ED1}]] (bukan ",
        "email kantor {omail})\nTelepon kantor: {op}",
    ),
]

NAMES = [
    T(
        "letter",
        "Kepada Yth.\nBapak Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang\ndi ",
        "Kupang\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini, [[name:{N1}]], ",
        "mengajukan keberatan atas penolakan perubahan data KK pada {date}.\n\nHormat ",
        "saya,\n\n[[name:{N1}]]",
    ),
    T(
        "letter",
        "Kupang, {date}\n\nYth. Ibu [[name:{N1:f}]], S.Pd.\nKepala {school}\n\nPerihal: ",
        "Pungutan uang seragam\n\nKami keberatan atas pungutan {rp} per siswa.\n\nHormat ",
        "kami,\nOrang tua murid,\n[[name:{N2}]]",
    ),
    T(
        "letter",
        "Yth. Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang\nTembusan: 1. Wali Kota ",
        "Kupang; 2. Inspektorat Daerah; 3. Ombudsman RI Perwakilan NTT\n\nKami melaporkan ",
        "pungutan di {school} sejak {month}.\n\nKomite Sekolah {school}",
    ),
    T(
        "letter",
        "Demikian permohonan bantuan bibit ini kami sampaikan.\n\nKupang, {date}\nKetua ",
        "Kelompok Tani {grp},\n\n\n[[name:{I1:u}]]",
    ),
    T(
        "officer_note",
        "Notulen Rapat Mediasi\nHari/Tanggal: {day}, {date}\nTempat: Aula Kantor Lurah ",
        "{kel}\nHadir:\n1. Lurah {kel} ([[name:{N1}]])\n2. Ketua RT {rtn} ([[name:{N2}]])\n",
        "3. Pihak pengadu: [[name:{N3}]]\n4. Pihak teradu: keluarga [[name:{S4}]]\nHasil: ",
        "kedua pihak sepakat mengukur ulang batas tanah.",
    ),
    T(
        "officer_note",
        "Notulen Rapat Koordinasi UPP {date}\nPeserta: Kepala Bagian Organisasi, Sekretaris ",
        "Dinas Kesehatan, Kepala {pus}, Koordinator Forum Warga Peduli Kota, perwakilan ",
        "Ombudsman.\nKesimpulan: aduan lewat SP4N-LAPOR! dijawab paling lambat {n} hari ",
        "kerja.",
    ),
    T(
        "officer_note",
        "LEMBAR DISPOSISI\nDari: Sekretaris Daerah\nKepada: Kabag Hukum\nIsi: Mohon telaah ",
        "surat Sdr. [[name:{N1:m}]] tgl {date}. Koordinasi dgn Bpk. [[name:{N2:m}]], S.H. di ",
        "Bagian Hukum.",
    ),
    T(
        "officer_note",
        "DISPOSISI\nDiteruskan kepada: Kepala Bidang Pelayanan\nCatatan: Segera tindak ",
        "lanjuti, laporkan ke Kepala Dinas paling lambat {date}.\nParaf: ttd",
    ),
    T(
        "letter",
        "From: [[name:{N1}]] <[[email:{E1}]]>\nTo: pengaduan@kupangkota.go.id\nSubject: ",
        "Lampu jalan {street}\n\nSelamat siang,\nlampu jalan di depan {church} padam sejak ",
        "{date}.\n\nSalam,\n[[name:{F1}]]",
    ),
    T(
        "letter",
        "From: Humas Pemkot Kupang <humas@kupangkota.go.id>\nTo: redaksi@{kel:s}pos.com\n",
        "Subject: Klarifikasi berita {date}\n\nSalam damai,\nberita tentang penutupan {pus} ",
        "tidak benar.\n\nBagian Protokol dan Komunikasi Pimpinan",
    ),
    T(
        "officer_note",
        "Catatan telepon {date} {time}. Penelepon mengaku bernama [[name:{N1}]], menanyakan ",
        "status aduan {tkt}. Diterima oleh petugas [[name:{F2}]].",
    ),
    T(
        "officer_note",
        "Kunjungan lapangan oleh Tim UPP {date}: Serka [[name:{N1:m}]] (Babinsa), Bripka ",
        "[[name:{N2:m}]] (Bhabinkamtibmas), dan staf kelurahan Sdri. [[name:{N3:f}]].",
    ),
    T(
        "officer_note",
        "Kunjungan ke lokasi {date} dipimpin Kepala Bidang Bina Marga, didampingi Camat ",
        "{kec} dan Lurah {kel}. Warga menyampaikan bahwa jembatan darurat tidak aman.",
    ),
    T(
        "letter",
        "DAFTAR HADIR SOSIALISASI SP4N-LAPOR!\nNo | Nama | Instansi | Paraf\n1 | ",
        "[[name:{N1:u}]] | Kel. {kel} | v\n2 | [[name:{N2:u}]] | {pus} | v\n3 | ",
        "[[name:{N3:u}]] | SMPN {n} Kupang | v",
    ),
    T(
        "letter",
        "Daftar undangan rapat {date}: Kepala Dinas Sosial, Kepala Dinas PUPR, Direktur RSUD ",
        "S.K. Lerik, Kapolresta Kupang Kota, Ketua Komite {school}.",
    ),
    T(
        "letter",
        "Demikian tanggapan kami atas aduan nomor {tkt}.\n\nKepala Seksi Pelayanan,\n\n\nIbu ",
        "[[name:{N1:f}]], S.Sos., M.Si.\nNIP {nip}",
    ),
    T(
        "web_form",
        "Nama Pelapor : [[name:{N1}]]\nNama Terlapor : [[name:{N2:m}]] (oknum petugas ",
        "parkir)\nUraian : Pungutan parkir di Pasar {kel} {rp} tanpa karcis.",
    ),
    T(
        "web_form",
        "Nama Pelapor: Anonim\nInstansi Terlapor: Dinas Perhubungan\nUraian: Petugas parkir ",
        "di depan {shop} minta uang lebih. Mohon Kepala Dinas menertibkan.",
    ),
    T(
        "sms_caps",
        "YTH BPK CAMAT {kec}, KAMI MOHON BANTUAN. LURAH {kel} BPK [[name:{N1:m}]] TDK PERNAH ",
        "ADA DI KANTOR. HORMAT SY [[name:{N2}]]",
    ),
    T(
        "sms_caps",
        "YTH KEPALA DINAS KESEHATAN, {pus} TUTUP JAM 11. PASIEN TERLANTAR. MOHON DITEGUR. ",
        "WARGA {kel}",
    ),
    T(
        "officer_note",
        "Disposisi Kepala Dinas {date}: kepada Kabid Sarpras u.p. Sdr. [[name:{I1}]] untuk ",
        "ditindaklanjuti. Tembusan: Sekretaris.",
    ),
    T(
        "letter",
        "Notulen rapat pembahasan aduan banjir {kel}, {date}.\nNotulis: [[name:{N1:f}]], ",
        "A.Md.\nPimpinan rapat: Drs. [[name:{N2:m}]], M.Pd.",
    ),
    T(
        "letter",
        "Berdasarkan Surat Edaran Wali Kota Kupang Nomor {letter} tentang Penanganan ",
        "Pengaduan, kami sampaikan jadwal piket di RSUD Prof. Dr. W. Z. Johannes dan RS ",
        "Bhayangkara Drs. Titus Uly mulai {date}.",
    ),
    T(
        "officer_note",
        "Laporan a.n. [[name:{N1}]] telah diverifikasi oleh verifikator [[name:{N2}]] pada ",
        "{date}. Status: diteruskan ke Dinas Sosial.",
    ),
    T(
        "officer_note",
        "Laporan tanpa identitas. Verifikator: Tim UPP Bagian Organisasi. Status: menunggu ",
        "tanggapan Dinas Sosial. Tiket {tkt}.",
    ),
    T(
        "social",
        "Terima kasih kepada Ibu Bidan [[name:{F1:f}]] dari {pus} yang menolong persalinan ",
        "istri sy malam {day}. Pelayanan luar biasa! 🙏",
    ),
    T(
        "social",
        "Apresiasi untuk Dinas Lingkungan Hidup dan petugas kebersihan Kecamatan {kec}. ",
        "Jalan El Tari bersih setiap pagi {day}. Terima kasih Pak Wali Kota!",
    ),
    T(
        "whatsapp",
        "[{date} {time}] [[name:{N1}]]: Selamat pagi Bapak/Ibu. Mohon izin, saya ",
        "[[name:{F1}]] dari Forum Warga {kel}, menanyakan tindak lanjut surat kami tgl ",
        "{date2}.",
    ),
    T(
        "whatsapp",
        "[{time}] Sekretariat UPP: Yth. Bapak/Ibu Admin OPD, mohon laporan bulanan dikirim ",
        "paling lambat {date}. Terima kasih.",
    ),
    T(
        "letter",
        "Menindaklanjuti sengketa batas tanah antara keluarga [[name:{S1}]] dan keluarga ",
        "[[name:{S2}]] di Kelurahan {kel}, mediasi dijadwalkan {date}.\n\nLurah {kel},\n\n\n",
        "[[name:{N3}]]",
    ),
    T(
        "kupang_malay",
        "selamat sore bapa lurah, beta [[name:{N1:l}]] mau tanya surat pengantar nikah untuk ",
        "beta pung ana [[name:{F2:f:l}]] su jadi ko balom? su {n} minggu",
    ),
    T(
        "kupang_malay",
        "bapa camat deng ibu lurah su datang lia {day} kemarin, ma sampe sekarang balom ada ",
        "tindak lanjut. dinas dong cuma foto-foto sa",
    ),
    T(
        "officer_note",
        "Berita Acara Klarifikasi\nPada hari ini {day}, {date}, bertempat di Kantor ",
        "Inspektorat, dilakukan klarifikasi terhadap Sdr. [[name:{N1:m}]], staf Bagian Umum, ",
        "atas aduan Sdri. [[name:{N2:f}]].",
    ),
    T(
        "letter",
        "Yth. Kapolresta Kupang Kota\n\nKami melaporkan penganiayaan di Pasar {kel} pada ",
        "{date}. Pelaku diketahui bernama [[name:{N1:m}]] alias [[name:{K1}]].",
    ),
    T(
        "letter",
        "Yth. Kapolresta Kupang Kota\n\nDengan hormat, Forum Warga Peduli Kota melaporkan ",
        "balap liar di Jl. {pstreet} setiap malam Minggu sejak {month}.",
    ),
    T(
        "web_form",
        "Nama Pelapor: [[name:{N1:m}]]\nHubungan dengan korban: ayah\nNama korban: ",
        "[[name:{F2} {S1}]] ({agek} th)\nUraian: anak dipukul oknum guru di {school}.",
    ),
    T(
        "web_form",
        "Instansi tujuan: Badan Pendapatan Daerah\nKategori: Pajak Daerah\nUraian: Kepala ",
        "UPT Pajak tidak mau menemui warga {kel}. Petugas Pendamping tidak ada di tempat.",
    ),
    T(
        "sms_caps",
        "KAMI NELAYAN {kel} MINTA BBM SUBSIDI DITAMBAH, SUDAH {n} HARI TDK MELAUT. TTD ",
        "[[name:{N1}]], KETUA KELOMPOK",
    ),
    T(
        "sms_caps",
        "KPD YTH KAPOLSEK {kec}, MOHON PATROLI DI JLN {street} MALAM HARI. BANYAK PENCURIAN. ",
        "DARI FORUM RT/RW {kel}",
    ),
    T(
        "officer_note",
        "Rekap telepon masuk {date}:\n- {time}: [[name:{N1}]] (aduan sampah)\n- {time2}: ",
        "[[name:{N2}]] (aduan air)\n- {time3}: penelepon anonim (aduan jalan)",
    ),
    T(
        "letter",
        "BERITA ACARA PEMERIKSAAN LOKASI\nLokasi: Jl. {street}, Kelurahan {kel}\n",
        "Saksi-saksi:\n1. [[name:{N1}]] ({age})\n2. [[name:{N2}]] ({age2})",
    ),
    T(
        "whatsapp",
        "[{date} {time}] [[name:{N1}]]: Yth. Pak [[name:{F2:m}]], mohon maaf baru membalas. ",
        "Surat Bapak sudah kami disposisikan ke Kabid. Salam, [[name:{F1}]]",
    ),
    T(
        "whatsapp",
        "[{time}] Admin Kelurahan {kel}: Yth. warga, pelayanan surat pindah ditutup ",
        "sementara hari {day} karena Lurah dan Sekretaris Lurah rapat di Kantor Wali Kota.",
    ),
    T(
        "social",
        "Selamat jalan [[name:{N1}]], guru kami di {school} yg penuh kasih. Tuhan memberkati ",
        "keluarga yg ditinggalkan.",
    ),
    T(
        "social",
        "Hari ini Wali Kota meresmikan Posyandu Bunga Bakung di {kel}. Terima kasih atas ",
        "kerja keras kader posyandu dan Tim Penggerak PKK! {date}",
    ),
    T(
        "letter",
        "Menanggapi pengaduan tentang pipa bocor di Jl. {street}, perbaikan dijadwalkan ",
        "{date}.\n\nTembusan:\n1. Yth. Wali Kota Kupang\n2. Yth. Sdr. [[name:{N1}]] ",
        "(pengadu)\n3. Arsip",
    ),
    T(
        "officer_note",
        "Surat dari {school} ditandatangani Kepala Sekolah dan Bendahara BOS. Stempel ",
        "lengkap. Diarsipkan dengan nomor {letter}.",
    ),
]

MIXED = [
    T(
        "whatsapp",
        "[{date} {time}] [[name:{N1}]]: sapa yg tau nomor tukang listrik?\n[{date} {time2}] ",
        "[[name:{F2:l}]]: ada, [[name:{F3}]] [[phone:{P}]]\n[{date} {time3}] [[name:{N1}]]: ",
        "makasih e",
    ),
    T(
        "whatsapp",
        "*Forwarded many times*\nDICARI: anak hilang a.n. [[name:{F1:u}]] umur {agek} th, ",
        "terakhir terlihat di Pasar {kel}. Hubungi mamanya [[name:{F2:f}]] [[phone:{P:fw}]]",
    ),
    T(
        "kupang_malay",
        "[[name:{F1:l}]] deng [[name:{F2:l}]] su pi ambil beras di kantor lurah, nanti dong ",
        "bawa ke beta pung rumah di [[address:gang {gang:l} no {hn}]]",
    ),
    T(
        "social",
        "Motor sy hilang di depan {shop} tadi malam. Honda Beat hitam plat [[plate:{PL}]]. ",
        "Kalau lihat tolong WA [[phone:{P:nb}]] 🙏",
    ),
    T(
        "social",
        "Sudah lapor ke call center 112 soal pohon tumbang di Jl. {street}, katanya tim BPBD ",
        "meluncur. Terima kasih @bpbdkotakupang 👍 #{kel:s}",
    ),
    T(
        "whatsapp",
        "[{time}] Grup RT {rtn}: Pengumuman! Air PDAM akan mati hari {day} jam 08.00-15.00 ",
        "untuk perbaikan pipa di Jl. {street}. Info hotline PDAM {op}.",
    ),
    T(
        "kupang_malay",
        "lu kenal [[name:{N1:l}]] ko sonde? dia pung hp [[phone:{P:zw}]], dia yang jual ",
        "tanah di {kel:l}",
    ),
    T(
        "kupang_malay",
        "ais ujan bagini lampu mati lai di {kel:l}. PLN dong pung nomor {op} sonde aktif. ",
        "sapa yang bisa bantu?",
    ),
    T(
        "sms_caps",
        "[[name:{N1}]] TOLONG SAMPAIKAN KE [[name:{F2}]], RAPAT RT DI RUMAH OM ",
        "[[name:{F3:m}]] MALAM INI JAM {n}",
    ),
    T(
        "sms_caps",
        "INFO PENTING: PENDAFTARAN BANSOS DI {kel} TIDAK DIPUNGUT BIAYA. HATI2 PENIPUAN ATAS ",
        "NAMA DINSOS. LAPOR KE {hot}",
    ),
    T(
        "social",
        "[[name:{N1}]]\nJalan di kompleks kami rusak juga kak\n\n[[name:{N2}]]\nsama di ",
        "{kel} 😭\n\n[[name:{N3}]]\n@pupr_kotakupang tolong dong",
    ),
    T(
        "social",
        "#PemkotKupang luncurkan layanan pengaduan via WA Center {opm}. Warga bisa lapor ",
        "sampah, jalan rusak, lampu mati. Cek ig @kotakupang",
    ),
    T(
        "whatsapp",
        "[{time}] [[name:{F1:l}]]: kk, ini NIK mama sy [[nik:{NIK:fw}]] buat daftar vaksin\n",
        "[{time2}] [[name:{F2:l}]]: oke sy input skrg",
    ),
    T(
        "whatsapp",
        "[{time}] Admin Posyandu: Ibu-ibu, bawa buku KIA dan KK untuk imunisasi hari {day}. ",
        "Tempat: Posyandu Bunga Bakung, {kel}.",
    ),
    T(
        "kupang_malay",
        "lu su bayar iuran? kalo balom transfer ke rekening BRI [[bank_account:{REKBRI}]] ",
        "a.n. [[name:{N1}]] sa",
    ),
    T(
        "kupang_malay",
        "itu hari {day:l} beta ke Dukcapil mau urus KK, antre dari pagi sampe sore. petugas ",
        "bilang sistem offline. besok pi lai",
    ),
    T(
        "social",
        "Viral! Pick up putih [[plate:{PL}]] tabrak lari di Jl. {pstreet} tadi jam {time}. ",
        "Yang punya info hubungi [[name:{F1:m}]] [[phone:{P}]]",
    ),
    T(
        "social",
        "Macet parah di {pstreet} arah Bundaran PU, ada proyek galian kabel sampai {date}. ",
        "Hindari dulu gaes",
    ),
    T(
        "whatsapp",
        "Diteruskan:\nSdr/i yg menemukan dompet a.n. [[name:{N1:u}]] (KTP [[nik:{NIK}]]) di ",
        "angkot lampu {n}, mohon hubungi [[phone:{P}]]. Imbalan disediakan.",
    ),
    T(
        "whatsapp",
        "[{time}] Bendahara Arisan: Setoran bulan {month} {rp} per orang. Yang belum setor ",
        "masih ada {n} orang, sy tdk sebut nama 😅",
    ),
    T(
        "sms_caps",
        "MAMA, BETA PUNG HP RUSAK. INI NOMOR TEMAN [[phone:{P}]]. KALO MAU KIRIM UANG KE REK ",
        "BNI [[bank_account:{REKBNI}]] SA. [[name:{K1}]]",
    ),
    T(
        "sms_caps",
        "AWAS PENIPUAN! ADA YG MENGAKU PETUGAS PLN MINTA TRANSFER. PLN TDK PERNAH MINTA UANG ",
        "LEWAT SMS. CALL CENTER PLN 123. LAPORAN DARI WARGA {kel}",
    ),
    T(
        "kupang_malay",
        "tanta [[name:{F1:f}]] bilang [[name:{F2:l}]] pung motor ilang di depan gereja, plat ",
        "[[plate:{PL:l}]]",
    ),
    T(
        "kupang_malay",
        "kotong pung grup ni ada aturan: sonde boleh share nomor orang, sonde boleh share ",
        "KTP. hormati privasi e. admin {kel:l}",
    ),
    T(
        "whatsapp",
        "[{date} {time}] [[phone:{P:intl}]]: Selamat sore, sy [[name:{N1}]] warga ",
        "[[address:RT {rt} RW {rw}]] {kel}, mau lapor sampah belum diangkut {n} hari",
    ),
    T(
        "whatsapp",
        "[{time}] Admin Kelurahan: Pembagian beras hari {day} di Aula Kelurahan {kel}. Bawa ",
        "fotokopi KTP dan KK. Informasi: {op}",
    ),
    T(
        "social",
        "Selamat ulang tahun mama [[name:{F1:f}]] 🎂 dari kami anak cucu di {kel}, panjang ",
        "umur ya ma",
    ),
    T(
        "social",
        "Kapan Jl. {street} diperbaiki? Setiap hari sy lewat situ, shockbreaker motor sy ",
        "rusak {n} kali 😡 @pemkotkupang",
    ),
    T(
        "web_form",
        "Nama: [[name:{N1}]]\nNo. WA: [[phone:{P}]]\nIsi: Tetangga sy [[name:{N2}]] buka ",
        "bengkel di rumah, bising sampai malam. Nomor bengkel di spanduknya {opm}.",
    ),
    T(
        "web_form",
        "Nama: -\nNo. WA: -\nIsi: Pungli di loket Samsat. Petugas minta uang tambahan {rp}. ",
        "Nomor antrian {n}{n2}.",
    ),
    T(
        "officer_note",
        "Ringkasan percakapan WA dgn pelapor {date}: pelapor ([[name:{N1}]], [[phone:{P}]]) ",
        "mengirim foto rumahnya di [[address:Jl. {street} No. {hn}]] yang tertimpa pohon.",
    ),
    T(
        "officer_note",
        "Ringkasan grup WA Forum Warga {kel}: keluhan sampah di TPS Jl. {street}, {n}4 ",
        "anggota mengeluh, admin grup meneruskan ke DLHK.",
    ),
    T(
        "letter",
        "Surat terbuka yang beredar di grup WA:\n\nKepada Yth. Wali Kota Kupang,\nsaya ",
        "[[name:{N1}]], ibu dari [[name:{F2}]], murid {school}, memohon agar kasus ",
        "perundungan ditindak.\nHP [[phone:{P}]]",
    ),
    T(
        "letter",
        "Surat pembaca yang beredar di Facebook: 'Kepada Yth. Kepala Dinas Perhubungan, ",
        "lampu lalu lintas di simpang {kel} mati sejak {date}.' Penulis tidak mencantumkan ",
        "nama.",
    ),
    T(
        "whatsapp",
        "[{time}] [[name:{F1:l}]]: td [[name:{N2:l}]] bilang beras bantuan su datang\n",
        "[{time2}] [[name:{F3:l}]]: iyo, [[name:{F4:l}]] su ambil tadi",
    ),
    T(
        "whatsapp",
        "[{time}] grup warga: ada yg tau jam buka kantor Dukcapil hari {day}?\n[{time2}] ",
        "grup warga: 08.00 - 14.00 kk",
    ),
    T(
        "kupang_malay",
        "eh [[name:{K1}]], lu pung nomor [[phone:{P}]] ko? beta mau kasi masuk di grup RT ",
        "{rtn}",
    ),
    T(
        "kupang_malay",
        "beta su telpon nomor pengaduan 1708 ma sonde masuk. nanti beta coba lai hari {day:l}",
    ),
    T(
        "social",
        "Ketemu KTP di {pus}: a.n. [[name:{N1:u}]], NIK [[nik:{NIK}]]. Sy titip di pos ",
        "satpam ya. Pemiliknya silakan ambil",
    ),
    T(
        "social",
        "Yg mau ikut lomba kebersihan antar RT, daftar di Kelurahan {kel} paling lambat ",
        "{date}. RT {rtn} juara tahun lalu 🏆",
    ),
    T(
        "sms_caps",
        "PAK, SY [[name:{N1}]] WARGA [[address:RT {rt}/RW {rw}]] {kel}. EMAIL SY ",
        "[[email:{E1}]] TDK BISA DAFTAR DI APLIKASI. HP [[phone:{P}]]",
    ),
    T(
        "sms_caps",
        "NOMOR KANTOR LURAH {kel} {op} TDK AKTIF. WA PELAYANAN {opm} JG TDK BALAS. MOHON ",
        "PERHATIAN",
    ),
    T(
        "web_form",
        "Nama: [[name:{F1:l}]]\nPesan: tetangga sy [[name:{F2:l}]] pasang pagar makan badan ",
        "jalan, depan rumahnya di [[address:gg {gang:l} no {hn}]]. sdh ditegur RT tp tdk mau",
    ),
    T(
        "officer_note",
        "Tangkapan layar dari pelapor: '[[name:{F1}]]: bu bidan [[name:{F2:f}]] ada di ",
        "puskesmas ko? anak sy panas'. Nomor bidan yg diberikan puskesmas [[phone:{P:nb}]] ",
        "(nomor pribadi bidan).",
    ),
    T(
        "social",
        "[[name:{N1}]] sm [[name:{N2}]] yg kemarin bantu angkat pohon tumbang di {kel}, ",
        "makasih banyak 🙏 kalian luar biasa",
    ),
    T(
        "social",
        "Live IG sore ini bareng Dinas Kesehatan bahas DBD di {kel}. Tonton di ",
        "@dinkeskotakupang jam {time}",
    ),
    T(
        "kupang_malay",
        "beta pung NPWP [[npwp:{NPWP}]], bendahara minta kirim ke email [[email:{E1}]] ko ke ",
        "email sekolah {smail}?",
    ),
]

THEMES = {
    "homes": HOMES,
    "contact_lookalikes": CONTACTS,
    "names_formal": NAMES,
    "mixed_chat": MIXED,
}

# ---------------------------------------------------------------------------------------------
# Filling
# ---------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)((?::[a-z]+)*)\}")
MARKER = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.DOTALL)
PERSON_KEYS = {"N", "F", "S", "I", "K", "E", "EO", "ED"}


def case(value: str, mods: set[str]) -> str:
    if "l" in mods:
        value = value.lower()
    if "u" in mods:
        value = value.upper()
    if "fw" in mods:
        value = value.translate(FULLWIDTH)
    if "s" in mods:
        value = slug(value)
    return value


def draw_people(rng: random.Random, template: str) -> dict[str, dict[str, str]]:
    genders: dict[str, str] = {}
    indices: set[str] = set()
    for key, index, mods in PLACEHOLDER.findall(template):
        if key in PERSON_KEYS:
            indices.add(index or "1")
            if "f" in mods.split(":"):
                genders[index or "1"] = "f"
            if "m" in mods.split(":"):
                genders[index or "1"] = "m"
    people: dict[str, dict[str, str]] = {}
    used_given: set[str] = set()
    used_family: set[str] = set()
    used_nick: set[str] = set()
    for index in sorted(indices):
        gender = genders.get(index) or rng.choice("fm")
        given = rng.choice([g for g in (WOMEN if gender == "f" else MEN) if g not in used_given])
        family = rng.choice([f for f in FAMILIES if f not in used_family])
        nick = rng.choice([k for k in NICKS if k not in used_nick])
        used_given.add(given)
        used_family.add(family)
        used_nick.add(nick)
        people[index] = {
            "N": f"{given} {family}",
            "F": given,
            "S": family,
            "I": f"{given[0]}. {family}",
            "K": nick,
            "E": email_of(rng, given, family),
            "EO": email_dodged(rng, given, family),
            "ED": office_email(rng, given, family),
        }
    return people


def number(rng: random.Random, key: str, mods: set[str]) -> str:  # noqa: PLR0911
    if key == "P":
        return mobile(rng, mods)
    if key == "H":
        return landline(rng)
    if key == "NIK":
        return nik(rng, mods)
    if key == "KK":
        return kk(rng)
    if key == "NPWP":
        return npwp_old(rng, body=False)
    if key == "NPWPN":
        return npwp16(rng)
    if key == "BPJS":
        return "000" + digits(rng, 10)
    if key.startswith("REK"):
        return bank(rng, {"REKBRI": "BRI", "REKBNI": "BNI", "REKM": "MANDIRI"}.get(key, "NTT"))
    if key == "PL":
        return plate(rng)
    raise KeyError(key)


NUMBER_KEYS = {"P", "H", "NIK", "KK", "NPWP", "NPWPN", "BPJS", "REKBRI", "REKBNI", "REKM", "PL"}


def fill(rng: random.Random, template: str) -> str:
    people = draw_people(rng, template)
    cache: dict[str, str] = {}

    def one(match: re.Match[str]) -> str:
        key, index, modtext = match.group(1), match.group(2), match.group(3)
        mods = set(modtext.split(":")) - {""}
        if key in PERSON_KEYS:
            return case(people[index or "1"][key], mods)
        if key in NUMBER_KEYS:
            return case(number(rng, key, mods), mods)
        name = key + index
        if name not in cache:
            cache[name] = filler(rng, name if name in {"time2", "time3"} else key, cache)
        return case(cache[name], mods)

    # kel and kec first, so mailboxes built from them agree with the text
    for key in ("kel", "kec"):
        if "{" + key in template:
            cache[key] = filler(rng, key, cache)
    return PLACEHOLDER.sub(one, template)


def strip(marked: str) -> tuple[str, list[dict[str, object]]]:
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for match in MARKER.finditer(marked):
        before = marked[pos : match.start()]
        text_parts.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value), "value": value})
        text_parts.append(value)
        length += len(value)
        pos = match.end()
    text_parts.append(marked[pos:])
    return "".join(text_parts), spans


def check(text: str, spans: list[dict[str, object]], template: str) -> None:
    for token in ("[[", "]]", "{", "}"):
        assert token not in text, (token, template[:60])
    last = 0
    for span in spans:
        kind, start, end, value = span["kind"], span["start"], span["end"], span["value"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert isinstance(value, str)
        assert kind in KINDS, kind
        assert start < end, template[:60]
        assert text[start:end] == value, (text[start:end], value)
        assert start >= last, ("overlap", value)
        last = end
        assert value[-1].isalnum(), ("end", value)
        assert value[0].isalnum() or (kind == "phone" and value[0] in "+("), ("start", value)
        if kind == "name":
            assert value.split()[0].lower() not in TITLES, ("title inside", value)


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    seen: set[str] = set()
    records: list[dict[str, object]] = []
    for theme, templates in THEMES.items():
        for style, template in templates:
            assert style in STYLES, style
            for _ in range(FILLS):
                for _attempt in range(200):
                    marked = fill(rng, template)
                    text, spans = strip(marked)
                    if style == "sms_caps":
                        upper = text.upper()
                        assert len(upper) == len(text)
                        text = upper
                        for span in spans:
                            span["value"] = str(span["value"]).upper()
                    if text not in seen:
                        break
                else:
                    raise AssertionError("cannot draw a new text: " + template[:60])
                check(text, spans, template)
                seen.add(text)
                records.append(
                    {
                        "id": f"d11-{len(records) + 1:04d}",
                        "text": text,
                        "spans": [
                            {"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans
                        ],
                        "style": style,
                        "theme": theme,
                    }
                )
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    without = sum(1 for r in records if not r["spans"])
    sys.stdout.write(f"{len(records)} texts, {without} without spans -> {OUT.name}\n")


if __name__ == "__main__":
    main()
