# ruff: noqa: E501, T201, RUF001, PLR0911, PLR0912, N802, SIM108, PERF401
"""Write ``redaction_dev24.jsonl``: the twenty-fourth development corpus for the redactor.

People named the way people really write: no trigger words, lower case and capitals, first names
once introduced, nicknames, misspelt second mentions, names that are ordinary words, names from
across Indonesia, officials with their role, children, signatures and lists, among look-alikes.

Templates are written by hand with inline labels ``«kind:…»`` and placeholders ``{…}``; the
offsets are computed from the markers. Deterministic: ``random.Random(SEED)``. Stdlib only.

Run: ``python3 tests/data/make_redaction_dev24.py``
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20261224
FILLS = 3
OUT = Path(__file__).with_name("redaction_dev24.jsonl")

KINDS = {
    "n": "name",
    "nik": "nik",
    "kk": "kk",
    "npwp": "npwp",
    "ph": "phone",
    "em": "email",
    "bpjs": "bpjs",
    "rek": "bank_account",
    "pl": "plate",
    "ad": "address",
}
STYLES = (
    "call_log",
    "phone_log",
    "sms_lower",
    "sms_caps",
    "wa_forward",
    "social_comment",
    "rt_notice",
    "officer_note",
    "kupang_malay",
    "register_list",
)
THEMES = (
    "no_trigger",
    "case",
    "second_mention",
    "nickname",
    "word_names",
    "origins",
    "officials",
    "children",
    "signatures",
    "lists",
    "numbers",
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
    "nn",
    "dr",
    "drs",
    "pdt",
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "kakak",
    "adik",
    "ade",
    "bidan",
    "lurah",
    "guru",
    "serka",
    "bripka",
    "briptu",
    "aipda",
    "ibu.",
    "yth",
    "saudara",
    "camat",
    "pastor",
    "romo",
    "ust",
    "ustad",
    "haji",
    "hj",
    "h",
    "ns",
    "suster",
    "mas",
    "mbak",
    "bang",
    "usi",
    "nyong",
    "pendeta",
    "sopir",
    "petugas",
    "kader",
    "ketua",
    "pnt",
    "dkn",
    "habib",
    "tete",
}

# --------------------------------------------------------------------------- names
# (given, nickname, misspelling)
NTT_M = [
    ("Yohanes", "Anis", "Yohanis"),
    ("Fransiskus", "Frans", "Fransiscus"),
    ("Yosef", "Ose", "Yosep"),
    ("Marthen", "Aten", "Marten"),
    ("Yakobus", "Kobus", "Yakobis"),
    ("Dominggus", "Minggus", "Domingus"),
    ("Melkianus", "Melki", "Melkianis"),
    ("Yulius", "Lius", "Julius"),
    ("Oktovianus", "Okto", "Oktavianus"),
    ("Benyamin", "Beni", "Benjamin"),
    ("Nikodemus", "Niko", "Nicodemus"),
    ("Agustinus", "Tinus", "Augustinus"),
    ("Semuel", "Sem", "Samuel"),
    ("Yermias", "Yemi", "Jermias"),
    ("Welem", "Wem", "Willem"),
    ("Viktor", "Iko", "Victor"),
    ("Ferdinand", "Ferdi", "Ferdinan"),
    ("Efraim", "Efra", "Efrain"),
    ("Soleman", "Leman", "Salomon"),
    ("Rudolf", "Rudi", "Rudolof"),
    ("Aloysius", "Alo", "Aloisius"),
    ("Hendrikus", "Hendrik", "Hendrikis"),
    ("Kornelis", "Nelis", "Cornelis"),
    ("Petrus", "Piter", "Petrus"),
    ("Stefanus", "Stef", "Stevanus"),
    ("Ignasius", "Ignas", "Ignatius"),
    ("Markus", "Kus", "Marcus"),
]
NTT_F = [
    ("Anace", "Ace", "Anase"),
    ("Agustina", "Tina", "Augustina"),
    ("Elisabeth", "Eli", "Elisabet"),
    ("Rosalina", "Ros", "Rosalin"),
    ("Selfiana", "Selfi", "Selviana"),
    ("Yuliana", "Yuli", "Juliana"),
    ("Margaretha", "Ita", "Margareta"),
    ("Kristina", "Tin", "Christina"),
    ("Sarlota", "Lota", "Charlota"),
    ("Apriani", "Ani", "Apriyani"),
    ("Yustina", "Tince", "Justina"),
    ("Adriana", "Ana", "Adrianna"),
    ("Lodia", "Odi", "Lodya"),
    ("Mersi", "Mer", "Mercy"),
    ("Ester", "Ete", "Esther"),
    ("Gracia", "Cia", "Grasia"),
    ("Novita", "Novi", "Novita"),
    ("Sofia", "Sofi", "Sovia"),
    ("Yohana", "Ina", "Johana"),
    ("Fransiska", "Sisca", "Fransisca"),
    ("Martha", "Ata", "Marta"),
    ("Imelda", "Imel", "Imelda"),
    ("Dorkas", "Dor", "Dorcas"),
    ("Orpa", "Opi", "Orpha"),
]
NTT_FAM = [
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
    "Nenobais",
    "Lenggu",
    "Kiuk",
    "Ratu",
    "Riwu Kaho",
    "Bria",
    "Nahak",
    "Therik",
    "Pah",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Lobo",
    "Sabneno",
    "Selan",
    "Tnunay",
    "Banunaek",
    "Nubatonis",
    "Taneo",
    "Oematan",
    "Neonufa",
    "Lakapu",
    "Tlonaen",
    "Boimau",
    "Nalle",
    "Pandie",
    "Pellokila",
    "Lomi",
    "Bire",
    "Haba",
    "Dju Dara",
    "Wadu",
    "Adoe",
    "Bana",
    "Da Costa",
    "Djawa",
    "Ga Lena",
    "Wangge",
    "Tukan",
    "Kelen",
    "Lewar",
    "Lapenangga",
    "Blegur",
    "Mautuka",
    "Padaka",
    "Laukarang",
    "Seran",
    "Klau",
    "Atok",
    "Nifu",
    "Sonbai",
    "Missa",
    "Ully",
    "Kapitan",
    "Toelle",
    "Foenay",
    "Dethan",
    "Messakh",
    "Zacharias",
    "Sinlae",
    "Tallo",
]
FAM_MISSPELT = {
    "Ndun": "Ndoen",
    "Manafe": "Manaffe",
    "Tefa": "Teffa",
    "Nenobais": "Nenobaes",
    "Fanggidae": "Fanggidaej",
    "Tanone": "Tanonne",
    "Lenggu": "Lengu",
    "Kiuk": "Kiuck",
    "Bessie": "Besi",
    "Therik": "Terik",
    "Tnunay": "Tnunai",
    "Nubatonis": "Nubatonnis",
    "Pellokila": "Pelokila",
    "Messakh": "Mesakh",
    "Foenay": "Funay",
    "Banunaek": "Banunaik",
    "Amalo": "Amallo",
    "Mooy": "Mooi",
    "Sabneno": "Sabneo",
}
SUMBA_M = ["Ndaka", "Manu", "Tamu", "Remu", "Hina", "Djama"]
SUMBA_F = ["Tamar", "Hamu", "Yiwa", "Kahi", "Lika"]
SUMBA_FAM = ["Hamakonda", "Ndapataka", "Kaborang", "Paranggi", "Ndima", "Kahumbu", "Hunggu Ndima"]
BUGIS_M = [
    "Syamsuddin",
    "Kaharuddin",
    "Baharuddin",
    "Hasanuddin",
    "Abdul Rahman",
    "Muhammad Ridwan",
    "Jamaluddin",
]
BUGIS_F = ["Sitti Rahma", "Hasnah", "Nurhayati", "Rosmiati", "Hadijah", "Andi Tenri"]
DAENG = ["Matta", "Ngalle", "Sila", "Rurung", "Tompo", "Sikki", "Nai", "Ngasa", "Kebo"]
BALI_M = ["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Gede", "I Komang"]
BALI_F = ["Ni Luh", "Ni Made", "Ni Ketut", "Ni Nyoman", "Ni Wayan", "Ni Komang"]
BALI_NAME_M = ["Sudarsana", "Suarta", "Mahendra", "Artawan", "Wirawan", "Darmika", "Sutama"]
BALI_NAME_F = ["Artini", "Widiani", "Sukerti", "Ayu Ratnasari", "Suastini", "Kartika Dewi"]
CINA_FAM = ["Liem", "Tan", "Go", "Ong", "Oei", "Kwee", "Tjoa", "Lie"]
CINA_GIVEN_M = ["Tjong Hin", "Kim Liong", "Hok Gie", "Swie Tjong", "Boen Hian"]
CINA_GIVEN_F = ["Siu Lan", "Mei Hwa", "Mei Ling", "Lian Hoa", "Giok Nio"]
CINA_INDO = [
    ("Hendra", "Tanoto", "m"),
    ("Yenny", "Tanuwijaya", "f"),
    ("Budi", "Halim", "m"),
    ("Lisa", "Gunawan", "f"),
    ("Hendrik", "Sutanto", "m"),
    ("Meliana", "Santoso", "f"),
    ("Steven", "Kurniadi", "m"),
    ("Vivi", "Tanujaya", "f"),
]
ARAB_M = ["Salim", "Umar", "Husein", "Abdullah", "Fadli", "Hasan", "Ahmad", "Zainal"]
ARAB_F = ["Farida", "Aisyah", "Syarifah", "Fatimah", "Nur Laila", "Salma"]
ARAB_FAM = [
    "Bahasuan",
    "Baswedan",
    "Assegaf",
    "Alhabsyi",
    "Bafadal",
    "Basalamah",
    "Alkatiri",
    "Bachmid",
    "Aljufri",
    "Bawazier",
]
BATAK_M = ["Togar", "Hotman", "Lamhot", "Parlindungan", "Maruli", "Bonar"]
BATAK_F = ["Tiurma", "Rina", "Dewi", "Juliana", "Rosmawati", "Lasma"]
BATAK_FAM = [
    "Simanjuntak",
    "Siregar",
    "Sitompul",
    "Nainggolan",
    "Pardede",
    "Hutapea",
    "Situmorang",
    "Sinaga",
    "Panjaitan",
    "Silalahi",
]
MINA_M = ["Jefry", "Stevi", "Ferry", "Donald", "Ronny", "Fendy"]
MINA_F = ["Meity", "Olvie", "Grace", "Vonny", "Feybe", "Deisy"]
MINA_FAM = [
    "Tumbelaka",
    "Rondonuwu",
    "Wenas",
    "Lumenta",
    "Mandagi",
    "Runtuwene",
    "Karamoy",
    "Pangemanan",
    "Kaunang",
    "Sondakh",
]
JAWA = [
    ("Suyanto", "Hadi", "Yanto", "m"),
    ("Bambang", "Susilo", "Bambang", "m"),
    ("Joko", "Purnomo", "Joko", "m"),
    ("Agus", "Setiawan", "Agus", "m"),
    ("Eko", "Prasetyo", "Eko", "m"),
    ("Sri", "Wahyuni", "Yuni", "f"),
    ("Endang", "Lestari", "Endang", "f"),
    ("Rini", "Astuti", "Rini", "f"),
    ("Siti", "Aminah", "Minah", "f"),
    ("Dwi", "Hartono", "Dwi", "m"),
    ("Wulan", "Sari", "Wulan", "f"),
]
WORD_F = ["Kasih", "Indah", "Bunga", "Damai", "Sinar"]
WORDNICK = [
    ("Renata", "Tata", "f"),
    ("Imanuela", "Manis", "f"),
    ("Tatiana", "Tata", "f"),
    ("Damianus", "Damai", "m"),
]
POOL_WEIGHTS = [
    ("ntt", 52),
    ("sumba", 5),
    ("bugis", 8),
    ("bali", 6),
    ("cina", 7),
    ("arab", 5),
    ("batak", 6),
    ("minahasa", 5),
    ("jawa", 6),
]

REGENCIES = [
    "71",
    "71",
    "71",
    "71",
    "01",
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "10",
    "11",
    "12",
    "14",
    "20",
    "21",
]


class Fill:
    """The values of one fill of a template."""

    def __init__(self, rng: random.Random, people: dict[str, str]) -> None:
        self.rng = rng
        self.specs = people
        self.persons: dict[str, dict[str, object]] = {}
        self.memo: dict[str, str] = {}

    # ------------------------------------------------------------------ people
    def person(self, letter: str) -> dict[str, object]:
        if letter not in self.persons:
            spec = self.specs.get(letter, "")
            for _ in range(200):
                p = self._new_person(spec)
                words = {
                    w.lower()
                    for w in re.findall(r"[A-Za-z]{3,}", str(p["full"]) + " " + str(p["n"]))
                }
                kin = re.search(r"kin=([A-H])", spec)
                clash = False
                for other_letter, q in self.persons.items():
                    if kin and kin.group(1) == other_letter:
                        continue
                    if q.get("kin") == letter:
                        continue
                    owords = {
                        w.lower()
                        for w in re.findall(r"[A-Za-z]{3,}", str(q["full"]) + " " + str(q["n"]))
                    }
                    if words & owords:
                        clash = True
                if not clash:
                    break
            p["kin"] = kin.group(1) if kin else None
            self.persons[letter] = p
        return self.persons[letter]

    def _new_person(self, spec: str) -> dict[str, object]:
        r = self.rng
        tokens = [t for t in spec.split(",") if t]
        gender = "f" if "f" in tokens else "m" if "m" in tokens else r.choice("mf")
        pools = [
            t
            for t in tokens
            if t
            in {
                "ntt",
                "sumba",
                "bugis",
                "bali",
                "cina",
                "arab",
                "batak",
                "minahasa",
                "jawa",
                "word",
                "wordnick",
            }
        ]
        kin = next((t[4:] for t in tokens if t.startswith("kin=")), None)
        family = None
        if kin:
            other = self.person(kin)
            pools = [str(other["pool"])]
            family = other["l"]
        if pools:
            pool = r.choice(pools)
        else:
            pool = r.choices([p for p, _ in POOL_WEIGHTS], [w for _, w in POOL_WEIGHTS])[0]
        if pool in {"word", "wordnick"}:
            fam = family or r.choice(NTT_FAM)
            if pool == "word":
                given = r.choice(WORD_F)
                nick, mis = given, given
                gender = "f" if given != "Damai" else r.choice("mf")
            else:
                given, nick, gender = r.choice(WORDNICK)
                mis = given
            full = f"{given} {fam}"
            f, last = given, fam
            mis_full = f"{mis} {FAM_MISSPELT.get(fam, fam)}"
        elif pool == "ntt":
            given, nick, mis = r.choice(NTT_M if gender == "m" else NTT_F)
            fam = family or r.choice(NTT_FAM)
            if r.random() < 0.15 and family is None:
                second = r.choice(NTT_M if gender == "m" else NTT_F)[0]
                if second != given:
                    given_full = f"{given} {second}"
                else:
                    given_full = given
            else:
                given_full = given
            full = f"{given_full} {fam}"
            f, last = given, fam
            if mis == given:
                mis_full = f"{given} {FAM_MISSPELT.get(fam, fam)}"
            else:
                mis_full = f"{mis} {fam}"
        elif pool == "sumba":
            pre = "Umbu" if gender == "m" else "Rambu"
            given = r.choice(SUMBA_M if gender == "m" else SUMBA_F)
            fam = family or r.choice(SUMBA_FAM)
            full = f"{pre} {given} {fam}"
            f, last, nick = f"{pre} {given}", fam, given
            mis_full = f"{pre} {given} {fam.replace('nd', 'n', 1) if 'nd' in fam else fam + 'h'}"
        elif pool == "bugis":
            given = r.choice(BUGIS_M if gender == "m" else BUGIS_F)
            fam = family or f"Daeng {r.choice(DAENG)}"
            full = f"{given} {fam}"
            f, last, nick = given, fam, fam
            mis_full = (
                f"{given.replace('uddin', 'udin')} {fam}" if "uddin" in given else f"{given}h {fam}"
            )
        elif pool == "bali":
            pre = r.choice(BALI_M if gender == "m" else BALI_F)
            name = r.choice(BALI_NAME_M if gender == "m" else BALI_NAME_F)
            full = f"{pre} {name}"
            f = pre.split()[1]
            last, nick = name, f
            mis_full = f"{pre} {name[:-1] + 'h' if name.endswith('a') else name + 'h'}"
        elif pool == "cina":
            if r.random() < 0.55:
                fam = family or r.choice(CINA_FAM)
                given = r.choice(CINA_GIVEN_M if gender == "m" else CINA_GIVEN_F)
                full = f"{fam} {given}"
                f, last, nick = given, fam, given
                mis_full = f"{fam} {given.replace(' ', '')}"
            else:
                given, fam, gender = r.choice(CINA_INDO)
                fam = family or fam
                full = f"{given} {fam}"
                f, last, nick = given, fam, given
                mis_full = f"{given} {fam.replace('a', 'e', 1)}"
        elif pool == "arab":
            given = r.choice(ARAB_M if gender == "m" else ARAB_F)
            fam = family or r.choice(ARAB_FAM)
            full = f"{given} {fam}"
            f, last, nick = given, fam, given
            mis_full = f"{given} {fam.replace('a', 'e', 1)}"
        elif pool == "batak":
            given = r.choice(BATAK_M if gender == "m" else BATAK_F)
            fam = family or r.choice(BATAK_FAM)
            full = f"{given} {fam}"
            f, last, nick = given, fam, given
            mis_full = f"{given} {fam.replace('u', 'o', 1) if 'u' in fam else fam + 'h'}"
        elif pool == "minahasa":
            given = r.choice(MINA_M if gender == "m" else MINA_F)
            fam = family or r.choice(MINA_FAM)
            full = f"{given} {fam}"
            f, last, nick = given, fam, given
            mis_full = f"{given} {fam.replace('u', 'o', 1) if 'u' in fam else fam + 'h'}"
        else:  # jawa
            choices = [j for j in JAWA if j[3] == gender] or JAWA
            given, second, nick, gender = r.choice(choices)
            full = f"{given} {second}"
            f, last = given, second
            mis_full = f"{given} {second.replace('i', 'y', 1) if 'i' in second else second + 'h'}"
        if mis_full == full:
            mis_full = full.replace("e", "i", 1) if "e" in full else full + "h"
        age = "child" if "child" in tokens else "old" if "old" in tokens else "adult"
        return {
            "full": full,
            "f": f,
            "l": last,
            "n": nick,
            "m": mis_full,
            "g": gender,
            "pool": pool,
            "age": age,
        }

    # ------------------------------------------------------------------ values
    def value(self, key: str, field: str | None, fmt: str | None) -> str:
        memo_key = f"{key}.{field}:{fmt}"
        if memo_key in self.memo:
            return self.memo[memo_key]
        if key[0].isupper():
            p = self.person(key)
            if field in {None, "full"}:
                v = str(p["full"])
            elif field in {"f", "l", "n", "m"}:
                v = str(p[field])
            elif field == "nik":
                raw = self.memo.setdefault(
                    f"{key}.nikraw", self.nik_digits(str(p["g"]), str(p["age"]))
                )
                v = fmt_id(
                    raw, fmt or self.rng.choice(["b", "b", "b", "b", "g4", "g4", "dots"]), self.rng
                )
            elif field == "hp":
                raw = self.memo.setdefault(f"{key}.hpraw", self.mobile_digits())
                v = fmt_phone(raw, fmt or self.pick_phone_fmt())
            elif field == "tel":
                v = self.landline(fmt)
            elif field == "mail":
                v = self.mail(p, fmt)
            elif field == "bpjs":
                raw = "000" + "".join(self.rng.choice("0123456789") for _ in range(10))
                v = fmt_bpjs(raw, fmt)
            elif field == "npwp":
                if fmt == "nik":
                    raw = self.memo.setdefault(
                        f"{key}.nikraw", self.nik_digits(str(p["g"]), str(p["age"]))
                    )
                    v = raw
                else:
                    v = self.npwp(fmt)
            else:
                raise KeyError(field)
        else:
            base = re.sub(r"\d+$", "", key)
            v = self.generic(base, fmt)
        self.memo[memo_key] = v
        return v

    def pick_phone_fmt(self) -> str:
        return self.rng.choice(
            ["b", "b", "b", "b", "dash", "sp", "dot", "plus", "plusb", "62", "62sp"]
        )

    def nik_digits(self, gender: str, age: str) -> str:
        r = self.rng
        reg = r.choice(REGENCIES)
        dist = f"{r.randint(1, 6):02d}" if reg == "71" else f"{r.randint(1, 24):02d}"
        day = r.randint(1, 28) + (40 if gender == "f" else 0)
        year = (
            r.randint(2008, 2021)
            if age == "child"
            else r.randint(1940, 1962)
            if age == "old"
            else r.randint(1963, 2005)
        )
        return (
            f"53{reg}{dist}{day:02d}{r.randint(1, 12):02d}{year % 100:02d}{r.randint(1, 350):04d}"
        )

    def kk_digits(self) -> str:
        r = self.rng
        reg = r.choice(REGENCIES)
        dist = f"{r.randint(1, 6):02d}" if reg == "71" else f"{r.randint(1, 24):02d}"
        return f"53{reg}{dist}{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(5, 25):02d}{r.randint(1, 9999):04d}"

    def mobile_digits(self) -> str:
        r = self.rng
        pre = r.choice(
            [
                "0812",
                "0813",
                "0821",
                "0822",
                "0823",
                "0852",
                "0853",
                "0811",
                "0851",
                "0815",
                "0857",
                "0858",
                "0817",
                "0818",
                "0819",
                "0877",
                "0878",
                "0859",
                "0895",
                "0896",
                "0898",
                "0881",
                "0882",
                "0838",
                "0831",
            ]
        )
        n = r.choice([8, 8, 8, 7, 9])
        return pre + "".join(r.choice("0123456789") for _ in range(n))

    def landline(self, fmt: str | None) -> str:
        r = self.rng
        six = "8" + "".join(r.choice("0123456789") for _ in range(5))
        fmt = fmt or r.choice(["sp", "par", "dash", "par7"])
        if fmt == "sp":
            return f"0380 {six}"
        if fmt == "par":
            return f"(0380) {six[:3]} {six[3:]}"
        if fmt == "par7":
            seven = six + r.choice("0123456789")
            return f"(0380) {seven[:4]} {seven[4:]}"
        return f"0380-{six}"

    def mail(self, p: dict[str, object], fmt: str | None) -> str:
        r = self.rng
        first = str(p["f"]).lower().replace(" ", "")
        last = str(p["l"]).lower().replace(" ", "")
        if fmt == "gov":
            return f"{first}.{last}@{r.choice(['kupangkota.go.id', 'nttprov.go.id'])}"
        if fmt == "sch":
            return f"{first}.{last}{r.randint(1, 99)}@guru.sd.belajar.id"
        local = r.choice(
            [
                f"{first}.{last}",
                f"{first}{last}{r.randint(1, 99)}",
                f"{last}.{first}{r.randint(60, 99)}",
                f"{first}_{last}",
                f"{first}{r.randint(1980, 2005)}",
            ]
        )
        host, tld = r.choice(
            [
                ("gmail", "com"),
                ("gmail", "com"),
                ("yahoo", "co.id"),
                ("yahoo", "com"),
                ("ymail", "com"),
                ("outlook", "com"),
            ]
        )
        if fmt == "at":
            return f"{local} at {host} dot {tld.replace('.', ' dot ')}"
        if fmt == "br":
            return f"{local} [at] {host} [dot] {tld.replace('.', ' [dot] ')}"
        if fmt == "sp":
            return f"{local} @ {host}.{tld}"
        if fmt == "paren":
            return f"{local}(at){host}.{tld}"
        if fmt == "titik":
            return f"{local}(keong){host}(titik){tld.replace('.', '(titik)')}"
        return f"{local}@{host}.{tld}"

    def npwp(self, fmt: str | None) -> str:
        r = self.rng
        d = f"{r.choice(['07', '08', '09', '15', '24', '25', '26', '36', '44', '46', '54', '66', '70', '73', '80', '84', '92'])}{r.randint(0, 999):03d}{r.randint(0, 999):03d}{r.randint(0, 9)}92{r.randint(0, 1)}000"
        fmt = fmt or r.choice(["std", "std", "std", "plain"])
        if fmt == "plain":
            return d
        if fmt == "sp":
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {d[9:12]} {d[12:]}"
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"

    def generic(self, base: str, fmt: str | None) -> str:
        r = self.rng
        dig = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        if base == "hp":
            return fmt_phone(self.mobile_digits(), fmt or self.pick_phone_fmt())
        if base == "tel":
            return self.landline(fmt)
        if base == "nik":
            return fmt_id(
                self.nik_digits(r.choice("mf"), "adult"), fmt or r.choice(["b", "b", "g4"]), r
            )
        if base == "kk":
            return fmt_id(self.kk_digits(), fmt or r.choice(["b", "b", "b", "g4", "dots"]), r)
        if base == "npwp":
            return self.npwp(fmt)
        if base == "bpjs":
            return fmt_bpjs("000" + dig(10), fmt)
        if base == "rek":
            bank = fmt or r.choice(["bri", "bni", "mandiri", "ntt", "bca", "bsi"])
            if bank == "bri":
                raw = dig(4) + "01" + dig(6) + "5" + dig(2)
                return r.choice([f"{raw[:4]}-{raw[4:6]}-{raw[6:12]}-{raw[12:14]}-{raw[14]}", raw])
            if bank == "bni":
                return "0" + dig(9) if r.random() < 0.5 else "1" + dig(9)
            if bank == "mandiri":
                raw = "1" + dig(12)
                return r.choice([raw, f"{raw[:3]}-{raw[3:5]}-{raw[5:12]}-{raw[12]}"])
            if bank == "ntt":
                return f"{r.choice(['001', '002', '003', '021'])}.{r.choice(['01', '02'])}.{r.choice(['01', '02', '03'])}.{dig(6)}-{dig(1)}"
            if bank == "bsi":
                return "7" + dig(9)
            return dig(10)  # bca
        if base == "pl":
            reg = fmt or r.choice(["DH", "DH", "DH", "DH", "EB", "ED"])
            suf = "".join(
                r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2, 2, 2]))
            )
            num = str(r.randint(1000, 9999)) if r.random() < 0.85 else str(r.randint(100, 999))
            return r.choice([f"{reg} {num} {suf}", f"{reg} {num} {suf}", f"{reg}{num}{suf}"])
        if base == "ad":
            return self.address(fmt)
        if base == "rt":
            return f"{r.randint(1, 45):0{r.choice([2, 3])}d}"
        if base == "rw":
            return f"{r.randint(1, 15):0{r.choice([2, 3])}d}"
        if base == "no":
            return str(r.randint(1, 160)) + r.choice(["", "", "", "", "A", "B"])
        if base == "street":
            return r.choice(HOME_STREETS)
        if base == "gang":
            return r.choice(GANGS)
        if base == "jl":
            return r.choice(PUBLIC_STREETS)
        if base == "kel":
            return r.choice(KELURAHAN)
        if base == "kec":
            return r.choice(["Oebobo", "Maulafa", "Kelapa Lima", "Alak", "Kota Raja", "Kota Lama"])
        if base == "pusk":
            return r.choice(
                [
                    "Oebobo",
                    "Sikumana",
                    "Bakunase",
                    "Oesapa",
                    "Pasir Panjang",
                    "Kupang Kota",
                    "Alak",
                    "Penfui",
                    "Naioni",
                    "Oepoi",
                    "Manutapen",
                ]
            )
        if base == "rs":
            return r.choice(HOSPITALS)
        if base == "sek":
            return r.choice(SCHOOLS)
        if base == "sd":
            return r.choice(
                [
                    "SD Inpres Oepura 2",
                    "SDK St. Yoseph",
                    "SD GMIT Oeba 1",
                    "SDN Bertingkat Oebobo 1",
                    "SD Inpres Liliba",
                ]
            )
        if base == "gereja":
            return r.choice(CHURCHES)
        if base == "toko":
            return r.choice(BUSINESSES)
        if base == "tiket":
            return r.choice(
                [
                    f"#LPR-2026-{dig(4)}-{dig(4)}",
                    f"LAPOR-5371-2026-{dig(5)}",
                    f"26{dig(2)}-{dig(4)}-{dig(3)}",
                    f"KPG-26-{dig(5)}",
                    f"#{dig(7)}",
                    f"TIKET-{dig(6)}",
                ]
            )
        if base == "va":
            return r.choice(
                [
                    f"8808 {dig(4)} {dig(4)} {dig(4)}",
                    f"{r.choice(['88810', '70012', '12345'])}{dig(11)}",
                    f"BRIVA {dig(5)} {dig(10)}",
                ]
            )
        if base == "billing":
            return "82026" + dig(10)
        if base == "idpel":
            return "5312" + dig(8)
        if base == "samb":
            return f"{r.randint(1, 9):02d}-{r.randint(1, 20):02d}-{dig(6)}"
        if base == "nop":
            return f"53.71.0{r.randint(10, 60)}.0{dig(2)}.{dig(3)}-{dig(4)}.0"
        if base == "surat":
            return r.choice(
                [
                    f"{r.choice(['700', '400', '470', '503', '800', '005'])}/{r.randint(10, 999)}/{r.choice(['INSP', 'DKS', 'PUPR', 'KEL', 'DLHK', 'DSOS', 'SET'])}/{r.choice(['X', 'XI', 'XII', 'IV'])}/2026",
                    f"5371-LU-{r.randint(1, 28):02d}{r.randint(1, 12):02d}2026-{dig(4)}",
                ]
            )
        if base == "rp":
            return r.choice(
                [
                    f"Rp {r.randint(1, 40) * 50}.000",
                    f"Rp{r.randint(1, 30) * 5}.000",
                    f"{r.randint(1, 30) * 10} ribu",
                    f"Rp {r.randint(1, 9)}.{r.randint(0, 9)}00.000",
                    f"Rp. {r.randint(2, 20) * 25}.000,-",
                ]
            )
        if base == "tgl":
            return r.choice(
                [
                    f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026",
                    f"{r.randint(1, 28)} {r.choice(BULAN)} 2026",
                    f"{r.randint(1, 28)}-{r.randint(1, 12)}-26",
                    f"{r.randint(1, 28)} {r.choice(BULAN)[:3]}",
                ]
            )
        if base == "jam":
            return f"{r.randint(6, 22):02d}.{r.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"
        if base == "hari":
            return r.choice(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"])
        if base == "nip":
            return f"19{r.randint(65, 95)}{r.randint(1, 12):02d}{r.randint(1, 28):02d} 20{r.randint(0, 20):02d}{r.randint(1, 12):02d} {r.randint(1, 2)} 00{r.randint(1, 9)}"
        if base == "nisn":
            return "0" + dig(9)
        if base == "trx":
            return "2026" + dig(12)
        if base == "otel":
            return r.choice([f"(0380) 8{dig(2)} {dig(3)}", f"0380-8{dig(5)}", f"(0380) 8{dig(5)}"])
        if base == "owa":
            return r.choice(
                [f"0811-38{dig(2)}-{dig(4)}", f"0812-{dig(4)}-{dig(4)}", f"0853-{dig(4)}-{dig(4)}"]
            )
        if base == "cc":
            return r.choice(["112", "1708", "123", "119", "110", "113"])
        if base == "token":
            return " ".join(dig(4) for _ in range(5))
        if base == "meter":
            return "14" + dig(9)
        if base == "umur":
            return str(r.randint(2, 12))
        if base == "n":
            return str(r.randint(2, 9))
        if base == "thn":
            return str(r.randint(61, 88))
        if base == "nsim":
            return dig(4) + "-" + dig(4) + "-" + dig(6)
        if base == "bpjstk":
            return dig(11)
        raise KeyError(base)

    def address(self, fmt: str | None) -> str:
        r = self.rng
        fmt = fmt or r.choice(["jl", "jl", "full", "gg", "blok", "rt"])
        no = str(r.randint(1, 160)) + r.choice(["", "", "", "", "A", "B"])
        rt = f"{r.randint(1, 45):0{r.choice([2, 3])}d}"
        rw = f"{r.randint(1, 15):0{r.choice([2, 3])}d}"
        street = r.choice(HOME_STREETS)
        if fmt == "jl":
            return r.choice(
                [
                    f"{street} No. {no}",
                    f"{street} No.{no}",
                    f"{street} no {no}",
                    f"{street.replace('Jl. ', 'Jalan ')} Nomor {no}",
                ]
            )
        if fmt == "full":
            return r.choice(
                [
                    f"{street} No. {no}, RT {rt}/RW {rw}",
                    f"{street} No {no} RT {rt} RW {rw}",
                    f"{street} No. {no} RT.{rt}/RW.{rw}",
                ]
            )
        if fmt == "gg":
            return r.choice(
                [
                    f"{r.choice(GANGS)} No. {no}",
                    f"{street} Gg. {r.randint(1, 9)} No. {no}",
                    f"Lr. {r.choice(['Damai', 'Sepakat', 'Harapan', 'Flamboyan'])} No. {no}",
                ]
            )
        if fmt == "blok":
            return r.choice(
                [
                    f"Perumnas Blok {r.choice('ABCDEFGHK')} No. {no}",
                    f"BTN Kolhua Blok {r.choice('ABCDEFGH')}{r.randint(1, 9)} No. {no}",
                    f"Perumahan Citra Permai Blok {r.choice('ABCD')} No. {no}",
                ]
            )
        if fmt == "rtrw":
            return r.choice(
                [f"RT {rt}/RW {rw}", f"RT {rt} RW {rw}", f"RT.{rt}/RW.{rw}", f"RT {rt}/{rw}"]
            )
        return r.choice([f"RT {rt}/RW {rw}", f"RT {rt} RW {rw}", f"RT.{rt}/RW.{rw}", f"RT {rt}"])


BULAN = [
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
HOME_STREETS = [
    "Jl. Nangka",
    "Jl. Kelapa",
    "Jl. Kenari",
    "Jl. Jambu",
    "Jl. Rambutan",
    "Jl. Bakti",
    "Jl. Herewila",
    "Jl. Bajawa",
    "Jl. Kelinci",
    "Jl. Nuri",
    "Jl. Merpati",
    "Jl. Cendana",
    "Jl. Lontar",
    "Jl. Nusa Indah",
    "Jl. Fetor Funay",
    "Jl. Tompello",
    "Jl. Salak",
    "Jl. Anggur",
    "Jl. Beringin",
    "Jl. Air Lobang",
    "Jl. Kampung Baru",
    "Jl. Kejora",
    "Jl. Perintis Kemerdekaan",
    "Jl. Oekam",
    "Jl. Manggis",
    "Jl. Delima",
    "Jl. Pulau Sabu",
    "Jl. Bougenvil",
]
GANGS = [
    "Gg. Kakatua",
    "Gg. Mawar",
    "Gg. Asoka",
    "Gg. Anggrek",
    "Gg. Flamboyan",
    "Gg. Sepakat",
    "Gg. Karya",
    "Gg. Melati",
]
PUBLIC_STREETS = [
    "Jl. W.J. Lalamentik",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. El Tari",
    "Jl. Herman Yohanes",
    "Jl. Alfons Nisnoni",
    "Jl. Adisucipto",
    "Jl. Sam Ratulangi",
    "Jl. Moh. Hatta",
    "Jl. Jend. Sudirman",
    "Jl. Timor Raya",
    "Jl. Soeharto",
    "Jl. Amabi",
    "Jl. R.A. Kartini",
    "Jl. Ahmad Yani",
    "Jl. Kapten Tendean",
    "Jl. Cak Doko",
    "Jl. Veteran",
    "Jl. Thamrin",
]
KELURAHAN = [
    "Oebobo",
    "Oebufu",
    "Kayu Putih",
    "Liliba",
    "Naikoten I",
    "Fatululi",
    "Oesapa",
    "Oesapa Barat",
    "Lasiana",
    "Kelapa Lima",
    "Pasir Panjang",
    "Sikumana",
    "Bakunase",
    "Bello",
    "Fatukoa",
    "Naimata",
    "Penfui",
    "Maulafa",
    "Kolhua",
    "Oepura",
    "Alak",
    "Namosain",
    "Manulai II",
    "Nunbaun Sabu",
    "Nunbaun Delha",
    "Fatufeto",
    "Mantasi",
    "Oeba",
    "Solor",
    "Airnona",
    "Kuanino",
    "Nunleu",
    "Naikolan",
    "Tuak Daun Merah",
    "Airmata",
    "Bonipoi",
    "Merdeka",
    "Oetete",
    "Nefonaek",
    "Fontein",
    "Naioni",
]
HOSPITALS = [
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S. K. Lerik",
    "RSU Mamami",
    "RS Siloam Kupang",
    "RS Leona",
    "RSIA Dedari",
    "RS Kartini",
]
SCHOOLS = [
    "SMAN 1 Kupang",
    "SMPK St. Theresia",
    "SDK St. Yoseph",
    "SD Inpres Oepura 2",
    "SMPN 5 Kupang",
    "SMK Negeri 4 Kupang",
    "SD GMIT Oeba 1",
    "SMA Katolik Giovanni",
    "SMP Kristen Mercusuar",
    "MTsN Kota Kupang",
]
CHURCHES = [
    "GMIT Kota Baru",
    "GMIT Paulus",
    "GMIT Koinonia",
    "Gereja Katedral Kristus Raja",
    "GMIT Efata Liliba",
    "GMIT Betel Oesapa",
    "GMIT Syalom Airnona",
    "Paroki St. Yoseph Naikoten",
    "Masjid Raya Nurussa'adah",
    "Masjid Al Ikhlas Oeba",
]
BUSINESSES = [
    "Toko Sinar Abadi",
    "Apotek Kasih Ibu",
    "Depot Air Damai Sejahtera",
    "Salon Nona Manis",
    "Toko Bunga Indah",
    "Kios Mama Ester",
    "Bengkel Maju Motor",
    "Toko Umbu Jaya",
    "Rumah Makan Ratu Kuliner",
    "UD Tata Niaga",
]


def fmt_id(raw: str, fmt: str, r: random.Random) -> str:
    if fmt == "g4":
        return " ".join(raw[i : i + 4] for i in range(0, 16, 4))
    if fmt == "dots":
        return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
    if fmt == "pairs":
        return " ".join(raw[i : i + 2] for i in range(0, 16, 2))
    if fmt == "commas":
        return ", ".join(raw[i : i + 4] for i in range(0, 16, 4))
    if fmt == "ocr":
        chars = list(raw)
        idx = [i for i, c in enumerate(chars) if c in "01" and i > 1]
        for i in r.sample(idx, min(2, len(idx))):
            chars[i] = "O" if chars[i] == "0" else "l"
        return "".join(chars)
    if fmt == "short":  # 15 digits, one dropped
        return raw[:9] + raw[10:]
    return raw


def fmt_phone(raw: str, fmt: str) -> str:
    rest = raw[1:]
    if fmt == "dash":
        return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    if fmt == "sp":
        return f"{raw[:4]} {raw[4:8]} {raw[8:]}"
    if fmt == "dot":
        return f"{raw[:4]}.{raw[4:8]}.{raw[8:]}"
    if fmt == "plus":
        return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
    if fmt == "plusb":
        return f"+62{rest}"
    if fmt == "62":
        return f"62{rest}"
    if fmt == "62sp":
        return f"62 {rest[:3]} {rest[3:7]} {rest[7:]}"
    if fmt == "ocr":
        return raw.replace("0", "O", 1).replace("1", "l", 1)
    return raw


def fmt_bpjs(raw: str, fmt: str | None) -> str:
    if fmt == "g":
        return f"{raw[:4]} {raw[4:8]} {raw[8:]}"
    return raw


# --------------------------------------------------------------------------- rendering
PLACEHOLDER = re.compile(r"\{([A-Za-z]+\d*)(?:\.([a-z]+))?(?::([A-Za-z0-9]+))?(?:\|(lo|up|cap))?\}")
MARKER = re.compile(r"«(\w+):(.*?)»", re.DOTALL)


def substitute(piece: str, fill: Fill) -> str:
    def repl(m: re.Match[str]) -> str:
        v = fill.value(m.group(1), m.group(2), m.group(3))
        case = m.group(4)
        if case == "lo":
            return v.lower()
        if case == "up":
            return v.upper()
        if case == "cap":
            return v[:1].upper() + v[1:]
        return v

    return PLACEHOLDER.sub(repl, piece)


def render(template: str, fill: Fill, case: str | None) -> tuple[str, list[dict[str, object]]]:
    text = ""
    spans: list[dict[str, object]] = []
    pos = 0
    for m in MARKER.finditer(template):
        text += substitute(template[pos : m.start()], fill)
        value = substitute(m.group(2), fill)
        kind = KINDS[m.group(1)]
        spans.append(
            {"kind": kind, "start": len(text), "end": len(text) + len(value), "value": value}
        )
        text += value
        pos = m.end()
    text += substitute(template[pos:], fill)
    if case == "up":
        new = text.upper()
        for s in spans:
            s["value"] = str(s["value"]).upper()
    elif case == "lo":
        new = text.lower()
        for s in spans:
            s["value"] = str(s["value"]).lower()
    else:
        new = text
    if len(new) != len(text):
        raise ValueError("case change altered the length")
    return new, spans


EMAIL_DODGES = ("@", " at ", "(at)", "[at]", "(keong)", "(et)", "[@]")


def problems(text: str, spans: list[dict[str, object]]) -> list[str]:
    out: list[str] = []
    for bad in ("{", "}", "«", "»"):
        if bad in text:
            out.append(f"marker left: {bad}")
    ordered = sorted(spans, key=lambda s: int(s["start"]))
    for a, b in itertools.pairwise(ordered):
        if int(b["start"]) < int(a["end"]):
            out.append("overlap")
    for s in spans:
        start, end, kind = int(s["start"]), int(s["end"]), str(s["kind"])
        seg = text[start:end]
        if kind not in KINDS.values():
            out.append(f"kind {kind}")
        if not 0 <= start < end <= len(text):
            out.append("outside")
            continue
        if seg != s["value"]:
            out.append(f"value mismatch {seg!r} {s['value']!r}")
        if not (seg[0].isalnum() or (kind == "phone" and seg[0] in "+(")):
            out.append(f"bad start {seg!r}")
        if not seg[-1].isalnum():
            out.append(f"bad end {seg!r}")
        digits = sum(c.isdigit() for c in seg)
        idchars = sum(c.isdigit() or c in "OlIBS" for c in seg)
        if kind == "name":
            first = seg.split()[0].lower().rstrip(".")
            if first in TITLES:
                out.append(f"title opens name {seg!r}")
            if "@" in seg or digits:
                out.append(f"digit or @ in name {seg!r}")
        elif kind in {"nik", "kk"} and not 15 <= idchars <= 17:
            out.append(f"{kind} length {seg!r}")
        elif kind == "npwp" and digits not in {15, 16}:
            out.append(f"npwp length {seg!r}")
        elif kind == "bpjs" and digits != 13:
            out.append(f"bpjs length {seg!r}")
        elif kind == "phone" and not 9 <= idchars <= 14:
            out.append(f"phone length {seg!r}")
        elif kind == "bank_account" and not 10 <= digits <= 16:
            out.append(f"account length {seg!r}")
        elif kind == "email" and not any(d in seg for d in EMAIL_DODGES):
            out.append(f"email form {seg!r}")
    covered = [(int(s["start"]), int(s["end"])) for s in spans]

    def inside(a: int, b: int) -> bool:
        return any(x <= a and b <= y for x, y in covered)

    for s in spans:
        seg = text[int(s["start"]) : int(s["end"])]
        if s["kind"] == "name":
            for word in set(re.findall(r"[^\W\d_]{3,}", seg)):
                for m in re.finditer(
                    rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text, re.IGNORECASE
                ):
                    if not inside(m.start(), m.end()):
                        out.append(f"unlabelled name word {word!r}")
        elif s["kind"] != "address":
            for m in re.finditer(re.escape(seg), text):
                if not inside(m.start(), m.end()):
                    out.append(f"unlabelled number {seg!r}")
            digits_only = re.sub(r"\D", "", seg)
            if len(digits_only) >= 9:
                for m in re.finditer(r"\d[\d .\-]*\d", text):
                    if re.sub(r"\D", "", m.group()) == digits_only and not any(
                        x < m.end() and m.start() < y for x, y in covered
                    ):
                        out.append(f"unlabelled digits {seg!r}")
    return out


# --------------------------------------------------------------------------- templates
TEMPLATES: list[tuple[str, str, str, dict[str, str]]] = []


def T(style: str, theme: str, text: str, **people: str) -> None:
    if style not in STYLES or theme not in THEMES:
        raise ValueError((style, theme))
    TEMPLATES.append((style, theme, text.strip("\n"), people))


# =========================================================================== call_log
S = "call_log"
T(
    S,
    "numbers",
    """
