"""The platform log on PostgreSQL: publish, pull, bounds, fingerprints, compaction, the hub's clock.

Positions. PostgreSQL sequences hand out numbers in call order, not commit order: a publish
that drew id 10 may commit after the one that drew id 11, and a reader that took 11 and moved its
cursor past it would never see 10. So a row's position is ``(epoch, xid, id)`` where ``xid`` is
the publishing transaction's id (``pg_current_xact_id()``, taken at the insert), and a reader only
takes rows that are *final* in its snapshot: ``epoch < current epoch OR xid < xmin`` where
``xmin = pg_snapshot_xmin(pg_current_snapshot())``, the oldest transaction still running. Every
transaction below ``xmin`` has ended, so its rows are visible now or never; every transaction
still to commit has ``xid ≥ xmin`` and so a position above every final row. The final rows are
therefore a prefix of the log in position order, and a cursor set inside that prefix never
passes a row that commits later (docs/scale.md has the proof and the cost).

``epoch`` is raised when the log holds a transaction id the database has not reached (a dump
restored into another, younger cluster): the new rows then sort after the restored ones even
though their transaction ids are smaller. A raise waits for every publish in flight (they hold
the epoch lock shared), so rows of an older epoch are all final.

The interface speaks integers (a cursor holds one): a position is packed as
``epoch·2¹²⁸ + xid·2⁶⁴ + id``, which orders exactly like the tuple.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from typing import Any

from ..errors import Invalid, Refused
from ..wire import hlc_text, iso_utc, parse_iso
from . import rules
from .base import LogEntry, PullResult

#: shared by every publish, exclusive while the epoch is checked ('yytepoch' in ASCII)
EPOCH_LOCK = 0x797974_65706F6368
_MASK64 = (1 << 64) - 1
_FINAL = "(l.epoch < %(E)s OR l.xid < %(xmin)s::xid8)"
_NEWER_FINAL = ("EXISTS (SELECT 1 FROM platform_log AS n WHERE n.scope = l.scope AND n.stream = l.stream"
                " AND n.key = l.key AND (n.epoch, n.xid, n.id) > (l.epoch, l.xid, l.id)"
                " AND (n.epoch < %(E)s OR n.xid < %(xmin)s::xid8))")
_HORIZON = ("SELECT (SELECT value::integer FROM hub_meta WHERE key = 'log_epoch'),"
            " pg_snapshot_xmin(pg_current_snapshot())::text")


def pack(epoch: int, xid: int, ident: int) -> int:
    """The integer a cursor carries for position (epoch, xid, id)."""
    return (epoch << 128) | (xid << 64) | ident


def unpack(position: int) -> tuple[int, int, int]:
    return position >> 128, (position >> 64) & _MASK64, position & _MASK64


def key_lock(stream: str, key: str) -> int:
    """The advisory lock of one platform record (every scope): its publishes queue, so a newer
    version of a key always has a higher position and the scope check sees every earlier one."""
    return int.from_bytes(hashlib.blake2b(f"{stream}\x00{key}".encode(), digest_size=8).digest(), "big", signed=True)


class PgLog:
    """The platform-log half of :class:`hub.storage.postgres.PgStorage` (needs ``_tx``/``_conn``)."""

    # -- the clock -----------------------------------------------------------------------------
    def _tick_clock(self, now: _dt.datetime) -> str:
        """Advance the hub's HLC in one autocommit statement (the row is locked for that
        statement only, never for a whole publish)."""
        now_ms = int(now.timestamp() * 1000)
        with self._conn() as c:
            p, lg = c.execute(
                "UPDATE hub_clock SET"
                " physical_ms = CASE WHEN physical_ms < %(now)s THEN %(now)s WHEN logical < 99999 THEN physical_ms"
                " ELSE physical_ms + 1 END,"
                " logical = CASE WHEN physical_ms < %(now)s THEN 0 WHEN logical < 99999 THEN logical + 1 ELSE 0 END"
                " WHERE id = 1 RETURNING physical_ms, logical", {"now": now_ms}).fetchone()
        return hlc_text(p, lg)

    def hlc_now(self, now: _dt.datetime) -> str:
        with self._conn() as c:
            p, lg = c.execute("SELECT physical_ms, logical FROM hub_clock WHERE id = 1").fetchone()
        return rules.tick(hlc_text(p, lg) if p else None, now)

    # -- epoch ---------------------------------------------------------------------------------
    def _check_epoch(self, conn: Any) -> int:
        """Raise the log epoch when the log holds a transaction id at or past the database's
        current one (restored into a younger cluster); returns the epoch in force."""
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (EPOCH_LOCK,))
            epoch = int(conn.execute("SELECT value FROM hub_meta WHERE key = 'log_epoch'").fetchone()[0])
            # (never select a column under the name "xid": ORDER BY would sort that text, not the xid8)
            top = conn.execute("SELECT xid::text AS xid_text FROM platform_log WHERE epoch = %s"
                               " ORDER BY epoch DESC, xid DESC, id DESC LIMIT 1", (epoch,)).fetchone()
            current = int(conn.execute("SELECT pg_current_xact_id()::text").fetchone()[0])
            if top is not None and int(top[0]) >= current:
                epoch += 1
                conn.execute("UPDATE hub_meta SET value = %s WHERE key = 'log_epoch'", (str(epoch),))
        return epoch

    # -- publish -------------------------------------------------------------------------------
    def publish(self, stream: str, key: str, payload: str | None, scope: str, now: _dt.datetime) -> int:
        """Append a version of a platform record (``payload`` None withdraws it); returns its
        version number (``v``). A key lives in one scope at a time (``publish.scope_conflict``).
        Publishes of different keys run side by side; one key's queue on its advisory lock."""
        if not stream or not key:
            raise Invalid("publish.invalid")
        hlc = self._tick_clock(now)
        with self._tx() as c:
            return self._publish_in(c, stream, key, payload, scope, hlc, now)

    @staticmethod
    def _publish_in(c: Any, stream: str, key: str, payload: str | None, scope: str, hlc: str,
                    now: _dt.datetime) -> int:
        """The statements of one publish inside the caller's open transaction (the locks come
        first: the transaction id is taken by the insert, after any earlier version committed)."""
        c.execute("SELECT pg_advisory_xact_lock_shared(%s), pg_advisory_xact_lock(%s)",
                  (EPOCH_LOCK, key_lock(stream, key)))
        if payload is not None:
            clash = c.execute(
                "SELECT 1 FROM platform_log AS l WHERE stream = %(stream)s AND key = %(key)s AND scope <> %(scope)s"
                " AND (scope = '*' OR %(scope)s = '*') AND payload IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
                " platform_log AS n WHERE n.scope = l.scope AND n.stream = l.stream AND n.key = l.key"
                " AND (n.epoch, n.xid, n.id) > (l.epoch, l.xid, l.id)) LIMIT 1",
                {"stream": stream, "key": key, "scope": scope}).fetchone()
            if clash is not None:
                raise Refused("publish.scope_conflict", stream=stream, key=key)
        row = c.execute(
            "INSERT INTO platform_log (scope, epoch, stream, key, payload, hlc, published_at) VALUES"
            " (%s, (SELECT value::integer FROM hub_meta WHERE key = 'log_epoch'), %s, %s, %s, %s, %s) RETURNING id",
            (scope, stream, key, payload, hlc, iso_utc(now))).fetchone()
        return int(row[0])

    # -- pull ----------------------------------------------------------------------------------
    def pull(self, code: str, after: int, limit: int, snapshot: bool) -> PullResult:
        """The next final entries after ``after`` for a station (its own scope and ``*``), in
        position order, from one REPEATABLE READ snapshot. When nothing more is there for the
        station, the cursor moves to the last final position of the whole log."""
        e0, x0, i0 = unpack(after)
        params: dict[str, Any] = {"e": e0, "x": str(x0), "i": i0, "n": limit + 1}
        sql = ("SELECT id, stream, key, payload, hlc, epoch, xid::text AS xid_text FROM platform_log AS l"
               " WHERE scope = %(scope)s AND (epoch, xid, id) > (%(e)s, %(x)s::xid8, %(i)s) AND " + _FINAL)
        if snapshot:  # the latest final version of each record only (a withdrawal too)
            sql += " AND NOT " + _NEWER_FINAL
        sql += " ORDER BY epoch, xid, id LIMIT %(n)s"
        with self._tx("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") as c:
            params["E"], params["xmin"] = c.execute(_HORIZON).fetchone()
            rows = [*c.execute(sql, {**params, "scope": "*"}).fetchall(),
                    *c.execute(sql, {**params, "scope": code}).fetchall()] if code != "*" else \
                c.execute(sql, {**params, "scope": "*"}).fetchall()
            rows.sort(key=lambda r: (r[5], int(r[6]), r[0]))
            more = len(rows) > limit
            rows = rows[:limit]
            top = None if more else self._top(c, params["E"], params["xmin"])
        entries = [LogEntry(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]
        last = pack(rows[-1][5], int(rows[-1][6]), rows[-1][0]) if more else max(after, top or 0)
        return PullResult(entries, last, more)

    @staticmethod
    def _top(c: Any, epoch: int, xmin: str) -> int:
        """The last final position of the log (0 if none)."""
        row = c.execute("SELECT epoch, xid::text AS xid_text, id FROM platform_log AS l WHERE " + _FINAL +
                        " ORDER BY epoch DESC, xid DESC, id DESC LIMIT 1", {"E": epoch, "xmin": xmin}).fetchone()
        return 0 if row is None else pack(row[0], int(row[1]), row[2])

    def log_bounds(self) -> tuple[int, int]:
        """(floor, last): the compaction floor and the last final position (never below the floor,
        so a compacted tail does not make a cursor look like it is past the end)."""
        with self._tx("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") as c:
            epoch, xmin = c.execute(_HORIZON).fetchone()
            floor = int(c.execute("SELECT value FROM hub_meta WHERE key = 'log_floor'").fetchone()[0])
            top = self._top(c, epoch, xmin)
        return floor, max(top, floor)

    def log_fingerprint(self, position: int) -> str:
        """The HLC of the newest entry at or before ``position`` ("" if none)."""
        e, x, i = unpack(position)
        with self._conn() as c:
            row = c.execute("SELECT hlc FROM platform_log WHERE (epoch, xid, id) <= (%s, %s::xid8, %s)"
                            " ORDER BY epoch DESC, xid DESC, id DESC LIMIT 1", (e, str(x), i)).fetchone()
        return row[0] if row else ""

    def compact_log(self, upto: int | None = None) -> int:
        """Drop superseded versions and withdrawals whose version number is at or below ``upto``
        (None: all), among final entries only (a newer version that could still roll back never
        supersedes). The floor rises to the highest position removed, so a cursor issued before
        that and lying below it gets 410 (snapshot). Returns how many entries were removed."""
        with self._tx() as c:
            floor = int(c.execute("SELECT value FROM hub_meta WHERE key = 'log_floor' FOR UPDATE").fetchone()[0])
            epoch, xmin = c.execute(_HORIZON).fetchone()
            gone = c.execute(
                "DELETE FROM platform_log AS l WHERE l.id <= %(upto)s AND " + _FINAL +
                " AND (l.payload IS NULL OR " + _NEWER_FINAL + ") RETURNING l.epoch, l.xid::text AS xid_text, l.id",
                {"E": epoch, "xmin": xmin, "upto": (1 << 63) - 1 if upto is None else upto}).fetchall()
            top = max((pack(r[0], int(r[1]), r[2]) for r in gone), default=0)
            if top > floor:
                c.execute("UPDATE hub_meta SET value = %s WHERE key = 'log_floor'", (str(top),))
        return len(gone)

    # -- lag -----------------------------------------------------------------------------------
    def log_lag(self, now: _dt.datetime) -> dict[str, float]:
        """How far pulls trail the committed log: entries committed but not yet final (a lower
        transaction id is still running), the age of the oldest of them, and the age of the oldest
        transaction holding an id (what holds ``xmin`` back; 0 when the role may not see it)."""
        with self._conn() as c:
            epoch, xmin = c.execute(_HORIZON).fetchone()
            n, oldest = c.execute("SELECT count(*), min(published_at) FROM platform_log WHERE epoch = %s"
                                  " AND xid >= %s::xid8", (epoch, xmin)).fetchone()
            xact = c.execute("SELECT coalesce(extract(epoch FROM now() - min(xact_start)), 0)::float8 FROM"
                             " pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()").fetchone()
        when = parse_iso(oldest) if oldest else None
        return {"entries": float(n), "seconds": max(0.0, (now - when).total_seconds()) if when else 0.0,
                "oldest_xact_seconds": float(xact[0] or 0.0)}
