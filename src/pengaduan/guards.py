"""Deprecated: moved to [`pengaduan.workflow.guards`][pengaduan.workflow.guards]; import from there
(this path warns)."""

from __future__ import annotations

from pengaduan._core.deprecation import moved_names

__getattr__ = moved_names("pengaduan.guards", "pengaduan.workflow.guards")