CALL CENTER 112 KOTA KUPANG — {tgl} {jam}
Petugas: Selamat pagi, call center 112, dengan «n:{C.f}», ada yang bisa dibantu?
Penelepon: Pagi kaka. Beta mau lapor pohon tumbang di {jl}, tutup jalan sebelah.
Petugas: Baik. Atas nama siapa, bapak?
Penelepon: «n:{A}».
Petugas: Nomor yang bisa dihubungi?
Penelepon: Ini sa, «ph:{A.hp}».
Petugas: Baik Pak «n:{A.l}», laporan sudah kami teruskan ke BPBD, nomor tiket {tiket}.
""",
    A="m",
    C="f",
)
T(
    S,
    "no_trigger",
    """
Petugas: PDAM Kota Kupang, selamat siang.
Penelepon: Siang. Air di rumah sonde jalan su tiga hari.
Petugas: Boleh nomor sambungannya?
Penelepon: {samb}.
Petugas: Nama pelanggan di tagihan?
Penelepon: «n:{A}», tapi itu nama bapa, dia su meninggal. Yang telpon ini «n:{B.f}», anaknya.
Petugas: Alamat rumah?
Penelepon: «ad:{ad:full}», Kel. {kel}.
Petugas: Baik, petugas lapangan datang besok pagi.
""",
    A="m,old,ntt",
    B="kin=A",
)
T(
    S,
    "nickname",
    """
