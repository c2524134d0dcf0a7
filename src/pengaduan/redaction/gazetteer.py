"""Names from a gazetteer: Indonesian given and family names, combined with context.

The trigger-based [`NameDetector`][pengaduan.redaction.NameDetector] finds names after ``nama
saya``,
an honorific or a title, written with capitals. Real complaints also name people in capitals
(``BAPAK HERMAN LAY``), in lower case (``- yohanes ndun``), with no trigger word at all
(``Agustina Benu sudah lapor``), by a first name when they introduce themselves (``saya
Yanti``), by role (``bidan Maria``, ``Lurah Oebobo Pak Frans``), in signatures (``ttd``,
``Salam,``, a closing dash) and by family (``keluarga Amalo``).

[`NameGazetteer`][pengaduan.redaction.NameGazetteer] holds the names as data (``data/names.toml``,
with its sources);
[`GazetteerNameDetector`][pengaduan.redaction.GazetteerNameDetector] masks a gazetteer name only
with context:

- a run of two or more gazetteer words (``yohanes ndun``) with a family name, or written in
  capitals or title case;
- one gazetteer word after a kin word, honorific, role or title (``Mama Selfi``, ``bidan
  Maria``), a self-introduction (``saya Yanti``, ``beta Yakob``) or ``keluarga``;
- any words after a signature (``ttd``, ``Salam,``, ``Hormat saya,``, a dash opening the last
  line);
- a lone given name in title case (``Yanti datang``);
- a kin word and a possessive (``Mama sy Kasih``), or a role with where it serves (``Bidan desa
  Vivi Lalang``, ``Koordinator lapangan Melki Boimau``).

Words that are ordinary Indonesian words too (*kasih*, *indah*, *bunga*, *damai*, *sinar*,
*murni*) are *ambiguous*: they count only after a signature or a strong trigger, or in a run
with an unambiguous name (``Kasih Tanone``). Places named after people (``Jl. Frans Seda``,
``RS Titus Uly``, ``Gereja Santa Maria``) are skipped, and so are businesses named after people
(``Daniel Travel``, ``Agen Gas Benyamin Jaya``), as the guide skips ``Toko Sinar Abadi``.

What is read once per text: the words between earlier findings (`_visible_occurrences`), so
that only the gazetteer words standing outside the findings are located, and, per name, only
the last tokens before it that the trigger ladder reads (`_tokens_before`). Each docstring says
why the result is the one of the plain form (every occurrence located, every token of the
window read); ``tests/test_redaction_place_fast_paths.py`` compares them on generated text.
"""

from __future__ import annotations

import errno
import itertools
import re
import tomllib
from bisect import bisect_right
from collections import Counter
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import text_tuple
from pengaduan._core.paths import read_regular, shipped_text
from pengaduan._core.text import exact
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ConfigurationError, type_name
from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import (
    Finding,
    _check_call,
    _detector_name,
    with_speakers_initial,
)
from pengaduan.redaction._findings import new_finding
from pengaduan.redaction._names_listed import names_listed
from pengaduan.redaction._names_said import balinese_names, bracketed_owners, names_answered
from pengaduan.redaction._word_index import has_marks
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["GazetteerNameDetector", "NameGazetteer"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*\Z")


def _folded(names: Iterable[str], argument: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in text_tuple(names, argument))


def _given(names: Iterable[str]) -> frozenset[str]:
    return _folded(names, "given")


def _family(names: Iterable[str]) -> frozenset[str]:
    return _folded(names, "family")


def _ambiguous(names: Iterable[str]) -> frozenset[str]:
    return _folded(names, "ambiguous")


@attrs.frozen(kw_only=True)
class NameGazetteer:
    """Given names, family names, and the ones that are ordinary words too.

    Attributes:
        given: given names, lower case.
        family: family names (fam, marga), lower case.
        ambiguous: names that are also ordinary words (``kasih``, ``indah``), lower case.

    Each takes an iterable of str; anything else is refused with an
    [`ArgumentError`][pengaduan.errors.ArgumentError] naming the field.
    """

    given: frozenset[str] = attrs.field(converter=_given, repr=False)
    family: frozenset[str] = attrs.field(converter=_family, repr=False)
    ambiguous: frozenset[str] = attrs.field(default=frozenset(), converter=_ambiguous, repr=False)

    @classmethod
    def default(cls) -> NameGazetteer:
        """The built-in gazetteer (``pengaduan/redaction/data/names.toml``, sources inside)."""
        return _default_gazetteer()

    @classmethod
    def from_toml(cls, source: str | Path) -> NameGazetteer:
        """Read a gazetteer: tables ``given``, ``family`` and optional ``ambiguous``, each with
        ``names``, a string of names separated by whitespace.

        Args:
            source: TOML text, or a path to a TOML file.

        Returns:
            The gazetteer.

        Raises:
            ConfigurationError: unreadable TOML, a missing table, or a name that is not one
                ASCII word (every problem at once).
        """
        problems: list[str] = []
        data: dict[str, Any] = {}
        try:
            text: object = _file_text(source) if isinstance(source, Path) else source
            if not isinstance(text, str):
                problems.append(
                    Phrase(
                        N_("source must be TOML text or a Path, got {type}"),
                        type=type_name(source),
                    )
                )
            else:
                data = tomllib.loads(exact(text))
        except (OSError, ValueError, tomllib.TOMLDecodeError):  # ValueError: not UTF-8, NUL
            problems.append(N_("the gazetteer could not be read as UTF-8 TOML"))
        tables: dict[str, tuple[str, ...]] = {}
        for key in ("given", "family", "ambiguous"):
            table = data.get(key, {} if key == "ambiguous" or problems else None)
            names = table.get("names", "") if isinstance(table, dict) else None
            if not isinstance(names, str):
                problems.append(
                    Phrase(N_("[{table}] must be a table with a `names` string"), table=key)
                )
                continue
            words = tuple(names.split())
            bad = sum(1 for word in words if not _WORD.match(word))
            if bad:
                problems.append(
                    Phrase(
                        N_("[{table}]: {count} names are not single ASCII words"),
                        table=key,
                        count=bad,
                    )
                )
            tables[key] = words
        if problems:
            raise ConfigurationError(N_("name gazetteer"), problems)
        return cls(given=tables["given"], family=tables["family"], ambiguous=tables["ambiguous"])

    names: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    """Every name in the gazetteer, lower case."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "names", self.given | self.family | self.ambiguous)


_MAX_GAZETTEER_BYTES = 16 * 1024 * 1024


def _file_text(path: Path) -> str:
    """A gazetteer file's text: a regular file of at most 16 MiB (a pipe or a device is refused
    before any read, with the other unreadable files)."""
    data = read_regular(path, _MAX_GAZETTEER_BYTES)
    if len(data) > _MAX_GAZETTEER_BYTES:
        raise OSError(errno.EFBIG, "too large")
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@cache
def _default_gazetteer() -> NameGazetteer:
    text = shipped_text("pengaduan.redaction", "data/names.toml", N_("name gazetteer"))
    return NameGazetteer.from_toml(text)


@cache
def default_name_words() -> frozenset[str]:
    """The built-in gazetteer's given and family names that are no ordinary word too (lower
    case): a mailbox's part among them names a person."""
    gazetteer = _default_gazetteer()
    return frozenset(gazetteer.names - gazetteer.ambiguous)


def _occurrences(
    lowered: str, names: frozenset[str], words: frozenset[str]
) -> list[tuple[int, int]]:
    """Where gazetteer words stand as whole words in ``lowered``, sorted.

    The words of the text are collected and intersected with the gazetteer in C; only the few
    names that occur are then located, so a text without names costs one scan.
    """
    hits = names.intersection(words)
    found: list[tuple[int, int]] = []
    size = len(lowered)
    for word in hits:
        start = lowered.find(word)
        while start != -1:
            end = start + len(word)
            if (start == 0 or not lowered[start - 1].isalpha()) and (
                end == size or not lowered[end].isalpha()
            ):
                found.append((start, end))
            start = lowered.find(word, end)
    found.sort()
    return found


def _visible_occurrences(context: DetectionContext, names: frozenset[str]) -> list[tuple[int, int]]:
    """Where the gazetteer words that may stand outside earlier findings stand as whole words,
    sorted: what ``_occurrences`` gives, less the words whose every occurrence overlaps an
    earlier finding (the detector skips those occurrences anyway).

    The stretches of ``spaced`` between earlier findings are joined with a space and split: a
    word standing whole outside the findings is among those words (a finding's edge may cut
    a word, which only adds a piece that is looked for and not found whole). Only those are
    located, as ``" word "`` in ``spaced``: a space stands for every character but a letter,
    so that finds the word where no letter stands before or after it, what ``_occurrences``
    checks. A text with a combining mark, where the two differ, gets ``_occurrences`` itself
    (see `pengaduan.redaction._word_index`).
    """
    lowered = context.lowered
    if has_marks(lowered):
        return _occurrences(lowered, names, context.words)
    spaced = context.spaced
    starts, ends = context.collapsed()
    if starts:
        # ``spaced`` is one character ahead of the text.
        pieces = []
        cursor = 0
        for start, end in zip(starts, ends, strict=True):
            pieces.append(spaced[cursor : start + 1])
            cursor = end + 1
        pieces.append(spaced[cursor:])
        hits = names.intersection(" ".join(pieces).split())
    else:
        hits = names.intersection(context.words)
    found: list[tuple[int, int]] = []
    padded = spaced + " "
    for word in hits:
        needle = " " + word + " "
        at = padded.find(needle)
        while at != -1:
            end = at + len(word)
            found.append((at, end))
            at = padded.find(needle, end)
    found.sort()
    return found


