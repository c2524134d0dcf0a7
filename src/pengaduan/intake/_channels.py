"""Channel adapters, the SMS keyword gateway and phones (private; the public names live in
``pengaduan.intake``)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.text import encodable
from pengaduan._core.time import require_aware
from pengaduan._core.toml import shown
from pengaduan.errors import ArgumentError, ConfigurationError, IntakeError, type_name
from pengaduan.identity import reporter_pseudonym
from pengaduan.model import (
    Actor,
    Channel,
    Classification,
    Complaint,
    Location,
    Privacy,
    Reporter,
    Submission,
)

if TYPE_CHECKING:
    from pengaduan.workflow import Workflow

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "Inbound",
    "IntakeReason",
    "ReviewFlag",
    "SmsGateway",
    "SmsMessage",
    "from_counter",
    "from_social_media",
    "from_suggestion_box",
    "from_web_form",
    "from_whatsapp",
    "help_text",
    "idempotency_key",
    "normalize_phone",
]

DEFAULT_MAX_LENGTH = 20_000
"""Longest text accepted by default, in characters (an SMS gateway may set less)."""

_KEYWORD = re.compile(r"[A-Za-z0-9]{2,32}\Z")
_PUNCTUATION = "#:;.,-_/*=+"
_EXTRA_SPACES = "\u200b\ufeff"
"""Characters ``str.isspace()`` refuses that phones still send as spaces: ZERO WIDTH SPACE, BOM."""
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
"""Characters that render as nothing or as a blank (Hangul fillers, the blank Braille cell)."""


def _is_space(char: str) -> bool:
    return char.isspace() or char in _EXTRA_SPACES


def _is_separator(char: str) -> bool:
    return _is_space(char) or char in _PUNCTUATION


def _is_invisible(char: str) -> bool:
    return _is_space(char) or char in _FILLERS or unicodedata.category(char) == "Cf"


def _skip(text: str, start: int, accept: Callable[[str], bool]) -> int:
    end = start
    while end < len(text) and accept(text[end]):
        end += 1
    return end


def _rstrip_spaces(text: str) -> str:
    end = len(text)
    while end and _is_space(text[end - 1]):
        end -= 1
    return text[:end]


def _edit_distance(left: str, right: str) -> int:
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i]
        for j, b in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1]


class IntakeReason(StrEnum):
    """The ``reason`` codes of :class:`~pengaduan.errors.IntakeError` raised here."""

    EMPTY_MESSAGE = "empty-message"
    MISSING_KEYWORD = "missing-keyword"
    UNKNOWN_KEYWORD = "unknown-keyword"
    EMPTY_BODY = "empty-body"
    EMPTY_TEXT = "empty-text"
    TOO_LONG = "too-long"
    NOT_TEXT = "not-text"
    INVALID_PHONE = "invalid-phone"
    MISSING_FIELD = "missing-field"
    INVALID_FIELD = "invalid-field"


class ReviewFlag(StrEnum):
    """Why an accepted message should be looked at by a person."""

    PHONE_UNPARSEABLE = "phone-unparseable"
    """The sender's number could not be normalised; the raw value is kept in ``raw_contact``."""
    CONTROL_CHARACTERS = "control-characters"
    """The text contains control characters (binary junk, a broken gateway)."""
    UNDECODABLE_BYTES = "undecodable-bytes"
    """The bytes were not valid UTF-8; undecodable bytes were replaced by U+FFFD."""
    NO_WORDS = "no-words"
    """The text has no letters or digits (emoji only, symbols)."""


_HELP_TEXTS: dict[str, str] = {
    IntakeReason.EMPTY_MESSAGE: (
        "Pesan Anda kosong. Ketik {keyword}<spasi>isi pengaduan, contoh: "
        "{keyword} Jalan di depan SD Inpres Oebobo berlubang. Kirim ke 1708."
    ),
    IntakeReason.MISSING_KEYWORD: (
        "Format salah. Awali pesan dengan kata kunci {keyword} lalu spasi dan isi pengaduan, "
        "contoh: {keyword} Lampu jalan di RT 05 mati. Kirim ke 1708."
    ),
    IntakeReason.UNKNOWN_KEYWORD: (
        "Kata kunci tidak dikenal. Gunakan {keyword}<spasi>isi pengaduan, contoh: "
        "{keyword} Air PDAM tidak mengalir 3 hari. Kirim ke 1708."
    ),
    IntakeReason.EMPTY_BODY: (
        "Isi pengaduan belum ada. Tulis {keyword}<spasi>isi pengaduan: apa masalahnya, "
        "di mana, sejak kapan. Kirim ke 1708."
    ),
    IntakeReason.TOO_LONG: (
        "Pesan terlalu panjang. Ringkas pengaduan Anda, atau sampaikan lewat formulir web "
        "atau loket pengaduan."
    ),
    IntakeReason.NOT_TEXT: (
        "Pesan tidak dapat dibaca. Kirim ulang sebagai teks biasa: {keyword}<spasi>isi pengaduan."
    ),
    IntakeReason.EMPTY_TEXT: "Isi pengaduan kosong. Tuliskan apa masalahnya, di mana, sejak kapan.",
}