[Hotline Dinas Sosial, {tgl}]
Petugas: Dinas Sosial, bisa dibantu?
Penelepon: Ibu, beta mau tanya bantuan lansia untuk beta pung om, namanya «n:{A}», orang biasa panggil «n:{A.n}».
Petugas: NIK beliau ada?
Penelepon: Ada, «nik:{A.nik}».
Petugas: Baik, nanti kami cek di data DTKS. Om «n:{A.n}» tinggal di mana?
Penelepon: Di «ad:RT {rt} RW {rw}» Kel. {kel}, rumah dekat {gereja}.
""",
    A="m,old,ntt",
)
T(
    S,
    "officials",
    """
Catatan telepon masuk — Unit Pengaduan Kasih, {tgl}
Pelapor: Ibu «n:{A}» (HP «ph:{A.hp}»), warga «ad:RT {rt}/RW {rw}» Kel. {kel}.
Isi: mengeluh pelayanan di kantor kelurahan; petugas loket bernama «n:{B.f}» minta uang {rp} untuk surat keterangan domisili. Lurah {kel} Pak «n:{C.f}» sudah dihubungi pelapor tapi belum ada jawaban.
Tindak lanjut: diteruskan ke Inspektorat, tiket {tiket}.
""",
    A="f",
    C="m",
)
T(
    S,
    "children",
    """
Petugas: Puskesmas {pusk}, dengan siapa?
Penelepon: Saya «n:{A.f}», mamanya «n:{B.f}». Anak saya umur {umur} tahun demam tinggi dari kemarin, bisa pakai BPJS di UGD?
Petugas: Bisa ibu. Nomor kartunya?
Penelepon: «bpjs:{B.bpjs}».
Petugas: Baik, bawa saja sekarang, nanti bidan «n:{C.f}» yang jaga malam ini.
""",
    A="f",
    B="child,kin=A",
    C="f",
)
T(
    S,
    "second_mention",
    """
{jam} — telp dari «n:{A}», lampu jalan mati depan rumahnya di «ad:{ad:gg}». Pak «n:{A.m}» minta petugas datang sebelum hari {hari}. Katanya sdh lapor ke «n:{B.f}» di kelurahan minggu lalu, belum ada respon. HP «ph:{A.hp}».
""",
    A="m,ntt",
    B="f",
)
T(
    S,
    "origins",
    """
Petugas: Selamat siang, Dinas Koperasi dan Perdagangan.
Penelepon: Siang pak. Saya «n:{A}», pedagang ikan di Pasar Oeba. Petugas retribusi tarik {rp} per hari, padahal karcis cuma Rp{n}.000.
Petugas: Petugasnya siapa, pak?
Penelepon: Yang biasa dipanggil «n:{B.n}». Dia pakai motor «pl:{pl}».
Petugas: Baik, nanti kami cek. Nomor HP bapak?
Penelepon: «ph:{A.hp}».
""",
    A="m,bugis",
    B="m,ntt",
)
T(
    S,
    "word_names",
    """
