"""Deprecated: moved to [`pengaduan.intake.tracking`][pengaduan.intake.tracking]; import from there
(this path warns)."""

from __future__ import annotations

from pengaduan._core.deprecation import moved_names

__getattr__ = moved_names("pengaduan.tracking", "pengaduan.intake.tracking")
