# ruff: noqa: E501, RUF001
"""Write ``redaction_dev6.jsonl``: e-mail addresses, a person's and everything that looks like one.

The texts are written inline with labels ``[[kind:value]]`` and placeholders (``{N}``, ``{E}``,
``{EO:br}`` ...) filled from a seeded ``random.Random`` so that the output is identical on every
run. See ``README-redaction-dev6.md`` for the placeholders and the decisions behind the labels.

Run ``python3 make_redaction_dev6.py`` from this folder (or anywhere: paths are relative to it).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261206
COPIES = 4
OUT = Path(__file__).with_name("redaction_dev6.jsonl")
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
STYLES = {"sms_caps", "whatsapp", "web_form", "kupang_malay", "email", "letter", "social"}
THEMES = ("private", "office", "obfuscated", "lookalike", "header")

GIVEN = (
    "Yanti",
    "Yohanes",
    "Maria",
    "Agustina",
    "Frans",
    "Dominggus",
    "Selfi",
    "Yakob",
    "Sofi",
    "Ansel",
    "Meri",
    "Erni",
    "Vivi",
    "Gracia",
    "Rosalina",
    "Viktor",
    "Marselina",
    "Yuliana",
    "Ester",
    "Leni",
    "Dewi",
    "Kristofel",
    "Oktavianus",
    "Yosef",
    "Anderias",
    "Imanuel",
    "Natalia",
    "Petrus",
    "Paulus",
    "Sarlota",
    "Dortia",
    "Yeni",
    "Rian",
    "Fransiska",
    "Melki",
    "Benyamin",
    "Aldo",
    "Ririn",
    "Novi",
    "Ika",
    "Ahmad",
    "Siti",
    "Yusuf",
    "Made",
    "Wayan",
    "Elsa",
    "Ningsih",
    "Jefri",
    "Hendrik",
    "Arnoldus",
    "Teddy",
    "Mince",
    "Welem",
    "Dance",
)
MIDDLE = ("Goreti", "M.", "J.", "Yosefina", "Adriana", "A.", "Maria")
FAMILY = (
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
    "Sinlae",
    "Nahak",
    "Kolo",
    "Ledo",
    "Haba",
    "Tamonob",
    "Bulu",
    "Lake",
    "Dju Dara",
    "Ga Lena",
    "Seran",
    "Bria",
    "Taneo",
    "Toelle",
    "Nalle",
    "Saubaki",
    "Foenay",
    "Adoe",
    "Dethan",
    "Messakh",
    "Pandie",
    "Lomi",
    "Hege",
    "Sabat",
    "Neonufa",
    "Boimau",
    "Selan",
    "Lenggu",
    "Kapitan",
)
KEL = (
    "Oebufu",
    "Oebobo",
    "Kayu Putih",
    "Liliba",
    "Oesapa",
    "Fatululi",
    "Naikoten I",
    "Sikumana",
    "Oepura",
    "Bakunase",
    "Kelapa Lima",
    "Lasiana",
    "Penfui",
    "Maulafa",
    "Oetete",
    "Fontein",
    "Airnona",
    "Pasir Panjang",
    "Nefonaek",
    "Kolhua",
    "Belo",
    "Naimata",
    "Alak",
    "Namosain",
    "Fatufeto",
    "Oeba",
    "Bonipoi",
    "Tuak Daun Merah",
    "Oesapa Barat",
    "Manutapen",
)
KEC = ("Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama")
STREETS = (
    "Nangka",
    "Sukun",
    "Kelinci",
    "Cak Doko",
    "Timor Raya",
    "Palapa",
    "Adisucipto",
    "Bakti",
    "Rote",
    "Amabi",
    "Kenari",
    "Herewila",
    "Alfons Nisnoni",
    "Samratulangi",
    "Perintis Kemerdekaan",
    "Frans Seda",
    "W.J. Lalamentik",
    "Suratim",
    "Jati",
    "Mangga",
    "Oebufu Raya",
    "Bundaran PU",
)
LANES = ("Kakatua", "Mawar", "Sepakat", "Melati", "Anggrek", "Damai", "Nuri", "Flamboyan")
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
DAYS = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
HOSTS = (
    ("gmail.com", 10),
    ("yahoo.com", 3),
    ("yahoo.co.id", 3),
    ("ymail.com", 2),
    ("outlook.com", 2),
    ("hotmail.com", 2),
    ("icloud.com", 1),
    ("rocketmail.com", 1),
    ("outlook.co.id", 1),
)
HOST_GROUPS = {
    "isp": ("telkom.net", "plasa.com", "indo.net.id", "centrin.net.id"),
    "ac": (
        "undana.ac.id",
        "staf.undana.ac.id",
        "student.undana.ac.id",
        "unwira.ac.id",
        "ukaw.ac.id",
        "pnk.ac.id",
    ),
    "sch": (
        "guru.sd.belajar.id",
        "guru.smp.belajar.id",
        "guru.sma.belajar.id",
        "sman1kupang.sch.id",
        "smkn2kupang.sch.id",
        "smpn5kupang.sch.id",
    ),
    "sis": ("belajar.id", "student.sman3kupang.sch.id"),
    "go": ("kupangkota.go.id", "nttprov.go.id", "kupangkab.go.id", "kemenkeu.go.id", "bps.go.id"),
    "co": ("bankntt.co.id", "timorexpress.co.id", "pln.co.id", "telkom.co.id", "pegadaian.co.id"),
}
OFFICE_MAILBOXES = (
    "pengaduan@kupangkota.go.id",
    "humas@kupangkota.go.id",
    "dinkes.kotakupang@gmail.com",
    "disdukcapil.kotakupang@gmail.com",
    "kelurahan.oebufu@gmail.com",
    "osis.smpn2kupang@gmail.com",
    "tu.sman3kupang@yahoo.co.id",
    "sekretariat.gmitkotabaru@gmail.com",
    "ksp.tunasharapan@yahoo.co.id",
    "cs@pdamkotakupang.co.id",
    "info@bankntt.co.id",
    "admin@smpn5kupang.sch.id",
    "helpdesk@lapor.go.id",
    "ombudsman.ntt@ombudsman.go.id",
    "bpbd@kupangkota.go.id",
    "dlh.kotakupang@gmail.com",
    "karangtaruna.oebufu@gmail.com",
    "poktan.sumbermakmur@gmail.com",
    "ppid@nttprov.go.id",
    "diskominfo@kupangkota.go.id",
    "puskesmas.oepoi@gmail.com",
    "layanan.dukcapil@kupangkota.go.id",
    "kecamatan.maulafa@yahoo.com",
    "bapenda.kotakupang@gmail.com",
    "sdinpres.oepura2@gmail.com",
)


class Person:
    """A private person: given, middle and family names, and how the record writes them."""

    def __init__(self, rng: random.Random) -> None:
        self.given = rng.choice(GIVEN)
        self.middle = rng.choice(MIDDLE) if rng.random() < 0.12 else ""
        self.family = rng.choice(FAMILY)

    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.family) if p)


class Filler:
    """Fills one template's placeholders; the same placeholder gives the same value."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.people = [Person(rng) for _ in range(4)]
        while len({p.given for p in self.people}) < 4 or len({p.family for p in self.people}) < 4:
            self.people = [Person(rng) for _ in range(4)]
        if style in {"whatsapp", "social", "kupang_malay"}:
            self.case = rng.choice(("title", "title", "lower", "upper"))
        elif style == "web_form":
            self.case = rng.choice(("title", "upper"))
        else:
            self.case = "title"
        self.cache: dict[str, str] = {}

    def cased(self, value: str) -> str:
        if self.case == "lower":
            return value.lower()
        if self.case == "upper":
            return value.upper()
        return value

    # -- values ------------------------------------------------------------------------------
    def local(self, person: Person, form: str | None = None) -> str:
        rng = self.rng
        g = person.given.lower()
        f = person.family.lower().replace(" ", "")
        nn = str(rng.randint(1, 99)).zfill(rng.choice((1, 2)))
        year = str(rng.randint(1968, 2008))
        forms = {
            "dot": f"{g}.{f}{nn}",
            "under": f"{g}_{f}",
            "year": f"{g}{f}{year}",
            "init": f"{g[0]}.{f}",
            "hyphen": f"{f}-{g}",
            "plus": f"{g}.{f}+{rng.choice(('lapor', 'kupang', 'dukcapil', 'pdam'))}",
            "caps": f"{person.given}{person.family.replace(' ', '')}{nn}",
            "short": f"{g}{nn}",
            "dots": f"{g}.{f}.{nn}",
            "mix": f"{f}{g[:3]}{year[2:]}",
            "plain": f"{g}.{f}",
            "under2": f"{g}_{nn}_{f[:4]}",
        }
        return forms[form or rng.choice(sorted(forms))]

    def email(self, person: Person, option: str | None) -> str:
        rng = self.rng
        form = None
        if option in HOST_GROUPS:
            host = rng.choice(HOST_GROUPS[option])
            form = (
                rng.choice(("plain", "dot", "init", "under"))
                if option in {"go", "co", "ac", "sch"}
                else None
            )
        elif option and "." in option:
            host = option
        else:
            if option and option != "any":
                form = option
            host = rng.choices([h for h, _ in HOSTS], [w for _, w in HOSTS])[0]
        address = f"{self.local(person, form)}@{host}"
        if form == "caps" and rng.random() < 0.5:
            address = address.replace(host, host.capitalize())
        return address

    def obfuscate(self, address: str, form: str | None) -> str:
        local, host = address.split("@")
        parts = host.split(".")
        forms = {
            "br": f"{local} [at] " + " [dot] ".join(parts),
            "brt": f"{local}[at]" + "[dot]".join(parts),
            "par": f"{local}(at)" + "(dot)".join(parts),
            "word": f"{local} at " + " dot ".join(parts),
            "caps": f"{local} AT " + " DOT ".join(parts),
            "sp": f"{local} @ {host}",
            "sp2": f"{local}@ " + ".".join(parts[:-1]) + " ." + parts[-1],
            "brhost": f"{local} [at] {host}",
            "titik": f"{local} (at) " + " (titik) ".join(parts),
            "keong": f"{local} (keong) {host}",
            "atbr": f"{local}[@]{host}",
            "full": " [dot] ".join(local.split(".")) + " [at] " + " [dot] ".join(parts),
            "wordtitik": f"{local} at " + " titik ".join(parts),
            "spb": f"{local} @{host}",
            "et": f"{local} (et) {host}",
            "parsp": f"{local} (at) {host}",
        }
        return forms[form or self.rng.choice(sorted(forms))]

    def phone(self) -> str:
        rng = self.rng
        prefix = rng.choice(
            (
                "0812",
                "0813",
                "0821",
                "0822",
                "0852",
                "0853",
                "0815",
                "0817",
                "0818",
                "0819",
                "0878",
                "0895",
            )
        )
        rest = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8))))
        digits = prefix + rest
        writings = (
            digits,
            f"{digits[:4]}-{digits[4:8]}-{digits[8:]}",
            f"{digits[:4]} {digits[4:8]} {digits[8:]}",
            f"{digits[:4]}.{digits[4:8]}.{digits[8:]}",
            f"+62 {digits[1:4]}-{digits[4:8]}-{digits[8:]}",
            "+62" + digits[1:],
            "62" + digits[1:],
            f"62 {digits[1:4]} {digits[4:8]} {digits[8:]}",
        )
        return writings[rng.randrange(8)]

    def landline(self) -> str:
        rng = self.rng
        digits = "8" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        return rng.choice((f"0380 {digits}", f"(0380) {digits[:4]} {digits[4:]}", f"0380-{digits}"))

    def nik(self) -> str:
        rng = self.rng
        day = rng.randint(1, 28) + rng.choice((0, 40))
        digits = f"5371{rng.randint(1, 6):02d}{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99):02d}{rng.randint(1, 120):04d}"
        style = rng.randrange(3)
        if style == 0:
            return digits
        if style == 1:
            return " ".join(digits[i : i + 4] for i in range(0, 16, 4))
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:12]}.{digits[12:]}"

    def rt(self) -> str:
        rng = self.rng
        a, b = rng.randint(1, 35), rng.randint(1, 12)
        return rng.choice(
            (
                f"RT {a:02d} RW {b:02d}",
                f"RT {a:03d}/RW {b:03d}",
                f"rt {a} rw {b}",
                f"RT.{a:02d}/RW.{b:02d}",
                f"RT {a:02d}/RW {b:02d}",
            )
        )

    def address(self) -> str:
        rng = self.rng
        n = f"{rng.randint(1, 140)}{rng.choice(('', '', '', 'A', 'B'))}"
        street = rng.choice(STREETS)
        base = rng.choice(
            (
                f"Jl. {street} No. {n}",
                f"Jl. {street} No.{n}",
                f"Gg. {rng.choice(LANES)} No. {n}",
                f"Jl. {street} Gg. {rng.randint(1, 9)} No. {n}",
                f"Jalan {street} nomor {n}",
            )
        )
        a, b = rng.randint(1, 35), rng.randint(1, 12)
        return rng.choice(
            (base, base, f"{base}, RT {a:03d}/RW {b:03d}", f"{base} RT {a:02d}/RW {b:02d}")
        )

    def office_phone(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"(0380) 8{rng.randint(21000, 33999)}",
                f"0380-8{rng.randint(21000, 33999)}",
                f"0811-38{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
            )
        )

    def date(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026",
            )
        )

    # -- placeholders ------------------------------------------------------------------------
    def fill(self, key: str, idx: str, option: str | None) -> str:
        token = f"{key}{idx}:{option}"
        if token in self.cache:
            return self.cache[token]
        person = self.people[int(idx) - 1 if idx else 0]
        rng = self.rng
        labelled = {
            "N": ("name", lambda: self.cased(person.full())),
            "F": ("name", lambda: self.cased(person.given)),
            "S": ("name", lambda: self.cased(person.family)),
            "E": ("email", lambda: self.email(person, option)),
            "EO": ("email", lambda: self.obfuscate(self.email(person, None), option)),
            "P": ("phone", self.phone),
            "H": ("phone", self.landline),
            "NIK": ("nik", self.nik),
            "A": ("address", self.address),
            "RT": ("address", self.rt),
        }
        plain = {
            "kel": lambda: rng.choice(KEL),
            "kec": lambda: rng.choice(KEC),
            "date": self.date,
            "month": lambda: rng.choice(MONTHS),
            "time": lambda: f"{rng.randint(7, 21):02d}.{rng.choice(('00', '15', '30', '45'))}",
            "tkt": lambda: f"#LPR-2026-{rng.randint(1000, 9999)}-{rng.randint(10, 9999):04d}",
            "rp": lambda: f"Rp {rng.randint(2, 95) * 5000:,}".replace(",", "."),
            "n": lambda: str(rng.randint(2, 12)),
            "p": self.office_phone,
            "o": lambda: rng.choice(OFFICE_MAILBOXES),
            "oo": lambda: self.obfuscate(rng.choice(OFFICE_MAILBOXES), option),
            "day": lambda: rng.choice(DAYS),
        }
        if key in labelled:
            kind, make = labelled[key]
            value = f"[[{kind}:{make()}]]"
        elif key in plain:
            value = plain[key]()
        else:
            raise KeyError(token)
        self.cache[token] = value
        return value