Petugas: Call center Dinas Kesehatan, dengan «n:{W.f}», ada yang bisa dibantu?
Penelepon: Selamat malam ibu «n:{W.f}». Saya «n:{A}» dari «ad:RT {rt}/RW {rw}» Kel. {kel}. Di lingkungan kami banyak anak kena DBD, minta fogging.
Petugas: Baik bapak «n:{A.l}», sudah berapa kasus?
Penelepon: {n} anak, satu dirawat di {rs}.
""",
    W="word",
    A="m",
)
T(
    S,
    "case",
    """
LOG 112 / {tgl} {jam}
PELAPOR: «n:{A|up}» / «ph:{A.hp}»
LOKASI: «ad:{ad:jl|up}» KEL. {kel|up}
KEJADIAN: KEBAKARAN DAPUR, API SUDAH PADAM, 1 KORBAN LUKA RINGAN A.N. «n:{B|up}» ({umur} THN)
DITERUSKAN: DAMKAR, PUSKESMAS {pusk|up}
""",
    B="child",
)
T(
    S,
    "lists",
    """
Rekap telepon masuk hotline PLN UP3 Kupang, shift malam {tgl}:
1. «n:{A}» - «ph:{A.hp}» - padam total Kel. {kel}
2. «n:{B}» - «ph:{B.hp}» - token tidak masuk, ID pel {idpel}
3. «n:{C}» - «ph:{C.hp}» - tiang miring depan rumah, «ad:{ad:jl}»
Semua sudah diteruskan ke regu yantek. Petugas jaga: «n:{D.f}»
""",
)
T(
    S,
    "signatures",
    """
Penelepon tidak mau sebut nama, lapor ada orang bom ikan di pantai Oesapa jam 05.00 tiap hari {hari}. Nomor penelepon disembunyikan. Diteruskan ke Pos Polairud dan DKP Provinsi.
Dicatat oleh: «n:{C}» (operator)
Diperiksa: «n:{D.f}»
""",
)
T(
    S,
    "numbers",
    """
Petugas: Dukcapil Kota Kupang, ada yang bisa dibantu?
Penelepon: Sa mau tanya, di KK beta masih tulis nama bekas suami, «n:{B}».
Petugas: Atas nama ibu siapa?
Penelepon: «n:{A}».
Petugas: Boleh nomor KK-nya?
Penelepon: «kk:{kk:pairs}».
Petugas: NIK ibu?
Penelepon: «nik:{A.nik:commas}».
Petugas: Baik ibu «n:{A.f}», datang bawa akta cerai ke loket 3, antrian mulai {jam}.
""",
    A="f",
    B="m",
)
T(
    S,
    "numbers",
    """
Catatan call center: penelepon «n:{A}» («ph:{A.hp}») melaporkan penipuan jual-beli motor di Facebook. Ia transfer {rp} ke rek BRI «rek:{rek:bri}» a.n. «n:{B}» untuk motor Honda Beat «pl:{pl}». Nomor penjual «ph:{B.hp}» (mengaku namanya «n:{B.f}») sekarang tidak aktif.
Saran petugas: lapor ke SPKT Polresta Kupang Kota, bawa bukti transfer no. ref {trx}.
""",
)
T(
    S,
    "officials",
    """
Petugas: Bapenda Kota Kupang, selamat pagi.
Wajib pajak: Pagi. Saya «n:{A}», mau minta SPPT PBB dikirim lewat email sa.
Petugas: Boleh, email bapak?
Wajib pajak: «em:{A.mail}».
Petugas: NOP-nya?
Wajib pajak: {nop}.
Petugas: Baik, nanti dikirim dari bapenda.kotakupang@gmail.com paling lambat hari {hari}. Saya «n:{C.f}», kalau ada kendala sebut nama saya saja.
""",
    A="m",
    C="f",
)
T(
    S,
    "numbers",
    """
Petugas: KPP Pratama Kupang, dengan «n:{C.f}».
Penelepon: Saya mau tanya NPWP lama saya «npwp:{npwp1}» masih bisa dipakai atau sudah ganti NIK?
Petugas: Sekarang NPWP orang pribadi pakai NIK. Boleh NIK bapak?
Penelepon: «nik:{A.nik}».
Petugas: Atas nama?
Penelepon: «n:{A|up}».
Petugas: Sudah terhubung pak, bisa login pakai NIK.
""",
    A="m",
)
# no personal data
T(
    S,
    "lookalikes",
    """
Petugas: Dinas Perhubungan, selamat siang.
Penelepon: Siang. Lampu jalan di {jl} depan {rs} mati semua, gelap sekali.
Petugas: Sejak kapan?
Penelepon: Sejak hari {hari}. Sudah lapor lewat SMS 1708 juga, nomor laporan {tiket}.
Petugas: Baik, kami teruskan ke UPT PJU. Kalau belum menyala hubungi kantor {otel}.
Penelepon: Terima kasih.
""",
)
T(
    S,
    "officials",
    """
Penelepon: Selamat sore, beta mau lapor Pak Lurah {kel} sonde ada di kantor dari pagi, surat pindah sonde bisa tanda tangan.
Petugas: Sudah hubungi sekretaris lurah?
Penelepon: Sudah, katanya tunggu Pak Lurah pulang rapat di kantor camat.
Petugas: Baik, kami catat. Nomor tiket {tiket}. Kalau ada perkembangan hubungi call center {cc}.
""",
)
T(
    S,
    "numbers",
    """
Penelepon: Ibu, tadi ada telepon dari {hp1}, katanya petugas PLN, minta transfer {rp} buat ganti meteran.
Petugas: Itu bukan petugas kami bu. PLN tidak minta transfer lewat telepon. Nomor resmi PLN 123 atau aplikasi PLN Mobile.
Penelepon: Oh begitu. Jadi yang {hp1} itu penipu?
Petugas: Betul bu, jangan dilayani. ID pelanggan ibu {idpel} aman.
""",
)
T(
    S,
    "word_names",
    """
Penelepon: Mau lapor, di Pasar Kasih Naikoten got tersumbat, air bau busuk sampai ke los ikan.
Petugas: Sudah berapa lama?
Penelepon: Dari sebelum Jumat Agung, su hampir dua minggu. Salon Nona Manis deng Toko Sinar Abadi di depan juga kena.
Petugas: Terima kasih, kami teruskan ke DLHK. Tiket {tiket}.
""",
)
T(
    S,
    "lookalikes",
    """
[Call Center BPJS Kesehatan Cabang Kupang, {tgl} {jam}]
Agen: Selamat siang, BPJS Kesehatan, ada yang bisa dibantu?
Penelepon: Saya mau tanya, iuran mandiri bulan ini kode VA-nya berapa?
Agen: VA bapak {va}, jumlah {rp}. Bayar paling lambat tanggal 10.
Penelepon: Kalau telat?
Agen: Kena denda layanan rawat inap. Untuk pertanyaan lain hubungi 165 atau WA Pandawa {owa}.
""",
)
T(
    S,
    "children",
    """
Petugas: Dinas Pendidikan, selamat pagi.
Penelepon: Pagi. Anak saya tidak lolos PPDB jalur zonasi di {sek}, padahal rumah cuma 300 meter. Nomor pendaftaran {tiket}.
Petugas: NISN anaknya?
Penelepon: {nisn}.
Petugas: Baik, kami cek ke panitia sekolah. Pengumuman ulang tanggal {tgl}.
""",
)
T(
    S,
    "lists",
    """
Rekap hotline BPBD {tgl}:
- {jam} pohon tumbang {jl}, sudah ditangani
- {jam2} banjir setinggi lutut Kel. {kel}, 12 rumah, warga RT 05 sampai RT 09
- {jam3} tanah longsor belakang {sek}, tidak ada korban
Pelapor semua anonim. Koordinasi lewat {otel}.
""",
)
# =========================================================================== phone_log
S = "phone_log"
T(
    S,
    "no_trigger",
    """
{jam} | «n:{A|lo}» | «ph:{A.hp}» | air PDAM mati 4 hari, «ad:{ad:rtrw|lo}» kel. {kel|lo}
{jam2} | anonim | - | lampu jalan {jl} mati
{jam3} | «n:{B|lo}» | «ph:{B.hp}» | sampah blm diangkat, minta truk DLHK
""",
)
T(
    S,
    "case",
    """
TGL {tgl} — MEJA PENGADUAN KEL. {kel|up}
08.10 «n:{A|up}» HP «ph:{A.hp}» — MINTA SURAT KET. TIDAK MAMPU UTK ANAK «n:{B.f|up}»
08.45 «n:{C|up}» HP «ph:{C.hp}» — ANJING TETANGGA GIGIT ANAK, MINTA MEDIASI
09.30 DINAS SOSIAL (TELP KANTOR {otel}) — KONFIRMASI DATA BLT
""",
    B="child,kin=A",
)
T(
    S,
    "second_mention",
    """
{jam} tlp masuk: «n:{A}», «ph:{A.hp}». Rumah di «ad:{ad:jl}» kemasukan air dari saluran yg ditutup tetangga. {jam2} «n:{A.m}» telp lg, minta petugas ukur batas. Cat: nama dia tulis «n:{A.f}» sj di WA.
""",
    A="ntt",
)
T(
    S,
    "nickname",
    """
{tgl}
- {jam} Om «n:{A.n}» («n:{A}») «ph:{A.hp}»: babi tetangga lepas masuk kebun, sdh 3x
- {jam2} Kak «n:{B.n}» «ph:{B.hp}»: tanya jadwal posyandu {kel}
- {jam3} Dinkes ({otel}): minta data balita gizi kurang
""",
    A="m,ntt",
    B="f,ntt",
)
T(
    S,
    "officials",
    """
Log telp Kecamatan {kec}, {tgl}
{jam} — Lurah {kel} «n:{A}» lapor jembatan kayu di RT 04 ambruk. Minta alat berat. HP pribadi «ph:{A.hp}».
{jam2} — Sekcam minta lurah kirim foto ke grup.
{jam3} — bidan «n:{B.f}» dari Pustu {kel}: 2 ibu hamil perlu dijemput ambulans.
""",
    A="m",
    B="f",
)
T(
    S,
    "children",
    """
{jam} «n:{A}» «ph:{A.hp}» — anaknya «n:{B.f}» ({umur} th) belum dapat akta lahir, sdh 2x ke Dukcapil. Nomor antrian {tiket}. NIK anak «nik:{B.nik}».
""",
    B="child,kin=A",
)
T(
    S,
    "origins",
    """
{jam} | «n:{A}» | «ph:{A.hp}» | warung di Kuanino tiap malam ada mabuk-mabukan
{jam2} | «n:{B}» | «ph:{B.hp}» | minta izin keramaian utk acara nikah di rumah, «ad:{ad:full}»
{jam3} | «n:{C}» | «ph:{C.hp}» | pungli parkir depan {rs}
""",
    A="bugis",
    B="bali",
    C="arab",
)
T(
    S,
    "signatures",
    """
Rekap telp pengaduan jalan rusak, minggu ke-3 {tgl}:
{jam} {jl} lubang besar (anonim)
{jam2} «n:{A}» «ph:{A.hp}», jalan masuk rumah «ad:{ad:gg}» tergenang
{jam3} Camat {kec} (kantor {otel}) minta data
Direkap: «n:{C}»
""",
)
T(
    S,
    "lists",
    """
Daftar penelepon yg minta dihubungi balik (Bapenda, {tgl}):
«n:{A}» «ph:{A.hp}»; «n:{B}» «ph:{B.hp}»; «n:{C}» «tel:{C.tel}» (telp rumah); «n:{D}» «ph:{D.hp}»
Semua soal SPPT PBB 2026 tidak sampai.
""".replace("«tel:", "«ph:"),
)
T(
    S,
    "numbers",
    """
{jam} «n:{A}» — tanya BPJS PBI dinonaktifkan. No kartu «bpjs:{A.bpjs}», NIK «nik:{A.nik}». Disarankan ke Dinsos bawa KK «kk:{kk}». HP «ph:{A.hp}».
""",
)
T(
    S,
    "numbers",
    """
{jam} penelepon «n:{A.f|lo}» (tdk sebut marga) — dapat sms dari {hp1} katanya menang undian Bank NTT, sdh kirim {rp}. Rek tujuan Bank NTT «rek:{rek:ntt}» a.n. «n:{B}». No pelapor «ph:{A.hp}».
""",
)
T(
    S,
    "word_names",
    """
{jam} | «n:{W}» | «ph:{W.hp}» | ibu «n:{W.f}» lapor kios di Pasar Oebobo dibongkar tanpa pemberitahuan
{jam2} | UPTD Pasar ({otel}) | - | konfirmasi bongkar utk renovasi
""",
    W="word",
)
T(
    S,
    "case",
    """
{jam} — «n:{A|lo}», hp «ph:{A.hp}», motor «pl:{pl}» ditahan di pos dishub, katanya parkir sembarang. minta info tebus.
{jam2} — «n:{A.f|lo}» telp lg, sdh bayar {rp}, motor blm dikembalikan.
""",
)
T(
    S,
    "officials",
    """
{tgl} / Pos Pengaduan Satpol PP
{jam} Pelapor «n:{A}» («ph:{A.hp}»), warga «ad:{ad:rt}», lapor PKL tutup trotoar di {jl}.
{jam2} Anggota regu «n:{B}» dan «n:{C}» turun cek. Hasil: PKL bersedia mundur.
""",
    B="m",
    C="m",
)
T(
    S,
    "no_trigger",
    """
{jam} - «n:{A|lo}» «ph:{A.hp}» - sumur bor umum rusak, 40 KK ambil air di kali
{jam2} - «n:{A.l|lo}» lagi - tanya kapan teknisi datang
""",
    A="ntt",
)
# no personal data
T(
    S,
    "lookalikes",
    """
{tgl}
{jam} | anonim | - | lampu lalu lintas {jl} mati
{jam2} | PLN UP3 Kupang | 123 | info padam terencana Kel. {kel}
{jam3} | anonim | - | baliho roboh depan {sek}
{jam4} | DLHK | {otel} | konfirmasi jadwal angkut sampah
""",
)
T(
    S,
    "officials",
    """
{jam} Kadis minta rekap aduan minggu ini.
{jam2} Kabid PJU telp, lampu {jl} sdh diganti.
{jam3} Pak Lurah {kel} konfirmasi rapat {hari} jam 10.
{jam4} Sekretariat Wali Kota: surat {surat} sdh dibalas.
""",
)
T(
    S,
    "numbers",
    """
{jam} | tidak sebut nama | - | tanya token PLN {token} ditolak
{jam2} | tidak sebut nama | - | tagihan PDAM samb. {samb} naik jadi {rp}
{jam3} | tidak sebut nama | - | kode billing {billing} sdh dibayar tp status blm lunas
""",
)
T(
    S,
    "numbers",
    """
{jam} — warga telp, terima WA dari {hp1} ngaku dari Dinsos, minta data KK. Sdh diingatkan jgn kirim.
{jam2} — warga lain, nomor penipu {hp2}, modus sama.
Info ke grup RT: nomor resmi Dinas Sosial hanya {otel}.
""",
)
T(
    S,
    "word_names",
    """
{jam} anonim: Posyandu Bunga Bakung {kel} kehabisan vitamin A.
{jam2} anonim: Toko Bunga Indah depan {gereja} buang sampah di got.
{jam3} Apotek Kasih Ibu konfirmasi stok obat cacing.
""",
)
T(
    S,
    "children",
    """
{jam} | ortu murid (tdk sebut nama) | - | anak kelas 3 {sek} diminta bayar {rp} utk seragam
{jam2} | Komite Sekolah | {owa} | klarifikasi, bukan wajib
{jam3} | ortu murid | - | pungutan LKS {rp2}
""",
)
S = "phone_log"
T(
    S,
    "lists",
    """
NOMOR PENTING (tempel di meja)
PLN 123 | PDAM {otel} | Damkar 113 | Ambulans 119 | BPBD {otel2} | Polresta 110 | Dinsos {otel3} | WA center Pemkot {owa}
Rekap hari ini: 14 telp, 9 selesai, 5 diteruskan. Tiket terakhir {tiket}.
""",
)
# =========================================================================== sms_lower
S = "sms_lower"
T(
    S,
    "no_trigger",
    """
kotkupang tadi «n:{A}» datang lg ke rumah marah2 soal batas tanah pdhl sdh diukur bpn tlg dimediasi. sy «n:{B}» «ad:{ad:rtrw}» kel {kel}
""",
    A="ntt",
    B="ntt",
)
T(
    S,
    "case",
    """
