# ruff: noqa: RUF001  (full-width digits and dashes in the texts are meant)
"""Write redaction_dev17.jsonl: phones, e-mail addresses, identity numbers, mixed complaints.

Development corpus (may be tuned on), written blind: from the annotation guide only.
Run: python3 make_redaction_dev17.py  (deterministic, seed 20261217).

Templates are hand-written, with inline labels ``[[kind:value]]`` and placeholders ``{KEY}``
(``{KEY2}`` another of the same sort, ``{KEY|u}`` capitals, ``{KEY|l}`` lower case). A theme opens
with ``= theme``; a template is a paragraph opening with ``@style``; its lines are joined with a
space and ``\\n`` is a line break. Each template is filled three times.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 20261217
FILLS = 3
OUT = Path(__file__).with_name("redaction_dev17.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
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
    "om",
    "tanta",
    "mama",
    "bapa",
    "oma",
    "opa",
    "nona",
    "kak",
    "kaka",
    "adik",
    "serka",
    "bripka",
    "camat",
}

MALE = [
    "Yohanes",
    "Melkianus",
    "Sefnat",
    "Ebenhaezer",
    "Habel",
    "Elkana",
    "Gidion",
    "Zadrak",
    "Jefta",
    "Marthen",
    "Dominggus",
    "Nikodemus",
    "Yakob",
    "Frans",
    "Agus",
    "Paulus",
    "Yosef",
    "Kornelis",
    "Aloysius",
    "Fransiskus",
    "Rudolf",
    "Viktor",
    "Stefanus",
    "Petrus",
    "Made",
    "Wayan",
    "Ketut",
    "Slamet",
    "Bambang",
    "Andi",
    "Hamzah",
    "Abdullah",
    "Yusuf",
    "Rahmat",
    "Hendra",
    "Budi",
    "Anton",
    "Junus",
    "Obed",
    "Semuel",
    "Daud",
    "Titus",
    "Lukas",
    "Simon",
    "Marselinus",
    "Benediktus",
    "Ahmad",
    "Sahat",
    "Ricky",
    "Umbu_Manu",
    "Hok",
    "Nyoman",
    "Jemi",
    "Adrianus",
    "Lambertus",
    "Soleman",
    "Welem",
]
FEMALE = [
    "Maria",
    "Dorkas",
    "Orpa",
    "Welmince",
    "Sarlota",
    "Lodia",
    "Bergita",
    "Selfi",
    "Gracia",
    "Debora",
    "Anace",
    "Imelda",
    "Yustina",
    "Agustina",
    "Rosalina",
    "Kristina",
    "Erni",
    "Yanti",
    "Vivi",
    "Ester",
    "Sofi",
    "Mei_Hwa",
    "Siu_Lan",
    "Ni_Luh",
    "Komang",
    "Siti",
    "Fatimah",
    "Aisyah",
    "Rambu_Tamar",
    "Magdalena",
    "Yuliana",
    "Natalia",
    "Margaretha",
    "Elisabeth",
    "Apriani",
    "Dewi",
    "Martha",
    "Theresia",
    "Veronika",
    "Novi",
    "Ina",
    "Kasih",
    "Indah",
    "Juliana",
    "Meri",
    "Oktovina",
    "Lusia",
    "Adelina",
]
FAMILY = [
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
    "Riwu_Kaho",
    "Therik",
    "Pah",
    "Nenobais",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Ratu",
    "Lobo",
    "Sabneno",
    "Nubatonis",
    "Neonufa",
    "Messakh",
    "Saudale",
    "Takaeb",
    "Banunaek",
    "Ga_Lena",
    "Dju_Dara",
    "Da_Costa",
    "Kaborang",
    "Lakapu",
    "Mautuka",
    "Lapenangga",
    "Haba",
    "Bire",
    "Adoe",
    "Tnunay",
    "Uly",
    "Selan",
    "Kapitan",
    "Nahak",
    "Seran",
    "Lelo",
    "Wadu",
    "Sinaga",
    "Simanjuntak",
    "Rumengan",
    "Wenas",
    "Pattinama",
    "Latuheru",
    "Tan",
    "Liem",
    "Alkatiri",
    "Bahasuan",
    "Baswedan",
    "Wibowo",
    "Susanto",
    "Mappa",
    "Pandie",
    "Radja",
    "Lomi",
    "Kana",
    "Hegi",
    "Dethan",
    "Bolla",
    "Toulasik",
    "Missa",
    "Djami",
    "Ully",
    "Kalle",
    "Pello",
    "Nalle",
    "Hege",
    "Sooai",
    "Bulu",
    "Kolo",
    "Boimau",
    "Kase",
    "Lango",
    "Tanaem",
    "Sjioen",
    "Daeng_Matta",
    "Lumban_Tobing",
    "Suek",
]
STREETS = [
    "Nangka",
    "Kenari",
    "Sukun",
    "Palapa",
    "Kakatua",
    "Timor_Raya",
    "Herewila",
    "Amabi",
    "Rote",
    "Jambu",
    "Nuri",
    "Kelinci",
    "Bakti",
    "Soverdi",
    "Cak_Doko",
    "Sam_Ratulangi",
    "Perintis_Kemerdekaan",
    "Oebufu_Raya",
    "Flamboyan",
    "Cendana",
    "Anggrek",
    "Mawar",
    "Kedondong",
    "Merpati",
    "Bajawa",
    "Lontar",
    "Nusa_Indah",
    "Alfons_Nisnoni",
    "W.J._Lalamentik",
    "Frans_Seda",
    "Piet_A._Tallo",
    "Kancil",
    "Kartini",
    "Suratim",
    "Ade_Irma",
    "Kamboja",
    "Bougenvile",
    "Tompello",
    "Thamrin",
]
GANGS = [
    "Sepakat",
    "Damai",
    "Kasih",
    "Mawar",
    "Melati",
    "Anggur",
    "Delima",
    "Harapan",
    "Rukun",
    "Swadaya",
]
KELS = [
    "Oebobo",
    "Oebufu",
    "Kayu_Putih",
    "Liliba",
    "Tuak_Daun_Merah",
    "Fatululi",
    "Oesapa",
    "Oesapa_Barat",
    "Lasiana",
    "Kelapa_Lima",
    "Pasir_Panjang",
    "Namosain",
    "Fatubesi",
    "Alak",
    "Manulai_II",
    "Naioni",
    "Bakunase",
    "Kuanino",
    "Naikoten_I",
    "Sikumana",
    "Bello",
    "Penfui",
    "Maulafa",
    "Kolhua",
    "Fatukoa",
    "Nefonaek",
    "Oetete",
    "Fontein",
    "Airnona",
    "Nunbaun_Sabu",
    "Penkase_Oeleta",
    "Oepura",
    "Batuplat",
]
KECS = ["Oebobo", "Kelapa_Lima", "Maulafa", "Alak", "Kota_Raja", "Kota_Lama"]
PKMS = [
    "Puskesmas_Oebobo",
    "Puskesmas_Sikumana",
    "Puskesmas_Oesapa",
    "Puskesmas_Bakunase",
    "Puskesmas_Kupang_Kota",
    "Puskesmas_Pasir_Panjang",
    "Puskesmas_Alak",
    "Puskesmas_Naioni",
    "Puskesmas_Oepoi",
    "Puskesmas_Penfui",
]
PASARS = ["Oebobo", "Kasih_Naikoten", "Oeba", "Oesapa", "Penfui", "Kuanino", "Inpres_Naikoten"]
SCHOOLS = [
    "SDI_Bakunase",
    "SMPN_5_Kupang",
    "SMAN_3_Kupang",
    "SD_Inpres_Oepura_2",
    "SMPK_St._Theresia",
    "SDK_St._Yoseph",
    "SMKN_4_Kupang",
    "SMPN_14_Kupang",
    "SDN_Oetete_1",
    "SMAN_1_Kupang",
    "SMPN_2_Kupang",
]
SHOPS = [
    "Sinar_Abadi",
    "Maju_Jaya",
    "Timor_Indah",
    "Sumber_Rejeki",
    "Cahaya_Baru",
    "Flobamora",
    "Sasando_Makmur",
    "Kasih_Bersama",
    "Harapan_Baru",
    "Lontar_Sejahtera",
]
CVS = [
    "Sinar_Timor",
    "Timor_Jaya",
    "Nusa_Cendana",
    "Karya_Lontar",
    "Sasando_Mandiri",
    "Bintang_Flobamora",
]
COOPS = [
    "Koperasi_Tunas_Harapan",
    "KSP_Sehati",
    "Koperasi_Pedagang_Ikan_Oeba",
    "KSP_Kasih_Sejahtera",
    "Koperasi_Serba_Usaha_Lontar",
]
OFFMAIL = [
    "pengaduan@kupangkota.go.id",
    "dukcapil.kotakupang@gmail.com",
    "dinkes.kotakupang@gmail.com",
    "bapenda@kupangkota.go.id",
    "dlhk.kotakupang@gmail.com",
    "pupr@kupangkota.go.id",
    "dinsos.kotakupang@gmail.com",
    "disdik.kotakupang@gmail.com",
    "kesbangpol@kupangkota.go.id",
]
UNITMAIL = [
    "tu.smpn5kupang@gmail.com",
    "upt.puskesmas.oebobo@gmail.com",
    "bidang.pajak@bapenda.kupangkota.go.id",
    "tatausaha.sman3kupang@gmail.com",
    "seksi.kesra.oesapa@gmail.com",
    "operator.sdibakunase@gmail.com",
    "sekretariat.dprd@kupangkota.go.id",
    "loket.kk@dukcapil.kupangkota.go.id",
]
POSTMAIL = [
    "lurah.oebufu@gmail.com",
    "camat.oebobo@kupangkota.go.id",
    "kadis.pupr@kupangkota.go.id",
    "kepsek.smpn14kupang@gmail.com",
    "sekcam.maulafa@gmail.com",
    "kabid.pajakdaerah@kupangkota.go.id",
    "lurah.fatululi@gmail.com",
    "camat.alak@kupangkota.go.id",
]
PROGMAIL = [
    "pkh.kotakupang@gmail.com",
    "beasiswa.pemkot.kupang@gmail.com",
    "pip.disdik.ntt@gmail.com",
    "kotaku.kupang@gmail.com",
    "stunting.kotakupang@gmail.com",
    "kartu.kupang.sehat@gmail.com",
]
GROUPMAIL = [
    "osis.smpn2kupang@gmail.com",
    "poktan.sumbermakmur@gmail.com",
    "ksp.tunasharapan@yahoo.co.id",
    "karangtaruna.oebufu@gmail.com",
    "pkk.kel.fatululi@gmail.com",
    "gmit.kotabaru@gmail.com",
    "forumwarga.pedulikota@gmail.com",
    "kub.nelayan.oesapa@gmail.com",
]
BIZMAIL = [
    "cs@sinarabadi.co.id",
    "order.kuelontar@gmail.com",
    "cvnusacendana@gmail.com",
    "admin@flobamoratravel.com",
    "bengkel.majumotor@gmail.com",
    "info@hotelsasando.co.id",
    "fotokopi.cahayabaru@gmail.com",
]
LISTMAIL = [
    "guru-honor-kupang@googlegroups.com",
    "rt-rw-oebobo@googlegroups.com",
    "forum-pkk-kupang@googlegroups.com",
    "operator-sekolah-ntt@googlegroups.com",
]
FAKEMAIL = [
    "bansos.kemensos.ntt@gmail.com",
    "pajak.kupang.resmi@gmail.com",
    "rekrutmen.pemkotkupang@gmail.com",
    "admin.pkh.pusat@gmail.com",
    "bkd.kupang.cpns2026@gmail.com",
    "pln.kupang.token@gmail.com",
    "dukcapil.online.ntt@gmail.com",
]
TREASMAIL = [
    "bendahara.smpn5kupang@gmail.com",
    "bendahara.disdik.kpg@gmail.com",
    "bendahara.rsud.kpg@gmail.com",
]
HANDLES = ["kuelontar.kpg", "sambal_rote", "kopi.sasando", "dapur.mama.kpg", "tenun_ikat_kupang"]
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
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
PREFIXES = [
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0811",
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
    "0899",
    "0881",
    "0882",
    "0887",
    "0831",
    "0838",
]
REGS = ["71"] * 8 + ["01", "02", "03", "04", "05", "06", "07", "08", "10", "13", "14", "17", "19"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def sp(word: str) -> str:
    return word.replace("_", " ")


class Fill:
    """One filling of one template: every key gets one value."""

    def __init__(self, rng: random.Random, keys: list[tuple[str, str]]) -> None:
        self.r = rng
        self.keys = keys
        self.vals: dict[tuple[str, str], str] = {}
        self.raw: dict[tuple[str, str], object] = {}
        self.used: dict[str, set[str]] = {}
        self.dt_state: list = []

    # -- helpers
    def pick(self, sort: str, pool: list[str]) -> str:
        used = self.used.setdefault(sort, set())
        choices = [p for p in pool if p not in used] or pool
        v = self.r.choice(choices)
        used.add(v)
        return sp(v)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def rawget(self, fam: str, suf: str, make):
        k = (fam, suf)
        if k not in self.raw:
            self.raw[k] = make()
        return self.raw[k]

    def nikraw(self, fam: str, suf: str) -> str:
        def make() -> str:
            r = self.r
            day = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
            return (
                "53"
                + r.choice(REGS)
                + f"{r.randint(1, 12):02d}"
                + f"{day:02d}"
                + f"{r.randint(1, 12):02d}"
                + f"{r.randint(50, 99) if r.random() < 0.7 else r.randint(0, 8):02d}"
                + f"{r.randint(1, 60):04d}"
            )

        return self.rawget(fam, suf, make)

    def nikform(self, d: str, how: str) -> str:
        if how == "B":
            return d
        if how == "G":
            return self.r.choice([" ", " ", "-", "."]).join(d[i : i + 4] for i in range(0, 16, 4))
        if how == "D":
            return self.r.choice(
                [
                    f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}",
                    f"{d[:6]}.{d[6:12]}.{d[12:]}",
                    f"{d[:6]} {d[6:12]} {d[12:]}",
                ]
            )
        raise ValueError(how)

    def ocr(self, s: str, n: int) -> str:
        swaps = {"0": "O", "1": "l", "5": "S", "8": "B"}
        idx = [i for i, c in enumerate(s) if c in swaps and i > 0]
        self.r.shuffle(idx)
        chars = list(s)
        for i in idx[:n]:
            chars[i] = (
                swaps[chars[i]]
                if self.r.random() < 0.85
                else ("I" if chars[i] == "1" else swaps[chars[i]])
            )
        return "".join(chars)

    def hpraw(self, suf: str) -> str:
        def make() -> str:
            return self.r.choice(PREFIXES) + self.digits(self.r.choice([7, 8, 8, 8, 9]))

        return self.rawget("hp", suf, make)

    def hpform(self, d: str, how: str) -> str:
        r = self.r
        rest = d[4:]
        if how == "B":
            return d
        if how == "D":
            return f"{d[:4]}-{rest[:4]}-{rest[4:]}"
        if how == "S":
            return (
                f"{d[:4]} {rest[:4]} {rest[4:]}"
                if len(rest) > 7 or r.random() < 0.5
                else f"{d[:4]} {rest[:3]} {rest[3:]}"
            )
        if how == "T":
            return f"{d[:4]}.{rest[:4]}.{rest[4:]}"
        if how == "I":
            n = d[1:]
            return r.choice(
                [
                    f"+62 {n[:3]}-{n[3:7]}-{n[7:]}",
                    f"+62{n}",
                    f"62{n}",
                    f"62 {n[:3]} {n[3:7]} {n[7:]}",
                    f"+62 {n[:3]} {n[3:7]} {n[7:]}",
                ]
            )
        raise ValueError(how)

    def person_keys(self, suf: str):
        for base, s in self.keys:
            if s == suf and base in ("M", "F", "G"):
                return base
        return None

    def mailbox(self, suf: str) -> tuple[str, str]:
        def make():
            base = self.person_keys(suf)
            given = self.get(base, suf) if base else sp(self.r.choice(MALE + FEMALE))
            fam = self.get("FAM", suf) if ("FAM", suf) in self.keys else sp(self.r.choice(FAMILY))
            g = re.sub(r"[^a-z]", "", given.lower())
            f = re.sub(r"[^a-z]", "", fam.lower())
            n = str(self.r.randint(1, 99))
            local = self.r.choice(
                [
                    f"{g}.{f}{n}",
                    f"{g}_{f}",
                    f"{f}.{g}{n}",
                    f"{g[0]}{f}",
                    f"{g}-{f}",
                    f"{g}{f}{n}",
                    f"{g}.{f}",
                    f"{f}{g}{n}",
                ]
            )
            dom = self.r.choice(
                ["gmail.com"] * 4
                + ["yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com", "icloud.com"]
            )
            return local, dom, g, f

        return self.rawget("mail", suf, make)

    def dt(self) -> str:
        r = self.r
        if not self.dt_state:
            fmt = r.choice(["full", "short", "dash", "day"])
            self.dt_state = [
                fmt,
                r.randint(1, 28),
                r.randint(1, 12),
                r.randint(6, 20) * 60 + r.randint(0, 59),
            ]
        fmt, d, m, t = self.dt_state
        t += r.randint(1, 9)
        self.dt_state[3] = t
        hh, mm = divmod(t, 60)
        if fmt == "full":
            return f"{d:02d}/{m:02d}/2026 {hh:02d}.{mm:02d}"
        if fmt == "short":
            return f"{hh:02d}.{mm:02d}"
        if fmt == "dash":
            return f"{d:02d}-{m:02d}-2026 {hh:02d}:{mm:02d}"
        return f"{d} {MONTHS[m - 1]} 2026 {hh:02d}.{mm:02d}"

    # -- the keys
    def get(self, base: str, suf: str) -> str:
        if base == "DT":
            return self.dt()
        k = (base, suf)
        if k not in self.vals:
            self.vals[k] = self.make(base, suf)
        return self.vals[k]

    def make(self, base: str, suf: str) -> str:  # noqa: PLR0911, PLR0912
        r = self.r
        if base == "M":
            return self.pick("given", MALE)
        if base == "F":
            return self.pick("given", FEMALE)
        if base == "G":
            return self.pick("given", MALE + FEMALE)
        if base == "FAM":
            return self.pick("fam", FAMILY)
        if base == "STR":
            return self.pick("str", STREETS)
        if base == "GANG":
            return self.pick("gang", GANGS)
        if base == "KEL":
            return self.pick("kel", KELS)
        if base == "KEC":
            return self.pick("kec", KECS)
        if base == "PKM":
            return self.pick("pkm", PKMS)
        if base == "PASAR":
            return self.pick("pasar", PASARS)
        if base == "SEK":
            return self.pick("sek", SCHOOLS)
        if base == "SHOP":
            return self.pick("shop", SHOPS)
        if base == "CV":
            return self.pick("cv", CVS)
        if base == "COOP":
            return self.pick("coop", COOPS)
        if base == "HANDLE":
            return self.pick("handle", HANDLES)
        for name, pool in (
            ("OFFMAIL", OFFMAIL),
            ("UNITMAIL", UNITMAIL),
            ("POSTMAIL", POSTMAIL),
            ("PROGMAIL", PROGMAIL),
            ("GROUPMAIL", GROUPMAIL),
            ("BIZMAIL", BIZMAIL),
            ("LISTMAIL", LISTMAIL),
            ("FAKEMAIL", FAKEMAIL),
            ("TREASMAIL", TREASMAIL),
        ):
            if base == name:
                return self.pick(name, pool)
        if base == "NO":
            return r.choice(
                [
                    str(r.randint(1, 150)),
                    str(r.randint(1, 60)),
                    f"{r.randint(1, 40)}{r.choice('AB')}",
                ]
            )
        if base in ("RT", "RW"):
            return (
                f"{r.randint(1, 35 if base == 'RT' else 12):02d}"
                if r.random() < 0.6
                else str(r.randint(1, 30))
            )
        if base == "RTK":  # a KTP's three-digit RT/RW
            return f"{r.randint(1, 40):03d}/{r.randint(1, 12):03d}"
        if base == "N":
            return str(r.randint(2, 14))
        if base == "CODE":
            return self.digits(6)
        # --- identity
        if base in ("NIK", "NIKB", "NIKG", "NIKD"):
            how = {"NIK": r.choice("BGD"), "NIKB": "B", "NIKG": "G", "NIKD": "D"}[base]
            return self.nikform(self.nikraw("nik", suf), how)
        if base == "NIKS":
            d = self.nikraw("nik", suf)
            return " ".join(d[i : i + 4] for i in range(0, 16, 4))
        if base == "NIKOCR":
            return self.ocr(self.nikform(self.nikraw("nik", suf), r.choice("BBG")), r.randint(1, 3))
        if base == "NIKNL":
            d = self.nikraw("nik", suf)
            cut = r.choice([6, 8, 10])
            return d[:cut] + "\n" + d[cut:]
        if base == "NIKFW":
            return self.nikform(self.nikraw("nik", suf), r.choice("BG")).translate(FULLWIDTH)
        if base == "NIKSHORT":
            d = self.nikraw("nik", suf)
            i = r.randint(6, 14)
            return d[:i] + d[i + 1 :]
        if base == "NIKLONG":
            d = self.nikraw("nik", suf)
            i = r.randint(6, 14)
            return d[:i] + d[i] + d[i:]
        if base in ("KK", "KKB", "KKG"):
            how = {"KK": r.choice("BGD"), "KKB": "B", "KKG": "G"}[base]
            return self.nikform(self.nikraw("kk", suf), how)
        if base in ("NPWP", "NPWPS", "NPWPOCR", "NPWPB"):

            def make_old(body: bool = False) -> str:
                head = (
                    r.choice(["01", "02", "03"])
                    if body
                    else r.choice(
                        [
                            "04",
                            "05",
                            "06",
                            "07",
                            "08",
                            "09",
                            "24",
                            "25",
                            "34",
                            "35",
                            "44",
                            "45",
                            "47",
                            "49",
                            "54",
                            "58",
                            "66",
                            "69",
                            "75",
                            "79",
                            "84",
                            "86",
                            "88",
                        ]
                    )
                )
                return head + self.digits(7) + r.choice(["920", "920", "920", "921"]) + "000"

            d = self.rawget(
                "npwpb" if base == "NPWPB" else "npwp", suf, lambda: make_old(base == "NPWPB")
            )
            std = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
            if base in ("NPWP", "NPWPB"):
                return std
            if base == "NPWPS":
                return r.choice(
                    [
                        f"{d[:2]}. {d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
                        f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {d[9:12]} {d[12:]}",
                        d,
                        f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]} - {d[9:12]}.{d[12:]}",
                        f"{d[:2]}{d[2:5]}{d[5:8]}{d[8]}-{d[9:12]}{d[12:]}",
                    ]
                )
            return r.choice(
                [
                    std.replace(".", ",", 1),
                    std[:-3] + "OOO",
                    f"{d[:2]} .{d[2:5]} .{d[5:8]} .{d[8]}-{d[9:12]} .{d[12:]}",
                    self.ocr(std, 2),
                ]
            )
        if base == "NPWPN":
            return self.nikform(self.nikraw("npwpn", suf), r.choice("BBGD"))
        if base == "NPWPBN":
            return "0" + self.digits(15)
        if base == "NOP":
            a, b, c = r.randint(10, 60), r.randint(10, 99), r.randint(10, 99)
            return f"53.71.0{a}.0{b}.0{c}-{r.randint(1, 999):04d}.0"
        if base == "NIP":
            y = r.randint(1968, 1995)
            s = (
                f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}",
                f"{y + r.randint(22, 28)}{r.randint(1, 12):02d}",
                r.choice("12"),
                f"{r.randint(1, 20):03d}",
            )
            return " ".join(s) if r.random() < 0.6 else "".join(s)
        if base == "NISN":
            return "00" + self.digits(8) if r.random() < 0.7 else "3" + self.digits(9)
        if base == "BPJS":
            return "000" + self.digits(10)
        if base == "BPJSTK":
            return r.choice(["1", "2"]) + self.digits(10)
        if base == "REKBRI":
            return (
                f"{self.digits(4)}-01-{self.digits(6)}-{self.digits(2)}-{self.digits(1)}"
                if r.random() < 0.6
                else self.digits(4) + "01" + self.digits(9)
            )
        if base == "REKBNI":
            return "0" + self.digits(9) if r.random() < 0.6 else "08" + self.digits(8)
        if base == "REKMDR":
            return (
                f"{r.randint(140, 161)}-00-{self.digits(7)}-{self.digits(1)}"
                if r.random() < 0.6
                else f"{r.randint(140, 161)}00{self.digits(8)}"
            )
        if base == "REKBCA":
            return self.digits(10)
        if base in ("REKNTT", "REKKASDA"):
            return (
                f"{r.randint(1, 9):03d}.01.02.{self.digits(6)}-{self.digits(1)}"
                if r.random() < 0.6
                else f"{r.randint(1, 9):03d}0102{self.digits(7)}"
            )
        # --- phones
        if base in ("HP", "HPB", "HPD", "HPS", "HPI", "HPT"):
            how = r.choice("BBDSTII") if base == "HP" else base[2]
            return self.hpform(self.hpraw(suf), how)
        if base == "HPOCR":
            return self.ocr(self.hpform(self.hpraw(suf), r.choice("BBD")), r.randint(1, 3))
        if base == "HPNL":
            d = self.hpraw(suf)
            return f"{d[:4]} {d[4:8]}\n{d[8:]}" if r.random() < 0.5 else f"{d[:6]}\n{d[6:]}"
        if base == "HPFW":
            return self.hpform(self.hpraw(suf), r.choice("BDS")).translate(FULLWIDTH)
        if base in ("TEL", "OFCTEL"):
            d = "8" + self.digits(5)
            return r.choice(
                [
                    f"0380 {d}",
                    f"(0380) {d}",
                    f"(0380) {d[:3]} {d[3:]}",
                    f"0380-{d}",
                    f"0380-{d[:3]} {d[3:]}",
                    f"0380{d}",
                ]
            )
        if base in ("OFCHP", "BIZHP", "SCAMHP"):
            return self.hpform(
                r.choice(PREFIXES) + self.digits(r.choice([7, 8, 8])), r.choice("BDSIT")
            )
        if base == "TOLL":
            return r.choice(
                [
                    f"0800-1-{self.digits(3)}-{self.digits(3)}",
                    f"0800 1 {self.digits(3)} {self.digits(3)}",
                    f"1500-{self.digits(3)}",
                    f"1500{self.digits(3)}",
                    f"14{self.digits(3)}",
                ]
            )
        # --- mail
        if base == "MAIL":
            local, dom, _, _ = self.mailbox(suf)
            return f"{local}@{dom}"
        if base == "MAILD":
            local, dom, _, _ = self.mailbox(suf)
            name, tld = dom.split(".", 1)
            at = r.choice(
                [" @ ", "@ ", "(at)", " [at] ", " at ", " (keong) ", "(et)", "[@]", " @", "(at)"]
            )
            dot = (
                " dot "
                if at == " at "
                else (
                    " [dot] "
                    if at == " [at] "
                    else r.choice([".", ".", "(titik)", " titik ", " (titik) ", " .", "(dot)"])
                )
            )
            loc = local.replace(".", " [dot] ") if at == " [at] " and r.random() < 0.4 else local
            return f"{loc}{at}{name}{dot}{tld.replace('.', dot)}"
        if base in ("MAILOFF", "MAILSCH", "MAILUNI"):
            _, _, g, f = self.mailbox(suf)
            host = {
                "MAILOFF": [
                    "kupangkota.go.id",
                    "nttprov.go.id",
                    "bapenda.kupangkota.go.id",
                    "dukcapil.kupangkota.go.id",
                ],
                "MAILSCH": ["guru.sd.belajar.id", "guru.smp.belajar.id", "guru.sma.belajar.id"],
                "MAILUNI": ["staf.undana.ac.id", "undana.ac.id", "pnk.ac.id"],
            }[base]
            return f"{r.choice([g + '.' + f, g + f, g[0] + '.' + f, g + '_' + f])}@{r.choice(host)}"
        # --- look-alikes
        if base == "TIX":
            return r.choice(
                [
                    f"LPR-2026-{self.digits(4)}-{self.digits(4)}",
                    f"#LPR-2026-{self.digits(4)}-{self.digits(4)}",
                    f"{self.digits(4)}-{self.digits(4)}-{self.digits(3)}",
                    f"LAPOR-5371-2026-{self.digits(5)}",
                    f"KSH/{self.digits(3)}/XI/2026",
                ]
            )
        if base == "VA":
            return r.choice(
                [
                    f"8808 {self.digits(4)} {self.digits(4)} {self.digits(4)}",
                    f"88{self.digits(14)}",
                    f"7{self.digits(4)} {self.digits(11)}",
                    f"8{self.digits(15)}",
                ]
            )
        if base == "BILL":
            return "82026" + self.digits(10)
        if base == "IDPEL":
            return "5312" + self.digits(8)
        if base == "METER":
            return r.choice(["141", "142", "321"]) + self.digits(8)
        if base == "TOKEN":
            return (
                " ".join(self.digits(4) for _ in range(5))
                if r.random() < 0.6
                else "-".join(self.digits(4) for _ in range(5))
            )
        if base == "TRX":
            return "2026" + f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + self.digits(8)
        if base == "SAMB":
            return f"0{r.randint(1, 9)}-{r.randint(1, 12):02d}-{self.digits(6)}"
        if base == "LETTERNO":
            return r.choice(
                [
                    "/".join(
                        [
                            r.choice(["700", "503", "470", "900", "045", "400"]),
                            str(r.randint(10, 999)),
                            r.choice(["INSP", "DKPS", "BPPD", "PUPR", "KEL", "DLHK"]),
                        ]
                    )
                    + "/"
                    + r.choice(["XI/", "X/", ""])
                    + "2026",
                    f"503/PBG/2026/{self.digits(5)}",
                    f"5371-LU-{r.randint(1, 28):02d}112026-{self.digits(4)}",
                    f"B-{r.randint(100, 9999)}/WPJ.14/KP.0403/2026",
                ]
            )
        if base == "FAKTUR":
            return f"0{r.choice(['10', '40', '70'])}.00{r.randint(1, 9)}-26.{self.digits(8)}"
        if base == "RP":
            return r.choice(
                [
                    f"Rp {r.randint(1, 9)}.{r.randint(0, 9)}00.000",
                    f"Rp{r.randint(5, 95)}.000",
                    f"{r.randint(10, 500)} ribu",
                    f"Rp {r.randint(1, 9)},{r.randint(1, 9)} juta",
                    f"Rp {r.randint(100, 999)}.{r.randint(100, 999)}",
                    f"Rp. {r.randint(10, 950)}.000,-",
                ]
            )
        if base == "TGL":
            d, m = r.randint(1, 28), r.randint(1, 12)
            return r.choice(
                [
                    f"{d:02d}/{m:02d}/2026",
                    f"{d} {MONTHS[m - 1]} 2026",
                    f"{d:02d}-{m:02d}-2026",
                    f"{d}/{m}",
                    f"{d} {MONTHS[m - 1][:3]} 26",
                ]
            )
        if base == "LAHIR":
            return f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(1950, 2004)}"
        if base == "BULAN":
            return r.choice(MONTHS)
        if base == "HARI":
            return r.choice(DAYS)
        if base == "JAM":
            hour, sep = r.randint(6, 21), r.choice(".:")
            return f"{hour:02d}{sep}{r.choice(['00', '15', '30', '45', '10', '50'])}"
        if base == "PLATE":
            region, number = r.choice(["DH", "DH", "DH", "EB", "ED"]), r.randint(1000, 9999)
            first = r.choice(string.ascii_uppercase)
            p = f"{region} {number} {first}{r.choice(['', *string.ascii_uppercase])}"
            return p if r.random() < 0.75 else p.replace(" ", "")
        raise KeyError(base)


PH = re.compile(r"\{([A-Z]+?)(\d*)(?:\|([ulm]))?\}")
LABEL = re.compile(r"\[\[([A-Za-z_]+):(.*?)\]\]", re.S)


def parse_templates() -> list[tuple[str, str, str]]:
    out = []
    theme = None
    for block in re.split(r"\n\s*\n", TEMPLATES.strip()):
        lines = [ln.strip() for ln in block.strip().splitlines()]
        if lines and lines[0].startswith("= "):
            theme = lines[0][2:].strip()
            lines = lines[1:]
        if not lines:
            continue
        if not lines[0].startswith("@"):
            raise SystemExit(f"a template without its style: {lines[0]}")
        style = lines[0][1:].strip()
        body = (
            " ".join(lines[1:])
            .replace("\\n ", "\n")
            .replace(" \\n", "\n")
            .replace("\\n", "\n")
            .replace("\\t", "\t")
        )
        out.append((theme, style, body))
    return out


def fill(body: str, style: str, rng: random.Random) -> tuple[str, list[dict]]:
    keys = [(m.group(1), m.group(2)) for m in PH.finditer(body)]
    f = Fill(rng, keys)
    f.dt_state = []

    def sub(m: re.Match) -> str:
        v = f.get(m.group(1), m.group(2))
        if m.group(3) == "u":
            v = v.upper()
        elif m.group(3) == "l":
            v = v.lower()
        elif m.group(3) == "m":
            v = re.sub(r"[^a-z0-9]", "", v.lower())
        return v

    filled = PH.sub(sub, body)
    if style == "sms_caps":
        filled = filled.upper()
    text, spans, pos = [], [], 0
    length = 0
    for m in LABEL.finditer(filled):
        chunk = filled[pos : m.start()]
        text.append(chunk)
        length += len(chunk)
        val = m.group(2)
        spans.append(
            {"kind": m.group(1).lower(), "start": length, "end": length + len(val), "value": val}
        )
        text.append(val)
        length += len(val)
        pos = m.end()
    text.append(filled[pos:])
    return "".join(text), spans


def check(text: str, spans: list[dict], where: str) -> None:
    def need(ok: object, *why: object) -> None:
        if not ok:
            raise SystemExit(f"{where}: {why}")

    for left in ("{", "}", "[[", "]]", "\\n"):
        need(left not in text, "left in the text", left)
    prev = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        k, a, b = s["kind"], s["start"], s["end"]
        seg = text[a:b]
        need(k in KINDS, "kind", k)
        need(seg, "empty span")
        need(seg == s["value"], "offsets", seg)
        need(seg[0].isalnum() or (k == "phone" and seg[0] in "+("), "starts badly", seg)
        need(seg[-1].isalnum(), "ends badly", seg)
        need(a >= prev, "overlap", seg)
        prev = b
        if k == "name":
            first = seg.split()[0].lower()
            need(first not in TITLES, "a title opens the name", seg)


def main() -> int:
    rng = random.Random(SEED)
    templates = parse_templates()
    seen: set[str] = set()
    rows = []
    per_theme = Counter()
    for ti, (theme, style, body) in enumerate(templates):
        for _ in range(FILLS):
            for _attempt in range(50):
                text, spans = fill(body, style, rng)
                if text not in seen:
                    break
            else:
                raise SystemExit(f"template {ti} repeats")
            seen.add(text)
            check(text, spans, f"template {ti} ({theme}/{style})")
            per_theme[theme] += 1
            rows.append(
                {
                    "id": f"d17-{len(rows) + 1:04d}",
                    "text": text,
                    "spans": [
                        {"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in spans
                    ],
                    "style": style,
                    "theme": theme,
                }
            )
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    empty = sum(1 for r in rows if not r["spans"])
    sys.stdout.write(
        f"{len(templates)} templates, {len(rows)} texts, {sum(kinds.values())} spans, "
        f"{empty} without spans ({100 * empty / len(rows):.0f} %)\n"
        f"{dict(per_theme)} {dict(kinds)}\n"
    )
    return 0


# The hand-written templates. Labels: [[kind:value]]; placeholders: see Fill.make.
TEMPLATES = r"""
= phones
@sms_caps
KOTKUPANG LAMPU JALAN DEPAN RMH SY DI {KEL} MATI SDH 2 MINGGU. HUB SY DI [[phone:{HPB}]].
[[name:{M} {FAM}]]

