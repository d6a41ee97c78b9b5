"""Online backups, daily rotation and verified restore."""

from __future__ import annotations

import datetime as _dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..errors import InvalidInput, NotFound, StorageError
from ..files import atomic_target
from .connection import APPLICATION_ID, open_connection
from .migrations import LATEST

log = logging.getLogger(__name__)

DAILY_PREFIX = "station-"
DAILY_KEEP = 14


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the live database to ``dest`` with SQLite's online backup API (consistent even while
    other connections write), through :func:`app.core.files.atomic_target`: a device, pipe or
    link at ``dest`` is refused (``file.not_regular``), a private temporary file is written and
    renamed into place (mode 0600). The folder is made when missing."""
    dest = Path(dest)
    with atomic_target(dest, is_dir_code="backup.is_directory", make_folder=True) as part:
        target = sqlite3.connect(str(part))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    return dest


def rewrite_copies(db_path: Path, backups: Path, station_code: str,
                   change: Callable[[sqlite3.Connection], bool], what: str) -> int:
    """Rewrite the copies of this station's database kept in the data folder
    (``station.db.v*.bak``, ``backups/*.db``; a copy of another station is left alone). Each is
    opened with its journal in memory (the old pages go to no journal file) and secure_delete on
    (freed pages are zeroed), and ``change(conn)`` runs in one immediate transaction: it commits
    when ``change`` returns True, else rolls back. A copy that cannot be opened or changed is
    logged (``what`` names the task) and skipped. Returns how many copies were changed."""
    changed = 0
    for copy in sorted(db_path.parent.glob(db_path.name + ".v*.bak")) + sorted(backups.glob("*.db")):
        try:
            c = sqlite3.connect(str(copy), isolation_level=None)
            try:
                c.execute("PRAGMA journal_mode = MEMORY")
                c.execute("PRAGMA secure_delete = ON")
                row = c.execute("SELECT code FROM station").fetchone()
                if row is None or row[0] != station_code:
                    continue
                c.execute("BEGIN IMMEDIATE")
                if change(c):
                    c.execute("COMMIT")
                    changed += 1
                else:
                    c.execute("ROLLBACK")
            finally:
                c.close()  # an error mid-change rolls the copy back here
        except sqlite3.Error as exc:
            log.warning("could not %s the copy %s: %s", what, copy.name, type(exc).__name__)
    return changed


def daily_path(backups_dir: Path, day: _dt.date) -> Path:
    """Where the automatic backup of ``day`` is kept (its existence marks the day's first open as past)."""
    return backups_dir / f"{DAILY_PREFIX}{day:%Y%m%d}.db"


def daily_backup(conn: sqlite3.Connection, backups_dir: Path, today: _dt.date, keep: int = DAILY_KEEP) -> Path | None:
    """On the first open of a day, back up to ``station-YYYYMMDD.db`` and keep the newest ``keep``.
    Returns the new file, or None when today's backup already exists."""
    dest = daily_path(backups_dir, today)
    if dest.exists():
        return None
    backup_to(conn, dest)
    daily = sorted(p for p in backups_dir.glob(f"{DAILY_PREFIX}*.db") if p.name[len(DAILY_PREFIX):-3].isdigit())
    for old in daily[:-keep]:
        old.unlink()
        log.info("removed old backup %s", old)
    return dest


def inspect_station_file(path: Path) -> int:
    """Check that ``path`` is a sound station database this app can open; returns its schema
    version. Codes: ``restore.missing``, ``restore.not_station``, ``restore.corrupt``,
    ``db.too_new``."""
    path = Path(path)
    if not path.is_file():
        raise NotFound("restore.missing", path=str(path))
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise InvalidInput("restore.not_station", path=str(path))
    try:
        conn = open_connection(path, readonly=True)
    except sqlite3.DatabaseError:
        raise InvalidInput("restore.corrupt", path=str(path)) from None
    try:
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                raise InvalidInput("restore.corrupt", path=str(path), detail=result[0][:200])
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID or version < 1:
                raise InvalidInput("restore.not_station", path=str(path))
            if conn.execute("SELECT count(*) FROM station").fetchone()[0] != 1:
                raise InvalidInput("restore.not_station", path=str(path))
        except sqlite3.DatabaseError:
            raise InvalidInput("restore.corrupt", path=str(path)) from None
    finally:
        conn.close()
    if version > LATEST:
        raise StorageError("db.too_new", version=version, supported=LATEST)
    return int(version)


def restore_into(conn: sqlite3.Connection, source: Path, keep_path: Path) -> None:
    """Replace the live database's content with ``source`` (already checked with
    :func:`inspect_station_file`), after saving the current content to ``keep_path``."""
    backup_to(conn, keep_path)
    src = open_connection(source, readonly=True)
    try:
        src.backup(conn)
    finally:
        src.close()
