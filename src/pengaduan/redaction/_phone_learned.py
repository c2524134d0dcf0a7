"""A learned second opinion on whose phone number it is.

The number detector's rules decide whose a phone number is from the words they know (an office's
line, a shop's advert, a scam's number, a person asked to be called). Where they say *a person's*,
a logistic model trained on the development corpora and on the annotation guide's examples may
still say *not a person's* (a business's number on a flyer, a service's line in a roster, a
number that sent a scam's link): the finding is then dropped. The model only removes phone
findings; it never adds one, and never removes the reporter's known phone, a phone an app's
own detector found, or one the words right before it state a person's own (``hubungi sa``,
``Laporan Anda dari nomor``, ``saldo DANA mama``, a name then ``WA``: `stated_own`).

What the model reads does not depend on how findings are written: the text is cut into lower-case
words, ``#`` for a run of digits, ``X`` for every finding and every redaction tag (``[PHONE]``)
already in the text, and line breaks. So a text and the same text once redacted with tags give
each phone the same features, and redacting a redacted text finds nothing new.

Its features, all present-or-absent: the last eight words before the number on its line (and the
last three, and the last one), the first six after it (and the first one), every word of its
line and of the line before it, every word of the text, whether it is the first or the last token
of its line, its number of digits and whether it is a Kupang landline (``0380``). The weights,
the bias and the threshold are data (``data/phone_owner.json``), written by
``tools/train_phone_owner.py``; the file also records which corpora it learned from (the tool's
``--cv`` prints the leave-corpora-out figures the threshold was chosen on).

Every occurrence of one number in a text is judged together: the number is dropped only where the
model says *not a person's* at every occurrence, so a number is never redacted in one place and
shown in another.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.paths import shipped_text
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ConfigurationError
from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_phone import _national
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from pengaduan.redaction._detect_base import Finding

__all__ = [
    "PhoneOwnerModel",
    "features",
    "load_model",
    "phone_cases",
    "phone_owner_model",
    "tokens",
    "unowned_phones",
]

#: A word, a run of digits, a line break, or the ``X`` written for a span (in lower-cased, folded
#: text, which holds no ``X`` of its own).
_TOKEN = re.compile(r"[a-z]+|[0-9]+|\n|X")
#: What stands for a finding or a tag, and for a run of digits that is neither.
SPAN = "X"
DIGITS = "#"
_BEFORE = 8
_BEFORE_NEAR = 3
_AFTER = 6
_REACH = 24
_PHONE = "phone"
_DAMAGED = N_("the model file is damaged: reinstall pengaduan or set learned_phone_owner=False")


def tokens(text: str, spans: Sequence[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """The tokens of ``text`` with each of ``spans`` (sorted, not overlapping) as one ``X``.

    Runs of digits stay as they are here; the features read each as ``#``.

    Returns:
        The tokens, and for each span the index of its ``X``.
    """
    low = text.lower()  # holds no ``X``: each span is written as one, and read in one pass
    pieces = []
    position = 0
    for start, end in spans:
        pieces.append(low[position:start])
        position = max(position, end)
    pieces.append(low[position:])
    out: list[str] = _TOKEN.findall(SPAN.join(pieces))
    where: list[int] = []
    at = -1
    for _ in spans:
        at = out.index(SPAN, at + 1)
        where.append(at)
    return out, where


def _parts(words: Sequence[str], where: int) -> tuple[list[str], list[str], list[str]]:
    """The words before the number at ``words[where]`` on its line, after it, and of the line
    before (``#`` for digits).

    A line is read at most ``_REACH`` tokens either side of the number (and the line before, its
    last ``_REACH`` tokens), so a text of one endless line costs no more per number.
    """
    # the line's start: after the last line break within reach before the number, else the
    # reach's end (and its end likewise after it)
    floor = max(0, where - _REACH)
    back = words[floor:where]
    start = where - back[::-1].index("\n") if "\n" in back else floor
    ceiling = min(len(words), where + 1 + _REACH)
    ahead = words[where + 1 : ceiling]
    end = where + 1 + ahead.index("\n") if "\n" in ahead else ceiling
    # (a token is a word, or a run of digits read as `DIGITS`)
    before = [w if w[0] > "9" else DIGITS for w in words[start:where]]
    after = [w if w[0] > "9" else DIGITS for w in words[where + 1 : end]]
    previous: list[str] = []
    if start == 0 or words[start - 1] == "\n":  # the line's start was reached
        previous_end = start - 1
        while previous_end >= 0 and words[previous_end] == "\n":
            previous_end -= 1
        previous_start = previous_end
        reach = max(-1, previous_end - _REACH)
        while previous_start > reach and words[previous_start] != "\n":
            previous_start -= 1
        previous = [
            w if w[0] > "9" else DIGITS for w in words[previous_start + 1 : previous_end + 1]
        ]
    return before, after, previous


def _shape(digits: str) -> list[str]:
    """The number's own features: a Kupang landline, its count of digits."""
    found = ["land"] if digits.startswith(("0380", "62380")) else []
    found.append(f"d:{min(len(digits), 14)}")
    return found


def features(words: Sequence[str], where: int, digits: str) -> list[str]:
    """The features of the number at ``words[where]`` (without the text's words, ``t:``)."""
    before, after, previous = _parts(words, where)
    found = [f"b:{w}" for w in before[-_BEFORE:]]
    found += [f"b3:{w}" for w in before[-_BEFORE_NEAR:]]
    found.append(f"b1:{before[-1]}" if before else "first")
    found += [f"a:{w}" for w in after[:_AFTER]]
    found.append(f"a1:{after[0]}" if after else "last")
    found += [f"l:{w}" for w in (*before, *after)]
    found += [f"p:{w}" for w in previous]
    return found + _shape(digits)


def text_words(words: Sequence[str]) -> set[str]:
    """The text's words (and ``X``), each once: read as the features ``t:word``."""
    return {w for w in set(words) if w[0] > "9"}


@attrs.frozen(kw_only=True)
class PhoneOwnerModel:
    """A logistic model of *not a person's number* over present-or-absent features.

    Attributes:
        weights: each feature's weight (features not listed weigh nothing).
        bias: the intercept.
        threshold: the probability from which a number is judged not a person's.
    """

    weights: Mapping[str, float] = attrs.field(repr=False)
    bias: float
    threshold: float
    _families: dict[str, dict[str, float]] = attrs.field(init=False, repr=False, eq=False)
    _text_weights: dict[str, float] = attrs.field(init=False, repr=False, eq=False)
    _cut: float = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        families: dict[str, dict[str, float]] = {
            family: {} for family in ("b", "b3", "b1", "a", "a1", "l", "p", "t")
        }
        for name, weight in self.weights.items():
            family, colon, word = name.partition(":")
            if colon and family in families:
                families[family][word] = weight
        object.__setattr__(self, "_families", families)
        object.__setattr__(self, "_text_weights", families["t"])
        # the score from which the probability reaches the threshold
        cut = math.log(self.threshold / (1 - self.threshold)) if 0 < self.threshold < 1 else 0.0
        object.__setattr__(self, "_cut", cut)

    def shared(self, words: set[str]) -> float:
        """The summed weights of a text's features ``t:word`` for ``words`` (its `text_words`;
        runs of digits and line breaks may be left in: they weigh nothing)."""
        return sum(filter(None, map(self._text_weights.get, words)))

    def probability(self, found: Sequence[str], shared: float = 0.0) -> float:
        """The probability that a number with these features is not a person's.

        Args:
            found: the number's own features.
            shared: the summed weights of the text's features (the same for every number).
        """
        score = self.bias + shared + sum(filter(None, map(self.weights.get, set(found))))
        if score >= 0:
            return 1.0 / (1.0 + math.exp(-score))
        exp = math.exp(score)
        return exp / (1.0 + exp)

    def unowned(self, words: Sequence[str], where: int, digits: str, shared: float) -> bool:
        """Whether the number at ``words[where]`` is judged not a person's: what
        `probability` of its `features` says against the threshold, summed family by family
        without writing the features out."""
        before, after, previous = _parts(words, where)
        families = self._families
        weights = self.weights
        score = self.bias + shared
        for family, chosen in (
            ("b", before[-_BEFORE:]),
            ("b3", before[-_BEFORE_NEAR:]),
            ("a", after[:_AFTER]),
            ("l", before + after),
            ("p", previous),
        ):
            score += sum(filter(None, map(families[family].get, set(chosen))))
        score += families["b1"].get(before[-1], 0.0) if before else weights.get("first", 0.0)
        score += families["a1"].get(after[0], 0.0) if after else weights.get("last", 0.0)
        score += sum(weights.get(f, 0.0) for f in _shape(digits))
        return score >= self._cut


def load_model(text: str) -> PhoneOwnerModel:
    """A model from its JSON (``weights``, ``bias``, ``threshold``).

    Raises:
        ConfigurationError: the text is not such a model (the file is damaged).
    """
    try:
        raw = json.loads(text)
        model = PhoneOwnerModel(
            weights={str(k): float(v) for k, v in raw["weights"].items()},
            bias=float(raw["bias"]),
            threshold=float(raw["threshold"]),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        model = None
    if model is None or not 0 < model.threshold < 1:
        raise ConfigurationError(N_("learned phone owner"), [Phrase(_DAMAGED)])
    return model


@cache
def phone_owner_model() -> PhoneOwnerModel:
    """The shipped model (read once per process).

    Raises:
        ConfigurationError: the shipped file is damaged.
    """
    return load_model(
        shipped_text("pengaduan.redaction", "data/phone_owner.json", N_("learned phone owner"))
    )


#: Every character but the ASCII digits.
_NOT_DIGIT = re.compile(r"[^0-9]+")


def _digits(text: str, finding: Finding) -> str:
    """The ASCII digits of ``finding``, in order."""
    return _NOT_DIGIT.sub("", text[finding.start : finding.end])


def _read(
    text: str, findings: Sequence[Finding], tags: Sequence[tuple[int, int]]
) -> tuple[list[str], list[tuple[int, str, int]]]:
    """The tokens of ``text``, and for each phone finding its index in ``findings``, its digits
    and the index of its ``X`` among the tokens."""
    spans = sorted([*((f.start, f.end) for f in findings), *tags])
    words, where = tokens(text, spans)
    index = {span: i for i, span in enumerate(spans)}
    phones = [
        (i, _digits(text, finding), where[index[finding.start, finding.end]])
        for i, finding in enumerate(findings)
        if finding.kind == _PHONE
    ]
    return words, phones


def phone_cases(
    text: str, findings: Sequence[Finding], tags: Sequence[tuple[int, int]]
) -> tuple[set[str], list[tuple[int, str, list[str]]]]:
    """What the model reads in ``text``: the text's words (its features ``t:word``), and for
    each phone finding its index in ``findings``, its digits and its own features.

    Args:
        text: the folded text the findings are in.
        findings: every finding, sorted by start, not overlapping.
        tags: the redaction tags already in the text (start, end).
    """
    words, phones = _read(text, findings, tags)
    return text_words(words), [(i, d, features(words, at, d)) for i, d, at in phones]


#: Words right before a number that state it a person's own, which the model does not overrule:
#: the writer's own (``hubungi sa``, ``kabari saya di``), the number a desk's reply says the
#: person wrote from (``Laporan Anda dari nomor``), a person's e-wallet (``saldo DANA mama``).
#: Matched on the lower-cased text before the number.
_OWN_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:hubungi|hub|kabari|kontak|telpon|telepon|tlpn|sms)[ \t]+"
    r"(?:sa|saya|sy|beta|aku)(?:[ \t]+(?:di|ke))?"
    r"|(?:dana|ovo|gopay|shopeepay|linkaja)[ \t]+(?:mama|bapa|papa|sa|saya|sy|beta|ku|kakak|kaka"
    r"|adik|ade|istri|suami|anak)"
    # a desk's reply to the person it answers (``Laporan Anda dari nomor``)
    r"|(?:anda|bapak/ibu|bapak|ibu|saudara|saudari|sdr)[ \t]+(?:dari|dr)[ \t]+"
    r"(?:nomor|nomer|no\.?|hp|wa|telepon[ \t]+rumah|telp\.?[ \t]+rumah)"
    # a person's own number said so (``Owner-nya ... sonde angkat telpon, nomor pribadinya``)
    r"|(?:nomor|nomer|no\.?|hp|wa)[ \t]+pribadi(?:nya|[ \t]+(?:dia|sa|saya|sy|beta))?)"
    r"[ \t:(]*\Z"
)
#: What stands between a person's name and their number: a phone word (``Efraim, WA 0856...``).
_NAME_TO_NUMBER = re.compile(
    r"[ \t]*,?[ \t]*(?:hp|wa|telp|tlp|no\.?[ \t]*hp)[ \t.:]*"
    # or where the person lives or sells, in brackets, then a dash (a list's item: ``2. Tanta
    # Regina (belakang Pasar Oeba) - 0822...``)
    r"|[ \t]*\([^()\n]{1,60}\)[ \t]*[-\u2013:][ \t]*",
    re.IGNORECASE,
)
#: An SMS inbox's header line, which its sender's number ends (``SMS masuk``, ``SMS dr``,
#: ``Inbox 1708``, ``Pesan masuk``).
_INBOX_HEADER = re.compile(r"[ \t]*(?:sms|inbox|pesan[ \t]+masuk)(?![a-z])", re.IGNORECASE)
#: How far before a number `_OWN_BEFORE` reads, and the characters before that read with it.
_OWN_REACH = 48
_WORD_PAD = 16