def help_text(reason: str, *, keyword: str = "KOTKUPANG") -> str:
    """The Indonesian reply for an intake error ``reason`` (falls back to a general help text).

    Args:
        reason: an :class:`IntakeReason` value (``error.reason``).
        keyword: the SMS keyword to show in the example.
    """
    template = _HELP_TEXTS.get(
        reason,
        "Pengaduan belum dapat diterima. Format SMS: {keyword}<spasi>isi pengaduan, kirim ke 1708.",
    )
    return template.format(keyword=keyword)


@attrs.frozen(kw_only=True)
class SmsMessage:
    """A parsed SMS: the keyword as registered, the instance it belongs to, and the body."""

    keyword: str
    instance: str
    body: str = attrs.field(repr=False)


def _keyword_map(value: Mapping[str, str]) -> Mapping[str, str]:
    given: object = value
    if not isinstance(given, Mapping):
        return {}
    return {str(k).upper(): str(v) for k, v in value.items() if type(k) is str}


_MIN_KEY_BYTES = 16


def _key_problems(key: object) -> list[str]:
    if key is None:
        return []
    if not isinstance(key, bytes) or len(key) < _MIN_KEY_BYTES:
        return [f"pseudonym_key must be bytes of at least {_MIN_KEY_BYTES} bytes or None"]
    return []


