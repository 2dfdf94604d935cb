"""Alembic migrations of the workspace schema (configured in code, no alembic.ini)."""
