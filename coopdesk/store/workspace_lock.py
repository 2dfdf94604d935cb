"""One writer at a time across processes: the workspace lock (docs/store.md, "The lock").

A sync cycle or a long write (import, restore, share change, demo creation, purge) holds
`coopdesk.lock` in the workspace folder: an OS advisory lock (``fcntl.flock`` on Linux and
macOS, ``msvcrt.locking`` on a byte far past the text on Windows) on that file, whose text
names the holder (pid, host, command, since, heartbeat) for the others' waiting message.
The OS drops the lock when its process ends, however it ends: a file naming a dead
process is simply taken over. Where the folder's file system cannot lock (some network
mounts answer ENOLCK or EOPNOTSUPP), the text itself is the lock and a stale one is
detected: a dead pid on this host, or a heartbeat older than `STALE_AFTER_S` from another.

Within one process the lock is re-entrant per thread (a share change that syncs) and the
other threads wait as another process would. Short writes never take it: they wait on
SQLite's busy timeout (store/db.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coopdesk.domain import errors

LOCK_NAME = "coopdesk.lock"
#: How long a command waits for another coopdesk by default (COOPDESK_LOCK_WAIT overrides).
DEFAULT_WAIT_S = 60.0
#: How often the holder rewrites its heartbeat.
HEARTBEAT_S = 10.0
#: A holder on another host whose heartbeat is older than this is gone (text-only locking).
STALE_AFTER_S = 120.0
#: Where Windows locks one byte: far past the holder's text, which stays readable.
_WINDOWS_OFFSET = 1 << 30
_POLL_S = 0.1


@dataclass(frozen=True)
class Holder:
    """Who holds (or held) the lock, as its file says."""

    pid: int
    host: str
    command: str
    since: str
    heartbeat: float
    token: str = ""

    def describe(self) -> str:
        return f"{self.command}, pid {self.pid} on {self.host}"

    def is_stale(self, now: float | None = None) -> bool:
        """True when this holder is gone: a dead process on this host, or no heartbeat for
        `STALE_AFTER_S` from another host."""
        if self.host == socket.gethostname():
            return not pid_alive(self.pid)
        return (now if now is not None else time.time()) - self.heartbeat > STALE_AFTER_S

    def text(self) -> bytes:
        return (json.dumps(self.__dict__, ensure_ascii=False) + "\n").encode("utf-8")


class WorkspaceLockedError(errors.WorkspaceLockedError):
    """Another coopdesk kept the workspace for longer than we could wait (its lock file
    names it); the command line's exit code 7, as a database locked by another program."""

    template = ("another coopdesk ({holder}) is working on this workspace {folder}; "
                "try again when it has finished")

    def __init__(self, *, folder: Path, holder: Holder | None) -> None:
        self.holder = holder
        super().__init__(holder=holder.describe() if holder else "unknown",
                         folder=str(folder))


def waiting_message(holder: Holder | None, folder: Path) -> str:
    """The line a command prints while it waits for *holder*."""
    who = f" ({holder.describe()})" if holder else ""
    return f"another coopdesk{who} is working on this workspace {folder}; waiting…"


def pid_alive(pid: int) -> bool:
    """True when process *pid* runs on this computer (or cannot be told apart from it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def read_holder(path: Path) -> Holder | None:
    """The holder *path* names; None when empty, missing or unreadable (being rewritten)."""
    try:
        data: Any = json.loads(path.read_bytes().decode("utf-8"))
        return Holder(pid=int(data["pid"]), host=str(data["host"]),
                      command=str(data["command"]), since=str(data.get("since", "")),
                      heartbeat=float(data.get("heartbeat", 0.0)),
                      token=str(data.get("token", "")))
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


class _NoOsLockingError(Exception):
    """The file system of the workspace folder does not do advisory locks."""


def _os_try_lock(fd: int) -> bool:
    """Take the OS lock on *fd* without blocking: True when taken, False when held."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except PermissionError:  # Windows: locked by another handle (EACCES)
        return False
    except OSError as exc:
        import errno

        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            return False
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
            raise _NoOsLockingError from exc
        raise
    return True


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def default_wait() -> float:
    """`COOPDESK_LOCK_WAIT` (seconds) when set to a number, else `DEFAULT_WAIT_S`."""
    try:
        return max(0.0, float(os.environ["COOPDESK_LOCK_WAIT"]))
    except (KeyError, ValueError):
        return DEFAULT_WAIT_S


#: Where the waiting message goes, once per wait, at WARNING level, with the holder and the
#: folder as the record's `lock_holder` and `lock_folder`: the command line says it in its
#: language (services/workspaces.py `reporting_lock_waits`), the window leaves it to the log.
log = logging.getLogger(__name__)


