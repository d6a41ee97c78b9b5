"""Scan to row visible on the real check-in screen, with a large database (target p99 ≤ 50 ms).

1. a station with 8 shelves × 5 layers × 300, and PARCELS parcels bulk-loaded by
   ``bench_parcels.bulk_load`` (a year of history straight into the table, as that benchmark
   explains; everything measured afterwards goes through the real services);
2. SCANS tracking numbers pre-advised (as sync writes them), so each scan is a whole check-in;
3. the real window offscreen — real background tasks (the database worker), no background sync —
   a clerk signed in on Parcels → Check in;
4. each scan is a synthetic scanner burst (every key of the number, then Enter) through the
   application's scanner filter; the clock runs from the first key until the row with that number
   tops the last-20 list and the window has painted it. Between scans the event loop idles for
   GAP ms (every 10th scan 600 ms, so the screens' debounced refreshes run in between too).

Prints p50, p95, p99 and max of scan → result on the GUI thread and of scan → row painted.
Asserts nothing.

    .venv/bin/python benchmarks/bench_scan_to_row.py [PARCELS=1000000] [SCANS=300] [--gap-ms 100] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("YYT_NO_LOG", "1")

from app.core.station import Station  # noqa: E402
from benchmarks.bench_parcels import counter_station  # noqa: E402

PIN = "135790"


def _preadvise(station: Station, trackings: list[str]) -> None:
    with station.store.write(actor="system", action="sync.pull", entity="parcel_preadvice") as tx:
        for i, t in enumerate(trackings):
            tx.execute("INSERT INTO parcel_preadvice (tracking, carrier, phone, name, sender, received_at)"
                       " VALUES (?, 'sf', ?, '', '', ?)", (t, f"139{i:08d}", tx.now_iso))
        tx.summary.update(stream="preadvice", records=len(trackings))


def _q(ts: list[float]) -> str:
    q = statistics.quantiles(ts, n=100, method="inclusive")
    return f"p50 {q[49] * 1e3:6.2f} ms  p95 {q[94] * 1e3:6.2f} ms  p99 {q[98] * 1e3:6.2f} ms  max {max(ts) * 1e3:6.2f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("parcels", nargs="?", type=int, default=1_000_000)
    ap.add_argument("scans", nargs="?", type=int, default=300)
    ap.add_argument("--gap-ms", type=int, default=100, help="event-loop idle time between scans")
    ap.add_argument("--dir", help="where to build the database (default: a temporary folder, removed)")
    args = ap.parse_args()

    from PySide6.QtCore import QEventLoop
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui.app import open_window

    root = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="yyt-bench-scan-"))
    paths, load_s = counter_station(root, "CQBENCH2", "扫码基准站", args.parcels, PIN)
    print(f"bulk load {args.parcels:,} parcels: {load_s:.1f} s")
    station = Station.open(paths, auto_backup=False)
    trackings = [f"SF{9000000000000 + i:013d}" for i in range(args.scans)]
    _preadvise(station, trackings)

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = open_window(app, station, "zh_CN", owns_station=True, synchronous=False, sounds=False,
                         full_screen_carrier=False, background_sync=False)
    window.show()
    window.sign_in(station.users.authenticate("clerk", PIN))
    window.shell.open("parcels")
    screen = window.shell.current_page.open("checkin")
    window.activateWindow()
    screen.tracking.setFocus()

    def pump_until(done, timeout_s: float = 10.0) -> None:  # noqa: ANN001
        deadline = time.perf_counter() + timeout_s
        while not done():
            if time.perf_counter() > deadline:
                raise RuntimeError("timed out waiting for the row")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    def idle(ms: int) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    pump_until(lambda: window.tasks.pending == 0)  # the screen's first read of its lists
    idle(300)
    arrived: dict[str, float] = {}
    window.feedback.shown.connect(lambda kind, text: arrived.setdefault(text, time.perf_counter()))
    to_result: list[float] = []
    to_row: list[float] = []
    failures = 0
    for i, tracking in enumerate(trackings):
        arrived.clear()
        t0 = time.perf_counter()
        QTest.keyClicks(screen.tracking, tracking)
        QTest.keyClick(screen.tracking, "\r")
        pump_until(lambda t=tracking: screen.recent.rowCount() > 0 and screen.recent.tracking_at(0) == t)
        screen.recent.viewport().repaint()  # painted, not only in the model
        t1 = time.perf_counter()
        if screen.banner.kind != "ok":
            failures += 1
        to_row.append(t1 - t0)
        to_result.append((min(arrived.values()) if arrived else t1) - t0)
        idle(600 if i % 10 == 9 else args.gap_ms)
    total = station.store.query_one("SELECT count(*) FROM parcels")[0]
    print(f"database: {total:,} parcels; {args.scans} scans, {failures} not checked in; gap {args.gap_ms} ms")
    print(f"scan -> result on the GUI thread    {_q(to_result)}")
    print(f"scan -> row painted in the list     {_q(to_row)}   target p99 <= 50 ms")
    window.close()
    window.shutdown()
    if not args.dir:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
