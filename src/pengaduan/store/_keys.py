"""What an idempotent receive compares: shared by both stores (no database imports here)."""

from __future__ import annotations

import contextlib
import hashlib
from typing import TYPE_CHECKING

import attrs

from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, type_name
from pengaduan.model import canonical_json

if TYPE_CHECKING:
    from pengaduan.model import Submission

__all__ = ["fingerprint"]


def fingerprint(submission: Submission) -> str:
    """SHA-256 of everything a submission carries (what a retry must repeat exactly).

    Raises:
        ArgumentError: the submission holds a value JSON cannot write (a lone surrogate, NaN).
    """
    fields = attrs.asdict(submission)  # enumerations are str: JSON writes their values
    value = None
    with contextlib.suppress(TypeError, ValueError, RecursionError):  # the verdict follows
        value = hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()
    if value is None:
        raise ArgumentError(
            argument="submission",
            rule=N_("must hold only valid text and plain values"),
            given=type_name(submission),
        )
    return value
