"""v12: personal data at rest (issue 13 part 4; docs/security.md, "Personal data at rest").

From this version full phones, names and addresses are written sealed (AES-256-GCM,
:mod:`app.core.sealing`). A name is sealed too, so the search by name compares a keyed hash:
``parcels.name_hash`` (of the name as stored: full or masked) replaces the index on the name.

Rows written before are sealed by :func:`app.core.sealing_pass.seal_existing` at the first open
with a working keyring (the key lives there, never in this file); until then they read as they are.
"""

from __future__ import annotations

import sqlite3

VERSION = 12

SQL = """
ALTER TABLE parcels ADD COLUMN name_hash TEXT NOT NULL DEFAULT '';

DROP INDEX parcels_name;

CREATE INDEX parcels_name_hash ON parcels (name_hash, checked_in_at)
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