kotkupang sy «n:{A}» nik «nik:{A.nik:b}» no kk «kk:{kk:b}» ktp el sy hilang wkt banjir di {kel} sdh lapor polsek blm dpt surat kehilangan tlg dibantu
""",
)
T(
    S,
    "second_mention",
    """
kotkupang sy «n:{A}» rumah sy «ad:{ad:jl}» got depan rumah tersumbat sdh 2 mgg bau sekali. kl petugas dtg tlg hub «n:{A.f}» di «ph:{A.hp:b}» trims
""",
)
T(
    S,
    "nickname",
    """
kotkupang om «n:{A.n}» tetangga sy buka bengkel las di rumah bising sampe jam 11 malam. sdh tegur tdk mau dgr. sy «n:{B.f}» «ad:{ad:rt}» kel {kel}
""",
    A="m,ntt",
    B="f",
)
T(
    S,
    "officials",
    """
kotkupang guru «n:{B.f}» di {sek} pukul anak sy «n:{C.f}» pakai penggaris smp bengkak. kepsek blm ada tindakan. sy ortu «n:{A}» hp «ph:{A.hp:b}»
""",
    B="m",
    C="child,kin=A",
)
T(
    S,
    "children",
    """
kotkupang anak sy «n:{C}» kls 2 smp blm terima pip padahal sdh didata thn lalu nisn {nisn} tlg dicek. mamanya «n:{A.f}»
""",
    C="child,kin=A",
    A="f",
)
T(
    S,
    "origins",
    """
kotkupang sy «n:{A}» pemilik toko kelontong di kuanino. tiap mlm ada yg buang sampah di depan toko. hp sy «ph:{A.hp:b}»
""",
    A="cina",
)
T(
    S,
    "word_names",
    """
kotkupang sy «n:{W}» warga «ad:{ad:rtrw}» {kel} air pdam tdk jalan 1 mgg tp tagihan tetap {rp}. no samb {samb}
""",
    W="word",
)
T(
    S,
    "signatures",
    """
kotkupang lampu jalan di gang masuk rumah sy mati sdh sebulan anak2 pulang sekolah gelap takut. rumah sy «ad:{ad:gg}» {kel}
- «n:{A}»
""",
)
T(
    S,
    "numbers",
    """
kotkupang sy «n:{A}» no bpjs «bpjs:{A.bpjs}» ditolak di {rs} katanya tdk aktif pdhl pbi. nik «nik:{A.nik:b}»
""",
)
T(
    S,
    "numbers",
    """
kotkupang sy ikut arisan online adminnya «n:{B}» sdh transfer {rp} ke bri «rek:{rek:bri}» a.n. «n:{B.f}» skrg dia hilang nomor «ph:{B.hp:b}» tdk aktif. sy «n:{A.f}» hp «ph:{A.hp:b}»
""",
    A="f",
    B="f",
)
T(
    S,
    "lists",
    """
kotkupang kami «n:{A}», «n:{B}», «n:{C}» warga «ad:{ad:rtrw}» kel {kel} jalan tanah depan rumah kami becek sekali tlg dipasang sirtu
""",
)
T(
    S,
    "numbers",
    """
kotkupang motor sy «pl:{pl}» hilang di parkiran {rs} tgl {tgl} juru parkir tdk mau tanggung jwb. sy «n:{A}» «ph:{A.hp:b}»
""",
)
T(
    S,
    "numbers",
    """
kotkupang sy «n:{A}» sdh daftar online izin usaha tp email verifikasi tdk masuk. email sy «em:{A.mail}» tlg dicek. nib blm terbit
""",
)
T(
    S,
    "case",
    """
kotkupang npwp sy «npwp:{npwp1}» tdk bisa validasi di coretax krn nama sy «n:{A|lo}» ditulis «n:{A.m|lo}» di data pajak. tlg bantu
""",
)
# no personal data
T(
    S,
    "lookalikes",
    """
kotkupang jl {jl|lo} depan {rs|lo} berlubang besar sdh ada motor jatuh tlg segera diperbaiki sblm natal
""",
)
T(
    S,
    "word_names",
    """
kotkupang terima kasih utk petugas dlhk sampah sdh diangkat. taman dkt {gereja|lo} skrg indah dan damai. tp lampu taman blm nyala
""",
)
T(
    S,
    "officials",
    """
kotkupang pak lurah {kel|lo} tdk pernah ada di kantor jam kerja. pelayanan surat pindah tertunda 1 mgg. tlg pak wali tegur
""",
)
T(
    S,
    "numbers",
    """
kotkupang sdh bayar pbb nop {nop} kode billing {billing} tp status di aplikasi blm lunas. laporan sblmnya {tiket}
""",
)
T(
    S,
    "numbers",
    """
kotkupang ada sms dari {hp1} katanya sy menang undian {rp} dr telkomsel suruh transfer biaya admin. tlg diblokir nomornya
""",
)
T(
    S,
    "lists",
    """
kotkupang air pdam mati di rt 03 rt 04 dan rt 07 {kel|lo} sdh 5 hari. warga beli air tangki {rp}
""",
)
T(
    S,
    "children",
    """
kotkupang sekolah {sek|lo} minta uang komite {rp} per anak pdhl katanya sekolah gratis. bbrp ortu tdk mampu. tlg dicek
""",
)
# =========================================================================== sms_caps
S = "sms_caps"
T(
    S,
    "no_trigger",
    """
KOTKUPANG «n:{A}» TETANGGA SY BAKAR SAMPAH TIAP SORE ASAP MASUK RUMAH ANAK SY SESAK NAFAS. SY «n:{B}» «ad:{ad:full}» KEL {kel}
""",
    A="ntt",
    B="ntt",
)
T(
    S,
    "case",
    """
KOTKUPANG SY «n:{A}» NIK «nik:{A.nik:b}» NO KK «kk:{kk:b}» DATA SY DI DTKS HILANG BANSOS TDK CAIR 3 BLN. HP «ph:{A.hp:b}»
""",
)
T(
    S,
    "second_mention",
    """
KOTKUPANG SY «n:{A}» SDH 3X KE KANTOR DUKCAPIL URUS AKTA ANAK. PETUGAS BILANG NAMA SY SALAH TULIS JADI «n:{A.m}». TLG DIPERBAIKI. «n:{A.f}» «ph:{A.hp:b}»
""",
    A="ntt",
)
T(
    S,
    "nickname",
    """
KOTKUPANG SOPIR ANGKOT «n:{A.n}» JURUSAN 10 UGAL2AN TADI SAMPE SENGGOL MOTOR SY. NOPOL ANGKOT «pl:{pl}». SY «n:{B}»
""",
    A="m,jawa",
)
T(
    S,
    "officials",
    """
KOTKUPANG BIDAN «n:{B.f}» DI PUSTU {kel} MINTA BAYAR {rp} UTK PERSALINAN PDHL SY PUNYA KIS «bpjs:{A.bpjs}». SY «n:{A}»
""",
    A="f",
    B="f",
)
T(
    S,
    "children",
    """
KOTKUPANG ANAK SY «n:{C.f}» UMUR {umur} THN BLM DPT IMUNISASI KRN POSYANDU TUTUP 2 BLN. SY «n:{A}» «ad:{ad:rtrw}» {kel}
""",
    C="child,kin=A",
)
T(
    S,
    "origins",
    """
KOTKUPANG SY «n:{A}» PENJUAL SATE DI KAMPUNG SOLOR. LAPAK SY DIGUSUR SATPOL TANPA SURAT. HP «ph:{A.hp:b}»
""",
    A="bugis",
)
T(
    S,
    "word_names",
    """
KOTKUPANG SY «n:{W}» WARGA «ad:{ad:rt}» {kel} MINTA TOLONG PARIT DEPAN RUMAH DIBERSIHKAN SBLM HUJAN. HP «ph:{W.hp:b}»
""",
    W="wordnick",
)
T(
    S,
    "signatures",
    """
KOTKUPANG JALAN KE RUMAH SY «ad:{ad:blok}» RUSAK BERAT SDH 2 THN TDK PERNAH DIPERBAIKI. MOHON PERHATIAN. DARI «n:{A}» DI {kel}
""",
)
T(
    S,
    "numbers",
    """
KOTKUPANG NPWP SY YG LAMA «npwp:{npwp1}» SKRG HRS PAKAI «npwp:{A.npwp:nik}» (SAMA DGN NIK) TP DITOLAK WKT LAPOR SPT. SY «n:{A}»
""",
)
T(
    S,
    "numbers",
    """
KOTKUPANG SY «n:{A}» TRANSFER {rp} KE MANDIRI «rek:{rek:mandiri}» A.N. «n:{B}» UTK SEWA KOS, PEMILIK KOS TDK BISA DIHUBUNGI «ph:{B.hp:b}». TLG BANTU
""",
)
T(
    S,
    "lists",
    """
KOTKUPANG KAMI 4 KK DI «ad:{ad:rtrw}» {kel}: «n:{A}», «n:{B}», «n:{C}», «n:{D}» TDK DAPAT AIR BERSIH SDH 1 BLN. MOHON DIBANTU TANGKI
""",
)
T(
    S,
    "numbers",
    """
KOTKUPANG MOBIL SY «pl:{pl}» DITILANG DI {jl} PDHL SDH BAYAR PAJAK. SURAT TILANG {surat}. SY «n:{A}» «ph:{A.hp:b}»
""",
)
T(
    S,
    "numbers",
    """
KOTKUPANG SY «n:{A}» SDH DAFTAR CPNS TP EMAIL KONFIRMASI TDK MASUK. EMAIL SY «em:{A.mail}». NO PENDAFTARAN {tiket}
""",
)
T(
    S,
    "case",
    """
KOTKUPANG TANAH KELUARGA «n:{A.l}» DI {kel} DISEROBOT. SERTIFIKAT ATAS NAMA «n:{A}». SY ANAKNYA «n:{B.f}» «ph:{B.hp:b}»
""",
    A="m,ntt",
    B="kin=A",
)
# no personal data
T(
    S,
    "lookalikes",
    """
KOTKUPANG LAMPU MERAH SIMPANG {jl} DEPAN {rs} MATI SDH 3 HARI. MACET TIAP PAGI. LAPORAN {tiket}
""",
)
T(
    S,
    "word_names",
    """
KOTKUPANG TERIMA KASIH PEMKOT JALAN DI {kel} SDH MULUS. TP PASAR KASIH MASIH BECEK DAN BAU. MOHON DIPERHATIKAN. SALAM DAMAI
""",
)
T(
    S,
    "officials",
    """
KOTKUPANG KEPALA DINAS PUPR TDK PERNAH BALAS SURAT KAMI NO {surat}. WARGA RT 02 SAMPAI RT 09 {kel} TUNGGU DRAINASE
""",
)
T(
    S,
    "numbers",
    """
KOTKUPANG SAYA DAPAT 2 NOMOR {hp1} DAN {hp2} MENGAKU DARI BAPENDA MINTA BAYAR DENDA PBB. MANA YG RESMI?
""",
)
T(
    S,
    "numbers",
    """
KOTKUPANG TOKEN PLN {token} TDK MASUK ID PEL {idpel}. SDH BAYAR {rp} VIA VA {va}
""",
)
T(
    S,
    "children",
    """
KOTKUPANG SISWA {sek} PULANG JAM 1 SIANG JALAN KAKI DI {jl} TDK ADA TROTOAR. MOHON ZEBRA CROSS. ORTU MURID
""",
)
T(
    S,
    "lists",
    """
KOTKUPANG SUDAH ADA 3 WARGA RT 26 KENA DBD. FOGGING BLM DTG. RT 24 DAN RT 25 JUGA BANYAK NYAMUK. {kel}
""",
)
# =========================================================================== wa_forward
S = "wa_forward"
T(
    S,
    "no_trigger",
    """
*Diteruskan*
[{tgl} 07.12] «n:{A}»: Bapa mama, air su mati lagi dari subuh
[{tgl} 07.15] «n:{B|lo}»: iya di sini ju. tadi «n:{C|lo}» su pi tanya di kantor PDAM
[{tgl} 07.20] Admin RT: Sabar e, nanti beta telpon PDAM
[{tgl} 07.31] «n:{C|lo}»: katanya pipa induk pecah di {jl}
""",
)
T(
    S,
    "nickname",
    """
[{jam}] Om «n:{A.n}»: Sapa yg parkir motor «pl:{pl}» di depan gerbang? Beta sonde bisa keluar
[{jam2}] Kak «n:{B.n}»: itu «n:{C.f}» pung, dia lagi ibadah
[{jam3}] Om «n:{A.n}»: Tolong bilang «n:{C.f}» pindah dolo
""",
    A="m,ntt",
    B="f,ntt",
    C="m",
)
T(
    S,
    "second_mention",
    """
Diteruskan dari grup PKK {kel}:
"Ibu-ibu, bidan «n:{B}» bilang timbangan di posyandu rusak, bulan ini penimbangan pindah ke rumah Mama «n:{C.f}» di «ad:{ad:jl}». Bawa buku KIA. Bidan «n:{B.m}» datang jam 9."
— dikirim «n:{A}»
""",
    A="f",
    B="f,ntt",
    C="f",
)
T(
    S,
    "origins",
    """
[{tgl} 19.02] «n:{A}»: Om Swastiastu bapak ibu, upacara di pura hari Minggu, parkir di lapangan saja
[{tgl} 19.05] «n:{B}»: Siap Pak «n:{A.f}». Yang bawa canang siapa?
[{tgl} 19.09] «n:{C}»: Tiyang bawa, rumah tiyang dekat, «ad:{ad:gg}»
""",
    A="m,bali",
    B="bali",
    C="f,bali",
)
T(
    S,
    "officials",
    """
Diteruskan:
PEMBERITAHUAN
Kepada warga RT {rt}/RW {rw} yang namanya tercantum sebagai penerima BLT, harap datang ke kantor kelurahan hari {hari} jam 09.00 membawa KTP dan KK asli.
Lurah {kel}
«n:{A}», S.Sos
Kontak staf: «n:{B.f}» «ph:{B.hp}»
""",
    A="m",
    B="f",
)
T(
    S,
    "children",
    """
[{jam}] «n:{A|lo}»: ada yg lihat beta pung anak «n:{B.f}»? pake baju merah, umur {umur} taun, tadi main di lapangan dekat {sek}
[{jam2}] «n:{C|lo}»: tadi beta lihat di kios Mama «n:{D.f}»
[{jam3}] «n:{A|lo}»: su dapat, terima kasih bapa mama
""",
    A="f",
    B="child,kin=A",
)
T(
    S,
    "word_names",
    """
[{tgl} 16.40] «n:{W}»: Selamat sore, mau tanya rapat arisan jadi di rumah sapa?
[{tgl} 16.42] «n:{A}»: Di rumah «n:{W.f}» sa, «ad:{ad:blok}»
[{tgl} 16.45] «n:{W.f}»: Oke, beta siap kopi deng kue
""",
    W="word",
)
T(
    S,
    "signatures",
    """
Pesan diteruskan berkali-kali
Bapak ibu warga {kel}, mohon bantu doa dan dukungan. Tetangga kami «n:{A}» rumahnya terbakar semalam di «ad:{ad:full}». Bantuan pakaian bisa diantar ke rumah sy.
Salam,
«n:{B.f}»
""",
)
T(
    S,
    "lists",
    """
*JADWAL RONDA* (diteruskan)
Senin: «n:{A.f}», «n:{B.f}»
Selasa: Om «n:{C.n}», «n:{D.f}»
Rabu: «n:{E.f}» dan anak mantunya
Yg berhalangan tukar sendiri. Pos ronda dekat {gereja}.
""",
    A="m",
    B="m",
    C="m,ntt",
    D="m",
    E="m",
)
T(
    S,
    "numbers",
    """
*Diteruskan*
DIJUAL CEPAT Honda Vario 2019 «pl:{pl}», pajak hidup, surat lengkap. Harga {rp} nego. Minat hub «n:{A.f}» «ph:{A.hp}» (pemilik langsung, bukan dealer)
""",
    A="m",
)
T(
    S,
    "numbers",
    """
Diteruskan dari grup keluarga:
Telah berpulang dengan tenang Bapa kami «n:{A}» pada {tgl} di {rs}. Ibadah penghiburan di rumah duka «ad:{ad:full}».
Bagi yang ingin membantu: rek BRI «rek:{rek:bri}» a.n. «n:{B}» (anak almarhum), HP «ph:{B.hp}».
""",
    A="m,old,ntt",
    B="kin=A",
)
T(
    S,
    "numbers",
    """
