"""Email addresses, except institutional mailboxes, and the person's name a mail header shows
before a private address."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._clauses import LETTERHEAD_REACH, heading_above
from pengaduan.redaction._detect_base import Finding, _check_call, _detector_name, _string_set
from pengaduan.redaction._findings import new_finding
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["EmailDetector"]


@attrs.frozen(kw_only=True)
class EmailDetector:
    """Email addresses, except institutional ones, also when written to dodge scrapers.

    An address is institutional when it is in ``allowed``, when its mailbox is a role
    (``pengaduan@``, ``humas@``, ``ppid@``, ``dukcapil@``...) on a government domain (``.go.id``),
    when its mailbox opens with a group's or secretariat's word on any domain
    (``sekretariat.fwpk@gmail.com``, ``forumwarga.kpg@gmail.com``), when its first word names an
    office, a unit, a school, a group or a business, or says nobody answers
    (``dinkes.kotakupang@gmail.com``, ``osis.smpn2kupang@gmail.com``, ``noreply@lapor.go.id``),
    or when its first word is the domain's own name (``ombudsman.ntt@ombudsman.go.id``). A
    person's own mailbox on an office's domain (``maria.tefa@kupangkota.go.id``,
    ``budi@kupangkota.go.id``) stays a person's. An address written to dodge scrapers
    (``x @ gmail.com``,
    ``x(at)yahoo.com``, ``x at yahoo dot com``) is read as the address it stands for. The name a
    mail header or a list of recipients shows before a private address (``From: Dewi Lay
    <lay-dewi@ymail.com>``) is reported too, as a name (`PiiKind.NAME`) found by this detector.

    Attributes:
        name: the detector name recorded in spans.
        allowed: lower-case addresses never reported.
        role_mailboxes: mailbox names treated as institutional on government domains.
    """

    name: str = attrs.field(default="email", validator=_detector_name)
    allowed: frozenset[str] = attrs.field(default=frozenset(), validator=_string_set)
    role_mailboxes: frozenset[str] = attrs.field(default=lex.ROLE_MAILBOXES, validator=_string_set)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find email addresses in ``text``."""
        at = text.find("@")
        separators: list[int] = []
        spellings: list[frozenset[str]] = []
        while at != -1:
            local = lex.EMAIL_LOCAL_TAIL.search(text, max(0, at - 64), at)
            domain = lex.EMAIL_DOMAIN.match(text, at + 1) or _comma_domain(text, at + 1)
            plain = False
            if local and domain:
                start = local.start()
                while start < at and text[start] == ".":
                    start += 1
                host = domain.group()
                tld = host.rsplit(".", 1)[-1].rsplit(",", 1)[-1]
                end = domain.end()
                if start < at and tld.isalpha() and len(tld) >= 2:
                    plain = True
                    yield from self._plain_address(context, start, end, spellings)
            if not plain and (broken := _broken_address(text, at)) is not None:
                # ``mhaning38`` then ``@yahoo.com`` on the next line, ``...@gmail.`` then ``com``:
                # an address a line break cut, as a form's narrow column or a PDF's text cuts it
                yield from self._plain_address(context, *broken, spellings)
            elif not plain:  # ``x @ gmail.com``, ``x@ yahoo .com``: maybe written to dodge scrapers
                separators.append(at)
            at = text.find("@", at + 1)
        if not _AT_WORDS.isdisjoint(context.words):  # a word, also in brackets (read once)
            separators.extend(m.start() for m in _AT_WORD.finditer(context.lowered))
            separators.sort()
        if separators:
            yield from self._obfuscated(text, _obfuscated_matches(text, separators))

    def _plain_address(
        self, context: DetectionContext, start: int, end: int, spellings: list[frozenset[str]]
    ) -> Iterator[Finding]:
        """The plain address at ``[start, end)`` (a line break inside it where one cuts it):
        kept where it is an organisation's, reported with the name shown before it where it is
        a person's mailbox (``spellings``: the text's bodies' names run together, read once by
        the first mailbox that needs them)."""
        text = context.text
        lowered = context.lowered
        address = text[start:end].replace("\n", "").lower()  # (as one line where a break cuts it)
        if (
            self._institutional(address)
            or _BODYS_MAIL_LABEL.search(lowered, max(0, start - _LABEL_REACH), start) is not None
            # ``Message-ID: <...@mx.pajak.go.id>``: a message's name, no mailbox
            or lowered.endswith(_MESSAGE_ID_LABELS, max(0, start - _LABEL_REACH), start)
            or (
                _bodys_letterhead(lowered, start)
                # (a mailbox with a person's name in it stays the person's)
                and not _names_someone(address.partition("@")[0], whole=True)
            )
            or _spells_a_bodys_name(address.partition("@")[0], text, lowered, spellings)
            # ``telp kantor 0380-853641, email ...``, ``Kontak kantor kami ..., email ...``: the
            # office's contacts, its line then its mailbox
            or _offices_contact(lowered, start)
            or (
                _on_a_contacts_line(lowered, start)
                # (a seller's own, by her name: ``Info: 0812... / yanti.ndun@...``)
                and not _names_someone(address.partition("@")[0], whole=True)
            )
        ):
            # an organisation's mailbox: nobody's, and no later detector reads a part of it
            # (``rt20.manulai@gmail.com`` holds no RT of a home)
            context.keep(start, end)
        elif _mailbox(text, start, end):
            shown = _shown_name(text, start - 1) if start and text[start - 1] == "<" else None
            if shown is not None and _an_offices(shown[1]):
                # ``To: Kantor Pertanahan Kota Kupang <kantah.kotakupang@...>``: the mailbox of
                # the office or the post its display name names
                context.keep(start, end)
            else:
                yield Finding(kind=PiiKind.EMAIL, start=start, end=end, detector=self.name)
                if shown is not None:
                    yield from self._display_name(shown)

    def _obfuscated(self, text: str, matches: Iterable[re.Match[str]]) -> Iterator[Finding]:
        """Addresses written with spaces around ``@`` or the dots, or ``at`` and ``dot`` in
        words or brackets, from the matches of `lex.OBFUSCATED_EMAIL`."""
        for match in matches:
            separator = match.group("at")
            domain_start = match.start("domain")
            labels: list[str] = []
            ends: list[int] = []
            cursor = domain_start
            for dot in lex.OBFUSCATED_DOT.finditer(text, domain_start, match.end("domain")):
                labels.append(text[cursor : dot.start()])
                ends.append(dot.start())
                cursor = dot.end()
            labels.append(text[cursor : match.end("domain")])
            ends.append(match.end("domain"))
            # The address ends at its last top-level domain (``x @ gmail.com. Terima`` ends at
            # ``com``); a domain needs two labels.
            last = max(
                (i for i in range(1, len(labels)) if labels[i].lower() in lex.EMAIL_TOP_LEVEL),
                default=0,
            )
            if not last:
                continue
            end = ends[last]
            written = text[match.start() : end]
            local = match.group("local")
            if separator[:1] in _GAPS and local.lower() in _SOCIAL_LABELS:
                continue  # ``IG @matahari.kupang``: a page's handle, no mailbox
            if labels[0].strip().lower() in _JOINING_WORDS:
                continue  # ``harus ada tulisan @ deng .com``: a sentence about the signs
            if (
                separator.lstrip(_GAPS) == "@"
                and not any(char in written[match.end("at") - match.start() :] for char in _ODD)
                and (separator == "@" or not any(char in _MAILBOX_MARKS for char in local))
                # ``sbanunaek @ymail.com``: a free mail host says a mailbox stands before it
                and not (separator != "@" and _free_host(text[match.start("domain") : end]))
            ):
                # a plain address (found above), or a word or a handle after a space with
                # nothing of a mailbox in it (``berakhiran @bankntt.co.id``); ``meri_haba
                # @gmail.com`` is an address
                continue
            start = match.start()
            parts = lex.OBFUSCATED_LOCAL_PARTS.search(text, max(0, start - 200), start)
            if parts is not None:  # ``yosef [dot] kapitan [dot] 18 [at] ymail [dot] com``
                start = parts.start()
                local = ".".join(
                    [*lex.OBFUSCATED_DOT.split(text[start : match.start()])[:-1], local]
                )
            address = (local + "@" + ".".join(labels[: last + 1])).lower()
            if not self._institutional(address):
                yield Finding(kind=PiiKind.EMAIL, start=start, end=end, detector=self.name)

    def _display_name(self, shown: tuple[int, str]) -> Iterator[Finding]:
        """The person's name shown before a private address (`_shown_name`): one name span, or
        two for the ``Family, Given`` form; its quotes and titles are left out."""
        start, words = shown
        if _TITLE.match(words) is not None or not _NOT_A_PERSON.isdisjoint(words.lower().split()):
            return
        for part in words.split(","):
            offset = start + len(part) - len(part.lstrip())
            if part.strip():
                yield new_finding(PiiKind.NAME, offset, start + len(part.rstrip()), self.name)
            start += len(part) + 1

    def _institutional(self, address: str) -> bool:
        mailbox, _, host = address.partition("@")
        if (
            address in self.allowed
            # ``<CAxU9...@mail.gmail.com>``: a message's ID, no mailbox (Gmail's are @gmail.com)
            or host in _MESSAGE_ID_HOSTS
            # ``user@example.com``: an example, nobody's
            or host.rpartition(".")[2] in _RESERVED_TOP_LEVEL
            or host in _EXAMPLE_HOSTS
            # ``guru-honor@googlegroups.com``, ``wp-kupang-920@lists.pajak.go.id``: a mailing
            # list, a group's
            or host in _LIST_HOSTS
            or host.startswith(("lists.", "list."))
        ):
            return True
        if (
            lex.GROUP_MAILBOX.match(mailbox) is not None
            or lex.ORGANISATION_MAILBOX.match(mailbox) is not None
        ):
            return True
        first = lex.LETTERS.match(mailbox)
        site = host.partition(".")[0]
        if first is not None and first.group() == site:
            return True  # ``ombudsman.ntt@ombudsman.go.id``: the organisation's own name
        if (
            len(site) >= _SITE_LEAST
            and host not in _FREE_HOSTS
            and mailbox.isalpha()
            and mailbox != site
            and (mailbox.startswith(site) or mailbox.endswith(site))
        ):
            return True  # ``callbri@bri.co.id``: a desk run into the organisation's own name
        if (
            mailbox in self.role_mailboxes or mailbox.rstrip("0123456789") in _POST_PARTS
        ) and host.endswith(lex.INSTITUTIONAL_DOMAIN_SUFFIXES):
            return True  # ``pengaduan@``, ``beasiswa@kupangkota.go.id``: a desk's, a programme's
        return (
            _post_mailbox(mailbox)
            or _posing_mailbox(mailbox)
            or _on_a_bodys_domain(mailbox, host)
            or _business_mailbox(mailbox)
        )


