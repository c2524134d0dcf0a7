"""Whose line a phone number is, from what the text states around it beyond the closest word.

The number detector (``_detect_number.py``) reads the closest context word first and the office
rules of ``_phone_owner.py`` after it; these rules speak last, for what the annotation guide
says in its own words, "numbers introduced as an office's or a service's" and "a private
person's mobile", where the introduction is further away or after the number:

- a number stated to be an office's (``... adalah nomor WhatsApp resmi Puskesmas``, ``(NMR
  KANTOR)``, ``(katanya nomor dinas)``, ``tu WA admin Puskesmas``) or a person's own (``tp yg
  angkat bilang itu nomor pribadi``), unless the statement is a denial (``bukan nomor pribadi``);
- a number introduced as a person's, right before it: where a message came from (``dari nomor``,
  ``telp dari``, ``Laporan dari``) or an emergency contact (``kontak darurat``, ``No. HP darurat
  (adik):``), or with its holder after it (``NO 0819... A.N DEKI BENU``); the writer's own
  number (``nomor sy 0812...``, ``WA saya``) stays theirs whatever is said after it;
- a business's or a service's number, a mobile too: introduced by the business's noun in the same
  clause (``WA bengkel``, ``Apotek K24 Oebobo``, ``telp travel``, ``NO PANGKALAN``, ``Radio Suara
  Timor line interaktif``), or read where businesses and offices print their numbers (``nomor di
  papan``, ``di spanduk``, ``di brosur``, ``di badan truk``, ``di kuitansi``, ``di IG``), or
  inside a sign's or an advert's words quoted (``papan namanya tulis "LAS ... HUB 0882..."``)
  where no owner is named, or with a business's name in a bracket after it (``(Daniel
  Travel)``, ``(CV Air Murni)``), with no person named between;
- a number listed after an office's line (``Disdukcapil 0380 889061 / WA 0877...``, ``HOTLINE
  PDAM 0380... DAN WA 0897...``): the office's too;
- a fixed line in a clause about an office that the writer says they called (``kantor lurah,
  beta su telpon (0380) ...``): the office's;
- a number right after a date word (``tanggal 02102026 13.30``): a date, not a phone.

The patterns after a number are tried as one alternation first (`_ANY_AFTER`: where it does not
match, none of them does), and the clause rules are skipped for a mobile where the window shows
they cannot apply (a line break or a semicolon in it, and neither a noun nor a listed line).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Protocol

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._clauses import last_clause
from pengaduan.redaction._phone_owner import LINE_WORD_LEAD, OFFICE_WORDS, following_owner

__all__ = ["TEXT_MARKS", "Windows", "stated_owner", "text_marks"]

#: How many visible characters before a number the clause rules read.
CLAUSE_WIDTH = 120
#: The most words between a business's noun and its number (``Laundry Bersih Kiloan 12 juta/kg,
#: antar jemput, WA ...``).
_NOUN_WORDS = 10
#: How many characters before a number an introduction (``kontak darurat sy``, ``tanggal``) or
#: the line listed before it may take.
_INTRO_CHARS = 40
#: Contexts these rules may change: the phone contexts, not an identity word's.
_PHONE_CONTEXTS = frozenset({None, "phone", "office", "institution", "negative"})


#: The context of a number reported as a scam's with nobody named as its user (`_scams_line`):
#: not labelled, and read whole (no part of it is read again as another number).
SCAM = "scam"


#: A company's legal forms with the space after them (``cv ``, ``pt ``, ``ud ``): the marks of
#: `TEXT_MARKS` that `_COMPANY_LINE` needs.
_COMPANY_MARKS = frozenset(f"{form} " for form in lex.COMPANY_FORMS)
#: Words some rules first check the whole text for (`Windows.marks`): read once per text, not
#: once per number, so that a long text with many numbers is not read again for each.
TEXT_MARKS = (
    "penip",
    "hoax",
    "hoaks",
    "tipu",
    "anda",
    "/ibu",
    "ngaku",
    "atasnama",
    "palsu",
    "pernah",
    '"',
    "\u201c",
    # (the number detector's NPWP rules, read for every number)
    "npwp",
    *sorted(_COMPANY_MARKS),
)


def text_marks(lowered: str) -> frozenset[str]:
    """Which of `TEXT_MARKS` the lower-cased text holds."""
    return frozenset(mark for mark in TEXT_MARKS if mark in lowered)


class Windows(Protocol):
    """What the clause rules read wider windows from: `DetectionContext.window_before`, or the
    number detector's own copy of it that slices the lowered text where that is the same; the
    whole text, lower-cased; and which of `TEXT_MARKS` it holds (`text_marks`), where a rule
    first checks that a word is in it at all."""

    lowered: str
    marks: frozenset[str]

    def window_before(self, position: int, *, width: int) -> str:
        """The lowered text before ``position``, earlier findings collapsed (``width`` visible
        characters at most)."""
        ...


def _person_in(text: str) -> bool:
    """Whether ``text`` names a person (the writer calling a line does not count)."""
    text = lex.WRITER_CALLING.sub(" ", text)
    return lex.PERSON_BETWEEN.search(text) is not None or lex.OWNER_PERSON.search(text) is not None


def _introduces_next(after: str, position: int) -> bool:
    """Whether the words after ``position`` go on to another number or a person before the
    clause ends (a bracket closing, a sentence's end)."""
    for char in after[position:]:
        if char.isdigit() or char == "\x1f":
            return True
        if char in ").;\n":
            break
    return _person_in(after[position : position + 12])


def _what_stated(after: str) -> str | None:
    """What the number is said to be right after it (``adalah nomor WhatsApp resmi ...``,
    ``(NMR KANTOR)``) or on the next line (``Nomor HP di atas adalah telepon kantor``):
    ``"office"``, ``"phone"`` or None (nothing said, or a denial: ``bukan nomor pribadi``)."""
    stated = lex.STATED_AFTER.match(after)
    if stated is not None:
        clause = stated.group("clause")
        if (clause is not None and "bukan" in clause.split()) or (
            # No ``adalah``/``itu``: a description in passing (``, nomor dinas tim lapangan)``),
            # not the next number's introduction (``, nomor kantor sy 0380 ...``).
            clause is None and _introduces_next(after, stated.end())
        ):
            stated = None
    if stated is None:
        stated = lex.STATED_ABOVE.match(after)
    if stated is None:
        return None
    what = stated.group("what")
    if what in lex.STATED_PERSONAL:
        return "phone"
    found = lex.CONTEXT.match(after, stated.start("what"))
    if what in lex.STATED_OFFICE or (
        found is not None and found.lastgroup in ("office", "institution")
    ):
        return "office"
    return None


def _unnamed(pattern: re.Pattern[str]) -> str:
    """``pattern``'s source with its named groups made plain groups (for a union of patterns)."""
    return re.sub(r"\(\?P<[a-z]+>", "(?:", pattern.pattern)


#: Where businesses print their numbers, said right after one with no verb (``0855... di
#: spanduk sedot WC``): a sign, a banner, a sticker, a receipt, a vehicle (a web page or a social
#: account needs its verb, `lex.READ_AFTER`: ``WA 0812... di FB`` may be the writer's own).
_PRINTED_AFTER = re.compile(
    r"[ \t\u00a0]{0,2}(?:yang[ \t\u00a0]{1,2})?(?:di|pada)[ \t\u00a0]{1,2}"
    r"(?:papan|spanduk|baliho|billboard|brosur|pamflet|poster|stiker|sticker|selebaran|plang"
    r"|kuitansi|kwitansi|struk|galon|badan[ \t\u00a0]{1,2}truk|tangki)(?![a-z])"
)
#: A desk or a role held to be a number's holder right after it (``Hubungi 0822... a/n Bagian
#: Keuangan``): the body's line, as a desk's name in a bracket is.
_DESK_HOLDER = re.compile(
    r"[ \t\u00a0]{0,2}\(?[ \t\u00a0]{0,2}(?:a\.?[ \t]?n\.?|a/n|an\.|atas[ \t]+nama)[ \t.:]{0,3}"
    r"(?:admin|cs|kantor|bagian|seksi|bidang|panitia|sekretariat|humas|kasir|bendahara"
    r"|customer[ \t]service|manajemen|layanan|pengaduan|cabang)(?![a-z])"
)
#: A role held by whoever is on duty, named by no one, right before a number (``Info: kader
#: posyandu``, ``hubungi pendamping wilayah di``, ``petugas piket``): the role's line. (A staff
#: member's WhatsApp, ``WA petugas puskesmas 0812...``, stays the person's mobile.)
_ROLES = (
    # (a social worker with or without their programme and area: ``Pendamping :``,
    # ``pendamping sosial kelurahan``; the social welfare worker of a district: ``TKSK Kecamatan
    # Alak:``)
    r"kader[ \t]+posyandu|pendamping(?:[ \t]+(?:wilayah|pkh|desa|kelurahan|sosial|lansia)){0,2}"
    r"|tksk(?:[ \t]+kecamatan(?:[ \t]+[a-z]+){0,2})?"
    r"|(?:petugas|perawat|bidan|dokter|teknisi)[ \t]+(?:jaga|piket)(?:[ \t]+ruangan)?"
    r"|operator(?:[ \t]+(?:sekolah|dapodik|kelurahan|desa)){1,2}"
    # a village's police and army officers (``teruskan ke Bhabinkamtibmas, WA``), the duty
    # officer (``hubungi piket``)
    r"|bhabinkamtibmas|babinkamtibmas|babinsa|piket(?:[ \t]+24[ \t]+jam)?"
    # an event's committee and a programme's officer (``Informasi panitia:``, ``Info: petugas
    # kesehatan hewan``)
    r"|panitia|petugas[ \t]+kesehatan(?:[ \t]+hewan)?"
    # a hotel's desk, a guard post and its guards, the neighbourhood watch, a mosque's board
    # (``Telepon resepsionis``, ``WA front office``, ``hubungi satpam``, ``pos polisi``,
    # ``Linmas kelurahan``, ``Takmir masjid:``)
    r"|resepsionis|front[ \t]+office|satpam|security|linmas(?:[ \t]+kelurahan)?"
    r"|pos[ \t]+(?:satpam|jaga|polisi|kamling|ronda|security)|takmir(?:[ \t]+masjid)?"
    # an event's or a notice's contact with nobody named (``Narahubung WA``)
    r"|narahubung|contact[ \t]+person"
    # a school's or a group's desk written to in private with nobody named (``japri ke
    # operator``, ``japri ke bendahara``), a guard post's line (``telp pos``)
    r"|japri[ \t]+ke[ \t]+(?:operator|bendahara|admin|panitia|sekretaris)"
    r"|(?:telp|tlp|telepon)[ \t]+pos"
)
_ROLE_BEFORE = re.compile(
    rf"(?<![a-z])(?:{_ROLES}"
    # a banner's or a notice's officer on duty (``HUB. PETUGAS :``)
    r"|(?<![a-z])(?:hub|hubungi)\.?[ \t]+petugas)"
    # (``lapor Bhabinkamtibmas sa, WA``, ``Pendamping kita pung nomor``: Kupang's ``just``, or
    # whose the role is)
    r"(?:[ \t]+(?:sa|saja|sj|kita|katong|kami))?"
    # (the role telling whom to call: ``operator sekolah blg hub no``)
    r"[ \t]*,?[ \t]*(?:(?:bilang|blg|bilng|suruh|suru|minta|menyarankan|sarankan)[ \t]+"
    r"(?:(?:hub|hubungi|kontak)\.?[ \t]+)?)?"
    # (the role's line said not to answer: ``pendamping sosial tidak bisa dihubungi di``,
    # ``Pendamping wilayah sonde angkat telpon (``)
    r"(?:(?:tidak|tdk|sonde|ga|tak)[ \t]+(?:bisa[ \t]+|mau[ \t]+)?"
    r"(?:dihubungi|angkat(?:[ \t]+(?:telpon|telp|tlp|hp))?)[ \t]+)?"
    r"(?:pung[ \t]+)?(?:(?:lewat|via|melalui)[ \t]+)?(?:(?:nomor|no|wa|hp|telp)\.?[ \t]+)?"
    r"(?:di|ke|:)?[ \t.:]*"
    # (a poster's label on the line above the number: ``KONTAK PENDAMPING :``)
    r"(?:(?<=:)[ \t]*\n[ \t]*)?\(?\Z"
)
#: A company named by its legal form, then its seat or a comma, up to its line's word
#: (``Pengelola: CV Parkir Jaya, Telp``, ``UD Laut Timor (Jl. ..., telp (0380) ..., WA``), with
#: nobody's word before it on its line (``sy karyawan PT ...``, ``pemilik CV ...``).
_COMPANY_LINE = re.compile(
    # (nor a person named before it: ``1. [NAME], atasan langsung di CV Sabu Raya, HP``)
    r"(?:\A|\n)(?:(?![ \t]*(?:saya|sy|sa|beta|aku)(?![a-z]))[^\n\x1f]){0,40}?"
    rf"(?<![a-z]){lex.COMPANY_FORMS_PATTERN}[ \t]+[a-z][a-z .&'\-]{{1,40}}?[ \t]*[,(]"
    # (in its sentence, nobody named between: ``PT ... (0380) 855892. Koordinator warga:
    # [NAME], HP`` is the person's)
    r"(?:(?!(?<!no)(?<!jl)(?<!gg)(?<!kel)(?<!kec)\.[ \t])[^\n;\x1f]){0,64}?"
    r"(?<![a-z])(?:telp|tlp|telepon|wa|hp|fax)[ \t.:]*[(+]?\Z"
)
#: How far back a company's line is read.
_COMPANY_WIDTH = 120
#: How far back a role said not to answer its line is read (``Pendamping sosial kelurahan tidak
#: bisa dihubungi di``).
_ROLE_WIDTH = 80
#: Titles a role's holder may be named after (``Sdri.``, ``Ibu``, ``Pak``).
_TITLES = r"(?:ibu|bu|bapak|pak|bpk|sdr|sdri|sdra|saudara|saudari|kak|kaka|mama|om|tanta|nona)"
#: For each role a text may name the holder of, the holder named right after the role's words:
#: by a title (``pendamping PKH kelurahan, Sdri. Priska Meko``, on the whole text), or as a name
#: found earlier (one ``\x1f`` in a window: ``Pendamping PKH: [NAME] (0853...)``). The role's
#: number is then that person's.
_ROLE_NAMED = {
    head: (
        re.compile(
            rf"(?<![a-z]){head}(?:[ \t]+[a-z]+){{0,3}}?[ \t]*[,:(]?[ \t]*{_TITLES}(?![a-z])"
        ),
        re.compile(
            rf"(?<![a-z]){head}(?:[ \t]+[a-z]+){{0,3}}?[ \t]*[,:(]?[ \t]*"
            rf"(?:{_TITLES}\.?[ \t]*)?\x1f"
        ),
    )
    for head in ("pendamping", "tksk", "operator")
}
#: How far back a role's holder named is looked for in the window.
_ROLE_NAMED_WIDTH = 240
#: Such a role alone in brackets right after a number (``Penyaluran Bansos: hubungi 0852...
#: (Pendamping Wilayah)``): the role's line too.
_ROLE_AFTER = re.compile(rf"[ \t]*\((?:{_ROLES})\)")
#: Every pattern `_stated_after` tries at the start of the window after a number, as one
#: alternation: where it does not match at the start, none of them does (an alternation matches
#: where one of its branches does), and `_stated_after` has nothing to say - one call instead of
#: five on the common number that nothing follows.
_AFTER_PATTERNS = (
    lex.STATED_AFTER,
    lex.STATED_ABOVE,
    lex.HOLDER_AFTER,
    lex.READ_AFTER,
    _PRINTED_AFTER,
    _DESK_HOLDER,
    lex.BRACKET_AFTER,
)
_ANY_AFTER = re.compile("|".join(f"(?:{_unnamed(pattern)})" for pattern in _AFTER_PATTERNS))


#: A home line said so right after a number, inside its bracket (``(0380 884826, telp rumah)``).
_HOME_AFTER = re.compile(r"[ \t]*[,/][ \t]*(?:telp|tlp|telepon|nomor|no)\.?[ \t]+rumah(?![a-z])")
_HOME_AFTER_REACH = 20
#: A body's desk or role in a bracket after a number: the number is the body's line.
_DESK_OR_ROLE = re.compile(
    r"(?<![a-z])(?:admin|cs|kantor|bagian|seksi|bidang|panitia|sekretariat|humas|kasir"
    r"|resepsionis|customer[ \t]service|manajemen|layanan|pengaduan|cabang)(?![a-z])"
)


#: A bracket right after a number, on its line or the next, naming a person found
#: (``(YUNITA)``, ``(IBU KORNELIA)`` under a sign's ``HUB. 0812...``).
_NAMED_BRACKET = re.compile(
    # (another number of the same owner may stand between: ``HUB 0B58... / 0823...`` then
    # ``(MAMA [NAME])``)
    r"(?:[ \t]*/[ \t]*[0-9+(][0-9A-Za-z()+ .\-]{7,20})?"
    r"[ \t]{0,2}(?:\n[ \t]{0,2})?\([^()\n\x1f]{0,20}\x1f"
)


def named_in_bracket(after: str) -> bool:
    """Whether a bracket right after a number, on its line or the next, names a person found
    (`_NAMED_BRACKET`) and no business (``(daniel travel)``: a business named after a person):
    a sign's or a notice's owner (``HUB. 0812...`` then ``(IBU [NAME])``), whose line no rule
    about offices' and businesses' lines takes.

    Args:
        after: the lower-cased window after the number (earlier findings collapsed).
    """
    if "\x1f" not in after:
        return False
    named = _NAMED_BRACKET.match(after)
    return named is not None and lex.BUSINESS_NOUN.search(after, 0, named.end() + 24) is None


def _stated_after(after: str) -> str | None:  # noqa: PLR0911 - a ladder reads best so
    """What the words right after a number state it is: ``"office"``, ``"phone"`` or None."""
    if named_in_bracket(after):
        return "phone"  # ``HUB. 0812...`` then ``(IBU [NAME])``: its owner, named
    if "rumah" in after[:_HOME_AFTER_REACH] and _HOME_AFTER.match(after) is not None:
        return "phone"  # ``(0380 884826, telp rumah)``: the caller's home line
    if _ANY_AFTER.match(after) is None:
        return None
    stated = _what_stated(after)
    if stated is not None:
        return stated
    if lex.HOLDER_AFTER.match(after) is not None:
        return "phone"
    if _DESK_HOLDER.match(after) is not None:
        return "office"
    read = lex.READ_AFTER.match(after)
    if (
        read is not None and lex.SOURCE_NOUN.match(after, read.end()) is not None
    ) or _PRINTED_AFTER.match(after) is not None:
        return "office"
    bracket = lex.BRACKET_AFTER.match(after)
    if bracket is not None:
        inside = bracket.group(1)
        if not _person_in(inside) and (
            lex.BUSINESS_NOUN.search(inside) is not None
            or lex.COMPANY_FORM.search(inside) is not None
            # a body's desk or role (``(admin)``, ``(Bagian Kepegawaian)``, ``(katanya kantor
            # UangKita Now)``)
            or _DESK_OR_ROLE.search(inside) is not None
        ):
            return "office"
    return None


#: A number inside the words of a sign, a banner, a sticker or an advert quoted in the text
#: (``di papan namanya tulis "LAS KARYA BARU HUB 0882..."``, ``Stiker ... di Mantasi:`` then
#: ``"PLN PEDULI - GANTI METER GRATIS - HUB PETUGAS 0858..."``, a second quote after the
#: first: ``Spanduk "SEDOT WC ..." dan "LES PRIVAT ... WA 0812..."``): the business's line.
_QUOTED_SIGN = re.compile(
    r"(?<![a-z])(?:papan|spanduk|baliho|billboard|brosur|pamflet|poster|stiker|sticker"
    r"|selebaran|plang|iklan)(?:nya)?(?![a-z])"
    r"[^\n\"\u201c\u201d]{0,60}?(?::[ \t]*\n)?[ \t]*"
    r"(?:[\"\u201c][^\"\u201c\u201d\n]{1,120}[\"\u201d][ \t]*(?:,|dan|serta|/|&)?[ \t]*)*"
    r"[\"\u201c](?P<inside>[^\"\u201c\u201d\n]{0,120})\Z"
)
#: How far back a quoted sign's noun may stand.
_QUOTED_SIGN_REACH = 240
#: A person's own sale in a quoted advert (``"Dijual motor Vario ... hub 0812..."``): the
#: guide keeps its number.
_OWN_SALE = re.compile(r"(?<![a-z])(?:dijual|dikontrakkan|over[ \t]?kontrak)(?![a-z])")
#: An owner named in a sign's words by their title and name (``hub Ibu Selfi``); a role alone
#: (``HUB PETUGAS``) names nobody.
_OWNER_IN_SIGN = re.compile(
    r"(?<![a-z])(?:bapak|bpk|pak|ibu|bu|mama|om|tanta|kak|kaka|kakak)\.?[ \t]+[a-z]{3,}"
)


def _quoted_sign(context: Windows, start: int, after: str) -> bool:
    """Whether the number at ``start`` stands inside a sign's or an advert's quoted words, with
    no person named as its owner in them or in a bracket after it (``"Kos Putra Sasando, hub
    0831... (Ibu Selfi)"``: the owner's own number, as the guide says)."""
    if '"' not in context.marks and "\u201c" not in context.marks:
        return False
    wide = context.window_before(start, width=_QUOTED_SIGN_REACH)
    quoted = _QUOTED_SIGN.search(wide)
    if quoted is None:
        return False
    inside = quoted.group("inside")
    bracket = lex.BRACKET_AFTER.match(after)
    return (
        _OWN_SALE.search(inside) is None
        and _OWNER_IN_SIGN.search(inside) is None
        and (bracket is None or not _person_in(bracket.group(1)))
    )


#: A business's poster or card as a scan gives it: a line near the top that holds only its name in
#: quotes (``SEDOT WC`` then ``"BERKAH ABADI"``, ``KLINIK PRATAMA`` then ``"SEHAT SEJAHTERA"``).
_POSTER_NAME = re.compile(r"(?:\A|\n)[ \t]*[\"\u201c][^\"\u201c\u201d\n]{3,40}[\"\u201d][ \t]*\n")
#: How far into a text the poster's name line may stand, and how far its lines reach.
_POSTER_TOP = 80
_POSTER_REACH = 320


def _posters_line(context: Windows, start: int) -> bool:
    """Whether the number at ``start`` is on a business's poster (`_POSTER_NAME` near the top),
    with nobody named and no person's word between the name and the number: the business's
    line, as on its sign (``HUB: 0896... / 0853...``, ``TELP : 0380...``)."""
    if start > _POSTER_REACH or ('"' not in context.marks and "\u201c" not in context.marks):
        return False
    lowered = context.lowered
    poster = _POSTER_NAME.search(lowered, 0, _POSTER_TOP)
    if poster is None:
        return False
    between = context.window_before(start, width=start - poster.end() + 1)
    return "\x1f" not in between and lex.OWNER_PERSON.search(between) is None


#: A form's reporter field filled by a group, not a person (``Nama Pelapor : Forum Warga Peduli
#: Kota``); and a phone field's label opening the number's line (``WA :``, ``No. HP :``).
_GROUPS_FIELD = re.compile(
    r"(?:^|\n)[ \t]*nama(?:[ \t]+pelapor)?[ \t]*:[ \t]*(?:forum|komite|paguyuban|ikatan|persatuan"
    r"|karang[ \t]+taruna|kelompok|himpunan|aliansi|koalisi)(?![a-z])[^\n\x1f]*\n"
)
_PHONE_FIELD = re.compile(
    r"[ \t]*(?:no\.?[ \t]*|nomor[ \t]+)?(?:wa|hp|telp|telepon|whatsapp|kontak)[ \t]*:[ \t]*\Z"
)
#: How far before a phone field the group's name field is looked for.
_GROUPS_FORM_REACH = 200


def _groups_form(context: Windows, start: int) -> bool:
    """Whether the number at ``start`` fills a phone field (``WA :``) of a form that a group
    filled in as the reporter (``Nama Pelapor : Forum Warga Peduli Kota``), with nobody named
    between: the group's line, as its mailbox there is the group's and no person's."""
    wide = context.window_before(start, width=_GROUPS_FORM_REACH)
    line = wide.rfind("\n")
    if line == -1 or _PHONE_FIELD.fullmatch(wide, line + 1) is None:
        return False
    field = None
    for field in _GROUPS_FIELD.finditer(wide, 0, line + 1):  # noqa: B007 - the last one
        pass
    return field is not None and "\x1f" not in wide[field.end() : line]


#: The words between a business's noun and a name found that make the name the business's own:
#: spaces and letters only, no punctuation (``salon nona [NAME]``, not ``pangkalan, [NAME]``).
_NAMES_OWN = re.compile(r"[a-z \t\u00a0]*")


#: A directory's row up to its number: a label that opens the line (a bullet or a row number
#: at most before it), then a separator (``:``, ``|``, a dash, a leader of dots) and maybe a
#: line's word (``Pusdalops: ``, ``Tagana kelurahan .......... ``, ``Ambulans Pemkot | ``,
#: ``Fotokopi Lontar Jaya - Jl. Perintis Kemerdekaan No. 22 - WA ``); on the lower-cased
#: window, earlier findings collapsed.
_ROW_BULLET = r"[ \t]*(?:[-*\u2022]|[0-9]{1,2}[.)])?[ \t]*"
_ROW_SEPARATOR = r"[ \t]*(?::|\||\u2013|\u2014|-|\.{3,}|(?<=[a-z/)])[ \t]{2,}(?=wa|telp|hp))"
_ROW_LABEL = re.compile(_ROW_BULLET + r"[a-z][^\n\x1f]{0,70}?" + _ROW_SEPARATOR + LINE_WORD_LEAD)
#: A directory's row anywhere in a text: a label, a separator and a phone-like number.
_DIRECTORY_ROW = re.compile(
    r"(?:^|\n)"
    + _ROW_BULLET
    + r"[a-z][^\n]{0,70}?"
    + _ROW_SEPARATOR
    + r"[^\n]{0,40}?(?<![0-9])[+(]?[0-9][0-9 .()\-]{6,20}[0-9]"
)
#: How many rows make a text a directory.
_DIRECTORY_ROWS = 3
#: Words of a person in a directory's row label: the writer, a reporter, kin, a title, a home.
_ROW_PERSON = re.compile(
    r"(?<![a-z])(?:saya|sy|sa|beta|aku|kami|pelapor|penelepon|pengadu|warga|mama|bapa|ibu|bapak"
    r"|bpk|pak|bu|sdr|sdri|om|tanta|kaka|kak|adik|anak|istri|suami|tetangga|keluarga|rumah"
    r"|pribadi|pemilik|owner|a\.?[ \t]?n|atas[ \t]+nama|milik|penagih|nama)(?![a-z])"
)


#: A desk's or a role's word on duty in a directory's row label, beside offices' and
#: institutions' context words and businesses' nouns (`_names_a_body`).
_ROW_ROLES = re.compile(
    r"(?<![a-z0-9])(?:pusdalops|tagana|damkar|takmir|marbot|operator|komite|tksk|trantib|linmas"
    r"|posko|pos|ambulans|ambulan|kasi|kasubag|admin|bendahara|sekretariat|panitia|piket|kanal"
    r"|antrian|layanan|pengaduan|informasi|kelurahan|kecamatan|kantor|dinas|bank"
    # a service's chat bot speaking in its thread (``Chatbot PPDB: ... Kendala aplikasi WA``)
    r"|chatbot)(?![a-z0-9])"
)


def _names_a_body(label: str) -> bool:
    """Whether a row's label names a body or a role: a desk's or a role's word (`_ROW_ROLES`),
    a business's noun (`lex.BUSINESS_NOUN`), or an office's or an institution's context word
    standing as a word (`OFFICE_WORDS`)."""
    if _ROW_ROLES.search(label) is not None or lex.BUSINESS_NOUN.search(label) is not None:
        return True
    return any(
        (not hit.start() or not label[hit.start() - 1].isalnum())
        and (hit.end() == len(label) or not label[hit.end()].isalnum())
        for hit in OFFICE_WORDS.finditer(label)
    )


#: How far back a directory's row or a thread's turn is read for its label.
_ROW_WIDTH = 120


def _directory_line(context: Windows, window: str) -> bool:
    """Whether a number is a directory's row with nobody named on it: its line opens with a
    body's or a role's label and a separator, with no person found or spoken of there
    (``Pusdalops: 0821...``, ``Takmir Masjid: 0878...``, ``Ambulans Pemkot | 6285...``), in a
    text with at least `_DIRECTORY_ROWS` such rows (a list of services' lines, a roster, a
    poster), a body calling in a log's row (`_LOG_ROW`: ``08.42 | MIN Kota Kupang | (0380)
    ...``), or a body's own turn in a thread (`_BODYS_TURN`): the desk's line, as the guide's
    roles on duty. A row naming its holder (``Ketua RT 2: Bpk. [NAME] 0852...``) keeps the
    person's."""
    line = window[window.rfind("\n") + 1 :]
    if "\x1f" in line or _ROW_PERSON.search(line) is not None:
        return False
    row = _LOG_ROW.match(line)
    if row is not None and (
        _LOG_BODY.match(body := row.group("body")) is not None or _names_a_body(body)
    ):
        # ``08.42 | MIN Kota Kupang | (0380) ...``, ``20.27 UD Berkat Timor, 0852...``, ``Telp
        # dari Hotel Sasando (0380) ...``: a body calling, in a log's row
        return True
    turn = _BODYS_TURN.match(line)
    if turn is not None and _names_a_body(turn.group("speaker")):
        # ``Dinas Sosial Kota Kupang: Silakan kirim data lengkap ke WA 0821...``: a body's own
        # turn in a thread, giving its line
        return True
    return (
        _ROW_LABEL.fullmatch(line) is not None
        # (the row's own label, or, for a row of a service's own, the heading of a body's
        # directory: ``NOMOR LAYANAN DISDUKCAPIL`` over ``Pindah datang .......... WA 0822...``)
        and (_names_a_body(line) or _a_bodys_directory(context.lowered, line))
        # (counted up to the rows that make a directory)
        and sum(1 for _ in islice(_DIRECTORY_ROW.finditer(context.lowered), _DIRECTORY_ROWS))
        == _DIRECTORY_ROWS
    )


def _a_bodys_directory(lowered: str, line: str) -> bool:
    """Whether a row's label names a service or a post of its own, not a field of a form
    (``HP :``, ``Nomor WA :``), under a heading that names a body and a list of its numbers
    (``PERUBAHAN NOMOR LAYANAN DISDUKCAPIL``, ``KONTAK DARURAT ... KECAMATAN KOTA RAJA``)."""
    if _FIELD_ONLY.match(line) is not None:
        return False
    first = lowered.lstrip()
    heading = first[: first.find("\n") % (_HEADING_WIDTH + 1)]
    return _DIRECTORY_HEADING.search(heading) is not None and _names_a_body(heading)


#: A row's label that is only a form's field for a phone (``HP``, ``No. WA``, ``Kontak``).
_FIELD_ONLY = re.compile(
    _ROW_BULLET
    + r"(?:(?:nomor|nomer|no|nmr)\.?[ \t]*)?(?:hp|wa|whatsapp|telp|tlp|telepon|kontak|ponsel"
    r"|handphone|nomor|no)\.?" + _ROW_SEPARATOR
)
#: A heading's words for a list of numbers (``NOMOR LAYANAN``, ``KONTAK DARURAT``).
_DIRECTORY_HEADING = re.compile(
    r"(?<![a-z])(?:nomor|nomer|kontak|contact|telepon|direktori|hotline|darurat)(?![a-z])"
)
#: How much of a text's first line is read as its heading.
_HEADING_WIDTH = 100


#: A log's row up to a number: a time stamp or an item's number, a body's name (group
#: ``body``; after ``Telp dari``) and a separator.
_LOG_ROW = re.compile(
    r"[ \t]*(?:[0-9]{1,2}[/\-][0-9]{1,2}[/\-][0-9]{2,4}[ \t]+)?"
    r"(?:[0-9]{1,2}[.:][0-9]{2}(?![0-9])|[0-9]{1,2}[.)](?![0-9]))"
    r"[ \t]*(?:[|\u2013\u2014\-][ \t]*)?(?:(?:telp|telpon|telepon|tlp)[ \t]+dari[ \t]+)?"
    r"(?P<body>[a-z][^\n\x1f|:,()\u2013\u2014]{1,60}?)"
    r"[ \t]*(?:\||\u2013|\u2014|-|,|\(|:)?[ \t]*\(?\Z"
)
#: Words of a body's kind (``PO``, ``UD``, ``RS``, ``hotel``, ``MIN``, ``perusahaan``).
_BODY_KINDS = (
    rf"{lex.COMPANY_FORMS_PATTERN}|po|rs|rsu|rsud|rsia|hotel|penginapan|losmen|terminal|bandara"
    r"|pelabuhan|min|man|mtsn|mts|sdn|sd|smpn|smp|sman|sma|smkn|smk|perusahaan|travel|koperasi"
    r"|yayasan|paud"
)
#: A body's name by its kind at the head of a log's row (``PO Lontar Jaya``, ``UD ...``,
#: ``RS Siloam``, ``Hotel ...``, ``MIN Kota Kupang``).
_LOG_BODY = re.compile(rf"(?:{_BODY_KINDS})[ \t]+[a-z0-9]")
#: A number given as theirs (``dong pung nomor``, ``Nomor mereka``): a body's or a business's
#: spoken of before (`_theirs_a_body`).
_THEIR_NUMBER = re.compile(
    r"(?<![a-z])(?:(?:dong|dorang|mereka)[ \t]+(?:pung|punya)[ \t]+(?:nomor|nomer|no|wa|hp)"
    r"|(?:nomor|nomer|no|wa|hp)[ \t]+(?:mereka|dorang|dong))[ \t.:]*\Z"
)
#: A body's kind as a word (``UD``, ``PT``, ``perusahaan``, ``hotel``).
_BODY_KIND = re.compile(rf"(?<![a-z])(?:{_BODY_KINDS})(?![a-z])")


def _theirs_a_body(wide: str) -> bool:
    """Whether what a plural pronoun before a number speaks of is a body: after the last
    earlier finding in ``wide`` (a name: ``beta pung ipar [NAME] ada depot di Oeba, dong pung
    nomor``), a body's or a business's word stands (``UD Berkat Timor, dong pung nomor``,
    ``kami teruskan ke perusahaan. Nomor mereka``)."""
    spoken = wide[wide.rfind("\x1f") + 1 :]
    return _BODY_KIND.search(spoken) is not None or _names_a_body(spoken)


#: A turn of a thread or a chat up to a number: a time stamp at most, the speaker's label and
#: its colon, then the turn's words.
_BODYS_TURN = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?P<speaker>[a-z][^\n:0-9]{1,50}?)[ \t]*:"
    r"[^\n]*"
)


