"""Write ``redaction_dev13.jsonl``: the thirteenth development corpus for redaction.

Four themes: a complaint officer's notes, WhatsApp chats and forwards, social-media mentions,
and homes described in Kupang Malay. The texts are hand-written templates with inline labels
``[[kind:value]]`` and placeholders (``{F}``, ``{FAM|u}``, ``{NIK}`` …; see the README). Each
template is filled at most three times with ``random.Random(20261209)``; a fill that repeats an
earlier text is drawn again. Every span is checked before the file is written.

Run ``python3 make_redaction_dev13.py`` from anywhere; it writes next to itself.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from pathlib import Path

OUT = Path(__file__).with_name("redaction_dev13.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
STYLES = {
    "social",
    "whatsapp",
    "sms_caps",
    "kupang_malay",
    "web_form",
    "officer_note",
    "letter",
    "mixed",
}
FILLS = 3
#: Words that stay outside a name's span (guide: titles, honorifics, kin words).
TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "sdr",
    "sdri",
    "ny",
    "bidan",
    "lurah",
    "guru",
    "dr",
    "drs",
    "pdt",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "nona",
    "kak",
    "kaka",
    "ade",
    "usi",
    "suster",
    "dokter",
}

MEN = [
    "Arnoldus",
    "Kornelis",
    "Melkianus",
    "Obed",
    "Semuel",
    "Yusak",
    "Ebenhaezer",
    "Nimrod",
    "Sefnat",
    "Thobias",
    "Demianus",
    "Kristofel",
    "Yermias",
    "Zakarias",
    "Godlief",
    "Marthen",
    "Yohanis",
    "Frans",
    "Petrus",
    "Paulus",
    "Yakobus",
    "Imanuel",
    "Agustinus",
    "Blasius",
    "Wilhelmus",
    "Adrianus",
    "Gabriel",
    "Fransiskus",
    "Aloysius",
    "Benediktus",
    "Hironimus",
    "Maksimus",
    "Stefanus",
    "Ferdinand",
    "Hendrikus",
    "Lukas",
    "Matias",
    "Rudolof",
    "Simon",
    "Timotius",
    "Umbu Rara",
    "Umbu Hina",
    "Slamet",
    "Bambang",
    "Joko",
    "Sutrisno",
    "Baharuddin",
    "Syamsul",
    "Hasanuddin",
    "Sugianto",
    "Hendra",
    "Abdullah",
    "Husein",
    "Salim",
    "Faisal",
    "Hamzah",
    "Ridwan",
    "Jeskial",
    "Habel",
    "Ayub",
    "Nikodemus",
    "Elkana",
    "Gidion",
    "Yulianus",
    "Lazarus",
    "Oktovianus",
    "Ruben",
    "Mesak",
    "Abner",
    "Zadrak",
    "M. Yusuf",
    "Ariyanto",
    "Wempi",
    "Dominggus",
    "Viktor",
    "Jefta",
    "Kasimirus",
    "Leksi",
    "Goris",
    "Ishak",
    "Daud",
]
WOMEN = [
    "Agustina",
    "Ribka",
    "Dorkas",
    "Yosefina",
    "Florentina",
    "Oktaviana",
    "Serlin",
    "Rambu Ana",
    "Rambu Hamu",
    "Sri Wahyuni",
    "Endang",
    "Siti Aminah",
    "Mei Hwa",
    "Susanti",
    "Lily",
    "Fatimah",
    "Khadijah",
    "Aisyah",
    "Nurul",
    "Martha",
    "Yuliana",
    "Magdalena",
    "Ursula",
    "Veronika",
    "Maria Goreti",
    "Theresia",
    "Selfina",
    "Adriana",
    "Debora",
    "Naomi",
    "Ester",
    "Yohana",
    "Imelda",
    "Elisabeth",
    "Sarlota",
    "Mersi",
    "Ningsih",
    "Jeni",
    "Wilhelmina",
    "Welmince",
    "Orpa",
    "Marlin",
    "Hadijah",
    "Sitti Rahmah",
    "Lina",
    "Lie Ing",
    "Suryani",
    "Paulina",
    "Kristina",
    "Margaretha",
    "Apriana",
    "Desi",
    "Novita",
    "Erni",
    "Selvi",
    "Yanti",
    "Vivi",
    "Gracia",
    "Lodia",
    "Antonia",
    "Bergita",
    "Konstantia",
    "Yustina",
    "Emerensiana",
    "Fransiska",
]
FAMILIES = [
    # Timor
    "Tefa", "Benu", "Sabneno", "Ataupah", "Nubatonis", "Boimau", "Taneo", "Tualaka", "Nope",
    "Sanam", "Faot", "Koroh", "Tamelab", "Liunokas", "Selan", "Nenobais", "Kase", "Bana",
    "Oematan", "Kolo", "Tlonaen", "Pah", "Neonufa", "Nitbani", "Takaeb", "Banunaek",
    # Rote
    "Ndun", "Manafe", "Messakh", "Dethan", "Henuk", "Mbatu", "Lenggu", "Pello", "Adoe",
    "Saudale", "Haning", "Foeh", "Therik", "Amalo", "Fanggidae", "Mooy", "Tanone", "Nalle",
    "Bessie", "Lusi", "Zacharias", "Ndoen",
    # Sabu
    "Riwu Kaho", "Ga Lena", "Dju Dara", "Lado Lay", "Riwu Rohi", "Bire", "Haba", "Wadu", "Lomi",
    "Hede", "Dida", "Ludji", "Rebo", "Lay", "Kore", "Tallo", "Ratu",
    # Flores
    "Da Costa", "Lamury", "Keraf", "Making", "Koten", "Fernandez", "Parera", "Lewar", "Wuwur",
    "Sogen", "Djawa", "Bolen", "Lamanepa", "Nggadas", "Lobo", "Kelen", "Mbete",
    # Sumba
    "Ndapa", "Hambandima", "Kaborang", "Hunggu", "Landu", "Tanggu Dendo", "Dapawole", "Lende",
    # Alor
    "Lakapu", "Mautuka", "Malaikosa", "Atamau", "Lapenangga", "Mouwlaka", "Maro",
    # Javanese
    "Wibowo", "Santoso", "Prasetyo", "Susilo", "Hartono", "Nugroho", "Purnomo",
    # Bugis
    "Mappa", "Pawellangi", "Latief", "Daeng Matta", "Sappe", "Mattalitti",
    # Chinese-Indonesian
    "Tan", "Liem", "Kwee", "Gunawan", "Halim", "Tjoa", "Ang", "Oei", "Thung",
    # Arabic-origin
    "Alkatiri", "Assegaf", "Bahasuan", "Baswedan", "Alhabsyi", "Bachmid", "Alaydrus",
    "Basalamah", "Bin Thalib", "Bawazier",
]  # fmt: skip
NICKS = [
    "Nyong", "Ose", "Ati", "Ucu", "Oce", "Tinus", "Yopi", "Ivon", "Echi", "Ancu", "Etho", "Ipi",
    "Uce", "Eta", "Lince", "Mince", "Popi", "Abe", "Ona", "Neli", "Nus", "Bento", "Iki", "Cici",
    "Eki", "Ando", "Obi", "Mely", "Tole", "Nando",
]  # fmt: skip
#: Given names that are ordinary words (guide: labelled where they name a person).
WORD_NAMES = ["Indah", "Kasih", "Bunga", "Mawar", "Intan", "Murni", "Melati", "Permata", "Cahaya"]

STREETS = [
    "Nangka", "Sukun", "Kenari", "Cemara", "Jambu", "Mangga", "Durian", "Salak", "Palapa",
    "Rote", "Kakatua", "Merpati", "Bakau", "Flamboyan", "Oepoi", "Tompello", "Bajawa",
    "Ikan Paus", "Hati Mulia", "Rambutan", "Tulip", "Kamboja", "Gunung Fatuleu",
    "Alfons Nisnoni", "Kelinci", "Oebonik", "Kelapa", "Beringin", "Sumba", "Kancil", "Bougenvil",
]  # fmt: skip
PUBLIC_STREETS = [
    "El Tari", "Frans Seda", "W.J. Lalamentik", "Piet A. Tallo", "Soeharto", "Timor Raya",
    "Adisucipto", "Amabi", "Herewila", "R.A. Kartini", "Sam Ratulangi", "Perintis Kemerdekaan",
    "Fetor Funay", "Moh. Hatta", "Jenderal Sudirman",
]  # fmt: skip
KELURAHAN = [
    "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Oesapa",
    "Oesapa Barat", "Lasiana", "Kelapa Lima", "Pasir Panjang", "Naikoten", "Fontein", "Oetete",
    "Airnona", "Bakunase", "Naikolan", "Kuanino", "Oepura", "Sikumana", "Naimata", "Penfui",
    "Kolhua", "Belo", "Fatukoa", "Maulafa", "Namosain", "Nunbaun Sabu", "Alak", "Manutapen",
    "Batuplat", "Naioni", "Oeba", "Nefonaek", "Bonipoi", "Fatufeto",
]  # fmt: skip
KECAMATAN = ["Oebobo", "Maulafa", "Kelapa Lima", "Alak", "Kota Raja", "Kota Lama"]
PUSKESMAS = [
    "Oebobo", "Sikumana", "Oesapa", "Bakunase", "Pasir Panjang", "Kupang Kota", "Alak",
    "Penfui", "Naioni", "Manutapen", "Oepoi",
]  # fmt: skip
PASAR = ["Oebobo", "Kasih Naikoten", "Oeba", "Kuanino", "Oesapa", "Inpres Naikoten"]
CHURCHES = [
    "GMIT Kaisarea", "GMIT Paulus", "GMIT Imanuel Oepura", "GMIT Betania", "GMIT Efata Liliba",
    "Katedral Kristus Raja", "St. Yoseph Naikoten", "GMIT Koinonia",
]  # fmt: skip
SCHOOLS = [
    "SD Inpres Oepura 2", "SMPN 5 Kupang", "SMAN 1 Kupang", "SDK St. Yoseph", "SMPK St. Theresia",
    "SD GMIT Oebufu", "SMPN 2 Kupang", "SD Inpres Bakunase 1",
]  # fmt: skip
GANGS = [
    "Sepakat", "Kakatua", "Damai", "Melati", "Rukun", "Anggrek", "Mawar", "Harapan", "Sejahtera",
    "Cendana", "Merpati", "Bahagia", "Kasih", "Kenanga",
]  # fmt: skip
COMPLEXES = ["Griya Permata", "Citra Kupang Indah", "BTN Kolhua", "Oesapa Permai", "Puri Liliba"]
BLOCK_WORDS = ["Kenanga", "Anggrek", "Melati", "Teratai", "Cempaka"]
BEACHES = ["Lasiana", "Pasir Panjang", "Ketapang Satu", "Oesapa"]
AMOUNTS = [
    "Rp 50.000", "Rp 75.000", "Rp 100.000", "Rp 125.000", "Rp 150.000", "Rp 200.000",
    "Rp 250.000", "Rp 300.000", "Rp 350.000", "Rp 65.000", "Rp 85.000", "Rp 175.000",
]  # fmt: skip
FEES = ["Rp 5.000", "Rp 7.000", "Rp 10.000", "Rp 15.000", "Rp 20.000", "Rp 25.000", "Rp 8.000"]
MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
]  # fmt: skip
MOBILE_PREFIXES = [
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0815", "0857", "0858",
    "0817", "0818", "0819", "0877", "0878", "0895", "0896", "0881", "0882",
]  # fmt: skip
HOSTS = ["gmail.com", "yahoo.co.id", "ymail.com", "yahoo.com", "gmail.com", "outlook.com"]
#: Regency codes of NTT (Kota Kupang 71 with its six districts, the rest two-digit districts).
REGENCIES = ["71", "71", "71", "71", "01", "02", "03", "04", "05", "06", "07", "11", "14", "20"]

NUMBERINGS = ["{:02d}", "{:d}", "{:03d}"]

PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d*)(?:\|([a-z]+))?\}")
MARKER = re.compile(r"\[\[([a-z_]+):(.+?)\]\]")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def region(rng: random.Random) -> str:
    regency = rng.choice(REGENCIES)
    district = f"{rng.randint(1, 6):02d}" if regency == "71" else f"{rng.randint(1, 18):02d}"
    return "53" + regency + district


def nik(rng: random.Random, woman: bool | None = None) -> str:
    if woman is None:
        woman = rng.random() < 0.5
    day = rng.randint(1, 28) + (40 if woman else 0)
    born = f"{day:02d}{rng.randint(1, 12):02d}{rng.choice([*range(55, 100), *range(8)]):02d}"
    return region(rng) + born + f"{rng.randint(1, 120):04d}"


def kk(rng: random.Random) -> str:
    issued = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(8, 25):02d}"
    return region(rng) + issued + f"{rng.randint(1, 9999):04d}"


def grouped(number: str, style: str) -> str:
    if style == "g":
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    if style == "d":
        return f"{number[:2]}.{number[2:4]}.{number[4:6]}.{number[6:12]}.{number[12:]}"
    return number


def mobile(rng: random.Random, writing: str | None = None) -> str:
    body = rng.choice(MOBILE_PREFIXES) + digits(rng, 8)
    a, b, c = body[:4], body[4:8], body[8:]
    writings = {
        "b": body,
        "dash": f"{a}-{b}-{c}",
        "space": f"{a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "i": f"+62 {a[1:]}-{b}-{c}",
        "ib": "+62" + body[1:],
        "62": "62" + body[1:],
        "62s": f"62 {a[1:]} {b} {c}",
    }
    return writings[
        writing or rng.choice(["b", "b", "dash", "space", "dot", "i", "ib", "62", "62s"])
    ]


def landline(rng: random.Random) -> str:
    number = "8" + digits(rng, 5)
    return rng.choice(
        [f"0380 {number}", f"(0380) {number[:3]} {number[3:]}", f"0380-{number[:3]} {number[3:]}"]
    )


def office_line(rng: random.Random) -> str:
    number = "8" + digits(rng, 5)
    return rng.choice([f"(0380) {number[:3]} {number[3:]}", f"0380-{number}", f"0380 {number}"])


def office_mobile(rng: random.Random) -> str:
    return rng.choice(
        [
            f"0811-38{digits(rng, 2)}-{digits(rng, 4)}",
            f"0812 3{digits(rng, 3)} {digits(rng, 4)}",
            f"0813-{digits(rng, 4)}-{digits(rng, 4)}",
            f"08113{digits(rng, 7)}",
        ]
    )


def plate(rng: random.Random) -> str:
    area = rng.choice(["DH", "DH", "DH", "EB", "ED"])
    number = str(rng.randint(1, 9999))
    suffix = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2])))
    if rng.random() < 0.12:
        return f"{area}{number}{suffix}"
    return f"{area} {number} {suffix}"


def email(rng: random.Random, given: str, family: str) -> str:
    user = given.split(maxsplit=1)[0].lower().replace(".", "")
    fam = family.lower().replace(" ", "")
    form = rng.choice([f"{user}.{fam}", f"{user}{fam}", f"{fam}.{user}", f"{user}_{fam}"])
    return (
        form + rng.choice(["", digits(rng, 2), str(rng.randint(70, 99))]) + "@" + rng.choice(HOSTS)
    )


def dodged(rng: random.Random, address: str) -> str:
    user, host = address.split("@")
    name, top = host.split(".", 1)
    return rng.choice(
        [
            f"{user} at {name} dot {top.replace('.', ' dot ')}",
            f"{user} [at] {name} [dot] {top.replace('.', ' [dot] ')}",
            f"{user}(at){host}",
            f"{user} @{host}",
            f"{user} @ {host}",
        ]
    )


def date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        [
            f"{day:02d}/{month:02d}/2026",
            f"{day} {MONTHS[month - 1]} 2026",
            f"{day}/{month}",
            f"{day:02d}-{month:02d}-2026",
        ]
    )


def clock(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}.{rng.randint(0, 59):02d}"


def ticket(rng: random.Random) -> str:
    return rng.choice(
        [
            f"LPR-2026-{digits(rng, 4)}",
            f"#26{rng.randint(1, 12):02d}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"LAPOR-5371-2026-{digits(rng, 5)}",
        ]
    )


class Fill:
    """The values of one fill: one key, one value; values of one sort differ within a fill."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.values: dict[str, str] = {}
        self.used: dict[str, set[str]] = {}
        self.numbering = rng.choice(NUMBERINGS)
        self.day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
        self.minutes = rng.randint(6 * 60, 19 * 60)

    def tick(self) -> str:
        """The next time of the fill: times in one text run forward, as in a chat."""
        self.minutes += self.rng.randint(1, 45)
        hours, minutes = divmod(min(self.minutes, 23 * 60 + 59), 60)
        return f"{hours:02d}.{minutes:02d}"

    def fresh(self, sort: str, make: object) -> str:
        seen = self.used.setdefault(sort, set())
        for _ in range(50):
            value = make()  # type: ignore[operator]
            if value not in seen:
                seen.add(value)
                return value
        raise RuntimeError(sort)

    def owner(self) -> tuple[str, str]:
        """A mailbox's owner: the fill's first person when there is one."""
        given = self.values.get("F") or self.values.get("M") or self.rng.choice(MEN + WOMEN)
        return given, self.values.get("FAM") or self.rng.choice(FAMILIES)

    def make(self, base: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        c = rng.choice
        match base:
            case "M":
                return self.fresh("given", lambda: c(MEN))
            case "F":
                return self.fresh("given", lambda: c(WOMEN))
            case "G":
                return self.fresh("given", lambda: c(c([MEN, WOMEN])))
            case "FAM":
                return self.fresh("family", lambda: c(FAMILIES))
            case "NICK":
                return self.fresh("nick", lambda: c(NICKS))
            case "WN":
                return self.fresh("wordname", lambda: c(WORD_NAMES))
            case "NIK":
                return self.fresh("nik", lambda: nik(rng))
            case "NIKW":
                return self.fresh("nik", lambda: nik(rng, woman=True))
            case "NIKM":
                return self.fresh("nik", lambda: nik(rng, woman=False))
            case "KK":
                return self.fresh("kk", lambda: kk(rng))
            case "BPJS":
                return self.fresh("bpjs", lambda: "000" + digits(rng, 10))
            case "NPWP":
                d = digits(rng, 9)
                return f"{rng.randint(10, 99)}.{d[:3]}.{d[3:6]}.{d[6]}-920.000"
            case "HP" | "SCAMHP" | "BIZHP":
                return self.fresh("mobile", lambda: mobile(rng))
            case "HPB":
                return self.fresh("mobile", lambda: mobile(rng, "b"))
            case "HPI":
                return self.fresh("mobile", lambda: mobile(rng, c(["i", "ib", "62s"])))
            case "HPS":
                return self.fresh("mobile", lambda: mobile(rng, "space"))
            case "TEL":
                return self.fresh("line", lambda: landline(rng))
            case "OFCTEL":
                return self.fresh("line", lambda: office_line(rng))
            case "OFCHP":
                return self.fresh("mobile", lambda: office_mobile(rng))
            case "PLATE":
                return self.fresh("plate", lambda: plate(rng))
            case "BRI":
                d = digits(rng, 13)
                return c([f"{d[:4]}-01-{d[4:10]}-{d[10:12]}-{d[12]}", f"{d[:4]}01{d[4:]}"])
            case "BNI":
                return "0" + digits(rng, 9)
            case "MDR":
                return c(["1610" + digits(rng, 9), f"161-00-{digits(rng, 7)}-{digits(rng, 1)}"])
            case "BNTT":
                return f"{digits(rng, 3)}.01.02.{digits(rng, 6)}-{digits(rng, 1)}"
            case "MAIL":
                return self.fresh("mail", lambda: email(rng, *self.owner()))
            case "MAILDODGE":
                return dodged(rng, email(rng, *self.owner()))
            case "STR":
                return self.fresh("street", lambda: c(STREETS))
            case "PSTR":
                return self.fresh("pstreet", lambda: c(PUBLIC_STREETS))
            case "NO":
                return self.fresh("no", lambda: str(rng.randint(1, 160)))
            case "RT":
                return self.fresh("rt", lambda: self.numbering.format(rng.randint(1, 38)))
            case "RW":
                return self.fresh("rw", lambda: self.numbering.format(rng.randint(1, 12)))
            case "GANG":
                return self.fresh("gang", lambda: c(GANGS))
            case "GANGN":
                return str(rng.randint(1, 14))
            case "PERUM":
                return c(COMPLEXES)
            case "BL":
                return c("ABCDEFGH")
            case "BLW":
                return c(BLOCK_WORDS)
            case "KEL":
                return self.fresh("kel", lambda: c(KELURAHAN))
            case "KEC":
                return c(KECAMATAN)
            case "PKM":
                return self.fresh("pkm", lambda: c(PUSKESMAS))
            case "PASAR":
                return c(PASAR)
            case "CHURCHNAME":
                return c(CHURCHES)
            case "CHURCH":
                return "Gereja " + c(CHURCHES)
            case "SCHOOL":
                return c(SCHOOLS)
            case "BEACH":
                return c(BEACHES)
            case "ANGKOT":
                return c(["1", "2", "3", "5", "6", "7", "10"])
            case "RP":
                return self.fresh("rp", lambda: c(AMOUNTS))
            case "TGL":
                return self.fresh("date", lambda: date(rng))
            case "FEE":
                return self.fresh("rp", lambda: c(FEES))
            case "DAYS":
                return str(rng.randint(2, 6))
            case "MIN":
                return str(rng.randint(2, 9) * 10)
            case "OLD":
                return str(rng.randint(66, 91))
            case "TGLD":
                return str(rng.randint(2, 28))
            case "JAM":
                return self.tick()
            case "DT":
                return f"{self.day}/2026 {self.tick()}"
            case "D":
                return f"{self.day}/26"
            case "SEC":
                return f"{rng.randint(5, 59):02d}"
            case "AGE":
                return str(rng.randint(19, 84))
            case "KIDAGE":
                return str(rng.randint(3, 16))
            case "NUM":
                return str(rng.randint(2, 480))
            case "SMPNUM":
                return str(rng.randint(1, 19))
            case "TIX":
                return ticket(rng)
            case "IDPEL":
                return "5312" + digits(rng, 8)
            case "NOP":
                d = digits(rng, 8)
                return f"53.71.0{d[:2]}.00{d[2]}.0{d[3:5]}-0{d[5:]}.0"
            case "LETTERNO":
                head, unit = c(["700", "500", "460", "050"]), c(["INSP", "ORG", "PUPR", "KEL"])
                return f"{head}/{rng.randint(10, 999)}/{unit}/2026"
        raise KeyError(base)

    def value(self, match: re.Match[str]) -> str:
        base, index, modifier = match.group(1), match.group(2), match.group(3) or ""
        key = base + index
        if key not in self.values:
            self.values[key] = self.make(base)
        value = self.values[key]
        if modifier in {"g", "d"}:
            return grouped(value, modifier)
        if modifier == "u":
            return value.upper()
        if modifier == "l":
            return value.lower()
        if modifier:
            raise KeyError(modifier)
        return value


def parse(block: str) -> tuple[str, str]:
    """A template's style and text: ``@ style`` then its lines, joined; ``\\n`` is a newline."""
    head, _, body = block.strip().partition("\n")
    style = head.removeprefix("@").strip()
    text = " ".join(line.strip() for line in body.splitlines())
    return style, re.sub(r"\s*\\n\s*", "\n", text).strip()


def templates(source: str) -> list[tuple[str, str]]:
    return [parse(block) for block in re.split(r"\n\s*\n", source.strip()) if block.strip()]


def label(filled: str, where: str) -> tuple[str, list[dict[str, object]]]:
    """Strip the markers, compute the spans and check them."""
    spans: list[dict[str, object]] = []
    parts: list[str] = []
    cursor = 0
    length = 0
    for match in MARKER.finditer(filled):
        kind, value = match.group(1), match.group(2)
        before = filled[cursor : match.start()]
        parts.append(before)
        length += len(before)
        spans.append({"kind": kind, "start": length, "end": length + len(value), "value": value})
        parts.append(value)
        length += len(value)
        cursor = match.end()
    parts.append(filled[cursor:])
    text = "".join(parts)
    last = 0
    for span in spans:
        kind, value = span.pop("kind"), span.pop("value")
        start, end = span["start"], span["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert isinstance(value, str)
        assert kind in KINDS, (where, kind)
        assert value, where
        assert text[start:end] == value, where
        punct = string.punctuation + string.whitespace
        allowed_start = "+(" if kind == "phone" else ""
        assert value[0] not in punct or value[0] in allowed_start, (where, value)
        assert value[-1] not in punct, (where, value)
        assert start >= last, (where, value)
        if kind == "name":
            first = value.split()[0].rstrip(".").lower()
            assert first not in TITLES, (where, value)
        last = end
        span["kind"] = kind
    ordered = [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans]
    for leftover in ("[[", "]]", "{", "}"):
        assert leftover not in text, (where, text)
    return text, ordered


#: A complaint officer's notes of calls, walk-ins and field visits.
OFFICER = r"""
@ officer_note
Catatan telepon {TGL} pukul {JAM}. Pelapor menelepon dari [[phone:{HP}]], mengaku bernama
[[name:{F} {FAM}]], warga [[address:RT {RT}/RW {RW}]] Kel. {KEL}. Mengeluhkan air PDAM tidak
mengalir sejak lima hari. Tindak lanjut: diteruskan ke Perumda Air Minum Tirta Lontar (hotline
{OFCTEL}).

@ officer_note
Walk-in {TGL}. Bpk. [[name:{M} {FAM}]] datang ke loket Unit Pengaduan Kasih membawa fotokopi KTP
(NIK [[nik:{NIKM}]]) dan KK ([[kk:{KK}]]). Nama anaknya [[name:{G2}]] tidak muncul di KK baru.
Telah dikonfirmasi ke Dukcapil, petugas loket 3 (tidak menyebut nama). Tindak lanjut: pelapor
diminta kembali {TGL2}.

@ officer_note
Kunjungan lapangan ke rumah pelapor, Ibu [[name:{F} {FAM}]], di [[address:Jl. {STR} No. {NO},
RT {RT}/RW {RW}]], Kel. {KEL}. Tembok belakang rumah retak akibat galian drainase. Ditemui juga
tetangga, Sdr. [[name:{M2} {FAM2}]] (HP [[phone:{HP}]]), yang membenarkan. Dokumentasi 6 foto.

@ officer_note
Telah dikonfirmasi ke Lurah {KEL}, Bapak [[name:{M} {FAM}]], melalui HP beliau [[phone:{HP}]]
pukul {JAM}. Beliau menyatakan staf kelurahan akan turun besok pagi. Pelapor (anonim) tidak
meninggalkan nomor.

@ officer_note
Pelapor: [[name:{F|u} {FAM|u}]] / HP [[phone:{HPB}]] / NIK [[nik:{NIKW}]] \n Alamat:
[[address:Jl. {STR} No. {NO}]], Kel. {KEL} \n Isi: BLT tahap 2 belum cair, padahal nama tercatat
di DTKS. \n Tindak lanjut: diteruskan ke Dinsos, WA center {OFCHP}.

@ officer_note
Pelapor menelepon kembali pukul {JAM}. Suaminya, [[name:{M} {FAM}]], dirawat di RSUD S.K. Lerik
memakai BPJS no [[bpjs:{BPJS}]] tetapi diminta membeli obat sendiri. Telah dikonfirmasi ke bagian
pengaduan RSUD. Pelapor: Ibu [[name:{F}]].

@ officer_note
Tindak lanjut kunjungan {TGL}: rumah keluarga [[name:{FAM}]] di [[address:Gg. {GANG} No. {NO}]]
tergenang air selokan. Kepala keluarga, Om [[name:{M}]], menunjukkan saluran yang tertutup
bangunan kios milik tetangga, Tanta [[name:{F}]]. Disarankan mediasi di kantor kelurahan.

@ officer_note
Catatan: pelapor minta identitas dirahasiakan. Nama: [[name:{F} {FAM}]]. No. WA [[phone:{HPI}]].
Email [[email:{MAIL}]]. Keluhan: pungutan {RP} untuk surat pindah di kantor kelurahan {KEL}.

@ officer_note
SMS masuk {TGL} {JAM} dari [[phone:{HPI}]]: "KOTKUPANG SY [[name:{M|u} {FAM|u}]] WARGA
[[address:RT {RT} RW {RW}]] {KEL|u} LAMPU JALAN MATI 2 MGG". Tindak lanjut: diteruskan ke
Dishub (bidang PJU).

@ officer_note
Lapangan {TGL}. Bertemu Ketua RT {RT2}, Bpk. [[name:{M} {FAM}]] (HP [[phone:{HP}]]), di rumahnya,
[[address:Jl. {STR} No. {NO}]]. Beliau membenarkan sampah menumpuk di TPS depan {SCHOOL} sejak
dua minggu.

@ officer_note
Pelapor walk-in, Sdri. [[name:{F} {FAM}]], mengadukan ibu kosnya, Ibu [[name:{F2} {FAM2}]], yang
menahan ijazah. Kamar kos di [[address:Jl. {STR} No. {NO}]], Kel. {KEL}. HP pelapor
[[phone:{HP}]]. Tindak lanjut: mediasi di kelurahan {TGL}.

@ officer_note
Dikonfirmasi via telepon ke bidan [[name:{F}]] di Puskesmas {PKM} (HP [[phone:{HP}]]): imunisasi
anak pelapor, [[name:{G2}]], dijadwalkan ulang {TGL}. Pelapor: Bapa [[name:{M} {FAM}]].

@ letter
Kepada Yth. Kepala Unit Pengaduan Kasih Kota Kupang \n Dengan hormat, saya [[name:{M} {FAM}]],
NIK [[nik:{NIKM|g}]], tinggal di [[address:Jl. {STR} No. {NO}, RT {RT}/RW {RW}]], Kel. {KEL},
melaporkan bahwa motor saya [[plate:{PLATE}]] ditahan juru parkir di Pasar {PASAR} tanpa karcis.
\n Hormat saya, \n [[name:{M} {FAM}]]

@ web_form
Nama Pelapor: [[name:{F} {FAM}]] \n No HP/WA: [[phone:{HP}]] \n Alamat:
[[address:Perumahan {PERUM} Blok {BL} No. {NO}]], Kel. {KEL} \n Kategori: Infrastruktur \n Uraian:
drainase di depan blok tersumbat. \n Catatan petugas: telah dikonfirmasi ke pengembang, kantor
pemasaran {OFCTEL}.

@ officer_note
Log telepon #{NUM}: penelepon laki-laki, mengaku [[name:{M}]] dari [[address:RT {RT}]] {KEL},
menanyakan status laporan {TIX}. Nomor tampil di layar [[phone:{HPB}]]. Dijelaskan laporan masih
di OPD.

@ officer_note
Pendampingan {TGL}: mama [[name:{F} {FAM}]] datang bersama anaknya [[name:{NICK}]] ({KIDAGE}
thn) yang belum punya akta lahir. No. KK [[kk:{KK}]]. Telah dikonfirmasi ke Dukcapil loket akta;
pelapor diarahkan ke Mal Pelayanan Publik.

@ mixed
Diteruskan dari grup WA kelurahan {KEL} ke Unit Pengaduan: \n "[[name:{F} {FAM}]]: pak tolong,
rumah sy di [[address:Jl. {STR} Gg. {GANGN} No. {NO}]] kebanjiran lagi" \n Catatan petugas:
pelapor ditelepon balik ke [[phone:{HP}]], dijadwalkan survei {TGL}.

@ officer_note
Klarifikasi {TGL}. Terlapor: oknum staf kelurahan bernama [[name:{M} {FAM}]] (bagian pelayanan).
Pelapor [[name:{F2} {FAM2}]] menyebut diminta uang Rp 200.000 untuk surat pengantar nikah,
ditransfer ke BRI [[bank_account:{BRI}]] a.n. [[name:{M} {FAM}]]. Diteruskan ke Inspektorat.

@ officer_note
Pengaduan lisan dari Oma [[name:{F}]] ({OLD} thn), ditemani cucunya [[name:{G2} {FAM}]]. Rumah
di [[address:RT {RT}/RW {RW}]] Kel. {KEL}. Kartu KIS [[bpjs:{BPJS}]] ditolak di apotek.
Dikonfirmasi ke BPJS Kesehatan Cabang Kupang (care center 165).

@ sms_caps
CATATAN SMS 1708 {TGL}: "KOTKUPANG SY [[name:{F|u}]] RUMAH DI [[address:JL {STR|u} NO {NO}]]
{KEL|u}. TETANGGA SY BPK [[name:{M|u} {FAM|u}]] BAKAR SAMPAH TIAP MALAM. HP [[phone:{HPB}]]"

@ officer_note
Telah dikonfirmasi ke pemilik mobil [[plate:{PLATE}]], Sdr. [[name:{M} {FAM}]], yang parkir
menutup jalan masuk gang. Ia berjanji memindahkan mobil. Pelapor, Ibu [[name:{F}]] (warga
[[address:RT {RT}]]), menyatakan puas. {TGL}

@ officer_note
Tindak lanjut: petugas DLHK, Bpk. [[name:{M} {FAM}]], sudah mengangkut sampah {TGL}.
Dikonfirmasi ke pelapor [[name:{F2} {FAM2}]] di nomor [[phone:{HP}]]: lokasi sudah bersih.

@ letter
Berita Acara Mediasi \n Pada hari ini, {TGL}, bertempat di Kantor Kelurahan {KEL}, telah dilakukan
mediasi antara keluarga [[name:{FAM}]] dan keluarga [[name:{FAM2}]] soal batas tanah. Hadir:
[[name:{M} {FAM}]] (NIK [[nik:{NIKM}]]) dan [[name:{M2} {FAM2}]] (NIK [[nik:{NIKM2}]]).
Disepakati pengukuran ulang oleh BPN.

@ officer_note
Email masuk dari [[email:{MAIL}]] ({TGL}) atas nama [[name:{F} {FAM}]]: meminta salinan
laporan {TIX}. Dibalas melalui pengaduan@kupangkota.go.id.

@ web_form
Data Pelapor \n Nama : [[name:{M|u} {FAM|u}]] \n NIK : [[nik:{NIKM|d}]] \n NPWP :
[[npwp:{NPWP}]] \n Telp rumah : [[phone:{TEL}]] \n Uraian: PBB rumah naik dua kali lipat. NOP
{NOP}. \n Catatan petugas: diteruskan ke Bapenda (telp {OFCTEL}).

@ officer_note
Pelapor menelepon {JAM}: anaknya [[name:{G}]] ({KIDAGE} thn) belum pulang sejak kemarin, terakhir
terlihat di Terminal Kupang. Ayah, [[name:{M} {FAM}]], HP [[phone:{HP}]]; rumah di
[[address:Jl. {STR} No. {NO}]]. Tindak lanjut: diteruskan ke Polsek Kelapa Lima (110).

@ officer_note
Lapangan {TGL}: pipa PDAM bocor di depan rumah Pak RT [[name:{M} {FAM}]], [[address:Jl. {STR}
No {NO}]]. Air terbuang sejak subuh. Dikonfirmasi ke PDAM, petugas tiba pukul {JAM}.

@ officer_note
Nota telepon {TGL}: penelepon menyebut tetangganya [[name:{M} {FAM}]] memelihara babi di belakang
rumah di [[address:Gg. {GANG} No. {NO}, RT {RT}]]. Pelapor minta namanya tidak disebut; nomor
[[phone:{HP}]] dicatat untuk konfirmasi.

@ officer_note
Pelapor menelepon pukul {JAM}, tidak mau menyebut nama. Jalan di depan {SCHOOL} berlubang dan
tergenang. Tindak lanjut: diteruskan ke Dinas PUPR, telp {OFCTEL}.

@ officer_note
Telah dikonfirmasi ke Kepala Dinas Lingkungan Hidup dan Kebersihan melalui sekretariat
({OFCTEL}). Jadwal angkut sampah di Kel. {KEL} kembali normal mulai {TGL}.

@ officer_note
Tindak lanjut laporan {TIX}: PDAM mengirim tangki ke Kel. {KEL} pukul {JAM}. Warga RT {RT} dan RT
{RT2} mengambil air di halaman kantor lurah.

@ officer_note
Kunjungan lapangan {TGL}: lampu PJU di Jl. {PSTR} (depan Pasar {PASAR}) mati 7 titik. Petugas
Dishub di lokasi mencatat nomor tiang. Tidak ada pelapor yang ditemui.

@ officer_note
Walk-in {TGL} pukul {JAM}: seorang ibu (anonim) menanyakan syarat akta kelahiran. Dijelaskan: KK,
KTP orang tua, surat keterangan lahir. Diarahkan ke Mal Pelayanan Publik lantai 1, buka
Senin-Jumat 08.00-15.00.

@ officer_note
Pelapor menelepon lewat call center 112 (dialihkan). Pohon tumbang di Jl. {PSTR} dekat {CHURCH}.
Dikonfirmasi ke BPBD Kota Kupang, hotline {OFCHP}; tim tiba pukul {JAM}.

@ officer_note
Rekap harian {TGL}: 14 SMS ke 1708, 6 telepon, 3 walk-in. Kategori terbanyak: air bersih (Kel.
{KEL}), sampah, jalan. Catatan: WA center Unit Pengaduan {OFCHP} sering menerima stiker saja.

@ officer_note
Tindak lanjut: Ketua RT {RT} RW {RW} Kel. {KEL} mengirim daftar warga penerima air tangki.
Daftar disimpan di map fisik, tidak diunggah. {TGL}

@ officer_note
Telah dikonfirmasi ke Lurah {KEL} (kantor lurah {OFCTEL}). Pak Lurah menyatakan sudah ada jadwal
kerja bakti hari Sabtu. Laporan {TIX} ditutup.

@ officer_note
Field visit {TGL}: Sekretariat RT {RT} RW {RW}, Jl. {STR} No. {NO}, tidak ada orang. Papan
pengumuman berisi jadwal ronda dan iuran sampah {FEE}/bulan.

@ officer_note
Pelapor menelepon soal tagihan listrik: ID pelanggan PLN {IDPEL} naik drastis bulan ini.
Diarahkan ke PLN 123 dan aplikasi PLN Mobile. Pelapor tidak menyebut nama.

@ officer_note
Tindak lanjut: Dinas PUPR membalas surat {LETTERNO}; perbaikan Jl. {PSTR} masuk anggaran
perubahan. Pelapor akan dikabari lewat SMS 1708 ({TGL}).

@ officer_note
Kunjungan ke Puskesmas {PKM} {TGL} untuk klarifikasi antrean. Kepala Puskesmas menjelaskan nomor
antrean {NUM} dibagi mulai 07.00. Loket BPJS tutup pukul 12.00.

@ officer_note
Panggilan masuk {JAM} dari nomor pengaduan Dinsos {OFCHP}: konfirmasi bahwa bantuan sembako untuk
Kel. {KEL} dibagi {TGL} di aula kelurahan.

@ sms_caps
LOG SMS {TGL}: KOTKUPANG JALAN KE PUSKESMAS {PKM|u} RUSAK PARAH BANYAK LUBANG MOHON DIPERBAIKI.
PENGIRIM TIDAK MENCANTUMKAN NAMA. STATUS: DITERUSKAN KE PUPR.

@ letter
Nomor: {LETTERNO} \n Perihal: Tindak lanjut pengaduan \n Kepada Yth. Kepala Dinas PUPR Kota
Kupang \n Bersama ini kami teruskan laporan warga tentang genangan di Jl. {PSTR} depan {SCHOOL}.
Mohon ditindaklanjuti paling lambat 5 hari kerja. \n Kepala Bagian Organisasi

@ officer_note
Pelapor (walk-in, minta anonim) mengeluh angkot lampu {ANGKOT} menaikkan tarif jadi {FEE}.
Dikonfirmasi ke Dishub, bidang angkutan, telp {OFCTEL}. Tindak lanjut: razia tarif {TGL}.

@ officer_note
Tindak lanjut: kelurahan {KEL} mengirim foto pembersihan saluran oleh warga RT {RT}. Laporan {TIX}
diperbarui statusnya menjadi selesai.

@ web_form
Kategori: Administrasi Kependudukan \n Lokasi: Dukcapil Kota Kupang \n Uraian: KK saya dobel,
satu lama satu baru. Mohon dibantu. \n Nama: (dirahasiakan) \n Tiket: {TIX} \n Catatan petugas:
dijawab {TGL}.

@ officer_note
Catatan rapat koordinasi {TGL}: perwakilan PDAM, PLN, Dinas PUPR dan DLHK hadir. Koordinator
Forum Warga Peduli Kota menyampaikan 12 keluhan dari Kel. {KEL}. Hotline bersama: {OFCHP}.
"""

#: WhatsApp chats, exports, forwards, voice notes and group announcements.
WHATSAPP = r"""
@ whatsapp
[{DT}] [[name:{F} {FAM}]]: kaka, nomor PDAM yg bisa dihubungi berapa e? \n [{DT2}] [[name:{M}
{FAM2}]]: hotline PDAM {OFCTEL}, tapi lebih cepat WA pengaduan {OFCHP} \n [{DT3}] [[name:{F}
{FAM}]]: makasi kaka

@ whatsapp
{D} {JAM} - [[name:{M} {FAM}]]: Ini nomor sopir tangki air, Om [[name:{M2}]] [[phone:{HP}]],
bilang dari beta \n {D} {JAM2} - [[name:{F|l}]]: oke om, makasi

@ whatsapp
Forwarded \n DICARI: [[name:{G} {FAM}]], {KIDAGE} thn, keluar rumah {TGL} pakai baju merah.
Alamat rumah [[address:Jl. {STR} No. {NO}, RT {RT}/RW {RW}]], Kel. {KEL}. Bila melihat hubungi
bapaknya [[name:{M} {FAM}]] [[phone:{HP}]] atau mamanya [[phone:{HP2}]].

@ whatsapp
[VN 0:{SEC}] (transkrip) halo kaka, ini [[name:{F}]] dari [[address:RT {RT}]] {KEL}, beta mau
lapor lampu jalan mati su satu minggu, nanti kaka telpon beta di [[phone:{HPS}]] e

@ whatsapp
*PENGUMUMAN GRUP RT {RT}* \n Kerja bakti hari Sabtu {TGL} jam 06.30. Yang sonde bisa datang
kasi tau Bendahara, Ibu [[name:{F} {FAM}]] ([[phone:{HP}]]). Iuran sampah {FEE} transfer ke BRI
[[bank_account:{BRI}]] a.n. [[name:{F} {FAM}]]. \n - Ketua RT {RT}

@ whatsapp
[{JAM}] [[name:{M|l} {FAM|l}]]: bengkel yg bagus di Oebufu apa? \n [{JAM2}] [[name:{F} {FAM2}]]:
Bengkel Maju Motor, WA bengkel {BIZHP}. Atau panggil Om [[name:{M2}]], dia tukang servis
panggilan, HP [[phone:{HP}]]

@ whatsapp
Forwarded many times \n LOWONGAN: Toko Sinar Abadi cari 2 kasir, lamaran antar ke toko atau WA
toko {BIZHP}. Info lebih lanjut tanya Kak [[name:{F}]] ([[phone:{HP}]]), jangan telpon malam.

@ whatsapp
[{DT}] Admin Kelurahan {KEL}: Warga yang belum rekam KTP-el datang ke kantor kelurahan hari
Kamis. \n [{DT2}] [[name:{F} {FAM}]]: pak admin, beta pung anak [[name:{G2}]] su 17 tahun, bisa
ikut? \n [{DT3}] Admin Kelurahan {KEL}: bisa bu, bawa KK

@ mixed
Beta teruskan SS dari grup sebelah: \n "Yth. warga, air tangki dari Om [[name:{M} {FAM}]] (HP
[[phone:{HP}]]) harga {RP} per tangki, antar sampai rumah." \n Asli atau tidak e?

@ whatsapp
*Diteruskan* \n TURUT BERDUKA CITA \n Telah berpulang Bapa [[name:{M} {FAM}]] ({OLD} thn) pada
{TGL}. Disemayamkan di rumah duka [[address:Jl. {STR} No. {NO}]], Kel. {KEL}. Ibadah pemakaman
di {CHURCH} jam 15.00. \n Keluarga: [[name:{F} {FAM}]] ([[phone:{HP}]])

@ whatsapp
[{DT}] [[name:{F} {FAM}]]: ini nomor bidan [[name:{F2}]] yg pegang Posyandu Bunga Bakung:
[[phone:{HP}]]. Kalo yg {OFCHP} itu nomor Puskesmas {PKM}, jarang balas.

@ whatsapp
Forwarded \n Hilang dompet coklat di bemo lampu {ANGKOT}, isi KTP a.n. [[name:{M} {FAM}]] NIK
[[nik:{NIKM}]], SIM dan kartu ATM. Yang temukan tolong hubungi [[phone:{HPI}]]. Ada imbalan.

@ whatsapp
[{DT}] [[name:{M} {FAM}]]: PLN bilang hubungi 123 sa. Beta su telpon, dong bilang tunggu. \n
[{DT2}] [[name:{F2} {FAM2}]]: beta pung meteran {IDPEL} juga mati \n [{DT3}] [[name:{M}
{FAM}]]: sabar sa ko

@ whatsapp
[[name:{F|l}]]: kaka, nomor ojek langganan sapa? \n [[name:{F2} {FAM2}]]: Om [[name:{M}]]
[[phone:{HP}]], kalo dia sibuk telpon pangkalan ojek Oebobo {BIZHP} \n [[name:{F|l}]]: sip

@ sms_caps
FWD SMS DARI [[phone:{HPB}]]: MAMA INI NOMOR BARU, HP LAMA HILANG. TOLONG KIRIM DULU
{RP} KE REK BRI [[bank_account:{BRI}]] A/N [[name:{M|u} {FAM|u}]], NANTI BETA GANTI. \n (ini
penipu, jangan transfer!)

@ whatsapp
[{DT}] [[name:{M} {FAM}]]: lapor pak, lampu jalan di depan beta pung rumah [[address:Jl. {STR}
No. {NO}]] mati \n [{DT2}] Unit Pengaduan Kasih: terima kasih, sudah diteruskan ke Dishub. Nomor
tiket {TIX}.

@ whatsapp
[{DT}] [[name:{F} {FAM}]]: ibu-ibu, yang mau pesan kue Natal WA beta sa [[phone:{HPB}]] \n
[{DT2}] [[name:{F2} {FAM2}]]: sy pesan 2 toples e mama [[name:{F}]]

@ mixed
Voice note diteruskan (ditulis ulang): "Pak, beta [[name:{M} {FAM}]], sopir angkot
[[plate:{PLATE}]], tadi dirazia di Jl. {PSTR} tanpa surat tugas, petugas minta {RP}." Mohon
dicek, Unit Pengaduan.

@ whatsapp
[{DT}] [[name:{M} {FAM}]]: ini NIK beta [[nik:{NIKM|g}]] dan KK [[kk:{KK}]], tolong cek kenapa
BPJS PBI beta nonaktif \n [{DT2}] Petugas Dinsos: baik bapak, kami cek dulu

@ whatsapp
Forwarded \n *INFO DONOR DARAH* \n Dibutuhkan darah O+ untuk pasien [[name:{F} {FAM}]] di RSUD
Prof. Dr. W. Z. Johannes ruang Cempaka. Hubungi suaminya [[name:{M}]] [[phone:{HP}]]. PMI Kota
Kupang {OFCTEL}.

@ whatsapp
[{DT}] [[name:{G|u}]]: MAAF SALAH KIRIM, ITU UNTUK BETA PUNG ADE \n [{DT2}] [[name:{F} {FAM}]]:
sonde apa-apa kaka

@ whatsapp
[{DT}] [[name:{F} {FAM}]]: kaka kirim formulir ke email beta sa: [[email:{MAILDODGE}]] \n
[{DT2}] [[name:{M2} {FAM2}]]: siap

@ sms_caps
DITERUSKAN: KPD YTH PETUGAS, MOTOR SY [[plate:{PLATE|u}]] HILANG DI PARKIRAN PASAR {PASAR|u}
{TGL}. SY [[name:{M|u} {FAM|u}]] HP [[phone:{HPB}]]

@ whatsapp
[{DT}] Travel Sinar Timor: Kursi ke SoE besok masih ada 2, {RP}. Telp travel {BIZHP} \n [{DT2}]
[[name:{M} {FAM}]]: sy ambil 1 e, atas nama [[name:{M} {FAM}]], jemput di rumah,
[[address:Jl. {STR} No. {NO}]]

@ whatsapp
*Diteruskan* \n Pesan dari Pak Guru [[name:{M} {FAM}]] (wali kelas 5B): orang tua yang belum ambil
rapor hubungi beta di [[phone:{HP}]]. Jangan telpon ke nomor sekolah {OFCTEL}.

@ whatsapp
[{DT}] [[name:{F} {FAM}]]: nomor kantor lurah {KEL} {OFCTEL} sonde aktif. ada yg tau nomor Pak
Lurah? \n [{DT2}] [[name:{M2} {FAM2}]]: Lurah [[name:{M3}]] [[phone:{HP}]] kasi tau dari beta

@ whatsapp
[{D}, {JAM}] [[name:{M|l}]]: om [[name:{M2}]] pung nomor ganti ko? \n [{D}, {JAM2}]
[[name:{F} {FAM}]]: iya, yang baru [[phone:{HP}]] \n [{D}, {JAM3}] [[name:{M|l}]]: ok

@ whatsapp
Forwarded \n Dijual cepat motor Vario [[plate:{PLATE}]] tahun 2019, surat lengkap, Rp 12 juta nego.
Pemilik [[name:{M} {FAM}]], lihat di rumah [[address:Gg. {GANG} No. {NO}]], Kel. {KEL}. WA
[[phone:{HPB}]]

@ whatsapp
*Diteruskan* \n HATI-HATI PENIPUAN \n Ada yang mengaku admin bansos Dinsos lewat WA {SCAMHP},
katanya nomor resmi. Minta transfer {RP} biaya pencairan. Dinsos tidak pernah minta uang! Nomor
pengaduan resmi Dinsos Kota Kupang {OFCHP}.

@ whatsapp
Pesan berantai {TGL}: "Bantuan PKH tahap 4 cair, cek nama di link bit.ly/pkh-ntt atau WA admin
PKH {SCAMHP}". Sudah dikonfirmasi ke Dinsos: HOAKS. Yang sudah kirim NIK ke nomor itu segera lapor
ke {OFCHP}.

@ whatsapp
*Diteruskan* \n Jadwal pemadaman listrik PLN UP3 Kupang {TGL}: penyulang {KEL|u} 09.00-14.00.
Info: PLN 123 / WA {OFCHP}.

@ whatsapp
[{DT}] Admin Grup Warga {KEL}: Mohon jangan kirim stiker di grup ini. \n [{DT2}] mama: ok admin

@ whatsapp
Forwarded \n Air PDAM untuk Kel. {KEL} mengalir lagi mulai pukul {JAM}. Keluhan hubungi hotline
PDAM {OFCTEL} atau WA center {OFCHP}. #TirtaLontar

@ whatsapp
Pesan berantai: "Kirim pesan ini ke 10 grup, dapat pulsa {FEE} dari Telkomsel". Itu hoaks ee,
jangan percaya. Sumber: Kominfo, {TGL}.

@ whatsapp
[{DT}] grup warga: *Info Posyandu Bunga Bakung* bulan ini tanggal {TGLD}, di halaman {CHURCH}.
Bawa buku KIA.

@ whatsapp
*Diteruskan* \n Selamat pagi warga RT {RT} dan RT {RT2}: air tangki bantuan BPBD datang jam {JAM}
di depan kantor lurah {KEL}. Bawa jerigen. Terima kasih.

@ whatsapp
[{DT}] Apotek K24 Oebobo: Pesanan ibu sudah siap. Bisa diambil atau diantar, WA apotek {BIZHP}.
\n [{DT2}] Apotek K24 Oebobo: Total {RP}.

@ whatsapp
Forwarded \n HATI-HATI email palsu bansos.kemensos.ntt@gmail.com minta foto KTP. Pengaduan
resmi hanya lewat pengaduan@kemensos.go.id. Info {TGL}.

@ whatsapp
Grup RT {RT}: selamat e, RT {RT2} juara 1 lomba kebersihan, RT {RT3} juara 2! Hadiah {RP}
diserahkan di kantor lurah.

@ whatsapp
[{DT}] Dishub Kota Kupang: Mulai {TGL} rute angkot lampu {ANGKOT} dialihkan lewat Jl. {PSTR}.
Info call center {OFCHP}.

@ sms_caps
INFO DARI 1708: PENGADUAN ANDA NO {TIX} TELAH DITERUSKAN KE DINAS PUPR. BALAS
KOTKUPANG(SPASI)KELUHAN UTK LAPORAN BARU.

@ whatsapp
Forwarded \n Kupang Hari Ini: Jl. {PSTR} ditutup sementara untuk pengecoran {TGL} jam {JAM}.
Pengendara lewat Jl. Frans Seda.

@ whatsapp
[{DT}] Toko Bangunan Sinar Kasih: Semen promo Rp 68.000 per sak minggu ini. Pesan lewat WA toko
{BIZHP} 🔧

@ whatsapp
[{DT}] Admin Dukcapil: foto KTP jangan dikirim di grup e, kirim langsung ke WA pengaduan Dukcapil
{OFCHP} sa.

@ whatsapp
[VN 0:{SEC}] (transkrip) halo, ini dari grup warga {KEL}, mau kasi tau besok ada fogging DBD dari
Puskesmas {PKM}, jam {JAM}, pintu-pintu dibuka e.

@ whatsapp
Diteruskan: Lowongan petugas kebersihan DLHK. Lamaran ke kantor DLHK Jl. {PSTR} No. {NO} atau
email dlhk.kotakupang@gmail.com, batas {TGL}.

@ whatsapp
[{DT}] Satpol PP Kota Kupang: penertiban PKL di Pasar {PASAR} besok pukul {JAM}. Pengaduan: 112
atau WA {OFCHP}.

@ whatsapp
Forwarded \n Jadwal kapal Kupang-Rote {TGL}: Express Bahari jam 08.30, tiket {RP}. Info
pelabuhan Tenau {OFCTEL}.
"""

#: Posts and comments praising or blaming people, missing persons, lost and found, sellers.
SOCIAL = r"""
@ social
Terima kasih banyak untuk ibu bidan [[name:{F} {FAM}]] di Puskesmas {PKM} yang sabar layani beta
pung istri melahirkan tengah malam 🙏 #PelayananPublik

@ social
Guru paling sabar se-Kupang: Ibu [[name:{F} {FAM}]], S.Pd. dari {SCHOOL}. Anak saya [[name:{G2}]]
yang dulu takut sekolah sekarang rajin. Terima kasih ibu ❤️

@ social
Sopir angkot lampu {ANGKOT} plat [[plate:{PLATE}]] ugal-ugalan di Jl. {PSTR} tadi pagi, hampir
tabrak anak sekolah. @dishub_kotakupang tolong ditindak.

@ social
Ini petugas Dukcapil yang bikin antre sampai sore: namanya [[name:{M|u} {FAM|u}]], loket 2.
Tiap ditanya jawabnya "tunggu". Mohon @dukcapilkotakupang evaluasi. {TGL}

@ social
DICARI ORANG HILANG \n Nama: [[name:{M} {FAM}]] ({AGE} thn) \n Ciri: tinggi 160 cm, kaos hitam
\n Terakhir terlihat di Pasar {PASAR} {TGL} \n Hubungi: [[phone:{HP}]] (anak) /
[[phone:{HP2}]] \n Mohon dibagikan 🙏

@ social
Ditemukan dompet di depan Gereja {CHURCHNAME}, isi KTP atas nama [[name:{F|u} {FAM|u}]] dan
kartu BPJS [[bpjs:{BPJS}]]. Pemilik bisa ambil di rumah beta, [[address:Jl. {STR} No. {NO}]],
Kel. {KEL}.

@ social
Jual ikan kering Sabu, 1 kg {RP}. Bisa antar. WA Mama [[name:{F}]] [[phone:{HPB}]]. Bukan toko,
jualan rumahan sa 😊

@ social
Nona [[name:{WN} {FAM}]] juara 1 lomba baca puisi tingkat kota! Bangga, kaka! #BanggaKupang {TGL}

@ social
keluarga [[name:{FAM}]] di [[address:RT {RT}]] kalo bakar sampah tiap sore, asap masuk rumah
semua. su tegur sonde dengar. @dlhk.kotakupang

@ social
Shout out buat Om [[name:{NICK}]], tukang ojek depan Undana, yang antar beta pung laptop yang
ketinggalan di ojek {TGL}. Orang baik masih ada! 🙌

@ social
[[name:{F} {FAM}]]: pelayanan di Puskesmas {PKM} su bagus sekarang \n ↳ [[name:{M} {FAM2}]]:
betul, apalagi dokter [[name:{F2}]] \n ↳ Info Kupang Kota: terima kasih atas masukannya

@ social
Dengan berat hati kami kabarkan: anak kami [[name:{G}]] ({KIDAGE} thn) hilang sejak {TGL}.
Rumah kami di [[address:Kompleks {PERUM} Blok {BL} No. {NO}]]. Siapa yang lihat mohon telp
[[phone:{HP}]].

@ social
Mau kasi apresiasi untuk Pak [[name:{M} {FAM}]], petugas kebersihan DLHK yang tiap pagi sapu Jl.
{PSTR}. Gajinya kecil tapi kerjanya ikhlas. #KupangBersih

@ social
ada yg kenal [[name:{F|l} {FAM|l}]]? dia pinjam uang {RP} lalu hilang. wa dia [[phone:{HP}]]
sonde aktif lagi

@ social
Selamat jalan guru kami, Bapak [[name:{M} {FAM}]]. Engkau guru matematika terbaik di SMPN
{SMPNUM} Kupang. Istirahatlah dalam damai.

@ social
Motor hilang!! Honda Beat putih [[plate:{PLATE}]], hilang di parkiran RS Siloam {TGL}. Pemilik:
[[name:{M} {FAM}]] [[phone:{HPI}]]

@ social
terima kasih untuk [[name:{FAM}]] family yang sudah bantu perbaiki jembatan kayu di kali
Liliba pake uang sendiri 🙏 {TGL}

@ social
Kasian ini anak, [[name:{NICK}]], jualan kue di lampu merah Jl. {PSTR} sampe malam. Dia pung mama
sakit. Yang mau bantu, rekening mamanya BRI [[bank_account:{BRI}]] a.n. [[name:{F} {FAM}]].

@ mixed
Sharing SS dari FB: \n "Petugas PDAM bernama [[name:{M} {FAM}]] minta uang {RP} untuk sambung pipa
di rumah sy [[address:Jl. {STR} No. {NO}]]" \n Benar ko? @pdamkotakupang

@ kupang_malay
Mama [[name:{F}]] yang jual pisang goreng di depan {SCHOOL} tu baik skali, anak-anak sonde ada
uang dia kasi gratis. Tuhan berkati mama 🙏

@ social
Laporan warga: anjing milik Pak [[name:{M} {FAM}]] di [[address:Gg. {GANG} No. {NO}]] gigit dua
anak. Dinas Peternakan tolong cek rabies. {TGL}

@ social
Congrats adik [[name:{G|u} {FAM|u}]], lulus Akpol dari Kupang tanpa uang pelicin! Bapa
[[name:{M2}]] sopir bemo, mama jualan sayur di Pasar {PASAR}.

@ social
Kehilangan HP Samsung di bemo lampu {ANGKOT}. Isi kontak penting. Yang temukan tolong WA ke nomor
kakak saya [[phone:{HP}]] a.n. [[name:{F} {FAM}]]

@ social
[[name:{M|l}]]: dia pung bapa tu pegawai kelurahan, makanya dapat bantuan terus 🙄 \n ↳
[[name:{F|l} {FAM|l}]]: jang fitnah e

@ social
Lost & found Bandara El Tari {TGL}: koper hitam berlabel [[name:{M|u} {FAM|u}]], HP
[[phone:{HPB}]]. Silakan ambil di pos informasi terminal.

@ social
Bidan [[name:{F}]] dari Pustu {KEL}, malam-malam jalan kaki datang tolong beta pung ade
melahirkan. Nomor dia [[phone:{HP}]] beta simpan jadi "malaikat" 😭

@ social
Nama saya memang [[name:{WN}]], bukan nama toko 😅. Saya yang kemarin komplain soal sampah di
Pasar Kasih. Ini NIK saya [[nik:{NIKW}]] supaya tahu ini bukan akun palsu.

@ social
Tolong share: keluarga [[name:{FAM}]] dan keluarga [[name:{FAM2}]] di Sikumana ribut batas tanah
sampai parang keluar. Polisi su datang {TGL}.

@ social
Terima kasih Pemkot Kupang! Jl. {PSTR} su mulus sekarang 👏 #KupangKotaKasih {TGL}

@ social
Puskesmas {PKM} buka sampai malam ko? Ada yang tau? Anak demam su {DAYS} hari.

@ social
@pupr.kotakupang kapan jalan depan {SCHOOL} diperbaiki? Su {KIDAGE} tahun berlubang.

@ social
Terima kasih untuk Toko Sinar Abadi yang bagi sembako gratis di Pasar {PASAR} {TGL} 🙏

@ social
Lampu jalan di Jl. {PSTR} mati total dari {TGL}. Gelap, rawan begal. @dishub_kotakupang
#KupangTerang

@ social
Car Free Day di Jl. El Tari minggu ini batal karena hujan. Info dari akun resmi Pemkot {TGL}.

@ social
Posyandu Bunga Bakung bulan ini tanggal {TGLD}. Bawa KMS dan buku KIA. Sinar matahari pagi bagus
buat bayi 😊

@ social
Siapa lagi yang air PDAM sonde jalan di Kel. {KEL}? Komen sa biar PDAM lihat. Hotline {OFCTEL}
sonde angkat.

@ social
Pelayanan di Dukcapil Kota Kupang sekarang cepat, {MIN} menit KTP jadi. Salut buat Kepala
Dinas dan jajaran 👍

@ social
Hati-hati penipuan atas nama Bank NTT! Bank tidak pernah minta PIN. Call center resmi {OFCTEL},
cabang {KEL}.

@ social
Warga RT {RT} sampai RT {RT2} Kel. {KEL} masih tunggu air tangki. Su 4 hari. @bpbdkotakupang

@ social
Pasar Kasih Naikoten kotor skali, got tasumbat. DLHK tolong e {TGL}. #KupangBersih

@ social
Kopi Kenangan su buka di Jl. {PSTR}! Antre panjang skali 😂 {TGL}

@ social
Wali Kota dan Wakil Wali Kota hadir di Gereja {CHURCHNAME} untuk ibadah syukur HUT Kota {TGL}.

@ social
Selamat untuk RT {RT} juara 1 lomba kebersihan tingkat Kelurahan {KEL}, RT {RT2} juara 2!

@ social
Info Kupang Kota: Jembatan Liliba ditutup pukul {JAM}-{JAM2} untuk pemeliharaan. Cari jalan
alternatif.

@ social
Salam damai. Kami dari Forum Warga Peduli Kota ajak semua ikut kerja bakti di Pantai {BEACH} hari
Sabtu {TGL}.

@ social
RSUD Prof. Dr. W. Z. Johannes antre BPJS dari subuh sampai jam {JAM}. Kapan ada antrean online?
@dinkeskotakupang

@ social
Ada yang tau nomor WA center Samsat Kupang? Mau bayar pajak motor yang jatuh tempo {TGL}.

@ social
Terima kasih BEM Undana yang bagi masker di Terminal Kupang {TGL} 💙 #UndanaPeduli
"""

#: Kupang Malay chats and SMS on where people live, with the look-alikes the guide leaves.
HOMES = r"""
@ kupang_malay
Kaka, beta pung rumah di [[address:Jl. {STR} No. {NO}]], dekat Gereja {CHURCHNAME}. Got depan
rumah tasumbat, air masuk sampe dapur. Beta [[name:{F}]], HP [[phone:{HP}]]

@ kupang_malay
dia tinggal di [[address:gang {GANG|l} no {NO} rt {RT}]] {KEL|l}, rumah cat ijo, pas belakang
kios. nama dia [[name:{M|l} {FAM|l}]]

@ kupang_malay
Beta sewa kamar di rumah kos Tanta [[name:{F}]], [[address:Jl. {STR} No. {NO}B]], Kel. {KEL}.
Air sonde jalan su {DAYS} minggu, Tanta bilang lapor PDAM sa.

@ sms_caps
KOTKUPANG BETA [[name:{M|u} {FAM|u}]] TINGGAL DI [[address:RT {RT}/RW {RW}]] {KEL|u}. DEPAN BETA
PUNG RUMAH ADA TIANG LISTRIK MIRING MAU JATUH. HP [[phone:{HPB}]]

@ kupang_malay
Om [[name:{M}]] pung rumah di [[address:Kompleks Perumnas Blok {BLW} Blok {BL} No. {NO}]], yang
ada pohon mangga besar. Sampah di depan dia pung rumah sonde diangkut su seminggu.

@ kupang_malay
beta pung mama [[name:{F} {FAM}]] tinggal di [[address:RT {RT} RW {RW}]] Oesapa, dia su tua,
sonde bisa antre di Dukcapil. Bisa petugas datang ke rumah ko? Nomor beta [[phone:{HP}]]

@ kupang_malay
Katong sekeluarga tinggal di [[address:Jl. {STR} Gg. {GANGN} No. {NO}]]. Tiap malam ada anak muda
minum di pos ronda depan, bakalai sampe pagi.

@ whatsapp
[{DT}] [[name:{F} {FAM}]]: kaka, lu pung rumah di mana? \n [{DT2}] [[name:{F2} {FAM2}]]: di
[[address:Jl. {STR} No {NO}]] ko, masuk dari samping Alfamart \n [{DT3}] [[name:{F} {FAM}]]:
oke beta datang sore

@ kupang_malay
Ini beta pung alamat lengkap: [[address:Jl. {STR} No. {NO}, RT {RT}/RW {RW}]], Kel. {KEL}, Kec.
{KEC}. Tolong petugas PLN datang cek meteran, ID pelanggan {IDPEL}.

@ kupang_malay
Beta [[name:{M} {FAM}]] dari [[address:RT {RT}]] {KEL}, mau lapor: lampu jalan depan beta pung
rumah mati su sebulan. Sonde ada yang urus.

@ kupang_malay
dong pung anak [[name:{NICK}]] tu tiap malam pi main di rumah [[name:{FAM}]], pulang jam 2. Rumah
dong di [[address:gang {GANGN} no {NO}]] sana, {KEL}

@ letter
Kepada Yth. Bapak Lurah {KEL} \n Kami keluarga [[name:{FAM}]] yang tinggal di [[address:Jl. {STR}
No. {NO}]] mohon bantuan: tetangga bangun pagar makan jalan gang. \n Hormat kami, \n [[name:{M}
{FAM}]]

@ kupang_malay
Tanta [[name:{F}]] pung rumah kos di [[address:Gg. {GANG} No. {NO}]] tu penghuni buang sampah di
kali terus. Beta su tegur, dong marah.

@ kupang_malay
beta tinggal di kos, [[address:Jl. {STR} No. {NO}]], kamar 3. pemilik kos Om [[name:{M} {FAM}]]
matikan listrik tiap jam 10 malam padahal su bayar {RP}

@ web_form
Nama: [[name:{F} {FAM}]] \n Alamat: [[address:Perumahan {PERUM} Blok {BL} No. {NO}]], Kel. {KEL}
\n Uraian: jalan kompleks rusak, air hujan masuk ke rumah saya. Mohon PUPR cek. \n HP:
[[phone:{HP}]]

@ kupang_malay
Beta pung tetangga, Bapa [[name:{M} {FAM}]] di [[address:Jl. {STR} No. {NO}]], su tiga hari
sonde keluar rumah, lampu mati terus. Beta takut dia sakit. Tolong kelurahan cek.

@ kupang_malay
dari tugu Adipura lurus sa, belok kiri di lorong samping masjid, beta pung rumah yang ketiga,
[[address:Jl. {STR} No {NO}]]. Nanti telpon beta [[phone:{HPB}]] kalo su dekat. - [[name:{M}]]

@ sms_caps
KOTKUPANG AIR PDAM MATI DI [[address:RT {RT} RW {RW}]] {KEL|u} SU 5 HARI. SY [[name:{F|u}]]

@ kupang_malay
Mama [[name:{F} {FAM}]] di [[address:RT {RT}]] {KEL} pung rumah bocor, dia janda, anak-anak di
Jawa. Dinsos bisa bantu bedah rumah ko?

@ kupang_malay
Rumah beta pas di depan Puskesmas {PKM}, [[address:Jl. {STR} No. {NO}]]. Mobil ambulans parkir
tutup beta pung pintu masuk tiap hari.

@ kupang_malay
Bapa [[name:{M}]] pung rumah di [[address:Lr. {GANG} No. {NO}]] roboh kena angin kemarin malam.
Dia sekarang tinggal di beta pung rumah sementara.

@ mixed
Beta teruskan dari Tanta [[name:{F}]]: \n "ade, beta pung rumah di [[address:Jl. {STR} No {NO} RT
{RT}]] tu air got masuk, tolong lapor ke kelurahan e" \n Nomor Tanta [[phone:{HP}]]

@ kupang_malay
yang tinggal di [[address:rt {RT} rw {RW}]] tu [[name:{F|l} {FAM|l}]], dia pung anjing gigit beta
pung ade

@ kupang_malay
Beta [[name:{WN}]], bukan toko e 😅, beta pung rumah di [[address:Jl. {STR} No. {NO}]], yang jual
es batu tu beta pung mama.

@ whatsapp
[{JAM}] [[name:{M|l}]]: om, beta su di depan gereja \n [{JAM2}] [[name:{M2} {FAM2}]]: lurus sa,
rumah kedua sesudah kios, [[address:Jl. {STR} No. {NO}]] \n [{JAM3}] [[name:{M|l}]]: sip om

@ kupang_malay
KTP beta masih alamat lama, [[address:Jl. {STR} No. {NO}, RT {RT}/RW {RW}]], padahal beta su
pindah ke Oesapa. NIK [[nik:{NIKM}]]. Bisa ganti di kelurahan ko?

@ kupang_malay
Tanta [[name:{F}]] deng Om [[name:{M}]] tinggal di [[address:Gg. {GANG}, RT {RT}/RW {RW}]], di
belakang Pasar {PASAR}. Dong pung rumah paling ujung.

@ sms_caps
KOTKUPANG KAMI WARGA [[address:RT {RT}/RW {RW}]] {KEL|u} MELAPORKAN JALAN DEPAN RUMAH KAMI RUSAK.
HUB [[phone:{HPB}]] ([[name:{M|u}]])

@ kupang_malay
Beta pung rumah di Jl. {PSTR} sa, sonde ada nomor. Jalan depan rusak parah, motor jatuh tiap hari
{TGL}.

@ kupang_malay
Warga RT {RT} mengeluh, got depan rumah-rumah tasumbat. Pak Lurah {KEL} tolong turun lihat e.

@ kupang_malay
Lampu jalan di Jl. {PSTR} mati dari depan kantor camat sampe jembatan. Gelap skali. {TGL}

@ kupang_malay
Dari Bundaran PU lurus sa, belok kanan di Gereja {CHURCHNAME}, kantor lurah {KEL} ada di sebelah
kiri. Buka jam 08.00.

@ kupang_malay
Ketua RT {RT} su kumpul tanda tangan warga {KEL} untuk minta lampu jalan. Sekretariat RT di samping
posyandu.

@ kupang_malay
Air PDAM di kompleks {PERUM} macet lagi. Katong su lapor ke hotline {OFCTEL}, dong bilang tunggu.

@ kupang_malay
Jalan di Jl. Kelinci Oebufu su digali PDAM tapi sonde ditutup kembali. Bahaya buat anak sekolah.
{TGL}

@ kupang_malay
beta pung KK dobel, satu alamat lama satu baru. Beta mesti pi Dukcapil ko kantor lurah {KEL}?

@ kupang_malay
Toko Sinar Abadi di Jl. Soeharto No. {NO} jual beras murah minggu ini, {RP} per karung. Katong pi
antre dari pagi.

@ kupang_malay
Puskesmas {PKM} di Jl. {PSTR} No. {NO} tu sonde ada dokter hari Minggu. Beta pung anak demam.

@ kupang_malay
Katong pung RT {RT} juara 2 lomba kebersihan, RT {RT2} juara 1. Hadiah {RP}.

@ kupang_malay
Warga RT {RT} deng RT {RT2} kerja bakti bersihkan kali hari Sabtu. Bawa parang deng skop.

@ kupang_malay
Rumah Sakit Siloam tu parkiran penuh terus, motor parkir di trotoar Jl. {PSTR} sampe jam {JAM}.

@ kupang_malay
Usi, di kompleks Perumnas sonde ada tempat sampah. Kaka su lapor ke DLHK di {OFCTEL} ko?

@ kupang_malay
Bemo lampu {ANGKOT} sonde mau masuk ke gang-gang di {KEL} lagi, katong jalan kaki jauh.

@ kupang_malay
Gereja {CHURCHNAME} di Jl. {PSTR} No. {NO} bikin ibadah padang, jalan ditutup dari jam {JAM}.

@ kupang_malay
Kaka, pangkalan ojek depan Pasar {PASAR} tu nomor {BIZHP}, telpon sa kalo mau ojek malam.

@ kupang_malay
Dengar-dengar kantor lurah {KEL} pindah ke Jl. {PSTR} No. {NO}. Betul ko? Telp kantor lurah
{OFCTEL}.

@ sms_caps
KOTKUPANG JALAN MASUK KOMPLEKS BTN KOLHUA RUSAK BERAT, AIR GENANG DEPAN RUMAH-RUMAH WARGA. MOHON
DITINJAU {TGL}.

@ kupang_malay
Nyong-nyong dong di pangkalan ojek bilang jalan ke Naimata putus karena longsor jam {JAM}. Beta
pung rumah di atas, sonde bisa turun.
"""


def build() -> list[dict[str, object]]:
    rng = random.Random(20261209)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    themes = [
        ("officer_notes", OFFICER),
        ("whatsapp_forwards", WHATSAPP),
        ("social_mentions", SOCIAL),
        ("kupang_malay_homes", HOMES),
    ]
    for theme, source in themes:
        for number, (style, template) in enumerate(templates(source), start=1):
            assert style in STYLES, (theme, number, style)
            for _ in range(FILLS):
                for _attempt in range(30):
                    fill = Fill(rng)
                    filled = PLACEHOLDER.sub(fill.value, template)
                    text, spans = label(filled, f"{theme} #{number}")
                    if text not in seen:
                        break
                else:
                    continue
                seen.add(text)
                records.append(
                    {
                        "id": f"d13-{len(records) + 1:04d}",
                        "text": text,
                        "spans": spans,
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
