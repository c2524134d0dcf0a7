# ruff: noqa: E501, RUF001
"""Write the twenty-eighth blind redaction corpus, ``redaction_blind_v28.jsonl``.

Hand-written templates in ten styles, labels inline, filled from pools of invented people,
numbers, homes and places. Most templates are long threads about one case: a complaint, the
office's reply, forwards, follow-ups and the closing, in which the same people come back under
their full name, their given name, a nickname, a role or their initials, and numbers are given,
corrected and repeated. Every value comes from ``random.Random(SEED)``, so two runs write the same
file byte for byte. Run it from anywhere::

    python tests/data/blind/make_redaction_blind_v28.py

It checks every filled text (see ``check``), writes the file next to itself and prints its SHA-256
and its counts. The corpus is frozen once written: see ``README-redaction-v28.md``.

Template syntax (the templates are at the end of this file, one block of text per style):

- a line ``--- theme`` opens a template and names its service theme; words after it are flags:
  ``caps`` or ``lower`` write the whole text so, ``house=m1+w1+mc1`` makes one household of
  these people (the first is its head: the others share the head's home, home line and family
  card; children's keys, ``c``, ``k`` and ``b``, and keys marked ``*`` (``house=mo1+*m2``, a
  grown-up son) carry the household's family name and origin: the head's, or, where a woman
  heads it, a family name drawn once for the children's absent father);
- ``{gen:key}`` is a value: ``gen`` names its generator, ``key`` the person, the date, the time,
  the place or the number it belongs to (one generator and one key give one value per text);
  ``{gen^:key}`` and ``{gen_:key}`` give it in capitals or in lower case;
- ``{?a¦b¦c}`` picks one branch (branches may hold values, labels and further choices);
- ``«kind:…»`` labels everything between the colon and the closing mark with ``kind``;
  ``«{gen:key}»`` labels one value with the kind its generator makes;
- a person's value outside a label stops the script (attributes that are none of the ten kinds,
  such as an age, a birth date or a job, may stand anywhere);
- ``\\n`` is a line break inside a line of the source, ``\\t`` a tab, ``\\s`` a no-break space
  and ``\\z`` a zero-width space.

Person keys: ``w`` a woman, ``m`` a man; then ``o`` (born 1942-1960), ``y`` (1997-2006),
``c`` (a pupil, 2009-2016), ``k`` (a small child, 2021-2024) or ``b`` (a baby, born on one day
a few weeks before the text's first date: twins share it), adults otherwise 1961-1996; then an
origin letter if one is forced (``T`` Timor, ``R`` Rote, ``S`` Sabu, ``F`` Flores, ``U`` Sumba, ``A`` Alor, ``B``
Bali, ``G`` Bugis, ``N`` Buton, ``J`` Java, ``C`` Chinese-Indonesian; ``K`` only a Kota Kupang
card); then a number. ``wyF2`` is a young woman of Flores.
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

SEED = 2026120728
OUT = Path(__file__).with_name("redaction_blind_v28.jsonl")
PREFIX = "b28"
FILLS = 4
MAX_DRAWS = 400

KINDS = ("name", "phone", "nik", "address", "npwp", "email", "kk", "bank_account", "bpjs", "plate")

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
    "housing",
    "disaster",
)


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# ---------------------------------------------------------------- people

GIVEN = {
    ("m", "ntt"): words(
        "Abraham Adrianus Agustinus Aleksius Alfons Anderias Arkilaus Bartolomeus Benyamin Bernabas "
        "Yeremias Dominikus Efraim Elias Emanuel Frederik Gabriel Gerson Godlief Habel Ishak "
        "Imanuel Yakobus Yoakim Yonatan Yulius Kornelis Lambertus Lazarus Leonardus Markus "
        "Marthinus Matias Melkianus Mikael Nikolaus Obed Petrus Filipus Rikardus Rudolof Samuel "
        "Simon Stefanus Urbanus Viktor Wellem Ferdinand Piter Kristofel Hendrik Ebenhaizer "
        "Oktovianus Nelson Marselinus Gregorius Isak Zadrak Mesakh Saul Timotius Yosias Selfanus "
        "Yance Demas Fredrik Natanael Amos Yunus Melianus Heronimus Lukas"
    ),
    ("w", "ntt"): words(
        "Adriana Agnes Albertina Aplonia Beatriks Bernadeta Kristina Debora Dorkas Elisabet Emilia "
        "Ester Florida Getrudis Hana Imelda Yakomina Yasinta Yohana Yuliana Katarina Lodia "
        "Magdalena Margaretha Marselina Martha Mersi Naomi Orpa Paulina Rosalia Rut Sara Selfina "
        "Serlina Susana Theresia Veronika Welmina Yublina Fientje Salomi Sofia Ermelinda Agustina "
        "Natalia Oktaviana Priska Regina Delfiana Ance Novita Dince Marlin Yanti Rahel Ferderika "
        "Asnat Mariana Lusia Yosina Habsah Elda Nelci Rince Defi Ribka Kezia Mirna Tabita"
    ),
    ("m", "flores"): words(
        "Aloysius Kornelius Benediktus Yosef Paulus Silvester Kanisius Wilibrodus Hironimus "
        "Polikarpus Maksimus Donatus Ignasius Vinsensius Fransiskus Stanislaus Bonifasius "
        "Theodorus Florianus Rofinus Yohanes Klemens Laurensius Damianus"
    ),
    ("w", "flores"): words(
        "Bernadete Skolastika Filomena Kresensia Yustina Anastasia Serafina Emerensiana Fransiska "
        "Modesta Wilhelmina Yosefina Benedikta Kristiana Klara Lusiana Afra Agata Sisilia Helena"
    ),
    ("m", "muslim"): words(
        "Abdul Ismail Musa Ahmad Yusran Harun Rusli Jafar Saleh Hamid Arsyad Zainal Ramli Sahrul"
    ),
    ("w", "muslim"): words(
        "Siti Nurhayati Halimah Rosmini Jamila Fatmawati Sumiati Aisyah Marlina Hadijah Salmiah"
    ),
}

FAMILY = {
    "timor": words(
        "Banunaek Sabneno Tunliu Nubatonis Oematan Taneo Boimau Bana Faot Nenabu Selan Kase "
        "Nomleni Neolaka Bureni Tanesib Lakapu Sonbai Nitbani Teftae Tamonob Benu Kolo Tualaka "
        "Nope Takoy Snae Manbait Naitboho Tasuib Asbanu Nabuasa Kause Nahak Seran Bria Abineno "
        "Tabun Oenunu Naben Kameo Leo Tanu"
    ),
    "rote": words(
        "Ndolu Pandie Mooy Lenggu Haning Feoh Henukh Mbuik Ballo Messakh Tungga Kiuk Saudale "
        "Manafe Amalo Dethan Therik Toelle Zacharias Nggebu Ndaomanu Fanggidae Ledoh Pah Bessie "
        "Lusi Sinlae Foeh Mandala Nalle Kotten Lau Kaleka Ndun"
    ),
    "sabu": words(
        "Bire Hege Haba Kana Tede Rohi Djami Wadu Ludji Radja Lobo Dimu Kale Lomi Dida Tadu Raja "
        "Buki Lado Mone Hina Talo Ratu"
    ),
    "flores": words(
        "Tukan Kelen Lamanepa Lewar Koten Wutun Making Sareng Dhae Wake Sogen Meo Tanggu Jehadu "
        "Jemali Nggaur Bala Hurint Parera Fernandez Lopez Diaz Mbete Lawe Rangga Wolo Bhoki Goa "
        "Lanan Sanga Kewuan Baon"
    ),
    "alor": words(
        "Laukapitang Maro Blegur Kafolamau Padafani Koly Djahamou Atapada Molle Lanma Malaikosa "
        "Gomang Dopong Mokoni Tanghamap"
    ),
    "sumba": words(
        "Praing Kapita Wohangara Mbana Djurumana Hamakonda Kambaru Ndapamerang Hunggurami Lunggu"
    ),
}
TWO_WORD_FAMILIES = (
    "Wadu Bire",
    "Djami Hege",
    "Raja Haba",
    "Lede Kana",
    "Hili Tede",
    "Dida Ratu",
    "Bunga Lobo",
    "Ratu Edo",
)
SUMBA_GIVEN = {
    "m": words("Djoka Nggaba Ndilu Lolo Yiwa Kadu Mehang Taka Hapu Ndawa"),
    "w": words("Ata Konda Yuli Eri Mbiri Nduku Kareri Hamu Mada Ndena"),
}
BALI = {
    "m": (
        words("Wayan Made Nyoman Ketut Gede Putu Komang Kadek"),
        words("Sudirja Darmawan Suwitra Astawa Arsana Sumerta Parwata Suardana Wirawan Mudana"),
    ),
    "w": (
        words("Wayan Made Nyoman Ketut Putu Komang Kadek"),
        words("Suartini Rusmini Kusumawati Astiti Wiradnyani Yuliastini Sukerti Sumadewi Arniati"),
    ),
}
BUGIS = {
    "m": (
        words("Baharuddin Syarifuddin Muhlis Hamzah Nasrullah Jumadil Kamaruddin"),
        words("Tompo Sila Rani Nai Tika Nassa Sijaya"),
    ),
    "w": (
        words("Hasnah Nurhaedah Rosmiati Hasnawati Sitti Marwah Jumriah"),
        words("Caya Bau Ngai Kanang Sompa Tene"),
    ),
}
BUTON = {
    "m": (
        "La Ode Safaruddin",
        "La Ode Rusdin",
        "La Ode Hasrun",
        "La Ode Abdul Gafur",
        "La Sahidi",
        "La Ode Muhlisin",
    ),
    "w": ("Wa Ode Hasmira", "Wa Ode Salma", "Wa Ode Nurmiati", "Wa Ode Asriani", "Wa Mani"),
}
JAVA = {
    "m": (
        "Sugeng Riyadi",
        "Bambang Hartono",
        "Slamet Raharjo",
        "Agus Santoso",
        "Joko Prasetyo",
        "Eko Susilo",
        "Teguh Wibisono",
        "Heru Purnomo",
    ),
    "w": (
        "Sri Wahyuni",
        "Endang Lestari",
        "Tri Rahayu",
        "Dwi Astuti",
        "Siti Khotimah",
        "Ratna Kurniasari",
        "Yuli Handayani",
    ),
}
CHINESE = {
    "family": words("Liem Tan Ong Tjoa Oei Kwee Lim Gouw Tjong Lie"),
    "m": ("Bun Hong", "Hok Tjoan", "Liang Hok", "Tjin Siong", "Kian Bie", "Swan Lip"),
    "w": ("Mei Hwa", "Kim Lian", "Swie Ing", "Ay Ling", "Tjin Hwa", "Giok Lan", "Sioe Mei"),
    "christian_m": words("Robby Hendra Stevanus Jimmy Albert Willy"),
    "christian_w": words("Meliana Yenny Lidya Fransiska Silvia Vivian"),
}
NICK = {
    "m": words(
        "Ocep Eky Ando Epin Lexi Anis Deky Roby Melki Ardi Kely Ekon Boby Ronal Yos Uge Oni Ferry Egi Nando Ucok Aldo Ipi Ketu"
    ),
    "w": words(
        "Ecy Lenny Yety Ona Nensi Icha Mey Rani Deby Ani Elsi Tety Vera Ivon Uci Yuyun Erni Mimi Tesa Mery Olin Ririn Sendy"
    ),
}
PARTICLES = frozenset({"umbu", "rambu", "daeng", "ode", "la", "wa", "ni", "i"})

ORIGIN_OF = {
    "T": "timor",
    "R": "rote",
    "S": "sabu",
    "F": "flores",
    "U": "sumba",
    "A": "alor",
    "B": "bali",
    "G": "bugis",
    "N": "buton",
    "J": "java",
    "C": "chinese",
}
ORIGIN_WEIGHTS = (
    ("timor", 22),
    ("rote", 17),
    ("sabu", 13),
    ("flores", 17),
    ("sumba", 8),
    ("alor", 6),
    ("bali", 4),
    ("bugis", 4),
    ("buton", 3),
    ("java", 3),
    ("chinese", 3),
)
REGENCY_OF = {  # NIK regency codes of NTT by the person's island
    "timor": ("01", "02", "03", "04", "21"),
    "rote": ("14",),
    "sabu": ("20", "01"),
    "flores": ("06", "07", "08", "09", "10", "15", "16", "19", "13"),
    "sumba": ("11", "12", "17", "18"),
    "alor": ("05",),
    "bali": ("71",),
    "bugis": ("71",),
    "buton": ("71",),
    "java": ("71",),
    "chinese": ("71",),
}
PLATE_REGION = {"flores": "EB", "sumba": "ED"}
JOBS = (
    "petani",
    "nelayan",
    "guru honorer",
    "ibu rumah tangga",
    "wiraswasta",
    "tukang ojek",
    "sopir bemo",
    "pedagang sayur",
    "buruh bangunan",
    "karyawan swasta",
    "pensiunan",
    "penjahit",
    "montir",
    "perawat",
    "mahasiswa",
)

# ---------------------------------------------------------------- homes and places

KELURAHAN = {  # kelurahan of Kota Kupang by kecamatan
    "Oebobo": words("Oebobo Oebufu Fatululi Kayu_Putih Liliba Tuak_Daun_Merah Oetete"),
    "Kelapa Lima": words("Kelapa_Lima Oesapa Oesapa_Barat Oesapa_Selatan Lasiana"),
    "Maulafa": words("Maulafa Sikumana Penfui Naimata Oepura Belo Kolhua Fatukoa Naikolan"),
    "Alak": words(
        "Alak Namosain Nunbaun_Sabu Nunbaun_Delha Nunhila Penkase_Oeleta Manulai_II Manutapen Mantasi Fatufeto Naioni Batuplat"
    ),
    "Kota Raja": words(
        "Kuanino Nunleu Naikoten_I Naikoten_II Fontein Airnona Bakunase Bakunase_II"
    ),
    "Kota Lama": words(
        "Solor Merdeka Fatubesi Tode_Kisar Oeba Pasir_Panjang Nefonaek LLBK Bonipoi Airmata"
    ),
}
KECAMATAN_OF = {k.replace("_", " "): kec for kec, kels in KELURAHAN.items() for k in kels}
KELS = tuple(sorted(KECAMATAN_OF))
HOME_STREETS = words(
    "Flamboyan Cendana Asoka Kamboja Teratai Seroja Lontar_Indah Oekam Dewi_Sartika Kartika "
    "Beringin Perkutut Merak Elang Rajawali Tulip Sasando Nusa_Indah Mutis Ikan_Tongkol "
    "Ikan_Paus Lumba-Lumba Kelimutu Ranamese Batu_Cadas Batu_Kapur Sumba_Jaya Kuda_Lumping "
    "Pulau_Semau Rote_Ndao Kakaban Bajawa Wirasakti Bukit_Hijau Taman_Ria Kembang_Sepatu "
    "Manggis Srikaya Gelatik Kutilang Kenari_Hutan Bukit_Indah"
)
HOME_LANES = words(
    "Rukun Mekar Harapan Sejahtera Kenanga Beo Pelita Sukacita Mahoni Bahagia Cemara_Jaya Lestari Sentosa Damai_Sejati Anggrek"
)
ESTATES = (
    "Perumnas Blok {B} No. {n}",
    "Perum BTN Kolhua Blok {B}{d} No. {n}",
    "Perumahan Griya Permata Penfui Blok {B} No. {n}",
    "BTN Oesapa Blok {B} No. {n}",
    "Griya Asri Liliba Blok {B} No. {n}",
    "Kompleks Perumahan Guru Blok {B} No. {n}",
)
PUBLIC_STREETS = (
    "Jl. El Tari",
    "Jl. Frans Seda",
    "Jl. W.J. Lalamentik",
    "Jl. Piet A. Tallo",
    "Jl. Herman Yohanes",
    "Jl. Soeharto",
    "Jl. Timor Raya",
    "Jl. Adisucipto",
    "Jl. R.A. Kartini",
    "Jl. Moh. Hatta",
    "Jl. Cak Doko",
    "Jl. Urip Sumoharjo",
    "Jl. Amabi",
    "Jl. Perintis Kemerdekaan",
    "Jl. Jend. Sudirman",
    "Jl. Fetor Funay",
    "Jl. H.R. Koroh",
    "Jl. S.K. Lerik",
    "Jl. Tom Pello",
    "Jl. Alfons Nisnoni",
    "Jl. Veteran",
    "Jl. Ahmad Yani",
    "Jl. Thamrin",
    "Jl. Samratulangi",
    "Jl. Bundaran PU",
    "Jl. Kapten Tendean",
    "Jl. Prof. Dr. W.Z. Yohanes",
    "Jl. Polisi Militer",
    "Jl. Suprapto",
    "Jl. Kejora",
)
PLACES = {
    "pkm": (
        "Puskesmas Oebobo",
        "Puskesmas Bakunase",
        "Puskesmas Sikumana",
        "Puskesmas Oesapa",
        "Puskesmas Pasir Panjang",
        "Puskesmas Kupang Kota",
        "Puskesmas Alak",
        "Puskesmas Penfui",
        "Puskesmas Naioni",
        "Puskesmas Manutapen",
        "Puskesmas Oepoi",
    ),
    "rs": (
        "RSUD S.K. Lerik",
        "RSUD Prof. Dr. W. Z. Johannes",
        "RS Bhayangkara Drs. Titus Uly",
        "RS Siloam Kupang",
        "RS Leona",
        "RSIA Dedari",
        "RS Mamami",
        "RS Tentara Wirasakti",
        "RS St. Carolus Borromeus",
    ),
    "sd": (
        "SDN Oetete 1",
        "SD Inpres Liliba",
        "SDN Bakunase 2",
        "SD Inpres Oesapa Kecil",
        "SDK St. Yoseph Naikoten",
        "SDN Fatululi",
        "SD GMIT Kuanino 3",
        "SD Inpres Naikoten 1",
        "SDN Kolhua",
    ),
    "smp": (
        "SMPN 1 Kupang",
        "SMPN 3 Kupang",
        "SMPN 7 Kupang",
        "SMPN 9 Kupang",
        "SMPN 12 Kupang",
        "SMPK St. Theresia",
        "SMP Kristen Citra Bangsa",
        "SMPN 16 Kupang",
    ),
    "sma": (
        "SMAN 1 Kupang",
        "SMAN 3 Kupang",
        "SMAN 5 Kupang",
        "SMAN 6 Kupang",
        "SMKN 2 Kupang",
        "SMKN 4 Kupang",
        "SMAK Giovanni",
        "SMA Kristen Mercusuar",
    ),
    "psr": (
        "Pasar Oeba",
        "Pasar Kasih Naikoten",
        "Pasar Oebobo",
        "Pasar Kuanino",
        "Pasar Penfui",
        "Pasar Oesapa",
        "Pasar Inpres Naikoten",
        "Pasar Kampung Solor",
    ),
    "grj": (
        "GMIT Jemaat Koinonia",
        "GMIT Jemaat Imanuel Oepura",
        "Gereja Katedral Kristus Raja",
        "GMIT Jemaat Betel Oesapa",
        "Gereja St. Yosef Naikoten",
        "Masjid Agung Al-Baitul Qadim",
        "GMIT Jemaat Pniel Oebufu",
        "Paroki St. Maria Assumpta",
    ),
    "toko": (
        "Toko Sumber Berkat",
        "Toko Bangunan Harapan Jaya",
        "Kios Sejahtera",
        "Toko Sinar Timor",
        "Apotek Kimia Farma Oebobo",
        "Apotek Sehat Selalu",
        "Toko Pelita Baru",
        "Kios Pulsa Flobamora",
        "Depot Air Segar Oesapa",
        "Bengkel Motor Karya Muda",
    ),
    "cv": (
        "CV Lontar Perkasa",
        "CV Karya Timor Mandiri",
        "CV Cahaya Sasando",
        "PT Flobamora Bangun Nusa",
        "CV Tunas Oebufu",
        "UD Sumber Rejeki Alak",
        "CV Nusa Permai",
        "PT Kupang Beton Jaya",
    ),
    "kop": (
        "Koperasi Serba Usaha Lontar Jaya",
        "KSP Kopdit Swastisari",
        "Koperasi Nelayan Teluk Kupang",
        "KSP Pintu Air",
        "Koperasi Pedagang Pasar Oeba",
    ),
}
OFFICES = (
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Sosial",
    "Dinas PUPR",
    "Dinas Lingkungan Hidup dan Kebersihan",
    "Dinas Kesehatan",
    "Badan Pendapatan Daerah",
    "Dinas Perhubungan",
    "Dinas Pendidikan dan Kebudayaan",
    "BPBD",
    "Satpol PP",
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
MOBILE_PREFIXES = (
    "0811",
    "0812",
    "0813",
    "0821",
    "0822",
    "0823",
    "0852",
    "0853",
    "0851",
    "0814",
    "0815",
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
    "0881",
    "0882",
    "0831",
    "0838",
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
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# ---------------------------------------------------------------- checks' word lists

OPENERS = frozenset(
    words(
        "bapak ibu pak bu bpk sdr sdri ny nn tn om tanta tante mama bapa mace pace oma opa kak kaka "
        "kakak adik ade nona nyong bidan guru lurah camat ketua sekretaris bendahara pdt pendeta dr "
        "drs dra ir hj h alm almh almarhum almarhumah pelapor petugas pasien kader penelepon ttd sy "
        "saya beta sa aku nama yth dari from to cc kepada admin bli mbak mas koh cik ci pemilik sopir "
        "dokter pastor romo suster sr serka bripka briptu brigpol aipda ipda iptu akp kompol sertu "
        "pelda kapten mayor kanit kades an a.n a/n keluarga kel warga tetangga anak istri suami cucu "
        "pak.rt ketua.rt kakek nenek mantri perawat pegawai staf operator pendamping"
    )
)
ADDRESS_OPENERS = (
    "jl.",
    "jln.",
    "jln",
    "jalan",
    "gg.",
    "gang",
    "lr.",
    "lorong",
    "rt",
    "rt.",
    "rt/rw",
    "perumnas",
    "perum",
    "perumahan",
    "btn",
    "griya",
    "kompleks",
    "komp.",
)
LETTER_DIGITS = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}
DODGES = ("(at)", "[at]", " at ", "(keong)", "(et)", "[@]", "(titik)", " titik ", "[dot]", " dot ")

# ---------------------------------------------------------------- numbers


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    parts = []
    at = 0
    for size in sizes:
        if at >= len(number):
            break
        parts.append(number[at : at + size])
        at += size
    if at < len(number):
        parts.append(number[at:])
    return sep.join(parts)


def letters_for_digits(rng: random.Random, number: str, count: int) -> str:
    """Read ``count`` of the digits 0, 1, 5 and 8 as the letters a scan or a hand gives them."""
    chars = list(number)
    spots = [i for i, c in enumerate(chars) if c in "0158" and i > 0]
    rng.shuffle(spots)
    for i in spots[:count]:
        chars[i] = rng.choice({"0": "OOo", "1": "lI", "5": "S", "8": "B"}[chars[i]])
    return "".join(chars)


def mobile_digits(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + digits(rng, rng.choice((7, 8, 8, 8, 9)))


MOBILE_STYLES = (
    "plain",
    "plain",
    "dash",
    "space",
    "dot",
    "intl",
    "intl_plain",
    "62plain",
    "62space",
    "space",
)


def tail_sizes(count: int) -> tuple[int, ...]:
    return {7: (3, 4), 8: (4, 4), 9: (4, 5)}.get(count, (4, 4, 4))


def write_mobile(rng: random.Random, number: str, style: str) -> str:  # noqa: PLR0911, PLR0912
    rest = number[1:]
    if len(number) == 11:
        sizes = rng.choice(((4, 3, 4), (4, 4, 3)))
    elif len(number) == 13:
        sizes = (4, 4, 5)
    else:
        sizes = (4, 4, 4)
    if style == "plain":
        return number
    if style == "dash":
        return group(number, sizes, "-")
    if style == "space":
        return group(number, sizes, " ")
    if style == "dot":
        return group(number, sizes, ".")
    if style == "intl":
        return "+62 " + rest[:3] + "-" + group(rest[3:], tail_sizes(len(rest) - 3), "-")
    if style == "intl_plain":
        return "+62" + rest
    if style == "62plain":
        return "62" + rest
    if style == "62space":
        return "62 " + rest[:3] + " " + group(rest[3:], tail_sizes(len(rest) - 3), " ")
    if style == "letters":
        return letters_for_digits(
            rng, group(number, sizes, rng.choice(("-", " ", ""))), rng.randint(2, 3)
        )
    if style == "odd":
        sep = rng.choice(("_", " • ", "·", " · "))
        return group(number, sizes, sep)
    if style == "broken":
        cut = rng.choice((4, 8)) if len(number) > 10 else 4
        head, tail = number[:cut], number[cut:]
        return group(head, (4, 4), " ") + "\n" + tail
    if style == "bracket":
        return "(+62) " + rest[:3] + " " + group(rest[3:], tail_sizes(len(rest) - 3), " ")
    if style == "nbsp":
        return group(number, sizes, "\u00a0")
    raise SystemExit(f"unknown mobile style {style}")


def fixed_line(rng: random.Random, number: str | None = None) -> str:
    local = number or ("8" + digits(rng, 5))
    return rng.choice(
        (
            f"0380 {local}",
            f"(0380) {local}",
            f"0380-{local}",
            f"(0380) {local[:3]} {local[3:]}",
            f"0380 {local[:3]} {local[3:]}",
            f"0380-{local[:3]}-{local[3:]}",
        )
    )


OLD_NPWP_HEADS = (
    "07",
    "08",
    "09",
    "15",
    "24",
    "25",
    "34",
    "35",
    "44",
    "45",
    "46",
    "47",
    "49",
    "54",
    "55",
    "58",
    "59",
    "66",
    "67",
    "68",
    "69",
    "72",
    "73",
    "75",
    "76",
    "79",
    "80",
    "82",
    "83",
    "84",
    "85",
    "86",
    "88",
    "89",
    "91",
    "92",
    "93",
    "94",
    "96",
    "97",
    "98",
    "99",
)


def old_npwp(rng: random.Random, body: bool = False) -> str:
    head = rng.choice(("01", "02", "03")) if body else rng.choice(OLD_NPWP_HEADS)
    return (
        head
        + digits(rng, 6)
        + rng.choice("0123456789")
        + rng.choice(("920", "920", "920", "921", "922"))
        + "000"
    )


def npwp_dotted(n: str) -> str:
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}"


def npwp_spaced(n: str) -> str:
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8]} {n[9:12]} {n[12:]}"


def npwp_scanned(rng: random.Random, n: str) -> str:
    dotted = npwp_dotted(n)
    if rng.random() < 0.5:
        return dotted.replace(".", ",", 1)
    return dotted[:-3] + "OOO"


BANKS = ("bri", "bni", "mdr", "ntt", "bca", "bsi")
BANK_NAME = {
    "bri": "BRI",
    "bni": "BNI",
    "mdr": "Mandiri",
    "ntt": "Bank NTT",
    "bca": "BCA",
    "bsi": "BSI",
}


def account(rng: random.Random, bank: str) -> str:
    if bank == "bri":
        n = (
            rng.choice("012345")
            + digits(rng, 3)
            + "01"
            + digits(rng, 6)
            + rng.choice(("50", "51", "53"))
            + digits(rng, 1)
        )
        return rng.choice((n, group(n, (4, 2, 6, 2, 1), "-")))
    if bank == "bni":
        return rng.choice(("0", "1", "0")) + digits(rng, 9)
    if bank == "mdr":
        n = rng.choice(("1", "9", "1")) + digits(rng, 12)
        return rng.choice((n, group(n, (3, 2, 7, 1), "-")))
    if bank == "ntt":
        n = (
            rng.choice(("001", "002", "003", "017", "022"))
            + rng.choice(("01", "02", "03"))
            + rng.choice(("01", "02"))
            + digits(rng, 6)
            + digits(rng, 1)
        )
        return rng.choice((n, f"{n[:3]}.{n[3:5]}.{n[5:7]}.{n[7:13]}-{n[13]}"))
    if bank == "bca":
        n = rng.choice(("3", "0", "8", "1")) + digits(rng, 9)
        return rng.choice((n, group(n, (3, 3, 4), "-")))
    if bank == "bsi":
        return "7" + digits(rng, 9)
    raise SystemExit(f"unknown bank {bank}")


def dotted_amount(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def working(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


# ---------------------------------------------------------------- people

PERSON_KEY = re.compile(r"^([wm])([oyckb]?)([TRSFUABGNJCK]?)(\d+)$")
CHILD_AGES = ("c", "k", "b")


class Home:
    """A household's home: street, RT/RW, home line, family card and kelurahan."""

    def __init__(self, rng: random.Random, head_regency: str) -> None:
        self.kel = rng.choice(KELS)
        self.kec = KECAMATAN_OF[self.kel]
        n = rng.randint(1, 140)
        house = f"{n}{rng.choice(('', '', '', '', 'A', 'B'))}"
        street = rng.choice(HOME_STREETS).replace("_", " ")
        lane = rng.choice(HOME_LANES).replace("_", " ")
        style = rng.randrange(9)
        if style == 0:
            self.street = f"Jl. {street} No. {house}"
        elif style == 1:
            self.street = f"Jl. {street} No.{house}"
        elif style == 2:
            self.street = f"Jln. {street} no {house}"
        elif style == 3:
            self.street = f"Jalan {street} Nomor {house}"
        elif style == 4:
            self.street = f"Gg. {lane} No. {house}"
        elif style == 5:
            self.street = f"Jl. {street} Gg. {rng.randint(1, 9)} No. {house}"
        elif style == 6:
            self.street = f"Lr. {lane} No. {house}"
        elif style == 7:
            self.street = f"Jl. {street}, Gg. {lane} No. {house}"
        else:
            self.street = f"Jl. {street} No. {house}"
        estate = rng.choice(ESTATES)
        self.block = estate.format(
            B=rng.choice("ABCDEFGHJK"), d=rng.randint(1, 6), n=rng.randint(1, 60)
        )
        self.rt_n = rng.randint(1, 42)
        self.rw_n = rng.randint(1, 14)
        rt, rw = self.rt_n, self.rw_n
        self.rt = rng.choice(
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
        self.rt_alone = rng.choice((f"RT {rt:02d}", f"RT {rt}", f"RT {rt:03d}"))
        self.rt_pair = f"{rt:03d}/{rw:03d}"
        self.telr_local = "8" + digits(rng, 5)
        self.telr = fixed_line(rng, self.telr_local)
        issued = date(rng.randint(2009, 2025), rng.randint(1, 12), rng.randint(1, 28))
        district = f"{rng.randint(1, 6):02d}"
        self.kk = f"53{head_regency}{district}{issued:%d%m%y}{rng.randint(1, 190):04d}"
        reissued = date(rng.randint(2020, 2025), rng.randint(1, 12), rng.randint(1, 28))
        self.kk_new = f"53{head_regency}{district}{reissued:%d%m%y}{rng.randint(1, 190):04d}"


class Person:
    """One invented person: name, numbers, mailbox, accounts, plate and home."""

    def __init__(
        self,
        rng: random.Random,
        key: str,
        home: Home | None,
        family: str | None,
        origin: str | None,
        *,
        born_before: date,
    ) -> None:
        match = PERSON_KEY.match(key)
        if not match:
            raise SystemExit(f"not a person's key: {key}")
        sex, age, forced, _ = match.groups()
        self.sex = sex
        self.woman = sex == "w"
        if forced and forced != "K":
            origin = ORIGIN_OF[forced]
        if origin is None:
            origin = rng.choices([o for o, _ in ORIGIN_WEIGHTS], [w for _, w in ORIGIN_WEIGHTS])[0]
        self.origin = origin
        year = {
            "o": (1942, 1960),
            "y": (1997, 2006),
            "c": (2009, 2016),
            "k": (2021, 2024),
            "b": (2025, 2025),
        }.get(age, (1961, 1996))
        self.born = date(rng.randint(*year), rng.randint(1, 12), rng.randint(1, 28))
        if age == "b":  # a baby: born on the text's birth date, a few weeks before its first date
            self.born = born_before
        self.child = age in CHILD_AGES
        self.middle = ""
        self.name_family(rng, origin, family)
        self.nick = rng.choice(NICK[sex])
        # numbers
        kota = forced == "K" or rng.random() < 0.55
        self.regency = "71" if kota else rng.choice(REGENCY_OF[origin])
        day = self.born.day + (40 if self.woman else 0)
        self.nik = f"53{self.regency}{rng.randint(1, 6):02d}{day:02d}{self.born:%m}{self.born:%y}{rng.randint(1, 320):04d}"
        self.nik_style = rng.choice("ppppggdds")
        self.old_npwp = old_npwp(rng)
        self.npwp_style = rng.choice("ddddsp")
        self.bpjs = "000" + rng.choice("0123456789") + digits(rng, 9)
        self.bpjs_grouped = rng.random() < 0.3
        self.mobile = mobile_digits(rng)
        self.mobile2 = mobile_digits(rng)
        self.mobile_style = rng.choice(MOBILE_STYLES)
        self.mobile_wrong = self.mobile[:-3] + digits(rng, 3)
        while self.mobile_wrong == self.mobile:
            self.mobile_wrong = self.mobile[:-3] + digits(rng, 3)
        self.accounts = {bank: account(rng, bank) for bank in BANKS}
        self.bank = rng.choice(("bri", "bri", "bni", "mdr", "ntt", "ntt", "bca", "bsi"))
        region = PLATE_REGION.get(origin, "DH")
        if rng.random() < 0.25:
            region = "DH"
        plate_digits = str(rng.randint(1001, 6999))
        plate_letters = "".join(
            rng.choice("ABCDEFGHKLMNPRSTUVWXY") for _ in range(rng.choice((1, 2, 2, 2)))
        )
        self.plate = rng.choice(
            (
                f"{region} {plate_digits} {plate_letters}",
                f"{region} {plate_digits} {plate_letters}",
                f"{region}{plate_digits}{plate_letters}",
            )
        )
        self.home = home or Home(rng, self.regency)
        self.job = "pelajar" if self.child else rng.choice(JOBS)
        self.birthplace = rng.choice(
            (
                "Kupang",
                "Kupang",
                "Soe",
                "Kefamenanu",
                "Atambua",
                "Ba'a",
                "Seba",
                "Ende",
                "Maumere",
                "Larantuka",
                "Waingapu",
                "Kalabahi",
                "Ruteng",
                "Bajawa",
                "Lewoleba",
            )
        )
        self.mail_local = self.make_local(rng)
        self.mail_host = rng.choice(FREE_HOSTS)

    def name_family(self, rng: random.Random, origin: str, family: str | None) -> None:  # noqa: PLR0912
        sex = self.sex
        if origin in ("timor", "rote", "sabu", "alor", "flores"):
            pool = GIVEN[(sex, "ntt")]
            if origin == "flores" and rng.random() < 0.6:
                pool = GIVEN[(sex, "flores")]
            if origin == "alor" and rng.random() < 0.35:
                pool = GIVEN[(sex, "muslim")]
            self.given = rng.choice(pool)
            if not self.child and rng.random() < 0.3:
                self.middle = rng.choice(pool)
                while self.middle == self.given:
                    self.middle = rng.choice(pool)
            if family:
                self.family = family
            elif origin == "sabu" and rng.random() < 0.25:
                self.family = rng.choice(TWO_WORD_FAMILIES)
            else:
                self.family = rng.choice(FAMILY[origin])
            self.full = " ".join(x for x in (self.given, self.middle, self.family) if x)
            self.call = self.given
        elif origin == "sumba":
            self.given = ("Rambu " if self.woman else "Umbu ") + rng.choice(SUMBA_GIVEN[sex])
            self.family = family or rng.choice(FAMILY["sumba"])
            self.full = f"{self.given} {self.family}"
            self.call = self.given
        elif origin == "bali":
            order, names = BALI[sex]
            self.call = rng.choice(order)
            self.family = rng.choice(names)
            self.given = ("Ni " if self.woman else "I ") + self.call
            self.full = f"{self.given} {self.family}"
        elif origin == "bugis":
            given, daeng = BUGIS[sex]
            self.given = rng.choice(given)
            self.family = "Daeng " + rng.choice(daeng)
            self.full = f"{self.given} {self.family}"
            self.call = self.given
        elif origin == "buton":
            self.full = rng.choice(BUTON[sex])
            parts = self.full.split()
            self.given = parts[-1]
            self.family = parts[-1]
            self.call = parts[-1]
        elif origin == "java":
            self.full = rng.choice(JAVA[sex])
            self.given, self.family = self.full.split(" ", 1)
            self.call = self.given
        else:  # chinese
            self.family = family or rng.choice(CHINESE["family"])
            if rng.random() < 0.6:
                self.given = rng.choice(CHINESE[sex])
                self.full = f"{self.family} {self.given}"
            else:
                self.given = rng.choice(CHINESE["christian_" + sex])
                self.full = f"{self.given} {self.family}"
            self.call = self.given

    def name_words(self) -> set[str]:
        found = set()
        for part in (self.full, self.nick, self.call):
            for word in re.findall(r"[A-Za-z']+", part):
                if word.lower() not in PARTICLES:
                    found.add(word.lower())
        return found

    def make_local(self, rng: random.Random) -> str:
        given = re.sub(r"[^a-z]", "", self.call.lower().split()[-1])
        family = re.sub(r"[^a-z]", "", self.family.lower().split()[-1])
        nick = self.nick.lower()
        yy = f"{self.born:%y}"
        n = str(rng.randint(1, 99))
        return rng.choice(
            (
                f"{given}.{family}{yy}",
                f"{given}{family}",
                f"{nick}{family}{n}",
                f"{given}_{family}",
                f"{family}.{given}{yy}",
                f"{nick}.{given}",
                f"{given}{yy}{family}",
                f"{family}{given}{n}",
                f"{given}.{nick}{yy}",
            )
        )

    # -- name writings
    def initials(self, rng: random.Random) -> str:
        letters = [w[0].upper() for w in self.full.split() if w.lower() not in PARTICLES]
        return rng.choice(("".join(letters), ".".join(letters)))

    def scan(self, rng: random.Random) -> str:
        name = self.full.upper()
        longest = max(name.split(), key=len)
        if rng.random() < 0.5 and len(longest) > 4:
            cut = rng.randint(2, len(longest) - 2)
            noisy = longest[:cut] + " " + longest[cut:]
        else:
            table = {"O": "0", "I": "1", "S": "5", "B": "8"}
            spots = [i for i, c in enumerate(longest) if c in table and i > 0]
            if not spots:
                cut = rng.randint(2, len(longest) - 2) if len(longest) > 4 else 1
                noisy = longest[:cut] + " " + longest[cut:]
            else:
                i = rng.choice(spots)
                noisy = longest[:i] + table[longest[i]] + longest[i + 1 :]
        return name.replace(longest, noisy, 1)

    def misspelt(self, rng: random.Random) -> str:
        parts = self.full.split()
        i = max(range(len(parts)), key=lambda j: len(parts[j]))
        word = parts[i]
        at = rng.randint(1, len(word) - 2)
        how = rng.randrange(3)
        if how == 0:
            word = word[:at] + word[at] + word[at:]
        elif how == 1:
            word = word[:at] + word[at + 1 :]
        else:
            swap = {
                "a": "e",
                "e": "a",
                "i": "y",
                "y": "i",
                "o": "u",
                "u": "o",
                "k": "c",
                "c": "k",
                "s": "z",
                "d": "t",
                "t": "d",
            }
            letter = word[at].lower()
            new = swap.get(letter, "h")
            word = word[:at] + (new.upper() if word[at].isupper() else new) + word[at + 1 :]
        parts[i] = word
        return " ".join(parts)

    # -- identity numbers
    def nik_writing(self, rng: random.Random, style: str) -> str:  # noqa: PLR0911
        n = self.nik
        if style == "p":
            return n
        if style == "g":
            return group(n, (4, 4, 4, 4), " ")
        if style == "d":
            return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"
        if style == "s":
            return f"{n[:6]} {n[6:12]} {n[12:]}"
        if style == "l":
            return letters_for_digits(rng, n, rng.randint(2, 3))
        if style == "r":
            return group(n, (2,) * 8, " ")
        if style == "c":
            return group(n, (4, 4, 4, 4), ", ")
        if style == "n":
            cut = rng.choice((4, 6, 8, 10, 12))
            return n[:cut] + "\n" + n[cut:]
        if style == "x":
            at = rng.randint(6, 14)
            return n[:at] + n[at + 1 :] if rng.random() < 0.5 else n[:at] + n[at] + n[at:]
        if style == "w":
            at = rng.randint(12, 15)
            new = rng.choice([d for d in "0123456789" if d != n[at]])
            return n[:at] + new + n[at + 1 :]
        raise SystemExit(f"unknown NIK style {style}")

    def kk_writing(self, rng: random.Random, style: str) -> str:
        n = self.home.kk
        if style == "p":
            return n
        if style == "g":
            return group(n, (4, 4, 4, 4), " ")
        if style == "l":
            return letters_for_digits(rng, n, rng.randint(2, 3))
        if style == "n":
            cut = rng.choice((4, 6, 8, 10))
            return n[:cut] + "\n" + n[cut:]
        if style == "w":
            at = rng.randint(12, 15)
            new = rng.choice([d for d in "0123456789" if d != n[at]])
            return n[:at] + new + n[at + 1 :]
        if style == "b":
            return self.home.kk_new
        raise SystemExit(f"unknown KK style {style}")

    def npwp_writing(self, rng: random.Random, style: str) -> str:  # noqa: PLR0911
        n = self.old_npwp
        if style == "d":
            return npwp_dotted(n)
        if style == "s":
            return npwp_spaced(n)
        if style == "p":
            return n
        if style == "l":
            return npwp_scanned(rng, n)
        if style == "z":
            return "0" + n
        if style == "n":
            return self.nik
        if style == "t":
            return self.nik + "000000"
        if style == "b":
            dotted = npwp_dotted(n)
            cut = rng.choice((6, 9, 11))
            return dotted[:cut] + "\n" + dotted[cut:]
        raise SystemExit(f"unknown NPWP style {style}")

    def bpjs_writing(self, rng: random.Random, style: str) -> str:
        n = self.bpjs
        if style == "p":
            return n
        if style == "g":
            return group(n, (4, 4, 4, 1), " ")
        if style == "l":
            return letters_for_digits(rng, n, 2)
        raise SystemExit(f"unknown BPJS style {style}")

    def mailbox(self, rng: random.Random, style: str) -> str:
        local, host = self.mail_local, self.mail_host
        if style == "p":
            return f"{local}@{host}"
        if style == "k":
            return f"{self.call.lower().split()[-1]}.{re.sub('[^a-z]', '', self.family.lower().split()[-1])}@kupangkota.go.id"
        if style == "d":
            name, _, tld = host.partition(".")
            return rng.choice(
                (
                    f"{local} @ {host}",
                    f"{local}(at){host}",
                    f"{local} [at] {name} [dot] {tld}",
                    f"{local} at {name} dot {tld}",
                    f"{local}(keong){name}(titik){tld}",
                    f"{local}[@]{host}",
                    f"{local} @{host}",
                    f"{local}@{name},{tld}",
                    f"{local} (et) {host}",
                )
            )
        if style == "c":
            cut = rng.randrange(3)
            if cut == 0:
                return f"{local}\n@{host}"
            if cut == 1:
                return f"{local}@\n{host}"
            name, _, tld = host.rpartition(".")
            return f"{local}@{name}.\n{tld}"
        raise SystemExit(f"unknown mailbox style {style}")


def person_value(person: Person, gen: str, rng: random.Random) -> str:  # noqa: PLR0911, PLR0912
    p = person
    if gen == "nama":
        return p.full
    if gen == "dpn":
        return p.call
    if gen == "dpn2":
        return " ".join(x for x in (p.given, p.middle) if x)
    if gen == "marga":
        return p.family
    if gen == "pgl":
        return p.nick
    if gen == "inis":
        return (
            f"{p.full.split()[0][0]}. {p.family}"
            if p.origin not in ("bali", "buton", "java", "bugis", "chinese")
            else p.full
        )
    if gen == "inik":
        return p.initials(rng)
    if gen == "scan":
        return p.scan(rng)
    if gen == "salah":
        return p.misspelt(rng)
    if gen.startswith("nik"):
        return p.nik_writing(rng, gen[3:] or p.nik_style)
    if gen.startswith("kk"):
        return p.kk_writing(rng, gen[2:] or rng.choice("ppg"))
    if gen == "nitku":
        return p.npwp_writing(rng, "t")
    if gen.startswith("npwp"):
        return p.npwp_writing(rng, gen[4:] or p.npwp_style)
    if gen.startswith("bpjs"):
        return p.bpjs_writing(rng, gen[4:] or ("g" if p.bpjs_grouped else "p"))
    if gen == "telr":
        return p.home.telr
    if gen == "hpb":
        return write_mobile(rng, p.mobile2, p.mobile_style)
    if gen == "hpw":
        return write_mobile(rng, p.mobile_wrong, p.mobile_style)
    if gen.startswith("hp"):
        style = {
            "": p.mobile_style,
            "p": "plain",
            "d": "dash",
            "s": "space",
            "t": "dot",
            "i": "intl",
            "j": "intl_plain",
            "62": "62plain",
            "l": "letters",
            "u": "odd",
            "n": "broken",
            "c": "bracket",
            "x": "nbsp",
        }[gen[2:]]
        return write_mobile(rng, p.mobile, style)
    if gen.startswith("mail"):
        return p.mailbox(rng, gen[4:] or "p")
    if gen == "rek":
        return p.accounts[p.bank]
    if gen in BANKS:
        return p.accounts[gen]
    if gen == "bank":
        return BANK_NAME[p.bank]
    if gen == "rmh":
        return p.home.street
    if gen == "blok":
        return p.home.block
    if gen == "rt":
        return p.home.rt
    if gen == "rtl":
        return p.home.rt_alone
    if gen == "rtp":
        return p.home.rt_pair
    if gen == "alamat":
        return f"{p.home.street}, {p.home.rt}"
    if gen == "plat":
        return p.plate
    if gen == "platr":
        return p.plate.replace(" ", "")
    # attributes, none of the ten kinds
    if gen == "umur":
        return str(2026 - p.born.year)
    if gen == "lahir":
        return f"{p.born:%d-%m-%Y}"
    if gen == "lahirl":
        return f"{p.born.day} {MONTHS[p.born.month - 1]} {p.born.year}"
    if gen == "thnl":
        return str(p.born.year)
    if gen == "thnx":
        return str(p.born.year + rng.choice((-10, 10, -2, 2, 20)))
    if gen == "tempat":
        return p.birthplace
    if gen == "ttl":
        return f"{p.birthplace}, {p.born:%d-%m-%Y}"
    if gen == "jk":
        return "Perempuan" if p.woman else "Laki-laki"
    if gen == "jks":
        return "P" if p.woman else "L"
    if gen == "kerja":
        return p.job
    if gen == "kel":
        return p.home.kel
    if gen == "kec":
        return p.home.kec
    if gen == "bankn":
        return BANK_NAME[p.bank]
    raise SystemExit(f"unknown person generator {gen}")


PERSON_KIND = {
    **dict.fromkeys(
        ("nama", "dpn", "dpn2", "marga", "pgl", "inis", "inik", "scan", "salah"), "name"
    ),
    **dict.fromkeys(
        ("nik", "nikp", "nikg", "nikd", "niks", "nikl", "nikr", "nikc", "nikn", "nikx", "nikw"),
        "nik",
    ),
    **dict.fromkeys(("kk", "kkp", "kkg", "kkl", "kkn", "kkw", "kkb"), "kk"),
    **dict.fromkeys(
        ("npwp", "npwpd", "npwps", "npwpp", "npwpl", "npwpz", "npwpn", "npwpb", "nitku"), "npwp"
    ),
    **dict.fromkeys(("bpjs", "bpjsp", "bpjsg", "bpjsl"), "bpjs"),
    **dict.fromkeys(
        (
            "hp",
            "hpp",
            "hpd",
            "hps",
            "hpt",
            "hpi",
            "hpj",
            "hp62",
            "hpl",
            "hpu",
            "hpn",
            "hpc",
            "hpx",
            "hpb",
            "hpw",
            "telr",
        ),
        "phone",
    ),
    **dict.fromkeys(("mail", "mailp", "mailk", "maild", "mailc"), "email"),
    **dict.fromkeys(("rek", *BANKS), "bank_account"),
    **dict.fromkeys(("rmh", "blok", "rt", "rtl", "rtp", "alamat"), "address"),
    **dict.fromkeys(("plat", "platr"), "plate"),
}
ATTRIBUTES = frozenset(
    {
        "thnl",
        "thnx",
        "umur",
        "lahir",
        "lahirl",
        "tempat",
        "ttl",
        "jk",
        "jks",
        "kerja",
        "kel",
        "kec",
        "bank",
        "bankn",
    }
)


# ---------------------------------------------------------------- one text's values

AMOUNTS = {  # (low, high, step) by the key's first letter
    "k": (2_000, 50_000, 500),
    "s": (50_000, 500_000, 5_000),
    "b": (500_000, 5_000_000, 25_000),
    "j": (5_000_000, 45_000_000, 250_000),
    "v": (7_500_000, 18_000_000, 250_000),
}
TIME_SERIES = {
    "a": (6, 9),
    "b": (9, 11),
    "c": (12, 15),
    "d": (15, 18),
    "e": (18, 21),
    "f": (21, 23),
}


class Fill:
    """The values of one text: its people, dates, times, places and look-alike numbers."""

    def __init__(self, rng: random.Random, houses: list[list[str]]) -> None:
        self.rng = rng
        self.kin = {k[1:] for house in houses for k in house if k.startswith("*")}
        self.houses = [[k.lstrip("*") for k in house] for house in houses]
        self.people: dict[str, Person] = {}
        self.homes: dict[str, Home] = {}
        self.kids_family: dict[str, str] = {}
        self.taken: set[str] = set()
        self.values: dict[tuple[str, str], str] = {}
        self.places: dict[str, set[str]] = {}
        start = date(2026, 1, 5) + timedelta(days=rng.randint(0, 320))
        self.day1 = working(start)
        self.baby_born = self.day1 - timedelta(days=rng.randint(12, 60))
        self.dates: dict[str, date] = {"1": self.day1}
        self.times: dict[str, int] = {}

    # -- people
    def house_of(self, key: str) -> list[str] | None:
        for house in self.houses:
            if key in house:
                return house
        return None

    def person(self, key: str) -> Person:
        if key in self.people:
            return self.people[key]
        house = self.house_of(key)
        home = None
        family = None
        origin = None
        shared: set[str] = set()
        if house and house[0] != key:
            head = self.person(house[0])
            home = head.home
            kin = key in self.kin or PERSON_KEY.match(key).group(2) in CHILD_AGES
            if kin:
                origin = head.origin
            if kin and head.origin not in ("bali", "bugis", "buton", "java"):
                family = self.children_family(house, head)
                shared = {w.lower() for w in re.findall(r"[A-Za-z']+", family)}
        if not house and PERSON_KEY.match(key).group(2) in CHILD_AGES and self.people:
            origin = next(iter(self.people.values())).origin  # a child is most often the writer's
        for _ in range(200):
            person = Person(self.rng, key, home, family, origin, born_before=self.baby_born)
            mine = person.name_words()
            if not (mine - shared) & self.taken and person.nick.lower() not in shared:
                break
        else:
            raise SystemExit(f"cannot draw a person for {key}")
        self.taken |= mine
        self.people[key] = person
        return person

    def children_family(self, house: list[str], head: Person) -> str:
        """The family name a household's children carry: the father's (a woman heading the
        household gives her children their absent father's family name, drawn once)."""
        key = house[0]
        if key not in self.kids_family:
            if not head.woman or head.origin == "chinese":
                self.kids_family[key] = head.family
            else:
                for _ in range(100):
                    name = self.rng.choice(FAMILY[head.origin])
                    if name.lower() not in self.taken:
                        break
                self.kids_family[key] = name
                self.taken.add(name.lower())
        return self.kids_family[key]

    # -- dates and times
    def day(self, key: str) -> date:
        if key in self.dates:
            return self.dates[key]
        rng = self.rng
        if key.isdigit():
            n = int(key)
            if n == 0:
                self.dates[key] = working(self.day1 - timedelta(days=rng.randint(8, 40)))
                while self.dates[key] >= self.day1:
                    self.dates[key] -= timedelta(days=7)
            else:
                previous = self.day(str(n - 1))
                self.dates[key] = working(previous + timedelta(days=rng.randint(1, 4)))
        elif key.startswith("y"):
            self.dates[key] = date(rng.randint(2017, 2024), rng.randint(1, 12), rng.randint(1, 28))
        elif key.startswith("b"):
            self.dates[key] = self.day1 - timedelta(days=rng.randint(40, 300))
        else:
            raise SystemExit(f"unknown date key {key}")
        return self.dates[key]

    def minute(self, key: str) -> int:
        if key in self.times:
            return self.times[key]
        series, n = key[0], int(key[1:])
        if n == 1:
            low, high = TIME_SERIES[series]
            value = self.rng.randint(low * 60, high * 60 - 1)
        else:
            value = min(self.minute(f"{series}{n - 1}") + self.rng.randint(1, 23), 23 * 60 + 59)
        self.times[key] = value
        return value

    def place(self, pool: str, key: str, choices: tuple[str, ...]) -> str:
        used = self.places.setdefault(pool, set())
        free = [c for c in choices if c not in used] or list(choices)
        value = self.rng.choice(free)
        used.add(value)
        return value

    # -- values
    def value(self, gen: str, key: str) -> str:
        memo = (gen, key)
        if memo not in self.values:
            if PERSON_KEY.match(key):
                self.values[memo] = person_value(self.person(key), gen, self.rng)
            else:
                self.values[memo] = self.other(gen, key)
        return self.values[memo]

    def other(self, gen: str, key: str) -> str:  # noqa: PLR0911, PLR0912
        rng = self.rng
        if gen.startswith("tgl") or gen in ("hari", "bln", "thn", "blr", "hr"):
            d = self.day(key)
            if gen == "tgl":
                return f"{d:%d/%m/%Y}"
            if gen == "tgld":
                return f"{d:%d-%m-%Y}"
            if gen == "tgll":
                return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
            if gen == "tglh":
                return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
            if gen == "tglw":
                return f"{d:%d/%m/%y}"
            if gen == "tgls":
                return f"{d.day}/{d.month}"
            if gen == "tglp":
                return f"{d:%Y-%m-%d}"
            if gen == "tgle":
                return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
            if gen == "tglm":
                return f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}"
            if gen == "tglb":
                return f"{d.day} {MONTHS[d.month - 1]}"
            if gen == "hari":
                return DAYS[d.weekday()]
            if gen == "hr":
                return DAYS[d.weekday()].lower()
            if gen == "bln":
                return MONTHS[d.month - 1]
            if gen == "thn":
                return str(d.year)
            if gen == "blr":
                return ROMAN[d.month - 1]
        if gen in ("jam", "jamc", "jams"):
            m = self.minute(key)
            sep = {"jam": ".", "jamc": ":", "jams": "."}[gen]
            return (
                f"{m // 60:02d}{sep}{m % 60:02d}"
                if gen != "jams"
                else f"{m // 60}{sep}{m % 60:02d}"
            )
        if gen in ("rp", "rpn", "rps"):
            low, high, step = AMOUNTS[key[0]]
            amount = rng.randrange(low, high + 1, step)
            if gen == "rpn":
                return dotted_amount(amount)
            if gen == "rps":
                return f"Rp{dotted_amount(amount)}"
            return f"Rp {dotted_amount(amount)}"
        if gen == "n":
            return str(rng.randint(41, 400) if key.startswith("b") else rng.randint(2, 40))
        if gen == "tiket":
            d = self.day1
            return rng.choice(
                (
                    str(rng.randint(1_000_000, 9_999_999)),
                    f"KPG-{d:%Y%m}-{rng.randint(10000, 99999)}",
                    f"SP4N-{d:%y%m%d}-{rng.randint(1000, 9999)}",
                )
            )
        if gen == "reg":
            return f"UPK/{rng.randint(100, 999)}/{ROMAN[self.day1.month - 1]}/{self.day1.year}"
        if gen == "lp":
            return f"LP/B/{rng.randint(100, 999)}/{ROMAN[self.day1.month - 1]}/{self.day1.year}/SPKT/POLRESTA KUPANG KOTA/POLDA NTT"
        if gen == "va":
            n = "88" + rng.choice(("1", "3", "8")) + digits(rng, 13)
            return rng.choice((n, group(n, (4, 4, 4, 4), " ")))
        if gen == "billing":
            return rng.choice("12345678") + digits(rng, 14)
        if gen == "kodebayar":
            return f"{self.day1:%y%m%d}" + digits(rng, 10)
        if gen == "plnid":
            return rng.choice(("53", "53", "54")) + digits(rng, 10)
        if gen == "meter":
            return rng.choice(("14", "45", "56", "32")) + digits(rng, 9)
        if gen == "token":
            return group(digits(rng, 20), (4, 4, 4, 4, 4), rng.choice(("-", " ")))
        if gen == "samb":
            return f"{rng.randint(1, 9):02d}-{rng.randint(1, 30):02d}-{digits(rng, 6)}"
        if gen == "nop":
            return f"53.71.{rng.randint(10, 60):03d}.{rng.randint(1, 9):03d}.{rng.randint(1, 99):03d}-{rng.randint(1, 999):04d}.0"
        if gen == "nip":
            born = date(rng.randint(1968, 1995), rng.randint(1, 12), rng.randint(1, 28))
            n = f"{born:%Y%m%d}{rng.randint(born.year + 20, min(born.year + 30, 2024))}{rng.randint(1, 12):02d}{rng.choice('12')}{rng.randint(1, 30):03d}"
            return rng.choice((n, f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"))
        if gen == "rujukan":
            return f"{digits(rng, 4)}R{digits(rng, 3)}{self.day1:%m%y}B{digits(rng, 6)}"
        if gen == "nrp":
            return f"{rng.randint(70, 95)}{rng.randint(1, 12):02d}{digits(rng, 4)}"
        if gen == "nisn":
            return "00" + digits(rng, 8) if rng.random() < 0.6 else "3" + digits(rng, 9)
        if gen == "kpj":
            return rng.choice(("18", "19", "21", "22", "23")) + digits(rng, 9)
        if gen == "sim":
            return group(digits(rng, 12), (4, 4, 4), rng.choice(("-", " ", "")))
        if gen == "nib":
            return "9120" + digits(rng, 9)
        if gen == "npsn":
            return "503" + digits(rng, 5)
        if gen == "surat":
            code = rng.choice(("400.7", "470", "460", "600", "900", "503", "140", "045.2", "027"))
            return f"{code}/{rng.randint(10, 999):03d}/{key.upper()}/{ROMAN[self.day1.month - 1]}/{self.day1.year}"
        if gen == "akta":
            return f"5371-LT-{self.day1:%d%m%Y}-{rng.randint(1, 999):04d}"
        if gen == "trx":
            return f"{self.day1:%Y%m%d}" + digits(rng, 8)
        if gen == "resi":
            return rng.choice(("JX", "JP", "TKP")) + digits(rng, 10)
        if gen == "kks":
            return group("601301" + digits(rng, 10), (4, 4, 4, 4), " ")
        if gen == "antri":
            return f"{rng.choice('ABCD')}-{rng.randint(1, 140):03d}"
        if gen == "ref":
            return f"{rng.choice(('REF', 'TRX', 'INV'))}{digits(rng, 9)}"
        if gen == "telk":
            return fixed_line(rng)
        if gen == "hpk":
            return write_mobile(rng, mobile_digits(rng), rng.choice(MOBILE_STYLES))
        if gen == "hpkl":
            return write_mobile(rng, mobile_digits(rng), "letters")
        if gen == "npwpo":
            n = old_npwp(rng, body=True)
            return rng.choice((npwp_dotted(n), npwp_dotted(n), "0" + n))
        if gen == "reko":
            bank = key.rstrip("0123456789")
            return account(rng, bank)
        if gen == "rtk":
            return rng.choice(("RT ", "RT ", "Rt ")) + f"{rng.randint(1, 42):02d}"
        if gen == "nrt":
            return str(rng.randint(1, 42))
        if gen in ("kel", "kelx"):
            return self.place("kel", key, KELS)
        if gen == "kelslug":
            return re.sub(r"[^a-z0-9]", "", self.value("kelx", key).lower())
        if gen == "kec":
            kel = self.value("kel", key)
            return KECAMATAN_OF[kel]
        if gen == "jln":
            return self.place("jln", key, PUBLIC_STREETS)
        if gen == "dinas":
            return self.place("dinas", key, OFFICES)
        if gen in PLACES:
            return self.place(gen, key, PLACES[gen])
        if gen == "nokantor":
            return str(rng.randint(2, 120))
        raise SystemExit(f"unknown generator {gen}:{key}")


# ---------------------------------------------------------------- templates

TOKEN = re.compile(r"«(?:([a-z_]+):)?|»|\{([a-z][a-z0-9]*)([\^_]?):([A-Za-z0-9]+)\}")
ESCAPES = (("\\n", "\n"), ("\\t", "\t"), ("\\s", "\u00a0"), ("\\z", "\u200b"))


def choose(rng: random.Random, text: str) -> str:
    """Expand every ``{?a¦b¦c}`` choice, inner ones too."""
    out = []
    at = 0
    while True:
        start = text.find("{?", at)
        if start < 0:
            out.append(text[at:])
            return "".join(out)
        out.append(text[at:start])
        depth = 0
        branches = []
        last = start + 2
        i = start
        while True:
            c = text[i]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    branches.append(text[last:i])
                    break
            elif c == "¦" and depth == 1:
                branches.append(text[last:i])
                last = i + 1
            i += 1
        out.append(choose(rng, rng.choice(branches)))
        at = i + 1


def templates_of(source: str) -> list[tuple[str, list[str], str]]:
    found = []
    for block in re.split(r"(?m)^--- ", source)[1:]:
        head, _, body = block.partition("\n")
        theme, *flags = head.split()
        found.append((theme, flags, body.strip("\n")))
    return found


Span = tuple[str, int, int]
Rendered = tuple[str, list[Span], dict[int, str]]


def render(template: str, flags: list[str], rng: random.Random) -> Rendered:  # noqa: PLR0912
    houses = [flag[6:].split("+") for flag in flags if flag.startswith("house=")]
    fill = Fill(rng, houses)
    text = choose(rng, template)
    for raw, real in ESCAPES:
        text = text.replace(raw, real)
    out: list[str] = []
    length = 0
    spans: list[Span] = []
    expected: dict[int, str] = {}
    label: list[object] | None = None  # [kind, start, values, literal seen]
    at = 0
    for match in TOKEN.finditer(text):
        literal = text[at : match.start()]
        at = match.end()
        if literal:
            out.append(literal)
            length += len(literal)
            if label is not None:
                label[3] = True
        token = match.group(0)
        if token.startswith("«"):
            if label is not None:
                raise SystemExit(
                    f"a label inside a label: {text[match.start() : match.start() + 60]!r}"
                )
            label = [match.group(1), length, [], False]
        elif token == "»":
            if label is None:
                raise SystemExit(
                    f"a closing mark without a label: {text[max(0, match.start() - 60) : match.start()]!r}"
                )
            kind, start, values, literal_seen = label
            if kind is None:
                if len(values) != 1 or literal_seen:
                    raise SystemExit(
                        f"a kindless label must hold one value: {text[max(0, match.start() - 60) : match.end()]!r}"
                    )
                kind = PERSON_KIND.get(values[0][0])
                if kind is None:
                    raise SystemExit(f"no kind for {values[0][0]}")
            if len(values) == 1 and not literal_seen:
                expected[len(spans)] = values[0][1]
            spans.append((kind, start, length))
            label = None
        else:
            gen, case, key = match.group(2), match.group(3), match.group(4)
            value = fill.value(gen, key)
            if case == "^":
                value = value.upper()
            elif case == "_":
                value = value.lower()
            if PERSON_KEY.match(key) and gen not in ATTRIBUTES and label is None:
                raise SystemExit(f"a person's {gen}:{key} outside a label")
            if label is not None:
                label[2].append((gen, value))
            out.append(value)
            length += len(value)
    tail = text[at:]
    out.append(tail)
    if label is not None:
        raise SystemExit("a label left open")
    result = "".join(out)
    if "caps" in flags or "lower" in flags:
        changed = result.upper() if "caps" in flags else result.lower()
        if len(changed) != len(result):
            raise SystemExit("a change of case moved the offsets")
        result = changed
        expected = {i: (v.upper() if "caps" in flags else v.lower()) for i, v in expected.items()}
    return result, spans, expected


# ---------------------------------------------------------------- the checker

SEPARATORS = " .,-_/\u2022\u00b7\u00a0\n()+"
RUN = re.compile(
    r"[0-9OoIlSB]*\d(?:[" + re.escape(SEPARATORS) + r"]{0,3}[0-9OoIlSB]*\d[0-9OoIlSB]*)*"
)
EDGE_OK = {"phone": "+(", "email": ""}
NUMERIC = {
    "nik": (15, 17),
    "kk": (16, 16),
    "npwp": (15, 22),
    "bpjs": (13, 13),
    "bank_account": (10, 16),
    "phone": (9, 14),
}
PLATE = re.compile(r"^(DH|EB|ED)\s?\d{1,4}\s?[A-Z]{1,3}$", re.IGNORECASE)


def read_digits(value: str) -> str | None:
    """The digits of a number as written, letters read for digits; None if other letters."""
    out = []
    for c in value:
        if c.isdigit():
            out.append(c)
        elif c in LETTER_DIGITS:
            out.append(LETTER_DIGITS[c])
        elif c.isalpha():
            return None
    return "".join(out)


def inside(spans: list[Span], start: int, end: int) -> bool:
    return any(s <= start and end <= e for _, s, e in spans)


def check(text: str, spans: list[Span], expected: dict[int, str]) -> list[str]:
    problems = [f"a marker left: {m}" for m in ("«", "»", "{", "}", "¦", "\\n", "\\s") if m in text]
    ordered = sorted(spans, key=lambda s: (s[1], s[2]))
    for (_, _, end), (_, start, _) in itertools.pairwise(ordered):
        if start < end:
            problems.append("overlapping spans")
    for i, (kind, start, end) in enumerate(spans):
        value = text[start:end]
        if kind not in KINDS:
            problems.append(f"kind {kind} is none of the guide's")
        if not 0 <= start < end <= len(text):
            problems.append("a span outside its text")
            continue
        if i in expected and value != expected[i]:
            problems.append(f"span {value!r} is not its value {expected[i]!r}")
        first, last = value[0], value[-1]
        if not (first.isalnum() or first in EDGE_OK.get(kind, "")) or not last.isalnum():
            problems.append(f"{kind} span {value!r} opens or ends with a space or a mark")
        problems.extend(check_kind(kind, value))
    problems.extend(check_repeats(text, spans))
    return problems


def check_kind(kind: str, value: str) -> list[str]:  # noqa: PLR0911, PLR0912
    if kind == "name":
        first = value.split(maxsplit=1)[0].lower().rstrip(".,")
        if first in OPENERS:
            return [f"name {value!r} opens with a title, a kin word or a role"]
        if any(c in value for c in "@():;/"):
            return [f"name {value!r} holds a mark"]
        if any(c.isdigit() for c in value) and value != value.upper():
            return [f"name {value!r} holds a digit outside a scan"]
        return []
    if kind in NUMERIC:
        number = read_digits(value.replace("\u00a0", " "))
        if number is None:
            return [f"{kind} {value!r} holds letters"]
        low, high = NUMERIC[kind]
        if kind == "phone":
            if not re.match(r"^(\+62|\(\+62\)|62|0|\(0380\))", value):
                return [f"phone {value!r} does not open as a phone"]
            if number.startswith("62"):
                number = "0" + number[2:]
            if not (9 <= len(number) <= 14):
                return [f"phone {value!r} has {len(number)} digits"]
            return []
        if kind == "npwp" and len(number) not in (15, 16, 22):
            return [f"npwp {value!r} has {len(number)} digits"]
        if not low <= len(number) <= high:
            return [f"{kind} {value!r} has {len(number)} digits"]
        if kind in ("nik", "kk") and not number.startswith("53"):
            return [f"{kind} {value!r} does not open with 53"]
        if kind == "bpjs" and not number.startswith("000"):
            return [f"bpjs {value!r} does not open with 000"]
        return []
    if kind == "plate":
        return [] if PLATE.match(value) else [f"plate {value!r} is not a plate"]
    if kind == "address":
        first = value.split(maxsplit=1)[0].lower()
        if not (
            first in ADDRESS_OPENERS
            or first.startswith(("rt", "jl.", "rt/rw"))
            or re.match(r"^\d{3}/\d{3}$", value)
        ):
            return [f"address {value!r} opens with {first!r}"]
        if not any(c.isdigit() for c in value):
            return [f"address {value!r} has no number"]
        return []
    if kind == "email":
        if "@" not in value and not any(d in value for d in DODGES):
            return [f"email {value!r} has no @"]
        return []
    return []


def check_repeats(text: str, spans: list[Span]) -> list[str]:
    """Every other occurrence of a labelled value lies inside a span too."""
    problems = []
    runs = []
    for match in RUN.finditer(text):
        positions = [
            match.start() + i
            for i, c in enumerate(match.group(0))
            if c.isdigit() or c in LETTER_DIGITS
        ]
        readings = "".join(LETTER_DIGITS.get(text[p], text[p]) for p in positions)
        runs.append((readings, positions))
    for kind, start, end in spans:
        value = text[start:end]
        if kind in NUMERIC:
            number = read_digits(value.replace("\u00a0", " ")) or ""
            tail = number[-9:]
            for readings, positions in runs:
                at = readings.find(tail)
                while at >= 0:
                    hit = positions[at : at + len(tail)]
                    if not all(inside(spans, p, p + 1) for p in hit):
                        problems.append(f"{kind} {value!r} comes back unlabelled")
                    at = readings.find(tail, at + 1)
        elif kind == "name":
            for word in re.findall(r"[A-Za-z']{3,}", value):
                if word.lower() in PARTICLES:
                    continue
                pattern = r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])"
                problems.extend(
                    f"name word {word!r} comes back unlabelled"
                    for match in re.finditer(pattern, text, re.IGNORECASE)
                    if not inside(spans, match.start(), match.end())
                )
        else:
            if kind == "plate":
                pattern = r"\s?".join(re.escape(c) for c in value.replace(" ", ""))
            else:
                pattern = re.escape(value)
            problems.extend(
                f"{kind} {value!r} comes back unlabelled"
                for match in re.finditer(pattern, text, re.IGNORECASE)
                if not inside(spans, match.start(), match.end())
            )
    return problems


