"""The audience viewer's construction path before its redactors were shared: every view built
its own sweep redactor. Kept as the reference the shared path must match, by the tests and by
``benchmarks/bench_views.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan.privacy import Viewer
from pengaduan.privacy import _views as views_module
from pengaduan.privacy._sweep import handle_detector
from pengaduan.redaction import KnownIdentity, Redactor
from pengaduan.redaction.detectors import KnownIdentityDetector, NumberDetector
from pengaduan.redaction.kinds import PiiKind

if TYPE_CHECKING:
    from pengaduan.model import Reporter
    from pengaduan.privacy import ViewRule

__all__ = ["PerViewViewer"]


class PerViewViewer(Viewer):
    """The construction path before the cache: every view builds its own sweep redactor
    (the reporter-only detectors, then the reporter's own values), as the viewer did."""

    def _text_pass(self, rule: ViewRule, reporter: Reporter) -> views_module._TextPass:
        known = KnownIdentity.from_reporter(reporter)
        if rule.identity and rule.personal_data:
            return views_module._TextPass(None, known)
        if rule.identity:
            return views_module._TextPass(self.redactor, known)
        sweep = Redactor(
            detectors=(KnownIdentityDetector(), NumberDetector(only_known=True)),
            operators=self.redactor.operators,
            fallback=self.redactor.fallback,
        )
        extra = [
            detector
            for detector in (
                views_module._literal_detector(
                    "reporter-address", PiiKind.ADDRESS, reporter.address or ""
                ),
                views_module._literal_detector(
                    "reporter-account", "account", reporter.account_id or ""
                ),
                handle_detector(reporter.account_id),
            )
            if detector is not None
        ]
        if extra:
            sweep = sweep.with_detectors(*extra)
        if rule.personal_data:
            return views_module._TextPass(sweep, known)
        return views_module._TextPass(self.redactor, known, sweep, first=bool(extra))
