"""The SMS keyword gateway and its help replies (private; the public names live in
``pengaduan.intake``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import readable
from pengaduan._core.text import exact
from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase
from pengaduan._i18n import gettext as _
from pengaduan.errors import ArgumentError, ConfigurationError, IntakeError, type_name
from pengaduan.intake._inbound import (
    _FILLERS,
    DEFAULT_MAX_LENGTH,
    Inbound,
    _decode_strict,
    _inbound,
    _is_invisible,
    _is_space,
    _key_problems,
    _required_text,
    _too_long,
)
from pengaduan.intake._reasons import IntakeReason
from pengaduan.model import Channel

if TYPE_CHECKING:
    from datetime import datetime

__all__ = ["SmsGateway", "SmsMessage", "help_text"]

_GENERAL_HELP = N_(
    "Your complaint cannot be received yet. SMS format: {keyword}<space>your complaint, "
    "send it to 1708."
)

_KEYWORD = re.compile(r"[A-Za-z0-9]{2,32}\Z")
_PUNCTUATION = "#:;.,-_/*=+"


def _is_separator(char: str) -> bool:
    return _is_space(char) or char in _PUNCTUATION


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


# Each reason's replies, longest first: the first that fits one SMS segment with the gateway's
# keyword is sent (a keyword may have up to 32 characters and is shown once or twice).
_HELP_TEXTS: dict[str, tuple[str, ...]] = {
    IntakeReason.EMPTY_MESSAGE: (
        N_(
            "Your message is empty. Type {keyword}<space>your complaint, for example: "
            "{keyword} Jalan di depan SD Inpres Oebobo berlubang. Send it to 1708."
        ),
        N_("Your message is empty. Type {keyword}<space>your complaint and send it to 1708."),
    ),
    IntakeReason.MISSING_KEYWORD: (
        N_(
            "Wrong format. Start the message with the keyword {keyword}, then a space and your "
            "complaint, for example: {keyword} Lampu jalan di RT 05 mati. Send it to 1708."
        ),
        N_(
            "Wrong format. Start with the keyword {keyword}, a space and your complaint. "
            "Send it to 1708."
        ),
    ),
    IntakeReason.UNKNOWN_KEYWORD: (
        N_(
            "Unknown keyword. Use {keyword}<space>your complaint, for example: "
            "{keyword} Air PDAM tidak mengalir 3 hari. Send it to 1708."
        ),
        N_("Unknown keyword. Use {keyword}<space>your complaint. Send it to 1708."),
    ),
    IntakeReason.EMPTY_BODY: (
        N_(
            "Your complaint is missing. Write {keyword}<space>your complaint: what the problem "
            "is, where, since when. Send it to 1708."
        ),
    ),
    IntakeReason.TOO_LONG: (
        N_(
            "Your message is too long. Shorten your complaint, or send it through the web form "
            "or at a complaint desk."
        ),
    ),
    IntakeReason.NOT_TEXT: (
        N_(
            "Your message cannot be read. Send it again as plain text: "
            "{keyword}<space>your complaint."
        ),
    ),
    IntakeReason.EMPTY_TEXT: (
        N_("Your complaint is empty. Write what the problem is, where, since when."),
    ),
}


def help_text(reason: str, *, keyword: str = "KOTKUPANG") -> str:
    """The reply for an intake error ``reason`` (falls back to a general help text).

    The reply fits one SMS segment for every keyword the gateway accepts (up to 32 characters):
    a reason's longer wording, with an example, gives way to a shorter one when the keyword
    would make it too long.

    In the current language ([`pengaduan.language`][pengaduan.language]): Indonesian unless the app
    chose
    otherwise. The examples in it stay Indonesian: they show what a citizen types.

    Args:
        reason: an [`IntakeReason`][pengaduan.intake.IntakeReason] value (``error.reason``).
        keyword: the SMS keyword to show in the example.

    Raises:
        ArgumentError: ``reason`` or ``keyword`` is not a str.
    """
    given: tuple[object, object] = (reason, keyword)
    if not (isinstance(given[0], str) and isinstance(given[1], str)):
        argument = "keyword" if isinstance(given[0], str) else "reason"
        value = given[1] if argument == "keyword" else given[0]
        raise ArgumentError(argument=argument, rule=N_("must be a str"), given=type_name(value))
    from pengaduan._core.sms import sms_segments  # noqa: PLC0415 - only when replying

    shown_keyword = exact(keyword)
    texts = [
        _(template).format(keyword=shown_keyword)
        for template in _HELP_TEXTS.get(exact(reason), (_GENERAL_HELP,))
    ]
    return next((text for text in texts if sms_segments(text).single), texts[-1])


@attrs.frozen(kw_only=True)
class SmsMessage:
    """A parsed SMS: the keyword as registered, the instance it belongs to, and the body."""

    keyword: str
    instance: str
    body: str = attrs.field(repr=False)


def _keyword_map(value: Mapping[str, str]) -> Mapping[str, str]:
    given: object = value
    copied = readable(given) if isinstance(given, Mapping) else None
    if copied is None:
        return {}
    return {k.upper(): exact(v) for k, v in copied.items() if type(k) is str and isinstance(v, str)}


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
                pseudonyms; see `pseudonym_key`.

        Raises:
            ConfigurationError: no keywords, a keyword that is not 2-32 letters/digits, an
                instance id that is not a str, a bad ``max_length`` or ``pseudonym_key``.
        """
        problems: list[str] = []
        given: object = keywords
        if not isinstance(given, Mapping):
            problems.append(
                Phrase(N_("keywords must be a mapping, not {type}"), type=type_name(keywords))
            )
            keywords = {}
        elif readable(given) is None:
            problems.append(N_("keywords must be a mapping that can be read"))
            keywords = {}
        if not keywords:
            problems.append(Phrase(N_("register at least one keyword")))
        problems.extend(
            Phrase(N_("keyword {keyword}: must be 2-32 letters or digits"), keyword=shown(keyword))
            for keyword in keywords
            if type(keyword) is not str or not _KEYWORD.match(keyword)
        )
        problems.extend(
            Phrase(
                N_("keyword {keyword}: the instance id must be a non-empty str"),
                keyword=shown(keyword),
            )
            for keyword, instance in keywords.items()
            if type(instance) is not str or not instance.strip()
        )
        if type(max_length) is not int or max_length < 1:
            problems.append(Phrase(N_("max_length must be a positive int")))
        problems += _key_problems(pseudonym_key)
        if problems:
            raise ConfigurationError(N_("SMS gateway"), problems)
        return cls(keywords=keywords, max_length=max_length, pseudonym_key=pseudonym_key)

    @classmethod
    def kota_kupang(cls) -> SmsGateway:
        """The Kota Kupang gateway: keyword ``KOTKUPANG`` for instance ``kota-kupang``."""
        return cls.from_keywords({"KOTKUPANG": "kota-kupang"}, max_length=1_600)

    def _shown_keyword(self) -> str:
        return self.help_keyword or next(iter(self.keywords), "KATAKUNCI")

    def help_text(self, error: IntakeError) -> str:
        """The reply to send back for ``error`` (in the current language, Indonesian by default).

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
                reason=IntakeReason.TOO_LONG, detail=_too_long("body", body, self.max_length)
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
                detail=Phrase(
                    N_("the first word ({count} characters) is not a registered keyword"),
                    count=len(token),
                ),
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
                longer than `max_length`, ``not-text`` for one that is not encodable.

        Example:
            >>> SmsGateway.kota_kupang().format("lampu jalan mati")
            'KOTKUPANG lampu jalan mati'
        """
        if not isinstance(body, str):
            raise ArgumentError(argument="body", rule="must be a str", given=type_name(body))
        chosen = self._shown_keyword() if keyword is None else keyword
        if not isinstance(chosen, str) or str.upper(chosen) not in self.keywords:
            raise ArgumentError(
                argument="keyword", rule="must be a registered keyword", given=type_name(chosen)
            )
        text = _decode_strict(body)
        if all(_is_invisible(char) or char in _PUNCTUATION for char in text):
            raise IntakeError(reason=IntakeReason.EMPTY_BODY, detail="the body is empty")
        if len(text) > self.max_length:
            raise IntakeError(
                reason=IntakeReason.TOO_LONG, detail=_too_long("body", text, self.max_length)
            )
        return f"{str.upper(chosen)} {exact(text)}"

    def submission(
        self,
        line: str | bytes,
        *,
        sender: str,
        received_at: datetime,
        message_id: str | None = None,
    ) -> Inbound:
        """Parse an SMS and turn it into an [`Inbound`][pengaduan.intake.Inbound] from ``sender``.

        The body (after the keyword and separators, trailing whitespace removed) is the text.

        Args:
            line: the SMS as received (text, or UTF-8 bytes).
            sender: the sender's number as the SMS centre gives it.
            received_at: when it arrived (aware).
            message_id: the provider's message id; it becomes the idempotency key, so the same
                SMS delivered twice is one complaint.

        Raises:
            IntakeError: as [`parse()`][pengaduan.intake.SmsGateway.parse]; ``invalid-field`` for a
                ``sender`` or ``message_id``
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

    def reply(
        self,
        line: str | bytes,
        *,
        sender: str,
        received_at: datetime,
        message_id: str | None = None,
    ) -> Inbound:
        """An SMS that answers a message the office sent (a satisfaction score, a reply): no
        keyword, the whole message is the text.

        The reporter is bound as in [`submission()`][pengaduan.intake.SmsGateway.submission]:
        with `pseudonym_key`, ``Reporter.account_id`` is the keyed pseudonym of the sender's
        number, so
        [`answer_satisfaction_reply()`][pengaduan.messages.answer_satisfaction_reply] finds
        their complaints. ``message_id`` gives the idempotency key (a retried delivery
        has the same one).

        Args:
            line: the SMS as received (text, or UTF-8 bytes); NFKC-normalised, leading
                whitespace (and zero-width characters) and trailing whitespace removed.
            sender: the sender's number as the SMS centre gives it.
            received_at: when it arrived (aware).
            message_id: the provider's message id.

        Raises:
            IntakeError: ``empty-message`` (nothing visible), ``too-long`` (longer than
                `max_length`), ``not-text``, ``invalid-field`` for a ``sender`` or
                ``message_id`` that is not text.
            NaiveDatetimeError: ``received_at`` has no time zone.
            ArgumentError: ``received_at`` is not a datetime.

        Example:
            >>> from datetime import UTC, datetime
            >>> at = datetime(2026, 1, 5, tzinfo=UTC)
            >>> answer = SmsGateway.kota_kupang().reply(
            ...     "NILAI 4", sender="0813 3900 1122", received_at=at)
            >>> answer.submission.text, answer.submission.channel.value
            ('NILAI 4', 'sms')
        """
        text = unicodedata.normalize("NFKC", _decode_strict(line))
        text = _rstrip_spaces(text[_skip(text, 0, _is_invisible) :])
        if all(_is_invisible(char) or char in _PUNCTUATION for char in text):
            raise IntakeError(reason=IntakeReason.EMPTY_MESSAGE, detail=N_("the SMS is empty"))
        if len(text) > self.max_length:
            raise IntakeError(
                reason=IntakeReason.TOO_LONG,
                detail=Phrase(
                    N_("the SMS has {length} characters; at most {most}"),
                    length=len(text),
                    most=self.max_length,
                ),
            )
        return _inbound(
            text=text,
            channel=Channel.SMS,
            received_at=received_at,
            phone=_required_text(sender, "sender"),
            message_id=message_id,
            max_length=self.max_length,
            pseudonym_key=self.pseudonym_key,
        )