def self_test() -> None:
    good = "Sy Maria Banunaek, NIK 5371044512890003, HP 0812-3456-7890."
    spans = [("name", 3, 17), ("nik", 23, 39), ("phone", 44, 58)]
    assert not check(good, spans, {}), check(good, spans, {})
    bad = [
        (good + " Ibu Banunaek.", spans, "family name repeated"),
        ("Ibu Maria Banunaek", [("name", 0, 18)], "title opening a name"),
        (good + " WA 081234567890", spans, "phone repeated"),
        (good + " WA +6281234567890", spans, "phone repeated in +62"),
        (good + " WA 0B12 34S6 7B90", spans, "phone repeated with letters"),
        ("NIK 5371044512890003.", [("nik", 4, 21)], "trailing stop"),
        ("NIK 53710445128900.", [("nik", 4, 18)], "NIK of 14 digits"),
        ("NIK 6371044512890003", [("nik", 4, 20)], "NIK not opening 53"),
        ("plat DH 1234 AB", [("plate", 0, 15)], "plate with its word"),
        ("rumah Nangka No. 4", [("address", 6, 18)], "address without its opener"),
        ("mail maria.gmail.com", [("email", 5, 20)], "mailbox without @"),
        ("BPJS 1001234567890", [("bpjs", 5, 18)], "BPJS not opening 000"),
        ("Maria", [("person", 0, 5)], "kind outside the guide"),
        ("Maria «name:Tefa»", [("name", 0, 5)], "marker left"),
        ("Maria Tefa", [("name", 0, 10), ("name", 6, 10)], "overlap"),
        ("Jl. Asoka No. 3 dan Jl. Asoka No. 3", [("address", 0, 15)], "home repeated"),
    ]
    for text, spans_, why in bad:
        if not check(text, spans_, {}):
            raise SystemExit(f"the checker let through: {why}")
    if not check("Maria", [("name", 0, 5)], {0: "Marta"}):
        raise SystemExit("the checker let through a span that is not its value")
    rng = random.Random(1)
    text, spans_, expected = render(
        "Sy «{nama:w1}», NIK «{nik:w1}», HP «{hp:w1}», «address:{rmh:w1}, {rt:w1}».", [], rng
    )
    problems = check(text, spans_, expected)
    if problems or {k for k, _, _ in spans_} != {"name", "nik", "phone", "address"}:
        raise SystemExit(f"a filled template fails: {problems} {text!r}")


