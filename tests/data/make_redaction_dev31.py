# ruff: noqa: E501, T201, UP031, PLR0911, PLR0912, N802, N803, PERF401, RUF001
"""Write tests/data/redaction_dev31.jsonl: long complaints dense with several people's data.

Hand-written templates with inline labels (``[[kind:...]]``) and placeholders (``{n1}``,
``{nik1}``, ``{rek2}``), each filled three times with invented values; span offsets are computed
from the markers. Run ``python3 tests/data/make_redaction_dev31.py`` (stdlib only,
deterministic); ``--review`` also prints every unlabelled run of capitalised words, digits and
``@`` tokens with the forty characters before it, and ``--show N`` prints N texts drawn at random
with their spans marked, for reading.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261231
OUT = Path(__file__).with_name("redaction_dev31.jsonl")
PREFIX = "d31"

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
    "ombudsman_chronology",
    "lapor_family_block",
    "police_statement",
    "aid_member_list",
    "hospital_dispute",
    "pdf_form",
    "wa_clerk_thread",
    "email_quoted",
    "voice_note_malay",
    "english_mix",
)
THEMES = (
    "social_aid",
    "health",
    "education",
    "civil_registry",
    "land_inheritance",
    "utilities",
    "security_scams",
    "tax_business",
)
FLOORS = {
    "templates": 220,
    "texts": 650,
    "spans": 2500,
    "per_style": 55,
    "empty_share": 0.30,
    "min_len": 400,
    "max_len": 1800,
    "name": 900,
    "phone": 150,
    "nik": 150,
    "kk": 60,
    "npwp": 30,
    "bpjs": 30,
    "email": 30,
    "bank_account": 40,
    "address": 120,
    "plate": 15,
    "themes": 8,
}
# words that may stand before a name but never open one
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk", "sdr", "sdri", "ny", "nn", "dr", "drs", "pdt", "pastor",
    "romo", "suster", "sr", "bidan", "lurah", "camat", "guru", "om", "tanta", "mama", "bapa",
    "oma", "opa", "nona", "kak", "kaka", "ka", "adik", "ade", "bripka", "brigpol", "aiptu",
    "ipda", "iptu", "aipda", "bripda", "serka", "yth", "saudara", "saudari", "ketua", "kepala",
    "petugas", "pendamping", "admin", "staf", "bendahara", "almarhum", "alm", "almh", "dokter",
    "ns", "mr", "mrs", "ms", "ttd", "salam", "dari", "hormat", "atas", "cucu", "anak",
    "tetangga", "ananda", "pelapor", "terlapor", "saksi", "nama", "kasir", "perawat",
    "kades", "sekdes", "babinsa", "bhabinkamtibmas", "penyidik", "notaris", "ppat", "hakim",
}  # fmt: skip

# ---------------------------------------------------------------- people (written for dev31)
GIVEN_M = (
    "Yosias", "Marthen", "Ferdinand", "Yeremias", "Gabriel", "Aloysius", "Stefanus", "Obed",
    "Semuel", "Kornelis", "Nikolaus", "Agustinus", "Dominikus", "Frederik", "Wilhelmus",
    "Hendrikus", "Sefnat", "Yunus", "Mesakh", "Efraim", "Alfred", "Elias", "Benyamin", "Simson",
    "Arnoldus", "Heronimus", "Kristoforus", "Lukas", "Matias", "Oktovianus", "Rafael",
    "Silvester", "Timotius", "Urbanus", "Viktorinus", "Zakarias", "Ronaldus", "Gerson",
    "Melkianus", "Nehemia", "Yakobus", "Ishak", "Adrianus", "Bernadus", "Yohanis", "Welem",
    "Jibrael", "Soleman", "Roby", "Ardi", "Kevin", "Rivaldo", "Yanto", "Eben", "Laurensius",
)  # fmt: skip
GIVEN_F = (
    "Yuliana", "Ester", "Debora", "Agustina", "Marselina", "Florentina", "Imelda", "Veronika",
    "Serlina", "Margaretha", "Ribka", "Naomi", "Yohana", "Delfi", "Selvi", "Mersi", "Anjelina",
    "Fransiska", "Kristina", "Lodia", "Rahel", "Priska", "Ruth", "Dorkas", "Sara", "Yosefina",
    "Bernadeta", "Theresia", "Magdalena", "Elisabet", "Apriana", "Olivia", "Novita", "Meliana",
    "Sisilia", "Regina", "Hermina", "Yasinta", "Filomena", "Oktaviana", "Kornelia", "Welmince",
    "Ermelinda", "Rosalia", "Martha", "Yunita", "Febriani", "Jeni", "Marlin", "Anastasia",
)  # fmt: skip
FAMILY = (
    "Sabneno", "Lakapu", "Kolo", "Seran", "Bria", "Nahak", "Taek", "Klau", "Leki", "Haning",
    "Rihi", "Dethan", "Tallo", "Lenggu", "Foenay", "Neolaka", "Nitbani", "Toelle", "Missa",
    "Pandie", "Sinlae", "Boimau", "Tunliu", "Banunaek", "Selan", "Tamelab", "Dapa Loka", "Bire",
    "Ballo", "Radja Pono", "Lomi", "Kedang", "Pello", "Mesah", "Ndoen", "Manoe", "Dimu", "Djahi",
    "Amtiran", "Kause", "Oematan", "Faot", "Tanaem", "Nomleni", "Kolianan", "Meko", "Bessi",
    "Tualaka", "Hege", "Kiuk", "Ratu Edo", "Lado Dima", "Nalle", "Sjioen", "Pakh", "Ulu Meko",
    "Folabessy", "Letuna", "Mooy Lena", "Sooai", "Ndolu", "Huan", "Taloen", "Koroh", "Bano",
)  # fmt: skip
# (sex, given, family) of other origins: Balinese, Bugis, Chinese-Indonesian, Sumba, Java, Alor
OTHER = (
    ("M", "I Ketut", "Sudarsana"), ("F", "Ni Made", "Ariani"), ("M", "I Gede", "Wirantara"),
    ("F", "Ni Luh Putu", "Sukerti"), ("M", "Syamsuddin", "Daeng Lau"), ("F", "Hasnah", "Daeng Caya"),
    ("F", "Mei Hwa", "Lianto"), ("M", "Kok Liong", "Tanuwijaya"), ("M", "Umbu Rihi", "Hunggu"),
    ("F", "Rambu Ana", "Kareri"), ("M", "Slamet", "Riyanto"), ("F", "Sri", "Wahyuningsih"),
    ("M", "Abdul Gani", "Lamahoda"), ("F", "Siti Aisyah", "Bahrun"), ("M", "Umbu Kaleka", "Ndima"),
    ("F", "Siu Lan", "Halim"),
)  # fmt: skip
NICK = (
    "Ose", "Nyong", "Ino", "Eto", "Ipin", "Noni", "Ati", "Ucu", "Popi", "Mince", "Oni", "Keke",
    "Vano", "Chika", "Tomi", "Kiki", "Ebi", "Deto", "Ncia", "Bobi", "Etus", "Lolo",
)  # fmt: skip
HOSTS = (
    "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id", "ymail.com",
    "hotmail.com", "outlook.com", "rocketmail.com",
)  # fmt: skip

# ---------------------------------------------------------------- places (Kota Kupang and NTT)
KELURAHAN = (
    "Oebufu", "Kayu Putih", "Liliba", "Tuak Daun Merah", "Fatululi", "Oepura", "Sikumana",
    "Naikolan", "Kolhua", "Penfui", "Maulafa", "Belo", "Fatukoa", "Naimata", "Oesapa Barat",
    "Oesapa Selatan", "Lasiana", "Pasir Panjang", "Nefonaek", "Fontein", "Bonipoi", "Solor",
    "Airmata", "Oeba", "Fatubesi", "Nunhila", "Kuanino", "Naikoten I", "Naikoten II",
    "Fatufeto", "Mantasi", "Airnona", "Bakunase II", "Oetete", "Namosain", "Nunbaun Sabu",
    "Nunbaun Delha", "Penkase Oeleta", "Manulai II", "Batuplat", "Naioni", "Manutapen", "Alak",
)  # fmt: skip
KECAMATAN = ("Alak", "Maulafa", "Oebobo", "Kelapa Lima", "Kota Raja", "Kota Lama")
KABUPATEN = (
    "Kabupaten Kupang", "TTS", "TTU", "Belu", "Malaka", "Rote Ndao", "Sabu Raijua", "Alor",
    "Flores Timur", "Sikka", "Ende", "Sumba Timur", "Lembata", "Manggarai",
)  # fmt: skip
TOWNS = (
    "Soe",
    "Kefamenanu",
    "Atambua",
    "Betun",
    "Ba'a",
    "Kalabahi",
    "Larantuka",
    "Maumere",
    "Ende",
    "Waingapu",
    "Lewoleba",
    "Ruteng",
    "Oelamasi",
    "Seba",
)
HOME_STREETS = (
    "Jl. Sirsak", "Jl. Belimbing", "Jl. Kedondong", "Jl. Markisa", "Jl. Matoa", "Jl. Kesambi",
    "Jl. Kabesak", "Jl. Tenun Ikat", "Jl. Bonet", "Jl. Foenale", "Jl. Lontar Indah",
    "Jl. Gelatik", "Jl. Pelikan", "Jl. Flamboyan", "Jl. Bougenvil", "Jl. Kamboja",
    "Jl. Cempaka Putih", "Jl. Kelor", "Jl. Delima", "Jl. Manggis", "Jl. Srikaya", "Jl. Bakti",
    "Jl. Beringin", "Jl. Asam", "Jl. Lamtoro", "Gg. Sepakat", "Gg. Damai Sejahtera",
    "Gg. Lontar II", "Lr. Karya", "Jl. Kesambi Gg. 3", "Jl. Matani", "Jl. Sukajadi",
    "Jl. Bhayangkara Gg. Mawar",
)  # fmt: skip
COMPLEX = (
    "Perumnas",
    "BTN Kolhua",
    "Perum Citra Permai Oesapa",
    "Perumahan Griya Matani",
    "Perum Lopo Indah",
)
PUBLIC_STREETS = (
    "Jl. El Tari", "Jl. Frans Seda", "Jl. W.J. Lalamentik", "Jl. Piet A. Tallo", "Jl. Timor Raya",
    "Jl. Soeharto", "Jl. Jend. Sudirman", "Jl. Cak Doko", "Jl. Moh. Hatta", "Jl. Adi Sucipto",
    "Jl. Herewila", "Jl. Amabi", "Jl. Perintis Kemerdekaan", "Jl. R.A. Kartini", "Jl. Thamrin",
    "Jl. Prof. Dr. Herman Johannes", "Jl. Kejora", "Jl. Bundaran PU", "Jl. Fetor Funay",
)  # fmt: skip
PUSKESMAS = (
    "Puskesmas Oebobo", "Puskesmas Oepoi", "Puskesmas Sikumana", "Puskesmas Bakunase",
    "Puskesmas Kupang Kota", "Puskesmas Alak", "Puskesmas Naioni", "Puskesmas Penfui",
    "Puskesmas Oesapa", "Puskesmas Pasir Panjang", "Puskesmas Manutapen",
)  # fmt: skip
HOSPITALS = (
    "RSUD S.K. Lerik", "RSUD Prof. Dr. W. Z. Johannes", "RS Bhayangkara Drs. Titus Uly",
    "RS Siloam Kupang", "RSIA Dedari", "RS Kartini", "RS Mamami", "RS Leona", "RSU Karitas",
)  # fmt: skip
SCHOOLS = (
    "SD Inpres Oepura 2", "SDN Bertingkat Naikoten", "SMPN 2 Kupang", "SMPN 5 Kupang",
    "SMPN 8 Kupang", "SMAN 1 Kupang", "SMAN 3 Kupang", "SMKN 2 Kupang", "SDK St. Yoseph Naikoten",
    "SMPK St. Theresia", "SD GMIT Oebufu", "MTsN Kota Kupang", "SMAN 6 Kupang", "SDI Liliba",
)  # fmt: skip
CHURCHES = (
    "GMIT Kaisarea BTN",
    "GMIT Imanuel Oepura",
    "GMIT Koinonia",
    "Paroki St. Yosef Naikoten",
    "GMIT Efata Liliba",
    "Masjid Al-Muttaqin Oesapa",
)
SHOPS = (
    "Toko Sumber Berkat",
    "Kios Mama Ester",
    "Toko Bangunan Timor Jaya",
    "Apotek Kasih Ibu",
    "Fotokopi Lontar",
    "Bengkel Motor Sasando",
    "Depot Air Tirta Oebufu",
    "Toko Sinar Kupang",
)
BODIES = (
    "CV Flobamora Karya", "UD Sinar Lontar", "Koperasi Sehati Oesapa", "Yayasan Pelita Timor",
    "PT Sasando Beton Mandiri", "CV Timor Cahaya Teknik", "KSP Tunas Mekar", "BUMDes Oelnasi Maju",
)  # fmt: skip
BANKS = ("BRI", "BNI", "Mandiri", "Bank NTT", "BCA", "BSI")
WALLETS = ("DANA", "OVO", "GoPay", "ShopeePay")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
PERSON_BANK = {
    "bni": "BNI",
    "bri": "BRI",
    "mdr": "Mandiri",
    "ntt": "Bank NTT",
    "bca": "BCA",
    "bsi": "BSI",
}
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MOBILE = (
    ("0811", 3), ("0812", 7), ("0813", 9), ("0821", 6), ("0822", 6), ("0823", 5), ("0851", 3),
    ("0852", 8), ("0853", 7), ("0815", 1), ("0857", 2), ("0858", 1), ("0819", 2), ("0878", 2),
    ("0838", 1), ("0895", 1), ("0896", 1), ("0882", 1),
)  # fmt: skip
PREFIXES = {p for p, _ in MOBILE} | {
    "0855",
    "0814",
    "0817",
    "0818",
    "0859",
    "0877",
    "0831",
    "0832",
    "0833",
    "0897",
    "0898",
    "0899",
    "0881",
    "0856",
}
OCR_SUBS = {"0": "O", "1": "lI", "5": "S", "8": "B"}
OCR_BACK = str.maketrans({"O": "0", "o": "0", "l": "1", "L": "1", "I": "1", "S": "5", "B": "8"})
LETTER_OCR = {"S": "5", "O": "0", "I": "1", "B": "8", "G": "6"}
REGIONS = (
    ("5371", 6, 70), ("5301", 24, 10), ("5302", 32, 3), ("5303", 24, 2), ("5304", 12, 2),
    ("5314", 10, 3), ("5320", 6, 2), ("5305", 17, 1), ("5306", 18, 1), ("5307", 21, 1),
    ("5311", 22, 1), ("5313", 9, 1), ("5321", 12, 1), ("5318", 11, 1),
)  # fmt: skip

# ---------------------------------------------------------------- values


class Fill:
    """The values of one filling of one template."""

    def __init__(self, rng: random.Random, spec: dict[str, object]) -> None:
        self.rng = rng
        self.spec = spec
        self.cache: dict[str, str] = {}
        self.people: dict[int, dict[str, str]] = {}
        self.used_words: set[str] = set()
        self.numbers: set[str] = set()
        self.year = rng.choice((2025, 2026, 2026, 2026))
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 24)
        self.minute = rng.randint(7 * 60, 20 * 60)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def fresh(self, make) -> str:
        for _ in range(200):
            v = make()
            if v not in self.numbers:
                self.numbers.add(v)
                return v
        raise RuntimeError("no fresh number")

    # -- phones
    def mobile_raw(self) -> str:
        r = self.rng

        def make() -> str:
            prefix = r.choices([m[0] for m in MOBILE], [m[1] for m in MOBILE])[0]
            rest = r.choice((7, 8, 8, 8)) if prefix.startswith("081") else r.choice((8, 8, 9))
            return prefix + str(r.randint(1, 9)) + self.digits(rest - 1)

        return self.fresh(make)

    def land_raw(self) -> str:
        return self.fresh(lambda: "03808" + str(self.rng.randint(1, 9)) + self.digits(4))

    def write_mobile(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(
                ("b", "d", "s", "t", "m", "i", "j", "k", "is"), (36, 14, 16, 4, 5, 8, 8, 5, 4)
            )[0]
        a, b, c = raw[:4], raw[4:8], raw[8:]
        forms = {
            "b": raw,
            "d": f"{a}-{b}-{c}",
            "s": f"{a} {b} {c}",
            "t": f"{a}.{b}.{c}",
            "m": f"{a} {raw[4:7]} {raw[7:]}",
            "i": f"+62 {a[1:]}-{b}-{c}",
            "is": f"+62 {a[1:]} {b} {c}",
            "j": "+62" + raw[1:],
            "k": "62" + raw[1:],
            "u": f"{a}_{b}_{c}",
        }
        if how in forms:
            return forms[how]
        if how == "o":  # letters typed or scanned for digits
            base = self.write_mobile(raw, r.choice(("b", "s", "d")))
            pos = [k for k, ch in enumerate(base) if ch in OCR_SUBS and k > 0]
            out = list(base)
            for p in r.sample(pos, min(2, len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "n":  # broken over a line
            return r.choice((f"{a} {b}\n{c}", f"{a}-{b}-\n{c}", raw[:6] + "\n" + raw[6:]))
        raise KeyError(how)

    def write_land(self, raw: str) -> str:
        a, b = raw[:4], raw[4:]
        return self.rng.choice(
            (f"{a} {b}", f"{a}-{b}", f"({a}) {b}", f"({a}) {b[:3]} {b[3:]}", f"{a} {b[:3]} {b[3:]}")
        )

    # -- identity numbers
    def write_id(self, raw: str, how: str) -> str:
        """A NIK or a KK in one of the writings people use or a scanner makes."""
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "t", "d", "g"), (58, 20, 9, 6, 7))[0]
        if how == "b":
            return raw
        if how == "s":
            return " ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "t":
            return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
        if how == "d":
            return "-".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "g":  # broken groups, as people copy them from a card
            return r.choice(
                (
                    f"{raw[:6]} {raw[6:12]} {raw[12:]}",
                    f"{raw[:4]} {raw[4:6]} {raw[6:12]} {raw[12:]}",
                    f"{raw[:2]} {raw[2:4]} {raw[4:6]} {raw[6:12]} {raw[12:]}",
                    f"{raw[:8]} {raw[8:]}",
                )
            )
        if how == "p":  # read out in pairs, as a voice note's transcript gives it
            return " ".join(raw[k : k + 2] for k in range(0, 16, 2))
        if how == "c":  # read out in fours with commas
            return ", ".join(raw[k : k + 4] for k in range(0, 16, 4))
        if how == "o":  # letters for digits
            pos = [k for k, ch in enumerate(raw) if ch in OCR_SUBS and k > 1]
            out = list(raw)
            for p in r.sample(pos, min(r.randint(1, 3), len(pos))):
                out[p] = r.choice(OCR_SUBS[out[p]])
            return "".join(out)
        if how == "n":  # broken over a line
            if r.random() < 0.4:
                return (
                    " ".join(raw[k : k + 4] for k in range(0, 8, 4))
                    + "\n"
                    + " ".join(raw[k : k + 4] for k in range(8, 16, 4))
                )
            cut = r.randint(5, 11)
            return raw[:cut] + "\n" + raw[cut:]
        if how == "w":  # a digit too few or too many
            k = r.randint(6, 13)
            return raw[:k] + raw[k + 1 :] if r.random() < 0.5 else raw[:k] + raw[k] + raw[k:]
        raise KeyError(how)

    def write_npwp(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        old = p["npwp15"]
        if how == "":
            how = r.choices(("d", "b", "n", "z", "s"), (50, 10, 25, 8, 7))[0]
        if how == "d":
            return f"{old[:2]}.{old[2:5]}.{old[5:8]}.{old[8]}-{old[9:12]}.{old[12:]}"
        if how == "b":
            return old
        if how == "n":  # the NIK as the NPWP
            return p["nikraw"]
        if how == "ns":  # the NIK as the NPWP, in fours
            return " ".join(p["nikraw"][k : k + 4] for k in range(0, 16, 4))
        if how == "z":  # the 16-digit form of an old number
            return "0" + old
        if how == "s":
            return f"{old[:2]} {old[2:5]} {old[5:8]} {old[8]} {old[9:12]} {old[12:]}"
        if how == "o":  # as a scan reads it
            dotted = self.write_npwp(p, "d")
            pos = [k for k, ch in enumerate(dotted) if ch in "018" and k > 0]
            out = list(dotted)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
            return "".join(out)
        raise KeyError(how)

    def write_bpjs(self, raw: str, how: str) -> str:
        r = self.rng
        if how == "":
            how = r.choices(("b", "s", "d"), (70, 20, 10))[0]
        if how == "b":
            return raw
        if how == "s":
            return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12]}"
        if how == "d":
            return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        if how == "o":
            pos = [k for k, ch in enumerate(raw) if ch in "018" and k > 3]
            out = list(raw)
            for q in r.sample(pos, min(2, len(pos))):
                out[q] = {"0": "O", "1": "l", "8": "B"}[out[q]]
            return "".join(out)
        raise KeyError(how)

    # -- e-mail
    def write_email(self, p: dict[str, str], how: str) -> str:
        r = self.rng
        local, host = p["local"], p["host"]
        if how == "":
            how = r.choices(("p", "x"), (78, 22))[0]
        if how == "p":
            return f"{local}@{host}"
        if how == "x":
            how = r.choice(("a", "b", "c", "d", "e", "h", "t", "k2"))
        parts = host.split(".")
        if how == "a":
            return f"{local} [at] " + " [dot] ".join(parts)
        if how == "b":
            return f"{local}(at){host}"
        if how == "c":
            return f"{local} @ " + " . ".join(parts)
        if how == "d":
            return f"{local} at " + " dot ".join(parts)
        if how == "e":
            return f"{local} at " + " titik ".join(parts)
        if how == "h":
            return f"{local} @{host}"
        if how == "t":
            return f"{local}(keong){host.replace('.', '(titik)')}"
        if how == "k2":
            return f"{local}[@]{host}"
        if how == "n":  # broken over a line
            return r.choice((f"{local}@\n{host}", f"{local}\n@{host}"))
        if how == "k":  # the person's own mailbox on the city's or province's host
            return p["gk"]
        raise KeyError(how)

    # -- people
    def person(self, i: int) -> dict[str, str]:
        if i in self.people:
            return self.people[i]
        r = self.rng
        fam = self.spec["fam"]
        head = self.person(fam[i]) if i in fam else None
        for _ in range(400):
            if i in self.spec["F"]:
                sex = "F"
            elif i in self.spec["M"]:
                sex = "M"
            else:
                sex = r.choice("MF")
            if head is None and i not in self.spec["L"] and r.random() < 0.08:
                cands = [o for o in OTHER if o[0] == sex]
                _, given, family = r.choice(cands)
            else:
                given = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
                family = head["f"] if head else r.choice(FAMILY)
            nick = r.choice(NICK)
            words = {w.lower() for w in given.split()} | {nick.lower()}
            if head is None:
                words |= {w.lower() for w in family.split()}
            if words & self.used_words:
                continue
            self.used_words |= words
            break
        else:
            raise RuntimeError("no fresh name")
        if i in self.spec["B"]:
            year = self.year if self.month > 2 else self.year - 1
        elif i in self.spec["K"]:
            year = r.randint(2009, 2021)
        elif i in self.spec["E"]:
            year = r.randint(1938, 1960)
        else:
            year = r.randint(1958, 2003)
        mm, dd = r.randint(1, 12), r.randint(1, 28)
        if head is not None:
            district = head["district"]
        else:
            reg = r.choices(REGIONS, [x[2] for x in REGIONS])[0]
            district = reg[0] + "%02d" % r.randint(1, reg[1])
        nik = self.fresh(
            lambda: (
                district
                + "%02d%02d%02d" % (dd + (40 if sex == "F" else 0), mm, year % 100)
                + "%04d" % r.randint(1, 700)
            )
        )
        kk = (
            head["kkraw"]
            if head
            else self.fresh(
                lambda: (
                    district
                    + "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(8, 25))
                    + "%04d" % r.randint(1, 9999)
                )
            )
        )
        npwp15 = self.fresh(
            lambda: (
                "%02d%03d%03d%d%s000"
                % (
                    r.choice((4, 8, 14, 16, 25, 36, 45, 49, 54, 57, 63, 68, 73, 79, 84, 92, 96)),
                    r.randint(0, 999),
                    r.randint(0, 999),
                    r.randint(0, 9),
                    r.choice(("920", "921", "921", "922", "924")),
                )
            )
        )
        full = given + " " + family
        gl = given.lower().replace(" ", "")
        fl = family.lower().replace(" ", "")
        yy = "%02d" % (year % 100)
        local = r.choice(
            (
                f"{gl}{fl}{r.randint(1, 99)}",
                f"{gl}.{fl}",
                f"{gl}_{fl}{yy}",
                f"{fl}.{gl}{yy}",
                f"{gl[0]}{fl}{r.randint(10, 99)}",
                f"{gl}{yy}{r.choice(('', 'kpg', 'ntt'))}",
                f"{gl}.{fl}.{r.choice(('kupang', 'ntt', 'timor'))}",
                f"{fl}{gl[:3]}{r.randint(1, 9)}",
            )
        )
        street = r.choice(HOME_STREETS)
        house = str(r.randint(1, 140)) + r.choice(("", "", "", "", "A", "B"))
        no = r.choice(("No. ", "No. ", "No ", "no. ", "Nomor "))
        rt = self.rtrw()
        bank = r.choice(BANKS)
        up = full.upper()
        letters = [k for k, ch in enumerate(up) if ch in LETTER_OCR and k > 0 and up[k - 1] != " "]
        if letters:
            k = r.choice(letters)
            ocr = up[:k] + LETTER_OCR[up[k]] + up[k + 1 :]
        else:
            ocr = up
        longw = [(m.start(), m.end()) for m in re.finditer(r"[A-Z]{5,}", up)]
        if longw:
            s, e = r.choice(longw)
            k = r.randint(s + 2, e - 2)
            spaced = up[:k] + " " + up[k:]
        else:
            spaced = up
        # the name as a hand or a clerk misspells it: one letter changed, doubled or dropped
        fam_word = family.split()[-1]
        k = r.randint(1, len(fam_word) - 2)
        how = r.choice(("swap", "double", "drop"))
        if how == "swap":
            repl = {"a": "e", "e": "i", "i": "y", "o": "u", "u": "o", "y": "i"}.get(
                fam_word[k].lower(), "h"
            )
            wrong = fam_word[:k] + repl + fam_word[k + 1 :]
        elif how == "double":
            wrong = fam_word[:k] + fam_word[k] + fam_word[k:]
        else:
            wrong = fam_word[:k] + fam_word[k + 1 :]
        misspelt = " ".join([given, *family.split()[:-1], wrong])
        birthplace = r.choice(
            (
                "Kupang",
                "Kupang",
                "Kupang",
                "Soe",
                "Kefamenanu",
                "Atambua",
                "Ba'a",
                "Seba",
                "Kalabahi",
                "Larantuka",
                "Waingapu",
                "Oelamasi",
                "Camplong",
            )
        )
        p = {
            "n": full,
            "N": up,
            "l": full.lower(),
            "g": given,
            "G": given.upper(),
            "lg": given.lower(),
            "f": family,
            "F": family.upper(),
            "lf": family.lower(),
            "nk": nick,
            "lnk": nick.lower(),
            "ig": f"{given[0]}. {family}",
            "No": ocr,
            "Ns": spaced,
            "Nn": given.upper() + "\n" + family.upper(),
            "fg": f"{family}, {given}",
            "nx": misspelt,
            "lx": misspelt.lower(),
            "district": district,
            "nikraw": nik,
            "kkraw": kk,
            "npwp15": npwp15,
            "bpjsraw": self.fresh(lambda: "000" + r.choice("0123456789") + self.digits(9)),
            "mob": self.mobile_raw(),
            "mob2": self.mobile_raw(),
            "land": self.land_raw(),
            "local": local,
            "host": r.choice(HOSTS),
            "gk": r.choice((f"{gl}.{fl}@kupangkota.go.id", f"{gl[0]}{fl}@nttprov.go.id")),
            "lahir": "%02d-%02d-%d" % (dd, mm, year),
            "ttl": "%s, %02d-%02d-%d" % (birthplace, dd, mm, year),
            "umur": str(max(1, 2026 - year)),
            "thl": str(year),
            "bank": bank,
            "rek": self.account(bank),
            "ad": f"{street} {no}{house}",
            "adr": f"{street} {no}{house}, {rt}",
            "adc": "%s Blok %s No. %d"
            % (r.choice(COMPLEX), r.choice("ABCDEFGHK"), r.randint(1, 150)),
            "rt": rt,
            "rtk": "%03d/%03d" % (r.randint(1, 45), r.randint(1, 15)),
            "pl": self.plate(),
            "wal": r.choice(WALLETS),
            "au": "+61 4%02d %03d %03d" % (r.randint(0, 99), r.randint(0, 999), r.randint(0, 999)),
        }
        self.people[i] = p
        return p

    def rtrw(self) -> str:
        r = self.rng
        a, b = r.randint(1, 45), r.randint(1, 15)
        return r.choice(
            (
                "RT %03d/RW %03d" % (a, b),
                "RT %02d/RW %02d" % (a, b),
                "RT %d RW %d" % (a, b),
                "RT %02d RW %02d" % (a, b),
                "RT %02d/%02d" % (a, b),
                "RT.%03d/RW.%03d" % (a, b),
            )
        )

    def plate(self) -> str:
        r = self.rng
        return "%s %d %s" % (
            r.choice(("DH", "DH", "DH", "DH", "DH", "EB", "ED")),
            r.randint(1000, 9999),
            r.choice(("A", "AB", "AK", "AF", "KM", "BE", "AS", "AP", "KC", "C", "AM")),
        )

    def account(self, bank: str) -> str:
        r = self.rng
        if bank == "BRI":
            d = "%04d" % r.randint(1, 9999) + "01" + self.digits(6) + "5" + self.digits(2)
            return self.fresh(
                lambda: r.choice(
                    (
                        d,
                        f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}",
                        f"{d[:4]} {d[4:6]} {d[6:12]} {d[12:]}",
                    )
                )
            )
        if bank == "BNI":
            return self.fresh(lambda: "0" + r.choice("1234579") + self.digits(8))
        if bank == "Mandiri":
            return self.fresh(
                lambda: r.choice(("161", "145", "152")) + r.choice(("00", "01")) + self.digits(8)
            )
        if bank == "Bank NTT":
            return self.fresh(
                lambda: r.choice(
                    (
                        "%s.%s.%s.%s-%d"
                        % (
                            r.choice(("001", "002", "015", "031")),
                            "01",
                            r.choice(("02", "04")),
                            self.digits(6),
                            r.randint(0, 9),
                        ),
                        "0010102" + self.digits(7),
                    )
                )
            )
        if bank == "BCA":
            return self.fresh(lambda: r.choice(("31", "03", "78")) + self.digits(8))
        return self.fresh(lambda: "7" + r.choice("0123") + self.digits(8))

    def clock(self, i: int) -> tuple[int, int]:
        m = (self.minute + 17 * i) % (24 * 60)
        return m // 60, m % 60

    # -- one placeholder
    def value(self, name: str, index: str) -> str:
        i = int(index) if index else 1
        simple = {
            "n", "N", "l", "g", "G", "lg", "f", "F", "lf", "nk", "lnk", "ig", "No", "Ns", "Nn",
            "fg", "nx", "lx", "lahir", "ttl", "umur", "thl", "bank", "rek", "ad", "adr", "adc", "rt", "rtk",
            "pl", "wal", "au",
        }  # fmt: skip
        if name in simple:
            return self.person(i)[name]
        if name.isupper() and len(name) > 1:  # any value in capitals: {AD1}, {KEL}
            return self.value(name.lower(), index).upper()
        if name in OTHER_VALUES:
            return OTHER_VALUES[name](self, i)
        if name in PERSON_BANK:  # the person's account at one bank: {bni1}, {ntt2}
            p = self.person(i)
            key = "rek_" + name
            if key not in p:
                p[key] = self.account(PERSON_BANK[name])
            return p[key]
        if name.startswith("hp"):
            return self.write_mobile(self.person(i)["mob"], name[2:])
        if name.startswith("hq"):
            return self.write_mobile(self.person(i)["mob2"], name[2:])
        if name == "tr":
            return self.write_land(self.person(i)["land"])
        if name.startswith("nik"):
            return self.write_id(self.person(i)["nikraw"], name[3:])
        if name.startswith("kk"):
            return self.write_id(self.person(i)["kkraw"], name[2:])
        if name.startswith("npwp"):
            return self.write_npwp(self.person(i), name[4:])
        if name.startswith("bpjs"):
            return self.write_bpjs(self.person(i)["bpjsraw"], name[4:])
        if name.startswith("em"):
            return self.write_email(self.person(i), name[2:])
        raise KeyError(name)


def _body_npwp(fl: Fill, i: int) -> str:
    r = fl.rng
    d = fl.fresh(
        lambda: (
            "%02d%03d%03d%d%s%s"
            % (
                r.choice((1, 2, 3, 31, 53, 61, 62, 70, 74, 76, 83, 90)),
                r.randint(0, 999),
                r.randint(0, 999),
                r.randint(0, 9),
                r.choice(("920", "921", "922")),
                r.choice(("000", "000", "001")),
            )
        )
    )
    return r.choice(
        (
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}",
            "0" + d,
        )
    )


def _nip(fl: Fill, i: int) -> str:
    r = fl.rng
    y = r.randint(1968, 1996)
    s = "%d%02d%02d%d%02d%d%03d" % (
        y,
        r.randint(1, 12),
        r.randint(1, 28),
        y + r.randint(22, 28),
        r.randint(1, 12),
        r.randint(1, 2),
        r.randint(1, 20),
    )
    return r.choice((s, f"{s[:8]} {s[8:14]} {s[14]} {s[15:]}"))


def _date(fl: Fill, i: int) -> str:
    d = (fl.day + i * 2) % 28 + 1
    m = max(1, fl.month - (1 if i > 5 else 0))
    return fl.rng.choice(("%02d/%02d/%d", "%02d-%02d-%d", "%d/%d/%d")) % (d, m, fl.year)


def _tg(fl: Fill, i: int) -> str:
    d = (fl.day + i * 2) % 28 + 1
    return "%d %s %d" % (d, MONTHS[fl.month - 1], fl.year)


def _tge(fl: Fill, i: int) -> str:
    d = (fl.day + i * 2) % 28 + 1
    return "%d %s %d" % (d, MONTHS_EN[fl.month - 1], fl.year)


def _jam(fl: Fill, i: int) -> str:
    h, m = fl.clock(i)
    return "%02d.%02d" % (h, m)


def _rp(fl: Fill, i: int) -> str:
    r = fl.rng
    return r.choice(
        (
            "%d.000" % r.choice((25, 50, 75, 100, 150, 200, 250, 300, 350, 450, 500, 750)),
            "%d.%03d.000" % (r.randint(1, 4), r.choice((0, 250, 500, 750, 100, 600))),
        )
    )


def _rpk(fl: Fill, i: int) -> str:
    return "%d.000" % fl.rng.choice((10, 15, 20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150))


def _rpb(fl: Fill, i: int) -> str:
    return "%d.%03d.000" % (
        fl.rng.randint(2, 24),
        fl.rng.choice((0, 150, 250, 300, 450, 500, 750, 800, 950)),
    )


def _digits_of(n: int):
    return lambda fl, i: fl.fresh(lambda: str(fl.rng.randint(1, 9)) + fl.digits(n - 1))


OTHER_VALUES = {
    # not a person's lines
    "owa": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scam": lambda fl, i: fl.write_mobile(fl.mobile_raw(), ""),
    "scamj": lambda fl, i: fl.write_mobile(fl.mobile_raw(), "j"),
    "otel": lambda fl, i: fl.write_land(fl.land_raw()),
    "cc": lambda fl, i: (
        fl.rng.choice(("1500 %03d", "1500-%03d", "1500%03d")) % fl.rng.randint(100, 999)
    ),
    # bodies' numbers
    "npwpx": _body_npwp,
    "rekb": lambda fl, i: fl.account(fl.rng.choice(BANKS)),
    "rekntt": lambda fl, i: fl.account("Bank NTT"),
    "rekbri": lambda fl, i: fl.account("BRI"),
    "nibu": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("91", "81", "12", "02")) + fl.digits(11)),
    # look-alikes
    "nip": _nip,
    "nrp": lambda fl, i: (
        "%02d%02d%04d" % (fl.rng.randint(68, 99), fl.rng.randint(1, 12), fl.rng.randint(1, 9999))
    ),
    "nisn": lambda fl, i: fl.fresh(lambda: "0" + fl.rng.choice("0123") + fl.digits(8)),
    "npsn": lambda fl, i: "5%07d" % fl.rng.randint(230000, 9999999),
    "akta": lambda fl, i: (
        "5371-LT-%02d%02d%d-%04d"
        % (
            fl.rng.randint(1, 28),
            fl.rng.randint(1, 12),
            fl.rng.randint(2008, 2024),
            fl.rng.randint(1, 9999),
        )
    ),
    "nop": lambda fl, i: (
        "53.71.%03d.%03d.%03d-%04d.%d"
        % (
            fl.rng.randint(10, 60),
            fl.rng.randint(1, 20),
            fl.rng.randint(1, 99),
            fl.rng.randint(1, 9999),
            fl.rng.randint(0, 7),
        )
    ),
    "shm": lambda fl, i: "%05d" % fl.rng.randint(1, 9999),
    "nib": lambda fl, i: (
        "24.08.%02d.%02d.%05d"
        % (fl.rng.randint(1, 20), fl.rng.randint(1, 60), fl.rng.randint(1, 99999))
    ),
    "su": lambda fl, i: (
        "%05d/%s/%d"
        % (
            fl.rng.randint(1, 9999),
            fl.rng.choice(("Oebufu", "Liliba", "Kolhua", "Oesapa", "Sikumana", "Penfui")),
            fl.rng.randint(1995, 2022),
        )
    ),
    "idpel": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("5312", "5311", "5310")) + fl.digits(8)),
    "meter": lambda fl, i: fl.fresh(lambda: fl.rng.choice(("14", "32", "56", "45")) + fl.digits(9)),
    "samb": lambda fl, i: (
        "%02d-%02d-%06d" % (fl.rng.randint(1, 12), fl.rng.randint(1, 40), fl.rng.randint(1, 999999))
    ),
    "token": lambda fl, i: " ".join(fl.digits(20)[k : k + 4] for k in range(0, 20, 4)),
    "trx": lambda fl, i: fl.fresh(
        lambda: "%d%02d%02d%s" % (fl.year, fl.month, fl.day, fl.digits(8))
    ),
    "ref": lambda fl, i: fl.fresh(
        lambda: fl.rng.choice(("%s", "FT%s", "REF%s")) % fl.digits(fl.rng.choice((12, 14)))
    ),
    "va": lambda fl, i: (
        fl.rng.choice(("8808 %s", "88810%s", "7007%s", "39358%s", "8277 %s")) % fl.digits(11)
    ),
    "billing": lambda fl, i: (
        fl.rng.choice(("82", "02", "12")) + "%d%02d" % (fl.year, fl.month) + fl.digits(9)
    ),
    "kpj": lambda fl, i: fl.rng.choice(("23", "19", "24", "16")) + fl.digits(9),
    "tiket": lambda fl, i: (
        fl.rng.choice(("LPR-%d-%02d-%05d", "#%d%02d-%05d", "LAPOR-5371-%d%02d-%05d"))
        % (fl.year, fl.month, fl.rng.randint(1, 99999))
    ),
    "reg": lambda fl, i: (
        "%04d/LM/%s/%d/KPG"
        % (
            fl.rng.randint(1, 999),
            fl.rng.choice(("I", "III", "IV", "V", "VI", "VIII", "IX", "X", "XI")),
            fl.year,
        )
    ),
    "sk": lambda fl, i: (
        "%s/%03d/%s/%d"
        % (
            fl.rng.choice(("470", "400.9", "460", "900.1", "421.3", "503", "474.1", "593", "445")),
            fl.rng.randint(1, 999),
            fl.rng.choice(
                (
                    "DKP",
                    "KEL",
                    "DINSOS",
                    "DISDIK",
                    "BPBD",
                    "DINKES",
                    "PEM",
                    "BPN",
                    "KEC.OBB",
                    "RSUD",
                )
            ),
            fl.year,
        )
    ),
    "lp": lambda fl, i: (
        "LP/B/%d/%s/%d/SPKT/%s"
        % (
            fl.rng.randint(100, 1999),
            fl.rng.choice(("III", "VI", "VII", "IX", "XI")),
            fl.year,
            fl.rng.choice(
                (
                    "POLRESTA KUPANG KOTA",
                    "POLSEK OEBOBO",
                    "POLSEK MAULAFA",
                    "POLSEK KELAPA LIMA",
                    "POLSEK ALAK",
                )
            ),
        )
    ),
    "rangka": lambda fl, i: (
        fl.rng.choice(("MH1JM", "MH1KF", "MH3SG", "MHKA4"))
        + fl.digits(2)
        + fl.rng.choice("ABCDEK")
        + fl.digits(9)
    ),
    "mesin": lambda fl, i: fl.rng.choice(("JM31E", "KF11E", "E3R2E", "G3E4E")) + fl.digits(7),
    "sim": lambda fl, i: fl.digits(4) + "-" + fl.digits(4) + "-" + fl.digits(4),
    "sep": lambda fl, i: (
        "1701R0%02d%02d%02dV%06d"
        % (fl.rng.randint(1, 9), fl.month, fl.year % 100, fl.rng.randint(1, 999999))
    ),
    "rm": lambda fl, i: (
        "%02d.%02d.%02d" % (fl.rng.randint(0, 99), fl.rng.randint(0, 99), fl.rng.randint(0, 99))
    ),
    "antri": lambda fl, i: "%s-%03d" % (fl.rng.choice("ABCD"), fl.rng.randint(1, 240)),
    "nopend": lambda fl, i: (
        "PPDB-%d-%s-%05d"
        % (fl.year, fl.rng.choice(("ZN", "AF", "PR", "PK")), fl.rng.randint(1, 99999))
    ),
    "dtks": lambda fl, i: fl.fresh(lambda: "5371" + fl.digits(12)[:4] + fl.digits(10)),
    "kkscard": lambda fl, i: "6013 01%s %s %s" % (fl.digits(2), fl.digits(4), fl.digits(4)),
    "nikmask": lambda fl, i: (
        "5371%02d" % fl.rng.randint(1, 6)
        + fl.rng.choice(("xxxxxx", "******", "XXXXXX"))
        + fl.digits(4)
    ),
    "kode": lambda fl, i: fl.digits(6),
    "imei": lambda fl, i: "86" + fl.digits(13),
    "tgl": _date,
    "tg": _tg,
    "tge": _tge,
    "jam": _jam,
    "rp": _rp,
    "rpb": _rpb,
    "rpk": _rpk,
    "num": lambda fl, i: str(fl.rng.randint(2, 48)),
    "kelas": lambda fl, i: fl.rng.choice(
        ("VII A", "VIII B", "IX C", "3", "4", "5", "6", "X IPA 2", "XI IPS 1")
    ),
    "big": lambda fl, i: str(fl.rng.randint(60, 900)),
    "yr": lambda fl, i: str(fl.rng.randint(2009, 2023)),
    "kecil": lambda fl, i: str(fl.rng.randint(2, 9)),
    "luas": lambda fl, i: str(fl.rng.randint(90, 1200)),
    "thn": lambda fl, i: str(fl.year),
    "bln": lambda fl, i: MONTHS[fl.month - 1],
    "hari": lambda fl, i: fl.rng.choice(HARI),
    "kel": lambda fl, i: fl.rng.choice(KELURAHAN),
    "kec": lambda fl, i: fl.rng.choice(KECAMATAN),
    "kab": lambda fl, i: fl.rng.choice(KABUPATEN),
    "town": lambda fl, i: fl.rng.choice(TOWNS),
    "pusk": lambda fl, i: fl.rng.choice(PUSKESMAS),
    "rs": lambda fl, i: fl.rng.choice(HOSPITALS),
    "school": lambda fl, i: fl.rng.choice(SCHOOLS),
    "church": lambda fl, i: fl.rng.choice(CHURCHES),
    "shop": lambda fl, i: fl.rng.choice(SHOPS),
    "body": lambda fl, i: fl.rng.choice(BODIES),
    "jl": lambda fl, i: fl.rng.choice(PUBLIC_STREETS),
    "jlno": lambda fl, i: "%s No. %d" % (fl.rng.choice(PUBLIC_STREETS), fl.rng.randint(1, 120)),
    "bnk": lambda fl, i: fl.rng.choice(BANKS),
    "wlt": lambda fl, i: fl.rng.choice(WALLETS),
    "rtx": lambda fl, i: "RT %02d" % fl.rng.randint(1, 45),
    "rwx": lambda fl, i: "RW %02d" % fl.rng.randint(1, 15),
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d*)\}")
MARKER = re.compile(r"\[\[(\w+):(.*?)\]\]", re.DOTALL)


def fill(template: str, fl: Fill) -> str:
    def sub(m: re.Match[str]) -> str:
        key = m.group(0)
        name, index = m.group(1), m.group(2)
        if name.isupper() and len(name) > 1:  # {KEL} is {kel} in capitals, the same draw
            low = "{%s%s}" % (name.lower(), index)
            if low not in fl.cache:
                fl.cache[low] = fl.value(name.lower(), index)
            return fl.cache[low].upper()
        if key not in fl.cache:
            fl.cache[key] = fl.value(name, index)
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


# ---------------------------------------------------------------- checks

NUMERIC = {"nik", "kk", "npwp", "bpjs", "bank_account", "phone"}
ADDRESS_START = re.compile(
    r"(?i)(jl\.?|jalan|gg\.|lr\.|rt\b|rt\.|rt/rw|rt\d|perumnas|perum|perumahan|kompleks|btn|\d{3}/\d{3}$)"
)
AT_FORM = re.compile(r"(?i)(@|\s+at\s+|\(at\)|\[at\]|\(keong\)|\(et\)|\[@\])")
DOT_FORM = re.compile(r"(?i)(\.|\[dot\]|\s+dot\s+|\s+titik\s+|\(titik\))")
SCANNED = {"pdf_form"}


def phone_ok(seg: str) -> bool:
    """9 to 14 digits (letters read for digits counted), a mobile prefix or Kupang's 0380 8."""
    if not re.match(r"[+(0-9]", seg) or re.search(r"[A-Za-z]", re.sub(r"[OoLlISB]", "", seg)):
        return False
    clean = re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK)
    if not 9 <= len(clean) <= 14 or sum(c.isdigit() for c in seg) < 8:
        return False
    if seg.startswith("+61 4") and len(clean) == 11:  # an Australian mobile
        return True
    if clean.startswith("62"):
        clean = "0" + clean[2:]
    return clean[:4] in PREFIXES or clean.startswith("03808")


