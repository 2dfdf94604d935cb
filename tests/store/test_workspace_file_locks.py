"""Opening a workspace never drops the SQLite locks this process already holds on it.

Closing any file descriptor of a database file drops every POSIX lock the process holds on
that file, those of another open connection included ("How To Corrupt An SQLite Database
File", 2.2). A window holding its workspace open while something in the same process
opened the file to read its header (as `Workspace.open` once did) lost its shared lock:
another process closing its own connection then took itself for the last one and
checkpointed and deleted the WAL under the window's connection, and the window's next
writes went to a deleted file.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from coopdesk.domain.profile import Profile
from coopdesk.store.backups import is_sqlite_file
from coopdesk.store.workspace import DB_NAME, Workspace

PROFILE = Profile(name="Camille Martin", organisation="Asso du Pont")

#: Another process opens the database, writes, and closes: the last connection to close
#: checkpoints and deletes the WAL file.
OTHER_PROCESS = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("CREATE TABLE IF NOT EXISTS probe (x)")
connection.execute("INSERT INTO probe VALUES (1)")
connection.commit()
connection.close()
"""


def test_a_second_opening_keeps_the_first_connections_locks(tmp_path: Path) -> None:
    folder = tmp_path / "espace"
    Workspace.create(folder, "Espace", PROFILE).close()
    db_file = folder / DB_NAME
    window = Workspace.open(folder, PROFILE)
    try:
        with window.db.engine.connect() as held:  # the window's connection stays open
            held.exec_driver_sql("SELECT count(*) FROM organisation").fetchall()
            Workspace.open(folder, PROFILE).close()  # e.g. a second look at the same file
            assert is_sqlite_file(db_file)
            subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(db_file)], check=True,
                           timeout=60)
            # The other process saw this one's connection: it left the WAL in place.
            assert db_file.with_name(DB_NAME + "-wal").exists()
    finally:
        window.close()
    with sqlite3.connect(db_file) as check:
        assert check.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_only_an_sqlite_file_is_one(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"Pas une base\n" * 200)
    assert not is_sqlite_file(other)
    real = tmp_path / "vraie.sqlite"
    with sqlite3.connect(real) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    assert is_sqlite_file(real)
