"""What a view does to the parts of a complaint that are not its text (private): the street
address of the location, the reporter's social-media handle, attachment metadata.

- **Street address.** ``Location.address`` is free text a person typed (a web form's field, an
  SMS, the counter): it goes through the same passes as the complaint text for the audience,
  personal-data redaction and then the reporter-identity sweep, with one difference: a span the
  redactor finds because it *is* a street address (kind ``address``) is kept, because the
  policy's ``address`` field grants exactly that. Everything else in it (a name, a phone, a NIK)
  is redacted, and so is the reporter's own home address, which the sweep matches as written
  (before anything inside it is replaced), so a location copied from the reporter's address
  is withheld whole.
- **Handles.** An account id of the form ``platform:handle`` (``instagram:maria.tefa_kpg``, as
  ``pengaduan.intake.from_social_media`` builds it) is written in text as ``@maria.tefa_kpg``,
  ``maria.tefa_kpg`` or inside a profile link: the sweep matches those forms as whole tokens.
- **Attachments.** A file name is written by whoever saved the file (``KTP Maria Tefa
  5371....jpg``); it is shown only to an audience that sees both the identity and the personal
  data. Any other audience gets a neutral name that keeps the extension (``lampiran-1.jpg``), and
  a media type that is not a well-formed MIME type becomes ``application/octet-stream``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

import attrs

from pengaduan.redaction._transient import compile_transient
from pengaduan.redaction.detectors import DetectionContext, Detector, Finding
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pengaduan.model import Attachment, Location
    from pengaduan.privacy._views import ViewRule, _TextPass
    from pengaduan.redaction.redactor import Redactor

__all__ = ["handle_detector", "shown_attachments", "street_address"]

#: The shortest handle matched without its ``@``: a shorter one is an ordinary word as often as
#: it is the handle (``di``, ``ya``), and a reader cannot tell which.
MIN_BARE_HANDLE = 3

_ACCOUNT = re.compile(r"(?P<platform>[A-Za-z][A-Za-z0-9_-]{0,31}):@?(?P<handle>[A-Za-z0-9._-]+)")


@attrs.frozen(kw_only=True)
class _HandleDetector:
    """A social-media handle as people write it: ``@handle``, or the bare handle as a whole
    token (not part of a longer handle, a word or a dotted name).

    The pattern is compiled on the first text that holds the handle at all (most texts never
    do, and compiling costs more than a view's other work on a short text); it lives as long
    as the detector, which lives as long as the view.
    """

    name: str
    needle: str = attrs.field(repr=False)
    source: str = attrs.field(repr=False)
    _compiled: list[re.Pattern[str]] = attrs.field(factory=list, init=False, repr=False, eq=False)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        # Every match of the case-insensitive pattern casefolds to the (ASCII) needle.
        if self.needle not in text.casefold():
            return
        if not self._compiled:
            self._compiled.append(compile_transient(self.source, re.IGNORECASE))
        for match in self._compiled[0].finditer(text):
            yield Finding(kind="account", start=match.start(), end=match.end(), detector=self.name)


def handle_detector(account_id: str | None) -> _HandleDetector | None:
    """A detector for the handle of an account id ``platform:handle``; ``None`` for other ids
    (an app's own account ids, keyed pseudonyms), which are swept only as written, and for a
    handle without a letter or digit (``twitter:...``), which would match punctuation."""
    if account_id is None:
        return None
    match = _ACCOUNT.fullmatch(account_id)
    if match is None or not any(c.isalnum() for c in match["handle"]):
        return None
    handle = match["handle"]
    at = "@" if len(handle) < MIN_BARE_HANDLE else "@?"
    # Token characters of a handle: letters, digits, ``_``, and ``.``/``-`` between them. A
    # following ``@`` is allowed (the handle as an e-mail's local part is still the handle).
    pattern = rf"(?<![\w.@-]){at}{re.escape(handle)}(?![\w]|[.-]\w)"
    return _HandleDetector(name="reporter-handle", needle=handle.casefold(), source=pattern)


@attrs.frozen(kw_only=True)
class _NoStreets:
    """One of a redactor's detectors, without the street addresses it finds."""

    name: str
    detector: Detector = attrs.field(repr=False)

    def __call__(self, text: str, context: DetectionContext) -> Iterator[Finding]:
        return (f for f in self.detector(text, context) if f.kind != PiiKind.ADDRESS)


#: Each viewer's redactor without street addresses, built once (building one checks every
#: detector) and kept only while that redactor lives.
_STREETLESS: WeakKeyDictionary[Redactor, Redactor] = WeakKeyDictionary()


def _without_streets(redactor: Redactor) -> Redactor:
    try:
        found = _STREETLESS.get(redactor)
    except TypeError:  # an app's detector that cannot be hashed: built for this view only
        return _streetless(redactor)
    if found is None:
        found = _STREETLESS[redactor] = _streetless(redactor)
    return found


def _streetless(redactor: Redactor) -> Redactor:
    return attrs.evolve(
        redactor,
        detectors=tuple(_NoStreets(name=d.name, detector=d) for d in redactor.detectors),
    )


def street_address(texts: _TextPass, rule: ViewRule, location: Location | None) -> str | None:
    """The location's street address as the audience may see it (see the module docstring)."""
    if location is None or location.address is None or not rule.address:
        return None
    if texts.redactor is None:
        return location.address
    # With ``personal_data`` the first pass is the reporter sweep itself, which must keep its
    # match of the reporter's home address.
    first = texts.redactor if rule.personal_data else _without_streets(texts.redactor)
    text = location.address
    if texts.sweep is None:
        return texts._run(first, text)
    # The sweep runs first too: the reporter's home address is matched as written, before a
    # phone or a name inside it is replaced (a tag would break the match).
    for redactor in (texts.sweep, first, texts.sweep):
        text = texts._run(redactor, text)
    return text


_EXTENSION = re.compile(r"\.([A-Za-z0-9]{1,5})\Z")
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][\w.+-]{0,63}/[A-Za-z0-9][\w.+-]{0,127}")


def _neutral(number: int, attachment: Attachment) -> Attachment:
    filename = attachment.filename
    if filename is not None:
        found = _EXTENSION.search(filename)
        extension = found[1].lower() if found and not found[1].isdigit() else ""
        filename = f"lampiran-{number}.{extension}" if extension else f"lampiran-{number}"
    media_type = attachment.media_type
    if not _MEDIA_TYPE.fullmatch(media_type):
        media_type = "application/octet-stream"
    return attrs.evolve(attachment, filename=filename, media_type=media_type)


def shown_attachments(
    attachments: tuple[Attachment, ...], rule: ViewRule
) -> tuple[Attachment, ...]:
    """The attachments an audience sees: none without ``attachments``; as stored with both
    ``identity`` and ``personal_data``; otherwise with neutral names numbered by their place in
    the complaint (``lampiran-1.jpg``)."""
    if not rule.attachments:
        return ()
    if rule.identity and rule.personal_data:
        return attachments
    return tuple(_neutral(number, a) for number, a in enumerate(attachments, start=1))