[{jam}] Kader Posyandu: Bapa mama, kirim data untuk bantuan lansia: nama, NIK, KK
[{jam2}] «n:{A}»: Ini data sy bu kader: «n:{A|up}», NIK «nik:{A.nik}», KK «kk:{kk}»
[{jam3}] Kader Posyandu: Terima kasih Om «n:{A.f}»
""",
    A="m,old",
)
T(
    S,
    "numbers",
    """
[{tgl} 20.11] «n:{A}»: Bapa ibu guru honor yg belum kirim berkas tunjangan, kirim ke email sy «em:{A.mail:sch}» paling lambat {hari}
[{tgl} 20.13] «n:{B}»: Siap ibu «n:{A.f}»
[{tgl} 20.20] Admin Guru Honor: Jangan kirim ke nomor lain e, hati-hati penipuan
""",
    A="f",
)
T(
    S,
    "numbers",
    """
Tolong share
DITEMUKAN dompet coklat di angkot jurusan 6 hari {hari}. Isi: KTP a.n. «n:{A|up}», kartu KIS no «bpjs:{A.bpjs}», dan uang. Pemilik bisa hubungi «n:{B.f}» «ph:{B.hp}» atau ambil di Pos Polisi Kuanino.
""",
)
T(
    S,
    "case",
    """
[{tgl} 21.04] «n:{A|up}»: SAPA YG BUANG BANGKAI ANJING DI GOT DEPAN RUMAH SY «ad:{ad:jl|up}»??
[{tgl} 21.06] «n:{B|lo}»: sabar om, besok kita gotong royong
[{tgl} 21.07] Grup RT: bapa «n:{A.f|lo}» nanti beta lapor ke DLHK
""",
    A="m",
)
# no personal data
T(
    S,
    "numbers",
    """
*HATI-HATI PENIPUAN* (diteruskan)
Nomor {hp1} mengaku dari Dinas Sosial Kota Kupang, minta foto KK dan KTP untuk "pencairan BLT". Jangan dilayani. Nomor resmi Dinas Sosial hanya {otel}.
""",
)
T(
    S,
    "officials",
    """
INFO PENGADUAN DINAS SOSIAL KOTA KUPANG
SMS/WA {owa}
Telp {otel}
Senin–Jumat 08.00–15.00. Pengaduan juga bisa lewat SMS 1708 format KOTKUPANG (spasi) keluhan.
""",
)
T(
    S,
    "no_trigger",
    """
[{jam}] mama: nona, jangan lupa beli minyak
[{jam2}] Admin Kelurahan: Info: pembagian beras bantuan ditunda ke hari {hari}
[{jam3}] Info PLN: Pemadaman terencana Kel. {kel} pukul 09.00–14.00
[{jam4}] mama: su dengar, beras ditunda
""",
)
T(
    S,
    "lookalikes",
    """
Diteruskan:
Jadwal ibadah Natal 2026: {gereja} jam 17.00, GMIT Koinonia (Jl. Thamrin No. 7) jam 19.00. Parkir di halaman {sek}. Hubungi sekretariat {otel}.
""",
)
T(
    S,
    "word_names",
    """
Diteruskan: Selamat Hari Kasih Sayang bapa mama! Toko Sinar Abadi diskon {n}0% sampai {tgl}, Apotek Kasih Ibu buka 24 jam. Salam damai dari pengurus.
""",
)
T(
    S,
    "lists",
    """
Info jadwal fogging Dinkes hari ini: RT 27, RT 26 dan RT 28 Kel. {kel}. Tutup makanan, buka jendela. Laporan kasus DBD bisa ke {otel}.
""",
)
T(
    S,
    "officials",
    """
[{jam}] Admin RW: Bapa mama, Pak Lurah minta ketua RT kumpul di kantor kelurahan jam 16.00
[{jam2}] Ketua RT 09: Siap
[{jam3}] Ketua RT 11: Hadir, tapi telat sedikit
""",
)
# =========================================================================== social_comment
S = "social_comment"
T(
    S,
    "no_trigger",
    """
[Post] Info Kupang Terkini
Jalan di {jl} tagenang lagi, motor mogok semua. Kapan mau diperbaiki ini?
Komentar:
«n:{A|lo}»: sama di depan rumah sa, «ad:{ad:jl|lo}», tiap hujan jadi kali
kupang_bersuara: tag dinas pupr sa
«n:{B}»: tadi «n:{C}» su foto kirim ke LAPOR
""",
)
T(
    S,
    "case",
    """
[Post] SUARA WARGA KOTA KUPANG
ADA YG KENAL INI ORANG? SUDAH 3X AMBIL PAKET DI DEPAN RUMAH ORANG. MOTOR «pl:{pl}»
Komentar:
«n:{A|up}»: ITU YG TINGGAL DI GANG BELAKANG PASAR
«n:{B|lo}»: jgn main hakim sendiri, lapor polisi sa
info_oebobo: sudah diteruskan ke Polsek
""",
)
T(
    S,
    "second_mention",
    """
[Post] Kupang Peduli
Mohon bantuan doa, adik kami «n:{A}» kecelakaan di {jl} tadi malam, sekarang di {rs}. Butuh darah golongan B.
Komentar:
«n:{B}»: Cepat sembuh «n:{A.f}»
«n:{C}»: Beta golongan B, bisa donor. Hubungi beta «ph:{C.hp}»
«n:{D|lo}»: semangat «n:{A.m|lo}» 🙏
""",
    A="ntt",
)
T(
    S,
    "nickname",
    """
[Post] Grup Jual Beli Kupang
Terima kasih untuk Kak «n:{A.n}» yang kembalikan HP sa yg jatuh di angkot. Orang baik masih ada!
Komentar:
«n:{A}»: sama-sama kaka, lain kali hati-hati e
«n:{B|lo}»: «n:{A.n|lo}» memang orang baik dari dulu
""",
    A="ntt",
)
T(
    S,
    "officials",
    """
[Post] Kelurahan {kel} (akun resmi)
Terima kasih kepada Ketua RT 07 Bapak «n:{A}» dan Kader Posyandu Ibu «n:{B}» atas kerja sama dalam pendataan stunting.
Komentar:
«n:{C|lo}»: mantap pak «n:{A.l|lo}»
Dinkes Kota Kupang: Terima kasih atas partisipasinya.
""",
    A="m",
    B="f",
)
T(
    S,
    "children",
    """
[Post] Info Kehilangan Kupang
DICARI. Anak laki-laki bernama «n:{A}», umur {umur} tahun, terakhir terlihat di Pasar Oebobo pukul 15.00. Siapa yang melihat hubungi mamanya «n:{B.f}» «ph:{B.hp}».
Komentar:
«n:{C}»: Sudah share
«n:{B}»: Terima kasih semua, «n:{A.f}» sudah ditemukan di Polsek
""",
    A="m,child",
    B="f,kin=A",
)
T(
    S,
    "origins",
    """
[Post] Komunitas Warga Airmata
Terima kasih untuk Habib «n:{A}» dan jamaah Masjid Al Ikhlas yang bantu bersihkan got setelah banjir.
Komentar:
«n:{B}»: Alhamdulillah, semoga berkah
«n:{C|lo}»: mantap, kapan2 kita gotong royong lagi
""",
    A="m,arab",
    B="arab",
    C="ntt",
)
T(
    S,
    "word_names",
    """
[Post] Kupang Bercerita
Kenalkan, ini Mama «n:{W.f}», penjual kue rambut di depan {sek}. Sudah 20 tahun jualan, minta dukungan pembeli ya.
Komentar:
«n:{A}»: Kue Mama «n:{W.f}» paling enak
«n:{W}»: Terima kasih anak-anak 🙏
""",
    W="word",
)
T(
    S,
    "signatures",
    """
[Post] Kupang Kota Kita
Surat terbuka untuk Pemkot: Sudah 2 tahun kami warga «ad:{ad:rtrw}» {kel} tidak punya lampu jalan. Anak-anak pulang les harus lewat gelap. Mohon perhatian.
«n:{A}»
Komentar:
kupangviral: up
""",
)
T(
    S,
    "lists",
    """
[Post] Relawan Kupang Berbagi
Terima kasih donatur minggu ini: «n:{A}», «n:{B}», «n:{C}», keluarga «n:{D.l}», dan hamba Tuhan yg tidak mau disebut namanya. Total {rp}.
Komentar:
«n:{E}»: Tuhan berkati
""",
    D="ntt",
)
T(
    S,
    "numbers",
    """
[Post] Jual Beli Kupang
WASPADA! Sy transfer {rp} ke BNI «rek:{rek:bni}» a.n. «n:{A}» untuk beli kulkas bekas, barang tidak dikirim. Akun FB-nya pakai nama «n:{A.f}» juga. Nomor WA dia «ph:{A.hp}».
Komentar:
«n:{B}»: Sy juga kena sama orang ini
""",
)
T(
    S,
    "numbers",
    """
[Post] Info Lowongan Kupang
Butuh tenaga admin toko. Kirim lamaran ke «em:{A.mail:at}» (email pribadi owner, «n:{A.f}»). Bukan lewat DM.
Komentar:
«n:{B|lo}»: sudah kirim kak
""",
    A="f",
)
T(
    S,
    "numbers",
    """
[Post] Suara Warga Kota Kupang
Bapak «n:{A}» ditolak berobat di {rs} krn BPJS tidak aktif, no kartu «bpjs:{A.bpjs}». Padahal iuran dibayar pemda. Mohon klarifikasi.
Komentar:
BPJS Kesehatan Kupang: Mohon info NIK peserta via DM untuk kami cek.
«n:{B}»: Sy juga sama, tolong diperhatikan
""",
    A="m,old",
)
T(
    S,
    "case",
    """
[Post] Kupang Viral
Komentar «n:{A|lo}»: jalan depan sd di {kel|lo} sudah 3 tahun rusak, tiap hari anak-anak jatuh
Komentar kupangviral: sudah kami tag pupr
Komentar «n:{B|up}»: BETUL ITU, SAYA SAKSI
""",
)
T(
    S,
    "second_mention",
    """
[Post] Ojek Online Kupang
Hati-hati, driver atas nama «n:{A}» (akun palsu) ambil order terus batalkan. Sudah lapor ke kantor aplikasi.
Komentar:
«n:{B}»: Sy juga kena, «n:{A.m}» ya namanya di aplikasi?
«n:{C|lo}»: bukan «n:{A.f|lo}», itu akun orang lain yg dipakai
""",
    A="m",
)
# no personal data
T(
    S,
    "lookalikes",
    """
[Post] Dinas PUPR Kota Kupang (akun resmi)
Perbaikan drainase {jl} dan {jl2} dimulai hari {hari}. Mohon maaf atas ketidaknyamanan. Informasi: {otel}.
Komentar:
kupang_bersuara: jalan ke {rs} juga tolong
info_oebobo: mantap
""",
)
T(
    S,
    "word_names",
    """
[Post] Kupang Indah
Sunset di Pantai Lasiana sore ini ({tgl}) indah sekali. Kota kita damai, mari jaga kebersihan, jangan buang sampah di {jl}.
Komentar:
lasiana_lovers: sinar matahari pas banget
kupangviral: terima kasih sudah share
""",
)
T(
    S,
    "officials",
    """
[Post] Info Kota Kupang
Wali Kota minta camat dan lurah turun langsung cek banjir. Kepala BPBD sudah siagakan perahu karet di Kel. {kel}.
Komentar:
warga_kpg: pak lurah kami sonde pernah muncul
bpbd.kotakupang: Laporan banjir hubungi {otel}.
""",
)
T(
    S,
    "numbers",
    """
[Post] Waspada Penipuan NTT
Nomor {hp1} mengaku petugas PLN, minta transfer untuk ganti meteran. Akun FB "Admin PLN Kupang" juga palsu.
Komentar:
pln.up3kupang: Itu bukan nomor kami. Layanan resmi PLN 123.
kupangviral: sudah report
""",
)
T(
    S,
    "lists",
    """
[Post] Juara Lomba Kebersihan Antar RT 2026
Juara 1 RT 19, juara 2 RT 03, juara 3 RT 11 Kel. {kel}. Hadiah {rp} diserahkan hari {hari}.
Komentar:
rt19_kompak: mantap tim RT 19
""",
)
T(
    S,
    "children",
    """
[Post] SMPK St. Theresia Kupang (akun resmi)
Selamat kepada siswa-siswi yang lolos OSN tingkat kota. Pengumuman lengkap di papan sekolah. Info: {otel}.
Komentar:
ortu_murid: bangga
sdk_styoseph: selamat!
""",
)
# =========================================================================== rt_notice
S = "rt_notice"
T(
    S,
    "lists",
    """
PENGUMUMAN RT {rt} / RW {rw} KEL. {kel|up}
Daftar lansia penerima beras bantuan bulan ini:
1. «n:{A}» ({thn})
2. «n:{B}» ({thn2})
3. «n:{C}» ({thn3})
4. «n:{D}» ({thn4})
Pengambilan di rumah Ketua RT hari {hari} jam 16.00, bawa KTP.
""",
    A="old",
    B="old",
    C="old",
    D="old",
)
T(
    S,
    "officials",
    """
WARTA JEMAAT {gereja|up}
Minggu, {tgl}
Pelayan Firman: Pdt. «n:{A}», S.Th
Majelis bertugas: Pnt. «n:{B}», Dkn. «n:{C}»
Ulang tahun minggu ini: Ibu «n:{D}», Sdr. «n:{E}»
Persembahan syukur dapat diserahkan ke bendahara jemaat.
""",
    A="ntt",
    B="ntt",
    C="ntt",
    D="f,ntt",
    E="m",
)
T(
    S,
    "children",
    """
Yth. Orang tua/wali siswa kelas 4B {sd}
Siswa berikut belum mengumpulkan fotokopi KK untuk pendataan PIP:
- «n:{A}»
- «n:{B}»
- «n:{C}»
Mohon dikumpulkan paling lambat hari {hari}. Wali kelas, «n:{D}»
""",
    A="child",
    B="child",
    C="child",
    D="f",
)
T(
    S,
    "numbers",
    """
ARISAN MAMA-MAMA RT {rt} {kel|up}
Giliran bulan ini: Mama «n:{A.f}» ({rp}).
Setoran dikirim ke rek Bank NTT «rek:{rek:ntt}» a.n. «n:{B}» (bendahara) paling lambat tgl 5.
Pertemuan berikut di rumah Tanta «n:{C.f}», «ad:{ad:jl}».
""",
    A="f",
    B="f",
    C="f",
)
T(
    S,
    "signatures",
    """
BERITA DUKA
Telah meninggal dunia dengan tenang suami, bapa dan opa kami «n:{A}» pada {tgl} pukul {jam}. Ibadah pelepasan di rumah duka «ad:{ad:full}» Kel. {kel}.
Kami yang berduka:
«n:{B}» (istri)
anak, mantu dan cucu
""",
    A="m,old",
    B="f,old",
)
T(
    S,
    "nickname",
    """
Posyandu Melati {kel} — jadwal bulan {tgl}
Kader bertugas: Kak «n:{A.n}», Mama «n:{B.f}», «n:{C.n}»
Bidan desa: «n:{D}» (HP «ph:{D.hp}»)
Bawa buku KIA dan kartu KIS balita.
""",
    A="f,ntt",
    B="f",
    C="f,ntt",
    D="f",
)
T(
    S,
    "officials",
    """
KERJA BAKTI BERSIH GOT
Hari {hari}, jam 06.30. Semua KK wajib kirim 1 orang.
Koordinator: Om «n:{A.n}» («ph:{A.hp}»)
Alat: parang, sekop, karung. Konsumsi dari ibu-ibu PKK.
""",
    A="m,ntt",
)
T(
    S,
    "lists",
    """
IURAN SAMPAH DAN KEAMANAN RT {rt}
Belum bayar 3 bulan:
«n:{A}» — {rp}
«n:{B}» — {rp2}
Keluarga «n:{C.l}» — {rp3}
Harap segera dilunasi ke bendahara.
""",
    C="ntt",
)
T(
    S,
    "second_mention",
    """
PENGUMUMAN NIKAH
Jemaat {gereja}, akan diteguhkan pernikahan Sdr. «n:{A}» (anak dari Bpk. «n:{B}» dan Ibu «n:{C}») dengan Sdri. «n:{D}». Bila ada keberatan, sampaikan ke majelis. Untuk «n:{A.f}» dan «n:{D.f}», latihan liturgi hari {hari}.
""",
    A="m,ntt",
    B="m,kin=A",
    C="f",
    D="f",
)
T(
    S,
    "children",
    """