def _offices_contact(lowered: str, start: int) -> bool:
    """Whether an office's contacts lead up to the mailbox at ``start`` (`_OFFICES_CONTACT`)
    on a line where the writer says nothing of themselves (``Sy kerja di kantor PUPR, email:``
    gives the writer's own)."""
    line = lowered.rfind("\n", 0, start) + 1
    return (
        _OFFICES_CONTACT.search(lowered, max(line, start - _LABEL_REACH - 20), start) is not None
        or _DESKS_CONTACT.search(lowered, max(line, start - _DESK_REACH), start) is not None
    ) and lex.WRITERS_OWN.search(lowered, line, start) is None


#: An office's contacts before a mailbox in its clause: its word, maybe its line, then the
#: mailbox's word (``telp kantor 0380 ..., email``, ``Kantor notaris tu (0380) ..., email``).
_OFFICES_CONTACT = re.compile(
    r"(?<![a-z])(?:kantor|office)(?![a-z])[^\n.;:@]{0,50}?[ \t]*(?:e-?mail|surel)[ \t]*:?[ \t]*\Z"
)
#: A business speaking of its own desk before a mailbox in its sentence, maybe the desk's line
#: and hours between (``hubungi CS kami WA 0851... (Senin-Sabtu 08.00-17.00) / email``).
_DESKS_CONTACT = re.compile(
    r"(?<![a-z])(?:cs|customer[ \t]+(?:service|care)|layanan[ \t]+pelanggan|admin)[ \t]+kami"
    r"(?![a-z])(?:[^\n@.]|\.(?![ \t\n])){0,90}?(?:e-?mail|surel)[ \t]*:?[ \t]*\Z"
)
#: A notice's line of where to ask, its label opening the line, then only lines and marks up
#: to the mailbox (``Info panitia: 0822... / ``, ``Saran & pengaduan: ``, ``Bantuan: WA 0823...
#: / email ``): the organiser's, nobody named on it.
_CONTACTS_LINE = re.compile(
    r"[ \t\u00a0*]*(?:info(?:rmasi)?(?:[ \t]+(?:panitia|pendaftaran|lanjut))?|kontak[ \t]+panitia"
    r"|saran[ \t]*(?:&|dan)[ \t]*(?:pengaduan|kritik)|kritik[ \t]*(?:&|dan)[ \t]*saran|bantuan)"
    r"[ \t]*:(?:[ \t0-9().+\-/|,\u00b7]|(?<![a-z])(?:wa|telp|tlp|hp|atau|email|e-mail)(?![a-z]))*"
)
#: How far back from a mailbox its contacts line's start is looked for.
_CONTACTS_REACH = 120


