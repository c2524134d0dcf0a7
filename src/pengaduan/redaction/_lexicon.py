"""Word lists and patterns behind the built-in detectors.

Sources:
    - Vehicle plate region codes: Polri's TNKB region letters (Perkap 7/2021 on vehicle
      registration and identification); the list covers the codes in use on Java, Sumatra,
      Kalimantan, Sulawesi, Bali-Nusa Tenggara (DH Kupang/Timor, EB Flores, ED Sumba), Maluku and
      Papua.
    - Phone prefixes and lengths: validated with the ``phonenumbers`` metadata (libphonenumber),
      not with hand-written prefix tables.
    - NPWP layouts: the 15-digit ``99.999.999.9-999.999`` format (valid until 30 June 2024) and
      the 16-digit form (NIK for residents, or 0 followed by the old 15 digits), per PMK
      112/2022.
    - Context words, honorifics and address words: usage in Indonesian complaint texts
      (LAPOR! reports, WhatsApp complaints in Kupang/NTT); they are heuristics, listed here so an
      app can read and extend them.

Every pattern here is linear-time: no nested quantifiers over overlapping classes, possessive
quantifiers where a run could otherwise be re-scanned.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set."""
    return frozenset(text.split())


_words = words


def line_starts(pattern: str) -> Callable[[str], list[re.Match[str]]]:
    """A finder of ``pattern``'s matches at a line's start, in text order: at the text's start,
    and after each line break.

    The same matches as ``re.compile("^" + pattern, re.MULTILINE).finditer`` where ``pattern``
    never matches a line break: the break is a literal the engine looks for in C, where ``^``
    is tried at every character. Each match after a break holds the break (its groups do not).
    """
    first = re.compile(pattern).match
    after_break = re.compile("\n" + pattern).finditer

    def find(text: str) -> list[re.Match[str]]:
        found = list(after_break(text))
        opening = first(text)
        if opening is not None:
            found.insert(0, opening)
        return found

    return find


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored as a trie (``b(?:apak|u)``).

    A factored alternation lets the engine reject a position after one character instead of
    trying every word, which is what makes the trigger scans fast.
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(char) + build(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


#: A run of lower-case ASCII letters: a word of a lower-cased text, a mailbox's or a role's.
LETTERS = re.compile(r"[a-z]+")
#: Lower-cases ASCII letters only, so offsets in the lowered text match the original.
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
#: Upper-cases ASCII letters only (same length and offsets).
ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


# ---------------------------------------------------------------------------------------------
# Numbers

#: A run of at least seven digits joined by at most three separators (space, dot, dash, brackets,
#: NBSP).
#: Each repetition consumes exactly one digit, so the run is matched in one linear pass.
NUMBER_RUN = re.compile(r"[+(]?[0-9](?:[ .\-()\u00a0]{0,3}[0-9]){6,}+")
#: The same run starting at its first digit: a pattern that opens with a character class lets the
#: engine skip non-digits in C; the detector looks at the ``+`` or ``(`` before it itself. A line
#: break may split a number before its last group of three to ten digits (``082325\n181212``,
#: ``NIK : 537109\n5608070020``), after a dash or a dot too (``0813-1354-\n010``).
#: Its separators are taken possessively (fewer of them would leave a separator, not a digit, next).
#: Underscores, bullets and middle dots separate groups too (``0853·4365·52030``).
DIGIT_RUN = re.compile(
    r"[0-9](?:(?:[ .\-()\u00a0_\u2022\u00b7]{0,3}+"
    r"|[\-.]?\n(?=[0-9]{3,10}(?![0-9]|[ .\-()\u00a0]{1,3}[0-9])))[0-9]){6,}+"
)
DIGIT_GROUP = re.compile(r"[0-9]+")
NPWP15_FORMAT = re.compile(r"[0-9]{2}\.[0-9]{3}\.[0-9]{3}\.[0-9]-[0-9]{3}\.[0-9]{3}")
#: The same groups written with spaces (``46 601 325 9 920 000``).
NPWP15_SPACED = re.compile(r"[0-9]{2} [0-9]{3} [0-9]{3} [0-9] [0-9]{3} [0-9]{3}")
#: The old groups with the ``0`` the sixteen-digit form puts before them
#: (``082.027.928.4-920.000``).
NPWP16_DOTTED = re.compile(r"0[0-9]{2}\.[0-9]{3}\.[0-9]{3}\.[0-9]-[0-9]{3}\.[0-9]{3}")
#: The same groups with one mark between all of them (``15.582.608.1.920.000``,
#: ``15-087-672-0-922-000``).
NPWP15_ONE_MARK = re.compile(r"[0-9]{2}([.\-])[0-9]{3}\1[0-9]{3}\1[0-9]\1[0-9]{3}\1[0-9]{3}")
#: The old layout with one group a digit short, as an NPWP mistyped is written
#: (``09.640.237.-920.000``, ``48.77.395.1-922.000``, ``85.134.633.2-21.000``,
#: ``15.723.734.5-922.00``); the caller checks that only one digit is missing (fourteen in all).
NPWP15_MISTYPED = re.compile(r"[0-9]{1,2}\.[0-9]{2,3}\.[0-9]{2,3}\.[0-9]?-[0-9]{2,3}\.[0-9]{2,3}")

#: Context words, grouped by what they announce. The closest one before a number decides; where
#: two start at the same place the group listed first wins (``wa pengaduan`` is an office's line,
#: not ``wa``). ``office`` words announce an office's line: a phone after them is not personal.
CONTEXT_WORDS: dict[str, tuple[str, ...]] = {
    "nik": (
        "nik",
        "nlk",
        # what a family card records is its members' NIKs (``NIK istri di KK tercatat 5371...``;
        # ``Di KK saya (5307...)`` is the card's own number)
        "di kk tercatat",
        "dalam kk tercatat",
        "di kk tertulis",
        # Kupang Malay: ``di KK tatulis`` (written on the family card)
        "di kk tatulis",
        "di kk tacatat",
        "di kk terdaftar",
        "n.i.k",
        "ktp",
        "e-ktp",
        "ektp",
        "nomor induk kependudukan",
        "no induk kependudukan",
        "nonik",
    ),
    "kk": (
        "kk",
        "k.k",
        "nokk",
        "kartu keluarga",
        "no kk",
        "nomor kk",
        "kk-nya",
        "kk nya",
        "no kartu keluarga",
        "nomor kartu keluarga",
        "family card",
    ),
    "npwp": ("npwp", "npwp16", "npwp15", "n.p.w.p", "n p w p", "nonpwp", "nomor pokok wajib pajak"),
    "bpjs": (
        "bpjs",
        "jkn",
        "kis",
        "kartu indonesia sehat",
        "no kartu bpjs",
        "bpjs kesehatan",
        "bpjs kesehatan mandiri",
        "bpjs mandiri",
        "no kartu",
        "nomor kartu",
        "no. kartu",
        # in English (``Heronimus Ndolu, card no. 0008...``)
        "card no",
        "card number",
    ),
    "bank": (
        "rek",
        "rek.",
        "rekening",
        "norek",
        "no.rek",
        "bank",
        "bri",
        "bni",
        "bca",
        "mandiri",
        "bsi",
        "btn",
        "cimb",
        "danamon",
        "permata",
        "transfer",
        "tf",
        "ditransfer",
        # a bank statement's transfer lines (``TRF DARI [NAME] 0688906715``, ``TRF KE ...``)
        "trf",
    ),
    "office": (
        "kantor",
        # a hospital's or a health centre's emergency unit (``UGD 24 JAM: 0380...``)
        "ugd",
        "igd",
        "call center",
        "callcenter",
        "call centre",
        "hotline",
        "hot line",
        "wa center",
        "whatsapp center",
        "wa pengaduan",
        "nomor pengaduan",
        "no pengaduan",
        "layanan pengaduan",
        "pusat layanan",
        "customer service",
        # a consumers' complaints unit and a blood donor unit (``menghubungi ULPK melalui telp``,
        # ``Info stok darah: WA UDD 0899...``)
        "ulpk",
        "udd",
        # a boarding house's manager's line on its form (``Jl. El Tari No. 20A - WA pengelola``)
        "wa pengelola",
        # a shop's or a courier's customers' desk and its sales desk (``hubungi WA customer care
        # 0812...``, ``WA marketing 0813...``)
        "wa customer care",
        "wa marketing",
        "posko",
        "cs",
        "helpdesk",
        "help desk",
        "sekretariat",
        "pusat informasi",
        "contact center",
        "contact centre",
        "sms center",
        "sms centre",
        "fax",
        "faks",
        "faksimile",
        "humas",
        "resmi",
        "aduan",
        "pengaduan",
        "layanan",
        "pelayanan",
        "darurat",
        "pusat panggilan",
        # a care centre's line and BPJS Kesehatan's WhatsApp service (``Care Center juga bisa
        # lewat WA Pandawa 0811...``)
        "care center",
        "care centre",
        "wa pandawa",
        "pandawa",
        # an office's line in English (``Our office line is 0380 ...``)
        "office line",
        "office number",
        "kas daerah",
        "kasda",
        # a company's hiring desk and a neighbourhood's watch post (``WA 0852... (HRD)``, ``Pos
        # kamling: 0852... (pos jaga)``)
        "hrd",
        # a business's own line on a form (``Telp usaha: ...``, beside ``HP pemilik``)
        "telp usaha",
        "telepon usaha",
        "wa usaha",
        "nomor usaha",
        "no usaha",
        "pos jaga",
        "pos kamling",
        "pos ronda",
        # a police station's front desk (``WA SPKT 0852...``), a shop's feedback line (``Kritik
        # & saran: WA 0882...``)
        "spkt",
        # the police's internal affairs and the task force against illegal levies (``WA Propam
        # 0813...``, ``WA Saber Pungli 0852...``)
        "propam",
        "saber pungli",
        "kritik & saran",
        "kritik dan saran",
        "kritik saran",
        # an agency's contact in a notice (``Kontak instansi: 0380 813283 psw 152``)
        "kontak instansi",
        # a service's line for outages and a unit of an office (``WA gangguan 0812...``, ``Sub
        # Bagian Umum: 0380...``)
        "wa gangguan",
        # the tax office's call centre (``Kring Pajak 1500200 atau WA ...``)
        "kring pajak",
        "nomor gangguan",
        "sub bagian",
        "subbagian",
        "bagian umum",
        # a lost property desk (``Pemilik dapat menghubungi Lost & Found 0380...``)
        "lost & found",
        "lost and found",
    ),
    # An institution named right before a number: its fixed line is the office's, but a mobile
    # number there is still a person's (``pegawai dinas ... 0812...``, the guide's "a mobile
    # number of a named official given as his own").
    "institution": (
        "dinas",
        # the national zakat agency's office (``BAZNAS Kota Kupang``)
        "baznas",
        "perusahaan",
        # a committee's line (``WA panitia PPDB 0812...``)
        "panitia",
        "bkpsdm",
        "bkd",
        "setda",
        "pmi",
        "dlhk",
        "dlh",
        "pupr",
        "polda",
        "polresta",
        "basarnas",
        "kelurahan",
        "kecamatan",
        "puskesmas",
        "rsud",
        "pdam",
        "pln",
        "polsek",
        "polres",
        "dukcapil",
        "bpbd",
        "sekolah",
        "posyandu",
        "pustu",
        "perumda",
        "bapenda",
        "pemkot",
        "pemkab",
        "pemda",
        "pemprov",
        "samsat",
        "disdukcapil",
        "dinkes",
        "disnaker",
        "dpmptsp",
        "dinsos",
        "dishub",
        "disdik",
        "satpol",
        "damkar",
        "inspektorat",
        # trade, agriculture, housing, youth, manpower and cooperatives' offices, the police's
        # traffic unit
        "disperindag",
        "distan",
        "disperkim",
        "dispora",
        "dinkop",
        "satlantas",
        # the disaster agency's operations centre (``Pusdalops (0380) 842328 / WA 0852...``)
        "pusdalops",
        # a village health post (``Polindes``, ``Poskesdes``)
        "polindes",
        "poskesdes",
        # an office's section (``Hubungi Seksi Drainase telp ...``)
        "seksi",
        # a ministry's directorate (``Direktorat Jenderal Pajak``)
        "direktorat",
        "ditjen",
        "ombudsman",
        "rumah sakit",
        "klinik",
        # Businesses and other organisations the guide does not label (``Toko Sinar Abadi``):
        # their fixed line is theirs; a mobile there may be the owner's own. (Churches and
        # hotels are left out: people name them as landmarks, ``dekat gereja``.)
        "toko",
        "apotek",
        "apotik",
        "taksi",
        "taxi",
        "koperasi",
        "yayasan",
        # service points of utilities and the tax office (``lapor ke grapari 0380 ...``,
        # ``Plasa Telkom (0380) ...``, ``KPP (0380) ...``), a school's administration office
        # (``atau tata usaha (0380) ...``)
        "grapari",
        # an office's technical unit and a school's committee (``UPTD Pasar``, ``Komite Sekolah``)
        "uptd",
        "upt",
        "komite",
        "plasa telkom",
        "plaza telkom",
        "kpp",
        "tata usaha",
        # An office's department or notice (``Kontak bidang: 0380-...``, ``Informasi: 0380...``):
        # a fixed line there is the office's; a mobile stays a person's (``Info 0812...``).
        "bidang",
        "informasi",
        "info",
    ),
    "phone": (
        "hp",
        "no hp",
        "nohp",
        "nowa",
        "notelp",
        "wa",
        "whatsapp",
        "telp",
        "telp.",
        "tlp",
        "telepon",
        "telpon",
        "ponsel",
        "sms",
        "kontak",
        "hubungi",
        "hub",
        "nomor saya",
        # a person's own number, and a person to call in an emergency (not an emergency line)
        "nomor beliau",
        "nomor dia",
        "kontak darurat",
    ),
    "negative": (
        # the social aid's debit card (``KARTU KELUARGA SEJAHTERA`` then ``6013 0135 ...``): no
        # family card, and its number a bank card's (its account, ``Rekening KKS BNI ...``, is
        # an account)
        "kartu keluarga sejahtera",
        # a fisher's registration card (``KUSUKA 5314...``): the programme's number
        "kusuka",
        "kartu kusuka",
        "tiket",
        "ticket",
        "invoice",
        "faktur",
        "tagihan",
        "billing",
        "kode bayar",
        # a budget's account code (``kode rekening bidang pembangunan 2.09.07...``)
        "kode rekening",
        "resi",
        "id pelanggan",
        "idpel",
        "id pel",
        "pelanggan",
        "token",
        "surat",
        "registrasi",
        "no reg",
        "laporan",
        "booking",
        "nop",
        "objek pajak",
        "va",
        "virtual account",
        "pesanan",
        "order",
        "meteran",
        "kwh",
        "sertifikat",
        "sppt",
        "antrian",
        "antrean",
        "nomor antrian",
        "imei",
        "nip",
        "nrp",
        "sk",
        "perkara",
        "briva",
        "bniva",
        "kode va",
        "kode pembayaran",
        "sambungan",
        # a water connection's number as a bill writes it (``no samb 02-14-760540``), a
        # school's national number (``NPSN``)
        "no samb",
        # a bank's guarantee for a contract (``Jaminan pelaksanaan pada Bank NTT nomor ...``):
        # the guarantee's number, no account
        "jaminan pelaksanaan",
        "jaminan penawaran",
        "jaminan uang muka",
        "bank garansi",
        "garansi bank",
        "npsn",
        # a welfare register's own ID (``PKH (ID DTKS 2026...)``)
        "dtks",
        "id dtks",
        "no sambungan",
        "nomor sambungan",
        "bukti potong",
        "customer number",
        "meter number",
        # a water connection in English (``Connection no. 02-14-...``)
        "connection no",
        "connection number",
        "nosamb",
        "nisn",
        "kpj",
        "sim",
        "resi",
        "pengiriman",
        # Transactions, registrations and documents (the guide's "16-digit numbers said to be
        # something else": the context decides).
        "transaksi",
        "bukti transfer",
        "trx",
        "ref",
        "reff",
        "referensi",
        "pendaftaran",
        "register",
        "permohonan",
        "nota",
        # an order's, a prescription's, a complaint's or a work order's number (``orderan sy
        # (...)``, ``No. Resep``, ``NO KOMPLAIN``, ``nomor SPK``)
        "orderan",
        "resep",
        "komplain",
        "spk",
        "no pel",
        "nopel",
        "pengajuan",
        "berkas",
        "kontrak",
        "polis",
        "seri",
        "serial",
        "kode",
        "ntpn",
        # a tax return's receipt (``SPT Tahunan Anda telah diterima dengan BPE nomor ...``)
        "bpe",
        "bukti penerimaan elektronik",
        "rm",
        "rekam medis",
        "meter",
        "nib",
        "nis",
        "induk siswa",
        "npsn",
        "nuptk",
        "paspor",
        "passport",
        "ijazah",
        "akta",
        "rangka",
        "mesin",
        "stnk",
        "bpkb",
        # A BPJS Ketenagakerjaan membership number is another card, outside the ``bpjs`` kind.
        "ketenagakerjaan",
        "bpjs ketenagakerjaan",
        "bpjs tk",
        "bpjstk",
        "bpjs naker",
        "jamsostek",
    ),
}
#: The order in which context groups are tried where two start at the same place: a negative
#: phrase first (``bpjs ketenagakerjaan`` is not ``bpjs``), then the rest as listed.
CONTEXT_ORDER = ("negative", *(kind for kind in CONTEXT_WORDS if kind != "negative"))


def _context_pattern() -> re.Pattern[str]:
    groups = []
    for kind in CONTEXT_ORDER:
        # Each group's words factored as a trie (the longest word at a place wins, as in a
        # longest-first alternation), a space standing for up to three spaces, dots or colons.
        alternatives = trie_pattern(CONTEXT_WORDS[kind]).replace(r"\ ", r"[\s.:]{1,3}")
        groups.append(f"(?P<{kind}>{alternatives})")
    # ``-nya`` glued to a word (``NIKnya``, ``KKnya``, ``HPnya``) keeps its meaning.
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(groups) + r")(?:-?nya)?(?![a-z0-9])")