def id_digits(seg: str) -> str:
    """The digits of an identity number, letters read for digits turned back."""
    return re.sub(r"[^0-9]", "", re.sub(r"[^0-9OoLlISB]", "", seg).translate(OCR_BACK))


def problems(text: str, spans: list[dict[str, object]], values: list[str], style: str) -> list[str]:
    bad: list[str] = []
    if any(t in text for t in ("[[", "]]", "{", "}")):
        bad.append("marker or placeholder left")
    if not FLOORS["min_len"] <= len(text) <= FLOORS["max_len"]:
        bad.append(f"length {len(text)}")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        if b["start"] < a["end"]:
            bad.append("overlap")
    inside = [False] * len(text)
    scan = style in SCANNED
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
        if kind == "name":
            first = re.split(r"[\s.,]+", seg)[0].lower()
            if first in TITLES:
                bad.append(f"title {seg!r}")
            if "@" in seg or (not scan and (any(c.isdigit() for c in seg) or "\n" in seg)):
                bad.append(f"name chars {seg!r}")
            if scan and re.search(r"[2-47-9]", seg):
                bad.append(f"name digit {seg!r}")
        elif kind == "phone" and not phone_ok(seg):
            bad.append(f"phone {seg!r}")
        elif kind in ("nik", "kk"):
            d = id_digits(seg)
            if (
                re.search(r"[^0-9OoLlISB .,\-\n]", seg)
                or not d.startswith("53")
                or not 15 <= len(d) <= 17
            ):
                bad.append(f"{kind} {seg!r}")
            if len(d) != 16 and not re.search(r"(?i)(nik|ktp)", text[max(0, st - 60) : st]):
                bad.append(f"{kind} of a wrong length without NIK before it {seg!r}")
        elif kind == "npwp" and (
            len(id_digits(seg)) not in (15, 16) or re.search(r"[^0-9OlB .\-,]", seg)
        ):
            bad.append(f"npwp {seg!r}")
        elif kind == "bpjs":
            d = id_digits(seg)
            if len(d) != 13 or not d.startswith("000") or re.search(r"[^0-9OlB \-]", seg):
                bad.append(f"bpjs {seg!r}")
        elif kind == "bank_account" and (
            not 10 <= sum(c.isdigit() for c in seg) <= 16 or re.search(r"[^0-9 .\-]", seg)
        ):
            bad.append(f"account {seg!r}")
        elif kind == "email":
            at = AT_FORM.search(seg)
            if not at or not at.start() or not DOT_FORM.search(seg[at.end() :]):
                bad.append(f"email {seg!r}")
        elif kind == "address" and (
            not ADDRESS_START.match(seg) or not seg[-1].isalnum() or not re.search(r"\d", seg)
        ):
            bad.append(f"address {seg!r}")
        elif kind == "plate" and not re.fullmatch(r"[A-Z]{1,2} ?\d{1,4} ?[A-Z]{0,3}", seg.upper()):
            bad.append(f"plate {seg!r}")
    # every other occurrence of a labelled name word, mailbox or number is labelled too
    for s in spans:
        seg = text[s["start"] : s["end"]]
        if s["kind"] == "name":
            for word in re.findall(r"[A-Za-z]{3,}", seg):
                for m in re.finditer(
                    r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(word), text, re.IGNORECASE
                ):
                    if not all(inside[m.start() : m.end()]):
                        bad.append(f"unlabelled name word {word!r}")
        elif s["kind"] == "email":
            local = re.split(r"(?i)\s*(@|\s+at\s+|\(at\)|\[at\]|\(keong\)|\(et\)|\[@\])", seg)[0]
            for m in re.finditer(re.escape(local), text, re.IGNORECASE):
                if not all(inside[m.start() : m.end()]):
                    bad.append(f"unlabelled repeat of {seg!r}")
        elif s["kind"] in NUMERIC:
            d = id_digits(seg) if s["kind"] != "bank_account" else re.sub(r"\D", "", seg)
            if len(d) < 8:
                continue
            pos = [k for k, c in enumerate(text) if c.isdigit()]
            joined = "".join(text[k] for k in pos)
            cores = {d, d[2:] if d.startswith("62") else d[1:] if d.startswith("0") else d}
            for core in cores:
                start = joined.find(core)
                while start != -1:
                    if not all(inside[pos[k]] for k in range(start, start + len(core))):
                        bad.append(f"unlabelled repeat of {seg!r}")
                    start = joined.find(core, start + 1)
    return bad


LOOKALIKE = re.compile(r"\d{2,}(?:[ .\-/]?\d+)*|\S+@\S+|@\w+")


def lookalikes(text: str) -> int:
    """Runs of digits and @ tokens: what a text without spans is made of."""
    return len(LOOKALIKE.findall(text))


MALE_WORDS = (
    "om|opa|bapa|pak|bpk|bapak|suami|ayah|bapaknya|aiptu|bripka|iptu|nyong|sdr|tn|kakek|bapa mantu"
)
FEMALE_WORDS = "mama|oma|tanta|ibu|bu|istri|bidan|maitua|janda|nona|ny|sdri|nenek|mama mantu|suster"


def T(
    style: str,
    theme: str,
    text: str,
    *,
    F: tuple[int, ...] = (),
    M: tuple[int, ...] = (),
    K: tuple[int, ...] = (),
    B: tuple[int, ...] = (),
    E: tuple[int, ...] = (),
    L: tuple[int, ...] = (),
    fam: dict[int, int] | None = None,
    U: bool = False,
) -> tuple:
    # a kin word, a title or a spouse's word before a name gives the person's sex
    auto = {"M": set(), "F": set()}
    for sex, words in (("M", MALE_WORDS), ("F", FEMALE_WORDS)):
        for m in re.finditer(
            r"(?i)\b(?:%s)\.?\s*[,:]?\s+(?:(?:sy|sa|saya|beta|kami|dia)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}"
            % words,
            text,
        ):
            auto[sex].add(int(m.group(1)))
    for sex, word in (("F", "istri|ISTRI|Istri|maitua"), ("M", "suami|SUAMI|Suami|paitua")):
        for m in re.finditer(r"\[\[n:\{[A-Za-z]+(\d+)\}\]\][ |–-]{0,4}\(?(?:%s)\b" % word, text):
            auto[sex].add(int(m.group(1)))
    # the writer (person 1) is the spouse of a wife or a husband named in the text
    if (
        auto["F"] - {1}
        and not auto["M"] - {1}
        and re.search(r"(?i)\b(istri|maitua|my wife)\b", text)
    ):
        auto["M"].add(1)
    elif (
        auto["M"] - {1}
        and not auto["F"] - {1}
        and re.search(r"(?i)\b(suami|paitua|my husband)\b", text)
    ):
        auto["F"].add(1)
    auto["M"] -= set(F)
    auto["F"] -= set(M)
    assert not (auto["M"] & auto["F"]), (auto, text[:200])
    females = tuple(sorted(set(F) | (auto["F"] - set(M))))
    males = tuple(sorted(set(M) | (auto["M"] - set(F))))
    elder = set(E)
    for m in re.finditer(
        r"(?i)\b(?:oma|opa|lansia|nenek|kakek)\s*,?\s+(?:(?:sy|sa|saya|beta|kami)\s+)?\[\[n:\{[A-Za-z]+(\d+)\}",
        text,
    ):
        elder.add(int(m.group(1)))
    spec = {
        "F": females,
        "M": males,
        "K": K,
        "B": B,
        "E": tuple(sorted(elder)),
        "L": L,
        "fam": fam or {},
    }
    return (style, theme, text.strip("\n"), spec, U)


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
                raise SystemExit(
                    f"template {number} ({style}/{theme}) keeps failing: {last}\n{template[:300]}"
                )
            fl = Fill(rng, spec)
            marked = fill(template, fl)
            if upper:
                marked = marked.upper()
            text, spans, values = extract(marked)
            last = problems(text, spans, values, style)
            if not spans and lookalikes(text) < 4:
                last.append("a text without spans needs four look-alikes")
            if last or text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    return [
        {
            "id": "%s-%04d" % (PREFIX, k),
            "text": r["text"],
            "spans": r["spans"],
            "style": r["style"],
            "theme": r["theme"],
        }
        for k, r in enumerate(records, start=1)
    ]


def table(records: list[dict[str, object]], field: str, values: tuple[str, ...]) -> None:
    kinds = sorted(KINDS.values())
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
    empty = sum(1 for r in records if not r["spans"])
    print(
        "| **total** | %d | %d | %s |"
        % (len(records), empty, " | ".join(str(total[k]) for k in kinds))
    )


def writing(kind: str, seg: str) -> str:
    """How a labelled value is written, for the report."""
    if kind == "name":
        if "\n" in seg:
            return "over a line break"
        if any(c.isdigit() for c in seg):
            return "a digit for a letter"
        if seg.isupper():
            return "capitals"
        if seg.islower():
            return "lower case"
        return "one word" if " " not in seg else "several words"
    if kind == "email":
        if "\n" in seg:
            return "over a line break"
        if "@" not in seg or re.search(r"\s@|@\s|\[@\]", seg):
            return "written to dodge scrapers"
        if re.search(r"\.go\.id$", seg, re.IGNORECASE):
            return "a person's own on an office's host"
        return "plain"
    if kind == "address":
        if re.match(r"(?i)rt", seg):
            return "RT/RW alone"
        if re.search(r"(?i)\brt\b|rt\.", seg):
            return "street with RT/RW"
        if re.match(r"(?i)(perum|btn|kompleks)", seg):
            return "housing complex"
        return "street with number"
    if kind in ("plate", "bank_account"):
        return "with separators" if re.search(r"[ .\-/]", seg) else "one block"
    if "\n" in seg:
        return "over a line break"
    if re.search(r"[OoLlISB]", seg):
        return "letters for digits"
    d = id_digits(seg)
    if kind in ("nik", "kk") and len(d) != 16:
        return "a digit too few or too many"
    if kind == "npwp":
        if len(d) == 16:
            return "16 digits"
        return "15 digits dotted" if "-" in seg else "15 digits, not dotted"
    if kind == "phone":
        if seg.startswith("+62"):
            return "+62"
        if seg.startswith("62"):
            return "62 without +"
        if seg.lstrip("(").startswith("0380"):
            return "Kupang landline"
    if re.fullmatch(r"\d+", seg):
        return "one block"
    return "with separators"


def report(records: list[dict[str, object]], digest: str) -> None:
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
    lengths = sorted(len(r["text"]) for r in records)
    print(
        "length: min %d, median %d, max %d" % (lengths[0], lengths[len(lengths) // 2], lengths[-1])
    )
    per_t = Counter((t[0], bool(MARKER.search(t[2]))) for t in TEMPLATES)
    print(
        "templates per style (with spans, without):",
        {s: (per_t[s, True], per_t[s, False]) for s in STYLES},
    )
    print()
    table(records, "style", STYLES)
    print()
    table(records, "theme", THEMES)
    per = Counter(s["kind"] for r in records for s in r["spans"])
    print()
    print("spans per kind:", ", ".join(f"{k} {v}" for k, v in per.most_common()))
    for kind in sorted(KINDS.values()):
        c = Counter(
            writing(kind, r["text"][s["start"] : s["end"]])
            for r in records
            for s in r["spans"]
            if s["kind"] == kind
        )
        print(f"{kind} writings:", ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    runs = ats = 0
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        for m in re.finditer(r"[+(]?\d[\d .\-()]{6,}\d", r["text"]):
            if sum(c.isdigit() for c in m.group()) >= 9 and not any(inside[m.start() : m.end()]):
                runs += 1
        for m in re.finditer(r"\S*@\S*", r["text"]):
            if not any(inside[m.start() : m.end()]):
                ats += 1
    print("unlabelled digit runs of nine digits or more:", runs)
    print("unlabelled @ tokens:", ats)
    dens = [len(r["spans"]) * 200 / len(r["text"]) for r in records if r["spans"]]
    print("spans per 200 characters in texts with spans: %.2f" % (sum(dens) / len(dens)))


CAPS_RUN = re.compile(r"(?<![\w@])[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*)*")


def review(records: list[dict[str, object]]) -> None:
    for r in records:
        inside = [False] * len(r["text"])
        for s in r["spans"]:
            for k in range(s["start"], s["end"]):
                inside[k] = True
        found = []
        for pattern in (CAPS_RUN, re.compile(r"[+(]?\d[\d .\-()]{3,}\d|\S*@\S*")):
            for m in pattern.finditer(r["text"]):
                if not any(inside[m.start() : m.end()]):
                    found.append(m)
        for m in sorted(found, key=lambda m: m.start()):
            before = r["text"][max(0, m.start() - 40) : m.start()].replace("\n", " / ")
            print("%s  …%s[%s]" % (r["id"], before, m.group().replace("\n", "/")))


def show(records: list[dict[str, object]], count: int, seed: int) -> None:
    """Print texts drawn at random with their spans marked, for reading."""
    for r in random.Random(seed).sample(records, count):
        text = r["text"]
        out = []
        pos = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            out.append(text[pos : s["start"]])
            out.append("⟦%s:%s⟧" % (s["kind"], text[s["start"] : s["end"]]))
            pos = s["end"]
        out.append(text[pos:])
        print("=== %s %s/%s" % (r["id"], r["style"], r["theme"]))
        print("".join(out))
        print()


def check_floors(records: list[dict[str, object]]) -> None:
    assert len(TEMPLATES) >= FLOORS["templates"], len(TEMPLATES)
    assert len(records) >= FLOORS["texts"], len(records)
    assert sum(len(r["spans"]) for r in records) >= FLOORS["spans"]
    by_style = Counter(r["style"] for r in records)
    assert all(by_style[s] >= FLOORS["per_style"] for s in STYLES), by_style
    empty = sum(1 for r in records if not r["spans"])
    assert empty >= FLOORS["empty_share"] * len(records), empty
    per = Counter(s["kind"] for r in records for s in r["spans"])
    for kind in KINDS.values():
        assert per[kind] >= FLOORS[kind], (kind, per[kind])
    assert len({r["theme"] for r in records}) >= FLOORS["themes"]
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["text"] for r in records}) == len(records)


def main() -> None:
    records = build()
    if "--loose" not in sys.argv:
        check_floors(records)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(data)
    report(records, hashlib.sha256(data).hexdigest())
    if "--review" in sys.argv:
        review(records)
    if "--show" in sys.argv:
        k = sys.argv.index("--show")
        count = int(sys.argv[k + 1])
        seed = int(sys.argv[k + 2]) if len(sys.argv) > k + 2 else 1
        show(records, count, seed)


# ---------------------------------------------------------------- templates
# Markers: [[n:…]] name, [[p:…]] phone, [[e:…]] email, [[a:…]] address, [[nik:…]], [[kk:…]],
# [[npwp:…]], [[bpjs:…]], [[b:…]] bank account, [[pl:…]] plate.
# Person i: {n1} full name ({N1} capitals, {l1} lower case, {g1}/{G1}/{lg1} given name, {f1}/{F1}
# /{lf1} family name, {nk1}/{lnk1} nickname, {ig1} initial and family name, {nx1}/{lx1} the
# name misspelt by one letter, {No1} capitals with a digit read for a letter, {Ns1} capitals with
# a stray space, {Nn1} capitals over a line); {hp1} mobile ({hpb1} one block, {hpd1} dashes,
# {hps1} spaces, {hpt1} dots, {hpi1}/{hpis1} +62 with separators, {hpj1} +62 in one block, {hpk1}
# 62 without +, {hpu1} underscores, {hpo1} letters for digits, {hpn1} over a line); {hq1} a
# second mobile; {au1} an Australian mobile; {tr1} home landline; {nik1} NIK ({nikb1}, {niks1}
# fours, {nikt1} dots, {nikd1} dashes, {nikg1} broken groups, {nikp1} pairs, {nikc1} fours with
# commas, {niko1} letters for digits, {nikn1} over a line, {nikw1} a digit too few or too many);
# {kk1} the family card of person 1 (same suffixes; fam={2: 1} makes 2 a member); {npwp1}
# ({npwpd1}, {npwpb1}, {npwpn1} the NIK, {npwpns1} the NIK in fours, {npwpz1}, {npwps1},
# {npwpo1} as a scan reads it); {bpjs1} ({bpjsb1}, {bpjss1}, {bpjsd1}, {bpjso1}); {em1} ({emp1},
# {emx1} a dodge, {emn1} over a line, {emk1} on the city's or province's host); {bank1}/{rek1}
# an account, {bni1} {bri1} {mdr1} {ntt1} {bca1} {bsi1} one at a given bank; {wal1} an
# e-wallet; {ad1}/{adr1}/{adc1}/{rt1} addresses, {rtk1} a card's RT/RW pair; {lahir1}, {ttl1},
# {umur1}, {thl1}; {pl1} plate. K= children, B= babies, E= elders, L= local names only.
# Not a person's: {owa} {scam} {scamj} mobiles, {otel} a landline, {cc}; {npwpx} a body's NPWP,
# {rekb} {rekntt} {rekbri} a body's account, {nibu}; look-alikes {nip} {nrp} {nisn} {npsn}
# {akta} {nop} {shm} {nib} {su} {idpel} {meter} {samb} {token} {trx} {ref} {va} {billing} {kpj}
# {tiket} {reg} {sk} {lp} {rangka} {mesin} {sim} {sep} {rm} {antri} {nopend} {dtks} {kkscard}
# {nikmask} {kode} {imei}; figures {tgl} {tg} {tge} {jam} {rp} {rpk} {rpb} {num} {kecil} {big}
# {luas} {yr} {thn} {bln} {hari} {kelas}; places and things {kel} {kec} {kab} {town} {pusk}
# {rs} {school} {church} {shop} {body} {jl} {jlno} {bnk} {wlt} {rtx} {rwx}.

TEMPLATES: list[tuple] = []

# ---- ombudsman_chronology: chronologies sent to the Ombudsman RI Perwakilan NTT
TEMPLATES += [
    T(
        "ombudsman_chronology",
        "civil_registry",
        """
Kepada Yth. Kepala Ombudsman RI Perwakilan NTT
di Kupang

Perihal: Laporan dugaan penundaan berlarut pencetakan KK dan KIA

Identitas Pelapor
Nama      : [[n:{n1}]]
NIK       : [[nik:{nik1}]]
No. KK    : [[kk:{kk1}]]
Alamat    : [[a:{adr1}]], Kel. {kel}, Kec. {kec}
HP/WA     : [[p:{hp1}]]
Email     : [[e:{em1}]]

Kronologi:
1. Tanggal {tgl1} saya ajukan perubahan KK di Dukcapil Kota Kupang karena istri saya [[n:{n2}]] (NIK [[nik:{nik2}]]) belum masuk dan anak kami [[n:{n3}]] lahir {tg2}. Nomor antrian {antri}, tanda terima {sk}.
2. Tanggal {tgl3} petugas loket bernama Ibu [[n:{g4}]] bilang blanko habis, disuruh kembali 2 minggu.
3. Tanggal {tgl5} saya datang lagi, sistem "offline". Sudah 3 kali izin kerja, ongkos ojek Rp {rpk} sekali jalan.
4. Laporan saya di SP4N-LAPOR! nomor {tiket} tidak dijawab sampai hari ini.
Mohon Ombudsman menindaklanjuti. Terima kasih.

Hormat saya,
[[n:{n1}]]
""",
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "ombudsman_chronology",
        "land_inheritance",
        """
KRONOLOGI PENGADUAN – PELAYANAN SERTIFIKAT TANAH (Kantor Pertanahan Kota Kupang)

Pelapor: [[n:{n1}]], pensiunan guru, NIK [[nik:{nik1}]], tinggal di [[a:{ad1}]], Kel. {kel}. HP [[p:{hp1}]].

a. Tahun {thn} saya daftarkan peralihan hak atas tanah warisan almarhum bapak saya [[n:{n2}]] (SHM No. {shm}, NIB {nib}, NOP {nop}). Kode billing PNBP {billing} sudah dibayar Rp {rp} tanggal {tgl1}.
b. Berkas diterima oleh Sdr. [[n:{n3}]] di loket 3, nomor berkas {su}.
c. Tanggal {tgl2} ada orang datang ukur tanah tanpa pemberitahuan, mengaku disuruh oleh [[n:{n4}]] yang klaim tanah itu milik keluarga [[n:{f4}]]. Padahal batas sudah jelas sejak {yr}.
d. Saya tanya ke Seksi Survei dan Pemetaan, dijawab "tunggu surat dari kelurahan", nomor surat {sk}.
e. Call center Kantor Pertanahan {cc} tidak pernah diangkat.

Saya minta pemeriksaan. Lampiran: fotokopi KTP, KK [[kk:{kk1}]], bukti bayar, foto patok.
""",
        M=(2,),
        E=(2,),
    ),
    T(
        "ombudsman_chronology",
        "social_aid",
        """
Yth. Bapak/Ibu Asisten Ombudsman Perwakilan NTT

Saya [[n:{n1}]], janda, umur {umur1} tahun, NIK [[nik:{nik1}]], alamat [[a:{rt1}]] Kel. {kel}, mau laporkan bantuan PKH saya yang dihentikan sejak tahap {kecil} tahun {thn}.

Kronologi singkat:
- Saya penerima PKH sejak {yr}, ID DTKS {dtks}, kartu KKS {kkscard}. Uang masuk ke rekening BNI saya [[b:{bni1}]] a.n. [[n:{N1}]].
- Bulan {bln} pendamping PKH kelurahan, Sdri. [[n:{n3}]], bilang nama saya "sudah graduasi" karena anak saya [[n:{n4}]] sudah kerja. Padahal anak saya itu honor Rp {rp}/bulan dan sudah pisah KK (KK dia [[kk:{kk4}]]).
- Saya minta surat keterangan, dijawab nanti. Saya telpon ke nomor pendamping [[p:{hp3}]] tidak aktif.
- Kantor Dinas Sosial kasih nomor pengaduan {owa}, sudah WA 2x, dibalas "sedang diproses".

Mohon dibantu. Kontak saya lewat cucu [[n:{g5}]] [[p:{hp5}]] karena saya tidak punya HP.
""",
        F=(1, 3),
        E=(1,),
        fam={4: 1},
    ),
    T(
        "ombudsman_chronology",
        "education",
        """
LAPORAN KRONOLOGIS
Perihal: pungutan dan penahanan ijazah di {school}

Pelapor 1: [[n:{n1}]] (orang tua siswa), NIK [[nik:{nik1}]], WA [[p:{hp1}]]
Pelapor 2: [[n:{n2}]] (orang tua siswa), NIK [[nik:{nik2}]], WA [[p:{hp2}]]
Alamat korespondensi: [[a:{adr1}]], Kel. {kel}

1. Anak kami [[n:{n3}]] (NISN {nisn}) dan [[n:{n4}]] (NISN {nisn2}) lulus tahun {thn}.
2. Bendahara komite, Ibu [[n:{n5}]], minta pelunasan "uang pembangunan" Rp {rp} per siswa, ditransfer ke rekening komite Bank NTT {rekntt} a.n. Komite Sekolah. Tanpa lunas, ijazah ditahan.
3. Kami sudah menghadap kepala sekolah tanggal {tgl1}, dijawab itu keputusan rapat (notulen No. {sk}).
4. Dinas Pendidikan (WA pengaduan {owa}) menyarankan kami lapor ke Ombudsman.

Kami lampirkan kuitansi No. {kode} dan foto surat edaran. Demikian laporan ini.
""",
        K=(3, 4),
        F=(5,),
        fam={3: 1, 4: 2},
    ),
    T(
        "ombudsman_chronology",
        "utilities",
        """
Kronologi pengaduan air bersih – Perumda Air Minum Kota Kupang

Nama pelanggan: [[n:{n1}]]
No. sambungan: {samb} / ID pelanggan {idpel}
Alamat: [[a:{adr1}]], Kel. {kel}
Telp rumah: [[p:{tr1}]], HP: [[p:{hp1}]]

{tg1}: air tidak mengalir, saya lapor ke call center {otel}, tiket {tiket}.
{tg2}: petugas lapangan datang, namanya Pak [[n:{n2}]], bilang pipa induk bocor di {jl}. Dia kasi nomor pribadinya [[p:{hp2}]] untuk follow up.
{tg3}: tagihan bulan {bln} tetap datang Rp {rp}, padahal meter ({meter}) tidak jalan. Saya bayar supaya tidak diputus, struk {ref}.
{tg4}: tetangga saya Mama [[n:{n3}]] juga sama, sampai beli air tangki Rp {rpk} per 5.000 liter dari Om [[n:{n4}]] ([[p:{hp4}]]).

Mohon Ombudsman minta penjelasan kenapa tagihan jalan terus tanpa air.
""",
    ),
    T(
        "ombudsman_chronology",
        "health",
        """
Kepada Ombudsman RI Perwakilan NTT

Saya [[n:{n1}]], anak kandung dari pasien [[n:{n2}]] (umur {umur2} th, No. kartu JKN-KIS [[bpjs:{bpjs2}]], NIK [[nik:{nik2}]]), melaporkan pelayanan di IGD {rs}.

Kronologi:
{tgl1} jam {jam1}: mama saya sesak napas, kami bawa ke IGD. Petugas triase minta kami bayar umum dulu karena "kartu belum aktif", padahal iuran PBI. Kasir minta Rp {rp}.
{tgl1} jam {jam2}: saya telpon BPJS Care Center 165, dijawab kartu aktif, segmen PBI APBD.
{tgl2}: mama dirawat, SEP baru terbit No. {sep}, No. RM {rm}. Uang Rp {rp} tidak dikembalikan, kwitansi No. {kode}.
Dokter jaga dr. [[n:{n3}]] bilang itu urusan administrasi.

Saya minta uang dikembalikan. Rekening saya [[b:{rek1}]] ({bank1}) a.n. [[n:{n1}]]. HP [[p:{hp1}]], email [[e:{em1}]].
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "ombudsman_chronology",
        "security_scams",
        """
KRONOLOGI – penanganan laporan polisi yang lambat

Pelapor: [[n:{N1}]], NIK [[nik:{nik1}]], alamat [[a:{AD1}]], {RT1}, Kel. {KEL}. HP [[p:{hp1}]].

1. {tgl1} motor saya Honda Beat warna hitam, nopol [[pl:{pl1}]], No. Rangka {rangka}, No. Mesin {mesin}, dicuri di depan rumah.
2. {tgl2} saya lapor ke SPKT, Laporan Polisi No. {lp}. Yang terima Bripka [[n:{n2}]], NRP {nrp}.
3. {tgl3} tetangga lihat motor itu dipakai orang di {kel2}, plat sudah diganti [[pl:{pl3}]]. Saya kasih tahu penyidik Aipda [[n:{n4}]] lewat WA, tidak dibalas.
4. SP2HP belum pernah saya terima. Call center polisi 110 bilang tanya ke Polsek.

Saksi: [[n:{n5}]] ([[p:{hp5}]]), tetangga di [[a:{ad5}]].
Mohon Ombudsman periksa.
""",
        M=(2, 4),
    ),
    T(
        "ombudsman_chronology",
        "tax_business",
        """
Yth. Ombudsman NTT,

Saya [[n:{n1}]], pedagang sembako di Pasar Oeba, NPWP pribadi [[npwp:{npwpd1}]], NIK [[nik:{nik1}]], mau laporkan pelayanan Bapenda soal retribusi dan PBB.

Kronologi:
1) {tg1}: saya bayar PBB rumah (NOP {nop}) Rp {rp} lewat kode bayar {billing}. Status di aplikasi masih "belum lunas".
2) {tg2}: datang ke loket Bapenda, dilayani staf bernama [[n:{n2}]], dia minta saya bawa ulang bukti bayar, KTP dan KK ([[kk:{kk1}]]).
3) {tg3}: saya dapat surat teguran No. {sk} dengan denda Rp {rp2}.
4) Penagih retribusi pasar, Sdr. [[n:{n3}]], juga tarik Rp 5.000 per hari tanpa karcis.

