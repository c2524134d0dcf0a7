# ruff: noqa: E501
"""Write ``redaction_dev10.jsonl``: a tenth development corpus for the redaction detectors.

Hand-written templates with inline labels ``[[kind:value]]`` and placeholders ``{X}`` are
instantiated with random values (seed 20261206), the labels are stripped, the offsets computed and
every span checked. Run from anywhere: ``python3 make_redaction_dev10.py``.

Placeholders in capitals are personal data and labelled when they stand outside a marker:
``{N}``/``{F}``/``{S}`` full, given and family name of person 1 (``{N2}``, ``{F3}`` … of persons 2,
3), ``{W}`` a word-name, ``{K}`` a nickname, ``{P}`` a mobile, ``{H}`` a home landline, ``{NIK}``,
``{NIKB}`` (one block), ``{KK}``, ``{NPWP}`` (either format), ``{NPWPO}`` (old), ``{NPWPN}`` (16
digits), ``{BPJS}``, ``{REK}``, ``{PL}``, ``{A}`` a home address, ``{AS}`` a street and house
number, ``{RT}`` a lone RT/RW, ``{CX}`` a housing complex's block, ``{E}`` an e-mail built from
person 1's name, ``{EO}`` the same written to dodge scrapers. Placeholders in lower case are not
labelled. ``{X:l}`` and ``{X:u}`` give lower case and capitals; inside a marker a placeholder is
filled in raw. ``sms_caps`` texts are upper-cased after expansion.
"""

from __future__ import annotations

import functools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path


def pool(text: str, sep: str) -> list[str]:
    """The words or the ``sep``-separated items of ``text``."""
    return text.split(sep)


OUT = Path(__file__).parent / "redaction_dev10.jsonl"
RNG = random.Random(20261206)
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
STYLES = {"social", "whatsapp", "sms_caps", "kupang_malay", "web_form", "officer_note", "letter"}
INSTANCES = 4

# --------------------------------------------------------------------------------------------
# Value pools
# --------------------------------------------------------------------------------------------

GIVEN_M = pool(
    "Yohanes Marthen Yermias Frans Yakob Melki Welem Hendrik Kornelis Yosef Ignasius Dominggus "
    "Viktor Paulus Nikodemus Benyamin Semuel Ferdinandus Mikael Stefanus Imanuel Oktovianus Daniel "
    "Yulius Sutrisno Budi Slamet Agus Andi Baso Abdullah Hasan Yusuf Hok Steven Hendra Lukas "
    "Matheos Elias Teddy Oskar Herman Simon Markus",
    " ",
)
GIVEN_F = pool(
    "Wahyuni Agustina Debora Maria Selfi Novi Aleta Rut Ester Lodia Erni Vivi Yanti Gracia Sofi "
    "Anace Yuliana Petronela Sarlota Adriana Elisabeth Yustina Margaretha Karolina Sri Sitti "
    "Fatimah Aisyah Lina Meiliana Apriana Rosalina Natalia Kristina Emilia Dorkas Mersi Yeni",
    " ",
)
GIVEN = GIVEN_M + GIVEN_F
FAMILY = [
    *pool(
        "Ndun Manafe Tefa Benu Lay Bessie Amalo Mooy Fanggidae Lenggu Nope Kolo Pello Messakh Dethan "
        "Tallo Sinlae Foenay Therik Pah Nenobais Tanone Haba Missa Selan Sabneno Neonufa Uly Nahak "
        "Bire Kapitan Lakapu Adoe Bana Wila Huky Nalle Saudale Manu Toy Sine Tapatab Ataupah Kase "
        "Wibowo Santoso Prasetyo Susanto Mappa Pawellangi Tan Liem Kwee Gunawan Alkatiri Assegaf "
        "Bahasuan Baswedan Lomi Ballo Radja",
        " ",
    ),
    *["Riwu Kaho", "Ratu Edo", "Ga Lena", "Dju Dara", "Da Costa", "Riwu Rohi", "Lado Lay"],
]
NICK = pool("Nyong Ose Ati Ucu Eton Oni Ance Tinus Neli Eki Bento Ulis Oce Memi", " ")
WORDNAME_F = pool("Indah Kasih Bunga Intan Melati Mawar Setia", " ")
WORDNAME_M = pool("Berkat Untung Selamat Damai Bintang", " ")
WORDNAME = WORDNAME_F + WORDNAME_M

