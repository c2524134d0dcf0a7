"""Write the development redaction corpus, ``redaction_dev.jsonl``, from inline-labelled templates.

The templates were written from ``docs/redaction-annotation-guide.md`` (never from the blind
corpus, which nobody reads): SMS in capitals, lower-case chat, WhatsApp forwards, web forms with
identity blocks, Kupang Malay, officials named with their role, signatures, and look-alikes
(amounts, dates, billing and VA codes, tickets, office phones, places named after people, words
that are also names). A label is written ``[[kind:value]]``; ``{name}``-style slots are filled
from small seeded pools, so the file is the same on every run. The detectors are tuned on this
corpus; the blind corpus in ``blind/`` measures them.

Run: ``python tests/data/make_redaction_dev.py``.
"""

# ruff: noqa: E501, T201

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "redaction_dev.jsonl"
MARK = re.compile(r"\[\[([a-z_]+):(.*?)\]\]")

GIVEN = [
    "Yohanes",
    "Maria",
    "Agustina",
    "Yakob",
    "Selfi",
    "Dominggus",
    "Yanti",
    "Petrus",
    "Rosalina",
    "Markus",
    "Fransiska",
    "Herman",
    "Vivi",
    "Gracia",
    "Sofia",
    "Welem",
    "Orpa",
]
FAMILY = [
    "Ndun",
    "Manafe",
    "Tefa",
    "Benu",
    "Lay",
    "Bessie",
    "Therik",
    "Pah",
    "Nenobais",
    "Tanone",
    "Amalo",
    "Fanggidae",
    "Mooy",
    "Lobo",
    "Riwu Kaho",
    "Ratu",
    "Nope",
    "Seran",
]
KIN = ["Bapak", "Ibu", "Pak", "Bu", "Mama", "Om", "Tanta", "Kak", "Bapa", "Sdr."]
ROLE = ["bidan", "guru", "lurah", "perawat", "petugas", "satpam"]


def nik(rng: random.Random) -> str:
    day = rng.randint(1, 28) + rng.choice((0, 40))
    return f"5371{rng.randint(1, 6):02d}{day:02d}{rng.randint(1, 12):02d}{rng.randint(60, 99)}{rng.randint(1, 999):04d}"


def phone(rng: random.Random) -> str:
    digits = f"08{rng.choice((12, 13, 21, 22, 52, 53))}{rng.randint(10_000_000, 99_999_999)}"
    style = rng.randrange(4)
    if style == 0:
        return digits
    if style == 1:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    if style == 2:
        return f"+62 {digits[1:4]} {digits[4:8]} {digits[8:]}"
    return f"{digits[:4]} {digits[4:8]} {digits[8:]}"


def lettered(value: str, rng: random.Random) -> str:
    chars = list(value)
    for index, char in enumerate(chars):
        if char == "0" and rng.random() < 0.5:
            chars[index] = "O"
        elif char == "1" and rng.random() < 0.5:
            chars[index] = "l"
    return "".join(chars)


