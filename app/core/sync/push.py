"""Pushing the outbox: reconcile with the hub, then ordered batches until nothing is left.

The rules (docs/sync-protocol.md, "Push"):

- The station marks records acknowledged only up to the hub's ``acked_through``, in one local
  transaction per answer (with the dead letters, re-seats and the hub's clock).
- Before the first batch of a run it asks where the hub stands (``push-state``):
  the hub holds *less* than the station's ack mark → the hub was restored: re-push from its mark;
  the hub holds *more* → a lost answer, a USB bundle, or a restored/reinstalled station: if the
  digest of the records in between matches, they are acknowledged without sending them again;
  new records are numbered above the hub's mark (``sqlite_sequence`` is raised), so no number the
  hub holds is ever reused for another record.
- A record the hub refuses lands in ``dead_letters`` and the queue moves on; a record whose
  number the hub holds for another record is appended again under a new number.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Executor, Future

from ..db.store import SYSTEM_ACTOR, Store
from ..errors import Refused, Unreachable, YytError
from .client import BodyTooLarge, GapError, HubClient
from .model import SyncReport
from .protocol import MAX_BATCH, MIN_BATCH, START_BATCH, digest, encode_batch, gzip_bytes
from .state import LocalState, restart_snapshot, set_meta

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # tries of one batch within a run (the batch shrinks after each stall)
MAX_GAPS = 4


class BatchSizer:
    """Adaptive batch size: halves after a stall or a too-large answer, grows by half after a
    batch that went through quickly, within [MIN_BATCH, MAX_BATCH]."""

    def __init__(self, start: int = START_BATCH, maximum: int = 2000, slow_s: float = 10.0) -> None:
        self.maximum = max(MIN_BATCH, min(MAX_BATCH, maximum))
        self.size = max(MIN_BATCH, min(self.maximum, start))
        self.slow_s = slow_s

    def shrink(self) -> None:
        self.size = max(MIN_BATCH, self.size // 2)

    def grow(self, elapsed_s: float) -> None:
        if elapsed_s < self.slow_s:
            self.size = min(self.maximum, self.size + max(1, self.size // 2))


class Pusher:
    def __init__(self, store: Store, client: HubClient, station: str, report: SyncReport,
                 sizer: BatchSizer, cancel: threading.Event | None = None, prefetch: Executor | None = None) -> None:
        self.store = store
        self.state = LocalState(store)
        self.client = client
        self.station = station
        self.report = report
        self.sizer = sizer
        self.cancel = cancel or threading.Event()
        self.prefetch = prefetch

    # -- reconcile -------------------------------------------------------------------------------
    def reconcile(self) -> None:
        """Ask the hub where it stands and bring the local ack mark and numbering in line."""
        since, upto = self.state.acked_through(), self.state.last_seq()
        answer = self.client.push_state(self.station, since, upto)
        hub = int(answer["acked_through"])
        through = int(answer["digest_through"])
        self._note_clock(answer)
        if hub == since and hub <= upto and not answer.get("rejected"):
            self.report.acked_through = since
            return  # in step: nothing to write (an idle run leaves no audit entry here)
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.reconcile", entity="outbox") as tx:
            tx.observe_remote(answer["hlc"])
            acked, last = self.state.acked_through(tx.conn), self.state.last_seq(tx.conn)
            for item in answer.get("rejected", []):
                self.state.dead_letter(tx, int(item["seq"]), item["change_id"], item["code"])
            new_acked = acked
            if hub < acked:  # the hub lost records (restored from an older backup): refill it
                present = tx.execute("SELECT count(*) FROM outbox WHERE seq > ? AND seq <= ?", (hub, acked)).fetchone()[0]
                first = tx.execute("SELECT min(seq) FROM outbox").fetchone()[0]
                if first is None or first > hub + 1:
                    raise Refused("sync.hub_lost_compacted", from_seq=hub + 1, to_seq=acked, present=present)
                new_acked = hub
                restart_snapshot(tx)  # its platform log went back too: re-read it whole
            elif hub > acked and acked == since:
                lines = self.state.lines(since, through, tx.conn)
                if digest(lines) == answer["digest"]:
                    new_acked = hub if last <= through else through
                    self.report.already_there += len(lines)
            if hub > last:
                self.state.bump_sequence(tx, hub)
            if new_acked != acked:
                set_meta(tx, "acked_through", new_acked)
            tx.summary.update(hub_acked=hub, acked_from=acked, acked_to=new_acked, local_last=last)
        self.report.acked_through = new_acked

    # -- batches ---------------------------------------------------------------------------------
    def run(self) -> None:
        """Push until the outbox holds nothing unacknowledged, the run is cancelled, or the link
        fails (raised as a typed error; what was acknowledged so far stays acknowledged).

        With a ``prefetch`` thread the link is kept busy: while the hub works on one batch, that
        thread records the previous answer and prepares (reads, encodes, compresses) the next
        batch. Answers are still recorded strictly in order, each in its own transaction; after
        any failure the outstanding one is settled first and the run goes on from the stored mark."""
        self.reconcile()
        gaps = attempts = 0
        remaining = self.state.pending()[0]
        ahead: Future | None = None
        acking: Future | None = None
        after = self.state.acked_through()
        try:
            while not self.cancel.is_set():
                size = self.sizer.size
                batch = ahead.result() if ahead is not None else None
                ahead = None
                if batch is None or batch[0] != after or len(batch[1]) > size:
                    batch = self._prepare(after, size, remaining)
                _, rows, packed = batch
                if not rows and acking is not None:  # recording the last answer may add rows (re-seats)
                    _settle(acking)
                    acking = None
                    _, rows, packed = self._prepare(after, size, remaining)
                if not rows:
                    break
                if self.prefetch is not None and len(rows) == size:
                    ahead = self.prefetch.submit(self._prepare, rows[-1][0], self.sizer.size, remaining - len(rows))
                started = time.monotonic()
                try:
                    answer = self.client.push(self.station, packed, packed=True)
                except (Unreachable, BodyTooLarge, GapError) as exc:
                    _settle(acking)
                    acking = None
                    _settle(ahead)
                    ahead = None
                    attempts, gaps = self._after_failure(exc, len(rows), attempts, gaps)
                    after = self.state.acked_through()
                    continue
                attempts = 0
                _settle(acking)
                acking = None
                if self.prefetch is not None:
                    acking = self.prefetch.submit(self._apply_answer, rows, answer)
                else:
                    self._apply_answer(rows, answer)
                after = rows[-1][0]
                remaining = max(0, remaining - len(rows))
                self.sizer.grow(time.monotonic() - started)
        finally:
            _settle(ahead)
            _settle(acking)  # raises what recording the last answer raised, if anything

    def _after_failure(self, exc: Exception, sent: int, attempts: int, gaps: int) -> tuple[int, int]:
        """Shrink, retry or give up after a failed batch; returns the updated (attempts, gaps)."""
        if isinstance(exc, Unreachable):
            attempts += 1
            if exc.code != "sync.stalled" or attempts >= MAX_ATTEMPTS:
                raise exc
            self.sizer.shrink()
            log.info("push stalled; batch now %d", self.sizer.size)
        elif isinstance(exc, BodyTooLarge):
            self.sizer.shrink()
            if sent <= MIN_BATCH:
                raise YytError("sync.protocol", status=413, detail="batch too large") from None
        elif isinstance(exc, GapError):
            gaps += 1
            if gaps > MAX_GAPS:
                raise YytError("sync.protocol", status=409, detail=f"expected {exc.expected_seq}") from None
            self._after_gap(exc.expected_seq)
        return attempts, gaps

    def _prepare(self, after: int, size: int, remaining: int) -> tuple[int, list, bytes]:
        """(after, rows, gzip body) of the next batch. Safe on the prefetch thread (its own connection)."""
        rows = self.state.rows_after(after, size)
        if not rows:
            return after, rows, b""
        body = encode_batch(rows, pending=max(0, remaining - len(rows)), sent_at=self._device_now())
        return after, rows, gzip_bytes(body)

    def _after_gap(self, expected: int) -> None:
        """The hub expects ``expected`` next: it lost records (lower our mark) or holds more than
        we knew (reconcile again)."""
        if expected - 1 < self.state.acked_through():
            log.warning("hub expects seq %d, below our ack mark: refilling it", expected)
        self.reconcile()

    def _apply_answer(self, rows: list, answer: dict) -> None:
        """Record one batch's answer in one local transaction."""
        sent = [(r[0], r[1], r[6]) for r in rows]
        if answer.get("digest") != digest(sent):
            raise YytError("sync.digest_mismatch", first_seq=rows[0][0], last_seq=rows[-1][0])
        hub_acked = int(answer["acked_through"])
        if hub_acked < rows[-1][0] and not answer.get("reseat"):
            raise YytError("sync.protocol", status=200, detail=f"acked {hub_acked} < sent {rows[-1][0]}")
        self._note_clock(answer)
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.ack", entity="outbox") as tx:
            tx.observe_remote(answer["hlc"])
            for item in list(answer.get("rejected", [])) + list(answer.get("conflicts", [])):
                self.state.dead_letter(tx, int(item["seq"]), item["change_id"], item["code"])
            for seq in answer.get("reseat", []):
                self.state.reseat(tx, int(seq))
            set_meta(tx, "acked_through", hub_acked)
            tx.summary.update(acked_through=hub_acked, applied=answer["applied"], duplicates=answer["duplicates"],
                              rejected=len(answer.get("rejected", [])) + len(answer.get("conflicts", [])),
                              reseat=len(answer.get("reseat", [])))
        r = self.report
        r.pushed += int(answer["applied"])
        r.duplicates += int(answer["duplicates"])
        r.rejected += len(answer.get("rejected", [])) + len(answer.get("conflicts", []))
        r.acked_through = hub_acked
        r.batches += 1

    # -- clocks ----------------------------------------------------------------------------------
    def _device_now(self) -> str:
        from ..clock import iso_utc

        return iso_utc(self.store.clock.now())

    def _note_clock(self, answer: dict) -> None:
        note_clock(self.store, self.report, answer)


def _settle(future: Future | None) -> None:
    """Wait for a helper-thread job; re-raise its error."""
    if future is not None:
        future.result()


def note_clock(store: Store, report: SyncReport, answer: dict) -> None:
    """Keep the hub's receive time and the device clock's offset from it on the report."""
    from ..clock import parse_utc

    hub_time = answer.get("hub_time")
    if not hub_time:
        return
    report.hub_time = hub_time
    try:
        skew = int((store.clock.now() - parse_utc(hub_time)).total_seconds() * 1000)
    except ValueError:
        return
    report.skew_ms = skew
    if abs(skew) > 300_000 and "clock_skew" not in report.warnings:
        report.warnings.append("clock_skew")
