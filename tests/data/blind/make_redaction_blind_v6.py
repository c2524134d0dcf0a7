"""Write the sixth blind redaction corpus, ``redaction_blind_v6.jsonl``.

The texts are hand-written templates with inline labels ``[[kind:value]]``; placeholders in
braces are filled from lists with a seeded ``random.Random``, so every run writes the same file.
Upper-case placeholders become labelled values, lower-case ones look-alikes that stay unlabelled.
The script strips the labels, computes character offsets and checks every span.

Run from the repository root: ``python tests/data/blind/make_redaction_blind_v6.py``.
"""

# ruff: noqa: ISC004
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from random import Random

RNG = Random(20261211)
OUT = Path(__file__).with_name("redaction_blind_v6.jsonl")
KINDS = {
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
}
NBSP = "\u00a0"
ZWSP = "\u200b"

GIVEN = [
    "Yohanes",
    "Maria",
    "Agustina",
    "Marthen",
    "Yakob",
    "Selfina",
    "Dominggus",
    "Rosalina",
    "Imanuel",
    "Ferderika",
    "Obed",
    "Yuliana",
    "Kornelis",
    "Ansel",
    "Theresia",
    "Benediktus",
    "Wilhelmina",
    "Nikodemus",
    "Ariyanto",
    "Sri",
    "Budi",
    "Wahyuni",
    "Andi",
    "Hasanuddin",
    "Siti",
    "Abdullah",
    "Fatimah",
    "Husein",
    "Aisyah",
    "Hendra",
    "Meilani",
    "Umbu",
    "Rambu",
    "Kahi",
    "Lede",
    "Yosua",
    "Elisabeth",
    "Apolonia",
    "Sefanya",
    "Naema",
    "Orpa",
    "Lukas",
    "Fransiska",
    "Godlief",
    "Welhelmus",
    "Bernadeta",
    "Hironimus",
    "Yustina",
    "Paulus",
    "Ester",
    "Petrus",
    "Kristofel",
    "Ruth",
    "Mikhael",
    "Desi",
    "Ati",
    "Nyong",
    "Erni",
    "Sofi",
    "Gracia",
    "Ketut",
    "Made",
    "Sutrisno",
    "Wulandari",
    "Rahmat",
    "Syarifah",
    "Umar",
    "Liong",
    "Kwee Lan",
    "Fery",
    "Aldo",
    "Novi",
    "Herlina",
    "Ferdinan",
    "Anderias",
    "Lodia",
    "Jitro",
    "Habel",
    "Semuel",
    "Mery",
    "Yunus",
    "Daud",
    "Ignasius",
    "Aloysius",
    "Veronika",
    "Kornelia",
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
    "Bire",
    "Dju Dara",
    "Ga Lena",
    "Kapitan",
    "Haba",
    "Adoe",
    "Selan",
    "Sabneno",
    "Toelle",
    "Foenay",
    "Kolo",
    "Nahak",
    "Bria",
    "Seran",
    "Hurek",
    "Wadu",
    "Lango",
    "Mbatu",
    "Kapoe",
    "Lapebesi",
    "Tuka",
    "Djawa",
    "Lenggu",
    "Pandie",
    "Sinlae",
    "Sjioen",
    "Oematan",
    "Manu",
    "Liunokas",
    "Nomleni",
    "Boimau",
    "Tlonaen",
    "Nubatonis",
    "Babys",
    "Assegaf",
    "Alkatiri",
    "Bachmid",
    "Daeng Matta",
    "Pawellangi",
    "Tanujaya",
    "Gunawan",
    "Wibisono",
    "Hadjo",
    "Kedang",
    "Laumalay",
    "Bengu",
    "Pello",
    "Nalle",
    "Kiuk",
    "Ludji",
    "Mauko",
    "Radja Pono",
    "Henukh",
    "Umbu Nday",
    "Maro",
    "Koreh",
    "Dethan",
]
STREETS = [
    "Nangka",
    "Kenari",
    "Bakau",
    "Kelinci",
    "Herewila",
    "Fetor Funay",
    "Cak Doko",
    "Bajawa",
    "Sam Ratulangi",
    "Rote",
    "Palapa",
    "Kakatua",
    "Flamboyan",
    "Taebenu",
    "Oebobo Dalam",
    "Kancil",
    "Cemara",
    "Matani",
    "Samratulangi III",
    "Jati",
    "Perkutut",
    "Kosasih",
    "Mawar",
    "Alor",
    "Sumba",
    "Nusa Indah",
    "Damai",
    "Timor Raya",
    "Manafe",
    "Bougenvile",
]
LANES = ["Sepakat", "Kakatua", "Damai", "Nuri", "Kasuari", "Mangga", "Kurma", "Tanjung", "Melati"]
PUBLIC_STREETS = [
    "Jl. W.J. Lalamentik",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. El Tari",
    "Jl. Adi Sucipto",
    "Jl. Ahmad Yani",
    "Jl. Soeharto",
    "Jl. Moh. Hatta",
    "Jl. Amabi",
    "Jl. R.A. Kartini",
    "Jl. Cak Doko",
    "Jl. Timor Raya",
    "Jl. Frans Lebu Raya",
]
PLACES = [
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "Bandara El Tari",
    "SMPK St. Theresia",
    "SDK St. Yoseph",
    "Puskesmas Oebobo",
    "Puskesmas Sikumana",
    "Pasar Kasih Naikoten",
    "Pasar Oebobo",
    "SD Inpres Oepura 2",
    "SMAN 3 Kupang",
    "Posyandu Bunga Bakung",
    "Taman Nostalgia",
    "Gereja GMIT Kota Baru",
]
KELURAHAN = [
    "Oebobo",
    "Oebufu",
    "Liliba",
    "Sikumana",
    "Naikolan",
    "Fatululi",
    "Namosain",
    "Oesapa",
    "Penfui",
    "Maulafa",
    "Kolhua",
    "Bakunase",
    "Kuanino",
    "Airnona",
    "Nefonaek",
    "Pasir Panjang",
]
REGENCIES = ["71", "71", "71", "01", "01", "02", "03", "14", "20", "04"]
MAIL_HOSTS = ["gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "outlook.com", "gmail.com"]


def pick(seq):
    return seq[RNG.randrange(len(seq))]


def digits(n):
    return "".join(str(RNG.randrange(10)) for _ in range(n))


def fullwidth(s):
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in s)