PLACEHOLDER = re.compile(
    r"\{(NIK|EO|RT|oo|kel|kec|date|month|time|tkt|rp|day|[NFSEPHA]|[nop])(\d?)(?::([^{}]+))?\}"
)
MARKER = re.compile(r"\[\[([a-z_]+):(.+?)\]\]")


TEMPLATES: list[tuple[str, str, str]] = []


def add(theme: str, style: str, *texts: str) -> None:
    TEMPLATES.extend((theme, style, text) for text in texts)


# -- private: a private person's own mailbox, in every shape and place -----------------------
add(
    "private",
    "web_form",
    "Nama : {N}\nNIK : {NIK}\nAlamat : {A}, Kel. {kel}\nNo. HP : {P}\nEmail : {E}\nIsi Pengaduan : Sudah 3 minggu air PDAM tidak mengalir ke rumah kami. Mohon ditindaklanjuti.",
    "E-mail/HP : {E} / {P}\nNama Pelapor : {N}\nKelurahan : {kel}\nUraian : Pengurusan akta kelahiran anak saya sudah 2 bulan belum selesai, tiap datang disuruh kembali minggu depan.",
    "Nama:\n{N}\nEmail:\n{E}\nHP:\n{P}\nKategori: Kesehatan\nUraian: Antrean di puskesmas mulai jam 6 pagi, petugas baru datang jam 9.",
    "Identitas pelapor\nNama lengkap : {N}\nAlamat e-mail : {E:caps}\nAlamat rumah : {A}\nLaporan : Tiang listrik miring di depan rumah, sudah lapor PLN tapi belum datang.",
    "Nama: {N} | Email: ({E}) | Telp: {P} | Kelurahan {kel} | Aduan: bantuan sembako tahap 2 belum kami terima padahal nama ada di daftar.",
    "NAMA PELAPOR : {N}\nEMAIL :\u00a0{E}\nNO WA : {P}\nISI : Mohon info jadwal perekaman KTP-el untuk lansia di Kecamatan {kec}.",
)
add(
    "private",
    "sms_caps",
    "KOTKUPANG#{N}#{NIK}#KTP SY SDH JADI TP BLM BISA DIAMBIL KRN PETUGAS MINTA FC KK LAGI. BALAS KE EMAIL {E} TKS",
    "KOTKUPANG LAMPU JLN DPN RMH SY DI {A} MATI 2 MGG. NAMA {N} EMAIL {E}.",
    "KOTKUPANG SY {F} MHN BALASAN LWT EMAIL {E:yahoo.co.id} KRN HP SY SERING TDK ADA PULSA",
    "KOTKUPANG#NAMA:{N}#EMAIL:{E}#HP:{P}#JALAN KE SEKOLAH ANAK SY BANJIR TIAP HUJAN, MHN DIBUAT GOT",
    "KOTKUPANG SAMPAH DI {RT} KEL {kel} TDK DIANGKUT 10 HARI. PELAPOR {N}, {E}, {P}",
)
add(
    "private",
    "whatsapp",
    "Selamat siang admin, sy {F} mau tanya status laporan sy no {tkt}. Kalau ada balasan tolong kirim ke email sy ya: {E}. Terima kasih 🙏",
    "Ini email sy kk {E}🙏 tolong kirim formulirnya ke situ",
    "Tolong kirim salinan surat keterangan ke tiga email ini ya kak: {E}, {E2}, dan {E3}. Itu sy, adik sy {F2} dan mama {F3}.",
    "[{date} {time}] {F}: kak sy su isi formulir online tp lupa email yg sy pake\n[{date} {time}] Admin Kelurahan: Coba cek yg ini kak? {E}\n[{date} {time}] {F}: iya betul itu kak😊",
    "Halo min, email saya {E:plus} ga pernah dapat notifikasi dari aplikasi, padahal sudah verifikasi. Nama akun {N}.",
    "*Diteruskan*\nDari tanta {F2}: Bu, kalau undangan rapat komite mau kirim lewat email, pake {E2} sa. Sy sonde pake WA lagi.",
)
add(
    "private",
    "kupang_malay",
    "Beta {N}, beta su kirim surat pengaduan lewat email dari beta pung alamat {E}, ma sampe sekarang sonde ada yang bales. Beta pung HP {P}.",
    "Kaka admin, beta pung email ni {E} ko beta pung ade {N2} pung email {E2}. Dua-dua su daftar ma kode OTP sonde masuk-masuk.",
    "Om {F2} su pi kantor camat tiga kali, dong bilang kirim sa berkas lewat email. Om pung email {E2}, tolong bales ke situ e.",
    "Beta pung rumah di {A}, got mampet su satu bulan. Kalo mau tanya-tanya, email sa ke beta: {E:icloud.com} atau telpon {P}. - {F}",
)
add(
    "private",
    "letter",
    "Kupang, {date}\n\nKepada Yth.\nKepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang\ndi Tempat\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama\t: {N}\nAlamat\t: {A}\nTelp/Email\t: {P} / {E}\n\nmengajukan permohonan perbaikan data tanggal lahir pada Kartu Keluarga.\n\nHormat saya,\n\n{N}",
    "Perihal: Keberatan atas tagihan air\n\nYth. Direktur Perumda Air Minum Kota Kupang,\n\nSaya {N}, pelanggan di {A}, keberatan atas tagihan bulan {month} sebesar {rp}. Jawaban mohon dikirim ke e-mail saya {E:isp} atau ke alamat rumah.\n\nHormat saya,\n{N}",
    "Kepada Yth. Kepala SMPN 5 Kupang\n\nSaya {N}, orang tua dari {N2}, siswa kelas VIII. Surat pindah mohon dikirim ke e-mail anak saya {E2:sis}, karena e-mail saya {E} jarang saya buka.\n\nHormat kami,\n{N}",
)
add(
    "private",
    "email",
    "Yth. Admin LAPOR!,\n\nMohon balasan atas aduan saya dikirim ke alamat email pribadi saya (<{E}>), bukan ke email kantor. Terima kasih.\n\nSalam,\n{N}",
    "Selamat pagi,\n\nSaya {N}, guru honor di SD Inpres Oepura 2. Tunjangan bulan {month} belum cair. Bapak/Ibu dapat menghubungi saya melalui email dinas saya {E:sch}.\n\nTerima kasih,\n{N}",
    "Dengan hormat,\n\nSaya {N}, mahasiswa semester 5. Pengajuan KIP Kuliah saya ditolak tanpa alasan. Mohon jawaban ke email kampus saya {E:ac}.\n\nHormat saya,\n{F}",
    "Yth. Bapak/Ibu,\n\nSaya {N}, staf di Kantor Camat {kec}. Ini email kantor saya sendiri, {E:go}; mohon kirim undangan pelatihan ke situ, bukan ke email kecamatan.\n\nSalam,\n{N}",
    "Selamat siang,\n\nNama saya {N}, karyawan Bank NTT. Karena ponsel saya hilang, silakan hubungi saya lewat email kantor saya {E:co} selama jam kerja.\n\nHormat saya,\n{N}",
    "Yth. Panitia,\n\nEmail lama saya {E:isp} sudah tidak aktif sejak 2019. Mohon semua pemberitahuan dikirim ke {E:gmail.com}.\n\nSalam hormat,\n{N}",
    "Kontak pelapor: mailto:{E} (mohon tidak dipublikasikan)\nPelapor: {N}\nRingkasan: pungutan biaya foto KTP-el di kantor kelurahan.",
)
add(
    "private",
    "social",
    "@pemkotkupang min, sy sdh kirim berkas ke email dinas tp tdk dibalas. Tolong cek, email sy {E}. Jalan depan rumah di {A} rusak parah!",
    'Yg mau gabung kelompok belajar bahasa Inggris gratis utk anak2 kelurahan {kel}, kirim nama ke email sy "{E}" ya. Salam, {F}',
    "Dompet hilang di angkot jurusan Oebobo tadi sore, isinya KTP a.n. {N}. Yang temukan tolong hubungi {E} atau WA {P}. Tuhan berkati 🙏",
    "Siapa yg kirim pesan atas nama sy? Email sy cuma satu, {E:rocketmail.com}!! Yg lain palsu. - {N}",
    "Sy {N} mau klarifikasi: email sy yg benar {E}, bukan yg beredar di grup. Jangan transfer apa2 ke akun lain!",
)

