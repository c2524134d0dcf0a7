"""A trained routing model keeps nothing of the people in its training texts.

Complaints hold their reporters' names, phone numbers, NIKs and e-mail addresses. A model file is
shipped, versioned and shared, so none of them may be in it: not as a word, not as a character
n-gram that holds it whole, not as a digit group, and never in an explanation.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from tests.hostile_helpers import raises_typed

from pengaduan.errors import ArgumentError
from pengaduan.redaction import Drop, Redactor
from pengaduan.routing import default_router
from pengaduan.routing.learned import (
    Example,
    Labelled,
    LearnedModel,
    LearnedRouter,
    ModelFileError,
    Precedence,
    TrainingDataError,
    TrainingOptions,
    load_model,
    train_model,
)
from pengaduan.routing.learned._model import _canonical

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/routing_corpus.jsonl"
LEGACY = ROOT / "tests/data/learned_model_legacy.json"
"""A model file saved by the release before these guards (trained on ten made-up texts, two
of them with digits)."""

BEFORE = TrainingOptions(min_df=1, keep_digits=True, folds=3)
"""The options models were trained with before: every word with a weight is kept."""

# Made-up people, each in one training complaint: names no corpus word holds.
PEOPLE = (
    {"name": "Welhelmina Tefnaulu", "phone": "0813-9753-1864", "nik": "5371024509870002"},
    {"name": "Kornelius Bisilissin", "phone": "+62 852 3917 4680", "nik": "5303118812650004"},
    {"name": "Yosefina Ndaomanu", "phone": "081246803579", "nik": "5371065507930003"},
    {"name": "Zakharias Tameonbena", "phone": "0821 4455 9731", "nik": "5371031206880001"},
)
EMAILS = ("welhelmina.tef@gmail.com", "korbis88@yahoo.co.id", "yosndao@contoh.id", "zt@mail.id")


_REDACTOR = Redactor.default(fallback=Drop())


def redact(text: str) -> str:
    """What `pengaduan route train` does to a training text."""
    return _REDACTOR.redact(text).text


def _digit_runs(person: dict[str, str]) -> list[str]:
    return re.findall(r"\d{3,}", person["phone"] + " " + person["nik"])


def _parts(person: dict[str, str], email: str) -> list[str]:
    """What must not be in the model: the name's words, the e-mail, its local part, digits."""
    return [
        *person["name"].lower().split(),
        email,
        email.split("@", maxsplit=1)[0],
        *_digit_runs(person),
    ]


def _with_people(data: Labelled) -> Labelled:
    examples = list(data.examples)
    for index, (person, email) in enumerate(zip(PEOPLE, EMAILS, strict=True)):
        example = examples[index * 7]
        text = (
            f"{example.text} Saya {person['name']}, HP {person['phone']}, "
            f"NIK {person['nik']}, email {email}"
        )
        examples[index * 7] = Example(text=text, unit=example.unit)
    return Labelled.from_examples(examples)


@pytest.fixture(scope="module")
def marked() -> Labelled:
    return _with_people(Labelled.from_jsonl(CORPUS))


@pytest.fixture(scope="module")
def model(marked: Labelled) -> LearnedModel:
    return train_model(marked, name="kupang", options=TrainingOptions(folds=3))


@pytest.mark.parametrize("redacted", [False, True], ids=["min-df-and-digits", "and-redaction"])
def test_either_way_no_identity_reaches_the_file(
    marked: Labelled, redacted: bool, tmp_path: Path
) -> None:
    options = TrainingOptions(folds=3, redact=redact if redacted else None)
    raw, _, features = _saved(train_model(marked, options=options), tmp_path)
    assert [f for f in features if re.search(r"\d", f)] == []
    for person, email in zip(PEOPLE, EMAILS, strict=True):
        assert not any(part in raw for part in _parts(person, email) if not part.isdigit())


def _strings(value: Any, key: str = "") -> list[str]:
    """Every string in a JSON document (keys too), except content digests (hex)."""
    if isinstance(value, dict):
        return [
            s
            for k, v in value.items()
            if k not in {"sha256", "digest"}
            for s in [k, *_strings(v, k)]
        ]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item, key)]
    return [value] if isinstance(value, str) else []


def _saved(model: LearnedModel, tmp_path: Path) -> tuple[str, list[str], list[str]]:
    path = tmp_path / "model.json"
    model.save(path)
    raw = path.read_text(encoding="utf-8")
    document = json.loads(raw)
    return raw.lower(), _strings(document), list(document["features"])


def test_the_saved_model_holds_no_name_phone_nik_or_email(
    model: LearnedModel, tmp_path: Path
) -> None:
    raw, strings, features = _saved(model, tmp_path)
    assert [f for f in features if re.search(r"\d", f)] == []  # no digit in any feature
    for person, email in zip(PEOPLE, EMAILS, strict=True):
        for word in person["name"].lower().split():
            assert word not in raw
        assert email not in raw
        assert email.split("@")[0] not in raw
        for run in _digit_runs(person):
            assert not any(run in s for s in strings), run
    assert model.to_dict()["keep_digits"] is False
    assert model.metadata["vocabulary"] == {"min_df": 3, "keep_digits": False, "redacted": False}


