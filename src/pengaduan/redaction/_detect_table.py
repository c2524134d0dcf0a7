"""Tables with a header row: registers exported as CSV, TSV, ``;``- or ``|``-separated rows.

A register's cells carry no context words of their own: ``1,YOSUA TANONE,5371010404640045,...``
says what each value is only through the header above it (``No,Nama Pemohon,NIK,Alamat,No HP``).
This detector reads such tables and lets each column's header decide its cells:

- a column whose header names a kind (``NIK``, ``No KK``, ``NPWP``, ``No. KIS``, ``No. Rekening``,
  ``HP Pelapor``, ``Nopol``, ``Nama ...``, ``Pemilik``, ``Alamat``, ``RT/RW``) gives each cell of
  the right shape that kind;
- a column of other numbers (``NIP``, ``NISN``, ``NOP``, ``No. SIM``, ``Tiket``, ``No. Kuitansi``)
  or of places that are no home (``Lokasi``, ``Letak Objek``, ``Kelurahan``) keeps its cells:
  the other detectors' findings there are dropped;
- a row whose name cell holds an organisation (``UD Laut Timor``, ``Koperasi ...``, ``GEREJA
  GMIT ...``), or a dash beside an organisation's cell, keeps its phone, NPWP, account and
  e-mail cells: they are the body's;
- a register of scams' numbers that names nobody (its header or the title above it speaks of
  scams) keeps its phone numbers, and a schedule's column of RTs (``RT | Hari | ...``) its RTs.

A table is a run of at least two lines (a header and a row; three for commas, whose prose lines
look alike) split by one separator into the same number of cells, at least three; the header's
cells are short and hold letters, and one of them names a kind.
"""

from __future__ import annotations

import re
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, NamedTuple

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import Finding, _ascii_lower, _check_call, _detector_name
from pengaduan.redaction._detect_phone import _phone_e164
from pengaduan.redaction._findings import new_finding
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["TableDetector", "find_table_cells"]

#: What a column's cells are kept as: not personal data, and not to be found by other detectors.
KEEP = "keep"
_SEPARATORS = ("\t", "|", ";", ",")
#: The fewest cells a table's line has, and the most characters and words of a header's cell.
_MIN_CELLS = 3
_HEADER_CELL_CHARS = 40
_HEADER_CELL_WORDS = 5
_WORD = re.compile(r"[a-z0-9]+")
#: A markdown table's rule line (``|----|:---:|``).
_RULE = re.compile(r"[\s|:+\-=]*")

#: Header words, each with what it makes a column; the first word of a header found in one of
#: these, in this order, decides (``HP Pelapor`` is a phone column, ``NIK Ibu`` a NIK column).
_NUMBER_HEADERS: tuple[tuple[frozenset[str], str], ...] = (
    (
        lex.words(
            "nip nisn npsn nop sppt sim tiket ticket kuitansi kwitansi resi trx transaksi nim"
            " nuptk kpj npp"
        ),
        KEEP,
    ),
    (lex.words("idpel meter token billing kode va invoice faktur surat nib izin dtks"), KEEP),
    # the channels an office is reached by (``Kanal``: ``SMS 1708``, ``WA 0813...``)
    (lex.words("kanal saluran"), KEEP),
    (lex.words("npwp"), PiiKind.NPWP.value),
    (lex.words("nik ktp"), PiiKind.NIK.value),
    (lex.words("kk keluarga"), PiiKind.KK.value),
    # ``No. Kartu`` beside ``Nama Peserta``: a health card's number (``No. Kartu Keluarga`` is a
    # family card's: `_number_column`)
    (lex.words("bpjs kis jkn kartu"), PiiKind.BPJS.value),
    (lex.words("rekening rek norek account"), PiiKind.BANK_ACCOUNT.value),
    (
        lex.words(
            "hp wa telp tlp telepon telpon phone whatsapp handphone ponsel kontak pendaftaran"
        ),
        "phone",
    ),
    (lex.words("nopol plat tnkb plate"), PiiKind.PLATE.value),
)
#: Header words of a column of places that are no one's home.
_PLACE_HEADERS = lex.words("lokasi letak objek kelurahan kecamatan desa tempat tujuan")
_ADDRESS_HEADERS = lex.words("alamat domisili address rt rw")
#: Header words of a column of names (``Wajib Pajak``: a taxpayer, a person or a body, as its
#: cell says).
_NAME_HEADERS = lex.words(
    """
    nama name pemilik sopir pengemudi pelapor pengadu terlapor penerima pemohon petugas pedagang
    pasien peserta siswa penagih kader pendamping penyewa penghuni ahli penelepon nasabah
    wajib
    """
)
#: Posts whose holder's own number a body's row may give in a column of its own (``HP Ketua``,
#: ``NIK Direktur``, ``Email Kepsek``).
_HOLDER_WORDS = lex.words("ketua kepala kepsek direktur pendeta pengasuh")
#: Posts whose holder a header opening with one names (``Kepala Sekolah``, ``Ketua``,
#: ``Kepsek``): a person.
_POST_HEADERS = lex.words(
    "kepala kepsek ketua direktur pendeta pastor koordinator penanggung pengasuh sekretaris"
    " bendahara"
)
#: Words that make a ``Nama ...`` header an organisation's or a thing's (``Nama Sekolah``).
_NOT_A_PERSONS = lex.NOT_A_PERSONS_FIELD | {"lksa"}
#: Words of a first column's header that make every row a body's (``Nama LKSA``, ``Nama
#: Sekolah``): a seat's column without a holder's word is the body's (``Alamat``, not
#: ``Alamat Pengasuh``).
_BODY_ROW_WORDS = (
    lex.words(
        """
    sekolah toko perusahaan posyandu puskesmas instansi kantor dinas kelompok lembaga gereja
    masjid lksa panti yayasan jemaat paroki koperasi kopdit ksp organisasi komunitas
    """
    )
    | lex.VILLAGE_GROUP_WORDS
)
#: Words before ``usaha`` that make a header's business its keeper (``Nama Pelaku Usaha``).
_KEEPERS = lex.words("pelaku pemilik")
#: Words of a column's header that make it a post's holder's or a business's keeper's own
#: (``HP Ketua``, ``HP Pemilik``): theirs in a body's row that names them.
_HOLDERS_AND_KEEPERS = _HOLDER_WORDS | _KEEPERS
#: Roles on duty that a roster's name column may hold in place of a person.
_DUTY_ROLES = lex.words("linmas piket satpam security tagana trantib pusdalops posko regu jaga")
#: Words that stand before a name in a cell and stay outside its span (``Ipda Yusuf Sinlae``).
_BEFORE_NAMES = lex.HONORIFIC_TRIGGERS | lex.NAME_ROLES | lex.TITLE_TRIGGERS | _DUTY_ROLES
#: Cells that say no name or no value.
_NOTHING = frozenset(
    {"", "-", "--", "\u2013", "\u2014", "?", "anonim", "n/a", "na", "nihil"}
    # an empty post (``(kosong)``, ``belum ada``)
    | {"kosong", "(kosong)", "belum ada", "(belum ada)", "tidak ada", "(tidak ada)", "(-)"}
)
#: A number in a cell, with the letters a scan or a hand reads for digits.
#: (A letter for a digit opens a number only with a digit right after it in its group: ``BSI
#: 7619...`` is a bank's name, then the number.)
_NUMBER = re.compile(
    r"(?<![A-Za-z])\+?(?:[0-9]|[OolISsB](?=[OolISsB]*[0-9]))(?:[ .\-/]?[0-9OolISsB])*(?![A-Za-z])"
)
_DIGIT_FOR = str.maketrans("OolISsB", "0011558")
_PLATE = re.compile(r"[A-Za-z]{1,2}[ \-]?[0-9]{1,4}[ \-]?[A-Za-z]{0,3}")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_.'\u2019\-]*(?:[.'\u2019\-][^\W\d_]*)*\.?")
#: How many digits each kind of number holds (letters read as digits included).
_DIGITS: dict[str, tuple[int, int]] = {
    PiiKind.NIK.value: (15, 17),
    PiiKind.KK.value: (15, 17),
    PiiKind.NPWP.value: (15, 16),
    PiiKind.BPJS.value: (13, 13),
    PiiKind.BANK_ACCOUNT.value: (8, 20),
}
_BODY_KINDS = frozenset(
    {
        PiiKind.PHONE.value,
        PiiKind.NPWP.value,
        PiiKind.BANK_ACCOUNT.value,
        PiiKind.EMAIL.value,
        # a ``NIK / NPWP Badan`` column: a body's row holds its NPWP there
        PiiKind.NIK.value,
    }
)