@sms_caps
KOTKUPANG AIR PDAM MATI 3 HARI DI {KEL}. SDH TELP HOTLINE PDAM {OFCTEL} TDK DIANGKAT. TIKET {TIX}

@sms_plain
KOTKUPANG sy [[name:{F}]] mau lapor anak sy [[name:{G2}]] blm pulang sejak {TGL}. Tlg hub sy
[[phone:{HPD}]] atau suami [[phone:{HPS2}]]

@sms_plain
KOTKUPANG ada yg telp dr {SCAMHP} ngaku petugas Dukcapil minta foto KTP n KK. Itu bkn nomor kantor
kan? Tlg diumumkan.

@whatsapp
[{DT}] [[name:{F|l}]]: kaka, ni nomor beta yg baru [[phone:{HPB}]], yg lama su hilang\n
[{DT}] Admin Kelurahan {KEL}: Baik ibu, kami simpan. Kalau mau urus surat WA kantor {OFCHP} jam
08.00-14.00 e

@whatsapp
[{DT}] Info Kelurahan {KEL}: Gangguan listrik hubungi PLN 123 / WA {OFCHP}. Jangan ke nomor
lain.\n
[{DT}] Info Kelurahan {KEL}: Pembayaran retribusi sampah lewat VA {VA}, jatuh tempo {TGL}.

