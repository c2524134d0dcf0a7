"""Write redaction_dev14.jsonl: e-mail addresses, phone numbers and NPWPs in Kupang complaints.

Hand-written templates with inline ``[[kind:value]]`` labels and ``{PLACEHOLDER}`` fills (see
README-redaction-dev14.md). Deterministic: ``python3 make_redaction_dev14.py``.
"""

from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

RNG = random.Random(20261210)
OUT = Path(__file__).parent / "redaction_dev14.jsonl"
KINDS = {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
FILLS = 3
TITLES = {
    "bapak", "ibu", "pak", "bu", "bpk.", "sdr.", "sdri.", "ny.", "bidan", "lurah", "guru", "dr.",
    "drs.", "pdt.", "om", "tanta", "mama", "bapa", "oma", "nona", "kak",
}  # fmt: skip


def words(text: str) -> list[str]:
    """The items of a list written as one string: comma-separated, else space-separated."""
    return text.split(",") if "," in text else text.split()


MEN = words(
    "Yohanes Melkianus Sefnat Ebenhaezer Habel Elkana Gidion Zadrak Jefta Marthen Yakob Frans "
    "Dominggus Viktor Paulus Agustinus Yosef Petrus Aleksander Obed Nikodemus Stefanus Roni "
    "Hendrik Yusuf Ridwan Slamet Hamzah Made Budi Teddy Arnoldus Kornelis Lukas Simson"
)
WOMEN = words(
    "Maria Agustina Yanti Dorkas Orpa Welmince Sarlota Lodia Bergita Erni Selfi Yuliana Novi "
    "Gracia Ani Dewi Rosalina Meri Sofia Debora Yohana Ester Siti Fransiska Margaretha Anace "
    "Vivi Florida Martha Imelda Kristina Yustina"
)
FAMILIES = words(
    "Ndun,Manafe,Tefa,Benu,Lay,Bessie,Riwu Kaho,Therik,Pah,Nenobais,Tanone,Amalo,Fanggidae,Mooy,"
    "Ratu,Lobo,Sabneno,Nubatonis,Neonufa,Messakh,Henuk,Saudale,Ga Lena,Dju Dara,Da Costa,Keraf,"
    "Kaborang,Lakapu,Mautuka,Tan,Liem,Alkatiri,Bahasuan,Wibowo,Mappa,Haba,Adoe,Selan,Kapitan,"
    "Uly,Foeh,Nalle,Lusi,Zacharias,Ludji,Tallo,Takaeb,Banunaek,Mbatu,Lapenangga"
)
KELS = words(
    "Oebobo,Oebufu,Fatululi,Kayu Putih,Liliba,Oesapa,Lasiana,Penfui,Maulafa,Sikumana,Naikolan,"
    "Kolhua,Bakunase,Kuanino,Nunleu,Fontein,Airnona,Namosain,Alak,Pasir Panjang,Oeba,Fatubesi"
)
KECS = ["Oebobo", "Kelapa Lima", "Maulafa", "Alak", "Kota Raja", "Kota Lama"]
PSTRS = [
    "Jl. El Tari", "Jl. Frans Seda", "Jl. Piet A. Tallo", "Jl. Soeharto", "Jl. Amabi",
    "Jl. Timor Raya", "Jl. W.J. Lalamentik", "Jl. Adisucipto", "Jl. Cak Doko", "Jl. Moh. Hatta",
    "Jl. Sam Ratulangi", "Jl. Kelinci", "Jl. Perintis Kemerdekaan",
]  # fmt: skip
PASARS = ["Oebobo", "Kasih Naikoten", "Inpres Naikoten", "Oeba", "Kuanino", "Penfui"]
PKMS = ["Oebobo", "Sikumana", "Oepoi", "Bakunase", "Kupang Kota", "Pasir Panjang", "Oesapa"]
DINAS = ["PUPR", "DLHK", "Dukcapil", "Dinsos", "Dishub", "Bapenda", "Dinkes", "Perkim"]
MOBILE = words(
    "0812 0813 0821 0822 0823 0852 0853 0811 0815 0816 0817 0818 0819 0857 0858 0877 0878 0881 "
    "0895 0896 0838"
)
FREE = ["gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.com", "icloud.com"]
OFFICE_HOSTS = ["kupangkota.go.id", "belajar.id", "undana.ac.id", "nttprov.go.id"]
PERSON_NPWP = ["07", "08", "09", "14", "15", "24", "25", "44", "45", "49", "55", "58", "69", "79"]
BODY_NPWP = ["01", "02", "03", "31", "66", "70", "71", "74", "76", "80", "81", "82", "83", "84"]


def digits(n: int) -> str:
    return "".join(RNG.choice(string.digits) for _ in range(n))


def mobile_digits() -> str:
    return RNG.choice(MOBILE) + digits(RNG.choice((7, 8, 8)))


def phone(style: str = "any") -> str:
    d = mobile_digits()
    rest = d[1:]
    forms = {
        "block": d,
        "dash": f"{d[:4]}-{d[4:8]}-{d[8:]}",
        "space": f"{d[:4]} {d[4:8]} {d[8:]}",
        "dot": f"{d[:4]}.{d[4:8]}.{d[8:]}",
        "intl_dash": f"+62 {rest[:3]}-{rest[3:7]}-{rest[7:]}",
        "intl_block": f"+62{rest}",
        "sixtytwo": f"62{rest}",
        "sixtytwo_space": f"62 {rest[:3]} {rest[3:7]} {rest[7:]}",
    }
    if style == "any":
        return RNG.choice(list(forms.values()))
    if style == "intl":
        return RNG.choice([forms[k] for k in ("intl_dash", "intl_block", "sixtytwo_space")])
    return forms[style]


def ocr_phone() -> str:
    chars = list(mobile_digits())
    swap = {"0": "O", "1": "l", "5": "S", "8": "B"}
    places = [i for i, c in enumerate(chars) if c in swap and i > 0]
    for i in RNG.sample(places, min(3, len(places))):
        chars[i] = swap[chars[i]]
    return "".join(chars)


def split_phone() -> str:
    d = mobile_digits()
    return f"{d[:4]} {d[4:8]}\n{d[8:]}"


def landline() -> str:
    d = "8" + digits(5)
    return RNG.choice([f"0380 {d}", f"(0380) {d}", f"(0380) {d[:3]} {d[3:]}", f"0380-{d}"])


def office_line() -> str:
    d = RNG.choice("823") + digits(5)
    return RNG.choice([f"(0380) {d[:3]} {d[3:]}", f"0380-{d[:3]} {d[3:]}", f"0380 {d}"])


def nik_digits(woman: bool | None = None) -> str:
    region = RNG.choice(["5371" + RNG.choice(["01", "02", "03", "04", "05", "06"]), "530107"])
    day = RNG.randint(1, 28) + (40 if (RNG.random() < 0.5 if woman is None else woman) else 0)
    year = RNG.randint(60, 99) if RNG.random() < 0.7 else 5
    date = f"{day:02d}{RNG.randint(1, 12):02d}{year:02d}"
    return region + date + f"{RNG.randint(1, 40):04d}"


def old_npwp(prefixes: list[str]) -> str:
    return f"{RNG.choice(prefixes)}.{digits(3)}.{digits(3)}.{digits(1)}-920.000"


def typed_npwp() -> str:
    old = old_npwp(PERSON_NPWP)
    flat = re.sub(r"\D", "", old)
    n16 = nik_digits()
    return RNG.choice(
        [
            f"{flat[:2]} {flat[2:5]} {flat[5:8]} {flat[8]} {flat[9:12]} {flat[12:]}",
            old.replace("-", "."),
            flat,
            old.replace("-", " - "),
            old.replace(".", ". ", 1),
            f"{n16[:4]} {n16[4:8]} {n16[8:12]} {n16[12:]}",
            f"{n16[:2]}.{n16[2:4]}.{n16[4:6]}.{n16[6:12]}.{n16[12:]}",
        ]
    )


def ocr_npwp() -> str:
    old = old_npwp(PERSON_NPWP)
    return RNG.choice(
        [old.replace(".", ",", 1), old.replace("-", " -"), old[:-3] + "OOO", old.replace(".", " .")]
    )


def mailbox(given: str, family: str) -> str:
    g, f = given.lower(), family.lower().replace(" ", "")
    nn = str(RNG.randint(1, 99))
    return RNG.choice(
        [f"{g}.{f}{nn}", f"{g}_{f}", f"{f}.{g}{nn}", f"{g[0]}{f}", f"{g}-{f}", f"{g}{f}{nn}"]
    )


def dodge(local: str) -> str:
    host = RNG.choice(["gmail", "yahoo", "ymail"])
    forms = [
        f"{local} @ {host}.com",
        f"{local}@ {host} .com",
        f"{local}(at){host}.com",
        f"{local} [at] {host} [dot] com",
        f"{local} at {host} dot com",
        f"{local}(at){host}(titik)com",
        f"{local} (keong) {host} (titik) com",
        f"{local}(et){host}.com",
        f"{local}[@]{host}.com",
        f"{local} @{host}.com",
        f"{local}@{host} titik com",
    ]
    if "." in local:
        forms.append(local.replace(".", " [dot] ") + f" [at] {host} [dot] com")
    return RNG.choice(forms)


class Fill:
    """One fill of a template: each key one value, values of one sort different."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.given: list[str] = []
        self.clock = RNG.randint(7 * 60, 20 * 60)
        self.day = f"{RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/2026"

    def person(self) -> tuple[str, str]:
        given = self.given[0] if self.given else RNG.choice(MEN + WOMEN)
        family = self.values.get("FAM", RNG.choice(FAMILIES))
        return given, family

    def draw(self, sort: str) -> str:
        simple = {
            "M": lambda: RNG.choice(MEN),
            "F": lambda: RNG.choice(WOMEN),
            "G": lambda: RNG.choice(MEN + WOMEN),
            "FAM": lambda: RNG.choice(FAMILIES),
            "KEL": lambda: RNG.choice(KELS),
            "KEC": lambda: RNG.choice(KECS),
            "PSTR": lambda: RNG.choice(PSTRS),
            "PASAR": lambda: RNG.choice(PASARS),
            "PKM": lambda: RNG.choice(PKMS),
            "DINAS": lambda: RNG.choice(DINAS),
            "HP": phone,
            "HPB": lambda: phone("block"),
            "HPD": lambda: phone("dash"),
            "HPS": lambda: phone("space"),
            "HPI": lambda: phone("intl"),
            "HPOCR": ocr_phone,
            "HPNL": split_phone,
            "TEL": landline,
            "OFCTEL": office_line,
            "OFCHP": phone,
            "BIZHP": phone,
            "SCAMHP": phone,
            "NIK": nik_digits,
            "NPWP": lambda: old_npwp(PERSON_NPWP),
            "NPWPN": nik_digits,
            "NPWPS": typed_npwp,
            "NPWPOCR": ocr_npwp,
            "NPWPB": lambda: old_npwp(BODY_NPWP),
            "NPWPBN": lambda: "0" + re.sub(r"\D", "", old_npwp(BODY_NPWP)),
            "NOP": lambda: f"53.71.0{RNG.randint(1, 6)}0.0{digits(2)}.0{digits(2)}-0{digits(3)}.0",
            "FAKTUR": lambda: f"0{RNG.choice('14')}0.00{RNG.randint(1, 9)}-26.{digits(8)}",
            "LETTERNO": lambda: RNG.choice(
                [
                    f"970/{digits(3)}/BPPD/2026",
                    f"S-{digits(4)}/WPJ.14/KP.0403/2026",
                    f"800/{digits(3)}/DKP/XI/2026",
                    f"503/PBG/2026/00{digits(3)}",
                ]
            ),
            "TIX": lambda: RNG.choice(
                [
                    f"#LPR-2026-{digits(4)}-{digits(4)}",
                    f"LAPOR-5371-2026-{digits(5)}",
                    f"{digits(4)}-{digits(4)}-{digits(3)}",
                ]
            ),
            "VA": lambda: f"8808 {digits(4)} {digits(4)} {digits(4)}",
            "BILL": lambda: "8202612" + digits(8),
            "IDPEL": lambda: "5312" + digits(8),
            "TOKEN": lambda: " ".join(digits(4) for _ in range(5)),
            "TRX": lambda: f"2026{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}" + digits(8),
            "METER": lambda: f"{RNG.choice('ABKM')}{digits(8)}",
            "RP": lambda: f"{RNG.randint(1, 950)}.{RNG.choice(['000', '500'])}",
            "TGL": lambda: f"{RNG.randint(1, 28)}/{RNG.randint(1, 12)}/2026",
            "JAM": lambda: f"{RNG.randint(7, 15):02d}.{RNG.choice(['00', '15', '30', '45'])}",
            "N": lambda: str(RNG.randint(1, 14)),
            "DAYS": lambda: str(RNG.randint(2, 9)),
        }
        if sort in ("M", "F", "G"):
            value = simple[sort]()
            self.given.append(value)
            return value
        if sort == "MAIL":
            given, family = self.person()
            return f"{mailbox(given, family)}@{RNG.choice(FREE)}"
        if sort == "MAILD":
            return dodge(mailbox(*self.person()))
        if sort == "MAILOFF":
            given, family = self.person()
            local = RNG.choice(
                [f"{given}.{family}", f"{given[0]}.{family}", f"{given}{family}"]
            ).lower()
            return f"{local.replace(' ', '')}@{RNG.choice(OFFICE_HOSTS)}"
        return simple[sort]()

    def value(self, key: str, modifier: str) -> str:
        if key == "DT":
            self.clock += RNG.randint(1, 25)
            value = f"{self.day} {self.clock // 60:02d}.{self.clock % 60:02d}"
        else:
            if key not in self.values:
                sort = key.rstrip("0123456789")
                taken = {v for k, v in self.values.items() if k.rstrip("0123456789") == sort}
                value = self.draw(sort)
                while value in taken:
                    value = self.draw(sort)
                self.values[key] = value
            value = self.values[key]
        if modifier == "u":
            return value.upper()
        if modifier == "l":
            return value.lower()
        if modifier == "m":
            return value.lower().replace(" ", "")
        return value


PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9]*)(?:\|([ulm]))?\}")
MARKER = re.compile(r"\[\[(\w+):(.+?)\]\]", re.DOTALL)


def render(template: str) -> tuple[str, list[dict[str, object]]]:
    fill = Fill()
    filled = PLACEHOLDER.sub(lambda m: fill.value(m.group(1), m.group(2) or ""), template)
    text, spans, last = "", [], 0
    for match in MARKER.finditer(filled):
        text += filled[last : match.start()]
        kind, value = match.group(1), match.group(2)
        spans.append({"kind": kind, "start": len(text), "end": len(text) + len(value)})
        text += value
        last = match.end()
    text += filled[last:]
    return text, spans


def check(text: str, spans: list[dict[str, object]]) -> None:
    assert not re.search(r"\[\[|\]\]|\{[A-Z]", text), text
    end = 0
    for span in spans:
        start, stop, kind = span["start"], span["end"], span["kind"]
        assert isinstance(start, int), span
        assert isinstance(stop, int), span
        assert kind in KINDS, span
        value = text[start:stop]
        assert value, (text, span)
        assert start >= end, (text, span)
        assert value[0].isalnum() or (kind == "phone" and value[0] in "+("), (kind, value)
        assert value[-1].isalnum(), (kind, value)
        if kind == "name":
            assert value.split()[0].lower() not in TITLES, value
        end = stop


def templates() -> list[tuple[str, str, str]]:
    found = []
    theme = ""
    for block in TEMPLATES.strip().split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines()]
        if lines[0].startswith("= "):
            theme = lines.pop(0)[2:]
        style = lines[0][1:]
        body = " ".join(lines[1:]).replace("\\n", "\n")
        found.append((theme, style, re.sub(r" *\n *", "\n", body)))
    return found


def main() -> None:
    seen: set[str] = set()
    records = []
    for theme, style, template in templates():
        for _ in range(FILLS):
            for _attempt in range(50):
                text, spans = render(template)
                if text not in seen:
                    break
            else:
                raise AssertionError(template)
            check(text, spans)
            seen.add(text)
            records.append({"text": text, "spans": spans, "style": style, "theme": theme})
    with OUT.open("w", encoding="utf-8") as stream:
        for number, record in enumerate(records, start=1):
            line = {"id": f"d14-{number:04d}", **record}
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")


TEMPLATES = r"""
= emails
@web_form
Formulir Pengaduan Online\nNama: [[name:{F} {FAM}]]\nEmail: [[email:{MAIL}]]\nKelurahan: {KEL}\n
Isi: Lampu jalan di {PSTR} mati sejak {TGL}, tolong diperbaiki.

@letter
Demikian surat keberatan ini saya sampaikan. Jawaban tertulis mohon dikirim ke alamat surel
pribadi saya, [[email:{MAIL}]], karena saya bekerja di luar kota sampai akhir bulan.\n
Hormat saya,\n[[name:{M} {FAM}]]

@mixed
Diteruskan ke Dinas {DINAS}:\nFrom: [[name:{F} {FAM}]] <[[email:{MAIL}]]>\n
To: pengaduan@kupangkota.go.id\nSubject: Sampah tidak diangkut\n\nSudah {DAYS} hari truk sampah
tidak lewat di {PSTR}.

@officer_note
Catatan surel masuk {TGL}: From: [[name:{FAM}]], [[name:{M}]] <[[email:{MAILOFF}]]>. Staf
kelurahan ini melapor atas nama pribadi soal tunjangan yang belum cair; jawaban dikirim ke
mailbox yang sama.

@whatsapp
[{DT}] [[name:{F}]]: kaka, kirim sa formulir pendaftaran ke beta pung email\n[{DT}] [[name:{F}]]:
[[email:{MAILD}]]\n[{DT}] [[name:{F}]]: beta tulis bagitu biar sonde kena spam e

@social
Yang ada lowongan tukang jahit rumahan, tolong kabari sa lewat email [[email:{MAILD}]] (sengaja
sa tulis begitu, dulu sa pung email penuh iklan). Makasih semua.

@sms_caps
KOTKUPANG NAMA SY [[name:{M|u} {FAM|u}]]. MOHON BALASAN LEWAT EMAIL [[email:{MAIL|u}]] KRN HP SY
RUSAK. LAPORAN: GOT DEPAN SEKOLAH DI {KEL|u} TERSUMBAT.

@kupang_malay
Beta su kirim foto rapor anak ke bapa guru [[name:{M}]] pung email dinas, [[email:{MAILOFF}]], itu
email dia sendiri, bukan email sekolah. Ma sampe sekarang belum dibalas.

@officer_note
Pelapor minta identitas dirahasiakan; jawaban cukup lewat email pribadi [[email:{MAILD}]] (ditulis
persis begitu oleh pelapor). Tiket {TIX}.

@letter
Tembusan:\n1. Lurah {KEL} (lurah.{KEL|m}@gmail.com)\n2. Camat {KEC}\n3. Sdr. [[name:{M} {FAM}]]
<[[email:{MAIL}]]>, pemilik tanah yang berbatasan

@mixed
Salinan balasan:\nFrom: Humas Pemkot Kupang <humas@kupangkota.go.id>\nTo: "Sdr. [[name:{M}
{FAM}]]" <[[email:{MAIL}]]>\nCc: sekretariat.upk@kupangkota.go.id\nTerima kasih, laporan Anda
sudah kami terima.