def nik_digits(female=None):
    if female is None:
        female = RNG.random() < 0.5
    reg = pick(REGENCIES)
    dist = f"{RNG.randint(1, 6):02d}"
    day = RNG.randint(1, 28) + (40 if female else 0)
    month = RNG.randint(1, 12)
    year = RNG.randint(50, 99) if RNG.random() < 0.7 else RNG.randint(0, 8)
    return f"53{reg}{dist}{day:02d}{month:02d}{year:02d}{RNG.randint(1, 60):04d}"


def nik_written(d, style=None):
    style = style if style is not None else RNG.randrange(4)
    if style == 1:
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if style == 2:
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"
    return d


def ocr(d):
    swaps = {"0": "O", "1": "l", "5": "S", "8": "B"}
    out = list(d)
    for i in RNG.sample(range(len(d)), 3):
        out[i] = swaps.get(out[i], out[i])
    return "".join(out)


def mobile_digits():
    return pick(["0812", "0813", "0821", "0822", "0852", "0853", "0811", "0857", "0878"]) + digits(
        RNG.choice([7, 8, 8])
    )


def phone():  # noqa: PLR0911
    d = mobile_digits()
    rest = d[1:]
    fmt = RNG.randrange(8)
    if fmt == 0:
        return d
    if fmt == 1:
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    if fmt == 2:
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if fmt == 3:
        return f"{d[:4]}.{d[4:8]}.{d[8:]}"
    if fmt == 4:
        return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
    if fmt == 5:
        return f"+62{rest}"
    if fmt == 6:
        return f"62{rest}"
    return f"62 {rest[:3]} {rest[3:7]} {rest[7:]}"


def landline():
    d = "8" + digits(5)
    return pick([f"0380 {d}", f"(0380) {d[:3]} {d[3:]}", f"0380-{d}"])


def office_line():
    d = "8" + digits(5)
    return pick([f"(0380) {d[:3]} {d[3:]}", f"0380-{d[:3]} {d[3:]}", f"0380 {d}"])


def slug(s):
    return s.lower().replace(" ", "")


def email(person):
    g, f = slug(person[0]), slug(person[1])
    local = pick([f"{g}.{f}", f"{g}{f}{digits(2)}", f"{f}_{g}", f"{g[0]}.{f}", f"{g}{digits(3)}"])
    return f"{local}@{pick(MAIL_HOSTS)}"


def email_dodged(person):
    g, f = slug(person[0]), slug(person[1])
    host, tld = pick([("gmail", "com"), ("yahoo", "com"), ("ymail", "com")])
    return pick(
        [
            f"{g}.{f} @ {host}.{tld}",
            f"{g}{f}(at){host}.{tld}",
            f"{g}_{f} [at] {host} [dot] {tld}",
            f"{g}{digits(2)} at {host} dot {tld}",
            f"{f}.{g}(keong){host}(titik){tld}",
            f"{g} [dot] {f} [at] {host} [dot] {tld}",
            f"{g}_{f} @{host}.{tld}",
        ]
    )


def npwp_old():
    d = digits(15)
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def bank():
    kind = RNG.randrange(4)
    if kind == 0:
        return f"{digits(4)}-01-{digits(6)}-{digits(2)}-{digits(1)}"
    if kind == 1:
        return f"001.01.02.{digits(6)}-{digits(1)}"
    if kind == 2:
        return digits(10)
    return digits(13)


def plate():
    area = pick(["DH", "DH", "DH", "EB", "ED", "EA"])
    num = str(RNG.randint(1, 9999))
    suf = pick(["A", "AB", "AK", "KL", "BC", "PA", "XY", "FD", "KT", "L"])
    return pick([f"{area} {num} {suf}", f"{area}{num}{suf}", f"{area} {num} {suf}".lower()])


def street_addr():
    no = f"{RNG.randint(1, 140)}{pick(['', '', '', 'A', 'B'])}"
    return pick(
        [
            f"Jl. {pick(STREETS)} No. {no}",
            f"Jl. {pick(STREETS)} No {no}",
            f"Gg. {pick(LANES)} No. {no}",
            f"Jalan {pick(STREETS)} nomor {no}",
            f"Jl. {pick(STREETS)} Gg. {RNG.randint(1, 9)} No. {no}",
            f"Lr. {pick(LANES)} No. {no}",
        ]
    )


