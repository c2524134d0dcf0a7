# ruff: noqa: E501, RUF001
"""Write redaction_dev9.jsonl: people, homes and numbers in running text and social posts.

Texts are written inline with labels (`[[name:Yohanes Ndun]]`) and placeholders (`{N}`, `{P}`,
`{A}` ...) filled from a seeded random generator; the script strips the markers, computes the
character offsets and checks every span. Run `python3 make_redaction_dev9.py`; the output is the
same on every run.
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from pathlib import Path

SEED = 20261211
INSTANCES = 4
OUT = Path(__file__).with_name("redaction_dev9.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}

GIVEN = [
    "Yohanes",
    "Marsel",
    "Yuliana",
    "Maria",
    "Agustina",
    "Yosef",
    "Frans",
    "Dominggus",
    "Marthen",
    "Selfi",
    "Yakob",
    "Sofi",
    "Gracia",
    "Imanuel",
    "Leni",
    "Kristofel",
    "Anace",
    "Erni",
    "Vivi",
    "Yanti",
    "Dewi",
    "Paulus",
    "Nikodemus",
    "Rosalina",
    "Melki",
    "Yunus",
    "Ferdinand",
    "Hendrik",
    "Sarlota",
    "Adriana",
    "Welem",
    "Aleta",
    "Oktovianus",
    "Yermias",
    "Debora",
    "Novi",
    "Budi",
    "Sutrisno",
    "Wahyuni",
    "Siti",
    "Ahmad",
    "Abdullah",
    "Fatimah",
    "Hasan",
    "Nurhayati",
    "Lina",
    "Meiliana",
    "Aldi",
    "Rian",
    "Yuli",
    "Veronika",
    "Kornelis",
    "Stefanus",
    "Benediktus",
    "Maksimus",
    "Herman",
    "Jefri",
    "Elisabeth",
    "Margaretha",
    "Daniel",
    "Samuel",
    "Ester",
    "Rut",
    "Umbu",
    "Ignasius",
    "Fransiska",
    "Kristina",
    "Muhammad",
    "Aisyah",
    "Hok",
    "Wayan",
]
WORDNAMES = [
    "Indah",
    "Kasih",
    "Bunga",
    "Intan",
    "Melati",
    "Berkat",
    "Untung",
    "Selamat",
    "Damai",
    "Mawar",
]
FAMILY = [
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
    "Riwu Kaho",
    "Therik",
    "Pah",
    "Nenobais",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Ratu",
    "Lobo",
    "Selan",
    "Haba",
    "Bire",
    "Kapitan",
    "Neonufa",
    "Sabneno",
    "Djawa",
    "Ga Lena",
    "Dju Dara",
    "Lede",
    "Kana",
    "Tanesib",
    "Nope",
    "Toelle",
    "Pandie",
    "Adoe",
    "Sinlae",
    "Dethan",
    "Lenggu",
    "Kolo",
    "Uly",
    "Pellokila",
    "Manu",
    "Da Costa",
    "Pareira",
    "Wungubelen",
    "Maukari",
    "Hambandima",
    "Kaborang",
    "Djami",
    "Hede",
    "Riwu Rohi",
    "Santoso",
    "Wibowo",
    "Tan",
    "Liem",
    "Alkatiri",
    "Bachmid",
    "Mappa",
    "Tallo",
    "Ratu Edo",
    "Leo",
    "Seran",
    "Bria",
    "Nahak",
    "Kase",
    "Nalle",
    "Missa",
]
NICKS = ["Nyong", "Ati", "Ose", "Nona", "Ucu", "Eton", "Boy", "Ito", "Adi", "Enci"]
KEL = [
    "Oebobo",
    "Oesapa",
    "Oebufu",
    "Liliba",
    "Sikumana",
    "Fatululi",
    "Oepura",
    "Namosain",
    "Kayu Putih",
    "Penfui",
    "Bakunase",
    "Naikoten",
    "Oetete",
    "Airnona",
    "Kelapa Lima",
    "Lasiana",
    "Tuak Daun Merah",
    "Fontein",
    "Maulafa",
    "Naimata",
    "Belo",
    "Kolhua",
    "Alak",
    "Manutapen",
    "Nunbaun Sabu",
    "Pasir Panjang",
    "Oeba",
    "Fatubesi",
    "Nefonaek",
    "Oenesu",
]
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
STREETS = [
    "Nangka",
    "Kenari",
    "Sukun",
    "Amabi",
    "Timor Raya",
    "Alfons Nisnoni",
    "Rote",
    "Kelinci",
    "Herewila",
    "Perintis Kemerdekaan",
    "Bakti",
    "Flamboyan",
    "Cak Doko",
    "Soeharto",
    "Adisucipto",
    "Jati",
    "Beringin",
    "Samratulangi",
    "Bajawa",
    "Manafe",
    "Kartini",
    "Mohammad Hatta",
    "Cendana",
    "Frans Seda",
    "W.J. Lalamentik",
    "Piet A. Tallo",
    "El Tari",
    "Thamrin",
    "Sumba",
    "Kamboja",
]
GANGS = [
    "Mawar",
    "Kakatua",
    "Sepakat",
    "Damai",
    "Melati",
    "Anggrek",
    "Kenanga",
    "Merpati",
    "Rukun",
    "Harapan",
]
CHURCH = [
    "GMIT Kalvari",
    "GMIT Paulus",
    "GMIT Kota Baru",
    "Katedral Kristus Raja",
    "GMIT Efata",
    "Gereja St. Yoseph",
]
PUBPLACE = [
    "Pasar Oebobo",
    "Pasar Kasih Naikoten",
    "Terminal Kupang",
    "Lippo Plaza",
    "Bundaran PU",
    "Pantai Lasiana",
    "Taman Nostalgia",
    "Pelabuhan Tenau",
    "Bandara El Tari",
    "Transmart Kupang",
    "Pasar Oeba",
    "RSUD W. Z. Johannes",
    "Stadion Merdeka",
    "Kampus Undana Penfui",
]
OFFICES = [
    "Dukcapil Kota Kupang",
    "Dinas PUPR",
    "Dinas Sosial",
    "Bapenda Kota Kupang",
    "Kantor Lurah",
    "PDAM Kota Kupang",
    "Puskesmas Oebobo",
    "Dinas Kesehatan",
    "Samsat Kupang",
    "BPJS Kesehatan Cabang Kupang",
]
SHOPS = [
    "Toko Sinar Abadi",
    "UD Berkat Jaya",
    "Toko Harapan Baru",
    "Apotek Kasih",
    "Bengkel Maju Motor",
    "Kios Damai",
    "Toko Bangunan Sumber Rejeki",
    "CV Timor Jaya",
]
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
HANDLES = [
    "@pemkotkupang",
    "@infokupang",
    "@kupang_update",
    "@dukcapilkupang",
    "@pdamkotakupang",
    "@ombudsmanntt",
    "@kupangtimes",
    "@lapor1708",
    "@netizen_kpg",
    "@nona_oesapa88",
]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


class Values:
    """The random values of one instance; the same placeholder gives the same value."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cache: dict[str, str] = {}
        self.used_family: set[str] = set()
        self.used_given: set[str] = set()

    def get(self, key: str) -> str:
        if key not in self.cache:
            self.cache[key] = self.make(key)
        return self.cache[key]

    def family(self) -> str:
        while True:
            f = self.rng.choice(FAMILY)
            if f not in self.used_family:
                self.used_family.add(f)
                return f

    def given(self) -> str:
        while True:
            g = self.rng.choice(GIVEN)
            if g not in self.used_given:
                self.used_given.add(g)
                return g

    def make(self, key: str) -> str:  # noqa: PLR0911, PLR0912
        r = self.rng
        base = key.rstrip("0123456789")
        if base == "N":
            return f"{self.get('F' + key[1:])} {self.get('S' + key[1:])}"
        if base == "F":
            return self.given()
        if base == "S":
            return self.family()
        if base == "W":
            return r.choice(WORDNAMES)
        if base == "K":
            return r.choice(NICKS)
        if base == "P":
            return self.phone()
        if base == "H":
            n = "8" + digits(r, 5)
            return r.choice([f"0380 {n}", f"(0380) {n[:4]} {n[4:]}", f"0380-{n}"])
        if base in ("NIK", "KK"):
            return self.nik()
        if base == "NPWP":
            if r.random() < 0.5:
                d = digits(r, 15)
                return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
            return self.nik(plain=True)
        if base == "BPJS":
            d = "000" + digits(r, 10)
            return r.choice([d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12]}"])
        if base == "REK":
            return r.choice(
                [
                    lambda: f"{digits(r, 4)}-01-{digits(r, 6)}-{digits(r, 2)}-{digits(r, 1)}",
                    lambda: digits(r, 10),
                    lambda: f"{digits(r, 3)}-00-{digits(r, 7)}-{digits(r, 1)}",
                    lambda: f"{digits(r, 3)}.01.02.{digits(r, 6)}-{digits(r, 1)}",
                    lambda: digits(r, 13),
                    lambda: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 4)}",
                ]
            )()
        if base == "PL":
            letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
            p = f"{r.choice(['DH', 'DH', 'DH', 'EB', 'ED', 'EA'])} {r.randint(1000, 9999)} {''.join(r.choice(letters) for _ in range(r.choice([1, 2, 2])))}"
            return r.choice([p, p, p.replace(" ", ""), p.lower()])
        if base == "A":
            return self.address()
        if base == "RT":
            a, b = r.randint(1, 40), r.randint(1, 12)
            return r.choice(
                [
                    f"RT {a:02d} RW {b:02d}",
                    f"RT {a:03d}/RW {b:03d}",
                    f"rt {a} rw {b}",
                    f"RT.{a:02d}/RW.{b:02d}",
                    f"RT {a:02d}",
                    f"RT {a}/RW {b}",
                ]
            )
        if base == "E":
            f = self.get("F" + key[1:]).lower()
            s = self.get("S" + key[1:]).lower().replace(" ", "")
            return f"{r.choice([f + '.' + s, s + '_' + f, f + s + digits(r, 2), f[0] + s])}@{r.choice(['gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com', 'ymail.com'])}"
        if base == "n":
            return str(r.randint(2, 40))
        if base == "age":
            return str(r.randint(6, 78))
        if base == "kel":
            return r.choice(KEL)
        if base == "kec":
            return r.choice(KEC)
        if base == "street":
            return r.choice(STREETS)
        if base == "gang":
            return r.choice(GANGS)
        if base == "church":
            return r.choice(CHURCH)
        if base == "pub":
            return r.choice(PUBPLACE)
        if base == "office":
            return r.choice(OFFICES)
        if base == "shop":
            return r.choice(SHOPS)
        if base == "month":
            return r.choice(MONTHS)
        if base == "day":
            return r.choice(DAYS)
        if base == "date":
            return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026"
        if base == "time":
            return f"{r.randint(6, 21):02d}.{r.choice(['00', '15', '30', '45'])}"
        if base == "rp":
            return r.choice(
                [
                    f"Rp {r.randint(1, 9)}.{r.randint(0, 9)}00.000",
                    f"Rp{r.randint(5, 95)}.000",
                    f"{r.randint(50, 900)} ribu",
                    f"Rp {r.randint(100, 999)}.000",
                ]
            )
        if base == "op":
            return r.choice(
                [
                    f"(0380) 8{digits(r, 2)} {digits(r, 3)}",
                    f"0380-8{digits(r, 5)}",
                    f"0811-38{digits(r, 2)}-{digits(r, 4)}",
                    f"0813 3{digits(r, 3)} {digits(r, 4)}",
                ]
            )
        if base == "cnpwp":
            d = digits(r, 15)
            return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
        if base == "tkt":
            return r.choice(
                [
                    f"#LPR-2026-{digits(r, 4)}-{digits(r, 4)}",
                    f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 3)}",
                    f"LAPOR-5371-2026-{digits(r, 5)}",
                ]
            )
        if base == "bill":
            return "8202" + digits(r, 11)
        if base == "idpel":
            return "5312" + digits(r, 8)
        if base == "trx":
            return "2026" + digits(r, 12)
        if base == "letter":
            return f"{r.choice(['470', '400', '503', '700', '005'])}/{r.randint(10, 999)}/{r.choice(['KEL', 'DKPS', 'PUPR', 'SEKR'])}/2026"
        if base == "va":
            return f"8808 {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}"
        if base == "h":
            return r.choice(HANDLES)
        if base == "nop":
            return f"53.71.0{r.randint(10, 99)}.00{r.randint(1, 9)}.{digits(r, 3)}-{digits(r, 4)}.0"
        if base == "nip":
            return f"19{digits(r, 6)} {digits(r, 6)} {r.choice('12')} {digits(r, 3)}"
        msg = f"unknown placeholder {key}"
        raise KeyError(msg)

    def phone(self) -> str:
        r = self.rng
        d = r.choice(
            ["812", "813", "821", "822", "852", "853", "811", "815", "817", "818", "857", "895"]
        ) + digits(r, r.choice([8, 8, 9]))
        if len(d) == 11:
            a, b, c = d[:3], d[3:7], d[7:]
        else:
            a, b, c = d[:3], d[3:7], d[7:]
        return r.choice(
            [
                f"0{d}",
                f"0{a}-{b}-{c}",
                f"0{a} {b} {c}",
                f"0{a}.{b}.{c}",
                f"+62 {a}-{b}-{c}",
                f"+62{d}",
                f"62{d}",
                f"62 {a} {b} {c}",
                f"0{d}",
            ]
        )

    def nik(self, *, plain: bool = False) -> str:
        r = self.rng
        region = r.choice(["5371", "5371", "5371", "5301", "5302", "5313"])
        dist = f"{r.randint(1, 6):02d}"
        day = r.randint(1, 28) + r.choice([0, 40])
        birth = f"{day:02d}{r.randint(1, 12):02d}{r.randint(50, 99) if r.random() < 0.7 else r.randint(0, 8):02d}"
        serial = f"{r.randint(1, 30):04d}"
        d = region + dist + birth + serial
        if plain:
            return d
        return r.choice(
            [
                d,
                d,
                f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}",
                f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:12]}.{d[12:]}",
            ]
        )

    def address(self) -> str:
        r = self.rng
        n = r.choice([str(r.randint(1, 120)), str(r.randint(1, 60)) + r.choice("ABC")])
        k = r.randint(1, 9)
        core = r.choice(
            [
                f"Jl. {r.choice(STREETS)} No. {n}",
                f"Jl. {r.choice(STREETS)} No.{n}",
                f"Jalan {r.choice(STREETS)} nomor {n}",
                f"Gg. {r.choice(GANGS)} No. {n}",
                f"Gang {r.choice(GANGS)} nomor {n}",
                f"Jl. {r.choice(STREETS)} Gg. {k} No. {n}",
                f"lrg {k} no {n}",
                f"Jl. {r.choice(STREETS)} no {n}",
                f"Lr. {r.choice(GANGS)} No. {n}",
            ]
        )
        a, b = r.randint(1, 40), r.randint(1, 12)
        tail = r.choice(
            ["", "", f", RT {a:03d}/RW {b:03d}", f" RT {a:02d}/RW {b:02d}", f" rt {a} rw {b}"]
        )
        return core + tail