@web_form
Data pelapor\nNama lengkap : [[name:{F} {FAM}]]\nAlamat email : [[email:{MAILD}]]\nKategori :
Kesehatan\nUraian : Antrean di Puskesmas {PKM} sampai jam {JAM}.

@whatsapp
*Diteruskan*\nYang dapat beasiswa tolong kirim berkas ke ibu [[name:{F} {FAM}]], email
[[email:{MAIL}]]. Jangan kirim ke email OSIS osis.smpn{N}kupang@gmail.com, itu cuma untuk
kegiatan siswa.

@social
Hati-hati, email bansos.kemensos.ntt@gmail.com itu palsu, minta data KTP. Kalau ada yang mau
tanya pengalaman saya, email saya [[email:{MAIL}]] boleh dihubungi.

@officer_note
Pelapor [[name:{M} {FAM}]] tidak memakai WhatsApp, hanya email [[email:{MAIL}]]. Disposisi ke
Dinas {DINAS}, balasan lewat email tersebut paling lambat {TGL}.

@kupang_malay
Kaka [[name:{F}]] pung email baru ni: [[email:{MAILD}]]. Yang lama su kena hack, jang kirim ke
situ lai.

@letter
Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Kupang\nSaya [[name:{M} {FAM}]], NIK
[[nik:{NIK}]], memohon salinan akta kelahiran anak saya dikirim dalam bentuk PDF ke
[[email:{MAIL}]].

