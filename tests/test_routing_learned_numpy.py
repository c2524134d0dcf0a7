"""The numpy path of a learned model gives the plain path's predictions."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from tests.hostile_helpers import HOSTILE_TEXTS, WRONG_TYPES, raises_typed

from pengaduan.errors import ArgumentError
from pengaduan.routing.learned import Backend, Labelled, LearnedModel, Prediction, train_model

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/routing_corpus.jsonl"
DEV = ROOT / "tests/data/routing_dev.jsonl"


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    return train_model(Labelled.from_jsonl(CORPUS), name="kupang")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    dev = [e.text for e in Labelled.from_jsonl(DEV).examples]
    # Short texts, ~400-character texts (several complaints run together), texts without
    # known words, an empty text, and words repeated within a text.
    longer = [". ".join(dev[i : i + 5]) for i in range(0, len(dev), 5)]
    hostile = [text for kind, text in HOSTILE_TEXTS if "surrogate" not in kind]
    return [*dev, *longer, "", "!!", "qwerty zxcv", "air air air mati", *hostile]


def assert_same(plain: Prediction, fast: Prediction) -> None:
    assert fast.unit == plain.unit
    assert fast.confidence == pytest.approx(plain.confidence, abs=1e-9)
    assert [u for u, _ in fast.ranked] == [u for u, _ in plain.ranked]
    for (_, p), (_, q) in zip(plain.ranked, fast.ranked, strict=True):
        assert q == pytest.approx(p, abs=1e-9)
    assert fast.features == plain.features
    assert (fast.review, fast.offered, fast.model) == (plain.review, plain.offered, plain.model)


def test_numpy_batches_equal_the_plain_path(model: LearnedModel, texts: list[str]) -> None:
    plain = model.predict_many(texts, backend="python")
    fast = model.predict_many(texts, backend=Backend.NUMPY, threshold=0.6, top=5)
    again = model.predict_many(texts, backend="python", threshold=0.6, top=5)
    assert plain == [model.predict(text, backend="python") for text in texts]
    for one, other in zip(again, fast, strict=True):
        assert_same(one, other)


def test_numpy_single_texts_equal_the_plain_path(model: LearnedModel, texts: list[str]) -> None:
    for text in texts[::7]:
        assert_same(model.predict(text, backend="python"), model.predict(text, backend="numpy"))


def test_auto_uses_numpy_for_batches_unless_switched_off(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    model = train_model(Labelled.from_jsonl(DEV), name="dev")
    monkeypatch.setenv("PENGADUAN_NUMPY", "0")
    switched_off = model.predict_many(texts)
    assert not model._dense  # the plain path never built the matrix
    monkeypatch.delenv("PENGADUAN_NUMPY")
    model.predict(texts[0])
    assert not model._dense  # one text: plain Python
    automatic = model.predict_many(texts)
    assert model._dense
    for one, other in zip(switched_off, automatic, strict=True):
        assert_same(one, other)


def test_concurrent_batches_each_get_their_own_predictions(texts: list[str]) -> None:
    model = train_model(Labelled.from_jsonl(DEV), name="threads")
    chunks = [texts[i::4] for i in range(4)]
    expected = [model.predict_many(chunk, backend="python") for chunk in chunks]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda chunk: model.predict_many(chunk, backend="numpy"), chunks))
    for plain, fast in zip(expected, got, strict=True):
        for one, other in zip(plain, fast, strict=True):
            assert_same(one, other)


def test_an_empty_batch_gives_no_predictions(model: LearnedModel) -> None:
    assert model.predict_many([], backend="numpy") == []
    assert model.predict_many(iter(()), backend="python") == []


@pytest.mark.parametrize(
    "value",
    [pytest.param(value, id=kind) for kind, value in WRONG_TYPES]
    + [pytest.param("gpu", id="gpu"), pytest.param("NUMPY", id="upper")],
)
def test_a_bad_backend_is_an_argument_error(model: LearnedModel, value: object) -> None:
    for call in (model.predict_many, model.predict):
        error = raises_typed(call, ["jalan rusak"] * 10, backend=value)
        assert isinstance(error, ArgumentError)


@pytest.mark.parametrize(
    "texts",
    ["jalan rusak", b"jalan", 42, None, ["ok", 3], [None], ["ok\ud800"]],
    ids=["str", "bytes", "int", "none", "int-item", "none-item", "surrogate-item"],
)
def test_bad_batches_are_argument_errors(model: LearnedModel, texts: object) -> None:
    for backend in Backend:
        error = raises_typed(model.predict_many, texts, backend=backend)
        assert isinstance(error, ArgumentError)


def test_without_numpy_auto_is_plain_and_numpy_names_the_extra(
    model: LearnedModel, tmp_path: Path
) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    code = (
        "import sys\n"
        "sys.modules['numpy'] = None\n"
        "from pengaduan.errors import OptionalDependencyError\n"
        "from pengaduan.routing.learned import load_model\n"
        f"m = load_model({str(path)!r})\n"
        "texts = ['jalan rusak'] * 20\n"
        "print(m.predict_many(texts)[0].unit)\n"
        "try:\n"
        "    m.predict_many(texts, backend='numpy')\n"
        "except OptionalDependencyError as e:\n"
        "    print(e.extra, e.package)\n"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    lines = result.stdout.split()
    assert lines == [model.predict("jalan rusak").unit, "fast", "numpy"]


def test_numpy_is_not_imported_by_loading_or_single_predictions(
    model: LearnedModel, tmp_path: Path
) -> None:
    path = tmp_path / "model.json"
    model.save(path)
    code = (
        "import sys\n"
        "from pengaduan.routing.learned import load_model\n"
        f"m = load_model({str(path)!r})\n"
        "m.predict('jalan rusak')\n"
        "print(json.dumps('numpy' in sys.modules))\n"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) is False