# -- office: mailboxes of offices, units, schools, churches, groups and businesses -----------
add(
    "office",
    "whatsapp",
    "Info dari kelurahan: laporan bisa dikirim ke email resmi Dukcapil disdukcapil.kotakupang@gmail.com atau datang langsung ke kantor mulai {date}, jam 08.00–15.00.",
    "Selamat pagi bapa mama, untuk PPDB SMPN 2 Kupang berkas dikirim ke ppdb.smpn2kupang@gmail.com paling lambat {date}. Jangan kirim ke nomor pribadi guru.",
    "Gangguan air di Kel. {kel}? Hubungi CS Perumda Air Minum Kota Kupang di cs@pdamkotakupang.co.id atau WA center {p}.",
    "Sy dapat email dari noreply@lapor.go.id katanya laporan sy {tkt} sudah diteruskan ke instansi. Berapa lama lagi ya?",
    "Ada yg kirim tagihan PBB lewat email dari pajak.kupang.resmi@gmail.com, minta transfer {rp}. Itu resmi atau tidak? Sy ragu.",
    "Kak, email kelurahan Oebufu itu yg mana? Sy tanya sejak {date}. Yg kantor.lurah.oebufu@gmail.com atau yg di website? Mau kirim surat pengantar.",
    "Pengumuman Posyandu Bunga Bakung: jadwal imunisasi {date} bisa ditanyakan ke posyandu.bungabakung@gmail.com. Terima kasih.",
    "Info lowongan: PT Timor Express cari kurir, lamaran ke hrd@timorexpress.co.id paling lambat {date}.",
)
add(
    "office",
    "kupang_malay",
    "Kalo mau lapor soal sampah di {kel}, kirim sa ke dlh.kotakupang@gmail.com, itu dong pung email kantor. Jang kirim ke beta.",
    "Bapa dong, koperasi pung email tu ksp.tunasharapan@yahoo.co.id. Kalo mau tanya angsuran {rp} tu, kirim ke situ sa.",
    "Beta su kirim ke pengaduan@kupangkota.go.id dari tanggal {date}, ma sonde ada yang bales. Dong pung email ni jalan ko sonde?",
    "Pemuda gereja dong bilang pendaftaran lomba paduan suara kirim ke pemuda.gmitpaulus@gmail.com, sampe tanggal {date}.",
    "Toko bangunan di Oesapa tu terima pesanan lewat email tokosinarabadi.kpg@gmail.com, ma barang su {n} minggu sonde datang, padahal su bayar {rp}.",
)
add(
    "office",
    "sms_caps",
    "KOTKUPANG KAMI SDH KIRIM BERKAS KE EMAIL KELURAHAN.KAYUPUTIH@GMAIL.COM TP BLM ADA BALASAN SDH {n} MGG",
    "KOTKUPANG EMAIL HELPDESK@LAPOR.GO.ID TDK BISA DIHUBUNGI SEJAK {date}. MHN INFO ALAMAT EMAIL PENGADUAN YG AKTIF",
    "KOTKUPANG MHN INFO EMAIL DINAS SOSIAL UTK KIRIM DATA LANSIA KEL {kel}. YG DINSOS.KOTAKUPANG@GMAIL.COM MASIH AKTIF?",
    "KOTKUPANG PUSKESMAS OEPOI MINTA KIRIM RUJUKAN KE PUSKESMAS.OEPOI@GMAIL.COM, SY TDK PUNYA EMAIL. BGMN? DIMINTA SBLM JAM {time}",
)
add(
    "office",
    "letter",
    "KOP: PEMERINTAH KOTA KUPANG\nDINAS KOMUNIKASI DAN INFORMATIKA\nJl. S.K. Lerik, Kelapa Lima, Telp. {p}\nLaman: kupangkota.go.id | Pos-el: diskominfo@kupangkota.go.id\n\nNomor: 555/{n}12/Kominfo/2026\nPerihal: Tanggapan atas pengaduan\n\nMenindaklanjuti pengaduan Saudara melalui kanal SP4N-LAPOR!, dengan ini kami sampaikan bahwa perbaikan jaringan internet kelurahan dijadwalkan bulan {month}.",
    "Kepada Yth. Ketua Majelis Jemaat GMIT Kota Baru\n\nUndangan rapat panitia Natal dapat dikonfirmasi ke sekretariat.gmitkotabaru@gmail.com paling lambat {date}.\n\nHormat kami,\nPanitia Natal Bersama",
    "Perihal: Permohonan data\n\nDengan hormat, mohon Kelompok Tani Sumber Makmur mengirim data anggota penerima pupuk bersubsidi ke penyuluh@distan.kupangkota.go.id dengan tembusan ke poktan.sumbermakmur@gmail.com.\n\nKepala Dinas Pertanian Kota Kupang",
    "Surat Edaran\n\nSehubungan dengan pelaksanaan ANBK, seluruh operator sekolah diminta menghubungi admin@smpn5kupang.sch.id atau tu.sman3kupang@yahoo.co.id untuk jadwal gladi tanggal {date}.\n\nKepala Sekolah",
    "Mulai {date}, Ombudsman RI Perwakilan NTT menerima laporan masyarakat melalui ombudsman.ntt@ombudsman.go.id, WhatsApp {p}, atau datang langsung ke kantor.",
)
add(
    "office",
    "email",
    "Yth. Bapak/Ibu,\n\nKami dari Karang Taruna Kelurahan Oebufu mengajukan proposal kegiatan bersih pantai pada {date} dengan anggaran {rp}. Balasan dapat dikirim ke karangtaruna.oebufu@gmail.com.\n\nHormat kami,\nPengurus Karang Taruna",
    'Terima kasih telah menghubungi Bank NTT. Untuk keluhan kartu ATM, silakan kirim email ke info@bankntt.co.id dengan subjek "Keluhan ATM" (tiket {tkt}). Email ini dikirim otomatis, mohon tidak dibalas.',
    "Selamat siang,\n\nMohon dikirim ulang formulir pendaftaran UMKM ke umkm.diskopnakerkotakupang@gmail.com karena lampiran tanggal {date} tidak bisa dibuka.\n\nSalam,\nAdmin Sekretariat Dekranasda",
    "Dengan hormat,\n\nBersama ini kami teruskan aduan warga Kelurahan {kel} ke PPID Provinsi NTT (ppid@nttprov.go.id) dan ke Inspektorat (inspektorat@kupangkota.go.id).\n\nSubbag Umum dan Kepegawaian",
    "Yth. Admin,\n\nSaya {N}, mau tanya: alamat kelurahan.oebobo@kupangkota.go.id masih dipakai atau sudah ganti? Surat saya ke sana ditolak server. Balas saja ke {E}.\n\nTerima kasih",
    "Pak, email lurah.fatululi@gmail.com itu email kantor lurah, bukan email pribadi Pak Lurah, jadi siapa pun lurahnya tetap dipakai. Silakan kirim ke situ sebelum {date}.",
)
add(
    "office",
    "social",
    "Info penting! Pendaftaran vaksin lansia di Puskesmas Sikumana mulai {date} bisa lewat email pkm.sikumana@gmail.com. Bagikan ke keluarga 🙏",
    "Kami dari Panti Asuhan Kasih Bunda menerima donasi buku sampai {date}. Konfirmasi ke pantikasihbunda.kupang@gmail.com. Tuhan memberkati.",
    "Warga {kel} yg punya keluhan listrik, jangan di kolom komentar, langsung saja ke pln123@pln.co.id atau call center 123.",
    "Awas penipuan! Sejak {date} beredar email bansos.kemensos.ntt@gmail.com bukan email resmi Kemensos. Email resmi hanya berakhiran @kemensos.go.id.",
    "Saya sudah kirim aduan ke BPBD lewat bpbd@kupangkota.go.id dan ke {o}, belum ada yg turun cek rumah yg rusak kena angin. #KupangBerbenah",
)