# ---------------------------------------------------------------- the corpus


def main() -> None:
    self_test()
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    table: dict[str, Counter[str]] = {}
    themes: Counter[str] = Counter()
    for style, source in STYLES.items():
        counts = table.setdefault(style, Counter())
        for theme, flags, template in templates_of(source):
            if theme not in THEMES:
                raise SystemExit(f"unknown theme {theme!r}")
            counts["templates"] += 1
            clean = "«" not in template
            counts["clean templates"] += clean
            for _ in range(FILLS):
                problems: list[str] = []
                for _ in range(MAX_DRAWS):
                    text, spans, expected = render(template, flags, rng)
                    problems = check(text, spans, expected)
                    if text in seen:
                        problems.append("a text already written")
                    if not problems:
                        break
                else:
                    raise SystemExit(f"cannot fill {template[:80]!r}: {problems[:4]}")
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
    out.write("".join(f"theme {t} {themes[t]}\n" for t in THEMES if themes[t]))


SMS_1708 = r"""
--- civil_registry house=m1+wo1
SMS ke 1708 — {tgl:1} {jam:b1}
KOTKUPANG SY «{nama^:m1}» WARGA «{rt^:m1}» KEL {kel^:m1}. KTP-EL MAMA SY «{nama^:wo1}» YG BARU DICETAK AGAMA TERTULIS {?ISLAM¦HINDU¦BUDDHA} PDHL MAMA {?KRISTEN PROTESTAN¦KATOLIK} SEJAK LAHIR. DI KK BENAR. NIK MAMA «{nikw:wo1}». MHN DIPERBAIKI KRN MAMA MAU URUS {?PENSIUN JANDA¦SURAT NIKAH CUCU DI GEREJA¦BANSOS LANSIA}. HP «{hp:m1}»

Balasan 1708 — {tgl:1} {jam:b2}
Terima kasih. Laporan Anda tercatat dgn nomor tracking {tiket:1} dan diteruskan ke Disdukcapil Kota Kupang. Pantau di lapor.go.id

SMS ke 1708 — {tgl:1} {jam:c1}
KOTKUPANG MAAF NIK MAMA SY SALAH KETIK. YG BENAR «{nik:wo1}» BUKAN «{nikw:wo1}». TRIMS. «{dpn^:m1}»

Balasan 1708 — {tgl:2} {jam:a1}
Yth. Pelapor, Disdukcapil menanggapi: kesalahan terjadi saat pencetakan. Silakan datang ke loket {?2¦3¦4¦5} membawa KTP-el lama dan KK asli, cetak ulang gratis hari itu juga.

SMS ke 1708 — {tgl:4} {jam:d1}
KOTKUPANG TRACKING {tiket:1} SDH SELESAI. KTP BARU AN «{nama^:wo1}» SDH BENAR, ANTRIAN {antri:1}. TRIMS UTK PETUGAS LOKET.

--- water
sms ke 1708 | {tgl:1} {jam:e1}
kotkupang sy «{nama_:w1}» tinggal di «address:{rmh_:w1}, {rt_:w1}» kel. {kel_:w1}. rumah ini sy beli dr bpk «{nama:m2}» thn {thn:y1}, tp tagihan pdam msh atas nama «{dpn_:m2}». no samb {samb:1}. tagihan bln ini {rp:s1}, pdhl meteran cuma naik {n:1} kubik. mhn balik nama. hp «{hp:w1}»

balasan 1708 | {tgl:1} {jam:e2}
Laporan Anda diterima. Nomor tracking {tiket:1}. Terima kasih telah menggunakan LAPOR!

sms ke 1708 | {tgl:3} {jam:b1}
kotkupang lanjut tracking {tiket:1}. petugas pdam minta fotokopi ktp pemilik lama. pak «{dpn:m2}» skrg di {?soe¦atambua¦kefa¦waingapu}, nomor dia «{hp:m2}». bisa pakai akta jual beli sj? «{dpn_:w1}»

balasan 1708 | {tgl:4} {jam:a1}
Yth. Pelapor, Perumda Air Minum Tirta Lontar menanggapi: balik nama dapat dilakukan dgn AJB + KTP pemilik baru, tanpa KTP pemilik lama. Silakan ke loket pelayanan atau hubungi call center PDAM {telk:1}.

sms ke 1708 | {tgl:5} {jam:c1}
kotkupang sdh beres, tagihan no samb {samb:1} skrg a.n. «{nama_:w1}». trims pdam.

--- social_aid house=wo1+mo2
SMS ke 1708 ({tglw:1} {jam:a1})
KOTKUPANG SY «{nama^:wo1}» JANDA ALM «{nama^:mo2}». KARTU KKS BANSOS MASIH ATAS NAMA SUAMI YG SDH MENINGGAL {?THN LALU¦BLN {bln^:b1}}. SY TDK BISA AMBIL BERAS & TELUR DI E-WARONG. NO KK «{kkw:wo1}» NIK SY «{nik:wo1}». ALAMAT «address:{rt^:wo1}» KEL {kel^:wo1}.

1708 ({tglw:1} {jam:a2})
Laporan diterima, No. Tracking {tiket:1}. Pantau di www.lapor.go.id

SMS ke 1708 ({tglw:2} {jam:c1})
KOTKUPANG MAAF NO KK TADI SALAH, YG BENAR «{kk:wo1}». DI KK BARU NAMA ALM «{dpn^:mo2}» SDH DIHAPUS. KARTU KKS NO {kks:1} SY PEGANG TP TDK BISA DIPAKAI. SY TDK PUNYA HP, INI HP ANAK SY «name:{dpn^:m3} {marga^:mo2}» «{hp:m3}».

1708 ({tglw:3} {jam:b1})
Yth. Pelapor, Dinas Sosial Kota Kupang menanggapi: penggantian pengurus KPM dilakukan lewat usulan kelurahan. Bawa akta kematian, KK terbaru dan KTP ke kantor kelurahan. Info WA Dinsos {hpk:1}.

SMS ke 1708 ({tglw:5} {jam:c2})
KOTKUPANG {?SDH DIUSULKAN KELURAHAN. TRIMS¦SDH DIGANTI AN SY «{nama^:wo1}». TRIMS BNYK} - «{dpn^:wo1}»

--- transport
SMS KE 1708 {tgl:1} {jam:a1}
KOTKUPANG SY «{nama^:w1}», ORTU SISWA {sd^:1}. TRUK TANGKI AIR SWASTA PLAT «{plat^:m2}» TIAP PAGI PARKIR DI TROTOAR DEPAN SEKOLAH, ISI AIR DARI SUMUR BOR. ANAK2 TERPAKSA JALAN DI ASPAL. ANAK SY «{dpn^:wc3}» HAMPIR KENA MOTOR TADI. MHN DISHUB TINDAK. HP «{hp:w1}»

BALASAN {tgl:1} {jam:a2}
Laporan Anda telah diterima, No Tracking {tiket:1}.

SMS KE 1708 {tgl:2} {jam:d1}
KOTKUPANG TAMBAHAN TRACKING {tiket:1}: SOPIRNYA BIASA DIPANGGIL OM «{pgl^:m2}», NAMA LENGKAP «{nama^:m2}». TRUK «{platr^:m2}» JG BOCOR, AIR BASAHI JALAN SAMPAI LICIN.

BALASAN {tgl:3} {jam:b1}
Yth. Pelapor, Dinas Perhubungan menanggapi: petugas sudah menegur pemilik kendaraan dan memasang rambu larangan parkir di depan sekolah. Pengaduan angkutan dapat juga ke call center Dishub {telk:1}.

SMS KE 1708 {tgl:5} {jam:c1}
KOTKUPANG TRIMS, TRUK «{plat^:m2}» SDH TDK PARKIR DI TROTOAR. «{dpn^:w1}» ({kel^:w1})

--- health house=w1+wb2
sms ke 1708 - {tgl:1} {jam:c1}
kotkupang sy «{nama_:w1}», bayi sy lahir {lahir:wb2} di {rs:1} tp kartu jkn bayi blm aktif, di rs diminta bayar umum {rp:b1}. kartu bpjs sy «{bpjs:w1}», nik bayi «{nik:wb2}» atas nama «{nama_:wb2}». mhn info. hp «{hp:w1}»

1708 - {tgl:1} {jam:c2}
Laporan Anda diterima. No tracking {tiket:1}. Terima kasih.

sms ke 1708 - {tgl:1} {jam:d1}
kotkupang tambahan utk tracking {tiket:1}: bpjs sy kelas 3 mandiri, no kartu «{bpjs:w1}» aktif, iuran lunas sampai bln {bln_:1}. bayi «{dpn_:wb2}» sdh didaftar 3 hari setelah lahir jg.

1708 - {tgl:2} {jam:b1}
Yth Pelapor, BPJS Kesehatan Cabang Kupang menanggapi: pendaftaran bayi baru lahir paling lambat 28 hari. Status kartu bayi sudah aktif per hari ini, biaya dapat diklaim kembali melalui RS. Informasi: Care Center 165.

sms ke 1708 - {tgl:3} {jam:e1}
kotkupang rs blg uang {rp:b1} dikembalikan minggu depan. trims 1708. «{dpn_:w1}» («{rt_:w1}»)

--- police_order house=mo2+*m1
KOTKUPANG {tgl:1} {jam:f1}
SY «{nama^:m1}», {kerja^:m1}. MOTOR SY HONDA {?BEAT¦VARIO¦SUPRA X} WARNA {?HITAM¦MERAH¦PUTIH} NOPOL «{plat^:m1}» HILANG DIPARKIR DEPAN RUMAH «address:{rmh^:m1}» KEL {kel^:m1} JAM {jam:e1}. SDH LAPOR POLSEK, NO LP {lp:1}. STNK AN «{nama^:mo2}» (BAPA SY, SDH ALM). MHN BANTU PATROLI MALAM. HP «{hp:m1}»

1708:
Laporan Anda diterima dgn nomor tracking {tiket:1}. Untuk keadaan darurat hubungi 110.

KOTKUPANG {tgl:3} {jam:b1}
TRACKING {tiket:1}. MOTOR «{platr^:m1}» KETEMU DI {?SEMAK DEKAT KALI DENDENG¦BELAKANG {psr^:1}¦DEKAT TERMINAL KUPANG}, MESIN DIBONGKAR. POLISI MINTA BPKB ASLI, MASIH AN ALM «{dpn^:mo2}». BAGAIMANA? «{dpn^:m1}»

1708:
Yth. Pelapor, Polresta Kupang Kota menanggapi: pengambilan barang bukti cukup dgn surat keterangan ahli waris dari kelurahan + KTP. Layanan SPKT 24 jam.

KOTKUPANG {tgl:5} {jam:c1}
SDH AMBIL MOTOR DI POLRESTA. TRIMS. «{nama^:m1}» «{rt^:m1}»

--- electricity
sms ke 1708 ({tgl:1} {jam:d1})
kotkupang sy «{nama:w1}» salah beli token pln {rp:s1} lewat mobile banking, sy ketik no meter {meter:1} pdhl meteran rumah sy {meter:2}. uang masuk ke meteran orang. mohon pln kembalikan ke rekening sy {bankn:w1} «{rek:w1}» a.n. «{nama:w1}». hp «{hp:w1}»

balasan 1708 ({tgl:1} {jam:d2})
Laporan diterima. No. Tracking {tiket:1}.

sms ke 1708 ({tgl:2} {jam:a1})
kotkupang lanjut {tiket:1}: no ref transaksi {ref:1}, tgl {tgl:1} jam {jam:c1}. token {token:1}. rek sy «{rek:w1}» ({bankn:w1}). tks «{dpn:w1}»

balasan 1708 ({tgl:3} {jam:b1})
Yth. Pelapor, PLN UP3 Kupang menanggapi: salah input ID pelanggan/no meter tidak dapat direfund oleh PLN. Silakan hubungi bank penerbit transaksi. Info PLN 123 atau aplikasi PLN Mobile.

sms ke 1708 ({tgl:3} {jam:e1})
kotkupang jd uang {rp:s1} sy hilang? pemilik meter {meter:1} namanya bpk «{nama:m2}» di «{rtl:m2}», sdh sy temui, dia mau ganti. trims.

--- tax house=m1+w2
SMS ke 1708 [{tgl:1} {jam:b1}]
KOTKUPANG SY «{nama^:m1}». RUMAH SY DAPAT 2 SPPT PBB TAHUN {thn:1}, NOP {nop:1} DAN NOP {nop:2}, SAMA2 ATAS NAMA SY. RUMAH CUMA SATU DI «address:{rmh^:m1}». SY BAYAR DUA KALI THN LALU. NPWP SY «{npwpn:m1}» (SAMA DGN NIK). MHN BAPENDA HAPUS SALAH SATU. EMAIL «{mail:m1}»

1708 [{tgl:1} {jam:b2}]
Laporan Anda diterima, nomor tracking {tiket:1}.

SMS ke 1708 [{tgl:2} {jam:c1}]
KOTKUPANG {tiket:1} TAMBAHAN: SERTIFIKAT AN SY DAN ISTRI «{nama^:w2}». BAPENDA MINTA DATANG KE LOKET, SY KERJA. BISA LEWAT EMAIL «{mail:m1}»?

1708 [{tgl:3} {jam:a1}]
Yth. Pelapor, Bapenda Kota Kupang menanggapi: permohonan pembatalan SPPT ganda dapat dikirim ke pbb.bapenda@kupangkota.go.id dgn lampiran sertifikat, KTP, kedua SPPT. Kelebihan bayar dikompensasikan ke tahun berikut. Info {telk:1}.

SMS ke 1708 [{tgl:5} {jam:d1}]
KOTKUPANG SDH KIRIM. NOP {nop:2} SDH DIBATALKAN. TRIMS BAPENDA. «{inis:m1}»

--- schools house=m1+mc2
sms 1708 {tgl:1} {jam:e1}
kotkupang sy «{nama_:m1}» ortu dr «{nama_:mc2}» kls {?7¦8¦9} {smp:1}. anak sy tdk dapat seragam gratis pemkot, nama tdk ada di daftar pdhl tahun lalu dapat. yg dapat malah «{nama_:wc3}» yg sdh pindah sekolah. nisn anak sy {nisn:1}. hp «{hp:m1}»

1708 {tgl:1} {jam:e2}
Laporan diterima. Tracking: {tiket:1}

sms 1708 {tgl:2} {jam:b1}
kotkupang {tiket:1}: tata usaha blg data penerima diambil dr dapodik lama, nisn {nisn:1} blm masuk. npsn sekolah {npsn:1}. kk kami «{kk:m1}» kalau perlu.

1708 {tgl:4} {jam:a1}
Yth. Pelapor, Dinas Pendidikan dan Kebudayaan menanggapi: sekolah sudah mengajukan koreksi daftar penerima. Seragam untuk ananda diserahkan melalui sekolah minggu depan. Info: Dikbud {telk:1}.

sms 1708 {tgl:5} {jam:c1}
kotkupang ok trims. «{dpn_:mc2}» sdh terima seragam. «{inis:m1}»

--- land
SMS KE 1708 ({tgl:1} {jam:c1})
KOTKUPANG SY «{nama^:w1}» DI «address:{rmh^:w1}, {rt^:w1}». TETANGGA KELUARGA «{marga^:m2}» BANGUN TEMBOK DI ATAS SALURAN AIR SAMPING RUMAH SY, AIR HUJAN MASUK KE RUMAH. SDH LAPOR PAK RT TDK ADA HASIL. MHN SATPOL PP/PUPR CEK. HP «{hp:w1}»

1708:
Laporan Anda diterima dgn No. Tracking {tiket:1}.

SMS KE 1708 ({tgl:2} {jam:a1})
KOTKUPANG LANJUT {tiket:1}. YG BANGUN BPK «{nama^:m2}», DIA BLG TANAH ITU MILIK DIA SESUAI SERTIFIKAT NO {?HM¦SHM} {n:b1}. TP SALURAN ITU SDH ADA SEJAK {?1990AN¦ZAMAN OPA SY}.

1708:
Yth. Pelapor, Dinas PUPR menanggapi: tim bidang SDA bersama kelurahan akan turun lapangan {hari:3}, {tgl:3}. Mohon kedua pihak hadir.

SMS KE 1708 ({tgl:4} {jam:d1})
KOTKUPANG SDH MEDIASI DI KELURAHAN. PAK «{dpn^:m2}» SETUJU BONGKAR SEBAGIAN TEMBOK, SALURAN DIBUKA {?30¦40¦50} CM. TRIMS. «{dpn^:w1}»

--- waste
sms ke 1708, {tgl:1} {jam:a1}
kotkupang sy «{nama:m1}» «address:{rtl_:m1}» kel {kel_:m1}. sampah di lorong kami sdh 3 mgg tdk diangkut. biasa om «{nama:m2}» yg ambil pake motor gerobak, kami bayar {?Rp 20.000¦Rp 25.000¦Rp 30.000}/bln per rumah. om «{dpn:m2}» blg truk dlhk tdk mau terima lagi di tps. hp om «{dpn:m2}» «{hp:m2}», hp sy «{hp:m1}»

balasan, {tgl:1} {jam:a2}
Laporan Anda diterima, No. Tracking {tiket:1}.

sms ke 1708, {tgl:2} {jam:e1}
kotkupang {tiket:1} sampah skrg dibakar warga, asap masuk rumah. anak sy «{dpn:mc3}» batuk. tolong

balasan, {tgl:3} {jam:b1}
Yth. Pelapor, DLHK Kota Kupang menanggapi: TPS sementara dipindah ke {jln:1}. Pengangkutan dgn motor gerobak tetap diterima. Jadwal truk: {hari:4}, jam 06.00.

sms ke 1708, {tgl:5} {jam:c1}
kotkupang sdh diangkut lg. om «{pgl:m2}» sdh jalan lg. trims dlhk

--- housing
SMS KE 1708 {tglw:1} {jam:b1}
KOTKUPANG SY «{nama^:mo1}», {umur:mo1} THN, PENERIMA BANTUAN BEDAH RUMAH (RTLH) THN {thn:1}. TUKANG YG DITUNJUK, «{nama^:m2}», SDH TERIMA UANG TAHAP 1 {rp^:j1} TP BARU GALI FONDASI LALU HILANG. SY TRANSFER KE REK BRI DIA «{bri:m2}». HP DIA «{hp:m2}» TDK AKTIF. NIK SY «{nik:mo1}». «address:{rmh^:mo1}»

1708 {tglw:1} {jam:b2}
Laporan diterima. No tracking {tiket:1}. Laporan diteruskan ke Dinas Perumahan.

SMS KE 1708 {tglw:3} {jam:c1}
KOTKUPANG {tiket:1} TUKANG «{dpn^:m2}» SKRG PAKAI NOMOR BARU «{hpb:m2}», DIA BLG SEMEN BLM DATANG DARI {cv^:1}. SY SDH TUA, TDR DI DAPUR. TLG.

1708 {tglw:4} {jam:a1}
Yth. Pelapor, Dinas Perumahan dan Kawasan Permukiman menanggapi: pendamping teknis akan memanggil penyedia dan tukang. Pembayaran tahap 2 ditahan sampai progres 50%.

SMS KE 1708 {tglw:6} {jam:d1}
KOTKUPANG TUKANG SDH KERJA LAGI, DINDING SDH NAIK. TRIMS. «{nama^:mo1}»

--- disaster house=m1+w2+mc3+wc4
SMS ke 1708 / {tgl:1} / {jam:f1}
KOTKUPANG SY «{nama^:m1}» WARGA «{rt^:m1}» KEL {kel^:m1}. ATAP RUMAH SY TERBANG KENA ANGIN KENCANG MALAM INI. KAMI 4 ORANG: SY, ISTRI «{dpn^:w2}», ANAK «{dpn^:mc3}» DAN «{dpn^:wc4}». SKRG MENGUNGSI DI RUMAH TETANGGA. MHN BANTUAN TERPAL. HP «{hp:m1}»

1708 / {tgl:1} / {jam:f2}
Laporan diterima, No Tracking {tiket:1}. Untuk kedaruratan hubungi Pusdalops BPBD {telk:1} atau 112.

SMS ke 1708 / {tgl:2} / {jam:a1}
KOTKUPANG {tiket:1}. BPBD MINTA DATA: KK «{kk:m1}», NIK KEPALA KELUARGA «{nik:m1}», ALAMAT «address:{rmh^:m1}, {rt^:m1}». SDH SY KIRIM KE WA POSKO.

1708 / {tgl:2} / {jam:c1}
Yth. Pelapor, BPBD Kota Kupang menanggapi: tim TRC sudah mendata {n:1} rumah rusak di kelurahan. Bantuan terpal, tikar dan sembako disalurkan lewat posko kelurahan.

SMS ke 1708 / {tgl:3} / {jam:b1}
KOTKUPANG TERPAL SDH TERIMA 2 LEMBAR. TRIMS. «{dpn^:m1}»

--- roads
SMS ke 1708 — {tgl:1} {jam:e1}
KOTKUPANG RAMBU DILARANG PARKIR DAN RAMBU SEKOLAH DI {jln^:1} DEPAN {sd^:1} ROBOH DITABRAK TRUK {n:1} HARI LALU, SAMPAI SKRG TERGELETAK DI TROTOAR. BAHAYA UTK ANAK2.

Balasan 1708 — {tgl:1} {jam:e2}
Terima kasih, laporan Anda tercatat dgn nomor tracking {tiket:1}. Pantau di lapor.go.id

SMS ke 1708 — {tgl:3} {jam:e1}
KOTKUPANG TRACKING {tiket:1} RAMBU BLM DIPASANG. TIANG NO {n:b1}.

Balasan 1708 — {tgl:4} {jam:b1}
Yth. Pelapor, Dinas Perhubungan menanggapi: rambu sudah dipasang kembali tgl {tgl:4}. Kerusakan rambu dapat dilaporkan ke WA Bidang Lalu Lintas {hpk:1}.

--- police_order caps
SMS KE 1708 {tgl:1} {jam:c1}
KOTKUPANG SY DAPAT SMS DR {hpk:1} KATANYA SY MENANG UNDIAN {?MOBIL¦MOTOR¦UANG} {rp:j1} DARI {?BANK NTT¦PLN¦TELKOMSEL}, DISURUH TRANSFER {rp:s1} UTK PAJAK HADIAH LEWAT ATM. APA INI BENAR? {?TRIMS¦MHN INFO}

BALASAN {tgl:1} {jam:c2}
LAPORAN ANDA DITERIMA. NO TRACKING {tiket:1}.

BALASAN {tgl:2} {jam:a1}
YTH. PELAPOR, KOMINFO KOTA KUPANG MENANGGAPI: ITU PENIPUAN. JANGAN TRANSFER. NOMOR {hpk:1} SDH DILAPORKAN KE ADUANNOMOR.ID. UNDIAN RESMI TIDAK MEMINTA BIAYA.

--- water
sms ke 1708 {tgl:1} {jam:a1}
kotkupang air pdam di kel {kelx_:1} mati sdh {?3¦4¦5¦6} hari, warga rt 03 sampai rt 09 beli air tangki {rp:s1} per 5000 liter. tolong pdam

balasan {tgl:1} {jam:a2}
Laporan Anda diterima. Nomor tracking {tiket:1}.

balasan {tgl:2} {jam:b1}
Yth Pelapor, Perumda Air Minum Tirta Lontar menanggapi: pompa di sumber {?Oenaek¦Kali Dendeng¦Baumata} rusak, perbaikan selesai {hari:3} {tgl:3}. Selama perbaikan tersedia tangki gratis, hubungi hotline {telk:1} atau WA {hpk:1}.

sms ke 1708 {tgl:3} {jam:e1}
kotkupang tracking {tiket:1} air sdh jalan tp keruh. kapan normal?

--- markets caps
SMS KE 1708 {tglw:1} {jam:e1}
KOTKUPANG LAMPU DI LORONG LOS IKAN {psr^:1} MATI SEMUA SDH {n:1} MALAM. PEDAGANG MALAM PAKAI SENTER HP, PEMBELI TDK MAU MASUK. RETRIBUSI TETAP DITAGIH TIAP HARI.

1708 {tglw:1} {jam:e2}
LAPORAN DITERIMA. NO TRACKING {tiket:1}.

1708 {tglw:3} {jam:b1}
YTH. PELAPOR, DINAS KOPERASI DAN UMKM MENANGGAPI: TEKNISI UPTD PASAR SUDAH MENGGANTI {n:2} LAMPU DAN MCB PANEL. PENGADUAN PASAR: {telk:1}.

--- electricity
sms 1708 {tgl:1} {jam:c1}
kotkupang kotak panel listrik pln di tiang depan {sd:1} {jln_:1} berasap dan kabelnya terkelupas, tergantung rendah di atas trotoar. anak2 sekolah lewat situ tiap hari. tolong pln cepat.

1708 {tgl:1} {jam:c2}
Laporan diterima. No. Tracking {tiket:1}. Gangguan listrik: PLN 123 / PLN Mobile.

1708 {tgl:1} {jam:d1}
Yth. Pelapor, PLN UP3 Kupang menanggapi: tim yantek sudah mengamankan lokasi dan mengganti kabel. Terima kasih atas informasinya. Nomor laporan {tiket:1} ditutup.

--- schools lower
sms ke 1708 {tgl:1} {jam:c1}
kotkupang siswa {smp:1} sdh {n:1} hari dipulangkan jam 10 pagi karena guru rapat terus. anak2 kelas 9 mau ujian. npsn sekolah {npsn:1}. tolong dinas cek.

balasan {tgl:1} {jam:c2}
laporan anda diterima. no tracking {tiket:1}.

balasan {tgl:3} {jam:a1}
yth. pelapor, dinas pendidikan dan kebudayaan menanggapi: kepala sekolah sudah diingatkan sesuai surat edaran no {surat:dikbud}. rapat guru dijadwalkan setelah jam pelajaran.

--- transport
SMS ke 1708 {tgl:1} {jam:b1}
KOTKUPANG HALTE BUS DI {jln^:1} DEPAN {rs^:1} ATAPNYA SDH LEPAS DAN TEMPAT DUDUK PATAH. PASIEN DAN LANSIA TUNGGU BUS SAMBIL BERDIRI DI PANAS.

Balasan {tgl:1} {jam:b2}
Laporan Anda diterima dgn nomor tracking {tiket:1}.

Balasan {tgl:2} {jam:c1}
Yth. Pelapor, Dinas Perhubungan menanggapi: perbaikan halte masuk pemeliharaan bulan ini sesuai SK {surat:dishub}. Info: {telk:1}.

--- health
SMS KE 1708 {tgl:1} {jam:a1}
KOTKUPANG AMBULANS {pkm^:1} SERING DIPAKAI ANTAR JEMPUT KELUARGA PETUGAS, WAKTU WARGA BUTUH HARUS TUNGGU {n:1} MENIT. KEMARIN JAM {jam:c1} ADA PASIEN SESAK NAPAS TERPAKSA NAIK OJEK.

BALASAN {tgl:1} {jam:a2}
Laporan diterima, nomor tracking {tiket:1}.

BALASAN {tgl:3} {jam:b1}
Yth. Pelapor, Dinas Kesehatan menanggapi: penggunaan ambulans sudah diperiksa, kepala puskesmas diberi teguran. Layanan ambulans gawat darurat 24 jam: PSC 119 atau {telk:1}.

--- tax house=m2+w1
SMS KE 1708 ({tgl:1} {jam:c1})
KOTKUPANG SY «{nama^:w1}», GURU PPPK. SELAMA INI SY IKUT NPWP SUAMI «{nama^:m2}» «{npwpd:m2}». SKRG BANK MINTA NPWP SY SENDIRI UTK KREDIT RUMAH, TP DI DJP ONLINE NIK SY «{npwpn:w1}» DITOLAK "SUDAH TERDAFTAR SBG ANGGOTA KELUARGA". MHN BANTU. HP «{hp:w1}»

1708 ({tgl:1} {jam:c2})
LAPORAN ANDA DITERIMA. NO TRACKING {tiket:1}.

SMS KE 1708 ({tgl:2} {jam:a1})
KOTKUPANG {tiket:1} TAMBAHAN: KK KAMI «{kk:m2}». NIK SUAMI «{nik:m2}». SY SDH ISI FORMULIR DI KPP TP BLM ADA JAWABAN.

1708 ({tgl:3} {jam:b1})
Yth. Pelapor, laporan diteruskan ke KPP Pratama Kupang (instansi vertikal). Istri yang ingin memiliki NPWP sendiri dapat mengajukan pemisahan dengan formulir pendaftaran. Bantuan: Kring Pajak 1500200.

SMS KE 1708 ({tgl:4} {jam:d1})
KOTKUPANG SDH DIPROSES KPP. NPWP SY SKRG «{npwpn:w1}» TERDAFTAR SENDIRI. TRIMS. «{dpn^:w1}»
"""