CONTEXT = _context_pattern()
#: Words after an office's name that make a fixed line after them a person's home line (``...
#: kantor lurah, telp rumah saya 0380 821447``).
HOME_LINE = re.compile(r"(?<![a-z])(?:rumah|rmh|pribadi|sendiri)(?![a-z])")
#: The end of a sentence inside a context window: context words before it say nothing about a
#: number after it (``rek BRI 8544 01 097880 44 0. Nomor penipu 0813...``).
#: The detector checks the word before the mark (four letters or more, not ``telp.``).
#: (a list's item ending its line with ``;`` ends too: ``... atas permohonan sendiri;`` then
#: ``2. 76.383...``, the next item's number)
_SENTENCE_BREAK = r"[.!?][ \u00a0\n]+(?=[a-z])|;[ \t]*\n|\n[ \t]*\n"
SENTENCE_BREAK = re.compile(_SENTENCE_BREAK)
#: `CONTEXT` and `SENTENCE_BREAK` in one scan of a window, every kind's words in one
#: trie (no group per kind: the engine rejects a position after one test): group 1 is the
#: context word (without a glued ``-nya``), ``None`` for a sentence end. The words of two kinds
#: never start one another, so the longest word at a place is the one `CONTEXT` finds.
CONTEXT_OR_BREAK = re.compile(
    r"(?<![a-z0-9])("
    + trie_pattern(w for words in CONTEXT_WORDS.values() for w in words).replace(
        r"\ ", r"[\s.:]{1,3}"
    )
    + r")(?:-?nya)?(?![a-z0-9])|"
    + _SENTENCE_BREAK
)


def context_key(word: str) -> str:
    """A context word as `CONTEXT_KINDS` knows it: spaces, dots and colons between its
    parts made one space (``no. kartu`` and ``no kartu``; ``telp.`` and ``telp``)."""
    return " ".join(word.replace(".", " ").replace(":", " ").split())


#: The kind each context word announces, by `context_key()`.
CONTEXT_KINDS = {
    context_key(word): kind for kind in CONTEXT_ORDER[::-1] for word in CONTEXT_WORDS[kind]
}
#: An identity number written with letters for digits (``537l054507850012``: ``O``/``o`` for 0,
#: ``l``/``I`` for 1) right after a NIK or KK context word; matched on the lower-cased text, where
#: the detector checks that no letter or digit stands right before the context word.
LETTERED_ID = re.compile(
    r"(?:(?P<kk>no\.?[ \u00a0]?kk|nomor[ \u00a0]kk|kartu[ \u00a0]keluarga|kk)"
    r"|(?P<nik>nik|nlk|n\.i\.k|e-?ktp|ktp|nomor[ \u00a0]induk[ \u00a0]kependudukan))(?![a-z0-9])"
    r"[ \u00a0:.=\-]{0,4}(?:(?:no|nomor|nmr)\.?[ \u00a0:]{0,3})?"
    r"(?:(?:saya|sy|nya|ku)[ \u00a0:]{1,3})?"
    r"(?P<number>[0-9olsb](?:[ .\-\u00a0]?[0-9olisb]){13,18})(?![a-z0-9])"
)
#: A number of 14 to 19 characters, digits or letters typed for digits (on the lower-cased text).
LETTERED_NUMBER = re.compile(r"[0-9olsb](?:[ .\-\u00a0]?[0-9olisb]){13,18}+")
#: A mobile of 10 to 14 characters, digits or letters typed for digits, opening with ``0`` or
#: ``62`` as written, its ``8`` read as a ``B`` too (``O8S7072l9B76``, ``0B81714229SB``; on the
#: lower-cased text).
LETTERED_PHONE = re.compile(r"(?:[0o][8b]|62[ .\-]?[8b])(?:[ .\-]?[0-9olisb]){8,12}+")
#: A letter people type (or a scan reads) for a digit, next to a digit (on the lower-cased text).
LETTER_BY_DIGIT = re.compile(r"[0-9][oilsb]|[oilsb][0-9]")
#: The letters people type or a scan reads for digits, and the digits they stand for (``O`` for
#: 0, ``l`` and ``I`` for 1, ``S`` for 5, ``B`` for 8).
LETTER_DIGITS = str.maketrans("olOIiSsBb", "010115588")
#: What may stand between a number and a context word written after it: ``0001... (BPJS)``.
CONTEXT_AFTER = re.compile(
    r"[ \u00a0]{0,2}[(\[,=-]?[ \u00a0]{0,2}(?:(?:adalah|yaitu|merupakan|itu|ini)[ \u00a0]{1,2})?"
    r"(?:(?:nomor|nomer|no)\.?[ \u00a0]{0,2})?"
    # a unit of the body named after it (``(Unit Gakkum Satlantas)``, ``(Bagian Umum Setda)``)
    r"(?:(?:unit|bagian|seksi|subbag|bidang)[ \u00a0]{1,2}(?:[a-z]+[ \u00a0]{1,2})?)?"
)
#: A person between a messaging word and an institution (``WA petugas puskesmas``): the number
#: after them is that person's.
PERSON_BETWEEN = re.compile(
    r"(?<![a-z])(?:petugas|pegawai|staf|staff|bapak|bpk|pak|ibu|bu|bidan|perawat|dokter|guru"
    r"|kepala|sopir|oknum|saya|sy|dia|beta)(?![a-z])"
)
#: The writer or another person named by a pronoun (``saya``, ``sy``, Kupang ``beta``, ``dia``):
#: after a contact word and an office's word, the number after it is that person's (``hub kantor
#: atau saya 0813...``); unlike `PERSON_BETWEEN`, no role word (``kantor kepala desa`` is an
#: office's name).
PRONOUN_AFTER = re.compile(r"(?<![a-z])(?:saya|sy|aku|beta|dia)(?![a-z])")
#: Words by which a sentence points back to what the sentence before it asked for (``... minta
#: NPWP semua guru. Ini punya sy 5301...``).
POINTS_BACK = re.compile(r"(?<![a-z])(?:ini|nih|ni|itu|punya|pung|milik)(?![a-z])")
#: What must end right before a sentence's closing mark: a word of four letters or a digit.
SENTENCE_END = re.compile(r"(?:(?<![a-z])(?!telp\Z)[a-z]{4,}|[0-9\x1f])\Z")
#: A date written with separators (``03-12-2025``, ``3/12/2025``): never a phone or an id.
DATE_SHAPE = re.compile(r"(?:0?[1-9]|[12][0-9]|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)[0-9]{2}")
MONEY_BEFORE = re.compile(r"(?:rp|idr|usd)\s{0,2}\.?\s{0,2}$")
#: Words written right before a number without a space ("HP081234567890").
GLUED_CONTEXT = frozenset({"hp", "wa", "nik", "kk", "npwp", "rek", "telp", "tlp", "norek", "no"})

# ---------------------------------------------------------------------------------------------
# Plates

PLATE_REGIONS = tuple(
    sorted(
        _words(
            """
        A AA AB AD AE AG B BA BB BD BE BG BH BK BL BM BN BP D DA DB DC DD DE DG DH DK DL DM DN DP DR
        DS DT DW E EA EB ED F G H K KB KH KT KU L M N P PA PB PG R S T W Z
        """
        ),
        key=lambda code: (-len(code), code),
    )
)
_PLATE_BODY = (
    r"(?:" + trie_pattern(PLATE_REGIONS) + r")(?:[ \u00a0]?[1-9][0-9]{0,3}[ \u00a0]?"
    r"|-[1-9][0-9]{0,3}-)[A-Z]{1,3}(?![A-Za-z0-9])"
)
PLATE = re.compile(r"(?<![A-Za-z0-9])" + _PLATE_BODY)
#: Words one of which stands, as a whole word, before a plate in lower case (or a dash:
#: ``ea-3015-a``).
VEHICLE_WORDS = (
    "plat",
    "nopol",
    "pol",
    "motor",
    "mobil",
    "kendaraan",
    "oto",
    "pick",
    "pickup",
    "truk",
    "angkot",
    "bus",
    "travel",
    "taksi",
    "bemo",
    "ojek",
)
#: Words that say a vehicle comes next, so a plate written in lower case still counts: a
#: vehicle (a ``travel`` is a shared car), maybe whose it is or what it serves (``mobil dinas``,
#: ``kendaraan pribadi``).
VEHICLE_BEFORE = re.compile(
    r"(?:plat|nopol|no\.?[ \u00a0]?pol|nomor[ \u00a0]polisi|tnkb|motor|mobil|kendaraan|oto"
    r"|pick[ \u00a0]?up|truk|angkot|bemo|ojek|bus|sepeda[ \u00a0]motor|travel|taksi)"
    r"(?:[ \u00a0]+(?:sy|saya|beta|kami|dia|nomor|no\.?|dinas|pribadi|umum|sewaan))?"
    # the make, the model or the colour between (``Motor Beat hitam dh 5796 dy``)
    r"(?:[ \u00a0]+[a-z]{2,10}){0,2}"
    r"[ \u00a0:.]{1,3}\Z"
)
#: :data:`PLATE` without its leading look-behind, which would stop the engine from skipping
#: positions in C; the detector checks the character before a match itself.
PLATE_BARE = re.compile(_PLATE_BODY)

# ---------------------------------------------------------------------------------------------
# Emails

#: File extensions: where one stands for a top-level domain (``denah@2x.png``) or ends a camera's
#: file name (``IMG_20261105.jpg``), the text is a file's name, not an address or a number.
FILE_EXTENSIONS = frozenset(
    {"png", "jpg", "jpeg", "gif", "bmp", "webp", "heic", "tif", "tiff", "svg", "pdf", "doc"}
    | {"docx", "xls", "xlsx", "ppt", "pptx", "txt", "csv", "mp3", "mp4", "mov", "rar", "apk"}
    | {"opus"}
)

