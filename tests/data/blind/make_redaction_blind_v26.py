# ruff: noqa: E501, RUF001
"""Write the twenty-sixth blind redaction corpus, ``redaction_blind_v26.jsonl``.

Hand-written templates in ten styles, labels inline, filled from pools of invented people,
numbers, homes and places. Every value comes from ``random.Random(SEED)``, so two runs write the
same file byte for byte. Run it from anywhere::

    python tests/data/blind/make_redaction_blind_v26.py

It checks every filled text (see ``check``), writes the file next to itself and prints its SHA-256
and its counts. The corpus is frozen once written: see ``README-redaction-v26.md``.

Template syntax (the templates are at the end of this file, one block of text per style):

- ``=== theme`` opens a template and names its service theme; a line ``@CAPS`` or ``@lower``
  right after it writes the whole text so;
- ``{gen:key}`` is a value: ``gen`` names its generator, ``key`` the person, the date, the place
  or the number it belongs to (one generator and one key give one value per text); ``{gen^:key}``
  and ``{gen_:key}`` give it in capitals or lower case;
- ``{?a|b|c}`` picks one branch (branches may hold values and labels);
- ``⟦kind:…⟧`` labels everything between the colon and the closing bracket with ``kind``;
  ``⟦{gen:key}⟧`` labels one value with the kind its generator makes;
- a person's value outside a label stops the script (attributes that are none of the ten kinds,
  such as an age or a birth date, may stand anywhere);
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

SEED = 20261226
OUT = Path(__file__).with_name("redaction_blind_v26.jsonl")
PREFIX = "b26"
FILLS = 3
MAX_DRAWS = 500

KINDS = ("name", "phone", "nik", "address", "npwp", "email", "kk", "bank_account", "bpjs", "plate")


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# ---------------------------------------------------------------------------------------------
# Pools. Every person, number and mailbox is invented; the places are Kota Kupang's and NTT's.

GIVEN_M = words(
    """Yohanis Agustinus Melkianus Marthen Fransiskus Obed Nikolas Simon Petrus Paulus Yakob
    Yosef Yulius Markus Lukas Matheus Ferdinand Kornelis Aleksander Hendrik Benyamin Stefanus
    Ishak Yunus Elias Zakarias Gabriel Rafael Mikael Adrianus Dominggus Ignasius Vinsensius
    Aloysius Bernadus Blasius Theodorus Kristofel Efraim Semuel Gideon Habel Natanael Ruben
    Arnoldus Wilhelmus Silvester Godlief Nelson Jemmy Deni Welem Yandri Jefta Ebenhaezer Amos
    Mesak Rudolf Anderias Lambertus Yance Oktovianus Hironimus Gerson Yafet Sakarias Fredrik
    Yeremias Kasmir Alfons Linus Erens Ariyanto Selestinus Leonardus"""
)
GIVEN_W = words(
    """Maria Yuliana Agustina Theresia Magdalena Yohana Susana Kristina Florentina Veronika
    Elisabet Margaretha Dorkas Ester Naomi Debora Mariana Selfina Yasinta Fransiska Yustina
    Katarina Sofia Lidia Priska Rahel Yulita Adriana Jeni Meri Novita Lusia Ance Orpa Mince
    Ribka Salome Fince Delfi Erlin Sarlin Welmina Oktavia Apriana Serli Yosina Ermelinda Imelda
    Filomena Benedikta Sisilia Anjelina Herlina Yakomina Marselina Roswita Getrudis Yunita
    Kornelia Damaris Elfrida Margareta Natalia Skolastika"""
)
# Family names by the island they come from.
FAMILY = {
    "timor": words(
        """Sabneno Tnunay Boimau Oematan Nahak Seran Tnesi Selan Kolimon Banunaek Neonufa Tunliu
        Tafuli Nubatonis Taolin Lakapu Kause Neolaka Kapitan Sanam Oetpah Tamelab Nomleni Fallo
        Kefi Tahoni Manehat Tlonaen Tuames Kolloh Bani Benufinit Sonbay Naitio"""
    ),
    "rote": words(
        """Messakh Therik Ndoen Mooy Fanggidae Amalo Haning Pandie Henukh Lenggu Dethan Saudale
        Ndolu Pello Foenay Nalle Tulle Loasana Ully Toelle Ndaomanu Tungga Sinlae Kiuk Mbuik
        Zadrak Daik Nggebu"""
    ),
    "sabu": words(
        """Bire Haba Wadu Ludji Lomi Kale Rohi Tede Tagu Huru Dimu Talo Lobo Radja Lede Djara
        Kana Heke Bengu Hina"""
    ),
    "flores": words(
        """Tukan Kelen Koten Maran Lewar Wangge Lawe Sedo Hurint Tapun Bataona Wutun Kopong Kolin
        Sogen Tokan Pareira Parera Mbete Bhoko Ngongo Rangga Ndoa Gleko Nuwa Bupu Dopo
        Lejap Openg Ghewa Lamanepa Letor"""
    ),
    "alor": words("""Maro Koly Djahamou Padakari Blegur Lapenangga Molle Mautuka Maure Atamau"""),
    "sumba": words(
        """Kapita Nggaba Tanggu Hamba Retang Mbili Kaborang Ndapa Ngara Ndima Lunggi Tamar"""
    ),
}
FAMILY2 = (  # two-word family names of Sabu and Rote
    "Lado Radja",
    "Ludji Tede",
    "Huru Talo",
    "Bire Djara",
    "Wadu Lede",
    "Dju Tagu",
    "Lomi Heke",
    "Ndoen Lay",
)
SUMBA_M = words("Rey Hina Ndeta Pati Lapu Djaka Nggiku Remu Tamu Kudu")
SUMBA_W = words("Kahi Hada Leu Nduru Iya Lika Tamu Rihi Dai")
BALI_M_ORDER = words("Made Ketut Wayan Nyoman Gede Putu Komang Kadek")
BALI_W_ORDER = words("Luh Made Ketut Wayan Komang Kadek Putu")
BALI_M = words("Suarjana Artawan Sudiarta Widiana Darmika Sukerta Budiasa Adnyana Wirata Sudarma")
BALI_W = words("Sriani Ariasih Suastini Widiastuti Purnamiasih Sukmawati Ayuningsih Dewi Wartini")
BUGIS_M = (
    "Haeruddin Daeng Matutu",
    "Syahrir Daeng Lau",
    "Abdul Rahman Daeng Nai",
    "Kamaruddin Daeng Sila",
    "Jumadi Daeng Rate",
)
BUGIS_W = (
    "Hasmawati Daeng Caya",
    "Nurhaedah Daeng Kenna",
    "Sitti Rahmah Daeng Bau",
    "Ramlah Daeng Puji",
)
BUTON_M = (
    "La Ode Kaimuddin",
    "La Ode Rusdin",
    "La Ode Hamiru",
    "La Ode Safrudin",
    "La Ode Muhamad Arsyad",
)
BUTON_W = ("Wa Ode Nurhayati", "Wa Ode Sitti Salmah", "Wa Ode Herlina", "Wa Ode Asmaniar")
JAVA_M = (
    "Bambang Sutrisno",
    "Eko Prasetyo",
    "Joko Susilo",
    "Hadi Purnomo",
    "Teguh Santosa",
    "Sugeng Riyanto",
    "Agus Setiawan",
)
JAVA_W = (
    "Sri Wahyuni",
    "Endang Lestari",
    "Tri Handayani",
    "Siti Khotimah",
    "Dwi Rahayu",
    "Retno Palupi",
)
# (family, given) of Chinese-Indonesian people: the family name first, a given name of two words.
CHINA_M = (
    ("Tjhin", "Bun Seng"),
    ("Oey", "Tjong Lim"),
    ("Liem", "Hok Tjoan"),
    ("Kwee", "Sin Liong"),
    ("Tjoa", "Kim Hok"),
)
CHINA_W = (
    ("Tjoa", "Lie Hwa"),
    ("Liem", "Giok Nio"),
    ("Kwee", "Mei Hwa"),
    ("Oey", "Swie Lan"),
    ("Tjhin", "Siu Mei"),
)
NICK_M = words("Oce Ano Ferdi Buce Yoce Ande Nus Edo Jhon Kety Obi Ompy Enci Boy Uli")
NICK_W = words("Ince Mia Ika Sisi Tina Ros Ema Lin Nela Etty Vivi Ocha Ayu Nonik Iin")

# Regency codes of NTT: island, plate letters, KPP code of the old NPWP.
REGENCIES = {
    "71": ("Kota Kupang", "DH"),
    "01": ("Kupang", "DH"),
    "02": ("Timor Tengah Selatan", "DH"),
    "03": ("Timor Tengah Utara", "DH"),
    "04": ("Belu", "DH"),
    "21": ("Malaka", "DH"),
    "05": ("Alor", "DH"),
    "14": ("Rote Ndao", "DH"),
    "20": ("Sabu Raijua", "DH"),
    "06": ("Flores Timur", "EB"),
    "07": ("Sikka", "EB"),
    "08": ("Ende", "EB"),
    "09": ("Ngada", "EB"),
    "10": ("Manggarai", "EB"),
    "13": ("Lembata", "EB"),
    "15": ("Manggarai Barat", "EB"),
    "16": ("Nagekeo", "EB"),
    "19": ("Manggarai Timur", "EB"),
    "11": ("Sumba Timur", "ED"),
    "12": ("Sumba Barat", "ED"),
    "17": ("Sumba Tengah", "ED"),
    "18": ("Sumba Barat Daya", "ED"),
}
ORIGIN_REGENCIES = {
    "timor": ("01", "02", "03", "04", "21"),
    "rote": ("14",),
    "sabu": ("20",),
    "flores": ("06", "07", "08", "09", "10", "13", "15", "16", "19"),
    "alor": ("05",),
    "sumba": ("11", "12", "17", "18"),
}
BIRTH_PLACES = {
    "01": "Oelamasi",
    "02": "Soe",
    "03": "Kefamenanu",
    "04": "Atambua",
    "21": "Betun",
    "05": "Kalabahi",
    "14": "Ba'a",
    "20": "Seba",
    "06": "Larantuka",
    "07": "Maumere",
    "08": "Ende",
    "09": "Bajawa",
    "10": "Ruteng",
    "13": "Lewoleba",
    "15": "Labuan Bajo",
    "16": "Mbay",
    "19": "Borong",
    "11": "Waingapu",
    "12": "Waikabubak",
    "17": "Waibakul",
    "18": "Tambolaka",
    "71": "Kupang",
}
JOBS = (
    "PNS",
    "Wiraswasta",
    "Petani",
    "Nelayan",
    "Ibu Rumah Tangga",
    "Guru Honor",
    "Sopir",
    "Pedagang",
    "Tukang Ojek",
    "Karyawan Swasta",
    "Pensiunan",
    "Pelajar",
    "Mahasiswa",
    "Tukang Kayu",
)

HOME_STREETS = words(
    """Kenanga Teratai Seroja Cempaka Dahlia Flamboyan Bougenvil Delima Salak Sirsak Belimbing
    Matoa Kedondong Sukun Jeruk Alpukat Pepaya Perkutut Jalak Cenderawasih Pipit Rajawali Elang
    Camar Nila Bandeng Kakap Tongkol Kerapu Gelatik Kutilang Merak Kasuari Pinang Gewang Asam
    Kesambi Ampera Lontar Manggis Sawo Kelor Nangka Jambu Cemara Akasia"""
)
HOME_LANES = words(
    "Mawar Anggrek Rukun Sehati Pelita Bahagia Sepakat Damai Kenari Melati Tunas Sentosa"
)
ESTATES = (
    "Perumnas",
    "BTN Kolhua",
    "Griya Lasiana Indah",
    "Perum Penfui Permai",
    "Perumahan Taman Oesapa",
    "BTN Oebufu",
    "Griya Fatukoa Asri",
)
MOBILE_PREFIXES = (
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0851",
    "0852",
    "0853",
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
    "0838",
    "0831",
    "0832",
)
FREE_HOSTS = (
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
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Public places and bodies (never labelled).
PLACE_POOLS = {
    "kel": (
        *words(
            """Alak Batuplat Fatufeto Mantasi Manutapen Namosain Nunhila Fatukoa Kolhua Maulafa
        Naikolan Naimata Oepura Penfui Sikumana Belo Bakunase Fatubesi Kuanino Nunleu Oebobo
        Oebufu Oetete Fatululi Liliba Lasiana Oesapa Airmata Bonipoi Fontein Nefonaek Oeba Solor
        Airnona Naioni"""
        ),
        "Nunbaun Sabu",
        "Nunbaun Delha",
        "Manulai II",
        "Naikoten I",
        "Naikoten II",
        "Kayu Putih",
        "Tuak Daun Merah",
        "Kelapa Lima",
        "Oesapa Barat",
        "Pasir Panjang",
        "Penkase Oeleta",
    ),
    "pkm": (
        "Puskesmas Oebobo",
        "Puskesmas Oepoi",
        "Puskesmas Bakunase",
        "Puskesmas Sikumana",
        "Puskesmas Kupang Kota",
        "Puskesmas Oesapa",
        "Puskesmas Pasir Panjang",
        "Puskesmas Naioni",
        "Puskesmas Alak",
        "Puskesmas Manutapen",
        "Puskesmas Penfui",
    ),
    "rs": (
        "RSUD S.K. Lerik",
        "RSUD Prof. Dr. W. Z. Johannes",
        "RS Bhayangkara Drs. Titus Uly",
        "RS Siloam Kupang",
        "RSU Mamami",
        "RS Tentara Wirasakti",
        "RS St. Carolus Borromeus",
        "RSIA Dedari",
    ),
    "sd": (
        "SD Inpres Oesapa Kecil",
        "SDN Bertingkat Naikoten",
        "SD GMIT Kuanino 2",
        "SD Inpres Liliba",
        "SD Inpres Fatufeto",
        "SDK St. Yoseph Naikoten",
        "SD Inpres Oebufu",
        "SDN Oetete 1",
    ),
    "smp": (
        "SMPN 2 Kupang",
        "SMPN 9 Kupang",
        "SMPN 16 Kupang",
        "SMPK St. Theresia Kupang",
        "MTsN Kota Kupang",
        "SMPN 5 Kupang",
        "SMP Kristen 1 Kupang",
    ),
    "sma": (
        "SMAN 1 Kupang",
        "SMAN 3 Kupang",
        "SMAN 6 Kupang",
        "SMKN 2 Kupang",
        "SMKN 4 Kupang",
        "SMAK Giovanni Kupang",
        "MAN Kota Kupang",
    ),
    "psr": (
        "Pasar Oeba",
        "Pasar Kasih Naikoten",
        "Pasar Oebobo",
        "Pasar Kuanino",
        "Pasar Penfui",
        "Pasar Oesapa",
        "Pasar Kampung Solor",
        "Pasar Inpres Naikoten",
    ),
    "jln": (
        "Jl. El Tari",
        "Jl. Frans Seda",
        "Jl. W.J. Lalamentik",
        "Jl. Piet A. Tallo",
        "Jl. Herman Yohanes",
        "Jl. Moh. Hatta",
        "Jl. Jend. Soeharto",
        "Jl. Adisucipto",
        "Jl. Timor Raya",
        "Jl. Perintis Kemerdekaan",
        "Jl. Cak Doko",
        "Jl. Urip Sumoharjo",
        "Jl. Sam Ratulangi",
        "Jl. Amabi",
        "Jl. Fetor Funay",
        "Jl. H.R. Koroh",
        "Jl. S.K. Lerik",
        "Jl. Bundaran PU",
        "Jl. Veteran",
        "Jl. Siliwangi",
        "Jl. Jend. Sudirman",
        "Jl. Ahmad Yani",
        "Jl. Eltari II",
        "Jl. Matani Raya",
        "Jl. Bajawa",
        "Jl. R.A. Kartini",
        "Jl. Kapten Tendean",
        "Jl. Tom Pello",
        "Jl. Ir. Soekarno",
        "Jl. Kejora",
        "Jl. Nasipanaf",
        "Jl. Oekam",
        "Jl. Bakunase Raya",
        "Jl. Gunung Mutis",
    ),
    "grj": (
        "GMIT Efata Liliba",
        "GMIT Sion Nunbaun Delha",
        "GMIT Syalom Airnona",
        "GMIT Pniel Oebufu",
        "GMIT Kaisarea BTN Kolhua",
        "Gereja Katedral Kristus Raja",
        "Paroki St. Yosef Naikoten",
        "Masjid Al-Baitul Qadim Airmata",
        "GMIT Elim Kuanino",
        "Masjid Nurul Iman Oeba",
    ),
    "toko": (
        "Toko Sumber Berkat",
        "Toko Bangunan Flobamora Jaya",
        "Apotek Sehat Kuanino",
        "Kios Sederhana",
        "Depot Air Sinar Lontar",
        "Bengkel Motor Sahabat",
        "Fotokopi Cahaya Ilmu",
        "Counter Sasando Cell",
        "Laundry Wangi Oepura",
        "Rumah Makan Cita Rasa",
        "Toko Roti Mentari",
        "Toko Elektronik Terang Jaya",
    ),
    "cv": (
        "CV Lontar Karya Mandiri",
        "CV Timor Bangun Persada",
        "PT Sasando Logistik",
        "UD Flobamora Teknik",
        "CV Nusa Bunga Konstruksi",
        "CV Tiga Putra Oebobo",
        "UD Sumber Air Naimata",
        "PT Kupang Citra Armada",
    ),
    "kop": (
        "Kopdit Sinar Harapan Oebufu",
        "Koperasi Nelayan Tablolong Jaya",
        "KSU Mitra Tani Penfui",
        "Koperasi Pedagang Pasar Oeba",
        "KSP Tunas Lontar",
    ),
    "handle": (
        "kupang_info24",
        "infokupangterkini",
        "warga.kupang.bersatu",
        "ntt_update",
        "suarawargaoesapa",
        "lontar.news",
        "jalanrusakkupang",
        "kupang.hari.ini",
        "ojol_kupang",
    ),
    "bank": ("BRI", "BNI", "Bank NTT", "Mandiri", "BCA", "BSI"),
}

KECAMATAN_OF = {
    kel: kec
    for kec, kels in (
        ("Alak", "Alak Batuplat Fatufeto Mantasi Manutapen Namosain Nunhila Naioni"),
        ("Maulafa", "Belo Fatukoa Kolhua Maulafa Naikolan Naimata Oepura Penfui Sikumana"),
        ("Oebobo", "Fatululi Liliba Oebobo Oebufu Oetete"),
        ("Kota Raja", "Airnona Bakunase Fontein Kuanino Nunleu"),
        ("Kelapa Lima", "Lasiana Oesapa"),
        ("Kota Lama", "Airmata Bonipoi Fatubesi Nefonaek Oeba Solor"),
    )
    for kel in kels.split()
}
KECAMATAN_OF.update(
    {
        "Nunbaun Sabu": "Alak",
        "Nunbaun Delha": "Alak",
        "Manulai II": "Alak",
        "Penkase Oeleta": "Alak",
        "Naikoten I": "Kota Raja",
        "Naikoten II": "Kota Raja",
        "Kayu Putih": "Oebobo",
        "Tuak Daun Merah": "Oebobo",
        "Kelapa Lima": "Kelapa Lima",
        "Oesapa Barat": "Kelapa Lima",
        "Pasir Panjang": "Kota Lama",
    }
)
PLACE_POOLS["sek"] = PLACE_POOLS["sd"] + PLACE_POOLS["smp"] + PLACE_POOLS["sma"]

OPENERS = frozenset(
    words(
        """bapak ibu pak bu bpk sdr sdri ny nn om tanta tante mama bapa mace pace oma opa kak kaka kakak
        nona nyong bidan guru lurah camat ketua sekretaris bendahara serka serda bripka briptu
        brigpol bripda aiptu aipda ipda iptu akp kompol kapten mayor letda lettu pdt pendeta romo
        pastor suster frater dr drs dra ir hj h haji alm almh pelapor petugas pasien kader penelepon
        ttd sy saya beta sa nama yth dari from to cc kepada staf penagih nasabah agen admin ama ina
        adik adek ade anak istri suami tetangga warga pemohon penerima keluarga kel mr mrs ms sir
        bli mbak mas koh cik ci ko nak pemilik sopir dokter perawat operator asisten kepala pak.
        bu. saudara saudari sebut tuan"""
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
    "rt",
    "perumnas",
    "perum ",
    "perumahan ",
    "btn ",
    "griya ",
    "kompleks ",
)
LETTER_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
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
    return "".join(str(rng.randrange(10)) for _ in range(count))


def group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at : at + size])
        at += size
    if at < len(number):
        parts.append(number[at:])
    return sep.join(p for p in parts if p)


def letters_for_digits(rng: random.Random, number: str, count: int) -> str:
    """Letters read for some digits, as a scan or a hurried hand gives them."""
    chars = list(number)
    spots = [i for i, c in enumerate(chars) if c in "0158" and i > 0]
    for i in sorted(rng.sample(spots, min(count, len(spots)))):
        chars[i] = {"0": rng.choice("OOo"), "1": rng.choice("lI"), "5": "S", "8": "B"}[chars[i]]
    return "".join(chars)


def mobile_digits(rng: random.Random) -> str:
    prefix = rng.choice(MOBILE_PREFIXES)
    return prefix + digits(rng, rng.choice((7, 8, 8, 8, 8)))


MOBILE_STYLES = (
    "plain",
    "plain",
    "plain",
    "dash",
    "space",
    "dot",
    "intl",
    "intl0",
    "62",
    "62s",
    "dash3",
)


def write_mobile(rng: random.Random, number: str, style: str) -> str:  # noqa: PLR0911, PLR0912
    body = number[1:]
    sizes = (4, 4) if len(number) >= 12 else (4, 3)
    if style == "plain":
        return number
    if style == "dash":
        return group(number, sizes, "-")
    if style == "dash3":
        return group(number, (4, 3) if len(number) == 11 else (4, 4), "-")
    if style == "space":
        return group(number, sizes, " ")
    if style == "dot":
        return group(number, sizes, ".")
    if style == "intl":
        return "+62 " + group(body, (3, 4), "-")
    if style == "intl0":
        return "+62" + body
    if style == "62":
        return "62" + body
    if style == "62s":
        return "62 " + group(body, (3, 4), " ")
    if style == "bracket":
        return "(+62) " + group(body, (3, 4), " ")
    if style == "letters":
        return letters_for_digits(
            rng, group(number, sizes, rng.choice(("-", " ", ""))), rng.randint(2, 3)
        )
    if style == "under":
        return group(number, sizes, rng.choice(("_", " \u2022 ", "\u00b7")))
    if style == "nbsp":
        return group(number, sizes, "\u00a0")
    if style == "broken":
        cut = rng.choice((4, 8)) if len(number) >= 11 else 4
        return group(number[:cut], (4,), " ") + "\n" + number[cut:]
    raise SystemExit(f"mobile style {style!r}")


def fixed_line(rng: random.Random, local: str | None = None) -> str:
    local = local or ("8" + digits(rng, 5))
    form = rng.randrange(5)
    if form == 0:
        return "0380 " + local
    if form == 1:
        return "(0380) " + local
    if form == 2:
        return "0380-" + local
    if form == 3:
        return "(0380) " + local[:3] + " " + local[3:]
    return "0380 " + local[:3] + " " + local[3:]


def old_npwp(rng: random.Random, regency: str) -> str:
    kpp = (
        "920"
        if regency in {"71", "01", "14", "20"}
        else rng.choice(("921", "922", "923", "924", "925"))
    )
    head = f"{rng.randint(4, 99):02d}"
    return head + digits(rng, 7) + kpp + "000"


def npwp_dotted(n: str) -> str:
    return f"{n[0:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:15]}"


def npwp_spaced(n: str) -> str:
    return f"{n[0:2]} {n[2:5]} {n[5:8]} {n[8]} {n[9:12]} {n[12:15]}"


def npwp_scanned(rng: random.Random, n: str) -> str:
    dotted = npwp_dotted(n)
    if rng.random() < 0.5:
        return dotted.replace(".", ",", 1)
    return dotted[:-3] + dotted[-3:].replace("0", "O")


def account(rng: random.Random, bank: str) -> str:
    if bank == "bri":
        n = f"{rng.randint(1, 9999):04d}01{digits(rng, 6)}{rng.choice(('50', '53', '51'))}{digits(rng, 1)}"
        return n if rng.random() < 0.5 else group(n, (4, 2, 6, 2, 1), "-")
    if bank == "bni":
        first = rng.choice("0123")
        second = rng.choice("1234567") if first == "0" else str(rng.randrange(10))
        return first + second + digits(rng, 8)
    if bank == "mdr":
        n = "1" + rng.choice(("61", "52", "46")) + "00" + digits(rng, 8)
        return n if rng.random() < 0.5 else group(n, (3, 2, 7, 1), "-")
    if bank == "ntt":
        n = (
            "0"
            + rng.choice(("01", "02", "03", "13", "31"))
            + rng.choice(("01", "02", "03"))
            + rng.choice(("02", "10", "01"))
            + digits(rng, 6)
            + digits(rng, 1)
        )
        return n if rng.random() < 0.5 else f"{n[0:3]}.{n[3:5]}.{n[5:7]}.{n[7:13]}-{n[13]}"
    if bank == "bca":
        return rng.choice("0123456789") + rng.choice("123456789") + digits(rng, 8)
    if bank == "bsi":
        return "7" + digits(rng, 9)
    raise SystemExit(f"bank {bank!r}")


# ---------------------------------------------------------------------------------------------
# People.

PARTICLES = frozenset({"umbu", "rambu", "daeng", "ode"})  # words many people's names share
KEY = re.compile(r"([wm])([oytcxbgujhs]*)(\d+)(k?)")


class Person:
    """One person of a text: names, numbers, home, drawn at once from the key."""

    def __init__(self, rng: random.Random, key: str, taken: set[str]) -> None:  # noqa: PLR0912
        found = KEY.fullmatch(key)
        if not found:
            raise SystemExit(f"bad person key {key!r}")
        sex, flags, _, kupang = found.groups()
        self.woman = sex == "w"
        if "o" in flags:
            year = rng.randint(1940, 1961)
        elif "y" in flags:
            year = rng.randint(1996, 2006)
        elif "t" in flags:
            year = rng.randint(2008, 2011)
        elif "c" in flags:
            year = rng.randint(2013, 2021)
        else:
            year = rng.randint(1962, 1992)
        self.minor = year >= 2008
        forced = ""
        for flag, name in (
            ("b", "bali"),
            ("g", "bugis"),
            ("u", "buton"),
            ("j", "java"),
            ("h", "china"),
            ("s", "sumba"),
        ):
            if flag in flags:
                forced = name
        for _ in range(300):
            origin = forced
            if not origin and "x" in flags:
                origin = rng.choice(("bali", "bugis", "buton", "java", "china"))
            if not origin:
                origin = rng.choices(
                    ("timor", "rote", "sabu", "flores", "sumba", "alor"), (30, 25, 15, 18, 6, 6)
                )[0]
            full, given, called, family = self.draw_name(rng, origin)
            nick = rng.choice(NICK_W if self.woman else NICK_M)
            own = {
                w.lower() for w in re.findall(r"[A-Za-z]{3,}", f"{full} {called} {nick}")
            } - PARTICLES
            if not own & taken:
                break
        else:
            raise SystemExit("cannot draw a person")
        taken |= own
        self.origin = origin
        self.full, self.given, self.called, self.family, self.nick = (
            full,
            given,
            called,
            family,
            nick,
        )
        if kupang or rng.random() < 0.62:
            self.regency = "71"
            self.district = f"{rng.randint(1, 6):02d}"
        else:
            pool = ORIGIN_REGENCIES.get(origin, ("01", "71"))
            self.regency = rng.choice(pool)
            self.district = f"{rng.randint(1, 24):02d}"
        born = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        self.born = born
        day = born.day + (40 if self.woman else 0)
        self.nik = f"53{self.regency}{self.district}{day:02d}{born.month:02d}{born.year % 100:02d}{rng.randint(1, 400):04d}"
        issued = date(2009, 1, 1) + timedelta(days=rng.randrange(6200))
        self.kk = f"53{self.regency}{self.district}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}{rng.randint(1, 9999):04d}"
        self.npwp = old_npwp(rng, self.regency)
        self.npwp_style = rng.choice(("dotted", "dotted", "dotted", "spaced", "plain", "scan"))
        self.bpjs = "000" + digits(rng, 10)
        self.mobile = mobile_digits(rng)
        self.mobile_style = rng.choice(MOBILE_STYLES)
        self.home_line = fixed_line(rng)
        self.nik_style = rng.choice(("plain", "plain", "plain", "group", "dots", "sixes"))
        self.accounts = {
            bank: account(rng, bank) for bank in ("bri", "bni", "mdr", "ntt", "bca", "bsi")
        }
        self.plate = self.draw_plate(rng)
        self.mail_local = self.draw_local(rng)
        self.host = rng.choice(FREE_HOSTS)
        self.home = self.draw_home(rng)
        rt, rw = rng.randint(1, 45), rng.randint(1, 15)
        self.rt, self.rw = rt, rw
        self.rt_style = rng.randrange(7)
        self.job = (
            "Pelajar"
            if self.minor
            else rng.choice(
                JOBS[:-2] if self.woman else tuple(j for j in JOBS if j != "Ibu Rumah Tangga")
            )
        )

    def draw_name(self, rng: random.Random, origin: str) -> tuple[str, str, str, str]:  # noqa: PLR0911
        w = self.woman
        if origin == "bali":
            order = rng.choice(BALI_W_ORDER if w else BALI_M_ORDER)
            own = rng.choice(BALI_W if w else BALI_M)
            given = f"{'Ni' if w else 'I'} {order} {own}"
            return given, given, own if w else f"{'Ni' if w else 'I'} {order}", own
        if origin == "bugis":
            full = rng.choice(BUGIS_W if w else BUGIS_M)
            first = full.split(" Daeng ")[0]
            return full, first, first.split()[0], "Daeng " + full.split(" Daeng ")[1]
        if origin == "buton":
            full = rng.choice(BUTON_W if w else BUTON_M)
            return full, full, full.split()[-1], full.split()[-1]
        if origin == "java":
            full = rng.choice(JAVA_W if w else JAVA_M)
            return full, full.split()[0], full.split()[0], full.split()[-1]
        if origin == "china":
            family, given = rng.choice(CHINA_W if w else CHINA_M)
            return f"{family} {given}", given, given, family
        if origin == "sumba":
            title = "Rambu" if w else "Umbu"
            own = rng.choice(SUMBA_W if w else SUMBA_M)
            family = rng.choice(FAMILY["sumba"])
            given = f"{title} {own}"
            return f"{given} {family}", given, given, family
        pool = GIVEN_W if w else GIVEN_M
        first = rng.choice(pool)
        given = first
        if not self.minor and rng.random() < 0.3:
            middle = rng.choice(pool)
            if middle != first:
                given = f"{first} {middle}"
        if origin in {"sabu", "rote"} and rng.random() < 0.2:
            family = rng.choice(FAMILY2)
        else:
            family = rng.choice(FAMILY[origin])
        return f"{given} {family}", given, first, family

    def draw_plate(self, rng: random.Random) -> str:
        letters = REGENCIES[self.regency][1]
        number = str(rng.randint(1, 9999))
        suffix = "".join(
            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice((1, 2, 2, 2, 3)))
        )
        sep = rng.choice((" ", " ", " ", ""))
        return f"{letters}{sep}{number}{sep}{suffix}"

    def draw_local(self, rng: random.Random) -> str:
        first = (
            self.given.split()[-1] if self.origin in {"bali", "buton"} else self.given.split()[0]
        )
        family = self.family.replace(" ", "").replace("Daeng", "")
        first, family = first.lower(), family.lower()
        yy = f"{self.born.year % 100:02d}"
        forms = (
            f"{first}.{family}",
            f"{first}{family}{yy}",
            f"{family}.{first}{rng.randint(1, 99)}",
            f"{first}_{family}",
            f"{first[0]}{family}{yy}",
            f"{self.nick.lower()}{family}",
            f"{first}{rng.randint(10, 999)}",
            f"{family}{first[:3]}{yy}",
        )
        return rng.choice(forms)

    def draw_home(self, rng: random.Random) -> str:  # noqa: PLR0911
        number = str(rng.randint(1, 140)) + (rng.choice("AB") if rng.random() < 0.08 else "")
        street = rng.choice(HOME_STREETS)
        lane = rng.choice(HOME_LANES)
        form = rng.randrange(9)
        if form <= 2:
            return f"Jl. {street} No. {number}"
        if form == 3:
            return f"Jl. {street} No.{number}"
        if form == 4:
            return f"Jln. {street} no {number}"
        if form == 5:
            return f"Jalan {street} Nomor {number}"
        if form == 6:
            return f"Gg. {lane} No. {number}"
        if form == 7:
            return f"Jl. {street} Gg. {rng.randint(1, 9)} No. {number}"
        return f"Lr. {lane} No. {number}"

    # -- writings ------------------------------------------------------------------------------

    def value(self, gen: str, rng: random.Random) -> str:  # noqa: PLR0911, PLR0912
        nik, kk = self.nik, self.kk
        if gen == "nama":
            return self.full
        if gen == "dpn":
            return self.given
        if gen == "pgl":
            return self.called
        if gen == "marga":
            return self.family
        if gen == "nick":
            return self.nick
        if gen == "scan":
            return scan_name(rng, self.full.upper())
        if gen == "salah":
            return misspell(rng, self.full)
        if gen == "nik":
            return self.value(
                {"plain": "nikp", "group": "nikg", "dots": "nikd", "sixes": "niks"}[self.nik_style],
                rng,
            )
        if gen == "nikp":
            return nik
        if gen == "nikg":
            return group(nik, (4, 4, 4), " ")
        if gen == "nikd":
            return f"{nik[0:2]}.{nik[2:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"
        if gen == "niks":
            return group(nik, (6, 6), " ")
        if gen == "nikl":
            return letters_for_digits(rng, nik, rng.randint(2, 3))
        if gen == "nikr":
            return group(nik, (2, 2, 2, 2, 2, 2, 2), " ")
        if gen == "nikc":
            return group(nik, (4, 4, 4), ", ")
        if gen == "nikn":
            cut = rng.choice((5, 6, 8, 10))
            return nik[:cut] + "\n" + nik[cut:]
        if gen == "nikx":
            at = rng.randint(6, 14)
            return nik[:at] + nik[at + 1 :] if rng.random() < 0.5 else nik[:at] + nik[at] + nik[at:]
        if gen == "kk":
            return kk if rng.random() < 0.7 else group(kk, (4, 4, 4), " ")
        if gen == "kkp":
            return kk
        if gen == "kkg":
            return group(kk, (4, 4, 4), " ")
        if gen == "kkl":
            return letters_for_digits(rng, kk, 2)
        if gen == "kkn":
            cut = rng.choice((6, 8, 10))
            return kk[:cut] + "\n" + kk[cut:]
        if gen == "npwp":
            return self.value(
                {"dotted": "npwpo", "spaced": "npwps", "plain": "npwpp", "scan": "npwpx"}[
                    self.npwp_style
                ],
                rng,
            )
        if gen == "npwpo":
            return npwp_dotted(self.npwp)
        if gen == "npwps":
            return npwp_spaced(self.npwp)
        if gen == "npwpp":
            return self.npwp
        if gen == "npwpx":
            return npwp_scanned(rng, self.npwp)
        if gen == "npwp0":
            return "0" + self.npwp
        if gen == "npwpn":
            return nik
        if gen == "nitku":
            return nik + "000000"
        if gen == "bpjs":
            return self.bpjs if rng.random() < 0.7 else group(self.bpjs, (4, 4, 4), " ")
        if gen == "bpjsp":
            return self.bpjs
        if gen == "bpjsg":
            return group(self.bpjs, (4, 4, 4), " ")
        if gen == "bpjsl":
            return "000" + letters_for_digits(rng, self.bpjs[3:], 2)
        mobiles = {
            "hpp": "plain",
            "hpd": "dash",
            "hps": "space",
            "hpt": "dot",
            "hpw": "intl",
            "hpi": "intl0",
            "hp62": "62",
            "hpl": "letters",
            "hpu": "under",
            "hpn": "nbsp",
            "hpb": "broken",
            "hpc": "bracket",
        }
        if gen == "hp":
            return write_mobile(rng, self.mobile, self.mobile_style)
        if gen in mobiles:
            return write_mobile(rng, self.mobile, mobiles[gen])
        if gen == "telr":
            return self.home_line
        if gen == "mail":
            return f"{self.mail_local}@{self.host}"
        if gen == "mailk":
            first = (
                self.given.split()[0].lower()
                if self.origin not in {"bali", "buton"}
                else self.given.split()[-1].lower()
            )
            return f"{first}.{self.family.replace(' ', '').replace('Daeng', '').lower()}@kupangkota.go.id"
        if gen == "mailo":
            first = (
                self.given.split()[0].lower()
                if self.origin not in {"bali", "buton"}
                else self.given.split()[-1].lower()
            )
            return f"{first}.{self.family.replace(' ', '').replace('Daeng', '').lower()}@ombudsman.go.id"
        if gen == "maild":
            return dodge(rng, self.mail_local, self.host)
        if gen == "mailc":
            local, host = self.mail_local, self.host
            cut = rng.randrange(3)
            if cut == 0:
                return f"{local}\n@{host}"
            if cut == 1:
                return f"{local}@\n{host}"
            name, _, tld = host.partition(".")
            return f"{local}@{name}.\n{tld}"
        if gen in self.accounts:
            return self.accounts[gen]
        if gen == "plat":
            return self.plate
        if gen == "rmh":
            return self.home
        if gen == "rt":
            return self.rt_rw()
        if gen == "rtl":
            return f"RT {self.rt:02d}" if self.rt_style % 2 else f"RT {self.rt:03d}"
        if gen == "rtp":
            return f"{self.rt:03d}/{self.rw:03d}"
        if gen == "blok":
            estate = rng.choice(ESTATES)
            return f"{estate} Blok {rng.choice('ABCDEFGH')}{rng.choice(('', '', '2', '1'))} No. {rng.randint(1, 60)}"
        # attributes, none of the ten kinds
        if gen == "umur":
            return str(2026 - self.born.year)
        if gen == "lahir":
            return self.born.strftime("%d-%m-%Y")
        if gen == "tempat":
            return BIRTH_PLACES[self.regency]
        if gen == "ttl":
            return f"{BIRTH_PLACES[self.regency]}, {self.born.day:02d}-{self.born.month:02d}-{self.born.year}"
        if gen == "jk":
            return "PEREMPUAN" if self.woman else "LAKI-LAKI"
        if gen == "kerja":
            return self.job
        raise SystemExit(f"unknown person generator {gen!r}")

    def rt_rw(self) -> str:
        rt, rw = self.rt, self.rw
        return (
            f"RT {rt:03d}/RW {rw:03d}",
            f"RT {rt:02d}/RW {rw:02d}",
            f"RT {rt:02d} RW {rw:02d}",
            f"RT {rt} RW {rw}",
            f"RT.{rt:03d}/RW.{rw:03d}",
            f"RT {rt:03d}/{rw:03d}",
            f"Rt {rt:02d} Rw {rw:02d}",
        )[self.rt_style]


def scan_name(rng: random.Random, name: str) -> str:
    """A name as a scan reads it: a stray space inside its longest word or a digit for a letter."""
    parts = name.split(" ")
    longest = max(range(len(parts)), key=lambda i: (len(parts[i]), -i))
    word = parts[longest]
    if len(word) < 5:
        return name
    swaps = [i for i, c in enumerate(word) if c in "OISB" and i > 0]
    if swaps and rng.random() < 0.5:
        i = rng.choice(swaps)
        word = word[:i] + {"O": "0", "I": "1", "S": "5", "B": "8"}[word[i]] + word[i + 1 :]
    else:
        i = rng.randint(2, len(word) - 2)
        word = word[:i] + " " + word[i:]
    parts[longest] = word
    return " ".join(parts)


def misspell(rng: random.Random, name: str) -> str:
    """The name as a clerk typed it: one letter of its longest word doubled, changed or left out."""
    parts = name.split(" ")
    longest = max(range(len(parts)), key=lambda i: (len(parts[i]), -i))
    word = parts[longest]
    for _ in range(20):
        i = rng.randint(1, len(word) - 2)
        how = rng.randrange(3)
        if how == 0:
            new = word[:i] + word[i] + word[i:]
        elif how == 1:
            swap = {
                "a": "e",
                "e": "i",
                "i": "y",
                "o": "u",
                "u": "o",
                "y": "i",
                "k": "c",
                "s": "z",
                "f": "p",
                "n": "m",
            }
            new = word[:i] + swap.get(word[i], word[i]) + word[i + 1 :]
        else:
            new = word[:i] + word[i + 1 :]
        if new.lower() != word.lower():
            parts[longest] = new
            return " ".join(parts)
    raise SystemExit("cannot misspell")


def dodge(rng: random.Random, local: str, host: str) -> str:  # noqa: PLR0911
    """A private address written to dodge scrapers."""
    name, _, tld = host.partition(".")
    form = rng.randrange(12)
    if form == 0:
        return f"{local} @ {host}"
    if form == 1:
        return f"{local} @{host}"
    if form == 2:
        return f"{local}(at){host}"
    if form == 3:
        return f"{local} [at] {name} [dot] {tld.replace('.', ' [dot] ')}"
    if form == 4:
        return f"{local} at {name} dot {tld.replace('.', ' dot ')}"
    if form == 5:
        return f"{local}(keong){name}(titik){tld.replace('.', '(titik)')}"
    if form == 6:
        return f"{local}[@]{host}"
    if form == 7:
        return f"{local}@{name},{tld}"
    if form == 8:
        return f"{local} (et) {host}"
    if form == 9 and tld == "com":
        return f"{local}@{name}{tld}"
    if form == 10:
        return f"{local.replace('.', ' titik ')} at {name} titik {tld.replace('.', ' titik ')}"
    return f"{local.replace('.', ' [dot] ')} [at] {name} [dot] {tld.replace('.', ' [dot] ')}"


PERSON_KIND = {
    **dict.fromkeys(("nama", "dpn", "pgl", "marga", "nick", "scan", "salah"), "name"),
    **dict.fromkeys(
        ("nik", "nikp", "nikg", "nikd", "niks", "nikl", "nikr", "nikc", "nikn", "nikx"), "nik"
    ),
    **dict.fromkeys(("kk", "kkp", "kkg", "kkl", "kkn"), "kk"),
    **dict.fromkeys(
        ("npwp", "npwpo", "npwps", "npwpp", "npwpx", "npwp0", "npwpn", "nitku"), "npwp"
    ),
    **dict.fromkeys(("bpjs", "bpjsp", "bpjsg", "bpjsl"), "bpjs"),
    **dict.fromkeys(
        (
            "hp",
            "hpp",
            "hpd",
            "hps",
            "hpt",
            "hpw",
            "hpi",
            "hp62",
            "hpl",
            "hpu",
            "hpn",
            "hpb",
            "hpc",
            "telr",
        ),
        "phone",
    ),
    **dict.fromkeys(("mail", "mailk", "mailo", "maild", "mailc"), "email"),
    **dict.fromkeys(("bri", "bni", "mdr", "ntt", "bca", "bsi"), "bank_account"),
    "plat": "plate",
    **dict.fromkeys(("rmh", "rt", "rtl", "rtp", "blok"), "address"),
}
ATTRIBUTES = frozenset({"umur", "lahir", "tempat", "ttl", "jk", "kerja"})


# ---------------------------------------------------------------------------------------------
# The values of one text that are nobody's.

AMOUNTS = {  # (low, high, step) by the key's first letter
    "t": (1_000, 9_500, 500),
    "s": (5_000, 95_000, 5_000),
    "a": (50_000, 450_000, 5_000),
    "m": (150_000, 2_500_000, 25_000),
    "l": (2_500_000, 49_500_000, 250_000),
    "x": (150_000_000, 2_900_000_000, 10_000_000),
}
TIMES = {"p": (6, 11), "s": (12, 17), "m": (18, 22), "n": (0, 4)}


def dotted_amount(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


class Fill:
    """The values of one text: its people, dates, times, amounts, places and numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.cache: dict[tuple[str, str], str] = {}
        self.used: dict[str, set[str]] = {}
        start = date(2026, 1, 5) + timedelta(days=rng.randrange(320))
        self.base = working(start)
        self.dates: dict[str, date] = {}
        self.times: dict[str, tuple[int, int]] = {}
        self.clock = rng.randint(0, 30)

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self.rng, key, self.taken)
        return self.people[key]

    def day(self, key: str) -> date:
        if key not in self.dates:
            rng = self.rng
            if key == "d1":
                self.dates[key] = self.base
            elif key.startswith("d"):
                prev = self.day(f"d{int(key[1:]) - 1}")
                self.dates[key] = working(prev + timedelta(days=rng.randint(1, 5)))
            elif key.startswith("b"):
                self.dates[key] = self.base - timedelta(days=rng.randint(3, 60) * int(key[1:]))
            elif key.startswith("y"):  # a day of a past year
                self.dates[key] = date(
                    rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
                )
            else:
                raise SystemExit(f"date key {key!r}")
        return self.dates[key]

    def time(self, key: str) -> tuple[int, int]:
        """Times by key: ``p`` morning, ``s`` afternoon, ``m`` evening, ``n`` night; ``p2`` comes
        a few minutes after ``p1``, ``p3`` after ``p2``."""
        if key not in self.times:
            number = int(key[1:] or "1")
            if number > 1:
                hour, minute = self.time(f"{key[0]}{number - 1}")
                minute += self.rng.randint(1, 24)
                self.times[key] = (hour + minute // 60, minute % 60)
            else:
                low, high = TIMES[key[0]]
                self.times[key] = (self.rng.randint(low, high), self.rng.randrange(60))
        return self.times[key]

    def place(self, pool: str, key: str) -> str:
        used = self.used.setdefault(pool, set())
        options = [p for p in PLACE_POOLS[pool] if p not in used]
        value = self.rng.choice(options)
        used.add(value)
        return value

    def value(self, gen: str, key: str) -> str:
        cached = self.cache.get((gen, key))
        if cached is None:
            cached = self.make(gen, key)
            self.cache[(gen, key)] = cached
        return cached

    def make(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen in PLACE_POOLS:
            return self.place(gen, key)
        if gen == "kec":  # the kecamatan of the kelurahan of the same key
            return KECAMATAN_OF[self.value("kel", key)]
        if gen == "slug":  # the kelurahan of the same key, as a mailbox writes it
            return re.sub(r"[^a-z0-9]", "", self.value("kel", key).lower())
        if gen == "rp":
            low, high, step = AMOUNTS[key[0]]
            return dotted_amount(rng.randrange(low, high + 1, step))
        if gen in {
            "tgl",
            "tgls",
            "tgld",
            "tglp",
            "tglw",
            "tglc",
            "tgli",
            "tglf",
            "hari",
            "bln",
            "thn",
        }:
            d = self.day(key)
            return {
                "tgl": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "tgls": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                "tgld": f"{d.day:02d}-{d.month:02d}-{d.year}",
                "tglp": f"{d.day}/{d.month}",
                "tglw": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
                "tglc": f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
                "tgli": d.isoformat(),
                "tglf": d.strftime("%Y%m%d"),
                "hari": DAYS[d.weekday()],
                "bln": MONTHS[d.month - 1],
                "thn": str(d.year),
            }[gen]
        if gen in {"jam", "jamc"}:
            h, m = self.time(key)
            return f"{h:02d}{'.' if gen == 'jam' else ':'}{m:02d}"
        if gen == "n":
            low, high = {"a": (2, 9), "b": (10, 60), "c": (60, 400), "d": (1, 3)}[key[0]]
            return str(rng.randint(low, high))
        if gen == "nrt":  # RT numbers of units; ``nrt:2`` is higher than ``nrt:1``
            number = int(key.lstrip("abcdefghijklmnopqrstuvwxyz") or "1")
            if number > 1:
                return f"{int(self.value('nrt', str(number - 1))) + rng.randint(1, 6):02d}"
            return f"{rng.randint(1, 20):02d}"
        if gen == "nrw":
            return f"{rng.randint(1, 12):02d}"
        if gen == "tiket":
            form = rng.randrange(4)
            if form == 0:
                return f"{rng.randint(2601, 2611)}-{digits(rng, 4)}-{digits(rng, 3)}"
            if form == 1:
                return f"KPG-26-{digits(rng, 6)}"
            if form == 2:
                return f"LAPOR-5371-2026-{digits(rng, 5)}"
            return f"#UPK{digits(rng, 7)}"
        if gen == "va":
            return group("88" + rng.choice(("08", "10", "77")) + digits(rng, 12), (4, 4, 4), " ")
        if gen == "billing":
            return "8" + digits(rng, 14)
        if gen == "kodebayar":
            return "03" + digits(rng, 14)
        if gen == "plnid":
            return "53" + rng.choice(("12", "14", "15")) + digits(rng, 8)
        if gen == "meter":
            return "14" + digits(rng, 9)
        if gen == "token":
            return group(digits(rng, 20), (4, 4, 4, 4), " ")
        if gen == "samb":
            return f"{rng.randint(1, 12):02d}-{rng.randint(1, 30):02d}-{digits(rng, 6)}"
        if gen == "nop":
            return f"53.71.0{rng.randint(10, 60)}.00{rng.randint(1, 9)}.{digits(rng, 3)}-{digits(rng, 4)}.0"
        if gen == "nip":
            y = rng.randint(1968, 1995)
            return f"{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d} {y + rng.randint(22, 28)}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {digits(rng, 3)}"
        if gen == "nisn":
            return "0" + digits(rng, 9)
        if gen == "nib":
            return "91" + digits(rng, 11)
        if gen == "npsn":
            return "5030" + digits(rng, 4)
        if gen == "kpj":
            return "2" + digits(rng, 10)
        if gen == "kks":
            return group("6013" + digits(rng, 12), (4, 4, 4), " ")
        if (
            gen == "surat"
        ):  # a letter's number; a key of letters names the office (``{surat:pupr}``)
            office = key.rstrip("0123456789").upper() or rng.choice(("SET", "KEL", "DINSOS"))
            roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[
                self.base.month - 1
            ]
            return f"{rng.choice(('470', '400', '500', '140', '593', '300', '460', '800'))}/{rng.randint(10, 999)}/{office}/{roman}/{self.base.year}"
        if gen == "ref":
            return digits(rng, 12)
        if gen == "antri":
            return f"{rng.choice('ABCD')}-{rng.randint(1, 160):03d}"
        if gen == "akta":
            d = self.day("b1")
            return f"5371-LT-{d.day:02d}{d.month:02d}{d.year}-{digits(rng, 4)}"
        if gen == "sim":
            return digits(rng, 12)
        if gen == "nim":
            return "2" + digits(rng, 9)
        if gen == "telk":
            return fixed_line(rng)
        if gen == "hpk":
            return write_mobile(rng, mobile_digits(rng), rng.choice(MOBILE_STYLES))
        if gen == "hpkl":
            return write_mobile(rng, mobile_digits(rng), "letters")
        if gen == "npwpb":
            n = f"{rng.choice(('01', '02', '03', '31', '66', '70', '80', '00'))}{digits(rng, 7)}920{rng.choice(('000', '000', '001'))}"
            return npwp_dotted(n)
        if gen in {"rbri", "rbni", "rmdr", "rntt", "rbca", "rbsi"}:
            return account(rng, gen[1:])
        raise SystemExit(f"unknown generator {gen!r}")


def working(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


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
    text = expand(rng, template)
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
    for _ in range(2):
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
    markers = ("⟦", "⟧", "{", "}", "===", "@CAPS", "@lower", "\\t", "\\n")
    problems = [f"marker {marker!r} left" for marker in markers if marker in text]
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
        if "@" in value or "(" in value or ":" in value:
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
        dodges = ("@", " at ", "(at)", "[at]", "(keong)", "(et)", "[@]")
        if not any(d in low for d in dodges):
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
    """The checker accepts a good text and refuses each kind of mistake it is there for."""

    def spans_of(text: str, *labelled: tuple[str, str]) -> list[Span]:
        out = []
        for kind, value in labelled:
            start = text.index(value)
            out.append((kind, start, start + len(value)))
        return out

    good = "Sy Marta Boimau, HP 081339120475, NIK 5371044507850012. Ttd Marta Boimau"
    spans = spans_of(
        good, ("name", "Marta Boimau"), ("phone", "081339120475"), ("nik", "5371044507850012")
    )
    spans.append(("name", good.rindex("Marta Boimau"), len(good)))
    assert not check(good, spans, {}), check(good, spans, {})
    bad = [
        ("Sy Marta Boimau. Keluarga Boimau marah.", [("name", "Marta Boimau")], {}),
        ("Ibu Marta Boimau datang.", [("name", "Ibu Marta Boimau")], {}),
        ("HP 081339120475, sekali lagi 081339120475 ya", [("phone", "081339120475")], {}),
        ("HP 081339120475 atau +62 813-3912-0475 ya", [("phone", "081339120475")], {}),
        ("HP 0813-3912-0475 atau 0B13 3912 O475 ya", [("phone", "0813-3912-0475")], {}),
        ("Salam, Marta Boimau.", [("name", "Marta Boimau.")], {}),
        ("NIK 53710445078500 ya", [("nik", "53710445078500")], {}),
        ("NIK 1171044507850012 ya", [("nik", "1171044507850012")], {}),
        ("nopol DH 4412 KA ya", [("plate", "nopol DH 4412 KA")], {}),
        ("di Jl. Seroja No. 4 ya", [("address", "Seroja No. 4")], {}),
        ("surel marta.boimau gmail.com ya", [("email", "marta.boimau gmail.com")], {}),
        ("BPJS 1234567890123 ya", [("bpjs", "1234567890123")], {}),
        ("NIP 197804122005011003 ya", [("nip", "197804122005011003")], {}),
        ("Sy {nama:w1} ya", [], {}),
        ("Sy ⟦Marta⟧ ya", [], {}),
        ("Sy Marta Boimau ya", [("name", "Marta Boimau"), ("name", "Boimau ya")], {}),
        ("Sy Marta Boimau ya", [("name", "Marta Boimau")], {0: "Marta Benu"}),
        ("rumah di Jl. Seroja No. 4, ya Jl. Seroja No. 4", [("address", "Jl. Seroja No. 4")], {}),
    ]
    for text, labelled, expected in bad:
        assert check(text, spans_of(text, *labelled), expected), text
    text, spans, expected = render(
        "Sy ⟦{nama:w1}⟧, HP ⟦{hp:w1}⟧, ⟦address:{rmh:w1}, {rt:w1}⟧, BPJS ⟦{bpjs:w1}⟧",
        random.Random(5),
    )
    assert not check(text, spans, expected), (text, check(text, spans, expected))
    assert [kind for kind, _, _ in spans] == ["name", "phone", "address", "bpjs"]


# ---------------------------------------------------------------------------------------------
# Writing the corpus.


def main() -> None:
    self_test()
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
    lines = []
    for number, record in enumerate(records, start=1):
        numbered = {"id": f"{PREFIX}-{number:04d}", **record}
        lines.append(json.dumps(numbered, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(data)
    report(table, themes, hashlib.sha256(data).hexdigest())


def report(table: dict[str, Counter[str]], themes: Counter[str], sha: str) -> None:
    total: Counter[str] = Counter()
    for counts in table.values():
        total.update(counts)
    out = sys.stdout
    out.write(f"{OUT.name}\nSHA-256 {sha}\n")
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
    out.write("".join(f"theme {t} {themes[t]}\n" for t in THEMES))


THEMES = (
    "health",
    "water",
    "roads",
    "waste",
    "civil_registry",
    "social_aid",
    "schools",
    "markets",
    "electricity",
    "land",
    "transport",
    "police_order",
    "tax",
)

# ---------------------------------------------------------------------------------------------
# The templates, one block of text per style.

SMS_1708 = r"""
=== civil_registry
@CAPS
KOTKUPANG SY ⟦{nama:m1}⟧ NIK ⟦{nik:m1}⟧ SDH PINDAH DR KEL. {kel:1} KE ⟦address:{rmh:m1}, {rt:m1}⟧ KEL. {kel:2} SEJAK {bln:b1}. SURAT PINDAH SDH URUS DI DUKCAPIL TGL {tgl:b1} NO ANTRIAN {antri:1} TP KTP-EL YG BARU CETAK MASIH TULIS ALAMAT LAMA. MHN DIPERBAIKI KRN MAU URUS BPJS. HP ⟦{hp:m1}⟧
=== schools
@lower
kotkupang sy ⟦{nama:w1}⟧ mama dr ⟦name:{dpn:wc1} {marga:m2}⟧. anak sy ditolak daftar kls 1 di {sd:1} krn kk katanya baru terbit {tglp:b1}, blm 1 thn. no kk ⟦{kk:w1}⟧. pdhl rumah kami di ⟦{rtl:w1}⟧ dekat skali dgn sekolah, jalan kaki 5 menit. mohon dinas pendidikan tlg cek aturan zonasi. trims
=== health
@CAPS
KOTKUPANG MAMA SY ⟦{nama:wo1}⟧ KARTU KIS NO ⟦{bpjs:wo1}⟧ TIBA2 NONAKTIF WAKTU BEROBAT DI {pkm:1} TGL {tgl:d1}. KATA PETUGAS SDH DIALIHKAN JD PESERTA MANDIRI KLS 3 HARUS BAYAR RP 35.000/BLN. KAMI TDK MAMPU. NIK MAMA ⟦{nik:wo1}⟧. MHN DINSOS CEK DTKS. ⟦{pgl:m1}⟧ ⟦{hp:m1}⟧
=== waste
@lower
kotkupang selamat siang. tetangga sy bpk ⟦{nama:m1}⟧ sll buang sampah dapur di pinggir pagar rumah kami di ⟦address:{rmh:w1}⟧ kel. {kel:1}. sdh ditegur {n:a1}x tp tdk peduli, bau dan banyak lalat. truk dlhk jg tdk lewat sejak {tgls:b1}. mohon ditindak. ⟦{nama:w1}⟧
=== electricity
@CAPS
KOTKUPANG KABEL PLN DEPAN RMH SY ⟦address:{rmh:m1} {rt:m1}⟧ KEL. {kel:1} SDH TURUN SAMPE KENA ATAP SENG. KALO HUJAN ADA PERCIKAN API. SDH LAPOR PLN 123 TGL {tgl:b1} NO LAPORAN {ref:1} TP BLM ADA YG DATANG. SY TAKUT RUMAH TERBAKAR, ADA 3 ANAK KECIL. ⟦{nama:m1}⟧ ⟦{hp:m1}⟧
=== land
@lower
kotkupang sy ⟦{nama:m1}⟧. tanah sy di ⟦{rtl:m1}⟧ kel. {kel:1} dipagar sebagian oleh tetangga ⟦{nama:m2}⟧, kira2 3 meter masuk ke tanah sy. sertifikat sy thn {thn:y1}. sdh minta ukur ulang di bpn tgl {tglp:b1} tp disuruh tunggu jadwal. mohon pak lurah bantu mediasi sblm ribut. hp ⟦{hp:m1}⟧
=== markets
@CAPS
KOTKUPANG SY ⟦{nama:w1}⟧ PEDAGANG SAYUR DI {psr:1} LOS {?B|C|D}-{n:b1}. KUNCI LAPAK SY DIAMBIL PETUGAS UPTD PASAR KRN TELAT BAYAR RETRIBUSI 2 BLN (RP {rp:s1}). SY SDH LUNAS TGL {tgl:d1} TP KUNCI BLM DIKEMBALIKAN, SDH 3 HARI TDK JUALAN. MHN DIBANTU. WA ⟦{hp:w1}⟧
=== transport
@lower
kotkupang mau lapor bemo jurusan {kel:1}-{kel:2} plat ⟦{plat:m2}⟧ tabrak anak sy ⟦{dpn:mt1}⟧ yg naik sepeda di {jln:1} jam {jam:s1} tgl {tglp:d1}. sopir lari tdk tanggung jawab, anak luka di lutut. sy sdh lapor ke polsek tp disuruh tunggu. ⟦{nama:m1}⟧ ⟦{hp:m1}⟧
=== police_order
@CAPS
KOTKUPANG TIAP MALAM MINGGU RMH BPK ⟦{nama:m2}⟧ DI ⟦address:{rmh:m2}⟧ PASANG SOUND SYSTEM SAMPE JAM 3 PAGI, ANAK2 MUDA MABUK DI JALAN. {?KAMI WARGA ⟦address:RT {nrt:1}⟧ SUSAH TIDUR|KAMI TETANGGA SUSAH TIDUR, ADA BAYI}. SDH LAPOR KETUA RT TP TDK ADA TINDAKAN. MHN POLSEK {kec:1} PATROLI. DARI ⟦{nama:w1}⟧
=== social_aid
@lower
kotkupang sy ⟦{nama:w1}⟧ penerima pkh. dana tahap {?2|3|4} blm masuk ke rek bni sy ⟦{bni:w1}⟧. waktu cek di agen brilink, nama di rekening tertulis ⟦{salah:w1}⟧ bukan nama sy yg benar. pendamping bilang urus sendiri di bank. mohon dinsos bantu. nik ⟦{nik:w1}⟧
=== tax
@CAPS
KOTKUPANG SPPT PBB {thn:d1} MASIH ATAS NAMA ALM. BAPAK SY ⟦name:{dpn:mo1} {marga:m2}⟧, NOP {nop:1}, TAGIHAN RP {rp:a1}. SY ANAK ⟦{nama:m2}⟧ MAU BALIK NAMA TP DI BAPENDA DIMINTA NPWP. NPWP SY ⟦{npwpo:m2}⟧ APA BISA PAKAI ITU? HP ⟦{hp:m2}⟧
=== water
@lower
kotkupang sy sdh transfer rp {rp:a1} ke om ⟦{pgl:m2}⟧ sopir tangki air (hp ⟦{hp:m2}⟧) utk 1 tangki 5000 liter tgl {tglp:b1}, sampe skrg air blm diantar. oto tangki plat ⟦{plat:m2}⟧. rumah sy ⟦address:{rmh:w1}⟧ {kel:1}. pdam jg mati sdh 2 minggu. mohon dibantu. ⟦{nama:w1}⟧
=== schools
@CAPS
KOTKUPANG ANAK SY ⟦name:{dpn:wt1} {marga:m1}⟧ NISN {nisn:1} KLS {?8|9} {smp:1} DAPAT PIP TP SEKOLAH MINTA AKTIVASI REKENING LEWAT EMAIL ORANG TUA. EMAIL SY ⟦{mail:m1}⟧ SDH DIKIRIM TGL {tgl:b1}, TDK ADA BALASAN. DANA BLM CAIR SAMPE {tgl:d1}. ⟦{nama:m1}⟧ HP ⟦{hp:m1}⟧
=== health
@lower
kotkupang mau tanya apa imunisasi di posyandu {?anggrek|kenanga|teratai} kel. {kel:1} harus bayar? bidan ⟦{nama:w2}⟧ minta rp {rp:t1} per anak utk uang kapas. sy tdk keberatan tp ada mama2 yg tdk bawa uang jd pulang, anak tdk disuntik. dari ⟦{pgl:w1}⟧ ⟦{rtl:w1}⟧
=== roads
@CAPS
KOTKUPANG KONTRAKTOR {cv:1} GALI SALURAN DEPAN RMH SY DI ⟦address:{rmh:m1}⟧ SEJAK {tgls:b1} TP DITINGGAL BEGITU SAJA. MOTOR TDK BISA MASUK, MAMA SY YG SAKIT HARUS DIPIKUL KELUAR. PAPAN PROYEK TULIS NILAI RP {rp:x1}. SY ⟦{nama:m1}⟧ ⟦{hp:m1}⟧
=== civil_registry
@lower
kotkupang sy ⟦{nama:m1}⟧ mau tanya akta lahir anak sy ⟦name:{dpn:wc1} {marga:m1}⟧. sdh daftar online tgl {tgl:b1} no registrasi {akta:1} tp status masih verifikasi sdh {n:b1} hari. nik sy ⟦{nik:m1}⟧ kk ⟦{kk:m1}⟧. tolong dukcapil cek. trima kasih
=== social_aid
@CAPS
KOTKUPANG BPK SY ⟦{nama:mo1}⟧ UMUR {umur:mo1} THN, LANSIA TINGGAL SENDIRI DI ⟦address:{rt:mo1}⟧ KEL. {kel:1}. NAMA BELIAU HILANG DR DAFTAR PENERIMA SEMBAKO LANSIA BLN {bln:d1} PADAHAL BLN LALU MASIH DAPAT. NIK ⟦{nikx:mo1}⟧ KK ⟦{kk:mo1}⟧ KIS ⟦{bpjs:mo1}⟧. MHN DICEK. ANAKNYA ⟦{pgl:w1}⟧ ⟦{hp:w1}⟧
=== roads
@CAPS
KOTKUPANG PLAT BETON JEMBATAN KECIL DI {jln:1} DEKAT {psr:1} SDH RETAK DAN MIRING, TRUK PASIR MASIH LEWAT TIAP HARI. MOHON DINAS PUPR PASANG PEMBATAS SEBELUM ADA KORBAN. TRIMS
=== water
@lower
kotkupang meter air pdam di depan rumah kami hilang dicuri tgl {tglp:b1}. lapor ke kantor pdam disuruh beli meter baru rp {rp:a1} + ongkos pasang. no samb {samb:1}. apa betul pelanggan yg tanggung? di kel. {kel:1} sdh {n:a1} rumah yg hilang meter bln ini
=== electricity
@CAPS
KOTKUPANG LISTRIK DI KEL. {kel:1} PADAM 3X DLM SEMINGGU TANPA PEMBERITAHUAN, TERAKHIR {hari:d1} JAM {jam:m1} SAMPE JAM {jam:n1}. KULKAS DAN TV RUSAK. ID PEL {plnid:1}. APA BISA KLAIM GANTI RUGI KE PLN? TRIMS
=== waste
@lower
kotkupang org buang sampah ke kali dendeng di bawah jembatan {jln:1} tiap malam, plastik deng kasur bekas. kalo hujan air naik ke jalan. mohon dlhk pasang papan larangan deng cctv, denda rp {rp:a1} jg tdk ada yg takut
=== schools
@CAPS
KOTKUPANG {sek:1} MINTA UANG KOMITE RP {rp:a1} PER SISWA UTK BANGUN PAGAR, YG BLM BAYAR TDK DAPAT KARTU UJIAN TGL {tgl:d2}. APA INI BOLEH? SEKOLAH NEGERI KAN GRATIS. MOHON DINAS P DAN K CEK. TRIMS
=== markets
@lower
kotkupang harga cabe rawit di {psr:1} naik jd rp {?85.000|90.000|110.000|120.000}/kg, bawang merah rp {?45.000|50.000|55.000}/kg. pedagang bilang kapal dr surabaya telat. mohon disperindag buat operasi pasar sblm natal. trims
=== transport
@CAPS
KOTKUPANG BUS DAMRI JURUSAN BANDARA EL TARI JAM {?05.30|06.00|06.30|07.15} SERING TDK JALAN, PENUMPANG TUNGGU 1 JAM LEBIH. KAMI YG KERJA DI BANDARA TERLAMBAT. TIKET RP {?35.000|40.000|45.000}. MOHON DISHUB TEGUR. TRIMS
=== police_order
@lower
kotkupang ada sms dr {hpk:1} ngaku anak sy, bilang hp rusak jd pake nomor teman, minta transfer pulsa rp 100rb. sy tdk tanggapi. tlg polresta blokir nomor itu krn bnyk lansia di kel. {kel:1} yg kena. trims
=== civil_registry
@CAPS
KOTKUPANG SDH {n:a1} BLN DI KEC. {kec:1} KATANYA BLANGKO KTP HABIS, DISURUH PAKAI SUKET DULU. SUKET TDK DITERIMA DI {bank:1} WAKTU BUKA REKENING. KAPAN BLANGKO ADA? MHN INFO. TRIMS
=== health
@lower
kotkupang antrian pasien bpjs di {rs:1} mulai jam 5 pagi, poli penyakit dalam baru buka jam {?09.00|09.30|10.00}. lansia duduk di lantai krn kursi kurang. mohon diatur antrian online yg jalan. tgl {tgl:d1}
"""

WHATSAPP = r"""
=== civil_registry
[{tglw:d1} {jam:m1}] ⟦{nama:w1}⟧: Kaka ade dong, Dukcapil minta aktivasi IKD pakai email sendiri2. Kirim NIK deng email di sini e, nanti beta daftar sekaligus
[{tglw:d1} {jam:m2}] ⟦{pgl:m1}⟧: ⟦{nik:m1}⟧ / ⟦{mail:m1}⟧
[{tglw:d1} {jam:m3}] ⟦{pgl:w2}⟧: Beta pung NIK ⟦{nik:w2}⟧, email ⟦{mail:w2}⟧
[{tglw:d1} {jam:m4}] ⟦{nama:w1}⟧: Ok makasih. Jadwal di kantor camat {kec:1} hari {hari:d2} jam 08.00, bawa KTP asli sa
=== health
{tglw:d1} {jam:p1} - ⟦{pgl:w1}⟧: Bapa pung rujukan cuci darah di {rs:1} habis tgl {tglp:d2}. Sapa yg bisa antar ke {pkm:1} minta rujukan baru?
{tglw:d1} {jam:p2} - ⟦{nama:m2}⟧: Beta bisa besok pagi. Kirim foto kartu BPJS bapa
{tglw:d1} {jam:p3} - ⟦{pgl:w1}⟧: No kartu ⟦{bpjs:mo1}⟧ a.n. ⟦{nama:mo1}⟧, faskes {pkm:1}
{tglw:d1} {jam:p4} - ⟦{nama:m2}⟧: Sip. Kalo petugas tanya nomor yg bisa dihubungi, HP bapa ⟦{hp:mo1}⟧ ato beta ⟦{hp:m2}⟧
=== water
[{tglw:d1} {jam:m1}] Ketua RT {nrt:1}: Selamat malam bapa mama. PDAM su setuju pasang pipa induk baru masuk lorong kita, swadaya warga Rp {rp:a1} per rumah.
[{tglw:d1} {jam:m2}] ⟦{nama:w1}⟧: Yg mau transfer bisa ke rek BRI ⟦{bri:w1}⟧ a.n. ⟦{nama:w1}⟧ (sy bendahara), ato bayar tunai di rumah sy ⟦address:{rmh:w1}⟧
[{tglw:d1} {jam:m3}] ⟦{nama:m2}⟧: Sy sdh transfer mama, bukti sy kirim japri
[{tglw:d1} {jam:m4}] ~ ⟦{pgl:m3}⟧: Sy bayar hari {hari:d2} e, tunggu gajian dulu 🙏
=== schools
[{tglw:d1} {jam:p1}] ⟦{pgl:w1}⟧: Mama2, oto jemputan anak2 hari ini bukan om ⟦{pgl:m2}⟧ lagi. Sopir baru bawa oto plat ⟦{plat:m3}⟧, namanya ⟦{nama:m3}⟧ katanya
[{tglw:d1} {jam:p2}] ⟦{nama:w2}⟧: Om ⟦{pgl:m2}⟧ sakit. Ini nomor sopir baru ⟦{hp:m3}⟧, sdh sy tanya langsung
[{tglw:d1} {jam:p3}] ⟦{pgl:w1}⟧: Ok. Tp tadi dia bawa oto laju skali di {jln:1}, anak2 takut. Nanti kita bilang baik2
[{tglw:d1} {jam:p4}] ⟦{nama:w2}⟧: Iya mama, sy WA dia skrg
=== police_order
{tglw:d1} {jam:s1} - Sekretaris RT {nrt:1}: Jadwal ronda malam {hari:d2}:
1. ⟦{nama:m1}⟧ - ⟦{hp:m1}⟧
2. ⟦{nama:m2}⟧ - ⟦{hp:m2}⟧
3. ⟦{nama:mx3}⟧ - ⟦{hp:mx3}⟧
4. Om ⟦{nick:m4}⟧ (cadangan)
Pos kamling depan {grj:1}. Kalo ada yg mencurigakan telpon Bhabinkamtibmas {hpk:1} atau 110.
{tglw:d1} {jam:s2} - ⟦{nama:m2}⟧: Siap pak, sy bawa senter
=== social_aid
[{tglw:d1} {jam:p1}] ⟦{nama:w1}⟧: Selamat pagi ibu2 penerima PKH kel. {kel:1}. Pencairan tahap {?2|3} di BNI unit {kel:1} hari {hari:d2}. Bawa KKS deng KTP. Kalo kartu hilang hubungi sy ⟦{hp:w1}⟧ (pendamping)
[{tglw:d1} {jam:p2}] ⟦{pgl:w2}⟧: Ibu ⟦{pgl:w1}⟧, sy pung kartu terblokir. No KKS {kks:1}, NIK ⟦{nik:w2}⟧
[{tglw:d1} {jam:p3}] ⟦{nama:w1}⟧: Nanti sy cek di sistem ya mama ⟦{pgl:w2}⟧
=== land
[{tglw:d1} {jam:s1}] ⟦{nama:m1}⟧: Petugas PTSL dari BPN mau datang ukur tanah di {kel:1} hari {hari:d2}. Dong minta fotokopi KK deng KTP semua ahli waris
[{tglw:d1} {jam:s2}] ⟦{pgl:w2}⟧: KK beta ⟦{kk:w2}⟧, KTP ⟦{nik:w2}⟧. Fotokopi sy titip di rumah ⟦{pgl:m1}⟧ e
[{tglw:d1} {jam:s3}] ⟦{pgl:m3}⟧: Beta masih di Atambua, sy kirim foto sa. NIK ⟦{nik:m3}⟧
[{tglw:d1} {jam:s4}] ⟦{nama:m1}⟧: Ok. Biaya patok Rp {rp:a1} per bidang, nanti kita bagi rata
=== electricity
[{tglw:d1} {jam:m1}] ⟦{nama:w1}⟧: Pak RT, meteran listrik sy terbakar tadi sore. Petugas PLN yg datang, namanya ⟦{nama:m2}⟧, minta Rp {rp:a1} utk ganti MCB, tdk pake kwitansi
[{tglw:d1} {jam:m2}] Pak RT ⟦{pgl:m3}⟧: Jangan kasi dulu mama. Lapor ke PLN 123 saja. ID pelanggan berapa?
[{tglw:d1} {jam:m3}] ⟦{nama:w1}⟧: ID pel {plnid:1}
[{tglw:d1} {jam:m4}] Pak RT ⟦{pgl:m3}⟧: Sy teruskan ke grup kelurahan
=== schools
[{tglw:d1} {jam:p1}] Ibu Wali Kelas ⟦{pgl:w1}⟧: Selamat pagi bapa mama kelas 5B. Data PIP masuk paling lambat {hari:d2}. Yg belum: kirim nama anak, NISN, nama ibu kandung, no HP
[{tglw:d1} {jam:p2}] ⟦{nama:w2}⟧: Ibu, ⟦name:{dpn:mc1} {marga:m3}⟧ NISN {nisn:1}, ibu kandung ⟦{nama:w2}⟧, HP ⟦{hp:w2}⟧
[{tglw:d1} {jam:p3}] ⟦{nama:m3}⟧: Ibu guru, itu sy pung maitua yg kirim 🙏
[{tglw:d1} {jam:p4}] Ibu Wali Kelas ⟦{pgl:w1}⟧: Terima kasih bapa
=== waste
{tglw:d1} {jam:s1} - Bank Sampah Lontar Hijau: Rekap setoran bulan {bln:d1} sudah keluar. Pembayaran lewat DANA sesuai nomor anggota.
{tglw:d1} {jam:s2} - ⟦{nama:w1}⟧: Sy setor {n:b1} kg botol plastik, tolong kirim ke DANA ⟦{hp:w1}⟧ a.n. ⟦{nama:w1}⟧
{tglw:d1} {jam:s3} - ⟦{nama:w2}⟧: Sy punya ke DANA anak sy ⟦{hp:wy3}⟧ a.n. ⟦{nama:wy3}⟧ ya kak
{tglw:d1} {jam:s4} - Bank Sampah Lontar Hijau: Siap mama2, paling lambat hari {hari:d2}
=== tax
[{tglw:d1} {jam:p1}] ⟦{nama:m1}⟧: Bapa2, sy mau jual tanah di {kel:1}. Notaris minta NPWP penjual. Sy pung NPWP lama ⟦{npwpo:m1}⟧, skrg katanya harus pake NIK ⟦{npwpn:m1}⟧. Betul ko?
[{tglw:d1} {jam:p2}] ⟦{nama:m2}⟧: Betul bapa, sejak 2024 NIK jadi NPWP. Aktivasi di Coretax dulu
[{tglw:d1} {jam:p3}] ⟦{nama:m1}⟧: Siap makasih
=== health
[{tglw:d1} {jam:p1}] Kader ⟦{pgl:w1}⟧: Mama2 posyandu {?Mawar|Seroja|Delima} kel. {kel:1}, hari {hari:d2} timbang deng imunisasi campak. Yg bulan lalu tdk datang:
- ⟦{dpn:wc2}⟧ (mama ⟦{pgl:w3}⟧)
- ⟦{dpn:mc3}⟧ (mama ⟦{pgl:w4}⟧)
Info lanjut WA sy ⟦{hp:w1}⟧
[{tglw:d1} {jam:p2}] ⟦{pgl:w3}⟧: Siap kak ⟦{pgl:w1}⟧, kemarin anak demam
=== police_order
[{tglw:d1} {jam:p1}] ⟦{nama:m1}⟧: Selamat pagi grup. Sy dapat dompet coklat di depan {psr:1}, isi KTP a.n. ⟦{nama^:w2}⟧, NIK ⟦{nik:w2}⟧, deng kartu BPJS ⟦{bpjs:w2}⟧. Kalo ada yg kenal tolong kasi tau, hubungi sy ⟦{hp:m1}⟧
[{tglw:d1} {jam:p2}] ⟦{pgl:w3}⟧: Itu mama ⟦{pgl:w2}⟧ yg jual ikan di Oeba. Sy kasi tau dia
[{tglw:d1} {jam:p3}] ⟦{nama:m1}⟧: Mantap, dompet sy titip di pos polisi {psr:1}
=== roads
[{tglw:d1} {jam:s1}] Ketua RT {nrt:1}: Hari {hari:d2} kerja bakti cor lorong. Oto pasir tolong jgn parkir di mulut lorong lagi
[{tglw:d1} {jam:s2}] ⟦{nama:w1}⟧: Itu oto pick up plat ⟦{plat:m2}⟧ pung ⟦{nama:m2}⟧ pak, tiap malam parkir di situ sampe kami pung motor sonde bisa keluar
[{tglw:d1} {jam:s3}] ⟦{nama:m2}⟧: Maaf mama, mulai malam ini sy parkir di rumah
=== transport
{tglw:d1} {jam:m1} - ⟦{nama:m1}⟧: Ada yg pernah urus perpanjangan SIM lewat om ⟦{nama:m2}⟧? Dia tawar Rp {rp:a1} langsung jadi
{tglw:d1} {jam:m2} - ⟦{pgl:w2}⟧: Jangan kaka, itu calo. Sy dulu kasi uang ke dia pung nomor ⟦{hp:m2}⟧, SIM sampe skrg sonde ada
{tglw:d1} {jam:m3} - ⟦{nama:m1}⟧: Wah. Sy antri sendiri sa di Satpas kalo begitu
=== markets
[{tglw:d1} {jam:p1}] ⟦{nama:w1}⟧: Sy mau oper kontrak lapak ikan di {psr:1}, sisa {n:a1} bulan. Yg minat WA ⟦{hpi:w1}⟧ ato datang lgsg ke rumah ⟦address:{rmh:w1}, {rt:w1}⟧
[{tglw:d1} {jam:p2}] ~ ⟦{nama:wx2}⟧: Berapa mama?
[{tglw:d1} {jam:p3}] ⟦{nama:w1}⟧: Rp {rp:m1} nego, sdh termasuk retribusi bulan ini
=== civil_registry
[{tglw:d1} {jam:s1}] ⟦{nama:m1}⟧: Admin, sy mau buat KIA utk anak sy ⟦name:{dpn:mc2} {marga:m1}⟧. Syaratnya apa sa?
[{tglw:d1} {jam:s2}] Admin Dukcapil Kel. {kel:1}: Bawa akta lahir, KK asli, pas foto anak kalo umur 5 thn ke atas. Layanan Senin-Jumat jam 08.00-14.00
[{tglw:d1} {jam:s3}] ⟦{nama:m1}⟧: KK sy ⟦{kk:m1}⟧, apa masih berlaku? Itu KK lama, belum ada nama anak bungsu
[{tglw:d1} {jam:s4}] Admin Dukcapil Kel. {kel:1}: Masih bapa, asal data anak sudah masuk
=== water
[{tglw:d1} {jam:p1}] Admin Kelurahan {kel:1}: Info PDAM: distribusi air hari {hari:d2} utk wilayah RT {nrt:1} s/d RT {nrt:2}, jam 05.00-09.00. Mohon tampung secukupnya.
[{tglw:d1} {jam:p2}] Mama: Kalo RT sebelah kapan pak?
[{tglw:d1} {jam:p3}] Admin Kelurahan {kel:1}: Hari {hari:d3} mama. Keluhan ke hotline PDAM {telk:1}
=== transport
[{tglw:d1} {jam:p1}] Info ASDP Kupang: Kapal Ferry tujuan Rote dan Sabu tgl {tgl:d1} DIBATALKAN karena gelombang tinggi 2,5-4 meter. Tiket dapat refund di loket Pelabuhan Bolok. Info: {telk:1}
[{tglw:d1} {jam:p2}] Mama: Ade, ko kapal batal. Sonde usah ke Bolok dulu
[{tglw:d1} {jam:p3}] Bapa: Iya, tunggu hari {hari:d2}
=== markets
{tglw:d1} {jam:p1} - Info Pasar Kupang: Harga hari ini di {psr:1}: beras medium Rp {?13.500|14.000|14.500}/kg, minyak goreng Rp {?18.000|19.500|20.000}/liter, ikan tongkol Rp {?25.000|30.000|35.000}/ekor, telur Rp {?55.000|58.000|60.000}/rak.
{tglw:d1} {jam:p2} - Info Pasar Kupang: Operasi pasar murah di halaman kantor camat {kec:1} hari {hari:d2} mulai jam 08.00
=== health
[{tglw:d1} {jam:s1}] BPJS Kesehatan Kupang: Peserta JKN yth, cek status kepesertaan dan ganti faskes bisa lewat aplikasi Mobile JKN atau Pandawa WA {hpk:1}. Layanan tidak dipungut biaya.
[{tglw:d1} {jam:s2}] Oma: Nona, ini apa?
[{tglw:d1} {jam:s3}] Nona: Info dari BPJS sa oma, bukan penipu
=== electricity
[{tglw:d1} {jam:p1}] PLN UP3 Kupang: Pemeliharaan jaringan {hari:d2}, {tgls:d2} pukul 09.00-15.00 WITA. Padam di sebagian Kel. {kel:1}, {kel:2} dan {kel:3}. Info: PLN Mobile / 123
[{tglw:d1} {jam:p2}] grup warga: Siap isi air dulu 😅
=== waste
{tglw:d1} {jam:s1} - DLHK Kota Kupang: Jadwal truk sampah minggu ini: Senin-Rabu Kel. {kel:1} dan {kel:2}, Kamis-Sabtu Kel. {kel:3}. Sampah ditaruh di depan rumah paling lambat jam 06.00. Pengaduan: {telk:1}
{tglw:d1} {jam:s2} - Ketua RT {nrt:1}: Mohon warga ikuti jadwal ini
=== schools
[{tglw:d1} {jam:m1}] Wali Kelas 7C: Yth orang tua, ujian tengah semester mulai {tgls:d2}. Uang ujian tidak ada, kalau ada yang minta mohon lapor ke kepala sekolah.
[{tglw:d1} {jam:m2}] mama: Baik ibu guru
[{tglw:d1} {jam:m3}] Komite Sekolah: Terima kasih ibu 🙏
=== police_order
[{tglw:d1} {jam:m1}] Forum Warga {kel:1}: Hati2, ada WA dari {hpk:1} mengaku petugas Dukcapil, minta foto KTP deng KK utk "pemutakhiran data". Itu penipuan. Dukcapil sonde pernah minta lewat WA.
[{tglw:d1} {jam:m2}] ~ kupangkota_peduli: Nomor lain jg {hpk:2}, pesan sama
[{tglw:d1} {jam:m3}] Forum Warga {kel:1}: Makasih, sy laporkan ke Polresta
=== roads
[{tglw:d1} {jam:m1}] Info Lalin Kupang: Besok {hari:d2} ada Car Free Day di {jln:1} jam 06.00-09.00. Kendaraan dialihkan lewat {jln:2}.
[{tglw:d1} {jam:m2}] Om: Jalan ke gereja lewat mana ni
[{tglw:d1} {jam:m3}] Info Lalin Kupang: Lewat {jln:2} om, petugas Dishub di simpang
=== civil_registry
[{tglw:d1} {jam:p1}] Disdukcapil Kota Kupang: Layanan jemput bola perekaman KTP-el utk lansia dan disabilitas di Kel. {kel:1} hari {hari:d2}, jam 09.00-13.00, di aula kelurahan. Bawa KK. Antrian online via WA {hpk:1}.
[{tglw:d1} {jam:p2}] Kakak: Oma su rekam ko belum?
[{tglw:d1} {jam:p3}] Adik: Belum, nanti beta antar
=== social_aid
[{tglw:d1} {jam:p1}] Admin Dinsos Kota Kupang: Selamat pagi. Untuk usulan bantuan lansia, mohon kirim data dengan format:
Nama:
NIK:
No KK:
Alamat:
No HP:
[{tglw:d1} {jam:p2}] ⟦{nama:w1}⟧: Nama: ⟦{nama:wo2}⟧
NIK: ⟦{nik:wo2}⟧
No KK: ⟦{kk:wo2}⟧
Alamat: ⟦address:{rmh:wo2}, {rt:wo2}⟧ Kel. {kel:1}
No HP: ⟦{hp:w1}⟧ (anak, ⟦{pgl:w1}⟧)
[{tglw:d1} {jam:p3}] Admin Dinsos Kota Kupang: Terima kasih, data sudah kami terima dan akan diverifikasi bersama pendamping.
"""

LAPOR_FORM = r"""
=== health
Judul Laporan: Pasien JKN tidak diberi rujukan di {pkm:1}
Isi Laporan: Saya ⟦{nama:m1}⟧ melaporkan bahwa istri saya ⟦{nama:w2}⟧ (No. Kartu JKN ⟦{bpjs:w2}⟧) pada tanggal {tgls:d1} datang ke {pkm:1} dengan keluhan sesak napas. Petugas menolak memberi rujukan ke {rs:1} dengan alasan kuota rujukan hari itu sudah habis dan menyuruh datang lagi hari {hari:d2}. Mohon penjelasan apakah rujukan memang dibatasi kuota.
Kategori: Kesehatan
Lokasi: Kel. {kel:1}, Kec. {kec:1}
Instansi Tujuan: Dinas Kesehatan Kota Kupang
Rahasiakan identitas: Tidak
Nomor Tiket: {tiket:1}
Kontak Pelapor: ⟦{hpb:m1}⟧
=== civil_registry
Judul Laporan: NIK anak tidak padan waktu daftar BPJS
Isi Laporan: Selamat siang. NIK anak saya ⟦name:{dpn:wc1} {marga:m1}⟧ yaitu ⟦{nikp:wc1}⟧ sudah tercantum di KK nomor ⟦{kkn:m1}⟧, tetapi waktu didaftarkan ke BPJS Kesehatan muncul keterangan "NIK tidak ditemukan". Sudah ke kantor Dukcapil tanggal {tgl:b1}, disuruh tunggu sinkronisasi. Sudah {n:b1} hari belum ada perubahan.
Pelapor: ⟦{nama:m1}⟧
Alamat: ⟦address:{rmh:m1}, {rt:m1}⟧, Kel. {kel:1}
No. HP: ⟦{hp:m1}⟧
Status: Menunggu Verifikasi
=== social_aid
Judul: Kartu KKS tertelan mesin ATM
Isi Laporan: Kartu KKS ibu saya ⟦{nama:wo1}⟧ tertelan di ATM BNI dekat {psr:1} tanggal {tgl:b1}. Dana BPNT bulan {bln:d1} tidak bisa diambil. Di bank disuruh bawa surat keterangan dari Dinas Sosial dulu. Nomor rekening KKS ⟦{bni:wo1}⟧, NIK ⟦{nik:wo1}⟧. Mohon dibantu karena ibu sudah tua.
Pelapor: ⟦{nama:m2}⟧ (anak)
Telp: ⟦{hp:m2}⟧
Kategori: Sosial
=== schools
Judul Laporan: Titik rumah salah di sistem PPDB SMP
Isi Laporan: Pada pendaftaran PPDB jalur zonasi, titik rumah kami di ⟦address:{rmh:m1}, {rt:m1}⟧ Kel. {kel:1} terbaca {n:a1},{n:a2} km dari {smp:1}, padahal kenyataannya kurang dari 1 km. Anak kami ⟦name:{dpn:mt2} {marga:m1}⟧ dinyatakan tidak lolos. Nomor KK ⟦{kk:m1}⟧. Mohon verifikasi ulang sebelum pengumuman tanggal {tgls:d2}.
Nama Pelapor: ⟦{nama:m1}⟧
Email: ⟦{mail:m1}⟧
=== water
Judul: Sambungan baru PDAM belum dipasang
Isi Laporan: Saya sudah membayar biaya sambungan baru Rp {rp:m1} di loket PDAM tanggal {tgl:b1} (kwitansi no. {ref:1}) tetapi sampai hari ini pipa dan meter belum dipasang. Setiap ditanya, petugas bilang material kosong. Lokasi pemasangan di rumah saya ⟦address:{rmh:w1}⟧, Kel. {kel:1}.
Data Pelapor
Nama: ⟦{nama:w1}⟧
NIK: ⟦{nik:w1}⟧
HP/WA: ⟦{hp:w1}⟧
=== roads
Judul: Pagar rumah dibongkar proyek pelebaran jalan tanpa ganti rugi
Isi Laporan: Pada {tgls:b1} pagar tembok rumah kami di ⟦address:{rmh:m2}⟧ dibongkar pekerja proyek pelebaran {jln:1} ({cv:1}). Tidak ada pemberitahuan dan tidak ada ganti rugi. Sertifikat rumah atas nama ayah kami ⟦name:{dpn:mo1} {marga:m2}⟧. Kami minta Dinas PUPR menjelaskan.
Pelapor: ⟦{nama:m2}⟧, HP ⟦{hp:m2}⟧
Lampiran: IMG_{tglf:b1}_pagar.jpg
=== tax
Judul: Tagihan pajak reklame untuk papan nama kios di rumah
Isi Laporan: Saya membuka kios sembako kecil di depan rumah sendiri (⟦address:{rmh:w1}⟧, Kel. {kel:1}). Petugas Bapenda datang tanggal {tgl:d1} dan menagih pajak reklame Rp {rp:a1} per tahun untuk papan nama ukuran 1 x 0,5 meter. Saya usaha perorangan (NIB {nib:1}), NPWP pribadi saya ⟦{npwp:w1}⟧. Apakah papan nama sekecil itu wajib pajak reklame?
Nama Pelapor: ⟦{nama:w1}⟧
Kategori: Pajak Daerah
=== electricity
Judul: Pasang baru listrik sudah bayar, belum menyala
Isi Laporan: Saya mengajukan pasang baru 1.300 VA lewat PLN Mobile dengan nomor registrasi {ref:1}. Pembayaran Rp {rp:m1} sudah lunas melalui VA {va:1} tanggal {tgl:b1}. Sudah lewat {n:b1} hari, petugas belum datang. Data pemohon: ⟦{nama:m1}⟧, NIK ⟦{nik:m1}⟧, email ⟦{mail:m1}⟧, HP ⟦{hp:m1}⟧. Lokasi ⟦address:{rmh:m1}⟧ Kel. {kel:1}.
Instansi Tujuan: PT PLN (Persero) UP3 Kupang
=== markets
Judul: Pembagian lapak baru tidak diundi
Isi Laporan: Kami pedagang ikan di {psr:1} dipindahkan ke los belakang. Pembagian lapak baru tidak diundi, yang dapat tempat depan justru orang yang baru jualan. Saya ⟦{nama:w1}⟧ sudah berjualan sejak {thn:y1} dengan kartu pedagang no. {n:c1}. Teman saya ⟦{nama:w2}⟧ juga sama. Mohon Disperindag transparan.
Kontak: ⟦{hp:w1}⟧
Kategori: Perdagangan
=== land
Judul: Sertifikat tumpang tindih di Kel. {kel:1}
Isi Laporan: Tanah milik keluarga ⟦{marga:m1}⟧ dengan NIB bidang {ref:1} ternyata di peta BPN tumpang tindih dengan sertifikat atas nama ⟦{nama:m2}⟧. Kami sudah mengajukan permohonan pengukuran ulang dengan nomor berkas {n:c1}/{thn:d1} tetapi belum ada jadwal.
Pelapor: ⟦{nama:m1}⟧
Alamat: ⟦address:{rmh:m1}⟧, Kupang
=== police_order
Judul: Pungli parkir di depan {toko:1}
Isi Laporan: Tanggal {tgl:d1} jam {jam:s1} saya parkir mobil ⟦{plat:m1}⟧ di depan {toko:1}, {jln:1}. Juru parkir tanpa rompi dan tanpa karcis minta {?Rp 10.000|Rp 20.000}. Waktu saya minta karcis, dia marah dan pukul kap mobil. Mohon Dishub dan Polresta tertibkan.
Rahasiakan identitas: Ya
Nama Pelapor: Dirahasiakan
Kontak (hanya untuk petugas): ⟦{hp:m1}⟧
=== transport
Judul: Uji KIR angkot dipersulit
Isi Laporan: Saya pemilik angkot jurusan {?Kota–Penfui|Terminal Kupang–Alak|Kota–Oesapa} nomor polisi ⟦{plat:m1}⟧. Waktu uji KIR tanggal {tgl:b1}, petugas bilang lampu sein rusak dan saya harus bayar Rp {rp:a1} supaya lulus tanpa perbaikan. Saya menolak, kendaraan dinyatakan tidak lulus. Buku uji atas nama ⟦{nama:m1}⟧.
HP pemilik: ⟦{hp:m1}⟧
Instansi Tujuan: Dinas Perhubungan Kota Kupang
=== waste
Judul: Layanan sedot tinja DLHK tidak datang
Isi Laporan: Saya sudah daftar layanan sedot tinja DLHK lewat telepon kantor {telk:1} dan bayar retribusi Rp {rp:a1} lewat kode billing {billing:1}. Sudah {n:a1} minggu truk tidak datang, septic tank sudah meluap. Alamat: ⟦address:{rmh:w1}, {rt:w1}⟧, Kel. {kel:1}.
Pelapor: ⟦{nama:w1}⟧ / ⟦{hp:w1}⟧
=== social_aid
Judul: Bantuan ATENSI disabilitas tidak masuk lagi
Isi Laporan: Anak saya ⟦name:{dpn:my2} {marga:w1}⟧ penyandang disabilitas netra, terdaftar penerima ATENSI sejak {thn:y1}. Sejak bulan {bln:b1} bantuan tidak masuk. Kartu KIS anak ⟦{bpjs:my2}⟧ juga sudah tidak aktif. NIK anak ⟦{nik:my2}⟧.
Nama Pelapor: ⟦{nama:w1}⟧
No. HP: ⟦{hp:w1}⟧
=== health
Tanggapan Dinas Kesehatan Kota Kupang atas tiket {tiket:1}:
Yth. Bapak ⟦{nama:m1}⟧, terima kasih atas laporan Bapak. Kami sudah berkoordinasi dengan {pkm:1}. Untuk pendampingan pengurusan rujukan Ibu ⟦{pgl:w2}⟧, Bapak dapat menghubungi petugas kami Ibu ⟦{nama:w3}⟧ di ⟦{hp:w3}⟧ pada jam kerja. Informasi umum dapat disampaikan melalui call center {telk:1}.
Status: Selesai
=== health
Judul: Biaya persalinan di bidan praktik mandiri
Isi Laporan: Istri saya ⟦{nama:w1}⟧ melahirkan di praktik bidan ⟦{nama:w2}⟧ di {jln:1} tanggal {tgls:b1}. Kami peserta JKN (no kartu ⟦{bpjs:w1}⟧) tetapi tetap diminta bayar Rp {rp:m1} dengan alasan klaim BPJS lama cair. Kwitansi ada pada kami.
Pelapor: ⟦{nama:m3}⟧
WA: ⟦{hp:m3}⟧
Rahasiakan identitas: Tidak
=== civil_registry
Judul: Nama di KTP salah cetak
Isi Laporan: KTP-el saya tercetak nama ⟦{salah:m1}⟧, seharusnya ⟦{nama:m1}⟧ sesuai akta lahir. Sudah minta perbaikan di loket Dukcapil tanggal {tgl:b1}, petugas bilang tunggu blangko. Mohon dicetak ulang karena mau dipakai daftar PPPK.
NIK: ⟦{nik:m1}⟧
E-mail: ⟦{mailc:m1}⟧
Nomor Tiket: {tiket:1}
=== roads
Judul Laporan: Jalan berlubang di {jln:1} dekat {sek:1}
Isi Laporan: Lubang besar di badan jalan sudah ada sejak {bln:b1}, kedalaman sekitar 30 cm. Tanggal {tgl:d1} malam ada pengendara motor jatuh. Mohon segera ditambal.
Kategori: Infrastruktur
Lokasi: {jln:1}, Kel. {kel:1}
Nama Pelapor: Dirahasiakan
Nomor Tiket: {tiket:1}
=== markets
Judul: Toilet umum {psr:1} tidak ada air
Isi Laporan: Toilet umum di {psr:1} terkunci sejak {tgls:b1}. Pengunjung dan pedagang terpaksa buang air di belakang los. Retribusi toilet tetap ditarik Rp 2.000. Mohon UPTD Pasar perbaiki.
Tanggal Kejadian: {tgl:d1}
Status: Diteruskan ke Dinas Perindustrian dan Perdagangan
=== waste
Tanggapan Dinas Lingkungan Hidup dan Kebersihan Kota Kupang (tiket {tiket:1}):
Terima kasih atas laporan Saudara/i. Kontainer di {psr:1} sudah diangkut pada {tgls:d2} pukul 06.30. Jadwal pengangkutan untuk Kel. {kel:1} adalah Senin, Rabu dan Jumat. Untuk keluhan lanjutan dapat menghubungi {telk:1} atau email dlhk@kupangkota.go.id.
Status: Selesai
=== roads
Survei Kepuasan Pelapor
Nomor Tiket: {tiket:1}
Instansi: Dinas PUPR Kota Kupang
Apakah laporan Anda ditindaklanjuti? Ya
Kecepatan tanggapan: 3 dari 5
Komentar: Jalan sudah ditambal tanggal {tgl:d1} tapi belum rata, air masih tergenang.
=== civil_registry
LEMBAR DISPOSISI
No. Agenda: {n:c1}/UPK/{bln:d1}/2026
Tanggal terima: {tgl:d1}
Asal: SP4N-LAPOR! tiket {tiket:1}
Perihal: Keluhan antrian perekaman KTP-el di Kec. {kec:1}
Diteruskan kepada: Kepala Dinas Kependudukan dan Pencatatan Sipil
Isi disposisi: Mohon ditindaklanjuti dan dilaporkan paling lambat 5 hari kerja.
Paraf: Kabag Organisasi
=== transport
Status Laporan {tiket:1}
{tgl:d1} {jam:p1} Laporan diterima admin Unit Pengaduan Kasih Kota Kupang
{tgl:d1} {jam:s1} Laporan diverifikasi dan diteruskan ke Dinas Perhubungan
{tgl:d2} {jam:p1} Tanggapan instansi: Petugas Dishub sudah menertibkan angkot yang ngetem di depan {psr:1}. Operasi akan dilakukan rutin.
{tgl:d3} {jam:s2} Laporan ditutup
=== electricity
Judul: Lampu PJU mati sepanjang {jln:1}
Isi Laporan: Sekitar {n:b1} tiang lampu penerangan jalan umum dari {grj:1} sampai simpang {kel:1} mati sejak {bln:b1}. Jalan gelap, rawan begal. Sudah lapor lewat SMS 1708 tanggal {tglp:b1} tapi belum ada tindakan.
Kategori: Penerangan Jalan Umum
Rahasiakan identitas: Ya
=== police_order
Judul: Tempat karaoke buka sampai pagi
Isi Laporan: Tempat karaoke di {jln:1} dekat {grj:1} buka sampai jam 04.00 setiap akhir pekan, suara terdengar sampai ke rumah warga dan sering ada perkelahian di parkiran. Menurut Perda jam operasional hanya sampai 24.00. Mohon Satpol PP tindak.
Lokasi: Kel. {kel:1}
Nama Pelapor: Dirahasiakan
=== schools
Judul: Siswa baru wajib beli seragam di koperasi sekolah
Isi Laporan: {sek:1} mewajibkan siswa baru membeli paket seragam dan buku di koperasi sekolah seharga Rp {rp:m1}. Siswa yang tidak membeli tidak diberi nomor induk. Mohon Dinas Pendidikan dan Kebudayaan menjelaskan aturannya.
Kategori: Pendidikan
Nomor Tiket: {tiket:1}
=== water
Judul: Tagihan PDAM naik tanpa pemakaian
Isi Laporan: Di Kel. {kel:1} air hanya mengalir dua kali seminggu, tapi tagihan bulan {bln:d1} untuk nomor sambungan {samb:1} dan {samb:2} naik menjadi Rp {rp:a1} dan Rp {rp:a2}. Pembacaan meter tidak pernah dilakukan petugas, angka ditaksir.
Instansi Tujuan: Perumda Air Minum Tirta Lontar
Rahasiakan identitas: Ya
"""

EMAIL = r"""
=== schools
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: beasiswa@kupangkota.go.id
Date: {hari:d1}, {tgls:d1} {jam:m1}
Subject: Berkas beasiswa belum terverifikasi

Selamat malam Bapak/Ibu panitia,

Saya ⟦{nama:w1}⟧, mahasiswa Undana (NIM {nim:1}), sudah mengunggah berkas beasiswa Pemkot tanggal {tgl:b1} tetapi status di portal masih "belum diverifikasi". NIK saya ⟦{nik:w1}⟧. Nomor rekening BNI yang saya daftarkan ⟦{bni:w1}⟧ atas nama sendiri.

Mohon dicek. Terima kasih.

Salam,
⟦{nama:w1}⟧
HP ⟦{hp:w1}⟧
=== schools
From: ⟦{nama:m2}⟧ <⟦{mailk:m2}⟧>
To: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
Subject: Re: Berkas beasiswa belum terverifikasi

Yth. Sdri. ⟦{pgl:w1}⟧,

Berkas Saudari sudah kami verifikasi hari ini. Pencairan tahap I dijadwalkan {tgls:d2} ke rekening yang didaftarkan. Bila ada kendala silakan hubungi sekretariat di {telk:1}.

Salam,
⟦{nama:m2}⟧
Bagian Kesejahteraan Rakyat Setda Kota Kupang

Pada {hari:b1}, {tgls:b1} {jam:m1}, ⟦{nama:w1}⟧ <⟦{mail:w1}⟧> menulis:
> Selamat malam Bapak/Ibu panitia,
> berkas saya belum diverifikasi sejak bulan lalu. Mohon dicek.
=== health
From: ⟦{marga:w1}⟧, ⟦{dpn:w1}⟧ <⟦{mailk:w1}⟧>
To: Seksi Pelayanan Kesehatan <yankes.dinkeskupang@gmail.com>
Cc: ⟦{marga:m2}⟧, ⟦{dpn:m2}⟧ <⟦{mailk:m2}⟧>
Subject: Pasien TB putus obat - mohon pendampingan

Selamat pagi,

Kami laporkan pasien TB atas nama ⟦{nama:m3}⟧ (umur {umur:m3} th, No. JKN ⟦{bpjs:m3}⟧) sudah {n:a1} minggu tidak ambil obat di {pkm:1}. Alamat terakhir ⟦address:{rmh:m3}, {rt:m3}⟧, Kel. {kel:1}. Nomor HP keluarga yang tercatat ⟦{hpc:w4}⟧ (istri, ⟦{pgl:w4}⟧) tidak aktif. Mohon bantuan kader TB kelurahan untuk kunjungan rumah.

Terima kasih,
dr. ⟦{nama:w1}⟧
Penanggung jawab program TB {pkm:1}
=== social_aid
From: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
To: Ombudsman RI Perwakilan NTT <pengaduan.ntt@ombudsman.go.id>
Subject: Laporan - bantuan bedah rumah dialihkan ke orang lain

Dengan hormat,

Saya ⟦{nama:m1}⟧, NIK ⟦{nik:m1}⟧, tinggal di ⟦address:{rmh:m1}, {rt:m1}⟧ Kel. {kel:1}. Tahun lalu rumah saya sudah disurvei untuk bantuan rumah tidak layak huni dan nama saya ada di daftar SK nomor {surat:kel}. Ternyata bantuan diberikan ke orang lain yang rumahnya sudah permanen. Waktu saya tanya ke kelurahan, jawabannya "kuota sudah penuh".

Mohon Ombudsman memeriksa. Kalau balasan ke alamat ini tidak masuk, mohon kirim juga ke istri saya: ⟦{maild:w2}⟧

Hormat saya,
⟦{nama:m1}⟧
=== civil_registry
From: Kasi Pemerintahan Kel. {kel:1} <kel.{slug:1}@gmail.com>
To: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>, ⟦{nama:w2}⟧ <⟦{mailc:w2}⟧>, ⟦{nama:m3}⟧ <⟦{mail:m3}⟧>
Subject: Pendataan penduduk pendatang bulan {bln:d1}

Yth. Bapak/Ibu Ketua RT,

Mohon kirim data penduduk pendatang di wilayah masing-masing (nama, NIK, asal, tanggal datang) paling lambat {tgls:d2}. Format tabel terlampir (Form_Pendatang_{bln:d1}.xlsx).

Terima kasih,
Seksi Pemerintahan Kelurahan {kel:1}
Telp. {telk:1}
=== tax
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: KPP Pratama Kupang <kpp.kupang@pajak.go.id>
Subject: Restitusi PPh 21 guru - belum diterima

Selamat siang,

Saya ⟦{nama:w1}⟧, guru PNS di {sek:1} (NIP {nip:1}), NPWP ⟦{npwp:w1}⟧ (NITKU di Coretax ⟦{nitku:w1}⟧). SPT Tahunan 2025 saya lebih bayar Rp {rp:m1} dan sudah terbit SKPLB tanggal {tgl:b1}. Sampai sekarang dana belum masuk ke rekening BRI saya ⟦{bri:w1}⟧.

Mohon informasi. Terima kasih.
⟦{nama:w1}⟧
WA ⟦{hp:w1}⟧
=== health
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>
Subject: Pendaftaran bayi baru lahir ke KIS keluarga

Selamat pagi,

Saya peserta PBI dengan nomor kartu ⟦{bpjs:w1}⟧. Anak saya ⟦name:{dpn:wc2} {marga:m3}⟧ lahir tanggal {tgls:b1} di {rs:1}. Sudah masuk KK nomor ⟦{kk:m3}⟧ (kepala keluarga suami saya, ⟦{nama:m3}⟧). Bagaimana cara mendaftarkan bayi supaya ikut PBI? Di Kantor Cabang kami diminta datang lagi tanpa penjelasan.

Terima kasih,
⟦{nama:w1}⟧
=== land
From: "⟦{nama:m1}⟧" <⟦{mail:m1}⟧>
To: Kelurahan {kel:1} <kel.{slug:1}@gmail.com>
Subject: Permohonan surat keterangan riwayat tanah

Yth. Bapak Lurah {kel:1},

Saya ⟦{nama:m1}⟧ (NIK ⟦{nik:m1}⟧), beralamat di ⟦address:{rmh:m1}⟧, mohon dibuatkan surat keterangan riwayat tanah untuk bidang tanah warisan dari almarhumah ibu kami ⟦{nama:wo2}⟧ di Kel. {kel:1}, luas ± {n:c1} m2. Berkas sudah saya serahkan ke staf tanggal {tgl:b1}.

Hormat saya,
⟦{nama:m1}⟧
Telp. rumah ⟦{telr:m1}⟧
=== water
From: Layanan Pelanggan Tirta Lontar <pelayanan@pdamkotakupang.co.id>
To: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
Subject: Re: Pipa bocor depan rumah - No. Samb {samb:1}

Yth. Bapak ⟦{pgl:m1}⟧,

Tim teknis sudah dijadwalkan memperbaiki kebocoran di ⟦address:{rmh:m1}⟧ pada {hari:d2}, {tgls:d2}. Mohon ada yang di rumah. Petugas lapangan yang datang: ⟦{nama:m2}⟧.

Hormat kami,
⟦{nama:w3}⟧
Layanan Pelanggan

> Pipa di depan rumah saya bocor sejak seminggu, air terbuang ke got.
> ⟦{pgl:m1}⟧ - HP ⟦{hpn:m1}⟧
=== police_order
From: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
To: spkt.polresta.kupang@gmail.com
Subject: SKCK online gagal bayar

Selamat siang Bapak/Ibu,

Saya mengajukan SKCK online untuk melamar kerja dengan NIK ⟦{nik:m1}⟧. Pembayaran PNBP Rp 30.000 lewat kode bayar {kodebayar:1} sudah berhasil tanggal {tgl:d1}, tetapi status di aplikasi masih "menunggu pembayaran". Bukti transfer terlampir (bukti_bayar@{jam:s1}.png).

Terima kasih,
⟦{nama:m1}⟧
⟦{hp:m1}⟧
=== schools
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: Bidang GTK Dinas P dan K <gtk.dikbud.kupang@gmail.com>
Subject: TPG triwulan {?II|III} belum masuk

Selamat sore,

Saya ⟦{nama:w1}⟧, guru SD di {sd:1}, NIP {nip:1}. Tunjangan profesi triwulan lalu belum masuk ke rekening Bank NTT saya ⟦{ntt:w1}⟧, padahal teman-teman satu sekolah sudah terima tanggal {tgl:b1}. SKTP saya sudah terbit.

Mohon dicek.
Salam hormat,
⟦{nama:w1}⟧
=== social_aid
From: ⟦{nama:w1}⟧ <⟦{mailo:w1}⟧>
To: Dinas Sosial Kota Kupang <dinsos@kupangkota.go.id>
Subject: Permintaan klarifikasi - laporan masyarakat No. {n:c1}/LM/{thn:d1}/KPG

Yth. Kepala Dinas Sosial Kota Kupang,

Ombudsman RI Perwakilan NTT menerima laporan dari Sdr. ⟦{nama:m2}⟧, warga ⟦address:{rt:m2}⟧ Kel. {kel:1}, yang menyatakan ibunya ⟦{nama:wo3}⟧ (NIK ⟦{nik:wo3}⟧) dikeluarkan dari daftar PBI JK tanpa pemberitahuan. Mohon klarifikasi tertulis dalam 14 hari.

Hormat kami,
⟦{nama:w1}⟧
Asisten Ombudsman RI Perwakilan NTT
=== civil_registry
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: pelayanan.dukcapil@kupangkota.go.id
Subject: Perubahan status kawin di KK

Selamat pagi,

Saya ⟦{nama:w1}⟧ menikah dengan ⟦{nama:m2}⟧ tanggal {tgls:b1}, akta perkawinan sudah terbit. Mohon petunjuk untuk mengubah status di KK saya ⟦{kk:w1}⟧ dan pindah ke KK suami. NIK saya ⟦{nik:w1}⟧, NIK suami ⟦{nik:m2}⟧.

Terima kasih,
⟦{pgl:w1}⟧
=== electricity
From: ⟦{nama:m1}⟧ <⟦{maild:m1}⟧>
To: PLN UP3 Kupang <pelayanan.up3kupang@pln.co.id>
Subject: Subsidi 450 VA dicabut

Saya pelanggan 450 VA dengan ID pelanggan {plnid:1} atas nama ⟦{nama:mo2}⟧ (almarhum ayah saya). Sejak {bln:b1} subsidi dicabut dengan alasan tidak ada di DTKS, padahal kami masih terdaftar. NIK saya ⟦{nik:m1}⟧. Mohon penjelasan.

⟦{nama:m1}⟧
=== markets
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: UPTD Pasar Kota Kupang <uptdpasar.kupang@gmail.com>
Subject: Perpanjangan sewa kios blok {?A|B|C} nomor {n:b1}

Selamat siang,

Saya penyewa kios di {psr:1}. Untuk perpanjangan kontrak {thn:d1} saya lampirkan KTP dan NPWP pribadi ⟦{npwp:w1}⟧ (usaha perorangan). Mohon info nilai sewa tahun ini, tahun lalu Rp {rp:m1}.

Terima kasih,
⟦{nama:w1}⟧
Kios ⟦{nama:w1}⟧, HP ⟦{hp:w1}⟧
=== transport
From: ⟦{nama:m1}⟧ <⟦{mail:m1}⟧>
To: cs@asdp.id
Subject: Refund tiket KMP rute Kupang-Rote {tgl:d1}

Yth. Customer Service,

Kapal tanggal {tgl:d1} batal berangkat. Saya membeli tiket online untuk 3 orang: ⟦{nama:m1}⟧, ⟦{nama:w2}⟧ dan ⟦{nama:mc3}⟧, kode booking {ref:1}, total Rp {rp:a1}. Mohon refund ke rekening {?Mandiri saya ⟦{mdr:m1}⟧|BCA saya ⟦{bca:m1}⟧} a.n. ⟦{nama:m1}⟧.

Terima kasih,
⟦{pgl:m1}⟧ (⟦{hp:m1}⟧)
=== waste
From: ⟦{nama:w1}⟧ <⟦{mail:w1}⟧>
To: DLHK Kota Kupang <dlhk@kupangkota.go.id>
Subject: Pembuangan sampah liar di lahan kosong belakang rumah

Selamat pagi,

Lahan kosong di belakang rumah saya (⟦{blok:w1}⟧, Kel. {kel:1}) dipakai orang buang sampah pada malam hari. Foto terlampir: IMG_{tglf:b1}_{n:b1}3412.jpg dan WhatsApp Image {tgli:b1} at {jam:m1}.jpeg.

Mohon dipasang papan larangan.
⟦{nama:w1}⟧
=== health
From: LAPOR! <noreply@lapor.go.id>
To: admin.upk@kupangkota.go.id
Subject: [LAPOR!] Laporan baru {tiket:1} menunggu verifikasi

Laporan baru masuk ke instansi Anda.
Judul: Obat kosong di apotek {pkm:1}
Kategori: Kesehatan
Tanggal: {tgl:d1} {jam:p1}
Silakan verifikasi dalam 3 hari kerja melalui https://www.lapor.go.id/admin.

Email ini dikirim otomatis, mohon tidak membalas.
=== health
From: Dinas Kesehatan Kota Kupang <dinkes@kupangkota.go.id>
To: pkmoebobo@gmail.com, pkmbakunase@gmail.com, pkmsikumana@gmail.com, pkmoesapa@gmail.com
Subject: Surat Edaran Nomor {surat:dinkes} tentang Jam Pelayanan Selama Libur Nasional

Yth. Kepala Puskesmas se-Kota Kupang,

Bersama ini kami sampaikan surat edaran terlampir. Pelayanan UGD tetap 24 jam, poli umum buka pukul 08.00-12.00 pada {tgls:d2}. Laporan kunjungan dikirim ke dinkes@kupangkota.go.id paling lambat {tgls:d3}.

Sekretariat Dinas Kesehatan
Telp. {telk:1}
=== schools
From: Forum Guru Honor Kupang <guru-honor-kupang@googlegroups.com>
To: guru-honor-kupang@googlegroups.com
Subject: [guru-honor-kupang] Jadwal sosialisasi insentif {thn:d1}

Rekan-rekan, sosialisasi insentif guru honor dari Dinas P dan K dilaksanakan {hari:d2}, {tgls:d2} pukul 09.00 di aula {sek:1}. Bawa SK mengajar dan rekap absensi.

--
Anda menerima pesan ini karena berlangganan grup guru-honor-kupang.
Untuk berhenti, kirim email ke guru-honor-kupang+unsubscribe@googlegroups.com.
=== civil_registry
From: Tim IT Diskominfo <tik@kupangkota.go.id>
To: operator.opd@kupangkota.go.id
Subject: Rilis aplikasi antrean Dukcapil v2.3.{n:a1}

Rilis terbaru sudah di-deploy tanggal {tgl:d1}. Perubahan: perbaikan kode antrean ganda, captcha baru, notifikasi SMS via 1708.
Repository: git@gitlab.kupangkota.go.id:dukcapil/antrean.git
Staging: https://operator:uji2026@staging.kupangkota.go.id/antrean
Contoh akun uji: user@example.com / 123456

Diskominfo Kota Kupang
=== social_aid
From: BRI Kantor Cabang Kupang <notifikasi@bri.co.id>
To: pemberitahuan.nasabah@bri.co.id
Subject: Waspada penipuan mengatasnamakan BRI

Nasabah yth, BRI tidak pernah meminta PIN, OTP atau kode aktivasi melalui telepon, SMS maupun WhatsApp. Waspadai pesan dari nomor pribadi seperti {hpk:1} yang mengaku petugas BRI. Layanan resmi hanya melalui Contact BRI 1500017 atau kunjungi kantor terdekat di {jln:1}.
=== roads
From: Sekretariat Dinas PUPR <pupr@kupangkota.go.id>
To: bappeda@kupangkota.go.id, dishub@kupangkota.go.id, satpolpp@kupangkota.go.id
Cc: camat.oebobo@kupangkota.go.id
Subject: Undangan rapat koordinasi pelebaran {jln:1}

Yth. Bapak/Ibu,

Mengharap kehadiran pada rapat koordinasi hari {hari:d2}, {tgls:d2} pukul 10.00 WITA di ruang rapat Dinas PUPR, membahas jadwal pekerjaan dan pengalihan arus lalu lintas. Surat undangan nomor {surat:pupr} terlampir.

Sekretaris Dinas PUPR Kota Kupang
=== land
From: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
To: layanan.ptsl@atrbpn.go.id
Subject: Rekap PTSL Kel. {kel:1} s/d {tgls:d1}

Terlampir rekap pengukuran PTSL: {n:c1} bidang terukur, {n:b1} bidang sengketa, {n:b2} bidang belum ada pemilik hadir. Berkas scan: rekap_ptsl_{slug:1}@{thn:d1}.pdf (nama file otomatis dari scanner).

Seksi Survei dan Pemetaan
=== tax
From: Bapenda Kota Kupang <bapenda@kupangkota.go.id>
To: wajibpajak-kupang@lists.kupangkota.go.id
Subject: Pengingat jatuh tempo PBB-P2 {thn:d1}

Yth. Wajib Pajak,

Jatuh tempo PBB-P2 tahun {thn:d1} adalah {tgls:d3}. Pembayaran melalui Bank NTT, kantor pos, atau QRIS dengan memasukkan NOP, contoh: {nop:1}. Denda 1% per bulan untuk keterlambatan. Informasi: {telk:1}.

Bidang Pendataan dan Penetapan
=== electricity
From: Sekretariat DPRD Kota Kupang <setwan@kupangkota.go.id>
To: humas.up3kupang@pln.co.id
Subject: Otomatis: Di luar kantor

Terima kasih atas email Anda. Kantor Sekretariat DPRD Kota Kupang tutup pada {tgls:d1} s/d {tgls:d2} karena reses. Untuk urusan mendesak hubungi {telk:1}.
=== schools
From: Tata Usaha {sek:1} <tu.sekolah.kupang@gmail.com>
To: Orang Tua/Wali Murid <ortu.kelas7@googlegroups.com>
Subject: Daftar ulang semester genap

Yth. Bapak/Ibu orang tua/wali,

Daftar ulang semester genap dibuka {tgls:d1} s/d {tgls:d3} di ruang tata usaha, jam 08.00-12.00. Biaya daftar ulang tidak dipungut. NPSN sekolah {npsn:1}.
Kontak: telp {telk:1}, WA {hpk:1}

Tata Usaha {sek:1}
"""

CALL_CENTRE = r"""
=== roads
CATATAN PANGGILAN 112 KOTA KUPANG
Waktu: {tgl:d1} {jam:m1}
Penelepon: ⟦{nama:m1}⟧ (⟦{hp:m1}⟧)
Kejadian: Pohon asam tumbang di {jln:1} dekat {grj:1}, menimpa pengendara motor a.n. ⟦{nama:my2}⟧. Motor ⟦{plat:my2}⟧ rusak berat, korban sadar, luka di bahu.
Tindak lanjut: Ambulans {pkm:1} dan Damkar diberangkatkan {jam:m2}. Dinas PUPR dihubungi untuk potong pohon.
=== civil_registry
Petugas: Selamat pagi, Dukcapil Kota Kupang, dengan ⟦{pgl:w1}⟧, ada yang bisa dibantu?
Penelepon: Pagi ibu, saya mau cek KTP saya sudah jadi atau belum.
Petugas: Boleh sebut NIK-nya, bapak?
Penelepon: ⟦{nikr:m2}⟧.
Petugas: Atas nama?
Penelepon: ⟦{nama:m2}⟧.
Petugas: KTP Bapak sudah dicetak tanggal {tgl:b1}, bisa diambil di kantor camat {kec:1}. Bawa bukti antrian {antri:1}.
Penelepon: Baik, terima kasih ibu.
=== water
HOTLINE PDAM TIRTA LONTAR - LOG PENGADUAN
{tgl:d1} {jam:p1} | Pelapor: ⟦{nama:wo1}⟧ | Telp rumah ⟦{telr:wo1}⟧ | Alamat: ⟦address:{rmh:wo1}, {rt:wo1}⟧, Kel. {kel:1} | Keluhan: air keruh dan berbau sejak 3 hari | No. samb {samb:1} | Diteruskan ke Bagian Distribusi
=== health
Agen: BPJS Kesehatan Care Center 165, dengan ⟦{pgl:w2}⟧. Nomor kartunya, ibu?
Penelepon: ⟦{bpjsp:w1}⟧.
Agen: Atas nama siapa?
Penelepon: ⟦{nama:w1}⟧.
Agen: Status kartu ibu nonaktif karena tunggakan iuran {n:a1} bulan sebagai peserta mandiri, total Rp {rp:m1}. Bisa dibayar lewat VA {va:1} atau ikut program cicilan REHAB.
Penelepon: Kalau pindah ke PBI bisa?
Agen: Bisa diusulkan lewat Dinas Sosial, ibu.
=== schools
Agen: Bank NTT, selamat siang. Ada yang bisa dibantu?
Nasabah: Saya salah transfer uang asrama anak Rp {rp:m1} ke rekening ⟦{ntt:m2}⟧, seharusnya ke ⟦{ntt:w3}⟧ atas nama ⟦{nama:w3}⟧, pengasuh asrama.
Agen: Rekening asal Bapak?
Nasabah: ⟦{ntt:m1}⟧ atas nama ⟦{nama:m1}⟧.
Agen: Rekening tujuan yang salah terdaftar atas nama ⟦{nama:m2}⟧. Kami akan hubungi pemiliknya. Nomor referensi pengaduan {ref:1}.
=== police_order
DAMKAR KOTA KUPANG - CATATAN PANGGILAN
{tgl:d1} {jam:s1}: Sdri. ⟦{nama:w1}⟧, ⟦{hp:w1}⟧, melapor sarang tawon besar di pohon mangga samping rumahnya, ⟦address:{rmh:w1}⟧ Kel. {kel:1}. Anaknya sudah tersengat 2 kali. Regu {?A|B|C} berangkat {jam:s2}.
=== social_aid
Penerima: UPTD PPA Kota Kupang
Tanggal: {tgl:d1}
Pelapor: ⟦{nama:w1}⟧ (tetangga), ⟦{hp:w1}⟧
Isi: anak perempuan bernama ⟦{dpn:wc2}⟧ sering ditinggal sendiri di rumah oleh ayahnya, ⟦{nama:m3}⟧, dan tidak sekolah sejak bulan {bln:b1}. Rumah di ⟦{rtl:m3}⟧ Kel. {kel:1}, dekat {grj:1}.
Tindak lanjut: kunjungan pendamping hari {hari:d2}.
=== police_order
POLSEK KELAPA LIMA - BUKU PIKET SPKT {tgl:d1}
{jam:s1} Anak laki-laki sekitar 5 tahun ditemukan menangis di {psr:1}, hanya bisa sebut namanya ⟦{pgl:mc1}⟧.
{jam:s2} Ibu ⟦{nama:w2}⟧ datang menjemput, menunjukkan KK ⟦{kk:w2}⟧ yang memuat nama anak ⟦name:{dpn:mc1} {marga:w2}⟧. HP ibu ⟦{hp:w2}⟧. Anak diserahkan.
=== roads
LOG CALL CENTER UNIT PENGADUAN KASIH - {tgl:d1}
Jam | Penelepon | Nomor | Isi | Diteruskan
{jam:p1} | ⟦{nama:m1}⟧ | ⟦{hp:m1}⟧ | lampu jalan mati di {jln:1} | Dishub
{jam:p2} | penelepon tidak sebut nama | ⟦{hp:w2}⟧ | bau sampah di {psr:1} | DLHK
{jam:p3} | Komite {sek:1} | {hpk:1} | tanya pencairan BOS | Dinas P dan K
{jam:p4} | ⟦{nama_:w3}⟧ | ⟦{hp:w3}⟧ | air PDAM mati di ⟦{rtl:w3}⟧ | PDAM
=== tax
Agen: Kring Pajak, selamat siang. NPWP Bapak?
Penelepon: Yang lama ⟦{npwps:m1}⟧, yang baru katanya sama dengan NIK, ⟦{npwpn:m1}⟧.
Agen: Baik. Atas nama?
Penelepon: ⟦{nama:m1}⟧, saya pedagang di {psr:1}.
Agen: NIK Bapak sudah valid sebagai NPWP. Silakan aktivasi akun Coretax dan ganti kata sandi. Untuk bantuan tatap muka bisa ke KPP Pratama Kupang.
=== electricity
PLN 123 - TIKET GANGGUAN {ref:1}
Tanggal: {tgl:d1} {jam:m1}
Nama pelapor: ⟦{nama:m1}⟧
No. HP: ⟦{hp:m1}⟧
ID pelanggan: {plnid:1}
No. meter: {meter:1}
Alamat: ⟦address:{rmh:m1}⟧, Kel. {kel:1}
Gangguan: listrik satu rumah padam, MCB tidak bisa dinaikkan, tercium bau hangus.
Status: Petugas yantek menuju lokasi
=== social_aid
Catatan telepon Dinas Sosial, {tgl:d1}
Penelepon: Pak ⟦{nama:m1}⟧, Ketua RT {nrt:1}, HP ⟦{hp:m1}⟧.
Melaporkan lansia ⟦{nama:wo2}⟧ ({umur:wo2} th) hidup sendiri di ⟦address:{rmh:wo2}⟧, sakit-sakitan, tidak ada keluarga yang urus. Belum terdaftar DTKS. NIK lansia ⟦{nik:wo2}⟧ (dari fotokopi KTP yang dipegang RT).
Rencana: asesmen TKSK {hari:d2}.
=== roads
Catatan panggilan Unit Pengaduan Kasih, {tgl:d1} {jam:s1}
Penelepon tidak sebut nama, dari ⟦{hp:m1}⟧, melaporkan gorong-gorong di {jln:1} tersumbat sehingga air masuk ke rumah-rumah di ⟦address:{rt:m1}⟧ Kel. {kel:1}. Minta petugas datang sebelum hujan malam ini.
Diteruskan ke Dinas PUPR (Bidang SDA) via WA dinas.
=== health
SERAH TERIMA SHIFT CALL CENTER 119 - {tgl:d1}
1. {jam:n1} Ibu hamil ⟦{nama:w1}⟧ (KIS ⟦{bpjs:w1}⟧) kontraksi, dijemput ambulans {pkm:1} ke {rs:1}. Suami ⟦{nama:m2}⟧ ⟦{hp:m2}⟧.
2. {jam:n2} Lansia jatuh di kamar mandi, ⟦address:{rmh:mo3}⟧, keluarga sudah bawa sendiri.
3. {jam:n3} Telepon iseng dari ⟦{hp:m4}⟧, diblokir.
Shift pagi mohon follow up nomor 1.
=== police_order
112 Kupang - English-speaking caller, {tgl:d1} {jam:m1}
Caller: Hello, my name is {?⟦name:Hannah Whitfield⟧|⟦name:Tom Gallagher⟧|⟦name:Lisa Brandt⟧}, I'm volunteering at {sek:1}. Someone took my bag on a motorbike near {psr:1}. My host is Mrs ⟦{nama:w2}⟧, her number is ⟦{hpw:w2}⟧.
Operator: Do you remember the motorbike plate?
Caller: Yes, ⟦{plat:m3}⟧, a red one.
Note: diteruskan ke Polresta Kupang Kota.
=== transport
Petugas Samsat: Nomor polisinya, bapak?
Penelepon: ⟦{plat:m1}⟧.
Petugas Samsat: Atas nama siapa di STNK?
Penelepon: ⟦{nama:mo2}⟧, bapak saya, sudah meninggal. Saya ⟦{nama:m1}⟧, anaknya.
Petugas Samsat: Pajak tertunggak {n:d1} tahun, Rp {rp:m1}. Untuk balik nama bawa KTP ahli waris dan surat kematian.
Petugas Samsat: NIK Bapak?
Penelepon: ⟦{nikc:m1}⟧. Nanti saya bawa semua.
=== social_aid
CATATAN PENERIMAAN LAPORAN - OMBUDSMAN RI PERWAKILAN NTT
Tanggal: {tgl:d1}
Cara: telepon
Pelapor: ⟦{nama:w1}⟧
Alamat: ⟦address:{rmh:w1}, {rt:w1}⟧, Kel. {kel:1}
E-mail: ⟦{mail:w1}⟧
Pokok laporan: bantuan sosial tunai untuk anak yatim tidak dicairkan sejak {bln:b1}; petugas kelurahan minta biaya Rp {rp:a1} untuk "urus berkas".
Diterima oleh: Asisten Pemeriksaan Laporan
=== roads
Catatan 112: {tgl:d1} {jam:m1}, warga melapor banjir setinggi lutut di {jln:1} depan {sek:1}. Dua mobil mogok. Diteruskan ke BPBD (telp {telk:1}) dan Dishub. Penelepon tidak meninggalkan nomor.
=== police_order
Petugas: Call center 112, ada yang bisa dibantu?
Penelepon: Pak, ada anjing liar {n:a1} ekor di {jln:1} dekat {pkm:1}, sudah gigit kambing orang. Anak-anak takut ke sekolah.
Petugas: Baik, kami teruskan ke Dinas Peternakan untuk penertiban. Lokasinya di depan {pkm:1} ya?
Penelepon: Iya, setiap pagi jam 6.
=== police_order
Catatan SPKT Polresta, {tgl:d1}
Warga datang melaporkan penipuan: ditelepon dari {hpk:1} yang mengaku petugas Bank NTT, diminta kode OTP. Saldo berkurang Rp {rp:m1}. Nomor kedua {hpk:2} mengirim SMS dengan link. Pelapor diarahkan membuat laporan resmi dan memblokir kartu ATM.
=== transport
Penelepon: Bus Damri ke Atambua berangkat jam berapa?
Petugas: Dari Terminal Oebobo jam 06.00 dan 13.00, tiket Rp {?135.000|150.000}. Pemesanan di loket terminal.
Penelepon: Kalau ke Soe?
Petugas: Sama, jam 06.00. Info lengkap di {telk:1}.
=== water
Petugas PDAM: Untuk wilayah Kel. {kel:1} jadwal distribusi hari {hari:d2} jam 05.00 sampai 10.00, bapak.
Penelepon: Kenapa air tidak sampai ke rumah-rumah di atas bukit?
Petugas PDAM: Tekanan kurang, pompa di reservoir sedang diperbaiki. Mohon sabar, paling lama {n:a1} hari.
=== health
Agen: BPJS Kesehatan, selamat pagi.
Penelepon: Pak, apakah cuci darah harus pakai rujukan baru setiap bulan?
Agen: Untuk hemodialisis rujukan berlaku 3 bulan, bapak. Perpanjang di faskes pertama. Informasi lain bisa lewat Pandawa WA {hpk:1} atau aplikasi Mobile JKN.
Penelepon: Terima kasih.
=== schools
Petugas: Dinas Pendidikan dan Kebudayaan, selamat siang.
Penelepon: Ibu, zonasi SMP tahun ini pakai jarak berapa meter?
Petugas: Mengikuti juknis, jalur zonasi minimal 50 persen kuota, jarak diukur dari titik koordinat rumah ke sekolah. Pengumuman {tgls:d2}.
Penelepon: Kalau KK baru pindah?
Petugas: KK minimal satu tahun sebelum pendaftaran.
=== civil_registry
REKAP KANAL PENGADUAN - {bln:d1} 2026
Telepon {telk:1}: {n:b1} laporan
WA {hpk:1}: {n:c1} laporan
SMS 1708: {n:c2} laporan
LAPOR! web: {n:b2} laporan
Topik terbanyak: antrian KTP-el dan air bersih.
=== police_order
DAMKAR - {tgl:d1} {jam:s1}
Kebakaran lahan kosong milik pemkot di belakang {psr:1}, luas ± {n:c1} m2. Dilaporkan warga lewat 113. 1 unit mobil pemadam, api padam {jam:s2}. Tidak ada korban.
=== health
Catatan telepon iseng - {tgl:d1}
{jam:n1} penelepon diam, ditutup.
{jam:n2} penelepon anak-anak, tertawa, ditutup.
{jam:n3} nomor tersembunyi, minta pulsa, ditutup.
Total 11 panggilan iseng malam ini.
"""

SOCIAL_MEDIA = r"""
=== police_order
DICARI!!! 🙏🙏
Telah pergi dari rumah sejak {hari:b1}, {tgls:b1} anak kami ⟦{nama:wt1}⟧ (biasa dipanggil ⟦{nick:wt1}⟧), umur {umur:wt1} thn, siswi {sma:1}. Terakhir pakai baju pramuka dan tas hitam. Bagi yang melihat mohon hubungi mamanya ⟦{pgl:w2}⟧ ⟦{hp:w2}⟧ atau bapaknya ⟦{hp:m3}⟧. Tolong share ke grup2 Kupang
=== transport
Dinas Perhubungan Kota Kupang
{tgls:d1} · 🌏
Mulai {tgls:d2} trayek angkot jalur 10 dialihkan lewat {jln:1} selama pengerjaan drainase.

Komentar
⟦{nama:m1}⟧: Rumah sy di ⟦{rtl:m1}⟧ {kel:1}, jadi harus jalan jauh ke simpang pak
⟦{nama_:w2}⟧: sopir2 jalur 10 sering tdk mau angkut anak sekolah
kupang_info24: 🙏🙏
Dinas Perhubungan Kota Kupang: Terima kasih masukannya, keluhan bisa ke {telk:1}
=== transport
DIJUAL CEPAT Honda Beat tahun {thn:y1}, pajak hidup, surat2 lengkap BPKB a.n. sendiri. Plat ⟦{plat:m1}⟧. Harga Rp {?9,5|11|12,5} jt nego tipis. Lokasi {kel:1}. Minat hub ⟦{pgl:m1}⟧ ⟦{hp:m1}⟧ (WA/telp)
=== civil_registry
Terima kasih banyak utk ibu ⟦{nama:w1}⟧ petugas loket Dukcapil di kantor camat {kec:1} yg tetap layani sy sampai jam {jam:s1} padahal loket sdh mau tutup. Akta anak sy langsung jadi hari itu juga. Pelayanan begini yg kami mau 👍👍
=== police_order
Hati2 warga {kel:1}. Motor sy ⟦{plat:m1}⟧ ditarik di {jln:1} siang tadi oleh 3 orang yg mengaku dari leasing, tanpa surat apa2. Satu dari mereka kasi nama ⟦{pgl:m2}⟧, nomornya ⟦{hp:m2}⟧. Cicilan sy baru telat 1 bulan. Sdh lapor ke Polresta.
=== civil_registry
DITEMUKAN dompet hitam di angkot jalur 3 tadi pagi. Isi: KTP a.n. ⟦{nama^:w1}⟧, alamat ⟦address:{rmh^:w1} {rt^:w1}⟧ KEL. {kel^:1}, kartu BPJS ⟦{bpjs:w1}⟧, ATM BRI. Yg kenal tolong kasi tau, dompet sy titip di pos Dishub terminal. - ⟦{nama:m2}⟧
=== waste
⟦{nama:w3}⟧
5 j · 🌏
Salut utk petugas sampah DLHK om ⟦{pgl:m1}⟧ deng om ⟦{pgl:m2}⟧ yg tiap subuh angkut sampah di lorong kami ⟦{rtl:w3}⟧ {kel:1}. Hari ini sy kasi kopi deng kue sedikit 😊 Semoga sehat selalu
=== schools
Info Beasiswa Kupang
Yg mau formulir beasiswa Pemkot {thn:d1}, tulis email di komentar, admin kirim PDF.
Komentar
⟦{nama:w1}⟧: ⟦{maild:w1}⟧ kak
⟦{nama:m2}⟧: ⟦{maild:m2}⟧ 🙏
⟦{nama_:w3}⟧: ⟦{mail:w3}⟧ terima kasih min
Info Beasiswa Kupang: sdh dikirim ya, cek folder spam
=== police_order
Tolong yg punya mobil Avanza putih ⟦{plat:m1}⟧ jangan parkir di depan gerbang rumah sy di ⟦{blok:w2}⟧ tiap malam. Sy sdh 2x terlambat antar anak sekolah 😡 #kupang #parkirsembarangan
=== social_aid
Mohon bantuan keluarga Kupang. Perahu om ⟦{nama:m1}⟧, nelayan di Oeba, tenggelam waktu badai {hari:b1} lalu. Om selamat tapi perahu dan mesin hilang, 5 anak masih sekolah. Bantuan bisa transfer ke BRI ⟦{bri:w2}⟧ atau BSI ⟦{bsi:w2}⟧ a.n. ⟦{nama:w2}⟧ (istri). Konfirmasi ⟦{hp:w2}⟧. Tuhan berkati 🙏
=== water
Kos2an di {kel:1} ni, ibu kos ⟦{nama:w1}⟧ matikan air sejak kemarin krn kami telat bayar 2 hari. Padahal kami bayar Rp {?450.000|500.000|600.000}/bulan. Ada yg tau aturannya? Sy ⟦{pgl:wy2}⟧, kamar {n:a1}
=== roads
pemkotkupang · Perbaikan jembatan {jln:1} dimulai {tgls:d2}, mohon maaf atas ketidaknyamanan.
Komentar
jalanrusakkupang: akhirnya 🙏
⟦{nama_:m1}⟧: jembatan dekat rumah sy di ⟦address:{rmh_:m1}⟧ kapan pak?
warga.kupang.bersatu: kerja cepat ya jgn cuma foto2
⟦{nama:w2}⟧: sy pung motor jatuh di situ bulan lalu
=== land
Dijual tanah kapling {n:c1} m2 di {kel:1}, SHM a.n. sendiri, dekat {sek:1}, sudah pagar keliling. Harga Rp {?275|350|420|600} jt nego. Pemilik langsung: ⟦{nama:m1}⟧, WA ⟦{hpu:m1}⟧. Bukan calo, bukan makelar.
=== police_order
Anjing tetangga yg namanya Bleki gigit anak sy ⟦{dpn:wc1}⟧ di kaki waktu main di depan rumah. Pemilik anjing ⟦{nama:m2}⟧ tdk mau tanggung jawab biaya vaksin rabies. Sdh bawa ke {pkm:1}. Dinas Peternakan tolong tindak, anjing2 di lorong ini tdk diikat.
=== electricity
Tagihan listrik pascabayar sy bulan {bln:d1} Rp {rp:m1}, biasanya cuma Rp {rp:a1}. ID pelanggan {plnid:1} a.n. ⟦{nama:m1}⟧. Sdh komplain di PLN Mobile tp jawab otomatis trs. @plnup3kupang tolong dicek 🙏
=== transport
Pengalaman buruk naik ojol td malam dari {psr:1} ke {kel:1}. NAMA DRIVER DI APLIKASI ⟦{nama^:m1}⟧, motor ⟦{plat:m1}⟧ tp yg datang org lain & motornya beda. Di jalan minta tambah Rp {rp:s1}. Sdh lapor ke aplikasi, blm ada jawaban.
=== waste
Pak Lurah {kel:1} Bapak ⟦{nama:m1}⟧ tolong lihat got di depan rumah sy ⟦address:{rmh:w2}, {rt:w2}⟧, sdh 2 minggu tersumbat sampah, air got masuk halaman. Sdh lapor Ketua RT, katanya tunggu kerja bakti. 🙏
=== civil_registry
Disdukcapil Kota Kupang
{tgls:d1}
Layanan Sabtu Melayani ‼️ Perekaman KTP-el, KIA dan pencetakan KK dibuka Sabtu, {tgls:d2}, pukul 08.00-12.00 di Mal Pelayanan Publik. Antrian online via WA {hpk:1}. Tidak dipungut biaya.
=== markets
CATERING LONTAR MANIS terima pesanan nasi kotak, snack rapat, prasmanan pesta. Harga mulai Rp {rp:s1}/kotak. Pesan H-2 di WA {hpk:1}. Lokasi dapur {jln:1}. #cateringkupang
=== roads
Macet parah di {jln:1} arah {kel:1} jam {jam:s1} ini, ada truk mogok dekat {toko:1}. Yg mau ke bandara cari jalan lain e 🚗🚗🚗
=== water
Info BMKG Stasiun Klimatologi NTT: potensi hujan lebat disertai angin kencang di Kota Kupang mulai {hari:d2}, {tgls:d2}, selama tiga hari. Warga di sekitar Kali Dendeng dan Kali Liliba waspada banjir. Darurat hubungi BPBD {telk:1}.
=== markets
Harga ikan di {psr:1} pagi ini 🐟: kombong Rp {?30.000|35.000}/ikat, tongkol Rp {?25.000|30.000}/ekor, cakalang Rp {?45.000|50.000}/ekor. Cumi naik jadi Rp {?70.000|80.000}/kg krn gelombang. Info dari mama2 penjual.
=== police_order
ANJING HILANG 🐶 Nama Moli, ras kampung warna putih coklat, kalung merah. Hilang di sekitar {grj:1} {kel:1} {hari:b1} sore. Yang lihat tolong DM ya, ada imbalan Rp {rp:a1}.
=== police_order
Polresta Kupang Kota
WASPADA PENIPUAN! Beredar pesan WA mengatasnamakan Kapolresta meminta sumbangan. Nomor yang dilaporkan warga: {hpk:1}, {hpk:2} dan {hpk:3}. Polri tidak pernah meminta transfer lewat WA. Laporkan ke SPKT atau call center 110.
=== markets
Festival Kuliner Flobamora di halaman {psr:1}, {tgls:d2}-{tgls:d3}, jam 16.00-22.00. Ada se'i, jagung bose, kue rambut, dan lomba tenun. Tiket masuk Rp {rp:t1}. Info stand: panitia {telk:1}
=== roads
kupang.hari.ini · POLLING: Jalan mana paling rusak di Kota Kupang?
A. {jln:1}
B. {jln:2}
C. {jln:3}
Komentar
ojol_kupang: B parah bro
lontar.news: A sdh ditambal minggu lalu
suarawargaoesapa: C kalo hujan jadi kolam
=== waste
Yg butuh sedot WC di Kupang?
Komentar
Sedot WC Berkah Timor: Kami siap 24 jam kak, Rp {rp:a1} per tangki. WA {hpk:1}
Sedot WC Cahaya Lasiana: Di kami lebih murah, hub {hpk:2}
kupang.hari.ini: pilih yg ada izin DLHK ya
"""

LETTER = r"""
=== health
SURAT PERNYATAAN TIDAK MAMPU

Yang bertanda tangan di bawah ini:
Nama : ⟦{nama:m1}⟧
NIK : ⟦{nik:m1}⟧
Tempat/Tgl Lahir : {ttl:m1}
Pekerjaan : {kerja:m1}
Alamat : ⟦address:{rmh:m1}, {rt:m1}⟧, Kel. {kel:1}, Kec. {kec:1}
Telp. rumah : ⟦{telr:m1}⟧

menyatakan dengan sesungguhnya bahwa saya termasuk keluarga tidak mampu dan tidak sanggup membayar biaya perawatan istri saya ⟦{nama:w2}⟧ (NIK ⟦{nik:w2}⟧, kartu JKN nonaktif ⟦{bpjs:w2}⟧) yang dirawat di {rs:1} sejak {tgls:b1}. Surat ini dibuat untuk pengajuan keringanan biaya.

Kupang, {tgls:d1}
Yang menyatakan,
ttd
⟦{nama:m1}⟧

Mengetahui, Ketua {?RT {nrt:1}|RT setempat}
ttd
⟦{nama:m3}⟧
=== water
BERITA ACARA MUSYAWARAH PENGELOLAAN SUMUR BOR
{?RT {nrt:1} / RW {nrw:1}|Lorong Damai} Kelurahan {kel:1}

Pada hari {hari:d1}, {tgls:d1} bertempat di rumah Bapak ⟦{nama:m1}⟧, ⟦address:{rmh:m1}⟧, warga pengguna sumur bor bantuan {thn:y1} bermusyawarah dan menyepakati:
1. Iuran listrik pompa Rp {rp:s1} per rumah per bulan.
2. Jadwal air: pagi jam 05.00-08.00, sore jam 16.00-18.00.
3. Pengurus: Ketua ⟦{nama:m1}⟧, Bendahara ⟦{nama:w2}⟧, operator pompa ⟦{nama:my3}⟧.
4. Iuran disetor ke rekening Bank NTT ⟦{ntt:w2}⟧ a.n. ⟦{nama:w2}⟧ atau langsung ke bendahara.

Demikian berita acara ini dibuat untuk dipergunakan seperlunya.
=== land
SURAT KUASA

Saya yang bertanda tangan di bawah ini:
Nama : ⟦{nama:wo1}⟧
NIK : ⟦{nik:wo1}⟧
Alamat : ⟦address:{rmh:wo1}⟧, Kel. {kel:1}, Kota Kupang

memberi kuasa kepada:
Nama : ⟦{nama:m2}⟧
NIK : ⟦{nik:m2}⟧
Hubungan : anak kandung
No. HP : ⟦{hp:m2}⟧

untuk mengurus balik nama sertifikat hak milik nomor {n:c1} atas tanah di Kel. {kel:2} dari nama almarhum suami saya ⟦{nama:mo3}⟧ ke nama saya di Kantor Pertanahan Kota Kupang.

Kupang, {tgls:d1}
Penerima Kuasa                Pemberi Kuasa
⟦{nama:m2}⟧                ⟦{nama:wo1}⟧
=== schools
NOTULEN RAPAT KOMITE {sek:1}
Hari/tanggal: {hari:d1}, {tgls:d1}
Hadir: {n:b1} orang tua murid, kepala sekolah, {n:a1} guru
Pimpinan rapat: ⟦{nama:m1}⟧ (Ketua Komite)
Notulis: ⟦{nama:w2}⟧

Pembahasan:
1. Laporan penggunaan dana perbaikan WC siswa oleh bendahara komite ⟦{nama:w3}⟧: terkumpul Rp {rp:l1}, terpakai Rp {rp:m1}.
2. Usulan orang tua ⟦{nama:m4}⟧ agar sumbangan tidak diwajibkan bagi keluarga penerima PIP. Disetujui.
3. Sisa dana disimpan di rekening BRI ⟦{bri:w3}⟧ a.n. ⟦{nama:w3}⟧ sampai ada rekening komite.

Rapat ditutup pukul {jam:s1}.
=== police_order
Kepada Yth.
Kapolresta Kupang Kota
di Kupang

Perihal: Laporan kehilangan BPKB

Dengan hormat,
Saya ⟦{nama:m1}⟧, NIK ⟦{nik:m1}⟧, pekerjaan {kerja:m1}, alamat ⟦address:{rmh:m1}, {rt:m1}⟧ Kel. {kel:1}, melaporkan kehilangan BPKB sepeda motor Yamaha NMAX dengan nomor polisi ⟦{plat:m1}⟧ atas nama saya sendiri. BPKB diperkirakan hilang saat pindah rumah pada bulan {bln:b1}. Surat ini untuk keperluan penerbitan BPKB duplikat.

Hormat saya,
⟦{nama:m1}⟧
HP ⟦{hp:m1}⟧
=== electricity
Kupang, {tgls:d1}

Kepada Yth. Manager PLN ULP Kupang
Hal: Keberatan pemadaman tanpa pemberitahuan

Dengan hormat,
Saya ⟦{nama:w1}⟧, pemilik usaha kue rumahan di ⟦address:{rmh:w1}⟧ (usaha di rumah sendiri), pelanggan dengan ID {plnid:1}. Pemadaman pada {tgls:b1} dari pukul {jam:p1} sampai {jam:s1} tanpa pemberitahuan membuat pesanan {n:b1} loyang kue rusak. Saya mohon penjelasan dan kompensasi sesuai ketentuan TMP.

Hormat saya,
⟦{nama:w1}⟧
NPWP ⟦{npwp:w1}⟧
=== roads
Kepada Yth. Bapak Lurah {kel:1}
di tempat

Hal: Permohonan akses jalan lingkungan

Kami warga yang tinggal di lorong belakang {grj:1}, terdiri dari {n:a1} kepala keluarga, memohon bantuan pembukaan akses jalan selebar 2 meter. Saat ini satu-satunya jalan keluar melewati halaman rumah Bapak ⟦{nama:m1}⟧ yang sudah dipagar.

Atas nama warga,
1. ⟦{nama:m2}⟧ - ⟦address:{rmh:m2}⟧
2. ⟦{nama:w3}⟧ - ⟦address:{rmh:w3}⟧
3. ⟦{nama:m4}⟧ - ⟦address:{rmh:m4}⟧
=== civil_registry
PEMERINTAH KOTA KUPANG
KECAMATAN {kec^:1}
KELURAHAN {kel^:1}
RUKUN TETANGGA {nrt:1} / RUKUN WARGA {nrw:1}

SURAT PENGANTAR
Nomor: {n:b1}/RT{nrt:1}/{bln:d1}/2026

Yang bertanda tangan di bawah ini Ketua RT {nrt:1} RW {nrw:1} menerangkan bahwa:
Nama : ⟦{nama:w1}⟧
NIK : ⟦{nik:w1}⟧
No. KK : ⟦{kk:w1}⟧
Alamat : ⟦address:{rmh:w1}, RT {nrt:1}/RW {nrw:1}⟧

adalah benar warga kami dan bermaksud mengurus pembuatan KTP-el karena rusak.

Kupang, {tgls:d1}
Ketua RT {nrt:1}
⟦{nama:m2}⟧
=== markets
SURAT PERJANJIAN SEWA LAPAK

Pada hari ini {hari:d1}, {tgls:d1}, kami yang bertanda tangan di bawah ini:
I. ⟦{nama:w1}⟧, NIK ⟦{nik:w1}⟧, pemegang hak pakai lapak nomor {?B|C}-{n:b1} di {psr:1}, selanjutnya disebut PIHAK PERTAMA;
II. ⟦{nama:w2}⟧, NIK ⟦{nik:w2}⟧, HP ⟦{hp:w2}⟧, selanjutnya disebut PIHAK KEDUA.

PIHAK PERTAMA menyewakan lapak tersebut kepada PIHAK KEDUA selama 12 bulan dengan harga Rp {rp:m1}, dibayar lunas saat penandatanganan. Retribusi harian tetap menjadi tanggung jawab PIHAK KEDUA.

PIHAK PERTAMA          PIHAK KEDUA
⟦{nama:w1}⟧          ⟦{nama:w2}⟧
=== social_aid
OMBUDSMAN REPUBLIK INDONESIA
PERWAKILAN PROVINSI NUSA TENGGARA TIMUR

Nomor : {n:b1}/ORI-NTT/{bln:d1}/2026
Hal : Permintaan Penjelasan

Yth. Kepala Dinas Sosial Kota Kupang

Ombudsman RI Perwakilan NTT menerima laporan dari Sdri. ⟦{nama:w1}⟧, beralamat di ⟦address:{rmh:w1}⟧, Kel. {kel:1}, mengenai penghentian bantuan PKH tanpa pemberitahuan sejak {bln:b1}. Pelapor menyatakan masih memenuhi kriteria karena memiliki anak usia sekolah ⟦{dpn:wt2}⟧ dan ⟦{dpn:mc3}⟧. Bersama ini kami meminta penjelasan tertulis paling lambat 14 hari sejak surat ini diterima.

Kepala Perwakilan,
ttd
=== water
Kupang, {tgls:d1}
Kepada Yth. Direktur Perumda Air Minum Tirta Lontar

Dengan hormat,
Saya ⟦{nama:m1}⟧, pelanggan dengan nomor sambungan {samb:1}, alamat ⟦address:{rmh:m1}⟧. Saya menjalankan usaha laundry kecil di rumah. Sejak {bln:b1} air tidak mengalir pada jadwal yang diumumkan, sementara tagihan tetap Rp {rp:a1} per bulan. Mohon pemeriksaan meter dan penyesuaian tagihan.

Hormat saya,
⟦{nama:m1}⟧ / ⟦{hp:m1}⟧
=== civil_registry
SURAT KETERANGAN KEMATIAN
Nomor: {surat:kel}

Lurah {kel:1} menerangkan bahwa:
Nama : ⟦{nama:mo1}⟧
NIK : ⟦{nik:mo1}⟧
Jenis Kelamin : {jk:mo1}
Alamat terakhir : ⟦address:{rmh:mo1}, {rt:mo1}⟧

telah meninggal dunia pada {tgls:b1} di rumah duka karena sakit. Surat keterangan ini dibuat atas permintaan anaknya ⟦{nama:w2}⟧ (No. KK ⟦{kk:w2}⟧) untuk pengurusan akta kematian.

Lurah {kel:1}
⟦{nama:m3}⟧
NIP {nip:1}
=== health
NOTULEN MUSYAWARAH MASYARAKAT KELURAHAN (MMK) {kel^:1}
Tanggal: {tgls:d1}, tempat: aula kelurahan

Hadir: Lurah, bidan kelurahan ⟦{nama:w1}⟧, kader posyandu ⟦{nama:w2}⟧, ⟦{nama:w3}⟧ dan ⟦{nama:w4}⟧, tokoh agama.
Hasil:
1. Kasus stunting: {n:b1} balita, tersebar di {n:a1} posyandu. Kader ⟦{pgl:w2}⟧ minta data dipisah per posyandu.
2. Kader ⟦{pgl:w3}⟧ bersedia mendata ibu hamil baru, WA ⟦{hp:w3}⟧.
3. PMT lokal dibiayai dana kelurahan Rp {rp:l1}.
=== police_order
LAPORAN POLISI
Nomor: LP/B/{n:c1}/{bln:d1}/2026/SPKT/POLRESTA KUPANG KOTA

Pelapor : ⟦{nama:w1}⟧, {kerja:w1}, alamat ⟦address:{rmh:w1}⟧ Kel. {kel:1}, HP ⟦{hp:w1}⟧
Terlapor : ⟦{nama:m2}⟧ (tetangga)
Waktu kejadian : {hari:d1}, {tgls:d1} sekitar pukul {jam:m1}
Uraian : terlapor memukul pelapor dengan kayu di depan rumah karena masalah batas pagar, mengakibatkan luka di lengan kiri. Saksi: ⟦{nama:m3}⟧.
=== social_aid
SURAT PERNYATAAN AHLI WARIS PENERIMA BANTUAN
(untuk pencairan sisa BLT an. almarhumah)

Kami yang bertanda tangan di bawah ini adalah anak-anak dari almarhumah ⟦{nama:wo1}⟧ (NIK ⟦{nik:wo1}⟧):
1. ⟦{nama:m2}⟧, NIK ⟦{nik:m2}⟧
2. ⟦{nama:w3}⟧, NIK ⟦{nik:w3}⟧
menyetujui sisa bantuan dicairkan kepada saudara kami ⟦{nama:m2}⟧ melalui rekening BNI ⟦{bni:m2}⟧.

Kupang, {tgls:d1}
=== land
BERITA ACARA PENGUKURAN DAN PENETAPAN BATAS

Pada {hari:d1}, {tgls:d1}, petugas ukur Kantor Pertanahan Kota Kupang telah melakukan pengukuran bidang tanah di Kel. {kel:1} yang dimohon oleh ⟦{nama:m1}⟧. Batas-batas disaksikan oleh pemilik tanah yang berbatasan:
Utara : ⟦{nama:m2}⟧
Timur : jalan lingkungan
Selatan : ⟦{nama:w3}⟧
Barat : keluarga ⟦{marga:m4}⟧
Luas hasil ukur {n:c1} m2. NIB bidang {ref:1}.
=== tax
Kepada Yth. Kepala Bapenda Kota Kupang

Hal: Permohonan pengurangan PBB-P2

Saya ⟦{nama:wo1}⟧, janda pensiunan, wajib pajak atas objek dengan NOP {nop:1}. Tagihan PBB {thn:d1} naik dari Rp {rp:a1} menjadi Rp {rp:m1}. Penghasilan saya hanya pensiun Rp {rp:m2} per bulan. NPWP saya ⟦{npwp0:wo1}⟧, NIK ⟦{nik:wo1}⟧. Mohon pengurangan.

Hormat saya,
⟦{nama:wo1}⟧
=== roads
PEMERINTAH KOTA KUPANG
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
Jl. Timor Raya Km. 6, Kupang. Telp. {telk:1}

PENGUMUMAN
Nomor: {surat:pupr}

Sehubungan dengan pekerjaan peningkatan jalan di {jln:1}, arus lalu lintas ditutup sebagian mulai {tgls:d2} s/d {tgls:d3}. Pengguna jalan dimohon melalui {jln:2}. Informasi: {hpk:1} (Bidang Bina Marga).

Kepala Dinas
=== schools
SURAT EDARAN
Nomor: {surat:dikbud}
Tentang: Larangan pungutan pada penerimaan peserta didik baru

Kepada Yth. Kepala SD dan SMP Negeri se-Kota Kupang

Dalam rangka PPDB tahun ajaran 2026/2027, sekolah dilarang memungut biaya pendaftaran, seragam wajib, atau sumbangan dengan nominal ditentukan. Pelanggaran dapat dilaporkan ke {telk:1} atau SMS 1708 dengan format KOTKUPANG(spasi)keluhan.

Kupang, {tgls:d1}
Kepala Dinas Pendidikan dan Kebudayaan
=== civil_registry
UNDANGAN

Kepada Yth. Ketua RT {nrt:1} s/d RT {nrt:2}
Kelurahan {kel:1}

Mengharap kehadiran Bapak/Ibu pada:
Hari/tanggal : {hari:d2}, {tgls:d2}
Pukul : 09.00 WITA
Tempat : Aula Kantor Camat {kec:1}
Acara : Sosialisasi pemutakhiran data kependudukan dan IKD

Lurah {kel:1}
=== waste
NOTULEN RAPAT RT {nrt:1} / RW {nrw:1} KELURAHAN {kel^:1}
{tgls:d1}

1. Retribusi sampah RT {nrt:1} bulan {bln:d1} terkumpul Rp {rp:m1} dari {n:b1} rumah.
2. Truk DLHK hanya datang 2 kali seminggu; akan diusulkan tambahan jadwal.
3. Kerja bakti {hari:d2} jam 06.00, titik kumpul depan {grj:1}.
4. Warga RT {nrt:1} yang belum bayar diminta melunasi sebelum akhir bulan.
=== water
PENGUMUMAN
Perumda Air Minum Tirta Lontar Kota Kupang

Diberitahukan kepada pelanggan di Kel. {kel:1} dan {kel:2} bahwa distribusi air dihentikan sementara pada {tgls:d2} pukul 08.00-17.00 karena perbaikan pipa transmisi di {jln:1}. Mohon menampung air secukupnya. Gangguan dapat dilaporkan ke {telk:1}.

Bagian Hubungan Langganan
=== tax
PEMBERITAHUAN
Batas akhir pembayaran PBB-P2 tahun {thn:d1} jatuh pada {tgls:d3}. Pembayaran melalui Bank NTT, Kantor Pos, Indomaret, atau aplikasi dengan NOP dan kode bayar. Wajib pajak yang menerima SPPT ganda agar melapor ke loket Bapenda (Jl. Soeharto) dengan membawa SPPT asli.
Badan Pendapatan Daerah Kota Kupang
=== health
PEMERINTAH KOTA KUPANG
DINAS KESEHATAN
{pkm^:1}
Telp. {telk:1}

PENGUMUMAN
Mulai {tgls:d2} pendaftaran poli umum dan KIA dibuka pukul 07.30-11.00. Pasien JKN wajib membawa kartu atau menunjukkan KTP/NIK. Pendaftaran online lewat WA {hpk:1}.

Kepala {pkm:1}
=== transport
BERITA ACARA PENERTIBAN ANGKUTAN KOTA
Nomor: {surat:dishub}

Pada {hari:d1}, {tgls:d1} tim gabungan Dishub dan Satlantas menertibkan angkot yang ngetem di depan {psr:1}. Hasil: {n:b1} kendaraan diperiksa, {n:a1} ditilang karena tidak memiliki KIR, {n:a2} diberi teguran. Penertiban dilanjutkan {hari:d2}.
=== police_order
PENGUMUMAN
Kelurahan {kel:1} bersama Bhabinkamtibmas mengimbau warga RT {nrt:1} sampai RT {nrt:2} untuk mengaktifkan kembali ronda malam mulai {tgls:d2}, mengingat ada {n:a1} kasus pencurian motor bulan ini. Jadwal ronda diatur masing-masing RT.
=== social_aid
DAFTAR HADIR SOSIALISASI BANSOS
Tanggal: {tgls:d1}, Aula Kelurahan {kel:1}
Jumlah undangan: {n:c1} KPM
Jumlah hadir: {n:c2} KPM
Keterangan: daftar nama dan tanda tangan KPM disimpan di arsip kelurahan (tidak dipublikasikan).
Petugas: Pendamping PKH Kecamatan {kec:1}
"""

OCR_SCAN = r"""
=== civil_registry
@CAPS
PROVINSI NUSA TENGGARA TIMUR
KOTA KUPANG
N I K : ⟦{nikl:w1}⟧
Nama : ⟦{scan:w1}⟧
Tempat/Tgl Lahir : {ttl:w1}
Jenis kelamin : {jk:w1}    Gol. Darah : O
Alamat : ⟦address:{rmh:w1}⟧
RT/RW : ⟦{rtp:w1}⟧
Kel/Desa : {kel:1}
Kecamatan : {kec:1}
Agama : KRISTEN
Status Perkawinan : KAWIN
Pekerjaan : {kerja:w1}
Berlaku Hingga : SEUMUR HIDUP
=== civil_registry
@CAPS
KARTU KELUARGA
No. ⟦{kkl:m1}⟧
Nama Kepala Keluarga : ⟦{nama:m1}⟧
Alamat : ⟦address:{rmh:m1}⟧   RT/RW : ⟦{rtp:m1}⟧
Kelurahan : {kel:1}   Kecamatan : {kec:1}
No | Nama Lengkap | NIK | Jenis Kelamin | Hubungan
1 | ⟦{nama:m1}⟧ | ⟦{nikp:m1}⟧ | LAKI-LAKI | KEPALA KELUARGA
2 | ⟦{nama:w2}⟧ | ⟦{nikp:w2}⟧ | PEREMPUAN | ISTRI
3 | ⟦name:{dpn:mt3} {marga:m1}⟧ | ⟦{nikl:mt3}⟧ | LAKI-LAKI | ANAK
Dikeluarkan Tanggal : {tgld:y1}
=== tax
@CAPS
KEMENTERIAN KEUANGAN REPUBLIK INDONESIA
DIREKTORAT JENDERAL PAJAK
NPWP : ⟦{npwpx:m1}⟧
⟦{scan:m1}⟧
NIK : ⟦{nik:m1}⟧
⟦address:{rmh:m1} {rt:m1}⟧ {kel:1}
KOTA KUPANG
KPP PRATAMA KUPANG
Tanggal Terdaftar : {tgld:y1}
=== health
@CAPS
KARTU INDONESIA SEHAT
No. Kartu : ⟦{bpjsl:w1}⟧
Nama : ⟦{scan:w1}⟧
NIK : ⟦{nik:w1}⟧
Tgl. Lahir : {lahir:w1}
Faskes Tingkat I : {pkm:1}
PBI - APBN
=== social_aid
@CAPS
BANK NTT
BUKU TABUNGAN SIMPEDA
NAMA : ⟦{scan:wo1}⟧
NO. REKENING : ⟦{ntt:wo1}⟧
ALAMAT : ⟦address:{rmh:wo1}⟧ KEL. {kel:1}
CABANG : KCP {kel:2}
TGL        KETERANGAN        DEBET        KREDIT        SALDO
{tgld:b1}  SETORAN TUNAI               {rp:a1}
{tgld:d1}  PKH TAHAP {?II|III}          {rp:m1}
=== transport
@CAPS
SURAT TANDA NOMOR KENDARAAN BERMOTOR
NOMOR REGISTRASI : ⟦{plat:m1}⟧
NAMA PEMILIK : ⟦{scan:m1}⟧
ALAMAT : ⟦address:{rmh:m1} {rt:m1}⟧ KEL. {kel:1} KOTA KUPANG
MERK : HONDA   TYPE : NF 125 TD
TAHUN PEMBUATAN : {thn:y1}
NOMOR RANGKA : MH1JB{ref:1}
BERLAKU SAMPAI : {tgld:d3}
=== land
KWITANSI
No : {n:c1}/KOS/{bln:d1}
Telah terima dari : ⟦{nama:my1}⟧
Uang sejumlah : Rp {?500.000|650.000|750.000|800.000},-
Untuk pembayaran : sewa kamar nomor {n:a1} bulan {bln:d1} di rumah kos milik saya, ⟦address:{rmh:w2}⟧, Kel. {kel:1}
Kupang, {tgls:d1}
Yang menerima,
⟦{nama:w2}⟧
HP ⟦{hpl:w2}⟧
=== roads
Kepada Yth
Bapak Lurah {kel:1}
Sy yg bertanda tangan dibawah ini nama ⟦{nama:m1}⟧ NlK ⟦{nikl:m1}⟧ tinggal di ⟦address:{rmh:m1}⟧
mohon bantuan perbaikan saluran air di depan rumah sy krn tiap hujan air masuk
kerumah. sdh {n:a1} kali sy lapor ke RT tp blm ada tindakan.
Hormat sy
⟦{nama:m1}⟧
no hp ⟦{hpl:m1}⟧
=== tax
@CAPS
BUKTI PEMOTONGAN PPH PASAL 21
NOMOR : 1.1-{?03|06|09|12}.26-{n:c1}{n:c2}{n:a1}
A. IDENTITAS PENERIMA PENGHASILAN
A.1 NPWP/NIK : ⟦{npwpn:w1}⟧
A.2 NAMA : ⟦{scan:w1}⟧
A.3 ALAMAT : ⟦address:{rmh:w1}⟧ {kel:1}
B. PENGHASILAN BRUTO : {rp:l1}
C. IDENTITAS PEMOTONG
C.1 NPWP : {npwpb:1}
C.2 NAMA : {sek:1}
=== health
@CAPS
SURAT KETERANGAN LAHIR
NO: {n:c1}/SKL/BPM/{bln:b1}/2026
Yang bertanda tangan di bawah ini bidan praktik mandiri menerangkan bahwa telah lahir seorang bayi:
Jenis kelamin : {jk:wc3}
Tanggal lahir : {tgld:b1} pukul {jam:n1} WITA
Berat / panjang : 3.100 gram / 49 cm
dari ibu : ⟦{nama:w1}⟧   NIK ⟦{nik:w1}⟧   NO. JKN ⟦{bpjs:w1}⟧
ayah : ⟦{nama:m2}⟧   NIK ⟦{nik:m2}⟧
alamat : ⟦address:{rmh:m2}⟧ {kel:1}
Bidan, ⟦{nama:w4}⟧, A.Md.Keb
=== transport
@CAPS
BUKU PEMILIK KENDARAAN BERMOTOR
II. IDENTITAS PEMILIK
1. NAMA PEMILIK : ⟦{scan:m1}⟧
2. ALAMAT : ⟦address:{rmh:m1} {rt:m1}⟧
KEL. {kel:1} KEC. {kec:1}
3. NO. KTP/TDP : ⟦{nikn:m1}⟧
III. IDENTITAS KENDARAAN
NOMOR REGISTRASI : ⟦{plat:m1}⟧   MERK : YAMAHA
=== schools
@CAPS
BRI
BUKTI TRANSFER
TGL {tgld:d1}   JAM {jamc:s1}
DARI REK : ⟦{bri:m1}⟧
NAMA : ⟦{scan:m1}⟧
KE REK : ⟦{bri:w2}⟧
NAMA TUJUAN : ⟦{scan:w2}⟧
JUMLAH : RP {rp:m1}
BERITA : UANG ASRAMA {bln:d1}
NO REF : {ref:1}
=== schools
KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA (AK/I)
Nomor Pendaftaran : {n:c1}/{n:c2}/AK1/2026
N I K : ⟦{nik:wy1}⟧
Nama Lengkap : ⟦{nama^:wy1}⟧
Tempat/Tgl. Lahir : {ttl:wy1}
Alamat : ⟦address:{rmh:wy1}⟧, ⟦{rt:wy1}⟧
E-mail : ⟦{mail:wy1}⟧
Pendidikan : S1 Keperawatan
Berlaku s/d : {tgld:d3}
=== health
@CAPS
{pkm:1}
HASIL PEMERIKSAAN LABORATORIUM
NAMA : ⟦{scan:m1}⟧      UMUR : {umur:m1} TH
NO. BPJS : ⟦{bpjsp:m1}⟧
NIK : ⟦{nik:m1}⟧
TGL PERIKSA : {tgld:d1}
PEMERIKSAAN     HASIL      NILAI NORMAL
GULA DARAH SEWAKTU   {n:c1} MG/DL   < 200
ASAM URAT       7,{n:a1} MG/DL    3,4-7,0
PETUGAS LAB : ⟦{nama:w2}⟧
=== markets
@CAPS
SURAT IZIN USAHA MIKRO DAN KECIL (IUMK)
NOMOR : {surat:dpmptsp}
NAMA PEMILIK : ⟦{scan:w1}⟧
NIK : ⟦{nik:w1}⟧
NPWP : ⟦{npwpo:w1}⟧
NAMA USAHA : KIOS BERKAT {?SEMBAKO|JAYA|ABADI}
ALAMAT USAHA : ⟦address:{rmh:w1}⟧ (RUMAH SENDIRI) KEL. {kel:1}
KEGIATAN USAHA : PERDAGANGAN ECERAN
=== social_aid
DAFTAR PENERIMA BANTUAN PANGAN KEL. {kel^:1}
No  Nama        NIK                 Alamat
1   ⟦{nama^:w1}⟧   ⟦{nikp:w1}⟧    ⟦{rtp:w1}⟧
2   ⟦{nama^:m2}⟧   ⟦{nikn:m2}⟧    ⟦{rtp:m2}⟧
3   ⟦{nama^:wo3}⟧   ⟦{nikp:wo3}⟧    ⟦{rtp:wo3}⟧
=== transport
@CAPS
SURAT TILANG
NO. REGISTER : {ref:1}
PELANGGAR : ⟦{scan:m1}⟧
NO. SIM : {sim:1}
KENDARAAN : SPM HONDA VARIO   NOPOL ⟦{plat:m1}⟧
PASAL : 281 UU 22/2009 (TIDAK MEMILIKI SIM)
TEMPAT : {jln:1}   TGL {tgld:d1} {jamc:p1}
PETUGAS : BRIPKA ⟦{scan:m2}⟧
=== water
@CAPS
PERUMDA AIR MINUM TIRTA LONTAR KOTA KUPANG
BUKTI PEMBAYARAN REKENING AIR
NO. SAMB : {samb:1}   GOL : R2
PERIODE : {bln:b1} {thn:d1}
PEMAKAIAN : {n:b1} M3
TAGIHAN : RP {rp:a1}
DENDA : RP {rp:t1}
LOKET : KANTOR PUSAT   KASIR : 03
=== electricity
@CAPS
STRUK PEMBELIAN LISTRIK PRABAYAR
ID PEL : {plnid:1}
TARIF/DAYA : R1/1300 VA
RP BAYAR : {rp:a1}
TOKEN : {token:1}
KWH : {n:b1},{n:b2}
REF : {ref:1}
TERIMA KASIH
=== transport
@CAPS
KARCIS PARKIR DISHUB KOTA KUPANG
NO {n:c1}{n:c2}
RODA 4   RP 3.000
TGL {tgld:d1}
LOKASI {psr:1}
SIMPAN KARCIS INI
=== civil_registry
@CAPS
DISDUKCAPIL KOTA KUPANG
NOMOR ANTRIAN
{antri:1}
LAYANAN : KK / KTP-EL
{tgld:d1}   {jam:p1}
SISA ANTRIAN : {n:b1}
=== health
@CAPS
APOTEK SEHAT KUANINO
{jln:1} - TELP {telk:1}
NPWP : {npwpb:1}
STRUK NO {ref:1}   {tgld:d1}
{?AMOXICILLIN 500MG  X10   RP 15.000
PARACETAMOL 500MG  X10   RP 5.000
TOTAL                    RP 20.000|AMLODIPIN 10MG  X30   RP 24.000
VITAMIN B COMPLEX  X1   RP 8.500
TOTAL                    RP 32.500|OBH SIRUP  X1   RP 17.000
ANTASIDA DOEN  X10   RP 4.000
TOTAL                    RP 21.000}
=== transport
@CAPS
PO. TIMOR EXPRESS
TIKET BUS KUPANG - {?ATAMBUA|KEFAMENANU|SOE}
TGL {tgld:d2}  JAM 06.00  KURSI {n:b1}
HARGA RP {rp:a1}
AGEN TERMINAL OEBOBO TELP {telk:1} / WA {hpk:1}
=== markets
@CAPS
PEMERINTAH KOTA KUPANG
KARCIS RETRIBUSI PELAYANAN PASAR
NO. SERI {n:c1}{n:a1}
RP 2.000
{psr:1}
PERDA KOTA KUPANG NO. 1 TAHUN 2024
=== police_order
@CAPS
SPANDUK KELURAHAN {kel:1}
DILARANG MEMBUANG SAMPAH DI SINI
PELANGGAR DIDENDA RP 500.000 (PERDA NO. {n:a1} TAHUN 20{n:b1})
HUB. PETUGAS : {hpkl:1}
=== roads
@CAPS
{cv:1}
INVOICE NO. INV/{n:c1}/{bln:d1}/2026
KEPADA : DINAS PUPR KOTA KUPANG
NPWP : {npwpb:1}
PEKERJAAN : PENGASPALAN {jln:1}
NILAI : RP {rp:x1}
REK : BANK NTT {rntt:1} A.N. {cv:1}
=== schools
@CAPS
{sek:1}
KWITANSI PEMBAYARAN
NPSN {npsn:1}
TELAH TERIMA UANG KOMITE SEMESTER GANJIL RP {rp:a1}
DISETOR KE REK. BANK NTT {rntt:1} A.N. KOMITE {sek:1}
TANGGAL {tgld:d1}
=== water
@CAPS
DEPOT AIR SINAR LONTAR
{jln:1} NO. {n:b1}
NOTA NO. {n:c1}
AIR ISI ULANG 10 GALON X RP 5.000 = RP 50.000
ANTAR KE RUMAH PELANGGAN
TELP/WA {hpkl:1}
"""

NOTICE_TABLE = r"""
=== water
DAFTAR PEMOHON BANTUAN AIR TANGKI KEL. {kel^:1} - {bln^:d1} 2026
No,Nama Pemohon,NIK,No KK,Alamat,No HP
1,⟦{nama:w1}⟧,⟦{nikp:w1}⟧,⟦{kkp:w1}⟧,"⟦address:{rmh:w1}, {rt:w1}⟧",⟦{hpp:w1}⟧
2,⟦{nama:m2}⟧,⟦{nikp:m2}⟧,⟦{kkp:m2}⟧,"⟦address:{rmh:m2}, {rt:m2}⟧",⟦{hpp:m2}⟧
3,⟦{nama:wo3}⟧,⟦{nikp:wo3}⟧,⟦{kkp:wo3}⟧,"⟦address:{rmh:wo3}, {rt:wo3}⟧",-
=== schools
Nama Siswa\tNISN\tKelas\tNama Orang Tua\tHP Orang Tua\tNo. Rek BRI Simpel
⟦{nama:mt1}⟧\t{nisn:1}\t9A\t⟦{nama:w2}⟧\t⟦{hpp:w2}⟧\t⟦{bri:mt1}⟧
⟦{nama:wt3}⟧\t{nisn:2}\t9C\t⟦{nama:m4}⟧\t⟦{hpp:m4}⟧\t⟦{bri:wt3}⟧
=== transport
DATA PANGKALAN OJEK DEPAN {psr^:1}
| No | Nama | Nopol | HP |
| 1 | ⟦{nama:m1}⟧ | ⟦{plat:m1}⟧ | ⟦{hp:m1}⟧ |
| 2 | ⟦{nama:my2}⟧ | ⟦{plat:my2}⟧ | ⟦{hp:my2}⟧ |
| 3 | ⟦{nama:mx3}⟧ | ⟦{plat:mx3}⟧ | ⟦{hp:mx3}⟧ |
Koordinator pangkalan: ⟦{pgl:m1}⟧
=== civil_registry
@CAPS
SALINAN DATA KARTU KELUARGA NO. ⟦{kkp:m1}⟧
1 ⟦{nama:m1}⟧ ⟦{nikp:m1}⟧ KEPALA KELUARGA
2 ⟦{nama:w2}⟧ ⟦{nikl:w2}⟧ ISTRI
3 ⟦name:{dpn:mc3} {marga:m1}⟧ ⟦{nikp:mc3}⟧ ANAK
4 ⟦name:{dpn:wc4} {marga:m1}⟧ ⟦{nikp:wc4}⟧ ANAK
=== police_order
@CAPS
DICARI SAKSI!!!
KECELAKAAN TABRAK LARI DI {jln:1}
{hari:b1}, {tgls:b1} SEKITAR JAM {jam:m1}
KORBAN PEJALAN KAKI, MOTOR PELAKU WARNA HITAM
YANG MELIHAT MOHON HUB. ⟦{hpl:w1}⟧
(⟦{nama:w1}⟧ - ISTRI KORBAN)
=== markets
REKAP PELAKU USAHA MIKRO BINAAN DINAS KOPERASI - KEL. {kel:1}
Nama Pelaku Usaha;Jenis Usaha;NPWP;HP
⟦{nama:w1}⟧;jual kue;⟦{npwpo:w1}⟧;⟦{hpp:w1}⟧
⟦{nama:m2}⟧;bengkel las;⟦{npwpo:m2}⟧;⟦{hpp:m2}⟧
{kop:1};simpan pinjam;{npwpb:1};{hpk:1}
⟦{nama:wx3}⟧;warung makan;⟦{npwpn:wx3}⟧;⟦{hpp:wx3}⟧
=== health
DAFTAR LANSIA POSYANDU {?MELATI|CEMPAKA|FLAMBOYAN} KEL. {kel^:1}
No | Nama | Umur | No. BPJS/KIS | HP Keluarga
1 | ⟦{nama:wo1}⟧ | {umur:wo1} | ⟦{bpjsp:wo1}⟧ | ⟦{hp:w2}⟧
2 | ⟦{nama:mo3}⟧ | {umur:mo3} | ⟦{bpjsp:mo3}⟧ | ⟦{hp:m4}⟧
3 | ⟦{nama:wo5}⟧ | {umur:wo5} | belum punya | -
=== social_aid
DAFTAR PENERIMA BLT KELURAHAN {kel^:1} TAHAP {?I|II}
1. ⟦{nama:wo1}⟧ (⟦{rtl:wo1}⟧)
2. ⟦{nama:m2}⟧ (⟦{rtl:m2}⟧)
3. ⟦{nama:w3}⟧ (⟦{rtl:w3}⟧)
4. ⟦{nama:mo4}⟧ (⟦{rtl:mo4}⟧)
Pengambilan di kantor pos {kel:1} hari {hari:d2} membawa KTP dan KK asli.
=== markets
PESERTA PELATIHAN DIGITAL MARKETING UMKM - DINAS KOPERASI DAN NAKER
No | Nama | Usaha | Email
1 | ⟦{nama:w1}⟧ | tenun ikat | ⟦{mail:w1}⟧
2 | ⟦{nama:m2}⟧ | se'i babi | ⟦{mail:m2}⟧
3 | ⟦{nama:wx3}⟧ | kue kering | ⟦{mail:wx3}⟧
Materi dikirim ke email masing-masing. Grup WA pelatihan dikelola panitia.
=== civil_registry
KONTAK KETUA RT KELURAHAN {kel^:1}
Ketua RT {nrt:1}: Bpk. ⟦{nama:m1}⟧ ⟦{hp:m1}⟧
Ketua RT {nrt:2}: Ibu ⟦{nama:w2}⟧ ⟦{hp:w2}⟧
Ketua RT {nrt:3}: Bpk. ⟦{nama:m3}⟧ ⟦{hp:m3}⟧
Kantor Lurah: {telk:1}
Bhabinkamtibmas: {hpk:1}
=== land
DAFTAR PESERTA PTSL {thn:d1} KEL. {kel^:1}
No;Nama Pemohon;NIK;Nomor Berkas;Letak Objek;Luas (m2)
1;⟦{nama:m1}⟧;⟦{nikp:m1}⟧;{n:c1}/PTSL/{thn:d1};{jln:1};{n:c2}
2;⟦{nama:wo2}⟧;⟦{nikp:wo2}⟧;{n:c3}/PTSL/{thn:d1};{jln:2};{n:c4}
3;⟦{nama:m3}⟧;⟦{nikp:m3}⟧;{n:c5}/PTSL/{thn:d1};{jln:3};{n:c6}
=== social_aid
@CAPS
DAFTAR USULAN PBI JK KELURAHAN {kel:1}
NO NAMA NIK NO. KK RT/RW
1 ⟦{nama:wo1}⟧ ⟦{nikp:wo1}⟧ ⟦{kkp:wo1}⟧ ⟦{rtp:wo1}⟧
2 ⟦{nama:m2}⟧ ⟦{nikp:m2}⟧ ⟦{kkp:m2}⟧ ⟦{rtp:m2}⟧
3 ⟦{nama:w3}⟧ ⟦{nikp:w3}⟧ ⟦{kkp:w3}⟧ ⟦{rtp:w3}⟧
=== civil_registry
REGISTER PENGADUAN UNIT PENGADUAN KASIH - MINGGU KE-{n:d1} {bln^:d1}
Tiket | Pelapor | HP | Kanal | Isi singkat | OPD
{tiket:1} | ⟦{nama:m1}⟧ | ⟦{hp:m1}⟧ | SMS 1708 | KTP belum cetak | Dukcapil
{tiket:2} | ⟦{nama:w2}⟧ | ⟦{hp:w2}⟧ | WA | lampu jalan mati | Dishub
{tiket:3} | Dirahasiakan | - | LAPOR! | pungli parkir | Dishub
{tiket:4} | ⟦{nama:m3}⟧ | ⟦{hp:m3}⟧ | telepon | air PDAM keruh | PDAM
=== markets
@CAPS
KOS PUTRI {?FLOBAMORA|LONTAR ASRI|SASANDO}
TERIMA KOS BULANAN, KAMAR MANDI DALAM
RP {?450.000|550.000|700.000}/BULAN (BELUM LISTRIK)
HUB. ⟦{hp:w1}⟧
(IBU ⟦{pgl:w1}⟧)
=== roads
DAFTAR HADIR RAPAT WARGA - RENCANA PENGECORAN LORONG
Tempat: rumah Ketua RT, {tgls:d1}
No | Nama | Alamat | HP | Tanda tangan
1 | ⟦{nama:m1}⟧ | ⟦address:{rmh:m1}⟧ | ⟦{hp:m1}⟧ | ttd
2 | ⟦{nama:w2}⟧ | ⟦address:{rmh:w2}⟧ | ⟦{hp:w2}⟧ | ttd
3 | ⟦{nama:m3}⟧ | ⟦address:{rmh:m3}⟧ | - | ttd
=== health
REKAP INSENTIF KADER POSYANDU - TRIWULAN {?I|II|III} 2026
Nama Kader | Posyandu | NPWP/NIK | Bank NTT | Jumlah
⟦{nama:w1}⟧ | {?Melati|Kenanga} | ⟦{npwpo:w1}⟧ | ⟦{ntt:w1}⟧ | Rp {rp:a1}
⟦{nama:w2}⟧ | {?Seroja|Dahlia} | ⟦{npwpn:w2}⟧ | ⟦{ntt:w2}⟧ | Rp {rp:a1}
⟦{nama:w3}⟧ | {?Anggrek|Teratai} | ⟦{npwps:w3}⟧ | ⟦{ntt:w3}⟧ | Rp {rp:a1}
=== markets
PEMBAGIAN LAPAK SEMENTARA {psr^:1}
Nama Pedagang | No Lapak | HP
⟦{nama:w1}⟧ | A-{n:b1} | ⟦{hp:w1}⟧
⟦{nama:wx2}⟧ | A-{n:b2} | ⟦{hp:wx2}⟧
{kop:1} | B-{n:b3} | {hpk:1}
⟦{nama:m3}⟧ | B-{n:b4} | ⟦{hp:m3}⟧
=== health
JADWAL FOGGING DBD KEL. {kel^:1}
RT {nrt:1} - {hari:d2} - titik kumpul depan {grj:1}
RT {nrt:2} - {hari:d2} - depan kantor lurah
RT {nrt:3} - {hari:d3} - lapangan {sek:1}
Warga diminta menutup makanan dan minuman. Info: {pkm:1} {telk:1}
=== markets
TARIF RETRIBUSI PASAR (PERDA NO. 1 TAHUN 2024)
Los daging / ikan : Rp 5.000/hari
Lapak sayur : Rp 3.000/hari
Kios permanen : Rp {rp:a1}/bulan
Parkir roda 2 : Rp 2.000
Toilet : Rp 2.000
Pengaduan: UPTD Pasar {telk:1}
=== health
DIREKTORI PUSKESMAS KOTA KUPANG
Puskesmas,Alamat,Telepon,UGD 24 Jam
{pkm:1},{jln:1},{telk:1},Ya
{pkm:2},{jln:2},{telk:2},Tidak
{pkm:3},{jln:3},{telk:3},Ya
=== social_aid
TITIK PENCAIRAN BANSOS BULAN {bln^:d1}
Mitra | Alamat | Telepon
BRI Unit {kel:1} | {jln:1} | {telk:1}
BNI KCP {kel:2} | {jln:2} | {telk:2}
Kantor Pos Kupang | {jln:3} | {telk:3}
=== transport
JADWAL KAPAL FERRY PELABUHAN BOLOK - {bln^:d1}
Rute | Hari | Jam | Tarif Dewasa
Kupang-Rote (Pantai Baru) | Senin, Rabu, Jumat | 08.00 | Rp {?65.000|73.000}
Kupang-Sabu (Seba) | Selasa | 13.00 | Rp {?117.000|125.000}
Kupang-Alor (Kalabahi) | Kamis | 14.00 | Rp {?135.000|148.000}
Info ASDP Kupang {telk:1}
=== civil_registry
PENGUMUMAN
JAM LAYANAN DISDUKCAPIL KOTA KUPANG
Senin-Kamis | 08.00-14.30
Jumat | 08.00-11.00
Sabtu | 08.00-12.00 (Mal Pelayanan Publik)
Pengaduan: SMS 1708 atau WA {hpk:1}
=== police_order
DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA - {bln^:d1}
Nomor | Modus | Tgl lapor
{hpk:1} | mengaku petugas PKH minta biaya cair | {tgl:b1}
{hpk:2} | undian berhadiah mobil | {tgl:b2}
{hpk:3} | kurir paket minta buka link | {tgl:d1}
Sumber: Unit Siber Polresta Kupang Kota
=== social_aid
JUMLAH KPM BPNT PER RT - KEL. {kel^:1}
RT {nrt:1}: {n:b1} KPM
RT {nrt:2}: {n:b2} KPM
RT {nrt:3}: {n:b3} KPM
RT {nrt:4}: {n:b4} KPM
Data per {tgls:d1}, sumber SIKS-NG.
=== roads
@CAPS
PERHATIAN!!!
SEDANG ADA PEKERJAAN PENGASPALAN
{jln:1} DITUTUP {tgls:d2} - {tgls:d3}
MOHON GUNAKAN JALUR ALTERNATIF
PELAKSANA: {cv:1}
PENGAWAS: DINAS PUPR KOTA KUPANG
=== electricity
REKAP TIKET GANGGUAN PLN - {tgl:d1}
Tiket | Wilayah | Jenis | Status
{ref:1} | Kel. {kel:1} | padam 1 gardu | selesai {jam:s1}
{ref:2} | Kel. {kel:2} | kabel putus | proses
{ref:3} | Kel. {kel:3} | tiang miring | dijadwalkan {tgl:d2}
"""

KUPANG_MALAY = r"""
=== health
Selamat siang bapa mama di Unit Pengaduan. Beta mau lapor, beta pung mama ⟦{nama:wo1}⟧ pung kartu KIS ⟦{bpjs:wo1}⟧ sonde bisa pake lai di {pkm:1}. Petugas bilang kartu su mati, padahal bulan lalu masih bisa. Mama su tua, sakit gula, obat su habis. Beta su pi Dinsos dong bilang tunggu. Tolong bantu e. Beta ⟦{nama:w2}⟧, nomor ⟦{hp:w2}⟧
=== police_order
Bapa Lurah, beta mau lapor tetangga ⟦{nama:m1}⟧ (orang biasa panggil dia ⟦{nick:m1}⟧) pung babi dong lepas tiap hari, makan abis beta pung sayur deng pisang di kebun belakang rumah. Beta su omong baik-baik {n:a1} kali, dia bilang "kasi tangkap sa". Rumah beta di ⟦address:{rmh:w2}⟧, dia pung rumah pas di sebelah. Beta ⟦{pgl:w2}⟧
=== electricity
Orang PLN datang potong beta pung pohon mangga di halaman rumah ⟦address:{rmh:m1}, {rt:m1}⟧ sonde minta izin dolo. Dong bilang kena kabel. Pohon tu su 20 taun, buah banyak. Paling kurang kasi tau ko. Beta ⟦{nama:m1}⟧, HP ⟦{hp:m1}⟧
=== civil_registry
Beta pung anak ⟦name:{dpn:wc1} {marga:m2}⟧ pung tanggal lahir di akta tatulis salah, harusnya bulan {bln:b1} ma di akta tulis bulan laen. Di KK ⟦{kk:m2}⟧ ju ikut salah. Beta su bolak-balik ke Dukcapil {n:a1} kali, dong suru bawa surat dari bidan lai. Beta ⟦{nama:m2}⟧ ⟦{hp:m2}⟧
=== water
Pipa PDAM di depan beta pung rumah bocor su 1 minggu, aer tabuang ke got tarus. Beta su telpon kantor PDAM dong bilang nanti sa. Beta pung rumah di ⟦address:{rmh:w1}⟧ Kel. {kel:1}, dekat {grj:1}. Kalo mau tanya, WA beta ⟦{hp:w1}⟧. Mama ⟦{pgl:w1}⟧
=== transport
Sopir bemo jalur {?1|3|6|10} plat ⟦{plat:m1}⟧ tadi pagi maki-maki beta pung anak sekolah gara-gara kasi uang Rp 3.000, dia minta Rp 5.000. Anak pulang manangis. Dishub tolong tegur itu sopir. Beta ⟦{nama:w2}⟧ dari {kel:1}
=== health
Beta pung bapa ⟦{nama:mo1}⟧ pensiun dari {cv:1} bulan {bln:b1}, ais BPJS dari kantor langsung mati. Nomor kartu ⟦{bpjs:mo1}⟧. BPJS Ketenagakerjaan bapa (KPJ {kpj:1}) su klaim JHT. Sekarang bapa sakit jantung, sonde bisa berobat. Beta mau pindah jadi peserta mandiri ma dong bilang harus tunggu 14 hari. Kermana ni? ⟦{pgl:m2}⟧ ⟦{hp:m2}⟧
=== schools
Beta pung anak ⟦{nama:mt1}⟧ kelas 8 di {smp:1} dong kasi keluar dari kelas gara-gara beta balom bayar uang komite Rp {rp:a1}. Anak malu, su 3 hari sonde mau pi sekolah. Beta ni tukang ojek sa, uang pas-pasan. Tolong dinas pendidikan lia e. Beta bapanya, ⟦{nama:m2}⟧
=== tax
Beta baru buka usaha laundry kecil di rumah (⟦address:{rmh:w1}⟧). Mau daftar NIB di OSS ma sistem minta NPWP. Beta pung tetangga su dapat NIB {nib:1} pake NIK sa. Beta pung NPWP lama ⟦{npwpo:w1}⟧, tapi dong bilang sekarang pake NIK sa. Beta pung NIK ⟦{nik:w1}⟧. Jadi beta isi yang mana? Beta ⟦{nama:w1}⟧
=== water
PDAM putus beta pung sambungan aer kemarin, dong bilang beta nunggak 3 bulan. Padahal beta bayar tarus di loket, kwitansi ada semua. No sambungan {samb:1}. Beta pung nama ⟦{nama:m1}⟧, rumah di ⟦address:{rmh:m1}⟧. Tolong PDAM cek dolo baru potong. HP ⟦{hp:m1}⟧
=== police_order
Beta mau tanya, polisi lalu lintas di {jln:1} tadi tilang beta pung motor ⟦{plat:m1}⟧ gara-gara sonde pake spion, ma dong minta "damai" Rp {rp:a1} sonde kasi surat tilang. Itu boleh ko? Beta sonde kasi, jadi motor ditahan. Beta ⟦{nama:m1}⟧
=== electricity
Listrik di beta pung rumah dong putus tadi pagi, petugas bilang tagihan pascabayar nunggak 2 bulan. Padahal beta pung laki su bayar di kantor pos tanggal {tglp:b1}, struk ada. ID pelanggan {plnid:1} atas nama ⟦{nama:m1}⟧. Beta ⟦{nama:w2}⟧, HP ⟦{hp:w2}⟧
=== schools
Beta su kirim berkas beasiswa anak ke email dinas tanggal {tglp:b1} ma sonde ada balasan. Dong bilang balas ke beta pung email sa. Beta pung email ⟦{maild:w1}⟧. Anak nama ⟦name:{dpn:wy2} {marga:w1}⟧, kuliah di Undana. Beta ⟦{pgl:w1}⟧
=== police_order
Beta salah transfer uang arisan Rp {rp:m1} ke rekening BRI ⟦{bri:m2}⟧, harusnya ke ⟦{bri:w3}⟧ pung mama ⟦{nama:w3}⟧. Bank bilang harus ada laporan polisi dolo. Beta pung rekening ⟦{bri:w1}⟧. Tolong bantu e, itu uang banyak orang. Beta ⟦{nama:w1}⟧
=== land
Tolong Pak Lurah {kel:1} bantu selesaikan masalah tanah antara keluarga ⟦{marga:m1}⟧ deng keluarga ⟦{marga:m2}⟧ di belakang {grj:1}. Dua keluarga su baku marah, kemarin hampir baku pukul. Katong warga takut. Batas tanah dari dulu cuma pohon gewang, sekarang dong pasang pagar tembok. Beta ⟦{nama:w3}⟧, tetangga dong
=== markets
Di {psr:1} ada orang-orang minta uang keamanan Rp {rp:s1} tiap hari ke mama-mama penjual sayur. Dong pung bos orang kasi nama ⟦{pgl:m1}⟧, nomor dia ⟦{hp:m1}⟧. Kalo sonde kasi, dong bongkar lapak. Polisi tolong lia. Beta penjual, ⟦{nama:w2}⟧
=== civil_registry
Beta mau urus akta kematian beta pung bapa ⟦{nama:mo1}⟧ yang meninggal {tgls:b1}. NIK bapa ⟦{nik:mo1}⟧, KK ⟦{kk:mo1}⟧. Kartu BPJS bapa ⟦{bpjs:mo1}⟧ ju mau ditutup. Di kelurahan dong minta surat keterangan dari RT, RT bilang dia sonde tau. Beta bingung. Beta ⟦{nama:w2}⟧, ⟦address:{rt:w2}⟧ Kel. {kel:1}, HP ⟦{hp:w2}⟧
=== police_order
Bemo-bemo jalur {?3|6|10} putar musik keras skali sampe jam 10 malam, lewat depan {rs:1} ju sonde kecilkan. Pasien dong sonde bisa tidur. Dishub deng polisi tolong tegur e
=== markets
{psr:1} kalo hujan becek skali, lumpur sampe mata kaki. Got tasumbat sampah, bau busuk. Katong penjual bayar retribusi tiap hari ma sonde ada perbaikan. Tolong UPTD Pasar lia e
=== roads
{jln:1} depan {sek:1} kalo hujan banjir tarus, aer sampe lutut. Oto kecil mogok, anak sekolah sonde bisa lewat. Got kecil sekali, tasumbat tanah. Dinas PUPR tolong perbesar got tu
=== roads
Trotoar di {jln:1} dekat {psr:1} su jadi tampat jualan sayur deng ikan, orang jalan kaki harus turun ke jalan raya. Su ada yang ditabrak motor. Satpol PP tolong atur
=== waste
Pantai Lasiana penuh sampah plastik abis hari Minggu {tglp:b1}. Orang piknik buang sampah sambarang, petugas kebersihan cuma {?2|3} orang, ma karcis masuk tetap Rp {rp:t1}. Kasian pantai katong pung. DLHK tolong tambah tong sampah deng petugas
=== transport
Ojek pangkalan di depan {rs:1} minta Rp {?30.000|40.000|50.000} cuma ke {kel:1} yang dekat sa. Ojol sonde boleh masuk. Pasien deng keluarga jadi susah. Tolong Dishub atur tarif
=== schools
{sd:1} minta uang perpisahan kelas 6 Rp {rp:a1} per anak, katanya untuk sewa gedung deng makan. Banyak orang tua sonde mampu. Itu wajib ko sonde? Tolong dinas jelaskan
=== health
Obat darah tinggi di apotek {pkm:1} kosong su 2 minggu. Dong suru beli sendiri di apotek luar, satu strip Rp {rp:s1}. Beta telpon puskesmas {telk:1} ju sonde angkat. Katong pasien JKN kenapa harus beli? Tolong Dinkes cek stok obat
=== electricity
Tiap hujan sadiki sa listrik di Kel. {kel:1} langsung padam, kadang sampe 5 jam. Kulkas orang jualan es dong rusak. PLN tolong periksa jaringan di {jln:1} tu
=== land
Taman kota di {jln:1} jadi tampat kambing makan rumput, bunga-bunga abis. Pemilik kambing sonde ikat dong pung kambing. Dinas Pertamanan tolong pasang pagar ko kasi tegur pemilik
=== social_aid
Beta mau tanya, bantuan beras 10 kg tu bagi per RT ko per kelurahan? Di {kel:1} ada RT yang dapat banyak, ada yang sedikit sa. Tolong Dinsos kasi tau cara bagi supaya katong sonde baku curiga
"""

STYLES = {
    "sms_1708": SMS_1708,
    "whatsapp": WHATSAPP,
    "lapor_form": LAPOR_FORM,
    "email": EMAIL,
    "call_centre": CALL_CENTRE,
    "social_media": SOCIAL_MEDIA,
    "letter": LETTER,
    "ocr_scan": OCR_SCAN,
    "notice_table": NOTICE_TABLE,
    "kupang_malay": KUPANG_MALAY,
}


if __name__ == "__main__":
    main()