@web_form
Nama Pelapor: [[name:{M} {FAM}]]\n
No. HP: [[phone:{HPI}]]\n
Telp rumah: [[phone:{TEL}]]\n
Kategori: Jalan\n
Isi: Jalan depan {PKM} berlubang besar, sudah 2 kali motor jatuh minggu ini.

@web_form
Kategori: Penipuan\n
Nomor yang menghubungi: {SCAMHP}\n
Mengaku sebagai: Petugas Bansos Dinas Sosial Kota Kupang\n
Kronologi: Ditelepon {TGL} jam {JAM}, diminta transfer {RP} supaya bantuan cair.\n
No. Tiket: {TIX}

@letter
Dengan hormat, bersama ini saya menyampaikan keberatan atas tagihan PDAM bulan {BULAN} sebesar
{RP} untuk No. sambungan {SAMB}, padahal meteran {METER} tidak berputar.\n
Hormat saya,\n
[[name:{M} {FAM}]]\n
HP [[phone:{HPD}]] / Telp. rumah [[phone:{TEL}]]

@letter
PEMERINTAH KOTA KUPANG\n
KELURAHAN {KEL|u}\n
Jl. {STR} No. {NO} Telp. {OFCTEL} WA {OFCHP}\n
\n
Nomor: {LETTERNO}\n
Perihal: Undangan rapat warga tanggal {TGL} jam {JAM} di aula kelurahan.

