"""The hub's storage on SQLite (WAL, synchronous=FULL): stations, change records, the platform log."""

from __future__ import annotations

import datetime as _dt
import secrets
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import tokens
from ..errors import Forbidden, Invalid, NotFound, Refused
from ..wire import Item, digest, iso_utc
from . import rules
from .base import BatchIn, LogEntry, PullResult, PushOutcome, PushStateInfo
from .purge import SqlitePurge
from .sqlite_payments import SCHEMA as PAYMENTS_SCHEMA
from .sqlite_payments import PaymentsStorage, note_payments
from .sqlite_reports import ReportsStorage

ENROL_CODE_DAYS = 7

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS stations (
    code             TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    town             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    enrol_code_hash  TEXT,
    enrol_expires_at TEXT,
    token_hash       TEXT UNIQUE,
    bundle_key       TEXT,
    enrolled_at      TEXT,
    acked_through    INTEGER NOT NULL DEFAULT 0,
    changes          INTEGER NOT NULL DEFAULT 0,
    duplicates       INTEGER NOT NULL DEFAULT 0,
    rejected         INTEGER NOT NULL DEFAULT 0,
    bytes_in         INTEGER NOT NULL DEFAULT 0,
    bytes_out        INTEGER NOT NULL DEFAULT 0,
    last_push_at     TEXT,
    last_pull_at     TEXT,
    last_bundle_at   TEXT,
    backlog_known    INTEGER,
    last_device_time TEXT,
    skew_ms          INTEGER
);

CREATE TABLE IF NOT EXISTS changes (
    station      TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    change_id    TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    op           TEXT NOT NULL,
    payload      TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    device_time  TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    via          TEXT NOT NULL DEFAULT 'push',
    PRIMARY KEY (station, seq),
    UNIQUE (station, change_id)
) WITHOUT ROWID;

