"""Deprecated: moved to [`pengaduan.workflow.sop`][pengaduan.workflow.sop]; import from there (this
path warns)."""

from __future__ import annotations

from pengaduan._core.deprecation import moved_names

__getattr__ = moved_names("pengaduan.sop", "pengaduan.workflow.sop")