def _roles_line(context: Windows, window: str, tail: str, start: int) -> bool:
    """Whether the number at ``start`` is a role's on duty with nobody named as its holder
    (``Info: kader posyandu 0812...``, ``Pendamping sosial kelurahan tidak bisa dihubungi di
    0853...``): not where the text names who holds that role (`_ROLE_NAMED`)."""
    role = _ROLE_BEFORE.search(window)
    if role is None and ("dihubungi" in tail or "angkat" in tail):
        # a role said not to answer may open further back than the near window
        role = _ROLE_BEFORE.search(context.window_before(start, width=_ROLE_WIDTH))
    if role is None:
        return False
    head = lex.LETTERS.match(role.group(0))
    named = _ROLE_NAMED.get(head.group(0)) if head is not None else None
    return named is None or (
        named[0].search(context.lowered, 0, start) is None
        and named[1].search(context.window_before(start, width=_ROLE_NAMED_WIDTH)) is None
    )


def _company_line(window: str) -> bool:
    """Whether ``window`` holds a company's legal form as a word and no person's word on the
    number's line (most windows hold none: told without `_COMPANY_LINE`)."""
    line = window[window.rfind("\n") + 1 :]
    return (
        any(mark in line for mark in _COMPANY_MARKS)
        and _EMPLOYED.search(line) is None
        and lex.OWNER_PERSON.search(line) is None
    )