# Kin words, honorifics, roles and titles after which one gazetteer word is a name.
_WEAK = lex.words(
    """
    bapak bpk pak ibu bu sdr sdri saudara saudari bapa mama om tante tanta kak kaka kakak nona mas
    mbak opa oma ny tn nyonya tuan oknum petugas perawat bidan suster satpam pegawai guru dokter
    romo pastor pater lurah camat kades sopir ketua kepala adik adek anak suami istri ayah
    bapaknya ibunya anaknya tetangga saya sy sa aku beta katong yth kepada kpd bersama dengan dan
    serka deng dgn sm sama tag ke tanya untuk kenal tunggu saksi eh oleh bukan alias mamanya papanya
    adiknya kakaknya suaminya istrinya cc ade
    bripka briptu bripda aipda kapten mayor sertu
    kader koordinator driver teknisi montir kurir laki bini maitua ponakan keponakan sepupu cucu
    mantu ipar nenek kakek pasien penelepon
    """
)
# Kin words: one of them, then a possessive (``om sy Kasih``, ``Mama sy Kasih``), names a person,
# even by a word that is an ordinary word too.
_KIN = lex.words(
    """
    mama bapa om tanta tante anak suami istri adik adek kakak kaka kak ayah ibu laki bini opa oma
    nenek kakek ponakan keponakan sepupu cucu mantu ipar
    """
)
_POSSESSIVE = lex.words("saya sy beta aku ku")
# Where a role serves, written right after it (``bidan desa``, ``koordinator lapangan``, ``ketua
# warga``), or what a driver drives (``SOPIR ANGKOT JOKO``, ``sopir ojek Yanto``): part of the
# role, not a place named after the person who follows.
_ROLE_QUALIFIERS = lex.words("desa lapangan warga wilayah lingkungan jaga piket angkot ojek bemo")
# Businesses named right before a name (``AGEN GAS BENYAMIN JAYA``) or right after it (``Daniel
# Travel``): the name is the business's (the guide's ``Toko Sinar Abadi``), not a person's.
_BUSINESSES = lex.words(
    """
    agen bengkel travel laundry londri rental warung salon katering catering percetakan fotokopi
    ekspedisi
    """
)
# Bugis and Makassar title-names that stand inside a name, after the given name (``Kaharuddin
# Daeng Ngalle``, ``Hasnah Daeng Sikki``): the words before one in its case are the name's too.
_INSIDE_NAME = lex.words("daeng")
# Titles: a name after them is a person's, but they also open places (``RS Drs. Titus Uly``).
_TITLES = lex.words("dr drs dra drg prof pdt ir h hj st")
# Military ranks a street's name may hold before the hero's (``Jl. Kapten Tendean``).
_RANKS = lex.words(
    "kapten kapt letnan letjen mayjen brigjen jenderal jend kolonel kol mayor laksamana marsekal"
)
# Words that announce a family: a family name after them is a name even when it is a word too.
_FAMILY = lex.words("keluarga fam marga")
#: An address's neighbourhood words before ``Kel.`` (a kelurahan's then).
_RT_WORDS = frozenset({"rt", "rw", "rt.", "rw.", "no", "no.", "nomor"})
#: ``Keluarga`` abbreviated, as a list of families writes it (``Kel. Manoe``).
_FAMILY_ABBREVIATIONS = frozenset({"Kel.", "KEL.", "Kel", "Klg."})
# Pronouns: a place's name holds none, so one ends the words read back from a name (``JEMAAT
# KAMI ELISABETH MANAFE``: a member of our congregation, not a church named after her).
_PRONOUNS = lex.words("kami kita")
# Strong triggers: whatever follows is a name, even a word that is also an ordinary word.
_STRONG = lex.words("nama namaku bernama ttd salam wassalam memang an a.n")
_STRONG_AFTER = {"saya": "hormat", "kami": "hormat", "sy": "nama", "aku": "nama"}
# Words right after a lone given name written in lower case or capitals that say a person acts or
# is spoken of (``yermias deng wahyuni su datang``, ``IGNASIUS TOLONG SAMPAIKAN``, ``hendrik pung
# motor``): there the case of the name says nothing.
_PERSON_AFTER = lex.words(
    """
    bilang blg datang dtg yg yang su sudah sdh udah tolong tlg pukul ambil marah deng dan sm sama
    dgn dengan pung punya tidak tdk sonde ga belum blm mau minta pi pergi bawa lapor telpon tanya
    pinjam lebih ko sa e ayo pulang sendiri menandai
    """
)
# One or two words in lower case that end their line (a signature's family name).
_LOWER_LINE_END = re.compile(r"((?:[ \t][a-z]{3,}){1,2})[ \t.!]*(?:\n|\Z)")
# Ordinary words that stand right after a given name in lower case (``om hendra malam ini``,
# ``laki ahmad kerja di``, ``nama orpa terdaftar``): no family name.
_NOT_A_FAMILY = lex.words(
    """
    malam satu dua tiga empat lima pas kerja bekerja terdaftar tercatat terima menerima lagi
    pun ya ka ko kah dulu juga jua tadi nanti besok kemarin skrg sekarang baru lama itu ini
    sendiri semua saja aja doang dong deh sih kok kan tuh nih pergi pulang datang masuk keluar
    tinggal lahir meninggal sakit dirawat hilang marah minta bilang kata tanya jawab kasih kasi
    """
)
# A word of lower-case letters after a name, then the next word (group 2) or a digit, a mark
# or the end.
_FAMILY_NEXT = re.compile(
    r"[ \t]([a-z]{3,14})(?:[ \t]+([a-z]+)(?![a-z])|[ \t]*(?=[0-9,.;:!?()\n\-]|\Z))"
)
# A run of letters and digits: a word standing whole.
_ALNUM_RUN = re.compile(r"[^\W_]+")
# Characters a count per word of a name may read in all (words times the text's length); more,
# and one count of the text's words is cheaper.
_COUNTING_WORK = 200_000
# A word of a name, for the names said again.
_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# Kota Kupang's streets named after people, as people write them without ``Jl.`` (the words of
# a run, dots dropped).
_STREETS = frozenset(
    {
        "frans seda",
        "piet tallo",
        "piet a tallo",
        "mohammad hatta",
        "muhammad hatta",
        "moh hatta",
        "herman johannes",
        "herman yohanes",
        "w j lalamentik",
        "wj lalamentik",
        "alfons nisnoni",
        "ahmad yani",
        "urip sumoharjo",
        "sam ratulangi",
        "frans da romes",
        "cak doko",
        "s k lerik",
        "sk lerik",
        "titus uly",
        "w z johannes",
        "el tari",
        "ki hajar dewantara",
        "jenderal sudirman",
        "jend sudirman",
        "kartini",
        "r a kartini",
        "ra kartini",
    }
)
# A word, a comma and spaces right before a name (``wahyuni, [NAME]``).
_NAME_BEFORE_COMMA = re.compile(r"(?<![A-Za-z])([A-Za-z]{3,})[ \t]*,[ \t]*\Z")
#: The writer introducing themself in lower case, then one word, right before a family name
#: (``sy engki bessie``): the word is the writer's given name.
_INTRODUCED_LOWER = re.compile(r"(?<![a-z])(?:sy|saya|beta|aku)[ \t]+[a-z]{3,}[ \t]+\Z")
# A place's preposition right before a word: a street's name of one word may follow.
_AT_PLACE = re.compile(r"(?<![a-z])(?:di|ke|dari|depan|sekitar|sepanjang)[ \t]+\Z")
# The first words of `_STREETS`.
_STREET_HEADS = frozenset(street.split()[0] for street in _STREETS)
# What may open a line before a comment's writer: spaces, a reply's arrow, a dash, a bullet.
_SENDER_LEAD = re.compile(r"[ \t]*(?:[\u21b3>\-\u2022*][ \t]*)?")
# What follows a comment's writer: a colon or a share's ``>``, then a space.
_SENDER_AFTER = re.compile(r"[ \t]?(?::|[ \t]>)[ \t]")
# An acronym in capitals in a line otherwise in lower case (``BLT``, ``KTP``).
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")
# Words pointing at a person, then ``yg`` (``abdullah wila ini yg tadi tabrak lari``).
_POINTING = lex.words("ini itu tu")
_WHO = lex.words("yg yang")
# Kupang Malay's possessive after a name (``Melati pung ana``).
_POSSESSIVE_NEXT = re.compile(r"[ \t]*(?:pung|punya|pu) ")
# The words that join the items of a list of names (`names_listed`), lower-cased.
_LIST_WORDS = lex.words("dan deng")
# Conjunctions that join a name to the one before it.
_CONJUNCTIONS = lex.words("dan deng dengan sm sama bersama")
# What stands between two names of a list: a comma, a conjunction or both (``NOVI, SOFI, DAN``).
_LIST_GAP = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:dan|deng|DAN|DENG)[ \t]+)?|[ \t]+(?:dan|deng|DAN|DENG)[ \t]+)\Z"
)
# A finding of letters only: a name the other detectors found.
_LETTERS_ONLY = re.compile(r"[A-Za-z][A-Za-z.' \-]*")
# Honorifics: right before a capitalised word that is a name too, they make it one (``Bu
# Damai``, ``Pak Kasih``); kin words used as honorifics among them.
_HONORIFICS = lex.words(
    """
    pak bu bapak ibu bpk sdr sdri saudara saudari om tanta tante kak kaka kakak mas mbak ny nyonya
    bapa mama
    """
)
# Of `_PERSON_AFTER`, the words only a person does (a thing may ``tidak``, ``sudah``, ``sonde``).
_PERSON_ONLY = lex.words(
    """
    bilang blg datang dtg tolong tlg pukul ambil marah deng pung minta pi pergi bawa lapor telpon
    tanya pinjam ko sa ayo pulang menandai
    """
)
# Words after ``salam`` that make it a greeting (``Salam damai``, ``Salam kasih``), not a
# signature's opening.
_GREETINGS = lex.words(
    "damai sejahtera sehat hangat kenal sukses satu pagi siang sore malam kasih cinta"
)
# Places named after people: a name right after these (and capitalised words or titles between:
# ``RS Bhayangkara Drs. Titus Uly``) is a place.
_PLACES = lex.words(
    """
    rsud rsu rsia rs rumah jl jln jalan gg gang bandara universitas univ unika stadion gedung
    yayasan sma smp sd smk sman smpn sdn sdk smpk smak gereja masjid kapela lapangan taman pasar
    klinik apotek toko kios kapal km kri tugu museum aula ruang santa santo paroki stasi posyandu
    hotel wisma kampung desa cv pt ud tk paud panti asrama komplek perum lorong poskesdes pustu gmit
    jemaat
    """
)
# Of `_PLACES`, the words for a home: right before a name they say whose home it is.
_HOME = lex.words("rumah")
_PLACES_NOT_HOME = _PLACES - _HOME
# Particles inside a name: ``Mariam Al Hamid``, ``Oktovina Da Costa``, ``Salim Bin Talib``, and
# the first word of Sabu's two-word family names (``Marthen Ga Lena``), a word alone (``ga``,
# *not*) that names no one.
_PARTICLES = lex.words("al el bin binti da de dos van von ga")
# Words that are no name's own, though a name found may hold them (a particle, a title, a
# role, a place's word): never taken again on their own.
_NOT_A_NAMES_WORD = _PARTICLES | lex.NAME_STOPWORDS | lex.NAME_BOUNDARY_WORDS | _WEAK | _PLACES
# An apostrophe in a name is ``'`` or ``\u2019`` alike (as in `NAME_TOKEN`).
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'\u2019\-]*)[ \t]{1,2}\Z")
_TOKEN_BEFORE = re.compile(r"\n|[A-Za-z]+(?:\.[A-Za-z])*\.?|[^\sA-Za-z]")
_INITIALS_BEFORE = re.compile(r"(?<![^\W_])(?:[A-Za-z]\.[ \t]?){1,3}$")
_NOT_INITIALS = frozenset({"a.n.", "an."})
_GAP = re.compile(r"[ \t]{1,2}")
_NEXT = re.compile(r"[A-Za-z](?:[A-Za-z'\u2019\-]*[A-Za-z])?\.?")
_INITIAL = re.compile(r"[A-Za-z]\.")
#: `_GAP`, then `_NEXT` (group 1) where the gap's own match ends: the gap is atomic.
_GAP_NEXT = re.compile(rf"(?>{_GAP.pattern})({_NEXT.pattern})").match
_LOOKBACK = 48