def rt_rw(lower=False):
    rt, rw = RNG.randint(1, 40), RNG.randint(1, 12)
    s = pick([f"RT {rt:02d}/RW {rw:02d}", f"RT {rt} RW {rw}", f"RT {rt:03d}/RW {rw:03d}"])
    return s.lower() if lower else s


def person():
    return (pick(GIVEN), pick(FAMILY))


def lab(kind, value):
    return f"[[{kind}:{value}]]"


def date():
    return f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/{pick(['2025', '2026'])}"


def money():
    return pick(
        [
            f"Rp {RNG.randint(1, 9)}.{RNG.randint(0, 9)}00.000",
            f"Rp{RNG.randint(5, 950)}.000",
            f"{RNG.randint(2, 900)} ribu",
            f"Rp {RNG.randint(10, 99)}.{RNG.randint(100, 999)}",
        ]
    )


LOWER = {
    "amt": money,
    "tgl": date,
    "jam": lambda: f"{RNG.randint(6, 22):02d}.{pick(['00', '15', '30', '45'])}",
    "tiket": lambda: pick(
        [
            f"LPR-2026-{digits(4)}-{digits(4)}",
            f"#LPR-{digits(4)}-{digits(4)}",
            f"{digits(4)}-{digits(4)}-{digits(3)}",
            f"LAPOR-5371-2026-{digits(5)}",
        ]
    ),
    "bill": lambda: "8202" + digits(11),
    "va": lambda: f"8808 {digits(4)} {digits(4)} {digits(4)}",
    "idpel": lambda: "5312" + digits(8),
    "token": lambda: " ".join(digits(4) for _ in range(5)),
    "nop": lambda: f"53.71.0{RNG.randint(10, 60)}.00{RNG.randint(1, 9)}.{digits(3)}-{digits(4)}.0",
    "surat": lambda: pick(
        [
            f"{RNG.randint(100, 900)}/{RNG.randint(10, 999)}/DKP/{RNG.randint(1, 12)}/2026",
            f"470/{digits(3)}/DISDUKCAPIL/2026",
            f"503/PBG/2026/{digits(5)}",
            f"5371-LU-{digits(8)}-{digits(4)}",
        ]
    ),
    "kantel": office_line,
    "kanwa": lambda: f"0811-{digits(4)}-{digits(4)}",
    "npwpbadan": npwp_old,
    "img": lambda: pick(
        [
            f"IMG_2026{RNG.randint(1, 12):02d}{RNG.randint(10, 28)}_{digits(6)}.jpg",
            f"Screenshot_2026-{RNG.randint(1, 12):02d}-{RNG.randint(10, 28)}-{digits(2)}-"
            f"{digits(2)}-{digits(2)}_WhatsApp.jpg",
            f"VID-2026{RNG.randint(1, 12):02d}{RNG.randint(10, 28)}-WA{digits(4)}.mp4",
            f"PTT-2026{RNG.randint(1, 12):02d}{RNG.randint(10, 28)}-WA{digits(4)}.opus",
        ]
    ),
    "rt": lambda: str(RNG.randint(1, 40)),
    "rw": lambda: str(RNG.randint(1, 12)),
    "trx": lambda: "2026" + digits(12),
    "meter": lambda: "14" + digits(9),
    "sambung": lambda: f"0{RNG.randint(1, 9)}-{digits(2)}-{digits(6)}",
    "jln": lambda: pick(PUBLIC_STREETS),
    "tempat": lambda: pick(PLACES),
    "kel": lambda: pick(KELURAHAN),
    "n": lambda: str(RNG.randint(2, 60)),
    "antri": lambda: f"A-{RNG.randint(10, 150):03d}",
    "kodepos": lambda: f"8511{RNG.randint(1, 8)}",
    "km": lambda: str(RNG.randint(1, 12)),
    "no": lambda: str(RNG.randint(1, 90)),
    "kwh": lambda: f"{RNG.randint(20, 300)},{RNG.randint(0, 9)}",
    "bpjstk": lambda: digits(11),
    "nisn": lambda: "00" + digits(8),
}