#: A person's work for a company or their own part in it, on a company's line.
_EMPLOYED = re.compile(
    r"(?<![a-z])(?:karyawan|karyawati|pegawai|staf|staff|buruh|pekerja|kerja|bekerja|sopir"
    r"|supir|kurir|satpam|teknisi|mandor|direktur|dirut|manajer|manager)(?![a-z])"
)


def _noun_before(clause: str) -> bool:
    """Whether the clause before a number introduces it as a business's or read somewhere:
    the last such noun in it, with no person named between it and the number."""
    last_at = -1
    for found in lex.NOUN_BEFORE.finditer(clause):
        start = found.start()
        if found.lastgroup == "business" and (
            lex.PLACE_BEFORE_BUSINESS.search(clause, 0, start) is not None
            or _person_in(" ".join(clause[:start].split()[-2:]))
        ):
            continue  # ``dekat bengkel``: a place; ``sy pemilik toko``: a person's business
        if found.lastgroup in ("business", "source") and _OWNS_BEFORE.search(clause, 0, start):
            continue  # ``Om [NAME] ada tangki, nomornya ...``: a person named owns it
        if found.lastgroup == "admin":
            # ``admin sekolah``, ``WA admin Puskesmas``: an office's admin is the office.
            office = lex.CONTEXT.match(clause, found.end())
            if office is None or office.lastgroup not in ("office", "institution"):
                continue
            last_at = office.end()
            continue
        last_at = found.end()
    if last_at < 0:
        return False
    between = clause[last_at:]
    return (
        len(between.split()) <= _NOUN_WORDS
        # ``Saksi mata ojek pangkalan, [NAME] (0853...)``: a person named after the noun owns
        # the number; a name in the words right after it is the business's own (``Salon Nona
        # Manis``, ``Toko [NAME]``)
        and (
            "\x1f" not in between
            or _NAMES_OWN.fullmatch(between, 0, between.index("\x1f")) is not None
        )
        and not _person_in(between)
    )