@attrs.frozen(kw_only=True)
class SmsGateway:
    """The SMS keyword gateway: a registry of keywords, each for one region/instance.

    Attributes:
        keywords: keyword -> instance id (``{"KOTKUPANG": "kota-kupang"}``); case-insensitive.
        max_length: longest body accepted.
        help_keyword: the keyword shown in help texts (the first registered one by default).
        pseudonym_key: the office's secret for keyed reporter pseudonyms; when set, every
            submission whose sender's number normalises gets
            ``Reporter.account_id = reporter_pseudonym(phone, key=pseudonym_key)``, so the
            reporter's later SMS replies can be bound to the complaint. Kept out of reprs.
    """

    keywords: Mapping[str, str] = attrs.field(converter=_keyword_map)
    max_length: int = DEFAULT_MAX_LENGTH
    help_keyword: str | None = None
    pseudonym_key: bytes | None = attrs.field(default=None, repr=False, eq=False)

    @classmethod
    def from_keywords(
        cls,
        keywords: Mapping[str, str],
        *,
        max_length: int = DEFAULT_MAX_LENGTH,
        pseudonym_key: bytes | None = None,
    ) -> SmsGateway:
        """Build and validate a gateway.

        Args:
            keywords: keyword -> instance id.
            max_length: longest body accepted, in characters.
            pseudonym_key: the office's secret (at least 16 bytes) for keyed reporter
                pseudonyms; see :attr:`pseudonym_key`.

        Raises:
            ConfigurationError: no keywords, a keyword that is not 2-32 letters/digits, an
                instance id that is not a str, a bad ``max_length`` or ``pseudonym_key``.
        """
        problems = []
        given: object = keywords
        if not isinstance(given, Mapping):
            problems.append(f"keywords must be a mapping, not {type_name(keywords)}")
            keywords = {}
        if not keywords:
            problems.append("register at least one keyword")
        problems.extend(
            f"keyword {shown(keyword)}: must be 2-32 letters or digits"
            for keyword in keywords
            if type(keyword) is not str or not _KEYWORD.match(keyword)
        )
        problems.extend(
            f"keyword {shown(keyword)}: the instance id must be a non-empty str"
            for keyword, instance in keywords.items()
            if type(instance) is not str or not instance.strip()
        )
        if type(max_length) is not int or max_length < 1:
            problems.append("max_length must be a positive int")
        problems += _key_problems(pseudonym_key)
        if problems:
            raise ConfigurationError("SMS gateway", problems)
        return cls(keywords=keywords, max_length=max_length, pseudonym_key=pseudonym_key)

    @classmethod
    def kota_kupang(cls) -> SmsGateway:
        """The Kota Kupang gateway: keyword ``KOTKUPANG`` for instance ``kota-kupang``."""
        return cls.from_keywords({"KOTKUPANG": "kota-kupang"}, max_length=1_600)

    def _shown_keyword(self) -> str:
        return self.help_keyword or next(iter(self.keywords), "KATAKUNCI")

    def help_text(self, error: IntakeError) -> str:
        """The Indonesian reply to send back for ``error``.

        Raises:
            ArgumentError: ``error`` is not an IntakeError.
        """
        if not isinstance(error, IntakeError):
            raise ArgumentError(
                argument="error", rule="must be an IntakeError", given=type_name(error)
            )
        return help_text(error.reason, keyword=self._shown_keyword())

    def parse(self, line: str | bytes) -> SmsMessage:
        """Parse one SMS.

        The whole message is first normalised with Unicode NFKC (a keyword typed in full-width
        letters, U+FF21-U+FF5A, is ``KOTKUPANG``; NBSP and U+3000 become spaces). Whitespace
        is every character ``str.isspace()`` accepts plus ZERO WIDTH SPACE and the BOM;
        whitespace and the punctuation ``# : ; . , - _ / * = +`` separate the keyword from the body.

        The keyword is a whole token, in any case: ``KOTKUPANGG jalan`` is an unknown keyword,
        not ``KOTKUPANG`` with the body ``G jalan``. One glued form is kept: a keyword typed in
        capitals directly followed by a lower-case word (``KOTKUPANGjln rusak``), where the
        change of case marks the end of the keyword.

        Args:
            line: the SMS as received (text, or UTF-8 bytes).

        Returns:
            The keyword as registered, its instance, and the body: NFKC-normalised, after the
            keyword and its separators, trailing whitespace removed.

        Raises:
            IntakeError: ``reason`` is one of ``empty-message``, ``missing-keyword``,
                ``unknown-keyword`` (a word in capitals, or one that starts with or is one or
                two letters away from a registered keyword, such as ``K0TKUPANG``),
                ``empty-body`` (nothing visible after the keyword), ``too-long``, ``not-text``.

        Example:
            >>> SmsGateway.kota_kupang().parse("\ufeffkotkupang\u3000jalan rusak").body
            'jalan rusak'
        """
        text = unicodedata.normalize("NFKC", _decode_strict(line))
        if all(_is_invisible(char) or char in _PUNCTUATION for char in text):
            raise IntakeError(reason=IntakeReason.EMPTY_MESSAGE, detail="the SMS is empty")
        begin = _skip(text, 0, lambda char: _is_separator(char) or _is_invisible(char))
        stop = _skip(text, begin, lambda char: char.isalnum() and char not in _FILLERS)
        token = text[begin:stop]
        keyword, start = self._keyword_at(token, begin)
        if keyword is None:
            raise self._keyword_error(token)
        body = _rstrip_spaces(text[_skip(text, start, _is_separator) :])
        if all(_is_invisible(char) or char in _PUNCTUATION for char in body):
            raise IntakeError(reason=IntakeReason.EMPTY_BODY, detail="the SMS has a keyword only")
        if len(body) > self.max_length:
            raise IntakeError(
                reason=IntakeReason.TOO_LONG,
                detail=f"the body has {len(body)} characters; at most {self.max_length}",
            )
        return SmsMessage(keyword=keyword, instance=self.keywords[keyword], body=body)

    def _keyword_at(self, token: str, begin: int) -> tuple[str | None, int]:
        """The registered keyword ``token`` is (or starts with, glued by a change of case)."""
        if token.upper() in self.keywords:
            return token.upper(), begin + len(token)
        for keyword in sorted(self.keywords, key=len, reverse=True):
            head, rest = token[: len(keyword)], token[len(keyword) :]
            if head.upper() == keyword and head.isupper() and rest[:1].islower():
                return keyword, begin + len(keyword)
        return None, begin

    def _keyword_error(self, token: str) -> IntakeError:
        word = token.upper()
        looks_like_keyword = (
            (token.isupper() and token.isascii() and 3 <= len(token) <= 32)
            or any(word.startswith(keyword) for keyword in self.keywords)
            or any(
                abs(len(word) - len(keyword)) <= 2 and _edit_distance(word, keyword) <= 2
                for keyword in self.keywords
                if len(keyword) >= 5
            )
        )
        if looks_like_keyword:
            return IntakeError(
                reason=IntakeReason.UNKNOWN_KEYWORD,
                detail=f"the first word ({len(token)} characters) is not a registered keyword",
            )
        return IntakeError(
            reason=IntakeReason.MISSING_KEYWORD,
            detail="the SMS does not start with a registered keyword",
        )

    def format(self, body: str, *, keyword: str | None = None) -> str:
        """The SMS a reporter would send for ``body``: ``<KEYWORD> <body>``.

        For a body that is NFKC-normalised, does not start with whitespace or a separator and
        does not end with whitespace, ``parse(format(body)).body == body``.

        Args:
            body: the complaint text.
            keyword: a registered keyword (any case); the help keyword by default.

        Raises:
            ArgumentError: ``body`` or ``keyword`` is not a str, or ``keyword`` is not
                registered.
            IntakeError: ``empty-body`` for a body with nothing visible, ``too-long`` for one
                longer than :attr:`max_length`, ``not-text`` for one that is not encodable.

        Example:
            >>> SmsGateway.kota_kupang().format("lampu jalan mati")
            'KOTKUPANG lampu jalan mati'
        """
        if not isinstance(body, str):
            raise ArgumentError(argument="body", rule="must be a str", given=type_name(body))
        chosen = self._shown_keyword() if keyword is None else keyword
        if not isinstance(chosen, str) or chosen.upper() not in self.keywords:
            raise ArgumentError(
                argument="keyword", rule="must be a registered keyword", given=type_name(chosen)
            )
        text = _decode_strict(body)
        if all(_is_invisible(char) or char in _PUNCTUATION for char in text):
            raise IntakeError(reason=IntakeReason.EMPTY_BODY, detail="the body is empty")
        if len(text) > self.max_length:
            raise IntakeError(
                reason=IntakeReason.TOO_LONG,
                detail=f"the body has {len(text)} characters; at most {self.max_length}",
            )
        return f"{chosen.upper()} {text}"

    def submission(
        self,
        line: str | bytes,
        *,
        sender: str,
        received_at: datetime,
        message_id: str | None = None,
    ) -> Inbound:
        """Parse an SMS and turn it into an :class:`Inbound` from ``sender``.

        The body (after the keyword and separators, trailing whitespace removed) is the text.

        Args:
            line: the SMS as received (text, or UTF-8 bytes).
            sender: the sender's number as the SMS centre gives it.
            received_at: when it arrived (aware).
            message_id: the provider's message id; it becomes the idempotency key, so the same
                SMS delivered twice is one complaint.

        Raises:
            IntakeError: as :meth:`parse`; ``invalid-field`` for a ``sender`` or ``message_id``
                that is not text.
            NaiveDatetimeError: ``received_at`` has no time zone.
            ArgumentError: ``received_at`` is not a datetime.
        """
        message = self.parse(line)
        return _inbound(
            text=message.body,
            channel=Channel.SMS,
            received_at=received_at,
            phone=_required_text(sender, "sender"),
            message_id=message_id,
            max_length=self.max_length,
            pseudonym_key=self.pseudonym_key,
        )