EMAIL_LOCAL_TAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}\Z")
EMAIL_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)++"
)
#: Role mailboxes of public bodies: institutional, not personal, on government domains
#: (``ppdb``: a school admission office, Penerimaan Peserta Didik Baru).
ROLE_MAILBOXES = frozenset(
    {
        "admin",
        "cs",
        "dinkes",
        "helpdesk",
        "humas",
        "info",
        "kontak",
        "lapor",
        "layanan",
        "pengaduan",
        # a consumers' desk (``konsumen@ojk.go.id``), a taxpayers' (``wajibpajak@``)
        "konsumen",
        "wajibpajak",
        "ppdb",
        "ppid",
        "redaksi",
        "sekretariat",
        "setda",
        "dukcapil",
        "disdukcapil",
        "dinsos",
        "ntt",
        "kupang",
        "dishub",
        "disdik",
        "dlh",
        "pupr",
        "bpbd",
        "bappeda",
        "inspektorat",
        "kominfo",
        "diskominfo",
        "kelurahan",
        "kecamatan",
        "puskesmas",
        "rsud",
        "pdam",
    }
)
INSTITUTIONAL_DOMAIN_SUFFIXES = (".go.id",)
#: An address written to dodge scrapers: ``x @ gmail.com``, ``x@ yahoo .com``, ``x(at)yahoo.com``,
#: ``x [at] gmail [dot] com``, ``x at yahoo dot com`` (any case). The span runs from the first
#: character of the mailbox to the last letter of the domain; a plain address is left to
#: :data:`EMAIL_DOMAIN`, and a space before ``@`` alone (``berakhiran @bankntt.co.id``, a handle)
#: does not make one (`pengaduan.redaction._detect_email` checks both).
_GAP = r"[ \t\u00a0]"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
#: ``@`` may be bracketed and spelled ``at``, ``keong`` (the snail, as Indonesians call the
#: sign) or ``et``; a bare word only as ``at``. A dot may be ``dot`` or ``titik``, in brackets or
#: as a word.
_OBFUSCATED_AT = (
    rf"{_GAP}*@{_GAP}*|{_GAP}*[(\[]{_GAP}*(?:at|@|keong|et){_GAP}*[)\]]{_GAP}*|{_GAP}+at{_GAP}+"
)
_DOT_WORD = rf"{_GAP}*[(\[]{_GAP}*(?:dot|titik){_GAP}*[)\]]{_GAP}*|{_GAP}+(?:dot|titik){_GAP}+"
_OBFUSCATED_DOT = rf"{_GAP}*\.{_GAP}*|{_DOT_WORD}"
OBFUSCATED_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])"
    r"(?P<local>[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?)"
    rf"(?P<at>{_OBFUSCATED_AT})(?P<domain>{_LABEL}(?:(?:{_OBFUSCATED_DOT}){_LABEL}){{1,4}})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
#: What separates the labels of an obfuscated domain (a dot with spaces, ``[dot]``, `` dot ``).
OBFUSCATED_DOT = re.compile(_OBFUSCATED_DOT, re.IGNORECASE)
#: The parts of a mailbox before an obfuscated address's last mailbox part, their dots written
#: as words (``yosef [dot] kapitan [dot] 18 [at] ymail [dot] com``): searched at the end of the
#: text before that part.
OBFUSCATED_LOCAL_PARTS = re.compile(
    rf"(?<![A-Za-z0-9._%+\-])(?:[A-Za-z0-9_%+\-]{{1,64}}(?:{_DOT_WORD})){{1,6}}\Z", re.IGNORECASE
)
#: The top-level domains an obfuscated address may end with (``x @ gmail. Terima kasih`` is a
#: sentence, not a domain).
EMAIL_TOP_LEVEL = frozenset(
    {"com", "id", "net", "org", "info", "biz", "co", "ac", "go", "sch", "or", "web", "edu", "gov"}
)
#: The first word of a mailbox that names an office, a unit, a school, a group or a business
#: on any host (``dinkes.kotakupang@gmail.com``, ``osis.smpn2kupang@gmail.com``,
#: ``poktan.sumbermakmur@gmail.com``, ``ksp.tunasharapan@yahoo.co.id``), or a sender nobody
#: answers (``noreply@``): the owner is an organisation, not a person. The word may run on into
#: digits (``smpn2kupang``).
ORGANISATION_MAILBOX = re.compile(
    r"(?:no-?reply|no_reply|donotreply|do-not-reply|mailer-daemon|postmaster|webmaster"
    r"|admin|cs|sdm|hrd|helpdesk|support|layanan|kontak|contact|info|humas|ppid|redaksi|penyuluh"
    r"|pengaduan|lapor|ppdb|osis|tu|bos|pajak|bapenda|bappeda|bendahara|spkt|polres|polresta|polsek"
    r"|pertanahan|bkpsdm|bpbd|bpkad|pupr|dlh|setda"
    r"|dinas|dinkes|dinsos|disdik|disdikbud|dikbud|disperindag|dispenduk|dukcapil|disdukcapil"
    r"|dishub|disnaker|distan|dispar|diskominfo|kominfo|satpol|inspektorat|kelurahan|kecamatan"
    r"|desa|pemkot|pemkab|pemprov|puskesmas|rsud|pdam|posyandu|pkk|karangtaruna|poktan"
    r"|gapoktan|kelompok|ksp|kud|koperasi|kop|bumdes|yayasan|gereja|gmit|jemaat|paroki|masjid"
    r"|sekolah|sdn|sdinpres|sdi|sdk|smpk|smak|smpn|sman|smkn|(?:sd|smp|sma|smk)(?=[0-9])|toko"
    r"|apotek|cv|pt|ud"
    # units, posts and programmes (``pkm.oebobo``, ``kel.oebufu``, ``camat.oebobo``: a post's
    # mailbox passes to the next holder), groups and businesses
    r"|pkm|kel|kec|kantor|bid|bidang|seksi|bagian|biro|upt|uptd|kesbangpol|kemensos|kemenkes"
    r"|bansos|bantuan|lurah|camat|bupati|walikota|wakil|sekda|kadis|kabid|kabag|kasubag|kasi"
    r"|kepsek|kapus|kapolsek|kapolres|polsek|polres|akademik|keuangan|kepegawaian"
    r"|kemahasiswaan|perpustakaan|perpus|rektorat|fakultas|prodi|umkm|pemuda|remaja|pmi|posko"
    r"|bank|hotel|rental|optik|depot|samsat|sekcam|sekdes|seklur|perkim|disperkim|dispenda|umum"
    r"|pelayanan|rm|rekrutmen|karir|lamaran|tatausaha"
    r"|dpmptsp|bpjs|bpn|damkar|dpkp|dlhk|dpupr|disperkimtan|dispora|dinkop|pln|ombudsman"
    r"|kpp|kanwil|kpu|bawaslu|organisasi|informasi"
    # a state company's service units (``up3kupang@pln.co.id``, ``ulp.oebobo``)
    r"|up3|ulp"
    # a branch office's and a procurement unit's (``kc.kupang@bpjs-kesehatan.go.id``,
    # ``ukpbj@kupangkota.go.id``, ``lpse``, ``pokja``)
    r"|kc|kcp|kcu|ukpbj|lpse|pokja|baznas|bimbel|kursus"
    # social programmes' desks and their data systems (``pkh.kotakupang``, ``siksng.``)
    r"|pkh|siksng|siks|dtks|bpnt|blt"
    # a sender of notices and programmes' desks (``notifikasi@bri.co.id``, ``kur.kupang@``,
    # ``dapodik.kotakupang@gmail.com``, ``prakerja.``, KIP Kuliah's ``kipk@``)
    r"|notifikasi|notification|notif|kur|kipk|dapodik|prakerja|korwil|diskopnaker"
    # desks of licences, moving residents, a hotel's front office and reservations, hiring and
    # job fairs (``perizinan@``, ``pindahdatang@``, ``frontoffice.``, ``rekrut.``, ``bursakerja.``)
    r"|perizinan|pindahdatang|frontoffice|reservasi|reservation|resepsionis|rekrut|bursakerja"
    r"|loker|lostandfound|lostfound|callcenter|callcentre"
    # a church's council, classes, sacraments and building committee, a committee's secretary,
    # a programme's or a contest's desk, a welfare unit, a system's sender, a post (``majelis.``,
    # ``sidi.``, ``baptis.``, ``pembangunan.pastori.``, ``sekretaris.``, ``kesra@``,
    # ``puskesos.``, ``sanggah.``, ``tilang.``, ``direktur@``, ``sistem@``)
    r"|majelis|sidi|baptis|pernikahan|sekolahminggu|pembangunan|sekretaris|recruitment|pkbm"
    r"|kesra|kesos|puskesos|sanggah|daftar|tilang|direktur|sistem|system|git|lomba"
    # a council's, a customer desk's, a hospital's units, a survey's or an admission's desk, a
    # campus' offices, a newsletter (``dprd.kotakupang@``, ``pelanggan.pdam@``, ``farmasi.rsud@``,
    # ``survei.dinkes@``, ``pmb.undana@``, ``bem.fkip@``, ``buletin.gmit@``)
    r"|dprd|pelanggan|tagihan|billing|customercare|marketing|sales|finance|farmasi|rekammedis"
    r"|igd|ugd|laboratorium|lab|radiologi|gizi|imunisasi|promkes|surveilans|verifikasi"
    r"|pendataan|statistik|survei|survey|pmb|spmb|alumni|undangan|pengumuman|newsletter|buletin"
    r"|berita|persuratan|arsip|inbox|office|event|dekan|dekanat|kaprodi|senat|bem|himpunan"
    # an order's unit, groups, a data centre, compliance, a church's district, forms and queues,
    # a council's aspirations, site software, a team, a newsletter, a police unit, a training
    # centre, faculties, a mail server's own senders (``satpolpp@``, ``antihoaks.``,
    # ``pusdatin@``, ``klasis.``, ``form@``, ``aspirasi@``, ``antrian@``, ``wordpress@``,
    # ``tim.it@``, ``warta.``, ``reskrim.``, ``blk.``, ``fkip@``, ``bounce-242795@``)
    r"|satpolpp|antihoaks|antihoax|komunitas|pusdatin|kepatuhan|divisi|klasis|form|formulir"
    r"|aspirasi|antrian|antrean|wordpress|tim|warta|reskrim|satreskrim|siapkerja|ppk|blk"
    r"|vendor|fkip|fisip|lpk|komisi|bounce|microsoftexchange"
    # a bank's credit desk, a city's pharmacy store (``kredit.kupang@``, ``ifk.kotakupang@``)
    r"|kredit|ifk"
    # regencies' fishery, livestock, village and food offices, farm extension centres and
    # animal health posts (``dkp.kupang@``, ``disnak@kupangkab.go.id``, ``bpp.oenitas@``,
    # ``dpmd.``, ``puskeswan.``)
    r"|dkp|disnak|disnakeswan|dpmd|dpmdes|bpp|puskeswan|dkpp|distanak|dinpar|bapperida|bpkpd"
    # a village's activity team and a farmers' or a fishers' group (``tpk.nemberala@``,
    # ``kt.bintangtimur@``, ``kub.``)
    r"|tpk|kt|kub"
    # law firms', notaries' and a land office's (``advokat.oebobo@``, ``kantorhukum.``,
    # ``lawoffice.``, ``notariat.``, ``kantornotaris.``, ``kantah.kotakupang@atrbpn.go.id``)
    r"|advokat|kantorhukum|lawoffice|lawfirm|notariat|kantornotaris|notaris|kantah"
    # a neighbourhood's or a village's group (``rt20.manulai@gmail.com``, ``rw05.oebufu``)
    r"|r[tw](?=[0-9]))"
    r"(?:[._-]|[0-9]|\Z)"
    r"|(?:arisan|salon|panti|warung|kedai|dapur|bengkel|klinik|sanggar|kios)(?:[._-]|[0-9]|\Z)"
    # business words run into the name (``tokosinarabadi``, ``pantiasuhan.kasih``), none the
    # start of a person's name (``arisandi``, ``salonia``, ``pantianus`` and ``tokoh`` are not)
    r"|(?:toko(?!h)|apotek|panti(?:asuhan|kasih|werdha|wreda|jompo|(?!an)(?=[a-z]{5}))|warung|kedai|bengkel|klinik"
    r"|yayasan|koperasi|sanggar|dapur|rumahbaca|rumahmakan|percetakan|katering|catering|laundry"
    # a company's form run into its name (``cvnusacendana``), a state company's unit run into
    # its town's (``up3kupang``)
    r"|cv(?=[a-z]{5})|up3(?=[a-z]{4})"
    # a health centre's or a church school's name run on (``pkmsikumana``, ``sdgmit-nk2``)
    r"|pkm(?=[a-z]{4})|sdgmit|sdinpres"
    # a state school's or a hospital's name run on (``sdnbakunase2``, ``rsudsklerik``)
    r"|sdn(?=[a-z]{4})|smpn(?=[a-z]{4})|rsud(?=[a-z]{4})"
    # a stall's, a health post's, a church council's and a contest's names run on
    # (``kiosberkat``, ``posyandulansia``, ``majelisjemaat``, ``lombaesai``)
    r"|kios(?=[a-z]{4})|posyandu(?=[a-z]{3})|majelis(?=[a-z]{4})|lomba(?=[a-z]{4})"
    # a credit union's or a savings cooperative's name run on (``kopdittunaslontar``)
    r"|kopdit(?=[a-z]{4})|ksp(?=[a-z]{5})|ksu(?=[a-z]{5})"
    # a village office's, a farmers' or a fishers' group's name run on (``kantordesaoeseli``,
    # ``kelompoktanilopoindah``, ``kubnelayansinarbahari``)
    r"|kantordesa(?=[a-z]{3})|kelompoktani|kelompoknelayan|kubnelayan|poktan(?=[a-z]{4})"
    r"|gapoktan(?=[a-z]{4})"
    # a congregation's, a church's, a parish's or a mosque's name run on
    # (``jemaatmoriaairmata``, ``gerejakatolik...``), a school data desk's (``dapodikdikbud``)
    r"|jemaat(?=[a-z]{4})|gereja(?=[a-z]{4})|paroki(?=[a-z]{4})|masjid(?=[a-z]{4})"
    r"|dapodik(?=[a-z]{3}))"
)
#: Words of a ``Nama ...`` header or field label that make it a body's or a thing's, not a
#: person's (``Nama Sekolah``, ``Nama Usaha :``, ``Nama Obat``): the table detector's headers and
#: the name detector's field labels add their own to these.
#: A village's enterprises and its farmers' and fishers' groups by their short names (``KUB``
#: a fishers' joint business group, ``Poktan``/``Gapoktan`` farmers' groups and their union,
#: ``BUMDes`` a village enterprise, ``PAMDes`` its water enterprise): bodies, no person.
VILLAGE_GROUP_WORDS = _words("kub poktan gapoktan bumdes pamdes")
NOT_A_PERSONS_FIELD = (
    _words(
        """
    sekolah toko usaha barang jalan jln kelurahan kel desa kecamatan kec perusahaan posyandu
    puskesmas instansi kantor dinas bank produk kegiatan program obat file dokumen kelompok
    lembaga gereja masjid pasar unit bidang kota kabupaten rs rumah paket proyek penyakit
    jabatan panti
    """
    )
    | VILLAGE_GROUP_WORDS
)
#: A bot's mark in brackets after the name a chat shows for it (``Veronika (Virtual
#: Assistant)``): a persona, no person.
BOT_MARK = r"\([ \t]*(?:virtual[ \t]+assistant|asisten[ \t]+virtual|chat[ \t]*bot|bot|ai)[ \t]*\)"
#: A bot's persona said right after the name it gives itself (``saya Tirta, asisten virtual
#: PDAM``; on the lower-cased text).
PERSONA_AFTER = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?:asisten[ \t\u00a0]+(?:virtual|digital)"
    r"|virtual[ \t\u00a0]+assistant|chat[ \t\u00a0]*bot|bot)(?![a-z])"
)
#: A NIK's or an identity card's word (``NIK``, ``KTP``; on the lower-cased text).
NIK_WORD = re.compile(r"(?<![a-z])(?:nik|ktp)(?![a-z])")
#: The writer's own word, or a thing said to be one's own (``saya``, Kupang's ``sa`` and
#: ``beta``, ``pribadi``).
WRITERS_OWN = re.compile(r"(?<![a-z])(?:pribadi|saya|sy|sa|beta|aku)(?![a-z])")
#: Mailboxes of groups and secretariats on any domain (``sekretariat.forum@gmail.com``,
#: ``forumwarga.kpg@gmail.com``): the mailbox's first word names a group or a role, not a person.
GROUP_MAILBOX = re.compile(
    r"(?:sekretariat|forum|komite|panitia|pengurus|paguyuban|ikatan)[a-z]*(?:[._-]|\Z)"
    r"|(?:humas|pengaduan|redaksi|ppid|info|admin)(?:[._-]|\Z)"
)