def _office_in(text: str) -> bool:
    """Whether ``text`` names an office, an institution or a business, and no person after it."""
    last_at = -1
    for found in lex.CONTEXT.finditer(text):
        if found.lastgroup in ("office", "institution"):
            last_at = found.end()
    for found in lex.BUSINESS_NOUN.finditer(text):
        last_at = max(last_at, found.end())
    return last_at >= 0 and not _person_in(text[last_at:])


#: A mailbox the e-mail detector left visible (an office's or a body's: a person's stands
#: collapsed in the window) and a list word or mark right before the number (``Sanggahan: email
#: beasiswa@kupangkota.go.id atau WA ``, ``PPID Kota Kupang · ppid@kupangkota.go.id · ``,
#: ``Berkas dikirim ke lkpmutiara@yahoo.co.id atau WA ``): the office's or the body's line too.
_MAILBOX_LISTED = re.compile(
    r"@[a-z0-9\-]+(?:\.[a-z0-9\-]+)+[ \t\u00a0]{0,2}(?:[/,|\u00b7\u2022]|atau|ato|dan|deng)"
    r"[ \t\u00a0]{0,2}"
    r"(?:(?:wa|whatsapp|telp|tlp|telepon|hp|sms|hub)[ \t\u00a0:.]{0,3}){0,2}\Z"
)


def _listed_office(clause: str) -> bool:
    """Whether the number follows another line listed with it whose clause names an office
    (``Dinas Sosial 0380826340 / WA ``), or a government mailbox listed right before it: the
    earlier line is the office's, so this one is."""
    if "@" in clause and _MAILBOX_LISTED.search(clause) is not None:
        return True
    listed = lex.LISTED_AFTER.search(clause, max(0, len(clause) - _INTRO_CHARS))
    return listed is not None and _office_in(clause[: listed.start("number")])


