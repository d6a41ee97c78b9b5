"""The sync module's settings (registered in the station's typed settings registry)."""

from __future__ import annotations

from ..settings import Setting, register

INTERVAL = "sync.interval_s"
STALL = "sync.stall_timeout_s"
BATCH_MAX = "sync.batch_max"
RETAIN_DAYS = "sync.retain_days"

for _setting in (
    Setting(INTERVAL, int, 300, "Seconds between background syncs", 30, 86_400),
    Setting(STALL, int, 30, "Give up a request when no byte moves for this many seconds", 5, 600),
    Setting(BATCH_MAX, int, 2000, "Largest number of change records sent in one batch", 20, 5000),
    Setting(RETAIN_DAYS, int, 90, "Days acknowledged change records are kept (to refill a restored platform)",
            90, 3650),
):
    register(_setting)