@email_thread
Subject: Nomor saya ganti\n
\n
Yth. Admin LAPOR, mohon nomor kontak di laporan {TIX} diganti menjadi [[phone:{HPI}]]. Nomor lama
[[phone:{HPB2}]] sudah tidak aktif.\n
Salam, [[name:{F}]]

@email_thread
From: Humas PDAM Tirta Lontar <humas.pdamkupang@gmail.com>\n
To: {LISTMAIL}\n
Subject: Gangguan distribusi\n
\n
Distribusi air di Kec. {KEC} terganggu {TGL}. Informasi lanjut call center {TOLL} atau WA {OFCHP}
(PDAM).

@call_transcript
Petugas: Pengaduan 1708, selamat siang.\n
Penelepon: Siang, sa [[name:{M}]] dari {KEL}, mau lapor sampah belum diangkut.\n
Petugas: Nomor yang bisa dihubungi?\n
Penelepon: [[phone:{HPS}]], ini nomor sa sendiri.\n
Petugas: Baik, tiket {TIX}.

@call_transcript
Petugas: Untuk gangguan listrik Bapak bisa hubungi PLN 123 atau WA {OFCHP}.\n
Penelepon: ID pelanggan saya {IDPEL}, nomor meter {METER}.\n
Petugas: Baik, kami teruskan. Nomor laporan {TIX}.

@spreadsheet
No;Nama Pelapor;No HP;Kelurahan;Keluhan\n
1;[[name:{M|u} {FAM|u}]];[[phone:{HPB}]];{KEL};Lampu jalan mati\n
2;[[name:{F|u} {FAM2|u}]];[[phone:{HPD2}]];{KEL2};Drainase tersumbat

@spreadsheet
No|Nomor Penipu|Mengaku Sebagai|Tanggal Laporan\n
1|{SCAMHP}|Petugas PLN|{TGL}\n
2|{SCAMHP2}|Admin PKH|{TGL2}\n
3|{SCAMHP3}|Staf Dukcapil|{TGL3}

@kupang_malay
Pak, lampu jalan di gang su mati. Kalo mau tanya-tanya telpon sa di [[phone:{HPB}]], jang telpon
beta pung mama. - [[name:{G|l}]]

@kupang_malay
Itu nomor {BIZHP} di spanduk depan Pasar {PASAR} tu nomor bengkel, bukan nomor kelurahan. Jang
tapancing e.

@social
Tolong bantu share! Adik kami [[name:{G} {FAM}]] belum pulang sejak {TGL}. Yang lihat hubungi
mamanya [[phone:{HPI}]] atau kaka [[name:{M2}]] [[phone:{HPD2}]] 🙏

@social
HATI-HATI! Nomor {SCAMHP} mengaku dari Dinas Sosial Kota Kupang, minta transfer biaya admin {RP}.
Pengaduan resmi hanya SMS 1708 atau WA center {OFCHP}. #KupangWaspada

@sms_caps
SY [[name:{F}]] WARGA [[address:RT {RT} RW {RW}]] {KEL}. ANJING LIAR GIGIT ANAK SY KMRN. NOMOR SY
[[phone:{HPB}]] TLG TELP BALIK

@sms_caps
INFO: GANGGUAN LISTRIK HUB PLN 123 ATAU WA {OFCHP}. TAGIHAN BLN {BULAN} {RP}, BAYAR LEWAT VA {VA}
SBLM {TGL}.

@sms_plain
Sy mau tanya status laporan {TIX}, sdh 2 minggu blm ada kabar. Bisa telp ke nomor rumah
[[phone:{TEL}]] sore hari. Trims. [[name:{M} {FAM}]]

@sms_plain
Mohon info, WA pengaduan Dukcapil Kota Kupang yg benar {OFCHP} atau {OFCHP2}? Soalnya ada 2 nomor
beredar di grup.

@sms_plain
Tetangga bakar sampah tiap malam, asap masuk rmh. Sy tdk mau nama disebut. Kalau perlu konfirmasi
hub [[phone:{HPD}]] (an. [[name:{F}]])

@whatsapp
[{DT}] [[name:{M}]]: pak RT, ni nomor bapa [[name:{M2}]] yang tukang las tu [[phone:{HPS}]], dia
bilang bisa datang besok\n
[{DT}] Ketua RT {RT}: Ok makasih, nanti sa telpon

@whatsapp
[{DT}] Admin Grup: Yang mau pesan galon, nomor depot Air Murni {BIZHP}, antar sampai rumah. Harga
{RP}/galon.\n
[{DT}] Admin Grup: Terima kasih 🙏

@web_form
Nama: [[name:{G} {FAM}]]\n
NIK: [[nik:{NIKB}]]\n
No. WhatsApp: [[phone:{HPI}]]\n
Telp. kantor tempat kerja (opsional): {OFCTEL}\n
Laporan: Antrean rekam KTP-el di Dukcapil sejak 06.00, baru dilayani 13.00.

@web_form
Jenis Layanan: Pengaduan Listrik\n
ID Pelanggan: {IDPEL}\n
No. Meter: {METER}\n
Token terakhir: {TOKEN}\n
Nominal: {RP}\n
Tanggal: {TGL}\n
Keterangan: token tidak masuk, sudah hubungi 123.

@letter
Kepada Yth. Lurah {KEL}\n
Kami dari keluarga [[name:{FAM}]] mohon bantuan pengukuran ulang batas tanah. Untuk koordinasi
silakan hubungi anak kami [[name:{M}]] di [[phone:{HPD}]] atau telepon rumah [[phone:{TEL}]].

@letter
Bengkel Las Karya Baru siap mengerjakan pagar Kantor Camat {KEC} sesuai RAB {RP}. Hubungi kami di
{BIZHP} atau datang ke bengkel di Jl. {STR} No. {NO}. NPWP: {NPWPB}

@email_thread
> Pada {HARI}, {TGL} {JAM}, [[name:{M} {FAM}]] <[[email:{MAIL}]]> menulis:\n
> Nomor HP saya [[phone:{HPB}]], mohon dihubungi soal drainase.\n
\n
Terima kasih Bapak, petugas kami akan menghubungi. Salam, Tim Pengaduan Kasih

@email_thread
From: Flobamora Travel <admin@flobamoratravel.com>\n
Subject: Konfirmasi tiket\n
\n
Tiket Kupang–Soe {TGL} jam {JAM} sudah terbit, kode booking {TIX}. Perubahan jadwal hubungi
{BIZHP}.

@call_transcript
Petugas: Ada nomor lain yang bisa kami hubungi?\n
Pelapor: Pakai nomor istri saja, [[phone:{HPD}]], atas nama [[name:{F} {FAM}]].\n
Petugas: Baik, laporan kami teruskan ke Dinas PUPR.

@call_transcript
Penelepon: Saya dapat SMS dari {SCAMHP}, katanya saya menang undian PLN.\n
Petugas: Itu penipuan, Ibu. PLN hanya 123. Jangan kirim kode apa pun.\n
Penelepon: Kode {CODE} yang dikirim belum saya kasih.\n
Petugas: Bagus. Laporan tercatat {TIX}.

@spreadsheet
Nama,HP,Telp Rumah,Alamat\n
[[name:{M} {FAM}]],[[phone:{HPB}]],[[phone:{TEL}]],[[address:Jl. {STR} No. {NO}]]\n
[[name:{F2} {FAM2}]],[[phone:{HPD2}]],-,[[address:RT {RT2}/RW {RW2}]]

@spreadsheet
Instansi\tTelepon\tWhatsApp\n
Kelurahan {KEL}\t{OFCTEL}\t{OFCHP}\n
{PKM}\t{OFCTEL2}\t{OFCHP2}\n
PDAM Tirta Lontar\t{OFCTEL3}\t-

@kupang_malay
Kaka, beta su telpon hotline PDAM {OFCTEL} ma sonde angkat. Ini beta pung nomor [[phone:{HPS}]],
beta [[name:{F|l}]] tinggal di [[address:RT {RT}]] {KEL}. Air su mati 4 hari.

@kupang_malay
Ojek pangkalan depan Pasar {PASAR} tu nomor {BIZHP}, dong bisa antar pasien ke {PKM}. Ma tarif su
naik jadi {RP}.

@social
Kehilangan dompet sekitar Pasar {PASAR} tgl {TGL}, isi KTP atas nama [[name:{M} {FAM}]]. Yang
menemukan mohon hubungi [[phone:{HPI}]]. Ada imbalan {RP}.

@social
Mau servis AC? Teknik Dingin Jaya {BIZHP}. Workshop Jl. {STR} No. {NO}. Buka Senin–Sabtu
08.00–17.00 #kupang #serviceac

@sms_caps
TLG PAK, MOTOR SY DICURI DEPAN {PKM} TGL {TGL}. PLAT [[plate:{PLATE}]]. HUB [[phone:{HPB}]]
[[name:{M}]]

@sms_plain
Info: tagihan PDAM No. sambungan {SAMB} bulan ini {RP}, bayar sblm {TGL}. Cek di WA PDAM {OFCHP}.
Abaikan bila sdh bayar.

@whatsapp
[{DT}] [[name:{F|l} {FAM|l}]]: pak, kalo yg [[phone:{HPD}]] itu nomor sa sendiri, bukan nomor
bengkel. yg bengkel {BIZHP}\n
[{DT}] Petugas Posko: siap bu, sa catat