@attrs.frozen(kw_only=True)
class Inbound:
    """A message accepted from a channel: the submission, when it arrived, and review flags.

    Attributes:
        submission: what the reporter sent.
        received_at: when it arrived.
        message_id: the provider's message id, if the adapter was given one.
        idempotency_key: the key :meth:`receive` passes to ``Workflow.receive``, so the same
            message delivered twice becomes one complaint. Derived from the provider's message
            id when there is one (``in-<channel>-m-`` and a SHA-256 digest of it), otherwise
            from the content (``in-<channel>-c-`` and a SHA-256 digest over a length-prefixed
            encoding of channel, sender, received time and text), so it never reveals them.
        review: why a person should look at it first.
        raw_contact: the sender's contact as received when it could not be normalised.
    """

    submission: Submission
    received_at: datetime
    message_id: str | None = None
    idempotency_key: str = ""
    review: tuple[ReviewFlag, ...] = ()
    raw_contact: str | None = attrs.field(default=None, repr=False)
    """The sender's contact as received when it could not be normalised (personal data)."""

    @property
    def needs_review(self) -> bool:
        """True when a person should look at the message before it is processed."""
        return bool(self.review)

    def receive(
        self, workflow: Workflow, *, tracking_id: str, actor: Actor | None = None
    ) -> Complaint:
        """Turn this message into a complaint with ``workflow.receive``.

        The message's :attr:`idempotency_key` goes with it: a store that already holds a
        complaint under that key returns it instead of creating a second one.

        Args:
            workflow: the workflow (``Workflow.default()``).
            tracking_id: the id to give it (see :func:`pengaduan.intake.tracking.new_tracking_id`).
            actor: who records it; defaults to the gateway of the channel (a system actor).

        Raises:
            ArgumentError: ``workflow`` is not a Workflow, ``tracking_id`` is not a non-empty
                printable str without whitespace, or ``actor`` is not an Actor.
            GuardError: the actor's role may not submit complaints.
        """
        from pengaduan.workflow import Workflow  # noqa: PLC0415 - intake does not need it to load

        if not isinstance(workflow, Workflow):
            raise ArgumentError(
                argument="workflow", rule="must be a Workflow", given=type_name(workflow)
            )
        if (
            type(tracking_id) is not str
            or not tracking_id
            or len(tracking_id) > _MAX_ID
            or not tracking_id.isprintable()
            or any(ch.isspace() for ch in tracking_id)
        ):
            raise ArgumentError(
                argument="tracking_id",
                rule=f"must be a printable str of 1-{_MAX_ID} characters without whitespace",
                given=type_name(tracking_id),
            )
        if actor is not None and not isinstance(actor, Actor):
            raise ArgumentError(argument="actor", rule="must be an Actor", given=type_name(actor))
        who = actor or Actor.system(f"gateway-{self.submission.channel.value}")
        return workflow.receive(
            self.submission,
            tracking_id=tracking_id,
            at=self.received_at,
            actor=who,
            idempotency_key=self.idempotency_key or None,
        )


