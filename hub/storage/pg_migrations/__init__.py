"""Numbered schema migrations of the hub on PostgreSQL (``hub_schema.version``).

Each step is one small module with ``VERSION`` and ``apply(conn)``; :func:`migrate` runs the
missing ones in order, each in its own transaction with the version bump, behind an advisory
lock (every worker of ``hub serve --workers N`` opens the storage at once; one migrates, the
others wait and find nothing to do). Add a step by writing the next module and listing it in
``STEPS``; never edit a step that has shipped.

Citus-ready: the station code (or a platform record's scope, a station code or ``*``) leads every
primary and unique key, and no foreign key or lock spans stations (docs/scale.md).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from . import v001_base, v002_payments, v003_reports

STEPS: tuple[ModuleType, ...] = (v001_base, v002_payments, v003_reports)

LATEST = STEPS[-1].VERSION

#: pg_advisory_xact_lock key of the migration step (any constant; 'yytmigr' in ASCII)
MIGRATE_LOCK = 0x7979746D69677200

for _i, _step in enumerate(STEPS, start=1):
    assert _step.VERSION == _i, f"migration {_step.__name__} must be version {_i}"


def current_version(conn: Any) -> int:
    row = conn.execute("SELECT to_regclass('hub_schema') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    row = conn.execute("SELECT version FROM hub_schema").fetchone()
    return 0 if row is None else int(row[0])


def migrate(conn: Any) -> int:
    """Bring the database to :data:`LATEST` (``conn`` in autocommit mode); returns the version.
    Refuses a database newer than this code (``RuntimeError``): an old hub never writes into a
    schema it does not know."""
    while True:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS hub_schema (version integer NOT NULL)")
            version = current_version(conn)
            if version > LATEST:
                raise RuntimeError(f"the hub database is at schema version {version}; this hub knows {LATEST}")
            if version == LATEST:
                return version
            step = STEPS[version]
            step.apply(conn)
            conn.execute("DELETE FROM hub_schema")
            conn.execute("INSERT INTO hub_schema (version) VALUES (%s)", (step.VERSION,))
