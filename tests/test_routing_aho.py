"""The pyahocorasick backend of the keyword index against the pure-Python one.

The dev environment installs pyahocorasick (the ``fast`` extra), so a Router uses it unless
``PENGADUAN_PURE_PYTHON=1``; these tests build routers both ways and compare every decision on
the routing corpora (measuring only: nothing here tunes rules), check pickling and copying, and
check that everything works when ``ahocorasick`` cannot be imported.
"""

from __future__ import annotations

import builtins
import copy
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hostile_helpers import HOSTILE_TEXTS, outcome
from pengaduan.errors import PengaduanError
from pengaduan.routing import Router, default_taxonomy
from pengaduan.routing._aho import PURE_SWITCH

if TYPE_CHECKING:
    from collections.abc import Callable

    import pytest

DATA = Path(__file__).parent / "data"
CORPORA = [
    DATA / "routing_corpus.jsonl",
    DATA / "routing_dev.jsonl",
    DATA / "blind" / "routing_blind_v1.jsonl",
]


def roundtrip(router: Router) -> Router:
    """The router pickled and loaded again (our own object, in this process)."""
    loaded: Router = pickle.loads(pickle.dumps(router))  # noqa: S301 - our own pickle
    return loaded


def corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in CORPORA:
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def taxonomy_router(monkeypatch: pytest.MonkeyPatch, *, pure: bool) -> Router:
    if pure:
        monkeypatch.setenv(PURE_SWITCH, "1")
    else:
        monkeypatch.delenv(PURE_SWITCH, raising=False)
    return Router(default_taxonomy())


def test_both_backends_route_the_corpora_identically(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = taxonomy_router(monkeypatch, pure=False)
    pure = taxonomy_router(monkeypatch, pure=True)
    assert fast._keywords.backend == "pyahocorasick"
    assert pure._keywords.backend == "python"
    texts = corpus_texts()
    assert len(texts) > 1000
    for text in texts:
        assert fast.route(text) == pure.route(text)
        assert fast.document(text).hits == pure.document(text).hits


def test_the_switch_keeps_the_pure_path(monkeypatch: pytest.MonkeyPatch) -> None:
    router = taxonomy_router(monkeypatch, pure=True)
    assert router._keywords.backend == "python"
    decision = router.route("lampu jalan mati di depan sekolah")
    assert decision.rule is not None


def test_pickled_and_copied_routers_rebuild_the_automaton(monkeypatch: pytest.MonkeyPatch) -> None:
    router = taxonomy_router(monkeypatch, pure=False)
    text = "lampu penerangan jalan umum mati, jalan berlubang dan got tersumbat"
    expected = router.route(text)
    for other in (roundtrip(router), copy.copy(router), copy.deepcopy(router)):
        assert other._keywords.backend == "pyahocorasick"
        assert other.route(text) == expected
        assert other.document(text).hits == router.document(text).hits
    # Unpickled where the pure path is asked for, it follows the switch of that process.
    monkeypatch.setenv(PURE_SWITCH, "1")
    loaded = roundtrip(router)
    assert loaded._keywords.backend == "python"
    assert loaded.route(text) == expected


def test_without_ahocorasick_everything_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PURE_SWITCH, raising=False)
    real_import: Callable[..., object] = builtins.__import__

    def failing_import(name: str, *args: object, **kwargs: object) -> object:
        if name == "ahocorasick":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    texts = corpus_texts()[:300]
    expected = [Router(default_taxonomy()).route(text) for text in texts]
    monkeypatch.setattr(builtins, "__import__", failing_import)
    router = Router(default_taxonomy())
    assert router._keywords.backend == "python"
    assert [router.route(text) for text in texts] == expected
    assert roundtrip(router).route(texts[0]) == expected[0]


def test_import_pengaduan_does_not_import_ahocorasick() -> None:
    code = (
        "import sys, pengaduan, pengaduan.routing; "
        "from pengaduan.routing import default_router; "
        "assert 'ahocorasick' not in sys.modules; "
        "default_router().route('lampu jalan mati'); "
        "print('ahocorasick' in sys.modules)"
    )
    env = {key: value for key, value in os.environ.items() if key != PURE_SWITCH}
    result = subprocess.run(  # noqa: S603 - this interpreter and a fixed script
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == "True"


def test_hostile_texts_get_the_same_outcome_from_both_backends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast = taxonomy_router(monkeypatch, pure=False)
    pure = taxonomy_router(monkeypatch, pure=True)
    for _, text in HOSTILE_TEXTS:
        for call in ("route", "document"):
            got = outcome(getattr(fast, call), text)
            want = outcome(getattr(pure, call), text)
            if isinstance(want, PengaduanError):
                assert type(got) is type(want)
            elif call == "document":
                assert got.hits == want.hits
            else:
                assert got == want