@web_form
Nama Lengkap : [[name:{M|u} {FAM|u}]]\n
No. HP : [[phone:{HPOCR}]]\n
Kelurahan : {KEL}\n
Uraian : Pembangunan talud di belakang {SEK} berhenti sejak {TGL}.

@letter
Saya, [[name:{F} {FAM}]], mohon agar pohon besar di samping rumah kami dipangkas sebelum musim
hujan. Bapak dapat menghubungi saya di nomor [[phone:{HPNL}]] kapan saja. Terima kasih.

@call_transcript
[Catatan telepon {TGL} {JAM}] Penelepon Ibu [[name:{F} {FAM}]] lapor kabel listrik putus depan
rumahnya. Nomor yang muncul [[phone:{HPI}]]; minta ditelepon balik ke telp rumah [[phone:{TEL}]].
ID pelanggan {IDPEL}.

@spreadsheet
Tanggal;Tiket;Kanal;Kategori;Status\n
{TGL};{TIX};SMS 1708;Jalan;Selesai\n
{TGL2};{TIX2};WA {OFCHP};Air;Proses\n
{TGL3};{TIX3};Call center {TOLL};Listrik;Baru

@social
Jual motor Beat 2019 pajak hidup, plat [[plate:{PLATE}]], harga {RP} nego. Minat WA
[[phone:{HPB}]] ([[name:{M|l}]])

@kupang_malay
Bapa-mama dong, kalo ada yang telpon pake nomor {SCAMHP} bilang dia dari PLN, itu tipu. PLN pung
nomor cuma 123. Jang kasih token {TOKEN} ke sapa-sapa.

@email_thread
From: [[name:{FAM}]], [[name:{M}]] <[[email:{MAILOFF}]]>\n
To: helpdesk@kupangkota.go.id\n
Subject: Nomor HP di SIMPEG\n
\n
Mohon nomor HP saya di SIMPEG diganti ke [[phone:{HPD}]]. NIP {NIP}. Terima kasih.

@whatsapp
[{DT}] Puskesmas {KEL}: Jadwal imunisasi {TGL} jam {JAM}. Daftar lewat WA {OFCHP} (pendaftaran)
atau telp {OFCTEL}.\n
[{DT}] Puskesmas {KEL}: Ambulans 119, bukan nomor pribadi petugas.

@social
Saya pemilik kios sendiri di Pasar {PASAR}, HP [[phone:{HPS}]] a.n. [[name:{F} {FAM}]]. Mohon
penataan lapak jangan gusur pedagang lama.

@kupang_malay
Kemarin ada yang telpon sa pake nomor {SCAMHP}, ngaku admin PKH, minta sa kirim {RP} biar bantuan
cair. Sa sonde kasih. Tiket su ada {TIX}.

@letter
DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN KOTA KUPANG\n
Jl. {STR} No. {NO}, Telp. {OFCTEL}, WA {OFCHP}\n
Nomor: {LETTERNO}\n
Jadwal angkut sampah Kel. {KEL}: Senin dan Kamis, 06.00–09.00. Pengaduan 1708.

@sms_plain
Sy [[name:{G}]], nomor ini [[phone:{HPT}]] hilang dicuri, mohon blokir. Hubungi sy lewat nomor
adik [[phone:{HPB2}]] ([[name:{G2}]]).

@call_transcript
Penelepon: Kalau yang {BIZHP} itu nomor siapa?\n
Petugas: Itu nomor travel, Bu, bukan nomor kami. Nomor kami {OFCTEL} dan WA {OFCHP}.\n
Penelepon: Oh, terima kasih.

= emails
@web_form
Nama: [[name:{F} {FAM}]]\n
Email: [[email:{MAIL}]]\n
HP: [[phone:{HPB}]]\n
Judul: Ijazah belum diterima\n
Isi: Ijazah anak saya dari {SEK} belum diberikan. Sekolah minta berkas dikirim ke
tu.{SEK|m}@gmail.com.

@web_form
Instansi tujuan: Dinas Kesehatan Kota Kupang\n
Kontak instansi: dinkes.kotakupang@gmail.com\n
Tembusan: {LISTMAIL}\n
No. Laporan: {TIX}\n
Isi: Stok vaksin di {PKM} kosong sejak {TGL}.

@email_thread
From: [[name:{M} {FAM}]] <[[email:{MAIL}]]>\n
To: pengaduan@kupangkota.go.id\n
Cc: {POSTMAIL}\n
Subject: Sampah menumpuk\n
\n
Yth. Bapak/Ibu, sampah di TPS depan Pasar {PASAR} sudah seminggu tidak diangkut.\n
\n
Salam,\n
[[name:{M}]]

@email_thread
From: Humas Pemkot Kupang <humas@kupangkota.go.id>\n
To: {LISTMAIL}\n
Subject: Jadwal pelayanan keliling\n
\n
Pelayanan KTP-el keliling di Kel. {KEL} tanggal {TGL} jam {JAM}. Pertanyaan ke
dukcapil.kotakupang@gmail.com.

@email_thread
From: [[name:{FAM}]], [[name:{F}]] <[[email:{MAILOFF}]]>\n
To: "Sdr. [[name:{M2} {FAM2}]]" <[[email:{MAIL2}]]>\n
Subject: Re: Berkas PBG\n
\n
Berkas Bapak sudah kami terima dengan nomor {LETTERNO}. Kekurangan dokumen dikirim ke {UNITMAIL}.

@sms_caps
KOTKUPANG SY [[name:{M} {FAM}]] SDH KIRIM BERKAS KE EMAIL DUKCAPIL DUKCAPIL.KOTAKUPANG@GMAIL.COM
TP BLM DIBALAS. BALAS KE [[email:{MAIL}]]

@sms_caps
INFO LOWONGAN PALSU! EMAIL {FAKEMAIL} BUKAN MILIK PEMKOT KUPANG. JGN KIRIM UANG. LAPOR KE 1708.

@sms_plain
Pak, sy sdh daftar akun tp email salah ketik. Yg benar [[email:{MAILD}]]. An. [[name:{F}]]

@sms_plain
Mohon alamat email resmi Bapenda utk kirim keberatan PBB NOP {NOP}. Apakah {FAKEMAIL} itu resmi
atau tidak?

@whatsapp
[{DT}] [[name:{F|l}]]: kk, sa pung email [[email:{MAILD}]] e, kirim ke situ sa formulirnya\n
[{DT}] Admin Kelurahan {KEL}: siap kk

@whatsapp
[{DT}] Info {SEK}: Bapak/Ibu, tugas dikirim ke tugas.{SEK|m}@gmail.com, bukan ke email pribadi
guru.\n
[{DT}] Info {SEK}: Batas {TGL} jam {JAM}.

@letter
Dengan hormat, kami mohon perbaikan atap ruang kelas IV yang bocor sejak {BULAN}.\n
Hormat kami,\n
[[name:{F} {FAM}]], S.Pd.\n
Guru Kelas IV {SEK}\n
Email dinas: [[email:{MAILSCH}]]

@letter
KOP: YAYASAN PENDIDIKAN KRISTEN {KEL|u}\n
Jl. {STR} No. {NO}, Kupang. Email: ypk.{KEL|m}@yahoo.co.id\n
\n
Nomor: {LETTERNO}\n
Hal: Permohonan bantuan 40 bangku untuk tahun ajaran 2026/2027.

@call_transcript
Petugas: Hasil verifikasi kami kirim lewat email. Alamat emailnya?\n
Pelapor: [[email:{MAILD}]].\n
Petugas: Atas nama?\n
Pelapor: [[name:{M} {FAM}]].

@call_transcript
Petugas: Silakan kirim foto kerusakan ke pengaduan@kupangkota.go.id atau ke {UNITMAIL}.\n
Penelepon: Email pribadi saya tidak perlu?\n
Petugas: Tidak perlu, cukup nomor tiket {TIX}.

@spreadsheet
No\tNama Peserta\tEmail\tAsal Sekolah\n
1\t[[name:{G} {FAM}]]\t[[email:{MAIL}]]\t{SEK}\n
2\t[[name:{G2} {FAM2}]]\t[[email:{MAIL2}]]\t{SEK2}

@spreadsheet
Unit,Email,Keterangan\n
TU {SEK},tu.{SEK|m}@gmail.com,surat masuk\n
OSIS,osis.{SEK|m}@gmail.com,kegiatan siswa\n
Bendahara,bendahara.{SEK|m}@gmail.com,SPJ\n
Milis guru,{LISTMAIL},pengumuman

@kupang_malay
Kaka admin, beta su kirim foto ke email kantor ma dong bilang harus pake beta pung email sendiri.
Ni dia: [[email:{MAIL}]]. Nama [[name:{M|l} {FAM|l}]].

@kupang_malay
Hati-hati e, ada email {FAKEMAIL} ngaku dari Kemensos, minta data KK deng foto KTP. Itu bukan
email resmi. Yang resmi cuma lewat kantor lurah.

@social
Ada yang bisa bantu? Anak saya [[name:{G}]] daftar beasiswa, email sudah dikirim dari
[[email:{MAIL}]] ke {PROGMAIL} tapi belum dibalas {N} hari.

@social
Open order kue Natal! Pesan lewat email order.{HANDLE|m}@gmail.com atau DM @{HANDLE}. Harga mulai
{RP}. #kupang

@email_thread
> From: [[name:{M} {FAM}]] <[[email:{MAIL}]]>\n
> Sent: {TGL}\n
> Subject: Sertifikat tanah\n
\n
Terima kasih Bapak [[name:{M}]], laporan Bapak sudah kami teruskan ke BPN Kota Kupang.

@web_form
Nama: [[name:{F} {FAM}]]\n
Email (tidak ditampilkan): [[email:{MAILD}]]\n
Kategori: Pendidikan\n
Isi: Pungutan di {SEK} {RP} per siswa. NISN anak {NISN}.

@web_form
Pengirim: Anonim\n
Email: -\n
Isi: Petugas loket Kantor Camat {KEC} minta {RP} untuk surat pindah. Kalau mau klarifikasi silakan
ke camat.{KEC|m}@kupangkota.go.id.

@letter
Tembusan:\n
1. Camat {KEC} (camat.{KEC|m}@kupangkota.go.id)\n
2. Sdr. [[name:{M2} {FAM2}]] ([[email:{MAIL2}]])\n
3. Arsip

@letter
PENGUMUMAN\n
Berkas seleksi beasiswa dikirim ke {PROGMAIL} paling lambat {TGL} pukul {JAM}. Panitia tidak
melayani pengiriman ke email pribadi. Nomor: {LETTERNO}

@sms_plain
sy [[name:{F|l}]] guru honor di {SEK}. email sy di sekolah [[email:{MAILSCH}]] sdh tdk bisa
dibuka, mohon bantuan dinas.

@sms_caps
KOTKUPANG SY MAU TANYA EMAIL [[email:{MAILD}]] INI PUNYA SY, KENAPA DAPAT EMAIL DARI {FAKEMAIL}
MINTA BAYAR {RP}?

@whatsapp
[{DT}] [[name:{M|l}]]: tlg cc ke adik sa [[name:{F2}]] di [[email:{MAIL2}]]\n
[{DT}] [[name:{M|l}]]: sama ke {LISTMAIL} biar guru2 tau

@whatsapp
[{DT}] PKK Kel. {KEL}: laporan posyandu dikirim ke pkk.kel.{KEL|m}@gmail.com ya ibu-ibu\n
[{DT}] PKK Kel. {KEL}: jangan ke email lurah lurah.{KEL|m}@gmail.com

@call_transcript
Pelapor: Saya sudah kirim dari email kantor, [[email:{MAILOFF}]], itu email saya sendiri di
kantor.\n
Petugas: Nama lengkap Ibu?\n
Pelapor: [[name:{F} {FAM}]].

@spreadsheet
Nama;Jabatan;Email Dinas\n
[[name:{M} {FAM}]];Staf Bidang Pajak;[[email:{MAILOFF}]]\n
-;Kepala Bidang;{POSTMAIL}\n
-;Sekretariat;{OFFMAIL}

@kupang_malay
Om, beta pung email tu [[email:{MAILD}]], jang kirim ke email bapa lurah {KEL}
lurah.{KEL|m}@gmail.com e. - [[name:{G|l}]]

