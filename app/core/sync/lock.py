"""Never two syncs at once: a thread lock for this process and an OS file lock for the others.

The file lock (``flock`` / ``msvcrt.locking``) belongs to the open file, so it disappears with
the process that held it, even after SIGKILL: there is no stale lock to clean up.

Looking whether a sync runs (:meth:`SyncLock.held_elsewhere`, polled by status displays) must
never make a run that starts at that moment find the lock taken. A file lock cannot be tested
without taking it, so every attempt on the lock file (a run's or a probe's) is made while holding
a second, short-lived *gate* lock (``<lock>.gate``, taken blocking, held for one non-blocking
attempt): a probe and a run never try at the same moment, and the lock is only ever found taken
because a run holds it. Within the process, a probe looks at the thread lock without taking it.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from ..errors import Refused

_process_locks: dict[str, threading.Lock] = {}
_registry_lock = threading.Lock()


class SyncLock:
    """Non-blocking: :meth:`acquire` returns False when another sync (any thread or process on
    this data folder) is running."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.gate_path = self.path.with_name(self.path.name + ".gate")
        key = str(self.path.resolve())
        with _registry_lock:
            self._thread_lock = _process_locks.setdefault(key, threading.Lock())
        self._fd: int | None = None

    def acquire(self) -> bool:
        if not self._thread_lock.acquire(blocking=False):
            return False
        try:
            fd = self._try_file_lock()
        except BaseException:
            self._thread_lock.release()
            raise
        if fd is None:
            self._thread_lock.release()
            return False
        self._fd = fd
        return True

    def _try_file_lock(self, *, probe: bool = False) -> int | None:
        """One non-blocking attempt on the lock file, behind the gate: the open, locked file, or
        None when a run (in another process) holds it. A ``probe`` lets go of the lock before it
        leaves the gate (and returns -1 when it was free)."""
        gate = os.open(self.gate_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_fd(gate, wait=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _lock_fd(fd):
                os.close(fd)
                return None
            if probe:
                _unlock_fd(fd)
                os.close(fd)
                return -1
            return fd
        finally:
            os.close(gate)  # closing the file drops its lock

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock_fd(fd)
            os.close(fd)
            self._thread_lock.release()

    def held_elsewhere(self) -> bool:
        """True when a sync is running now, in this process or another (for status displays).
        Never makes a run starting at the same moment find the lock taken (see the module)."""
        if self._fd is not None or self._thread_lock.locked():
            return True
        return self._try_file_lock(probe=True) is None

    def __enter__(self) -> SyncLock:
        if not self.acquire():
            raise Refused("sync.busy")
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


LOCK_FILE = "sync.lock"


def station_sync_lock(data_dir: Path) -> SyncLock:
    """The sync lock of the station in ``data_dir`` (``with`` it: ``Refused('sync.busy')`` when held)."""
    return SyncLock(Path(data_dir) / LOCK_FILE)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int, wait: bool = False) -> bool:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
            except OSError:
                if wait:  # LK_LOCK gives up after 10 s: the gate is held for one attempt only
                    continue
                return False
            return True

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int, wait: bool = False) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
