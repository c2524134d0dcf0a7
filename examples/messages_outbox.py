"""Messages to citizens and officers through the repository's outbox, in Kota Kupang.

Four complaints arrive (by SMS, WhatsApp and the web form): one is verified, disposed, followed
up (its reporter answers the follow-up by SMS, and the unit is told), closed and rated by its
reporter with an SMS reply ("NILAI 4", delivered twice by the gateway and recorded once); one
is deferred and completed by its reporter's WhatsApp reply (the admin is told to verify it),
one forwarded to PLN, one left unverified.
Every step's messages land in the outbox in the step's own transaction; a sender loop "sends"
them (prints them) and marks them sent; the periodic job adds reminders and breach notices. At
the end, the audit shows the reporters' satisfaction per unit. Reporter texts are printed with
their SMS segment count; no reporter identity is ever in a message.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pengaduan.audit import Audit, render_satisfaction
from pengaduan.calendar import WorkingCalendar
from pengaduan.identity import reporter_pseudonym
from pengaduan.intake import SmsGateway, from_whatsapp
from pengaduan.messages import Messenger, TemplateSet
from pengaduan.model import Actor, Channel, Reporter, Submission
from pengaduan.routing import UnitDirectory
from pengaduan.sla import SlaPolicy, due_actions
from pengaduan.store import Repository, record_reply
from pengaduan.workflow import Workflow

WITA = ZoneInfo("Asia/Makassar")
START = datetime(2026, 9, 21, 9, tzinfo=WITA)  # a Monday
ADMIN = Actor.admin("bag-organisasi")
KEY = b"example-only-secret-key-of-the-office"  # from a secrets manager in production


def main() -> None:
    workflow = Workflow.default()
    policy = SlaPolicy.lapor(workflow)
    calendar = WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2026, 2027))
    templates = TemplateSet.default().overridden(
        {"values": {"instansi": "Pemerintah Kota Kupang", "portal": "lapor.go.id"}}
    )
    messenger = Messenger(
        workflow=workflow,
        policy=policy,
        calendar=calendar,
        templates=templates,
        directory=UnitDirectory.kota_kupang(),
    )
    repo = Repository(
        "sqlite://", policy=policy, calendar=calendar, messenger=messenger, pseudonym_key=KEY
    )
    gateway = SmsGateway.from_keywords({"KOTKUPANG": "kota-kupang"}, pseudonym_key=KEY)
    sms_reporter = reporter_pseudonym("+6281300000001", key=KEY)  # what the gateway sets
    wa_reporter = reporter_pseudonym("+6281300000002", key=KEY)  # what from_whatsapp sets
    arrivals = [
        ("KPG-7KQM-XW3D", Channel.SMS, sms_reporter),
        ("KPG-9PRT-HV2M", Channel.WHATSAPP, wa_reporter),
        ("KPG-4ZNC-QJ8A", Channel.WEB, "p-web-3"),
        ("KPG-2HXW-MM7C", Channel.SMS, "p-sms-4"),  # nobody verifies it
    ]
    for number, (tracking_id, channel, account) in enumerate(arrivals):
        repo.receive(
            workflow,
            Submission(
                text="(isi pengaduan)", channel=channel, reporter=Reporter(account_id=account)
            ),
            tracking_id=tracking_id,
            at=START + timedelta(minutes=10 * number),
            actor=Actor.system(channel.value),
        )

    def act(tracking_id: str, action: str, hours: float, actor: Actor = ADMIN, **data: object):
        return repo.update(
            tracking_id,
            lambda c: workflow.apply(
                c, action, at=c.updated_at + timedelta(hours=hours), actor=actor, **data
            ),
        )

    act("KPG-7KQM-XW3D", "verifikasi", 3, units=["pupr"])
    act("KPG-9PRT-HV2M", "tunda", 2, reason="lokasi belum jelas")
    act("KPG-4ZNC-QJ8A", "alihkan", 4, to="PLN UP3 Kupang")
    # The deferred complaint's reporter answers by WhatsApp: the reply completes it (lanjutkan).
    where = from_whatsapp(
        sender="6281300000002@c.us",
        text="Lokasinya di depan Puskesmas Oebobo, tiang lampu nomor 12",
        received_at=repo.get("KPG-9PRT-HV2M").updated_at + timedelta(hours=20),
        message_id="wamid.HBgM31",
        pseudonym_key=KEY,
    )
    result = record_reply(repo, where, workflow=workflow, keyword="KOTKUPANG")
    print(f"completion: {result.outcome.value} {result.action} -> {result.reply}")
    act("KPG-7KQM-XW3D", "tindak_lanjut", 24, actor=Actor.unit("pupr"), response="Sudah.")
    # The reporter answers the follow-up by SMS: the reply reaches the complaint (tanggapi).
    noted_at = repo.get("KPG-7KQM-XW3D").updated_at + timedelta(hours=1)
    note = gateway.reply(
        "ujung gang masih berlubang", sender="0813-0000-0001", received_at=noted_at
    )
    result = record_reply(repo, note, workflow=workflow, keyword="KOTKUPANG")
    print(f"reply: {result.outcome.value} {result.action} -> {result.reply}")
    act("KPG-7KQM-XW3D", "tutup", 2)
    # The reporter answers the closing notice by SMS; the gateway delivers it twice.
    answered_at = repo.get("KPG-7KQM-XW3D").updated_at + timedelta(hours=5)
    for _ in range(2):
        reply = gateway.reply(
            "NILAI 4", sender="0813-0000-0001", received_at=answered_at, message_id="sms-5521"
        )
        result = record_reply(repo, reply, workflow=workflow, keyword="KOTKUPANG")
        print(f"rating reply: {result.outcome.value} -> {result.reply}")

    sent = START + timedelta(days=3)
    print("== outbox ==")
    for message in repo.outbox.pending(limit=100):
        segments = message.segments
        length = f" [{segments.encoding.value}, {segments.segments} SMS]" if segments else ""
        print(f"{message.recipient} via {message.channel.value}{length}: {message.template}")
        print("   ", (message.subject or message.body).splitlines()[0])
        repo.outbox.mark_sent(message.key, at=sent)

    print("== the periodic job, a week later ==")
    now = START + timedelta(days=7)
    stored = [repo.get(tid) for tid, _, _ in arrivals]
    by_id = {c.tracking_id: c for c in stored}
    for due in due_actions(stored, policy=policy, calendar=calendar, workflow=workflow, now=now):
        added = repo.outbox.enqueue(messenger.messages_for_due(due, by_id[due.tracking_id]))
        print(f"{due.kind.value} {due.tracking_id} {due.clock}: {added} message(s)")
    for message in repo.outbox.pending():
        print(f"{message.recipient}: {message.subject}")

    audit = Audit(workflow=workflow, policy=policy, calendar=calendar, now=now)
    audit.add_all(stored)
    print(render_satisfaction(audit.report(), fmt="markdown"), end="")
    repo.close()


if __name__ == "__main__":
    main()
