"""Person names after a trigger word (``nama saya``, honorifics, roles, titles).

Names without a trigger are the gazetteer's (``gazetteer.py``).

How a text is read (the detector runs on every text, so each step is shaped by its cost):

- **One scan per text** (`_scan`) finds every trigger, as ``NAME_TRIGGER.finditer`` would on
  the lowered text, and with each, in the same match, where the words after it start and the
  letters of the first one (a look-ahead: `_LEAD_AND_LETTERS`). A text with characters
  outside ASCII is scanned on a copy in which each of them is replaced by an ASCII character
  of the same class (`_ascii_classes`), so the matches are the same. Signatures are looked
  for only where one of their opening words stands (`_signature_ends`).
- **Per trigger**, the checks of the plain form in its order: a trigger inside an earlier
  name is skipped, ``Ko`` counts only capitalised, no word after the trigger is no name (the
  words `_RUN_HEAD` would read start with those letters), and after a trigger that wants a
  capitalised name a word in lower case must be a title or a role (the cheap check reads the
  letters the scan captured: the plain form's check read the same word again, after an
  optional ``:``, ``,`` or ``.``, and a dot is read after them here as there).
- **The common name in one match** (`_plain_patterns`): words that the word loop takes
  whatever precedes them (capitalised ASCII words that no word list knows, not glued to a
  digit, hyphen or dot), ended by what ends every name (no further word, a word in lower
  case, a stop word, or a dot after the last word); or a first word that shows there is no
  name. Each is a case of the loop below, so it gives what the loop gives; anything else (a
  title or a role first, an initial, a word outside ASCII, a name cut by an earlier finding)
  goes to the loop.
- **The word loop** (`_run_span`) judges word by word as `_word_verdict` does (written out in
  the loop, with what the word lists say of a word looked up once in `_SPECIAL`), reading the
  words three at a time. `_name_span` adds the field label after ``nama``, and
  `_name_span_tokens` reads a quoted name after ``tertulis`` (and is the plain form the tests
  compare the loop with).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import (
    Finding,
    _check_call,
    _detector_name,
    _is_initial,
    _max_words,
    with_speakers_initial,
)
from pengaduan.redaction._findings import new_finding
from pengaduan.redaction.gazetteer import default_name_words
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from pengaduan.redaction._detect_base import DetectionContext

    #: A pattern's ``match`` with a start and an end.
    _MatchAt = Callable[[str, int, int], re.Match[str] | None]

__all__ = ["NameDetector"]


@attrs.frozen(kw_only=True)
class NameDetector:
    """Person names after a trigger: ``nama saya``, ``a.n.``, ``atas nama``, ``bernama``,
    honorifics (``Bapak``, ``Ibu``, ``Pak``, ``Bu``, ``Sdr``, ``Bapa``, ``Mama``, ``Om``...),
    roles (``oknum``, ``petugas``, ``perawat``) and titles (``dr.``, ``Drs.``, ``Pdt.``).

    After ``nama saya``/``a.n.``/``bernama`` the name may be written in lower case; after an
    honorific or role it must be capitalised (``ibu hamil`` is not a name). Common words stop a
    name (``Ibu Kota``, ``Bapak Kepala Dinas``). A trigger right after a place word (``Jl.``,
    ``RSUD``, ``Bandara``...) belongs to a place named after a person and is skipped whole.

    Attributes:
        name: the detector name recorded in spans.
        max_words: the most words a name may have.
    """

    name: str = attrs.field(default="name", validator=_detector_name)
    max_words: int = attrs.field(default=4, validator=_max_words)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return with_speakers_initial(text, self._find(text, context))

    def _find(  # noqa: PLR0912, PLR0915 - the checks stay in one loop: it runs per trigger
        self, text: str, context: DetectionContext
    ) -> Iterator[Finding]:
        """Find person names in ``text`` (see the module's docstring for the steps).

        The triggers of `_extra_triggers` (after a signature, a chat header or a closing dash,
        or glued to an earlier finding) are merged into the scan's in text order and read the
        lead and first letters with `_LEAD_AND_WORD`; ``nama`` with a field label after it
        goes to `_name_span`.
        """
        lowered = context.lowered
        triggers, signatures = _scan(context)
        extra = _extra_triggers(text, lowered, context, signatures)
        if extra:
            # A scanned trigger never shares its start, end and word with an extra one (an
            # extra one follows a letter or has no length), so no comparison reaches the match.
            triggers = sorted([*triggers, *{(s, e, w, None) for s, e, w in extra}])
        spaced = context.spaced
        starts, ends = context.collapsed()
        max_words = self.max_words
        detector = self.name
        cased, strong_triggers, place_words = lex.CASED_TRIGGERS, _STRONG, lex.PLACE_WORDS
        titles, roles, may_lead = lex.TITLE_TOKENS, lex.NAME_ROLES, _MAY_LEAD
        plain_name, stop_first = _plain_patterns(max_words)
        pronouns, possessed = lex.PRONOUN_TRIGGERS, lex.POSSESSED_BEFORE.search
        size = len(text)
        skip_until = 0
        speakers = _speaker_labels(lowered) if lowered.count(":") > 1 and "\n" in lowered else ()
        # one look for the title-case stall words of `_STALL_BEFORE` (most texts have none)
        stalls = _STALL_ANYWHERE.search(text) is not None
        # an animal's name (``anjing hilang, nama Bobi``) is asked about only where one is spoken of
        animals = not lex.ANIMAL_WORDS.isdisjoint(context.words)
        # a company's name holding a title's word (``CV TIGA SAUDARA TIMOR``): looked for only
        # where a company's legal form stands
        companies = not lex.COMPANY_FORMS.isdisjoint(context.words)
        for start, end, word, hit in triggers:
            if start < skip_until or (speakers and end in speakers):
                continue
            if stalls and start and _STALL_BEFORE.search(text, max(0, start - 8), start):
                continue  # ``Kios Mama Ester``: a stall's own name
            if companies and _COMPANY_BEFORE.search(lowered, max(0, start - 32), start):
                continue  # ``CV Tiga Saudara Timor``: the company's own name
            if word in _LABELS_ONLY and _COLON(text, end) is None:
                continue  # ``Penerima: Indah Neolaka``; not ``penerima bantuan``
            if word in cased and not text[start].isupper():
                continue
            lead = _LEAD_AND_WORD(text, end) if hit is None else hit
            if lead is None:
                continue  # no word follows: `_RUN_HEAD` cannot match there
            pos = lead.start(1)
            if pos < 0:
                continue  # no word follows (``Bapak 5``): `_RUN_HEAD` cannot match there
            # ``Nama: matheos haning``: a form's name field, whatever the case after it.
            strong = (
                word in strong_triggers
                or (word == "nama" and (_COLON(text, end) is not None or _persons_field(text, end)))
                or word in _ANY_CASE
            )
            if not strong and not text[pos].isupper():
                # The cheap check: a capitalised word, a title or a role must follow. Letters
                # of ASCII that no title or role holds fail it (``lower`` and ``casefold`` of
                # them are their lowered form); others are checked as the plain form does.
                letters = lead.end(1)
                key = lowered[pos:letters]
                if key not in may_lead and key.isascii():
                    continue
                first = text[pos : letters + 1 if text[letters : letters + 1] == "." else letters]
                if not (first.lower() in titles or first.rstrip(".").casefold() in roles):
                    continue
            if animals and lex.pet_named(lowered, pos):
                continue  # ``DICARI anjing hilang, warna coklat, nama Bobi``: the dog's name
            if word in pronouns and possessed(lowered, max(0, start - 12), start) is not None:
                continue  # ``KK SAYA DOBEL``: whose the card is, no one introduced
            span: tuple[int, int] | None
            if (
                (
                    word in _FORM_LABELS
                    # a field's label of several words (``Nama Kepala Keluarga :``)
                    or (word[:5] == "nama " and _COLON(text, end) is not None)
                )
                and text[pos].isupper()
                and (strong or text[start:end].isupper())
                and (value := form_value(text, pos, _word_limit(pos, starts, ends, size)))
            ):
                span = value  # ``Nama : PAULUS RA TU``: a form's value in capitals, whole
            elif word.startswith("nama") and (label := _FIELD_LABEL(text, end)) is not None:
                # ``Nama Korban: ...``, ``Nama Pemilik Rekening : ...``: after the field's label;
                # a value in capitals is read as after ``Nama :`` (``Nama Kepala Keluarga :
                # TITUS`` then ``DJU DARA``: over a line too)
                at = _LEAD_END(text, label.end()).end()  # type: ignore[union-attr]
                span = (
                    form_value(text, at, _word_limit(at, starts, ends, size))
                    if text[at : at + 2].isupper() and text[at : at + 2].isalpha()
                    else None
                ) or _name_span(text, end, starts, ends, strong, word, max_words)
            else:
                # `_word_limit`, written out: it runs for most triggers.
                limit = size
                if starts:
                    index = bisect_right(ends, pos)
                    if index < len(starts):
                        limit = max(pos, starts[index])
                plain = plain_name(text, pos, limit)
                if plain is not None:
                    span = (pos, plain.end())
                elif stop_first(text, pos, limit) is not None:
                    continue
                else:
                    span = _run_span(text, end, pos, starts, ends, strong, word, max_words)
            if span is None or (
                (word.startswith("nama") or word in _HOLDER_TRIGGERS)
                and _a_bodys(text[span[0] : min(span[1], span[0] + 24)])
            ):
                # (``Nama : KSU KARYA TANI BAUMATA``: a body fills the field; ``a.n. KUB Pantai
                # Indah``: a body holds the account)
                continue
            if (
                (word in pronouns or word in _KIN_SPEAKERS)
                and _COLON(text, end) is not None
                and _SENTENCE_GOES_ON(text, span[1]) is not None
            ):
                # ``Saya: Paket sy hilang``, ``mama: Liat di meteran``: a turn of a chat, a
                # sentence, no name
                continue
            if word == "pembeli" and _buyers_turn(text, span):
                continue  # ``Pembeli: COD bisa?``: a buyer's turn in a chat with a seller
            if word in pronouns and lex.PERSONA_AFTER.match(lowered, span[1]) is not None:
                continue  # ``Halo, saya Veronika, asisten virtual BPJS``: a bot's persona
            if word in pronouns and _PASSIVE_VERB.fullmatch(lowered, span[0], span[1]):
                continue  # ``MOHON DATA PKH SY DIUBAH``: a verb in the passive, no name
            if (
                text[max(0, span[0] - 3) : span[0]] == "DR "
                and _ROUTE_ON(text, span[1]) is not None
            ):
                continue  # ``ANTAR SY DR TERMINAL OEBOBO KE RUMAH``: ``dari``, a route
            if word in _STAFF_WORDS and _bodys_first_word(
                text[span[0] : min(span[1], span[0] + 24)]
            ):
                continue  # (``Pos Satpam SMAN 5``, ``pegawai Hotel Teluk``: the body's staff)
            skip_until = span[1]
            # ``spaced`` is the text lower-cased with other ASCII marks as spaces, one character
            # to the right: the 40 characters before the trigger, as words.
            lo = max(0, start - 40)
            words_before = spaced[lo + 1 : start + 1].split()
            if not place_words.isdisjoint(words_before) and _place_before(text, spaced, lo, start):
                continue
            opening = start if word == BUTONESE_LEAD else lex.balinese_start(text, span[0])
            yield new_finding(PiiKind.NAME, opening, span[1], detector)


def _a_bodys(value: str) -> bool:
    """Whether a form's value opens with a body's word (``KSU KARYA TANI``, ``Koperasi ...``)."""
    first = value.split(None, 1)
    return bool(first) and first[0].rstrip(".").casefold() in lex.OFFICE_HOLDER_WORDS


#: Staff words a body's name may follow (``Satpam SMAN 5``, ``pegawai Hotel Teluk Kupang``).
_STAFF_WORDS = frozenset({"satpam", "pegawai", "staf", "staff", "karyawan", "security", "petugas"})


def _bodys_first_word(value: str) -> bool:
    """Whether a value opens with the first word of an organisation's name (``SMAN``,
    ``Hotel``, ``Terminal``, ``MIN``)."""
    first = value.split(None, 1)
    return bool(first) and first[0].rstrip(".").casefold() in lex.ORGANISATION_FIRST_WORDS


_VOWELS = frozenset("aeiouy")
#: A stall's word in title case right before a trigger: the stall's own name follows
#: (``Kios Mama Ester``; ``samping kios Mama Apriani`` names its keeper).
_STALL_TITLES = tuple(word.title() for word in lex.STALL_WORDS)
_STALL_BEFORE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(_STALL_TITLES) + r")[ \t]+\Z")
#: A company's legal form and up to three words of its name, right before a trigger.
_COMPANY_BEFORE = re.compile(
    rf"(?<![a-z]){lex.COMPANY_FORMS_PATTERN}[ \t]+(?:[a-z]+[ \t]+){{0,3}}\Z"
)
#: Any of them anywhere, in one scan (most texts have none).
_STALL_ANYWHERE = re.compile("|".join(_STALL_TITLES))
#: A speaker's role opening a line of a written-out call or interview (``Petugas: Nanti ...``).
_SPEAKER = (
    r"[ \t]*(petugas|operator|agen|cs|penelepon|pelapor|pengadu|warga|korban|pedagang|orang tua"
    r"|wajib pajak|admin|pelanggan|staf|staff|pegawai|satpam|perawat|bidan|dokter|sopir)[ \t]*:"
)
#: `_SPEAKER` at a line's start.
_SPEAKERS = lex.line_starts(_SPEAKER)


def _speaker_labels(lowered: str) -> frozenset[int]:
    """Where the role words that label a written-out conversation's turns end: a role at a
    line's start before a colon, in a text where one such role opens two lines or more. What
    follows them is what the speaker says (``Petugas: Nanti dimediasi``), not a name; a form's
    one ``Pelapor: Yohanes Ndun`` stays a trigger."""
    # (a turn never holds a line break, so no two overlap)
    found = [(match.group(1), match.end(1)) for match in _SPEAKERS(lowered)]
    if len(found) < 2:
        return frozenset()
    roles = [role for role, _ in found]
    if len(set(roles)) == len(roles):
        return frozenset()
    return frozenset(end for _, end in found)


def _place_before(text: str, spaced: str, lo: int, start: int) -> bool:
    """Whether ``lex.PLACE_BEFORE.search(text[lo:start])`` finds a place.

    The pattern opens with a place word, in any case, where no letter or digit stands before
    it, and a dot or a space follows the word: in a window of ASCII, that word is a whole word
    of the window, one of `lex.PLACE_WORDS` (which holds every word the pattern opens with,
    ``rumah`` of ``rumah sakit``). So the pattern is tried only where those words stand whole
    in the window (as ``" word "`` in its part of ``spaced``, between two spaces), with
    ``match``, whose look-behind sees the window's character before it as ``search``'s does.
    Outside ASCII the case-blind pattern matches other letters too (the long s as ``s``, the
    Kelvin sign as ``k``), and the window is searched as a whole.
    """
    window = text[lo:start]
    if not window.isascii():
        return lex.PLACE_BEFORE.search(window) is not None
    words = " " + spaced[lo + 1 : start + 1] + " "  # ``spaced`` is one character ahead
    match = lex.PLACE_BEFORE.match
    for word in lex.PLACE_WORDS.intersection(words.split()):
        needle = " " + word + " "
        at = words.find(needle)
        while at != -1:
            if match(window, at) is not None:
                return True
            at = words.find(needle, at + len(word))
    return False


_TAKE, _STOP, _NO_NAME = "take", "stop", "no-name"
"""What `_word_verdict` says of a word after a trigger: part of the name, the name's end, or
no name at all."""


def _word_limit(pos: int, starts: list[int], ends: list[int], size: int) -> int:
    """Where the words read from ``pos`` must stop: the start of the first earlier finding that
    ends after ``pos`` (it becomes a tag, and a word never runs into one), else the text's end."""
    if starts:
        index = bisect_right(ends, pos)
        if index < len(starts):
            return max(pos, starts[index])
    return size