WHATSAPP = r"""
--- disaster house=m3+w2
[{tglw:1} {jam:e1}] Pak RT «{dpn:m1}»: Selamat malam bapa mama warga {rtk:1}. Air su masuk rumah di lorong bawah. Yang rumahnya kena banjir tolong kirim data malam ini: nama kepala keluarga, NIK, No KK, alamat. BPBD minta besok pagi.
[{tglw:1} {jam:e2}] «{nama:w2}»: Malam pak RT. Ini data kami
Nama KK: «{nama^:m3}»
NIK: «{nikx:m3}»
No. KK: «{kk:m3}»
Alamat: «address:{rmh:m3}, {rt:m3}»
HP: «{hp:m3}»
[{tglw:1} {jam:e3}] «{nama:w4}»: pak rt, sa pung rumah ju kena, tp KK masih di kampung {?Soe¦Baa¦Seba¦Kalabahi}. NIK sa sj boleh? «{nik:w4}»
[{tglw:1} {jam:e4}] Pak RT «{dpn:m1}»: Boleh mama «{dpn:w4}». KK nanti susul e.
[{tglw:1} {jam:e5}] «{nama:w2}»: Pak RT, maaf NIK suami tadi salah ketik. Yg benar «{nik:m3}» ya, sama dengan di atas 🙏
[{tglw:2} {jam:a1}] Pak RT «{dpn:m1}»: Data {n:1} KK sudah sa kirim ke BPBD. Posko di halaman {grj:1}. Kalau darurat hubungi Pusdalops {telk:1} atau 112. Nomor saya «{hp:m1}» aktif 24 jam.
[{tglw:2} {jam:a2}] «{nama:w4}»: Makasih pak RT «{dpn:m1}» 🙏
[{tglw:2} {jam:c1}] Pak RT «{dpn:m1}»: Info: bantuan terpal dan beras untuk KK «{marga:m3}» dan mama «{dpn:w4}» su bisa ambil di posko sore ini, bawa KTP.

--- health house=mo0+wo1+*w2+*m3
[{tglw:1} {jam:a1}] «name:{dpn:w2} {marga:mo0}»: Kaka «{dpn:m3}», bapa «{dpn:mo0}» operasi usus besok pagi di {rs:1}. Dokter bilang harus siap darah 2 kantong golongan {?O¦A¦B}, stok PMI kosong
[{tglw:1} {jam:a2}] «{nama:m3}»: Aduh. Sa masih di {?Surabaya¦Makassar¦Denpasar}. Kartu BPJS bapa aman?
[{tglw:1} {jam:a3}] «name:{dpn:w2} {marga:mo0}»: Aman, nomornya «{bpjs:mo0}». Darah juga ditanggung, tapi pendonor harus cari sendiri
[{tglw:1} {jam:a4}] «{nama:m3}»: Sa posting di grup gereja. Pendonor suruh langsung ke UTD PMI, sebut nama pasien «{nama^:mo0}», No RM {n:b1}{n:b2}
[{tglw:1} {jam:b1}] «name:{dpn:w2} {marga:mo0}»: Ok kaka. Ada 1 orang su siap, nona «{nama:wy4}», dia minta nomor keluarga. Sa kasi nomor sa «{hp:w2}» e
[{tglw:1} {jam:b2}] «{nama:m3}»: Iya. Mama «{dpn:wo1}» ju mau donor tapi umur su lewat. Sa transfer {rp:b1} ke rek {bankn:w2} ade «{rek:w2}» untuk makan pendonor dan ongkos
[{tglw:1} {jam:c1}] «name:{dpn:w2} {marga:mo0}»: Masuk kaka, makasih. PMI minta KK juga buat surat pengantar: KK bapa «{kk:mo0}», NIK bapa «{nik:mo0}»
[{tglw:2} {jam:d1}] «{nama:m3}»: Operasi lancar?
[{tglw:2} {jam:d2}] «name:{dpn:w2} {marga:mo0}»: Puji Tuhan lancar. dr. «{nama:m5}» bilang rawat {?lima¦tujuh} hari. Kalau kaka mau telpon perawat ruangan, ini nomor ners «{dpn:w6}» «{hp:w6}», dia baik

--- civil_registry house=m1+*wy3
{tglw:1} {jam:b1} - «{nama:m1}»: Selamat pagi ibu «{dpn:w2}», saya warga «{rt:m1}» Kel. {kel:m1}, mau urus SKTM untuk anak daftar kuliah di Undana. Syaratnya apa?
{tglw:1} {jam:b2} - «{nama:w2}»: Pagi bapak. Bawa surat pengantar RT, fotokopi KK, KTP. Bisa kirim dulu data di sini
{tglw:1} {jam:b3} - «{nama:m1}»: Baik ibu. Data saya:
Nama : «{nama^:m1}»
NIK : «{nik:m1}»
No KK : «{kk:m1}»
Alamat : «address:{rmh:m1} {rt:m1}»
Anak : «{nama^:wy3}»
NIK anak : «{nik:wy3}»
{tglw:1} {jam:c1} - «{nama:w2}»: Bapak, nama anak di KK «{salah:wy3}», di ijazah «{nama:wy3}». Harus sama dulu, perbaiki di Dukcapil
{tglw:1} {jam:c2} - «{nama:m1}»: Waduh. Di KK salah ketik ibu. Pendaftaran tutup {tglh:3}
{tglw:1} {jam:c3} - «{nama:w2}»: Bapak kirim scan KK dan ijazah ke email saya «{mailk:w2}», nanti saya bantu teruskan ke Dukcapil lewat operator kelurahan. Jangan ke email kantor, itu jarang dibuka
{tglw:2} {jam:a1} - «{nama:m1}»: Sudah kirim dari email anak «{mail:wy3}» ibu
{tglw:3} {jam:c1} - «{nama:w2}»: Bapak, KK baru sudah terbit, nama «{nama:wy3}» sudah benar. SKTM nomor {surat:kel} bisa ambil besok di loket. Salam untuk nona «{dpn:wy3}» semoga lulus

--- transport house=mo3+*m1
[{tglw:1}, {jam:d1}] «{nama:m1}»: Selamat sore om. Sa dapat nomor om dari teman. Om pung mobil Innova masih bisa disewa tgl {tgls:2}–{tgls:4}? Mau bawa jenazah oma pulang ke {?Soe¦Kefa¦Atambua}
[{tglw:1}, {jam:d2}] «{nama:m2}»: Turut berduka ade. Bisa. Mobil sa plat «{plat:m2}», sewa {?Rp 400.000¦Rp 450.000¦Rp 500.000} per hari tanpa sopir, bensin tanggung sendiri
[{tglw:1}, {jam:d3}] «{nama:m1}»: Baik om. Syaratnya apa?
[{tglw:1}, {jam:d4}] «{nama:m2}»: Foto KTP, SIM A, deng jaminan KTP asli. DP 50% ke rek {bankn:m2} «{rek:m2}» a.n. «{nama:m2}»
[{tglw:2}, {jam:a1}] «{nama:m1}»: Su transfer DP om. KTP sa «{nik:m1}». Yang bawa mobil bapa sa, «{nama:mo3}», SIM A masih hidup
[{tglw:2}, {jam:a2}] «{nama:m2}»: Siap. Ambil mobil di rumah sa «address:{rmh:m2}» jam 5 subuh
[{tglw:5}, {jam:c1}] «{nama:m2}»: Ade, mobil «{platr:m2}» pulang bemper lecet deng kaca spion pecah. Ganti {rp:s1} e
[{tglw:5}, {jam:c2}] «{nama:m1}»: Maaf om, itu kena batu di jalan Kefa. Sa ganti, potong dari jaminan saja. Nanti bapa «{dpn:mo3}» antar sisa uang

--- schools house=w7+wc8
[{tglw:1} {jam:e1}] Wali Kelas 5A: Selamat malam bapa mama. Study tour ke Museum NTT dan {?Pantai Lasiana¦Taman Nostalgia¦Bendungan Tilong} tgl {tgl:3}. Biaya {rp:s1} per anak, transfer ke rekening komite {reko:ntt1} a.n. Komite {sd:1}, paling lambat {tglh:2}.
[{tglw:1} {jam:e2}] «{nama:w1}»: Malam ibu guru. Ibu, boleh transfer ke ibu punya rek saja? Sa pake BRI, kalo ke Bank NTT kena biaya
[{tglw:1} {jam:e3}] Wali Kelas 5A: Boleh mama, ke rek BRI saya «{bri:w2}» a.n. «{nama:w2}». Nanti saya setor ke komite.
[{tglw:1} {jam:e4}] «{nama:m3}»: Ibu «{dpn:w2}», sa su transfer untuk «{dpn:mc4}» {rp:s1}. Bukti sa kirim japri
[{tglw:1} {jam:e5}] «{nama:w1}»: Su transfer juga ibu, untuk «{dpn:wc5}» dan adiknya «{dpn:mc6}» kelas 3. Rek ibu «{bri:w2}» ya
[{tglw:2} {jam:a1}] «{hp:w7}»: Maaf ibu, ini mama dari «{nama:wc8}». Nomor baru. Anak saya tidak ikut karena sakit. Uang kembali?
[{tglw:2} {jam:a2}] Wali Kelas 5A: Bisa mama, nanti kami kembalikan lewat komite. Mohon simpan nomor ini e
[{tglw:2} {jam:a3}] Ketua Komite: Bapa mama, untuk pertanggungjawaban mohon transfer langsung ke rekening komite, bukan ke rekening pribadi guru. Terima kasih ibu «{dpn:w2}» sudah bantu.

--- health house=w5+mk3
{tglw:1} {jam:a1} - Kader Jumantik «{nama:w1}»: Selamat pagi bapa mama. Besok {hari:2} kami periksa jentik dari rumah ke rumah di lorong kita, mulai dari rumah Pak «{nama:m2}» «address:{rmh:m2}». Mohon bak mandi dan tempayan dibuka.
{tglw:1} {jam:a2} - «{nama:w5}»: Kak kader, anak sa «{dpn:mk3}» panas 3 hari, bintik merah. Ke mana?
{tglw:1} {jam:a3} - Kader Jumantik «{nama:w1}»: Mama langsung ke {pkm:1} atau IGD {rs:1}, jangan tunggu. Bawa kartu BPJS anak
{tglw:1} {jam:b1} - «{nama:w5}»: Kartu BPJS «{dpn:mk3}» «{bpjs:mk3}». Sa ke puskesmas skrg
{tglw:1} {jam:c1} - «{nama:w5}»: Kak, hasil lab «{dpn:mk3}» DBD. Dirujuk ke {rs:1}. Puskesmas minta alamat lengkap untuk fogging fokus: «address:{rmh:w5}, {rt:w5}»
{tglw:1} {jam:c2} - Kader Jumantik «{nama:w1}»: Cepat sembuh ade «{dpn:mk3}» 🙏 Sa lapor ke petugas surveilans, Ibu «{nama:w7}» «{hp:w7}», supaya fogging minggu ini
{tglw:2} {jam:a1} - «{hp:w6}»: Selamat pagi, ini mama «{nama:w6}» rumah sebelah. Anak sa juga demam. Bisa ikut diperiksa?
{tglw:2} {jam:a2} - Kader Jumantik «{nama:w1}»: Bisa mama, sa simpan nomor mama «{hp:w6}». Hasil pemeriksaan jentik kemarin: {n:1} dari {n:b1} rumah positif jentik.

--- electricity
[{tglw:1} {jam:d1}] «{nama:m1}»: Sore pak «{dpn:m2}». Ini «{dpn:m1}» yang daftar pasang baru minggu lalu, rumah di «address:{rmh:m1}». Meteran su dipasang, tapi di rumah tetangga «{nama:w3}», bukan di sa pung rumah
[{tglw:1} {jam:d2}] Petugas PLN «{nama:m2}»: Sore bapak. Nomor registrasi pasang barunya berapa?
[{tglw:1} {jam:d3}] «{nama:m1}»: {tiket:1}. ID pel di struk {plnid:1}. Tetangga pung meter lama masih ada juga, jadi sekarang dia pung dua
[{tglw:2} {jam:a1}] Petugas PLN «{nama:m2}»: Pagi pak. Itu salah baca alamat oleh vendor. Tim pindahkan meter jam {jam:b1}. Tolong ibu «{dpn:w3}» juga ada di rumah. Kalau saya tidak angkat, telp rekan saya «{nama:m4}» «{hp:m4}»
[{tglw:2} {jam:c1}] «{nama:m1}»: Pak «{dpn:m2}», meteran su pindah, makasih. Token {rp:s1} yang sa isi waktu masih di rumah tetangga bagaimana?
[{tglw:2} {jam:c2}] Petugas PLN «{nama:m2}»: Saldo kWh ikut dipindahkan ke meter bapak, tidak hilang. Kalau ada yang minta biaya pindah meter, jangan bayar, lapor PLN 123.
[{tglw:2} {jam:c3}] «{nama:m1}»: Siap pak. Ini nomor sa yang satu lagi «{hpb:m1}», kalau yang ini mati

--- social_aid house=mo3+*w1
{tglw:1} {jam:b1} - «{nama:w1}»: Selamat siang kak «{dpn:w2}». Beta «{dpn:w1}» dari {kel:w1}. Bantuan beras 10 kg bulan ini beta belum dapat, tetangga su ambil semua di kantor lurah
{tglw:1} {jam:b2} - Operator Kelurahan «{nama:w2}»: Siang mama. Di daftar PBP nama mama ada. NIK berapa?
{tglw:1} {jam:b3} - «{nama:w1}»: NIK «{nik:w1}». KK «{kk:w1}»
{tglw:1} {jam:c1} - Operator Kelurahan «{nama:w2}»: Mama, di daftar tertulis NIK «{nikw:w1}», beda satu angka dengan KTP mama. Jadi waktu scan barcode ditolak
{tglw:1} {jam:c2} - «{nama:w1}»: Jadi bagaimana kak?
{tglw:1} {jam:c3} - Operator Kelurahan «{nama:w2}»: Sa buat berita acara, mama bawa KTP asli besok. Opa «{nama:mo3}» juga ada di KK mama kan? Nama opa juga ada di daftar
{tglw:1} {jam:c4} - «{nama:w1}»: Iya kak, sa pung bapa «{dpn:mo3}» umur {umur:mo3}. NIK bapa «{nik:mo3}»
{tglw:2} {jam:b1} - Operator Kelurahan «{nama:w2}»: Mama «{dpn:w1}», beras untuk mama dan opa su bisa ambil. Kalau ada masalah WA saja ke nomor saya ini «{hpx:w2}», jangan ke nomor lain yang mengaku petugas

--- land house=m1+w2
[{tglw:1} {jam:b1}] «{nama:m1}»: Selamat siang pak «{dpn:m3}». Sertifikat PTSL kami su jadi, tapi nama tertulis «{salah:m1}», luas juga kurang 20 m2 dari hasil ukur
[{tglw:1} {jam:b2}] Petugas Ukur BPN «{nama:m3}»: Siang bapak. Nomor berkas atau NIB bidangnya?
[{tglw:1} {jam:b3}] «{nama:m1}»: NIB bidang {nib:1}. Lokasi «address:{rmh:m1}». Atas nama saya «{nama^:m1}», NIK «{nik:m1}»
[{tglw:1} {jam:c1}] Petugas Ukur BPN «{nama:m3}»: Baik. Salah ketik nama bisa diperbaiki lewat permohonan perubahan data. Bawa KTP, KK, sertifikat asli. Untuk luas, kami ukur ulang
[{tglw:1} {jam:c2}] «{nama:m1}»: KK «{kk:m1}». Istri «{nama:w2}» juga harus datang?
[{tglw:1} {jam:c3}] Petugas Ukur BPN «{nama:m3}»: Tidak perlu. Tapi BPHTB nanti pakai NPWP bapak. Sudah 16 digit?
[{tglw:1} {jam:c4}] «{nama:m1}»: Sudah pak, sama dengan NIK, «{npwpn:m1}». Yang lama «{npwp:m1}» su tidak dipakai
[{tglw:3} {jam:a1}] Petugas Ukur BPN «{nama:m3}»: Bapak, ukur ulang {hari:4} jam 09.00. Tetangga batas, Ibu «{nama:w4}», mohon hadir. Konfirmasi ke saya «{hp:m3}»

--- police_order
[{tglw:1} {jam:f1}] «{nama:w1}»: Bapa mama grup, tadi jam {jam:e1} ada mobil {?Avanza¦Xenia¦pick up} tabrak sa pung warung di depan rumah, «address:{rmh:w1}». Etalase hancur, untung tidak ada orang. Sopir mabuk, plat «{plat:m2}»
[{tglw:1} {jam:f2}] «{nama:m3}»: Sa lihat juga kaka. Sopirnya «{nama:m2}», tinggal di {kelx:1}. Temannya sempat bawa lari kunci
[{tglw:1} {jam:f3}] «{nama:w1}»: Makasih kaka «{dpn:m3}». Polisi minta saksi. Boleh kasi nomor kaka? Sa punya nomor «{hp:w1}»
[{tglw:1} {jam:f4}] «{nama:m3}»: Boleh, «{hp:m3}». Sa siap kasi keterangan
[{tglw:2} {jam:b1}] «{nama:w1}»: Update: mobil «{platr:m2}» su diamankan Satlantas. Keluarga bapak «{dpn:m2}» datang minta damai, janji ganti etalase {rp:b1}. Laporan polisi {lp:1}
[{tglw:2} {jam:b2}] «{nama:w4}»: Sabar kaka «{dpn:w1}» 🙏 untung anak-anak su tidur

--- waste
[{tglw:1} {jam:d1}] Ketua RT «{nama:m9}»: Bapa mama, DLHK bagi tong sampah terpilah (organik/anorganik) untuk lorong kita. Daftar penerima tahap 1, tolong cek nama dan NIK:
1. «{nama:w1}» – NIK «{nik:w1}» – «{hp:w1}»
2. «{nama:m2}» – NIK «{nik:m2}» – «{hp:m2}»
3. «{nama:w3}» – NIK «{nik:w3}» – «{hp:w3}»
4. «{nama:wo4}» – NIK «{nik:wo4}» – (tidak ada HP)
[{tglw:1} {jam:d2}] «{nama:w3}»: Pak RT, nomor sa su ganti, yang baru «{hpb:w3}». Yang lama «{hp:w3}» hilang
[{tglw:1} {jam:d3}] Ketua RT «{nama:m9}»: Siap mama «{dpn:w3}», sudah dikoreksi
[{tglw:1} {jam:d4}] «{nama:m2}»: Makasih pak RT. Oma «{dpn:wo4}» tidak bisa ambil sendiri, nanti sa antar tongnya ke rumah oma di «address:{rtl:wo4}»
[{tglw:2} {jam:a1}] Ketua RT «{nama:m9}»: Tong diambil {hari:4} {tgl:4} di halaman {grj:1}, jam 07.00-10.00. Bawa KTP. Info DLHK {hpk:1}

--- tax
{tglw:1} {jam:b1} - «{nama:w1}»: Selamat siang pak «{dpn:m2}». Saya yang punya kios sembako di depan rumah, «address:{rmh:w1}». Tadi ada petugas datang, bilang saya harus bayar pajak restoran karena jual kopi
{tglw:1} {jam:b2} - «{nama:m2}» Bapenda: Siang ibu. Kalau omzet makan minum di bawah {rp:j1} per bulan tidak kena. NPWPD ibu ada?
{tglw:1} {jam:b3} - «{nama:w1}»: Ada pak, NPWPD saya «{npwpd:w1}». NPWP pribadi «{npwpn:w1}»
{tglw:1} {jam:c1} - «{nama:m2}» Bapenda: Baik, saya cek di sistem ibu. NPWPD «{npwpd:w1}» terdaftar usaha perorangan, jenis toko kelontong. Tidak wajib pajak restoran. Petugas yang datang namanya siapa?
{tglw:1} {jam:c2} - «{nama:w1}»: Dia tetangga saya sendiri pak, «{nama:m3}», pake rompi Bapenda, minta {rp:s1} tunai. Nomornya «{hp:m3}»
{tglw:1} {jam:c3} - «{nama:m2}» Bapenda: Ibu, Sdr. «{dpn:m3}» bukan pegawai Bapenda dan kami tidak terima tunai. Pembayaran hanya lewat kode bayar {kodebayar:1} di bank. Saya teruskan ke Inspektorat.

--- housing house=w2+*m3
[{tglw:1} {jam:e1}] «{nama:wy1}»: Selamat malam ibu. Kami baru bayar kontrak rumah 1 tahun bulan {bln:b1}, kenapa ibu minta tambah {rp:s1} per bulan?
[{tglw:1} {jam:e2}] «{nama:w2}»: Listrik deng air naik semua. Kalau tidak mau, bulan depan keluar. Transfer ke BRI «{bri:w2}»
[{tglw:1} {jam:e3}] «{nama:wy1}»: Ibu, di kontrak tertulis harga tetap sampai {bln:b1} tahun depan. Kami su bayar lunas lewat ibu pung anak «{nama:m3}», ini bukti transfer ke rek «{bca:m3}»
[{tglw:1} {jam:e4}] «{nama:w2}»: Itu urusan anak sa. Sa tidak tahu
[{tglw:2} {jam:a1}] «{nama:wy1}»: Ibu, kaka «{dpn:m3}» bilang dia yang urus kontrak. Sa pung orang tua di {?Maumere¦Ende¦Waingapu¦Lewoleba} su telpon ibu di «{hp:w2}» tapi ibu tidak angkat
[{tglw:2} {jam:a2}] «{nama:w2}»: Kalau tidak tambah, barang kamu sa kasi keluar. Rumah di «address:{rmh:w2}» ini sa punya
[{tglw:2} {jam:a3}] «{nama:wy1}»: Baik ibu. Kami lapor ke kelurahan dan LAPOR! karena kontrak masih jalan

--- water
[{tglw:1} {jam:a1}] Info PDAM Kupang: Yth pelanggan. Air di Kel. {kelx:1} dan Kel. {kelx:2} sempat keruh karena pembersihan reservoir {?Oepura¦Naimata¦Kolhua} pada {tglh:1}. Air aman setelah dibiarkan mengendap. Pengecekan kualitas: {telk:1} / WA {hpk:1}.
[{tglw:1} {jam:a2}] Mama: Air di bak kuning. Jang minum dolo e
[{tglw:1} {jam:a3}] Kakak: Iya mama. Nomor pelanggan kita {samb:1} kan? Sa mau cek tagihan {rp:s1}

--- markets
{tglw:1} {jam:d1} - Bendahara Jemaat: Shalom bapa mama. Persembahan syukur panen dan bazar hari Minggu {tgl:3}. Sumbangan dapat ditransfer ke rekening Majelis Jemaat {grj:1} {reko:ntt1} atau BRI {reko:bri2}.
{tglw:1} {jam:d2} - Bendahara Jemaat: Stand bazar {rp:s1}/meja. Pendaftaran WA panitia {hpk:1}. Terima kasih, Tuhan memberkati 🙏
{tglw:1} {jam:d3} - Sekretaris: Mohon setiap rayon bawa hasil kebun ke pastori paling lambat Sabtu jam 16.00

--- police_order
[{tglw:1} {jam:b1}] Info Kupang: ⚠️ WASPADA ⚠️ Beredar pesan "penerimaan tenaga honorer Pemkot Kupang {thn:1}" yang meminta biaya pendaftaran {rp:s1} lewat nomor {hpk:1}. Pemkot Kupang tidak membuka penerimaan honorer. Informasi resmi hanya di kupangkota.go.id dan BKPSDM {telk:1}.
[{tglw:1} {jam:b2}] Om: Sa pung ponakan hampir transfer kemarin
[{tglw:1} {jam:b3}] Tanta: Makasih infonya. Sebar ke grup keluarga

--- electricity
{tglw:1} {jam:c1} - PLN UP3 Kupang: PROMO TAMBAH DAYA Rp 202.600 untuk pelanggan rumah tangga sampai {tglh:4}. Ajukan lewat aplikasi PLN Mobile. Info: PLN 123 / WA {hpk:1}.
{tglw:1} {jam:c2} - Adik: Rumah kita 900 VA, bisa naik ke 1300?
{tglw:1} {jam:c3} - Mama: Coba kau cek di aplikasi, ID pelanggan {plnid:1}

--- health
[{tglw:1} {jam:a1}] Kader Posyandu Melati: Selamat pagi mama-mama. Jadwal posyandu bulan {bln:2}: {tglh:2} jam 08.00 di halaman {grj:1}. Ada pemberian vitamin A dan PMT. Bawa buku KIA ya 🙏
[{tglw:1} {jam:a2}] Kader Posyandu Melati: Bayi yang belum dapat imunisasi bisa ke {pkm:1}, layanan Selasa & Kamis 08.00–12.00. Info puskesmas {telk:1}.
[{tglw:1} {jam:a3}] Ketua RT: Makasih kader. Warga {rtk:1} mohon hadir

--- health
{tglw:1} {jam:b1} - Info Kelurahan: VAKSINASI RABIES GRATIS untuk anjing dan kucing. {tglh:2} di halaman Kantor Lurah {kelx:1}, jam 08.00–12.00. Hewan wajib diikat/dikandangkan. Info petugas kesehatan hewan: {hpk:1}. Kuota {n:b1} ekor.
{tglw:1} {jam:b2} - Admin Grup: Diteruskan dari grup kelurahan
{tglw:1} {jam:b3} - Bapa: Anjing yang su umur 5 tahun ju boleh?

--- schools
[{tglw:1} {jam:e1}] Wali Kelas 8B: Selamat malam bapa mama. Karena banjir di {jln:1}, besok {hari:2} siswa belajar dari rumah. Tugas dikirim lewat Google Classroom kode kelas {?8bkupang26¦kls8b-smp¦ipa8b}. Informasi sekolah: tata usaha {telk:1}.
[{tglw:1} {jam:e2}] Wali Kelas 8B: Siswa yang tidak punya HP bisa ambil lembar tugas di pos satpam {smp:1} jam 09.00.
[{tglw:1} {jam:e3}] Mama: Makasih ibu wali

--- transport
{tglw:1} {jam:a1} - Info Kupang: Mulai {tglh:3}, tarif bemo dalam kota naik jadi {?Rp4.000 (umum) dan Rp3.000 (pelajar)¦Rp5.000 (umum) dan Rp3.000 (pelajar)} sesuai SK Wali Kota {surat:dishub}. Keluhan angkutan kota: WA Dishub {hpk:1}.
{tglw:1} {jam:a2} - Kakak: Bemo jalur {?1¦3¦6¦10} masih lewat {jln:1}?
{tglw:1} {jam:a3} - Info Kupang: Masih kak. Jalur {?2¦5¦7} pindah lewat {jln:2} karena perbaikan jembatan
"""


LAPOR_FORM = r"""
--- civil_registry house=m1+w2+mb3+wb4
LAPOR! Layanan Aspirasi dan Pengaduan Online Rakyat
Nomor Tracking : {tiket:1}
Judul : Nama anak kembar di akta kelahiran tertukar
Isi Laporan : Saya «{nama:m1}», ayah dari anak kembar «{nama:mb3}» dan «{nama:wb4}» yang lahir {lahirl:mb3} di {rs:1}. Di akta kelahiran nomor {akta:1} nama «{dpn:mb3}» tertulis «{salah:mb3}» dan jenis kelamin tertukar dengan saudarinya. Kami sudah 3 kali ke loket tapi disuruh urus sendiri surat keterangan lahir baru dari rumah sakit. Data: NIK «{dpn:mb3}» «{nik:mb3}», NIK «{dpn:wb4}» «{nik:wb4}», No. KK «{kk:m1}». Ibu: «{nama:w2}».
Tanggal Kejadian : {tgl:0}
Lokasi : Disdukcapil Kota Kupang
Kategori : Administrasi Kependudukan
Rahasiakan Identitas : Tidak
Nama Pelapor : «{nama:m1}»
No. HP : «{hp:m1}»

Riwayat Tindak Lanjut
{tgl:1} {jam:b1} — Admin Pemkot Kupang: Laporan telah diverifikasi dan diteruskan kepada Disdukcapil Kota Kupang.
{tgl:2} {jam:a1} — Disdukcapil Kota Kupang: Terima kasih Bapak «{dpn:m1}». Perbaikan akta karena kesalahan petugas tidak memerlukan surat dari RS. Mohon datang ke loket pencatatan sipil membawa akta asli, KK dan buku KIA. Petugas: «{nama:w5}», NIP {nip:1}.
{tgl:3} {jam:c1} — Pelapor: Sudah datang, petugas ibu «{dpn:w5}» melayani dengan baik. Akta baru atas nama «{nama:mb3}» sudah terbit, KK ikut diperbarui.
{tgl:3} {jam:c2} — Status: Selesai

--- health house=mo1+*w2
LAPOR!
No. Tracking: {tiket:1}
Judul: Obat Program Rujuk Balik ayah saya kosong 2 bulan
Isi Laporan: Ayah saya «{nama:mo1}» ({umur:mo1} th) pasien jantung dan diabetes, peserta Program Rujuk Balik (PRB) BPJS dengan kartu «{bpjs:mo1}». Sejak {bln:0} apotek PRB rekanan di dekat {pkm:1} bilang obat jantungnya kosong, disuruh beli sendiri {rp:s1} per bulan. Kalau kembali ke {rs:1} harus antre rujukan baru. NIK ayah «{nik:mo1}». Mohon bantuan.
Kategori: Kesehatan
Instansi: BPJS Kesehatan; Dinas Kesehatan Kota Kupang
Nama Pelapor: «{nama:w2}»
Kontak: «{hp:w2}» / «{mail:w2}»
Alamat: «address:{rmh:mo1}, {rt:mo1}», Kel. {kel:mo1}, Kec. {kec:mo1}

Tindak lanjut:
[{tgl:1}] Admin: Diteruskan ke BPJS Kesehatan.
[{tgl:1}] BPJS Kesehatan Kupang: Terima kasih. Kekosongan obat PRB sudah kami konfirmasi ke apotek rekanan; peserta dapat mengambil obat di apotek PRB lain yang tersedia. Keluarga dapat menghubungi petugas PRB kami Sdri. «{nama:w3}» di «{hp:w3}».
[{tgl:2}] BPJS Kesehatan Kupang: Obat untuk peserta «{bpjs:mo1}» sudah tersedia di apotek rekanan {?Oebobo¦Kuanino¦Oesapa} mulai {tgl:2}.
[{tgl:3}] Pelapor: Terima kasih ibu «{dpn:w3}» dan BPJS. Obat sudah diambil, tidak bayar.
[{tgl:3}] Laporan ditutup.

--- roads
Nomor Tracking {tiket:1}
Judul Laporan : Tetangga memasang portal besi di gang umum
Isi Laporan :
Sejak {tglb:0} tetangga kami Bapak «{nama:m2}» memasang portal besi dan gembok di ujung gang umum depan «address:{rmh:w1}» (rumah saya). Kunci hanya dia yang pegang. Motor warga harus memutar lewat {jln:1}, ambulans pun tidak bisa masuk waktu mama saya sakit. Sudah ditegur Ketua RT, tidak diindahkan. Pak «{dpn:m2}» bilang gang itu tanah dia, padahal di peta kelurahan gang umum.
Lokasi Kejadian : «address:{rmh:w1}», Kel. {kel:w1}
Instansi Tujuan : Satpol PP Kota Kupang
Pelapor : «{nama:w1}», «{hp:w1}»

Tanggapan:
1) {tgl:1} Admin Kota: Diteruskan ke Satpol PP dan Kelurahan {kel:w1}.
2) {tgl:2} Satpol PP: Petugas sudah ke lokasi, Sdr. «{dpn:m2}» diberi teguran tertulis nomor {surat:satpolpp} dan diberi waktu 3x24 jam membongkar portal.
3) {tgl:4} Pelapor: Gembok sudah dibuka, tapi portal belum dibongkar.
4) {tgl:5} Satpol PP: Portal dibongkar bersama kelurahan pada {tgl:5}. Laporan selesai.

--- water
LAPOR! Tracking ID {tiket:1} · Status: Ditindaklanjuti
Judul: Galian pipa PDAM merusak halaman rumah, tidak diperbaiki
Isi: Tanggal {tglb:0} kontraktor PDAM menggali halaman depan rumah saya di «address:{rmh:m1}, {rt:m1}» untuk pipa distribusi baru. Paving block {n:1} m2 dibongkar dan tidak dipasang kembali, tanah bekas galian amblas setiap hujan. Mandor lapangan, Sdr. «{nama:m2}» («{hp:m2}»), berjanji memperbaiki minggu itu juga, sampai sekarang tidak datang.
Nama Pelapor: «{nama:m1}» | NIK «{nik:m1}» | HP «{hp:m1}»
Kategori: Air Minum · Instansi: Perumda Air Minum Tirta Lontar

Tindak Lanjut
• {tgl:1} — Admin: Diteruskan ke Perumda Air Minum Tirta Lontar.
• {tgl:3} — Perumda Air Minum Tirta Lontar: Pekerjaan dilaksanakan oleh {cv:1}. Penyedia sudah diperintahkan memulihkan halaman Bapak «{dpn:m1}» paling lambat {tglh:5}. Bila tidak, biaya pemulihan akan dipotong dari termin kontraktor. Pengawas kami Sdr. «{nama:m3}», HP «{hp:m3}».
• {tgl:6} — Pelapor: Paving sudah dipasang kembali, tanah dipadatkan. Terima kasih.

--- land
Judul : Pungutan PTSL di Kelurahan {kel:m1}
Tracking : {tiket:1}
Isi Laporan :
Kami warga penerima program PTSL tahun {thn:1}. Anggota panitia kelurahan, Sdr. «{nama:m2}», meminta setiap pemohon membayar {rp:b1} "biaya patok dan materai", padahal kata BPN biaya maksimal {rp:s1}. Yang tidak bayar berkasnya ditahan. Saya sendiri «{nama:m1}», NIK «{nik:m1}», berkas nomor urut {n:1}, bidang tanah di «address:{rmh:m1}». Tetangga saya «{nama:w3}» dan «{nama:m4}» juga diminta. Bukti transfer ke rekening «{bri:m2}» a.n. «{nama:m2}» ada pada kami.
Kategori : Pertanahan
Instansi Tujuan : Kantor Pertanahan Kota Kupang; Inspektorat Kota Kupang
Rahasiakan Identitas : Tidak
Kontak Pelapor : «{hp:m1}»

Riwayat:
{tgl:1} Admin Kota Kupang — Diverifikasi, diteruskan.
{tgl:3} Kantor Pertanahan Kota Kupang — Biaya persiapan PTSL sesuai SKB 3 Menteri untuk wilayah NTT maksimal {rp:s1}. Kami telah berkoordinasi dengan Lurah {kel:m1}. Pungutan di luar ketentuan agar dilaporkan ke Saber Pungli.
{tgl:4} Inspektorat — Sdr. «name:{dpn:m2} {marga:m2}» telah dipanggil untuk klarifikasi pada {tgl:5}. Pelapor «{nama:m1}» dan saksi «{dpn:w3}» diminta hadir.
{tgl:6} Pelapor — Uang sudah dikembalikan ke {n:2} warga. Terima kasih.

--- schools
LAPOR! SP4N
Nomor Tracking: {tiket:1}
Judul: Gaji PPPK dipotong untuk koperasi tanpa persetujuan
Isi laporan:
Saya «{nama:w1}», S.Pd., guru PPPK di {sd:1}, NIP {nip:1}. Sejak {bln:b1} gaji saya di rekening Bank NTT «{ntt:w1}» dipotong {rp:s1} tiap bulan dengan keterangan "angsuran koperasi". Saya tidak pernah menjadi anggota atau meminjam. Bendahara sekolah bilang itu perintah dari dinas. NPWP saya yang lama «{npwp:w1}», sekarang sudah pakai NIK «{npwpn:w1}», NITKU «{nitku:w1}». Mohon dicek. Email saya «{mail:w1}».
Kategori: Pendidikan / Kepegawaian
Instansi Tujuan: Dinas Pendidikan dan Kebudayaan Kota Kupang; BKPSDM
Rahasiakan Identitas: Tidak

Tindak lanjut:
— {tgl:1}: Diteruskan ke Dinas Pendidikan dan Kebudayaan Kota Kupang.
— {tgl:3}: Dinas P dan K: Yth. Ibu «{nama:w1}», potongan berasal dari data koperasi yang keliru memasukkan NIP ibu. Potongan dihentikan mulai bulan depan. Mohon kirim rekening koran 3 bulan ke bidang GTK atau email gtk.dikbudkotakupang@gmail.com. Kontak petugas: Bpk. «{nama:m2}», WA «{hp:m2}».
— {tgl:4}: Pelapor: Sudah kirim ke email bidang GTK dan ke WA Bpk «{dpn:m2}».
— {tgl:6}: Dinas P dan K: Potongan {rp:s1} x 3 bulan dikembalikan ke rekening «{ntt:w1}». Laporan selesai.

--- social_aid house=w1+mc2
Tracking ID: {tiket:1}
Judul: Santunan korban kebakaran rumah belum cair 4 bulan
Isi Laporan: Selamat siang. Saya «{nama:w1}». Rumah kami di «address:{rmh:w1}, {rt:w1}» terbakar habis pada {tglb:b1} karena korsleting. Dinas Sosial sudah mendata dan menjanjikan santunan {rp:b1} serta bantuan bahan bangunan. Sampai sekarang belum cair. Kami menumpang di rumah saudara. Anak saya «{nama:mc2}» ({umur:mc2} th) kehilangan semua buku sekolah. NIK saya «{nik:w1}», KK baru «{kk:w1}» (KK lama ikut terbakar). HP «{hp:w1}».
Kategori: Sosial
Instansi: Dinas Sosial Kota Kupang

Tindak Lanjut:
{tgl:1} | Admin: Laporan diteruskan ke Dinas Sosial.
{tgl:2} | Dinas Sosial: Mohon maaf ibu «{dpn:w1}». Santunan tertahan karena nomor rekening yang dilaporkan kelurahan atas nama orang lain. Mohon kirim nomor rekening atas nama ibu sendiri. Petugas kami, Bpk. «{nama:m3}», akan kunjungan rumah {tglh:4}.
{tgl:4} | Pelapor: Pak «{dpn:m3}» sudah datang. Rekening saya BRI «{bri:w1}» a.n. «{nama:w1}».
{tgl:6} | Dinas Sosial: Santunan sudah ditransfer ke rekening «{bri:w1}» pada {tgl:6}. Status: Selesai.

--- tax
Nomor Tracking : {tiket:1}
Judul : BPHTB waris ditolak karena NPWP
Isi Laporan : Kami ahli waris almarhumah «{nama:wo1}» mengurus balik nama sertifikat rumah di «address:{rmh:wo1}». Saat validasi BPHTB di Bapenda, berkas ditolak karena "NPWP tidak valid". Yang kami isi NPWP lama saya «{npwpd:m2}». Petugas bilang harus NPWP 16 digit, tapi di DJP Online NPWP saya tercatat «{npwpz:m2}». Mana yang benar? NOP objek {nop:1}, nilai BPHTB {rp:j1}. Pelapor «{nama:m2}», HP «{hp:m2}».
Kategori : Perpajakan Daerah
Instansi Tujuan : Bapenda Kota Kupang

Tanggapan:
[{tgl:2}] Bapenda Kota Kupang: Yth. Bapak «{nama:m2}», sejak 2024 NPWP orang pribadi menggunakan NIK (16 digit). Silakan isi NIK Bapak «{npwpn:m2}» pada kolom NPWP. Format «{npwpz:m2}» (16 digit diawali 0) hanya dipakai sampai transisi selesai. Kode bayar baru: {kodebayar:1}.
[{tgl:3}] Pelapor: Sudah dicoba dengan «{npwpn:m2}», validasi berhasil. Terima kasih.
[{tgl:3}] Status: Selesai

--- electricity
LAPOR!
Tracking: {tiket:1}
Judul: Tiang listrik baru ditanam di halaman rumah tanpa izin
Isi: Tanggal {tgl:0} petugas vendor PLN menanam tiang besi di halaman depan rumah kami «address:{rmh:m1}» untuk sambungan rumah tetangga, Ibu «{nama:w2}». Kami tidak pernah diminta izin. Tiang menghalangi pintu garasi, mobil kami «{plat:m1}» tidak bisa keluar. Mohon dipindah ke bahu jalan. ID pelanggan kami {plnid:1}.
Pelapor: «{nama:m1}» («{hp:m1}»)
Instansi: PLN UP3 Kupang

Riwayat:
{tgl:1} Admin: Diteruskan ke PLN UP3 Kupang.
{tgl:2} PLN UP3 Kupang: Mohon maaf atas ketidaknyamanan. Tim akan survei {tglh:3}. Penanggung jawab lapangan Sdr. «{nama:m3}», HP «{hp:m3}».
{tgl:5} Pelapor: Tiang sudah dipindah ke bahu jalan. Sambungan Ibu «{dpn:w2}» tetap menyala. Terima kasih Pak «{dpn:m3}».
{tgl:5} Selesai.

--- transport
Tracking {tiket:1}
Judul : Pengemudi ojek online melecehkan penumpang
Isi Laporan : Pada {tglh:0} pukul {jam:e1} saya memesan ojek online dari {pkm:1} ke rumah. Di aplikasi pengemudi bernama «{nama:m2}», motor {?Beat¦Scoopy¦NMax} plat «{plat:m2}». Di jalan pengemudi berkata tidak sopan dan memegang tangan saya. Saya turun di {jln:1}. Sudah lapor ke aplikasi, tapi akun pengemudi masih aktif. Plat «{platr:m2}» sering mangkal di depan {psr:1}.
Pelapor : «{nama:wy1}»
Email : «{mail:wy1}»
HP : «{hp:wy1}»
Kategori : Perhubungan / Ketertiban Umum

Tindak lanjut:
{tgl:1} — Admin: diteruskan ke Dinas Perhubungan dan UPTD PPA.
{tgl:2} — UPTD PPA Kota Kupang: Kami menghubungi pelapor di «{hp:wy1}» untuk pendampingan. Pelapor dapat membuat laporan polisi didampingi konselor kami, Ibu «{nama:w3}».
{tgl:4} — Dinas Perhubungan: Kami menyurati aplikator; akun pengemudi a.n. «{nama:m2}» dinonaktifkan.
{tgl:5} — Pelapor: Terima kasih, saya merasa lebih aman.

--- markets
LAPOR! Layanan Aspirasi dan Pengaduan Online Rakyat
Tracking {tiket:1} | Status: Selesai
Judul: Timbangan pedagang disita petugas tanpa berita acara
Isi Laporan:
Saya «{nama:w1}», pedagang sayur di {psr:1} sejak {thn:y1}. Tanggal {tglb:0} dua orang yang mengaku petugas tera menyita timbangan saya dan timbangan «{nama:w2}» di sebelah, katanya tidak bertanda tera. Tidak ada berita acara. Kami disuruh tebus {rp:s1} di kantor. Kami jualan pakai timbangan pinjaman. NIK «{nik:w1}», HP «{hp:w1}». Rumah «address:{rmh:w1}».
Instansi: Dinas Koperasi, UKM dan Perdagangan

Tanggapan Dinas ({tgl:2}):
Ibu «{dpn:w1}», penyitaan memang dilakukan UPTD Metrologi Legal, tetapi tanpa berita acara itu keliru dan tidak ada tebusan. Timbangan ibu dan Ibu «{dpn:w2}» dapat diambil di kantor UPTD Metrologi, {jln:1} No. {nokantor:1}, sekaligus ditera ulang gratis. Petugas yang menangani: Sdr. «{nama:m3}».
Tanggapan Pelapor ({tgl:4}):
Sudah ambil, timbangan sudah ditera. Terima kasih.

--- waste
Nomor Tracking: {tiket:1}
Judul Laporan: Bak sampah (kontainer) ditaruh persis depan rumah saya
Isi Laporan: DLHK menaruh kontainer sampah di depan pagar rumah kami, «address:{rmh:m1}», sejak {tglb:0}. Bau, lalat, anak-anak saya sakit diare. Warga dari lorong lain buang sampah di sini sampai jam 12 malam. Lokasi yang lebih cocok di lahan kosong samping {sd:1}. Pelapor «{nama:m1}», «{hp:m1}». Tetangga «{nama:w2}» di «address:{rmh:w2}» juga terganggu.
Kategori: Lingkungan Hidup

Tindak Lanjut:
{tgl:1}: Admin — diteruskan ke DLHK.
{tgl:3}: DLHK — Tim sudah survei. Kontainer dipindah ke lahan samping sekolah setelah koordinasi dengan kepala sekolah. Jadwal angkut tiap hari jam 06.00.
{tgl:4}: Pelapor — Kontainer sudah pindah. Mohon depan rumah kami disemprot disinfektan.
{tgl:5}: DLHK — Penyemprotan dilakukan {tgl:5}. Selesai.

--- housing
LAPOR!
Tracking: {tiket:1}
Judul: Dana BSPS (bedah rumah) dipotong oleh toko bangunan rekanan
Isi laporan:
Kami {n:1} penerima BSPS di Kel. {kelx:1}. Dana {rp:j1} per rumah masuk ke rekening kami, tapi buku tabungan ditahan fasilitator dan belanja harus di {?Toko Bangunan Harapan Jaya¦UD Sumber Rejeki Alak¦Toko Pelita Baru}. Harga semen di sana {rp:k1} lebih mahal. Contoh penerima:
1. «{nama:m1}» – rek BRI «{bri:m1}»
2. «{nama:wo2}» – rek BRI «{bri:wo2}»
3. «{nama:m3}» – rek BRI «{bri:m3}»
Pelapor: «{nama:m1}», «address:{rmh:m1}», HP «{hp:m1}»
Instansi: Dinas Perumahan dan Kawasan Permukiman; Balai P2P Nusa Tenggara II

Tindak lanjut:
{tgl:2} Dinas Perkim: Buku tabungan wajib dipegang penerima. Fasilitator Sdr. «{nama:m4}» sudah kami tegur. Penerima boleh memilih toko lain yang terdaftar sebagai penyedia.
{tgl:3} Pelapor: Buku tabungan sudah dikembalikan ke oma «{dpn:wo2}» dan saya. Bapak «{dpn:m3}» belum.
{tgl:5} Dinas Perkim: Buku tabungan Bapak «{dpn:m3}» sudah diserahkan. Laporan selesai.

--- roads
LAPOR! Tracking ID {tiket:1}
Judul: Pohon besar miring di {jln:1} dekat {rs:1}
Isi Laporan: Pohon beringin besar di trotoar {jln:1}, 50 meter sebelum {rs:1}, sudah miring ke jalan dan akarnya mengangkat trotoar. Kalau angin kencang dahannya jatuh. Minggu lalu hampir kena bemo. Mohon dipangkas atau ditebang.
Lokasi: {jln:1}, Kel. {kelx:1}
Kategori: Infrastruktur / Lingkungan
Rahasiakan Identitas: Ya
Nama Pelapor: Dirahasiakan

Tindak Lanjut:
{tgl:1} Admin: Diteruskan ke Dinas Lingkungan Hidup dan Kebersihan.
{tgl:3} DLHK: Pemangkasan dijadwalkan {tglh:4} bersama Damkar. Arus lalu lintas dialihkan sementara. Pengaduan pohon: {telk:1}.
{tgl:4} Status: Selesai

--- health
LAPOR!
Nomor Tracking: {tiket:1}
Judul: AC ruang tunggu poli {rs:1} mati, pasien kepanasan
Isi Laporan: Sudah dua minggu AC di ruang tunggu poli penyakit dalam {rs:1} mati. Ruangan penuh, pasien lansia menunggu {?2¦3¦4} jam. Kemarin ada pasien pingsan. Kipas angin hanya satu.
Kategori: Kesehatan
Nama Pelapor: Dirahasiakan

Riwayat:
[{tgl:1}] Admin: Diteruskan ke manajemen RS dan Dinas Kesehatan.
[{tgl:3}] Manajemen RS: Kompresor AC rusak dan sudah dipesan. Sementara dipasang {?dua¦tiga¦empat} kipas angin dan ruang tunggu tambahan di lobi. Pengaduan layanan RS: {telk:1}.
[{tgl:5}] Status: Ditindaklanjuti

--- markets
Tracking : {tiket:1}
Judul : Saluran pasar tersumbat, air busuk menggenang
Isi Laporan : Saluran di belakang los daging {psr:1} tersumbat sejak hujan {tglb:0}. Air busuk menggenang depan los {?3 sampai 7¦10 sampai 14¦B1 sampai B6}. Pembeli tidak mau masuk. Petugas kebersihan pasar hanya datang pagi.
Kategori : Perdagangan / Kebersihan
Rahasiakan Identitas : Ya
Nama Pelapor : Dirahasiakan

Tanggapan:
1. {tgl:1} Admin: diteruskan ke UPTD Pasar dan DLHK.
2. {tgl:2} UPTD Pasar: Saluran dikuras {tglh:3} bersama DLHK. Kontak UPTD Pasar {telk:1}.
3. {tgl:4} Status: Selesai, menunggu konfirmasi pelapor.

--- schools
Nomor Tracking: {tiket:1}
Judul: Bus sekolah gratis jalur {?Alak¦Penfui¦Oesapa} tidak beroperasi
Isi Laporan: Sejak awal semester bus sekolah gratis Pemkot jalur {?Alak¦Penfui¦Oesapa} tidak lagi lewat {jln:1}. Siswa {sma:1} dan {smp:1} harus naik bemo {?Rp3.000¦Rp4.000} sekali jalan. Sopir bilang bus rusak.
Kategori: Pendidikan / Perhubungan
Rahasiakan Identitas: Ya
Pelapor: Dirahasiakan

Tindak lanjut:
- {tgl:2} Dinas Perhubungan: Satu unit bus dalam perbaikan di bengkel. Jalur digabung sementara; jadwal baru ditempel di halte dan sekolah. Info: {telk:1}.
- {tgl:5} Status: Selesai

--- police_order
LAPOR! — {tiket:1}
Judul: Bengkel las bising sampai tengah malam
Isi: Bengkel las di {jln:1} (dekat {grj:1}) bekerja sampai jam 01.00, suara gerinda keras dan percikan api ke jalan. Warga {?RT 04 dan RT 05¦sekitar gereja¦di lorong belakang} tidak bisa tidur.
Kategori: Ketertiban Umum
Identitas Pelapor: Dirahasiakan

Riwayat Tindak Lanjut:
{tgl:1} | Admin | Diteruskan ke Satpol PP.
{tgl:2} | Satpol PP | Pemilik usaha sudah diberi surat teguran {surat:satpolpp}, jam kerja dibatasi sampai 21.00 WITA.
{tgl:4} | Satpol PP | Monitoring malam {tgls:4} pukul 22.30: bengkel sudah tutup.

--- transport
LAPOR!
Tracking ID: {tiket:1}
Judul: Sapi dan kambing berkeliaran di {jln:1}
Isi Laporan: Setiap sore {n:1}-an ekor sapi lepas di {jln:1} arah {?Bandara El Tari¦Penfui¦Baumata}. Sudah dua kali tabrakan motor bulan ini.
Kategori: Ketertiban / Perhubungan
Nama Pelapor: Dirahasiakan

Tanggapan:
[{tgl:2}] Satpol PP Kota Kupang: Razia ternak lepas dilakukan {tglh:3}. Ternak yang ditangkap dapat ditebus di kantor Satpol PP dengan denda sesuai Perda. Informasi: {telk:1}.
[{tgl:4}] Status: Ditindaklanjuti

--- water
LAPOR! — Permohonan buka kembali laporan
Nomor Tracking: {tiket:1}
Instansi: Perumda Air Minum Tirta Lontar
Status sebelumnya: Selesai ({tgl:1})
Alasan pelapor: Laporan ditutup dengan jawaban "sudah ditangani", tetapi air di {jln:1} sekitar {psr:1} masih mati {?tiga¦empat} hari dalam seminggu. Mohon dibuka kembali dan dicek ke lapangan.
Tanggapan Admin ({tgl:2}): Laporan dibuka kembali dan diteruskan ulang ke PDAM dengan prioritas.
Tanggapan PDAM ({tgl:4}): Tekanan air rendah karena kebocoran pipa transmisi; perbaikan {tglh:5}. Tangki gratis dapat dipesan lewat {telk:1}.
Identitas Pelapor: Dirahasiakan

--- electricity
LAPOR! Tracking ID {tiket:1}
Judul: Pemadaman bergilir tanpa pemberitahuan di Kel. {kelx:1}
Isi Laporan: Sudah seminggu listrik padam tiap malam pukul 18.00–22.00 tanpa pengumuman. Usaha laundry dan warung di sekitar {psr:1} rugi. ID pelanggan contoh {plnid:1}.
Kategori: Energi
Rahasiakan Identitas: Ya
Nama Pelapor: Dirahasiakan

Tindak lanjut:
[{tgl:1}] Admin: Diteruskan ke PLN UP3 Kupang.
[{tgl:2}] PLN UP3 Kupang: Terjadi defisit daya akibat pemeliharaan PLTU Bolok. Jadwal pemadaman diumumkan melalui akun resmi dan WA {hpk:1}. Mohon maaf.
[{tgl:4}] Status: Selesai
"""


