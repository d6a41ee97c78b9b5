"""Pushing the outbox: reconcile with the hub, then ordered batches until nothing is left.

The rules (docs/sync-protocol.md, "Push"):

- The station marks records acknowledged only up to the hub's ``acked_through`` and never past the
  last row it sent while rows it has not sent lie below the hub's mark, in one local transaction
  per answer (with the dead letters, re-seats and the hub's clock).
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
from dataclasses import dataclass

from ..db.codec import sha256_hex
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


@dataclass(frozen=True)
class Batch:
    """Outbox rows after ``after`` and their compressed push body."""

    after: int
    rows: list
    body: bytes

    @property
    def last(self) -> int:
        return self.rows[-1][0]


class Pusher:
    """One run's push: :meth:`reconcile`, then :meth:`run` (batches), adding to ``report``.
    ``prefetch``: a one-thread executor that keeps the link busy (see :meth:`run`)."""

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
        self._attempts = 0  # tries of the current batch (stalls)
        self._gaps = 0  # 409s this run
        self._remaining = 0  # rows still to send, for the batches' ``pending``

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

        Per batch: :meth:`send` it, and meanwhile (on the ``prefetch`` thread when there is one, so
        the link stays busy) :meth:`record` the previous answer and read the next batch. Answers are
        recorded strictly in order, each in its own local transaction; after a failed batch the
        previous answer is recorded first and the run goes on from the stored mark."""
        self.reconcile()
        self._remaining = self.state.pending()[0]
        batch = self.next_batch(self.state.acked_through())
        answered: tuple[Batch, dict] | None = None  # sent, its answer not recorded yet
        job: Future | None = None
        try:
            while batch.rows and not self.cancel.is_set():
                job = self._meanwhile(answered, batch)
                answered = None
                try:
                    answer = self.send(batch)
                except (Unreachable, BodyTooLarge, GapError) as exc:
                    job.result()  # the previous answer is recorded first
                    self._after_failure(exc, len(batch.rows))
                    batch = self.next_batch(self.state.acked_through())
                    continue
                following = job.result()
                answered = (batch, answer)
                if not following.rows:  # recording this answer may add rows (re-seats): look again
                    self.record(*answered)
                    answered = None
                    following = self.next_batch(batch.last)
                batch = following
            if answered is not None:
                self.record(*answered)
        finally:
            if job is not None:  # whatever failed, the helper has finished before the run ends
                job.exception()

    def next_batch(self, after: int, remaining: int | None = None) -> Batch:
        """The rows after ``after`` (at most the current batch size), encoded and compressed;
        ``remaining``: how many rows wait after ``after`` (for the body's ``pending``). Safe on the
        prefetch thread (the store gives it its own connection)."""
        rows = self.state.rows_after(after, self.sizer.size)
        if not rows:
            return Batch(after, rows, b"")
        pending = max(0, (self._remaining if remaining is None else remaining) - len(rows))
        return Batch(after, rows, gzip_bytes(encode_batch(rows, pending=pending, sent_at=self._device_now())))

    def _meanwhile(self, answered: tuple[Batch, dict] | None, sending: Batch) -> Future:
        """Record ``answered`` (if any), then read the batch after ``sending``: on the prefetch
        thread while ``sending`` is on the wire, or here and now without one. (Outbox rows never
        change and new ones come last, so a batch read ahead stays right.)"""
        remaining = self._remaining - len(sending.rows)

        def job() -> Batch:
            if answered is not None:
                self.record(*answered)
            return self.next_batch(sending.last, remaining)

        if self.prefetch is not None:
            return self.prefetch.submit(job)
        done: Future = Future()
        try:
            done.set_result(job())
        except Exception as exc:
            done.set_exception(exc)
        return done

    def send(self, batch: Batch) -> dict:
        """POST one batch; the hub's answer (typed errors for a failed link, a gap, a 413)."""
        started = time.monotonic()
        answer = self.client.push(self.station, batch.body, packed=True)
        self.sizer.grow(time.monotonic() - started)
        self._attempts = 0
        self._remaining = max(0, self._remaining - len(batch.rows))
        return answer

    def _after_failure(self, exc: Exception, sent: int) -> None:
        """Shrink, retry (the caller goes on from the stored mark) or give up after a failed batch."""
        if isinstance(exc, Unreachable):
            self._attempts += 1
            if exc.code != "sync.stalled" or self._attempts >= MAX_ATTEMPTS:
                raise exc
            self.sizer.shrink()
            log.info("push stalled; batch now %d", self.sizer.size)
        elif isinstance(exc, BodyTooLarge):
            self.sizer.shrink()
            if sent <= MIN_BATCH:
                raise YytError("sync.protocol", status=413, detail="batch too large") from None
        elif isinstance(exc, GapError):
            self._gaps += 1
            if self._gaps > MAX_GAPS:
                raise YytError("sync.protocol", status=409, detail=f"expected {exc.expected_seq}") from None
            if exc.expected_seq - 1 < self.state.acked_through():
                log.warning("hub expects seq %d, below our ack mark: refilling it", exc.expected_seq)
            self.reconcile()  # it lost records (lower our mark) or holds more than we knew

    def record(self, batch: Batch, answer: dict) -> None:
        """Record one batch's answer in one local transaction: dead letters, re-seats, the hub's
        clock, and the ack mark.

        The mark never passes the last row sent unless the outbox holds no row between that row
        and the hub's mark: the hub answers with its own mark when a batch holds only records it
        has (a restored station), and rows in between that it has never seen must still be sent
        (in this run, or after the next run's reconcile). Nothing is recorded, and the run stops
        (``sync.outbox_replaced``), when the rows sent are no longer in the outbox (the database
        was replaced under the running sync)."""
        # the hash of what was sent (the opened text: a sealed row's stored hash is over its sealed text)
        sent = [(r[0], r[1], sha256_hex(r[5])) for r in batch.rows]
        if answer.get("digest") != digest(sent):
            raise YytError("sync.digest_mismatch", first_seq=sent[0][0], last_seq=batch.last)
        hub_acked = int(answer["acked_through"])
        reseat = [int(seq) for seq in answer.get("reseat", [])]
        refused = list(answer.get("rejected", [])) + list(answer.get("conflicts", []))
        if hub_acked < batch.last and not reseat:
            raise YytError("sync.protocol", status=200, detail=f"acked {hub_acked} < sent {batch.last}")
        self._note_clock(answer)
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.ack", entity="outbox") as tx:
            if self.state.lines(sent[0][0] - 1, batch.last, tx.conn) != sent:
                raise Refused("sync.outbox_replaced", first_seq=sent[0][0], last_seq=batch.last)
            tx.observe_remote(answer["hlc"])
            for item in refused:
                self.state.dead_letter(tx, int(item["seq"]), item["change_id"], item["code"])
            if hub_acked > self.state.last_seq(tx.conn):
                self.state.bump_sequence(tx, hub_acked)  # re-seated rows go above the hub's mark
            for seq in reseat:
                self.state.reseat(tx, seq)
            mark = min(hub_acked, batch.last)
            if hub_acked > batch.last and tx.execute("SELECT 1 FROM outbox WHERE seq > ? AND seq <= ? LIMIT 1",
                                                     (batch.last, hub_acked)).fetchone() is None:
                mark = hub_acked  # nothing of ours lies in between: take the hub's mark
            set_meta(tx, "acked_through", mark)
            tx.summary.update(acked_through=mark, hub_acked=hub_acked, applied=answer["applied"],
                              duplicates=answer["duplicates"], rejected=len(refused), reseat=len(reseat))
        r = self.report
        r.pushed += int(answer["applied"])
        r.duplicates += int(answer["duplicates"])
        r.rejected += len(refused)
        r.acked_through = mark
        r.batches += 1

    # -- clocks ----------------------------------------------------------------------------------
    def _device_now(self) -> str:
        from ..clock import iso_utc

        return iso_utc(self.store.clock.now())

    def _note_clock(self, answer: dict) -> None:
        note_clock(self.store, self.report, answer)


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