#: First words of an organisation's name in a table's cell (``UD Laut Timor``, ``Komite PAUD
#: Permata Hati``, ``Kurir JNE``).
ORGANISATION_FIRST_WORDS = (
    _words(
        """
    ud cv pt pd koperasi kop kud ksp gereja gmit jemaat paroki masjid musala yayasan toko kios
    warung bengkel apotek klinik sekolah sd smp sma smk tk paud puskesmas kantor dinas pemkot
    pemkab bumdes kelompok poktan gapoktan panti rumah hotel restoran rm kelurahan desa
    sekretariat posyandu depo depot salon travel catering katering laundry rental kopdit kurir
    jne tiki ekspedisi bank bri bni bca btn bsi pegadaian pln pdam perumda samsat polres polsek
    rsud rsia uptd upt ksu komite operator sdk sdn sdi smpn smpk sman smak smkn mtsn man kas
    posko pos dapur terminal bus lpk stasiun pelabuhan bandara min penginapan losmen
    komunitas pokja outlet gerai plasa grapari alfamart indomaret kpp
    majelis tanah puskeswan lkp kedai grosir fotokopi fotocopy
    """
    )
    | VILLAGE_GROUP_WORDS
)

#: Whose NPWP: words between ``NPWP`` and its number, or before ``NPWP`` in its clause, that
#: make it a person's (``NPWP sy``, Kupang's ``NPWP sa``, ``NPWP pribadi``, ``NPWP dia``; a sole
#: trader's ``usaha perorangan``) or an organisation's (``NPWP badan``, ``NPWP toko``, ``NPWP
#: bendahara``: an office treasurer's withholding number; ``CV Sinar Timor, NPWP``, ``Koperasi
#: ... pung NPWP``, ``vendor ... cantumkan NPWP``; ``NPWP perusahaan``: a company's). Matched on
#: the lower-cased text.
NPWP_PERSON = re.compile(
    r"(?<![a-z])(?:sy|saya|sya|sa|beta|aku|ku|gue|gw|pribadi|perorangan|perseorangan|dia|almarhum"
    r"|alm|istri|suami|ayah|ibu|bapak|bapa|mama|anak"
    # a person by their work (``NPWP dokter :``, ``NPWP guru honor``, ``NPWP narasumber``)
    r"|dokter|bidan|perawat|guru|dosen|narasumber|pegawai|karyawan|honorer)"
    # (``NPWP pribadinya``)
    r"(?:-?nya)?(?![a-z])"
)
NPWP_ORGANISATION = re.compile(
    r"(?<![a-z])(?:badan|perusahaan|toko|koperasi|kop|yayasan|pdam|perumda|bumdes|bumdesa|cv|pt"
    r"|ud|firma|persero|bendahara|bendaharawan|vendor|penyedia|rekanan|distributor|instansi"
    r"|kantor|dinas|sekolah|lembaga|usaha(?![ \t]+perorangan)|depot|depo|ksp|kopdit|catering"
    r"|katering|restoran|hotel|bengkel|kios|warung|apotek|travel|salon|laundry|rental"
    r"|puskesmas|gereja|masjid|klinik|rs|rsu|rsud|rsia|pemotong|pemberi[ \t]+kerja|majelis"
    r"|jemaat|komite|uptd|upt|rumah[ \t]+sakit|blud|ksu|kelompok|poktan|gapoktan|sinode|klasis"
    r"|paroki|rumah[ \t]+ibadah|satker|satuan[ \t]+(?:kerja|pendidikan)"
    # offices of the city and the region by their short names (``NPWP BPKAD``, ``NPWP DPMPTSP``)
    r"|bpkad|bppkad|bapenda|dpmptsp|pemkot|pemda|pemkab|pemprov|setda|dprd|kpu|bawaslu"
    # (and the other offices by theirs: ``NPWP Disdukcapil``, ``NPWP Dinkes``)
    r"|disdukcapil|dukcapil|dinkes|dinsos|disdik|dishub|dlh|pupr|kelurahan|kecamatan|bpbd"
    r"|satpol|inspektorat|bkpsdm|disperindag|dinkop|dispar|diskominfo|baznas)"
    r"(?:-?nya)?(?![a-z])"
)
#: Of `NPWP_ORGANISATION`, the words that say whose an NPWP is from before the word ``NPWP``
#: (the office words there may be a person's workplace: ``pegawai dinas PU, NPWP ...``).
NPWP_ORGANISATION_BEFORE = re.compile(
    r"(?<![a-z])(?:badan|perusahaan|toko|koperasi|yayasan|pdam|perumda|bumdes|bumdesa|pt|ud"
    # (a company, not a job seeker's résumé in a list of papers: ``sy lampirkan CV, surat
    # lamaran dan NPWP (5371...)``)
    r"|cv(?![ \t]*(?:[,;&]|dan(?![a-z])|serta(?![a-z])))"
    r"|bengkel|kios|warung|apotek|faktur|ksp|kopdit|depot|depo|catering|katering|travel|salon"
    r"|restoran|hotel|laundry|rental|ksu"
    # a house of worship's (``tagihan PBB tanah Masjid Nurul Iman (NPWP``; not ``jemaat``: a
    # person is an ``anggota jemaat``)
    r"|gereja|masjid|paroki|sinode|klasis"
    r"|firma|persero|vendor|penyedia|rekanan|distributor|pemotong|pemberi[ \t]+kerja"
    # an invoice's party that is an office (``Pembeli : DINAS PUPR KOTA KUPANG, NPWP``)
    r"|(?:pembeli|penjual|pemesan)[ \t]*:[ \t]*(?:dinas|kantor|badan|sekolah|pemkot|pemda"
    r"|pemkab|puskesmas|rsud))(?![a-z])"
)

# ---------------------------------------------------------------------------------------------
# Names

#: Triggers after which a name may be written in lower case.
STRONG_TRIGGERS = (
    "nama saya",
    "nama sy",
    "nama aku",
    "nama lengkap",
    "nama lengkap saya",
    "nama lengkapnya",
    "nama pelapor",
    "namaku",
    "bernama",
    "yang bernama",
    "yg bernama",
    "saya bernama",
    "sy bernama",
    "atas nama",
    "a.n.",
    "a.n",
    "a. n.",
    "an.",
    "a/n",
    # Fields of identity blocks and forms: whatever follows the label is a name.
    "nama pemohon",
    "nama ayah",
    "nama ibu",
    "nama anak",
    "nama istri",
    "nama suami",
    "nama peserta",
    "nama pasien",
    "nama pemilik",
    "nama terlapor",
    "nama kepala keluarga",
    "nama/nik",
    "n a m a",
    "namanya",
    "nama beta",
    "nama asli",
    # The name a card or an account carries (``Nama di NPWP Wayan Missa``).
    "nama di ktp",
    "nama di kk",
    "nama di npwp",
    "nama di kartu",
    "nama di rekening",
    "nama di buku tabungan",
    # A nickname the writer or a child is called by (Kupang ``panggil sa Eto``: "call me Eto").
    "panggil sa",
    "panggil dia",
    "panggil saja",
    "panggilannya",
    "nama panggilan",
)
#: Honorifics, roles and self-references, the words that give a nickname (``dong panggil dia
#: Ati``, ``dipanggil Nyong``), a child named as someone's (``dong pung anak Ose``, ``ANAK
#: KAMI NOVI``, ``anaknya Abdullah``) and a relative or a neighbour named as the writers'
#: (``adik kami``, ``tetangga kami``): the name after them must be capitalised.
HONORIFIC_TRIGGERS = _words(
    """
    bapak bpk bpk. pak ibu bu sdr sdr. sdri sdri. saudara saudari bapa mama om tante kak kaka
    nona mas mbak opa oma tuan nyonya ny. tn. oknum petugas perawat bidan suster satpam pegawai
    staf staff sopir dokter saya sy aku nama an pelapor terlapor pengadu teradu saksi kepada yth
    yth. alias mamanya papanya
    tanta beta ko alm alm. almh almh. almarhum almarhumah mendiang tetangga keluarga
    serka serda sertu pelda peltu bripka brigpol briptu bripda brigadir aipda aiptu ipda iptu akp
    kompol kapten lettu letda mayor kopda koptu praka pratu prada
    dipanggil panggilannya anaknya
    penerima penulis pasien kader pendamping diverifikasi verifikator kasir penyetor pembeli
    """
) | {
    "panggil dia",
    "panggil de",
    "pung anak",
    "anak kami",
    # a relative or a neighbour the writers speak of as theirs (``Adik kami Ebed``,
    # ``tetangga kami Ebed Tuames``)
    "adik kami",
    "ade kami",
    "kakak kami",
    "kaka kami",
    "cucu kami",
    "keponakan kami",
    "tetangga kami",
    # Buton's lead of a name (``Wa Ode Nurmala``, ``La Ode Ridwan``), part of the name
    "wa ode",
    "la ode",
    # a parent writing as their child's (``orang tua dari Serly Selan``, ``mama dari Gusti``)
    "orang tua dari",
    "orangtua dari",
    "ortu dari",
    "mama dari",
    "ayah dari",
    "wali dari",
}
#: Triggers that count only written with a capital (``Ko Ahong``; ``ko`` is also a particle;
#: ``wa`` is WhatsApp too).
CASED_TRIGGERS = frozenset({"ko", "wa ode", "la ode"})
#: A signature: a closing formula, then the name on a following line (``Hormat saya,`` then
#: ``ttd`` then ``Yuliana Halim``; ``Salam,`` then ``Yoksan``; ``(Engki Kapitan, M.Si)``).
SIGNATURE = re.compile(
    r"(?<![a-z])(?:hormat[ \t]+(?:saya|kami)|salam(?:[ \t]+hormat)?|wassalam|ttd\.?|tertanda"
    r"|pelapor|pemohon)[ \t]*[,:.]?[ \t]*(?:\n[ \t]*)+\(?"
)
#: Thanks closing a message and a name of one to three words ending it on the same line
#: (``... Makasih. Yuneta``): the name follows. Matched on the lower-cased text's end.
THANKS_THEN_NAME = re.compile(
    r"(?<![a-z])(?:terima[ \t]+kasih|makasih|makasi|trims|tks|thanks|thx)[ \t]*[.,!]+[ \t]+"
    r"(?=[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t.!]*\Z)"
)
#: A chat export's message header: the sender's saved name follows (``[17/08/26 14.01] Anace
#: Ndun: ...``, ``[20-04-2025 22.18] siti: ...``, ``[15 Juli 2026 15.49] ...``, a time alone
#: ``[14.15] hendra: ...``, ``7/2/26, 16.43 - Oktovina Da Costa: ...``, the year left out:
#: ``[26 Feb 21.06] endang lestari: ...``). Matched on the lower-cased text.
CHAT_HEADER = re.compile(
    r"^(?:\[(?:[0-9][0-9./:, \-]{6,24}|[0-9]{1,2}[ \t]+[a-z]{3,9}(?:[ \t]+[0-9]{2,4})?,?[ \t]+"
    r"[0-9]{1,2}[.:][0-9]{2}|[0-9]{1,2}[.:][0-9]{2})\][ \t]*"
    r"|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4},?[ \t]+[0-9]{1,2}[.:][0-9]{2}[ \t]*-[ \t]*)"
    r"(?=[^\W\d_][^\n:]{0,40}:)",
    re.MULTILINE,
)
#: A closing dash before a name at the end of a message (``... 🙏 - Sri Wahyuni``); the detector
#: checks that the dash opens a line or follows a mark, not a word.
CLOSING_DASH = re.compile(r"-[ \t]*(?=[^\W\d_][^\n]{0,40}\Z)")
#: A list entry with the person's age in brackets (``1. Budi Selan (27)``, ``2) Yakob Tefa (45
#: thn)``): the words after the entry's number are a name. Matched on the lower-cased text.
LIST_ENTRY = re.compile(
    r"^[ \t]*[0-9]{1,3}[.)][ \t]+(?=[^\W\d_][^\n()]{0,48}\([ \t]*[0-9]{1,3}[ \t]*"
    r"(?:th|thn|tahun)?\.?[ \t]*\)[ \t]*$)",
    re.MULTILINE,
)
#: Animals people keep or raise: a name given after one in its sentence is the animal's
#: (``DICARI anjing hilang, warna coklat, nama Bobi``).
ANIMAL_WORDS = words(
    """
    anjing anjingnya kucing kucingnya sapi sapinya kambing kambingnya babi babinya ayam ayamnya
    burung burungnya kuda kudanya kerbau kerbaunya bebek itik domba kelinci monyet ikan
    """
)
#: A word that gives a name, right before where the name starts (lower-cased text).
_NAMING_BEFORE = re.compile(r"(?<![a-z])(?:nama|namanya|bernama|dinamai)[ \t\u00a0:]*\Z")
#: An animal word (lower-cased text), looked for in a name's sentence before it.
_ANIMAL_WORD = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(ANIMAL_WORDS, key=len, reverse=True)) + r")(?![a-z])"
)
#: A person spoken of between the animal and its name (``anjing gigit anak saya, nama
#: Yohanes``): the name is the person's. A pronoun right after the animal says whose it is.
_PERSON_BETWEEN_ANIMAL = re.compile(
    r"(?<![a-z])(?:anak|anaknya|istri|suami|pemilik|pemiliknya|tetangga|orang|pelaku|om|tanta"
    r"|mama|bapa|bapak|pak|ibu|bu|kakak|kaka|adik|ade|sopir|petugas|dia|saya|sy|beta|aku)"
    r"(?![a-z])"
)
_POSSESSOR_FIRST = re.compile(r"[ \t\u00a0]*(?:saya|sy|sa|beta|ku|kami|kita|dia|dong)(?![a-z])")
#: A person's trade right before the animal that the naming word follows (``penjual sapi
#: bernama Marlin``, ``pemilik kambing yang bernama Yakob``): the phrase's head is the person,
#: the animal what they sell or keep. Searched on the lower-cased text, ending where the animal
#: starts.
_TRADE_BEFORE_ANIMAL = re.compile(
    r"(?<![a-z])(?:penjual|pedagang|pembeli|peternak|pemilik|pemiliknya|pencuri|maling|jagal"
    r"|blantik|gembala|tukang|juragan|makelar)[ \t\u00a0]{1,2}\Z"
)
#: Nothing but ``yang`` between an animal and the naming word after it.
_NAMING_RIGHT_AFTER = re.compile(r"[ \t\u00a0]{1,2}(?:(?:yang|yg)[ \t\u00a0]{1,2})?")
#: How far back a name's sentence is read for an animal.
_ANIMAL_LOOKBACK = 160