#: Words that make a number's column a body's (``NPWP Pemilik Badan``, ``Telp Kantor``).
_BODIES = (
    lex.words(
        "badan usaha perusahaan kantor instansi toko koperasi penyedia rekanan vendor"
        # an office's treasurer's withholding number and a tax invoice's seller's (``NPWP
        # Bendahara``, ``NPWP Penjual``)
        " bendahara penjual"
        # a body's cash account (``Rekening Kas``)
        " kas"
        # a community body's own line, seat or account (``WA Posyandu``, ``Telp Gereja``)
        " posyandu pustu sekolah gereja jemaat paroki masjid yayasan panti sekretariat"
        # a group's (``NPWP Kelompok``, ``Rekening Kelompok``)
        " kelompok"
    )
    | lex.VILLAGE_GROUP_WORDS
)  # (farmers' and fishers' groups', a village enterprise's)
#: A column of bodies' seats (``Alamat Usaha``, the addresses of a directory of offices or of
#: an organisation's row): kept, unless a cell says the business is at home.
_SEAT = "seat"
_AT_HOME = re.compile(
    # (``JL. BERINGIN NO. 99 (rumah)``: the cell's own word that the seat is a home)
    r"(?i:rumah[ \t]+sendiri|di[ \t]+rumah(?![ \t]+sakit)|\([ \t]*rumah[ \t]*\))"
)
#: A column of mailboxes (in a directory of bodies, each row's is the body's).
_MAIL_HEADER = re.compile(r"(?<![a-z])(?:e-?mail|surel|surat elektronik)(?![a-z])")
#: A header that says each row is an office's or an organisation's.
_OFFICE_COLUMN = re.compile(
    r"(?:nama[ \t]+)?(?:instansi|kantor|unit|unit kerja|lembaga|opd|dinas|organisasi|faskes"
    r"|puskesmas|sekolah|perusahaan|badan usaha|usaha|toko|koperasi|tempat|fasilitas"
    # a schedule of an office's services by place or by clinic (``Lokasi``, ``Poli``)
    r"|lokasi|poli|poliklinik|layanan|loket"
    # a directory of community bodies (``Posyandu | Hari | Jam | WA``), of hospitals, clinics
    # and a provider's outlets (``Rumah Sakit | Alamat | IGD``, ``Outlet``)
    r"|posyandu|pustu|gereja|jemaat|paroki|masjid|yayasan|panti|rumah sakit|rs|klinik|apotek"
    r"|outlet|gerai|cabang|kantor cabang)"
)
#: A header of a register's suppliers (``Penyedia``, ``Rekanan``), whose cells may name a
#: company or a person.
_SUPPLIER_COLUMN = re.compile(r"(?:nama[ \t]+)?(?:penyedia|rekanan|vendor)")
#: A column of numbers said to pose as an office's, in a register that says whom they pose as.
_POSING_COLUMN = re.compile(r"(?<![a-z])(?:penipu|pelaku|palsu)(?![a-z])")


class Cell(NamedTuple):
    """A cell of a table: where it is (its value, without spaces or quotes) and what its column
    makes it: a kind's value, `KEEP`, or None (the column says nothing)."""

    start: int
    end: int
    kind: str | None


def _split(line: str, offset: int, separator: str) -> list[tuple[int, int]]:
    """The cells of ``line`` (which starts at ``offset``) split at ``separator``, as ``(start,
    end)`` without the spaces and quotes around a value; a comma inside double quotes is no
    separator. A ``|`` line's empty first and last cells (``| a | b |``) are dropped."""
    spans: list[tuple[int, int]] = []
    if separator == "," and '"' in line:
        quoted = False
        begin = 0
        for at, char in enumerate(line):
            if char == '"':
                quoted = not quoted
            elif char == separator and not quoted:
                spans.append((begin, at))
                begin = at + 1
        spans.append((begin, len(line)))
    else:
        begin = 0
        for part in line.split(separator):
            spans.append((begin, begin + len(part)))
            begin += len(part) + 1
    if separator == "|" and len(spans) > 1:
        if not line[: spans[0][1]].strip():
            spans = spans[1:]
        if spans and not line[spans[-1][0] :].strip():
            spans = spans[:-1]
    cells = []
    for begin_at, end_at in spans:
        first, last = begin_at, end_at
        while first < last and line[first] in " \t\u00a0\"'":
            first += 1
        while last > first and line[last - 1] in " \t\u00a0\"'\r":
            last -= 1
        cells.append((offset + first, offset + last))
    return cells


