"""Email addresses, except institutional mailboxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from pengaduan.redaction import _lexicon as lex
from pengaduan.redaction._detect_base import Finding, _check_call, _detector_name, _string_set
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.redaction._detect_base import DetectionContext

__all__ = ["EmailDetector"]


@attrs.frozen(kw_only=True)
class EmailDetector:
    """Email addresses, except institutional ones.

    An address is institutional when it is in ``allowed``, when its mailbox is a role
    (``pengaduan@``, ``humas@``, ``ppid@``, ``dukcapil@``...) on a government domain (``.go.id``),
    or when its mailbox opens with a group's or secretariat's word on any domain
    (``sekretariat.fwpk@gmail.com``, ``forumwarga.kpg@gmail.com``).

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
        while at != -1:
            local = lex.EMAIL_LOCAL_TAIL.search(text, max(0, at - 64), at)
            domain = lex.EMAIL_DOMAIN.match(text, at + 1)
            if local and domain:
                start = local.start()
                while start < at and text[start] == ".":
                    start += 1
                host = domain.group()
                tld = host.rsplit(".", 1)[-1]
                if start < at and tld.isalpha() and len(tld) >= 2:
                    address = text[start : domain.end()].lower()
                    if not self._institutional(address):
                        yield Finding(
                            kind=PiiKind.EMAIL, start=start, end=domain.end(), detector=self.name
                        )
            at = text.find("@", at + 1)

    def _institutional(self, address: str) -> bool:
        if address in self.allowed:
            return True
        mailbox, _, host = address.partition("@")
        if lex.GROUP_MAILBOX.match(mailbox) is not None:
            return True
        return mailbox in self.role_mailboxes and host.endswith(lex.INSTITUTIONAL_DOMAIN_SUFFIXES)