@sms_caps
KOTKUPANG LAMPU JALAN MATI DI {PSTR|u} SDH {DAYS} MALAM. BALAS KE [[email:{MAILD|u}]] TQ.
[[name:{F|u}]]

@whatsapp
[{DT}] [[name:{M} {FAM}]]: Om, kirim ko undangan lewat email sa\n[{DT}] [[name:{M2}]]: iya, email
apa?\n[{DT}] [[name:{M} {FAM}]]: [[email:{MAIL}]] ini beta pung sendiri

@web_form
Email pelapor: [[email:{MAIL}]]\nEmail instansi terlapor: tu.smpn{N}kupang@gmail.com\nKronologi:
Pungutan uang komite Rp {RP} tanpa rapat orang tua.

@mixed
(tangkapan layar Gmail)\nDari: [[name:{F} {FAM}]] <[[email:{MAIL}]]>\nKepada: cs@bankntt.co.id\n
Isi: saldo terpotong Rp {RP} tanpa transaksi.\n--- diteruskan warga ke Unit Pengaduan Kasih

@officer_note
Staf Bapenda [[name:{M} {FAM}]] mengirim surel dari mailbox kantornya sendiri,
[[email:{MAILOFF}]], berisi keluhan pribadi soal pemotongan gaji. Bukan surat dinas.

