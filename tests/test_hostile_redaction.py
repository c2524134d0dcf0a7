"""Hostile input to every public redaction entry point.

Each case ends in a result or a typed error, leaks no planted secret, and finishes in bounded time
(:mod:`tests.hostile_helpers`). Beyond that, cases check what matters: the error's class and
reason, that redaction stays idempotent, that planted identifiers written in other digit scripts
or split by invisible characters are redacted with their exact original offsets.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any

import pytest
from tests.hostile_helpers import (
    HOSTILE_TEXTS,
    SECRET_EMAIL,
    SECRET_NAME,
    SECRET_NIK,
    SECRET_PHONE,
    SECRET_TEXT,
    WRONG_TYPES,
    outcome,
    raises_typed,
)

from pengaduan.errors import ArgumentError, ConfigurationError, PengaduanError, RedactionError
from pengaduan.model import Actor, Location, Privacy, Reporter, Submission
from pengaduan.privacy import view
from pengaduan.redaction import (
    AddressDetector,
    DetectionContext,
    Drop,
    EmailDetector,
    GazetteerNameDetector,
    KnownIdentity,
    KnownIdentityDetector,
    Mask,
    NameDetector,
    NameGazetteer,
    NumberDetector,
    PlateDetector,
    Pseudonym,
    RedactionResult,
    Redactor,
    RegexDetector,
    Tag,
    canonical_value,
    office_phones,
)
from pengaduan.redaction.presidio import analyzer_engine, presidio_recognizer
from pengaduan.workflow import Workflow

TAGS = Redactor.default()
MASKS = Redactor.default(fallback=Mask(keep=0))
PSEUDONYMS = Redactor.default(fallback=Pseudonym(secret=b"k" * 32))
REDACTORS = {"tags": TAGS, "masks": MASKS, "pseudonyms": PSEUDONYMS}
KNOWN = KnownIdentity(names=[SECRET_NAME], phones=[SECRET_PHONE], emails=[SECRET_EMAIL])
CONTEXT = DetectionContext("teks", KnownIdentity(), [])
AT = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
WF = Workflow.default()

DETECTORS = {
    "numbers": NumberDetector(),
    "email": EmailDetector(),
    "plate": PlateDetector(),
    "name": NameDetector(),
    "address": AddressDetector(),
    "known": KnownIdentityDetector(),
    "gazetteer": GazetteerNameDetector(),
    "regex": RegexDetector.build(name="rm", kind="medical_record", pattern=r"RM-[0-9]{6}"),
}
OPERATORS = {
    "tag": Tag(),
    "mask": Mask(),
    "drop": Drop(),
    "pseudonym": Pseudonym(secret=b"k" * 32),
}


def _ids(table: tuple[tuple[str, Any], ...]) -> list[str]:
    return [name for name, _ in table]


def _wrong(*skip: str) -> list[Any]:
    return [pytest.param(value, id=name) for name, value in WRONG_TYPES if name not in skip]


# ---------------------------------------------------------------------------------------------
# Redactor.redact / find


@pytest.mark.parametrize("value", _wrong())
def test_redact_refuses_what_is_not_text(value: object) -> None:
    error = raises_typed(TAGS.redact, value)
    assert isinstance(error, RedactionError)
    assert error.reason == "not-text"


@pytest.mark.parametrize("known", _wrong("none"))
def test_redact_refuses_a_known_identity_of_the_wrong_type(known: object) -> None:
    error = raises_typed(TAGS.redact, "HP 0812-3456-7890", known=known)
    assert isinstance(error, RedactionError)
    assert error.reason == "not-known-identity"


def _assert_sane(text: str, result: RedactionResult, redactor: Redactor) -> None:
    cursor, rebuilt = 0, []
    for span in result.spans:
        assert cursor <= span.start < span.end <= len(text)
        rebuilt += [text[cursor : span.start], result.text[span.redacted_start : span.redacted_end]]
        cursor = span.end
    assert "".join([*rebuilt, text[cursor:]]) == result.text
    assert redactor.redact(result.text, known=KNOWN).text == result.text


@pytest.mark.parametrize("name", list(REDACTORS))
@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=_ids(HOSTILE_TEXTS))
def test_redact_survives_hostile_text(text: str, name: str) -> None:
    redactor = REDACTORS[name]
    result = outcome(redactor.redact, text, known=KNOWN)
    assert isinstance(result, RedactionResult)
    _assert_sane(text, result, redactor)
    for secret in (SECRET_NIK, SECRET_PHONE, SECRET_EMAIL, SECRET_NAME):
        assert secret not in result.text


def test_zero_width_split_phone_is_redacted_whole() -> None:
    text = dict(HOSTILE_TEXTS)["zero-width"]
    result = TAGS.redact(text, known=KNOWN)
    assert result.text.startswith("[PHONE] ")
    assert (result.spans[0].start, result.spans[0].end) == (0, 14)


# ---------------------------------------------------------------------------------------------
# Planted identifiers in other digit scripts and with invisible separators

#: Digit zero of each script; the nine digits after it follow in order.
SCRIPTS = {
    "fullwidth": "\uff10",
    "arabic-indic": "\u0660",
    "extended-arabic-indic": "\u06f0",
    "devanagari": "\u0966",
    "bengali": "\u09e6",
    "thai": "\u0e50",
    "mathematical-bold": "\U0001d7ce",
}
SEPARATORS = {
    "none": "",
    "zwsp": "\u200b",
    "zwnj": "\u200c",
    "zwj": "\u200d",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
    "soft-hyphen": "\u00ad",
    "nbsp": "\u00a0",
    "narrow-nbsp": "\u202f",
}
PLANTED = {"phone": ("HP ", SECRET_PHONE, "phone"), "nik": ("NIK ", SECRET_NIK, "nik")}


def _written(digits: str, zero: str, separator: str) -> str:
    chars = [chr(ord(zero) + int(d)) for d in digits]
    return chars[0] + "".join(
        separator + c if i % 4 == 0 else c for i, c in enumerate(chars[1:], 1)
    )


@pytest.mark.parametrize("planted", list(PLANTED))
@pytest.mark.parametrize("separator", list(SEPARATORS))
@pytest.mark.parametrize("script", list(SCRIPTS))
def test_planted_identifier_in_any_digit_form_is_redacted_at_its_offsets(
    script: str, separator: str, planted: str
) -> None:
    trigger, digits, kind = PLANTED[planted]
    value = _written(digits, SCRIPTS[script], SEPARATORS[separator])
    before, after = f"Lapor {trigger}", " tolong cek. \u200bTerima kasih"
    text = before + value + after
    result = outcome(TAGS.redact, text)
    assert [(s.kind, s.start, s.end) for s in result.spans] == [
        (kind, len(before), len(before) + len(value))
    ]
    assert result.text == f"{before}[{kind.upper()}]{after}"  # the rest is left as written
    assert TAGS.redact(result.text).text == result.text


@pytest.mark.parametrize("separator", ["\u200b", "\u200d", "\u00ad", "\ufeff"])
def test_email_and_known_name_split_by_invisible_characters(separator: str) -> None:
    email = SECRET_EMAIL.replace("manafe", f"man{separator}afe")
    name = SECRET_NAME.replace("Manafe", f"Ma{separator}nafe")
    text = f"surel {email} dari {name}."
    result = TAGS.redact(text, known=KNOWN)
    assert result.text == "surel [EMAIL] dari [NAME]."
    assert text[result.spans[0].start : result.spans[0].end] == email


@pytest.mark.parametrize("name", list(REDACTORS))
def test_masks_keep_original_characters_and_stay_idempotent(name: str) -> None:
    redactor = Redactor.default(operators={"phone": Mask()})
    text = "HP \uff10\uff18\uff11\uff12-\uff13\uff14\uff15\uff16-\uff17\uff18\uff19\uff10 ya"
    result = redactor.redact(text)
    assert result.text == "HP ****-****-\uff17\uff18\uff19\uff10 ya"
    assert redactor.redact(result.text).text == result.text
    assert REDACTORS[name].redact(result.text).spans == ()


def test_pseudonym_is_the_same_for_every_digit_form() -> None:
    pseudonym = Pseudonym(secret=b"k" * 32)
    ascii_form = pseudonym(kind="phone", value="0812-3456-7890")
    for zero in SCRIPTS.values():
        assert pseudonym(kind="phone", value=_written("081234567890", zero, "\u200b")) == ascii_form


# ---------------------------------------------------------------------------------------------
# Huge inputs (bounded time, in a child process so a hang cannot stall the suite)


def test_huge_unicode_inputs_finish() -> None:
    script = (
        "from pengaduan.redaction import Redactor\n"
        "r = Redactor.default()\n"
        "for text in ['\\uff10' * 300_000, '\\u200b' * 300_000, '0\\u200b' * 150_000,\n"
        "             '\\u0668\\u00ad' * 150_000, 'HP \\uff10\\uff18\\uff11\\uff12 ' * 20_000]:\n"
        "    result = r.redact(text)\n"
        "    assert r.redact(result.text).text == result.text\n"
        "print('ok')\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=240, check=True
    )
    assert done.stdout.strip() == "ok"


# ---------------------------------------------------------------------------------------------
# Redactor construction


@pytest.mark.parametrize("value", _wrong())
@pytest.mark.parametrize("field", ["detectors", "operators", "fallback"])
def test_redactor_refuses_arguments_of_the_wrong_type(field: str, value: object) -> None:
    arguments: dict[str, object] = {"detectors": TAGS.detectors, field: value}
    result = outcome(Redactor, **arguments)
    if field == "fallback" and value is print:
        # Any callable may be an operator; one that answers no str fails when it is used.
        error = raises_typed(result.redact, f"HP {SECRET_PHONE}")
        assert isinstance(error, RedactionError)
        assert error.reason == "bad-operator"
    else:
        assert isinstance(result, ConfigurationError)


@pytest.mark.parametrize("failure", ["raises", "returns-none", "returns-bytes"])
def test_an_app_operator_that_fails_is_a_typed_error_without_the_value(failure: str) -> None:
    def operator(*, kind: str, value: str) -> object:
        if failure == "raises":
            raise ValueError(value)
        return None if failure == "returns-none" else value.encode()

    redactor = Redactor.default(fallback=operator)  # type: ignore[arg-type]
    error = raises_typed(redactor.redact, f"NIK {SECRET_NIK}")
    assert isinstance(error, RedactionError)
    assert error.reason == "bad-operator"
    assert error.__context__ is None


@pytest.mark.parametrize("value", _wrong("none"))
@pytest.mark.parametrize(
    "field", ["operators", "fallback", "extra_detectors", "allowed_phones", "allowed_emails"]
)
def test_default_redactor_refuses_arguments_of_the_wrong_type(field: str, value: object) -> None:
    valid = (
        field == "allowed_emails"
        and isinstance(value, list | set)
        and all(isinstance(v, str) for v in value)
    ) or (field == "fallback" and value is print)
    result = outcome(Redactor.default, **{field: value})
    assert isinstance(result, Redactor if valid else ConfigurationError)


# ---------------------------------------------------------------------------------------------
# Detectors


@pytest.mark.parametrize("value", _wrong())
@pytest.mark.parametrize("name", list(DETECTORS))
def test_detectors_refuse_what_is_not_text(name: str, value: object) -> None:
    error = raises_typed(DETECTORS[name], value, CONTEXT)
    assert isinstance(error, RedactionError)
    assert error.reason == "not-text"


@pytest.mark.parametrize("value", _wrong())
@pytest.mark.parametrize("name", list(DETECTORS))
def test_detectors_refuse_a_context_of_the_wrong_type(name: str, value: object) -> None:
    error = raises_typed(DETECTORS[name], "teks", value)
    assert isinstance(error, RedactionError)
    assert error.reason == "not-context"


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=_ids(HOSTILE_TEXTS))
@pytest.mark.parametrize("name", list(DETECTORS))
def test_detectors_survive_hostile_text(name: str, text: str) -> None:
    context = DetectionContext(text, KNOWN, [])
    findings = outcome(lambda: list(DETECTORS[name](text, context)))
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)


DETECTOR_FIELDS = [
    (NumberDetector, "name", ()),
    (NumberDetector, "kinds", ()),
    (NumberDetector, "allowed_phones", ()),
    (NumberDetector, "only_known", ("bool",)),
    (EmailDetector, "allowed", ()),
    (EmailDetector, "role_mailboxes", ()),
    (NameDetector, "max_words", ("int",)),
    (PlateDetector, "name", ()),
    (AddressDetector, "name", ()),
    (KnownIdentityDetector, "name", ()),
]


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [
        pytest.param(cls, field, value, id=f"{cls.__name__}-{field}-{name}")
        for cls, field, skip in DETECTOR_FIELDS
        for name, value in WRONG_TYPES
        if name not in skip
    ],
)
def test_detector_construction_refuses_wrong_types(cls: type, field: str, value: object) -> None:
    error = raises_typed(cls, **{field: value})
    assert isinstance(error, ConfigurationError)


@pytest.mark.parametrize("value", _wrong())
@pytest.mark.parametrize("argument", ["text", "known", "collapsed"])
def test_detection_context_refuses_wrong_types(argument: str, value: object) -> None:
    arguments: dict[str, object] = {"text": "teks", "known": KnownIdentity(), "collapsed": []}
    arguments[argument] = value
    if argument == "collapsed" and value == []:
        pytest.skip("an empty list is valid")
    error = raises_typed(DetectionContext, *arguments.values())
    assert isinstance(error, RedactionError)


REGEX_FIELDS = {
    "name": ("none",),
    "kind": (),
    "pattern": (),
    "flags": (),
    "validate": ("none", "type", "callable"),
    "engine": (),
}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param(field, value, id=f"{field}-{name}")
        for field, skip in REGEX_FIELDS.items()
        for name, value in WRONG_TYPES
        if name not in skip or field == "name"
    ],
)
def test_regex_detector_refuses_wrong_types(field: str, value: object) -> None:
    arguments: dict[str, object] = {"name": "rm", "kind": "medical_record", "pattern": "RM-[0-9]+"}
    arguments[field] = value
    error = raises_typed(RegexDetector.build, **arguments)
    assert isinstance(error, ConfigurationError)


@pytest.mark.parametrize("verdict", ["raises", "not-bool"])
def test_a_failing_validator_is_a_typed_error_without_the_value(verdict: str) -> None:
    def validate(value: str) -> bool:
        if verdict == "raises":
            raise ValueError(value)
        return value  # type: ignore[return-value]

    detector = RegexDetector.build(
        name="nik-app", kind="nik", pattern=r"[0-9]{16}", validate=validate
    )
    redactor = Redactor(detectors=(detector,))
    error = raises_typed(redactor.redact, f"NIK {SECRET_NIK}")
    assert isinstance(error, RedactionError)
    assert error.reason == "bad-validator"
    assert error.__context__ is None
    assert error.__cause__ is None


# ---------------------------------------------------------------------------------------------
# Evil regexes: refused without RE2, bounded with it

EVIL = [
    r"(a+)+$",
    r"(a|a)*$",
    r"(a|aa)+$",
    r"(.*a){12}",
    r"(\w+\s?)+$",
    r"^(a+)+$",
    r"(x+x+)+y",
    r"([a-zA-Z]+)*$",
    r"(a|a?)+$",
    r"(\d+|\d+-)+$",
    r"(?:a*)*b",
    r"(?:a?){25}a{25}",
    r"(.*){1,32}[bc]",
    r"\d*\d*\d*\d*x",
    r"(a)\1",
    r"(?P<x>a+)(?P=x)+$",
    r"((ab)*|a)+$",
    r"(?i)(?:k|K)+$",
    r"(?s)(.|\n)*!",
    r"([^@]+)+@",
]
EVIL_INPUTS = ["a" * 30 + "!", "a" * 50 + "\u200b!", "x" * 40, "1" * 45 + "!", "ab" * 20 + "c"]


@pytest.mark.parametrize("pattern", EVIL)
def test_evil_patterns_are_refused_without_re2(pattern: str) -> None:
    error = raises_typed(
        RegexDetector.build, name="app-pola", kind="app_id", pattern=pattern, engine="python"
    )
    assert isinstance(error, ConfigurationError)
    assert error.what == "detector 'app-pola'"
    assert any(
        "backtrack" in problem or "linear-time" in problem or "empty" in problem
        for problem in error.problems
    )


@pytest.mark.parametrize("text", EVIL_INPUTS)
@pytest.mark.parametrize("pattern", EVIL)
def test_evil_patterns_finish_quickly_on_re2_or_are_refused(pattern: str, text: str) -> None:
    built = outcome(RegexDetector.build, name="app-pola", kind="app_id", pattern=pattern)
    if isinstance(built, PengaduanError):
        assert isinstance(built, ConfigurationError)
        return
    assert built.runs_on == "re2"
    result = outcome(Redactor(detectors=(built,)).redact, text, seconds=2.0)
    assert isinstance(result, RedactionResult)


SAFE = [
    r"\bRM-[0-9]{6}\b",
    r"(?<![0-9])[0-9]{10}(?![0-9])",
    r"(?:[0-9]{3}-){2}[0-9]{4}",
    r"(?:[0-9]+-)+[0-9]+",
    r"(?:-[0-9]+)+",
    r"NISN\s*:?\s*[0-9]{10}",
    r"[A-Z]{2}[0-9]++",
    r"(?>[a-z]+)@",
]


@pytest.mark.parametrize("pattern", SAFE)
@pytest.mark.parametrize("engine", ["python", "auto"])
def test_linear_patterns_are_accepted(pattern: str, engine: str) -> None:
    detector = outcome(
        RegexDetector.build, name="app", kind="app_id", pattern=pattern, engine=engine
    )
    assert isinstance(detector, RegexDetector)
    assert detector.runs_on in {"re2", "python"}
    if engine == "python":
        assert detector.runs_on == "python"


@pytest.mark.parametrize(
    ("name", "pattern"),
    [("too-long", "a" * 5000), ("deep", "(" * 200 + "a" + ")" * 200), ("bad", "(")],
    ids=["too-long", "deep", "bad"],
)
@pytest.mark.parametrize("engine", ["python", "auto"])
def test_huge_or_broken_patterns_are_refused(name: str, pattern: str, engine: str) -> None:
    if name == "deep" and engine == "auto":
        pattern = "(a+)+" + pattern  # RE2 reads deep nesting, so only Python's path refuses it
        engine = "python"
    error = raises_typed(
        RegexDetector.build, name="app", kind="app_id", pattern=pattern, engine=engine
    )
    assert isinstance(error, ConfigurationError)


def test_re2_engine_refuses_patterns_it_does_not_read() -> None:
    error = raises_typed(
        RegexDetector.build, name="app", kind="app_id", pattern=r"(?<!x)a", engine="re2"
    )
    assert isinstance(error, ConfigurationError)
    assert "RE2" in error.problems[0]


# ---------------------------------------------------------------------------------------------
# Operators, canonical values, known identities


@pytest.mark.parametrize("value", _wrong())
@pytest.mark.parametrize("argument", ["kind", "value"])
@pytest.mark.parametrize("name", list(OPERATORS))
def test_operators_refuse_what_is_not_text(name: str, argument: str, value: object) -> None:
    arguments: dict[str, object] = {"kind": "phone", "value": SECRET_PHONE}
    arguments[argument] = value
    error = raises_typed(OPERATORS[name], **arguments)
    assert isinstance(error, RedactionError)


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=_ids(HOSTILE_TEXTS))
@pytest.mark.parametrize("name", list(OPERATORS))
def test_operators_take_hostile_values(name: str, text: str) -> None:
    replaced = outcome(OPERATORS[name], kind="name", value=text)
    assert isinstance(replaced, str)
    if name == "mask":
        assert len(replaced) == len(text)


OPERATOR_FIELDS = [
    (Tag, "label", ("none",)),
    (Mask, "keep", ("int",)),
    (Mask, "char", ()),
    (Pseudonym, "secret", ()),
    (Pseudonym, "length", ("int",)),
]


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [
        pytest.param(cls, field, value, id=f"{cls.__name__}-{field}-{name}")
        for cls, field, skip in OPERATOR_FIELDS
        for name, value in WRONG_TYPES
        if name not in skip
    ],
)
def test_operator_construction_refuses_wrong_types(cls: type, field: str, value: object) -> None:
    arguments: dict[str, object] = {"secret": b"k" * 32} if cls is Pseudonym else {}
    arguments[field] = value
    error = raises_typed(cls, **arguments)
    assert isinstance(error, ConfigurationError)


@pytest.mark.parametrize("char", ["\u200b", "\uff0a", "a", "7", " ", "**"])
def test_mask_refuses_characters_that_fold_or_read_as_data(char: str) -> None:
    assert isinstance(raises_typed(Mask, char=char), ConfigurationError)


@pytest.mark.parametrize("value", _wrong())
@pytest.mark.parametrize("argument", ["kind", "value"])
def test_canonical_value_refuses_what_is_not_text(argument: str, value: object) -> None:
    arguments: dict[str, object] = {"kind": "phone", "value": SECRET_PHONE}
    arguments[argument] = value
    assert isinstance(raises_typed(canonical_value, **arguments), RedactionError)


@pytest.mark.parametrize("value", _wrong("list", "set", "secret-str-in-list"))
@pytest.mark.parametrize("field", ["names", "phones", "emails", "niks"])
def test_known_identity_refuses_wrong_types(field: str, value: object) -> None:
    error = raises_typed(KnownIdentity, **{field: value})
    assert error.code == "argument"


@pytest.mark.parametrize("value", _wrong("dict"))
def test_known_identity_from_dict_refuses_wrong_types(value: object) -> None:
    assert isinstance(raises_typed(KnownIdentity.from_dict, value), ConfigurationError)


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=_ids(HOSTILE_TEXTS))
def test_known_identity_takes_hostile_strings(text: str) -> None:
    known = outcome(KnownIdentity, names=[text], phones=[text], emails=[text], niks=[text])
    assert isinstance(known, KnownIdentity)
    assert isinstance(
        outcome(TAGS.redact, f"Nama {text} HP 0812-3456-7890", known=known), RedactionResult
    )


# ---------------------------------------------------------------------------------------------
# Views


def _complaint(text: str = "Air mati", **fields: Any) -> Any:
    submission = Submission(
        text=text,
        channel="web",
        reporter=Reporter(name=SECRET_NAME, phone=SECRET_PHONE, nik=SECRET_NIK),
        privacy=Privacy.PUBLIK,
        **fields,
    )
    return WF.receive(submission, tracking_id="KPG-7", at=AT, actor=Actor.system())


COMPLAINT = _complaint()
PORTAL = Actor.system("portal")


@pytest.mark.parametrize("value", _wrong())
@pytest.mark.parametrize("argument", ["complaint", "audience", "viewer", "at"])
def test_view_refuses_wrong_types(argument: str, value: object) -> None:
    arguments: dict[str, object] = {
        "complaint": COMPLAINT,
        "audience": "public",
        "viewer": PORTAL,
        "at": AT,
    }
    arguments[argument] = value
    complaint, audience = arguments.pop("complaint"), arguments.pop("audience")
    raises_typed(view, complaint, audience, **arguments)


PLANTED_FREE_TEXT = f"Nama saya {SECRET_NAME}, HP {SECRET_PHONE}, NIK {SECRET_NIK}, {SECRET_EMAIL}"


@pytest.mark.parametrize(
    "field",
    ["category", "subject", "text", "kelurahan", "kecamatan", "city"],
)
def test_public_view_redacts_every_free_text_field(field: str) -> None:
    if field in {"kelurahan", "kecamatan", "city"}:
        complaint = _complaint(location=Location(**{field: PLANTED_FREE_TEXT}))
    elif field == "text":
        complaint = _complaint(PLANTED_FREE_TEXT)
    else:
        complaint = _complaint(**{field: PLANTED_FREE_TEXT})
    public, _ = outcome(view, complaint, "public", viewer=PORTAL, at=AT)
    shown = str(public.to_dict())
    for secret in (SECRET_NAME, SECRET_PHONE, SECRET_NIK, SECRET_EMAIL, "Manafe"):
        assert secret not in shown
    assert "[PHONE]" in shown


#: Receiving a complaint with a lone surrogate is the workflow's concern, not the view's.
VIEW_TEXTS = tuple((name, text) for name, text in HOSTILE_TEXTS if "surrogate" not in name)


@pytest.mark.parametrize("text", [t for _, t in VIEW_TEXTS], ids=_ids(VIEW_TEXTS))
def test_public_view_of_hostile_texts(text: str) -> None:
    if "\x00" in text:  # refused where it enters: no database stores a NUL as text
        error = raises_typed(_complaint, text, category=text, subject=text)
        assert isinstance(error, ArgumentError)
        assert "NUL" in error.message("en")
        return
    complaint = _complaint(text or "x", category=text or None, subject=text or None)
    public, stored = outcome(view, complaint, "public", viewer=PORTAL, at=AT)
    assert stored is complaint
    shown = str(public.to_dict())
    for secret in (SECRET_PHONE, SECRET_NIK, SECRET_EMAIL):
        assert secret not in shown


# ---------------------------------------------------------------------------------------------
# The presidio adapter


@pytest.mark.parametrize("value", _wrong())
@pytest.mark.parametrize("function", [presidio_recognizer, analyzer_engine])
def test_presidio_adapter_refuses_what_is_not_a_redactor(function: Any, value: object) -> None:
    error = raises_typed(function, value)
    assert error.code in {"argument", "optional-dependency"}


@pytest.mark.parametrize("value", _wrong("int", "bool"))
def test_presidio_adapter_refuses_a_bad_score(value: object) -> None:
    assert raises_typed(presidio_recognizer, TAGS, score=value).code in {
        "argument",
        "optional-dependency",
    }


# ---------------------------------------------------------------------------------------------
# The command line


@pytest.mark.parametrize(
    "argument",
    [SECRET_TEXT, f"Nama saya {SECRET_NAME}, NIK {SECRET_NIK}", SECRET_TEXT * 500, "a\x00b"],
    ids=["text", "identity", "huge", "nul"],
)
def test_cli_redact_never_echoes_an_argument_that_is_not_a_file(argument: str) -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-m", "pengaduan", "redact", argument.replace("\x00", "")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    for secret in (SECRET_TEXT, SECRET_NAME, SECRET_NIK, "Nama saya"):
        assert secret not in done.stdout + done.stderr
    assert re.search(r"redact", done.stderr)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (f"hub {SECRET_PHONE}\n".encode(), "hub [TELEPON]\n"),  # the default language's tag
        ("HP \uff10\uff18\uff11\uff12\u200b3456\u200b7890\n".encode(), "HP [TELEPON]\n"),
        (b"\xff\xfe" + SECRET_NIK.encode(), ""),
    ],
    ids=["plain", "fullwidth-zero-width", "not-utf8"],
)
def test_cli_redact_reads_standard_input(data: bytes, expected: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pengaduan", "redact", "-"],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.decode() == expected
    assert (done.returncode == 0) == bool(expected)
    assert SECRET_NIK.encode() not in done.stderr


# ---------------------------------------------------------------------------------------------
# Gazetteer and office numbers


@pytest.mark.parametrize("value", _wrong())
def test_office_phones_refuses_what_is_not_a_directory(value: object) -> None:
    assert isinstance(raises_typed(office_phones, value), ArgumentError)


@pytest.mark.parametrize("value", _wrong())
def test_a_gazetteer_source_of_the_wrong_type_is_refused(value: object) -> None:
    assert isinstance(raises_typed(NameGazetteer.from_toml, value), ConfigurationError)


@pytest.mark.parametrize("text", [t for _, t in HOSTILE_TEXTS], ids=_ids(HOSTILE_TEXTS))
def test_a_hostile_gazetteer_text_is_refused_or_read(text: str) -> None:
    result = outcome(NameGazetteer.from_toml, text)
    assert isinstance(result, NameGazetteer | ConfigurationError)