EMAIL = r"""
--- civil_registry
From: «{nama:w1}» <«{mail:w1}»>
To: Layanan Disdukcapil Kota Kupang <dukcapil@kupangkota.go.id>
Date: {tglm:1} {jam:b1}
Subject: NIK saya nonaktif setelah 6 tahun bekerja di Malaysia

Selamat pagi Bapak/Ibu,

Saya «{nama:w1}», NIK «{nik:w1}». Saya pulang dari Malaysia bulan lalu setelah bekerja sebagai PMI sejak {?2019¦2020}. Waktu mau buka rekening dan daftar BPJS, NIK saya "tidak ditemukan / nonaktif". Petugas kelurahan bilang data saya dinonaktifkan karena lama tidak melakukan transaksi kependudukan.

Nomor KK orang tua: «{kk:w1}»
Alamat: «address:{rmh:w1}, {rt:w1}», Kel. {kel:w1}
HP/WA: «{hp:w1}»

Scan KTP lama, KK dan paspor terlampir. Email di formulir PDF yang saya isi kemarin terpotong, mohon tetap ke alamat ini:
«{mailc:w1}»

Hormat saya,
«{nama:w1}»

---
From: «name:{dpn:m2} {marga:m2}» <«{mailk:m2}»>
To: «{mail:w1}»
Cc: dukcapil@kupangkota.go.id
Date: {tglm:2} {jam:a1}
Subject: Re: NIK saya nonaktif setelah 6 tahun bekerja di Malaysia

Selamat pagi Sdri. «{dpn:w1}»,

NIK Sdri. sudah kami aktifkan kembali hari ini setelah verifikasi biometrik jarak jauh. Mohon datang ke loket 2 untuk perekaman ulang sidik jari dan foto, karena data biometrik lama sudah lebih dari 5 tahun. KK tidak perlu dicetak ulang.

Salam,
«name:{dpn:m2} {marga:m2}»
Seksi Pelayanan Pendaftaran Penduduk
Disdukcapil Kota Kupang | Telp. {telk:1}

> Pada {tglm:1} {jam:b1}, «{nama:w1}» <«{mail:w1}»> menulis:
> Saya «{nama:w1}», NIK «{nik:w1}». Saya pulang dari Malaysia bulan lalu...

---
From: «{nama:w1}» <«{mail:w1}»>
To: «name:{dpn:m2} {marga:m2}» <«{mailk:m2}»>
Date: {tglm:3} {jam:c1}
Subject: Re: Re: NIK saya nonaktif

Terima kasih banyak Pak «{dpn:m2}». Sudah rekam ulang, rekening dan BPJS sudah bisa didaftarkan.

--- civil_registry house=mo1+wo2+*m3
From: «{nama:m3}» <«{mail:m3}»>
To: pengaduan@kupangkota.go.id
Subject: Bapak saya tercatat "meninggal" di data Dukcapil, padahal masih hidup
Date: {tglm:1}, {jam:e1}

Yth. Unit Pengaduan Kasih Kota Kupang,

Saya «{nama:m3}», bekerja di {?Surabaya¦Batam¦Jakarta¦Balikpapan}. Orang tua saya tinggal berdua di «address:{rmh:mo1}, {rt:mo1}», Kel. {kel:mo1}:
- Bapak «{nama:mo1}», NIK «{nik:mo1}», umur {umur:mo1} tahun
- Mama «{nama:wo2}», NIK «{nik:wo2}»
No. KK «{kk:mo1}».

Minggu lalu bapak ditolak di {rs:1} karena NIK-nya "sudah meninggal" di sistem, sehingga kartu JKN ikut nonaktif. Bapak saya masih hidup dan sehat. Mohon dicek. Nomor bapak «{hp:mo1}» (jarang aktif), telepon rumah «{telr:mo1}», nomor saya «{hp:m3}».

Salam,
«{nama:m3}»

---
From: Disdukcapil Kota Kupang <dukcapil@kupangkota.go.id>
To: «{mail:m3}»
Subject: RE: Bapak saya tercatat "meninggal" di data Dukcapil
Date: {tglm:3}, {jam:b1}

Yth. Bapak «{dpn:m3}»,

Setelah kami cek, status Bapak «{nama:mo1}» berubah menjadi "mati" karena akta kematian atas nama warga lain, «{nama:mo4}», yang diinput dengan NIK keliru pada {tglb:b1}. Status sudah kami pulihkan dan BPJS Kesehatan sudah kami surati untuk reaktivasi kepesertaan.

Hormat kami,
Bidang Pencatatan Sipil
Disdukcapil Kota Kupang
Telp. {telk:1}

> From: «{nama:m3}» <«{mail:m3}»>
> Nomor bapak «{hp:mo1}» (jarang aktif), telepon rumah «{telr:mo1}», nomor saya «{hp:m3}».

--- health
From: «{marga:m1}», «{dpn:m1}» <«{mail:m1}»>
To: "BPJS Kesehatan Cabang Kupang" <kc.kupang@bpjs-kesehatan.go.id>
Cc: disnakertrans@kupangkota.go.id
Date: {tglm:1} {jam:c1}
Subject: Iuran JKN pekerja tidak disetor perusahaan

Selamat siang,

Saya «{nama:m1}», karyawan {cv:1} sejak {thn:y1}. Gaji saya dipotong iuran BPJS Kesehatan tiap bulan, tetapi waktu istri saya «{nama:w2}» melahirkan di {rs:1}, kartu kami ditolak karena iuran badan usaha menunggak {?tiga¦empat¦enam} bulan.

Data:
No. kartu JKN saya: «{bpjs:m1}»
No. kartu JKN istri: «{bpjs:w2}»
NIK: «{nik:m1}»
No. KPJ BPJS Ketenagakerjaan (sebagai pembanding, dipotong juga): {kpj:1}
NPWP perusahaan: {npwpo:1}

Saya bisa dihubungi di «{hp:m1}».

Terima kasih,
«{nama:m1}»

---
From: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>
To: «{mail:m1}»
Date: {tglm:3} {jam:a1}
Subject: RE: Iuran JKN pekerja tidak disetor perusahaan

Yth. Bapak «{nama:m1}»,

Terima kasih atas laporannya. Kami telah mengirim surat teguran kepada {cv:1} dan meneruskan ke Pengawas Ketenagakerjaan. Sesuai ketentuan, pelayanan kesehatan bagi peserta «{bpjs:m1}» dan «{bpjs:w2}» tetap dijamin dan perusahaan wajib membayar tunggakan beserta denda. Biaya persalinan yang sudah dibayar dapat ditagihkan kepada perusahaan.

Untuk informasi lebih lanjut hubungi Care Center 165 atau petugas kami Sdri. «{nama:w3}» di «{hp:w3}».

Salam,
Bidang Kepesertaan

--- schools
From: «{nama:w1}» <«{mailk:w1}»>
To: Bidang GTK Dinas P dan K <gtk.dikbudkotakupang@gmail.com>
Date: {tglm:1} {jam:d1}
Subject: Permohonan mutasi – «{nama:w1}», S.Pd.

Dengan hormat,

Yang bertanda tangan di bawah ini:
Nama : «{nama:w1}», S.Pd.
NIP : {nip:1}
NIK : «{nik:w1}»
NPWP : «{npwp:w1}»
Unit kerja : {sd:1}
Email dinas : «{mailk:w1}»
HP : «{hp:w1}»

mengajukan permohonan mutasi ke {sd:2} karena mengikuti suami, «{nama:m2}», yang dipindahtugaskan ke {?Kecamatan Alak¦Kecamatan Maulafa¦Kecamatan Kelapa Lima}. Rumah kami sekarang «address:{rmh:w1}».

Hormat saya,
«{nama:w1}»

---
From: Bidang GTK Dinas P dan K <gtk.dikbudkotakupang@gmail.com>
To: «{mailk:w1}»
Date: {tglm:4} {jam:a1}
Subject: Re: Permohonan mutasi – «{nama:w1}», S.Pd.

Ibu «{dpn:w1}», berkas diterima. Mohon lengkapi surat lolos butuh dari kepala {sd:2} dan SK pindah tugas suami. NPWP ibu di SIMPEG masih tercatat «{npwpd:w1}»; mohon konfirmasi apakah sudah pemutakhiran ke NIK «{npwpn:w1}».

Admin GTK

--- police_order house=m2+w1+wc3+mc4
From: LBH APIK NTT <pengaduan.lbhapikntt@gmail.com>
To: UPTD PPA Kota Kupang <uptdppa.kotakupang@gmail.com>
Date: {tglm:1} {jam:b1}
Subject: Rujukan kasus KDRT – klien «{inik:w1}» (rahasia)

Yth. Kepala UPTD PPA Kota Kupang,

Bersama ini kami merujuk klien kami:
Nama : «{nama:w1}»
NIK : «{nik:w1}»
Alamat : «address:{rmh:w1}, {rt:w1}», Kel. {kel:w1} (klien saat ini tinggal di rumah aman)
HP : «{hp:w1}» (hanya boleh dihubungi pendamping)
Anak : «{nama:wc3}» ({umur:wc3} th) dan «{nama:mc4}» ({umur:mc4} th)
Terlapor : «{nama:m2}» (suami), {kerja:m2}

Klien mengalami kekerasan fisik berulang; visum di {rs:1} tanggal {tgl:0}. Laporan polisi {lp:1}. Klien membutuhkan pendampingan psikologis untuk dua anaknya dan perlindungan sementara.

Pendamping kami: «{nama:w5}», HP «{hp:w5}», email «{mail:w5}».

Salam,
Divisi Pelayanan Hukum
LBH APIK NTT

---
From: UPTD PPA Kota Kupang <uptdppa.kotakupang@gmail.com>
To: «{mail:w5}»
Date: {tglm:2} {jam:a1}
Subject: Re: Rujukan kasus KDRT – klien «{inik:w1}» (rahasia)

Kak «{dpn:w5}», rujukan diterima. Konselor kami Ibu «{nama:w6}» akan bertemu klien «{inik:w1}» dan anak-anak di rumah aman {hari:3}. Mohon terlapor «{dpn:m2}» tidak diberi tahu lokasi. Untuk koordinasi gunakan nomor konselor «{hp:w6}».

--- land
From: «{nama:m1}» <«{mail:m1}»>
To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
Date: {tglm:1} {jam:c1}
Subject: Permohonan pendaftaran tanah bekas hak adat – Kel. {kel:m1}

Selamat siang Bapak/Ibu,

Saya mengajukan pendaftaran pertama tanah bekas hak adat warisan keluarga di Kel. {kel:m1}, luas ± {n:b1} m2, NOP {nop:1}. Berikut data pemohon dan saksi batas:

PEMOHON
Nama : «{nama:m1}»
NIK : «{nik:m1}»
Alamat : «address:{rmh:m1}, {rt:m1}»
HP : «{hp:m1}»

SAKSI BATAS
1. Utara: «{nama:mo2}», NIK «{nik:mo2}», «address:{rmh:mo2}»
2. Selatan: jalan lingkungan
3. Timur: «{nama:w3}», NIK «{nik:w3}»
4. Barat: tanah keluarga «{marga:m4}»

Surat keterangan riwayat tanah dari kelurahan nomor {surat:kel} terlampir.

Salam,
«{nama:m1}»

---
From: Kantor Pertanahan Kota Kupang <kantah.kotakupang@atrbpn.go.id>
To: «{mail:m1}»
Date: {tglm:2} {jam:a1}
Subject: RE: Permohonan pendaftaran tanah bekas hak adat

Bapak «{dpn:m1}», berkas diterima dengan nomor {surat:bpn}. Pengukuran dijadwalkan {tglh:4} pukul 09.00. Mohon saksi batas Bapak «{dpn:mo2}» dan Ibu «{dpn:w3}» hadir di lokasi. Petugas ukur: «{nama:m5}» – WA «{hp:m5}».

--- health house=m1+w2+mc3
From: «{nama:m1}» <«{mail:m1}»>
To: pengaduan@kupangkota.go.id; humas.rs@gmail.com
Date: {tglm:1} {jam:e1}
Subject: Tagihan rawat inap anak peserta JKN

Yth. Bapak/Ibu,

Anak kami «{nama:mc3}» ({umur:mc3} th) dirawat di {rs:1} {tgl:0} s/d {tgl:1} karena DBD. Kartu JKN anak «{bpjs:mc3}» aktif, kelas 3. Namun kami diminta membayar {rp:b1} untuk "obat di luar paket" dan "kamar naik kelas" yang tidak pernah kami minta. Kuitansi no. {ref:1}.

Mohon uang dikembalikan ke rekening saya {bankn:m1} «{rek:m1}» a.n. «{nama:m1}».

Ibu anak: «{nama:w2}», kartu JKN «{bpjs:w2}».
Alamat: «address:{rmh:m1}»
HP: «{hp:m1}»
Email pribadi (mohon balas ke sini, yang lain jarang dibuka): «{maild:m1}»

Salam,
«{nama:m1}»

---
From: Humas RS <humas.rs@gmail.com>
To: «{maild:m1}»
Date: {tglm:3} {jam:b1}
Subject: Re: Tagihan rawat inap anak peserta JKN

Bapak «{dpn:m1}» yth, setelah verifikasi, biaya {rp:b1} tidak seharusnya ditagihkan kepada peserta JKN. Dana dikembalikan ke rekening «{rek:m1}» paling lambat {tglh:5}. Kami mohon maaf untuk «{dpn:mc3}» dan keluarga.

--- electricity
From: «{nama:w1}» <«{mail:w1}»>
To: pelayanan.up3kupang@pln.co.id
Date: {tglm:1} {jam:b1}
Subject: Tambah daya 2.200 VA untuk usaha jahit rumahan

Selamat pagi PLN,

Saya «{nama:w1}», usaha perorangan jahit seragam sekolah (4 mesin jahit) di rumah sendiri, «address:{rmh:w1}». Saya mengajukan tambah daya dari 900 VA ke 2.200 VA lewat PLN Mobile tanggal {tgl:0}, tetapi ditolak karena "NPWP badan usaha wajib". Usaha saya bukan badan usaha. NPWP pribadi saya «{npwpd:w1}», NIK «{nik:w1}». ID pelanggan {plnid:1}.

Untuk perbandingan, tetangga saya yang pakai nama {cv:1} (NPWP {npwpo:1}) langsung disetujui.

Terima kasih,
«{nama:w1}»
«{hp:w1}»

---
From: PLN UP3 Kupang <pelayanan.up3kupang@pln.co.id>
To: «{mail:w1}»
Date: {tglm:3} {jam:a1}
Subject: RE: Tambah daya 2.200 VA untuk usaha jahit rumahan

Ibu «{nama:w1}», mohon maaf atas kendala sistem. Untuk usaha perorangan cukup NPWP pribadi «{npwpd:w1}». Permohonan dengan ID pelanggan {plnid:1} sudah kami proses, biaya penyambungan {rp:b1} dibayar lewat kode {kodebayar:1}. Petugas pemasangan Sdr. «{nama:m2}» akan menghubungi ibu.

--- transport
From: «{nama:m1}» <«{mail:m1}»>
To: Dinas Perhubungan Kota Kupang <dishub@kupangkota.go.id>
Cc: «{nama:w2}» <«{mailk:w2}»>
Date: {tglm:1} {jam:e1}
Subject: Complaint – airport taxi overcharging / keluhan taksi bandara

Dear Sir/Madam,

I am «{nama:m1}», a lecturer visiting Universitas Nusa Cendana for a workshop. On {tgle:0} I took a taxi from Bandara El Tari to my hotel on {jln:1}. The driver, who introduced himself as «{dpn:m3}», charged me {?Rp 350.000¦Rp 400.000¦Rp 300.000} although the counter price was {?Rp 150.000¦Rp 175.000}. The car was a white Avanza, plate «{plat:m3}». When I refused, he kept my suitcase until I paid.

My host at the city office, Ibu «{nama:w2}», suggested I write to you. My phone in Kupang is «{hpc:m1}».

Best regards,
«{nama:m1}»

---
From: Dinas Perhubungan Kota Kupang <dishub@kupangkota.go.id>
To: «{mail:m1}»
Cc: «{mailk:w2}»
Date: {tglm:3} {jam:a1}
Subject: RE: Complaint – airport taxi overcharging

Dear Mr. «{marga:m1}»,

Thank you. We identified the vehicle «{plat:m3}» as a registered taxi of an airport cooperative; the driver «{nama:m3}» has been summoned. The cooperative will refund the difference to you. Please reply with your bank account, or collect it at our office.

Bidang Angkutan Jalan

--- schools house=w1+mc2
From: «{nama:w1}» <«{mail:w1}»>
To: Kepala {smp:1} <tu.sekolah.kupang@gmail.com>
Cc: pengaduan@kupangkota.go.id
Date: {tglm:1} {jam:e1}
Subject: Perundungan terhadap anak saya di kelas {?7A¦7C¦8B¦8D}

Yth. Bapak Kepala Sekolah,

Anak saya «{nama:mc2}» sudah {?dua¦tiga¦empat} minggu diejek dan dipukul oleh tiga teman sekelas. Salah satunya «{nama:mc3}». Wali kelas, Ibu «{nama:w4}», sudah saya beri tahu lewat WA «{hp:w4}» tanggal {tgl:0} tetapi belum ada tindakan. «{dpn:mc2}» sekarang takut ke sekolah.

Saya mohon dipertemukan dengan orang tua anak-anak tersebut.

Hormat saya,
«{nama:w1}»
«address:{rmh:w1}» · «{hp:w1}»

---
From: Tata Usaha <tu.sekolah.kupang@gmail.com>
To: «{mail:w1}»
Date: {tglm:2} {jam:b1}
Subject: Re: Perundungan terhadap anak saya

Ibu «{dpn:w1}», kepala sekolah mengundang ibu ke sekolah {tglh:3} pukul 09.00 bersama guru BK, Bapak «{nama:m5}», dan orang tua «{dpn:mc3}». Kami mohon maaf atas keterlambatan tindakan wali kelas.

Tata Usaha {smp:1} | Telp. {telk:1}

--- tax house=m1+w2
From: «{nama:m1}» <«{mail:m1}»>
To: Samsat Kota Kupang <samsat.kotakupang@gmail.com>
Date: {tglm:1} {jam:c1}
Subject: PKB sudah dibayar lewat e-Samsat tapi masih tertunggak

Selamat siang,

Saya membayar PKB kendaraan «{plat:m1}» (atas nama istri, «{nama:w2}») lewat e-Samsat tanggal {tgl:0}, kode bayar {kodebayar:1}, sejumlah {rp:b1}. Di aplikasi Signal status masih "belum bayar" dan ada denda.

NIK pemilik: «{nik:w2}»
Alamat sesuai STNK: «address:{rmh:m1}»
Bukti transfer dari rekening saya {bankn:m1} «{rek:m1}» terlampir.

Salam,
«{nama:m1}», «{hp:m1}»
email cadangan: «{maild:m1}»

---
From: Samsat Kota Kupang <samsat.kotakupang@gmail.com>
To: «{mail:m1}»
Date: {tglm:2} {jam:a1}
Subject: RE: PKB sudah dibayar

Yth. Bapak «{dpn:m1}», pembayaran dengan kode {kodebayar:1} untuk «{platr:m1}» sudah masuk kas daerah; data e-Samsat terlambat sinkron. Denda sudah dihapus. STNK dapat disahkan di loket Samsat dengan membawa KTP a.n. «{nama:w2}».

--- housing
From: «{nama:m1}» <«{mail:m1}»>
To: DPMPTSP Kota Kupang <perizinan@kupangkota.go.id>
Cc: «{nama:w2}» <«{mail:w2}»>
Date: {tglm:1} {jam:b1}
Subject: PBG rumah tinggal belum terbit setelah 60 hari

Yth. DPMPTSP,

Permohonan PBG rumah tinggal saya nomor registrasi {surat:pbg} di SIMBG diajukan {tgl:0}. Sudah lewat 60 hari belum terbit, padahal retribusi {rp:b1} sudah dibayar.

Pemohon : «{nama:m1}»
NIK : «{nik:m1}»
Lokasi bangunan : «address:{rmh:m1}, {rt:m1}», Kel. {kel:m1}
Perencana : «{nama:w2}», S.T. (cc)

Mohon informasinya.

Salam,
«{nama:m1}»

---
From: DPMPTSP Kota Kupang <perizinan@kupangkota.go.id>
To: «{mail:m1}»
Cc: «{mail:w2}»
Date: {tglm:3} {jam:a1}
Subject: RE: PBG rumah tinggal belum terbit setelah 60 hari

Bapak «{dpn:m1}», berkas terhambat di verifikasi teknis TPA karena gambar struktur belum ditandatangani perencana. Mohon Ibu «{dpn:w2}» mengunggah ulang. Setelah itu PBG terbit dalam 3 hari kerja. Informasi: {telk:1}.

--- disaster
From: Kelurahan {kelx:1} <kel.{kelslug:1}@gmail.com>
To: BPBD Kota Kupang <bpbd@kupangkota.go.id>
Date: {tglm:1} {jam:a1}
Subject: Data warga terdampak banjir {tglb:1}

Yth. Kepala Pelaksana BPBD,

Bersama ini kami kirim data sementara warga terdampak banjir semalam:

No | Nama KK | NIK | Alamat | HP
1 | «{nama^:m1}» | «{nik:m1}» | «address:{rmh:m1}» | «{hp:m1}»
2 | «{nama^:wo2}» | «{nik:wo2}» | «address:{rmh:wo2}» | -
3 | «{nama^:m3}» | «{nik:m3}» | «address:{rmh:m3}» | «{hp:m3}»

Keluarga «{marga:wo2}» (lansia) membutuhkan evakuasi. Posko sementara di {sd:1}.

Kasi Pemerintahan,
«{nama:m4}»
HP «{hp:m4}»

---
From: BPBD Kota Kupang <bpbd@kupangkota.go.id>
To: kel.{kelslug:1}@gmail.com
Date: {tglm:1} {jam:c1}
Subject: RE: Data warga terdampak banjir

Data diterima. TRC BPBD sudah menuju lokasi untuk evakuasi Oma «{dpn:wo2}». Logistik tahap 1 diantar ke posko {sd:1} sore ini. Pusdalops: {telk:1}.

--- roads
From: Dinas PUPR Kota Kupang <pupr@kupangkota.go.id>
To: Bagian Organisasi Setda <organisasi@kupangkota.go.id>
Cc: pengaduan@kupangkota.go.id
Date: {tglm:2} {jam:b1}
Subject: Laporan tindak lanjut pengaduan triwulan {?I¦II¦III}

Yth. Kabag Organisasi,

Berikut rekap tindak lanjut pengaduan bidang jalan dan drainase:
- Tracking {tiket:1}: lubang di {jln:1} – selesai {tgl:1}
- Tracking {tiket:2}: drainase tersumbat di {jln:2} – dalam proses
- Tracking {tiket:3}: trotoar rusak depan {sma:1} – dianggarkan APBD-P
Total {n:b1} pengaduan masuk, {n:b2} selesai.

Surat resmi menyusul dengan nomor {surat:pupr}.

Sekretariat Dinas PUPR
{jln:3} No. {nokantor:1}, Kupang · Telp. {telk:1}

--- disaster
From: BMKG Stasiun Meteorologi El Tari <peringatandini.kupang@bmkg.go.id>
To: bpbd@kupangkota.go.id; pusdalops.kotakupang@gmail.com
Date: {tglm:1} {jam:a1}
Subject: [OTOMATIS] Peringatan dini cuaca Kota Kupang {tgll:1}

Peringatan dini cuaca wilayah NTT tanggal {tgll:1} pukul {jam:a1} WITA:
Waspada potensi hujan lebat disertai kilat/petir dan angin kencang pada pukul {jam:c1} WITA di Kota Kupang (Kec. {?Alak¦Maulafa¦Oebobo¦Kelapa Lima}) dan dapat meluas ke Kab. Kupang.
Tinggi gelombang Laut Sawu 2,5–4,0 m.

Email ini dikirim otomatis oleh sistem. Jangan membalas. Informasi: {telk:1}.

--- schools
From: Panitia SPMB Kota Kupang <spmb.kotakupang@gmail.com>
To: operator-sd-kotakupang@googlegroups.com
Date: {tglm:1} {jam:c1}
Subject: Jadwal verifikasi berkas SPMB SMP tahun ajaran {thn:1}/2027

Yth. Operator SD se-Kota Kupang,

Verifikasi berkas jalur domisili dilaksanakan {tglh:2} s.d. {tglh:4} di {smp:1} ({jln:1} No. {nokantor:1}). Kuota jalur afirmasi {n:1}%. Akun operator dapat direset lewat helpdesk WA {hpk:1} (jam kerja).

Lampiran: jadwal_verifikasi@2x.pdf

Panitia SPMB

--- tax
From: DPMPTSP Kota Kupang <dpmptsp@kupangkota.go.id>
To: pelaku-usaha-kotakupang@googlegroups.com
Date: {tglm:1} {jam:a1}
Subject: Pemeliharaan sistem OSS dan layanan perizinan {tglh:2}

Yth. Pelaku Usaha,

Sehubungan dengan pemeliharaan sistem OSS-RBA oleh Kementerian Investasi, layanan penerbitan NIB dan izin tidak dapat diakses pada {tglh:2} pukul 18.00 s.d. {tglh:3} pukul 06.00 WITA. Pendampingan pengisian NIB tetap dibuka di Mal Pelayanan Publik, {jln:1} No. {nokantor:1}.

Layanan: {telk:1} | WA {hpk:1}

Email ini dikirim ke daftar pelaku usaha. Untuk berhenti berlangganan balas dengan subjek BERHENTI.

--- health
From: Bagian Casemix {rs:1} <casemix.rsud@gmail.com>
To: BPJS Kesehatan Kupang <kc.kupang@bpjs-kesehatan.go.id>
Cc: keuangan.rsud.kupang@gmail.com
Date: {tglm:1} {jam:b1}
Subject: Jadwal verifikasi klaim rawat inap bulan {bln:0}

Yth. Tim Verifikator BPJS Kesehatan,

Bersama ini kami sampaikan berkas klaim rawat inap bulan {bln:0}: {n:b1} berkas, nilai pengajuan {rp:j1}. Mohon verifikasi dapat dilaksanakan {tglh:3} di ruang casemix lantai 2. Berita acara pending klaim bulan lalu (nomor {surat:casemix}) terlampir.

Kontak casemix: {telk:1} ext. {n:b2}

Kepala Bagian Casemix

--- markets
From: Toko Bangunan Harapan Jaya <harapanjaya.kupang@gmail.com>
To: keuangan.uptdpasar@gmail.com
Date: {tglm:1} {jam:c1}
Subject: Invoice INV/{n:b2}/{blr:1}/{thn:1} – perbaikan atap los {psr:1}

Kepada Yth. UPTD Pasar,

Terlampir invoice pekerjaan perbaikan atap:
Seng gelombang 0,3 mm × {n:b1} lembar
Baja ringan × {n:2} batang
Total : {rp:j1} (termasuk PPN)

Pembayaran ke rekening BRI {reko:bri1} a.n. TOKO BANGUNAN HARAPAN JAYA.
NPWP : {npwpo:1}

Hormat kami,
Bagian Penagihan
Telp. {telk:1} / WA {hpk:1}

--- police_order
From: Satpol PP Kota Kupang <satpolpp@kupangkota.go.id>
To: sekretariat.setda@kupangkota.go.id
Date: {tglm:2} {jam:a1}
Subject: Rekap operasi penertiban pedagang di trotoar {jln:1}

Yth. Sekretariat Daerah,

Operasi {tglh:2}: {n:1} lapak ditertibkan, {n:2} gerobak diamankan, surat peringatan nomor {surat:satpolpp}. Pedagang dapat mengambil barang di markas, {jln:2} No. {nokantor:1}, dengan membawa surat pernyataan. Operasi lanjutan dijadwalkan {tglh:4}. Piket 24 jam: {hpk:1}.

Bidang Ketertiban Umum

--- electricity
From: PLN Mobile <noreply@pln.co.id>
To: pelanggan@mail.pln.co.id
Date: {tglm:1} {jam:b1}
Subject: Bukti Pembelian Token Listrik

Terima kasih telah bertransaksi di PLN Mobile.
No. Meter : {meter:1}
ID Pelanggan : {plnid:1}
Tarif/Daya : R1/900 VA
Nominal : {rp:s1}
Token : {token:1}
No. Ref : {ref:1}
Tanggal : {tgl:1} {jam:b1}

Simpan email ini sebagai bukti. Gangguan: PLN 123.
"""