def _field_ends(text: str, end: int) -> bool:
    """Whether a name's field ends at ``end``: the text's or a line's end, a separator, or a
    phone number after a space."""
    rest = text[end : end + 2].lstrip(" \t")
    return not rest or rest[0] in "\n,;|)+(" or rest[0].isdigit()


def _word_verdict(
    text: str,
    word: str,
    core: str,
    *,
    word_start: int,
    end: int,
    last: tuple[int, int] | None,
    trigger: str,
    lower_ok: bool,
) -> str:
    """Whether ``word`` (at ``word_start``, its letters up to ``end``; ``core`` case-folded
    without its dot) continues the name after ``trigger``, ends it, or shows there is none.

    The name ends at a stop word (a family's particle after a capitalised name word excepted),
    a boundary word, a title after the first word, part of a code or a link, a word in lower
    case where the trigger or the name so far does not allow one (``lower_ok``), or a one-letter
    word that is no initial. ``last`` is the span of the name's last word so far (None for the
    first).
    """
    follows = last is not None
    if (
        core in lex.NAME_STOPWORDS
        and not (
            last is not None
            and core in lex.FAMILY_STOPWORDS
            and (
                (word.istitle() and text[last[0] : last[1]].istitle())
                # in capitals, where the name's field ends after it (``NAMA NATALIA MAU`` at a
                # line's end, ``NAMA: INA MAU 0813...``)
                or (word.isupper() and text[last[0] : last[1]].isupper() and _field_ends(text, end))
            )
        )
    ):
        return _STOP
    if core in lex.NAME_BOUNDARY_WORDS or (follows and core in lex.TITLE_TOKENS):
        return _STOP
    # Part of a code, not of a name: glued to a digit or inside a code (``MH1JM...``,
    # ``RM-989186``), or without a vowel (``KPPS``; an initial ``M.`` is no code).
    if (
        (end < len(text) and (text[end].isdigit() or text[end] == "-"))
        # a link's host (``KAK WA.ME/62811...``, ``BIT.LY/...``)
        or (end < len(text) and text[end] == "/" and "." in word)
        or (word_start > 0 and text[word_start - 1] == "-")
        or (_VOWELS.isdisjoint(core) and not _is_initial(word))
    ):
        return _STOP
    if not follows and _holds(trigger) and core in lex.OFFICE_HOLDER_WORDS:
        # ``a.n. Kas Daerah``: an office holds the account; ``Nama Pelaku Usaha : KSU ...``: a
        # body fills the name's field
        return _NO_NAME
    if (not word[0].isupper() and not lower_ok) or (len(core) < 2 and not _is_initial(word)):
        return _STOP
    return _TAKE


