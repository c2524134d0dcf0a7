"""Deprecated: moved to [`pengaduan.calendar.humanize`][pengaduan.calendar.humanize]; import from
there (this path warns)."""

from __future__ import annotations

from pengaduan._core.deprecation import moved_names

__getattr__ = moved_names("pengaduan.humanize", "pengaduan.calendar.humanize")
