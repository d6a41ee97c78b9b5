"""The hub's storage on PostgreSQL (psycopg 3 and a connection pool): a province's platform.

Selected by a ``postgresql://`` URL (``python -m hub --db URL`` or ``HUB_DATABASE_URL``).
Every method is one transaction on a pooled connection; sessions run with a statement timeout,
a lock timeout and an idle-in-transaction timeout, so one stuck client cannot hold a station, or
the pull horizon, for long.

- Pushes of one station are serialised by that station's row lock (``SELECT … FOR UPDATE``),
  never a table lock: a thousand stations push side by side. Records are stored with one
  ``INSERT … SELECT FROM json_to_recordset(…) ON CONFLICT (station, change_id) DO NOTHING``.
- A bundle (``push_many``) applies every batch under that lock in one transaction: all or none.
- The platform log and its commit-safe cursors are in :mod:`hub.storage.pg_log`; payment
  requests and decisions (kept inside the push's transaction, decisions published through the
  log in the decision's) in :mod:`hub.storage.pg_payments`.

Adding a method (e.g. a new kind of platform data): write it like :meth:`PgStorage.counts` —
``with self._tx() as c:`` for a write transaction, ``self._tx(READ)`` for a consistent read, or
``with self._conn() as c:`` for one autocommit statement — and keep the station code first in
every new key (docs/scale.md).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .. import tokens
from ..errors import Forbidden, NotFound
from ..wire import Item, digest, iso_utc
from . import rules
from .base import BatchIn, PushOutcome, PushStateInfo
from .pg_log import PgLog
from .pg_migrations import migrate
from .pg_payments import PgPayments
from .pg_reports import PgReports
from .purge import PgPurge

ENROL_CODE_DAYS = 7
READ = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"
#: session settings of every pooled connection (milliseconds)
STATEMENT_TIMEOUT_MS = 30_000
LOCK_TIMEOUT_MS = 20_000
IDLE_IN_TX_TIMEOUT_MS = 15_000

# The batch travels as one JSON text (json.dumps is C; psycopg's text-array quoting is a regular
# expression per element, which cost more than everything else in a push)
_INSERT_BATCH = (
    "INSERT INTO changes (station, seq, change_id, entity, entity_id, op, payload, payload_hash, device_time, hlc,"
    " received_at, via) SELECT %s, t.s, t.c, t.e, t.i, t.o, t.p, t.h, t.d, t.l, %s, %s FROM json_to_recordset(%s::json)"
    " AS t(s bigint, c text, e text, i text, o text, p text, h text, d text, l text)"
    " ON CONFLICT (station, change_id) DO NOTHING"
)
_INSERT_ROW = (
    "INSERT INTO changes (station, seq, change_id, entity, entity_id, op, payload, payload_hash, device_time, hlc,"
    " received_at, via) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    " ON CONFLICT (station, change_id) DO NOTHING"
)
_INSERT_FILLER = ("INSERT INTO positions (station, seq, change_id, payload_hash, code, received_at)"
                  " VALUES (%s, %s, %s, %s, %s, %s)")


def _prepare_threshold() -> int | None:
    """psycopg prepares a statement after it ran this many times on a connection (5). Behind
    PgBouncer in transaction mode older than 1.21 (no prepared-statement support) set
    ``HUB_PG_PREPARE_THRESHOLD=none``."""
    text = os.environ.get("HUB_PG_PREPARE_THRESHOLD", "5").strip().lower()
    return None if text in ("none", "off", "") else int(text)


class PgStorage(PgLog, PgPayments, PgReports, PgPurge):
    """:class:`hub.storage.HubStorage` on PostgreSQL. Thread-safe (a pool of ``max_size``
    connections, each used by one thread at a time). Opening migrates the schema."""

    def __init__(self, url: str, *, min_size: int = 1, max_size: int = 10, timeout_s: float = 30.0,
                 application_name: str = "yyt-hub", statement_timeout_ms: int = STATEMENT_TIMEOUT_MS,
                 lock_timeout_ms: int = LOCK_TIMEOUT_MS, idle_in_tx_timeout_ms: int = IDLE_IN_TX_TIMEOUT_MS,
                 prepare_threshold: int | None = None) -> None:
        from psycopg_pool import ConnectionPool

        self.url = url
        self._fingerprints = threading.local()
        self._session = (f"SET statement_timeout = {int(statement_timeout_ms)}; SET lock_timeout = {int(lock_timeout_ms)};"
                         f" SET idle_in_transaction_session_timeout = {int(idle_in_tx_timeout_ms)}")
        self.pool = ConnectionPool(
            url, min_size=min_size, max_size=max_size, timeout=timeout_s, open=False, name="hub",
            kwargs={"autocommit": True, "application_name": application_name,
                    "prepare_threshold": _prepare_threshold() if prepare_threshold is None else prepare_threshold},
            configure=self._configure)
        self.pool.open(wait=True, timeout=timeout_s)
        with self._conn() as c:
            migrate(c)
            self.epoch = self._check_epoch(c)
            self.hub_id = c.execute("SELECT value FROM hub_meta WHERE key = 'hub_id'").fetchone()[0]
            # the key pull cursors are signed with (hub.wire.encode_cursor): made once, kept with the data
            c.execute("INSERT INTO hub_meta (key, value) VALUES ('cursor_key', %s) ON CONFLICT (key) DO NOTHING",
                      (secrets.token_hex(32),))
            self.cursor_key = bytes.fromhex(
                c.execute("SELECT value FROM hub_meta WHERE key = 'cursor_key'").fetchone()[0])

    def _configure(self, conn: Any) -> None:
        """Every new pooled connection: the session timeouts (one stuck client cannot hold a
        station's row lock or the pull horizon for long). Behind PgBouncer in transaction mode
        set them on the role instead (docs/scale.md)."""
        conn.execute(self._session)

    # -- plumbing ----------------------------------------------------------------------------
    @contextmanager
    def _conn(self) -> Iterator[Any]:
        """A pooled connection in autocommit mode (one statement = one transaction)."""
        with self.pool.connection() as conn:
            yield conn

    @contextmanager
    def _tx(self, begin: str = "BEGIN") -> Iterator[Any]:
        """One transaction (``begin`` may name an isolation level); rolled back on any error."""
        with self.pool.connection() as conn:
            conn.execute(begin)
            try:
                yield conn
            except BaseException:
                if not conn.closed:
                    try:
                        conn.execute("ROLLBACK")
                    except Exception:  # noqa: BLE001 - a broken connection: the pool drops it
                        pass
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        self.pool.close()

    def pool_stats(self) -> dict[str, int]:
        """The pool's size, idle connections and waiting requests (for /metrics)."""
        s = self.pool.get_stats()
        return {"size": s.get("pool_size", 0), "available": s.get("pool_available", 0),
                "waiting": s.get("requests_waiting", 0), "max": self.pool.max_size}

    @staticmethod
    def _acked_for_update(c: Any, code: str) -> int:
        row = c.execute("SELECT acked_through FROM stations WHERE code = %s FOR UPDATE", (code,)).fetchone()
        if row is None:
            raise NotFound("station.unknown", station_code=code)
        return int(row[0])

    @staticmethod
    def _acked(c: Any, code: str) -> int:
        row = c.execute("SELECT acked_through FROM stations WHERE code = %s", (code,)).fetchone()
        if row is None:
            raise NotFound("station.unknown", station_code=code)
        return int(row[0])

    # -- stations and enrolment --------------------------------------------------------------
    def add_station(self, code: str, name: str, town: str, now: _dt.datetime) -> str:
        """Register a station (or re-issue its code) and return a fresh one-time enrolment code."""
        enrolment = tokens.new_enrolment_code()
        expires = iso_utc(now + _dt.timedelta(days=ENROL_CODE_DAYS))
        with self._conn() as c:
            c.execute(
                "INSERT INTO stations (code, name, town, created_at, enrol_code_hash, enrol_expires_at)"
                " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                " town = excluded.town, enrol_code_hash = excluded.enrol_code_hash,"
                " enrol_expires_at = excluded.enrol_expires_at",
                (code, name, town, iso_utc(now), tokens.code_hash(enrolment), expires))
        return enrolment

    def enroll(self, code: str, enrolment_code: str, now: _dt.datetime) -> str:
        """Exchange a valid, unused, unexpired code for a new token (the old token stops working)."""
        token = tokens.new_token()
        with self._tx() as c:
            row = c.execute("SELECT enrol_code_hash, enrol_expires_at FROM stations WHERE code = %s FOR UPDATE",
                            (code,)).fetchone()
            ok = (row is not None and row[0] is not None
                  and secrets.compare_digest(row[0], tokens.code_hash(enrolment_code)) and row[1] >= iso_utc(now))
            if not ok:
                raise Forbidden("enroll.refused")
            c.execute("UPDATE stations SET bundle_key = %s, enrolled_at = %s, enrol_code_hash = NULL,"
                      " enrol_expires_at = NULL WHERE code = %s", (tokens.bundle_key(token), iso_utc(now), code))
            c.execute("DELETE FROM station_tokens WHERE station = %s", (code,))
            c.execute("INSERT INTO station_tokens (token_hash, station, issued_at) VALUES (%s, %s, %s)",
                      (tokens.token_hash(token), code, iso_utc(now)))
        return token

    def station_for_token(self, token: str) -> str | None:
        with self._conn() as c:
            row = c.execute("SELECT station FROM station_tokens WHERE token_hash = %s",
                            (tokens.token_hash(token),)).fetchone()
        return None if row is None else row[0]

    def bundle_key(self, code: str) -> str | None:
        with self._conn() as c:
            row = c.execute("SELECT bundle_key FROM stations WHERE code = %s", (code,)).fetchone()
        return None if row is None else row[0]

    # -- push ----------------------------------------------------------------------------------
    def push_state(self, code: str, since: int, upto: int) -> PushStateInfo:
        with self._tx(READ) as c:
            acked = self._acked(c, code)
            through = min(acked, max(upto, since))
            lines = self._lines(c, code, since, through)
            rejected = [{"seq": r[0], "change_id": r[1], "code": r[2]} for r in c.execute(
                "SELECT seq, change_id, code FROM positions WHERE station = %s AND seq > %s AND seq <= %s"
                " AND code <> 'duplicate' ORDER BY seq", (code, since, acked))]
        return PushStateInfo(acked, digest(lines), through, rejected)

    @staticmethod
    def _lines(c: Any, code: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
        """(seq, change_id, payload_hash) of every position in (lo, hi], records and fillers."""
        if hi <= lo:
            return []
        rows = c.execute(
            "SELECT seq, change_id, payload_hash FROM changes WHERE station = %(c)s AND seq > %(lo)s AND seq <= %(hi)s"
            " UNION ALL SELECT seq, change_id, payload_hash FROM positions WHERE station = %(c)s AND seq > %(lo)s"
            " AND seq <= %(hi)s ORDER BY 1", {"c": code, "lo": lo, "hi": hi}).fetchall()
        return [(int(r[0]), r[1], r[2]) for r in rows]

    def push(self, code: str, items: list[Item], now: _dt.datetime, *, via: str = "push", pending: int | None = None,
             device_time: str | None = None, bytes_in: int = 0) -> PushOutcome:
        """Apply a batch exactly once under the station's row lock; ``Gap`` (nothing applied)
        when the first new sequence number is not the expected one."""
        with self._tx() as c:
            acked = self._acked_for_update(c, code)
            return self._push_in(c, code, items, acked, now, via, pending, device_time, bytes_in)

    def push_many(self, code: str, batches: list[BatchIn], now: _dt.datetime, *, via: str = "bundle",
                  bytes_in: int = 0) -> PushOutcome:
        """Apply a bundle's batches in turn, each with the rule of :meth:`push`, in ONE
        transaction under the station's row lock (taken once, held to the commit): all of them,
        or none when any raises (``Gap``, a missing station). Counts add up; ``acked_through`` is
        the mark after the last batch (the current mark when there are none)."""
        with self._tx() as c:
            acked = self._acked_for_update(c, code)
            total = PushOutcome(acked_through=acked)
            for i, batch in enumerate(batches):
                out = self._push_in(c, code, batch.items, total.acked_through, now, via, batch.pending,
                                    batch.device_time, bytes_in if i == 0 else 0)
                total.applied += out.applied
                total.duplicates += out.duplicates
                total.rejected += out.rejected
                total.conflicts += out.conflicts
                total.reseat += out.reseat
                total.acked_through = out.acked_through
        return total

    def _push_in(self, c: Any, code: str, items: list[Item], acked: int, now: _dt.datetime, via: str,
                 pending: int | None, device_time: str | None, bytes_in: int) -> PushOutcome:
        """One batch inside the caller's transaction, the station's row already locked and
        standing at ``acked``: the records, their payment requests, the station's counters."""
        now_iso = iso_utc(now)
        if rules.in_line_and_valid(items, acked):
            out = self._push_fast(c, code, items, now_iso, via)
        else:
            out = self._push_careful(c, code, items, acked, now_iso, via)
        stamp = "last_bundle_at" if via == "bundle" else "last_push_at"
        c.execute(
            f"UPDATE stations SET acked_through = %s, changes = changes + %s, duplicates = duplicates + %s,"
            f" rejected = rejected + %s, bytes_in = bytes_in + %s, {stamp} = %s,"
            " backlog_known = COALESCE(%s, backlog_known), last_device_time = COALESCE(%s, last_device_time),"
            " skew_ms = COALESCE(%s, skew_ms) WHERE code = %s",
            (out.acked_through, out.applied, out.duplicates, len(out.rejected) + len(out.conflicts), bytes_in,
             now_iso, pending, device_time, rules.skew_ms(device_time, now), code))
        return out

    def _push_fast(self, c: Any, code: str, items: list[Item], now_iso: str, via: str) -> PushOutcome:
        """Every item next in line and valid: one statement stores them; an item whose change_id
        the hub already held (under another number) fills its number as a duplicate or conflict."""
        rows = json.dumps([{"s": it.seq, "c": it.change_id, "e": it.entity, "i": it.entity_id, "o": it.op,
                            "p": it.payload, "h": it.payload_hash, "d": it.device_time, "l": it.hlc} for it in items],
                          ensure_ascii=False, separators=(",", ":"))
        cur = c.execute(_INSERT_BATCH, (code, now_iso, via, rows))
        out = PushOutcome(acked_through=items[-1].seq, applied=len(items))
        applied = items
        if cur.rowcount != len(items):
            stored = {int(r[0]) for r in c.execute("SELECT seq FROM changes WHERE station = %s AND seq BETWEEN %s"
                                                   " AND %s", (code, items[0].seq, items[-1].seq))}
            skipped = [it for it in items if it.seq not in stored]
            applied = [it for it in items if it.seq in stored]
            held = self._held(c, code, [it.change_id for it in skipped])
            fillers = rules.fill_held(code, skipped, held, now_iso, out)
            c.cursor().executemany(_INSERT_FILLER, fillers)
        if any(it.entity == "payments" for it in applied):
            self._note_payments(c, code, ((it.entity, it.entity_id, it.payload) for it in applied), now_iso)
        return out

    def _push_careful(self, c: Any, code: str, items: list[Item], acked: int, now_iso: str,
                      via: str) -> PushOutcome:
        held = self._held(c, code, [it.change_id for it in items])
        low = [it.seq for it in items if it.seq <= acked]
        at_seq = self._at_seq(c, code, low[0], low[-1]) if low else {}
        plan = rules.plan_careful(code, items, acked, held, at_seq, now_iso, via)
        if plan.new_rows:
            c.cursor().executemany(_INSERT_ROW, plan.new_rows)
            self._note_payments(c, code, ((r[3], r[4], r[6]) for r in plan.new_rows), now_iso)
        if plan.fillers:
            c.cursor().executemany(_INSERT_FILLER, plan.fillers)
        return plan.outcome

    @staticmethod
    def _held(c: Any, code: str, change_ids: list[str]) -> dict[str, tuple[int, str]]:
        if not change_ids:
            return {}
        rows = c.execute("SELECT change_id, seq, payload_hash FROM changes WHERE station = %s"
                         " AND change_id = ANY(%s::text[])", (code, change_ids))
        return {r[0]: (int(r[1]), r[2]) for r in rows}

    @staticmethod
    def _at_seq(c: Any, code: str, lo: int, hi: int) -> dict[int, tuple[str, str, str]]:
        """What fills each position in [lo, hi]: (change_id, payload_hash, 'record' or a filler code)."""
        out: dict[int, tuple[str, str, str]] = {}
        for seq, cid, h in c.execute("SELECT seq, change_id, payload_hash FROM changes WHERE station = %s"
                                     " AND seq BETWEEN %s AND %s", (code, lo, hi)):
            out[int(seq)] = (cid, h, "record")
        for seq, cid, h, reason in c.execute("SELECT seq, change_id, payload_hash, code FROM positions"
                                             " WHERE station = %s AND seq BETWEEN %s AND %s", (code, lo, hi)):
            out[int(seq)] = (cid, h, reason)
        return out

    def note_pull(self, code: str, now: _dt.datetime, bytes_out: int) -> None:
        with self._conn() as c:
            c.execute("UPDATE stations SET last_pull_at = %s, bytes_out = bytes_out + %s WHERE code = %s",
                      (iso_utc(now), bytes_out, code))

    # -- reading -------------------------------------------------------------------------------
    def counts(self, code: str) -> tuple[int, dict[str, int]]:
        """(acked_through, distinct entity_ids per entity) from one snapshot."""
        with self._tx(READ) as c:
            acked = self._acked(c, code)
            counts = {r[0]: int(r[1]) for r in c.execute(
                "SELECT entity, count(DISTINCT entity_id) FROM changes WHERE station = %s GROUP BY entity"
                " ORDER BY entity", (code,))}
        return acked, counts

    def records(self, code: str, entity: str | None = None) -> list[dict[str, Any]]:
        """Every change record held for a station (of one ``entity`` if given), in sequence order
        (for checks, exports and the platform's own work such as answering notices)."""
        sql = f"SELECT {', '.join(rules.RECORD_KEYS)} FROM changes WHERE station = %s"
        params: tuple[Any, ...] = (code,)
        if entity is not None:
            sql += " AND entity = %s"
            params += (entity,)
        with self._conn() as c:
            rows = c.execute(sql + " ORDER BY seq", params).fetchall()
        return [dict(zip(rules.RECORD_KEYS, (int(r[0]), *r[1:]), strict=True)) for r in rows]

    def report(self) -> list[dict[str, Any]]:
        with self._conn() as c:
            rows = c.execute(f"SELECT {', '.join(rules.REPORT_COLUMNS)} FROM stations ORDER BY code").fetchall()
        return [rules.report_row(r) for r in rows]
