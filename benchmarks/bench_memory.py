"""Resident memory of the app with a million parcels, the main window open and a sync running
(issue 14's budget: ≤ 250 MB on the station PC).

1. a station with PARCELS parcels bulk-loaded by ``bench_parcels.bulk_load`` (the generator the
   other million-parcel benchmarks use) and CHANGES real check-ins waiting in the outbox;
2. the real hub (``python -m hub serve``) on 127.0.0.1, the station enrolled;
3. the real window offscreen at 1366×768 with its background tasks and the background sync
   driver, a clerk signed in; Parcels → Pickup looks a phone tail up, Today and Reports are
   opened; then a sync is started from the window and the run is waited for.

Steps 1–2 run in this process, step 3 in a child process of its own (the bulk load's memory must
not count). Prints the child's VmRSS (now) and VmHWM (the peak) from /proc/self/status before
Qt, after sign-in, after the screens and after the sync. Asserts nothing.

    .venv/bin/python benchmarks/bench_memory.py [PARCELS=1000000] [CHANGES=5000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("YYT_NO_LOG", "1")

import keyring  # noqa: E402

from app.core.station import Station  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from benchmarks.bench_parcels import counter_station  # noqa: E402
from benchmarks.bench_sync import _Memory  # noqa: E402 - the in-memory keyring the sync benchmark uses
from tests.helpers.hub_server import HubProcess  # noqa: E402
from tests.helpers.records import write_parcels  # noqa: E402

PIN = "135790"


def memory() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def show(stage: str) -> None:
    rss, peak = memory()
    print(f"{stage:<44} RSS {rss:7.1f} MB   peak {peak:7.1f} MB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("parcels", nargs="?", type=int, default=1_000_000)
    ap.add_argument("changes", nargs="?", type=int, default=5000)
    ap.add_argument("--dir", help="where to build the database (default: a temporary folder, removed)")
    ap.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)  # the child: station folder, hub URL, code
    args = ap.parse_args()
    keyring.set_keyring(_Memory())
    if args.measure:
        run(DataPaths(Path(args.measure[0])), *args.measure[1:])
        return
    root = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="yyt-bench-mem-"))
    hub = HubProcess(root / "hub", stall_s=30).start()
    try:
        paths, load_s = counter_station(root, "CQMEM001", "内存基准站", args.parcels, PIN)
        print(f"bulk load {args.parcels:,} parcels: {load_s:.1f} s", flush=True)
        st = Station.open(paths, auto_backup=False)
        write_parcels(st.store, args.changes, random.Random(3), per_tx=200)  # real changes to push
        st.close()
        enrolment = hub.storage.add_station("CQMEM001", "bench", "", _dt.datetime.now(_dt.UTC))
        # the app in a process of its own (it enrols there: its keyring is its own memory), so the
        # load above does not count
        subprocess.run([sys.executable, __file__, "--measure", str(paths.root), hub.url, enrolment], check=True)
    finally:
        hub.stop()
        hub.close_storage()
        if not args.dir:
            shutil.rmtree(root, ignore_errors=True)


def run(paths: DataPaths, hub_url: str, enrolment: str) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.ui.app import open_window

    show("before Qt (Python, the station's modules)")
    station = Station.open(paths, auto_backup=False)
    station.sync.enroll(station.users.authenticate("admin", PIN), hub_url, enrolment)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = open_window(app, station, "zh_CN", owns_station=True, synchronous=False, sounds=False,
                         full_screen_carrier=False, background_sync=True)
    window.resize(1366, 768)
    window.show()

    def pump_until(done, timeout_s: float = 300.0) -> None:  # noqa: ANN001
        deadline = time.perf_counter() + timeout_s
        while not done():
            if time.perf_counter() > deadline:
                raise RuntimeError("timed out")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    window.sign_in(station.users.authenticate("clerk", PIN))
    pump_until(lambda: window.tasks.pending == 0)
    show("window open, clerk signed in (Today)")
    window.shell.open("parcels")
    pickup = window.shell.current_page.open("pickup")
    pickup.find("0001")
    pump_until(lambda: window.tasks.pending == 0)
    for key in ("reports", "today"):
        window.shell.open(key)
        pump_until(lambda: window.tasks.pending == 0)
    show("Pickup by tail, Reports, Today shown")
    reports: list = []
    window.bus.sync_finished.connect(reports.append)
    pump_until(lambda: window.sync.sync_now() or bool(reports), 60)  # the driver may be running already
    pump_until(lambda: bool(reports))
    report = reports[-1]
    total = station.store.query_one("SELECT count(*) FROM parcels")[0]
    show(f"after a sync ({getattr(report, 'pushed', '?')} pushed)")
    print(f"database: {total:,} parcels; sync ok: {getattr(report, 'ok', '?')}; goal: RSS ≤ 250 MB")
    window.close()  # closeEvent: helpers stopped, the station closed
    app.processEvents()


if __name__ == "__main__":
    main()