def _name_span(  # noqa: PLR0917 - a private hot path
    text: str,
    position: int,
    starts: list[int],
    ends: list[int],
    strong: bool,  # noqa: FBT001 - a private hot path
    trigger: str,
    max_words: int,
) -> tuple[int, int] | None:
    """The span of the name that follows a trigger ending at ``position``, or None.

    The words after the trigger (the run, see `_RUN_HEAD`: the words `NAME_TOKEN` would match
    one by one, up to the next earlier finding) are judged in turn by `_run_span`; after a
    word such as ``tertulis`` the name may open with a quote, which `_name_span_tokens` reads.

    Args:
        text: the text.
        position: where the trigger ends.
        starts: start offsets of earlier findings (sorted, merged).
        ends: their end offsets.
        strong: whether the trigger allows a name in lower case.
        trigger: the trigger as matched (lower case).
        max_words: the most words a name may have.
    """
    if trigger.startswith("nama") and (label := _FIELD_LABEL(text, position)) is not None:
        position = label.end()  # ``Nama Korban: Rut Lalang``: the name follows the field's label
    pos = _LEAD_END(text, position).end()  # type: ignore[union-attr]  # the pattern always matches
    return _run_span(text, position, pos, starts, ends, strong, trigger, max_words)


def _run_span(  # noqa: PLR0912, PLR0915, PLR0917 - one loop over a name's words, in one frame
    text: str,
    position: int,
    pos: int,
    starts: list[int],
    ends: list[int],
    strong: bool,  # noqa: FBT001 - a private hot path
    trigger: str,
    max_words: int,
) -> tuple[int, int] | None:
    """`_name_span` from ``pos``, where its lead (``:``, ``,``, spaces) ends.

    The words of the run are read three at a time (`_RUN_HEAD`, then `_RUN_TAIL` where the name
    goes on): a name rarely needs more, and matching them costs. Each word is judged as
    `_word_verdict` judges it, written out in the loop (a call per word with its keyword
    arguments cost more than the checks), with what the word lists say of it looked up once
    (`_SPECIAL`; a word in none of them has no entry).
    """
    size = len(text)
    # A word ends where an earlier finding starts (it becomes a tag): the words are read up to
    # the first finding that ends after them, so none of them runs into one.
    limit = _word_limit(pos, starts, ends, size)
    run = _RUN_HEAD(text, pos, limit)
    if run is None:
        return None
    words = run.group(1)
    base = run.start(1)
    chunk = words.split()
    first_start = last_start = last_end = cursor = 0
    count_words = titles = 0
    first_upper = False
    tail = False
    special = _SPECIAL.get
    while True:
        for word in chunk:
            cursor = words.find(word, cursor)
            word_start = base + cursor
            cursor += len(word)
            core = word.rstrip(".").casefold()
            flags = special(core, 0)
            if (
                not count_words
                and flags & _IS_LEADING
                and (
                    word.casefold() in lex.TITLE_TOKENS
                    or core in lex.NAME_ROLES
                    or core in lex.NAME_LEAD_WORDS
                )
            ):
                if titles >= 3 or _role_ends_sentence(word, core):
                    break
                if core in lex.NAME_LEAD_WORDS:  # a quote may open the name: word by word
                    return _name_span_tokens(
                        text, position, starts, ends, strong, trigger, max_words
                    )
                titles += 1
                continue
            end = word_start + len(word)
            # `_word_verdict`, in its order: a stop or boundary word (a family's particle after
            # a capitalised name word excepted) or a title after the first word; part of a
            # code or a link; an office holding an account (no name at all); a word in lower
            # case where none may stand, or a lone letter that is no initial.
            if (
                (
                    flags & _IS_STOP
                    and not (
                        count_words
                        and flags & _IS_FAMILY
                        and (
                            (word.istitle() and text[last_start:last_end].istitle())
                            or (
                                word.isupper()
                                and text[last_start:last_end].isupper()
                                and _field_ends(text, end)
                            )
                        )
                    )
                )
                or (count_words and flags & _IS_TITLE)
                or (end < size and (text[end].isdigit() or text[end] == "-"))
                or (end < size and text[end] == "/" and "." in word)  # a link's host
                or (word_start > 0 and text[word_start - 1] == "-")
                or (_VOWELS.isdisjoint(core) and not _is_initial(word))
            ):
                break
            if not count_words and flags & _IS_OFFICE and _holds(trigger):
                return None  # ``a.n. Kas Daerah``, ``Nama Pelaku Usaha : KSU ...``: a body
            if (not word[0].isupper() and not (strong and not (count_words and first_upper))) or (
                len(core) < 2 and not _is_initial(word)
            ):
                break
            dotted = word[-1] == "."
            if dotted and not _is_initial(word):
                end -= 1
            if not count_words:
                first_start = word_start
                first_upper = word[0].isupper()
            last_start = word_start
            last_end = end
            count_words += 1
            # A dot after a whole word ends the sentence, and the name (``a.n. Indah Toelle.
            # Info ...``), unless the word is a name's abbreviation (``Muh. Yusuf``).
            if count_words == max_words or (
                dotted and end < word_start + len(word) and not flags & _IS_ABBREVIATION
            ):
                break
        else:
            if not tail and len(chunk) == 3:  # `_RUN_HEAD` read as many words as it may
                tail = True
                more = _RUN_TAIL(text, run.end(), limit)
                if more is not None:
                    words = more.group()
                    base = more.start()
                    chunk = words.split()
                    cursor = 0
                    continue
        break
    if not count_words:
        return None
    return first_start, last_end


#: The words that end a name (`_word_verdict`): the stop words and the boundary words. Of the
#: family particles (stop words), those that are no boundary word too may continue a name.
_STOPS = lex.NAME_STOPWORDS | lex.NAME_BOUNDARY_WORDS
_FAMILY_ONLY = lex.FAMILY_STOPWORDS - lex.NAME_BOUNDARY_WORDS
_IS_STOP, _IS_FAMILY, _IS_TITLE, _IS_LEADING, _IS_OFFICE, _IS_ABBREVIATION = 1, 2, 4, 8, 16, 32
#: What the word lists say of a word (case-folded, without its dot), as flags: a stop or
#: boundary word (`_IS_STOP`), a family's particle that is no boundary word (`_IS_FAMILY`), a
#: title (`_IS_TITLE`), a word that may stand before a name (`_IS_LEADING`: a role, a word such
#: as ``tertulis``, or a title with or without its dot; the loop then asks the lists), an
#: office holding an account (`_IS_OFFICE`), a name's abbreviation (`_IS_ABBREVIATION`).
_SPECIAL: dict[str, int] = {}
for _flag, _words_of in (
    (_IS_STOP, _STOPS),
    (_IS_FAMILY, _FAMILY_ONLY),
    (_IS_TITLE, lex.TITLE_TOKENS),
    (
        _IS_LEADING,
        {*lex.NAME_ROLES, *lex.NAME_LEAD_WORDS, *(t.rstrip(".") for t in lex.TITLE_TOKENS)},
    ),
    (_IS_OFFICE, lex.OFFICE_HOLDER_WORDS),
    (_IS_ABBREVIATION, lex.NAME_ABBREVIATIONS),
):
    for _word in _words_of:
        _SPECIAL[_word] = _SPECIAL.get(_word, 0) | _flag
del _flag, _words_of, _word