Kios saya bukan di rumah, tapi surat dikirim ke rumah [[a:{adr1}]]. HP [[p:{hp1}]]. Mohon dicek.

Salam, [[n:{g1}]]
""",
    ),
    T(
        "ombudsman_chronology",
        "social_aid",
        """
PENGADUAN MASYARAKAT – BANTUAN BEDAH RUMAH

Kami keluarga [[n:{f1}]] di [[a:{adr1}]], Kel. {kel}, Kec. {kec}.
Kepala keluarga: [[n:{n1}]], NIK [[nik:{nik1}]]
Istri: [[n:{n2}]], NIK [[nik:{nik2}]]
No. KK: [[kk:{kk1}]]
HP: [[p:{hp1}]] / [[p:{hq1}]]

Kronologi:
- Bulan {bln} {thn} rumah kami didata oleh tim kelurahan dan fasilitator [[n:{n3}]] untuk program RTLH. Difoto, diukur, SK penerima No. {sk} keluar dan nama kami ada di nomor urut {num}.
- Material sebagian datang (semen 20 sak, seng 15 lembar), sisanya tidak. Dana tahap 2 Rp {rpb} katanya sudah cair lewat rekening kelompok.
- Ketua kelompok, Bapak [[n:{n4}]], bilang uang dipakai untuk rumah lain. Waktu kami tanya, dia marah.
- Kami lapor ke kelurahan {tgl1}, tidak ada tindak lanjut.
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "ombudsman_chronology",
        "civil_registry",
        """
Kronologi laporan (diketik ulang dari tulisan tangan pelapor)

nama saya [[n:{l1}]], nik [[nik:{nikw1}]] (kata petugas nomor ini salah satu angka, saya juga bingung), tinggal di [[a:{rt1}]] kel {kel}.
saya urus akta kematian suami saya almarhum [[n:{l2}]] (nik [[nik:{nik2}]]) yang meninggal {tg1} di {rs}.
petugas di kelurahan minta surat pengantar RT, sudah ada dari ketua RT pak [[n:{lg3}]]. lalu di dukcapil diminta lagi surat keterangan kematian asli dari rumah sakit.
surat asli ditahan rumah sakit karena tagihan Rp {rp} belum lunas. sudah 4 bulan.
akta kematian saya butuh untuk klaim taspen dan ganti kk [[kk:{kk2}]].
anak saya [[n:{lg4}]] bisa dihubungi [[p:{hp4}]], saya tidak ada hp.
""",
        F=(1,),
        M=(2,),
        fam={4: 2},
    ),
    T(
        "ombudsman_chronology",
        "health",
        """
Kepada Ombudsman RI Perwakilan NTT
Hal: penolakan rujukan bayi

Nama pelapor : [[n:{n1}]] (ayah)
NIK          : [[nik:{nik1}]]
Nama bayi    : By. Ny. [[n:{n2}]], lahir {tgl1} di {pusk}
No. JKN bayi : belum terbit (didaftarkan ikut KK [[kk:{kk1}]])
No. JKN ibu  : [[bpjs:{bpjs2}]]
Alamat       : [[a:{adc1}]], Kel. {kel}
HP           : [[p:{hp1}]]

Bayi kami kuning, puskesmas rujuk ke {rs}, tapi ditolak karena "bayi belum punya kartu". Bidan [[n:{n3}]] sudah telpon ke rumah sakit, diterima sebagai pasien umum dengan deposit Rp {rpb}. Kami tidak mampu. Bayi akhirnya dirawat setelah kepala puskesmas telpon langsung.
Aturan 3x24 jam untuk bayi baru lahir tidak dijalankan. Mohon ditindaklanjuti.
""",
        F=(2, 3),
        M=(1,),
    ),
    T(
        "ombudsman_chronology",
        "land_inheritance",
        """
Kupang, {tg1}
Kepada Yth. Kepala Perwakilan Ombudsman RI Provinsi NTT

Dengan hormat, kami ahli waris almarhum [[n:{n1}]]:
1. [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]]
2. [[n:{n3}]], NIK [[nik:{nik3}]], HP [[p:{hp3}]]
3. [[n:{n4}]], NIK [[nik:{nik4}]]
melaporkan Lurah {kel}, Bapak [[n:{n5}]], yang menolak menandatangani surat keterangan ahli waris tanpa "uang administrasi" Rp {rpb}.

Tanah warisan luas {luas} m2 di Kel. {kel} (NOP {nop}) sekarang dipakai oleh [[n:{n6}]] yang mengaku sudah beli dari salah satu sepupu kami. Kwitansi jual beli yang ditunjukkan tanggal {tgl2}, tanpa tanda tangan kami.

Kami minta kelurahan melayani sesuai aturan. Surat ini ditandatangani ketiga ahli waris.
""",
        fam={2: 1, 3: 1, 4: 1},
        E=(1,),
        M=(1, 5),
    ),
    T(
        "ombudsman_chronology",
        "education",
        """
Perihal: PPDB zonasi – anak kami tidak diterima padahal rumah 400 meter dari sekolah

Orang tua: [[n:{n1}]] & [[n:{n2}]]
NIK ayah [[nik:{nik1}]] / NIK ibu [[nik:{nik2}]]
KK [[kk:{kk1}]] terbit {tgl1} (bukan pindahan baru, kami tinggal di [[a:{ad1}]] sejak {yr})
Calon siswa: [[n:{n3}]], NISN {nisn}, No. pendaftaran {nopend}
Kontak: [[p:{hp1}]], [[e:{em1}]]

Kronologi: pengumuman {tgl2}, nama anak kami tidak ada. Yang diterima ada yang alamatnya di kecamatan lain. Operator sekolah, Sdr. [[n:{n4}]], bilang jarak dihitung dari titik koordinat di aplikasi, bukan alamat KK. Kami minta cetak titik koordinat, ditolak.
Helpdesk PPDB ({owa}) hanya balas template.
Kami mohon Ombudsman minta panitia buka data jarak.
""",
        F=(2,),
        K=(3,),
        fam={3: 1},
        M=(1,),
    ),
    T(
        "ombudsman_chronology",
        "security_scams",
        """
Kronologi penipuan yang mengatasnamakan kantor pos (bantuan sosial)

Korban: [[n:{n1}]], NIK [[nik:{nik1}]], [[a:{adr1}]], Kel. {kel}
Kontak: [[p:{hp1}]]

{tgl1} jam {jam1}: saya ditelpon nomor {scam}, orang itu mengaku petugas Kantor Pos, bilang saya dapat BST Rp {rpb} dan harus bayar "biaya pencairan".
Saya transfer Rp {rp} ke rekening {bank2} [[b:{rek2}]] atas nama [[n:{n2}]] sesuai perintah dia.
{tgl2}: nomor tadi tidak aktif. Saya lapor ke Kantor Pos {kel}, petugas bilang itu penipuan, kantor pos tidak pernah minta biaya.
{tgl3}: saya lapor ke bank, katanya harus ada Laporan Polisi dulu (LP No. {lp}).
Yang saya sesalkan: bank tidak blokir rekening padahal sudah ada LP. Mohon Ombudsman bantu.
""",
    ),
    # ---- without spans
    T(
        "ombudsman_chronology",
        "utilities",
        """
KRONOLOGI (identitas pelapor dirahasiakan atas permintaan pelapor)

Nomor registrasi Ombudsman: {reg}
Terlapor: Dinas PUPR Kota Kupang, Bidang Bina Marga

{tg1}: galian pipa di {jl} ditinggal terbuka sepanjang kurang lebih 200 m tanpa rambu.
{tg2}: dua pengendara jatuh malam hari. Laporan ke Pusdalops BPBD {otel} dan call center 112.
{tg3}: pelapor mengadu lewat SMS 1708 (KOTKUPANG galian di {jl} belum ditutup), tiket {tiket}, status "diteruskan ke OPD".
{tg4}: papan proyek menyebut kontrak No. {sk}, nilai Rp {rpb}, pelaksana {body}, NPWP {npwpx}, masa kerja 90 hari kalender.
{tg5}: lubang masih terbuka. Hotline PUPR {owa} hanya aktif jam 08.00–15.00.

Pelapor meminta Ombudsman melakukan pemeriksaan lapangan.
""",
    ),
    T(
        "ombudsman_chronology",
        "social_aid",
        """
Ringkasan laporan kelompok – Forum Warga Peduli {kel}

Pelapor: pengurus forum (nama dan kontak pada berkas terpisah, mohon dirahasiakan)
Jumlah warga terdampak: {big} KK, tersebar di RT 03 sampai RT 14

1. Tanggal {tgl1} penyaluran BPNT tahap {kecil} di e-Warong {shop}. Warga diminta ambil paket senilai Rp 200.000 padahal saldo Rp 400.000.
2. Struk tidak diberikan; yang ada hanya catatan nomor KKS (format 6013 xxxx xxxx {kode}).
3. Pendamping menyebut harga sesuai "SK harga" No. {sk}, yang tidak pernah ditunjukkan.
4. Warga lapor ke Dinas Sosial lewat WA center {owa}, nomor pengaduan {tiket}.
5. Call center Kemensos 171 meminta laporan lewat kanal daerah.

Kami lampirkan 38 foto paket, daftar harga pasar tanggal {tgl2}, dan rekaman suara.
""",
    ),
    T(
        "ombudsman_chronology",
        "tax_business",
        """
Catatan kronologis dari Ombudsman (ringkasan permintaan klarifikasi)

Nomor: {sk}
Registrasi laporan: {reg}
Kepada: Kepala Bapenda Kota Kupang

Pelapor (identitas dilindungi) menyampaikan bahwa:
a. Pada {tg1} pelapor membayar PBB-P2 untuk NOP {nop} sebesar Rp {rp} melalui kanal pembayaran Bank NTT, kode bayar {billing}, NTPN {ref}.
b. Pada {tg2} pelapor menerima Surat Tagihan Pajak atas NOP yang sama dengan denda Rp {rp2}.
c. Pelapor sudah mengadu ke loket pelayanan dan call center Bapenda {otel}, tiket {tiket}, tanpa jawaban tertulis.

Bapenda diminta memberikan klarifikasi tertulis dalam waktu 14 hari kerja sejak {tg3} ke alamat surat kantor Ombudsman atau surel resmi ntt@ombudsman.go.id.
""",
    ),
    T(
        "ombudsman_chronology",
        "health",
        """
KRONOLOGI – permintaan pelapor: nama tidak dicantumkan

Pasien lansia (82 th) peserta JKN segmen PBI, dirawat di {rs} sejak {tg1}.
- No. SEP {sep}, No. RM {rm}, ruang kelas III.
- {tg2}: keluarga diminta beli obat di luar (apotek {shop}), total Rp {rp}, 3 kali. Nota No. {kode}.
- {tg3}: keluarga tanya ke petugas BPJS Center di rumah sakit, dijawab obat itu "tidak masuk Fornas".
- Pengaduan ke BPJS Kesehatan Cabang Kupang lewat Care Center 165 dan WA Pandawa {owa}, nomor tiket {tiket}.
- {tg4}: pasien pulang, resep lanjutan juga harus beli sendiri Rp {rp2}.

Pelapor minta Ombudsman memeriksa apakah obat tersebut memang di luar Fornas dan mengapa tidak ada pemberitahuan tertulis.
""",
    ),
    T(
        "ombudsman_chronology",
        "civil_registry",
        """
Laporan warga via kanal Ombudsman – kanal daring, identitas disamarkan

Ringkasan: antrean Disdukcapil Kota Kupang
- Kuota harian perekaman KTP-el 60 orang, antrean dibuka jam 07.30 lewat WA {owa}, kuota habis dalam 4 menit.
- Pelapor mencoba {tg1}, {tg2} dan {tg3}, selalu gagal. Nomor antrean yang didapat tetangga: {antri}.
- Di depan kantor ada calo yang menawarkan "jalur cepat" Rp {rp}, pelapor punya rekaman. Mereka pakai WA {scam} dan mengaku staf Dukcapil.
- Surat edaran Disdukcapil No. {sk} menyebut layanan gratis.

Pelapor minta Ombudsman memantau layanan antrean, dan meminta Disdukcapil menambah jam layanan Sabtu.
Ref. laporan: {tiket}
""",
    ),
    T(
        "ombudsman_chronology",
        "land_inheritance",
        """
KRONOLOGI PERMASALAHAN (disusun oleh kuasa pelapor, identitas pada lampiran tertutup)

Objek: tanah {luas} m2, SHM No. {shm}, NIB {nib}, Surat Ukur {su}, NOP {nop}.

{thn}: pemohon mengajukan pemecahan sertifikat di Kantor Pertanahan Kota Kupang, berkas No. {kode}, SPS dibayar Rp {rp} (kode billing {billing}).
{tg1}: pengukuran dilaksanakan.
{tg2}: pemohon diberitahu ada "blokir" atas permintaan pihak lain, tanpa salinan surat.
{tg3}: surat permohonan salinan dikirim, No. {sk}, tidak dijawab.
Call center Kementerian ATR/BPN {cc} dan WA Hotline {owa} hanya memberikan nomor tiket {tiket}.

Mohon Ombudsman meminta klarifikasi dasar blokir.
""",
    ),
    T(
        "ombudsman_chronology",
        "education",
        """
Ringkasan pengaduan – dana PIP tidak diterima siswa

Pelapor: orang tua siswa kelas 5 (identitas dirahasiakan)
Sekolah: {school}, NPSN {npsn}

- Menurut SK penerima PIP No. {sk}, siswa (NISN {nisn}) tercatat penerima Rp 450.000.
- Rekening SimPel siswa di BRI Unit {kel}, tapi buku tabungan dan kartu ATM disimpan pihak sekolah.
- Tanggal {tgl1} saldo ditarik Rp 450.000 (mutasi ref. {ref}) tanpa sepengetahuan orang tua.
- Sekolah bilang uang dipakai untuk beli seragam dan sepatu, tanpa rincian.
- Helpdesk PIP 177 dan WA Disdik {owa} sudah dihubungi, tiket {tiket}.

Pelapor minta buku tabungan dikembalikan ke orang tua.
""",
    ),
]

# ---- lapor_family_block: SP4N-LAPOR! reports with identity blocks pasted for a whole family
TEMPLATES += [
    T(
        "lapor_family_block",
        "civil_registry",
        """
Judul Laporan: Data KK ganda, anak tidak bisa daftar sekolah
Kategori: Administrasi Kependudukan | Instansi tujuan: Disdukcapil Kota Kupang
Isi Laporan:
Selamat siang admin LAPOR!. Saya mau lapor KK kami ganda. Waktu anak daftar PPDB, NIK anak terbaca di 2 KK berbeda: KK lama [[kk:{kk1}]] dan KK baru punya adik ipar saya [[kk:{kk5}]]. Sudah 3x ke Dukcapil, disuruh tunggu "sinkronisasi pusat".
Data keluarga kami:
1. [[n:{N1}]] – Kepala Keluarga – NIK [[nik:{nik1}]]
2. [[n:{N2}]] – Istri – NIK [[nik:{nik2}]]
3. [[n:{N3}]] – Anak – NIK [[nik:{nik3}]]
4. [[n:{N4}]] – Anak – NIK [[nik:{nik4}]]
Alamat [[a:{adr1}]], Kel. {kel}, Kec. {kec}. HP [[p:{hp1}]].
Lampiran: KK_lama.jpg, KK_baru.jpg, Screenshot_{thn}0{kecil}12-101455_PPDB.jpg
Tanggal kejadian: {tgl1} | Lokasi: Kantor Disdukcapil Kota Kupang
Status: Menunggu verifikasi | Tracking ID: {tiket}
""",
        F=(2,),
        K=(3, 4),
        fam={3: 1, 4: 1},
        M=(1,),
    ),
    T(
        "lapor_family_block",
        "social_aid",
        """
LAPOR! – Laporan {tiket}
Judul: Bantuan BLT Dana Kelurahan tidak sampai ke lansia
Pelapor: [[n:{n1}]] (tidak anonim, tidak rahasia)

Sy [[n:{g1}]], anak dari Opa [[n:{n2}]] dan Oma [[n:{n3}]]. Nama opa oma ada di daftar penerima BLT di papan kelurahan {kel} (nomor urut {num} dan {num2}), tapi waktu pembagian {tgl1} petugas bilang "sudah diambil". Sy tidak pernah kasih kuasa ke siapa-siapa.
Berikut data mereka (dari KK [[kk:{kk2}]]):
- [[n:{n2}]], NIK [[nik:{nik2}]], lahir {lahir2}
- [[n:{n3}]], NIK [[nik:{nik3}]], lahir {lahir3}
Alamat: [[a:{adr2}]]
Yang tanda tangan di daftar ambil uang tulis nama "[[n:{g4}]]", sy tidak kenal.
HP sy [[p:{hp1}]]. Mohon ditindaklanjuti Dinas Sosial / kelurahan.
""",
        M=(2,),
        F=(3,),
        E=(2, 3),
        fam={1: 2, 3: 2},
    ),
    T(
        "lapor_family_block",
        "health",
        """
Judul: Peserta PBI dinonaktifkan tanpa pemberitahuan – satu keluarga 5 orang
Isi:
Kepada BPJS Kesehatan dan Dinas Sosial Kota Kupang. Kartu KIS kami sekeluarga tiba-tiba non aktif waktu anak masuk {pusk} tanggal {tgl1}. Kami masih miskin, rumah belum berubah, suami kerja buruh bangunan.
Identitas:
Nama KK: [[n:{n1}]] | NIK [[nik:{nik1}]] | KIS [[bpjs:{bpjs1}]]
Istri: [[n:{n2}]] | NIK [[nik:{nik2}]] | KIS [[bpjs:{bpjs2}]]
Anak: [[n:{n3}]] | NIK [[nik:{nik3}]] | KIS [[bpjs:{bpjs3}]]
Anak: [[n:{n4}]] | NIK [[nik:{nik4}]] | KIS [[bpjs:{bpjs4}]]
Anak: [[n:{n5}]] | NIK [[nik:{nik5}]] | KIS [[bpjs:{bpjs5}]]
No. KK [[kk:{kk1}]]
Alamat [[a:{rt1}]], Kel. {kel}
Kontak: [[p:{hp2}]] (HP istri)
Kami sudah ke kantor BPJS di Jl. Palapa, disuruh ke Dinsos untuk usul ulang DTKS. Di Dinsos disuruh tunggu verval bulan depan.
""",
        F=(2,),
        K=(3, 4, 5),
        fam={3: 1, 4: 1, 5: 1},
        M=(1,),
    ),
    T(
        "lapor_family_block",
        "civil_registry",
        """
Judul Laporan: NIK istri "tidak ditemukan" di aplikasi bank
Isi Laporan: Saya [[n:{n1}]] mau buka rekening untuk istri saya [[n:{n2}]] di {bnk} cabang {kel}. CS bank bilang NIK istri tidak ditemukan di database Dukcapil. Di KK saya (No. [[kk:{kk1}]]) NIK istri tercatat [[nik:{nik2}]], tapi di KTP-el dia tertulis [[nik:{nikw2}]], ada beda satu angka.
Saya sendiri NIK [[nik:{nik1}]], tidak ada masalah.
Sudah lapor ke Dukcapil loket pengaduan tanggal {tgl1}, disuruh isi formulir F-1.06 dan tunggu. Nomor antrian {antri}.
Mohon dibantu karena istri mau terima gaji pertama.
Kontak: [[p:{hp1}]] / [[e:{em1}]]
Alamat: [[a:{adr1}]], Kel. {kel}, Kupang
Lampiran: KTP_[[nik:{nikb2}]].jpg, KK.pdf
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "lapor_family_block",
        "education",
        """
LAPOR! | Kategori: Pendidikan | Disposisi: Dinas Pendidikan dan Kebudayaan Kota Kupang
Judul: KIP anak saya dicairkan oleh orang lain

Isi: Anak saya [[n:{n3}]] kelas {kelas} di {school} terdaftar penerima PIP tahun {thn} (NISN {nisn}). Waktu saya cek di SIPINTAR, dana Rp 450.000 sudah "cair" tanggal {tgl1} lewat BRI. Kami tidak pernah terima buku tabungan.
Data orang tua:
Ayah : [[n:{n1}]], NIK [[nik:{nik1}]], pekerjaan nelayan
Ibu  : [[n:{n2}]], NIK [[nik:{nik2}]], IRT
KK   : [[kk:{kk1}]]
Alamat: [[a:{adr1}]], Kel. {kel}
No. HP ayah [[p:{hp1}]], ibu [[p:{hp2}]]
Kata operator sekolah, Pak [[n:{g4}]], buku tabungan dipegang wali kelas. Wali kelas bilang tidak tahu.
Mohon usut.
""",
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "lapor_family_block",
        "social_aid",
        """
Judul: Usulan DTKS ditolak karena "data ganda" – mohon klarifikasi
Saya [[n:{n1}]], NIK [[nik:{niks1}]], KK [[kk:{kks1}]], ibu rumah tangga, suami [[n:{n2}]] (NIK [[nik:{niks2}]]) sakit stroke sejak {yr}.
Anak:
a. [[n:{g3}]] ({umur3} th), NIK [[nik:{nik3}]]
b. [[n:{g4}]] ({umur4} th), NIK [[nik:{nik4}]]
Rumah kontrak di [[a:{adr1}]], Kel. {kel}, pemilik rumah Bapak [[n:{n5}]].
Usulan lewat kelurahan bulan {bln} ditolak di SIKS-NG, keterangan "NIK ganda". Padahal NIK kami semua sudah padan (sudah cek di Dukcapil, nomor bukti {kode}).
Pendamping TKSK kecamatan, Ibu [[n:{n6}]], bilang harus ulang tahun depan. Kami butuh bantuan sekarang untuk obat bapak.
HP: [[p:{hp1}]]
""",
        F=(1,),
        M=(2,),
        K=(3, 4),
        fam={3: 2, 4: 2},
    ),
    T(
        "lapor_family_block",
        "land_inheritance",
        """
Judul Laporan: Permohonan mediasi sengketa batas tanah dengan tetangga
Instansi: Kelurahan {kel} / Kecamatan {kec}
Isi: Kami keluarga [[n:{f1}]] sudah tinggal di [[a:{ad1}]] sejak {yr}. Tetangga sebelah, [[n:{n2}]] (rumahnya [[a:{ad2}]]), bangun tembok masuk ke tanah kami sekitar 1,5 meter. Sertifikat kami SHM No. {shm}, NIB {nib}.
Sudah lapor ke Ketua RT, Bapak [[n:{n3}]] (HP [[p:{hp3}]]), mediasi {tgl1} gagal. Pak Lurah bilang harus ukur ulang dari BPN, biaya Rp {rp}.
Data pelapor:
[[n:{n1}]] | NIK [[nik:{nik1}]] | HP [[p:{hp1}]]
[[n:{n4}]] (istri) | NIK [[nik:{nik4}]]
Saksi: Om [[n:{n5}]], tetangga depan.
Mohon kelurahan fasilitasi mediasi kedua dengan BPN.
""",
        F=(4,),
        M=(1,),
    ),
    T(
        "lapor_family_block",
        "civil_registry",
        """
Judul: Akta kelahiran anak salah nama ayah
Isi Laporan:
Akta kelahiran anak kami No. {akta} tertulis nama ayah "[[n:{n6}]]", yang benar [[n:{n1}]]. Di KK [[kk:{kk1}]] sudah benar. Petugas Dukcapil bilang harus sidang di pengadilan, biaya Rp {rpb}.
Data:
Nama anak : [[n:{n3}]]
NIK anak  : [[nik:{nik3}]] (NIK anak di akta juga [[nik:{nik3}]])
Ayah      : [[n:{n1}]], NIK [[nik:{nik1}]]
Ibu       : [[n:{n2}]], NIK [[nik:{nik2}]]
Alamat    : [[a:{adr1}]], {kel}
Telp      : [[p:{hp1}]]
Email     : [[e:{em1}]]
Padahal salahnya waktu input petugas, bukan dari kami. Formulir yang kami isi tahun {yr} masih ada fotokopinya. Mohon dibetulkan tanpa sidang.
""",
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "lapor_family_block",
        "utilities",
        """
LAPOR! {tiket} – Kategori: Energi dan Sumber Daya Mineral
Judul: Pasang baru listrik sudah bayar, 5 bulan belum menyala

Pelapor: [[n:{n1}]], NIK [[nik:{nik1}]]
Alamat pemasangan: [[a:{adr1}]], Kel. {kel} (rumah sendiri)
HP: [[p:{hp1}]]

Kronologi: Tanggal {tgl1} daftar pasang baru 1.300 VA lewat aplikasi PLN Mobile, nomor registrasi {ref}, bayar BP Rp {rp} (kode bayar {billing}). Instalatir dari {body}, Sdr. [[n:{n2}]] ([[p:{hp2}]]), minta tambahan Rp {rp2} untuk SLO. Sudah saya transfer ke rekening pribadinya {bank2} [[b:{rek2}]] a.n. [[n:{n2}]].
Sampai sekarang meter belum dipasang. Call center PLN 123 bilang tunggu material.
Rumah mertua saya, Bapak [[n:{n3}]] di [[a:{ad3}]], juga daftar bulan yang sama, sudah menyala. Kenapa beda?
""",
    ),
    T(
        "lapor_family_block",
        "health",
        """
Judul: Keluhan imunisasi dan data KIA anak
Isi: Selamat pagi. Sy [[n:{g1}]] dari [[a:{rt1}]] Kel. {kel}, mama dari [[n:{n3}]] (umur 11 bulan). Waktu posyandu di {pusk} tanggal {tgl1}, kader [[n:{g4}]] bilang nama anak sy tidak ada di register, jadi tidak dapat imunisasi campak. Buku KIA sy tercatat lengkap.
Data anak (dari KK [[kk:{kk2}]]):
Nama: [[n:{N3}]]
NIK: [[nik:{nik3}]]
Tgl lahir: {tgl2}
Ayah: [[n:{N2}]], NIK [[nik:{nik2}]]
Ibu: [[n:{N1}]], NIK [[nik:{nik1}]]
HP: [[p:{hp1}]]
Mohon dinas kesehatan cek data posyandu. Sy juga mau tanya kenapa harus bayar Rp 10.000 untuk buku KIA baru.
""",
        F=(1,),
        M=(2,),
        B=(3,),
        fam={3: 2},
    ),
    T(
        "lapor_family_block",
        "tax_business",
        """
Judul: NPWP suami istri jadi satu, SPT istri ditolak
Isi Laporan:
Saya [[n:{n2}]], guru honor, NPWP [[npwp:{npwpd2}]] (terdaftar {yr}). Suami saya [[n:{n1}]] NPWP [[npwp:{npwpn1}]] (sudah NIK). Waktu lapor SPT Tahunan di DJP Online, sistem bilang NPWP saya "digabung" ke suami, padahal kami pisah harta (ada akta perjanjian kawin No. {kode}).
KPP Pratama Kupang (telp {otel}) minta datang bawa KK [[kk:{kk1}]] dan KTP.
Data tambahan:
NIK saya [[nik:{nik2}]]
NIK suami [[nik:{nik1}]]
Email DJP saya [[e:{em2}]]
HP [[p:{hp2}]]
Alamat [[a:{adr1}]], Kel. {kel}
Saya sudah kirim surat ke informasi@pajak.go.id, balasan otomatis saja.
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "lapor_family_block",
        "security_scams",
        """
Judul: Data KTP dan KK keluarga dipakai pinjol
Isi: Mohon bantuan. Nama dan NIK saya dipakai orang untuk pinjaman online. Debt collector telpon ke saya, istri dan anak, bilang saya pinjam Rp {rp}. Saya tidak pernah daftar.
Data yang dipakai (saya lihat di SMS penagihan):
Nama: [[n:{N1}]]
NIK: [[nik:{nik1}]]
No. KK: [[kk:{kk1}]]
HP yang didaftarkan: {scam} (bukan nomor saya)
Rekening pencairan: {bank2} [[b:{rek2}]] a.n. [[n:{N2}]]
Nomor saya yang asli [[p:{hp1}]], istri [[n:{n3}]] [[p:{hp3}]].
Saya sudah lapor ke Polsek (STPL No. {lp}) dan ke OJK lewat 157. Mohon Dukcapil juga cek siapa yang akses data kami.
Alamat: [[a:{adr1}]]
""",
        F=(3,),
        M=(1,),
    ),
    T(
        "lapor_family_block",
        "education",
        """
Judul: Surat pindah sekolah ditahan
Isi Laporan: Kami pindah tugas dari {town} ke Kupang. Anak kami [[n:{n3}]] (NISN {nisn}) dan [[n:{n4}]] (NISN {nisn2}) mau masuk {school}. Sekolah asal tidak mau kasih surat pindah sebelum kami bayar "uang perpisahan" Rp {rp} per anak.
Ayah: [[n:{n1}]], NIP {nip}, HP [[p:{hp1}]]
Ibu: [[n:{n2}]], HP [[p:{hp2}]]
KK: [[kk:{kk1}]]
Alamat sekarang: [[a:{adc1}]], Kel. {kel}
Alamat lama: [[a:{ad5}]], {town}
Kepala sekolah asal, Ibu [[n:{n6}]], bilang itu kesepakatan komite. Mohon Dinas Pendidikan bantu.
""",
        F=(2,),
        K=(3, 4),
        fam={3: 1, 4: 1},
    ),
    T(
        "lapor_family_block",
        "social_aid",
        """
LAPOR! – laporan diteruskan ke Dinas Sosial Kota Kupang
Judul: Bantuan untuk disabilitas tidak pernah sampai
Isi: Sy [[n:{n1}]] melaporkan atas nama adik sy [[n:{n2}]] (tunanetra, {umur2} th). Dia terdaftar penerima ATENSI tahun {thn}, tapi bantuan alat bantu dan uang tidak pernah diterima. Pendamping bilang "sudah diserahkan ke keluarga".
Data adik:
NIK [[nik:{nik2}]]
KK [[kk:{kk2}]] (ikut KK mama kami [[n:{n3}]], NIK [[nik:{nik3}]])
Alamat [[a:{adr3}]], Kel. {kel}
Kontak sy: [[p:{hp1}]], email [[e:{emx1}]]
Yang terima katanya tanda tangan atas nama "[[n:{g4}]]", tidak ada di keluarga kami.
""",
        fam={2: 3},
        F=(3,),
    ),
    T(
        "lapor_family_block",
        "land_inheritance",
        """
Judul: Pembagian warisan rumah, kelurahan minta biaya
Isi Laporan: Bapak kami [[n:{n1}]] meninggal {tg1}. Kami ahli waris:
1. [[n:{n2}]] (istri), NIK [[nik:{nik2}]], HP [[p:{hp2}]]
2. [[n:{n3}]] (anak), NIK [[nik:{nik3}]], HP [[p:{hp3}]]
3. [[n:{n4}]] (anak), NIK [[nik:{nik4}]], tinggal di {town}
Rumah warisan di [[a:{adr1}]], Kel. {kel}, SHM No. {shm} a.n. almarhum.
Untuk surat keterangan waris, staf kelurahan Sdr. [[n:{n5}]] minta Rp {rp}, katanya "biaya materai dan saksi". Tidak ada kuitansi.
Kami minta penjelasan dasar biaya ini.
""",
        M=(1,),
        F=(2,),
        E=(1,),
        fam={3: 1, 4: 1},
    ),
    T(
        "lapor_family_block",
        "health",
        """
Judul: Rujukan cuci darah dipersulit
Isi: Suami saya [[n:{n1}]] pasien cuci darah 2x seminggu di {rs}. Sejak {bln}, rujukan dari {pusk} hanya dikasih 1 bulan, harus antre lagi dari subuh. Dokter puskesmas dr. [[n:{n3}]] bilang aturan baru.
Data pasien:
No. JKN [[bpjs:{bpjs1}]]
NIK [[nik:{nik1}]]
No. RM RS {rm}
Penjamin: PBI JK
Saya istrinya, [[n:{n2}]], HP [[p:{hp2}]], [[a:{adr1}]], Kel. {kel}.
Kami tidak punya kendaraan, ojek pulang pergi Rp {rpk}. Mohon kebijakan rujukan pasien kronis.
""",
        F=(2,),
        M=(1,),
    ),
    # ---- without spans
    T(
        "lapor_family_block",
        "civil_registry",
        """
LAPOR! – Laporan {tiket}
Judul: Blanko KTP-el kosong di Kecamatan {kec}
Pelapor: Anonim | Rahasia: Ya
Isi: Sudah 3 bulan perekaman di kecamatan jalan, tapi cetak KTP-el selalu "blanko kosong". Surat keterangan (Suket) masih dipakai, tapi bank dan BPJS tidak terima suket. Antrean di Dukcapil {jlno} mulai jam 05.00, nomor antrean saya kemarin {antri}.
Surat Edaran Dirjen Dukcapil No. {sk} bilang blanko cukup.
Mohon jadwal cetak yang jelas.
Lampiran: IMG_{thn}{kecil}14_093311.jpg, IMG_{thn}{kecil}14_093402.jpg
Tanggal kejadian: {tgl1} | Lokasi: Kantor Camat {kec}
Tindak lanjut Disdukcapil ({tgl2}): blanko tahap berikut dijadwalkan tiba {tgl3}, kuota 1.500 keping. Informasi lanjut di call center Dukcapil {otel} atau WA {owa} (hari kerja 08.00–14.00).
""",
    ),
    T(
        "lapor_family_block",
        "utilities",
        """
Laporan {tiket} | Kategori: Lingkungan Hidup dan Kehutanan | Pelapor: Anonim
Judul: Sampah tidak diangkut 2 minggu di TPS {kel}
Isi: Truk sampah DLHK sudah 14 hari tidak angkut di TPS dekat Pasar {kel}. Bau, lalat, anak-anak sakit perut. Retribusi sampah tetap ditagih Rp 10.000 per rumah per bulan lewat tagihan air (ID pel {idpel}, total tagihan {bln} Rp {rp}).
Warga RT 05 sampai RT 11 sudah bakar sendiri sebagian.
Tindak lanjut DLHK Kota Kupang ({tgl1}): "Armada sedang perbaikan. Pengangkutan dijadwalkan ulang tanggal {tgl2}. Pengaduan dapat juga disampaikan ke call center DLHK {otel} atau WA {owa}."
Pelapor ({tgl3}): belum diangkut.
Status: Diproses instansi
""",
    ),
    T(
        "lapor_family_block",
        "social_aid",
        """
Tindak lanjut Dinas Sosial Kota Kupang atas laporan {tiket}

Terima kasih atas laporan Saudara/i. Berdasarkan hasil verifikasi tanggal {tgl1}:
1. KPM dengan ID DTKS {dtks} berstatus aktif pada tahap {kecil} tahun {thn}.
2. Bantuan tahap berjalan sebesar Rp {rp} telah disalurkan melalui rekening KKS Bank Himbara pada {tgl2} (ref. {ref}).
3. Apabila dana belum diterima, silakan datang ke kantor Dinas Sosial, {jlno}, dengan membawa KKS dan KTP asli, atau menghubungi WA Center PKH {owa}.
4. Nomor {scam} yang mengatasnamakan Dinas Sosial bukan nomor resmi. Dinas Sosial tidak memungut biaya apa pun.
Surat No. {sk}
Admin SP4N-LAPOR! Dinas Sosial
""",
    ),
    T(
        "lapor_family_block",
        "health",
        """
LAPOR! {tiket}
Judul: Antrian online RSUD tidak sesuai
Pelapor: Rahasia
Isi: Sudah daftar online lewat aplikasi Mobile JKN, dapat nomor antrean {antri} untuk poli penyakit dalam jam 08.00. Sampai di {rs} jam 07.30, disuruh ambil antrean ulang di mesin, dapat nomor {antri2}. Baru dilayani jam 14.10.
Kode booking {kode}, No. SEP {sep}, No. RM {rm}.
Kalau antrean online tidak dipakai untuk apa ada di aplikasi? Orang tua saya 74 tahun duduk 6 jam.
Tanggapan {rs} ({tgl1}): mohon maaf, sedang integrasi sistem antrean. Pengaduan lanjut dapat ke Unit Pengaduan RS (telp {otel}, jam kerja) atau SMS 1708.
""",
    ),
    T(
        "lapor_family_block",
        "tax_business",
        """
LAPOR! {tiket} – Kategori: Perpajakan Daerah – Pelapor: Anonim
Judul: Tagihan PBB naik 4 kali lipat
Isi: PBB rumah kami (NOP {nop}) tahun lalu Rp {rp}, tahun {thn} jadi Rp {rp2}. NJOP naik tanpa sosialisasi. Kode bayar {billing}, jatuh tempo 31 Agustus.
Tetangga juga sama, satu jalan naik semua.
Jawaban Bapenda Kota Kupang ({tgl1}): kenaikan NJOP berdasarkan Perwali No. {sk}. Wajib pajak dapat mengajukan keberatan paling lambat 3 bulan sejak SPPT diterima, dengan formulir di loket Bapenda ({jlno}) atau email bapenda@kupangkota.go.id, call center {otel}.
Pelapor ({tgl2}): formulir keberatan sudah dimasukkan, tanda terima No. {kode}.
""",
    ),
    T(
        "lapor_family_block",
        "education",
        """
Laporan {tiket} (Pelapor: anonim)
Judul: Sekolah minta sumbangan Rp 1.500.000 untuk pagar
Isi: {school} edarkan surat No. {sk} tanggal {tgl1}: setiap siswa "sumbangan sukarela" Rp 1.500.000, transfer ke rekening komite Bank NTT {rekntt} a.n. Komite {school}. Yang belum bayar tidak boleh ambil rapor. NPWP komite di kwitansi {npwpx}.
Operator sekolah sebut ada {big} siswa.
Tanggapan Dinas Pendidikan ({tgl2}): sudah dilakukan pembinaan, sumbangan tidak boleh ditentukan nominal dan waktu. Pengaduan lanjutan: WA {owa}.
""",
    ),
]