def _on_a_contacts_line(lowered: str, start: int) -> bool:
    """Whether the mailbox at ``start`` ends a contacts line (`_CONTACTS_LINE`) that starts
    within `_CONTACTS_REACH` characters before it."""
    reach = max(0, start - _CONTACTS_REACH)
    line = lowered.rfind("\n", reach, start) + 1
    if not line and reach:
        return False  # (no line's start in reach)
    return _CONTACTS_LINE.fullmatch(lowered, line, start) is not None


#: How far back from a mailbox `_DESKS_CONTACT` reads.
_DESK_REACH = 120
#: The label of a mail header line that names people (``From:``, ``Kepada:``, ``Reply-To:``).
_HEADER_LABEL = re.compile(
    r"[ \t\u00a0>]*(?i:from|to|cc|bcc|reply-to|dari|kepada|tembusan|pengirim|penerima)"
    r"[ \t\u00a0]*:[ \t\u00a0]*"
)


def _quoted_writer(text: str, line: int, bracket: int) -> re.Match[str] | None:
    """Where the writer's name starts in a reply's quote line (``Pada Rabu, 17 Juni 2026 07.13,
    Soleman Tnunay <soleman-tnunay@ymail.com> menulis:``, ``On ..., X <...> wrote:``): after the
    line's last comma before the bracket, where ``menulis`` or ``wrote`` follows the address."""
    close = text.find(">", bracket, bracket + _ADDRESS_REACH)
    comma = text.rfind(",", line, bracket)
    if close == -1 or comma == -1 or _WROTE.match(text, close + 1) is None:
        return None
    return _GAPS_AFTER.match(text, comma + 1, bracket)


#: ``menulis:``, ``wrote:`` after a quoted address.
_WROTE = re.compile(r"[ \t\u00a0]*(?:(?i:menulis|wrote)\b|:)")
_GAPS_AFTER = re.compile(r"[ \t\u00a0]*")
#: How far after its bracket an address ends, at most.
_ADDRESS_REACH = 256


def _post_mailbox(mailbox: str) -> bool:
    """Whether a mailbox of several parts names a post, a programme or an office and no person
    (``tugas.smpn5kupang``, ``rekrutmen.pemkotkupang``, ``pip.disdik.ntt``, ``loket.kk``): one
    of its parts is a post's or an office's word, and none is a name the gazetteer knows
    (``yohana.dinkes@gmail.com`` stays Yohana's)."""
    parts = [part for part in _MAILBOX_PARTS.split(mailbox) if part]
    if len(parts) < 2 and not (parts and _VILLAGE_RUN_IN.fullmatch(parts[0].rstrip("0123456789"))):
        return False  # (one part: a village's word run into its name, ``desaoelnasi``)
    if not any(
        part in _POST_PARTS
        or _OFFICE_RUN_IN.match(part) is not None
        or _VILLAGE_RUN_IN.fullmatch(part.rstrip("0123456789")) is not None
        or lex.ORGANISATION_MAILBOX.fullmatch(part) is not None
        for part in parts
    ):
        return False
    from pengaduan.redaction.gazetteer import default_name_words  # noqa: PLC0415 - a cycle

    names = default_name_words()
    return not any(part.rstrip("0123456789") in names for part in parts)


def _business_mailbox(mailbox: str) -> bool:
    """Whether a part of a mailbox runs a business's kind into its name, before or after it
    (``tigarasakuaninokatering``, ``oebobofarmaapotek``, ``telukbiruhotel``,
    ``tokocahayabaru``), and the rest holds no person's given and family names: the business's
    mailbox (where the rest is a person's names, ``tokoyosephmanafe``, this rule says
    nothing)."""
    for part in _MAILBOX_PARTS.split(mailbox):
        word = part.strip("0123456789")
        kind = _BUSINESS_KIND_END.search(word) or _BUSINESS_KIND_START.match(word)
        if kind is None:
            continue
        rest = word[: kind.start()] + word[kind.end() :]
        if len(rest) >= _BUSINESS_NAME_LEAST and not _names_someone(rest, whole=True):
            return True
    return False


#: Businesses' kinds a mailbox's part may run into their names, at its end or at its start.
_BUSINESS_KINDS = (
    r"(?:toko|katering|catering|apotek|apotik|hotel|penginapan|homestay|laundry|bengkel|salon"
    r"|travel|rental|printing|fotokopi|fotocopy|konveksi|elektronik|mebel|furniture|bakery"
    r"|resto|restoran|rumahmakan|warung|depot|optik|klinik|ekspedisi|logistik|cellular|ponsel"
    # courses and training centres, schools, online shops and stalls, couriers, events
    # (``lkpmutiara``, ``pusatkaryabaru``, ``smpberkatbaru``, ``olshopsentosa``,
    # ``lapakberkahabadi``, ``kurirtelukbiru``, ``eventcitramandiri``; not the two letters of a
    # kindergarten's, a primary school's or an organiser's, which end or open names: ``neo``,
    # ``sdethan``)
    r"|lkp|lpk|kursus|pelatihan|pusat|paud|smp|sma|smk|olshop|lapak|kurir|event)"
)
_BUSINESS_KIND_END = re.compile(_BUSINESS_KINDS + r"\Z")
_BUSINESS_KIND_START = re.compile(_BUSINESS_KINDS)
#: The fewest letters of a business's name beside its kind in a mailbox's part.
_BUSINESS_NAME_LEAST = 4