@social
Yang mau pesan kue lapis untuk Natal, kirim pesanan ke email [[email:{MAIL}]] atau DM IG
@kuelapis_kupang. Beta kerja dari rumah, jadi sabar e.

@kupang_malay
Dia bilang kirim sa ke [[email:{MAILD}]], beta sonde mengerti itu tulisan "at" deng "dot" ma
akhirnya masuk ju.

@letter
Cc: [[name:{FAM}]], [[name:{F}]] <[[email:{MAIL}]]>; sekretariat@dprd.kupangkota.go.id\nPerihal:
Undangan rapat dengar pendapat warga {KEL}

@mixed
Meneruskan surel warga yang masuk ke kotak pengaduan:\n"Jalan di depan rumah kami berlubang
besar. Salam, [[name:{F}]]"\nAlamat pengirim: [[email:{MAIL}]]

@officer_note
Email dari noreply@lapor.go.id: Laporan dengan nomor {TIX} telah diteruskan ke Dinas {DINAS} pada
{TGL}. Tidak perlu dibalas.

@web_form
Kanal lain: pengaduan@kupangkota.go.id atau dinkes.kotakupang@gmail.com (dibalas pada hari kerja).
Nomor laporan Anda {TIX}.

@whatsapp
[{DT}] Admin Sekolah: Pendaftaran lomba baca puisi kirim ke osis.smpn{N}kupang@gmail.com paling
lambat {TGL}.\n[{DT}] Admin Sekolah: Format file PDF.

