"""The learned second opinion on whose phone number it is.

It only removes phones the built-in rules found, never the reporter's known phone, never an app
detector's, judges every occurrence of one number together, reads a text and the same text
redacted with tags alike (so redacting twice changes nothing), and the shipped model is what
``tools/train_phone_owner.py`` trains from the development corpora of this repository.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest

from pengaduan.errors import ConfigurationError
from pengaduan.redaction import Finding, KnownIdentity, Pseudonym, Redactor, Tag
from pengaduan.redaction._phone_learned import (
    PhoneOwnerModel,
    _read,
    features,
    load_model,
    phone_cases,
    phone_owner_model,
    stated_own,
    text_words,
    tokens,
    unowned_phones,
)
from pengaduan.redaction.evaluation import load_corpus

if TYPE_CHECKING:
    from types import ModuleType

    from pengaduan.redaction import DetectionContext

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ON = Redactor.default()
OFF = Redactor.default(learned_phone_owner=False)
#: Development corpora the model learned from (in-sample: the model drops their numbers).
SAMPLE = [DATA / "redaction_dev49.jsonl", DATA / "redaction_dev44.jsonl"]


@cache
def dropped_cases() -> list[tuple[str, Finding]]:
    """Each text of the sample with a phone the rules find and the model drops."""
    found = []
    for path in SAMPLE:
        for item in load_corpus(path):
            kept = set(ON.find(item.text))
            found += [(item.text, f) for f in OFF.find(item.text) if f not in kept]
    return found


def test_the_model_drops_phones_of_the_rules_only() -> None:
    cases = dropped_cases()
    assert len(cases) >= 20
    for text, finding in cases:
        assert finding.kind == "phone"
        assert finding.detector in {"numbers", "tables"}
        assert set(ON.find(text)) <= set(OFF.find(text))


def _national(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[2:] if digits.startswith("62") else digits.lstrip("0")


def test_every_occurrence_of_a_number_shares_its_fate() -> None:
    for path in SAMPLE:
        for item in load_corpus(path):
            kept = {_national(item.text[f.start : f.end]) for f in ON.find(item.text)}
            for f in OFF.find(item.text):
                if f.kind == "phone" and _national(item.text[f.start : f.end]) in kept:
                    assert f in ON.find(item.text)


def test_the_reporters_known_phone_is_never_dropped() -> None:
    for text, finding in dropped_cases()[:15]:
        known = KnownIdentity(phones=[text[finding.start : finding.end]])
        assert any(
            f.start <= finding.start and finding.end <= f.end and f.kind == "phone"
            for f in ON.find(text, known=known)
        )


@pytest.mark.parametrize(
    "redactor",
    [
        ON,
        Redactor.default(fallback=Tag(language="id")),
        Redactor.default(fallback=Pseudonym(secret=b"k" * 32)),
    ],
    ids=["tags", "indonesian-tags", "pseudonyms"],
)
def test_a_redacted_text_is_judged_as_it_was(redactor: Redactor) -> None:
    for text, _finding in dropped_cases()[:40]:
        once = redactor.redact(text).text
        assert redactor.redact(once).text == once
        assert redactor.find(once) == []


@attrs.frozen
class AppPhones:
    """An app's detector that takes every run of 10 to 13 digits with dashes for a phone."""

    @property
    def name(self) -> str:
        return "app_phones"

    def __call__(self, text: str, context: DetectionContext) -> list[Finding]:
        return [
            Finding(kind="phone", start=m.start(), end=m.end(), detector=self.name)
            for m in re.finditer(r"\+?\d[\d -]{8,15}\d", text)
        ]


def test_an_app_detectors_phone_is_taken_at_its_word() -> None:
    app = Redactor(detectors=(AppPhones(),))
    text, finding = next(
        (t, f)
        for t, f in dropped_cases()
        if re.fullmatch(r"\+?\d[\d -]{8,15}\d", t[f.start : f.end])
    )
    assert any(f.start == finding.start and f.end == finding.end for f in app.find(text))


