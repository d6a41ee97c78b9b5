"""v3: sync — platform records, dead letters, sync runs, compacted-outbox counters (issue 5).

Push and pull positions live in ``meta`` (``acked_through`` is read by the outbox trigger of v1;
``sync.*`` keys hold the hub URL, the pull cursor and the snapshot generation). The station's
token is never stored here: it lives in the OS keyring.
"""

from __future__ import annotations

import sqlite3

VERSION = 3

SQL = """
-- Records the platform owns (tariff, catalogue, bill types, notices, pre-advice, payment
-- decisions), keyed by stream and the platform's key. The station never edits them: only a pulled
-- page (action 'sync.pull') writes here, and no change record is made for them.
CREATE TABLE platform_records (
    stream       TEXT NOT NULL,
    key          TEXT NOT NULL,
    payload      TEXT NOT NULL,            -- JSON, as the platform sent it
    version      INTEGER NOT NULL,         -- the platform's log position of this version
    hlc          TEXT NOT NULL,            -- the platform's hybrid logical clock at publication
    received_at  TEXT NOT NULL,            -- device clock when the page was applied
    snapshot_gen INTEGER NOT NULL DEFAULT 0,  -- which snapshot last confirmed it (see docs/sync-protocol.md)
    PRIMARY KEY (stream, key)
) WITHOUT ROWID;

-- Change records the platform refused (invalid record, or the same change_id with other content).
-- They are acknowledged (the queue moves on) and kept here for the user to see.
CREATE TABLE dead_letters (
    seq         INTEGER PRIMARY KEY,
    change_id   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    op          TEXT NOT NULL,
    payload     TEXT NOT NULL,
    code        TEXT NOT NULL,             -- the platform's reason code, e.g. 'record.op_invalid'
    detail      TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL
);

-- One row per sync run (started when the run takes the sync lock, finished when it ends).
CREATE TABLE sync_runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    trigger      TEXT NOT NULL,            -- 'manual', 'timer', 'write', 'link', 'cli', 'bundle'
    started_at   TEXT NOT NULL,
    ended_at     TEXT,
    result       TEXT NOT NULL DEFAULT 'running',  -- running | ok | failed | cancelled
    error_class  TEXT NOT NULL DEFAULT '',  -- unreachable | stalled | auth | protocol | refused | internal
    error_code   TEXT NOT NULL DEFAULT '',
    pushed       INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    pulled       INTEGER NOT NULL DEFAULT 0,
    bytes_up     INTEGER NOT NULL DEFAULT 0,
    bytes_down   INTEGER NOT NULL DEFAULT 0,
    acked_through INTEGER NOT NULL DEFAULT 0,
    hub_time     TEXT,                     -- the hub's clock at the last answer of the run
    skew_ms      INTEGER                   -- device clock minus hub clock
);

-- (entity, entity_id) pairs whose change records were compacted out of the outbox, so the
-- station's distinct-record counts stay comparable with the hub's after compaction.
CREATE TABLE outbox_compacted (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n\n"):
        if statement.strip():
            conn.execute(statement)
