# ruff: noqa: E501, RUF001
"""Write the twenty-seventh blind redaction corpus, ``redaction_blind_v27.jsonl``.

Hand-written templates in ten styles with their labels inline, filled from pools of invented
people, numbers, homes, places, shops and bodies. Every value comes from ``random.Random(SEED)``,
so two runs write the same file byte for byte. Run it from anywhere::

    python tests/data/blind/make_redaction_blind_v27.py

It checks every filled text (see ``check``), writes the file next to itself and prints its SHA-256
and its counts. The corpus is frozen once written: see ``README-redaction-v27.md``.

Template syntax (the templates are at the end of this file, one block of text per style):

- ``=== theme`` opens a template and names its theme; a line ``@CAPS`` or ``@lower`` right
  after it writes the whole text so;
- ``{gen:key}`` is a value: ``gen`` names its generator, ``key`` the person, the date, the place
  or the number it belongs to (one generator and one key give one value per text);
  ``{gen^:key}`` and ``{gen_:key}`` give it in capitals or in lower case;
- ``{?a|b|c}`` picks one branch (branches may hold values, labels and other branches); ``¦``
  writes a ``|`` inside a branch;
- ``⟦kind:…⟧`` labels everything between the colon and the closing bracket with ``kind``;
  ``⟦{gen:key}⟧`` labels one value with the kind its generator makes;
- a person's value that is one of the ten kinds outside a label stops the script (an age, a
  birth date, a birth place, a sex or a job may stand anywhere);
- ``\\t`` is a tab, ``\\n`` a line break inside a line of the source, ``\\s`` a no-break space.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

SEED = 27_12_2026
OUT = Path(__file__).with_name("redaction_blind_v27.jsonl")
PREFIX = "b27"
FILLS = 3
MAX_DRAWS = 600
KINDS = ("name", "phone", "nik", "address", "npwp", "email", "kk", "bank_account", "bpjs", "plate")


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# ---------------------------------------------------------------------------------------------
# People: given names, family names and the other parts of a name, by origin.

GIVEN_M = words(
    """Agustinus Aleksius Ambrosius Arnoldus Benediktus Bonifasius Dominikus Efraim Elias Emanuel
    Ferdinandus Fransiskus Gabriel Godlief Gerson Hendrikus Ignasius Isak Jakobus Kornelis
    Kristofel Laurens Lukas Marselinus Matheos Melkianus Mikhael Nikolaus Obed Oktovianus Paulus
    Petrus Rafael Salmun Semuel Silvester Stefanus Theodorus Titus Urbanus Viktor Wellem Yakobus
    Yonathan Yosua Zakarias Ebenhaezer Habel Yusak Sefnat Nehemia Ruben Marthen Frederik
    Adrianus Alfred Benyamin Egidius Florianus Gregorius Hironimus Leonardus Marianus Norbertus
    Remigius Severinus Theofilus Valentinus Wilibrodus Aloysius Bernardus Kasianus Lambertus
    Sirilus Yeremia Abner Gidion Manase Demianus Heronimus Kosmas Lewi Yunus"""
)
GIVEN_W = words(
    """Adelina Agnes Aplonia Bernadeta Elisabet Ermelinda Fransiska Filomena Getrudis Hermina
    Imelda Katarina Kristina Lusia Magdalena Margaretha Marselina Martha Mersi Naomi Oktaviana
    Paskalina Petronela Regina Rosalia Sarlota Selfina Sofia Stefania Theresia Veronika Welmina
    Yakoba Yohana Yuliana Yasinta Ester Debora Rahel Lidia Orpa Febronia Karolina Asnat Mariana
    Priska Ansye Dortea Elfrida Frederika Helena Yustina Agustina Kresensia Anastasia
    Emerensiana Lodia Mardiana Salomi Wilhelmina Yunita Erna Serfina Blandina Kornelia"""
)
YOUNG_M = words(
    """Gilbert Kevin Rivaldo Jordan Dion Alfredo Gerald Aldo Rendy Marvel Nathan Farel Yefta
    Gideon Kenzo Reinhard Steven Ivan Ferdy Julio Ricky Alvin Brian Glen Owen Vincent"""
)
YOUNG_W = words(
    """Angel Jesica Priskila Sherly Nadia Vania Clara Tiara Keisha Febi Yemima Injilia Amanda
    Stevani Cindy Olivia Nikita Velia Chelsea Gisela Marsha Nathalia Jovita Rachel"""
)
FAMILY = {
    "timor": words(
        """Nubatonis Taneo Nitbani Kolo Nomleni Tanesib Fallo Nenometa Tamonob Oenunu Baun Kause
        Nope Atimeta Tefbana Sanam Neolaka Nahak Bria Klau Amnifu Faot Toislaka Kefi Tapatab
        Abanat Bislissin Nomnafa Tasuib Teflopo Lasi Tallan Sumbi"""
    ),
    "rote": words(
        """Henukh Pandie Ndolu Haning Sinlae Kiuk Mbura Feoh Tungga Balukh Nalle Loak Lenggu
        Mesakh Zacharias Detaq Ndaomanu Manubulu Tasik Saudale Pelokila Sjioen Tamelan Ballo
        Lian Nggebu Modok"""
    ),
    "sabu": words(
        """Hege Rohi Wadu Tuka Huma Kana Dida Dara Talo Mone Ludji Radja Ngara Bengu Kale Mehe
        Jara Dimu Lado Bire Tadu Wila Tagi Ratu Lomi Koro"""
    ),
    "flores": words(
        """Parera Fernandez Wula Sogen Making Lamanepa Koten Kewuta Boli Bura Ruing Dopo Meo
        Mbete Nggala Watu Sareng Lewar Jehadun Beribe Lejap Maran Gomang Tokan Keraf Sabon
        Wangge Nuwa Dhiu Bhoka Gadi Jogo Laba"""
    ),
    "sumba": words(
        """Pekuwali Hambandima Kaborang Mbana Kaleka Meha Djurumana Windi Hamakonda Lewu Kapita
        Njuka Ngongo Taralandu"""
    ),
    "alor": words(
        """Maure Lanlu Mautuka Padakari Maufani Kanni Djahamou Wolang Tubulau Blegur Koly
        Malaikosa Laukadi Atamau Tanghamap"""
    ),
}
SABU_DOUBLE = (
    "Hede Wila",
    "Tadu Hungu",
    "Kale Ngara",
    "Rebo Dimu",
    "Lede Tuka",
    "Wadu Kana",
    "Bire Ludji",
)
FLORES_DOUBLE = ("Da Costa", "De Rosari")
SUMBA_M = words("Lango Kaita Nggaba Manggana Pindi Mbaha Kahumbu Hapu Ndapa")
SUMBA_W = words("Padu Konda Lawu Yiwa Mbani Lodu Nggiri Eti")
BALI_ORDER_M = words("Gede Putu Wayan Made Kadek Nyoman Komang Ketut")
BALI_ORDER_W = words("Luh Putu Wayan Made Kadek Nyoman Komang Ketut")
BALI_M = words(
    "Arsana Sudiana Wirawan Astawa Parwata Adiputra Suardika Kariasa Mudana Darmayasa Antara Sumerta"
)
BALI_W = words(
    "Sriasih Ratnawati Sukarmini Puspawati Wulandari Mariani Suciati Ardani Kusumawati Adnyani Sugiani"
)
BUGIS_M = words("Syamsul Mustafa Ramli Haeruddin Jumadi Ilyas Hamzah Arifin Baharuddin Nasrullah")
BUGIS_W = words("Hasnah Nurjannah Rosmini Hadijah Suarni Kasmawati Nurhaeda Hasmawati")
DAENG = words("Tompo Rani Nginga Lallo Tayang Caya Baji Tika Sunggu Mangka")
BUTON_M = words("Hamiru Salimu Kadiri Mursalim Saidi Rusdin Amrin Hanafi")
BUTON_W = words("Hasniah Rosmina Nurmiati Sartina Kasrina Halija Wasrifa")
JAVA_M = (
    words("Agus Bambang Eko Slamet Joko Heru Teguh Wahyu Sigit Bayu Dwi"),
    words("Prasetyo Handoko Wahyudi Susilo Purnomo Wibisono Nugroho Setiawan Hidayat Raharjo"),
)
JAVA_W = (
    words("Sri Endang Retno Yuni Dyah Wulan Rina Tutik"),
    words("Rahayu Aminah Palupi Astuti Anggraini Handayani Susanti Purwanti Ningsih Utami"),
)
CHINA_FAMILY = words("Tan Oei Ong Kwee Tjoa Thio Lauw Njoo Khoe Gouw")
CHINA_M = ("Bun Kiat", "Kim Seng", "Tjoen Hok", "Hok Lay", "Swie Hoo", "Tiong Bie", "Kok Liang")
CHINA_W = ("Siok Hwa", "Swie Lan", "Giok Mei", "Ay Ling", "Mei Lan", "Sioe Fong", "Lian Hwa")
CHINA_NEW_M = words("Ferry Hendra Stevanus Rudy Wilson Andreas Hengky")
CHINA_NEW_W = words("Yenny Linda Meliana Lily Vivian Irene Susan")
CHINA_NEW_FAMILY = words("Gunawan Halim Hartanto Tanuwijaya Setiabudi Salim Kusuma Hartono Lukito")
NICK_M = words("Ancis Bento Goris Iki Jemi Kiko Lexi Manto Nando Tonce Wely Yopi Odi Ucen")
NICK_W = words("Anci Bety Ceci Eci Gita Ichi Jeny Lenci Meri Neli Popi Rini Susi Tety Uci Oci")

NTT_ORIGINS = (("timor", 30), ("rote", 18), ("sabu", 15), ("flores", 20), ("sumba", 9), ("alor", 8))
ALL_ORIGINS = (*NTT_ORIGINS, ("bali", 3), ("bugis", 3), ("buton", 2), ("java", 3), ("china", 3))
OUTSIDE = ("bali", "bugis", "buton", "java", "china")
ORIGIN_LETTER = {
    "i": "timor", "r": "rote", "v": "sabu", "f": "flores", "s": "sumba", "a": "alor",
    "b": "bali", "g": "bugis", "u": "buton", "j": "java", "h": "china",
}  # fmt: skip
AGE_LETTER = {"o": (1946, 1962), "y": (1995, 2005), "t": (2008, 2011), "c": (2013, 2021)}
ADULT = (1963, 1994)
REGENCIES = {
    "timor": ("01", "02", "03", "04", "21"),
    "rote": ("14",),
    "sabu": ("20",),
    "flores": ("06", "07", "08", "09", "10", "13", "15", "16", "19"),
    "sumba": ("11", "12", "17", "18"),
    "alor": ("05",),
}
TOWNS = {
    "71": "Kupang", "01": "Oelamasi", "02": "Soe", "03": "Kefamenanu", "04": "Atambua",
    "05": "Kalabahi", "06": "Larantuka", "07": "Maumere", "08": "Ende", "09": "Bajawa",
    "10": "Ruteng", "11": "Waingapu", "12": "Waikabubak", "13": "Lewoleba", "14": "Ba'a",
    "15": "Labuan Bajo", "16": "Mbay", "17": "Waibakul", "18": "Tambolaka", "19": "Borong",
    "20": "Seba", "21": "Betun",
}  # fmt: skip
PLATE_REGION = {
    "06": "EB",
    "07": "EB",
    "08": "EB",
    "09": "EB",
    "10": "EB",
    "13": "EB",
    "15": "EB",
    "16": "EB",
    "19": "EB",
    "11": "ED",
    "12": "ED",
    "17": "ED",
    "18": "ED",
}
JOBS_M = (
    "wiraswasta",
    "pedagang",
    "PNS",
    "guru",
    "petani",
    "nelayan",
    "karyawan swasta",
    "sopir",
    "buruh harian lepas",
    "pensiunan",
    "tukang ojek",
    "tukang kayu",
)
JOBS_W = (
    "wiraswasta",
    "pedagang",
    "PNS",
    "guru",
    "mengurus rumah tangga",
    "karyawan swasta",
    "penjahit",
    "penenun",
    "pensiunan",
    "bidan",
    "perawat",
)

HOME_STREETS = words(
    """Kancil Beringin Flamboyan Cendana Matani Manggis Delima Kedondong Belimbing Salak Kasuari
    Rajawali Elang Pipit Kutilang Bougenville Anggrek Teratai Kamboja Asoka Gewang Sasando Oepoi
    Bajawa Lembata Adonara Kelimutu Mutis Camplong Cemara Tanjung Bakau Cengkeh Pala Oeleta
    Batu_Cadas Ikan_Paus Ikan_Tongkol Pulau_Indah Air_Lobang Nusa_Indah Kayu_Manis Bukit_Hermon
    Samratulangi_III Oebobo_Raya Naimata_Raya Sumba Sabu Alor Pukan Bonsai Srikaya Jeruk"""
)
HOME_LANES = words(
    "Rukun Harapan Bersatu Sejahtera Mandiri Kenanga Bahagia Pelita Swadaya Karya Mawar Cempaka"
)
ESTATES = (
    "Perumnas Blok {b}",
    "BTN Lontar Indah Blok {b}",
    "Perum Lopo Permai Blok {b}",
    "Griya Flobamora Asri Blok {b}",
    "Perumahan Nusa Lontar Blok {b}",
    "Perum Cendana Residence Blok {b}",
    "Kompleks Perumahan Sasando Blok {b}",
)
MOBILE_PREFIXES = (
    ("0812", 14), ("0813", 16), ("0811", 4), ("0821", 10), ("0822", 10), ("0823", 8), ("0852", 12),
    ("0853", 12), ("0851", 4), ("0815", 2), ("0857", 3), ("0858", 2), ("0817", 2), ("0819", 2),
    ("0878", 2), ("0877", 1), ("0896", 2), ("0895", 1), ("0838", 1), ("0831", 1), ("0882", 1),
)  # fmt: skip
FREE_HOSTS = (
    ("gmail.com", 50),
    ("yahoo.com", 10),
    ("yahoo.co.id", 8),
    ("ymail.com", 5),
    ("outlook.com", 6),
    ("hotmail.com", 4),
    ("rocketmail.com", 3),
    ("icloud.com", 3),
)
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
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# ---------------------------------------------------------------------------------------------
# Places, shops and bodies (none of them a person's).

KECAMATAN = {
    "Alak": (
        "Alak",
        "Batuplat",
        "Fatufeto",
        "Mantasi",
        "Manulai II",
        "Manutapen",
        "Naioni",
        "Namosain",
        "Nunbaun Delha",
        "Nunbaun Sabu",
        "Nunhila",
        "Penkase Oeleta",
    ),
    "Kelapa Lima": ("Kelapa Lima", "Lasiana", "Oesapa", "Oesapa Barat", "Oesapa Selatan"),
    "Kota Lama": (
        "Airmata",
        "Bonipoi",
        "Fatubesi",
        "Merdeka",
        "Nefonaek",
        "Oeba",
        "Pasir Panjang",
        "Solor",
        "Tode Kisar",
    ),
    "Kota Raja": (
        "Airnona",
        "Bakunase",
        "Bakunase II",
        "Fontein",
        "Kuanino",
        "Naikoten I",
        "Naikoten II",
        "Nunleu",
    ),
    "Maulafa": (
        "Belo",
        "Fatukoa",
        "Kolhua",
        "Maulafa",
        "Naikolan",
        "Naimata",
        "Oepura",
        "Penfui",
        "Sikumana",
    ),
    "Oebobo": ("Fatululi", "Kayu Putih", "Liliba", "Oebobo", "Oebufu", "Oetete", "Tuak Daun Merah"),
}
KECAMATAN_OF = {kel: kec for kec, kels in KECAMATAN.items() for kel in kels}
PLACE_POOLS = {
    "kel": tuple(KECAMATAN_OF),
    "jln": (
        "Jl. El Tari", "Jl. Frans Seda", "Jl. W.J. Lalamentik", "Jl. Piet A. Tallo", "Jl. Soeharto",
        "Jl. Timor Raya", "Jl. Adisucipto", "Jl. Jend. Sudirman", "Jl. Siliwangi", "Jl. Polisi Militer",
        "Jl. Ir. Soekarno", "Jl. Pahlawan", "Jl. Cak Doko", "Jl. Sam Ratulangi", "Jl. Yos Sudarso",
        "Jl. Perintis Kemerdekaan", "Jl. Veteran", "Jl. S.K. Lerik", "Jl. Bundaran PU",
    ),
    "psr": ("Pasar Inpres Naikoten", "Pasar Oeba", "Pasar Oebobo", "Pasar Kasih Naikoten", "Pasar Penfui", "Pasar Oesapa", "Pasar Kuanino", "Pasar Fatubesi"),
    "pkm": ("Puskesmas Oebobo", "Puskesmas Sikumana", "Puskesmas Bakunase", "Puskesmas Pasir Panjang", "Puskesmas Oepoi", "Puskesmas Kupang Kota", "Puskesmas Alak", "Puskesmas Naioni", "Puskesmas Penfui", "Puskesmas Oesapa"),
    "sek": ("SD Inpres Oebufu", "SDN Bertingkat Naikoten", "SMPN 3 Kupang", "SMPN 9 Kupang", "SMAN 1 Kupang", "SMAN 6 Kupang", "SMKN 2 Kupang", "SMPK St. Yoseph Naikoten", "SD GMIT Oesapa 2", "SDK St. Arnoldus Penfui", "MIN Kota Kupang", "SMKN 4 Kupang"),
    "grj": ("GMIT Jemaat Kaisarea BTN Kolhua", "GMIT Jemaat Efata Liliba", "Paroki St. Yosef Pekerja Penfui", "Gereja Katedral Kristus Raja", "GMIT Jemaat Imanuel Oepura", "Masjid Al-Ikhlas Oesapa", "GMIT Jemaat Betlehem Oesapa", "Paroki St. Maria Assumpta"),
    "toko": ("Toko Bangunan Sinar Lontar", "Toko Elektronik Cahaya Timur", "Toko Mas Sentosa Jaya", "Apotek Sehat Sentosa", "Toko Sembako Berkat Abadi", "Toko Kue Manis Rasa", "Toko Alat Tulis Pelita", "Toko Ponsel Flobamora Cell", "Toko Besi Maju Bersama", "Toko Kain Tenun Ina Ndao"),
    "cv": ("CV Karya Lontar Mandiri", "CV Timor Bangun Jaya", "CV Sumber Flobamora", "PT Nusa Cendana Konstruksi", "CV Tiga Putra Sasando", "CV Mitra Teluk Kupang", "PT Anugerah Timor Sejahtera", "CV Bintang Selatan Abadi", "CV Cahaya Oesapa Teknik", "PT Lontar Kencana Niaga"),
    "ud": ("UD Berkat Sejahtera", "UD Sumber Rezeki Oeba", "UD Tiga Saudara", "UD Karya Nelayan", "UD Harapan Baru", "UD Segar Laut Timor", "UD Maju Tani"),
    "kop": ("Kopdit Lontar Sejahtera", "KSP Mitra Usaha Mandiri", "Koperasi Pedagang Pasar Oeba", "CU Sasando Mas", "Koperasi Nelayan Teluk Kupang", "KSP Tunas Karya", "Kopdit Pelita Hati", "Koperasi Karyawan Bapenda"),
    "olsop": ("lapak_lontar", "kupang.gadget.murah", "tenun_sabu_ori", "jastip.kupang", "nona.skincare.kpg", "hp.second.oebobo", "frozenfood_oesapa", "sepatu.import.kpg"),
    "handle": ("kupang_info", "kupangbersuara", "infokupangkota", "suarawargaoebobo", "kpg_viral", "ntt_terkini", "kupangupdate", "jalanrusakkupang"),
}  # fmt: skip
BANK_BRANCH = (
    "BRI Cabang Kupang",
    "BNI KCU Kupang",
    "Bank NTT KCU Kupang",
    "Bank Mandiri KCP Oebobo",
    "BCA KCP Kupang",
    "BSI KC Kupang",
)

# ---------------------------------------------------------------------------------------------
# The checker's word lists.

OPENERS = frozenset(
    words(
        """bapak ibu pak bu bpk bp sdr sdri ny nn om tanta tante mama mam bapa mace pace oma opa kak
        kaka kakak nona nyong bidan guru lurah camat ketua sekretaris bendahara serka serda bripka
        briptu brigpol bripda aiptu aipda ipda iptu akp kompol kapten mayor pdt pendeta romo pastor
        pater suster frater dr drs dra ir hj h haji alm almh pelapor petugas pasien kader
        penelepon ttd sy saya beta sa nama yth dari from to cc kepada staf penagih nasabah agen
        admin ama ina adik adek ade anak istri suami tetangga warga pemohon penerima keluarga kel
        mr mrs ms miss sir bli mbak mas koh cik ci ko nak pemilik sopir dokter perawat operator
        asisten kepala saudara saudari tuan an a.n atas penjual pembeli debitur kreditur
        notaris ppat direktur manager manajer kasir teller mantri penatua diaken pnt dkn sdri. an. wni"""
    )
)
ADDRESS_OPENERS = (
    "jl.",
    "jln.",
    "jl ",
    "jalan ",
    "gg.",
    "gang ",
    "lr.",
    "lorong ",
    "rt",
    "perumnas",
    "perum ",
    "perumahan ",
    "btn ",
    "griya ",
    "kompleks ",
)
LETTER_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
DIGIT_LETTERS = {"0": "OO", "1": "lI", "5": "S", "8": "B"}
NUMERIC = {
    "nik": (15, 17),
    "kk": (16, 16),
    "npwp": (15, 22),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}

# ---------------------------------------------------------------------------------------------
# Numbers in their real shapes.


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + size])
        at += size
    if at < len(number):
        out.append(number[at:])
    return sep.join(part for part in out if part)


def with_letters(rng: random.Random, number: str, count: int) -> str:
    """A number as a scan or a hurried hand writes it: letters for some 0, 1, 5 and 8."""
    places = [i for i, c in enumerate(number) if c in DIGIT_LETTERS]
    if not places:
        return number
    chars = list(number)
    for i in rng.sample(places, min(count, len(places))):
        chars[i] = rng.choice(DIGIT_LETTERS[chars[i]])
    return "".join(chars)


def mobile_number(rng: random.Random) -> str:
    prefixes = [p for p, _ in MOBILE_PREFIXES]
    weights = [w for _, w in MOBILE_PREFIXES]
    prefix = rng.choices(prefixes, weights)[0]
    length = rng.choices((11, 12, 13), (35, 58, 7))[0]
    return prefix + str(rng.randint(1, 9)) + digits(rng, length - 5)


def write_mobile(rng: random.Random, number: str, style: str) -> str:  # noqa: PLR0911
    body = number[1:]
    sizes = {11: rng.choice(((4, 4, 3), (4, 3, 4))), 12: (4, 4, 4)}.get(len(number), (4, 4, 5))
    intl = {10: (3, 3, 4), 11: (3, 4, 4)}.get(len(body), (3, 4, 5))
    if style == "p":
        return number
    if style == "d":
        return group(number, sizes, "-")
    if style == "s":
        return group(number, sizes, " ")
    if style == "t":
        return group(number, sizes, ".")
    if style == "i":
        return "+62 " + group(body, intl, "-")
    if style == "w":
        return "+62" + body
    if style == "6":
        return "62" + body
    if style == "g":
        return "62 " + group(body, intl, " ")
    if style == "c":
        return "(+62) " + group(body, intl, " ")
    if style == "u":
        sep = rng.choice(("_", " • ", "·", " - "))
        return group(number, sizes, sep)
    if style == "b":
        sep = rng.choice((" ", "-"))
        text = group(number, sizes, sep)
        cut = text.rfind(sep)
        return (
            text[:cut] + "\n" + text[cut + 1 :]
            if sep == " "
            else text[: cut + 1] + "\n" + text[cut + 1 :]
        )
    if style == "l":
        return with_letters(rng, write_mobile(rng, number, rng.choice("pdsp")), rng.randint(2, 3))
    raise SystemExit(f"mobile style {style!r}")


MOBILE_STYLES = (("p", 34), ("d", 16), ("s", 16), ("t", 4), ("i", 10), ("w", 8), ("6", 6), ("g", 6))


def fixed_line(rng: random.Random, local: str) -> str:
    style = rng.randrange(5)
    if style == 0:
        return "0380 " + local
    if style == 1:
        return "(0380) " + local
    if style == 2:
        return "(0380) " + local[:3] + " " + local[3:]
    if style == 3:
        return "0380-" + local
    return "0380 " + local[:3] + " " + local[3:]


def old_npwp(rng: random.Random, person: bool) -> str:
    head = (
        rng.choice(("04", "05", "06", "07", "08", "09", *(f"{n}" for n in range(14, 100, 3))))
        if person
        else rng.choice(("01", "02", "03"))
    )
    office = rng.choices(("920", "921", "922", "923", "924", "925"), (8, 6, 1, 1, 1, 1))[0]
    return head + digits(rng, 7) + office + ("000" if person else rng.choice(("000", "000", "001")))


def npwp_dotted(n: str) -> str:
    return f"{n[0:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:15]}"


def npwp_spaced(n: str) -> str:
    return f"{n[0:2]} {n[2:5]} {n[5:8]} {n[8]} {n[9:12]} {n[12:15]}"


def npwp_scanned(rng: random.Random, n: str) -> str:
    dotted = npwp_dotted(n)
    if rng.random() < 0.5:
        return dotted.replace(".", ",", 1)
    return dotted[:-3] + "OOO" if dotted.endswith("000") else dotted.replace("0", "O", 1)


def account(rng: random.Random, bank: str) -> str:  # noqa: PLR0911
    if bank == "bri":
        n = digits(rng, 4) + "01" + digits(rng, 6) + rng.choice(("50", "53", "51")) + digits(rng, 1)
        return group(n, (4, 2, 6, 2, 1), "-") if rng.random() < 0.55 else n
    if bank == "bni":
        return "0" + digits(rng, 9)
    if bank == "mdr":
        n = rng.choice(("161", "181", "152", "117")) + "00" + digits(rng, 8)
        return group(n, (3, 2, 7, 1), "-") if rng.random() < 0.5 else n
    if bank == "ntt":
        n = (
            "00"
            + str(rng.randint(1, 7))
            + rng.choice(("01", "02", "03"))
            + rng.choice(("02", "03", "01"))
            + digits(rng, 7)
        )
        return f"{n[0:3]}.{n[3:5]}.{n[5:7]}.{n[7:13]}-{n[13]}" if rng.random() < 0.6 else n
    if bank == "bca":
        n = rng.choice(("315", "316", "046", "770")) + digits(rng, 7)
        return group(n, (3, 3, 4), "-") if rng.random() < 0.3 else n
    if bank == "bsi":
        return "7" + digits(rng, 9)
    if bank == "btn":
        return "0" + digits(rng, 15)
    raise SystemExit(f"bank {bank!r}")


# ---------------------------------------------------------------------------------------------
# A person: one per key in a text.

KEY = re.compile(r"([wm])([a-z]*?)(\d+)")
PARTICLES = frozenset({"umbu", "rambu", "daeng", "ode"})


def name_words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", name)} - PARTICLES


class Person:
    """A person with a name, numbers, a home and a vehicle, consistent within one text."""

    def __init__(self, key: str, rng: random.Random, taken: set[str]) -> None:
        match = KEY.fullmatch(key)
        if match is None:
            raise SystemExit(f"bad person key {key!r}")
        sex, mods, _ = match.groups()
        self.woman = sex == "w"
        self.kin = "n" in mods  # a name put together with a relative's family name
        origins = [ORIGIN_LETTER[c] for c in mods if c in ORIGIN_LETTER]
        if origins:
            self.origin = origins[0]
        elif "x" in mods:
            self.origin = rng.choice(OUTSIDE)
        else:  # ``n``: of an NTT family (for a name put together from a relative's family name)
            pool = NTT_ORIGINS if "n" in mods else ALL_ORIGINS
            self.origin = rng.choices([o for o, _ in pool], [w for _, w in pool])[0]
        ages = [AGE_LETTER[c] for c in mods if c in AGE_LETTER]
        low, high = ages[0] if ages else ADULT
        self.age_class = next((c for c in mods if c in AGE_LETTER), "")
        self.born = date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
        if "k" in mods:
            self.regency = "71"
        elif self.origin in OUTSIDE:
            self.regency = "71" if rng.random() < 0.8 else "01"
        else:
            self.regency = "71" if rng.random() < 0.55 else rng.choice(REGENCIES[self.origin])
        self.district = (
            rng.choice(("01", "02", "03", "04", "05", "06"))
            if self.regency == "71"
            else f"{rng.randint(1, 14):02d}"
        )
        for _ in range(200):
            self.given, self.family, self.called = self.draw_name(rng)
            self.name = f"{self.given} {self.family}".strip()
            self.nick = rng.choice(NICK_W if self.woman else NICK_M)
            mine = name_words(self.name) | name_words(self.nick)
            if not mine & taken:
                taken |= mine
                break
        else:
            raise SystemExit("no free name")
        day = self.born.day + (40 if self.woman else 0)
        self.nik = f"53{self.regency}{self.district}{day:02d}{self.born.month:02d}{self.born.year % 100:02d}{rng.randint(1, 420):04d}"
        if (
            self.age_class in {"t", "c"} and rng.random() < 0.85
        ):  # children are registered where they were born
            self.regency, self.district = "71", rng.choice(("01", "02", "03", "04", "05", "06"))
            self.nik = f"53{self.regency}{self.district}{day:02d}{self.born.month:02d}{self.born.year % 100:02d}{rng.randint(1, 420):04d}"
        home = (
            "01" if self.regency == "01" else "71"
        )  # the family card is the household's, in Kupang
        kk_district = (
            self.district
            if self.regency == home
            else rng.choice(("01", "02", "03", "04", "05", "06"))
        )
        issued = date(
            rng.randint(max(2006, self.born.year + 1 if self.age_class == "c" else 2006), 2025),
            rng.randint(1, 12),
            rng.randint(1, 28),
        )
        self.kk = f"53{home}{kk_district}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{rng.randint(1, 99):04d}"
        self.npwp = old_npwp(rng, person=True)
        self.bpjs = "000" + str(rng.randint(1, 3)) + digits(rng, 9)
        self.mobile = mobile_number(rng)
        self.home_line = "8" + str(rng.randint(2, 9)) + digits(rng, 4)
        self.nik_style = rng.choices("pgds", (55, 25, 10, 10))[0]
        self.mobile_style = rng.choices(
            [s for s, _ in MOBILE_STYLES], [w for _, w in MOBILE_STYLES]
        )[0]
        self.npwp_style = rng.choices("dps", (70, 15, 15))[0]
        self.plate_region = (
            "DH"
            if self.regency == "71" or self.origin in OUTSIDE
            else PLATE_REGION.get(self.regency, "DH")
        )

    def draw_name(self, rng: random.Random) -> tuple[str, str, str]:  # noqa: PLR0911
        w = self.woman
        young = self.age_class in {"y", "t", "c"}
        if self.origin == "bali":
            order = rng.choice(BALI_ORDER_W if w else BALI_ORDER_M)
            own = rng.choice(BALI_W if w else BALI_M)
            return (f"Ni {order}" if w else f"I {order}"), own, own
        if self.origin == "bugis":
            given = rng.choice(BUGIS_W if w else BUGIS_M)
            return given, f"Daeng {rng.choice(DAENG)}", given
        if self.origin == "buton":
            own = rng.choice(BUTON_W if w else BUTON_M)
            return ("Wa Ode" if w else "La Ode"), own, own
        if self.origin == "java":
            first, second = JAVA_W if w else JAVA_M
            given = rng.choice(first)
            return given, rng.choice(second), given
        if self.origin == "china":
            if rng.random() < 0.5:
                given = rng.choice(CHINA_W if w else CHINA_M)
                return rng.choice(CHINA_FAMILY), given, given
            given = rng.choice(CHINA_NEW_W if w else CHINA_NEW_M)
            return given, rng.choice(CHINA_NEW_FAMILY), given
        pool = (
            (YOUNG_W if w else YOUNG_M)
            if young and rng.random() < 0.6
            else (GIVEN_W if w else GIVEN_M)
        )
        given = rng.choice(pool)
        if not young and rng.random() < 0.3:
            second = rng.choice(GIVEN_W if w else GIVEN_M)
            if second != given:
                given = f"{given} {second}"
        if self.origin == "sumba" and not self.kin and rng.random() < 0.55:
            own = rng.choice(SUMBA_W if w else SUMBA_M)
            given = f"{'Rambu' if w else 'Umbu'} {own}"
        if self.origin == "sabu" and rng.random() < 0.22:
            family = rng.choice(SABU_DOUBLE)
        elif self.origin == "flores" and rng.random() < 0.08:
            family = rng.choice(FLORES_DOUBLE)
        else:
            family = rng.choice(FAMILY[self.origin])
        called = given if given.startswith(("Umbu", "Rambu")) else given.split()[0]
        return given, family, called

    # -- values ----------------------------------------------------------------------------

    def value(self, gen: str, rng: random.Random) -> str:  # noqa: PLR0911, PLR0912
        nik, kk = self.nik, self.kk
        if gen == "nama":
            return self.name
        if gen == "dpn":
            return self.given
        if gen == "marga":
            return self.family
        if gen == "pgl":
            return self.called
        if gen == "nick":
            return self.nick
        if gen == "scan":
            return scan_name(rng, self.name.upper())
        if gen == "salah":
            return misspell(rng, self.name)
        if gen.startswith("nik"):
            style = gen[3:] or self.nik_style
            return write_identity(rng, nik, style)
        if gen.startswith("kk"):
            style = gen[2:] or rng.choice("pg")
            return write_identity(rng, kk, style)
        if gen == "npwp":
            return write_npwp(rng, self.npwp, self.npwp_style)
        if gen in {"npwpd", "npwpp", "npwps", "npwpx"}:
            return write_npwp(rng, self.npwp, gen[-1])
        if gen == "npwpn":
            return nik if rng.random() < 0.7 else group(nik, (4, 4, 4, 4), " ")
        if gen == "npwp0":
            return "0" + self.npwp
        if gen == "nitku":
            return nik + "000000"
        if gen == "bpjs":
            return self.bpjs if rng.random() < 0.75 else group(self.bpjs, (4, 4, 5), " ")
        if gen == "bpjsp":
            return self.bpjs
        if gen == "bpjsg":
            return group(self.bpjs, (4, 4, 5), " ")
        if gen == "bpjsl":
            return with_letters(rng, self.bpjs, 2)
        if gen == "hp":
            return write_mobile(rng, self.mobile, self.mobile_style)
        if gen.startswith("hp") and len(gen) == 3:
            return write_mobile(rng, self.mobile, gen[2])
        if gen == "telr":
            return fixed_line(rng, self.home_line)
        if gen == "mail":
            return self.mailbox(rng)
        if gen == "mailk":
            return f"{self.mail_parts()[0]}.{self.mail_parts()[1]}@kupangkota.go.id"
        if gen == "mailp":
            return f"{self.mail_parts()[0]}.{self.mail_parts()[1]}@pajak.go.id"
        if gen == "maild":
            return dodge(rng, self.mailbox(rng))
        if gen == "mailc":
            return cut_mail(rng, self.mailbox(rng))
        if gen in {"bri", "bni", "mdr", "ntt", "bca", "bsi", "btn"}:
            return account(rng, gen)
        if gen == "rmh":
            return home(rng)
        if gen == "blok":
            return (
                rng.choice(ESTATES).format(
                    b=rng.choice("ABCDEFGHJKLM") + rng.choice(("", "", "", "2", "3"))
                )
                + f" No. {rng.randint(1, 48)}"
            )
        if gen == "rt":
            return write_rt(rng, rng.randint(1, 42), rng.randint(1, 14))
        if gen == "rtl":
            return rng.choice(("RT {:03d}", "RT {:02d}", "RT {}", "RT.{:03d}")).format(
                rng.randint(1, 42)
            )
        if gen == "rtp":
            return f"{rng.randint(1, 42):03d}/{rng.randint(1, 14):03d}"
        if gen == "plat":
            number = (
                str(rng.randint(1, 9999)) if rng.random() < 0.8 else str(rng.randint(1000, 9999))
            )
            suffix = "".join(
                rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2, 2, 3)))
            )
            return (
                f"{self.plate_region} {number} {suffix}"
                if rng.random() < 0.8
                else f"{self.plate_region}{number}{suffix}"
            )
        if gen == "umur":
            return str(2026 - self.born.year)
        if gen == "lahir":
            return self.born.strftime("%d-%m-%Y")
        if gen == "tempat":
            return TOWNS[self.regency]
        if gen == "ttl":
            return f"{TOWNS[self.regency]}, {self.born.strftime('%d-%m-%Y')}"
        if gen == "jk":
            return "PEREMPUAN" if self.woman else "LAKI-LAKI"
        if gen == "kerja":
            jobs = JOBS_W if self.woman else JOBS_M
            if self.age_class == "o":
                return rng.choice(
                    (
                        "pensiunan",
                        "petani",
                        "pedagang",
                        "mengurus rumah tangga" if self.woman else "nelayan",
                    )
                )
            if self.age_class in {"t", "c"}:
                return "pelajar"
            return rng.choice([j for j in jobs if j != "pensiunan"])
        raise SystemExit(f"unknown person generator {gen!r}")

    def mail_parts(self) -> tuple[str, str]:
        parts = [
            p
            for p in re.findall(r"[A-Za-z]+", self.name)
            if p.lower() not in {"i", "ni", "la", "wa", "ode", "daeng", "umbu", "rambu"}
        ]
        first = parts[0].lower()
        last = parts[-1].lower() if len(parts) > 1 else first
        return first, last

    def mailbox(self, rng: random.Random) -> str:
        if not hasattr(self, "_mail"):
            first, last = self.mail_parts()
            yy = f"{self.born.year % 100:02d}"
            local = rng.choice(
                (
                    f"{first}.{last}",
                    f"{first}{last}",
                    f"{first}_{last}",
                    f"{last}.{first}",
                    f"{first}{yy}",
                    f"{first}.{last}{yy}",
                    f"{first[0]}{last}",
                    f"{first}{last}{rng.randint(1, 99)}",
                    f"{last}{first[:3]}",
                    f"{first}.{last[:4]}",
                )
            )
            host = rng.choices([h for h, _ in FREE_HOSTS], [w for _, w in FREE_HOSTS])[0]
            self._mail = f"{local}@{host}"
        return self._mail


def write_identity(rng: random.Random, number: str, style: str) -> str:  # noqa: PLR0911
    if style == "p":
        return number
    if style == "g":
        return group(number, (4, 4, 4, 4), " ")
    if style == "d":
        return f"{number[0:2]}.{number[2:4]}.{number[4:6]}.{number[6:12]}.{number[12:]}"
    if style == "s":
        return f"{number[0:6]} {number[6:12]} {number[12:]}"
    if style == "l":
        return with_letters(rng, number, rng.randint(1, 3))
    if style == "r":
        return group(number, (2,) * 8, " ")
    if style == "c":
        return group(number, (4, 4, 4, 4), ", ")
    if style == "n":
        cut = rng.randint(5, 11)
        return number[:cut] + "\n" + number[cut:]
    if style == "x":
        at = rng.randint(12, 15)
        return (
            number[:at] + number[at + 1 :]
            if rng.random() < 0.5
            else number[:at] + number[at] + number[at:]
        )
    raise SystemExit(f"identity style {style!r}")


def write_npwp(rng: random.Random, n: str, style: str) -> str:
    if style == "d":
        return npwp_dotted(n)
    if style == "p":
        return n
    if style == "s":
        return npwp_spaced(n)
    if style == "x":
        return npwp_scanned(rng, n)
    raise SystemExit(f"npwp style {style!r}")


def home(rng: random.Random) -> str:  # noqa: PLR0911
    street = rng.choice(HOME_STREETS).replace("_", " ")
    number = str(rng.randint(1, 140)) + rng.choice(("", "", "", "", "", "", "A", "B"))
    style = rng.randrange(9)
    if style == 0:
        return f"Jl. {street} No.{number}"
    if style == 1:
        return f"Jln. {street} no {number}"
    if style == 2:
        return f"Jalan {street} Nomor {number}"
    if style == 3:
        return f"Gg. {rng.choice(HOME_LANES)} No. {number}"
    if style == 4:
        return f"Jl. {street} Gg. {rng.randint(1, 9)} No. {number}"
    if style == 5:
        return f"Lr. {rng.choice(HOME_LANES)} No. {number}"
    return f"Jl. {street} No. {number}"


def write_rt(rng: random.Random, rt: int, rw: int) -> str:
    return rng.choice(
        (
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT {rt:02d}/RW {rw:02d}",
            f"RT {rt:02d} RW {rw:02d}",
            f"RT {rt} RW {rw}",
            f"RT.{rt:03d}/RW.{rw:03d}",
            f"RT {rt:03d}/{rw:03d}",
            f"Rt {rt:02d} Rw {rw:02d}",
            f"RT {rt}/RW {rw}",
        )
    )


def scan_name(rng: random.Random, name: str) -> str:
    parts = name.split(" ")
    longest = max(range(len(parts)), key=lambda i: (len(parts[i]), -i))
    word = parts[longest]
    swaps = [i for i, c in enumerate(word) if c in "OISB" and 0 < i < len(word) - 1]
    if swaps and (rng.random() < 0.5 or len(word) < 4):
        i = rng.choice(swaps)
        parts[longest] = (
            word[:i] + {"O": "0", "I": "1", "S": "5", "B": "8"}[word[i]] + word[i + 1 :]
        )
    elif len(word) >= 4:
        cuts = [c for c in range(2, len(word) - 1) if longest or word[:c].lower() not in OPENERS]
        cut = rng.choice(cuts)
        parts[longest] = word[:cut] + " " + word[cut:]
    return " ".join(parts)


def misspell(rng: random.Random, name: str) -> str:
    parts = name.split(" ")
    longest = max(range(len(parts)), key=lambda i: (len(parts[i]), -i))
    word = parts[longest]
    for _ in range(30):
        i = rng.randint(1, len(word) - 2)
        how = rng.randrange(3)
        if how == 0:
            new = word[:i] + word[i] + word[i:]
        elif how == 1:
            new = word[:i] + word[i + 1 :]
        else:
            swap = {
                "i": "y",
                "y": "i",
                "u": "o",
                "o": "u",
                "e": "i",
                "k": "c",
                "c": "k",
                "a": "e",
                "s": "z",
                "f": "p",
            }
            if word[i] not in swap:
                continue
            new = word[:i] + swap[word[i]] + word[i + 1 :]
        if new != word and len(new) >= 3 and not (longest == 0 and new.lower() in OPENERS):
            parts[longest] = new
            return " ".join(parts)
    return " ".join([*parts[:-1], word + word[-1]])


def dodge(rng: random.Random, mail: str) -> str:  # noqa: PLR0911
    local, host = mail.split("@")
    name, _, top = host.rpartition(".")
    style = rng.randrange(12)
    if style == 0:
        return f"{local} @ {host}"
    if style == 1:
        return f"{local}(at){host}"
    if style == 2:
        return f"{local} [at] {name.replace('.', ' [dot] ')} [dot] {top}"
    if style == 3:
        return f"{local} at {name.replace('.', ' dot ')} dot {top}"
    if style == 4:
        return f"{local} (keong) {name.replace('.', ' (titik) ')} (titik) {top}"
    if style == 5:
        return f"{local}[@]{host}"
    if style == 6:
        return f"{local} (et) {host}"
    if style == 7:
        return f"{local} @{host}"
    if style == 8:
        return f"{local.replace('.', ' [dot] ')} [at] {name.replace('.', ' [dot] ')} [dot] {top}"
    if style == 9:
        return f"{local}@{name},{top}"
    if style == 10:
        return f"{local}@ {name} .{top}"
    return f"{local.replace('.', ' titik ')} at {host.replace('.', ' titik ')}"


def cut_mail(rng: random.Random, mail: str) -> str:
    local, host = mail.split("@")
    name, _, top = host.rpartition(".")
    style = rng.randrange(3)
    if style == 0:
        return f"{local}@\n{host}"
    if style == 1:
        return f"{local}\n@{host}"
    return f"{local}@{name}.\n{top}"


PERSON_KIND = {
    **dict.fromkeys(("nama", "dpn", "marga", "pgl", "nick", "scan", "salah"), "name"),
    **dict.fromkeys(
        ("nik", "nikp", "nikg", "nikd", "niks", "nikl", "nikr", "nikc", "nikn", "nikx"), "nik"
    ),
    **dict.fromkeys(("kk", "kkp", "kkg", "kkl", "kkn"), "kk"),
    **dict.fromkeys(
        ("npwp", "npwpd", "npwpp", "npwps", "npwpx", "npwpn", "npwp0", "nitku"), "npwp"
    ),
    **dict.fromkeys(("bpjs", "bpjsp", "bpjsg", "bpjsl"), "bpjs"),
    **dict.fromkeys(("hp", *(f"hp{s}" for s in "pdstiw6gcubl"), "telr"), "phone"),
    **dict.fromkeys(("mail", "mailk", "mailp", "maild", "mailc"), "email"),
    **dict.fromkeys(("bri", "bni", "mdr", "ntt", "bca", "bsi", "btn"), "bank_account"),
    **dict.fromkeys(("rmh", "blok", "rt", "rtl", "rtp"), "address"),
    "plat": "plate",
}
ATTRIBUTES = frozenset({"umur", "lahir", "tempat", "ttl", "jk", "kerja"})

# ---------------------------------------------------------------------------------------------
# Everything else: dates, times, amounts, places, and the numbers that only look personal.

AMOUNTS = {
    "r": (1_000, 10_000, 500),
    "k": (10_000, 100_000, 5_000),
    "h": (100_000, 1_000_000, 25_000),
    "j": (1_000_000, 10_000_000, 50_000),
    "b": (10_000_000, 100_000_000, 500_000),
    "m": (100_000_000, 2_000_000_000, 5_000_000),
}
TIMES = {"p": (7, 10), "s": (12, 16), "m": (18, 21), "n": (0, 4)}
COUNTS = {"a": (2, 9), "b": (10, 60), "c": (100, 900), "d": (1000, 9000)}


def dotted_amount(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def working(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class Fill:
    """The values of one text: its people, dates, times, places and other numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.cache: dict[tuple[str, str], str] = {}
        self.used: dict[str, set[str]] = {}
        self.day1 = working(date(2026, 1, 5) + timedelta(days=rng.randint(0, 320)))
        self.clock: dict[str, list[int]] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(key, self.rng, self.taken)
        return self.people[key]

    def day(self, key: str) -> date:
        rng = self.rng
        if key == "d1":
            return self.day1
        if key.startswith("d") and key[1:].isdigit():
            step = int(key[1:]) - 1
            cached = self.cache.get(("day", key))
            if cached is None:
                before = self.day(f"d{step}") if step > 1 else self.day1
                cached = working(before + timedelta(days=rng.randint(1, 5))).isoformat()
                self.cache[("day", key)] = cached
            return date.fromisoformat(cached)
        cached = self.cache.get(("day", key))
        if cached is None:
            if key.startswith("b"):
                back = rng.randint(2, 25) + 30 * (int(key[1:] or "1") - 1)
                cached = working(self.day1 - timedelta(days=back + 2)).isoformat()
            elif key.startswith("y"):
                cached = date(
                    rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
                ).isoformat()
            elif key.startswith("f"):
                cached = working(self.day1 + timedelta(days=rng.randint(10, 45))).isoformat()
            else:
                raise SystemExit(f"date key {key!r}")
            self.cache[("day", key)] = cached
        return date.fromisoformat(cached)

    def minutes(self, key: str) -> int:
        letter, index = key[0], int(key[1:] or "1")
        marks = self.clock.setdefault(letter, [])
        low, high = TIMES[letter]
        while len(marks) < index:
            if not marks:
                marks.append(self.rng.randint(low * 60, high * 60 + 30))
            else:
                marks.append(marks[-1] + self.rng.randint(1, 26))
        return marks[index - 1]

    def pick(self, pool: str, key: str) -> str:
        used = self.used.setdefault(pool, set())
        choices = [p for p in PLACE_POOLS[pool] if p not in used]
        value = self.rng.choice(choices)
        used.add(value)
        return value

    def value(self, gen: str, key: str) -> str:
        cache_key = (gen, key)
        if cache_key not in self.cache:
            self.cache[cache_key] = self.make(gen, key)
        return self.cache[cache_key]

    def make(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen in PLACE_POOLS:
            return self.pick(gen, key)
        if gen == "kec":
            return KECAMATAN_OF[self.value("kel", key)]
        if gen in {
            "kels",
            "psrs",
            "cvs",
            "kops",
            "tokos",
        }:  # a place's or a body's name as a mailbox writes it
            words_of = re.findall(r"[A-Za-z0-9]+", self.value(gen[:-1], key).lower())
            skip = {"pasar", "cv", "pt", "toko", "ksp", "kopdit", "koperasi", "cu", "ud"}
            return "".join(w for w in words_of if w not in skip)
        if gen == "thnl":  # the year before the date's
            return str(self.day(key).year - 1)
        if gen == "kelof":  # another kelurahan of the kecamatan of ``kel:1``
            kec = KECAMATAN_OF[self.value("kel", "1")]
            used = self.used.setdefault("kel", set())
            value = self.rng.choice([k for k in KECAMATAN[kec] if k not in used])
            used.add(value)
            return value
        if gen.startswith("tgl") or gen in {"hari", "bln", "blnn", "thn"}:
            return write_date(self.day(key), gen)
        if gen in {"jam", "jamc"}:
            m = self.minutes(key) % (24 * 60)
            return f"{m // 60:02d}{'.' if gen == 'jam' else ':'}{m % 60:02d}"
        if gen in {"rp", "rpa", "rpb", "rpn"}:
            low, high, step = AMOUNTS[key[0]]
            amount = dotted_amount(rng.randrange(low, high + 1, step))
            return {
                "rp": f"Rp {amount}",
                "rpa": f"Rp{amount}",
                "rpb": f"Rp. {amount},-",
                "rpn": amount,
            }[gen]
        if gen == "n":
            low, high = COUNTS[key[0]]
            return str(rng.randint(low, high))
        if gen == "seq":  # numbers of a register, rising with the key
            index = int(key)
            if index > 1:
                return str(int(self.value("seq", str(index - 1))) + rng.randint(1, 4))
            return str(rng.randint(12, 480))
        if gen == "nrt":
            index = int(key)
            if index > 1:
                return f"{int(self.value('nrt', str(index - 1))) + rng.randint(2, 9):02d}"
            return f"{rng.randint(1, 24):02d}"
        if gen == "nrw":
            return f"{rng.randint(1, 14):02d}"
        if gen == "bankc":
            return rng.choice(BANK_BRANCH)
        return self.code(gen, key)

    def code(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        d = self.day1
        if gen == "tiket":
            return rng.choice(
                (
                    f"LAPOR-5371-{d.year}-{rng.randint(100, 99999):05d}",
                    f"#LPR{d:%y%m}-{digits(rng, 6)}",
                    f"{d:%y%m}-{digits(rng, 4)}-{digits(rng, 3)}",
                    f"UPK/{d.year}/{rng.randint(100, 4999):05d}",
                )
            )
        if gen == "va":
            head = rng.choice(("88908", "88810", "8808", "70012", "3901"))
            n = head + digits(rng, 16 - len(head))
            return group(n, (4, 4, 4, 4), " ") if rng.random() < 0.4 else n
        if gen == "billing":
            return rng.choice("0123456") + digits(rng, 14)
        if gen == "ntpn":
            return "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
        if gen == "nop":
            return f"53.71.0{rng.randint(10, 60)}.0{rng.randint(1, 15):02d}.{rng.randint(1, 60):03d}-{rng.randint(1, 999):04d}.0"
        if gen == "nib":
            return rng.choice("129") + digits(rng, 12)
        if gen == "faktur":
            return rng.choice(
                (
                    f"010.0{rng.randint(10, 99)}-{d:%y}.{digits(rng, 8)}",
                    f"040026{digits(rng, 11)}",
                    f"010.{rng.randint(100, 999)}-{d:%y}.{digits(rng, 8)}",
                )
            )
        if gen == "bupot":
            return f"{rng.choice(('1.1', '1.3'))}-{d:%m.%y}-{digits(rng, 7)}"
        if gen == "spk":
            office = {
                "pup": "PUPR",
                "ind": "DISPERINDAG",
                "kop": "DISKOPUKM",
                "kel": "KEL",
                "kec": "KEC",
                "dlh": "DLH",
                "bpd": "BAPENDA",
            }.get(key, "PPK")
            return rng.choice(
                (
                    f"027/{rng.randint(10, 420)}/SPK/{office}/{ROMAN[d.month - 1]}/{d.year}",
                    f"602.1/{rng.randint(10, 500):03d}/SP-{office}/{ROMAN[d.month - 1]}/{d.year}",
                    f"SPK/{rng.randint(1, 90):03d}/{office}/{d.year}",
                    f"KTR.{rng.randint(10, 99)}/PPK-{office}/{d.year}",
                )
            )
        if gen == "kwt":
            return rng.choice(
                (
                    f"KW/{rng.randint(1, 999):04d}/{d.year}",
                    f"{rng.randint(1, 9999):06d}",
                    f"No.{rng.randint(100, 999)}/KWT/{ROMAN[d.month - 1]}/{d.year}",
                )
            )
        if gen == "inv":
            return rng.choice(
                (
                    f"INV/{d:%Y%m%d}/{rng.randint(1, 9999):04d}",
                    f"INV-{d:%y%m}-{rng.randint(1, 999):03d}",
                    f"FKT{d:%y%m%d}{rng.randint(10, 99)}",
                )
            )
        if gen == "trx":
            return f"{d:%Y%m%d}" + digits(rng, rng.choice((8, 10)))
        if gen == "ref":
            return rng.choice(
                (
                    f"FT{d:%y}{rng.randint(100, 366)}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(6))}",
                    f"{digits(rng, 12)}",
                    f"REF{digits(rng, 9)}",
                )
            )
        if gen == "resi":
            return rng.choice(
                (
                    "JP" + digits(rng, 10),
                    "0" + digits(rng, 15),
                    "KPG" + digits(rng, 11),
                    "SPXID0" + digits(rng, 11),
                    "LP" + digits(rng, 12),
                )
            )
        if gen == "huruf":  # a block's or a row's letter
            return rng.choice("ABCDEF")
        if gen == "resij":
            return "JP" + digits(rng, 10)
        if gen == "order":
            return f"{d:%y%m%d}" + "".join(
                rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)
            )
        if gen == "plnid":
            return "53" + rng.choice(("1", "2")) + digits(rng, 9)
        if gen == "token":
            return group(digits(rng, 20), (4, 4, 4, 4, 4), " ")
        if gen == "meter":
            return rng.choice(("14", "45", "56")) + digits(rng, 9)
        if gen == "samb":
            return f"{rng.randint(1, 12):02d}-{rng.randint(1, 20):02d}-{rng.randint(1, 99999):06d}"
        if gen == "nip":
            y = rng.randint(1968, 1995)
            return f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {y + rng.randint(22, 30)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"
        if gen == "nisn":
            return "00" + digits(rng, 8)
        if gen == "npsn":
            return "503" + digits(rng, 5)
        if gen == "kpj":
            return rng.choice(("14", "19", "21")) + digits(rng, 9)
        if gen == "kks":
            return "6013 01" + digits(rng, 2) + " " + digits(rng, 4) + " " + digits(rng, 4)
        if gen == "surat":
            office = {
                "bpd": "BAPENDA",
                "dpm": "DPMPTSP",
                "dis": "DINSOS",
                "kop": "DISKOPUKM",
                "pup": "PUPR",
                "ind": "DISPERINDAG",
                "kel": "KEL",
                "pbj": "UKPBJ",
                "ins": "INSP",
            }.get(key, "SETDA")
            head = rng.choice(("900.1.13.1", "973", "500.2", "400.9", "027", "800", "510", "503"))
            return f"{head}/{rng.randint(10, 999):03d}/{office}/{ROMAN[d.month - 1]}/{d.year}"
        if gen == "npwpb":
            n = old_npwp(rng, person=False)
            return npwp_dotted(n) if rng.random() < 0.75 else n
        if gen == "npwpben":
            return npwp_dotted("00" + digits(rng, 7) + "920" + "000")
        if gen == "npwpbn":
            return "0" + old_npwp(rng, person=False)
        if gen == "nitkub":
            return "0" + old_npwp(rng, person=False) + "000000"
        if gen == "npwpdb":
            return f"P.2.{digits(rng, 7)}.{rng.randint(1, 6):02d}.{rng.randint(1, 12):02d}"
        if gen in {"rbri", "rbni", "rmdr", "rntt", "rbca", "rbsi"}:
            return account(rng, gen[1:])
        if gen == "telk":
            return fixed_line(rng, "8" + str(rng.randint(2, 9)) + digits(rng, 4))
        if gen == "hpk":
            return write_mobile(
                rng,
                mobile_number(rng),
                rng.choices([s for s, _ in MOBILE_STYLES], [w for _, w in MOBILE_STYLES])[0],
            )
        if gen == "hpkl":
            return write_mobile(rng, mobile_number(rng), "l")
        if gen == "hpkp":
            return mobile_number(rng)
        if gen == "sertif":
            return f"{rng.randint(1, 9999):05d}"
        if gen == "polis":
            return f"{rng.choice(('KPG', 'JR', 'PL'))}-{d.year}-{digits(rng, 7)}"
        if gen == "kontrak":
            return rng.choice(
                (
                    f"{digits(rng, 3)}{d:%y}{digits(rng, 7)}",
                    f"KPG/{d.year}/{digits(rng, 7)}",
                    f"{rng.randint(100, 999)}.{d:%y}.{digits(rng, 6)}",
                )
            )
        if gen == "qr":
            return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
        if gen == "pin":
            return digits(rng, 6)
        if gen == "antri":
            return f"{rng.choice('ABC')}-{rng.randint(1, 150):03d}"
        if gen == "otp":
            return digits(rng, rng.choice((4, 6)))
        if gen == "skpd":
            return f"973/{rng.randint(100, 9999)}/SKPD-PBJT/{d.year}"
        raise SystemExit(f"unknown generator {gen!r}")


def write_date(day: date, gen: str) -> str:  # noqa: PLR0911, PLR0912
    if gen == "tgl":
        return day.strftime("%d/%m/%Y")
    if gen == "tgld":
        return day.strftime("%d-%m-%Y")
    if gen == "tgll":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if gen == "tglh":
        return f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    if gen == "tglc":
        return day.strftime("%d/%m/%y")
    if gen == "tgli":
        return day.isoformat()
    if gen == "tglm":
        return f"{day.day:02d} {MONTHS_SHORT[day.month - 1]} {day.year}"
    if gen == "tglf":  # as a phone names its files
        return day.strftime("%Y%m%d")
    if gen == "tgls":
        return f"{day.day}/{day.month}"
    if gen == "hari":
        return DAYS[day.weekday()]
    if gen == "bln":
        return ROMAN[day.month - 1]
    if gen == "blnn":
        return MONTHS[day.month - 1]
    if gen == "thn":
        return str(day.year)
    raise SystemExit(f"unknown date writing {gen!r}")


# ---------------------------------------------------------------------------------------------
# Templates: branches, labels, values.

TOKEN = re.compile(r"⟦(?:([a-z_]+):)?|⟧|\{([a-z][a-z0-9]*)([\^_]?):([A-Za-z0-9]+)\}")


def expand(rng: random.Random, text: str) -> str:
    """Choose one branch of every ``{?a|b|c}``, nested ones too."""
    out, at = [], 0
    while True:
        start = text.find("{?", at)
        if start < 0:
            out.append(text[at:])
            return "".join(out)
        out.append(text[at:start])
        depth, cut, parts, i = 1, start + 2, [], start + 2
        while depth:
            char = text[i]
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if not depth:
                    parts.append(text[cut:i])
            elif char == "|" and depth == 1:
                parts.append(text[cut:i])
                cut = i + 1
            i += 1
        out.append(expand(rng, rng.choice(parts)))
        at = i


def templates_of(source: str) -> list[tuple[str, str]]:
    """(theme, template) pairs of a style's block."""
    out = []
    for block in source.split("\n=== ")[1:]:
        theme, _, body = block.partition("\n")
        body = body.strip("\n").replace("\\t", "\t").replace("\\n", "\n").replace("\\s", "\u00a0")
        out.append((theme.strip(), body))
    return out


Span = tuple[str, int, int]


def render(template: str, rng: random.Random) -> tuple[str, list[Span], dict[int, str]]:  # noqa: PLR0912
    """Fill a template: the text, its spans and, per span holding one value alone, that value."""
    text = expand(rng, template).replace("¦", "|")
    mode = ""
    for marker in ("@CAPS\n", "@lower\n"):
        if text.startswith(marker):
            mode, text = marker.strip(), text[len(marker) :]
    fill = Fill(rng)
    out: list[str] = []
    length = at = 0
    spans: list[Span] = []
    expected: dict[int, str] = {}
    label: dict[str, object] | None = None
    for found in TOKEN.finditer(text):
        literal = text[at : found.start()]
        out.append(literal)
        length += len(literal)
        if label is not None and literal:
            label["literal"] = True
        at = found.end()
        token = found.group(0)
        if token.startswith("⟦"):
            if label is not None:
                raise SystemExit(f"nested label in {template[:60]!r}")
            kind = found.group(1)
            if kind is not None and kind not in KINDS:
                raise SystemExit(f"unknown kind {kind!r} in {template[:60]!r}")
            label = {"kind": kind, "start": length, "values": [], "literal": False}
            continue
        if token == "⟧":
            if label is None:
                raise SystemExit(f"stray ⟧ in {template[:60]!r}")
            if label["kind"] is None:
                raise SystemExit(f"a label without a kind in {template[:60]!r}")
            spans.append((str(label["kind"]), int(label["start"]), length))  # type: ignore[call-overload]
            values = label["values"]
            if len(values) == 1 and not label["literal"]:  # type: ignore[arg-type]
                expected[len(spans) - 1] = values[0]  # type: ignore[index]
            label = None
            continue
        gen, case, key = found.group(2), found.group(3), found.group(4)
        if gen in PERSON_KIND or gen in ATTRIBUTES:
            if gen in PERSON_KIND and label is None:
                raise SystemExit(
                    f"personal value {{{gen}:{key}}} outside a label in {template[:60]!r}"
                )
            person = fill.person(key)
            cache_key = ("person:" + gen, key)
            if cache_key not in fill.cache:
                fill.cache[cache_key] = person.value(gen, rng)
            value = fill.cache[cache_key]
        else:
            value = fill.value(gen, key)
        if case == "^":
            value = value.upper()
        elif case == "_":
            value = value.lower()
        if label is not None:
            if label["kind"] is None:
                if gen not in PERSON_KIND:
                    raise SystemExit(f"a label without a kind around {{{gen}:{key}}}")
                label["kind"] = PERSON_KIND[gen]
            label["values"].append(value)  # type: ignore[union-attr]
        out.append(value)
        length += len(value)
    out.append(text[at:])
    result = "".join(out)
    if label is not None:
        raise SystemExit(f"unclosed label in {template[:60]!r}")
    if mode == "@CAPS":
        result = result.upper()
        expected = {i: v.upper() for i, v in expected.items()}
    elif mode == "@lower":
        result = result.lower()
        expected = {i: v.lower() for i, v in expected.items()}
    if len(result) != length + len(text) - at:
        raise SystemExit("a change of case changed the length")
    return result, spans, expected


# ---------------------------------------------------------------------------------------------
# The checker.

SEPARATORS = " .,-_/\u2022\u00b7\u00a0\n"
RUN = re.compile(r"\d(?:[" + re.escape(SEPARATORS) + r"]{0,3}\d)*")
EDGE_OK = {"phone": "+("}
DODGES = ("@", " at ", "(at)", "[at]", "(keong)", "(et)", "[@]")


def read_digits(number: str) -> str | None:
    """The digits of a labelled number, letters read for digits; None if it holds other letters."""
    out = []
    for char in number:
        if char.isdigit():
            out.append(char)
        elif char in LETTER_DIGITS:
            out.append(LETTER_DIGITS[char])
        elif char.isalpha():
            return None
    return "".join(out)


def normalised(text: str) -> str:
    """The text with letters read for digits where a digit stands beside them."""
    chars = list(text)
    for _ in range(3):
        for i, char in enumerate(chars):
            if char in LETTER_DIGITS:
                before = chars[i - 1] if i else ""
                after = chars[i + 1] if i + 1 < len(chars) else ""
                if before.isdigit() or after.isdigit():
                    chars[i] = LETTER_DIGITS[char]
    return "".join(chars)


def inside(spans: list[Span], start: int, end: int) -> bool:
    return any(s <= start and end <= e for _, s, e in spans)


def check(text: str, spans: list[Span], expected: dict[int, str]) -> list[str]:
    """What is wrong with a filled text (an empty list when nothing is)."""
    markers = ("⟦", "⟧", "{", "}", "¦", "===", "@CAPS", "@lower", "\\t", "\\n", "\\s")
    problems = [f"marker {marker!r} left" for marker in markers if marker in text]
    if "\r" in text:
        problems.append("a carriage return")
    ordered = sorted(spans, key=lambda s: (s[1], s[2]))
    problems.extend(
        "overlap" for (_, _, end), (_, start, _) in itertools.pairwise(ordered) if start < end
    )
    for index, (kind, start, end) in enumerate(spans):
        if kind not in KINDS:
            problems.append(f"kind {kind!r}")
            continue
        if not 0 <= start < end <= len(text):
            problems.append("span outside")
            continue
        value = text[start:end]
        if index in expected and expected[index] != value:
            problems.append(f"{kind} {value!r} is not its value")
        first_ok = value[0].isalnum() or value[0] in EDGE_OK.get(kind, "")
        if not first_ok or not value[-1].isalnum():
            problems.append(f"{kind} {value!r} has an edge")
        problems.extend(check_kind(kind, value))
    problems.extend(check_repeats(text, spans))
    return problems


def check_kind(kind: str, value: str) -> list[str]:  # noqa: PLR0911, PLR0912
    if kind == "name":
        first = re.split(r"[\s,]", value, maxsplit=1)[0].lower()
        if first in OPENERS or first.rstrip(".") in OPENERS:
            return [f"name {value!r} opens with {first!r}"]
        if any(sign in value for sign in "@():;/|\"'<>[]"):
            return [f"name {value!r} holds a sign"]
        for match in re.finditer(r"\d", value):
            i = match.start()
            around = value[max(0, i - 1) : i + 2]
            if value != value.upper() or not any(c.isalpha() for c in around):
                return [f"name {value!r} holds a digit"]
        return []
    if kind in NUMERIC:
        number = read_digits(value)
        if number is None:
            return [f"{kind} {value!r} holds letters"]
        low, high = NUMERIC[kind]
        if not low <= len(number) <= high:
            return [f"{kind} {value!r} has {len(number)} digits"]
        if kind == "npwp" and len(number) not in {15, 16, 22}:
            return [f"npwp {value!r} has {len(number)} digits"]
        if kind == "bpjs" and not number.startswith("000"):
            return [f"bpjs {value!r} does not open 000"]
        if kind in {"nik", "kk"} and not number.startswith("53"):
            return [f"{kind} {value!r} is not of NTT"]
        if kind == "phone" and not number.startswith(("08", "628", "0380")):
            return [f"phone {value!r} is no mobile or Kupang line"]
        return []
    if kind == "plate":
        if not re.fullmatch(r"(?i)(DH|EB|ED) ?\d{1,4} ?[A-Z]{1,3}", value):
            return [f"plate {value!r}"]
        return []
    if kind == "address":
        low = value.lower()
        if not (low.startswith(ADDRESS_OPENERS) or re.match(r"\d{3}/\d{3}", value)):
            return [f"address {value!r} opens wrong"]
        return []
    if kind == "email":
        low = value.lower()
        if not any(d in low for d in DODGES):
            return [f"email {value!r} without @"]
        return []
    return []


def check_repeats(text: str, spans: list[Span]) -> list[str]:  # noqa: PLR0912
    """Every other occurrence of a labelled value lies inside a span too."""
    problems = []
    plain = normalised(text)
    runs = []
    for run in RUN.finditer(plain):
        places = [run.start() + i for i, c in enumerate(run.group(0)) if c.isdigit()]
        runs.append(("".join(plain[p] for p in places), places))
    for kind, start, end in spans:
        value = text[start:end]
        if kind in NUMERIC:
            tail = (read_digits(value) or "")[-9:]
            if not tail:
                continue
            for found, places in runs:
                at = found.find(tail)
                while at >= 0:
                    if not inside(spans, places[at], places[at + len(tail) - 1] + 1):
                        problems.append(f"{kind} {value!r} repeated outside a span")
                    at = found.find(tail, at + 1)
        elif kind == "plate":
            parts = re.findall(r"[A-Za-z]+|\d+", value)
            pattern = r"(?i)(?<![A-Za-z0-9])" + r"\s*".join(parts) + r"(?![A-Za-z0-9])"
            problems.extend(
                f"plate {value!r} repeated outside a span"
                for found in re.finditer(pattern, text)
                if not inside(spans, found.start(), found.end())
            )
        elif kind == "name":
            for word in re.findall(r"[A-Za-z]{3,}", value):
                pattern = r"(?i)(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])"
                problems.extend(
                    f"name word {word!r} outside a span"
                    for found in re.finditer(pattern, text)
                    if not inside(spans, found.start(), found.end())
                )
        elif kind in {"email", "address"}:
            at = text.find(value)
            while at >= 0:
                if not inside(spans, at, at + len(value)):
                    problems.append(f"{kind} {value!r} repeated outside a span")
                at = text.find(value, at + 1)
    return problems


def self_test() -> None:
    """The checker accepts a good text and refuses each mistake it is there for."""

    def spans_of(text: str, *labelled: tuple[str, str]) -> list[Span]:
        out = []
        for kind, value in labelled:
            start = text.index(value)
            out.append((kind, start, start + len(value)))
        return out

    good = "Sy Welmina Taneo, NPWP 07.412.339.5-920.000, rek BRI 0412-01-118230-50-3 a.n. Welmina Taneo."
    spans = spans_of(
        good,
        ("name", "Welmina Taneo"),
        ("npwp", "07.412.339.5-920.000"),
        ("bank_account", "0412-01-118230-50-3"),
    )
    spans.append(
        ("name", good.rindex("Welmina Taneo"), good.rindex("Welmina Taneo") + len("Welmina Taneo"))
    )
    assert not check(good, spans, {}), check(good, spans, {})
    bad = [
        ("Sy Welmina Taneo. Keluarga Taneo marah.", [("name", "Welmina Taneo")], {}),
        ("Ibu Welmina Taneo datang.", [("name", "Ibu Welmina Taneo")], {}),
        ("Bendahara Welmina Taneo datang.", [("name", "Bendahara Welmina Taneo")], {}),
        ("HP 081339120475, sekali lagi 081339120475 ya", [("phone", "081339120475")], {}),
        ("HP 081339120475 atau +62 813-3912-0475 ya", [("phone", "081339120475")], {}),
        ("HP 0813-3912-0475 atau 0B13 3912 O475 ya", [("phone", "0813-3912-0475")], {}),
        ("Salam, Welmina Taneo.", [("name", "Welmina Taneo.")], {}),
        ("NIK 53710445078500 ya", [("nik", "53710445078500")], {}),
        ("NIK 1171044507850012 ya", [("nik", "1171044507850012")], {}),
        ("NPWP 07.412.339.5-920.00 ya", [("npwp", "07.412.339.5-920.00")], {}),
        ("nopol DH 4412 KA ya", [("plate", "nopol DH 4412 KA")], {}),
        ("di Jl. Cemara No. 4 ya", [("address", "Cemara No. 4")], {}),
        ("surel welmina.taneo gmail.com ya", [("email", "welmina.taneo gmail.com")], {}),
        ("BPJS 1234567890123 ya", [("bpjs", "1234567890123")], {}),
        ("NIP 197804122005011003 ya", [("nip", "197804122005011003")], {}),
        ("HP 1234567890 ya", [("phone", "1234567890")], {}),
        ("Sy {nama:w1} ya", [], {}),
        ("Sy ⟦Welmina⟧ ya", [], {}),
        ("Sy Welmina Taneo ya", [("name", "Welmina Taneo"), ("name", "Taneo ya")], {}),
        ("Sy Welmina Taneo ya", [("name", "Welmina Taneo")], {0: "Welmina Tanesib"}),
        ("rumah di Jl. Cemara No. 4, ya Jl. Cemara No. 4", [("address", "Jl. Cemara No. 4")], {}),
        (
            "NPWP 07.412.339.5-920.000 dan lagi 074123395920000",
            [("npwp", "07.412.339.5-920.000")],
            {},
        ),
    ]
    for text, labelled, expected in bad:
        assert check(text, spans_of(text, *labelled), expected), text
    text, spans, expected = render(
        "Sy ⟦{nama:w1}⟧, HP ⟦{hp:w1}⟧, ⟦address:{rmh:w1}, {rt:w1}⟧, NPWP ⟦{npwp:w1}⟧, rek BNI ⟦{bni:w1}⟧",
        random.Random(7),
    )
    assert not check(text, spans, expected), (text, check(text, spans, expected))
    assert [kind for kind, _, _ in spans] == ["name", "phone", "address", "npwp", "bank_account"]
    rng = random.Random(11)
    for _ in range(400):  # every writing of every person's number passes its own kind's check
        fill = Fill(rng)
        person = fill.person(
            rng.choice(("w1", "m1", "wo1", "mx1", "wy1", "mc1", "ws1", "mb1", "wh1"))
        )
        for gen, kind in PERSON_KIND.items():
            value = person.value(gen, rng)
            assert not check_kind(kind, value), (gen, value, check_kind(kind, value))


# ---------------------------------------------------------------------------------------------
# Writing the corpus.


def main() -> None:
    self_test()
    out_path = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    table: dict[str, Counter[str]] = {}
    themes: Counter[str] = Counter()
    for style, source in STYLES.items():
        counts = table.setdefault(style, Counter())
        for theme, template in templates_of(source):
            if theme not in THEMES:
                raise SystemExit(f"unknown theme {theme!r}")
            counts["templates"] += 1
            clean = "⟦" not in template
            counts["clean templates"] += clean
            for _ in range(FILLS):
                problems: list[str] = []
                for _ in range(MAX_DRAWS):
                    text, spans, expected = render(template, rng)
                    problems = check(text, spans, expected)
                    if text in seen:
                        problems.append("a text already written")
                    if not problems:
                        break
                else:
                    raise SystemExit(f"cannot fill {template[:70]!r}: {problems[:3]}")
                seen.add(text)
                counts["texts"] += 1
                counts["clean texts"] += not spans
                themes[theme] += 1
                for kind, _, _ in spans:
                    counts[kind] += 1
                    counts["spans"] += 1
                records.append(
                    {
                        "text": text,
                        "spans": [
                            {"kind": k, "start": s, "end": e}
                            for k, s, e in sorted(spans, key=lambda x: x[1])
                        ],
                        "style": style,
                        "theme": theme,
                    }
                )
    rng.shuffle(records)
    lines = [
        json.dumps({"id": f"{PREFIX}-{number:04d}", **record}, ensure_ascii=False)
        for number, record in enumerate(records, start=1)
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    out_path.write_bytes(data)
    report(out_path, table, themes, hashlib.sha256(data).hexdigest())


def report(path: Path, table: dict[str, Counter[str]], themes: Counter[str], sha: str) -> None:
    total: Counter[str] = Counter()
    for counts in table.values():
        total.update(counts)
    out = sys.stdout
    out.write(f"{path.name}\nSHA-256 {sha}\n")
    out.write(
        f"texts {total['texts']}, without spans {total['clean texts']}, spans {total['spans']}, templates {total['templates']} ({total['clean templates']} without personal data)\n"
    )
    kinds = sorted(KINDS, key=lambda k: (-total[k], k))
    out.write("".join(f"{k} {total[k]}\n" for k in kinds))
    head = ["style", "tpl", "clean", "texts", "clean", "spans", *kinds]
    out.write("\t".join(head) + "\n")
    for style, c in table.items():
        row = [
            style,
            c["templates"],
            c["clean templates"],
            c["texts"],
            c["clean texts"],
            c["spans"],
            *(c[k] for k in kinds),
        ]
        out.write("\t".join(str(x) for x in row) + "\n")
    out.write(
        "".join(f"theme {t} {themes[t]}\n" for t in sorted(THEMES, key=lambda t: (-themes[t], t)))
    )


THEMES = (
    "pbb",
    "bphtb",
    "npwp",
    "licence",
    "procurement",
    "social_aid",
    "cooperative",
    "market",
    "online_shop",
    "scam",
    "bank",
    "vehicle_tax",
    "wages",
    "levy",
)


# ---------------------------------------------------------------------------------------------
# The templates, one block per style.

SMS_1708 = r"""
=== pbb
@CAPS
KOTKUPANG SY ⟦{nama:m1}⟧ WARGA ⟦{rt:m1}⟧ KEL {kel:1}. SPPT PBB NOP {nop:1} MASIH ATAS NAMA PEMILIK LAMA PADAHAL TANAH SDH SY BELI THN {thn:y1}, AKTA JUAL BELI ADA. SDH 2X KE BAPENDA {?DISURUH TUNGGU|KATANYA SISTEM ERROR}. MOHON BANTU BALIK NAMA SPPT. HP ⟦{hp:m1}⟧

=== bphtb
@lower
kotkupang sy ⟦{nama:w1}⟧, sdh bayar bphtb {rp:b1} lwt bank ntt tgl {tgl:b1} utk rumah yg sy beli di ⟦address:{rmh:w1}⟧ kel {kel:1}, tp validasi di bapenda blm keluar2 smp skrg, notaris {?bilang tunggu bapenda|blm bs daftar balik nama di bpn}. kode billing {billing:1}. mhn dibantu. nik ⟦{nik:w1}⟧

=== scam
@CAPS
KOTKUPANG TADI SY DPT SMS DR {hpk:1} KATANYA DARI KPP PRATAMA KUPANG, NPWP SY ADA TUNGGAKAN {rpa:j1} HRS DITRANSFER KE REK BRI ⟦{bri:m2}⟧ A.N. ⟦{nama:m2}⟧ HARI INI JUGA{? KALO TDK REKENING DIBLOKIR|}. APA BENAR? SY ⟦{nama:m1}⟧ ⟦{rtl:m1}⟧ KEL {kel:1}

=== social_aid
@lower
kotkupang sy ⟦{nama:won1}⟧ lansia, bansos pkh tahap {?1|2|3} blm masuk di rek kks bni ⟦{bni:won1}⟧. no kartu kks {kks:1}. di kelurahan {?blg data sy hilang dr dtks|suru tanya ke dinsos}. nik ⟦{nik:won1}⟧, kk ⟦{kk:won1}⟧. hp anak ⟦{hp:mn1}⟧ (⟦{pgl:mn1}⟧)

=== market
@CAPS
KOTKUPANG KAMI PEDAGANG IKAN {psr:1} DITAGIH RETRIBUSI HARIAN {?RP2.000|RP3.000|RP5.000} TAPI KARCIS TDK DIKASIH, PETUGAS BLG KARCIS HABIS. SEMINGGU BISA 2X DITAGIH {?DLM 1 HARI|PAGI DAN SORE}. MOHON DISPERINDAG CEK. DARI ⟦{nama:w1}⟧ LAPAK NO {n:b1}, HP ⟦{hp:w1}⟧

=== licence
@lower
kotkupang mau tanya sy ⟦{nama:m1}⟧ usaha depot air isi ulang di rumah ⟦address:{rmh:m1}, {rt:m1}⟧. daftar lewat oss sdh dpt nib {nib:1} tp sertifikat laik higiene sanitasi dr dinkes blm keluar {n:a1} bln. pdhl sdh bayar uji lab {rp:h1}. npwp usaha perorangan sy ⟦{npwp:m1}⟧. trims

=== vehicle_tax
@CAPS
KOTKUPANG MOTOR SY ⟦{plat:m1}⟧ SDH DIJUAL THN {thn:y1} TAPI PAJAK PROGRESIF MASIH KENA KE SY KRN BLM LAPOR BLOKIR. SKRG MAU BAYAR PAJAK MOTOR BARU DIHITUNG KEPEMILIKAN KE-2. CARA BLOKIR DI SAMSAT APA HRS BAWA PEMBELI? SY ⟦{nama:m1}⟧ NIK ⟦{nik:m1}⟧

=== cooperative
@lower
kotkupang sy ⟦{nama:w1}⟧ anggota {kop:1} sdh keluar sejak {tgll:b2}, simpanan wajib & pokok {rp:j1} blm dikembalikan, pengurus blg tunggu rat. pinjaman sy sdh lunas. mohon dinas koperasi tegur. wa ⟦{hp:w1}⟧ - ⟦{pgl:w1}⟧

=== online_shop
@lower
kotkupang sy beli hp bekas di ig @{?hp.second.oebobo|gadget.murah.kpg|second.hp.kupang} tgl {tgl:b1}, transfer {rp:j1} ke rek bca ⟦{bca:m2}⟧ a.n ⟦{nama:m2}⟧. barang tdk dikirim, nomor wa penjual ⟦{hp:m2}⟧ sdh blokir sy. sdh lapor polresta tp disuruh lapor ke sini jg. ⟦{nama:w1}⟧ ⟦{hp:w1}⟧

=== wages
@CAPS
KOTKUPANG SY KERJA DI {toko:1} SDH 2 THN GAJI DIBAWAH UMP, BPJS KESEHATAN JG TDK DIDAFTAR PADAHAL {?POTONG GAJI TIAP BULAN|KATANYA SDH DIURUS}. NO KARTU SY MALAH MASIH PBI ⟦{bpjs:w1}⟧. MOHON DISNAKER CEK. ⟦{nama:w1}⟧

=== levy
@lower
kotkupang tiap malam ada org tagih uang parkir {?rp2.000|rp5.000} di depan minimarket {jln:1}, tdk ada karcis, tdk pakai rompi dishub. sy tanya nama dia blg ⟦{pgl:m2}⟧ anak buah pak ⟦{nama:m3}⟧. mobil sy ⟦{plat:m1}⟧ prnh digores krn tdk mau bayar. sy ⟦{nama:m1}⟧

=== bank
@CAPS
KOTKUPANG SY TARIK TUNAI DI ATM BRI {jln:1} TGL {tgl:b1}, UANG TDK KELUAR TP SALDO TERPOTONG {rpa:j1}. SDH LAPOR CS, NO KOMPLAIN {trx:1}, JANJI 14 HARI KERJA SDH LEWAT. REK SY ⟦{bri:m1}⟧. ⟦{nama:m1}⟧ ⟦{hp:m1}⟧

=== procurement
@lower
kotkupang sy ⟦{nama:m1}⟧ direktur {cv:1}, pekerjaan rehab saluran di kel {kel:1} sdh selesai 100% & pho tgl {tgl:b2} tp termin akhir {rp:b1} blm cair, katanya spm macet di bpkad. npwp perusahaan {npwpb:1}. hp sy ⟦{hp:m1}⟧

=== social_aid
@CAPS
KOTKUPANG ANAK SY ⟦{nama:mcn1}⟧ YATIM, DAPAT BANTUAN YAPI {rpa:h1} LEWAT REKENING TP WAKTU CAIR DIPOTONG {?RP100.000|RP150.000} OLEH ORANG YG BANTU URUS, KATANYA UANG JASA. NIK ANAK ⟦{nik:mcn1}⟧. SY MAMANYA ⟦{nama:wn1}⟧ ⟦{rt:wn1}⟧ KEL {kel:1}
=== pbb
@lower
kotkupang sppt pbb sy thn ini ada 2 lembar utk 1 bidang tanah yg sama, nop {nop:1} dan {nop:2}, dua2nya atas nama sy ⟦{nama:mo1}⟧. mana yg hrs dibayar? rumah di ⟦address:{blok:mo1}⟧ kel {kel:1}. hp ⟦{hp:mo1}⟧

=== scam
@CAPS
KOTKUPANG ADA YG MENGAKU SDR ⟦{nama:m2}⟧ DARI BAPENDA LEWAT WA ⟦{hp:m2}⟧, MINTA {rpa:h1} UTK PERCEPAT BALIK NAMA SPPT, TRANSFER KE REK BNI ⟦{bni:m2}⟧. SY SDH KIRIM, SKRG NOMORNYA TDK AKTIF. APA DIA PEGAWAI BAPENDA? ⟦{nama:w1}⟧ {kel:1}

=== wages
@lower
kotkupang honor sy sbg tenaga kebersihan kontrak {?dlh|dinas lingkungan hidup} {n:a1} bln blm dibayar, katanya no rek bank ntt sy salah 1 angka. sdh kasi yg benar ⟦{ntt:w1}⟧ tp blm ditransfer jg. ⟦{nama:w1}⟧ nik ⟦{nik:w1}⟧

=== npwp
@CAPS
KOTKUPANG SY DRIVER OJOL, APLIKASI MINTA NPWP UTK PENCAIRAN INSENTIF {?BULANAN|AKHIR TAHUN}. DI KPP BLG NPWP SKRG PAKAI NIK SY ⟦{npwpn:w1}⟧ SAJA. BETUL? KALO SALAH INSENTIF DIPOTONG {?20%|LEBIH BESAR}. SY ⟦{nama:w1}⟧ HP ⟦{hp:w1}⟧
=== levy
@CAPS
KOTKUPANG RETRIBUSI SAMPAH DI TAGIHAN PDAM NAIK JADI {?RP15.000|RP20.000|RP25.000} PER BULAN, APA SDH ADA PERDA BARU? WARGA RT {nrt:1} KEL {kel:1} BANYAK YG TANYA. ID PELANGGAN {samb:1}

=== pbb
@lower
kotkupang kapan batas bayar pbb thn {thn:d1}? di sppt tulis jatuh tempo {tgl:f1} tp di aplikasi {?e-pbb|pbb online} tulis lain. nop {nop:1}, kode bayar {billing:1}. mohon info

=== scam
@CAPS
KOTKUPANG HATI2 ADA SMS DR {hpk:1} BILANG NPWP KITA DIBLOKIR, SURUH KLIK LINK DJP-ONLINE-VERIFIKASI. SDH BBRP WARGA DI {kel:1} KENA, ADA YG HILANG {rpa:j1}. MOHON PEMKOT UMUMKAN

=== market
@lower
kotkupang lpg 3 kg di pangkalan {kel:1} dijual {?rp25.000|rp27.000|rp30.000} per tabung padahal het {?rp18.000|rp19.000}. pangkalan minta foto ktp tp tdk kasi struk. stok cepat habis, yg beli banyak2 org luar. mohon disperindag cek
=== licence
@CAPS
KOTKUPANG SY MAU URUS PBG UTK RUMAH TINGGAL, DI DPMPTSP BLG RETRIBUSI DIHITUNG DR LUAS {n:c1} M2. BERAPA TARIF PER M2? LOKET BUKA JAM BRP? NO ANTRIAN SY {antri:1} DR JAM {jam:p1} BLM DIPANGGIL

=== social_aid
@lower
kotkupang jadwal pencairan bpnt bulan {blnn:d1} di kantor pos {kel:1} kapan? info di grup RT {nrt:1} katanya tgl {tgls:d3} tp blm ada pengumuman resmi. kpm {n:b1} org tunggu

=== bank
@CAPS
KOTKUPANG MESIN EDC DI LOKET SAMSAT {?OEBA|OEBOBO} RUSAK TRS, WAJIB PAJAK DISURUH TRANSFER KE REKENING KAS DAERAH BANK NTT {rntt:1} TP TDK DIKASIH BUKTI BAYAR. {?APA RESMI?|MOHON DICEK.} ANTRIAN {antri:1}

=== procurement
@lower
kotkupang tender rehab {psr:1} pagu {rp:m1} kok pemenangnya perusahaan yg sama dgn thn lalu? kode tender {n:d1}{n:c1} di lpse. surat penetapan no {surat:pbj}. mohon inspektorat cek

=== online_shop
@CAPS
KOTKUPANG PAKET COD SY DITAHAN KURIR KRN ONGKIR NAIK {?RP25.000|RP35.000|RP40.000}, NO RESI {resi:1}. KANTOR EKSPEDISI DI {jln:1} TDK MAU JELASKAN, CS {hpk:1} TDK ANGKAT

=== wages
@lower
kotkupang ump ntt thn {thn:d1} brp? majikan sy di toko bangunan cuma bayar {?rp 1.200.000|rp 1.350.000|rp 1.500.000} sebulan, kerja dr jam 7 smp jam 6 sore, minggu jg masuk. lapor kemana?
"""

WHATSAPP = r"""
=== cooperative
[{tglc:d1} {jam:m1}] ⟦{nama:w1}⟧: Selamat malam pengurus, sy mau tanya potongan angsuran di slip gaji bulan ini masih {rp:h1} pdhl pinjaman sy sdh lunas bulan lalu 🙏
[{tglc:d1} {jam:m2}] Bendahara ⟦{nama:m1}⟧: Malam ibu ⟦{pgl:w1}⟧, nanti sy cek di buku besar. Kalo benar kelebihan, kami kembalikan lewat transfer
[{tglc:d1} {jam:m3}] ⟦{nama:w1}⟧: Baik pak. Rek sy {?BRI ⟦{bri:w1}⟧|Bank NTT ⟦{ntt:w1}⟧} a.n. ⟦{nama:w1}⟧
[{tglc:d1} {jam:m4}] Bendahara ⟦{nama:m1}⟧: Sip. Bukti lunas dari {kop:1} tolong foto kirim ke sini ya ibu
[{tglc:d1} {jam:m5}] ⟦{nama:w1}⟧: 📷 IMG-{tglf:d1}-WA00{n:b1}.jpg

=== online_shop
{tglc:d1} {jam:s1} - ⟦{nama:w1}⟧: Kak, kain tenun motif sabu yg di status masih ada?
{tglc:d1} {jam:s2} - ⟦{nama:w2}⟧: Masih kak, {?Rp 850.000|Rp 1.200.000|Rp 950.000} sdh termasuk ongkir dalam kota
{tglc:d1} {jam:s3} - ⟦{nama:w1}⟧: Ok sy ambil. Transfer kemana kak?
{tglc:d1} {jam:s4} - ⟦{nama:w2}⟧: BNI ⟦{bni:w2}⟧ a.n ⟦{nama:w2}⟧ atau DANA ⟦{hp:w2}⟧ kak
{tglc:d1} {jam:s5} - ⟦{nama:w1}⟧: Sdh transfer ya kak, ref {ref:1}. Kirim ke ⟦address:{rmh:w1}⟧ kel. {kel:1}, patokan depan kios pulsa. HP sy ⟦{hp:w1}⟧
{tglc:d1} {jam:s6} - ⟦{nama:w2}⟧: Siap kak, besok pagi sy antar sendiri 🙏

=== social_aid
[{tglc:d1} {jam:p1}] ⟦name:{dpn:mn1} {marga:mn1}⟧: Adik2, Taspen minta data mama utk urus pensiun janda, bapa pung pensiun su stop sejak {blnn:b2}. Sapa yg pegang KK?
[{tglc:d1} {jam:p2}] ⟦name:{dpn:wn1} {marga:mn1}⟧: Sy kaka. No KK ⟦{kk:won1}⟧
[{tglc:d1} {jam:p3}] ⟦name:{dpn:wn1} {marga:mn1}⟧: NIK mama ⟦{nik:won1}⟧, rekening Bank NTT mama ⟦{ntt:won1}⟧
[{tglc:d1} {jam:p4}] ⟦name:{dpn:mn1} {marga:mn1}⟧: Makasih. Di SK pensiun mama pung nama tertulis ⟦{salah:won1}⟧, yg benar ⟦{nama:won1}⟧. Harus minta surat keterangan beda nama di kelurahan
[{tglc:d1} {jam:p5}] ⟦name:{dpn:myn1} {marga:mn1}⟧: Kaka, petugas Taspen bilang uang {?rapel|pensiun} bisa masuk bulan depan kalo berkas lengkap 🙏
=== licence
[{tglc:d1} {jam:p1}] ⟦{nama:m1}⟧: Pagi om, ini sy yg usaha kripik pisang. Mau urus izin PIRT deng sertifikat halal, om bisa bantu?
[{tglc:d1} {jam:p2}] ⟦{nama:m2}⟧: Bisa bapa. Biaya pengurusan {rp:h1} semua beres, bapa tinggal tunggu. Kirim foto KTP deng NPWP
[{tglc:d1} {jam:p3}] ⟦{nama:m1}⟧: NIK ⟦{nik:m1}⟧, NPWP ⟦{npwp:m1}⟧. Transfer kemana om?
[{tglc:d1} {jam:p4}] ⟦{nama:m2}⟧: Ke sy pung BRI ⟦{bri:m2}⟧ a.n. ⟦{nama:m2}⟧. Kalo ada apa2 telp sa di ⟦{hp:m2}⟧
[{tglc:f1} {jam:s1}] ⟦{nama:m1}⟧: Om, su lewat seminggu lebih kok blm ada kabar? Di dinkes bilang sertifikat halal reguler gratis lewat program SEHATI, kenapa bayar?
[{tglc:f1} {jam:s2}] ⟦{nama:m1}⟧: Om ⟦{pgl:m2}⟧??

=== procurement
[{tglc:d1} {jam:p1}] ⟦{nama:m1}⟧: Selamat pagi ibu PPK, sy dari {cv:1}. Mau tanya pembayaran pengadaan kursi kantor kelurahan, kontrak {spk:kel}, sdh 2 bulan blm masuk rekening perusahaan
[{tglc:d1} {jam:p2}] PPK ⟦{nama:w1}⟧: Pagi pak. Berkas tagihan kurang faktur pajak. Kirim ulang faktur no {faktur:1} yg sdh approve
[{tglc:d1} {jam:p3}] ⟦{nama:m1}⟧: Siap ibu. Sekalian sy kasih NPWP perusahaan {npwpb:1}, bukan NPWP pribadi sy
[{tglc:d1} {jam:p4}] PPK ⟦{nama:w1}⟧: Ok. Nanti bendahara pengeluaran yg proses SP2D, nilai bersih setelah PPN deng PPh {rp:b1}

=== pbb
[{tglc:d1} {jam:m1}] Ketua RT ⟦{nama:m1}⟧: Selamat malam bapa mama warga RT {nrt:1}, SPPT PBB thn {thn:d1} sdh sy terima dr kelurahan. Bisa ambil di rumah sy ⟦address:{rmh:m1}⟧ jam 5 sore ke atas. Info ⟦{hp:m1}⟧
[{tglc:d1} {jam:m2}] ⟦{nama:wn1}⟧: Malam pak RT, sy pung SPPT nama tertulis ⟦{salah:wn1}⟧, yg benar ⟦{nama:wn1}⟧. Bisa diperbaiki di mana?
[{tglc:d1} {jam:m3}] Ketua RT ⟦{nama:m1}⟧: Bisa ibu, urus pembetulan di loket Bapenda bawa KTP deng SPPT. NOP ibu {nop:1}
[{tglc:d1} {jam:m4}] ~ ⟦{nama:m3}⟧: Pak RT sy pung blm ada, NOP {nop:2}
[{tglc:d1} {jam:m5}] Ketua RT ⟦{nama:m1}⟧: Ada pak ⟦{pgl:m3}⟧, di map biru 👍

=== bank
[{tglc:d1} {jam:s1}] Mama: Nak, mama sdh transfer uang kos {?Rp 1.500.000|Rp 1.750.000|Rp 1.250.000} ke BRI ⟦{bri:wy1}⟧ a.n ⟦{nama:wy1}⟧. Cek dolo
[{tglc:d1} {jam:s2}] ⟦{nama:wy1}⟧: Blm masuk ma 😢 Ibu kos su tagih
[{tglc:d1} {jam:s3}] Mama: Di struk tulis berhasil, no ref {ref:1}. Tadi mama transfer di agen BRILink dekat {psr:1}
[{tglc:d1} {jam:s4}] ⟦{nama:wy1}⟧: Nanti sy tanya ke bank ma. Alamat kos sy ⟦address:{rmh:wy1}⟧, Malang, kalo mama mau kirim paket
[{tglc:d1} {jam:s5}] Mama: Iya. Agen pung nomor {hpk:1}, kalo perlu

=== wages
[{tglc:d1} {jam:p1}] Bendahara BOS: Selamat pagi bapak ibu guru honor, mohon kirim NPWP masing2 hari ini utk potongan PPh honor bulan {blnn:d1}
[{tglc:d1} {jam:p2}] ⟦{nama:w1}⟧: Pagi ibu. Ini punya sy ⟦{npwpn:w1}⟧
[{tglc:d1} {jam:p3}] ⟦{nama:m1}⟧: NPWP sy ⟦{npwp:m1}⟧ 🙏
[{tglc:d1} {jam:p4}] ⟦{nama:w2}⟧: Ibu sy blm punya NPWP, pake NIK sj boleh? ⟦{nik:w2}⟧
[{tglc:d1} {jam:p5}] Bendahara BOS: Boleh ibu ⟦{pgl:w2}⟧. Yg blm kirim sampai jam 12 ya, honor cair lewat rekening Bank NTT masing2
[{tglc:d1} {jam:p6}] ⟦{nama:m2}⟧: Ibu bendahara, NPWP sekolah yg di kuitansi {npwpb:1} itu sama dgn yg lama?

=== vehicle_tax
[{tglc:d1} {jam:m1}] Bapa: Nyong, tolong bayar pajak motor lewat aplikasi. Plat ⟦{plat:mn1}⟧, STNK atas nama bapa ⟦{nama:mn1}⟧
[{tglc:d1} {jam:m2}] ⟦name:{dpn:myn2} {marga:mn1}⟧: Bapa pung NIK brapa? Aplikasi minta NIK pemilik
[{tglc:d1} {jam:m3}] Bapa: ⟦{nik:mn1}⟧
[{tglc:d1} {jam:m4}] ⟦name:{dpn:myn2} {marga:mn1}⟧: Su dapat kode bayar {billing:1}, totalnya {?Rp 287.500|Rp 312.000|Rp 245.300} termasuk SWDKLLJ. Sy bayar pake m-banking ee
[{tglc:d1} {jam:m5}] Bapa: Ok. Jang lupa simpan bukti, nanti pengesahan di Samsat

=== market
[{tglc:d1} {jam:p1}] ⟦{nama:w1}⟧: Mama2 pedagang los ikan, sewa kios tahun ini naik jadi {?Rp 1.800.000|Rp 2.400.000} per tahun. Bayar ke rekening UPTD Pasar, jang kasi tunai ke orang
[{tglc:d1} {jam:p2}] ⟦{nama:w2}⟧: Tapi kemarin ada bapa ⟦{nama:m1}⟧ datang tagih tunai, dia kasi nomor rekening sendiri ⟦{bni:m1}⟧ 🤔
[{tglc:d1} {jam:p3}] ⟦{nama:w1}⟧: Itu sonde resmi kaka. Rekening resmi cuma Bank NTT {rntt:1} a.n. UPTD Pasar
[{tglc:d1} {jam:p4}] ⟦{nama:w2}⟧: Sy su bayar {rp:h1} ke dia. Besok sy lapor ke kantor pasar
[{tglc:d1} {jam:p5}] ⟦{nama:w3}⟧: Sy ju kaka, dia bilang dia pegawai dinas. HP dia ⟦{hp:m1}⟧

=== scam
[{tglc:d1} {jam:m1}] ⟦{nama:w1}⟧: Bapa mama, tadi ada yg telpon mengaku kurir J&T, minta data KK utk paket. Nomor {hpk:1}. Jangan kasih
[{tglc:d1} {jam:m2}] ⟦{nama:m1}⟧: Sy jg dapat kemarin, dia kirim file "Surat Tilang.apk". Untung sy tdk buka
[{tglc:d1} {jam:m3}] ⟦{nama:w2}⟧: Mama mertua sy ⟦{nama:wo1}⟧ kena kemarin, saldo BRI habis {rp:j1}. Skrg rekening ⟦{bri:wo1}⟧ sdh diblokir
[{tglc:d1} {jam:m4}] ⟦{nama:m1}⟧: Lapor ke Polresta ibu, bawa buku tabungan

=== social_aid
[{tglc:d1} {jam:s1}] Pendamping PKH ⟦{nama:w1}⟧: Selamat siang KPM kel. {kel:1}, pencairan tahap {?1|2|3|4} sudah masuk. Yg kartu KKS terblokir hubungi sy di ⟦{hp:w1}⟧
[{tglc:d1} {jam:s2}] ⟦{nama:wo2}⟧: Ibu, sy pung kartu KKS terblokir krn salah PIN 3 kali. No KKS {kks:1}, rekening BNI ⟦{bni:wo2}⟧
[{tglc:d1} {jam:s3}] Pendamping PKH ⟦{nama:w1}⟧: Mama ⟦{pgl:wo2}⟧ besok ke BNI {?Kuanino|Oebobo|Oesapa} bawa KTP deng KK asli utk reset PIN. Sy tunggu jam {?08.00|09.00|10.00}
[{tglc:d1} {jam:s4}] ⟦{nama:wo2}⟧: Terima kasih ibu 🙏🙏
=== bphtb
[{tglc:d1} {jam:p1}] ⟦{nama:w1}⟧ (Notaris): Selamat pagi bapak, utk akta jual beli mohon kirim NPWP bapak, KTP pembeli deng penjual, dan SPPT PBB terakhir
[{tglc:d1} {jam:p2}] ⟦{nama:m1}⟧: Pagi ibu. NPWP sy ⟦{npwp:m1}⟧, NIK ⟦{nik:m1}⟧. Penjual ⟦{nama:m2}⟧, NIK ⟦{nik:m2}⟧
[{tglc:d1} {jam:p3}] ⟦{nama:w1}⟧ (Notaris): Terima kasih. BPHTB bapak dihitung {rp:b1}, kode billing nanti dari Bapenda. Honor notaris ke rekening kantor {rmdr:1} a.n. Kantor Notaris
[{tglc:d1} {jam:p4}] ⟦{nama:m1}⟧: Siap ibu, NOP tanahnya {nop:1}

=== online_shop
[{tglc:d1} {jam:m1}] Admin Jual Beli Kupang: Silakan posting jualan, wajib cantumkan harga
[{tglc:d1} {jam:m2}] ⟦{nama:m1}⟧: Dijual pick up L300 thn 2012 plat ⟦{plat:m1}⟧ pajak hidup, bak kayu baru, harga {?Rp 95 jt|Rp 88 jt|Rp 102 jt} nego. Hub ⟦{hp:m1}⟧ lokasi {kel:1}
[{tglc:d1} {jam:m3}] Toko Ponsel Flobamora Cell: Promo HP Samsung cicilan 0% tanpa kartu kredit, WA kami {hpk:1}
[{tglc:d1} {jam:m4}] ⟦{nama:w1}⟧: Sa jual kue cucur deng lapis, terima pesanan arisan. WA ⟦{hp:w1}⟧

=== cooperative
[{tglc:d1} {jam:m1}] Bendahara KUBE ⟦{nama:w1}⟧: Selamat malam mama2 kelompok tenun, iuran modal benang bulan {blnn:d1} {?Rp 50.000|Rp 75.000}. Transfer ke rekening kelompok BRI {rbri:1} (a.n. KUBE Tenun {?Lontar|Sasando|Flobamora}) atau tunai ke sy
[{tglc:d1} {jam:m2}] ⟦{nama:w2}⟧: Kaka, sy transfer ke rek kaka pribadi boleh? Yg kemarin ⟦{bni:w1}⟧
[{tglc:d1} {jam:m3}] Bendahara KUBE ⟦{nama:w1}⟧: Jang kaka, itu rekening sy pribadi. Pakai rekening kelompok sj biar tercatat di buku kas
[{tglc:d1} {jam:m4}] ⟦{nama:w2}⟧: Ok kaka, sdh ya {ref:1}
=== npwp
[{tglc:d1} {jam:m1}] Bapa: Nona, bapa pung akun Coretax sonde bisa masuk. Petugas pajak bilang harus aktivasi pake email
[{tglc:d1} {jam:m2}] ⟦name:{dpn:wyn1} {marga:mn1}⟧: Bapa pung email apa? Yg ⟦{mail:mn1}⟧ ka?
[{tglc:d1} {jam:m3}] Bapa: Iya itu. NIK bapa ⟦{nik:mn1}⟧, NPWP lama ⟦{npwp:mn1}⟧
[{tglc:d1} {jam:m4}] ⟦name:{dpn:wyn1} {marga:mn1}⟧: Nanti kode verifikasi masuk ke email deng SMS bapa ⟦{hp:mn1}⟧, kasi tau sa ee. Jangan kasi ke orang lain

=== cooperative
[{tglc:d1} {jam:s1}] ⟦{nama:m1}⟧: Pengurus, sy ⟦{nama:m1}⟧ anggota no {n:c1}. Sisa Hasil Usaha thn lalu katanya ditransfer, tp sy blm terima
[{tglc:d1} {jam:s2}] Sekretaris Kopdit: Bapak, SHU dikirim ke rekening yg terdaftar. Rekening bapak di data kami Mandiri ⟦{mdr:m1}⟧
[{tglc:d1} {jam:s3}] ⟦{nama:m1}⟧: Itu rekening lama, sdh tutup. Yg baru BSI ⟦{bsi:m1}⟧
[{tglc:d1} {jam:s4}] Sekretaris Kopdit: Baik, isi formulir perubahan data di kantor {kop:1} ya pak

=== scam
[{tglc:d1} {jam:m1}] ~ {hpk:1}: Yth Nasabah BRI, rekening anda terdeteksi transaksi mencurigakan. Segera verifikasi di link bri-care-verif.com atau rekening diblokir dalam 1x24 jam
[{tglc:d1} {jam:m2}] Admin Grup: Hati2 bapa mama, itu penipu. BRI tdk pernah kirim link lewat WA. Call center resmi 14017 atau 1500017
[{tglc:d1} {jam:m3}] Oma: Tadi oma hampir klik 😱
[{tglc:d1} {jam:m4}] Admin Grup: Jangan oma. Kalo su klik, segera telpon bank

=== market
[{tglc:d1} {jam:p1}] Admin Pasar {?Oeba|Oebobo|Penfui}: Info operasi pasar murah {hari:d2}: beras SPHP Rp 12.500/kg maks 2 karung, minyak goreng Rp 15.700/ltr, gula Rp 17.500/kg. Bawa KTP
[{tglc:d1} {jam:p2}] Mama: Yang su beli minggu lalu boleh beli lai ko?
[{tglc:d1} {jam:p3}] Admin Pasar: Boleh mama, kuota per KTP per minggu. Mulai jam 08.00 di depan los {?A|B|C}
[{tglc:d1} {jam:p4}] Koordinator Los Daging: Siap admin, nanti kami kasi tau pedagang lain
=== pbb
{tglc:d1} {jam:p1} - Bapenda Kota Kupang: Yth. Wajib Pajak, pembayaran PBB-P2 thn {thn:d1} diskon {?5|10}% s/d {tgll:f1}. Bayar di Bank NTT, BRI, Kantor Pos, Indomaret, atau QRIS. Cek tagihan: WA {hpk:1}
{tglc:d1} {jam:p2} - Bapenda Kota Kupang: Contoh NOP: {nop:1}. Kode bayar berlaku 24 jam
{tglc:d1} {jam:p3} - Bapenda Kota Kupang: Layanan tatap muka {jln:1} Senin-Jumat 08.00-15.00, telp {telk:1}

=== cooperative
[{tglc:d1} {jam:s1}] Pengurus {kop:1}: Undangan RAT tahun buku {thnl:d1}, hari {hari:f1} {tgll:f1} jam 09.00 di aula {grj:1}
[{tglc:d1} {jam:s2}] Pengurus {kop:1}: Simpanan wajib yg tertunggak bisa disetor ke rek Bank NTT {rntt:1} a.n. {kop:1}. NPWP koperasi {npwpb:1}
[{tglc:d1} {jam:s3}] Pengurus {kop:1}: Anggota hadir dapat bingkisan. Konfirmasi ke sekretariat {telk:1}

=== licence
{tglc:d1} {jam:p1} - DPMPTSP Kota Kupang: Pelaku UMKM yg mengalami kendala NIB berbasis risiko silakan datang ke Mal Pelayanan Publik, lantai 2. Help desk OSS WA {hpk:1}
{tglc:d1} {jam:p2} - DPMPTSP Kota Kupang: Layanan gratis, tidak dipungut biaya. Laporkan pungli ke {hpk:2} atau SMS 1708 (KOTKUPANG spasi isi pengaduan)
{tglc:d1} {jam:p3} - DPMPTSP Kota Kupang: No. surat edaran {surat:dpm}

=== bank
[{tglc:d1} {jam:m1}] Majelis Jemaat: Syalom bapa mama, persembahan syukur bulan {blnn:d1} dan iuran pembangunan {?Rp 50.000|Rp 100.000}/KK bisa transfer ke rekening Majelis Jemaat Bank NTT {rntt:1}. Mohon tulis nomor rayon di berita transfer
[{tglc:d1} {jam:m2}] Bapa: Amin, sudah transfer rayon {n:a1} 👍
[{tglc:d1} {jam:m3}] Majelis Jemaat: Terima kasih. Yang tunai serahkan ke koordinator rayon hari Minggu
[{tglc:d1} {jam:m4}] Mama: Siap majelis
=== scam
[{tglc:d1} {jam:n1}] ~ {hpk:1}: Selamat! NIK anda terpilih menerima Bantuan Sosial Tunai {rp:j1}. Kirim foto KTP & KK ke WA ini, kuota terbatas
[{tglc:d1} {jam:p1}] Kaka: Ini dikirim ke mama pung HP subuh tadi. Tipu to?
[{tglc:d1} {jam:p2}] Adik: Tipu kaka, su ada di berita. Blokir sa nomor itu
[{tglc:d1} {jam:p3}] Kaka: Su blokir. Kalo mau cek bansos resmi di cekbansos.kemensos.go.id

=== procurement
{tglc:d1} {jam:p1} - Info LPSE Kota Kupang: Pengumuman tender ulang Belanja Modal Jalan Lingkungan, pagu {rp:m1}, kode tender {n:d1}{n:c1}
{tglc:d1} {jam:p2} - Info LPSE Kota Kupang: Jadwal pembuktian kualifikasi {tglh:f1} di ruang UKPBJ. Helpdesk LPSE {telk:1}
{tglc:d1} {jam:p3} - Info LPSE Kota Kupang: Penyedia wajib NIB aktif dan NPWP badan valid

=== bank
[{tglc:d1} {jam:p1}] Info Gaji ASN: Gaji bulan {blnn:d1} masuk tgl 1 lewat Bank NTT. Yg rekening pasif silakan ke KCU {jln:1}
[{tglc:d1} {jam:p2}] Info Gaji ASN: Potongan kredit ASN tetap jalan, cek di slip. Pengaduan ke call center Bank NTT {telk:1}
[{tglc:d1} {jam:p3}] Staf Keuangan: Yg TPP blm masuk, tunggu SP2D kedua
[{tglc:d1} {jam:p4}] Anggota: Siap, terima kasih

=== online_shop
[{tglc:d1} {jam:s1}] {toko:1}: Selamat sore kak, pesanan kakak sdh dikirim hari ini, resi {resi:1}
[{tglc:d1} {jam:s2}] {toko:1}: Pembayaran ke rekening usaha BCA {rbca:1} a.n. {toko:1}. Komplain barang WA {hpk:1}
[{tglc:d1} {jam:s3}] Pelanggan: Ok kak
[{tglc:d1} {jam:s4}] {toko:1}: Terima kasih sudah belanja 🙏 Invoice {inv:1}
"""

LAPOR_FORM = r"""
=== bphtb
Judul Laporan: Kelebihan bayar BPHTB belum dikembalikan
Isi Laporan: Saya ⟦{nama:w1}⟧ membeli rumah di ⟦address:{rmh:w1}, {rt:w1}⟧ Kel. {kel:1}. BPHTB sudah saya bayar {rp:b1} pada {tgll:b2}, tetapi setelah verifikasi lapangan Bapenda menetapkan nilai yang lebih rendah. Kelebihan bayar {rp:j1} sudah saya ajukan pengembaliannya sejak {tgll:b1} (bukti setor NTPN {ntpn:1}) dan sampai sekarang belum ditransfer. Mohon dikembalikan ke rekening saya {?Bank NTT ⟦{ntt:w1}⟧|BRI ⟦{bri:w1}⟧} a.n. ⟦{nama:w1}⟧. NIK ⟦{nik:w1}⟧, HP ⟦{hp:w1}⟧.
Kategori: Pajak Daerah
Instansi Tujuan: Badan Pendapatan Daerah Kota Kupang
Nomor Tiket: {tiket:1}
Status: Diproses
Tanggapan Bapenda Kota Kupang ({tgl:d2}): Permohonan restitusi sedang diverifikasi bidang pembukuan. Untuk kelengkapan berkas silakan hubungi petugas kami Ibu ⟦{nama:w2}⟧ di ⟦{hp:w2}⟧ pada jam kerja.

=== npwp
Judul: Alamat NPWP tidak bisa diubah di Coretax
Isi Laporan: Sudah {n:a1} kali saya ke KPP Pratama Kupang untuk ubah alamat NPWP karena pindah rumah ke ⟦address:{blok:m1}⟧, Kel. {kel:1}. Petugas bilang harus lewat Coretax, tapi di Coretax data alamat terkunci. NITKU saya ⟦{nitku:m1}⟧, NPWP lama ⟦{npwp:m1}⟧. Akibatnya SPT tahunan saya ditolak. Mohon bantuan. Email ⟦{mail:m1}⟧, HP ⟦{hp:m1}⟧.
Tanggal Kejadian: {tgl:d1}
Lokasi: KPP Pratama Kupang
Nama Pelapor: ⟦{nama:m1}⟧
Nomor Tiket: {tiket:1}

=== procurement
Judul: Tagihan katering kegiatan kelurahan belum dibayar
Isi Laporan: Saya ⟦{nama:w1}⟧, usaha katering rumahan (perorangan). Pada {tgll:b2} saya menyediakan {n:c1} kotak nasi untuk kegiatan Musrenbang Kel. {kel:1} sesuai pesanan staf kelurahan. Invoice {inv:1} senilai {rp:j1} sudah diserahkan bersama NPWP pribadi saya ⟦{npwp:w1}⟧, tapi sampai hari ini belum dibayar dengan alasan "tunggu anggaran perubahan". Kontak saya ⟦{hp:w1}⟧.
Kategori: Pengadaan Barang/Jasa
Instansi Tujuan: Kecamatan {kec:1}
Status: Menunggu tanggapan

=== social_aid
Judul Laporan: BLT masuk ke rekening orang lain yang namanya sama
Isi Laporan: Ibu saya ⟦{nama:won1}⟧ (NIK ⟦{nik:won1}⟧) terdaftar penerima BLT, tapi uang {rp:h1} masuk ke rekening BRI ⟦{bri:wo2}⟧ milik ⟦{salah:won1}⟧, warga kelurahan lain yang namanya mirip. Pihak bank bilang data dari Dinsos. Mohon dikoreksi supaya ibu saya terima haknya. Pelapor: ⟦{nama:mn1}⟧, anak kandung, HP ⟦{hp:mn1}⟧.
Lokasi Kejadian: Kel. {kel:1}, Kec. {kec:1}
Instansi Terdisposisi: Dinas Sosial Kota Kupang
Nomor Tiket: {tiket:1}

=== licence
Judul: NIB ditolak karena KBLI tidak sesuai
Isi Laporan: Usaha cuci motor (steam) saya di halaman rumah (⟦address:{rmh:w1}⟧) ditolak di OSS dengan alasan KBLI {?45407|45207} tidak boleh di kawasan permukiman. Padahal tetangga lain bisa. Saya sudah 3 kali ke Mal Pelayanan Publik dan dilempar ke Dinas PUPR. Mohon kejelasan. NIK ⟦{nik:w1}⟧.
Rahasiakan Identitas: Ya
Nama Pelapor: Dirahasiakan
Kontak untuk petugas: ⟦{hp:w1}⟧
Nomor Tiket: {tiket:1}

=== vehicle_tax
Judul: Sudah bayar PKB lewat aplikasi, STNK belum disahkan
Isi Laporan: Saya bayar pajak kendaraan ⟦{plat:m1}⟧ lewat aplikasi e-Samsat tanggal {tgl:b1} sebesar {?Rp 412.000|Rp 356.500|Rp 298.000}, kode bayar {billing:1}, status LUNAS. Waktu ke Samsat Kupang untuk pengesahan, petugas bilang pembayaran tidak tercatat dan saya disuruh bayar lagi. Mohon dicek. Nama pemilik ⟦{nama:m1}⟧, NIK ⟦{nik:m1}⟧.
Lokasi: Samsat Kupang
Kategori: Pajak Kendaraan Bermotor
Nomor Tiket: {tiket:1}

=== market
Judul Laporan: Kios pasar baru dijual oknum
Isi Laporan: Kami pedagang lama {psr:1} dijanjikan kios di gedung baru secara gratis melalui undian. Tetapi ada oknum pegawai UPTD bernama ⟦{nama:m1}⟧ yang meminta {rp:j1} per kios supaya dapat lokasi depan. Saya ⟦{nama:w1}⟧ sudah transfer ke rekening pribadinya BRI ⟦{bri:m1}⟧ tanggal {tgl:b1}, tapi nama saya tidak ada di daftar. Bukti transfer ada. HP ⟦{hp:w1}⟧.
Kategori: Pungutan Liar
Instansi Tujuan: Inspektorat Kota Kupang
Nomor Tiket: {tiket:1}

=== wages
Judul: THR karyawan hotel tidak dibayar dan BPJS Kesehatan nonaktif
Isi Laporan: Saya ⟦{nama:m1}⟧ karyawan kontrak di sebuah hotel di {jln:1}. THR tahun ini tidak dibayar, dan kartu BPJS Kesehatan saya ⟦{bpjs:m1}⟧ ternyata nonaktif sejak {blnn:b2} padahal iuran dipotong dari gaji. Nomor BPJS Ketenagakerjaan (KPJ) {kpj:1} juga tidak ada saldo. Mohon Disnaker memanggil pengusaha. HP ⟦{hp:m1}⟧, alamat ⟦address:{rmh:m1}⟧ Kel. {kel:1}.
Kategori: Ketenagakerjaan
Nomor Tiket: {tiket:1}

=== levy
Judul: Karcis parkir RSUD tidak sesuai tarif
Isi Laporan: Tanggal {tgl:d1} saya parkir motor ⟦{plat:w1}⟧ di halaman rumah sakit selama 2 jam, ditagih {?Rp5.000|Rp10.000}, padahal di papan tarif Rp2.000. Karcis nomor {n:d1} tidak ada cap. Saya ⟦{nama:w1}⟧, keluarga pasien.
Lokasi: RSUD S.K. Lerik
Kategori: Retribusi Parkir
Nomor Tiket: {tiket:1}

=== pbb
Judul Laporan: Keberatan NJOP rumah naik 3 kali lipat
Isi Laporan: Dengan hormat, NJOP tanah rumah kami di ⟦address:{rmh:mo1}, {rt:mo1}⟧, Kel. {kel:1} naik dari Rp 350.000/m2 menjadi Rp 1.100.000/m2 sehingga PBB menjadi {rp:h1}. NOP {nop:1}. Rumah kami di dalam gang sempit, bukan di pinggir jalan besar, tetapi NJOP-nya disamakan dengan rumah di jalan utama. Mohon dilakukan penilaian ulang. Hormat saya, ⟦{nama:mo1}⟧, HP ⟦{hp:mo1}⟧.
Kategori: Pajak Daerah
Instansi Tujuan: Bapenda Kota Kupang
Status: Diteruskan ke instansi

=== scam
Judul: Penagih pinjol sebar data pribadi
Isi Laporan: Saya meminjam {rp:j1} di aplikasi pinjaman online, jatuh tempo {tgl:d2}. Sebelum jatuh tempo saya sudah diteror. Penagih atas nama ⟦{nama:m2}⟧ pakai nomor ⟦{hp:m2}⟧ mengancam menyebarkan foto KTP saya. Nomor lain yang ikut meneror {hpk:1} dan {hpk:2}, tidak sebut nama. Teman-teman saya di kontak ikut ditelpon. Saya ⟦{nama:w1}⟧, NIK ⟦{nik:w1}⟧, HP ⟦{hp:w1}⟧.
Kategori: Perlindungan Konsumen
Instansi Tujuan: OJK Perwakilan NTT
Nomor Tiket: {tiket:1}

=== bank
Judul: KUR di bawah 100 juta diminta jaminan BPKB
Isi Laporan: Saya ⟦{nama:m1}⟧ pedagang kelontong di {psr:1}, mengajukan KUR mikro {?Rp 25.000.000|Rp 30.000.000|Rp 50.000.000} di {?BRI Unit {kel:1}. Petugas mensyaratkan BPKB motor ⟦{plat:m1}⟧ sebagai agunan, padahal aturan KUR mikro tanpa agunan tambahan. Nomor rekening tabungan saya di bank itu ⟦{bri:m1}⟧|Bank Mandiri KCP {kel:1}. Petugas mensyaratkan BPKB motor ⟦{plat:m1}⟧ sebagai agunan, padahal aturan KUR mikro tanpa agunan tambahan. Rekening tabungan saya di Mandiri ⟦{mdr:m1}⟧}. Mohon penjelasan.
Kontak: ⟦{hp:m1}⟧
Nomor Tiket: {tiket:1}

=== cooperative
Judul Laporan: Koperasi tidak terdaftar kumpul uang warga
Isi Laporan: Di lingkungan kami ada koperasi simpan pinjam yang dipimpin ⟦{nama:m1}⟧, menjanjikan bunga 5% per bulan. Warga sudah setor ratusan juta. Sejak {blnn:b2} bunga macet dan ketua tidak bisa dihubungi di ⟦{hp:m1}⟧. Saya sendiri setor {rp:b1} ke rekening pribadinya BCA ⟦{bca:m1}⟧. Saya ⟦{nama:w1}⟧, warga ⟦{rt:w1}⟧ Kel. {kel:1}, telp rumah ⟦{telr:w1}⟧.
Kategori: Koperasi dan UKM
Nomor Tiket: {tiket:1}

=== online_shop
Judul: Refund marketplace masuk ke e-wallet orang lain
Isi Laporan: Pesanan saya no {order:1} dibatalkan penjual dan dana {rp:h1} dijanjikan kembali ke ShopeePay saya ⟦{hp:w1}⟧. Ternyata masuk ke akun lain. CS marketplace minta saya lapor ke pemerintah daerah dulu. Saya ⟦{nama:w1}⟧, email ⟦{mail:w1}⟧.
Kategori: Perdagangan
Nomor Tiket: {tiket:1}

=== social_aid
Judul: PBI JKN satu keluarga dinonaktifkan
Isi Laporan: Kartu KIS PBI kami sekeluarga tiba-tiba tidak aktif waktu anak saya mau berobat di {pkm:1}. Nomor kartu: saya ⟦{bpjs:mn1}⟧, istri ⟦{nama:w1}⟧ ⟦{bpjs:w1}⟧, anak ⟦name:{dpn:mcn1} {marga:mn1}⟧ ⟦{bpjs:mcn1}⟧. No. KK ⟦{kk:mn1}⟧. Kami tidak mampu bayar mandiri. Pelapor ⟦{nama:mn1}⟧.
Instansi Tujuan: Dinas Sosial Kota Kupang
Nomor Tiket: {tiket:1}

=== npwp
Judul Laporan: Bukti potong PPh 21 memakai NPWP orang lain
Isi Laporan: Bukti potong dari pemberi kerja (NPWP {npwpb:1}) nomor {bupot:1} tertulis atas nama saya tetapi NPWP yang dicantumkan bukan milik saya. NPWP saya yang benar ⟦{npwp:w1}⟧. Akibatnya SPT saya kurang bayar. Sudah minta perbaikan ke bagian keuangan kantor tapi tidak ditanggapi. Nama ⟦{nama:w1}⟧, email ⟦{mail:w1}⟧.
Kategori: Perpajakan
Nomor Tiket: {tiket:1}

=== bphtb
Judul: BPHTB hibah dari orang tua dikenakan tarif jual beli
Isi Laporan: Tanah warisan orang tua kami (almarhum ⟦{nama:mon1}⟧) di ⟦address:{rmh:mon1}⟧ dihibahkan ke saya dan adik ⟦name:{dpn:wn1} {marga:mon1}⟧. Bapenda menghitung BPHTB {rp:b1} seperti jual beli. Padahal hibah keluarga sedarah ada pengurangan. KK kami ⟦{kk:mon1}⟧. Saya ⟦name:{dpn:mn1} {marga:mon1}⟧, HP ⟦{hp:mn1}⟧.
Instansi Tujuan: Bapenda Kota Kupang
Nomor Tiket: {tiket:1}

=== pbb
Judul Laporan: Pembayaran PBB online gagal tapi saldo terpotong
Isi Laporan: Saya bayar PBB NOP {nop:1} lewat aplikasi bank tanggal {tgl:b1}, saldo terpotong {rp:h1} tapi status di sistem Bapenda masih belum bayar. Kode bayar {billing:1}, referensi {ref:1}. Mohon disinkronkan.
Rahasiakan Identitas: Ya
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
Status: Selesai — Tanggapan Bapenda: pembayaran sudah tercatat setelah rekonsiliasi tanggal {tgl:d2}.

=== levy
Judul: Retribusi TPI dipungut dua kali
Isi Laporan: Nelayan yang menjual ikan di TPI Oeba dipungut retribusi {?2%|3%} dari nilai lelang oleh petugas UPTD, lalu dipungut lagi "uang kebersihan" {?Rp 10.000|Rp 20.000} per perahu tanpa karcis. Mohon dijelaskan mana yang resmi. Karcis resmi seri {?A|B} nomor {n:d1}.
Lokasi: TPI Oeba
Kategori: Retribusi
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
=== licence
Judul Laporan: Retribusi PBG tidak jelas perhitungannya
Isi Laporan: Surat ketetapan retribusi PBG nomor {surat:dpm} untuk bangunan rumah tinggal 2 lantai menetapkan {rp:j1}. Tidak ada rincian indeks dan luas. Di loket tidak ada yang bisa jelaskan. Mohon rincian tertulis.
Kategori: Perizinan
Instansi Tujuan: DPMPTSP Kota Kupang
Nomor Tiket: {tiket:1}

=== procurement
Judul: Dugaan mark up pengadaan laptop kantor
Isi Laporan: Di LPSE terlihat paket pengadaan {n:b1} unit laptop untuk kantor kecamatan dengan nilai kontrak {rp:m1}, atau sekitar dua kali harga pasar. Penyedia {cv:1} (NPWP {npwpb:1}) alamatnya di {jln:1} ternyata toko ponsel. Nomor kontrak {spk:kec}. Mohon diperiksa.
Kategori: Korupsi/Pungli
Instansi Tujuan: Inspektorat Kota Kupang
Nama Pelapor: Dirahasiakan

=== social_aid
Judul Laporan: Antrean BPNT di kantor pos sampai malam
Isi Laporan: Penyaluran BPNT tahap {?1|2|3|4} di kantor pos {kel:1} hari {hari:d1} antre dari jam 07.00 sampai 19.00. Lansia berdiri tanpa kursi. Ada {n:c1} KPM dari RT {nrt:1} sampai RT {nrt:2} dijadwalkan hari yang sama. Mohon dibagi per hari.
Kategori: Bantuan Sosial
Nomor Tiket: {tiket:1}

=== bank
Judul: ATM satu-satunya di kelurahan rusak berbulan-bulan
Isi Laporan: ATM di depan kantor Kel. {kel:1} rusak sejak {blnn:b2}. Warga harus ke {jln:1} untuk tarik gaji dan bansos. Sudah telepon kantor cabang {telk:1} katanya menunggu teknisi dari Surabaya.
Kategori: Layanan Publik Lainnya
Nomor Tiket: {tiket:1}

=== scam
Judul Laporan: Link pemutihan pajak kendaraan palsu beredar
Isi Laporan: Beredar pesan berantai "Pemutihan PKB {thn:d1} gratis denda, daftar di link samsat-ntt-pemutihan.xyz" dari nomor {hpk:1} yang mengaku admin Bapenda Provinsi. Banyak warga sudah isi data dan bayar biaya admin {?Rp 50.000|Rp 75.000}. Mohon diumumkan resmi.
Kategori: Informasi Hoaks
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}

=== vehicle_tax
Judul: Antrean Samsat keliling tidak tertib
Isi Laporan: Samsat keliling di {jln:1} tanggal {tgl:d1} hanya melayani {n:b1} wajib pajak, sisanya disuruh datang ke kantor. Nomor antrean {antri:1} dibagikan jam 08.00 tapi loket buka jam 10.30. Mohon jadwal diumumkan dan kuota ditambah.
Kategori: Pajak Kendaraan Bermotor
Nomor Tiket: {tiket:1}

=== wages
Judul Laporan: Honor tenaga kontrak kelurahan dipotong tanpa penjelasan
Isi Laporan: Honor tenaga kontrak di kantor kelurahan bulan {blnn:d1} dipotong {?Rp 150.000|Rp 200.000} per orang tanpa slip. Katanya untuk "kas kantor". Dasar hukumnya apa? Mohon Inspektorat periksa. SK pengangkatan nomor {surat:kel}.
Kategori: Kepegawaian
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}

=== market
Judul: Timbangan pedagang tidak ditera ulang
Isi Laporan: Di {psr:1} banyak timbangan pedagang daging yang kurang {?1|2} ons per kilo. Stiker tera terakhir tahun {thn:y1}. Mohon UPTD Metrologi Legal melakukan tera ulang dan sidak. Harga daging babi sekarang {?Rp 90.000|Rp 95.000|Rp 100.000}/kg.
Kategori: Perdagangan
Nomor Tiket: {tiket:1}
"""

EMAIL = r"""
=== npwp
From: ⟦{marga:mn1}⟧, ⟦{dpn:mn1}⟧ <⟦{mailp:mn1}⟧>
To: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
Date: {tglh:d1} {jam:p1}
Subject: Konfirmasi NPWP dan setoran PPh Final UMKM

Selamat pagi Ibu ⟦{pgl:w1}⟧,

Berdasarkan data kami, usaha perorangan Ibu (toko kelontong di {psr:1}) terdaftar dengan NPWP ⟦{npwp:w1}⟧ dan sejak {blnn:b2} belum ada setoran PPh Final 0,5%. Mulai tahun ini NPWP Ibu juga dapat ditulis dengan NIK ⟦{npwpn:w1}⟧. Mohon setoran dibuat dengan kode billing dari Coretax, bukan dari aplikasi pihak lain.

Bila omzet Ibu di bawah Rp 500 juta setahun, silakan balas email ini dengan rekap omzet per bulan.

Salam,
⟦{nama:mn1}⟧
Account Representative Seksi Pengawasan {?II|III|IV}
KPP Pratama Kupang
Telp. {telk:1}

=== procurement
From: "{cv:1}" <{cvs:1}.official@gmail.com>
To: ukpbj@kupangkota.go.id
Cc: ⟦{nama:w1}⟧ <⟦{mailk:w1}⟧>
Subject: Permohonan klarifikasi hasil evaluasi paket {n:d1}{n:c1}

Yth. Pokja Pemilihan,

Kami keberatan atas gugurnya penawaran kami pada paket rehabilitasi saluran drainase. Alasan "NPWP tidak valid" tidak tepat, karena NPWP badan kami {npwpb:1} berstatus valid di KSWP per {tgl:b1} (terlampir KSWP_{npwpbn:1}.pdf). Jaminan penawaran nomor {kontrak:1} juga sudah kami unggah.

Mohon klarifikasi tertulis. Tembusan kami sampaikan kepada Ibu PPK.

Hormat kami,
{cv:1}

⟦{nama:m1}⟧
Direktur
HP ⟦{hp:m1}⟧

=== social_aid
From: ⟦{nama:w1}⟧ <⟦{mailk:w1}⟧>
To: Bidang Linjamsos Dinsos <linjamsos.dinsos@kupangkota.go.id>
Cc: kelurahan.{kels:1}@gmail.com
Subject: Usulan penggantian KPM BLT kel. {kel:1}

Selamat siang Bapak/Ibu,

Berikut usulan penggantian penerima BLT tahap {?II|III} di kelurahan kami:

1. ⟦{nama:mo1}⟧ — NIK ⟦{nik:mo1}⟧ — meninggal dunia {tgll:b2}, mohon dicoret
2. ⟦{nama:wo1}⟧ — NIK ⟦{nik:wo1}⟧ — pindah ke Kabupaten Kupang, mohon dicoret
3. Pengganti: ⟦{nama:w2}⟧ — NIK ⟦{nik:w2}⟧, No. KK ⟦{kk:w2}⟧, rek BNI ⟦{bni:w2}⟧ (hasil musyawarah kelurahan {tgl:b1})

Berita acara musyawarah dan scan KK terlampir. Terima kasih.

⟦{nama:w1}⟧
Kasi Kesejahteraan Sosial Kel. {kel:1}
=== bank
From: ⟦{nama:mn1}⟧ <⟦{mail:mn1}⟧>
To: cs@bankntt.co.id
Date: {tgll:d1}
Subject: Dana transfer antar bank tidak sampai

Yth. Customer Service,

Tanggal {tgl:b1} saya transfer {rp:j1} dari rekening Bank NTT saya ⟦{ntt:mn1}⟧ ke rekening BRI ⟦{bri:w1}⟧ a.n. ⟦name:{dpn:wn1} {marga:mn1}⟧ (adik saya). Saldo terpotong tetapi dana tidak diterima. Nomor referensi {ref:1}.

Mohon dana dikembalikan atau diteruskan. Saya dapat dihubungi di ⟦{hp:mn1}⟧.

Hormat saya,
⟦{nama:mn1}⟧

----- Balasan otomatis -----
From: Bank NTT <noreply@bankntt.co.id>
Terima kasih, pengaduan Anda tercatat dengan nomor {trx:1}. Penyelesaian paling lama 20 hari kerja. Call center 1500-{n:c1}.

=== licence
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
Subject: Fwd: Penerbitan NIB Perseorangan

Kak ⟦{pgl:m1}⟧, ini email dari OSS. Tolong cek apakah alamat usaha sudah benar. Usaha jahit sa di rumah, ⟦address:{rmh:w1}, {rt:w1}⟧, bukan di pasar.

---------- Forwarded message ---------
From: OSS RBA <noreply@oss.go.id>
Date: {tglh:d1}
Subject: Penerbitan NIB Perseorangan

Nomor Induk Berusaha: {nib:1}
Nama Pelaku Usaha: ⟦{nama^:w1}⟧
NIK: ⟦{nik:w1}⟧
KBLI: 14111 - Industri Pakaian Jadi
Status Risiko: Rendah

Dokumen ini diterbitkan secara elektronik.

=== wages
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: Bidang GTK Dinas Pendidikan <gtk.dikbud@kupangkota.go.id>
Subject: TPG triwulan {?I|II|III} belum masuk rekening

Selamat siang Bapak/Ibu di Bidang GTK,

Saya ⟦{nama:w1}⟧, guru kelas di {sek:1}, NIP {nip:1}. Tunjangan profesi triwulan lalu belum masuk ke rekening Bank NTT saya ⟦{ntt:w1}⟧, sementara teman-teman lain sudah. Di SIMPKB status "sudah SKTP". NPWP saya ⟦{npwp:w1}⟧.

Apakah ada data yang salah? Mohon informasinya.

Salam hormat,
⟦{nama:w1}⟧, S.Pd.
HP/WA ⟦{hp:w1}⟧

=== pbb
From: Layanan PBB Bapenda <pbb.bapenda@kupangkota.go.id>
To: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
Subject: Re: Permohonan penghapusan denda PBB

Yth. Bapak ⟦{nama:m1}⟧,

Permohonan penghapusan sanksi administrasi PBB-P2 untuk NOP {nop:1} tahun {thnl:d1} dapat diproses dengan melampirkan surat keterangan rawat inap dan fotokopi SPPT. Pokok PBB tetap harus dibayar. Berkas dapat dikirim melalui email ini atau diantar ke loket {jln:1}.

Salam,
Bidang PBB-P2

Pada {tglh:b1} {jam:m1}, ⟦{nama:m1}⟧ <⟦{mail:m1}⟧> menulis:
> Selamat malam, PBB rumah saya di ⟦address:{rmh:m1}⟧, Kel. {kel:1} terlambat dibayar
> karena saya dirawat {?dua|tiga} bulan di RSUD. Dendanya sudah {rp:k1}. Mohon keringanan.
> NIK saya ⟦{nik:m1}⟧, HP ⟦{hp:m1}⟧. Terima kasih.
=== cooperative
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: bidang.koperasi@kupangkota.go.id
Cc: {kop_:1} <admin.{n:b1}kopdit@gmail.com>
Subject: Pengaduan penahanan simpanan anggota

Kepada Yth. Kepala Bidang Koperasi,

Saya ⟦{nama:w1}⟧, anggota {kop:1} dengan nomor buku {n:c1}-{n:d1}. Saya mengajukan pengunduran diri pada {tgll:b2}, tetapi simpanan pokok dan wajib sebesar {rp:j1} belum dikembalikan. Pengurus menyatakan harus menunggu RAT tahun depan.

Mohon Dinas memediasi. Bila dana dikembalikan, mohon ke rekening Mandiri saya ⟦{mdr:w1}⟧.

Hormat saya,
⟦{nama:w1}⟧
Telp rumah ⟦{telr:w1}⟧
(Bila email ini tidak terbaca, balas ke alamat suami saya: ⟦{maild:m1}⟧)

=== online_shop
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: order.sepatu.import.kpg@gmail.com
Subject: Komplain pesanan {order:1}

Halo kak, sepatu yang sampai ukurannya 39, padahal pesan 38. Sudah transfer {rp:h1} tanggal {tgl:b1}. Mohon tukar. Alamat kirim tetap ⟦address:{rmh:w1}⟧, {kel:1}.

On {tglh:d1}, sepatu.import.kpg <order.sepatu.import.kpg@gmail.com> wrote:
> Hai kak, maaf atas kesalahannya. Silakan kirim balik lewat {?J&T|JNE|SiCepat}, ongkir kami ganti ke rekening kakak. Mohon info nomor rekening.
> Salam, ⟦{nama:w2}⟧ (pemilik)

Balasan: Rekening saya BCA ⟦{bca:w1}⟧ a.n. ⟦{nama:w1}⟧. Terima kasih kak.

=== scam
From: ⟦{nama:m1}⟧ <⟦{mailk:m1}⟧>
To: Tim IT Diskominfo <helpdesk.diskominfo@kupangkota.go.id>
Subject: FW: Pemberitahuan Pengembalian Kelebihan Pajak (Restitusi)

Selamat siang tim IT, saya terima email di bawah ini di email dinas. Mohon dicek apakah phishing. Saya belum klik tautannya.

⟦{nama:m1}⟧
Bapenda Kota Kupang – Bidang Pembukuan
Ext. {n:c1}

-----Original Message-----
From: Direktorat Jenderal Pajak <djp.restitusi.center@gmail.com>
Subject: Pemberitahuan Pengembalian Kelebihan Pajak (Restitusi)
Yth. Wajib Pajak, Anda berhak restitusi {rp:j1}. Lengkapi data rekening di https://djp-restitusi.cc/form paling lambat 2x24 jam. Kode verifikasi: {otp:1}

=== bphtb
From: Staf Kantor Notaris <kantor.notaris.lontar@gmail.com>
To: bphtb.bapenda@kupangkota.go.id
Subject: Permohonan validasi BPHTB a.n. ⟦{nama:m1}⟧

Dengan hormat,

Bersama ini kami sampaikan berkas validasi BPHTB transaksi jual beli:
Pembeli: ⟦{nama:m1}⟧, NIK ⟦{nik:m1}⟧, NPWP ⟦{npwp:m1}⟧
Penjual: ⟦{nama:w1}⟧, NIK ⟦{nik:w1}⟧
Objek: NOP {nop:1}, tanah dan bangunan di ⟦address:{rmh:w1}⟧, Kel. {kel:1}
Harga transaksi: {rp:m1}
BPHTB disetor: {rp:b1}, NTPD {ntpn:1}

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
⟦{nama:w2}⟧
Staf Kantor Notaris/PPAT

=== vehicle_tax
From: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
To: Bapenda Provinsi NTT <humas.bapenda@nttprov.go.id>
Subject: Pajak progresif kendaraan yang sudah dijual

Yth. Bapenda Provinsi,

Mobil pick up ⟦{plat:m1}⟧ sudah saya jual kepada ⟦{nama:m2}⟧ pada {tgll:y1} dan kwitansi jual beli ada. Sekarang motor saya ⟦{plat:w1}⟧ (atas nama istri, ⟦{nama:w1}⟧) malah kena tarif progresif kedua. Saya sudah lapor blokir di Samsat tanggal {tgl:b1}, tetapi status di aplikasi masih aktif.

Mohon diperbaiki. Balasan tolong ke email istri saya juga: ⟦{maild:w1}⟧.

Terima kasih,
⟦{nama:m1}⟧
NIK ⟦{nik:m1}⟧

=== market
From: UPTD Pengelola Pasar <uptd.pasar.kupang@gmail.com>
To: ⟦{nama:w1}⟧ <⟦{mailc:w1}⟧>, ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>, pedagang.{psrs:1}@googlegroups.com
Subject: Undian lapak relokasi pedagang {psr:1}

Yth. Bapak/Ibu pedagang,

Undian lapak di gedung relokasi akan dilaksanakan {tglh:f1} pukul 09.00 di halaman {psr:1}. Undian gratis; tidak ada pungutan apa pun. Pedagang membawa KTP dan kartu pedagang lama. Denah lapak terlampir (denah_relokasi@2x.png).

Hormat kami,
Kepala UPTD Pengelola Pasar
Telp. {telk:1}
=== social_aid
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: umkm.diskop@kupangkota.go.id
Subject: Pendaftaran bantuan modal usaha mikro

Selamat pagi,

Saya mendaftar bantuan modal usaha mikro untuk usaha jual sambal lu'at dan se'i. Data:
Nama: ⟦{nama:w1}⟧
NIK: ⟦{nik:w1}⟧
No. KK: ⟦{kk:w1}⟧
NIB: {nib:1}
NPWP: ⟦{npwp:w1}⟧
Alamat usaha (rumah sendiri): ⟦address:{rmh:w1}, {rt:w1}⟧, Kel. {kel:1}
Rekening: BRI ⟦{bri:w1}⟧ a.n. ⟦{nama:w1}⟧
HP/WA: ⟦{hp:w1}⟧

Terima kasih.

=== levy
From: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
To: pbjt.bapenda@kupangkota.go.id
Subject: Keberatan SKPD PBJT Jasa Perhotelan

Dengan hormat,

Saya pemilik Penginapan {?Teluk Indah|Sasando Inn|Flobamora Homestay} di {jln:1} (NPWPD {npwpdb:1}). SKPD nomor {skpd:1} menetapkan pajak {rp:j1} berdasarkan perkiraan hunian 70%, padahal buku tamu kami menunjukkan hunian rata-rata 30%. Laporan keuangan penginapan dan NPWP pribadi saya ⟦{npwp:m1}⟧ terlampir.

Mohon pemeriksaan ulang.

Hormat saya,
⟦{nama:m1}⟧
HP ⟦{hp:m1}⟧

=== npwp
From: HRD {cv:1} <hrd.{cvs:1}@gmail.com>
To: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
Subject: Data NPWP karyawan untuk SPT Masa PPh 21

Ibu ⟦{pgl:w1}⟧ (konsultan), berikut data NPWP karyawan yang diminta. NPWP perusahaan {npwpb:1}.

1. ⟦{nama:m1}⟧ — ⟦{npwp:m1}⟧
2. ⟦{nama:w2}⟧ — ⟦{npwpn:w2}⟧ (NIK sebagai NPWP)
3. ⟦{nama:m2}⟧ — belum punya, NIK ⟦{nik:m2}⟧

Terima kasih,
Bagian HRD

=== wages
From: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
To: Keuangan {toko:1} <keuangan.{tokos:1}@gmail.com>
Subject: Gaji bulan {blnn:d1} belum masuk

Selamat pagi bagian keuangan,

Gaji saya bulan ini belum masuk. Setelah saya cek di slip, nomor rekening yang dipakai ⟦{bni:m2}⟧, itu rekening karyawan lama (⟦{nama:m2}⟧), bukan rekening saya. Rekening saya BNI ⟦{bni:m1}⟧.

Mohon dikoreksi. Terima kasih.
⟦{nama:m1}⟧ – bagian gudang

> Balasan keuangan {tgl:d2}: Mohon maaf pak, sudah kami transfer ulang {rp:j1}. Dana yang salah kirim sedang kami tarik.

=== npwp
From: Coretax DJP <noreply@pajak.go.id>
To: keuangan.{cvs:1}@gmail.com
Subject: Kode billing berhasil dibuat

Wajib Pajak: {cv:1}
NPWP: {npwpb:1}
Jenis setoran: PPh Pasal 21 masa {blnn:b1} {thn:b1}
Kode billing: {billing:1}
Jumlah: {rp:j1}
Masa aktif kode billing sampai {tgll:d2} 23.59 WIB.

Email ini dikirim otomatis, mohon tidak dibalas.
=== bphtb
From: Bapenda Kota Kupang <info.bapenda@kupangkota.go.id>
To: ppat-kotakupang@googlegroups.com
Subject: Penyesuaian NPOPTKP dan layanan e-BPHTB

Yth. Bapak/Ibu PPAT se-Kota Kupang,

Mulai {tgll:f1} nilai perolehan objek pajak tidak kena pajak (NPOPTKP) BPHTB disesuaikan menjadi {?Rp 80.000.000|Rp 60.000.000}, sesuai Perda Kota Kupang. Validasi SSPD dilakukan melalui e-BPHTB; kode bayar berlaku 3 hari. NOP diinput tanpa titik (contoh NOP: {nop:1}).

Informasi: {telk:1} / WA layanan {hpk:1}
Bidang Pendaftaran dan Penetapan
=== npwp
From: Direktorat Jenderal Pajak <informasi@pajak.go.id>
To: wp-kpp-kupang@lists.pajak.go.id
Subject: Pengingat pelaporan SPT Tahunan melalui Coretax

Yth. Wajib Pajak,

SPT Tahunan Orang Pribadi yang terlambat dilaporkan dikenai denda Rp 100.000. Pastikan NIK sudah dipadankan sebagai NPWP dan kode otorisasi aktif. Contoh format NPWP 15 digit: 12.345.678.9-920.000.

Kring Pajak 1500200, atau KPP Pratama Kupang {telk:1}.

=== procurement
From: UKPBJ Kota Kupang <ukpbj@kupangkota.go.id>
To: penyedia-kotakupang@googlegroups.com
Subject: Pengumuman pemenang paket {n:d1}{n:c1}

Kepada Yth. para penyedia,

Pemenang paket Belanja Modal Peralatan Kantor adalah {cv:1}, NPWP {npwpb:1}, alamat {jln:1}, nilai penawaran terkoreksi {rp:m1}. Masa sanggah 3 hari kalender sejak {tgll:d1}.

Pokja Pemilihan {n:a1}
UKPBJ Kota Kupang

=== bank
From: Bank NTT <info@bankntt.co.id>
To: mitra-pemda@bankntt.co.id
Subject: Pemeliharaan sistem virtual account pajak daerah

Yth. Mitra Pemerintah Daerah,

Pada {hari:d2}, {tgll:d2} pukul 22.00–02.00 WITA dilakukan pemeliharaan sistem. Pembayaran melalui virtual account pajak daerah (awalan {?88908|8808}) tidak dapat dilakukan selama periode tersebut. Setoran ke Rekening Kas Daerah {rntt:1} yang tertunda akan diproses otomatis.

Call center Bank NTT {telk:1}.
=== bphtb
From: Bidang Pembukuan Bapenda <pembukuan.bapenda@kupangkota.go.id>
To: BPKAD Kota Kupang <bpkad@kupangkota.go.id>
Subject: Rekonsiliasi penerimaan BPHTB bulan {blnn:d1}

Yth. Kabid Akuntansi,

Terdapat selisih {rp:j1} antara penerimaan BPHTB di Rekening Kas Daerah Bank NTT {rntt:1} dan data e-BPHTB. Selisih berasal dari {n:a1} setoran dengan NTPD {ntpn:1} dan {ntpn:2} yang belum tervalidasi. Mohon jadwal rekonsiliasi {hari:d3} {tgll:d3}.

Salam,
Bidang Pembukuan dan Pelaporan

=== levy
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: retribusi.dishub@kupangkota.go.id
Subject: Delivery Status Notification (Failure)

Pesan Anda tidak terkirim ke parkir.tepijalan.kupang@gmail.com karena alamat tidak ditemukan.

----- Pesan asli -----
Subject: Setoran retribusi parkir tepi jalan minggu ke-{n:a1}
Rekap setoran {rp:j1} dari {n:b1} juru parkir, disetor ke rekening penerimaan Bank NTT {rntt:1}. Bukti setor terlampir (setoran_parkir_{n:c1}.pdf).
=== online_shop
From: J&T Express <noreply@jet.co.id>
To: toko.{olsop:1}@gmail.com
Subject: Status kiriman {resij:1}

Kiriman Anda sedang dalam perjalanan.
{tglm:d1} {jam:p1} Paket diterima di DC Kupang ({jln:1})
{tglm:d2} {jam:p1} Paket sedang diantar kurir
Biaya COD {rp:h1}. Hubungi CS 021-{n:d1}{n:c1}.

=== cooperative
From: Bidang Koperasi <bidang.koperasi@kupangkota.go.id>
To: kopditlontarsejahtera@gmail.com, ksp.mitrausaha@yahoo.co.id, cu.sasandomas@gmail.com
Subject: Undangan pelatihan pembukuan koperasi

Yth. Pengurus Koperasi,

Dinas mengundang dua orang pengurus pada {tglh:f1} jam 09.00 di aula Dinas Koperasi. Peserta membawa laporan RAT dan NPWP koperasi. Konfirmasi ke {telk:1}.

Kepala Bidang Koperasi

=== licence
From: Diskominfo Kota Kupang <admin.email@kupangkota.go.id>
To: semua-opd@kupangkota.go.id
Subject: Penonaktifan akun email dinas yang tidak aktif

Yth. Admin OPD,

Akun email dinas yang tidak login selama 180 hari akan dinonaktifkan mulai {tgll:f1}. Alamat email dinas memakai domain kupangkota.go.id; jangan memakai alamat contoh user@example.com pada formulir OSS atau SIPD. Panduan pemulihan ada di lampiran (panduan_email@2x.png) dan di https://mail.kupangkota.go.id/bantuan.

Helpdesk Diskominfo {telk:1}
=== wages
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: BPJS Kesehatan Cabang Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Pendaftaran pekerja {toko:1} sebagai peserta PPU

Yth. Petugas BPJS Kesehatan,

Kami mendaftarkan tiga karyawan yang sebelumnya peserta PBI atau mandiri ke segmen pekerja penerima upah badan usaha {toko:1}:
1. ⟦{nama:m1}⟧ – no. kartu lama ⟦{bpjs:m1}⟧
2. ⟦{nama:w2}⟧ – no. kartu lama ⟦{bpjsg:w2}⟧
3. ⟦{nama:m2}⟧ – no. kartu lama ⟦{bpjs:m2}⟧, NIK ⟦{nik:m2}⟧
Kode badan usaha kami {n:d1}{n:c1}. Mohon dipindahkan per 1 {blnn:f1}.

Salam,
⟦{nama:w1}⟧
Admin Keuangan {toko:1}
Telp. toko {telk:1}
"""

CALL_NOTES = r"""
=== pbb
Rekaman call center Bapenda Kota Kupang — {tgl:d1} {jam:p1}
Petugas: Selamat pagi, layanan PBB Bapenda, dengan ⟦{pgl:w2}⟧, ada yang bisa dibantu?
Penelepon: Pagi ibu, sa mau tanya tagihan PBB sa kenapa naik dua kali lipat.
Petugas: Boleh dengan bapak siapa?
Penelepon: ⟦{nama:m1}⟧.
Petugas: NOP-nya bapak?
Penelepon: {nop:1}.
Petugas: Untuk verifikasi, NIK bapak?
Penelepon: ⟦{nikr:m1}⟧.
Petugas: Baik. Tahun ini ada penyesuaian NJOP di Kel. {kel:1}, tagihan {rp:h1}. Kalau keberatan bisa ajukan permohonan pengurangan sampai {tgll:f1}.
Penelepon: Nomor HP sa ⟦{hp:m1}⟧, tolong kabari.
Status: diteruskan ke Bidang PBB

=== bank
Call log Bank NTT – pengaduan nasabah
{tglm:d1} {jam:s1}
Agen: Selamat siang, Bank NTT, ada yang bisa dibantu?
Nasabah: Mobile banking sa terblokir, salah PIN tiga kali.
Agen: Nomor rekening bapak?
Nasabah: ⟦{ntt:mn1}⟧.
Agen: Nama sesuai buku tabungan?
Nasabah: ⟦{nama:mn1}⟧.
Agen: Nama ibu kandung?
Nasabah: ⟦{nama:won1}⟧.
Agen: Terima kasih, sudah kami buka blokir. Aktivasi ulang lewat aplikasi dengan OTP ke nomor terdaftar ⟦{hp:mn1}⟧. Tiket {trx:1}.

=== scam
Catatan Unit Pengaduan Kasih, {tglh:d1}, shift pagi
{jam:p1} — Penelepon ⟦{nama:w1}⟧ (⟦{hp:w1}⟧), pedagang kue, melapor ditelpon dari {hpk:1} yang mengaku petugas KPP, katanya NPWP usahanya ada denda {rp:j1} dan harus transfer hari ini. Penelepon sudah transfer {rp:h1} ke rekening BRI ⟦{bri:m2}⟧ a.n. ⟦{nama:m2}⟧ sebelum sadar tertipu. Sudah disarankan lapor ke Polresta dan blokir rekening lewat bank. Nomor penipu dicatat untuk diteruskan.
Tindak lanjut: diteruskan ke Diskominfo dan Polresta.

=== social_aid
LOG TELEPON HOTLINE DINAS SOSIAL {tgl:d1}
Jam | Penelepon | Nomor | Keluhan | Tindak lanjut
{jam:p1} | ⟦{nama:wo1}⟧ | ⟦{hp:wo1}⟧ | BLT lansia belum cair, rek BNI ⟦{bni:wo1}⟧ | cek data
{jam:p2} | Komite Sekolah {sek:1} | {hpk:1} | tanya bantuan seragam siswa miskin | info syarat
{jam:p3} | penelepon tidak sebut nama | ⟦{hp:m1}⟧ | PKH dipotong ketua kelompok | teruskan pendamping
{jam:s1} | ⟦{nama:m2}⟧ | ⟦{hp:m2}⟧ | KIS PBI anak nonaktif, no kartu ⟦{bpjs:mc2}⟧ | cek SIKS-NG
{jam:s2} | ⟦{nama:w3}⟧ | ⟦{telr:w3}⟧ | tanya jadwal BPNT | info kantor pos

=== vehicle_tax
Petugas: Samsat Kupang, selamat siang.
Penelepon: Siang. Sa beli mobil bekas, mau bayar pajak sekalian balik nama. Berapa biayanya?
Petugas: Nomor polisinya bapak?
Penelepon: ⟦{plat:m1}⟧.
Petugas: Di data kami masih atas nama ⟦{nama:m2}⟧. Bapak atas nama siapa?
Penelepon: ⟦{nama:m1}⟧. Pemilik lama su pindah ke Atambua.
Petugas: PKB tahun ini {?Rp 1.245.000|Rp 2.310.500|Rp 987.000}, BBNKB dihitung dari nilai jual. Bawa kwitansi jual beli, KTP pemilik lama, dan KK bapak. No KK bapak?
Penelepon: ⟦{kk:m1}⟧.
Petugas: Baik, sudah kami catat. Kode bayar menyusul setelah cek fisik.
=== wages
Catatan hotline Disnaker Kota Kupang
Tanggal {tgl:d1}, {jam:s1}
Penelepon: ⟦{nama:m1}⟧, sopir distribusi di {ud:1}, HP ⟦{hp:m1}⟧.
Keluhan: upah {n:a1} minggu tidak dibayar, lembur tidak dihitung. Kartu BPJS Kesehatan yang dijanjikan tidak pernah ada; nomor kartunya ⟦{bpjs:m1}⟧ ternyata masih PBI dari Dinsos.
Perusahaan: {ud:1}, telp kantor {telk:1}.
Tindak lanjut: panggil pengusaha untuk klarifikasi {tglh:d3}.

=== licence
Petugas: DPMPTSP Kota Kupang, selamat pagi. Ada yang bisa kami bantu?
Penelepon: Pagi ibu. Sa mau daftar NIB untuk usaha bengkel las di rumah, tapi OSS minta NPWP.
Petugas: Bapak sudah punya NPWP?
Penelepon: Yang lama ⟦{npwp:m1}⟧. Yang baru katanya sama dengan NIK, ⟦{npwpn:m1}⟧.
Petugas: Pakai yang NIK saja. Alamat usaha di mana?
Penelepon: Di rumah, ⟦address:{rmh:m1}⟧, Kel. {kel:1}.
Petugas: Baik. Atas nama?
Penelepon: ⟦{nama:m1}⟧.
Petugas: Kalau ada kendala, datang ke Mal Pelayanan Publik, loket 3.

=== cooperative
Serah terima shift malam – Call Center Pemkot ({tglc:d1})
1. {jam:m1} ⟦{nama:w1}⟧ (⟦{hp:w1}⟧) — tabungan di {kop:1} tidak bisa ditarik, kantor tutup sejak {hari:b1}. Sudah dicatat.
2. {jam:m2} ⟦{nama:m1}⟧ (⟦{hp:m1}⟧) — sama, simpanan berjangka {rp:b1}. Minta Dinas Koperasi turun.
3. {jam:m3} penelepon anonim dari ⟦{hp:m2}⟧ menanyakan apakah pengurus sudah ditahan. Dijawab belum ada info.
4. {jam:n1} telepon dari nomor tersembunyi, diam, ditutup.
Catatan: total {n:b1} laporan soal koperasi yang sama sejak kemarin.

=== market
Catatan call center, {tglh:d1}
Penelepon ⟦{nama:w1}⟧, pedagang sayur {psr:1}, HP ⟦{hp:w1}⟧, melapor petugas penagih retribusi bernama ⟦{nama:m1}⟧ meminta uang "kebersihan" {?Rp10.000|Rp15.000} per hari di luar karcis resmi. Penelepon minta namanya dirahasiakan dari petugas pasar. Diteruskan ke UPTD Pasar dan Inspektorat.

=== online_shop
Disperindag – layanan pengaduan konsumen
Tgl {tgl:d1} | {jam:p1}
Pelapor: ⟦{nama:w1}⟧
HP pelapor: ⟦{hp:w1}⟧
Uraian: Membeli kulkas bekas dari penjual perorangan di grup Facebook, ⟦{nama:m1}⟧, HP ⟦{hp:m1}⟧. Sudah transfer DP {rp:h1} ke rekening {?BRI ⟦{bri:m1}⟧|BNI ⟦{bni:m1}⟧} a.n. ⟦{nama:m1}⟧. Barang tidak diantar, penjual minta tambah ongkos.
Saran: mediasi; bila tidak selesai lapor polisi.

=== procurement
Catatan telepon Inspektorat, {tgl:d1}
Penelepon: ⟦{nama:m1}⟧, tukang pada proyek pembangunan talud di Kel. {kel:1}.
Isi: upah {n:b1} tukang belum dibayar {?dua|tiga} minggu. Mandor ⟦{nama:m2}⟧ (⟦{hp:m2}⟧) bilang uang belum turun dari {cv:1}. Kantor CV di {jln:1}, telp {telk:1}, tidak ada yang angkat.
Nomor penelepon: ⟦{hp:m1}⟧
Tindak lanjut: konfirmasi ke PPK Dinas PUPR.

=== bphtb
Petugas: Bapenda, bidang BPHTB, selamat siang.
Penelepon: Siang pak, sa ⟦{nama:w1}⟧ dari kantor notaris. Mau tanya validasi BPHTB pembeli ⟦{nama:m1}⟧, sudah lima hari belum keluar.
Petugas: Kode billingnya?
Penelepon: {billing:1}.
Petugas: Masih tunggu verifikasi lapangan, objek di ⟦address:{rmh:m2}⟧ belum difoto petugas.
Penelepon: Itu rumah penjual, ⟦{nama:m2}⟧. Bisa dipercepat? Akta harus tanda tangan {hari:d2}.
Petugas: Nanti kami usahakan. Nomor yang bisa dihubungi?
Penelepon: Kantor notaris {telk:1} atau HP sa ⟦{hp:w1}⟧.

=== levy
Catatan pengaduan DLH, {tgl:d1} {jam:p1}
Penelepon ⟦{nama:w1}⟧ (⟦{hp:w1}⟧), warga ⟦{rt:w1}⟧ Kel. {kel:1}, melapor petugas angkut sampah menagih retribusi {?Rp25.000|Rp30.000} per bulan langsung ke rumah tanpa karcis, padahal retribusi sudah masuk tagihan PDAM. Petugas bernama ⟦{pgl:m1}⟧, datang pakai truk dinas ⟦{plat:m1}⟧.
Tindak lanjut: teruskan ke Kabid Persampahan.

=== npwp
Petugas: Layanan KPP Pratama Kupang, selamat pagi.
Penelepon: Pagi. Sa punya dua NPWP, satu dari kantor lama satu lagi buat sendiri. Mau digabung.
Petugas: NPWP bapak yang pertama?
Penelepon: ⟦{npwpd:m1}⟧.
Petugas: Yang kedua?
Penelepon: ⟦{npwpd:w1}⟧, eh maaf itu istri sa pung, ⟦{nama:w1}⟧.
Petugas: Baik. Nama lengkap bapak?
Penelepon: ⟦{nama:m1}⟧, NIK ⟦{nikc:m1}⟧.
Petugas: NPWP ganda harus penghapusan lewat Coretax. Kami kirim panduan ke email bapak?
Penelepon: ⟦{maild:m1}⟧.

=== bank
Catatan call center Pemkot {tgl:d1} — diteruskan ke OJK
Penelepon ⟦{nama:w1}⟧ melapor HP hilang di {psr:1}, takut m-banking dibobol. Rekening BRI ⟦{bri:w1}⟧ dan DANA ⟦{hp:w1}⟧ (nomor yang hilang). Sudah disarankan telpon 14017 untuk blokir. Nomor lain yang bisa dihubungi: ⟦{hp:m1}⟧ (suami, ⟦{pgl:m1}⟧).

=== social_aid
Petugas: BPJS Kesehatan Care Center, dengan ⟦{pgl:w2}⟧. Ada yang bisa dibantu?
Penelepon: Kartu KIS sa tiba-tiba tidak aktif, padahal PBI.
Petugas: Nomor kartunya?
Penelepon: ⟦{bpjs:w1}⟧.
Petugas: Atas nama?
Penelepon: ⟦{nama:w1}⟧.
Petugas: Status dinonaktifkan dari Kemensos sejak {blnn:b2}. Ibu bisa ajukan reaktivasi di Dinas Sosial dengan KK. Nomor KK ibu?
Penelepon: ⟦{kkg:w1}⟧. Alamat ⟦address:{rmh:w1}, {rt:w1}⟧.
Petugas: Baik, sudah kami catat.

=== scam
Call note (English-speaking caller), {tglm:d1} {jam:s1}
Caller: ⟦{nama:m1}⟧, volunteer teacher staying in Oesapa. Paid a deposit of {rp:h1} to rent a motorbike through an Instagram page. The "owner" sent account BNI ⟦{bni:m2}⟧ in the name of ⟦{nama:m2}⟧ and then blocked him. Motorbike plate shown in the photo: ⟦{plat:m2}⟧.
Caller's number: ⟦{hpw:m1}⟧
Action: advised to report to Polresta Kupang Kota (SPKT); caller asked for an English-speaking officer.

=== pbb
LOG CALL CENTER BAPENDA — {tgl:d1}
Jam | Dari | Nomor | Topik
{jam:p1} | BPKAD Kota Kupang | {telk:1} | rekonsiliasi setoran PBB
{jam:p2} | Bank NTT KCU | {telk:2} | VA gagal {va:1}
{jam:p3} | Kantor Pos Kupang | {telk:3} | jadwal loket pembayaran
{jam:s1} | KPP Pratama Kupang | {telk:4} | data NOP untuk SPT
Catatan: tidak ada telepon warga yang perlu tindak lanjut.

=== pbb
Petugas: Bapenda, selamat siang.
Penelepon: Siang, mau tanya jatuh tempo PBB tahun ini.
Petugas: {tgll:f1}, bapak. Boleh tahu NOP-nya?
Penelepon: Nanti sa lihat SPPT dulu. Kalau lewat, dendanya berapa?
Petugas: Dua persen per bulan dari pokok, maksimal 24 bulan. Pembayaran bisa di Bank NTT, kode bayar berlaku 24 jam.
Penelepon: Oke, makasih.
Catatan: penelepon tidak menyebut nama, nomor disembunyikan.

=== scam
Rekap laporan penipuan ke call center, minggu ke-{n:a1} {blnn:d1}
Modus "petugas pajak minta transfer": {n:b1} laporan, nomor terbanyak {hpk:1}
Modus "kurir kirim file .apk": {n:b2} laporan, nomor terbanyak {hpk:2}
Modus "hadiah undian bank": {n:a2} laporan
Semua nomor sudah diteruskan ke Polresta dan Diskominfo untuk peringatan warga.
=== scam
Catatan call center {tgl:d1} {jam:m1}
Penelepon tidak mau sebut nama, nomor disembunyikan. Melaporkan ada WA dari {hpk:1} pakai foto Pak Camat, minta transfer {rp:j1} untuk "dana bantuan rumah ibadah". Penelepon tidak transfer. Nomor dicatat untuk peringatan warga.

=== bank
Agen: Layanan pembayaran pajak daerah, selamat pagi.
Penelepon: Pagi, sa bayar lewat virtual account {va:1} tapi gagal, uang sudah terpotong.
Agen: Nominalnya?
Penelepon: {rp:h1}, pukul {jam:p1} tadi.
Agen: Mohon tunggu 1x24 jam, dana biasanya kembali otomatis. Nomor referensi {ref:1}.
Penelepon: Baik. Sa tidak mau kasih nama, cuma mau tanya.
Agen: Tidak apa-apa. Untuk pertanyaan lain WA {hpk:1}.

=== market
Petugas: Disperindag, selamat pagi.
Penelepon: Pagi, operasi pasar beras SPHP minggu ini di mana saja?
Petugas: {hari:d2} di {psr:1}, {hari:d3} di halaman kantor Kel. {kel:1}. Harga Rp 12.500/kg, maksimal 2 karung per KTP.
Penelepon: Jam berapa?
Petugas: Mulai 08.00 sampai stok habis, sekitar {n:c1} karung per titik.
Catatan: penelepon anonim, nomor tidak tercatat.

=== licence
Petugas: Mal Pelayanan Publik, selamat siang.
Penelepon: Mau pinjam halaman pasar untuk bazar gereja, izinnya di mana?
Petugas: Bukan di kami, ke UPTD Pasar untuk sewa halaman, izin keramaian di Polresta. Telpon saja {telk:1}.
Penelepon: Tadi sudah telpon {telk:2} tidak ada yang angkat.
Petugas: Kalau begitu ke WA layanan {hpk:1}, buka jam 08.00-15.00. Retribusi pemakaian halaman dibayar lewat kode billing.
=== levy
Petugas: PLN 123, selamat malam.
Penelepon: Token listrik sa sudah bayar di aplikasi tapi kode token tidak muncul.
Petugas: ID pelanggannya?
Penelepon: {plnid:1}.
Petugas: Token {token:1}, nominal {?Rp 100.000|Rp 200.000|Rp 50.000}, silakan dimasukkan.
Penelepon: Oh, sudah masuk. Terima kasih.
Catatan: tidak ada data penelepon.

=== pbb
Petugas: Bapenda, ada yang bisa dibantu?
Penelepon: Sa mau pisah SPPT, tanah dibagi ke anak-anak.
Petugas: NOP induknya?
Penelepon: {nop:1}.
Petugas: Nomor sambungan PDAM tidak perlu, bapak. Bawa sertifikat hasil pemecahan dan SPPT terakhir ke loket.
Penelepon: Oh, tadi sa kira perlu, {samb:1}. Oke, besok ke sana.
Catatan: penelepon tidak sebut nama.

=== social_aid
Rekap telepon pencairan bansos per RT, {tgl:d1}
RT {nrt:1}: {n:b1} KPM sudah cair
RT {nrt:2}: {n:b2} KPM sudah cair
RT {nrt:3}: {n:a1} KPM belum, kartu bermasalah
Jadwal susulan {tglh:d3} di kantor Kel. {kel:1}. Informasi ke pendamping wilayah.
"""

SOCIAL_MEDIA = r"""
=== online_shop
⟦{nama:w1}⟧
{n:a1} jam · 🌏
HATI-HATI bapa mama! Sa beli HP second dari akun FB "Gadget Murah Kupang", su transfer {rp:j1} ke rekening {?BRI ⟦{bri:m1}⟧|BNI ⟦{bni:m1}⟧} atas nama ⟦{nama:m1}⟧. Barang sonde datang, sa diblokir. Kalo ada yg kenal orang ini tolong info. Su lapor polisi.
👍 {n:b1}   💬 {n:b2} komentar
Komentar:
⟦{nama:w2}⟧: Sa ju kena kaka, rekening yg sama 😡
{handle:1}: Share biar banyak yg tau
⟦{nama:m2}⟧: Coba lapor ke bank, minta blokir rekening ⟦{pgl:m1}⟧ itu

=== social_aid
⟦{nama:wo1}⟧
{tgll:d1} ·
Terima kasih banyak untuk ibu ⟦{nama:w1}⟧ di Dinas Sosial yg sabar bantu sa urus KIS PBI sampai aktif lagi. Sa lansia tinggal sendiri, sonde tau urus online. Tuhan berkati ibu 🙏
👍 {n:c1}   💬 {n:b1}
Komentar:
⟦{nama:m1}⟧: Betul oma, ibu ⟦{pgl:w1}⟧ memang baik
Dinas Sosial Kota Kupang: Terima kasih oma, sehat selalu. Info layanan WA {hpk:1}
⟦{nama:w2}⟧: Sa pung mama ju dibantu beliau

=== market
⟦{nama:w1}⟧
{n:a1} jam ·
DIJUAL se'i babi asap & sambal lu'at buatan sendiri 😋 Se'i {?Rp 250.000|Rp 280.000}/kg, lu'at Rp 35.000/botol. Bisa ambil di rumah ⟦address:{rmh:w1}⟧ {kel:1} atau COD. WA ⟦{hpu:w1}⟧
👍 {n:b1}   💬 {n:a2}
Komentar:
⟦{nama:m1}⟧: Pesan 1 kg kaka, su WA
⟦{nama:w1}⟧: Siap kaka ⟦{pgl:m1}⟧ 🙏

=== scam
⟦{nama:m1}⟧ ▸ Info Kupang Hari Ini
{n:a1} jam ·
Awas penipuan! Ada nomor {hpk:1} ngaku petugas Bapenda, bilang PBB sa nunggak 3 tahun dan suruh bayar lewat rekening pribadi. Sa cek di Bapenda, PBB sa lunas. Jangan percaya!
Komentar:
⟦{nama:w1}⟧: Sa ju ditelpon nomor itu kemarin
⟦{nama:w2}⟧: Pake foto profil logo pemkot lai 😤
{handle:1}: Nomor lain jg {hpk:2} ngaku dari Samsat

=== vehicle_tax
⟦{nama:m1}⟧ ▸ JUAL BELI MOBIL MOTOR KUPANG
{n:a1} jam ·
Dijual Avanza 2015 manual, plat ⟦{plat:m1}⟧, pajak mati {n:a2} bln (bisa sy urus). Harga {?Rp 115 jt|Rp 120 jt|Rp 108 jt} nego tipis. Surat lengkap atas nama sendiri. Hub ⟦{hpc:m1}⟧ lokasi {kel:1}
Komentar:
⟦{nama:m2}⟧: Masih ada bos?
⟦{nama:m1}⟧: Ada pak, sy inbox

=== pbb
Warga Kupang Bersuara
{n:a1} jam ·
Kenapa PBB thn ini naik drastis? Sa pung rumah kecil, tagihan dari {rp:k1} jadi {rp:h1}. Bapenda tolong jelaskan.
Komentar:
⟦{nama:w1}⟧: Sa ju! NOP {nop:1}, naik hampir 3x
Bapenda Kota Kupang: Selamat siang, bapak/ibu dapat mengajukan keberatan di loket PBB {jln:1} atau WA layanan {hpk:1}. Terima kasih
⟦{nama:m1}⟧: Kami di ⟦{rtl:m1}⟧ {kel:1} semua naik
{handle:1}: Naik terus, jalan rusak terus 😂

=== cooperative
⟦{nama:w1}⟧
{tgll:d1} ·
Kepada bapa mama yg jadi korban {kop:1}: ketua ⟦{nama:m1}⟧ sudah {n:a1} minggu menghilang bawa uang anggota. Kami mau kumpul data untuk lapor bersama ke Polda. Yang mau ikut kirim nama, jumlah simpanan, dan bukti setor ke WA sa ⟦{hp:w1}⟧.
Komentar:
⟦{nama:w2}⟧: Sa simpan {rp:b1} ibu 😭
⟦{nama:m2}⟧: Ikut ibu. Istri sa ⟦{nama:w3}⟧ ju anggota
⟦{nama:w1}⟧: Bapa ⟦{pgl:m2}⟧ tolong WA sa ee

=== bank
⟦{nama:m1}⟧
{n:a1} jam ·
Tolong share! Ada orang pakai sa pung foto KTP untuk buka rekening {?BRI ⟦{bri:m1}⟧|BNI ⟦{bni:m1}⟧} dan pinjol atas nama ⟦{nama:m1}⟧. Sekarang sa ditagih {rp:j1} padahal sonde pernah pinjam. Su lapor ke bank dan OJK. Kalo ada yg ditelpon penagih cari sa, tolong hubungi sa langsung di ⟦{hp:m1}⟧ 🙏
Komentar:
⟦{nama:w2}⟧: Astaga, hati2 kasi foto KTP ke orang
{handle:1}: Lapor juga ke polisi bapa, minta surat laporan buat bank
=== licence
⟦{nama:w1}⟧
{n:a1} mg ·
Puji Tuhan akhirnya izin PIRT usaha kue kering sa keluar 🙏 Terima kasih Dinkes & pendamping UMKM. Sekarang bisa titip di toko oleh-oleh. Yang mau pesan untuk Natal WA ⟦{hp:w1}⟧ ya
Komentar:
⟦{nama:m1}⟧: Mantap ibu ⟦{pgl:w1}⟧!
⟦{nama:w2}⟧: Urus berapa lama ibu?
⟦{nama:w1}⟧: Dua bulan kaka, gratis. Jangan pake calo

=== wages
⟦{nama:m1}⟧
{n:a1} jam ·
Sudah {n:a2} bulan kerja di toko bangunan daerah {kel:1}, gaji dibayar setengah-setengah, lembur tidak dibayar. Bos bilang "kalau tidak mau keluar saja". Lapor ke mana bapa mama?
Komentar:
⟦{nama:w1}⟧: Lapor Disnaker kaka, ada hotline
⟦{nama:m2}⟧: Sa dulu kerja di situ ju, sama. Pemilik ⟦{nama:mh1}⟧ memang begitu
{handle:1}: SMS 1708 ketik KOTKUPANG spasi keluhan

=== levy
⟦{nama:w1}⟧
{n:a1} jam ·
Parkir di depan {pkm:1} sekarang Rp 5.000 untuk mobil, tanpa karcis. Tukang parkir bilang namanya ⟦{pgl:m1}⟧, sa pung mobil ⟦{plat:w1}⟧ dia ancam kempes ban kalau sonde bayar. Dishub tolong tertibkan.
Komentar:
⟦{nama:m2}⟧: Itu bukan jukir resmi ibu
Dishub Kota Kupang: Terima kasih infonya, kami tindak lanjuti. Pengaduan parkir WA {hpk:1}

=== procurement
⟦{nama:m1}⟧
{tgll:d1} ·
Proyek jalan lingkungan di ⟦{rtl:m1}⟧ {kel:1} sudah {n:a1} bulan ditinggal, material berserakan. Papan proyek tulis {cv:1}, nilai kontrak {rp:m1}. Kami warga su tanya ke direktur ⟦{nama:m2}⟧, jawabnya tunggu pencairan.
Komentar:
⟦{nama:w1}⟧: Depan sa pung rumah ju begitu, anak2 jatuh motor
{handle:1}: Inspektorat mana?

=== npwp
relawanpajak.kupang
Instagram · {n:a1} hari
Layanan gratis bantu isi SPT Tahunan di pojok pajak kampus tiap Sabtu 09.00-12.00. Bawa bukti potong & NPWP/NIK. Jangan kirim data pribadi di kolom komentar ya!
Komentar:
⟦{nama:w1}⟧: Kak, NPWP sa ⟦{npwp:w1}⟧ kok tidak bisa login Coretax?
relawanpajak.kupang: Kak ⟦{pgl:w1}⟧ tolong hapus komentarnya, DM kami saja 🙏
⟦{nama:m1}⟧: Bisa bantu SPT yg ada usaha kecil?

=== online_shop
⟦{nama:w1}⟧
{n:a1} jam ·
JASTIP SURABAYA 🛍️ Close PO tgl {tgls:d3}. Fee {?Rp 15.000|Rp 20.000}/item. DP 50% ke BCA ⟦{bca:w1}⟧ a.n. ⟦{nama:w1}⟧ atau ShopeePay ⟦{hp:w1}⟧. Barang diambil di rumah ⟦address:{blok:w1}⟧ ya kakak2
Komentar:
⟦{nama:w2}⟧: Ikut kak, sepatu anak 2
⟦{nama:w1}⟧: Siap kak, DM ya

=== social_aid
⟦{nama:w1}⟧
{n:a1} jam ·
Mohon doa & bantuan untuk tetangga kami bapak ⟦{nama:mn1}⟧ yg kena stroke dan harus cuci darah di RSUD W.Z. Johannes. BPJS aktif tapi biaya transport & obat luar besar. Bantuan bisa ke rekening istrinya, ⟦{nama:wn2}⟧, Bank NTT ⟦{ntt:wn2}⟧, atau hubungi ⟦{hp:wn2}⟧. Rekening majelis jemaat {?GMIT Efata Liliba|GMIT Kaisarea BTN Kolhua|GMIT Imanuel Oepura} juga buka: {rntt:1} (a.n. Majelis Jemaat).
Komentar:
⟦{nama:m2}⟧: Su transfer sedikit ibu, Tuhan buka jalan
⟦{nama:w3}⟧: GWS bapa ⟦{pgl:mn1}⟧ 🙏

=== pbb
⟦{nama:mo1}⟧ ▸ Info Kos & Kontrakan Kupang
{n:a1} jam ·
DIKONTRAKKAN rumah 2 kamar di {kel:1}, air PDAM & listrik token, {?Rp 12 jt|Rp 15 jt|Rp 10 jt}/tahun. PBB tanggung pemilik. Tanpa perantara, hubungi pemilik langsung ⟦{hp:mo1}⟧ (⟦{pgl:mo1}⟧)
Komentar:
{handle:1}: Lokasi persis di mana om?
⟦{nama:mo1}⟧: Belakang {sek:1}, bisa lihat hari Sabtu
=== market
⟦{nama:w1}⟧
{n:a1} jam ·
HP sa jatuh di los ikan {psr:1} tadi pagi, Samsung warna biru. Ada foto KTP sa di dalam 😭 Yang temukan tolong hubungi suami sa ⟦{nama:m1}⟧ di ⟦{hp:m1}⟧, ada imbalan.
Komentar:
⟦{nama:w2}⟧: Semoga ketemu kaka
Koperasi Pedagang Pasar: Kami umumkan di pengeras suara pasar ya ibu

=== pbb
Bapenda Kota Kupang
{n:a1} jam · 🌏
DISKON PBB-P2 {?5|10}% untuk pembayaran sampai {tgll:f1}! Bayar di Bank NTT, BRI, Kantor Pos, minimarket, atau QRIS. Cek tagihan dengan NOP, contoh: {nop:1}. Info WA {hpk:1}
Komentar:
{handle:1}: Yang tunggakan 2020 masih bisa diskon?
Bapenda Kota Kupang: Bisa kak, denda dihapus sampai {tgll:f1}
{handle:2}: Aplikasi error terus min

=== scam
OJK Provinsi NTT
{n:a1} jam ·
WASPADA investasi dan pinjaman online ilegal! Ciri-ciri: menjanjikan keuntungan pasti {?5%|10%} per bulan, meminta akses kontak HP, menagih lewat nomor pribadi. Contoh nomor yang dilaporkan masyarakat: {hpk:1}, {hpk:2}. Cek legalitas di Kontak OJK 157 atau WA {hpk:3}.
Komentar:
{handle:1}: Sa pung tetangga kena yang bunga 10% itu
{handle:2}: Tolong tutup aplikasinya
=== online_shop
Toko Elektronik Cahaya Timur
{n:a1} jam ·
PROMO AKHIR BULAN! Kulkas 2 pintu {?Rp 3.199.000|Rp 2.899.000}, bisa cicil tanpa kartu kredit. Transfer ke rekening usaha BRI {rbri:1} a.n. Toko Elektronik Cahaya Timur. WA order {hpk:1}. Alamat toko {jln:1}, buka 08.00-21.00
Komentar:
{handle:1}: Free ongkir Oesapa?
Toko Elektronik Cahaya Timur: Free dalam kota kak 🙏

=== market
{handle:1}
{n:a1} jam ·
Harga emas hari ini di toko mas {psr:1}: emas 24 karat {?Rp 1.610.000|Rp 1.585.000}/gram, 22 karat {?Rp 1.480.000|Rp 1.455.000}/gram. Buyback turun Rp 50.000. Sumber: papan harga pukul {jam:p1}.
Komentar:
{handle:2}: Naik lagi 😩
Toko Mas Sentosa Jaya: Di kami buyback tetap kak, datang sa
=== vehicle_tax
Info Lalu Lintas Kupang
{n:a1} jam ·
Antrean pengesahan STNK di Samsat Kupang meluber ke {jln:1} karena program pemutihan pajak kendaraan berakhir {tgll:d3}. Kendaraan dari arah {kel:1} disarankan lewat jalur lain. Layanan Samsat keliling hari ini di halaman {psr:1}.
Komentar:
{handle:1}: Dari jam 6 pagi belum dapat nomor antrean
{handle:2}: Pemutihan diperpanjang tidak min?

=== npwp
{handle:1}
{n:a1} jam ·
POLLING: Pajak apa yang paling bikin pusing?
A. PBB
B. Pajak kendaraan
C. SPT Tahunan (Coretax)
D. Retribusi sampah
Komentar:
{handle:2}: C! Coretax error terus
{handle:3}: A, naik tiap tahun
Toko Kue Manis Rasa: D, di tagihan PDAM tiba2 ada

=== cooperative
{kop:1}
{n:a1} hari ·
Pengumuman RAT Tahun Buku {thnl:d1}: {tglh:f1}, jam 09.00, di aula {grj:1}. Anggota yang belum lunas simpanan wajib dapat setor ke rekening koperasi Bank NTT {rntt:1} a.n. {kop:1}. Info sekretariat {telk:1}
Komentar:
{handle:1}: SHU tahun ini dibagi kapan?
{kop:1}: Setelah RAT kak 🙏

=== social_aid
BAZNAS Kota Kupang
{n:a1} jam ·
Salurkan zakat, infak, dan sedekah Anda melalui rekening BAZNAS: BSI {rbsi:1}, Bank NTT {rntt:1}. Konfirmasi donasi: WA {hpk:1}. Penyaluran bantuan modal usaha mustahik tahap {?I|II} dibuka sampai {tgll:f1}.
Komentar:
{handle:1}: Syarat daftar mustahik apa saja min?
BAZNAS Kota Kupang: Silakan datang ke kantor dengan KTP dan surat keterangan kelurahan

=== licence
DPMPTSP Kota Kupang
{n:a1} jam ·
Pendampingan OSS RBA gratis untuk UMKM setiap Rabu & Kamis di Mal Pelayanan Publik, lantai 2. Bawa KTP, NPWP/NIK, dan email aktif. Layanan tanpa biaya — laporkan pungli ke {hpk:1} atau SMS 1708.
Komentar:
{handle:1}: Untuk NIB usaha online bisa juga?
DPMPTSP Kota Kupang: Bisa kak
{handle:2}: Mantap 👍

=== procurement
Kupang Terkini
{n:a1} jam ·
Proyek rehab {psr:1} senilai {rp:m1} molor dari jadwal. Kontraktor {cv:1} disebut belum menerima uang muka. PPK Dinas Perindag mengatakan adendum kontrak {spk:ind} sedang diproses.
Komentar:
{handle:1}: Dari tahun lalu begitu terus
{handle:2}: Pedagang jadi jualan di jalan

=== social_aid
Dinas Sosial Kota Kupang
{n:a1} jam · 🌏
Cek status penerima bansos dan PBI JKN di cekbansos.kemensos.go.id. JANGAN menulis NIK, KK, atau nomor kartu di kolom komentar.
Komentar:
⟦{nama:w1}⟧: Min, sa pung KIS ⟦{bpjs:w1}⟧ tiba2 nonaktif, NIK ⟦{nik:w1}⟧. Tolong dicek
Dinas Sosial Kota Kupang: Ibu ⟦{pgl:w1}⟧, mohon hapus komentar yang berisi NIK. Silakan kirim lewat WA layanan {hpk:1}
⟦{nama:m1}⟧: KK sa ⟦{kk:m1}⟧ sonde terdaftar DTSEN padahal su usul dari taun lalu
{handle:1}: Sama, sa ju
"""

LETTER = r"""
=== pbb
Kupang, {tgll:d1}

Kepada Yth.
Kepala Badan Pendapatan Daerah Kota Kupang
di –
Tempat

Perihal: Permohonan pembetulan SPPT PBB-P2

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama\t: ⟦{nama:m1}⟧
NIK\t: ⟦{nik:m1}⟧
Alamat\t: ⟦address:{rmh:m1}, {rt:m1}⟧, Kel. {kel:1}, Kec. {kec:1}
No. HP\t: ⟦{hp:m1}⟧

mengajukan pembetulan SPPT PBB-P2 tahun {thn:d1} dengan NOP {nop:1}, karena luas bangunan tercatat {?180|210|240} m2, padahal bangunan rumah saya hanya {?72|90|96} m2 (satu lantai). Sebagai bahan pertimbangan saya lampirkan fotokopi KTP, SPPT, dan foto rumah.

Demikian permohonan ini, atas perhatian Bapak saya ucapkan terima kasih.

Hormat saya,

⟦{nama:m1}⟧

=== bphtb
Kupang, {tgll:d1}

Kepada Yth.
Kepala Bapenda Kota Kupang
Perihal: Permohonan pengurangan BPHTB rumah pertama

Dengan hormat,
Saya, ⟦{nama:w1}⟧, NIK ⟦{nik:w1}⟧, NPWP ⟦{npwp:w1}⟧, pekerjaan {?guru honorer|karyawan swasta|perawat kontrak}, dengan ini memohon pengurangan BPHTB atas pembelian rumah pertama melalui KPR bersubsidi di ⟦address:{blok:w1}⟧, Kel. {kel:1}. BPHTB yang ditetapkan sebesar {rp:j1}, sedangkan penghasilan saya per bulan di bawah {?Rp 4.000.000|Rp 3.500.000}.

Bersama ini saya lampirkan surat keterangan penghasilan dari tempat kerja, fotokopi KK nomor ⟦{kk:w1}⟧, dan perjanjian kredit nomor {kontrak:1}.

Atas perhatian Bapak, saya ucapkan terima kasih.

Hormat saya,
⟦{nama:w1}⟧
HP ⟦{hp:w1}⟧

=== npwp
PEMERINTAH KOTA KUPANG
KECAMATAN {kec^:1}
KELURAHAN {kel^:1}
Jl. {?Amabi No. 12|Timor Raya No. 40|Kelinci No. 3}, Telp. {telk:1}

SURAT KETERANGAN DOMISILI USAHA
Nomor: {surat:kel}

Lurah {kel:1} menerangkan bahwa:
Nama\t\t: ⟦{nama:w1}⟧
NIK\t\t: ⟦{nik:w1}⟧
NPWP\t\t: ⟦{npwp:w1}⟧
Alamat\t\t: ⟦address:{rmh:w1}, {rt:w1}⟧
Jenis usaha\t: warung makan (di rumah sendiri)

benar menjalankan usaha di alamat tersebut sejak tahun {thn:y1}. Surat keterangan ini diberikan untuk keperluan pendaftaran NPWPD di Bapenda Kota Kupang.

Kupang, {tgll:d1}
Lurah {kel:1},

⟦{nama:m1}⟧
NIP {nip:1}

=== procurement
BERITA ACARA SERAH TERIMA PEKERJAAN (PHO)
Nomor: {spk:pup}

Pada hari ini {hari:d1} tanggal {tgll:d1}, kami yang bertanda tangan di bawah ini:
1. ⟦{nama:w1}⟧, Pejabat Pembuat Komitmen Dinas PUPR Kota Kupang, selanjutnya disebut PIHAK PERTAMA;
2. ⟦{nama:m1}⟧, Direktur {cv:1}, NPWP perusahaan {npwpb:1}, selanjutnya disebut PIHAK KEDUA.

PIHAK KEDUA menyerahkan pekerjaan Rehabilitasi Saluran Drainase Kel. {kel:1} dengan nilai kontrak {rp:m1} dalam keadaan selesai 100%. Masa pemeliharaan 180 hari kalender. Pembayaran ke rekening giro perusahaan Bank NTT {rntt:1} a.n. {cv:1}.

PIHAK PERTAMA\t\t\tPIHAK KEDUA
⟦{nama:w1}⟧\t\t⟦{nama:m1}⟧
NIP {nip:1}\t\tDirektur

=== cooperative
NOTULEN RAPAT PENGURUS {kop^:1}
Hari/tanggal\t: {tglh:d1}
Tempat\t\t: Sekretariat, {jln:1}
Hadir\t\t: ⟦{nama:m1}⟧ (Ketua), ⟦{nama:w1}⟧ (Bendahara), ⟦{nama:m2}⟧ (Sekretaris), ⟦{nama:w2}⟧ (Pengawas)

Pembahasan:
1. Permintaan pengembalian simpanan anggota keluar: ⟦{nama:wo1}⟧ {rp:j1} dan ⟦{nama:mo1}⟧ {rp:j2}.
2. Dana ditransfer dari rekening koperasi ({rntt:1}) ke rekening anggota: ⟦{nama:wo1}⟧ BRI ⟦{bri:wo1}⟧; ⟦{nama:mo1}⟧ Bank NTT ⟦{ntt:mo1}⟧.
3. Pinjaman macet ⟦{nama:m3}⟧ sebesar {rp:b1} diserahkan ke penagihan.

Ditutup pukul {jam:s1}.
Notulis,
⟦{nama:m2}⟧

=== social_aid
SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK

Saya yang bertanda tangan di bawah ini:
Nama\t\t: ⟦{nama:wo1}⟧
NIK\t\t: ⟦{nik:wo1}⟧
No. KK\t\t: ⟦{kk:wo1}⟧
Alamat\t\t: ⟦address:{rt:wo1}⟧ Kel. {kel:1}
No. rekening\t: BNI ⟦{bni:wo1}⟧
No. KIS\t\t: ⟦{bpjs:wo1}⟧

menyatakan dengan sesungguhnya bahwa bantuan langsung tunai sebesar {rp:h1} yang saya terima akan dipergunakan untuk kebutuhan pokok keluarga, dan apabila di kemudian hari terbukti saya tidak berhak, saya bersedia mengembalikan.

Kupang, {tgll:d1}
Yang membuat pernyataan,
(materai)
⟦{nama:wo1}⟧

Saksi: ⟦{nama:m1}⟧ (Ketua RT)

=== wages
PERJANJIAN KERJA WAKTU TERTENTU

Yang bertanda tangan di bawah ini:
1. ⟦{nama:mh1}⟧, pemilik {toko:1}, NIK ⟦{nik:mh1}⟧, beralamat di ⟦address:{rmh:mh1}⟧, Kupang, selanjutnya disebut PENGUSAHA.
2. ⟦{nama:m1}⟧, NIK ⟦{nik:m1}⟧, beralamat di ⟦address:{rmh:m1}, {rt:m1}⟧, Kel. {kel:1}, selanjutnya disebut PEKERJA.

Pasal 1: Pekerja bekerja sebagai tenaga gudang mulai {tgll:d2} selama 12 bulan.
Pasal 2: Upah {?Rp 2.455.000|Rp 2.500.000|Rp 2.600.000} per bulan dibayar ke rekening BRI pekerja ⟦{bri:m1}⟧ paling lambat tanggal 5.
Pasal 3: Pengusaha mendaftarkan pekerja pada BPJS Kesehatan dan BPJS Ketenagakerjaan. Nomor kartu JKN pekerja ⟦{bpjs:m1}⟧.

Kupang, {tgll:d1}
PENGUSAHA\t\t\tPEKERJA
⟦{nama:mh1}⟧\t\t⟦{nama:m1}⟧

=== market
Kupang, {tgll:d1}

Kepada Yth. Kepala Dinas Perindustrian dan Perdagangan Kota Kupang

Perihal: Permohonan keringanan retribusi pasca kebakaran los {huruf:1}

Dengan hormat,
Kami pedagang los {huruf:1} {psr:1} yang kiosnya terbakar pada {tgll:b1} memohon pembebasan retribusi kios selama perbaikan. Kerugian kami rata-rata {rp:b1} per pedagang.

Daftar pedagang:
1. ⟦{nama:w1}⟧, kios no. {n:b1}
2. ⟦{nama:m1}⟧, kios no. {n:b2}
3. ⟦{nama:w2}⟧, kios no. {n:b3}

Koordinator: ⟦{nama:w1}⟧, HP ⟦{hp:w1}⟧.

Hormat kami,
Pedagang los {huruf:1}

=== licence
SURAT PERNYATAAN TIDAK KEBERATAN

Kami yang bertanda tangan di bawah ini, tetangga terdekat dari Bapak ⟦{nama:m1}⟧ yang beralamat di ⟦address:{rmh:m1}⟧, menyatakan tidak keberatan atas usaha bengkel las yang dijalankan di rumahnya, dengan syarat tidak bekerja di atas pukul 21.00.

1. ⟦{nama:w1}⟧ — ⟦address:{rmh:w1}⟧ — ttd
2. ⟦{nama:m2}⟧ — ⟦address:{rmh:m2}⟧ — ttd
3. ⟦{nama:w2}⟧ — ⟦address:{rmh:w2}⟧ — ttd

Mengetahui,
Ketua RT {nrt:1}\t\tLurah {kel:1}
⟦{nama:m3}⟧\t\t(cap dan ttd)

=== bank
SURAT KETERANGAN AHLI WARIS
Nomor: {surat:kel}

Yang bertanda tangan di bawah ini menerangkan bahwa almarhum ⟦{nama:mon1}⟧, NIK ⟦{nik:mon1}⟧, meninggal dunia pada {tgll:b2}, meninggalkan ahli waris:
1. ⟦{nama:wo1}⟧ (istri), NIK ⟦{nik:wo1}⟧
2. ⟦name:{dpn:mn1} {marga:mon1}⟧ (anak), NIK ⟦{nik:mn1}⟧
3. ⟦name:{dpn:wn1} {marga:mon1}⟧ (anak), NIK ⟦{nik:wn1}⟧

Surat keterangan ini dibuat untuk keperluan penutupan dan pencairan rekening almarhum di Bank Mandiri nomor ⟦{mdr:mon1}⟧ serta klaim asuransi kredit.

Kupang, {tgll:d1}
Lurah {kel:1}

=== vehicle_tax
KWITANSI JUAL BELI KENDARAAN

Telah terima dari\t: ⟦{nama:m2}⟧, NIK ⟦{nik:m2}⟧
Uang sejumlah\t\t: {?Rp 14.500.000|Rp 11.000.000|Rp 16.750.000}
Untuk pembayaran\t: 1 unit sepeda motor Honda Vario 125, nomor polisi ⟦{plat:m1}⟧, nomor rangka MH1JM{n:d1}K{n:c1}, BPKB atas nama penjual

Kupang, {tgll:d1}
Penjual,\t\t\tPembeli,
⟦{nama:m1}⟧\t\t⟦{nama:m2}⟧
NIK ⟦{nik:m1}⟧
HP ⟦{hp:m1}⟧\t\tHP ⟦{hp:m2}⟧

=== levy
NOTULEN RAPAT MAJELIS JEMAAT {grj^:1}
Tanggal: {tgll:d1}

Hadir: Ketua Majelis Pdt. ⟦{nama:wn1}⟧, Bendahara ⟦{nama:mn1}⟧, dan {n:b1} anggota majelis.

1. Iuran pembangunan pastori ditetapkan {?Rp 50.000|Rp 75.000} per KK per bulan, disetor ke rekening Majelis Jemaat Bank NTT {rntt:1}.
2. Pajak reklame spanduk bazar dibayar ke Bapenda, billing {billing:1}.
3. Penatua ⟦{nama:wn2}⟧ mengusulkan bendahara tidak lagi menerima setoran ke rekening pribadi. Disetujui.

Notulis: ⟦{nama:mn2}⟧

=== scam
KEPOLISIAN NEGARA REPUBLIK INDONESIA
DAERAH NUSA TENGGARA TIMUR
RESOR KUPANG KOTA

SURAT TANDA TERIMA LAPORAN POLISI
Nomor: STTLP/B/{n:c1}/{bln:d1}/{thn:d1}/SPKT/POLRESTA KUPANG KOTA

Telah menerima laporan dari:
Nama\t\t: ⟦{nama:w1}⟧
Tempat/Tgl lahir\t: {ttl:w1}
Pekerjaan\t: {kerja:w1}
Alamat\t\t: ⟦address:{rmh:w1}, {rt:w1}⟧, Kel. {kel:1}
No. HP\t\t: ⟦{hp:w1}⟧

Perihal: penipuan jual beli online. Pelapor mentransfer {rp:j1} ke rekening BCA ⟦{bca:m1}⟧ atas nama ⟦{nama:m1}⟧ untuk pembelian mesin jahit, barang tidak dikirim. Terlapor menggunakan akun Instagram @{?mesinjahit.kpg|jualmesin.kupang|grosir.mesin.ntt}.

Kupang, {tgll:d1}
an. KEPALA KEPOLISIAN RESOR KUPANG KOTA
KA SPKT

=== social_aid
RUKUN TETANGGA {nrt:1} / RUKUN WARGA {nrw:1}
KELURAHAN {kel^:1}

SURAT PENGANTAR
Nomor: {n:a1}/RT{nrt:1}/{bln:d1}/{thn:d1}

Ketua RT {nrt:1} RW {nrw:1} Kelurahan {kel:1} menerangkan bahwa:
Nama\t: ⟦{nama:mo1}⟧
NIK\t: ⟦{nik:mo1}⟧
Alamat\t: ⟦address:{rmh:mo1}, RT {nrt:1}/RW {nrw:1}⟧

adalah warga kami yang tergolong tidak mampu, belum terdaftar sebagai penerima bantuan sosial, dan membutuhkan PBI JKN. Nomor kartu BPJS lama (mandiri, menunggak) ⟦{bpjs:mo1}⟧.

Kupang, {tgll:d1}
Ketua RT {nrt:1} RW {nrw:1}

⟦{nama:w1}⟧

=== pbb
Kupang, {tgll:d1}

Kepada Yth. Kepala Bapenda Kota Kupang

Perihal: Keberatan atas SPPT PBB dua objek

Dengan hormat,
Saya ⟦{nama:mh1}⟧, pemilik {toko:1}, mengajukan keberatan atas dua SPPT tahun {thn:d1}:
a. NOP {nop:1}, bangunan toko di {jln:1} (milik usaha), tagihan {rp:j1};
b. NOP {nop:2}, rumah tinggal saya di ⟦address:{rmh:mh1}⟧, tagihan {rp:h1}.
Objek (b) tercatat sebagai bangunan komersial, padahal rumah tinggal. Mohon diperbaiki.

Hormat saya,
⟦{nama:mh1}⟧
NIK ⟦{nik:mh1}⟧ / HP ⟦{hp:mh1}⟧

=== npwp
SURAT PERNYATAAN

Yang bertanda tangan di bawah ini:
Nama\t: ⟦{nama:w1}⟧
NIK\t: ⟦{nik:w1}⟧
Alamat\t: ⟦address:{rmh:w1}⟧, Kupang

sebagai narasumber kegiatan pelatihan UMKM pada Dinas Koperasi dan UKM Kota Kupang tanggal {tgll:d1}, menyatakan belum memiliki NPWP, sehingga pemotongan PPh Pasal 21 atas honorarium {rp:j1} dikenakan tarif lebih tinggi. Honorarium mohon ditransfer ke rekening Bank NTT ⟦{ntt:w1}⟧.

Catatan bendahara: dipotong oleh Bendahara Pengeluaran Diskop UKM, NPWP bendahara {npwpben:1}.

Kupang, {tgll:d1}
⟦{nama:w1}⟧

=== online_shop
Kupang, {tgll:d1}

Kepada Sdr. ⟦{nama:m1}⟧
pemilik akun Instagram @{?sablon.kupang|kaos.sablon.kpg|sablonmurah_kupang}
di tempat

Perihal: Somasi

Dengan hormat,
Pada {tgll:b2} saya memesan 50 potong kaos sablon untuk kegiatan gereja dan telah membayar lunas {rp:j1} ke rekening BNI ⟦{bni:m1}⟧ atas nama Saudara. Sampai hari ini barang belum diterima. Apabila dalam 7 hari barang atau uang tidak dikembalikan, saya akan menempuh jalur hukum.

Hormat saya,
⟦{nama:w1}⟧
⟦address:{rmh:w1}⟧, Kel. {kel:1}
HP ⟦{hp:w1}⟧ / telp rumah ⟦{telr:w1}⟧

=== levy
WALI KOTA KUPANG

SURAT EDARAN
Nomor: {surat:bpd}

TENTANG
PEMBAYARAN RETRIBUSI DAERAH SECARA NONTUNAI

Kepada Yth. para Kepala Perangkat Daerah, Camat, dan Lurah se-Kota Kupang.

1. Mulai {tgll:f1} seluruh retribusi pasar, parkir, persampahan, dan pemakaian kekayaan daerah dibayar nontunai melalui QRIS atau kode billing.
2. Petugas dilarang menerima uang tunai; karcis manual ditarik.
3. Setoran masuk langsung ke Rekening Kas Daerah Bank NTT {rntt:1}.
4. Pelanggaran dilaporkan melalui SMS 1708 atau WA pengaduan {hpk:1}.

Ditetapkan di Kupang
pada tanggal {tgll:d1}
WALI KOTA KUPANG
=== levy
PEMERINTAH KOTA KUPANG
BADAN PENDAPATAN DAERAH
Jl. {?Soeharto No. 21|Piet A. Tallo No. 5}, Telp. {telk:1}

UNDANGAN
Nomor: {surat:bpd}

Kepada Yth. Pimpinan usaha rumah makan, kafe, dan katering wajib PBJT se-Kota Kupang

Mengharapkan kehadiran Bapak/Ibu pada sosialisasi pelaporan PBJT makanan dan minuman secara elektronik (e-tax), hari {hari:d3}, {tgll:d3}, pukul 09.00 WITA, di aula Bapenda. Peserta membawa NPWPD dan laptop.

Kepala Bapenda Kota Kupang
(ttd)
=== market
NOTULEN RAPAT KOORDINASI RETRIBUSI PASAR
Hari/Tanggal: {tglh:d1}
Peserta: Kepala UPTD Pasar, Kabid Perdagangan, perwakilan Bapenda, perwakilan BPKAD, koordinator los ikan, koordinator los sayur.

Pokok bahasan:
1. Realisasi retribusi {psr:1} s.d. bulan {blnn:d1} sebesar {?Rp 312.450.000 (target Rp 540.000.000)|Rp 198.700.000 (target Rp 410.000.000)|Rp 427.150.000 (target Rp 600.000.000)}.
2. Karcis cetak tahun {thn:y1} masih beredar; semua karcis lama ditarik.
3. Penyetoran harian melalui kode billing ke Rekening Kas Daerah {rntt:1}, bukan tunai ke petugas.
4. Koperasi Pedagang mengusulkan retribusi dipungut mingguan.

Rapat ditutup pukul {jam:s1}.

=== procurement
PENGUMUMAN
Nomor: {surat:pbj}

Pokja Pemilihan UKPBJ Kota Kupang mengumumkan tender:
Nama paket\t: Pengadaan Meubelair Kantor Kelurahan
Pagu\t\t: {rp:m1}
HPS\t\t: {rp:m2}
Kualifikasi\t: Usaha kecil, NIB aktif, NPWP badan valid, SPT tahun {thn:y1}
Pendaftaran\t: melalui LPSE sampai {tgll:f1}

Kupang, {tgll:d1}
Pokja Pemilihan {n:a1}

=== bank
Nomor\t: {surat:bpd}
Lampiran\t: 1 berkas
Perihal\t: Rekonsiliasi virtual account PBB-P2

Kepada Yth.
Pimpinan Bank NTT Kantor Cabang Utama Kupang
di Kupang

Dengan hormat,
Berdasarkan data kami, terdapat {n:b1} transaksi virtual account dengan awalan {?88908|8808|70012} yang telah terdebet pada rekening wajib pajak tetapi belum tercatat di Rekening Kas Daerah {rntt:1} per {tgll:b1}. Total selisih {rp:j1}. Mohon data mutasi rekening untuk rekonsiliasi.

Kepala Bapenda Kota Kupang

=== levy
Nomor\t: {surat:bpd}
Perihal\t: Teguran pertama PBJT jasa makanan dan minuman

Kepada Yth.
Pimpinan {cv:1}
{jln:1}
Kupang

Berdasarkan pemeriksaan, {cv:1} (NPWPD {npwpdb:1}, NPWP {npwpb:1}) belum menyetorkan PBJT atas penjualan rumah makan untuk masa pajak {blnn:b2} dan {blnn:d1} sebesar {rp:b1}. Mohon dilunasi paling lambat {tgll:f1} melalui kode billing {billing:1}.

Kepala Bidang Penagihan

=== wages
BERITA ACARA PEMERIKSAAN KAS BENDAHARA PENERIMAAN
Pada hari ini {hari:d1} tanggal {tgll:d1}, dilakukan pemeriksaan kas Bendahara Penerimaan UPTD Pasar:
Saldo buku kas umum\t: {rp:j1}
Uang tunai di brankas\t: {rp:h1}
Saldo rekening penerimaan Bank NTT {rntt:1}\t: {rp:j2}
Selisih dijelaskan oleh bendahara sebagai setoran tanggal {tgl:b1} yang belum dibukukan (bukti setor NTPD {ntpn:1}).

Pemeriksa: Inspektur Pembantu Wilayah {?I|II|III}
Yang diperiksa: Bendahara Penerimaan

=== social_aid
KEPUTUSAN KEPALA DINAS KOPERASI DAN UKM KOTA KUPANG
NOMOR {surat:kop}
TENTANG PENERIMA BANTUAN MODAL USAHA MIKRO TAHUN {thn:d1}

MEMUTUSKAN:
KESATU\t: Menetapkan {n:c1} pelaku usaha mikro sebagai penerima bantuan modal masing-masing {rp:j1}, sebagaimana tercantum dalam lampiran.
KEDUA\t: Bantuan disalurkan melalui rekening masing-masing penerima pada Bank NTT.
KETIGA\t: Penerima per kecamatan: Alak {n:b1}, Kelapa Lima {n:b2}, Kota Lama {n:b3}, Kota Raja {n:b4}, Maulafa {n:b5}, Oebobo {n:b6}.

Ditetapkan di Kupang, {tgll:d1}

=== cooperative
PENGUMUMAN
{kop^:1}
Badan Hukum No. {n:c1}/BH/XXIV/{thn:y1}

Diberitahukan kepada seluruh anggota bahwa Rapat Anggota Tahunan akan dilaksanakan pada {tglh:f1} pukul 09.00 WITA di aula {grj:1}. Anggota yang memiliki tunggakan dapat menyetor ke rekening koperasi BRI {rbri:1} a.n. {kop:1}. NPWP koperasi {npwpb:1}.

Pengurus

=== scam
PEMERINTAH KOTA KUPANG
DINAS SOSIAL
Jl. {?Timor Raya No. 35|Frans Seda No. 8}, Telp. {telk:1}

PENGUMUMAN
Nomor: {surat:dis}

Dinas Sosial Kota Kupang tidak pernah memungut biaya pendaftaran bantuan sosial dan tidak menghubungi warga melalui nomor pribadi. Nomor {hpk:1} dan {hpk:2} yang mengatasnamakan Dinas Sosial adalah penipuan. Pengaduan resmi: SMS 1708 atau kantor Dinas Sosial pada jam kerja.

Kepala Dinas Sosial
"""

OCR_SCAN = r"""
=== pbb
SURAT PEMBERITAHUAN PAJAK TERUTANG
PAJAK BUMI DAN BANGUNAN PERDESAAN DAN PERKOTAAN TAHUN {thn:d1}
NOP : {nop:1}
LETAK OBJEK PAJAK : {jln^:1}
KEL. {kel^:1}
NAMA DAN ALAMAT WAJIB PAJAK :
⟦{nama^:m1}⟧
⟦address:{rmh^:m1}⟧
{kel^:2} KUPANG
BUMI {n:c1} M2 ... NJOP Rp {?1.100.000|850.000|640.000}
BANGUNAN {n:b1} M2
PBB YANG HARUS DIBAYAR {rp:h1}
TGL JATUH TEMPO {tgl:f1}

=== bphtb
SURAT SETORAN PAJAK DAERAH
BEA PEROLEHAN HAK ATAS TANAH DAN BANGUNAN (SSPD-BPHTB)
1. Nama Wajib Pajak : ⟦{scan:w1}⟧
2. NIK            : ⟦{nikl:w1}⟧
3. NPWP           : ⟦{npwpx:w1}⟧
4. Alamat Wajib Pajak : ⟦address:{rmh^:w1} {rt:w1}⟧
5. NOP PBB        : {nop:1}
6. Letak tanah    : {kel^:1}, KEC. {kec^:1}
7. Jenis perolehan: JUAL BELI
8. Harga transaksi: {rpn:m1}
9. BPHTB terutang : {rpn:b1}
NTPD : {ntpn:1}   Tgl setor {tgld:b1}

=== npwp
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
KANTOR PELAYANAN PAJAK PRATAMA KUPANG
SURAT KETERANGAN TERDAFTAR
Nomor: S-{n:d1}KT/WPJ.{?36|24}/KP.{?0203|0103}/{thn:d1}
Berdasarkan permohonan Wajib Pajak, dengan ini diterangkan bahwa:
Nama      : ⟦{scan:m1}⟧
NPWP      : ⟦{npwpx:m1}⟧
NIK       : ⟦{nikl:m1}⟧
Alamat    : ⟦address:{rmh^:m1} {rt:m1}⟧
            {kel^:1} KOTA KUPANG
Kegiatan usaha : PERDAGANGAN ECERAN
Tanggal terdaftar {tgl:y1}
=== bank
BRI  REKENING KORAN
Nama      : ⟦{nama^:w1}⟧
No. Rek   : ⟦{bri:w1}⟧
Alamat    : ⟦address:{rmh^:w1}⟧
Periode   : {tgld:b2} s/d {tgld:d1}
TANGGAL     URAIAN                                   DEBET        KREDIT
{tgld:b2}  TRF DARI ⟦{nama^:m1}⟧ ⟦{ntt:m1}⟧                     {rpn:h2}
{tgld:b1}  SETORAN TUNAI UNIT {kel^:1}                       {rpn:h1}
{tgld:b1}  BRIVA {va:1} PBB                       {rpn:k1}
{tgld:d1}  TARIK TUNAI ATM                       {rpn:h3}
{tgld:d1}  BIAYA ADM                              {?5.000|6.500}
=== social_aid
RSUD S.K. LERIK KOTA KUPANG
SURAT ELIGIBILITAS PESERTA
No. SEP : 0{n:d1}R00{n:d2}V00{n:c1}
Tgl. SEP : {tgld:d1}
No. Kartu : ⟦{bpjsl:wo1}⟧
Nama Peserta : ⟦{scan:wo1}⟧
Tgl. Lahir : {lahir:wo1}
Jns. Peserta : PBI (APBN)
Poli Tujuan : PENYAKIT DALAM
Faskes Perujuk : {pkm^:1}
Kelas Hak : KELAS 3
Pasien/Keluarga Pasien
=== wages
SLIP GAJI KARYAWAN
{toko^:1}
Periode : {blnn^:d1} {thn:d1}
Nama    : ⟦{nama^:m1}⟧
Jabatan : {?KASIR|STAF GUDANG|SOPIR}
NPWP    : ⟦{npwp:m1}⟧
No. JKN : ⟦{bpjs:m1}⟧
Rek. BNI: ⟦{bni:m1}⟧
{?Gaji Pokok        2.500.000
Tunj. Transport     300.000
Pot. BPJS Kes 1%     25.000
Pot. PPh 21               0
Diterima          2.775.000|Gaji Pokok        2.750.000
Tunj. Makan         400.000
Pot. BPJS Kes 1%     27.500
Pot. Kasbon         250.000
Diterima          2.872.500}

=== vehicle_tax
TANDA BUKTI PELUNASAN KEWAJIBAN PEMBAYARAN
PKB / BBNKB / SWDKLLJ
NOMOR POLISI : ⟦{plat:m1}⟧
NAMA PEMILIK : ⟦{scan:m1}⟧
ALAMAT       : ⟦address:{rmh^:m1} {rt:m1}⟧
               {kel^:1} KOTA KUPANG
MERK/TYPE    : {?HONDA/NF11B1D M/T|YAMAHA/B65 AT|SUZUKI/NEX II}
PKB POKOK    : {rpn:h1}
PKB DENDA    : {rpn:k1}
SWDKLLJ      : 35.000
TGL BAYAR    : {tgld:d1}
BERLAKU S/D  : TAHUN 2027
KODE BAYAR   : {billing:1}
=== procurement
FAKTUR PAJAK
Kode dan Nomor Seri Faktur Pajak : {faktur:1}
Pengusaha Kena Pajak
Nama : {ud^:1}
Alamat : {jln^:1} KUPANG
NPWP : {npwpb:1}
{?NITKU : {nitkub:1}
|}Pembeli Barang Kena Pajak/Penerima Jasa Kena Pajak
Nama : ⟦{nama^:w1}⟧
Alamat : ⟦address:{rmh^:w1}⟧, KUPANG
{?NPWP : ⟦{npwpn:w1}⟧|NPWP : ⟦{npwpn:w1}⟧
NITKU Pembeli : ⟦{nitku:w1}⟧}
No. Barang/Jasa       Harga Jual
1   Rangka atap baja ringan dan seng (paket)   {rpn:j1}
Dasar Pengenaan Pajak  {rpn:j1}
PPN = 12% x DPP

=== market
KWITANSI
No. {kwt:1}
Sudah terima dari : ⟦{nama:w1}⟧
{?Uang sejumlah     : Dua juta empat ratus ribu rupiah
Untuk pembayaran  : sewa kios no. {n:b1} los sayur {psr:1} tahun {thn:d1}
                    Rp 2.400.000|Uang sejumlah     : Satu juta delapan ratus ribu rupiah
Untuk pembayaran  : sewa kios no. {n:b1} los ikan {psr:1} tahun {thn:d1}
                    Rp 1.800.000}
Kupang, {tgll:d1}
Yang menerima,
Bendahara Penerimaan UPTD Pasar
(cap)

=== licence
SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA
Nomor P-IRT : {n:a1}{n:d1}{n:b1}-{thn:f1}
Nama Pemilik : ⟦{scan:w1}⟧
NIK          : ⟦{nik:w1}⟧
Alamat Produksi : ⟦address:{rmh^:w1}, {rt:w1}⟧ (RUMAH SENDIRI)
Kelurahan    : {kel^:1}
Telepon      : ⟦{hp:w1}⟧
Email        : ⟦{mail:w1}⟧
Jenis Pangan : KUE KERING
NIB          : {nib:1}
Kupang, {tgll:d1}
=== bank
BANK NTT
BUKTI SETORAN TUNAI
Tanggal : {tgld:d1}   Jam : {jamc:s1}
Ke rekening : ⟦{ntt:w1}⟧
Nama pemilik : ⟦{nama^:w1}⟧
{?Jumlah : Rp 2.000.000
Terbilang : DUA JUTA RUPIAH|Jumlah : Rp 3.500.000
Terbilang : TIGA JUTA LIMA RATUS RIBU RUPIAH|Jumlah : Rp 1.000.000
Terbilang : SATU JUTA RUPIAH}
Berita : {?UANG KULIAH|BAYAR ARISAN|MODAL USAHA}
Penyetor : ⟦{nama^:m1}⟧  HP ⟦{hp:m1}⟧
Teller {n:a1}   No. Validasi {trx:1}
=== social_aid
SURAT KETERANGAN PINDAH WNI
Nomor: SKPWNI/{n:c1}/{bln:d1}/{thn:d1}
DATA DAERAH ASAL
Nomor Kartu Keluarga : ⟦{kkp:mn1}⟧
Nama Kepala Keluarga : ⟦{nama^:mn1}⟧
Alamat : ⟦address:{rmh^:mn1}⟧
RT/RW : ⟦{rtp:mn1}⟧  Kel. {kel^:1}
DATA KEPINDAHAN
Alasan pindah : PEKERJAAN
Alamat tujuan : KABUPATEN KUPANG
Keluarga yang pindah:
No  Nama                      NIK               SHDK
1   ⟦{nama^:mn1}⟧   ⟦{nikp:mn1}⟧   KEPALA KELUARGA
2   ⟦{nama^:wn1}⟧   ⟦{nikl:wn1}⟧   ISTRI
3   ⟦name:{dpn^:mcn1} {marga^:mn1}⟧   ⟦{nikp:mcn1}⟧   ANAK
=== online_shop
J&T EXPRESS   {resij:1}
PENGIRIM: ⟦{nama^:w1}⟧
⟦{hpb:w1}⟧
PENERIMA: ⟦{nama^:m1}⟧
⟦{hpl:m1}⟧
⟦address:{rmh^:m1}, {rt:m1}⟧ {kel^:1}, KOTA KUPANG
COD : {rp:h1}
BERAT : {?1|2|3} KG   ISI: PAKAIAN

=== npwp
BUKTI PEMOTONGAN PPh PASAL 4 AYAT (2)
ATAS PERSEWAAN TANAH DAN/ATAU BANGUNAN
Nomor : {bupot:1}
A. IDENTITAS WAJIB PAJAK YANG DIPOTONG
A.1 NPWP/NIK : ⟦{npwpn:m1}⟧
A.2 Nama     : ⟦{nama^:m1}⟧
A.3 Alamat   : ⟦address:{rmh^:m1}⟧
B. OBJEK: sewa rumah tinggal di {jln^:1} untuk mes karyawan
   Nilai sewa {rpn:b1}   PPh final 10%
C. IDENTITAS PEMOTONG
C.1 NPWP : {npwpb:1}
C.2 Nama : {cv^:1}
Tanggal {tgl:d1}
=== levy
SURAT KETETAPAN RETRIBUSI DAERAH (SKRD)
RETRIBUSI PELAYANAN PERSAMPAHAN
Nomor SKRD : {n:d1}/SKRD/DLH/{thn:d1}
Nama Wajib Retribusi : ⟦{nama^:w1}⟧
Alamat : ⟦address:{rmh^:w1}⟧ (RUMAH TINGGAL + WARUNG)
Kelurahan : {kel^:1}
Masa : {blnn^:d1} {thn:d1}
Jumlah : {?Rp 20.000|Rp 35.000}
Jatuh tempo : {tgld:f1}

=== scam
[tangkapan layar]
TRANSAKSI BERHASIL
Transfer ke
⟦{nama^:m1}⟧
BNI - ⟦{bni:m1}⟧
Nominal {rp:j1}
Dari: ⟦{nama^:w1}⟧
Catatan: DP motor Scoopy
No. Ref {ref:1}
{tglm:d1} {jamc:m1} WITA
*bukti ini dikirim penjual ke pembeli, ternyata editan

=== cooperative
BUKU ANGGOTA
{kop^:1}
No. Anggota : {n:c1}.{n:d1}
Nama        : ⟦{scan:w1}⟧
NIK         : ⟦{nikn:w1}⟧
Alamat      : ⟦address:{rmh^:w1}, {rt:w1}⟧
HP          : ⟦{hp:w1}⟧
Ahli waris  : ⟦{nama^:m1}⟧ (SUAMI)
Simpanan pokok {rpn:h1}   Simpanan wajib/bln {rpn:k1}

=== pbb
BUKTI PEMBAYARAN PBB-P2
KANTOR POS KUPANG
NOP        : {nop:1}
TAHUN      : {thn:d1}
NAMA WP    : (tidak tercetak)
POKOK      : {rpn:h1}
DENDA      : 0
TOTAL      : {rpn:h1}
NTPD       : {ntpn:1}
TGL BAYAR  : {tgld:d1} {jamc:p1}
LOKET {n:a1}

=== market
BENGKEL MAJU MOTOR
{?JL. SOEHARTO|JL. TIMOR RAYA|JL. SAM RATULANGI} KUPANG
TELP/WA {hpk:1}
NPWP : {npwpb:1}
--------------------------------
{?GANTI OLI MESIN            65.000
KAMPAS REM DEPAN           85.000
JASA SERVIS                50.000
TOTAL                     200.000|BAN LUAR 80/90           235.000
BUSI                       25.000
JASA                       40.000
TOTAL                     300.000}
--------------------------------
No. {inv:1}  KASIR 01
GARANSI SERVIS 7 HARI
=== levy
BUKTI SETOR PAJAK DAERAH
PBJT MAKANAN DAN MINUMAN
Nama Usaha : {?RUMAH MAKAN SURYA TIMOR|CAFE TEPI LAUT|WARUNG SE'I BUNDA}
NPWPD      : {npwpdb:1}
Masa pajak : {blnn^:b1} {thn:b1}
Virtual account : {va:1}
Jumlah     : {rp:j1}
NTPD       : {ntpn:1}
Tgl bayar  : {tgld:d1} {jamc:s1}
=== levy
LAPORAN SETORAN HARIAN RETRIBUSI SAMPAH
POS {?OEBOBO|OESAPA|NAIKOTEN}  TGL {tgld:d1}
{?Karcis seri A no. 004101 s/d 004140
Jumlah karcis terjual : 40
Nilai : Rp 80.000|Karcis seri B no. 012351 s/d 012410
Jumlah karcis terjual : 60
Nilai : Rp 120.000|Karcis seri A no. 007826 s/d 007850
Jumlah karcis terjual : 25
Nilai : Rp 50.000}
Disetor ke rekening penerimaan Bank NTT {rntt:1}
Petugas pos / Koordinator
(paraf)        (paraf)
=== market
QRIS – BUKTI PEMBAYARAN
Merchant : RETRIBUSI PASAR KOTA KUPANG
NMID     : ID{n:d1}{n:d2}{n:c1}
Lokasi   : {psr^:1}
Nominal  : Rp {?2.000|3.000|5.000}
Ref      : {ref:1}
Waktu    : {tgld:d1} {jamc:p1}
Terima kasih telah membayar nontunai
=== levy
SURAT KETETAPAN PAJAK DAERAH
PAJAK BARANG DAN JASA TERTENTU (PBJT) MAKANAN DAN MINUMAN
Nomor : {skpd:1}
Nama Usaha : {?RUMAH MAKAN SURYA TIMOR|CAFE TEPI LAUT|WARUNG SE'I BUNDA}
NPWPD : {npwpdb:1}
Alamat Usaha : {jln^:1}, KUPANG
Masa Pajak : {blnn^:b2} {thn:d1}
Pokok : {rpn:j1}
Denda : {rpn:h1}
Kode billing : {billing:1}

=== scam
[tangkapan layar SMS]
Dari: {hpk:1}
NASABAH YTH. REKENING BRI ANDA DIBLOKIR KARENA TARIF TRANSFER BARU Rp 150.000/BULAN. JIKA TIDAK SETUJU ISI FORMULIR: bri-tarif-baru.cc SEBELUM {tgls:d2}
[diterima {tglm:d1} {jamc:m1}]

=== bank
SLIP SETORAN
BANK NTT
Rekening Kas Daerah Kota Kupang
No. Rek : {rntt:1}
Penyetor : BENDAHARA PENERIMAAN BAPENDA
NPWP Bendahara : {npwpben:1}
Jumlah : {rpn:b1}
Terbilang : --
Keterangan : SETORAN PBB-P2 {blnn^:d1}
Validasi {trx:1}

=== licence
PERIZINAN BERUSAHA BERBASIS RISIKO
NOMOR INDUK BERUSAHA: {nib:1}
Nama Pelaku Usaha : {cv^:1}
NPWP Badan        : {npwpb:1}
Alamat Kantor     : {jln^:1} NO. {n:b1}, KUPANG
KBLI              : 41011 KONSTRUKSI GEDUNG HUNIAN
Status            : NON-UMK
Diterbitkan {tgll:d1}

=== procurement
KWITANSI
No. {kwt:1}
Telah terima dari : BENDAHARA PENGELUARAN KANTOR KECAMATAN {kec^:1}
Uang sejumlah     : {rp:j1}
Untuk pembayaran  : pengadaan ATK bulan {blnn:d1} (SPK {spk:kec})
Penerima          : {ud^:1}
NPWP Penerima     : {npwpb:1}
PPN {rp:h1}, PPh 22 {rp:k1}

=== bphtb
BUKTI PENERIMAAN SURAT (BPS)
BAPENDA KOTA KUPANG - LAYANAN BPHTB
No. Registrasi : {n:d1}/BPHTB/{bln:d1}/{thn:d1}
NOP : {nop:1}
Jenis : Validasi SSPD
Diterima tgl : {tgld:d1} {jamc:p1}
Estimasi selesai : {tgld:d3}
Petugas loket {n:a1}
Cek status: WA {hpk:1}

=== bphtb
[foto spanduk]
DIJUAL CEPAT
RUMAH + TANAH SHM {n:c1} M2
{kel^:1} – DEKAT {sek^:1}
HARGA NEGO, BEBAS BANJIR
HUB. ⟦{hpl:w1}⟧
(IBU ⟦{pgl^:w1}⟧)
TANPA PERANTARA
"""

REGISTER = r"""
=== social_aid
No,Nama Pemohon,NIK,No KK,Alamat,RT/RW,No HP,Rekening Bank NTT,Nilai Bantuan
1,⟦{nama^:wo1}⟧,⟦{nikp:wo1}⟧,⟦{kkp:wo1}⟧,⟦{rmh:wo1}⟧,⟦{rtp:wo1}⟧,⟦{hpp:wo1}⟧,⟦{ntt:wo1}⟧,{rpn:j1}
2,⟦{nama^:mo1}⟧,⟦{nikp:mo1}⟧,⟦{kkp:mo1}⟧,⟦{rmh:mo1}⟧,⟦{rtp:mo1}⟧,⟦{hpp:mo1}⟧,⟦{ntt:mo1}⟧,{rpn:j2}
3,⟦{nama^:w1}⟧,⟦{nikp:w1}⟧,⟦{kkp:w1}⟧,⟦{rmh:w1}⟧,⟦{rtp:w1}⟧,-,⟦{ntt:w1}⟧,{rpn:j3}
Sumber: verifikasi bantuan bedah rumah (RTLH) Kel. {kel:1}, {tgl:d1}
=== npwp
Rekap NPWP tenaga kontrak {?Kantor Kecamatan {kec:1}|UPTD Pasar|Kelurahan {kel:1}} (diminta bendahara)
⟦{nama:w1}⟧ — ⟦{npwpn:w1}⟧
⟦{nama:m1}⟧ — ⟦{npwps:m1}⟧
⟦{nama:w2}⟧ — ⟦{npwp0:w2}⟧
⟦{nama:m2}⟧ — belum punya, NIK ⟦{nik:m2}⟧
⟦{nama:w3}⟧ — ⟦{npwpd:w3}⟧
Dikirim ke bendahara pengeluaran tgl {tgl:d1}

=== cooperative
DANA BERGULIR PEDAGANG {psr^:1} – PENYALURAN LEWAT KOPERASI
No | Nama Penerima | NIK | HP | Pinjaman
1 | ⟦{nama:w1}⟧ | ⟦{nikp:w1}⟧ | ⟦{hp:w1}⟧ | {rpn:j1}
2 | ⟦{nama:m1}⟧ | ⟦{nikp:m1}⟧ | ⟦{hp:m1}⟧ | {rpn:j2}
3 | Koperasi Pedagang Ikan Teluk Kupang (penyalur) | - | {hpk:1} | {rpn:b1}
4 | ⟦{nama:wx1}⟧ | ⟦{nikp:wx1}⟧ | ⟦{hp:wx1}⟧ | {rpn:j3}
Update {tgl:d1} – Dinas Koperasi
=== licence
PENDAMPINGAN NIB KELURAHAN {kel^:1} – STATUS PER {tgl:d1}
Nama;NIK;Jenis usaha;Alamat usaha;HP;Status NIB
⟦{nama:w1}⟧;⟦{nikp:w1}⟧;jual kue;⟦{rmh:w1}⟧ (rumah sendiri);⟦{hp:w1}⟧;terbit {nib:1}
⟦{nama:m1}⟧;⟦{nikp:m1}⟧;cukur rambut;⟦{rmh:m1}⟧ (rumah sendiri);⟦{hp:m1}⟧;ditolak, KBLI salah
KUBE Tenun Ina Ndao;-;tenun ikat;{jln:1};{hpk:1};terbit {nib:2}
⟦{nama:w2}⟧;⟦{nikp:w2}⟧;jahit;⟦{rmh:w2}⟧ (rumah sendiri);⟦{hp:w2}⟧;proses
=== procurement
REKAP PEMBAYARAN PENYEDIA – KECAMATAN {kec^:1} – TRIWULAN {?I|II|III}
Penyedia | NPWP Penyedia | Nilai | Rekening
{cv:1} | {npwpb:1} | {rpn:b1} | Bank NTT {rntt:1}
{ud:1} | {npwpb:2} | {rpn:j1} | BRI {rbri:1}
⟦{nama:m1}⟧ (perorangan, katering) | ⟦{npwp:m1}⟧ | {rpn:j2} | BRI ⟦{bri:m1}⟧
{cv:2} | {npwpb:3} | {rpn:b2} | Mandiri {rmdr:1}

=== cooperative
{kop^:1} – DAFTAR PINJAMAN ANGGOTA JATUH TEMPO {blnn^:d1}
No.Anggota\tNama\tPinjaman\tSisa\tRek. Potong
{n:c1}\t⟦{nama:w1}⟧\t{rpn:j1}\t{rpn:h1}\tBRI ⟦{bri:w1}⟧
{n:c2}\t⟦{nama:m1}⟧\t{rpn:b1}\t{rpn:j2}\tBank NTT ⟦{ntt:m1}⟧
{n:c3}\t⟦{nama:w2}⟧\t{rpn:j3}\t{rpn:h2}\tBRI ⟦{bri:w2}⟧

=== vehicle_tax
DAFTAR KENDARAAN DINAS MENUNGGAK PKB – KANTOR KELURAHAN {kel^:1}
Nopol | Jenis | Pemegang | Tunggakan
⟦{plat:m1}⟧ | Honda Supra | ⟦{nama:m1}⟧ | {rpn:h1}
⟦{plat:w1}⟧ | Yamaha Mio | ⟦{nama:w1}⟧ | {rpn:h2}
⟦{plat:m2}⟧ | Suzuki APV | ⟦{nama:m2}⟧ (sopir) | {rpn:j1}
Mohon segera dilunasi sebelum {tgll:f1}.

=== wages
DAFTAR PEMBAYARAN HONOR TENAGA KEBERSIHAN {psr^:1} BULAN {blnn^:d1}
No\tNama\tNIK\tRek. Bank NTT\tNo. JKN\tHonor
1\t⟦{nama:m1}⟧\t⟦{nikp:m1}⟧\t⟦{ntt:m1}⟧\t⟦{bpjsp:m1}⟧\t{rpn:j1}
2\t⟦{nama:w1}⟧\t⟦{nikp:w1}⟧\t⟦{ntt:w1}⟧\t⟦{bpjsp:w1}⟧\t{rpn:j1}
3\t⟦{nama:m2}⟧\t⟦{nikp:m2}⟧\t⟦{ntt:m2}⟧\t⟦{bpjsp:m2}⟧\t{rpn:j1}

=== scam
PERMINTAAN PEMBLOKIRAN REKENING – LAPORAN PENIPUAN ONLINE (SPKT POLRESTA KUPANG KOTA)
Bank | No. Rekening | Atas Nama | Modus | Kerugian
BRI | ⟦{bri:m1}⟧ | ⟦{nama:m1}⟧ | mengaku petugas pajak | {rpn:j1}
BNI | ⟦{bni:w1}⟧ | ⟦{nama:w1}⟧ | arisan online | {rpn:b1}
BCA | ⟦{bca:m2}⟧ | ⟦{nama:m2}⟧ | jual HP bekas fiktif | {rpn:j2}
Nomor yang dipakai pelaku tanpa nama: {hpk:1}, {hpk:2}
=== pbb
DAFTAR TUNGGAKAN PBB-P2 KEL. {kel^:1} (per {tgl:d1})
No | Nama WP | NOP | Alamat WP | Tunggakan
1 | ⟦{nama^:m1}⟧ | {nop:1} | ⟦{rmh^:m1}⟧ | {rpn:h1}
2 | ⟦{nama^:wo1}⟧ | {nop:2} | ⟦{rmh^:wo1}⟧ | {rpn:j1}
3 | {grj^:1} | {nop:3} | (tanah gereja) | {rpn:h2}
4 | ⟦{nama^:m2}⟧ | {nop:4} | ⟦{blok^:m2}⟧ | {rpn:h3}

=== bphtb
REPERTORIUM AKTA PPAT – TAHUN {thn:d1} (petikan)
No. Akta | Tanggal | Pihak I (penjual) | Pihak II (pembeli) | NOP | BPHTB
{seq:1}/{thn:b2} | {tgl:b2} | ⟦{nama:m1}⟧ | ⟦{nama:w1}⟧ | {nop:1} | {rpn:j1}
{seq:2}/{thn:b1} | {tgl:b1} | ⟦{nama:wo1}⟧ | ⟦{nama:m2}⟧ | {nop:2} | {rpn:b1}
{seq:3}/{thn:d1} | {tgl:d1} | {cv:1} | ⟦{nama:mx1}⟧ | {nop:3} | {rpn:b2}

=== levy
REKAP WAJIB RETRIBUSI SAMPAH USAHA RUMAHAN – KEL. {kel^:1}
Nama\tAlamat\tJenis usaha\tHP
⟦{nama:w1}⟧\t⟦{rmh:w1}⟧\twarung makan\t⟦{telr:w1}⟧
⟦{nama:m1}⟧\t⟦{rmh:m1}⟧\tbengkel motor\t⟦{hp:m1}⟧
⟦{nama:w2}⟧\t⟦{rmh:w2}⟧\tlaundry\t⟦{hp:w2}⟧
Tarif usaha rumahan Rp 35.000/bulan

=== social_aid
DAFTAR USULAN BANTUAN MODAL USAHA PEREMPUAN KEL. {kel^:1}
No Nama NIK No. KK RT/RW
1 ⟦{nama^:wo1}⟧ ⟦{nikp:wo1}⟧ ⟦{kkp:wo1}⟧ ⟦{rtp:wo1}⟧
2 ⟦{nama^:w1}⟧ ⟦{nikp:w1}⟧ ⟦{kkn:w1}⟧ ⟦{rtp:w1}⟧
3 ⟦{nama^:w2}⟧ ⟦{nikp:w2}⟧ ⟦{kkp:w2}⟧ ⟦{rtp:w2}⟧
Diusulkan {tgl:d1}
=== bank
REALISASI KUR MIKRO BRI UNIT {kel^:1}
Nama Debitur | Usaha | Plafon | Agunan
⟦{nama:w1}⟧ | jual sayur | {?Rp 10.000.000|Rp 15.000.000} | tanpa agunan
⟦{nama:m1}⟧ | bengkel | {?Rp 25.000.000|Rp 40.000.000} | BPKB ⟦{plat:m1}⟧
⟦{nama:w2}⟧ | kios sembako | {?Rp 20.000.000|Rp 30.000.000} | BPKB ⟦{plat:w2}⟧
Catatan: agunan tambahan untuk KUR mikro tidak diwajibkan.

=== online_shop
Rekap pesanan PO kue kering (sheet "{blnn:d1}")
Tgl,Pembeli,WA,Alamat,Total,Status
{tgls:d1},⟦{nama:w1}⟧,⟦{hp:w1}⟧,⟦{rmh:w1}⟧,{rpn:h1},lunas
{tgls:d1},⟦{nama:m1}⟧,⟦{hp:m1}⟧,⟦{blok:m1}⟧,{rpn:h2},DP
{tgls:d2},{toko:1},{hpk:1},{jln:1},{rpn:j1},lunas (reseller)
{tgls:d2},⟦{nama:w2}⟧,⟦{hp:w2}⟧,⟦{rmh:w2}⟧,{rpn:h3},belum bayar

=== market
Penerima bantuan modal pedagang korban kebakaran {psr:1}:
1. ⟦{nama:w1}⟧ ({umur:w1}) – los ikan – HP ⟦{hp:w1}⟧
2. ⟦{nama:m1}⟧ ({umur:m1}) – los daging – HP ⟦{hp:m1}⟧
3. ⟦{nama:wo1}⟧ ({umur:wo1}) – los sayur – HP ⟦{hp:wo1}⟧ (anak)
Dana ditransfer ke rekening masing-masing tgl {tgl:d2}.

=== wages
DAFTAR HONOR PANITIA MUSRENBANG KEL. {kel^:1}
Nama | Jabatan | NPWP/NIK | Rekening
⟦{nama:m1}⟧ | Ketua | ⟦{npwp:m1}⟧ | BRI ⟦{bri:m1}⟧
⟦{nama:w1}⟧ | Sekretaris | ⟦{nikp:w1}⟧ | Bank NTT ⟦{ntt:w1}⟧
⟦{nama:m2}⟧ | Anggota | ⟦{npwpn:m2}⟧ | BNI ⟦{bni:m2}⟧
PPh 21 dipotong bendahara kelurahan.

=== licence
Instansi;Alamat;Telepon;Email
DPMPTSP Kota Kupang;Mal Pelayanan Publik, {jln:1};{telk:1};dpmptsp@kupangkota.go.id
Bapenda Kota Kupang;{jln:2};{telk:2};bapenda@kupangkota.go.id
KPP Pratama Kupang;{jln:3};{telk:3};kpp.kupang@pajak.go.id
Dinas Koperasi dan UKM;{jln:4};{telk:4};diskopukm@kupangkota.go.id

=== vehicle_tax
JADWAL SAMSAT KELILING MINGGU INI
Hari | Lokasi | Jam
{?Senin|Selasa} | halaman {psr:1} | 08.00-12.00
{?Rabu|Kamis} | kantor Kel. {kel:1} | 08.00-12.00
{?Jumat|Sabtu} | {grj:1} | 09.00-13.00
Syarat: KTP asli, STNK asli. Pembayaran non tunai tersedia. Info {telk:1}

=== pbb
REALISASI PBB-P2 PER KELURAHAN – KEC. {kec^:1} s.d. {tgl:d1}
Kelurahan | Ketetapan | Realisasi
{kel:1} | {rpn:m1} | {rpn:b1}
{kelof:2} | {rpn:m2} | {rpn:b2}
{kelof:3} | {rpn:m3} | {rpn:b3}
Jumlah SPPT belum terbagi: {n:c1}

=== bank
BANK NTT – DAFTAR NOMOR PALSU YANG MENGATASNAMAKAN BANK
Nomor | Modus | Tanggal laporan
{hpk:1} | minta kode OTP, bilang rekening diblokir | {tgl:b1}
{hpk:2} | tawarkan kredit cepat tanpa agunan | {tgl:b1}
{hpkl:1} | kirim link "perubahan tarif transfer" | {tgl:d1}
Nomor resmi Bank NTT hanya call center {telk:1} dan 1500-{n:c1}.
=== levy
TARIF PAJAK BARANG DAN JASA TERTENTU (PBJT) KOTA KUPANG
Jenis | Tarif | Dasar
Makanan dan minuman | 10% | penjualan
Jasa perhotelan | 10% | pembayaran tamu
Jasa parkir | 10% | pembayaran parkir
Kesenian dan hiburan | {?10%|15%} | harga tiket
Pembayaran melalui kode billing atau VA Bank NTT {va:1}
=== bank
KANAL PEMBAYARAN PAJAK DAERAH
Bank | Kode VA | Call center
Bank NTT | {va:1} | {telk:1}
BRI | BRIVA {va:2} | 14017
BNI | {va:3} | 1500046
Kantor Pos | kode bayar NOP | 161

=== procurement
DAFTAR PAKET PENGADAAN LANGSUNG – {blnn^:d1} {thn:d1}
Kode | Paket | Pagu | Penyedia | NPWP Penyedia
{n:d1} | ATK kantor | {rpn:j3} | {ud:1} | {npwpb:1}
{n:d2} | Servis AC | {rpn:j1} | {cv:1} | {npwpb:2}
{n:d3} | Konsumsi rapat | {rpn:j2} | CV Dapur Flobamora | {npwpb:3}

=== pbb
JADWAL LAYANAN PBB KELILING KEL. {kel^:1}
RT | Hari | Titik
RT {nrt:1} | {hari:d1} | kantor kelurahan
RT {nrt:2} | {hari:d1} | kantor kelurahan
RT {nrt:3} | {hari:d2} | {grj:1}
Bawa SPPT atau NOP. Pembayaran tunai dan QRIS.
=== cooperative
DAFTAR KOPERASI AKTIF KOTA KUPANG (SAMPEL)
Nama Koperasi | No. Badan Hukum | NPWP | Telp | Email
{kop:1} | {n:c1}/BH/XXIV/{thn:y1} | {npwpb:1} | {telk:1} | {kops:1}@gmail.com
{kop:2} | {n:c2}/BH/XXIV/{thn:y1} | {npwpb:2} | {telk:2} | {kops:2}@yahoo.co.id
{kop:3} | {n:c3}/BH/XXIV/{thn:y1} | {npwpb:3} | {hpk:1} | -

=== npwp
POJOK PAJAK – LAYANAN ASISTENSI SPT
Tempat | Hari | Jam | Kontak
Mal Pelayanan Publik | Senin-Kamis | 09.00-14.00 | WA {hpk:1}
{psr:1} (kantor UPTD) | Jumat | 08.00-11.00 | WA {hpk:2}
KPP Pratama Kupang | Senin-Jumat | 08.00-15.00 | {telk:1}
Bawa EFIN/kode otorisasi Coretax, bukti potong, dan NIK.

=== levy
IURAN SAMPAH DAN KEAMANAN RT {nrt:1}/RW {nrw:1} – {blnn^:d1}
{?Jumlah KK: 46
Sudah bayar: 38
Terkumpul: Rp 1.710.000|Jumlah KK: 52
Sudah bayar: 41
Terkumpul: Rp 1.845.000|Jumlah KK: 37
Sudah bayar: 30
Terkumpul: Rp 1.350.000}
Disetor ke rekening RT BRI {rbri:1}
Sisa kas: {rp:h1}
"""

KUPANG_MALAY = r"""
=== pbb
Selamat siang bapa ibu di Bapenda. Beta ⟦{nama:m1}⟧, tinggal di ⟦address:{rmh:m1}⟧ Kel. {kel:1}. Beta pung PBB taun ini naik sonde masuk akal, dari {rp:k1} jadi {rp:h1}. Padahal beta pung rumah kici sa, dinding setengah batu. NOP {nop:1}. Beta su datang ke kantor dua kali ma dong bilang tunggu survei. Sampe sekarang sonde ada yang datang. Tolong bantu, beta cuma tukang ojek. HP ⟦{hp:m1}⟧.

=== scam
Pak, tadi pagi ada orang telpon beta pake nomor {hpk:1}, dia bilang dia dari bank, beta pung rekening mau diblokir kalo sonde kasi kode OTP. Dia ju suru beta transfer 'biaya buka blokir' ke DANA {hpk:2}. Beta hampir kasi, untung beta pung anak datang. Beta pung rekening BRI ⟦{bri:w1}⟧ aman ko sonde? Beta ⟦{nama:w1}⟧, nomor beta ⟦{hp:w1}⟧. Tolong kasi tau warga laen ju, jang sampe kena.

=== social_aid
Ibu, beta pung mama ⟦{nama:won1}⟧ dapat BPNT, ma di e-warong dong kasi beras deng telur sa, harganya dong hitung {?Rp 200.000|Rp 225.000} padahal di pasar sonde sampe Rp 150.000. Mama pung kartu KKS dong tahan di warong. Mama pung NIK ⟦{nik:won1}⟧, KK ⟦{kk:won1}⟧. Katong tinggal di ⟦address:{rt:won1}⟧ Kel. {kel:1}. Kalo perlu telpon beta, ⟦{pgl:mn1}⟧, ⟦{hp:mn1}⟧.
=== market
Beta jual nasi deng se'i di rumah sa, ⟦address:{rmh:w1}⟧, meja dua biji. Kemaren ada petugas datang bilang beta harus bayar pajak restoran 10% deng harus ada NPWPD. Beta pung untung sehari sonde sampe {?Rp 150.000|Rp 200.000}. Apa warung kici macam beta ju kena? Beta ⟦{nama:w1}⟧, WA ⟦{hp:w1}⟧.

=== online_shop
Beta mau lapor. Beta beli HP di Facebook dari orang nama ⟦{nama:m1}⟧, dia pung nomor ⟦{hp:m1}⟧. Beta su transfer {rp:j1} ke dia pung rekening BNI ⟦{bni:m1}⟧. Abis transfer dia langsung blokir beta. Beta pung uang tu hasil jual babi. Beta ⟦{nama:m2}⟧ dari {kel:1}, HP ⟦{hp:m2}⟧.

=== cooperative
Bapa mama, katong ada {n:b1} orang ikut arisan online yang dipegang ⟦{nama:w1}⟧. Tiap bulan setor {rp:h1} ke dia pung rekening {?BRI ⟦{bri:w1}⟧|Bank NTT ⟦{ntt:w1}⟧}. Sekarang su giliran beta dapat ma dia hilang, HP ⟦{hp:w1}⟧ sonde aktif. Dia pung rumah di ⟦address:{rmh:w1}⟧ su kosong. Tolong bantu katong. Beta ⟦{nama:w2}⟧.

=== vehicle_tax
Pak, beta pung motor ⟦{plat:m1}⟧ pajak su mati {n:a1} taun. Mau bayar ma STNK hilang waktu banjir. Di Samsat dong suru urus surat kehilangan di polisi dolo, abis tu bayar denda. Berapa total kira-kira? Beta ⟦{nama:m1}⟧, NIK ⟦{nik:m1}⟧. Beta tunggu jawaban.

=== wages
Selamat sore. Beta kerja di bengkel mobil di {jln:1} su {n:a1} taun. Bos ⟦{nama:mh1}⟧ bayar gaji sonde tentu, kadang setengah. BPJS ju sonde ada, beta pung kartu KIS ⟦{bpjs:m1}⟧ tu dari Dinsos, bukan dari bos. Kalo beta lapor, dia bilang beta kaluar sa. Beta ⟦{nama:m1}⟧, HP ⟦{hp:m1}⟧.

=== licence
Ibu, beta bikin kue kering di rumah, mau urus PIRT biar bisa titip di toko. Ada om satu ⟦{nama:m1}⟧ bilang dia bisa urus cepat, minta {rp:h1}, transfer ke ⟦{bri:m1}⟧. Beta su transfer ma sampai sekarang sonde ada kabar. Orang dinas bilang PIRT gratis. Beta ⟦{nama:w1}⟧, tinggal ⟦address:{rmh:w1}, {rt:w1}⟧.

=== bank
Pak, beta pung tabungan di bank tiap bulan kena potong {?Rp 45.000|Rp 60.000} untuk asuransi, padahal beta sonde pernah daftar. Su {n:a1} bulan. Beta pung rekening {?BRI ⟦{bri:m1}⟧|Mandiri ⟦{mdr:m1}⟧}. Petugas bank bilang beta tanda tangan waktu buka rekening, ma beta sonde dikasi tau. Beta ⟦{nama:m1}⟧, HP ⟦{hp:m1}⟧.
=== npwp
Beta mau tanya soal NPWP. NPWP lama ⟦{npwps:m1}⟧, ma dong bilang sekarang pake NIK sa, ⟦{npwpn:m1}⟧. Terus yang lama tu buang ko? Bendahara kantor minta beta isi dua-dua. Beta ⟦{nama:m1}⟧, guru honor di {sek:1}.

=== levy
Tukang parkir di depan {toko:1} tu kasar. Beta pung oto ⟦{plat:w1}⟧ parkir lima menit sa dia minta Rp 5.000, sonde ada karcis. Dia pung nama ⟦{pgl:m1}⟧, orang bilang dia anak buah ⟦{nama:m2}⟧ yang pegang parkir di situ. Dishub tolong liat. Beta ⟦{nama:w1}⟧.

=== procurement
Katong {n:b1} orang tukang kerja talud di Kel. {kel:1}, su tiga minggu sonde dibayar. Mandor ⟦{nama:m1}⟧ bilang uang belum turun dari {cv:1}. Mandor pung nomor ⟦{hp:m1}⟧ ma dia sonde angkat lai. Beta ⟦{nama:m2}⟧, HP ⟦{hp:m2}⟧.

=== bphtb
Beta beli tanah dari om ⟦{nama:mo1}⟧ di Kel. {kel:1}, harga {rp:m1}. Notaris bilang beta harus bayar BPHTB {rp:b1} dolo baru bisa tanda tangan akta. Om ⟦{pgl:mo1}⟧ pung NIK ⟦{nik:mo1}⟧, beta pung NIK ⟦{nik:m1}⟧. Itu BPHTB betul ko sonde? Beta ⟦{nama:m1}⟧.

=== social_aid
Pak, beta nelayan di {kel:1}. Bantuan mesin katinting dari dinas taun ini beta pung nama ada di daftar, ma yang terima orang laen. Dong bilang beta pung NIK salah satu angka. Ini beta pung NIK ⟦{nik:m1}⟧, KK ⟦{kk:m1}⟧. Kartu nelayan ju su ada. Beta ⟦{nama:m1}⟧, HP ⟦{hp:m1}⟧. Tolong cek.
=== scam
Nomor ⟦{hp:m1}⟧ tu betul orang Bapenda ko? Dia bilang dia pung nama ⟦{nama:m1}⟧, mau bantu beta urus balik nama SPPT asal bayar {rp:h1}. Beta belum kasi. Beta ⟦{nama:w1}⟧, tinggal di ⟦address:{rt:w1}⟧ {kel:1}.

=== market
Beta pung lapak sayur di samping kios mama ⟦{pgl:wo1}⟧ di {psr:1}. Petugas pasar tagih sewa lapak {?Rp 300.000|Rp 350.000} sebulan, katanya naik. Karcis sonde kasi. Beta minta kuitansi dia marah. Beta ⟦{nama:w1}⟧, HP ⟦{hp:w1}⟧.

=== market
Dong jual minyak goreng di {psr:1} su {?Rp 21.000|Rp 22.000} sa satu liter, beras medium {?Rp 15.000|Rp 16.000}. Operasi pasar tu kapan lai? Katong orang kici su sonde tahan.

=== pbb
Beta mau tanya, PBB taun ini bayar paling lambat tanggal brapa? Di SPPT tulis {tgll:f1}, ma ada orang bilang su lewat. NOP {nop:1}. Kalo telat dendanya brapa?

=== scam
Bapa mama, hati-hati. Ada nomor {hpk:1} deng {hpk:2}, dua-dua mengaku petugas pajak, bilang katong pung NPWP mau diblokir. Itu tipu-tipu. Jang kasi kode apa-apa.

=== levy
Kenapa retribusi sampah masuk di tagihan aer? Sebulan {?Rp 20.000|Rp 25.000}. Ma oto sampah datang satu minggu sekali sa, kadang sonde datang. Katong di RT {nrt:1} su kompak bilang keberatan.

=== social_aid
Antre BPNT di kantor pos {kel:1} dari pagi sampe malam. Oma-oma pung kaki bengkak. Kenapa sonde bagi per RT sa, RT {nrt:1} hari pertama, RT {nrt:2} hari kedua? Tolong atur ulang.

=== bank
ATM di {kel:1} rusak lai su dua bulan. Katong mau tarik uang harus naik bemo ke {jln:1}, ongkos Rp 5.000 pergi pulang. Kantor cabang pung telpon {telk:1} sonde angkat. Kapan baru perbaiki?

=== vehicle_tax
Samsat keliling di {psr:1} tu cuma layani sampe jam 11. Beta datang jam 10 su dapat nomor antrean {antri:1}, ma dong tutup. Besok datang lai. Tolong tambah petugas.

=== wages
UMP NTT taun ini brapa? Beta kerja jaga toko sembako {?di {psr:1}|dekat {jln:1}}, dapat {?Rp 1.200.000|Rp 1.400.000|Rp 1.250.000} sa sebulan, masuk jam {?7|8} pulang jam {?9|10} malam. Itu bole ko sonde?

=== cooperative
Beta mau tanya, koperasi yang sonde kasi kembali simpanan anggota yang su kaluar tu lapor ke mana? Dinas Koperasi ko Polda? Simpanan beta {rp:j1}.

=== market
Sewa kios di {psr:1} sekarang bayar pake kode billing, sonde lai tunai. Ma banyak mama-mama sonde tau pake HP. Kantor UPTD tolong buka loket bantu di pasar sa.
"""

STYLES = {
    "sms_1708": SMS_1708,
    "whatsapp": WHATSAPP,
    "lapor_form": LAPOR_FORM,
    "email": EMAIL,
    "call_notes": CALL_NOTES,
    "social_media": SOCIAL_MEDIA,
    "letter": LETTER,
    "ocr_scan": OCR_SCAN,
    "register": REGISTER,
    "kupang_malay": KUPANG_MALAY,
}


if __name__ == "__main__":
    main()
