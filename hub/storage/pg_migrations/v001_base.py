"""Hub schema 1 on PostgreSQL: stations and their tokens, change records, filled numbers, the
platform log positioned by (epoch, transaction id, id), the hub's clock and metadata."""

from __future__ import annotations

import secrets
from typing import Any

VERSION = 1

SQL = """
CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL);

-- The hub's hybrid logical clock: one row, ticked in its own short statement (never held by a
-- publishing transaction, so publishes do not queue behind each other).
CREATE TABLE hub_clock (
    id          integer PRIMARY KEY CHECK (id = 1),
    physical_ms bigint  NOT NULL,
    logical     integer NOT NULL
);
INSERT INTO hub_clock VALUES (1, 0, 0);

CREATE TABLE stations (
    code             text PRIMARY KEY,
    name             text NOT NULL,
    town             text NOT NULL DEFAULT '',
    created_at       text NOT NULL,
    enrol_code_hash  text,
    enrol_expires_at text,
    bundle_key       text,
    enrolled_at      text,
    acked_through    bigint NOT NULL DEFAULT 0,
    changes          bigint NOT NULL DEFAULT 0,
    duplicates       bigint NOT NULL DEFAULT 0,
    rejected         bigint NOT NULL DEFAULT 0,
    bytes_in         bigint NOT NULL DEFAULT 0,
    bytes_out        bigint NOT NULL DEFAULT 0,
    last_push_at     text,
    last_pull_at     text,
    last_bundle_at   text,
    backlog_known    bigint,
    last_device_time text,
    skew_ms          bigint
);
CREATE INDEX stations_town ON stations (town, code);

-- Token hash -> station: the one lookup keyed by something else than the station (a request
-- carries only its token). Rare writes (enrolment), a read per request: a reference table in
-- Citus. The station's current token is the row that names it; enrolling again replaces it.
CREATE TABLE station_tokens (
    token_hash text PRIMARY KEY,
    station    text NOT NULL,
    issued_at  text NOT NULL
);
CREATE INDEX station_tokens_station ON station_tokens (station);

CREATE TABLE changes (
    station      text   NOT NULL,
    seq          bigint NOT NULL,
    change_id    text   NOT NULL,
    entity       text   NOT NULL,
    entity_id    text   NOT NULL,
    op           text   NOT NULL,
    payload      text   NOT NULL,
    payload_hash text   NOT NULL,
    device_time  text   NOT NULL,
    hlc          text   NOT NULL,
    received_at  text   NOT NULL,
    via          text   NOT NULL DEFAULT 'push',
    PRIMARY KEY (station, seq),
    UNIQUE (station, change_id)
);

-- Sequence numbers filled without storing a record: refused items, and copies of records the
-- hub already holds under another number ('duplicate').
CREATE TABLE positions (
    station      text   NOT NULL,
    seq          bigint NOT NULL,
    change_id    text   NOT NULL,
    payload_hash text   NOT NULL,
    code         text   NOT NULL,
    received_at  text   NOT NULL,
    PRIMARY KEY (station, seq)
);

-- The platform log. A row's position is (epoch, xid, id): xid is the publishing transaction's
-- id, so a reader that takes only rows below its snapshot's xmin never passes a row that is still
-- to commit (docs/scale.md, "Pull cursors"); epoch is raised when the database is found younger
-- than its log (a dump restored into another cluster), so positions never go back.
CREATE SEQUENCE platform_log_id AS bigint;
CREATE TABLE platform_log (
    scope        text    NOT NULL,                      -- '*' or a station code
    epoch        integer NOT NULL,
    xid          xid8    NOT NULL DEFAULT pg_current_xact_id(),
    id           bigint  NOT NULL DEFAULT nextval('platform_log_id'),
    stream       text    NOT NULL,
    key          text    NOT NULL,
    payload      text,
    hlc          text    NOT NULL,
    published_at text    NOT NULL,
    PRIMARY KEY (scope, epoch, xid, id)
);
ALTER SEQUENCE platform_log_id OWNED BY platform_log.id;
CREATE INDEX platform_log_key ON platform_log (scope, stream, key, epoch, xid, id);
CREATE INDEX platform_log_position ON platform_log (epoch, xid, id);
CREATE INDEX platform_log_stream_key ON platform_log (stream, key);
"""


def apply(conn: Any) -> None:
    conn.execute(SQL)
    conn.execute("INSERT INTO hub_meta (key, value) VALUES ('hub_id', %s), ('log_epoch', '1'), ('log_floor', '0')",
                 (secrets.token_hex(8),))