# ---- police_statement: statements and reports written like police papers
TEMPLATES += [
    T(
        "police_statement",
        "security_scams",
        """
SURAT PERNYATAAN / LAPORAN KEHILANGAN

Yang bertanda tangan di bawah ini:
Nama            : [[n:{N1}]]
Tempat/Tgl Lahir: {ttl1}
NIK             : [[nik:{nik1}]]
Pekerjaan       : Wiraswasta
Alamat          : [[a:{AD1}]], [[a:{RT1}]], Kel. {KEL}, Kec. {KEC}
No. HP          : [[p:{hp1}]]

Menerangkan bahwa pada hari {hari} tanggal {tg1} sekitar jam {jam1} WITA, di sekitar Pasar Inpres Naikoten, saya telah kehilangan dompet warna coklat berisi: KTP-el a.n. saya sendiri, KK No. [[kk:{kk1}]], kartu ATM {bank1} (rekening [[b:{rek1}]]), SIM C No. {sim}, STNK sepeda motor nopol [[pl:{pl1}]], kartu JKN-KIS [[bpjs:{bpjs1}]], dan uang tunai Rp {rp}.
Surat ini dibuat untuk pengurusan dokumen pengganti.
Saksi: [[n:{n2}]] (istri), HP [[p:{hp2}]].

Kupang, {tg1}
Pelapor,
[[n:{N1}]]
""",
        F=(2,),
    ),
    T(
        "police_statement",
        "security_scams",
        """
LAPORAN PENGADUAN
Kepada Yth. Kapolresta Kupang Kota, c.q. Kasat Reskrim

Pelapor  : [[n:{n1}]], umur {umur1} th, NIK [[nik:{nik1}]], [[a:{adr1}]], Kel. {kel}, HP [[p:{hp1}]]
Terlapor : [[n:{n2}]], alamat [[a:{ad2}]], Kel. {kel2}, HP [[p:{hp2}]]

Uraian: Pada {tg1} terlapor meminjam mobil saya Toyota Avanza nopol [[pl:{pl1}]] untuk antar keluarga ke {town}, janji kembali 3 hari. Sampai hari ini ({tg2}) mobil tidak dikembalikan, terlapor tidak bisa dihubungi. Informasi dari sepupunya, Sdr. [[n:{n3}]], mobil sudah digadai di {town} Rp {rpb}.
Kerugian: kurang lebih Rp {rpb2}.
Saksi: 1. [[n:{n4}]] ([[p:{hp4}]]); 2. [[n:{n5}]].
Bukti: fotokopi BPKB No. {kode}, STNK, foto chat WA.
Demikian laporan ini saya buat dengan sebenarnya.
""",
    ),
    T(
        "police_statement",
        "land_inheritance",
        """
SURAT PERNYATAAN TIDAK SENGKETA DAN KRONOLOGI ANCAMAN

Saya [[n:{n1}]], NIK [[nik:{nik1}]], pemilik tanah SHM No. {shm} di Kel. {kel} (luas {luas} m2), tinggal di [[a:{adr1}]], menyatakan:
1. Tanah tersebut saya beli dari Bapak [[n:{n2}]] tahun {yr} dengan akta jual beli PPAT No. {kode}.
2. Pada {tg1} jam {jam1}, datang Sdr. [[n:{n3}]] bersama 4 orang, membawa parang, mencabut patok dan mengatakan tanah itu tanah suku keluarga [[n:{f3}]].
3. Pada {tg2} istri saya [[n:{n4}]] diancam lewat telepon dari nomor [[p:{hp3}]] (nomor yang biasa dipakai Sdr. [[n:{g3}]]).
4. Kejadian sudah dilaporkan ke Bhabinkamtibmas Kel. {kel}, Aipda [[n:{n5}]].
Saya mohon perlindungan. HP saya [[p:{hp1}]].
""",
        F=(4,),
        M=(1,),
    ),
    T(
        "police_statement",
        "security_scams",
        """
BERITA ACARA (catatan pengaduan di SPKT, disalin ulang oleh pelapor)

Hari/tanggal : {hari}, {tg1}, jam {jam1} WITA
Pelapor      : [[n:{n1}]], {umur1} th, Swasta
NIK          : [[nik:{nik1}]]
Alamat       : [[a:{adr1}]], Kel. {kel}
Telp         : [[p:{hp1}]]
Kejadian     : penipuan jual beli online
Uraian       : Pelapor membeli HP bekas lewat Facebook Marketplace dari akun "Jual Beli Kupang Murah". Penjual mengaku bernama [[n:{n2}]] dan minta transfer ke {bank2} [[b:{rek2}]] a.n. [[n:{N2}]] sebesar Rp {rp}. Barang tidak dikirim. Penjual pakai WA [[p:{hp2}]], sekarang memblokir pelapor.
Saksi        : [[n:{n3}]] (kakak pelapor), [[a:{ad3}]]
Petugas penerima: Bripka [[n:{n4}]], NRP {nrp}
No. STPL     : {lp}
""",
        M=(4,),
    ),
    T(
        "police_statement",
        "education",
        """
Kepada Yth. Kapolsek {kec}

Perihal: Laporan dugaan kekerasan terhadap anak di sekolah

Saya [[n:{n1}]], NIK [[nik:{nik1}]], orang tua dari [[n:{n3}]] (kelas {kelas} {school}, umur {umur3} th), alamat [[a:{adr1}]], Kel. {kel}, HP [[p:{hp1}]], melaporkan:
Pada {tg1} sekitar jam 10.00, anak saya dipukul di kepala oleh teman sekelasnya [[n:{n4}]] dan dua temannya di belakang kelas. Anak saya pingsan, dibawa ke {pusk}, hasil visum No. {kode}.
Wali kelas, Ibu [[n:{n5}]], tidak memberi tahu kami, kami tahu dari tetangga Mama [[n:{n6}]].
Orang tua pelaku, Bapak [[n:{n7}]] ([[p:{hp7}]]), menolak mediasi.
Kami minta kasus ini ditangani sesuai UU Perlindungan Anak.
""",
        K=(3, 4),
        fam={3: 1, 4: 7},
        M=(7,),
    ),
    T(
        "police_statement",
        "tax_business",
        """
LAPORAN POLISI – UPAYA PENIPUAN BERMODUS PAJAK

Pelapor: [[n:{n1}]], pemilik usaha dagang perorangan (kios bahan bangunan), NPWP pribadi [[npwp:{npwp1}]], NIK [[nik:{nik1}]], alamat rumah/usaha [[a:{adr1}]] (rumah sendiri), Kel. {kel}, HP [[p:{hp1}]].

Pada {tg1} pelapor menerima surat berkop KPP Pratama Kupang No. {sk} yang menyatakan tunggakan pajak Rp {rpb} dan meminta transfer ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]. Surat ditandatangani "[[n:{n3}]], Kepala Seksi Penagihan".
Pelapor konfirmasi ke KPP (telp {otel}), dijawab surat palsu dan tidak ada pegawai bernama itu. Pembayaran pajak resmi hanya lewat kode billing.
Pelapor belum transfer. Mohon ditindaklanjuti agar tidak ada korban lain.
Lampiran: amplop, surat, foto kurir yang antar (motor nopol [[pl:{pl4}]]).
""",
    ),
    T(
        "police_statement",
        "social_aid",
        """
SURAT PERNYATAAN BERSAMA
Kami yang bertanda tangan di bawah ini, penerima bantuan sosial di Kel. {kel}:
1. [[n:{n1}]], NIK [[nik:{nik1}]], [[a:{rt1}]]
2. [[n:{n2}]], NIK [[nik:{nik2}]], [[a:{rt2}]]
3. [[n:{n3}]], NIK [[nik:{nik3}]], [[a:{rt3}]]
4. [[n:{n4}]], NIK [[nik:{nik4}]], [[a:{rt4}]]
menyatakan dengan sebenarnya bahwa kartu KKS dan PIN kami dipegang oleh Sdr. [[n:{n5}]] (koordinator kelompok) sejak {yr}. Setiap pencairan kami hanya menerima Rp 200.000 dari seharusnya Rp 600.000.
Kami melaporkan hal ini kepada Polresta Kupang Kota dan Dinas Sosial.
Narahubung: [[n:{g1}]] [[p:{hp1}]]
Kupang, {tg1}
""",
        F=(1, 2),
    ),
    T(
        "police_statement",
        "security_scams",
        """
Kronologi kejadian (dilampirkan pada Laporan Polisi No. {lp})

Saya [[n:{n1}]], tinggal di [[a:{adr1}]]. Hari {hari}, {tg1} jam {jam1} anak saya [[n:{n2}]] ({umur2} th) dijemput orang yang mengaku teman sekolah, naik motor Vario hitam nopol [[pl:{pl3}]]. Sampai malam tidak pulang.
Jam 23.10 saya terima WA dari nomor [[p:{hp3}]], orang itu mengaku bernama [[n:{g3}]] dan minta tebusan Rp {rpb} dikirim ke {wal3} [[p:{hq3}]].
{tg2} pagi anak saya ditemukan oleh warga, Om [[n:{n4}]], di dekat Pantai Lasiana dalam keadaan lemas. Dia cerita dibawa ke rumah di [[a:{ad3}]].
Mohon polisi tangkap pelaku. HP saya [[p:{hp1}]], suami [[n:{n5}]] [[p:{hp5}]].
""",
        K=(2,),
        fam={2: 5},
        F=(1,),
    ),
    T(
        "police_statement",
        "civil_registry",
        """
SURAT KETERANGAN TANDA LAPOR KEHILANGAN (isi yang ditulis pelapor)

Nomor: {lp}
Pada hari ini {hari}, {tg1}, telah datang melapor:
Nama      : [[n:{N1}]]
Tmp/Tgl lhr: {ttl1}
Agama     : Kristen Protestan
Pekerjaan : Mahasiswa
Alamat    : [[a:{ADR1}]], KEL. {KEL}
NIK       : [[nik:{nik1}]]
Telah kehilangan: 1 (satu) lembar Kartu Keluarga asli No. [[kk:{kk1}]] a.n. Kepala Keluarga [[n:{N2}]], dan 1 (satu) buku tabungan {bank1} No. Rek [[b:{rek1}]].
Hilang di sekitar kampus Undana Penfui pada {tg2}.
Surat ini berlaku 30 hari untuk pengurusan di Disdukcapil dan bank.
Pelapor: [[n:{N1}]] (HP [[p:{hp1}]])
""",
        fam={1: 2},
    ),
    T(
        "police_statement",
        "utilities",
        """
Kepada Yth. Kapolsek Kelapa Lima

Perihal: Pengaduan pengrusakan pipa dan pencurian air

Saya [[n:{n1}]], pelanggan PDAM No. samb {samb}, tinggal di [[a:{adr1}]], Kel. {kel}, HP [[p:{hp1}]], melaporkan bahwa pipa sambungan rumah saya dipotong dan disambung ke rumah Sdr. [[n:{n2}]] ([[a:{ad2}]]) pada malam {tg1}. Tetangga saya Ibu [[n:{n3}]] melihat Sdr. [[n:{g2}]] dan seorang tukang bernama [[n:{g4}]] bekerja jam 22.00.
Tagihan saya naik jadi Rp {rp} padahal air di rumah saya kering. Meter air No. {meter}.
Petugas PDAM, Pak [[n:{n5}]] (NIP {nip}), sudah cek dan buat berita acara No. {sk}.
Mohon diproses.
""",
        F=(3,),
    ),
    T(
        "police_statement",
        "health",
        """
PENGADUAN
Kepada: Kepala Kepolisian Resor Kota Kupang

Saya [[n:{n1}]], NIK [[nik:{nik1}]], suami dari almarhumah [[n:{n2}]] (NIK [[nik:{nik2}]], No. JKN [[bpjs:{bpjs2}]]) yang meninggal saat persalinan di klinik praktik bidan di [[a:{ad6}]] pada {tg1}.
Bidan [[n:{n3}]] tidak merujuk istri saya ke rumah sakit walaupun perdarahan sejak jam {jam1}. Istri baru dibawa ke {rs} jam {jam2} dan meninggal dalam perjalanan.
Saksi: ibu mertua saya [[n:{n4}]] ([[p:{hp4}]]) dan tetangga [[n:{n5}]].
Alamat saya [[a:{adr1}]], Kel. {kel}. HP [[p:{hp1}]].
Mohon kasus ini diusut.
""",
        F=(2, 3, 4),
        M=(1,),
    ),
    T(
        "police_statement",
        "security_scams",
        """
Kepada Yth. Kanit Reskrim Polsek Oebobo

Saya [[n:{n1}]], ibu rumah tangga, NIK [[nik:{nik1}]], alamat [[a:{adc1}]], Kel. {kel}, melaporkan arisan online yang dikelola Sdri. [[n:{n2}]] (akun FB "[[n:{g2}]] Arisan Kupang", WA [[p:{hp2}]]).
Total setoran saya Rp {rpb}, ditransfer ke rekening {bank2} [[b:{rek2}]] a.n. [[n:{N2}]] dan ke {wal2} [[p:{hq2}]] milik dia. Anggota lain yang juga dirugikan:
- [[n:{n3}]], [[p:{hp3}]], rugi Rp {rp}
- [[n:{n4}]], [[p:{hp4}]], rugi Rp {rp2}
- [[n:{n5}]], rugi Rp {rp3}
Sejak {tg1} dia tidak bisa dihubungi, rumahnya di [[a:{ad2}]] kosong.
HP saya [[p:{hp1}]].
""",
        F=(1, 2),
    ),
    T(
        "police_statement",
        "land_inheritance",
        """
PERNYATAAN SAKSI (dibuat di hadapan Bhabinkamtibmas)

Saya [[n:{n1}]], umur {umur1} th, petani, tinggal di [[a:{rt1}]] Kel. {kel}, HP [[p:{hp1}]], menerangkan bahwa:
- Saya kenal baik almarhum [[n:{n2}]] dan kedua anaknya, [[n:{n3}]] dan [[n:{n4}]].
- Tahun {yr} saya hadir waktu almarhum membagi kebun di Oelnasi: bagian timur untuk [[n:{g3}]], bagian barat untuk [[n:{g4}]], disaksikan Kepala Desa saat itu, Bapak [[n:{n5}]].
- Saya tidak pernah dengar tanah itu dijual ke pihak lain.
Keterangan ini saya berikan sehubungan dengan laporan [[n:{g4}]] (Laporan Polisi No. {lp}) tentang penyerobotan tanah.
Bhabinkamtibmas: Bripka [[n:{n6}]]
""",
        E=(1, 2),
        M=(2, 5, 6),
        fam={3: 2, 4: 2},
    ),
    T(
        "police_statement",
        "security_scams",
        """
LAPORAN KECELAKAAN LALU LINTAS (keterangan korban untuk klaim Jasa Raharja)

Korban     : [[n:{n1}]], {umur1} th, NIK [[nik:{nik1}]], [[a:{adr1}]], Kel. {kel}
Kendaraan korban: Honda Scoopy [[pl:{pl1}]]
Kendaraan lawan : pick up Mitsubishi [[pl:{pl2}]], pengemudi [[n:{n2}]] ([[p:{hp2}]])
Waktu/tempat: {tg1}, jam {jam1}, simpang {jl}
Kejadian: kendaraan lawan menerobos lampu merah. Korban dirawat di {rs} (No. RM {rm}), patah tulang kaki.
Keluarga yang mengurus: [[n:{n3}]] (suami), HP [[p:{hp3}]], rekening untuk santunan {bank3} [[b:{rek3}]] a.n. [[n:{N3}]].
Laporan Unit Gakkum: {lp}
""",
        F=(1,),
    ),
    T(
        "police_statement",
        "civil_registry",
        """
SURAT PERNYATAAN (untuk perbaikan data kependudukan)

Saya yang bertanda tangan di bawah ini:
nama: [[n:{l1}]]
nik: [[nik:{niko1}]]
alamat: [[a:{ad1}]] [[a:{rt1}]] kel. {kel}
menyatakan bahwa nama saya di KTP tertulis "[[n:{lx1}]]", yang benar [[n:{l1}]] sesuai ijazah dan akta kelahiran No. {akta}.
Kesalahan terjadi waktu perekaman tahun {yr} di kecamatan. Saya siap dituntut bila keterangan ini tidak benar.
Diketahui ketua RT, bapak [[n:{l2}]] (hp [[p:{hp2}]]) dan lurah {kel}.
""",
    ),
    T(
        "police_statement",
        "security_scams",
        """
Keterangan tambahan pelapor – Laporan Polisi No. {lp}

Saya [[n:{n1}]] (pelapor), HP [[p:{hp1}]], mau tambahkan keterangan:
1. Orang yang tabrak lari motor saya ternyata bernama [[n:{n2}]], tinggal di [[a:{adr2}]]. Kendaraannya Toyota Rush putih [[pl:{pl2}]], sekarang cat sudah diganti abu-abu.
2. Saksi mata ojek pangkalan, [[n:{n3}]] ([[p:{hp3}]]), lihat nomor plat waktu kejadian {tg1}.
3. Rekaman CCTV dari {shop} di {jl} sudah saya minta, pemiliknya Ibu [[n:{n4}]] setuju kasih ke penyidik.
4. Biaya rumah sakit saya Rp {rpb}, tidak ditanggung BPJS karena kecelakaan lalu lintas (Jasa Raharja baru cover sebagian).
Mohon penyidik, Ipda [[n:{n5}]], segera panggil terlapor.
""",
    ),
    # ---- without spans
    T(
        "police_statement",
        "security_scams",
        """
SIARAN PERS – Satreskrim Polresta Kupang Kota

Pada {tg1}, Unit Resmob mengamankan dua tersangka berinisial YT (25) dan MR (31) terkait pencurian sepeda motor di wilayah Kelapa Lima dan Oebobo. Barang bukti: 7 unit sepeda motor berbagai merek, No. Rangka {rangka} dan {rangka2}, 3 STNK palsu, dan uang tunai Rp {rp}.
Kedua tersangka dijerat Pasal 363 KUHP (Laporan Polisi No. {lp}).
Masyarakat yang merasa kehilangan kendaraan dapat mengecek ke Posko Satreskrim, {jlno}, membawa BPKB asli, atau menghubungi Hotline Polresta {owa} dan call center 110.
Waspada modus jual beli motor murah di media sosial.
""",
    ),
    T(
        "police_statement",
        "security_scams",
        """
HIMBAUAN KAMTIBMAS – Polsek {kec}

Beredar pesan WA dari nomor {scam} dan {scam2} yang mengaku anggota Polsek dan meminta uang "damai" untuk keluarga yang ditangkap. Nomor tersebut BUKAN milik anggota Polri. Modus lain: telepon dari {scamj} yang mengaku petugas Samsat, minta transfer ke rekening {rekb} a.n. "UPT SAMSAT PEMUTIHAN" untuk "pemutihan pajak".
Laporkan ke SPKT Polsek {kec} (telp {otel}) atau Call Center 110.
Layanan pengaduan masyarakat Propam: WA {owa}.
Register laporan penipuan bulan {bln}: 14 laporan (No. {lp} s/d ...).
Kerugian tercatat Rp {rpb}.
""",
    ),
    T(
        "police_statement",
        "civil_registry",
        """
SYARAT PEMBUATAN SURAT KETERANGAN KEHILANGAN – SPKT Polresta Kupang Kota

1. Fotokopi KTP-el pelapor (contoh nomor pada formulir: {nikmask}).
2. Untuk kehilangan KK: fotokopi KK atau NIK kepala keluarga; surat pengantar RT/RW tidak wajib.
3. Untuk kehilangan buku tabungan/ATM: surat keterangan bank.
4. Untuk STNK/BPKB: fotokopi BPKB, No. Rangka dan No. Mesin (contoh {rangka}, {mesin}).
5. Gratis, tidak dipungut biaya. Laporkan pungutan ke WA Propam {owa}.
Jam layanan: Senin–Minggu 24 jam. Antrean nomor {antri}. Info: {otel}.
Sesuai Perkap No. 6 Tahun 2019 dan SE Kapolda NTT No. {sk}.
""",
    ),
    T(
        "police_statement",
        "land_inheritance",
        """
NOTULEN MEDIASI SENGKETA TANAH – Kantor Kelurahan {kel}, {tg1}

Hadir: Lurah {kel}, Bhabinkamtibmas, Babinsa, Ketua RT 07, Ketua RT 08, pihak I (5 orang), pihak II (4 orang). Nama para pihak tercatat dalam berkas tertutup No. {sk}.
Objek: tanah {luas} m2, SHM No. {shm}, NOP {nop}, Surat Ukur {su}.
Hasil:
1. Para pihak sepakat menunggu pengukuran ulang oleh Kantor Pertanahan (permohonan No. {kode}, biaya PNBP Rp {rp}, kode billing {billing}).
2. Selama menunggu, tidak boleh ada pembangunan di atas objek.
3. Bila gagal, para pihak dipersilakan menempuh jalur hukum.
Selesai jam {jam1}.
""",
    ),
    T(
        "police_statement",
        "security_scams",
        """
REKAP LAPORAN PENIPUAN ONLINE – Unit Siber (bahan rapat, data pelapor tidak dicantumkan)

No | Tgl | Modus | Nomor/akun pelaku | Kerugian
1 | {tgl1} | jual beli HP | {scam} | Rp {rp}
2 | {tgl2} | kurir paket APK | {scam2} | Rp {rp2}
3 | {tgl3} | undian berhadiah | {scamj} | Rp {rp3}
4 | {tgl4} | pinjol ilegal | {scam3} | Rp {rp4}
5 | {tgl5} | investasi bodong | rek {rekb} a.n. PT Timor Invest Sejahtera | Rp {rpb}
Total kerugian bulan {bln}: Rp {rpb2}. Pemblokiran rekening diajukan ke bank melalui surat No. {sk}.
""",
    ),
    T(
        "police_statement",
        "tax_business",
        """
LAPORAN INFORMASI – dugaan pungutan liar di Terminal Oebobo

Sumber: laporan warga via SMS 1708 dan WA Saber Pungli {owa} (identitas dirahasiakan).
Pada {tg1} s.d. {tg2}, oknum yang mengaku petugas menarik "uang parkir" Rp 5.000 dari angkot dan Rp 10.000 dari bus antarkota tanpa karcis retribusi. Karcis resmi Dishub (Perda No. 4 Tahun 2012) Rp 2.000, nomor seri karcis {kode}.
Perkiraan pungutan per hari: Rp {rp}.
Tindak lanjut: koordinasi dengan Dishub Kota Kupang (telp {otel}), surat No. {sk}.
""",
    ),
    T(
        "police_statement",
        "social_aid",
        """
BERITA ACARA SERAH TERIMA BARANG BUKTI (salinan untuk Dinas Sosial)

Nomor: {sk}
Pada {tg1} telah diserahkan barang bukti perkara penyalahgunaan bantuan sosial (Laporan Polisi No. {lp}):
1. 43 (empat puluh tiga) kartu KKS, nomor seri 6013 01xx s.d. 6013 09xx (daftar lengkap pada lampiran tertutup);
2. 2 buku tabungan atas nama kelompok (rekening {rekb} dan {rekb2});
3. uang tunai Rp {rpb};
4. 1 unit HP merek Oppo warna hitam (IMEI {imei}).
Yang menyerahkan: Penyidik Unit Tipidkor. Yang menerima: Kepala Bidang Linjamsos.
""",
    ),
]

# ---- aid_member_list: appeals about social aid with the household's members listed
TEMPLATES += [
    T(
        "aid_member_list",
        "social_aid",
        """
Kepada Yth. Kepala Dinas Sosial Kota Kupang
Perihal: Permohonan peninjauan kembali penghapusan dari DTKS

Dengan hormat, kami satu rumah tangga yang dihapus dari DTKS pada pemutakhiran bulan {bln} {thn}, padahal kondisi kami tidak berubah. Anggota rumah tangga (sesuai KK No. [[kk:{kk1}]]):
1. [[n:{n1}]] ({umur1}) – kepala keluarga, buruh harian – NIK [[nik:{nik1}]]
2. [[n:{n2}]] ({umur2}) – istri – NIK [[nik:{nik2}]]
3. [[n:{n3}]] ({umur3}) – anak, SMP – NIK [[nik:{nik3}]]
4. [[n:{n4}]] ({umur4}) – anak, SD – NIK [[nik:{nik4}]]
5. [[n:{n5}]] ({umur5}) – mama mantu, lansia – NIK [[nik:{nik5}]]
Alamat: [[a:{adr1}]], Kel. {kel}
Kontak: [[p:{hp1}]]
Bukti terlampir: foto rumah (dinding bebak, lantai tanah), surat keterangan tidak mampu No. {sk}.
Hormat kami, [[n:{n1}]]
""",
        F=(2, 5),
        K=(3, 4),
        E=(5,),
        fam={3: 1, 4: 1},
        M=(1,),
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
DAFTAR USULAN PENERIMA BANTUAN LANSIA – {RT1} KEL. {KEL}
(diketik ulang oleh ketua RT untuk dikirim ke kelurahan)

No | Nama | Umur | NIK | Keterangan
1 | [[n:{N2}]] | {umur2} | [[nik:{nik2}]] | tinggal sendiri
2 | [[n:{N3}]] | {umur3} | [[nik:{nik3}]] | stroke
3 | [[n:{N4}]] | {umur4} | [[nik:{nik4}]] | tunanetra
4 | [[n:{N5}]] | {umur5} | [[nik:{nik5}]] | janda, 3 cucu
5 | [[n:{N6}]] | {umur6} | [[nik:{nik6}]] | belum terdaftar JKN

Mohon diperhatikan karena tahun lalu tidak satupun dari RT kami yang dapat.
Ketua RT, [[n:{n1}]], HP [[p:{hp1}]]
""",
        E=(2, 3, 4, 5, 6),
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Permohonan bantuan korban kebakaran – Kel. {kel}, {tg1}

Rumah kami di [[a:{adr1}]] terbakar habis jam {jam1} karena korsleting. Tidak ada barang yang sempat diselamatkan, termasuk KTP, KK dan ijazah. Data jiwa:
- [[n:{n1}]] (kepala keluarga), NIK [[nik:{nik1}]], HP [[p:{hp1}]]
- [[n:{n2}]] (istri), NIK [[nik:{nik2}]], HP [[p:{hp2}]]
- [[n:{n3}]] (anak, {umur3} th)
- [[n:{n4}]] (anak, {umur4} th)
- Oma [[n:{n5}]] (ibu kandung, {umur5} th)
No. KK [[kk:{kk1}]] (dari foto lama di HP).
Sementara kami tinggal di rumah saudara, Om [[n:{n6}]], [[a:{ad6}]].
Bantuan dapat disalurkan lewat rekening {bank1} [[b:{rek1}]] a.n. [[n:{n1}]].
Surat keterangan kebakaran dari kelurahan No. {sk} terlampir.
""",
        F=(2,),
        K=(3, 4),
        fam={3: 1, 4: 1},
        M=(1,),
    ),
    T(
        "aid_member_list",
        "health",
        """
Permohonan PBI JK (KIS) untuk satu keluarga – ditujukan ke Dinas Sosial dan Dinas Kesehatan

Kami keluarga tidak mampu, suami sakit TBC dan tidak bekerja. Sudah 2 kali berobat bayar umum Rp {rp}. Mohon didaftarkan PBI APBD.
Kepala keluarga : [[n:{n1}]] | NIK [[nik:{nik1}]]
Istri           : [[n:{n2}]] | NIK [[nik:{nik2}]] | HP [[p:{hp2}]]
Anak 1          : [[n:{n3}]] | NIK [[nik:{nik3}]]
Anak 2          : [[n:{n4}]] | NIK [[nik:{nik4}]]
No KK           : [[kk:{kk1}]]
Alamat          : [[a:{ad1}]], [[a:{rt1}]], Kel. {kel}
Surat keterangan dokter {pusk} No. {sk}, rekomendasi TKSK tanggal {tgl1}.
Catatan: anak 1 dulu ikut kartu BPJS Ketenagakerjaan bapak (KPJ {kpj}), sudah tidak aktif.
""",
        F=(2,),
        K=(3, 4),
        fam={3: 1, 4: 1},
        M=(1,),
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Kupang, {tg1}
Kepada Yth. Lurah {kel}

Hal: Keberatan atas daftar penerima BLT-DD/BLT Kelurahan

Kami warga [[a:{rt1}]] keberatan karena daftar yang ditempel di kantor kelurahan memuat orang yang mampu, sementara keluarga miskin di RT kami tidak masuk. Contoh yang tidak layak:
- nomor urut 12, [[n:{n2}]] (punya toko dan mobil [[pl:{pl2}]])
- nomor urut 27, [[n:{n3}]] (ASN, NIP {nip})
Yang layak tapi tidak masuk:
- [[n:{n4}]], janda, 4 anak, NIK [[nik:{nik4}]]
- [[n:{n5}]], lansia {umur5} th, NIK [[nik:{nik5}]]
- [[n:{n6}]], disabilitas, NIK [[nik:{nik6}]]
Kami minta musyawarah ulang.
Yang mengajukan: [[n:{n1}]] (HP [[p:{hp1}]]) dan [[n:{n7}]] (HP [[p:{hp7}]])
""",
        F=(4,),
        E=(5,),
    ),
    T(
        "aid_member_list",
        "education",
        """
Permohonan beasiswa/keringanan uang sekolah – 3 anak dari satu keluarga

Kepada Yth. Kepala {school}
Saya [[n:{n1}]], orang tua tunggal (suami meninggal {yr}), bekerja jual sayur di Pasar Kasih Naikoten. Anak saya yang sekolah di sini:
1. [[n:{n2}]], kelas {kelas}, NISN {nisn}
2. [[n:{n3}]], kelas {kelas2}, NISN {nisn2}
3. [[n:{n4}]], kelas {kelas3}, NISN {nisn3}
Tunggakan SPP total Rp {rpb}. Kami punya KIP untuk anak pertama (No. KIP {kode}), anak kedua dan ketiga belum.
KK [[kk:{kk1}]], NIK saya [[nik:{nik1}]], SKTM dari kelurahan No. {sk}.
Rumah: [[a:{adr1}]], Kel. {kel}. HP [[p:{hp1}]].
Mohon kebijaksanaan Bapak/Ibu.
""",
        F=(1,),
        K=(2, 3, 4),
        fam={2: 1, 3: 1, 4: 1},
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
DATA CALON PENERIMA BANTUAN SOSIAL KHUSUS DISABILITAS (usulan kelompok)
Pengusul: [[n:{n1}]], pendamping keluarga, WA [[p:{hp1}]], email [[e:{em1}]]

1) [[n:{n2}]] – tuna daksa – NIK [[nik:{nik2}]] – [[a:{adr2}]], Kel. {kel}
   Wali: [[n:{n3}]] ([[p:{hp3}]])
2) [[n:{n4}]] – tuna rungu – NIK [[nik:{nik4}]] – [[a:{adr4}]], Kel. {kel2}
   Wali: [[n:{n5}]] ([[p:{hp5}]])
3) [[n:{n6}]] – ODGJ terlantar – NIK belum ada, dirawat oleh keluarga [[n:{f7}]] di [[a:{ad7}]]
Seluruh data sudah dicek di Dukcapil {tgl1}. Mohon verifikasi lapangan.
""",
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Pengaduan: bansos sembako diambil orang lain atas nama keluarga kami

Nama kami di daftar BPNT tahap {kecil}:
- KPM: [[n:{N1}]], NIK [[nik:{nik1}]]
- Pengurus: [[n:{N2}]] (istri), NIK [[nik:{nik2}]]
No. KK [[kk:{kk1}]], alamat [[a:{ADR1}]].
Waktu ke e-Warong {shop} tanggal {tgl1}, penjaga bilang sudah diambil pakai surat kuasa a.n. [[n:{n3}]]. Saya tidak pernah kasih kuasa. Tanda tangan di surat kuasa bukan tanda tangan saya.
Pendamping BPNT, Sdr. [[n:{n4}]], bilang dia tidak tahu. Pemilik e-Warong, Ibu [[n:{n5}]], minta kami lapor ke Dinsos.
HP saya [[p:{hp1}]]. Mohon dicek CCTV dan bukti transaksi kartu.
""",
        F=(2, 5),
        M=(1,),
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Rekap Usulan Bantuan Bedah Rumah – Kelompok Masyarakat "Sehati" Kel. {kel}

Ketua kelompok: [[n:{n1}]], HP [[p:{hp1}]]
Bendahara: [[n:{n2}]], HP [[p:{hp2}]], rekening kelompok a.n. bendahara di Bank NTT [[b:{ntt2}]]
Anggota (rumah yang diusulkan):
1. [[n:{n3}]] – [[a:{ad3}]] – lantai tanah
2. [[n:{n4}]] – [[a:{ad4}]] – atap bocor
3. [[n:{n5}]] – [[a:{ad5}]] – dinding bebak
4. [[n:{n6}]] – [[a:{ad6}]] – rumah miring
Setiap anggota lampirkan KTP, KK dan foto rumah. Survei oleh Dinas Perumahan dijadwalkan {tgl1}.
""",
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Permohonan bantuan pangan untuk keluarga nelayan – Namosain

Sudah 3 minggu tidak bisa melaut karena cuaca buruk. Keluarga kami:
[[n:{n1}]] (nelayan) – NIK [[nik:{nik1}]] – HP [[p:{hp1}]]
[[n:{n2}]] (istri, jual ikan) – NIK [[nik:{nik2}]]
[[n:{n3}]], [[n:{n4}]], [[n:{n5}]] (anak-anak, {umur3}, {umur4} dan {umur5} th)
KK [[kk:{kk1}]]
Rumah di [[a:{rt1}]], Kel. Namosain, dekat Pelabuhan Tenau.
Perahu kami terdaftar di Dinas Perikanan dengan Kartu KUSUKA No. {kode}. Mohon dapat bantuan beras dan BBM.
Kalau ada bantuan tunai, rekening BRI a.n. suami [[b:{bri1}]].
""",
        F=(2,),
        K=(3, 4, 5),
        fam={3: 1, 4: 1, 5: 1},
        M=(1,),
    ),
    T(
        "aid_member_list",
        "civil_registry",
        """
Permohonan penerbitan KK baru dan KIA untuk keluarga pindahan dari {town}

Kepala keluarga: [[n:{n1}]], NIK [[nik:{nik1}]] (KTP masih alamat {town})
Istri: [[n:{n2}]], NIK [[nik:{nik2}]]
Anak: [[n:{n3}]] ({umur3} th), NIK [[nik:{nik3}]]
Anak: [[n:{n4}]] ({umur4} th), NIK [[nik:{nik4}]]
KK asal No. [[kk:{kk1}]], SKPWNI No. {sk}
Alamat tujuan: [[a:{adc1}]], [[a:{rt1}]], Kel. {kel}
HP: [[p:{hp1}]]
Sudah 2 bulan berkas di kelurahan, katanya menunggu tanda tangan lurah. Anak tidak bisa daftar sekolah dan berobat pakai KIS karena alamat belum pindah.
""",
        F=(2,),
        K=(3, 4),
        fam={3: 1, 4: 1},
        M=(1,),
    ),
    T(
        "aid_member_list",
        "health",
        """
Mohon bantuan – balita stunting tidak dapat PMT

Posyandu {kel} menimbang anak kami [[n:{n3}]] dan masuk kategori stunting. Kader [[n:{n4}]] bilang PMT hanya untuk yang ada di daftar puskesmas, nama anak kami tidak ada.
Ayah: [[n:{n1}]], NIK [[nik:{nik1}]], HP [[p:{hp1}]]
Ibu: [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]]
Anak: [[n:{n3}]], NIK [[nik:{nik3}]], JKN [[bpjs:{bpjs3}]]
KK: [[kk:{kk1}]]
Rumah: [[a:{adr1}]]
Ahli gizi {pusk}, Ibu [[n:{n5}]], sudah kami temui {tgl1}. Mohon anak kami dimasukkan.
""",
        F=(2, 4),
        K=(3,),
        fam={3: 1},
        M=(1,),
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
SURAT KUASA PENGAMBILAN BANTUAN (untuk 3 lansia)

Kami yang bertanda tangan di bawah ini:
1. [[n:{n1}]], NIK [[nik:{nik1}]], [[a:{rt1}]]
2. [[n:{n2}]], NIK [[nik:{nik2}]], [[a:{rt2}]]
3. [[n:{n3}]], NIK [[nik:{nik3}]], [[a:{rt3}]]
memberi kuasa kepada:
[[n:{n4}]], NIK [[nik:{nik4}]], HP [[p:{hp4}]], alamat [[a:{adr4}]]
untuk mengambil bantuan ATENSI lansia tahap {kecil} tahun {thn} di Kantor Pos {kel}, karena kami tidak bisa jalan jauh.
Diketahui Lurah {kel}, Bapak [[n:{n5}]].
""",
        E=(1, 2, 3),
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Permohonan bantuan modal usaha (UEP) – keluarga penerima manfaat PKH graduasi mandiri

Nama: [[n:{n1}]]
NIK: [[nik:{nik1}]]
KK: [[kk:{kk1}]] (anggota: suami [[n:{n2}]], anak [[n:{n3}]] dan [[n:{n4}]])
Usaha: jualan kue dan es di rumah, [[a:{adr1}]], Kel. {kel}
HP/WA: [[p:{hp1}]]
Rekening: {bank1} [[b:{rek1}]] a.n. [[n:{n1}]]
NPWP: belum punya, pakai NIK
Pendamping PKH: [[n:{n5}]]
Kebutuhan: freezer dan etalase, total Rp {rpb}.
""",
        F=(1,),
        M=(2,),
        K=(3, 4),
        fam={3: 2, 4: 2},
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Usulan perbaikan data KPM (diserahkan ke operator SIKS kelurahan)

Nama KPM tercatat: [[n:{N1}]]   -> seharusnya: [[n:{N1}]] (tidak berubah)
NIK tercatat: [[nik:{nikw1}]]   -> seharusnya: [[nik:{nik1}]] (salah satu digit)
Nama ibu kandung tercatat: [[n:{N2}]] -> seharusnya: [[n:{N3}]]
Alamat tercatat: [[a:{RT4}]] -> seharusnya: [[a:{ADR1}]]
Anggota yang meninggal dan harus dihapus: [[n:{N5}]], NIK [[nik:{nik5}]] (akta kematian No. {akta})
Anggota baru: [[n:{N6}]], NIK [[nik:{nik6}]]
Operator penerima: [[n:{n7}]], tanggal {tgl1}
""",
        F=(2, 3),
    ),
    # ---- without spans
    T(
        "aid_member_list",
        "social_aid",
        """
PENGUMUMAN – Daftar Penerima BLT Kelurahan Tahap {kecil} Tahun {thn}

Kelurahan {kel} menyampaikan bahwa daftar penerima ({big} KPM) ditempel di papan informasi kantor kelurahan dan dapat dilihat di website kelurahan. Daftar memuat nomor urut, nama, dan NIK yang disamarkan (contoh: {nikmask}).
Rekap per RT:
RT 01: 23 KPM | RT 02: 19 KPM | RT 03: 31 KPM | RT 04: 17 KPM | RT 05: 26 KPM
Penyaluran: {tg1}, jam 08.00–14.00, di aula kelurahan. Bawa KTP-el dan KK asli.
Sanggahan paling lambat {tg2} melalui loket pengaduan atau WA kelurahan {owa}.
Dasar: SK Lurah No. {sk}, anggaran Rp {rpb}.
""",
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Laporan realisasi penyaluran bantuan pangan beras 10 kg – Kecamatan {kec}

Kelurahan | Alokasi KPM | Tersalur | Sisa
{kel} | 412 | 398 | 14
{kel2} | 367 | 367 | 0
{kel3} | 288 | 271 | 17
Jumlah: 1.067 KPM, tersalur 1.036.
Sisa 31 paket diretur ke gudang Bulog (BAST No. {sk}).
Kendala: KPM meninggal (11), pindah (9), tidak ditemukan (11).
Penanggung jawab data: Seksi Kesejahteraan Sosial Kecamatan, telp {otel}.
Pengaduan: SMS 1708 atau WA Dinsos {owa}. Call center Bapanas {cc}.
""",
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
INFO PKH TAHAP {kecil}/{thn} – dari akun resmi Dinas Sosial Kota Kupang

Jadwal pencairan lewat Bank Himbara:
- BRI: {tg1} s.d. {tg2}
- BNI: {tg3} s.d. {tg4}
- Bank Mandiri: mulai {tg5}
Besaran: ibu hamil Rp 750.000, balita Rp 750.000, anak SD Rp 225.000, SMP Rp 375.000, SMA Rp 500.000, lansia Rp 600.000, disabilitas berat Rp 600.000 per tahap.
Cek saldo di ATM atau agen BRILink dengan kartu KKS (nomor depan 6013).
WASPADA: nomor {scam} mengaku pendamping PKH dan minta PIN. Pendamping resmi tidak pernah minta PIN.
Info: WA Center PKH {owa}, kantor {jlno}.
""",
    ),
    T(
        "aid_member_list",
        "civil_registry",
        """
Daftar hadir verifikasi lapangan DTKS – format yang dibagikan ke RT

Kolom yang wajib diisi: No | Nama Kepala RT (rumah tangga) | NIK | No. KK | Jumlah ART | Kondisi rumah | Tanda tangan
Contoh pengisian (data fiktif dari pelatihan):
1 | CONTOH NAMA | {nikmask} | 5371XXXXXXXXXXXX | 4 | semi permanen | ...
Catatan:
- NIK dan No. KK harus 16 digit, cek di KK terbaru.
- Jangan tulis nomor HP di kolom NIK.
- Form kembali ke kelurahan paling lambat {tg1}.
Pertanyaan: operator SIKS-NG kelurahan, WA {owa}, jam 08.00–15.00.
Referensi: Surat Dinsos No. {sk}.
""",
    ),
    T(
        "aid_member_list",
        "health",
        """
Rekap pendaftaran PBI APBD Kota Kupang – usulan bulan {bln} {thn}

Kecamatan | Usulan (jiwa) | Lolos verifikasi | Ditolak (NIK tidak padan)
Alak | 214 | 190 | 24
Maulafa | 302 | 277 | 25
Oebobo | 188 | 176 | 12
Kelapa Lima | 241 | 229 | 12
Kota Raja | 133 | 130 | 3
Kota Lama | 97 | 95 | 2
Total premi yang ditanggung APBD: Rp {rpb} per bulan.
Peserta yang ditolak diminta perbaikan NIK ke Dukcapil (call center {otel}).
Informasi: BPJS Kesehatan Cabang Kupang Care Center 165, Pandawa WA {owa}.
Ref: {sk}
""",
    ),
    T(
        "aid_member_list",
        "social_aid",
        """
Hasil musyawarah kelurahan penetapan penerima bantuan RTLH, {tg1}

Hadir: Lurah, Sekretaris Kelurahan, Ketua LPM, 12 Ketua RT, TKSK, pendamping PKH.
1. Diusulkan 48 rumah dari RT 02 sampai RT 17, ditetapkan 20 rumah sesuai kuota (SK No. {sk}).
2. Bantuan per rumah Rp {rpb}, disalurkan lewat rekening toko bahan bangunan {shop} (rekening {rekb}).
3. Warga yang belum ditetapkan diprioritaskan tahun {thn}.
4. Keberatan disampaikan paling lambat 7 hari ke sekretariat LPM atau WA {owa}.
Notulen: Staf Kelurahan Seksi Kesos.
""",
    ),
    T(
        "aid_member_list",
        "education",
        """
Pengumuman penerima beasiswa daerah (Beasiswa Kota Kupang Cerdas) tahun {thn}

Jumlah penerima: {big} mahasiswa. Daftar lengkap hanya memuat nomor pendaftaran, bukan nama:
{nopend}, {nopend2}, {nopend3}, {nopend4}, ... (lihat lampiran PDF).
Pencairan ke rekening Bank NTT masing-masing penerima mulai {tg1}. Rekening penampung program: Bank NTT {rekntt} a.n. RPL Beasiswa Pemkot.
Besaran: Rp {rp} per semester.
Sanggahan: email beasiswa@kupangkota.go.id atau WA {owa} (Senin–Jumat 08.00–14.00).
SK Wali Kota No. {sk}.
""",
    ),
]