#: How many characters before a name a shorter window of tokens spans at least.
_NEAR = 24


def _tokens_before(text: str, start: int) -> list[str]:
    """The tokens of the ``_LOOKBACK`` characters before ``start``, or as many of the last of
    them as `_trigger` reads.

    `_trigger` reads the last five tokens, and the last two once trailing ``:`` and ``,`` are
    dropped. A token never holds a space, so the tokens after a space are the same whether
    the window starts before the space or right after it: the tokens from the last space at
    least ``_NEAR`` characters back are the last ones of the whole window. When they are too
    few for `_trigger`, the whole window is read.
    """
    lo = max(0, start - _LOOKBACK)
    near = start - _NEAR
    # Near the text's start there is no such space (a negative end would count from the end).
    space = text.rfind(" ", lo, near) if near > lo else -1
    if space != -1:
        tokens = _TOKEN_BEFORE.findall(text, space + 1, start)
        if len(tokens) >= 5:
            kept = len(tokens)
            while kept and tokens[kept - 1] in (":", ","):
                kept -= 1
            if kept >= 2:
                return tokens
    return _TOKEN_BEFORE.findall(text, lo, start)


def _may_end_initials(text: str, end: int) -> bool:
    """Whether `_INITIALS_BEFORE` may match ending at ``end``: its last initial's dot, maybe a
    space or a tab, and maybe the newline that ``$`` lets end a text, stand right before."""
    if end and text[end - 1] == "\n":
        end -= 1
    return end >= 2 and (text[end - 1] == "." or (text[end - 1] in " \t" and text[end - 2] == "."))


def _case(word: str) -> str:
    if word.isupper():
        return "upper"
    if word[0].isupper():
        return "title"
    return "lower"


#: A bot's mark right after a run of names (`lex.BOT_MARK`).
_BOT_AFTER = re.compile(r"[ \t]?" + lex.BOT_MARK)