def _separator(line: str) -> str | None:
    """The separator a table's line uses: the one of `_SEPARATORS` it holds most (at least
    twice), else None."""
    if "\t" not in line and "|" not in line and ";" not in line:
        return "," if line.count(",") >= _MIN_CELLS - 1 else None  # most lines of prose
    best, most = None, _MIN_CELLS - 2
    for separator in _SEPARATORS:
        count = line.count(separator)
        if count > most:
            best, most = separator, count
    return best


def _number_column(words: list[str]) -> str | None:
    """The kind of number a header's ``words`` name (the first number word decides), `KEEP`
    where that is a body's (``NPWP Pemilik Badan``, ``HP Kantor``; not ``NIK / NPWP Badan``,
    which names a person's number too), or None."""
    named = [kind for word in words for headers, kind in _NUMBER_HEADERS if word in headers]
    if not named:
        return None
    if "kartu" in words and "keluarga" in words:
        return PiiKind.KK.value  # ``No. Kartu Keluarga``
    if len(named) == 1 and named[0] in _BODY_KINDS and not _BODIES.isdisjoint(words):
        return KEEP
    return named[0]


def _bodys_number(header: str) -> str | None:
    """The kind of number a column's ``header`` (lower-cased) names where a body may hold it
    (``NPWP Penyedia``, ``NPWP/NITKU`` beside ``Penyedia``: `PiiKind.NPWP`), which a sole
    trader's row gives its kind where the table keeps the column; None for any other column."""
    words = _WORD.findall(header)
    named = [kind for word in words for headers, kind in _NUMBER_HEADERS if word in headers]
    return named[0] if named and named[0] in _BODY_KINDS else None


#: A cell saying a row's business is a person's own (``Perorangan``, ``Usaha Perseorangan``,
#: ``Orang Pribadi``): a sole trader's, whose numbers are the person's.
_ONES_OWN = r"(?:perorangan|perseorangan|orang[ \t]+pribadi|pribadi)"
_SOLE_TRADER = re.compile(
    r"(?i)\(?[ \t]*(?:(?:usaha|badan[ \t]+usaha|wp|wajib[ \t]+pajak)[ \t]+)?"
    + _ONES_OWN
    + r"[ \t]*\)?"
)


def _column(header: str) -> str | None:
    """What a column with the header ``header`` (lower-cased) holds: a kind's value, `KEEP`, or
    None."""
    words = _WORD.findall(header)
    if not words:
        return None
    number = _number_column(words)
    if number is not None:
        return number
    if any(word in _PLACE_HEADERS for word in words):
        return KEEP
    if any(word in _ADDRESS_HEADERS for word in words):
        # ``Alamat Usaha``, ``Alamat Kantor``: a body's seat
        return _SEAT if not _BODIES.isdisjoint(words) else PiiKind.ADDRESS.value
    if (
        any(word in _NAME_HEADERS for word in words)
        and not any(
            word in _NOT_A_PERSONS
            # (a business's keeper is a person: ``Nama Pelaku Usaha``, ``Nama Pemilik Usaha``)
            and not (word == "usaha" and before in _KEEPERS)
            for before, word in pairwise(["", *words])
        )
    ) or words[0] in _POST_HEADERS:  # a post's holder, whatever body (``Kepala Sekolah``)
        return PiiKind.NAME.value
    return None


def _scam_register_header(
    text: str, head: list[tuple[int, int]], title: str
) -> list[str | None] | None:
    """The kinds of a register of scams' numbers whose header names no kind, under a title that
    says what it lists (``DAFTAR NOMOR PENIPU YANG DILAPORKAN WARGA`` then ``Nomor | Modus |
    Tgl lapor``): its column of numbers is the scams', nobody's (the guide's register of scams
    naming nobody), the others say nothing; None for any other line."""
    if _SCAM_WORDS.search(title) is None:
        return None
    headers = [text[start:end].lower() for start, end in head]
    if any("nama" in _WORD.findall(header) for header in headers):
        return None  # ``Nama pelaku``: the scams' users named, their numbers theirs
    kinds: list[str | None] = [
        KEEP if _NUMBER_HEADER.fullmatch(header.strip()) else None for header in headers
    ]
    return kinds if KEEP in kinds else None


#: A header of a column of numbers that names no kind (``Nomor``, ``No. HP``, ``Nomor WA``).
_NUMBER_HEADER = re.compile(r"(?:nomor|nomer|no\.?)(?:[ \t]+(?:hp|wa|telepon|telp|penipu|pelaku))?")
#: Header words of a schedule's columns (``Hari``, ``Jadwal``, ``Jam``).
_SCHEDULE_WORDS = lex.words("hari jadwal jam giliran waktu pukul")
#: A header of the neighbourhood alone (``RT``, ``RT/RW``).
_RT_HEADER = re.compile(r"rt(?:[ \t]*/[ \t]*rw)?")
#: A column of income tax withheld under its article (``PPh 21``, ``PPh Pasal 23``).
_TAX_ARTICLE = re.compile(r"pph[ \t]*(?:pasal[ \t]*)?[0-9]{2}")


