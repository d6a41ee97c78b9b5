"""Bringing a station database to the current schema, safely."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import StorageError
from .connection import APPLICATION_ID
from .migrations import LATEST, STEPS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MigrationResult:
    from_version: int
    to_version: int
    copy_path: Path | None  # the copy taken before migrating, if any


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_is_station_db(conn: sqlite3.Connection) -> int:
    """The schema version of a station database; ``StorageError`` if it is not one of ours or is
    newer than this app (``db.not_station``, ``db.too_new``)."""
    version = schema_version(conn)
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if has_tables and app_id != APPLICATION_ID:
        raise StorageError("db.not_station")
    if version > LATEST:
        raise StorageError("db.too_new", version=version, supported=LATEST)
    return version


def migrate(conn: sqlite3.Connection, db_path: Path | None) -> MigrationResult:
    """Apply every missing step, each in its own transaction with its ``user_version`` bump.

    Before touching an existing database (version ≥ 1) the file is copied beside it as
    ``<name>.v<N>.bak`` with SQLite's online backup API. A database newer than the app is refused
    and left untouched.
    """
    current = check_is_station_db(conn)
    if current == LATEST:
        return MigrationResult(current, current, None)
    copy_path: Path | None = None
    if current >= 1 and db_path is not None:
        copy_path = db_path.with_name(f"{db_path.name}.v{current}.bak")
        from .backup import backup_to  # local import: backup imports migrate

        backup_to(conn, copy_path)
        log.info("copied %s to %s before migrating from v%d", db_path, copy_path, current)
    for step in STEPS[current:]:
        conn.execute("BEGIN IMMEDIATE")
        if schema_version(conn) >= step.VERSION:  # another process applied it meanwhile
            conn.execute("COMMIT")
            continue
        try:
            if step.VERSION == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {step.VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("migrated database to v%d (%s)", step.VERSION, step.__name__)
    return MigrationResult(current, LATEST, copy_path)