def _on_a_bodys_domain(mailbox: str, host: str) -> bool:
    """Whether a mailbox on a body's own domain is the body's: a desk's (``hr@``, ``halo@``,
    ``karier@`` on a company's domain), or, on an office's domain, one that opens with an
    office's word and holds no name (``diskopukm@kupangkota.go.id``,
    ``pemdesnunkurus@kupangkab.go.id``; ``dsilva@``, ``lbessie99@`` are people's, by an initial
    and a name)."""
    if host not in _FREE_HOSTS and (
        mailbox in _DESKS
        # a desk's word run into more, and no name (``halobank@bri.co.id``, ``infokupang@``)
        or (
            (opening := lex.LETTERS.match(mailbox)) is not None
            and opening.group().startswith(_LONG_DESKS)
            and not _names_someone(mailbox)
        )
    ):
        return True
    return (
        host.endswith(lex.INSTITUTIONAL_DOMAIN_SUFFIXES)
        and _OFFICE_OPENING.match(mailbox) is not None
        and not _names_someone(mailbox)
    )


def _names_someone(mailbox: str, *, whole: bool = False) -> bool:
    """Whether one of a mailbox's parts, or the start or the end of a part run together, is a
    name the gazetteer knows and no ordinary word (``maria.tefa``, ``yohanesndun``). With
    ``whole``, for a mailbox a body's own line or name already speaks for, a part run together
    counts only where both its start and its end are names (``yosephmanafe``): a name's few
    letters opening a body's words (``nela`` in ``nelayantelukkupang``, ``lopo`` in
    ``lopobelajarflobamora``) are no person's."""
    from pengaduan.redaction.gazetteer import default_name_words  # noqa: PLC0415 - a cycle

    names = default_name_words()
    for part in _MAILBOX_PARTS.split(mailbox):
        word = part.strip("0123456789")
        if word in names or (len(word) > _NAME_LEAST and word[1:] in names):  # (``lbessie``)
            return True
        if _BALINESE_OPENING.fullmatch(word) is not None:
            return True  # ``iketutwirawan``, ``nimadeayu``: Bali's birth-order names open it
        if len(word) > _RUN_TOGETHER_LEAST and any(
            (word[:cut] in names and word[cut:] in names)
            if whole
            else (word[:cut] in names or word[cut:] in names)
            for cut in range(_NAME_LEAST, len(word) - _NAME_LEAST + 1)
        ):
            return True
    return False


#: A mailbox's part that Bali's ``I`` or ``Ni`` and a birth-order name open (``iketutwirawan``,
#: ``wayansuarta``), or ``I``/``Ni`` and a caste's name (``igustingurah...``): a person's.
_BALINESE_OPENING = re.compile(
    r"(?:i|ni)?(?:wayan|made|nyoman|ketut|putu|kadek|komang|nengah|gede|luh)[a-z]{3,}"
    r"|(?:i|ni)(?:gusti|ngurah|ayu|agung|bagus|oka)[a-z]{3,}"
)
#: A body's kind before its name, in the text (``KOPDIT SEHATI OESAPA``, ``FOTOKOPI BERKAT
#: NAIKOTEN``, ``GMIT Getsemani Kolhua``, ``SMPK ST. YOSEPH``), and the words after it.
_BODY_NAMED = re.compile(
    r"(?<![a-z])(?:"
    # (one trie of the kinds' words: the engine rejects a position after one test)
    + lex.trie_pattern(
        lex.words(
            "cv pt ud toko koperasi kopdit ksp yayasan gmit jemaat gereja paroki masjid apotek"
            " klinik bengkel salon laundry catering katering restoran hotel penginapan depot kios"
            " fotokopi fotocopy percetakan printing sablon konveksi travel rental ekspedisi sdn"
            " sdk sdi smpn smpk sman smak smkn mtsn paud lpk bimbel bumdes poktan gapoktan panti"
            # courses and training centres, kindergartens (``LKP PELANGI``, ``PUSAT PELATIHAN
            # TIRTA``, ``TK Kristen Sasando``)
            " lkp kursus pelatihan tk"
        )
    )
    + r")(?:[^a-z\n]{1,3}[a-z]+){1,4}"
)
#: The fewest letters of a mailbox read as a body's name run together.
_SPELT_LEAST = 8


def _spells_a_bodys_name(
    mailbox: str, text: str, lowered: str, spellings: list[frozenset[str]]
) -> bool:
    """Whether a mailbox's letters are two or more words of a body's name the text writes after
    the body's kind (``sehatioesapa@`` where the form gives ``KOPDIT SEHATI OESAPA``,
    ``berkatnaikoten@`` where ``FOTOKOPI BERKAT NAIKOTEN`` writes in a chat, ``smpkstyoseph@``
    under ``SMPK ST. YOSEPH``), or one of its parts is: the body's mailbox. A mailbox with a
    name the gazetteer knows stays a person's (a shop named after its owner). So too the words
    of the text's first line in capitals, a letterhead's name (``SINAR PRINT OEBOBO``,
    ``sinarprintoebobo@``), where no name the gazetteer knows starts or ends the mailbox's
    letters. A body's one-word name opening the mailbox, a place's after it, is the body's too
    (``pelangi.merdeka@`` under ``LKP PELANGI``). ``spellings`` holds the text's bodies' names
    run together, their one-word names and its heading's words run together once they are read
    (`_bodies_spelt`, `_heading_spelt`), for the text's next mailbox."""
    letters = "".join(lex.LETTERS.findall(mailbox))
    if len(letters) < _SPELT_LEAST:
        return False
    if not spellings:
        spellings.extend(_bodies_spelt(lowered))
        spellings.append(_heading_spelt(text))
    parts = lex.LETTERS.findall(mailbox)
    bodies, heads, heading = spellings
    if (
        (len(parts) > 1 and parts[0] in heads)
        # (or one of its parts, beside a place's: ``duaputrarote.kupang`` under ``CV DUA PUTRA
        # ROTE``)
        or letters in bodies
        or any(part in bodies for part in parts)
    ) and not _names_someone(mailbox, whole=True):
        return True
    return (letters in heading or any(part in heading for part in parts)) and not _names_someone(
        mailbox
    )


def _spelt(words: list[str]) -> set[str]:
    """Two or more of ``words`` in their order run together, of `_SPELT_LEAST` letters or more;
    a word between them may be left out (``majukupang`` from ``MAJU ELEKTRONIK KUPANG``)."""
    spelt: set[str] = set()
    words = words[:_SPELT_WORDS]
    for mask in range(1, 1 << len(words)):
        if mask & (mask - 1) == 0:
            continue  # one word alone spells no name
        joined = "".join(word for i, word in enumerate(words) if mask >> i & 1)
        if len(joined) >= _SPELT_LEAST:
            spelt.add(joined)
    return spelt


#: The most words of a body's name whose spellings are read.
_SPELT_WORDS = 6


