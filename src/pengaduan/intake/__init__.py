"""Intake: turning raw messages from every channel into submissions.

- [`SmsGateway`][pengaduan.intake.SmsGateway] parses ``<KEYWORD><space><body>`` lines sent to 1708
  (in Kota Kupang:
  ``KOTKUPANG <keluhan>``), with a registry of keywords per region/instance. The message is
  NFKC-normalised first; it tolerates case, any Unicode whitespace (plus ZERO WIDTH SPACE and
  the BOM) and common separators (``KOTKUPANG#``, ``kotkupang:``, ``KOTKUPANG.``), takes the
  keyword as a whole token, and rejects empty bodies, unknown or missing keywords with typed
  reasons; [`help_text()`][pengaduan.intake.help_text] gives the reply for each reason (Indonesian
  by default).
- Adapters for WhatsApp, the web form, social media, the counter (*loket*) and the suggestion
  box (*kotak saran*) produce an [`Inbound`][pengaduan.intake.Inbound]: a
  [`Submission`][pengaduan.model.Submission] plus
  when it arrived, the message id and review flags. Phones are normalised to E.164 with
  ``phonenumbers`` (region ID; landlines keep their area code, e.g. Kupang's 0380). The text is
  kept exactly as received.
- [`find_duplicates()`][pengaduan.intake.find_duplicates] hints at repeats: the same reporter,
  near-identical text, within a
  window.

Nothing is dropped silently: a message either raises [`IntakeError`][pengaduan.errors.IntakeError]
with a stable ``reason`` (so the app can answer the sender), or becomes an
[`Inbound`][pengaduan.intake.Inbound],
flagged for review when something about it is odd (an unparseable phone, control characters,
no words at all).

Sources: DOMAIN.md "Channels" (SMS 1708 with a local keyword, lapor.go.id; Kupang's
``KOTKUPANG<spasi>KELUHAN`` from the 2014 launch reporting).
"""

from __future__ import annotations

from pengaduan.intake._channels import (
    from_counter,
    from_social_media,
    from_suggestion_box,
    from_web_form,
    from_whatsapp,
)
from pengaduan.intake._duplicates import DuplicateHint, find_duplicates
from pengaduan.intake._inbound import DEFAULT_MAX_LENGTH, Inbound, idempotency_key
from pengaduan.intake._phones import normalize_phone
from pengaduan.intake._reasons import IntakeReason, ReviewFlag
from pengaduan.intake._sms import SmsGateway, SmsMessage, help_text

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "DuplicateHint",
    "Inbound",
    "IntakeReason",
    "ReviewFlag",
    "SmsGateway",
    "SmsMessage",
    "find_duplicates",
    "from_counter",
    "from_social_media",
    "from_suggestion_box",
    "from_web_form",
    "from_whatsapp",
    "help_text",
    "idempotency_key",
    "normalize_phone",
]