def normalize_phone(raw: str, *, region: str = "ID") -> str:
    """A phone number in E.164 (``+6281234567890``; Kupang landline ``+62380821234``).

    Accepts ``0812-3456-7890``, ``+62 812 3456 7890``, ``6281234567890``, ``(0380) 821234`` and
    WhatsApp ids such as ``6281234567890@c.us``.

    Raises:
        IntakeError: ``reason="invalid-phone"`` when the number cannot be parsed or is not a
            valid number, or is not text (the number itself is not repeated in the message).
        ArgumentError: ``region`` is not a two-letter region code.
    """
    import phonenumbers  # noqa: PLC0415 - loaded only when a phone is normalised

    if type(region) is not str or not _REGION.match(region):
        raise ArgumentError(argument="region", rule="must be a two-letter region code such as 'ID'")
    candidate = raw.split("@", 1)[0].strip() if isinstance(raw, str) and len(raw) < 256 else ""
    if candidate.isdigit() and candidate.startswith("62"):
        candidate = "+" + candidate
    parsed = True
    try:
        number = phonenumbers.parse(candidate, region)
    except Exception:  # NumberParseException, or anything odd the parser meets
        parsed = False
    if not parsed:
        raise IntakeError(
            reason=IntakeReason.INVALID_PHONE, detail="the phone number cannot be parsed"
        )
    if not phonenumbers.is_valid_number(number):
        raise IntakeError(
            reason=IntakeReason.INVALID_PHONE, detail="the phone number is not a valid number"
        )
    result: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return result


def _not_text(what: str) -> IntakeError:
    return IntakeError(
        reason=IntakeReason.NOT_TEXT,
        detail=f"{what} contains a lone surrogate, which is not text (nothing was stored)",
    )


def _decode_strict(raw: str | bytes) -> str:
    if isinstance(raw, str) and not encodable(raw):
        raise _not_text("the message")
    if isinstance(raw, bytes):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise IntakeError(
                reason=IntakeReason.NOT_TEXT, detail="the message is not valid UTF-8 text"
            ) from None
    if not isinstance(raw, str):
        raise IntakeError(
            reason=IntakeReason.NOT_TEXT, detail=f"expected text, got {type(raw).__name__}"
        )
    return raw


def _text_and_flags(raw: str | bytes, max_length: int) -> tuple[str, list[ReviewFlag]]:
    flags: list[ReviewFlag] = []
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            flags.append(ReviewFlag.UNDECODABLE_BYTES)
    elif isinstance(raw, str):
        text = raw
    else:
        raise IntakeError(
            reason=IntakeReason.NOT_TEXT, detail=f"expected text, got {type(raw).__name__}"
        )
    if len(text) > max_length:
        raise IntakeError(
            reason=IntakeReason.TOO_LONG,
            detail=f"the text has {len(text)} characters; at most {max_length}",
        )
    if not encodable(text):
        raise _not_text("the text")
    if not text.strip():
        raise IntakeError(reason=IntakeReason.EMPTY_TEXT, detail="the text is empty")
    if len(text) > max_length:
        raise IntakeError(
            reason=IntakeReason.TOO_LONG,
            detail=f"the text has {len(text)} characters; at most {max_length}",
        )
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in text):
        flags.append(ReviewFlag.CONTROL_CHARACTERS)
    if not any(ch.isalnum() for ch in text):
        flags.append(ReviewFlag.NO_WORDS)
    return text, flags