@social
Sudah kirim email ke {OFFMAIL} 3 kali soal lampu jalan di Jl. {STR}, tidak dibalas. Kalau mau
balas ke saya: [[email:{MAILD}]]

@social
Yang mau gabung milis guru honor Kota Kupang kirim email kosong ke
guru-honor-kupang@googlegroups.com sebelum {TGL}. Bukan ke email admin pribadi ya, info lain di WA
{OFCHP} (sekretariat). #guruhonor

@email_thread
From: noreply@lapor.go.id\n
To: (disembunyikan)\n
Subject: Laporan {TIX} ditindaklanjuti\n
\n
Laporan Anda telah diteruskan ke Dinas PUPR Kota Kupang (pupr@kupangkota.go.id) pada {TGL}.

@letter
Saya, [[name:{M} {FAM}]], pemilik usaha fotokopi, mohon surat balasan dikirim ke email pribadi
saya [[email:{MAIL}]], bukan ke email usaha {BIZMAIL} yang dipegang karyawan.

@web_form
Nama Pelapor: [[name:{G} {FAM}]]\n
Email: [[email:{MAILOFF}]]\n
Instansi: {PKM}\n
Isi: Saya bidan di puskesmas, email dinas saya di atas. Insentif 3 bulan belum dibayar.

@sms_plain
Utk pengaduan pajak kirim ke bapenda@kupangkota.go.id atau helpdesk@kupangkota.go.id. Jgn ke
{FAKEMAIL}, itu palsu.

@call_transcript
Petugas: Email Ombudsman yang benar ntt@ombudsman.go.id.\n
Penelepon: Tadi saya dapat dari grup {FAKEMAIL}, katanya email Ombudsman.\n
Petugas: Itu bukan, Ibu.

@spreadsheet
kelompok|ketua|email|no. registrasi\n
Poktan {KEL}|(kosong)|poktan.{KEL|m}@gmail.com|{LETTERNO}\n
KUB Nelayan {KEL2}|(kosong)|kub.nelayan.{KEL2|m}@gmail.com|{LETTERNO2}

@kupang_malay
Kalo mau kirim lamaran ke PT {SHOP} tu, dong pung email rekrutmen@{SHOP|m}.co.id. Jang percaya
yang ngaku BKD {FAKEMAIL} tu, minta uang {RP}.

@email_thread
Pada {HARI}, {TGL} {JAM}, [[name:{F} {FAM}]] <[[email:{MAIL}]]> menulis:\n
> Mohon info jadwal vaksin anak.\n
\n
Jadwal ada di {PKM}, Ibu. Salam, Admin Dinkes

@sms_caps
INFO DINKES: PENDAFTARAN VAKSIN LEWAT DINKES.KOTAKUPANG@GMAIL.COM ATAU WA {OFCHP}. GRATIS, TIDAK
DIPUNGUT BIAYA.

@web_form
Contoh pengisian email: user@example.com\n
Lampiran: denah@2x.png, IMG_2026@kupang.jpg\n
Tautan berkas: https://warga:rahasia@portal.kupangkota.go.id/berkas/{CODE}\n
Kode laporan: {TIX}

@whatsapp
[{DT}] [[name:{M} {FAM}]]: bu guru, ini email sa untuk kirim rapor anak [[name:{G2}]]:
[[email:{MAIL}]]\n
[{DT}] Wali Kelas: baik pak

@letter
Dengan ini saya [[name:{F} {FAM}]] menyatakan bahwa alamat surel [[email:{MAIL}]] adalah milik
saya, bukan milik {COOP} (surel koperasi: {COOP|m}@gmail.com).

@social
Buat yang tanya, sy dosen, email kampus sy [[email:{MAILUNI}]], silakan kirim tugas ke situ. —
[[name:{M} {FAM}]]

@call_transcript
Petugas: Email yang bisa kami kirimi balasan?\n
Pelapor: Email suami saya saja, [[email:{MAIL2}]], atas nama [[name:{M2} {FAM2}]].

@sms_plain
Sy [[name:{F}]], mhn kirim salinan SK ke [[email:{MAILD}]] bkn ke email kantor lurah {KEL},
kel.{KEL|m}@gmail.com.

@kupang_malay
[{DT}] [[name:{F|l}]]: kaka, beta pung nona [[name:{G2}]] pung email ganti: [[email:{MAILD2}]].
Yang lama [[email:{MAIL3}]] su diretas.

= identity
@sms_caps
KOTKUPANG SY [[name:{M} {FAM}]] NIK [[nik:{NIKB}]]. KTP SY SDH 3 BLN BLM JADI DI DUKCAPIL, TIAP
DATANG DISURUH KEMBALI

@sms_caps
KOTKUPANG PBB SY NOP {NOP} DITAGIH {RP} PADAHAL SDH BAYAR PAKAI KODE BILLING {BILL} TGL {TGL}.
MOHON CEK

@sms_plain
Mohon bantu, NIK sy [[nik:{NIKG}]] tdk terdaftar di DTKS. No KK [[kk:{KK}]]. Trims

@sms_plain
nik sy [[nik:{NIKSHORT}]] kurang 1 angka ya? sy ketik ulang: [[nik:{NIKB}]]. mohon dicek kenapa
bansos tdk keluar

@sms_plain
NISN anak sy {NISN} tdk muncul di Dapodik. Sekolah {SEK}. NIP wali kelas {NIP}. Mohon dicek.

@whatsapp
[{DT}] [[name:{F|l}]]: pak ini nik mama sa [[nik:{NIKD}]], kk [[kk:{KKG}]]\n
[{DT}] Operator Desa: ok ibu sy input

@whatsapp
[{DT}] Admin Bapenda: Untuk cek PBB cukup sebut NOP, contoh {NOP}. Tidak perlu kirim NIK.\n
[{DT}] Admin Bapenda: Pembayaran via VA {VA} atau kode billing {BILL}.

@web_form
Nama Wajib Pajak: [[name:{M|u} {FAM|u}]]\n
NPWP: [[npwp:{NPWP}]]\n
NIK: [[nik:{NIKB}]]\n
NOP: {NOP}\n
Alamat Objek: Jl. {STR}, Kel. {KEL}\n
Keluhan: Luas bangunan di SPPT salah.

@web_form
Nama Badan: CV {CV}\n
NPWP Badan: {NPWPB}\n
No. Faktur: {FAKTUR}\n
Nilai: {RP}\n
Keluhan: e-faktur ditolak sejak {TGL}.

@letter
Bersama ini saya lampirkan NPWP pribadi saya [[npwp:{NPWPS}]] dan NPWP istri saya
[[npwp:{NPWPN2}]] untuk keperluan pemisahan harta.\n
Hormat saya,\n
[[name:{M} {FAM}]]

@letter
Kepada: CV {CV}\n
NPWP : {NPWPB}\n
Alamat: Jl. {STR} No. {NO}, Kupang\n
Faktur {FAKTUR}, jumlah {RP}, jatuh tempo {TGL}.

@email_thread
From: [[name:{F} {FAM}]] <[[email:{MAIL}]]>\n
Subject: NPWP tidak valid\n
\n
NPWP saya [[npwp:{NPWPN}]] ditolak saat daftar PPPK, katanya harus sama dengan NIK saya
[[nik:{NIKB}]]. Mohon bantuan.

@email_thread
From: Bendahara Dinas Pendidikan <{TREASMAIL}>\n
Subject: Bukti potong PPh 21\n
\n
NPWP bendahara {NPWPB} tercantum di bukti potong {LETTERNO}. NIP penandatangan {NIP}.

@call_transcript
Petugas: NIK Bapak?\n
Pelapor: [[nik:{NIKLONG}]].\n
Petugas: Itu 17 angka, Pak.\n
Pelapor: Maaf, [[nik:{NIKG}]].

@call_transcript
Penelepon: Nomor transaksi {TRX}, saldo sudah terpotong {RP} tapi token belum masuk.\n
Petugas: ID pelanggan?\n
Penelepon: {IDPEL}.\n
Petugas: Baik, kami catat {TIX}.

@spreadsheet
No. KK: [[kk:{KKB}]]\n
No|Nama Lengkap|NIK|Hubungan\n
1|[[name:{M|u} {FAM|u}]]|[[nik:{NIKB}]]|KEPALA KELUARGA\n
2|[[name:{F|u} {FAM2|u}]]|[[nik:{NIKB2}]]|ISTRI\n
3|[[name:{G3|u} {FAM|u}]]|[[nik:{NIKB3}]]|ANAK

@spreadsheet
NOP;Letak Objek;Kelurahan;Tagihan\n
{NOP};Jl. {STR};{KEL};{RP}\n
{NOP2};Jl. {STR2};{KEL2};{RP2}

@kupang_malay
Bapa, beta pung NPWP lama [[npwp:{NPWP}]], yang baru 16 digit sama deng NIK, [[npwp:{NPWPN}]].
Mana yang beta isi di formulir?

@kupang_malay
Koperasi kami pung NPWP {NPWPB}, tapi bank minta NPWP badan yang 16 digit, {NPWPBN}. Itu betul ko?

@social
Ditemukan KTP atas nama [[name:{M} {FAM}]], NIK [[nik:{NIKG}]], dekat Pasar {PASAR}. Silakan ambil
di pos satpam pasar.

@social
Waspada! Ada yang minta NIK & foto KK lewat link bansos palsu. Dinsos tidak pernah minta lewat
link. Surat edaran {LETTERNO}.

@sms_caps
NPWP SY [[npwp:{NPWP}]] A/N [[name:{M} {FAM}]] TDK BISA LOGIN DJP ONLINE SEJAK {TGL}

@sms_plain
BPJS Ketenagakerjaan sy no {BPJSTK} blm cair JHT. NIP sy dulu {NIP}. Mohon info.

@whatsapp
[{DT}] [[name:{M|l}]]: ini ktp sa (ketik dr foto): NlK : [[nik:{NIKOCR}]]\n
[{DT}] [[name:{M|l}]]: maaf fotonya buram

@web_form
Nama: [[name:{F} {FAM}]]\n
NIK: [[nik:{NIKFW}]]\n
No. BPJS/KIS: [[bpjs:{BPJS}]]\n
Keluhan: Kartu KIS ditolak di {PKM}.

@web_form
Jenis: Informasi\n
Pertanyaan: Apakah NIP {NIP} boleh dipakai pengganti NIK di formulir cuti? Kode billing PNBP
{BILL}.

@letter
Yang bertanda tangan di bawah ini:\n
Nama : [[name:{F} {FAM}]]\n
NIK : [[nik:{NIKNL}]]\n
No. KK : [[kk:{KK}]]\n
Alamat : [[address:Jl. {STR} No. {NO}, RT {RT}/RW {RW}]], Kel. {KEL}\n
mohon diterbitkan surat keterangan tidak mampu.

@email_thread
From: [[name:{M} {FAM}]] <[[email:{MAIL}]]>\n
Subject: Rekening bantuan\n
\n
Apakah bantuan masuk ke rekening BRI saya [[bank_account:{REKBRI}]] a.n. [[name:{M} {FAM}]]? NIK
[[nik:{NIKB}]].

@call_transcript
Pelapor: Nomor BPJS saya [[bpjs:{BPJS}]], tapi di rumah sakit dibilang nonaktif.\n
Petugas: NIK Ibu?\n
Pelapor: [[nik:{NIKG}]].

@spreadsheet
Nama,NIK,NPWP,Rekening Bank NTT\n
[[name:{G} {FAM}]],[[nik:{NIKB}]],[[npwp:{NPWP}]],[[bank_account:{REKNTT}]]\n
[[name:{G2} {FAM2}]],[[nik:{NIKB2}]],[[npwp:{NPWPN2}]],[[bank_account:{REKNTT2}]]

@spreadsheet
Nama Pedagang;NPWP;No HP;Lapak\n
UD Laut Timor;{NPWPB};{BIZHP};A-12\n
Koperasi Pedagang Ikan {KEL};{NPWPB2};{BIZHP2};B-03

@kupang_malay
Bendahara sekolah minta NPWP semua guru honor. Ini punya sy [[npwp:{NPWPN}]]. Nama sy
[[name:{F}]].

