"""The core part of pengaduan."""