class Filler:
    """Fills one template; the same placeholder name gives the same value in one text."""

    def __init__(self):
        self.people = {}
        self.cache = {}

    def person(self, idx):
        if idx not in self.people:
            p = person()
            while any(p[0] == q[0] or p[1] == q[1] for q in self.people.values()):
                p = person()
            self.people[idx] = p
        return self.people[idx]

    def __call__(self, m):
        key, idx = m.group(1), m.group(2) or "1"
        if key in LOWER:
            return LOWER[key]()
        cache_key = key + idx
        if cache_key in self.cache:
            return self.cache[cache_key]
        value = self.upper(key, idx)
        self.cache[cache_key] = value
        return value

    def upper(self, key, idx):  # noqa: PLR0911, PLR0912
        p = self.person(idx)
        full = f"{p[0]} {p[1]}"
        names = {
            "N": full,
            "NU": full.upper(),
            "NL": full.lower(),
            "G": p[0],
            "GU": p[0].upper(),
            "GL": p[0].lower(),
            "F": p[1],
            "FU": p[1].upper(),
            "FG": f"{p[1]}, {p[0]}",
        }
        if key == "FG":
            return f"{lab('name', p[1])}, {lab('name', p[0])}"
        if key in names:
            return lab("name", names[key])
        if key == "NIK":
            return lab("nik", nik_written(nik_digits()))
        if key == "NIKP":
            return lab("nik", nik_digits())
        if key == "NIKO":
            return lab("nik", ocr(nik_digits()))
        if key == "NIKFW":
            return lab("nik", fullwidth(nik_written(nik_digits(), 1)))
        if key == "KK":
            return lab("kk", nik_written(nik_digits(), RNG.choice([0, 0, 1])))
        if key == "KKO":
            return lab("kk", ocr(nik_digits()))
        if key == "NPWP":
            return lab("npwp", npwp_old())
        if key == "NPWPX":
            return lab("npwp", nik_digits())
        if key == "HP":
            return lab("phone", phone())
        if key == "HPW":
            d = mobile_digits()
            sep = pick([NBSP, ZWSP, NBSP])
            return lab("phone", f"{d[:4]}{sep}{d[4:8]}{sep}{d[8:]}")
        if key == "HPFW":
            return lab("phone", fullwidth(phone()))
        if key == "HPO":
            return lab("phone", ocr(mobile_digits()))
        if key == "TEL":
            return lab("phone", landline())
        if key == "EM":
            return lab("email", email(p))
        if key == "EMD":
            return lab("email", email_dodged(p))
        if key == "EMK":
            return lab("email", f"{slug(p[0])}.{slug(p[1])}@kupangkota.go.id")
        if key == "BPJS":
            return lab("bpjs", "000" + digits(10))
        if key == "REK":
            return lab("bank_account", bank())
        if key == "PL":
            return lab("plate", plate())
        if key == "AD":
            return lab("address", street_addr())
        if key == "ADU":
            return lab("address", street_addr().upper())
        if key == "ADRT":
            return lab("address", f"{street_addr()}, {rt_rw()}")
        if key == "RT":
            return lab("address", rt_rw())
        if key == "RTL":
            return lab("address", rt_rw(lower=True))
        if key == "RTK":
            return lab("address", f"RT/RW : {RNG.randint(1, 40):03d}/{RNG.randint(1, 12):03d}")
        raise KeyError(key)


# Each style: (templates with personal data, templates without).
STYLES = {}

STYLES["sms_caps"] = (
    [
        "KOTKUPANG AIR PDAM MATI SDH 5 HR DI {RT} KEL. {kel}. MHN DIBANTU. {NU} HP {HP}",
        "KOTKUPANG SY {NU} NIK {NIK} MAU TANYA KTP EL SY BLM JADI SJK {tgl}. TKS",
        "KOTKUPANG LAMPU JALAN DPN RMH SY {AD} MATI 2 MGG. TLG CEK. {GU}",
        "KOTKUPANG YTH BPK WALIKOTA, ANAK KAMI {GU} TDK DPT KIP PDHL KELUARGA MISKIN. NO KK "
        "{KK}. TRIMS. BPK {NU2}",
        "KOTKUPANG SY PEDAGANG KECIL, USAHA PERORANGAN. NPWP PRIBADI SY {NPWP} TDK BS DIPAKAI "
        "UTK IZIN. MHN INFO. {NU}",
        "KOTKUPANG MOTOR SY {PL} DITAHAN DI TERMINAL OEBOBO TANPA SURAT. SY {NU}. WA {HP}",
        "KOTKUPANG KARTU KIS SY NO {BPJS} DITOLAK DI PUSKESMAS. SY IBU {NU}, {RT}",
        "KOTKUPANG BANTUAN PKH BLM MASUK KE REK BRI {REK} A.N {NU}. SDH 3 BLN. HP {HP}",
        "KOTKUPANG TETANGGA SY OM {GU2} BAKAR SAMPAH TIAP MLM, ASAP MASUK RMH. SY WARGA {RT}. {GU}",
        "KOTKUPANG NPWP SY {NPWPX} DOBEL DGN NIK ISTRI. MHN DIPERBAIKI. SMS BALIK KE {HP}. {NU}",
        "KOTKUPANG JALAN KE RMH SY DI {AD} RUSAK BERAT. SY {GU} {FU}",
    ],
    [
        "KOTKUPANG LAMPU JALAN DI {jln} MATI SEJAK {tgl}. MHN SEGERA DIPERBAIKI. TKS",
        "KOTKUPANG TAGIHAN PDAM SY NAIK JD {amt} PDHL AIR JARANG JALAN. NO SAMBUNGAN {sambung}",
        "KOTKUPANG KK SAYA DOBEL, SDH URUS DI DUKCAPIL TP BLM SELESAI. NO ANTRIAN {antri}",
        "KOTKUPANG TOKEN PLN {token} TDK BS MASUK. ID PEL {idpel}. MHN BANTU",
        "KOTKUPANG WARGA RT {rt} KEL. {kel} MENGELUH SAMPAH TDK DIANGKUT SDH 2 MGG",
        "KOTKUPANG JALAN DEPAN {tempat} BANYAK LUBANG, SDH {n} MOTOR JATUH. TLG PERHATIKAN",
        "KOTKUPANG MHN INFO STATUS LAPORAN {tiket}. BLM ADA BALASAN SJK {tgl}",
        "KOTKUPANG PUNGLI DI PASAR KASIH, RETRIBUSI {amt} PER HARI TANPA KARCIS",
    ],
)