# ---------------------------------------------------------------------------------------------
# Templates: (style, text). `{X:l}` lower case, `{X:u}` capitals. Placeholders outside a marker
# that hold personal data are labelled; inside `[[kind:...]]` they are filled in raw.
# ---------------------------------------------------------------------------------------------

LABELLED = {
    "N": "name",
    "F": "name",
    "S": "name",
    "W": "name",
    "K": "name",
    "P": "phone",
    "H": "phone",
    "NIK": "nik",
    "KK": "kk",
    "NPWP": "npwp",
    "BPJS": "bpjs",
    "REK": "bank_account",
    "PL": "plate",
    "A": "address",
    "RT": "address",
    "E": "email",
}

SOCIAL = [
    (
        "social",
        "Tolong bantu share 🙏 Telah hilang anak kami {N}, umur {n} thn, terakhir terlihat di {pub} hari {day} sore pakai baju merah. Yg lihat tolong hubungi mamanya {F2} di {P}. #InfoKupang #OrangHilang",
    ),
    (
        "social",
        "Makasih banyak buat Om {F} sopir bemo jurusan {kel} yg su antar dompet beta pulang 😭🙏 orang baik masih ada. {h} {h2}",
    ),
    (
        "social",
        "{N:l} ini yg tadi pagi marah2 di loket Dukcapil. Petugasnya ibu {F2} su jelaskan baik2 tapi dia tetap teriak 😤 kasian yg antri",
    ),
    (
        "social",
        "Replying to {h}\nPak, sudah 3 minggu lampu jalan depan rumah sy mati. Rumah sy {A}, Kel. {kel}. Tolong ditindak 🙏",
    ),
    (
        "social",
        "Selamat ulang tahun mama {F} 🎂❤️ sehat selalu ya ma. Foto bareng Oma {F2} dan adik {F3} di rumah {kel} kemarin. #family #kupang",
    ),
    (
        "social",
        "itu bapak yg pukul anak di video tu namanya {N:l}, rumahnya di {A:l} 😡 lapor polisi sa",
    ),
    (
        "social",
        "Info warga: mohon doa untuk {N} ({age} thn) yg dirawat di RSUD W. Z. Johannes sejak {day}. Keluarga bisa dihubungi di {P}. Tuhan berkati 🙏",
    ),
    (
        "social",
        "DICARI!!! Motor Vario hitam plat {PL} hilang di parkiran {pub} tgl {date}. Pemilik {N}, hub {P}. Share sebanyak2nya 🙏🙏",
    ),
    (
        "social",
        "{h} bukan dia kaka, yg benar {N} yg jual ikan di Pasar Oeba. Beta kenal dia pung anak {F2}.",
    ),
    (
        "social",
        "Antri dari jam 6 pagi di Dukcapil, giliran sy dipanggil petugas bilang sistem offline. NIK sy {NIK} katanya ganda dgn org lain. Hebat Kupang 👏 #DukcapilKupang",
    ),
    (
        "social",
        "DITEMUKAN dompet coklat di bemo jurusan {kel}–Kota. Isinya KTP a.n. {N:u} dan kartu ATM. Pemilik silakan inbox sy atau ambil di Pos Polisi {kel2}.",
    ),
    (
        "social",
        "Terima kasih bidan {F} di Puskesmas {kel} 🙏 sabar sekali layani istri sy waktu melahirkan. Pelayanan begini yg kami mau. #PuskesmasKupang",
    ),
    (
        "social",
        "ORANG HILANG: {N:u}, {age} tahun, pergi dari rumah di {A} sejak {day} malam. Ciri2: tinggi sedang, kulit sawo matang. Info hub. kakaknya {F2} {P} atau kantor polisi terdekat.",
    ),
    (
        "kupang_malay",
        "kaka {F:l} kalo lu baca ni, lu pung dompet ada di beta. wa beta {P} 🙏 jang takut, beta sonde minta apa2",
    ),
    (
        "whatsapp",
        "*Diteruskan*\nMohon bantuan warga, anak [[name:{F} {S}]], siswa kelas 5 SD Inpres {kel}, belum pulang sejak kemarin sore. Bapaknya [[name:{F2} {S}]] bisa dihubungi di {P}. Mohon sebar 🙏",
    ),
    (
        "social",
        "Pak Lurah {kel}, {N}, tolong jangan cuma foto2 di IG 📸 jalan depan kantor lurah sendiri su hancur. Warga tunggu aksi!",
    ),
    (
        "social",
        "Sy {N}, mau kasih tau sopir angkot {PL} ugal2an di {street} tadi {time}, hampir tabrak anak sekolah 😡 {h}",
    ),
    (
        "social",
        "tag {N:l} sm {N2:l} nih, kalian yg kemarin cari info pendaftaran KIP kan? 👆 tanya di kantor lurah sa",
    ),
    (
        "social",
        "Salut sama petugas Damkar {F}! 🔥🚒 tadi malam bantu padamkan api di rumah keluarga {S2} di {kel}. #Damkar #KupangKotaKasih",
    ),
    (
        "kupang_malay",
        "woi sapa yg kenal {N:l}? dia pinjam beta pung motor {PL} dari {day} sampe sekarang sonde kembali 😤 nomor hp su sonde aktif",
    ),
    (
        "social",
        "Kalo mau beli kue lapis, pesan di mama {F} sa, {P}, enak dan murah 😋 rumahnya di {A} dekat {church}.",
    ),
    (
        "whatsapp",
        "[{date} {time}] {F:l}: kaka, yg hilang tu {K} ade dari {F2}\n[{date} {time}] {F3}: iya su dapat, ada di rumah keluarga {S} di {kel}",
    ),
    (
        "social",
        "Thread 🧵 pengalaman urus BPJS bapa sy {N}. No kartu {BPJS} tiba2 nonaktif padahal PBI. Dilempar dari Puskesmas ke Dinsos ke BPJS. 1/",
    ),
    (
        "social",
        "Yg merasa kehilangan HP Samsung di {pub} tadi siang, sudah diamankan oleh {N}, hubungi {P} ya 🙏 #barangtemuan",
    ),
    # without personal data
    (
        "social",
        "Jalan di {street} rusak parah 😭 kapan diperbaiki pak {h}? Tiap hujan jadi kolam. #KupangKotaKasih",
    ),
    (
        "social",
        "Pelayanan di {office} hari {day} luar biasa cepat 👍 Terima kasih petugas semua. #LayananPrima",
    ),
    (
        "kupang_malay",
        "PDAM mati lai di {kel} dari {day}. Call center {op} sonde angkat. Katong mandi pake apa? 😩 {h}",
    ),
    (
        "social",
        "Info loker: {shop} di Jl. {street} No. {n} butuh 2 karyawan. WA toko {op}. Share ya teman2",
    ),
    (
        "social",
        "Replying to {h} {h2}\nSudah lapor lewat LAPOR! nomor tiket {tkt} tapi belum ada tanggapan sampai {date}. Ini bagaimana? 🙄",
    ),
    (
        "social",
        "Yg mau bayar PBB bisa di Bank NTT atau lewat aplikasi, kode billing {bill}. Jangan percaya calo ya gaes ⚠️",
    ),
    (
        "social",
        "Warga RT {n} {kel} kerja bakti bersihkan got hari {day} 💪 mantap! #GotongRoyong #KupangBersih",
    ),
    (
        "social",
        "⚠️ Awas penipuan! Ada akun mengatasnamakan Dinas Sosial minta transfer {rp}. Dinsos tidak pernah minta uang. Hotline Dinsos {op}.",
    ),
    (
        "social",
        "Lampu jalan di Jl. {street} depan {church} su mati 2 minggu. Gelap sekali kalo malam 😟 {h}",
    ),
    (
        "kupang_malay",
        "sapa yg tau jadwal posyandu di {kel} bulan {month}? beta pung ana su harus imunisasi 🙏",
    ),
    (
        "social",
        "Mantap bapa2 polisi 👍 jam {time} tadi lalu lintas di {pub} jadi lancar. Terima kasih Polresta Kupang Kota",
    ),
    (
        "whatsapp",
        "*Forward dari grup sebelah*\nBesok {day} pemadaman listrik di {kel} dan {kel2} jam 08.00–14.00. Info PLN UP3 Kupang {op}.",
    ),
    (
        "social",
        "Harga beras di {pub} naik lagi, sekarang {rp} per karung 😭 Pemerintah tolong operasi pasar. #HargaBeras",
    ),
    (
        "social",
        "Selamat Hari Natal dari kami warga {kel} 🎄✨ Damai Natal bagi kita semua. Tuhan Yesus memberkati.",
    ),
    ("social", "Bangga sama adik2 SMPN {n} Kupang juara lomba paduan suara 🏆🎶 #KupangBisa"),
]