#: A model that judges every number not a person's (its bias alone is far above the cut).
_DROPS_ALL = PhoneOwnerModel(weights={}, bias=50.0, threshold=0.5)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Yg mau bantu info, hubungi sa 0813 1020 6006 / jufri@ymail.com.", True),
        ("Laporan Anda dari nomor +62 815 4604 1904 telah kami terima.", True),
        ("Abis itu saldo DANA mama 0816 1385 058 pindah ke rekening lain.", True),
        ("Admin namanya Efraim Djami, WA 0856 2369 9396, minta transfer dulu.", True),
        ("Nomor sy 0812 3456 7801 tolong dihubungi.", True),
        ("Owner-nya sonde angkat telpon, nomor pribadinya 0852 8230 4997 sonde aktif.", True),
        ("Tadi ada yg telpon ke beta pung rumah 0380-845407, ngaku petugas PLN.", True),
        ("Air tangki:\n2. Tanta Regina Bessie (belakang Pasar Oeba) - 0853 2711 9290", True),
        ("SMS masuk 05/05/2026 07.41 0813 5566 7788\nKOTKUPANG JALAN RUSAK", True),
        ("Inbox 1708 - 23/10/2026 15.13 - +6285243763380\nKOTKUPANG AIR MATI", True),
        ("HATI2 ADA SMS DR 0852 1092 6439 BILANG SY DPT HADIAH", False),
        ("Kemarin ada yg telpon dari 0812 7788 9900 tanya alamat rumah.", False),
    ],
)
def test_a_number_stated_a_persons_own_is_not_the_models_to_drop(text: str, kept: bool) -> None:
    phones = [f for f in OFF.find(text) if f.kind == "phone"]
    assert len(phones) == 1  # the rules take it; the model decides the rest
    findings = OFF.find(text)
    dropped = unowned_phones(
        text,
        findings,
        [],
        known=frozenset(),
        detectors=frozenset({"numbers", "tables"}),
        model=_DROPS_ALL,
    )
    index = findings.index(phones[0])
    assert (index not in dropped) is kept
    assert stated_own(text, findings, [], index) is kept


def test_a_name_tag_before_a_number_states_it_as_a_name_finding_does() -> None:
    # a text once redacted reads as it did: the tag stands where the name was found
    text = "Admin namanya [NAME], WA 0856 2369 9396, minta transfer dulu."
    findings = [f for f in OFF.find(text) if f.kind == "phone"]
    tags = [(text.index("[NAME]"), text.index("[NAME]") + len("[NAME]"))]
    assert stated_own(text, findings, tags, 0)
    assert not stated_own(
        text.replace("WA ", "lalu "), OFF.find(text.replace("WA ", "lalu ")), tags, 0
    )


@pytest.mark.parametrize("flag", ["yes", 1, None])
def test_the_switch_takes_true_or_false_only(flag: object) -> None:
    with pytest.raises(ConfigurationError, match="learned_phone_owner"):
        Redactor.default(learned_phone_owner=flag)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="learned_phone_owner"):
        Redactor(detectors=(), learned_phone_owner=flag)  # type: ignore[arg-type]


def test_tokens_read_every_finding_and_tag_as_one_x() -> None:
    text = "Hub Bapak Yohanes Benu\nWA 0812-3456-7788 (toko), kode 123"
    spans = [(10, 22), (26, 40)]
    words, where = tokens(text, spans)
    assert words == ["hub", "bapak", "X", "\n", "wa", "X", "toko", "kode", "123"]
    assert where == [2, 5]
    assert features(words, 5, "081234567788") == [
        "b:wa",
        "b3:wa",
        "b1:wa",
        "a:toko",
        "a:kode",
        "a:#",
        "a1:toko",
        "l:wa",
        "l:toko",
        "l:kode",
        "l:#",
        "p:hub",
        "p:bapak",
        "p:X",
        "d:12",
    ]
    tagged = "Hub Bapak [NAME]\nWA [PHONE] (toko), kode 123"
    assert tokens(tagged, [(10, 16), (20, 27)])[0] == words


