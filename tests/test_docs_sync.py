"""Pages that describe the SOP say exactly what the library does."""

from __future__ import annotations

import re
from pathlib import Path

from pengaduan import Workflow

ROOT = Path(__file__).resolve().parent.parent
LIFECYCLE = (ROOT / "docs/lifecycle.md").read_text(encoding="utf-8")
WF = Workflow.default()


def test_lifecycle_diagram_is_the_generated_one() -> None:
    block = re.search(r"```mermaid\n(.*?)```", LIFECYCLE, re.DOTALL)
    assert block is not None
    assert block.group(1) == WF.to_mermaid("id")


def test_status_table_matches_the_workflow() -> None:
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| ([^|]+) \| (\w+) \|$", LIFECYCLE, re.MULTILINE)
    table = {name: (id_.strip(), en.strip(), cat) for name, id_, en, cat in rows}
    expected = {s.name: (s.label_id, s.label_en, s.category.value) for s in WF.statuses}
    assert table == expected


def test_action_table_lists_every_action_with_its_sources() -> None:
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| ([^|]+) \|", LIFECYCLE, re.MULTILINE)
    actions = {name: (src, dst) for name, src, dst in rows if name in {a.name for a in WF.actions}}
    assert set(actions) == {a.name for a in WF.actions}
    for spec in WF.actions:
        sources, target = actions[spec.name]
        assert {s.strip() for s in sources.split(",")} == set(spec.sources)
        assert target.strip() == (spec.target or "(same)")
