"""Pulling platform records: pages since an opaque cursor, each applied with its cursor in one
local transaction; a 410 (cursor too old) starts a snapshot.

Snapshot: the station reads the latest version of every record from the start of the hub's log
(``snapshot=true`` leaves out superseded versions; a withdrawal that is the latest version comes
too and deletes the record) under a new generation number; when the last page is in, records the
snapshot did not confirm are deleted (they were withdrawn meanwhile).
A kill in the middle resumes the snapshot from its stored cursor.
"""

from __future__ import annotations

import json
import logging
import threading

from ..db.store import SYSTEM_ACTOR, Store, WriteTx
from ..errors import YytError
from ..sealing import SEALED_STREAMS
from .client import CursorExpiredError, HubClient
from .model import SyncReport
from .protocol import PULL_PAGE
from .push import note_clock
from .state import LocalState, restart_snapshot, set_meta
from .streams import handlers

log = logging.getLogger(__name__)

MAX_SNAPSHOT_RESTARTS = 3


class Puller:
    def __init__(self, store: Store, client: HubClient, station: str, report: SyncReport,
                 cancel: threading.Event | None = None, page: int = PULL_PAGE) -> None:
        self.store = store
        self.state = LocalState(store)
        self.client = client
        self.station = station
        self.report = report
        self.cancel = cancel or threading.Event()
        self.page = page

    def run(self) -> None:
        """Pull pages until the hub has nothing more (or the run is cancelled)."""
        restarts = 0
        while not self.cancel.is_set():
            cursor = self.state.meta("sync.pull_cursor", "") or ""
            in_snapshot = cursor == "" or self.state.meta("sync.in_snapshot", "0") == "1"
            try:
                page = self.client.pull(self.station, cursor, self.page, in_snapshot)
            except CursorExpiredError:
                restarts += 1
                if restarts > MAX_SNAPSHOT_RESTARTS:
                    raise YytError("sync.protocol", status=410, detail="snapshot keeps expiring") from None
                self._start_snapshot()
                continue
            note_clock(self.store, self.report, page)
            self._apply(page, in_snapshot)
            if not page.get("more"):
                break

    def _start_snapshot(self) -> None:
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.snapshot", entity="platform_records") as tx:
            tx.summary["generation"] = restart_snapshot(tx)

    def _apply(self, page: dict, in_snapshot: bool) -> None:
        """One page and its cursor, in one transaction (action ``sync.pull``). No change records:
        the station never edits a platform record."""
        records = page.get("records", [])
        finishing = in_snapshot and not page.get("more")
        if not records and not finishing and page["cursor"] == self.state.meta("sync.pull_cursor", ""):
            return  # nothing new: no write, no audit entry
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.pull", entity="platform_records") as tx:
            tx.observe_remote(page["hlc"])
            row = tx.execute("SELECT value FROM meta WHERE key = 'sync.snapshot_gen'").fetchone()
            gen = int(row[0]) if row else 0
            if in_snapshot and row is None:  # the very first pull is a snapshot too
                gen = 1
                set_meta(tx, "sync.snapshot_gen", gen)
                set_meta(tx, "sync.in_snapshot", 1)
            for rec in records:
                self._apply_record(tx, rec, gen)
            set_meta(tx, "sync.pull_cursor", page["cursor"])
            dropped = 0
            if finishing:
                dropped = self._finish_snapshot(tx, gen)
            tx.summary.update(records=len(records), snapshot=in_snapshot, dropped=dropped)
        self.report.pulled += len(records)
        self.report.pages += 1

    def _apply_record(self, tx: WriteTx, rec: dict, gen: int) -> None:
        stream, key, payload = str(rec["stream"]), str(rec["key"]), rec.get("payload")
        handler = handlers().get(stream)
        if payload is None:
            tx.execute("DELETE FROM platform_records WHERE stream = ? AND key = ?", (stream, key))
            if handler is not None and handler.remove is not None:
                handler.remove(tx, key)
            return
        tx.execute(
            "INSERT INTO platform_records (stream, key, payload, version, hlc, received_at, snapshot_gen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (stream, key) DO UPDATE SET payload = excluded.payload,"
            " version = excluded.version, hlc = excluded.hlc, received_at = excluded.received_at,"
            " snapshot_gen = excluded.snapshot_gen",
            (stream, key, tx.seal(payload) if stream in SEALED_STREAMS else payload, int(rec.get("v", 0)),
             str(rec.get("hlc", "")), tx.now_iso, gen))
        if handler is not None:
            try:
                data = json.loads(payload)
            except ValueError:
                data = None
            handler.apply(tx, key, data if isinstance(data, dict) else {})

    def _finish_snapshot(self, tx: WriteTx, gen: int) -> int:
        """Drop what the finished snapshot did not confirm (and what each record caused, through
        its stream's handler); returns how many records went."""
        known = handlers()
        for stream, key in tx.execute("SELECT stream, key FROM platform_records WHERE snapshot_gen < ?",
                                      (gen,)).fetchall():
            handler = known.get(stream)
            if handler is not None and handler.remove is not None:
                handler.remove(tx, key)
        dropped = tx.execute("DELETE FROM platform_records WHERE snapshot_gen < ?", (gen,)).rowcount
        set_meta(tx, "sync.in_snapshot", 0)
        return dropped
