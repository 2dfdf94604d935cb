"""Write a new Alembic revision from the difference between the models and the current head.

    .venv/bin/python tools/new_migration.py "add the booking purpose"

Then read the generated file: synced schema changes must be additive (SYNC.md).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from coopdesk.store.migrator import alembic_config, upgrade


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db_file = Path(folder) / "head.sqlite"
        engine = create_engine(f"sqlite:///{db_file}")
        upgrade(engine)
        engine.dispose()
        config = alembic_config()
        config.set_main_option("sqlalchemy.url", f"sqlite:///{db_file}")
        command.revision(config, message=message, autogenerate=True)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