KEL = pool(
    "Oebobo|Oebufu|Oesapa|Oesapa Barat|Liliba|Kayu Putih|Fatululi|Naikoten I|Naikoten II|"
    "Sikumana|Oepura|Namosain|Fontein|Airnona|Bakunase|Kuanino|Penfui|Lasiana|Tuak Daun Merah|"
    "Maulafa|Fatukoya|Nefonaek|Pasir Panjang|Alak|Manutapen|Belo|Kolhua|Naimata|Oetete|"
    "Nunbaun Sabu|Nunhila|Oeba|Solor|Batuplat|Manulai II|Mantasi|Fatubesi|Bonipoi|Naioni",
    "|",
)
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
STREET = pool(
    "Nangka|Sukun|Jambu|Manggis|Kelinci|Rote|Bajawa|Kenari|Palapa|Thamrin|Herewila|Kancil|"
    "Merpati|Kakatua|Flamboyan|Bougenvile|Cendana|Veteran|Amabi|Kejora|Anggrek|Lontar|Matahari|"
    "Perintis Kemerdekaan|Timor Raya|Adisucipto|Frans Seda|W.J. Lalamentik|Alfons Nisnoni|"
    "Piet A. Tallo|Cak Doko|Moh. Hatta|Soeharto|El Tari|H.R. Koroh|Kartini|Sumatera|Durian|"
    "Beringin|Batu Cadas|Fetor Funay|Nusa Indah|Samratulangi|Suratim|Kecapi|Delima",
    "|",
)
GANG = pool("Mawar|Kakatua|Sepakat|Damai|Melati|Anggur|Flores|Sabu|Harapan|Murni|Kasih|Rukun", "|")
PERSON_STREET = pool(
    "Frans Seda|Piet Tallo|El Tari|Moh. Hatta|Soeharto|Cak Doko|Lalamentik|Sam Ratulangi|"
    "Adisucipto|Alfons Nisnoni|Herewila|Eltari",
    "|",
)
PUS = pool(
    "Oebobo|Sikumana|Bakunase|Oesapa|Pasir Panjang|Alak|Kupang Kota|Penfui|Naioni|Manutapen|Oepoi",
    "|",
)
CHURCH = pool(
    "GMIT Kalvari Oebufu|GMIT Paulus|Katedral Kristus Raja|GMIT Koinonia|St. Yoseph Naikoten|"
    "GMIT Ebenhaezer Oeba|GMIT Betel Oesapa|St. Maria Assumpta|GMIT Syalom Airnona",
    "|",
)
PUB = pool(
    "Pasar Oebobo|Terminal Kupang|Lippo Plaza Kupang|Pantai Lasiana|Taman Nostalgia|"
    "Stadion Oepoi|Bundaran Tirosa|Pasar Inpres Naikoten|Kampus Undana Penfui|Pelabuhan Tenau|"
    "Transmart Kupang|Pantai Warna Oesapa|Pasar Kasih Naikoten",
    "|",
)
SCHOOL = pool(
    "SDN Oebobo 2|SMPN 5 Kupang|SD Inpres Oepura 2|SMAN 3 Kupang|SDK St. Yoseph|"
    "SMPK St. Theresia|SMKN 2 Kupang|SMPN 2 Kupang|SD GMIT Kuanino",
    "|",
)
SHOPNAME = pool(
    "Sinar Abadi|Maju Motor|Berkat Jaya|Damai Sejahtera|Timor Indah|Kasih Ibu|Sumber Rejeki|"
    "Flobamora Jaya|Harapan Baru|Cahaya Kupang",
    "|",
)
CVNAME = pool(
    "Sinar Timor|Timor Jaya|Flobamora Karya|Sasando Mandiri|Lontar Indah|Karya Kupang Abadi|"
    "Nusa Bangun Persada|Cendana Raya",
    "|",
)
OFFICE = pool(
    "kantor lurah|Dukcapil|kantor camat|Dinas Sosial|kantor PDAM|Bapenda|Dinas Perhubungan|"
    "Samsat Kupang",
    "|",
)
HARI_RAYA = ["Idul Fitri", "Idul Adha", "Natal", "Nyepi", "Waisak"]
FEAST = ["Natal", "Paskah", "Idul Fitri", "Idul Adha", "Tahun Baru", "HUT RI", "Pentakosta"]
DAY = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTH = pool(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember", " "
)
HANDLE = pool(
    "nona_oesapa88|anak_kupang|kupanginfo|beta.orang.kupang|infokupang_ntt|kupang.update|"
    "mama_lasiana|pemkotkupang|dukcapilkotakupang|lapor1708|ombudsmanri137|kupang_hari_ini|"
    "nyong.flobamora|dinaspupr.kotakupang|humaskotakupang|warga.kupang|kota_kasih_net",
    "|",
)
OMAIL = pool(
    "pengaduan@kupangkota.go.id|dukcapil@kupangkota.go.id|dinkes.kotakupang@gmail.com|"
    "humas@kupangkota.go.id|pdam.kotakupang@gmail.com|bapenda.kotakupang@gmail.com|"
    "ombudsman.ntt@ombudsman.go.id|kelurahan.oebufu@gmail.com|dinsos.kotakupang@yahoo.co.id|"
    "ppid@kupangkota.go.id|perkim.kotakupang@gmail.com|samsat.kupang@gmail.com",
    "|",
)
SMAIL = pool(
    "osis.smpn2kupang@gmail.com|sdn1oebobo@gmail.com|tu.sman3kupang@yahoo.co.id|"
    "smkn2kupang.official@gmail.com|komite.sdkstyoseph@gmail.com|sdinpres.oepura2@gmail.com",
    "|",
)
RMAIL = pool(
    "cs@bankntt.co.id|helpdesk@lapor.go.id|admin@kupangkota.go.id|info@pdamkupang.co.id|"
    "penyuluh@pertanian.kupangkota.go.id|layanan@bpjs-kesehatan.go.id|cs@plnkupang.co.id",
    "|",
)
PMAIL = pool(
    "lurah.fatululi@gmail.com|camat.oebobo@kupangkota.go.id|kadis.pupr@kupangkota.go.id|"
    "lurah.oesapa@gmail.com|sekcam.maulafa@gmail.com|kabid.kesmas@kupangkota.go.id",
    "|",
)
SCAMMAIL = pool(
    "bansos.kemensos.ntt@gmail.com|pajak.kupang.resmi@gmail.com|pln.kupang.promo@gmail.com|"
    "bantuan.pkh.ntt2026@gmail.com|dukcapil.online.kupang@gmail.com",
    "|",
)
EMAIL_HOST = ["gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com"]
HOT = ["112", "1708", "123", "110", "113", "1500 046", "0800 1 009 009"]
MOBILE_PREFIX = pool(
    "0812 0813 0821 0822 0852 0853 0811 0815 0857 0858 0817 0818 0819 0877 0878 0895 0881", " "
)
NIK_REGION = ["5371"] * 6 + ["5301", "5302", "5313", "5310", "5303", "5304"]


def digits(n: int) -> str:
    return "".join(str(RNG.randint(0, 9)) for _ in range(n))


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    return sep.join(out)


def mobile() -> str:
    length = RNG.choice([11, 12, 12, 12, 13])
    raw = RNG.choice(MOBILE_PREFIX) + digits(length - 4)
    rest = raw[1:]
    sizes = {11: [4, 3, 4], 12: [4, 4, 4], 13: [4, 4, 5]}[length]
    forms = [
        raw,
        group(raw, sizes, "-"),
        group(raw, sizes, " "),
        group(raw, sizes, "."),
        "+62 " + group(rest, [3, 4, len(rest) - 7], "-"),
        "+62" + rest,
        "62" + rest,
        "62 " + group(rest, [3, 4, len(rest) - 7], " "),
    ]
    return RNG.choice(forms)


def landline() -> str:
    num = "8" + digits(5)
    form = RNG.randrange(4)
    if form == 0:
        return f"0380 {num}"
    if form == 1:
        return f"(0380) {num}"
    if form == 2:
        return f"(0380) {num[:3]} {num[3:]}"
    return f"0380-{num}"


def office_landline() -> str:
    num = "8" + RNG.choice(["21", "22", "26", "31", "32", "33", "90"]) + digits(3)
    form = RNG.randrange(4)
    if form == 0:
        return f"(0380) {num[:3]} {num[3:]}"
    if form == 1:
        return f"0380-{num[:3]} {num[3:]}"
    if form == 2:
        return f"0380 {num}"
    return f"(0380) {num}"


def office_mobile() -> str:
    raw = RNG.choice(["0811", "0812", "0813", "0821", "0852"]) + digits(8)
    form = RNG.randrange(3)
    if form == 0:
        return group(raw, [4, 4, 4], "-")
    if form == 1:
        return group(raw, [4, 4, 4], " ")
    return raw


def nik_raw(female: bool | None = None) -> str:
    region = RNG.choice(NIK_REGION)
    district = f"{RNG.randint(1, 6):02d}"
    day = RNG.randint(1, 28)
    if female if female is not None else RNG.random() < 0.5:
        day += 40
    month = RNG.randint(1, 12)
    year = RNG.randint(50, 99) if RNG.random() < 0.7 else RNG.randint(0, 8)
    return f"{region}{district}{day:02d}{month:02d}{year:02d}{RNG.randint(1, 180):04d}"


def nik() -> str:
    raw = nik_raw()
    form = RNG.randrange(4)
    if form == 0:
        return group(raw, [4, 4, 4, 4], " ")
    if form == 1:
        return group(raw, [2, 2, 2, 6, 4], ".")
    return raw


def kk() -> str:
    region = RNG.choice(NIK_REGION)
    issued = f"{RNG.randint(1, 28):02d}{RNG.randint(1, 12):02d}{RNG.randint(5, 25):02d}"
    return f"{region}{RNG.randint(1, 6):02d}{issued}{RNG.randint(1, 9999):04d}"


def npwp_old(branch: str = "000") -> str:
    return (
        f"{RNG.randint(1, 99):02d}.{digits(3)}.{digits(3)}.{RNG.randint(0, 9)}-"
        f"{RNG.choice(['921', '921', '922'])}.{branch}"
    )


def npwp_person() -> str:
    return npwp_old() if RNG.random() < 0.5 else nik_raw()


def npwp_body() -> str:
    if RNG.random() < 0.6:
        return f"0{RNG.randint(1, 3)}.{digits(3)}.{digits(3)}.{RNG.randint(0, 9)}-921.000"
    return "0" + f"{RNG.randint(1, 3)}" + digits(14)


def bpjs() -> str:
    raw = "000" + digits(10)
    return raw if RNG.random() < 0.7 else group(raw, [4, 4, 5], " ")


def account() -> str:
    form = RNG.randrange(5)
    if form == 0:
        return f"{digits(4)}-01-{digits(6)}-{digits(2)}-{digits(1)}"
    if form == 1:
        return "0" + digits(9)
    if form == 2:
        return f"{RNG.randint(100, 199)}-00-{digits(7)}-{digits(1)}"
    if form == 3:
        return f"00{RNG.randint(1, 9)}.01.02.{digits(6)}-{digits(1)}"
    return f"{digits(3)} {digits(3)} {digits(4)}"