BAPTISAN KUDUS — {gereja}
Anak «n:{A}», anak dari «n:{B}» dan «n:{C}»
Anak «n:{D}», anak dari «n:{E}»
Harap hadir jam 08.00 membawa surat baptis orang tua.
""",
    A="child,kin=B",
    B="m,ntt",
    C="f",
    D="child",
    E="f",
)
T(
    S,
    "word_names",
    """
UNDANGAN ARISAN KELUARGA
Bertempat di rumah «n:{W}», «ad:{ad:gg}». Yang bawa makanan: «n:{A.f}» (nasi), «n:{W.f}» (kue), «n:{B.f}» (minum).
""",
    W="word",
    A="f",
    B="f",
)
T(
    S,
    "origins",
    """
PENGUMUMAN PAGUYUBAN WARGA SULAWESI SELATAN DI KUPANG
Syukuran hari {hari} di rumah «n:{A}», «ad:{ad:jl}». Penanggung jawab konsumsi: «n:{B}». Informasi: «n:{C.f}» «ph:{C.hp}».
""",
    A="bugis",
    B="f,bugis",
    C="bugis",
)
T(
    S,
    "numbers",
    """
RT {rt} / RW {rw} — VERIFIKASI DATA PBI JK
Warga berikut diminta cek ke Dinsos karena NIK belum padan:
«n:{A|up}» NIK «nik:{A.nik}»
«n:{B|up}» NIK «nik:{B.nik}»
Bawa KTP, KK dan kartu KIS.
""",
)
T(
    S,
    "numbers",
    """
PEMBERITAHUAN
Sepeda motor «pl:{pl}» diparkir di depan pos ronda sejak {tgl}. Pemilik harap segera mengambil. Bila tidak, akan dilaporkan ke Polsek.
Ketua RT, «n:{A}» HP «ph:{A.hp}»
""",
    A="m",
)
T(
    S,
    "case",
    """
UNDANGAN RAPAT KOMITE {sek|up}
Hari/tgl: {hari}, {tgl}
Tempat: ruang guru
Acara: pembahasan iuran ekskul
Ketua Komite: «n:{A|up}»
Sekretaris: «n:{B|lo}» (hp «ph:{B.hp}»)
""",
)
# no personal data
T(
    S,
    "lists",
    """
PENGUMUMAN RT {rt} / RW {rw}
Iuran sampah bulan ini {rp} per KK. Bayar di sekretariat RT paling lambat tanggal 10. Truk DLHK angkut hari {hari} dan Jumat.
Salam dari warga RT {rt}.
""",
)
T(
    S,
    "lookalikes",
    """
JADWAL IBADAH PASKAH {gereja|up}
Jumat Agung: 09.00 dan 17.00
Minggu Paskah: 05.00 (ibadah subuh di pantai), 09.00
Parkir di {sek} dan sepanjang {jl}.
""",
)
T(
    S,
    "word_names",
    """
POSYANDU BUNGA BAKUNG
Jadwal penimbangan: hari {hari}, {tgl} jam 08.00 di halaman Apotek Kasih Ibu.
Pemberian vitamin A dan obat cacing. Terima kasih atas partisipasi bapa mama.
""",
)
T(
    S,
    "children",
    """
PEMBERITAHUAN {sek|up}
Libur semester mulai {tgl}. Pengambilan rapor oleh orang tua hari {hari} jam 08.00. Siswa yang belum lunas uang komite harap menghubungi tata usaha {otel}.
""",
)
T(
    S,
    "lists",
    """
LOMBA 17 AGUSTUS ANTAR RT KEL. {kel|up}
Tarik tambang: RT 05 vs RT 07
Panjat pinang: RT 12 vs RT 14
Pemenang tahun lalu: RT 25. Pendaftaran via WA panitia {owa}.
""",
)
T(
    S,
    "officials",
    """
Selamat sore bapa mama warga RT {rt}. Pak Lurah minta setiap rumah pasang bendera mulai {tgl}. Yang belum punya bisa ambil di kantor kelurahan. Salam damai.
""",
)
# =========================================================================== officer_note
S = "officer_note"
T(
    S,
    "officials",
    """
LEMBAR DISPOSISI
No. agenda: {surat}
Dari: Unit Pengaduan Kasih
Perihal: pengaduan a.n. «n:{A}» soal saluran air tertutup bangunan tetangga
Diteruskan kepada: Kabid Sumber Daya Air
Catatan Kadis: segera cek lapangan, koordinasi dgn Lurah {kel} Pak «n:{B.f}». Staf pelaksana: «n:{C}».
""",
    B="m",
)
T(
    S,
    "second_mention",
    """
Laporan kunjungan lapangan {tgl}
Tim: «n:{C}» dan «n:{D}» (Dinas PUPR)
Lokasi: rumah pelapor Sdr. «n:{A}», «ad:{ad:full}», Kel. {kel}.
Hasil: talud belakang rumah Pak «n:{A.l}» retak sepanjang 6 meter akibat hujan. Sdr. «n:{A.m}» minta bantuan material. Direkomendasikan masuk usulan perbaikan tahap II.
""",
    A="m,ntt",
)
T(
    S,
    "officials",
    """
Tindak lanjut pengaduan {tiket}
Telah dilakukan mediasi sengketa batas tanah antara keluarga «n:{A.l}» dan keluarga «n:{B.l}» di kantor kelurahan {kel}, disaksikan Lurah «n:{C}», Babinsa Serka «n:{D}» dan Bhabinkamtibmas Bripka «n:{E}». Kedua pihak sepakat menunggu pengukuran ulang BPN.
""",
    A="ntt",
    B="ntt",
    C="m",
    D="m",
    E="m",
)
T(
    S,
    "children",
    """
Catatan home visit pekerja sosial, {tgl}
Anak «n:{A}» ({umur} th) tinggal bersama oma «n:{B}» di «ad:{ad:rtrw}» Kel. {kel}. Ayah «n:{C}» merantau ke Malaysia, ibu sudah meninggal. Anak tidak sekolah sejak kelas 2.
NIK anak «nik:{A.nik}», KK «kk:{kk}». Rekomendasi: PKH dan pendampingan sekolah.
""",
    A="child,kin=C",
    B="f,old",
    C="m,ntt",
)
T(
    S,
    "nickname",
    """
Catatan Satpol PP, patroli malam {tgl}:
Ditemukan keributan di pangkalan ojek {kel}. Pelaku Sdr. «n:{A}» alias «n:{A.n}» sudah diberi teguran tertulis. Saksi: «n:{B}» (pemilik kios), «n:{C.n}». Barang bukti: motor «pl:{pl}» diamankan sementara.
""",
    A="m,ntt",
    C="m,ntt",
)
T(
    S,
    "origins",
    """
Hasil pemeriksaan izin usaha, {tgl}
Toko bangunan di {kel} milik «n:{A}», usaha perorangan. NPWP pribadi pemilik «npwp:{npwp1}». Izin PBG belum ada, NIB sudah terbit. Pemilik diberi waktu 30 hari. Nomor berita acara {surat}.
""",
    A="cina",
)
T(
    S,
    "word_names",
    """
Catatan verifikasi PKH, {tgl}
KPM «n:{W}» (NIK «nik:{W.nik}») masih tinggal di «ad:{ad:jl}». Anak sekolah 2 orang. Kondisi rumah tidak layak. Ibu «n:{W.f}» minta bantuan bedah rumah.
Pendamping: «n:{A}»
""",
    W="word",
)
T(
    S,
    "signatures",
    """
Berita acara peninjauan lampu jalan di {jl}: 14 titik mati, 3 tiang miring. Usulan penggantian LED tahun anggaran 2027.
Demikian laporan ini dibuat.
Kupang, {tgl}
Petugas,
ttd
«n:{A}»
NIP {nip}
""",
)
T(
    S,
    "no_trigger",
    """
Hasil cek lapangan aduan {tiket}: «n:{A}» dan «n:{B}» sdh pindah ke Kabupaten Kupang sejak 2025, rumah di «ad:{ad:jl}» kosong. Meteran PDAM masih aktif a.n. «n:{A}». Usul putus sambungan.
""",
)
T(
    S,
    "case",
    """
CATATAN PIKET BPBD {tgl|up}
PUKUL {jam} TERIMA LAPORAN DARI «n:{A|up}» («ph:{A.hp}») RUMAH TERTIMPA POHON DI «ad:{ad:full|up}». TIM REAKSI CEPAT «n:{B|up}» DAN «n:{C|up}» TURUN. 1 KK MENGUNGSI KE RUMAH KELUARGA.
""",
)
T(
    S,
    "numbers",
    """
Laporan pemakaian kendaraan dinas, {tgl}
Mobil dinas «pl:{pl}» terlihat dipakai ke pantai hari Minggu oleh Sdr. «n:{A}» (staf). Sudah dipanggil dan diberi teguran lisan oleh Sekretaris Dinas.
""",
)
T(
    S,
    "numbers",
    """
Tindak lanjut {tiket}: jawaban resmi sudah dikirim ke email pelapor «em:{A.mail}» pada {tgl}, tembusan ke Inspektorat (inspektorat@kupangkota.go.id). Pelapor «n:{A}» menyatakan puas.
""",
)
T(
    S,
    "lists",
    """
Notulen mediasi, {tgl}
Hadir:
1. «n:{A}» (pelapor)
2. «n:{B}» (terlapor, pemilik kandang babi)
3. «n:{C}» (Ketua RT)
4. «n:{D}» (staf kelurahan)
Kesepakatan: kandang dipindah dalam 2 minggu.
""",
)
T(
    S,
    "numbers",
    """
Pengembalian kelebihan bayar retribusi pasar ke pedagang «n:{A}» ({rp}) ditransfer ke rek BNI «rek:{rek:bni}» a.n. «n:{A}» pada {tgl}. Bukti transfer no. ref {trx}.
""",
)
T(
    S,
    "numbers",
    """
Verifikasi keluhan BPJS: peserta «n:{A}», no kartu «bpjs:{A.bpjs}», NIK «nik:{A.nik}», segmen PBI APBD. Status nonaktif karena data ganda di KK «kk:{kk}». Sudah diusulkan aktif kembali.
""",
)
# no personal data
T(
    S,
    "officials",
    """
Kepada Kabid PJU: mohon ditindaklanjuti aduan lampu mati di {jl}. Laporkan hasil paling lambat {hari}. — Kadis
""",
)
T(
    S,
    "lookalikes",
    """
Undangan rapat koordinasi penanganan banjir, {tgl}, pukul 09.00 di Kantor Kelurahan Namosain, Jl. Amabi No. 30. Peserta: camat, lurah se-Kecamatan {kec}, BPBD, PUPR. Nomor surat {surat}.
""",
)
T(
    S,
    "lists",
    """
Rekap aduan minggu ini: warga RT 06 mengeluh air keruh; keluhan warga RT 01 sampai RT 29 Kel. {kel} soal sampah; 4 aduan jalan di {jl}. Semua sudah diberi nomor tiket.
""",
)
T(
    S,
    "numbers",
    """
Aduan {tiket}: penelepon pakai nomor {hp1} mengaku staf Wali Kota minta uang {rp} ke kepala sekolah. Sudah dikoordinasikan dengan Polresta. Pelapor tidak mau disebut.
""",
)
T(
    S,
    "word_names",
    """
Evaluasi program Kupang Kasih per {tgl}: Taman Nostalgia sudah indah, pedagang ditata rapi. Kendala: sinar lampu taman kurang. Terima kasih kepada DLHK.
""",
)
T(
    S,
    "children",
    """
Kunjungan ke {sek}, {tgl}: toilet siswa rusak 3 unit, atap kelas 5 bocor. Kepala sekolah minta perbaikan sebelum tahun ajaran baru. NPSN sekolah {nisn}.
""",
)
T(
    S,
    "numbers",
    """
Rekonsiliasi PBB: NOP {nop} kode billing {billing} sudah lunas {rp}, status belum terupdate. Diteruskan ke Bapenda, surat {surat}.
""",
)
# =========================================================================== kupang_malay
S = "kupang_malay"
T(
    S,
    "no_trigger",
    """
(VN, diketik) Bapa, tadi «n:{A|lo}» datang lai, dia bilang mau pinjam uang ko bayar listrik. Beta sonde kasi, ais dia marah-marah di depan rumah. Beta su bilang «n:{B.f|lo}» ko lapor di RT.
""",
    A="ntt",
)
T(
    S,
    "nickname",
    """
Kaka, beta mau lapor. Beta pung ade laki «n:{A}», dong panggil dia «n:{A.n}» sa, su tiga hari sonde pulang. Terakhir dia pi deng dia pung tamang «n:{B.f}» ke Tablolong. Beta pung nomor «ph:{C.hp}», beta «n:{C.f}».
""",
    A="m,ntt",
    C="f,kin=A",
)
T(
    S,
    "second_mention",
    """
Beta «n:{A}», tinggal di «ad:{ad:rtrw}» {kel}. Beta pung tetangga «n:{B}» bangun pagar tutup jalan setapak. Su omong baik-baik deng Om «n:{B.m}» ma dia sonde mau dengar.
""",
    A="ntt",
    B="m,ntt",
)
T(
    S,
    "officials",
    """
Pak, beta su lapor ke Pak RT «n:{A}» dari bulan lalu, sampe sekarang lampu di gang sonde nyala. Dia bilang tunggu dari kelurahan. Lurah «n:{B.f}» ju sonde datang lihat. Beta pung rumah di «ad:{ad:gg}».
""",
    A="m",
    B="m",
)
T(
    S,
    "children",
    """
Ibu dokter, dong pung anak «n:{A.f}» tu su batuk dua minggu, mama «n:{B.f}» sonde ada uang ko bawa pi {rs}. Dong pung rumah di «ad:{ad:jl}», dekat kios.
""",
    A="child,kin=C",
    B="f",
    C="m",
)
T(
    S,
    "origins",
    """
Om «n:{A.n}» yang jual ikan di pasar Oeba tu, dia pung los dibongkar petugas. Dia pung nama lengkap «n:{A}», orang Makassar, su 20 taun di Kupang. Tolong dolo.
""",
    A="m,bugis",
)
T(
    S,
    "word_names",
    """
Beta pung ade nona, nama betul «n:{W}», ma dong panggil dia «n:{W.n}» sa. Dia kerja di toko di Kuanino, bos sonde bayar gaji dua bulan. Dia takut lapor sendiri.
""",
    W="wordnick",
)
T(
    S,
    "signatures",
    """
Selamat siang bapa ibu di kantor. Got depan beta pung rumah «ad:{ad:full}» su tasumbat, air kotor naik sampe teras. Tolong kirim petugas.
Dari beta, «n:{A}»
""",
)
T(
    S,
    "lists",
    """
Yang su kasi nama ko terima air tangki: «n:{A}», «n:{B.f}», «n:{C}» deng mama «n:{D.f}». Semua di «ad:{ad:rtrw}». Tinggal tunggu oto tangki sa.
""",
)
T(
    S,
    "numbers",
    """
Beta pung istri pung nama di KK tatulis salah, «n:{A.m}», padahal «n:{A}». NIK istri di KK tatulis «nik:{A.nik}». Beta pung KK nomor «kk:{kk}». Karmana ko ganti?
""",
    A="f",
)
T(
    S,
    "numbers",
    """
Kaka, kalo petugas su datang ko telpon beta sa di «ph:{A.hp}». Beta «n:{A.f}», rumah yang cat ijo di «ad:{ad:jl}».
""",
)
T(
    S,
    "numbers",
    """
Bapa, beta mo kasi masuk uang sumbangan duka, kirim ke beta pung rekening BRI «rek:{rek:bri}» atas nama «n:{A}» sa. Nanti beta kasi pi ke keluarga «n:{B.l}».
""",
    B="ntt",
)
T(
    S,
    "numbers",
    """
Itu oto «pl:{pl}» yang tabrak beta pung pagar tadi malam. Sopir namanya «n:{A.f}», dia bilang mau ganti ma sampe sekarang sonde muncul. Beta pung nomor «ph:{B.hp}».
""",
)
T(
    S,
    "case",
    """
BETA «n:{A|up}», NPWP 16 DIGIT SA SEKARANG SAMA DENG NIK, «npwp:{A.npwp:nik}». MA WAKTU LAPOR SPT DIA BILANG SONDE TADAFTAR. TOLONG BANTU
""",
)
T(
    S,
    "numbers",
    """