TEMPLATES: list[tuple[str, str]] = [
    (
        "sms_caps",
        "KOTKUPANG SAYA [[name:{GIVEN_UP}]] DARI OEBOBO, LAMPU JALAN MATI 2 MINGGU. HP [[phone:{PHONE}]]",
    ),
    (
        "sms_caps",
        "KOTKUPANG LAPOR BAPAK [[name:{FULL_UP}]] [[address:RT 09]] BUANG SAMPAH SEMBARANG",
    ),
    (
        "sms_caps",
        "KOTKUPANG NIK [[nik:{NIK}]] BELUM TERDAFTAR BPJS. TOLONG DIBANTU. [[name:{FULL_UP}]]",
    ),
    (
        "sms_caps",
        "KOTKUPANG AIR PDAM MATI 5 HARI DI KEL OESAPA. SUDAH TELP CALL CENTER 0380 833029 TDK ADA JAWABAN",
    ),
    ("sms_caps", "KOTKUPANG BIDAN [[name:{GIVEN_UP}]] DI PUSTU TIDAK MASUK KERJA"),
    (
        "sms_caps",
        "KOTKUPANG TERIMA KASIH ATAS PERBAIKAN JALAN DI JL. EL TARI, SANGAT INDAH SEKARANG",
    ),
    (
        "lower",
        "sy mau lapor soal {ROLE} [[name:{GIVEN_LOW}]] yg minta uang rp 50.000 utk surat pindah",
    ),
    ("lower", "tolong bapak [[name:{FULL_LOW}]] di [[address:rt 05]] pukul anjing tetangga"),
    ("lower", "jalan depan rumah rusak parah. salam\n- [[name:{FULL_LOW}]]"),
    ("lower", "saya [[name:{GIVEN_LOW}]], wa saya [[phone:{PHONE}]]. sudah 3x ke kantor camat"),
    ("lower", "nik sy [[nik:{NIK_LETTER}]] tapi di sistem tertulis lain"),
    (
        "whatsapp",
        "[09.12, 3/10/2024] [[name:{FULL}]]: Pak admin, anak saya [[name:{GIVEN}]] belum dapat KIS",
    ),
    (
        "whatsapp",
        "Diteruskan: mohon bantu Mama [[name:{GIVEN}]] di Sikumana, nomor dia [[phone:{PHONE}]]",
    ),
    (
        "whatsapp",
        "Sudah transfer Rp 150.000 ke VA 8808 0012 3456 7890 tapi status belum lunas, tiket 2409-1187-221",
    ),
    (
        "whatsapp",
        "Om [[name:{GIVEN}]] dan Tanta [[name:{GIVEN}]] su lapor ke kelurahan tapi sonde ada jawaban",
    ),
    (
        "web_form",
        "Nama: [[name:{FULL}]]\nNIK: [[nik:{NIK}]]\nNo. KK: [[kk:{NIK}]]\nHP: [[phone:{PHONE}]]\nIsi: jalan rusak",
    ),
    (
        "web_form",
        "Nama Pelapor : [[name:{FULL_UP}]]\nKTP : [[nik:{NIK15}]]\nTelp rumah : [[phone:0380 {LANDLINE}]]\nKeluhan: sampah",
    ),
    ("web_form", "Nama lengkap: [[name:{FULL}]]; No KK [[kk:{KK_LETTER}]]; mohon pembetulan data"),
    (
        "web_form",
        "Pelapor [[name:{FULL}]], NIK [[nik:{NIK17}]] (salah ketik 1 digit), minta KTP baru",
    ),
    (
        "kupang_malay",
        "Beta [[name:{GIVEN}]] mau lapor, lampu di gang su mati lama. Katong su kasi tau Pak RT",
    ),
    (
        "kupang_malay",
        "Bapa [[name:{FULL}]] pung anjing gigit beta pung anak, dong sonde mau tanggung jawab",
    ),
    (
        "kupang_malay",
        "Sengketa tanah antara keluarga [[name:{FAM}]] deng keluarga [[name:{FAM}]] belum selesai",
    ),
    ("kupang_malay", "Dong bilang telp hotline PDAM 0380-833 029 sa, tapi sonde angkat"),
    ("officials", "Lurah Oebobo Pak [[name:{GIVEN}]] tidak pernah ada di kantor saat jam kerja"),
    ("officials", "Kepala Dinas PUPR dan Pak Lurah belum tanggapi. Ketua RT 09 juga diam"),
    ("officials", "Petugas loket atas nama [[name:{FULL}]] minta uang pelicin"),
    ("officials", "dr. [[name:{FULL}]] di Puskesmas Sikumana sangat ramah, terima kasih"),
    (
        "officials",
        "Kantor lurah (0380) 832 447 tidak pernah diangkat, WA center 0811-3811-5050 juga",
    ),
    (
        "letter",
        "Dengan hormat,\nbersama ini saya melaporkan jalan rusak di Jl. Frans Seda.\nHormat saya,\n[[name:{FULL}]]",
    ),
    (
        "letter",
        "Yth. Bapak Wali Kota,\nmohon perhatian untuk RSUD Prof. Dr. W. Z. Johannes.\nSalam, [[name:{GIVEN}]]",
    ),
    ("letter", "Kupang, 12 Maret 2024\nttd\n[[name:{FULL}]]\nNIK [[nik:{NIK}]]"),
    ("social", "Parah @pemkotkupang, jalan di depan SD Inpres Oepura 2 berlubang! #kupang"),
    (
        "social",
        "Pasar Kasih Naikoten becek, Posyandu Bunga Bakung tutup, Toko Sinar Abadi buang sampah",
    ),
    ("social", "Kasih sayang pemerintah mana? air murni cuma janji, damai di hati sonde ada"),
    ("social", "nama saya memang [[name:Indah]], bukan pegawai, tolong jangan salah kirim"),
    ("social", "[[name:Kasih {FAM}]] dan [[name:{FULL}]] sudah antre sejak jam 06.00 di Dukcapil"),
    ("unicode", "NIK {WIDE_NIK_LABEL} tidak terbaca di sistem"),
    ("unicode", "HP saya [[phone:{PHONE_NBSP}]] tolong hubungi"),
    (
        "lookalike",
        "Kode billing 820240918000123, ID pelanggan PLN 531200457891, NOP 53.71.040.003.012-0045.0",
    ),
    ("lookalike", "Surat 700/412/INSP/2024 tgl 12/09/2024, nomor transaksi 2024091700451236"),
    ("lookalike", "Pengaduan LAPOR-5371-2024-00918 belum dijawab, call center 112 dan 123 sibuk"),
    ("lookalike", "Hotline Dinas Kesehatan 0812 3700 1122 hanya aktif jam kerja"),
    ("lookalike", "Bunga pinjaman koperasi 5% sebulan, sinar matahari panas, sungguh indah"),
]