def _name_span_tokens(  # noqa: PLR0912, PLR0915, PLR0917 - one loop over a name's words
    text: str,
    position: int,
    starts: list[int],
    ends: list[int],
    strong: bool,  # noqa: FBT001 - a private hot path
    trigger: str,
    max_words: int,
) -> tuple[int, int] | None:
    """The span of the name that follows a trigger ending at ``position``, or None.

    Args:
        text: the text.
        position: where the trigger ends.
        starts: start offsets of earlier findings (sorted, merged).
        ends: their end offsets.
        strong: whether the trigger allows a name in lower case.
        trigger: the trigger as matched (lower case).
        max_words: the most words a name may have.
    """
    pos = _LEAD_END(text, position).end()  # type: ignore[union-attr]  # the pattern always matches
    first_start = last_start = last_end = 0
    count_words = 0
    first_upper = False
    quoted = False
    titles = 0
    token = _FIRST_TOKEN.match
    # Earlier findings: a word ends where one starts (it becomes a tag), a name never runs into
    # one.
    count = len(starts)
    size = len(text)
    titles_set, roles, lead_words = lex.TITLE_TOKENS, lex.NAME_ROLES, lex.NAME_LEAD_WORDS
    while count_words < max_words:
        if count:
            index = bisect_right(ends, pos)
            limit = size if index == count else max(pos, starts[index])
            match = token(text, pos, limit)
        else:
            match = token(text, pos)
        if match is None:
            break
        if token is _QUOTED_TOKEN_MATCH and text[match.start(1) - 1] in _OPENING_QUOTES:
            quoted = True
        token = _NAME_TOKEN_MATCH
        word = match.group(1)
        core = word.rstrip(".").casefold()
        if (
            not count_words
            and not quoted
            and (word.casefold() in titles_set or core in roles or core in lead_words)
        ):
            if titles >= 3 or _role_ends_sentence(word, core):
                break
            titles += 1
            pos = match.end()
            # After ``tertulis`` the name may stand in quotes: ``tertulis "Lynce Ratu"``.
            token = _QUOTED_TOKEN_MATCH if core in lead_words else token
            continue
        word_start = match.start(1)
        end = word_start + len(word)
        # Inside the quotes after ``tertulis`` every word is the name as written, ordinary
        # words too (``tertulis "Kasi Tanoni"``); the closing quote ends it.
        verdict = (
            _TAKE
            if quoted
            else _word_verdict(
                text,
                word,
                core,
                word_start=word_start,
                end=end,
                last=(last_start, last_end) if count_words else None,
                trigger=trigger,
                lower_ok=strong and not (count_words and first_upper),
            )
        )
        if verdict is not _TAKE:
            if verdict is _NO_NAME:
                return None
            break
        if word[-1] == "." and not _is_initial(word):
            end -= 1
        if count:
            index = bisect_right(ends, word_start)
            if index < count and starts[index] < end:
                break
        if not count_words:
            first_start = word_start
            first_upper = text[word_start].isupper()
        last_start = word_start
        last_end = end
        count_words += 1
        pos = match.end()
        if quoted and text[pos : pos + 1] in _CLOSING_QUOTES:
            break
        # A dot after a whole word ends the sentence, and the name (``a.n. Indah Toelle.
        # Info ...``), unless the word is a name's abbreviation (``Muh. Yusuf``).
        if end < pos and core not in lex.NAME_ABBREVIATIONS:
            break
    if not count_words:
        return None
    return first_start, last_end


#: Words one of which opens every match of `SIGNATURE`.
_SIGNATURE_HEADS = ("hormat", "salam", "wassalam", "ttd", "tertanda", "pelapor", "pemohon")


#: After `NAME_TRIGGER` (`_TRIGGER_AND_LEAD`), without moving on (a look-ahead, so the next
#: trigger may stand among these words), where `_name_span` starts reading words after it: its
#: lead (``:``, ``,``, spaces, taken whole as `NAME_LEAD` takes them, so nothing is left for
#: `_RUN_HEAD`'s leading spaces) and the letters of the first word, in group 1 (none when no
#: word follows the lead). Matched on the lowered text, which has the same letters.
_LEAD_AND_LETTERS = r"(?:(?=(?>[ \t\u00a0]*[:,][ \t\u00a0]*|[ \t\u00a0]*)([^\W\d_]+)))?"
#: A colon after a label, maybe after spaces (``Nama:``, ``Nama :``): with a digit right
#: before ``nama``, the label of a scan's fields run together (``...0018Nama:``).
_LABEL_COLON = re.compile(r"[ \t]*:").match
#: The same lead and letters (group 1) read where a trigger of `_extra_triggers` ends.
_LEAD_AND_WORD = re.compile(r"(?>[ \t\u00a0]*[:,][ \t\u00a0]*|[ \t\u00a0]*)([^\W\d_]+)").match


@cache
def _trigger_patterns() -> tuple[
    Callable[[str], re.Match[str] | None], Callable[[str, int], Iterator[re.Match[str]]]
]:
    """`_TRIGGER_AND_LEAD` and `_SCAN_TRIGGERS`, compiled on first use (the trigger list makes
    them slow to compile).

    `_TRIGGER_AND_LEAD` is `NAME_TRIGGER` followed by `_LEAD_AND_LETTERS`. `_SCAN_TRIGGERS`
    is the same after the character before the trigger, for ``finditer`` on the lowered text
    or `_ascii_classes` of it: a character that is no letter and no digit (`NAME_TRIGGER`'s
    look-behind, there). Opening with a class of characters lets the engine skip in C to
    where a trigger may start; the trigger itself cannot start at that character (it opens
    with a letter), nor end where the next one's character before it stands (a letter never
    follows a trigger), so the matches are those of `NAME_TRIGGER` but one at the start.
    """
    at_start = re.compile(lex.NAME_TRIGGER.pattern + _LEAD_AND_LETTERS)
    after = re.compile(
        "["
        + re.escape("".join(chr(code) for code in range(128) if not chr(code).isalnum()))
        + "\u00a0]"
        + lex.NAME_TRIGGER_BARE.pattern
        + _LEAD_AND_LETTERS
    )
    return at_start.match, after.finditer


_SIGNATURE_SET = frozenset(_SIGNATURE_HEADS)


#: A trigger: its start, its end, the trigger as matched (lower case), and the match of the
#: scan that found it (None for one of `_extra_triggers`).
_Trigger = tuple[int, int, str, "re.Match[str] | None"]


def _scan(context: DetectionContext) -> tuple[list[_Trigger], list[int]]:
    """The matches of `NAME_TRIGGER` on the lowered text, as ``finditer`` gives them, each as
    ``(start, end, trigger, match)`` (the match's group 1: the letters of the word after the
    trigger's lead, see `_trigger_patterns`), and the places where `SIGNATURE` may match
    (sorted; see `_signature_ends`).

    One ``finditer`` (`_trigger_patterns`) finds the triggers, on the lowered text, or, when
    it holds characters outside ASCII, on `_ascii_classes` of it. The signatures are looked for
    where one of their opening words stands; in a text of ASCII only if one of them is a word
    of the text (`DetectionContext.words`: such a word follows no letter and no letter follows
    it, so it is a word there).
    """
    lowered = context.lowered
    signatures: list[int] = []
    if lowered.isascii():
        scanned = lowered
        heads: Iterable[str] = _SIGNATURE_SET.intersection(context.words)
    else:
        scanned = _ascii_classes(lowered)
        heads = _SIGNATURE_HEADS
    for word in heads:
        at = lowered.find(word)
        while at != -1:
            signatures.append(at)
            at = lowered.find(word, at + 1)
    signatures.sort()
    found: list[_Trigger] = []
    at_start, after = _trigger_patterns()
    hit = at_start(scanned)
    if hit is not None:
        found.append((0, hit.end(), lowered[: hit.end()], hit))
    for hit in after(scanned, found[0][1] if found else 0):
        start = hit.start() + 1  # after the character before the trigger
        end = hit.end()
        found.append((start, end, lowered[start:end], hit))
    return found, signatures


class _AsciiClasses(dict[int, int]):
    """A translation table for characters outside ASCII, filled as characters are met: the no-
    break space stays, a decimal digit becomes ``0``, another letter or digit (a word
    character: ``str.isalnum``, as the engine's ``\\w`` but ``_``) becomes `_OTHER_LETTER`,
    and any other character ``#``."""

    __slots__ = ()

    def __missing__(self, code: int) -> int:
        char = chr(code)
        if char == "\u00a0":
            value = code
        elif char.isdecimal():
            value = ord("0")
        elif char.isalnum():
            value = ord(_OTHER_LETTER)
        else:
            value = ord("#")
        if len(self) < _CACHED_CHARACTERS:  # a text of every code point must not fill memory
            self[code] = value
        return value