@letter
Kelompok tani mengirim proposal lewat poktan.sumbermakmur@gmail.com, koperasi lewat
ksp.tunasharapan@yahoo.co.id, paling lambat {TGL}. Proposal lewat jalur lain tidak diproses.

@officer_note
Gangguan aplikasi diteruskan ke helpdesk@lapor.go.id, bukan ke cs@pdam-kupang.co.id seperti
yang ditulis pelapor. Tiket {TIX}.

@letter
Surat permohonan dikirim ke camat.{KEC|m}@kupangkota.go.id dengan tembusan ke
lurah.{KEL|m}@gmail.com dan kadis.{DINAS|m}@kupangkota.go.id, tanggal {TGL}.

@social
Ada email dari pajak.kupang.resmi@gmail.com minta bayar denda PBB Rp {RP} lewat transfer. Resmi
atau tidak? Yang tahu tolong info.

@web_form
Isi kolom email dengan alamat sendiri. Di contoh formulir tertulis user@example.com, jangan
disalin. Batas unggah {TGL}.

@officer_note
Lampiran laporan {TIX}: denah@2x.png dan IMG_2026@kupang.jpg, keduanya terbuka. Foto menunjukkan
got tersumbat di {PSTR}.

@social
Link https://warga:rahasia@portal.kupangkota.go.id/lapor sonde bisa dibuka dari {TGL},
ftp://anonymous@data.kupangkota.go.id juga mati. Admin tolong cek.

@social
Tag @pemkotkupang deng @dishub_kotakupang biar cepat ditangani! Lampu merah di {PSTR} mati lagi.
#KupangBersih #LaporPakWali

@kupang_malay
Mau lapor bansos ko? Email Dinas Sosial tu dinsos.kotakupang (at) gmail (dot) com, kantor
buka jam {JAM}. Jang kirim ke orang pribadi.

@whatsapp
[{DT}] Admin Gereja: Jemaat yang mau daftar katekisasi kirim data ke
gmit.paulus.kupang@gmail.com\n[{DT}] Admin Gereja: paling lambat {TGL}

@mixed
Brosur ditempel di Pasar {PASAR}: "Katering RM Sederhana Oebobo, pesan lewat
rm.sederhana.oebobo@gmail.com". Warga melapor brosur menutupi papan informasi kelurahan.

@officer_note
Catatan teknis: kode aplikasi pengaduan disimpan di git@github.com:pemkot-kupang/lapor-app.git,
perbaikan formulir dijadwalkan {TGL}.

@letter
Pengaduan maladministrasi dapat juga disampaikan ke ombudsman.ntt@ombudsman.go.id. Nomor
surat {LETTERNO}.

@sms_caps
KOTKUPANG MOHON INFO EMAIL RESMI DUKCAPIL. JWB: DUKCAPIL.KOTAKUPANG@GMAIL.COM, LAYANAN JAM
{JAM}. TIKET {TIX}

@kupang_malay
Sapa tau email kantor lurah {KEL}? Beta cuma tau kelurahan.{KEL|m}@gmail.com ma sonde dibalas
dari {TGL}.

@letter
KOP: DINAS PENANAMAN MODAL DAN PTSP KOTA KUPANG\nEmail: dpmptsp@kupangkota.go.id Telp.
{OFCTEL}\nNomor: {LETTERNO}

@sms_caps
KOTKUPANG EMAIL NOREPLY@LAPOR.GO.ID BILANG LAPORAN SY {TIX} SDH SELESAI PADAHAL JALAN DI
{PSTR|u} BELUM DIPERBAIKI

@whatsapp
[{DT}] Info Kelurahan {KEL}: Surat keterangan domisili sekarang bisa diminta lewat
kelurahan.{KEL|m}.kupang@gmail.com\n[{DT}] Info Kelurahan {KEL}: balasan paling lama 2 hari kerja

= phones
@sms_caps
KOTKUPANG AIR PDAM SDH {DAYS} HARI TDK JALAN DI {KEL|u}. HUB SY DI [[phone:{HP}]] A/N
[[name:{M|u} {FAM|u}]]

@whatsapp
*Forwarded*\nDICARI: anak [[name:{F}]] (9 thn) belum pulang sejak kemarin sore dari sekolah di
{KEL}. Yang lihat tolong hubungi mamanya [[phone:{HPD}]] atau bapanya [[name:{M} {FAM}]]
[[phone:{HPI}]].

@officer_note
Catatan telepon {TGL} jam {JAM}: pelapor [[name:{F} {FAM}]] menelepon dari [[phone:{HPB}]],
nomor rumah [[phone:{TEL}]]. Keluhan: sampah menumpuk di TPS {KEL}.

@web_form
Nama: [[name:{M} {FAM}]]\nNo. HP/WA: [[phone:{HPI}]]\nTelp rumah: [[phone:{TEL}]]\nIsi laporan:
Pipa PDAM bocor di depan SD Inpres {KEL}.

@letter
Demikian laporan ini saya buat dengan sebenarnya. Untuk klarifikasi, Bapak/Ibu dapat menghubungi
saya di nomor [[phone:{HP}]] pada jam kerja.\nHormat saya,\n[[name:{F} {FAM}]]

@kupang_malay
Kalo mau beli ikan kering, telpon sa beta pung mama [[name:{F}]] di [[phone:{HP}]], dia jual dari
rumah. Sonde ada toko, sonde ada papan nama.

@social
Rekomendasi tukang las panggilan yang jujur: nomor dia [[phone:{HP}]], namanya [[name:{M}]]. Pagar
rumah sa dikerjakan rapi, harga wajar.

@mixed
Foto surat tulisan tangan yang dibawa warga, diketik ulang petugas:\n"...kalau ada panggilan
sidang tolong telpon bapak saya di [[phone:{HPNL}]] karena beliau tidak bisa baca SMS."

@officer_note
Formulir kertas diketik ulang: nomor wa sy [[phone:{HPOCR}]] (tulisan tangan pelapor, angka
kurang jelas). Pelapor: [[name:{M} {FAM}]].