# ---- hospital_dispute: hospital and BPJS disputes with SEP, card and record numbers
TEMPLATES += [
    T(
        "hospital_dispute",
        "health",
        """
Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang
Perihal: Keberatan atas biaya yang dibebankan kepada peserta JKN

Nama peserta   : [[n:{n1}]]
No. Kartu JKN  : [[bpjs:{bpjs1}]]
NIK            : [[nik:{nik1}]]
Kelas rawat    : II (PBPU/mandiri)
No. SEP        : {sep}
No. RM         : {rm}
Rumah sakit    : {rs}
Tgl masuk/keluar: {tgl1} / {tgl2}

Selama dirawat, keluarga diminta membeli 2 jenis obat dan 1 alat (total Rp {rp}, nota apotek No. {kode}) dan membayar "selisih kamar" Rp {rp2} walaupun kami tidak pernah minta naik kelas. Perawat ruangan, Sdri. [[n:{n2}]], bilang itu kebijakan rumah sakit.
Mohon BPJS menagih kembali biaya tersebut kepada rumah sakit dan mengembalikannya ke rekening saya {bank1} [[b:{rek1}]] a.n. [[n:{n1}]].
Kontak: [[p:{hp1}]], [[e:{em1}]], alamat [[a:{adr1}]], Kel. {kel}.
""",
        F=(2,),
    ),
    T(
        "hospital_dispute",
        "health",
        """
Kronologi penolakan pasien di IGD – disampaikan ke Unit Pengaduan {rs}

Pasien: [[n:{n2}]], {umur2} th, peserta JKN-KIS [[bpjs:{bpjs2}]] (PBI), NIK [[nik:{nik2}]]
Keluarga pelapor: [[n:{n1}]] (anak), HP [[p:{hp1}]]
{tgl1} jam {jam1}: pasien datang dengan nyeri dada, petugas IGD bilang bed penuh, disarankan ke rumah sakit lain tanpa surat rujukan.
jam {jam2}: kami bawa ke {rs2}, diterima, tapi harus bayar umum karena "tidak ada rujukan dari faskes I". Deposit Rp {rpb}.
{tgl2}: SEP baru diterbitkan (No. {sep}) setelah kami urus surat dari {pusk}.
Dokter IGD yang jaga malam itu, dr. [[n:{n3}]], tidak mau kasih nama lengkap.
Kami minta deposit dikembalikan dan rumah sakit pertama diberi teguran.
Rumah kami di [[a:{adr1}]], Kel. {kel}.
""",
        E=(2,),
        fam={1: 2},
    ),
    T(
        "hospital_dispute",
        "health",
        """
SURAT PERMOHONAN PINDAH FASKES TINGKAT PERTAMA (sekeluarga)

Kepada BPJS Kesehatan Cabang Kupang
Kami mohon pindah faskes dari {pusk} ke Klinik Pratama di dekat rumah karena jarak 9 km dan tidak ada angkot.
1. [[n:{n1}]] – [[bpjs:{bpjs1}]] – NIK [[nik:{nik1}]]
2. [[n:{n2}]] – [[bpjs:{bpjs2}]] – NIK [[nik:{nik2}]]
3. [[n:{n3}]] – [[bpjs:{bpjs3}]] – NIK [[nik:{nik3}]]
4. [[n:{n4}]] – [[bpjs:{bpjs4}]] – NIK [[nik:{nik4}]]
No. KK [[kk:{kk1}]]
Alamat [[a:{adc1}]], Kel. {kel}
HP [[p:{hp1}]] / email [[e:{emx1}]]
Permohonan lewat aplikasi Mobile JKN ditolak karena "belum 3 bulan", padahal kami pindah rumah sejak {tg1}.
""",
        F=(2,),
        K=(3, 4),
        fam={3: 1, 4: 1},
        M=(1,),
    ),
    T(
        "hospital_dispute",
        "health",
        """
Pengaduan tagihan rumah sakit untuk bayi baru lahir

Ibu: [[n:{n1}]], JKN [[bpjs:{bpjs1}]], NIK [[nik:{nik1}]]
Ayah: [[n:{n2}]], NIK [[nik:{nik2}]], HP [[p:{hp2}]]
Bayi: By. Ny. [[n:{g1}]] (belum ada nama), lahir {tgl1} jam {jam1} di {rs}
KK: [[kk:{kk2}]]

Bayi masuk NICU 6 hari. Rumah sakit bilang biaya bayi tidak ditanggung karena bayi belum didaftarkan dalam 28 hari. Kami sudah daftarkan hari ke-3 lewat petugas BPJS di rumah sakit, bukti pendaftaran No. {kode}.
Tagihan yang diberikan: Rp {rpb}. Kasir, Ibu [[n:{n3}]], bilang harus lunas sebelum bayi pulang.
Mohon BPJS segera menjelaskan ke rumah sakit.
Alamat: [[a:{adr2}]], Kel. {kel}
""",
        F=(
            1,
            3,
        ),
        M=(2,),
    ),
    T(
        "hospital_dispute",
        "health",
        """
Kepada Direktur {rs}

Saya [[n:{n1}]], suami dari pasien [[n:{n2}]] (No. RM {rm}, JKN [[bpjs:{bpjs2}]]), menyampaikan keluhan:
1. Operasi caesar dijadwalkan {tgl1}, ditunda 3 kali karena "dokter anestesi cuti".
2. Selama menunggu, istri dipindah ke kelas III walaupun hak kelas II (kartu a.n. [[n:{n2}]], segmen PPU, perusahaan {body}).
3. Waktu saya tanya ke ruang admin, petugas bernama [[n:{n3}]] bilang kalau mau cepat bisa "jalur umum" Rp {rpb}.
4. Surat pernyataan pulang paksa disodorkan ke saya dua kali.
HP saya [[p:{hp1}]], rumah [[a:{adr1}]].
Tembusan: BPJS Kesehatan Cabang Kupang, Dinas Kesehatan Kota Kupang, Ombudsman NTT.
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "hospital_dispute",
        "health",
        """
Catatan klaim yang ditolak – pasien rawat jalan kemoterapi

Nama          : [[n:{N1}]]
No. Kartu     : [[bpjs:{bpjss1}]]
NIK           : [[nik:{nik1}]]
Diagnosa      : C50.9
SEP           : {sep} / {sep2}
Faskes rujukan: {rs}
Rujukan dari  : {pusk}, No. rujukan {kode}

Obat kemoterapi siklus ke-4 tidak diberikan karena "klaim bulan lalu pending". Petugas farmasi minta kami beli sendiri Rp {rpb}. Kami sudah tanya ke BPJS Satu (petugas [[n:{n2}]] di lantai 1), disuruh menunggu verifikasi.
Pendamping pasien: [[n:{n3}]] (adik), [[p:{hp3}]].
Alamat: [[a:{adr1}]]
Kami mohon kepastian karena jadwal kemo tidak boleh tertunda.
""",
    ),
    T(
        "hospital_dispute",
        "health",
        """
Pengaduan lewat WA Pandawa BPJS (disalin)

Selamat siang, sy [[n:{n1}]] mau tanya kenapa kartu sy non aktif. No kartu [[bpjs:{bpjs1}]], NIK [[nik:{nik1}]]. Sy peserta mandiri kelas III, iuran sy bayar tiap bulan lewat autodebet {bank1} rekening [[b:{rek1}]]. Bulan {bln} katanya ada tunggakan Rp {rp} karena autodebet gagal.
Anak sy [[n:{n2}]] ([[bpjs:{bpjs2}]]) dan suami [[n:{n3}]] ([[bpjs:{bpjs3}]]) ikut non aktif karena satu VA keluarga ({va}).
Sy sudah bayar tunggakan tanggal {tgl1} lewat Indomaret, struk {ref}. Tapi denda pelayanan rawat inap anak sy kemarin (SEP {sep}) tetap ditagih Rp {rp}.
Mohon penjelasan. HP/WA [[p:{hp1}]].
""",
        F=(1,),
        M=(3,),
        fam={2: 3},
    ),
    T(
        "hospital_dispute",
        "health",
        """
Kronologi kematian pasien dan permintaan rekam medis

Almarhum [[n:{n1}]] ({umur1} th), JKN [[bpjs:{bpjs1}]], dirawat di {rs} {tgl1}–{tgl2}, No. RM {rm}.
Keluarga (istri [[n:{n2}]], anak [[n:{n3}]] dan [[n:{n4}]]) meminta ringkasan rekam medis dan resume pulang untuk klaim asuransi jiwa dan Taspen. Rumah sakit minta surat kuasa, KK ([[kk:{kk1}]]), akta kematian, dan biaya Rp {rp}.
Sudah kami penuhi {tgl3}, sampai sekarang dokumen belum keluar. Petugas rekam medis, Sdr. [[n:{n5}]], minta datang lagi minggu depan.
Kontak keluarga: [[n:{g3}]] [[p:{hp3}]], email [[e:{em3}]].
""",
        M=(1,),
        F=(2,),
        E=(1,),
        fam={3: 1, 4: 1},
    ),
    T(
        "hospital_dispute",
        "health",
        """
Yth. Kepala {pusk}

Kami orang tua dari [[n:{n3}]] (balita, JKN [[bpjs:{bpjs3}]]) dan [[n:{n4}]] (balita, JKN [[bpjs:{bpjs4}]]). Tanggal {tgl1} kedua anak demam tinggi, di loket diminta bayar Rp 25.000 per anak karena "kartu terdaftar di puskesmas lain". Padahal data di Mobile JKN faskes kami di puskesmas ini.
Petugas loket, Ibu [[n:{n5}]], tidak kasih kuitansi.
Ayah: [[n:{n1}]], HP [[p:{hp1}]]
Ibu: [[n:{n2}]], HP [[p:{hp2}]]
Alamat: [[a:{ad1}]], [[a:{rt1}]], Kel. {kel}
KK: [[kk:{kk1}]]
Kami minta uang dikembalikan dan loket diperbaiki.
""",
        F=(2,),
        K=(3, 4),
        fam={3: 1, 4: 1},
        M=(1,),
    ),
    T(
        "hospital_dispute",
        "health",
        """
Permohonan pengembalian iuran ganda JKN

Saya [[n:{n1}]], ASN di Dinas PUPR (NIP {nip}), peserta PPU dengan No. JKN [[bpjs:{bpjs1}]]. Tanpa sepengetahuan saya, saya juga tercatat sebagai peserta mandiri dengan nomor [[bpjs:{bpjs5}]] dan dipotong autodebet Rp {rp} per bulan dari rekening Mandiri saya [[b:{mdr1}]] sejak {bln} {yr}.
Istri saya [[n:{n2}]] ([[bpjs:{bpjs2}]]) dan anak [[n:{n3}]] ([[bpjs:{bpjs3}]]) juga tercatat ganda.
Mohon kepesertaan mandiri dinonaktifkan dan iuran dikembalikan.
NIK [[nik:{nik1}]], HP [[p:{hp1}]], email dinas [[e:{emk1}]].
""",
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "hospital_dispute",
        "health",
        """
Kronologi – ambulans tidak datang

{tgl1} jam {jam1}: mama saya [[n:{n2}]] ({umur2} th) jatuh di kamar mandi di rumah, [[a:{adr2}]], Kel. {kel}. Saya telpon 119 dan ambulans {pusk} (nomor ambulans {owa}).
jam {jam2}: petugas bilang sopir tidak ada. Kami bawa pakai pick up tetangga, Om [[n:{n3}]] ([[p:{hp3}]]).
jam {jam3}: sampai di IGD {rs}, langsung ditangani. SEP {sep}, JKN mama [[bpjs:{bpjs2}]].
Mama dirawat 5 hari, patah tulang panggul.
Saya [[n:{n1}]], HP [[p:{hp1}]]. Saya minta puskesmas jelaskan kenapa ambulans 24 jam tidak bisa dipakai malam hari.
""",
        F=(2,),
        E=(2,),
    ),
    T(
        "hospital_dispute",
        "health",
        """
Pengaduan pelayanan poli gigi

Pasien: [[n:{n1}]], JKN [[bpjs:{bpjsd1}]]
Pendamping: [[n:{n2}]], HP [[p:{hp2}]]
Pada {tgl1} saya dirujuk dari {pusk} ke {rs} untuk cabut gigi geraham (rujukan No. {kode}). Di poli gigi, drg. [[n:{n3}]] bilang tindakan itu harus di faskes I, rujukan dikembalikan. Di puskesmas, dokter gigi bilang alat tidak ada.
Saya bolak-balik 4 kali, naik ojek Rp {rpk} sekali jalan. Sampai sekarang gigi belum dicabut.
Alamat [[a:{adr1}]], Kel. {kel}.
Mohon BPJS dan Dinkes menetapkan siapa yang wajib melayani.
""",
    ),
    T(
        "hospital_dispute",
        "health",
        """
Keberatan atas penagihan iuran almarhum

Kepada BPJS Kesehatan Kupang
Ibu kami [[n:{n1}]] (No. JKN [[bpjs:{bpjs1}]], NIK [[nik:{nik1}]]) meninggal dunia {tg1}. Kami sudah lapor kematian dan menyerahkan akta kematian No. {akta} di kantor BPJS tanggal {tgl2}, tanda terima {kode}.
Tetapi VA keluarga ({va}) masih ditagih Rp {rp} per bulan untuk ibu, dan adik kami [[n:{n2}]] ([[bpjs:{bpjs2}]]) tidak bisa berobat karena tunggakan.
Kami minta data ibu dinonaktifkan sejak tanggal meninggal.
Yang mengurus: [[n:{n3}]], [[p:{hp3}]], [[a:{adr3}]]
""",
        F=(1,),
        E=(1,),
        fam={2: 1, 3: 1},
    ),
    T(
        "hospital_dispute",
        "health",
        """
Laporan dugaan pungutan di ruang bersalin {rs}

Saya [[n:{n1}]], ibu dari [[n:{n2}]] (pasien melahirkan {tgl1}, JKN [[bpjs:{bpjs2}]], No. RM {rm}). Bidan jaga malam, bidan [[n:{n3}]], minta "uang terima kasih" Rp {rp} dan uang beli pembalut dan perlak Rp {rp2}. Uang saya serahkan ke tangan dia, disaksikan menantu saya [[n:{n4}]].
Kami tidak keberatan beli perlengkapan, tapi tidak ada nota.
HP saya [[p:{hp1}]]. Rumah [[a:{adr1}]].
""",
        F=(1, 2),
        M=(4,),
        fam={2: 1},
    ),
    T(
        "hospital_dispute",
        "health",
        """
Permohonan peninjauan kelas rawat peserta mandiri yang turun kelas

Nama: [[n:{n1}]] | JKN [[bpjs:{bpjs1}]] | kelas I
Istri: [[n:{n2}]] | JKN [[bpjs:{bpjs2}]] | kelas I
Anak: [[n:{n3}]] | JKN [[bpjs:{bpjs3}]] | kelas I
Kami ajukan turun ke kelas III sejak {tgl1} (bukti {kode}), tapi tagihan masih kelas I: Rp {rp} per orang. Autodebet Bank NTT [[b:{ntt1}]] tetap potong.
Waktu istri dirawat {tgl2} (SEP {sep}), dapat kamar kelas III. Jadi bayar kelas I, dilayani kelas III.
Mohon koreksi dan pengembalian selisih. HP [[p:{hp1}]], [[a:{adr1}]].
""",
        F=(2,),
        K=(3,),
        fam={3: 1},
        M=(1,),
    ),
    # ---- without spans
    T(
        "hospital_dispute",
        "health",
        """
Jawaban BPJS Kesehatan Cabang Kupang atas pengaduan No. {tiket}

Yth. Peserta,
Berdasarkan pengecekan data pada {tg1}:
1. Kepesertaan dengan nomor kartu yang Saudara sampaikan berstatus aktif, segmen PBI APBN.
2. SEP No. {sep} diterbitkan oleh {rs} untuk rawat inap {tgl2}–{tgl3}.
3. Berdasarkan Permenkes, peserta tidak boleh dibebani biaya obat yang termasuk paket INA-CBG. Kami telah menyurati rumah sakit (surat No. {sk}) untuk pengembalian biaya Rp {rp}.
4. Pengembalian akan dilakukan langsung oleh rumah sakit. Bila belum diterima dalam 14 hari kerja, hubungi BPJS Care Center 165, WA Pandawa {owa} atau datang ke kantor cabang, {jlno}.
Hormat kami, Unit Pengaduan dan Penanganan Keluhan
""",
    ),
    T(
        "hospital_dispute",
        "health",
        """
INFORMASI LAYANAN – {rs}

Pendaftaran rawat jalan JKN: melalui Mobile JKN atau WA pendaftaran {owa} (H-1, jam 07.00–12.00). Bawa kartu JKN/KTP, surat rujukan (No. rujukan berlaku 90 hari), SEP dicetak di anjungan mandiri.
IGD 24 jam: {otel}.
Unit Pengaduan: telp {otel2} / email pengaduan.rsud@kupangkota.go.id.
Biaya pasien umum: kartu berobat Rp 25.000, konsultasi spesialis Rp {rp}.
Kamar kelas I Rp {rp2}/hari, VIP Rp {rp3}/hari.
Rekening penerimaan BLUD: Bank NTT {rekntt} a.n. BLUD RSUD.
NPWP rumah sakit: {npwpx}.
""",
    ),
    T(
        "hospital_dispute",
        "health",
        """
Kronologi keluhan (pelapor minta nama tidak disebut)

Pasien lansia peserta JKN kelas III dijadwalkan operasi katarak di {rs}. Antrean operasi: nomor {antri}, estimasi 7 bulan. Pasien ditawari "operasi cepat" di klinik swasta milik dokter yang sama dengan biaya Rp {rpb}.
Tanggal kontrol: {tgl1}, {tgl2}, {tgl3}. SEP terakhir {sep}, rujukan {kode}.
Keluarga sudah menanyakan ke Unit Pengaduan rumah sakit (telp {otel}) dan BPJS Care Center 165.
Pertanyaan: apakah penawaran ke klinik pribadi dibolehkan? Mohon Dinas Kesehatan menindaklanjuti.
Ref. SP4N-LAPOR! {tiket}
""",
    ),
    T(
        "hospital_dispute",
        "health",
        """
Surat edaran Dinas Kesehatan Kota Kupang No. {sk}

Kepada: Kepala Puskesmas se-Kota Kupang
Perihal: Larangan pungutan kepada peserta JKN

1. Pelayanan di puskesmas bagi peserta JKN aktif tidak dipungut biaya apa pun, termasuk kartu berobat dan buku KIA.
2. Peserta yang terdaftar di puskesmas lain tetap dilayani untuk kasus gawat darurat.
3. Pengaduan masyarakat yang masuk melalui SMS 1708, SP4N-LAPOR! (contoh tiket {tiket}) dan WA pengaduan Dinkes {owa} wajib ditindaklanjuti paling lama 5 hari kerja.
4. Laporan tindak lanjut dikirim ke email ppid.dinkes@kupangkota.go.id.
Ditetapkan di Kupang, {tg1}.
""",
    ),
    T(
        "hospital_dispute",
        "health",
        """
Rincian tagihan pasien umum (dicetak dari SIMRS, data pasien disamarkan)

No. Reg: {kode} | No. RM: {rm} | Kelas: II | Penjamin: UMUM
Tgl masuk {tgl1} jam {jam1}, keluar {tgl2}
Kamar 4 hari x Rp {rp}
Visite dokter spesialis 4 x Rp 150.000 = Rp 600.000
Laboratorium: Rp {rp2}
Radiologi (thorax): Rp 175.000
Obat dan BHP: Rp {rp3}
Total: Rp {rpb}
Pembayaran: QRIS / transfer ke BLUD Bank NTT {rekntt}, VA {va}
Kasir 02, dicetak {tgl2} {jam2}
""",
    ),
    T(
        "hospital_dispute",
        "health",
        """
Tanggapan {pusk} atas laporan warga via SMS 1708 (tiket {tiket})

1. Laporan: pasien JKN diminta bayar Rp 25.000. Hasil klarifikasi: petugas loket salah membaca status faskes di aplikasi P-Care. Biaya dikembalikan pada {tg1} (bukti penyerahan No. {kode}).
2. Petugas yang bersangkutan telah diberi teguran lisan oleh kepala puskesmas.
3. Untuk pengaduan lain silakan ke kotak saran, telp puskesmas {otel} (jam kerja), atau WA pengaduan {owa}.
4. Jadwal poli umum: Senin–Kamis 08.00–13.00, Jumat 08.00–11.00, Sabtu 08.00–12.00.
Kepala Puskesmas (NIP {nip})
""",
    ),
    T(
        "hospital_dispute",
        "health",
        """
Email auto-reply – BPJS Kesehatan

From: BPJS Kesehatan <noreply@bpjs-kesehatan.go.id>
To: (alamat pelapor)
Subject: [Tiket {tiket}] Pengaduan Anda telah kami terima

Terima kasih telah menghubungi BPJS Kesehatan. Pengaduan Anda tercatat dengan nomor {tiket} pada {tg1} jam {jam1} WITA.
Kategori: Pelayanan Faskes Rujukan Tingkat Lanjut
Estimasi penyelesaian: 5 hari kerja.
Jangan membalas email ini. Untuk informasi lanjut hubungi Care Center 165, WA Pandawa {owa}, atau kantor cabang kc.kupang@bpjs-kesehatan.go.id.
Waspada penipuan: BPJS Kesehatan tidak pernah meminta transfer ke rekening pribadi maupun nomor {scam}.
""",
    ),
]

# ---- pdf_form: forms pasted from a PDF or a scan, columns broken, fields glued
TEMPLATES += [
    T(
        "pdf_form",
        "civil_registry",
        """
FORMULIR BIODATA PENDUDUK WARGA NEGARA INDONESIA F-1.01
DATA KEPALA KELUARGA
Nama Kepala Keluarga
Alamat
Kode Pos
:
:
:
[[n:{Ns1}]]
[[a:{AD1}]]
85111
[[a:RT/RW : {rtk1}]]   Kelurahan : {KEL}   Kecamatan : {KEC}
Telepon : [[p:{hp1}]]
DATA KELUARGA
No. Kartu Keluarga : [[kk:{kk1}]]
DATA INDIVIDU
1. Nama Lengkap : [[n:{N1}]]   NIK : [[nik:{nikn1}]]
   Jenis Kelamin : LAKI-LAKI  Tempat Lahir : {TOWN}  Tgl Lahir : {lahir1}
2. Nama Lengkap : [[n:{N2}]]   NIK : [[nik:{nik2}]]
   Jenis Kelamin : PEREMPUAN  Status Hub. : ISTRI
3. Nama Lengkap : [[n:{No3}]]   NIK : [[nik:{niko3}]]
   Status Hub. : ANAK   No. Akta Lahir : {akta}
Nama Ayah : [[n:{N4}]]   Nama Ibu : [[n:{N5}]]
Petugas Registrasi : [[n:{N6}]]   NIP {nip}
""",
        M=(1,),
        F=(2, 5),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "pdf_form",
        "education",
        """
FORMULIR PENDAFTARAN PESERTA DIDIK BARU TAHUN {thn}
{SCHOOL}   NPSN {npsn}   No. Pendaftaran {nopend}
A. DATA CALON SISWA
Nama Lengkap : [[n:{N3}]]NISN : {nisn}
NIK : [[nik:{nik3}]]No. KK : [[kk:{kk1}]]
Tempat, Tgl Lahir : {ttl3}
Alamat Tempat Tinggal : [[a:{ADR1}]]
Kelurahan : {KEL}   Jarak ke sekolah (km) : 0,{kecil}
B. DATA AYAH KANDUNG
Nama Ayah
Pekerjaan
Penghasilan
NIK Ayah
:
:
:
:
[[n:{N1}]]
PETANI
Rp 1.000.000 - Rp 1.999.999
[[nik:{nik1}]]
C. DATA IBU KANDUNG
Nama Ibu : [[n:{N2}]]   NIK Ibu : [[nik:{nik2}]]
No. HP Orang Tua : [[p:{hp1}]] / [[p:{hp2}]]
Email : [[e:{emn1}]]
""",
        F=(2,),
        M=(1,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "pdf_form",
        "health",
        """
FORMULIR DAFTAR ISIAN PESERTA (FDIP) – BPJS KESEHATAN
PESERTA PEKERJA BUKAN PENERIMA UPAH (PBPU)
No. KK                 : [[kk:{kk1}]]
Alamat                 : [[a:{AD1}]]
                         [[a:RT/RW : {rtk1}]]
Kel./Desa : {KEL}  Kec. : {KEC}
No. Telp/HP            : [[p:{hp1}]]
Email                  : [[e:{em1}]]
No | Nama Peserta | NIK | Hub. Keluarga | Kelas
1 | [[n:{N1}]] | [[nik:{nik1}]] | PESERTA | III
2 | [[n:{N2}]] | [[nik:{nik2}]] | ISTRI | III
3 | [[n:{N3}]] | [[nik:{nik3}]] | ANAK | III
4 | [[n:{N4}]] | [[nik:{nik4}]] | ANAK | III
Pembayaran iuran : AUTODEBET   Bank : {BANK1}   No. Rekening : [[b:{rek1}]]
Nama Pemilik Rekening : [[n:{N1}]]
VA Keluarga : {va}
""",
        F=(2,),
        M=(1,),
        K=(3, 4),
        fam={3: 1, 4: 1},
    ),
    T(
        "pdf_form",
        "tax_business",
        """
FORMULIR PENDAFTARAN WAJIB PAJAK ORANG PRIBADI
(diekstrak dari PDF, kolom bergeser)
Nama Wajib Pajak: [[n:{N1}]]NIK: [[nik:{nik1}]]
Tempat/Tgl Lahir: {TTL1}
Alamat Domisili: [[a:{AD1}]] [[a:RT/RW : {rtk1}]] KEL. {KEL}
Nomor Telepon Seluler: [[p:{hp1}]]Alamat Email: [[e:{em1}]]
Status: KAWIN  Jumlah tanggungan: {kecil}
Nama Suami/Istri: [[n:{N2}]]   NIK Suami/Istri: [[nik:{nik2}]]
NPWP Suami/Istri: [[npwp:{npwpd2}]]
Sumber Penghasilan: USAHA (kios kelontong di rumah, alamat sama)
NPWP yang diterbitkan: [[npwp:{npwpn1}]] (NIK sebagai NPWP)
KPP Terdaftar: KPP PRATAMA KUPANG   Kode KPP 920
Tanda terima elektronik: BPE-{ref}
""",
    ),
    T(
        "pdf_form",
        "land_inheritance",
        """
PERMOHONAN PENGUKURAN DAN PEMETAAN BIDANG TANAH
Kepada Yth. Kepala Kantor Pertanahan Kota Kupang
Yang bertanda tangan di bawah ini:
N a m a
U m u r
Pekerjaan
Nomor Identitas
Alamat
:
:
:
:
:
[[n:{N1}]]
{umur1} TAHUN
PNS
[[nik:{nik1}]]
[[a:{ADR1}]]
KEL. {KEL}, KEC. {KEC}
Dalam hal ini bertindak atas nama diri sendiri / selaku kuasa dari [[n:{N2}]]
berdasarkan surat kuasa No. {kode} tanggal {tgl1}
Letak tanah : KEL. {KEL2}, NOP {nop}, luas ± {luas} m2
Batas-batas: Utara tanah milik [[n:{N3}]]; Selatan jalan; Timur tanah milik [[n:{N4}]]; Barat selokan.
No. HP Pemohon : [[p:{hp1}]]
""",
    ),
    T(
        "pdf_form",
        "civil_registry",
        """
KARTU KELUARGA
No. [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]          Desa/Kelurahan : {KEL}
Alamat : [[a:{AD1}]]                       Kecamatan : {KEC}
[[a:RT/RW : {rtk1}]]                       Kabupaten/Kota : KOTA KUPANG
No Nama Lengkap NIK Jenis Kelamin Tempat Lahir Tanggal Lahir Agama
1 [[n:{N1}]] [[nik:{nik1}]] LAKI-LAKI {TOWN} {lahir1} KRISTEN
2 [[n:{N2}]] [[nik:{nik2}]] PEREMPUAN KUPANG {lahir2} KRISTEN
3 [[n:{No3}]] [[nik:{niko3}]] PEREMPUAN KUPANG {lahir3} KRISTEN
4 [[n:{N4}]] [[nik:{nik4}]] LAKI-LAKI KUPANG {lahir4} KRISTEN
No Status Hubungan Kewarganegaraan Nama Ayah Nama Ibu
1 KEPALA KELUARGA WNI [[n:{N5}]] [[n:{N6}]]
2 ISTRI WNI [[n:{N7}]] [[n:{N8}]]
3 ANAK WNI [[n:{N1}]] [[n:{N2}]]
4 ANAK WNI [[n:{N1}]] [[n:{N2}]]
Dikeluarkan Tanggal : {tgl1}
""",
        M=(1, 4, 5, 7),
        F=(2, 3, 6, 8),
        K=(3, 4),
        E=(5, 6, 7, 8),
        fam={3: 1, 4: 1, 5: 1},
    ),
    T(
        "pdf_form",
        "social_aid",
        """
SURAT KETERANGAN TIDAK MAMPU
Nomor : {sk}
Lurah {kel} menerangkan dengan sebenarnya bahwa :
Nama                 : [[n:{Nn1}]]
NIK                  : [[nik:{nik1}]]
Tempat/Tgl Lahir     : {ttl1}
Pekerjaan            : MENGURUS RUMAH TANGGA
Alamat               : [[a:{AD1}]]
                       [[a:RT/RW : {rtk1}]]
adalah benar warga kami yang tergolong keluarga tidak mampu. Surat ini untuk keperluan: PENGAJUAN PBI JK dan keringanan biaya rumah sakit anak a.n. [[n:{N2}]] (NIK [[nik:{nik2}]]).
Kupang, {tg1}
a.n. Lurah {kel}
Sekretaris Kelurahan
[[n:{N3}]]
NIP. {nip}
Mengetahui Ketua RT: [[n:{N4}]], HP [[p:{hp4}]]
""",
        F=(1,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "pdf_form",
        "utilities",
        """
FORMULIR PERMOHONAN SAMBUNGAN BARU AIR MINUM
No. Registrasi : {kode}   Tanggal : {tgl1}
DATA PEMOHON
Nama Pemohon/Pemilik : [[n:{N1}]]NIK : [[nik:{nik1}]]
No. HP : [[p:{hp1}]]   Telp. Rumah : [[p:{tr1}]]
Alamat Pemasangan : [[a:{ADR1}]]
Kelurahan : {KEL}   Kecamatan : {KEC}
Status bangunan : RUMAH TINGGAL (milik sendiri)
Pelanggan terdekat (tetangga) : [[n:{N2}]]   No. Sambungan {samb}
Biaya pendaftaran : Rp {rp}   Biaya pasang : Rp {rp2}
Pembayaran via Bank NTT kode bayar {billing}
Petugas survei : [[n:{N3}]]   HP [[p:{hp3}]]
""",
    ),
    T(
        "pdf_form",
        "tax_business",
        """
SURAT PERMOHONAN NIB / IZIN USAHA MIKRO (OSS RBA) – cetakan
Nama Pelaku Usaha : [[n:{N1}]]
NIK               : [[nik:{nik1}]]
NPWP              : [[npwp:{npwpz1}]]
Alamat Usaha      : [[a:{ADR1}]] (RUMAH SENDIRI)
Kelurahan         : {KEL}
Nama Usaha        : WARUNG SE'I BAKAR LONTAR
KBLI              : 56102 (Rumah/Warung Makan)
Modal usaha       : Rp {rpb}
No. Telp          : [[p:{hp1}]]
Email             : [[e:{em1}]]
Rekening usaha    : {BANK1} [[b:{rek1}]] a.n. [[n:{N1}]]
Nomor Induk Berusaha: {nibu}
Diterbitkan {tgl1}
""",
    ),
    T(
        "pdf_form",
        "civil_registry",
        """
SURAT KETERANGAN PINDAH WNI
Nomor : {sk}
DATA DAERAH ASAL
Nomor Kartu Keluarga : [[kk:{kk1}]]
Nama Kepala Keluarga : [[n:{N1}]]
Alamat : [[a:{AD6}]], {TOWN}
DATA KEPINDAHAN
Alasan Pindah : PEKERJAAN
Alamat Tujuan : [[a:{ADR1}]]
Kel. {KEL} Kec. {KEC} Kota Kupang
Jenis Kepindahan : KEP. KELUARGA DAN SELURUH ANGG. KELUARGA
Keluarga Yang Pindah:
No NIK Nama
1 [[nik:{nik1}]] [[n:{N1}]]
2 [[nik:{nik2}]] [[n:{N2}]]
3 [[nik:{nik3}]] [[n:{N3}]]
Nomor HP pemohon: [[p:{hp1}]]
""",
        F=(2,),
        K=(3,),
        fam={3: 1},
        M=(1,),
    ),
    T(
        "pdf_form",
        "education",
        """
SURAT PERNYATAAN ORANG TUA / WALI (lampiran PPDB jalur afirmasi)
Yang bertanda tangan di bawah ini:
Nama Orang Tua/Wali : [[n:{N1}]]NIK : [[nik:{nikn1}]]
Alamat : [[a:{ADC1}]] [[a:RT/RW : {rtk1}]]
No. KIP/KKS/PKH : {kkscard}
menyatakan bahwa anak kami:
Nama : [[n:{N2}]]
NISN : {nisn}
Asal Sekolah : {SCHOOL}
adalah benar dari keluarga tidak mampu dan terdaftar di DTKS (ID {dtks}).
No. WA aktif: [[p:{hp1}]]
Kupang, {tg1}
Yang menyatakan,
[[n:{N1}]]
""",
        K=(2,),
        fam={2: 1},
    ),
    T(
        "pdf_form",
        "social_aid",
        """
BERITA ACARA SERAH TERIMA BANTUAN (cetak dari aplikasi, kolom terpotong)
No | NIK | Nama | Alamat | Tanda Tangan
1 | [[nik:{nik1}]] | [[n:{N1}]] | [[a:{AD1}]] | ...
2 | [[nik:{nik2}]] | [[n:{N2}]] | [[a:{AD2}]] | ...
3 | [[nik:{nik3}]] | [[n:{Ns3}]] | [[a:{AD3}]] | ...
4 | [[nik:{nik4}]] | [[n:{N4}]] | [[a:{AD4}]] | ...
5 | [[nik:{niko5}]] | [[n:{N5}]] | [[a:{AD5}]] | ...
Jenis bantuan : paket sembako (beras 10 kg, minyak 2 L, telur 1 rak)
Tanggal : {tgl1}   Lokasi : Kantor Kelurahan {KEL}
Yang menyerahkan : [[n:{N6}]] (staf kelurahan)
""",
    ),
    T(
        "pdf_form",
        "land_inheritance",
        """
SURAT KETERANGAN AHLI WARIS
Kami yang bertanda tangan di bawah ini, para ahli waris dari almarhum
[[n:{N1}]], NIK [[nik:{nik1}]], meninggal di Kupang pada {tg1}, dengan ini menerangkan:
No Nama NIK Hubungan Alamat
1 [[n:{N2}]] [[nik:{nik2}]] ISTRI [[a:{AD1}]]
2 [[n:{N3}]] [[nik:{nik3}]] ANAK [[a:{AD1}]]
3 [[n:{N4}]] [[nik:{nik4}]] ANAK [[a:{AD4}]] {TOWN}
4 [[n:{N5}]] [[nik:{nik5}]] ANAK [[a:{AD1}]]
adalah satu-satunya ahli waris. Harta peninggalan: tanah dan rumah SHM No. {shm}, rekening Bank NTT a.n. almarhum [[b:{ntt1}]].
Saksi-saksi: 1. [[n:{N6}]]  2. [[n:{N7}]]
Dikuatkan Lurah {KEL}: [[n:{N8}]]   Camat {KEC}, No. Reg {sk}
""",
        M=(1,),
        F=(2,),
        E=(1,),
        fam={3: 1, 4: 1, 5: 1},
    ),
    T(
        "pdf_form",
        "security_scams",
        """
SURAT PERMOHONAN BLOKIR REKENING (formulir bank, hasil scan)
Nama Nasabah Pelapor : [[n:{N1}]]
No. Rekening Pelapor : [[b:{rek1}]]
NIK : [[nik:{nik1}]]
No. HP : [[p:{hpo1}]]
Rekening yang dilaporkan : [[b:{rek2}]] ({BANK2})
Atas nama : [[n:{N2}]]
Jumlah dana : Rp {rp}  Tgl transaksi : {tgl1}  Ref : {ref}
Kronologi singkat : penjual online (akun IG @jualhp.kupang) tidak mengirim barang
Lampiran : STPL No. {lp}, bukti transfer
Diterima oleh CS : [[n:{N3}]]  Tgl {tgl2}
""",
    ),
    T(
        "pdf_form",
        "health",
        """
SURAT ELEGIBILITAS PESERTA (SEP)
No. SEP : {sep}Tgl. SEP : {tgl1}
No. Kartu : [[bpjs:{bpjso1}]]MR. : {rm}
Nama Peserta : [[n:{No1}]]
Tgl. Lahir : {lahir1}Kelamin : PEREMPUAN
No. Telepon : [[p:{hp1}]]
Sub/Spesialis : PENYAKIT DALAM
Faskes Perujuk : {PUSK}
Diagnosa Awal : I10 - Hypertensi
Peserta : PBI (APBD)  Jns. Rawat : R.Jalan  Kls. Hak : Kelas 3
Pasien/Keluarga Pasien : [[n:{N2}]]
""",
        F=(1,),
    ),
    T(
        "pdf_form",
        "civil_registry",
        """
KARTU TANDA PENDUDUK (hasil OCR foto KTP)
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
NIK : [[nik:{niko1}]]
Nama : [[n:{N1}]]Tempat/Tgl Lahir : {TTL1}
Jenis Kelamin : PEREMPUAN  Gol. Darah : O
Alamat : [[a:{AD1}]]
[[a:RT/RW : {rtk1}]]
Kel/Desa : {KEL}
Kecamatan : {KEC}
Agama : KRISTEN
Status Perkawinan : KAWIN
Pekerjaan : KARYAWAN SWASTA
Berlaku Hingga : SEUMUR HIDUP
KOTA KUPANG {tgl1}
(dikirim oleh pelapor sebagai lampiran pengaduan, HP pelapor [[p:{hp1}]], suami [[n:{n2}]])
""",
        F=(1,),
    ),
    # ---- without spans
    T(
        "pdf_form",
        "civil_registry",
        """
FORMULIR PERMOHONAN KARTU KELUARGA (F-1.15) – CONTOH PENGISIAN
(spesimen, bukan data asli)
No. KK Semula : 5371XXXXXXXXXXXX
Nama Kepala Keluarga : NAMA KEPALA KELUARGA
Alamat : NAMA JALAN / NOMOR RUMAH
RT/RW : ... / ...
Alasan permohonan : 1. Membentuk keluarga baru  2. Penggantian KK  3. Penambahan anggota
Jumlah anggota keluarga : ...
Persyaratan: KK lama asli, buku nikah/akta perkawinan, SKPWNI (bila pindah), formulir F-1.01.
Layanan Disdukcapil Kota Kupang, {jlno}. Antrean online WA {owa}. Call center {otel}.
Dasar: Permendagri No. 109 Tahun 2019; SE No. {sk}.
""",
    ),
    T(
        "pdf_form",
        "tax_business",
        """
SURAT PEMBERITAHUAN PAJAK TERUTANG PBB-P2 TAHUN {thn}
(nama dan alamat wajib pajak tidak ikut tercetak pada salinan ini)
NOP : {nop}
LETAK OBJEK PAJAK : {JL}, KEL. {KEL}, KEC. {KEC}
Luas Bumi {luas} m2 – NJOP/m2 Rp 1.032.000 – Total NJOP Bumi Rp {rpb}
Luas Bangunan 72 m2 – NJOP/m2 Rp 1.430.000 – Total Rp 102.960.000
NJOPTKP Rp 10.000.000
PBB TERUTANG Rp {rp}
Jatuh tempo: 31 Agustus {thn}
Tempat pembayaran: Bank NTT, kode bayar {billing}, atau QRIS.
Bapenda Kota Kupang, call center {otel}, WA {owa}
""",
    ),
    T(
        "pdf_form",
        "utilities",
        """
TAGIHAN REKENING AIR – PERUMDA AIR MINUM TIRTA LONTAR
No. Sambungan : {samb}   Golongan : R2
ID Pelanggan  : {idpel}
Periode       : {BLN} {thn}
Stand Meter   : 1.234 – 1.261 (27 m3)
No. Meter     : {meter}
Harga Air     : Rp {rp}
Dana Meter    : Rp 5.000
Retribusi Sampah : Rp 10.000
Total Bayar   : Rp {rp2}
Bayar sebelum tanggal 20. Pembayaran via loket, Bank NTT, atau VA {va}.
Pengaduan: call center {otel}, WA {owa}
""",
    ),
    T(
        "pdf_form",
        "education",
        """
PENGUMUMAN HASIL SELEKSI PPDB JALUR ZONASI – {SCHOOL}
(daftar diekstrak dari PDF; nama peserta hanya nomor pendaftaran)
No  No. Pendaftaran        Jarak (m)  Status
1   {nopend}    312        DITERIMA
2   {nopend2}   355        DITERIMA
3   {nopend3}   421        DITERIMA
4   {nopend4}   588        CADANGAN
5   {nopend5}   610        TIDAK DITERIMA
Daftar ulang {tg1} jam 08.00–12.00, membawa KK asli dan akta kelahiran.
Helpdesk PPDB: WA {owa}, email ppdb@kupangkota.go.id
SK Kepala Dinas No. {sk}
""",
    ),
    T(
        "pdf_form",
        "security_scams",
        """
BUKTI TRANSFER (tangkapan layar m-banking, diketik ulang)
Status : BERHASIL
Tanggal : {tgl1} {jam1} WITA
No. Referensi : {ref}
Rekening Tujuan : {rekb}
Nama Tujuan : CV FLOBAMORA ONLINE SHOP
Bank Tujuan : {BNK}
Nominal : Rp {rp}
Biaya Admin : Rp 6.500
Berita : DP PESANAN {kode}
Sumber dana : ******{kode2}
Catatan pelapor: toko ini tidak mengirim barang, WA toko {scam} tidak aktif.
""",
    ),
    T(
        "pdf_form",
        "land_inheritance",
        """
SERTIPIKAT HAK MILIK – HALAMAN SURAT UKUR (salinan, nama pemegang hak ditutup)
Nomor Hak : {shm}
NIB : {nib}
Surat Ukur No. : {su}
Provinsi : NUSA TENGGARA TIMUR   Kota : KUPANG
Kecamatan : {KEC}   Kelurahan : {KEL}
Luas : {luas} m2
Penunjukan dan penetapan batas: oleh pemohon dan para pemilik tanah yang berbatasan
Tanggal pengukuran : {tgl1}
Daftar Isian 302 No. {kode} / Daftar Isian 307 No. {kode2}
Kepala Seksi Survei dan Pemetaan (NIP {nip})
""",
    ),
    T(
        "pdf_form",
        "health",
        """
SURAT RUJUKAN FKTP (cetakan P-Care, data identitas dihitamkan oleh pelapor)
No. Rujukan : {kode}{kode2}
FKTP : {PUSK}   Kab/Kota : KOTA KUPANG
Kepada Yth. TS Dokter Poli : JANTUNG
Di : {RS}
Mohon pemeriksaan dan penanganan lebih lanjut penderita:
Nama : ████████████
No. Kartu BPJS : ████████████
Diagnosa : I50.0 Congestive heart failure
Rujukan berlaku s.d. {tgl2}
Jadwal praktek : Senin–Kamis 08.00–12.00
Salam sejawat, {tg1}
""",
    ),
]

# ---- wa_clerk_thread: long WhatsApp exports between a resident and a clerk or an officer
TEMPLATES += [
    T(
        "wa_clerk_thread",
        "civil_registry",
        """
[{tgl1} 08.02] [[n:{n1}]]: Selamat pagi kak, sy mau tanya KK sy su jadi ko belum? Sy masukkan berkas tgl {tgl1}
[{tgl1} 08.15] Kak [[n:{g2}]] Dukcapil: Pagi bapa. Boleh kirim nomor KK dan NIK kepala keluarga?
[{tgl1} 08.17] [[n:{n1}]]: KK [[kk:{kk1}]]
[{tgl1} 08.17] [[n:{n1}]]: NIK sy [[nik:{nik1}]]
[{tgl1} 08.18] [[n:{n1}]]: Yang tambah itu anak sy [[n:{n3}]], NIK dia [[nik:{nik3}]]
[{tgl1} 09.40] Kak [[n:{g2}]] Dukcapil: Sudah dicek bapa, status "menunggu TTE". Nanti dikirim PDF ke email bapa. Emailnya apa?
[{tgl1} 09.42] [[n:{n1}]]: [[e:{em1}]]
[{tgl1} 09.42] [[n:{n1}]]: Kalo sonde bisa, kirim ke email istri sy [[e:{em4}]]
[{tgl2} 14.05] [[n:{n1}]]: Kak sampe skrg blm masuk email 🙏
[{tgl2} 15.30] Kak [[n:{g2}]] Dukcapil: Maaf bapa, server pusat gangguan. Coba cek spam. Kalau mau ambil cetak di loket 4, bawa bukti tanda terima No. {kode}
[{tgl2} 15.31] [[n:{n1}]]: Baik kak, terima kasih banyak
""",
        M=(1,),
        F=(2, 4),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "wa_clerk_thread",
        "social_aid",
        """
[{tgl1} 10.11] [[n:{n1}]]: Siang ibu pendamping. Sy [[n:{g1}]] dari [[a:{rt1}]], mau tanya PKH tahap ini sy blm masuk
[{tgl1} 10.30] Ibu [[n:{g2}]] PKH: Siang mama. Kirim foto KKS dan NIK dulu
[{tgl1} 10.34] [[n:{n1}]]: NIK [[nik:{nik1}]]. KKS nomor {kkscard}
[{tgl1} 10.35] [[n:{n1}]]: Rekening di buku BNI [[b:{bni1}]]
[{tgl1} 11.02] Ibu [[n:{g2}]] PKH: Data mama komponen anak SD 2 orang, [[n:{g3}]] dan [[n:{g4}]]. Tapi [[n:{g4}]] tidak ada data sekolah di Dapodik, jadi ditahan. Minta sekolah update NISN.
[{tgl1} 11.05] [[n:{n1}]]: Oh begitu. NISN dia {nisn}, sekolah {school}
[{tgl1} 11.20] Ibu [[n:{g2}]] PKH: Sudah sy teruskan ke operator. Kalau ada apa2 hubungi sy di nomor ini saja ya, [[p:{hp2}]]. Jangan layani nomor lain yang mengaku pendamping
[{tgl1} 11.21] [[n:{n1}]]: Siap ibu, tuhan berkati
[{tgl3} 07.45] [[n:{n1}]]: Ibu sy su cek di BRILink, masuk Rp {rp}. Trima kasih banyak
""",
        F=(1, 2),
        K=(3, 4),
        fam={3: 1, 4: 1},
    ),
    T(
        "wa_clerk_thread",
        "utilities",
        """
[{tgl1} 06.50] [[n:{n1}]]: Pak [[n:{g2}]], selamat pagi. Ini sy [[n:{g1}]] yang kemarin lapor air macet di [[a:{adr1}]]
[{tgl1} 07.12] Pak [[n:{g2}]] PDAM: Pagi bu. No sambungan berapa?
[{tgl1} 07.13] [[n:{n1}]]: {samb}
[{tgl1} 07.13] [[n:{n1}]]: Atas nama mertua sy [[n:{n3}]]
[{tgl1} 07.40] Pak [[n:{g2}]] PDAM: Oke bu. Hari ini tim ke {kel}, ada perbaikan pipa di {jl}. Nanti sy kabari
[{tgl1} 16.02] [[n:{n1}]]: Pak blm ada air. Tetangga Om [[n:{n4}]] juga sama
[{tgl1} 16.30] Pak [[n:{g2}]] PDAM: Maaf bu, pompa di sumur bor Kolhua rusak. Kalau mau tangki gratis, daftar ke call center {otel}, sebut tiket {tiket}
[{tgl2} 09.00] [[n:{n1}]]: Sudah daftar pak, belum datang. Bisa tolong? HP sy [[p:{hp1}]] kalau sopir tangki mau telpon
[{tgl2} 11.45] Pak [[n:{g2}]] PDAM: Sopir namanya [[n:{g5}]], nomor dia [[p:{hp5}]]. Sudah jalan bu
""",
        F=(1,),
        M=(2, 5),
    ),
    T(
        "wa_clerk_thread",
        "education",
        """
[{tgl1} 19.20] [[n:{n1}]]: Selamat malam ibu wali kelas. Ini mama dari [[n:{n3}]] kelas {kelas}. Maaf mengganggu, sy mau tanya soal pendaftaran PIP
[{tgl1} 19.35] Ibu [[n:{g2}]] Wali Kelas: Malam mama. Sekolah minta fotokopi KK, KTP ortu dan KIP/KKS kalau ada. Kirim foto saja dulu
[{tgl1} 19.40] [[n:{n1}]]: <Media tidak disertakan>
[{tgl1} 19.41] [[n:{n1}]]: KK [[kk:{kk1}]], KTP sy [[nik:{nik1}]], bapanya [[n:{n4}]] [[nik:{nik4}]]
[{tgl1} 19.43] [[n:{n1}]]: Kami sonde ada KKS ibu
[{tgl1} 20.01] Ibu [[n:{g2}]] Wali Kelas: Tidak apa-apa. Nanti diusulkan lewat Dapodik, tapi tetap perlu SKTM dari kelurahan
[{tgl2} 08.10] [[n:{n1}]]: Ibu SKTM su ada, nomor {sk}
[{tgl2} 08.30] Ibu [[n:{g2}]] Wali Kelas: Baik mama. Nanti rekening SimPel dibuka di BRI atas nama anak. Nomor HP mama tetap [[p:{hp1}]] kan?
[{tgl2} 08.31] [[n:{n1}]]: Iya ibu, ini juga nomor WA bapanya [[p:{hp4}]]
""",
        F=(1, 2),
        M=(4,),
        K=(3,),
        fam={3: 4},
    ),
    T(
        "wa_clerk_thread",
        "land_inheritance",
        """
[{tgl1} 09.05] [[n:{n1}]]: Selamat pagi pak [[n:{g2}]], sy [[n:{n1}]] pemohon pengukuran tanah di {kel}, berkas no {kode}
[{tgl1} 09.40] Pak [[n:{g2}]] BPN: Pagi pak. Jadwal ukur {tgl2} jam 09.00. Mohon hadirkan pemilik tanah yang berbatasan
[{tgl1} 09.42] [[n:{n1}]]: Baik pak. Sebelah utara tanah Om [[n:{n3}]], timur tanah keluarga [[n:{f4}]], yang hadir anaknya [[n:{g4}]]
[{tgl1} 09.43] [[n:{n1}]]: Om [[n:{g3}]] sudah tua, diwakili cucunya [[n:{n5}]] HP [[p:{hp5}]]
[{tgl1} 10.00] Pak [[n:{g2}]] BPN: Harus ada surat kuasa bermaterai
[{tgl2} 11.30] [[n:{n1}]]: Pak tadi pengukuran su selesai, tapi [[n:{g4}]] tidak mau tanda tangan berita acara, dia bilang batas geser 1 meter
[{tgl2} 12.15] Pak [[n:{g2}]] BPN: Nanti dicatat sebagai keberatan. Silakan mediasi di kelurahan. Lurah [[n:{n6}]] sudah tahu
[{tgl2} 12.16] [[n:{n1}]]: Sy kirim foto patok dan denah lokasi ke email bapak ya? Email sy [[e:{em1}]]
""",
        M=(2,),
        E=(3,),
    ),
    T(
        "wa_clerk_thread",
        "health",
        """
[{tgl1} 05.40] [[n:{n1}]]: Selamat pagi kak [[n:{g2}]], maaf pagi2. Bapa sy [[n:{n3}]] pasien cuci darah hari ini, tapi rujukan habis kemarin
[{tgl1} 06.20] Kak [[n:{g2}]] BPJS RS: Pagi. Kirim no kartu bapa
[{tgl1} 06.21] [[n:{n1}]]: [[bpjs:{bpjs3}]]
[{tgl1} 06.21] [[n:{n1}]]: NIK [[nik:{nik3}]]
[{tgl1} 07.05] Kak [[n:{g2}]] BPJS RS: Rujukan memang expired. Tapi untuk HD bisa pakai rujukan balik, bapa tetap dilayani hari ini. SEP nanti dicetak di loket BPJS
[{tgl1} 07.06] [[n:{n1}]]: Puji Tuhan. Trima kasih kak
[{tgl1} 13.10] [[n:{n1}]]: Kak, loket minta bayar Rp {rp} untuk obat eritropoietin, bilang sonde masuk paket
[{tgl1} 13.35] Kak [[n:{g2}]] BPJS RS: Itu masuk paket. Jangan bayar dulu. Sy telpon farmasi
[{tgl1} 13.50] [[n:{n1}]]: Sudah dikasih kak. Nama sy [[n:{n1}]], HP [[p:{hp1}]], alamat [[a:{adr1}]] kalau perlu untuk laporan
""",
        E=(3,),
        M=(3,),
        fam={1: 3},
    ),
    T(
        "wa_clerk_thread",
        "tax_business",
        """
[{tgl1} 10.02] [[n:{n1}]]: Selamat siang, ini benar nomor AR KPP Pratama Kupang ibu [[n:{n2}]]?
[{tgl1} 10.20] Ibu [[n:{g2}]] KPP: Siang, benar pak. Ada yang bisa dibantu?
[{tgl1} 10.22] [[n:{n1}]]: Sy dapat surat himbauan SPT, padahal usaha sy sudah tutup. NPWP sy [[npwp:{npwp1}]], NIK [[nik:{nik1}]]
[{tgl1} 10.40] Ibu [[n:{g2}]] KPP: Untuk penghapusan NPWP atau NE bisa ajukan lewat email ke kpp.920@pajak.go.id atau datang ke TPT. Lampirkan surat pernyataan tidak ada kegiatan usaha
[{tgl1} 10.41] [[n:{n1}]]: Usaha dulu atas nama istri, [[n:{n3}]], NPWP dia [[npwp:{npwpd3}]]. Apa dua-dua harus?
[{tgl1} 11.00] Ibu [[n:{g2}]] KPP: Kalau istri NPWP sendiri iya, masing2. Sekarang NPWP ikut NIK, jadi yang lama tetap dilapor dulu
[{tgl1} 11.02] [[n:{n1}]]: Baik. Nanti sy kirim ke email kantor dari email sy [[e:{em1}]]
[{tgl1} 11.03] Ibu [[n:{g2}]] KPP: Silakan. Jangan transfer ke siapa pun, pembayaran pajak hanya pakai kode billing
""",
        F=(2, 3),
        M=(1,),
    ),
    T(
        "wa_clerk_thread",
        "security_scams",
        """
[{tgl1} 21.14] [[n:{n1}]]: Pak RT maaf malam2. Tadi ada orang telpon ke mama sy, ngaku dari kelurahan, minta NIK dan KK untuk "bantuan lansia"
[{tgl1} 21.20] Pak RT [[n:{g2}]]: Wah, kelurahan tidak pernah telpon minta data. Nomornya berapa?
[{tgl1} 21.21] [[n:{n1}]]: {scam}
[{tgl1} 21.22] [[n:{n1}]]: Mama su kasih NIK dia [[nik:{nik3}]] 😭
[{tgl1} 21.30] Pak RT [[n:{g2}]]: Besok pagi ke kelurahan, lapor ke Pak Lurah [[n:{n4}]]. Sy juga sebar di grup RT
[{tgl1} 21.31] [[n:{n1}]]: Mama sy [[n:{n3}]], rumah di [[a:{ad3}]], samping rumah Om [[n:{n5}]]
[{tgl2} 08.05] Pak RT [[n:{g2}]]: Sudah sy lapor ke Bhabinkamtibmas, Bripka [[n:{n6}]]. Dia minta nomor ade [[p:{hp1}]] untuk dihubungi
[{tgl2} 08.06] [[n:{n1}]]: Siap pak, trima kasih
""",
        M=(2,),
        F=(3,),
        E=(3,),
    ),
    T(
        "wa_clerk_thread",
        "social_aid",
        """
Grup "Warga {RT1} {KEL}" – diekspor
[{tgl1} 16.00] Pak RT [[n:{g1}]]: Bapa mama, kelurahan minta data lansia di atas 70 th untuk bantuan ATENSI. Kirim nama, NIK, no KK ke sy paling lambat Jumat
[{tgl1} 16.12] [[n:{n2}]]: Mama sy [[n:{n3}]], NIK [[nik:{nik3}]], KK [[kk:{kk3}]]
[{tgl1} 16.20] [[n:{n4}]]: Opa [[n:{n5}]] NIK [[nik:{nik5}]]
[{tgl1} 16.21] [[n:{n4}]]: KK sama dengan sy [[kk:{kk5}]]
[{tgl1} 16.40] ~ [[n:{g6}]]: Pak RT, oma sy [[n:{n7}]] su 82 th, tapi NIK su hilang deng KTP. Bisa pakai suket?
[{tgl1} 16.45] Pak RT [[n:{g1}]]: Bisa, foto suket saja. Atau datang ke rumah sy di [[a:{ad1}]]
[{tgl1} 17.02] [[n:{n2}]]: Trima kasih pak RT 🙏
""",
        M=(1,),
        F=(3,),
        E=(3, 5, 7),
        fam={4: 5},
    ),
    T(
        "wa_clerk_thread",
        "civil_registry",
        """
[{tgl1} 11.00] [[n:{n1}]]: Selamat siang, ini WA layanan Dukcapil? Saya mau cetak ulang KTP rusak
[{tgl1} 11.05] Dukcapil Kota Kupang: Selamat siang. Silakan kirim format: NAMA#NIK#NO KK#ALAMAT#NO HP
[{tgl1} 11.09] [[n:{n1}]]: [[n:{N1}]]#[[nik:{nik1}]]#[[kk:{kk1}]]#[[a:{ADR1}]] KEL {KEL}#[[p:{hp1}]]
[{tgl1} 11.30] Dukcapil Kota Kupang: Data sudah diterima, nomor antrean cetak {antri}, jadwal {tgl2} jam 10.00. Bawa KTP rusak.
[{tgl1} 11.31] [[n:{n1}]]: Sekalian istri sy: [[n:{N2}]]#[[nik:{nik2}]]#[[kk:{kk1}]]#sama#[[p:{hp2}]]
[{tgl1} 11.50] Dukcapil Kota Kupang: Antrean istri {antri2}. Satu nomor WA hanya untuk 2 permohonan per hari.
""",
        F=(2,),
        M=(1,),
    ),
    T(
        "wa_clerk_thread",
        "education",
        """
[{tgl1} 08.30] [[n:{n1}]]: Pagi pak operator. Anak sy [[n:{n3}]] daftar PPDB jalur zonasi, tapi titik rumah di aplikasi salah, masuk {kel2}
[{tgl1} 09.10] Pak [[n:{g2}]] Operator: Pagi ibu. Kirim nomor pendaftaran
[{tgl1} 09.12] [[n:{n1}]]: {nopend}
[{tgl1} 09.13] [[n:{n1}]]: Alamat di KK [[a:{adr1}]], Kel. {kel}. KK [[kk:{kk1}]]
[{tgl1} 10.00] Pak [[n:{g2}]] Operator: Titik diambil dari GPS HP waktu daftar. Ibu bisa ajukan perbaikan ke panitia dengan surat keterangan domisili
[{tgl1} 10.05] [[n:{n1}]]: Astaga. Sy daftar dari rumah tetangga, Mama [[n:{n4}]], karena HP sy rusak
[{tgl1} 10.20] Pak [[n:{g2}]] Operator: Datang saja besok jam 08.00 ke sekolah, bawa KK asli dan HP. Ketemu sy atau ibu [[n:{n5}]]
[{tgl2} 12.00] [[n:{n1}]]: Pak sudah diperbaiki? Ranking anak sy naik? Bisa WA ke nomor suami sy juga [[p:{hp6}]]
""",
        F=(1, 5),
        M=(2,),
        K=(3,),
        fam={3: 6},
    ),
    T(
        "wa_clerk_thread",
        "health",
        """
[{tgl1} 07.02] [[n:{n1}]]: Selamat pagi bidan [[n:{g2}]]. Istri sy su mulai sakit perut dari jam 3 subuh
[{tgl1} 07.04] Bidan [[n:{g2}]]: Pagi pak. Jarak kontraksi berapa menit? Bawa ke puskesmas sekarang, bawa buku KIA dan kartu JKN
[{tgl1} 07.05] [[n:{n1}]]: JKN istri [[bpjs:{bpjs3}]], KTP [[nik:{nik3}]]
[{tgl1} 07.30] [[n:{n1}]]: Bidan, ambulans puskesmas tidak angkat ({otel})
[{tgl1} 07.32] Bidan [[n:{g2}]]: Pakai kendaraan sendiri saja pak atau minta tolong tetangga. Sy tunggu di {pusk}
[{tgl1} 07.35] [[n:{n1}]]: Kami naik pick up Om [[n:{n4}]] plat [[pl:{pl4}]]
[{tgl1} 11.20] Bidan [[n:{g2}]]: Selamat pak, bayi laki-laki 3,1 kg. Ibu [[n:{g3}]] sehat 🙏
[{tgl1} 11.22] [[n:{n1}]]: Puji Tuhan! Trima kasih bidan. Nanti akta lahir kami urus, nama anak [[n:{g5}]]
""",
        M=(1,),
        F=(2, 3),
        K=(5,),
    ),
    T(
        "wa_clerk_thread",
        "social_aid",
        """
[{tgl1} 13.10] [[n:{n1}]]: Selamat siang kak [[n:{g2}]] TKSK. Sy mau tanya kenapa nama sy hilang dari DTKS. NIK [[nik:{nik1}]]
[{tgl1} 13.40] Kak [[n:{g2}]] TKSK: Siang. Sy cek di SIKS-NG, status ibu "meninggal" 😬
[{tgl1} 13.41] [[n:{n1}]]: Ya Tuhan, sy masih hidup kak 😂 yang meninggal itu mama mantu sy [[n:{n3}]], NIK [[nik:{nik3}]]
[{tgl1} 13.55] Kak [[n:{g2}]] TKSK: Berarti salah input. Ibu bawa KTP dan KK ke kelurahan, ketemu operator, ibu [[n:{n4}]]. Sy juga kabari dia
[{tgl1} 13.56] [[n:{n1}]]: KK sy [[kk:{kk1}]], alamat [[a:{adr1}]]
[{tgl1} 14.10] Kak [[n:{g2}]] TKSK: Sudah sy teruskan. Nomor ibu operator [[p:{hp4}]], WA dia dulu sebelum datang
[{tgl1} 14.11] [[n:{n1}]]: Baik kak trima kasih
""",
        F=(1, 3, 4),
        E=(3,),
    ),
    T(
        "wa_clerk_thread",
        "utilities",
        """
[{tgl1} 18.40] [[n:{n1}]]: Sore pak, sy pelanggan PLN ID {idpel}, listrik padam dari jam 2 siang di [[a:{adr1}]]
[{tgl1} 18.45] Pak [[n:{g2}]] PLN ULP: Sore pak. Sudah lapor lewat PLN Mobile? Nomor laporannya?
[{tgl1} 18.46] [[n:{n1}]]: {tiket}
[{tgl1} 19.10] Pak [[n:{g2}]] PLN ULP: Gangguan di trafo {kel}. Regu sedang jalan. Kalau ada kabel putus di depan rumah jangan disentuh
[{tgl1} 21.30] [[n:{n1}]]: Pak sudah menyala, tapi kulkas sy rusak. Tetangga [[n:{n3}]] juga TV meledak
[{tgl1} 21.45] Pak [[n:{g2}]] PLN ULP: Bisa ajukan klaim kompensasi lewat PLN Mobile, lampirkan foto dan nota. Kalau kesulitan WA sy saja di nomor ini, [[p:{hp2}]]
[{tgl1} 21.46] [[n:{n1}]]: Oke pak. Nama sy [[n:{n1}]], nomor sy [[p:{hp1}]]
""",
        M=(2,),
    ),
    T(
        "wa_clerk_thread",
        "land_inheritance",
        """
[{tgl1} 19.00] [[n:{n1}]]: Kaka [[n:{g2}]], ini sy kirim data untuk surat ahli waris bapa
[{tgl1} 19.01] [[n:{n1}]]: Bapa: [[n:{n3}]] alm, NIK [[nik:{nik3}]]
[{tgl1} 19.01] [[n:{n1}]]: Mama: [[n:{n4}]], NIK [[nik:{nik4}]]
[{tgl1} 19.02] [[n:{n1}]]: Kami anak: [[n:{g1}]] [[nik:{nik1}]], [[n:{g2}]] [[nik:{nik2}]], [[n:{g5}]] [[nik:{nik5}]]
[{tgl1} 19.03] [[n:{n1}]]: KK [[kk:{kk3}]]
[{tgl1} 19.20] [[n:{g2}]]: Oke ade. Sy bawa ke staf kelurahan besok. Kata dia harus ada tanda tangan semua anak, [[n:{g5}]] di {town} bagaimana?
[{tgl1} 19.22] [[n:{n1}]]: Nanti sy minta dia tanda tangan di kantor desa sana terus kirim pos. Nomor dia [[p:{hp5}]]
[{tgl1} 19.30] [[n:{g2}]]: Ok. Biaya di kelurahan katanya gratis, tapi pak lurah minta "uang rokok" 😒
""",
        M=(3,),
        F=(4,),
        E=(3, 4),
        fam={1: 3, 2: 3, 5: 3},
    ),
    T(
        "wa_clerk_thread",
        "security_scams",
        """
[{tgl1} 09.15] [[n:{n1}]]: Ibu, sy mau lapor. Sy beli motor bekas dari Sdr [[n:{n2}]], sudah bayar lunas Rp {rpb}, tapi BPKB tidak dikasih
[{tgl1} 09.40] Ibu [[n:{g3}]] SPKT: Selamat pagi. Motor apa, nopol berapa?
[{tgl1} 09.41] [[n:{n1}]]: Vario 125, [[pl:{pl2}]]. Penjual tinggal di [[a:{ad2}]], HP dia [[p:{hp2}]]
[{tgl1} 09.42] [[n:{n1}]]: Transfer ke rekening dia {bank2} [[b:{rek2}]] a.n. [[n:{n2}]]
[{tgl1} 10.00] Ibu [[n:{g3}]] SPKT: Datang ke SPKT bawa bukti transfer, kwitansi dan KTP. Kami buatkan laporan
[{tgl1} 10.01] [[n:{n1}]]: Kwitansi ada, saksi juga ada, sepupu sy [[n:{n4}]]
[{tgl2} 14.00] [[n:{n1}]]: Ibu sy su buat laporan, nomor {lp}. Penyidik siapa ya?
[{tgl2} 14.30] Ibu [[n:{g3}]] SPKT: Penyidik Aiptu [[n:{n5}]]. Nanti beliau hubungi bapak di nomor [[p:{hp1}]]
""",
        F=(3,),
        M=(1, 5),
    ),
    # ---- without spans
    T(
        "wa_clerk_thread",
        "civil_registry",
        """
[{tgl1} 07.30] Dukcapil Kota Kupang: Selamat pagi. Antrean online hari ini dibuka. Ketik: ANTRE#JENIS LAYANAN#KECAMATAN
[{tgl1} 07.31] Pemohon: ANTRE#KTP#OEBOBO
[{tgl1} 07.31] Dukcapil Kota Kupang: Nomor antrean Anda {antri}. Datang jam 09.00. Kuota KTP hari ini 60.
[{tgl1} 07.33] Pemohon: ANTRE#KK#MAULAFA
[{tgl1} 07.33] Dukcapil Kota Kupang: Nomor antrean Anda {antri2}.
[{tgl1} 07.40] Dukcapil Kota Kupang: Kuota KTP hari ini sudah habis. Silakan coba besok jam 07.30.
[{tgl1} 07.41] Dukcapil Kota Kupang: Informasi: layanan akta kelahiran tanpa antrean di loket 6. Pengaduan: {otel}.
""",
    ),
    T(
        "wa_clerk_thread",
        "security_scams",
        """
[{tgl1} 10.02] {scamj}: Selamat siang Bpk/Ibu, kami dari Dinas Sosial Kota Kupang. NIK anda terpilih menerima BLT Rp 3.500.000
[{tgl1} 10.02] {scamj}: Untuk pencairan silakan isi link berikut bit.ly/blt-ntt-{kode} dan kirim foto KTP + KK
[{tgl1} 10.05] Saya: Maaf ini nomor resmi?
[{tgl1} 10.06] {scamj}: Benar, ini nomor resmi admin. Biaya administrasi Rp 150.000 ke rekening {rekb} a.n. DINSOS KOTA KUPANG
[{tgl1} 10.10] Saya: Sy cek dulu ke kantor
[{tgl1} 10.11] {scamj}: Kuota terbatas, hari ini terakhir
---
Diteruskan ke WA pengaduan Dinsos {owa}. Balasan Dinsos ({jam1}): "Itu penipuan. Dinas Sosial tidak pernah minta biaya atau data lewat link. Blokir dan laporkan ke patrolisiber.id."
""",
    ),
    T(
        "wa_clerk_thread",
        "utilities",
        """
Grup "Info Air Kelurahan {kel}" (diekspor)
[{tgl1} 06.00] Admin Kelurahan: Selamat pagi bapa mama. Jadwal distribusi air tangki PDAM minggu ini: Senin RT 01–RT 04, Rabu RT 05–RT 09, Jumat RT 10–RT 14.
[{tgl1} 06.05] Admin Kelurahan: Pengaduan air: call center PDAM {otel}, WA {owa}. Jangan bayar sopir tangki.
[{tgl1} 06.30] Anggota grup: Admin, tangki hari Senin tidak datang ke RT 03
[{tgl1} 06.45] Admin Kelurahan: Sudah kami teruskan ke PDAM, tiket {tiket}.
[{tgl1} 07.10] Admin Kelurahan: Info dari PDAM: perbaikan pipa transmisi di {jl}, estimasi selesai {tg2}. Mohon maaf.
""",
    ),
    T(
        "wa_clerk_thread",
        "health",
        """
Grup "Kader Posyandu {kel}"
[{tgl1} 07.00] Admin Puskesmas: Jadwal posyandu bulan {bln}: Posyandu Melati {tg1}, Posyandu Anggrek {tg2}, Posyandu Sasando {tg3}. Jam 08.00–11.00.
[{tgl1} 07.01] Admin Puskesmas: Vaksin campak-rubela tersedia 120 dosis, nomor batch {kode}.
[{tgl1} 07.05] Admin Puskesmas: Laporan penimbangan dikirim lewat aplikasi e-PPGBM paling lambat tanggal 5. Kendala aplikasi WA {owa}.
[{tgl1} 07.20] Admin Puskesmas: PMT lokal anggaran Rp {rp} per balita per bulan, dibelanjakan oleh kelurahan.
[{tgl1} 07.30] Admin Puskesmas: Info ambulans puskesmas {otel} (24 jam). Call center Dinkes {otel2}.
""",
    ),
    T(
        "wa_clerk_thread",
        "tax_business",
        """
[{tgl1} 09.00] Bapenda Kota Kupang: Selamat pagi. Terima kasih telah menghubungi layanan WA Bapenda. Ketik 1 untuk PBB, 2 untuk BPHTB, 3 untuk pajak restoran/hotel.
[{tgl1} 09.01] Pengguna: 1
[{tgl1} 09.01] Bapenda Kota Kupang: Silakan kirim NOP (18 digit).
[{tgl1} 09.02] Pengguna: {nop}
[{tgl1} 09.02] Bapenda Kota Kupang: Tagihan PBB {thn}: Rp {rp}. Kode bayar {billing}. Jatuh tempo 31 Agustus. Bayar di Bank NTT, kantor pos, atau QRIS.
[{tgl1} 09.03] Pengguna: Tahun lalu sudah bayar tapi masih muncul tunggakan Rp {rp2}
[{tgl1} 09.04] Bapenda Kota Kupang: Silakan kirim foto bukti bayar (NTPD) ke email pbb.bapenda@kupangkota.go.id atau datang ke loket, {jlno}.
""",
    ),
    T(
        "wa_clerk_thread",
        "education",
        """
Grup "Orang Tua Kelas {kelas} {school}"
[{tgl1} 18.00] Wali Kelas: Selamat sore bapa mama. Info pembayaran uang komite semester ini Rp {rp}, transfer ke rekening komite Bank NTT {rekntt} a.n. Komite Sekolah, atau tunai ke bendahara komite di sekolah.
[{tgl1} 18.02] Wali Kelas: Berita transfer tulis NISN anak (10 digit), contoh {nisn}.
[{tgl1} 18.10] Orang tua siswa: Ibu, bisa cicil?
[{tgl1} 18.15] Wali Kelas: Bisa bapa/mama, hubungi komite di WA komite {owa}.
[{tgl1} 18.20] Wali Kelas: Pengambilan rapor {tg2}, tidak terkait pembayaran.
""",
    ),
    T(
        "wa_clerk_thread",
        "social_aid",
        """
[{tgl1} 08.00] Kantor Pos Kupang: Informasi penyaluran Bansos sembako tahap {kecil} di Kantor Pos Kupang dan komunitas. Bawa undangan (barcode), KTP-el dan KK asli.
[{tgl1} 08.01] Kantor Pos Kupang: Jadwal: Kec. Alak {tg1}, Kec. Maulafa {tg2}, Kec. Oebobo {tg3}, Kec. Kelapa Lima {tg4}.
[{tgl1} 08.02] Kantor Pos Kupang: Nominal Rp 600.000 per KPM. Tidak ada potongan.
[{tgl1} 08.05] Kantor Pos Kupang: Waspada penipuan: nomor {scam} dan {scam2} bukan milik PT Pos Indonesia.
[{tgl1} 08.06] Kantor Pos Kupang: Pengaduan: Halo Pos 1500161, WA {owa}.
""",
    ),
]

# ---- email_quoted: e-mails with quoted replies, headers and signatures
TEMPLATES += [
    T(
        "email_quoted",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Disdukcapil Kota Kupang <dukcapil@kupangkota.go.id>
Date: {tg2} {jam2}
Subject: Re: Permohonan perbaikan nama di KK

Selamat siang,
Terima kasih balasannya. Berikut data yang diminta:
Nama sesuai akta: [[n:{n1}]]
Nama di KK sekarang: [[n:{nx1}]]
NIK: [[nik:{nik1}]]
No. KK: [[kk:{kk1}]]
Alamat: [[a:{adr1}]], Kel. {kel}
HP: [[p:{hp1}]]
Scan akta kelahiran (No. {akta}) dan ijazah terlampir.

Salam,
[[n:{n1}]]

Pada {tg1} {jam1}, Disdukcapil Kota Kupang <dukcapil@kupangkota.go.id> menulis:
> Yth. Bapak/Ibu,
> Mohon kirim NIK, nomor KK, dan dokumen pendukung (akta/ijazah).
> Pelayanan perbaikan data tidak dipungut biaya.
> Call center {otel}
""",
    ),
    T(
        "email_quoted",
        "education",
        """
From: "[[n:{n1}]]" <[[e:{em1}]]>
To: [[n:{f2}]], [[n:{g2}]] <[[e:{emk2}]]>
Cc: tu.smpn8kupang@gmail.com
Subject: Fwd: Nilai rapor anak kami tidak muncul di e-Rapor

Ibu [[n:{g2}]] yth,
Mohon maaf mengganggu. Anak kami [[n:{n3}]] (kelas {kelas}, NISN {nisn}) nilainya kosong di e-Rapor, padahal teman-temannya sudah. Kami teruskan email dari operator di bawah.
Terima kasih,
[[n:{n1}]]
HP/WA [[p:{hp1}]]

---------- Forwarded message ---------
Dari: Operator Sekolah <operator.smpn8kupang@gmail.com>
Tanggal: {tg1}
> Yth. Orang tua/wali,
> Data siswa a.n. [[n:{N3}]] belum sinkron karena NIK di Dapodik ([[nik:{nik3}]]) berbeda dengan data Dukcapil. Mohon kirim foto KK ([[kk:{kk1}]]) ke email ini.
> Operator
""",
        F=(2,),
        K=(3,),
        fam={3: 1},
    ),
    T(
        "email_quoted",
        "tax_business",
        """
Subject: Re: Konfirmasi status NPWP dan kewajiban SPT
From: [[n:{n1}]] <[[e:{em1}]]>
To: KPP Pratama Kupang <kpp.920@pajak.go.id>

Yth. Petugas KPP,
Saya sudah aktivasi NIK sebagai NPWP. NPWP lama saya [[npwp:{npwpd1}]], sekarang [[npwp:{npwpn1}]]. Istri saya [[n:{n2}]] juga punya NPWP sendiri [[npwp:{npwpd2}]] karena dulu buka usaha catering di rumah ([[a:{ad1}]]).
Mohon konfirmasi apakah SPT istri masih wajib, karena usahanya sudah tutup sejak {bln}.
Hormat saya,
[[n:{n1}]]
NIK [[nik:{nik1}]] | HP [[p:{hp1}]]

On {tge1}, KPP Pratama Kupang <kpp.920@pajak.go.id> wrote:
> Terima kasih telah menghubungi kami. Mohon sampaikan NPWP/NIK dan nama wajib pajak.
> Layanan informasi: Kring Pajak 1500200, telp KPP {otel}.
> Email ini dikirim oleh Seksi Pelayanan.
""",
        F=(2,),
    ),
    T(
        "email_quoted",
        "health",
        """
From: [[n:{n1}]] <[[e:{emx1}]]>
To: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Pengaduan: ayah saya ditolak rawat inap

Yth. BPJS Kesehatan,
Ayah saya [[n:{n2}]], peserta JKN No. [[bpjs:{bpjs2}]] (NIK [[nik:{nik2}]]), ditolak rawat inap di {rs} pada {tg1} karena "kamar kelas III penuh", padahal kami lihat ada kamar kosong. Kami diminta naik kelas dan bayar selisih Rp {rpb}.
Dokter yang menangani: dr. [[n:{n3}]], Sp.PD.
Mohon bantuan. Saya bisa dihubungi di [[p:{hp1}]] atau telp rumah [[p:{tr1}]].
Alamat: [[a:{adr1}]]

Salam,
[[n:{n1}]]

---
Balasan otomatis (noreply@bpjs-kesehatan.go.id): Pengaduan tercatat No. {tiket}.
""",
        M=(2,),
        E=(2,),
    ),
    T(
        "email_quoted",
        "land_inheritance",
        """
From: [[n:{f1}]], [[n:{g1}]] <[[e:{em1}]]>
To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
Cc: [[n:{n2}]] <[[e:{em2}]]>
Subject: Permohonan informasi blokir sertifikat SHM {shm}

Dengan hormat,
Saya [[n:{n1}]], ahli waris almarhum [[n:{n3}]], bersama saudara saya [[n:{n2}]] (cc), memohon informasi atas blokir SHM No. {shm} (NIB {nib}) di Kel. {kel}. Menurut informasi loket, blokir diajukan oleh [[n:{n4}]] pada {tg1}.
Kami tidak pernah menerima pemberitahuan. Mohon salinan permohonan blokir tersebut.
Lampiran: KTP (NIK [[nik:{nik1}]]), KK [[kk:{kk3}]], surat keterangan waris No. {sk}.
Hormat kami,
[[n:{n1}]] – [[p:{hp1}]]
[[n:{n2}]] – [[p:{hp2}]]
""",
        M=(3,),
        E=(3,),
        fam={1: 3, 2: 3},
    ),
    T(
        "email_quoted",
        "social_aid",
        """
Dari: [[n:{n1}]] <[[e:{em1}]]>
Kepada: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Tanggal: {tg2}
Subjek: RE: RE: Usulan DTKS keluarga [[n:{f2}]]

Yth. Bapak/Ibu Dinas Sosial,
Saya menulis atas nama tetangga saya, Ibu [[n:{n2}]] (janda, {umur2} th), yang tidak punya HP. NIK beliau [[nik:{nik2}]], KK [[kk:{kk2}]], rumah di [[a:{adr2}]]. Dua anaknya, [[n:{n3}]] dan [[n:{n4}]], putus sekolah.
Sudah 2 kali email belum ada kepastian.
Terima kasih,
[[n:{n1}]] (Ketua Kelompok Doa Rayon {num}, HP [[p:{hp1}]])

> Pada {tg1}, Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id> menulis:
> Usulan akan diverifikasi pada pemutakhiran bulan depan. Mohon pastikan NIK padan.
""",
        F=(2,),
        K=(3, 4),
        fam={3: 2, 4: 2},
    ),
    T(
        "email_quoted",
        "security_scams",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Bank NTT Cabang Utama <cs.cabangutama@bankntt.co.id>
Subject: Mohon blokir rekening penipu – Laporan Polisi {lp}

Yth. Customer Service,
Pada {tg1} saya mentransfer Rp {rpb} dari rekening saya [[b:{ntt1}]] ke rekening Bank NTT [[b:{ntt2}]] a.n. [[n:{n2}]], untuk pembelian tanah kavling di Penfui yang ternyata fiktif. Penjual juga pakai nama [[n:{g2}]] dan WA [[p:{hp2}]].
Laporan polisi sudah dibuat (terlampir). Mohon rekening tersebut diblokir.
Data saya: NIK [[nik:{nik1}]], HP [[p:{hp1}]], alamat [[a:{adr1}]].
Terima kasih,
[[n:{n1}]]

On {tge1} cs.cabangutama@bankntt.co.id wrote:
> Mohon lampirkan LP asli dan kartu identitas. Hubungi call center {cc}.
""",
    ),
    T(
        "email_quoted",
        "utilities",
        """
From: PLN UP3 Kupang <up3kupang@pln.co.id>
To: [[n:{n1}]] <[[e:{em1}]]>
Subject: Re: Klaim kompensasi kerusakan alat elektronik

Yth. Bapak/Ibu [[n:{n1}]],
Klaim atas ID pelanggan {idpel} (alamat [[a:{adr1}]]) sedang diverifikasi oleh tim. Mohon lengkapi: foto KTP, nota pembelian, dan rekening untuk pengembalian.
Salam, PLN UP3 Kupang | Contact Center 123

-----Original Message-----
From: [[n:{n1}]] <[[e:{em1}]]>
Sent: {tge1}
> Tegangan naik tanggal {tg1} jam {jam1}, kulkas dan TV saya rusak. NIK saya [[nik:{nik1}]], HP [[p:{hp1}]].
> Rekening saya {bank1} [[b:{rek1}]] a.n. [[n:{n1}]].
> Tetangga saya, [[n:{n2}]], juga kena, dia akan kirim email sendiri.
""",
    ),
    T(
        "email_quoted",
        "health",
        """
Subject: Surat keterangan sehat – permintaan koreksi nama
From: "[[n:{n1}]]" <[[e:{emn1}]]>
To: {pusk} <pkm.kupang.ppid@gmail.com>

Selamat pagi,
Surat keterangan sehat saya (No. {sk}) tertulis nama "[[n:{nx1}]]", seharusnya [[n:{n1}]] (sesuai KTP, NIK [[nik:{nik1}]]). Surat ini untuk melamar CPNS, batas unggah {tg1}.
Pemeriksa: dr. [[n:{n2}]]. Kasir: [[n:{n3}]], kwitansi No. {kode}, Rp 50.000.
Mohon dikoreksi. Saya bisa ambil langsung atau dikirim PDF.
Terima kasih,
[[n:{n1}]]
[[p:{hpn1}]]
""",
    ),
    T(
        "email_quoted",
        "education",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Panitia PPDB <ppdb@kupangkota.go.id>
Subject: Sanggahan hasil PPDB jalur afirmasi – {nopend}

Yth. Panitia,
Anak saya [[n:{n2}]] (NISN {nisn}) tidak diterima di jalur afirmasi walaupun kami terdaftar di DTKS dan punya KIP ({kode}). Yang diterima ada anak pegawai bank.
Data orang tua:
Ayah: [[n:{n1}]], NIK [[nik:{nik1}]]
Ibu: [[n:{n3}]], NIK [[nik:{nik3}]]
KK: [[kk:{kk1}]]
Alamat: [[a:{adc1}]], [[a:{rt1}]]
Mohon peninjauan.
[[n:{n1}]] – [[p:{hp1}]]

> On {tge2} Panitia PPDB <ppdb@kupangkota.go.id> wrote:
> Sanggahan dapat diajukan paling lambat 2 hari setelah pengumuman.
""",
        K=(2,),
        F=(3,),
        fam={2: 1},
    ),
    T(
        "email_quoted",
        "tax_business",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
Subject: Keberatan ketetapan pajak restoran (warung milik pribadi)

Yth. Kepala Bapenda,
Saya pemilik warung makan kecil di rumah, [[a:{adr1}]] (rumah sendiri). Saya menerima SKPD No. {sk} pajak restoran Rp {rp} per bulan, padahal omzet saya di bawah batas. Saya bukan badan usaha, NPWP saya pribadi [[npwp:{npwp1}]] dan NPWPD atas nama saya sendiri.
Saya lampirkan catatan penjualan 3 bulan.
Petugas pendata yang datang, Sdr. [[n:{n2}]], tidak menunjukkan surat tugas.
Salam,
[[n:{n1}]]
WA: [[p:{hp1}]]
Sent from my Galaxy
""",
    ),
    T(
        "email_quoted",
        "civil_registry",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: Ombudsman RI Perwakilan NTT <pengaduan.ntt@ombudsman.go.id>
Subject: Laporan: akta kematian ayah tidak diterbitkan

Yth. Ombudsman,
Ayah kami [[n:{n2}]] (NIK [[nik:{nik2}]]) meninggal {tg1}. Akta kematian diajukan lewat kelurahan {tg2}, sampai sekarang belum terbit. Akibatnya KK kami ([[kk:{kk2}]]) belum bisa diperbarui, dan ibu kami [[n:{n3}]] tidak bisa urus pensiun janda.
Petugas yang menerima berkas di kelurahan: [[n:{n4}]].
Terima kasih.
[[n:{n1}]]
[[a:{adr2}]], Kel. {kel}
HP [[p:{hp1}]]

Pada {tg3} Ombudsman RI Perwakilan NTT menulis:
> Laporan Saudara telah kami terima dengan nomor registrasi {reg}.
""",
        M=(2,),
        F=(3,),
        E=(2, 3),
        fam={1: 2},
    ),
    T(
        "email_quoted",
        "social_aid",
        """
From: [[n:{n1}]] <[[e:{emk1}]]>
To: [[n:{n2}]] <[[e:{em2}]]>
Subject: Re: Bantuan sewa rumah korban kebakaran

Pak [[n:{g2}]],
Kami dari Dinas Sosial sudah menerima data bapak. Bantuan sewa rumah Rp {rp} per bulan selama 3 bulan akan ditransfer ke rekening yang bapak sampaikan: {bank2} [[b:{rek2}]] a.n. [[n:{n2}]].
Mohon konfirmasi NIK istri, karena di data kami [[nik:{nik3}]] tidak padan.
Salam,
[[n:{n1}]]
Seksi Perlindungan Sosial, Dinas Sosial Kota Kupang
Telp kantor {otel}

> Pada {tg1}, [[n:{n2}]] <[[e:{em2}]]> menulis:
> Rumah saya di [[a:{adr2}]] terbakar. Istri saya [[n:{n3}]], anak 2 orang. HP [[p:{hp2}]].
""",
        M=(2,),
        F=(3,),
    ),
    T(
        "email_quoted",
        "security_scams",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: patrolisiber@polri.go.id
Subject: Akun Facebook palsu atas nama ibu saya

Selamat malam,
Ada akun Facebook yang memakai foto dan nama ibu saya, [[n:{n2}]], untuk meminjam uang ke kenalan-kenalannya. Akun itu meminta transfer ke {wal3} [[p:{hp3}]] atas nama [[n:{n3}]] dan ke rekening {bank3} [[b:{rek3}]].
Ibu saya sendiri tinggal di [[a:{adr2}]] dan tidak punya Facebook. Nomor asli ibu [[p:{hp2}]].
Korban yang sudah transfer: Om [[n:{n4}]] dan tante [[n:{n5}]].
Mohon akun ditutup.
[[n:{n1}]], [[p:{hp1}]]
""",
        F=(2, 5),
        fam={1: 2},
    ),
    T(
        "email_quoted",
        "land_inheritance",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: notaris.ppat.kupang@gmail.com
Cc: [[n:{n2}]] <[[e:{emx2}]]>; [[n:{n3}]] <[[e:{em3}]]>
Subject: Draft akta pembagian hak bersama – koreksi data

Selamat siang Ibu Notaris,
Dalam draft akta yang kami terima, ada beberapa data salah:
1. NIK [[n:{n2}]] tertulis [[nik:{nikw2}]], yang benar [[nik:{nik2}]].
2. Alamat [[n:{n3}]] tertulis [[a:{ad5}]], yang benar [[a:{adr3}]].
3. Luas tanah {luas} m2 (SHM {shm}), bukan seperti di draft.
Mohon diperbaiki sebelum penandatanganan {tg1}.
Hormat kami,
[[n:{n1}]] (mewakili ahli waris)
HP [[p:{hp1}]]
""",
        fam={2: 1, 3: 1},
    ),
    T(
        "email_quoted",
        "education",
        """
From: [[n:{n1}]] <[[e:{em1}]]>
To: LLDIKTI Wilayah XV <lldikti15@kemdikbud.go.id>
Subject: Ijazah ditahan kampus karena tunggakan – mohon bantuan

Yth. Bapak/Ibu,
Saya [[n:{n1}]], alumni Prodi PGSD {thn}, NIM {kode}. Ijazah saya ditahan karena tunggakan Rp {rp}, padahal saya penerima KIP Kuliah dan seluruh UKT dibayar pemerintah.
Staf keuangan kampus, Ibu [[n:{n2}]], bilang tunggakan itu "biaya wisuda dan toga".
Data: NIK [[nik:{nik1}]], HP [[p:{hp1}]], alamat [[a:{adr1}]], Kel. {kel}.
Orang tua: [[n:{n3}]] (ayah), [[p:{hp3}]].
Hormat saya,
[[n:{n1}]]
""",
        F=(2,),
        M=(3,),
        fam={1: 3},
    ),
    # ---- without spans
    T(
        "email_quoted",
        "civil_registry",
        """
From: Disdukcapil Kota Kupang <dukcapil@kupangkota.go.id>
To: (daftar penerima disembunyikan)
Subject: Pemberitahuan: layanan cetak KTP-el Sabtu

Yth. Warga Kota Kupang,
Mulai {tg1}, layanan cetak KTP-el dibuka setiap Sabtu jam 08.00–12.00 di {jlno}. Antrean melalui WA {owa} (format: CETAK#NIK). Kuota 100 keping per hari.
Syarat: sudah rekam, membawa KTP lama/suket. Tidak dipungut biaya.
Pengaduan pungutan: SMS 1708 (KOTKUPANG spasi keluhan) atau email pengaduan.dukcapil@kupangkota.go.id.
Surat Edaran No. {sk}.

> Email ini dikirim otomatis dari noreply@kupangkota.go.id. Mohon tidak membalas.
""",
    ),
    T(
        "email_quoted",
        "tax_business",
        """
From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
To: (Wajib Pajak)
Subject: Bukti Penerimaan Elektronik SPT Tahunan

Nomor Tanda Terima Elektronik: {ref}
NPWP: ***.***.***.*-920.000
Tahun Pajak: {thn}
Status SPT: Nihil
Tanggal Penyampaian: {tg1} {jam1} WIB
Terima kasih telah melaporkan SPT Tahunan. Dokumen ini sah tanpa tanda tangan.
Kring Pajak 1500200 | www.pajak.go.id
Waspada penipuan mengatasnamakan DJP: pembayaran pajak hanya dengan kode billing (contoh {billing}), DJP tidak pernah meminta transfer ke rekening pribadi dan tidak menghubungi lewat WA {scam}.
""",
    ),
    T(
        "email_quoted",
        "education",
        """
From: Tata Usaha {school} <tu.sekolah.kupang@gmail.com>
To: orangtua-kelas9@googlegroups.com
Subject: Jadwal ujian sekolah dan pengambilan kartu peserta

Yth. Bapak/Ibu orang tua siswa kelas 9,
Ujian sekolah dilaksanakan {tg1} s.d. {tg2}. Kartu peserta diambil di TU mulai {tg3} jam 08.00–12.00 (nomor peserta format {kode}-9-xxx).
Pembayaran uang ujian Rp {rp} ke rekening komite Bank NTT {rekntt} a.n. Komite Sekolah, berita: NISN siswa.
Kontak: telp TU {otel}, WA TU {owa}.
Salam, Tata Usaha
NPSN {npsn}
""",
    ),
    T(
        "email_quoted",
        "health",
        """
From: Dinas Kesehatan Kota Kupang <dinkes@kupangkota.go.id>
To: pengaduan.ntt@ombudsman.go.id
Subject: Tanggapan atas registrasi {reg}

Yth. Kepala Perwakilan,
Menindaklanjuti surat No. {sk} tentang dugaan pungutan di {pusk}, kami sampaikan:
1. Klarifikasi dilakukan {tg1}. Petugas loket mengakui memungut Rp 25.000 untuk kartu berobat.
2. Uang telah dikembalikan kepada pelapor {tg2}, bukti terlampir.
3. Kepala puskesmas telah diberi pembinaan (surat No. {sk2}).
4. Loket kini memasang informasi "Pelayanan JKN Gratis" dan nomor pengaduan {owa}.
Hormat kami,
Sekretaris Dinas Kesehatan (NIP {nip})
""",
    ),
    T(
        "email_quoted",
        "utilities",
        """
From: Perumda Air Minum Kota Kupang <layanan@pdam-kotakupang.co.id>
To: (pelanggan)
Subject: [Tiket {tiket}] Jadwal perbaikan pipa transmisi

Yth. Pelanggan,
Perbaikan pipa transmisi di {jl} dilaksanakan {tg1} pukul 21.00 s.d. {tg2} pukul 06.00. Distribusi air ke Kel. {kel}, {kel2} dan {kel3} terhenti sementara.
Tangki air gratis dapat dipesan melalui call center {otel} atau WA {owa} dengan menyebut nomor sambungan (contoh {samb}).
Mohon maaf atas ketidaknyamanan.
Humas Perumda Air Minum
""",
    ),
    T(
        "email_quoted",
        "social_aid",
        """
From: Sekretariat Dinas Sosial <dinsos@kupangkota.go.id>
To: seluruh-tksk@googlegroups.com
Subject: FW: Jadwal verval DTKS tahap {kecil}

Rekan-rekan TKSK dan pendamping,
Jadwal verifikasi dan validasi DTKS: Kec. Alak {tg1}, Maulafa {tg2}, Oebobo {tg3}, Kelapa Lima {tg4}, Kota Raja {tg5}, Kota Lama {tg6}.
Format laporan: file Excel dikirim ke email ini paling lambat H+3. Jangan kirim NIK lengkap lewat grup WA.
Honor verval Rp {rp}/hari, ditransfer dari rekening penampung {rekntt}.
Salam,
Sekretariat

-----Original Message-----
From: Bidang Linjamsos <linjamsos.dinsos@kupangkota.go.id>
> Mohon diteruskan ke TKSK.
""",
    ),
    T(
        "email_quoted",
        "land_inheritance",
        """
From: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
To: (pemohon)
Subject: Pemberitahuan jadwal pengukuran – berkas {kode}

Yth. Pemohon,
Pengukuran bidang tanah untuk berkas No. {kode} (Kel. {kel}, luas permohonan {luas} m2) dijadwalkan {tg1} jam 09.00 WITA. Mohon hadir bersama pemilik tanah yang berbatasan dan Ketua RT setempat.
Biaya PNBP telah dibayar (kode billing {billing}, Rp {rp}).
Informasi: Hotline {owa}, call center ATR/BPN {cc}.
Seksi Survei dan Pemetaan
""",
    ),
]

