"""Audience views: what the public, a unit, the admin, oversight and the reporter may see of a
complaint.

A view is a redacted projection of a complaint for one [`Audience`][pengaduan.privacy.Audience],
following the
complaint's privacy (``publik`` / ``anonim`` / ``rahasia``; unset behaves as ``rahasia``) and a
[`ViewPolicy`][pengaduan.privacy.ViewPolicy] (which audience sees the identity, the text, personal
data in the text,
attachments, the street address and event data, per privacy value). Showing the reporter's
identity to anyone but the admin appends an ``akses_identitas`` event to the complaint's history;
[`view()`][pengaduan.privacy.view] returns the view *and* that complaint, which the caller must
store.

Sources of the default policy (the reasoning per row is in ``docs/explanation/privacy.md``):

- UU 25/2009 on public services: providers must manage complaints; the complainant's rights
  include protection when complaining.
- Perpres 76/2013 on complaint management: the manager keeps the complainant's identity
  confidential and protects the complainant (secondary summaries of the regulation).
- UU 14/2008 on public information (KIP), Pasal 17 huruf h: information that would reveal
  personal secrets is exempt from disclosure; the handling of a public-service complaint is
  otherwise public information.
- UU 27/2022 on personal data protection (PDP): processing limited to its purpose; health data
  is specific (sensitive) personal data.
- UU 37/2008 on the Ombudsman: Pasal 7 huruf d (investigations on its own initiative), Pasal 8
  ayat (1) (it may ask for information and examine documents of the reported body), Pasal 24
  ayat (2) (a reporter's name and identity may be kept secret).
- The code of conduct for complaint data (Dinkes Kota Kupang, 2019): complaint data must not be
  spread to the public.
- The reporter's own view: UU 25/2009 gives the complainant a right to a response to their
  complaint, and UU 27/2022 lets a data subject see the personal data held about them; the
  officers' internal notes and other people's personal data are not theirs.
- Two documented cases reached the police after an admin forgot to set the privacy flags, and a
  city app exposed an anonymous reporter through a photo (DOMAIN.md): hence unset fails closed
  and attachments are withheld unless an audience may see them.
"""

from __future__ import annotations

from pengaduan.privacy._views import (
    IDENTITY_FIELDS,
    RULE_FIELDS,
    Audience,
    ComplaintView,
    TimelineEntry,
    Viewer,
    ViewPolicy,
    ViewRule,
    view,
)

__all__ = [
    "IDENTITY_FIELDS",
    "RULE_FIELDS",
    "Audience",
    "ComplaintView",
    "TimelineEntry",
    "ViewPolicy",
    "ViewRule",
    "Viewer",
    "view",
]