def _inbound(
    *,
    text: str | bytes,
    channel: Channel,
    received_at: datetime,
    phone: str | None = None,
    name: str | None = None,
    email: str | None = None,
    nik: str | None = None,
    address: str | None = None,
    account_id: str | None = None,
    subject: str | None = None,
    category: str | None = None,
    location: Location | None = None,
    privacy: Privacy | str | None = None,
    classification: Classification | str = Classification.PENGADUAN,
    message_id: str | None = None,
    max_length: int = DEFAULT_MAX_LENGTH,
    pseudonym_key: bytes | None = None,
) -> Inbound:
    require_aware(received_at, "received_at")
    fields = {
        "phone": phone,
        "name": name,
        "email": email,
        "nik": nik,
        "address": address,
        "account_id": account_id,
        "subject": subject,
        "category": category,
        "message_id": message_id,
    }
    for field, value in fields.items():
        _optional_text(value, field)
    privacy_value = _choice(privacy, Privacy, "privacy")
    classification_value = _choice(classification, Classification, "classification")
    if location is not None and not isinstance(location, Location):
        raise _invalid("location", "must be a Location")
    if location is not None:
        for part in ("kelurahan", "kecamatan", "city", "address"):
            _optional_text(getattr(location, part), f"location.{part}")
    body, flags = _text_and_flags(text, max_length)
    normalized_phone = None
    raw_contact = None
    if phone is not None and phone.strip():
        try:
            normalized_phone = normalize_phone(phone)
        except IntakeError:
            flags.append(ReviewFlag.PHONE_UNPARSEABLE)
            raw_contact = phone
    if pseudonym_key is not None and normalized_phone is not None and account_id is None:
        account_id = reporter_pseudonym(normalized_phone, key=pseudonym_key)
    reporter = Reporter(
        name=name,
        phone=normalized_phone,
        email=email.strip().lower() if email else None,
        nik=nik,
        address=address,
        account_id=account_id,
    )
    failed = False
    try:
        submission = Submission(
            text=body,
            channel=channel,
            classification=classification_value or Classification.PENGADUAN,
            subject=subject,
            reporter=reporter,
            privacy=privacy_value,
            category=category,
            location=location,
        )
    except (TypeError, ValueError):
        failed = True
    if failed:  # raised here, not in the except block, so no error chains to the values
        raise _invalid("submission", "has a field the submission refuses")
    return Inbound(
        submission=submission,
        received_at=received_at,
        message_id=message_id,
        idempotency_key=idempotency_key(
            channel=channel,
            message_id=message_id,
            sender=normalized_phone or phone or account_id or "",
            received_at=received_at,
            text=body,
        ),
        review=tuple(dict.fromkeys(flags)),
        raw_contact=raw_contact,
    )


_MAX_ID = 256
_MAX_FIELD = 10_000
_REGION = re.compile(r"[A-Z]{2}\Z")


def _invalid(field: str, rule: str) -> IntakeError:
    return IntakeError(reason=IntakeReason.INVALID_FIELD, detail=f"{field} {rule}")


def _optional_text(value: object, field: str) -> None:
    """Refuse a field that is neither None nor text (its value is never shown)."""
    if value is None:
        return
    if type(value) is not str:
        raise _invalid(field, f"must be text, not {type_name(value)}")
    if len(value) > _MAX_FIELD:
        raise _invalid(field, f"is longer than {_MAX_FIELD} characters")
    if not encodable(value):
        raise _not_text(field)


def _required_text(value: object, field: str) -> str:
    if type(value) is not str:
        raise _invalid(field, f"must be text, not {type_name(value)}")
    _optional_text(value, field)
    return value


def _choice(value: object, kind: type[StrEnum], field: str) -> Any:
    """A vocabulary value (or None); anything else is refused without echoing it."""
    if value is None or isinstance(value, kind):
        return value
    if type(value) is str and value in kind._value2member_map_:
        return kind(value)
    allowed = ", ".join(member.value for member in kind)
    raise _invalid(field, f"must be one of {allowed}")