@social
Tiba2 ada tagihan pinjol atas nama saya, padahal tidak pernah pinjam. NIK [[nik:{NIKG}]] dan NPWP
[[npwp:{NPWPS}]] saya dipakai orang. Sudah lapor ke OJK.

@call_transcript
Petugas: Yang kami perlukan NOP, Pak, bukan NIK. NOP Bapak {NOP}?\n
Penelepon: Ya. Lalu nomor tagihan {BILL}.\n
Petugas: Sudah lunas {TGL}.

@email_thread
Subject: Faktur {FAKTUR}\n
\n
Terlampir faktur dari Bengkel Maju Motor, NPWP {NPWPB}. Pembayaran ke rekening Kas Daerah Bank NTT
{REKKASDA}.

@letter
Saya [[name:{F} {FAM}]], usaha perorangan warung makan di Pasar {PASAR}. NPWP pribadi sy
[[npwp:{NPWPS}]]. Pengembalian pajak mohon ditransfer ke rekening Mandiri
[[bank_account:{REKMDR}]] a.n. [[name:{F} {FAM}]].

@sms_plain
Sy [[name:{F}]], di KTP sy tertulis NIK [[nik:{NIKLONG}]] 17 digit, salah cetak kah?

@whatsapp
[{DT}] {COOP}: Anggota yth, NPWP koperasi {NPWPB}. SHU dibagi lewat rekening koperasi di BRI
{REKBRI}.\n
[{DT}] {COOP}: Info lanjut di kantor.

@whatsapp
[{DT}] [[name:{M|l}]]: tolong cek, nik sa di KK tatulis [[nik:{NIKB}]] tapi di ktp
[[nik:{NIKB2}]]\n
[{DT}] Dukcapil Kota Kupang: silakan datang bawa KK asli

@web_form
NIK Pelapor: [[nik:{NIKD}]]\n
Nama: [[name:{G} {FAM}]]\n
NPWP (jika ada): -\n
No. Rekening BNI: [[bank_account:{REKBNI}]]\n
No. Transaksi: {TRX}\n
Keluhan: Transfer bantuan UMKM tidak masuk.

@sms_caps
KOTKUPANG {TRX} ITU NO TRANSAKSI BUKAN NIK. SY SDH TF {RP} KE VA {VA} TP TAGIHAN MASIH MUNCUL

@letter
Faktur Pajak\n
Penjual: TOKO {SHOP|u}\n
NPWP : {NPWPB}\n
Pembeli: DINAS PUPR KOTA KUPANG\n
NPWP : {NPWPB2}\n
DPP {RP}

@spreadsheet
NISN\tNama Siswa\tNIK\tNama Ibu\n
{NISN}\t[[name:{G|u} {FAM|u}]]\t[[nik:{NIKB}]]\t[[name:{F2|u} {FAM2|u}]]\n
{NISN2}\t[[name:{G3|u} {FAM3|u}]]\t[[nik:{NIKB3}]]\t[[name:{F4|u} {FAM4|u}]]

@kupang_malay
Dong bilang nomor di kartu pegawai tu NIP, bukan NIK. NIP {NIP}. Jadi beta sonde bisa pake itu di
form bansos.

@social
PENGUMUMAN rekrutmen PPPK: peserta wajib unggah KTP, KK dan NPWP sebelum {TGL}. Nomor pengumuman
{LETTERNO}. Info: {OFCHP} (WA BKPSDM).

@call_transcript
Penelepon: Saya mau ganti rekening, yang lama BCA [[bank_account:{REKBCA}]], yang baru Bank NTT
[[bank_account:{REKNTT}]].\n
Petugas: Atas nama siapa?\n
Penelepon: [[name:{F} {FAM}]], NIK [[nik:{NIKB}]].

@email_thread
From: [[name:{M} {FAM}]] <[[email:{MAIL}]]>\n
To: helpdesk pajak\n
\n
NPWP koperasi tempat saya menjadi anggota {NPWPB} dipakai untuk pinjaman atas nama saya. NPWP saya
sendiri [[npwp:{NPWP}]].

@sms_plain
Bpjs kis sy [[bpjs:{BPJS}]] nik [[nik:{NIKS}]] knp tdk aktif pdhl bayar mandiri tiap bln {RP}

@letter
PROVINSI NUSA TENGGARA TIMUR\n
KOTA KUPANG\n
NIK : [[nik:{NIKOCR}]]\n
Nama : [[name:{M|u} {FAM|u}]]\n
Tempat/Tgl Lahir : KUPANG, {LAHIR}\n
Alamat : [[address:JL. {STR|u} NO. {NO}]]\n
[[address:RT/RW : {RTK}]]\n
Kel/Desa : {KEL|u}

@kupang_malay
Beta pung KK [[kk:{KKB}]] masih tatulis alamat lama. Beta pung laki [[name:{M}]] pung NIK
[[nik:{NIKB}]] ju salah tanggal lahir.

@web_form
Layanan: Cek Status Bansos\n
Masukkan NIK: (dikosongkan)\n
No. Kartu Keluarga: (dikosongkan)\n
Kode Pengaduan: {TIX}\n
Keterangan: Saya tidak mau cantumkan NIK di sini. Mohon dijawab lewat call center {TOLL}.

@letter
Kepada Yth. Kepala KPP Pratama Kupang\n
Perihal: Pembetulan data\n
NPWP almarhum ayah saya, [[name:{M2} {FAM}]], [[npwp:{NPWPOCR}]] masih aktif dan ditagih. Mohon
dihapus. Surat kematian nomor {LETTERNO} terlampir.\n
Hormat saya, [[name:{F} {FAM}]]

@spreadsheet
No;Nama Siswa;NISN;NIK;No. KIP\n
1;[[name:{G} {FAM}]];{NISN};[[nik:{NIKB}]];{CODE}{CODE}\n
2;[[name:{G2} {FAM2}]];{NISN2};[[nik:{NIKFW2}]];{CODE2}{CODE2}

@social
Ada yg tau kenapa NIK [[nik:{NIKD}]] tdk bisa daftar KIS? Sdh coba di aplikasi JKN tp "NIK tidak
ditemukan". Nomor antrean {TIX}.

= mixed
@letter
Kepada Yth. Lurah {KEL}\n
Dengan hormat,\n
Saya [[name:{M} {FAM}]], NIK [[nik:{NIKG}]], tinggal di [[address:Jl. {STR} No. {NO}, RT {RT}/RW
{RW}]], Kel. {KEL}, mengadukan tetangga saya [[name:{M2} {FAM2}]] yang membangun tembok di atas
saluran air. Sudah dilaporkan ke Ketua RT {RT} tapi tidak ditanggapi. Hubungi saya di
[[phone:{HPD}]] atau [[email:{MAIL}]].\n
Hormat saya,\n
[[name:{M} {FAM}]]

@sms_caps
KOTKUPANG SY [[name:{F} {FAM}]] [[address:RT {RT} RW {RW}]] {KEL}. AIR PDAM MATI 5 HARI, NO
SAMBUNGAN {SAMB}. HP [[phone:{HPB}]]. HOTLINE PDAM {OFCTEL} TDK ANGKAT

@sms_plain
Sy [[name:{M}]] mau lapor, KIS mama sy [[name:{F2} {FAM}]] no [[bpjs:{BPJS}]] ditolak di RSUD
Prof. Dr. W. Z. Johannes. Hub [[phone:{HPS}]].

@whatsapp
[{DT}] [[name:{F|l}]]: pak lurah, ini data untuk bansos:\n
nama: [[name:{F} {FAM}]]\n
nik: [[nik:{NIKB}]]\n
kk: [[kk:{KKB}]]\n
alamat: [[address:Gg. {GANG} No. {NO} RT {RT}]]\n
hp: [[phone:{HPB}]]\n
[{DT}] Admin Kelurahan {KEL}: diterima bu, tiket {TIX}

@web_form
Nama: [[name:{G} {FAM}]]\n
NIK: [[nik:{NIKB}]]\n
Alamat: [[address:Jl. {STR} No. {NO}]], Kel. {KEL}\n
HP: [[phone:{HPI}]]\n
Email: [[email:{MAIL}]]\n
Isi: KK saya dobel. Di sistem masih ada KK lama [[kk:{KK}]] padahal sudah pecah KK tahun lalu.

@email_thread
From: [[name:{M} {FAM}]] <[[email:{MAIL}]]>\n
To: pengaduan@kupangkota.go.id\n
Cc: {POSTMAIL}\n
\n
Yth. Bapak Camat, saya melaporkan pungutan {RP} oleh petugas kelurahan bernama [[name:{M2}]] saat
mengurus surat pindah. Bukti transfer ke rekening BRI [[bank_account:{REKBRI}]] a.n. [[name:{M2}
{FAM2}]] terlampir. Tiket LAPOR {TIX}.\n
\n
Salam,\n
[[name:{M}]]\n
HP [[phone:{HPI}]]

@call_transcript
Petugas: Pengaduan Kasih, dengan siapa?\n
Pelapor: Saya [[name:{F} {FAM}]] dari [[address:RT {RT}]] Kelurahan {KEL}.\n
Petugas: Nomor yang bisa dihubungi?\n
Pelapor: [[phone:{HPB}]], atau telepon rumah [[phone:{TEL}]].\n
Petugas: Masalahnya?\n
Pelapor: Motor anak saya [[name:{G2}]], plat [[plate:{PLATE}]], ditahan di parkiran Pasar {PASAR},
diminta {RP}.

@spreadsheet
No,Nama Pelapor,NIK,Alamat,No HP,Email,Keluhan\n
1,[[name:{G} {FAM}]],[[nik:{NIKB}]],[[address:Jl. {STR} No.
{NO}]],[[phone:{HPB}]],[[email:{MAIL}]],Sampah\n
2,[[name:{G2} {FAM2}]],[[nik:{NIKB2}]],[[address:RT {RT2}/RW {RW2}]],[[phone:{HPD2}]],-,Lampu
jalan

@kupang_malay
Pak, beta [[name:{M|l}]] tinggal di [[address:jl. {STR|l} no {NO}]], {KEL}. Beta pung tetangga
[[name:{M2}]] pung anjing gigit beta pung nona [[name:{G3}]]. Beta su lapor ke RT ma sonde ada
tindakan. Nomor beta [[phone:{HPB}]].

@social
Tolong viral! Motor sa hilang depan {PKM}, [[plate:{PLATE}]] warna hitam, atas nama [[name:{M}
{FAM}]]. Info ke [[phone:{HPD}]] atau [[email:{MAILD}]]. Laporan polisi {LETTERNO}.

@sms_plain
Lapor: rumah sy di [[address:Jl. {STR} No. {NO}]] kebanjiran krn got ditutup ruko sebelah. NIK sy
[[nik:{NIKB}]]. Nama [[name:{F} {FAM}]]. Tlp [[phone:{HPB}]]

@letter
SURAT PERNYATAAN\n
Yang bertanda tangan di bawah ini:\n
Nama : [[name:{M} {FAM}]]\n
NIK : [[nik:{NIKD}]]\n
NPWP : [[npwp:{NPWP}]]\n
Alamat : [[address:Jl. {STR} No. {NO}, RT {RT}/RW {RW}]]\n
No. HP : [[phone:{HPD}]]\n
menyatakan bahwa tanah dengan NOP {NOP} telah saya jual kepada [[name:{M2} {FAM2}]] (NIK
[[nik:{NIKB2}]]) pada {TGL} seharga {RP}.

@email_thread
Pada {TGL} {JAM}, [[name:{F} {FAM}]] <[[email:{MAIL}]]> menulis:\n
> Anak saya [[name:{G2}]] (NISN {NISN}) tidak dapat PIP. Rekening BNI [[bank_account:{REKBNI}]]
a.n. saya sendiri.\n
\n
Yth. Ibu, mohon kirim KK dan KTP ke tatausaha.{SEK|m}@gmail.com. Salam, Tata Usaha {SEK}

@call_transcript
[Catatan call center {TGL}] Pelapor Bpk. [[name:{M} {FAM}]], warga [[address:RT {RT}/RW {RW}]]
Kel. {KEL}, HP [[phone:{HPB}]]. Melaporkan pohon tumbang di Jl. {STR} menutup jalan. Diteruskan ke
BPBD (call center 112).