def test_a_probability_is_the_logistic_of_the_summed_weights() -> None:
    model = PhoneOwnerModel(weights={"b:wa": 2.0, "t:toko": 1.0}, bias=-1.0, threshold=0.9)
    assert model.shared({"toko", "kode"}) == 1.0
    assert model.probability(["b:wa", "b:wa", "a:x"], 1.0) == pytest.approx(
        1 / (1 + 2.718281828**-2)
    )
    assert model.probability([], -800.0) == 0.0
    assert model.probability([], 800.0) == 1.0


# --- the shipped model ---------------------------------------------------------------------


@cache
def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "train_phone_owner", ROOT / "tools" / "train_phone_owner.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_learned_every_development_corpus_and_no_blind_one() -> None:
    raw = json.loads((ROOT / "src/pengaduan/redaction/data/phone_owner.json").read_text("utf-8"))
    corpora = trainer().corpora()
    assert raw["trained_on"] == {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()[:16] for path in corpora
    }
    assert len(corpora) >= 50
    assert not any("blind" in name for name in raw["trained_on"])
    assert 0.5 <= raw["threshold"] < 1
    families = {"b", "b3", "b1", "a", "a1", "l", "p", "t", "d"}
    for name in raw["weights"]:
        family, _, word = name.partition(":")
        if name in {"first", "last", "land"}:
            continue
        assert family in families, name
        # words, ``X``, ``#`` and a digit count only: no number of anyone is in the model
        assert re.fullmatch(r"[a-z]+|X|#" if family != "d" else r"\d{1,2}", word), name


def test_retraining_gives_the_shipped_model() -> None:
    tool = trainer()
    model, vectorizer = tool.fit(tool.collect())
    shipped = phone_owner_model()
    trained = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True))
    for name in set(trained) | set(shipped.weights):
        assert trained.get(name, 0.0) == pytest.approx(shipped.weights.get(name, 0.0), abs=2e-3)
    assert float(model.intercept_[0]) == pytest.approx(shipped.bias, abs=2e-3)
    # and the library's arithmetic gives what scikit-learn gives
    checked = 0
    for item in load_corpus(SAMPLE[0])[:40]:
        words, cases = phone_cases(item.text, OFF.find(item.text), [])
        checked += len(cases)
        for _i, _digits, own in cases:
            row = vectorizer.transform([dict.fromkeys({*own, *(f"t:{w}" for w in words)}, 1)])
            assert shipped.probability(own, shipped.shared(words)) == pytest.approx(
                float(model.predict_proba(row)[0, 1]), abs=5e-3
            )
    assert checked >= 20


def test_the_fast_judgement_is_the_probability_against_the_threshold() -> None:
    model = phone_owner_model()
    judged = 0
    for path in SAMPLE:
        for item in load_corpus(path):
            findings = OFF.find(item.text)
            words, phones = _read(item.text, findings, [])
            shared = model.shared(text_words(words))
            for _i, digits, where in phones:
                probability = model.probability(features(words, where, digits), shared)
                if abs(probability - model.threshold) > 1e-9:
                    assert model.unowned(words, where, digits, shared) == (
                        probability >= model.threshold
                    )
                    judged += 1
    assert judged >= 500


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[]",
        '{"weights": {}, "bias": 0}',
        '{"weights": {"b:wa": "x"}, "bias": 0, "threshold": 0.9}',
        '{"weights": [], "bias": 0, "threshold": 0.9}',
        '{"weights": {}, "bias": 0, "threshold": 1.5}',
    ],
)
def test_a_damaged_model_file_is_a_configuration_error(text: str) -> None:
    with pytest.raises(ConfigurationError, match="learned_phone_owner=False"):
        load_model(text)


def test_the_shipped_model_file_loads() -> None:
    path = ROOT / "src/pengaduan/redaction/data/phone_owner.json"
    assert load_model(path.read_text("utf-8")) == phone_owner_model()