CALL_CENTRE = r"""
--- disaster house=m2+mk3
CATATAN PANGGILAN 112 KOTA KUPANG
Tanggal/Jam : {tgl:1} {jam:c1}
Operator : «{nama:w9}»

Petugas: Selamat siang, 112 Kota Kupang dengan «{dpn:w9}», ada yang bisa dibantu?
Penelepon: Tolong ibu, ada anak jatuh ke sumur di rumah tetangga!
Petugas: Baik bapak, tenang. Dengan bapak siapa?
Penelepon: «{nama:m1}».
Petugas: Alamat lokasi?
Penelepon: Rumah tetangga saya, Bapak «{nama:m2}», «address:{rmh:m2}, {rt:m2}», Kelurahan {kel:m2}. Dekat {grj:1}.
Petugas: Anak umur berapa, namanya?
Penelepon: «{dpn:mk3}», anaknya pak «{dpn:m2}», umur {umur:mk3} tahun. Sumur dalam kira-kira 8 meter, ada air.
Petugas: Nomor bapak yang bisa dihubungi?
Penelepon: «{hp:m1}».
Petugas: Damkar dan ambulans sudah saya arahkan. Jangan turun ke sumur, turunkan tali atau ember.

Tindak lanjut:
{jam:c2} Damkar berangkat, unit {?03¦05¦07}.
{jam:c3} Ambulans {pkm:1} berangkat.
{jam:c4} Anak «{dpn:mk3}» berhasil diangkat, sadar, dibawa ke {rs:1}. Orang tua (Bpk. «{nama:m2}», HP «{hp:m2}») ikut.
Status: SELESAI

--- civil_registry house=m1+w2+wc3
Transkrip panggilan — Call Center Disdukcapil Kota Kupang
{tglh:1}, {jam:b1}

Agen: Selamat pagi, Disdukcapil Kota Kupang, saya «{dpn:w5}». Ada yang bisa dibantu?
Penelepon: Pagi ibu. Kami sekeluarga pindah dari Sabu Raijua ke Kupang. Surat pindah su ada, mau tanya urus KK baru.
Agen: Atas nama kepala keluarga siapa, bapak?
Penelepon: Saya sendiri, «{nama:m1}».
Agen: NIK bapak?
Penelepon: {?Lima tiga, dua kosong…¦Sebentar.} «{nikr:m1}».
Agen: Terima kasih. Surat pindah nomor berapa, dan KK lama dari Sabu?
Penelepon: SKPWNI nomor {surat:dukcapil}. KK lama «{kkg:m1}».
Agen: Baik. Bapak datang ke loket pindah datang dengan SKPWNI asli, KK lama, dan KTP istri «{dpn:w2}». Anak «{dpn:wc3}» juga ikut pindah?
Penelepon: Ikut. Nomor HP saya «{hp:m1}». Alamat baru «address:{rmh:m1}, {rt:m1}».
Agen: Baik, antrian online lewat WhatsApp layanan {hpk:1}, sebut nomor antrian {antri:1}.

Catatan agen: pindah datang a.n. «{nama:m1}» dari Sabu Raijua, 3 jiwa. Kontak «{hp:m1}».

--- water
HOTLINE PDAM — LOG PANGGILAN
{tgl:1}
{jam:e1} | «{nama:w1}» | «{hp:w1}» | Melapor tetangga, «{nama:m2}», menyambung pipa langsung sebelum meter PDAM di depan «address:{rmh:m2}». Tekanan air di rumah pelapor «address:{rmh:w1}» jadi lemah. Minta nama pelapor dirahasiakan.
{jam:e2} | Polsek Kelapa Lima | {telk:1} | Minta info gangguan di {jln:1}. Diberi info.
{jam:f1} | regu penertiban | radio | Dijadwalkan cek besok pagi.
{tgl:2}
{jam:a1} | regu penertiban | radio | Sambungan ilegal di rumah «{dpn:m2}» ditemukan, dipotong. Pemilik sambungan resmi no. {samb:1} dikenai denda sesuai ketentuan.
{jam:b1} | «{nama:m2}» | «{hp:m2}» | Pemilik rumah menelepon, minta keringanan denda. Diarahkan ke loket.
{jam:c1} | «{nama:w1}» | «{hp:w1}» | Tekanan air sudah normal. Terima kasih.

--- electricity house=mo2+*m1+w3
PLN 123 – Catatan Keluhan
No. Laporan: {tiket:1}
Waktu: {tgl:1} {jam:f1}
Kanal: telepon

Petugas: Dengan siapa saya bicara?
Pelanggan: «{nama:m1}».
Petugas: ID pelanggan bapak?
Pelanggan: {plnid:1}.
Petugas: Terdaftar atas nama «{nama:mo2}»?
Pelanggan: Itu bapa saya, sudah meninggal. Rumahnya sekarang saya tempati, «address:{rmh:mo2}».
Petugas: Keluhannya?
Pelanggan: Tiang listrik depan rumah ditabrak truk tadi sore, sekarang miring ke arah rumah. Kabel tegang sekali. Kami takut roboh.
Petugas: Nomor yang bisa dihubungi tim?
Pelanggan: «{hp:m1}», atau istri saya «{nama:w3}» di «{hp:w3}». Truknya plat «{plat:m4}», sopirnya sudah dibawa polisi.
Petugas: Baik, tim yantek menuju lokasi. Mohon jauhi tiang.

Update {jam:f2}: tim tiba, aliran dipadamkan sementara. {tgl:2} {jam:a1}: tiang diganti. Saran: balik nama ID {plnid:1} ke «{nama:m1}» di ULP.

--- health
BPJS Kesehatan Care Center 165 — rekaman ringkas
Tanggal: {tgl:1}  Jam: {jam:b1}
Agen: «{nama:w4}»

Agen: Selamat siang, BPJS Kesehatan, dengan «{dpn:w4}». Bisa disebut nomor kartunya?
Peserta: «{bpjs:w1}».
Agen: Atas nama?
Peserta: «{nama:w1}».
Agen: Tanggal lahir?
Peserta: {lahir:w1}.
Agen: Terima kasih ibu. Ada yang bisa dibantu?
Peserta: Saya mau pindah faskes dari {pkm:1} ke klinik dekat rumah baru. Suami saya «{nama:m2}» juga, kartunya «{bpjs:m2}».
Agen: Bisa ibu, setelah 3 bulan di faskes lama. NIK suami untuk verifikasi?
Peserta: «{nikc:m2}».
Agen: Sesuai. Perubahan berlaku bulan depan. Nomor HP ibu untuk notifikasi?
Peserta: «{hp:w1}».

Tindak lanjut: SMS konfirmasi pindah faskes dikirim ke «{hp:w1}». Status tiket: selesai.

--- police_order
SPKT POLRESTA KUPANG KOTA — BUKU LAPORAN TELEPON 110
Tgl {tgl:1} jam {jam:f1}
Pelapor: «{nama:w1}», {umur:w1} th, {kerja:w1}, tinggal di «address:{rmh:w1}, {rt:w1}», HP «{hp:w1}».
Isi: Pelapor mendengar keributan dan teriakan dari rumah tetangga, keluarga «{marga:m2}», sejak jam {jam:e1}. Suami, «{dpn:m2}», diduga mabuk dan memukul istri. Anak-anak menangis.
Tindakan: Piket fungsi Reskrim dan Samapta ke TKP {jam:f2}. Terlapor «{nama:m2}» diamankan ke Polresta. Korban «{nama:w3}» dibawa ke {rs:1} untuk visum, didampingi pelapor.
Catatan: korban belum mau membuat LP. Dirujuk ke UPTD PPA (telp. {telk:1}).
Petugas piket: Bripka «{nama:m4}»

--- disaster
DAMKAR KOTA KUPANG — LOG PENERIMAAN LAPORAN
No | Jam | Pelapor | Telepon | Lokasi | Keterangan
1 | {jam:e1} | «{nama:m1}» | «{telr:m1}» | «address:{rmh:m2}» (rumah tetangga) | asap dari atap, diduga korsleting, penghuni tidak di rumah
2 | {jam:e2} | Pos Satpam {sma:1} | {telk:1} | {jln:1} | melihat asap, sama dengan no. 1
3 | {jam:e3} | «{nama:m2}» | «{hp:m2}» | «address:{rmh:m2}» | pemilik rumah, sedang di gereja, minta segera
4 | {jam:f1} | piket | radio | — | api padam, 2 unit. Dapur dan satu kamar rumah «{dpn:m2}» hangus. Tidak ada korban.
Penerima laporan: «{nama:m3}»

--- tax
Bank NTT Call Center – Catatan Percakapan
Tgl: {tgl:1} | Jam: {jam:d1}

CS: Selamat sore, Bank NTT, dengan «{dpn:w3}». Ada yang bisa kami bantu?
Nasabah: Sore. Tas saya dicuri di bemo tadi, isi dompet, kartu ATM deng buku tabungan. Mau blokir.
CS: Dengan bapak siapa?
Nasabah: «{nama:m1}».
CS: Nomor rekening?
Nasabah: «{ntt:m1}».
CS: Nama ibu kandung untuk verifikasi?
Nasabah: «{nama:wo2}».
CS: Terima kasih, Bapak «{dpn:m1}». Kartu dan rekening sudah kami blokir sementara. Ada transaksi yang bapak tidak kenal?
Nasabah: Belum ada. Gaji masuk tanggal 1, istri saya «{nama:w4}» juga punya kartu tambahan.
CS: Kartu tambahan ikut terblokir. Untuk buka blokir dan cetak buku baru silakan ke kantor cabang membawa KTP dan surat keterangan hilang dari polisi. Nomor referensi {ref:1}. Nomor HP bapak?
Nasabah: «{hp:m1}».

--- social_aid house=w2+mk1
Call center Dinas Sosial — catatan petugas jaga
{tglh:1}, pukul {jam:e1}

Penelepon «{nama:w4}» (pedagang di {psr:1}) melaporkan anak laki-laki ± {umur:mk1} tahun mengamen sendirian di lampu merah {jln:1} sampai malam. Anak menyebut namanya «{dpn:mk1}» dan mamanya «{dpn:w2}», tinggal di «address:{rtl:w2}» Kel. {kel:w2}.
Penelepon bisa dihubungi di «{hp:w4}» atau telepon rumah «{telr:w4}».
Tindakan: petugas TAGANA dan Satpol PP ke lokasi {jam:e2}. Anak diantar pulang; mama «{nama:w2}» ({umur:w2} th, buruh cuci) ditemui. NIK ibu «{nik:w2}», KK «{kk:w2}». Anak tidak sekolah sejak {bln:b1}.
Rencana: asesmen keluarga, usulan PKH dan kembali sekolah. Kontak ibu (HP tetangga): «{hp:m5}» a.n. «{nama:m5}».

--- tax
Samsat Kota Kupang – Layanan Telepon
{tgl:1} {jam:a1}

Petugas: Selamat pagi, layanan Samsat Kota Kupang.
Penelepon: Pagi. Saya pindah kerja dari {?Maumere¦Ende¦Ruteng¦Larantuka} ke Kupang, mau mutasi motor plat EB ke DH. Nomor polisi «{plat:w1}».
Petugas: Atas nama?
Penelepon: Atas nama saya sendiri, «{nama:w1}».
Petugas: Ibu perlu cabut berkas di Samsat asal dulu, lalu daftar di sini. Biaya balik nama tidak ada untuk motor, hanya PKB dan plat baru {?Rp 100.000¦Rp 60.000}.
Penelepon: Alamat baru saya di Kupang «address:{rmh:w1}», KTP masih alamat lama.
Petugas: KTP harus sudah Kupang. NIK ibu?
Penelepon: «{nik:w1}».
Petugas: Masih terdaftar di Kabupaten asal. Urus pindah domisili dulu di Dukcapil. Nomor WA ibu?
Penelepon: «{hp:w1}».
Petugas: Persyaratan sudah kami kirim. Kode antrian {antri:1}.

--- schools
Dinas Pendidikan – catatan telepon
{tgl:1}, {jam:c1}

Penelepon «{nama:wy1}», lulusan {sd:1}, ijazah SD hilang waktu rumah kebanjiran; perlu untuk daftar kerja. NIK «{nik:wy1}». Tahun lulus {thn:y1}. Nama ayah «{nama:m2}».
Petugas minta email untuk kirim formulir surat keterangan pengganti ijazah. Penelepon mengeja: "«{maild:wy1}»".
Petugas mengulang: «{mail:wy1}» — benar.
Catatan: nama di buku induk sekolah «{salah:wy1}» berbeda dengan KTP; diminta fotokopi akta kelahiran. Telepon balik ke «{hp:wy1}» hari {hari:3}.

--- police_order
UNIT PENGADUAN — CATATAN TELEPON MASUK
Tanggal : {tgl:1}
Jam : {jam:d1}
Nama penelepon : «{nama:m1}»
Nomor : «{hp:m1}»
Alamat : «address:{rmh:m1}, {rt:m1}»
Ringkasan : Tetangga, «{nama:m2}», mengancam dengan parang karena penelepon menegur mobilnya yang selalu parkir menutup pagar. Sudah {?dua¦tiga¦beberapa} kali. Terlapor sering mabuk bersama teman-temannya di pos kamling. Penelepon minta perlindungan dan mediasi.
Disposisi : Bhabinkamtibmas Kel. {kel:m1}; kelurahan untuk mediasi.
Tindak lanjut {tgl:2}: Bhabinkamtibmas mendatangi «{dpn:m2}». Mediasi di kantor lurah {tglh:3}. Penelepon «{dpn:m1}» setuju hadir.

--- housing
LOG TELEPON UNIT PENGADUAN KASIH — SHIFT SORE {tgl:1}
Jam | Penelepon | Nomor | Ringkasan
{jam:d1} | «{nama:w1}» | «{hp:w1}» | Diusir pemilik rumah kontrakan sebelum kontrak habis. Kontrak s/d {bln:5} tahun depan, sudah bayar {rp:b1}. Pemilik: «{nama:m2}», «{hp:m2}».
{jam:d2} | Kantor Camat {?Oebobo¦Maulafa¦Alak} | {telk:1} | Konfirmasi undangan rapat.
{jam:d3} | «{nama:w1}» | «{hp:w1}» | Barang sudah dikeluarkan ke jalan. Alamat kontrakan «address:{rmh:m2}».
{jam:e1} | penelepon tidak sebut nama | «{hp:w3}» | Tanya jam buka loket besok.
{jam:e2} | «{nama:m2}» | «{hp:m2}» | Pemilik rumah menelepon balik: penyewa «{dpn:w1}» menunggak air dan listrik.
Catatan untuk shift pagi: mediasi «{dpn:w1}» – «{dpn:m2}» di kelurahan, hubungi keduanya.

--- disaster
PUSDALOPS BPBD — REKAP LAPORAN GEMPA {tgl:1}
Gempa M{?4,8¦5,1¦5,3} pusat di Laut Sawu, kedalaman {n:b1} km, pukul {jam:a1} WITA. Dirasakan III MMI di Kota Kupang.
{jam:a2} | Kelurahan {kelx:1} | {telk:1} | Warga panik keluar rumah, tidak ada kerusakan.
{jam:a3} | {sma:1} | {telk:2} | Siswa dievakuasi ke lapangan, plafon satu kelas retak.
{jam:b1} | Posko GMIT | {hpk:1} | Tidak ada laporan korban.
{jam:b2} | Dinas PUPR | {telk:3} | Tim cek jembatan di {jln:1}, aman.
Operator jaga: regu B. Tidak ada peringatan tsunami (BMKG).

--- water
CATATAN CALL CENTER PDAM — REKAP HARIAN {tglh:1}
Total panggilan: {n:b1}
- Air tidak mengalir: {n:1} (terbanyak Kel. {kelx:1} dan Kel. {kelx:2})
- Tagihan tidak sesuai: {n:2}
- Kebocoran pipa: {n:3}
- Lain-lain: {n:4}
Gangguan pompa di {?Oenaek¦Baumata¦Kali Dendeng} pukul {jam:a1}–{jam:c1}. Tangki gratis: {n:5} rit.
Nomor hotline yang paling sering dihubungi: {telk:1}; WA pengaduan {hpk:1}.

--- police_order
PANGGILAN 110 — NOMOR TIDAK DITAMPILKAN
{tgl:1} {jam:f1}
Penelepon menolak menyebut nama dan alamat. Melaporkan balap liar di {jln:1} depan {sma:1} setiap malam Minggu. Petugas menyarankan lapor ulang bila terjadi. Patroli Samapta diarahkan {jam:f2}; {n:1} motor tanpa plat diamankan.
Status: selesai.

--- transport
Call Center Dishub — jawaban pertanyaan
{tgl:1} {jam:b1}: Penelepon menanyakan jadwal uji KIR angkutan barang. Dijawab: Senin–Kamis 08.00–12.00 di UPTD PKB, retribusi sesuai Perda, bawa buku uji lama.
{tgl:1} {jam:b2}: Penelepon menanyakan tarif parkir tepi jalan di {jln:1}. Dijawab: motor Rp 2.000, mobil Rp 5.000, wajib karcis resmi.
{tgl:1} {jam:c1}: Penelepon mengeluh lampu lalu lintas di simpang {jln:2} mati. Dicatat nomor tiket {tiket:1}. Info: {telk:1}.

--- electricity
PLN 123 — REKAP GANGGUAN MALAM {tgl:1}
{jam:e1} Penyulang {?Oesapa¦Penfui¦Naikoten} trip, {n:b1} pelanggan padam.
{jam:e2} Laporan masuk {n:1} (kanal telepon 123), {n:2} (PLN Mobile).
{jam:f1} Pohon tumbang di {jln:1} mengenai JTM. Regu yantek ULP Kupang ke lokasi.
{jam:f2} Normal kembali. Nomor laporan induk {tiket:1}.
Catatan: pelanggan ID {plnid:1} (fasilitas publik – {pkm:1}) diprioritaskan.

--- health
PSC 119 Kota Kupang — rencana siaga ambulans
Kegiatan: Kupang Fun Run {thn:1}, {tglh:2}, start 05.30 di {jln:1}
Ambulans siaga: {n:1} unit (PSC {n:2}, {pkm:1}, {rs:1})
Titik siaga: km 3 ({jln:2}), km 7 ({jln:3}), garis finish
Rujukan utama: {rs:1}; cadangan {rs:2}
Koordinator lapangan PSC: telp {telk:1}
Catatan: jalur ambulans lewat {jln:3}, koordinasi Dishub untuk buka tutup jalan.

--- markets
CATATAN TELEPON UPTD PASAR
{tgl:1} {jam:a1} — Penelepon (pedagang, tidak sebut nama, nomor disembunyikan) mengeluh lampu los ikan {psr:1} mati. Diteruskan ke teknisi.
{tgl:1} {jam:b1} — Penelepon dari Dinas Koperasi menanyakan jumlah kios kosong: {n:1} kios blok B, {n:2} kios blok C.
{tgl:1} {jam:c1} — Penelepon (pembeli) mengeluh timbangan pedagang sayur tidak ditera. Dijawab: tera ulang {tglh:3} oleh UPTD Metrologi ({telk:1}).

--- tax house=m1+w2
Transkrip — Layanan Telepon Bapenda Kota Kupang (BPHTB)
{tglh:1}, {jam:b1}

Petugas: Selamat pagi, Bapenda Kota Kupang, dengan «{dpn:w5}».
Penelepon: Pagi ibu. Saya mau validasi BPHTB, beli rumah di «address:{rmh:m1}». Sistem tolak NPWP saya.
Petugas: Dengan bapak siapa?
Penelepon: «{nama:m1}».
Petugas: NPWP bapak?
Penelepon: Yang lama «{npwpd:m1}». Yang baru katanya sama dengan NIK, «{npwpn:m1}».
Petugas: Betul bapak, pakai yang 16 digit. Tapi di sistem kami NIK itu belum padan. Nama istri ikut di sertifikat?
Penelepon: Ikut, «{nama:w2}». NPWP istri belum ada, pakai NIK dia «{nik:w2}» boleh?
Petugas: Boleh bapak. Kode bayar BPHTB {kodebayar:1}, nilai {rp:j1}. Bukti validasi kami kirim ke email bapak?
Penelepon: Ya, «{maild:m1}».
Petugas: Saya ulangi, «{mail:m1}».
Penelepon: Betul ibu.

--- roads
LOG HOTLINE DINAS PUPR — {tglh:1}
{jam:a1} | Kelurahan {kelx:1} | {telk:1} | Longsor kecil di tebing {jln:1}, pagar sekolah retak.
{jam:a2} | Dinas Perhubungan | {telk:2} | Minta rambu untuk penutupan {jln:2}.
{jam:b1} | Penelepon (tidak sebut nama, nomor disembunyikan) | — | Gorong-gorong tersumbat depan {psr:1}.
{jam:c1} | Bidang Bina Marga | radio | Tim ke {jln:1}, pasang garis pengaman.
Total panggilan: {n:b1}. Tiket dibuat: {tiket:1}, {tiket:2}.
"""


SOCIAL_MEDIA = r"""
--- health house=m2+w1
«{nama:m2}»
{?2 jam¦3 jam¦Baru saja} · Kupang
MOHON BANTUAN PENDONOR DARAH 🙏 Istri saya «{nama:w1}» baru melahirkan di {rs:1} dan mengalami pendarahan. Butuh darah golongan {?O¦A¦B} rhesus positif 3 kantong hari ini. Pendonor langsung ke UTD PMI Kota Kupang, sebut nama pasien «{nama^:w1}», ruang {?Bersalin¦ICU¦Flamboyan}. Info hubungi saya «{hp:m2}».

Komentar
«{nama:m4}»: Sa golongan {?O¦A¦B}, otw PMI sekarang kaka
«{nama:w3}»: Sa share di grup gereja. Semoga cepat pulih mama «{dpn:w1}» 🙏
«{nama:m2}»: Terima kasih kaka «{dpn:m4}» dan semua. Su dapat 3 kantong. Istri su stabil 🙏
Humas {rs:1}: Terima kasih kepada para pendonor. Informasi donor darah: UTD PMI {telk:1}.

--- health house=w1+mc4
«{nama:w1}»
Kemarin pukul {jam:e1}
Terima kasih untuk bidan «{nama:w2}» dan perawat «{nama:m3}» di {pkm:1} yang tolong sa melahirkan jam 2 subuh waktu hujan lebat. Pelayanan ramah, tidak minta uang sepeser pun, pakai kartu KIS. Anak laki-laki kami «{nama:mc4}» sehat 3,2 kg 💙

Komentar
«{nama:w5}»: Bidan «{dpn:w2}» memang baik. Dulu sa juga dibantu beliau
«{nama:w2}»: Sama-sama mama «{dpn:w1}». Jangan lupa imunisasi «{dpn:mc4}» bulan depan e
«{nama:m3}»: Terima kasih mama, sehat selalu
Puskesmas (akun resmi): Terima kasih atas apresiasinya. Layanan persalinan 24 jam, info {telk:1}.

--- waste
«{nama:m1}»
{tglb:1} pukul {jam:c1}
Minta tolong Pak Lurah dan DLHK. Tetangga «{nama:m2}» di «address:{rmh:m2}» setiap sore bakar sampah plastik dan ban bekas di halaman. Asap hitam masuk rumah kami, anak saya «{dpn:mk3}» sesak dan sudah dua kali ke {pkm:1}. Sudah bicara baik-baik dengan pak «{dpn:m2}» tapi tetap bakar.

Komentar
«{nama:w4}»: Betul pak, sa pung jemuran ju hitam semua
«{nama:m2}»: Maaf pak «{dpn:m1}», sa tidak tahu asapnya sampai ke situ. Mulai hari ini sa tidak bakar lagi. Hubungi sa di «{hp:m2}»
«{nama:m1}»: Terima kasih pak, sa tunggu. Nomor sa «{hp:m1}»
Kel {?Oebufu¦Liliba¦Sikumana¦Oesapa} Official: Terima kasih infonya. Jadwal angkut sampah di lorong bapak tiap {hari:3}. Dilarang membakar sampah sesuai Perda.

--- police_order house=m1+*m2
«{nama:m1}»
SAPI HILANG 🐄 Sapi betina warna merah bata, tanduk pendek, ada cap bakar bentuk {?bintang¦salib¦bulan sabit} di paha kiri, hilang dari kandang di belakang rumah kami, «address:{rmh:m1}», Kel. {kel:m1}, {hari:0} malam. Siapa yang lihat tolong hubungi saya «{hp:m1}» atau anak saya «{nama:m2}» «{hp:m2}». Ada imbalan.

Komentar
«{nama:m3}»: Kemarin subuh ada pick up bawa sapi lewat {jln:1}, plat «{plat:m4}» kalau sa tidak salah
«{nama:m1}»: Makasih kaka «{dpn:m3}», sa lapor polisi sekarang
«{nama:w4}»: Semoga cepat ketemu om
«{nama:m1}»: UPDATE: sapi su ketemu di Oesao, pick up «{platr:m4}» su diamankan Polsek. Terima kasih semua

--- civil_registry
«{nama:m1}»
{?1 jam¦5 jam¦Kemarin}
DITEMUKAN map plastik biru di bangku halte depan kantor Dukcapil tadi pagi. Isi: fotokopi KK nomor «{kk:w2}», akta kelahiran anak, dan KTP asli atas nama «{nama^:w2}», NIK «{nik:w2}», alamat «address:{rmh^:w2}». Yang kenal tolong tag. Bisa ambil di rumah saya atau hubungi «{hp:m1}».

Komentar
«{nama:w3}»: Itu sa pung tanta! Sa su kasi tau dia
«{nama:w2}»: Ya Tuhan terima kasih kaka «{dpn:m1}» 🙏 sa lupa map waktu naik bemo. Sa telpon kaka sekarang
«{nama:w4}»: Kak, lain kali nomor KK deng NIK jangan diposting lengkap e. Bahaya dipakai pinjol
«{nama:m1}»: Benar juga kak, maaf. Map su dikembalikan ke ibu «{dpn:w2}» 👍

--- social_aid house=m2+*mo1+*w3
«{nama:m2}»
ORANG HILANG 🙏🙏
Bapa saya «{nama:mo1}», {umur:mo1} tahun, pikun, keluar rumah {hari:0} sore dan belum pulang. Pakai kemeja kotak biru, sandal jepit. Terakhir dilihat di {jln:1}. Rumah kami «address:{rmh:m2}, {rt:m2}».
Yang melihat tolong hubungi saya «{hp:m2}» atau adik saya «{nama:w3}» «{hp:w3}».

Komentar
«{nama:w4}»: Tadi pagi ada bapak tua duduk di depan {grj:1}, mirip
«{nama:m2}»: Makasih kak «{dpn:w4}», sa ke sana sekarang
«{nama:m2}»: UPDATE: Bapa «{dpn:mo1}» su ketemu di {grj:1}, sehat. Terima kasih semua 🙏

--- transport
«{nama:w1}»
Kupang, {tglb:1}
TRUK PASIR TUMPAHKAN KERIKIL di {jln:1} depan {sma:1} jam {jam:a1} pagi ini, tidak dibersihkan. {?Dua¦Tiga¦Empat} motor jatuh, termasuk adik saya «{nama:my3}» yang lecet dan tangan terkilir, sekarang di {rs:1}. Truk dump plat «{plat:m2}» jalan terus ke arah {jln:2}. Yang punya rekaman CCTV tolong hubungi keluarga «{hp:w1}».

Komentar
«{nama:m4}»: Sa lihat plat «{platr:m2}», bak tidak ditutup terpal
«{nama:w5}»: Semoga cepat sembuh ade «{dpn:my3}»
«{nama:m4}»: Su lapor Satlantas. Pemilik «{plat:m2}» atas nama «{nama:m2}» katanya, usaha galian C di {kel:m2}

--- health house=w1+mc2
«{nama:w1}»
MOHON DOA DAN BANTUAN 🙏
Anak kami «{nama:mc2}» ({umur:mc2} th) harus operasi jantung di {?Surabaya¦Jakarta¦Denpasar}. Biaya operasi ditanggung BPJS (kartu «{bpjs:mc2}»), tapi ongkos pesawat dan penginapan pendamping tidak ditanggung.
Bantuan dapat dikirim ke rekening BRI «{bri:w1}» a.n. «{nama:w1}» (mama). Konfirmasi WA «{hp:w1}».
Tuhan Yesus memberkati.

Komentar
«{nama:m3}»: Sudah transfer sedikit mama. Kuat «{dpn:mc2}»!
«{nama:w4}»: Rekening «{bri:w1}» ya kak? Sa mau bantu
«{nama:w1}»: Betul kak, terima kasih banyak 🙏

--- waste
«{nama:wy1}»
Petugas truk sampah di lorong kami minta {?Rp10.000¦Rp20.000} per rumah tiap angkut, katanya "uang rokok". Kalau tidak kasi, sampah tidak diangkut. Truknya plat «{plat:m2}», sopir biasa dipanggil «{pgl:m2}». Padahal retribusi sampah su bayar di tagihan PDAM. DLHK tolong dibina.

Komentar
«{nama:m3}»: Sopir «{pgl:m2}» memang begitu kak, di lorong kami juga
«{nama:w4}»: Lapor ke 1708 saja kak
«{nama:wy1}»: Su lapor, nomor tracking {tiket:1}
DLHK Kota Kupang: Terima kasih laporannya kak. Kru truk «{plat:m2}» sudah dipanggil. Pungutan di luar retribusi resmi dilarang. Pengaduan: {telk:1}.

--- police_order
«{nama:w1}»
⚠️ WASPADA PENIPUAN LOWONGAN KERJA ⚠️
Ada yang mengaku HRD {?hotel¦kapal pesiar¦minimarket} di Kupang, pakai WA «{hp:m2}». Dia minta biaya pelatihan {rp:s1} ditransfer ke rekening BCA «{bca:m2}» a.n. «{nama:m2}». Adik saya «{nama:wy3}» sudah transfer, nomor langsung diblokir.

Komentar
«{nama:m4}»: Nomor «{hp:m2}» juga WA sa punya ponakan minggu lalu
«{nama:wy3}»: Iya kak, sa su lapor ke Polresta, LP {lp:1}
«{nama:w5}»: Makasih infonya kak «{dpn:w1}»

--- markets
«{nama:wR1}»
DIJUAL ANAK BABI 🐖 umur 2 bulan, {?4¦5¦6} ekor, sehat, su vaksin. Harga {?Rp 1.200.000¦Rp 1.500.000} per ekor. Lihat langsung di kandang belakang rumah saya «address:{rmh:wR1}», Kel. {kel:wR1}.
Hub. «{hp:wR1}» (ibu «{dpn:wR1}»). DP boleh transfer ke {bankn:wR1} «{rek:wR1}» a.n. «{nama:wR1}».

Komentar
«{nama:m2}»: Kak, sa ambil 2 ekor e, untuk pesta nikah bulan depan
«{nama:wR1}»: Siap om, sa catat
«{nama:wy3}»: Sa pernah beli di ibu «{dpn:wR1}», babi bagus 👍

--- disaster
«{nama:w1}»
{tglb:1} · Publik
Pak Lurah dan BPBD, tebing di belakang rumah kami di «address:{rmh:w1}, {rtl:w1}» retak dan longsor sedikit setelah hujan semalam. Ada {?tiga¦empat¦lima} rumah di bawahnya. Mohon dicek sebelum hujan lagi.

Komentar
«{nama:m2}»: Rumah sa di bawahnya ju, pagar su miring
«{nama:m3}»: Sa Ketua RT, su telpon BPBD. Warga yang rumahnya terancam tolong kirim nama dan NIK ke saya «{hp:m3}»
«{nama:w1}»: Pak RT, data sa: «{nama:w1}», NIK «{nik:w1}»
BPBD Kota Kupang: Tim TRC akan ke lokasi sore ini. Mohon jangan kirim NIK di kolom komentar. Darurat: Pusdalops {telk:1}.

--- water house=mo3+*m2
pdam_kupang_official
Mulai bulan ini tagihan dapat dicek lewat WhatsApp {hpk:1}. Ketik CEK#nomor sambungan.

Komentar
kupang_bersuara: Tagihan naik 2x lipat min!
«{nama:w1}»: Min, sa pung nomor sambungan {samb:1} tagihan {rp:s1}, pemakaian cuma {n:1} m3. Mohon cek. Kalau perlu kirim ke email sa «{mail:w1}»
pdam_kupang_official: Kak «{dpn:w1}», silakan DM nama pelanggan dan nomor sambungan, petugas akan cek meter.
«{nama:m2}»: Sama kak, sa ju, sambungan a.n. bapa «{nama:mo3}» naik jadi {rp:s2}
tanta_ina_kupang: Sabar e kaka

--- schools
Perpustakaan Daerah Kota Kupang
{tglh:1} ·
Mulai bulan ini perpustakaan buka hari Sabtu pukul 08.00–14.00. Ada pojok baca anak dan kelas menulis gratis tiap Sabtu kedua. Alamat {jln:1} No. {nokantor:1}. Info: {telk:1}.

Komentar
kupang_membaca: Akhirnya 👏
Guru Honor Kupang: Bisa kunjungan kelas min?
Perpustakaan Daerah Kota Kupang: Bisa kak, surat permohonan ke tata usaha.
Rumah Baca Sasando: Kami ikut promosikan ya

--- transport
Bengkel Motor Karya Muda
🔧 SERVIS HEMAT AKHIR BULAN 🔧 Ganti oli + servis ringan {?Rp65.000¦Rp75.000} saja. Buka Senin–Sabtu 08.00–17.00 di {jln:1} No. {nokantor:1}. Booking WA {hpk:1}.

Komentar
ojol_kupang: Mantap!
Mama Muda Kupang: Bisa motor matic?
Bengkel Motor Karya Muda: Bisa kak, semua jenis

--- police_order
Polresta Kupang Kota
{tglh:1} · Pengalihan arus lalu lintas untuk prosesi Jumat Agung dan pawai Paskah: {jln:1} dan {jln:2} ditutup pukul 05.00–12.00 WITA. Kendaraan dialihkan lewat {jln:3}.

Komentar
ojol_kupang: Siap pak
Damri Kupang: Bus bandara dialihkan lewat {jln:3}, jadwal mundur 15 menit.
kupang_bersuara: Semoga aman dan damai

--- health
Dinas Kesehatan Kota Kupang
⚠️ Kasus DBD meningkat di Kel. {kelx:1} dan Kel. {kelx:2}: {n:b1} kasus sejak awal tahun. Lakukan 3M Plus: menguras, menutup, mendaur ulang, dan memakai lotion antinyamuk. Segera ke puskesmas bila demam tinggi 2 hari. Info: {telk:1}.

Komentar
kupang_bersuara: Fogging kapan min?
Dinas Kesehatan Kota Kupang: Fogging hanya dilakukan setelah penyelidikan epidemiologi kak.
Info Kupang: Sudah mulai musim hujan

--- police_order
Satlantas Polresta Kupang Kota
📢 SIM KELILING minggu ini: {hari:2} di halaman {psr:1}, {hari:3} di {grj:1}, pukul 09.00–13.00. Khusus perpanjangan SIM A dan C. Bawa KTP asli dan SIM lama. Biaya sesuai PNBP. Info: {telk:1}.

Komentar
kupang_bersuara: SIM yang su mati 2 bulan bisa?
Satlantas Polresta Kupang Kota: Tidak bisa kak, harus buat baru di Satpas.
Info Kupang: Terima kasih infonya

--- markets
Dekranasda Kota Kupang
Pameran tenun ikat NTT di Taman Nostalgia, {tglh:2} s.d. {tglh:3}. {n:b1} penenun dari 22 kabupaten, masuk gratis. Pendaftaran peserta lomba busana tenun lewat WA panitia {hpk:1} atau email pameran.tenunkupang@gmail.com.

Komentar
tenun_sumba_kupang: Kami ikut!
Sanggar Tari Flobamora: Ada panggung untuk tari?
ojol_kupang: Parkir di mana min?

--- social_aid
Disnakertrans Kota Kupang
JOB FAIR {thn:1}: {n:b1} lowongan dari {n:1} perusahaan, {tglh:3} di Aula Kantor Wali Kota. Gratis, bawa CV dan fotokopi ijazah. Waspada lowongan palsu yang meminta biaya. Info resmi: {telk:1}.

Komentar
pencari_kerja_ntt: Ada untuk lulusan SMK?
Disnakertrans Kota Kupang: Ada kak, terutama teknik dan perhotelan.
Info Kupang: Sebar ke grup

--- markets
Dinas Pertanian dan Ketahanan Pangan Kota Kupang
PASAR MURAH menjelang Natal: beras {?Rp 12.500¦Rp 13.000}/kg, minyak goreng {?Rp 15.000¦Rp 16.000}/liter, gula Rp 15.500/kg. {tglh:2} di halaman {psr:1}, {tglh:3} di Kantor Camat {?Maulafa¦Alak¦Oebobo}. Maksimal 5 kg beras per KTP.

Komentar
mama_kupang_hemat: Bawa KK atau KTP min?
Dinas Pertanian dan Ketahanan Pangan Kota Kupang: KTP saja kak.
kupang_bersuara: Semoga tidak ribut antre

--- civil_registry house=m1+w2+mc3
«{nama:m1}»
Grup Info Dukcapil Kupang · {?3 jam¦Kemarin}
Tanya bapa mama: KK saya dobel. KK lama «{kk:m1}» masih aktif di Dukcapil, padahal sudah ada KK baru «{kkb:m1}» waktu tambah anak «{dpn:mc3}». Akibatnya NIK istri «{nik:w2}» tercatat di dua KK dan bansos ditolak. Harus ke mana ya?

Komentar
Dukcapil Kota Kupang: Selamat siang Bapak «{dpn:m1}». Mohon jangan unggah nomor KK dan NIK di kolom publik. Silakan datang ke loket 5 dengan kedua KK asli atau hubungi WA layanan {hpk:1}.
«{nama:w4}»: Sa juga dulu begitu pak, urus cuma 1 hari
«{nama:m5}»: Pak «{dpn:m1}», sekalian urus NPWP istri. Sa pung NPWP «{npwpn:m5}» (NIK) su jadi otomatis waktu padan
«{nama:m1}»: Terima kasih semua, sudah ke Dukcapil, KK lama «{kk:m1}» sudah dinonaktifkan.
"""


