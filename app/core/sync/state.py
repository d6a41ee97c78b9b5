"""The station's side of sync, as stored: ack mark, backlog, runs, dead letters, counts, compaction.

Positions live in ``meta``: ``acked_through`` (the outbox trigger of v1 reads it), ``sync.hub_url``,
``sync.pull_cursor``, ``sync.snapshot_gen``, ``sync.in_snapshot``. Every change here goes through
:meth:`Store.write` (actor ``system``), so it is atomic and audited.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from typing import Any

from .. import outbox_stats
from ..clock import iso_utc, parse_utc
from ..db.codec import sha256_hex
from ..db.store import SYSTEM_ACTOR, Store, WriteTx
from .model import DeadLetter, SyncReport
from .protocol import ROW_COLUMNS

RETAIN_DAYS = 90
SKEW_WARNING_S = 300

_SET_META = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"


def set_meta(tx: WriteTx, key: str, value: object) -> None:
    tx.execute(_SET_META, (key, str(value)))


def restart_snapshot(tx: WriteTx) -> int:
    """Make the next pull a snapshot under a new generation (see pull.py). Returns the generation."""
    row = tx.execute("SELECT value FROM meta WHERE key = 'sync.snapshot_gen'").fetchone()
    gen = (int(row[0]) if row else 0) + 1
    set_meta(tx, "sync.snapshot_gen", gen)
    set_meta(tx, "sync.in_snapshot", 1)
    set_meta(tx, "sync.pull_cursor", "")
    return gen


class LocalState:
    """Reads and bookkeeping writes of the sync tables on one station database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- positions -------------------------------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.store.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return default if row is None else row[0]

    def acked_through(self, conn: sqlite3.Connection | None = None) -> int:
        return outbox_stats.acked_through(conn or self.store.conn)

    def last_seq(self, conn: sqlite3.Connection | None = None) -> int:
        """The highest outbox sequence number ever issued (compacted or not)."""
        c = conn or self.store.conn
        row = c.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
        return int(row[0]) if row else 0

    def rows_after(self, after: int, limit: int) -> list[sqlite3.Row]:
        return self.store.query(f"SELECT {ROW_COLUMNS} FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit))

    def lines(self, lo: int, hi: int, conn: sqlite3.Connection | None = None) -> list[tuple[int, str, str]]:
        """(seq, change_id, payload_hash) of the outbox rows in (lo, hi], the hash as the hub takes
        it: over the record in clear. (A sealed row's stored hash is over its sealed text — a hash of
        the clear text kept in the file would let anyone try every phone number against it.)"""
        c = conn or self.store.conn
        return [(seq, cid, sha256_hex(text) if text is not None else h) for seq, cid, h, text in c.execute(
            "SELECT seq, change_id, payload_hash, CASE WHEN payload LIKE 'enc1:%' THEN yyt_open(payload) END"
            " FROM outbox WHERE seq > ? AND seq <= ? ORDER BY seq", (lo, hi))]

    def pending(self) -> tuple[int, str | None]:
        """(count of records the hub has not acknowledged, the earliest device time among them):
        the definitions of :mod:`app.core.outbox_stats`, which the status bar reads too."""
        with self.store.snapshot() as conn:
            return outbox_stats.pending_changes(conn, outbox_stats.acked_through(conn))

    # -- bookkeeping writes --------------------------------------------------------------------
    @staticmethod
    def dead_letter(tx: WriteTx, seq: int, change_id: str, code: str) -> None:
        """Copy an outbox row the hub refused into ``dead_letters`` (once)."""
        tx.execute(
            "INSERT OR IGNORE INTO dead_letters (seq, change_id, entity, entity_id, op, payload, code, at)"
            " SELECT seq, change_id, entity, entity_id, op, payload, ?, ? FROM outbox WHERE seq = ? AND change_id = ?",
            (code, tx.now_iso, seq, change_id))

    @staticmethod
    def reseat(tx: WriteTx, seq: int) -> int | None:
        """Append a copy of outbox row ``seq`` under a new sequence number (same change_id and
        content): the hub holds another record at ``seq``. Returns the new number."""
        cur = tx.execute(
            "INSERT INTO outbox (change_id, entity, entity_id, op, payload, payload_hash, device_time, hlc)"
            " SELECT change_id, entity, entity_id, op, payload, payload_hash, device_time, hlc FROM outbox WHERE seq = ?",
            (seq,))
        return cur.lastrowid if cur.rowcount else None

    @staticmethod
    def bump_sequence(tx: WriteTx, at_least: int) -> None:
        """New outbox rows get numbers above ``at_least`` (the hub holds records up to there)."""
        tx.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'outbox' AND seq < ?", (at_least, at_least))
        if tx.execute("SELECT 1 FROM sqlite_sequence WHERE name = 'outbox'").fetchone() is None:
            tx.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)", (at_least,))

    def start_run(self, trigger: str) -> SyncReport:
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.run", entity="sync_runs") as tx:
            cur = tx.execute("INSERT INTO sync_runs (trigger, started_at) VALUES (?, ?)", (trigger, tx.now_iso))
            tx.summary.update(trigger=trigger, phase="start")
            report = SyncReport(trigger=trigger, started_at=tx.now_iso, run_id=cur.lastrowid)
        return report

    def finish_run(self, report: SyncReport) -> None:
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.run", entity="sync_runs",
                              entity_id=str(report.run_id)) as tx:
            report.ended_at = tx.now_iso
            tx.execute(
                "UPDATE sync_runs SET ended_at = ?, result = ?, error_class = ?, error_code = ?, pushed = ?,"
                " duplicates = ?, rejected = ?, pulled = ?, bytes_up = ?, bytes_down = ?, acked_through = ?,"
                " hub_time = ?, skew_ms = ? WHERE id = ?",
                (tx.now_iso, report.result, report.error_class, report.error_code, report.pushed, report.duplicates,
                 report.rejected, report.pulled, report.bytes_up, report.bytes_down, report.acked_through,
                 report.hub_time, report.skew_ms, report.run_id))
            tx.summary.update(phase="end", result=report.result, pushed=report.pushed, pulled=report.pulled,
                              error=report.error_code)

    # -- what the screens show -------------------------------------------------------------------

    def last_run(self) -> dict[str, Any] | None:
        row = self.store.query_one("SELECT * FROM sync_runs WHERE result != 'running' ORDER BY id DESC LIMIT 1")
        return dict(row) if row else None

    def runs(self, limit: int = 50) -> list[dict[str, Any]]:
        return [dict(r) for r in self.store.query("SELECT * FROM sync_runs ORDER BY id DESC LIMIT ?", (limit,))]

    def dead_letters(self, limit: int = 200) -> list[DeadLetter]:
        return [DeadLetter(*r) for r in self.store.query(
            "SELECT seq, change_id, entity, entity_id, op, code, at FROM dead_letters ORDER BY seq DESC LIMIT ?",
            (limit,))]

    def dead_letter_count(self) -> int:
        return int(self.store.query_one("SELECT count(*) FROM dead_letters")[0])

    def counts(self, upto: int) -> dict[str, int]:
        """Distinct records per entity among the change records up to ``upto`` that the hub keeps
        (refused ones excluded), including those compacted out of the outbox."""
        rows = self.store.query(
            "SELECT entity, count(DISTINCT entity_id) FROM ("
            " SELECT entity, entity_id FROM outbox WHERE seq <= ? AND seq NOT IN (SELECT seq FROM dead_letters)"
            " UNION SELECT entity, entity_id FROM outbox_compacted) GROUP BY entity ORDER BY entity", (upto,))
        return {r[0]: r[1] for r in rows}

    # -- compaction ------------------------------------------------------------------------------
    def compact(self, retain_days: int = RETAIN_DAYS) -> int:
        """Delete acknowledged outbox rows acknowledged at least ``retain_days`` ago by the hub's
        clock (as recorded in sync runs), never the newest row. Their (entity, entity_id) pairs
        are kept in ``outbox_compacted`` so counts stay right. Returns how many rows went."""
        latest = self.store.query_one("SELECT max(hub_time) FROM sync_runs WHERE hub_time IS NOT NULL")[0]
        if not latest:
            return 0
        horizon = iso_utc(parse_utc(latest) - _dt.timedelta(days=retain_days))
        row = self.store.query_one("SELECT max(acked_through) FROM sync_runs WHERE result = 'ok' AND hub_time <= ?",
                                   (horizon,))
        mark = int(row[0] or 0)
        if mark <= 0:
            return 0
        first = self.store.query_one("SELECT min(seq) FROM outbox")[0]
        if first is None or first > mark:
            return 0
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.compact", entity="outbox") as tx:
            upto = min(mark, self.acked_through(tx.conn), self.last_seq(tx.conn) - 1,
                       tx.execute("SELECT max(seq) FROM outbox").fetchone()[0] - 1)
            tx.execute("INSERT OR IGNORE INTO outbox_compacted (entity, entity_id) SELECT DISTINCT entity, entity_id"
                       " FROM outbox WHERE seq <= ? AND seq NOT IN (SELECT seq FROM dead_letters)", (upto,))
            removed = tx.execute("DELETE FROM outbox WHERE seq <= ?", (upto,)).rowcount
            tx.summary.update(upto=upto, removed=removed)
        return removed