# -- obfuscated: addresses written to dodge scrapers -----------------------------------------
add(
    "obfuscated",
    "social",
    "Kalau ada info lowongan guru honor tolong kabari ke {EO:atbr} ya, jangan di kolom komentar. Thanks all!",
    "Beli HP di Blibli dot com tapi barang tidak sampai sudah sebulan. Yang pernah alami hal sama, email sy {EO:word}. - {F}",
    "Pengaduan pelayanan publik Kota Kupang: pengaduan [at] kupangkota [dot] go [dot] id (update {date}). Sekali lagi, jangan kirim data pribadi di komentar!",
    "Mau pesan kue untuk acara? Email Dapur Mama Kupang: dapurmama.kupang at gmail dot com, at least {n} hari sebelumnya ya.",
    "Sy {N}, korban banjir di {kel}. Bantuan belum sampai. Yg mau bantu langsung bisa kontak {EO:caps}, at your own pace, tidak usah buru2.",
    "Jual kursi plastik bekas kondisi 90%. Minat? tulis ke {EO:spb}. Bukan barang curian, nota ada.",
    "Relawan literasi anak, kirim CV ke rumahbaca.lasiana [at] gmail [dot] com. Sunset at Lasiana tiap Sabtu, kita baca bersama!",
)
add(
    "obfuscated",
    "whatsapp",
    "Meet at kantor lurah jam 9 ya kak. Berkasnya tolong kirim dulu ke {EO:word} supaya sy print.",
    "Kak ini email sy: {EO:br}\n(sengaja ditulis begitu biar tdk kena spam)",
    "Ini email sekolah yg benar: tu.sdinpres.oepura2 (at) gmail (dot) com untuk pendaftaran {date}. Yg lain jangan dipakai.",
    "Sy {F}, email sy {EO:par} kalau mau kirim undangan syukuran. Dot dot dot, nanti sy kabari lagi 😂",
    "Tolong catat email resmi Kelurahan Oetete: kel.oetete AT kupangkota DOT go DOT id. Email pribadi staf jangan dipakai untuk surat mulai {date}.",
    "Bu {F2}, kalo mau kirim foto kuitansi ke sy: {EO:sp2} ya. Sy tunggu.",
    "Grup arisan ibu2 RT punya email? Ada: arisan.mawarsaron [at] yahoo.com, tapi isinya cuma promosi {n} kali sehari 🙈",
    "Punya sy {EO:keong} kak, pake keong ya bukan titik 😅",
)
add(
    "obfuscated",
    "kupang_malay",
    "Beta pung email {EO:brhost} (pake [at] biar sonde kena spam). Kirim sa formulir bantuan ko beta isi.",
    "Dinkes pung email tu dinkes.kotakupang at gmail dot com, beta su tanya di kantor tanggal {date}. Dong bilang ini yang resmi.",
    "Kaka {F2} pung email {EO2:titik}, dia yang urus dokumen mama. Kirim ke dia sa.",
    "Om dong di koperasi bilang kirim laporan ke ksp.tunasharapan (at) yahoo (dot) co (dot) id, ma beta sonde tau caranya. Angsuran {rp} tu.",
    "Beta {N}, tinggal di {RT} Kel. {kel}. Email beta {EO:wordtitik}, HP {P}. Tolong bales.",
)
add(
    "obfuscated",
    "web_form",
    "Nama : {N}\nEmail : {EO:sp}\nNo HP : {P}\nIsi : Formulir ini menolak email saya, jadi saya tulis dengan spasi.",
    "Nama Pelapor : {N}\nE-mail : {EO:full}\nAlamat : {A}\nUraian : Ijazah anak saya ditahan sekolah karena tunggakan komite.",
    "Instansi tujuan : Dinas PUPR\nKontak instansi (dari website) : pupr [at] kupangkota [dot] go [dot] id\nUraian : Drainase di Jl. Cak Doko ({kel}) tersumbat, air masuk ke jalan.",
    "EMAIL/HP : {EO:caps} / {P}\nNAMA : {N}\nLAPORAN : KARTU LANSIA MAMA SAYA BELUM KELUAR.",
    "Nama : {N}\nSurel : {EO:brt}\nPekerjaan : wiraswasta\nAduan : Izin usaha saya di OSS tertahan 3 bulan.",
)
add(
    "obfuscated",
    "email",
    "Yth. Panitia,\n\nMohon jangan menulis alamat saya secara utuh di grup; kalau perlu, tulis saja {EO:br}.\n\nSalam,\n{N}",
    "Selamat pagi,\n\nUntuk keluhan tagihan, silakan kirim ke layanan.pelanggan [at] pdamkotakupang [dot] co [dot] id atau datang ke kantor di Jl. Kapten Tendean sebelum {date}.\n\nSalam,\nCustomer Service",
    "Yth. Bapak/Ibu,\n\nAlamat surel saya {EO:caps} (huruf besar hanya supaya tidak dibaca mesin). Nomor WA {P}.\n\nHormat saya,\n{N}",
    "Dear team, we are at the Kupang office at {time}. Silakan hubungi sekretariat di admin AT forumwargapeduli DOT org untuk notulen.",
    "Dengan hormat,\n\nSaya {N}, saksi kejadian. Saya bersedia dimintai keterangan; alamat surel saya {EO:et}.\n\nSalam,\n{F}",
)
add(
    "obfuscated",
    "sms_caps",
    "KOTKUPANG EMAIL SY {EO:caps} MHN BALAS. SY {N} WARGA {kel}",
    "KOTKUPANG MHN BERKAS KEL {kel} DIKIRIM KE DISDUKCAPIL AT GMAIL DOT COM ATAU KE KANTOR? SY TDK TAU EMAIL YG RESMI",
    "KOTKUPANG BLS KE {EO:word} BKN KE NO INI. SY {F}",
)
add(
    "obfuscated",
    "letter",
    "Kupang, {date}\n\nKepada Yth. Lurah {kel}\n\nSaya {N}, warga {RT}, memohon surat keterangan domisili. Surat dapat dikirim ke {EO:parsp}.\n\nHormat saya,\n{N}",
    "Pengumuman\n\nPendaftaran calon anggota Linmas dapat diajukan melalui surel kesbangpol [at] kupangkota [dot] go [dot] id sampai tanggal {date}.\n\nKepala Badan Kesbangpol Kota Kupang",
)