def pet_named(lowered: str, start: int) -> bool:
    """Whether the name at ``start`` is an animal's: a word that gives a name (``nama``,
    ``namanya``, ``bernama``) right before it, an animal word earlier in its sentence
    (`ANIMAL_WORDS`) and no person spoken of between them (``DICARI anjing hilang, warna
    coklat, nama Bobi``, ``Kucing sa hilang, namanya Manis``; not ``anjing gigit anak saya,
    nama Yohanes``, nor ``nama saya`` anywhere: its trigger is the writer's), nor a trade right
    before the animal (``penjual sapi bernama Marlin``: the seller's name).

    The caller asks only where the text holds an animal word."""
    naming = _NAMING_BEFORE.search(lowered, max(0, start - 12), start)
    if naming is None:
        return False
    end = naming.start()
    # the name's sentence within reach: after the last break before it
    start = max(0, end - _ANIMAL_LOOKBACK)
    for mark in ".!?\n":
        start = max(start, lowered.rfind(mark, start, end) + 1)
    animal = _ANIMAL_WORD.search(lowered, start, end)
    if animal is None:
        return False
    if _NAMING_RIGHT_AFTER.fullmatch(lowered, animal.end(), end) and _TRADE_BEFORE_ANIMAL.search(
        lowered, max(0, animal.start() - 14), animal.start()
    ):
        return False  # ``penjual sapi bernama Marlin Tuames``: the seller's name
    between = lowered[animal.end() : end]
    owner = _POSSESSOR_FIRST.match(between)
    if owner is not None:
        between = between[owner.end() :]
    return _PERSON_BETWEEN_ANIMAL.search(between) is None


#: The pronouns that introduce the writer by name (``saya Yanti``, ``beta Yakob``).
PRONOUN_TRIGGERS = frozenset({"saya", "sy", "aku", "beta"})
#: Stalls and shops whose own names may be a kin word and a given name (``Kios Mama Ester``):
#: written in title case right before such a name, the name is the stall's.
STALL_WORDS = (
    "kios",
    "warung",
    "lapak",
    "toko",
    "salon",
    "bengkel",
    "depot",
    "laundry",
    "catering",
    "katering",
)
#: Words of a shop's or a rental's page by its trade, in its name (``Roti Kenari Bakery``,
#: ``DO TRANS RENT CAR``, ``Kue Lontar Oebobo``, ``Flobamora Cell``): the business speaks.
TRADE_WORDS = _words("bakery kue roti cake snack rent cell store shop olshop mart official")
#: A thing right before one of `PRONOUN_TRIGGERS` (``KK SAYA DOBEL``, ``RUMAH SAYA, TEMBOK
#: TETANGGA ...``): the pronoun says whose it is and introduces no one. Searched on the
#: lower-cased text, ending where the pronoun starts.
POSSESSED_BEFORE = re.compile(
    r"(?<![^\W_])(?:kk|ktp|nik|hp|no|nomor|kartu|data|akun|rekening|rek|surat|rumah|rmh|tanah"
    r"|pagar|tembok|kamar|motor|mobil|toko|kios)[ \t\u00a0]{1,2}\Z"
)
#: Words of which one is in every text with a signature.
SIGNATURE_WORDS = ("hormat", "salam", "ttd", "tertanda", "pelapor", "pemohon")
#: Titles written before a name (``dr. Maria``, ``Pdt. Markus``).
TITLE_TRIGGERS = _words("dr. drg. drs. dra. ir. prof. pdt. romo pastor pater hj. h.")
_NAME_TRIGGER_WORDS = (
    trie_pattern((*STRONG_TRIGGERS, *HONORIFIC_TRIGGERS, *TITLE_TRIGGERS)) + r"(?![^\W_])"
)
NAME_TRIGGER = re.compile(r"(?<![^\W_])" + _NAME_TRIGGER_WORDS)
#: :data:`NAME_TRIGGER` without its leading look-behind; the detector checks the character before.
NAME_TRIGGER_BARE = re.compile(_NAME_TRIGGER_WORDS)
NAME_TOKEN = re.compile(r"[ \t\u00a0]{1,3}([^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*+\.?)")
NAME_LEAD = re.compile(r"[ \t\u00a0]*[:,][ \t\u00a0]*|[ \t\u00a0]*")
TITLE_TOKENS = frozenset(
    {"dr.", "drg.", "drs.", "dra.", "ir.", "prof.", "pdt.", "hj.", "h.", "dr", "sdr.", "st."}
)
#: Places named after people: a trigger right after one of these is part of a place name.
#: The words :data:`PLACE_BEFORE` opens with: a text before a name without any of them is no
#: place, which a set intersection tells faster than the pattern.
PLACE_WORDS = _words(
    """
    rsud rsu rsia rs rumah jl jln jalan gg gang bandara universitas univ unika stadion gedung
    yayasan sma smp sd smk sman smpn sdn sdk smpk smak gereja masjid lapangan taman pasar klinik
    apotek toko kapal km kri tugu museum aula ruang
    """
)
PLACE_BEFORE = re.compile(
    r"(?<![^\W_])(?:rsud|rsu|rsia|rs|rumah\ssakit|jl|jln|jalan|gg|gang|bandara|universitas"
    r"|univ|unika|stadion|gedung|yayasan|sma|smp|sd|smk|sman|smpn|sdn|sdk|smpk|smak|gereja"
    r"|masjid|lapangan|taman|pasar|klinik|apotek|toko|kapal|km|kri|tugu|museum|aula|ruang)\.?\s{1,2}"
    r"(?:[^\W\d_]+\s{1,2})?(?:[^\W\d_]{1,4}\.\s{0,2}|(?-i:[A-Z])[^\W\d_]*\s{1,2}){0,3}$",
    re.IGNORECASE,
)
#: Words that are never a name's, so a name after a trigger ends (or never starts) at them:
#: function words, roles and offices (``Yth. Pimpinan Bank NTT``), honorifics (``Pelapor Sdri.
#: ...``: the name follows the honorific), the kelurahan of Kota Kupang (``Lurah Solor``: an
#: area), and verbs and adjectives that follow ``sy``/``saya`` in capitals (``RMH SY RUSAK``,
#: ``SDH SY BAYAR``, ``KTP SY DIBLOKIR``, ``GURU HONOR``, ``RUMAH SY KENA BANJIR``, ``ANAK SY
#: SESAK NAFAS``, ``SAYA SAKSI``), and the words of an office's closing (``Tembusan``,
#: ``Customer Service``, ``Staf Administrasi``, ``UPT Samsat``), a field after a head of a
#: field's role (``Kabid Sumber Daya Air``, ``Kabid PJU``), Bali's greeting (``Om
#: Swastiastu``), and ordinary words that follow a name in capitals (``ESTER WADU TETANGGA
#: SY``, ``ANAK SY MEI HWA UMUR 3 THN``, ``SOPIR ANGKOT JOKO JURUSAN 10``, ``... DAN OLVIE WENAS
#: TURUN``, ``nama sy yohana nahak ditulis johana nahak``), verbs an SMS in capitals puts after
#: ``SY`` (``KATANYA SY MENANG UNDIAN``, ``SY DISURUH TLP``, ``SY TERTIPU``, ``DI PAPAN NAMANYA
#: TULIS``, ``SDH SY KETIK``), thanks before a name (``TRIMS TJONG HIN``), a name field's value
#: that says the name is withheld or unknown (``Nama Pelapor : Dirahasiakan``, a register's
#: ``tidak diketahui``), a small business for what the writer is (``Saya UMKM jual kue``), the
#: citizenship a family card's table puts before the parents' names (``WNI LAURENS
#: KELEN``), a label's word after ``nama`` (``NAMA DRIVER DI APLIKASI ...``, a receipt's ``NAMA
#: TUJUAN KOPERASI ...``) and a time word after a role (``DICATAT PETUGAS, TERAKHIR 15-03``).
#: Platforms, marketplaces, couriers, ride-hailing apps, wallets and operators by their brand
#: (``Gojek Kupang:``, ``Pesanan: 1243... (Blibli)``, ``Nama : TOKOPEDIA``, ``dr Shopee``):
#: never a person's name nor a part of one.
PLATFORM_WORDS = (
    "gojek",
    "gofood",
    "grab",
    "grabfood",
    "maxim",
    "indrive",
    "shopee",
    "shopeepay",
    "shopeefood",
    "tokopedia",
    "lazada",
    "blibli",
    "bukalapak",
    "tiktok",
    "sicepat",
    "anteraja",
    "idexpress",
    "spx",
    "jnt",
    "gopay",
    "linkaja",
    "telkomsel",
    "indosat",
    "smartfren",
    "traveloka",
    "tiket.com",
)
NAME_STOPWORDS = (
    _words(
        """
    ada admin agar akan aku alamat anak anggota antar apa atas bagian bahwa baik baru bapak
    belakang belum beliau bendahara berada beralamat bernama bersama besok bidan bilang bisa
    bpjs bu bupati camat cuma dalam dan dari depan desa di dia dinas dirut direktur dokter dong
    dusun email guru hamil hari harus hp ibu ini itu jadi jalan jam jl juga kabid kades kadis
    kalau kami kamis kamu kantor karena kasi kata ke kec kecamatan kel kelurahan kemarin kenapa
    kepala ketua kita kk kota kpd kepada lagi lain lalu lewat lurah mama mau melalui mereka
    minggu minta nama negara nik no nomor nya oknum om pada pagi pak para pegawai pejabat
    pelapor pemerintah perawat pernah petugas pihak presiden puskesmas rabu rs rsud rt rumah rw
    saat sabtu saja sakit sama sampai sangat satpam saya sebagai sebab sedang sejak sekali
    sekalian sekarang sekretaris selaku selasa semua senin sepertinya siang sih sms staf sudah
    supaya sy tadi tanggal tangga tapi telp tentang terhormat tersebut tetapi tidak tdk tim
    tinggal tolong tsb untuk wa wali walikota warga yang yg yth kakak adik suami istri anaknya
    ayah bapa kaka kak tante nona sopir guru kepsek wakil pjs plt plh staff kasubag kasubbag
    kabag sekda gubernur menteri kapolsek kapolres kapus kapuskesmas lurahnya camatnya mohon
    terima kasih selamat salam dengan oleh soal mengenai bukan sering selalu masih belum pun
    punya sekolah kantornya beserta serta atau via disana disini situ sana sini kupang ntt rp ktp
    sim kis cv pt ud memang juga beta katong kamong hukum sarpras umum keuangan perencanaan
    kepegawaian pemerintahan organisasi protokol program pembangunan kesra ekonomi pelayanan
    manajer manager siswa balita seksi bidang kandung pemohon peserta pbi kurang pajak kapan bansos
    operator
    pasar
    sapa siapa alm almh almarhum almarhumah daya tarif dimasukkan dicantumkan dicoret dihapus
    diganti didaftarkan tiba tiba-tiba ganti motor mobil pasir travel toko bengkel warung apotek
    pribadi dibongkar digusur ditutup tanpa
    kios rental laundry salon konter katering catering grosir fotokopi
    print bakery kurir kasir nasabah verifikator konveksi percetakan hotel digital direksi edukasi
    corner jamkesda barang blokir rehabilitasi undangan ksu jne perizinan klaim pelaku
    anda sesuai ponakan makasi jang bosong kalo iyo
    krn blm byr sdh tdk mhn utk dgn dlm jg lg tgl bln thn npwp nib nisn nip jkn stnk bpkb rek
    iuran tanya mau minta lapor dipukul kls kelas smp sma sd tk paud no hp wa telp
    sonde son pung su deng dong katong botong ju sa tu ni na ma lai kasi ko bet
    ttd forum komite majelis jemaat panitia pengurus kelompok ikatan persatuan paguyuban
    naik turun masuk keluar memberi pemberi penerima kuasa kendaraan
    universitas univ fotokopi fotocopy brilink counter negeri sipil contoh kecil pejuang receh
    lampirkan melampirkan masi lepas keberatan sampaikan menyampaikan ajukan mengajukan serahkan
    menyerahkan politeknik akademi sekolah tinggi
    admin anonim hamba warga keluarga besar bhabinkamtibmas babinsa salah pdhl janda
    pln pdam dukcapil disdukcapil bapenda bappeda inspektorat dinsos dishub dinkes disdik asn
    perumda ombudsman satpol polisi polsek polres dprd bpbd kominfo diskominfo pupr dlh rsia
    pustu kemenag gmit berencana harapan sejahtera miskin bpk bank
    bpkad bppkad bkpsdm dpmptsp dlhk dpupr disperkim dinkop dispora damkar dpkp kesbangpol
    s.h m.h s.pd m.pd s.sos m.si s.e m.m s.kom s.t m.t s.kep s.gz a.md m.kes s.th m.th s.ag m.ag
    s.ip m.ip s.psi s.farm s.tr.keb a.md.keb s.si s.ked
    sendiri kos korlap takmir diteror melamar karcis baca yantek tuhan wajib pengelola kring kartu
    account representative
    prakerja taspen debitur pasangan jabatan spesialis care
    oesapa barat timur selatan utara naioni oebobo oebufu liliba fatululi lasiana kolhua naimata
    penfui sikumana fatukoa maulafa oepura airnona bakunase kuanino naikolan nunleu fontein oetete
    nefonaek oeba fatubesi airmata nunbaun namosain manutapen mantasi fatufeto alak batuplat
    manulai belo kelapa lima solor bonipoi nunhila penkase oeleta naikoten
    sdr sdri saudara saudari pimpinan
    rusak tunggu bayar sebut honor kebanjiran diblokir dipakai
    kena ditutup memelihara padahal orang kader tembusan administrasi upt customer service
    grup group koordinator pendamping kapolresta kapolda kapolri
    pakai pake memakai tagih ditagih menagih
    daftar mendaftar pelamar ibadah tangki isi mengisi diisi
    siap kerja gudang terampil perumahan sekel seklur sekcam komunitas pokja
    unit tata subjek subject perihal manajemen angkasa dicek cek beli kirim tuak kayu
    usaha perusahaan instansi lembaga kemensos kemenkes dapat penjual pembeli depot los ikan sayur
    kue buah daging sembako pakaian perorangan jual jualan menulis sore malam hindu islam kristen
    katolik protestan budha buddha konghucu
    boleh silakan silahkan sebentar maaf permisi oke ok iya ya betul benar halo hallo baiklah nah
    apakah bagaimana gimana berapa dimana mengapa nanti coba jaga piket igd ugd kategori
    kebersihan parkir retribusi kontraktor proyek ojk keamanan lowongan juru
    pasien mahasiswa perguruan rekening penampung masjid mesjid musala gereja yayasan koperasi
    klinik mirip by
    sumber pju swastiastu konfirmasi data saksi sesak nafas napas tetangga umur jurusan turun
    ditulis
    demam bemo pesan dengar telan dipotong diminta ambil diri pengguna jadwal hanya bawa
    pengukuran muda
    menang undian disuruh tertipu ditipu tulis trims makasih thx tks
    dirahasiakan rahasia diketahui dikenal
    ketik diketik umkm wni wna
    driver terakhir tujuan penelepon ortu
    air loket faskes chatbot ppid
    ipa ips pkn ppkn matematika fisika kimia biologi sejarah geografi sosiologi penjaskes
    penumpang asdp lab idr praktek praktik travel express ekspres
    terpotong pickup satgas
    keswan puskeswan peternakan pertanian perikanan kelautan petani nelayan peternak penyedia
    jumlah sekdes ppi tpi tanah km kapal
    simpan ngebut mabuk merokok terkait lapak olshop sisi
    """
    )
    | frozenset(PLATFORM_WORDS)
    | VILLAGE_GROUP_WORDS
)

