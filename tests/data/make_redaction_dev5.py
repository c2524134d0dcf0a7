# ruff: noqa: E501, RUF001
"""Write ``redaction_dev5.jsonl``: complaint texts about *whose* data a value is.

Texts are written inline with labels like ``[[email:yanti.ndun88@gmail.com]]`` and placeholders
such as ``{N.1}`` (a person's full name, labelled) or ``{npwp}`` (a company's tax number, not
labelled). The script expands the placeholders with a seeded ``random.Random``, strips the
markers, checks every span and writes one JSON object per line next to itself. Run it with
``python3 make_redaction_dev5.py``; the output is identical on every run.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

SEED = 20261205
REPEATS = 3
KINDS = {
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
}
OUT = Path(__file__).with_name("redaction_dev5.jsonl")


def words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


GIVEN = words(
    "Yohanes Maria Agustina Yanti Frans Dominggus Yakob Selfi Sofia Gracia Vivi Marthen Yuliana "
    "Oktavianus Ferdinand Elisabeth Kristina Antonius Petrus Paulus Imelda Novita Deni Rian Adi "
    "Melki Elsa Jefri Meri Yuli Sarlota Ester Rut Matheos Simon Stefanus Hendrik Benyamin Leni "
    "Ika Siti Ahmad Abdul Nurhayati Fatima Ansel Fransiska Veronika Natalia Ronal Yeremias Ishak "
    "Nikodemus Welhelmina Theresia Dewi Rosalina Arnol Godlief Yustina Marselina Efraim Lukas"
)
FAMILY = [
    *words(
        "Ndun Manafe Tefa Benu Lay Bessie Therik Pah Nenobais Tanone Amalo Fanggidae Mooy Ratu Lobo "
        "Sinlae Tallo Nope Kase Bire Dethan Haning Tamonob Kolo Foenay Lake Seran Bria Nahak Leo "
        "Kause Boimau Messakh Saudale Adoe Ledo Bulu Daton Pello Malelak Pandie Sabaat Taopan Neno"
    ),
    "Riwu Kaho",
    "Dju Dara",
    "Ga Lena",
]
KEL = [
    *words(
        "Oebobo Oebufu Liliba Oesapa Lasiana Penfui Maulafa Sikumana Naikolan Kolhua Bakunase "
        "Fatululi Oetete Oepura Naikoten Airnona Bonipoi Solor Fontein Airmata Alak Namosain "
        "Manutapen Fatufeto Naimata Belo Fatukoa"
    ),
    "Kayu Putih",
    "Kelapa Lima",
    "Pasir Panjang",
    "Tuak Daun Merah",
    "Nunbaun Sabu",
]
KEC = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
STREETS = words(
    "Nangka|Kenari|Sukun|Palapa|Kelapa|Bajawa|Rote|Amabi|Timor Raya|Soeharto|El Tari|Frans Seda|"
    "W.J. Lalamentik|Piet A. Tallo|Herewila|Kelinci|Perintis Kemerdekaan|Alfons Nisnoni|"
    "Adi Sucipto|Cak Doko|Samratulangi|Mohammad Hatta|Jenderal Sudirman|Thamrin|Sumba|Flores|"
    "Kancil|Cendana|Beringin|Pulau Indah|Tompello|Moh. Hatta|R.A. Kartini",
    "|",
)
GANG = words(
    "Kakatua Sepakat Damai Mawar Melati Kasih Rajawali Merpati Anggrek Flamboyan Cemara Nuri"
)
MOBILE = words(
    "0811 0812 0813 0821 0822 0823 0852 0853 0815 0857 0858 0817 0818 0819 0878 0895 0896 0881"
)

rng = random.Random(SEED)


def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def pick(seq):
    return rng.choice(seq)


def two(lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):02d}"


# --- numbers -------------------------------------------------------------------------------


def mobile() -> str:
    body = pick(MOBILE) + digits(rng.choice((7, 8, 8, 8)))
    head, mid, tail = body[:4], body[4:8], body[8:]
    forms = (
        body,
        f"{head}-{mid}-{tail}",
        f"{head} {mid} {tail}",
        f"{head}.{mid}.{tail}",
        f"+62 {head[1:]}-{mid}-{tail}",
        "+62" + body[1:],
        "62" + body[1:],
        f"62 {head[1:]} {mid} {tail}",
    )
    return pick(forms)


def landline() -> str:
    local = "8" + digits(rng.choice((5, 6)))
    form = rng.randrange(4)
    if form == 0:
        return f"0380 {local}"
    if form == 1:
        return f"(0380) {local}"
    if form == 2:
        return f"(0380) {local[:3]} {local[3:]}"
    return f"0380-{local}"


def nik_digits() -> str:
    region = pick(("5371", "5371", "5371", "5301", "5301", "5302", "5304", "5310"))
    day = rng.randint(1, 28) + pick((0, 40))
    return f"{region}{two(1, 12)}{day:02d}{two(1, 12)}{two(55, 99) if rng.random() < 0.8 else two(0, 6)}{rng.randint(1, 40):04d}"


def nik() -> str:
    raw = nik_digits()
    form = rng.randrange(4)
    if form == 0:
        return f"{raw[:4]} {raw[4:8]} {raw[8:12]} {raw[12:]}"
    if form == 1:
        return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}.{raw[6:12]}.{raw[12:]}"
    return raw


def kk() -> str:
    return pick(("5371", "5301")) + two(1, 12) + digits(10)


def npwp_old(first: str, branch: str = "000") -> str:
    return f"{first}.{digits(3)}.{digits(3)}.{digits(1)}-921.{branch}"


def npwp_personal() -> str:
    form = rng.randrange(5)
    first = pick(("07", "15", "24", "36", "45", "49", "58", "67", "73", "84", "92"))
    if form in (0, 1):
        return npwp_old(first)
    if form == 2:
        return npwp_old(first).replace(".", "").replace("-", "")
    return nik_digits()


def npwp_company() -> str:
    form = rng.randrange(4)
    first = pick(("01", "02", "03", "31", "66", "70", "80", "81", "96"))
    old = npwp_old(first, pick(("000", "000", "001")))
    if form in (0, 1):
        return old
    if form == 2:
        return old.replace(".", "").replace("-", "")
    return "0" + old.replace(".", "").replace("-", "")


def nop() -> str:
    return f"53.71.0{two(10, 60)}.00{rng.randint(1, 9)}.0{two(1, 60)}-0{digits(3)}.0"


# --- places ---------------------------------------------------------------------------------


def house_no() -> str:
    n = str(rng.randint(1, 140))
    return n + pick(("", "", "", "", "A", "B"))


def rt_rw() -> str:
    rt, rw = rng.randint(1, 40), rng.randint(1, 12)
    form = rng.randrange(6)
    if form == 0:
        return f"RT {rt:02d}/RW {rw:02d}"
    if form == 1:
        return f"RT {rt:03d}/RW {rw:03d}"
    if form == 2:
        return f"rt {rt} rw {rw}"
    if form == 3:
        return f"RT.{rt:02d}/RW.{rw:02d}"
    if form == 4:
        return f"RT {rt:02d} RW {rw:02d}"
    return f"RT {rt:02d}"


def home() -> str:
    street = pick(STREETS)
    no = pick(("No.", "No", "no."))
    forms = (
        lambda: f"Jl. {street} {no} {house_no()}",
        lambda: f"Jl. {street} {no} {house_no()}, {rt_rw()}",
        lambda: f"Gg. {pick(GANG)} No. {house_no()}",
        lambda: f"Jl. {street} Gg. {rng.randint(1, 9)} No. {house_no()}",
        lambda: f"Jalan {street} nomor {house_no()}",
        lambda: f"Jl. {street} No.{house_no()} {rt_rw()}",
        lambda: f"Gg. {pick(GANG)} No. {house_no()} {rt_rw()}",
    )
    return pick(forms)()


# --- people ---------------------------------------------------------------------------------


class Person:
    def __init__(self) -> None:
        self.given = pick(GIVEN)
        self.middle = pick(GIVEN) if rng.random() < 0.12 else ""
        self.family = pick(FAMILY)
        self.num = rng.choice(
            (
                "",
                "",
                str(rng.randint(1, 99)),
                str(rng.randint(70, 99)),
                str(rng.randint(1985, 2004)),
            )
        )

    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.family) if p)

    def local(self) -> str:
        g, f = self.given.lower(), self.family.lower().replace(" ", "")
        form = rng.randrange(6)
        if form == 0:
            return f"{g}.{f}{self.num}"
        if form == 1:
            return f"{g}{f}{self.num}"
        if form == 2:
            return f"{f}.{g}{self.num}"
        if form == 3:
            return f"{g}_{f}{self.num}"
        if form == 4:
            return f"{g}{self.num or rng.randint(10, 99)}"
        return f"{g[0]}{f}{self.num}"

    def email(self) -> str:
        return (
            self.local()
            + "@"
            + pick(
                (
                    "gmail.com",
                    "gmail.com",
                    "gmail.com",
                    "yahoo.com",
                    "yahoo.co.id",
                    "ymail.com",
                    "outlook.com",
                )
            )
        )

    def work_email(self) -> str:
        g, f = self.given.lower(), self.family.lower().replace(" ", "")
        return f"{g}.{f}@" + pick(
            ("kupangkota.go.id", "nttprov.go.id", "undana.ac.id", "kemenkeu.go.id", "bankntt.co.id")
        )

    def hidden_email(self) -> str:
        local = self.local()
        host = pick(("gmail", "yahoo"))
        form = rng.randrange(5)
        if form == 0:
            return f"{local} [at] {host} [dot] com"
        if form == 1:
            return f"{local} @ {host}.com"
        if form == 2:
            return f"{local}(at){host}.com"
        if form == 3:
            return f"{local} at {host} dot com"
        return f"{local}@ {host} .com"


def recase(name: str, mode: str) -> str:
    if mode == "upper":
        return name.upper()
    if mode == "lower":
        return name.lower()
    return name


# --- templates ------------------------------------------------------------------------------
# Each entry: (style, text). {N.k}/{F.k}/{S.k}: name of person k (labelled); {E.k}: that
# person's private e-mail, {EG.k} their personal mailbox on an office domain, {EO.k} the same
# written to dodge scrapers (all labelled `email`); {P}/{H}: private mobile/home landline
# (labelled); {p}/{h}: office or business mobile/landline (not labelled); {NIK} {KK} {NPWP} {A}
# {RT}: labelled; {npwp} {NOP} {bill} {ntpn} {faktur} {a} {rt} {KEL} {KEC} {date} {rp} {tkt}
# {nip} {surat}: not labelled.

EMAIL = [
    (
        "web_form",
        "Nama Pelapor: {N.1}\nNIK: {NIK}\nEmail: {E.1}\nNo. HP: {P}\nKelurahan: {KEL}\nIsi Laporan: Sudah 3 kali sy kirim berkas ke pengaduan@kupangkota.go.id tapi tidak ada balasan. Mohon dibalas ke email sy di atas.",
    ),
    (
        "email",
        "From: {N.1} <{E.1}>\nTo: pengaduan@kupangkota.go.id\nSubject: Air PDAM mati 5 hari di {KEL}\n\nSelamat siang Bapak/Ibu,\nAir di rumah kami sudah 5 hari tidak mengalir. Sudah lapor ke cs@pdamkotakupang.co.id tapi hanya dapat balasan otomatis.\n\nSalam,\n{N.1}",
    ),
    (
        "whatsapp",
        "Kak sy su kirim scan KK ke email Dukcapil tp yg balas cuma noreply@dukcapil.kupangkota.go.id. Kalau ada info tolong kirim ke {E} sa, HP sy sering mati.",
    ),
    (
        "kupang_malay",
        "Bapa dong, beta pung email tu {EO}, tolong kirim itu surat keterangan ke situ sa. Jang kirim ke email kantor desa, nanti sonde sampe.",
    ),
    (
        "letter",
        "Kupang, {date}\n\nKepada Yth.\nKepala Dinas Pendidikan dan Kebudayaan Kota Kupang\ndi Tempat\n\nDengan hormat, kami orang tua murid kelas VI SDN Oebobo 2 menyampaikan keberatan atas pungutan uang perpisahan sebesar {rp}.\n\nHormat kami,\n{N.1}\nEmail: {E.1}\n\nTembusan:\n1. Ombudsman RI Perwakilan NTT (pengaduan.ntt@ombudsman.go.id)\n2. Komite Sekolah SDN Oebobo 2",
    ),
    (
        "email",
        "Yth. Admin Simpeg,\nSaya {N.1}, guru PPPK di SMPN 5 Kupang. Email dinas saya {EG.1} tidak bisa dipakai login sejak {date}. Mohon direset. NIP tidak saya cantumkan di sini.\n\nTerima kasih,\n{N.1}",
    ),
    (
        "social",
        "Info buat yg mau protes soal tagihan listrik: jangan kirim ke DM akun ini, kirim ke humas@plnntt.co.id. Kalau mau kumpul data bareng, email saya saja di {E} 🙏",
    ),
    (
        "sms_caps",
        "YTH DINAS PENDIDIKAN KOTKUPANG, SY {N} ORTU MURID SMPN 2, IJAZAH ANAK SY BELUM DIKASIH. MOHON BALAS KE EMAIL {E} ATAU HP {P}",
    ),
    (
        "email",
        "---------- Forwarded message ---------\nDari: {N.1} <{E.1}>\nTanggal: {date}\nKepada: info@pdamkotakupang.co.id\nSubjek: Meteran rusak\n\nMeteran air di rumah sy di {A} bocor dari bulan lalu. Tolong dicek.\n\n- {F.1}",
    ),
    (
        "social",
        "Ada yg tau kenapa aduan lewat lapor.go.id sonde dibalas? Sy su kirim 2x. Kalo ada admin yg baca, kontak sy di {EO} ya",
    ),
    (
        "whatsapp",
        "[{date.1} 09.14] {F.1}: Kak, sy jual gas 3kg eceran dari rumah, mau daftar jadi pangkalan resmi. Email sy {E.1}\n[{date.1} 09.20] Admin Disperindag: Silakan kirim berkas ke disperindag.kotakupang@gmail.com ya bu",
    ),
    (
        "email",
        "Kepada: pengaduan@kupangkota.go.id\nCc: {N.2} <{E.2}>, humas@kupangkota.go.id\n\nSaya mewakili warga yang rumahnya kena gusur proyek drainase. Bapak {N.2} (cc) adalah pemilik rumah yang paling parah kena dampak.\n\nHormat saya,\n{N.1}\n{P}",
    ),
    (
        "web_form",
        "NAMA: {N.1}\nEMAIL: {E.1}\nEMAIL ALTERNATIF: {EG.1}\nTELEPON: {P}\nKATEGORI: Kepegawaian\nURAIAN: Tunjangan sertifikasi sy belum cair 2 triwulan. Sudah email ke bkpsdm@kupangkota.go.id tapi dibalas noreply.",
    ),
    (
        "whatsapp",
        "Ibu Kabid bilang dokumen kirim ke email pribadinya sa, {E.1}, karena email dinas penuh. Namanya Ibu {N.1}. Sy curiga ini benar atau tidak?",
    ),
    (
        "kupang_malay",
        "Ais, sekolah bilang kirim tugas ke wali kelas pung email, Ibu {F.1}, {EG.1}. Tapi ana bilang dia pung email laen lai, {E.1}. Mana yg betul ni?",
    ),
    (
        "social",
        "Akun gmail sy {E} dipake orang utk daftar bansos atas nama sy. Sy su lapor ke polisi. Hati2 kawan2.",
    ),
    (
        "sms_caps",
        "SY MAU TANYA KENAPA EMAIL DARI NOREPLY@LAPOR.GO.ID BILANG LAPORAN SY DITUTUP PADAHAL BELUM SELESAI. NOMOR TIKET {tkt} KOTKUPANG",
    ),
    (
        "whatsapp",
        "Bapa ibu skalian, utk pendaftaran lomba paduan suara silakan kirim formulir ke osis.smpn2kupang@gmail.com paling lambat {date}. Info lanjut hubungi sekretariat OSIS {p}.",
    ),
    (
        "letter",
        "KOP: DINAS KESEHATAN KOTA KUPANG\nJl. Timor Raya No. 152, Kupang. Telp {h}. Email: dinkes.kotakupang@gmail.com\n\nNomor: {surat}\nPerihal: Tanggapan Pengaduan\n\nMenindaklanjuti pengaduan Saudara melalui kanal SP4N-LAPOR! nomor {tkt}, bersama ini kami sampaikan bahwa vaksin sudah tersedia di Puskesmas Oepoi.\n\nKepala Dinas Kesehatan Kota Kupang",
    ),
    (
        "email",
        "From: SP4N-LAPOR! <noreply@lapor.go.id>\nTo: (disembunyikan)\nSubject: Status laporan {tkt}\n\nLaporan Anda telah diteruskan ke Dinas Pekerjaan Umum dan Penataan Ruang Kota Kupang. Untuk pertanyaan hubungi pupr@kupangkota.go.id. Email ini dikirim otomatis, jangan dibalas.",
    ),
    (
        "social",
        "PENGUMUMAN: Pendaftaran PPDB SMA/SMK Negeri se-Kota Kupang dibuka {date}. Kendala pendaftaran silakan email ke ppdb.disdiknttprov@gmail.com atau datang ke posko di SMAN 1 Kupang. #PPDBNTT",
    ),
    (
        "whatsapp",
        "*Diteruskan*\nKarang Taruna Oebufu buka donasi utk korban kebakaran tgl {date}. Bukti transfer kirim ke karangtaruna.oebufu@gmail.com ya. Tks 🙏",
    ),
    (
        "kupang_malay",
        "Kalo mau lapor jalan rusak, kirim sa ke pengaduan [at] kupangkota [dot] go [dot] id, ko dong langsung teruskan ke PU. Ato telpon call center {p}.",
    ),
    (
        "web_form",
        "Nama: (dirahasiakan)\nEmail: -\nKategori: Pelayanan Publik\nIsi: Alamat email layanan@disdukcapil.kupangkota.go.id yang tertulis di spanduk depan kantor tidak aktif, email saya selalu mental sejak {date}. Mohon diperbaiki.",
    ),
    (
        "sms_caps",
        "INFO DARI JEMAAT GMIT BETHEL {KEL}: JADWAL IBADAH DAN PENGUMUMAN BISA DIMINTA LEWAT EMAIL SEKRETARIAT.BETHEL@GMAIL.COM. KOTKUPANG",
    ),
    (
        "letter",
        "Nomor: {surat}\nLampiran: 1 berkas\nHal: Permohonan data\n\nYth. Kepala Badan Pendapatan Daerah Kota Kupang\n\nKoperasi Serba Usaha Tunas Harapan memohon salinan data tunggakan pajak anggota. Balasan mohon dikirim ke ksp.tunasharapan@yahoo.co.id.\n\nPengurus KSU Tunas Harapan",
    ),
    (
        "email",
        "Kepada Yth. Tim Pengaduan,\nKami dari Kelompok Tani Sumber Makmur {KEL} melaporkan pupuk subsidi belum tersalur. Surat resmi terlampir. Korespondensi mohon ke poktan.sumbermakmur@gmail.com dan cc ke penyuluh@distan.kupangkota.go.id.\n\nSalam,\nKetua Kelompok Tani Sumber Makmur",
    ),
    (
        "social",
        "Lowongan kerja? HATI-HATI penipuan atas nama Bank NTT. Email resmi hanya berakhiran @bankntt.co.id (mis. sdm@bankntt.co.id). Email gmail yang minta biaya tes itu bukan dari bank. Cek di akun resmi @banknttofficial atau call center {h}.",
    ),
    (
        "whatsapp",
        "Tolong ingatkan, laporan BOS sekolah kirim ke bos.disdikkotakupang@gmail.com, bukan ke email pribadi staf, paling lambat {date}. Admin grup Kepala Sekolah SD Kota Kupang",
    ),
    (
        "kupang_malay",
        "Sonde ada yg balas dari info@rsudwzjohannes.nttprov.go.id ko. Beta su tanya soal antrian cuci darah dari minggu lalu. Dong pung WA center {p} ju sonde angkat.",
    ),
    (
        "email",
        "Subject: Re: Keluhan jaringan internet sekolah\nFrom: helpdesk@telkom.co.id\nTo: admin@sdninpresoepura2.sch.id\n\nTerima kasih telah menghubungi kami. Tiket Anda {tkt} sedang diproses oleh tim teknisi wilayah Kupang.",
    ),
    (
        "web_form",
        "Nama: {N.1}\nEmail: {EO.1}\n(tulis begini supaya tidak kena spam)\nAlamat: {A}, Kel. {KEL}\nLaporan: Ada pihak yang mengaku dari kantor pajak minta data lewat email pajak.kupang.resmi@gmail.com. Itu resmi atau tidak?",
    ),
    (
        "sms_caps",
        "MHN DIBANTU, EMAIL SY {E} DIBLOKIR APLIKASI PPPK, SY SUDAH EMAIL KE HELPDESK@BKN.GO.ID BELUM ADA JAWABAN. {N}, KOTKUPANG",
    ),
]

NPWP = [
    (
        "web_form",
        "Nama: {N.1}\nNIK: {NIK}\nNPWP: {NPWP}\nNo HP: {P}\nKategori: Perpajakan\nIsi Laporan: Sy dapat surat teguran PBB padahal sudah bayar. NOP {NOP}, bukti bayar ada.",
    ),
    (
        "whatsapp",
        "Sy mau lapor, NPWP sy {NPWP} tiba2 ada tagihan PPh. Padahal sy cuma karyawan kontrak di CV Karya Mandiri Kupang (NPWP perusahaan {npwp}). Yg salah potong pajak siapa ya?",
    ),
    (
        "letter",
        "Yang bertanda tangan di bawah ini:\nNama: {N.1}\nNIK: {NIK}\nNPWP: {NPWP}\nAlamat: {A}, Kel. {KEL}\n\nmengajukan keberatan atas penetapan PBB tahun ini untuk objek pajak NOP {NOP}.\n\nKupang, {date}\nHormat saya,\n{N.1}",
    ),
    (
        "sms_caps",
        "NPWP SY {NPWP} TDK BISA DIPAKAI DAFTAR PPPK, KATANYA TDK VALID. PADAHAL SY SUDAH PADANKAN DGN NIK. MOHON BANTUAN. {N} KOTKUPANG",
    ),
    (
        "kupang_malay",
        "Beta pung NPWP {NPWP} su dipadankan deng NIK ko? Beta cek di web katanya belum. Beta ni cuma jual kue di rumah sa, bukan perusahaan.",
    ),
    (
        "whatsapp",
        "Sy pemilik kios sembako di Pasar Oeba, usaha perorangan. NPWP pribadi sy {NPWP}. Di aplikasi dagang malah tertulis NPWP badan {npwp} milik distributor. Mohon dibetulkan.",
    ),
    (
        "web_form",
        "Nama Pelapor: {N.1}\nNPWP: {NPWP}\nEmail: {E.1}\nUraian: Di faktur dari toko bangunan tercantum NPWP toko {npwp} tapi nama pembeli tertulis sy dan NPWP sy salah ketik. Sy tidak pernah beli barang sebanyak itu.",
    ),
    (
        "whatsapp",
        "Almarhum bapa sy {N.1} (NPWP {NPWP}) masih dapat surat tagihan dari KPP Pratama Kupang. Sy anaknya, {F.2}, mau urus penghapusan NPWP tapi dipingpong terus.",
    ),
    (
        "letter",
        "Perihal: Permohonan penghapusan NPWP\n\nKepada Yth. Kepala KPP Pratama Kupang\nJl. Palapa No. 1, Kupang\n\nSaya {N.1}, istri dari almarhum {N.2} dengan NPWP {NPWP}, mohon NPWP tersebut dihapus karena suami saya meninggal dunia pada {date}.\n\nHormat saya,\n{N.1}",
    ),
    (
        "sms_caps",
        "SY {N} GURU HONOR, GAJI DIPOTONG PAJAK TAPI BUKTI POTONG PAKAI NPWP ORANG LAIN. NPWP SY {NPWP}. KOTKUPANG",
    ),
    (
        "kupang_malay",
        "Ini ada orang pake beta pung NPWP {NPWP} par ambil kredit motor. Beta son pernah ambil kredit. Beta pung nama {N}.",
    ),
    (
        "social",
        "Istri sy {N.1} diminta NPWP waktu daftar UMKM. Kami kasih NPWP dia {NPWP}, eh malah dibilang harus NPWP suami. Aturan dari mana ini pak?",
    ),
    (
        "email",
        "Kepada Yth. Bapenda Kota Kupang,\n\nSaya {N.1} pemilik rumah kos (usaha pribadi, bukan badan). Pajak daerah sy bayar dengan NPWP {NPWP}. Mohon penjelasan kenapa ada denda.\n\nSalam,\n{N.1}\n{E.1}",
    ),
    (
        "web_form",
        "Nama: {N.1}\nNIK: {NIK}\nNPWP (16 digit): {NPWP16}\nPekerjaan: Petani\nIsi: Bantuan alat pertanian dari Dinas Pertanian minta NPWP koperasi, kami tidak punya koperasi. Kami kelompok tani kecil.",
    ),
    (
        "whatsapp",
        "Bendahara sekolah minta NPWP semua guru honor. Ini punya sy {NPWP}, atas nama {N}. Tolong jangan sebar ke grup ya kak.",
    ),
    (
        "sms_caps",
        "MOHON INFO, NPWP KOPERASI KAMI {npwp} DIBLOKIR PADAHAL KOPERASI MASIH AKTIF. PENGURUS KSP SEHATI KOTKUPANG",
    ),
    (
        "letter",
        "Nomor: {surat}\nHal: Klarifikasi tagihan\n\nYth. Kepala Bapenda Kota Kupang\n\nCV Sinar Timor, NPWP {npwp}, beralamat di Jl. Soeharto No. 17 Kupang, menyampaikan keberatan atas tagihan pajak reklame. Pembayaran telah kami lakukan dengan kode billing {bill}.\n\nDirektur CV Sinar Timor",
    ),
    (
        "whatsapp",
        "Ini kuitansi dari toko: *UD Berkat Jaya, NPWP {npwp}*, No. Kuitansi KW/2024/{d4}. Harga semen beda jauh dengan yg di spanduk. Sy lapor ke siapa?",
    ),
    (
        "kupang_malay",
        "Beta su bayar PBB, ini NOP {NOP}, kode billing {bill}. Tapi di aplikasi masih merah. Orang Bapenda bilang tunggu sa.",
    ),
    (
        "web_form",
        "Nama: (tidak dicantumkan)\nKategori: Perpajakan Daerah\nIsi: Faktur pajak nomor {faktur} dari PT Flobamora Niaga (NPWP {npwp}) tidak bisa dikreditkan. Toko kami sudah komplain ke perusahaan tapi tidak ditanggapi.",
    ),
    (
        "sms_caps",
        "PBB TAHUN INI NAIK 3X LIPAT. NOP {NOP}. TAGIHAN {rp}. MOHON DITINJAU. WARGA {KEL} KOTKUPANG",
    ),
    (
        "email",
        "Subject: NTPN tidak valid\n\nSelamat pagi, pembayaran BPHTB untuk transaksi jual beli tanah di Kel. {KEL} sudah dilakukan pada {date} dengan NTPN {ntpn}, namun notaris menyatakan NTPN tidak ditemukan. Mohon dicek.\n\nKantor Notaris/PPAT di Jl. Frans Seda Kupang",
    ),
    (
        "social",
        "Bumdes kami sudah punya NPWP badan ({npwp}) tapi dana desa untuk Bumdes tetap ditahan kecamatan. Tolong @pemkabkupang jelaskan.",
    ),
    (
        "whatsapp",
        "*Info Yayasan*\nUtk donatur yg butuh bukti potong, NPWP Yayasan Pendidikan Kristen Kupang: {npwp}. Rekening atas nama yayasan, bukan pribadi. Terima kasih.",
    ),
    (
        "letter",
        "KOP: PEMERINTAH KOTA KUPANG, DINAS PEKERJAAN UMUM\n\nBerita Acara Pembayaran\nPenyedia: CV Tirta Karya, NPWP {npwp}\nNilai kontrak: {rp}\nKode billing PPN: {bill}\n\nPejabat Pembuat Komitmen",
    ),
    (
        "kupang_malay",
        "Itu toko bangunan di Oesapa kasi nota pake NPWP {npwp}, ma pas beta cek di web pajak itu NPWP bukan dong pung. Toko tipu ko?",
    ),
    (
        "web_form",
        "Nama: -\nEmail: -\nIsi: Bendahara Dinas Pertanian memungut PPh dari kelompok tani dengan NPWP bendahara {npwp}, tapi bukti potong tidak pernah diberikan.",
    ),
    (
        "sms_caps",
        "KODE BILLING PAJAK KENDARAAN {bill} GAGAL DIBAYAR DI BANK NTT. SUDAH 3 HARI. SAMSAT KOTKUPANG TOLONG CEK",
    ),
    (
        "email",
        "Yth. Admin LAPOR,\n\nGereja kami (GMIT Jemaat Imanuel {KEL}) mendapat tagihan pajak atas bangunan ibadah. Nomor objek pajak {NOP}. Setahu kami rumah ibadah dikecualikan.\n\nMajelis Jemaat GMIT Imanuel",
    ),
    (
        "whatsapp",
        "Min, invoice INV/{year}/{d4} dari vendor katering acara dinas cantumkan NPWP {npwp} tapi nama perusahaannya beda dgn yg di kontrak. Mohon dicek inspektorat.",
    ),
    (
        "social",
        "Tolong PDAM jelaskan: nota tagihan sambungan baru mencantumkan NPWP PDAM {npwp} dan biaya {rp}. Padahal di spanduk gratis! #KupangBersuara",
    ),
    (
        "kupang_malay",
        "Koperasi di kampung pung NPWP {npwp} dipake par ambil dana hibah, ma anggota sonde pernah rasa. Pengurus sonde mau kasi liat laporan.",
    ),
]

ADDRESS = [
    (
        "web_form",
        "Nama: {N.1}\nNIK: {NIK}\nAlamat: {A}\nKelurahan: {KEL}\nKecamatan: {KEC}\nIsi Laporan: Sampah di TPS depan SD Inpres {KEL} tidak diangkut sejak 2 minggu.",
    ),
    (
        "whatsapp",
        "Pak, sy tinggal di {A}, Kel. {KEL}. Sudah seminggu lampu jalan di depan rumah sy mati, gelap sekali malam.",
    ),
    (
        "kupang_malay",
        "Beta pung rumah di {RT}, Kel. {KEL}, di belakang rumah Om {F}. Air sonde jalan dari hari Minggu.",
    ),
    (
        "sms_caps",
        "SY {N} ALAMAT {A} KEL {KEL}. RUMAH SY KENA BANJIR KRN GOT TERSUMBAT. MOHON BANTUAN KOTKUPANG",
    ),
    (
        "letter",
        "Kepada Yth.\nLurah {KEL}\ndi Tempat\n\nSaya yang bertanda tangan di bawah ini, {N.1}, beralamat di {A}, Kelurahan {KEL}, melaporkan tetangga saya yang membangun tembok melewati batas tanah kami.\n\nHormat saya,\n{N.1}",
    ),
    (
        "whatsapp",
        "Rumah kontrakan sy di {A} atapnya bocor, pemilik rumah Bapak {N} tidak mau perbaiki padahal kontrak masih 1 thn.",
    ),
    (
        "social",
        "Tolong viralkan! Tetangga sy di {A} buang sampah ke kali setiap malam. Sdh ditegur RT tp tidak mempan.",
    ),
    (
        "web_form",
        "Nama: {N.1}\nNo HP: {P}\nAlamat Rumah: {A}\nAlamat Kantor: Kantor Camat {KEC}, Jl. Polisi Militer No. 3\nIsi: Surat pindah sy ditahan di kantor camat sudah 2 minggu.",
    ),
    (
        "kupang_malay",
        "Bu RT, beta su pindah ko. Sekarang beta tinggal di {A}, samping rumah Tanta {F}. Jadi surat undangan posyandu kirim ke situ sa.",
    ),
    (
        "whatsapp",
        "Pengantar dari RT harus ambil di rumah Pak RT {N.1} di {A}. Tp dia minta bayar {rp}. Apa boleh?",
    ),
    (
        "letter",
        "Perihal: Sengketa batas tanah\n\nKami keluarga {S.1}, tinggal di {A}, menyampaikan bahwa pagar keluarga {S.2} di sebelah rumah kami dibangun di atas tanah kami.\n\nKupang, {date}\nMewakili keluarga,\n{N.1}",
    ),
    (
        "sms_caps",
        "ANAK SY {F} DIGIGIT ANJING LIAR DI DEPAN RMH KAMI {A}. MOHON DINAS PETERNAKAN TANGKAP. KOTKUPANG",
    ),
    (
        "email",
        "Subject: Permohonan pemasangan meter air\n\nYth. PDAM Kota Kupang,\nMohon dipasang sambungan baru di rumah saya, {A}, Kel. {KEL}. Rumah saya persis di belakang Gereja Imanuel, cat hijau.\n\nSalam,\n{N}\n{P}",
    ),
    (
        "web_form",
        "NAMA: {N.1}\nALAMAT: {A}\nNO. HP: {P}\nLAPORAN: TETANGGA DI SEBELAH RUMAH SY MEMELIHARA BABI, BAU SAMPAI KE DAPUR.",
    ),
    (
        "whatsapp",
        "Jalan masuk ke rumah sy di {A}, masuk dari Jl. Frans Seda, rusak parah, motor tidak bisa masuk.",
    ),
    (
        "kupang_malay",
        "Itu kos-kosan di {A} pung pemilik, Om {N}, buang air kotor ke got. Satu lorong bau.",
    ),
    (
        "whatsapp",
        "Mohon diperbaiki, lampu jalan di {a} depan Kantor Gubernur mati sudah {n} hari.",
    ),
    (
        "sms_caps",
        "GOT DI RT {rt} RW {rw} KEL {KEL} TERSUMBAT, AIR MELUAP KE JALAN. MOHON DINAS PU TURUN. KOTKUPANG",
    ),
    (
        "kupang_malay",
        "Warga RT {rt} su bosan ni, sampah di pinggir Jl. Kelinci sonde diangkut. Bau sampe ke sekolah.",
    ),
    (
        "letter",
        "Kepada Yth. Kepala Dinas PUPR Kota Kupang\n\nKami warga RT {rt}/RW {rw} Kelurahan {KEL} melaporkan jalan berlubang di Jl. Amabi depan Puskesmas {KEL}.\n\nHormat kami,\nWarga RT {rt}",
    ),
    (
        "web_form",
        "Nama: (rahasia)\nLokasi Kejadian: Kantor Lurah {KEL}, Jl. Sukun No. 1\nIsi: Petugas loket meminta uang {rp} untuk surat keterangan domisili.",
    ),
    (
        "whatsapp",
        "Puskesmas Oebobo di Jl. Sukun No. 12 hari {date} tutup jam 11, padahal di papan tertulis Senin–Jumat 08.00–14.00. Antrian panjang sekali.",
    ),
    (
        "social",
        "SMPN 5 Kupang (Jl. Prof. Dr. Herman Johannes No. 20) pungut uang seragam {rp}. Ortu murid keberatan. #SaveSekolah",
    ),
    (
        "kupang_malay",
        "Pasar Oeba tu becek ampun, got di depan los ikan buntu. Pasar Kasih Naikoten ju sama sa, su {n} hari.",
    ),
    (
        "sms_caps",
        "JALAN DI JL. W.J. LALAMENTIK DEPAN RS BHAYANGKARA DRS. TITUS ULY BERLUBANG BESAR. SUDAH {n} KALI KECELAKAAN. KOTKUPANG",
    ),
    (
        "whatsapp",
        "Toko Sinar Abadi di Jl. Soeharto No. 45 jual minyak goreng di atas HET. Sy beli kemarin {rp} per liter.",
    ),
    (
        "letter",
        "Nomor: {surat}\nHal: Pemberitahuan\n\nSekretariat RT {rt} RW {rw} Kelurahan {KEL}, Jl. Kenari No. 2 (pos kamling), memberitahukan jadwal kerja bakti hari Sabtu.\n\nKetua RT {rt}",
    ),
    (
        "email",
        "Subject: Banjir di sekitar Masjid Raya Nurusa'adah\n\nYth. BPBD Kota Kupang,\nSejak {date} air setinggi lutut menggenangi Jl. Soekarno depan Masjid Raya dan Gereja Kota Kupang. Mohon pompa.\n\nTakmir Masjid Raya",
    ),
    (
        "social",
        "Dari Bundaran PU lurus terus, belok kiri di lampu merah Oebobo, jalan rusaknya tepat di depan Bank NTT cabang. Sudah {n} bulan! @pupr.kotakupang",
    ),
    (
        "web_form",
        "Nama: -\nAlamat Objek Aduan: Gereja GMIT Paulus, Jl. Thamrin No. 7, Oebufu\nIsi: Sejak {date} parkir liar setiap Minggu di depan gereja menutup jalan, ambulans tidak bisa lewat.",
    ),
    (
        "whatsapp",
        "Posko pengungsi banjir ada di Kantor BPBD Kota Kupang, Jl. Timor Raya No. 5. Yg mau antar bantuan langsung ke sana. Info call center {p}",
    ),
    (
        "kupang_malay",
        "Lampu jalan di gang masuk RT {rt} dekat Masjid Al-Ikhlas mati. Anak-anak takut lewat malam.",
    ),
    (
        "sms_caps",
        "PROYEK GALIAN KABEL DI JL. PIET A. TALLO SAMPAI JL. FRANS SEDA TDK DITUTUP LAGI SEJAK {date}. BAHAYA. KOTKUPANG",
    ),
    (
        "email",
        "Subject: Apotek jual obat keras tanpa resep\n\nApotek Kasih Farma di Jl. Moh. Hatta No. 31 pada {date} menjual antibiotik tanpa resep kepada anak sekolah. Mohon BPOM dan Dinkes menindak.\n\nWarga peduli",
    ),
]

RELAYED = [
    (
        "whatsapp",
        "Selamat pagi Pak Lurah, sy Ketua RT {rt} mau teruskan keluhan warga soal bantuan beras:\n1. {N} (NIK {NIK}), HP {P}\n2. {N} (NIK {NIK}), HP {P}\n3. Ibu {N}, tinggal di {A}\nKetiganya terdaftar tapi tidak dapat. Mohon dicek. - {N.9}, Ketua RT {rt}",
    ),
    (
        "letter",
        "Kepada Yth. Kepala Dinas Sosial Kota Kupang\n\nSaya {N.9}, Kepala Desa Oelnasi, menyampaikan keluhan warga yang belum menerima PKH:\n1. {N}, NIK {NIK}, {RT}\n2. {N}, NIK {NIK}, {RT}\n3. {N}, NIK {NIK}, {RT}\n\nMohon pendamping PKH, Ibu {N}, segera turun verifikasi.\n\nHormat kami,\nKepala Desa Oelnasi\n{N.9}",
    ),
    (
        "kupang_malay",
        "Bapa Pendeta {N.9} minta beta teruskan ini: Mama {F} di {A} su sakit 2 minggu, sonde bisa ke puskesmas. Om {N} ju sama, tinggal di {A}. HP anaknya {P}.",
    ),
    (
        "whatsapp",
        "Lapor Bu Kapus, sy kader posyandu {KEL}. Ada 3 balita gizi kurang:\n- anak dari Ibu {N}, {A}, HP {P}\n- anak dari Ibu {N}, {A}\n- anak dari Bpk {N}, {RT}\nBidan desa, bidan {F}, sudah tahu. Mohon PMT segera.",
    ),
    (
        "web_form",
        "Nama Pelapor: {N.9} (guru kelas V SD Inpres {KEL})\nNo HP: {P}\nIsi: Sy melaporkan atas nama orang tua murid yg belum terima PIP: {N} (ortu dari {F}), {N} (ortu dari {F}), dan {N} (HP {P}). Kepala sekolah Bpk {N} sudah tanda tangan usulan.",
    ),
    (
        "sms_caps",
        "SY KETUA RT {rt} KEL {KEL}. WARGA SY {N} NIK {NIK} DAN {N} NIK {NIK} BELUM DAPAT KTP ELEKTRONIK SUDAH 1 TAHUN. MOHON DUKCAPIL BANTU. KOTKUPANG",
    ),
    (
        "email",
        "Subject: Penerusan keluhan jemaat\n\nYth. Direktur RSUD S.K. Lerik,\nSaya {N.9}, pendeta GMIT Jemaat Betlehem, meneruskan keluhan dua jemaat kami: Sdr. {N} ({P}) ditolak berobat dengan KIS, dan Ibu {N} di {A} dimintai biaya tambahan {rp}.\n\nSalam,\nPdt. {N.9}, S.Th.",
    ),
    (
        "kupang_malay",
        "Pak Camat, beta Ketua RT {rt}. Warga dong yg rumah rubuh: Bapa {N} ({A}), Mama {N} ({A}), deng Om {S} dong pung keluarga di {RT}. Mohon bantuan seng.",
    ),
    (
        "whatsapp",
        "*Dari Kades Penfui Timur*\nWarga yg sawahnya kena banjir:\n{N} - {P}\n{N} - {P}\n{N} - {P}\nPenyuluh pertanian Bapak {N} su catat. Mohon Dinas Pertanian turun.",
    ),
    (
        "letter",
        "Perihal: Penerusan pengaduan warga\n\nYth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang\n\nBersama ini kami teruskan pengaduan warga RT {rt} atas nama {N} (NIK {NIK}, KK {KK}) yang data KK-nya tertukar dengan keluarga {S}.\n\nKetua RT {rt} RW {rw}\n{N.9}",
    ),
    (
        "whatsapp",
        "Sy guru BK SMPN 8, Ibu {N.9}. Mau teruskan: murid sy {F} dipukul di jalan pulang, rumahnya di {A}. Bapaknya, Bapak {N}, HP {P}, sudah lapor polsek tapi belum ditindak.",
    ),
    (
        "social",
        "Sy kader PKK, teruskan keluhan ibu2: Mama {F} dan Mama {F} di {RT} {KEL} belum dapat vaksin anak. Bidan {F} bilang stok habis. Dinkes tolong!",
    ),
    (
        "web_form",
        "Nama: {N.9}\nJabatan: Ketua RW {rw} Kel. {KEL}\nHP: {P}\nIsi: Mewakili warga yg tanahnya terkena pelebaran jalan: {N} ({A}), {N} ({A}). Ganti rugi belum dibayar.",
    ),
    (
        "sms_caps",
        "PAK LURAH, INI PDT {N.9}. JEMAAT KAMI {N} HP {P} RUMAHNYA TERBAKAR DI {A}. MOHON BANTUAN DINSOS. KOTKUPANG",
    ),
    (
        "email",
        "Yth. Tim Pengaduan PLN UP3 Kupang,\n\nSaya Ketua RT {rt}, {N.9}, meneruskan keluhan tiga warga yang meteran listriknya rusak setelah pemadaman: {N} ({A}), {N} ({A}), {N} (HP {P}).\n\nTerima kasih,\n{N.9}",
    ),
    (
        "kupang_malay",
        "Ibu guru {F.9} bilang, murid dong yg belum bayar uang komite sonde boleh ujian. Ana {F} deng ana {F} su disuruh pulang. Bapa dong pung HP: {P} deng {P}.",
    ),
    (
        "whatsapp",
        "Pak Lurah, warga RT {rt} mengeluh air PDAM sudah 2 minggu tidak jalan. Sekitar 20 KK terdampak. Mohon diteruskan ke PDAM, call center {p}.",
    ),
    (
        "letter",
        "Kepada Yth. Kepala Dinas Lingkungan Hidup dan Kebersihan Kota Kupang\n\nKami, Ketua RT {rt} dan Ketua RT {rt2} Kelurahan {KEL}, meneruskan keluhan warga tentang TPS liar di samping SD Inpres {KEL}. Puluhan warga sudah mengeluh bau dan lalat.\n\nHormat kami,\nKetua RT {rt}\nKetua RT {rt2}",
    ),
    (
        "kupang_malay",
        "Pak Camat, beta teruskan dari warga dong: got di RT {rt} su meluap, rumah-rumah di pinggir kali kena air. Ketua RT su lapor ke kelurahan ma sonde ada yg datang.",
    ),
    (
        "sms_caps",
        "SY KEPALA DESA NOELBAKI, MENERUSKAN KELUHAN WARGA: 15 KK BELUM DAPAT AIR BERSIH SEJAK {date}. MOHON PDAM KAB KUPANG TINDAK LANJUT. KOTKUPANG",
    ),
    (
        "whatsapp",
        "Dari majelis jemaat: banyak jemaat lansia di wilayah pelayanan {n} belum terima BLT. Kami sudah serahkan daftar ke kantor kelurahan, mohon Pak Lurah cek.",
    ),
    (
        "email",
        "Subject: Keluhan orang tua murid kelas VI\n\nYth. Kepala Dinas Pendidikan,\nSebagai wali kelas VI SDN Oepura 2, kami meneruskan keluhan 18 orang tua tentang pungutan les tambahan {rp} per bulan. Daftar nama ada pada kami dan dapat diserahkan bila diminta.\n\nWali Kelas VI",
    ),
    (
        "web_form",
        "Nama: (Ketua RT, tidak dicantumkan)\nLokasi: RT {rt}/RW {rw} Kel. {KEL}\nIsi: Warga mengeluh lampu jalan mati sepanjang Jl. Kancil. Sudah lapor ke PLN nomor tiket {tkt}.",
    ),
    (
        "social",
        "Kami kader posyandu Bunga Bakung {KEL} meneruskan keluhan ibu2: timbangan rusak, PMT tidak datang 3 bulan. Puskesmas {KEL} tolong perhatikan 🙏",
    ),
    (
        "kupang_malay",
        "Bapa Kepala Desa bilang warga dusun {n} sonde dapat air su satu bulan. Tangki dari kecamatan datang cuma satu kali. Mohon ditindaklanjut.",
    ),
    (
        "whatsapp",
        "Lapor Pak Kadis, kami Kepala Sekolah SD se-Kecamatan {KEC} teruskan keluhan guru honor: gaji 3 bulan belum dibayar. Total {n} orang. Surat resmi menyusul lewat bidang GTK.",
    ),
    (
        "letter",
        "Nomor: {surat}\nPerihal: Penerusan keluhan warga\n\nYth. Direktur PDAM Kota Kupang\n\nLurah {KEL} meneruskan keluhan warga RT {rt} sampai RT {rt2} mengenai air keruh. Mohon petugas dapat melakukan pengecekan jaringan di Jl. Bajawa.\n\nLurah {KEL}",
    ),
    (
        "sms_caps",
        "SY KADER KESEHATAN, WARGA DI RT {rt} BANYAK YG DEMAM BERDARAH, SDH 6 ORANG MASUK RS. MOHON FOGGING. KOTKUPANG",
    ),
    (
        "whatsapp",
        "Pak Lurah, tadi sy sudah keliling bersama bidan desa. Ada {n} ibu hamil risiko tinggi di wilayah RW {rw} Kel. {KEL}, data lengkap sy serahkan langsung ke puskesmas, tidak sy kirim di grup.",
    ),
    (
        "email",
        "Subject: Keluhan jemaat tentang jalan ke gereja\n\nMajelis Jemaat GMIT Efata {KEL} meneruskan keluhan jemaat: jalan ke gereja di Jl. Nangka rusak, jemaat lansia sering jatuh. Mohon Dinas PUPR memperbaiki.\n\nKetua Majelis Jemaat",
    ),
    (
        "kupang_malay",
        "Pak Lurah, beta kader posyandu. Ada ibu dong bilang imunisasi tanggal {date} batal lai. Bidan dari puskesmas sonde datang. Kasi tau Kapus sa.",
    ),
    (
        "social",
        "Kami para Ketua RT di Kel. {KEL} sudah 3x teruskan keluhan warga soal PJU mati ke kelurahan. Tidak ada respon. Mohon Wali Kota perhatikan.",
    ),
]

SIGNATURE = [
    (
        "letter",
        "Kupang, {date}\n\nKepada Yth. Lurah {KEL}\n\nDengan hormat, saya mengajukan keberatan atas pemasangan tiang listrik di depan rumah saya tanpa pemberitahuan.\n\nHormat saya,\n\nttd\n\n{N.1}\nHP {P}",
    ),
    (
        "email",
        "Selamat siang,\nBerkas permohonan akta kelahiran anak kami sudah lengkap sejak bulan lalu. Mohon kabar.\n\nSalam,\n{N.1}\n{E.1} | {P}",
    ),
    (
        "whatsapp",
        "Tolong PLN Kupang, listrik di rumah padam 3x sehari. Kulkas rusak. Sy minta ganti rugi.\n- {N}",
    ),
    (
        "sms_caps",
        "MOHON DINKES CEK KLINIK DI OEBUFU, ANAK SY SALAH DIKASIH OBAT. TTD {N} HP {P} KOTKUPANG",
    ),
    (
        "kupang_malay",
        "Beta cuma mau bilang, pelayanan di kantor camat tu lambat ampun. Dari pagi sampe siang beta duduk sa. Salam, {F}",
    ),
    (
        "letter",
        "Perihal: Permohonan perbaikan data BPJS\n\nYth. Kepala BPJS Kesehatan Cabang Kupang\n\nBersama ini saya mohon perbaikan nama pada kartu JKN saya yang tertulis salah.\n\nDemikian, atas perhatiannya saya ucapkan terima kasih.\n\nHormat saya,\n{N.1}\n\nTembusan:\n1. Lurah {KEL}\n2. Arsip",
    ),
    (
        "email",
        "Yth. Inspektorat Kota Kupang,\n\nSaya melaporkan dugaan pungutan liar dalam pengurusan IMB.\n\nHormat kami,\n{N.1}, S.Pd.\nKetua Komite Sekolah SMPN 3 Kupang\n{E.1}",
    ),
    (
        "whatsapp",
        "Bapak/Ibu, kami sudah tunggu 3 bulan bantuan rumah tidak layak huni. Rumah kami sudah mau roboh.\n\nSalam hormat,\nKeluarga {S.1}\n({N.1}, {P})",
    ),
    (
        "letter",
        "Kepada Yth. Wali Kota Kupang\n\nKami warga kompleks perumahan BTN Kolhua memohon perbaikan jalan.\n\nHormat kami,\n1. {N} ttd\n2. {N} ttd\n3. {N} ttd\n\nTembusan: Ketua DPRD Kota Kupang",
    ),
    (
        "social",
        "Dukcapil Kota Kupang mantap, KTP jadi 1 hari! Terima kasih Ibu {N.2} di loket 3 yg layani dgn ramah 👍\n\n— {N.1}",
    ),
    (
        "email",
        "Dear Bapak/Ibu,\nMohon konfirmasi jadwal sidang tipiring kendaraan kami.\n\nBest regards,\n{N.1}\nStaf Administrasi, CV Karya Timor\nHP pribadi: {P}\nKantor: {h}",
    ),
    (
        "letter",
        "KOP: DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KUPANG\n\nNomor: {surat}\nPerihal: Jawaban atas pengaduan\n\nMenanggapi pengaduan Saudara tentang jalan rusak di Jl. Alfons Nisnoni, perbaikan dijadwalkan bulan depan.\n\nKepala Dinas PUPR Kota Kupang,\n\nttd\n\n{N.1}, S.T., M.T.\nNIP {nip}",
    ),
    (
        "whatsapp",
        "Terima kasih bapak ibu, laporan sudah kami teruskan ke bidang terkait.\n\nSalam,\n{F.1} (staf pengaduan Kelurahan {KEL})",
    ),
    (
        "kupang_malay",
        "Ini beta, {N}, yg kemaren lapor soal anjing gila. Su ada petugas datang ko? Beta pung HP {P}.",
    ),
    (
        "sms_caps",
        "TERIMA KASIH PAK LURAH SUDAH BANTU. SALAM DARI KAMI SEKELUARGA, {N} DAN {N}. KOTKUPANG",
    ),
    (
        "email",
        "Kepada Yth. Kepala Dinas Perhubungan Kota Kupang\n\nSaya melaporkan pungli oleh juru parkir di depan Pasar Inpres.\n\nTerima kasih.\n\n{N.1}\n{A}\n{E.1}\n\ncc: ombudsman.ntt@ombudsman.go.id",
    ),
    (
        "letter",
        "KOP: PEMERINTAH KOTA KUPANG, KECAMATAN {KEC}\n\nNomor: {surat}\nHal: Undangan rapat koordinasi\n\nDalam rangka penanganan sampah, kami mengundang seluruh Lurah dan Ketua RT se-Kecamatan {KEC}.\n\nCamat {KEC},\n\nttd\n\nNIP {nip}\n\nTembusan:\n1. Wali Kota Kupang (sebagai laporan)\n2. Kepala Dinas Lingkungan Hidup",
    ),
    (
        "email",
        "Terima kasih atas laporan Anda. Laporan sedang ditindaklanjuti.\n\nSalam,\nTim Pengelola Pengaduan\nDinas Kependudukan dan Pencatatan Sipil Kota Kupang\npengaduan.dukcapil@kupangkota.go.id | WA center {p}",
    ),
    (
        "whatsapp",
        "Yth. warga, pemadaman bergilir {date} jam 09.00-15.00 di wilayah {KEL} dan {KEL}.\n\nSalam,\nPLN UP3 Kupang",
    ),
    (
        "letter",
        "Nomor: {surat}\nPerihal: Tanggapan\n\nMenindaklanjuti surat Saudara nomor {surat}, dengan ini disampaikan bahwa permohonan IMB telah diproses.\n\na.n. Kepala Dinas Penanaman Modal dan PTSP\nSekretaris,\n\nttd\n\nTembusan:\n1. Inspektur Kota Kupang\n2. Arsip",
    ),
    (
        "sms_caps",
        "INFO: PEMBAGIAN BERAS BANSOS DI KANTOR LURAH HARI SENIN JAM 08.00. BAWA KTP DAN KK. TTD LURAH {KEL}. KOTKUPANG",
    ),
    (
        "kupang_malay",
        "Makasih Bapa Lurah dong su kasi turun tangki air. Salam dari warga RT {rt} samua.",
    ),
    (
        "email",
        "Subject: Re: Pengaduan nomor {tkt}\n\nYth. Pelapor,\nMohon maaf atas keterlambatan. Petugas kami telah memeriksa lokasi.\n\nHormat kami,\nCustomer Service\nPDAM Kota Kupang\ncs@pdamkotakupang.co.id\nTelp {h}",
    ),
    (
        "social",
        "Terima kasih kepada Dinas PUPR yang sudah tambal jalan di {a}. Salam dari Forum Warga Peduli Kota 🙏 #KupangBisa",
    ),
    (
        "letter",
        "KOP: SMP NEGERI 2 KUPANG\n\nNomor: {surat}\nHal: Klarifikasi pungutan\n\nPungutan yang dipersoalkan adalah sumbangan sukarela yang diputuskan rapat Komite Sekolah.\n\nKepala Sekolah,\n\nttd & cap\n\nNIP {nip}\n\nTembusan: Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang",
    ),
    (
        "whatsapp",
        "Terima kasih atas laporannya bapa/mama. Sudah kami teruskan ke PDAM.\n\n— Admin Kelurahan {KEL}",
    ),
    (
        "kupang_malay",
        "Itu surat balasan dari dinas tu cuma ada tanda tangan Kepala Dinas sa, sonde ada nama, sonde ada nomor. Tanggal surat {date}. Beta bingung mo tanya ke sapa.",
    ),
    (
        "email",
        "Salam sejahtera,\nMohon bantuan perbaikan lampu jalan di kompleks gereja, {a}.\n\nHormat kami,\nMajelis Jemaat GMIT Kota Baru\nsekretariat.gmitkotabaru@gmail.com",
    ),
    (
        "sms_caps",
        "TERIMA KASIH ATAS LAPORAN ANDA. LAPORAN {tkt} TELAH DITERUSKAN KE INSTANSI TERKAIT. SP4N-LAPOR KOTKUPANG",
    ),
    (
        "letter",
        "Kupang, {date}\n\nKepada Yth. Kepala Dinas Sosial Kota Kupang\n\nKami pengurus Panti Asuhan Kasih Bunda mengajukan permohonan bantuan makan {n} anak asuh.\n\nHormat kami,\nPengurus Panti Asuhan Kasih Bunda\n\nTembusan:\n1. Wali Kota Kupang\n2. Ketua DPRD Kota Kupang",
    ),
    (
        "social",
        "Pengumuman: pelayanan SIM keliling tanggal {date} di depan Gereja Katedral. Salam Presisi, Satlantas Polresta Kupang Kota",
    ),
    (
        "whatsapp",
        "Mohon maaf pelayanan di loket pajak kendaraan ditutup sementara karena gangguan sistem.\n\nSalam,\nUPT Samsat Kupang\nHotline {p}",
    ),
]

THEMES = {
    "email": EMAIL,
    "npwp": NPWP,
    "address": ADDRESS,
    "relayed": RELAYED,
    "signature": SIGNATURE,
}
STYLES = {"sms_caps", "whatsapp", "web_form", "kupang_malay", "letter", "email", "social"}
MONTHS = words(
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)


def date() -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025, 2026))
    return pick((f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d}-{m}-{y}"))


def rupiah() -> str:
    value = rng.choice((25, 50, 75, 100, 150, 250, 300, 500, 750, 1500)) * 1000
    return pick(
        (
            f"Rp {value:,}".replace(",", "."),
            f"Rp{value:,}".replace(",", "."),
            f"{value // 1000} ribu",
        )
    )


def ticket() -> str:
    return pick(
        (
            f"#LPR-{rng.choice((2024, 2025, 2026))}-{digits(4)}-{digits(4)}",
            f"{digits(4)}-{digits(4)}-{digits(3)}",
            f"LAPOR-5371-{rng.choice((2025, 2026))}-{digits(5)}",
        )
    )


def letter_no() -> str:
    return f"{rng.randint(100, 900)}/{rng.randint(10, 999)}/{pick(('DPUPR', 'DINKES', 'KEL', 'BAPENDA', 'SEK', 'DISDIK'))}/{rng.choice((2025, 2026))}"


def nip() -> str:
    return f"19{two(65, 95)}{two(1, 12)}{two(1, 28)} {rng.choice((2005, 2010, 2014, 2019))}{two(1, 12)} {rng.randint(1, 2)} {digits(3)}"


def ntpn() -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(16))


def faktur() -> str:
    return f"010.{digits(3)}-{rng.choice((24, 25, 26))}.{digits(8)}"


def billing() -> str:
    return pick(("8", "0", "1")) + digits(14)


GENERATORS = {
    "P": lambda: ("phone", mobile()),
    "H": lambda: ("phone", landline()),
    "p": lambda: ("", mobile()),
    "h": lambda: ("", landline()),
    "NIK": lambda: ("nik", nik()),
    "KK": lambda: ("kk", kk()),
    "NPWP": lambda: ("npwp", npwp_personal()),
    "NPWP16": lambda: ("npwp", nik_digits()),
    "npwp": lambda: ("", npwp_company()),
    "NOP": lambda: ("", nop()),
    "A": lambda: ("address", home()),
    "RT": lambda: ("address", rt_rw()),
    "a": lambda: ("", "Jl. " + pick(STREETS)),
    "rt": lambda: ("", two(1, 20)),
    "rt2": lambda: ("", two(21, 40)),
    "rw": lambda: ("", two(1, 12)),
    "KEL": lambda: ("", pick(KEL)),
    "KEC": lambda: ("", pick(KEC)),
    "date": lambda: ("", date()),
    "rp": lambda: ("", rupiah()),
    "tkt": lambda: ("", ticket()),
    "surat": lambda: ("", letter_no()),
    "nip": lambda: ("", nip()),
    "ntpn": lambda: ("", ntpn()),
    "faktur": lambda: ("", faktur()),
    "bill": lambda: ("", billing()),
    "d4": lambda: ("", digits(4)),
    "n": lambda: ("", str(rng.randint(2, 60))),
    "year": lambda: ("", str(rng.choice((2025, 2026)))),
}
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9]+)(?:\.(\d+))?\}")
MARKER = re.compile(r"\[\[([a-z_]+):(.+?)\]\]", re.DOTALL)
EDGE = " \t\n.,;:!?()[]{}<>\"'-/|"


def name_case(style: str) -> str:
    roll = rng.random()
    if style in ("whatsapp", "kupang_malay", "social"):
        return "lower" if roll < 0.2 else "upper" if roll < 0.3 else "title"
    if style == "web_form":
        return "upper" if roll < 0.3 else "title"
    return "title"


def expand(template: str, style: str) -> str:
    people: dict[str, Person] = {}
    cache: dict[tuple[str, str], str] = {}
    mode = name_case(style)

    def person(key: str | None) -> Person:
        if key is None:
            return Person()
        if key not in people:
            people[key] = Person()
        return people[key]

    def substitute(match: re.Match[str]) -> str:
        code, key = match.group(1), match.group(2)
        if code in ("N", "F", "S"):
            who = person(key)
            value = {"N": who.full(), "F": who.given, "S": who.family}[code]
            return f"[[name:{recase(value, mode)}]]"
        if code in ("E", "EG", "EO"):
            who = person(key)
            value = {"E": who.email, "EG": who.work_email, "EO": who.hidden_email}[code]()
            return f"[[email:{value}]]"
        if key is not None and (code, key) in cache:
            return cache[code, key]
        kind, value = GENERATORS[code]()
        text = f"[[{kind}:{value}]]" if kind else value
        if key is not None:
            cache[code, key] = text
        return text

    return PLACEHOLDER.sub(substitute, template)


def strip(marked: str) -> tuple[str, list[dict[str, object]]]:
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    length, last = 0, 0
    for match in MARKER.finditer(marked):
        before = marked[last : match.start()]
        parts.append(before)
        length += len(before)
        value = match.group(2)
        spans.append({"kind": match.group(1), "start": length, "end": length + len(value)})
        parts.append(value)
        length += len(value)
        last = match.end()
    parts.append(marked[last:])
    return "".join(parts), spans


def check(text: str, spans: list[dict[str, object]], values: list[str]) -> None:
    for leftover in ("[[", "]]", "{", "}"):
        assert leftover not in text, text
    previous = -1
    for span, value in zip(spans, values, strict=True):
        start, end, kind = span["start"], span["end"], span["kind"]
        assert isinstance(start, int), span
        assert isinstance(end, int), span
        assert kind in KINDS, kind
        assert 0 <= start < end <= len(text), span
        assert text[start:end] == value, (text[start:end], value)
        lead = "+(" if kind == "phone" else ""
        assert value[0] not in EDGE or value[0] in lead, value
        assert value[-1] not in EDGE, value
        assert start >= previous, "overlap"
        previous = end


def instance(template: str, style: str) -> tuple[str, list[dict[str, object]]]:
    marked = expand(template, style)
    text, spans = strip(marked)
    values = [m.group(2) for m in MARKER.finditer(marked)]
    if style == "sms_caps":
        upper = text.upper()
        assert len(upper) == len(text)
        text, values = upper, [v.upper() for v in values]
    check(text, spans, values)
    return text, spans


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for theme, templates in THEMES.items():
        for style, template in templates:
            assert style in STYLES, style
            for _ in range(REPEATS):
                text, spans = instance(template, style)
                while text in seen:  # a repeated draw: draw again, so no text is there twice
                    text, spans = instance(template, style)
                seen.add(text)
                records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    rng.shuffle(records)
    return [{"id": f"d5-{i:04d}", **record} for i, record in enumerate(records, start=1)]


def main() -> None:
    records = build()
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    empty = sum(1 for r in records if not r["spans"])
    sys.stdout.write(
        f"{OUT.name}: {len(records)} texts, {sum(len(r['spans']) for r in records)} spans, {empty} without spans, sha256 {digest}\n"
    )


if __name__ == "__main__":
    main()