@whatsapp
[{DT}] [[name:{F|l} {FAM|l}]]: ibu RT, sa mau lapor tetangga [[name:{M2} {FAM2}]] pasang musik
sampe jam 3 pagi\n
[{DT}] [[name:{F|l} {FAM|l}]]: rumahnya [[address:Gg. {GANG} No. {NO}]], samping sa pung rumah\n
[{DT}] Ketua RT {RT}: iya nanti sa tegur

@sms_caps
SY [[name:{F}]] ISTRI DARI [[name:{M} {FAM}]]. SUAMI SY DIPUKUL ORANG DI DEPAN RUMAH KAMI
[[address:GG. {GANG} NO. {NO}]] {KEL}. HUB [[phone:{HPB}]]

@web_form
Nama Usaha: Kios Mama {F2}\n
Pemilik: [[name:{F2} {FAM}]]\n
Alamat Usaha: [[address:Jl. {STR} No. {NO}]] (RUMAH SENDIRI)\n
NPWP pribadi: [[npwp:{NPWPN}]]\n
HP pemilik: [[phone:{HPB}]]\n
Keluhan: Izin usaha mikro ditolak tanpa alasan.

@spreadsheet
Nama Pedagang|NIK / NPWP Badan|HP|Lapak\n
[[name:{F|u} {FAM|u}]]|[[nik:{NIKB}]]|[[phone:{HPB}]]|C-07\n
UD {SHOP|u}|{NPWPB}|{BIZHP}|C-08\n
[[name:{M2|u} {FAM2|u}]]|[[nik:{NIKB2}]]|[[phone:{HPD2}]]|C-09

@kupang_malay
Mama [[name:{F}]] di [[address:RT {RT}]] pung anak [[name:{G2}]] sakit, ma KIS [[bpjs:{BPJS}]]
sonde bisa pake di {PKM}. Dong bilang NIK [[nik:{NIKB}]] sonde padan. Tolong bantu e. WA beta
[[phone:{HPD}]].

@social
Pelayanan buruk di kantor kelurahan {KEL}! Petugas atas nama [[name:{F} {FAM}]] minta {RP} untuk
surat keterangan. Saya [[name:{M2}]], warga [[address:RT {RT}/RW {RW}]]. Bukti ada.

@letter
Kami warga RT {RT} sampai RT {RT2} Kel. {KEL} mengeluhkan jalan rusak di Jl. {STR} sejak {BULAN}.
Sudah dilaporkan ke Dinas PUPR (pupr@kupangkota.go.id, telp {OFCTEL}) dengan tiket {TIX}.\n
Warga RT {RT}

@sms_caps
KOTKUPANG WARGA RT {RT} {KEL} MENGELUH SAMPAH DI TPS JL. {STR} SUDAH 2 MINGGU. SDH LAPOR KE DLHK
{OFCTEL} DAN WA {OFCHP}. TIKET {TIX}

@whatsapp
[{DT}] Grup Warga {KEL}: Info penting: apotek Kasih Ibu buka 24 jam {BIZHP}, ambulans 119, damkar
113.\n
[{DT}] Grup Warga {KEL}: PLN 123, PDAM {OFCTEL}. Simpan e.

@web_form
Nama: (dirahasiakan)\n
Kategori: Infrastruktur\n
Lokasi: Jl. {STR} depan {SEK}\n
Isi: Lampu jalan mati 3 tiang. ID pelanggan PJU {IDPEL}. Sudah lapor PLN 123, nomor laporan {TIX}.

@email_thread
From: Sekretariat Dinas Sosial <dinsos.kotakupang@gmail.com>\n
To: {LISTMAIL}\n
Subject: Penyaluran BLT {BULAN}\n
\n
Penyaluran lewat Bank NTT, rekening penampung {REKKASDA}. NPWP bendahara {NPWPB}. Surat
{LETTERNO}. Kontak WA {OFCHP}.

@call_transcript
Penelepon: Saya tidak mau sebut nama. Ada nomor {SCAMHP} yang mengaku dari Dinas Sosial, minta NIK
dan KK.\n
Petugas: Jangan diberikan, Bapak. Nomor resmi Dinsos {OFCTEL}.\n
Penelepon: Baik. Mereka juga kirim link dan VA {VA}.\n
Petugas: Kami catat, tiket {TIX}.

@spreadsheet
Kelurahan;Jumlah Aduan;Selesai;Proses\n
{KEL};{N};{N2};{N3}\n
{KEL2};{N4};{N5};{N6}\n
Total;{RP};-;-

@kupang_malay
Di {KEL} tu RT {RT} lawan RT {RT2} main bola sampe baku pukul. Terima kasih sa buat bapa polisi
yang datang cepat. Semoga damai sa.

@social
Jalan depan Gereja GMIT Kota Baru, Jl. {STR} No. {NO}, rusak parah. Sudah lapor SMS 1708 tanggal
{TGL}, tiket {TIX}. Mohon Dinas PUPR segera turun. #KupangBerbenah

@sms_plain
Pungli di Pasar {PASAR}, retribusi sampah RT {RT} ditarik {RP} per lapak tanpa karcis. Mohon
ditindak.

@letter
{COOP|u}\n
Badan Hukum No. {LETTERNO}\n
Jl. {STR} No. {NO}, Kupang. Telp {OFCTEL}, email {COOP|m}@yahoo.co.id\n
NPWP {NPWPB}\n
Dengan ini kami mengajukan keberatan atas pemotongan dana hibah {RP} ke rekening koperasi Bank NTT
{REKKASDA}.

@whatsapp
[{DT}] Admin Posko Banjir: Warga di RT {RT} sampai RT {RT2} Kel. {KEL} harap mengungsi ke {SEK}.\n
[{DT}] Admin Posko Banjir: Kontak posko {OFCHP}, BPBD {OFCTEL}, SAR 115.

@web_form
Jenis Pengaduan: Pelayanan Publik\n
Instansi: RSUD S.K. Lerik\n
Isi: Antrean pasien BPJS dari jam 07.00 sampai 14.00. Nomor antrean {N}{N2}{N3}. Tiket {TIX}.\n
Identitas pelapor: dirahasiakan

@call_transcript
Petugas: Kami dari Unit Pengaduan Kasih, mau konfirmasi laporan {TIX}.\n
Penelepon: Ya, lampu jalan di Jl. {STR} sudah menyala sejak {TGL}.\n
Petugas: Terima kasih, laporan kami tutup.

@social
Terima kasih Dinas PUPR Kota Kupang! Jalan di Jl. {STR} sudah diaspal. Nomor kontrak {LETTERNO},
nilai {RP}. Semoga awet. 👍

@sms_caps
SY [[name:{M} {FAM}]] NIK [[nik:{NIKB}]] TINGGAL DI [[address:JL. {STR} NO. {NO}]] {KEL}.
SERTIFIKAT TANAH SY DIPAKAI JAMINAN OLEH [[name:{M2} {FAM2}]]. HP [[phone:{HPB}]]

@sms_plain
KOTKUPANG Sy [[name:{G} {FAM}]], warga [[address:RT {RT}/RW {RW}]] {KEL}, plat motor sy
[[plate:{PLATE}]] kena tilang padahal sdh bayar pajak. No HP [[phone:{HPD}]], email
[[email:{MAILD}]]

@whatsapp
[{DT}] [[name:{M|l}]]: admin, sa kirim data mama sa yang lansia:\n
[[name:{F2|u} {FAM|u}]]\n
NIK [[nik:{NIKG}]]\n
KIS [[bpjs:{BPJS}]]\n
[[address:RT {RT} RW {RW}]] {KEL}\n
[{DT}] Admin Dinsos: terima kasih bapak, diproses

@web_form
Nama Pelapor: [[name:{F} {FAM}]]\n
NIK: [[nik:{NIKOCR}]]\n
No. KK: [[kk:{KK}]]\n
Alamat: [[address:Kompleks Perumnas Blok {GANG} No. {NO}]]\n
HP: [[phone:{HPB}]]\n
Rekening BRI: [[bank_account:{REKBRI}]]\n
Isi: Dana PKH tahap 3 tidak masuk.

@email_thread
From: [[name:{FAM}]], [[name:{M}]] <[[email:{MAILOFF}]]>\n
To: "[[name:{F2} {FAM2}]]" <[[email:{MAIL2}]]>\n
Cc: {POSTMAIL}\n
Subject: Tindak lanjut sengketa batas\n
\n
Ibu [[name:{F2}]], mediasi dengan keluarga [[name:{FAM3}]] dijadwalkan {TGL} jam {JAM} di kantor
kelurahan. Mohon bawa sertifikat dan KTP.

@call_transcript
Petugas: Nama Bapak?\n
Pelapor: [[name:{M} {FAM}]].\n
Petugas: Alamat?\n
Pelapor: [[address:Jl. {STR} No. {NO}]], belakang {SEK}.\n
Petugas: NIK?\n
Pelapor: [[nik:{NIKS}]].\n
Petugas: Nomor HP?\n
Pelapor: [[phone:{HPS}]].

@letter
Hal: Laporan kehilangan\n
Saya [[name:{F} {FAM}]], tinggal di [[address:Jl. {STR} Gg. {GANG} No. {NO}]], melaporkan
kehilangan dompet berisi KTP (NIK [[nik:{NIKG}]]), kartu BPJS [[bpjs:{BPJS}]] dan kartu ATM BNI
rekening [[bank_account:{REKBNI}]] pada {TGL} di Pasar {PASAR}.\n
Kontak: [[phone:{HPD}]]

@kupang_malay
Beta [[name:{M|l} {FAM|l}]], beta pung rumah di [[address:RT {RT} RW {RW}]] dekat {PKM}. Tetangga
[[name:{F2}]] pung pohon su roboh kena beta pung atap. Beta su telpon dia pung anak [[name:{M3}]]
di [[phone:{HPB3}]] ma sonde angkat.

@social
UPDATE: anak kami [[name:{G} {FAM}]] sudah ditemukan di {PKM}. Terima kasih semua! Yang sempat
transfer ke rekening BRI [[bank_account:{REKBRI}]] a.n. [[name:{F2} {FAM}]] untuk bantuan
pencarian, dana kami kembalikan. Hubungi [[phone:{HPB}]].

@spreadsheet
Tanggal\tPelapor\tHP\tAlamat\tNopol\tKeterangan\n
{TGL}\t[[name:{M} {FAM}]]\t[[phone:{HPB}]]\t[[address:Jl. {STR} No.
{NO}]]\t[[plate:{PLATE}]]\tParkir liar\n
{TGL2}\t[[name:{F2} {FAM2}]]\t[[phone:{HPD2}]]\t[[address:RT {RT2}/RW
{RW2}]]\t[[plate:{PLATE2}]]\tTabrak lari

@letter
Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang\n
Saya [[name:{M} {FAM}]] (NIK [[nik:{NIKB}]], NPWP [[npwp:{NPWPN}]]) mohon perbaikan akta kelahiran
anak saya [[name:{G2} {FAM}]] yang tertulis "[[name:{G2} {FAM3}]]". Salinan dikirim ke
[[email:{MAIL}]].\n
Hormat saya

@sms_plain
Sy [[name:{F}]] dari [[address:Gg. {GANG} No. {NO}]], tetangga sy Om [[name:{M2}]] sakit stroke
tinggal sendiri, no BPJS dia [[bpjs:{BPJS}]], anaknya di Jawa [[phone:{HPI2}]]. Mohon dikunjungi
petugas.

@whatsapp
[{DT}] [[name:{G|l}]]: pak, ini foto KTP yg sa ketik ulang\n
NIK : [[nik:{NIKNL}]]\n
Nama : [[name:{G|u} {FAM|u}]]\n
[{DT}] [[name:{G|l}]]: sm no wa sa [[phone:{HPOCR}]]

@social
Pengumuman dari kami keluarga [[name:{FAM}]]: bapak kami [[name:{M} {FAM}]] meninggal {TGL}. Untuk
urusan akta kematian dan BPJS [[bpjs:{BPJS}]] silakan hubungi anak sulung [[name:{M2}]] di
[[phone:{HPD}]] atau [[email:{MAIL2}]].

"""


if __name__ == "__main__":
    sys.exit(main())