def plate() -> str:
    region = RNG.choice(["DH", "DH", "DH", "EB", "ED"])
    number = RNG.randint(1000, 9999) if RNG.random() < 0.85 else RNG.randint(10, 999)
    suffix = "".join(RNG.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(RNG.choice([1, 2, 2])))
    form = RNG.randrange(4)
    if form == 0:
        return f"{region}{number}{suffix}"
    return f"{region} {number} {suffix}"


def house_number() -> str:
    number = str(RNG.randint(1, 160))
    return number + RNG.choice(["", "", "", "", "A", "B"])


def rt_rw() -> str:
    rt, rw = RNG.randint(1, 40), RNG.randint(1, 15)
    forms = [
        f"RT {rt:02d} RW {rw:02d}",
        f"RT {rt:03d}/RW {rw:03d}",
        f"rt {rt} rw {rw}",
        f"RT.{rt:02d}/RW.{rw:02d}",
        f"RT {rt}",
        f"RT {rt}/RW {rw}",
        f"RT {rt:02d}/RW {rw:02d}",
    ]
    return RNG.choice(forms)


def street_house() -> str:
    street, gang, hn = RNG.choice(STREET), RNG.choice(GANG), house_number()
    lane = RNG.randint(1, 9)
    forms = [
        f"Jl. {street} No. {hn}",
        f"Jl. {street} No.{hn}",
        f"Jl. {street} no {hn}",
        f"Jalan {street} nomor {hn}",
        f"Gg. {gang} No. {hn}",
        f"Gang {gang} nomor {hn}",
        f"Jl. {street} Gg. {lane} No. {hn}",
        f"Lr. {gang} No. {hn}",
        f"lrg {lane} no {hn}",
    ]
    return RNG.choice(forms)


def home_address() -> str:
    base = street_house()
    if RNG.random() < 0.5:
        rt = rt_rw()
        if "/" not in rt and " rw " not in rt and " RW " not in rt:
            rt = f"{rt}/RW {RNG.randint(1, 15):02d}"
        return base + RNG.choice([", ", " "]) + rt
    return base


def complex_block() -> str:
    name = RNG.choice(["Perumnas", "Kompleks BTN Kolhua", "Perum Citra Permai", "Kompleks Oepura"])
    block = RNG.choice("ABCDEFGH") + RNG.choice(["", "2", "3"])
    form = RNG.randrange(2)
    if form == 0:
        return f"{name} Blok {block} No. {house_number()}"
    return f"{name} Blok {RNG.choice(['Kenanga', 'Melati', 'Cendana'])} Blok {block} No. {RNG.randint(1, 40)}"


def office_address() -> str:
    street = RNG.choice(STREET)
    return RNG.choice(
        [f"Jl. {street} No. {RNG.randint(1, 120)}", f"Jl. {street} No.{RNG.randint(1, 99)}"]
    )


def email_local(given: str, family: str) -> str:
    g, f = given.lower(), family.lower().replace(" ", "")
    form = RNG.randrange(6)
    if form == 0:
        return f"{f}.{g}{RNG.randint(10, 99)}"
    if form == 1:
        return f"{g}{f}"
    if form == 2:
        return f"{g}_{f}"
    if form == 3:
        return f"{g[0]}{f}{RNG.randint(70, 99)}"
    if form == 4:
        return f"{g}.{f}"
    return f"{g}{RNG.randint(1, 30)}{f[:4]}"


def email(given: str, family: str) -> str:
    host = RNG.choice([*EMAIL_HOST, "kupangkota.go.id"])
    return f"{email_local(given, family)}@{host}"


def email_dodged(given: str, family: str) -> str:
    local = email_local(given, family)
    host = RNG.choice(["gmail", "yahoo", "ymail"])
    form = RNG.randrange(5)
    if form == 0:
        return f"{local} @ {host}.com"
    if form == 1:
        return f"{local}(at){host}.com"
    if form == 2:
        return f"{local} [at] {host} [dot] com"
    if form == 3:
        return f"{local} at {host} dot com"
    return f"{local}(keong){host}(titik)com"


def ticket() -> str:
    form = RNG.randrange(4)
    if form == 0:
        return f"{RNG.randint(2400, 2612)}-{RNG.randint(1000, 9999)}-{RNG.randint(100, 999)}"
    if form == 1:
        return f"#LPR-2026-{RNG.randint(1000, 1231)}-{RNG.randint(1, 9999):04d}"
    if form == 2:
        return f"LAPOR-5371-2026-{RNG.randint(1, 99999):05d}"
    return f"TKT{RNG.randint(10**8, 10**9 - 1)}"


def letter_number() -> str:
    form = RNG.randrange(3)
    if form == 0:
        return f"{RNG.choice(['700', '400', '503', '470'])}/{RNG.randint(10, 999)}/INSP/2026"
    if form == 1:
        return f"503/PBG/2026/{RNG.randint(1, 999):05d}"
    return f"5371-LU-{RNG.randint(1, 28):02d}{RNG.randint(1, 12):02d}2026-{RNG.randint(1, 99):04d}"


def nop() -> str:
    return (
        f"53.71.0{RNG.randint(10, 60)}.00{RNG.randint(1, 9)}.{RNG.randint(1, 40):03d}-"
        f"{RNG.randint(1, 999):04d}.0"
    )


def faktur() -> str:
    return f"010.00{RNG.randint(0, 9)}-26.{digits(8)}"


def briva() -> str:
    return f"{RNG.randint(10000, 99999)} {RNG.choice(MOBILE_PREFIX)}{digits(8)}"


def money() -> str:
    return RNG.choice(["50.000", "150.000", "250.000", "1.500.000", "300 ribu", "75.000", "2 juta"])


def date() -> str:
    return f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/2026"


def time_of_day() -> str:
    return f"{RNG.randint(7, 21):02d}.{RNG.choice(['00', '15', '30', '45'])}"


UNLABELLED = {
    "kel": lambda: RNG.choice(KEL),
    "kec": lambda: RNG.choice(KEC),
    "street": lambda: "Jl. " + RNG.choice(STREET),
    "pstreet": lambda: RNG.choice(PERSON_STREET),
    "gname": lambda: RNG.choice(GANG),
    "pus": lambda: RNG.choice(PUS),
    "church": lambda: RNG.choice(CHURCH),
    "pub": lambda: RNG.choice(PUB),
    "school": lambda: RNG.choice(SCHOOL),
    "shop": lambda: RNG.choice(SHOPNAME),
    "cv": lambda: RNG.choice(CVNAME),
    "office": lambda: RNG.choice(OFFICE),
    "feast": lambda: RNG.choice(FEAST),
    "hr": lambda: RNG.choice(HARI_RAYA),
    "day": lambda: RNG.choice(DAY),
    "month": lambda: RNG.choice(MONTH),
    "h": lambda: RNG.choice(HANDLE),
    "omail": lambda: RNG.choice(OMAIL),
    "smail": lambda: RNG.choice(SMAIL),
    "rmail": lambda: RNG.choice(RMAIL),
    "pmail": lambda: RNG.choice(PMAIL),
    "scammail": lambda: RNG.choice(SCAMMAIL),
    "op": lambda: office_landline() if RNG.random() < 0.5 else office_mobile(),
    "opl": office_landline,
    "opm": office_mobile,
    "hot": lambda: RNG.choice(HOT),
    "oaddr": office_address,
    "cnpwp": npwp_body,
    "tkt": ticket,
    "bill": lambda: "8" + "2026" + digits(10),
    "va": lambda: group("8808" + digits(12), [4, 4, 4, 4], " "),
    "trx": lambda: "2026" + digits(12),
    "reg": lambda: "2026" + f"{RNG.randint(1, 12):02d}" + digits(10),
    "kp": lambda: "0312026" + digits(9),
    "briva": briva,
    "idpel": lambda: "5312" + digits(8),
    "meter": lambda: RNG.choice(["14", "32", "56"]) + digits(9),
    "token": lambda: group(digits(20), [4, 4, 4, 4, 4], " "),
    "nop": nop,
    "faktur": faktur,
    "letter": letter_number,
    "ntpn": lambda: "".join(RNG.choice("0123456789ABCDEF") for _ in range(16)),
    "nip": lambda: (
        f"19{RNG.randint(65, 95)}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d} "
        f"20{RNG.randint(0, 20):02d}{RNG.randint(1, 12):02d} {RNG.randint(1, 2)} "
        f"{RNG.randint(1, 20):03d}"
    ),
    "nisn": lambda: "00" + digits(8),
    "sim": lambda: f"{digits(4)}-{digits(4)}-{digits(6)}",
    "bpjstk": lambda: "2" + digits(10),
    "nib": lambda: "91201" + digits(8),
    "kw": lambda: f"KW-2026/{RNG.randint(1, 9999):04d}",
    "rp": money,
    "date": date,
    "time": time_of_day,
    "n": lambda: str(RNG.randint(2, 9)),
    "rtn": lambda: f"{RNG.randint(1, 40):02d}",
    "rwn": lambda: f"{RNG.randint(1, 12):02d}",
    "age": lambda: str(RNG.randint(4, 16)),
}