def _header(text: str, cells: list[tuple[int, int]]) -> list[str | None] | None:
    """The kinds of a header's columns, or None where the line is no header: every cell short,
    with a letter and at most one digit, and one of them naming a kind or a column to keep."""
    kinds: list[str | None] = []
    for start, end in cells:
        value = text[start:end]
        if (
            end - start > _HEADER_CELL_CHARS
            or len(value.split()) > _HEADER_CELL_WORDS
            or not any(char.isalpha() for char in value)
            or (
                sum(char.isdigit() for char in value) > 1  # ``Luas (m2)``, not a row's values
                and _TAX_ARTICLE.fullmatch(value.lower()) is None  # (``PPh 21``)
            )
        ):
            return None
        kinds.append(_column(value.lower()))
    headers = [text[start:end].lower() for start, end in cells]
    if any("ngaku" in header for header in headers):
        # ``Nomor Penipu`` (or ``Nomor``) beside ``Mengaku Sebagai``: numbers posing as an
        # office's
        kinds = [
            KEEP
            if _POSING_COLUMN.search(header) is not None
            or (kind in (None, "phone") and "nomor" in header)
            else kind
            for header, kind in zip(headers, kinds, strict=True)
        ]
    if PiiKind.NAME.value not in kinds and any(
        not _SCHEDULE_WORDS.isdisjoint(_WORD.findall(header)) for header in headers
    ):
        # ``RT | Hari | Titik pengisian``: a schedule's turns by neighbourhood, nobody's home
        kinds = [
            KEEP if kind == PiiKind.ADDRESS.value and _RT_HEADER.fullmatch(header.strip()) else kind
            for header, kind in zip(headers, kinds, strict=True)
        ]
    posing = [i for i, header in enumerate(headers) if _POSING_COLUMN.search(header)]
    if posing and not any("nama" in headers[i] for i in posing):
        # ``Nomor pelaku`` in a register of a scam's victims: the scams' numbers, nobody named
        # as their users (a ``Nama pelaku`` column names them, and their numbers are theirs)
        for i in posing:
            if kinds[i] in (None, PiiKind.PHONE.value):
                kinds[i] = KEEP
    if PiiKind.NAME.value not in kinds and any(
        _OFFICE_COLUMN.fullmatch(header.strip()) is not None for header in headers
    ):
        # ``Instansi | Telepon | WhatsApp``: a directory of offices, every row a body's (a
        # column naming an office beside a person's name, ``Nama | NIK | Sekolah``, says where
        # the person studies or works)
        kinds = [
            _SEAT
            if kind == PiiKind.ADDRESS.value
            else KEEP
            if kind in _BODY_KINDS or _MAIL_HEADER.search(header) is not None
            else kind
            for header, kind in zip(headers, kinds, strict=True)
        ]
    # (after a column of row numbers: ``No | Nama Sekolah | ...``)
    named = next((h for h in headers if _WORD.findall(h) not in (["no"], ["nomor"])), "")
    first = _WORD.findall(named)
    if (
        first[:1] == ["nama"] and not _BODY_ROW_WORDS.isdisjoint(first)
    ) or _OFFICE_COLUMN.fullmatch(named.strip()) is not None:
        # ``Nama LKSA | Alamat | Pengasuh | HP Pengasuh``: the rows are bodies', their seats
        # the bodies' (a holder's own column keeps its kind: ``Alamat Pengasuh``)
        kinds = [
            _SEAT
            if kind == PiiKind.ADDRESS.value
            and _HOLDER_WORDS.isdisjoint(words := _WORD.findall(header))
            and _POST_HEADERS.isdisjoint(words)
            else kind
            for header, kind in zip(headers, kinds, strict=True)
        ]
    if all(kind is None for kind in kinds):
        return None
    return kinds


#: The separators a spaced list's header never holds (nor a field's colon or a sentence's comma,
#: which `_spaced_cells` looks for first: ``Nama saya ..., NIK ...`` is prose).
_NOT_IN_HEADER = frozenset("\t|;")
#: The labels of a spaced list's numbered columns, in the lower-cased header, and their kinds.
_SPACED_LABEL = re.compile(
    r"(?<![a-z0-9])(?P<kk>no\.?[ \t]*kk|nomor[ \t]+kk|kk)"
    r"|(?<![a-z0-9])(?P<nik>nik|no\.?[ \t]*ktp)"
    r"|(?<![a-z0-9])(?P<npwp>npwp)"
    r"|(?<![a-z0-9])(?P<bpjs>no\.?[ \t]*(?:kis|bpjs|kartu)|bpjs|kis)"
    r"|(?<![a-z0-9])(?P<bank_account>no\.?[ \t]*rek(?:ening)?\.?|rekening)"
    r"|(?<![a-z0-9])(?P<phone>no\.?[ \t]*hp|hp|wa|telp)"
    r"|(?<![a-z0-9])(?P<address>rt[ \t]*/[ \t]*rw)"
    r"|(?<![a-z0-9])(?P<keep>nip|nisn|nop|id[ \t]*pel|idpel)"
    r"(?![a-z0-9])"
)
#: A spaced list's row: its number, then its cells.
_SPACED_ROW = re.compile(r"[ \t]*[0-9]{1,3}[.)]?[ \t]+[^\W\d_]")
#: A row's numbered cells: a long number (letters read for digits too), or an RT/RW pair.
_SPACED_VALUE = re.compile(
    r"(?<![\w/+])(?:\+?[0-9OolISB](?:[.\-]?[0-9OolISB]){7,19}"
    r"|[0-9]{1,3}[ \t]*/[ \t]*[0-9]{1,3})(?![\w/])"
)
#: Lines that may stand between a spaced list's rows (a page's heading, its number).
_SPACED_GAP = 2
#: The fewest numbered columns that give a spaced list its shape, and the most words of its
#: header.
_SPACED_LABELS = 2
_SPACED_HEADER_WORDS = 12