#: The most words (its kind's among them) of a body's name whose last word may open its mailbox.
_HEAD_WORDS = 3
#: The fewest letters of a body's one-word name read opening a mailbox.
_HEAD_LEAST = 5
#: Places' words a body's name may end with and a person's mailbox may hold too.
_PLACES_IN_MAILBOXES = frozenset({"kupang", "kota", "kabupaten", "ntt", "timor", "indonesia"})


def _bodies_spelt(lowered: str) -> tuple[frozenset[str], frozenset[str]]:
    """In one pass over the bodies' names written after their kind in ``lowered``: the
    spellings (`_spelt`) of each name's words (``fotokopiberkat``, ``berkatnaikoten``, ...), and
    the last word of each name of one or two words, not a place's word, of `_HEAD_LEAST` letters
    or more (``pelangi`` from ``lkp pelangi``, ``sasando`` from ``tk kristen sasando``)."""
    spelt: set[str] = set()
    heads: set[str] = set()
    for match in _BODY_NAMED.finditer(lowered):
        words = lex.LETTERS.findall(match.group())
        spelt |= _spelt(words)
        if len(words) <= _HEAD_WORDS and len(words[-1]) >= _HEAD_LEAST:
            heads.add(words[-1])
    return frozenset(spelt), frozenset(heads - _PLACES_IN_MAILBOXES)


def _heading_spelt(text: str) -> frozenset[str]:
    """The spellings (`_spelt`) of the words of ``text``'s first line where it is a heading in
    capitals of two to `_HEADING_WORDS` words (``SINAR PRINT OEBOBO``; ``&`` read as ``dan``),
    else none."""
    line = text[: text.find("\n")] if "\n" in text else text
    words = _HEADING_WORD.findall(line)
    if not 1 < len(words) <= _HEADING_WORDS or not line.isupper():
        return frozenset()
    return frozenset(_spelt([word.lower().replace("&", "dan") for word in words]))


#: A word of a heading, and ``&`` between two.
_HEADING_WORD = re.compile(r"[A-Za-z]+|&")
#: The most words of a heading read as a body's name.
_HEADING_WORDS = 6


def _posing_mailbox(mailbox: str) -> bool:
    """Whether a mailbox names an institution, a programme or a platform in one of its parts
    (``djp.coretax.kupang``, ``banknttcare``, ``refund.lazada.ntt``, ``bpjstk.kupang.klaim``)
    and no person: the label follows what the writer says it is, an office's (or a scam's
    posing as one), nobody's."""
    parts = [part for part in _MAILBOX_PARTS.split(mailbox) if part]
    if not any(_INSTITUTION_PART.fullmatch(part.rstrip("0123456789")) for part in parts):
        return False
    return not _names_someone(mailbox)


#: An office's or a unit's word opening a mailbox on an office's domain (``diskopukm``,
#: ``pemdesnunkurus``, ``kec.alak``).
_OFFICE_OPENING = re.compile(
    # offices by their short names (not a name's start: ``dina.``, ``dismas``, ``kelvin``)
    r"(?:dinas|dinkes|dinsos|dinkop|diskop|disdik|dishub|disperindag|dispora|dispar|disnaker"
    r"|distan|dispenduk|disdukcapil|diskominfo|disperkim|dispenda|pemdes|pemkot|pemkab|pemprov"
    r"|desa(?!k)|kelurahan|kecamatan|setda|setwan|badan|bapenda|bappeda|bapeda|kantor|rsud"
    r"|puskesmas|sekretariat|bidang|seksi"
    # a consumers' complaints unit and an agency's regional office (``ulpk.bbpomkupang@pom.go.id``)
    r"|ulpk|ulp|bbpom|bpom|balai"
    # or as a part of their own (``kel.oebobo``, ``kec.alak``, ``bag.umum``, ``upt.pasar``)
    r"|(?:kel|kec|bag|upt|uptd|pkm)[._\-])"
)
#: The fewest letters of a part of a mailbox read for names run together, and of such a name.
_RUN_TOGETHER_LEAST = 7
_NAME_LEAST = 4
#: Desks of a company or a body, alone before its own domain (``hr@``, ``karier@``).
_DESKS = frozenset(
    {"hr", "hrd", "sdm", "halo", "hello", "hai", "karier", "karir", "career", "careers", "jobs"}
    | {"legal", "gudang", "keuangan", "finance", "sales", "marketing", "order", "pesan"}
    | {"support", "kontak", "contact", "office", "kantor", "rekrutmen", "recruitment"}
    | {"billing", "tagihan", "pengadaan", "purchasing", "reservasi", "booking", "admin", "cs"}
    | {"direksi", "direktur", "manajemen", "management", "pajak", "tax", "it"}
    | {"info", "informasi", "layanan", "humas", "redaksi", "sekretariat", "tatausaha", "tu"}
    # a shop's or a provider's customers' desk (``konsumen@transmart.co.id``)
    | {"konsumen", "pelanggan", "keluhan", "pengaduan", "customer", "customerservice"}
    # help and care desks, refunds and claims, a platform's partners (``help@jet.co.id``,
    # ``care@idexpress.com``)
    | {"help", "care", "customercare", "helpdesk", "service", "bantuan", "refund", "klaim"}
    | {"claim", "mitra", "partner", "merchant", "seller"}
)
#: Desks' words read where they open a longer mailbox: four letters or more (not ``hr``,
#: ``cs``, ``it``, ``tu``, which open many words and names).
_LONG_DESKS = tuple(sorted(desk for desk in _DESKS if len(desk) >= 4))
#: An institution's, a programme's or a platform's word opening a mailbox's part, maybe run
#: into more (``bankntt``, ``banknttcare``, ``coretax``, ``pajakdaerah``).
_INSTITUTION_PART = re.compile(
    # the longer words may run into more (``banknttcare``, ``pajakdaerah``)
    r"(?:bankntt|mandiri|coretax|pajak|bapenda|taspen|bpjstk|bpjsks|kemensos|kemenag|kemenkes"
    r"|sihalal|lazada|shopee|tokopedia|bukalapak|telkomsel|indihome|pegadaian|samsat"
    r"|jasaraharja|dukcapil|disdukcapil|kemendagri|kemnaker|bansos|prakerja)[a-z]*"
    # the shorter ones only as a whole part (``bri.care``, ``djp.coretax``; not ``brigita``)
    r"|(?:bri|bni|btn|bsi|djp|kpp|bpjs|bpjph|lpse|spse|lkpp|halal|oss|pln|pdam|pkh|telkom|jht)"
)
#: What separates a mailbox's parts (``beasiswa.pemkot.kupang``, ``pip_disdik-ntt``).
_MAILBOX_PARTS = re.compile(r"[._\-]+")
#: Parts of a mailbox that name a post, a task or a programme, not a person.
_POST_PARTS = frozenset(
    {
        "rekrutmen",
        "beasiswa",
        "tugas",
        "operator",
        "loket",
        "order",
        "pip",
        "cpns",
        "pppk",
        "bkd",
        "ypk",
        "lowongan",
        "seleksi",
        "pendaftaran",
        "kotaku",
        "token",
        "panitia",
        "kk",
        "ktp",
        "akta",
        "surat",
        "arsip",
        "tu",
        "bos",
        "kub",
        "nelayan",
        "tani",
        "kelompok",
        "tatausaha",
        # a notary's office (``notaris.ppat.kupang@gmail.com``) and a police unit's
        # (``patrolisiber@``)
        "notaris",
        "ppat",
        "patrolisiber",
        "siber",
        # a village's government and its secretary (``pemdes.oelnasi``, ``sekdes.penfuitimur``)
        "pemdes",
        "sekdes",
        "bumdes",
        "asosiasi",
        # a company's desks (``hr.dept.kupangjaya``)
        "hr",
        "hrd",
        "dept",
        # the taxpayers' and the consumers' desks (``wajibpajak-pbb@``, ``konsumen.ntt@``)
        "wajibpajak",
        "konsumen",
        # a relief or a security post (``poskopeduli.kupang@``)
        "posko",
        # a lender's collection desk, a shop's refunds (``penagihan.rupiahgo@``,
        # ``refund.tiktokshop.ntt@``)
        "penagihan",
        "refund",
        "klaim",
    }
)
#: An office's word run into the rest of a mailbox's part (``pemkotkupang``, ``smpn5kupang``).
_OFFICE_RUN_IN = re.compile(
    r"(?:pemkot|pemkab|pemprov|sdinpres|sdn|sdk|sdi|smpn|smpk|sman|smak|smkn|disdik|dinkes|dinsos"
    r"|dukcapil"
    r"|bapenda|puskesmas|kelurahan|kecamatan|kemensos|kemenkes|posko)[a-z0-9]+"
)
#: A village's or its government's word run into the village's name (``desaoelnasi``,
#: ``pemdesnunkurus``; not ``desak...``, a Balinese woman's title).
_VILLAGE_RUN_IN = re.compile(r"(?:pemdes|desa(?!k))[a-z]+")
#: A header's label inside a line, after something else (a note's words, a date).
_HEADER_INSIDE = re.compile(
    r"(?<![^\W_])(?:(?i:from|to|cc|reply-to|dari|kepada|pengirim|penerima)[ \t\u00a0]*:"
    r"|(?i:balasan|jawaban|tanggapan)[ \t\u00a0]+(?i:dari))[ \t\u00a0]*"
)


