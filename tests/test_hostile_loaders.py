"""Every scalar slot of every loader, fed every wrong type: a typed error or a value, never a
raw ``TypeError: unhashable`` (a list where a single value is expected), ``ValueError`` or
anything else.

The class of bug: a loader that looks an unvalidated value up in a set or a dict (``mode in
MODES``, ``ROLES.get(value)``) before checking its type. Each loader is given a valid document
(its own ``to_dict()`` or the example of its how-to guide); each leaf and each container of the
document, at every depth, is then replaced in turn by each value of
:data:`~tests.hostile_helpers.WRONG_TYPES`, and the loader must return or raise a
``PengaduanError`` without leaking a planted secret. (Objects that misbehave after a type check
come in through the API sweep and ``test_hostile_objects.py``; a parsed TOML or JSON document
cannot hold them.)
"""

from __future__ import annotations

import copy
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from tests.helpers import WF, received
from tests.hostile_helpers import WRONG_TYPES, outcome, raises_typed

import pengaduan
from pengaduan import serialization
from pengaduan.audit import ColumnMapping, ZoneThresholds
from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ConfigurationError, PengaduanError
from pengaduan.integrity import KeyRing, SignedTreeHead, SigningKey, TransparencyLog, sign_tree_head
from pengaduan.messages import TemplateSet
from pengaduan.privacy import ViewPolicy
from pengaduan.redaction import KnownIdentity
from pengaduan.routing import Lexicon, RuleSet, UnitDirectory
from pengaduan.sla import SlaPolicy
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

PACKAGE = Path(pengaduan.__file__).parent
KEY = SigningKey.generate()


def _signed() -> dict[str, Any]:
    log = TransparencyLog()
    log.append(received("KPG-LOADER-1"))
    return sign_tree_head(log, KEY, at=datetime(2025, 3, 3, tzinfo=UTC)).to_dict()


CALENDAR = """
zone = "Asia/Makassar"
years = [2025, 2026]
builtin_layers = ["national", "cuti_bersama"]

[week]
mon = ["07:30-12:00", "13:00-16:00"]
fri = ["07:30-11:30", "13:00-16:30"]

[[overrides]]
name = "Ramadan 1446 H"
start = 2025-03-01
end = 2025-03-29
ramadan = true

[[layers]]
name = "kota_kupang"
kind = "regional"
holidays = [{ date = 2025-04-25, name_id = "HUT Kota Kupang", name_en = "Kupang Day" }]

[[revisions]]
layer = "cuti_bersama"
year = 2025
basis = "contoh"
remove = [2025-04-07]

[[extra_working_days]]
date = 2025-04-02
name = "Piket"
hours = ["08:00-12:00"]
"""

DIRECTORY = """
name = "Kabupaten Contoh"

[[unit]]
id = "bupati"
name = "Bupati Contoh"
kind = "pimpinan"

[[unit]]
id = "dinkes"
name = "Dinas Kesehatan Kabupaten Contoh"
kind = "opd"
parent = "bupati"
liaison = { title = "Pejabat Penghubung", email = "penghubung.dinkes@example.go.id" }
"""

RULES = {
    "name": "contoh",
    "mode": "first-match",
    "fallback": "admin",
    "fallback_priority": "sedang",
    "rule": [{"name": "jalan", "unit": "pupr", "any": ["rusak"], "priority": "tinggi"}],
}