def _spaced_cells(text: str, lowered: str) -> list[Cell]:
    """The numbered cells of lists whose columns are set apart by spaces only (a PDF's table
    pasted as text: ``No Nama NIK No. KK RT/RW`` then ``1 ALOYSIUS MANAFE 5313... 5313...
    023/004``): the header's labels, in order, name a row's numbers, in order, where the row
    has as many as the header has labels. A page's heading or number between rows is passed
    over."""
    found: list[Cell] = []
    size = len(text)
    resume = 0
    at = lowered.find("nama")
    while at != -1:
        if at < resume:
            at = lowered.find("nama", at + 4)
            continue
        head = text.rfind("\n", 0, at) + 1
        tail = text.find("\n", at + 4)
        tail = size if tail == -1 else tail
        resume = tail
        at = lowered.find("nama", tail)
        if lowered.find(":", head, tail) != -1 or lowered.find(",", head, tail) != -1:
            continue  # a field's label or prose: most lines with ``nama`` are
        line = lowered[head:tail]
        if not _NOT_IN_HEADER.isdisjoint(line) or len(line.split()) > _SPACED_HEADER_WORDS:
            continue  # a header names its columns and nothing else: a few words
        labels = [hit.lastgroup for hit in _SPACED_LABEL.finditer(line)]
        if len(labels) < _SPACED_LABELS:
            continue
        gap = 0
        offset = tail + 1
        while offset < size and gap <= _SPACED_GAP:
            stop = text.find("\n", offset)
            stop = size if stop == -1 else stop
            row = text[offset:stop]
            values = (
                list(_SPACED_VALUE.finditer(row))
                # a row carries no label of its own (``1. NPWP lama ... dan NIK ...``)
                if _SPACED_ROW.match(row) and _SPACED_LABEL.search(lowered, offset, stop) is None
                else []
            )
            if len(values) != len(labels):
                gap += 1
            else:
                gap = 0
                for label, value in zip(labels, values, strict=True):
                    kind = KEEP if label == "keep" else label
                    start, end = offset + value.start(), offset + value.end()
                    if kind is not None and (
                        kind in (KEEP, PiiKind.ADDRESS.value)
                        or _value(text, start, end, kind) is not None
                    ):
                        found.append(Cell(start, end, kind))
            offset = stop + 1
        resume = offset
    return found


def find_table_cells(text: str, lowered: str | None = None) -> list[Cell]:
    """The cells of the tables in ``text`` whose column says what they are (a header's cells
    are kept: they name columns, nobody), in text order; ``lowered`` is the text lower-cased
    (computed here when not given)."""
    if "\n" not in text:
        return []
    spaced = _spaced_cells(text, _ascii_lower(text) if lowered is None else lowered)
    if spaced:
        return sorted([*spaced, *_separated_cells(text)])
    return _separated_cells(text)


def _last_cell_closed(
    cells: list[tuple[int, int]], row: str, row_offset: int, header: str, count: int
) -> list[tuple[int, int]]:
    """A ``|`` row's cells with its last one, left empty, where the row has one cell fewer than
    the header's ``count``, the row's bar closes it and the header's does not (``... | 450.000
    |`` under ``... | Jumlah | TTD``: a signature's column, which `_split` dropped with the
    empty last cell)."""
    if (
        len(cells) == count - 1
        and row.rstrip().endswith("|")
        and "|" in header
        and not header.rstrip().endswith("|")
    ):
        closed = row_offset + len(row.rstrip())
        return [*cells, (closed, closed)]
    return cells


def _separated_cells(text: str) -> list[Cell]:
    """The cells of the tables whose columns are set apart by a separator (`_SEPARATORS`)."""
    parts = text.split("\n")
    separators = [
        _separator(line)
        if line.count(",") > 1 or "\t" in line or "|" in line or ";" in line
        else None
        for line in parts
    ]
    # A header has a line of its shape (or a markdown rule) right under it, or a legend or a
    # rule between (`_first_row`, where its rows start): most texts have no such pair, and are
    # told so without reading further.
    heads = _heads(parts, separators)
    if not heads:
        return []
    lines = list(zip(accumulate((len(part) + 1 for part in parts), initial=0), parts, strict=False))
    found: list[Cell] = []
    index = 0
    for head_index, first_row in heads:
        if head_index < index:
            continue  # inside a table already read
        index = head_index
        offset, line = lines[index]
        separator = separators[index]
        if separator is None:  # never: every index in ``heads`` has one (for the type checker)
            continue
        head = _split(line, offset, separator)
        kinds = _header(text, head) if len(head) >= _MIN_CELLS else None
        if kinds is None and len(head) >= _MIN_CELLS and index > 0:
            kinds = _scam_register_header(text, head, lines[index - 1][1])
        if kinds is None:
            continue
        rows: list[list[tuple[int, int]]] = []
        # (the one column of home addresses, whose cells a comma may split)
        homes = [i for i, kind in enumerate(kinds) if kind == PiiKind.ADDRESS.value]
        address = homes[0] if len(homes) == 1 else None
        following = first_row
        while following < len(lines):
            row_offset, row = lines[following]
            if separator == "|" and _RULE.fullmatch(row) and "-" in row:
                following += 1  # a markdown table's rule under its header
                continue
            if separators[following] != separator:
                break
            cells = _split(row, row_offset, separator)
            extra = len(cells) - len(head)
            if (
                extra > 0
                and separator == ","
                and address is not None
                and all(
                    _ADDRESS_GOES_ON.match(text, start) is not None
                    for start, _ in cells[address + 1 : address + extra + 1]
                )
            ):
                # an address with its comma unquoted (``Jl. Taebenu No. 8A, RT 43/RW 01``): its
                # column's cell runs over the cells too many
                cells[address : address + extra + 1] = [
                    (cells[address][0], cells[address + extra][1])
                ]
            cells = _last_cell_closed(cells, row, row_offset, line, len(head))
            if len(cells) != len(head):
                break
            rows.append(cells)
            following += 1
        if len(rows) >= (2 if separator == "," else 1):
            found.extend(Cell(start, end, KEEP) for start, end in head if start < end)
            # (the header's words, or the title right above it: ``DAFTAR NOMOR PENIPU ...``)
            scams = _SCAM_WORDS.search(line.lower()) is not None or (
                index > 0 and _SCAM_WORDS.search(lines[index - 1][1]) is not None
            )
            bodys = [_bodys_number(text[start:end].lower()) for start, end in head]
            suppliers = [
                _SUPPLIER_COLUMN.fullmatch(text[start:end].lower()) is not None
                for start, end in head
            ]
            holders = [
                not _HOLDERS_AND_KEEPERS.isdisjoint(_WORD.findall(text[start:end].lower()))
                for start, end in head
            ]
            found.extend(
                _cells(
                    text,
                    kinds,
                    rows,
                    scams=scams,
                    bodys=bodys,
                    suppliers=suppliers,
                    holders=holders,
                    owns=_owned_columns(text, head),
                )
            )
            index = following
    return found


