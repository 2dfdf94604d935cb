"""Schema versions of a workspace file: create at head, back up then upgrade, refuse newer."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from coopdesk.domain.errors import WorkspaceError

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest revision in migrations/versions. Opening a workspace already there needs no
#: Alembic at all (it costs a quarter of a second at start-up); a test keeps this current.
HEAD_REVISION = "0007"

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    import sys

    from alembic.config import Config

    # Alembic's default stdout is bound when alembic is first imported; pass today's.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the file (None for a file without Alembic's table)."""
    with engine.connect() as connection:
        exists = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
        if exists is None:
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        return str(rows[0][0]) if len(rows) == 1 else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def backup_file(db_file: Path, backup_dir: Path, reason: str) -> Path:
    """Copy *db_file* with SQLite's online backup API; returns the copy's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{db_file.stem}-{reason}-{stamp}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{db_file.stem}-{reason}-{stamp}-{counter}.sqlite"
    source = sqlite3.connect(db_file)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def bring_to_head(engine: Engine, db_file: Path, backup_dir: Path) -> Path | None:
    """Make the schema current. Returns the backup taken before an upgrade, if any.

    Raises WorkspaceError, leaving the file untouched, when a newer coopdesk made it.
    """
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return None
    if revision is not None and revision not in known_revisions():
        raise WorkspaceError(
            "This workspace was saved by a newer version of coopdesk (schema {revision}). "
            "Please update coopdesk to open it; the file was left untouched.",
            revision=revision)
    backup = None
    if revision is not None:
        backup = backup_file(db_file, backup_dir, f"before-upgrade-{revision}")
    try:
        upgrade(engine)
    except Exception as exc:
        if backup is None:
            raise
        _put_back(engine, db_file, backup, exc)
    return backup


def _put_back(engine: Engine, db_file: Path, backup: Path, error: Exception) -> None:
    """A migration failed: put the copy taken before it back, and say so."""
    import logging

    from coopdesk.store import backups

    logging.getLogger(__name__).error("Upgrading %s failed; restoring %s", db_file, backup,
                                      exc_info=error)
    engine.dispose()
    backups.replace_database(db_file, backup)
    raise WorkspaceError(
        "Upgrading this workspace to the new version of coopdesk failed ({reason}). It was "
        "put back as it was before the upgrade, from the copy {backup}; please tell the "
        "people who maintain coopdesk.", reason=f"{type(error).__name__}: {error}",
        backup=str(backup)) from error