def _shown_name(text: str, bracket: int) -> tuple[int, str] | None:
    """The display name shown before an address's bracket in a mail header or a list of
    recipients (``From: Dewi Lay <lay-dewi@ymail.com>``, ``To: "Sdr. Made Lake" <...>``, ``Cc:
    a <...>, Neonufa, Teddy <...>``): where its words start, and the words; or None."""
    line = text.rfind("\n", 0, bracket) + 1
    previous = text.rfind(">", line, bracket)
    if previous != -1 and not text[line:previous].strip(" \t>"):
        previous = -1  # a reply's quote marks (``> From: ...``), not an address's end
    if previous != -1:  # a later recipient of a list: after ``>,``
        head = _NEXT_RECIPIENT.match(text, previous + 1, bracket)
    else:
        head = _HEADER_LABEL.match(text, line, bracket)
        if head is None:
            # ``Catatan surel masuk 10/7/2026: From: Haba, Nikodemus <...>``: a header quoted
            # inside a line; its label is the last one before the bracket
            head = max(
                _HEADER_INSIDE.finditer(text, line, bracket),
                key=lambda label: label.start(),
                default=None,
            )
    if head is None:
        head = _quoted_writer(text, line, bracket)
    if head is None:
        return None
    shown = _DISPLAY_NAME.fullmatch(text, head.end(), bracket)
    if shown is None:
        return None
    return shown.start("name"), shown.group("name")


def _an_offices(words: str) -> bool:
    """Whether a display name names an office, a unit or a post, not a person (``DPRD Kota
    Kupang``, ``Kantor Pertanahan Kota Kupang``, ``Pendamping PKH``): its first word is an
    office's or a post's."""
    first = words.split(maxsplit=1)[0].lower().rstrip(",")
    if first in _OFFICE_FIRST or first in _NOT_A_PERSON:
        return True
    lowered = words.lower()
    found = lex.CONTEXT.match(lowered)
    if found is not None and found.lastgroup in ("office", "institution"):
        return True
    # a business's name anywhere in it (``Flobamora Tour & Travel``, ``CV Karya Lontar``), or a
    # public place's or a body's (``Lost and Found Bandara El Tari``)
    return (
        lex.BUSINESS_NOUN.search(lowered) is not None
        or lex.COMPANY_FORM.search(lowered) is not None
        or not _BODY_INSIDE.isdisjoint(lowered.split())
    )


#: Words of a display name, anywhere in it, that make it a body's or a public place's.
_BODY_INSIDE = frozenset(
    {"bandara", "pelabuhan", "terminal", "stasiun", "puskesmas", "rsud", "kelurahan", "dinas"}
    | {"kecamatan", "sekolah", "gereja", "jemaat", "masjid", "panti", "yayasan", "koperasi"}
    | {"print", "printing", "sablon", "offset", "percetakan", "konstruksi", "kontraktor"}
    | {"logistik", "wisata", "tour", "store", "seller", "mart", "bumdes", "asosiasi", "care"}
    # an agency's region or branch (``LLDIKTI Wilayah XV``, ``BRI Cabang Kupang``)
    | {"wilayah", "cabang", "regional"}
)


