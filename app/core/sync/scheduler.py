"""When the next background sync should start (Qt-free; the window polls it from a timer).

A sync is due: on a regular interval; a few seconds after a local write (several writes in a row
make one sync); at once when the link comes back or the user presses "sync now". After a failed
run it waits an exponentially growing, jittered, capped delay, and keeps retrying forever.
Times are ``time.monotonic`` seconds: the device clock may be wrong by years.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable


class SyncScheduler:
    def __init__(self, *, interval_s: float = 300.0, write_delay_s: float = 5.0, base_backoff_s: float = 5.0,
                 max_backoff_s: float = 900.0, rng: random.Random | None = None,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.interval_s = interval_s
        self.write_delay_s = write_delay_s
        self.base_backoff_s = base_backoff_s
        self.max_backoff_s = max_backoff_s
        self._rng = rng or random.Random()
        self._now = monotonic
        self._lock = threading.Lock()
        self._next = self._now()  # a first sync right after start-up
        self.failures = 0
        self.backoff_until: float | None = None

    # -- inputs ----------------------------------------------------------------------------------
    def note_local_write(self) -> None:
        """A business write committed: sync shortly (not before a running backoff ends)."""
        with self._lock:
            soon = self._now() + self.write_delay_s
            if self.backoff_until is not None:
                soon = max(soon, self.backoff_until)
            self._next = min(self._next, soon)

    def note_link_up(self) -> None:
        """The network came back: sync now, whatever the backoff said."""
        self.request_now()

    def request_now(self) -> None:
        """The "sync now" button."""
        with self._lock:
            self._next = self._now()
            self.backoff_until = None

    def note_success(self) -> None:
        with self._lock:
            self.failures = 0
            self.backoff_until = None
            self._next = self._now() + self.interval_s

    def note_failure(self) -> float:
        """A run failed on the link or the hub: wait :meth:`backoff_s` before the next. Returns the delay."""
        with self._lock:
            self.failures += 1
            delay = self.backoff_s(self.failures)
            self.backoff_until = self._now() + delay
            self._next = self.backoff_until
            return delay

    # -- outputs ---------------------------------------------------------------------------------
    def backoff_s(self, failures: int) -> float:
        """``min(cap, base·2^(n−1))`` scaled by a random factor in [0.5, 1] ("equal jitter"), so
        a thousand stations cut off together do not all come back in the same second."""
        ceiling = min(self.max_backoff_s, self.base_backoff_s * (2 ** min(max(failures - 1, 0), 30)))
        return ceiling * (0.5 + 0.5 * self._rng.random())

    def due(self, now: float | None = None) -> bool:
        with self._lock:
            return (self._now() if now is None else now) >= self._next

    def seconds_until_due(self) -> float:
        with self._lock:
            return max(0.0, self._next - self._now())

    def started(self) -> None:
        """A run began: the next one is at least an interval away unless something asks sooner."""
        with self._lock:
            self._next = self._now() + self.interval_s