#: A number introduced as a scam's right before it (``Nomor penipu``, ``WA si penipu:``,
#: ``penipu itu pakai nomor``).
_SCAM_BEFORE = re.compile(
    # a warning not to answer it (``Jangan layani nomor ... yang minta biaya``)
    r"(?<![a-z])(?:(?:jangan|jgn)[ \t]+(?:layani|balas|angkat|tanggapi|percaya|hubungi)[ \t]+"
    r"(?:nomor|nomer|no|wa|sms)"
    # (``Hati-hati nomor``, ``Waspada dengan nomor``)
    r"|(?:hati-hati|hati2|awas|waspada|waspadai)[ \t]+(?:(?:dengan|dgn|sama|terhadap)[ \t]+)?"
    r"(?:nomor|nomer|no|wa|sms)"
    r"|(?:nomor|nomer|no|hp|wa|telp|tlp|sms|akun)\.?[ \t]+(?:si[ \t]+|para[ \t]+)?"
    r"(?:penipu|penipuan|pelaku[ \t]+penipuan|scammer|scam)"
    # (``Nomor yg dilaporkan warga sbg penipu:``)
    r"|(?:sbg|sebagai)[ \t]+(?:penipu|scammer|pelaku[ \t]+penipuan)"
    r"|(?:penipu|scammer)(?:[ \t]+(?:itu|tsb|tersebut|nya))?[ \t]+"
    r"(?:pakai|pake|menggunakan|gunakan|dari|lewat)(?:[ \t]+(?:nomor|nomer|no|hp|wa|telp|sms))?"
    # a lender's collector, who gives no name (``Collector pakai nomor``, ``PINJOL TAGIH SY
    # PAKAI NOMOR``, ``penagihnya tlp dr``, ``penagih yang memakai nomor``, ``collector su
    # teror sy pakai nomor``)
    r"|(?:pinjol|penagih|penagihnya|collector|kolektor)(?:[ \t]+[a-z]+){0,3}?[ \t]+"
    r"(?:pakai|pake|memakai|menggunakan|gunakan|dari|dr|lewat)"
    r"(?:[ \t]+(?:nomor|nomer|no|hp|wa|telp|sms))?)"
    r"[ \t.:=\-]*"
    # the next of the numbers listed after it (``PAKAI NOMOR 0857..., 0813... DAN 0819...``)
    r"(?:[+(0-9][0-9 ().\-]{7,20}[0-9][ \t]*(?:,|dan|&|/)[ \t]*){0,4}\Z"
)
#: The writer blocking the number at once, in its sentence after it (``..., langsung blok``).
_BLOCKED_AFTER = re.compile(
    r"[^.\n]{0,40}?(?<![a-z])(?:langsung|lgsg|lgs)[ \t]+(?:(?:sa|saya|sy|beta|aku)[ \t]+)?"
    r"(?:blok|blokir|block|diblok|diblokir)(?![a-z])"
)
#: A lender's collectors named, then ``they use`` numbers, the number's list so far.
_COLLECTORS_USE = re.compile(
    r"(?<![a-z])(?:pinjol|penagih|collector|kolektor)[^\n]{0,60}?(?<![a-z])(?:mereka|dorang|dong)"
    r"[ \t]+(?:pakai|pake|memakai|menggunakan)[ \t]+(?:nomor|nomer|no)[ \t.:]*"
    r"(?:[+(0-9][0-9 ().\-]{7,20}[0-9][ \t]*(?:,|dan|&|/)[ \t]*){0,4}\Z"
)
#: A number and a list's separator right before a number: the next in a list.
_LIST_NEXT = re.compile(r"[0-9][ \t]*(?:,|dan|deng|dengan|&|/)[ \t]*\Z")
#: A personal number given as an example right before it, as an office's warning against
#: scams gives one (``Waspada penipuan yang mengatasnamakan BRI melalui nomor pribadi seperti``).
_SCAM_EXAMPLE = re.compile(
    r"(?<![a-z])(?:nomor|nomer|no|hp|wa|akun)[ \t]+(?:(?:hp|wa|whatsapp|telepon|telp)[ \t]+)?"
    r"pribadi[ \t]+(?:seperti|spt|misalnya|misal|contohnya|contoh)[ \t]*:?[ \t]*\Z"
)
#: A list's item marker opening its line (``\n1. ``, ``\n- ``).
_ITEM = r"\n[ \t]*(?:[0-9]{1,2}[.)]|[-*\u2022])[ \t]*"
#: A heading of scams' numbers and the numbers listed after it so far (``Nomor penipu yang
#: sudah dilaporkan warga minggu ini: 0823..., 0818... dan``), or its list's items so far.
_SCAM_HEADING = re.compile(
    r"(?:(?<![a-z])(?:nomor|nomer|no|daftar[ \t]+nomor)[ \t]+(?:penipu|penipuan)(?![a-z])"
    # the numbers a warning of a scam lists as reported (``Contoh nomor yang dilaporkan:``)
    r"|(?<![a-z])contoh[ \t]+(?:nomor|nomer|no)[ \t]+(?:yang|yg)[ \t]+(?:dilaporkan|dipakai)"
    # the numbers a warning lists as posing as someone (``Nomor-nomor yang mengaku petugas
    # bansos (mohon warga waspada):``)
    r"|(?<![a-z])(?:nomor|nomer|no)(?:-nomor|-nomer)?[ \t]+(?:yang|yg)[ \t]+(?:mengaku|ngaku))"
    r"[^\n.:]{0,60}:[ \t]*(?:[(+]?[0-9][0-9 .\-()]{5,18}[0-9][ \t]*(?:,|dan|atau|/|&)[ \t]*)*"
    # (or as a list's items, one per line: ``:\n1. 0819... - minta foto KTP\n2. ``)
    rf"(?:(?:{_ITEM}[^\n]*)*{_ITEM})?\Z"
)
#: A list's item opening a line, at the end of the window before the number.
_ITEM_SO_FAR = re.compile(_ITEM + r"\Z")
#: A list's separator right after a number, at the end of the window before the next one.
_LISTED_SO_FAR = re.compile(r"[0-9][ \t]*(?:,|dan|atau|/|&)[ \t]*\Z")
#: How far back a heading of scams' numbers may stand.
_HEADING_REACH = 160
#: A number said to be a scam's right after it (``0882... itu penipu?``, ``0813... (penipu)``).
_SCAM_AFTER = re.compile(
    r"[ \t]*[,(\"']?[ \t]*(?:(?:itu|ini|tu|tsb|tersebut)[ \t]+)?"
    r"(?:(?:adalah|ternyata|memang|benar|betul|sudah|su)[ \t]+)?(?:nomor[ \t]+)?"
    r"(?:penipu|penipuan|scam|scammer)(?![a-z])"
)
#: A number said right after it (or after the list it ends) not to be a body's own (``...
#: bukan milik PT Pos Indonesia``, ``bukan nomor resmi Bank NTT``), in a warning of a scam.
_DISOWNED_AFTER = re.compile(
    r"(?:[ \t]*(?:,|dan|atau|/|&)[ \t]*[+(]?[0-9][0-9 .\-()]{7,18}[0-9])*"
    r"[ \t,]*(?:(?:itu|ini|tu|yang[ \t]+beredar|yg[ \t]+beredar)[ \t]+)?"
    r"(?:bukan|bkn|tidak|tdk|sonde)[ \t]+(?:milik|nomor|nomer|punya)(?![a-z])"
)


#: An office's staff, or the office the writer called (Kupang's ``dong``), telling the writer
#: which line to reach or to wait for, nobody named (``Petugas menyarankan hubungi WA``,
#: ``Petugas loket bilang tunggu SMS dari``, ``Beta su telpon Dukcapil ... ko dong suru WA``):
#: the office's line, as its own reply would give it.
_TOLD_BY_STAFF = re.compile(
    r"(?<![a-z])(?:petugas(?:[ \t]+[a-z]+)?[ \t]+(?:menyarankan|sarankan|bilang|blg|suru|suruh"
    r"|arahkan|mengarahkan)|dong[ \t]+(?:suru|suruh|arahkan))[ \t]+"
    r"(?:(?:tunggu|hubungi|hub|kontak)[ \t]+)?"
    r"(?:(?:sms|wa|telpon|telp|tlp)[ \t]+)?(?:dari[ \t]+|ke[ \t]+)?(?:nomor[ \t]+)?[ \t:]*\Z"
)
#: Said right after a number by the office the text speaks for: not its line (``yang Ibu
#: terima bukan nomor kami``, ``yang disebut dalam laporan bukan nomor petugas kami``).
_DISOWNED_BY_US = re.compile(
    r"[ \t,]*(?:(?:yang|yg)(?:[ \t]+[a-z]+){1,5}[ \t]+)?(?:bukan|bkn)[ \t]+(?:nomor|nomer)"
    r"(?:[ \t]+(?:petugas|resmi|kantor|dinas|pegawai))?[ \t]+kami(?![a-z])"
)
#: A number one is told to send something to, right before it (``kirim ke WA``, ``foto ke
#: nomor``; the groups of the same number before a part of it that is read on its own).
SEND_TO = re.compile(
    r"(?<![a-z])ke[ \t]+(?:wa|whatsapp|nomor|nomer|no|hp)[ \t.:]*[(+]?(?:[0-9]{2,5}[ .\-])*\Z"
)
#: What came is called a hoax or a scam in a later sentence (``Cepat sebelum kuota habis. ...
#: itu HOAX``, ``Itu tipu-tipu to?``), on the lowered text from the number's start.
_CALLED_A_HOAX = re.compile(
    r"[.!?\n][\s\S]*?(?<![a-z])(?:itu|ini|tu)[ \t]+(?:hoax|hoaks|tipu(?:-tipu)?|penipuan|penipu)"
    r"(?![a-z])"
)
#: How far after the number the later sentence may call it a hoax.
_HOAX_REACH = 160


#: An e-wallet's name right before a number (``ke DANA``, ``lewat GoPay``): a phone number that
#: holds money.
WALLET_BEFORE = re.compile(
    r"(?<![a-z])(?:dana|ovo|gopay|go-pay|shopeepay|shopee[ \t]+pay|linkaja)[ \t:]*\Z"
)
#: Its owner named right after a number (``, yang punya nama Piter Boimau``).
_OWNER_AFTER = re.compile(
    r"[ \t,]*(?:(?:yang|yg)[ \t]+)?(?:punya|pemilik|pemiliknya)[ \t]+"
    r"(?:nama|namanya|atas[ \t]+nama)"
)
#: A scam named as such around a number (``itu tipu-tipu``, ``penipuan``, ``hoax``).
_SCAM_WORD = re.compile(r"(?<![a-z])(?:tipu|penipu|penipuan|hoax|hoaks|scam)(?![a-z])")


