"""Write ``redaction_dev12.jsonl``: a twelfth development corpus for redaction.

Four themes: social threads (Facebook, Instagram, X, TikTok, shared screenshots), SMS to 1708 and
web forms, scans and odd text (OCR of cards, receipts and letters, full-width digits, no-break and
zero-width spaces, tables and lists), and Kupang talk (Kupang Malay chats and voice notes).

The texts are hand-written templates with inline labels ``[[kind:value]]`` and placeholders
``{KEY}``, ``{KEY2}`` (another value of the same sort) and ``{KEY|mods}`` (``u`` capitals, ``l``
lower case, ``fw`` full-width digits, ``zw`` zero-width spaces between the groups, ``nb`` no-break
spaces, ``o`` letters read for digits, ``s`` a stray space inside a name, ``z`` a zero-width space
inside a name). One fill gives the same value to every use of one key. Labels follow
``docs/redaction-annotation-guide.md``. Run ``python3 make_redaction_dev12.py``; it is
deterministic (seed 20261208) and checks every span.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).parent / "redaction_dev12.jsonl"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "bidan", "lurah", "guru", "dr",
    "drs", "pdt", "om", "tanta", "mama", "bapa", "oma", "nona", "kak", "kaka", "usi", "ade",
    "suster", "bripka", "serka", "ko", "ci",
}  # fmt: skip
FILLS = 3
ZW = "\u200b"
NB = "\u00a0"

MALE = [
    "Arnoldus", "Kornelis", "Melkianus", "Obed", "Semuel", "Yusak", "Ebenhaezer", "Nikolaus",
    "Alfons", "Benyamin", "Hendrikus", "Imanuel", "Matheos", "Rudolof", "Stefanus", "Titus",
    "Yakobus", "Efraim", "Marselinus", "Nimrod", "Piter", "Simson", "Yulius", "Aleksander",
    "Frederik", "Gabriel", "Lambertus", "Petrus", "Rafael", "Sefnat", "Thobias", "Yeremias",
    "Slamet", "Bambang", "Baharuddin", "Syamsul", "Hendra", "Sugianto", "Abdullah", "Husein",
    "Salim", "Faisal", "Umbu Rara", "Yosua", "Demianus", "Kristofel",
]  # fmt: skip
FEMALE = [
    "Agustina", "Magdalena", "Ribka", "Debora", "Naomi", "Elisabet", "Margaretha", "Antonia",
    "Veronika", "Yosefina", "Mariana", "Adriana", "Fransiska", "Christin", "Selvi", "Novita",
    "Lenny", "Imelda", "Oktaviana", "Serlin", "Merlin", "Yunita", "Erna", "Herlina", "Dorkas",
    "Martha", "Florentina", "Sri Wahyuni", "Endang", "Siti Aminah", "Mei Hwa", "Susanti", "Lily",
    "Fatimah", "Khadijah", "Aisyah", "Nurul", "Rambu Ana", "Kristina", "Apriliani",
]  # fmt: skip
FAMILY = [
    "Tefa", "Benu", "Nenobais", "Sabneno", "Ataupah", "Nubatonis", "Boimau", "Oematan", "Nahak",
    "Bria", "Seran", "Taneo", "Tualaka", "Nope", "Sanam", "Kolo", "Baun", "Faot", "Selan",
    "Koroh", "Tamelab", "Liunokas", "Ndun", "Manafe", "Fanggidae", "Mooy", "Therik", "Messakh",
    "Dethan", "Ndoen", "Henuk", "Mbatu", "Lenggu", "Pello", "Adoe", "Saudale", "Amalo", "Tanone",
    "Haning", "Foeh", "Riwu Kaho", "Ga Lena", "Dju Dara", "Lado Lay", "Riwu Rohi", "Bire",
    "Haba", "Wadu", "Lomi", "Hede", "Dida", "Ludji", "Rebo", "Da Costa", "Lamury", "Keraf",
    "Making", "Koten", "Fernandez", "Parera", "Lewar", "Wuwur", "Sogen", "Djawa", "Bolen",
    "Lamanepa", "Nggadas", "Ndapa", "Hambandima", "Kaborang", "Hunggu", "Landu", "Tanggu Dendo",
    "Lakapu", "Mautuka", "Malaikosa", "Atamau", "Lapenangga", "Mouwlaka", "Wibowo", "Santoso",
    "Prasetyo", "Susilo", "Hartono", "Mappa", "Pawellangi", "Latief", "Daeng Matta", "Sappe",
    "Tan", "Liem", "Kwee", "Gunawan", "Halim", "Tjoa", "Ang", "Alkatiri", "Assegaf", "Bahasuan",
    "Baswedan", "Alhabsyi", "Bachmid", "Alaydrus", "Basalamah", "Bin Thalib",
]  # fmt: skip
NICK = [
    "Nyong", "Ose", "Ati", "Ucu", "Oce", "Tinus", "Yopi", "Ivon", "Echi", "Ancu", "Nando", "Etho",
    "Ipi", "Uce", "Eta", "Lince", "Ebi", "Mince", "Tiko", "Abe", "Ocha", "Ketu", "Nelci", "Popi",
]  # fmt: skip
KEL = [
    "Oebobo", "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Oepura", "Sikumana",
    "Bakunase", "Naikolan", "Maulafa", "Penfui", "Kolhua", "Fatululi", "Oesapa", "Lasiana",
    "Kelapa Lima", "Nefonaek", "Pasir Panjang", "Namosain", "Airmata", "Fatubesi", "Nunhila",
    "Alak", "Naioni", "Batuplat", "Belo", "Fontein", "Oetete", "Bonipoi", "Kuanino", "Nunleu",
    "Fatukoa", "Manutapen", "Penkase Oeleta", "Oesapa Barat",
]  # fmt: skip
PKM = [
    "Oebobo", "Sikumana", "Bakunase", "Oepoi", "Pasir Panjang", "Kupang Kota", "Alak", "Penfui",
    "Oesapa", "Naioni", "Manutapen", "Kota Baru",
]  # fmt: skip
STREETS = [
    "Nangka", "Sukun", "Rote", "Kenari", "Manggis", "Jambu", "Delima", "Salak", "Belimbing",
    "Rambutan", "Bougenvil", "Kelinci", "Matani", "Herewila", "Fetor Funay", "Oepoi", "Tompello",
    "Kejora", "Cendana", "Kamboja", "Asoka", "Flamboyan", "Sumba", "Alor", "Bakti", "Nusa Indah",
    "Anggrek", "Kakatua", "Merpati", "Perkutut", "Cemara", "Lontar", "Beringin", "Sirsak",
    "Nuri", "Kasuari", "Pulau Indah", "Tunas Baru",
]  # fmt: skip
EMAIL_HOSTS = ["gmail.com", "yahoo.co.id", "ymail.com", "yahoo.com", "outlook.com", "gmail.com"]
DISTRICTS = [
    "537101", "537102", "537103", "537104", "537105", "537106", "530104", "530107", "530112",
    "530118", "531401", "531403", "532001", "530205", "531304", "530903",
]  # fmt: skip
HP_PREFIX = [
    "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0811", "0857", "0878", "0819",
    "0838", "0895", "0881", "0815", "0858",
]  # fmt: skip
FULL = str.maketrans("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")
OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def nik(rng: random.Random, *, woman: bool | None = None) -> str:
    if woman is None:
        woman = rng.random() < 0.5
    day = rng.randint(1, 28) + (40 if woman else 0)
    return (
        f"{rng.choice(DISTRICTS)}{day:02d}{rng.randint(1, 12):02d}{rng.randint(55, 99) % 100:02d}"
        f"{rng.randint(1, 60):04d}"
    )


def grouped(value: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(value[i : i + size] for i in range(0, len(value), size))


def phone_block(rng: random.Random) -> str:
    return rng.choice(HP_PREFIX) + digits(rng, rng.choice([8, 8, 8, 7, 9]))


def phone(rng: random.Random) -> str:
    block = phone_block(rng)
    rest = block[4:]
    if len(rest) != 8:
        return rng.choice([block, f"{block[:4]}-{rest[:4]}-{rest[4:]}", "+62" + block[1:]])
    tail = f"{rest[:4]}{{s}}{rest[4:]}"
    forms = [
        block,
        block[:4] + "-" + tail.format(s="-"),
        block[:4] + " " + tail.format(s=" "),
        block[:4] + "." + tail.format(s="."),
        f"+62 {block[1:4]}-" + tail.format(s="-"),
        "+62" + block[1:],
        "62" + block[1:],
        f"62 {block[1:4]} {rest[:4]} {rest[4:]}",
    ]
    return rng.choice(forms)


def phone_intl(rng: random.Random) -> str:
    block = phone_block(rng)
    return rng.choice([f"+62 {block[1:4]}-{block[4:8]}-{block[8:]}", "+62" + block[1:]])


def plate(rng: random.Random) -> str:
    region = rng.choice(["DH", "DH", "DH", "EB", "ED", "DH"])
    number = str(rng.randint(1, 9999))
    suffix = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2])))
    if rng.random() < 0.2:
        return f"{region}{number}{suffix}"
    return f"{region} {number} {suffix}"


def mailbox(rng: random.Random) -> str:
    given = rng.choice(MALE + FEMALE).split()[0].lower()
    family = rng.choice(FAMILY).replace(" ", "").lower()
    form = rng.choice(["{g}.{f}{n}", "{g}{f}", "{g}_{f}{n}", "{f}.{g}", "{g}{n}"])
    return form.format(g=given, f=family, n=rng.randint(7, 99))


def house_no(rng: random.Random) -> str:
    number = str(rng.randint(1, 160))
    return number + (rng.choice("ABC") if rng.random() < 0.2 else "")


def rt(rng: random.Random) -> str:
    value = rng.randint(1, 40)
    return rng.choice([f"{value:02d}", f"{value:03d}", str(value)])


def money(rng: random.Random) -> str:
    amount = rng.choice([5, 10, 15, 25, 35, 50, 75, 100, 150, 200, 250, 300, 500, 750, 1500])
    return f"Rp {amount * 1000:,}".replace(",", ".")


def ticket(rng: random.Random) -> str:
    return rng.choice(
        [
            f"#LPR-2026-{digits(rng, 4)}-{digits(rng, 4)}",
            f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"LAPOR-5371-2026-{digits(rng, 5)}",
        ]
    )


def hour(rng: random.Random) -> str:
    return f"{rng.randint(6, 21):02d}.{rng.choice(['00', '15', '30', '45'])}"


def date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"


def office_line(rng: random.Random) -> str:
    return rng.choice([f"(0380) 8{digits(rng, 2)} {digits(rng, 3)}", f"0380-8{digits(rng, 5)}"])


def office_mobile(rng: random.Random) -> str:
    return f"0811-{digits(rng, 4)}-{digits(rng, 4)}"


def draw(base: str, rng: random.Random) -> str:  # noqa: PLR0911, PLR0912
    if base == "M":
        return rng.choice(MALE)
    if base == "F":
        return rng.choice(FEMALE)
    if base == "G":
        return rng.choice(MALE + FEMALE)
    if base == "FAM":
        return rng.choice(FAMILY)
    if base == "NICK":
        return rng.choice(NICK)
    if base == "KEL":
        return rng.choice(KEL)
    if base == "PKM":
        return rng.choice(PKM)
    if base == "STR":
        return rng.choice(STREETS)
    if base == "NO":
        return house_no(rng)
    if base in {"RT", "RW"}:
        return rt(rng) if base == "RT" else rng.choice(["01", "02", "03", "004", "05", "7", "11"])
    if base == "NIK":
        return nik(rng)
    if base == "NIKW":
        return nik(rng, woman=True)
    if base == "NIKM":
        return nik(rng, woman=False)
    if base == "KK":
        return (
            nik(rng, woman=False)[:6]
            + f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}"
            + (f"{rng.randint(5, 24):02d}{rng.randint(1, 90):04d}")
        )
    if base == "BPJS":
        return "000" + digits(rng, 10)
    if base == "NPWP":
        d = digits(rng, 15)
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    if base == "HP":
        return phone(rng)
    if base == "HPB":
        return phone_block(rng)
    if base == "HPI":
        return phone_intl(rng)
    if base == "TEL":
        return rng.choice([f"0380 8{digits(rng, 5)}", f"(0380) 8{digits(rng, 3)} {digits(rng, 3)}"])
    if base == "OFC":
        return office_line(rng)
    if base == "OFCHP":
        return office_mobile(rng)
    if base == "PLATE":
        return plate(rng)
    if base == "BRI":
        return f"{digits(rng, 4)}-01-{digits(rng, 6)}-50-{digits(rng, 1)}"
    if base == "BNI":
        return digits(rng, 10)
    if base == "BNTT":
        head = f"00{digits(rng, 1)}.{digits(rng, 2)}.{digits(rng, 2)}"
        return f"{head}.{digits(rng, 6)}-{digits(rng, 1)}"
    if base == "MANDIRI":
        return "161" + digits(rng, 10)
    if base == "EU":
        return mailbox(rng)
    if base == "MAIL":
        return f"{mailbox(rng)}@{rng.choice(EMAIL_HOSTS)}"
    if base == "TIX":
        return ticket(rng)
    if base == "RP":
        return money(rng)
    if base == "JAM":
        return hour(rng)
    if base == "TGL":
        return date(rng)
    if base == "NUM":
        return str(rng.randint(2, 9))
    if base == "AGE":
        return str(rng.randint(19, 78))
    if base == "KID":
        return str(rng.randint(4, 15))
    if base == "DOB":
        return f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(1950, 2006)}"
    if base == "RTK":
        return f"{rng.randint(1, 40):03d}/{rng.randint(1, 12):03d}"
    if base == "BLK":
        return rng.choice("ABCDEFGHK")
    if base == "NOP":
        block = f"{rng.randint(10, 60)}.00{rng.randint(1, 9)}.0{digits(rng, 2)}"
        return f"53.71.0{block}-0{digits(rng, 3)}.0"
    if base == "IDPEL":
        return "5312" + digits(rng, 8)
    if base == "DIG":
        return digits(rng, 5)
    raise KeyError(base)


def modify(value: str, mods: str, rng: random.Random) -> str:
    for mod in mods.split(",") if mods else []:
        if mod == "u":
            value = value.upper()
        elif mod == "l":
            value = value.lower()
        elif mod == "fw":
            value = value.translate(FULL)
        elif mod == "zw":
            value = value.replace(" ", ZW) if " " in value else grouped(value, 4, ZW)
        elif mod == "nb":
            value = value.replace(" ", NB)
        elif mod == "g":
            value = grouped(value)
        elif mod == "d":  # a NIK with dots: 53.71.04.120589.0003
            value = f"{value[:2]}.{value[2:4]}.{value[4:6]}.{value[6:12]}.{value[12:]}"
        elif mod == "o":
            places = [i for i, c in enumerate(value) if c in OCR]
            for i in rng.sample(places, min(2, len(places))):
                value = value[:i] + OCR[value[i]] + value[i + 1 :]
        elif mod in {"s", "z"}:
            words = value.split(" ")
            longest = max(range(len(words)), key=lambda i: len(words[i]))
            word = words[longest]
            cut = rng.randint(2, max(2, len(word) - 2))
            words[longest] = word[:cut] + (" " if mod == "s" else ZW) + word[cut:]
            value = " ".join(words)
        else:
            raise ValueError(mod)
    return value


PLACEHOLDER = re.compile(r"\{([A-Z]+?)(\d?)(?:\|([a-z,]+))?\}")
LABEL = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.DOTALL)


def fill(template: str, rng: random.Random) -> str:
    values: dict[str, str] = {}

    def value_of(match: re.Match[str]) -> str:
        key = match.group(1) + match.group(2)
        if key not in values:
            taken = set(values.values())
            for _ in range(50):
                candidate = draw(match.group(1), rng)
                if candidate not in taken:
                    break
            values[key] = candidate
        return modify(values[key], match.group(3) or "", rng)

    return PLACEHOLDER.sub(value_of, template)


def strip_labels(marked: str) -> tuple[str, list[dict[str, object]]]:
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in LABEL.finditer(marked):
        before = marked[position : match.start()]
        text_parts.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(value)})
        text_parts.append(value)
        length += len(value)
        position = match.end()
    text_parts.append(marked[position:])
    return "".join(text_parts), spans


def is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in {"P", "S", "Z", "C"} or char.isspace()


def check(text: str, spans: list[dict[str, object]], where: str) -> None:
    for marker in ("[[", "]]", "{", "}"):
        assert marker not in text, f"{where}: marker {marker!r} left"
    last = 0
    for span in sorted(spans, key=lambda s: int(s["start"])):  # type: ignore[call-overload]
        kind, start, end = span["kind"], int(span["start"]), int(span["end"])  # type: ignore[call-overload]
        value = text[start:end]
        assert kind in KINDS, f"{where}: kind {kind}"
        assert value, f"{where}: empty span"
        assert start >= last, f"{where}: overlap at {value!r}"
        head_ok = not is_punctuation(value[0]) or (kind == "phone" and value[0] in "+(")
        assert head_ok, f"{where}: {value!r} starts badly"
        assert not is_punctuation(value[-1]), f"{where}: {value!r} ends badly"
        if kind == "name":
            first = value.split()[0].rstrip(".").lower()
            assert first not in TITLES, f"{where}: title inside {value!r}"
        last = end


def build(templates: list[tuple[str, str, str]]) -> list[dict[str, object]]:
    rng = random.Random(20261208)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (theme, style, template) in enumerate(templates, start=1):
        for _ in range(FILLS):
            for _attempt in range(40):
                text, spans = strip_labels(fill(template, rng))
                if text not in seen:
                    break
            else:
                message = f"template {number} cannot give {FILLS} different texts"
                raise AssertionError(message)
            check(text, spans, f"template {number}")
            seen.add(text)
            records.append(
                {
                    "id": f"d12-{len(records) + 1:04d}",
                    "text": text,
                    "spans": spans,
                    "style": style,
                    "theme": theme,
                }
            )
    return records


# ---------------------------------------------------------------------------------------------
# social_threads
# ---------------------------------------------------------------------------------------------
S = "social_threads"
SOCIAL = [
    (
        S,
        "social",
        (
            "[[name:{F} {FAM}]] > INFO KUPANG KOTA\nLampu jalan di depan rumah kami su mati 2 "
            "minggu. "
            "Rumah di [[address:Jl. {STR} No. {NO}]], Kel. {KEL}. Tolong PLN UP3 Kupang 🙏\n\n"
            "[[name:{M} {FAM2}]]: Sama kak, di sini juga gelap\n"
            "[[name:{F} {FAM}]]: Su lapor ke 123, tiket {TIX}, tapi belum ada yg datang\n"
            "Info Kupang Kota: Admin teruskan e kak"
        ),
    ),
    (
        S,
        "social",
        (
            "Terima kasih untuk suster [[name:{F}]] dan dokter jaga di Puskesmas {PKM} yang su "
            "bantu "
            "mama saya tadi malam jam {JAM} 🙏 Pelayanan cepat, ramah. #PelayananPublik "
            "#KupangKota\n\n"
            "kupang_ceria88: suster [[name:{F}]] memang baik hati\n"
            "ntt.explore: mantap, semoga semua puskesmas begini"
        ),
    ),
    (
        S,
        "social",
        (
            "Tadi urus KTP di Dukcapil, petugas loket 3 a.n. [[name:{M} {FAM}]] minta uang {RP} "
            "biar "
            "cepat jadi. Yang sonde kasih disuruh datang minggu depan. @kotakupang @ombudsmanntt "
            "tolong ditindak."
        ),
    ),
    (
        S,
        "social",
        (
            "komentar TikTok:\n@kupangviral_: itu bapak yg pake seragam coklat namanya sapa?\n"
            "@nona.oesapa: namanya [[name:{M} {FAM}]], dia di kantor camat\n"
            "@nona.oesapa: kalo sonde salah dia pung anak [[name:{NICK}]] satu sekolah deng beta "
            "pung ade"
        ),
    ),
    (
        S,
        "social",
        (
            "DICARI 🙏 anak kami [[name:{F} {FAM}]] ({KID} thn) hilang sejak jam {JAM} dekat Pasar "
            "Oeba, pake baju merah. Hubungi mamanya [[phone:{HP}]] atau bapaknya [[name:{M}]] "
            "[[phone:{HP2}]]. Rumah di [[address:RT {RT}/RW {RW}]] Kel. {KEL}. Tolong bagikan."
        ),
    ),
    (
        S,
        "social",
        (
            "Ada yg kenal motor ini? Vario hitam [[plate:{PLATE}]] su parkir depan gereja dari "
            "hari "
            "Kamis, sonde ada yg ambil. Yang punya tolong hubungi majelis. cc [[name:{M} {FAM}]], "
            "[[name:{F} {FAM2}]]"
        ),
    ),
    (
        S,
        "social",
        (
            "Salut untuk Lurah {KEL} Pak [[name:{M} {FAM}]] yg turun langsung bersihkan got hari "
            "ini 👏\n"
            "\n[[name:{F} {FAM2}]]: betul, Pak [[name:{M}]] memang rajin\n"
            "[[name:{NICK} {FAM3}]]: semoga lurah lain ikut\n"
            "Kupang Hari Ini: 👍"
        ),
    ),
    (
        S,
        "mixed",
        (
            'Dibagikan dari [[name:{F} {FAM}]]:\n"Ibu kos [[name:{F2} {FAM2}]] tahan ijazah adik '
            "saya [[name:{G}]] karena telat bayar {RP}. Ijazah itu bukan jaminan! Sudah lapor ke "
            '1708."\n'
            "Komentar (12) · Bagikan (40)"
        ),
    ),
    (
        S,
        "social",
        (
            "@dinkes_kotakupang anak saya [[name:{G}]] su 3 hari demam tinggi, di RSUD S.K. Lerik "
            "kamar "
            "penuh. Mohon info\n\n↳ @dinkes_kotakupang: Halo, mohon kirim data lengkap lewat DM "
            "ya. "
            "Terima kasih\n↳ @kupang.info: sabar e kaka"
        ),
    ),
    (
        S,
        "social",
        (
            "[[name:{M|l} {FAM|l}]]: itu rumah sy di [[address:gg. {STR|l} no {NO}]], air pdam su "
            "5 "
            "hari sonde jalan\n[[name:{F|l}]]: sama om, kami di bawah juga kering\n"
            "[[name:{M|l} {FAM|l}]]: su lapor ke pdam tapi dong bilang pipa pecah"
        ),
    ),
    (
        S,
        "social",
        (
            "AWAS PENIPUAN 🚨 Ada orang jual tabung gas 3 kg online a.n. [[name:{M} {FAM}]], no WA "
            "[[phone:{HP}]]. Beta su transfer ke rek BRI [[bank_account:{BRI}]] tapi barang sonde "
            "datang sampai hari ini. #KupangWaspada"
        ),
    ),
    (
        S,
        "social",
        (
            "Selamat jalan ibu guru [[name:{F} {FAM}]] 🕊️ Terima kasih su ajar kami di SD Inpres "
            "{KEL} 1 dari tahun 1998. Istirahat dalam damai.\n\n[[name:{F2} {FAM2}]]: RIP ibu, "
            "guru "
            "terbaik\n[[name:{M} {FAM3}]]: turut berduka 🙏"
        ),
    ),
    (
        S,
        "mixed",
        (
            "Ini SS grup kelas anak saya:\n[[name:{M} {FAM}]]: Bapak/Ibu, uang komite {RP} paling "
            "lambat hari Jumat\nSaya: Pak, anak saya [[name:{G}]] kelas 4B su bayar minggu lalu\n"
            "[[name:{M} {FAM}]]: Belum tercatat bu\n\nKok bisa begini? @disdikbud_kotakupang"
        ),
    ),
    (
        S,
        "social",
        (
            "Keluarga [[name:{FAM}]] di [[address:RT {RT}]] bakar sampah plastik tiap malam, asap "
            "masuk "
            "ke rumah kami. Su tegur baik-baik, sonde dengar. Harus lapor ke mana?\n"
            "Balasan: lapor ke DLHK atau SMS 1708 kak"
        ),
    ),
    (
        S,
        "social",
        (
            "Tabrak lari di Jl. El Tari dekat bundaran Tirosa jam {JAM} tadi. Pelaku pake pick up "
            "putih "
            "[[plate:{PLATE}]]. Korban atas nama [[name:{M} {FAM}]] dibawa ke RSUD Prof. Dr. W. Z. "
            "Johannes. Yang ada dashcam tolong kirim ke Satlantas."
        ),
    ),
    (
        S,
        "social",
        (
            "IG story: makasih kaka [[name:{F}]] su bantu antar beta pung mama pi kantor Dukcapil, "
            "antri dari jam 7 🥹 #orangbaik"
        ),
    ),
    (
        S,
        "social",
        (
            "Yang mau kasih info soal penipuan arisan online di Oebufu, kirim ke email saya "
            "[[email:{MAIL}]] atau DM. Sudah {NUM} korban. — [[name:{F} {FAM}]]"
        ),
    ),
    (
        S,
        "social",
        (
            "Pustu {KEL} tutup terus jam 12. Untung ada bidan [[name:{F}]] yg mau layani di rumah "
            "dia. "
            "Tapi itu bukan solusi, Dinkes tolong tambah tenaga.\n\n[[name:{G} {FAM}]]: bidan "
            "[[name:{F}]] luar biasa"
        ),
    ),
    (
        S,
        "social",
        (
            "[[name:{M|u} {FAM|u}]]: PEMERINTAH TIDUR!! JALAN KE RUMAH SY SU 3 TAHUN RUSAK\n"
            "[[name:{F} {FAM2}]]: sabar om\n[[name:{M|u} {FAM|u}]]: SABAR SU HABIS"
        ),
    ),
    (
        S,
        "mixed",
        (
            "Screenshot_20261105-201533_Facebook.jpg\n[teks di gambar]\n[[name:{F} {FAM}]]\n2 j\n"
            "Air PDAM di rumah kami [[address:Jl. {STR} No. {NO}]] keluar warna coklat, anak-anak "
            "gatal. Sudah 3 kali lapor.\n👍 34  💬 12\n\nTolong admin angkat ini"
        ),
    ),
    (
        S,
        "social",
        (
            "Motor Beat hitam [[plate:{PLATE|l}]] hilang di parkiran Lippo Plaza jam {JAM}. Kalau "
            "ada "
            "yg liat tolong hubungi [[phone:{HP}]] ([[name:{M}]]). Sudah lapor Polsek."
        ),
    ),
    (
        S,
        "social",
        (
            "anak sy [[name:{G} {FAM}]] ditolak masuk SMPN 2 padahal rumah kami di [[address:Jl. "
            "{STR} "
            "No. {NO}]], 300 meter dari sekolah. zonasi apa ini? @kotakupang #PPDB"
        ),
    ),
    (
        S,
        "social",
        (
            "Thread 🧵 1/3 Pengalaman urus akta kelahiran anak ke-2 ([[name:{G}]]) di Dukcapil "
            "Kota Kupang.\n2/3 Berkas lengkap, tapi disuruh balik 4 kali.\n3/3 Akhirnya dibantu "
            "petugas "
            "bernama [[name:{F} {FAM}]], terima kasih ibu. Yang lain tolong belajar."
        ),
    ),
    (
        S,
        "social",
        (
            "Kami warga [[address:RT {RT}/RW {RW}]] Kel. {KEL} melaporkan saluran got tersumbat di "
            "depan "
            "rumah Om [[name:{M} {FAM}]]. Air naik ke jalan tiap hujan. cc @pupr.kotakupang"
        ),
    ),
    (
        S,
        "social",
        (
            "[[name:{M} {FAM}]] menandai [[name:{F} {FAM2}]] dan 3 lainnya.\nBapak/Ibu, ini foto "
            "truk sampah yg buang sampah di kali dekat Jembatan Liliba, jam {JAM}. #SaveKaliLiliba"
        ),
    ),
    (
        S,
        "whatsapp",
        (
            "*Diteruskan*\nDIBUTUHKAN DONOR DARAH GOL. O untuk Bapak [[name:{M} {FAM}]] di RSUD W. "
            "Z. "
            "Johannes ruang Cempaka. Hubungi anaknya [[name:{F}]] [[phone:{HP}]]. Terima kasih 🙏"
        ),
    ),
    (
        S,
        "social",
        (
            "Hai @kotakupang, tetangga kami [[name:{F|l} {FAM|l}]] su 2 bulan sonde terima BLT "
            "padahal "
            "nama ada di daftar. NIK dia [[nik:{NIKW}]]. Tolong dicek."
        ),
    ),
    (
        S,
        "kupang_malay",
        (
            "[[name:{NICK}]] lu pung motor [[plate:{PLATE}]] ada di depan rumah [[name:{M} "
            "{FAM}]], "
            "dong bilang lu tabrak dong pung pagar 😂\n↳ [[name:{NICK}]]: sonde e, itu bukan beta"
        ),
    ),
    # no personal data
    (
        S,
        "social",
        (
            "Pemerintah Kota Kupang\nWarga yang ingin menyampaikan pengaduan dapat melalui SMS ke "
            "1708 "
            "dengan format KOTKUPANG(spasi)isi laporan, atau lewat lapor.go.id. Laporan diproses "
            "paling lambat {NUM} hari kerja. #LAPOR #KupangKota"
        ),
    ),
    (
        S,
        "social",
        (
            "@pupr.kotakupang: Perbaikan jalan di Jl. Frans Seda dan Jl. W.J. Lalamentik "
            "dikerjakan "
            "mulai {TGL}, jam {JAM}. Mohon maaf atas ketidaknyamanan. #KupangBangkit"
        ),
    ),
    (
        S,
        "social",
        (
            "Jalan di Jl. Piet A. Tallo berlubang lagi, su {NUM} bulan sonde diperbaiki. Motor "
            "jatuh tiap "
            "malam. @kotakupang @pupr.kotakupang #JalanRusak #Kupang"
        ),
    ),
    (
        S,
        "social",
        (
            "komentar:\n@kupangcreative: mantap min 🔥\n@ntt_hits: kapan jalan ke Pantai Lasiana "
            "diperbaiki?\n@anakkupang.id: {NUM} tahun sama saja\n@kupangcreative: sabar, katanya "
            "tahun depan"
        ),
    ),
    (
        S,
        "social",
        (
            "Car Free Day Minggu ini di Jl. El Tari mulai jam {JAM}. Ada senam bersama, "
            "pemeriksaan "
            "gratis dari Posyandu Bunga Bakung dan bazar UMKM. Jangan lupa bawa tumbler! #CFDKupang"
        ),
    ),
    (
        S,
        "social",
        (
            "Toko Sinar Kasih di Jl. Soeharto No. {NO} jual beras premium {RP} per karung, di atas "
            "HET. "
            "Tolong Disperindag cek. #HargaBeras"
        ),
    ),
    (
        S,
        "social",
        (
            "Salam damai. Ibadah syukur GMIT Jemaat Kasih Naikolan hari Minggu jam {JAM}. Semoga "
            "kasih "
            "Tuhan menyertai kita semua. Terima kasih untuk Pemkot yang su perbaiki jalan ke "
            "gereja."
        ),
    ),
    (
        S,
        "mixed",
        (
            "[teks dari poster]\nLAYANAN ADMINDUK KELILING\nKelurahan {KEL}, {TGL}\nJam {JAM} - "
            "selesai\n"
            "Info: WA center Dukcapil {OFCHP}\nBawa KK asli dan fotokopi"
        ),
    ),
    (
        S,
        "social",
        (
            "Info Kupang: Banjir di Kel. {KEL}, warga RT 05 sampai RT 12 diminta waspada. Posko di "
            "kantor "
            "lurah, hubungi {OFC}. #KupangSiaga"
        ),
    ),
    (
        S,
        "social",
        (
            "Harga cabe rawit di Pasar Inpres Naikoten hari ini {RP}/kg, bawang merah naik lagi. "
            "Disperindag mana? #PasarKupang"
        ),
    ),
    (
        S,
        "social",
        (
            "Puskesmas {PKM} buka Senin-Jumat 08.00-14.00, Sabtu 08.00-11.00. UGD 24 jam. "
            "Pengaduan "
            "layanan: {OFC}. #PuskesmasKita"
        ),
    ),
    (
        S,
        "social",
        (
            "Hotline PDAM Tirta Lontar {OFC}, tapi ditelpon dari jam {JAM} sonde diangkat. Air "
            "mati su "
            "{NUM} hari. @pdam_kupang"
        ),
    ),
    (
        S,
        "social",
        (
            "Pak Wali bilang sampah diangkut tiap hari, tapi di Pasar Oebobo su {NUM} hari sonde "
            "diangkut. Kepala Dinas tolong turun liat. #KupangBersih"
        ),
    ),
    (
        S,
        "social",
        (
            "Selamat untuk RT 07 juara 1 lomba kebersihan tingkat Kelurahan {KEL}, RT 03 juara 2! "
            "Hadiah {RP} diserahkan Pak Camat. #KupangHijau"
        ),
    ),
    (
        S,
        "social",
        (
            "IMG_20261105_081233.jpg\nIni kondisi trotoar di depan SMPN 5 Kupang jam {JAM}, penuh "
            "pedagang. Pejalan kaki turun ke jalan. @satpolpp_kotakupang"
        ),
    ),
    (
        S,
        "social",
        (
            "Sekretariat RT 09 RW 03 di Jl. Kenari No. 2 buka posko pendaftaran vaksin, {TGL} jam "
            "{JAM}. Bawa KTP dan KK."
        ),
    ),
    (
        S,
        "social",
        (
            "@bpjskesehatan_ri kenapa antrian di kantor cabang Kupang sampai jam {JAM}? Nomor "
            "antrian "
            "sa {DIG}. Mohon tambah loket."
        ),
    ),
    (
        S,
        "social",
        (
            "Kopi Kenangan, Indomaret, Alfamart semua su buka di Oebufu, tapi jalan masuk ke sana "
            "macet "
            "tiap jam {JAM}. Dishub mana? #MacetKupang"
        ),
    ),
    (
        S,
        "social",
        (
            "BEM Undana dan Forum Warga Peduli Kota gelar diskusi pelayanan publik di Aula Undana, "
            "{TGL}. "
            "Narasumber dari Ombudsman NTT. Terbuka untuk umum."
        ),
    ),
    (
        S,
        "mixed",
        (
            "[tangkapan layar]\nBalasan otomatis Kelurahan {KEL}\nTerima kasih telah menghubungi "
            "kami. "
            "Jam layanan Senin-Jumat {JAM}-15.00. Untuk pengaduan hubungi {OFC}.\n\nMasa balasnya "
            "otomatis terus"
        ),
    ),
]

# ---------------------------------------------------------------------------------------------
# sms_and_forms
# ---------------------------------------------------------------------------------------------
F = "sms_and_forms"
FORMS = [
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG SY [[name:{F|u} {FAM|u}]] WARGA [[address:RT {RT} RW {RW}]] KEL {KEL|u}. "
            "AIR PDAM "
            "SDH 1 MGG TDK JALAN. HP [[phone:{HPB}]]"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG ANAK SY [[name:{G|u}]] BLM DPT KIP DR SEKOLAH SD INPRES {KEL|u} 2. NIK ANAK "
            "[[nik:{NIK}]]. TRIMS. BPK [[name:{M|u}]]"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG LAMPU JLN MATI DPN RMH SY [[address:JLN {STR|u} NO {NO}]] SDH 3 MGG. SDH "
            "LPR KE "
            "PLN 123 TP BLM DTG"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG IBU [[name:{F|u} {FAM|u}]] PETUGAS KELURAHAN MINTA UANG {RP} UTK SURAT "
            "PINDAH. SY "
            "[[name:{M|u}]] HP [[phone:{HP}]]"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG MOTOR DINAS [[plate:{PLATE|u}]] DIPAKAI UTK ANTAR ANAK SEKOLAH TIAP PAGI "
            "JAM 7 DI "
            "DEPAN SD {KEL|u}. TOLONG DITEGUR"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG NIK SY [[nik:{NIKW|o}]] TDK TERDAFTAR DI DTKS PDHL SY JANDA. NAMA "
            "[[name:{F|u} "
            "{FAM|u}]]"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG KARTU KIS SY NO [[bpjs:{BPJS}]] DINONAKTIFKAN TANPA PEMBERITAHUAN. SY "
            "[[name:{M|u} {FAM|u}]] [[address:RT {RT}/RW {RW}]] {KEL|u}"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG KK SY NO [[kk:{KK}]] MASIH ADA NAMA ALM BPK SY [[name:{M|u} {FAM|u}]]. SDH "
            "2X KE "
            "DUKCAPIL"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor : [[name:{F} {FAM}]]\nNIK : [[nik:{NIKW}]]\nAlamat : [[address:Jl. {STR} "
            "No. "
            "{NO}, RT {RT}/RW {RW}]], Kel. {KEL}\nNo HP/WA : [[phone:{HP}]]\nKategori : Lingkungan "
            "Hidup\nIsi Laporan : Tumpukan sampah di TPS dekat Pasar {KEL} tidak diangkut {NUM} "
            "hari."
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor: [[name:{M} {FAM}]]\nNama Terlapor: [[name:{F} {FAM2}]] (Kepala Sekolah "
            "SD "
            "Inpres {KEL})\nIsi Laporan: Kepala sekolah menahan rapor anak kami karena belum bayar "
            "{RP}.\nNo HP/WA: [[phone:{HP}]]"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor : [[name:{G} {FAM}]]\nNama Terlapor : Kantor Kelurahan {KEL}\nAlamat : "
            "[[address:Gg. {STR} No. {NO}]]\nIsi Laporan : Surat keterangan usaha sudah 3 minggu "
            "belum "
            "ditandatangani."
        ),
    ),
    (
        F,
        "whatsapp",
        (
            "Sy isi begini e kak:\nNama: [[name:{F|l} {FAM|l}]]\nAlamat: [[address:rt {RT} rw "
            "{RW}]] kel. "
            "{KEL|l}\nHP: [[phone:{HPB}]]\nIsi: jalan ke posyandu becek\nbenar ko?"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor : (dirahasiakan)\nNIK : -\nAlamat : -\nNo HP/WA : [[phone:{HP}]]\nIsi "
            "Laporan "
            ": Ada pungutan {RP} saat ambil e-KTP di kantor camat."
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor: [[name:{M} {FAM}]] | No HP/WA: [[phone:{HP}]] | Alamat: [[address:Jl. "
            "{STR} "
            "No. {NO}]], {KEL} | Kategori: Perhubungan | Isi: Angkot ngetem di depan rumah sampai "
            "malam."
        ),
    ),
    (
        F,
        "web_form",
        (
            "FORMULIR PENGADUAN ONLINE\nNama lengkap : [[name:{F} {FAM}]]\nEmail : "
            "[[email:{MAIL}]]\n"
            "Telepon : [[phone:{HP}]]\nJudul : Bantuan sembako tidak merata\nLokasi : Kel. {KEL}"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor : [[name:{M} {FAM}]]\nNPWP : [[npwp:{NPWP}]]\nIsi Laporan : PBB tahun "
            "ini "
            "naik tiga kali lipat, NOP {NOP}, tagihan {RP}."
        ),
    ),
    (
        F,
        "web_form",
        (
            "NAMA PELAPOR: [[name:{F|u} {FAM|u}]]\nALAMAT: [[address:GG. {STR|u} NO. {NO}]] KEL. "
            "{KEL|u}\nNO HP/WA: [[phone:{HPB}]]\nISI LAPORAN: GOT DEPAN RUMAH SY TERSUMBAT"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama : [[name:{G} {FAM}]]\nNo Rekening (BRI) : [[bank_account:{BRI}]] a.n. [[name:{G} "
            "{FAM}]]\nIsi Laporan : Dana bantuan UMKM {RP} belum masuk, mohon dicek."
        ),
    ),
    (
        F,
        "officer_note",
        (
            "SMS masuk {TGL} {JAM} dari [[phone:{HPI}]]: pelapor [[name:{M} {FAM}]] mengadu pipa "
            "PDAM "
            "bocor di depan rumahnya, [[address:Jl. {STR} No. {NO}]]. Diteruskan ke PDAM, tiket "
            "{TIX}."
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG ANAK KAMI [[name:{G|u}]] DITOLAK BEROBAT DI PUSKESMAS {PKM|u} KRN KARTU "
            "BPJS "
            "[[bpjs:{BPJS}]] TIDAK AKTIF. MAMA [[name:{F|u}]]"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG SAMPAH DPN RMH SY [[address:JLN {STR|u} NO.{NO} RT {RT}]] TDK DIANGKUT. "
            "TELP RMH "
            "[[phone:{TEL}]]"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor : [[name:{F} {FAM}]]\nNama Terlapor : Oknum juru parkir (tidak tahu "
            "nama)\n"
            "Lokasi : depan Pasar Oebobo\nIsi Laporan : Dipungut {RP} padahal parkir gratis."
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "kotkupang sy [[name:{M|l}]] dr kel {KEL|l}, jln ke kuburan rusak berat. hp "
            "[[phone:{HPB}]]"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor : [[name:{M} {FAM}]]\nNomor kendaraan terlapor : [[plate:{PLATE}]]\nIsi "
            "Laporan : Truk ini buang puing di lahan kosong dekat Kolhua, jam {JAM}."
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "1708: Laporan Anda telah diterima dgn no tiket {TIX}.\nBALASAN: TRIMS. SY "
            "[[name:{F|u} "
            "{FAM|u}]], MOHON DIKABARI LWT [[phone:{HP}]]"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Data Pelapor\n  Nama Pelapor   : [[name:{F} {FAM}]]\n  Tempat/Tgl Lahir : Kupang, "
            "{DOB}\n"
            "  NIK : [[nik:{NIKW|g}]]\n  Alamat : [[address:Kompleks Perumnas Blok {BLK} No. "
            "{NO}]]\n"
            "Isi Laporan : Sertifikat tanah belum keluar."
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor: [[name:{M} {FAM}]]\nKorban:\n1. [[name:{F} {FAM2}]] ({AGE})\n2. "
            "[[name:{G} {FAM3}]] ({AGE2})\nIsi: kedua korban tertipu arisan online, kerugian {RP}."
        ),
    ),
    (
        F,
        "mixed",
        (
            "[Form diteruskan ke grup]\nNama Pelapor : [[name:{G} {FAM}]]\nNo HP/WA : "
            "[[phone:{HP}]]\n"
            "NIK : (kosong)\nIsi Laporan : Lampu PJU mati\n---\nadmin grup: sudah dicatat, tks"
        ),
    ),
    (
        F,
        "letter",
        (
            "Formulir Pengaduan Masyarakat\nYang bertanda tangan di bawah ini:\nNama : [[name:{M} "
            "{FAM}]]"
            "\nAlamat : [[address:Jl. {STR} No. {NO}]], Kel. {KEL}\nMenyampaikan keberatan atas "
            "penutupan jalan umum oleh pemilik ruko.\n\nKupang, {TGL}\nHormat saya,\n[[name:{M} "
            "{FAM}]]"
        ),
    ),
    # no personal data
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG JLN DI DEPAN SD INPRES {KEL|u} 1 RUSAK BERAT, BANYAK ANAK JATUH. MOHON "
            "DIPERBAIKI "
            "SEBELUM MUSIM HUJAN"
        ),
    ),
    (
        F,
        "sms_caps",
        "KOTKUPANG HP SY RUSAK JD TDK BS TERIMA OTP DARI LAPOR. MOHON LAPORAN {TIX} DIPROSES",
    ),
    (
        F,
        "sms_caps",
        "KOTKUPANG SAMPAH DI PASAR OEBA TDK DIANGKUT {NUM} HARI, BAU SAMPAI KE JLN TIMOR RAYA",
    ),
    (
        F,
        "web_form",
        (
            "Nama Pelapor : Anonim\nNIK : \nAlamat : -\nNo HP/WA : -\nIsi Laporan : Jam pelayanan "
            "Puskesmas {PKM} tidak sesuai papan, tutup jam {JAM}."
        ),
    ),
    (
        F,
        "web_form",
        (
            "Nama Terlapor : Dinas Perhubungan Kota Kupang\nKategori : Transportasi\nLokasi : "
            "Terminal Kupang\nIsi Laporan : Retribusi {RP} tanpa karcis."
        ),
    ),
    (
        F,
        "web_form",
        (
            "Kategori : Infrastruktur\nTanggal Kejadian : {TGL}\nLokasi Kejadian : Jl. El Tari "
            "depan "
            "Bundaran PU\nIsi Laporan : Lampu lalu lintas mati sejak jam {JAM}."
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "Terima kasih, laporan Anda no {TIX} telah diteruskan ke Dinas PUPR Kota Kupang. Info: "
            "{OFC}"
        ),
    ),
    (
        F,
        "sms_caps",
        "KOTKUPANG TOKEN PLN ID PEL {IDPEL} SDH DIBELI {RP} TP TDK MASUK. MOHON BANTUAN",
    ),
    (
        F,
        "web_form",
        (
            "No. Tiket : {TIX}\nKode Billing : 8202609{DIG}{DIG2}\nStatus : Menunggu pembayaran\n"
            "Catatan : Retribusi IMB belum dibayar"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG WARGA RT 03 DAN RT 04 KEL {KEL|u} MENGELUH ASAP DARI TEMPAT PEMBAKARAN "
            "SAMPAH "
            "TIAP JAM {JAM}"
        ),
    ),
    (
        F,
        "whatsapp",
        (
            "Format lapor ke 1708:\nKOTKUPANG(spasi)Nama/Alamat/Isi laporan\nContoh: KOTKUPANG "
            "Nama/Alamat/Jalan rusak di Kel. {KEL}\nTarif SMS biasa. Info {OFC}"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Unit : Kelurahan {KEL}\nTelp Kantor : {OFC}\nEmail : "
            "pelayanan.kelurahan@kupangkota.go.id\n"
            "Jam Layanan : 08.00-15.00\nPetugas : (belum ditentukan)"
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG ANGKOT LAMPU {NUM} NAIK TARIF JD RP 5.000 TANPA PEMBERITAHUAN, JAM {JAM} "
            "SERING "
            "TDK ADA"
        ),
    ),
    (
        F,
        "web_form",
        (
            "Isi Laporan : Surat nomor 470/{DIG}/KEL/2026 belum keluar sejak {TGL}.\nKategori : "
            "Administrasi\nNama Pelapor : -"
        ),
    ),
    (F, "sms_caps", "KOTKUPANG KK SAYA DOBEL, MOHON DIBANTU. SDH KE KANTOR CAMAT {KEL|u} {NUM}X"),
    (
        F,
        "web_form",
        (
            "Nama Terlapor : CV Timor Jaya\nNPWP Badan : {NPWP}\nIsi Laporan : Proyek "
            "drainase Kel. {KEL} mangkrak, nilai kontrak {RP}."
        ),
    ),
    (
        F,
        "sms_caps",
        (
            "KOTKUPANG KARTU BPJS KETENAGAKERJAAN NO 2604{DIG}{NUM}{NUM2} BLM BS KLAIM JHT, KANTOR "
            "CABANG "
            "TUTUP JAM {JAM}"
        ),
    ),
    (
        F,
        "web_form",
        (
            "No Sambungan PDAM : 01-04-0{DIG}\nKategori : Air Bersih\nIsi Laporan : Meter air "
            "rusak, "
            "tagihan {RP}\nLokasi : Kel. {KEL}"
        ),
    ),
    (F, "sms_caps", ("KOTKUPANG PAJAK NOP {NOP} TAGIHAN {RP} PADAHAL TANAH KOSONG. MOHON DICEK")),
]

# ---------------------------------------------------------------------------------------------
# scans_and_odd_text
# ---------------------------------------------------------------------------------------------
C = "scans_and_odd_text"
SCANS = [
    (
        C,
        "mixed",
        (
            "hasil scan KTP:\nPROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNIK : [[nik:{NIKW|o}]]\n"
            "Nama : [[name:{F|u} {FAM|u,s}]]\nTempat/Tgl Lahir : KUPANG, {DOB}\nJenis Kelamin : "
            "PEREMPUAN\nAlamat : [[address:JL. {STR|u} NO. {NO}]]\n[[address:RT/RW : {RTK}]]\n"
            "Kel/Desa : {KEL|u}"
        ),
    ),
    (
        C,
        "mixed",
        (
            "N a m a : [[name:{M|u} {FAM|u}]]Tempat/Tgl Lahir : SOE, "
            "{DOB}\nNIK:[[nik:{NIKM}]]Jenis "
            "Kelamin : LAKI-LAKI\nAgama : KRISTEN\nPekerjaan : PETANI/PEKEBUN"
        ),
    ),
    (
        C,
        "officer_note",
        (
            "Lampiran KK (OCR):\nKARTU KELUARGA\nNo. [[kk:{KK}]]\nNama Kepala Keluarga : "
            "[[name:{M|u} "
            "{FAM|u}]]\nNo | Nama Lengkap | NIK | Hubungan\n1 | [[name:{M|u} {FAM|u}]] | "
            "[[nik:{NIKM}]] | "
            "KEPALA KELUARGA\n2 | [[name:{F|u} {FAM2|u}]] | [[nik:{NIKW}]] | ISTRI\n3 | "
            "[[name:{G|u} "
            "{FAM|u}]] | [[nik:{NIK3}]] | ANAK"
        ),
    ),
    (
        C,
        "officer_note",
        (
            "KK scan (tab):\nNo.KK\t[[kk:{KK}]]\nNo\tNama\tNIK\n1\t[[name:{M|u} {FAM|u}]]\t"
            "[[nik:{NIKM}]]\n2\t[[name:{F|u} {FAM|u}]]\t[[nik:{NIKW}]]\nAlamat\t[[address:JL. "
            "{STR|u} "
            "NO. {NO}]]"
        ),
    ),
    (
        C,
        "mixed",
        (
            "KARTU INDONESIA SEHAT\nNo. Kartu : [[bpjs:{BPJS}]]\nNama : [[name:{F|u} "
            "{FAM|u}]]\nNIK : "
            "[[nik:{NIKW}]]\nTgl. Lahir : {DOB}\nFaskes Tk. I : PUSKESMAS {PKM|u}\n(dikirim "
            "pelapor utk "
            "klaim yg ditolak)"
        ),
    ),
    (
        C,
        "mixed",
        (
            "BRImo\nTransfer Berhasil\n{RP}\nPenerima\n[[name:{F|u} {FAM|u}]]\nBRI - "
            "[[bank_account:{BRI}]]"
            "\nNo. Ref 0026{DIG}{DIG2}\nCatatan: uang sewa\n(bukti transfer ke pemilik kos)"
        ),
    ),
    (
        C,
        "letter",
        (
            "Yang bertanda tangan di bawah in i:\nNama   : [[name:{M} {FAM}]]\nNIK    : "
            "[[nik:{NIKM|o}]]\n"
            "Alamat : [[address:Jl. {STR} No. {NO} RT {RT}/RW {RW}]] Kel. {KEL}\nmenyatakan dengan "
            "seben"
            "ar-\nnya bahwa tanah tersebut milik keluarga [[name:{FAM}]]."
        ),
    ),
    (
        C,
        "mixed",
        (
            "[OCR screenshot]\n10.42  [[name:{M} {FAM}]]\nonline\nPak, sy [[name:{F}]] dari "
            "[[address:RT "
            "{RT}]], mau tanya bantuan beras kapan dibagi?\n10.45\nBelum ada info bu\n10.46"
        ),
    ),
    (
        C,
        "whatsapp",
        (
            "nomor sy [[phone:{HPB|fw}]], tolong kabari kalau petugas su datang. sy [[name:{F}]] "
            "di "
            "{KEL}"
        ),
    ),
    (
        C,
        "web_form",
        "NIK : [[nik:{NIKM|g,zw}]]\nNama : [[name:{M} {FAM}]]\nIsi : Data saya ganda di SIAK.",
    ),
    (
        C,
        "letter",
        (
            "Kepada Yth. Kepala Dinas Sosial\nDengan hormat, saya Ibu [[name:{F}\u00a0{FAM}]] "
            "memohon "
            "agar nama saya dimasukkan dalam DTKS. No. HP [[phone:{HP|nb}]]."
        ),
    ),
    (
        C,
        "whatsapp",
        "Pak, ini nama ibu sy [[name:{F|z} {FAM}]] dan NIK [[nik:{NIKW|g,nb}]], mohon dicek lagi",
    ),
    (
        C,
        "officer_note",
        (
            "DAFTAR PENERIMA YANG BELUM MENERIMA\nNo | Nama | NIK | Ket\n1 | [[name:{F|u} "
            "{FAM|u}]] | "
            "[[nik:{NIKW}]] | Lansia\n2 | [[name:{M|u} {FAM2|u}]] | [[nik:{NIKM}]] | "
            "Disabilitas\n3 | "
            "[[name:{G|u} {FAM3|u}]] | [[nik:{NIK3}]] | Lansia"
        ),
    ),
    (
        C,
        "officer_note",
        (
            "Saksi-saksi:\n1. [[name:{M} {FAM}]] ({AGE})\n2. [[name:{F} {FAM2}]] ({AGE2})\n3. "
            "[[name:{G} {FAM3}]] ({AGE3})\nSemua warga Kel. {KEL}."
        ),
    ),
    (
        C,
        "whatsapp",
        (
            "Korban penipuan lowongan kerja:\n• [[name:{F} {FAM}]] - [[phone:{HP}]]\n• [[name:{M} "
            "{FAM2}]] - [[phone:{HP2}]]\n• [[name:{G}]] (tdk ada HP)\nKerugian masing-masing {RP}"
        ),
    ),
    (
        C,
        "mixed",
        (
            "PDAM TIRTA LONTAR\nREKENING AIR\nNama Pelanggan : [[name:{M|u} {FAM|u}]]\nAlamat : "
            "[[address:JL. {STR|u} NO. {NO}]]\nNo. Sambungan : 01-03-0{DIG}\nPemakaian : {NUM}5 "
            "m3\n"
            "Tagihan : {RP}"
        ),
    ),
    (
        C,
        "mixed",
        (
            "STRUK PEMBELIAN TOKEN\nIDPEL : {IDPEL}\nNAMA : [[name:{F|u} {FAM|u}]]\nTARIF/DAYA : "
            "R1/900"
            "\nRP BAYAR : {RP}\nSTROOM/TOKEN : {DIG}-{DIG2}-{DIG3}-{DIG4}"
        ),
    ),
    (
        C,
        "mixed",
        (
            "Nama : [[name:{M|u}\n{FAM|u}]]\nTempat/Tgl Lahir : KUPANG, {DOB}\nAlamat : "
            "[[address:GG. "
            "{STR|u} NO. {NO}]]"
        ),
    ),
    (
        C,
        "whatsapp",
        (
            "Hubungi sy di [[phone:{HPB|g}]] ya pak,\nkalau tdk aktif coba nomor istri sy "
            "[[phone:0853 {NUM}"
            "{NUM2}{NUM3}{NUM4}\n{DIG}]]"
        ),
    ),
    (
        C,
        "mixed",
        (
            "NIK:[[nik:{NIKW}]]Nama:[[name:{F|u} {FAM|u}]]Alamat:[[address:JL. {STR|u} NO.{NO}]]"
            "Kel/Desa:{KEL|u}"
        ),
    ),
    (
        C,
        "web_form",
        (
            "NIK : [[nik:{NIKM|fw}]]\nNama : [[name:{M} {FAM}]]\nNo HP : [[phone:{HPB|fw}]]\nIsi : "
            "kenapa NIK saya tidak bisa daftar PPDB?"
        ),
    ),
    (
        C,
        "letter",
        (
            "SURAT KETERANGAN\nNomor : 145/{DIG}/RT/2026\nKetua RT {RT} RW {RW} Kel. {KEL} "
            "menerangkan "
            "bahwa [[name:{M} {FAM}]] benar warga kami.\n\nKetua RT {RT}\n\nttd\n\n[[name:{G} "
            "{FAM2}]]\n"
            "HP [[phone:{HP}]]"
        ),
    ),
    (
        C,
        "mixed",
        (
            "BNI Mobile Banking\nTransfer ke rekening [[bank_account:{BNI}]]\na.n. [[name:{M|u} "
            "{FAM|u}]]"
            "\nJumlah {RP}\nBerita: DP motor\nStatus: BERHASIL {TGL} {JAM}"
        ),
    ),
    (
        C,
        "mixed",
        (
            "KARCIS PARKIR\nNo. {DIG}\nNo. Pol : [[plate:{PLATE|u}]]\nMasuk : {JAM}\nTarif Rp "
            "2.000\n"
            "(karcis ini dari parkir liar di Kuanino, difoto pelapor)"
        ),
    ),
    (
        C,
        "mixed",
        (
            "KARTU NPWP\nNPWP : [[npwp:{NPWP}]]\n[[name:{M|u} {FAM|u}]]\n[[address:JL. {STR|u} NO. "
            "{NO}]]\nKUPANG\nTerdaftar : {TGL}"
        ),
    ),
    (
        C,
        "letter",
        (
            "SURAT KETERANGAN DOMISILI\nNomor : 470/{DIG}/KEL/2026\nNama : [[name:{F} {FAM}]]\nNIK "
            ": "
            "[[nik:{NIKW}]]\nAlamat : [[address:Jl. {STR} No. {NO}, RT {RT}/RW {RW}]]\nKel. {KEL}, "
            "Kec. Oebobo"
        ),
    ),
    (
        C,
        "whatsapp",
        (
            "email sy [[email:{EU} @gmail.com]] (spasinya sengaja), kirim formulir ke situ ya. "
            "[[name:{G}]]"
        ),
    ),
    (
        C,
        "mixed",
        (
            "OCR surat:\nKupang, {TGL}\nKepada Yth.\nBapak Lurah {KEL}\ndi-\nTempat\nDengan "
            "hormat,\n"
            "Saya [[name:{F} {FAM}]] warga [[address:RT {RT} RW {RW}]] mengadukan anjing tetangga "
            "yang\ngigit anak saya [[name:{G}]].\nHormat saya,\n[[name:{F} {FAM}]]"
        ),
    ),
    # no personal data
    (
        C,
        "officer_note",
        (
            "JADWAL PELAYANAN PUSKESMAS {PKM|u}\nHari\tPoli Umum\tPoli Gigi\nSenin\t08.00-12.00\t"
            "08.00-11.00\nRabu\t08.00-12.00\t-\nJumat\t08.00-{JAM}\t08.00-10.00"
        ),
    ),
    (
        C,
        "mixed",
        (
            "TOKO SINAR ABADI\nJl. Soeharto No. {NO} Kupang\nTelp {OFC}\nNPWP : {NPWP}\n"
            "Beras 5 kg   {RP}\nMinyak 1 L   Rp 21.000\nTOTAL        Rp 96.000\nTerima kasih"
        ),
    ),
    (
        C,
        "letter",
        (
            "PEMERINTAH KOTA KUPANG\nKECAMATAN OEBOBO\nKELURAHAN {KEL|u}\nJl. Amabi No. {NO}, "
            "Telp. "
            "{OFC}\nNomor : 005/{DIG}/KEL/2026\nPerihal : Undangan rapat RT/RW\nHari/Tgl : {TGL}, "
            "jam "
            "{JAM}"
        ),
    ),
    (
        C,
        "mixed",
        (
            "[teks dari poster]\nLAYANAN PENGADUAN\nSMS 1708 | WA center {OFCHP}\nHotline PDAM "
            "{OFC}\n"
            "Call center 112\nlapor.go.id"
        ),
    ),
    (
        C,
        "officer_note",
        (
            "Rekap pengaduan per kecamatan (Oktober)\nKecamatan | Masuk | Selesai\nAlak | {NUM}2 | "
            "30\n"
            "Maulafa | 4{NUM} | 41\nOebobo | 5{NUM} | 50\nKelapa Lima | 3{NUM} | 29"
        ),
    ),
    (
        C,
        "whatsapp",
        (
            "Syarat urus akta kelahiran:\n• KK asli\n• KTP kedua orang tua\n• Surat keterangan "
            "lahir "
            "dari bidan/RS\n• Buku nikah\nDatang ke Dukcapil jam {JAM}, loket {NUM}"
        ),
    ),
    (
        C,
        "mixed",
        (
            "STRUK PEMBAYARAN\nBANK NTT\nPBB-P2 KOTA KUPANG\nNOP : {NOP}\nTAHUN : "
            "2026\nJUMLAH : {RP}\nNTPN : 0{DIG}{DIG2}7A3F\nTGL : {TGL}"
        ),
    ),
    (
        C,
        "mixed",
        (
            "TIKET KAPAL\nKM. Sirimau\nKupang - Larantuka\nNo. Tiket : 2611{DIG}{DIG2}\nBerangkat "
            ": "
            "{TGL} {JAM}\nHarga : {RP}\nDek : Ekonomi"
        ),
    ),
    (
        C,
        "social",
        (
            "Harga BBM eceran di Oesapa: Rp\uff11\uff15.\uff10\uff10\uff10 per liter, jam {JAM} su "
            "habis. Pertamina di Jl. Timor Raya antri {NUM} km"
        ),
    ),
    (
        C,
        "whatsapp",
        (
            "Screenshot_2026-11-05-09-41-22_WhatsApp.jpg\n[isi]\nDinas Kominfo Kota Kupang: "
            "Pemadaman listrik Kel. {KEL} {TGL} jam {JAM}-17.00."
        ),
    ),
    (
        C,
        "mixed",
        (
            "[foto spanduk]\nDILARANG BUANG SAMPAH DI SINI\nDenda {RP}\nPerda Kota Kupang No 3 "
            "Tahun "
            "2011\nKelurahan {KEL}"
        ),
    ),
    (
        C,
        "officer_note",
        (
            "Titik jalan rusak hasil survei {TGL}:\n1. Jl. Kelinci (depan SD Inpres)\n2. Jl. Frans "
            "Seda "
            "km {NUM}\n3. Jl. Amabi\n4. Jl. Piet A. Tallo dekat Bundaran"
        ),
    ),
    (
        C,
        "mixed",
        (
            "SLIP SETORAN\nVA 8808 0{NUM}{NUM}2 {DIG} {DIG2}\nKode bayar "
            "0312026{DIG}{DIG2}\nJumlah {RP}"
            "\nKeterangan: Retribusi sampah"
        ),
    ),
    (
        C,
        "social",
        (
            "#Kupang\u200bBersih #Lapor\u200b1708 Pengaduan nomor {TIX} su selesai, jalan di Kel. "
            "{KEL} "
            "sudah diaspal. Terima kasih Dinas PUPR"
        ),
    ),
    (
        C,
        "letter",
        (
            "WARTA JEMAAT\nGMIT Jemaat Betlehem Oesapa\nIbadah Minggu jam 07.00 dan "
            "{JAM}\nPersembahan "
            "minggu lalu {RP}\nKerja bakti halaman gereja Sabtu, {TGL}"
        ),
    ),
    (
        C,
        "officer_note",
        (
            "Daftar NOP yang dikeluhkan:\n| NOP | Tagihan |\n| {NOP} | {RP} |\n| "
            "{NOP2} | Rp 412.000 |"
        ),
    ),
    (
        C,
        "letter",
        (
            "Nomor : 700/{DIG}/INSP/2026\nLampiran : 1 berkas\nPerihal : Tindak lanjut pengaduan "
            "{TIX}\nKepada Yth. Kepala Dinas PUPR Kota Kupang\ndi Kupang"
        ),
    ),
    (
        C,
        "mixed",
        (
            "IDPEL\tNAMA\tDAYA\n{IDPEL}\tSD INPRES {KEL|u}\t2200\n5312{DIG}{DIG2}\tPUSKESMAS "
            "{PKM|u}"
            "\t5500"
        ),
    ),
]

# ---------------------------------------------------------------------------------------------
# kupang_talk
# ---------------------------------------------------------------------------------------------
K = "kupang_talk"
KUPANG = [
    (
        K,
        "kupang_malay",
        (
            "Kaka, beta [[name:{F}]] dari [[address:RT {RT}]] Oebufu, mau lapor lampu jalan di "
            "beta pung "
            "gang su mati 2 minggu. Sonde ada yang urus."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "[VN 0:42] Halo usi, ini beta pung mama [[name:{F}]] pung nomor [[phone:{HP}]], nanti "
            "usi "
            "telpon dia e, dia yang tau soal tanah itu."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Om [[name:{M}]] pung rumah di [[address:gang {NUM} no {NO}]] su kebanjiran dari tadi "
            "malam. "
            "Got di depan tersumbat, katong su angkat sampah tapi air masih naik."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "dong pung anak [[name:{NICK}]] su sonde sekolah 2 minggu, katanya sonde ada uang "
            "seragam. "
            "kasian e, sapa yang bisa bantu?"
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Itu anak nama asli [[name:{M} {FAM}]], mar dong panggil dia [[name:{NICK}]] sa. Dia "
            "yang "
            "suka palak anak SD di depan pasar."
        ),
    ),
    (
        K,
        "whatsapp",
        (
            "A: lu pung nomor HP baru apa?\nB: [[phone:{HP}]], yang lama su hilang\nA: ok beta "
            "kasi ke "
            "petugas kelurahan e"
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Ko sonde tau ko, keluarga [[name:{FAM}]] di [[address:RT {RT} RW {RW}]] su tiga kali "
            "lapor "
            "air PDAM, mar sonde ada yang datang."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "beta beli beras 10 kilo {RP} di kios [[name:{F} {FAM}]] jam 9 pagi, ternyata beras su "
            "ada "
            "kutu. dia sonde mau ganti"
        ),
    ),
    (
        K,
        "whatsapp",
        (
            "[{TGL} {JAM}] [[name:{F} {FAM}]]: usi, beta pung anak pung akta su jadi ko?\n"
            "[{TGL} {JAM2}] [[name:{M|l}]]: belum kaka, Dukcapil bilang server mati\n"
            "[{TGL} {JAM2}] [[name:{F} {FAM}]]: ais, su dua bulan"
        ),
    ),
    (
        K,
        "kupang_malay",
        "Kaka [[name:{F}]] e, lu su isi formulir bantuan ko? Pak RT bilang hari Jumat terakhir.",
    ),
    (
        K,
        "kupang_malay",
        (
            "Masalah tanah di Kolhua tu antara keluarga [[name:{FAM}]] deng keluarga "
            "[[name:{FAM2}]], "
            "su dari tahun lalu. Lurah su panggil dua kali mar sonde selesai."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "[transkrip VN] Pak Lurah [[name:{M}]] bilang nanti hari Senin dia datang liat jalan, "
            "mar "
            "sampe sekarang sonde muncul. Katong tunggu sa."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "kalo mau telpon beta pung rumah sa, telp rumah [[phone:{TEL}]], HP su rusak. beta "
            "[[name:{M} {FAM}]]"
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Beta pung motor [[plate:{PLATE|l}]] ilang di depan kos tadi malam jam {JAM}. Sapa "
            "yang liat "
            "kasi tau beta e, [[phone:{HP}]]"
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "ade [[name:{G}]] pung sekolah minta uang {RP} buat perpisahan, padahal katanya "
            "gratis. "
            "Bapa dong sonde ada uang."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "td [[name:{F|l} {FAM|l}]] bilang bantuan beras su dibagi di kantor lurah, mar katong "
            "di sini "
            "sonde dapat"
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "beta sa yang lapor ke 1708, beta [[name:{M}]] sa, bukan beta pung bapa. Jadi kalo "
            "dong "
            "telpon, cari beta."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Tanta [[name:{F}]] di [[address:Jl. {STR} No {NO}]] bilang air got masuk ke dia pung "
            "dapur, "
            "su tiga hari."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "ibu kos [[name:{F} {FAM}]] sonde mau kasi kembali uang jaminan {RP}, padahal beta su "
            "keluar baik-baik. Dia bilang kamar rusak, padahal sonde."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "[VN 1:15] Beta pung NIK tu [[nik:{NIK}]], mar di sistem dong bilang sonde terdaftar. "
            "Beta su bawa KK ke kantor camat dua kali."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Kirim sa ke beta pung rek BNI [[bank_account:{BNI}]] a.n. [[name:{F} {FAM}]], nanti "
            "beta "
            "kasi ke panitia. Jang kirim ke nomor lain e."
        ),
    ),
    (
        K,
        "kupang_malay",
        "kirim sa ke beta pung email [[email:{EU} at gmail dot com]], beta sonde pake WA.",
    ),
    (
        K,
        "kupang_malay",
        (
            "Katong tinggal di [[address:RT {RT} RW {RW}]] Kel. {KEL}, jalan masuk sonde pernah "
            "diaspal dari beta kecil."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "dia pung rumah di belakang gereja, [[address:Gg. {STR} No. {NO}]]. Kalo petugas mau "
            "datang, tanya sa rumah [[name:{M} {FAM}]]."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "[transkrip VN] dia pung laki [[name:{M}]] pukul dia lai, kali ini sampe berdarah. "
            "Beta su "
            "bawa dia ke Polsek mar dong suruh damai."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "[[name:{NICK}]] deng [[name:{NICK2}]] su pi ambil air di mata air jam 5 pagi, soalnya "
            "PDAM "
            "sonde jalan. Anak-anak dong su capek."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Bapa [[name:{M}]] pung kebun di Fatukoa su dirusak sapi. Pemilik sapi [[name:{M2} "
            "{FAM}]] "
            "sonde mau ganti rugi."
        ),
    ),
    (
        K,
        "whatsapp",
        (
            "[[name:{F|l}]]: ade, lu su kasi tau mama ko?\n[[name:{M|l}]]: su kaka, mama bilang "
            "nanti "
            "dia telpon petugas\n[[name:{F|l}]]: ok, nomor petugas tu di grup"
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "beta pung kaka [[name:{F} {FAM}]] pung rumah di [[address:Jl. {STR} No. {NO}, RT "
            "{RT}/RW "
            "{RW}]], tembok retak gara-gara alat berat proyek jalan."
        ),
    ),
    # no personal data
    (
        K,
        "kupang_malay",
        (
            "beta su lapor ke 1708 dari minggu lalu, tiket {TIX}, mar sonde ada balasan sampe "
            "sekarang."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "harga bensin eceran su {RP} satu botol di Oeba, jam {JAM} su habis semua. Katong mau "
            "kerja "
            "pake apa?"
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "warga RT 05 deng RT 07 kerja bakti hari Sabtu jam {JAM} di Kel. {KEL}, bawa parang "
            "deng "
            "karung e."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "nyong-nyong dong di pangkalan ojek depan Undana tu baik, mar jalan di situ su rusak "
            "{NUM} "
            "tahun."
        ),
    ),
    (
        K,
        "kupang_malay",
        "lu telpon sa kantor lurah di {OFC}, dong buka sampe jam 3. Jang datang hari Sabtu.",
    ),
    (
        K,
        "kupang_malay",
        (
            "jam {JAM} lampu mati lai. PLN pung call center 123 sonde angkat. Katong di {KEL} su "
            "biasa."
        ),
    ),
    (K, "kupang_malay", "beta pung KK dobel e, bagaimana ni? su dua kali ke kantor camat {KEL}."),
    (
        K,
        "kupang_malay",
        (
            "usi e, tolong sampaikan ke Pak RT, got di ujung gang su penuh sampah dari {NUM} hari. "
            "Kaka dong sonde "
            "berani bilang. Makasih e ade."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "di Pasar Kasih Naikoten ada jual air murni galon {RP}, mar dong bilang bukan air isi "
            "ulang "
            "resmi. Beta ragu."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Jalan di Jl. Kelinci rusak parah, motor su jatuh {NUM} kali minggu ini. Dinas PUPR "
            "tidur ko?"
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "[VN 0:30] Dinas Sosial pung WA center {OFCHP}, lu kirim foto KK sa ke situ, nanti "
            "dong "
            "balas."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "angkot lampu {NUM} su naik harga jadi 5 ribu, mar sopir dong sonde kasi kembali. "
            "Dishub "
            "harus turun."
        ),
    ),
    (
        K,
        "kupang_malay",
        "Sekretariat RT {RT} tu di samping gereja, Jl. Kenari No. 2, buka malam sa jam {JAM}.",
    ),
    (
        K,
        "kupang_malay",
        "su dua minggu air sonde jalan di Kelurahan {KEL}. Beli air tangki {RP} satu tangki.",
    ),
    (
        K,
        "kupang_malay",
        (
            "beta pung anak sakit, bawa pi Puskesmas {PKM} jam {JAM}, dokter sonde ada. Bidan "
            "bilang "
            "datang besok sa."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "antri dari jam 6 pagi sampe jam {JAM}, beta pung nomor antrian 087. Dukcapil pung "
            "loket "
            "cuma {NUM}."
        ),
    ),
    (
        K,
        "kupang_malay",
        (
            "Bapa Wali su janji {NUM} kali jalan ke Naioni diaspal tahun ini. Sampe sekarang "
            "belum. Kepala Dinas "
            "bilang tunggu anggaran."
        ),
    ),
    (
        K,
        "kupang_malay",
        "sonde ada yang angkat telpon di nomor pengaduan {OFCHP}, padahal ditulis 24 jam. Ais.",
    ),
    (
        K,
        "kupang_malay",
        (
            "dong bilang mau kasi bantuan {RP} lewat Bank NTT, mar sampe hari ini sonde masuk. "
            "Katong "
            "di {KEL} semua sama."
        ),
    ),
]

TEMPLATES = SOCIAL + FORMS + SCANS + KUPANG


def main() -> None:
    records = build(TEMPLATES)
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    without = sum(1 for r in records if not r["spans"])
    sys.stdout.write(f"{len(records)} texts, {without} without spans -> {OUT.name}\n")


if __name__ == "__main__":
    main()
