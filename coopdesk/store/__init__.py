"""Persistence: SQLAlchemy models, migrations, the workspace file, search, queries."""