NAMES = [
    (
        "whatsapp",
        "Tadi {N} datang marah-marah di kantor lurah, bilang bantuan beras tidak sampai ke rumahnya.",
    ),
    (
        "officer_note",
        "Pelapor menyampaikan bahwa anak dari Ibu {F}, {F2}, dipukul oleh teman sekelas di SD Inpres {kel} pada hari {day}. Pelapor minta sekolah menindaklanjuti.",
    ),
    (
        "kupang_malay",
        "{F:l} deng {F2:l} su datang ko? dong dua bilang mau pi urus kartu keluarga di Dukcapil hari {day}",
    ),
    (
        "whatsapp",
        "Yg antri paling depan tadi {N}, {N2} dan {N3}. Sy di belakang mereka, nomor antrian {n}.",
    ),
    (
        "letter",
        "Dengan hormat,\nKami melaporkan bahwa {N} telah menutup saluran air di samping rumahnya sehingga air meluap ke rumah {N2} dan {N3}.\nHormat kami,\n{N4}",
    ),
    (
        "sms_caps",
        "KOTKUPANG#SAYA {N} MELAPORKAN TETANGGA SAYA {N2} MEMBAKAR SAMPAH SETIAP MALAM DI {kel}",
    ),
    (
        "kupang_malay",
        "itu hari {K} datang ke rumah, dong panggil dia {K} sa, nama asli {N}. dia yang ambil beta pung ayam",
    ),
    (
        "officer_note",
        'Catatan: pelapor {N:u} datang bersama istrinya {F2}. Keluhan: nama anak tertulis "[[name:{F3} {S}]]" padahal seharusnya [[name:{F3} {S2}]] di akta kelahiran.',
    ),
    (
        "whatsapp",
        "Bu {W} su telpon? Katanya {W} dan suaminya {F2} sonde dapat undangan vaksin di Posyandu Bunga Bakung bulan {month}.",
    ),
    (
        "whatsapp",
        "Mama {F} bilang {F2} sakit panas dari hari {day}, sudah dibawa ke Puskesmas {kel} tapi disuruh pulang.",
    ),
    (
        "web_form",
        "Isi laporan: Saya ingin melaporkan guru {N} di SMPN {n} Kupang yang meminta uang {rp} untuk buku paket. Anak saya {F2} tidak berani masuk sekolah.",
    ),
    (
        "kupang_malay",
        "sengketa tanah antara keluarga {S} deng keluarga {S2} di {kel} sampe sekarang sonde selesai, tolong lurah turun tangan",
    ),
    (
        "social",
        "Selamat jalan {N} 🕊️ orang baik, sopir ambulans Puskesmas {kel} yg su tolong banyak orang. Istirahat dalam damai kaka.",
    ),
    (
        "officer_note",
        "Ditemui di lokasi: {N} (pemilik warung), {N2} (tetangga), dan {F3} (anak pelapor). Semua membenarkan air PDAM mati sejak {date}.",
    ),
    (
        "whatsapp",
        "{F:u} TOLONG SAMPAIKAN KE {F2:u} BESOK RAPAT DI KANTOR LURAH JAM {time}. JANGAN LUPA BAWA FOTOKOPI KTP.",
    ),
    (
        "letter",
        "Yth. Kepala Dinas Sosial Kota Kupang\nBersama ini kami sampaikan bahwa warga kami {N}, {N2}, {N3} dan {N4} belum menerima BLT bulan {month}.\nDemikian, atas perhatiannya kami ucapkan terima kasih.\nKetua RT, {N5}",
    ),
    (
        "kupang_malay",
        "ana dari tanta {F}, {F2}, sonde bisa sekolah tagal sonde punya akta. mama {F} su bolak balik ke Dukcapil",
    ),
    ("whatsapp", "Td {N:l} bilang {N2:l} yg ambil uang arisan. Skrg dua2 sonde mau ketemu 🙄"),
    (
        "officer_note",
        "Pelapor (via telepon) a.n. Sdr. {N} menyampaikan keluhan terhadap petugas loket bernama {F2} yang dinilai tidak ramah. Ditindaklanjuti ke Dukcapil.",
    ),
    (
        "social",
        "JEMAAT KAMI {N:u} SUDAH 3 BULAN SAKIT DAN BELUM DAPAT BANTUAN. MOHON PERHATIAN {h} 🙏",
    ),
    (
        "web_form",
        "Nama: {N:u}\nIsi: Saya ditolak berobat di Puskesmas {kel} karena nama di KTP saya {N:u} berbeda dengan nama di kartu BPJS.",
    ),
    (
        "kupang_malay",
        "Om {F} deng Tanta [[name:{F2} {S}]] su pindah ke Alak, jadi rumah yg di {kel} kosong. Sapa yg mau kontrak?",
    ),
    (
        "whatsapp",
        "Selamat pagi Pak {W}, sy mau tanya soal berkas adik sy {F2} yg su masuk hari {day}. Terima kasih 🙏",
    ),
    (
        "letter",
        "Kepada Yth. Bapak Lurah {kel}\nSaya yang bertanda tangan di bawah ini, {N}, melaporkan bahwa anjing milik {N2} menggigit anak saya {F3} pada tanggal {date}.\nHormat saya,\n{N}",
    ),
    ("sms_caps", "KOTKUPANG#ANAK KAMI {F} TIDAK DAPAT KIP PADAHAL TERDAFTAR DTKS. WALI MURID {N2}"),
    ("whatsapp", "yg tadi jaga loket Samsat tu {F:l}, bukan {F2:l}. {F:l} lebih galak 😅"),
    ("officer_note", "Terlapor: {N:u}, pemilik kios di samping rumah pelapor. Saksi: {N2:u}."),
    # without personal data
    (
        "whatsapp",
        "Hari {day} tanggal {date} ada ibadah syukur di {church}, sesudah itu rapat warga di Balai Kelurahan {kel}. Mohon hadir.",
    ),
    (
        "letter",
        "Yth. Kepala Dinas PUPR Kota Kupang\nKami warga {kel} mohon perbaikan jalan di Jl. {street} yang rusak sejak bulan {month}. Atas perhatian Bapak kami ucapkan terima kasih.\nHormat kami,\nForum Warga Peduli Kota",
    ),
    (
        "kupang_malay",
        "bulan {month} ni program PKH deng BLT sonde cair di {kel}. Pak Lurah bilang tunggu dari Dinsos, Dinsos bilang tunggu dari Kemensos 🙄",
    ),
    (
        "social",
        "Kasih sayang Tuhan itu nyata 🙏 Hari {day} ini air PDAM di {kel} su jalan lai. Puji Tuhan! #Bersyukur",
    ),
    (
        "whatsapp",
        "Indah sekali sunset di Pantai Lasiana sore ini 🌅 Sayang jalan ke sana rusak di Jl. {street}.",
    ),
    (
        "officer_note",
        "Pelapor tidak bersedia menyebutkan nama. Keluhan: pungutan {rp} di SD Inpres {kel} untuk perpisahan kelas 6. Diteruskan ke Dinas Pendidikan.",
    ),
    (
        "web_form",
        "Isi laporan: Petugas loket di {office} menolak berkas saya karena fotokopi KTP kurang jelas, padahal hari {day} sudah antri 3 jam. Mohon evaluasi.",
    ),
    (
        "whatsapp",
        "Selamat Idul Fitri bagi saudara2 muslim di {kel} 🙏 Mohon maaf lahir dan batin. Salam damai dari warga.",
    ),
    (
        "social",
        "Berkat hujan kemarin, sumur di {kel} su ada air lai 💧 Untung sonde lama kering. Bunga di taman kota juga mekar 🌸",
    ),
    (
        "letter",
        "Yth. Wali Kota Kupang\nMelalui surat ini Komite Sekolah SDK St. Yoseph {kel} memohon bantuan rehab ruang kelas yang atapnya bocor sejak {month}.\nHormat kami,\nKomite Sekolah",
    ),
    (
        "kupang_malay",
        "Pak Lurah deng Pak RT su datang lia got yg tasumbat di {kel}, ais bilang tunggu Dinas PUPR. Su {n} hari ni.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#MOHON PERBAIKI LAMPU JALAN DI JL. {street:u} DEPAN SDN {n} KUPANG SUDAH GELAP SEJAK {month:u}",
    ),
    (
        "social",
        "Paskah tahun ini di {church} rame sekali ✝️ Selamat Paskah semua! Salam damai dari Kota Kasih 💛",
    ),
    (
        "whatsapp",
        "Info: Bandara El Tari jam {time} delay karena cuaca. Yg jemput keluarga sabar ya. RSUD W. Z. Johannes jalur ambulans jangan diparkir.",
    ),
    (
        "officer_note",
        "Keluhan diteruskan ke Kepala Bidang Pelayanan Dukcapil. Koordinator Forum Warga minta jawaban tertulis paling lambat {date}.",
    ),
]