LABELLED_KIND = {
    "N": "name",
    "F": "name",
    "S": "name",
    "W": "name",
    "K": "name",
    "P": "phone",
    "H": "phone",
    "NIK": "nik",
    "NIKB": "nik",
    "KK": "kk",
    "NPWP": "npwp",
    "NPWPO": "npwp",
    "NPWPN": "npwp",
    "BPJS": "bpjs",
    "REK": "bank_account",
    "PL": "plate",
    "A": "address",
    "AS": "address",
    "RT": "address",
    "CX": "address",
    "E": "email",
    "EO": "email",
}
LABELLED_VALUE = {
    "W": lambda: RNG.choice(WORDNAME),
    "K": lambda: RNG.choice(NICK),
    "P": mobile,
    "H": landline,
    "NIK": nik,
    "NIKB": nik_raw,
    "KK": kk,
    "NPWP": npwp_person,
    "NPWPO": npwp_old,
    "NPWPN": nik_raw,
    "BPJS": bpjs,
    "REK": account,
    "PL": plate,
    "A": home_address,
    "AS": street_house,
    "RT": rt_rw,
    "CX": complex_block,
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+?)(\d?)(?::([lu]?)([fm]?))?\}")
MARKER = re.compile(r"\[\[(\w+):(.+?)\]\]")


class Instance:
    """The values of one text: each placeholder drawn once, people's names distinct."""

    def __init__(self, template: str) -> None:
        self.people: dict[str, tuple[str, str]] = {}
        self.values: dict[tuple[str, str], str] = {}
        # a gender mark (``{F:f}``, ``{N2:m}``, ``{W:f}``) holds for every use of that person
        self.gender = {(m[1] in {"W"}, m[2]): m[4] for m in PLACEHOLDER.finditer(template) if m[4]}

    def person(self, idx: str) -> tuple[str, str]:
        if idx not in self.people:
            used_g = {g for g, _ in self.people.values()}
            used_f = {f for _, f in self.people.values()}
            pool = {"f": GIVEN_F, "m": GIVEN_M}.get(self.gender.get((False, idx), ""), GIVEN)
            given = RNG.choice([g for g in pool if g not in used_g])
            family = RNG.choice([f for f in FAMILY if f not in used_f])
            self.people[idx] = (given, family)
        return self.people[idx]

    def value(self, base: str, idx: str) -> str:
        if base in {"N", "F", "S", "E", "EO"}:
            given, family = self.person(idx)
            key = (base, idx)
            if key not in self.values:
                self.values[key] = {
                    "N": lambda: f"{given} {family}",
                    "F": lambda: given,
                    "S": lambda: family,
                    "E": lambda: email(given, family),
                    "EO": lambda: email_dodged(given, family),
                }[base]()
            return self.values[key]
        key = (base, idx)
        if key not in self.values:
            draw = LABELLED_VALUE.get(base) or UNLABELLED[base]
            if base == "W" and (True, idx) in self.gender:
                words = WORDNAME_F if self.gender[True, idx] == "f" else WORDNAME_M
                draw = functools.partial(RNG.choice, words)
            taken = {v for (b, i), v in self.values.items() if b == base and i != idx}
            value = draw()
            for _ in range(30):
                if value not in taken:
                    break
                value = draw()
            self.values[key] = value
        return self.values[key]


def cased(value: str, case: str | None) -> str:
    if case == "l":
        return value.lower()
    if case == "u":
        return value.upper()
    return value


def expand(template: str) -> str:
    """The template with its placeholders filled and labelled ones wrapped in markers."""
    inst = Instance(template)

    def raw(match: re.Match[str]) -> str:
        return cased(inst.value(match[1], match[2]), match[3])

    def outside(match: re.Match[str]) -> str:
        value = raw(match)
        kind = LABELLED_KIND.get(match[1])
        return f"[[{kind}:{value}]]" if kind else value

    out, last = [], 0
    for marker in MARKER.finditer(template):
        out.append(PLACEHOLDER.sub(outside, template[last : marker.start()]))
        out.append(f"[[{marker[1]}:{PLACEHOLDER.sub(raw, marker[2])}]]")
        last = marker.end()
    out.append(PLACEHOLDER.sub(outside, template[last:]))
    return "".join(out)


TITLES = {
    "pak", "bu", "bapak", "ibu", "om", "tanta", "mama", "bapa", "oma", "nona", "kak", "sdr",
    "bidan", "lurah", "dr", "pdt",
}  # fmt: skip


def strip(marked: str) -> tuple[str, list[dict[str, object]]]:
    text, spans, last = [], [], 0
    length = 0
    for marker in MARKER.finditer(marked):
        before = marked[last : marker.start()]
        text.append(before)
        length += len(before)
        value = marker[2]
        spans.append({"kind": marker[1], "start": length, "end": length + len(value), "v": value})
        text.append(value)
        length += len(value)
        last = marker.end()
    text.append(marked[last:])
    return "".join(text), spans


def check(text: str, spans: list[dict[str, object]], where: str) -> None:
    for bad in ("{", "}", "[[", "]]"):
        if bad in text:
            raise ValueError(f"{where}: {bad!r} left in {text!r}")
    last = 0
    for span in sorted(spans, key=lambda s: s["start"]):
        kind, start, end = span["kind"], span["start"], span["end"]
        value = text[start:end]
        if kind not in KINDS:
            raise ValueError(f"{where}: kind {kind!r}")
        if not value or value not in {span["v"], str(span["v"]).upper()}:
            raise ValueError(f"{where}: span {value!r} is not {span['v']!r}")
        if start < last:
            raise ValueError(f"{where}: overlap at {value!r}")
        first_ok = value[0].isalnum() or (kind == "phone" and value[0] in "+(")
        if not first_ok or not value[-1].isalnum():
            raise ValueError(f"{where}: span edge {value!r}")
        if kind == "name" and value.split()[0].lower().rstrip(".") in TITLES:
            raise ValueError(f"{where}: title inside {value!r}")
        last = end


# --------------------------------------------------------------------------------------------
# Templates: (style, template)
# --------------------------------------------------------------------------------------------