# ---- voice_note_malay: Kupang Malay voice notes transcribed by the unit's staff or an app
TEMPLATES += [
    T(
        "voice_note_malay",
        "utilities",
        """
[Transkrip pesan suara 02:41 – diterima {tgl1} {jam1}]
Halo, selamat sore bapa ibu di pengaduan. Beta [[n:{n1}]], tinggal di [[a:{adr1}]], Kelurahan {kel}. Beta mau lapor ni, air PDAM di katong pung rumah su sonde jalan dua minggu. Beta pung nomor sambungan {samb}, atas nama beta pung bapa mantu, [[n:{n2}]]. Tagihan tetap datang, Rp {rp}, beta su bayar lai. Katong beli air tangki dari Om [[n:{n3}]], satu tangki Rp {rpk}. Tetangga dong, Mama [[n:{n4}]] deng Bapa [[n:{n5}]], ju sama. Petugas yang datang kemarin, nama [[n:{g6}]], bilang pipa di {jl} patah, tapi sampe sekarang sonde ada yang kerja. Tolong e. Kalo mau telpon beta, [[p:{hp1}]], atau beta pung maitua [[n:{g7}]] [[p:{hp7}]]. Makasih banyak.
""",
        M=(1, 2),
        F=(7,),
    ),
    T(
        "voice_note_malay",
        "social_aid",
        """
Transkrip VN (WhatsApp, 03:05)
"Selamat pagi ibu. Beta ni [[n:{g1}]], [[n:{n1}]], dari [[a:{rt1}]] {kel}. Beta mau tanya, beta pung mama, Oma [[n:{n2}]], umur su {umur2}, dia pung nama su keluar dari daftar lansia. Padahal bulan lalu masih dapat. Dia pung NIK, beta baca e: [[nik:{nikp2}]]. KK ikut beta pung kaka [[n:{n3}]], nomor KK [[kk:{kk3}]]. Pendamping yang biasa datang tu ibu [[n:{g4}]], mar sekarang dia su pindah ko apa, beta sonde tau. Beta pung nomor [[p:{hp1}]]. Kalo bisa ibu telpon e, karena oma su sonde bisa jalan. Danke."
""",
        E=(2,),
        F=(2,),
        fam={1: 2, 3: 2},
    ),
    T(
        "voice_note_malay",
        "health",
        """
[Transkrip otomatis – pesan suara 01:58]
bapa ibu, beta mau mangadu soal puskesmas. kemarin malam beta pung anak, [[n:{l3}]], panas tinggi, beta bawa ke {pusk}. dong bilang dokter sonde ada, cuma perawat jaga, nama [[n:{lg4}]]. dia kasi obat sa terus suruh pulang. pagi ni anak su kejang, katong bawa ke {rs}, ternyata malaria. beta pung kartu bpjs anak tu [[bpjs:{bpjs3}]], nik beta [[nik:{nik1}]]. beta [[n:{l1}]], rumah di [[a:{ad1}]] kelurahan {kel}. nomor beta [[p:{hp1}]]. tolong puskesmas malam harus ada dokter e. makasih.
""",
        K=(3,),
        fam={3: 1},
    ),
    T(
        "voice_note_malay",
        "civil_registry",
        """
Pesan suara (diketik ulang petugas Unit Pengaduan, {tgl1})
"Om, tanta, beta ni [[n:{n1}]]. Beta urus akta lahir beta pung ana, [[n:{n2}]], dari bulan {bln}. Di dukcapil dong bilang beta pung nama di KK tatulis [[n:{nx1}]], jadi sonde cocok deng surat nikah. Beta pung NIK [[nik:{nik1}]], KK [[kk:{kk1}]]. Beta pung paitua, [[n:{n3}]], dia kerja di {town}, jadi sonde bisa datang tanda tangan. Dong minta surat kuasa, beta su bawa, mar dong bilang harus legalisir lai. Bolak balik su empat kali, ojek sa su Rp {rpk} sekali jalan. Beta tinggal di [[a:{adc1}]]. Kalo ada yang bisa bantu, telpon [[p:{hp1}]]."
""",
        F=(1,),
        M=(3,),
        K=(2,),
        fam={2: 3},
    ),
    T(
        "voice_note_malay",
        "land_inheritance",
        """
[VN 04:12, ditranskrip]
Selamat siang bapa. Beta [[n:{n1}]] dari Kelurahan {kel}. Beta mau lapor soal tanah warisan dari beta pung opa, almarhum [[n:{n2}]]. Tanah tu di belakang [[a:{ad1}]], luas kira-kira {luas} meter. Sekarang ada orang, nama [[n:{n3}]], dia pagar tanah tu, dia bilang dia su beli dari beta pung om, [[n:{n4}]]. Padahal katong ahli waris ada lima orang, sonde pernah tanda tangan jual. Beta su lapor di lurah, Pak [[n:{g5}]], mar dia bilang "urus sendiri". Sertifikat belum ada, cuma ada surat garap tahun {yr} deng NOP {nop}. Beta pung nomor [[p:{hp1}]], beta pung ade [[n:{g6}]] [[p:{hp6}]]. Tolong bantu mediasi e bapa.
""",
        E=(2,),
        M=(2, 4),
        fam={1: 2, 4: 2, 6: 2},
    ),
    T(
        "voice_note_malay",
        "security_scams",
        """
Transkrip pesan suara ke call center (02:30)
"Halo, pak, beta mau lapor penipuan. Tadi pagi ada orang telpon beta pung mama, [[n:{n2}]], dia bilang beta kecelakaan di Oesapa, harus operasi, minta transfer Rp {rpb}. Mama panik, langsung transfer ke rekening {bank3} [[b:{rek3}]] atas nama [[n:{n3}]]. Padahal beta ada di kantor. Nomor yang telpon tu {scam}, sekarang su sonde aktif. Beta [[n:{n1}]], mama pung rumah di [[a:{adr2}]]. Beta pung nomor [[p:{hp1}]]. Mama pung nomor [[p:{hp2}]]. Beta su pi Polsek {kec}, dong kasi surat {lp}. Tolong bank blokir itu rekening."
""",
        F=(2,),
        fam={1: 2},
    ),
    T(
        "voice_note_malay",
        "education",
        """
[Transkrip VN, grup orang tua]
bapa mama, beta [[n:{lg1}]], mama dari [[n:{lg2}]] kelas {kelas}. beta mau omong sadiki soal uang komite. katong su bayar Rp {rp} ke bendahara komite, ibu [[n:{lg3}]], mar sampe sekarang kwitansi sonde dikasi. beta pung suami, [[n:{l4}]], su tanya di sekolah, dong bilang kwitansi ada di ibu [[n:{lg3}]]. beta telpon dia di [[p:{hp3}]], sonde angkat. bosong yang lain su dapat kwitansi ko belum? kalo belum, mari katong sama-sama pi tanya kepala sekolah hari senin. nomor beta [[p:{hp1}]] e.
""",
        F=(1, 3),
        M=(4,),
        K=(2,),
        fam={2: 4},
    ),
    T(
        "voice_note_malay",
        "tax_business",
        """
Pesan suara dari pedagang pasar (transkrip, 03:20)
"Selamat pagi ibu di Bapenda. Beta [[n:{n1}]], jual ikan di Pasar Oeba, lapak nomor {num}. Beta su bayar retribusi tiap hari Rp 3.000, ada karcis. Mar minggu lalu ada petugas baru, dia bilang nama [[n:{g2}]], dia tagih Rp 10.000 sonde ada karcis. Beta tanya, dia marah. Beta pung NPWP, beta baru bikin tahun lalu, [[npwp:{npwp1}]], usaha perorangan. Beta pung NIK [[nik:{nik1}]]. Rumah di [[a:{adr1}]]. Ada juga ibu [[n:{n3}]] deng om [[n:{n4}]], dong dua ju ditagih. Tolong dicek e ibu. Nomor beta [[p:{hp1}]]."
""",
        F=(3,),
        M=(4,),
    ),
    T(
        "voice_note_malay",
        "social_aid",
        """
[VN 02:02]
bapa, beta ni [[n:{l1}]] dari [[a:{rt1}]] eh maksud beta alamat [[a:{ad1}]]. beta mau lapor, bantuan beras dari pemerintah tu, di beta pung rt, yang dapat cuma keluarga ketua rt deng dong pung keluarga. beta pung tetangga, oma [[n:{l2}]], janda, sonde dapat. om [[n:{l3}]] yang sakit stroke sonde dapat. yang dapat malah [[n:{l4}]], dia pung oto ada dua, plat [[pl:{pl4}]] deng satu lai. beta su foto daftar penerima. kalo mau kontak beta [[p:{hp1}]]. beta minta nama beta jang kasi tau ke ketua rt e bapa.
""",
        E=(2,),
        F=(2,),
        M=(3,),
    ),
    T(
        "voice_note_malay",
        "health",
        """
Transkrip pesan suara (Unit Pengaduan Kasih, {tgl1})
"Ibu, beta [[n:{n1}]]. Beta pung maitua, [[n:{n2}]], dia hamil delapan bulan, kemarin kontrol di {pusk}. Bidan bilang harus USG di rumah sakit, mar dong sonde kasi rujukan, suruh bayar sendiri Rp {rp}. Dia pung kartu KIS [[bpjs:{bpjs2}]], aktif, beta su cek di aplikasi. Bidan yang bilang tu, bidan [[n:{g3}]]. Beta sonde ada uang. Beta kerja buruh di pelabuhan. Rumah di [[a:{adr1}]], Kelurahan {kel}. Nomor beta [[p:{hp1}]], maitua pung nomor [[p:{hp2}]]. Tolong e ibu."
""",
        M=(1,),
        F=(2, 3),
    ),
    T(
        "voice_note_malay",
        "civil_registry",
        """
[Transkrip VN 01:44]
Selamat malam pak. Beta mau tanya soal KTP. Beta [[n:{n1}]], rekam KTP di kecamatan dari tahun {yr}, sampe sekarang cuma dapat suket. Di suket tu beta pung NIK [[nik:{nik1}]]. Beta mau daftar kerja di Kalimantan, PT minta KTP asli. Beta su pi Dukcapil tiga kali, dong bilang blanko habis. Beta pung teman, [[n:{n2}]], dia bayar orang Rp {rp}, dua hari su jadi. Itu bagaimana pak? Beta pung nomor [[p:{hpo1}]], atau email [[e:{emx1}]].
""",
    ),
    T(
        "voice_note_malay",
        "security_scams",
        """
Transkrip pesan suara ke Bhabinkamtibmas (03:48)
"Selamat siang pak polisi. Beta [[n:{n1}]], tinggal di [[a:{adr1}]]. Semalam beta pung motor hilang, Honda Supra warna merah, plat [[pl:{pl1}]]. Beta parkir di depan rumah, jam dua malam su sonde ada. Tetangga, Om [[n:{n2}]], dia lia ada dua orang pake motor hitam, plat ujung-ujung [[pl:{pl3}]] kalo dia sonde salah lia. Beta pung STNK ada, atas nama beta pung kaka, [[n:{n4}]]. Beta pung nomor [[p:{hp1}]]. Kaka pung nomor [[p:{hp4}]]. Tolong bantu e pak."
""",
        M=(2,),
    ),
    T(
        "voice_note_malay",
        "education",
        """
[VN 02:55, orang tua siswa ke Dinas Pendidikan]
"Selamat pagi. Beta [[n:{n1}]], beta pung ana [[n:{n2}]] su lulus SMP tahun ni. Dia mau daftar SMA, mar ijazah belum dapat, sekolah bilang karena beta belum lunas uang komite Rp {rp}. Beta janda, kerja tenun, jual di {shop}. Beta pung NIK [[nik:{nik1}]], KK [[kk:{kk1}]], rumah di [[a:{rt1}]] Kelurahan {kel}. Kepala sekolah, ibu [[n:{n3}]], bilang itu aturan komite. Ana pung NISN {nisn}. Nomor beta [[p:{hp1}]]. Tolong bapa ibu bantu, supaya ana bisa sekolah."
""",
        F=(1, 3),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "voice_note_malay",
        "land_inheritance",
        """
[Transkrip, pesan suara 05:02 – dipotong]
… jadi bapa, masalahnya tu begini. Beta pung bapa, [[n:{n1}]], dia pung tanah di [[a:{ad1}]], sertifikat atas nama dia, SHM {shm}. Bapa su meninggal. Sekarang beta pung kaka sulung, [[n:{n2}]], dia mau jual sendiri, sonde tanya katong adik-adik. Dia su bawa sertifikat ke notaris, ibu [[n:{n3}]]. Beta deng beta pung ade, [[n:{n4}]] di {town}, sonde setuju. Beta su kasi surat keberatan ke kantor BPN tanggal {tgl1}, nomor {kode}. Beta pung NIK, kalo perlu, [[nik:{nikc5}]]. Nama beta [[n:{n5}]]. Nomor beta [[p:{hp5}]]. Katong mau bagi rata, sonde mau ribut. Tolong kasi saran e bapa.
""",
        M=(1,),
        E=(1,),
        F=(3,),
        fam={2: 1, 4: 1, 5: 1},
    ),
    T(
        "voice_note_malay",
        "utilities",
        """
[VN 01:37]
ibu, ini beta [[n:{lg1}]] dari {kel}, yang tadi pagi telpon. lampu jalan di depan beta pung rumah, [[a:{ad1}]], su mati tiga bulan. anak-anak pulang mengaji malam gelap. beta su lapor ke pln, dong bilang lampu jalan tu urusan pemkot, dishub. beta telpon dishub {otel}, sonde angkat. kalo ibu mau cek, beta pung tetangga, bapa [[n:{lg2}]], dia yang foto tiang lampu tu. nomor beta [[p:{hp1}]], bapa [[n:{lg2}]] pung nomor [[p:{hp2}]].
""",
        M=(2,),
    ),
    T(
        "voice_note_malay",
        "social_aid",
        """
Transkrip VN untuk posko bencana (02:20)
"Posko, beta [[n:{n1}]] dari [[a:{rt1}]] {kel}. Katong pung rumah rusak berat kena angin kencang tadi malam, atap seng terbang semua. Di rumah ada beta, beta pung maitua [[n:{n2}]], ana tiga, [[n:{g3}]], [[n:{g4}]] deng [[n:{g5}]], plus oma [[n:{n6}]]. Sekarang katong tidur di rumah tetangga, Bapa [[n:{n7}]]. Beta pung KK [[kk:{kk1}]]. Tolong bantu terpal deng makanan. Beta pung nomor [[p:{hp1}]], kalo sonde aktif telpon Bapa [[n:{g7}]] di [[p:{hp7}]]."
""",
        M=(1,),
        F=(2,),
        K=(3, 4, 5),
        E=(6,),
        fam={3: 1, 4: 1, 5: 1},
    ),
    # ---- without spans
    T(
        "voice_note_malay",
        "utilities",
        """
[Transkrip pesan suara 01:50 – pelapor sonde sebut nama]
Selamat siang. Beta mau lapor jalan di {jl}, dekat simpang ke Pasar {kel}, lubang besar-besar. Kemarin malam ada anak muda jatuh dari motor. Su dari bulan {bln} begitu, sonde ada yang timbun. Beta su SMS ke 1708, tulis KOTKUPANG jalan rusak, dapat nomor {tiket}. Beta su telpon Dinas PUPR {otel}, dong bilang anggaran belum turun. Nanti kalo hujan tambah parah. Tolong e, sebelum ada yang mati.
""",
    ),
    T(
        "voice_note_malay",
        "security_scams",
        """
[VN 02:14 – diteruskan warga ke grup RT, nama pengirim tidak ditampilkan]
Bapa mama, hati-hati e. Ada nomor {scam} yang telpon, dia bilang dari Dinas Sosial, katanya katong dapat bantuan Rp 2.400.000, mar harus transfer Rp 250.000 dolo ke rekening {rekb} atas nama "Dinas Sosial NTT". Itu tipu-tipu. Dinas Sosial sonde pernah minta uang. Ada lai nomor {scam2} yang kirim link, jang buka. Kalo ragu, telpon langsung kantor Dinsos {otel} atau WA {owa}. Tolong kasi tau ke oma opa dong di rumah.
""",
    ),
    T(
        "voice_note_malay",
        "health",
        """
[Transkrip VN, sumber: penelepon anonim ke Dinas Kesehatan]
Ibu, beta cuma mau kasi tau, di {pusk} tu, tiap pagi orang antre dari jam enam, mar loket baru buka jam sembilan. Petugas dong duduk main HP. Beta pung nomor antrean {antri}, yang dipanggil baru {antri2}. Telpon puskesmas {otel} sonde angkat. Orang tua-tua tunggu sampe jam dua belas. Kartu BPJS sa, dong bilang harus fotokopi dua lembar, fotokopi di depan Rp 1.000 satu lembar. Beta sonde mau sebut nama, nanti dong marah beta. Beta su tulis di LAPOR!, nomor {tiket}, sonde ada jawaban. Itu sa ibu. Makasih.
""",
    ),
    T(
        "voice_note_malay",
        "social_aid",
        """
[VN 01:22, dari admin kelurahan ke grup warga]
Selamat sore bapa mama warga RT 11 sampai RT 16. Besok, {tg1}, jam delapan pagi, pembagian beras di aula kelurahan. Bawa KTP asli deng KK asli. Yang sonde bisa datang, bisa kasi kuasa ke keluarga, bawa surat kuasa. Jang datang semua jam tujuh, katong bagi per RT: RT 11 deng RT 12 jam delapan, RT 13 deng RT 14 jam sembilan, RT 15 deng RT 16 jam sepuluh. Info lai di WA kelurahan {owa}. Makasih.
""",
    ),
    T(
        "voice_note_malay",
        "tax_business",
        """
[Transkrip VN – pedagang (anonim) ke Unit Pengaduan]
Bapa, beta mau tanya sa. Beta jual kue di rumah, omset sadiki. Ada surat dari kantor pajak, nomor {sk}, bilang beta harus lapor SPT. Beta sonde pernah bikin NPWP. Ada orang datang bilang dia bisa urus, biaya Rp {rp}, suru transfer ke rekening {rekb} atas nama "Konsultan Pajak Timor". Beta ragu. Beta telpon Kring Pajak 1500200, dong bilang gratis, daftar sendiri di pajak.go.id atau datang ke KPP, telpon {otel}. Jadi beta sonde transfer. Beta cuma mau kasi tau supaya orang lain sonde tertipu.
""",
    ),
    T(
        "voice_note_malay",
        "education",
        """
[VN 02:40 – penelepon tidak sebut nama]
Selamat pagi bapa ibu di Dinas Pendidikan. Beta mau tanya soal PIP. Sekolah di {kel}, {school}, dong bilang uang PIP Rp {rp} cair, mar katong orang tua cuma dapat separuh, sisanya dong bilang untuk "administrasi" deng beli sepatu. Buku tabungan anak-anak dong pegang semua. Nomor SK penerima dong sebut {sk}. Beta sonde berani sebut nama, nanti anak beta susah di sekolah. Beta su lapor lewat SMS 1708, tiket {tiket}. Tolong bapa ibu cek e.
""",
    ),
    T(
        "voice_note_malay",
        "civil_registry",
        """
[Transkrip VN dari akun resmi Dukcapil, diputar di grup]
Selamat pagi warga Kota Kupang. Mulai hari Senin, {tg1}, layanan KTP-el, KK deng akta buka juga di Mall Pelayanan Publik, {jlno}. Jam delapan sampe jam dua siang. Antrean lewat WA {owa}, ketik ANTRE spasi jenis layanan. Semua gratis, jang kasi uang ke siapa-siapa. Kalo ada yang minta uang, lapor ke {otel} atau SMS 1708. Surat edaran nomor {sk}. Terima kasih.
""",
    ),
]