#: A letter that no trigger holds, for every other letter outside ASCII.
_OTHER_LETTER = min(
    set("abcdefghijklmnopqrstuvwxyz").difference(
        *(*lex.STRONG_TRIGGERS, *lex.HONORIFIC_TRIGGERS, *lex.TITLE_TRIGGERS)
    )
)
_CACHED_CHARACTERS = 4096
_ASCII_CLASS_TABLE = _AsciiClasses()
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


def _ascii_classes(lowered: str) -> str:
    """``lowered`` with each character outside ASCII replaced by one of ASCII or the no-break
    space that `_SCAN_TRIGGERS` and `_TRIGGER_AND_LEAD` treat alike: a word character stays
    one, a digit a digit, a letter a letter, and none of them may be part of a trigger (whose
    characters are all ASCII), so each pattern matches where and as it does on ``lowered``.
    Only the runs outside ASCII are translated."""
    parts = _NON_ASCII_RUN.split(lowered)
    parts[1::2] = [part.translate(_ASCII_CLASS_TABLE) for part in parts[1::2]]
    return "".join(parts)


def _extra_triggers(
    text: str, lowered: str, context: DetectionContext, signatures: list[int]
) -> list[tuple[int, int, str]]:
    """Where a name may start besides the matches of `NAME_TRIGGER`: a trigger glued to an
    earlier finding (the finding becomes a tag, so the look-behind's verdict is overruled
    there; such places are few), and the ends of signatures, chat-export senders and a closing
    dash, and an agent's greeting (`_AGENT_GREETING`; ``""`` as the trigger: the capitalised
    words after them), and Butonese names' leads (`_butonese_leads`)."""
    extra = [
        (m.start(), m.end(), m.group())
        for e in context.collapsed_ends()
        if e < len(lowered)
        and lowered[e - 1].isalnum()
        and (m := lex.NAME_TRIGGER_BARE.match(lowered, e)) is not None
    ]
    at = lowered.find("nama")
    while at != -1:
        # a scan that runs the fields together: ``NIK:5371...0018Nama:KRISTINA WIBOWO``
        if at and lowered[at - 1].isdigit() and _LABEL_COLON(lowered, at + 4) is not None:
            extra.append((at, at + 4, "nama"))
        elif (
            # and with no colon, the value in capitals glued to the label in title case
            # (``NIK5371...0088NamaVERONIKA TEFAAlamat...``)
            text[at : at + 4] == "Nama"
            and (value := text[at + 4 : at + 6]).isalpha()
            and value.isupper()
            and (not at or not lowered[at - 1].isalpha())
        ):
            extra.append((at, at + 4, GLUED_NAME))
        at = lowered.find("nama", at + 4)
    if signatures:
        extra.extend((end, end, "") for end in _signature_ends(lowered, signatures))
    if ":" in lowered and ("[" in lowered or "/" in lowered):
        extra.extend((end, end, CHAT_SENDER) for end in _chat_header_ends(lowered))
    if "koment" in lowered or "comment" in lowered:
        extra.extend((at, at, CHAT_SENDER) for at in _commenters(lowered))
    if ")" in lowered:
        extra.extend((end, end, "") for end in _list_entry_ends(lowered))
    if ("|" in lowered or "\t" in lowered) and "nama" in lowered:
        extra.extend((at, at, TABLE_CELL) for at in table_name_cells(lowered))
    extra.extend((at, at, CHAT_SENDER) for at in _callers_and_senders(lowered))
    if ("kasi" in lowered or "trims" in lowered or "tks" in lowered or "th" in lowered) and (
        thanks := lex.THANKS_THEN_NAME.search(lowered, max(0, len(lowered) - _THANKS_REACH))
    ) is not None:
        extra.append((thanks.end(), thanks.end(), ""))  # ``... Makasih. Yuneta``: its writer
    extra.extend(_butonese_leads(text, lowered))
    if "dengan" in lowered and (
        # (each greeting holds one of these words: most texts with ``dengan`` have none)
        "selamat" in lowered or "halo" in lowered or "hallo" in lowered or "hai" in lowered
    ):
        # an agent greeting with their name: the capitalised words after ``dengan``
        extra.extend((hit.end(), hit.end(), "") for hit in _AGENT_GREETING.finditer(lowered))
    if "-" in lowered:
        dash = lex.CLOSING_DASH.search(lowered, max(0, len(lowered) - 48))
        # ``- Tindak lanjut: diteruskan``: a list's last item opens with its label, no signature
        if dash is not None and _opens(lowered, dash.start()) and ":" not in lowered[dash.end() :]:
            extra.append((dash.end(), dash.end(), ""))
    return extra


#: A call log's row: a time, then the caller in the first cell and their mobile in the next
#: (``13.16 | Maria Tuames | 0812... | ...``), in any case; a body's row (``20.10 | Komite
#: Sekolah | 0812...``) opens with a word no name has. Matched on the lower-cased text.
_CALL_ROW = re.compile(
    r"^[ \t]*[0-9]{1,2}[.:][0-9]{2}[ \t]*\|[ \t]*"
    r"(?=[^|\n]{1,40}\|[ \t]*\(?(?:\+?62|0)[ \t]?8)",
    re.MULTILINE,
)
#: A given name before a bracket saying the family name was not given (``penelepon ebed (tdk
#: sebut marga)``): the word is a person's name, in any case. Matched on the lower-cased text.
_NO_FAMILY = re.compile(
    r"(?<![^\W\d_])[^\W\d_]{3,}(?=[ \t]*\([ \t]*(?:tdk|tidak|tak|ga|gak|sonde|tanpa)[ \t]+"
    r"(?:(?:sebut|menyebut|kasi|kasih|bilang)[ \t]+)?marga[ \t]*\))"
)
#: A forward's header naming its sender, a mobile in a bracket after the name (``Dari: Siu Lan
#: Tunliu (+62 851-...)``). Matched on the lower-cased text.
_FORWARDED_BY = re.compile(
    r"^[ \t*]*dari[ \t]*:[ \t]*(?=[^\W\d_][^\n(]{0,40}\([ \t]*(?:\+?62|0)[ \t]?8)", re.MULTILINE
)


#: A family named by ``Kel.`` (``keluarga``) as a church's notice names a house or a giver
#: (``di rumah Kel. Lukas Tuames``, ``Persembahan syukur dari Kel. Oematan``); a kelurahan's
#: ``Kel.`` is followed by a place, which no name run takes. Matched on the lower-cased text.
_FAMILY_KEL = re.compile(
    r"(?<![a-z])(?:rumah|dari|keluarga|kediaman|duka)[ \t]+kel\.[ \t]*(?=[a-z])"
)


#: An agent answering a call or a chat with their name (``Selamat pagi, dengan Wayan, ada yang
#: bisa dibantu?``, ``Halo kak, dengan Aris dari Bank NTT``): the name follows ``dengan``.
#: Matched on the lower-cased text.
_AGENT_GREETING = re.compile(
    r"(?<![a-z])(?:selamat[ \t]+(?:pagi|siang|sore|malam)|halo|hallo|hai)"
    r"(?:[ \t]+(?:kak|kakak|bapak|ibu|pak|bu))?[ \t]*[,!.]?[ \t]*(?:saya[ \t]+)?dengan[ \t]+"
    # (a letter's opening, ``Selamat pagi, Dengan hormat, ...``)
    r"(?!(?:hormat|ini|itu|kami|kita|senang|segala|sangat)(?![a-z]))"
)


def _callers_and_senders(lowered: str) -> list[int]:
    """Where names start that a call log or a forward gives without a trigger word: a caller in
    a row before their mobile (`_CALL_ROW`), a given name before ``(tdk sebut marga)``
    (`_NO_FAMILY`), a forward's sender (`_FORWARDED_BY`) and a family a church's notice names
    (`_FAMILY_KEL`); each looked for only where its mark stands."""
    found: list[int] = []
    if "|" in lowered:
        found.extend(
            hit.end()
            for hit in _CALL_ROW.finditer(lowered)
            # (a body's row: ``11.15 | Kurir JNE | +62 853...``)
            if (lowered[hit.end() : hit.end() + 24].split() or [""])[0].rstrip(".")
            not in lex.ORGANISATION_FIRST_WORDS
        )
    if "marga" in lowered:
        found.extend(hit.start() for hit in _NO_FAMILY.finditer(lowered))
    if "dari" in lowered and ":" in lowered:
        found.extend(hit.end() for hit in _FORWARDED_BY.finditer(lowered))
    if "kel." in lowered:
        found.extend(_family_kel_ends(lowered))
    return found


#: The words `_FAMILY_KEL` opens with (none ends another).
_KEL_HOUSES = ("rumah", "dari", "keluarga", "kediaman", "duka")