NAMES_NO_TRIGGER = [
    # people named with no trigger word
    (
        "kupang_malay",
        "tadi {F:l} deng {F2:l} su datang ko minta surat pindah, ma petugas bilang besok sa. sonde jelas",
    ),
    (
        "kupang_malay",
        "[[name:{K} {S}]] yang pukul beta pung ana di depan {school}, baru dia lari pi {kel}. sapa yang kenal dia tolong kasi tau",
    ),
    (
        "officer_note",
        "Kemarin {N} bilang air PDAM sudah 2 minggu mati. {F} minta petugas datang cek meteran hari {day}.",
    ),
    (
        "whatsapp",
        "kak, {N:l} tanya kapan bantuan beras masuk. dia bilang su {n} kali datang ke kantor lurah",
    ),
    (
        "kupang_malay",
        "eh {K}, lu su kasi tau {F2} ko? dia pung KTP masih tinggal di kantor camat {kec}",
    ),
    (
        "officer_note",
        "Pengadu datang bersama {N} dan {N2}. Keduanya mengaku dimintai Rp {rp} oleh {N3} saat mengurus akta kelahiran.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#{N} DENG {N2} SU {n} KALI PI DUKCAPIL MA AKTA BELUM JADI. TOLONG DIBANTU",
    ),
    ("whatsapp", "td {N:l} bilang {N2:l} yg ambil sertifikat di BPN, bukan dia. bgmn ini kak"),
    (
        "letter",
        "Bersama ini kami sampaikan bahwa {N} telah menutup saluran air di depan rumah {N2} sejak bulan {month} sehingga halaman kami tergenang.",
    ),
    (
        "officer_note",
        "Kejadian disaksikan {N} dan {F2}. Pengadu kemudian dihubungi oleh {N3} dari Dinas Perhubungan untuk klarifikasi.",
    ),
    (
        "kupang_malay",
        "sapa yang kenal {N:l}? dia pinjam beta pung uang Rp {rp} baru hilang su {n} bulan",
    ),
    (
        "whatsapp",
        'Bu RT bilang: "{F} su urus semua, tinggal tunggu". Tapi {F} sendiri sonde tau apa-apa soal itu',
    ),
    (
        "kupang_malay",
        "itu hari {K} datang marah-marah di posyandu, bilang {W} pung ana sonde dapat vitamin",
    ),
    (
        "officer_note",
        "Telepon masuk pukul {time}. Ybs menyampaikan bahwa tetangganya, {N}, membakar sampah plastik setiap malam di belakang rumah.",
    ),
    (
        "web_form",
        "Saya sudah lapor ke {F} di loket 3 tapi disuruh kembali ke {F2}. Lalu {F2} bilang berkas harus dibawa ke kantor camat {kec}.",
    ),
    ("whatsapp", "yg blm dapat BLT: {N:l}, {N2:l}, {N3:l} dan {F4:l}. tolong dicek kak"),
    (
        "kupang_malay",
        "untuk {F:l} deng {F2:l}, besok pagi bawa KK asli ke kantor lurah e, jang lupa",
    ),
    (
        "whatsapp",
        "Kata {N}, surat keterangan tidak mampu bisa diurus di {office} tanpa bayar. Tapi sama {N2} diminta Rp {rp}",
    ),
    ("kupang_malay", "beta su kasi tau ke {F:l}, ma dia bilang tunggu {F2:l} pulang dari Soe dolo"),
    (
        "letter",
        "Kami sudah menghubungi {N} selaku kepala sekolah dan {N2}, wali kelas, namun sampai {month} belum ada tanggapan.",
    ),
    (
        "kupang_malay",
        "sengketa tanah antara keluarga {S} deng keluarga {S2} su lama, sekarang dong pagar jalan setapak ke {kel}",
    ),
    (
        "web_form",
        "Nama saya memang {W}, bukan nama toko. Saya [[name:{W} {S}]] dari {kel}, mohon data saya di DTKS diperbaiki.",
    ),
    ("whatsapp", "{F:u} TOLONG SAMPAIKAN KE {F2:u}, BESOK PAGI RAPAT DI KANTOR LURAH JAM {time}"),
    ("kupang_malay", "ais {N:l} su pi mana? dari pagi kami tunggu di {office}"),
    (
        "officer_note",
        "Ybs datang dengan {F:f}, istrinya, dan anak mereka {F2}. Keduanya belum terdaftar di KK.",
    ),
    ("whatsapp", "kalo {K} datang, bilang untuk {F2} e, dia pung berkas ada di beta"),
    (
        "kupang_malay",
        "coba lu tanya {F:l} sa, dia tau {N2:l} pung rumah. beta su tanya {F3:l} ma dia sonde tau",
    ),
    (
        "whatsapp",
        "Bu {W:f} su telpon? Katanya {W} deng suaminya mau datang ke kantor lurah hari {day}",
    ),
    # negatives: capitalised words that are not names
    (
        "officer_note",
        "Pengadu menyampaikan keluhan ke Dinas PUPR Kota Kupang terkait jalan rusak di Jl. {pstreet} depan Gereja {church}. Sudah dilaporkan sejak {month}.",
    ),
    (
        "kupang_malay",
        "Pak Lurah deng Ketua RT su datang liat got di {kel}, ma sampai {feast} sonde ada kerja",
    ),
    (
        "letter",
        "Yth. Kepala Dinas Kesehatan Kota Kupang, mohon perhatian terhadap pelayanan di Puskesmas {pus} pada hari {day} yang tutup sebelum jam {time}.",
    ),
    (
        "whatsapp",
        "Info: Posyandu Bunga Bakung {kel} buka tgl {date} jam {time}. Bawa buku KIA dan kartu imunisasi.",
    ),
    (
        "web_form",
        "Antrean di RSUD Prof. Dr. W. Z. Johannes sangat panjang, pasien dari {kel} menunggu sampai jam {time} tanpa kepastian.",
    ),
    (
        "officer_note",
        "Koordinator Forum Warga Peduli Kota dan Petugas Pendamping PKH hadir di Aula Kantor Wali Kota tanggal {date}.",
    ),
    (
        "kupang_malay",
        "terima kasih banyak Tuhan Yesus, air su mengalir lagi di {kel}. Salam damai untuk semua",
    ),
    (
        "sms_caps",
        "KOTKUPANG#LAMPU JALAN DI {street} MATI SU {n} MINGGU. MOHON DINAS PERKIM TINDAK LANJUT",
    ),
    (
        "whatsapp",
        "Pasar Kasih Naikoten tutup tgl {date} krn kerja bakti. Toko {shop} tetap buka sampai jam {time}.",
    ),
    (
        "letter",
        "Dengan hormat, Komite Sekolah {school} menyampaikan keberatan atas pungutan Rp {rp} per siswa menjelang {feast}.",
    ),
    (
        "officer_note",
        "Mobil tangki dari arah Bandara El Tari sampai ke {kel} jam {time}. Wali Kota minta laporan mingguan dari Camat {kec}.",
    ),
    (
        "kupang_malay",
        "macet parah di {pstreet} deng di depan RS Bhayangkara Drs. Titus Uly tadi pagi, polisi sonde ada. bulan {month} ni tiap hari bagini",
    ),
    (
        "whatsapp",
        "Bulan {month} ini BLT Dana Kelurahan belum cair. Program Keluarga Harapan juga. Kepala Dinas Sosial janji minggu depan.",
    ),
    (
        "web_form",
        "Mohon Bapak Camat {kec} dan Lurah {kel} turun langsung ke lokasi banjir di {street} sebelum {feast}.",
    ),
    (
        "kupang_malay",
        "Untung sonde hujan, jadi jalan ke {kel} masih bisa lewat. Berkat doa mama-mama di {church} juga",
    ),
    (
        "officer_note",
        "{feast}: layanan Dukcapil tutup hari {day}. Loket dibuka lagi {date}. Petugas piket dari Bagian Umum dan Satpol PP.",
    ),
    (
        "letter",
        "Kepada Yth. Ketua DPRD Kota Kupang, kami Forum Komunikasi Warga {kel} memohon audiensi terkait Universitas Nusa Cendana dan jalan ke Kampus Undana Penfui.",
    ),
]