#: A message right after a number announcing a prize or a selection, as scams open theirs
#: (``: "Selamat! Anda terpilih ...``, ``\nSELAMAT! Anda penerima bantuan``, ``kirim pesan
#: "Rekening BRI Anda diblokir``).
_PRIZE_AFTER = re.compile(
    r"[ \t:\"'\u201c\n,]{0,6}"
    # the number sending it (``ada nomor 0858... kirim pesan: "Selamat! NIK anda terpilih``)
    r"(?:(?:kirim|mengirim|ngirim|kasih)[ \t]+(?:pesan|sms|wa|chat)[ \t:\"'\u201c]{0,4})?"
    r"(?:(?:selamat[ \t!,.]+)?"
    # (whose: ``NIK anda``, ``toko anda``)
    r"(?:(?:nomor[ \t]+)?nik[ \t]+|nomor[ \t]+|anak[ \t]+|toko[ \t]+|usaha[ \t]+|kios[ \t]+)?"
    r"(?:rekening[ \t]+(?:[a-z]+[ \t]+)?)?"
    r"(?:anda|bapak/ibu|bpk/ibu|sdr|kamu)"
    # or told of it (``dapat sms dari 0822... katanya sy menang undian``)
    # (``ADA SMS DR 0812... BILANG SY MENANG UNDIAN``, ``nomor 0853... sms bilang sy menang``)
    r"|(?:(?:sms|wa|pesan|chat)[ \t]+)?(?:katanya|ktnya|katax|bilang|blg)[ \t]+"
    r"(?:sy|saya|beta|aku|anda|kita|kami)?)[ \t]*"
    r"(?:terpilih|menang|memenangkan|mendapat|mendapatkan|dapat|penerima|berhak|lolos"
    # or warns of a blocked account (``: 'Rekening BRI Anda diblokir, hubungi CS kami ...``)
    r"|diblokir|terblokir|dibekukan|dinonaktifkan)(?![a-z])"
)
#: A scam's act in the number's sentence right after it (``telpon saya suruh buka link``,
#: ``minta kode OTP``).
_SCAM_ACT_AFTER = re.compile(
    r"[^.\n?!]{0,50}?(?:(?:buka|klik|klick|berisi|isi|kirim)[ \t]+(?:link|tautan)|kode[ \t]+otp"
    r"|(?<![a-z])otp(?![a-z])"
    # a profile photo of someone else (``ni WA beta pake foto Pak Camat``)
    r"|(?<![a-z])(?:pake|pakai|menggunakan)[ \t]+foto(?![a-z]))"
)
#: The number a message or a call came from, right before it (``ada SMS dari``, ``Sa juga
#: dapat kemarin dari``, ``Saya ditelpon nomor``).
_CAME_FROM = re.compile(
    r"(?<![a-z])(?:(?:sms|pesan|wa|chat|telpon|telepon|telp|panggilan|dapat|dpt|dapet)"
    r"(?:[ \t]+(?:juga|jg|ju|kemarin|kemaren|tadi|td|lagi|yang[ \t]+sama)){0,2}[ \t]+dari"
    r"|ditelpon|ditelepon|dihubungi)(?:[ \t]+(?:nomor|nomer|no))?[ \t.:]*"
    # the numbers listed before this one (``dari nomor 0813... dan``)
    r"(?:[+(]?[0-9][0-9 .\-()]{7,18}[0-9][ \t]*(?:,|dan|atau|/|&)[ \t]*)*\Z"
)
#: A message that is the same as another one's, right after a number (``dengan isi yang sama``,
#: ``dgn pesan sama``): the same scam's.
_SAME_MESSAGE = re.compile(
    r"[ \t,]*(?:dengan|dgn|dg|deng)[ \t]+(?:isi|pesan|sms|modus)[ \t]+(?:yang[ \t]+|yg[ \t]+)?sama"
)
#: A word that names a number's user or an account's holder (``namanya``, ``a.n.``).
_NAMING_WORD = re.compile(
    r"(?<![a-z])(?:a\.[ \t]?n|a/n|atas[ \t]+nama|namanya|bernama|nama[ \t]+(?:dia|de|nya))(?![a-z])"
    # (not a body's name in quotes: ``a.n. "UPT SAMSAT PEMUTIHAN"``)
    r"(?![ \t.:]*[\"\u201c])"
)
#: A claim right after a number (``yang mengaku anggota Polsek``, ``, ngaku anak kos``).
_CLAIMS_AFTER = re.compile(
    # (another number listed with it first: ``from +62811... and +62812... claiming to be``)
    r"(?:[ \t]*(?:,|dan|deng|and|&)[ \t]*\+?[0-9][0-9 .\-]{7,18}[0-9])?"
    # (a word or two first: ``0859... ju, ngaku admin``, ``0823... lai telpon, ngaku dari bank``)
    r"[ \t,]*(?:(?:ju|juga|jg|lai|lagi|telpon|telepon|telp|tlp|sms|wa)[ \t,]+){0,2}"
    r"(?:(?:yang|yg|who|that|dia|de)[ \t]+)?(?:mengaku|ngaku|ngakunya|mengatasnamakan"
    # in English (``messages from +62811... claiming to be "Imigrasi Kupang"``)
    r"|claim(?:ing|s|ed)?[ \t]+to[ \t]+be|pretend(?:ing|s|ed)?[ \t]+to[ \t]+be"
    r"|pos(?:ing|es|ed)[ \t]+as)(?![a-z])"
)
#: The caller said to claim where they are from in the sentence right after a number.
_SAID_FROM_AFTER = re.compile(
    r"\.?[ \t]+(?:dia|de)[ \t]+(?:bilang|blg)[ \t]+(?:dia[ \t]+)?dari(?![a-z])"
)
#: How far after a number a name found makes the claim a named person's (``yang mengaku
#: Saudara [NAME] dari Dinas Sosial``).
_CLAIM_NAMED_REACH = 48
#: An office saying it never asks or calls so, up to a number (``tidak pernah meminta transfer
#: ke rekening pribadi maupun nomor``, ``tidak pernah menghubungi lewat WA``).
_NEVER_BEFORE = re.compile(
    r"(?<![a-z])(?:tidak|tdk|tak|sonde|son|bukan|never)[ \t]+(?:pernah[ \t]+)?"
    r"(?:meminta|minta|menghubungi|hubungi|menelpon|menelepon|telpon|mengirim|kirim)(?![a-z])"
    r"[^.\n!?\x1f0-9]{0,60}?(?:nomor|nomer|no|wa|whatsapp|sms)[ \t.:]*\Z"
)
#: The scam marks of `TEXT_MARKS`: a text holding none of them speaks of no scam.
_SCAM_MARKS = frozenset({"penip", "hoax", "hoaks", "tipu", "ngaku", "atasnama", "palsu"})
#: The writer told to call a number (``SY DISURUH TLP``), right before it.
_TOLD_TO_CALL = re.compile(
    r"(?<![a-z])(?:disuruh|suruh|disuru|suru|diminta)[ \t]+"
    r"(?:tlp|telp|telpon|telepon|hubungi|wa|sms|kontak)"
    r"(?:[ \t]+(?:ke|nomor|no))?[ \t.:]*\Z"
)
#: A prize promised to the reader before a number (``Anda berhak restitusi``, ``Selamat, NIK
#: Anda terpilih``).
_PRIZE_BEFORE = re.compile(
    r"(?<![a-z])(?:anda|bapak/ibu|bpk/ibu)[ \t]+(?:berhak|terpilih|menang|memenangkan"
    r"|mendapat(?:kan)?[ \t]+(?:hadiah|bantuan|restitusi|dana|uang)|terdaftar[ \t]+sebagai"
    r"[ \t]+penerima)(?![a-z])"
)
#: A call to the reader right before a number (``lalu hubungi``, ``segera hubungi``).
_CALL_US = re.compile(r"(?<![a-z])(?:hubungi|hub|telepon|telp|wa)[ \t.:]*\Z")
#: A person named, then ``ada`` or ``punya`` right before a business's or a source's noun
#: (``Om [NAME] ada tangki``): the person's own.
_OWNS_BEFORE = re.compile(r"\x1f[ \t]+(?:ada|punya|pung|pu)[ \t]+\Z")
#: Another number of the one spoken of, right before a number (``nomor lain jg``, ``nomor lain
#: lagi``, ``Nomor lain juga sempat WA,``).
_ANOTHER_NUMBER = re.compile(
    r"(?<![a-z])(?:nomor|nomer|no|nmr)[ \t]+(?:yang[ \t]+|yg[ \t]+)?lain"
    r"(?:[ \t]+(?:lagi|jg|juga|ju|pun))?"
    # (which wrote or called too: ``Nomor lain juga sempat WA,``)
    r"(?:[ \t]+(?:sempat|pernah|tadi|td|ikut))?"
    r"(?:[ \t]+(?:wa|sms|telpon|telepon|telp|tlp|chat|hubungi|menghubungi))?"
    # (the ones it used: ``Nomor lain yg dipakai: 0821... deng 0822...``)
    r"(?:[ \t]+(?:yang|yg)[ \t]+(?:dipakai|dipake|digunakan))?[ \t.:,]*"
    r"(?:[+(]?[0-9][0-9 .\-()]{7,18}[0-9][ \t]*(?:,|dan|deng|dengan|atau|/|&)[ \t]*)*\Z"
)
#: A prize or a lottery, as scams promise one.
_PRIZE = re.compile(r"(?<![a-z])(?:undian|hadiah|menang|pemenang)(?![a-z])")
#: A bare number word opening its sentence right before a number (``... minta data KK. Nomor
#: 0821...``, ``Nomor yang dipakai``, ``Ini nomornya``): the number the sentence before spoke
#: of.
_BARE_NUMBER_WORD = re.compile(
    r"(?:[.!?][ \t]+|\n)(?:(?:ini|itu|ni)[ \t]+)?(?:nomor|nomer|no|nomornya|wa|hp)"
    r"(?:[ \t]+(?:wa|hp))?"
    r"(?:[ \t]+(?:yang|yg)[ \t]+(?:dipakai|dipake|digunakan))?[ \t:.]*\Z"
)
#: The number a scam used, right before it (``pake nomor``, ``memakai nomor``, ``Nomor yang
#: dipakai:``), after the numbers listed before it.
_USED_NUMBER = re.compile(
    r"(?<![a-z])(?:(?:pake|pakai|pakei|memakai|menggunakan)[ \t]+(?:nomor|nomer|no|hp|wa)"
    r"(?:[ \t]+(?:lain|baru|ini|itu))?"
    r"|(?:nomor|nomer|no)[ \t]+(?:yang|yg)[ \t]+(?:dipakai|dipake|digunakan))[ \t.:]*"
    r"(?:[+(]?[0-9][0-9 .\-()]{7,18}[0-9][ \t]*(?:,|dan|atau|/|&)[ \t]*)*\Z"
)
#: A claim to be an officer or to come from an office, then the number given right after it in
#: the sentence, nobody named between (``Yang membalas hanya mengaku petugas tetapi nomornya``,
#: ``oleh orang yang mengaku petugas, nomor``): the poser's number.
_POSING_NUMBER = re.compile(
    r"(?<![a-z])(?:ngaku|mengaku)[ \t]+(?:sebagai[ \t]+)?(?:petugas|pegawai|staf|staff|anggota"
    r"|polisi|dari)(?![a-z])[^\n.;?!\x1f]{0,40}?(?:,|(?<![a-z])(?:tetapi|tapi|tp)(?![a-z]))"
    r"[ \t]*(?:nomor|nomer|no)(?:-?nya)?[ \t.:]*\Z"
)
#: The writer as who uses a number, right before `_USED_NUMBER`'s words (``sy``, ``beta``;
#: not ``ke sa``, the writer as whom a scam called).
_WRITER_USING = re.compile(r"(?<![a-z])(?<!ke )(?:saya|sy|sa|beta|aku|kami|ak)\Z")
#: A claim of a sentence: someone posing as another or an account that is fake.
_CLAIM = re.compile(
    r"(?<![a-z])(?:mengaku|ngaku|mengatasnamakan|palsu|tipu-tipu|penipu|penipuan"
    # a caller saying where they are from (``katanya dari BRI``, ``Dia bilang dari J&T``)
    r"|(?:katanya|ktnya|bilang)[ \t]+dari"
    # an office disowning such requests (``Dukcapil tdk pernah minta lewat inbox``)
    r"|(?:tidak|tdk|tak|sonde|son|nggak|gak)[ \t]+pernah[ \t]+(?:minta|meminta))(?![a-z])"
)
#: A person named as a holder or a user before a scam's number (``penipuan a.n. Marlin``,
#: ``rek ... a.n. Yance Pello. Nomor penipu``, ``mengaku namanya Sofia``): a name found there.
_NAMED_BEFORE = re.compile(
    r"(?<![a-z])(?:a\.[ \t]?n\.?|a/n|atas[ \t]+nama|namanya|bernama)[ \t.:]{0,3}"
    # (a title before the name: ``atas nama H. [NAME]``)
    r"(?:[a-z]{1,4}\.[ \t]?)?\x1f"
)
#: How far back a scam's user may be named, or its claim made.
_NAMED_REACH = 240