class _Held:
    """This process's hold on one workspace's lock (shared by its threads)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.threads = threading.RLock()
        self.depth = 0
        self.fd: int | None = None
        self.os_locked = False
        self.holder: Holder | None = None
        self.took_over: Holder | None = None
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None

    # -- taking ----------------------------------------------------------------------------
    def take(self, command: str, deadline: float, folder: Path) -> None:
        announced = False
        started = time.monotonic()
        while True:
            holder = self._try(command)
            if holder is None:
                self._start_heartbeat()
                return
            if time.monotonic() >= deadline:
                raise WorkspaceLockedError(folder=folder, holder=holder if holder.pid else None)
            # a holder that has just taken it writes its name a moment later
            known = holder.pid or time.monotonic() - started > 0.5
            if not announced and known:
                named = holder if holder.pid else None
                log.warning("%s", waiting_message(named, folder), extra={
                    "lock_holder": named.describe() if named else "",
                    "lock_folder": str(folder)})
                announced = True
            time.sleep(_POLL_S)

    def _try(self, command: str) -> Holder | None:
        """Take the lock now; None when taken, else who holds it (pid 0: unknown)."""
        before = read_holder(self.path)
        me = Holder(pid=os.getpid(), host=socket.gethostname(), command=command,
                    since=time.strftime("%Y-%m-%dT%H:%M:%S%z"), heartbeat=time.time(),
                    token=uuid.uuid4().hex)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            taken = _os_try_lock(fd)
        except _NoOsLockingError:
            os.close(fd)
            return self._try_text(me, before)
        if not taken:
            os.close(fd)
            return before or Holder(0, "", "", "", 0.0)
        self.fd, self.os_locked, self.holder = fd, True, me
        # the OS lock is free: whoever the text names is gone
        self.took_over = before
        self._write(me)
        return None

    def _try_text(self, me: Holder, before: Holder | None) -> Holder | None:
        """Text-only locking: the file's holder holds it unless stale."""
        if before is not None and not before.is_stale():
            return before
        tmp = self.path.with_name(f"{self.path.name}.{me.token}")
        tmp.write_bytes(me.text())
        tmp.replace(self.path)
        time.sleep(0.05)  # another taker who wrote at the same moment: the last one wins
        now = read_holder(self.path)
        if now is None or now.token != me.token:
            return now or Holder(0, "", "", "", 0.0)
        self.fd, self.os_locked, self.holder, self.took_over = None, False, me, before
        return None

    def _write(self, holder: Holder) -> None:
        if self.fd is not None:
            data = holder.text()
            with contextlib.suppress(OSError):
                os.lseek(self.fd, 0, os.SEEK_SET)
                os.write(self.fd, data)
                os.ftruncate(self.fd, len(data))
        else:
            with contextlib.suppress(OSError):
                tmp = self.path.with_name(f"{self.path.name}.{holder.token}")
                tmp.write_bytes(holder.text())
                tmp.replace(self.path)

    # -- heartbeat -------------------------------------------------------------------------
    def _start_heartbeat(self) -> None:
        self._stop.clear()
        self._beat = threading.Thread(target=self._heartbeat, name="coopdesk-lock-heartbeat",
                                      daemon=True)
        self._beat.start()

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT_S):
            if self.holder is None:
                return
            self.holder = Holder(**{**self.holder.__dict__, "heartbeat": time.time()})
            self._write(self.holder)

    # -- releasing -------------------------------------------------------------------------
    def release(self) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=2.0)
            self._beat = None
        if self.os_locked and self.fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, 0)  # free: no holder named
            _os_unlock(self.fd)
            os.close(self.fd)
        elif self.holder is not None:
            current = read_holder(self.path)
            if current is not None and current.token == self.holder.token:
                with contextlib.suppress(OSError):
                    self.path.write_bytes(b"")
        self.fd, self.os_locked, self.holder = None, False, None


_held: dict[Path, _Held] = {}
_registry = threading.Lock()


def _held_for(path: Path) -> _Held:
    with _registry:
        found = _held.get(path)
        if found is None:
            found = _held[path] = _Held(path)
        return found


@contextlib.contextmanager
def hold(folder: Path, command: str, wait: float | None = None) -> Iterator[Holder]:
    """Hold the lock of the workspace in *folder* for *command* ("sync", "restore"…),
    waiting up to *wait* seconds (`default_wait()` when None; 0: only if free now).
    WorkspaceLockedError when another process or thread keeps it longer."""
    limit = default_wait() if wait is None else max(0.0, wait)
    deadline = time.monotonic() + limit
    path = (folder.expanduser().absolute() / LOCK_NAME)
    held = _held_for(path)
    got = held.threads.acquire(timeout=limit) if limit > 0 else held.threads.acquire(
        blocking=False)
    if not got:
        raise WorkspaceLockedError(folder=folder, holder=held.holder)
    try:
        if held.depth == 0:
            held.take(command, deadline, folder)
        held.depth += 1
    except BaseException:
        held.threads.release()
        raise
    try:
        assert held.holder is not None
        yield held.holder
    finally:
        held.depth -= 1
        if held.depth == 0:
            held.release()
        held.threads.release()


def holder_of(folder: Path) -> Holder | None:
    """Who holds the lock of the workspace in *folder* now, as its file says (None: free
    or unknown)."""
    return read_holder(folder.expanduser().absolute() / LOCK_NAME)


def took_over(folder: Path) -> Holder | None:
    """The stale holder the current hold of this process replaced, if any."""
    held = _held.get(folder.expanduser().absolute() / LOCK_NAME)
    return held.took_over if held is not None else None


__all__ = ["DEFAULT_WAIT_S", "LOCK_NAME", "Holder", "WorkspaceLockedError", "default_wait",
           "hold", "holder_of", "pid_alive", "read_holder", "took_over", "waiting_message"]
