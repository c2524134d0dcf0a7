"""Every TOML-configured object reads its source the same way and fails the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from pengaduan.calendar import WorkingCalendar
from pengaduan.errors import ConfigurationError
from pengaduan.messages import TemplateSet
from pengaduan.routing import Lexicon, RuleSet, UnitDirectory
from pengaduan.sla import SlaPolicy

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

LOADERS: dict[str, Callable[[Any], object]] = {
    "working calendar": WorkingCalendar.from_toml,
    "SLA policy": SlaPolicy.from_toml,
    "rule file": RuleSet.from_toml,
    "lexicon": Lexicon.from_toml,
    "unit directory": UnitDirectory.from_toml,
    "message templates": TemplateSet.from_toml,
    "message template overrides": TemplateSet.default().overridden,
}


@pytest.mark.parametrize("kind", sorted(LOADERS))
def test_a_missing_file_is_a_configuration_error(kind: str, tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada.toml"
    for source in (missing, str(missing)):
        with pytest.raises(ConfigurationError) as info:
            LOADERS[kind](source)
        assert info.value.what == f"{kind} tidak-ada.toml"
        assert "cannot read the file" in info.value.problems[0]


@pytest.mark.parametrize("kind", sorted(LOADERS))
def test_a_syntax_error_names_its_line(kind: str, tmp_path: Path) -> None:
    broken = tmp_path / "rusak.toml"
    broken.write_text('name = "x"\n\nkey = nope\n', encoding="utf-8")
    with pytest.raises(ConfigurationError) as info:
        LOADERS[kind](broken)
    assert info.value.problems[0].startswith("TOML syntax:")
    assert "line 3" in info.value.problems[0]
    with pytest.raises(ConfigurationError) as from_text:
        LOADERS[kind]('name = "x"\n\nkey = nope\n')
    assert from_text.value.what == f"{kind} (TOML)"