def _came_from_a_scam(tail: str, after: str, context: Windows, start: int) -> bool:
    """Whether a number is one a scam's message or call came from, in a text that speaks of a
    scam (``Waspada penipuan ... Ada SMS dari 0852...``, ``Sa juga dapat kemarin dari 0852...,
    dua-dua mengaku keluarga``); one said to pose right after it (``0852... yang mengaku anggota
    Polsek``), nobody named right after the claim; one an office says it never uses (``tidak
    pernah menghubungi lewat WA 0852...``); one whose caller said in the next sentence where
    they were from (``0852.... Dia bilang dari bank``); or one that sent the same message as a
    scam's (``Nomor lain juga 0823... dengan pesan sama``): unless its user is named later in the
    message (``..., mengaku namanya Sofia``, ``kirim ke rek BRI ... a/n Blasius``)."""
    marks = context.marks
    lowered = context.lowered
    scam = not _SCAM_MARKS.isdisjoint(marks)
    came = (
        (
            scam
            and ("dari" in tail or "ditel" in tail or "dihub" in tail)
            and _CAME_FROM.search(tail) is not None
        )
        or (
            # ``WASPADA: nomor 0812... mengaku pendamping PKH``, ``0852... yang mengaku anggota
            # Polsek``: a number said to pose as someone, nobody named right after the claim
            (
                (
                    ("ngaku" in after[:48] or "claim" in after[:48] or "pos" in after[:48])
                    and _CLAIMS_AFTER.match(after) is not None
                )
                # (in the next sentence: ``0852.... Dia bilang dari bank``)
                # (nobody named before it in its sentence: ``Pak [NAME] 0812...``)
                or (
                    "bilang" in after[:12]
                    and _SAID_FROM_AFTER.match(after) is not None
                    and "\x1f" not in tail[max(tail.rfind(". "), tail.rfind("\n")) + 1 :]
                )
            )
            and "\x1f" not in after[:_CLAIM_NAMED_REACH]
        )
        or (
            # ``BPJS Kesehatan tidak pernah meminta transfer ke ... nomor 0812...``: a number an
            # office disowns, a scam's
            "pernah" in marks and _NEVER_BEFORE.search(tail) is not None
        )
        or (
            "sama" in after[:40]
            and _SAME_MESSAGE.match(after) is not None
            and (scam or _CLAIM.search(lowered, max(0, start - _NAMED_REACH), start) is not None)
        )
    )
    return came and _NAMING_WORD.search(lowered, start, start + _HOAX_REACH) is None


def _used_by_a_scam(tail: str, after: str, context: Windows, start: int) -> bool:
    """Whether a number is the one a scam used (``Ada orang mengaku dari UPTD tagih retribusi
    pake nomor 0812...``, ``Penjual memakai nomor ...``, ``Nomor yang dipakai: 0899...,
    0853...``): a claim or a scam's word (``tertipu``, ``penipuan``, ``modus``) in its
    sentence, nobody named in that sentence or right after the number (``ngaku Pak [NAME],
    pakai WA``, ``pakai nomor ..., kenalkan diri sebagai [NAME]``, ``NAMA DI WA [NAME]``), and
    not the writer using it (``sy pake nomor``; ``ke sa pake nomor`` is the scam's, to the
    writer)."""
    used = _USED_NUMBER.search(tail)
    if used is None or _WRITER_USING.search(tail[: used.start()].rstrip(" \t")) is not None:
        return False
    wide = context.window_before(start, width=_NAMED_REACH)
    sentence = wide[max(wide.rfind(". "), wide.rfind("\n")) + 1 :]
    # (its speaker's name in a chat's turn is not its user: ``[...] [NAME]: Ada orang mengaku``)
    sentence = sentence[sentence.rfind("\x1f:") + 2 :] if "\x1f:" in sentence else sentence
    ends = [cut for cut in (after.find(". "), after.find("\n")) if cut >= 0]
    return (
        "\x1f" not in sentence
        and "\x1f" not in after[: min(ends, default=len(after))]
        and (
            "tipu" in sentence
            or "modus" in sentence
            # a lender's collector nobody names (``Penagih tdk sebut nama, pakai nomor ...``)
            or "penagih" in sentence
            or _CLAIM.search(sentence) is not None
        )
        and _NAMING_WORD.search(context.lowered, start, _this_turns_end(context.lowered, start))
        is None
    )


def _this_turns_end(lowered: str, start: int) -> int:
    """Where the reach of a naming word after a number ends: `_HOAX_REACH` characters on, or
    at the next turn of a chat (a line opening with ``[``), whose speaker names someone else."""
    end = start + _HOAX_REACH
    turn = lowered.find("\n[", start, end)
    return end if turn < 0 else turn


