"""An installation damaged on disk: a data file shipped with the library missing, unreadable or
not UTF-8 is a ``ConfigurationError`` naming the file and the way out (reinstall), from every
loader of shipped data and from the public calls that read them, never a raw ``OSError`` or
``UnicodeDecodeError``."""

from __future__ import annotations

import importlib.resources
from typing import TYPE_CHECKING

import pytest

from pengaduan._core.paths import shipped_text
from pengaduan.demo import _scenario
from pengaduan.errors import ConfigurationError
from pengaduan.language import use_language
from pengaduan.messages import templates
from pengaduan.redaction import NameGazetteer, Redactor, _phone_learned, gazetteer
from pengaduan.routing import Normalizer, normalize, taxonomy
from pengaduan.sla import _profiles
from pengaduan.workflow import profiles

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

#: Each cached loader of shipped data, with the file it reads (relative to its package).
LOADERS: list[tuple[str, Callable[[], object], str]] = [
    ("names", gazetteer._default_gazetteer, "data/names.toml"),
    ("phone model", _phone_learned.phone_owner_model, "data/phone_owner.json"),
    ("lexicon", lambda: normalize._bundled_lexicon("kupang"), "data/lexicon_kupang.toml"),
    ("taxonomy", taxonomy._taxonomy_text, "data/taxonomy.toml"),
    ("workflow profile", lambda: profiles._shipped("lapor-v3"), "data/lapor-v3.toml"),
    ("templates", templates._shipped, "data/templates.toml"),
    ("SLA profile", lambda: _profiles.shipped_document("lapor-v3"), "data/lapor-v3.toml"),
    ("demo scenario", _scenario._Scenario.bundled, "demo_kupang.toml"),
]

CACHED = [
    gazetteer._default_gazetteer,
    gazetteer.default_name_words,
    _phone_learned.phone_owner_model,
    normalize._bundled_lexicon,
    taxonomy._taxonomy_text,
    profiles._shipped,
    templates._shipped,
    _profiles.shipped_document,
    _profiles._unparameterised,
]


def _clear() -> None:
    for loader in CACHED:
        loader.cache_clear()


@pytest.fixture
def damaged(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Every package's data read from ``tmp_path`` (an empty folder the test fills), the loaders'
    caches emptied before and after (so the real files are read again by later tests)."""
    _clear()
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    yield tmp_path
    monkeypatch.undo()
    _clear()


def _damage(root: Path, name: str, how: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if how == "not UTF-8":
        path.write_bytes(b"\xff\xfe\x00 = \xc3")
    elif how == "a directory":
        path.mkdir()


@pytest.mark.parametrize("how", ["missing", "not UTF-8", "a directory"])
@pytest.mark.parametrize(("label", "loader", "name"), LOADERS, ids=[row[0] for row in LOADERS])
def test_a_damaged_shipped_file_is_a_configuration_error(
    damaged: Path, label: str, loader: Callable[[], object], name: str, how: str
) -> None:
    _damage(damaged, name, how)
    with pytest.raises(ConfigurationError) as caught:
        loader()
    with use_language("en"):  # (a message is worded in the language current when shown)
        message = str(caught.value)
    assert name in message, label
    assert "reinstall pengaduan" in message, label
    assert "Traceback" not in message
    assert caught.value.__context__ is None  # no chained OSError or UnicodeDecodeError
    # the reason is worded by the library, not the system's English error text
    assert "No such file" not in message
    assert "codec" not in message


#: Each loader of shipped data that parses its file, with the file it reads.
PARSING_LOADERS: list[tuple[str, Callable[[], object], str]] = [
    *(row for row in LOADERS if row[0] not in ("taxonomy", "SLA profile")),
    ("taxonomy", taxonomy.default_taxonomy, "data/taxonomy.toml"),
    ("SLA profile", lambda: _profiles.shipped_policy("lapor-v3"), "data/lapor-v3.toml"),
]


@pytest.mark.parametrize("content", ["= [[ not toml {", "names = 3\n", "{}", '{"weights": []}'])
@pytest.mark.parametrize(
    ("label", "loader", "name"), PARSING_LOADERS, ids=[row[0] for row in PARSING_LOADERS]
)
def test_a_shipped_file_whose_content_is_damaged_is_a_configuration_error(
    damaged: Path, label: str, loader: Callable[[], object], name: str, content: str
) -> None:
    path = damaged / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigurationError) as caught:
        loader()
    assert caught.value.__context__ is None, label


def test_the_demo_names_its_damaged_scenario(damaged: Path) -> None:
    (damaged / "demo_kupang.toml").write_text("names = 3\n", encoding="utf-8")
    with pytest.raises(ConfigurationError) as caught:
        _scenario._Scenario.bundled()
    with use_language("en"):
        message = str(caught.value)
    assert "demo_kupang.toml" in message
    assert "damaged: reinstall pengaduan" in message


def test_the_reason_is_named(damaged: Path) -> None:
    _damage(damaged, "data/names.toml", "not UTF-8")
    with use_language("en"), pytest.raises(ConfigurationError, match=r"\(not UTF-8\)"):
        shipped_text("pengaduan.redaction", "data/names.toml", "name gazetteer")
    with use_language("en"), pytest.raises(ConfigurationError, match=r"\(no such file\)"):
        shipped_text("pengaduan.redaction", "data/missing.toml", "name gazetteer")


def test_the_message_is_translated(damaged: Path) -> None:
    with use_language("id"), pytest.raises(ConfigurationError) as caught:
        shipped_text("pengaduan.redaction", "data/names.toml", "name gazetteer")
    message = str(caught.value)
    assert "instal ulang pengaduan" in message, message
    assert "reinstall" not in message


def test_public_calls_on_a_damaged_installation_raise_typed_errors(damaged: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"names\.toml"):
        NameGazetteer.default()
    with pytest.raises(ConfigurationError, match=r"lexicon_id\.toml"):
        Normalizer.default()
    with pytest.raises(ConfigurationError, match=r"taxonomy\.toml"):
        taxonomy.default_taxonomy()


def test_the_redactor_reads_its_phone_model_with_the_first_phone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    redactor = Redactor.default()  # built while the files are whole
    _clear()
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    try:
        with pytest.raises(ConfigurationError, match=r"phone_owner\.json"):
            redactor.find("Tolong hubungi saya di 0812 3456 7890, terima kasih.")
    finally:
        monkeypatch.undo()
        _clear()


def test_the_real_files_load_again_after_the_damage() -> None:
    # (runs after the tests above in file order; the fixture emptied the caches)
    assert NameGazetteer.default().names
    assert Redactor.default().find("hubungi saya 0812 3456 7890")