def _heads(parts: list[str], separators: list[str | None]) -> list[tuple[int, int]]:
    """Each header's line and the line where its rows start (see `_separated_cells`)."""
    heads: list[tuple[int, int]] = []
    for index, (separator, below) in enumerate(pairwise(separators)):
        if separator is None:
            continue
        if below == separator or (separator == "|" and _RULE.fullmatch(parts[index + 1])):
            heads.append((index, index + 1))
        elif (first_row := _first_row(parts, separators, index)) is not None:
            heads.append((index, first_row))
    return heads


def _first_row(parts: list[str], separators: list[str | None], index: int) -> int | None:
    """Where the rows of the header at ``index`` start when lines stand between: a legend
    (``Keterangan kolom: ...``) or a rule of dashes, up to `_BETWEEN_HEAD_AND_ROWS` lines
    without the header's separator, then a line of its shape (not for commas, whose prose lines
    look alike); a blank line ends the header's table."""
    separator = separators[index]
    if separator is None or separator == ",":
        return None
    following = index + 1
    for _ in range(_BETWEEN_HEAD_AND_ROWS):
        if (
            following >= len(parts)
            or not parts[following].strip()
            or separators[following] == separator
            # (an example's row under its own heading: ``Contoh pengisian (data fiktif)``)
            or _EXAMPLE_LINE.search(parts[following].lower()) is not None
        ):
            return None
        following += 1
        if following < len(parts) and separators[following] == separator:
            return following
    return None


#: A line saying that what follows is an example.
_EXAMPLE_LINE = re.compile(r"(?<![a-z])(?:contoh|fiktif|example|sampel|simulasi)(?![a-z])")
#: The most lines between a header and its first row (a legend, a rule of dashes).
_BETWEEN_HEAD_AND_ROWS = 2


def _cells(
    text: str,
    kinds: list[str | None],
    rows: list[list[tuple[int, int]]],
    *,
    scams: bool,
    bodys: list[str | None] | None = None,
    suppliers: list[bool] | None = None,
    holders: list[bool] | None = None,
    owns: list[bool] | None = None,
) -> list[Cell]:
    """The cells of a table's ``rows`` that its columns' ``kinds`` decide. A row whose name is
    an organisation's (or that an organisation's name opens, in a table with no column of
    names), says a body holds it (``(badan usaha)``), or, in a register of scams
    (``scams``: its header speaks of them, or the row does), says nobody knows who
    (``tidak diketahui``), is a body's or a scam's: its numbers are kept. A row whose cell
    of a column that names no kind says the business is a person's own (``Perorangan``) gives
    the columns of bodies' numbers (``bodys``: ``NPWP Penyedia``) their kind: a sole
    trader's. A row whose supplier's cell (``suppliers``: the ``Penyedia`` column) names a
    company is the company's, but for the columns whose header names a post's holder
    (``holders``: ``HP Ketua``, ``NPWP Direktur``): the holder's own numbers. In a body's row
    that names its post's holder, the columns whose header names what the first column's does
    (``owns``: ``NPWP BUMDes`` beside ``BUMDes``) are the body's."""
    found: list[Cell] = []
    unnamed = PiiKind.NAME.value not in kinds
    holders = holders or [False] * len(kinds)
    owns = owns or [False] * len(kinds)
    for row in rows:
        if bodys is not None and any(bodys):
            row_kinds = _sole_traders_kinds(text, kinds, bodys, row)
            if row_kinds is not kinds:
                found.extend(_cells(text, row_kinds, [row], scams=scams))
                continue
        # a post's holder named in the row (``KSP Damai Timur | ... | La Ode Mursalim |
        # +6285...`` under ``Ketua | HP Ketua``)
        named = any(holders) and any(_persons_cell(text, kinds, row))
        # a body's row that names its post's holder with columns of their own (``BUMDes | NPWP
        # BUMDes | Direktur | NPWP Direktur``): the columns the body's header names are the
        # body's (``owns``), the others the holder's
        heads_body = named and kinds[0] is None and _organisation(text[row[0][0] : row[0][1]])
        # a row opened by an organisation's name in a table with no person's column (``Mitra``,
        # ``Unit Layanan KUR``): the organisation's line, seat and mailbox
        body = (
            (kinds[0] is None and unnamed and _organisation(text[row[0][0] : row[0][1]]))
            or (
                # (an owner's own columns stay the owner's: ``Pemilik | HP Pemilik``, `holders`)
                suppliers is not None
                and any(
                    supplier and _organisation(text[start:end])
                    for supplier, (start, end) in zip(suppliers, row, strict=True)
                )
            )
            or _organisations_unnamed_row(text, kinds, row)
            or any(
                kind == PiiKind.NAME.value
                and (
                    _organisation(value := text[start:end])
                    or _BODY_HOLDS.fullmatch(value) is not None
                    or _duty_role(value)
                    or (
                        _NOBODY_KNOWN.fullmatch(value) is not None
                        and (scams or _SCAM_WORDS.search(text, row[0][0], row[-1][1]) is not None)
                    )
                )
                for kind, (start, end) in zip(kinds, row, strict=True)
            )
        )
        for index, (column, (start, end)) in enumerate(zip(kinds, row, strict=True)):
            holder = named and holders[index]
            if heads_body and owns[index] and column in _BODY_KINDS:
                found.append(Cell(start, end, KEEP))
                continue
            if (
                unnamed
                and scams
                and column in (None, PiiKind.PHONE.value)
                and _PHONE_CELL.fullmatch(text, start, end) is not None
            ):
                # a register of scams' numbers naming nobody (``Nomor | Modus | Tgl lapor``
                # under ``DAFTAR NOMOR PENIPU``): the scams' lines (an account there keeps its
                # label)
                found.append(Cell(start, end, KEEP))
                continue
            if body and column is None and _LONG_NUMBER.search(text, start, end) is not None:
                # ``tidak diketahui | 0821...`` under ``Nomor Pelaku``: the body's or the
                # scam's number, whatever its column says
                found.append(Cell(start, end, KEEP))
                continue
            if column is None or start >= end:
                continue
            kind = column
            home = _home_in_cell(text, start, end) if kind == KEEP else None
            if home is not None:
                found.extend(home)
                continue
            if kind == _SEAT or (body and kind == PiiKind.ADDRESS.value):
                # a body's seat, unless the cell says the business is at home
                at_home = _AT_HOME.search(text, start, end) is not None
                kind = PiiKind.ADDRESS.value if at_home else KEEP
            if (
                kind == KEEP
                or (body and kind in _BODY_KINDS and not holder)
                # a fixed line in a row that names a clinic or an office in another cell than the
                # person's (``dr. ... | anak | Klinik Kasih Bunda | 0380-829035``): the place's
                or (
                    kind == PiiKind.PHONE.value
                    and _FIXED_LINE.fullmatch(text, start, end) is not None
                    and any(
                        other != index
                        and kinds[other] != PiiKind.NAME.value
                        and _organisation(text[cell_start:cell_end])
                        for other, (cell_start, cell_end) in enumerate(row)
                    )
                )
                # the holder's cell that says a body or nobody holds the row
                or (
                    body
                    and kind == PiiKind.NAME.value
                    and (
                        _BODY_HOLDS.fullmatch(value := text[start:end]) is not None
                        or _NOBODY_KNOWN.fullmatch(value) is not None
                        or _duty_role(value)
                    )
                )
            ):
                found.append(Cell(start, end, KEEP))
                continue
            span = _value(text, start, end, kind)
            if span is not None:
                found.append(Cell(span[0], span[1], _said_kind(text, start, span[0], kind)))
    return found


