"""Writing a file where a user points the station (a USB stick, a shared folder): the one helper
every export uses (USB bundles, backups; reports and ledgers later).

Guarantees (docs/security.md, "Files the station writes"):

- The target must be a regular file or not exist yet: a directory is the caller's
  ``is_dir_code``; a device (``/dev/full``), a FIFO, a socket or a symbolic link is
  ``file.not_regular`` (exit 3) and is left exactly as it was.
- The content is written to a temporary file created with ``O_CREAT | O_EXCL | O_NOFOLLOW``
  (mode 0600: exports hold personal data) inside a fresh private folder (``mkdtemp``, 0700) in the
  target's folder, so no name anyone could have planted beside the target — ``FILE.part`` or a
  link — is ever opened or followed. It is flushed to disk, the target is checked again, and the
  file is renamed over the target (atomic: the target is whole, old or new, at every instant).
- On any failure the temporary file and folder are removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import InvalidInput

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


MAX_PATH_CHARS = 1024
MAX_NAME_BYTES = 255


def check_path(path: Path | str) -> Path:
    """A file name a user typed: ``file.name_invalid`` (exit 3) for one the system cannot take
    (a NUL byte, a name past 255 bytes, a path past 1,024 characters)."""
    text = str(path)
    if ("\x00" in text or len(text) > MAX_PATH_CHARS
            or any(len(part.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES for part in Path(text).parts)):
        raise InvalidInput("file.name_invalid", path=text.replace("\x00", "\\0")[:80])
    return Path(path)


def check_target(path: Path, *, is_dir_code: str, folder_missing_code: str | None = None) -> Path:
    """Refuse a target that is not a regular file (see the module doc); ``folder_missing_code``
    when given and the folder does not exist. Returns the path."""
    path = check_path(path)
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):  # a missing folder is the caller's (or mkdir's) to report
        info = None
    except OSError:
        raise InvalidInput("file.not_regular", path=str(path)) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(is_dir_code, path=str(path))
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput("file.not_regular", path=str(path))
    if folder_missing_code is not None and not path.parent.is_dir():
        raise InvalidInput(folder_missing_code, path=str(path.parent))
    return path


@contextlib.contextmanager
def atomic_target(path: Path, *, is_dir_code: str, folder_missing_code: str | None = None,
                  make_folder: bool = False) -> Iterator[Path]:
    """Yield the path of a new, empty, private temporary file for the content of ``path``; when
    the block ends without an exception it is synced and renamed over ``path``. For writers that
    need a path (SQLite's backup API); byte writers use :func:`write_atomically`."""
    path = check_target(Path(path), is_dir_code=is_dir_code,
                        folder_missing_code=None if make_folder else folder_missing_code)
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    private = Path(tempfile.mkdtemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent))
    temp = private / "content"
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600))
        yield temp
        _fsync(temp)
        check_target(path, is_dir_code=is_dir_code)  # nothing was put there meanwhile
        os.replace(temp, path)
        _fsync_dir(path.parent)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
        with contextlib.suppress(OSError):
            private.rmdir()


def write_atomically(path: Path, write: Callable[[BinaryIO], object], *, is_dir_code: str,
                     folder_missing_code: str | None = None) -> Path:
    """Write ``path`` through ``write(file)`` under the guarantees of the module doc. Returns the path."""
    with atomic_target(path, is_dir_code=is_dir_code, folder_missing_code=folder_missing_code) as temp:
        fd = os.open(temp, os.O_WRONLY | _NOFOLLOW | _BINARY)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
    return Path(path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