# -- lookalike: an @ or an at/dot that is no mailbox -----------------------------------------
add(
    "lookalike",
    "social",
    "Mohon perhatian @pemkotkupang @dinaspupr.kotakupang jalan di {kel} rusak parah, sudah {n} motor jatuh minggu ini.",
    "@lapor1708 @ombudsmanri137 sudah {n} bulan laporan {tkt} tidak ada tindak lanjut. #KupangBerbenah",
    "Replying to @pln_123 @pemkotkupang\nmati lampu lagi di {kel}, sudah {n} kali minggu ini 😡",
    "Sunset at Pantai Lasiana {date} 😍 Best view dot. Sayang sampahnya banyak, @dlh_kotakupang tolong diangkut.",
    "#KupangBersih bareng @karangtaruna_oebufu dan @pemkotkupang {date} @ Pantai Pasir Panjang, jam {time}. Bawa karung sendiri!",
    "Lapak online kami: instagram @kopitimor.kupang, tokopedia dot com/kopitimor. Harga biji kopi @{rp}/kg.",
    "Harga cabai di Pasar Oebobo {date} @{rp}/kg, tomat @Rp15.000. Pemerintah tolong pantau!",
    "Congrats to the team at Kupang Creative Hub for {date}! Connect the dots: ide + kolaborasi = karya. @kupangcreativehub",
    "{N} sama kak, di gang kami juga air tidak jalan dari kemarin. Sudah lapor ke @pdamkotakupang belum ada respon.",
)
add(
    "lookalike",
    "whatsapp",
    "Beli beras bantuan 3 karung @ {rp}, total dibayar {rp2}. Nota sy simpan kalau mau dicek.",
    "Rapat warga {date} @ {time} di balai kelurahan {kel}. Mohon hadir semua.",
    "Kumpul @kantor lurah {kel} besok pagi jam {time}, bawa fotokopi KK dan KTP.",
    "Foto terlampir: IMG_2026{n}05@kupang.jpg dan denah@2x.png. Kalau tidak terbuka sy kirim ulang.",
    "Semen 10 sak @ 50 kg, pasir {n} ret @ {rp}. Itu yang dijanjikan kontraktor tapi yang datang cuma setengah.",
    "@{N} tolong dicek laporan kemarin, warga sudah tanya terus",
    "@{P} ini nomor siapa ya yg masuk grup? Tolong perkenalkan diri dulu 🙏",
    "Iuran sampah @{rp}/bulan per KK di {kel}, tapi sampah tidak diangkut. Kemana uangnya?",
    "Kalau isi formulir online, kolom email diisi contoh: nama@contoh.com. Jangan pakai spasi. Batas isi {date}.",
    'Di aplikasi muncul tulisan "email tidak valid: lapor@kupang". Memang harus pakai .com kah? Sy coba dari jam {time}.',
    "Paket ayam geprek {n} kotak @ 25rb, kirim @ {time} ke kantor kelurahan. Jangan terlambat!",
)
add(
    "lookalike",
    "web_form",
    'Uraian: Aplikasi pengaduan minta email, saya tidak punya. Saya isi "-@-.com" saja, ternyata ditolak ({date}). Tolong sediakan pilihan tanpa email.',
    "Kategori: Infrastruktur\nLokasi: Jl. Amabi depan SD Inpres\nUraian: Lampu jalan mati {n} titik @ 50 meter. Sudah sejak {date}.",
    "Uraian: Di halaman login tertulis user@example.com sebagai contoh, tapi tombol daftar tidak jalan sejak {date}.\nLampiran: screenshot@login.png",
    "Nama: {N}\nHP: {P}\nUraian: Pembagian bibit jagung 5 kg @ petani, tapi kelompok kami cuma dapat 2 kg.",
    "Kategori: Pendidikan\nUraian: Uang seragam @{rp} per siswa dipungut tanpa rapat komite. Tolong diperiksa.",
    "Uraian: Link yang dikirim petugas aneh: https://warga:rahasia123@portal-bansos.kupang.info/cek{n} . Apakah ini penipuan?",
)
add(
    "lookalike",
    "sms_caps",
    "KOTKUPANG HRG MINYAK TANAH @RP 12.000/LTR DI PANGKALAN {kel}, HET CUMA RP 4.000. MHN DITINDAK",
    "KOTKUPANG RAPAT RT @ {time} TDK PERNAH ADA, DANA KAS TDK JELAS",
    "KOTKUPANG AIR TANGKI @ {rp} PER 5000 LTR DI {kel} SKRG NAIK",
    "KOTKUPANG SY {N} DI {RT}. PUPUK 2 KARUNG @ 50 KG BLM DITERIMA. HP {P}",
)
add(
    "lookalike",
    "email",
    "Dear Sir/Madam,\n\nWe arrived at El Tari Airport at {time} on {date}. At the counter we were charged a fee with no receipt. Please look at this matter.\n\nRegards,\nA visitor",
    "Selamat siang,\n\nSaat mengakses git@github.com:pemkotkupang/lapor-web.git untuk hackathon, repositori ternyata privat sejak {date}. Mohon dibuka untuk peserta.\n\nPanitia Hackathon Kupang",
    "Yth. Admin,\n\nTautan verifikasi mengarah ke ftp://anonymous@data.kupangkota.go.id/publik. Apakah benar ini server resmi?\n\nSalam,\n{N}",
    "Yth. Bapak/Ibu,\n\nRincian pengadaan: 20 kursi @ Rp 350.000, {n} meja @ {rp}. Realisasi di lapangan tidak sesuai.\n\nHormat kami,\nKomite Sekolah SD Inpres Oepura 2",
)
add(
    "lookalike",
    "kupang_malay",
    "Ikan di Pasar Oeba tu {date} @ {rp} satu ember, dulu lebih murah. Nelayan dong bilang solar mahal.",
    "Beta su ketik email ma aplikasi bilang salah, katanya harus ada tulisan @ deng .com. Beta sonde tau itu apa. Beta coba dari jam {time}.",
    "Anak dong di kompleks main di jalan sampe malam, @ jam {time} masih ribut di {kel}. Pak RT dong sonde tegur.",
    "Ada akun @nona_kupang88 di Facebook yang jual tiket kapal murah @ {rp}, ma itu tipu. Jang transfer e.",
    "Tiket kapal ke Rote {date} tu @ {rp}, ma dong minta tambah 50 ribu di loket. Sonde ada karcis.",
)
add(
    "lookalike",
    "letter",
    "Rincian bantuan: {n}5 paket sembako @ {rp} untuk warga terdampak banjir di Kelurahan {kel}.\n\nKetua Posko Bencana Kelurahan",
    "Undangan\n\nRapat koordinasi akan dilaksanakan {date} @ {time} WITA di Aula Kantor Camat Maulafa.\n\nCamat Maulafa",
)