LETTER = r"""
--- civil_registry
PEMERINTAH KOTA KUPANG
KECAMATAN {kec^:m1}
KELURAHAN {kel^:m1}
{jln:1} No. {nokantor:1}, Telp. {telk:1}

SURAT KETERANGAN DOMISILI
Nomor: {surat:kel}

Yang bertanda tangan di bawah ini Lurah {kel:m1}, Kecamatan {kec:m1}, Kota Kupang, menerangkan bahwa:

Nama : «{nama:m1}»
NIK : «{nik:m1}»
Tempat/Tgl. Lahir : {ttl:m1}
Jenis Kelamin : {jk:m1}
Pekerjaan : {kerja:m1}
Alamat : «address:{rmh:m1}, {rt:m1}»

benar berdomisili pada alamat tersebut di atas sejak tahun {thn:y1} berdasarkan surat pengantar Ketua RT nomor {n:1}/RT/{blr:1}/{thn:1}. Surat keterangan ini diberikan untuk keperluan {?pendaftaran BPJS Ketenagakerjaan¦pembukaan rekening bank¦melamar pekerjaan¦pendaftaran kuliah anak}.

Kupang, {tgll:1}
Lurah {kel:m1},

ttd

«{nama:m2}», S.STP
NIP {nip:1}

--- land house=m1+w3
BERITA ACARA MEDIASI
Nomor: {surat:kel}

Pada hari ini {hari:1} tanggal {tgll:1} bertempat di Kantor Kelurahan {kel:m1} telah dilaksanakan mediasi antara:

PIHAK I
Nama : «{nama:m1}»
NIK : «{nik:m1}»
Alamat : «address:{rmh:m1}, {rt:m1}»

PIHAK II
Nama : «{nama:m2}»
NIK : «{nik:m2}»
Alamat : «address:{rmh:m2}»

Pokok masalah: pohon mangga milik Pihak II tumbang saat angin kencang {tglb:0} dan menimpa atap dapur rumah Pihak I. Atap seng dan kusen rusak; istri Pihak I, «{nama:w3}», luka ringan.

Hasil mediasi:
1. Pihak II bersedia mengganti biaya perbaikan atap sebesar {rp:b1}, dibayar dua kali paling lambat {tgll:4}.
2. Pihak II menebang sisa batang dan dahan yang condong ke rumah Pihak I.
3. Biaya berobat istri Pihak I ditanggung BPJS, tidak dituntut.

Saksi-saksi:
1. «{nama:m4}» (Ketua RT), HP «{hp:m4}»
2. «{nama:w5}» (tetangga)

Pihak I, «{nama:m1}» ttd        Pihak II, «{nama:m2}» ttd
Mediator, Kasi Pemerintahan «{nama:w6}» ttd

--- social_aid house=mo0+*m1+*w2
SURAT KUASA

Yang bertanda tangan di bawah ini:
Nama : «{nama:w2}»
NIK : «{nik:w2}»
Alamat : «address:{rmh:w2}»
selanjutnya disebut PEMBERI KUASA,

memberi kuasa kepada:
Nama : «{nama:m1}»
NIK : «{nik:m1}»
Hubungan : kakak kandung
HP : «{hp:m1}»
selanjutnya disebut PENERIMA KUASA,

untuk mengurus dan menerima klaim tabungan hari tua dan uang duka almarhum ayah kami «{nama:mo0}» (pensiunan PNS Pemkot Kupang) di PT TASPEN (Persero) Kantor Cabang Kupang, termasuk menandatangani dokumen yang diperlukan. Dana ditransfer ke rekening Bank NTT «{ntt:m1}» a.n. «{nama:m1}».

Surat kuasa ini dibuat karena Pemberi Kuasa sedang bekerja di {?Batam¦Surabaya¦Merauke}.

Kupang, {tgll:1}
Penerima Kuasa,          Pemberi Kuasa,
                          materai 10.000
«{nama:m1}»             «{nama:w2}»

--- social_aid
RUKUN TETANGGA {nrt:1} / RUKUN WARGA {nrt:2}
KELURAHAN {kelx^:1}

Nomor : {n:1}/RT/{blr:1}/{thn:1}
Lamp. : 1 (satu) berkas
Hal : Usulan lansia penerima bantuan ASLUT

Kepada Yth.
Kepala Dinas Sosial Kota Kupang
di Kupang

Dengan hormat, bersama ini kami mengusulkan warga lanjut usia yang tinggal sendiri dan tidak mampu:

No. Nama / NIK / No. KK / Alamat / Umur
1. «{nama^:mo1}» / «{nik:mo1}» / «{kk:mo1}» / «address:{rmh:mo1}» / {umur:mo1}
2. «{nama^:wo2}» / «{nik:wo2}» / «{kk:wo2}» / «address:{rmh:wo2}» / {umur:wo2}
3. «{nama^:wo3}» / «{nik:wo3}» / «{kk:wo3}» / «address:{rmh:wo3}» / {umur:wo3}

Oma «{dpn:wo2}» saat ini sakit dan dirawat keponakannya, «{nama:w5}» (HP «{hp:w5}»).

Demikian usulan ini, atas perhatiannya diucapkan terima kasih.

Ketua RT,

«{nama:m4}»
HP «{hp:m4}»

--- water
Kupang, {tgll:1}

Kepada Yth.
Direktur Perumda Air Minum Tirta Lontar
{jln:1} No. {nokantor:1}
di Kupang

Perihal: Permohonan pemindahan pipa distribusi yang melintasi pekarangan

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama : «{nama:w1}»
Alamat : «address:{rmh:w1}, {rt:w1}»
No. Sambungan : {samb:1}
No. HP : «{hp:w1}»
Telp. rumah : «{telr:w1}»

mengajukan permohonan agar pipa distribusi PDAM berdiameter 3 inci yang melintas di bawah pekarangan rumah kami dipindahkan ke bahu jalan. Kami akan membangun dapur tambahan dan pipa tersebut sudah dua kali bocor sehingga fondasi rumah basah. Petugas lapangan, Bapak «{nama:m2}», sudah melihat lokasi pada {tgl:0}.

Bersama ini saya lampirkan denah dan foto lokasi. Atas perhatiannya saya ucapkan terima kasih.

Hormat saya,

«{nama:w1}»

Tembusan: Unit Pengaduan Kasih Kota Kupang

--- schools house=m1+mc2
{sma^:1}
NPSN {npsn:1} · {jln:1} No. {nokantor:1} · Telp. {telk:1}

Nomor : {surat:sma}
Hal : Panggilan orang tua/wali

Kepada Yth.
Bapak «{nama:m1}»
Orang tua/wali dari «{nama:mc2}» (NISN {nisn:1}), kelas {?X-2¦XI-4¦XII-1¦X-5}
«address:{rmh:m1}»

Dengan hormat,
Bersama ini kami mengundang Bapak untuk hadir di sekolah pada {tglh:3} pukul 09.00 WITA, menemui wali kelas Ibu «{nama:w3}» dan guru BK Bapak «{nama:m4}», berkaitan dengan ketidakhadiran ananda «{dpn:mc2}» selama {?lima¦tujuh¦sepuluh} hari tanpa keterangan.

Apabila berhalangan, Bapak dapat menghubungi wali kelas di «{hp:w3}».

Kupang, {tgll:1}
Kepala Sekolah,

«{nama:w5}», M.Pd.
NIP {nip:1}

--- social_aid house=mo1+wo2+*m5+*wc3+*mc4
SURAT PERNYATAAN PENGASUHAN ANAK

Kami yang bertanda tangan di bawah ini:
1. «{nama:mo1}», NIK «{nik:mo1}», kakek
2. «{nama:wo2}», NIK «{nik:wo2}», nenek
bertempat tinggal di «address:{rmh:mo1}, {rt:mo1}», Kelurahan {kel:mo1}, No. KK «{kk:mo1}»,

menyatakan dengan sebenarnya bahwa kami mengasuh dan membiayai cucu kami:
1. «{nama:wc3}», NIK «{nik:wc3}», pelajar {smp:1}
2. «{nama:mc4}», NIK «{nik:mc4}», pelajar {sd:1}
karena kedua orang tuanya, «{nama:m5}» dan «{nama:w6}», bekerja di {?Malaysia¦Kalimantan¦Papua} sejak {thn:y1} dan jarang pulang.

Surat pernyataan ini dibuat untuk keperluan pendaftaran anak sebagai anggota keluarga dalam kepesertaan JKN dan pengurusan bantuan pendidikan.

Kupang, {tgll:1}
Yang menyatakan:
1. «{nama:mo1}» ttd
2. «{nama:wo2}» ttd

Mengetahui,
Ketua RT «{nama:m7}»          Lurah {kel:mo1}, «{nama:w8}»

--- social_aid
NOTULEN RAPAT WARGA {rtk^:1}
Hari/Tanggal : {tglh:1}
Tempat : rumah Bapak «{nama:m1}», «address:{rmh:m1}»
Acara : Persiapan lomba dan syukuran HUT RI

Hadir:
1. «{nama:m1}» – Ketua RT – «{hp:m1}»
2. «{nama:w2}» – Bendahara – «{hp:w2}»
3. «{nama:m3}» – «{hp:m3}»
4. «{nama:wo4}» – (tidak punya HP)
5. «{nama:m5}» – «{hp:m5}»

Pembahasan:
1. Lomba anak (makan kerupuk, balap karung) dan lomba voli antar-lorong tanggal 17 Agustus.
2. Iuran {?Rp 25.000¦Rp 30.000} per KK, dibayar paling lambat {tgll:3}. Lansia (Oma «{dpn:wo4}» dan lainnya) dibebaskan.
3. Iuran ditransfer ke rekening bendahara, Mama «{dpn:w2}», BRI «{bri:w2}» a.n. «{nama:w2}».
4. Pak «{dpn:m3}» meminjamkan sound system dan tenda.
5. Hadiah lomba dari sumbangan {toko:1}.

Notulis: «{nama:wy6}»

--- police_order
KEPOLISIAN NEGARA REPUBLIK INDONESIA
DAERAH NUSA TENGGARA TIMUR
RESOR KUPANG KOTA
{jln:1} No. {nokantor:1}, Kupang

SURAT PANGGILAN
Nomor: S.Pgl/{n:b1}/{blr:1}/{thn:1}/Reskrim

Pertimbangan: untuk kepentingan pemeriksaan dalam rangka penyidikan tindak pidana pencurian ternak.
Dasar: Laporan Polisi Nomor {lp:1}.

MEMANGGIL
Nama : «{nama:m1}»
Pekerjaan : {kerja:m1}
Alamat : «address:{rmh:m1}, {rt:m1}», Kel. {kel:m1}

untuk datang menghadap penyidik Bripka «{nama:m2}» pada {tglh:3} pukul 10.00 WITA di ruang Unit Reskrim, untuk didengar keterangannya sebagai SAKSI dalam perkara dugaan pencurian dua ekor sapi milik «{nama:w3}» yang diangkut dengan mobil pick up «{plat:m4}».

Informasi lebih lanjut hubungi penyidik di «{hp:m2}».

Kupang, {tgll:1}
a.n. KEPALA KEPOLISIAN RESOR KUPANG KOTA
KASAT RESKRIM
ttd
«{nama:m5}», S.I.K.
AKP NRP {nrp:1}

--- tax house=wo3+*m1
Kupang, {tgll:1}

Kepada Yth.
Kepala Badan Pendapatan Daerah Kota Kupang
di Kupang

Perihal: Permohonan pembebasan BPHTB atas hibah rumah dari orang tua

Dengan hormat,
Saya:
Nama Wajib Pajak : «{nama:m1}»
NPWP : «{npwpd:m1}»
NIK : «{nik:m1}»
Alamat : «address:{rmh:m1}»
HP : «{hp:m1}»

mengajukan permohonan pembebasan BPHTB atas hibah rumah dan tanah dari ibu kandung saya, «{nama:wo3}», dengan NOP {nop:1}, letak objek di alamat yang sama. Saya guru honorer dengan penghasilan di bawah PTKP, dan rumah ini satu-satunya tempat tinggal kami. Nilai BPHTB yang ditetapkan {rp:j1}.

Terlampir: fotokopi akta hibah, SPPT, KTP, NPWP, KK, dan surat keterangan penghasilan dari sekolah.

Hormat saya,
«{nama:m1}»

--- housing
PERJANJIAN SEWA-MENYEWA RUMAH

Pada hari ini {hari:1}, {tgll:1}, kami yang bertanda tangan di bawah ini:

1. «{nama:w1}», NIK «{nik:w1}», pemilik rumah, beralamat di «address:{rmh:w1}», selanjutnya disebut PIHAK PERTAMA;
2. «{nama:m2}», NIK «{nik:m2}», {kerja:m2}, beralamat asal di {kel:m2}, HP «{hp:m2}», selanjutnya disebut PIHAK KEDUA.

Pasal 1
PIHAK PERTAMA menyewakan rumah di «address:{blok:w1}» kepada PIHAK KEDUA untuk ditempati sebagai rumah tinggal.

Pasal 2
Harga sewa {rp:j1} per tahun, dibayar di muka ke rekening {bankn:w1} «{rek:w1}» a.n. «{nama:w1}».

Pasal 3
Tagihan listrik (ID pelanggan {plnid:1}) dan air (No. sambungan {samb:1}) ditanggung PIHAK KEDUA.

Pasal 4
Perjanjian berlaku 1 (satu) tahun sejak {tgll:1} dan dapat diperpanjang atas kesepakatan kedua pihak.

PIHAK PERTAMA,        PIHAK KEDUA,
«{nama:w1}»          «{nama:m2}»

Saksi: «{nama:m3}» (Ketua RT), «{nama:w4}»

--- markets
Kupang, {tgll:1}

Kepada Yth.
Kepala Dinas Koperasi, UKM dan Perdagangan Kota Kupang
di Tempat

Hal: Permohonan fasilitasi sertifikasi halal dan PIRT

Dengan hormat,
Saya «{nama:wG1}», pelaku usaha mikro (usaha perorangan) pembuat kue kering dan abon ikan di rumah sendiri, «address:{rmh:wG1}, {rt:wG1}», Kelurahan {kel:wG1}. Usaha saya sudah memiliki NIB {nib:1}. NPWP pribadi saya «{npwpn:wG1}». Produk saya dijual di {?Toko Sumber Berkat¦Kios Sejahtera¦Toko Sinar Timor¦Toko Pelita Baru} dan {psr:1}.

Saya mohon diikutkan dalam program sertifikasi halal gratis (SEHATI) dan pelatihan PIRT tahun ini. Dapat dihubungi di «{hp:wG1}» atau email «{mail:wG1}».

Hormat saya,
«{nama:wG1}»

--- transport
KUITANSI / SURAT PERNYATAAN JUAL BELI KENDARAAN

Yang bertanda tangan di bawah ini:
Nama : «{nama:m1}»
NIK : «{nik:m1}»
Alamat : «address:{rmh:m1}»
sebagai PENJUAL,

telah menjual kepada:
Nama : «{nama:m2}»
NIK : «{nik:m2}»
Alamat : «address:{rmh:m2}, {rt:m2}»
sebagai PEMBELI,

satu unit sepeda motor {?Honda Beat¦Yamaha Mio¦Honda Supra X 125} tahun {?2017¦2018¦2019}, warna {?hitam¦merah¦biru}, Nomor Polisi «{plat:m1}», No. Rangka MH1{n:b1}K{n:b2}{n:3}, dengan harga {?Rp 7.500.000¦Rp 9.000.000¦Rp 11.250.000} yang telah dibayar lunas tunai.

Sejak surat ini ditandatangani, kendaraan «{platr:m1}» menjadi tanggung jawab PEMBELI. BPKB masih atas nama «{nama:m1}» dan akan dibalik nama oleh PEMBELI.

Kupang, {tgll:1}
Penjual,             Pembeli,
«{nama:m1}»        «{nama:m2}»
Saksi: «{nama:w3}»

--- health
PEMERINTAH KOTA KUPANG
KELURAHAN {kelx^:1}
{jln:1} No. {nokantor:1}, Telp. {telk:1}

PENGUMUMAN
Nomor: {surat:kel}

Dalam rangka Bulan Bakti KB, {pkm:1} bekerja sama dengan kelurahan membuka layanan KB gratis (implan dan IUD) pada {tglh:3} pukul 08.00–13.00 WITA di aula kantor kelurahan. Kuota {n:b1} akseptor. Pendaftaran di kader posyandu masing-masing atau langsung di loket kelurahan. Peserta membawa KTP dan kartu JKN.

Kupang, {tgll:1}
Lurah {kelx:1}

--- civil_registry
PEMERINTAH KOTA KUPANG
SEKRETARIAT DAERAH
{jln:1} No. {nokantor:1} – Telp. {telk:1}

SURAT EDARAN
Nomor : {surat:setda}

Kepada Yth.
Pimpinan Perangkat Daerah se-Kota Kupang
di Tempat

Dalam rangka melestarikan budaya daerah, seluruh ASN dan non-ASN di lingkungan Pemerintah Kota Kupang wajib mengenakan busana tenun ikat NTT setiap hari Kamis dan pada upacara hari besar daerah, mulai {tgll:3}. Pimpinan perangkat daerah agar melaporkan pelaksanaannya setiap akhir bulan.

Demikian untuk dilaksanakan.

a.n. Wali Kota Kupang
Sekretaris Daerah
(ditandatangani secara elektronik)

--- roads
NOTULEN RAPAT KOORDINASI
Penanganan Genangan di {jln:1}
Tanggal: {tglh:1}, pukul {jam:b1}
Tempat: Ruang Rapat Dinas PUPR

Peserta: Kabid Bina Marga, Kabid SDA, perwakilan BPBD, Dinas Perhubungan, Camat {?Oebobo¦Kota Raja¦Maulafa}, Lurah {kelx:1}.

Pembahasan:
1. Gorong-gorong di depan {sd:1} tersumbat; normalisasi {n:b1} m saluran.
2. Anggaran dari DPA Bidang SDA kode rekening 1.03.03.2.01.{n:1}, nilai {rp:j1}.
3. Dishub memasang rambu pengalihan arus selama pekerjaan.
4. Warga {?RT 01 s.d. RT 06¦di sekitar sekolah} diminta tidak membuang sampah ke saluran.

Kesimpulan: pekerjaan dimulai {tgll:3}, target selesai 30 hari kalender.
Notulis: Sekretariat Bidang SDA

--- schools
PENGUMUMAN
Seleksi Calon Paskibraka Kota Kupang Tahun {thn:1}

Dinas Pemuda dan Olahraga membuka pendaftaran calon Paskibraka bagi siswa kelas X SMA/SMK/MA se-Kota Kupang. Syarat: tinggi badan minimal 170 cm (putra) / 160 cm (putri), sehat jasmani, nilai rapor rata-rata 80. Berkas diserahkan melalui sekolah paling lambat {tgll:4} ke Dispora, {jln:1} No. {nokantor:1}. Seleksi tahap I di Stadion Oepoi, {tglh:5}.

Informasi: {telk:1}

--- schools
SURAT EDARAN
Nomor: {surat:dikbud}

Kepada Yth. Kepala SD/SMP Negeri dan Swasta se-Kota Kupang

Dalam rangka libur Natal dan Tahun Baru, kegiatan belajar mengajar diliburkan mulai {tgll:3} dan masuk kembali {tgll:5}. Pembagian rapor semester ganjil paling lambat {tgll:2}. Selama libur, sekolah tetap membuka layanan tata usaha setiap Senin dan Kamis.

Informasi dapat disampaikan ke SMS 1708 (format KOTKUPANG spasi keluhan) atau telp. {telk:1}.

Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang

--- social_aid
DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA KUPANG

PENGUMUMAN PELATIHAN BERBASIS KOMPETENSI TAHUN {thn:1}

Disnakertrans membuka pelatihan gratis di BLK Kota Kupang:
1. Menjahit pakaian (20 orang)
2. Teknisi sepeda motor (16 orang)
3. Tata boga/pastry (20 orang)
4. Operator komputer (16 orang)

Syarat: warga Kota Kupang usia 18–40 tahun, tidak sedang bekerja, membawa fotokopi KTP, KK, ijazah terakhir. Pendaftaran {tglh:2} s.d. {tglh:4} di {jln:1} No. {nokantor:1}. Informasi: {telk:1} / WA {hpk:1}.

--- waste
SIARAN PERS
Dinas Lingkungan Hidup dan Kebersihan Kota Kupang

Kupang, {tgll:1} – DLHK Kota Kupang menambah {n:1} unit motor sampah roda tiga untuk melayani lorong-lorong sempit di Kecamatan {?Alak¦Kota Lama¦Oebobo}. Dengan tambahan ini, {n:b1} titik pengangkutan dapat dilayani setiap hari.

Warga diminta membuang sampah pukul 18.00–06.00 di TPS resmi. Pelanggaran membuang sampah sembarangan dapat dikenai denda hingga {rp:b1} sesuai Perda Nomor {?3¦7} Tahun {?2011¦2018}.

Kontak media: Humas DLHK, {telk:1}.

--- markets
NOTA DINAS
Nomor : {surat:umum}
Kepada : Kepala Bagian Umum
Dari : Sekretaris Dinas Koperasi, UKM dan Perdagangan
Tanggal : {tgll:1}
Perihal : Permintaan alat tulis kantor dan tinta printer

Dengan hormat, untuk kelancaran pelayanan perizinan dan penerbitan kartu pedagang di {psr:1}, kami mohon disediakan:
1. Kertas HVS A4 70 gr – {n:1} rim
2. Tinta printer hitam – {n:2} botol
3. Map snelhecter – {n:b1} buah
Anggaran dibebankan pada DPA Sekretariat kode rekening 5.1.02.01.01.{n:3}.

Demikian untuk maklum.

--- health house=m1+w2+wc3+mo4
Kupang, {tgll:1}

Kepada Yth.
Kepala Dinas Sosial Kota Kupang
c.q. Bidang Perlindungan dan Jaminan Sosial
di Kupang

Perihal: Permohonan pengalihan kepesertaan JKN mandiri menjadi PBI

Dengan hormat,
Saya yang bertanda tangan di bawah ini:
Nama : «{nama:m1}»
NIK : «{nik:m1}»
No. KK : «{kk:m1}»
Alamat : «address:{rmh:m1}, {rt:m1}», Kel. {kel:m1}
Pekerjaan : {kerja:m1}
HP : «{hp:m1}»

Sejak {bln:b1} saya tidak lagi mampu membayar iuran BPJS Kesehatan mandiri kelas 3 untuk keluarga kami. Tunggakan sudah {rp:b1}. Anggota keluarga:
1. «{nama:m1}» – kartu «{bpjs:m1}»
2. «{nama:w2}» (istri) – kartu «{bpjs:w2}»
3. «{nama:wc3}» (anak) – kartu «{bpjs:wc3}»
4. «name:{dpn2:mo4} {marga:w2}» (bapa mertua, lansia) – kartu «{bpjsg:mo4}»

Bersama ini saya lampirkan SKTM dari kelurahan nomor {surat:kel}. Mohon kiranya kami dapat dialihkan menjadi peserta PBI APBD.

Hormat saya,

«{nama:m1}»
"""


OCR_SCAN = r"""
--- civil_registry
[hasil pindai — lampiran pengaduan {tiket:1}]
SURAT KETERANGAN PENGGANTI KTP-EL
(berlaku 6 bulan sejak diterbitkan)
N I K : «{nikl:w1}»
N a m a : «{scan:w1}»
Tempat/Tgl Lahir : {tempat^:w1}, {lahir:w1}
Jenis Kelamin : PEREMPUAN
Alamat : «address:{rmh^:w1}»
«address:RT/RW : {rtp:w1}»
Kel/Desa : {kel^:w1}
Kecamatan : {kec^:w1}
Keterangan : blangko KTP-el belum tersedia
                                   KOTA KUPANG, {tgld:1}
                                   a.n. KEPALA DINAS

Catatan admin: NIK pada surat terbaca «{nikl:w1}», pada formulir pelapor ditulis «{nik:w1}». Nama di formulir: «{nama:w1}».

--- civil_registry house=m1+w2+mc3+wc4
FORMULIR BIODATA KELUARGA (F-1.01)
Nomor Kartu Keluarga : «{kkl:m1}»
Nama Kepala Keluarga : «{scan:m1}»
Alamat : «address:{rmh^:m1}»
«address:RT/RW : {rtp:m1}»
Kelurahan : {kel^:m1}      Kecamatan : {kec^:m1}
Kode Pos : 8511{?1¦2¦3¦4¦8}   Telepon : «{hp:m1}»

No | Nama Lengkap | NIK | JK | Tgl Lahir | Status Hubungan
1 | «{nama^:m1}» | «{nik:m1}» | L | {lahir:m1} | KEPALA KELUARGA
2 | «{nama^:w2}» | «{nikl:w2}» | P | {lahir:w2} | ISTRI
3 | «{nama^:mc3}» | «{nik:mc3}» | L | {lahir:mc3} | ANAK
4 | «{nama^:wc4}» | «{nik:wc4}» | P | {lahir:wc4} | ANAK

Keperluan : penambahan anggota keluarga / perubahan pendidikan
Pemohon,
«{nama^:m1}»

--- civil_registry house=m2+w1+wb3
GMIT JEMAAT {?BETEL OESAPA¦PNIEL OEBUFU¦KOINONIA¦IMANUEL OEPURA}
SURAT BAPTISAN
No. {n:b1}/BPT/{blr:1}/{thn:1}

Telah dibaptis dalam nama Bapa, Anak dan Roh Kudus:
Nama : «{scan:wb3}»
Tempat/Tgl. Lahir : KUPANG, {lahir:wb3}
NIK : «{nik:wb3}»
Anak dari : «{nama^:m2}» dan «{scan:w1}»
Alamat orang tua : «address:{rmh^:m2}, {rt^:m2}»
Saksi baptis : «{nama^:m4}» dan «{nama^:w5}»
Dilayani oleh : Pdt. «{nama:mR6}», S.Th.
Kupang, {tgll:1}

[difoto orang tua untuk perbaikan nama anak di akta; HP ayah «{hp:m2}»]

--- transport
HASIL PEMERIKSAAN CEK FISIK KENDARAAN BERMOTOR
SAMSAT KOTA KUPANG
No. Polisi : «{plat^:m1}»
Nama Pemilik : «{scan:m1}»
Alamat : «address:{rmh^:m1} {rt^:m1}»
          {kel^:m1} KOTA KUPANG
Merk/Type : {?HONDA / VARIO 125¦YAMAHA / NMAX¦SUZUKI / NEX}
No. Rangka (gesekan) : MH1JM{n:b1}KK{n:b2}{n:3}
No. Mesin (gesekan) : JM{n:b1}E{n:b2}{n:4}
Keperluan : MUTASI MASUK / BALIK NAMA
Hasil : SESUAI
Petugas cek fisik : «{nama^:m2}»

[ocr: lampiran pengaduan antrean balik nama; pemohon «{nama:m1}», HP «{hp:m1}»]

--- health house=wo1+*m2
SURAT ELIGIBILITAS PESERTA
{rs^:1}
No.SEP : {rujukan:1}
Tgl.SEP : {tgld:1}No.Kartu : «{bpjs:wo1}»
Nama Peserta : «{scan:wo1}»
Tgl. Lahir : {lahir:wo1}      Kelamin : P
No. Telepon : «{hp:m2}»
Poli Tujuan : PENYAKIT DALAM
Faskes Perujuk : {pkm^:1}
Diagnosa Awal : HIPERTENSI
Jns. Rawat : RAWAT JALAN   Kls. Rawat : KELAS 3
Penjamin : BPJS KESEHATAN
*Saya menyetujui BPJS Kesehatan menggunakan informasi medis pasien

[catatan petugas: SEP a.n. «{nama:wo1}» diurus anaknya «{nama:m2}»; NIK pasien «{nik:wo1}»]

--- tax
BUKTI PENERIMAAN ELEKTRONIK
SPT Tahunan PPh Orang Pribadi 1770 S
NPWP : «{npwpl:m1}»
NITKU : «{nitku:m1}»
Nama Wajib Pajak : «{scan:m1}»
Tahun Pajak : {?2024¦2025}
Status : NIHIL
NTTE : {n:b1}{n:b2}{n:3}{n:4}
Diterima tanggal : {tgld:0} {jam:e1}

[dilampirkan pada pengaduan "NPWP tidak valid saat daftar kredit". Petugas: NPWP terbaca «{npwpl:m1}», di KTP pemohon «{nama:m1}» NIK «{nik:m1}», alamat «address:{rmh:m1}»]

--- markets
BANK NTT
FORMULIR PEMBUKAAN REKENING TABUNGAN
Nama sesuai identitas : «{scan:w1}»
NIK : «{nik:w1}»
Nama ibu kandung : «{nama^:wo2}»
Alamat : «address:{rmh^:w1}»
«address:RT/RW : {rtp:w1}»
No. HP : «{hp:w1}»
Email : «{mailc:w1}»
Pekerjaan : PEDAGANG
NPWP : «{npwpn:w1}»
Jenis tabungan : SIMPEDA
No. Rekening (diisi bank) : «{ntt:w1}»
Kantor : KC UTAMA KUPANG   Tgl : {tgld:1}

[lampiran permohonan bantuan modal UMKM pedagang pasar]

--- housing
KWITANSI
No. {n:1}
Sudah terima dari : «{nama:wy1}»
{?Uang sejumlah : Satu juta dua ratus ribu rupiah
Untuk pembayaran : sewa 2 tenda + 100 kursi + 10 meja, acara syukuran wisuda
Rp. 1.200.000,-¦Uang sejumlah : Delapan ratus lima puluh ribu rupiah
Untuk pembayaran : sewa 1 tenda + 80 kursi, acara ulang tahun anak
Rp. 850.000,-¦Uang sejumlah : Dua juta rupiah
Untuk pembayaran : sewa 3 tenda + 150 kursi, acara duka
Rp. 2.000.000,-}
Tempat acara : «address:{rmh:wy1}»

Kupang, {tgll:1}
Yang menerima,
«{nama:m2}»
Hp. «{hpl:m2}»

[tulisan tangan, hasil foto; dilampirkan pada pengaduan tenda roboh dan uang jaminan tidak dikembalikan]

--- markets
PEMERINTAH KOTA KUPANG
KELURAHAN {kel^:m1}
SURAT KETERANGAN USAHA
Nomor : {surat:kel}

Lurah {kel:m1} menerangkan dengan sebenarnya bahwa:
Nama : «{scan:m1}»
NIK : «{nikn:m1}»
Alamat : «address:{rmh^:m1}, {rt^:m1}»
benar memiliki usaha kios sembako di rumah sendiri pada alamat tersebut sejak tahun {thn:y1}. Surat keterangan ini diberikan untuk keperluan pengajuan Kredit Usaha Rakyat (KUR).

Kupang, {tgll:1}
LURAH {kel^:m1}
«{nama^:w3}»
NIP. {nip:1}

--- health
{pkm^:1}
SURAT RUJUKAN
No. Rujukan : {rujukan:1}
Kepada Yth. TS Dokter Spesialis Penyakit Dalam {rs^:1}
Mohon pemeriksaan dan penanganan lebih lanjut pasien:
Nama : «{scan:m1}»
Umur : {umur:m1} th    Jenis Kelamin : L
No. Kartu BPJS : «{bpjsl:m1}»
NIK : «{nik:m1}»
Alamat : «address:{rmh^:m1}»
Diagnosa : Diabetes melitus tipe 2 tidak terkontrol
Kupang, {tgl:1}
Dokter pemeriksa,
dr. «{nama:w2}»

[difoto pasien, dilampirkan pada laporan "rujukan ditolak RS"; kontak keluarga «{hp:w3}»]

--- police_order
KEPOLISIAN NEGARA REPUBLIK INDONESIA
RESOR KUPANG KOTA
SURAT TANDA PENERIMAAN LAPORAN
Nomor: STPL/{n:b1}/{blr:1}/{thn:1}/SPKT

Telah diterima laporan dari:
Nama : «{scan:m1}»
Tempat/Tgl Lahir : {ttl:m1}
Pekerjaan : {kerja^:m1}
Alamat : «address:{rmh^:m1} {rt^:m1}»
No. Telp : «{hpl:m1}»
Perihal : kehilangan sepeda motor nopol «{plat^:m1}» di depan {psr^:1} pada {tglh:0} sekira pukul {jam:c1} WITA.
Terlapor : dalam lidik

Kupang, {tgll:0}
KA SPKT "{?A¦B¦C}"
«{nama^:m2}»
AIPDA NRP {nrp:1}

--- civil_registry house=m1+w2
KUTIPAN AKTA PERKAWINAN
No. {akta:1}
Di Kupang pada tanggal {tgll:y1} telah dicatat perkawinan antara:
«{scan:m1}», NIK «{nik:m1}», lahir di {tempat^:m1}, {lahirl:m1},
anak dari «name:{dpn2^:mo3} {marga^:m1}» dan «{nama^:wo4}»,
dengan
«{scan:w2}», NIK «{nikl:w2}», lahir di {tempat^:w2}, {lahirl:w2},
anak dari «name:{dpn2^:mo5} {marga^:w2}» dan «{nama^:wo6}».

Pejabat Pencatatan Sipil Kota Kupang
(ttd)

[ocr lampiran permohonan KK baru, pemohon «{nama:m1}», «address:{rmh:m1}»]

--- tax
BUKTI PEMBAYARAN PKB / SWDKLLJ
SAMSAT KOTA KUPANG
No. Polisi : «{plat^:w1}»
Nama : «{scan:w1}»
Alamat : «address:{rmh^:w1}»
NIK : «{nik:w1}»
PKB Pokok : {rpn:s1}
SWDKLLJ : 35.000
Denda : {rpn:k1}
Jumlah : {rpn:s2}
Kode Bayar : {kodebayar:1}
Tgl. Bayar : {tgld:1} {jam:b1}
Masa Pajak : s/d {tgld:y1}
[dipindai; pengaduan status belum terbayar]

--- markets
[foto karcis, teks hasil OCR]
TAMAN WISATA ALAM CAMPLONG
KARCIS MASUK
No. Seri {ref:1}
Dewasa : Rp 10.000   Anak : Rp 5.000
Kendaraan R2 : Rp 5.000  R4 : Rp 10.000
{tgld:1}
Retribusi sesuai Perda. Simpan karcis selama di dalam kawasan.
Pengaduan: {telk:1}

--- markets
MINIMARKET {?SURYA¦CAHAYA¦BERKAT} OEBUFU
{jln^:1} NO. {nokantor:1}
--------------------------------
BERAS 5KG          1 x 78.500
MINYAK GRG 2L      1 x 38.000
GULA PASIR 1KG     2 x 17.500
--------------------------------
TOTAL             151.500
TUNAI             {?160.000¦200.000¦151.500}
No. {ref:1}  {tgld:1} {jam:b1}
KASIR : 03
NPWP : {npwpo:1}
TERIMA KASIH ATAS KUNJUNGAN ANDA

--- social_aid
[scan warta jemaat]
WARTA JEMAAT {?GMIT KOINONIA¦GMIT BETEL OESAPA¦GMIT PNIEL OEBUFU}
Minggu, {tgll:2}
Ibadah Minggu: 06.30 / 09.00 / 17.00 WITA
Persembahan minggu lalu: Rp {rpn:b1}
Diakonia: pembagian sembako untuk {n:b1} lansia jemaat, {tglh:3}
Sakramen Baptisan Kudus: pendaftaran di kantor majelis paling lambat {tglh:4}
Rekening pembangunan gedung kebaktian: Bank NTT {reko:ntt1} a.n. Majelis Jemaat
Kantor majelis: {telk:1}

--- health
[foto papan informasi, teks hasil OCR]
{rs^:1}
TARIF KAMAR RAWAT INAP PASIEN UMUM (per hari)
VIP ............. Rp 1.250.000
Kelas I ......... Rp 650.000
Kelas II ........ Rp 400.000
Kelas III ....... Rp 200.000
ICU ............. Rp 1.800.000
Peserta JKN sesuai hak kelas. Informasi: {telk:1}
SK Direktur No. {surat:rs}

--- health
[scan brosur]
AYO CEGAH DBD!
3M PLUS:
1. Menguras bak mandi seminggu sekali
2. Menutup tempat penampungan air
3. Mendaur ulang barang bekas
PLUS: pakai kelambu, lotion antinyamuk, pelihara ikan pemakan jentik
Gejala DBD: demam tinggi 2–7 hari, bintik merah, mimisan
Segera ke {pkm^:1} (buka 24 jam) atau hubungi {telk:1}
Dinas Kesehatan Kota Kupang – {thn:1}

--- markets
[foto papan menu, teks hasil OCR]
RUMAH MAKAN {?SE'I SASANDO¦PONDOK LONTAR¦IKAN BAKAR TELUK}
MENU HARI INI
Se'i sapi + nasi ........ 35.000
Se'i babi + nasi ........ 35.000
Ikan kuah asam .......... 30.000
Jagung bose ............. 15.000
Es kelapa muda .......... 12.000
Buka 10.00–22.00 · {jln^:1} No. {nokantor:1}
Pesan antar WA {hpk:1}

--- schools
{smp^:1}
RINCIAN BIAYA KEGIATAN KELAS IX TA {thn:1}/2027
1. Try out (3 kali) ......... Rp {rpn:s1}
2. Pas foto ijazah .......... Rp 25.000
3. Perpisahan (sukarela) ... Rp {rpn:s2}
Pembayaran melalui rekening sekolah {reko:ntt1} a.n. BOS {smp^:1}
NPSN {npsn:1}   Telp TU {telk:1}
[hasil scan edaran yang dibagikan ke orang tua]

--- health
[scan papan pengumuman]
JADWAL POSYANDU {?MAWAR¦MELATI¦ANGGREK¦KENANGA} KEL. {kelx^:1}
Setiap {?Selasa¦Rabu¦Kamis} minggu kedua, pukul 08.00–11.00
Tempat: halaman {grj^:1}
Layanan: timbang, imunisasi, vitamin A (Feb & Agu), PMT
Bawa buku KIA
Pembina: {pkm^:1} – telp {telk:1}

--- transport
SPBU 54.851.{?01¦03¦05} KUPANG
{jln^:1}
NPWP : {npwpo:1}
--------------------------------
Shift : {?1¦2¦3}   No. Trans : {n:b1}{n:b2}
Waktu : {tgld:1} {jam:c1}
Pulau Pompa : {?2¦4¦6}
Produk : PERTALITE
Harga/Liter : Rp 10.000
{?Volume : 5,00 L
Total Harga : Rp 50.000¦Volume : 3,50 L
Total Harga : Rp 35.000¦Volume : 10,00 L
Total Harga : Rp 100.000}
--------------------------------
Terima kasih dan selamat jalan

--- police_order
[hasil pindai formulir pengaduan tulisan tangan — kolom sempit]
FORMULIR PENGADUAN MASYARAKAT
UNIT PENGADUAN KASIH KOTA KUPANG
No. Register : {reg:1}
Nama Pelapor : «{scan:m1}»
NIK : «{nikl:m1}»
Alamat : «address:{rmh^:m1}»
          {kel^:m1}
No. HP/WA : «{hpn:m1}»
Email : «{mailc:m1}»
Uraian : Tetangga «{scan:m2}» parkir truk
         «{plat^:m2}» di depan pagar tiap malam,
         mesin hidup sampai jam 11. Sdh tegur.
Tanda tangan pelapor: (ttd)
Diterima petugas: «{nama:w3}» — {tgld:1}
"""


