"""The sync engine: enrolment, one sync run (push then pull), status, consistency, bundles.

Qt-free. The window runs :meth:`SyncEngine.run_once` on a worker thread and polls
:meth:`SyncEngine.status` (local reads only); a :class:`~app.core.sync.scheduler.SyncScheduler`
says when a run is due. Never two runs at once: a run takes the station's sync lock (this process
and every other one on the same data folder) or returns ``result='busy'`` at once.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..db.store import SYSTEM_ACTOR, Store
from ..errors import InvalidInput, NotAllowed, Refused, Unreachable, YytError
from ..outbox_stats import read_outbox_stats
from ..users.model import Actor
from ..users.permissions import Perm, require
from .client import HubClient, check_hub_url
from .credentials import Credentials, keyring_backend
from .hub_address import choose_hub
from .lock import SyncLock
from .model import Consistency, DeadLetter, SyncReport, SyncStatus
from .protocol import PULL_PAGE
from .pull import Puller
from .push import BatchSizer, Pusher
from .scheduler import SyncScheduler
from .state import RETAIN_DAYS, SKEW_WARNING_S, LocalState, set_meta

log = logging.getLogger(__name__)


class SyncEngine:
    """Sync for one station database. Thread-safe: every method may run on any thread (the store
    gives each thread its own connection); runs are serialised by the sync lock."""

    def __init__(self, store: Store, lock_path: Path, *, stall_s: float = 30.0, batch_max: int = 2000,
                 retain_days: int = RETAIN_DAYS) -> None:
        self.store = store
        self.state = LocalState(store)
        self.lock = SyncLock(lock_path)
        self.sizer = BatchSizer(maximum=batch_max)
        self.stall_s = stall_s
        self.retain_days = retain_days
        self.pull_page = PULL_PAGE
        self.online: bool | None = None
        self._prefetch: ThreadPoolExecutor | None = None

    # -- facts -----------------------------------------------------------------------------------
    @property
    def station_code(self) -> str:
        return self.store.query_one("SELECT code FROM station")[0]

    def hub_url(self) -> str | None:
        return self.state.meta("sync.hub_url") or None

    def _token(self) -> str:
        if not self.hub_url():
            raise Refused("sync.not_enrolled")
        token = Credentials(self.station_code).get()
        if not token:
            raise NotAllowed("sync.token_missing", station_code=self.station_code)
        return token

    def _client(self, url: str) -> HubClient:
        """A client for ``url`` (chosen by :meth:`_choose_hub`) carrying the station's token."""
        return HubClient(url, self._token(), stall_s=self.stall_s)

    def _choose_hub(self, hub_url: str | None, trusted_by: Actor | None) -> str:
        """The address the token may go to (see :mod:`.hub_address`); raises before anything is sent."""
        return choose_hub(self.store, self.hub_url(), self.state.meta("sync.hub_id"), hub_url,
                          trusted_by=trusted_by, stall_s=self.stall_s)

    # -- enrolment -------------------------------------------------------------------------------
    def enroll(self, actor: Actor | None, hub_url: str, enrolment_code: str) -> dict[str, Any]:
        """Exchange a one-time code from ``hub station add`` for this station's token, kept in the
        OS keyring (``sync.no_keyring`` before the code is spent when there is none). The hub's
        address is stored in the database; the token never is. Wrong or used code: exit 6
        (``sync.enroll_refused``); hub unreachable: exit 7.

        The one-time code is the credential (as CLI.md's ``enroll --hub --code`` has it): no user is
        needed. When a signed-in ``actor`` is given it must be an admin, and the enrolment is
        audited under their name (else under ``system``)."""
        if actor is not None:
            require(actor, Perm.ENROLL)
        url = check_hub_url(hub_url)
        code = (enrolment_code or "").strip()
        if not code or len(code) > 32:
            raise InvalidInput("sync.enroll_code_invalid")
        keyring_backend()  # fail before spending the one-time code
        station = self.station_code
        with HubClient(url, None, stall_s=self.stall_s) as client:
            answer = client.enroll(station, code)
        if answer.get("station_code") != station or not answer.get("token"):
            raise YytError("sync.protocol", status=200, detail="enrolment answer")
        Credentials(station).set(answer["token"])
        who = actor.username if actor is not None else SYSTEM_ACTOR
        with self.store.write(actor=who, action="sync.enroll", entity="station", entity_id=station) as tx:
            tx.observe_remote(answer["hlc"])
            previous_hub = tx.execute("SELECT value FROM meta WHERE key = 'sync.hub_id'").fetchone()
            set_meta(tx, "sync.hub_url", url)
            set_meta(tx, "sync.hub_id", answer["hub_id"])
            set_meta(tx, "sync.enrolled_at", tx.now_iso)
            if previous_hub is not None and previous_hub[0] != answer["hub_id"]:
                set_meta(tx, "sync.pull_cursor", "")  # another platform log: read it from the start
            tx.summary.update(hub=url, hub_id=answer["hub_id"])
        return {"station_code": station, "hub_url": url, "hub_id": answer["hub_id"]}

    def set_hub_url(self, hub_url: str) -> None:
        """Point an enrolled station at another address of the same hub (system)."""
        url = check_hub_url(hub_url)
        with self.store.write(actor=SYSTEM_ACTOR, action="sync.hub_url", entity="station") as tx:
            set_meta(tx, "sync.hub_url", url)
            tx.summary["hub"] = url

    # -- a run -----------------------------------------------------------------------------------
    def run_once(self, trigger: str = "manual", cancel: threading.Event | None = None,
                 hub_url: str | None = None, *, push: bool = True, pull: bool = True,
                 trusted_by: Actor | None = None) -> SyncReport:
        """Push, then pull, until nothing is left, the link fails or ``cancel`` is set. Never
        raises for a failed link or a refused token: the report says ``failed`` with the error
        (and the run is recorded). Returns at once, recording nothing, with ``result='busy'``
        when another sync runs, or ``failed`` with ``sync.not_enrolled`` before enrolment, or
        with the refusal of ``hub_url`` when it is not the enrolled hub (see
        :func:`~app.core.sync.hub_address.choose_hub`; ``trusted_by`` an admin's explicit override)."""
        cancel = cancel or threading.Event()
        try:  # not enrolled, or an address the token may not go to: nothing runs, nothing is recorded
            url = self._choose_hub(hub_url, trusted_by)
        except YytError as exc:
            return SyncReport(trigger=trigger, started_at="", result="failed", error=exc)
        if not self.lock.acquire():
            return SyncReport(trigger=trigger, started_at="", result="busy", error=Refused("sync.busy"))
        try:
            report = self.state.start_run(trigger)
            client: HubClient | None = None
            try:
                client = self._client(url)
                if push:
                    Pusher(self.store, client, self.station_code, report, self.sizer, cancel, self._prefetcher()).run()
                if pull and not cancel.is_set():
                    Puller(self.store, client, self.station_code, report, cancel, self.pull_page).run()
                report.result = "cancelled" if cancel.is_set() else "ok"
                self.online = True
            except YytError as exc:
                report.result, report.error = "failed", exc
                if isinstance(exc, Unreachable):
                    self.online = False
                log.info("sync run %s failed: %s", report.run_id, exc)
            except Exception as exc:
                report.result, report.error = "failed", YytError("internal", detail=f"{type(exc).__name__}: {exc}")
                log.exception("sync run %s crashed", report.run_id)
            finally:
                if client is not None:
                    report.bytes_up, report.bytes_down = client.bytes_up, client.bytes_down
                    client.close()
                report.pending = self.state.pending()[0]
                report.acked_through = self.state.acked_through()
                self.state.finish_run(report)
            if report.ok:
                self.state.compact(self.retain_days)
            return report
        finally:
            self.lock.release()

    def _prefetcher(self) -> ThreadPoolExecutor:
        """One long-lived helper thread (so one extra database connection) preparing batches."""
        if self._prefetch is None:
            self._prefetch = ThreadPoolExecutor(1, thread_name_prefix="sync-prefetch")
        return self._prefetch

    def attach_scheduler(self, scheduler: SyncScheduler) -> None:
        """Make local writes that create change records nudge ``scheduler`` (sync shortly after)."""
        self.store.add_commit_listener(lambda event: scheduler.note_local_write() if event.changes else None)

    # -- what the window shows -------------------------------------------------------------------
    def status(self) -> SyncStatus:
        """Backlog, oldest pending age, last success, dead letters, clock skew. Local reads only.
        The backlog figures are :func:`app.core.outbox_stats.read_outbox_stats` (what the status
        bar shows), so every screen agrees."""
        backlog = read_outbox_stats(self.store)
        last = self.state.last_run()
        skew = last.get("skew_ms") if last else None
        online = self.online
        if online is None and last is not None:
            online = last["result"] == "ok"
        return SyncStatus(
            enrolled=bool(self.hub_url()), hub_url=self.hub_url() or "", station_code=self.station_code,
            pending=backlog.pending, oldest_pending_at=backlog.oldest_pending_at,
            oldest_pending_age_s=backlog.oldest_pending_age_s, acked_through=backlog.acked_through,
            last_seq=self.state.last_seq(), last_success_at=backlog.last_success_at, last_run=last, online=online,
            dead_letters=self.state.dead_letter_count(), running=self.lock.held_elsewhere(),
            clock_skew_s=None if skew is None else round(skew / 1000),
            clock_warning=skew is not None and abs(skew) > SKEW_WARNING_S * 1000,
        )

    def dead_letters(self, limit: int = 200) -> list[DeadLetter]:
        return self.state.dead_letters(limit)

    def runs(self, limit: int = 50) -> list[dict[str, Any]]:
        return self.state.runs(limit)

    def check_consistency(self, hub_url: str | None = None, trusted_by: Actor | None = None) -> Consistency:
        """Compare distinct records per entity with ``hub counts`` (asks the hub: the enrolled one,
        or ``hub_url`` under the rule of :meth:`run_once`)."""
        with self._client(self._choose_hub(hub_url, trusted_by)) as client:
            answer = client.counts(self.station_code)
        hub_acked = int(answer["acked_through"])
        hub_counts = {str(k): int(v) for k, v in answer["counts"].items()}
        mine = self.state.counts(hub_acked)
        acked = self.state.acked_through()
        diff = {e: {"station": mine.get(e, 0), "hub": hub_counts.get(e, 0)}
                for e in sorted(set(mine) | set(hub_counts)) if mine.get(e, 0) != hub_counts.get(e, 0)}
        comparable = hub_acked == acked
        return Consistency(ok=comparable and not diff, comparable=comparable, station_acked_through=acked,
                           hub_acked_through=hub_acked, station_counts=mine, hub_counts=hub_counts, differences=diff)

    # -- bundles and upkeep ----------------------------------------------------------------------
    def export_bundle(self, actor: Actor | None, path: Path) -> dict[str, Any]:
        """Write the pending change records to a signed USB bundle (see :mod:`.bundle`). Like a
        sync, it may run without a signed-in user (``actor`` None: recorded as ``system``); a
        given user must hold ``sync.run``. Audited; nothing else changes."""
        from .bundle import export_bundle

        if actor is not None:
            require(actor, Perm.SYNC_RUN)
        token = self._token()
        result = export_bundle(self.store, self.station_code, token, Path(path))
        who = actor.username if actor is not None else SYSTEM_ACTOR
        with self.store.write(actor=who, action="sync.bundle_export", entity="outbox") as tx:
            tx.summary.update(changes=result["changes"], from_seq=result["from_seq"], to_seq=result["to_seq"],
                              file=Path(path).name)
        return result

    def compact(self, retain_days: int | None = None) -> int:
        """Compact acknowledged change records older than the retention (see LocalState.compact)."""
        return self.state.compact(self.retain_days if retain_days is None else retain_days)