STYLES["whatsapp"] = (
    [
        "[{tgl} {jam}] {N}: slmt siang admin, sy mau lapor air pdam di {RT} su 4 hari sonde "
        "jalan\n[{tgl} {jam}] Admin Kelurahan: baik bu, kami teruskan",
        "[{tgl} {jam}] {GL}: kaka ini nomor beta {HP} nanti kabari e\n[{tgl} {jam}] {GL2}: siap",
        "selamat sore pak, saya {G} dari kel. {kel}. mau tanya bantuan sembako. nik saya "
        "{NIK}, kk {KK}. makasih pak",
        "fwd dari grup: tolong bantu cari motor hilang, {PL} warna hitam, hilang depan rumah "
        "{N} di {AD} tadi malam. info ke {HP}",
        "pak ini email sy {EM} utk kirim berkas pbg ya. atas nama {N}",
        "admin sy su transfer retribusi tp salah rekening, rek bni sy {REK} a.n. {N}. mohon "
        "dikembalikan. wa {HP}",
        "[{jam}] {NL}: mama {G2} masuk rs td pagi, kartu bpjs {BPJS} katanya nonaktif\n[{jam}] "
        "mama: sabar nona",
        "bu, tetangga sebelah pak {N2} pasang tenda tutup jalan gang 3 hari. rumah sy "
        "{ADRT}. sy {G}",
        "halo kak, npwp suami sy {NPWP} su terdaftar ko belum? dia {N2}. sy {G}",
        "[{tgl} {jam}] {GL}: email beta {EMD} e, jang salah tulis",
        "sy {NL}, guru honor di sd. bendahara minta npwp semua guru honor. ini punya sy {NPWPX}",
    ],
    [
        "[{tgl} {jam}] Admin Kelurahan: info pemadaman air tgl {tgl}, jam {jam} s/d selesai\n"
        "[{tgl} {jam}] grup warga: siap",
        "selamat pagi, mau tanya kapan pembagian sembako di kantor lurah {kel}? wa kantor "
        "{kanwa} tdk aktif",
        "pak mohon cek laporan {tiket}, sy sdh kirim foto {img} kemarin",
        "terima kasih banyak admin, bantuannya sudah cair {amt}. tuhan berkati",
        "info: pengaduan pdam hub. {kantel} atau wa center {kanwa}. jam kerja senin-jumat "
        "08.00-15.00",
        "min, email pengaduan dukcapil yg aktif apa? sy kirim ke pengaduan.dukcapil@kupangkota"
        ".go.id tp tdk dibalas sejak {tgl}",
        "halo, jalan di {jln} depan {tempat} ada pohon tumbang jam {jam}. bahaya",
        "awas hoaks! ada wa yg mengaku dari dinas sosial nomor 0821{n}77{no}1, minta transfer "
        "{amt}. itu bukan nomor resmi",
    ],
)

STYLES["web_form"] = (
    [
        "Nama: {N}\nNIK: {NIK}\nNo. HP: {HP}\nEmail: {EM}\nAlamat: {ADRT}, Kel. {kel}\n"
        "Isi pengaduan: Saluran air di depan rumah tersumbat sejak {tgl}.",
        "Nama Pelapor : {NU}\nNo. KK : {KK}\nTelepon : {HP}\nKategori : Administrasi "
        "Kependudukan\nUraian : Nama anak saya {G2} salah tulis di akta.",
        "Nama lengkap | {N}\nE-mail | {EM}\nNPWP | {NPWP}\nJenis | Pajak daerah\nUraian | "
        "Tagihan PBB NOP {nop} tidak sesuai luas tanah.",
        "Identitas pelapor\n- Nama: {N}\n- No. BPJS Kesehatan: {BPJS}\n- HP/WA: {HP}\n"
        "Keluhan: Ditolak di {tempat} karena kartu dianggap tidak aktif.",
        "Nama: {N}\nNo. Rekening (Bank NTT): {REK}\nAtas nama: {N}\nTelp rumah: {TEL}\n"
        "Keluhan: Dana hibah rumah ibadah belum cair.",
        "Nama: {G}\nAlamat: {AD}, Kel. {kel}\nNomor kendaraan: {PL}\nLaporan: Kendaraan saya "
        "diderek tanpa pemberitahuan.",
        "nama: {NL}\nemail: {EM}\nhp: {HP}\nuraian: tetangga saya {N2} membangun pagar sampai "
        "ke badan jalan.",
        "Nama Wajib Pajak: {NU}\nNPWP: {NPWPX}\nEmail: {EM}\nPesan: Mohon koreksi data "
        "pembayaran {amt}.",
        "Pelapor: {N} ({EMK})\nJabatan: staf\nIsi: Atasan saya {N2} meminta uang {amt} untuk "
        "kenaikan pangkat.",
    ],
    [
        "Nama: (dirahasiakan)\nKategori: Infrastruktur\nLokasi: {jln}, dekat {tempat}\nUraian: "
        "Jalan berlubang sejak {tgl}.",
        "Kategori: Layanan Kesehatan\nLokasi: {tempat}\nWaktu: {tgl} jam {jam}\nUraian: "
        "Antrean {antri} menunggu 4 jam.",
        "Jenis: Listrik\nID Pelanggan: {idpel}\nNo. Meter: {meter}\nUraian: Token {token} gagal.",
        "Jenis: Pajak\nNOP: {nop}\nKode billing: {bill}\nUraian: Sudah bayar {amt} tapi "
        "status belum lunas.",
        "Kategori: Pendidikan\nSekolah: {tempat}\nUraian: Pungutan {amt} per siswa. Surat "
        "sekolah no. {surat}.",
        "Lampiran: {img}\nKategori: Kebersihan\nUraian: Warga RT {rt} RW {rw} Kel. {kel} "
        "mengeluh TPS penuh.",
        "Kategori: Perizinan\nNomor permohonan: {surat}\nVA pembayaran: {va}\nUraian: "
        "Sudah bayar tapi izin belum terbit.",
        "Kategori: Air bersih\nNo. sambungan: {sambung}\nTagihan: {amt}\nUraian: Meter rusak "
        "sejak {tgl}.",
    ],
)

