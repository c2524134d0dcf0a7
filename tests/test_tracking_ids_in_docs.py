"""Every tracking id written in the docs, the README and the catalogs is a valid one.

A reporter copies what the docs and the reply texts show (``7KQM-XW3D-RTG <your reply>``); an
example id that failed its own check character would be refused as ``no-complaint``. The few
strings of the same shape that are not tracking ids are listed below, each with why.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from pengaduan.intake.tracking import is_valid_tracking_id

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
CATALOGS = sorted((ROOT / "src/pengaduan/locale").glob("*/LC_MESSAGES/pengaduan.po"))

# Four, four and three letters or digits joined by hyphens, as tracking ids are printed...
HYPHENATED = re.compile(r"(?<![\w-])[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}(?![\w-])")
# ...or spaced, as a reporter may type one, inside inline code.
CODE_SPAN = re.compile(r"`([^`\n]+)`")
SPACED = re.compile(r"(?<![\w-])[0-9A-Za-z]{4} [0-9A-Za-z]{4} [0-9A-Za-z]{3}(?![\w-])")

NOT_TRACKING_IDS = {
    ("docs/intake.md", "ABCD-EFGH-J0K"): "the example of an id parse_tracking_id refuses",
    ("docs/redaction.md", "P36K-5SG7-3HP"): "a code in text to redact, not a plate",
    ("docs/redaction.md", "HA4Y-VVYH-W6S"): "a code in text to redact, not a plate",
    ("docs/redaction.md", "VLBN-Z4PN-DEF"): "a code in text to redact, not a name",
    ("docs/redaction-annotation-guide.md", "2409-1187-221"): "another system's ticket number",
    ("docs/redaction-annotation-guide.md", "0B13-4553-67O"): "a mobile with letters for digits",
    ("docs/redaction-annotation-guide.md", "0B52 7494 976"): "a mobile with letters for digits",
    ("docs/redaction-annotation-guide.md", "O8S2-727S-234"): "a mobile with letters for digits",
    ("docs/redaction.md", "0B13-4553-67O"): "a mobile with letters for digits",
}


def ids_on(page: Path) -> set[str]:
    text = page.read_text(encoding="utf-8")
    found = {t for t in HYPHENATED.findall(text) if any(c.isdigit() for c in t)}
    for span in CODE_SPAN.findall(text):
        found.update(t for t in SPACED.findall(span) if any(c.isdigit() for c in t))
    return found


def test_the_pages_show_tracking_ids() -> None:
    assert "7KQM-XW3D-RTG" in ids_on(ROOT / "docs/intake.md")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_tracking_id_in_the_docs_is_valid(page: Path) -> None:
    where = page.relative_to(ROOT).as_posix()
    claimed = {t for t in ids_on(page) if (where, t) not in NOT_TRACKING_IDS}
    assert sorted(t for t in claimed if not is_valid_tracking_id(t)) == []


@pytest.mark.parametrize(("where", "written"), sorted(NOT_TRACKING_IDS))
def test_the_strings_that_are_not_tracking_ids_are_still_there(where: str, written: str) -> None:
    assert written in ids_on(ROOT / where)
    assert not is_valid_tracking_id(written)  # so no reader could take it for one


@pytest.mark.parametrize("catalog", CATALOGS, ids=lambda p: p.parent.parent.name)
def test_every_tracking_id_in_the_catalogs_is_valid(catalog: Path) -> None:
    with catalog.open("rb") as file:
        messages = [m for m in read_po(file) if m.id]
    texts = []
    for message in messages:
        for part in (message.id, message.string):
            texts.extend([part] if isinstance(part, str) else part)
    written = {t for text in texts for t in HYPHENATED.findall(text)}
    assert "7KQM-XW3D-RTG" in written  # the example the ambiguous reply shows
    assert {t for t in written if not is_valid_tracking_id(t)} == set()