def _family_kel_ends(lowered: str) -> list[int]:
    """Where the matches of `_FAMILY_KEL` end, as ``finditer`` gives them, the pattern tried
    only at the word right before each ``kel.`` and its spaces (a match holds one ``kel.``,
    right after its word and spaces; most are a kelurahan's, after a place's name)."""
    ends: list[int] = []
    at = lowered.find("kel.")
    while at != -1:
        start = at
        while start and lowered[start - 1] in " \t":
            start -= 1
        if start < at and lowered.endswith(_KEL_HOUSES, 0, start):
            word = next(word for word in _KEL_HOUSES if lowered.endswith(word, 0, start))
            hit = _FAMILY_KEL.match(lowered, start - len(word))
            if hit is not None:
                ends.append(hit.end())
        at = lowered.find("kel.", at + 4)
    return ends


def table_name_cells(lowered: str) -> list[int]:
    """Where the cells under a ``Nama`` column start, in the rows after the table's header
    (``No | Nama | Umur``, or cells between tabs: ``No\tNama\tNIK``): rows with as many
    cells as the header, up to the first line without one."""
    found: list[int] = []
    column = cells = -1
    offset = 0
    bar = "|"
    for line in lowered.split("\n"):
        parts = line.split(bar)
        if column >= 0 and len(parts) == cells:
            at = offset + sum(len(part) + 1 for part in parts[:column])
            found.append(at + len(parts[column]) - len(parts[column].lstrip(" \t")))
        else:
            column = -1
            if "nama" not in line:
                offset += len(line) + 1
                continue
            for bar in ("|", "\t"):
                parts = line.split(bar)
                if (
                    len(parts) > 1
                    and ":" not in line  # a form's ``nama\t: ...`` is no table's header
                    and "nama" in (names := [part.strip() for part in parts])
                ):
                    column, cells = names.index("nama"), len(parts)
                    break
        offset += len(line) + 1
    return found


def _signature_ends(lowered: str, candidates: list[int]) -> list[int]:
    """Where the matches of `SIGNATURE` end, as ``finditer`` gives them, trying the pattern only
    at ``candidates`` (sorted), which hold every place where one may start."""
    ends: list[int] = []
    reached = 0
    match = lex.SIGNATURE.match
    for start in candidates:
        if start >= reached and (hit := match(lowered, start)) is not None:
            ends.append(hit.end())
            reached = hit.end()
    return ends


#: A line that opens with a bracket or a digit, as a chat header's line does (the newline
#: before it is a literal the engine finds in C).
_HEADER_LINE = re.compile(r"\n[\[0-9]")


#: A line that opens with a digit (after spaces), as a numbered list's entry does.
_ENTRY_LINE = re.compile(r"\n(?=[ \t]*[0-9])")


def _list_entry_ends(lowered: str) -> list[int]:
    """Where the matches of `LIST_ENTRY` end, as ``finditer`` gives them, trying the pattern
    only at the start of a line that opens with a digit (a match never spans a line)."""
    match = lex.LIST_ENTRY.match
    ends: list[int] = []
    starts = [0] if lowered.lstrip(" \t")[:1].isdigit() else []
    starts += [line.end() for line in _ENTRY_LINE.finditer(lowered)]
    for start in starts:
        hit = match(lowered, start)
        if hit is not None:
            ends.append(hit.end())
    return ends


def _chat_header_ends(lowered: str) -> list[int]:
    """Where the matches of `CHAT_HEADER` end, as ``finditer`` gives them, trying the pattern
    only at the start of a line that opens with a bracket or a digit (a match never spans a
    line, so matches tried line by line never overlap)."""
    match = lex.CHAT_HEADER.match
    ends: list[int] = []
    if lowered[:1] == "[" or lowered[:1].isdigit():
        hit = match(lowered)
        if hit is not None and not _no_persons_label(lowered, hit.end()):
            ends.append(hit.end())
    for line in _HEADER_LINE.finditer(lowered):
        hit = match(lowered, line.start() + 1)
        if hit is not None and not _no_persons_label(lowered, hit.end()):
            ends.append(hit.end())
    return ends


def _no_persons_label(lowered: str, start: int) -> bool:
    """Whether a chat's sender label at ``start`` is a business's or a bot's, not a person's
    (``Timor Express Travel:``, ``Veronika (Virtual Assistant):``)."""
    colon = lowered.find(":", start, start + _SENDER_REACH)
    return colon != -1 and _NOT_A_PERSONS_LABEL.search(lowered, start, colon) is not None


#: How far a chat's sender label may run before its colon.
_SENDER_REACH = 60
#: A bot's mark or a business's trade in a chat's sender label.
_NOT_A_PERSONS_LABEL = re.compile(
    lex.BOT_MARK
    + r"|(?<![a-z])(?:travel|express|ekspres|official|store|shop|olshop|rent|bakery)(?![a-z])"
)