def _scams_line(tail: str, after: str, context: Windows, start: int) -> bool:
    """Whether the words around a number report it as a scam's and nobody is named as its user,
    right after it (``a.n. Deki Benu``) or before it in the report (`_NAMED_BEFORE`): the guide
    leaves such a line unlabelled. A scam's number is one said to be so right before or after it
    (`_SCAM_BEFORE`, `_SCAM_AFTER`), given as an example of the personal numbers scams use
    (`_SCAM_EXAMPLE`), or listed under a heading of scams' numbers (`_SCAM_HEADING`); one whose
    message announces a prize (`_PRIZE_AFTER`) or asks for a link or a code or shows someone else's
    photo (`_SCAM_ACT_AFTER`); one said right after it, in a warning of a scam, not to be a body's
    own (`_DISOWNED_AFTER`); one a scam's message or call came from, said to pose, disowned by an
    office or that sent the same message (`_came_from_a_scam`); one the writer is told to call where
    a prize is spoken of (`_TOLD_TO_CALL`); one an office's reply disowns (`_DISOWNED_BY_US`); one
    given right after a claim to be an officer (`_POSING_NUMBER`); one papers are sent to that a
    later sentence calls a hoax (`_CALLED_A_HOAX`); a scam's e-wallet (`WALLET_BEFORE`); one given
    after a prize promised to the reader, as where to send data or whom to call (`_PRIZE_BEFORE`);
    another of a scam's numbers (`_ANOTHER_NUMBER`); the number a scam used (`_used_by_a_scam`); and
    one a sentence of its own gives right after a claim to be someone else or an office's disowning
    such requests (``ada yang telpon mengaku kurir J&T, minta data KK. Nomor 0821...``), or in the
    sentence before that one. The wider window before the number is read once, by the first rule
    that needs it."""
    head = after[:40]
    head60 = after[:60]  # (the words a disowned number's rule looks for first)
    wide = ""
    lowered = context.lowered
    marks = context.marks
    said = (
        (
            "penip" in tail
            or "scam" in tail
            or "jangan" in tail
            or "jgn" in tail
            or "pinjol" in tail
            or "penagih" in tail
            or "collector" in tail
            or "kolektor" in tail
            or "hati" in tail
            or "awas" in tail
            or "waspada" in tail
        )
        and _SCAM_BEFORE.search(tail) is not None
    ) or (("penip" in head or "scam" in head) and _SCAM_AFTER.match(after) is not None)
    listed_next = _LIST_NEXT.search(tail) is not None  # (read by three rules below)
    said = said or (
        # the next of the numbers listed after the words (``PINJOL TAGIH SY PAKAI NOMOR 0857...,
        # 0813... DAN 0819...``), which a wider window holds
        listed_next
        and _SCAM_BEFORE.search(wide := context.window_before(start, width=_NAMED_REACH))
        is not None
    )
    # a number the writer blocked at once, in a thread about a scam (``Sa ju dapat dari 0822...
    # minggu lalu kaka, langsung blok``): a scam's, whoever the post above named
    blocked = not said and "blok" in head60 and _BLOCKED_AFTER.match(after) is not None
    said = said or blocked
    said = said or (
        # a lender's collectors, then ``they use`` in the next sentence (``DITEROR PENAGIH
        # PINJOL RUPIAHKU NOW. MEREKA PAKAI NOMOR 0823... DAN 0813...``)
        ("pakai" in tail or "pake" in tail or listed_next)
        and _COLLECTORS_USE.search(wide or context.window_before(start, width=_NAMED_REACH))
        is not None
    )
    said = said or (
        # ``BPJS Kesehatan tidak pernah menghubungi lewat nomor pribadi seperti 0819...``: an
        # office's warning gives a scam's number as its example
        ("seperti" in tail or "spt" in tail or "misal" in tail or "contoh" in tail)
        and _SCAM_EXAMPLE.search(tail) is not None
    )
    said = said or (
        (
            "bukan" in head60
            or "bkn" in head60
            or "tidak" in head60
            or "tdk" in head60
            or "sonde" in head60
        )
        and (
            (not _SCAM_MARKS.isdisjoint(marks) and _DISOWNED_AFTER.match(after) is not None)
            # an office's reply disowning it, whatever the text calls it (``Nomor 0822... yang
            # Ibu terima bukan nomor kami``)
            or _DISOWNED_BY_US.match(after) is not None
        )
        # (``... tu bukan nomor dinas, tapi nomor pribadi pegawai kelurahan, namanya ...``)
        and _NAMING_WORD.search(lowered, start, start + _HOAX_REACH) is None
    )
    if (
        not said
        and ("penip" in marks or "ngaku" in marks)
        and (
            ":" in tail[-3:]
            or _LISTED_SO_FAR.search(tail) is not None
            or _ITEM_SO_FAR.search(tail) is not None
        )
    ):
        wide = wide or context.window_before(start, width=_NAMED_REACH)
        said = _SCAM_HEADING.search(wide, max(0, len(wide) - _HEADING_REACH)) is not None
    if not said and (
        "anda" in head
        or "kamu" in head
        or "/ibu" in head
        or "kat" in head
        or "bilang" in head
        or "blg" in head
    ):
        said = _PRIZE_AFTER.match(after) is not None
    if not said and ("link" in head60 or "otp" in head or "tautan" in head60 or "foto" in head):
        said = _SCAM_ACT_AFTER.match(after) is not None
    said = said or _came_from_a_scam(tail, after, context, start)
    if (
        not said
        and ("hoax" in marks or "hoaks" in marks or "tipu" in marks)
        and SEND_TO.search(tail) is not None
    ):
        said = _CALLED_A_HOAX.search(lowered, start, start + _HOAX_REACH) is not None
    if (
        not said
        and ("dana" in tail or "ovo" in tail or "pay" in tail or "linkaja" in tail)
        and WALLET_BEFORE.search(tail) is not None
    ):
        # an e-wallet a scam asks money to be sent to (``ngaku kurir J&T, minta transfer ... ke
        # DANA 0897...``): the scam's number, told so before it or after it
        wide = wide or context.window_before(start, width=_NAMED_REACH)
        said = (
            _CLAIM.search(wide) is not None
            or _SCAM_WORD.search(lowered, max(0, start - _NAMED_REACH), start + _HOAX_REACH)
            is not None
        )
    if (
        not said
        and ("anda" in marks or "/ibu" in marks)
        and (SEND_TO.search(tail) is not None or _CALL_US.search(tail) is not None)
    ):
        # a message that promises the reader a prize, then tells them where to send their data
        # or whom to call (``Anda berhak restitusi Rp 9.250.000. Kirim data ke WA 0821...``), in
        # a forwarded mail: the scam's number, where nobody speaks for themselves in between
        wide = wide or context.window_before(start, width=_NAMED_REACH)
        prizes = list(_PRIZE_BEFORE.finditer(wide))
        said = bool(prizes) and lex.PERSON_BETWEEN.search(wide, prizes[-1].end()) is None
    said = said or (
        "ngaku" in tail
        and _POSING_NUMBER.search(tail) is not None
        and _NAMING_WORD.search(lowered, start, _this_turns_end(lowered, start)) is None
    )
    said = said or (
        ("pak" in tail or "akai" in tail or "guna" in tail)
        and _used_by_a_scam(tail, after, context, start)
    )
    if not said and (
        ("lain" in tail and _ANOTHER_NUMBER.search(tail) is not None)
        or (
            # the next of them listed (``Nomor lain yg dipakai: 0821... deng 0822...``)
            listed_next
            and _ANOTHER_NUMBER.search(
                wide := wide or context.window_before(start, width=_NAMED_REACH)
            )
            is not None
        )
    ):
        # ``... ngaku dr dinsos ... nomor lain jg +62 813...``: another of the scam's numbers
        said = (
            _CLAIM.search(lowered, max(0, start - _NAMED_REACH), start) is not None
            or "penipu" in lowered[max(0, start - _NAMED_REACH) : start]
        )
    if not said and "suru" in tail and _TOLD_TO_CALL.search(tail) is not None:
        wide = wide or context.window_before(start, width=_NAMED_REACH)
        said = _PRIZE.search(wide) is not None
    if (
        not said
        and (
            "ngaku" in marks
            or "penip" in marks
            or "atasnama" in marks
            or "palsu" in marks
            or "pernah" in marks
            or "tipu" in marks
        )
        and (bare := _BARE_NUMBER_WORD.search(tail)) is not None
    ):
        wide = wide or context.window_before(start, width=_NAMED_REACH)
        before = wide[: len(wide) - len(tail) + bare.start() + 1]
        # the claim in one of the two sentences before (``... nomor yang ngaku petugas
        # Dukcapil: IMG-...jpg. Dia minta NIK ... Nomornya +62 813...``)
        cut = len(before) - 1
        for _ in range(2):
            if cut > 0:
                cut = max(before.rfind(". ", 0, cut), before.rfind("\n", 0, cut))
        said = _CLAIM.search(before, cut + 1) is not None
    if not said or lex.HOLDER_AFTER.match(after) is not None or _OWNER_AFTER.match(after):
        return False
    return (
        blocked
        or _NAMED_BEFORE.search(wide or context.window_before(start, width=_NAMED_REACH)) is None
    )


def stated_owner(  # noqa: PLR0911 - a decision ladder reads best as early returns
    ctx: str | None,
    ident: str | None,
    context: Windows,
    *,
    window: str,
    after: str,
    start: int,
    fixed: bool,
) -> tuple[str | None, str | None]:
    """The context of a number once what the text states around it has spoken.

    Args:
        ctx: the context so far (``"office"``, ``"institution"``, ``"phone"``, ...).
        ident: the identity context so far.
        context: where wider windows are read (earlier findings collapsed).
        window: the lower-cased text right before the number (at least 40 visible characters
            where the text has them, earlier findings collapsed).
        after: the lower-cased window of ``AFTER_WIDTH`` visible characters after the number's
            run (as ``context.window_after`` gives it; the number detector reads it once).
        start: where the number starts (at a ``+`` or ``(`` before its first digit).
        fixed: whether the number starts like a fixed line.

    Returns:
        ``(ctx, ident)``: ``"office"`` for an office's, a service's or a business's line, a
        mobile too; ``"phone"`` (and no identity context) for a number introduced as a person's;
        ``"negative"`` for a date; `SCAM` for a scam's number with nobody named as its user;
        else both unchanged.
    """
    if ident not in (None, "negative") or ctx not in _PHONE_CONTEXTS:
        return ctx, ident  # an account or an identity number stays one in a scam's report
    tail = window[-_INTRO_CHARS:]
    if (
        _scams_line(tail, after, context, start)
        and lex.WRITERS_NUMBER.search(tail) is None
        # (``tadi ada yg telpon ke beta pung rumah 0380-..., ngaku petugas PLN``: the writer's)
        and lex.WRITERS_HOME.search(tail) is None
    ):
        return SCAM, ident
    if ("tg" in tail or "tanggal" in tail) and lex.DATE_BEFORE.search(tail) is not None:
        return "negative", ident
    stated = _stated_after(after)
    writers = ("sy" in tail or "sa" in tail or "beta" in tail or "ku" in tail) and (
        lex.WRITERS_NUMBER.search(tail) is not None
    )
    if stated == "office" and not writers:
        return "office", ident
    if (
        (stated == "phone" and ctx != "negative")
        or (writers and ctx in (None, "office", "phone"))
        or (
            ("dar" in tail or "dr" in tail)
            and lex.PERSONAL_INTRO.search(tail) is not None
            and following_owner(after) is None
            # (not where an office's staff said to wait for it: ``Petugas loket bilang tunggu
            # SMS dari``)
            and _TOLD_BY_STAFF.search(tail) is None
        )
    ):
        return "phone", None
    if ctx in ("negative", "office"):
        return ctx, ident
    if (
        _quoted_sign(context, start, after)
        or _posters_line(context, start)
        or (":" in window and "nama" in context.lowered and _groups_form(context, start))
        or (
            not _COMPANY_MARKS.isdisjoint(context.marks)
            and _company_line(wide := context.window_before(start, width=_COMPANY_WIDTH))
            and _COMPANY_LINE.search(wide) is not None
        )
        or _roles_line(context, window, tail, start)
        or (("petugas" in tail or "dong" in tail) and _TOLD_BY_STAFF.search(tail) is not None)
        or (
            # (a log's time stamp: ``20.27 UD Berkat Timor, 0852...``)
            (":" in window or "\n" in window or "|" in window or "." in window or "-" in window)
            and _directory_line(context, context.window_before(start, width=_ROW_WIDTH))
        )
        or ("(" in after[:3] and _ROLE_AFTER.match(after) is not None)
        or (
            ("dong" in tail or "dorang" in tail or "mereka" in tail)
            and _THEIR_NUMBER.search(tail) is not None
            and _theirs_a_body(context.window_before(start, width=_NAMED_REACH))
        )
    ):
        # ``Info: kader posyandu 0812...``, ``hubungi pendamping wilayah di 0813...``: a role's
        # line with nobody named, as a desk's
        return "office", ident
    if (
        not fixed
        and ("\n" in window or ";" in window)
        and lex.NOUN_BEFORE.search(window) is None
        and lex.LISTED_AFTER.search(window, max(0, len(window) - _INTRO_CHARS)) is None
        and ("@" not in window or _MAILBOX_LISTED.search(window) is None)
    ):
        # A line break or a semicolon always ends a clause, so the clause is a suffix of
        # ``window`` that starts after a character that is not a letter or a digit: a noun, a
        # listed line or a listed mailbox in it would be found in ``window`` too (`_noun_before`,
        # `_listed_office`).
        return ctx, ident
    clause = last_clause(window)
    if len(clause) == len(window) >= _INTRO_CHARS:
        # No clause break in the near window: the clause may reach further back.
        clause = last_clause(context.window_before(start, width=CLAUSE_WIDTH))
    if _noun_before(clause) or _listed_office(clause):
        return "office", ident
    if fixed and ctx in (None, "phone", "institution") and _office_in(clause):
        return "office", ident
    return ctx, ident
