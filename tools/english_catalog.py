"""Fill the English catalog: every msgid is already English, so its msgstr starts as a copy.

Run by ``make messages`` after ``pybabel update``. An entry someone reworded in
``locale/en/LC_MESSAGES/pengaduan.po`` keeps its wording; only empty ones are filled.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po


def main(path: str) -> int:
    po = Path(path)
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            if not all(message.string):
                message.string = (message.id[0], message.id[1])
        elif not message.string:
            message.string = message.id
        message.flags.discard("fuzzy")
    with po.open("wb") as stream:
        write_po(stream, catalog, width=0, sort_output=True, omit_header=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