def test_models_trained_as_before_held_them(marked: Labelled, tmp_path: Path) -> None:
    # The probe above is meaningful: the same texts, trained as before, leak every person.
    before = train_model(marked, name="before", options=BEFORE)
    raw, strings, _ = _saved(before, tmp_path)
    for person, email in zip(PEOPLE, EMAILS, strict=True):
        assert any(word in raw for word in person["name"].lower().split())
        assert email.split("@")[0].split(".")[0] in raw
        assert any(run in s for s in strings for run in _digit_runs(person))


def test_explanations_never_show_them(model: LearnedModel) -> None:
    router = LearnedRouter(router=default_router(), model=model, precedence=Precedence.MODEL)
    for person, email in zip(PEOPLE, EMAILS, strict=True):
        text = f"jalan rusak. Saya {person['name']}, HP {person['phone']}, email {email}"
        prediction = model.predict(text, top=5)
        shown = " ".join(word for word, _ in prediction.features)
        explained = router.route(text).explain().lower()
        for part in _parts(person, email):
            assert part not in shown
            assert part not in explained
        for batch in (
            model.predict_many([text] * 10),
            model.predict_many([text], backend="python"),
        ):
            assert all(
                part not in word
                for p in batch
                for word, _ in p.features
                for part in _parts(person, email)
            )


def test_a_frequent_reporter_is_redacted_where_min_df_alone_keeps_them(marked: Labelled) -> None:
    examples = list(marked.examples)
    for index in (1, 9, 17, 25):  # one reporter in four complaints
        example = examples[index]
        text = f"{example.text} Nama saya Bernadeta Haumeni, email bernadeta.haumeni@contoh.id"
        examples[index] = Example(text=text, unit=example.unit)
    frequent = Labelled.from_examples(examples)
    guarded = train_model(frequent, options=TrainingOptions(folds=3, redact=redact))
    assert not any("haumeni" in f or "bernadeta" in f for f in guarded.weights)
    assert guarded.metadata["vocabulary"]["redacted"] is True
    # Without the redaction, four texts are enough to pass min_df=3.
    unredacted = train_model(frequent, options=TrainingOptions(folds=3))
    assert "w haumeni" in unredacted.weights


def test_copies_of_one_complaint_count_once(marked: Labelled) -> None:
    examples = list(marked.examples)
    copied = Example(text="air pdam mati, hubungi Maximilianus di rumah", unit="pdam")
    options = TrainingOptions(folds=3)
    copies = train_model(
        Labelled.from_examples([*examples, copied, copied, copied]), options=options
    )
    assert "w maximilianus" not in copies.weights
    three = [
        Example(text=f"{copied.text} {word}", unit="pdam") for word in ("pagi", "siang", "sore")
    ]
    distinct = train_model(Labelled.from_examples([*examples, *three]), options=options)
    assert "w maximilianus" in distinct.weights  # three distinct texts: exactly min_df


def test_words_with_a_digit_do_not_change_a_prediction(model: LearnedModel) -> None:
    text = "air pdam tidak mengalir di rumah"
    noisy = "air pdam tidak mengalir 3 hari di rumah RT05 no 12, hp 0812-3456-7890"
    clean = "air pdam tidak mengalir hari di rumah no hp"
    assert model.scores(noisy) == model.scores(clean)
    assert model.predict(noisy) == model.predict(clean)
    assert model.predict_many([noisy] * 9) == model.predict_many([clean] * 9)
    assert model.predict(text).unit == "pdam"


def test_a_new_model_file_records_that_digits_are_left_out(
    model: LearnedModel, tmp_path: Path
) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    loaded = load_model(path)
    assert loaded.digits is False
    assert loaded.digest == model.digest
    assert loaded.predict("pipa bocor 0812") == model.predict("pipa bocor")


def test_a_model_saved_by_an_older_release_still_loads_and_predicts() -> None:
    legacy = load_model(LEGACY)
    assert legacy.digits is True  # trained with words with digits: scored as it was trained
    assert "keep_digits" not in legacy.to_dict()
    assert legacy.to_dict() == json.loads(LEGACY.read_text(encoding="utf-8"))  # same digest
    prediction = legacy.predict("jalan rusak di RT 05")
    assert prediction.unit == "pupr"
    assert "05" in dict(prediction.features)
    assert "vocabulary" not in legacy.metadata  # how to tell an old model: see the how-to


def test_a_model_file_with_a_bad_keep_digits_is_refused(model: LearnedModel) -> None:
    document = model.to_dict()
    document.pop("digest")
    document["keep_digits"] = "no"
    document["digest"] = hashlib.sha256(_canonical(document)).hexdigest()
    error = raises_typed(load_model, json.dumps(document).encode())
    assert isinstance(error, ModelFileError)
    assert (error.reason, error.path) == ("format", "keep_digits")


def test_min_df_that_leaves_no_feature_is_a_training_data_error(marked: Labelled) -> None:
    error = raises_typed(train_model, marked, options=TrainingOptions(min_df=10_000))
    assert isinstance(error, TrainingDataError)
    assert "min_df" in str(error)


def test_identical_texts_alone_cannot_train() -> None:
    pairs = [("lampu jalan mati", "dishub"), ("sampah menumpuk", "dlh")] * 6
    error = raises_typed(train_model, Labelled.from_pairs(pairs))
    assert isinstance(error, TrainingDataError)


def test_a_redact_function_must_return_text(marked: Labelled) -> None:
    error = raises_typed(train_model, marked, options=TrainingOptions(redact=print))
    assert isinstance(error, ArgumentError)
    assert error.argument == "redact"
