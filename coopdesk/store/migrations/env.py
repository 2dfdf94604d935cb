"""Alembic environment: runs on the connection the workspace hands over."""

from __future__ import annotations

from alembic import context

from coopdesk.store import models  # noqa: F401  (registers every table)
from coopdesk.store.base import Base
from coopdesk.store.search_index import is_search_table

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic revision --autogenerate` from a developer's shell
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    connection = engine.connect()


def include_object(obj: object, name: str | None, type_: str, reflected: bool,
                   compare_to: object) -> bool:
    """Leave the full-text index (virtual table, its shadow tables) out of autogenerate."""
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return not (table and is_search_table(table))


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