#: An NPWP's word (on the lower-cased text).
_NPWP_WORD = re.compile(r"(?<![a-z])npwp(?![a-z])")


def _said_kind(text: str, start: int, begin: int, kind: str) -> str:
    """The kind of the number at ``begin`` in a cell opening at ``start`` under a column of
    ``kind``: the NIK where the cell's words before it in an NPWP column say it is the NIK in
    place of one (``belum punya, NIK 5311...``, ``tidak ada (NIK 5303 ...)``), as the writer
    says; else the column's."""
    if kind != PiiKind.NPWP.value:
        return kind
    before = text[start:begin].lower()
    if lex.NIK_WORD.search(before) is not None and _NPWP_WORD.search(before) is None:
        return PiiKind.NIK.value
    return kind


def _owned_columns(text: str, head: list[tuple[int, int]]) -> list[bool]:
    """For each column of a header, whether its header names what the first column's does
    (``NPWP BUMDes`` beside ``BUMDes``, ``Email Sekolah`` beside ``Sekolah``): the row's body's
    own column."""
    words = [set(_WORD.findall(text[start:end].lower())) - _GENERIC_HEADER for start, end in head]
    return [index > 0 and not words[0].isdisjoint(own) for index, own in enumerate(words)]


#: Header words that name no body (``Nama``, ``No``).
_GENERIC_HEADER = frozenset({"nama", "no", "nomor"})


def _persons_cell(text: str, kinds: list[str | None], row: list[tuple[int, int]]) -> Iterator[bool]:
    """For each cell of ``row``, whether it is a name's cell that names a person: not an
    organisation, a body holding the row, nobody or an empty post."""
    for kind, (start, end) in zip(kinds, row, strict=True):
        value = text[start:end]
        yield (
            kind == PiiKind.NAME.value
            and value.lower() not in _NOTHING
            and not _organisation(value)
            and _BODY_HOLDS.fullmatch(value) is None
            and _NOBODY_KNOWN.fullmatch(value) is None
        )


def _sole_traders_kinds(
    text: str,
    kinds: list[str | None],
    bodys: list[str | None],
    row: list[tuple[int, int]],
) -> list[str | None]:
    """``kinds`` with the columns of bodies' numbers given their kind where a cell of a column
    that names no kind says the row's business is a person's own (``NPWP Penyedia`` beside
    ``Bentuk`` then ``Perorangan``); ``kinds`` itself for any other row."""
    if not any(
        kind is None
        and (
            _SOLE_TRADER.fullmatch(text, start, end) is not None
            # (or a name's cell saying so in a bracket: ``HIRONIMUS DA COSTA (perorangan)``)
            or _SOLE_TRADER_MARK.search(text, start, end) is not None
        )
        for kind, (start, end) in zip(kinds, row, strict=True)
    ):
        return kinds
    return [
        body if kind == KEEP and body else kind for kind, body in zip(kinds, bodys, strict=True)
    ]


#: A bracket in a cell saying its row's business is a person's own (``(perorangan)``).
_SOLE_TRADER_MARK = re.compile(r"(?i)\([ \t]*(?:usaha[ \t]+)?" + _ONES_OWN + r"[ \t]*\)")


#: A cell holding a mobile's or a fixed line's number alone (``0823652277139``, ``+62 819-...``).
def _home_in_cell(text: str, start: int, end: int) -> list[Cell] | None:
    """The home's address in a place's cell that says it is a home (``rumah, Jl. Matani No.
    115``, ``praktek di rumah, Perum ...``): the words after the home's (none where nothing
    follows them); None for any other cell."""
    home = _HOME_CELL.match(text, start, end)
    if home is None:
        return None
    return [Cell(home.end(), end, PiiKind.ADDRESS.value)] if home.end() < end else []


#: What goes on an address after its comma (``RT 43/RW 01``, ``Kel. Oebufu``, ``Gg. 2``).
_ADDRESS_GOES_ON = re.compile(r"(?i)(?:rt|rw|kel|kec|gg|blok|kota|kab|desa|ds|kupang)(?![a-z])")
#: A place's cell opening with a home's words and a comma or a colon (``rumah, ``, ``praktek di
#: rumah, ``, ``di rumah sendiri: ``).
_HOME_CELL = re.compile(
    r"(?i)(?:(?:praktek|praktik|buka|usaha|jualan)[ \t]+)?(?:di[ \t]+)?rumah(?![ \t]+sakit)"
    r"(?:[ \t]+sendiri)?[ \t]*[,:][ \t]*"
)
#: A fixed line (an area code, no mobile's ``08``), as a cell holds it whole.
_FIXED_LINE = re.compile(r"\(?0[1-79][0-9]{1,2}\)?[ .\-]?[0-9][0-9 .\-]{4,10}[0-9]")
_PHONE_CELL = re.compile(r"\(?(?:\+?62|0)[0-9 .\-()]{7,18}[0-9]")
#: A run of nine digits or more in a cell, separators allowed (a line's or an account's).
_LONG_NUMBER = re.compile(r"[0-9](?:[ .\-()]{0,2}[0-9]){8}")
#: A name's cell that says a body holds the row (``(badan usaha)``, ``perusahaan``).
_BODY_HOLDS = re.compile(r"(?i)\(?[ \t]*(?:badan[ \t]+usaha|perusahaan|instansi|lembaga)[ \t]*\)?")
#: A name's cell that says nobody knows whose the row is (``tidak diketahui``, ``-``).
_NOBODY_KNOWN = re.compile(
    r"(?i)\(?[ \t]*(?:tidak[ \t]+diketahui|tdk[ \t]+diketahui|belum[ \t]+diketahui|anonim"
    r"|tanpa[ \t]+nama|tidak[ \t]+ada[ \t]+nama|-|\?)[ \t]*\)?"
)
#: Words of a scam in a header or a row (``Nomor Pelaku``, ``ngaku petugas PLN``, ``minta OTP``).
_SCAM_WORDS = re.compile(r"(?i)penipu|pelaku|ngaku|tipu|palsu|(?<![a-z])otp(?![a-z])|hoax|hoaks")


