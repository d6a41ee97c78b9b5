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
import threading
import time
from typing import Any

from ..errors import Invalid, Refused
from ..wire import hlc_text, iso_utc, parse_iso
from . import rules
from .base import LogEntry, PullResult

#: shared by every publish, exclusive while the epoch is checked ('yytepoch' in ASCII)
EPOCH_LOCK = 0x797974_65706F6368
_MASK64 = (1 << 64) - 1
CLOCK_REREAD_S = 1.0
_FINAL = "(l.epoch < %(E)s OR l.xid < %(xmin)s::xid8)"
_NEWER_FINAL = ("EXISTS (SELECT 1 FROM platform_log AS n WHERE n.scope = l.scope AND n.stream = l.stream"
                " AND n.key = l.key AND (n.epoch, n.xid, n.id) > (l.epoch, l.xid, l.id)"
                " AND (n.epoch < %(E)s OR n.xid < %(xmin)s::xid8))")
_HORIZON = ("SELECT (SELECT value::integer FROM hub_meta WHERE key = 'log_epoch'),"
            " pg_snapshot_xmin(pg_current_snapshot())::text")
# the same inside one statement: a CTE ``h`` (e, xmin) and the conditions on it
_HORIZON_H = ("SELECT (SELECT value::integer FROM hub_meta WHERE key = 'log_epoch') AS e,"
              " pg_snapshot_xmin(pg_current_snapshot()) AS xmin")
_FINAL_H = "(l.epoch < h.e OR l.xid < h.xmin)"
_NEWER_FINAL_H = ("EXISTS (SELECT 1 FROM platform_log AS n WHERE n.scope = l.scope AND n.stream = l.stream"
                  " AND n.key = l.key AND (n.epoch, n.xid, n.id) > (l.epoch, l.xid, l.id)"
                  " AND (n.epoch < h.e OR n.xid < h.xmin))")
# the last final position (never select a column named "xid": ORDER BY would sort that text)
_TOP_H = ("SELECT l.epoch, l.xid::text AS xid_text, l.id, l.hlc FROM platform_log AS l, h WHERE " + _FINAL_H +
          " ORDER BY l.epoch DESC, l.xid DESC, l.id DESC LIMIT 1")


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

    _fingerprints: threading.local  # per storage: (position, hlc) the last pull of this thread ended at

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
        self._clock_seen = (hlc_text(p, lg), time.monotonic())
        return hlc_text(p, lg)

    def hlc_now(self, now: _dt.datetime) -> str:
        """The HLC an answer carries: the clock row (re-read at most every second; what this
        process ticked is seen at once) ticked to ``now``. Never behind the wall clock; at most a
        second behind another worker's publishes, which a station's merge (a max) tolerates."""
        seen, at = getattr(self, "_clock_seen", (None, -1e9))
        if time.monotonic() - at > CLOCK_REREAD_S:
            with self._conn() as c:
                p, lg = c.execute("SELECT physical_ms, logical FROM hub_clock WHERE id = 1").fetchone()
            seen = hlc_text(p, lg) if p else None
            self._clock_seen = (seen, time.monotonic())
        return rules.tick(seen, now)

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
        position order, read by one statement (one snapshot: the horizon, the rows and the log's
        last final position agree). When nothing more is there for the station, the cursor moves
        to the last final position of the whole log."""
        e0, x0, i0 = unpack(after)
        branch = ("(SELECT l.id, l.stream, l.key, l.payload, l.hlc, l.epoch, l.xid FROM platform_log AS l, h"
                  " WHERE l.scope = {scope} AND (l.epoch, l.xid, l.id) > (%(e)s, %(x)s::xid8, %(i)s) AND " + _FINAL_H
                  + (" AND NOT " + _NEWER_FINAL_H if snapshot else "")  # snapshot: the latest version only
                  + " ORDER BY l.epoch, l.xid, l.id LIMIT %(n)s)")
        scopes = [branch.format(scope="'*'")] + ([branch.format(scope="%(code)s")] if code != "*" else [])
        sql = (f"WITH h AS ({_HORIZON_H}), page AS ({' UNION ALL '.join(scopes)})"
               " SELECT 0, id, stream, key, payload, hlc, epoch, xid::text AS xid_text FROM page"
               f" UNION ALL SELECT 1, id, NULL, NULL, NULL, hlc, epoch, xid_text FROM ({_TOP_H}) AS top")
        with self._conn() as c:
            rows = c.execute(sql, {"e": e0, "x": str(x0), "i": i0, "n": limit + 1, "code": code}).fetchall()
        top_row = next((r for r in rows if r[0] == 1), None)
        top = 0 if top_row is None else pack(top_row[6], int(top_row[7]), top_row[1])
        rows = sorted((r for r in rows if r[0] == 0), key=lambda r: (r[6], int(r[7]), r[1]))
        more = len(rows) > limit
        rows = rows[:limit]
        entries = [LogEntry(int(r[1]), r[2], r[3], r[4], r[5]) for r in rows]
        last = pack(rows[-1][6], int(rows[-1][7]), rows[-1][1]) if more else max(after, top)
        # the fingerprint of the new cursor comes with the page: the server asks for it next
        if more:
            self._fingerprints.seen = (last, rows[-1][5])
        elif top_row is not None and last == top:
            self._fingerprints.seen = (last, top_row[5])
        return PullResult(entries, last, more)

    def log_bounds(self) -> tuple[int, int]:
        """(floor, last): the compaction floor and the last final position (never below the floor,
        so a compacted tail does not make a cursor look like it is past the end)."""
        with self._conn() as c:
            row = c.execute(f"WITH h AS ({_HORIZON_H}) SELECT (SELECT value FROM hub_meta WHERE key = 'log_floor'),"
                            f" top.epoch, top.xid_text, top.id FROM (SELECT 1) AS one LEFT JOIN ({_TOP_H}) AS top"
                            " ON true").fetchone()
        floor = int(row[0])
        top = 0 if row[1] is None else pack(row[1], int(row[2]), row[3])
        return floor, max(top, floor)

    def log_fingerprint(self, position: int) -> str:
        """The HLC of the newest entry at or before ``position`` ("" if none). Right after this
        thread's pull ended at ``position``, the one that pull read (entries at or before a final
        position never change, but for compaction, whose race costs one harmless snapshot)."""
        seen = getattr(self._fingerprints, "seen", None)
        self._fingerprints.seen = None
        if seen is not None and seen[0] == position:
            return seen[1]
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

    def latest(self, stream: str, scope: str) -> dict[str, str]:
        """The live platform records of one stream and scope: key → payload of each key's newest
        committed version (a key's versions queue on its lock, so the newest has the highest
        position); withdrawn ones left out."""
        with self._conn() as c:
            rows = c.execute("SELECT DISTINCT ON (key) key, payload FROM platform_log WHERE scope = %s AND stream = %s"
                             " ORDER BY key, epoch DESC, xid DESC, id DESC", (scope, stream)).fetchall()
        return {r[0]: r[1] for r in rows if r[1] is not None}

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