STYLES["kupang_malay"] = (
    [
        "beta {G} dari {RT}, air sonde jalan su satu minggu. katong mandi pake air sumur. "
        "tolong bantu e. wa beta {HP}",
        "Pak lurah, Om {G2} tu buang sampah di got depan beta pung rumah di {AD}. beta su "
        "tegur ma dia sonde dengar. {N}",
        "dong bilang beta pung KTP ilang di kantor. beta pung NIK {NIK}. beta {N}",
        "beta mau tanya, beta pung anak {G2} sonde dapa KIS. beta pung nomor KK {KK}",
        "tanta {G2} pung motor {PL} dong tahan di polres, padahal su bayar pajak. tolong "
        "bantu. beta {G}",
        "beta ni penjual sayur di pasar. NPWP pribadi beta {NPWP} dong bilang sonde berlaku. {N}",
        "beta pung BPJS {BPJS} sonde bisa pake di rs. beta {N}, tinggal di {RT}",
        "kaka, dong panggil dia {G2} sa, yang ambil uang iuran sampah {amt} tiap bulan ma "
        "sonde kasi karcis. beta {G}",
        "om lurah, lampu jalan di gang belakang beta pung rumah {ADRT} mati. {N}. nomor rumah "
        "{TEL}",
        "beta pung email {EM}, kirim surat ke situ sa. beta {N}",
        "{NU} ni, beta mau lapor. dong pung anak {G2} kena pukul di sekolah. wa {HP}",
    ],
    [
        "lampu jalan di {jln} mati su dua minggu, malam gelap sekali. tolong e",
        "katong warga RT {rt} su bosan, sampah sonde angkat dari {tgl}",
        "aer PDAM su tiga hari sonde jalan di kel. {kel}. dong pung hotline {kantel} sonde angkat",
        "terima kasih banyak pak, jalan su bae sejak {tgl}. tuhan berkati. salam damai",
        "beta su bayar {amt} di kantor ma sonde dapa kuitansi. ini nomor laporan {tiket}",
        "jalan masuk ke {tempat} rusak parah, oto sonde bisa lewat. su lapor tanggal {tgl}",
        "kata dong harga token naik jadi {amt}. beta pung ID pel {idpel}, tolong cek",
        "pasar kasih tu kotor sekali, got mampet. retribusi tetap tagih {amt}",
    ],
)

STYLES["letter"] = (
    [
        "Kepada Yth.\nKepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang\ndi Tempat\n\n"
        "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : {N}\nNIK : {NIK}\n"
        "Alamat : {ADRT}, Kel. {kel}\nNo. HP : {HP}\nmengajukan perbaikan data KK nomor {KK}."
        "\n\nHormat saya,\n{N}",
        "From: {N} <{EM}>\nTo: pengaduan@kupangkota.go.id\nSubject: Keluhan air PDAM\n\n"
        "Selamat pagi,\nAir di rumah saya {AD} mati sejak {tgl}.\n\nSalam,\n{G}",
        "From: {FG} <{EMK}>\nTo: humas@kupangkota.go.id\nCc: {N2} <{EM2}>\nSubject: Laporan "
        "pungutan\n\nMohon ditindaklanjuti.\n\nTerima kasih,\n{G}",
        "Perihal: Permohonan pengembalian dana\n\nKepada Yth. Kepala Bapenda Kota Kupang\n\n"
        "Saya {N}, NPWP {NPWP}, telah membayar PBB dua kali. Mohon dana {amt} dikembalikan ke "
        "rekening BRI {REK} a.n. {N}.\n\nHormat saya,\n{N}\nHP {HP}",
        "Dengan hormat,\nBersama ini kami keluarga {F} melaporkan sengketa batas tanah dengan "
        "keluarga {F2} di {RT} Kel. {kel}.\n\nAtas nama keluarga,\n{N}\nTelp. rumah {TEL}",
        "Kepada Yth. Direktur {tempat}\n\nSaya {N}, peserta BPJS Kesehatan mandiri nomor "
        "{BPJS}, mengeluhkan pelayanan pada {tgl}.\n\nHormat saya,\nttd\n{N}\n{EM}",
        "Yth. Kepala Dinas Perhubungan\n\nKendaraan saya {PL} ditilang di {jln} tanpa "
        "penjelasan.\n\nHormat saya,\n{N}, S.Pd.\nWA {HP}",
        "Dengan hormat,\nSaya {N}, pemilik CV Maju Bersama, beralamat di {AD}. NPWP "
        "pribadi saya {NPWPX}. Mohon izin usaha saya diproses.\n\nHormat saya,\n{N}",
    ],
    [
        "Nomor : {surat}\nLampiran : 1 berkas\nPerihal : Undangan rapat\n\nKepada Yth. Para "
        "Lurah se-Kota Kupang\n\nRapat pada {tgl} pukul {jam} di Aula Kantor Wali Kota.\n\n"
        "Kepala Dinas,\nttd",
        "KOP: PEMERINTAH KOTA KUPANG - DINAS PUPR\n{jln} Km. {km}, Telp. {kantel}\n\nNomor: "
        "{surat}\nPerihal: Tanggapan pengaduan {tiket}",
        "Kepada Yth. Kapolresta Kupang Kota\n\nKami Forum Warga Peduli Kota melaporkan "
        "balap liar di {jln} setiap malam minggu.\n\nHormat kami,\nKoordinator Forum",
        "From: Humas Pemkot Kupang <humas@kupangkota.go.id>\nTo: pengaduan@kupangkota.go.id\n"
        "Subject: Rekap pengaduan {tgl}\n\nTerlampir rekap {n} laporan. Salam damai.",
        "Kepada Yth. Lurah {kel}\n\nWarga RT {rt} dan RT {no} mengeluhkan drainase. Mohon "
        "ditinjau.\n\nWarga RT {rt}",
        "Tata Usaha SMPN 5 Kupang\nTelp. {kantel}\nEmail: tu.smpn5kupang@gmail.com\n\nNomor: "
        "{surat}\nPerihal: Pemberitahuan libur",
        "Faktur dari Bengkel Maju Motor\nNPWP: {npwpbadan}\nJumlah: {amt}\nTanggal: {tgl}",
        "Yth. Kepala Bapenda\n\nKoperasi kami, NPWP badan {npwpbadan}, sudah membayar "
        "{amt} melalui kode billing {bill}.\n\nPengurus",
    ],
)