# -- header: e-mail headers, forwards, display names, signatures, recipient lists ------------
add(
    "header",
    "email",
    'From: "{N}" <{E}>\nTo: pengaduan@kupangkota.go.id\nSubject: Jalan rusak di depan rumah\nDate: {day}, {date} {time}\n\nSelamat pagi, jalan di depan rumah saya di {A} berlubang besar. Mohon segera diperbaiki.\n\nSalam,\n{F}',
    "---------- Forwarded message ---------\nDari: Humas Pemkot Kupang <humas@kupangkota.go.id>\nDate: {day}, {date} pukul {time}\nSubject: Tanggapan pengaduan {tkt}\nTo: {N} <{E}>\n\nYth. Saudara/i, pengaduan Anda telah kami teruskan ke Dinas PUPR.",
    "-----Original Message-----\nFrom: {N} [mailto:{E}]\nSent: {date} {time}\nTo: cs@pdamkotakupang.co.id\nSubject: RE: Tagihan bulan {month}\n\nSaya sudah bayar tapi masih tertagih.",
    "Terima kasih, kami sudah menerima berkasnya.\n\nPada {day}, {date} pukul {time} {N} <{E}> menulis:\n> Selamat siang, berikut saya lampirkan scan KK dan KTP.\n> Salam, {F}",
    "Thanks, noted.\n\nOn {day}, {date} at {time} {N} <{E}> wrote:\n> Please find attached the photos of the flooded road at my place.",
    "Kepada: kadis.pupr@kupangkota.go.id\nCc: {N2} <{E2}>, sekretariat.pupr@kupangkota.go.id\nBcc: {E3}\nSubjek: Laporan drainase tersumbat\n\nBapak Kepala Dinas, terlampir laporan warga.",
    "From: LAPOR! <noreply@lapor.go.id>\nReply-To: helpdesk@lapor.go.id\nTo: {E}\nSubject: Laporan Anda {tkt} telah diverifikasi\n\nEmail ini dikirim otomatis. Jangan membalas email ini.",
    "Dari: noreply@lapor.go.id\nKepada: undisclosed-recipients\nSubjek: Pemeliharaan sistem\n\nLayanan SP4N-LAPOR! tidak dapat diakses pada {date} pukul {time}–23.59 WITA.",
    "From: Admin Kelurahan Oebufu <kel.oebufu@gmail.com>\nTo: pkm.oebobo@gmail.com; dinkes.kotakupang@gmail.com\nCc: camat.oebobo@kupangkota.go.id\nSubject: Data balita stunting\n\nTerlampir data bulan {month}.",
    'Dari: "Sdr. {N}" <{E}>\nKepada: "Dinas Sosial Kota Kupang" <dinsos@kupangkota.go.id>\nTanggal: {date}\nPerihal: Bantuan PKH tidak cair\n\nYth. Dinas Sosial, bantuan PKH keluarga kami tidak cair sejak bulan {month}.',
    "From: {S}, {F} <{E:go}>\nTo: bkpsdm@kupangkota.go.id\nSubject: Koreksi data pegawai\n\nMohon koreksi tanggal lahir saya di SIMPEG.\n\n{N}",
    "To: ppid@nttprov.go.id\nFrom: {N} <{E}>\nReply-To: {E:outlook.com}\nSubject: Permohonan informasi anggaran\n\nMohon balasan dikirim ke alamat Reply-To.",
    'Subject: Fwd: Undangan rapat komite\nFrom: "TU SMAN 3 Kupang" <tu.sman3kupang@yahoo.co.id>\nTo: "Komite Sekolah" <komite.sman3kupang@gmail.com>\n\nMohon kehadiran pengurus komite pada {date}.',
    "Salam,\n\n{N}\nKetua Kelompok Tani Sumber Makmur\nHP/WA: {P}\nEmail: {E}\nEmail kelompok: poktan.sumbermakmur@gmail.com",
    "--\nSubbag Umum\nDinas Kesehatan Kota Kupang\nTelp {p}\nEmail: dinkes@kupangkota.go.id\nEmail ini bersifat rahasia. Jika Anda bukan penerima yang dituju, mohon hapus.",
    "--\nCustomer Care\nPerumda Air Minum Kota Kupang\nEmail: cs@pdamkotakupang.co.id | WA center {p}\nJam layanan Senin–Jumat 08.00–16.00",
    "Hormat saya,\n\nDr. {N}\nDosen Fakultas Kesehatan Masyarakat\nEmail: {E:ac}\nHP: {P}",
)
add(
    "header",
    "whatsapp",
    '*Diteruskan*\nFrom: {N} <{E}>\nTo: pengaduan@kupangkota.go.id\n"Mohon info kapan air tangki bantuan datang ke kelurahan kami"\n\nIni sy teruskan emailnya ke grup ya bapa mama.',
    'Sy screenshot email balasan dinas:\nDari: layanan.dukcapil@kupangkota.go.id\nKepada: {E}\n"Dokumen Anda sudah dapat diambil di loket 3"\nAlhamdulillah 🙏',
    "Tolong bantu forward ke email2 ini: bpbd@kupangkota.go.id, {E2} (ketua RT kami, {N2}), dan dinsos@kupangkota.go.id",
    "Email dari dinas masuk ke spam:\nFrom: noreply@sicantik.kupangkota.go.id\nSubject: Izin PBG Anda\nJangan lupa cek folder spam bapa mama.",
)
add(
    "header",
    "letter",
    "Tembusan:\n1. Wali Kota Kupang (walikota@kupangkota.go.id)\n2. Inspektorat Kota Kupang (inspektorat@kupangkota.go.id)\n3. Arsip",
    "Kepada Yth.:\n1. {N} ({E})\n2. Kepala Bidang Pelayanan (bid.pelayanan@kupangkota.go.id)\n3. {N2} ({E2})\ndi Kupang\n\nPerihal: Undangan klarifikasi pengaduan",
    "Hormat saya,\n\n{N}\n{A}, Kel. {kel}\nTelp. {H} / HP {P}\nE-mail: {E}",
)
add(
    "header",
    "web_form",
    "Email pengirim: {E}\nEmail penerima: pengaduan@kupangkota.go.id\nCc: {E2}\nNama: {N}\nPesan: Kenapa email saya tidak pernah dibalas?",
    "Dari (email instansi): humas@kupangkota.go.id\nKepada (email pelapor): {E}\nStatus: Terkirim\nCatatan admin: pelapor diminta melengkapi foto KTP.",
)
add(
    "header",
    "kupang_malay",
    "Beta dapa email:\nDari: bantuan.sosial.kupang@gmail.com\nKe: {E}\nKatanya beta dapa bantuan, ma harus transfer dolo {rp}. Ini tipu ko sonde?",
)
add(
    "header",
    "social",
    "Screenshot email dari kampus: From: akademik@undana.ac.id To: {E:ac} — 'UKT Anda belum dibayar'. Padahal su bayar! 😤 #UndanaTolongCek",
)

