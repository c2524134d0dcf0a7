"""Invariants of redaction for any input (Hypothesis), and hostile inputs.

- redacting twice gives the same text as redacting once (tags and pseudonyms are inert, context
  windows collapse findings, detectors treat an earlier finding's edge as a tag's bracket, and
  findings glued to other text are rechecked as they will be written);
- no span the redactor detects survives in its output;
- offsets are valid for any Unicode, including emoji, combining marks and lone surrogates;
- hostile inputs (long digit runs, nested brackets, 1 MB lines) finish and give sane output.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pengaduan.redaction import KnownIdentity, Pseudonym, Redactor, Tag

TAGS = Redactor.default()
PSEUDONYMS = Redactor.default(fallback=Pseudonym(secret=b"k" * 32))
#: Indonesian labels (``[NAMA]``, ``[ALAMAT]``): words that detectors read as triggers or anchors
#: elsewhere, so redacting twice must still change nothing.
INDONESIAN = Redactor.default(fallback=Tag(language="id"))
INDONESIAN_PSEUDONYMS = Redactor.default(fallback=Pseudonym(secret=b"k" * 32, language="id"))
KNOWN = KnownIdentity(names=["Yohanes Benu"], phones=["081234567890"], emails=["yb@mail.com"])

#: Pieces of complaint text, personal data and trouble, glued together by Hypothesis.
PIECES = [
    "nama saya ",
    "Yohanes Benu",
    "Bapak ",
    "Ibu ",
    "a.n. ",
    "dr. ",
    "NIK ",
    "KK ",
    "npwp ",
    "BPJS ",
    "rek BRI ",
    "no tiket ",
    "HP ",
    "wa.me/",
    "+62 ",
    "5371041203900001",
    "0812-3456-7890",
    "081234567890",
    "0001234567890",
    "01.234.567.8-920.000",
    "1234567890",
    "(0380) 821234",
    "yb@mail.com",
    "x@y.co.id",
    "DH 1234 AB",
    "Jl. Timor Raya",
    " No. 12",
    ", RT 003/RW 005",
    ", Kel. Oesapa",
    "Rp 1.500.000",
    " ",
    ", ",
    ". ",
    "\n",
    "[",
    "]",
    "[NAME]",
    "[NIK-abcdefgh]",
    "😀",
    "e\u0301",
    "\u200d",
    "\ufeff",
    "٣",
    "ß",
    "İ",
    "0",
    "-",
    # other digit forms and invisible separators, which detection folds away
    "\uff10\uff18\uff11\uff12-\uff13\uff14\uff15\uff16-\uff17\uff18\uff19\uff10",
    "\u0665\u0663\u0667\u0661\u0660\u0664\u0661\u0662\u0660\u0663\u0669\u0660\u0660\u0660\u0660\u0661",
    "\u0966\u096e\u0967\u0968",
    "\u200b",
    "\u200c",
    "\u2060",
    "\u00ad",
    "\u00a0",
    "\u202f",
    "\u2013",
    "\uff20",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30).map("".join)


#: Personal data glued to other tokens; each was once found only by a second pass.
GLUED = [
    ", RT 003/RW 005x@y.co.id",  # an email glued to an address
    ", RT 003/RW 005Yohanes Benu",  # the reporter's name glued to an address
    "Jl. Kenanga No. 5Bapak Yohanes",
    # the email's local part took the phone's last digits; the digit run hid the NIK
    "5371041203900001(0380) 821234yb@mail.com",
    ", RT 003/RW 005DH 1234 AB",  # a plate glued to an address
    "nama saya ßyb@mail.com",  # a name cut short by an email that starts inside its word
]


@pytest.mark.parametrize("text", GLUED)
@pytest.mark.parametrize(
    "redactor",
    [TAGS, PSEUDONYMS, INDONESIAN, INDONESIAN_PSEUDONYMS],
    ids=["tags", "pseudonyms", "indonesian-tags", "indonesian-pseudonyms"],
)
def test_glued_findings_are_redacted_in_one_pass(text: str, redactor: Redactor) -> None:
    result = redactor.redact(text, known=KNOWN)
    once = result.text
    assert redactor.redact(once, known=KNOWN).text == once
    assert redactor.find(once, known=KNOWN) == []
    for secret in ("Yohanes", "Benu", "x@y.co.id", "yb@mail.com", "5371041203900001", "DH 1234"):
        assert secret not in once
    # audit spans stay in original coordinates, in order, and rebuild the output
    rebuilt, cursor = [], 0
    for span in result.spans:
        assert cursor <= span.start < span.end <= len(text)
        rebuilt += [text[cursor : span.start], once[span.redacted_start : span.redacted_end]]
        cursor = span.end
    assert "".join([*rebuilt, text[cursor:]]) == once


@given(texts)
def test_idempotent_with_tags(text: str) -> None:
    once = TAGS.redact(text, known=KNOWN).text
    assert TAGS.redact(once, known=KNOWN).text == once


@given(texts)
def test_idempotent_with_indonesian_tags(text: str) -> None:
    once = INDONESIAN.redact(text, known=KNOWN).text
    assert INDONESIAN.redact(once, known=KNOWN).text == once
    assert INDONESIAN_PSEUDONYMS.redact(once, known=KNOWN).text == once


@given(texts)
def test_idempotent_with_pseudonyms(text: str) -> None:
    once = PSEUDONYMS.redact(text).text
    assert PSEUDONYMS.redact(once).text == once


#: Prose with nothing to redact, long enough that a recheck renders a window, not the whole text.
LONG_PROSE = "Air PDAM mati sudah seminggu, mohon ditindaklanjuti. " * 50


@given(texts)
def test_idempotent_inside_long_texts(text: str) -> None:
    long_text = LONG_PROSE + text + LONG_PROSE
    once = TAGS.redact(long_text, known=KNOWN).text
    assert once.startswith(LONG_PROSE)
    assert TAGS.redact(once, known=KNOWN).text == once


@given(texts)
def test_no_detected_span_survives(text: str) -> None:
    result = TAGS.redact(text, known=KNOWN)
    for span in result.spans:
        assert result.text[span.redacted_start : span.redacted_end] == f"[{span.kind.upper()}]"
    assert TAGS.find(result.text, known=KNOWN) == []


@given(st.text(max_size=200) | texts)
def test_offsets_valid_for_any_unicode(text: str) -> None:
    result = TAGS.redact(text, known=KNOWN)
    previous_end = 0
    previous_out = 0
    rebuilt: list[str] = []
    for span in result.spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert previous_out <= span.redacted_start < span.redacted_end <= len(result.text)
        rebuilt.append(text[previous_end : span.start])
        rebuilt.append(result.text[span.redacted_start : span.redacted_end])
        previous_end, previous_out = span.end, span.redacted_end
    rebuilt.append(text[previous_end:])
    assert "".join(rebuilt) == result.text


#: Digit zero of scripts whose digits detection reads as ASCII digits.
ZEROS = ["0", "\uff10", "\u0660", "\u06f0", "\u0966", "\u09e6", "\u0e50", "\U0001d7ce"]
#: Characters a reader does not see, so they may sit between any two digits (visible spaces
#: between every digit are a different matter: numbers are read in groups).
INVISIBLE = ["", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"]


@given(
    st.lists(st.sampled_from(ZEROS), min_size=12, max_size=12),
    st.lists(st.sampled_from(INVISIBLE), min_size=11, max_size=11),
    st.sampled_from(["HP ", "Hubungi ", "wa: "]),
    st.sampled_from(["", " ya", ". Terima kasih", "\u200b"]),
)
def test_a_phone_in_any_digit_form_is_redacted_at_its_offsets(
    zeros: list[str], separators: list[str], before: str, after: str
) -> None:
    digits = [chr(ord(zero) + int(d)) for zero, d in zip(zeros, "081234567890", strict=True)]
    phone = digits[0] + "".join(sep + d for sep, d in zip(separators, digits[1:], strict=True))
    text = before + phone + after
    result = TAGS.redact(text)
    assert [(s.kind, s.start, s.end) for s in result.spans] == [
        ("phone", len(before), len(before) + len(phone))
    ]
    assert result.text == f"{before}[PHONE]{after}"
    assert TAGS.redact(result.text).text == result.text


def test_lone_surrogates_and_controls() -> None:
    text = "HP \ud800 0812-3456-7890 \udfff\x00 nama saya Yohanes"
    result = TAGS.redact(text)
    assert result.text == "HP \ud800 [PHONE] \udfff\x00 nama saya [NAME]"


#: Hostile inputs, as expressions the child process evaluates (each about 1 MB, one line).
HOSTILE = {
    "digits": '"9" * 1_000_000',
    "spaced-digits": '"0 " * 500_000',
    "phone-like-repeats": '"0812 " * 200_000',
    "brackets": '"[" * 500_000 + "]" * 500_000',
    "nested-tags": '"[NIK" * 250_000',
    "at-signs": '"a@" * 500_000',
    "dots": '"a." * 500_000',
    "honorifics": '"Bapak " * 170_000',
    "streets": '"Jl. No. RT " * 100_000',
    "letters": '"A" * 1_000_000',
}


#: Long texts dense with personal data (each about 1 MB, one line), and how many findings each
#: gives: every rule that reads the whole text or its line for each number or mailbox once made
#: these take minutes (the time grew with the square of the length).
DENSE = {
    "phones-with-words": ('"HP 081377662945, " * 60_000', 60_000),
    "counted-phones": ('"HP 081234567890, " * 60_000', 60_000),
    "mailboxes": ('"x.y@gmail.com " * 70_000', 70_000),
    "niks-with-words": ('"NIK 5371014501900001 " * 48_000', 48_000),
    "identity-blocks": (
        '"Sdr Maria Tefa NIK 5371014501900001 HP 0813-7766-2945. " * 18_000',
        54_000,
    ),
    "accounts": ('"rek BRI 731201887734 " * 48_000', 48_000),
    "npwps": ('"NPWP 01.234.567.8-920.000 " * 38_000', 38_000),
}


def test_long_texts_dense_with_personal_data_finish_with_every_finding() -> None:
    # In a child process with a wall-clock cap, as above: a rule whose cost grows with the
    # square of the text's length would run for minutes here, and the cap turns that into a
    # failure (the run takes about half a minute).
    script = textwrap.dedent(
        f"""
        from pengaduan.redaction import Redactor
        dense = { ({name: expression for name, (expression, _) in DENSE.items()})!r}
        redactor = Redactor.default()
        for name, expression in dense.items():
            print(name, len(redactor.find(eval(expression))))
        """
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=240, check=True
    )
    found = {line.split()[0]: int(line.split()[1]) for line in done.stdout.splitlines()}
    assert found == {name: count for name, (_, count) in DENSE.items()}


def test_hostile_inputs_finish_with_sane_output() -> None:
    # Run in a child process with a generous wall-clock cap: a regex that backtracks
    # catastrophically would hang here instead of failing, so the cap turns a hang into a failure.
    script = textwrap.dedent(
        f"""
        from pengaduan.redaction import Redactor
        hostile = {HOSTILE!r}
        redactor = Redactor.default()
        for name, expression in hostile.items():
            text = eval(expression)
            result = redactor.redact(text)
            print(name, len(text), len(result.text), len(result.spans))
        """
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=240, check=True
    )
    rows = {
        line.split()[0]: [int(x) for x in line.split()[1:]] for line in done.stdout.splitlines()
    }
    assert set(rows) == set(HOSTILE)
    for name in ("digits", "brackets", "nested-tags", "dots", "honorifics", "letters"):
        assert rows[name][2] == 0, name
        assert rows[name][0] == rows[name][1], name
    assert rows["phone-like-repeats"][2] > 0  # 0812 0812 0812 ... holds valid phones