Mama beta «n:{A}» pung kartu KIS «bpjs:{A.bpjs}» sonde bisa pake lai di puskesmas. Dong bilang su nonaktif. Mama su tua, sonde kerja.
""",
    A="f,old",
)
# no personal data
T(
    S,
    "numbers",
    """
Bosong hati-hati e, nomor {hp1} tu bilang dia dari Bapenda, minta bayar denda PBB lewat pulsa. Beta sonde kasi.
""",
)
T(
    S,
    "officials",
    """
Beta su telpon kantor {otel} tiga kali, sonde angkat. Pak Lurah ju sonde ada di kantor. Karmana ni?
""",
)
T(
    S,
    "lookalikes",
    """
Jalan di {jl} dekat {rs} tu su rusak parah, oto sonde bisa lewat. Ais kalo hujan air masuk di got sampe {jl2}. Tolong dolo Pemkot.
""",
)
T(
    S,
    "word_names",
    """
Bunga pinjaman di koperasi dekat {sek} tu talalu tinggi, {n} persen satu bulan, beta pinjam {rp}. Beta mau lapor. Terima kasih. Salam damai.
""",
)
T(
    S,
    "lists",
    """
Sonde ada air di RT 13 deng RT 01 Kel. {kel} su {n} hari. Tangki ju sonde datang. Bosong di PDAM tidor ko?
""",
)
T(
    S,
    "children",
    """
Ana-ana sekolah di {sek} tu pulang jalan kaki lewat {jl}, oto lari kencang. Tolong kasi polisi tidor ko ana-ana aman.
""",
)
T(
    S,
    "no_trigger",
    """
Beta su lapor lewat 1708, nomor laporan {tiket}, ma sampe sekarang sonde ada balasan. Lampu jalan di {jl} masih mati.
""",
)
# =========================================================================== register_list
S = "register_list"
T(
    S,
    "lists",
    """
DAFTAR PENERIMA BLT DANA KELURAHAN {kel|up} TAHAP II
No | Nama | NIK | Alamat | Ket
1 | «n:{A|up}» | «nik:{A.nik:b}» | «ad:{ad:rtrw}» | lansia
2 | «n:{B|up}» | «nik:{B.nik:b}» | «ad:{ad:rtrw}» | disabilitas
3 | «n:{C|up}» | «nik:{C.nik:b}» | «ad:{ad:rtrw}» | janda
""".replace("«ad:{ad:rtrw}» | disabilitas", "«ad:{ad2:rtrw}» | disabilitas").replace(
        "«ad:{ad:rtrw}» | janda", "«ad:{ad3:rtrw}» | janda"
    ),
)
T(
    S,
    "lists",
    """
Daftar hadir sosialisasi PBB, Aula Kelurahan {kel}, {tgl}
1. «n:{A}» – «ad:RT {rt}» – ttd
2. «n:{B}» – «ad:RT {rt2}» – ttd
3. «n:{C}» – «ad:RT {rt3}» – ttd
4. «n:{D}» – «ad:RT {rt4}» – ttd
5. Staf Bapenda (2 orang)
""",
)
T(
    S,
    "officials",
    """
JADWAL PIKET LOKET DUKCAPIL KOTA KUPANG
Senin: «n:{A}», «n:{B}»
Selasa: «n:{C}»
Rabu: «n:{D}» (koordinator)
Kamis–Jumat: «n:{E}»
Aduan pelayanan: WA center {owa}.
""",
)
T(
    S,
    "numbers",
    """
Daftar korban arisan online (dihimpun pelapor «n:{A}»)
No | Nama | Kerugian | No HP
1 | «n:{A}» | {rp} | «ph:{A.hp}»
2 | «n:{B}» | {rp2} | «ph:{B.hp}»
3 | «n:{C}» | {rp3} | «ph:{C.hp}»
Admin arisan: «n:{D}», rek BRI «rek:{rek:bri}»
""",
)
T(
    S,
    "case",
    """
No,Nama Pemohon,NIK,Alamat,No HP
1,«n:{A|up}»,«nik:{A.nik:b}»,«ad:{ad:jl}»,«ph:{A.hp:b}»
2,«n:{B|lo}»,«nik:{B.nik:b}»,«ad:{ad2:gg}»,«ph:{B.hp:b}»
3,«n:{C}»,«nik:{C.nik:b}»,«ad:{ad3:blok}»,«ph:{C.hp:b}»
""",
)
T(
    S,
    "numbers",
    """
No Nama NIK No. KK RT/RW
1 «n:{A|up}» «nik:{A.nik:b}» «kk:{kk:b}» «ad:{rt}/{rw}»
2 «n:{B|up}» «nik:{B.nik:b}» «kk:{kk2:b}» «ad:{rt2}/{rw2}»
""",
)
T(
    S,
    "children",
    """
DAFTAR ANGGOTA KELUARGA
No. KK «kk:{kk:b}»
1 «n:{A|up}» «nik:{A.nik:b}» KEPALA KELUARGA
2 «n:{B|up}» «nik:{B.nik:b}» ISTRI
3 «n:{C|up}» «nik:{C.nik:b}» ANAK
""",
    A="m,sumba",
    B="f",
    C="child,kin=A",
)
T(
    S,
    "numbers",
    """
Rekap pelanggaran parkir depan {rs}, {tgl}
Nopol | Pemilik | Denda
«pl:{pl}» | «n:{A}» | {rp}
«pl:{pl2}» | «n:{B}» | {rp}
«pl:{pl3}» | tidak diketahui | {rp}
""",
)
T(
    S,
    "signatures",
    """
Daftar usulan reaktivasi PBI JK
Nama | No. Kartu | NIK
«n:{A}» | «bpjs:{A.bpjs}» | «nik:{A.nik:b}»
«n:{B}» | «bpjs:{B.bpjs}» | «nik:{B.nik:b}»
«n:{C}» | «bpjs:{C.bpjs}» | «nik:{C.nik:b}»
Kupang, {tgl}
Diverifikasi: «n:{D}»
""",
)
T(
    S,
    "second_mention",
    """
Rekap NPWP guru honor {sek} (diminta bendahara)
«n:{A}» — «npwp:{npwp1}»
«n:{B}» — «npwp:{B.npwp:nik}»
«n:{C}» — belum punya (di KTP tertulis «n:{C.m}», sedang diurus)
""",
)
T(
    S,
    "numbers",
    """
Peserta pelatihan UMKM — kirim materi lewat email
Nama;Email;Kelurahan
«n:{A}»;«em:{A.mail}»;{kel}
«n:{B}»;«em:{B.mail}»;{kel2}
«n:{C}»;«em:{C.mail}»;{kel3}
""",
)
T(
    S,
    "word_names",
    """
Pembayaran honor petugas pendata (transfer)
Nama | Bank | No Rek
«n:{A}» | BRI | «rek:{rek:bri}»
«n:{B}» | Bank NTT | «rek:{rek2:ntt}»
«n:{C}» | BNI | «rek:{rek3:bni}»
""",
    B="word",
)
T(
    S,
    "nickname",
    """
Tim kebersihan lingkungan bulan {tgl}:
- Om «n:{A.n}» (ketua)
- Kak «n:{B.n}»
- «n:{C.n}» deng «n:{D.n}»
- Tanta «n:{E.n}»
Alat simpan di rumah Om «n:{A.n}».
""",
    A="m,ntt",
    B="f,ntt",
    C="ntt",
    D="ntt",
    E="f,ntt",
)
T(
    S,
    "children",
    """
Daftar balita gizi kurang Posyandu {kel}
Nama anak | Umur | Nama ibu
«n:{A.f}» | {umur} bln | «n:{B}»
«n:{C.f}» | {umur2} bln | «n:{D}»
«n:{E.f}» | {umur3} bln | «n:{F}»
""",
    A="child,kin=B",
    B="f",
    C="child,kin=D",
    D="f",
    E="child,kin=F",
    F="f",
)
T(
    S,
    "origins",
    """
SUSUNAN PANITIA NATAL BERSAMA WARGA {kel|up}
Ketua: «n:{A}»
Sekretaris: «n:{B}»
Bendahara: «n:{C}»
Seksi konsumsi: «n:{D}», «n:{E}»
""",
    A="minahasa",
    B="batak",
    C="cina",
    D="jawa",
    E="bali",
)
# no personal data
T(
    S,
    "lookalikes",
    """
Instansi;Alamat;Telepon
Dinas PUPR Kota Kupang;Jl. Timor Raya Km. 5;{otel}
Kantor Kelurahan Namosain;Jl. Amabi No. 30;{otel2}
Puskesmas Oebobo;Jl. Sukun No. 12;{otel3}
""",
)
T(
    S,
    "numbers",
    """
Nama Usaha | NPWP | Alamat Usaha
CV Flobamora Jaya | {npwp1} | Jl. Soeharto No. 17
UD Laut Timor | {npwp2} | Jl. Alor No. 4
Koperasi Pedagang Ikan Oeba | {npwp3} | Pasar Oeba Blok C
""",
)
T(
    S,
    "lists",
    """
Rekap KK terdampak banjir Kel. {kel}
RT 01: 34 KK
RT 02: 21 KK
RT 05: 48 KK
RT 09: 12 KK
Total 115 KK. Sumber: laporan ketua RT.
""",
)
T(
    S,
    "numbers",
    """
Nomor Penipu | Mengaku Sebagai | Tanggal
{hp1} | Admin BPJS | {tgl}
{hp2} | Petugas PLN | {tgl2}
{hp3} | Staf Dinas Sosial | {tgl3}
""",
)
T(
    S,
    "numbers",
    """
Tiket | Kategori | Status
{tiket} | Jalan rusak | Selesai
{tiket2} | Air PDAM | Proses
{tiket3} | Lampu jalan | Diteruskan
""",
)
T(
    S,
    "lists",
    """
Peringkat kelurahan tercepat tindak lanjut aduan 2026:
1. {kel} (2,1 hari)
2. {kel2} (2,8 hari)
3. {kel3} (3,4 hari)
""",
)
T(
    S,
    "children",
    """
NPSN | Nama Sekolah | Alamat
{nisn} | {sek} | Jl. El Tari
{nisn2} | {sek2} | Jl. Frans Seda
""",
)
# =========================================================================== extra templates
T(
    "phone_log",
    "numbers",
    """
{jam} | «n:{A}» | «ph:{A.hp}» | tanya NPWP lama «npwp:{npwp1}» sdh dipadankan dgn NIK atau blm; minta jawaban via email «em:{A.mail}»
""",
)
T(
    "kupang_malay",
    "numbers",
    """
Kaka, beta su kirim berkas lamaran ke email beta sendiri dolo, «em:{A.mail:br}», ais baru beta teruskan ke kantor. Beta «n:{A.f}» e, yang kemarin datang deng beta pung mama.
""",
    A="f",
)
T(
    "rt_notice",
    "children",
    """
Yth. Bapak/Ibu orang tua siswa kelas 6 {sd}
Foto rapor dan ijazah anak dapat dikirim ke email saya «em:{A.mail:sch}» paling lambat {tgl}.
Wali kelas 6A,
«n:{A}», S.Pd.
""",
    A="f",
)
T(
    "wa_forward",
    "numbers",
    """
[{tgl} 10.02] Bendahara Sekolah: Bapa ibu guru honor, tolong kirim NPWP masing-masing hari ini e
[{tgl} 10.15] «n:{A}»: Ini punya sy «npwp:{A.npwp:nik}» bu
[{tgl} 10.17] «n:{B|lo}»: npwp sy yg lama «npwp:{npwp1}»
[{tgl} 10.20] Bendahara Sekolah: Terima kasih
""",
)
T(
    "social_comment",
    "numbers",
    """
[Post] Info Pajak Kupang (bukan akun resmi)
Ada yang NPWP-nya belum padan NIK? Cek di coretax.
Komentar:
«n:{A}»: punya sy «npwp:{npwp1}» belum padan, katanya nama beda
«n:{B|lo}»: sy sdh, npwp sy sekarang «npwp:{B.npwp:nik}»
pajak_ntt_info: coba ke KPP Pratama Kupang bawa KTP
""",
)
T(
    "social_comment",
    "no_trigger",
    """
[Post] Perumda Air Minum Kota Kupang (akun resmi)
Menjawab keluhan warga Kel. {kel}: pipa transmisi di {jl} sedang diperbaiki, air normal kembali hari {hari}. Nomor pengaduan {otel}.
Komentar:
warga_kpg: terima kasih infonya
kupang_bersuara: tiket sa {tiket} belum dijawab
""",
)
T(
    "rt_notice",
    "numbers",
    """
PEMBAYARAN PBB 2026 — INFO DARI KELURAHAN {kel|up}
Bayar lewat Bank NTT atau kantor pos dengan kode billing di SPPT (contoh {billing}). Jatuh tempo {tgl}. Pertanyaan: {otel}.
""",
)


# --------------------------------------------------------------------------- build
def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for number, (style, theme, template, people) in enumerate(TEMPLATES):
        case = "up" if style == "sms_caps" else "lo" if style == "sms_lower" else None
        for _ in range(FILLS):
            for attempt in range(400):  # noqa: B007
                fill = Fill(rng, people)
                text, spans = render(template, fill, case)
                found = problems(text, spans)
                if text in seen:
                    found.append("duplicate")
                if not found:
                    break
            else:
                raise SystemExit(f"template {number} ({style}/{theme}) fails: {found} — {text!r}")
            if attempt > 150:
                print(f"note: template {number} needed {attempt + 1} draws", file=sys.stderr)
            seen.add(text)
            records.append(
                {
                    "text": text,
                    "spans": [
                        {"kind": s["kind"], "start": s["start"], "end": s["end"]}
                        for s in sorted(spans, key=lambda s: int(s["start"]))
                    ],
                    "style": style,
                    "theme": theme,
                }
            )
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, start=1):
        out.append({"id": f"d24-{i:04d}", **r})
    return out


def floors(records: list[dict[str, object]]) -> None:
    styles = Counter(str(r["style"]) for r in records)
    kinds = Counter(str(s["kind"]) for r in records for s in r["spans"])  # type: ignore[attr-defined]
    empty = sum(1 for r in records if not r["spans"])
    pairs = {(str(r["style"]), str(r["theme"])) for r in records}
    failures = []
    if len(records) < 600:
        failures.append(f"only {len(records)} texts")
    failures += [f"style {s}: {styles[s]} texts" for s in STYLES if styles[s] < 55]
    failures += [f"kind {k}: {kinds[k]} spans" for k in KINDS.values() if kinds[k] < 30]
    if empty / len(records) < 0.30:
        failures.append(f"only {empty} texts without spans")
    themes_per_style = {s: {t for st, t in pairs if st == s} for s in STYLES}
    failures += [
        f"style {s} meets only {len(ts)} themes"
        for s, ts in themes_per_style.items()
        if len(ts) < 10
    ]
    if failures:
        raise SystemExit("floors not met: " + "; ".join(failures))


def table(records: list[dict[str, object]], key: str, values: tuple[str, ...]) -> str:
    kinds = sorted(KINDS.values())
    rows = [
        "| " + key + " | texts | without spans | " + " | ".join(kinds) + " |",
        "|---|" + "---:|" * (len(kinds) + 2),
    ]
    total = defaultdict(int)
    for v in values:
        group = [r for r in records if r[key] == v]
        c = Counter(str(s["kind"]) for r in group for s in r["spans"])  # type: ignore[attr-defined]
        empty = sum(1 for r in group if not r["spans"])
        rows.append(
            f"| {v} | {len(group)} | {empty} | " + " | ".join(str(c[k]) for k in kinds) + " |"
        )
        total["texts"] += len(group)
        total["empty"] += empty
        for k in kinds:
            total[k] += c[k]
    rows.append(
        f"| **total** | {total['texts']} | {total['empty']} | "
        + " | ".join(str(total[k]) for k in kinds)
        + " |"
    )
    return "\n".join(rows)


def main() -> None:
    records = build()
    floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(data)
    spans = sum(len(r["spans"]) for r in records)  # type: ignore[arg-type]
    empty = sum(1 for r in records if not r["spans"])
    print(
        f"{OUT.name}: {len(records)} texts, {spans} spans, {empty} texts without spans ({100 * empty / len(records):.1f} %)"
    )
    print(f"templates: {len(TEMPLATES)}")
    print("SHA-256", hashlib.sha256(data).hexdigest())
    print()
    print(table(records, "style", STYLES))
    print()
    print(table(records, "theme", THEMES))
    kinds = Counter(str(s["kind"]) for r in records for s in r["spans"])  # type: ignore[attr-defined]
    print()
    print("spans per kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


if __name__ == "__main__":
    main()
