# ruff: noqa: E501, RUF001 - the texts are long lines and keep their en dashes and full-width letters
"""Build the blind redaction corpus from hand-written texts with inline labels.

Every text below was written from ``docs/redaction-annotation-guide.md`` alone. A labelled span is
written inline as ``[[kind:value]]``; this script strips the markers and records exact character
offsets (Python string indices) into the final text. A few fillers keep identity numbers
structurally plausible without typing them by hand:

- ``{nik}`` / ``{nik_f}`` / ``{nik_m}``: a 16-digit NIK (NTT region codes, mostly Kota Kupang
  ``5371``; birth date DDMMYY with DD+40 for women); ``{nik_sp}`` groups it 4-4-4-4 with spaces,
  ``{nik_dot}`` writes it ``53.71.04.120589.0003``;
- ``{kk}``: a 16-digit family card number; ``{npwp}``: an old formatted 15-digit tax number;
  ``{npwp16}``: a 16-digit tax number; ``{bpjs}``: a 13-digit BPJS Kesehatan card number;
- ``{hp}``: a mobile number in one of the usual ways of writing it;
- ``{nbsp}``, ``{zwsp}``: a no-break space and a zero-width space; ``{fw:...}`` turns the digits
  inside into full-width digits.

A line ``@style`` sets the style tag of the texts that follow; ``\\n`` inside a text is a line
break. Fillers draw from one seeded generator, so the output is the same on every run.

Run from the repository root: ``.venv/bin/python tests/data/blind/make_redaction_blind.py``.
The corpus is frozen once committed: never edit a text to suit a detector.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "redaction_blind_v1.jsonl"
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
MARKER = re.compile(r"\[\[([a-z_]+):(.+?)\]\]")
FILLER = re.compile(r"\{(nik|nik_f|nik_m|nik_sp|nik_dot|kk|npwp|npwp16|bpjs|hp|nbsp|zwsp)\}")
STYLE = re.compile(r"@[a-z_]+")
FULL_WIDTH = re.compile(r"\{fw:([^}]*)\}")

# Regency and district codes of NTT used for NIKs: Kota Kupang (5371, six districts) most often.
REGIONS = (
    [f"5371{d:02d}" for d in range(1, 7)] * 4
    + [f"5301{d:02d}" for d in (2, 3, 5, 8, 12, 14)]
    + ["530201", "530305", "530403", "531102", "531401", "532001", "530712", "531005"]
)
MOBILE_PREFIXES = (
    "0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853",
    "0815", "0857", "0858", "0817", "0818", "0819", "0877", "0878",
    "0895", "0896", "0881", "0882",
)  # fmt: skip


def _date(rng: random.Random, first: int, last: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(first, last) % 100


def make_nik(rng: random.Random, sex: str | None = None) -> str:
    day, month, year = _date(rng, 1950, 2006)
    if (sex or rng.choice("mf")) == "f":
        day += 40
    return f"{rng.choice(REGIONS)}{day:02d}{month:02d}{year:02d}{rng.randint(1, 320):04d}"


def make_kk(rng: random.Random) -> str:
    day, month, year = _date(rng, 2005, 2024)
    return f"{rng.choice(REGIONS)}{day:02d}{month:02d}{year:02d}{rng.randint(1, 9000):04d}"


def make_hp(rng: random.Random) -> str:  # noqa: PLR0911 - one branch per way of writing
    prefix = rng.choice(MOBILE_PREFIXES)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((7, 8, 8, 8))))
    digits = prefix + rest
    style = rng.randint(0, 6)
    if style == 0:
        return digits
    if style == 1:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    if style == 2:
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    if style == 3:
        return f"+62 {digits[1:4]}-{digits[4:8]}-{digits[8:]}"
    if style == 4:
        return "62" + digits[1:]
    if style == 5:
        return "+62" + digits[1:]
    return f"{digits[:4]}.{digits[4:8]}.{digits[8:]}"


def fill(rng: random.Random, name: str) -> str:  # noqa: PLR0911 - one branch per filler
    if name == "nik":
        return make_nik(rng)
    if name in ("nik_f", "nik_m"):
        return make_nik(rng, name[-1])
    if name == "nik_sp":
        n = make_nik(rng)
        return " ".join(n[i : i + 4] for i in range(0, 16, 4))
    if name == "nik_dot":
        n = make_nik(rng)
        return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"
    if name == "kk":
        return make_kk(rng)
    if name == "npwp":
        d = "".join(str(rng.randint(0, 9)) for _ in range(9))
        return f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{rng.choice(('921', '922', '923'))}.000"
    if name == "npwp16":
        return "0" + "".join(str(rng.randint(0, 9)) for _ in range(15))
    if name == "bpjs":
        return "000" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    if name == "hp":
        return make_hp(rng)
    if name == "nbsp":
        return "\u00a0"
    return "\u200b"


def to_full_width(text: str) -> str:
    return "".join(chr(ord(c) - ord("0") + 0xFF10) if c.isdigit() else c for c in text)


def build(line: str, rng: random.Random) -> tuple[str, list[dict[str, object]]]:
    line = line.replace("\\n", "\n")
    line = FULL_WIDTH.sub(lambda m: to_full_width(m.group(1)), line)
    line = FILLER.sub(lambda m: fill(rng, m.group(1)), line)
    text, spans, last = "", [], 0
    for match in MARKER.finditer(line):
        kind, value = match.group(1), match.group(2)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in {line!r}")
        if value != value.strip():
            raise ValueError(f"span with outer spaces in {line!r}")
        text += line[last : match.start()]
        spans.append({"kind": kind, "start": len(text), "end": len(text) + len(value)})
        text += value
        last = match.end()
    text += line[last:]
    if "[[" in text or "]]" in text or "{" in text:
        raise ValueError(f"stray marker in {line!r}")
    return text, spans


def records() -> list[dict[str, object]]:
    rng = random.Random(20250917)
    style = "unset"
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for raw in TEXTS.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if STYLE.fullmatch(line):
            style = line[1:]
            continue
        text, spans = build(line, rng)
        if text in seen:
            raise ValueError(f"duplicate text {text!r}")
        seen.add(text)
        out.append({"id": f"xb-{len(out) + 1:04d}", "text": text, "spans": spans, "style": style})
    return out


def main() -> None:
    rows = records()
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


TEXTS = r"""
@sms_caps
KOTKUPANG LAMPU JALAN DI DEPAN RUMAH SAYA [[address:RT 07 RW 03]] KEL. OEBUFU SUDAH 3 MINGGU MATI. MOHON DIPERBAIKI. [[name:MARKUS TEFA]] [[phone:081339412275]]
KOTKUPANG SAYA [[name:AGUSTINA BENU]] NIK [[nik:{nik_f}]] MAU TANYA KENAPA E-KTP SAYA BELUM JADI SUDAH 6 BULAN. TRIMS
KOTKUPANG AIR PDAM TIDAK MENGALIR KE [[address:GG. NURI NO. 3 RT 012/RW 004]] KEL. KAYU PUTIH SEJAK TGL 2 AGUSTUS. HUB [[phone:0812-3790-4416]]
KOTKUPANG SAMPAH DI TPS DEPAN PASAR OEBOBO MENUMPUK SUDAH SEMINGGU BAU SEKALI MOHON DIANGKUT
KOTKUPANG YTH DINAS DUKCAPIL, AKTA KELAHIRAN ANAK SAYA [[name:REGINA MANAFE]] SALAH TULIS TGL LAHIR. NO KK [[kk:{kk}]]. MOHON DIBANTU. [[name:YULIUS MANAFE]]
KOTKUPANG JALAN KE SD INPRES OEPURA 2 BERLUBANG BESAR, SUDAH ADA ANAK JATUH DARI MOTOR. MOHON SEGERA DITAMBAL
KOTKUPANG PETUGAS KELURAHAN FATULULI MINTA UANG RP 150.000 UTK SURAT PINDAH. APAKAH ITU RESMI? SAYA [[name:DORTEA PAH]] [[phone:085253118024]]
KOTKUPANG ANJING LIAR BANYAK DI [[address:JL. NANGKA NO 21 RT 02 RW 01]] OEBOBO SUDAH GIGIT 2 ANAK. TOLONG DITERTIBKAN
KOTKUPANG BANTUAN PKH SAYA TIDAK CAIR TAHAP 3. NAMA [[name:MARTHA TANONE]] NIK [[nik:{nik_f}]] HP [[phone:{hp}]]
KOTKUPANG MOHON INFO JADWAL VAKSIN POLIO DI PUSKESMAS SIKUMANA. TERIMA KASIH
KOTKUPANG KAMI WARGA [[address:RT 15/RW 05]] KEL. LILIBA SUDAH 2 BLN TIDAK DAPAT AIR TANGKI. KETUA RT PAK [[name:ELIAS FANGGIDAE]] SUDAH LAPOR KE LURAH TAPI BELUM ADA HASIL
KOTKUPANG ADA TRUK PASIR PLAT [[plate:DH 8831 AK]] PARKIR DI BAHU JALAN EL TARI SETIAP MALAM BIKIN MACET
KOTKUPANG SAYA PESERTA BPJS NO [[bpjs:{bpjs}]] DITOLAK DI PUSKESMAS KARENA KATANYA KARTU NONAKTIF PADAHAL IURAN SUDAH DIBAYAR. [[name:SEMUEL NDUN]]
KOTKUPANG TIKET SAYA LAPOR NO 2409-1187-221 BELUM DIJAWAB SUDAH 14 HARI KERJA. MOHON TINDAK LANJUT
KOTKUPANG GURU HONOR DI SMPN 9 KUPANG BELUM TERIMA GAJI 4 BULAN, JUMLAH RP 2.400.000 PER ORANG
KOTKUPANG KABEL LISTRIK PLN PUTUS DEPAN [[address:JL. JAMBU NO. 8]] OETETE, BERBAHAYA. PELAPOR [[name:YAKOBUS RIWU KAHO]] HP [[phone:0813 5379 2210]]
KOTKUPANG SAYA MAU LAPOR LURAH NAIKOLAN PAK [[name:HENDRIK NENOBAIS]] TIDAK PERNAH ADA DI KANTOR SEJAK SENIN
KOTKUPANG BIDAN [[name:ROSALINA]] DI PUSTU BELO MINTA BAYAR RP 500 RIBU UTK PERSALINAN PADAHAL PAKAI KIS. NO KIS [[bpjs:{bpjs}]]
KOTKUPANG JALAN DI KEL. PENFUI DEKAT BANDARA EL TARI GELAP TOTAL, SUDAH ADA JAMBRET 2 KALI MINGGU INI
KOTKUPANG NIK [[nik:{nik}]] NAMA [[name:FERDINAN THERIK]] ALAMAT [[address:JL. AMABI NO. 40 RT 08/RW 02]] KEL. OEBUFU. MOHON KTP SAYA DICETAK ULANG KARENA RUSAK
KOTKUPANG RUMAH KAMI DI [[address:RT 03 RW 01]] NUNBAUN SABU TERENDAM BANJIR SETIAP HUJAN KARENA SELOKAN TERSUMBAT. [[name:LEONARD AMALO]]
KOTKUPANG MOHON DIPERIKSA PENGGUNAAN DANA KELURAHAN TAHUN 2023 UNTUK PROYEK PAVING YANG BELUM SELESAI
KOTKUPANG KAMI ORTU MURID SD GMIT BONIPOI DIMINTA UANG SERAGAM RP 750.000, APAKAH BOLEH?
KOTKUPANG HP SAYA [[phone:082145567013]] DIBLOKIR PADAHAL DATA SUDAH REGISTRASI DENGAN NIK [[nik:{nik}]]. TOLONG BANTU
KOTKUPANG SAYA [[name:NOVI LOBO]], ANAK SAYA TIDAK DITERIMA DI SMA N 3 KUPANG PADAHAL RUMAH DEKAT, ZONASI TIDAK ADIL
KOTKUPANG POHON TUMBANG DI JL. W.J. LALAMENTIK DEPAN KANTOR GUBERNUR MENUTUP JALAN SEJAK PAGI
KOTKUPANG KENDARAAN DINAS [[plate:DH 1071 A]] DIPAKAI ANTAR ANAK SEKOLAH SETIAP PAGI. MOHON DITEGUR
KOTKUPANG LAPOR: PUNGLI DI TERMINAL OEBOBO Rp5.000 PER BEMO. NO TIKET SEBELUMNYA 2408-0032-117
KOTKUPANG SAYA [[name:ISAK BESSIE]] WARGA [[address:RT 11 RW 04]] KEL. SIKUMANA. SUMUR BOR BANTUAN PEMKOT RUSAK SUDAH SETAHUN
KOTKUPANG TOLONG KAMI, MAMA [[name:SELFI]] TETANGGA SAYA SAKIT TAPI TIDAK PUNYA BPJS. NIK DIA [[nik:{nik_f}]]. HUB SAYA [[phone:{hp}]]
KOTKUPANG SAYA PENSIUNAN, GAJI BULAN SEPTEMBER BELUM MASUK KE REK BANK NTT [[bank_account:0010201234567]] A.N [[name:PAULUS MOOY]]
KOTKUPANG TGL 12/09/2024 JAM 14.00 ADA PEMADAMAN LISTRIK TANPA PEMBERITAHUAN DI SELURUH KEL. OESAPA
KOTKUPANG MOHON PERBAIKAN JEMBATAN KECIL DI KEL. FATUKOA, SUDAH 2 TAHUN RUSAK, ANAK SEKOLAH LEWAT SUNGAI
KOTKUPANG SY [[name:YANTI]] DR [[address:GG. MAWAR 2 RT 04/RW 02]] OESAPA BARAT. SAMPAH TIDAK DIANGKUT 3 MINGGU. TKS
KOTKUPANG NPWP SAYA [[npwp:{npwp}]] TIDAK BISA DIPAKAI DAFTAR IZIN USAHA DI OSS. MOHON BANTUAN
KOTKUPANG SAYA MAU TANYA KENAPA NAMA SAYA HILANG DARI DTKS. NIK [[nik:{nik}]] KK [[kk:{kk}]]
KOTKUPANG PAK RT KAMI [[name:DANIEL TANONE]] MINTA UANG RP 50.000 PER KK UTK SURAT KETERANGAN DOMISILI
KOTKUPANG LAMPU MERAH SIMPANG LIMA JL. FRANS SEDA MATI SEJAK KEMARIN SORE, RAWAN KECELAKAAN
KOTKUPANG ADA ORANG BUANG LIMBAH DI KALI DENDENG SETIAP MALAM PAKAI PICK UP [[plate:DH 9142 CB]]
KOTKUPANG DARI [[name:ESTER PAH]]: DANA BSU SAYA SALAH TRANSFER. MOHON DICEK. NO HP [[phone:0853-3801-2294]]
KOTKUPANG PENGUMUMAN CPNS DI WEBSITE PEMKOT TIDAK BISA DIBUKA SEJAK TGL 1 OKTOBER
KOTKUPANG SAYA MOHON KEJELASAN PEMBAYARAN PBB TAHUN 2024 SEBESAR RP 312.000 KARENA SUDAH DIBAYAR TAPI MASIH TERTAGIH. NOP 53.71.040.003.012-0045.0
KOTKUPANG IBU [[name:FRANSINA LAY]] DI [[address:JL. KEJORA NO. 5 RT 01/RW 01]] KEL. OEBOBO TIDAK DAPAT BLT PADAHAL JANDA LANSIA
KOTKUPANG PERAHU NELAYAN KAMI DI PANTAI OESAPA DIRUSAK ORANG. KETUA KELOMPOK [[name:ANDREAS RATU]] [[phone:{hp}]]
KOTKUPANG KAPAN PEMBAGIAN BERAS BULOG DI KEL. ALAK? SUDAH 2 BULAN TIDAK ADA INFO
KOTKUPANG YTH BPK WALIKOTA. JALAN MASUK KE [[address:RT 22 RW 07]] KEL. MAULAFA BELUM DIASPAL SEJAK 2015. [[name:ALFONSUS BENU]]
KOTKUPANG DOKTER DI IGD RSUD S.K. LERIK LAMA SEKALI DATANG, PASIEN TUNGGU 3 JAM
KOTKUPANG SAYA [[name:M. YUSUF]] SOPIR BEMO JURUSAN 10, DIMINTA UANG OLEH OKNUM DISHUB DI JL. SOEHARTO. PLAT BEMO SAYA [[plate:DH 1532 AG]]
KOTKUPANG MOHON INFO, APAKAH PEMBUATAN KIA UNTUK ANAK GRATIS? PETUGAS BILANG BAYAR RP 25.000
KOTKUPANG SELOKAN DI [[address:JL. ALFONS NISNONI NO 17]] (RUMAH SAYA) MELUAP, AIR MASUK RUMAH. [[name:LUKAS AMALO]] [[phone:6281246671930]]
KOTKUPANG REKENING PDAM BULAN INI RP 1.250.000, BIASANYA CUMA RP 90 RIBU. NO PELANGGAN 01-04-0098712. MOHON DICEK
KOTKUPANG SAYA [[name:SEMI TEFA]], KTP [[nik:{nik_m}]], KECELAKAAN DITABRAK MOBIL [[plate:DH 1904 KE]] YANG LARI. POLISI BELUM PROSES
KOTKUPANG WARGA KEL. NAIMATA MINTA PUSKESMAS PEMBANTU BUKA SETIAP HARI, BUKAN CUMA SELASA
KOTKUPANG EMAIL SAYA [[email:ndun.yohanes77@gmail.com]] TIDAK DAPAT BALASAN DARI DINAS PERIZINAN SUDAH 1 BULAN
kotkupang pak lurah oesapa selatan tdk pernah tanggap laporan warga soal air. sy [[name:marlin fanggidae]] [[phone:0812 3966 0741]]
kotkupang mohon info cara urus akta kematian utk bapak sy alm. [[name:yosef lobo]]. nik almarhum [[nik:{nik_m}]]
Kotkupang Jalan di depan SMK Negeri 2 Kupang rusak parah, mohon perbaikan sebelum musim hujan
KOTKUPANG ANAK SAYA [[name:JEFRI BENU]] DIPUKUL GURU [[name:ONES]] DI SD KOLHUA. KAMI MINTA DIPROSES. [[name:MARIA BENU]] [[phone:{hp}]]
KOTKUPANG KAMI PEDAGANG PASAR KASIH NAIKOTEN DIPINDAH TANPA SOSIALISASI. MOHON DIALOG
KOTKUPANG NOMOR KK SAYA [[kk:{kk}]] MASIH TERCATAT DI ALAMAT LAMA PADAHAL SUDAH PINDAH KE [[address:RT 09/RW 03]] KEL. NAIKOLAN
@whatsapp
*Diteruskan* \nSelamat pagi pak, saya [[name:Yohana Manafe]] dari [[address:RT 06/RW 02]] Kel. Oebobo. Sudah 2 minggu air PDAM mati total di lorong kami. Mohon dibantu 🙏 \nWA: [[phone:0812-4677-3019]]
[Diteruskan] Bapak/ibu mohon bantuannya, adik saya [[name:Kristofel Tefa]] ditahan di pos jaga tanpa surat. Kontak keluarga [[phone:0853 3312 8870]] (Kak [[name:Ana]])
Forwarded message:\n"Info buat warga Kupang: pembuatan KTP-el di Dukcapil GRATIS, jangan mau bayar calo. Pengaduan call center Dukcapil 1500537." \nMohon dicek benar tidak ini
Pagi pak admin LAPOR, saya mau tanya status laporan saya nomor #LPR-2024-0931-0047. Sudah 3 minggu belum ada jawaban. Tks
Pesan dari mama saya, tolong diteruskan:\nNama: [[name:Elisabeth Ndun]]\nNIK: [[nik:{nik_f}]]\nAlamat: [[address:Jl. Cak Doko No. 31, RT 004/RW 002]], Kel. Oetete\nKeluhan: pensiun janda belum dibayar sejak Juni
Diteruskan berkali-kali\n‼️ AWAS PENIPUAN ‼️ ada yang mengaku petugas PLN minta transfer Rp 350.000 ke rekening pribadi. PLN tidak pernah minta transfer. Call center PLN 123
Pak, ini foto jalan rusak di depan rumah saya [[address:Jl. Nangka No. 45]] Kuanino. Sudah 2 motor jatuh minggu ini. Saya [[name:Obed Riwu]]
Ibu, saya mau lapor petugas puskesmas Bakunase namanya Nona [[name:Ina]]? Dia kasar sekali sama pasien lansia. Saya [[name:Debora Lay]] hp [[phone:{hp}]]
Maaf ganggu malam2 pak. Anak saya [[name:Gracia]] demam tinggi, ditolak di RS karena BPJS belum aktif. No BPJS [[bpjs:{bpjs}]]. Tolong pak 🙏🙏
Diteruskan\nSaya [[name:Rikhard Therik]], supir ambulans desa. Mobil ambulans [[plate:DH 9011 C]] rusak sejak Maret dan belum diperbaiki. Kalau ada pasien harus sewa oto
Kaka, tolong share ke LAPOR ya. Jembatan Liliba retak, sudah lapor Dinas PUPR lewat hotline (0380) 833 411 tapi belum ada orang datang
Selamat siang. Saya mau komplain, tagihan listrik pascabayar saya ID pelanggan 531200457891 naik 3 kali lipat. Saya [[name:Fransiskus Xaverius Lobo]]
From: [[name:Rina Bessie]]\nTo: LAPOR Kota Kupang\nPak, KTP saya hilang waktu banjir. Mau urus baru tapi diminta surat kehilangan dari polisi dulu. NIK lama saya [[nik:{nik_f}]]
Pak [[name:Yoseph]] dari kelurahan suruh saya kirim data ke sini:\n[[name:Magdalena Tanone]]\n[[nik:{nik_f}]]\n[[kk:{kk}]]\n[[phone:{hp}]]\nAlasan: belum terima BPNT
🙏 mohon maaf pak ganggu. sy [[name:ance]] warga [[address:rt 13 rw 05]] kel. oesapa. jalan setapak ke rumah kami longsor
Pesan diteruskan: "Besok Jumat 27 September jam 09.00 pertemuan warga di aula kelurahan Kayu Putih bahas pembagian air bersih." Mohon hadir semua
Pak, saya sudah transfer uang pendaftaran ke rek BRI [[bank_account:4567-01-023481-53-7]] an [[name:Yulius Pah]] katanya panitia PPDB, ternyata penipuan. Bukti ada
Halo, saya mau laporkan tetangga saya pak [[name:Hengky]] yang bakar sampah plastik tiap sore di [[address:Gg. Kenari No. 2]], asapnya masuk rumah kami
[Forward] Laporan dari grup RT:\nPak RT [[name:Markus Ndun]] minta semua warga kumpul fotocopy KK dan KTP buat data bantuan. Apakah aman kasih data ke RT?
Permisi, apakah betul nomor pengaduan Dinas Sosial Kota Kupang itu 0380-826 130? Saya mau tanya soal bansos lansia
Bapak saya [[name:Nikolas Amalo]] sudah meninggal Maret lalu tapi namanya masih ada di daftar penerima, sedangkan ibu saya [[name:Sara Amalo]] yang hidup tidak dapat. Mohon diperbaiki datanya
Ini nomor saya pak [[phone:+62 821-4471-0933]], kalau petugas mau survei lokasi longsor silakan telpon. Rumah saya [[address:Jl. Bakti No. 12 RT 10/RW 03]] Kel. Fatufeto
*TOLONG DISEBAR*\nDicari anak hilang bernama [[name:Yedija Tefa]], 9 thn, terakhir terlihat di Pasar Oeba. Hubungi bapaknya [[name:Yusak Tefa]] [[phone:0813-3914-6628]]
Pak/bu admin, hari ini Senin 14 Oktober antrean di Samsat Kupang sampai jalan raya, loket cuma 2 yang buka. Tolong ditambah petugasnya
Saya mau lapor sopir angkot [[plate:DH 1677 AH]] ugal-ugalan dan merokok di dalam bemo, sudah saya tegur malah marah. Jam 07.15 pagi tadi jurusan 3
Selamat malam. Saya [[name:Maria Goreti Ratu]] guru SD di Kel. Fatukoa. Sertifikasi saya belum cair padahal data di Dapodik sudah benar. NIK [[nik:{nik_dot}]]
diteruskan dari grup ibu2 PKK:\nkatanya pendaftaran UMKM bisa via WA 0811-3800-7770 punya Dinas Koperasi. betul kah pak?
Pak, ini bukti chat oknum pegawai kelurahan yg minta uang. Nomor dia [[phone:085239016442]], namanya [[name:Dominggus]]. Saya [[name:Tina Fanggidae]]
Mohon bantuannya, rumah saya di [[address:Jl. Sumba No. 7, RT 002/RW 001]], Kel. Bonipoi retak akibat getaran proyek drainase. Kontraktor tidak mau tanggung jawab. Terima kasih, [[name:Jemi Pah]]
Ini nomor rekening mama saya [[bank_account:0142589330]] BNI a.n. [[name:Anaci Benu]], bantuan PKH masuk ke sini tapi dipotong ketua kelompok
Saya sudah telepon ke call center 112 tapi tidak diangkat. Ada kebakaran kecil di belakang Pasar Inpres Naikoten. Sekarang sudah padam
Wkwk pak bukan hoaks ya, ini sungguhan. Pipa PDAM bocor di depan Gereja Kota Baru sejak Sabtu, air terbuang percuma
Sy [[name:Vivi]] pak, anak kos di Kel. Penfui. Pemilik kos Om [[name:Simon]] putus listrik kami padahal sudah bayar. Apakah bisa dilaporkan?
Pak, saya perawat honorer RSUD Kota, nama saya [[name:Kornelis Mooy]], sudah 5 bln gaji belum dibayar. Tidak berani lapor langsung, tolong rahasiakan nama saya
Forward dari bapa RT: "Warga yang belum rekam KTP-el silakan datang ke kantor lurah hari Kamis, bawa KK asli."
[13/09 08:22] Ibu [[name:Yuli]]: Pak, anak saya kena DBD, fogging di RT kami kapan? [[address:RT 05/RW 02]] Kel. Oebufu\n[13/09 08:23] Ibu [[name:Yuli]]: Hp saya ini [[phone:{hp}]]
Halo admin, saya ingin melaporkan truk sampah [[plate:DH 8004 EP]] yang membuang sampah di lahan kosong dekat Bendungan Kolhua
Selamat pagi, saya dari Kelompok Tani Sehati, ketua saya Bapak [[name:Gabriel Nenobais]] minta saya tanya soal bantuan pupuk yang belum sampai
Bapak saya tadi ditabrak di perempatan Oepura, penabrak kabur. Plat motornya [[plate:DH 3512 KW]], motor Beat merah. Saya [[name:Rio Lay]] anaknya
Pak mohon maaf, apakah ada layanan ambulans gratis dari Pemkot? Nomor yang saya tahu 0380-8553 112, tapi itu kantor pusat saja
Min, akun sy tdk bisa login ke LAPOR. email [[email:yuliana.tefa@yahoo.co.id]], nomor hp terdaftar [[phone:{hp}]]
Pak, saya dapat sms tagihan pajak kendaraan [[plate:DH 1245 KJ]] padahal motornya sudah dijual tahun 2021 ke Pak [[name:Beni]]
Selamat sore, saya mau konfirmasi bahwa masalah air di RT kami sudah beres. Terima kasih banyak untuk petugas PDAM yang datang kemarin
Pesan ini dari tanta saya yang tidak pakai HP: namanya [[name:Ester Ratu]], umur 72, tinggal di [[address:Jl. Kelinci No. 3]] Oebufu. Dia belum terima beras lansia
Pak, ini ada foto KTP tetangga yang dipakai orang lain untuk pinjol. Nama [[name:Selfianus Manafe]], NIK [[nik:{nik_m}]]. Mohon diselidiki
Minta tolong diteruskan ke Dinas Pendidikan: ijazah SMP saya atas nama [[name:Aprianus Lay]] ditahan sekolah karena tunggakan SPP Rp 1.200.000
[Diteruskan] jadwal posyandu bulan Oktober:\nPosyandu Melati 1 – Selasa 8/10\nPosyandu Kasih Ibu – Kamis 10/10\nBawa buku KIA masing-masing
Halo, saya [[name:Gusti]], tinggal di kos [[address:Jl. Palapa No. 4B]] Oebobo. Ada kabel listrik menjuntai di depan, sangat berbahaya. No [[phone:{hp}]]
Pak, ini kontak bidan desa yang dulu tolong persalinan istri saya, bidan [[name:Marta]], [[phone:0812-3756-0184]]. Dia bilang mau bantu jelaskan ke dinas kalau perlu
Yth admin LAPOR!, saya kirim ulang laporan yang hilang: nomor tiket 2409-0417-559. Isinya soal jalan rusak di Jl. Piet A. Tallo km 3
Diteruskan: "Pengaduan layanan Samsat NTT bisa lewat WA 0821-4400-1234 (khusus chat)." Apa benar ini nomor resmi?
Pak, kemarin saya dimaki petugas loket Disdukcapil namanya [[name:Sefnat]]. Saya cuma tanya kenapa lama. Saya [[name:Erna Bessie]], [[phone:{hp}]]
Nomor istri saya [[phone:0857-3904-1120]] kalau saya tidak angkat. Saya [[name:Heronimus Tefa]], rumah [[address:Gg. Merpati No. 9 RT 03/RW 01]] Kel. Airnona
@web_form
Nama: [[name:Yohanes Ndun]]\nNIK: [[nik:{nik_m}]]\nAlamat: [[address:Jl. Timor Raya No. 112, RT 021/RW 007]], Kel. Oesapa, Kec. Kelapa Lima\nNo. HP: [[phone:{hp}]]\nIsi laporan: Drainase di depan rumah tersumbat sejak Juli sehingga air meluap ke jalan.
Nama Pelapor : [[name:Maria Fransiska Benu]]\nNo. KTP : [[nik:{nik_f}]]\nTelepon : [[phone:{hp}]]\nEmail : [[email:mariafbenu@gmail.com]]\nUraian : Saya sudah mengurus akta perkawinan sejak 3 bulan lalu di Dinas Dukcapil, sampai sekarang belum terbit.
IDENTITAS PELAPOR\nNama lengkap: [[name:ARNOLDUS TEFA]]\nNIK: [[nik:{nik_sp}]]\nAlamat: [[address:Gg. Cempaka No. 6 RT 003 RW 002]] Kel. Naikoten I\nHP/WA: [[phone:{hp}]]\n\nLAPORAN\nLampu penerangan jalan di gang kami padam lebih dari satu bulan.
Nama: [[name:Dewi Manafe]] | NIK: [[nik:{nik_f}]] | HP: [[phone:{hp}]] | Kategori: Kesehatan | Isi: Obat di Puskesmas Oebobo sering kosong, pasien disuruh beli di apotek luar.
Data Pelapor\n- Nama: [[name:Stefanus Amalo]]\n- No. Induk Kependudukan: [[nik:{nik_m}]]\n- No. KK: [[kk:{kk}]]\n- Alamat domisili: [[address:RT 014/RW 006]], Kel. Sikumana\nPengaduan: Nama anak saya tidak tercantum di KK terbaru setelah pemutakhiran data.
Nama : [[name:Theresia Lobo]]\nAlamat : [[address:Jl. Perintis Kemerdekaan I No. 7, RT 010/RW 004]], Kel. Kayu Putih\nNo HP : [[phone:{hp}]]\nKeluhan : Sudah tiga kali ke kantor Samsat untuk balik nama kendaraan [[plate:DH 2234 KL]], selalu disuruh kembali besok.
Judul: Pungutan di SMA\nPelapor: [[name:Benyamin Lay]]\nKontak: [[phone:{hp}]] / [[email:benlay.kupang@gmail.com]]\nIsi: Sekolah memungut uang komite Rp 1.800.000 per tahun tanpa rapat orang tua.
Nama Lengkap*: [[name:Yuliana Riwu Kaho]]\nNIK*: [[nik:{nik_f}]]\nNomor Telepon*: [[phone:{hp}]]\nAlamat*: [[address:Jl. Adisucipto Gg. Kelapa No. 3 RT 02/RW 05]] Penfui\nIsi Pengaduan*: Jalan masuk ke lorong kami berlumpur, mohon dibuatkan rabat beton.
Nama: [[name:Paulina Therik]]\nNIK: [[nik:{nik_dot}]]\nNo BPJS: [[bpjs:{bpjs}]]\nHP: [[phone:{hp}]]\nIsi: Saya ditagih biaya obat Rp 420.000 di RS padahal peserta PBI.
Pengirim: [[name:Kristianus Nenobais]] ([[email:kris.nenobais@outlook.com]])\nTopik: Perizinan\nPesan: Pengajuan PBG saya dengan nomor registrasi PBG-5371-2024-000871 tertahan tanpa alasan di dinas.
Identitas:\nNama = [[name:Sarlota Pah]]\nNIK = [[nik:{nik_f}]]\nNPWP = [[npwp:{npwp}]]\nHP = [[phone:{hp}]]\nMasalah: Restitusi pajak daerah belum dikembalikan padahal sudah diverifikasi.
Formulir Pengaduan Online\nNama: [[name:Hendrikus Mooy]]\nJenis kelamin: Laki-laki\nTgl lahir: 14-05-1981\nAlamat: [[address:Jl. Sam Ratulangi No. 22 RT 006 RW 003]], Kel. Oesapa Barat\nTelp: [[phone:{hp}]]\nLaporan: Pembangunan tower di samping rumah tanpa sosialisasi.
Nama pelapor: dirahasiakan\nKategori: Pelayanan publik\nIsi: Petugas kebersihan di Kel. Oetete meminta uang Rp 20.000 per rumah setiap bulan, padahal retribusi sampah sudah ditagih melalui rekening air.
Nama: [[name:Agnes Tanone]]\nNIK: [[nik:{nik_f}]]\nNo KK: [[kk:{kk}]]\nHP: [[phone:{hp}]]\nAlamat: [[address:RT 019 RW 008]] Kel. Oebufu\nIsi: Mohon pengecekan status bantuan PIP anak saya [[name:Aurelia Tanone]], NISN 0123456789.
Pelapor : [[name:Efraim Benu]]\nHP : [[phone:{hp}]]\nRek. Bank NTT : [[bank_account:001.01.02.123456-7]]\nIsi : Honor kader posyandu tahun 2024 belum ditransfer ke rekening saya.
NAMA: [[name:SEPRIANUS FANGGIDAE]]\nNIK: [[nik:{nik_m}]]\nALAMAT: [[address:JL. FETOR FUNAY NO. 19 RT 004/RW 002]] KEL. NAIKOTEN II\nNO. HP: [[phone:{hp}]]\nISI LAPORAN: Anjing milik tetangga sering menggigit anak-anak, sudah ditegur tapi tidak ditanggapi.
Nama: [[name:Ningsih]]\nEmail: [[email:ningsih.kupang@gmail.com]]\nIsi laporan: Aplikasi antrean online RSUD Prof. Dr. W. Z. Johannes tidak bisa dipakai sejak update terakhir.
Nama: Anonim\nIsi: Parkir liar di depan RS Siloam Kupang mengambil separuh badan jalan, tukang parkir memungut Rp 5.000 tanpa karcis.
Nama Pelapor: [[name:Rosalia Bessie]]\nNo. Identitas (KTP): [[nik:{nik_f}]]\nNo. Telp Rumah: [[phone:(0380) 8553 271]]\nNo. HP: [[phone:{hp}]]\nIsi Laporan: Pipa air bersih ke rumah saya diputus tanpa pemberitahuan.
Pelapor: [[name:Yeremias Ratu]], [[phone:{hp}]]\nLokasi kejadian: Jl. El Tari depan Kantor Gubernur\nUraian: Trotoar dipakai pedagang kaki lima, pejalan kaki terpaksa turun ke jalan raya.
Nama lengkap: [[name:Katarina Lay]]\nNomor HP: [[phone:{hp}]]\nAlamat rumah: [[address:Jl. Kenanga No. 15, RT 07/RW 02]], Oetete\nKeluhan: Petugas meteran PDAM tidak pernah datang, tagihan dihitung rata-rata Rp 180.000.
Nama: [[name:Wilhelmus Tefa]]\nNIK: [[nik:{nik_m}]]\nNo. HP: [[phone:{hp}]]\nNo. Rekening BRI: [[bank_account:3012-01-004581-50-9]]\nLaporan: Dana hibah kelompok nelayan belum masuk ke rekening ketua.
Laporan dari: [[name:Mariana Ndun]]\nNIK: [[nik:{nik_f}]]\nLaporan: Suami saya [[name:Petrus Ndun]] (NIK [[nik:{nik_m}]]) meninggal, tapi akta kematian ditolak karena surat dari RS hilang.
Nama : [[name:Josua Amalo]]\nAlamat : [[address:Jl. Bundaran PU Gg. II No. 10]], Kel. Fatululi\nHP : [[phone:{hp}]]\nIsi : Kendaraan proyek merusak jalan lingkungan dan tidak diperbaiki kembali.
Nama: [[name:Irene Fanggidae]]\nTelepon: [[phone:{hp}]]\nE-mail: [[email:irene_fgd@yahoo.com]]\nIsi: Saya ingin menanyakan prosedur izin keramaian untuk pesta pernikahan di jalan lingkungan.
Nama: [[name:Samuel Therik]]\nNIK: [[nik:{nik_m}]]\nNPWP: [[npwp:{npwp16}]]\nAlamat: [[address:Jl. Amabi No. 8B RT 012/RW 004]] Oebufu\nIsi: Tagihan PBB rumah saya dobel dengan NOP berbeda.
Nama: [[name:Lusia Manafe]]\nHP: [[phone:{hp}]]\nIsi: Saya melapor bahwa sejak bulan Agustus guru kelas 4 SD Inpres Liliba jarang masuk dan murid sering dipulangkan.
Nama lengkap : [[name:Ferderik Riwu]]\nNIK : [[nik:{nik_m}]]\nKK : [[kk:{kk}]]\nAlamat : [[address:RT 001/RW 001]] Kel. Namosain\nHP : [[phone:{hp}]]\nIsi : Saya terdaftar sebagai penerima BLT-DD tapi uangnya diambil orang lain atas nama saya.
Pelapor: [[name:Eni Pah]]\nWA: [[phone:{hp}]]\nKeluhan: Antrean obat di Puskesmas Pasir Panjang bisa 4 jam. Mohon ditambah petugas farmasi.
Nama: [[name:Dominikus Lobo]]\nTempat/Tgl Lahir: Ende, 03-11-1975\nNIK: [[nik:{nik_m}]]\nAlamat: [[address:Jl. Kenari No. 27, RT 005/RW 003]], Kel. Naikolan\nHP: [[phone:{hp}]]\nPengaduan: Proses mutasi PNS saya dari Kabupaten Ende tertahan di BKPSDM.
Isi Laporan: Tumpukan sampah di belakang Pasar Oeba menutup saluran air.\nLokasi: Kel. Fatubesi\nPelapor: [[name:Roni Bessie]] ([[phone:{hp}]])
Nama: [[name:Veronika Ratu]]\nNIK: [[nik:{nik_f}]]\nNo. Kartu KIS: [[bpjs:{bpjs}]]\nNo. HP: [[phone:{hp}]]\nIsi: Kartu KIS saya tiba-tiba nonaktif sejak Agustus dan saya diminta daftar mandiri.
Nama: [[name:Adrianus Tefa]] / Telp: [[phone:{hp}]] / Alamat: [[address:Gg. Flamboyan No. 4 RT 08]] Kel. Kuanino / Isi: Tetangga membangun pagar yang menutup saluran air bersama.
Nama pelapor: [[name:Hermina Nenobais]]\nAlamat: [[address:Jl. Thamrin No. 51, RT 03/RW 01]], Oebobo\nEmail: [[email:herminanenobais@gmail.com]]\nIsi: Jam buka perpustakaan daerah berubah tanpa pengumuman.
Data diri\nNama: [[name:Albertus Lay]]\nNIK: [[nik:{nik_m}]]\nPlat kendaraan: [[plate:DH 5573 KB]]\nKronologi: Motor saya ditilang di Jl. Moh. Hatta tetapi surat tilang tidak diberikan, petugas minta damai Rp 200.000.
Nama: [[name:Yakomina Mooy]]\nHP: [[phone:{hp}]]\nNIK: [[nik:{nik_f}]]\nLaporan: Saya sudah membayar retribusi IMB Rp 3.250.000 dengan kode billing 820240918000123 tetapi status masih belum bayar.
Identitas Pelapor\n1. Nama : [[name:Melkianus Ndun]]\n2. NIK : [[nik:{nik_m}]]\n3. Alamat : [[address:RT 024/RW 009]] Kel. Oesapa\n4. No. Telp : [[phone:{hp}]]\nUraian: Jalan lingkungan di RT kami belum pernah diaspal sejak 2010.
Nama: [[name:Aprilia Benu]]\nEmail: [[email:aprilia.benu@student.undana.ac.id]]\nHP: [[phone:{hp}]]\nIsi: Pengajuan beasiswa daerah saya hilang dari sistem setelah verifikasi.
Pelapor : [[name:Silvester Pah]]\nNo. Rekening : [[bank_account:1234567890]] (BNI)\nIsi : Ganti rugi lahan untuk pelebaran jalan belum dibayarkan sejak 2022.
Nama: [[name:Oktovianus Fanggidae]]\nNIK: [[nik:{nik_m}]]\nAlamat: [[address:Jl. Veteran No. 3 RT 002/RW 001]], Kel. Fatululi\nHP: [[phone:{hp}]]\nIsi: Izin usaha bengkel saya sudah terbit tetapi nama usaha salah tulis.
Nama: [[name:Mira Tanone]]\nNo. HP: [[phone:{hp}]]\nIsi: Saya melapor ada tumpukan kayu bekas proyek di trotoar Jl. R.A. Kartini yang dibiarkan sebulan.
Nama pemohon: [[name:Gerson Riwu Kaho]]\nNIK pemohon: [[nik:{nik_m}]]\nNIK istri: [[nik:{nik_f}]]\nNo. KK: [[kk:{kk}]]\nPermohonan: Perubahan status perkawinan di KK belum diproses.
Nama: [[name:Natalia Amalo]]\nHP: [[phone:{hp}]]\nAlamat: [[address:Jl. Cemara No. 13]] Kel. Kelapa Lima\nIsi: Lubang galian kabel di depan rumah dibiarkan terbuka, anak saya terperosok.
Pelapor: [[name:Ruben Tefa]]\nNIK: [[nik:{nik_m}]]\nHP: [[phone:{hp}]]\nTerlapor: Oknum petugas Satpol PP dengan kendaraan [[plate:DH 9004 A]]\nIsi: Barang dagangan saya diangkut tanpa surat peringatan.
Nama: [[name:Yustina Bessie]]\nNIK: [[nik:{nik_f}]]\nIsi: Nama saya di KTP tertulis "[[name:Yustina Besi]]", mohon perbaikan sesuai akta lahir.
Nama: [[name:Robert Manafe]]\nEmail: [[email:robert.manafe@gmail.com]]\nNo. Telp: [[phone:{hp}]]\nIsi: Jalan Hati Mulia di Kel. Oebobo rusak sejak proyek pipa tahun lalu.
Identitas\nNama: [[name:Florida Lay]]\nNo. KTP: [[nik:{nik_f}]]\nAlamat: [[address:Jl. Cendana No. 2A, RT 011/RW 004]] Kel. Oebufu\nHP: [[phone:{hp}]]\nIsi: Kartu Lansia ibu saya [[name:Helena Lay]] belum dibagikan.
Nama: [[name:Imanuel Ndun]]\nWA: [[phone:{hp}]]\nEmail: [[email:imanuel.ndun@gmail.com]]\nIsi: Izin praktik bidan istri saya ditolak karena STR belum diperbarui, padahal sudah diunggah.
Nama: [[name:Kristina Ratu]]\nNIK: [[nik:{nik_f}]]\nKeluhan: Kelurahan meminta fotokopi KTP 10 lembar untuk satu surat keterangan usaha. Ini memberatkan.
Nama pelapor: [[name:Arkilaus Benu]]\nNo. HP: [[phone:{hp}]]\nNo. Rek Mandiri: [[bank_account:1610004567823]]\nIsi: Uang jaminan tender Rp 25.000.000 belum dikembalikan.
Nama: [[name:Selvi Nenobais]]\nAlamat: [[address:RT 017/RW 005]], Kel. Liliba\nHP: [[phone:{hp}]]\nIsi: Ada saluran air dari perumahan baru dialirkan ke kebun warga.
Nama : [[name:Aloysius Pah]]\nNIK : [[nik:{nik_m}]]\nBPJS : [[bpjs:{bpjs}]]\nIsi : Rujukan ke RSUD ditolak, diminta ulang dari Puskesmas Kupang Kota setiap bulan.
Nama: [[name:Hana Fanggidae]]\nNIK: [[nik:{nik_f}]]\nAlamat: [[address:Jl. Sumatera No. 40 RT 05 RW 02]] Kel. Oeba\nIsi: Air laut masuk ke permukiman saat pasang karena tanggul jebol.
Nama: [[name:Jonathan Mooy]]\nHP: [[phone:{hp}]]\nLaporan: Kamera tilang elektronik di Jl. Jend. Sudirman salah membaca plat saya, tertulis [[plate:DH 1298 KC]] padahal kendaraan saya [[plate:DH 1289 KC]].
Pelapor: [[name:Serlina Tefa]]\nHP: [[phone:{hp}]]\nIsi: Kantor kelurahan Naimata tutup pada jam kerja hari Rabu 18 September 2024 pukul 10.00.
Nama: [[name:Yosua Riwu]]\nNIK: [[nik:{nik_m}]]\nNo. KK: [[kk:{kk}]]\nIsi: Data kepala keluarga di KK masih nama ayah saya [[name:Matheus Riwu]] yang sudah meninggal.
Nama: [[name:Lidia Therik]]\nEmail: [[email:lidia.therik@gmail.com]]\nIsi: Permohonan informasi anggaran perbaikan jalan di Kel. Fatukoa tahun 2024.
Nama: [[name:Markus Nenobais]]\nNo. HP: [[phone:{hp}]]\nNo. Rumah: [[phone:0380 8437 19]]\nAlamat: [[address:Jl. Manafe No. 6, RT 02/RW 01]] Kel. Kayu Putih\nIsi: Sambungan air baru sudah dibayar Rp 1.500.000 tapi belum dipasang.
Nama: [[name:Agustinus Lay]]\nNIK: [[nik:{nik_m}]]\nNPWP: [[npwp:{npwp}]]\nIsi: Pemblokiran NPWP karena data ganda, mohon dibantu koordinasi dengan dinas pendapatan.
Nama Pelapor: [[name:Ratna Bessie]]\nHP: [[phone:{hp}]]\nIsi Laporan: Lampu jalan di Jl. Herman Johannes depan kampus mati berderet sejak Agustus.
Nama: [[name:Yonas Tefa]]\nNIK: [[nik:{nik_m}]]\nAlamat: [[address:Gg. Salak No. 11 RT 004/RW 002]], Kel. Airnona\nIsi: Kendaraan [[plate:DH 4410 AM]] milik tetangga diparkir menutup jalan gang setiap malam.
Nama: [[name:Rahel Amalo]]\nHP: [[phone:{hp}]]\nEmail: [[email:rahel.amalo99@gmail.com]]\nIsi: Layanan kependudukan online menolak unggah foto KK saya dengan pesan "format salah".
Nama: [[name:Yakob Mooy]]\nNIK: [[nik:{nik_m}]]\nHP: [[phone:{hp}]]\nIsi: Saya korban banjir bandang April lalu, rumah rusak berat tetapi belum masuk daftar penerima bantuan.
Pengadu: [[name:Antonia Ratu]]\nTelepon: [[phone:{hp}]]\nIsi: Saya ditolak membuat SKCK karena katanya ada nama yang sama dengan pelaku kejahatan.
Nama: [[name:Kalvin Fanggidae]]\nNIK: [[nik:{nik_m}]]\nAlamat: [[address:Jl. Rambutan No. 20 RT 03/RW 01]] Kel. Oepura\nHP: [[phone:{hp}]]\nIsi: Tiang listrik miring di depan rumah sejak angin kencang minggu lalu.
Nama: [[name:Maria Magdalena Pah]]\nNo. KTP: [[nik:{nik_f}]]\nNo. HP: [[phone:{hp}]]\nIsi: Pengajuan kartu prakerja gagal karena NIK dianggap tidak valid.
@kupang_malay
Pak, beta [[name:Yanti Ndun]] dari [[address:RT 08 RW 03]] Oesapa. Air su mati dua minggu, katong pi ambe air di kali. Tolong bosong urus dolo ko
Beta pung mama su tua, dong bilang mama pung nama sonde ada di daftar bantuan. Mama pung NIK [[nik:{nik_f}]]. Beta [[name:Meki]], hp [[phone:{hp}]]
Bapa RT [[name:Yopi]] su minta doi 100 ribu ko tanda tangan surat pindah. Itu aturan ko? Beta tinggal di [[address:Gg. Anggrek No. 5]] Oebufu
Jalan ke beta pung rumah tu rusak parah, oto sonde bisa masuk. Kalo ada orang sakit musti pikul sampe jalan besar. Om [[name:Lukas]] di [[address:RT 12]] Kel. Naimata
Lampu jalan di Oetete su mati lama lai, malam gelap sampe orang takut lewat. Sonde ada yang urus ko?
Beta su tiga kali pi Dukcapil ko urus KK, ma dong bilang tunggu tarus. Beta pung KK nomor [[kk:{kk}]]. Kapan jadi ni?
Pak lurah Oebobo, Bapa [[name:Frans]], su dua minggu sonde masuk kantor. Katong mau urus surat sonde ada yang tanda tangan
Beta mau lapor, anak sekolah di SD Inpres Naikoten pulang jam 10 tarus tagal guru sonde datang. Ini su biasa sa
Nona [[name:Ika]] yang jaga loket di Samsat tu omong kasar deng beta pung bapa. Kasian bapa su tua. Beta [[name:Rudi Tefa]], [[phone:{hp}]]
Sampah di depan pasar Oebobo su bau busuk, lalat banyak. Katong yang jualan ju su sakit perut
Beta pung ade [[name:Ronal]] kena tabrak lari di Jl. Timor Raya. Oto yang tabrak tu plat [[plate:DH 1452 AB]] warna hitam. Polisi sonde proses sampe sakarang
Bosong tolong cek bantuan PKH. Beta pung nama [[name:Sarci Pah]], NIK [[nik:{nik_f}]]. Dulu dapat, sakarang sonde lai, sonde ada yang kasi tau
Tanta [[name:Ema]] di [[address:RT 05/RW 02]] Bakunase su sakit stroke, sonde bisa jalan. Dia pung kartu BPJS [[bpjs:{bpjs}]] su mati. Tolong bantu ko
Air PDAM datang cuma jam 2 malam, itu ju kecil sa. Katong di Kel. Kolhua su bayar tiap bulan ma air sonde ada
Beta su bayar pajak oto tapi SMS tagihan masih masuk tarus. Oto plat [[plate:DH 1709 KN]]. Beta pung nomor [[phone:{hp}]]
Pak, guru [[name:Yohanes]] di SMP tu pukul beta pung anak sampe biru. Anak cuma telat 5 menit. Beta Mama [[name:Desi]] dari Kel. Sikumana
Lu pung petugas kebersihan tu datang cuma satu kali satu minggu, sampah su numpuk di lorong
Beta mau tanya, urus akta lahir tu bayar ko sonde? Petugas minta 50 ribu. Beta [[name:Ani]]
Dong gali jalan ko pasang pipa tarus tinggal begitu sa, sonde tutup lai. Su satu bulan. Lokasi di Jl. Kelinci Oebufu
Beta pung bapa [[name:Alfred Manafe]] pensiunan guru, gaji pensiun sonde masuk dua bulan. Rekening dia Bank NTT [[bank_account:0020105432118]]. Tolong dicek
Kermana ni pak, beta su lapor lewat aplikasi sejak Juli ma sonde ada jawaban sampe sakarang. Nomor laporan beta 2407-2212-103
Rumah beta di [[address:Jl. Bakti No. 31, RT 009/RW 003]] Fatufeto, got depan rumah su penuh lumpur. Kalo hujan air masuk rumah. Beta [[name:Ina Bessie]]
Pak, ada orang bakar lahan di belakang rumah, asap masuk sampe katong pung anak batuk. Yang bakar tu om [[name:Paul]] dari sebelah
Beta [[name:Yusuf Lay]], sopir bemo. Tiap hari ada oknum minta doi di terminal. Beta pung bemo plat [[plate:DH 1188 AC]]. Kalo mau tanya hubungi [[phone:{hp}]]
Katong warga Kel. Penkase Oeleta su minta lampu jalan dari tahun lalu, sampe sakarang sonde ada
Beta pung anak [[name:Feby]] sonde dapat sekolah padahal rumah dekat. Dong bilang kuota penuh. Beta Nona [[name:Manafe]]
Petugas puskesmas Oesapa suru katong datang jam 7 pagi ma dokter baru datang jam 11. Kasian orang sakit tunggu lama
Sapa yang tanggung jawab jalan di Liliba ni? Su lubang besar-besar, motor jatuh tarus
Beta [[name:Frengki]] di [[address:RT 03 RW 02]] Kel. Nunhila. Beta pung rumah rusak tagal badai, ma nama sonde masuk daftar bantuan. HP [[phone:{hp}]]
Mama [[name:Yuliana]] yang jual sayur di pasar Kasih Naikoten dipalak preman tiap pagi. Dong minta 10 ribu
Bosong bilang KTP-el gratis, ma di kelurahan dong minta 25 ribu ko "uang map". Itu apa?
Beta mau lapor tetangga buang sampah di kali. Dia pung nama Om [[name:Beni Tefa]], rumah di [[address:Gg. Kakatua No. 8]]
Sumur bor di RT katong rusak, su lapor ke bapa lurah ma sonde ada tindak lanjut. Katong beli air tangki 150 ribu satu kali
Beta pung email ni [[email:frengkybenu@gmail.com]] ko bosong kirim balasan. Beta sonde punya pulsa
Pak, beta mau tanya kenapa beta pung KTP masih alamat lama. Beta su pindah ke [[address:Jl. Nusa Indah No. 14 RT 06/RW 02]] Oebobo dari tahun lalu
Anak-anak di Kel. Alak banyak yang kena diare. Air di sumur tercemar. Tolong dinas kesehatan datang periksa
Beta Oma [[name:Rike]] umur 80 tahun, sonde bisa baca tulis. Ini beta pung cucu yang tulis. Bantuan lansia sonde sampe ke beta
Jang bosong diam sa. Jalan di Kel. Belo tu su rusak dari beta masih SD
Katong pung kelompok nelayan dapat bantuan perahu tapi ketua kelompok Bapa [[name:Ande]] pake sendiri. Beta [[name:Obet Lobo]], [[phone:{hp}]]
Dokter di puskesmas bilang beta pung anak harus rujuk, ma RS bilang kamar penuh. Katong pi mana lai? Anak [[name:Keisya]], BPJS [[bpjs:{bpjs}]]
Beta [[name:Yefta]] di [[address:RT 20 RW 06]] Oesapa. Pak RT minta KTP asli ko fotokopi, ma sampe sakarang sonde kembali
Bemo jurusan 6 sonde mau lewat Oepura lai, dong potong jalan. Katong yang tunggu di halte sonde dapat oto
Beta pung adik perempuan [[name:Selvi]] dapa pukul dari dia pung laki. Katong lapor ke polsek ma sonde diproses. Tolong bantu. [[name:Jhon]] [[phone:{hp}]]
Bapa lurah Oesapa Selatan Pak [[name:Benyamin]] baik, dia su datang liat sendiri. Terima kasih. Tinggal tunggu perbaikan
Beta mau bilang terima kasih ko petugas PLN yang datang malam-malam perbaiki kabel. Mantap
Beta [[name:Melki Ratu]], beta pung motor [[plate:DH 6321 KE]] hilang di parkiran RSUD. Petugas parkir bilang sonde tanggung jawab padahal bayar karcis
Kapan jadi ni jembatan di Kel. Manulai II? Su janji dari tahun 2022
Lu pung nomor WA pengaduan 0811-3807-222 sonde aktif. Katong mau lapor lewat mana?
Beta pung nene [[name:Magdalena Therik]] su 3 bulan sonde terima beras. Nene pung NIK [[nik:{nik_f}]], KK [[kk:{kk}]]
Tolong pak, air laut naik sampe masuk rumah di [[address:RT 01 RW 01]] Kel. Namosain. Beta [[name:Abdul]], hp [[phone:{hp}]]
Pas pengambilan rapor, sekolah tahan rapor tagal belum bayar uang komite. Anak-anak menangis. Ini SMP di Kel. Oepura
Beta [[name:Sony]] ojek online, ada petugas Dishub tahan beta pung motor [[plate:DH 2871 KF]] tanpa surat. Dong minta 300 ribu
Kaka, beta pung rekening BRI [[bank_account:0531-01-012345-50-3]], bantuan UMKM belum masuk. Beta [[name:Elda Pah]]
Puji Tuhan jalan di depan rumah su diaspal. Terima kasih Pemkot
Beta mau lapor perawat [[name:Nus]] di IGD tu sonde mau layani pasien BPJS. Dia bilang pasien umum dulu
Katong pung pastori ju kena banjir. Tolong Dinsos datang liat. Hub pendeta [[name:Yakob Benu]] di [[phone:{hp}]]
Beta tanta [[name:Sofi]] jual kue di depan sekolah, Satpol PP angkat beta pung meja. Beta cuma cari makan sa
Anjing liar di Kel. Oebufu su banyak, tadi pagi gigit beta pung anak [[name:Dion]]. Beta [[name:Vero]] [[phone:{hp}]]
@officials
Saya ingin melaporkan Lurah Oebobo, Pak [[name:Frans Lay]], yang menolak menandatangani surat keterangan tidak mampu untuk anak saya tanpa alasan jelas.
Kepala Puskesmas Sikumana, dr. [[name:Yuliana Mooy]], sudah kami temui tetapi tidak ada perubahan jam pelayanan. Antrean tetap panjang setiap pagi.
Bidan [[name:Maria]] di Pustu Kolhua meminta biaya persalinan Rp 600.000 kepada pasien KIS. Mohon Dinas Kesehatan menindaklanjuti.
Camat Maulafa Bapak [[name:Stefanus Ratu]] sudah berjanji memperbaiki jalan di depan SD Inpres Maulafa pada rapat tanggal 5 Agustus 2024, tetapi belum ada realisasi.
Guru [[name:Yohanes]] di SMP Negeri 12 Kupang sering menyuruh siswa membeli LKS seharga Rp 85.000 dari dirinya sendiri.
Kepala sekolah SD GMIT Oetete, Ibu [[name:Rosalina Nenobais]], S.Pd., menahan ijazah siswa yang belum melunasi uang gedung.
Babinsa Kel. Oesapa, Serka [[name:Agus Tefa]], sudah membantu mediasi tetapi pihak pengembang tetap menutup akses jalan warga.
Petugas loket Dukcapil bernama [[name:Sefnat Riwu]] meminta uang Rp 100.000 untuk mempercepat pencetakan KTP.
Sekretaris Lurah Kayu Putih, Bapak [[name:Yeremias Fanggidae]], tidak berada di kantor selama jam pelayanan pada 10, 11 dan 12 September 2024.
Kami mengapresiasi Kepala Dinas Perhubungan yang cepat tanggap. Namun lampu lalu lintas di simpang Kuanino masih sering padam.
Ketua RT 09 Kel. Naikolan, Pak [[name:Daniel Benu]], membagikan beras bantuan hanya kepada keluarganya sendiri.
Dokter jaga IGD malam itu, dr. [[name:Kevin Pah]], menolak memeriksa ayah saya karena BPJS sedang dalam proses aktivasi.
Wali kota sudah menginstruksikan perbaikan drainase di Jl. Fetor Funay, tetapi kontraktor baru mengerjakan separuh.
Perawat [[name:Novita]] dan [[name:Agustina]] di ruang Melati RSUD sangat membantu. Kami hanya ingin melaporkan AC yang rusak di ruangan tersebut.
Kasi Pelayanan Kel. Fatululi, Ibu [[name:Lenny Manafe]], meminta warga membuat surat domisili baru setiap tiga bulan dengan biaya Rp 20.000.
Pendeta [[name:Markus Tanone]] dari jemaat kami sudah menyurati Dinas PUPR soal jembatan Oenesu, tetapi belum dibalas.
Kepala SMAN 6 Kupang, Bapak Drs. [[name:Hendrik Bessie]], mengumumkan pungutan study tour Rp 3.500.000 per siswa.
Penyuluh KB [[name:Marta Lobo]] tidak pernah datang ke posyandu kami sejak Januari.
Lurah Sikumana Bapak [[name:Agustinus Riwu Kaho]], S.Sos telah menerima laporan warga soal sumur tercemar pada 3 Juli, namun belum ada pemeriksaan.
Anggota Satpol PP yang memakai papan nama "[[name:J. THERIK]]" menendang gerobak pedagang di Pasar Oeba kemarin sore.
Saya ingin berterima kasih kepada petugas Damkar yang datang cepat, tetapi hidran di Jl. Soeharto tidak berfungsi sama sekali.
Kepala Dinas Kesehatan Kota Kupang sudah diberitahu, namun Puskesmas Alak masih kekurangan vaksin campak.
Operator sekolah [[name:Yudi Ndun]] salah memasukkan data NISN anak saya sehingga nama anak saya tidak muncul di daftar PIP.
Kader posyandu Mama [[name:Ina]] meminta uang kas Rp 5.000 per balita setiap bulan. Apakah itu boleh?
Bripka [[name:Yosef Amalo]] dari Satlantas menilang saya tanpa memberikan slip biru, hanya meminta uang titip sidang.
Kami warga Kel. Airnona melaporkan bahwa Ketua LPM, Bapak [[name:Alfons Mooy]], menggunakan dana pemberdayaan untuk kegiatan pribadi.
Dosen pembimbing saya, Dr. [[name:Yakobus Therik]], tidak bisa ditemui selama 4 bulan sehingga skripsi saya tertahan.
Kepala Bidang Perizinan menyebut bahwa izin kami sudah terbit, tetapi sistem OSS masih menunjukkan status "diproses".
Mantri [[name:Paulus]] di Puskesmas Pembantu Belo hanya melayani pasien yang membayar di muka.
Lurah Oesapa Barat yang baru, Ibu [[name:Debora Tefa]], belum pernah mengadakan pertemuan warga sejak dilantik Mei lalu.
Satpam RSUD Prof. Dr. W. Z. Johannes meminta uang parkir Rp 10.000 untuk ambulans desa. Kejadian tanggal 2 Oktober 2024 pukul 21.30.
Kepala Sekolah SMPN 3 Kupang, Bapak [[name:Matheus Lay]], sudah menanggapi dengan baik keluhan kami tentang toilet siswa. Terima kasih.
Sopir truk tangki PDAM atas nama [[name:Roy Fanggidae]] menjual air bantuan ke warga Rp 75.000 per tangki.
Staf kecamatan Ibu [[name:Ani]] menyarankan kami membuat laporan lewat LAPOR! karena keluhan ini di luar kewenangan kecamatan.
Ketua panitia PPDB SMA Negeri 1 Kupang, Bapak [[name:Simon Ratu]], menolak menjelaskan kenapa nilai zonasi anak saya dikurangi.
Kepala Dinas Pendidikan dan Kebudayaan, Bapak [[name:Okto Benu]], pernah berjanji di media bahwa tidak ada pungutan, namun kenyataannya masih ada.
Mohon Inspektorat memeriksa Bendahara Kelurahan Fatukoa, Sdri. [[name:Yulita Pah]], terkait dana kegiatan 17 Agustus.
Pegawai PLN ULP Kupang yang bernama [[name:Adi]] meminta biaya pasang baru Rp 2.500.000 di luar tagihan resmi.
Juru parkir [[name:Udin]] di depan Toko Sinar Kupang memungut Rp 5.000 untuk motor dan tidak memberi karcis.
Kepala Puskesmas Oepoi sudah ganti tiga kali dalam setahun, program imunisasi menjadi kacau.
Petugas sensus [[name:Rian Nenobais]] datang ke rumah kami menanyakan penghasilan dan nomor rekening. Apakah ini resmi dari BPS?
Ketua RW 04 Kel. Oebufu, Bapak [[name:Gidion Mooy]], dan Ketua RT 11, Ibu [[name:Merry Lobo]], sudah menandatangani surat permohonan perbaikan jalan.
Lurah Kelapa Lima Bapak [[name:Yohanis Tanone]] tidak pernah merespon surat kami.
Kapolsek Kelapa Lima sudah menerima laporan kami tetapi pelaku pencurian ternak belum ditangkap.
Petugas Samsat [[name:Bertha]] sangat ramah dan membantu. Sayangnya mesin antrean rusak sehingga orang berdesakan.
Kami meminta agar Kepala Sekolah SD Inpres Oepura 2 diganti karena tidak pernah hadir di sekolah.
Guru olahraga Pak [[name:Ricky]] mengajak siswa membersihkan kebun pribadinya saat jam pelajaran.
Kepala UPT Pasar, Bapak [[name:Hironimus Lobo]], menaikkan retribusi lapak dari Rp 3.000 menjadi Rp 10.000 tanpa Perda.
Petugas pemadam [[name:Yunus]] dan [[name:Kornelis]] bekerja keras, tetapi mobil damkar datang 45 menit setelah ditelepon ke 113.
@letter
Kepada Yth. Wali Kota Kupang\nDengan hormat, bersama ini kami sampaikan bahwa jalan lingkungan di RT kami rusak berat dan membahayakan anak sekolah. Mohon perhatian Bapak.\nHormat kami,\n[[name:Agustina Benu]]\nKetua RT 014
Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : [[name:Yosef Manafe]]\nNIK : [[nik:{nik_m}]]\nAlamat : [[address:Jl. W.J. Lalamentik Gg. Sepakat No. 4, RT 006/RW 002]], Kel. Oebufu\nmengajukan keberatan atas penetapan NJOP tanah saya.\nHormat saya,\nttd\n[[name:Yosef Manafe]]
Yth. Kepala Dinas Sosial,\nKami mohon bantuan untuk ibu [[name:Sofia Tanone]] (78 tahun) yang tinggal sendiri dan tidak lagi menerima bantuan lansia sejak Mei 2024.\nSalam, [[name:Ani]]
Selamat siang Bapak/Ibu,\nMelalui email ini saya ingin menanyakan perkembangan laporan nomor 2408-1102-009 tentang pungutan di sekolah.\nTerima kasih.\n- [[name:yohanes ndun]]
Perihal: Permohonan perbaikan saluran air\nLampiran: 3 lembar foto\n\nYth. Lurah Fatululi,\nSaluran air di depan Gereja Imanuel tersumbat sejak bulan Juli. Kami sudah gotong royong dua kali namun sampah terus datang dari hulu.\nHormat kami,\nWarga Fatululi
Kupang, 17 September 2024\nKepada Yth. Inspektorat Kota Kupang\nHal: Laporan dugaan pungli\nSaya melaporkan oknum petugas kelurahan yang meminta uang Rp 200.000 untuk pengurusan surat keterangan ahli waris.\nPelapor,\n[[name:Dominggus Lay]]\n[[phone:{hp}]]
Yth. Pimpinan PDAM Tirta Lontar,\nTagihan air kami bulan Agustus Rp 967.500 padahal rumah kosong selama sebulan. Nomor sambungan 05-12-004711. Mohon pemeriksaan meteran.\nTerima kasih,\n[[name:Elisabeth Riwu]]
Kepada Yth. Kepala BPJS Kesehatan Cabang Kupang\nSaya [[name:Markus Pah]], peserta JKN dengan nomor kartu [[bpjs:{bpjs}]], mengajukan keluhan karena rujukan saya ke RSUD Prof. Dr. W. Z. Johannes ditolak dua kali.\nHormat saya,\n[[name:Markus Pah]]
Bapak/Ibu yang terhormat,\nsaya mewakili orang tua murid kelas 6 SD Inpres Oetete 1 menyampaikan keberatan atas pungutan perpisahan Rp 350.000.\nSalam hormat,\n[[name:Lince Fanggidae]], ibu dari [[name:Rafael]]
Yth. Admin LAPOR!\nSaya melaporkan kembali masalah lampu jalan di Jl. Piet A. Tallo yang sudah saya laporkan bulan lalu (tiket 2408-0011-394). Belum ada perbaikan.\nWassalam,\n[[name:M. Ridwan]]
Hal: Keberatan atas penilaian PBB\nYth. Kepala Bapenda Kota Kupang,\nNama Wajib Pajak: [[name:Hendrik Ratu]]\nNPWP: [[npwp:{npwp}]]\nNOP: 53.71.030.005.021-0112.0\nAlamat objek pajak: [[address:Jl. Cak Doko No. 88]], Kel. Oetete\nKami mohon peninjauan kembali.
Selamat pagi,\nanak saya atas nama [[name:Daniella Benu]] (kelas 5) pulang dengan luka di kepala setelah jatuh dari ayunan sekolah yang sudah rusak. Kami sudah melapor ke wali kelas.\nTerima kasih atas perhatiannya.\n[[name:Yuliani Benu]]
Yth. Bapak Lurah Oesapa,\nKami, warga [[address:RT 021/RW 007]], menyampaikan bahwa lahan kosong di ujung gang dijadikan tempat pembuangan sampah liar.\nTertanda,\n1. [[name:Hendrik Ndun]]\n2. [[name:Samuel Ratu]]\n3. [[name:Maria Tefa]]
Kupang, 2 Oktober 2024\nYth. Direktur RSUD S.K. Lerik\nSaya ingin menyampaikan terima kasih kepada perawat di ruang bersalin atas pelayanannya. Namun saya juga mengeluhkan kamar mandi yang tidak ada air.\nHormat saya,\nIbu [[name:Rini Lobo]]
Dear Bapak/Ibu,\nSaya warga negara asing yang tinggal di Kupang. KITAS saya sudah diperpanjang tapi surat domisili dari kelurahan ditolak.\nRegards,\n[[name:Thomas Keller]]\n[[email:t.keller.kupang@gmail.com]]
Yth. Dinas Lingkungan Hidup,\nMohon tindakan atas pembakaran sampah di halaman Sekolah Kristen Kasih setiap hari Jumat. Asapnya mengganggu pasien di klinik sebelahnya.\nTerima kasih.
Yang terhormat Bapak Kepala Dinas PUPR,\nPerbaikan jalan Jl. Frans Seda sudah selesai, tetapi marka jalan belum dicat kembali sehingga berbahaya pada malam hari.\nHormat kami,\nForum Warga Peduli Kota
Kepada Yth. Kepala Kantor Pertanahan\nSertifikat tanah saya atas nama [[name:Yakobus Lay]] belum selesai sejak 2021. Nomor berkas 12345/2021.\nSaya dapat dihubungi di [[phone:{hp}]] atau [[email:yakobus.lay@gmail.com]].\nHormat saya,\n[[name:Yakobus Lay]]
Dengan hormat, kami orang tua dari [[name:Vincent Mooy]] dan [[name:Valentino Mooy]] memohon penjelasan mengapa kedua anak kami tidak lolos seleksi jalur afirmasi padahal memiliki KIP.\nHormat kami,\n[[name:Bernadus Mooy]] / [[name:Katarina Mooy]]
Yth. Kepala Dinas Kependudukan\nSaya [[name:Ferry Therik]], NIK [[nik:{nik_m}]], mengajukan koreksi tahun lahir di KTP yang tertulis 1988 padahal di akta 1986.\nTerlampir fotokopi akta kelahiran.\nHormat saya
Permohonan Informasi Publik\nNama: [[name:Yosua Tanone]]\nPekerjaan: Mahasiswa\nAlamat: [[address:Jl. Kelimutu No. 12 RT 03/RW 02]] Kel. Oebobo\nInformasi yang diminta: rincian anggaran pemeliharaan taman kota tahun 2023.\nTujuan: penelitian skripsi.
Selamat malam,\nkami ingin menyampaikan bahwa keluhan kami soal air sudah ditangani. Terima kasih kepada tim PDAM dan Pak Lurah.\nSalam,\nKeluarga [[name:Amalo]]
Kepada Yth. Kapolresta Kupang Kota\nSaya melaporkan kehilangan sepeda motor Honda Vario dengan nomor polisi [[plate:DH 3719 KG]] di depan Pasar Oebobo pada 22 September 2024.\nPelapor: [[name:Yeheskiel Bessie]]\nHP: [[phone:{hp}]]
Yth. Kepala Sekolah,\nDengan ini saya menyatakan keberatan anak saya dipindahkan kelas tanpa pemberitahuan.\nttd.\nNy. [[name:Margaretha Pah]]
Kepada Yth. Ombudsman RI Perwakilan NTT\nKami telah melapor ke kelurahan, kecamatan dan Dinas PUPR soal jalan rusak di Kel. Fatukoa sejak 2022 tanpa tanggapan. Bersama ini kami lampirkan bukti surat-surat.\nHormat kami,\nPerwakilan warga
Bapak/Ibu petugas,\nsaya mohon maaf baru bisa melengkapi data. Berikut nomor KK keluarga kami: [[kk:{kk}]] dan NIK suami saya [[nik:{nik_m}]].\nSalam, [[name:Heni]]
Yth. Pengelola Terminal Oebobo,\nToilet terminal tidak ada air dan sangat kotor. Tarif toilet Rp 3.000 tetapi tidak ada petugas kebersihan.\nTerima kasih
Hormat saya,\n[[name:JULIUS BENU]]\n(pensiunan ASN, NIP lama tidak dicantumkan)\nPerihal: Tunjangan pensiun tidak naik sesuai PP terbaru.
Kepada Yth. Dinas Koperasi dan UKM\nSaya [[name:Sarah Lay]], pemilik usaha kue rumahan di [[address:Jl. Kedondong No. 9, RT 05/RW 02]], Kel. Kuanino, ingin menanyakan bantuan modal usaha yang dijanjikan.\nNo. WA [[phone:{hp}]]
Salam sejahtera,\nkami guru-guru honorer di SD Negeri Oebufu menyampaikan bahwa honor triwulan III belum dibayarkan.\nAtas nama guru honorer,\n[[name:Yunita Ndun]], S.Pd.
Yth. BPN Kota Kupang,\nsertifikat hak milik yang atas nama almarhum kakek saya [[name:Yohanes Bessie]] akan dibalik nama ke ahli waris. Mohon informasi syarat dan biayanya.\nHormat saya, [[name:Daud Bessie]]
Dengan hormat,\nkami melaporkan bahwa bangunan SD Inpres Bakunase 2 retak setelah gempa 1 Agustus 2024. Dinding kelas 3 dan kelas 4 sudah miring.\nKomite Sekolah
Kepada Yth. Kepala Dinas Perhubungan,\nHalte di depan Universitas Nusa Cendana tidak beratap lagi sejak angin kencang Maret lalu.\nTerima kasih,\nBEM Undana
Yth. Bapak Camat Kota Raja,\nmohon dimediasi sengketa batas tanah antara keluarga [[name:Nenobais]] dan keluarga [[name:Tefa]] di [[address:RT 07/RW 03]] Kel. Naikoten II yang sudah berlangsung setahun.\nHormat kami,\n[[name:Petrus Nenobais]]
Yth. Kepala Dinas Kesehatan\nSaya mahasiswa keperawatan, ingin melaporkan bahwa di Puskesmas Oebobo masih ada obat kedaluwarsa di rak apotek (exp 08/2024).\nIdentitas saya mohon dirahasiakan.
Yth. Direktur PDAM,\nNama pelanggan: [[name:Simon Pah]]\nNo. sambungan: 01-07-001238\nAlamat: [[address:Jl. Nangka Gg. 3 No. 17]] Kuanino\nKeluhan: meteran air dicabut tanpa pemberitahuan.\nTerima kasih, [[name:Simon Pah]]
Kepada Yth. Kepala Sekolah SMK Negeri 1 Kupang\nKami keberatan atas kewajiban membeli seragam di koperasi sekolah seharga Rp 1.100.000.\nHormat kami, paguyuban orang tua kelas X
Mohon maaf mengganggu waktunya,\nsaya ingin melaporkan bahwa sudah dua minggu truk sampah tidak lewat di [[address:Jl. Kenari II No. 6]], Kel. Naikolan.\nBerkat Tuhan,\nMama [[name:Eli]]
Yth. Kepala Kantor Imigrasi Kupang,\npaspor saya atas nama [[name:Martinus Ratu]] sudah dibayar sejak 1 Agustus (kode billing 820240801543211) namun jadwal wawancara belum keluar.\nHormat saya,\n[[name:Martinus Ratu]]
@social
@LAPOR1708 @pemkotkupang jalan di Kel. Oesapa depan pasar rusak parah sudah 2 tahun, kapan diperbaiki?? #KupangKotaKasih
Komentar FB: Saya juga mengalami hal yang sama, KTP saya belum jadi sejak Maret. Saya [[name:Serly Manafe]] dari Oebufu, hp [[phone:{hp}]] kalau petugas mau hubungi
Min @LAPOR1708 tolong dong, tetangga saya [[name:Yanto]] sudah 3 hari dirawat tapi keluarga diminta bayar deposit Rp 5 juta di RS swasta padahal BPJS
Status FB: Hari ini saya antre di Dukcapil dari jam 6 pagi, jam 2 siang baru dipanggil. Nomor antrean saya A-147. #pelayananpublik
Tweet: kenapa bemo jurusan Penfui sekarang tarifnya Rp 7.000, bukannya Rp 5.000? ada aturan baru kah @dishubkotakupang
Komentar IG: Pak wali tolong lihat jalan ke Kolhua, sudah seperti kubangan kerbau 😭 rumah saya di [[address:RT 18 RW 06]] Kolhua
Postingan grup Info Kupang: Hati-hati, motor [[plate:DH 6672 KH]] warna merah sering jambret di Jl. Adisucipto. Sudah dilaporkan ke polisi
Balasan ke @LAPOR1708: nomor tiket saya 2409-3301-082, sudah dijawab tapi masalah belum selesai. Mohon dibuka lagi
FB: Siapa yang kenal ibu ini? Namanya Mama [[name:Yuli Pah]], dia jual nasi di Terminal Kupang, katanya dipaksa bayar Rp 500 ribu oleh preman
Tweet: Terima kasih @pemkotkupang lampu jalan di Jl. Herman Johannes sudah menyala lagi 👍
Komentar: pak saya mau lapor juga, nama saya [[name:Dian Fanggidae]], anak saya tidak bisa daftar sekolah karena KK kami belum diperbarui. KK [[kk:{kk}]]
IG story: Antrean BBM solar di SPBU Oebobo sampai 1 km. Nelayan tidak bisa melaut
Grup WA RT (tangkapan layar): "Yang belum bayar iuran sampah Rp 15.000 bulan September: 1. Bpk. [[name:Ruben]] 2. Ibu [[name:Selvi]] 3. Om [[name:Naldo]]"
Tweet: @LAPOR1708 petugas di Kantor Lurah Oetete minta Rp 50rb buat legalisir. Ini pungli kan?
FB Live comment: saya [[name:Nando]] di Kel. Bakunase, banjir lagi malam ini. air sudah setinggi lutut
Komentar TikTok: Itu bidan [[name:Yanti]] di puskesmas memang galak, saya juga pernah dibentak waktu bawa anak imunisasi
Postingan: Dicari pemilik dompet yang jatuh di bemo jurusan 1, isi KTP atas nama [[name:Gregorius Lobo]]. Hubungi [[phone:{hp}]]
Tweet: jalan di depan RSUD Prof. Dr. W. Z. Johannes macet total karena parkir liar, ambulans tidak bisa lewat #Kupang
Komentar FB: betul, saya juga korban. Saya sudah transfer Rp 2.000.000 ke rekening [[bank_account:7891234560]] BCA a.n. [[name:Rudolf Tefa]] yang mengaku bisa bantu masuk polisi
Thread: 1/ Pengalaman saya urus balik nama motor di Samsat Kupang. 2/ Loket dibuka jam 09.15, terlambat 1 jam. 3/ Biaya sesuai aturan, tidak ada pungli. Terima kasih
IG comment: @pemkotkupang mohon diperhatikan TPS di Jl. Sam Ratulangi, sampah sampai ke badan jalan
Tweet: saya [[name:Fredi Amalo]] kehilangan SIM di Jl. El Tari. Kalau ada yg menemukan mohon DM atau WA [[phone:{hp}]]
Komentar YouTube: Video ini di Kel. Manutapen, benar itu jalan depan rumah mertua saya Om [[name:Yakob]]. Sudah 5 tahun rusak
FB: Salut dengan Lurah Naikoten II Ibu [[name:Anjelina Ndun]] yang turun langsung bersihkan got bersama warga
Tweet: @LAPOR1708 sudah 3 hari pemadaman bergilir di Kota Kupang 4-6 jam sehari, tidak ada jadwal resmi dari PLN
Komentar: Maaf min, nomor call center Dukcapil Kota Kupang 0380-8438 899 tidak pernah diangkat. Mohon dicek
Postingan Marketplace: Jual rumah di [[address:Jl. Jambu No. 12 RT 05/RW 02]] Oetete. Hub Pak [[name:Nikson]] [[phone:{hp}]]. Ini rumah yang dilaporkan warga sering banjir
Tweet: Satpol PP bongkar lapak PKL di Jl. Sumba tanpa surat peringatan. Pedagang menangis. #Kupang #PKL
IG: Banyak warga mengeluh soal Posyandu Bunga Bakung di Kel. Oebufu yang tutup tiga bulan
Komentar: saya [[name:nelci]] dari kupang barat, sama pak, sudah 4 bulan PKH tidak cair. nik sy [[nik:{nik_f}]]
@unicode
Nama: [[name:Yohanis Lay]]\nNIK: [[nik:{fw:5371041205890003}]]\nHP: [[phone:{fw:081339221457}]]\nIsi: KTP saya rusak dan mohon dicetak ulang.
Saya [[name:Ester Manafe]], no hp [[phone:0812{nbsp}3391{nbsp}4420]], mau lapor air PDAM di [[address:RT{nbsp}05/RW{nbsp}02]] Kel. Oebufu tidak mengalir.
NIK saya [[nik:537102{zwsp}5508910021]] tetapi di sistem tertulis NIK orang lain. Mohon diperbaiki. [[name:Lusi Benu]]
KOTKUPANG SAYA [[name:DANI TEFA]] HP [[phone:{fw:0852}-{fw:3917}-{fw:0045}]] JALAN RUSAK DI KEL. SIKUMANA
Pelapor:{nbsp}[[name:Agus{nbsp}Ratu]]\nKontak:{nbsp}[[phone:+62{nbsp}813{nbsp}5344{nbsp}9012]]\nIsi: Sampah menumpuk di TPS Jl. Nangka.
Nomor KK [[kk:5371{zwsp}0412{zwsp}0318{zwsp}0027]] milik keluarga kami tidak terbaca di sistem PPDB. Saya [[name:Rita Ndun]]
Email saya [[email:ratu.yanti@gmail.com]]{zwsp} (mohon balas ke sini), nomor WA [[phone:0821{zwsp}4419{zwsp}3302]]. Saya [[name:Yanti Ratu]]
“Lapor pak, saya [[name:Melkior Benu]] dari [[address:Jl.{nbsp}Kenari No.{nbsp}9]] Naikolan, lampu jalan mati” — dikirim via aplikasi
Tagihan ＰＤＡＭ bulan ini Rp {fw:1.450.000}, padahal biasanya Rp 95.000. No sambungan {fw:01-04-002231}.
BPJS saya [[bpjs:{fw:0001234509871}]] nonaktif. Saya [[name:Sari Tanone]], HP [[phone:{fw:0813}{nbsp}{fw:3800}{nbsp}{fw:7712}]]
Plat mobil yang menabrak: [[plate:DH{nbsp}1543{nbsp}KM]]. Pelapor [[name:Hendra Pah]], hp [[phone:0822 {zwsp}3771 4409]]
Rapat warga hari Sabtu, 21/09/2024 pukul{nbsp}16.00 di Aula Kel. Oebobo. Iuran Rp{nbsp}25.000 per KK.
Nama : [[name:ＭＡＲＩＡ ＴＥＦＡ]]\nNIK : [[nik:{nik}]]\nIsi : Kartu KIS belum dibagikan.
Kontak keluarga: Ibu{nbsp}[[name:Yohana{nbsp}Pah]] ([[phone:0853{nbsp}3822{nbsp}0194]]). Ayah saya dirawat di RSUD S.K. Lerik tanpa kejelasan biaya.
Kode bayar VA {fw:8808}{nbsp}{fw:0012}{nbsp}{fw:3456}{nbsp}{fw:7890} tidak bisa dipakai di ATM, padahal tagihan Rp{nbsp}350.000 harus lunas hari ini.
Saya [[name:Lina]]{zwsp} dari [[address:Gg.{nbsp}Mawar No.{nbsp}3 RT{nbsp}04/RW{nbsp}02]], sampah tidak diangkut. NIK [[nik:{fw:5371}{nbsp}{fw:0251}{nbsp}{fw:0792}{nbsp}{fw:0011}]]
@sms_caps
KOTKUPANG TAGIHAN PDAM SAYA BULAN AGUSTUS RP 1.875.000, BULAN JULI CUMA RP 112.500. MOHON DICEK METERANNYA
KOTKUPANG SUDAH BAYAR PBB LEWAT KODE BILLING 537120240004517 TGL 15/08/2024 TAPI MASIH MUNCUL TUNGGAKAN
KOTKUPANG NO TIKET 2409-0081-337 SUDAH 20 HARI BELUM ADA TANGGAPAN DARI DINAS PUPR
KOTKUPANG KAMI MINTA JADWAL PEMADAMAN LISTRIK DIUMUMKAN. HARI INI MATI DARI JAM 08.00 SAMPAI 17.30
KOTKUPANG HOTLINE PDAM 0380-833 029 TIDAK PERNAH DIANGKAT. BAGAIMANA KAMI LAPOR KEBOCORAN?
KOTKUPANG LAMPU JALAN DI JL. PIET A. TALLO DEPAN HOTEL SASANDO MATI SEMUA
KOTKUPANG TOKEN LISTRIK YG SAYA BELI 1234 5678 9012 3456 7890 TIDAK BISA DIMASUKKAN KE METERAN
KOTKUPANG RS BHAYANGKARA DRS. TITUS ULY MENOLAK PASIEN KECELAKAAN DENGAN ALASAN PENUH, PADAHAL DARURAT
KOTKUPANG PEMBAGIAN SEMBAKO DI KANTOR CAMAT ALAK TGL 30 SEPTEMBER KACAU, WARGA BERDESAKAN
KOTKUPANG HARGA MINYAK TANAH DI PANGKALAN OEBUFU RP 8.000 PER LITER, HET RP 4.500
KOTKUPANG NOMOR VA BRIVA 12345 081234567890 UNTUK BAYAR RETRIBUSI TIDAK DIKENALI SISTEM
KOTKUPANG JALAN DI DEPAN RSUD PROF. DR. W. Z. JOHANNES BERLUBANG, AMBULANS HARUS MELAMBAT
KOTKUPANG APA BETUL PENDAFTARAN CPNS 2024 DITUTUP 6 SEPTEMBER? DI WEBSITE TERTULIS 10 SEPTEMBER
KOTKUPANG SAYA SUDAH BAYAR DENDA TILANG RP 250.000 KODE PEMBAYARAN 0312024091712345 TAPI SIM BELUM DIKEMBALIKAN
KOTKUPANG PENGUMUMAN PPDB SMA NEGERI 1 KUPANG DITUNDA TANPA ALASAN. ORTU BINGUNG
KOTKUPANG CALL CENTER 112 PEMKOT KUPANG SIBUK TERUS SAAT KEBAKARAN DI KEL. OEBA TADI MALAM
KOTKUPANG ADA TIANG TELKOM ROBOH DI JL. JEND. SUDIRMAN KUANINO SEJAK KEMARIN
KOTKUPANG BIAYA SERAGAM SD NEGERI RP 650.000 TERLALU MAHAL UNTUK WARGA MISKIN
KOTKUPANG STOK VAKSIN RABIES DI PUSKESMAS OEPOI KOSONG SEJAK 2 MINGGU, PADAHAL KASUS GIGITAN ANJING NAIK
KOTKUPANG TERIMA KASIH ATAS PERBAIKAN JALAN DI KEL. TDM. SANGAT MEMBANTU WARGA
KOTKUPANG TARIF PARKIR DI BANDARA EL TARI NAIK JADI RP 15.000 TANPA PENGUMUMAN
KOTKUPANG DANA BOS SMP NEGERI 8 DIDUGA DISALAHGUNAKAN. MOHON AUDIT TAHUN ANGGARAN 2023
@whatsapp
Info resmi dari Dinas Kesehatan: pengaduan layanan puskesmas bisa melalui WA center 0811-3811-5050 (hanya chat). Mohon diteruskan
[Diteruskan] PENGUMUMAN: Pembayaran PBB-P2 tahun 2024 paling lambat 30 September. Bayar lewat kode billing di SPPT, jangan titip ke orang lain.
Pak, kapan jadwal pengangkatan sampah di Kel. Kelapa Lima? Truk terakhir lewat Senin 9 September.
Forwarded: jalan Jl. El Tari arah Bundaran Tirosa ditutup Sabtu 5 Oktober jam 06.00–10.00 untuk lomba lari. Harap cari jalur lain
Selamat pagi, nomor laporan saya #2409-0712-554 sudah selesai, terima kasih untuk petugas yang cepat
Min, kalau mau lapor kebocoran pipa PDAM nomor hotlinenya yang mana? Di stiker tertulis (0380) 821 130 tapi di web beda
Diteruskan dari grup guru: tunjangan sertifikasi triwulan III cair tanggal 25 September sebesar Rp 4.250.000 dipotong pajak
Pak, saya mau tanya apakah ada syarat baru untuk KIA? Di kelurahan bilang harus ada surat dari RT, di dukcapil bilang tidak perlu
Halo, tolong sampaikan ke Dinas Perhubungan bahwa lampu lalu lintas di perempatan Bundaran PU berkedip kuning sejak pagi
Pembayaran retribusi sampah lewat VA Bank NTT 9881 5371 2024 0918 gagal terus, ada error "tagihan tidak ditemukan"
Diteruskan: Nomor pengaduan resmi Samsat Kota Kupang (0380) 832 222, WhatsApp 0812-3700-0456 khusus informasi pajak kendaraan
Selamat sore, apakah pelayanan Dukcapil buka hari Sabtu? Saya kerja Senin–Jumat 08.00–17.00
Mohon info, Posyandu Indah Lestari di Kel. Fatululi pindah ke mana? Gedung lama dibongkar
Nomor transaksi 2024091700451236 muncul tapi uang tidak masuk ke tagihan air. Sudah 3 hari
Pak, apakah benar puskesmas Kupang Kota tutup tanggal 17-18 Oktober untuk akreditasi?
[Diteruskan] Semua warga Kel. Oebobo diundang ke ibadah syukur HUT kelurahan, Minggu 13 Oktober 2024, pukul 16.00 WITA
Halo admin, jembatan gantung di Kel. Fatukoa bergoyang keras kalau dilewati lebih dari 5 orang, mohon diperiksa sebelum ada korban
Pak, bunga pinjaman koperasi kelurahan 5% per bulan, apakah itu wajar? Katanya koperasi binaan pemkot
Sudah saya bayar Rp 185.000 lewat Indomaret, kode pembayaran 8941 2024 0917 0034. Statusnya masih menunggu
Tolong info ke Dishub: rambu dilarang parkir di depan SD Inpres Kuanino 3 sudah roboh
Mohon maaf min, link formulir pengaduan di website pemkot error 404 sejak kemarin
Ini nomor kantor kelurahan Oesapa 0380-881 234 kan? Tidak pernah diangkat
Info: Pelayanan SIM keliling ada di depan Ramayana Kupang tiap Selasa dan Kamis 09.00–13.00
Diteruskan: harga tiket kapal Kupang–Rote naik jadi Rp 245.000 mulai 1 Oktober. Betul kah?
@web_form
Kategori: Infrastruktur\nLokasi: Jl. W.J. Lalamentik, depan Kantor Gubernur NTT\nIsi: Trotoar ambles sepanjang 10 meter, sangat berbahaya bagi pejalan kaki pada malam hari.
Kategori: Kesehatan\nLokasi: RSUD Prof. Dr. W. Z. Johannes\nIsi: Lift gedung rawat inap rusak sejak 2 minggu, pasien diangkat lewat tangga.
Nama: (tidak diisi)\nKategori: Pendidikan\nIsi: Pembagian laptop bantuan di SMP Negeri 5 Kupang tidak transparan.
Judul: Pungutan biaya legalisir\nIsi: Legalisir ijazah di sekolah dikenakan Rp 10.000 per lembar. Mohon kejelasan dasar hukumnya.
Kategori: Lingkungan\nLokasi: Pantai Lasiana\nIsi: Banyak sampah plastik setelah acara festival, belum dibersihkan sampai hari ini.
Judul: Lampu PJU mati\nLokasi: Jl. Frans Seda (depan Hotel Aston)\nWaktu: sejak 1 September 2024\nIsi: 12 titik lampu padam.
Kategori: Administrasi Kependudukan\nIsi: Mesin cetak KTP-el di Dukcapil rusak, warga diminta kembali bulan depan. Mohon solusi.
Kategori: Perhubungan\nIsi: Bus Trans Kupang koridor 2 tidak beroperasi sejak 1 Oktober tanpa pengumuman.
Judul: Saluran tersumbat\nLokasi: Jl. Moh. Hatta, Kel. Oetete\nIsi: Saluran drainase penuh sedimen, setiap hujan jalan tergenang setinggi 30 cm.
Kategori: Pelayanan Publik\nNomor referensi: LAPOR-5371-2024-00918\nIsi: Permohonan informasi anggaran tidak dijawab dalam 10 hari kerja.
Isi laporan: Tarif retribusi pasar naik dari Rp 2.000 menjadi Rp 5.000 per hari sejak 1 Juli 2024 tanpa sosialisasi.
Kategori: Sosial\nIsi: Panti asuhan di Kel. Naimata belum menerima bantuan makanan tahap II tahun 2024.
Kategori: Pajak\nIsi: Kode billing pajak restoran 820240915000762 kedaluwarsa sebelum batas waktu pembayaran.
Lokasi kejadian: RS Siloam Kupang\nIsi: Antrean farmasi pasien BPJS dipisah dan jauh lebih lama dari pasien umum.
Judul: Jalan berlubang\nLokasi: Jl. Adisucipto depan Bandara El Tari\nIsi: Lubang sedalam 20 cm di lajur kiri, sudah ada 3 kecelakaan.
Kategori: Ketenagakerjaan\nIsi: Perusahaan bongkar muat di Pelabuhan Tenau membayar upah di bawah UMK Rp 2.186.826.
Isi: Nomor registrasi izin usaha 912024091800127 tidak bisa dicek di OSS. Mohon bantuan dinas terkait.
Kategori: Kebencanaan\nIsi: Tanggul di Kali Dendeng retak sepanjang 15 meter, mohon diperbaiki sebelum musim hujan November.
Lokasi: Puskesmas Pasir Panjang\nIsi: Ruang tunggu tidak ada kursi cukup, lansia berdiri lebih dari satu jam.
Judul: Air keruh\nIsi: Air PDAM di Kel. Kuanino keruh kecoklatan sejak Senin 16 September 2024. Apakah aman?
Kategori: Pendidikan\nIsi: Siswa SD Inpres Oebufu 3 belajar di lantai karena meja dan kursi rusak.
Isi: ID pelanggan PLN 531200987654 saya terblokir setelah pembelian token gagal. Uang Rp 100.000 sudah terpotong.
Kategori: Perizinan\nNomor permohonan: 503/PBG/2024/00312\nIsi: Status permohonan tidak berubah selama 45 hari.
Lokasi: Jl. Sam Ratulangi\nIsi: Kabel fiber optik menjuntai rendah melintang jalan, truk bisa tersangkut.
@kupang_malay
Lampu jalan di Kel. Oebufu su mati lai. Su lapor dua kali ma sonde ada yang datang. Katong pung anak pulang les malam takut
Bosong kasi tau kapan air datang ko. Katong su tunggu dari pagi sampe sore, ember kosong sa
Jalan ke pantai Lasiana tu su lubang-lubang, turis ju mengeluh. Kasian kota katong pung nama jelek
Dong bilang KTP-el su jadi, ma pas katong pi ambil, dong bilang blanko habis. Kermana ni
Tarif bemo naik sampe 7 ribu, katong anak sekolah sonde mampu. Tolong dinas atur ko
Sampah di Kel. Bakunase su tiga minggu sonde angkat. Bau sampe masuk rumah
Harga air tangki su naik jadi 200 ribu satu tangki. Katong orang kecil mau bilang apa lai
Puskesmas Oesapa tu obat habis tarus, dong suru beli di apotek sa. Doi dari mana
Pak, sekolah minta doi 500 ribu ko perpisahan. Itu wajib ko sonde?
Beta cuma mau bilang terima kasih banyak ko petugas damkar. Dong datang cepat, api sonde sampe ke rumah sebelah
Jalan di Kel. Fatukoa tu kalo hujan jadi kali. Oto sonde bisa lewat, katong jalan kaki 3 kilo
Katong di Kel. Alak su minta air bersih dari tahun 2019. Sampe sakarang masih beli
Dokter gigi di puskesmas cuma ada hari Kamis sa. Orang sakit gigi tunggu satu minggu ko
Kapan pasar Oebobo mau diperbaiki? Atap su bocor, kalo hujan katong pung jualan basah
Sonde ada lampu di jembatan Liliba, malam gelap sekali. Su ada kecelakaan dua kali bulan ini
@officials
Kepala Dinas PUPR menyatakan di media bahwa perbaikan Jl. Timor Raya selesai Oktober, namun hingga kini belum dimulai.
Petugas kelurahan meminta warga melengkapi berkas dengan materai Rp 10.000 untuk surat yang menurut aturan gratis.
Lurah dan Camat sudah meninjau lokasi banjir pada 4 Februari 2024, tetapi belum ada tindak lanjut anggaran.
Dinas Kesehatan mengumumkan vaksinasi gratis, namun puskesmas meminta biaya administrasi Rp 15.000.
Pejabat kelurahan yang bertugas di loket pelayanan sering meninggalkan meja pada jam 10.00–12.00.
Kepala sekolah tidak menanggapi surat komite tanggal 12 Agustus 2024 tentang penggunaan dana BOS.
Walikota melalui Perwali Nomor 25 Tahun 2024 menetapkan jam layanan, tetapi kantor kelurahan tidak mematuhinya.
Petugas Dishub di Terminal Oebobo memungut Rp 2.000 per penumpang tanpa karcis resmi.
Inspektorat sudah menerima laporan ini pada 20 Mei 2024 dengan nomor surat 700/412/INSP/2024, tetapi hasil audit belum diumumkan.
Sekretaris Dinas Pendidikan menjanjikan rehabilitasi 12 ruang kelas tahun ini, realisasinya baru 3.
@letter
Kepada Yth. Kepala Dinas PUPR Kota Kupang\nDengan hormat, kami menyampaikan bahwa jembatan di Jl. Soeharto mengalami retak pada bagian sambungan. Kami mohon pemeriksaan teknis segera.\nHormat kami,\nForum RT/RW Kel. Naikoten I
Yth. Kepala BPJS Kesehatan Cabang Kupang,\nkami menerima banyak keluhan peserta PBI yang kartunya dinonaktifkan sepihak pada September 2024.\nHormat kami,\nLembaga Pemerhati Layanan Publik
Yth. Direktur RSUD S.K. Lerik,\nkami menyampaikan apresiasi atas pelayanan ruang anak. Kami berharap fasilitas ruang tunggu keluarga ditambah.\nSalam hormat,\nKomunitas Ibu Peduli Anak
Dengan hormat,\nbersama surat ini kami melaporkan bahwa halte Trans Kupang di depan Universitas Nusa Cendana rusak dan tidak beratap.\nTerima kasih.\nBadan Eksekutif Mahasiswa
Perihal: Tagihan ganda\nTagihan air bulan Juli dan Agustus muncul dua kali dengan jumlah Rp 245.000 dan Rp 245.000. Nomor tagihan 2024-07-00981 dan 2024-08-00981.\nMohon pembatalan salah satunya.
Kepada Yth. Kepala Dinas Perhubungan\nKami pengemudi bemo jurusan 5 dan 10 keberatan dengan pemindahan titik tunggu ke Terminal Kupang tanpa sosialisasi.\nHormat kami, Paguyuban Sopir Bemo
Yth. Dinas Lingkungan Hidup\nSungai di Kel. Oebobo tercemar limbah cucian mobil. Warna air berubah keruh setiap sore.\nWarga peduli lingkungan
Yth. Kepala Dinas Pendidikan,\nsurat kami nomor 05/KOM/IX/2024 tertanggal 3 September 2024 belum mendapat balasan.\nHormat kami, Komite SMP Negeri 2 Kupang
@social
@LAPOR1708 lampu jalan di Jl. Amabi mati sejak 20 Agustus, tolong diperbaiki #Kupang
Tweet: Sinar matahari Kupang memang panas, tapi kenapa taman kota tidak ada pohon peneduh lagi? @pemkotkupang
FB: Kupang Kota Kasih tapi sampah di mana-mana. Mohon pemkot serius soal TPS liar
Tweet: antrean SPBU di Jl. Jend. Sudirman sampai 500 meter. Solar langka lagi #NTT
IG: Taman Nostalgia kotor sekali Minggu pagi ini. Tempat sampah penuh semua
Komentar: saya juga korban tagihan PDAM naik. Bulan lalu Rp 97.000 sekarang Rp 1.020.000
Tweet: pelayanan di MPP Kota Kupang hari ini cepat sekali, 20 menit selesai urus izin. Mantap 👍
FB: Jalan Damai di Kel. Oesapa sudah diaspal, terima kasih pemkot. Tinggal lampu jalan saja
Tweet: Kenapa retribusi sampah Rp 20.000 per bulan kalau truk cuma lewat seminggu sekali? @LAPOR1708
IG: Semoga perbaikan jembatan Liliba selesai sebelum Natal. Doa kami untuk Kupang yang damai dan indah
Komentar: Info call center PLN 123 atau WA 0811-1507-123, jangan percaya nomor lain
Tweet: bunga deposito Bank NTT naik, tapi kenapa bunga KUR untuk UMKM tetap 6%? #tanya
Tweet: Air di Kel. Oepura bersih dan murni kata petugas, tapi kenapa anak-anak diare? @dinkeskupang
IG: Lampu hias di Jl. El Tari sudah dipasang untuk HUT Kota ke-28, tapi lampu jalan biasa malah mati
FB: Tahun lalu janji drainase Rp 3,2 miliar untuk Kel. Oetete. Mana hasilnya?
@unicode
Tagihan bulan ini Rp{nbsp}1.250.000 (sebelumnya Rp{nbsp}85.000). No. tiket {fw:2409-5531-002}.
Rapat RT diundur ke Kamis{nbsp}26/09 pukul{nbsp}19.00{zwsp} di rumah ketua. Bawa iuran Rp 10.000.
@sms_caps
KOTKUPANG NIK SAYA [[nik:53710412058900O3]] SALAH DI DATA BPJS. [[name:YOHANES BENU]]
KOTKUPANG KTP [[nik:537l054507850012]] ATAS NAMA [[name:SELINA NDUN]] BELUM TERDAFTAR DI DTKS
KOTKUPANG NIK [[nik:537103150380001]] (MAAF KURANG 1 ANGKA, KTP HILANG) MOHON BANTU CEK DATA SAYA. [[name:ROBY LAY]] [[phone:082236617094]]
KOTKUPANG NIK SY [[nik:53710262119700021]] NAMA [[name:LENA TEFA]], BANTUAN SEMBAKO LANSIA TIDAK SAMPAI
KOTKUPANG HUB CALL CENTER DUKCAPIL 0380-8438 899 TIDAK DIANGKAT. SAYA [[name:JOSEF RIWU]] HP [[phone:62 813 3710 4456]]
KOTKUPANG TELP RUMAH SAYA [[phone:0380 821447]], HP MATI. SAYA [[name:NELCI PAH]] MOHON PETUGAS TELPON KE RUMAH SOAL SURVEI BEDAH RUMAH
@whatsapp
Saya sudah coba telpon hotline Dinsos (0380) 826 130 tapi tidak aktif. Tolong hubungi saya langsung di [[phone:0812-3819-0046]], [[name:Yeni Fanggidae]]
Pak, nomor KK kami [[kk:{kk}]], NIK saya [[nik:{nik_f}]], NIK suami [[nik:{nik_m}]]. Bantuan BPNT tidak masuk 2 periode. [[name:Lidia Benu]]
NPWP saya sekarang pakai NIK: [[npwp:{nik_m}]]. Tapi di sistem pajak daerah masih minta NPWP lama [[npwp:{npwp}]]. Mohon penjelasan. [[name:Andreas Lay]]
Ini nomor rekening BRI saya [[bank_account:4412-01-000231-50-6]] dan nomor VA pembayaran 88810 2024 0918 771. Uang sudah keluar dari rekening tapi VA belum lunas. [[name:Emi Tanone]]
Kode billing 820240917004411 sudah saya bayar Rp 475.000, bukti transfer dari rekening BCA [[bank_account:0231884571]] a.n. [[name:Ruth Amalo]]
Tolong pak, motor saya [[plate:DH 2217 KD]] ditahan di Polsek. Saya [[name:yakobus therik]], wa [[phone:+6285237190241]]
Nomor pelanggan PDAM 02-05-001127 atas nama [[name:Yosep Tefa]], alamat [[address:Jl. Kancil No. 14 RT 07/RW 03]] Oebobo. Air mati 9 hari.
saya [[name:ningsi lobo]] mau lapor jln depan rumah [[address:gg. kenari 3 no. 5]] oebufu rusak. ini no saya [[phone:0853 3911 2085]]
@web_form
Nama: [[name:Febriana Ratu]]\nNIK: [[nik:{nik_f}]]\nNo. Tiket Sebelumnya: 2408-3104-226\nTagihan: Rp 1.200.000\nIsi: Saya diminta membayar ulang biaya yang sudah saya bayar dengan kode billing 820240808000173.
Nama: [[name:Christian Benu]]\nNIK: [[nik:{nik_m}]]\nNPWP: [[npwp:{npwp16}]]\nHP: [[phone:{hp}]]\nTelp. Kantor: (0380) 833 101 (Bagian Umum)\nIsi: Pembayaran pajak usaha saya tercatat ganda.
Nama: [[name:Jefri Mooy]]\nBPJS Kesehatan: [[bpjs:{bpjs}]]\nBPJS Ketenagakerjaan: 24041587123 (tidak aktif)\nIsi: Iuran BPJS Kesehatan dipotong perusahaan tetapi tidak disetor.
Nama: [[name:Naomi Manafe]]\nAlamat: [[address:Jl. Nusa Lontar No. 22, RT 013/RW 005]], Kel. Pasir Panjang\nLokasi masalah: Jl. Pariwisata (bukan rumah saya)\nIsi: Lampu jalan di sepanjang pantai padam.
Nama: [[name:Yusuf Riwu Kaho]]\nNo. HP: [[phone:{hp}]]\nPlat kendaraan: [[plate:EB 3312 AK]]\nIsi: Kendaraan saya dari Flores ditilang karena plat luar daerah, padahal pajak sudah lunas.
Nama: [[name:Hilda Pah]]\nNo. KK: [[kk:{kk}]]\nNo. Rek. Bank NTT: [[bank_account:00302012345678]]\nIsi: Dana bantuan korban bencana belum masuk.
@kupang_malay
Beta pung KTP nomor [[nik:5371 0345 1191 0008]] tapi di kartu BPJS tulis lain. Beta [[name:Ona]], kalo mau telpon [[phone:0813 3820 7710]] ma jang telpon kantor beta
Beta pung om [[name:Yakob Bessie]] tinggal di [[address:RT 04 RW 02]] Kel. Naioni, dia pung rumah rubuh. Dia sonde punya hp, telpon beta sa di [[phone:{hp}]]
Sonde usah telpon nomor kelurahan 0380-831 556, sonde pernah angkat. Telpon langsung Pak RT [[name:Benyamin Tefa]] di [[phone:{hp}]]
@officials
Lurah Oebobo Pak [[name:Frans]] menyuruh warga menghubungi kantor lurah di (0380) 832 447, bukan nomor pribadinya.
Kepala Puskesmas, dr. [[name:Yulia Nenobais]], meminta pasien menyampaikan keluhan lewat kotak saran atau WA puskesmas 0812-3600-1200.
Ketua RT 05 RW 02, Bapak [[name:Adrianus Ratu]], tidak mau menerima laporan kami karena katanya urusan kelurahan.
@letter
Yth. Kepala Dukcapil,\nMohon koreksi data kartu keluarga nomor [[kk:{kk}]]: nama istri saya tertulis [[name:Maria Benu]] padahal seharusnya [[name:Marianne Benu]].\nHormat saya,\n[[name:Stefanus Benu]]\n[[address:Jl. Perkutut No. 2, RT 06/RW 03]], Kel. Kayu Putih
Salam hormat,\nsaya [[name:Indah Lay]] (ya, nama saya memang [[name:Indah]]) ingin melaporkan taman yang tidak indah lagi di depan kantor kelurahan.\nTerima kasih
Kupang, 3 Oktober 2024\nPerihal: Permohonan keringanan retribusi\nNama: [[name:Kasih Tanone]]\nUsaha: warung makan "Murni Jaya"\nKami mohon keringanan karena omzet turun sejak pasar direnovasi.
@social
Komentar: namanya [[name:Damai Ndun]], tetangga saya, rumahnya kebanjiran tapi dia tidak dapat bantuan. Padahal pemkot bilang kota ini damai dan peduli
Tweet: @LAPOR1708 saya [[name:Bunga Tefa]], sudah 3 bulan menunggu akta kelahiran anak saya. Nomor registrasi 5371-LU-15072024-0033
@web_form
Nama: [[name:Yoel Tanone]]\nNPWP: [[npwp:{npwp}]]\nNo. Rek. BNI: [[bank_account:0298841173]]\nIsi: Pengembalian kelebihan bayar pajak hotel belum ditransfer sejak Juni.
Nama Usaha: Toko Sinar Abadi (bukan nama orang)\nPemilik: [[name:Hengki Bessie]]\nNPWP pribadi: [[npwp:{npwp}]]\nIsi: Permohonan izin reklame ditolak tanpa penjelasan.
Pelapor: [[name:Marlina Riwu]]\nNo. Kartu JKN-KIS: [[bpjs:{bpjs}]]\nNIK: [[nik:{nik_f}]]\nIsi: Faskes tingkat pertama saya dipindah ke puskesmas yang jauh tanpa persetujuan saya.
Nama: [[name:Ishak Lobo]]\nEmail: [[email:ishak.lobo@ymail.com]]\nNo. Rekening Bank NTT: [[bank_account:002.02.01.007731-2]]\nIsi: Insentif RT/RW triwulan II belum masuk.
@whatsapp
Pak, ini data untuk pengembalian dana: rek Mandiri [[bank_account:1500012348876]] atas nama [[name:Rosina Lay]]. Jumlah Rp 1.150.000, nomor kuitansi 004/KWT/IX/2024
Saya [[name:Boy Manafe]], no BPJS [[bpjs:{bpjs}]], mau tanya kenapa status saya "PBI dinonaktifkan" padahal masih miskin
Kak, NPWP bapak saya [[npwp:{npwp}]] a.n. [[name:Lukas Pah]]. Dipakai orang untuk daftar pinjol. Mohon dibantu blokir
Bisa kirim balasan ke email anak saya [[email:cindy.tefa02@gmail.com]]? Saya tidak pakai email. Mama [[name:Nela]]
Pak, saya sudah isi KK nomor [[kk:{kk}]] di aplikasi tapi muncul "data tidak ditemukan". Nomor tiket aplikasi 00451-0924
@sms_caps
KOTKUPANG REK BRI SAYA [[bank_account:0427-01-015522-50-1]] TIDAK TERIMA GAJI P3K BULAN INI. [[name:AMOS RATU]]
KOTKUPANG NO KARTU BPJS [[bpjs:{bpjs}]] DAN NO KK [[kk:{kk}]]. ANAK BARU LAHIR BELUM BISA DIDAFTARKAN. [[name:FEBY LAY]]
KOTKUPANG NPWP [[npwp:{npwp16}]] SAYA DIBLOKIR KARENA DATA GANDA. HP [[phone:{hp}]]
@letter
Yth. Bapenda Kota Kupang,\nsaya [[name:Herman Fanggidae]] (NPWP [[npwp:{npwp}]]) memohon penghapusan sanksi administrasi PBB tahun 2022.\nHormat saya,\n[[name:Herman Fanggidae]]
Kepada Yth. BPJS Kesehatan,\nibu saya [[name:Maria Ndun]] dengan nomor kartu [[bpjs:{bpjs}]] dan NIK [[nik:{nik_f}]] tidak bisa berobat karena data ganda.\nSalam, [[name:Frans Ndun]]
Yth. Dinas Sosial,\nmohon dana santunan kematian ditransfer ke rekening BRI [[bank_account:3401-01-021117-50-8]] a.n. [[name:Yuliana Mooy]] sesuai berita acara.\nKontak: [[email:yuli.mooy@gmail.com]]
@kupang_malay
Beta pung no BPJS [[bpjs:{bpjs}]], ma di puskesmas dong bilang sonde aktif. Beta [[name:Noni]] dari Kel. Oesapa
Pak, beta su kirim nomor rekening BNI [[bank_account:0387715520]] ko bantuan nelayan, sampe sakarang doi sonde masuk. Beta [[name:Yosep Ratu]]
@officials
Bendahara kelurahan, Ibu [[name:Yolanda Pah]], meminta honor kader dicairkan ke rekening pribadinya [[bank_account:0019183274]] (BNI) dan bukan ke rekening masing-masing kader.
Petugas pajak daerah [[name:Rudi]] menyebut NPWP saya [[npwp:{npwp}]] tidak terdaftar, padahal kartu fisiknya ada.
"""


if __name__ == "__main__":
    main()
