"""Deprecated: moved to [`pengaduan.workflow.fields`][pengaduan.workflow.fields]; import from there
(this path warns)."""

from __future__ import annotations

from pengaduan._core.deprecation import moved_names

__getattr__ = moved_names("pengaduan.fields", "pengaduan.workflow.fields")
