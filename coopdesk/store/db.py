"""Engine, connection pragmas and the unit of work.

The local file runs in WAL mode with `synchronous=FULL` (SYNC.md, "Shape"). Foreign keys are
declared but not enforced: remote operations may deliver a child before its parent.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, create_engine, event, func
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.profile import ANONYMOUS, Profile
from coopdesk.domain.text import fold
from coopdesk.store import audit, search_index, sync_capture, workspace_lock
from coopdesk.store.sync_capture import SyncContext

#: A write waits this long for another connection's (a sync of another process, one file at
#: a time) before "database is locked": a write from the window waits, never fails.
BUSY_TIMEOUT_MS = 60_000
#: The SQL function `folded(text)` registers on every connection (see `folded`).
FOLDED = "folded"


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def folded(text: str | None) -> str | None:
    """*text* the way a French reader compares and sorts it (`coopdesk.domain.text.fold`:
    “Émile” with “emile”, “Œuvre” with “oeuvre”). In SQL: `folded(column)`."""
    return None if text is None else fold(text)


def folded_sql(value: Any) -> ColumnElement[str]:
    """SQL: *value* (a column or expression) folded, to sort or compare as a reader does."""
    folded_value: ColumnElement[str] = getattr(func, FOLDED)(value)
    return folded_value


def folded_contains(value: Any, text: str) -> ColumnElement[bool]:
    """SQL: whether *value*, folded, contains *text* folded (its % and _ taken literally):
    "ecole" finds "L’École du Pont"."""
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return folded_sql(value).like(f"%{escaped}%", escape="\\")


def _register_functions(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.create_function(FOLDED, 1, folded, deterministic=True)


def make_engine(db_file: Path) -> Engine:
    """An engine on *db_file* with coopdesk's pragmas and functions on every connection."""
    engine = create_engine(f"sqlite:///{db_file}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "connect", _register_functions)
    return engine


class Database:
    """The local SQLite file of one workspace, and the sessions services open on it."""

    def __init__(self, engine: Engine, profile: Profile = ANONYMOUS) -> None:
        self.engine = engine
        self.profile = profile
        self._sessions = sessionmaker(engine, expire_on_commit=False, future=True)
        #: This replica's id and clock, shared by the sessions of this database.
        self.sync = SyncContext()
        audit.install(self._sessions)
        sync_capture.install(self._sessions)  # after the audit stamps
        search_index.install(self._sessions)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._sessions(info={"profile": self.profile, "sync": self.sync})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; never commits."""
        session = self._sessions(info={"profile": self.profile, "sync": self.sync})
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def holding(self, command: str, wait: float | None = None
                ) -> AbstractContextManager[object]:
        """Hold the workspace lock (store/workspace_lock.py) for a sync cycle or a long
        write named *command*, waiting up to *wait* seconds for another coopdesk
        (WorkspaceLockedError after). An in-memory database has nothing to lock."""
        file = self.engine.url.database
        if not file or file == ":memory:":
            return contextlib.nullcontext()
        return workspace_lock.hold(Path(file).parent, command, wait)

    def dispose(self) -> None:
        self.engine.dispose()