@whatsapp
[{DT}] Admin Kelurahan {KEL}: Untuk surat pindah yang mendesak, hubungi Pak Lurah
[[name:{M} {FAM}]] langsung di nomor beliau [[phone:{HP}]], kantor tutup sampai {TGL}.

@sms_caps
SY PEMILIK KIOS SAYUR DI PASAR {PASAR|u}, HP [[phone:{HP}]]. LAPAK SY DIBONGKAR TANPA
PEMBERITAHUAN TGL {TGL}. [[name:{F|u} {FAM|u}]]

@letter
Kupang, {TGL}\nKetua RT 05 / RW 02\n\n[[name:{M} {FAM}]]\nHP [[phone:{HP}]]

@social
Sapa yang ketemu HP hilang di angkot jurusan {KEL} tadi siang, tolong hubungi nomor istri saya
[[phone:{HPI}]]. Ada imbalan, sumpah.

@kupang_malay
Om [[name:{M}]] pung nomor baru [[phone:{HPD}]], yang lama su mati. Kalo mau sewa pick up
angkat pasir, telpon langsung sa.

@web_form
Nomor yang bisa dihubungi: [[phone:{TEL}]] (rumah) / [[phone:{HP}]] (HP anak saya
[[name:{G}]])\nKategori: Administrasi kependudukan

@whatsapp
[{DT}] [[name:{F|l}]]: kk nanti telpon ke rumah sa sa, [[phone:{TEL}]], HP sa lowbat\n[{DT}]
[[name:{F2} {FAM}]]: ok nanti malam

@officer_note
SMS masuk jam {JAM} dari [[phone:{HPI}]]: "got di depan rumah sa tersumbat". Nomor dicatat
sebagai milik pelapor (anonim, tidak menyebut nama).

@mixed
Komentar warga di status kelurahan, disalin petugas: "[[phone:{HP}]] — ini nomor saya sendiri,
bukan nomor bengkel, tolong jangan disebar lagi."

@social
Dijual motor bekas pakai sendiri, surat lengkap. Minat WA [[phone:{HP}]] ([[name:{M}]]), tanpa
perantara.

@letter
Bersama ini saya melaporkan suami saya, [[name:{M} {FAM}]], yang belum pulang sejak {TGL}. Nomor
HP-nya [[phone:{HPI}]] tidak aktif. Pelapor: [[name:{F} {FAM}]].

@officer_note
Mediasi sengketa batas pagar, {TGL}. Pihak I [[name:{M} {FAM}]] HP [[phone:{HPS}]]; pihak II
[[name:{M2} {FAM2}]] HP [[phone:{HPD}]]. Hasil: sepakat ukur ulang.

@kupang_malay
Mama tua sakit, sapa bisa antar ke Puskesmas {PKM} telpon beta pung adik [[name:{F}]]
[[phone:{HPS}]]. Beta ada di Atambua.

@sms_caps
NOMOR SY [[phone:{HPB}]] TLG TELP BALIK. SDH 3X LAPOR SOAL KABEL PLN PUTUS DI {KEL|u}

@whatsapp
[{DT}] [[name:{F} {FAM}]]: nomor bidan [[name:{F2}]] [[phone:{HP}]], dia praktek di rumah, bisa
dipanggil malam

@mixed
Rekaman panggilan masuk {TGL}:\nNomor tampil di layar: [[phone:{HPB}]]\nIsi (ringkasan petugas):
penelepon keberatan tagihan air Rp {RP}.

@web_form
Kontak darurat: [[name:{F} {FAM}]] (istri) - [[phone:{HPD}]]\nNo. rumah: [[phone:{TEL}]]

@kupang_malay
Kalo butuh air tangki, beta pung kaka [[name:{M}]] yang bawa oto tangki sendiri, nomor dia
[[phone:{HP}]]. Jang telpon yang di spanduk, itu mahal.

@officer_note
Gangguan air: pelapor diarahkan ke hotline PDAM {OFCTEL} dan WA center PDAM {OFCHP}. Tiket {TIX}.

@sms_caps
KOTKUPANG SPASI ISI LAPORAN KIRIM KE 1708. DARURAT HUB 112. INFO PLN 123. TGL {TGL}

@kupang_malay
Kantor lurah {KEL} pung nomor {OFCTEL}, buka jam {JAM} sampe jam 3. Kalo sonde angkat, pi
langsung sa.

@whatsapp
*Waspada penipuan*\nAda WA yang mengaku dari Dinas Sosial, nomor {SCAMHP}, minta transfer Rp {RP}
untuk "biaya pencairan". Dinsos tidak pernah minta uang.

@kupang_malay
Kalo yg {BIZHP} itu nomor bengkel, bukan nomor pribadi. Beta su telpon, dia bilang motor selesai
{TGL}.

@social
Nomor di spanduk toko bangunan depan Pasar {PASAR} {BIZHP} sonde aktif lagi. Ada yang tau nomor
baru toko?

@mixed
Foto struk dilampirkan pelapor:\nTOKO SINAR ABADI\nJl. Soeharto No. 45 Telp {OFCTEL}\nTotal Rp
{RP}\nTgl {TGL} {JAM}\n(pelapor: harga beras di atas HET)

@web_form
Nomor tiket Anda {TIX}. Pembayaran retribusi lewat VA {VA} sebelum {TGL}, jumlah Rp {RP}.

@officer_note
Pelapor membacakan kode billing {BILL} sebesar Rp {RP} yang gagal dibayar pada {TGL} jam {JAM}.

@kupang_malay
Beta pung ID pelanggan {IDPEL}, token {TOKEN} sonde masuk dari tadi pagi. PLN tolong cek.

@sms_caps
KOTKUPANG NOMOR TRANSAKSI {TRX} TGL {TGL} RP {RP} BELUM MASUK KE REKENING PDAM

@whatsapp
[{DT}] Info Kelurahan {KEL}: Pemadaman bergilir besok. Info: PLN 123 / WA {OFCHP}\n[{DT}] Info
Kelurahan {KEL}: mohon maaf atas ketidaknyamanan