HOMES = [
    (
        "whatsapp",
        "Kaka, nanti antar paket ke rumah sa. Rumahnya di {A}, pagar hijau, dekat {church}.",
    ),
    (
        "kupang_malay",
        "beta tinggal di belakang gereja Kalvari {RT}, kalo datang tanya sa rumah mama {F}",
    ),
    (
        "sms_caps",
        "KOTKUPANG#ALAMAT SY {A:u} KEL. {kel:u}. SUDAH 2 MGG AIR PDAM TDK MENGALIR MOHON DICEK",
    ),
    (
        "web_form",
        "Nama: {N}\nAlamat: {A}, Kel. {kel}, Kec. {kec}\nNo. HP: {P}\nIsi: Sampah di depan rumah tidak diangkut sejak {date}.",
    ),
    (
        "officer_note",
        "Pelapor Bpk. {N}, warga {RT} Kel. {kel}, melaporkan tiang listrik miring di depan rumahnya.",
    ),
    (
        "whatsapp",
        "alamat sy [[address:lrg {n} no {n2}]] {kel:l}, yg cat biru. tlg kirim petugas ukur meteran 🙏",
    ),
    (
        "letter",
        "Saya yang bertanda tangan di bawah ini:\nNama : {N}\nAlamat : {A}, Kelurahan {kel}\nmenyatakan keberatan atas pembangunan tembok oleh tetangga yang menutup jalan masuk ke rumah saya.",
    ),
    (
        "kupang_malay",
        "Om {F} di {RT} tu yg rumahnya kebanjiran tiap hujan. Tolong PUPR lia got di situ.",
    ),
    ("whatsapp", "Sy {F}, warga {RT} {kel}. Dari kemarin air PDAM mati, yg lain juga sama."),
    (
        "social",
        "Rumah sy {A} kemasukan maling tadi subuh 😭 TV deng HP hilang. Polisi su datang tapi belum ada kabar. #Kupang",
    ),
    (
        "officer_note",
        "Lokasi: rumah pelapor di {A}, Kel. {kel}. Kondisi: pohon tumbang menimpa atap dapur. Petugas BPBD dijadwalkan {day}.",
    ),
    ("kupang_malay", "air PDAM mati di {RT} su 5 hari, katong beli air tangki {rp} satu tangki 😩"),
    (
        "whatsapp",
        "Pak RT, rumah sy yg di {A} belum didata utk bantuan. Mohon dicek ulang ya pak 🙏",
    ),
    (
        "web_form",
        "Alamat Rumah: {A:u}\nKelurahan: {kel:u}\nUraian: Saluran pembuangan tetangga bocor ke halaman rumah kami.",
    ),
    (
        "letter",
        "Kami warga {RT} Kel. {kel} melaporkan bahwa jalan lingkungan di depan rumah kami belum pernah diperbaiki.\nHormat kami,\n{N}",
    ),
    (
        "social",
        "Pindahan nih 📦 sekarang tinggal di {A}, {kel}. Teman2 yg mau mampir kabari dulu ya 😁",
    ),
    (
        "officer_note",
        "Verifikasi lapangan: rumah Sdri. {N} di {A} benar retak akibat getaran alat berat proyek drainase di Jl. {street}.",
    ),
    (
        "kupang_malay",
        "Tanta {F} pung rumah di {A:l} tu su roboh satu sisi, tolong Dinsos datang lia",
    ),
    (
        "whatsapp",
        "Rumah sy dekat kantor lurah di [[address:Jl. {street} No. {n}]], pagar putih. Sudah 2 kali lapor soal got mampet tapi belum ada yg datang 😞",
    ),
    (
        "web_form",
        "Nama Pelapor: {N}\nAlamat: [[address:Kompleks Perumnas Blok {gang} Blok H No. {n}, RT {n2}/RW {n3}]]\nIsi: Air got meluap ke rumah warga.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#SY WARGA {RT:u} {kel:u} LAMPU JLN DPN RUMAH SY MATI SUDAH 1 BLN. {N:u}",
    ),
    (
        "officer_note",
        "Pelapor a.n. {N} tinggal di [[address:Gang {gang} nomor {n}]], Kel. {kel}; tetangga sebelah membuang limbah babi ke selokan.",
    ),
    (
        "letter",
        "Dengan hormat,\nSaya {N}, beralamat di {A}, Kel. {kel}, Kec. {kec}, memohon penerbitan ulang Kartu Keluarga yang rusak terkena banjir.\nHormat saya,\n{N}",
    ),
    (
        "whatsapp",
        "Ibu {F} dong pung rumah di [[address:Jl. {street} No {n}]] (rumah mertua), kalo mau antar surat ke situ sa.",
    ),
    (
        "social",
        "Rumah tua di {A} ini milik keluarga {S}, sudah kosong 5 tahun dan jadi sarang nyamuk 🦟 tolong yg punya diperhatikan",
    ),
    ("kupang_malay", "beta pung alamat {A:l} dekat kios mama {F2}, jang salah masuk e"),
    ("whatsapp", "Untuk pengantaran bantuan sembako: 1. {N} – {A}\n2. {N2} – {A2}\n3. {N3} – {A3}"),
    # without personal data
    (
        "letter",
        "Yth. Kepala Puskesmas {kel}\nPuskesmas di Jl. {street} No. {n} sering tutup sebelum jam 12. Mohon pelayanan sesuai jam kerja.\nHormat kami,\nForum Warga Peduli Kota",
    ),
    (
        "social",
        "Jalan rusak di Jl. {street} dekat {pub} makin parah 😡 sudah 3 motor jatuh minggu ini. {h}",
    ),
    (
        "whatsapp",
        "Pak Lurah, warga RT {n} mengeluh got di Jl. {street} tersumbat. Mohon ditindaklanjuti 🙏",
    ),
    (
        "letter",
        "Kami sampaikan keluhan warga RT {n} sampai RT {n2} Kel. {kel} tentang air PDAM yang hanya mengalir tengah malam.\nHormat kami,\nKetua RW {n3}",
    ),
    (
        "officer_note",
        "Lokasi pengaduan: Jl. {street} depan {church}, Kel. {kel}. Lubang jalan diameter ±1 m. Diteruskan ke Dinas PUPR.",
    ),
    ("social", "Toko baru buka di Jl. {street} No. {n}, {kel} 🎉 {shop} — diskon 20% minggu ini!"),
    (
        "sms_caps",
        "KOTKUPANG#LAMPU JALAN DI JL {street:u} KEL {kel:u} MATI TOTAL SEJAK {date}. MOHON DIPERBAIKI",
    ),
    (
        "whatsapp",
        "Rapat warga di Sekretariat RT {n} RW {n2}, Jl. Kenari No. {n3}, hari {day} jam {time}. Ketua RT {n} mengundang semua KK.",
    ),
    (
        "kupang_malay",
        "rumah beta di Jl. {street} sonde dapat air, padahal tetangga dapat. Kapan PDAM mau urus?",
    ),
    (
        "web_form",
        "Uraian: Kantor Kelurahan {kel}, Jl. Amabi No. {n}, tutup pada hari kerja {day} tanpa pemberitahuan. Warga yang mau urus surat pulang kecewa.",
    ),
    (
        "letter",
        "KOP: PEMERINTAH KOTA KUPANG\nKELURAHAN {kel:u}\nJl. {street} No. {n} Telp. {op}\nNomor: {letter}\nPerihal: Undangan sosialisasi DTKS",
    ),
    (
        "social",
        "Salam dari warga RT {n} {kel} 👋 Got su bersih, jalan su terang. Terima kasih Dinas PUPR! #KupangBersih",
    ),
    (
        "whatsapp",
        "Warga di RT {n} banyak yg demam, mohon Dinkes fogging. Puskesmas {kel} di Jl. {street} No. {n2} su tau tapi belum datang.",
    ),
    (
        "officer_note",
        "Keluhan warga RT {n} dan RT {n2} Kel. {kel}: bau sampah dari TPS di Jl. {street}. Koordinasi dgn DLHK.",
    ),
    (
        "social",
        "Gereja {church} di Jl. {street} No. {n} buka posko bantuan banjir 🙏 Yg mau donasi bisa antar langsung.",
    ),
]

