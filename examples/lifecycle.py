"""Placeholder until the workflow lands."""

print("pengaduan")