@letter
Hormat kami,\nTata Usaha SMPN {N} Kupang\nTelp. {OFCTEL}\nWA {OFCHP}

@social
Bayar PBB lewat BRIVA 12345 {HPB} itu resmi? Kodenya panjang sekali, katanya kode pembayaran
Bapenda. Tgl {TGL}.

@officer_note
Keluhan tagihan: No. meter air {METER}, No. sambungan 01-0{N}-00{DAYS}231, pemakaian tercatat
{DAYS}0 m3 pada {TGL}.

@kupang_malay
Pangkalan ojek depan Pasar {PASAR} tu nomor {BIZHP}, telpon sa kalo mau antar barang.

@social
HOAKS! Pesan berantai "WA admin PKH {SCAMHP}, daftar ulang bayar Rp {RP}" itu penipuan. Sudah
dikonfirmasi ke Dinsos {TGL}.

@whatsapp
[{DT}] [[name:{M} {FAM}]]: Apotek K24 Oebobo {BIZHP} buka 24 jam\n[{DT}] [[name:{F}]]: telp
travel {BIZHP2} ju bisa antar obat ke Soe

@letter
DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA KUPANG\nJl. Timor Raya Km. 5 Telp. {OFCHP}\nNomor:
{LETTERNO}\nPerihal: Tanggapan pengaduan jalan rusak di {PSTR}

@mixed
Ditempel di tiang listrik {KEL}: "SEDOT WC MURAH {BIZHP}". Warga minta stiker dibersihkan,
dilaporkan {TGL}.

@officer_note
Nomor kontak di formulir, {BIZHP}, ternyata nomor travel yang disewa pelapor, bukan nomornya.
Pengaduan tentang bagasi tertinggal {TGL}, tidak ada data kontak lain.

= npwp
@web_form
Permohonan pengurangan PBB\nNama Wajib Pajak: [[name:{M|u} {FAM|u}]]\nNPWP: [[npwp:{NPWP}]]\n
NOP: {NOP}\nAlasan: rumah rusak kena banjir {TGL}.

@letter
Saya yang bertanda tangan di bawah ini, [[name:{F} {FAM}]], NPWP [[npwp:{NPWPN}]], mengajukan
keberatan atas ketetapan PBB tahun 2026 untuk NOP {NOP} karena luas bangunan tercatat salah.

@whatsapp
[{DT}] Bendahara Sekolah: Bapak/ibu guru honor, tolong kirim NPWP hari ini\n[{DT}] [[name:{F}
{FAM}]]: Ini punya sy [[npwp:{NPWPN}]]\n[{DT}] Bendahara Sekolah: ok, terima kasih ibu

@sms_caps
KOTKUPANG NPWP SY [[npwp:{NPWPS}]] TDK TERBACA DI SISTEM TPP. MOHON DICEK. NAMA [[name:{F|u}
{FAM|u}]] GURU SD DI {KEL|u}

@kupang_malay
Beta pung NPWP [[npwp:{NPWP}]] sa yang dipake. CV Timor Jaya pung NPWP {NPWPB} tu lain, beta
cuma tukang di situ, jang dicampur.

@officer_note
Wajib pajak orang pribadi [[name:{M} {FAM}]] (NPWP [[npwp:{NPWP}]]) datang {TGL} menanyakan
denda PBB yang muncul padahal sudah lunas. Diarahkan ke Bapenda.

@mixed
Lampiran pelapor (hasil scan kartu NPWP, teks dari OCR):\nNPWP : [[npwp:{NPWPOCR}]]\n
[[name:{M|u} {FAM|u}]]\nNIK : [[nik:{NIK}]]\nKPP PRATAMA KUPANG

@social
Tolong dibantu admin, NPWP almarhum bapa sa [[npwp:{NPWP}]] masih ditagih denda SPT padahal
beliau su meninggal {TGL}. Sa su lapor ke KPP dua kali.

@letter
Saya [[name:{M} {FAM}]], pemilik usaha perorangan jual sembako di rumah. NPWP pribadi sy
[[npwp:{NPWPS}]]. Izin usaha saya ditolak tanpa alasan tertulis.

@whatsapp
[{DT}] [[name:{M} {FAM}]]: pak, NPWP istri sy [[npwp:{NPWPN}]] tolong dicek, katanya belum
padan dengan NIK\n[{DT}] Petugas Helpdesk: baik pak, kami cek dulu

@web_form
Jenis layanan: Pemadanan NIK-NPWP\nNPWP : [[npwp:{NPWPS}]]\nNama : [[name:{F} {FAM}]]\nKeterangan:
gagal login sejak {TGL}

@officer_note
Pelapor menyerahkan dua nomor: NPWP koperasi tempat saya menjadi anggota {NPWPB} (untuk SHU) dan
NPWP saya [[npwp:{NPWP}]] (untuk PPh). Hanya yang kedua milik pelapor.

@sms_caps
NPWP: [[npwp:{NPWP}]] A/N [[name:{M|u} {FAM|u}]] MOHON DIAKTIFKAN KEMBALI, SY MAU AJUKAN KUR

@kupang_malay
Bendahara minta NPWP semua guru honor. Ini punya beta [[npwp:{NPWPN}]], tolong kasi masuk sa
biar honor bulan ini cair.

@letter
Daftar guru honor yang NPWP-nya belum tercatat:\n1. [[name:{F} {FAM}]] - NPWP [[npwp:{NPWP}]]\n
2. [[name:{M} {FAM2}]] - NPWP [[npwp:{NPWP2}]]\n3. [[name:{F2} {FAM3}]] - NPWP
[[npwp:{NPWPN}]]

@mixed
Faktur {FAKTUR} dari CV Karya Flobamora, NPWP {NPWPB};\nPembeli: [[name:{M} {FAM}]], NPWP
[[npwp:{NPWP}]]\nKeluhan pembeli: PPN dipungut dua kali.

@social
Sa pung NPWP [[npwp:{NPWP}]] diblokir gara-gara SPT tahun lalu katanya belum masuk, padahal ada
bukti terima. Pelayanan KPP harus diperbaiki.