STYLES["social"] = (
    [
        "Pak Wali tolong lihat jalan di {jln} ni! Motor sa {PL} jatuh masuk lubang. @kotakupang "
        "#kupangberbenah",
        "Komentar: sama kak, kami di {RT} Kel. {kel} juga air mati. - {G}",
        "Selamat jalan {N}, guru terbaik kami di SD. Tuhan sambut dalam kemuliaan",
        "siapa kenal {N}? katanya petugas kelurahan yg minta uang {amt} untuk urus KTP. "
        "tolong viralkan",
        "@anak_kupang{no}: min, sy {G} su DM dari kemarin, nomor sy {HP}, tolong dibalas",
        "Terima kasih Ibu {N}, bidan di Puskesmas {kel}, yang rela datang jam {jam} malam bantu "
        "mama {G2} melahirkan",
        "mama {G} jual kue dari dia pung rumah di {AD}, order wa mama {HP} ya gaes",
        "HILANG: dompet berisi KTP a.n. {NU}, NIK {NIK}. yang temukan hub {HP}",
        "sy {N} cari kerja, cv bisa minta ke {EM} atau {EMD}. makasih",
        "JEMAAT KAMI {NU} butuh darah golongan O di {tempat}. hub kel. {HP}",
    ],
    [
        "Jalan di {jln} su macam kolam. kapan diperbaiki pak? #kupangkota @pemkotkupang",
        "terima kasih dinas kebersihan, sampah di {tempat} su bersih. mantap",
        "info: layanan pengaduan SMS 1708 format KOTKUPANG spasi keluhan. gratis, "
        "aktif sejak {tgl}",
        "warga RT {rt} juara 1 lomba kebersihan, RT {no} juara 2. selamat!",
        "antri di {tempat} dari jam {jam}, nomor {antri} baru dipanggil jam {jam}",
        "Indah sekali sunset di Pantai Lasiana sore ini {tgl}. kasih bintang 5",
        "hati2 penipuan, ada akun ngaku admin PKH minta transfer {amt}. WA admin PKH {kanwa} "
        "itu palsu",
        "listrik padam lagi di kel. {kel} dari jam {jam}. @plnntt tolong",
    ],
)

STYLES["officer_note"] = (
    [
        "Catatan telepon {tgl} {jam}. Pelapor Bpk. {N}, warga {RT}, HP {HP}. Melaporkan "
        "tetangga {N2} membuang limbah ke selokan.",
        "Kunjungan lapangan {tgl}. Bertemu Ibu {N} di rumahnya {ADRT}. Pipa PDAM bocor di "
        "depan rumah. Petugas: {N2}.",
        "Pelapor datang ke loket. Nama {N}, NIK {NIK}, KK {KK}. Minta surat keterangan "
        "pindah. Dilayani oleh {G2}.",
        "Telepon masuk {jam}: Sdr. {N} melaporkan mobil dinas {PL} dipakai untuk antar anak "
        "sekolah. Nomor pelapor {HP}.",
        "Pelapor {N} (email {EM}) menanyakan pengembalian retribusi ke rek. Mandiri {REK}.",
        "Catatan: Ibu {N} datang bersama anaknya {G2}. BPJS {BPJS} tidak aktif. Dirujuk ke "
        "kantor BPJS.",
        "Pelapor {N}, usaha perorangan, NPWP {NPWP}. Mengeluh izin usaha ditahan di loket "
        "oleh petugas bernama {G2}.",
        "Laporan lisan: Om {G} (tidak mau sebut nama belakang) dari {RT} mengeluh anjing "
        "liar. Callback ke {HP}.",
        "{tgl} - Sdri. {N} menelepon, HP {HP}, email {EMD}. Keluhan: nama anaknya {N2} tertulis "
        '"{N3}" di akta.',
    ],
    [
        "Catatan {tgl}: Warga RT {rt} mengeluh lampu jalan di {jln}. Diteruskan ke Dinas "
        "Perhubungan, surat {surat}.",
        "Telepon {jam}, penelepon tidak mau menyebut nama. Keluhan: antrean di {tempat}. "
        "Tiket {tiket}.",
        "Tindak lanjut {tiket}: sudah dikoordinasikan dengan Ketua RT {rt} RW {rw}. Selesai.",
        "Rekap harian {tgl}: {n} laporan masuk via SMS 1708, {no} via WA center {kanwa}.",
        "Pelapor anonim. Pungutan {amt} di {tempat}. Bukti foto {img}.",
        "Kunjungan ke {jln} depan {tempat}: jalan amblas 2 meter. Foto {img}.",
        "Konfirmasi ke PLN: ID pelanggan {idpel} sudah normal sejak jam {jam}.",
        "Koordinasi dengan Bapenda, telp {kantel}. Kode billing {bill} sudah lunas {amt}.",
    ],
)

