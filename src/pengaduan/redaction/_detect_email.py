"""Email addresses, except institutional mailboxes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import Finding, _check_call, _detector_name, _string_set
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["EmailDetector"]


@attrs.frozen(kw_only=True)
class EmailDetector:
    """Email addresses, except institutional ones, also when written to dodge scrapers.

    An address is institutional when it is in ``allowed``, when its mailbox is a role
    (``pengaduan@``, ``humas@``, ``ppid@``, ``dukcapil@``...) on a government domain (``.go.id``),
    when its mailbox opens with a group's or secretariat's word on any domain
    (``sekretariat.fwpk@gmail.com``, ``forumwarga.kpg@gmail.com``), when its first word names an
    office, a unit, a school, a group or a business, or says nobody answers
    (``dinkes.kotakupang@gmail.com``, ``osis.smpn2kupang@gmail.com``, ``noreply@lapor.go.id``),
    or when its first word is the domain's own name (``ombudsman.ntt@ombudsman.go.id``). A
    person's own mailbox on an office's domain (``maria.tefa@kupangkota.go.id``,
    ``budi@kupangkota.go.id``) stays a person's. An address written to dodge scrapers
    (``x @ gmail.com``,
    ``x(at)yahoo.com``, ``x at yahoo dot com``) is read as the address it stands for.

    Attributes:
        name: the detector name recorded in spans.
        allowed: lower-case addresses never reported.
        role_mailboxes: mailbox names treated as institutional on government domains.
    """

    name: str = attrs.field(default="email", validator=_detector_name)
    allowed: frozenset[str] = attrs.field(default=frozenset(), validator=_string_set)
    role_mailboxes: frozenset[str] = attrs.field(default=lex.ROLE_MAILBOXES, validator=_string_set)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find personal data in ``text`` (checked eagerly: a bad argument raises here)."""
        _check_call(self.name, text, context)
        return self._find(text, context)

    def _find(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        """Find email addresses in ``text``."""
        at = text.find("@")
        separators: list[int] = []
        while at != -1:
            local = lex.EMAIL_LOCAL_TAIL.search(text, max(0, at - 64), at)
            domain = lex.EMAIL_DOMAIN.match(text, at + 1)
            plain = False
            if local and domain:
                start = local.start()
                while start < at and text[start] == ".":
                    start += 1
                host = domain.group()
                tld = host.rsplit(".", 1)[-1]
                if start < at and tld.isalpha() and len(tld) >= 2:
                    plain = True
                    address = text[start : domain.end()].lower()
                    if not self._institutional(address):
                        yield Finding(
                            kind=PiiKind.EMAIL, start=start, end=domain.end(), detector=self.name
                        )
            if not plain:  # ``x @ gmail.com``, ``x@ yahoo .com``: maybe written to dodge scrapers
                separators.append(at)
            at = text.find("@", at + 1)
        if "at" in context.words:  # the word, also in brackets (the text's words are read once)
            separators.extend(m.start() for m in _AT_WORD.finditer(context.lowered))
            separators.sort()
        if separators:
            yield from self._obfuscated(text, _obfuscated_matches(text, separators))

    def _obfuscated(self, text: str, matches: Iterable[re.Match[str]]) -> Iterator[Finding]:
        """Addresses written with spaces around ``@`` or the dots, or ``at`` and ``dot`` in
        words or brackets, from the matches of `lex.OBFUSCATED_EMAIL`."""
        for match in matches:
            separator = match.group("at")
            domain_start = match.start("domain")
            labels: list[str] = []
            ends: list[int] = []
            cursor = domain_start
            for dot in lex.OBFUSCATED_DOT.finditer(text, domain_start, match.end("domain")):
                labels.append(text[cursor : dot.start()])
                ends.append(dot.start())
                cursor = dot.end()
            labels.append(text[cursor : match.end("domain")])
            ends.append(match.end("domain"))
            # The address ends at its last top-level domain (``x @ gmail.com. Terima`` ends at
            # ``com``); a domain needs two labels.
            last = max(
                (i for i in range(1, len(labels)) if labels[i].lower() in lex.EMAIL_TOP_LEVEL),
                default=0,
            )
            if not last:
                continue
            end = ends[last]
            written = text[match.start() : end]
            plain = "@" in separator and not separator.endswith((" ", "\t", "\u00a0"))
            if plain and not any(
                char in written[match.end("at") - match.start() :] for char in _ODD
            ):
                continue  # a plain address (found above), or a handle after a space
            address = (match.group("local") + "@" + ".".join(labels[: last + 1])).lower()
            if not self._institutional(address):
                yield Finding(kind=PiiKind.EMAIL, start=match.start(), end=end, detector=self.name)

    def _institutional(self, address: str) -> bool:
        if address in self.allowed:
            return True
        mailbox, _, host = address.partition("@")
        if (
            lex.GROUP_MAILBOX.match(mailbox) is not None
            or lex.ORGANISATION_MAILBOX.match(mailbox) is not None
        ):
            return True
        first = _FIRST_WORD.match(mailbox)
        site = host.partition(".")[0]
        if first is not None and first.group() == site:
            return True  # ``ombudsman.ntt@ombudsman.go.id``: the organisation's own name
        return mailbox in self.role_mailboxes and host.endswith(lex.INSTITUTIONAL_DOMAIN_SUFFIXES)


#: The first word of a mailbox (up to a dot, underscore, dash or digit).
_FIRST_WORD = re.compile(r"[a-z]+")
#: What may stand between a mailbox and its separator (``x @``, ``x (at)``, ``x [at]``).
_BEFORE_SEPARATOR = frozenset(" \t\u00a0([")
#: Characters that make an address obfuscated when they stand after its ``@``.
_ODD = frozenset(" \t\u00a0()[]")


#: ``at`` as a word of the lower-cased text (``x at yahoo dot com``, ``x(at)yahoo.com``); the
#: literal first lets the engine skip to each ``at``.
_AT_WORD = re.compile(r"at(?<![^\W\d_]at)(?![^\W\d_])")


def _obfuscated_matches(text: str, separators: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``lex.OBFUSCATED_EMAIL.finditer(text)`` gives, tried only where a mailbox ends
    before one of ``separators`` (every ``@`` that is no plain address's, every word ``at``; in
    text order): a match starts
    at the first character of a mailbox, the run of mailbox characters before its separator
    (after spaces and an opening bracket), and matches do not overlap."""
    done = 0
    for separator in separators:
        end = separator
        while end > done and text[end - 1] in _BEFORE_SEPARATOR:
            end -= 1
        local = lex.EMAIL_LOCAL_TAIL.search(text, max(done, end - 64), end)
        if local is None:
            continue
        match = lex.OBFUSCATED_EMAIL.match(text, local.start())
        if match is not None and match.start("at") <= separator < match.end("at"):
            done = match.end()
            yield match