COPIES_PER_THEME = {"private": 4, "office": 3, "obfuscated": 3, "lookalike": 2, "header": 4}
LEFTOVER = re.compile(r"\{[A-Za-z]+\d?(?::[^{}]*)?\}|\[\[|\]\]")


def strip_markers(raw: str) -> tuple[str, list[dict[str, object]]]:
    """The text without ``[[kind:value]]`` markers, and the spans they marked."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    position = 0
    length = 0
    for match in MARKER.finditer(raw):
        before = raw[position : match.start()]
        parts.append(before)
        length += len(before)
        value = match.group(2)
        spans.append({"kind": match.group(1), "start": length, "end": length + len(value)})
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(raw[position:])
    return "".join(parts), spans


def check(text: str, spans: list[dict[str, object]], values: list[str]) -> None:
    """Refuse a malformed record: a bad span, an overlap, a leftover placeholder or marker."""
    if LEFTOVER.search(text):
        raise ValueError(f"placeholder or marker left: {text!r}")
    previous_end = -1
    for span, value in zip(spans, values, strict=True):
        start, end, kind = span["start"], span["end"], span["kind"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind}")
        if not 0 <= start < end <= len(text) or text[start:end] != value:
            raise ValueError(f"span does not match: {value!r}")
        first_ok = value[0].isalnum() or (kind == "phone" and value[0] in "+(")
        if not first_ok or not value[-1].isalnum() or value != value.strip():
            raise ValueError(f"span with leading or trailing punctuation: {value!r}")
        if start < previous_end:
            raise ValueError(f"overlapping spans at {start}")
        previous_end = end


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for theme, style, template in TEMPLATES:
        copies = COPIES_PER_THEME[theme] if PLACEHOLDER.search(template) else 1
        for _ in range(copies):
            for _attempt in range(50):
                filler = Filler(rng, style)
                raw = PLACEHOLDER.sub(
                    lambda m, f=filler: f.fill(m.group(1), m.group(2), m.group(3)), template
                )
                text, spans = strip_markers(raw)
                values = [text[s["start"] : s["end"]] for s in spans]  # type: ignore[misc]
                if style == "sms_caps":
                    upper = text.upper()
                    if len(upper) != len(text):
                        raise ValueError("upper-casing changed the length")
                    text = upper
                    values = [v.upper() for v in values]
                if text not in seen:
                    break
            else:
                raise ValueError(f"cannot make a new text from {template[:40]!r}")
            check(text, spans, values)
            seen.add(text)
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    rng.shuffle(records)
    out = []
    for number, record in enumerate(records, start=1):
        out.append({"id": f"d6-{number:04d}", **record})
    return out


def main() -> None:
    records = build()
    styles = {r["style"] for r in records}
    if styles != STYLES:
        raise ValueError(f"styles: {sorted(styles)}")  # type: ignore[type-var]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    empty = sum(1 for r in records if not r["spans"])
    total = sum(len(r["spans"]) for r in records)  # type: ignore[arg-type]
    sys.stdout.write(
        f"{OUT.name}: {len(records)} texts, {total} spans, {empty} without spans\nsha256 {digest}\n"
    )


if __name__ == "__main__":
    main()