#: Nothing but spaces, punctuation, symbols and emoji (no letter, no digit) up to the end of
#: the text: ``DEBORA.``, ``DEBORA…``, ``DEBORA 🙏``, ``DEBORA」``.
TEXT_END = re.compile(r"\W*+\Z")

#: Bali's ``I`` and ``Ni`` and the birth-order or caste names after them, right before a name
#: (``Ni Luh Toelle``, ``I Made Suartha``, ``I Gusti Ngurah Rai``): part of the name. In title
#: case or in capitals, as the name after them.
BALINESE_WORDS = (
    "luh|made|wayan|putu|gede|kadek|nengah|nyoman|komang|ketut|gusti|ngurah|ayu|agung|bagus|oka"
)
BALINESE_BEFORE = re.compile(
    # ``I`` alone is a numeral too (``Pihak I Paulus``): a birth-order name must follow it
    r"(?<![^\W\d_])(?:Ni(?:[ \t\u00a0]+(?:" + BALINESE_WORDS.title() + r")){0,3}"
    r"|I(?:[ \t\u00a0]+(?:" + BALINESE_WORDS.title() + r")){1,3})[ \t\u00a0]+\Z"
    r"|(?<![^\W\d_])(?:NI(?:[ \t\u00a0]+(?:" + BALINESE_WORDS.upper() + r")){0,3}"
    r"|I(?:[ \t\u00a0]+(?:" + BALINESE_WORDS.upper() + r")){1,3})[ \t\u00a0]+\Z"
)


#: Buton's ``La Ode`` (men) and ``Wa Ode`` (women) right before a name (``Wa Ode Nurmala``):
#: part of the name, as on the identity card. In title case or in capitals; ``WA`` alone is
#: WhatsApp, so ``Ode`` must follow it.
BUTONESE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:La|Wa)[ \t\u00a0]+Ode|(?:LA|WA)[ \t\u00a0]+ODE)[ \t\u00a0]+\Z"
)

#: The words one of which stands right before a name that `balinese_start` extends.
_BALINESE_LEADS = frozenset({"i", "ni", "ode", *BALINESE_WORDS.split("|")})


def balinese_start(text: str, start: int) -> int:
    """Where a name starting at ``start`` starts with Bali's ``I``/``Ni`` and the birth-order
    names before it taken in (``Ni Luh`` before ``Toelle``) or with Buton's ``La Ode``/``Wa Ode``
    (`BUTONESE_BEFORE`), or ``start`` where none stands there."""
    if start < 2 or text[start - 1] not in " \t\u00a0":
        return start
    previous = text[max(0, start - 8) : start - 1].rsplit(None, 1)
    if not previous or previous[-1].lower() not in _BALINESE_LEADS:
        return start  # most names: no ``I``, ``Ni`` or birth-order word right before them
    # (after ``Ode`` neither of the checks after this one can hold)
    if previous[-1].lower() == "ode":
        found = BUTONESE_BEFORE.search(text, max(0, start - 12), start)
    else:
        found = BALINESE_BEFORE.search(text, max(0, start - 40), start)
    if found is not None:
        return found.start()
    if (
        text[start - 2] == "I"
        and (start == 2 or not text[start - 3].isalnum())
        and _BALINESE_AT.match(text, start) is not None
    ):
        return start - 2  # ``I Gusti Ayu Ratna``: the name opens with its caste's word
    if (
        previous[-1] in _LOWER_LEADS
        and (lead := start - 1 - len(previous[-1])) >= 0
        and (not lead or not text[lead - 1].isalnum())
        and _BALINESE_AT_LOWER.match(text, start) is not None
    ):
        return lead  # ``dr i nyoman sukadana``: in lower case, ``i`` before a birth-order word
    return start


#: A Balinese birth-order or caste word opening a name, in its case.
_BALINESE_AT = re.compile(
    r"(?:" + BALINESE_WORDS.title() + "|" + BALINESE_WORDS.upper() + r")(?![^\W\d_])"
)
#: The same in lower case, after ``i`` or ``ni`` in lower case (a word of no other use).
_BALINESE_AT_LOWER = re.compile(r"(?:" + BALINESE_WORDS + r")(?![^\W\d_])")
_LOWER_LEADS = frozenset({"i", "ni"})


#: Roles written between an honorific and a name (``pak lurah Yoseph Manu``): skipped. Ranks
#: and kin words after another trigger (``Pak Bripka Jhoni Pah``, ``sy Opa Fredi``) too.
NAME_ROLES = _words(
    """
    lurah camat kades rt rw kapus kadis kabid kasi dokter bidan perawat guru kasubag kabag sekda
    kepsek plt plh pjs
    serka serda sertu pelda peltu bripka brigpol briptu bripda brigadir aipda aiptu ipda iptu akp
    kompol kapten lettu letda mayor kopda koptu praka pratu prada
    opa oma om tante tanta mama bapa kak kaka nona an pendeta pedagang
    """
)
#: Words that end a name: the number detector's context words (``Info``, ``HUB``, ``Rekening``,
#: ``BRIVA``, ``VA``...) and ordinary words that follow a name in capitals (``... DITOLAK``),
#: so a name never hides the word that tells what the number after it is (``Permata``, a bank
#: and a given name, is left out).
NAME_BOUNDARY_WORDS = frozenset(
    word
    for words_ in CONTEXT_WORDS.values()
    for word in words_
    if word.isalpha() and len(word) > 1 and word != "permata"
) | _words(
    """
    info informasi hub hubungi kontak telp tlp hp wa nomor rekening rek norek bank va briva
    bniva kode uang dana ditolak ditahan harusnya tertulis hilang pemilik gigit bakar sampah
    tiap angkot jalur mhn mohon diperbaiki dibantu inspektur nopol plat id
    """
)
#: What an account holder after ``a.n.`` is when it is an office, not a person (``a.n. Kas
#: Daerah Kota Kupang``, ``a.n. Dinas Sosial``, ``a.n. Yayasan Kasih``).
OFFICE_HOLDER_WORDS = (
    _words(
        """
    kas kasda rkud dinas badan kantor sekolah sd smp sma smk yayasan koperasi kopdit pt cv ud
    gereja masjid jemaat paroki panitia komite bumdes bumd puskesmas rsud pemkot pemkab pemda
    pemprov pemerintah kelurahan kecamatan desa lembaga perumda pdam pln bank toko kelompok forum
    posyandu sanggar sinode klasis blud upt uptd rsia rs ksu ksp sman smpn sdn smkn mtsn sdk sdi
    smak smpk takmir kos kost lkp kedai grosir depot laundry salon bengkel apotek katering catering
    cu lapak olshop wo arisan swalayan pusat
    """
    )
    | VILLAGE_GROUP_WORDS
)
#: Abbreviations a name or a street may hold with their dot (``Muh. Yusuf``, ``Jl. Jend.
#: Sudirman``): a dot after any other word ends a sentence, and the name or address with it.
NAME_ABBREVIATIONS = _words(
    "muh moh mhd abd abdul st jend kol let letjen mayjen brigjen ir dr drs dra prof pdt hj kh mgr"
)
#: Words written between a strong trigger and the name, skipped (``NAMA ANAK TERTULIS LIEM SIU
#: LIN``; Kupang's ``tatulis``; ``namanya tercantum sebagai penerima``: no name follows).
NAME_LEAD_WORDS = _words("tertulis tercatat tertera tercantum tatulis")
#: Family names of the region that are ordinary words too (*mau* "want", *kasi* "give"): part
#: of a name when written in title case right after a name in title case (``Naomi Mau``,
#: ``Frans Kasi``), an ordinary word otherwise (``Yosef mau lapor``).
FAMILY_STOPWORDS = _words("mau kasi")

# ---------------------------------------------------------------------------------------------
# Addresses