#: A comment section's heading on a line of its own (``Komentar:``, ``💬 Komentar (3)``,
#: ``Comments``).
_COMMENTS_HEADING = re.compile(
    r"^[^\w\n]{0,4}(?:komentar|comments?)(?:[ \t]*\(?[0-9]{1,4}\)?)?[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
#: A commenter's line: the name they post under (two to four words of letters only: a handle
#: is one word, often with digits or underscores), a colon and what they wrote (``arnold mone:
#: admin, ...``).
_COMMENT_LINE = re.compile(
    r"^[ \t]*(?:[\u21b3>\-\u2022*][ \t]*)?(?=[^\W\d_]+(?:[ \t][^\W\d_]+){1,3}:[ \t])",
    re.MULTILINE,
)


#: ``Komentar`` and its writer's name on the comment's own line (``Komentar efi wadu: ...``).
_COMMENT_BY = re.compile(
    r"^[^\w\n]{0,4}(?:komentar|comment)(?:[ \t]+dari)?[ \t]+"
    r"(?=[^\W\d_]+(?:[ \t][^\W\d_]+){1,3}:[ \t])",
    re.MULTILINE,
)


def _commenters(lowered: str) -> list[int]:
    """Where the names of the commenters under a comment section's heading start (``Komentar:``
    then ``aser selan: rumah sa di ...``), or after ``Komentar`` on a comment's own line
    (``Komentar efi wadu: sopirnya ...``): a post's comments are shown under the names people
    post under, in any case, as a chat export's senders are. An account whose name holds a
    body's word (``Tax Center Undana:``, ``Posyandu Mawar:``) is the body's, no person's."""
    found = [line.end() for line in _COMMENT_BY.finditer(lowered)]
    heading = _COMMENTS_HEADING.search(lowered)
    if heading is not None:
        found.extend(line.end() for line in _COMMENT_LINE.finditer(lowered, heading.end()))
    return [
        at for at in found if _BODY_WORDS.isdisjoint(lowered[at : lowered.find(":", at)].split())
    ]


#: Words of a body's name: a commenter's name holding one is the body's account, a business's
#: page too (``Kos Melati Oebufu:``, ``Laundry Bersih Kilat:``).
_BODY_WORDS = lex.OFFICE_HOLDER_WORDS | {
    "center",
    "centre",
    "pusat",
    "kos",
    "kost",
    *lex.STALL_WORDS,
    # a business's page by its trade (``Sedot WC Berkah Abadi:``, ``Rental Timor Jaya:``,
    # ``Roti Kenari Bakery:``)
    *(noun.split()[0] for noun in lex.BUSINESS_NOUNS),
    *lex.TRADE_WORDS,
    # a course's and a notary's office (``LKP Mutiara:``, ``Notaris Kupang Jaya:``; a tutoring
    # course's, ``Bimbel Cerdas Oebufu:``, is a business's noun)
    "lkp",
    "notaris",
}


def _opens(text: str, dash: int) -> bool:
    """Whether the dash at ``dash`` opens a line, follows a mark (an emoji), or follows the end
    of a sentence and a space (``Imbalan Rp 50.000. - m. saek``), not a word."""
    before = text[:dash].rstrip(" \t")
    if before and before[-1] in ".!?" and len(before) < dash:
        return True
    return not before or before[-1] == "\n" or not (before[-1].isalnum() or before[-1] in ",.;:")


_STRONG = frozenset(lex.STRONG_TRIGGERS)


def _butonese_leads(text: str, lowered: str) -> list[tuple[int, int, str]]:
    """Butonese names' leads (`_BUTONESE_LEAD`) after a field's colon, a comma, a bracket, a
    dash, a list's number or at a line's start (``Ketua Panitia: Wa Anti (0852...)``,
    ``Sekretaris, La Hamu - 5302...``): triggers of the capitalised words after them, the lead
    in the name's span; not a desk's WhatsApp (``WA Center``, ``WA Admin``)."""
    if "la " not in lowered and "wa " not in lowered:
        return []
    return [
        (hit.start(1), hit.end(1), BUTONESE_LEAD)
        for hit in _BUTONESE_LEAD_WORD.finditer(text)
        if _opens_a_lead(text, hit.start())
        and (word := lowered[hit.end(1) : hit.end(1) + 24].split(None, 1)[0].strip(".,:;"))
        not in lex.NAME_STOPWORDS
        and word not in _WHATSAPPS_DESKS
    ]


def _opens_a_lead(text: str, at: int) -> bool:
    """Whether `_BUTONESE_LEAD`'s opening holds before the lead at ``at``: after the spaces and
    tabs before it, the text's or a line's start, a field's colon, a comma, a bracket, a dash
    or a list's number (``1.``, ``2)``). A space or tab satisfies none of them, so the pattern
    can only open where those spaces start."""
    start = at
    while start and text[start - 1] in " \t":
        start -= 1
    if not start:
        return True
    before = text[start - 1]
    return before in "\n:,(\u2013\u2014-" or (
        before in ".)" and start >= 2 and text[start - 2] in "0123456789"
    )


#: Words after ``WA`` that name a desk's WhatsApp, no Butonese name (``WA Center``).
_WHATSAPPS_DESKS = frozenset({"center", "centre", "resmi", "official", "layanan", "bisnis"})
#: The trigger of a Butonese name's lead (`_BUTONESE_LEAD`): the name's span opens with it.
BUTONESE_LEAD = "\x00buton"
#: The lead and the capitalised words after it (`_BUTONESE_LEAD` without its opening).
_LEAD_AND_NAME = (
    r"((?:La|Wa|LA|WA)[ \t]+)"
    r"(?=[A-Z][A-Za-z]{2,}(?![A-Za-z]*(?:[ \t]+[A-Za-z]+){0,2}[ \t]*[+0-9]))"
)
#: Buton's ``La`` (men) and ``Wa`` (women) opening a name where a name stands: after a field's
#: colon, a comma, a bracket, a dash, a list's number or at a line's start, then capitalised
#: words of letters that no number follows (``WA 0812...``, ``WA Saber Pungli 0851...``,
#: ``Wa Yanti 0812...`` are WhatsApp's; ``Wa Anti (0852...)`` names her).
_BUTONESE_LEAD = re.compile(
    r"(?:^|(?<=[:,(\u2013\u2014-])|(?<=[0-9][.)]))[ \t]*" + _LEAD_AND_NAME, re.MULTILINE
)
#: `_BUTONESE_LEAD` without its opening, which `_opens_a_lead` checks: the engine scans for the
#: lead's letters instead of trying the opening at every character. Its matches are the ones of
#: `_BUTONESE_LEAD` whose opening holds, with the same group (a match holds one lead, and no
#: lead starts inside another's letters and spaces, so none is passed over).
_BUTONESE_LEAD_WORD = re.compile(_LEAD_AND_NAME)
#: The trigger of a chat export's sender: a contact's saved name, in lower case too
#: (``[22/10/2026 17.15] maria: ...``).
CHAT_SENDER = "\x00chat"
#: The trigger of a cell under a table's ``Nama`` column (``No | Nama | Umur``), in any case.
TABLE_CELL = "\x00cell"
#: The trigger of a form's ``Nama`` label glued to its value in capitals (``NamaVERONIKA``).
GLUED_NAME = "\x00nama"
_ANY_CASE = frozenset({CHAT_SENDER, TABLE_CELL, GLUED_NAME})
#: Triggers only as a form's label, with a colon after them (``Pasien: Ola Siregar``,
#: ``Kader: Indah Tnunay``): as words they name no one (``pasien lansia``, ``penerima
#: bantuan``).
_LABELS_ONLY = frozenset(
    {
        "penerima",
        "penulis",
        "pasien",
        "kader",
        "pendamping",
        "diverifikasi",
        "verifikator",
        # a receipt's cashier and a deposit slip's depositor (``Kasir : GERSON``)
        "kasir",
        "penyetor",
        # a shop's note's buyer (``Pembeli : INA KASE``)
        "pembeli",
    }
)
#: A form's name label: in capitals, or with a colon after it, the rest of its line in capitals
#: is read whole (`form_value`).
_FORM_LABELS = frozenset({"nama", "n a m a", GLUED_NAME})
#: Where a value in capitals runs into the next field's label, written in title case without a
#: space (``FRANSISKA BAHASUANTempat/TglLahir``).
_GLUED_LABEL = re.compile(
    r"(?<=[A-Z0-9])(?=[A-Z][a-z])"
    # a number's label in capitals glued to the name, then its colon (``ROSALINA LOMINIK :
    # 5371...``, ``SEMUEL MATULESSYNo. Rekening :``)
    r"|(?<=[A-Z])(?=(?:NIK|NO\.?[ \t]?KK|NPWP|No\.?[ \t]?(?:Rek|Kartu|HP|Telp))[\w. ]{0,9}:)"
)
#: A name as OCR gives it in capitals: words of capitals and digits read for letters, one to
#: three spaces apart (``PAULUS RA TU``, ``BUDI 5ABNENO``, ``OKT0VIANUS SJIOCN``).
_CAPITAL_WORDS = re.compile(r"[A-Z0-9][A-Z0-9'.\-]*(?:[ \t]{1,3}[A-Z0-9][A-Z0-9'.\-]*){0,4}")
#: A line holding one or two words in capitals alone: the rest of a name broken over a line
#: (``NAMA NIKODEMUS`` then ``DJAWA``).
_NAME_LINE = re.compile(r"[ \t]*([A-Z]{2,}(?:[ \t]{1,3}[A-Z]{2,})?)[ \t]*(?:\n|\Z)")
_THREE_DIGITS = re.compile(r"[0-9]{3}")
#: The longest stretch of a line read as a form's name value (five words of capitals fit in far
#: fewer characters).
_LONGEST_VALUE = 200


def _name_like(words: list[str]) -> bool:
    """Whether every word holds a letter and a vowel (a digit may stand for a letter), and none
    of three letters or more is a stop or boundary word."""
    for word in words:
        core = word.strip(".'-").casefold()
        if _VOWELS.isdisjoint(core.translate(_DIGIT_LETTERS)) or (len(core) > 2 and core in _STOPS):
            return False
    return True


#: The letters OCR reads as digits, back (``0`` for ``O``, ``1`` for ``I``, ``5`` for ``S``).
_DIGIT_LETTERS = str.maketrans("0134578", "oieastb")


def form_value(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The span of a form's name value in capitals at ``pos`` (up to ``limit``), or None.

    The value is the rest of the line (up to a next field's label glued to it: ``BAHASUANTempat``)
    when it holds nothing but one to five words in capitals, digits read for letters among
    them and no three digits in a row, each with a vowel and none a stop word of three letters
    or more; two letters of a name split by a stray space stay in (``PAULUS RA TU``). A line of
    one or two words in capitals after it continues the name (``NIKODEMUS`` then ``DJAWA``).
    """
    line_end = text.find("\n", pos, limit)
    if line_end == -1:
        line_end = limit
    if line_end - pos > _LONGEST_VALUE:
        # a name is a few words: only a next label glued within reach can end one (a long line
        # read whole for every ``Nama:`` on it would make the text's cost quadratic)
        glued = _GLUED_LABEL.search(text, pos, pos + _LONGEST_VALUE)
        if glued is None:
            return None
        line_end = pos + _LONGEST_VALUE
    value = text[pos:line_end]
    glued = _GLUED_LABEL.search(value)
    if glued is not None:
        value = value[: glued.start()]
    value = value.rstrip(" \t")
    match = _CAPITAL_WORDS.fullmatch(value)
    if match is None or _THREE_DIGITS.search(value) or not _name_like(value.split()):
        return None
    end = pos + len(value)
    if glued is None and line_end < limit:
        rest = _NAME_LINE.match(text, line_end + 1, limit)
        if rest is not None and _name_like(rest.group(1).split()):
            end = rest.end(1)
    return pos, end


#: The titles (without their dot) and roles: a word in lower case after a trigger that wants a
#: capitalised name must be one of them.
_MAY_LEAD = frozenset(title.rstrip(".") for title in lex.TITLE_TOKENS) | lex.NAME_ROLES
_COLON = re.compile(r"[ \t\u00a0]*:").match
#: How far before a text's end thanks and the writer's name after them are looked for.
_THANKS_REACH = 64
#: Triggers that name an account's or a paper's holder (``a.n.``, ``atas nama``).
_HOLDER_TRIGGERS = frozenset({"a.n.", "a.n", "a. n.", "an.", "a/n", "atas nama"})
#: Kin words that label a family chat's turns (``mama: ...``, ``kaka: ...``).
_KIN_SPEAKERS = frozenset(
    {"mama", "bapa", "papa", "kaka", "kakak", "ade", "adik", "om", "tante", "opa", "oma"}
)
#: ``KE`` right after a run in capitals or a few more words in capitals (``DR TERMINAL OEBOBO
#: KE RUMAH``): a route's end.
_ROUTE_ON = re.compile(r"(?:[ \t\u00a0]+[A-Z]+){0,3}[ \t\u00a0]+KE[ \t\u00a0]").match
#: A word in lower case right after a run of capitalised words: the sentence goes on (after a
#: chat's ``Saya:``, ``Paket sy hilang``), where a name given as an answer ends at a comma, a
#: bracket or the line's end (``Saya: Obed Kana Nguru, 0813...``).
_SENTENCE_GOES_ON = re.compile(r"[ \t\u00a0]+[a-z]").match


#: A verb in the passive (``di`` and the verb: ``diubah``, ``diproses``, ``dipindahkan``) after
#: a pronoun: what is done to the writer's thing (``DATA SY DIUBAH``), no one introduced.
_PASSIVE_VERB = re.compile(
    r"di(?:[a-z]{3,}kan|ubah|urus|proses|cek|bantu|perbaiki|ganti|hapus|bayar|kirim|tolak"
    r"|blokir|putus|potong|tunda|input|verifikasi|update|coret|pindah|tahan|panggil|tipu|ancam"
    r"|pukul|usir|persulit|pungut|minta|suruh|tagih)"
)


def _buyers_turn(text: str, span: tuple[int, int]) -> bool:
    """Whether the one word after ``Pembeli:`` (``span``) opens a buyer's turn in a chat with
    a seller, a shop or a courier (``Pembeli: COD bisa?``, ``Pembeli: Paket sa belum sampai``):
    a word no gazetteer names, then a question mark or the sentence going on in lower case; not
    a note's ``Pembeli : INA KASE``."""
    start, end = span
    value = text[start:end]
    return (
        " " not in value
        and (text[end : end + 1] == "?" or _SENTENCE_GOES_ON(text, end) is not None)
        and value.casefold() not in default_name_words()
    )


def _persons_field(text: str, end: int) -> bool:
    """Whether ``nama`` ending at ``end`` opens a field's label that names a person's role
    (``Nama debitur :``, ``Nama pasangan:``), not a body's or a thing's (``Nama Usaha :``)."""
    label = _FIELD_LABEL(text, end)
    return label is not None and _NOT_A_PERSONS_FIELD.isdisjoint(
        label.group().lower().rstrip(" \t\u00a0:").split()
    )


#: Words of a ``Nama ...`` field's label that make it a body's or a thing's, not a person's.
_NOT_A_PERSONS_FIELD = lex.NOT_A_PERSONS_FIELD | lex.words(
    """
    koperasi yayasan badan cv pt ud penyedia rekanan vendor merek merk pekerjaan kendaraan objek
    layanan aplikasi akun grup group tim satuan organisasi kos kost wisma hotel penginapan asrama
    """
)
#: One to three words and a colon after ``nama``: a form's field label (``Nama Korban: ...``,
#: ``Nama Saksi : ...``, ``Nama Wajib Pajak: ...``), after which the name stands.
_FIELD_LABEL = re.compile(r"(?:[ \t\u00a0]{1,3}[^\W\d_]{2,20}){1,3}[ \t\u00a0]{0,2}:(?!//)").match


def _role_ends_sentence(word: str, core: str) -> bool:
    """Whether ``word`` is a role closing its sentence with a dot (``Pak Lurah. Kwitansi``,
    ``ke Pak RT. Beta``): the trigger names an office, no person, so no name follows it."""
    return word[-1] == "." and core in lex.NAME_ROLES and core not in lex.NAME_ABBREVIATIONS


#: The triggers that introduce an account holder, who may be an office (``a.n. Kas Daerah``).
_ACCOUNT_HOLDER = frozenset({"a.n.", "a.n", "a. n.", "an.", "an", "atas nama"})


def _holds(trigger: str) -> bool:
    """Whether ``trigger`` names who holds something (an account's ``a.n.``) or fills a name's
    field (``nama``): a body's word first after it says no person is named."""
    return trigger in _ACCOUNT_HOLDER or trigger.startswith("nama")


_FIRST_TOKEN = re.compile(r"[ \t\u00a0]{0,3}([^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*+\.?)")
_NAME_TOKEN_MATCH = lex.NAME_TOKEN.match
_LEAD_END = lex.NAME_LEAD.match
_WORD = r"[^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*+\.?"


#: The words `_FIRST_TOKEN` and then `NAME_TOKEN` match one after the other, in one match: as
#: many as a name and the titles before it may have (3 titles, 12 words).
def _ascii_words(flags_in: int, flags_out: int = 0) -> list[str]:
    """The words of `_SPECIAL` of ASCII letters that have one of ``flags_in`` and none of
    ``flags_out``."""
    return [
        word
        for word, flags in _SPECIAL.items()
        if flags & flags_in and not flags & flags_out and word.isascii() and word.isalpha()
    ]


#: What may follow a word of the run (see `_RUN_HEAD`) that the loop of `_run_span` takes as
#: it is: a space or a mark that ends the word and is no digit, hyphen, dot or letter.
_PLAIN_END_CHARACTER = r"[ \t\u00a0\n\r,;:!?()\[\]{}\"/]"
_PLAIN_END = "(?=" + _PLAIN_END_CHARACTER + ")"


@cache
def _plain_patterns(max_words: int) -> tuple[_MatchAt, _MatchAt]:
    """The patterns of the common case, compiled on first use (their word lists make them
    slow to compile), for names of at most ``max_words`` words.

    The first reads the name `_run_span` reads, in one match: one to ``max_words`` plain
    words (see below; the first not right after a hyphen) followed by `_PLAIN_END`, and then
    either a dot (the last word ends a sentence, and the name, which ends before the dot), or
    no further word of the run (a letter after one to three spaces), or one that ends the name
    whatever came before it: a word in lower case (after a capitalised first word none may
    stand) or a stop or boundary word that is no family particle (the whole word, of ASCII
    letters, with a dot or not). More plain words than ``max_words`` do not match:
    `_run_span` cuts the name.

    The second matches a first word that shows there is no name: a stop or boundary word (of
    ASCII letters, the whole word, with a dot or not) that may not stand before a name
    (`_IS_LEADING`).
    """
    # The letters of a word that the loop of `_run_span` takes wherever it stands in a name:
    # ASCII letters (a capital first, a vowel among them, at least two) that make none of the
    # words `_SPECIAL` knows (the case of ASCII letters aside, which is ``casefold`` there).
    # So it is no stop, boundary or family word, no title, role, office or abbreviation, not
    # in lower case, and no lone letter or initial; with `_PLAIN_END` after it, no part of a
    # code.
    letters = (
        r"(?!(?ai:"
        + lex.trie_pattern(_ascii_words(-1))
        + r")(?![A-Za-z]))[A-Z](?=[A-Za-z]*[AEIOUYaeiouy])[A-Za-z]+"
    )
    plain_name = re.compile(
        r"(?<!-)"  # a word glued to a hyphen before it is part of a code
        + letters
        + r"(?:"
        + _PLAIN_END
        + r"[ \t\u00a0]{1,3}"
        + letters
        + r"){0,"
        + str(max_words - 1)
        + r"}(?:(?=\."
        + _PLAIN_END_CHARACTER
        + r")|"
        + _PLAIN_END
        + r"(?:(?![ \t\u00a0]{1,3}[^\W\d_])|(?=[ \t\u00a0]{1,3}(?:[a-z]|(?ai:"
        + lex.trie_pattern(_ascii_words(_IS_STOP, _IS_FAMILY))
        + r")(?![^\W\d_])(?!['\u2019\-.][^\W\d_])))))"
    )
    stop_first = re.compile(
        r"(?ai:"
        + lex.trie_pattern(_ascii_words(_IS_STOP, _IS_LEADING))
        + r")(?![^\W\d_])(?!['\u2019\-.][^\W\d_])"
    )
    return plain_name.match, stop_first.match


#: The run of words after a trigger's lead: up to fifteen words (`_WORD`), one to three spaces
#: apart, matched up to the next earlier finding. `_RUN_HEAD` reads its first three words and
#: `_RUN_TAIL` the rest (after the third): a repetition stops at the first word it cannot
#: take, so the two read the words one match of the whole run reads.
_RUN_HEAD = re.compile(
    r"[ \t\u00a0]{0,3}(" + _WORD + r"(?:[ \t\u00a0]{1,3}" + _WORD + r"){0,2})"
).match
_RUN_TAIL = re.compile(r"(?:[ \t\u00a0]{1,3}" + _WORD + r"){1,12}").match
_OPENING_QUOTES = frozenset('"\u201c')
_CLOSING_QUOTES = frozenset('"\u201d')
#: A name word that may open with a quote, after ``tertulis``.
_QUOTED_TOKEN_MATCH = re.compile(
    r"[ \t\u00a0]{1,3}[\"\u201c]?([^\W\d_]+(?:['\u2019\-.][^\W\d_]+)*+\.?)"
).match
