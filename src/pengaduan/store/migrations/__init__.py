"""Alembic migrations of the SQL repository's tables (run by ``pengaduan db upgrade``)."""
