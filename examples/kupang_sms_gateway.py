"""Kota Kupang SMS gateway: raw 1708 lines -> parsed -> routed -> received complaints.

Reads ``examples/data/kupang_sms.txt`` (made-up senders and messages), parses each line with
the ``KOTKUPANG`` keyword gateway, answers malformed ones with the Indonesian help text, routes
the rest with the default taxonomy and Kupang's lexicon, receives them in the default workflow
with a tracking id, hints at duplicates, and prints a summary. No message text is printed for
complaints: only units, rules and tracking ids.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pendulum

from pengaduan.errors import IntakeError
from pengaduan.intake import SmsGateway, find_duplicates
from pengaduan.intake.tracking import new_tracking_id
from pengaduan.routing import Normalizer, UnitDirectory, default_router
from pengaduan.workflow import Workflow

if TYPE_CHECKING:
    from pengaduan.model import Complaint

DATA = Path(__file__).resolve().parent / "data" / "kupang_sms.txt"


def main() -> None:
    gateway = SmsGateway.kota_kupang()
    directory = UnitDirectory.kota_kupang()
    router = default_router(normalizer=Normalizer.kupang(), directory=directory)
    workflow = Workflow.default()
    rng = random.Random(1708)  # reproducible ids for the example; omit it in production

    received: list[Complaint] = []
    replies: Counter[str] = Counter()
    per_unit: Counter[str] = Counter()
    for number, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        sender, when, message = line.split("\t", 2)
        at = pendulum.parse(when, tz="Asia/Makassar")
        try:
            inbound = gateway.submission(
                message, sender=sender, received_at=at, message_id=f"sms-{number}"
            )
        except IntakeError as error:
            replies[error.reason] += 1
            print(f"line {number:2}: rejected ({error.reason}); reply: {gateway.help_text(error)}")
            continue
        complaint = inbound.receive(workflow, tracking_id=new_tracking_id(rng))
        decision = router.route(complaint)
        duplicates = find_duplicates(complaint, received, normalizer=router.normalizer)
        received.append(complaint)
        per_unit[decision.unit] += 1
        unit = directory.get(decision.unit)
        notes = []
        if decision.needs_review or inbound.needs_review:
            flags = [r.value for r in decision.review] + [f.value for f in inbound.review]
            notes.append(f"review: {', '.join(dict.fromkeys(flags))}")
        if decision.out_of_scope:
            notes.append("forward (bukan wewenang)")
        if duplicates:
            notes.append(f"possible duplicate of {duplicates[0].tracking_id}")
        print(
            f"line {number:2}: {complaint.tracking_id} -> {unit.short_name or unit.name} "
            f"[{decision.rule or 'fallback'}; {', '.join(decision.words) or '-'}]"
            + (f" ({'; '.join(notes)})" if notes else "")
        )

    print()
    print(f"received {len(received)} complaints, answered {sum(replies.values())} with help")
    for unit_id, count in per_unit.most_common():
        print(f"  {directory.get(unit_id).name}: {count}")
    for reason, count in sorted(replies.items()):
        print(f"  rejected {reason}: {count}")


if __name__ == "__main__":
    main()