def stated_own(
    text: str, findings: Sequence[Finding], tags: Sequence[tuple[int, int]], index: int
) -> bool:
    """Whether the words right before the phone ``findings[index]`` state it a person's own
    (`_OWN_BEFORE`, `lex.WRITERS_NUMBER`, `lex.WRITERS_HOME`), or a person's name stands
    right before it, as a finding or a tag (``Admin namanya Efraim, WA 0856...``), or it ends
    an SMS inbox's header line (``SMS masuk 25/05/2026 16.30 62 823...``, ``Inbox 1708 - ... -
    +62...``: the sender's, the writer's own): the model judges what the rules could not
    settle, not what the text says."""
    start = findings[index].start
    end = findings[index].end
    line_end = text.find("\n", end)
    if (
        not text[end : line_end if line_end != -1 else len(text)].strip()
        and _INBOX_HEADER.match(text, text.rfind("\n", 0, start) + 1) is not None
    ):
        return True
    # (a few characters more than the reach: a word the reach cuts is seen whole, ``Desa`` no
    # ``sa``)
    window = text[max(0, start - _OWN_REACH - _WORD_PAD) : start].lower()
    reach = max(0, len(window) - _OWN_REACH)
    if (
        _OWN_BEFORE.search(window, reach) is not None
        or lex.WRITERS_NUMBER.search(window, reach) is not None
        or lex.WRITERS_HOME.search(window, reach) is not None
    ):
        return True
    # Only the span right before the number can be the name (anything between would stand in
    # the separators' way): the finding before it, or a tag after that finding.
    last = -1
    if index and findings[index - 1].kind == PiiKind.NAME:
        last = findings[index - 1].end
    tag = bisect_right(tags, (start, start)) - 1
    if (
        tag >= 0
        and last <= tags[tag][1] <= start
        and text[tags[tag][0] + 1 : tags[tag][0] + 5] in ("NAME", "NAMA")
    ):
        last = tags[tag][1]
    return last >= 0 and _NAME_TO_NUMBER.fullmatch(text, last, start) is not None


def unowned_phones(
    text: str,
    findings: Sequence[Finding],
    tags: Sequence[tuple[int, int]],
    *,
    known: frozenset[str],
    detectors: frozenset[str],
    model: PhoneOwnerModel,
) -> set[int]:
    """The indices in ``findings`` of phones the model judges not a person's.

    Args:
        text: the folded text the findings are in.
        findings: every finding, sorted by start, not overlapping.
        tags: the redaction tags already in the text (start, end).
        known: the reporter's phones as national numbers: never judged.
        detectors: the detectors whose phones are judged (others are taken at their word).
        model: the model.
    """
    words, phones = _read(text, findings, tags)
    shared = model.shared(set(words))  # (no run of digits nor a line break has a weight)
    judged: dict[str, list[tuple[int, bool]]] = {}
    for i, digits, where in phones:
        national = _national(digits) or digits
        unowned = (
            national not in known
            and findings[i].detector in detectors
            and not stated_own(text, findings, tags, i)
            and model.unowned(words, where, digits, shared)
        )
        judged.setdefault(national, []).append((i, unowned))
    return {
        i
        for occurrences in judged.values()
        if all(unowned for _, unowned in occurrences)
        for i, _ in occurrences
    }