#: Words that can start an address; matched on the ASCII-lowered text.
ADDRESS_ANCHOR_WORDS = _words(
    "jl jln jalan gg gang lr lrg lorong perum perumnas perumahan komp kompleks btn griya rt kel "
    "kelurahan kec kecamatan desa ds dusun"
)
_ANCHOR_WORDS = trie_pattern(ADDRESS_ANCHOR_WORDS)
#: A digit may follow the word (``RT11/RW12``), a letter may not.
ADDRESS_ANCHOR = re.compile(r"(?<![^\W_])" + _ANCHOR_WORDS + r"(?![^\W\d_])")
#: :data:`ADDRESS_ANCHOR` without its leading look-behind (see :data:`PLATE_BARE`).
ADDRESS_ANCHOR_BARE = re.compile(_ANCHOR_WORDS + r"(?![^\W\d_])")
STREET = re.compile(
    # A full word's dot ends its sentence (``jalur masuk kompleks. Ketua RT 8 ...``); an
    # abbreviation's is its own.
    # (a housing estate by its own name too: ``Griya Liliba Blok D No. 24``)
    r"(?:(?:jl|jln|gg|lr|lrg|perum|komp|btn)\.?|jalan|gang|lorong|perumnas|perumahan|kompleks"
    r"|griya)"
    r"(?=[\s\u00a0])",
    re.IGNORECASE,
)
HOUSE_NUMBER = re.compile(
    r"(?:no|nomor|nmr|nr)\.?[ \u00a0]{0,2}[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,3})?"
    # a scan's next field glued after the number (``NO.62AKel/Desa:``, ``NO. 24AAgama :``) ends
    # it too
    r"(?:(?![0-9A-Za-z])|(?=(?:Kel|KEL|Kec|KEC|RT|Rt|RW|Rw|Agama|AGAMA)[/.: ]))"
    r"|blok[ \u00a0]{1,2}(?:[A-Za-z]{4,15}[ \u00a0]{1,2}blok[ \u00a0]{1,2})?[A-Za-z0-9]{1,3}"
    r"(?:[ \u00a0]{0,2}/?[ \u00a0]{0,2}(?:no\.?[ \u00a0]?)?"
    r"[0-9]{1,4})?(?![0-9A-Za-z])",
    re.IGNORECASE,
)
RT_RW = re.compile(
    r"rt[ .\u00a0]{0,2}0{0,2}[0-9]{1,3}[ \u00a0]{0,2}[/,]?[ \u00a0]{0,2}rw[ .\u00a0]{0,2}0{0,2}"
    r"[0-9]{1,3}(?![0-9])|rt[ .\u00a0]{0,2}/[ .\u00a0]{0,2}rw[ .:\u00a0]{0,5}0{0,2}[0-9]{1,3}"
    r"[ \u00a0]{0,2}/[ \u00a0]{0,2}0{0,2}[0-9]{1,3}(?![0-9])"
    # the RW's number after the RT's and a slash, its word left out (``RT 005/015``, ``rt
    # 04/10``); not a date (``RT 03/12/2026``)
    r"|rt[ .\u00a0]{0,2}0{0,2}[0-9]{1,3}[ \u00a0]?/[ \u00a0]?0{0,2}[0-9]{1,3}(?![0-9/])"
    r"|rt[ .\u00a0]{0,2}0{0,2}[0-9]{1,3}(?![0-9])",
    re.IGNORECASE,
)
REGION = re.compile(
    r"(?:kel|kelurahan|kec|kecamatan|desa|ds|dusun|kab|kabupaten|kota)\.?(?=[\s\u00a0])",
    re.IGNORECASE,
)
#: An RT number alone (``tinggal di RT 14``): a home's neighbourhood unit.
RT_ALONE = re.compile(r"rt[ .\u00a0]{0,2}0{0,2}[1-9][0-9]{0,2}(?![0-9A-Za-z/])", re.IGNORECASE)
#: Words that make the RT after them a role, not a home (``Ketua RT 09``, ``Pak RT``).
RT_ROLE_BEFORE = re.compile(
    r"(?<![a-z])(?:ketua|wakil|sekretaris|sekretariat|bendahara|pengurus|pak|bapak|bpk|ibu|bu"
    r"|kantor|pos|posyandu|se)\.?[ \u00a0]{1,2}\Z"
)
#: ``warga`` right before an RT (``warga RT 07``, ``warga di RT 03``): the RT names its
#: residents as a community, unless the clause says the writer or a person named there lives
#: there (`PERSON_IN_CLAUSE`, and no ``di``: ``saya, Paulus Lay (NIK ...), warga RT 13``).
#: Matched on the lower-cased text before the RT.
RESIDENTS_BEFORE = re.compile(
    # (``warga sekitar RT 12``: the residents around, a community too)
    r"(?<![a-z])warga(?P<di>[ \u00a0]{1,2}(?:di|sekitar))?[ \u00a0]{1,2}\Z"
)
#: In the clause before ``warga RT``: the writer (``saya``, ``sy``, ``kami``, ``beta``), a
#: number of eight digits or more (a NIK or a phone beside a name; a date is no person), or a
#: home word.
PERSON_IN_CLAUSE = re.compile(
    r"(?<![a-z])(?:saya|sy|sya|kami|beta|aku|katong|bernama|tinggal|rumah|alamat|domisili"
    r"|pelapor)(?![a-z])|[0-9]{4}[ .\-]?[0-9]{4}"
    # a person named with an honorific (``Ibu Gracia Adoe warga RT 35``), not a role or the
    # residents addressed (``Pak Lurah``, ``Bapak/Ibu warga``)
    r"|(?<![a-z])(?:bapak|bpk|ibu|pak|bu|om|tanta|tante|mama|bapa|kak|nona|sdr|sdri)\.?[ \u00a0]+"
    r"(?!(?:ibu|bapak|lurah|camat|rt|rw|ketua|kepala|dan|sekalian|warga|pejabat|petugas|kader)"
    r"(?![a-z]))[a-z]{3,}"
)
#: A word that makes ``warga`` after it the residents whose voice someone carries (``keluhan
#: warga RT 01 sampai RT 29``, ``aspirasi warga RT 05``): a community, whoever writes. Matched
#: on the lower-cased text right before ``warga``.
VOICED_BEFORE = re.compile(r"(?<![a-z])(?:keluhan|aspirasi|suara|kepentingan|nama)[ \u00a0]{1,2}\Z")
#: Words before an RT that say someone lives there (``tinggal di``, ``warga``, ``rumah saya``,
#: ``beta ... dari``, a person named with an honorific: ``Om Viktor di RT 11``).
RESIDENCE_BEFORE = re.compile(
    r"(?<![a-z])(?:tinggal|tingal|rumah|rmh|warga|dari|alamat|domisili|saya|sy|beta|kami|katong"
    r"|bapak|bpk|ibu|pak|bu|om|tanta|tante|mama|bapa|kak|nona|sdr|sdri)(?![a-z])"
)
#: A line of a letter's heading that names an office (``Yth. Kepala Dinas PUPR``).
OFFICE_HEADING = re.compile(
    r"[ \t]*(?:(?:kepada[ \t]+)?yth\.?[ \t:]*|kepada[ \t:]+|kop(?:[ \t]+surat)?[ \t]*:[ \t]*)?"
    r"(?:bapak/ibu[ \t]+|bapak[ \t]+|ibu[ \t]+)?"
    # a unit's or a desk's words may open the line (``Tata Usaha SMPN 5 Kupang``, ``Bagian Humas
    # dan Protokol``, ``Manajemen RM Putri Minang``)
    r"(?:(?:tata[ \t]+usaha|bagian|bidang|seksi|subbag|unit|manajemen|sekretariat|hrd"
    r"|personalia)[ \t]+(?:[a-z]+[ \t]+){0,2})?"
    # or a desk alone signing for its office (``Seksi Penetapan Hak``, ``Bagian Humas``)
    r"(?:(?:tata[ \t]+usaha|bagian|bidang|seksi|subbag|sekretariat)[ \t]+(?=[a-z])"
    r"|(?:kepala|kadis|dinas|kantor|badan|inspektur|inspektorat|ketua|direktur|camat|lurah|wali"
    r"|bupati|gubernur|sekretaris|dprd|pimpinan|pengelola|manajer|dukcapil|bappeda|bpbd"
    r"|pemerintah|kelurahan|kecamatan|puskesmas|rsud|bapenda|pdam|upt|uptd|balai|sekolah|sdn"
    r"|smpn|sman|smkn|toko|apotek|koperasi|cv|pt|ud|humas|rm|restoran|hotel|posyandu"
    # a body's board signing (``Pengurus``) and businesses' own headings (``COUNTER PULSA
    # BERKAT``, ``SALON NONA MANIS``)
    r"|pengurus|panitia|komite|counter|konter|salon|laundry|rental|catering|katering|depot"
    # schools written out (``SMP NEGERI 5 KUPANG``, ``SD Inpres Liliba``, ``SMPK St. Theresia``)
    # and workshops' and shops' invoices (``BENGKEL OETETE``)
    r"|sd|smp|sma|smk|sdi|sdk|smpk|smak|tk|paud|bengkel|kios|minimarket|swalayan"
    # a stall's receipt (``WARUNG MAKAN BUDI RASA``) and a shop's as a scanner reads it
    # (``T0KO SINAR ABADI``)
    r"|warung|rumah[ \t]+makan|t0ko"
    # a madrasah, a foundation, a ministry's or an ombudsman's office (``MTSN KOTA KUPANG``,
    # ``OMBUDSMAN REPUBLIK INDONESIA`` then ``PERWAKILAN PROVINSI ...``)
    r"|mtsn|mts|madrasah|yayasan|ombudsman|perwakilan|kementerian|kanwil|satuan"
    # a ministry's and its tax office's heading (``KEMENTERIAN KEUANGAN ...`` then ``KPP
    # PRATAMA KUPANG``), a mini market's, a bank agent's (``BRILink AGEN KIOS BERKAH``)
    r"|kementerian|kpp|kanwil|mini[ \t]+market|brilink"
    # the police's, a church's synod's and congregation's (``KEPOLISIAN NEGARA REPUBLIK
    # INDONESIA``, ``RESOR KUPANG KOTA``, ``MAJELIS JEMAAT GMIT ...``)
    r"|kepolisian|resor|sektor|gereja|majelis|jemaat|sinode|klasis"
    # a regional company's and a bank's office (``PERUMDA AIR MINUM TIRTA LONTAR``, ``BANK NTT
    # KANTOR CABANG UTAMA``)
    r"|perumda|perusda|bank"
    # traders' and workers' associations (``PAGUYUBAN PEDAGANG PASAR OESAPA``)
    r"|paguyuban|asosiasi|himpunan|ikatan|persatuan|serikat"
    # savings and credit cooperatives, a children's home, a health post, a mosque, a parish
    # (``KSP BERKAT BERSAMA``, ``KOPDIT PELITA MULIA``, ``PANTI ASUHAN ...``)
    r"|ksp|ksu|kud|kopdit|panti|lksa|pustu|masjid|paroki|bumdes"
    # chains' and providers' shops (``ALFAMART OEBUFU 2``, ``GraPARI Kupang``)
    r"|alfamart|indomaret|alfamidi|hypermart|transmart|grapari|outlet|gerai|plasa"
    # a wholesaler's receipt (``GROSIR SEMBAKO SINAR KUANINO``), a course's or a training
    # centre's letterhead (``LKP PELANGI``, ``LEMBAGA KURSUS ANUGERAH``, ``PUSAT PELATIHAN
    # SEHATI``), a boarding house's form, a coffee shop's receipt (``KEDAI KOPI ...``)
    r"|grosir|lkp|lpk|lembaga[ \t]+kursus|pusat[ \t]+pelatihan|kedai|klinik"
    # (nobody speaking on a boarding house's line: ``Kos saya kebanjiran``)
    r"|kost?(?![^\n]*(?<![a-z])(?:saya|sy|beta|aku|kami|sa)(?![a-z])))(?![a-z])"
    # a shop named by its trade's word after one or two words of its name (``SUPER CLEAN
    # LAUNDRY LILIBA``, ``ROTI KENARI BAKERY``), nobody speaking
    r"|(?:(?!(?:saya|sy|aku|beta|kami|sa)[ \t])[a-z]+[ \t]+){1,2}"
    r"(?:laundry|bakery|cell|store|mart|grosir)(?![a-z]))"
    r"[^\n]{0,80}"
)
#: An office, a public place or a business named right before an address, with a comma, an
#: opening bracket or ``di`` between (``kantor lurah Lasiana, Jl. ...``, ``Gudang Satpol PP,
#: Jl. ...``, ``Gereja GMIT Paulus, Jl. ...``, ``SMPN 5 Kupang (Jl. ...``, ``Puskesmas Oebobo
#: di Jl. ...``, ``Toko Sinar Abadi di Jl. ...``): the address is the building's, not a home,
#: unless a home or a person is named in between (``toko, rumah saya di Jl. ...``). Matched on
#: the lower-cased text.
OFFICE_BEFORE = re.compile(
    r"(?<![a-z])(?:kantor|gudang|mal|aula|balai|gedung|sekretariat|posko|puskesmas|pustu|dinas"
    r"|gmit|jemaat|paroki|kapela|klasis|workshop"
    r"|rsud|klinik|apotek|apotik|toko|gereja|masjid|mesjid|sekolah|sdn|smpn|sman|smkn|smp|sma|smk"
    r"|smpk|smak|sdk|sdi|sd|tk|paud|minimarket|swalayan|supermarket|indomaret|alfamart"
    r"|kampus|universitas|pasar|kpp|bpbd|polsek|polres|bank|hotel|koperasi|yayasan|panti"
    r"|posyandu|polindes|poskesdes|cv|pt"
    # an Islamic school's, and a caterer's kitchen (``MTsN Kota Kupang di Jl. ...``)
    r"|mtsn|mts|madrasah|pesantren|katering|catering"
    # offices by their short names and their counters (``loket Bapenda (Jl. ...``, ``Layanan
    # Disdukcapil Kota Kupang, Jl. ...``)
    r"|dukcapil|disdukcapil|bapenda|samsat|loket|dinsos|dinkes|dishub|dlhk|kantah)"
    r"(?![a-z])(?:(?!(?<![a-z])(?:rumah|rmh|tinggal|kos|saya|sy|beta|kami|warga)(?![a-z]))"
    # an abbreviation's dot may stand in the name (``Gereja St. Maria Assumpta, Jl. ...``)
    r"(?:[^\n,.;:()]|(?<=[ .][a-z])\.|(?<=[ .][a-z]{2})\.|(?<= (?:sta|sto|drs|dra|pdt))\.)){0,40}"
    # ``Kantor Lurah Belo pindah sementara ke Jl. ...``: the office's new seat
    r"(?:,|\(|[\-\u2013\u2014]|(?<![a-z])di|(?<![a-z])pindah(?:[a-z ]{0,20})[ \u00a0]ke)"
    r"[ \t\u00a0]*\Z"
)
#: A letterhead's line (``KOP: DINAS KESEHATAN KOTA KUPANG``, ``Kop surat: ...``): what it and
#: the line after it hold (an address, a fixed line) is the office's. Matched on the
#: lower-cased text at a line's start.
LETTERHEAD = re.compile(r"[ \t*]*kop(?:[ \t]+surat)?[ \t]*:")
#: A home named in the clause before an office's name and an address (``rumah saya dekat kantor
#: lurah di Jl. ...``): the office is a landmark there, the address the home's.
HOME_BEFORE_OFFICE = re.compile(
    # (not a restaurant or a hospital, nor time left: ``rumah makan``, ``tinggal 10 hari lagi``)
    r"(?<![a-z])(?:rumah(?![ \t]+(?:makan|sakit|ibadah|ibadat|duka))|rmh|tinggal|tingal|kos|kost"
    r"|domisili)(?![a-z])(?![ \t]+[0-9])"
)
#: Where an address is given as someone's seat (``..., beralamat di``, ``berkedudukan di``),
#: right before it; matched on the lower-cased text.
SEATED_AT = re.compile(
    r"(?<![a-z])(?:beralamat|beralamatkan|berkedudukan|berlokasi)(?:[ \t\u00a0]{1,3}di)?"
    r"[ \t\u00a0:]{0,4}\Z"
)
#: What may open the line of an office's address under its heading.
#: A school's register number and a dash or a bar opening a heading's line before its seat
#: (``NPSN 51462633 - Jl. ...``), read by the address's and the phone's heading rules alike.
SCHOOL_REGISTER_LEAD = r"(?:npsn|nss)[ \t:]*[0-9]{6,10}[ \t]*[\u2013\u2014\-|,][ \t]*"
HEADING_LEAD = re.compile(
    # (or the heading's own label of its seat: ``Alamat:``, ``Sekretariat:``, a school's
    # register number and a dash: ``NPSN 51462633 - ``)
    rf"[ \t]*(?:di[ \t]+|(?:alamat|sekretariat|kantor)[ \t]*:[ \t]*|{SCHOOL_REGISTER_LEAD})?"
)
ADDRESS_WORD = re.compile(r"[ \t\u00a0]{1,2}([^\W_][\w'\u2019\-]*(?:\.[^\W_][\w'\u2019\-]*)*+\.?)")
ADDRESS_GAP = re.compile(r"[ \t\u00a0]{0,2}[,;/]?[ \t\u00a0]{0,2}")
#: Words that end the words of a street or an area: function words, directions, the address's
#: own words, contact words, and what a public problem does to a place (``GOT DI RT 12 RW 08 KEL
#: LASIANA TERSUMBAT``: in capitals the area's name ends before it).
ADDRESS_STOPWORDS = _words(
    """
    ada agar akan bagian bahwa banyak baru belakang belum bisa dan dari dekat depan di dalam
    dengan dong ini itu jadi juga kalau karena ke kami kita lagi masih mau mohon pada rusak saat
    saja samping sampai sangat saya sejak selama sering sudah supaya tapi tepat tidak tdk tolong
    untuk yang yg sebelah arah menuju simpang persis tersebut tsb rumah warga sekitar no nomor
    nmr nr rt rw kel kelurahan kec kecamatan desa ds dusun blok
    mhn tlg hp wa hub info telp tlp rek rekening
    tersumbat meluap tergenang berlubang bocor macet padam longsor banjir ambruk roboh
    """
)