NUMBERS = [
    ("whatsapp", "Pak, NPWP sy {NPWP}, mohon dicek kenapa SPT sy ditolak. Nama di NPWP {N}."),
    ("sms_caps", "KOTKUPANG#NIK SY {NIK} TIDAK TERDAFTAR DI DTKS. MOHON DIBANTU. HP {P}"),
    (
        "web_form",
        "Nama: {N}\nNIK: {NIK}\nNo. KK: {KK}\nNo. HP/WA: {P}\nIsi: Data KK saya ganda di sistem Dukcapil.",
    ),
    (
        "officer_note",
        "Pelapor {N} (HP {P}) mengeluhkan pemotongan bantuan PKH. Dana masuk ke rek. BRI {REK} a.n. [[name:{F2} {S}]] hanya {rp}.",
    ),
    (
        "kupang_malay",
        "beta pung nomor {P}, kalo su ada kabar soal KTP beta telpon sa. jang lewat WA pengaduan Dukcapil {op}, lama",
    ),
    (
        "whatsapp",
        "Sy usaha perorangan jual sayur. NPWP pribadi sy {NPWP}, bukan NPWP toko. Mohon koreksi di faktur.",
    ),
    (
        "letter",
        "Dengan hormat,\nSaya {N}, NIK {NIK}, memohon pengembalian dana retribusi yang terpotong dua kali. Mohon ditransfer ke rekening Bank NTT {REK} a.n. {N}.\nHormat saya,\n{N}",
    ),
    (
        "social",
        "Kartu BPJS mama sy no {BPJS} dinonaktifkan tanpa pemberitahuan 😭 pas mau operasi di RSUD. {h} tolong",
    ),
    ("whatsapp", "Bendahara minta NPWP semua guru honor. Ini punya sy [[npwp:{NIK2}]], a.n. {N}."),
    (
        "officer_note",
        "Pelapor: {N}\nTelp rumah: {H}\nHP: {P}\nKeluhan: tagihan PDAM {rp} padahal meteran rusak. ID pelanggan {idpel}.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#BPJS SY NO KARTU {BPJS} DITOLAK DI PUSKESMAS {kel:u}. A.N {N:u} HP {P}",
    ),
    (
        "kupang_malay",
        "bapa pung KTP hilang, NIK bapa {NIK}. beta su lapor di polsek, sekarang mau urus baru",
    ),
    (
        "web_form",
        "Nama Lengkap: {N:u}\nNPWP: {NPWP}\nNo. Rekening: {REK} (Bank Mandiri)\nUraian: Restitusi pajak belum cair sejak {month}.",
    ),
    (
        "whatsapp",
        "Tolong transfer uang arisan ke BCA {REK} a.n. {N} ya ibu2 🙏 paling lambat {date}",
    ),
    (
        "officer_note",
        "Pelapor menyerahkan fotokopi KK no. {KK} dan KTP NIK {NIK}. NIK istri ({F2}) di KK tercatat {NIK2}.",
    ),
    (
        "social",
        "Motor sy {PL} ditilang di {pub} padahal surat lengkap 😤 petugas minta {rp} damai. {h}",
    ),
    (
        "letter",
        "Yth. Kepala Bapenda Kota Kupang\nSaya {N}, pemilik kios sembako (usaha perorangan), NPWP sy {NPWP}, keberatan atas denda PBB. Kode billing {bill} sudah saya bayar tanggal {date}.\nHormat saya,\n{N}",
    ),
    (
        "kupang_malay",
        "nomor dia {P}, namanya {F}, dia tu petugas yg janji urus akta. su ambil {rp} ais hilang",
    ),
    (
        "whatsapp",
        "Sy pemilik kios di Pasar Oebobo, HP {P}. Toko sy dipungut retribusi dobel, karcis no {n}{n2}{n3}.",
    ),
    (
        "web_form",
        "Data Pelapor\nNama: {N}\nEmail: {E}\nTelepon: {P}\nNo. BPJS/KIS: {BPJS}\nIsi laporan: Obat di apotek Puskesmas kosong terus.",
    ),
    ("sms_caps", "KOTKUPANG#SY {N:u} NIK {NIK} MINTA KEJELASAN BANTUAN RUMAH. REK BRI SY {REK}"),
    (
        "officer_note",
        "Kendaraan dinas plat {PL} terlihat parkir di rumah pribadi di {kel} pada jam kerja ({date} {time}). Pelapor minta identitas dirahasiakan, HP {P}.",
    ),
    (
        "whatsapp",
        "[{date} {time}] {N}: ini NIK sy {NIK} deng KK {KK}, tolong bantu daftar BPJS PBI ya pak\n[{date} {time}] Admin Kelurahan: baik, sudah kami terima",
    ),
    (
        "kupang_malay",
        "Om {F} pung WA {P}, dia tu ketua kelompok tani. Kalo mau tanya pupuk tanya dia sa",
    ),
    (
        "social",
        "Yg mau pesan kue kering Natal WA sy {P} 🎄 ambil di rumah atau COD. Harga {rp}/toples",
    ),
    (
        "web_form",
        "Nama: {N}\nNIK: {NIK}\nNPWP: {NPWP}\nAlamat: {A}\nUraian: NPWP saya tercatat atas nama orang lain.",
    ),
    (
        "letter",
        "Dengan ini saya, {N}, menyatakan bahwa nomor HP saya {P} dipakai orang lain untuk pinjaman online. Mohon ditindak.\nKupang, {date}\n{N}",
    ),
    # without personal data
    (
        "whatsapp",
        "Faktur dari {shop}: NPWP {cnpwp}, total {rp}, tgl {date}. Ini bukti buat bendahara sekolah.",
    ),
    (
        "officer_note",
        "Terlapor: CV Timor Jaya, NPWP {cnpwp}, beralamat di Jl. {street} No. {n}. Dugaan proyek drainase tidak sesuai spesifikasi. No. tiket {tkt}.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#SUDAH BAYAR PBB KODE BILLING {bill} TGL {date} TAPI STATUS MASIH BELUM LUNAS",
    ),
    (
        "kupang_malay",
        "telpon kantor lurah {op} sonde ada yg angkat dari pagi. Hotline PDAM {op2} ju sama sa 🙄",
    ),
    (
        "web_form",
        "Uraian: Token listrik {rp} sudah dibeli tgl {date}, nomor transaksi {trx}, tapi token tidak masuk. ID pelanggan {idpel}.",
    ),
    ("whatsapp", "Bayar retribusi sampah ke VA {va} ya, bukan ke petugas. Info Bapenda {op}."),
    (
        "letter",
        "Menindaklanjuti surat nomor {letter} tanggal {date}, kami mohon jawaban atas pengaduan nomor {tkt}.\nHormat kami,\nForum Warga Peduli Kota",
    ),
    (
        "social",
        "NPWP bendahara sekolah {cnpwp} dipakai utk potong pajak honor guru, tapi bukti potong tidak pernah dikasih 🙄 {h}",
    ),
    (
        "officer_note",
        "Pengaduan nomor {tkt} diterima {date} pukul {time}. Nilai kerugian {rp}. Diteruskan ke Inspektorat, surat {letter}.",
    ),
    (
        "sms_caps",
        "KOTKUPANG#CALL CENTER 112 DAN WA CENTER {op} TDK AKTIF SAAT KEBAKARAN DI {kel:u} TGL {date}",
    ),
    (
        "whatsapp",
        "Koperasi Tunas Harapan pung NPWP {cnpwp}, rekening koperasi di Bank NTT. Iuran bulan {month} {rp}.",
    ),
    ("kupang_malay", "WA bengkel {op} tu yg di Jl. {street}, ganti oli {rp} sa. Lumayan murah"),
    (
        "web_form",
        "Uraian: Tagihan PDAM bulan {month} {rp} padahal biasanya {rp2}. No. sambungan 01-{n}-00{n2}. Mohon dicek.",
    ),
    (
        "social",
        "Struk {shop} tgl {date} NPWP toko {cnpwp} total {rp} 🧾 kok harga beda dgn di rak? 😤",
    ),
    (
        "whatsapp",
        "Apotek Kasih {kel} {op} buka 24 jam ya, yg butuh obat malam2 bisa telpon ke situ.",
    ),
    (
        "officer_note",
        "NOP {nop} atas PBB tahun 2026, tagihan {rp}. Pelapor keberatan NJOP naik. Nomor surat {letter}.",
    ),
    (
        "letter",
        "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG\nJl. Timor Raya Km. 5 Telp. {op}\nNomor: {letter}\nHal: Tanggapan atas pengaduan {tkt}",
    ),
]

