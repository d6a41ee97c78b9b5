"""Shelf stock-take (盘点): scan what is physically on the shelves, then compare.

``finish`` compares the scans with the parcels that should be on the shelves (``in_station``,
on the stock-take's shelf if it has one) at that moment and stores the findings: *missing*
(expected, not scanned) and *unexpected* (scanned, not expected: unknown, already picked up,
out on a round, or on another shelf). A stock-take changes no parcel: the clerk acts on the
report. One stock-take is open at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..db.store import WriteTx
from ..errors import InvalidInput, NotFound, Refused
from ..ids import new_id
from ..users.model import Actor
from ..users.permissions import Perm, require
from ..validate.tracking import normalise_tracking
from .base import ParcelContext
from .codes import looks_like_code, parse_code
from .model import ScanResult, StocktakeFinding, StocktakeView
from .records import row_dict
from .shelves import SHELF_NAME

_COLUMNS = ("id", "shelf", "status", "started_at", "started_by", "finished_at", "finished_by", "scanned",
            "expected", "missing", "unexpected")
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM stocktakes"


def _payload(tx: WriteTx, sid: str, last_scan: str | None = None) -> dict[str, Any]:
    st = row_dict(_COLUMNS, tx.conn.execute(_SELECT + " WHERE id = ?", (sid,)).fetchone())
    st["last_scan"] = last_scan
    if st["status"] == "finished":
        st["findings"] = [{"tracking": r[0], "kind": r[1], "pickup_code": r[2], "status": r[3]} for r in tx.conn.execute(
            "SELECT tracking, kind, pickup_code, status FROM stocktake_findings WHERE stocktake_id = ? ORDER BY kind,"
            " tracking", (sid,))]
    return st


class StocktakeService:
    def __init__(self, ctx: ParcelContext) -> None:
        self.ctx = ctx

    def start(self, actor: Actor, shelf: str | None = None) -> StocktakeView:
        """Open a stock-take of one shelf or (``shelf=None``) all of them. ``stocktake.already_open`` (5)."""
        require(actor, Perm.PARCEL_COUNTER)
        name = (shelf or "").strip().upper()
        if name:
            settings = self.ctx.reader.read()
            if not SHELF_NAME.fullmatch(name) or settings.shelf(name) is None:
                raise InvalidInput("parcel.slot_unknown", slot=name[:12])
        sid = new_id()
        with self.ctx.store.write(actor=actor.username, action="stocktake.start", entity="stocktake",
                                  entity_id=sid) as tx:
            busy = tx.conn.execute("SELECT id FROM stocktakes WHERE status = 'open'").fetchone()
            if busy is not None:
                raise Refused("stocktake.already_open", stocktake=busy[0])
            tx.execute("INSERT INTO stocktakes (id, shelf, status, started_at, started_by) VALUES (?, ?, 'open', ?, ?)",
                       (sid, name, tx.now_iso, actor.username))
            tx.change("stocktakes", sid, "create", _payload(tx, sid))
            tx.summary.update(shelf=name)
        return self.get(actor, sid)

    def scan(self, actor: Actor, stocktake_id: str, scanned: str) -> ScanResult:
        """Record one parcel seen on the shelf (its tracking number, or its pickup-code label).
        Scanning the same parcel again changes nothing and says ``duplicate``."""
        return self.scan_many(actor, stocktake_id, [scanned])[0]

    def scan_many(self, actor: Actor, stocktake_id: str, scans: Sequence[str]) -> list[ScanResult]:
        """Record several scans in one operation (all or none: a label that cannot be read fails
        the whole batch). Repeats are reported as ``duplicate`` and not written again."""
        require(actor, Perm.PARCEL_COUNTER)
        try:
            return self._scan(actor, stocktake_id, scans)
        except _OnlyDuplicates as dup:
            return dup.results

    def _scan(self, actor: Actor, stocktake_id: str, scans: Sequence[str]) -> list[ScanResult]:
        with self.ctx.store.write(actor=actor.username, action="stocktake.scan", entity="stocktake",
                                  entity_id=stocktake_id) as tx:
            st = self._open(tx, stocktake_id)
            tx.entity_id = st["id"]
            results: list[ScanResult] = []
            count = st["scanned"]
            for text in scans:
                tracking, status, code = self._identify(tx, text)
                dup = tx.conn.execute("SELECT 1 FROM stocktake_scans WHERE stocktake_id = ? AND tracking = ?",
                                      (st["id"], tracking)).fetchone() is not None
                if not dup:
                    tx.execute("INSERT INTO stocktake_scans (stocktake_id, tracking, scanned_at, scanned_by)"
                               " VALUES (?, ?, ?, ?)", (st["id"], tracking, tx.now_iso, actor.username))
                    count += 1
                results.append(ScanResult(st["id"], tracking, status != "unknown", status, code, dup, count))
            fresh = [r.tracking for r in results if not r.duplicate]
            if not fresh:
                raise _OnlyDuplicates(results)
            tx.execute("UPDATE stocktakes SET scanned = ? WHERE id = ?", (count, st["id"]))
            tx.change("stocktakes", st["id"], "update", _payload(tx, st["id"], fresh[-1]))
            tx.summary.update(trackings=fresh)
        return results

    def finish(self, actor: Actor, stocktake_id: str) -> StocktakeView:
        """Compare and close: store and return the missing and unexpected parcels."""
        require(actor, Perm.PARCEL_COUNTER)
        with self.ctx.store.write(actor=actor.username, action="stocktake.finish", entity="stocktake",
                                  entity_id=stocktake_id) as tx:
            st = self._open(tx, stocktake_id)
            shelf_sql, params = ("AND p.shelf = ?", (st["shelf"],)) if st["shelf"] else ("", ())
            expected = tx.conn.execute(
                f"SELECT count(*) FROM parcels p WHERE p.status = 'in_station' {shelf_sql}", params).fetchone()[0]
            tx.execute(
                "INSERT INTO stocktake_findings (stocktake_id, tracking, kind, pickup_code, status)"
                f" SELECT ?, p.tracking, 'missing', p.pickup_code, p.status FROM parcels p WHERE p.status = 'in_station'"
                f" {shelf_sql} AND NOT EXISTS (SELECT 1 FROM stocktake_scans s WHERE s.stocktake_id = ?"
                " AND s.tracking = p.tracking)", (st["id"], *params, st["id"]))
            tx.execute(
                "INSERT INTO stocktake_findings (stocktake_id, tracking, kind, pickup_code, status)"
                " SELECT s.stocktake_id, s.tracking, 'unexpected', COALESCE(p.pickup_code, ''),"
                " COALESCE(p.status, 'unknown') FROM stocktake_scans s LEFT JOIN parcels p ON p.tracking = s.tracking"
                " WHERE s.stocktake_id = ? AND (p.id IS NULL OR p.status != 'in_station'"
                + (" OR p.shelf != ?)" if st["shelf"] else ")"), (st["id"], *params))
            counts = dict(tx.conn.execute("SELECT kind, count(*) FROM stocktake_findings WHERE stocktake_id = ?"
                                          " GROUP BY kind", (st["id"],)).fetchall())
            tx.execute("UPDATE stocktakes SET status = 'finished', finished_at = ?, finished_by = ?, expected = ?,"
                       " missing = ?, unexpected = ? WHERE id = ?",
                       (tx.now_iso, actor.username, expected, counts.get("missing", 0), counts.get("unexpected", 0),
                        st["id"]))
            tx.change("stocktakes", st["id"], "update", _payload(tx, st["id"]))
            tx.summary.update(expected=expected, missing=counts.get("missing", 0),
                              unexpected=counts.get("unexpected", 0))
        return self.get(actor, st["id"])

    def get(self, actor: Actor, stocktake_id: str) -> StocktakeView:
        """A stock-take with its findings once finished (``stocktake.not_found``)."""
        require(actor, Perm.PARCEL_READ)
        conn = self.ctx.store.conn
        row = conn.execute(_SELECT + " WHERE id = ?", ((stocktake_id or "").strip().lower(),)).fetchone()
        if row is None:
            raise NotFound("stocktake.not_found", stocktake=(stocktake_id or "")[:40])
        st = row_dict(_COLUMNS, row)
        found = [StocktakeFinding(*r) for r in conn.execute(
            "SELECT tracking, kind, pickup_code, status FROM stocktake_findings WHERE stocktake_id = ?"
            " ORDER BY pickup_code, tracking", (st["id"],))]
        return StocktakeView(st["id"], st["shelf"], st["status"], st["started_at"], st["started_by"], st["scanned"],
                             st["finished_at"], st["expected"], tuple(f for f in found if f.kind == "missing"),
                             tuple(f for f in found if f.kind == "unexpected"))

    def current(self, actor: Actor) -> StocktakeView | None:
        """The open stock-take, if any."""
        require(actor, Perm.PARCEL_READ)
        row = self.ctx.store.query_one("SELECT id FROM stocktakes WHERE status = 'open'")
        return None if row is None else self.get(actor, row[0])

    # -- helpers ---------------------------------------------------------------------------------
    def _open(self, tx: WriteTx, stocktake_id: str) -> dict[str, Any]:
        row = tx.conn.execute(_SELECT + " WHERE id = ?", ((stocktake_id or "").strip().lower(),)).fetchone()
        if row is None:
            raise NotFound("stocktake.not_found", stocktake=(stocktake_id or "")[:40])
        st = row_dict(_COLUMNS, row)
        if st["status"] != "open":
            raise Refused("stocktake.finished", stocktake=st["id"])
        return st

    def _identify(self, tx: WriteTx, scanned: str) -> tuple[str, str, str]:
        """(tracking, status or 'unknown', pickup code) of a scanned label."""
        if looks_like_code(scanned):
            row = tx.conn.execute("SELECT tracking, status, pickup_code FROM parcels WHERE pickup_code = ?"
                                  " AND status IN ('in_station', 'out_for_delivery')", (parse_code(scanned),)).fetchone()
            if row is None:
                raise NotFound("parcel.code_not_found", pickup_code=parse_code(scanned))
            return row[0], row[1], row[2]
        t = normalise_tracking(scanned)
        row = tx.conn.execute("SELECT status, pickup_code FROM parcels WHERE tracking = ?", (t,)).fetchone()
        return (t, row[0], row[1]) if row else (t, "unknown", "")


class _OnlyDuplicates(Exception):
    """Every scan was a repeat: roll back (nothing to write) and report."""

    def __init__(self, results: list[ScanResult]) -> None:
        super().__init__("only duplicate scans")
        self.results = results