@attrs.frozen(kw_only=True)
class GazetteerNameDetector:
    """Person names from a [`NameGazetteer`][pengaduan.redaction.NameGazetteer], combined with
    context (see the module).

    Attributes:
        name: the detector name recorded in spans.
        gazetteer: the names ([`NameGazetteer.default()`][pengaduan.redaction.NameGazetteer.default]
            by default).
        max_words: the most words one name may have.
    """

    name: str = attrs.field(default="gazetteer", validator=_detector_name)
    gazetteer: NameGazetteer = attrs.field(factory=NameGazetteer.default, repr=False)
    max_words: int = 4

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.gazetteer, NameGazetteer):
            raise ConfigurationError(
                N_("detector"),
                [
                    Phrase(
                        N_("gazetteer must be a NameGazetteer, got {type}"),
                        type=type_name(self.gazetteer),
                    )
                ],
            )
        if type(self.max_words) is not int or not 1 <= self.max_words <= 12:
            raise ConfigurationError(N_("detector"), [N_("max_words must be an int from 1 to 12")])

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return with_speakers_initial(text, self._find(text, context))

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find gazetteer names with context in ``text``."""
        found: list[tuple[int, int]] = []
        lowered = context.lowered
        words = context.words
        said: list[tuple[int, int]] = []
        if "i" in words or "ni" in words:  # most texts have neither: no call
            said.extend(balinese_names(text, lowered, words))
        if ":" in text and ("?" in text or "dengan" in words):
            said.extend(names_answered(text, lowered))
        if "(" in text:
            said.extend(bracketed_owners(text, self.gazetteer.names, self.gazetteer.ambiguous))
        for start, end in said:
            if not context.overlaps_collapsed(start, end):
                found.append((start, end))
                yield new_finding(PiiKind.NAME, start, end, self.name)
        for finding in self._gazetteer_names(text, context):
            found.append((finding.start, finding.end))
            yield finding
        earlier = context.earlier_names()
        if found or earlier:
            again = list(self._repeated(text, context, [*earlier, *found]))
            respelt = list(
                self._respelt(text, context, [*earlier, *found, *((f.start, f.end) for f in again)])
            )
            if again and respelt:
                # a word said again beside a word spelt otherwise (``novita`` then ``tukanh``):
                # one name, as `_joined` joins the words said again
                again = [
                    new_finding(PiiKind.NAME, start, end, self.name)
                    for start, end in _joined(
                        self.gazetteer,
                        text,
                        sorted((f.start, f.end) for f in (*again, *respelt)),
                    )
                ]
            else:
                again.extend(respelt)
            yield from again
            found.extend((finding.start, finding.end) for finding in again)
            if "," in text:
                before = list(self._listed_before(text, context, [*earlier, *found]))
                found.extend((finding.start, finding.end) for finding in before)
                yield from before
            if "," in text or "&" in text or not _LIST_WORDS.isdisjoint(words):
                names = [*earlier, *found]
                spans = _Spans(names)
                for start, end in names_listed(
                    text,
                    names,
                    self.gazetteer.names,
                    lambda a, b: spans.overlaps(a, b) or context.overlaps_collapsed(a, b),
                ):
                    yield new_finding(PiiKind.NAME, start, end, self.name)

    def _gazetteer_names(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """The gazetteer's names that their context says are names."""
        gazetteer = self.gazetteer
        lowered = context.lowered
        resume = 0
        starts, ends = context.collapsed()
        count = len(starts)
        animals = not lex.ANIMAL_WORDS.isdisjoint(context.words)
        for start, end in _visible_occurrences(context, gazetteer.names):
            if start < resume or (start and lowered[start - 1].isdigit()):
                continue
            # `overlaps_collapsed`, inlined: most occurrences end here. The tags already in the
            # text are among the collapsed spans, so a name in a tag ends here too.
            index = bisect_right(ends, start)
            if index < count and starts[index] < end:
                continue
            words = self._run(text, lowered, start, end, context)
            if (
                # a street of one word only where a place is spoken of (``ugal2an di Kartini``)
                (len(words) >= 2 or _AT_PLACE.search(lowered, max(0, start - 8), start))
                and _street_named_after(lowered, words)
                and _trigger(_tokens_before(text, start)) != "strong"
            ):
                resume = words[-1][1]  # ``ugal-ugalan di Frans Seda``: the street, not the man
                continue
            span = self._judge(text, lowered, words, context)
            if span is None or _business_after(text, lowered, span[1], words[-1]):
                continue  # ``(Daniel Travel)``: a business named after a person
            if animals and lex.pet_named(lowered, span[0]):
                continue  # ``kucing hilang, namanya Manis``: the cat's name
            if span[1] == end and text[start:end].islower():
                # ``tag sutrisno maukari sm ...``: the family name the gazetteer lacks
                span = (
                    span[0],
                    _person_acts(text, lowered, end, lower=True)
                    or self._family_after(text, lowered, start, end)
                    or end,
                )
            resume = span[1]
            yield new_finding(PiiKind.NAME, lex.balinese_start(text, span[0]), span[1], self.name)

    def _family_after(self, text: str, lowered: str, start: int, end: int) -> int | None:
        """Where a family name the gazetteer lacks ends, after a given name in lower case
        (``sy rudolf touselak nik ...``, ``... mhn dbntu. yohana hasibuan``): one word of
        letters after the name, then a word that is no name's, a digit, a mark or the end.
        None where ``[start, end)`` is no plain given name or no such word follows."""
        first = lowered[start:end]
        gazetteer = self.gazetteer
        if first not in gazetteer.given or first in gazetteer.ambiguous:
            return None
        match = _FAMILY_NEXT.match(text, end)
        if match is None:
            return None
        word, after = match.group(1), match.group(2)
        if (
            word in lex.NAME_STOPWORDS
            or word in _NOT_A_NAMES_WORD
            or word in _NOT_A_FAMILY
            or word in gazetteer.ambiguous
            or (after is not None and after not in lex.NAME_STOPWORDS)
        ):
            return None
        return match.end(1)

    def _run(
        self, text: str, lowered: str, start: int, end: int, context: DetectionContext
    ) -> list[tuple[int, int]]:
        """The words of the name that starts at ``[start, end)``: gazetteer words, initials and,
        after a name in capitals or title case, further words in the same case."""
        words = [(start, end)]
        initials = (
            _INITIALS_BEFORE.search(text, max(0, start - 9), start)
            if _may_end_initials(text, start)
            else None
        )
        if (
            initials is not None
            and not context.overlaps_collapsed(initials.start(), start)
            # ``a.n.`` (atas nama) is the account holder's trigger, not initials.
            and initials.group().replace(" ", "").lower() not in _NOT_INITIALS
        ):
            words.insert(0, (initials.start(), initials.start() + len(initials.group().rstrip())))
        first_case = _case(text[start:end])
        first = lowered[start:end]
        first_ordinary = first in lex.NAME_STOPWORDS
        # After a known given name in capitals (``YANTI MARO``), further words in capitals too,
        # as after a name in title case: family names the list lacks (not after a particle:
        # ``AGUSTINA BENU GA DATANG``).
        capitals_go_on = first_case == "upper" and self._plain_given(first)
        if (
            first in self.gazetteer.family
            and (
                first_case != "lower"
                or _INTRODUCED_LOWER.search(lowered, max(0, start - 24), start) is not None
            )
        ) or first in _INSIDE_NAME:
            # ``Engki Bessie``: given names the list lacks before a family name, in lower case
            # after the writer's ``sy`` (``sy engki bessie``); ``Kaharuddin Daeng Ngalle``, ``sy
            # rosmiati daeng sikki``: the given name before ``Daeng``, in any case
            words[:0] = self._before(text, lowered, *words[0], first_case, context)
        pos = end
        size = len(text)
        starts, ends = context.collapsed()
        count = len(starts)
        while len(words) < self.max_words:
            word = _GAP_NEXT(text, pos)
            if word is None:
                break
            w_start, w_end = word.span(1)
            if w_end < size and text[w_end].isalnum():
                break
            core = lowered[w_start:w_end].rstrip(".")
            family_word = (
                core in lex.FAMILY_STOPWORDS
                and first_case == "title"
                and _case(text[w_start:w_end]) == "title"
            )
            index = bisect_right(ends, w_start)  # `overlaps_collapsed`, inlined
            if (
                (index < count and starts[index] < w_end)
                or (core in lex.NAME_STOPWORDS and not family_word)
                or core in lex.NAME_BOUNDARY_WORDS
                or core in _BUSINESSES
            ):
                break
            known = core in self.gazetteer.names or family_word
            if (
                len(words) >= 2
                and known
                and _opens_next_name(
                    self.gazetteer,
                    core,
                    lowered[words[-1][0] : words[-1][1]],
                    after_inside=lowered[words[-2][0] : words[-2][1]] in _INSIDE_NAME,
                )
            ):
                break  # ``LAURENS KELEN PRISKA DETHAN``: the father's name, then the mother's
            if core in _PARTICLES and len(words) < self.max_words - 1:
                # ``Mariam Al Hamid``, ``Oktovina Da Costa``: a particle joins two parts written
                # in one case, or, in lower case, a name the gazetteer knows (``simon ga lena``).
                after = _GAP_NEXT(text, w_end)
                if (
                    after is not None
                    and (
                        _case(after.group(1)) == first_case != "lower"
                        or (
                            first_case == "lower"
                            and _case(after.group(1)) == "lower"
                            and after.group(1).rstrip(".") in self.gazetteer.names
                        )
                    )
                ) or _closes_family(text, words, w_start, w_end, first_case):
                    # (or it closes a two-word family name: ``Titus Riwu Ga,``)
                    words.append((w_start, w_end - (text[w_end - 1] == ".")))
                    pos = w_end
                    continue
            # `_INITIAL` matching the whole word: a word opens with a letter, so two characters,
            # the second a dot.
            initial = w_end - w_start == 2 and text[w_start + 1] == "."
            # After a first word that is an ordinary word too (``Selamat``), only known names
            # go on: ``Selamat Riyadi`` is a name, ``Selamat Siang Yohanes`` a greeting first.
            same_case = (
                first_case != "lower"
                and _case(text[w_start:w_end]) == first_case
                and not first_ordinary
            )
            # ``rosmiati daeng sikki``: the word after ``Daeng`` in its case is its name
            after_inside = (
                lowered[words[-1][0] : words[-1][1]] in _INSIDE_NAME
                and len(core) > 2
                and core not in _NOT_A_FAMILY
                and core not in _PERSON_AFTER
                and _case(text[w_start:w_end]) == _case(text[words[-1][0] : words[-1][1]])
            )
            if not (
                known
                or initial
                or after_inside
                or (
                    same_case
                    and len(core) > 2
                    and (
                        first_case == "title"
                        or (
                            capitals_go_on
                            and lowered[words[-1][0] : words[-1][1]] not in _PARTICLES
                        )
                    )
                )
            ):
                break
            if text[w_end - 1] == "." and not initial:
                w_end -= 1
            words.append((w_start, w_end))
            pos = w_end
            # ``SRI WAHYUNI WIBISONO``: a plain given name after an ordinary word that is a name
            # too opens the run of capitals as well
            capitals_go_on = capitals_go_on or (
                first_case == "upper"
                and known
                and self._plain_given(core)
                and _case(text[w_start:w_end]) == "upper"
            )
        while (
            len(words) > 1
            and lowered[words[-1][0] : words[-1][1]] in _PARTICLES
            and not _closes_family(text, words[:-1], *words[-1], first_case)
        ):
            words.pop()  # ``YOHANES GA BISA``: a particle no name follows is a word
        return words

    def _repeated(
        self, text: str, context: DetectionContext, names: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """The other places where a word of a name found in the text stands again (``Bu Intan
        su telpon? Katanya Intan deng suaminya``; ``Kemarin Steven Da Costa bilang ... Steven
        minta``): a name said once names its bearer wherever it is written the same way.

        A word the gazetteer knows only as a name is taken wherever it stands whole, in lower
        case too where the name was found capitalised (``Kak Sisca`` ... ``sisca memang orang
        baik``); a word it does not know (``nama saya Air PDAM`` must not take every ``Air``)
        or that is an ordinary word too (ambiguous, or a word it does not know written in lower
        case elsewhere in the text) only right before a word that only a person does
        (`_PERSON_ONLY`: ``Air sonde mengalir`` is water).
        """
        gazetteer = self.gazetteer
        lowered = context.lowered
        taken = _Spans(names)
        # the names' words, read in one call (a space between two names ends a word as the
        # names' own ends do)
        pieces = {
            piece
            for piece in _NAME_WORD.findall(" ".join(text[b:f] for b, f in taken.pairs))
            if len(piece) >= 3
        }
        # Most words of a name stand once in the text. They are told by a count each, or, where
        # that would read much text (a long text, a long list of names), by one count of the
        # text's words, which gives the same words: a word stands whole where no letter or
        # digit touches it, as the loop below asks.
        many = len(pieces) * len(text) > _COUNTING_WORK
        counts = Counter(_ALNUM_RUN.findall(text)) if many else None
        words: dict[str, bool] = {}
        for word in pieces:
            core = word.lower()
            if core in _NOT_A_NAMES_WORD:
                continue
            known = core in gazetteer.names and core not in gazetteer.ambiguous
            counted = counts if counts is not None and word.isalnum() else None
            twice = (counted.get(word, 0) if counted is not None else text.count(word)) >= 2
            if not twice and (not known or word == core or lowered.count(core) < 2):
                continue  # (a word standing once in any case is written in no other case)
            if word == core:
                lower_elsewhere = False
            elif counted is not None:
                lower_elsewhere = counted.get(core, 0) > 0
            else:
                lower_elsewhere = _written_lower(core, lowered, text)
            if known and lower_elsewhere:
                # ``Kak Sisca`` ... ``sisca memang orang baik``: a word the gazetteer knows only
                # as a name, written again in lower case, is the name again
                words[word] = words[core] = True
            elif twice:
                words[word] = known and not lower_elsewhere
        if not words:
            return
        # A name of two words or more written again whole (``Florida Lado`` in a mail's header,
        # then under the mail) names its bearer again, even where its words are ordinary words
        # too: only its words that stand twice can make it. Each such name is looked for once,
        # however often it was found.
        again = list(
            dict.fromkeys(
                name
                for b, f in taken.pairs
                if " " in (name := text[b:f]) and all(piece in words for piece in name.split())
            )
        )
        starts, ends = context.collapsed()
        count = len(starts)
        whole = _written_again_whole(text, context, taken, again)
        spans = list(whole)
        for at, stop in _whole_occurrences(text, words, many=many):
            index = bisect_right(ends, at)
            if (
                not (index < count and starts[index] < stop)
                and not taken.overlaps(at, stop)
                and not any(b <= at and stop <= f for b, f in whole)
                and (words[text[at:stop]] or _only_a_person_after(lowered, stop))
                and _trigger(_tokens_before(text, at)) != "place"  # ``Jl. Manafe``
            ):
                spans.append((at, stop))
        for start, end in _joined(gazetteer, text, sorted(spans)):
            yield new_finding(PiiKind.NAME, start, end, self.name)

    def _respelt(
        self, text: str, context: DetectionContext, names: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """A name found in the text written again with one letter changed, added or left out:
        the same person's name as a hand or a record spells it otherwise.

        Two readings, each guarded against ordinary words one letter from a name:

        - two words of a name found (``Anace Missa``, ``Novita Tukan``) written again side by
          side, one of them as it was and the other one letter apart (``di KTP tertulis Anase
          Missa``, ``semangat novita tukanh``): both words, in any case;
        - a word of five letters or more of a name found with one letter doubled or undoubled
          (``Kaharudin`` then ``bukan kaharuddin``), in any case: ordinary words rarely differ
          from a name so.

        The word spelt otherwise is never one the gazetteer or the word lists know. Only the
        words of the names found are looked for (where the text's words hold them), not every
        word of the text.
        """
        words = context.words
        spaced = context.spaced
        # each name's words once, however often the name was found (each written name read once)
        spellings = {
            tuple(_NAME_WORD.findall(name.lower())) for name in {text[b:f] for b, f in names}
        }
        pieces = {piece for spelling in spellings for piece in spelling}
        # the pairs of words side by side in a name; only their words can be written again beside
        # each other, and a word that stands once stands in its name alone
        pairs = {pair for spelling in spellings for pair in itertools.pairwise(spelling)}
        twice = {
            piece
            for piece in {word for pair in pairs for word in pair}
            if piece in words and _stands_twice(spaced, piece)
        }
        # a word doubled or undoubled opens as the name's word does
        doubled = [
            (piece, variants)
            for piece in pieces
            if len(piece) >= _RESPELT_SHORTEST
            and _stands_twice(spaced, piece[:3])
            and (variants := _doubled_variants(piece).intersection(words))
        ]
        if not twice and not doubled:
            return
        known = self.gazetteer.names
        taken = _Spans(names)
        candidates = _respelt_beside(text, spaced, pairs, twice, known, taken) if twice else []
        for piece, variants in doubled:
            for variant in variants:
                if _respelt_word(variant, piece, known, doubled_only=True):
                    candidates.extend(
                        (at, at + len(variant)) for at in _spaced_occurrences(spaced, variant)
                    )
        if not candidates:
            return
        starts, ends = context.collapsed()
        count = len(starts)
        reached = 0
        for start, end in sorted(set(candidates)):
            index = bisect_right(ends, start)
            if (
                start < reached
                or (index < count and starts[index] < end)
                or taken.overlaps(start, end)
            ):
                continue
            reached = end
            yield new_finding(PiiKind.NAME, start, end, self.name)

    def _listed_before(
        self, text: str, context: DetectionContext, names: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """Given names the gazetteer knows as no ordinary word, each right before a comma and a
        name found (``wahyuni, aleta ayo ikut``, ``rut, lodia``): the first of a list or of
        people called."""
        gazetteer = self.gazetteer
        # most names follow no comma: told by a slice each, before anything is built
        listed = [
            begin for begin, _ in names if text[max(0, begin - 3) : begin].rstrip(" \t")[-1:] == ","
        ]
        if not listed:
            return
        taken = _Spans(names)
        added: set[tuple[int, int]] = set()
        for first in sorted(listed):
            start = first
            for _ in range(3):  # up to three names back (``a, b, c, [NAME]``)
                if text[max(0, start - 3) : start].rstrip(" \t")[-1:] != ",":
                    break
                before = _NAME_BEFORE_COMMA.search(text, max(0, start - 32), start)
                if before is None:
                    break
                word = before.group(1).lower()
                if (
                    word not in gazetteer.given
                    or word in gazetteer.ambiguous
                    or context.overlaps_collapsed(before.start(1), before.end(1))
                    or taken.overlaps(before.start(1), before.end(1))
                    or before.span(1) in added
                ):
                    break
                added.add(before.span(1))
                yield new_finding(PiiKind.NAME, before.start(1), before.end(1), self.name)
                start = before.start(1)

    def _plain_given(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a given name of four letters or more that is no
        ordinary word too: a name that may open a run of names the gazetteer lacks."""
        gazetteer = self.gazetteer
        return word in gazetteer.given and word not in gazetteer.ambiguous and len(word) >= 4

    def _before(  # noqa: PLR0917 - a private helper of `_run`
        self,
        text: str,
        lowered: str,
        start: int,
        first_end: int,
        case: str,
        context: DetectionContext,
    ) -> list[tuple[int, int]]:
        """Up to two words in ``case`` right before a family name at ``[start, first_end)``
        (``Engki Bessie``): given names the gazetteer does not know; not past the end of an
        earlier name the word after it opens a second one after (`_opens_next_name`: ``GABRIEL
        BANUNAEK RAMBU ANA HUREK``, two names)."""
        found: list[tuple[int, int]] = []
        end = start
        following = lowered[start:first_end]
        while len(found) < 2:
            match = _WORD_BEFORE.search(text, max(0, end - 24), end)
            if match is None:
                break
            w_start, w_end = match.span(1)
            core = lowered[w_start:w_end]
            if (
                _case(text[w_start:w_end]) != case
                or len(core) < 3
                or core in lex.NAME_STOPWORDS
                or core in _WEAK
                or core in _STRONG
                or core in _FAMILY
                or core in _PLACES
                or context.overlaps_collapsed(w_start, w_end)
                or _opens_next_name(self.gazetteer, following, core)
            ):
                break
            found.insert(0, (w_start, w_end))
            end = w_start
            following = core
        return found

    def _judge(  # noqa: PLR0911, PLR0912 - a decision ladder reads best as early returns
        self,
        text: str,
        lowered: str,
        words: list[tuple[int, int]],
        context: DetectionContext,
        *,
        quick: bool = True,
    ) -> tuple[int, int] | None:
        """The span to mask for the run ``words``, or None when the context does not say name.

        With ``quick``, a run of one word that is an ordinary word too (``terima kasih``,
        ``Selamat pagi``, the most common candidates) is told from the last word before it
        alone (`_ambiguous_alone_rejected`); ``quick=False`` runs the whole ladder, which the
        tests compare.
        """
        gazetteer = self.gazetteer
        start = words[0][0]
        if lowered[start : words[0][1]] in _CHINESE_GIVEN and (
            (pair := _chinese_given_pair(text, lowered, words)) is not None
        ):
            return pair
        if (
            start
            and text[start - 1] == "("
            and _PHONE_BEFORE_BRACKET.search(text, max(0, start - 24), start) is not None
            and (
                lowered[start : words[0][1]] not in gazetteer.ambiguous
                # ``0853... (sri wahyuni)``: a word that is a name too, then a plain name
                or any(
                    (core := lowered[a:b]) in gazetteer.names and core not in gazetteer.ambiguous
                    for a, b in words[1:]
                )
            )
        ):
            return (start, words[-1][1])  # ``hub 0858... (yakobus)``: whose the number is
        if lowered[start : words[0][1]] in _SUMBA_TITLES:
            title_end = _after_sumba_title(gazetteer, text, lowered, start, words[0][1])
            if title_end is not None and _trigger(_tokens_before(text, start)) != "place":
                return (start, max(title_end, words[-1][1]))  # ``istrinya Rambu Tamar``
        tokens = _tokens_before(text, start)
        if (
            quick
            and len(words) == 1
            and lowered[start : words[0][1]] in gazetteer.ambiguous
            and _ambiguous_alone_rejected(tokens)
            and _POSSESSIVE_NEXT.match(lowered, words[0][1]) is None
        ):
            return None
        trigger = _trigger(tokens)
        if (
            trigger == "weak"
            and len(tokens) >= 2
            and tokens[-2].lower() in _STALL_NAMES
            and tokens[-2].istitle()
        ):
            # ``Kios Mama Ester``: the stall's own name, a kin word and a given name (``samping
            # kios Mama Apriani`` names the woman who keeps it)
            return None
        cores = [lowered[a:b].rstrip(".") for a, b in words]
        if trigger == "place":
            if (
                tokens[-1].lower() in _STALLS
                and len(words) >= 2
                and cores[0] in gazetteer.given
                and cores[0] not in gazetteer.ambiguous
            ):
                # ``beli beras di kios Kristina Baswedan``: a stall called by its keeper's
                # full name names the keeper; ``Toko Sinar Abadi`` is a business
                return (start, words[-1][1])
            return None
        known = [c for c in cores if c in gazetteer.names]
        clear = [c for c in known if c not in gazetteer.ambiguous]
        span = (start, words[-1][1])
        if trigger == "strong" and cores[0] in _GREETINGS and tokens[-1].lower() == "salam":
            return None  # ``Salam damai,``, ``Salam sejahtera``: a greeting, not a signature
        if trigger == "strong" and text[start : span[1]].islower():
            # ``- mikael mone`` closing a message: the family name the list lacks, up to the
            # line's end
            rest = _LOWER_LINE_END.match(text, span[1])
            if rest is not None and not any(
                word in lex.NAME_STOPWORDS for word in rest.group(1).split()
            ):
                return (start, rest.end(1))
            return span
        if trigger == "strong" or (trigger == "family" and cores[0] in gazetteer.family):
            return span
        if clear and trigger in ("kin", "weak", "family"):
            return span
        if clear and _listed_after_name(text, context, start):
            return span  # ``ANAK KAMI NOVI, SOFI, DAN GRACIA``: the list goes on
        if (
            len(words) == 1
            and cores[0] in clear
            and cores[0] in gazetteer.family
            and tokens
            and tokens[-1].lower() in _HOME
        ):
            return span  # ``main di rumah Wuwur``: the family's house
        if clear and _sender_line(text, start, span[1]):
            return span  # ``Ipi Atamau: semoga ...``: a comment's or a chat line's writer
        if (
            trigger == "weak"
            and tokens[-1].lower() in _CONJUNCTIONS
            and not _listed_after_name(text, context, start)
        ):
            # ``Taksi lambang Sinar Indah dan Selamat Jaya``: after ``dan``, words that are all
            # ordinary words too (no clear name: a clear one was taken above) are a name only
            # when a name stands before the ``dan``; the rules below still judge them then.
            return None
        cases = {_case(text[a:b]) for a, b in words if not text[a:b].endswith(".")}
        one_case = cases <= {"upper"} or cases <= {"title"}
        # In a text written all in lower case, the case of a run says nothing: a run of names
        # in lower case counts as one in one case (``dipukul oleh liem siu ling``).
        lower_text = cases == {"lower"} and len(words) >= 2 and _lower_line(text, start)
        if (
            trigger == "weak"
            and len(words) == 1
            and cases == {"title"}
            and tokens[-1].lower().rstrip(".") in _HONORIFICS
            and not _greeting_after(text, lowered, span[1])
        ):
            return span  # ``Bu Damai su telpon``: an honorific, then a word that is a name too
        if trigger == "kin":
            return span if one_case else None
        if trigger in ("weak", "family"):
            # ``Koordinator warga: Kasih Haba``: two names in one case are a name even when
            # both are ordinary words too.
            return span if len(known) >= 2 and (one_case or lower_text) else None
        family = [c for c in clear if c in gazetteer.family]
        initial = any(text[a:b].endswith(".") for a, b in words)
        several = len(known) >= 2 or (initial and len(words) >= 2)
        if several and clear and (family or one_case or lower_text):
            return span
        if len(words) >= 2 and cores[-1] in gazetteer.family and cores[-1] in clear and one_case:
            return span  # ``Engki Bessie``: a given name the list lacks, then a family name
        first = cores[0]
        if (
            len(words) >= 2
            and not _INSIDE_NAME.isdisjoint(cores[:-1])
            and (one_case or cases == {"lower"})
        ):
            return span  # ``Kaharuddin Daeng Ngalle``: a name goes on after ``Daeng``
        if len(words) >= 2 and self._plain_given(first) and one_case:
            # ``Agung Prasetyo``, ``YANTI MARO``: a known given name, then capitalised names
            return span
        if (
            cases <= {"upper"} | {"title"}
            and clear
            and (
                lex.TEXT_END.match(text, span[1]) is not None
                or (cases == {"upper"} and _FROM_PLACE_END.match(text, span[1]) is not None)
            )
            and len(first) >= 3
        ):
            # a name closing a message (``... MHN DIPERBAIKI DEBORA``, ``TLG CEK. DARI
            # FRANSISKUS DI NAIONI``)
            return span
        if (
            cases == {"lower"}
            and len(words) == 1
            and first in gazetteer.given
            and first not in gazetteer.ambiguous
            and len(first) >= 4
            and lex.TEXT_END.match(text, span[1]) is not None
            and _SENTENCE_BEFORE.search(text, max(0, start - 3), start) is not None
        ):
            # a given name in lower case closing an SMS as its own sentence (``... tdk terima
            # balasan dr kpp. dominggus``)
            return span
        if (
            len(words) == 1
            and first in gazetteer.given
            and first not in gazetteer.ambiguous
            and cases == {"title"}
            and len(first) >= 4
            # ``I work in Darwin``: English's preposition of a place, a town there
            and tokens[-1:] != ["in"]
        ):
            return span
        if (
            first in gazetteer.given
            and first not in gazetteer.ambiguous
            and len(first) >= 3
            and (len(cases) == 1 or lower_text)
        ):
            end = _person_acts(text, lowered, span[1], lower=cases == {"lower"})
            if end is not None:
                return (start, end)
        if (
            len(words) == 1
            and cases == {"title"}
            and tokens
            # inside a sentence (a capital opening one says nothing), not the last word of a
            # longer name (``Tunas Harapan``)
            and tokens[-1].isalpha()
            and tokens[-1].islower()
            and _FOLLOWING_WORD.match(text, span[1]) is not None
            and _POSSESSIVE_NEXT.match(lowered, span[1]) is not None
        ):
            return span  # ``bilang Melati pung ana``: whose child, by a word that is a name too
        return None


_FOLLOWING_WORD = re.compile(r"[ \t]{1,2}([A-Za-z]+)")
#: A mobile right after a name (``hasan 08532358146``, ``stenly 6285884959940``).
_MOBILE_AFTER = re.compile(r"[ \t]{1,2}\(?(?:\+?62[ \-]?|0)8[0-9]")

#: What `_trigger`'s backward loop asks of a word, as bits of one look-up: a role's qualifier
#: (`_ROLE_QUALIFIERS`), a place or business (`_PLACES`, `_BUSINESSES`), a word that stops the
#: loop (`_WEAK` but a title, `_STRONG`, `_FAMILY`) and a title (`_TITLES`).
_QUALIFIER, _PLACE_OR_BUSINESS, _STOP, _TITLE = 1, 2, 4, 8
_LOOP_FLAGS: dict[str, int] = {}
for _flag, _members in (
    (_QUALIFIER, _ROLE_QUALIFIERS),
    (_PLACE_OR_BUSINESS, _PLACES | _BUSINESSES),
    (_STOP, (_WEAK - _TITLES) | _STRONG | _FAMILY | _PRONOUNS),
    (_TITLE, _TITLES),
):
    for _member in _members:
        _LOOP_FLAGS[_member] = _LOOP_FLAGS.get(_member, 0) | _flag
del _flag, _members, _member


#: A phone number right before an opening bracket (letters read for digits too).
_PHONE_BEFORE_BRACKET = re.compile(
    r"(?:\+|(?<![0-9A-Za-z]))[0-9OolISB](?:[ .\-]?[0-9OolISB]){8,14}[ \t]?\(\Z"
)
#: Syllables of Chinese-Indonesian given names, written as two words (``Mei Hwa``, ``Siu
#: Lan``): two of them in a row, in one case, are a given name.
_CHINESE_GIVEN = lex.words(
    """
    mei siu hwa lan ling hong hok ing giok nio lian fong hoa kim swie bun liong kiem sien seng
    tjin swan bwee tjong hin
    """
)
#: Chinese-Indonesian family names, written before the given name (``Ong Mei Ling``, ``Go Siu
#: Lan``): taken with a given name of two syllables after them.
_CHINESE_FAMILY = lex.words("go ong tjoa oei lie tan liem lim kwee the njoo tio thung tse khoe sie")
#: Sumba's titles, written as part of a name (``Umbu Manu Paranggi``, ``Rambu Hamu``).
_SUMBA_TITLES = lex.words("umbu rambu")
#: Sumba's titles that open a name wherever they stand in a run of names: after a family name,
#: a second name (``YOHANIS KELEN RAMBU ANA NDAKULARAK``).
_OPENS_A_NAME = _SUMBA_TITLES
#: Words after ``rambu`` that make it a traffic sign (``Rambu Lalu Lintas``).
_SIGNS = lex.words("lalu lalin jalan peringatan larangan petunjuk perintah lampu stop dilarang")
#: Stalls and shops whose names may be a kin word and a given name (``Kios Mama Ester``).
_STALL_NAMES = frozenset(lex.STALL_WORDS)
#: Market stalls, which their keepers' names may name (``kios Kristina Baswedan``).
_STALLS = lex.words("kios lapak")


def _opens_next_name(
    gazetteer: NameGazetteer, core: str, previous: str, *, after_inside: bool = False
) -> bool:
    """Whether the word ``core``, after the word ``previous`` of a run of names (both lower
    case), opens a second name: a given name (or Sumba's ``Rambu``, which opens a woman's) that
    is no family name nor an ordinary word, right after a family name that is no given name nor
    an ordinary word, or after the name that follows ``Daeng`` (``after_inside``). A name ends
    with its family name, so two names written side by side (a family card's ``Nama Ayah`` and
    ``Nama Ibu`` cells: ``LAURENS KELEN PRISKA DETHAN``, ``SYAMSUL DAENG NGALLE KRISTINA
    LERIK``) part there."""
    if core not in _OPENS_A_NAME and (
        core in gazetteer.family or core not in gazetteer.given or core in gazetteer.ambiguous
    ):
        return False
    return after_inside or (
        previous in gazetteer.family
        and previous not in gazetteer.given
        and previous not in gazetteer.ambiguous
        and previous not in _SUMBA_TITLES
    )


def _after_sumba_title(
    gazetteer: NameGazetteer, text: str, lowered: str, start: int, end: int
) -> int | None:
    """Where the name after Sumba's ``Umbu`` or ``Rambu`` (ending at ``end``) ends: up to three
    words in the title's case, none an ordinary word nor a traffic sign's (``Rambu Lalu
    Lintas``) nor one that opens a second name (`_opens_next_name`); None where no such word
    follows or the title (``[start, end)``) is in lower case."""
    case = _case(text[start:end])
    if case == "lower":
        return None
    found = None
    position = end
    previous = lowered[start:end]
    for _ in range(3):
        word = _GAP_NEXT(text, position)
        if word is None:
            break
        w_start, w_end = word.span(1)
        if text[w_end - 1] == ".":
            w_end -= 1  # ``istrinya Rambu Tamar.``: the sentence's end
        core = lowered[w_start:w_end]
        if (
            _case(text[w_start:w_end]) != case
            or len(core) < 3
            or not core.isalpha()
            or core in lex.NAME_STOPWORDS
            or core in _SIGNS
            or core in lex.NAME_BOUNDARY_WORDS
            or _opens_next_name(gazetteer, core, previous)
        ):
            break
        found = position = w_end
        previous = core
    return found


def _chinese_given_pair(
    text: str, lowered: str, words: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span of the run ``words`` with a Chinese-Indonesian given name of two syllables at
    its start (``Mei Hwa Tamelab``, ``SIU LAN``, ``mei hwa kwee``): the run's first word and the
    word before it or after it, both syllables of `_CHINESE_GIVEN`, in one case, with a family
    name of `_CHINESE_FAMILY` before them (``Ong Mei Ling``); else None."""
    start, end = words[0]
    case = _case(text[start:end])
    found: tuple[int, int] | None = None
    if len(words) >= 2:
        second = words[1]
        if (
            lowered[second[0] : second[1]] in _CHINESE_GIVEN
            and _case(text[second[0] : second[1]]) == case
        ):
            found = (start, words[-1][1])
    if found is None:
        before = _WORD_BEFORE.search(text, max(0, start - 8), start)
        if (
            before is None
            or lowered[before.start(1) : before.end(1)] not in _CHINESE_GIVEN
            or _case(before.group(1)) != case
        ):
            return None
        found = (before.start(1), words[-1][1])
    family = _WORD_BEFORE.search(text, max(0, found[0] - 8), found[0])
    if (
        family is not None
        and lowered[family.start(1) : family.end(1)] in _CHINESE_FAMILY
        and _case(family.group(1)) == case
    ):
        found = (family.start(1), found[1])
    return found


def _listed_after_name(text: str, context: DetectionContext, start: int) -> bool:
    """Whether the name at ``start`` follows an earlier finding of letters only (a name, or its
    tag) and a comma or a conjunction between them (``NOVI, SOFI``, ``[NAME] dan Kasih``)."""
    ends = context.collapsed_ends()
    if not ends or ends[0] >= start:
        return False  # no earlier finding before the name: told without the pattern
    found = _LIST_GAP.search(text, max(0, start - 16), start)
    if found is None:
        return False
    before = found.start()
    index = bisect_right(ends, before) - 1
    if index < 0 or ends[index] != before:
        return False
    begin = context.collapsed()[0][index]
    value = text[begin:before]
    return value == "[NAME]" or _LETTERS_ONLY.fullmatch(value) is not None


def _written_lower(core: str, lowered: str, text: str) -> bool:
    """Whether ``core`` (a name's word, lower-cased) stands whole in lower case somewhere in
    ``text``, as an ordinary word does (``Untung`` and ``untung``). (Such an occurrence is one
    of ``core`` in ``text``: where ``text`` holds none, the occurrences are not located.)"""
    return core in text and any(
        text[at:stop] == core for at, stop in _whole_occurrences(lowered, {core: False}, many=False)
    )


#: The fewest letters of a name's word that `_respelt` reads doubled or undoubled.
_RESPELT_SHORTEST = 5
#: The fewest letters of a word `_respelt` takes as a name's word spelt otherwise.
_RESPELT_LEAST = 4
#: The word after a name's word, one space between (`_respelt`), and the word before it.
_SPACED_WORD_AFTER = re.compile(r" ([A-Za-z]+)(?![A-Za-z'\-])")
_SPACED_WORD_BEFORE = re.compile(r"(?<![A-Za-z'\-])([A-Za-z]+) \Z")


def _respelt_word(word: str, name_word: str, known: frozenset[str], *, doubled_only: bool) -> bool:
    """Whether ``word`` (lower case) is ``name_word`` spelt otherwise (`_one_letter_apart`),
    long enough, and a word that neither the gazetteer nor the word lists know."""
    return (
        len(word) >= _RESPELT_LEAST
        and word != name_word
        and word not in known
        and word not in _NOT_A_NAMES_WORD
        and _one_letter_apart(name_word, word, doubled_only=doubled_only)
    )


def _respelt_beside(  # noqa: PLR0917 - a private helper of `_respelt`
    text: str,
    spaced: str,
    pairs: set[tuple[str, str]],
    twice: set[str],
    known: frozenset[str],
    taken: _Spans,
) -> list[tuple[int, int]]:
    """`GazetteerNameDetector._respelt`'s first reading: where two words of a name found stand
    again side by side, one as written (one of ``twice``, the words that stand twice or more)
    and the other one letter apart; both words, or the one spelt otherwise where the other is
    a name found already."""
    candidates: list[tuple[int, int]] = []
    for first, second in pairs:
        # the first word as written, then a word one letter from the second; and back
        for anchor, partner, after in ((first, second, True), (second, first, False)):
            if anchor not in twice:
                continue
            for at in _spaced_occurrences(spaced, anchor):
                stop = at + len(anchor)
                # (each pattern wants a space right beside the word: told first)
                if after:
                    other = (
                        _SPACED_WORD_AFTER.match(text, stop)
                        if text[stop : stop + 1] == " "
                        else None
                    )
                else:
                    other = (
                        _SPACED_WORD_BEFORE.search(text, max(0, at - 40), at)
                        if text[at - 1 : at] == " "
                        else None
                    )
                if other is not None and _respelt_word(
                    other.group(1).lower(), partner, known, doubled_only=False
                ):
                    candidates.append(
                        (min(at, other.start(1)), max(stop, other.end(1)))
                        if not taken.overlaps(at, stop)
                        else other.span(1)
                    )
    return candidates


def _stands_twice(spaced: str, start: str) -> bool:
    """Whether two words of the text whose `DetectionContext.spaced` is ``spaced`` open with
    ``start`` (the scan stops at the second): a name's word (or its first letters) stands in the
    name found and once more where `_respelt` may find it written again."""
    needle = " " + start
    first = spaced.find(needle)
    return first != -1 and spaced.find(needle, first + 1) != -1


def _spaced_occurrences(spaced: str, word: str) -> Iterator[int]:
    """Where ``word`` stands whole in the text whose `DetectionContext.spaced` is ``spaced``
    (its offsets there are the text's: ``spaced`` is one character ahead)."""
    needle = " " + word
    size = len(word) + 1
    at = spaced.find(needle)
    while at != -1:
        if spaced[at + size : at + size + 1] in (" ", ""):
            yield at
        at = spaced.find(needle, at + size)


def _doubled_variants(word: str) -> set[str]:
    """``word`` with one of its letters doubled, or one of its doubled letters written once."""
    variants = {word[: index + 1] + word[index:] for index in range(len(word))}
    variants.update(
        word[:index] + word[index + 1 :]
        for index in range(len(word) - 1)
        if word[index] == word[index + 1]
    )
    return variants


def _one_letter_apart(first: str, second: str, *, doubled_only: bool) -> bool:
    """Whether ``second`` is ``first`` with one letter changed, added or left out (with
    ``doubled_only``, one letter doubled or undoubled only: ``kaharudin``, ``kaharuddin``)."""
    if len(first) == len(second):
        if doubled_only:
            return False
        return sum(a != b for a, b in zip(first, second, strict=True)) == 1
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    if len(longer) - len(shorter) != 1:
        return False
    for index, char in enumerate(shorter):
        if longer[index] != char:
            if longer[index + 1 :] != shorter[index:]:
                return False
            return not doubled_only or longer[index] in (longer[index - 1 : index], char)
    return not doubled_only or longer[-1] == longer[-2]


class _Spans:
    """Spans (the names of one text), asked whether they overlap a span by bisection (a text
    may hold thousands of names); merged and sorted on the first question only (most texts
    never ask one)."""

    __slots__ = ("_ends", "_starts", "pairs")

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        self.pairs = pairs
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        starts = self._starts
        if starts is None:
            starts = self._starts = []
            for begin, finish in sorted(self.pairs):
                if starts and begin < self._ends[-1]:
                    self._ends[-1] = max(self._ends[-1], finish)
                else:
                    starts.append(begin)
                    self._ends.append(finish)
        index = bisect_right(self._ends, start)
        return index < len(starts) and starts[index] < end


def _written_again_whole(
    text: str, context: DetectionContext, taken: _Spans, names: list[str]
) -> list[tuple[int, int]]:
    """Where each of ``names`` stands again whole, outside earlier findings and the names found
    (``taken``), and not after a place's word (``Jl. Florida Lado``)."""
    found: list[tuple[int, int]] = []
    for name in names:
        for at, stop in _whole_occurrences(text, {name: True}, many=False):
            if (
                not context.overlaps_collapsed(at, stop)
                and not taken.overlaps(at, stop)
                and _trigger(_tokens_before(text, at)) != "place"
            ):
                found.append((at, stop))
    return found


def _whole_occurrences(
    text: str, words: dict[str, bool], *, many: bool
) -> Iterator[tuple[int, int]]:
    """Where each of ``words`` stands whole in ``text`` (no letter or digit touching it), in
    no particular order: found word by word, or, for ``many`` words, in one pass over the
    text's runs of letters and digits (a word with an apostrophe or a dash, which is no such
    run, word by word in both)."""
    size = len(text)
    if many:
        for run in _ALNUM_RUN.finditer(text):
            if run.group() in words:
                yield run.span()
    for word in words:
        if many and word.isalnum():
            continue
        at = text.find(word)
        while at != -1:
            stop = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (
                stop == size or not text[stop].isalnum()
            ):
                yield at, stop
            at = text.find(word, stop)


def _joined(
    gazetteer: NameGazetteer, text: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``spans`` (words) with neighbours joined when only spaces or a particle stand between
    them (``Steven Da Costa`` again: one name), unless the second opens a second name
    (`_opens_next_name`: ``YOHANIS KELEN RAMBU ANA`` again, two names)."""
    joined: list[tuple[int, int]] = []
    last = (0, 0)
    for start, end in spans:
        between = text[joined[-1][1] : start] if joined else ""
        word = between.strip(" \t")
        if (
            between
            and len(between) <= 5
            and "\n" not in between
            and (not word or word.lower() in _PARTICLES)
            and not _opens_next_name(
                gazetteer, text[start:end].lower(), text[last[0] : last[1]].lower()
            )
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
        last = (start, end)
    return joined


def _street_named_after(lowered: str, words: list[tuple[int, int]]) -> bool:
    """Whether the run ``words`` is the name of one of Kota Kupang's streets named after a
    person, written without ``Jl.`` (``di Frans Seda``, ``macet di Piet Tallo``)."""
    if lowered[words[0][0] : words[0][1]].rstrip(".") not in _STREET_HEADS:
        return False
    run = " ".join(lowered[a:b].replace(".", " ") for a, b in words)
    return " ".join(run.split()) in _STREETS


def _only_a_person_after(lowered: str, end: int) -> bool:
    """Whether the word after ``end`` is one that only a person does (`_PERSON_ONLY`)."""
    following = _FOLLOWING_WORD.match(lowered, end)
    return following is not None and following.group(1) in _PERSON_ONLY


def _sender_line(text: str, start: int, end: int) -> bool:
    """Whether the run ``[start, end)`` opens its line (after a reply's arrow or a dash at
    most) and a colon or a share's ``>`` follows it: the writer of a comment, a reply or a chat
    line written without a time (``Lily Liunokas > INFO KUPANG KOTA``, ``↳ Eta: sonde e``,
    ``endang: ade, lu su kasi tau mama ko?``)."""
    if _SENDER_AFTER.match(text, end) is None:
        return False
    line = text.rfind("\n", 0, start) + 1
    return _SENDER_LEAD.fullmatch(text, line, start) is not None


def _lower_line(text: str, start: int) -> bool:
    """Whether the line around ``start`` is written in lower case, but for acronyms in capitals
    (``yg blm dapat BLT: kristina tan, budi mooy``): there the case of a name says nothing."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin : end if end != -1 else len(text)]
    return _ACRONYM.sub("", line).islower()


def _greeting_after(text: str, lowered: str, end: int) -> bool:
    """Whether a greeting's word follows ``end`` (``Bapak Selamat Pagi``)."""
    following = _FOLLOWING_WORD.match(text, end)
    return following is not None and lowered[following.start(1) : following.end(1)] in _GREETINGS


def _person_acts(text: str, lowered: str, end: int, *, lower: bool) -> int | None:
    """Where a name ending at ``end`` ends when the word after it says a person acts or is
    spoken of (`_PERSON_AFTER`: ``hendrik lebih galak``, ``IGNASIUS TOLONG``), or None.

    In lower case one word between may be the family name the gazetteer lacks (``rosalina
    wungubelen yg ambil``): a word of three letters or more that is no ordinary word.
    """
    following = _FOLLOWING_WORD.match(text, end)
    if following is None:
        # ``... buntu. hasan 08532358146``: a name signing with a mobile right after it
        return end if _MOBILE_AFTER.match(text, end) is not None else None
    word = lowered[following.start(1) : following.end(1)]
    if word in _PERSON_AFTER:
        return end
    if word in _POINTING:
        # ``nikodemus ini yg tadi tabrak lari``: the person pointed at
        after = _FOLLOWING_WORD.match(text, following.end(1))
        return end if after is not None and after.group(1).lower() in _WHO else None
    if (
        not lower
        or len(word) < 3
        or not text[following.start(1) : following.end(1)].islower()
        or word in lex.NAME_STOPWORDS
        or word in lex.NAME_BOUNDARY_WORDS
        or word in _WEAK
        or word in _PLACES
        or word in _BUSINESSES
    ):
        return None
    after = _FOLLOWING_WORD.match(text, following.end(1))
    if after is None or lowered[after.start(1) : after.end(1)] not in _PERSON_AFTER:
        return None
    return following.end(1)


def _closes_family(
    text: str, words: list[tuple[int, int]], start: int, end: int, first_case: str
) -> bool:
    """Whether the particle at ``[start, end)`` closes a two-word family name after a given
    name and a family name in its case (``Titus Riwu Ga,``, ``SELVI RIWU GA /``): the name's
    field ends after it (the text's or a line's end, or a separator)."""
    rest = text[end : end + 2].lstrip(" \t.")
    return (
        len(words) >= _GIVEN_AND_FAMILY
        and _case(text[start:end].rstrip(".")) == first_case != "lower"
        and (not rest or rest[0] in "\n,;/|)")
    )


#: A given name and a family name: the words before a particle closing a family name.
_GIVEN_AND_FAMILY = 2


def _business_after(text: str, lowered: str, end: int, last: tuple[int, int]) -> bool:
    """Whether the word right after a name ending at ``end`` is a business's noun written in
    the case of the name's ``last`` word, capitalised (``Daniel Travel``, ``YOHANES LAUNDRY``):
    the name is the business's; or a bot's mark (``Veronika (Virtual Assistant):``): a chat's
    persona, as is the name a bot gives itself (``saya Veronika, asisten virtual BPJS``)."""
    if "(" in lowered[end : end + 2] and _BOT_AFTER.match(lowered, end) is not None:
        return True
    if "," in lowered[end : end + 2] and lex.PERSONA_AFTER.match(lowered, end) is not None:
        return True
    following = _FOLLOWING_WORD.match(text, end)
    if following is None:
        return False
    case = _case(following.group(1))
    return (
        case != "lower"
        and lowered[following.start(1) : following.end(1)] in _BUSINESSES
        and case == _case(text[last[0] : last[1]])
    )


#: The last words before a name after which `_trigger` may say ``strong``, ``kin`` or
#: ``family``: after any other, it says ``place``, ``weak`` or None.
_MAY_NAME_AMBIGUOUS = (
    frozenset({"-"}) | _STRONG | frozenset(_STRONG_AFTER) | _POSSESSIVE | _FAMILY | _HONORIFICS
)


def _ambiguous_alone_rejected(tokens: list[str]) -> bool:
    """Whether `_judge` rejects a run of one gazetteer word that is an ordinary word too
    (ambiguous) after ``tokens``, told from the last token but ``:`` and ``,`` alone.

    For such a run the ladder accepts only after ``strong``, after ``family`` (a family name),
    or after ``kin`` (not in lower case): after ``weak`` it wants two known names, after
    ``place`` nothing, and with no trigger every other rule wants two words, an unambiguous
    name or a given name that is not ambiguous. `_trigger` says ``strong``, ``kin`` or
    ``family`` only when that last token (lower-cased, its dots dropped) is in
    `_MAY_NAME_AMBIGUOUS`; when there is none, it says None. Any other last token means the
    run is rejected, which this tells without reading the tokens before it.
    """
    kept = len(tokens)
    while kept and tokens[kept - 1] in (":", ","):
        kept -= 1
    return not kept or tokens[kept - 1].lower().rstrip(".") not in _MAY_NAME_AMBIGUOUS


#: A sentence's end right before a word (``kpp. dominggus``).
_SENTENCE_BEFORE = re.compile(r"[A-Za-z0-9][.!][ \t]{1,2}\Z")
#: Where the writer lives, closing an SMS in capitals after the name (``... FRANSISKUS DI
#: NAIONI``, ``ROSALINA DARI BELO``).
_FROM_PLACE_END = re.compile(r"[ \t]+(?:DI|DARI|DR)[ \t]+[A-Z][A-Z ]{1,30}\W*\Z")
#: The longest word with its dot that may be an abbreviation (``Drs.``); a longer word before a
#: dot ends a sentence.
_ABBREVIATION = 4


def _trigger(tokens: list[str]) -> str | None:  # noqa: PLR0911, PLR0912 - a decision ladder
    """What the words before a name say: ``place``, ``strong``, ``kin``, ``family``, ``weak`` or
    None.

    Args:
        tokens: the words and marks before the name, in text order (``["Hormat", "saya", ","]``).
    """
    if len(tokens) >= 2 and tokens[-1].lower() == "jalan" and tokens[-2].lower() == "selamat":
        return "strong"  # ``Selamat jalan Yohanes Nahak``: a farewell to a person
    lower_words = 0
    recent = tokens[-5:]
    flags_of = _LOOP_FLAGS.get
    if (
        recent
        and recent[-1] in _FAMILY_ABBREVIATIONS
        # (not after an address's RT or number: ``RT 29 Kel. Tode Kisar``, a kelurahan)
        and not (len(recent) > 1 and (recent[-2].isdigit() or recent[-2].lower() in _RT_WORDS))
    ):
        # ``Persembahan syukur: Kel. Manoe``, ``1. Kel. Oematan Rp150.000``: a family by its
        # name (a kelurahan's, ``Kel. Oebobo``, is no gazetteer's family name)
        return "family"
    for back, token in enumerate(reversed(recent), 2):
        word = token.lower().rstrip(".")
        # One look-up for the word's lists (most words are in none); the tests keep the order
        # of the plain ladder: a role's qualifier, a place or business, a stop, a title.
        flags = flags_of(word, 0)
        if not flags and token[-1] == "." and len(token) > _ABBREVIATION and token[:-1].isalpha():
            break  # ``DEKAT PASAR OEBA. TLG BANTU. MARIANA``: a sentence ends there
        if flags:
            if flags & _QUALIFIER and back <= len(recent) and recent[-back].lower() in _WEAK:
                return "weak"  # ``Bidan desa Vivi Lalang``: where the midwife serves, no place
            if flags & _PLACE_OR_BUSINESS:
                if word in _HOME and back == 2:
                    break  # ``ke rumah Yakob Uly``: his house; ``Rumah Sakit ...`` is a place
                return "place"
            if flags & _STOP:
                if (
                    word in _RANKS
                    and back <= len(recent)
                    and recent[-back].lower().rstrip(".") in _PLACES_NOT_HOME
                ):
                    return "place"  # ``Jl. Kapten Tendean``: a street named after a hero
                break
            if flags & _TITLE:
                continue
        if not token[0].isupper():
            # One lower-case word may stand inside a place's name (``rs bhayangkara drs.``).
            lower_words += 1
            if lower_words > 1 or not token[0].isalpha():
                break
    while tokens and tokens[-1] in (":", ","):
        tokens = tokens[:-1]
    if not tokens:
        return None
    last = tokens[-1].lower().rstrip(".")
    if last == "-":
        # A dash opening a line, after a mark, or after a sentence's last word and its dot
        # (``Mohon dicek. - simon ga lena``; a word of four letters, as `lex.SENTENCE_END` asks).
        opens = (
            len(tokens) == 1
            or tokens[-2] == "\n"
            or not tokens[-2][0].isalnum()
            or (tokens[-2][-1] == "." and len(tokens[-2]) > 4 and tokens[-2][:-1].isalpha())
        )
        return "strong" if opens else None
    previous = tokens[-2].lower() if len(tokens) > 1 else ""
    if last in _STRONG or _STRONG_AFTER.get(last) == previous:
        return "strong"
    if last in _POSSESSIVE and previous in _KIN:
        return "kin"
    if last in _ROLE_QUALIFIERS and previous in _WEAK:
        return "weak"  # ``Koordinator warga: ...``
    if last in _FAMILY:
        return "family"
    if last in _WEAK or last in _TITLES:
        return "weak"
    return None
