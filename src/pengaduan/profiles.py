"""Deprecated: moved to [`pengaduan.workflow.profiles`][pengaduan.workflow.profiles]; import from
there (this path warns)."""

from __future__ import annotations

from pengaduan._core.deprecation import moved_names

__getattr__ = moved_names("pengaduan.profiles", "pengaduan.workflow.profiles")
