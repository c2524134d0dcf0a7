"""Messages to citizens and officers: templates bound to events, SMS segments, the outbox.

- [`templates`][pengaduan.messages.templates]: templates as data
  ([`TemplateSet`][pengaduan.messages.TemplateSet]), each bound to
  workflow actions or to an SLA clock's reminder or breach, in Indonesian and English, for SMS,
  WhatsApp and e-mail; a region overrides the shipped file with its own.
- [`messenger`][pengaduan.messages.messenger]: [`Messenger`][pengaduan.messages.Messenger] turns an
  event or a due SLA clock into
  [`Message`][pengaduan.messages.Message] values with deterministic idempotency keys, for an outbox
  ([`pengaduan.store.Repository`][pengaduan.store.Repository] keeps one).
- [`sms`][pengaduan.messages.sms]: GSM-7 / UCS-2 detection and SMS segment counting.
- [`satisfaction`][pengaduan.messages.satisfaction]: the reporter's satisfaction answer.
- [`replies`][pengaduan.messages.replies]: that answer arriving by SMS or WhatsApp through the
  intake gateway, recorded as the rating event exactly once.
- [`reporter_replies`][pengaduan.messages.reporter_replies]: every reply of the reporter by SMS
  or WhatsApp, a score or not, recorded on their own complaint (``tanggapi``, or ``lanjutkan``
  when it completes a deferred one) exactly once.

Example:
    >>> from pengaduan.messages import sms_segments
    >>> sms_segments("Pengaduan 7KQM-XW3D-RTG selesai.").segments
    1
"""

from __future__ import annotations

from pengaduan.messages.messenger import Message, Messenger, Recipient
from pengaduan.messages.replies import (
    ReplyOutcome,
    SatisfactionReply,
    SatisfactionReplyResult,
    answer_satisfaction_reply,
    parse_satisfaction_reply,
)
from pengaduan.messages.reporter_replies import (
    REPLY_ACTION,
    ReporterReplyOutcome,
    ReporterReplyResult,
    answer_reply,
    named_tracking_id,
    resume_actions,
)
from pengaduan.messages.satisfaction import (
    SATISFACTION_ACTION,
    SATISFACTION_REASONS,
    SATISFIED_FROM,
    Satisfaction,
    satisfaction_of,
    score_from_reply,
)
from pengaduan.messages.sms import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    SmsEncoding,
    SmsSegments,
    is_gsm7,
    sms_segments,
)
from pengaduan.messages.templates import (
    LANGUAGES,
    PLACEHOLDERS,
    WHATSAPP_MAX_CHARS,
    ChannelText,
    DueKind,
    MessageChannel,
    RecipientKind,
    Template,
    TemplateSet,
)

__all__ = [
    "GSM7_BASIC",
    "GSM7_EXTENSION",
    "LANGUAGES",
    "PLACEHOLDERS",
    "REPLY_ACTION",
    "SATISFACTION_ACTION",
    "SATISFACTION_REASONS",
    "SATISFIED_FROM",
    "WHATSAPP_MAX_CHARS",
    "ChannelText",
    "DueKind",
    "Message",
    "MessageChannel",
    "Messenger",
    "Recipient",
    "RecipientKind",
    "ReplyOutcome",
    "ReporterReplyOutcome",
    "ReporterReplyResult",
    "Satisfaction",
    "SatisfactionReply",
    "SatisfactionReplyResult",
    "SmsEncoding",
    "SmsSegments",
    "Template",
    "TemplateSet",
    "answer_reply",
    "answer_satisfaction_reply",
    "is_gsm7",
    "named_tracking_id",
    "parse_satisfaction_reply",
    "resume_actions",
    "satisfaction_of",
    "score_from_reply",
    "sms_segments",
]
