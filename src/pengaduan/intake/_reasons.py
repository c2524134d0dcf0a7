"""Why a message was refused, or flagged for a person to review (private; the public names live in
``pengaduan.intake``)."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["IntakeReason", "ReviewFlag"]


class IntakeReason(StrEnum):
    """The ``reason`` codes of [`IntakeError`][pengaduan.errors.IntakeError] raised here."""

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