def fill(template: str, rng: random.Random) -> str:
    given = rng.choice(GIVEN)
    family = rng.choice(FAMILY)
    full = f"{given} {family}"
    value_nik = nik(rng)
    wide_nik = "".join(chr(ord(c) + 0xFEE0) for c in value_nik)
    values = {
        "GIVEN": given,
        "GIVEN_UP": given.upper(),
        "GIVEN_LOW": given.lower(),
        "FULL": full,
        "FULL_UP": full.upper(),
        "FULL_LOW": full.lower(),
        "FAM": family,
        "ROLE": rng.choice(ROLE),
        "PHONE": phone(rng),
        "PHONE_NBSP": phone(rng).replace(" ", "\u00a0").replace("-", "\u00a0"),
        "LANDLINE": f"{rng.randint(800_000, 899_999)}",
        "NIK": value_nik,
        "NIK15": value_nik[:15],
        "NIK17": value_nik + str(rng.randint(0, 9)),
        "NIK_LETTER": lettered(value_nik, rng)
        if "0" in value_nik or "1" in value_nik
        else value_nik,
        "KK_LETTER": lettered(nik(rng), rng),
        "WIDE_NIK_LABEL": f"[[nik:{wide_nik}]]",
    }
    out = template
    # Each slot is drawn again where it appears twice (two different people).
    while (match := re.search(r"\{([A-Z0-9_]+)\}", out)) is not None:
        key = match.group(1)
        value = values[key]
        out = out[: match.start()] + value + out[match.end() :]
        if key in ("GIVEN", "FAM", "FULL"):
            values["GIVEN"] = rng.choice(GIVEN)
            values["FAM"] = rng.choice(FAMILY)
            values["FULL"] = f"{values['GIVEN']} {values['FAM']}"
    return out


def strip_marks(marked: str) -> tuple[str, list[dict[str, object]]]:
    text = ""
    spans: list[dict[str, object]] = []
    pos = 0
    for match in MARK.finditer(marked):
        text += marked[pos : match.start()]
        start = len(text)
        text += match.group(2)
        spans.append({"kind": match.group(1), "start": start, "end": len(text)})
        pos = match.end()
    text += marked[pos:]
    return text, spans


def main() -> None:
    rng = random.Random(20261204)
    lines = []
    for round_ in range(7):
        for number, (style, template) in enumerate(TEMPLATES):
            text, spans = strip_marks(fill(template, rng))
            record = {
                "id": f"dev-{round_}-{number:03d}",
                "text": text,
                "spans": spans,
                "style": style,
            }
            lines.append(json.dumps(record, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} texts to {OUT.name}")


if __name__ == "__main__":
    main()
