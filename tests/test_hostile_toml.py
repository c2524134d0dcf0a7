"""Hostile sources and contents for every TOML loader: one typed error, nothing echoed.

The five loaders (calendars, SLA policies, routing rule sets, lexicons, unit directories) share
one reader; each is fed sources that are not text or paths, unreadable files, deep nesting,
huge integers and surrogates, and documents with unknown keys and wrong types.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from tests.hostile_helpers import SECRET_NAME, SECRET_NIK, SECRET_TEXT, WRONG_TYPES, raises_typed

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ConfigurationError, UnknownZoneError
from pengaduan.routing import Lexicon, RuleSet, UnitDirectory
from pengaduan.sla import SlaPolicy

if TYPE_CHECKING:
    from collections.abc import Callable

LOADERS: dict[str, Callable[[Any], object]] = {
    "calendar": WorkingCalendar.from_toml,
    "sla": SlaPolicy.from_toml,
    "rules": RuleSet.from_toml,
    "lexicon": Lexicon.from_toml,
    "directory": UnitDirectory.from_toml,
}
DICT_LOADERS: dict[str, Callable[[Any], object]] = {
    "calendar": WorkingCalendar.from_dict,
    "sla": SlaPolicy.from_dict,
    "rules": RuleSet.from_dict,
    "lexicon": Lexicon.from_dict,
    "directory": UnitDirectory.from_dict,
}

DEEP_ARRAY = "x = " + "[" * 5000 + "]" * 5000
DEEP_TABLE = "x = " + "{a = " * 3000 + "1" + "}" * 3000
DEEP_HEADER = "[" + ".".join(["a"] * 3000) + "]\nb = 1"

TEXT_SOURCES: list[tuple[str, str]] = [
    ("deep-array", DEEP_ARRAY),
    ("deep-inline-table", DEEP_TABLE),
    ("deep-header", DEEP_HEADER),
    ("huge-int", "years = " + "9" * 5000),
    ("huge-int-amount", "x = 1" + "0" * 4400),
    ("big-int", "years = [2025, 100000000000000000000000000000]"),
    ("lone-surrogate", 'name = "\ud800"'),
    ("surrogate-key", '"\udfff" = 1'),
    ("syntax-with-secret", f'name = "{SECRET_TEXT}'),
    ("duplicate-key-secret", f'"{SECRET_NAME}" = 1\n"{SECRET_NAME}" = 2'),
    ("unknown-key-with-secret", f'zzz_unknown = "{SECRET_TEXT}"'),
    ("unknown-secret-key", f'"{SECRET_NIK}" = "{SECRET_NAME}"'),
    ("nul", "name = 1\x00"),
    ("huge-text", "#" * 5_000_000),
    ("empty", ""),
    ("wrong-shape", "name = [1, 2]\nunit = 5\nrule = 5\nclocks = 5\nzone = 5"),
    ("path-like-text", "../../etc/passwd.toml"),
    ("missing-file", "no-such-file.toml"),
    ("secret-file-name", f"{SECRET_NAME}.toml"),
    ("nul-file-name", "a\x00b.toml"),
    ("surrogate-file-name", "a\ud800.toml"),
]


@pytest.mark.parametrize(("kind", "text"), TEXT_SOURCES, ids=[k for k, _ in TEXT_SOURCES])
@pytest.mark.parametrize("loader", list(LOADERS), ids=str)
def test_a_hostile_text_source_is_a_configuration_error(loader: str, kind: str, text: str) -> None:
    error = raises_typed(LOADERS[loader], text)
    assert isinstance(error, ConfigurationError | UnknownZoneError), kind


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
@pytest.mark.parametrize("loader", list(LOADERS), ids=str)
def test_a_source_that_is_neither_text_nor_a_path_is_refused(
    loader: str, kind: str, value: object
) -> None:
    error = raises_typed(LOADERS[loader], value)
    assert isinstance(error, ConfigurationError), kind


@pytest.mark.parametrize(("kind", "value"), WRONG_TYPES, ids=[k for k, _ in WRONG_TYPES])
@pytest.mark.parametrize("loader", list(DICT_LOADERS), ids=str)
def test_a_dict_loader_refuses_a_non_mapping(loader: str, kind: str, value: object) -> None:
    if kind == "dict":
        value = {"zzz": SECRET_TEXT}
    error = raises_typed(DICT_LOADERS[loader], value)
    assert isinstance(error, ConfigurationError), kind


def _files(tmp: Path) -> dict[str, Path]:
    directory = tmp / "dir.toml"
    directory.mkdir()
    binary = tmp / "binary.toml"
    binary.write_bytes(b'name = "\xff\xfe"\n')
    unreadable = tmp / "unreadable.toml"
    unreadable.write_text("name = 'x'\n", encoding="utf-8")
    unreadable.chmod(0)
    dangling = tmp / "dangling.toml"
    dangling.symlink_to(tmp / "nowhere.toml")
    loop = tmp / "loop.toml"
    loop.symlink_to(loop)
    return {
        "directory": directory,
        "invalid-utf8": binary,
        "unreadable": unreadable,
        "missing": tmp / "missing.toml",
        "dangling-link": dangling,
        "link-loop": loop,
        "secret-name": tmp / f"{SECRET_NAME}.toml",
    }


FILE_KINDS = [
    "directory",
    "invalid-utf8",
    "unreadable",
    "missing",
    "dangling-link",
    "link-loop",
    "secret-name",
]


@pytest.mark.parametrize("kind", FILE_KINDS)
@pytest.mark.parametrize("loader", list(LOADERS), ids=str)
@pytest.mark.parametrize("as_text", [False, True], ids=["path", "name"])
def test_an_unreadable_file_is_a_configuration_error(
    tmp_path: Path, loader: str, kind: str, as_text: bool
) -> None:
    path = _files(tmp_path)[kind]
    if kind == "unreadable" and os.geteuid() == 0 and os.access(path, os.R_OK):
        path.chmod(0o600)
        path.write_bytes(b"\x00\xff")  # root reads anything: make it undecodable instead
    source = str(path) if as_text else path
    error = raises_typed(LOADERS[loader], source)
    assert isinstance(error, ConfigurationError)
    assert str(tmp_path) not in str(error)  # the file's name, never its directories


@pytest.mark.parametrize("loader", list(LOADERS), ids=str)
def test_a_path_with_nul_is_a_configuration_error(loader: str) -> None:
    error = raises_typed(LOADERS[loader], Path("config\x00.toml"))
    assert isinstance(error, ConfigurationError)


# -- content: unknown keys and wrong types are reported, never coerced or echoed ----------------

DIRECTORY_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("unknown-top-key", {"name": "d", "unit": [], "units": []}, "units: unknown key"),
    ("name-int", {"name": 7, "unit": []}, "name: required"),
    ("unit-not-list", {"name": "d", "unit": {"id": "x"}}, "unit: must be an array"),
    ("unit-not-table", {"name": "d", "unit": [5]}, "unit[0]: must be a table"),
    (
        "unknown-unit-key",
        {"name": "d", "unit": [{"id": "x", "name": "X", "parnt": "y"}]},
        "unit[0].parnt: unknown key",
    ),
    ("id-int", {"name": "d", "unit": [{"id": 7, "name": "X"}]}, "unit[0].id: must be"),
    ("id-missing", {"name": "d", "unit": [{"name": "X"}]}, "unit[0].id: required"),
    ("name-list", {"name": "d", "unit": [{"id": "x", "name": ["X"]}]}, "unit[0].name: must"),
    ("kind-int", {"name": "d", "unit": [{"id": "x", "name": "X", "kind": 3}]}, "unknown kind"),
    (
        "parent-bool",
        {"name": "d", "unit": [{"id": "x", "name": "X", "parent": True}]},
        "unit[0].parent: must",
    ),
    (
        "liaison-str",
        {"name": "d", "unit": [{"id": "x", "name": "X", "liaison": SECRET_NAME}]},
        "unit[0].liaison: must be a table",
    ),
    (
        "liaison-unknown-key",
        {"name": "d", "unit": [{"id": "x", "name": "X", "liaison": {"hp": SECRET_NIK}}]},
        "unit[0].liaison.hp: unknown key",
    ),
    (
        "liaison-phone-int",
        {"name": "d", "unit": [{"id": "x", "name": "X", "liaison": {"phone": 81339001122}}]},
        "unit[0].liaison.phone: must",
    ),
    (
        "secret-key",
        {"name": "d", "unit": [{"id": "x", "name": "X", SECRET_NAME: 1}]},
        "unknown key",
    ),
]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [pytest.param(data, fragment, id=kind) for kind, data, fragment in DIRECTORY_CASES],
)
def test_the_unit_directory_loader_is_strict(data: dict[str, Any], fragment: str) -> None:
    error = raises_typed(UnitDirectory.from_dict, data)
    assert isinstance(error, ConfigurationError)
    assert any(fragment in p for p in error.problems), error.problems


def test_the_unit_directory_loader_reports_every_problem_at_once() -> None:
    data = {
        "name": "d",
        "extra": 1,
        "unit": [{"id": 7, "name": "X"}, {"id": "y", "name": "Y", "kind": "bank", "zz": 1}],
    }
    error = raises_typed(UnitDirectory.from_dict, data)
    assert isinstance(error, ConfigurationError)
    assert len(error.problems) == 4, error.problems


OTHER_LOOSE_CASES: list[tuple[str, Callable[[Any], object], dict[str, Any]]] = [
    ("calendar-unknown-key", WorkingCalendar.from_dict, {"zone": "UTC", "years": 2025, "zz": 1}),
    ("calendar-years-str", WorkingCalendar.from_dict, {"zone": "UTC", "years": "2025"}),
    ("calendar-zone-secret", WorkingCalendar.from_dict, {"zone": SECRET_TEXT, "years": 2025}),
    ("sla-unknown-key", SlaPolicy.from_dict, {"name": "p", "clocks": [], "zz": 1}),
    ("sla-clocks-str", SlaPolicy.from_dict, {"name": "p", "clocks": "x"}),
    (
        "sla-amount-str",
        SlaPolicy.from_dict,
        {"name": "p", "clocks": [{"name": "c", "amount": "3"}]},
    ),
    (
        "sla-amount-huge",
        SlaPolicy.from_dict,
        {"name": "p", "clocks": [{"name": "c", "amount": 10**5000}]},
    ),
    ("sla-name-int", SlaPolicy.from_dict, {"name": 5, "clocks": []}),
    ("rules-unknown-key", RuleSet.from_dict, {"name": "r", "fallback": "a", "zz": 1}),
    ("rules-mode-int", RuleSet.from_dict, {"name": "r", "fallback": "a", "mode": 3}),
    ("rules-rule-str", RuleSet.from_dict, {"name": "r", "fallback": "a", "rule": "x"}),
    (
        "rules-any-int",
        RuleSet.from_dict,
        {"name": "r", "fallback": "a", "rule": [{"name": "x", "unit": "u", "any": 5}]},
    ),
    (
        "rules-any-secret",
        RuleSet.from_dict,
        {
            "name": "r",
            "fallback": "a",
            "rule": [{"name": "x", "unit": "u", "any": [SECRET_TEXT + "+"]}],
        },
    ),
    ("rules-description-int", RuleSet.from_dict, {"name": "r", "fallback": "a", "description": 7}),
    ("lexicon-unknown-key", Lexicon.from_dict, {"name": "l", "zz": 1}),
    ("lexicon-value-int", Lexicon.from_dict, {"name": "l", "replacements": {"yg": 1}}),
    ("lexicon-secret-key", Lexicon.from_dict, {"name": "l", "replacements": {SECRET_NAME: "x"}}),
    ("lexicon-source-int", Lexicon.from_dict, {"name": "l", "source": 5}),
]


@pytest.mark.parametrize(
    ("loader", "data"),
    [pytest.param(loader, data, id=kind) for kind, loader, data in OTHER_LOOSE_CASES],
)
def test_the_other_loaders_report_unknown_keys_and_wrong_types(
    loader: Callable[[Any], object], data: dict[str, Any]
) -> None:
    error = raises_typed(loader, data)
    assert isinstance(error, ConfigurationError | UnknownZoneError)
