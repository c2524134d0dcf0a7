"""The redactor: operators, overlap rule, spans, configuration errors, Presidio adapter."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from pengaduan import redaction
from pengaduan.errors import ConfigurationError, OptionalDependencyError, RedactionError
from pengaduan.redaction import (
    DetectionContext,
    Drop,
    Finding,
    KnownIdentity,
    Mask,
    PiiKind,
    Pseudonym,
    Redactor,
    RegexDetector,
    Tag,
    resolve_overlaps,
)
from pengaduan.redaction.presidio import analyzer_engine, presidio_recognizer

SECRET = b"s" * 32


def test_public_names_resolve_sorted_and_documented() -> None:
    assert redaction.__all__ == sorted(redaction.__all__, key=lambda n: (not n.isupper(), n))
    for name in redaction.__all__:
        obj = getattr(redaction, name)
        assert obj.__doc__ or name.isupper(), name


@pytest.mark.parametrize(
    ("operator", "expected"),
    [
        (Tag(), "HP [PHONE]"),
        (Tag(label="TELEPON"), "HP [TELEPON]"),
        (Tag(language="id"), "HP [TELEPON]"),
        (Tag(language="en"), "HP [PHONE]"),
        (Tag(label="NOMOR", language="id"), "HP [NOMOR]"),
        (Mask(), "HP ****-****-7890"),
        (Mask(keep=0, char="#"), "HP ####-####-####"),
        (Drop(), "HP "),
    ],
    ids=["tag", "tag-label", "tag-id", "tag-en", "label-wins", "mask", "mask-all", "drop"],
)
def test_operators(operator: object, expected: str) -> None:
    redactor = Redactor.default(operators={"phone": operator})  # type: ignore[dict-item]
    assert redactor.redact("HP 0812-3456-7890").text == expected


def test_pseudonym_links_one_person_across_writings_and_not_others() -> None:
    redactor = Redactor.default(fallback=Pseudonym(secret=SECRET))
    a = redactor.redact("0812-3456-7890").text
    b = redactor.redact("+62 812 3456 7890").text
    c = redactor.redact("0812-3456-7891").text
    other_key = Redactor.default(fallback=Pseudonym(secret=b"t" * 32)).redact("0812-3456-7890")
    assert a == b != c
    assert a.startswith("[PHONE-")
    assert len(a) == len("[PHONE-]") + 10
    assert other_key.text != a
    assert "sss" not in repr(Pseudonym(secret=SECRET))


@pytest.mark.parametrize(
    "build",
    [
        lambda: Pseudonym(secret=b"short"),
        lambda: Pseudonym(secret=SECRET, length=2),
        lambda: Mask(keep=20),
        lambda: Mask(char="x"),
        lambda: Tag(label="not upper"),
        lambda: Tag(language="jv"),
        lambda: Tag(language=1),
        lambda: Pseudonym(secret=SECRET, language="ID"),
    ],
    ids=[
        "short-secret",
        "short-pseudonym",
        "mask-keep",
        "mask-char",
        "tag-label",
        "tag-language",
        "tag-language-type",
        "pseudonym-language",
    ],
)
def test_bad_operator_configuration(build: object) -> None:
    with pytest.raises(ConfigurationError):
        build()  # type: ignore[operator]


def test_indonesian_labels_for_every_built_in_kind_and_the_same_pseudonym_letters() -> None:
    text = (
        "Sy Maria Tefa, HP 0813-3900-7788, NIK 5371041203900001, email mt@mail.id, rumah di "
        "Jl. Timor Raya No. 12, rek BRI 123456789012 a.n. Maria, motor DH 1234 AB"
    )
    english = Redactor.default().redact(text).text
    indonesian = Redactor.default(fallback=Tag(language="id")).redact(text).text
    assert indonesian == (
        "Sy [NAMA], HP [TELEPON], NIK [NIK], email [EMAIL], rumah di [ALAMAT], rek BRI "
        "[REKENING] a.n. [NAMA], motor [NOPOL]"
    )
    for english_tag, indonesian_tag in (
        ("[NAME]", "[NAMA]"),
        ("[PHONE]", "[TELEPON]"),
        ("[ADDRESS]", "[ALAMAT]"),
        ("[BANK_ACCOUNT]", "[REKENING]"),
        ("[PLATE]", "[NOPOL]"),
    ):
        english = english.replace(english_tag, indonesian_tag)
    assert english == indonesian
    plain = Redactor.default(fallback=Pseudonym(secret=SECRET)).redact("0812-3456-7890").text
    local = Redactor.default(fallback=Pseudonym(secret=SECRET, language="id"))
    assert local.redact("0812-3456-7890").text == plain.replace("[PHONE-", "[TELEPON-")
    assert Tag(language="id")(kind="pengaduan_lain", value="x") == "[PENGADUAN_LAIN]"


def test_default_reports_every_problem_at_once() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Redactor.default(
            operators={"Bad Kind": Tag(), "phone": "mask"},  # type: ignore[dict-item]
            allowed_phones=["12"],
        )
    assert len(caught.value.problems) == 3


def test_spans_carry_positions_not_values() -> None:
    text = "NIK 5371041203900001 hp 081234567890"
    result = Redactor.default().redact(text)
    assert result.text == "NIK [NIK] hp [PHONE]"
    nik, phone = result.spans
    assert (nik.kind, nik.start, nik.end, nik.detector) == ("nik", 4, 20, "numbers")
    assert result.text[nik.redacted_start : nik.redacted_end] == "[NIK]"
    assert result.text[phone.redacted_start : phone.redacted_end] == "[PHONE]"
    assert "5371" not in repr(result)
    assert "0812" not in repr(result)
    assert result.counts() == {"nik": 1, "phone": 1}


def test_overlap_rule_longest_then_kind_priority() -> None:
    findings = [
        Finding(kind="name", start=0, end=5, detector="a"),
        Finding(kind="email", start=0, end=12, detector="b"),
        Finding(kind="plate", start=20, end=25, detector="c"),
        Finding(kind="phone", start=20, end=25, detector="d"),
        Finding(kind="custom", start=30, end=35, detector="e"),
        Finding(kind="name", start=30, end=35, detector="f"),
    ]
    chosen = resolve_overlaps(findings, 40)
    assert [(f.kind, f.detector) for f in chosen] == [
        ("email", "b"),
        ("phone", "d"),
        ("name", "f"),
    ]


def test_known_name_inside_email_loses_to_the_email() -> None:
    known = KnownIdentity(names=["Yohanes"])
    result = Redactor.default().redact("mail yohanes@gmail.com", known=known)
    assert result.text == "mail [EMAIL]"


def test_known_name_spelled_like_a_tag_is_not_found_inside_tags() -> None:
    redactor = Redactor.default()
    known = KnownIdentity(names=["Phone Tefa"])
    once = redactor.redact("hp 0812-3456-7890 phone", known=known).text
    assert once == "hp [PHONE] [NAME]"
    assert redactor.redact(once, known=known).text == once


#: An app detector whose word boundary sees a finding's letters: found only next to a tag.
MEMBER = RegexDetector.build(
    name="member", kind="member_code", pattern=r"(?<![A-Za-z0-9])K-[0-9]{3}(?![A-Za-z0-9])"
)


@pytest.mark.parametrize("operator", [Tag(), Pseudonym(secret=SECRET)], ids=["tag", "pseudonym"])
def test_glued_findings_are_rechecked_as_they_will_be_written(operator: object) -> None:
    redactor = Redactor.default(extra_detectors=[MEMBER], fallback=operator)  # type: ignore[arg-type]
    known = KnownIdentity(names=["Yohanes Benu"])
    text = "x " * 2000 + "kode K-123Yohanes hadir" + " y" * 2000
    result = redactor.redact(text, known=known)
    assert [(s.kind, text[s.start : s.end], s.detector) for s in result.spans] == [
        ("member_code", "K-123", "member"),
        ("name", "Yohanes", "known"),
    ]
    assert redactor.redact(result.text, known=known).text == result.text
    assert [(f.start, f.end) for f in redactor.find(text, known=known)] == [
        (s.start, s.end) for s in result.spans
    ]


def test_recheck_of_a_long_text_grows_its_window_over_a_long_match() -> None:
    # An app detector that sees a run of digits only once a tag follows it. In a long text the
    # recheck renders a window around the glued name; the run crosses the window's cut edge, so
    # the window grows until the whole run is inside it, and the finding is the whole run.
    run = RegexDetector.build(
        name="digits", kind="digit_run", pattern=r"(?<![0-9])[0-9]++(?![A-Za-z])"
    )
    redactor = Redactor.default(extra_detectors=[run])
    known = KnownIdentity(names=["Yohanes Benu"])
    prose = "air mati di kelurahan. " * 400
    text = prose + "7" * 5000 + "Yohanes datang. " + prose
    result = redactor.redact(text, known=known)
    assert result.text == prose + "[DIGIT_RUN][NAME] datang. " + prose
    start = len(prose)
    assert [(s.start, s.end) for s in result.spans] == [
        (start, start + 5000),
        (start + 5000, start + 5007),
    ]
    assert redactor.redact(result.text, known=known).text == result.text


@pytest.mark.parametrize("bad", [None, b"bytes", 12, ["list"]], ids=repr)
def test_not_text_is_a_typed_error(bad: object) -> None:
    with pytest.raises(RedactionError) as caught:
        Redactor.default().redact(bad)  # type: ignore[arg-type]
    assert caught.value.reason == "not-text"


def test_known_must_be_a_known_identity() -> None:
    with pytest.raises(RedactionError, match="KnownIdentity"):
        Redactor.default().redact("x", known={"names": ["A"]})  # type: ignore[arg-type]


def test_known_identity_from_dict() -> None:
    known = KnownIdentity.from_dict({"names": "Maria Ndun", "phones": ["0812"], "niks": []})
    assert known.names == ("Maria Ndun",)
    assert "Maria" not in repr(known)
    with pytest.raises(ConfigurationError) as caught:
        KnownIdentity.from_dict({"nama": "x", "phones": [1], "emails": 3})
    assert len(caught.value.problems) == 3
    assert "x" not in str(caught.value).replace("expected", "")
    assert "'nama'" in str(caught.value)  # a near miss of "names" is named, to fix the typo


@pytest.mark.parametrize("key", ["Maria Tefa", "maria", "+6281339001122", "5371014107900001"])
def test_known_identity_from_dict_never_shows_a_key_that_is_not_a_near_miss(key: str) -> None:
    """A record whose keys are people's names or numbers (a mapping the wrong way round) is
    refused without showing them."""
    with pytest.raises(ConfigurationError) as caught:
        KnownIdentity.from_dict({key: "names"})
    assert key not in str(caught.value)
    assert f"<str sepanjang {len(key)} karakter>" in str(caught.value)


class _BadDetector:
    name = "broken"

    def __call__(self, text: str, context: DetectionContext) -> list[Finding]:
        return [Finding(kind="name", start=0, end=len(text) + 5, detector=self.name)]


def test_detector_returning_a_bad_span_is_named() -> None:
    redactor = Redactor.default().with_detectors(_BadDetector())
    with pytest.raises(RedactionError) as caught:
        redactor.redact("rahasia")
    assert caught.value.detector == "broken"
    assert "rahasia" not in str(caught.value)


def test_redactor_rejects_non_detectors_and_duplicate_names() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Redactor(detectors=(object(), _BadDetector(), _BadDetector()))  # type: ignore[arg-type]
    assert len(caught.value.problems) == 2


def test_regex_detector_build_reports_all_problems() -> None:
    with pytest.raises(ConfigurationError) as caught:
        RegexDetector.build(name=" ", kind="Bad", pattern="(", validate=3)  # type: ignore[arg-type]
    assert len(caught.value.problems) == 4
    with pytest.raises(ConfigurationError) as caught:
        RegexDetector.build(name="x", kind="x", pattern="a*")
    assert "empty string" in caught.value.message("en")
    assert "teks kosong" in str(caught.value)


def test_presidio_adapter_runs_our_detectors() -> None:
    engine = analyzer_engine(Redactor.default())
    results = engine.analyze(text="NIK 5371041203900001, Bapak Yosef Lede", language="id")
    found = sorted((r.entity_type, r.start, r.end) for r in results)
    assert found == [("ID_NIK", 4, 20), ("PERSON", 28, 38)]
    recognizer = presidio_recognizer(Redactor.default())
    assert "ID_NIK" in recognizer.supported_entities
    assert recognizer.analyze("hp 081234567890", ["PERSON"]) == []


def test_presidio_module_imports_without_presidio_and_fails_clearly() -> None:
    script = (
        "import sys; sys.modules['presidio_analyzer'] = None\n"
        "import pengaduan.redaction.presidio as p\n"
        "from pengaduan.redaction import Redactor\n"
        "from pengaduan.errors import OptionalDependencyError\n"
        "try:\n"
        "    p.analyzer_engine(Redactor.default())\n"
        "except OptionalDependencyError as e:\n"
        "    print(type(e).__name__, e.package, isinstance(e, ImportError))\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["OptionalDependencyError", "presidio-analyzer", "True"]
    assert issubclass(OptionalDependencyError, ImportError)
    assert importlib.import_module("pengaduan.redaction.presidio")


def test_import_is_cheap_and_does_not_load_presidio() -> None:
    script = (
        "import sys, pengaduan.redaction\n"
        "print('presidio_analyzer' in sys.modules, 'spacy' in sys.modules)\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "False"]


def test_kinds_are_stable() -> None:
    assert [k.value for k in PiiKind] == [
        "nik",
        "kk",
        "npwp",
        "phone",
        "email",
        "bpjs",
        "bank_account",
        "plate",
        "name",
        "address",
    ]


def test_no_cache_keeps_the_numbers_a_pass_read() -> None:
    """People's phone numbers and NIKs are read afresh each time: no functools cache of the
    redaction modules grows when a text full of new numbers is redacted."""
    import importlib  # noqa: PLC0415 - only this test walks the package
    import pkgutil  # noqa: PLC0415

    import pengaduan.redaction as package  # noqa: PLC0415

    cached = []
    for info in pkgutil.iter_modules(package.__path__, "pengaduan.redaction."):
        module = importlib.import_module(info.name)
        cached += [f for f in vars(module).values() if callable(getattr(f, "cache_info", None))]
    assert cached  # the patterns and tables built on first use
    redactor = Redactor.default()
    redactor.find("pemanasan: HP 081234567890, telp (0380) 833411, Bapak Yohanes Ndun")
    sizes = {id(f): f.cache_info().currsize for f in cached}
    redactor.find(
        "HP saya 0813 5566 7788, WA +62 852-1188-2299, NIK 5371041203880004, "
        "telp rumah (0380) 821447, hotline 0800-1-555-000, Ibu Maria Manafe"
    )
    grown = [f.__qualname__ for f in cached if f.cache_info().currsize != sizes[id(f)]]
    assert grown == []


REPORTER = KnownIdentity(
    names=["Maria Goreti Tefa"],
    phones=["+6281339001122"],
    emails=["maria.tefa@gmail.com"],
    niks=["5371014107900001"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pelapor: Maria\u200bGoreti\u200bTefa", "Pelapor: [NAME]"),
        ("Hubungi MariaTefa segera", "Hubungi [NAME] segera"),
        ("ttd maria_tefa / maria.tefa", "ttd [NAME] / [NAME]"),
        ("Ma\u200bria hadir", "[NAME] hadir"),
        ("ke goretitefa.", "ke [NAME]."),
        ("WA 81339001122", "WA [PHONE]"),
        ("Hubungi (813-3900-1122)", "Hubungi ([PHONE])"),
        ("hp 8 1 3 3 9 0 0 1 1 2 2", "hp [PHONE]"),
        ("hp +6 2 8 1 3 3 9 0 0 1 1 2 2", "hp [PHONE]"),
        ("nik 5 3 7 1 0 1 4 1 0 7 9 0 0 0 0 1", "nik [NIK]"),
        ("email maria.tefa@gmail.com ok", "email [EMAIL] ok"),
    ],
)
def test_the_reporters_own_identity_in_the_ways_people_write_it(text: str, expected: str) -> None:
    """The known identity is found run together, glued by invisible characters, underscores or
    dots, and a known phone or NIK without its 0 or digit by digit."""
    assert Redactor.default().redact(text, known=REPORTER).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "no 8 1 3 3 9 0 0 1 1 2 3",  # another number, one digit apart
        "mariatefanya lain",  # a longer word that holds the name
        "tulis ke tefa.maria@mail.id",  # someone else's e-mail with the name's words
        "hubungi @maria.tefa di IG",  # a handle is not the glued name (handles are an account)
    ],
)
def test_near_misses_of_the_reporters_identity_are_left(text: str) -> None:
    found = [f for f in Redactor.default().find(text, known=REPORTER) if f.detector == "known"]
    assert found == []
