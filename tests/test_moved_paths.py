"""Documented import paths that moved keep working, with a DeprecationWarning naming the new one."""

from __future__ import annotations

import importlib

import pytest

from pengaduan.errors import PengaduanError

MOVED = [
    ("pengaduan.profiles", "pengaduan.workflow.profiles", "Action"),
    ("pengaduan.sop", "pengaduan.workflow.sop", "definition_from_dict"),
    ("pengaduan.guards", "pengaduan.workflow.guards", "requires_text"),
    ("pengaduan.fields", "pengaduan.workflow.fields", "FieldSpec"),
    ("pengaduan.humanize", "pengaduan.calendar.humanize", "format_deadline"),
    ("pengaduan.tracking", "pengaduan.intake.tracking", "new_tracking_id"),
    ("pengaduan.redaction.views", "pengaduan.privacy", "Viewer"),
    ("pengaduan.redaction", "pengaduan.privacy", "ViewPolicy"),
    ("pengaduan.redaction", "pengaduan.privacy", "view"),
]


@pytest.mark.parametrize(("old", "new", "name"), MOVED, ids=[f"{o}.{n}" for o, _, n in MOVED])
def test_an_old_path_warns_and_gives_the_same_object(old: str, new: str, name: str) -> None:
    module = importlib.import_module(old)
    with pytest.warns(DeprecationWarning, match=rf"{old}\.{name} moved to {new}\.{name}"):
        value = getattr(module, name)
    assert value is getattr(importlib.import_module(new), name)


def test_the_warning_points_at_the_importing_line() -> None:
    with pytest.warns(DeprecationWarning, match="pengaduan.workflow.profiles") as caught:
        from pengaduan.profiles import Status  # noqa: F401, PLC0415
    assert caught[0].filename == __file__


@pytest.mark.parametrize(
    ("old", "name"),
    [
        pytest.param("pengaduan.profiles", "no_such_name", id="unknown name"),
        pytest.param("pengaduan.redaction", "Workflow", id="not a moved view name"),
    ],
)
def test_an_unknown_name_is_an_attribute_error(old: str, name: str) -> None:
    module = importlib.import_module(old)
    with pytest.raises(AttributeError, match=name) as raised:
        getattr(module, name)
    assert not isinstance(raised.value, PengaduanError)


def test_import_star_of_a_moved_module_is_not_offered() -> None:
    module = importlib.import_module("pengaduan.profiles")
    assert not hasattr(module, "__all__")