KUPANG_MALAY = r"""
--- civil_registry house=wo2+*m1
[WA ke Unit Pengaduan Kasih, {tglw:1} {jam:b1}]
Selamat siang bapa ibu. Beta «{nama:m1}» dari «address:{rt:m1}» Kel. {kel:m1}. Beta pung mama «{nama:wo2}» pung KTP deng KK ilang waktu aer banjir masuk rumah bulan lalu. Mama su {umur:wo2} taun, sonde bisa jalan jauh. Dukcapil bilang mama harus datang rekam ulang. Bisa ko petugas datang ke rumah?
NIK mama «{nik:wo2}», KK «{kk:wo2}». Beta pung nomor «{hp:m1}».

[Balasan admin, {tglw:1} {jam:b2}]
Siang bapak «{dpn:m1}». Laporan kami catat nomor {reg:1}, diteruskan ke Dukcapil untuk layanan jemput bola lansia.

[{tglw:3} {jam:c1}] «{dpn:m1}»:
Bapa ibu, petugas Dukcapil su datang ke rumah «address:{rmh:m1}» tadi pagi, mama su rekam. Dong bilang KTP jadi minggu depan. Makasi banyak e 🙏

--- land
Selamat pagi Pak Lurah. Beta «{nama:w1}», tinggal di «address:{rmh:w1}». Beta mau lapor, tetangga «{nama:m2}» pung pohon beringin besar di batas tanah, akarnya su bongkar beta pung tembok deng lantai dapur, retak sampe dua jari. Beta su omong baik-baik deng om «{dpn:m2}» tiga kali, dia bilang "pohon tu su ada dari opa dolu". Tukang bilang perbaikan butuh {rp:b1}.
Beta su lapor ke Pak RT «{nama:m3}», ma sampe sekarang sonde ada jalan keluar. Tolong Pak Lurah panggil katong dua. Beta pung nomor «{hp:w1}».
Makasi,
«{dpn:w1}»

--- schools house=w1+mc2+wc3
Bapa ibu di Dinas Pendidikan, beta «{nama:w1}», mama dari «{nama:mc2}» yang baru lulus dari {sd:1}. Di ijazah nama dia tatulis «{salah:mc2}», padahal di akta deng KK «{nama:mc2}». Sekolah bilang blangko ijazah su tacetak, sonde bisa ganti. Ais kermana dia mau daftar SMP? NISN {nisn:1}.
Ade «{dpn:wc3}» ju sekolah di situ, beta takut nanti sama lai.
Kalo bisa balas ke beta pung email «{mail:w1}» ko beta pung WA «{hp:w1}». KK katong «{kk:w1}».
Makasi banyak.

--- water
Pengaduan via WA, {tglw:1}
Pagi ibu. Beta «{nama:m1}» di «address:{rmh:m1}, {rt:m1}». Aer PDAM su dua minggu sonde jalan, mar tagihan bulan ini naik jadi {?Rp 480.000¦Rp 395.000¦Rp 512.500}, padahal bulan lalu cuma {?Rp 85.000¦Rp 120.000¦Rp 97.500}. Meteran ju sonde bagerak. Nomor sambungan {samb:1}. Beta su datang ke kantor, dong bilang "tunggu sa". Katong ni beli aer tangki {?Rp 100.000¦Rp 125.000} satu tangki.
Tolong ibu e. Beta pung nomor «{hp:m1}», ko istri «{nama:w2}» «{hp:w2}».

Balasan {tglw:2}: Bapak «{dpn:m1}», PDAM su cek, meter rusak, tagihan dihitung ulang jadi rata-rata. Petugas ganti meter hari {hari:3}.

--- police_order
Bapa ibu polisi deng Dishub. Kemarin sore beta pung ade «{nama:my2}» naik ojek pangkalan dari {psr:1}, sampe di {jln:1} sopir minta ongkos {?Rp50.000¦Rp40.000}, ade bilang biasa cuma {?Rp15.000¦Rp20.000}. Ais sopir tu pukul ade pung muka sampe bibir pica. Motor tu plat «{plat:m3}», Beat merah. Orang pangkalan bilang sopir tu nama «{pgl:m3}», nama lengkap «{nama:m3}».
Ade su visum di {rs:1}. Beta «{nama:w1}», nomor «{hp:w1}». Tolong e, supaya dia sonde bekin orang lain lai.
Motor «{platr:m3}» tu tiap hari mangkal di situ.

--- land house=mo0+*m1+*m3
Bapa ibu di Dinas PUPR deng Pak Lurah. Beta «{nama:m1}», anak sulung dari almarhum «{nama:mo0}». Proyek pelebaran {jln:1} su gusur katong pung kuburan keluarga di samping rumah «address:{rmh:mo0}» tanpa kasi tau dolo. Tulang-tulang opa deng bapa dong angkat pake eskavator. Kontraktor "{cv:1}" bilang su ada izin.
Katong sonde pernah tanda tangan apa-apa. NIK beta «{nik:m1}», ade beta «{nama:m3}» NIK «{nik:m3}».
Tolong hentikan dolo kerja di situ e. Beta pung HP «{hp:m1}».

--- health house=w1+mk2
Beta mau tanya ko BPJS. Beta «{nama:w1}». Beta pung anak «{nama:mk2}» pung kartu BPJS ada dua nomor: «{bpjs:mk2}» dari kantor bapa dia, deng «{bpjsp:w1}» yang beta daftar mandiri dolu. Jadi iuran mandiri tatagih terus, su nunggak {rp:s1}. Waktu beta pi {pkm:1} dong bilang harus pilih satu.
Kermana ni? Beta pung NIK «{nik:w1}». Beta pung nomor «{hp:w1}».

Balasan BPJS Kesehatan: Ibu «{dpn:w1}», kepesertaan ganda sudah kami nonaktifkan, yang aktif nomor «{bpjs:mk2}» (segmen pekerja). Tunggakan pada nomor «{bpjsp:w1}» dihapus. Info: Care Center 165.

--- electricity
Pak Lurah deng PLN, beta «{nama:m1}». Beta baru kontrak rumah di «address:{rmh:m1}» bulan lalu, tadi pagi petugas PLN datang putus listrik karena tunggakan {rp:b1} dari penyewa lama, «{nama:m2}». Beta su bayar token sendiri, ma meter pascabayar lama masih atas nama pemilik rumah «{nama:wo3}». Masa beta yang tanggung utang orang? Anak kecil di rumah panas sonde ada kipas.
ID pelanggan {plnid:1}. Beta pung WA «{hp:m1}». Pemilik rumah pung nomor «{hp:wo3}».

--- transport
Selamat malam. Beta «{nama:wy1}», beta mau lapor sopir ojek online tipu. Tadi beta pesan dari {jln:1} ke {rs:1}, di aplikasi nama sopir «{nama:m2}», plat «{plat:m2}». Sampe di tujuan dia minta bayar tunai {?Rp60.000¦Rp75.000}, padahal di aplikasi {?Rp18.000¦Rp22.000}. Beta bilang mau lapor, dia bilang "lapor sa, beta sonde takut". Dia pung nomor «{hp:m2}».
Beta pung nomor «{hp:wy1}», email «{mail:wy1}». Tolong e bapa ibu.

--- police_order
Bapa ibu, beta «{nama:w3}». Tetangga «{nama:w1}» pinjam beta pung KTP bilang mau daftar kartu perdana, ternyata dia pake untuk ambil kredit HP di toko. Sekarang debt collector datang tagih ke beta pung rumah «address:{rmh:w3}», bilang beta nunggak {rp:b1}. Beta sonde pernah tanda tangan apa-apa.
Beta pung NIK «{nik:w3}». Dia pung nomor «{hp:w1}» su sonde aktif, ma dia pung suami «{nama:m2}» masih tinggal di «address:{rmh:m2}». Om «{dpn:m2}» bilang mau cicil ganti, transfer ke beta pung rekening BRI «{bri:w3}» a.n. «{nama:w3}».
Beta pung nomor «{hp:w3}». Katong mau lapor polisi, bisa ko dibantu?

--- housing
Selamat siang bapa ibu. Beta «{nama:wy1}» mahasiswi dari {?Alor¦Sumba¦Flores¦Rote}, kos di «address:{rmh:w2}». Ibu kos «{nama:w2}» usir beta malam ini karena beta pung bapa telat kirim uang kos dua minggu. Beta pung barang dong kasi kaluar ke teras. Padahal beta su bayar deposit {rp:s1}. Ibu kos pung nomor «{hp:w2}».
Beta pung nomor «{hp:wy1}». Beta takut tidor di luar. Tolong e.

Balasan admin: Nona «{dpn:wy1}», kami su hubungi Bhabinkamtibmas Kel. {kel:w2} dan Ibu «{dpn:w2}». Malam ini nona boleh tinggal dolo, besok mediasi di kantor kelurahan jam 09.00.

--- tax
Bapa ibu di kantor pajak. Beta «{nama:w1}», guru SD di Kupang. Beta pung NPWP «{npwpd:w1}» masih terdaftar di KPP {?Ende¦Maumere¦Atambua¦Waingapu} karena dolu beta tinggal di sana. Sekarang beta mau lapor SPT deng urus NPWP baru yang pake NIK «{npwpn:w1}», ma sistem bilang harus pindah KPP dolo. Beta pung alamat sekarang «address:{rmh:w1}». Kermana caranya ko? Beta sonde mau kena denda.
Beta pung WA «{hp:w1}».

--- waste
Pak Lurah, beta «{nama:m1}» dari «address:{rtl:m1}». Tukang sampah «{nama:m2}» yang biasa ambil sampah di katong pung lorong su sonde datang sebulan, ma tiap akhir bulan dia tetap tagih {?Rp20.000¦Rp25.000} ke tiap rumah. Dia bilang uang tu untuk setor ke kelurahan. Betul ko?
Sampah su tatumpuk di depan rumah «{nama:wo3}» di «address:{rmh:wo3}», oma su tua, sonde bisa angkat sendiri. Beta pung nomor «{hp:m1}», om «{dpn:m2}» pung nomor «{hp:m2}».

--- electricity
Pagi bapa ibu PLN. Anak-anak main layangan di lapangan dekat {sd:1}, benang kawat nyangkut di kabel listrik tiap sore. Kemarin ada bunyi ledakan deng api di tiang. Tolong pasang papan larangan ko tegur dong pung orang tua. Bahaya sekali.

--- markets
Bapa ibu, gas elpiji 3 kg di pangkalan dekat {psr:1} su naik jadi {?Rp30.000¦Rp35.000}, padahal HET cuma Rp 21.000. Kalo sonde beli di situ, pengecer jual {?Rp40.000¦Rp45.000}. Mama-mama jual kue su sonde untung. Tolong dinas cek pangkalan dong.

--- roads
Selamat siang Pak Wali. {jln:1} dari {sma:1} sampe {psr:1} tu su ancur, lubang di mana-mana. Kalo ujan, lubang jadi kolam, motor jatuh tiap hari. Minggu lalu ada bemo patah per. Katong su lapor taun lalu, PUPR bilang masuk anggaran. Anggaran taun berapa ni? Tolong cepat e.

--- water
Ibu PDAM, katong di Kel. {kelx:1} ni aer su sonde jalan {?tiga¦empat¦lima} hari. Dari RT 03 sampe RT 11 sama semua. Mama-mama angkat jerigen dari sumur gereja. Tangki PDAM datang cuma satu kali, antre sampe malam. Kapan aer jalan normal? Nomor pengaduan {telk:1} sonde ada yang angkat.

--- waste
Pak Lurah, asap dari TPA Alak tiap malam masuk ke rumah-rumah di {kelx:1}. Sampah tabakar sendiri ko ada yang bakar, sonde tau. Anak-anak batuk, orang tua sesak. Su dua minggu begini. Tolong DLHK padamkan deng jaga TPA malam hari.

--- transport
Bapa ibu Dishub, tiket kapal cepat ke Rote di Pelabuhan Tenau su abis di loket tiap pagi, ma calo di luar jual {?Rp250.000¦Rp300.000}, padahal harga resmi {?Rp175.000¦Rp185.000}. Katong yang mau pulang kampung terpaksa beli di calo. Tolong tertibkan e.

--- transport
Pagi bapa ibu. Antrian BBM di SPBU {jln:1} su panjang sampe ke jalan raya dari jam 5 subuh, bemo deng ojek antri 2 jam. Ma pengecer di pinggir jalan jual pertalite botol {?Rp15.000¦Rp17.000}. Dari mana dong dapat? Tolong cek e.

--- roads
Bapa ibu Dishub, lampu lalu lintas di simpang {jln:1} deng {jln:2} su mati tiga hari. Jam pulang sekolah macet deng hampir tabrakan. Polisi cuma datang pagi. Tolong cepat perbaiki sebelum ada korban.

--- civil_registry house=w1+mc2+wc3
Selamat pagi bapa ibu Dukcapil. Beta «{nama:w1}». Beta pung anak bungsu «{nama:wc3}» sonde masuk di KK. KK lama «{kk:w1}», waktu beta ganti KK su tulis «{dpn:wc3}», ma di KK baru «{kkb:w1}» nama dia sonde ada, cuma kaka «{dpn:mc2}» sa yang ada. Anak mau daftar sekolah, sekolah minta KK.
Akta lahir dia ada, nomor {akta:1}. Beta pung nomor «{hp:w1}». Rumah di «address:{rmh:w1}, {rt:w1}».
Tolong e, beta sonde mau anak sonde sekolah.
"""


HANDOVER = r"""
--- police_order house=m7+w2+wc3 house=m5+mc4
SERAH TERIMA KASUS – UPTD PPA KOTA KUPANG (RAHASIA)
Dari manajer kasus «{nama:w8}» ke «{nama:m9}», {tglh:1}

Kasus aktif:
1. Reg. PPA-{n:b1}/{thn:1} – korban «{nama:w2}» (KDRT), anak «{nama:wc3}». Tinggal sementara di rumah aman. Alamat asal «address:{rmh:w2}, {rt:w2}» – JANGAN diberikan ke siapa pun. HP korban «{hp:w2}», hubungi hanya lewat pendamping.
2. Reg. PPA-{n:b2}/{thn:1} – anak «{nama:mc4}» ({umur:mc4} th), korban perundungan di sekolah. Ayah «{nama:m5}» («{hp:m5}») minta pendampingan psikolog hari {hari:3}.
3. Pengaduan masuk lewat 129: ibu «{nama:wo6}» (telp rumah «{telr:wo6}»), lansia ditelantarkan anak. Perlu asesmen rumah.
Catatan: pelaku kasus 1 («{nama:m7}») sempat datang ke kantor mencari korban. Satpam sudah diberi tahu.

--- health house=wo1+*m2 house=w4+mc3
CATATAN SERAH TERIMA DINAS – RUANG RAWAT INAP {pkm^:1}
Shift malam → pagi, {tgl:1} jam 07.00
Perawat jaga malam: «{nama:w6}»   Diterima oleh: «{nama:w7}»

Bed 1 – «{nama:wo1}» ({umur:wo1} th), KIS «{bpjs:wo1}», diare dehidrasi. Infus ke-3. Keluarga: anak «{nama:m2}» «{hp:m2}».
Bed 2 – «{nama:mc3}» ({umur:mc3} th), BPJS «{bpjs:mc3}», DBD hari ke-4, trombosit 87 rb. Cek darah ulang jam 10. Mama «{dpn:w4}» tunggu di ruangan.
Bed 3 – «{nama:m5}» ({umur:m5} th), pasien umum, belum punya BPJS. NIK «{nik:m5}». Petugas sosial kelurahan diminta bantu daftar PBI. Alamat «address:{rmh:m5}».
Lain-lain: keluarga bed 1 komplain makanan dingin, sudah disampaikan ke dapur.

--- civil_registry house=m4+wc3
SERAH TERIMA LOKET 3 – DISDUKCAPIL
{tglh:1}, pukul 12.00
Dari: «{nama:w8}»   Kepada: «{nama:m9}»

Berkas tertunda:
• Perubahan KK – «{nama:m1}», KK lama «{kk:m1}». Tunggu surat nikah asli dibawa besok.
• Cetak ulang KTP-el – «{nama:w2}», NIK «{nikg:w2}». Blangko habis, pemohon sudah diberi resi {antri:1}. HP «{hp:w2}».
• Akta kelahiran – «{nama:wc3}», ayah «{nama:m4}», NIK ayah «{nik:m4}». Salah ketik nama ibu di F-2.01, perbaiki dulu sebelum TTE.
• Legalisir akta – «{nama:mc5}», NIK «{nik:mc5}», untuk daftar sekolah.
Uang? TIDAK ADA biaya. Pemohon «{dpn:w2}» tadi tanya "uang rokok", sudah dijelaskan gratis.

--- police_order
LAPORAN SERAH TERIMA PIKET MALAM SATPOL PP
{tgl:1} 22.00 s.d. 06.00 WITA
Danru: «{nama:m8}»

1. Penertiban PKL di trotoar {jln:1}: 4 gerobak diamankan. Pemilik: «{nama:m1}» (HP «{hp:m1}»), «{nama:w2}», dan 2 orang tidak mau sebut nama.
2. Kendaraan parkir liar di depan {rs:1} diderek ke markas: pick up «{plat:m3}» (pemilik «{nama:m3}» sudah dihubungi) dan motor «{plat:w4}» (belum ada yang datang).
3. Warga «{nama:m5}» dari «address:{rtl:m5}» lapor pembakaran kabel bekas tengah malam di lahan kosong {kelx:1}. Anggota ke lokasi, api dipadamkan, pelaku kabur.
Barang bukti: 4 gerobak, 1 pick up «{platr:m3}», 1 motor. Kunci disimpan di lemari piket.

--- water
SERAH TERIMA REGU LAPANGAN PDAM – {tglh:1}
Regu malam (Ketua regu «{nama:m8}») → Regu pagi

Belum selesai:
- Kebocoran pipa dinas di depan rumah «{nama:w1}», «address:{rmh:w1}». Air menggenang di halaman, pipa sudah diklem sementara. Pelanggan minta diberitahu sebelum air dimatikan: «{hp:w1}».
- Sambungan {samb:1} a.n. «{nama:m2}» (rumah «address:{rmh:m2}»): meter dicuri. Pelanggan sudah lapor polisi. Pasang meter baru, tanpa biaya.
- Komplain «{nama:wo3}» (telp rumah «{telr:wo3}»): air keruh. Flushing pipa jalur {jln:1}.
Selesai: 3 titik bocor di {kelx:1}.

--- housing
SERAH TERIMA HASIL VERIFIKASI CALON PENERIMA RTLH – KELURAHAN {kelx^:1}
Dari: Fasilitator «{nama:w8}»  Kepada: Operator Dinas Perkim «{nama:m9}»
Tanggal: {tgl:1}

No | Nama | NIK | No KK | RT/RW | Kondisi | Hasil
1 | «{nama^:m1}» | «{nik:m1}» | «{kk:m1}» | «{rtp:m1}» | dinding bebak, atap daun | layak
2 | «{nama^:wo2}» | «{nik:wo2}» | «{kk:wo2}» | «{rtp:wo2}» | lantai tanah, lansia tunggal | layak
3 | «{nama^:m3}» | «{nik:m3}» | «{kk:m3}» | «{rtp:m3}» | rumah permanen, punya mobil «{plat:m3}» | tidak layak
4 | «{nama^:w4}» | «{nik:w4}» | «{kk:w4}» | «{rtp:w4}» | tanah bukan milik sendiri | ditunda

Catatan: no. 3 keberatan, minta dijelaskan langsung, HP «{hp:m3}».

--- disaster
SERAH TERIMA POSKO PENGUNGSIAN {sd^:1}
{tglh:1} pukul 18.00 – Relawan shift siang «{nama:w8}» ke shift malam «{nama:m9}»

Jumlah pengungsi: {n:1} KK / {n:b1} jiwa.
Perlu perhatian:
- Keluarga «{marga:m1}» (KK «{nama:m1}», HP «{hp:m1}»): ibu hamil 8 bulan, sudah diperiksa bidan.
- Oma «{nama:wo2}», {umur:wo2} th, hipertensi. Obat diambil dari {pkm:1}. Anaknya «{nama:m3}» («{hp:m3}») datang malam.
- Bpk. «{nama:m4}» minta izin pulang cek rumah di «address:{rmh:m4}». Diizinkan, wajib kembali jam 21.00.
Logistik: beras {n:2} karung, air mineral {n:3} dus, selimut habis (sudah minta ke BPBD {telk:1}).

--- electricity
SERAH TERIMA SHIFT – LAYANAN PASANG BARU ULP KUPANG
{tgl:1}, 15.00

Antrian pasang baru yang belum selesai:
1. Reg. {tiket:1} – «{nama:m1}», «address:{rmh:m1}», HP «{hp:m1}». Instalasi rumah sudah SLO, tinggal pasang meter. Pelanggan kerja, datang setelah jam 16.00.
2. Reg. {tiket:2} – «{nama:w2}», «address:{rmh:w2}». Jarak tiang > 35 m, perlu tiang tambahan. Tetangga «{nama:m3}» («{hp:m3}») bersedia halamannya dilewati kabel.
3. Reg. {tiket:3} – {pkm:1}, tambah daya, ID {plnid:1}. PRIORITAS (ada pasien rawat inap).
Diserahkan: «{nama:m8}» / Diterima: «{nama:m9}»

--- police_order
BUKU MUTASI SPKT – SERAH TERIMA PIKET
Tanggal {tgl:1}, piket I → piket II
Ka SPKT piket I: Aipda «{nama:m8}»

Laporan masuk:
• LP {lp:1}: pencurian HP di {psr:1}. Pelapor «{nama:w1}», HP «{hp:w1}», alamat «address:{rmh:w1}». Terlapor dalam lidik.
• Pengaduan: tabrakan ringan di {jln:1}, mobil «{plat:m2}» (pengemudi «{nama:m2}») dengan motor «{plat:m3}» (pengemudi «{nama:m3}»). Damai di tempat, surat pernyataan terlampir.
• STPL kehilangan: SIM dan KTP a.n. «{nama:wy4}», NIK «{nik:wy4}».
Barang titipan: 1 HP rusak milik «{dpn:w1}» untuk barang bukti.

--- tax
SERAH TERIMA LOKET PELAYANAN BAPENDA
{tglh:1}, 11.30
Petugas: «{nama:w8}» → «{nama:m9}»

Berkas yang belum selesai:
1. Pengurangan PBB untuk veteran a.n. «{nama:mo1}», NOP {nop:1}. Diurus anaknya «{nama:m2}», NPWP pemohon «{npwpd:m2}». Kurang fotokopi SK veteran.
2. Keberatan PBB NOP {nop:2}, wajib pajak «{nama:w3}», NPWP «{npwpn:w3}» (NIK sebagai NPWP). Tunggu hasil peninjauan lapangan.
3. Pendaftaran NPWPD usaha katering rumahan a.n. «{nama:w4}» (usaha perorangan), NPWP pribadi «{npwp:w4}», NITKU «{nitku:w4}», HP «{hp:w4}». Alamat usaha = rumah «address:{rmh:w4}».
4. Usaha katering {cv:1}, NPWP badan {npwpo:1} – sudah selesai, tinggal ambil.

--- schools house=m2+wc1 house=w4+mc3
SERAH TERIMA MEJA VERIFIKASI SPMB – {smp^:1}
Hari ke-{?2¦3¦4¦5}, {tgl:1}
Operator pagi: «{nama:w8}» → operator siang: «{nama:m9}»

Belum diverifikasi (dokumen kurang):
1. «{nama:wc1}» – NIK «{nik:wc1}» – KK «{kk:wc1}» – alamat di KK «address:{rmh:wc1}» berbeda dengan surat domisili. Ortu: «{nama:m2}», «{hp:m2}».
2. «{nama:mc3}» – NIK «{nik:mc3}» – akun SPMB pakai email ortu «{mail:w4}». Minta reset password.
3. «{nama:mc5}» – jalur afirmasi, KIP {kks:1}. Kartu KIS «{bpjs:mc5}» sebagai bukti PBI.
Sudah diverifikasi: {n:b1} pendaftar. Helpdesk dinas {telk:1}.

--- civil_registry
SERAH TERIMA MEJA PELAYANAN KELURAHAN {kelx^:1}
{tglh:1}
Dari «{nama:w8}» ke «{nama:m9}»

Surat yang sudah dibuat, belum diambil:
- SKTM a.n. «{nama:m1}», NIK «{nik:m1}», untuk berobat ke {rs:1}. No. {surat:kel}.
- Domisili a.n. «{nama:wy2}», NIK «{nik:wy2}», «address:{rmh:wy2}, {rt:wy2}».
- Pengantar nikah (N1–N4) a.n. «{nama:m3}» dan «{nama:w4}». Tunggu tanda tangan Lurah.
Titipan: KTP asli a.n. «{nama:m1}» tertinggal di meja, disimpan di laci. Hubungi «{hp:m1}».

--- health house=w2+mc3
SERAH TERIMA KASIR / MEJA BPJS – {rs^:1}
{tgl:1} pukul 14.00

Pengembalian dana (salah tagih pasien JKN), belum ditransfer:
1. «{nama:m1}», kartu JKN «{bpjs:m1}», {rp:b1}, rek BRI «{bri:m1}»
2. «{nama:w2}» untuk anak «{nama:mc3}», kartu «{bpjs:mc3}», {rp:s1}, rek Bank NTT «{ntt:w2}»
3. «{nama:wo4}», kartu «{bpjs:wo4}», {rp:s2}, tunai (keluarga ambil, HP «{hp:m5}» a.n. «{nama:m5}»)
Rekening penampung RS {reko:ntt1} saldo cukup. Bukti transfer diserahkan ke bagian keuangan.
Diserahkan: «{nama:w8}»  Diterima: «{nama:w9}»

--- civil_registry
SERAH TERIMA STOK BLANGKO – DISDUKCAPIL
{tgl:1}, gudang lantai 1
Blangko KTP-el: {n:b1} lembar (diterima dari Kemendagri {n:b2} lembar, terpakai {n:1})
Pita printer: {n:2} buah
Kertas HVS security (KK/akta): {n:3} rim
Antrian hari ini: {antri:1} s.d. {antri:2}
Catatan: printer loket 2 rusak, sudah lapor teknisi (tiket IT {tiket:1}). Pengaduan pemohon diteruskan ke 1708.

--- water
SERAH TERIMA OPERATOR POMPA – SUMBER {?OENAEK¦BAUMATA¦KALI DENDENG}
Shift malam → shift pagi, {tgl:1}
Pompa 1: jalan, debit {n:1} l/detik
Pompa 2: mati, bearing rusak, tiket perbaikan {tiket:1}
Reservoir: {n:2}%
Klorin: sisa {n:3} kg
Jadwal distribusi hari ini: Zona II (Kel. {kelx:1}, {kelx:2}) 05.00–10.00
Listrik padam {jam:f1}–{jam:f2}, genset dipakai 40 menit (solar {n:4} liter).

--- police_order
SERAH TERIMA KUNCI DAN INVENTARIS POS JAGA – KANTOR WALI KOTA
{tglh:1}
Kunci ruang rapat Garuda, Sasando, ruang server: lengkap
HT: 6 unit (1 rusak, dikirim ke Bagian Umum)
Buku tamu: {n:b1} tamu hari ini
Kejadian: tidak ada. Listrik padam 10 menit pukul {jam:c1}.
Nomor darurat pos: {telk:1} / piket {hpk:1}

--- disaster
SERAH TERIMA GUDANG LOGISTIK BPBD KOTA KUPANG
{tglh:1}
Stok awal → keluar → sisa:
Terpal: {n:b1} → {n:1} → dicatat
Selimut: {n:b2} → {n:2} → dicatat
Matras: {n:3} lembar (tidak keluar)
Paket sembako: {n:4} paket dikirim ke posko {sd:1}
Surat jalan no. {surat:bpbd}
Catatan: atap gudang bocor di sudut timur, stok dipindah ke rak tengah. Kunci gudang di piket Pusdalops ({telk:1}).

--- waste
SERAH TERIMA OPERASIONAL TPS & ARMADA DLHK
{tglh:1}
Truk yang jalan: {n:1} unit (2 unit servis di bengkel dinas)
Rute tidak terlayani: {jln:1} (jalan ditutup proyek), Kel. {kelx:1} sebagian
Ritase ke TPA Alak: {n:b1} rit, tonase {n:b2} ton
Keluhan masuk lewat 1708: {n:2} (nomor tracking {tiket:1}, {tiket:2})
Solar: {n:3} liter, nota SPBU {ref:1}

--- health
SERAH TERIMA DINAS – IGD {rs^:1}
{tgl:1} shift sore → malam
Pasien di IGD: {n:1} (menunggu kamar: {n:2})
Ventilator: 2 unit, 1 terpakai
Stok O2: {n:3} tabung
Ambulans: 1 di tempat, 1 rujuk ke {rs^:2}
Telepon IGD {telk:1} sempat mati pukul {jam:e1}–{jam:e2}, sudah normal.
Tidak ada kejadian luar biasa.

--- health
SERAH TERIMA STOK OBAT – APOTEK {pkm^:1}
{tglh:1}
Paracetamol 500 mg: {n:b1} tablet
Amoksisilin 500 mg: {n:b2} kapsul
Oralit: {n:1} sachet (menipis, sudah diminta ke Instalasi Farmasi Kota)
Vaksin campak-rubela: {n:2} vial (suhu lemari 2–8°C, log suhu lengkap)
Salep mata kloramfenikol: kosong sejak {tgls:0}, menunggu distribusi
Permintaan LPLPO dikirim {tgl:1}. Kontak IFK: {telk:1}

--- roads
SERAH TERIMA PENGAWASAN PEKERJAAN – DINAS PUPR
Paket: Rehabilitasi drainase {jln:1}
Kontraktor: {cv:1}, NPWP {npwpo:1}
Progres s.d. {tgl:1}: {n:1}%
Cuaca: hujan sore, pekerjaan berhenti pukul {jam:d1}
Material di lokasi: semen {n:b1} sak, besi {n:2} batang
Catatan: galian depan {sd:1} belum dipasang pagar pengaman – segera.
Pengawas lapangan shift berikut diminta cek kualitas beton (slump test).
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
    "kupang_malay": KUPANG_MALAY,
    "handover": HANDOVER,
}


if __name__ == "__main__":
    main()