def _length_prefixed(*parts: str) -> bytes:
    encoded = b""
    for part in parts:
        data = part.encode("utf-8")
        encoded += len(data).to_bytes(8, "big") + data
    return encoded


def idempotency_key(
    *,
    channel: Channel | str,
    message_id: str | None,
    sender: str,
    received_at: datetime,
    text: str,
) -> str:
    """The idempotency key of an incoming message (see :attr:`Inbound.idempotency_key`).

    With a provider's ``message_id``: ``in-<channel>-m-`` and the first 32 hex digits of
    SHA-256 over the length-prefixed channel and message id. Without one: ``in-<channel>-c-``
    and SHA-256 over the length-prefixed channel, sender, received time (UTC, microseconds)
    and text. The same message delivered twice gets the same key; the key shows none of its
    content. (A plain digest can confirm a guess of the whole message, time and sender
    included; it is not a secret, only an opaque identifier.)

    Raises:
        ArgumentError: an argument of the wrong type.
    """
    channel_value = Channel(channel).value if type(channel) is str else None
    if isinstance(channel, Channel):
        channel_value = channel.value
    if channel_value is None:
        raise ArgumentError(argument="channel", rule="must be a Channel", given=type_name(channel))
    for argument, value in (("sender", sender), ("text", text)):
        if type(value) is not str or not encodable(value):
            raise ArgumentError(argument=argument, rule="must be text", given=type_name(value))
    if message_id is not None and (type(message_id) is not str or not encodable(message_id)):
        raise ArgumentError(argument="message_id", rule="must be text or None")
    when = require_aware(received_at, "received_at").astimezone(UTC)
    if message_id:
        digest = hashlib.sha256(_length_prefixed(channel_value, message_id)).hexdigest()
        return f"in-{channel_value}-m-{digest[:32]}"
    stamp = when.isoformat(timespec="microseconds")
    digest = hashlib.sha256(_length_prefixed(channel_value, sender, stamp, text)).hexdigest()
    return f"in-{channel_value}-c-{digest[:32]}"


def from_whatsapp(
    *,
    sender: str,
    text: str | bytes,
    received_at: datetime,
    message_id: str | None = None,
    name: str | None = None,
    privacy: Privacy | str | None = None,
    pseudonym_key: bytes | None = None,
) -> Inbound:
    """A WhatsApp message (``sender`` is the number or the ``…@c.us`` id).

    Args:
        sender: the number or WhatsApp id.
        text: the message.
        received_at: when it arrived (aware).
        message_id: the provider's message id (it becomes the idempotency key).
        name: the profile name, if the app keeps it.
        privacy: the reporter's choice, if asked.
        pseudonym_key: the office's secret (at least 16 bytes); when given and the number
            normalises, ``Reporter.account_id`` is the keyed pseudonym of the number.

    Raises:
        IntakeError: empty, too long or non-text text (lone surrogates), a field of the wrong
            type or an unknown privacy value (``invalid-field``).
        NaiveDatetimeError: ``received_at`` has no time zone.
        ArgumentError: ``received_at`` is not a datetime, or ``pseudonym_key`` is not bytes of
            at least 16 bytes.
    """
    if _key_problems(pseudonym_key):
        raise ArgumentError(
            argument="pseudonym_key",
            rule=f"must be bytes of at least {_MIN_KEY_BYTES} bytes or None",
            given=type_name(pseudonym_key),
        )
    return _inbound(
        text=text,
        channel=Channel.WHATSAPP,
        received_at=received_at,
        phone=_required_text(sender, "sender"),
        name=name,
        privacy=privacy,
        message_id=message_id,
        pseudonym_key=pseudonym_key,
    )


_FORM_FIELDS = {
    "text": ("text", "isi", "isi_laporan", "pengaduan"),
    "subject": ("subject", "judul"),
    "name": ("name", "nama"),
    "phone": ("phone", "telepon", "hp", "no_hp"),
    "email": ("email", "surel"),
    "nik": ("nik",),
    "address": ("address", "alamat"),
    "category": ("category", "kategori"),
    "kelurahan": ("kelurahan",),
    "kecamatan": ("kecamatan",),
    "city": ("city", "kota"),
    "privacy": ("privacy", "privasi", "kerahasiaan"),
    "classification": ("classification", "klasifikasi"),
    "account_id": ("account_id", "akun"),
    "message_id": ("message_id", "id"),
}


