"""A writer process for the concurrency test: applies N reporter replies to one complaint."""

from __future__ import annotations

import sys
from datetime import timedelta

from pengaduan.model import Actor
from pengaduan.store import Repository
from pengaduan.workflow import Workflow
from pengaduan.workflow.profiles import Action

WF = Workflow.default()
REPORTER = Actor.reporter("akun-7781")


def main(url: str, tracking_id: str, count: int) -> None:
    with Repository(url) as repo:
        for _ in range(count):
            repo.update(
                tracking_id,
                lambda c: WF.apply(
                    c,
                    Action.TANGGAPI,
                    at=c.updated_at + timedelta(seconds=1),
                    actor=REPORTER,
                    message="Mohon dipercepat",
                ),
                attempts=100,
            )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