#: name -> (loader, a valid document for it)
LOADERS: dict[str, tuple[Callable[[Any], object], Callable[[], Any]]] = {
    "Workflow.from_dict": (Workflow.from_dict, WF.to_dict),
    "SlaPolicy.from_dict": (SlaPolicy.from_dict, lambda: SlaPolicy.lapor(WF).to_dict()),
    "RuleSet.from_dict": (
        lambda d: RuleSet.from_dict(d, units={"admin", "pupr"}),
        lambda: RULES,
    ),
    "Lexicon.from_dict": (
        Lexicon.from_dict,
        lambda: tomllib.loads((PACKAGE / "routing/data/lexicon_kupang.toml").read_text()),
    ),
    "UnitDirectory.from_dict": (UnitDirectory.from_dict, lambda: tomllib.loads(DIRECTORY)),
    "TemplateSet.from_dict": (TemplateSet.from_dict, lambda: TemplateSet.default().to_dict()),
    "ViewPolicy.from_dict": (ViewPolicy.from_dict, lambda: ViewPolicy.default().to_dict()),
    "WorkingCalendar.from_dict": (WorkingCalendar.from_dict, lambda: tomllib.loads(CALENDAR)),
    "ZoneThresholds.from_dict": (ZoneThresholds.from_dict, lambda: ZoneThresholds().to_dict()),
    "ColumnMapping.from_dict": (
        ColumnMapping.from_dict,
        lambda: {"tracking_id": "nomor", "received_at": "diterima"},
    ),
    "KnownIdentity.from_dict": (
        KnownIdentity.from_dict,
        lambda: {"names": ["Maria Tefa"], "phones": ["081339001122"]},
    ),
    "KeyRing.from_dict": (KeyRing.from_dict, lambda: KeyRing.of(KEY).to_dict()),
    "SignedTreeHead.from_dict": (SignedTreeHead.from_dict, _signed),
    "serialization.from_dict": (
        lambda d: serialization.from_dict(d, verify=False),
        lambda: serialization.to_dict(received("KPG-LOADER-2")),
    ),
}

VALUES = WRONG_TYPES


def _slots(document: object, path: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    """The path to every value in ``document`` (the first three items of a list), leaves and
    containers alike."""
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _slots(value, (*path, key))
    elif isinstance(document, list):
        for index, value in enumerate(document[:3]):
            yield from _slots(value, (*path, index))
    if path:
        yield path


def _replaced(document: object, path: tuple[object, ...], value: object) -> object:
    changed = copy.deepcopy(document)
    target: Any = changed
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return changed


@pytest.mark.parametrize("name", LOADERS)
def test_the_sample_document_loads(name: str) -> None:
    load, document = LOADERS[name]
    assert not isinstance(outcome(load, document()), PengaduanError)


@pytest.mark.parametrize("kind", [kind for kind, _ in VALUES])
@pytest.mark.parametrize("name", LOADERS)
def test_every_slot_with_a_wrong_type(name: str, kind: str) -> None:
    load, make = LOADERS[name]
    document = make()
    value = dict(VALUES)[kind]
    slots = list(_slots(document))
    assert slots, name
    for path in slots:
        try:
            outcome(load, _replaced(document, path, value))
        except AssertionError as failure:
            raise AssertionError(f"{name} at {path!r} with {kind}: {failure}") from None


# The review's cases, named.


def test_a_rule_set_mode_given_as_a_list() -> None:
    source = (
        'name = "x"\nmode = ["first-match"]\nfallback = "admin"\n'
        '[[rule]]\nname = "a"\nunit = "pupr"\nany = ["rusak"]\n'
    )
    error = raises_typed(RuleSet.from_toml, source, units={"admin", "pupr"})
    assert isinstance(error, ConfigurationError)


def test_a_field_kind_given_as_a_list() -> None:
    document = WF.to_dict()
    field = next(a for a in document["action"] if a.get("fields"))["fields"][0]
    field["kind"] = ["text"]
    assert isinstance(raises_typed(Workflow.from_dict, document), ConfigurationError)


@pytest.mark.parametrize("slot", ["responsible", "unit", "classifications"])
def test_a_clock_slot_given_a_list_of_lists(slot: str) -> None:
    document = SlaPolicy.lapor(WF).to_dict()
    document["clocks"][0][slot] = [["unit"]]
    assert isinstance(raises_typed(SlaPolicy.from_dict, document), ConfigurationError)


def test_a_huge_threshold_is_described_not_formatted() -> None:
    error = raises_typed(ZoneThresholds.from_dict, {"green": 10**5000})
    assert isinstance(error, ConfigurationError)
    assert "large int" in str(error.problems)