@whatsapp
[{DT}] [[name:{M|l}]]: kk tolong isi SPT beta e, npwp [[npwp:{NPWPS}]]\n[{DT}] [[name:{F|l}]]:
kirim ju bukti potong dari kantor

@officer_note
NPWP suami pelapor ([[name:{M} {FAM}]]): [[npwp:{NPWP}]]. Pelapor [[name:{F} {FAM}]] melaporkan
bahwa NPWP tersebut dipakai orang lain untuk kredit motor.

@web_form
NPWP: [[npwp:{NPWP}]] | HP: [[phone:{HPB}]] | Email: [[email:{MAIL}]]\nPesan: kartu NPWP belum
diterima sejak pendaftaran {TGL}.

@letter
Jual beli tanah antara penjual [[name:{M} {FAM}]], NPWP [[npwp:{NPWP}]], dan pembeli [[name:{F}
{FAM2}]], NPWP [[npwp:{NPWPN}]], atas NOP {NOP} belum dapat dibalik nama.

@kupang_malay
Beta pung usaha jual kue dari rumah, NPWP pribadi beta [[npwp:{NPWPS}]]. Kenapa beta disuru bayar
pajak restoran?

@sms_caps
NPWP ANAK SY [[name:{G|u}]] [[npwp:{NPWPN}]] SALAH TULIS TGL LAHIR. MOHON DIBANTU. KOTKUPANG

@mixed
Pesan WA pelapor diteruskan ke Bapenda: "npwp sy [[npwp:{NPWPS}]] knp tdk bisa login e-SPTPD"
— nomor pengirim [[phone:{HPI}]].

@social
Info buat yang belum tahu: NPWP 16 digit sa sekarang sama dengan NIK, [[npwp:{NPWPN}]], jadi
kartu lama [[npwp:{NPWP}]] sonde dipake lagi.

@officer_note
Pelapor: [[name:{F} {FAM}]]. NPWP : [[npwp:{NPWP}]] (lama) / [[npwp:{NPWPN}]] (baru). Keluhan:
bukti potong PPh 21 dari kantor masih memakai nomor lama.

@mixed
Struk yang difoto pelapor:\nTOKO SINAR ABADI\nJl. Soeharto No. 45\nNPWP : {NPWPB}\nTotal Rp {RP}\n
Tgl {TGL}\n(pelapor: PPN ditagih padahal toko bukan PKP?)

@web_form
Kepada: CV Timor Jaya\nNPWP : {NPWPB}\nNo. Faktur: {FAKTUR}\nNilai: Rp {RP}\nTanggal: {TGL}

@officer_note
NPWP bendahara Dinas {DINAS} {NPWPB} dipakai untuk memotong PPh honor narasumber; pelapor
mempertanyakan potongan Rp {RP}.

@kupang_malay
Koperasi di kampung pung NPWP {NPWPB} su aktif lai, jadi pinjaman bisa cair bulan {N}.

@letter
Yayasan Pendidikan Kasih Timor, NPWP {NPWPBN}, mengajukan keringanan retribusi tanggal {TGL}.

@whatsapp
[{DT}] Admin Bapenda: Bayar PBB cukup sebut NOP {NOP}, jangan kirim NPWP ke orang tidak dikenal.
\n[{DT}] Admin Bapenda: Batas bayar {TGL}.

@letter
Nomor: {LETTERNO}\nPerihal: Penyampaian NPWP badan\nNPWP PDAM Kota Kupang {NPWPB}, berlaku untuk
seluruh tagihan mulai {TGL}.

@sms_caps
KOTKUPANG NOP {NOP} TAGIHAN PBB RP {RP} SALAH, RUMAH SDH DIJUAL TAHUN LALU

@kupang_malay
CV yang kerja jalan di {PSTR} tu pung NPWP {NPWPB}, cek sa di LPSE, dong menang tender
{N} kali.

@officer_note
Kode billing {BILL} untuk PBB NOP {NOP} gagal dibayar di kantor pos pada {TGL}.

@web_form
NPWP Perusahaan: {NPWPB}\nNama Perusahaan: PT Flobamora Sejahtera\nPengaduan: izin reklame di
{PSTR} tidak kunjung terbit sejak {TGL}.

@mixed
Nota bengkel Maju Motor, NPWP {NPWPB}, nomor seri faktur pajak {FAKTUR}, tgl {TGL}, Rp {RP}.
Dilampirkan dalam laporan biaya servis motor dinas.

@social
Info: mulai 2026 NIK dipakai sebagai NPWP orang pribadi. Cek di pajak.go.id sebelum {TGL},
jangan lewat link aneh yang minta nomor NPWP.

@sms_caps
NO TRANSAKSI {TRX} BUKAN NPWP. SY SALAH ISI DI FORMULIR, TIKET {TIX}

@letter
Kwitansi UD Sumber Rejeki, NPWP {NPWPB}, tanggal {TGL}, sebesar Rp {RP} untuk pengadaan ATK
kelurahan {KEL}.

@whatsapp
[{DT}] Info BUMDes: NPWP badan {NPWPBN} sudah terbit\n[{DT}] Info BUMDes: laporan keuangan
diserahkan {TGL}

@officer_note
Surat Bapenda {LETTERNO} dan NOP {NOP} tertukar di formulir pelapor; NPWP tidak dicantumkan.
Tiket {TIX}.

@kupang_malay
Faktur dari bengkel tu pung nomor {FAKTUR}, NPWP bengkel {NPWPB}. Beta cuma mau tau PPN tu
wajib ko sonde.

@social
Cek dulu sebelum bayar: NPWP badan Koperasi Tunas Harapan {NPWPB}, nomor surat izin {LETTERNO}.
Jangan transfer ke rekening pribadi pengurus.

@letter
Perusahaan: CV Sinar Timor, NPWP {NPWPB}, beralamat di {PSTR} No. {N}, mengajukan keberatan
atas pajak reklame tanggal {TGL}.
"""

if __name__ == "__main__":
    main()
