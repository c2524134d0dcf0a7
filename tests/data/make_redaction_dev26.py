# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, E741, SIM905
"""Write tests/data/redaction_dev26.jsonl: identity numbers as documents and people carry them.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{nik1}``),
each filled three times with invented values; span offsets are computed from the markers.
Run ``python3 tests/data/make_redaction_dev26.py`` (stdlib only, deterministic).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20261226
OUT = Path(__file__).with_name("redaction_dev26.jsonl")

KINDS = {
    "n": "name",
    "p": "phone",
    "e": "email",
    "a": "address",
    "nik": "nik",
    "kk": "kk",
    "npwp": "npwp",
    "bpjs": "bpjs",
    "b": "bank_account",
    "pl": "plate",
}
STYLES = (
    "sms_1708",
    "wa_forward",
    "web_form",
    "lapor_ticket",
    "call_log",
    "scan_ocr",
    "notice",
    "email_thread",
    "social_post",
    "kupang_malay",
)
THEMES = (
    "family_card",
    "nik_written",
    "beneficiaries",
    "requests",
    "tax",
    "health",
    "lookalikes",
)
TITLES = {
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bpk",
    "sdr",
    "sdri",
    "ny",
    "dr",
    "drs",
    "pdt",
    "bidan",
    "lurah",
    "guru",
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
    "yth",
    "saudara",
    "nyonya",
    "tuan",
    "almarhum",
    "almh",
    "alm",
}

# ---------------------------------------------------------------- people

GIVEN = {
    "ntt": (
        ("M", "Yohanis"),
        ("M", "Markus"),
        ("M", "Frederik"),
        ("M", "Stefanus"),
        ("M", "Matias"),
        ("M", "Elias"),
        ("M", "Petrus"),
        ("M", "Gabriel"),
        ("M", "Adrianus"),
        ("M", "Benyamin"),
        ("M", "Zakarias"),
        ("M", "Habel"),
        ("M", "Ruben"),
        ("M", "Samuel"),
        ("M", "Nikolaus"),
        ("M", "Simon"),
        ("M", "Marselinus"),
        ("M", "Fransiskus"),
        ("M", "Yosua"),
        ("M", "Amos"),
        ("M", "Rikardus"),
        ("M", "Ishak"),
        ("M", "Laurens"),
        ("M", "Efraim"),
        ("M", "Titus"),
        ("M", "Charles"),
        ("M", "Alfred"),
        ("M", "Imanuel"),
        ("F", "Ester"),
        ("F", "Margaretha"),
        ("F", "Debora"),
        ("F", "Yohana"),
        ("F", "Ribka"),
        ("F", "Veronika"),
        ("F", "Katarina"),
        ("F", "Priska"),
        ("F", "Martha"),
        ("F", "Lidia"),
        ("F", "Florida"),
        ("F", "Anjelina"),
        ("F", "Yuliana"),
        ("F", "Kristina"),
        ("F", "Regina"),
        ("F", "Serlin"),
        ("F", "Merlin"),
        ("F", "Oktovina"),
        ("F", "Sarlota"),
        ("F", "Antonia"),
        ("F", "Fransiska"),
        ("F", "Hana"),
        ("F", "Elsi"),
        ("F", "Imelda"),
        ("F", "Maria Fatima"),
        ("F", "Adriana"),
        ("F", "Yunita"),
    ),
    "sumba": (("M", "Umbu Ndeta"), ("M", "Umbu Pati"), ("F", "Rambu Ana"), ("F", "Rambu Lika")),
    "bugis": (("M", "Andi Baso"), ("M", "Syamsul"), ("F", "Hasnah"), ("F", "Sitti Rahma")),
    "java": (("M", "Bambang"), ("M", "Joko"), ("F", "Sulastri"), ("F", "Wulandari")),
    "bali": (("M", "I Nyoman"), ("M", "I Gede"), ("F", "Ni Ketut"), ("F", "Ni Wayan")),
    "chinese": (("M", "Tjoe Liang"), ("M", "Ong Sen"), ("F", "Lie Ing"), ("F", "Sioe Mei")),
}
FAMILY = {
    "ntt": (
        "Ndolu",
        "Manafe",
        "Tefa",
        "Benu",
        "Sooai",
        "Bessie",
        "Nenobais",
        "Lenggu",
        "Kiuk",
        "Ratu",
        "Riwu Kaho",
        "Bria",
        "Nahak",
        "Therik",
        "Tanone",
        "Amalo",
        "Fanggidae",
        "Mooy",
        "Haba",
        "Dju Dara",
        "Ga Lena",
        "Djami",
        "Sabneno",
        "Tnunay",
        "Selan",
        "Adoe",
        "Bana",
        "Toelle",
        "Neonufa",
        "Lomi",
        "Banunaek",
        "Missa",
        "Wadu",
        "Seran",
        "Koroh",
        "Sinlae",
        "Dethan",
        "Nalle",
        "Mautuka",
        "Parera",
        "Kelen",
        "Da Costa",
        "Hurek",
        "Boimau",
        "Nuban",
        "Klau",
        "Mesakh",
        "Pellokila",
        "Kana",
        "Lado",
        "Kolo",
        "Taolin",
        "Lerik",
        "Snae",
        "Nomleni",
        "Tallo",
        "Foenay",
        "Messakh",
        "Liunokas",
        "Dae Pane",
        "Bire Kana",
    ),
    "sumba": ("Hambandima", "Ndakularak", "Kaborang", "Landu"),
    "bugis": ("Daeng Ngalle", "Lamanda", "Pabbola"),
    "java": ("Sutrisno", "Wijayanti", "Purnomo", "Handayani"),
    "bali": ("Sukadana", "Ariasa", "Mertayasa"),
    "chinese": ("Tanuwijaya", "Lianto", "Halim"),
}
REGION_WEIGHTS = (("ntt", 16), ("sumba", 1), ("bugis", 1), ("java", 1), ("bali", 1), ("chinese", 1))
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.co.id",
    "yahoo.com",
    "ymail.com",
    "outlook.com",
)
OFFICE_HOSTS = ("kupangkota.go.id", "kupangkota.go.id", "nttprov.go.id", "belajar.id")

# NTT regencies (Kemendagri codes) and the town a person born there would have as birthplace
REGENCY_TOWN = {
    "71": "KUPANG",
    "01": "OELAMASI",
    "02": "SOE",
    "03": "KEFAMENANU",
    "04": "ATAMBUA",
    "05": "KALABAHI",
    "06": "LARANTUKA",
    "07": "MAUMERE",
    "08": "ENDE",
    "09": "BAJAWA",
    "10": "RUTENG",
    "11": "WAINGAPU",
    "12": "WAIKABUBAK",
    "13": "LEWOLEBA",
    "14": "BAA",
    "15": "LABUAN BAJO",
    "17": "WAIBAKUL",
    "18": "TAMBOLAKA",
    "20": "SEBA",
    "21": "BETUN",
}
REGENCY_NAME = {
    "01": "Kab. Kupang",
    "02": "TTS",
    "03": "TTU",
    "04": "Belu",
    "05": "Alor",
    "06": "Flores Timur",
    "07": "Sikka",
    "08": "Ende",
    "10": "Manggarai",
    "11": "Sumba Timur",
    "14": "Rote Ndao",
    "20": "Sabu Raijua",
    "21": "Malaka",
}

# ---------------------------------------------------------------- places

KELURAHAN = (
    "Oebobo",
    "Oepura",
    "Kayu Putih",
    "Liliba",
    "Oesapa",
    "Penfui",
    "Maulafa",
    "Sikumana",
    "Bakunase",
    "Kuanino",
    "Fatululi",
    "Naioni",
    "Oebufu",
    "Airnona",
    "Namosain",
    "Fatukoa",
    "Kolhua",
    "Lasiana",
    "Oetete",
    "Fontein",
    "Alak",
    "Nefonaek",
    "Oeba",
    "Naimata",
    "Belo",
    "Manutapen",
    "Nunhila",
    "Oesapa Selatan",
    "Tode Kisar",
    "Airmata",
)
KECAMATAN = ("Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama")
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Timor Raya",
    "Jl. W.J. Lalamentik",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. Adisucipto",
    "Jl. Herewila",
    "Jl. Moh. Hatta",
    "Jl. Sudirman",
    "Jl. Perintis Kemerdekaan",
    "Jl. Cak Doko",
    "Jl. Amabi",
    "Jl. Soeharto",
    "Jl. Kejora",
    "Jl. Bundaran PU",
)
HOME_STREETS = (
    "Jl. Kenari",
    "Jl. Delima",
    "Jl. Beringin",
    "Jl. Kelapa",
    "Jl. Anggur",
    "Jl. Merpati",
    "Jl. Pelita",
    "Jl. Bougenvil",
    "Jl. Rantai Damai",
    "Jl. Fetor Foenay",
    "Jl. Oekam",
    "Jl. Taebenu",
    "Jl. Bakti Karya",
    "Jl. Sepakat",
    "Jl. Cendana",
    "Jl. Lontar",
    "Jl. Ikan Paus",
    "Jl. Kesehatan",
    "Jl. Matani Raya",
    "Jl. Manafe Atas",
    "Jl. Air Lobang",
    "Jl. Nangka",
)
PUSKESMAS = (
    "Oebobo",
    "Sikumana",
    "Oepoi",
    "Bakunase",
    "Kupang Kota",
    "Pasir Panjang",
    "Alak",
    "Penfui",
    "Oesapa",
    "Naioni",
    "Manutapen",
)
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BSI")
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
CVS = ("Sinar Flobamora", "Karya Lontar", "Timor Mandiri", "Sasando Jaya", "Cendana Abadi")
KOPERASI = ("Tunas Harapan Oebobo", "Nelayan Oesapa", "Sehati Liliba", "Kasih Bersaudara")
# an upper-case or squeezed placeholder agrees with its plain one of the same number ({KEL1} = {kel1})
BASED = {
    "KEL": "kel",
    "kelx": "kel",
    "KEC": "kec",
    "STREET": "street",
    "PUSKES": "puskes",
    "KOP": "kop",
    "kopx": "kop",
    "cvx": "cv",
}
VOWEL_SWAP = {"a": "e", "e": "i", "i": "e", "o": "u", "u": "o", "y": "i"}

# ---------------------------------------------------------------- values


def groups(raw: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(raw[k : k + size] for k in range(0, len(raw), size))


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.families: dict[int, str] = {}
        self.used_words: set[str] = set()
        self.niks: set[str] = set()
        self.year = rng.choice((2025, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.minute = rng.randint(6 * 60, 21 * 60)
        if rng.random() < 0.8:
            self.region = "5371%02d" % rng.randint(1, 6)
        else:
            self.region = "53%s%02d" % (
                rng.choice(tuple(k for k in REGENCY_TOWN if k != "71")),
                rng.randint(1, 14),
            )
        self.base = rng.randint(1964, 1990)  # parents' generation: kids and elders follow it
        self.amounts: set[str] = set()

    def other_region(self) -> str:
        r = self.rng
        code = r.choice(tuple(REGENCY_TOWN))
        district = r.randint(1, 6) if code == "71" else r.randint(1, 14)
        return "53%s%02d" % (code, district)

    # -- number writings
    def ocr(self, raw: str, start: int = 2) -> str:
        subs = {"0": "O", "1": "lI", "5": "S", "8": "B"}
        pos = [k for k, c in enumerate(raw) if c in subs and k >= start]
        if not pos:
            return raw[:-1] + "O" if raw[-1] == "0" else raw
        chosen = self.rng.sample(pos, min(self.rng.randint(1, 3), len(pos)))
        out = list(raw)
        for p in chosen:
            out[p] = self.rng.choice(subs[out[p]])
        return "".join(out)

    def fifteen(self, raw: str) -> str:
        for _ in range(20):
            k = self.rng.randint(6, 15)
            cut = raw[:k] + raw[k + 1 :]
            if cut not in (raw[:15], raw[1:]):
                return cut
        return raw[:9] + raw[10:]

    def seventeen(self, raw: str) -> str:
        k = self.rng.randint(6, 15)
        return raw[:k] + raw[k] + raw[k:]

    def broken(self, raw: str) -> str:
        k = self.rng.randint(5, 12)
        return raw[:k] + "\n" + raw[k:]

    def pdfspaced(self, raw: str) -> str:
        cuts = sorted(self.rng.sample(range(3, 14), self.rng.choice((1, 2))))
        out, last = [], 0
        for c in cuts:
            out.append(raw[last:c])
            last = c
        out.append(raw[last:])
        return " ".join(out)

    def masked(self, raw: str) -> str:
        return self.rng.choice(
            (
                raw[:4] + "x" * 8 + raw[12:],
                raw[:4] + " " + raw[4:6] + "** **** " + raw[12:],
                raw[:6] + "*" * 6 + raw[12:],
                raw[:4] + "********" + raw[12:],
            )
        )

    def fmt_nik(self, raw: str) -> str:
        x = self.rng.random()
        if x < 0.55:
            return raw
        if x < 0.85:
            return groups(raw)
        return f"{raw[0:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"

    def typo(self, given: str) -> str:
        parts = given.split()
        w = max(range(len(parts)), key=lambda k: len(parts[k]))
        before, word, rest = " ".join(parts[:w]), parts[w], " ".join(parts[w + 1 :])
        before = before + " " if before else ""
        rest = " " + rest if rest else ""
        for _ in range(30):
            k = self.rng.randint(1, len(word) - 1)
            c = word[k].lower()
            if c in VOWEL_SWAP:
                new = word[:k] + VOWEL_SWAP[c] + word[k + 1 :]
            elif c.isalpha() and self.rng.random() < 0.5:
                new = word[:k] + word[k] + word[k:]
            else:
                continue
            if new.lower() != word.lower():
                return before + new + rest
        return before + word + "h" + rest

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        fam = self.spec["fam"]
        females, males = self.spec["F"], self.spec["M"]
        kids, olds, babies = self.spec["K"], self.spec["O"], self.spec["B"]
        shared = self.person(fam[i])["f"] if i in fam else None
        for attempt in range(300):
            region = r.choices([w[0] for w in REGION_WEIGHTS], [w[1] for w in REGION_WEIGHTS])[0]
            if (
                shared is not None and attempt < 60
            ):  # a child takes a given name of the family's region
                region = next(k for k, v in FAMILY.items() if shared in v)
            pool = GIVEN[region]
            if i in females:
                pool = tuple(p for p in pool if p[0] == "F")
            elif i in males:
                pool = tuple(p for p in pool if p[0] == "M")
            sex, given = r.choice(pool)
            if shared is not None:
                family = shared
                words = {w.lower() for w in given.split()}
            else:
                family = r.choice(FAMILY[region if r.random() < 0.8 else "ntt"])
                words = {w.lower() for w in (given + " " + family).split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        if i in babies:
            year = self.year - 1
        elif i in kids:
            year = min(2022, self.base + r.randint(24, 34))
        elif i in olds:
            year = max(1940, min(1962, self.base - r.randint(22, 30)))
        else:
            year = min(1999, self.base + r.randint(-5, 5))
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        yy = year % 100
        near = i in kids or i in babies
        region6 = self.region if r.random() < (0.9 if near else 0.7) else self.other_region()
        while True:
            nik = (
                region6
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, yy)
                + "%04d" % r.randint(1, 240)
            )
            if nik not in self.niks:
                self.niks.add(nik)
                break
        full = given + " " + family
        gl = given.lower().replace(" ", "")
        fl = family.lower().replace(" ", "")
        local = r.choice(
            (
                f"{gl}.{fl}{r.randint(1, 99)}",
                f"{fl}{gl}",
                f"{gl}_{fl}",
                f"{gl}{fl}{yy:02d}",
                f"{gl[0]}{fl}{r.randint(70, 99)}",
                f"{fl}.{gl}",
            )
        )
        ty = self.typo(given) + " " + family
        # old 15-digit NPWP and 13-digit JKN card, one per person
        d9 = r.choice("0123456789") + "".join(str(r.randint(0, 9)) for _ in range(8))
        old = "%s%s000" % (d9, r.choice(("920", "920", "921", "922")))
        npwp_dot = f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        card = "000" + "".join(str(r.randint(0, 9)) for _ in range(10))
        if i in kids or i in babies:
            job = "PELAJAR/MAHASISWA" if year < 2019 else "BELUM/TIDAK BEKERJA"
        elif sex == "F":
            job = r.choice(("MENGURUS RUMAH TANGGA", "WIRASWASTA", "GURU", "PEDAGANG"))
        else:
            job = r.choice(
                (
                    "WIRASWASTA",
                    "PETANI/PEKEBUN",
                    "NELAYAN/PERIKANAN",
                    "SOPIR",
                    "KARYAWAN SWASTA",
                    "BURUH HARIAN LEPAS",
                )
            )
        p = {
            "n": full,
            "N": full.upper(),
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "lf": family.lower(),
            "ty": ty,
            "TY": ty.upper(),
            "sex": sex,
            "region": region,
            "nik": self.fmt_nik(nik),
            "nikb": nik,
            "nikg": groups(nik),
            "nikd": f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}",
            "nikh": groups(nik, 4, "-"),
            "nikc": groups(nik, 4, ", "),
            "nikp": groups(nik, 2),
            "niko": self.ocr(nik),
            "nikt": nik.replace("0", "O") if "0" in nik[4:] else self.ocr(nik),
            "nikf": self.fifteen(nik),
            "niks": self.seventeen(nik),
            "nikn": self.broken(nik),
            "nikz": self.pdfspaced(nik),
            "nikm": self.masked(nik),
            "dob": "%02d-%02d-%d" % (dd, mm, year),
            "age": str(self.year - year),
            "JK": "PEREMPUAN" if sex == "F" else "LAKI-LAKI",
            "TL": REGENCY_TOWN.get(region6[2:4], "KUPANG"),
            "KER": job,
            "npwpn": nik,
            "npwpg": groups(nik),
            "npwp": npwp_dot if r.random() < 0.75 else old,
            "npwpd": npwp_dot,
            "npwps": f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}",
            "npwpo": r.choice(
                (
                    npwp_dot.replace(".", ",", 1),
                    npwp_dot[:-3] + "OOO",
                    npwp_dot.replace(".", ",", 1)[:-3] + "O0O",
                )
            ),
            "bpjs": card,
            "bpjsg": f"{card[:4]} {card[4:8]} {card[8:12]} {card[12]}",
            "bpjso": self.ocr(card, 3),
            "vab": "88888" + card[2:],
            "em": f"{local}@{r.choice(HOSTS)}",
            "emk": f"{gl}.{fl}@{r.choice(OFFICE_HOSTS)}",
        }
        self.people[i] = p
        return p

    def family_card(self, j: int) -> str:
        if j not in self.families:
            r = self.rng
            region6 = self.region if r.random() < 0.85 else self.other_region()
            self.families[j] = (
                region6
                + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(10, 25))
                + "%04d" % r.randint(1, 9999)
            )
        return self.families[j]

    # -- numbers
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def mobile_raw(self) -> str:
        prefix = self.rng.choice(
            (
                "0812",
                "0813",
                "0821",
                "0822",
                "0823",
                "0852",
                "0853",
                "0811",
                "0815",
                "0857",
                "0858",
                "0817",
                "0818",
                "0819",
                "0877",
                "0878",
                "0895",
                "0896",
                "0881",
                "0838",
            )
        )
        return prefix + self.digits(self.rng.choice((7, 8, 8, 8)))

    def mobile(self) -> str:
        raw = self.mobile_raw()
        rest = raw[1:]
        k = self.rng.randint(0, 10)
        if k <= 3:
            return raw
        if k == 4:
            return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        if k == 5:
            return f"{raw[:4]} {raw[4:8]} {raw[8:]}"
        if k == 6:
            return f"{raw[:4]}.{raw[4:8]}.{raw[8:]}"
        if k == 7:
            return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
        if k == 8:
            return "+62" + rest
        if k == 9:
            return "62" + rest
        return f"{raw[:4]}-{raw[4:]}"

    def landline(self) -> str:
        d = "8" + self.digits(5)
        return self.rng.choice((f"0380 {d}", f"(0380) {d}", f"(0380) {d[:3]} {d[3:]}", f"0380-{d}"))

    def npwp_body(self) -> str:
        d = self.digits(9)
        kpp = self.rng.choice(("920", "921", "922"))
        return self.rng.choice(
            (f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{kpp}.000", f"{d}{kpp}000", f"0{d}{kpp}000")
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "bri":
            d = r.choice(("0", "3", "4", "7")) + self.digits(14)
            return r.choice((f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}", d))
        if bank == "bni":
            return r.choice(("0", "1")) + self.digits(9)
        if bank == "mdr":
            d = "1" + self.digits(12)
            return r.choice((d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}"))
        d = "0" + self.digits(14)  # Bank NTT
        return r.choice((f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}", d[:14]))

    def home(self, upper: bool = False) -> str:
        r = self.rng
        no = str(r.randint(1, 150)) + (r.choice("ABC") if r.random() < 0.1 else "")
        k = r.random()
        if k < 0.6:
            s = f"{r.choice(HOME_STREETS)} No. {no}"
        elif k < 0.75:
            s = f"{r.choice(HOME_STREETS)} no {no}"
        elif k < 0.87:
            s = f"Gg. {r.choice(('Kakatua', 'Sepakat', 'Mawar', 'Kelor', 'Asoka', 'Melati'))} No. {no}"
        else:
            s = f"Perumnas Blok {r.choice('ABCDEFGHK')} No. {no}"
        return s.upper() if upper else s

    def rt(self) -> str:
        r = self.rng
        a, b = r.randint(1, 45), r.randint(1, 15)
        return r.choice(
            (
                f"RT {a:03d}/RW {b:03d}",
                f"RT {a:02d} RW {b:02d}",
                f"rt {a} rw {b}",
                f"RT {a:02d}/RW {b:02d}",
                f"RT.{a:03d}/RW.{b:03d}",
                f"RT {a}/RW {b}",
                f"RT {a:02d}",
            )
        )

    def timestamp(self, k: int) -> str:
        m = self.minute + 4 * k + self.rng.randint(0, 3)
        h, mi = divmod(m, 60)
        style = self.cache.setdefault("_ts", str(self.rng.randint(0, 2)))
        if style == "0":
            return "%02d/%02d/%d %02d.%02d" % (self.day, self.month, self.year, h, mi)
        if style == "1":
            return "%02d/%02d/%02d %02d.%02d" % (self.day, self.month, self.year % 100, h, mi)
        return "%d %s %d %02d.%02d" % (self.day, MONTHS[self.month - 1], self.year, h, mi)

    def date(self) -> str:
        r = self.rng
        d, m = r.randint(1, 28), r.randint(1, 12)
        return r.choice(
            (
                "%02d/%02d/%d" % (d, m, self.year),
                "%d %s %d" % (d, MONTHS[m - 1], self.year),
                "%02d-%02d-%d" % (d, m, self.year),
            )
        )

    def amount(self) -> str:
        r = self.rng
        v = r.choice(
            (35, 50, 75, 110, 150, 200, 225, 300, 400, 600, 750, 900, 1200, 1800, 2400, 3500)
        )
        while str(v) in self.amounts:
            v += r.choice((25, 50, 100))
        self.amounts.add(str(v))
        v *= 1000
        s = f"{v:,}".replace(",", ".")
        return r.choice((f"Rp {s}", f"Rp{s}", f"Rp. {s},-"))

    def value(self, name: str, key: str) -> str:
        """The value of placeholder ``{name<key>}``."""
        r = self.rng
        person_fields = (
            "n N l g G lg f F lf ty TY nik nikb nikg nikd nikh nikc nikp niko nikt nikf niks nikn"
            " nikz nikm dob age JK TL KER npwpn npwpg npwp npwpd npwps npwpo bpjs bpjsg bpjso vab em emk"
        ).split()
        if name in person_fields:
            return self.person(int(key or "1"))[name]
        if name in BASED:
            base = "{%s%s}" % (BASED[name], key)
            if base not in self.cache:
                self.cache[base] = self.value(BASED[name], key)
            if name.isupper():
                return self.cache[base].upper()
            return self.cache[base].lower().replace(" ", "")
        if name.startswith("kk") and name != "kks":
            raw = self.family_card(int(key or "1"))
            form = name[2:]
            if form == "":
                return raw if r.random() < 0.65 else groups(raw)
            return {
                "b": lambda: raw,
                "g": lambda: groups(raw),
                "o": lambda: self.ocr(raw),
                "n": lambda: self.broken(raw),
                "f": lambda: self.fifteen(raw),
                "c": lambda: groups(raw, 4, ", "),
                "p": lambda: groups(raw, 2),
                "h": lambda: groups(raw, 4, "-"),
                "z": lambda: self.pdfspaced(raw),
            }[form]()
        if name == "hp":
            return self.mobile()
        if name == "hpx":
            return self.mobile()
        if name == "owa":
            return self.mobile()
        if name in ("tel", "otel"):
            return self.landline()
        if name == "addr":
            return self.home()
        if name == "ADDR":
            return self.home(upper=True)
        if name == "rt":
            return self.rt()
        if name == "RT":
            return self.rt().upper()
        if name == "rtn":
            return "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15))
        if name == "street":
            return r.choice(PUBLIC_STREETS)
        if name == "STREET":
            return r.choice(PUBLIC_STREETS).upper()
        if name == "kel":
            return r.choice(KELURAHAN)
        if name == "KEL":
            return r.choice(KELURAHAN).upper()
        if name == "kelx":
            return r.choice(KELURAHAN).lower().replace(" ", "")
        if name == "kec":
            return r.choice(KECAMATAN)
        if name == "KEC":
            return r.choice(KECAMATAN).upper()
        if name == "kab":
            return r.choice(tuple(REGENCY_NAME.values()))
        if name == "puskes":
            return r.choice(PUSKESMAS)
        if name == "PUSKES":
            return r.choice(PUSKESMAS).upper()
        if name == "AG":  # the family's religion, as its head's name suggests
            return {"bugis": "ISLAM", "java": "ISLAM", "bali": "HINDU"}.get(
                self.person(int(key or "1"))["region"], r.choice(("KRISTEN", "KRISTEN", "KATHOLIK"))
            )
        if name == "ts":
            return self.timestamp(int(key or "1"))
        if name == "tgl":
            return self.date()
        if name == "jam":
            return "%02d.%02d" % (r.randint(7, 21), r.choice((0, 10, 15, 30, 45)))
        if name == "rp":
            return self.amount()
        if name == "year":
            return str(self.year)
        if name == "bulan":
            return r.choice(MONTHS)
        if name == "hari":
            return r.choice(("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"))
        if name == "num":
            return str(r.randint(2, 160))
        if name == "few":
            return str(r.randint(2, 7))
        if name in ("smp", "sdn"):
            return str(r.randint(1, 22))
        if name == "bank":
            return r.choice(BANKS)
        if name == "cv":
            return r.choice(CVS)
        if name == "kop":
            return r.choice(KOPERASI)
        if name == "kodepos":
            return "851%02d" % r.randint(11, 48)
        # look-alikes: numbers that are no person's identity
        if name == "lapor":
            return "LAPOR-5371-%d-%05d" % (self.year, r.randint(1, 99999))
        if name == "tiket":
            return r.choice(
                (
                    "#LPR-%d-%04d-%04d" % (self.year, r.randint(1, 9999), r.randint(1, 9999)),
                    "%02d%02d-%04d-%03d"
                    % (self.year % 100, self.month, r.randint(1000, 9999), r.randint(1, 999)),
                )
            )
        if name == "va":
            return r.choice(
                (
                    "8808 " + " ".join(self.digits(4) for _ in range(3)),
                    "7007" + self.digits(12),
                    "9880" + self.digits(12),
                    "8277 " + self.digits(4) + " " + self.digits(8),
                )
            )
        if name == "vaz":
            return "88888" + "0" + self.digits(10)
        if name == "billing":
            return "82%d" % self.year + self.digits(9)
        if name == "plnid":
            return r.choice(("5312", "5311", "5310")) + self.digits(8)
        if name == "meter":
            return r.choice(("14", "45", "56")) + self.digits(9)
        if name == "token":
            return " ".join(self.digits(4) for _ in range(5))
        if name == "samb":
            return "%02d-%02d-%06d" % (r.randint(1, 9), r.randint(1, 30), r.randint(1, 999999))
        if name == "nop":
            nop = "5371%03d%03d%03d%04d%d" % (
                r.randint(10, 60),
                r.randint(1, 30),
                r.randint(1, 99),
                r.randint(1, 9999),
                r.choice((0, 0, 7)),
            )
            if r.random() < 0.7:
                return f"{nop[:2]}.{nop[2:4]}.{nop[4:7]}.{nop[7:10]}.{nop[10:13]}-{nop[13:17]}.{nop[17]}"
            return nop
        if name == "nip":
            nip = "19%02d%02d%02d%d%02d%d%03d" % (
                r.randint(66, 85),
                r.randint(1, 12),
                r.randint(1, 28),
                r.choice((1995, 1998, 2001, 2003, 2005, 2008, 2010)),
                r.randint(1, 12),
                r.randint(1, 2),
                r.randint(1, 20),
            )
            if r.random() < 0.6:
                return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
            return nip
        if name == "skdik":
            return "421.2/%d/DISDIK/%d" % (r.randint(100, 999), self.year)
        if name == "skpeg":
            return "800/%d/BKPSDM/%d" % (r.randint(100, 999), self.year)
        if name == "skwali":
            return "188.45/%d/HK/%d" % (r.randint(10, 400), self.year)
        if name == "skdk":
            return "470/%d/DKCS/%d" % (r.randint(100, 999), self.year)
        if name == "skel":
            return "%s/%d/KEL/%d" % (r.choice(("474", "145", "470")), r.randint(10, 600), self.year)
        if name == "surat":
            return "460/%d/DINSOS/%d" % (r.randint(10, 900), self.year)
        if name == "pbg":
            return "SIMBG-5371-%02d%02d%d-%02d" % (
                self.day,
                self.month,
                self.year,
                r.randint(1, 99),
            )
        if name == "st":
            return "B-%d/53710/VS.%03d/%d" % (r.randint(100, 999), r.randint(100, 300), self.year)
        if name == "rtno":
            return str(r.randint(1, 45))
        if name == "hh":
            return str(r.randint(25, 90))
        if name == "iuran":
            return r.choice(
                ("Rp 35.000", "Rp 100.000", "Rp 150.000", "Rp 70.000", "Rp 105.000", "Rp 300.000")
            )
        if name == "reg":
            return "%d%02d%s" % (self.year, self.month, self.digits(7))
        if name == "regd":
            return "5371" + "%d%02d%02d" % (self.year, self.month, self.day) + self.digits(8)
        if name == "akta":
            return "5371-LT-%02d%02d%d-%04d" % (
                r.randint(1, 28),
                r.randint(1, 12),
                self.year,
                r.randint(1, 9999),
            )
        if name == "kks":
            return (
                r.choice(("6013 01", "5264 22", "6032 98"))
                + self.digits(2)
                + " "
                + self.digits(4)
                + " "
                + self.digits(4)
            )
        if name == "dtks":
            return "%d%s" % (self.year - r.randint(1, 5), self.digits(12))
        if name == "trx":
            return "%d%02d%02d" % (self.year, self.month, self.day) + self.digits(8)
        if name == "kpj":
            return r.choice(("23", "19", "20", "24")) + self.digits(9)
        if name == "npsn":
            return "503%s" % self.digits(5)
        if name == "nib":
            return "91%s" % self.digits(11)
        if name == "sep":
            return "1701R%03d%02d%02dV%06d" % (
                r.randint(1, 20),
                self.month,
                self.year % 100,
                r.randint(1, 999999),
            )
        if name == "rm":
            return "%02d-%02d-%02d" % (r.randint(0, 99), r.randint(0, 99), r.randint(0, 99))
        if name == "rujuk":
            return "17010%s%s" % (self.digits(4), self.digits(10))
        if name == "npwpb":
            return self.npwp_body()
        if name == "npwpbn":
            return "0" + self.digits(9) + r.choice(("920", "921")) + "000"
        if name == "npwpdw":
            return "P.2.%s.%02d.%02d" % (self.digits(7), r.randint(1, 6), r.randint(1, 12))
        if name == "rekb":
            return self.account(r.choice(("bri", "bni", "ntt", "mdr")))
        if name in ("bri", "bni", "mdr", "ntt"):
            return self.account(name)
        if name == "antri":
            return "%s-%03d" % (r.choice("ABCD"), r.randint(1, 250))
        if name == "nisn":
            return "00%s" % self.digits(8)
        if name == "paspor":
            return r.choice("CEX") + self.digits(7)
        if name == "bupot":
            return "1.3-%02d.%02d-%07d" % (self.month, self.year % 100, r.randint(1, 9999999))
        if name == "cif":
            return r.choice("ABCDEFGHJK") + r.choice("ABCDEFGHJK") + self.digits(5)
        if name == "skpwni":
            return "SKP/5371/%02d%02d%d/%04d" % (
                r.randint(1, 28),
                r.randint(1, 12),
                self.year,
                r.randint(1, 9999),
            )
        if name == "ujian":
            return "%d%s" % (self.year % 100, self.digits(12))
        if name == "ref":
            return "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        raise KeyError(name)


PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        if key not in fl.cache:
            fl.cache[key] = fl.value(m.group(1), m.group(2))
        return fl.cache[key]

    return PLACEHOLDER.sub(sub, template)


def extract(marked: str) -> tuple[str, list[dict[str, object]], list[str]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        kind = KINDS[m.group(1).lower()]
        val = m.group(2)
        spans.append({"kind": kind, "start": length, "end": length + len(val)})
        values.append(val)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, values


NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
ADDRESS_START = re.compile(
    r"(?i)(jl\.?|jalan|gg\.|rt\b|rt\.|rt/rw|perumnas|kompleks|lr\.|\d{3}/\d{3})"
)


def dob_ok(raw: str, kind: str) -> bool:
    """A 16-digit NIK's birth date (women +40) or a KK's issue date is a real date."""
    day, month = int(raw[6:8]), int(raw[8:10])
    if kind == "nik" and day > 40:
        day -= 40
    return raw.startswith("53") and 1 <= day <= 31 and 1 <= month <= 12


def problems(text: str, spans: list[dict[str, object]], values: list[str]) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    for s, v in zip(spans, values, strict=True):
        st, en, kind = s["start"], s["end"], s["kind"]
        seg = text[st:en]
        if not seg or seg != v or not (0 <= st < en <= len(text)):
            bad.append("bad span")
            continue
        if kind not in KINDS.values():
            bad.append("kind")
        if (
            seg != seg.strip()
            or (not seg[0].isalnum() and not (kind == "phone" and seg[0] in "+("))
            or not seg[-1].isalnum()
        ):
            bad.append(f"edge {seg!r}")
        for k in range(st, en):
            inside[k] = True
        alnum = sum(c.isalnum() for c in seg)
        digits = sum(c.isdigit() for c in seg)
        if kind == "name":
            first = re.split(r"[\s.]+", seg)[0].lower()
            if first in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or any(c.isdigit() for c in seg):
                bad.append(f"name chars {seg!r}")
        elif kind == "phone" and not 9 <= digits <= 14:
            bad.append(f"phone digits {seg!r}")
        elif kind in ("nik", "kk"):
            if not 15 <= alnum <= 17 or digits < 11 or re.search(r"[^0-9OlISB .,\-\n]", seg):
                bad.append(f"{kind} {seg!r}")
            clean = re.sub(r"[ .,\-\n]", "", seg)
            if clean.isdigit() and len(clean) == 16 and not dob_ok(clean, kind):
                bad.append(f"{kind} date {seg!r}")
        elif kind == "npwp" and alnum not in (15, 16):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs" and (alnum != 13 or not seg.startswith("000")):
            bad.append(f"bpjs {seg!r}")
        elif kind == "bank_account" and not 10 <= digits <= 16:
            bad.append(f"account {seg!r}")
        elif kind == "email" and not (
            "@" in seg or re.search(r"\b(at|keong|et)\b|\[@\]", seg.lower())
        ):
            bad.append(f"email {seg!r}")
        elif kind == "address" and not ADDRESS_START.match(seg):
            bad.append(f"address {seg!r}")
    # every other occurrence of a labelled name word or number is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        if s["kind"] == "name":
            for word in re.findall(r"[A-Za-z]{3,}", seg):
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append(f"unlabelled name word {word!r}")
        elif s["kind"] in NUMERIC:
            d = "".join(c for c in seg if c.isdigit())
            if len(d) < 8:
                continue
            pos = [k for k, c in enumerate(text) if c.isdigit()]
            joined = "".join(text[k] for k in pos)
            start = joined.find(d)
            while start != -1:
                if not all(inside[pos[k]] for k in range(start, start + len(d))):
                    bad.append(f"unlabelled repeat of {seg!r}")
                start = joined.find(d, start + 1)
            for m in re.finditer(re.escape(seg), text):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
    return bad


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    K: tuple[int, ...] = (),
    O: tuple[int, ...] = (),
    B: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    spec = {"F": F, "M": M, "K": K, "O": O, "B": B, "fam": fam or {}}
    return (style, theme, text.strip(), spec, U)


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, spec, upper) in enumerate(TEMPLATES):
        assert style in STYLES, style
        assert theme in THEMES, theme
        made = 0
        tries = 0
        last: list[str] = []
        while made < 3:
            tries += 1
            if tries > 400:
                raise SystemExit(f"template {number} ({style}/{theme}) keeps failing: {last}")
            fl = Fill(rng, spec)
            marked = fill(template, fl)
            if upper:
                marked = marked.upper()
            text, spans, values = extract(marked)
            last = problems(text, spans, values)
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    return [
        {
            "id": "d26-%04d" % k,
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]


def report(records: list[dict[str, object]], digest: str) -> None:
    kinds = sorted(KINDS.values())
    print("SHA-256", digest)
    print(
        "templates",
        len(TEMPLATES),
        "texts",
        len(records),
        "spans",
        sum(len(r["spans"]) for r in records),
    )
    empty = sum(1 for r in records if not r["spans"])
    print("without spans %d (%.1f %%)" % (empty, 100 * empty / len(records)))
    for field, values in (("style", STYLES), ("theme", THEMES)):
        print()
        print("| %s | texts | without spans | %s |" % (field, " | ".join(kinds)))
        print("|---|---:|---:|%s" % ("---:|" * len(kinds)))
        total: Counter[str] = Counter()
        for v in values:
            rows = [r for r in records if r[field] == v]
            c = Counter(s["kind"] for r in rows for s in r["spans"])
            total.update(c)
            print(
                "| %s | %d | %d | %s |"
                % (
                    v,
                    len(rows),
                    sum(1 for r in rows if not r["spans"]),
                    " | ".join(str(c[k]) for k in kinds),
                )
            )
        print(
            "| **total** | %d | %d | %s |"
            % (len(records), empty, " | ".join(str(total[k]) for k in kinds))
        )
    per = Counter(s["kind"] for r in records for s in r["spans"])
    print()
    print("spans per kind:", ", ".join(f"{k} {v}" for k, v in per.most_common()))
    odd = Counter()
    for r in records:
        for s in r["spans"]:
            seg = r["text"][s["start"] : s["end"]]
            if s["kind"] in ("nik", "kk"):
                clean = re.sub(r"[ .,\-\n]", "", seg)
                if "\n" in seg:
                    odd[s["kind"] + " over a line break"] += 1
                if not clean.isdigit():
                    odd[s["kind"] + " with letters for digits"] += 1
                elif len(clean) != 16:
                    odd[s["kind"] + " of %d digits" % len(clean)] += 1
                elif clean != seg:
                    odd[s["kind"] + " with separators"] += 1
    print("writings:", ", ".join(f"{k} {v}" for k, v in sorted(odd.items())))


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(records) >= 600, len(records)
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= 55 for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= 0.3 * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    assert per["nik"] >= 60, per["nik"]
    assert per["kk"] >= 40, per["kk"]
    pairs = defaultdict(set)
    for r in records:
        pairs[r["style"]].add(r["theme"])
    for s in STYLES:
        assert len(pairs[s]) >= 5, (s, pairs[s])
    assert len({r["id"] for r in records}) == len(records)


def main() -> None:
    records = build()
    check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name,
# {f1}/{F1} family name, {ty1}/{TY1} the name misspelt by a letter), {nik1} NIK in a random
# writing, {nikb1} one block, {nikg1} groups of four, {nikd1} dots, {nikh1} dashes, {nikc1}
# commas, {nikp1} pairs, {niko1} OCR letters for digits, {nikt1} O typed for 0, {nikf1} 15
# digits, {niks1} 17 digits, {nikn1} broken by a line break, {nikz1} broken by stray spaces,
# {nikm1} masked by an office (not labelled), {dob1}/{JK1}/{TL1}/{KER1} as the NIK says,
# {npwp1} old NPWP, {npwpn1} the NIK as NPWP, {bpjs1} JKN card, {vab1} its payment VA (not
# labelled), {em1}/{emk1} mailboxes. Family card j: {kk1} … {kkb1}, {kkg1}, {kko1}, {kkn1},
# {kkf1}, {kkc1}, {kkp1}, {kkh1}. Look-alikes: {nop}, {nip}, {sk}, {surat}, {reg}, {regd},
# {va}, {billing}, {plnid}, {meter}, {samb}, {npsn}, {nib}, {kks}, {dtks}, {kpj}, {sep},
# {npwpb}/{npwpbn} a body's NPWP, {rekb} a body's account, {hpx} a scam's number, {owa}/{otel}
# an office's lines …

TEMPLATES: list[tuple] = []

# ---- sms_1708: SMS to 1708, "KOTKUPANG <keluhan>", lower case and capitals
TEMPLATES += [
    T(
        "sms_1708",
        "nik_written",
        "KOTKUPANG sy mau urus akta anak tp NIK sy [[nik:{nik1}]] katanya tdk terdaftar di database Dukcapil, pdhl KTP-el sdh ada sejak 2015. sdh 3x dtg kantor. mohon dibantu. [[n:{g1}]] [[p:{hp1}]]",
    ),
    T(
        "sms_1708",
        "family_card",
        "KOTKUPANG KK SY NO [[kk:{kkb1}]] BLM DIUPDATE PDHL ANAK KE-3 SDH LAHIR {tgl1}. PETUGAS BILANG BLANKO HABIS. TLG DIPROSES. [[n:{N1}]] [[a:{rt1}]] KEL {KEL1}",
        U=True,
    ),
    T(
        "sms_1708",
        "beneficiaries",
        "kotkupang sy KPM PKH sejak 2019 tp bantuan tdk masuk 2 tahap. NIK [[nik:{nik1}]] no KK [[kk:{kk1}]]. pendamping blm ada kabar. sy tinggal di [[a:{rt1}]] kel {kel1}. tks",
    ),
    T(
        "sms_1708",
        "health",
        "KOTKUPANG kartu KIS sy no [[bpjs:{bpjs1}]] tiba2 nonaktif, di puskesmas {puskes1} disuruh bayar umum {rp1}. NIK sy [[nik:{nik1}]]. mohon dicek ke dinsos. dr [[n:{l1}]]",
    ),
    T(
        "sms_1708",
        "nik_written",
        "KOTKUPANG NIK SY [[nik:{niks1}]] DITOLAK TERUS WAKTU DAFTAR ANTRIAN ONLINE RSUD, KATANYA TDK VALID. SDH SY KETIK BERKALI2. TLG DIBANTU. [[n:{N1}]] HP [[p:{hp1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "requests",
        "KOTKUPANG mau tanya, RT minta kirim NIK dan KK lewat sms utk verifikasi BLT. ini data sy: NIK [[nik:{nikg1}]] KK [[kk:{kkg1}]]. benar hrs kirim begini kah? takut disalahgunakan. [[n:{g1}]]",
    ),
    T(
        "sms_1708",
        "tax",
        "KOTKUPANG sy pensiunan guru. NPWP lama sy [[npwp:{npwp1}]], skrg kata kantor pajak NPWP sy sama dgn NIK [[npwp:{npwpn1}]] tp di aplikasi blm bisa login. antri di KPP dr pagi. mohon info. [[n:{g1}]]",
        O=(1,),
    ),
    T(
        "sms_1708",
        "family_card",
        "KOTKUPANG bapa sy sdh meninggal {tgl1} tp msh tercatat di KK [[kk:{kk1}]] dgn NIK [[nik:{nik2}]]. mau urus akta kematian disuruh bolak balik kelurahan-dukcapil. tlg. [[n:{g1}]] [[p:{hp1}]]",
        M=(2,),
        O=(2,),
    ),
    T(
        "sms_1708",
        "family_card",
        "KOTKUPANG NIK KK sy (maksudnya nomor kartu keluarga) [[kk:{kkh1}]], nama kepala keluarga tertulis [[n:{ty1}]], harusnya [[n:{n1}]]. sdh lapor ke loket tp disuruh bawa ijazah. mohon perbaikan. hp [[p:{hp1}]]",
        M=(1,),
    ),
    T(
        "sms_1708",
        "health",
        "KOTKUPANG SY PESERTA BPJS MANDIRI NO [[bpjs:{bpjsg1}]]. BAYAR IURAN LEWAT VA {vab1} DI TELLER BANK NTT DITOLAK, KATANYA NOMOR SALAH. MOHON BANTUAN. [[n:{N1}]]",
        U=True,
    ),
    T(
        "sms_1708",
        "requests",
        "kotkupang sy sdh isi permohonan online dukcapil, no registrasi {regd1}, tp ditolak krn NIK istri [[nik:{nik2}]] beda dgn yg di KK. istri sy [[n:{n2}]]. mohon dicek. [[n:{g1}]] [[p:{hp1}]]",
        F=(2,),
        M=(1,),
    ),
    T(
        "sms_1708",
        "beneficiaries",
        "KOTKUPANG NAMA SY [[n:{N1}]] NIK [[nik:{nikb1}]]. SDH 3 THN TDK DAPAT BPNT PDHL TERDAFTAR DTKS. TETANGGA YG PUNYA MOBIL MALAH DAPAT. [[a:{rt1}]] KEL {KEL1}",
        U=True,
    ),
    T(
        "sms_1708",
        "nik_written",
        "KOTKUPANG nik sy [[nik:{nikt1}]] kenapa tdk muncul di cekbansos, pdhl thn lalu dapat. mohon dicek dinsos. [[n:{g1}]] [[a:{rt1}]]",
    ),
    T(
        "sms_1708",
        "lookalikes",
        "KOTKUPANG tagihan PBB rumah sy NOP {nop1} naik dr {rp1} jadi {rp2}. kode billing {billing1}. luas tanah tdk berubah. mohon penjelasan Bapenda",
    ),
    T(
        "sms_1708",
        "lookalikes",
        "KOTKUPANG token listrik sdh dibeli {rp1} tp tdk masuk. no meter {meter1}, ID pel {plnid1}, no ref {trx1}. tlg PLN cek",
    ),
    T(
        "sms_1708",
        "lookalikes",
        "KOTKUPANG SY SDH DAFTAR ONLINE DUKCAPIL, NO PERMOHONAN {regd1}, NO ANTRIAN {antri1}, TP DI LOKET DISURUH DAFTAR ULANG. PELAYANAN TDK JELAS",
        U=True,
    ),
    T(
        "sms_1708",
        "family_card",
        "KOTKUPANG di RT kami ada {hh1} KK blm dpt air bersih sejak {bulan1}. sdh lapor lurah. mohon tangki dikirim ke {street1}",
    ),
    T(
        "sms_1708",
        "lookalikes",
        "KOTKUPANG guru honor di SD kami blm terima gaji 4 bln. NPSN sekolah {npsn1}, SK pengangkatan no {skdik1}. mohon dinas P dan K jawab",
    ),
    T(
        "sms_1708",
        "tax",
        "KOTKUPANG koperasi kami NPWP {npwpb1} diblokir, katanya blm lapor SPT badan. pdhl sdh lapor {tgl1}. tlg KPP dicek",
    ),
    T(
        "sms_1708",
        "health",
        "KOTKUPANG KLAIM JHT BPJS KETENAGAKERJAAN SY NO KPJ {kpj1} SDH 2 BLN TDK CAIR. NO PENGAJUAN {reg1}. MOHON DIBANTU",
        U=True,
    ),
    T(
        "sms_1708",
        "requests",
        "KOTKUPANG ada org keliling rumah2 minta foto KTP dan KK, bilang utk bantuan dr dinsos. benar atau tdk? warga kel {kel1} takut data disalahgunakan",
    ),
    T(
        "sms_1708",
        "lookalikes",
        "KOTKUPANG SK pensiun bapak no {skpeg1} sdh keluar tp taspen blm bayar. NIP {nip1}. sdh 5 bln. mohon BKPSDM bantu",
    ),
]

# ---- wa_forward: forwarded WhatsApp chats and broadcasts
TEMPLATES += [
    T(
        "wa_forward",
        "requests",
        "*Diteruskan*\n[{ts1}] Pendamping PKH: Bapa mama KPM yang belum kirim NIK dan No KK, tolong kirim hari ini sebelum jam {jam1}.\n[{ts2}] [[n:{n1}]]: Ini punya sy: [[nik:{nikb1}]] / [[kk:{kkb1}]]\n[{ts3}] [[n:{g2}]]: NIK [[nik:{nik2}]] KK [[kk:{kk2}]]\n[{ts4}] Pendamping PKH: Trima kasih, su masuk.",
    ),
    T(
        "wa_forward",
        "family_card",
        "[{ts1}] [[n:{lg1}]]: bu, foto KK sy buram, sy ketik sj ya\nNo. KK [[kk:{kkg1}]]\n1. [[n:{N1}]] [[nik:{nikb1}]] KEPALA KELUARGA\n2. [[n:{N2}]] [[nik:{nikb2}]] ISTRI\n3. [[n:{N3}]] [[nik:{nikb3}]] ANAK\n[{ts2}] Operator Kelurahan: baik pak, sy input dulu.",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "wa_forward",
        "nik_written",
        "*Diteruskan*\n[{ts1}] Kader Posyandu: Data lansia utk vaksin, tolong cek:\n1. [[n:{n1}]] NIK [[nik:{nikb1}]]2. [[n:{n2}]] NIK [[nik:{nikb2}]]3. [[n:{n3}]] NIK [[nik:{nikb3}]]\n[{ts2}] [[n:{g4}]]: Kak, nomor 2 su meninggal bulan lalu.",
        O=(1, 2, 3),
    ),
    T(
        "wa_forward",
        "beneficiaries",
        "[{ts1}] Ketua RT {rtno1}: Bapa mama, ini nama yang diusulkan dapat BLT-DD. Kalau NIK salah tolong japri:\n- [[n:{n1}]] [[nik:{nik1}]]\n- [[n:{n2}]] [[nik:{nikf2}]]\n- [[n:{n3}]] [[nik:{nik3}]]\n[{ts2}] [[n:{g2}]]: Pak RT, NIK sy yg benar [[nik:{nikb2}]], di daftar kurang 1 angka.",
    ),
    T(
        "wa_forward",
        "requests",
        "[{ts1}] [[n:{g1}]]: Kaka, Dukcapil minta NIK Kepala Keluarga ko NIK sendiri?\n[{ts2}] [[n:{g2}]]: Dua-dua kasi. NIK kepala keluarga tu bapa pung, yang di KK baris nomor 1.\n[{ts3}] [[n:{g1}]]: Ok. Bapa pung [[nik:{nik3}]], beta pung [[nik:{nik1}]], KK [[kk:{kk1}]]",
        M=(3,),
        O=(3,),
        fam={1: 3},
    ),
    T(
        "wa_forward",
        "health",
        "[{ts1}] [[n:{n1}]]: Admin, kartu KIS mama sy nonaktif. No kartu [[bpjs:{bpjs2}]], NIK mama [[nik:{nik2}]]. Sdh didaftar PBI ka blm? Kalau perlu telp sy [[p:{hp1}]]\n[{ts2}] Admin Dinsos: Mohon tunggu bu, kami cek di SIKS-NG dulu.\n[{ts3}] Admin Dinsos: Sudah aktif kembali per {tgl1}.",
        F=(1, 2),
        O=(2,),
    ),
    T(
        "wa_forward",
        "tax",
        "[{ts1}] Bendahara Sekolah: Bapa ibu guru honor, mohon kirim NPWP utk pelaporan PPh 21.\n[{ts2}] [[n:{n1}]]: Ini punya sy [[npwp:{npwpn1}]]\n[{ts3}] [[n:{n2}]]: NPWP lama sy [[npwp:{npwp2}]], yg baru blm validasi\n[{ts4}] [[n:{n3}]]: Sy blm punya NPWP bu, pakai NIK sj boleh? [[nik:{nik3}]]\n[{ts5}] Bendahara Sekolah: Boleh, trims.",
    ),
    T(
        "wa_forward",
        "nik_written",
        "[{ts1}] [[n:{n1}]]: Bu, NIK sy di aplikasi SIKS tertulis [[nik:{niko1}]], petugas salah ketik huruf. Yg benar [[nik:{nikb1}]].\n[{ts2}] Operator Kelurahan: Baik, nanti kami ajukan perbaikan ke Dinsos.",
    ),
    T(
        "wa_forward",
        "family_card",
        "[{ts1}] Operator Kelurahan: Pak, yang bapak kirim [[kk:{kkb1}]] itu nomor KK, bukan NIK. NIK ada di tabel, baris nama bapak.\n[{ts2}] [[n:{g2}]]: O iya maaf bu. NIK sy [[nik:{nikb2}]]\n[{ts3}] Operator Kelurahan: Sip, sudah.",
        M=(2,),
    ),
    T(
        "wa_forward",
        "beneficiaries",
        "*Diteruskan*\nInfo pencairan BPNT tahap {few1}. KPM di bawah ambil di Kantor Pos Kupang {tgl1}:\n1. [[n:{N1}]] (KK [[kk:{kk1}]])\n2. [[n:{N2}]] (KK [[kk:{kk2}]])\n3. [[n:{N3}]] (KK [[kk:{kk3}]])\nBawa KTP dan KK asli, jangan diwakilkan.",
    ),
    T(
        "wa_forward",
        "nik_written",
        "[{ts1}] [[n:{n1}]]: (pesan suara, sy ketik ulang) NIK saya, sy eja dua-dua ya: [[nik:{nikp1}]]\n[{ts2}] Petugas Dukcapil: Baik, terima kasih, kami cek di SIAK.",
    ),
    T(
        "wa_forward",
        "health",
        "[{ts1}] [[n:{n1}]]: Pak, no BPJS sy [[nik:{nikb1}]] ka?\n[{ts2}] Petugas Puskesmas: Itu NIK ibu. Nomor kartu BPJS 13 angka, depannya 000. Coba lihat di kartu.\n[{ts3}] [[n:{n1}]]: Oh ini [[bpjs:{bpjs1}]]",
        F=(1,),
    ),
    T(
        "wa_forward",
        "family_card",
        "[{ts1}] [[n:{n1}]]: Ini data KK sy copy dari excel:\nNo\tNama\tNIK\tHubungan\n1\t[[n:{N1}]]\t[[nik:{nikb1}]]\tKEPALA KELUARGA\n2\t[[n:{N2}]]\t[[nik:{nikb2}]]\tISTRI\n3\t[[n:{N3}]]\t[[nik:{nikb3}]]\tANAK\nNo KK: [[kk:{kkb1}]]",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "wa_forward",
        "requests",
        "*Diteruskan berkali-kali*\nBANTUAN SUBSIDI {rp1} DARI KEMENSOS!! Ketik NIK#NoKK#Nama kirim ke WA {hpx1}. Cepat sebelum kuota habis.\n[{ts1}] Admin Kelurahan: Bapa mama, itu HOAX. Jangan kirim NIK dan KK ke nomor itu. Info resmi hanya di kantor kelurahan.",
    ),
    T(
        "wa_forward",
        "lookalikes",
        "[{ts1}] Admin Kelurahan: Pelayanan Dukcapil keliling di kantor kelurahan {kel1} hari {hari1} jam {jam1}. Bawa fotokopi KK 2 lembar dan KTP asli. Nomor antrian dibagi di pintu, mulai {antri1}.",
    ),
    T(
        "wa_forward",
        "lookalikes",
        "[{ts1}] Admin PDAM: Pelanggan dengan no sambungan {samb1} s/d {samb2} ada gangguan pipa di {street1}. Perbaikan sampai jam {jam1}. Info lanjut hubungi hotline PDAM {otel1}.",
    ),
    T(
        "wa_forward",
        "beneficiaries",
        "[{ts1}] Pendamping PKH: Pencairan PKH tahap {few1} untuk {num1} KPM di kel {kel1} mulai {tgl1}. Cek di cekbansos.kemensos.go.id pakai nama dan wilayah. JANGAN kasi NIK ke orang yang telepon mengaku petugas.",
    ),
    T(
        "wa_forward",
        "tax",
        "[{ts1}] Admin Bapenda: PBB-P2 tahun {year1} bisa dibayar lewat VA Bank NTT {va1} atau QRIS. NOP lihat di SPPT masing-masing, formatnya 18 angka, contoh {nop1}.",
    ),
    T(
        "wa_forward",
        "lookalikes",
        "[{ts1}] Tata Usaha SMPN {smp1}: Data Dapodik siswa kelas 7 wajib lengkap: NISN, NIK siswa, No KK, nama ibu kandung. Kirim lewat wali kelas, JANGAN di grup ini.",
    ),
    T(
        "wa_forward",
        "health",
        "[{ts1}] Admin Puskesmas {puskes1}: Peserta JKN yang kartunya nonaktif bisa cek di Mobile JKN atau care center 165. VA pembayaran iuran mandiri diawali 88888, contoh {vaz1}.",
    ),
    T(
        "wa_forward",
        "family_card",
        "[{ts1}] Admin Kelurahan: Info: KK yang sudah pakai TTE/barcode tidak perlu cap basah lagi. Nomor KK tetap sama, cetak di HVS 80 gram. Yang KK-nya masih tulisan tangan, silakan ganti di Dukcapil.",
    ),
    T(
        "wa_forward",
        "lookalikes",
        "*Diteruskan*\nTRANSFER BERHASIL\nTanggal {tgl1}\nNo. Ref {trx1}\nKe: RSUD KOTA KUPANG (BLUD) - {rekb1}\nJumlah {rp1}\nBerita: pelunasan biaya rawat",
    ),
]

# ---- web_form: the city portal's complaint form and Dukcapil/Dinsos online forms
TEMPLATES += [
    T(
        "web_form",
        "family_card",
        "Nama Pelapor : [[n:{n1}]]\nNIK : [[nik:{nikb1}]]\nNo. KK : [[kk:{kkb1}]]\nNo. HP/WA : [[p:{hp1}]]\nEmail : [[e:{em1}]]\nAlamat : [[a:{addr1}, {rt1}]], Kel. {kel1}\nKategori : Administrasi Kependudukan\nIsi : KK perubahan (tambah anak) sudah diajukan 2 bulan, nomor permohonan {regd1}, belum jadi. Tiap datang disuruh tunggu.",
    ),
    T(
        "web_form",
        "nik_written",
        "Nama Pelapor : [[n:{n1}]]\nNIK : [[nik:{nikz1}]]\nNo. HP : [[p:{hp1}]]\nKategori : Kesehatan\nIsi : NIK di atas saya salin dari surat keterangan (PDF), tapi aplikasi antrian RSUD menolak. Apakah data saya belum sinkron dengan Dukcapil?",
    ),
    T(
        "web_form",
        "beneficiaries",
        "FORMULIR USULAN DTKS MANDIRI\nNama Kepala Keluarga : [[n:{N1}]]\nNIK Kepala Keluarga : [[nik:{nikb1}]]\nNomor KK : [[kk:{kkb1}]]\nJumlah Anggota Keluarga : {few1}\nAlamat : [[a:{ADDR1}]]\n[[a:RT/RW : {rtn1}]]\nKelurahan : {KEL1}\nNo. HP : [[p:{hp1}]]\nBantuan yang diusulkan : PKH, BPNT\nAlasan : suami sakit stroke, tidak bekerja",
        F=(1,),
    ),
    T(
        "web_form",
        "health",
        "Nama Peserta : [[n:{n1}]]\nNo. Kartu JKN-KIS : [[bpjs:{bpjs1}]]\nNIK : [[nik:{nikb1}]]\nFaskes Tingkat I : Puskesmas {puskes1}\nNo. HP : [[p:{hp1}]]\nIsi : Permohonan pindah faskes ke klinik dekat rumah ditolak 3 kali tanpa alasan.",
    ),
    T(
        "web_form",
        "tax",
        "Nama Wajib Pajak : [[n:{N1}]]\nNPWP : [[npwp:{npwpn1}]]\nNIK : [[nik:{nikb1}]]\nEmail : [[e:{em1}]]\nIsi : Saat lapor SPT Tahunan, NPWP 16 digit saya (sama dengan NIK) ditolak dengan pesan belum validasi. Mohon dibantu.",
    ),
    T(
        "web_form",
        "requests",
        "Nama Pelapor : [[n:{n1}]]\nNo. HP : [[p:{hp1}]]\nData pendukung (NIK, No. KK) : [[nik:{nikb1}]], [[kk:{kkb1}]]\nIsi : Saya diminta petugas kelurahan melengkapi data untuk perbaikan DTKS, sudah saya isi di atas. Mohon ditindaklanjuti.",
    ),
    T(
        "web_form",
        "nik_written",
        "Nama Pelapor : [[n:{n1}]]\nNIK : [[nik:{nikf1}]]\nNo. HP : [[p:{hp1}]]\nKategori : Pendidikan\nIsi : Kolom NIK di formulir pendaftaran sekolah anak selalu merah. Mohon dicek apakah sistem bermasalah.",
    ),
    T(
        "web_form",
        "family_card",
        "PERMOHONAN PENAMBAHAN ANGGOTA KELUARGA (KELAHIRAN)\nNo. KK : [[kk:{kkb1}]]\nNama Kepala Keluarga : [[n:{N1}]]\nNama Anak : [[n:{N3}]]\nTanggal Lahir : {tgl1}\nNIK Ayah : [[nik:{nikb1}]]\nNIK Ibu : [[nik:{nikb2}]]\nNama Ibu : [[n:{N2}]]\nNo. HP Pemohon : [[p:{hp1}]]",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "web_form",
        "lookalikes",
        "Nama Pelapor : [[n:{n1}]]\nNo. HP : [[p:{hp1}]]\nNOP : {nop1}\nTahun Pajak : {year1}\nIsi : Luas bangunan di SPPT 210 m2 padahal rumah saya 72 m2. Kode billing {billing1} sudah terbit, mohon ditinjau sebelum jatuh tempo.",
    ),
    T(
        "web_form",
        "beneficiaries",
        "Nama Pelapor : Dirahasiakan\nKategori : Bantuan Sosial\nIsi : Di RT kami, penerima BLT atas nama [[n:{n2}]] (NIK [[nik:{nik2}]]) sudah meninggal {tgl1}, tetapi bantuan masih dicairkan setiap bulan oleh orang lain. Mohon dicek Dinas Sosial.",
        O=(2,),
    ),
    T(
        "web_form",
        "health",
        "Nama Pelapor : [[n:{n1}]]\nNo. HP : [[p:{hp1}]]\nKategori : Kesehatan\nIsi : Kartu sy [[bpjs:{bpjsg1}]] tidak bisa dipakai di RSUD padahal iuran dipotong kantor. Petugas bilang status PBPU menunggak.",
    ),
    T(
        "web_form",
        "nik_written",
        "Nama Pelapor : [[n:{n1}]]\nKategori : Administrasi Kependudukan\nIsi : Mohon perbaikan tanggal lahir di KTP. Saya salin dari surat pengantar kelurahan: NIK : [[nik:{nikn1}]]\nNo HP [[p:{hp1}]]",
    ),
    T(
        "web_form",
        "tax",
        "Nama Pelapor : [[n:{n1}]]\nPekerjaan : usaha perorangan (kios sembako)\nNPWP : [[npwp:{npwp1}]]\nNo. HP : [[p:{hp1}]]\nIsi : NPWP pribadi saya (usaha perorangan) dipakai pihak lain untuk faktur. Saya tidak pernah jual ke CV tersebut.",
    ),
    T(
        "web_form",
        "lookalikes",
        "Nama Pelapor : Dirahasiakan\nNIK : -\nKategori : Administrasi Kependudukan\nIsi : Blanko KTP-el kosong di Dukcapil sejak {bulan1}. Nomor antrian saya {antri1}, disuruh pakai Surat Keterangan (Suket) dulu. Suket ditolak bank.",
    ),
    T(
        "web_form",
        "lookalikes",
        "Nama Pelapor : (anonim)\nKategori : Listrik\nID Pelanggan : {plnid1}\nNo. Meter : {meter1}\nIsi : Tagihan pascabayar bulan {bulan1} {rp1}, biasanya {rp2}. Petugas catat meter tidak pernah datang.",
    ),
    T(
        "web_form",
        "lookalikes",
        "Nama Sekolah : SD Inpres {kel1}\nNPSN : {npsn1}\nKategori : Pendidikan\nIsi : Dana BOS tahap 1 belum masuk ke rekening sekolah {rekb1}. Operator minta NIK dan No. KK semua siswa diunggah ulang ke Dapodik.",
    ),
    T(
        "web_form",
        "tax",
        "Nama Pelapor : Dirahasiakan\nKategori : Ketenagakerjaan\nIsi : CV tempat saya kerja memotong PPh 21 tapi bukti potong tidak pernah diberikan. NPWP perusahaan {npwpb1}, bukti potong terakhir No. {bupot1}.",
    ),
    T(
        "web_form",
        "beneficiaries",
        "Nama Pelapor : Dirahasiakan\nKategori : Bantuan Sosial\nIsi : Di kelurahan {kel1} ada {num1} KK penerima BPNT yang tidak terima beras bulan {bulan1}. ID DTKS mereka ada di daftar kelurahan, silakan dicek, jangan minta NIK lagi ke warga.",
    ),
    T(
        "web_form",
        "lookalikes",
        "Kategori : Perizinan\nNomor Permohonan PBG : {pbg1}\nNIB : {nib1}\nIsi : Permohonan PBG untuk rumah tinggal sudah 4 bulan belum ada hasil. Retribusi sudah dibayar dengan kode billing {billing1}.",
    ),
    T(
        "web_form",
        "health",
        "Kategori : Kesehatan\nIsi : Di RSUD disuruh fotokopi KK dan KTP tiap kontrol, padahal data sudah di sistem. No. SEP terakhir {sep1}, No. RM {rm1}. Antrian loket BPJS sampai 4 jam.",
    ),
    T(
        "web_form",
        "family_card",
        "Kategori : Administrasi Kependudukan\nIsi : Apakah KK lama yang belum ada barcode masih berlaku? Nomor KK tidak berubah kan? Di bank {bank1} saya ditolak buka rekening karena KK lama.",
    ),
    T(
        "web_form",
        "requests",
        "Nama Pelapor : Dirahasiakan\nKategori : Pelayanan Publik\nIsi : Petugas pendataan di kelurahan {kel1} minta warga kirim foto KK dan KTP ke WA pribadinya, bukan ke nomor kantor. Laporan serupa sudah ada, nomor {lapor1}.",
    ),
]

# ---- lapor_ticket: SP4N-LAPOR! tickets with the offices' replies
TEMPLATES += [
    T(
        "lapor_ticket",
        "family_card",
        "Nomor Laporan : {lapor1}\nJudul : NIK anak tidak masuk KK\nPelapor : [[n:{n1}]]\nIsi : Anak saya [[n:{g3}]] lahir {dob3}, akta sudah terbit tapi di KK [[kk:{kk1}]] belum tercantum, jadi tidak bisa daftar BPJS. NIK anak yang di akta [[nik:{nikb3}]].\nStatus : Diteruskan ke Dinas Dukcapil\n---\nTanggapan Dinas Dukcapil Kota Kupang: Terima kasih. KK Bapak/Ibu sudah diperbarui per {tgl2}, silakan cetak mandiri.",
        B=(3,),
    ),
    T(
        "lapor_ticket",
        "beneficiaries",
        "Nomor Laporan : {lapor1}\nJudul : PKH dialihkan ke orang lain\nPelapor : [[n:{n1}]]\nIsi : Nama saya di SIKS-NG tertulis [[n:{ty1}]] dengan NIK [[nik:{nik1}]], tetapi rekening KKS dibuka atas nama orang lain. No. KKS {kks1}. Rekening BRI saya sendiri [[b:{bri1}]] tidak pernah menerima. Mohon diluruskan.\nStatus : Selesai\n---\nTanggapan Dinas Sosial Kota Kupang: Data sudah kami ajukan perbaikan ke Kemensos dengan ID DTKS {dtks1}.",
    ),
    T(
        "lapor_ticket",
        "tax",
        "Nomor Laporan : {lapor1}\nJudul : NPWP ganda\nPelapor : [[n:{n1}]]\nIsi : Saya punya NPWP lama [[npwp:{npwp1}]] dan sekarang NPWP saya juga ada yang 16 digit, [[npwp:{npwpn1}]] (sama dengan NIK). Tagihan datang dua kali. Mohon digabung.\n---\nTanggapan KPP Pratama Kupang: Silakan datang ke TPT KPP membawa KTP-el. NPWP 15 digit dinonaktifkan setelah pemadanan.",
    ),
    T(
        "lapor_ticket",
        "health",
        "Nomor Laporan : {lapor1}\nJudul : Kartu KIS bayi tidak terbit\nPelapor : [[n:{n1}]]\nIsi : Bayi saya sudah didaftarkan PBI, NIK bayi [[nik:{nikb2}]], No. KK [[kk:{kk1}]]. Sampai sekarang nomor kartu tidak ada. Kartu saya sendiri [[bpjs:{bpjs1}]] aktif.\n---\nTanggapan BPJS Kesehatan Cabang Kupang: Nomor kartu bayi sudah terbit, silakan cek di Mobile JKN. Info lain care center 165.",
        B=(2,),
    ),
    T(
        "lapor_ticket",
        "nik_written",
        "Nomor Laporan : {lapor1}\nJudul : NIK saya dipakai pinjol\nPelapor : [[n:{n1}]]\nIsi : Saya ditagih pinjaman online yang tidak pernah saya ajukan. Mereka pakai NIK saya [[nik:{nik1}]] dan foto KTP. Nomor penagih {hpx1}, mengaku dari kantor hukum.\n---\nTanggapan: Laporan diteruskan ke OJK dan Polresta Kupang Kota.",
    ),
    T(
        "lapor_ticket",
        "requests",
        "Nomor Laporan : {lapor1}\nJudul : Diminta kirim NIK dan KK ke WA pribadi petugas\nPelapor : Anonim\nIsi : Petugas pendataan minta NIK dan KK dikirim ke WA pribadinya. Saya sudah kirim: NIK [[nik:{nik1}]], KK [[kk:{kk1}]]. Apakah ini resmi? Takut disalahgunakan.\n---\nTanggapan Dinas Sosial: Pendataan resmi hanya lewat kelurahan. Kami sarankan tidak mengirim data lewat WA.",
    ),
    T(
        "lapor_ticket",
        "family_card",
        "Nomor Laporan : {lapor1}\nJudul : Data KK tidak sesuai\nPelapor : [[n:{n1}]]\nIsi : Berikut salinan KK saya (copy dari PDF), nama istri salah:\nNo. [[kk:{kkb1}]]\nNama Kepala Keluarga : [[n:{N1}]]\n1 [[n:{N1}]] [[nik:{nikb1}]] LAKI-LAKI {TL1} {dob1}\n2 [[n:{TY2}]] [[nik:{nikz2}]] PEREMPUAN {TL2} {dob2}\nNama istri yang benar [[n:{n2}]].\n---\nTanggapan Dukcapil: Mohon datang dengan buku nikah asli.",
        M=(1,),
        F=(2,),
    ),
    T(
        "lapor_ticket",
        "beneficiaries",
        "Nomor Laporan : {lapor1}\nJudul : Bansos beras salah sasaran\nPelapor : [[n:{n1}]]\nIsi : Di [[a:{rt1}]] kami, di daftar yang ditempel ada nama [[n:{n2}]] padahal dia PNS (NIP {nip1}). Sementara mama saya [[n:{n4}]], NIK [[nik:{nik4}]], janda, tidak dapat.\n---\nTanggapan Dinas Sosial: Akan diverifikasi ulang bersama kelurahan.",
        F=(4,),
        O=(4,),
    ),
    T(
        "lapor_ticket",
        "health",
        "Nomor Laporan : {lapor1}\nJudul : Nomor BPJS keluar nama orang lain\nPelapor : [[n:{n1}]]\nIsi : Di aplikasi Mobile JKN kolom nomor kartu bisa diisi NIK. Saya isi [[nik:{nikb1}]] keluar nama orang lain, [[n:{n2}]]. Nomor kartu saya [[bpjs:{bpjs1}]].\n---\nTanggapan BPJS Kesehatan: Data sudah dikoreksi, mohon dicek ulang.",
    ),
    T(
        "lapor_ticket",
        "nik_written",
        "Nomor Laporan : {lapor1}\nJudul : NIK di surat keterangan salah ketik\nPelapor : [[n:{n1}]]\nIsi : Surat keterangan domisili dari kelurahan mengetik NIK saya [[nik:{niko1}]] (ada huruf, bukan angka), bank tolak. Seharusnya [[nik:{nikb1}]].\nStatus : Diteruskan ke Kelurahan {kel1}",
    ),
    T(
        "lapor_ticket",
        "tax",
        "Nomor Laporan : {lapor1}\nJudul : Bendahara kantor tidak setor pajak\nPelapor : [[n:{n1}]]\nIsi : Saya pegawai honor di kantor kecamatan. PPh saya dipotong tiap bulan tapi di bukti potong NPWP saya [[npwp:{npwp1}]] tidak tercatat. NPWP bendahara {npwpb1} katanya belum setor.\n---\nTanggapan Inspektorat: Diteruskan ke BPKAD.",
    ),
    T(
        "lapor_ticket",
        "family_card",
        "Nomor Laporan : {lapor1}\nJudul : Nomor KK tidak valid di aplikasi sekolah\nPelapor : [[n:{n1}]]\nIsi : Saat daftar SPMB, No. KK [[kk:{kkf1}]] ditolak. Ternyata saya kurang satu angka, yang benar [[kk:{kkb1}]], tapi sekarang akun terkunci. NISN anak {nisn1}.",
    ),
    T(
        "lapor_ticket",
        "requests",
        "Nomor Laporan : {lapor1}\nJudul : Bantuan lansia\nPelapor : [[n:{n1}]]\nIsi : Mohon info kenapa mama saya tidak dapat ASPD.\n---\nTanggapan Dinas Sosial: Atas nama ibu [[n:{n2}]] (NIK [[nik:{nik2}]]) tercatat di DTKS desil 6, tidak memenuhi syarat ASPD. Silakan ajukan sanggah lewat kelurahan.",
        F=(2,),
        O=(2,),
    ),
    T(
        "lapor_ticket",
        "lookalikes",
        "Nomor Laporan : {lapor1}\nJudul : Antrian Dukcapil\nPelapor : Anonim\nIsi : Nomor antrian online {antri1} untuk tanggal {tgl1}, tapi di lokasi disuruh ambil antrian manual. Nomor permohonan {regd1} tidak dikenali petugas.\nStatus : Selesai\n---\nTanggapan Dinas Dukcapil: Mohon maaf, sistem antrian sedang migrasi.",
    ),
    T(
        "lapor_ticket",
        "beneficiaries",
        "Nomor Laporan : {lapor1}\nJudul : Daftar penerima BLT tidak diumumkan\nPelapor : Anonim\nIsi : Kelurahan {kel1} tidak menempel daftar penerima BLT-DD tahun {year1}. Warga tidak tahu siapa yang dapat. Jumlahnya {num1} KK katanya.\n---\nTanggapan Kelurahan: Daftar sudah ditempel di papan pengumuman per {tgl1}.",
    ),
    T(
        "lapor_ticket",
        "tax",
        "Nomor Laporan : {lapor1}\nJudul : Rumah makan tidak pakai alat rekam pajak\nPelapor : Anonim\nIsi : Rumah makan di {street1} pungut pajak 10% tapi tidak pakai tapping box. NPWPD usaha {npwpdw1}, nota nomor {trx1}.\n---\nTanggapan Bapenda: Akan dilakukan pemeriksaan.",
    ),
    T(
        "lapor_ticket",
        "health",
        "Nomor Laporan : {lapor1}\nJudul : Pasien BPJS ditolak\nPelapor : Anonim\nIsi : RS swasta menolak pasien BPJS dengan alasan kamar penuh, padahal ada. Nomor SEP {sep1}, rujukan No. {rujuk1}.\n---\nTanggapan Dinas Kesehatan: Sudah dikonfirmasi ke rumah sakit.",
    ),
    T(
        "lapor_ticket",
        "lookalikes",
        "Nomor Laporan : {lapor1}\nJudul : Tagihan air tidak wajar\nPelapor : Anonim\nIsi : No. sambungan {samb1}, tagihan {bulan1} {rp1}, meter macet. ID transaksi pembayaran {trx1}. Tiket sebelumnya {tiket1}.",
    ),
    T(
        "lapor_ticket",
        "lookalikes",
        "Nomor Laporan : {lapor1}\nJudul : Tunjangan guru ASN\nPelapor : Anonim\nIsi : TPP guru ASN bulan {bulan1} belum cair. Dasar SK Wali Kota {skwali1}. NIP kami ada di data BKPSDM, tidak perlu kami tulis di sini.",
    ),
    T(
        "lapor_ticket",
        "family_card",
        "Nomor Laporan : {lapor1}\nJudul : KK cetak sendiri ditolak\nPelapor : Anonim\nIsi : Dukcapil bilang KK sekarang cetak sendiri di kertas HVS, tapi bank dan sekolah masih minta KK dilegalisir. Mana yang benar?\n---\nTanggapan Dinas Dukcapil: KK dengan TTE sah tanpa legalisir. Nomor KK tidak berubah.",
    ),
    T(
        "lapor_ticket",
        "beneficiaries",
        "Nomor Laporan : {lapor1}\nJudul : KKS diblokir\nPelapor : Anonim\nIsi : Kartu KKS nomor {kks1} diblokir bank, saldo bansos tidak bisa ditarik. ID DTKS {dtks1}. Sudah 2 kali ke bank.",
    ),
    T(
        "lapor_ticket",
        "requests",
        "Nomor Laporan : {lapor1}\nJudul : Petugas minta foto KTP\nPelapor : Anonim\nIsi : Ada yang mengaku petugas sensus minta foto KTP dan KK lewat WA {hpx1}. Saya tidak kirim. Apakah resmi?\n---\nTanggapan BPS Kota Kupang: Petugas resmi membawa surat tugas {st1} dan tidak meminta foto dokumen.",
    ),
]

# ---- call_log: call-centre notes and calls written out
TEMPLATES += [
    T(
        "call_log",
        "requests",
        "Catatan call center 112, {tgl1} {jam1}\nPetugas: Dengan siapa?\nPenelepon: [[n:{n1}]].\nPetugas: NIK Bapak?\nPenelepon: [[nik:{nikc1}]].\nPetugas: Nomor KK-nya?\nPenelepon: [[kk:{kkc1}]].\nPetugas: Baik, keluhan pendaftaran PBI kami teruskan ke Dinsos.",
        M=(1,),
    ),
    T(
        "call_log",
        "nik_written",
        "Petugas: NIK Ibu?\nPelapor: [[nik:{niks1}]].\nPetugas: Itu 17 angka, Bu. Mohon dicek lagi.\nPelapor: Maaf, [[nik:{nikb1}]].\nPetugas: Baik, data Ibu ketemu, status KTP-el sudah dicetak.",
        F=(1,),
    ),
    T(
        "call_log",
        "health",
        "Agen: BPJS Kesehatan, nomor kartunya?\nPenelepon: [[bpjs:{bpjs1}]].\nAgen: Atas nama?\nPenelepon: [[n:{n1}]].\nAgen: Status kartu nonaktif sejak {bulan1} karena tunggakan {rp1}. Bisa dibayar lewat VA {vab1}.",
    ),
    T(
        "call_log",
        "family_card",
        "{jam1} | penelepon [[n:{lg1}]] (tdk sebut marga) | keluhan: KK hilang waktu banjir, minta cetak ulang. No KK yg diingat: [[kk:{kkg1}]]. Disarankan bawa surat kehilangan dari polsek. | selesai",
    ),
    T(
        "call_log",
        "tax",
        "Wajib pajak: Mau tanya NPWP saya.\nPetugas: NPWP Bapak?\nWajib pajak: Yang lama [[npwp:{npwps1}]], yang baru katanya sama dengan NIK, [[npwp:{npwpg1}]].\nPetugas: Baik, sudah padan. Nama di NPWP [[n:{N1}]], betul?\nWajib pajak: Betul.",
        M=(1,),
    ),
    T(
        "call_log",
        "beneficiaries",
        "Catatan call center Dinsos {tgl1}\n- Penelepon: [[n:{n1}]], [[a:{rt1}]] Kel. {kel1}, HP [[p:{hp1}]]\n- Keluhan: BLT tidak diterima padahal nama ada di daftar. NIK di daftar [[nik:{nik1}]], KK [[kk:{kk1}]].\n- Tindak lanjut: diteruskan ke pendamping.",
    ),
    T(
        "call_log",
        "nik_written",
        "Petugas: Boleh NIK-nya?\nPenelepon: [[nik:{nikh1}]].\nPetugas: Atas nama?\nPenelepon: [[n:{n1}]].\nPetugas: Data Ibu ganda di SIAK, kami ajukan penghapusan yang lama.",
        F=(1,),
    ),
    T(
        "call_log",
        "health",
        "Agen: Nomor kartu BPJS Bapak?\nPenelepon: Kartu hilang, saya cuma ingat NIK, [[nik:{nik1}]].\nAgen: Bisa. Atas nama [[n:{n1}]]? Nomor kartu Bapak [[bpjs:{bpjs1}]], status aktif.\nPenelepon: Betul, terima kasih.",
        M=(1,),
    ),
    T(
        "call_log",
        "family_card",
        "Petugas: NIK kepala keluarga?\nPenelepon: [[nik:{nik2}]], itu suami saya, [[n:{n2}]].\nPetugas: Nomor KK?\nPenelepon: [[kk:{kkp1}]].\nPetugas: Terima kasih Ibu, permohonan pisah KK kami catat.",
        M=(2,),
    ),
    T(
        "call_log",
        "requests",
        "Penelepon: Saya [[n:{n1}]], mau lapor NIK saya dipakai orang buka rekening. Ini punya saya: [[nik:{nikg1}]].\nPetugas: Nomor yang menghubungi Ibu?\nPenelepon: {hpx1}, ngaku dari bank.\nPetugas: Jangan dilayani. Kami teruskan ke OJK.",
        F=(1,),
    ),
    T(
        "call_log",
        "nik_written",
        "{jam1} | [[n:{n1}]] | Dukcapil | [[p:{hp1}]] | cek status KTP-el, NIK [[nik:{nikb1}]] | selesai\n{jam2} | Puskesmas {puskes1} | {otel1} | tanya jadwal vaksin | selesai",
    ),
    T(
        "call_log",
        "tax",
        "Petugas: NPWP siapa yang dipakai di faktur?\nPenelepon: NPWP CV kami {npwpb1}. Tapi di faktur tertulis NPWP pribadi saya [[npwp:{npwp1}]].\nPetugas: Atas nama?\nPenelepon: [[n:{n1}]].",
    ),
    T(
        "call_log",
        "beneficiaries",
        "Petugas: Saya cek ya Bu. Atas nama [[n:{n1}]], NIK [[nik:{nik1}]], terdaftar PKH komponen lansia, pencairan lewat kantor pos tanggal {tgl1}.\nPenelepon: Terima kasih, Pak.",
        F=(1,),
        O=(1,),
    ),
    T(
        "call_log",
        "lookalikes",
        "Petugas: Nomor ID pelanggan?\nPenelepon: {plnid1}.\nPetugas: Nomor meter?\nPenelepon: {meter1}.\nPetugas: Gangguan sudah dicatat, nomor laporan {tiket1}.",
    ),
    T(
        "call_log",
        "lookalikes",
        "Petugas: Boleh nomor sambungannya?\nPenelepon: {samb1}.\nPetugas: Tagihan {bulan1} {rp1}, jatuh tempo tanggal 20. Bisa bayar lewat kode {billing1}.",
    ),
    T(
        "call_log",
        "tax",
        "Wajib pajak: Saya mau bayar PBB tapi lupa NOP.\nPetugas: Ada SPPT tahun lalu?\nWajib pajak: Ada, {nop1}.\nPetugas: Kode billing {billing1}, bayar di Bank NTT sebelum 30 September.",
    ),
    T(
        "call_log",
        "health",
        "Agen: BPJS Ketenagakerjaan, nomor KPJ Bapak?\nPenelepon: {kpj1}.\nAgen: Klaim JHT masih verifikasi, nomor pengajuan {reg1}. Estimasi 5 hari kerja.",
    ),
    T(
        "call_log",
        "beneficiaries",
        "Rekap call center Dinsos {tgl1}: {num1} penelepon tanya jadwal BPNT, {few1} tanya cara cek DTKS, {few2} minta ganti KKS. Tidak ada yang diminta NIK lewat telepon. Rekap dikirim ke Kabid Linjamsos.",
    ),
    T(
        "call_log",
        "lookalikes",
        "Petugas: Nomor registrasi permohonan?\nPenelepon: {regd1}.\nPetugas: Status berkas kurang, surat pindah dari {kab1} belum diunggah.\nPenelepon: Baik, besok saya unggah.",
    ),
    T(
        "call_log",
        "family_card",
        "Petugas: Untuk KK baru wajib bawa buku nikah dan KK lama. Nomor KK lama nanti diganti, Pak.\nPenelepon: Berapa lama?\nPetugas: 3 hari kerja kalau berkas lengkap. Ambil antrian nomor {antri1} besok.",
    ),
    T(
        "call_log",
        "lookalikes",
        "Agen: Nomor transaksi?\nNasabah: {trx1}.\nAgen: Pembayaran ke VA {va1} sudah berhasil {tgl1}, dana masuk ke rekening penampung Samsat.",
    ),
    T(
        "call_log",
        "health",
        "{jam1} | Puskesmas {puskes1} | {otel1} | tanya kuota vaksin | selesai\n{jam2} | RSUD S.K. Lerik | {otel2} | konfirmasi rujukan No. {rujuk1} | selesai\n{jam3} | BPJS Kesehatan | 165 | tanya VA {vaz1} | diteruskan",
    ),
]

# ---- scan_ocr: KK, KTP, NPWP, KIS cards, letters and receipts as OCR or a PDF's text gives them
TEMPLATES += [
    T(
        "scan_ocr",
        "family_card",
        "KARTU KELUARGA\nNo. [[kk:{kkb1}]]\nNama Kepala Keluarga : [[n:{N1}]]\nAlamat : [[a:{ADDR1}]]\n[[a:RT/RW : {rtn1}]]\nDesa/Kelurahan : {KEL1}\nKecamatan : {KEC1}\nKabupaten/Kota : KOTA KUPANG\nKode Pos : {kodepos1}\nProvinsi : NUSA TENGGARA TIMUR\nNo Nama Lengkap NIK Jenis Kelamin Tempat Lahir Tanggal Lahir Agama\n1 [[n:{N1}]] [[nik:{nikb1}]] LAKI-LAKI {TL1} {dob1} {AG1}\n2 [[n:{N2}]] [[nik:{nikb2}]] PEREMPUAN {TL2} {dob2} {AG1}\n3 [[n:{N3}]] [[nik:{nikb3}]] {JK3} {TL3} {dob3} {AG1}\n4 [[n:{N4}]] [[nik:{nikb4}]] {JK4} {TL4} {dob4} {AG1}",
        M=(1,),
        F=(2,),
        K=(3, 4),
        fam={3: 1, 4: 1},
    ),
    T(
        "scan_ocr",
        "family_card",
        "KARTU KELUARGA\nNo. [[kk:{kko1}]]\nNama Kepala Keluarga : [[n:{N1}]]\n1 [[n:{N1}]] [[nik:{niko1}]] {JK1}\n2 [[n:{N2}]] [[nik:{nikb2}]] {JK2}\n3 [[n:{N3}]] [[nik:{niko3}]] {JK3}\nNo Status Perkawinan Status Hubungan Kewarganegaraan Nama Ayah Nama Ibu\n1 KAWIN KEPALA KELUARGA WNI [[n:{N5}]] [[n:{N6}]]\n2 KAWIN ISTRI WNI [[n:{N7}]] [[n:{N8}]]\n3 BELUM KAWIN ANAK WNI [[n:{N1}]] [[n:{N2}]]\nDikeluarkan Tanggal : {tgl1}\nKEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG\n[[n:{N9}]]\nNIP. {nip1}",
        M=(1, 5, 7),
        F=(2, 6, 8),
        K=(3,),
        O=(5, 6, 7, 8),
        fam={3: 1, 5: 1, 7: 2},
    ),
    T(
        "scan_ocr",
        "nik_written",
        "PROVINSI NUSA TENGGARA TIMUR\nKOTA KUPANG\nNlK : [[nik:{niko1}]]\nNama : [[n:{N1}]]\nTempat/Tgl Lahir : {TL1}, {dob1}\nJenis Kelamin : {JK1} Gol. Darah : -\nAlamat : [[a:{ADDR1}]]\n[[a:RT/RW : {rtn1}]]\nKel/Desa : {KEL1}\nKecamatan : {KEC1}\nAgama : {AG1}\nStatus Perkawinan : KAWIN\nPekerjaan : {KER1}\nKewarganegaraan : WNI\nBerlaku Hingga : SEUMUR HIDUP",
    ),
    T(
        "scan_ocr",
        "nik_written",
        "PEMERINTAH KOTA KUPANG\nKELURAHAN {KEL1}\nSURAT KETERANGAN DOMISILI\nNomor : {skel1}\nYang bertanda tangan di bawah ini Lurah {kel1} menerangkan bahwa:\nNama : [[n:{N1}]]\nNIK : [[nik:{nikn1}]]\nTempat/Tgl Lahir : {TL1}, {dob1}\nAlamat : [[a:{ADDR1} {RT1}]]\nbenar berdomisili di alamat tersebut.\nKupang, {tgl1}\nLURAH {KEL1}\n[[n:{N2}]]\nNIP. {nip1}",
    ),
    T(
        "scan_ocr",
        "tax",
        "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\nNPWP : [[npwp:{npwpo1}]]\n[[n:{N1}]]\nNIK : [[nik:{nikb1}]]\n[[a:{ADDR1}]] {KEL1}, {KEC1}\nKOTA KUPANG\nKPP PRATAMA KUPANG\nTanggal Terdaftar : {tgl1}",
    ),
    T(
        "scan_ocr",
        "health",
        "KARTU INDONESIA SEHAT\nNo. Kartu : [[bpjs:{bpjso1}]]\nNama : [[n:{N1}]]\nNIK : [[nik:{nikb1}]]\nTgl. Lahir : {dob1}\nFaskes Tingkat I : PUSKESMAS {PUSKES1}",
    ),
    T(
        "scan_ocr",
        "beneficiaries",
        "SURAT KETERANGAN TIDAK MAMPU\nNomor : {skel1}\nLurah {kel1} menerangkan bahwa:\nNama : [[n:{N1}]]\nNIK : [[nik:{nikb1}]]\nNo. KK : [[kk:{kkb1}]]\nPekerjaan : {KER1}\nAlamat : [[a:{ADDR1}]]\nadalah benar keluarga tidak mampu. Surat ini untuk pengajuan PBI JK.\nLURAH {KEL1}\n[[n:{N2}]]",
    ),
    T(
        "scan_ocr",
        "family_card",
        "(salinan dari PDF KK)\nNo. KK : [[kk:{kkn1}]]\n1\n[[n:{N1}]]\n[[nik:{nikb1}]]\nKEPALA KELUARGA\n2\n[[n:{N2}]]\n[[nik:{nikn2}]]\nISTRI\n3\n[[n:{N3}]]\n[[nik:{nikb3}]]\nANAK",
        M=(1,),
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "scan_ocr",
        "family_card",
        "KUTIPAN AKTA KELAHIRAN\nNIK : [[nik:{nikb2}]]\nNo. {akta1}\nBahwa di {TL2} pada tanggal {dob2} telah lahir [[n:{N2}]] anak kedua dari ayah [[n:{N1}]] dan ibu [[n:{N3}]]\nKupang, {tgl1}\nPejabat Pencatatan Sipil",
        M=(1,),
        F=(3,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "scan_ocr",
        "lookalikes",
        "SPPT PBB-P2 TAHUN {year1}\nNOP : {nop1}\nLETAK OBJEK PAJAK : {STREET1} KEL. {KEL1}\nNAMA DAN ALAMAT WAJIB PAJAK :\n[[n:{N1}]]\n[[a:{ADDR2}]]\nKUPANG\nPBB TERHUTANG : {rp1}\nJATUH TEMPO : 30-09-{year1}",
    ),
    T(
        "scan_ocr",
        "lookalikes",
        "BUKU TABUNGAN BRI\nNAMA : [[n:{N1}]]\nNO. REKENING : [[b:{bri1}]]\nNIK : [[nik:{nikb1}]]\nCIF : {cif1}\nUNIT KUPANG {KEL1}",
    ),
    T(
        "scan_ocr",
        "health",
        "BPJS KETENAGAKERJAAN\nKARTU PESERTA\n[[n:{N1}]]\nNo. KPJ : {kpj1}\nNIK : [[nik:{nikb1}]]\nTgl. Kepesertaan : {tgl1}",
    ),
    T(
        "scan_ocr",
        "family_card",
        "SURAT KETERANGAN PINDAH (ANTAR KECAMATAN)\nNomor : {skpwni1}\nNo. KK Asal : [[kk:{kkb1}]]\nNama Kepala Keluarga : [[n:{N1}]]\nAlamat Asal : [[a:{ADDR1}]], KEL. {KEL1}\nNIK Pemohon : [[nik:{nikb1}]]\nAlamat Tujuan : [[a:{ADDR2}]], KEL. {KEL2}\nKeluarga yang pindah:\n1 [[nik:{nikb1}]] [[n:{N1}]]\n2 [[nik:{nikb3}]] [[n:{N3}]]",
        K=(3,),
        fam={3: 1},
    ),
    T(
        "scan_ocr",
        "family_card",
        "KARTU KELUARGA\nNo. [[kk:{kkz1}]]\nNama Kepala Keluarga : [[n:{G1}\n{F1}]]\nAlamat : [[a:{ADDR1}]]\n[[a:RT/RW : {rtn1}]]\n1 [[n:{N1}]] [[nik:{niko1}]] KEPALA KELUARGA\n2 [[n:{N2}]] [[nik:{niko2}]] ISTRI\n(hasil scan HP, kualitas rendah)",
        M=(1,),
        F=(2,),
    ),
    T(
        "scan_ocr",
        "nik_written",
        "Nama : [[n:{N1}]]NIK : [[nik:{nikb1}]]Tempat/Tgl Lahir : {TL1}, {dob1}Jenis Kelamin : {JK1}Alamat : [[a:{ADDR1}]]Agama : {AG1}",
    ),
    T(
        "scan_ocr",
        "lookalikes",
        "PT PLN (PERSERO)\nSTRUK PEMBELIAN LISTRIK PRABAYAR\nNO METER : {meter1}\nIDPEL : {plnid1}\nTARIF/DAYA : R1/900 VA\nRP BAYAR : {rp1}\nSTROOM/TOKEN : {token1}\nREF : {ref1}",
    ),
    T(
        "scan_ocr",
        "tax",
        "T0KO SUMBER BERKAT\n{STREET1} NO. {num1} KUPANG\nTELP {otel1}\nNPWP : {npwpb1}\nNO. NOTA : {trx1}\nBERAS 25 KG 1 x {rp1}\nTOTAL {rp1}\nTERIMA KASIH",
    ),
    T(
        "scan_ocr",
        "lookalikes",
        "KEPUTUSAN KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA KUPANG\nNOMOR : {skdik1}\nTENTANG PENETAPAN GURU HONOR SEKOLAH DASAR\nSD INPRES {KEL1} NPSN {npsn1}\nNama dan NIP pejabat penilai terlampir.\nDitetapkan di Kupang, {tgl1}",
    ),
    T(
        "scan_ocr",
        "health",
        "BUKTI PEMBAYARAN IURAN JKN\nNo. VA : {vaz1}\nJumlah : {iuran1}\nNo. Referensi : {trx1}\nTanggal : {tgl1}\nSimpan struk ini sebagai bukti sah.",
    ),
    T(
        "scan_ocr",
        "lookalikes",
        "TANDA TERIMA BERKAS\nNo. Registrasi : {regd1}\nJenis Layanan : Perubahan KK\nTanggal Masuk : {tgl1}\nPerkiraan Selesai : 14 hari kerja\nLoket : 03\nBawa tanda terima ini saat pengambilan.",
    ),
    T(
        "scan_ocr",
        "tax",
        "NOMOR INDUK BERUSAHA : {nib1}\nNama Pelaku Usaha : KOPERASI {KOP1}\nNPWP : {npwpbn1}\nAlamat Kantor : {STREET1} NO. {num1}, KUPANG\nStatus Penanaman Modal : PMDN",
    ),
    T(
        "scan_ocr",
        "lookalikes",
        "PEMERINTAH KOTA KUPANG\nDINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\n{STREET1} Telp. {otel1}\nPENGUMUMAN\nNomor : {skdk1}\nPelayanan cetak KK dan KTP-el hari Sabtu dibuka pukul 08.00 - 12.00. Nomor antrian diambil di loket mulai {antri1}.",
    ),
]

# ---- notice: lists and notices posted by offices, RTs and schools, pasted into a complaint
TEMPLATES += [
    T(
        "notice",
        "beneficiaries",
        "DAFTAR KPM BLT-DD KELURAHAN {KEL1} TAHAP {few1}\nNo Nama NIK No. KK RT/RW\n1 [[n:{N1}]] [[nik:{nikb1}]] [[kk:{kkb1}]] [[a:{rtn1}]]\n2 [[n:{N2}]] [[nik:{nikb2}]] [[kk:{kkb2}]] [[a:{rtn2}]]\n3 [[n:{N3}]] [[nik:{nikb3}]] [[kk:{kkb3}]] [[a:{rtn3}]]\nPengambilan di kantor lurah {tgl1} membawa KTP dan KK asli.",
    ),
    T(
        "notice",
        "beneficiaries",
        "PENGUMUMAN PENERIMA BANTUAN PANGAN (BERAS 10 KG)\nKelurahan {KEL1}\n1. [[n:{N1}]] - NIK {nikm1}\n2. [[n:{N2}]] - NIK {nikm2}\n3. [[n:{N3}]] - NIK {nikm3}\nSanggahan paling lambat {tgl1} ke kantor kelurahan.",
    ),
    T(
        "notice",
        "beneficiaries",
        "Daftar KPM PKH Komponen Lansia\nNo\tNama\tNIK\tAlamat\n1\t[[n:{N1}]]\t[[nik:{nikb1}]]\t[[a:{ADDR1}]]\n2\t[[n:{N2}]]\t[[nik:{nikb2}]]\t[[a:{ADDR2}]]\n3\t[[n:{N3}]]\t[[nik:{nikb3}]]\t[[a:{ADDR3}]]\nDinas Sosial Kota Kupang",
        O=(1, 2, 3),
    ),
    T(
        "notice",
        "family_card",
        "Nama Kepala Keluarga;NIK KK;No. KK;Desil\n[[n:{N1}]];[[nik:{nikb1}]];[[kk:{kkb1}]];1\n[[n:{N2}]];[[nik:{nikb2}]];[[kk:{kkb2}]];2\n[[n:{N3}]];[[nik:{nikb3}]];[[kk:{kkb3}]];1\nSumber: rekap usulan DTKS Kelurahan {kel1}, {tgl1}",
    ),
    T(
        "notice",
        "health",
        "RT {rtn1} - VERIFIKASI DATA PBI JK\n1. [[n:{N1}]] ([[nik:{nikb1}]]) - aktif\n2. [[n:{N2}]] ([[nik:{nikb2}]]) - perlu perbaikan KK\n3. [[n:{N3}]] ([[nik:{nikb3}]]) - meninggal, dihapus\nYang datanya perlu perbaikan bawa KK asli ke Ketua RT.",
    ),
    T(
        "notice",
        "nik_written",
        "RALAT DAFTAR PENERIMA BLT KELURAHAN {KEL1}\nTertulis: [[n:{TY1}]] NIK [[nik:{nikf1}]]\nSeharusnya: [[n:{N1}]] NIK [[nik:{nikb1}]]\nDemikian ralat ini dibuat untuk diketahui.",
    ),
    T(
        "notice",
        "family_card",
        "KK YANG SUDAH JADI - AMBIL DI LOKET 3\nNo. KK / Nama Kepala Keluarga\n[[kk:{kkb1}]] / [[n:{N1}]]\n[[kk:{kkb2}]] / [[n:{N2}]]\n[[kk:{kkb3}]] / [[n:{N3}]]\nBawa tanda terima berkas. Yang belum tercantum silakan tunggu pengumuman berikut.",
    ),
    T(
        "notice",
        "health",
        "DAFTAR PESERTA PBI JK YANG DINONAKTIFKAN\nNo Nama No. Kartu NIK\n1 [[n:{N1}]] [[bpjs:{bpjs1}]] [[nik:{nikb1}]]\n2 [[n:{N2}]] [[bpjs:{bpjs2}]] [[nik:{nikb2}]]\nPeserta dapat mengajukan reaktivasi ke Dinas Sosial paling lambat {tgl1}.",
    ),
    T(
        "notice",
        "tax",
        "Rekap NPWP guru honor (diminta bendahara)\n[[n:{n1}]] - [[npwp:{npwp1}]]\n[[n:{n2}]] - [[npwp:{npwpn2}]]\n[[n:{n3}]] - belum punya\nYang belum, daftar lewat pajak.go.id atau pakai NIK sebagai NPWP.",
    ),
    T(
        "notice",
        "requests",
        "PENGUMUMAN RT {rtno1} / RW {few1}\nBapa mama yang belum setor fotokopi KK untuk pemutakhiran DTKS: [[n:{n1}]], [[n:{n2}]], [[n:{n3}]]. Paling lambat hari {hari1}. Kalau berhalangan, kirim foto KK ke WA Ketua RT [[n:{n4}]] [[p:{hp4}]].",
    ),
    T(
        "notice",
        "nik_written",
        "DAFTAR CALON PENERIMA DENGAN NIK TIDAK PADAN DUKCAPIL\n1 [[n:{N1}]] [[nik:{niks1}]]\n2 [[n:{N2}]] [[nik:{nikf2}]]\n3 [[n:{N3}]] [[nik:{nikt3}]]\nMohon segera perbaiki NIK di kantor kelurahan dengan membawa KTP-el dan KK.",
    ),
    T(
        "notice",
        "beneficiaries",
        "Daftar lansia penerima ASPD RT {rtno1}\n1. [[n:{n1}]] ({age1}) NIK [[nik:{nik1}]]\n2. [[n:{n2}]] ({age2}) NIK [[nik:{nik2}]]\nPendamping: [[n:{n3}]], HP [[p:{hp3}]]",
        O=(1, 2),
    ),
    T(
        "notice",
        "beneficiaries",
        "REKAP PENERIMA BPNT KELURAHAN {KEL1}\nRT 001: {num1} KK\nRT 002: {num2} KK\nRT 003: {num3} KK\nRT 004: {num4} KK\nData dari SIKS-NG per {tgl1}.",
    ),
    T(
        "notice",
        "family_card",
        "PERSYARATAN PENGURUSAN KK BARU - KELURAHAN {KEL1}\n1. Fotokopi buku nikah/akta perkawinan\n2. KK lama asli\n3. Surat pengantar RT/RW\n4. Formulir F-1.01\nLayanan gratis. Pengaduan: SMS 1708 ketik KOTKUPANG (spasi) keluhan. Kupang, {tgl1}",
    ),
    T(
        "notice",
        "beneficiaries",
        "JADWAL PENCAIRAN PKH TAHAP {few1}\nKantor Pos Kupang, {tgl1} s/d {tgl2}\nKel. {kel1}: jam 08.00-10.00\nKel. {kel2}: jam 10.00-12.00\nBawa KKS dan KTP. KKS hilang urus di bank penyalur.",
    ),
    T(
        "notice",
        "tax",
        "PEMBERITAHUAN JATUH TEMPO PBB-P2 TAHUN {year1}\nJatuh tempo 30 September. Bayar dengan kode billing di SPPT atau NOP (18 angka, contoh {nop1}) di Bank NTT, Kantor Pos atau minimarket. Denda 1% per bulan.",
    ),
    T(
        "notice",
        "health",
        "INFO BPJS KESEHATAN CABANG KUPANG\nMulai {tgl1}, peserta cukup tunjukkan KTP-el di faskes. Kartu fisik tidak wajib. Pembayaran iuran mandiri lewat VA 88888 + nomor kartu. Care center 165.",
    ),
    T(
        "notice",
        "lookalikes",
        "PENGUMUMAN SPMB SMPN {smp1} KUPANG\nNPSN {npsn1}\nSyarat: KK minimal 1 tahun, NISN, akta kelahiran. Nomor pendaftaran dikirim lewat SMS. Pendaftaran {tgl1} sampai {tgl2}.",
    ),
    T(
        "notice",
        "requests",
        "INFO PENGADUAN DINAS SOSIAL KOTA KUPANG\nSMS/WA {owa1}\nTelp. {otel1}\nEmail dinsos.kotakupang@gmail.com\nJangan berikan NIK dan No. KK kepada orang yang mengaku petugas di luar kantor.",
    ),
    T(
        "notice",
        "beneficiaries",
        "PEMUTAKHIRAN DTKS {year1}\nKelurahan {KEL1}: {num1} KK diusulkan, {num2} KK dikeluarkan (meninggal/pindah), {num3} KK perbaikan NIK. Data rinci di kantor kelurahan, tidak dibagikan lewat grup.",
    ),
    T(
        "notice",
        "lookalikes",
        "PEMBAYARAN RETRIBUSI SAMPAH\nTransfer ke rekening penampung Bank NTT {rekb1} a.n. UPTD Kebersihan. Berita transfer: ID pelanggan PDAM atau NOP. Bukti bayar tunjukkan ke petugas.",
    ),
    T(
        "notice",
        "lookalikes",
        "SURAT EDARAN\nNomor : {skwali1}\nTentang: larangan meminta fotokopi KK dan KTP-el untuk layanan yang sudah terhubung data Dukcapil. Berlaku mulai {tgl1}.\nSekretaris Daerah Kota Kupang",
    ),
]

# ---- email_thread: mails to and from offices, with quoted replies
TEMPLATES += [
    T(
        "email_thread",
        "family_card",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Dinas Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>\nSubject: Perbaikan KK\n\nSelamat siang. KK saya No. [[kk:{kkb1}]] tertulis nama istri [[n:{ty2}]], seharusnya [[n:{n2}]] (NIK [[nik:{nikb2}]]). Lampiran: KK_[[kk:{kkb1}]].pdf, buku nikah.\n\nSalam,\n[[n:{n1}]]\n[[p:{hp1}]]",
        M=(1,),
        F=(2,),
    ),
    T(
        "email_thread",
        "tax",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: KPP Pratama Kupang <kpp.kupang@pajak.go.id>\nSubject: Pemadanan NIK-NPWP\n\nYth. petugas, NPWP lama saya [[npwp:{npwp1}]] belum padan dengan NIK [[nik:{nikb1}]]. Saat login pakai NIK, muncul nama [[n:{N2}]]. Mohon dicek.\n\n--\n[[n:{n1}]]",
    ),
    T(
        "email_thread",
        "health",
        "From: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>\nTo: [[n:{n1}]] <[[e:{em1}]]>\nSubject: Re: Kartu anak nonaktif\n\nYth. Bapak [[n:{g1}]],\nKartu JKN-KIS nomor [[bpjs:{bpjs2}]] a.n. [[n:{n2}]] sudah aktif kembali. Iuran dapat dibayar melalui VA {vab2}.\n\n> Pada {tgl1}, [[n:{n1}]] <[[e:{em1}]]> menulis:\n> Kartu anak saya tidak bisa dipakai di puskesmas.",
        M=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "email_thread",
        "requests",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Kelurahan {kel1} <kelurahan.{kelx1}@gmail.com>\nSubject: Re: Verifikasi DTKS\n\nIni punya sy:\n[[nik:{nikb1}]]\n[[kk:{kkb1}]]\nTrims.\n\n> Pada {tgl1}, Kelurahan {kel1} <kelurahan.{kelx1}@gmail.com> menulis:\n> Mohon Bapak/Ibu kirim NIK lalu No. KK, berurutan, untuk verifikasi DTKS.",
    ),
    T(
        "email_thread",
        "nik_written",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Unit Pengaduan Kasih <pengaduan@kupangkota.go.id>\nSubject: KTP-el belum jadi\n\nSaya rekam KTP-el {tgl1}, sampai sekarang belum jadi. NIK saya [[nik:{nikn1}]] sudah aktif di SIAK kata petugas. Mohon kepastian.\n\nHormat saya,\n[[n:{n1}]]",
    ),
    T(
        "email_thread",
        "beneficiaries",
        "From: [[n:{n1}]] <[[e:{emk1}]]>\nTo: Dinsos Kota Kupang <dinsos@kupangkota.go.id>\nSubject: Usulan reaktivasi PBI\n\nNo,Nama,NIK,No KK\n1,[[n:{N2}]],[[nik:{nikb2}]],[[kk:{kkb2}]]\n2,[[n:{N3}]],[[nik:{nikb3}]],[[kk:{kkb3}]]\n\n[[n:{n1}]]\nPendamping PKH Kec. {kec1}",
    ),
    T(
        "email_thread",
        "tax",
        "From: CV {cv1} <admin@cv{cvx1}.co.id>\nTo: [[n:{n1}]] <[[e:{em1}]]>\nSubject: Re: Faktur\n\nTerlampir faktur. NPWP CV kami {npwpb1}. Bukti potong atas nama Bapak menyusul.\n\n> [[n:{n1}]] menulis:\n> NPWP saya [[npwp:{npwpn1}]] (sama dengan NIK), tolong dicantumkan di bukti potong.",
        M=(1,),
    ),
    T(
        "email_thread",
        "health",
        "From: [[n:{f1}]], [[n:{g1}]] <[[e:{emk1}]]>\nTo: Humas RSUD <humas.rsud@kupangkota.go.id>\nSubject: Tagihan pasien BPJS\n\nMama saya [[n:{n2}]], No. BPJS [[bpjs:{bpjs2}]], disuruh bayar obat {rp1} padahal ditanggung. No. SEP {sep1}.",
        F=(2,),
        O=(2,),
    ),
    T(
        "email_thread",
        "nik_written",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>\nSubject: Data KTP saya\n\nTeks hasil scan KTP (maaf kalau ada salah baca):\nNIK : [[nik:{niko1}]]\nNama : [[n:{N1}]]\nTempat/Tgl Lahir : {TL1}, {dob1}\nMohon dicek kenapa status saya tidak aktif.",
    ),
    T(
        "email_thread",
        "family_card",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>\nSubject: Tambah anggota KK\n\nNo. KK: [[kk:{kkg1}]]\nNama\tNIK\tStatus\n[[n:{N1}]]\t[[nik:{nikb1}]]\tKepala Keluarga\n[[n:{N2}]]\t[[nik:{nikb2}]]\tIstri\nMohon ditambah anak kami yang lahir {tgl1}.",
        M=(1,),
        F=(2,),
    ),
    T(
        "email_thread",
        "family_card",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>\nSubject: Family card update\n\nDear Sir/Madam, I work in Darwin and cannot come to the office. My wife is [[n:{n2}]] (NIK [[nik:{nikb2}]]). Our family card number is [[kk:{kkb1}]]. My passport number is {paspor1}. How can I add our son to the card?",
        M=(1,),
        F=(2,),
    ),
    T(
        "email_thread",
        "requests",
        "From: [[n:{n1}]] <[[e:{emk1}]]>\nTo: [[n:{n2}]] <[[e:{em2}]]>\nSubject: Re: Permohonan akta\n\nSelamat pagi Ibu [[n:{g2}]], berkas dengan nomor registrasi {regd1} belum bisa diproses karena NIK anak [[nik:{nikb3}]] belum masuk KK [[kk:{kk1}]].\n\n[[n:{n1}]]\nSeksi Pelayanan Akta, Dinas Dukcapil",
        F=(2,),
        B=(3,),
    ),
    T(
        "email_thread",
        "lookalikes",
        "From: [[n:{n1}]] <[[e:{em1}]]>\nTo: PLN UP3 Kupang <up3kupang@pln.co.id>\nSubject: Token tidak masuk\n\nID pelanggan {plnid1}, no meter {meter1}, no transaksi {trx1}. Rumah saya di [[a:{addr1}]], listrik padam sejak semalam.\n\n[[n:{n1}]]",
    ),
    T(
        "email_thread",
        "lookalikes",
        "From: LAPOR! <noreply@lapor.go.id>\nSubject: Laporan {lapor1} telah ditanggapi\n\nLaporan Anda dengan nomor {lapor1} telah ditanggapi oleh Dinas Kependudukan dan Pencatatan Sipil Kota Kupang. Kode pelacakan {tiket1}.",
    ),
    T(
        "email_thread",
        "beneficiaries",
        "From: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>\nTo: Kelurahan {kel1} <kelurahan.{kelx1}@gmail.com>\nSubject: Rekap DTKS\n\nTerlampir rekap {num1} KK usulan baru. ID DTKS dan NIK tidak kami lampirkan di surel, silakan ambil di SIKS-NG. Surat nomor {surat1}.",
    ),
    T(
        "email_thread",
        "health",
        "From: BPJS Kesehatan <noreply@bpjs-kesehatan.go.id>\nSubject: Tagihan iuran\n\nTagihan iuran bulan {bulan1} sebesar {iuran1}. Bayar melalui VA {vaz1}. Abaikan jika sudah membayar.",
    ),
    T(
        "email_thread",
        "tax",
        "From: Direktorat Jenderal Pajak <informasi@pajak.go.id>\nSubject: NIK sebagai NPWP\n\nPer {tgl1}, Wajib Pajak orang pribadi penduduk menggunakan NIK sebagai NPWP. NPWP format 15 digit masih dapat dipakai sampai batas waktu yang ditetapkan. Layanan: Kring Pajak 1500200.",
    ),
    T(
        "email_thread",
        "lookalikes",
        "From: Operator SDN {sdn1} Kupang <sdn{sdn1}.kupang@gmail.com>\nTo: Dinas P dan K <disdik@kupangkota.go.id>\nSubject: Dapodik\n\nNPSN {npsn1}. Ada {few1} siswa belum punya NIK karena belum masuk KK orang tua. Mohon arahan.",
    ),
    T(
        "email_thread",
        "lookalikes",
        "From: PDAM Tirta Lontar <layanan@pdamkotakupang.co.id>\nSubject: Tagihan\n\nNo. sambungan {samb1}, periode {bulan1}, tagihan {rp1}, kode bayar {billing1}.",
    ),
    T(
        "email_thread",
        "tax",
        "From: KSP {kop1} <ksp.{kopx1}@yahoo.co.id>\nTo: KPP Pratama Kupang <kpp.kupang@pajak.go.id>\nSubject: Koreksi NPWP badan\n\nNPWP badan kami {npwpb1} tercatat dua kali. NIB {nib1}. Surat kuasa pengurus terlampir.",
    ),
    T(
        "email_thread",
        "family_card",
        "From: Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>\nSubject: Tanda terima permohonan\n\nNomor permohonan {regd1}. Jenis layanan: Perubahan KK. Perkiraan selesai {tgl1}. Simpan nomor ini. Jangan kirim foto KK lewat surel.",
    ),
    T(
        "email_thread",
        "beneficiaries",
        "From: Bank NTT <info@bankntt.co.id>\nSubject: Penyaluran bansos\n\nDana bansos tahap {few1} telah disalurkan ke {num1} rekening KPM. Rekening penampung {rekb1}. Keluhan hubungi call center {otel1}.",
    ),
]

# ---- social_post: Facebook posts of residents and community pages, with comments
TEMPLATES += [
    T(
        "social_post",
        "nik_written",
        "[[n:{n1}]]\n{tgl1}\nTolong bantu share. KTP saya hilang di bemo jalur 3, NIK [[nik:{nik1}]]. Kalau ada yang temukan hubungi [[p:{hp1}]]. Takut dipakai pinjol.\n\nKomentar:\n[[n:{lg2}]]: kaka, lebih baik jangan tulis NIK di FB\nkupang_bersuara: lapor polsek dulu",
    ),
    T(
        "social_post",
        "requests",
        "[[n:{n1}]] > Info Kupang\nAda yang tau kah, petugas yang keliling minta foto KK dan KTP di {kel1} itu resmi? Dia bilang untuk bantuan beras. Nomor dia {hpx1}, ngaku dari Dinsos.\n\nKomentar:\n[[n:{n2}]]: Itu penipu kaka, jangan kasi\nDinsos Kota Kupang: Petugas resmi tidak meminta foto KK lewat WA.",
    ),
    T(
        "social_post",
        "family_card",
        "[[n:{n1}]]\nMau tanya, KK saya begini, kenapa anak saya tidak muncul di aplikasi sekolah?\nNo KK [[kk:{kkb1}]]\n[[n:{N3}]] [[nik:{nikb3}]] ANAK\n\nKomentar:\n[[n:{lg2}]]: hapus postingan kaka, ada NIK anak\n[[n:{n1}]]: oh iya makasih",
        K=(3,),
        fam={3: 1},
    ),
    T(
        "social_post",
        "beneficiaries",
        "[[n:{n1}]]\nBapa mama, mama saya [[n:{n2}]] umur 80 thn tidak dapat bantuan lansia, sementara tetangga yang punya ruko malah dapat. NIK mama [[nik:{nik2}]] su terdaftar DTKS. Mohon @dinsoskotakupang lihat.",
        F=(2,),
        O=(2,),
    ),
    T(
        "social_post",
        "nik_written",
        "Hati-hati! NIK saya [[nik:{nik1}]] dipakai orang registrasi kartu SIM, ada 5 nomor atas NIK saya. Saya tidak pernah daftar. Sudah lapor ke operator.\n- [[n:{n1}]]",
    ),
    T(
        "social_post",
        "health",
        "[[n:{n1}]]\nBPJS anak saya [[bpjs:{bpjs2}]] tidak bisa dipakai di RSUD. Padahal iuran dari kantor.\n\nKomentar:\n[[n:{lg3}]]: cek di mobile JKN kak, pake NIK anak\n[[n:{n1}]]: su cek, NIK [[nik:{nik2}]] keluar 'data tidak ditemukan'",
        K=(2,),
    ),
    T(
        "social_post",
        "tax",
        "[[n:{n1}]]\nSaya UMKM jual kue. NPWP usaha perorangan saya [[npwp:{npwp1}]], tapi di aplikasi katanya NPWP baru saya sekarang NIK, [[npwp:{npwpn1}]]. Ada yang sama bingung?\n\nKomentar:\nTax Center Undana: Betul, NIK Anda kini berfungsi sebagai NPWP.",
    ),
    T(
        "social_post",
        "beneficiaries",
        "Foto daftar penerima BLT yang ditempel di kantor lurah {kel1} (saya ketik ulang):\n[[n:{N1}]] [[nik:{nikb1}]]\n[[n:{N2}]] [[nik:{nikb2}]]\nKenapa ada NIK lengkap begini di papan? Data warga bisa dicuri. - [[n:{n3}]]",
    ),
    T(
        "social_post",
        "family_card",
        "Komentar:\n[[n:{lg1}]]: beta pung KK [[kk:{kk1}]] sonde bisa dipake daftar sekolah, dong bilang su mati\n[[n:{lg2}]]: KK sonde ada mati kaka, datang Dukcapil sa\nkupangviral: betul",
    ),
    T(
        "social_post",
        "nik_written",
        "[[n:{n1}]]\nBantu tanya, di aplikasi tertulis NIK[[nik:{nikb1}]]Nama[[n:{N1}]]Alamat[[a:{ADDR1}]], semua nempel begini. Normal kah?",
    ),
    T(
        "social_post",
        "lookalikes",
        "[[n:{n1}]]\nPBB rumah saya di [[a:{addr1}]] naik dari {rp1} ke {rp2}. NOP {nop1}. Ada yang sama?\n\nKomentar:\n[[n:{lg2}]]: sama kaka, NOP saya juga naik\nBapenda Kota Kupang: Silakan ajukan keberatan dengan melampirkan SPPT.",
    ),
    T(
        "social_post",
        "family_card",
        "Selamat jalan bapa [[n:{n1}]]. Mohon doa. Untuk akta kematian, Dukcapil minta KK [[kk:{kk1}]] dan NIK almarhum [[nik:{nik1}]], sudah kami serahkan. Terima kasih pelayanan cepat. - [[n:{n2}]]",
        M=(1,),
        O=(1,),
    ),
    T(
        "social_post",
        "health",
        "[[n:{n1}]]\nTiap ke puskesmas disuruh tunjuk kartu BPJS, padahal kata BPJS cukup NIK. Saya kasih NIK [[nik:{nikg1}]], petugas bilang sistem belum terhubung. Jadi yang benar mana?",
    ),
    T(
        "social_post",
        "beneficiaries",
        "Info Kupang\n{tgl1}\nCara cek bansos: buka cekbansos.kemensos.go.id, isi wilayah dan nama sesuai KTP. Tidak perlu NIK. Kalau ada yang minta NIK lewat WA, itu penipu.\n\nKomentar:\nkupangviral: mantap min",
    ),
    T(
        "social_post",
        "lookalikes",
        "Dukcapil Kota Kupang\nPelayanan Sabtu: cetak KK, KTP-el, KIA. Nomor antrian online dibuka jam 06.00, {tgl1}. Blanko tersedia {num1}0 keping. #DukcapilKupang",
    ),
    T(
        "social_post",
        "tax",
        "Kenapa NOP PBB di SPPT saya 18 angka tapi di aplikasi bayar ditolak? Sudah coba {nop1} tidak bisa.\n\nKomentar:\nBapenda Kota Kupang: Masukkan NOP tanpa titik dan strip.",
    ),
    T(
        "social_post",
        "beneficiaries",
        "Penyaluran BLT-DD di Kel. {kel1} hari ini: {num1} KPM, masing-masing {rp1}. Yang belum dapat, silakan lapor ke kantor lurah bawa KK. #BLTDD",
    ),
    T(
        "social_post",
        "health",
        "Info BPJS: nomor VA iuran mandiri = 88888 + 11 angka terakhir nomor kartu, contoh {vaz1}. Jangan transfer ke rekening pribadi siapa pun.",
    ),
    T(
        "social_post",
        "lookalikes",
        "Token PLN sa {token1} sonde masuk, ID pelanggan {plnid1}. Ada yang sama kah malam ini di {kel1}?",
    ),
    T(
        "social_post",
        "lookalikes",
        "Pengumuman seleksi PPPK guru: NIP terbit setelah SK. Peserta nomor ujian {ujian1} silakan cek jadwal di portal. Jangan percaya yang janji bisa urus NIP bayar {rp1}.",
    ),
    T(
        "social_post",
        "tax",
        "Yayasan kami (NPWP {npwpb1}) terima bantuan dari gereja. Perlu lapor pajak kah? Rekening yayasan {rekb1}.",
    ),
    T(
        "social_post",
        "requests",
        "Pak RT di {kel1} suruh kumpul fotokopi KK lagi, padahal minggu lalu su kumpul. Fotokopi tu dipake apa? Kertas data warga ada yang dibuang di tempat sampah.",
    ),
]

# ---- kupang_malay: chats, SMS and voice notes typed out in Kupang Malay
TEMPLATES += [
    T(
        "kupang_malay",
        "family_card",
        "Beta pung KK nomor [[kk:{kk1}]], ma beta pung anak [[n:{g3}]] sonde ada di situ. Dong bilang musti bawa akta dolo. Akta su ada, NIK anak tatulis [[nik:{nikb3}]].",
        K=(3,),
    ),
    T(
        "kupang_malay",
        "nik_written",
        "NIK beta pung maitua di KK tatulis [[nik:{nik2}]], ma di KTP lain. Jadi dia sonde bisa ambil bantuan. Beta [[n:{g1}]], tinggal di [[a:{rt1}]].",
        F=(2,),
        M=(1,),
    ),
    T(
        "kupang_malay",
        "requests",
        "[{ts1}] Pendamping PKH: Mama, kirim NIK deng KK ko beta input.\n[{ts2}] [[n:{lg1}]]: Ini beta pung: [[nik:{nikb1}]] deng [[kk:{kkb1}]]\n[{ts3}] Pendamping PKH: Makasi mama.",
        F=(1,),
    ),
    T(
        "kupang_malay",
        "beneficiaries",
        "Bosong lia ko, BLT di kami pung RT sonde adil. Om [[n:{g2}]] yang punya oto dua dapat, beta yang sonde karja sonde dapat. Beta pung NIK [[nik:{nik1}]] su masuk DTKS dari 2021, rek BRI [[b:{bri1}]] sonde pernah masuk apa-apa.",
        M=(2,),
    ),
    T(
        "kupang_malay",
        "health",
        "Mama pung kartu KIS [[bpjs:{bpjs2}]] su mati. Di puskesmas dong bilang musti urus di Dinsos. Beta pi Dinsos, dong suru pi BPJS. Pusing. Nomor beta [[p:{hp1}]].",
        F=(2,),
        O=(2,),
    ),
    T(
        "kupang_malay",
        "tax",
        "Beta jual ikan di pasar, NPWP lama sa [[npwp:{npwp1}]]. Sekarang dong bilang NPWP sama deng NIK, [[npwp:{npwpn1}]]. Jadi yang lama buang ko?",
    ),
    T(
        "kupang_malay",
        "nik_written",
        "Beta eja beta pung NIK e: [[nik:{nikc1}]]. Tolong cek kenapa sonde muncul di cekbansos. Beta [[n:{lg1}]].",
    ),
    T(
        "kupang_malay",
        "family_card",
        "Bapa su meninggal, ma dalam KK [[kk:{kk1}]] masi ada dia pung nama [[n:{n2}]] deng NIK [[nik:{nik2}]]. Beta mau kasi kaluar tapi Dukcapil suru bawa surat kematian dari rumah sakit.",
        M=(2,),
        O=(2,),
    ),
    T(
        "kupang_malay",
        "requests",
        "Tanta [[n:{g2}]] minta beta kirim dia pung NIK ko dia daftar BPJS. Ini: [[nik:{nikg2}]]. KK dia sonde inga, ada di kampung.",
        F=(2,),
        O=(2,),
    ),
    T(
        "kupang_malay",
        "nik_written",
        "KOTKUPANG beta pung NIK [[nik:{nikf1}]] ko sonde bisa daftar vaksin? Dong bilang kurang satu angka. [[n:{g1}]]",
    ),
    T(
        "kupang_malay",
        "beneficiaries",
        "Di kantor lurah ada tempel daftar BLT, ada beta pung nama [[n:{n1}]] deng NIK lengkap [[nik:{nikb1}]]. Sapa sa bisa foto. Bosong sonde takut data bocor ko?",
    ),
    T(
        "kupang_malay",
        "health",
        "Beta kasi nomor BPJS, dong bilang itu NIK. Beta lia ulang, ternyata beta kasi [[nik:{nikb1}]], yang di KTP. Yang di kartu [[bpjs:{bpjs1}]]. Sori e petugas.",
    ),
    T(
        "kupang_malay",
        "lookalikes",
        "Beta pung rumah di [[a:{addr1}]], PBB NOP {nop1} naik talalu. Dolu {rp1}, sekarang {rp2}. Beta [[n:{g1}]], nomor [[p:{hp1}]].",
    ),
    T(
        "kupang_malay",
        "requests",
        "Dong bilang kalo mau dapat beras, kirim KK deng KTP pung foto ke nomor {hpx1}. Itu tipu-tipu to? Beta sonde kirim.",
    ),
    T(
        "kupang_malay",
        "beneficiaries",
        "Di kami pung RT ada {hh1} KK, ma yang dapat BLT cuma {few1} KK. Pak RT bilang itu dari pusat, ID DTKS yang tentukan.",
    ),
    T(
        "kupang_malay",
        "tax",
        "Beta su bayar PBB pake kode billing {billing1}, ma di aplikasi masi tatulis bulum bayar. NOP {nop1}. Bosong tolong cek.",
    ),
    T(
        "kupang_malay",
        "lookalikes",
        "Token listrik beta beli {rp1} sonde masuk-masuk. Nomor meter {meter1}. PLN pung call center 123 sibuk trus.",
    ),
    T(
        "kupang_malay",
        "health",
        "BPJS Ketenagakerjaan beta pung JHT sonde cair-cair. KPJ {kpj1}. Su tiga bulan.",
    ),
    T(
        "kupang_malay",
        "lookalikes",
        "Anak sekolah di SD Inpres {kel1} disuru bawa fotokopi KK deng akta, NPSN sekolah {npsn1} katanya bermasalah di Dapodik.",
    ),
    T(
        "kupang_malay",
        "tax",
        "Nomor SK pengangkatan honor {skdik1}, ma gaji sonde kaluar. Bendahara bilang NPWP bendahara {npwpb1} ada masalah.",
    ),
    T(
        "kupang_malay",
        "family_card",
        "Sapa tau KK yang su barcode tu bisa cetak sendiri ko sonde? Beta pi Dukcapil antri nomor {antri1}, dong bilang print sa di rumah.",
    ),
    T(
        "kupang_malay",
        "lookalikes",
        "Air PDAM sonde jalan seminggu. Nomor sambungan {samb1}, ma tagihan tetap datang {rp1}. Petugas bilang nanti.",
    ),
]

if __name__ == "__main__":
    main()