THEMES = {
    "social": SOCIAL,
    "names_in_prose": NAMES,
    "homes_in_prose": HOMES,
    "numbers_in_prose": NUMBERS,
}

PLACEHOLDER = re.compile(r"\{([A-Za-z]+\d?)(?::([lu]))?\}")
MARKER = re.compile(r"\[\[([a-z_]+):(.*?)\]\]", re.S)


def case(value: str, mod: str | None) -> str:
    if mod == "l":
        return value.lower()
    if mod == "u":
        return value.upper()
    return value


def expand(template: str, values: Values) -> str:
    def raw(m: re.Match[str]) -> str:
        return case(values.get(m.group(1)), m.group(2))

    def inside(m: re.Match[str]) -> str:
        return f"[[{m.group(1)}:{PLACEHOLDER.sub(raw, m.group(2))}]]"

    text = MARKER.sub(inside, template)

    def outside(m: re.Match[str]) -> str:
        key = m.group(1)
        base = key.rstrip("0123456789")
        value = case(values.get(key), m.group(2))
        kind = LABELLED.get(base)
        return f"[[{kind}:{value}]]" if kind else value

    return PLACEHOLDER.sub(outside, text)


def strip(marked: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARKER.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        value = m.group(2)
        spans.append({"kind": m.group(1), "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


EDGE = set(string.punctuation + " \n\t")


def check(text: str, spans: list[dict[str, object]], marked: str) -> None:
    assert "[[" not in text, marked
    assert "]]" not in text, marked
    assert not PLACEHOLDER.search(text), marked
    last = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        start, end, kind = s["start"], s["end"], s["kind"]
        assert kind in KINDS, (kind, marked)
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert 0 <= start < end <= len(text), marked
        value = text[start:end]
        assert value.strip() == value, (value, marked)
        assert value[0] not in EDGE or (kind == "phone" and value[0] in "+("), (value, marked)
        assert value[-1] not in EDGE, (value, marked)
        assert start >= last, ("overlap", marked)
        last = end


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for theme, templates in THEMES.items():
        for style, template in templates:
            wanted = INSTANCES if PLACEHOLDER.search(template) else 1
            made = 0
            tries = 0
            while made < wanted:
                tries += 1
                assert tries < 200, template
                marked = expand(template, Values(rng))
                text, spans = strip(marked)
                if style == "sms_caps":
                    upper = text.upper()
                    assert len(upper) == len(text)
                    text = upper
                if text in seen:
                    continue
                check(text, spans, marked)
                seen.add(text)
                records.append({"text": text, "spans": spans, "style": style, "theme": theme})
                made += 1
    rng.shuffle(records)
    return [{"id": f"d9-{i:04d}", **r} for i, r in enumerate(records, start=1)]


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    spans = sum(len(r["spans"]) for r in records)  # type: ignore[arg-type]
    sys.stdout.write(f"{len(records)} texts, {spans} spans -> {OUT.name}\n")


if __name__ == "__main__":
    main()
