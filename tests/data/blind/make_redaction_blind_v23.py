"""Write the twenty-third blind redaction corpus, ``redaction_blind_v23.jsonl``.

Every text comes from a hand-written template with its labels inline and is filled three times
from ``random.Random(20270123)``; see ``README-redaction-v23.md`` for the syntax, the generators
and the checks. Run it with the project's Python; it rewrites the same file byte for byte and
prints its SHA-256 and counts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 20270123
FILLS = 3
OUT = Path(__file__).with_name("redaction_blind_v23.jsonl")
KINDS = (
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
)

# ---------------------------------------------------------------------------- pools


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GIVEN_W = _words(
    "Maria Yuliana Agustina Rosalina Selfina Yanti Dorkas Marlin Oktovina Febriana Yohana "
    "Serly Anace Martha Sofia Priska Ester Debora Novita Florentina Yuneti Apriani Kornelia "
    "Selvi Grasela Imelda Veronika Lodia Yasinta Margaretha Natalia Elisabeth Welmince "
    "Adriana Ferderika Mariana Herlina Susana Vivi Erni Dewi Yosina Hana Mince Orpa Lidia "
    "Yunita Kristina Meri Sarlota Dina Ruth Afliana Nelci Getrida Yublina Tresia Aprilia"
)
GIVEN_M = _words(
    "Yohanes Agustinus Melki Deki Obed Ebed Yosef Marthen Yakob Simon Paulus Petrus "
    "Nikodemus Dominggus Yermias Soleman Imanuel Abraham Viktor Frengky Hendrik Roni Alfred "
    "Markus Stefanus Lukas Matias Ignasius Benyamin Rudolf Aleksander Fransiskus Kristofel "
    "Semuel Zakarias Piter Wellem Godlief Yulius Okto Herman Arnold Gerson Elias Ishak "
    "Yunus Efraim Marselinus Oktovianus Adrianus Eliazer Titus Filipus Laurens Anderias "
    "Salmun Yoksan Nimrod"
)
MIDDLE_W = _words("Goreti Theresia Magdalena Imaculata Fransiska Anggreni Agnes Yosefina")
MIDDLE_M = _words("Kristian Benediktus Aloysius Fredrik Karel Hendrikus Ferdinand Yeskiel")
FAMILY = _words(
    "Ndun Manafe Tefa Benu Lay Bessie Therik Pah Nenobais Tanone Amalo Fanggidae Mooy Ratu "
    "Lobo Sabneno Tualaka Nubatonis Lakapu Haba Djami Bire Lomi Seuk Ully Selan Tnunay "
    "Oematan Boimau Neonufa Tamelab Laka Kolimon Sine Missa Foenay Bana Tuames Tunliu "
    "Loasana Meko Lena Seran Radja Kapitan Nahak Bollu Manu Bria Klau Taek Kefi Toelle "
    "Pandie Dethan Kelen Sogen Tukan Lamahoda Wadu Adu Beeh Koa Liunokas Nitbani Taneo "
    "Ataupah Baun Sooai Ngongo Nalle Pello Dimu Bulan Henukh Kiuk Mesakh Oktaf Sjioen "
    "Tapatab Tiran Ulu Tallan Huki Ledo Tabun"
)
FAMILY2 = ("Riwu Kaho", "Dju Dara", "Ga Lena", "Dae Pono", "Lado Lere", "Hege Leba", "Lay Ratu")
NICK_W = _words("Ati Ece Eta Sisi Lina Neti Ita Ocha Uci Yeni Dede Nita")
NICK_M = _words("Ose Eto Ancu Yos Nus Edu Iko Oni Ucok Nyong Eki Ferdi")
OTHER_W = (
    ("Ni Kadek", "Sriani", False),
    ("Ni Luh Putu", "Ariani", False),
    ("Wa Ode", "Nurmala", False),
    ("Rambu Hada", "Tamar", False),
    ("Rosmiati", "Daeng Sikki", False),
    ("Siu Lan", "Go", True),
    ("Mei Hwa", "Ong", True),
    ("Sri", "Wahyuningsih", False),
    ("Maria Ina", "Sogen", False),
    ("Siti", "Nurhaliza Rahman", False),
)
OTHER_M = (
    ("I Wayan", "Sudarma", False),
    ("I Made", "Wirawan", False),
    ("La Ode", "Ridwan", False),
    ("Umbu Ndeta", "Hamandangu", False),
    ("Kaharuddin", "Daeng Ngalle", False),
    ("Kok Hin", "Liem", True),
    ("Bambang", "Susilo", False),
    ("Yosef Boli", "Kelen", False),
    ("Abdul Gani", "Lamahoda", False),
    ("Muhamad", "Alkatiri", False),
)
JOBS_W = ("ibu rumah tangga", "guru honor", "pedagang", "perawat", "wiraswasta", "petani")
JOBS_M = ("nelayan", "tukang ojek", "sopir", "petani", "buruh harian", "wiraswasta", "guru")
HOSTS = (
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "yahoo.co.id",
    "ymail.com",
    "outlook.com",
    "hotmail.com",
    "rocketmail.com",
    "icloud.com",
)
HOME_STREETS_L = [
    *_words(
        "Nangka Kenari Jambu Sukun Kelapa Merpati Nuri Kakatua Rambutan Mangga Cemara "
        "Flamboyan Bougenville Anggrek Melati Lontar Sasando Bakti Palapa Rote Alor Flores "
        "Sumba Suratim Matani Kelinci Durian Pisang Kedondong Cendana Kamboja Tanjung Kejora "
        "Beringin Srikandi Manggis Delima Sirsak Cempaka"
    ),
    "Perintis Kemerdekaan",
    "Oebufu Raya",
    "Pulau Indah",
    "Tarus Raya",
    "Bajawa Baru",
]
ESTATES = ("Perumnas", "BTN Kolhua", "Griya Liliba", "Perum Oesapa Indah", "Kompleks Perumnas")
TOWNS = (
    "Soe",
    "Kefamenanu",
    "Atambua",
    "Kalabahi",
    "Larantuka",
    "Maumere",
    "Ende",
    "Bajawa",
    "Ruteng",
    "Waingapu",
    "Waikabubak",
    "Lewoleba",
    "Ba'a",
    "Oelamasi",
)
REGENCIES = {
    "01": "Oelamasi",
    "02": "Soe",
    "03": "Kefamenanu",
    "04": "Atambua",
    "05": "Kalabahi",
    "06": "Larantuka",
    "07": "Maumere",
    "08": "Ende",
    "09": "Bajawa",
    "10": "Ruteng",
    "11": "Waingapu",
    "12": "Waikabubak",
    "13": "Lewoleba",
    "14": "Ba'a",
}
KEL = _words(
    "Oebobo Oebufu Liliba Kayu_Putih Fatululi Naikoten_I Bakunase Oetete Oepura Sikumana "
    "Kolhua Penfui Lasiana Oesapa Kelapa_Lima Namosain Alak Manulai_II Fatukoa Nunbaun_Sabu "
    "Nunbaun_Delha Airmata Fontein Bonipoi Solor Merdeka Naimata Maulafa Belo "
    "Tuak_Daun_Merah Nefonaek Pasir_Panjang Oeba Fatubesi Airnona Nunhila Batuplat "
    "Manutapen Mantasi Naioni Kuanino Bakunase_II Oepoi Oesapa_Barat Oesapa_Selatan "
    "Fatubesi Penkase_Oeleta"
)
KEC = ("Alak", "Maulafa", "Oebobo", "Kota Raja", "Kelapa Lima", "Kota Lama")
PKM = (
    "Oebobo",
    "Oesapa",
    "Sikumana",
    "Bakunase",
    "Pasir Panjang",
    "Alak",
    "Penfui",
    "Kupang Kota",
    "Oepoi",
    "Naioni",
    "Manutapen",
    "Oesao",
    "Tarus",
)
SCHOOLS = (
    "SD Inpres Oepura 2",
    "SDN Bakunase 1",
    "SD GMIT Kuanino",
    "SMPN 5 Kupang",
    "SMPN 12 Kupang",
    "SMAN 3 Kupang",
    "SMKN 2 Kupang",
    "SDK St. Yoseph Naikoten",
    "SMPK St. Theresia",
    "SDN Oebufu",
    "SMAN 1 Kupang",
    "MIN Kota Kupang",
    "SD Inpres Liliba",
    "SMPN 2 Kupang",
    "TK Kristen Efata",
)
MARKETS = (
    "Pasar Oebobo",
    "Pasar Inpres Naikoten",
    "Pasar Kasih Naikoten",
    "Pasar Oeba",
    "Pasar Oesapa",
    "Pasar Kuanino",
    "Pasar Penfui",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Timor Raya",
    "Jl. Frans Seda",
    "Jl. Piet A. Tallo",
    "Jl. W.J. Lalamentik",
    "Jl. Herman Yohanes",
    "Jl. Adisucipto",
    "Jl. R.A. Kartini",
    "Jl. Soeharto",
    "Jl. Sam Ratulangi",
    "Jl. Moh. Hatta",
    "Jl. Amabi",
    "Jl. Jenderal Sudirman",
    "Jl. Frans Lebu Raya",
    "Jl. Alfons Nisnoni",
    "Jl. H.R. Koroh",
    "Jl. Urip Sumoharjo",
    "Jl. Kapten Tendean",
    "Jl. Fetor Funay",
    "Jl. S.K. Lerik",
    "Jl. Eltari II",
    "Jl. Ahmad Yani",
    "Jl. Cak Doko",
    "Jl. Gunung Mutis",
    "Jl. Polisi Militer",
)
HOSPITALS = (
    "RSUD Prof. Dr. W. Z. Johannes",
    "RS Bhayangkara Drs. Titus Uly",
    "RSUD S.K. Lerik",
    "RSAU dr. Moh. Moenir",
    "RS St. Carolus Borromeus",
    "RS Siloam Kupang",
    "RS Leona",
    "RS Mamami",
)
CHURCHES = (
    "GMIT Koinonia",
    "GMIT Paulus",
    "GMIT Kaisarea",
    "GMIT Efata Liliba",
    "GMIT Betlehem Oesapa",
    "GMIT Imanuel Oepura",
    "GMIT Syalom Airnona",
    "GMIT Kota Baru",
)
SHOPS = (
    "Toko Sinar Abadi",
    "UD Berkat Timor",
    "Apotek Kasih Ibu",
    "Depot Air Murni Lestari",
    "Toko Bangunan Sumber Rejeki",
    "CV Timor Jaya",
    "Fotokopi Cahaya Oesapa",
    "Bengkel Maju Motor",
    "Kios Pulsa Lontar Cell",
    "UD Laut Timor",
    "CV Karya Lontar",
    "Toko Harapan Baru",
    "Laundry Bersih Kilat",
    "Salon Nona Manis",
    "CV Flobamora Jaya",
)
MOBILE_PREFIXES = (
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
    "0857",
    "0858",
    "0877",
    "0878",
    "0838",
    "0831",
    "0895",
    "0896",
    "0897",
    "0898",
    "0881",
    "0882",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
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
ROMAWI = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

#: Words that never open a name's span.
OPENERS = frozenset(
    _words(
        "bapak ibu pak bu bpk sdr sdri ny om tanta mama bapa oma opa kak kaka nona bidan guru "
        "lurah camat ketua serka bripka aipda brigpol bripda ipda pdt dr drs drh almarhum alm "
        "almh pelapor petugas pasien kader penelepon ttd sy saya beta sa dia nama yth dear mr "
        "mrs ms saudara saudari hormat salam perawat dokter pendeta haji hj adik anak istri "
        "suami nenek kakek cucu dari from to cc kepada penerima pemohon pemilik pembeli penjual "
        "tetangga warga jemaat mantri pendamping kepala sekretaris sekdes bendahara operator "
        "admin wali sopir nasabah peserta siswa mahasiswa a.n an atas dengan deng keluarga "
        "pihak romo suster ama ina mbak mas tante paman bibi ipar kapolsek babinsa kapten "
        "mayor staf penagih kaka'"
    )
)
ADDRESS_OPENERS = re.compile(
    r"(?i)^(jl\.|jln\.|jalan |gg\.|lr\.|rt[ ./]|rt\d|rt/rw|perumnas|perum |griya|btn|kompleks|"
    r"\d{3}/\d{3})"
)
DODGES = ("@", "(at)", "[at]", " at ", "(keong)", "(et)", "[@]")
LETTERS = str.maketrans("OoIlSB", "001158")
# ---------------------------------------------------------------------------- persons

PERSON_KEY = re.compile(r"^(o|c|y|x|t|b)?(w|m)(\d+)(k?)$")
PERSON_FIELDS = frozenset(
    _words(
        "nama dpn pgl marga nick scan nik nikp nikg nikl nikd kk kkp kkl npwp npwpn nitku bpjs "
        "bpjsp hp hpp hpw hpl telr mail maild mailk mailc bri bni mdr ntt bca rmh rt rtl rtp blok "
        "plat"
    )
)
ATTRIBUTES = frozenset(_words("umur ttl lahir jk kerja asal"))
FIELD_KIND = {
    "nama": "name",
    "dpn": "name",
    "pgl": "name",
    "marga": "name",
    "nick": "name",
    "scan": "name",
    "nik": "nik",
    "nikp": "nik",
    "nikg": "nik",
    "nikl": "nik",
    "nikd": "nik",
    "kk": "kk",
    "kkp": "kk",
    "kkl": "kk",
    "npwp": "npwp",
    "npwpn": "npwp",
    "nitku": "npwp",
    "bpjs": "bpjs",
    "bpjsp": "bpjs",
    "hp": "phone",
    "hpp": "phone",
    "hpw": "phone",
    "hpl": "phone",
    "telr": "phone",
    "mail": "email",
    "maild": "email",
    "mailk": "email",
    "mailc": "email",
    "bri": "bank_account",
    "bni": "bank_account",
    "mdr": "bank_account",
    "ntt": "bank_account",
    "bca": "bank_account",
    "rmh": "address",
    "rt": "address",
    "rtl": "address",
    "rtp": "address",
    "blok": "address",
    "plat": "plate",
}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letters_for_digits(rng: random.Random, text: str) -> str:
    swaps = {"0": "O", "8": "B", "5": "S", "1": "l"}
    places = [i for i, c in enumerate(text) if c in swaps]
    chosen = set(rng.sample(places, min(len(places), rng.randint(1, 3)))) if places else set()
    out = []
    for i, c in enumerate(text):
        if i in chosen:
            out.append("I" if c == "1" and rng.random() < 0.4 else swaps[c])
        else:
            out.append(c)
    return "".join(out)


class Person:
    """One person of one text: every field drawn once, written one way."""

    def __init__(self, rng: random.Random, key: str, taken: set[str]) -> None:
        m = PERSON_KEY.match(key)
        assert m, key
        group, sex, _, kupang = m.groups()
        self.rng = rng
        self.female = sex == "w"
        self.group = group or ""
        year = {
            "o": (1938, 1960),
            "c": (2012, 2021),
            "y": (1998, 2006),
            "t": (2008, 2011),
            "b": (2018, 2021),
        }.get(self.group, (1962, 1988))
        for _ in range(200):
            self._names(rng)
            words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", self.full)}
            words.add(self.nickname.lower())
            if not words & taken:
                taken |= words
                break
        else:  # pragma: no cover - the pools are large
            raise SystemExit("no free name")
        self.birth = dt.date(rng.randint(*year), rng.randint(1, 12), rng.randint(1, 28))
        if kupang or rng.random() < 2 / 3:
            self.regency, self.district = "71", f"{rng.randint(1, 6):02d}"
            self.town = "Kupang"
        else:
            self.regency = rng.choice(sorted(REGENCIES))
            self.district = f"{rng.randint(1, 18):02d}"
            self.town = REGENCIES[self.regency]
        self.values: dict[str, str] = {}

    def _names(self, rng: random.Random) -> None:
        self.middle = ""
        if self.group == "x":
            given, family, family_first = rng.choice(OTHER_W if self.female else OTHER_M)
            self.given, self.family = given, family
            self.full = f"{family} {given}" if family_first else f"{given} {family}"
            self.first = given
            self.nickname = given.split()[-1]
            return
        self.given = rng.choice(GIVEN_W if self.female else GIVEN_M)
        if self.group in ("", "o") and rng.random() < 0.3:
            self.middle = rng.choice(MIDDLE_W if self.female else MIDDLE_M)
        self.family = rng.choice(FAMILY2) if rng.random() < 0.125 else rng.choice(FAMILY)
        self.first = self.given
        self.full = " ".join(p for p in (self.given, self.middle, self.family) if p)
        self.nickname = rng.choice(NICK_W if self.female else NICK_M)

    # each field is drawn once per text and kept
    def get(self, field: str) -> str:
        if field not in self.values:
            self.values[field] = getattr(self, "_f_" + field)()
        return self.values[field]

    def _nik_digits(self) -> str:
        if "_nikd" not in self.values:
            day = self.birth.day + (40 if self.female else 0)
            serial = f"{self.rng.randint(1, 350):04d}"
            self.values["_nikd"] = (
                f"53{self.regency}{self.district}{day:02d}{self.birth:%m%y}{serial}"
            )
        return self.values["_nikd"]

    def _f_nama(self) -> str:
        return self.full

    def _f_dpn(self) -> str:
        return f"{self.given} {self.middle}".strip() if self.group != "x" else self.given

    def _f_pgl(self) -> str:
        return self.first

    def _f_marga(self) -> str:
        return self.family

    def _f_nick(self) -> str:
        return self.nickname

    def _f_scan(self) -> str:
        words = self.full.upper().split()
        i = max(range(len(words)), key=lambda j: len(words[j]))
        w = words[i]
        if len(w) >= 5 and self.rng.random() < 0.5:
            cut = self.rng.randint(2, len(w) - 2)
            words[i] = w[:cut] + " " + w[cut:]
        else:
            swap = {"O": "0", "S": "5", "I": "1", "B": "8", "A": "4", "E": "3"}
            places = [k for k, c in enumerate(w) if c in swap and k > 0]
            if places:
                k = self.rng.choice(places)
                words[i] = w[:k] + swap[w[k]] + w[k + 1 :]
            else:
                words[i] = w[:2] + " " + w[2:]
        return " ".join(words)

    def _f_nik(self) -> str:
        return self.rng.choice((self._f_nikp, self._f_nikp, self._f_nikg, self._f_nikd))()

    def _f_nikp(self) -> str:
        return self._nik_digits()

    def _f_nikg(self) -> str:
        d = self._nik_digits()
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))

    def _f_nikd(self) -> str:
        d = self._nik_digits()
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}"

    def _f_nikl(self) -> str:
        return _letters_for_digits(self.rng, self._nik_digits())

    def _kk_digits(self) -> str:
        if "_kkd" not in self.values:
            issued = dt.date(
                self.rng.randint(2008, 2025), self.rng.randint(1, 12), self.rng.randint(1, 28)
            )
            self.values["_kkd"] = (
                f"53{self.regency}{self.district}{issued:%d%m%y}{self.rng.randint(1, 9999):04d}"
            )
        return self.values["_kkd"]

    def _f_kk(self) -> str:
        d = self._kk_digits()
        return self.rng.choice((d, d, " ".join(d[i : i + 4] for i in range(0, 16, 4))))

    def _f_kkp(self) -> str:
        return self._kk_digits()

    def _f_kkl(self) -> str:
        return _letters_for_digits(self.rng, self._kk_digits())

    def _f_npwp(self) -> str:
        d = (
            f"{self.rng.randint(1, 99):02d}"
            + _digits(self.rng, 7)
            + self.rng.choice(("920", "921", "922", "923"))
            + "000"
        )
        dotted = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
        style = self.rng.randrange(6)
        if style == 3:
            return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8]} {d[9:12]} {d[12:]}"
        if style == 4:
            return dotted[:2] + "," + dotted[3:]
        if style == 5:
            return dotted[:-3] + "OOO"
        return dotted

    def _f_npwpn(self) -> str:
        return self._nik_digits()

    def _f_nitku(self) -> str:
        return self._nik_digits() + "000000"

    def _bpjs_digits(self) -> str:
        if "_bpjsd" not in self.values:
            self.values["_bpjsd"] = "000" + str(self.rng.randint(1, 9)) + _digits(self.rng, 9)
        return self.values["_bpjsd"]

    def _f_bpjs(self) -> str:
        d = self._bpjs_digits()
        style = self.rng.randrange(5)
        if style == 3:
            return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}"
        if style == 4:
            return _letters_for_digits(self.rng, d)
        return d

    def _f_bpjsp(self) -> str:
        return self._bpjs_digits()

    def _mobile_digits(self) -> str:
        if "_hpd" not in self.values:
            prefix = self.rng.choice(MOBILE_PREFIXES)
            self.values["_hpd"] = prefix + _digits(self.rng, self.rng.choice((7, 8, 8, 8)))
        return self.values["_hpd"]

    def _f_hp(self) -> str:
        return _write_mobile(self.rng, self._mobile_digits())

    def _f_hpp(self) -> str:
        return self._mobile_digits()

    def _f_hpw(self) -> str:
        d = self._mobile_digits()[1:]
        return f"+62 {d[:3]}-{d[3:7]}-{d[7:]}"

    def _f_hpl(self) -> str:
        d = self._mobile_digits()
        grouped = self.rng.choice((f"{d[:4]}-{d[4:8]}-{d[8:]}", f"{d[:4]} {d[4:8]} {d[8:]}", d))
        return _letters_for_digits(self.rng, grouped)

    def _f_telr(self) -> str:
        d = "8" + _digits(self.rng, 5)
        return self.rng.choice((f"0380 {d}", f"(0380) {d}", f"0380-{d}", f"(0380) {d[:3]} {d[3:]}"))

    def _local(self) -> str:
        if "_local" not in self.values:
            g = re.sub(r"[^a-z]", "", self.first.lower().split()[-1])
            f = re.sub(r"[^a-z]", "", self.family.lower())
            n = str(self.rng.choice((self.birth.year % 100, self.rng.randint(1, 99))))
            self.values["_local"] = self.rng.choice(
                (
                    f"{g}.{f}",
                    f"{g}.{f}{n}",
                    f"{f}{g}{n}",
                    f"{g}_{f}",
                    f"{g[0]}{f}{n}",
                    f"{g}{n}.{f}",
                    f"{f}.{g}",
                    f"{g}{f}",
                )
            )
        return self.values["_local"]

    def _host(self) -> str:
        if "_host" not in self.values:
            self.values["_host"] = self.rng.choice(HOSTS)
        return self.values["_host"]

    def _f_mail(self) -> str:
        return f"{self._local()}@{self._host()}"

    def _f_mailk(self) -> str:
        g = re.sub(r"[^a-z]", "", self.first.lower().split()[-1])
        f = re.sub(r"[^a-z]", "", self.family.lower())
        return f"{g}.{f}@kupangkota.go.id"

    def _f_maild(self) -> str:
        local, host = self._local(), self._host()
        name, _, tld = host.partition(".")
        return self.rng.choice(
            (
                f"{local} @ {host}",
                f"{local} @{host}",
                f"{local}(at){host}",
                f"{local} [at] {name} [dot] {tld.replace('.', ' [dot] ')}",
                f"{local} at {name} dot {tld.replace('.', ' dot ')}",
                f"{local}(keong){name}(titik){tld.replace('.', '(titik)')}",
                f"{local}[@]{host}",
                f"{local}@{host.replace('.', ',', 1)}",
            )
        )

    def _f_mailc(self) -> str:
        local, host = self._local(), self._host()
        return self.rng.choice((f"{local}\n@{host}", f"{local}@\n{host}"))

    def _f_bri(self) -> str:
        d = _digits(self.rng, 4) + "01" + _digits(self.rng, 9)
        return self.rng.choice((d, f"{d[:4]}-{d[4:6]}-{d[6:12]}-{d[12:14]}-{d[14]}"))

    def _f_bni(self) -> str:
        return self.rng.choice(("0", "1", "2", "3")) + _digits(self.rng, 9)

    def _f_mdr(self) -> str:
        d = self.rng.choice(("143", "161", "180")) + _digits(self.rng, 10)
        return self.rng.choice((d, f"{d[:3]}-{d[3:5]}-{d[5:12]}-{d[12]}"))

    def _f_ntt(self) -> str:
        d = "0" + _digits(self.rng, 2) + "0" + _digits(self.rng, 10)
        return self.rng.choice((d, f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}"))

    def _f_bca(self) -> str:
        return self.rng.choice(("31", "05", "82", "14")) + _digits(self.rng, 8)

    def _f_rmh(self) -> str:
        street = self.rng.choice(HOME_STREETS_L)
        no = str(self.rng.randint(1, 150)) + self.rng.choice(("", "", "", "", "A", "B"))
        style = self.rng.randrange(7)
        if style == 1:
            return f"Gg. {street} No. {no}"
        if style == 2:
            return f"Jl. {street} Gg. {self.rng.randint(1, 9)} No. {no}"
        if style == 3:
            return f"Jln. {street} no {no}"
        if style == 4:
            return f"Jalan {street} Nomor {no}"
        if style == 5:
            return f"Lr. {street} No. {no}"
        return f"Jl. {street} No. {no}"

    def _rt_pair(self) -> tuple[int, int]:
        if "_rt" not in self.values:
            self.values["_rt"] = f"{self.rng.randint(1, 42)}/{self.rng.randint(1, 14)}"
        a, b = self.values["_rt"].split("/")
        return int(a), int(b)

    def _f_rt(self) -> str:
        rt, rw = self._rt_pair()
        return self.rng.choice(
            (
                f"RT {rt:02d}/RW {rw:02d}",
                f"RT {rt:03d}/RW {rw:03d}",
                f"RT {rt:02d} RW {rw:02d}",
                f"RT {rt} RW {rw}",
                f"RT.{rt:02d}/RW.{rw:02d}",
                f"RT {rt:03d}/{rw:03d}",
                f"rt {rt} rw {rw}",
            )
        )

    def _f_rtl(self) -> str:
        return f"RT {self._rt_pair()[0]}"

    def _f_rtp(self) -> str:
        rt, rw = self._rt_pair()
        return f"{rt:03d}/{rw:03d}"

    def _f_blok(self) -> str:
        return (
            f"{self.rng.choice(ESTATES)} Blok {self.rng.choice('ABCDEFGHJK')} "
            f"No. {self.rng.randint(1, 140)}"
        )

    def _f_plat(self) -> str:
        region = (
            "DH"
            if self.regency in ("71", "01", "02", "03", "04", "05", "14")
            else ("ED" if self.regency in ("11", "12") else "EB")
        )
        num = (
            str(self.rng.randint(1000, 9999))
            if self.rng.random() < 0.8
            else str(self.rng.randint(100, 999))
        )
        suffix = "".join(
            self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.rng.choice((1, 2, 2, 2)))
        )
        return self.rng.choice(
            (f"{region} {num} {suffix}", f"{region} {num} {suffix}", f"{region}{num}{suffix}")
        )

    def _f_umur(self) -> str:
        return str(2026 - self.birth.year)

    def _f_lahir(self) -> str:
        return f"{self.birth:%d-%m-%Y}"

    def _f_ttl(self) -> str:
        return f"{self.town}, {self.birth.day:02d}-{self.birth.month:02d}-{self.birth.year}"

    def _f_kota(self) -> str:
        return self.town

    def _f_jk(self) -> str:
        return "Perempuan" if self.female else "Laki-laki"

    def _f_kerja(self) -> str:
        return self.rng.choice(JOBS_W if self.female else JOBS_M)

    def _f_asal(self) -> str:
        return self.town


def _write_mobile(rng: random.Random, d: str) -> str:  # noqa: PLR0911
    rest = d[1:]
    style = rng.randrange(9)
    if style == 1:
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    if style == 2:
        return f"{d[:4]} {d[4:8]} {d[8:]}"
    if style == 3:
        return f"{d[:4]}.{d[4:8]}.{d[8:]}"
    if style == 4:
        return f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}"
    if style == 5:
        return f"+62{rest}"
    if style == 6:
        return f"62{rest}"
    if style == 7:
        return f"62 {rest[:3]} {rest[3:7]} {rest[7:]}"
    return d


# ---------------------------------------------------------------------------- other values


class Text:
    """The state of one text being filled: persons, dates, times and other values by key."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.persons: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.cache: dict[tuple[str, str], str] = {}
        self.used: dict[str, set[str]] = {}
        start = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 320))
        self.dates = {"d1": _workday(start)}
        day = self.dates["d1"]
        for k in ("d2", "d3", "d4"):
            day = _workday(day + dt.timedelta(days=rng.randint(1, 6)))
            self.dates[k] = day
        self.dates["b1"] = self.dates["d1"] - dt.timedelta(days=rng.randint(20, 70))
        self.dates["b2"] = self.dates["d1"] - dt.timedelta(days=rng.randint(3, 15))
        self.times: dict[str, int] = {}

    def person(self, key: str) -> Person:
        if key not in self.persons:
            self.persons[key] = Person(self.rng, key, self.taken)
        return self.persons[key]

    def pick(self, gen: str, key: str, pool: tuple[str, ...] | list[str]) -> str:
        """One value of ``pool`` per key; two keys of one pool never share a value."""
        if (gen, key) not in self.cache:
            used = self.used.setdefault(gen, set())
            free = [p for p in pool if p not in used]
            value = self.rng.choice(free)
            used.add(value)
            self.cache[(gen, key)] = value
        return self.cache[(gen, key)]

    def once(self, gen: str, key: str, make: Callable[[], str]) -> str:
        if (gen, key) not in self.cache:
            self.cache[(gen, key)] = make()
        return self.cache[(gen, key)]

    def minutes(self, key: str) -> int:
        if key not in self.times:
            lo, hi = {
                "p": (7 * 60, 11 * 60 + 50),
                "s": (12 * 60, 16 * 60 + 50),
                "m": (17 * 60 + 30, 22 * 60 + 30),
            }[key[0]]
            earlier = [v for k, v in self.times.items() if k[0] == key[0]]
            base = max(earlier) + 3 if earlier else lo
            self.times[key] = min(hi, self.rng.randint(base, max(base, (base + hi) // 2)))
        return self.times[key]


def _workday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


AMOUNTS = {
    "t": (1_000, 9_000, 500),
    "s": (5_000, 95_000, 5_000),
    "a": (50_000, 350_000, 5_000),
    "m": (100_000, 2_475_000, 25_000),
    "l": (2_500_000, 59_750_000, 250_000),
    "x": (150_000_000, 2_950_000_000, 5_000_000),
}


def _dotted_npwp(d: str) -> str:
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"


def _dotted_ntt(d: str) -> str:
    return f"{d[:3]}.{d[3:5]}.{d[5:7]}.{d[7:13]}-{d[13]}"


def _rupiah(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def other(t: Text, gen: str, key: str) -> str:  # noqa: PLR0911
    """A value that is no personal data: look-alikes, places, dates, times, amounts."""
    r = t.rng
    if gen == "rp":
        lo, hi, step = AMOUNTS[key[0]]
        return t.once(gen, key, lambda: "Rp " + _rupiah(r.randrange(lo, hi + 1, step)))
    if gen in ("tgl", "tgls", "tgll", "hari", "bln", "thn"):
        d = t.dates[key]
        return {
            "tgl": f"{d:%d/%m/%Y}",
            "tgls": f"{d:%d-%m-%Y}",
            "tgll": f"{d.day} {BULAN[d.month - 1]} {d.year}",
            "hari": HARI[d.weekday()],
            "bln": BULAN[d.month - 1],
            "thn": str(d.year),
        }[gen]
    if gen == "jam":
        m = t.minutes(key)
        return f"{m // 60:02d}.{m % 60:02d}"
    if gen == "pukul":
        m = t.minutes(key) // 15 * 15
        return f"{m // 60:02d}.{m % 60:02d}"
    makers = {
        "tiket": lambda: r.choice(
            (
                f"#LPR-2026-{r.randint(1000, 9999)}-{r.randint(1, 9999):04d}",
                f"LAPOR-5371-2026-{r.randint(1, 99999):05d}",
                f"26{r.randint(1, 12):02d}-{r.randint(1000, 9999)}-{r.randint(100, 999)}",
            )
        ),
        "va": lambda: r.choice(("8808", "8888", "7001", "3901")) + _digits(r, 12),
        "billing": lambda: "8" + "2026" + _digits(r, 10),
        "kodebayar": lambda: "03" + "2026" + _digits(r, 10),
        "plnid": lambda: "53" + r.choice(("12", "11", "13")) + _digits(r, 8),
        "meter": lambda: r.choice(("14", "56", "32")) + _digits(r, 9),
        "token": lambda: " ".join(_digits(r, 4) for _ in range(5)),
        "samb": lambda: f"{r.randint(1, 9):02d}-{r.randint(1, 20):02d}-{_digits(r, 6)}",
        "nop": lambda: (
            f"53.71.0{r.randint(10, 60)}.0{r.randint(10, 40)}.0{_digits(r, 2)}-{_digits(r, 4)}.0"
        ),
        "nip": lambda: (
            f"19{r.randint(68, 95)}{r.randint(1, 12):02d}{r.randint(1, 28):02d} "
            f"20{r.randint(5, 22):02d}{r.randint(1, 12):02d} {r.randint(1, 2)} {_digits(r, 3)}"
        ),
        "nisn": lambda: "0" + _digits(r, 9),
        "nib": lambda: "912" + _digits(r, 10),
        "ref": lambda: _digits(r, 12),
        "antri": lambda: f"{r.choice('ABCD')}-{r.randint(1, 150):03d}",
        "surat": lambda: (
            f"{r.choice(('400.7', '470', '500.2', '600', '140', '800'))}/"
            f"{r.randint(10, 999)}/{key.upper() if key.isalpha() else 'KEL'}/"
            f"{ROMAWI[t.dates['d1'].month - 1]}/2026"
        ),
        "telk": lambda: r.choice(
            (
                f"(0380) 8{_digits(r, 2)} {_digits(r, 3)}",
                f"0380-8{_digits(r, 5)}",
                f"0380 8{_digits(r, 5)}",
                f"(0380) 8{_digits(r, 5)}",
            )
        ),
        "hpk": lambda: _write_mobile(
            r, r.choice(MOBILE_PREFIXES) + _digits(r, r.choice((7, 8, 8)))
        ),
        "hpkl": lambda: _letters_for_digits(
            r, r.choice(MOBILE_PREFIXES) + "-" + _digits(r, 4) + "-" + _digits(r, 4)
        ),
        "npwpb": lambda: _dotted_npwp(
            f"0{r.randint(1, 9)}" + _digits(r, 7) + r.choice(("920", "921")) + "000"
        ),
        "rekb": lambda: _dotted_ntt("0" + _digits(r, 2) + "0" + _digits(r, 10)),
        "rekbri": lambda: _digits(r, 4) + "01" + _digits(r, 9),
        "n": lambda: str(r.randint(2, 48)),
        "nomor": lambda: str(r.randint(1, 160)),
        "nrt": lambda: str(r.randint(1, 42)),
        "nrw": lambda: f"{r.randint(1, 14):02d}",
        "antrian": lambda: str(r.randint(12, 160)),
    }
    if gen in makers:
        return t.once(gen, key, makers[gen])
    pools = {
        "kel": [k.replace("_", " ") for k in KEL],
        "kec": KEC,
        "pkm": PKM,
        "sek": SCHOOLS,
        "psr": MARKETS,
        "jln": PUBLIC_STREETS,
        "rs": HOSPITALS,
        "grj": CHURCHES,
        "toko": SHOPS,
        "kota": TOWNS,
    }
    if gen in pools:
        return t.pick(gen, key, pools[gen])
    if gen == "rtu":
        return t.pick(gen, key, [f"RT {n:02d}" for n in range(1, 43)])
    if gen == "rwu":
        return t.pick(gen, key, [f"RW {n:02d}" for n in range(1, 15)])
    if gen == "kelm":
        return "kel." + t.pick("kel", key, pools["kel"]).lower().replace(" ", "") + "@gmail.com"
    if gen == "kecm":
        return "kec." + t.pick("kec", key, KEC).lower().replace(" ", "") + "@kupangkota.go.id"
    raise SystemExit(f"unknown generator {gen}:{key}")


# ---------------------------------------------------------------------------- filling

TOKEN = re.compile(r"\[\[|\]\]|\{[a-z0-9]+[\^_]?:[a-z0-9]+\}")
PLACE = re.compile(r"\{([a-z0-9]+)([\^_]?):([a-z0-9]+)\}")
CHOICE = re.compile(r"\{\?([^{}]*)\}")
LABEL_OPEN = re.compile(r"([a-z_]+):")


class TemplateError(Exception):
    """A template that cannot be read."""


def fill(template: str, rng: random.Random) -> tuple[str, list[dict], list[tuple]]:  # noqa: PLR0912
    """Fill a template: the text, its spans and, per span, its value when it holds one."""
    mode = ""
    if template.startswith(("@CAPS\n", "@lower\n")):
        mode, template = template.split("\n", 1)
    template = CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    t = Text(rng)
    out: list[str] = []
    length = 0
    spans: list[dict] = []
    values: list[tuple] = []
    open_at: int | None = None
    open_kind = ""
    holds: list[str] = []
    pos = 0
    for m in TOKEN.finditer(template):
        literal = template[pos : m.start()]
        pos = m.end()
        if open_at is not None and literal:
            holds.append("literal")
        out.append(literal)
        length += len(literal)
        token = m.group(0)
        if token == "[[":
            if open_at is not None:
                raise TemplateError("nested label")
            label = LABEL_OPEN.match(template, pos)
            if label:
                open_kind = label.group(1)
                pos = label.end()
            else:
                open_kind = ""
            open_at, holds = length, []
        elif token == "]]":
            if open_at is None:
                raise TemplateError("]] without [[")
            if not open_kind:
                raise TemplateError("label without kind")
            spans.append({"kind": open_kind, "start": open_at, "end": length})
            values.append(tuple(holds))
            open_at = None
        else:
            gen, case, key = PLACE.match(token).groups()
            if gen in PERSON_FIELDS or gen in ATTRIBUTES:
                if gen in PERSON_FIELDS and open_at is None:
                    raise TemplateError(f"person's {gen}:{key} outside a label")
                value = t.person(key).get(gen)
                if open_at is not None and not open_kind:
                    open_kind = FIELD_KIND[gen]
            else:
                value = other(t, gen, key)
            if case == "^":
                value = value.upper()
            elif case == "_":
                value = value.lower()
            if open_at is not None:
                holds.append(value)
            out.append(value)
            length += len(value)
    if open_at is not None:
        raise TemplateError("[[ without ]]")
    tail = template[pos:]
    out.append(tail)
    text = "".join(out)
    if mode == "@CAPS":
        text = text.upper()
    elif mode == "@lower":
        text = text.lower()
    checked = []
    for span, hold in zip(spans, values, strict=True):
        value = hold[0] if len(hold) == 1 else None
        if value is not None and mode:
            value = value.upper() if mode == "@CAPS" else value.lower()
        checked.append((span, value))
    return text, spans, checked


# ---------------------------------------------------------------------------- checks

RUN = re.compile(r"[0-9](?:[\s.,\-_\u2022\u00b7]{0,3}[0-9])*")
DIGIT_RANGE = {
    "nik": (15, 17),
    "kk": (16, 16),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}


def _count(value: str) -> str:
    return re.sub(r"\D", "", value.translate(LETTERS))


def problems(text: str, spans: list[dict], values: list[tuple]) -> list[str]:  # noqa: PLR0912
    """What is wrong with a filled text (empty when nothing is)."""
    found = []
    if re.search(r"\[\[|\]\]|\{[a-z?]|[a-z]\}", text):
        found.append("marker left")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in pairwise(ordered):
        if b["start"] < a["end"]:
            found.append("overlap")
    covered = [False] * len(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            covered[i] = True
    for span, value in values:
        kind, part = span["kind"], text[span["start"] : span["end"]]
        if kind not in KINDS:
            found.append(f"kind {kind}")
            continue
        if value is not None and part != value:
            found.append(f"span {part!r} is not its value {value!r}")
        if not part or not (part[0].isalnum() or (kind == "phone" and part[0] in "+(")):
            found.append(f"{kind} {part!r} opens badly")
        if not part or not part[-1].isalnum():
            found.append(f"{kind} {part!r} ends badly")
        if kind == "name":
            first = re.split(r"[\s,]+", part)[0].lower().rstrip(".")
            if first in OPENERS:
                found.append(f"name opens with {first}")
            if "@" in part or (re.search(r"\d", part) and not re.search(r"[A-Z]\d|\d[A-Z]", part)):
                found.append(f"name {part!r} holds a digit or @")
            for word in re.findall(r"[^\W\d_]{3,}", part):
                found.extend(
                    f"name word {word!r} uncovered"
                    for m in re.finditer(rf"(?i)(?<![^\W_]){re.escape(word)}(?![^\W_])", text)
                    if not all(covered[m.start() : m.end()])
                )
        elif kind in DIGIT_RANGE or kind == "npwp":
            digits = _count(part)
            if kind == "npwp":
                if len(digits) not in (15, 16, 22):
                    found.append(f"npwp {part!r} has {len(digits)} digits")
            else:
                lo, hi = DIGIT_RANGE[kind]
                if not lo <= len(digits) <= hi:
                    found.append(f"{kind} {part!r} has {len(digits)} digits")
            if kind == "bpjs" and not digits.startswith("000"):
                found.append("bpjs without 000")
            if kind != "npwp" and re.search(r"[^OoIlSB\d\s.\-()+]", part):
                found.append(f"{kind} {part!r} holds letters")
            tail = digits[-9:]
            for run in RUN.finditer(text):
                ds = [(c, run.start() + i) for i, c in enumerate(run.group(0)) if c.isdigit()]
                string = "".join(c for c, _ in ds)
                start = string.find(tail)
                while start >= 0:
                    places = [p for _, p in ds[start : start + len(tail)]]
                    if not all(covered[p] for p in places):
                        found.append(f"{kind} {part!r} repeated uncovered")
                    start = string.find(tail, start + 1)
        elif kind == "plate":
            if not re.fullmatch(r"(?i)[a-z]{1,2} ?\d{1,4} ?[a-z]{0,3}", part):
                found.append(f"plate {part!r} badly shaped")
            loose = r"\s*".join(re.escape(c) for c in part.replace(" ", ""))
            found.extend(
                "plate repeated uncovered"
                for m in re.finditer(rf"(?i)(?<![A-Za-z0-9]){loose}(?![A-Za-z0-9])", text)
                if not all(covered[m.start() : m.end()])
            )
        elif kind == "address":
            if not ADDRESS_OPENERS.match(part):
                found.append(f"address {part!r} opens badly")
        elif kind == "email" and not any(d in part for d in DODGES) and "," not in part:
            found.append(f"email {part!r} without @")
    return found


def self_test() -> None:
    """The checker accepts a good text and refuses each kind of mistake."""

    def spans_of(text: str, *parts: tuple[str, str]) -> list[tuple]:
        out = []
        for kind, part in parts:
            i = text.index(part)
            out.append(({"kind": kind, "start": i, "end": i + len(part)}, part))
        return out

    good = "Sy Yakob Tefa, HP 081234567890, tinggal di Jl. Nangka No. 4, RT 08/RW 03."
    ok = spans_of(
        good, ("name", "Yakob Tefa"), ("phone", "081234567890"), ("address", "Jl. Nangka No. 4")
    )
    ok += spans_of(good, ("address", "RT 08/RW 03"))
    assert problems(good, [s for s, _ in ok], ok) == [], problems(good, [s for s, _ in ok], ok)
    bad_cases = [
        ("Sy Yakob Tefa. Tefa sakit.", [("name", "Yakob Tefa")]),
        ("Sy Pak Yakob datang.", [("name", "Pak Yakob")]),
        ("HP 081234567890, WA 081234567890", [("phone", "081234567890")]),
        ("HP 081234567890, WA +6281234567890 ya", [("phone", "081234567890")]),
        ("Nama Yakob Tefa.", [("name", "Yakob Tefa.")]),
        ("NIK 53710412058900", [("nik", "53710412058900")]),
        ("plat DH 1234 AB", [("plate", "plat DH 1234 AB")]),
        ("di Nangka No. 4", [("address", "Nangka No. 4")]),
        ("mail yakob.gmail.com", [("email", "yakob.gmail.com")]),
        ("kartu 1001234567890", [("bpjs", "1001234567890")]),
        ("umur 45 tahun", [("age", "45")]),
        ("{nama:w1} datang", [("name", "datang")]),
    ]
    for text, parts in bad_cases:
        sp = spans_of(text, *parts)
        assert problems(text, [s for s, _ in sp], sp), text
    overlap = "Yakob Tefa"
    sp = [
        ({"kind": "name", "start": 0, "end": 5}, None),
        ({"kind": "name", "start": 3, "end": 10}, None),
    ]
    assert problems(overlap, [s for s, _ in sp], sp)
    wrong = "Nama: Yakob Tefa"
    sp = [({"kind": "name", "start": 6, "end": 16}, "Yakob Tefe")]
    assert problems(wrong, [s for s, _ in sp], sp)
    rng = random.Random(1)
    text, spans, vals = fill("Sy [[{nama:w1}]], HP [[{hp:w1}]], {jln:x}.", rng)
    assert not problems(text, spans, vals), problems(text, spans, vals)


# ---------------------------------------------------------------------------- templates


def _unescape(text: str) -> str:
    text = re.sub(r"\\U([0-9a-fA-F]{8})", lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("\\t", "\t")


def templates(source: str) -> list[str]:
    """A style's templates: blocks between ``~~~`` lines; a line opening with two spaces
    continues the line above after one space, one opening with two spaces and a bar
    continues it directly."""
    blocks = []
    for block in re.split(r"\n~~~\n", source.strip("\n")):
        lines: list[str] = []
        for line in block.split("\n"):
            if line.startswith("  |") and lines:
                lines[-1] += line[3:]
            elif line.startswith("  ") and lines:
                lines[-1] += " " + line[2:]
            else:
                lines.append(line)
        blocks.append(_unescape("\n".join(lines)))
    return blocks


STYLES = {
    "sms_1708": r"""
@CAPS
KOTKUPANG SY PEDAGANG SAYUR DI {psr:1}, SDH 2 MGG DISURUH PINDAH KE BELAKANG TANPA LAPAK. KAMI
  BAYAR RETRIBUSI {rp:t1} TIAP HARI TAPI TDK ADA KARCIS. MOHON DIBANTU. [[{nama:w1}]] NIK
  [[{nikp:w1}]] HP [[{hp:w1}]]
~~~
kotkupang selamat siang, meter air di rumah sy [[address:{rmh:m1} {rt:m1}]] kel {kel:1} diganti
  petugas pdam tgl {tgl:b1}, skrg tagihan naik jadi {rp:a1} pdhl pemakaian sama. no sambungan
  {samb:1}. tlg dicek. [[{pgl:m1}]] [[{hp:m1}]]
~~~
@CAPS
KOTKUPANG AKTA KELAHIRAN ANAK SY [[{dpn:cw1} {marga:m1}]] SALAH NAMA BAPAK, TERTULIS
  [[name:{pgl:m2} {marga:m1}]] HARUSNYA [[{nama:m1}]]. SDH 3X KE DUKCAPIL DISURUH TUNGGU. NO KK
  [[{kkp:m1}]]. TRIMS
~~~
kotkupang sy mau lapor anjing tetangga sy [[{nama:m2}]] di [[{rtl:m2}]] sdh gigit 3 anak minggu
  ini, anak sy [[{pgl:cw1}]] jg kena di kaki. dia tdk mau ikat anjing. sy [[{nama:w1}]], hp
  [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG BLT DANA KELURAHAN TAHAP 2 BLM SY TERIMA, TETANGGA SDH. NAMA SY [[{nama:ow1}]] NIK
  [[{nik:ow1}]] KK [[{kkp:ow1}]] WARGA [[{rt:ow1}]] KEL. {kel:1}. SY JANDA UMUR {umur:ow1} THN.
  TLG DICEK
~~~
kotkupang kartu kis pbi sy tiba2 nonaktif pas berobat di puskesmas {pkm:1}, disuruh bayar umum
  {rp:m1}. no kartu [[{bpjsp:w1}]] a.n. [[{nama:w1}]]. mohon diaktifkan lagi. hp [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG MOTOR SY [[{plat:m1}]] DITAHAN PETUGAS DISHUB DI {jln:1} JAM {jam:p1}, DIMINTA UANG
  DAMAI {rp:s1} TANPA SURAT TILANG. SY [[{nama:m1}]], HP [[{hpl:m1}]]
~~~
kotkupang sdh kirim berkas permohonan akta kematian bapak sy alm [[{nama:om1}]] lewat email ke
  dukcapil tgl {tgl:b1} tp blm ada balasan ke email sy [[{mail:w1}]]. no tiket {tiket:1}. mohon
  info. [[{nama_:w1}]]
~~~
@CAPS
KOTKUPANG SY DAPAT SMS DR {hpk:1} KATANYA SY MENANG UNDIAN {rp:l1} DARI BANK NTT, DISURUH
  TRANSFER PAJAK DULU. SY TDK TRANSFER. MOHON DIBLOKIR NOMOR ITU. NO SY [[{hp:m1}]]
  ([[{pgl^:m1}]])
~~~
kotkupang uang kip anak sy [[{nama:tw1}]] kelas 8 di {sek:1} sdh cair tp ditahan sekolah katanya
  utk uang komite. buku tabungan bri atas nama sy [[{nama:w1}]] no rek [[{bri:w1}]]. mohon
  ditindak. hp [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG PEMILIK KOS SY [[{nama:w2}]] PUTUS LISTRIK KAMAR SY SEJAK {hari:b2} KRN TELAT BAYAR 3
  HARI. KOS DI [[address:{rmh:w2}]]. SY [[{nama:yw1}]] MAHASISWI, HP [[{hp:yw1}]], EMAIL
  [[{mail:yw1}]]. APA BOLEH BEGITU?
~~~
kotkupang mau tanya, npwp sy yg lama [[{npwp:m1}]] masih bisa dipakai lapor spt atau hrs pakai
  nik? kata teman npwp sy skrg [[{npwpn:m1}]]. trims. [[{nama_:m1}]]
~~~
@CAPS
KOTKUPANG TIAP MALAM ADA KARAOKE SAMPAI JAM 2 DI RUMAH [[{nama:m2}]] [[address:{rmh:m2}
  {rt:m2}]]. SDH TEGUR TDK DIDENGAR. SY [[{pgl:w1}]] TETANGGA SEBELAH. [[{hpp:w1}]]
~~~
kotkupang kelurahan minta sy daftar online bantuan modal usaha tp form tdk bisa terima email sy
  [[{maild:w1}]]. sdh coba 3x. tlg bantu. sy [[{nama_:w1}]] jual kue di rumah, wa [[{hp:w1}]]
~~~
@CAPS
KOTKUPANG KARTU ATM BANK NTT SY TERTELAN DI ATM {psr:1} TGL {tgl:b2}, REK [[{ntt:m1}]] A.N.
  [[{nama:m1}]]. CS BANK SURUH TUNGGU 14 HARI PDHL GAJI MASUK TGL 1. HP [[{hp:m1}]]
~~~
kotkupang nenek sy [[{nama:ow1}]] (kis [[{bpjs:ow1}]]) jatuh di kamar mandi {hari:b2} malam, tlp
  ambulans 119 tdk datang2, akhirnya pakai pick up tetangga. sy telp dari rumah [[{telr:w1}]].
  mohon dievaluasi. [[{nama_:w1}]] [[{rt:w1}]]
~~~
@CAPS
KOTKUPANG JALAN DI {jln:1} DEPAN {sek:1} BERLUBANG BESAR, SDH 2 MOTOR JATUH MGG INI. LAPORAN
  LAMA NO {tiket:1} BLM ADA TINDAK LANJUT. TRIMS
~~~
kotkupang lampu jalan di {jln:1} dekat {rs:1} mati sdh 3 mgg, gelap sekali, rawan jambret. mohon
  dinas perhubungan cek. trims
~~~
@CAPS
KOTKUPANG TOKEN PLN {token:1} DITOLAK TERUS, ID PELANGGAN {plnid:1}. SDH BELI {rp:m1} TDK BISA
  MASUK. TLP PLN 123 SIBUK TERUS
~~~
kotkupang sy dapat sms dari {hpk:1} bilang nik sy terpilih bansos {rp:l1}, suruh klik link dan
  isi data. itu resmi dinsos atau penipuan? mohon diumumkan supaya warga tdk tertipu
~~~
@CAPS
KOTKUPANG CALL CENTER DUKCAPIL {telk:1} DAN WA {hpk:1} TDK PERNAH ANGKAT. MAU TANYA KTP SAJA
  SUSAH. TOLONG DIPERBAIKI PELAYANANNYA
~~~
kotkupang bayar iuran bpjs lewat va {va:1} tgl {tgl:b1} sdh potong saldo {rp:a1} tp status msh
  tunggakan. ref transaksi {ref:1}. mohon dicek
~~~
@CAPS
KOTKUPANG KARCIS RETRIBUSI DI {psr:1} NAIK DARI {?RP 2.000 JADI RP 3.000|RP 3.000 JADI RP
  5.000|RP 1.000 JADI RP 2.000} TANPA PENGUMUMAN. PEDAGANG KECIL SUSAH. MOHON PENJELASAN DINAS
~~~
kotkupang ongkos angkot jalur 10 dr {kel:1} ke {psr:1} skrg {rp:t1}, pdhl tarif resmi blm naik.
  sopir bilang bensin mahal. tlg dishub tertibkan
~~~
@CAPS
KOTKUPANG TAGIHAN PDAM NO SAMBUNGAN {samb:1} BULAN {bln:b1} {rp:a1} PDHL AIR TDK JALAN 2 MGG.
  KANTOR PDAM {telk:1} BILANG BAYAR DULU BARU KOMPLAIN
~~~
kotkupang sdh lapor lewat email pengaduan@kupangkota.go.id tgl {tgl:b1} soal sampah di {jln:1},
  no tiket {tiket:1}, blm ada balasan. apa email itu msh aktif?
""",
    "wa_chat": r"""
[{tgl:d1} {jam:m1}] [[{nama:m1}]]: Kaka, ini data bapa untuk rujukan ke {rs:1} besok
[{tgl:d1} {jam:m2}] [[{nama:m1}]]: Nama [[{nama:om1}]], NIK [[{nik:om1}]], BPJS [[{bpjs:om1}]]
[{tgl:d1} {jam:m3}] [[{nama:w1}]]: Ok adik, sa su teruskan ke bidan di puskesmas. HP bapa masih
  [[{hp:om1}]] to?
[{tgl:d1} {jam:m4}] [[{nama:m1}]]: Iya kaka, itu sa pung yang lama, bapa pakai sekarang
~~~
{tgl:d1}, {jam:p1} - Staf Kel {kel:1} [[{pgl:w1}]]: Selamat pagi bapa, untuk SKTM mohon kirim
  NIK, No KK dan alamat lengkap
{tgl:d1}, {jam:p2} - [[{nama:m1}]]: Pagi ibu. NIK [[{nikp:m1}]], KK [[{kk:m1}]], alamat
  [[address:{rmh:m1}, {rt:m1}]]
{tgl:d1}, {jam:p3} - Staf Kel {kel:1} [[{pgl:w1}]]: Baik, surat bisa diambil {hari:d2} jam 10.
  Bawa KTP asli
{tgl:d1}, {jam:p4} - [[{nama:m1}]]: Terima kasih banyak ibu [[{pgl:w1}]]
~~~
[{tgl:d1} {jam:s1}] [[{nama:w1}]]: Mama-mama arisan, setoran bulan {bln:d1} {rp:a1} ke rekening
  BRI [[{bri:w1}]] a.n. [[{nama:w1}]] e. Paling lambat tanggal 10
[{tgl:d1} {jam:s2}] [[{nama:w2}]]: Siap kk [[{pgl:w1}]], sa su transfer barusan
[{tgl:d1} {jam:s3}] [[{nama:w3}]]: Sa minggu depan e, tunggu gaji suami
~~~
[{tgl:d1} {jam:m1}] [[{pgl_:w1}]]: pak rt, pohon asam di depan rumah sa su tumbang kena atap
  dapur. rumah di [[address:{rmh:w1}]]
[{tgl:d1} {jam:m2}] [[{pgl_:w1}]]: sa pung nomor [[{hp:w1}]] kalo petugas mau datang lihat
[{tgl:d1} {jam:m3}] Ketua RT {nrt:1}: Baik mama, beta lapor ke kelurahan dan BPBD malam ini
~~~
[{tgl:d1} {jam:p1}] [[{hpw:w1}]]: Selamat pagi, mau tanya imunisasi campak untuk anak 9 bulan
  ada hari apa di puskesmas?
[{tgl:d1} {jam:p2}] Admin Puskesmas {pkm:1}: Pagi ibu, setiap {hari:d2} jam 08.00-11.00. Bawa
  buku KIA
[{tgl:d1} {jam:p3}] [[{hpw:w1}]]: Anak sa nama [[{dpn:bw1} {marga:w1}]], KIS [[{bpjs:bw1}]], su
  terdaftar di posyandu atau belum?
[{tgl:d1} {jam:p4}] Admin Puskesmas {pkm:1}: Sudah ibu, terdaftar a.n. ibu [[{nama:w1}]]
~~~
[{tgl:d1} {jam:m1}] [[{nama:ym1}]]: Shalom kaka-kaka, pemuda jemaat jual tiket konser amal
  {rp:s1}. Yang mau pesan japri sa di [[{hp:ym1}]] atau ke [[{nama:yw1}]] [[{hp:yw1}]]
[{tgl:d1} {jam:m2}] [[{nama:w1}]]: Sa pesan 3 e ade [[{pgl:ym1}]]
~~~
{tgl:d1}, {jam:s1} - [[{nama:m1}]]: Motor Vario hitam plat [[{plat:m1}]] masih ada bapa? Harga
  berapa?
{tgl:d1}, {jam:s2} - [[{nama:m2}]]: Masih ada. {?Rp 11 jt nego|Rp 9,5 jt|Rp 13 jt pas}. STNK dan
  BPKB a.n. sa sendiri, [[{nama:m2}]]. Lihat di rumah sa [[address:{blok:m2}]]
{tgl:d1}, {jam:s3} - [[{nama:m1}]]: Ok besok sore sa datang. Nomor sa [[{hp:m1}]]
~~~
[{tgl:d1} {jam:m1}] [[{nama:m1}]]: Selamat malam bapa mama warga RT, sa warga baru, kontrak di
  [[address:{rmh:m1}]]. Nama [[{nama:m1}]], HP/WA [[{hp:m1}]], email [[{mail:m1}]]. Mohon
  bimbingan
[{tgl:d1} {jam:m2}] Ketua RT {nrt:1}: Selamat datang pak [[{pgl:m1}]]. Besok bawa fotokopi KK ke
  rumah e
[{tgl:d1} {jam:m3}] [[{nama:w1}]]: Selamat datang bapa
~~~
[{tgl:d1} {jam:s1}] [[{nama:yw1}]]: Kak pendamping, ini data sa untuk beasiswa KIP Kuliah. Email
  [[{mail:yw1}]], HP [[{hp:yw1}]], NIK [[{nik:yw1}]]
[{tgl:d1} {jam:s2}] Pendamping Beasiswa: Terima kasih dek. Kalau ada kendala hubungi sekretariat
  {telk:1}
[{tgl:d1} {jam:s3}] [[{nama:yw1}]]: Siap kak
~~~
[{tgl:d1} {jam:p1}] Kader [[{nama:w1}]]: Ibu bidan, ini nomor mama-mama balita untuk SMS
  pengingat:
1. [[{nama:w2}]] [[{hp:w2}]]
2. [[{nama:w3}]] [[{hp:w3}]]
3. [[{nama:w4}]] [[{hp:w4}]]
[{tgl:d1} {jam:p2}] Bidan [[{pgl:w5}]]: Makasih kader [[{pgl:w1}]]
~~~
[{tgl:d1} {jam:m1}] [[{nama:m1}]]: Ada yang temu KTP di depan {psr:1}, nama [[{scan:w1}]], NIK
  [[{nikp:w1}]]. KTP sa titip di pos satpam pasar
[{tgl:d1} {jam:m2}] [[{nama:m2}]]: Itu tetangga sa, nanti sa kasi tau. Dia pung nomor
  [[{hp:w1}]]
~~~
{tgl:d1}, {jam:m1} - [[{nama:yw1}]]: Ibu kos, tagihan air bulan ini sa su bayar dobel. Tolong
  kembalikan {rp:s1} ke rekening Bank NTT sa [[{ntt:yw1}]] a.n. [[{nama:yw1}]]
{tgl:d1}, {jam:m2} - Ibu Kos [[{pgl:w1}]]: Iya nona, besok sa transfer. Bukti nanti sa kirim
~~~
[{tgl:d1} {jam:s1}] [[{nama:w1}]]: Forward dari grup sebelah. Dari: [[{nama:w2}]] ([[{hp:w2}]])
"Hati-hati, ada nomor {hpk:1} mengaku petugas Dinsos minta foto KK dan KTP. Jangan layani"
[{tgl:d1} {jam:s2}] [[{nama:m1}]]: Makasih infonya mama [[{pgl:w1}]]
~~~
[{tgl:d1} {jam:p1}] [[{nama:w1}]]: Selamat pagi ibu guru [[{pgl:w2}]], anak sa [[{dpn:cm1}
  {marga:m1}]] hari ini sakit demam, izin tidak masuk. Surat dokter menyusul
[{tgl:d1} {jam:p2}] [[{nama:w2}]]: Baik mama, semoga cepat sembuh [[{pgl:cm1}]]
[{tgl:d1} {jam:p3}] [[{nama:w1}]]: Bapanya [[{nama:m1}]] nanti antar surat. Kalau ada perlu telp
  bapa di [[{hp:m1}]]
~~~
[{tgl:d1} {jam:m1}] [[{nama:m1}]]: Keluarga dan sahabat, untuk pesta nikah adik kami sumbangan
  bisa lewat rekening BNI [[{bni:w1}]] a.n. [[{nama:w1}]] (bendahara). Info WA panitia {hpk:1}
[{tgl:d1} {jam:m2}] [[{nama:w2}]]: Amin, Tuhan berkati
~~~
[{tgl:d1} {jam:m1}] [[{nama:m1}]] Ojek Pangkalan: Teman-teman, tadi penumpang lupa tas di motor
  sa [[{plat:m1}]]. Ada dompet, nama di KTP [[{nama:w1}]], alamat [[address:{rmh:w1} {rt:w1}]]
[{tgl:d1} {jam:m2}] [[{nama:m2}]]: Sa kenal dia, nomor dia [[{hp:w1}]]. Antar saja ke rumah
[{tgl:d1} {jam:m3}] [[{nama:m1}]] Ojek Pangkalan: Siap
~~~
[{tgl:d1} {jam:s1}] Admin Kelurahan {kel:1}: Jadwal fogging minggu ini: {hari:d2} {rtu:1} dan
  {rtu:2}, {hari:d3} {rtu:3}. Mohon rumah dibuka jam 07.00
[{tgl:d1} {jam:s2}] mama: Terima kasih info
[{tgl:d1} {jam:s3}] grup warga: Amin
~~~
{tgl:d1}, {jam:p1} - PDAM Tirta Lontar: Pemberitahuan. Distribusi air ke {kel:1} dan {kel:2}
  terhenti {hari:d2} karena perbaikan pipa di {jln:1}. Pengaduan: {telk:1} / WA {hpk:1}
{tgl:d1}, {jam:p2} - bapa: Su tiga hari sonde ada air
~~~
[{tgl:d1} {jam:p1}] Bapenda Kota Kupang: Yth. Wajib Pajak, jatuh tempo PBB-P2 tahun 2026 tanggal
  30 September. Cek kode billing di aplikasi atau WA {hpk:1}. Contoh kode billing {billing:1}
[{tgl:d1} {jam:p2}] Admin RT {nrt:1}: Mohon diperhatikan bapa mama
~~~
[{tgl:d1} {jam:m1}] Admin RT {nrt:1}: Lubang di {jln:1} depan {grj:1} su makan korban lagi,
  motor jatuh tadi sore
[{tgl:d1} {jam:m2}] mama: Su lapor ke 1708 ka belum?
[{tgl:d1} {jam:m3}] Admin RT {nrt:1}: Su, tiket {tiket:1}. Katanya minggu depan ditambal
~~~
[{tgl:d1} {jam:p1}] Dukcapil Kota Kupang: Terima kasih telah menghubungi WA Center Dukcapil.
  Layanan Senin-Jumat 08.00-15.00, Sabtu 08.00-12.00. Antrian online WA {hpk:1}, telp {telk:1}.
  Pesan Anda nomor antrian {antri:1}
~~~
[{tgl:d1} {jam:s1}] Posyandu Bunga Bakung: Mama-mama, posyandu bulan {bln:d1} hari {hari:d2} jam
  08.00 di halaman {grj:1}. Bawa buku KIA. Info kader {hpk:1}
[{tgl:d1} {jam:s2}] mama: Siap
~~~
[{tgl:d1} {jam:m1}] grup warga: *INFO BLT {rp:l1} CAIR HARI INI*. Daftar cepat, kirim foto KTP
  dan KK ke WA {hpk:1} sebelum kuota habis!!
[{tgl:d1} {jam:m2}] Admin RT {nrt:1}: Itu HOAX bapa mama. Jangan kirim data ke nomor itu
~~~
[{tgl:d1} {jam:p1}] Sekretariat Jemaat: Warta jemaat. Persembahan syukur bisa ditransfer ke
  rekening Majelis Jemaat Bank NTT {rekb:1}. Ibadah syukur {hari:d2} jam 17.00 di {grj:1}. Info
  sekretariat {telk:1}
~~~
[{tgl:d1} {jam:s1}] Bank NTT CS: Terima kasih telah menghubungi Bank NTT. Untuk blokir kartu
  hubungi call center 1500-500 atau kantor cabang {telk:1}. Jangan berikan PIN dan OTP kepada
  siapa pun
~~~
[{tgl:d1} {jam:m1}] Wali Kelas 7B: Bapa mama, ujian tengah semester mulai {hari:d2} {tgl:d2}.
  Uang komite {rp:s1} lewat bendahara komite, WA {hpk:1}. Terima kasih
[{tgl:d1} {jam:m2}] mama: Baik ibu
""",
    "lapor_form": r"""
LAPOR! - Layanan Aspirasi dan Pengaduan Online Rakyat
Judul Laporan: Sertifikat PTSL belum terbit sejak 2024
Isi Laporan: Tanah kami di [[address:{rmh:m1}, {rt:m1}]] Kel. {kel:1} sudah diukur petugas BPN
  tahun 2024 dalam program PTSL, tetapi sampai {tgll:d1} sertifikat belum terbit. Tetangga sudah
  terima semua. Mohon kejelasan.
Kategori: Pertanahan
Nama Pelapor: [[{nama:m1}]]
NIK: [[{nikp:m1}]]
Email: [[{mail:m1}]]
No. HP: [[{hp:m1}]]
Nomor Tiket: {tiket:1}
~~~
PORTAL LAYANAN KOTA KUPANG
Formulir Permohonan Surat Keterangan Domisili Usaha
Nama Pemohon : [[{nama:w1}]]
NIK : [[{nikp:w1}]]
Tempat/Tgl Lahir : {ttl:w1}
Alamat : [[address:{rmh:w1} {rt:w1}]], Kel. {kel:1}
Jenis Usaha : {?Jual kue basah|Jahit pakaian|Warung sembako} (di rumah sendiri)
NPWP Pribadi : [[{npwp:w1}]]
No. HP/WA : [[{hp:w1}]]
Email : [[{mail:w1}]]
Tanggal Pengajuan : {tgl:d1}
~~~
Judul: Honor guru komite 4 bulan belum dibayar
Isi Laporan: Saya [[{nama:w1}]], guru honor komite di {sek:1} sejak 2021. Honor bulan Juni
  sampai September belum masuk ke rekening Bank NTT saya [[{ntt:w1}]]. Kepala sekolah bilang
  dana BOS terlambat, tetapi guru lain sudah terima. Mohon Dinas Pendidikan memeriksa.
Rahasiakan identitas: Tidak
Email: [[{mail:w1}]]
Telepon: [[{hp:w1}]]
Nomor Tiket: {tiket:1}
~~~
Judul: Pasien BPJS diminta bayar obat di {rs:1}
Isi Laporan: Ibu saya [[{nama:ow1}]], peserta JKN-KIS nomor [[{bpjs:ow1}]] (NIK [[{nik:ow1}]]),
  dirawat {hari:b2} lalu dan keluarga diminta membeli obat di apotek luar {rp:m1}. Kuitansi kami
  simpan. Mohon BPJS Kesehatan dan Dinas Kesehatan menindaklanjuti.
Pelapor: [[{nama:m1}]] ([[{hp:m1}]], [[{mail:m1}]])
Kategori: Kesehatan
~~~
FORMULIR PENGADUAN ONLINE - lapor.kupangkota.go.id
Rahasiakan identitas: Ya
Nama Pelapor: Dirahasiakan
Email (tidak ditampilkan): [[{mail:w1}]]
No. HP (tidak ditampilkan): [[{hpp:w1}]]
Judul: Drainase di lingkungan kami tersumbat sejak proyek jalan
Isi: Air hujan masuk ke rumah saya di [[address:{rmh:w1}]] setiap hujan deras karena saluran
  ditimbun kontraktor proyek {jln:1}. Sudah lapor ke kelurahan, belum ada tanggapan.
~~~
DINAS PERHUBUNGAN KOTA KUPANG - Formulir Pengambilan Kendaraan Derek
Nomor Polisi : [[{plat:m1}]]
Jenis : Sepeda motor {?Honda Beat|Yamaha Mio|Honda Vario|Suzuki Satria}
Lokasi penderekan : {jln:1} (depan {toko:1})
Nama Pemilik : [[{nama:m1}]]
Alamat Pemilik : [[address:{rmh:m1}]], Kel. {kel:1}
No. HP : [[{hp:m1}]]
Keterangan pemohon: Motor saya diderek padahal parkir di tempat yang ada juru parkirnya dan saya
  bayar {rp:t1}. Mohon dikembalikan tanpa denda.
~~~
Judul: Petugas PLN minta uang pasang baru
Isi Laporan: Rumah baru kami di [[address:{blok:w1}]] mengajukan pasang baru 1300 VA. Petugas
  lapangan yang mengaku bernama [[{pgl:m2}]] meminta {rp:m1} di luar biaya resmi supaya cepat.
  Nomor registrasi {ref:1}. Saya [[{nama:w1}]], WA [[{hp:w1}]], email [[{mail:w1}]].
Kategori: Energi dan Sumber Daya Mineral
~~~
Tanggapan Dinas Lingkungan Hidup Kota Kupang atas laporan {tiket:1}
Terima kasih atas pengaduan Bapak [[{nama:m1}]] dari WA [[{hp:m1}]] tentang tumpukan sampah di
  dekat [[address:{rmh:m1}]]. Tim kebersihan sudah mengangkut sampah pada {tgll:d2}. Untuk
  pengaduan berikutnya silakan hubungi call center DLH {telk:1}.
~~~
FORMULIR PERMOHONAN INFORMASI PUBLIK (PPID KOTA KUPANG)
Nama : [[{nama:m1}]]
NIK : [[{nik:m1}]]
Alamat : [[address:{rmh:m1}, {rt:m1}]], Kel. {kel:1}, Kec. {kec:1}
Pekerjaan : {kerja:m1}
Email : [[{mail:m1}]]
Telepon : [[{hp:m1}]]
Informasi yang diminta: Daftar penerima bantuan bedah rumah Kel. {kel:1} tahun 2026
Cara memperoleh: salinan elektronik melalui email
~~~
Judul: Bantuan lansia masuk ke rekening orang lain
Isi Laporan: Bapa saya [[{nama:om1}]] penerima ASLUT. Dana bulan {bln:b1} tidak masuk ke
  rekening BRI bapa [[{bri:om1}]], kata petugas bank masuk ke rekening lain dengan nama mirip,
  [[name:{dpn:om1} {marga:om2}]]. Mohon Dinas Sosial memperbaiki data. Saya anaknya,
  [[{nama:w1}]], HP [[{hp:w1}]].
~~~
Judul: NIK ibu saya ganda dengan orang lain
Isi Laporan: Saat daftar BPJS, NIK ibu saya [[{nama:ow1}]] yaitu [[{nikp:ow1}]] terpakai oleh
  orang lain di Kabupaten {kota:1}. Di KK kami (No. KK [[{kk:m1}]]) NIK ibu tercatat sama.
  Akibatnya kartu JKN ibu [[{bpjs:ow1}]] dinonaktifkan. Mohon Dukcapil membantu.
Pelapor: [[{nama:m1}]]
Email: [[{maild:m1}]]
~~~
PORTAL KOTA KUPANG - Permohonan Izin Keramaian
Acara : Ibadah penghiburan (duka)
Tempat : Rumah duka, [[address:{rmh:m1} {rt:m1}]]
Waktu : {hari:d1}-{hari:d2}, {pukul:m1} s.d. 22.00 WITA
Penanggung Jawab : [[{nama:m1}]]
No. HP : [[{hp:m1}]]
Email : [[{mail:m1}]]
Jumlah tamu : sekitar {n:1}0 orang
~~~
Judul: Anak ditolak PPDB zonasi padahal rumah dekat sekolah
Isi Laporan: Anak saya [[{dpn:tm1} {marga:m1}]] ditolak di {sek:1} dengan alasan di luar zona.
  Alamat kami di KK [[address:{rmh:m1}, {rt:m1}]], hanya 700 meter dari sekolah. No. KK
  [[{kkp:m1}]]. Mohon ditinjau.
Nama Pelapor: [[{nama:m1}]] | HP: [[{hp:m1}]] | Email: [[{mail:m1}]]
~~~
Judul: Bangunan tetangga menutup saluran air
Isi Laporan: Tetangga kami [[{nama:m2}]] di [[address:{rmh:m2}]] membangun pagar di atas saluran
  air sehingga air meluap ke rumah-rumah di belakangnya. Kami sudah bicara baik-baik tetapi
  tidak dihiraukan.
Nama Pelapor: [[{nama:w1}]]
Email: [[{mail:w1}]]
Lokasi: [[{rt:w1}]] Kel. {kel:1}
~~~
DINAS TENAGA KERJA KOTA KUPANG
Pendaftaran Kartu Pencari Kerja (AK/1) Online
Nama Lengkap : [[{nama:ym1}]]
NIK : [[{nikp:ym1}]]
Tempat, Tgl Lahir : {ttl:ym1}
Pendidikan : {?SMK Teknik Otomotif|D3 Akuntansi|S1 Pendidikan Matematika}
Alamat : [[address:{rmh:ym1} {rt:ym1}]]
No HP : [[{hp:ym1}]]
Email : [[{mail:ym1}]]
~~~
Judul: Pajak kendaraan terbayar dua kali
Isi Laporan: Saya bayar pajak tahunan motor [[{plat:w1}]] lewat aplikasi pada {tgl:b1}, saldo
  terpotong {rp:m1} dua kali dengan kode bayar {kodebayar:1}. Samsat belum mengembalikan
  kelebihan. Mohon ditransfer ke rekening Mandiri saya [[{mdr:w1}]] a.n. [[{nama:w1}]].
Email: [[{mail:w1}]] / HP [[{hp:w1}]]
~~~
LAPOR! Nomor Tiket: {tiket:1}
Judul: Jembatan kecil di {jln:1} patah
Isi Laporan: Jembatan penghubung dekat {sek:1} patah sebagian sejak hujan {hari:b2}. Anak
  sekolah terpaksa memutar jauh. Mohon segera diperbaiki.
Nama Pelapor: Dirahasiakan
Kategori: Infrastruktur
~~~
Status Laporan {tiket:1}
{tgl:d1} {jam:p1} Laporan diterima admin Kota Kupang
{tgl:d1} {jam:s1} Diteruskan ke Dinas PUPR Kota Kupang
{tgl:d2} {jam:p2} Dinas PUPR: Laporan sedang ditindaklanjuti, tim survei dijadwalkan {hari:d3}
Status: Dalam Proses
~~~
LEMBAR DISPOSISI
Nomor Agenda : {surat:setda}
Asal : Admin LAPOR! Kota Kupang
Perihal : Pengaduan pungutan pembuatan KTP di kelurahan (tiket {tiket:1})
Diteruskan kepada : Kepala Dinas Kependudukan dan Pencatatan Sipil
Isi disposisi : Segera tindak lanjuti, laporkan hasil paling lambat {tgl:d3}
~~~
FORMULIR PENGADUAN LAMPU PENERANGAN JALAN UMUM
Lokasi : {jln:1}, depan Puskesmas {pkm:1}
Jumlah lampu mati : {n:1} titik
Sejak : {tgl:b1}
Nama Pelapor : Dirahasiakan
Foto : IMG_2026{n:2}_pju.jpg
~~~
Judul: Telepon penipuan mengatasnamakan BPJS
Isi Laporan: Saya ditelepon nomor {hpk:1} yang mengaku petugas BPJS Kesehatan, katanya iuran
  saya menunggak dan harus bayar ke rekening pribadi. Mohon masyarakat diberi informasi.
Rahasiakan identitas: Ya
Nama Pelapor: Dirahasiakan
~~~
Tanggapan Dinas Perhubungan Kota Kupang
Terima kasih atas laporan nomor {tiket:1}. Petugas sudah menertibkan parkir liar di {jln:1} pada
  {tgll:d2}. Informasi lebih lanjut: telp {telk:1} atau email dishub@kupangkota.go.id
  (Senin-Jumat 08.00-15.00).
~~~
SURVEI KEPUASAN LAYANAN PENGADUAN
Nomor tiket : {tiket:1}
Kecepatan tanggapan : 3 dari 5
Kejelasan informasi : 4 dari 5
Saran : Petugas di loket ramah, tapi tanggapan lewat aplikasi lambat. Mohon ditingkatkan.
~~~
Judul: Sampah menumpuk di {psr:1}
Isi Laporan: Sudah seminggu sampah tidak diangkut, bau sampai ke jalan. Pedagang bayar retribusi
  kebersihan {rp:t1} per hari.
Kategori: Lingkungan Hidup dan Kehutanan
Lokasi: {psr:1}, Kel. {kel:1}
Nama Pelapor: Dirahasiakan
~~~
Tanggapan Badan Pendapatan Daerah Kota Kupang
Laporan {tiket:1} tentang SPPT PBB ganda sudah kami periksa. NOP {nop:1} telah dibatalkan,
  silakan membayar dengan kode billing {billing:1} sebesar {rp:a1}. Pertanyaan dapat disampaikan
  ke bapenda@kupangkota.go.id.
~~~
REKAP PENGADUAN BULAN {bln:d1} 2026
Infrastruktur: {n:1} laporan
Kesehatan: {n:2} laporan
Kependudukan: {n:3} laporan
Kanal: SMS 1708, WA center {hpk:1}, lapor.go.id
Rata-rata waktu tindak lanjut: 4 hari kerja
""",
    "email_thread": r"""
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: Dukcapil Kota Kupang <dukcapil@kupangkota.go.id>
Subject: Perbaikan tanggal lahir di KK

Selamat pagi Bapak/Ibu,
Tanggal lahir saya di KK nomor [[{kkp:w1}]] tertulis salah. NIK saya [[{nik:w1}]]. Saya
  lampirkan scan akta kelahiran dan ijazah.
Hormat saya,
[[{nama:w1}]]
HP [[{hp:w1}]]

> From: [[{nama:w2}]] <[[{mailk:w2}]]>
> Silakan datang ke loket 3 pada {hari:d2} dengan dokumen asli. Terima kasih.
~~~
From: "[[{marga:m1}]], [[{dpn:m1}]]" <[[{mail:m1}]]>
To: DPMPTSP Kota Kupang <dpmptsp@kupangkota.go.id>
Cc: [[{nama:w1}]] <[[{mail:w1}]]>
Subject: Permohonan PBG ditolak karena NPWP

Yth. Petugas, permohonan PBG rumah tinggal saya di [[address:{rmh:m1}]] ditolak sistem karena
  NPWP tidak valid. NPWP saya [[{npwp:m1}]], istri saya ([[{pgl:w1}]], cc) juga sudah coba
  dengan NPWP-nya [[{npwp:w1}]]. Mohon bantuan.
Salam, [[{pgl:m1}]]
~~~
From: [[{nama:yw1}]] <[[{mail:yw1}]]>
To: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: My father's JKN card

Dear Sir/Madam,
I work as a caregiver in Darwin. My father, [[{nama:om1}]], card no. [[{bpjsp:om1}]], was told
  at Puskesmas {pkm:1} that his card is inactive. His NIK is [[{nikp:om1}]]. Could you tell me
  what to pay? You may also call my brother [[{pgl:m1}]] on [[{hp:m1}]].
Kind regards,
[[{nama:yw1}]]
~~~
Pada {hari:d2}, {tgll:d2} {jam:p1}, [[{nama:tw1}]] <[[{mail:tw1}]]> menulis:
> Selamat pagi Pak [[{pgl:m1}]], apakah berkas beasiswa saya sudah lengkap?
> > From: [[{nama:m1}]] <[[{mailk:m1}]]>
> > Kurang surat keterangan tidak mampu dan fotokopi KK.

Sudah saya kirim ulang, Pak. Orang tua saya [[{nama:w1}]] bisa dihubungi di [[{hp:w1}]].
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: Dinas PUPR Kota Kupang <pupr@kupangkota.go.id>
Cc: [[{nama:m2}]] <[[{mail:m2}]]>, [[{nama:w1}]] <[[{mail:w1}]]>, forum.warga.oebufu@gmail.com
Subject: Jalan lingkungan [[{rt:m1}]] rusak

Kami warga yang rumahnya di jalan ini mohon perbaikan. Rumah saya [[address:{rmh:m1}]], rumah
  Pak [[{pgl:m2}]] dan Ibu [[{pgl:w1}]] di sebelah. Foto terlampir (jalan_rusak@2x.png).
~~~
From: [[{nama:w1}]] <[[{mail:w1}]]>
To: [[{nama:w2}]] <[[{mailk:w2}]]>
Cc: [[{nama:m1}]] <[[{mail:m1}]]>
Subject: Anak saya dibully di kelas

Ibu [[{pgl:w2}]] yth, anak saya [[{dpn:tm1} {marga:m1}]] kelas 8C pulang dengan memar. Pelakunya
  teman sekelas. Mohon sekolah panggil orang tua. Bapaknya, [[{nama:m1}]], bisa ditelepon
  [[{hp:m1}]].
~~~
From: [[{nama:yw1}]] <[[{mailc:yw1}]]>
To: BKPSDM Kota Kupang <bkpsdm@kupangkota.go.id>
Subject: Sanggahan hasil seleksi PPPK

Dengan hormat, saya [[{nama:yw1}]], NIK [[{nik:yw1}]], peserta seleksi PPPK guru. Nilai saya di
  pengumuman tidak sama dengan nilai di akun. Mohon diperiksa. HP/WA [[{hp:yw1}]].
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: Pengaduan RSUD <pengaduan.rsud@kupangkota.go.id>
Cc: [[{nama:w2}]] <[[{maild:w2}]]>
Subject: Istri saya disuruh pulang padahal masih sakit

Istri saya [[{nama:w1}]], kartu JKN [[{bpjs:w1}]], dipulangkan dari ruang rawat kelas 3 setelah
  3 hari padahal masih demam. Adiknya ([[{pgl:w2}]], cc) menyaksikan. Mohon dijelaskan.
~~~
From: [[{nama:yw1}]] <[[{mail:yw1}]]>
To: Kelurahan {kel:1} <{kelm:1}>
Subject: Pemilik kos menahan KTP

Selamat siang. Pemilik kos saya, Bapak [[{nama:m1}]] ([[{hp:m1}]]), menahan KTP saya karena saya
  mau pindah sebelum kontrak habis. Kos di [[address:{rmh:m1} {rt:m1}]]. Mohon bantuan mediasi.
[[{nama:yw1}]]
~~~
From: [[{nama:w1}]] <[[{mailk:w1}]]>
To: Bidang Linjamsos <linjamsos.dinsos@kupangkota.go.id>
Subject: Fw: pengaduan warga PKH

Teruskan pengaduan warga atas nama [[{nama:ow1}]], NIK [[{nikd:ow1}]], [[{rt:ow1}]] Kel.
  {kel:1}, HP anaknya [[{hp:m1}]]. Bantuan PKH tahap 3 tidak cair.
Salam,
[[{pgl:w1}]]
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: Bank NTT <cs@bankntt.co.id>
Subject: Saldo terpotong tapi transfer gagal

Saya nasabah dengan rekening [[{ntt:m1}]] a.n. [[{nama:m1}]]. Tanggal {tgl:b2} transfer {rp:m1}
  ke rekening BRI [[{bri:m2}]] a.n. [[{nama:m2}]] gagal tetapi saldo terpotong. Nomor referensi
  {ref:1}.
~~~
From: [[{nama:w1}]] <[[{maild:w1}]]>
To: Disperindag Kota Kupang <disperindag@kupangkota.go.id>
Subject: Penipuan jual beli online

Saya beli kulkas bekas dari [[{nama:m1}]] lewat Facebook, sudah transfer {rp:m1} ke rekening BRI
  [[{bri:m1}]] a.n. [[{nama:m1}]], barang tidak dikirim. Nomornya [[{hp:m1}]] sekarang tidak
  aktif. Mohon bantuan.
~~~
From: [[{nama:m1}]] <[[{mail:m1}]]>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: NPWP lama dan NIK

Selamat siang. NPWP lama saya [[{npwp:m1}]]. Kata petugas, sekarang NPWP saya sama dengan NIK,
  yaitu [[{npwpn:m1}]]. Apakah SPT istri ([[{nama:w1}]], NPWP [[{npwp:w1}]]) juga harus
  digabung?
~~~
From: [[{nama:w1}]] <[[{mailk:w1}]]>
To: Sekretariat BKAD <bkad@kupangkota.go.id>
Subject: Tunjangan sertifikasi belum masuk

Saya guru di {sek:1}, NIP {nip:1}. Tunjangan triwulan 2 belum masuk ke rekening Bank NTT saya
  [[{ntt:w1}]]. Email dinas saya ini aktif, atau HP [[{hp:w1}]].
Terima kasih, [[{nama:w1}]]
~~~
Catatan surel masuk {tgl:d1}: From: [[{marga:m1}]], [[{dpn:m1}]] <[[{mail:m1}]]> - minta salinan
  notulen rapat warga. Balasan dikirim juga ke adiknya [[{maild:m2}]] ([[{nama:m2}]]) sesuai
  permintaan.
~~~
From: Ketua RT {nrt:1} [[{nama:m1}]] <[[{mail:m1}]]>
To: [[{nama:w1}]] <[[{mail:w1}]]>, [[{nama:m2}]] <[[{mail:m2}]]>, [[{nama:w2}]] <[[{mail:w2}]]>
Subject: Iuran kebersihan {bln:d1}

Bapa mama, iuran kebersihan {rp:s1} per rumah bisa ditransfer ke saya, BRI [[{bri:m1}]] a.n.
  [[{nama:m1}]]. Terima kasih.
~~~
From: LAPOR! <noreply@lapor.go.id>
To: pengaduan@kupangkota.go.id
Subject: Laporan baru {tiket:1}

Laporan baru masuk pada {tgl:d1} {jam:p1} dengan kategori Kesehatan. Silakan tindak lanjuti
  melalui dasbor admin paling lambat {tgl:d3}. Email ini dikirim otomatis, jangan dibalas.
~~~
From: Dinas Kesehatan Kota Kupang <dinkes.kotakupang@gmail.com>
To: pkmoebobo@gmail.com, pkmsikumana@gmail.com, pkm.oesapa@gmail.com
Subject: Laporan kasus DBD minggu ke-{n:1}

Yth. Kepala Puskesmas, mohon laporan kasus DBD dikirim paling lambat {hari:d2} pukul 12.00.
  Format terlampir (form_dbd@v2.xlsx). Kontak surveilans {telk:1}.
~~~
From: Humas PDAM Tirta Lontar <humas@pdamkotakupang.co.id>
To: pelanggan-kelapalima@googlegroups.com
Subject: Gangguan distribusi air

Yth. Pelanggan, distribusi air di {kel:1} terganggu {hari:d1} sampai {hari:d2} karena perbaikan
  pompa. Informasi: call center {telk:1}, WA {hpk:1}.
~~~
From: CV Karya Lontar <admin@cvkaryalontar.co.id>
To: Bendahara {sek:1} <bendahara.sekolah.kupang@gmail.com>
Subject: Invoice pengadaan meja kursi

Terlampir invoice No. INV/{n:1}/X/2026 senilai {rp:l1}. NPWP kami {npwpb:1}. Pembayaran ke
  rekening perusahaan Bank NTT {rekb:1} a.n. CV Karya Lontar.
~~~
From: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Subject: Balasan otomatis

Terima kasih, email Anda sudah kami terima dan akan dibalas dalam 3 hari kerja. Untuk keperluan
  mendesak hubungi {telk:1} (Senin-Jumat 08.00-15.00).
~~~
From: Humas Pemkot Kupang <humas@kupangkota.go.id>
To: media-kupang@googlegroups.com
Subject: Waspada email palsu bansos

Beredar email dari bansos.kemensos.ntt@gmail.com yang meminta data KTP dan KK warga dengan janji
  bantuan {rp:l1}. Alamat itu bukan milik pemerintah. Pengaduan resmi hanya melalui SMS 1708 dan
  pengaduan@kupangkota.go.id.
~~~
From: Tim Aplikasi Diskominfo <aplikasi@kupangkota.go.id>
To: dev-kupangkota@googlegroups.com
Subject: Rilis aplikasi Kupang Lapor v2.{n:1}

Kode ada di git@github.com:pemkot-kupang/kupang-lapor.git, tag v2.{n:1}. Ikon baru: logo@2x.png
  dan logo@3x.png. Uji coba di https://tester:uji2026@staging.kupangkota.go.id sampai {tgl:d2}.
~~~
From: Samsat Kota Kupang <samsat.kotakupang@gmail.com>
Subject: Program pemutihan pajak kendaraan

Program pemutihan denda berlaku sampai {tgll:d4}. Pembayaran lewat virtual account, contoh
  {va:1}. Info: {telk:1}.
~~~
From: Kelurahan {kel:1} <{kelm:1}>
To: Kecamatan {kec:1} <{kecm:1}>
Subject: Laporan bulanan {bln:d1}

Terlampir laporan bulanan nomor {surat:kel}: surat keterangan {n:1}, SKTM {n:2}, rekomendasi
  pindah {n:3}. Jumlah penduduk akhir bulan {n:4}.{?120|305|881|472} jiwa.
~~~
From: KPP Pratama Kupang <wp-kupang-920@lists.pajak.go.id>
Subject: Pemadanan NIK sebagai NPWP

Yth. Wajib Pajak, per {tgll:d1} NIK digunakan sebagai NPWP di semua layanan. Contoh format NPWP
  lama: 09.123.456.7-920.000. Cek status di situs resmi atau hubungi Kring Pajak 1500200. Email
  ini dikirim dari informasi@pajak.go.id.
""",
    "call_note": r"""
CATATAN CALL CENTER 112 KOTA KUPANG
{tgl:d1} {jam:m1} - Penelepon [[{nama:m1}]] ([[{hp:m1}]]) melaporkan tabrakan mobil
  [[{plat:m2}]] dan sepeda motor [[{plat:m3}]] di {jln:1} dekat {psr:1}. Pengendara motor,
  [[{nama:m3}]], luka di kepala. Diteruskan ke Satlantas dan ambulans {rs:1}.
~~~
Transkrip panggilan Dukcapil {tgl:d1}
Petugas: Dukcapil Kota Kupang, dengan [[{pgl:w1}]], ada yang bisa dibantu?
Penelepon: Mau cek KTP sa su jadi ka belum.
Petugas: NIK ibu?
Penelepon: [[nik:{nikp:w2}]]
Petugas: Atas nama?
Penelepon: [[{nama:w2}]].
Petugas: Sudah dicetak ibu, bisa diambil di loket 2. Bawa KK asli nomor [[{kkp:w2}]] e. Email
  ibu untuk notifikasi?
Penelepon: [[{mail:w2}]]
~~~
LOG HOTLINE DINAS SOSIAL - {tgl:d1}
Jam | Penelepon | Nomor | Keluhan
{jam:p1} | [[{nama:w1}]] | [[{hp:w1}]] | BPNT bulan {bln:b1} tidak masuk
{jam:p2} | penelepon tidak sebut nama | [[{hp:m1}]] | tanya syarat PKH
{jam:p3} | Komite {sek:1} | {hpk:1} | data siswa miskin
{jam:p4} | [[{nama:om1}]] | [[{telr:om1}]] | kursi roda untuk lansia
~~~
PLN UP3 Kupang - catatan gangguan 123
{tgl:d1} {jam:m1}: Pelanggan [[{nama:m1}]] melaporkan listrik padam di rumahnya
  [[address:{rmh:m1}, {rt:m1}]] Kel. {kel:1} sejak sore, tetangga menyala. ID pelanggan
  {plnid:1}. Kontak pelanggan [[{hp:m1}]]. Regu dikirim {jam:m2}.
~~~
BPJS Kesehatan Care Center 165 - transkrip
Agen: Selamat siang, dengan [[{pgl:w1}]], ada yang bisa dibantu?
Penelepon: Mau tanya status kartu mama.
Agen: Nomor kartunya, Bapak?
Penelepon: [[bpjs:{bpjsp:ow1}]].
Agen: Atas nama?
Penelepon: [[{nama:ow1}]].
Agen: Status tidak aktif karena NIK belum padan. NIK di kartu keluarga berapa?
Penelepon: [[nik:{nikg:ow1}]].
~~~
UPTD PPA KOTA KUPANG - CATATAN PENGADUAN TELEPON
Tanggal: {tgl:d1} {jam:m1}
Pelapor: tetangga korban, [[{nama:w1}]], HP [[{hp:w1}]]
Korban: [[{nama:w2}]] ({umur:w2} th), istri dari [[{nama:m1}]]
Alamat korban: [[address:{rmh:w2} {rt:w2}]]
Kejadian: pelapor mendengar teriakan dan melihat korban dipukul. Tim dijadwalkan kunjungan
  {hari:d2}.
~~~
DAMKAR KOTA KUPANG - {tgl:d1} {jam:s1}
Panggilan dari telp rumah [[{telr:m1}]], a.n. [[{nama:m1}]]: rumput kering terbakar di kebun
  belakang rumah, api mendekati dapur. Lokasi [[address:{rmh:m1}]], Kel. {kel:1}. 1 unit
  berangkat {jam:s2}, padam {jam:s3}.
~~~
Bank NTT Call Center - transkrip
Agen: Nomor rekening Bapak?
Nasabah: [[{ntt:m1}]].
Agen: Nama ibu kandung?
Nasabah: [[{nama:ow1}]].
Agen: Baik, rekening a.n. [[{nama:m1}]] kami buka blokirnya. Nomor HP terdaftar [[{hp:m1}]],
  benar?
Nasabah: Benar.
~~~
POLSEK KELAPA LIMA - LAPORAN LISAN VIA TELEPON
{tgl:d1} {jam:p1}. [[{nama:w1}]] ({umur:w1} th), HP [[{hp:w1}]], melaporkan sepeda motor {?Honda
  Scoopy|Yamaha NMax|Honda Beat} nopol [[{plat:w1}]] hilang di parkiran {psr:1}. Juru parkir
  tidak tahu. Pelapor diminta datang membawa STNK dan BPKB.
~~~
Kring Pajak - catatan panggilan {tgl:d1}
Penelepon [[{nama:m1}]] menanyakan NPWP lama [[{npwp:m1}]] yang tidak bisa login. Dijelaskan
  NPWP sekarang sama dengan NIK. Penelepon bertanya apakah [[npwp:{npwpn:m1}]] yang harus
  dipakai; dijawab ya, NIK itulah NPWP-nya. Kontak [[{hp:m1}]], panduan dikirim ke email
  [[{mail:m1}]].
~~~
Samsat Kupang - transkrip
Petugas: Mau balik nama kendaraan apa, bapa?
Penelepon: Motor nopol [[{plat:m2}]], beli dari [[{nama:m2}]].
Petugas: Atas nama pembeli?
Penelepon: [[{nama:m1}]], NIK [[{nik:m1}]].
Petugas: Bawa KTP asli, BPKB, kuitansi jual beli ke loket.
~~~
PDAM TIRTA LONTAR - LAYANAN PELANGGAN
Petugas: Nomor sambungan?
Penelepon: {samb:1}.
Petugas: Atas nama [[{nama:m1}]], alamat [[address:{rmh:m1}]]?
Penelepon: Iya, itu bapa sa. Meteran su hilang dicuri. Sa pung nomor [[{hp:w1}]], nama
  [[{nama:w1}]].
Petugas: Baik, petugas survei datang {hari:d2}.
~~~
Ambulans 119 - {tgl:d1} {jam:m1}
Penelepon: cucu pasien, [[{nama:ym1}]] [[{hp:ym1}]]
Pasien: [[{nama:om1}]], {umur:om1} th, sesak napas, peserta JKN [[{bpjs:om1}]]
Alamat: [[address:{rmh:om1}, {rt:om1}]], Kel. {kel:1}
Berangkat {jam:m2}, tiba {jam:m3}, dibawa ke {rs:1}.
~~~
CALL NOTE (English) {tgl:d1}
Caller: [[{nama:w1}]], [[{hp:w1}]]. Her mother [[{nama:ow1}]] fell in the bathroom at home,
  [[address:{rmh:ow1}]], and cannot stand. JKN card no. [[{bpjs:ow1}]]. Ambulance sent from
  Puskesmas {pkm:1} at {jam:p1}. Caller asked that the family doctor, dr. [[{pgl:m1}]], be
  informed.
~~~
SERAH TERIMA SHIFT CALL CENTER {tgl:d1}
Belum selesai:
1. [[{nama:w1}]] ([[{hp:w1}]]) - air PDAM keruh di [[{rt:w1}]], tunggu PDAM
2. [[{nama:m1}]] ([[{hp:m1}]]) - KTP hilang, diarahkan ke Dukcapil
3. Penelepon tanpa nama dari [[{hp:m2}]] - lampu jalan {jln:1}
Shift malam: [[{pgl:w2}]] dan [[{pgl:m3}]]
~~~
Catatan call center Polresta: penelepon [[{nama:w1}]] ([[{hp:w1}]]) tertipu arisan online.
  Penipu pakai nomor {hpk:1}, tidak sebut nama. Korban transfer {rp:m1} ke rekening BRI
  [[{bri:m1}]] a.n. [[{nama:m1}]]. Diminta membuat laporan resmi ke SPKT.
~~~
REKAP CALL CENTER 112 - {tgl:d1}
Total panggilan: {n:1}{n:2}
Kecelakaan lalu lintas: {n:3}
Kebakaran: {n:4}
Panggilan iseng: {n:5} (nomor disembunyikan)
Informasi umum: {n:6}
~~~
Transkrip {tgl:d1}
Penelepon: Mau tanya soal sertifikat tanah.
Petugas: Itu bukan di kami bapa. Silakan ke Kantor Pertanahan {telk:1} atau datang langsung ke
  {jln:1}.
Penelepon: Oh, terima kasih.
~~~
Samsat Kupang - info telepon: layanan Sabtu {pukul:p1}-12.00 di kantor {jln:1}. Pembayaran non
  tunai lewat kode bayar, contoh {kodebayar:1}. Telp {telk:1}.
~~~
Catatan {tgl:d1} {jam:s1}: penelepon anonim (menolak sebut nama dan nomor) melaporkan SMS dari
  {hpk:1} yang mengaku petugas Dukcapil dan minta kode OTP. Diarahkan melapor ke patroli siber.
~~~
PDAM - transkrip
Petugas: Nomor sambungan?
Penelepon: {samb:1}.
Petugas: Tagihan bulan {bln:b1} {rp:a1}, sudah termasuk denda {rp:t1}.
Penelepon: Kenapa ada denda, air sonde jalan.
Petugas: Silakan ajukan keberatan di kantor {jln:1}.
~~~
112 - {tgl:d1} {jam:s1}: pohon tumbang menutup {jln:1} dekat {sek:1}. Diteruskan ke BPBD dan
  Damkar. Jalan dibuka kembali {jam:s2}.
~~~
PLN 123 - catatan {tgl:d1}: gangguan penyulang di {kel:1} dan {kel:2}, {n:1}0 pelanggan padam
  {jam:m1}-{jam:m2}. Penyebab layang-layang. Info lanjut {telk:1}.
~~~
Transkrip info Damri {tgl:d1}
Penelepon: Bus ke bandara dari terminal jam berapa?
Agen: Tiap jam mulai {pukul:p1}, tarif {rp:s1}. Info pool Damri {telk:1}.
~~~
Transkrip Dinas Sosial {tgl:d1}
Penelepon: BLT tahap 4 kapan cair?
Petugas: Jadwal {hari:d3} {tgl:d3} di kantor pos. Bawa KTP dan KK. Pengumuman juga di WA center
  {hpk:1}.
~~~
Catatan {tgl:d1}: penelepon tanya jam buka Puskesmas {pkm:1}. Dijawab Senin-Kamis 07.30-14.00,
  Jumat 07.30-11.00, IGD 24 jam {telk:1}.
""",
    "social_post": r"""
[[{nama:m1}]]
{n:1} jam
Ditemukan dompet coklat di angkot jalur 6, isi KTP a.n. [[{nama:w1}]] dan kartu ATM. Yang kenal
  mohon tag atau hubungi sa di [[{hp:m1}]]. Dompet sa simpan di rumah.
~~~
Dinas PUPR Kota Kupang
Pengerjaan saluran di {kel:1} dimulai minggu ini. Mohon maaf atas ketidaknyamanan.
Komentar:
[[name:{pgl_:w1} {marga_:w1}]]: saluran depan rumah sa [[address:{rmh:w1}]] su 2 taun tersumbat
  pak, kapan dikerja?
[[{nama:m1}]]: Di [[{rt:m1}]] juga, air masuk rumah tiap hujan
kupang_bersuara: mantap
~~~
BUTUH DONOR DARAH SEGERA
Golongan darah {?A|B|O|AB} untuk bapak kami [[{nama:om1}]] yang sedang cuci darah di {rs:1}.
  Yang bersedia hubungi [[{nama:m1}]] [[{hp:m1}]] atau [[{nama:w1}]] [[{hp:w1}]]. Tuhan berkati
~~~
DIJUAL RUMAH (pemilik langsung)
Lokasi [[address:{rmh:m1}]], Kel. {kel:1}. LT 200 m2, 3 kamar, sertifikat SHM. Harga {?Rp 650 jt
  nego|Rp 480 jt|Rp 725 jt}. Hubungi [[{pgl:m1}]] [[{hp:m1}]] / email [[{mail:m1}]]
~~~
ANAK HILANG. Nama [[{nama:cm1}]], dipanggil [[{nick:cm1}]], umur {umur:cm1} tahun, terakhir
  terlihat di {psr:1} pakai baju merah. Mohon info ke mamanya [[{nama:w1}]] [[{hp:w1}]] atau
  bapa [[{hp:m1}]]
~~~
Terima kasih untuk suster [[{nama:w2}]] di Puskesmas {pkm:1} yang sabar sekali rawat mama sa
  [[{pgl:ow1}]] semalam. Pelayanan begini yang katong mau. - [[{nama:w1}]]
~~~
TABRAK LARI di {jln:1} {hari:b2} malam. Mobil pick up putih nopol [[{plat:m1}]] tabrak ojek lalu
  kabur. Korban [[{nama:m2}]] sekarang di {rs:1}. Yang lihat kejadian mohon info ke keluarga
  [[{hp:w1}]]
~~~
Toko Harapan Baru
LOWONGAN KASIR. Kirim lamaran ke toko.harapanbaru.kupang@gmail.com
Komentar:
[[{nama_:yw1}]]: sudah kirim kak, email sa [[{mail:yw1}]]
[[{nama:ym1}]]: Sy kirim dari [[{maild:ym1}]] kak
[[{pgl_:yw2}]]: min masih buka? ini email sa [[{mail:yw2}]]
~~~
CARI TEMAN KOS PUTRI, kamar di [[address:{rmh:yw1}]], dekat Undana, {rp:m1}/bulan dibagi dua.
  Chat sa [[{nama:yw1}]] WA [[{hp:yw1}]] / [[{mail:yw1}]]
~~~
Hati-hati pinjam uang ke [[{nama:m1}]] ini. Dia pinjam {rp:l1} ke beta pung mama, janji kembali
  bulan lalu, sekarang blokir semua. Rekening yang dia kasi BNI [[{bni:m1}]] a.n. [[{nama:m1}]].
  HP [[{hp:m1}]] su sonde aktif.
~~~
Dukcapil Kota Kupang
KTP-el yang sudah dicetak bulan {bln:d1} dapat diambil di kantor.
Komentar:
[[{nama:w1}]]: min sa pung NIK [[{nikp:w1}]] su jadi ka belum? su 3 bulan
Dukcapil Kota Kupang: Silakan kirim ke WA center {hpk:1} kak, jangan tulis NIK di kolom komentar
~~~
kue_nona_oebufu
PO kue lapis & bolu pandan untuk natal. Pesan ke sa langsung, [[{nama:w1}]], WA [[{hp:w1}]].
  Ambil di rumah [[address:{rmh:w1}]]. #kupang #kuekupang
~~~
Selamat jalan bapa [[{nama:om1}]]. Ibadah pelepasan {hari:d2} {pukul:p1} di rumah duka
  [[address:{rmh:om1} {rt:om1}]], dilanjutkan pemakaman. Keluarga besar [[{marga:om1}]]. Info:
  [[{nama:m1}]] [[{hp:m1}]]
~~~
Tolong pak RT dan Dishub, truk milik [[{nama:m1}]] plat [[{plat:m1}]] tiap malam parkir di jalan
  depan rumah sa [[address:{rmh:w1}]], anak-anak susah lewat. [[{pgl:w1}]]
~~~
MOHON BANTUAN. Rumah keluarga [[{nama:m1}]] di [[address:{rmh:m1}, {rt:m1}]] habis terbakar
  {hari:b2} malam. Bantuan bisa lewat rekening BRI [[{bri:w1}]] a.n. [[{nama:w1}]] (istri).
  Konfirmasi [[{hp:w1}]]
~~~
MOTOR HILANG. Honda {?Beat|Scoopy|Vario} nopol [[{plat:m1}]], hilang di depan
  [[address:{rmh:m1}]] jam {jam:m1}. Info ke pemilik [[{nama:m1}]] [[{hp:m1}]] / [[{mail:m1}]].
  Ada imbalan
~~~
Dukcapil Kota Kupang
1 hr
Layanan hari Sabtu buka {pukul:p1}-12.00 untuk perekaman KTP-el dan KIA. Antrian online via WA
  {hpk:1}. #dukcapilkupang
~~~
Polresta Kupang Kota
WASPADA PENIPUAN mengatasnamakan pegawai Pemkot. Nomor yang dilaporkan warga: {hpk:1}, {hpk:2},
  {hpk:3}. Jangan transfer uang dan jangan berikan kode OTP.
~~~
Macet total di {jln:1} arah {rs:1} karena truk mogok. Cari jalan lain lewat {jln:2}. #infokupang
~~~
HARGA PASAR HARI INI ({psr:1})
Beras medium {rp:s1}/kg
Cabai rawit {rp:s2}/kg
Bawang merah {rp:s3}/kg
Ikan tongkol {rp:s4}/ekor
Sumber: Disperindag
~~~
Terima kasih Damkar Kota Kupang, 15 menit su sampai padamkan api di {kel:1} tadi malam. Luar
  biasa pelayanannya
~~~
Sapi lepas di {jln:1} dekat {sek:1} lagi. Pemilik ternak tolong ikat sapi. Kemarin hampir tabrak
  anak sekolah
~~~
Info fogging {kel:1}?
Komentar:
kupang_bersuara: katanya {hari:d2}
mama_muda_kupang: RT mana saja kak?
info.kupang24: tunggu pengumuman kelurahan
~~~
KUCING HILANG di {kel:1}, warna oranye, namanya Manis. Kalau lihat tolong kabari pos satpam
  kompleks {hpk:1}. Terima kasih
~~~
Ada bus malam ke Atambua hari ini?
Komentar:
Bus Tiara Mas: Ada kak, berangkat {pukul:m1}, WA {hpk:1}
PO Lontar Jaya: Kami juga ada kak, tiket {rp:a1}, telp {telk:1}
~~~
Posyandu Kasih Ibu {kel:1}
Jadwal posyandu bulan {bln:d1}: {hari:d2} {pukul:p1} di halaman {grj:1}. Imunisasi dan vitamin A
  gratis. Bawa buku KIA ya mama-mama
""",
    "letter_minutes": r"""
RUKUN TETANGGA {nrt:1} / RUKUN WARGA {nrw:1}
KELURAHAN {kel^:1} KECAMATAN {kec^:1}
SURAT KETERANGAN DOMISILI
Nomor: {surat:rt}
Yang bertanda tangan di bawah ini Ketua RT menerangkan bahwa:
Nama : [[{nama:w1}]]
NIK : [[{nikp:w1}]]
Tempat/Tgl. Lahir : {ttl:w1}
Alamat : [[address:{rmh:w1}, {rt:w1}]]
benar berdomisili di wilayah kami sejak tahun 2019.
Kupang, {tgll:d1}
Ketua RT,
[[{nama:m1}]]
~~~
NOTULEN RAPAT WARGA
Hari/Tanggal : {hari:d1}, {tgll:d1}
Tempat : rumah Bapak [[{nama:m1}]], [[address:{rmh:m1}]]
Acara : Pembagian air tangki bantuan BPBD
Hadir: [[{nama:m2}]], [[{nama:w1}]], [[{nama:m3}]], [[{nama:w2}]] dan {n:1} warga lainnya.
Keputusan: tangki diisi bergilir, penanggung jawab [[{pgl:m2}]] (HP [[{hp:m2}]]).
Notulis: [[{nama:w2}]]
~~~
SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama : [[{nama:ow1}]]
NIK : [[{nik:ow1}]]
Alamat : [[address:{rmh:ow1} {rt:ow1}]]
memberi kuasa kepada:
Nama : [[{nama:w1}]]
NIK : [[{nik:w1}]]
Hubungan : anak kandung
No. Kartu KIS pemberi kuasa : [[{bpjs:ow1}]]
untuk mengambil kartu KIS atas nama pemberi kuasa di kantor BPJS Kesehatan Kupang.
Pemberi Kuasa, [[{nama:ow1}]]     Penerima Kuasa, [[{nama:w1}]]
~~~
SURAT PERNYATAAN AHLI WARIS
Kami ahli waris dari almarhum [[{nama:om1}]] (NIK [[{nikp:om1}]]) yang meninggal pada {tgll:b1}:
1. [[{nama:ow1}]], istri, NIK [[{nik:ow1}]]
2. [[name:{dpn:m1} {marga:om1}]], anak, NIK [[{nik:m1}]]
3. [[name:{dpn:w1} {marga:om1}]], anak, NIK [[{nik:w1}]]
menyatakan bahwa rumah di [[address:{rmh:om1}]] adalah harta warisan bersama.
~~~
Kepada Yth.
Bapak Lurah {kel:1}
di tempat
Dengan hormat, saya [[{nama:ow1}]], janda, tinggal di [[address:{rmh:ow1}, {rt:ow1}]]. Tembok
  belakang rumah saya roboh karena hujan {hari:b2} lalu dan atap mau jatuh. Saya mohon bantuan
  bedah rumah. Anak saya [[{nama:m1}]] bisa dihubungi di [[{hp:m1}]].
Hormat saya,
[[{nama:ow1}]]
~~~
BERITA ACARA SERAH TERIMA BANTUAN SEMBAKO
Pada hari ini {hari:d1}, {tgll:d1}, telah diserahkan bantuan kepada:
1. [[{nama:ow1}]] - NIK [[{nikp:ow1}]] - [[{rtl:ow1}]]
2. [[{nama:om1}]] - NIK [[{nikp:om1}]] - [[{rtl:om1}]]
3. [[{nama:w1}]] - NIK [[{nikp:w1}]] - [[{rtl:w1}]]
Yang menyerahkan: Lurah {kel:1}
Saksi: [[{nama:m1}]] (Ketua RT)
~~~
SURAT KETERANGAN USAHA
Nomor: {surat:kel}
Lurah {kel:1} menerangkan bahwa:
Nama : [[{nama:w1}]]
NIK : [[{nik:w1}]]
Alamat : [[address:{rmh:w1} {rt:w1}]]
Nama Usaha : {?Warung Sembako|Jahit Busana|Kue Basah} (di rumah sendiri)
NPWP : [[{npwp:w1}]]
benar mempunyai usaha di alamat tersebut.
~~~
BERITA ACARA MEDIASI BATAS TANAH
Pada {tgll:d1} di Kantor Kelurahan {kel:1} telah dilaksanakan mediasi antara keluarga
  [[{marga:m1}]] dan keluarga [[{marga:m2}]]. Pihak I: [[{nama:m1}]], [[address:{rmh:m1}]].
  Pihak II: [[{nama:m2}]], [[address:{rmh:m2}]]. Kedua pihak sepakat batas tanah mengikuti pagar
  lama. Saksi: [[{nama:w1}]].
~~~
SURAT PERNYATAAN TIDAK MAMPU
Saya yang bertanda tangan di bawah ini:
Nama : [[{nama:m1}]]
NIK : [[{nikp:m1}]]
No. KK : [[{kk:m1}]]
No. Kartu KIS : [[{bpjs:m1}]]
Alamat : [[address:{rmh:m1}, {rt:m1}]]
menyatakan tidak mampu membayar biaya perawatan istri saya [[{nama:w1}]] di {rs:1}.
~~~
Perihal: Permohonan pindah sekolah
Kepada Yth. Kepala {sek:1}
Saya [[{nama:w1}]], orang tua dari [[{dpn:tw1} {marga:m1}]], siswa kelas 9, mohon surat pindah
  karena kami pindah ke {kota:1}. HP [[{hp:w1}]], email [[{mail:w1}]].
Hormat saya,
[[{nama:w1}]]
~~~
MAJELIS JEMAAT {grj^:1}
Sekretariat: {jln:1} No. {nomor:1}, Telp. {telk:1}
SURAT REKOMENDASI
Majelis Jemaat merekomendasikan [[{nama:yw1}]], anak dari Bapak [[{nama:m1}]] dan Ibu
  [[{nama:w1}]], anggota jemaat sejak lahir, untuk menerima beasiswa Pemkot Kupang.
Ketua Majelis,
Pdt. [[{nama:w2}]], S.Th.
~~~
SURAT PENGANTAR
Nomor: {surat:rt}
Ketua RT {nrt:1} Kelurahan {kel:1} memberi pengantar kepada:
Nama : [[{nama:ym1}]]
TTL : {ttl:ym1}
NIK : [[{nik:ym1}]]
Alamat : [[address:{rmh:ym1}]]
Email : [[{mail:ym1}]]
untuk mengurus SKCK di Polresta Kupang Kota. Orang tersebut berkelakuan baik.
~~~
NOTULEN RAPAT KADER POSYANDU {tgll:d1}
Uang transport kader bulan {bln:b1} {rp:s1} per orang ditransfer ke:
- [[{nama:w1}]], BRI [[{bri:w1}]]
- [[{nama:w2}]], Bank NTT [[{ntt:w2}]]
- [[{nama:w3}]], BNI [[{bni:w3}]]
Ketua Kader: [[{nama:w4}]]
~~~
SURAT PERJANJIAN SEWA KIOS
Pihak I: [[{nama:m1}]], NIK [[{nik:m1}]], alamat [[address:{rmh:m1}]], HP [[{hp:m1}]], email
  [[{mail:m1}]]
Pihak II: [[{nama:w1}]], NIK [[{nik:w1}]], alamat [[address:{rmh:w1}]], HP [[{hp:w1}]]
Pihak I menyewakan kios di depan rumahnya kepada Pihak II selama satu tahun dengan harga
  {rp:l1}.
~~~
SURAT TANDA PENERIMAAN LAPORAN KEHILANGAN
Telah datang melapor: [[{nama:w1}]], NIK [[{nik:w1}]], alamat [[address:{rmh:w1} {rt:w1}]], HP
  [[{hp:w1}]]. Barang hilang: dompet berisi KTP, kartu ATM BNI rekening [[{bni:w1}]], uang
  {rp:m1}. Hilang di sekitar {psr:1} pada {tgl:b2}.
~~~
Kepada Yth. Camat {kec:1}
Perihal: Keberatan atas bengkel las di lingkungan rumah
Kami yang bertanda tangan di bawah ini, warga yang tinggal di sekitar [[address:{rmh:m1}]]:
1. [[{nama:m1}]] ([[{hp:m1}]])
2. [[{nama:w1}]] ([[{hp:w1}]])
3. [[{nama:m2}]] ([[{hp:m2}]])
keberatan atas bunyi bengkel las milik [[{nama:m3}]] yang bekerja sampai malam.
~~~
PEMERINTAH KOTA KUPANG
SEKRETARIAT DAERAH
Jl. S.K. Lerik, Kelapa Lima, Kupang, Telp. {telk:1}
SURAT EDARAN Nomor: {surat:setda}
Jam kerja ASN selama bulan {bln:d1}: Senin-Kamis 07.30-16.00, Jumat 07.30-11.00. Pelayanan
  publik tetap berjalan.
~~~
BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA KUPANG
{jln:1} No. {nomor:1} Telp. {telk:1} email: bappeda@kupangkota.go.id
Nomor: {surat:bappeda}
Perihal: Undangan Musrenbang Kecamatan {kec:1}
Mengundang Lurah se-Kecamatan {kec:1} pada {hari:d2}, {tgll:d2}, pukul 09.00 WITA.
~~~
NOTULEN RAPAT KOORDINASI BANJIR {tgll:d1}
Hadir: BPBD, Dinas PUPR, Dinas Sosial, PMI, Lurah {kel:1} dan {kel:2}.
1. Posko di halaman {grj:1}, kontak posko {hpk:1}.
2. Dinas PUPR mengeruk saluran di {jln:1} mulai {hari:d2}.
3. Dapur umum Dinas Sosial melayani {n:1}0 jiwa.
~~~
PENGUMUMAN PEMENANG TENDER
Nomor: {surat:ukpbj}
Paket: Rehabilitasi saluran drainase {jln:1}
Pemenang: CV Timor Jaya, NPWP {npwpb:1}, alamat {jln:2} No. {nomor:1}
Nilai: {rp:x1}
Masa sanggah 5 hari kerja sejak {tgl:d1}.
~~~
KEPUTUSAN LURAH {kel^:1}
Nomor: {surat:kel}
Tentang pemekaran {rtu:1} menjadi {rtu:1} dan {rtu:2}, dengan batas jalan setapak ke {sek:1}.
  Pengurus sementara ditunjuk dalam rapat warga.
~~~
WARTA JEMAAT {grj^:1}
Persembahan minggu lalu {rp:m1}. Pembangunan pastori dapat didukung melalui rekening Majelis
  Jemaat Bank NTT {rekb:1}. NPWP Majelis Jemaat {npwpb:1}. Ibadah keluarga minggu ini di sektor
  {n:1}.
~~~
NOTA DINAS
Kepada : Kepala Dinas Kesehatan
Dari : Kepala Dinas Sosial
Nomor : {surat:dinsos}
Hal : Data lansia terlantar di {kel:1}
Mohon bantuan pemeriksaan kesehatan {n:1} lansia di panti {jln:1}. Kontak bidang rehabilitasi
  {telk:1}.
~~~
PEMBERITAHUAN PENUTUPAN JALAN
Sehubungan dengan pawai HUT Kota Kupang, {jln:1} ditutup pada {hari:d2}, {tgll:d2},
  {pukul:p1}-12.00. Kendaraan dialihkan ke {jln:2}. Dishub Kota Kupang.
~~~
BERITA ACARA PEMERIKSAAN PEKERJAAN
Pekerjaan: Pembangunan trotoar {jln:1}
Penyedia: CV Flobamora Jaya, NPWP {npwpb:1}
Progres fisik: {n:1}%
Catatan: sambungan paving belum rapi, agar diperbaiki sebelum {tgl:d4}.
~~~
Kepada Yth. Bapak/Ibu warga {rtu:1} {rwu:1}
Mengundang bapak ibu hadir dalam rapat kerja bakti pada {hari:d2} pukul 16.00 di halaman
  {grj:1}. Acara: pembersihan saluran dan iuran sampah {rp:s1}.
Pengurus RT
""",
    "ocr_scan": r"""
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
N I K : [[nik:{nikl:w1k}]]
N a m a : [[{scan:w1k}]]
Tempat/Tgl Lahir : {ttl^:w1k}
Jenis Kelamin : {jk^:w1k} Gol. Darah : {?O|A|B|-}
Alamat : [[address:{rmh^:w1k}]]
[[address:RT/RW : {rtp:w1k}]]
Kel/Desa : {kel^:1}
Kecamatan : {kec^:1}
Agama : KRISTEN
Pekerjaan : {kerja^:w1k}
~~~
KARTU KELUARGA
No. [[{kkp:m1k}]]
Nama Kepala Keluarga : [[{nama^:m1k}]]
Alamat : [[address:{rmh^:m1k}]]
[[address:RT/RW : {rtp:m1k}]]
No | Nama Lengkap | NIK | Jenis Kelamin | Status Hubungan
1 | [[{nama^:m1k}]] | [[{nikp:m1k}]] | LAKI-LAKI | KEPALA KELUARGA
2 | [[{nama^:w1k}]] | [[{nikp:w1k}]] | PEREMPUAN | ISTRI
3 | [[name:{dpn^:cw1k} {marga^:m1k}]] | [[{nikp:cw1k}]] | PEREMPUAN | ANAK
~~~
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : [[{npwp:m1}]]
[[{scan:m1}]]
NIK : [[{nikp:m1}]]
[[address:{rmh^:m1} {rt^:m1}]]
KEL. {kel^:1} KEC. {kec^:1} KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgl:b1}
~~~
KARTU INDONESIA SEHAT
No. Kartu : [[{bpjs:ow1}]]
Nama : [[{scan:ow1}]]
NIK : [[{nikl:ow1}]]
Tgl. Lahir : {lahir:ow1}
Faskes Tingkat I : PUSKESMAS {pkm^:1}
Kelas Rawat : III
~~~
BANK NTT
BUKU TABUNGAN SIMPEDA
NO. REKENING : [[{ntt:w1}]]
NAMA : [[{scan:w1}]]
ALAMAT : [[address:{rmh^:w1} {rt^:w1}]]
KEL. {kel^:1}
CABANG : KANTOR CABANG UTAMA KUPANG
~~~
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NOMOR REGISTRASI : [[{plat:m1}]]
NAMA PEMILIK : [[{scan:m1}]]
ALAMAT : [[address:{rmh^:m1} {rt^:m1}]] KEL. {kel^:1}
MERK : {?HONDA|YAMAHA|SUZUKI} TAHUN PEMBUATAN : 20{?18|19|21|22}
NO. RANGKA : MH1JM{ref:1}
BERLAKU S.D. : {tgl:d4}
~~~
KWITANSI
No. : {n:1}/KW/2026
Sudah terima dari : [[{nama^:w1}]]
Uang sejumlah : {?RP 9.000.000|RP 12.000.000|RP 7.500.000}
Untuk pembayaran : SEWA RUMAH 1 TAHUN DI [[address:{rmh^:m1}]]
Kupang, {tgll:d1}
Yang menerima,
[[{nama^:m1}]]
HP [[{hp:m1}]]
~~~
Kepada Yth bapak lurah {kel:1}
sy [[{nama:ow1}]] dr [[{rt:ow1}]] mau minta tolong, sy sdh tua, rumah bocor kalo hujan. tdk ada
  yg bantu. kalau mau tanya bisa tlp anak sy [[{hpl:m1}]] ([[{pgl^:m1}]])
trima kasih
[[{nama:ow1}]]
~~~
KUTIPAN AKTA KELAHIRAN
Nomor: 5371-LT-{tgls:b1}-00{n:1}
Bahwa di KUPANG pada tanggal {tgll^:b1} telah lahir
[[name:{dpn^:bw1} {marga^:m1}]]
anak ke-{?1|2|3} perempuan dari ayah [[{nama^:m1}]]
dan ibu [[{nama^:w1}]]
~~~
SURAT IZIN MENGEMUDI C
1. [[{scan:m1}]]
2. {ttl^:m1}
3. [[address:{rmh^:m1} {rt^:m1}]]
KEL. {kel^:1}, KUPANG
4. No. SIM {ref:1}
5. Berlaku s.d. {tgl:d4}
~~~
BRI - BUKTI TRANSFER
TANGGAL : {tgl:d1} {jam:p1}
DARI : [[{scan:w1}]]
REK. ASAL : [[{bri:w1}]]
KE : BNI [[{bni:m1}]]
NAMA TUJUAN : [[{scan:m1}]]
JUMLAH : {rp:m1}
NO. REF : {ref:1}
~~~
Aplikasi SIKS-NG - Detail Penerima
NIK[[{nikp:w1}]]Nama[[{scan:w1}]]Alamat[[address:{rmh^:w1}]]RT/RW[[{rtp:w1}]]Kelurahan{kel^:1}St
  |atusPBI-JK AKTIF
No. KKS 6013 01{n:1} {n:2}{n:3} 0{n:4}{n:5}
~~~
SPT TAHUNAN PPh ORANG PRIBADI 1770 SS
NPWP : [[{npwp:m1}]]
NAMA WAJIB PAJAK : [[{scan:m1}]]
STATUS : K/{?1|2|3}
NPWP ISTRI : [[{npwp:w1}]]
PENGHASILAN NETO : {?RP 84.000.000|RP 126.500.000|RP 98.250.000}
PEMOTONG: DINAS PUPR KOTA KUPANG NPWP {npwpb:1}
~~~
KUTIPAN AKTA KEMATIAN
Nomor: 5371-KM-{tgls:d1}-00{n:1}
Nama : [[{scan:om1}]]
NIK : [[{nikp:om1}]]
Meninggal dunia pada : {tgll^:b1} di {rs^:1}
Pelapor : [[{nama^:m1}]] (ANAK)
~~~
TANDA TERIMA HONORARIUM NARASUMBER
Kegiatan : Sosialisasi Pengelolaan Pengaduan
Nama : [[{nama:w1}]]
NPWP : [[{npwp:w1}]]
Honorarium : {?Rp 900.000|Rp 1.200.000|Rp 1.500.000}
PPh 21 : 5%
Transfer ke rek. Mandiri [[{mdr:w1}]]
Email : [[{mail:w1}]]
Yang menerima, [[{nama:w1}]]
~~~
DICARI MOTOR HILANG
HONDA {?BEAT|SCOOPY|VARIO} HITAM
NOPOL [[{plat:m1}]]
HILANG DI {psr^:1} TGL {tgl:b2}
HUB. [[{hpl:m1}]]
([[{nama^:m1}]])
~~~
PDAM TIRTA LONTAR KOTA KUPANG
BUKTI PEMBAYARAN REKENING AIR
No. Sambungan : {samb:1}
Periode : {bln^:b1} 2026
Tagihan : {rp:a1}
Denda : {rp:t1}
Loket : {kel^:1} {tgl:d1} {jam:p1}
~~~
APOTEK KASIH IBU
{jln:1} No. {nomor:1} Kupang
NPWP : {npwpb:1}
Paracetamol 500 mg x10 {rp:t1}
Amoxicillin x10 {rp:s1}
TOTAL {rp:s2}
Terima kasih, semoga lekas sembuh
~~~
SURAT PEMBERITAHUAN PAJAK TERUTANG PBB-P2 2026
NOP : {nop:1}
Nama Wajib Pajak : MAJELIS JEMAAT {grj^:1}
Letak Objek : {jln^:1}
PBB Terutang : {rp:a1}
Jatuh Tempo : 30-09-2026
~~~
KARCIS PARKIR
UPTD PERPARKIRAN KOTA KUPANG
Roda 2 {rp:t1}
No. Seri {n:1}{nomor:1}{n:2}
{tgl:d1} {jam:s1}
Simpan karcis ini
~~~
DUKCAPIL KOTA KUPANG
NOMOR ANTRIAN
{antri:1}
Layanan: Perekaman KTP-el
{tgl:d1} {jam:p1}
Sisa antrian: {n:1}
~~~
PO LONTAR JAYA
TIKET BUS KUPANG - ATAMBUA
Kursi {n:1}
Berangkat {tgl:d2} {pukul:m1}
Harga {rp:a1}
Info/Pesan: {telk:1} / WA {hpk:1}
~~~
PLN PRABAYAR - STRUK PEMBELIAN TOKEN
ID PEL : {plnid:1}
NO METER : {meter:1}
TARIF/DAYA : R1/900 VA
RP BAYAR : {?RP 52.500|RP 102.500|RP 202.500}
STROOM/TOKEN : {token:1}
~~~
SPANDUK KELURAHAN {kel^:1}
FOGGING DEMAM BERDARAH
{hari^:d2}, {tgl:d2} MULAI PUKUL 07.00
HUB. PETUGAS : {hpkl:1}
~~~
SURAT PERINTAH PENCAIRAN DANA
Nomor SP2D : {surat:bkad}
SKPD : DINAS PUPR KOTA KUPANG
Bendahara Pengeluaran, NPWP {npwpb:1}
Penerima : CV TIMOR JAYA
Rekening : BANK NTT {rekb:1}
Jumlah : {rp:x1}
~~~
BUKTI SETOR PAJAK RESTORAN
RM SEI BABI OM BA'I
NPWPD : P.2.{n:1}{nomor:1}.{n:2}
Masa : {bln^:b1} 2026
Jumlah : {rp:m1}
Teller Bank NTT {tgl:d1}
""",
    "register_notice": r"""
DAFTAR PEMOHON BANTUAN AIR BERSIH KEL. {kel^:1}
No,Nama,NIK,Alamat,No HP
1,[[{nama:w1}]],[[{nikp:w1}]],[[address:{rmh:w1} {rt:w1}]],[[{hpp:w1}]]
2,[[{nama:m1}]],[[{nikp:m1}]],[[address:{rmh:m1} {rt:m1}]],[[{hpp:m1}]]
3,[[{nama:ow1}]],[[{nikp:ow1}]],[[address:{rmh:ow1} {rt:ow1}]],[[{hpp:ow1}]]
~~~
DATA LANSIA PENERIMA PERMAKANAN {bln^:d1} 2026
Nama;Umur;RT/RW;No. KIS;HP Keluarga
[[{nama:ow1}]];{umur:ow1};[[{rtp:ow1}]];[[{bpjsp:ow1}]];[[{hp:w1}]]
[[{nama:om1}]];{umur:om1};[[{rtp:om1}]];[[{bpjsp:om1}]];[[{hp:m1}]]
[[{nama:ow2}]];{umur:ow2};[[{rtp:ow2}]];-;[[{hp:w2}]]
~~~
PESERTA PELATIHAN OPERATOR KOMPUTER - BLK KUPANG
No | Nama | Email | HP
1 | [[{nama:yw1}]] | [[{mail:yw1}]] | [[{hp:yw1}]]
2 | [[{nama:ym1}]] | [[{mail:ym1}]] | [[{hp:ym1}]]
3 | [[{nama:yw2}]] | [[{mail:yw2}]] | [[{hp:yw2}]]
4 | [[{nama:ym2}]] | [[{mail:ym2}]] | [[{hp:ym2}]]
~~~
DATA OJEK PANGKALAN {psr^:1}
Nama\tNopol\tHP
[[{nama:m1}]]\t[[{plat:m1}]]\t[[{hp:m1}]]
[[{nama:m2}]]\t[[{plat:m2}]]\t[[{hp:m2}]]
[[{nama:m3}]]\t[[{plat:m3}]]\t[[{hp:m3}]]
~~~
DAFTAR CALON PENERIMA BEDAH RUMAH
No Nama NIK No. KK RT/RW
1 [[{nama^:m1}]] [[{nikp:m1}]] [[{kkp:m1}]] [[{rtp:m1}]]
2 [[{nama^:ow1}]] [[{nikp:ow1}]] [[{kkp:ow1}]] [[{rtp:ow1}]]
3 [[{nama^:m2}]] [[{nikp:m2}]] [[{kkp:m2}]] [[{rtp:m2}]]
~~~
Peserta kursus menjahit PKK Kel. {kel:1}:
1. [[{nama:w1}]] ({umur:w1})
2. [[{nama:w2}]] ({umur:w2})
3. [[{nama:yw1}]] ({umur:yw1})
4. [[{nama:w3}]] ({umur:w3})
Pelatih: Ibu [[{nama:w4}]], HP [[{hp:w4}]]
~~~
PENERIMA BEASISWA PRESTASI 2026
Nama Siswa | Sekolah | No. Rek BNI | HP Orang Tua | Email Orang Tua
[[{nama:tw1}]] | {sek:1} | [[{bni:tw1}]] | [[{hp:w1}]] | [[{mail:w1}]]
[[{nama:tm1}]] | {sek:2} | [[{bni:tm1}]] | [[{hp:m1}]] | [[{mail:m1}]]
[[{nama:tw2}]] | {sek:3} | [[{bni:tw2}]] | [[{hp:w2}]] | [[{mail:w2}]]
~~~
REGISTER USAHA MIKRO KEL. {kel^:1}
Nama Usaha | Pemilik | NIK Pemilik | HP Pemilik | NPWP
Warung Sembako Berkat | [[{nama:w1}]] | [[{nikp:w1}]] | [[{hp:w1}]] | [[{npwpn:w1}]]
Jahit Bunga Collection | [[{nama:w2}]] | [[{nikp:w2}]] | [[{hp:w2}]] | belum ada
CV Karya Nusa Flobamora | (badan usaha) | - | {hpk:1} | {npwpb:1}
~~~
BUKU TAMU KELURAHAN {kel^:1} - {tgl:d1}
Nama | Alamat | Keperluan | HP
[[{nama:m1}]] | [[address:{rmh:m1}]] | surat pindah | [[{hp:m1}]]
[[{nama:w1}]] | [[address:{rt:w1}]] | SKTM | [[{hp:w1}]]
Kurir JNE | - | antar paket | {hpk:1}
~~~
Rekap NPWP tenaga kontrak Dinas Kebersihan (diminta bendahara)
[[{nama:m1}]] - [[{npwpn:m1}]]
[[{nama:w1}]] - [[{npwp:w1}]]
[[{nama:m2}]] - [[{npwpn:m2}]]
[[{nama:m3}]] - belum punya, NIK [[{nikp:m3}]]
~~~
REGISTER LAPORAN PENIPUAN - UNIT SIBER
Tgl | Nama Pelaku | Nomor | Rekening
{tgl:b1} | [[{nama:m1}]] | [[{hp:m1}]] | BRI [[{bri:m1}]]
{tgl:b2} | tidak diketahui | {hpk:1} | -
{tgl:d1} | [[{nama:w1}]] | [[{hp:w1}]] | Mandiri [[{mdr:w1}]]
~~~
USULAN PBI JK BARU - KEL. {kel^:1}
Nama | NIK | No. KK | No. Kartu Lama
[[{nama:ow1}]] | [[{nikp:ow1}]] | [[{kkp:ow1}]] | [[{bpjsp:ow1}]]
[[{nama:m1}]] | [[{nikp:m1}]] | [[{kkp:m1}]] | [[{bpjsp:m1}]]
[[{nama:w1}]] | [[{nikp:w1}]] | [[{kkp:w1}]] | -
~~~
Daftar peserta kelas pemasaran digital UMKM
Nama,Email
[[{nama:w1}]],[[{mail:w1}]]
[[{nama:w2}]],[[{mail:w2}]]
[[{nama:m1}]],[[{mail:m1}]]
[[{nama:w3}]],[[{mail:w3}]]
[[{nama:m2}]],[[{mail:m2}]]
~~~
KONTAK KETUA RT KEL. {kel^:1}
RT | Nama Ketua | HP | Email
01 | [[{nama:m1}]] | [[{hp:m1}]] | [[{mail:m1}]]
02 | [[{nama:w1}]] | [[{hp:w1}]] | [[{mail:w1}]]
03 | [[{nama:m2}]] | [[{hp:m2}]] | -
Kantor Lurah | - | {telk:1} | {kelm:1}
~~~
REGISTER IMUNISASI POSYANDU {bln^:d1}
Nama Anak | Tgl Lahir | Nama Ibu | HP Ibu
[[{nama:bw1}]] | {lahir:bw1} | [[{nama:w1}]] | [[{hp:w1}]]
[[{nama:bm1}]] | {lahir:bm1} | [[{nama:w2}]] | [[{hp:w2}]]
[[{nama:bw2}]] | {lahir:bw2} | [[{nama:w3}]] | [[{hp:w3}]]
~~~
PENGUMUMAN
Penerima BPNT yang belum mengambil bantuan sampai {tgl:d1}:
1. [[{nama:ow1}]] - [[{rtl:ow1}]]
2. [[{nama:w1}]] - [[{rtl:w1}]]
3. [[{nama:m1}]] - [[{rtl:m1}]]
Harap datang ke kantor kelurahan sebelum {tgl:d3} membawa KTP dan KK.
~~~
DIREKTORI KANAL PENGADUAN KOTA KUPANG
Instansi;Telepon;WhatsApp;Email
Dukcapil;{telk:1};{hpk:1};dukcapil@kupangkota.go.id
Dinas Sosial;{telk:2};{hpk:2};dinsos@kupangkota.go.id
PDAM Tirta Lontar;{telk:3};{hpk:3};pengaduan@pdamkotakupang.co.id
Damkar;113;-;damkar.kotakupang@gmail.com
~~~
TARIF RETRIBUSI PASAR {psr^:1}
Los daging | {rp:s1} / bulan
Lapak sayur | {rp:t1} / hari
Kios | {rp:a1} / bulan
Berlaku mulai {tgl:d2} sesuai Perda
~~~
JADWAL FOGGING KEL. {kel^:1}
{rtu:1} - {hari:d1} - {pukul:p1}
{rtu:2} - {hari:d2} - {pukul:p2}
{rtu:3} - {hari:d3} - {pukul:p3}
Petugas: Dinas Kesehatan Kota Kupang
~~~
JUMLAH KPM PKH PER RT - KEL. {kel^:1}
{rtu:1}: {n:1} KPM | {rtu:2}: {n:2} KPM | {rtu:3}: {n:3} KPM
Total: verifikasi ulang {hari:d2}
~~~
APOTEK BUKA MALAM DI KOTA KUPANG
Apotek Kasih Ibu | {jln:1} | {telk:1}
Apotek K24 Oebobo | {jln:2} | {hpk:1}
Apotek Kimia Farma | {jln:3} | {telk:2}
~~~
PAKET PEKERJAAN JALAN 2026
Paket | Penyedia | NPWP Penyedia | Nilai
Peningkatan {jln:1} | CV Timor Jaya | {npwpb:1} | {rp:x1}
Pemeliharaan {jln:2} | CV Flobamora Jaya | {npwpb:2} | {rp:x2}
~~~
REKAP PENGADUAN PER KANAL {bln^:d1}
SMS 1708: {n:1} laporan
WA {hpk:1}: {n:2} laporan
Telepon {telk:1}: {n:3} laporan
lapor.go.id: {n:4} laporan
~~~
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA
Nomor | Modus | Tgl lapor
{hpk:1} | mengaku petugas Dukcapil | {tgl:b1}
{hpk:2} | hadiah undian Bank NTT | {tgl:b2}
{hpk:3} | minta kode OTP | {tgl:d1}
~~~
JADWAL POSYANDU BULAN {bln^:d1}
Posyandu Bunga Bakung | {hari:d1} | halaman {grj:1}
Posyandu Kasih Ibu | {hari:d2} | Puskesmas {pkm:1}
Posyandu Melati | {hari:d3} | balai {kel:1}
~~~
JADWAL AIR TANGKI BPBD
RT | Hari | Titik pengisian
{rtu:1} | {hari:d1} | depan {grj:1}
{rtu:2} | {hari:d2} | samping {sek:1}
{rtu:3} | {hari:d3} | lapangan {kel:1}
""",
    "kupang_malay": r"""
Selamat siang bapa ibu, beta pung mama [[{nama:ow1}]] pung pensiun janda su dua bulan sonde
  masuk di rekening BRI [[{bri:ow1}]]. Mama su tua, sonde bisa jalan ke bank. Tolong cek e. Beta
  anak, [[{nama:w1}]], HP [[{hp:w1}]]
~~~
Ojek online yang antar beta dari {psr:1} minta ongkos {rp:s1} padahal di aplikasi cuma {rp:t1}.
  Sopir nama [[{nama:m1}]], motor [[{plat:m1}]]. Beta su lapor ke aplikasi ma sonde ada jawaban.
  Beta [[{pgl:w1}]], WA [[{hp:w1}]], email [[{mail:w1}]]
~~~
Tetangga [[{nama:m1}]] tiap pagi buang sampah ke kali belakang rumah. Kalo hujan aer naik masuk
  katong pung rumah di [[{rt:w1}]]. Su tegur ma dia marah. Tolong DLH datang lia. [[{nama:w1}]]
~~~
Beta pung anak pung akta lahir nama tatulis tabalek, [[name:{marga:m1} {dpn:cw1}]], padahal yang
  betul [[name:{dpn:cw1} {marga:m1}]]. NIK anak [[{nikp:cw1}]]. Beta su bawa ke Dukcapil dong
  bilang tunggu. Bapa [[{nama:m1}]]
~~~
Beta pung KTP hilang waktu naik oto dari Oesao. NIK [[{nik:m1}]], nama [[{nama:m1}]], KK
  [[{kk:m1}]]. Beta su isi form online ma sonde ada balasan ke beta pung email [[{mail:m1}]].
  Tolong bantu ko beta mau urus kerja.
~~~
Om [[{nama:om1}]] pung tanah di belakang [[address:{rmh:om1}]] su dipagar orang lain, nama
  [[{nama:m2}]], dia bilang dia su beli dari ahli waris. Om pung sertifikat masih ada. Katong
  minta kelurahan mediasi. Beta keponakan, [[{nama:m1}]] [[{hp:m1}]]
~~~
Beta jual ikan di TPI Oeba, tiap hari ada orang tagih {rp:t1} sonde ada karcis. Dong bilang uang
  keamanan. Beta sonde mau kasi nama, ma ini beta pung nomor [[{hp:m1}]] kalo mau tanya.
~~~
Mama pung BPJS mati, nomor kartu [[{bpjs:ow1}]], padahal mama masuk PBI. Di puskesmas dong suru
  bayar. Beta [[{nama:w1}]] anak, tinggal di [[address:{rmh:w1}]]. Nomor beta [[{hp:w1}]]
~~~
Listrik di beta pung rumah [[address:{rmh:m1} {rt:m1}]] bulan ini tagihan naik dua kali lipat,
  ID pelanggan {plnid:1}. Beta sonde pake AC. Tolong PLN cek meteran. Beta [[{nama:m1}]], HP
  [[{hp:m1}]]
~~~
Beta pung adik [[{nama:yw1}]] pung ijazah ditahan sekolah swasta di {kel:1} karena tunggak uang
  komite {rp:m1}. Dia mau daftar kerja. Kalo ada info tolong email ke [[{maild:w1}]] atau telpon
  beta [[{nama:w1}]] di [[{hp:w1}]]
~~~
Beta pung motor [[{plat:m1}]] parkir depan rumah di [[address:{rmh:m1}]], ditabrak oto pick up
  [[{plat:m2}]] yang sopir nama [[{pgl:m2}]]. Dia janji ganti rugi ma sekarang sonde angkat HP.
  Beta [[{nama:m1}]]
~~~
Beta pinjam di aplikasi online, sekarang dong sebar beta pung data ke keluarga. Yang tagih pake
  nomor {hpk:1} deng {hpk:2}, sonde kasi nama. Beta pung NIK [[{nik:w1}]] dong pake. Tolong
  bantu, beta [[{pgl:w1}]] [[{hp:w1}]]
~~~
Beta baru kawin, mau pisah KK dari bapa pung KK [[{kkp:m2}]]. Istri beta pung NIK [[{nik:w1}]]
  masih di dia pung mama pung KK. Syarat apa sa? Beta [[{nama:m1}]], WA [[{hp:m1}]], email
  [[{mail:m1}]]
~~~
Aer PDAM di katong pung [[{rt:m1}]] Kel. {kel:1} su satu minggu sonde jalan. Katong beli aer
  tangki {rp:a1}. Beta [[{nama:m1}]], nomor [[{hp:m1}]]. Tolong e
~~~
Kaka beta [[{nama:w2}]] guru honor di {sek:1}, dia pung gaji masuk di rekening orang lain. Dia
  pung rekening Bank NTT [[{ntt:w2}]] ma bendahara salah ketik. Su tiga bulan. Beta [[{pgl:w1}]]
  adik, [[{hp:w1}]]
~~~
Beta pung anak [[{nama:cm1}]], katong panggil dia [[{nick:cm1}]], jatuh di selokan depan {sek:1}
  karena sonde ada tutup. Kaki patah. Bapa dia [[{nama:m1}]], HP [[{hp:m1}]]. Rumah sakit minta
  kartu BPJS, nomor [[{bpjs:cm1}]], ma dong bilang sonde aktif. Sekolah sonde tanggung jawab.
~~~
Jalan depan {psr:1} su talobang besar, oto deng motor su banyak jatuh. Su lapor dari taun lalu
  ma sonde ada yang datang. Tolong e bapa mama di PUPR.
~~~
Anjing liar di {kel:1} su banyak sekali, malam dong kejar orang. Anak sekolah takut pulang.
  Dinas Peternakan tolong tangkap dolo.
~~~
Puskesmas {pkm:1} jam 12 su tutup, padahal papan tulis buka sampe jam 2. Katong datang dari jauh
  pulang sonde dapat obat.
~~~
Harga aer tangki su naik jadi {?Rp 150.000|Rp 175.000|Rp 200.000} satu tangki, beta tanya depot
  di {kel:1} telp {hpk:1} dong bilang memang su naik. Orang kecil mau beli deng apa? Pemerintah
  tolong atur harga.
~~~
TK di {kel:1} minta uang foto wisuda {rp:s1} per anak, wajib. Katong pung anak baru umur 5 taun.
  Itu resmi ko sonde?
~~~
Asap dari TPA Alak masuk sampe {kel:1}, malam-malam anak-anak batuk. Tolong DLH jang bakar
  sampah lai.
~~~
Sopir angkot jalur {n:1} sonde mau antar kalo cuma sampe {psr:1}, dong bilang dekat. Dishub
  tolong tegur dong.
~~~
Ada WA dari {hpk:1} ngaku dari Dukcapil, bilang beta pung KTP mau diblokir kalo sonde kirim foto
  KK. Itu tipu-tipu to? Kasi tau orang banyak e.
~~~
Antrian di Dukcapil dari jam 6 pagi, jam 11 baru dapat nomor {antri:1}. Petugas cuma dua orang.
  Su email ke dukcapil@kupangkota.go.id ju sonde balas. Tolong tambah loket.
~~~
Lampu merah di simpang {jln:1} deng {jln:2} su mati tiga hari, oto dong baku tabrak. Polisi lalu
  lintas tolong jaga.
""",
}


def main() -> None:
    self_test()
    rng = random.Random(SEED)
    records = []
    seen: set[str] = set()
    per_style: Counter[str] = Counter()
    templates_per_style: Counter[str] = Counter()
    clean_templates: Counter[str] = Counter()
    for style, source in STYLES.items():
        for template in templates(source):
            templates_per_style[style] += 1
            if "[[" not in template:
                clean_templates[style] += 1
            for _ in range(FILLS):
                for _attempt in range(400):
                    try:
                        text, spans, values = fill(template, rng)
                    except TemplateError as error:
                        raise SystemExit(f"{style}: {error}\n{template}") from None
                    if text in seen or problems(text, spans, values):
                        continue
                    break
                else:
                    raise SystemExit(
                        f"{style}: cannot fill\n{template}\n{problems(text, spans, values)}"
                    )
                seen.add(text)
                spans.sort(key=lambda s: s["start"])
                records.append({"text": text, "spans": spans, "style": style})
                per_style[style] += 1
    rng.shuffle(records)
    lines = []
    for number, record in enumerate(records, start=1):
        item = {"id": f"xv23-{number:04d}", **record}
        lines.append(json.dumps(item, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    kinds = Counter(s["kind"] for r in records for s in r["spans"])
    out = sys.stdout
    out.write(f"{OUT.name}: {len(records)} texts, {sum(kinds.values())} spans, ")
    out.write(f"{sum(1 for r in records if not r['spans'])} without any span\n")
    out.write(f"SHA-256 {hashlib.sha256(data).hexdigest()}\n")
    for kind, n in kinds.most_common():
        out.write(f"  {kind:<13}{n:>6}\n")
    for style in STYLES:
        texts = [r for r in records if r["style"] == style]
        out.write(
            f"  {style:<16} templates {templates_per_style[style]:>3} "
            f"(clean {clean_templates[style]:>2})  texts {len(texts):>3} "
            f"(clean {sum(1 for r in texts if not r['spans']):>3})  "
            f"spans {sum(len(r['spans']) for r in texts):>4}\n"
        )


if __name__ == "__main__":
    main()