-- Sequence numbers filled without storing a record: refused items, and copies of records the
-- hub already holds under another number ('duplicate').
CREATE TABLE IF NOT EXISTS positions (
    station      TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    change_id    TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    code         TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    PRIMARY KEY (station, seq)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS platform_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    stream       TEXT NOT NULL,
    scope        TEXT NOT NULL DEFAULT '*',
    key          TEXT NOT NULL,
    payload      TEXT,
    hlc          TEXT NOT NULL,
    published_at TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS platform_log_key ON platform_log (stream, scope, key, seq)
"""

_INSERT_CHANGE = (
    "INSERT INTO changes (station, seq, change_id, entity, entity_id, op, payload, payload_hash, device_time, hlc,"
    " received_at, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (station, change_id) DO NOTHING"
)
_CHUNK = 900


class SqliteStorage(PaymentsStorage, ReportsStorage, SqlitePurge):
    """:class:`hub.storage.HubStorage` on one SQLite file. Thread-safe: a connection per thread."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        conn = self._conn()
        conn.executescript(SCHEMA)
        conn.executescript(PAYMENTS_SCHEMA)
        with self._tx() as c:
            row = c.execute("SELECT value FROM meta WHERE key = 'hub_id'").fetchone()
            if row is None:
                c.execute("INSERT INTO meta (key, value) VALUES ('hub_id', ?)", (secrets.token_hex(8),))
                c.execute("INSERT INTO meta (key, value) VALUES ('log_floor', '0')")
            # the key pull cursors are signed with (hub.wire.encode_cursor): made once, kept with the data
            c.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('cursor_key', ?)", (secrets.token_hex(32),))
        self.hub_id = conn.execute("SELECT value FROM meta WHERE key = 'hub_id'").fetchone()[0]
        self.cursor_key = bytes.fromhex(conn.execute("SELECT value FROM meta WHERE key = 'cursor_key'").fetchone()[0])

    # -- plumbing ----------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @contextmanager
    def _tx(self):  # noqa: ANN202
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
        for conn in conns:
            conn.close()
        self._local = threading.local()

    def _station_row(self, conn: sqlite3.Connection, code: str) -> sqlite3.Row | tuple:
        row = conn.execute("SELECT acked_through FROM stations WHERE code = ?", (code,)).fetchone()
        if row is None:
            raise NotFound("station.unknown", station_code=code)
        return row

    # -- stations and enrolment --------------------------------------------------------------
    def add_station(self, code: str, name: str, town: str, now: _dt.datetime) -> str:
        enrolment = tokens.new_enrolment_code()
        expires = iso_utc(now + _dt.timedelta(days=ENROL_CODE_DAYS))
        with self._tx() as c:
            c.execute(
                "INSERT INTO stations (code, name, town, created_at, enrol_code_hash, enrol_expires_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                " town = excluded.town, enrol_code_hash = excluded.enrol_code_hash,"
                " enrol_expires_at = excluded.enrol_expires_at",
                (code, name, town, iso_utc(now), tokens.code_hash(enrolment), expires),
            )
        return enrolment

    def enroll(self, code: str, enrolment_code: str, now: _dt.datetime) -> str:
        token = tokens.new_token()
        with self._tx() as c:
            row = c.execute("SELECT enrol_code_hash, enrol_expires_at FROM stations WHERE code = ?", (code,)).fetchone()
            ok = (row is not None and row[0] is not None and secrets.compare_digest(row[0], tokens.code_hash(enrolment_code))
                  and row[1] >= iso_utc(now))
            if not ok:
                raise Forbidden("enroll.refused")
            c.execute(
                "UPDATE stations SET token_hash = ?, bundle_key = ?, enrolled_at = ?, enrol_code_hash = NULL,"
                " enrol_expires_at = NULL WHERE code = ?",
                (tokens.token_hash(token), tokens.bundle_key(token), iso_utc(now), code),
            )
        return token

    def station_for_token(self, token: str) -> str | None:
        row = self._conn().execute("SELECT code FROM stations WHERE token_hash = ?", (tokens.token_hash(token),)).fetchone()
        return None if row is None else row[0]

    def bundle_key(self, code: str) -> str | None:
        row = self._conn().execute("SELECT bundle_key FROM stations WHERE code = ?", (code,)).fetchone()
        return None if row is None else row[0]

    # -- push ----------------------------------------------------------------------------------
    def push_state(self, code: str, since: int, upto: int) -> PushStateInfo:
        conn = self._conn()
        conn.execute("BEGIN")
        try:
            acked = self._station_row(conn, code)[0]
            through = min(acked, max(upto, since))
            lines = self._lines(conn, code, since, through)
            rejected = [
                {"seq": r[0], "change_id": r[1], "code": r[2]}
                for r in conn.execute(
                    "SELECT seq, change_id, code FROM positions WHERE station = ? AND seq > ? AND seq <= ?"
                    " AND code != 'duplicate' ORDER BY seq", (code, since, acked))
            ]
        finally:
            conn.execute("COMMIT")
        return PushStateInfo(acked, digest(lines), through, rejected)

    @staticmethod
    def _lines(conn: sqlite3.Connection, code: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
        """(seq, change_id, payload_hash) of every position in (lo, hi], records and fillers."""
        if hi <= lo:
            return []
        rows = conn.execute(
            "SELECT seq, change_id, payload_hash FROM changes WHERE station = ? AND seq > ? AND seq <= ?"
            " UNION ALL SELECT seq, change_id, payload_hash FROM positions WHERE station = ? AND seq > ? AND seq <= ?"
            " ORDER BY 1", (code, lo, hi, code, lo, hi)).fetchall()
        return [tuple(r) for r in rows]

    def push(self, code: str, items: list[Item], now: _dt.datetime, *, via: str = "push", pending: int | None = None,
             device_time: str | None = None, bytes_in: int = 0) -> PushOutcome:
        with self._tx() as c:
            return self._push_in(c, code, items, now, via, pending, device_time, bytes_in)

    def push_many(self, code: str, batches: list[BatchIn], now: _dt.datetime, *, via: str = "bundle",
                  bytes_in: int = 0) -> PushOutcome:
        total = PushOutcome(acked_through=0)
        with self._tx() as c:
            total.acked_through = self._station_row(c, code)[0]
            for i, batch in enumerate(batches):
                out = self._push_in(c, code, batch.items, now, via, batch.pending, batch.device_time,
                                    bytes_in if i == 0 else 0)
                total.applied += out.applied
                total.duplicates += out.duplicates
                total.rejected += out.rejected
                total.conflicts += out.conflicts
                total.reseat += out.reseat
                total.acked_through = out.acked_through
        return total

    def _push_in(self, c: sqlite3.Connection, code: str, items: list[Item], now: _dt.datetime, via: str,
                 pending: int | None, device_time: str | None, bytes_in: int) -> PushOutcome:
        """One batch inside the caller's transaction (see :meth:`push`)."""
        now_iso = iso_utc(now)
        acked = self._station_row(c, code)[0]
        out = self._push_fast(c, code, items, acked, now_iso, via)
        if out is None:
            out = self._push_careful(c, code, items, acked, now_iso, via)
        skew = rules.skew_ms(device_time, now)
        stamp = "last_bundle_at" if via == "bundle" else "last_push_at"
        c.execute(
            f"UPDATE stations SET acked_through = ?, changes = changes + ?, duplicates = duplicates + ?,"
            f" rejected = rejected + ?, bytes_in = bytes_in + ?, {stamp} = ?,"
            " backlog_known = COALESCE(?, backlog_known), last_device_time = COALESCE(?, last_device_time),"
            " skew_ms = COALESCE(?, skew_ms) WHERE code = ?",
            (out.acked_through, out.applied, out.duplicates, len(out.rejected) + len(out.conflicts), bytes_in,
             now_iso, pending, device_time, skew, code),
        )
        return out

    @staticmethod
    def _push_fast(c: sqlite3.Connection, code: str, items: list[Item], acked: int, now_iso: str,
                   via: str) -> PushOutcome | None:
        """The common case in one statement: every item new, valid and next in line. Returns None
        (and has changed nothing) when any item needs the careful path."""
        if not rules.in_line_and_valid(items, acked):
            return None
        c.execute("SAVEPOINT fast")
        before = c.total_changes
        c.executemany(_INSERT_CHANGE, [rules.change_row(code, it, now_iso, via) for it in items])
        if c.total_changes - before != len(items):  # some change_id was already held: go carefully
            c.execute("ROLLBACK TO fast")
            c.execute("RELEASE fast")
            return None
        c.execute("RELEASE fast")
        note_payments(c, code, ((it.entity, it.entity_id, it.payload) for it in items), now_iso)
        return PushOutcome(acked_through=items[-1].seq, applied=len(items))

    def _push_careful(self, c: sqlite3.Connection, code: str, items: list[Item], acked: int, now_iso: str,
                      via: str) -> PushOutcome:
        """Item by item (:func:`rules.plan_careful`): duplicates, conflicts, refused records,
        re-seats; ``Gap`` on a hole."""
        held = self._held(c, code, [it.change_id for it in items])
        low = [it.seq for it in items if it.seq <= acked]
        at_seq = self._at_seq(c, code, low[0], low[-1]) if low else {}
        plan = rules.plan_careful(code, items, acked, held, at_seq, now_iso, via)
        if plan.new_rows:
            c.executemany(_INSERT_CHANGE, plan.new_rows)
            note_payments(c, code, ((r[3], r[4], r[6]) for r in plan.new_rows), now_iso)
        if plan.fillers:
            c.executemany("INSERT INTO positions (station, seq, change_id, payload_hash, code, received_at)"
                          " VALUES (?, ?, ?, ?, ?, ?)", plan.fillers)
        return plan.outcome

    @staticmethod
    def _held(c: sqlite3.Connection, code: str, change_ids: list[str]) -> dict[str, tuple[int, str]]:
        held: dict[str, tuple[int, str]] = {}
        for i in range(0, len(change_ids), _CHUNK):
            chunk = change_ids[i:i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for cid, seq, h in c.execute(
                f"SELECT change_id, seq, payload_hash FROM changes WHERE station = ? AND change_id IN ({marks})",
                    (code, *chunk)):
                held[cid] = (seq, h)
        return held

    @staticmethod
    def _at_seq(c: sqlite3.Connection, code: str, lo: int, hi: int) -> dict[int, tuple[str, str, str]]:
        """What fills each position in [lo, hi]: (change_id, payload_hash, 'record' or a filler code)."""
        out: dict[int, tuple[str, str, str]] = {}
        for seq, cid, h in c.execute("SELECT seq, change_id, payload_hash FROM changes WHERE station = ?"
                                     " AND seq BETWEEN ? AND ?", (code, lo, hi)):
            out[seq] = (cid, h, "record")
        for seq, cid, h, reason in c.execute("SELECT seq, change_id, payload_hash, code FROM positions"
                                             " WHERE station = ? AND seq BETWEEN ? AND ?", (code, lo, hi)):
            out[seq] = (cid, h, reason)
        return out

    # -- pull ----------------------------------------------------------------------------------
    def pull(self, code: str, after: int, limit: int, snapshot: bool) -> PullResult:
        conn = self._conn()
        sql = ("SELECT seq, stream, key, payload, hlc FROM platform_log AS l WHERE seq > ? AND scope IN ('*', ?)")
        if snapshot:  # the latest version of each record only; a withdrawal too (payload null): a record
            # a station took from an earlier page and that was withdrawn since must go there as well
            sql += (" AND NOT EXISTS (SELECT 1 FROM platform_log AS n WHERE"
                    " n.stream = l.stream AND n.scope = l.scope AND n.key = l.key AND n.seq > l.seq)")
        conn.execute("BEGIN")  # one read snapshot: the rows and the log's last position agree
        try:
            rows = conn.execute(sql + " ORDER BY seq LIMIT ?", (after, code, limit + 1)).fetchall()
            top = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'platform_log'").fetchone()
        finally:
            conn.execute("COMMIT")
        more = len(rows) > limit
        rows = rows[:limit]
        entries = [LogEntry(r[0], r[1], r[2], r[3], r[4]) for r in rows]
        # when nothing more is visible to this station, the cursor moves to the log's end
        last = rows[-1][0] if more else max(after, top[0] if top else 0)
        return PullResult(entries, last, more)

    def log_bounds(self) -> tuple[int, int]:
        conn = self._conn()
        floor = int(conn.execute("SELECT value FROM meta WHERE key = 'log_floor'").fetchone()[0])
        row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'platform_log'").fetchone()
        return floor, (row[0] if row else 0)

    def log_fingerprint(self, position: int) -> str:
        row = self._conn().execute("SELECT hlc FROM platform_log WHERE seq <= ? ORDER BY seq DESC LIMIT 1",
                                   (position,)).fetchone()
        return row[0] if row else ""

    def note_pull(self, code: str, now: _dt.datetime, bytes_out: int) -> None:
        with self._tx() as c:
            c.execute("UPDATE stations SET last_pull_at = ?, bytes_out = bytes_out + ? WHERE code = ?",
                      (iso_utc(now), bytes_out, code))

    # -- platform records ----------------------------------------------------------------------
    def publish(self, stream: str, key: str, payload: str | None, scope: str, now: _dt.datetime) -> int:
        """Append a version of a platform record (``payload`` None withdraws it). A key lives in
        one scope at a time: a live record for every station ('*') and one for a single station
        may not share a stream and key (``publish.scope_conflict``), so a station's (stream, key)
        always names one record."""
        if not stream or not key:
            raise Invalid("publish.invalid")
        with self._tx() as c:
            return self._publish(c, stream, key, payload, scope, now)

    def _publish(self, c: sqlite3.Connection, stream: str, key: str, payload: str | None, scope: str,
                 now: _dt.datetime) -> int:
        """:meth:`publish` inside an open transaction (a payment decision publishes with its update)."""
        clash = c.execute(
            "SELECT 1 FROM platform_log AS l WHERE stream = ? AND key = ? AND scope != ? AND (scope = '*' OR ? = '*')"
            " AND payload IS NOT NULL AND seq = (SELECT max(seq) FROM platform_log AS n WHERE n.stream = l.stream"
            " AND n.key = l.key AND n.scope = l.scope) LIMIT 1", (stream, key, scope, scope)).fetchone()
        if clash is not None and payload is not None:
            raise Refused("publish.scope_conflict", stream=stream, key=key)
        last = c.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
        hlc = rules.tick(last[0] if last else None, now)
        c.execute("INSERT INTO meta (key, value) VALUES ('hlc', ?) ON CONFLICT (key) DO UPDATE SET value = ?",
                  (hlc, hlc))
        cur = c.execute("INSERT INTO platform_log (stream, scope, key, payload, hlc, published_at)"
                        " VALUES (?, ?, ?, ?, ?, ?)", (stream, scope, key, payload, hlc, iso_utc(now)))
        return int(cur.lastrowid)

    def compact_log(self, upto: int | None = None) -> int:
        """Drop superseded versions and withdrawals at or below ``upto`` (None: the whole log);
        cursors older than that then get 410 (snapshot). Returns how many entries were removed."""
        with self._tx() as c:
            if upto is None:
                row = c.execute("SELECT seq FROM sqlite_sequence WHERE name = 'platform_log'").fetchone()
                upto = row[0] if row else 0
            cur = c.execute(
                "DELETE FROM platform_log AS l WHERE seq <= ? AND (payload IS NULL OR EXISTS (SELECT 1 FROM"
                " platform_log AS n WHERE n.stream = l.stream AND n.scope = l.scope AND n.key = l.key AND n.seq > l.seq))",
                (upto,))
            c.execute("UPDATE meta SET value = CAST(max(CAST(value AS INTEGER), ?) AS TEXT) WHERE key = 'log_floor'",
                      (upto,))
            return cur.rowcount

    def hlc_now(self, now: _dt.datetime) -> str:
        row = self._conn().execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()
        return rules.tick(row[0] if row else None, now)

    # -- reading -------------------------------------------------------------------------------
    def counts(self, code: str) -> tuple[int, dict[str, int]]:
        conn = self._conn()
        conn.execute("BEGIN")
        try:
            acked = self._station_row(conn, code)[0]
            counts = {r[0]: r[1] for r in conn.execute(
                "SELECT entity, count(DISTINCT entity_id) FROM changes WHERE station = ? GROUP BY entity ORDER BY entity",
                (code,))}
        finally:
            conn.execute("COMMIT")
        return acked, counts

    def records(self, code: str, entity: str | None = None) -> list[dict[str, Any]]:
        """Every change record held for a station (of one ``entity`` if given), in sequence order
        (for checks, exports and the platform's own work such as answering notices)."""
        sql = f"SELECT {', '.join(rules.RECORD_KEYS)} FROM changes WHERE station = ?"
        params: tuple[Any, ...] = (code,)
        if entity is not None:
            sql += " AND entity = ?"
            params += (entity,)
        rows = self._conn().execute(sql + " ORDER BY seq", params)
        return [dict(zip(rules.RECORD_KEYS, r, strict=True)) for r in rows]

    def latest(self, stream: str, scope: str) -> dict[str, str]:
        """The live platform records of one stream and scope: key → payload (latest versions,
        withdrawn ones left out)."""
        rows = self._conn().execute(
            "SELECT key, payload FROM platform_log AS l WHERE stream = ? AND scope = ? AND seq = (SELECT max(seq)"
            " FROM platform_log AS n WHERE n.stream = l.stream AND n.scope = l.scope AND n.key = l.key)",
            (stream, scope))
        return {r[0]: r[1] for r in rows if r[1] is not None}

    def report(self) -> list[dict[str, Any]]:
        rows = self._conn().execute(f"SELECT {', '.join(rules.REPORT_COLUMNS)} FROM stations ORDER BY code")
        return [rules.report_row(r) for r in rows]