SOCIAL = [
    (
        "social",
        "Dicari!! Anak kami {N}, umur {age} thn, hilang sejak {date} di sekitar {pub}. Kalau ada yg liat tolong hubungi {P} (mamanya). #Kupang #InfoKupang",
    ),
    (
        "social",
        "Motor Beat hitam {PL} hilang di parkiran {pub} tadi sore 😭 Yang liat tolong DM ato telp {P}. Share ya kk",
    ),
    ("social", "{N:l} ini yg tadi tabrak lari di {pstreet}, sapa kenal dia pung rumah?? 😡"),
    (
        "social",
        "Replying to @{h}\nItu petugas loket namanya {F}, dia yg minta uang Rp {rp}. Sudah sy lapor ke @ombudsmanri137",
    ),
    (
        "social",
        "Makasih banyak bidan {F:f} di Puskesmas {pus} yg su bantu beta pung ade melahirkan tengah malam 🙏 #bidanhebat",
    ),
    ("social", "eh itu {K} ko? [[name:{K} {S}]] yg tinggal di {A} tu? 😂"),
    (
        "social",
        "*INFO GRUP WARGA*\nPak {N:m} minta warga jangan buang sampah di depan rumahnya lagi. Rumahnya di {A}, yang pagar hijau.",
    ),
    ("social", "Pindahan guys 🏠 sekarang beta tinggal di {A:l}, dekat {pub}. mampir e #rumahbaru"),
    ("social", "Yang mau pesan kue lapis untuk {feast}, WA sy {P} ya. Bisa antar ke {kel}. - {F}"),
    (
        "social",
        "Sumpah pelayanan dukcapil hari ini parah. Sy antri dari jam 7, {N} yg datang jam 10 langsung dilayani krn kenal orang dalam",
    ),
    (
        "social",
        "{N}\nsama bu, di {kel} juga air mati\n\n{N2}\nsonde ada yg lapor ko?\n\n{N3}\nsu lapor ke PDAM, sonde ada balasan",
    ),
    ("social", "Selamat jalan {N:m} 🕊️ terima kasih su jadi sopir bemo paling sabar di jalur 10."),
    (
        "social",
        "Tolong share: pick up {PL:u} tabrak anak sekolah di depan {school} lalu lari. Saksi {F} bilang sopirnya pake baju merah.",
    ),
    ("social", "{F:l}, {F2:l} ayo ikut live bsk, kita bahas jalan rusak di {kel:l} 😂"),
    ("social", "Salut deng petugas Damkar {N} yang masuk rumah terbakar di {kel} tadi malam 👏👏"),
    ("social", "@{h} itu beta pung mama, {N:f}. Rumah kami di {A}, datang sa kalo mau ambil bibit"),
    (
        "social",
        "Ditemukan dompet isi KTP a.n. {N:u} NIK {NIK}. Yang punya bisa ambil di rumah sy {A}, hubungi {P}.",
    ),
    (
        "social",
        "Sudah 3x lapor ke @lapor1708 soal lampu jalan. Kemarin Pak {F:m} dari kelurahan bilang tunggu anggaran. Kapan pak?",
    ),
    (
        "whatsapp",
        "*Diteruskan*\nIbu {N:f} warga {RT} {kel} minta tolong, rumahnya roboh kena angin. Bantuan bisa hubungi anaknya {F2} di {P}",
    ),
    (
        "social",
        "Viral video sopir angkot {PL} ugal-ugalan di {pstreet}. Sopirnya [[name:{K} {S}]], dia pung rumah di {A}.",
    ),
    (
        "social",
        "yg jual tanah kapling di {kel:l} tu {N:l}, hp nya {P}, tapi hati2 sertifikat belum pecah",
    ),
    ("social", "tag {N:l} sm {N2:l}, ini kam pung kampung to? 😭 jalan su macam kali"),
    ("social", "Bangga deng ade {F} dari {school} juara 1 lomba pidato se-NTT! Proficiat {F} 🎉"),
    # negatives: handles, hashtags, offices
    (
        "social",
        "Terima kasih @pemkotkupang dan @dinaspupr.kotakupang sudah perbaiki jalan di {kel}! #KupangKotaKasih #KotaKupang",
    ),
    (
        "social",
        "Replying to @{h} @{h2}\nSudah lapor via SP4N-LAPOR! tiket {tkt}, belum ada tindak lanjut.",
    ),
    (
        "social",
        "INFO PDAM: Air di {kel} dan {kel2} mati tgl {date} jam {time}. Info call center PDAM {op}.",
    ),
    ("social", "Antrian Dukcapil Kota Kupang hari {day} panjang bgt 😩 #dukcapilkupang #antri"),
    ("social", "wkwk jalan di {street} su macam kolam ikan 🐟 @{h} tolong e"),
    (
        "social",
        "Warga RT {rtn} {kel} kerja bakti hari {day}, bersihkan got sepanjang {street}. Mantap! 💪",
    ),
    (
        "social",
        "Harga beras di Pasar Oebobo naik jadi Rp {rp}/karung. Pemerintah tolong operasi pasar sebelum {feast}. #hargaberas",
    ),
    (
        "social",
        "Posko pengaduan {feast} buka 24 jam: hotline {op}, WA center {opm}. Sumber: @humaskotakupang",
    ),
    (
        "social",
        "Selamat Hari Raya {hr} dari keluarga besar Kantor Kelurahan {kel} 🙏 Mohon maaf lahir dan batin.",
    ),
    ("social", "Giveaway! tag 3 teman kamu dan follow @{h} @{h2}. Pemenang diumumkan {date}."),
    (
        "social",
        "Pengumuman: pendaftaran KIP Kuliah di Undana ditutup {date}. Info lanjut email {omail}",
    ),
    (
        "social",
        "Gereja {church} adakan donor darah hari {day} jam {time}. Kerja sama PMI Kota Kupang. Salam damai 🙏",
    ),
    (
        "social",
        "Kantor Samsat Kupang hari {day} offline, pembayaran pajak kendaraan ditunda. Kode billing {bill} masih berlaku ko?",
    ),
    (
        "social",
        "Kompetisi futsal antar-RT se-Kelurahan {kel}: RT {rtn} juara 1, RT {rtn2} juara 2! #futsal #kupangkota",
    ),
    (
        "whatsapp",
        "*Diteruskan*\nJangan percaya SMS yang mengaku dari Bank NTT. Bank NTT tidak pernah minta PIN. Call center resmi {opl}.",
    ),
    (
        "social",
        "Jalan {pstreet} ditutup {date} untuk pawai {feast}. Pengalihan lewat {street}. cc @{h}",
    ),
]