STYLES["mixed"] = (
    [
        "PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNIK : {NIKP}\nNama : {NU}Tempat/Tgl Lahir "
        ": KUPANG, {tgl}\nAlamat : {ADU}\n{RTK}\nKel/Desa : {kel}",
        "KARTU KELUARGA\nNo. {KK}\nNo | Nama | NIK | Hubungan\n1 | {NU} | {NIKP} | KEPALA "
        "KELUARGA\n2 | {NU2} | {NIKP2} | ISTRI\n3 | {NU3} | {NIKP3} | ANAK",
        "Daftar penerima yang belum cair:\n1. {N} ({n})\n2. {N2} ({n})\n3. {N3} ({n})\n"
        "Hubungi {HPW}",
        "NIK\u3000\uff1a{NIKFW}\nNama\uff1a{N}\nHP\uff1a{HPFW}",
        "nama sy {G}, nomor wa sy {HPO}, NlK : {NIKO}",
        "Nama\u00a0:\u00a0{N}\nNPWP\u00a0:\u00a0{NPWP}\nRek.\u00a0BNI\u00a0:\u00a0{REK}\n"
        "Plat\u00a0:\u00a0{PL}",
        "| Nama | No. KK | BPJS |\n| {NU} | {KKO} | {BPJS} |\n| {NU2} | {KK2} | {BPJS2} |",
        "Pengirim: {N}\u200b\nEmail: {EM}\nTelp: {HPW}\nAlamat: {ADRT}",
        "N a m a : {NU}\nNIK : {NIK}\nRT/RW : lihat KK\nNPWP : {NPWPX}\nemail: {EMD}",
    ],
    [
        "\uff29\uff24 Pelanggan\uff1a{idpel}\nNominal\uff1a{amt}\nToken\uff1a{token}",
        "Kode billing\u00a0{bill}\u00a0berlaku sampai {tgl}",
        "No | Lokasi | Keluhan\n1 | {jln} | lubang\n2 | {tempat} | sampah\n"
        "3 | Pasar Oebobo | air {tgl}",
        "File terlampir: {img}\nNomor laporan: {tiket}",
        "NOP\u200b{nop}\nTagihan\u200b{amt}",
        "- Hotline PDAM {kantel}\n- WA center {kanwa}\n- Email: pdam.kupang@gmail.com\n"
        "- Tiket {tiket}",
        "STRUK TOKO SINAR ABADI\nNPWP : {npwpbadan}\nTotal : {amt}\nTgl : {tgl}",
        "Rekap nomor surat:\n- {surat}\n- {surat}\n- {surat}",
    ],
)

PER_STYLE = 52
WITHOUT = 20

LABEL = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.DOTALL)
PLACEHOLDER = re.compile(r"\{([A-Za-z]+?)(\d?)\}")


def fill(template):
    return PLACEHOLDER.sub(Filler(), template)


def strip(marked):
    text, spans, pos = [], [], 0
    length = 0
    for m in LABEL.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value), "value": value})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), spans


def bad_edge(ch):
    return ch.isspace() or unicodedata.category(ch)[0] in "PZC"


def check(text, spans):
    assert "[[" not in text, text
    assert "]]" not in text, text
    assert not PLACEHOLDER.search(text), text
    last = 0
    for s in spans:
        assert s["kind"] in KINDS, s
        assert s["end"] > s["start"], s
        assert text[s["start"] : s["end"]] == s["value"], s
        first, final = s["value"][0], s["value"][-1]
        lead_ok = s["kind"] == "phone" and first in "+("
        assert lead_ok or not bad_edge(first), s
        assert not bad_edge(final), s
        assert s["start"] >= last, s
        last = s["end"]


def build():
    records, seen = [], set()
    for style, (with_data, without) in STYLES.items():
        plan = [(with_data, i) for i in range(PER_STYLE - WITHOUT)]
        plan += [(without, i) for i in range(WITHOUT)]
        for pool, i in plan:
            for _ in range(50):
                text, spans = strip(fill(pool[i % len(pool)]))
                if text not in seen:
                    break
            assert text not in seen, text
            seen.add(text)
            check(text, spans)
            assert (pool is without) == (not spans), text
            records.append(
                {
                    "text": text,
                    "spans": [{k: s[k] for k in ("kind", "start", "end")} for s in spans],
                    "style": style,
                }
            )
    order = list(range(len(records)))
    RNG.shuffle(order)
    lines = []
    for number, index in enumerate(order, start=1):
        record = {"id": f"b6-{number:04d}", **records[index]}
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def main():
    lines = build()
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(f"{len(lines)} texts written to {OUT.name}\n")


if __name__ == "__main__":
    main()