def _organisations_unnamed_row(
    text: str, kinds: list[str | None], row: list[tuple[int, int]]
) -> bool:
    """Whether ``row`` names nobody in its name's cell (``-``, ``tidak diketahui``) and an
    organisation in another (``Kantor Lurah | - | 0380...`` under ``RT/RW | Nama Ketua | HP``,
    ``Kontak Puskesmas Bakunase,-,-,0813...`` under ``No,Nama Kader,Jabatan,No. HP``): the
    organisation's row."""
    names = [
        text[start:end]
        for kind, (start, end) in zip(kinds, row, strict=True)
        if kind == PiiKind.NAME.value
    ]
    if not names or any(_NOBODY_KNOWN.fullmatch(name) is None for name in names):
        return False
    return any(
        kind != PiiKind.NAME.value and _organisation(_CONTACT_LEAD.sub("", text[start:end]))
        for kind, (start, end) in zip(kinds, row, strict=True)
    )


#: A contact's word opening a cell before whose it is (``Kontak Puskesmas Bakunase``).
_CONTACT_LEAD = re.compile(r"(?i)\A(?:kontak|telp|telepon|hubungi|info)[ \t:]+")


def _duty_role(value: str) -> bool:
    """Whether a name's cell names a role on duty and nobody (``Linmas kelurahan``, ``Piket
    malam``, ``Satpam pasar``, ``Petugas loket 3``, ``Linmas MPP``, ``Back office OSS``): a
    duty's or a desk's word, then words in lower case, numbers or a place's short name in
    capitals only (``Linmas Yohanes Ndun`` names the holder)."""
    words = value.split()
    return (
        bool(words)
        and (words[0].lower() in _DUTY_ROLES or words[0].lower() in _DESK_ROLES)
        and all(
            word.islower() or word.isdigit() or (word.isupper() and len(word) <= _ACRONYM_MOST)
            for word in words[1:]
        )
    )


#: Desks' words a roster's name cell may hold in place of a person (``Petugas loket 3``).
_DESK_ROLES = lex.words("petugas operator admin staf staff back front")
#: The most letters of a place's or a unit's short name in capitals in a role's cell (``MPP``).
_ACRONYM_MOST = 4


def _organisation(value: str) -> bool:
    words = value.lower().split()
    return bool(words) and (
        words[0].rstrip(".") in lex.ORGANISATION_FIRST_WORDS
        # an office's treasurer by the office (``BENDAHARA DINKES``): the office's row
        or (len(words) > 1 and words[0] in _TREASURERS and words[1] not in _TREASURERS)
    )


#: Treasurers' words opening a row's name cell that names an office after them.
_TREASURERS = frozenset({"bendahara", "bendaharawan"})


def _value(text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """Where the value of ``kind`` stands in the cell ``[start, end)``, or None where the cell
    holds none of that shape."""
    value = text[start:end]
    if value.lower() in _NOTHING or value.startswith("["):
        return None  # no value, or a redaction tag already
    if kind == PiiKind.NAME.value:
        return _name(text, start, end)
    if kind == PiiKind.ADDRESS.value:
        return (start, end) if any(char.isalnum() for char in value) else None
    if kind == PiiKind.PLATE.value:
        match = _PLATE.fullmatch(value)
        return (start, end) if match is not None and any(c.isdigit() for c in value) else None
    best: tuple[int, int] | None = None
    for match in _NUMBER.finditer(value):
        raw = match.group()
        digits = raw.translate(_DIGIT_FOR)
        digits = "".join(char for char in digits if char.isdigit())
        if sum(char.isdigit() for char in raw) < len(digits) - 3:
            continue  # more letters than a misread number holds
        if kind == "phone":
            plus = raw.startswith("+")
            if _phone_e164(
                digits, international=plus and not digits.startswith("62"), lenient=True
            ):
                best = (start + match.start(), start + match.end())
        else:
            low, high = _DIGITS[kind]
            if low <= len(digits) <= high:
                best = (start + match.start(), start + match.end())
        if best is not None:
            break
    return best


def _name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in a name column's cell, without a title or a role before it, or None where
    the cell holds no name (an organisation, digits, more than six words)."""
    words = list(_NAME_WORD.finditer(text, start, end))
    if not words or len(words) > 6 or any(char.isdigit() for char in text[start:end]):
        return None
    if _organisation(text[start:end]):
        return None
    while words and words[0].group().lower() in _BEFORE_NAMES and len(words) > 1:
        words.pop(0)
    first, last = words[0], words[-1]
    stop = last.end() - (1 if last.group().endswith(".") and len(last.group()) > 2 else 0)
    if all(word.group().lower().rstrip(".") in lex.NAME_STOPWORDS for word in words):
        return None
    return (first.start(), stop)


@attrs.frozen
class TableDetector:
    """Cells of tables with a header row, by their column's header (see the module's
    docstring); a column of other numbers or of places, and an organisation's row, are kept
    from every later detector."""

    name: str = attrs.field(default="tables", validator=_detector_name)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        for cell in find_table_cells(text, context.lowered):
            if cell.kind == KEEP:
                context.keep(cell.start, cell.end)
            elif cell.kind is not None and not context.in_tag(cell.start, cell.end):
                yield new_finding(PiiKind(cell.kind), cell.start, cell.end, self.name)
