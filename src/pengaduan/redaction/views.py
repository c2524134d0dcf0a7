"""Deprecated: audience views moved to [`pengaduan.privacy`][pengaduan.privacy]; import from there
(this path
warns)."""

from __future__ import annotations

from pengaduan._core.deprecation import moved_names

__getattr__ = moved_names("pengaduan.redaction.views", "pengaduan.privacy")