# ---- english_mix: English and Indonesian mixed, from diaspora, students, NGO staff and expats' spouses
TEMPLATES += [
    T(
        "english_mix",
        "civil_registry",
        """
Hi admin LAPOR!, sorry for my English-Indonesian campur. My name is [[n:{n1}]], I live at [[a:{adr1}]], Kel. {kel}, Kupang. I applied for a new KK after my marriage on {tge1}, tapi sampai sekarang belum jadi. My NIK is [[nik:{nik1}]], my wife [[n:{n2}]] has NIK [[nik:{nik2}]]. Our old family card number is [[kk:{kk1}]].
The officer at counter 3, Mrs. [[n:{g3}]], told me to come back "next week" four times already. Queue number last time {antri}.
Please help, we need the KK for my wife's BPJS registration. You can reach me on WhatsApp [[p:{hpj1}]] or email [[e:{em1}]].
Thanks, [[n:{g1}]]
""",
        F=(2, 3),
        M=(1,),
    ),
    T(
        "english_mix",
        "health",
        """
Complaint re: {rs} – my mother's treatment

Dear Sir/Madam,
My mother, [[n:{n2}]] ({umur2} y.o.), JKN card no. [[bpjs:{bpjs2}]], was admitted on {tge1} (SEP {sep}). The ward nurse asked us to buy medicine outside, total Rp {rp}, and said "BPJS tidak cover". I called BPJS Care Center 165 and they said it should be covered.
I'm working in Darwin, so my brother [[n:{n3}]] is with her, his phone [[p:{hp3}]]. My Australian number is [[p:{au1}]] and my Indonesian WA [[p:{hpi1}]].
Mum's address: [[a:{adr2}]], Kel. {kel}.
Kind regards,
[[n:{n1}]]
""",
        F=(2,),
        E=(2,),
        fam={1: 2, 3: 2},
    ),
    T(
        "english_mix",
        "education",
        """
Subject: PPDB – my daughter's registration rejected

Good morning,
I'm [[n:{n1}]], father of [[n:{n2}]] (NISN {nisn}). We moved back from Bali in {bln} and registered for {school} via zonasi. The system rejected us: "KK belum 1 tahun". But our KK [[kk:{kk1}]] was issued because of a correction, not because we moved in – we've owned the house at [[a:{adc1}]] since {yr}.
Her mum is [[n:{n3}]], NIK [[nik:{nik3}]]. Mine is [[nik:{nik1}]].
The operator, Pak [[n:{g4}]], said only the dinas can decide. Registration no. {nopend}.
Please advise. Phone/WA: [[p:{hp1}]].
Cheers, [[n:{g1}]]
""",
        M=(
            1,
            4,
        ),
        F=(3,),
        K=(2,),
        fam={2: 1},
    ),
    T(
        "english_mix",
        "security_scams",
        """
Hi, I want to report a scam. Yesterday ({tge1}) I got a WhatsApp from {scam} claiming to be "Admin BPJS", asking me to update my data through a link. I didn't click. But my aunt, Tanta [[n:{n2}]], did and lost Rp {rpb} from her BRI account [[b:{bri2}]]. The money went to an account at {bank3}, no. [[b:{rek3}]], a.n. [[n:{n3}]].
We reported to Polresta (STPL {lp}). Her NIK [[nik:{nik2}]], home [[a:{adr2}]].
My details: [[n:{n1}]], [[p:{hp1}]], [[e:{emx1}]].
Can the bank freeze that account? Thank you.
""",
        F=(2,),
    ),
    T(
        "english_mix",
        "tax_business",
        """
Halo KPP, quick question about my NPWP.
I'm [[n:{n1}]], freelance translator, working from home at [[a:{adr1}]]. My old NPWP was [[npwp:{npwpd1}]]; DJP Online now says my NPWP is my NIK, [[npwp:{npwpn1}]]. My clients in Jakarta still withhold PPh 23 using the old number, and the bukti potong (No. {ref}) doesn't show up in my pre-populated SPT.
Also my husband [[n:{n2}]] (NPWP [[npwp:{npwpd2}]]) – do we file separately since I chose "PH"?
Email: [[e:{em1}]] | WA [[p:{hp1}]]
Thanks a lot!
""",
        F=(1,),
        M=(2,),
    ),
    T(
        "english_mix",
        "land_inheritance",
        """
Dear Ombudsman NTT,
I write on behalf of my late father's heirs. My father, [[n:{n2}]], owned land in Kel. {kel} (SHM {shm}, NIB {nib}). Since his death on {tge1}, a neighbour, [[n:{n3}]], has built a fence about 2 m into the plot. The lurah, Mr. [[n:{n4}]], refused to hold a mediation unless we "contribute" Rp {rp}.
Heirs: myself ([[n:{n1}]], NIK [[nik:{nik1}]]), my sister [[n:{n5}]] (NIK [[nik:{nik5}]]) and my brother [[n:{n6}]] (lives in Surabaya).
Family home: [[a:{adr2}]]. My mobile: [[p:{hpis1}]].
Best regards,
[[n:{n1}]]
""",
        M=(2, 4),
        F=(5,),
        E=(2,),
        fam={1: 2, 5: 2, 6: 2},
    ),
    T(
        "english_mix",
        "social_aid",
        """
From an NGO field officer to Dinsos (WA, copied):
Selamat siang Bu, following up our visit on {tge1}. The elderly lady I mentioned, Oma [[n:{n1}]] ({umur1}), lives alone at [[a:{adr1}]], no electricity, no income. She is not in DTKS. NIK [[nik:{nik1}]] (we checked her KTP), KK [[kk:{kk1}]] which still lists her late husband [[n:{n2}]].
Her neighbour, Mama [[n:{n3}]] ([[p:{hp3}]]), brings her food.
Could your team do a home visit? My contact: [[n:{n4}]], Yayasan Pelita Timor, [[p:{hp4}]], [[e:{em4}]].
Our office line is {otel} but I'm rarely there.
""",
        F=(1, 3),
        M=(2,),
        E=(1, 2),
    ),
    T(
        "english_mix",
        "utilities",
        """
To PLN UP3 Kupang,
Power has been cut at my house since {tge1} because the meter "tampered" sticker was found broken. I didn't do it – the installer from your contractor, [[n:{n2}]] ([[p:{hp2}]]), opened it to fix a loose cable. Now I'm asked to pay a penalty (P2TL) of Rp {rpb}.
Customer ID {idpel}, meter no. {meter}.
Name on account: [[n:{n1}]]; NIK [[nik:{nik1}]]; address [[a:{adr1}]].
Witness: my neighbour [[n:{n3}]].
Please review. Call me at [[p:{hp1}]] or my landline [[p:{tr1}]].
""",
    ),
    T(
        "english_mix",
        "education",
        """
Hi Pak/Bu at Disdik,
My son [[n:{n2}]] (SD kelas {kelas}) was hit by his teacher, Mr. [[n:{n3}]], with a ruler on {tge1}. He has bruises, we have photos and a visum from {pusk} (No. {kode}).
The principal said it was "discipline", and asked us not to report. We disagree.
Parents: [[n:{n1}]] (me) and [[n:{n4}]]. Address: [[a:{adr1}]], Kel. {kel}.
KK [[kk:{kk1}]], my NIK [[nik:{nik1}]].
Phone [[p:{hp1}]], email [[e:{em1}]].
We'd like a meeting with the dinas. Thank you.
""",
        K=(2,),
        M=(3,),
        fam={2: 1},
    ),
    T(
        "english_mix",
        "civil_registry",
        """
Re: KITAS spouse – domicile letter (surat keterangan domisili)

Hello,
I'm [[n:{n1}]], married to an Australian citizen (his passport and sponsor letter are on file at Imigrasi Kupang, ref. {ref}). For his KITAS renewal they require an SKD from the kelurahan.
The kelurahan staff, Ms. [[n:{g2}]], says I must first update my KK to add him. My KK [[kk:{kk1}]], NIK [[nik:{nik1}]], address [[a:{adr1}]], Kel. {kel}.
Dukcapil says foreigners with KITAS are not on the KK, only in a separate register. Who is right?
WA [[p:{hp1}]] / [[e:{em1}]]
""",
        F=(1, 2),
    ),
    T(
        "english_mix",
        "health",
        """
Dear BPJS Kesehatan,
I'm a student at Undana, [[n:{n1}]], card no. [[bpjs:{bpjs1}]], registered under my father [[n:{n2}]]'s PPU membership (he's a teacher, NIP {nip}). Since I turned 21 my card is "non-active". I'm still studying (semester 7), I attached my KTM.
Our family: father [[n:{n2}]] ([[bpjs:{bpjs2}]]), mother [[n:{n3}]] ([[bpjs:{bpjs3}]]), little brother [[n:{n4}]] ([[bpjs:{bpjs4}]]). KK [[kk:{kk2}]].
Could you reactivate until I'm 25? Contact: [[p:{hp1}]], [[e:{emn1}]].
Address: [[a:{adr2}]].
""",
        M=(2,),
        F=(3,),
        K=(4,),
        fam={1: 2, 4: 2},
    ),
    T(
        "english_mix",
        "security_scams",
        """
Incident report – motorbike theft (for insurance & police)

Owner: [[n:{n1}]]
Vehicle: Yamaha NMAX, plate [[pl:{pl1}]], frame no. {rangka}, engine no. {mesin}
Stolen from: parking lot of {shop}, {jl}, on {tge1} around {jam1}
Reported to: Polsek {kec}, LP no. {lp}
Witness: parking attendant [[n:{n2}]] (said a guy in a black jacket rode off, plate covered)
CCTV: requested from the shop owner, Mr. [[n:{n3}]]
Insurance: policy {kode}, agent [[n:{n4}]] ([[p:{hp4}]])
My contact: [[p:{hp1}]], [[a:{adr1}]]
""",
        M=(3,),
    ),
    T(
        "english_mix",
        "social_aid",
        """
Hi, saya [[n:{n1}]], I run a small feeding programme for kids in Kel. {kel}. Three families we support lost their PKH this year without explanation:
1) [[n:{n2}]] – NIK [[nik:{nik2}]] – 4 kids
2) [[n:{n3}]] – NIK [[nik:{nik3}]] – widow
3) [[n:{n4}]] – NIK [[nik:{nik4}]] – husband disabled
All live in [[a:{rt2}]]. Could someone from Dinsos check the SIKS-NG status? Their pendamping, [[n:{n5}]], hasn't replied since {bln}.
I can bring them to your office. My WA: [[p:{hp1}]]. Email [[e:{em1}]].
""",
        F=(
            3,
            1,
            4,
        ),
    ),
    T(
        "english_mix",
        "tax_business",
        """
Good afternoon Bapenda,
I bought a house from [[n:{n2}]] in {bln} and paid BPHTB of Rp {rpb} (billing code {billing}). The notary, Ms. [[n:{n3}]], says the validation is still pending at your office, so the certificate can't be transferred to my name.
Buyer: [[n:{n1}]], NIK [[nik:{nik1}]], NPWP [[npwp:{npwpns1}]] (same as NIK).
Seller: [[n:{n2}]], NIK [[nik:{nik2}]].
Property: [[a:{adc4}]], NOP {nop}.
It's been 5 weeks. Please advise. WA [[p:{hp1}]].
""",
        F=(3,),
    ),
    T(
        "english_mix",
        "land_inheritance",
        """
FYI – summary of our family meeting (for the lawyer)
Present: Om [[n:{n1}]], Tanta [[n:{n2}]], me ([[n:{n3}]]), cousin [[n:{n4}]].
1. Grandma's house at [[a:{adr5}]] stays with Tanta [[n:{g2}]], who takes care of Oma [[n:{n5}]].
2. The garden in Oelnasi (approx. {luas} m2, NOP {nop}) to be split equally.
3. Om [[n:{g1}]] will bring the old "surat garap" from {yr} to the kelurahan.
4. Costs: each family chips in Rp {rp}. Transfer to my account {bank3} [[b:{rek3}]] a.n. [[n:{n3}]].
Next meeting {tge1}. Call me at [[p:{hp3}]] if you can't come.
""",
        E=(5,),
        F=(5,),
    ),
    T(
        "english_mix",
        "utilities",
        """
Hello PDAM,
Water bill for {bln} is Rp {rp}, five times the usual. Meter reading on the bill: 1.845, but the meter at my house shows 1.302 (photo attached). Connection no. {samb}, registered under my late grandfather [[n:{n2}]].
Current occupant & payer: [[n:{n1}]], [[a:{adr1}]], Kel. {kel}.
I already visited the office on {tge1}, staff Mr. [[n:{g3}]] said he'd recheck. Nothing yet.
Please contact me: [[p:{hpk1}]] or [[e:{em1}]].
Regards
""",
        E=(2,),
        M=(2, 3),
        fam={1: 2},
    ),
    # ---- without spans
    T(
        "english_mix",
        "health",
        """
Notice for foreign visitors & returning migrant workers – Dinas Kesehatan Kota Kupang

If you need medical care in Kupang:
- Emergency: call 119 or go to IGD {rs} (24h), phone {otel}.
- Non-emergency with BPJS/JKN: visit your registered puskesmas first (e.g. {pusk}), bring KTP/KK.
- Private patients pay directly; typical consultation fee Rp {rp}.
- Vaccination info (rabies, typhoid): Seksi P2P, WA {owa}, Mon–Fri 08.00–14.00.
Complaints: SMS 1708 (type KOTKUPANG space your complaint) or email dinkes@kupangkota.go.id.
Ref. circular no. {sk}.
""",
    ),
    T(
        "english_mix",
        "security_scams",
        """
WARNING – shared in "Kupang Expats & Friends" group (admin post)

Several members received WhatsApp messages from {scamj} and {scam2} claiming to be "Imigrasi Kupang" and asking for a fee to "speed up KITAS". Immigration never asks for payment via WhatsApp or personal bank accounts. One message listed account {rekb} at {bnk} under the name "KANTOR IMIGRASI KPG".
Official channels: Kantor Imigrasi Kelas I Kupang, phone {otel}, WA {owa}.
If you already paid, report to SPKT Polresta (24h) and keep your transfer receipt (ref. {ref}).
Stay safe!
""",
    ),
    T(
        "english_mix",
        "education",
        """
Scholarship info – Kupang city (translated for international partners)

The city's "Kupang Cerdas" scholarship {thn} covers tuition up to Rp {rpb} per year for residents with a KTP Kota Kupang issued at least 2 years ago. Applications via portal, registration numbers like {nopend}.
Deadline: {tge1}. Announcement: {tge2}.
Funds are paid to the student's own Bank NTT account; the programme's holding account ({rekntt}) never accepts payments from applicants.
Questions: beasiswa@kupangkota.go.id or WA helpdesk {owa}.
Decree no. {sk}.
""",
    ),
    T(
        "english_mix",
        "tax_business",
        """
Tax FAQ for small businesses in Kupang (NGO handout, bilingual)

Q: Do I still need an NPWP if I have a NIK?
A: Since 2024 your NIK is your NPWP (16 digits). Old 15-digit numbers like 09.876.543.2-920.000 are shown only as examples here.
Q: My shop's turnover is below Rp 500 juta/year – do I pay tax?
A: Individual UMKM with turnover under Rp 500 million are exempt from final PPh 0.5% on that portion.
Q: Where do I ask?
A: KPP Pratama Kupang, phone {otel}; Kring Pajak 1500200; email informasi@pajak.go.id.
Never pay "registration fees" to individuals – e.g. a "CV Pajak Mudah" account {rekb} reported as scam on {tge1}.
""",
    ),
    T(
        "english_mix",
        "land_inheritance",
        """
Land certificate services – quick guide (ATR/BPN Kupang, English version)

1. Checking a certificate: bring the original SHM; fee Rp 50.000 (billing code issued at counter, e.g. {billing}).
2. Measurement request: fee depends on area; for {luas} m2 approx. Rp {rp}.
3. Blocking a certificate requires a written request and evidence (court filing no. / police report no. such as {lp}).
4. Complaints: Hotline {owa}, call center {cc}, or SP4N-LAPOR! (ticket like {tiket}).
Office hours Mon–Fri 08.00–16.00. Address: {jlno}.
""",
    ),
    T(
        "english_mix",
        "civil_registry",
        """
Update from the kelurahan (posted in English for the university's international students' group)

Foreign students living in Kel. {kel} need a "Surat Keterangan Tempat Tinggal" (SKTT) from Dukcapil, not a KTP. Bring: passport, KITAS, letter from the university (ref {sk}), and a sponsor letter.
Queue online via WA {owa}. No fee. Processing 3 working days.
Indonesian students from outside Kupang who stay over 6 months should report as non-permanent residents (penduduk non permanen) – form available at the kelurahan.
Contact the kelurahan office: {otel}.
""",
    ),
    T(
        "english_mix",
        "utilities",
        """
PDAM service notice (English translation for hotels and guesthouses)

Water supply to Kel. {kel}, {kel2} and {kel3} will be interrupted on {tge1} from 08.00 to 20.00 due to pipe repair on {jl}.
Hotels may request water tankers: call centre {otel}, WA {owa}, quoting the connection number (e.g. {samb}).
Tariff for commercial tanker (5,000 L): Rp {rp}.
Bills can be paid via Bank NTT, post office, or virtual account {va}.
We apologise for the inconvenience.
""",
    ),
]

