"""Tables with a header row: a column's header decides what its cells are."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest

from pengaduan.errors import RedactionError
from pengaduan.redaction import DetectionContext, Finding, KnownIdentity, Redactor
from pengaduan.redaction.detectors import TableDetector, default_detectors

if TYPE_CHECKING:
    from collections.abc import Iterator

REDACTOR = Redactor.default()


def redacted(text: str) -> str:
    return REDACTOR.redact(text).text


TABLES = [
    pytest.param(
        "Rekap permohonan sambungan baru PDAM\n"
        "No,Nama Pemohon,NIK,Alamat,No HP,Status\n"
        '1,YOSUA TANONE,5371010404640045,"Jl. Kejora No. 77, RT 010/RW 006",08195536515,lunas\n'
        '2,ANCE HUKI,5314045207980242,"Jl. Kemuning No. 86A, RT 021/RW 002",085323405590,survei',
        "Rekap permohonan sambungan baru PDAM\n"
        "No,Nama Pemohon,NIK,Alamat,No HP,Status\n"
        '1,[NAME],[NIK],"[ADDRESS]",[PHONE],lunas\n'
        '2,[NAME],[NIK],"[ADDRESS]",[PHONE],survei',
        id="csv-with-quoted-cells",
    ),
    pytest.param(
        "| No | Nama | NIK | No. KK | No. Kartu KIS Lama | Alamat |\n"
        "|----|------|-----|--------|--------------------|--------|\n"
        "| 1 | Arnoldina Dethan | 5371065202490248 | 5371021707121592 | 0003042630376 | "
        "Jl. Bajawa No 111 |",
        "| No | Nama | NIK | No. KK | No. Kartu KIS Lama | Alamat |\n"
        "|----|------|-----|--------|--------------------|--------|\n"
        "| 1 | [NAME] | [NIK] | [KK] | [BPJS] | [ADDRESS] |",
        id="markdown-pipes",
    ),
    pytest.param(
        "Tanggal\tLokasi\tPelapor\tHP Pelapor\tKeterangan\n"
        "07/09/2026\tJl. Veteran\tAdriana Siregar\t0838.7549.4321\tdrainase ambruk\n"
        "20/10/2026\tJl. Prof. Dr. Herman Johannes\tanonim\t-\tjembatan goyang",
        "Tanggal\tLokasi\tPelapor\tHP Pelapor\tKeterangan\n"
        "07/09/2026\tJl. Veteran\t[NAME]\t[PHONE]\tdrainase ambruk\n"
        "20/10/2026\tJl. Prof. Dr. Herman Johannes\tanonim\t-\tjembatan goyang",
        id="tabs-a-problems-place-and-an-anonymous-reporter",
    ),
    pytest.param(
        "No Los;Nama Pedagang;Dagangan;HP;NPWP\n"
        "B-32;Veronika Hasibuan;cumi;081357916161;77.459.880.2-920.000\n"
        "A-55;UD Laut Timor;es balok;0881 9876 0095;0942526120703118",
        "No Los;Nama Pedagang;Dagangan;HP;NPWP\n"
        "B-32;[NAME];cumi;[PHONE];[NPWP]\n"
        "A-55;UD Laut Timor;es balok;0881 9876 0095;0942526120703118",
        id="an-organisations-row-keeps-its-numbers",
    ),
    pytest.param(
        "NOP|Nama Wajib Pajak|Letak Objek|Luas (m2)\n"
        "53.71.005.064.089-5023.0|FERDINAND LEDE|Kel. Airnona|350\n"
        "53.71.087.011.061-1893.0|YORIS MONE|Kel. Bakunase|460",
        "NOP|Nama Wajib Pajak|Letak Objek|Luas (m2)\n"
        "53.71.005.064.089-5023.0|[NAME]|Kel. Airnona|350\n"
        "53.71.087.011.061-1893.0|[NAME]|Kel. Bakunase|460",
        id="tax-objects-and-their-places-stay",
    ),
    pytest.param(
        "No | Nama Siswa | NISN | Nama Ibu Kandung | No. Rekening BRI\n"
        "1 | NEHEMIA ADOE | 0082649027 | EFI RATU | 9950-01-538400-51-0",
        "No | Nama Siswa | NISN | Nama Ibu Kandung | No. Rekening BRI\n"
        "1 | [NAME] | 0082649027 | [NAME] | [BANK_ACCOUNT]",
        id="a-header-names-nobody",
    ),
    pytest.param(
        "No;Nopol;Pengemudi;No. SIM\n1;DH 3655 AL;Ipda Emanuel Lado;2164-9418-3061",
        "No;Nopol;Pengemudi;No. SIM\n1;[PLATE];Ipda [NAME];2164-9418-3061",
        id="a-rank-stays-outside-the-name",
    ),
    pytest.param(
        "Instansi;Alamat;Telepon\nPuskesmas Bakunase;Jl. Lontar No. 80;(0380) 825210\n"
        "SDK St. Yoseph;Jl. Kamboja No. 106;0380-820 731",
        "Instansi;Alamat;Telepon\nPuskesmas Bakunase;Jl. Lontar No. 80;(0380) 825210\n"
        "SDK St. Yoseph;Jl. Kamboja No. 106;0380-820 731",
        id="a-directory-of-offices-with-their-addresses",
    ),
    pytest.param(
        "Nama Usaha | Alamat Usaha | Pemilik | Telp Usaha\n"
        "Depot Air Murni | Jl. Pipit No. 140 | Umbu Tamu Rihi | 0881-3400-7813\n"
        "Kios sayur | Jl. Lontar No. 121 (rumah sendiri) | Lodia Nalle | 0857-6650-8431",
        "Nama Usaha | Alamat Usaha | Pemilik | Telp Usaha\n"
        "Depot Air Murni | Jl. Pipit No. 140 | [NAME] | 0881-3400-7813\n"
        "Kios sayur | [ADDRESS] | [NAME] | 0857-6650-8431",
        id="businesses-seats-and-one-at-home",
    ),
    pytest.param(
        "Tempat,Jenis,Alamat\nRSUD Prof. Dr. W. Z. Johannes,Rumah Sakit,Jl. Moh. Hatta No. 19\n"
        "SMPK St. Theresia,Sekolah,Jl. Ahmad Yani No. 5",
        "Tempat,Jenis,Alamat\nRSUD Prof. Dr. W. Z. Johannes,Rumah Sakit,Jl. Moh. Hatta No. 19\n"
        "SMPK St. Theresia,Sekolah,Jl. Ahmad Yani No. 5",
        id="a-list-of-places-with-their-addresses",
    ),
]

TABLES.append(
    pytest.param(
        "No | Nama | NIK | Sekolah | HP Orang Tua\n"
        "1 | Yoris Wijaya | 5371054905860298 | SDK St. Yoseph | 0812 3456 7890",
        "No | Nama | NIK | Sekolah | HP Orang Tua\n1 | [NAME] | [NIK] | SDK St. Yoseph | [PHONE]",
        id="a-school-column-beside-a-persons-name",
    )
)

TABLES.append(
    pytest.param(
        "DAFTAR CALON PENERIMA BANTUAN PANGAN\nNo Nama NIK No. KK RT/RW\n"
        "1 ALOYSIUS MANAFE 5313200407722400 5313201311141340 023/004\n"
        "DAFTAR CALON PENERIMA BANTUAN PANGAN Hal. 2\n"
        "2 LIAN ONG 5315091512900051 5303122302172960 025/008",
        "DAFTAR CALON PENERIMA BANTUAN PANGAN\nNo Nama NIK No. KK RT/RW\n"
        "1 [NAME] [NIK] [KK] [ADDRESS]\n"
        "DAFTAR CALON PENERIMA BANTUAN PANGAN Hal. 2\n"
        "2 [NAME] [NIK] [KK] [ADDRESS]",
        id="a-list-set-apart-by-spaces-pasted-from-a-pdf",
    )
)

TABLES.append(
    pytest.param(
        "No. Kartu\tNama Peserta\tNIK\tFaskes\n"
        "0002407999813\tFERDINANDUS RIWU KAHO\t5315220606640064\tPUSKESMAS OEPOI",
        "No. Kartu\tNama Peserta\tNIK\tFaskes\n[BPJS]\t[NAME]\t[NIK]\tPUSKESMAS OEPOI",
        id="a-health-cards-column",
    )
)
TABLES.append(
    pytest.param(
        "No | Nama | No. Kartu Keluarga\n1 | FERDINANDUS RIWU KAHO | 5315220606640064",
        "No | Nama | No. Kartu Keluarga\n1 | [NAME] | [KK]",
        id="a-family-cards-column",
    )
)

TABLES.append(
    pytest.param(
        "No | Nama | NIK | ID DTKS | Ket\n1 | HASAN ALHABSYI | 5304121203010877 | "
        "5371020002726300 | Aktif",
        "No | Nama | NIK | ID DTKS | Ket\n1 | [NAME] | [NIK] | 5371020002726300 | Aktif",
        id="a-welfare-registers-own-ids",
    )
)

NOT_TABLES = [
    pytest.param(
        "Warga yang belum menerima PKH:\n"
        "1. Marthen Ga Lena, NIK 5304010910970021, RT 22/RW 02\n"
        "2. Frans Lay, NIK 5310056407650032, RT 06",
        "Warga yang belum menerima PKH:\n"
        "1. [NAME], NIK [NIK], [ADDRESS]\n"
        "2. [NAME], NIK [NIK], [ADDRESS]",
        id="a-numbered-list-with-commas",
    ),
    pytest.param(
        "Saya, Yohanes Ndun, warga Oepura, sudah lapor ke kantor lurah.\n"
        "Petugas, kader, dan RT sudah datang, tapi air belum mengalir.",
        "Saya, [NAME], warga Oepura, sudah lapor ke kantor lurah.\n"
        "Petugas, kader, dan RT sudah datang, tapi air belum mengalir.",
        id="prose-with-commas",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [*TABLES, *NOT_TABLES])
def test_tables_as_their_headers_say(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [*TABLES, *NOT_TABLES])
def test_a_redacted_table_redacts_to_itself(text: str, expected: str) -> None:
    once = redacted(text)
    assert once == expected
    assert redacted(once) == once


def test_the_table_detector_runs_first_among_the_built_ins() -> None:
    assert isinstance(default_detectors()[0], TableDetector)


def test_a_detector_that_keeps_a_span_drops_later_findings_there() -> None:
    @attrs.frozen
    class KeepTickets:
        name: str = "tickets"

        def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
            at = text.find("0812")
            if at != -1:
                context.keep(at, at + 12)
            return iter(())

    text = "tiket 081234567890 dan HP sy 081398765432"
    redactor = Redactor(detectors=(KeepTickets(), *default_detectors()))
    assert redactor.redact(text).text == "tiket 081234567890 dan HP sy [PHONE]"


@pytest.mark.parametrize(("start", "end"), [(5, 5), (-1, 3), (3, 999), (6, 2)])
def test_keeping_a_span_outside_the_text_is_a_typed_error(start: int, end: int) -> None:
    context = DetectionContext("HP sy 0812", KnownIdentity(), [])
    with pytest.raises(RedactionError):
        context.keep(start, end)


def test_kept_spans_are_read_back_in_order() -> None:
    context = DetectionContext("a b c d", KnownIdentity(), [])
    context.keep(4, 5)
    context.keep(0, 1)
    assert context.kept() == ((4, 5), (0, 1))


TRANSCRIPT = (
    "Petugas: Dishub, selamat sore.\n"
    "Pelapor: Sore. Saya Lenny Riwu Kaho, mau lapor bus kota.\n"
    "Petugas: Nanti kami cek. Sopirnya Ibu kenal?\n"
    "Pelapor: Cepat, Pak."
)


def test_a_written_out_calls_speakers_introduce_no_names() -> None:
    assert redacted(TRANSCRIPT) == (
        "Petugas: Dishub, selamat sore.\n"
        "Pelapor: Sore. Saya [NAME], mau lapor bus kota.\n"
        "Petugas: Nanti kami cek. Sopirnya Ibu kenal?\n"
        "Pelapor: Cepat, Pak."
    )


def test_a_forms_one_reporter_label_still_introduces_the_name() -> None:
    assert redacted("Pelapor: Yohanes Ndun\nPetugas: Maria Lay") == (
        "Pelapor: [NAME]\nPetugas: [NAME]"
    )
