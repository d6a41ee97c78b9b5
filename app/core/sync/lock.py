"""Never two syncs at once: a thread lock for this process and an OS file lock for the others.

The file lock (``flock`` / ``msvcrt.locking``) belongs to the open file, so it disappears with
the process that held it, even after SIGKILL: there is no stale lock to clean up.
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
        key = str(self.path.resolve())
        with _registry_lock:
            self._thread_lock = _process_locks.setdefault(key, threading.Lock())
        self._fd: int | None = None

    def acquire(self) -> bool:
        if not self._thread_lock.acquire(blocking=False):
            return False
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _lock_fd(fd):
                os.close(fd)
                self._thread_lock.release()
                return False
        except BaseException:
            self._thread_lock.release()
            raise
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock_fd(fd)
            os.close(fd)
            self._thread_lock.release()

    def held_elsewhere(self) -> bool:
        """True when a sync is running now (for status displays)."""
        if self._fd is not None:
            return True
        if not self.acquire():
            return True
        self.release()
        return False

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

    def _lock_fd(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
