"""The router: compiled rule sets, explained decisions, what-if reports and accuracy.

This module gathers the public names; each concept lives in its own private module: the
router (``_router``), its keyword index (``_matcher``), decisions (``_decision``), and
the accuracy and what-if reports (``_evaluation``).
"""

from __future__ import annotations

from pengaduan.routing._decision import Candidate, NameSource, ReviewReason, RoutingDecision
from pengaduan.routing._evaluation import Evaluation, Move, WhatIfReport
from pengaduan.routing._router import Routable, Router, what_if

__all__ = [
    "Candidate",
    "Evaluation",
    "Move",
    "NameSource",
    "ReviewReason",
    "Routable",
    "Router",
    "RoutingDecision",
    "WhatIfReport",
    "what_if",
]