HOMES_IN_PROSE = [
    ("kupang_malay", "beta tinggal di {A:l} {kel:l}, su 2 minggu air sonde jalan. tolong PDAM e"),
    (
        "officer_note",
        "Pengadu {N}, beralamat di {A}, Kel. {kel}, melaporkan tetangga membuang limbah babi ke got.",
    ),
    ("sms_caps", "KOTKUPANG#SY {N} RMH DI {A} KEL {kel}. LAMPU JLN DEPAN RMH MATI SDH {n} MGG"),
    (
        "whatsapp",
        "kak, alamat sy {A:l}, samping kios biru. nanti petugas datang cari sa rumah yg pagar hijau",
    ),
    (
        "letter",
        "Saya yang bertanda tangan di bawah ini, {N}, tinggal di {A}, Kelurahan {kel}, Kecamatan {kec}, dengan ini mengadukan pungutan di sekolah anak saya.",
    ),
    (
        "kupang_malay",
        "Om {F:m} pung rumah di {AS:l}, yang dekat kantor lurah tu. dia yang pegang kunci bak air",
    ),
    (
        "officer_note",
        "Lokasi: rumah pengadu, {A}, belakang Gereja {church}. Tembok retak akibat galian drainase.",
    ),
    ("whatsapp", "mama sy ({N:f}) tinggal di {RT} {kel}, rumahnya retak kena gempa kemarin"),
    (
        "web_form",
        "Air PDAM mati di {RT} {kel} sudah {n} hari, kami beli air tangki Rp {rp} per tangki.",
    ),
    (
        "kupang_malay",
        "rumah beta dekat kantor lurah di {AS}, tiap malam anjing liar bongkar sampah",
    ),
    ("sms_caps", "RUMAH KAMI DI {A} TERENDAM BANJIR. MOHON BANTUAN BPBD. {N}"),
    (
        "letter",
        "Kami warga {RT} Kelurahan {kel} melaporkan bahwa jalan masuk ke rumah kami rusak berat.\n\nHormat kami,\n{N}",
    ),
    ("officer_note", "Pelapor Bpk. {N:m}, warga {RT}, mengeluhkan bau dari TPS di dekat rumahnya."),
    ("kupang_malay", "Tanta {F:f} di {RT} su sakit 3 hari, sonde ada bidan datang ke rumah"),
    ("whatsapp", "{N:l} rumahnya di {AS:l}, yg pagar kuning. dia yg ambil beta pung motor"),
    (
        "letter",
        "Rumah orang tua saya di {A} (rumah saya juga) rusak akibat pengerjaan saluran oleh kontraktor.",
    ),
    (
        "kupang_malay",
        "dulu beta tinggal di {kel}, sekarang su pindah ke {A:l}. ma surat pindah belum jadi sampe skrg",
    ),
    (
        "officer_note",
        "Ketua RT {rtn} an. {N} menyampaikan bahwa rumahnya di {A} dijadikan posko tanpa izin.",
    ),
    (
        "web_form",
        "Sudah dua kali saya lapor, rumah saya di {A} belum juga dipasang meteran. ID pelanggan {idpel}.",
    ),
    ("kupang_malay", "kalo mau antar barang, pi sa ke rumah {N:l} di {A:l}, bilang dari beta"),
    (
        "letter",
        "Sejak {month}, tetangga kami {N} yang tinggal di {A} memelihara babi di depan rumah sehingga bau sampai ke jalan.",
    ),
    ("sms_caps", "SY TINGGAL DI {RT} {kel}. SDH 1 BLN SAMPAH TDK DIANGKUT. {F}"),
    ("officer_note", "Alamat pengadu: {CX}, Kel. {kel}. Keluhan: listrik padam setiap sore."),
    ("whatsapp", "Kak, sy pindah ke {AS}, dekat {pub}. Nanti surat-surat kirim ke sana sa"),
    ("kupang_malay", "nyong {F:lm} tinggal di {RT:l} oesapa, dia pung rumah kena banjir juga"),
    # negatives: offices, churches, shops, communities, streets as places
    (
        "officer_note",
        "Pengadu diminta datang ke Kantor Kelurahan {kel}, {oaddr}, pada hari {day} jam {time}.",
    ),
    ("web_form", "Puskesmas {pus} di {oaddr} tutup jam 12 siang padahal jadwal sampai jam 14.00."),
    (
        "kupang_malay",
        "jalan di {street} su rusak parah, depan SD Inpres tu ada lubang besar, motor jatuh terus",
    ),
    (
        "letter",
        "Salam dari warga RT {rtn} Kelurahan {kel}. Kami mohon perbaikan jembatan yang putus sejak {month}.",
    ),
    (
        "whatsapp",
        "Pak Lurah, warga RT {rtn} dan RT {rtn2} mengeluh air sudah seminggu tidak mengalir.",
    ),
    (
        "officer_note",
        "Sekretariat RT {rtn} RW {rwn} di {oaddr} dipakai untuk pembagian beras hari {day}.",
    ),
    (
        "web_form",
        "Toko {shop} di {oaddr} buang sampah di selokan tiap pagi sehingga got tersumbat.",
    ),
    (
        "kupang_malay",
        "rumah beta di {street} sonde dapat air dari bulan {month}, padahal bayar terus",
    ),
    (
        "letter",
        "KOP: PEMERINTAH KOTA KUPANG\nKELURAHAN {kel:u}\n{oaddr} Telp. {opl}\n\nPerihal: Undangan rapat warga tanggal {date}",
    ),
    (
        "officer_note",
        "Keluhan warga RT 01 sampai RT {rtn} Kel. {kel}: sampah tidak diangkut sejak {date}.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#GOT DI {street} DEPAN GEREJA {church} TERSUMBAT. WARGA DI RT {rtn} BANYAK YG DEMAM",
    ),
    (
        "whatsapp",
        "Ketua RT {rtn} RW {rwn} minta semua KK kumpul di balai RW jam {time} hari {day}.",
    ),
    (
        "web_form",
        "Gereja {church}, {oaddr}, memakai pengeras suara sampai jam 11 malam setiap {day}.",
    ),
    (
        "kupang_malay",
        "CV {cv} di {oaddr} pung truk rusak jalan di {kel}, tiap hari lewat bawa material",
    ),
    (
        "letter",
        "Kegiatan posyandu dipindah ke Aula Kantor Camat {kec}, {oaddr}, mulai bulan {month}.",
    ),
    (
        "officer_note",
        "Lampu jalan mati di {street} dekat {pub}. Di lokasi tidak ada rumah warga, hanya kebun.",
    ),
]