# ---- more chronologies and reports
TEMPLATES += [
    T(
        "ombudsman_chronology",
        "tax_business",
        """
Kepada Yth. Ombudsman RI Perwakilan NTT
Perihal: Pengembalian kelebihan bayar pajak dan penolakan NPWP usaha perorangan

Saya [[n:{n1}]], pemilik usaha perorangan "Kios Berkat Mandiri" (jual pulsa dan alat tulis) di rumah saya [[a:{adr1}]], Kel. {kel}.
NIK [[nik:{nik1}]] | NPWP pribadi (usaha perorangan) [[npwp:{npwpd1}]] | HP/WA [[p:{hpu1}]] | email [[e:{emx1}]]

Kronologi:
1. {tg1}: saya ikut tender kecil pengadaan ATK di kelurahan. Panitia minta NPWP badan, saya jelaskan usaha saya perorangan. Berkas ditolak, padahal CV pesaing, {body} (NPWP {npwpx}), menang dengan harga lebih tinggi.
2. {tg2}: saya bayar PPh final dua kali untuk masa {bln} (kode billing {billing} dan {billing2}), total Rp {rp}. Permohonan pengembalian ke KPP, tanda terima {kode}.
3. {tg3}: petugas KPP, Sdr. [[n:{n2}]], minta saya tarik permohonan dan "kompensasi saja".
Saya minta Ombudsman periksa prosedur keduanya. Rekening untuk pengembalian: {bank1} [[b:{rek1}]] a.n. [[n:{n1}]].
""",
    ),
    T(
        "ombudsman_chronology",
        "civil_registry",
        """
KRONOLOGI – permintaan data oleh kelurahan lewat WhatsApp

Pelapor: [[n:{n1}]] ([[a:{rt1}]], Kel. {kel}), WA [[p:{hp1}]]
{tg1}: staf kelurahan, Sdri. [[n:{n2}]], kirim pesan di grup RT: "Mohon kirim NIK dan No KK untuk pendataan Regsosek".
{tg1}: saya balas di japri dia: "Ini punya sy: [[nik:{nik1}]] / [[kk:{kk1}]]". Juga data bapa mantu saya [[n:{n3}]], NIK [[nik:{nikn3}]] (beliau tidak pakai HP).
{tg2}: data kami muncul di status WhatsApp orang lain yang jual "data penerima bansos". Nomor yang pasang status itu {scam}, tidak kami kenal, nama tidak disebut.
{tg3}: saya tanya ke Lurah, Bapak [[n:{n4}]], dijawab "bukan dari kelurahan".
Mohon Ombudsman menanyakan ke kelurahan bagaimana data warga dikelola. Saya lampirkan tangkapan layar (Screenshot_{thn}-{kecil}1-22-10-45-18_WhatsApp.jpg).
""",
        M=(3, 4),
        E=(3,),
    ),
    T(
        "lapor_family_block",
        "security_scams",
        """
LAPOR! – Laporan {tiket} (Pelapor: Anonim, Rahasia)
Judul: Calo SIM di Satpas, biaya Rp 850.000
Isi: Waktu urus SIM C di Satpas {jlno}, ada orang di parkiran tawarkan "SIM tembak" Rp 850.000, bayar tunai atau ke rekening {rekb} a.n. "Koperasi Satpas". Dia mengaku anggota Satpas. Nomor yang dia kasih {scam}, nama tidak disebut. PNBP resmi SIM C baru Rp 100.000 (kode billing {billing}).
Nomor antrean saya {antri}, ujian teori gagal 2x, tanpa penjelasan nilai.
Lampiran: IMG_{thn}0{kecil}14_101520.jpg
Tanggapan Polresta ({tgl1}): "Terima kasih. Pelayanan SIM tidak melalui perantara. Laporkan pungli ke WA Propam {owa} atau call center 110. Info hasil ujian dapat ditanyakan ke loket 2, telp {otel}."
""",
    ),
]
if __name__ == "__main__":
    main()