#: First words of a display name that is an office's, a unit's or a post's.
_OFFICE_FIRST = frozenset(
    {"dprd", "pendamping", "petugas", "ketua", "kepala", "bendahara", "sekretaris", "camat"}
    | {"lurah", "operator", "panitia", "komite", "forum", "pengurus", "badan", "balai", "upt"}
    | {"uptd", "puskesmas", "rsud", "bapenda", "dukcapil", "dinsos", "dinkes", "bpbd", "pdam"}
    | {"pln", "koordinator", "kasubag", "kabid", "kadis", "seksi", "bidang", "subbag"}
    | {"bpjs", "bank", "kpp", "kantor", "dinas", "kelurahan", "kecamatan", "sekolah"}
    | {"direktorat", "kementerian", "kementrian", "sekretariat", "biro", "lembaga"}
    # groups, credit unions, data centres, divisions, a church's district, forms, a council's
    # and a queue's senders, newsletters, police units, a training centre, mail systems
    | {"komunitas", "kopdit", "ksp", "pusdatin", "divisi", "klasis", "formulir", "form"}
    | {"aspirasi", "antrian", "warta", "satreskrim", "reskrim", "blk", "microsoft", "monitoring"}
    | {"sistem", "jotform", "google", "komisi", "ksu", "kud"}
    # a school's office (``Tata Usaha SDK St. Arnoldus``)
    | {"tata"}
)
#: What separates the recipients of a list (``..., Yanti Ndun <...>``).
_NEXT_RECIPIENT = re.compile(r"[ \t\u00a0]*[,;][ \t\u00a0]*")
#: A display name: words of letters, maybe in quotes, maybe ``Family, Given``, maybe after a
#: title (``Sdr.``), before the bracket.
_DISPLAY_NAME = re.compile(
    r"[\"']?(?:(?i:sdr|sdri|bpk|bapak|pak|ibu|bu|dr|drs|ir)\.?[ \t\u00a0]+)?"
    r"(?P<name>[^\W\d_]+(?:[ \t\u00a0]{1,2}(?:&[ \t\u00a0])?[^\W\d_]+|['\u2019\-][^\W\d_]+){0,4}"
    r"(?:,[ \t\u00a0]?[^\W\d_]+(?:[ \t\u00a0][^\W\d_]+){0,2})?)[\"']?[ \t\u00a0]*"
)
#: A display name that opens with a title the pattern did not take off, or holds an office's
#: word, is no person's.
_TITLE = re.compile(r"(?i:sdr|sdri|bpk|bapak|pak|ibu|bu|dr|drs|ir)(?![^\W\d_])")
_NOT_A_PERSON = frozenset(
    {"admin", "humas", "dinas", "kantor", "kelurahan", "kecamatan", "pemkot", "pemkab", "tim"}
    | {"layanan", "pengaduan", "sekretariat", "bagian", "unit", "lapor", "noreply", "info"}
)
#: Hosts and top-level domains reserved for examples and tests (RFC 2606): addresses nobody can
#: own. ``contoh.com`` and ``contoh.id`` (*contoh* is "example") are not among them: they can be
#: registered, and hiding an example costs nothing where leaving a person's address would.
_EXAMPLE_HOSTS = frozenset({"example.com", "example.org", "example.net"})
#: Words that join a sentence's parts, never a domain's first label (``tulisan @ deng .com``).
_JOINING_WORDS = frozenset({"deng", "dengan", "dgn", "dan", "atau", "sama", "trus", "terus"})
#: Hosts of mailing lists: an address there is a group's.
_LIST_HOSTS = frozenset({"googlegroups.com", "groups.io", "yahoogroups.com"})
#: A form's label of a business's or a group's mailbox right before it (``Email usaha   : ``,
#: ``E-mail toko:``, ``Email Badan Usaha :``, a tender's ``Email Penyedia :``; not ``Email dinas
#: :`` or ``Email kantor :``, a person's own mailbox at work).
_BODYS_MAIL_LABEL = re.compile(
    r"(?<![a-z])(?:e-?mail|surel)[ \t]+(?:usaha|toko|perusahaan|instansi|lembaga|koperasi"
    r"|badan(?:[ \t]+usaha)?|penyedia|organisasi|panitia|gereja|yayasan|bumdes|kelompok|asosiasi"
    r"|sekolah"
    # a company's hiring desk (``email HRD ...``)
    r"|hrd|personalia)[ \t]*:?[ \t]*\Z"
)
#: A message's ID's header label before its bracket.
_MESSAGE_ID_LABELS = ("message-id: <", "message-id:<", "in-reply-to: <", "references: <")


def _bodys_letterhead(lowered: str, start: int) -> bool:
    """Whether the mailbox at ``start`` is a body's in its letterhead, at the head of the text:
    its line gives the body's street, its telephone or its secretariat before it (``Jl. Veteran
    No. 131, Kupang | Telp. (0380) 868953 | EMAIL ...``), under a line that names an office, a
    school or a business (`heading_above`), and no person's word stands before it. (A
    signature's lines at the end of a letter may be a person's own.)"""
    if start > LETTERHEAD_REACH + _LETTERHEAD_LINE:
        return False  # below the head of the text
    line = lowered.rfind("\n", max(0, start - _LETTERHEAD_LINE), start) + 1
    if line > LETTERHEAD_REACH or (not line and start > _LETTERHEAD_LINE):
        return False
    head = lowered[line:start]
    if _LETTERHEAD_DETAILS.search(head) is None or _PERSON_ON_LINE.search(head) is not None:
        return False
    return heading_above(lowered, line)


#: The longest letterhead line read before its mailbox.
_LETTERHEAD_LINE = 400
#: A letterhead line's details before its mailbox (a street, a telephone, the secretariat).
_LETTERHEAD_DETAILS = re.compile(
    r"(?<![a-z])(?:jl|jln|jalan|telp|telepon|tlp|fax|faks|sekretariat|npsn|npwp)(?![a-z])"
)
#: A person on a line before a mailbox: a pronoun, a contact person's word, a mobile's.
_PERSON_ON_LINE = re.compile(
    r"(?<![a-z])(?:saya|sy|cp|narahubung|kontak[ \t]+person|contact[ \t]+person|a\.?n"
    r"|pribadi|hp)(?![a-z])"
)


#: How far before a mailbox its label is read.
_LABEL_REACH = 40
#: Hosts of mail servers that name messages, not mailboxes (``Message-ID: <...@mail.gmail.com>``).
_MESSAGE_ID_HOSTS = frozenset({"mail.gmail.com"})
#: The shortest site name a mailbox run into it is read by (``callbri@bri.co.id``).
_SITE_LEAST = 3
_RESERVED_TOP_LEVEL = frozenset({"example", "test", "invalid", "localhost"})
#: Spaces an obfuscated separator may have around it.
_GAPS = " \t\u00a0"
#: What a mailbox has and an ordinary word does not (``meri_haba``, ``y.messakh``, ``aldo88``).
_MAILBOX_MARKS = frozenset("0123456789._+-")