def _form_value(data: Mapping[str, Any], field: str) -> str | None:
    for key in _FORM_FIELDS[field]:
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise IntakeError(
                reason=IntakeReason.INVALID_FIELD, detail=f"form field {key!r} must be text"
            )
        if not encodable(value):
            raise _not_text(f"form field {key!r}")
        if field == "text" or value.strip():
            return value
    return None


def from_web_form(data: Mapping[str, Any], *, received_at: datetime) -> Inbound:
    """A web-form post (English or Indonesian field names: ``isi``/``text``, ``judul``...).

    Raises:
        IntakeError: no text field (``missing-field``), a field of the wrong type or an unknown
            privacy/classification (``invalid-field``), empty or too long text.
        NaiveDatetimeError: ``received_at`` has no time zone.
    """
    if not isinstance(data, Mapping):
        raise IntakeError(
            reason=IntakeReason.INVALID_FIELD,
            detail=f"the form must be a mapping, not {type_name(data)}",
        )
    if not all(type(key) is str for key in data):
        raise IntakeError(reason=IntakeReason.INVALID_FIELD, detail="form field names must be text")
    text = _form_value(data, "text")
    if text is None:
        raise IntakeError(
            reason=IntakeReason.MISSING_FIELD, detail="the form has no 'isi'/'text' field"
        )
    kelurahan = _form_value(data, "kelurahan")
    kecamatan = _form_value(data, "kecamatan")
    city = _form_value(data, "city")
    address = _form_value(data, "address")
    location = None
    if any(v is not None for v in (kelurahan, kecamatan, city, address)):
        location = Location(kelurahan=kelurahan, kecamatan=kecamatan, city=city, address=address)
    return _inbound(
        text=text,
        channel=Channel.WEB,
        received_at=received_at,
        phone=_form_value(data, "phone"),
        name=_form_value(data, "name"),
        email=_form_value(data, "email"),
        nik=_form_value(data, "nik"),
        address=address,
        account_id=_form_value(data, "account_id"),
        subject=_form_value(data, "subject"),
        category=_form_value(data, "category"),
        location=location,
        privacy=_form_value(data, "privacy"),
        classification=_form_value(data, "classification") or Classification.PENGADUAN,
        message_id=_form_value(data, "message_id"),
    )


_SOCIAL = frozenset({Channel.TWITTER, Channel.FACEBOOK, Channel.INSTAGRAM})


def from_social_media(
    *,
    platform: Channel | str,
    handle: str,
    text: str | bytes,
    received_at: datetime,
    message_id: str | None = None,
) -> Inbound:
    """A post or direct message on Twitter/X, Facebook or Instagram.

    The reporter is identified by ``platform:handle`` as account id.

    Raises:
        IntakeError: ``invalid-field`` for a platform that is not a social-media channel;
            empty or too long text.
        NaiveDatetimeError: ``received_at`` has no time zone.
    """
    channel: Channel | None = platform if isinstance(platform, Channel) else None
    if type(platform) is str and platform in Channel._value2member_map_:
        channel = Channel(platform)
    if channel is None or channel not in _SOCIAL:
        raise IntakeError(
            reason=IntakeReason.INVALID_FIELD,
            detail="platform must be one of facebook, instagram, twitter",
        )
    account = _required_text(handle, "handle").strip().lstrip("@")
    return _inbound(
        text=text,
        channel=channel,
        received_at=received_at,
        account_id=f"{channel.value}:{account}" if account else None,
        message_id=message_id,
    )


def from_counter(
    *,
    text: str,
    received_at: datetime,
    name: str | None = None,
    phone: str | None = None,
    nik: str | None = None,
    address: str | None = None,
    location: Location | None = None,
    privacy: Privacy | str | None = None,
    category: str | None = None,
) -> Inbound:
    """A complaint written down at the counter (*loket pengaduan*).

    Raises:
        IntakeError: empty or too long text.
        NaiveDatetimeError: ``received_at`` has no time zone.
    """
    return _inbound(
        text=text,
        channel=Channel.LOKET,
        received_at=received_at,
        phone=phone,
        name=name,
        nik=nik,
        address=address,
        location=location,
        privacy=privacy,
        category=category,
    )


def from_suggestion_box(
    *, text: str, received_at: datetime, location: Location | None = None
) -> Inbound:
    """A note from the suggestion box (*kotak saran*): anonymous, identity unknown.

    Raises:
        IntakeError: empty or too long text.
        NaiveDatetimeError: ``received_at`` has no time zone.
    """
    return _inbound(
        text=text,
        channel=Channel.KOTAK_SARAN,
        received_at=received_at,
        location=location,
        privacy=Privacy.ANONIM,
    )
