"""v1: the station, users, settings, the outbox and the audit chain."""

from __future__ import annotations

import sqlite3

VERSION = 1

SQL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE station (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    town        TEXT NOT NULL DEFAULT '',
    county      TEXT NOT NULL DEFAULT '',
    device_id   TEXT NOT NULL,
    secret_salt TEXT NOT NULL,          -- key material for keyed hashes of personal data
    created_at  TEXT NOT NULL
);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    role            TEXT NOT NULL CHECK (role IN ('clerk', 'carrier', 'supervisor', 'admin')),
    display_name    TEXT NOT NULL DEFAULT '',
    pin_hash        TEXT NOT NULL,
    pin_salt        TEXT NOT NULL,
    pin_kdf         TEXT NOT NULL,          -- e.g. 'scrypt$16384$8$1'
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,               -- JSON
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) WITHOUT ROWID;

-- Change records for the platform. Rows are never updated; acked rows may be compacted
-- (deleted) only up to the ack mark kept in meta('acked_through').
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id    TEXT NOT NULL,            -- UUIDv7, unique by construction (the hub enforces it)
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    op           TEXT NOT NULL,
    payload      TEXT NOT NULL,            -- canonical JSON
    payload_hash TEXT NOT NULL,            -- sha256 hex of payload
    device_time  TEXT NOT NULL,            -- device clock, UTC; never used for ordering
    hlc          TEXT NOT NULL             -- hybrid logical clock
);

-- The append-only, hash-chained audit log. Ids are contiguous from 1 (AUTOINCREMENT keeps the
-- highest id ever used in sqlite_sequence, so a deleted tail is detected too).
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    summary   TEXT NOT NULL DEFAULT '{}',  -- canonical JSON
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE TRIGGER outbox_immutable BEFORE UPDATE ON outbox
BEGIN SELECT RAISE(ABORT, 'outbox rows are immutable'); END;

CREATE TRIGGER outbox_delete_acked_only BEFORE DELETE ON outbox
WHEN OLD.seq > COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'acked_through'), 0)
BEGIN SELECT RAISE(ABORT, 'only acknowledged outbox rows may be compacted'); END;

CREATE TRIGGER audit_immutable BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows are immutable'); END;

CREATE TRIGGER audit_append_only BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit rows are immutable'); END;
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