# ---------------------------------------------------------------------------------------------
# Phone owners: what a text says around a number about whose line it is

#: Businesses and services whose number is theirs, a mobile too (the annotation guide does not
#: label "numbers introduced as an office's or a service's"; a shop or a workshop is a service).
BUSINESS_NOUNS = (
    "bengkel",
    "travel",
    "laundry",
    "londri",
    "apotek",
    "apotik",
    "toko",
    "agen",
    "pangkalan",
    "warung",
    "kios",
    "lapak",
    "sedot wc",
    "service",
    "servis",
    "radio",
    "fm",
    "damri",
    "pelni",
    "asdp",
    # a job training institute (``LPK Cendana juga ada, telp ...``)
    "lpk",
    "studio",
    "rri",
    "tvri",
    "jne",
    "j&t",
    "tiki",
    "ekspedisi",
    "koperasi",
    "rental",
    "katering",
    "catering",
    "percetakan",
    "fotokopi",
    "salon",
    "rumah makan",
    "depot",
    "depo",
    # a wholesaler (``Grosir Sinar Kuanino``)
    "grosir",
    "konter",
    "counter pulsa",
    # a phone shop's page (``Counter Flobamora Cell:``), a bus company's (``Bus Tiara Mas:``)
    "counter",
    "bus",
    "otobus",
    "redaksi",
    "dealer",
    "showroom",
    "penginapan",
    "polantas",
    "pemadam",
    "ambulans",
    "undana",
    "universitas",
    "kampus",
    # a tutoring course's and a property agent's pages (``Bimbel Cerdas Oebufu:``, ``Properti
    # Flobamora:``)
    "bimbel",
    "kursus",
    "properti",
)
#: Where a number was read: a sign, a banner, a brochure, a receipt, a sticker, a vehicle, a
#: web page. A number printed there is a business's or an office's.
SOURCE_NOUNS = (
    "papan",
    # a sign's name board (``Nomor Kos Berkat di papan nama 0895...``)
    "papan nama",
    "spanduk",
    "baliho",
    "billboard",
    "brosur",
    "pamflet",
    "poster",
    "stiker",
    "sticker",
    "selebaran",
    "kuitansi",
    "kwitansi",
    "struk",
    "galon",
    "badan truk",
    "tangki",
    "website",
    "situs",
    "google",
    "ig",
    "instagram",
    "fb",
    "facebook",
)
_SP = r"[ \t\u00a0]"
BUSINESS_NOUN = re.compile(
    r"(?<![a-z0-9])(?:" + trie_pattern(BUSINESS_NOUNS).replace(r"\ ", f"{_SP}{{1,2}}") + r")"
    r"(?:-?nya)?(?![a-z0-9])"
)
SOURCE_NOUN = re.compile(
    r"(?<![a-z0-9])(?:" + trie_pattern(SOURCE_NOUNS).replace(r"\ ", f"{_SP}{{1,2}}") + r")"
    r"(?![a-z0-9])"
)
#: `SOURCE_NOUN`, `BUSINESS_NOUN` and ``admin`` (an office's admin, when an office's name follows)
#: in one scan: the group that matched says which.
NOUN_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:(?P<source>"
    + trie_pattern(SOURCE_NOUNS).replace(r"\ ", f"{_SP}{{1,2}}")
    + r")(?![a-z0-9])|(?P<business>"
    + trie_pattern(BUSINESS_NOUNS).replace(r"\ ", f"{_SP}{{1,2}}")
    + rf")(?:-?nya)?(?![a-z0-9])|(?P<admin>admin){_SP}{{1,2}}(?:(?:wa|whatsapp){_SP}{{1,2}})?)"
)
#: A place word right before a business's noun: the business names where something is (``dekat
#: bengkel``, ``di apotek``), not whose number follows.
PLACE_BEFORE_BUSINESS = re.compile(
    r"(?<![a-z])(?:dekat|depan|belakang|samping|sebelah|seberang|di|ke|dari|pi|sekitar|ujung)"
    rf"{_SP}{{1,2}}\Z"
)
#: People a number after them belongs to, beyond `PERSON_BETWEEN` (``WA teknisi 0896...``,
#: ``Pemilik ibu ...``, ``beta pung hp sendiri 0811...``).
OWNER_PERSON = re.compile(
    r"(?<![a-z])(?:teknisi|montir|mekanik|kurir|pemilik|owner|penjual|tukang|mama|bapa|om"
    r"|tanta|kaka|kakak|adik|nama|namanya|pribadi|sendiri|rumah|rmh|aku|ku|penipu|penipuan|pelaku"
    r"|punya|usaha)(?:-?nya)?(?![a-z])"
)
#: The writer calling a line (``beta su telpon``, ``sy sdh tlp``, ``sa telp``): not its owner.
WRITER_CALLING = re.compile(
    r"(?<![a-z])(?:saya|sy|sa|beta|kami|aku)"
    r"(?:[ \t\u00a0]+(?:su|sdh|sudah|udah|tadi|mau|coba|sempat|pernah|lalu|juga|jg))*"
    r"[ \t\u00a0]+(?:telp|telpon|tlp|tlpn|telepon|menelpon|hubungi"
    r"|menghubungi|kontak|sms|wa)(?![a-z])"
)
#: A number introduced as where a message came from, or as a person's emergency contact,
#: right before it: a person's line, whatever office is named earlier (``WA Center 0815... dari
#: nomor +62 882...``, ``Laporan dari 0896...``, ``No. HP darurat (adik): 0811...``).
PERSONAL_INTRO = re.compile(
    rf"(?<![a-z])(?:(?:dari|dr){_SP}{{1,2}}(?:nomor|nomer|nmr|no\.?|hp|wa)"
    rf"|(?:telp|tlp|telpon|telepon|sms|wa|pesan|laporan|chat|panggilan){_SP}{{1,2}}(?:dari|dr)"
    rf"|(?:kontak|hp|no\.?{_SP}{{0,2}}hp){_SP}{{1,2}}darurat"
    rf"(?:{_SP}{{1,2}}(?:sy|saya|beta|ku|nya))?(?:{_SP}{{0,2}}\([a-z ]{{1,16}}\))?)"
    # (the bracket of a country code may stand in the window: ``dari nomor (+62) 853...``)
    rf"[ \t\u00a0:.=(-]{{0,4}}\Z"
)
#: A date word right before a number: a date (``tanggal 02102026 13.30``), never a phone.
DATE_BEFORE = re.compile(rf"(?<![a-z])(?:tanggal|tgl|tg)\.?{_SP}{{0,2}}\Z")
#: Words that say what a number is, right after it (``... adalah nomor WhatsApp resmi``, ``tu
#: WA admin Puskesmas``, ``(katanya nomor dinas)``, ``(NMR KANTOR)``): an optional clause ending
#: in a copula, then one to three phone or number words, then what the number is (group
#: ``what``). ``bukan`` anywhere in the clause makes it a denial (checked by the caller).
STATED_AFTER = re.compile(
    rf"{_SP}{{0,2}}[,(\-]?{_SP}{{0,2}}"
    rf"(?P<clause>(?:[a-z]+{_SP}{{1,2}}){{0,4}}?"
    rf"(?:adalah|itu|tu|ini|benar|merupakan|yaitu|ialah|katanya|bilang){_SP}{{1,2}})?"
    r"(?:(?:nomor|nomer|nmr|no|hp|wa|whatsapp|telp|telepon|tlp|admin|line)"
    r"[ \t\u00a0.:]{1,3}){1,3}"
    r"(?P<what>[a-z]+)"
)
#: The writer's own number word right before a number (``nomor sy``, ``WA saya:``): what is said
#: after it about an office does not take it from the writer.
WRITERS_NUMBER = re.compile(
    rf"(?<![a-z])(?:nomor|nomer|nmr|no|hp|wa|telp|tlp|kontak)\.?{_SP}{{0,2}}(?:sy|saya|beta|aku|ku"
    # Kupang Malay's ``sa`` (``WA sa 0813...``)
    rf"|sa)"
    # ``WA sa di 0838...``, ``hubungi nomor saya di ...``
    rf"(?:{_SP}{{1,2}}(?:di|ke))?"
    rf"[ \t\u00a0:]{{0,3}}\Z"
)
#: The writer's home right before a number (``ke beta pung rumah``, ``telepon rumah saya``):
#: the writer's home line, whoever called it.
WRITERS_HOME = re.compile(
    r"(?<![a-z])(?:(?:rumah|rmh)[ \t]+(?:saya|sy|beta|sa|aku|kami)"
    r"|(?:saya|sy|beta|sa|aku)[ \t]+(?:pung|punya|pny)[ \t]+(?:rumah|rmh))[ \t]*[:,]?[ \t]*\(?\Z"
)
#: What a number said to be ``nomor <what>`` is: an office's (``kantor``, ``dinas``) or a
#: person's own (``pribadi``).
STATED_OFFICE = frozenset({"kantor", "dinas", "resmi", "admin", "sekolah", "pengaduan", "layanan"})
STATED_PERSONAL = frozenset({"pribadi", "sendiri"})
#: A number said to be read somewhere, right after it (``... tulis di tangki``, ``juga beredar
#: di FB``).
READ_AFTER = re.compile(
    rf"{_SP}{{0,2}}(?:[a-z]+{_SP}{{1,2}}){{0,2}}?"
    rf"(?:tertulis|tercantum|tulis|beredar|terpasang|tertera|terpampang|ada){_SP}{{1,2}}"
    rf"(?:di|pada){_SP}{{1,2}}"
)
#: A bracket right after a number (``(Daniel Travel)``, ``(CV Air Murni)``): its words say
#: whose number it is.
BRACKET_AFTER = re.compile(rf"{_SP}{{0,2}}(?:\n{_SP}{{0,2}})?\(([^()\n]{{1,40}})\)")
#: A company's legal forms at the head of its name (``CV ...``, ``PT ...``, ``UD ...``), as
#: words and as a pattern's alternation.
COMPANY_FORMS = frozenset({"cv", "pt", "ud"})
COMPANY_FORMS_PATTERN = "(?:" + "|".join(sorted(COMPANY_FORMS)) + ")"
#: A company's legal form at the head of its name, in a bracket after a number.
COMPANY_FORM = re.compile(rf"(?<![a-z]){COMPANY_FORMS_PATTERN}(?![a-z])")
#: ``a.n.`` and a name after a number: a person's line (``NO 0819... A.N DEKI BENU``).
HOLDER_AFTER = re.compile(
    rf"{_SP}{{0,2}}\(?{_SP}{{0,2}}(?:a\.?{_SP}?n\.?|an\.|atas{_SP}nama){_SP}{{0,2}}\x1f"
)
#: A number listed after another number of the same clause, ending the window before it
#: (``0380 889061 / WA ``, ``0380.875.532 DAN WA ``, ``dari 0856... menjadi ``): the number
#: before it is group ``number``.
LISTED_AFTER = re.compile(
    rf"(?P<number>[0-9](?:[ .\-()\u00a0]{{0,3}}[0-9]){{5,}}\)?)"
    # (its extension: ``0380 813283 psw 152, WA``)
    rf"(?:{_SP}{{1,2}}(?:psw|ext|pes)\.?{_SP}{{0,2}}[0-9]{{1,4}})?{_SP}{{0,2}}"
    rf"(?:[/,&+\-](?:{_SP}{{0,2}}(?:dan|atau|ato)(?![a-z]))?"
    rf"|(?:dan|deng|dengan|atau|ato|menjadi|jadi)(?![a-z])){_SP}{{0,2}}"
    rf"(?:(?:wa|whatsapp|telp|tlp|telepon|telpon|tlpn|hp|sms|hub|fax|line|piket|center|kantor"
    # (the office's operator's: ``kantor kelurahan (0380) 839 033 atau WA operator ``)
    rf"|operator|admin)"
    rf"[ \t\u00a0:.]{{0,3}}){{0,2}}\Z"
)
#: A later line saying the number above is an office's (``HP: 0380...\nIsi: Nomor HP di atas
#: adalah telepon kantor koperasi kami``).
STATED_ABOVE = re.compile(
    rf"[ \t\u00a0]*\n[^\n]{{0,16}}?(?:nomor|nomer|no|telp|hp)\.?{_SP}{{1,2}}"
    rf"(?:(?:hp|wa|telp){_SP}{{1,2}})?"
    rf"di{_SP}{{1,2}}atas{_SP}{{1,2}}(?:adalah|itu|ialah|merupakan){_SP}{{1,2}}"
    rf"(?:(?:nomor|nomer|telepon|telpon|telp|hp|wa){_SP}{{1,2}}){{0,2}}(?P<what>[a-z]+)"
)
#: Where a clause ends inside a window: a sentence's end, a line break, a semicolon.
CLAUSE_BREAK = re.compile(r"[.!?][ \u00a0]+(?=[a-z\"'])|\n|;")