#: A path after a repository remote's colon (``:pemkotkupang/lapor-web.git``).
_REMOTE_PATH = re.compile(r":[\w.\-]+/")


#: Free mail hosts: an address there with a space before its ``@`` is still an address.
_FREE_HOSTS = frozenset(
    {
        "gmail.com",
        "yahoo.com",
        "yahoo.co.id",
        "ymail.com",
        "hotmail.com",
        "outlook.com",
        "icloud.com",
        "live.com",
        "rocketmail.com",
        "aol.com",
    }
)


#: A free mail host written with a comma for its dot (``gmail,com``, ``yahoo,co.id``), or with
#: the dot before ``com`` left out (``yahoocom``).
_COMMA_DOMAIN = re.compile(
    r"(?:"
    + "|".join(sorted({host.partition(".")[0] for host in _FREE_HOSTS}))
    + r")(?:,(?:com|co[.,]id|id)|com)(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def _comma_domain(text: str, at: int) -> re.Match[str] | None:
    """A free host's domain at ``at`` written with a comma for its dot (``selly.yopi83@gmail,com``)
    or with no dot before ``com`` (``oktovianus79@yahoocom``): the person's address as they
    typed it."""
    head = text[at : at + 12]
    return _COMMA_DOMAIN.match(text, at) if "," in head or "com" in head.lower() else None


def _free_host(domain: str) -> bool:
    """Whether ``domain`` (as written after the ``@``) is a free mail host."""
    return domain.strip().lower() in _FREE_HOSTS


#: A domain whose labels a line break may cut after a dot (``gmail.`` then ``com``).
_BROKEN_DOMAIN = re.compile(r"[A-Za-z0-9\-]{1,63}(?:\.\n?[A-Za-z0-9\-]{1,63})+")


def _broken_address(text: str, at: int) -> tuple[int, int] | None:
    """Where an address cut by one line break stands around the ``@`` at ``at``: before the
    ``@`` (``mhaning38`` then ``@yahoo.com``), after it (``...1983@`` then ``gmail.com``) or
    after a dot of its domain (``...@rocketmail.`` then ``com``), the label after a break in
    the domain being a known top-level domain or followed by another (a sentence after the
    address, ``...@gmail.com.`` then ``Hormat saya``, is left out); None where no line break
    cuts it there, or where the address is not whole."""
    before = at > 0 and text[at - 1] == "\n"
    local_end = at - 1 if before else at
    local = lex.EMAIL_LOCAL_TAIL.search(text, max(0, local_end - 64), local_end)
    if local is None:
        return None
    start = local.start()
    while start < local_end and text[start] == ".":
        start += 1
    after = text[at + 1 : at + 2] == "\n"
    domain = _BROKEN_DOMAIN.match(text, at + 2 if after else at + 1)
    if start == local_end or domain is None:
        return None
    host = domain.group()
    while "\n" in host.rpartition(".")[2] and (
        host.rpartition(".")[2].lstrip("\n").lower() not in lex.EMAIL_TOP_LEVEL
    ):
        # ``...@gmail.com.`` then ``Hormat saya``: the sentence after the address is no label
        host = host.rpartition(".")[0]
    if "." not in host or before + after + host.count("\n") != 1:
        return None  # ``x@gmail.`` then ``NIK ...``: a sentence, not the domain's end
    tld = host.rpartition(".")[2].lstrip("\n")
    if not (tld.isalpha() and len(tld) >= 2):
        return None
    return start, domain.start() + len(host)


def _mailbox(text: str, start: int, end: int) -> bool:
    """Whether the plain address ``text[start:end]`` is a mailbox: not a file name
    (``IMG_2026@kupang.jpg``), not the user of a link (``https://warga:rahasia@portal...``,
    ``ftp://anonymous@...``) and not a repository's remote (``git@github.com:kota/app``)."""
    if text[max(start, end - 6) : end].rpartition(".")[2].lower() in lex.FILE_EXTENSIONS:
        return False
    if _REMOTE_PATH.match(text, end) is not None:
        return False  # ``git@github.com:kota/app``: a path after the colon
    scheme = text.rfind("://", max(0, start - 200), start)
    # a link's user stands right after its scheme (``https://warga:rahasia@``); an address in a
    # link's path or query (``?email=budi@gmail.com``) is still an address
    return scheme == -1 or any(
        char.isspace() or char in "/?#&=" for char in text[scheme + 3 : start]
    )


#: What may stand between a mailbox and its separator (``x @``, ``x (at)``, ``x [at]``).
_BEFORE_SEPARATOR = frozenset(" \t\u00a0([")
#: Characters that make an address obfuscated when they stand after its ``@``.
_ODD = frozenset(" \t\u00a0()[]")


#: ``at``, ``keong`` or ``et`` as a word of the lower-cased text (``x at yahoo dot com``,
#: ``x(at)yahoo.com``, ``x (keong) gmail.com``); the literals first let the engine skip to each.
_AT_WORD = re.compile(
    r"(?:at(?<![^\W\d_]at)|keong(?<![^\W\d_]keong)|et(?<![^\W\d_]et))(?![^\W\d_])"
)
#: A social network's name or label before a handle (``IG @toko.kupang``, ``follow @...``).
_SOCIAL_LABELS = frozenset(
    {"ig", "instagram", "fb", "facebook", "tiktok", "twitter", "x", "threads", "akun", "follow"}
    | {"dm", "tag", "mention", "yt", "youtube", "telegram", "tele"}
)
#: The words `_AT_WORD` finds.
_AT_WORDS = frozenset({"at", "keong", "et"})


def _obfuscated_matches(text: str, separators: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``lex.OBFUSCATED_EMAIL.finditer(text)`` gives, tried only where a mailbox ends
    before one of ``separators`` (every ``@`` that is no plain address's, every word ``at``; in
    text order): a match starts
    at the first character of a mailbox, the run of mailbox characters before its separator
    (after spaces and an opening bracket), and matches do not overlap."""
    done = 0
    for separator in separators:
        end = separator
        while end > done and text[end - 1] in _BEFORE_SEPARATOR:
            end -= 1
        local = lex.EMAIL_LOCAL_TAIL.search(text, max(done, end - 64), end)
        if local is None:
            continue
        match = lex.OBFUSCATED_EMAIL.match(text, local.start())
        if match is not None and match.start("at") <= separator < match.end("at"):
            done = match.end()
            yield match