LOOKALIKES = [
    (
        "web_form",
        "Nomor HP saya {P}. Sudah saya telepon call center PDAM {op} tapi tidak diangkat.",
    ),
    (
        "whatsapp",
        "Kak ini nomor sy {P}, bukan nomor kantor kelurahan {opl}. Kalo telp kantor sonde ada yg angkat",
    ),
    (
        "officer_note",
        "Pengadu a.n. {N}, HP {P}. Nomor tiket {tkt}. Kode billing {bill} sudah dibayar tapi status belum berubah.",
    ),
    ("web_form", "NIK {NIK}. Nomor transaksi {trx} dari bank belum masuk ke sistem Bapenda."),
    (
        "letter",
        "Nama: {N}\nNPWP: {NPWPO}\n\nDengan ini saya sampaikan bahwa NPWP CV {cv} ({cnpwp}) bukan milik saya pribadi.",
    ),
    ("officer_note", "NOP PBB {nop}, atas nama {N}. NPWP pribadi ybs {NPWP}."),
    ("whatsapp", "email sy {E}, jangan kirim ke {omail} krn itu email kantor"),
    (
        "web_form",
        "Saya sudah kirim berkas ke {omail} dan ke email pribadi petugas, {E}, tapi belum dibalas.",
    ),
    ("sms_caps", "KOTKUPANG#TOKEN PLN SY {token} TDK BISA MASUK. ID PEL {idpel}. HP {P}"),
    (
        "officer_note",
        "Pelapor menyebut nomor VA {va} dan nomor meter {meter}; nomor yang bisa dihubungi {P} (istri pelapor).",
    ),
    (
        "letter",
        "Bendahara sekolah meminta NPWP semua guru honor. NPWP bendahara {school} {cnpwp} tertera di kuitansi. NPWP saya {NPWP}.",
    ),
    (
        "whatsapp",
        "td sy telp hotline Dukcapil {op}, dong kasi nomor petugas {F} {P}, katanya bisa WA langsung",
    ),
    (
        "web_form",
        "Email: {E}\nNo. HP: {P}\nIsi: Saya tidak bisa login, kode OTP dari noreply@lapor.go.id tidak masuk.",
    ),
    (
        "officer_note",
        "Lampiran: KTP_[[nik:{NIKB}]].jpg dan Screenshot_20261105-094122_WhatsApp.jpg. Ybs minta data di DTKS diperbaiki.",
    ),
    (
        "letter",
        "NPWP usaha perorangan saya {NPWP}; NPWP koperasi tempat saya menjadi anggota {cnpwp} bukan milik saya.",
    ),
    ("whatsapp", "WA sy {P} ya kak. Kalo yg {opm} itu nomor bengkel, sy sonde pegang"),
    (
        "officer_note",
        "Ybs menunjukkan struk Apotek K24 Oebobo (telp {op}) dan kuitansi no. {kw}. Dihubungi kembali di {P}.",
    ),
    ("web_form", "NIK: {NIK}\nNo. KK: {KK}\nNomor pendaftaran online: {reg}\nNomor antrean: {n}"),
    (
        "kupang_malay",
        "email beta {EO}, tulis bagitu sa biar sonde kena spam. kalo {smail} tu email sekolah, bukan beta",
    ),
    (
        "letter",
        "NIP {nip}\nNIK {NIK}\nPerihal: gaji ke-13 belum dibayar. Nomor rekening gaji di Bank NTT {REK}.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#SY SDH BYR PBB, NTPN {ntpn}, KODE BILLING {bill}. TAPI NOP {nop} MASIH TUNGGAK. HP {P}",
    ),
    ("officer_note", "HP ybs {P}; nomor lain yang disebut, {op}, ternyata nomor travel di {kel}."),
    ("web_form", "From: {S}, {F} <{E}>\nTo: {omail}\nSubject: Keberatan tagihan air bulan {month}"),
    (
        "whatsapp",
        "Bendahara minta NPWP semua guru honor. Ini punya sy {NPWPN}. Kalo yg nomor transaksi {trx} tu bukti setor",
    ),
    ("letter", "Hormat saya,\n{N}\nHP {P} / telp rumah {H}\nTembusan: {pmail}"),
    (
        "kupang_malay",
        "beta pung nomor {P}, kalo beta pung bapa tu {P2}. jang telp {hot}, sonde diangkat",
    ),
    (
        "officer_note",
        "No. kartu KIS ybs {BPJS}; kartu BPJS Ketenagakerjaan {bpjstk} tidak dipakai di puskesmas. HP {P}.",
    ),
    (
        "whatsapp",
        "sy pemilik kios, HP sy {P}. Nomor {opm} di papan nama kios tu nomor lama toko, jang telp ke situ",
    ),
    ("web_form", 'To: "Sdr. {N}" <{E}>\nCc: {rmail}\nPerihal: jawaban pengaduan tiket {tkt}'),
    # negatives: numbers and mailboxes of offices, businesses, transactions
    (
        "kupang_malay",
        "beta telp nomor di spanduk Toko {shop} {opm}, ma yang angkat bilang salah sambung",
    ),
    (
        "web_form",
        "Nomor tiket {tkt}. Kode billing {bill}. Sudah bayar lewat VA {va} tapi status belum lunas.",
    ),
    ("officer_note", "Pengadu diarahkan ke call center {op} dan WA pengaduan Dukcapil {opm}."),
    (
        "letter",
        "Untuk informasi lebih lanjut hubungi Bagian Humas, Telp. {opl}, WA {opm}, email {omail}.",
    ),
    (
        "whatsapp",
        "Faktur dari Bengkel {shop}: NPWP {cnpwp}, total Rp {rp}. Bisa diklaim ke kantor ko?",
    ),
    (
        "sms_caps",
        "KOTKUPANG#NOMOR TRANSAKSI {trx} GAGAL. SALDO TERPOTONG RP {rp}. MOHON DICEK BANK NTT",
    ),
    (
        "web_form",
        "ID pelanggan PLN {idpel}, nomor meter {meter}. Tagihan bulan {month} Rp {rp} tidak wajar.",
    ),
    (
        "officer_note",
        "Surat nomor {letter} tanggal {date}; NOP {nop}; nomor faktur pajak {faktur}.",
    ),
    (
        "whatsapp",
        "Tolong kirim ke {omail} atau {rmail}, jangan ke {pmail} karena Pak Lurah su ganti.",
    ),
    (
        "letter",
        "CV {cv}, NPWP {cnpwp}, beralamat di {oaddr}, adalah rekanan proyek drainase di {kel}.",
    ),
    (
        "social",
        "Hati-hati email palsu {scammail} yang mengaku dari kantor pemerintah. Email resmi hanya {omail}.",
    ),
    (
        "web_form",
        "Contoh format email: user@example.com. Lampiran denah@2x.png tidak bisa dibuka, tiket {tkt}.",
    ),
    (
        "officer_note",
        "NPWP badan PDAM {cnpwp} tercantum di kuitansi. Kartu BPJS Ketenagakerjaan no. {bpjstk} tidak terkait.",
    ),
    ("kupang_malay", "beta su telp {hot} ko sonde diangkat, trus WA center {opm} juga sonde balas"),
    ("whatsapp", "Kode pembayaran {kp}. BRIVA {briva}. Batas bayar {date} jam {time}."),
    ("sms_caps", "KOTKUPANG#NIB {nib} USAHA KAMI BELUM TERBIT, NOMOR PERMOHONAN {reg}"),
    ("officer_note", "Ybs menunjukkan SIM C no. {sim} dan NISN anak {nisn}; nomor antrean {n}."),
    (
        "letter",
        "Dinas Pendidikan Kota Kupang\n{oaddr} Telp. {opl}\nNPWP Bendahara {cnpwp}\nNomor: {letter}",
    ),
]

THEMES = {
    "names_no_trigger": NAMES_NO_TRIGGER,
    "social": SOCIAL,
    "homes_in_prose": HOMES_IN_PROSE,
    "lookalikes": LOOKALIKES,
}


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for theme, templates in THEMES.items():
        for number, (style, template) in enumerate(templates):
            if style not in STYLES:
                raise ValueError(f"{theme} {number}: style {style!r}")
            if not PLACEHOLDER.search(template):
                raise ValueError(f"{theme} {number}: no placeholder")
            made = 0
            for _ in range(60):
                if made == INSTANCES:
                    break
                text, spans = strip(expand(template))
                if style == "sms_caps":
                    upper = text.upper()
                    if len(upper) != len(text):
                        raise ValueError(f"{theme} {number}: upper case changes length")
                    text = upper
                if text in seen:
                    continue
                check(text, spans, f"{theme} {number}")
                seen.add(text)
                made += 1
                records.append(
                    {
                        "text": text,
                        "spans": [
                            {"kind": s["kind"], "start": s["start"], "end": s["end"]}
                            for s in sorted(spans, key=lambda s: s["start"])
                        ],
                        "style": style,
                        "theme": theme,
                    }
                )
            if made < INSTANCES:
                raise ValueError(f"{theme} {number}: only {made} different texts")
    RNG.shuffle(records)
    return [{"id": f"d10-{i:04d}", **r} for i, r in enumerate(records, start=1)]


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in records for s in r["spans"])  # type: ignore[attr-defined]
    without = sum(1 for r in records if not r["spans"])
    sys.stdout.write(
        f"{len(records)} texts, {without} without spans, {sum(kinds.values())} spans: "
        f"{dict(kinds.most_common())}\n"
    )


if __name__ == "__main__":
    main()
