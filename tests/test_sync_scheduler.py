"""The Qt-free parts that decide when and how much: scheduler, backoff, batch size, the sync lock."""

from __future__ import annotations

import random
import subprocess
import sys

from app.core.sync.lock import SyncLock
from app.core.sync.push import BatchSizer
from app.core.sync.scheduler import SyncScheduler

from .conftest import ROOT


class FakeMonotonic:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def make(**kw) -> tuple[SyncScheduler, FakeMonotonic]:  # noqa: ANN003
    t = FakeMonotonic()
    return SyncScheduler(monotonic=t, rng=random.Random(1), **kw), t


def test_due_at_start_then_on_the_interval():
    s, t = make(interval_s=300)
    assert s.due()
    s.started()
    s.note_success()
    assert not s.due()
    t.t += 299
    assert not s.due()
    t.t += 1
    assert s.due()


def test_shortly_after_local_writes_and_at_once_on_button_or_link():
    s, t = make(interval_s=300, write_delay_s=5)
    s.note_success()
    s.note_local_write()
    assert not s.due() and 4.9 < s.seconds_until_due() <= 5
    t.t += 5
    assert s.due()
    s.note_success()
    s.request_now()
    assert s.due()
    s.note_success()
    s.note_link_up()
    assert s.due()


def test_backoff_grows_is_jittered_capped_and_retries_forever():
    s, t = make(base_backoff_s=5, max_backoff_s=600)
    delays = [s.note_failure() for _ in range(40)]
    assert 2.5 <= delays[0] <= 5 and 5 <= delays[1] <= 10 and 10 <= delays[2] <= 20
    assert all(300 <= d <= 600 for d in delays[10:])  # capped, never zero: retries go on
    assert len(set(delays)) == len(delays)  # jittered
    assert not s.due()
    s.note_local_write()  # a write does not cut a backoff short
    assert s.seconds_until_due() > 5
    s.note_link_up()  # the link coming back does
    assert s.due()
    s.note_success()
    assert s.failures == 0 and s.backoff_s(1) <= 5


def test_batch_size_adapts():
    b = BatchSizer(start=500, maximum=2000)
    b.grow(0.1)
    assert b.size == 750
    for _ in range(10):
        b.grow(0.1)
    assert b.size == 2000
    b.grow(60.0)  # slow: no growth
    assert b.size == 2000
    for _ in range(20):
        b.shrink()
    assert b.size == 20


def test_sync_lock_is_exclusive_across_threads_and_processes(tmp_path):
    path = tmp_path / "sync.lock"
    a, b = SyncLock(path), SyncLock(path)
    assert a.acquire()
    assert not b.acquire() and b.held_elsewhere()
    probe = "from app.core.sync.lock import SyncLock; import sys; sys.exit(0 if SyncLock(sys.argv[1]).acquire() else 3)"
    assert subprocess.run([sys.executable, "-c", probe, str(path)], cwd=ROOT).returncode == 3
    a.release()
    assert subprocess.run([sys.executable, "-c", probe, str(path)], cwd=ROOT).returncode == 0
    assert b.acquire() and not a.acquire()
    b.release()
    assert not a.held_elsewhere()
