"""Cold start to a usable login screen, in a fresh interpreter each time (target ≤ 0.5 s).

For each run the parent starts ``python`` and times until the child reports the login screen
shown and painted (interpreter start, imports, opening and migrating the station, translations,
the window). Beside it: an empty interpreter and a bare Qt window, the floor the app stands on.
Offscreen Qt platform (no display here). Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from app.main import main
t_import = time.perf_counter()
window = main(["--data-dir", sys.argv[1]], exec=False)
t_window = time.perf_counter()
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
window.grab()  # the login screen, painted
t_ready = time.perf_counter()
heavy = [m for m in ("httpx", "barcode", "qrcode", "sqlite_utils", "PIL", "app.core.sync", "app.ui.printing")
         if m in sys.modules]
print(json.dumps({"import_s": t_import - t0, "window_s": t_window - t_import, "paint_s": t_ready - t_window,
                  "in_process_s": t_ready - t0, "users": window.login.users.count(), "heavy": heavy}), flush=True)
window.shutdown()
"""

QT_CHILD = r"""
import json, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("hello"); w.show(); app.processEvents(); w.grab()
print(json.dumps({"in_process_s": time.perf_counter() - t0}), flush=True)
"""


def timed(code: str, *args: str) -> tuple[float, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(60)
    return elapsed, (json.loads(line) if line.strip() else {})


def summary(name: str, values: list[float]) -> str:
    return (f"{name:<42} median {statistics.median(values) * 1000:7.1f} ms   min {min(values) * 1000:7.1f}"
            f"   max {max(values) * 1000:7.1f}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from app.core.demo import build_demo
    from app.paths import DataPaths

    with tempfile.TemporaryDirectory(prefix="yyt-bench-") as tmp:
        paths = DataPaths(Path(tmp) / "station")
        build_demo(paths).close()
        timed(APP_CHILD, str(paths.root))  # warm-up: the day's first backup, .qm compile, OS file cache
        python, qt, app, inner = [], [], [], []
        details: list[dict] = []
        for _ in range(args.runs):
            python.append(timed("print('{}', flush=True)")[0])
            qt.append(timed(QT_CHILD)[0])
            elapsed, info = timed(APP_CHILD, str(paths.root))
            app.append(elapsed)
            inner.append(info["in_process_s"])
            details.append(info)
    print(f"cold start to a usable login screen, fresh interpreter, {args.runs} runs (offscreen):")
    print(summary("empty Python interpreter", python))
    print(summary("bare Qt window (import + show + paint)", qt))
    print(summary("app: login screen shown and painted", app))
    print(summary("  of which inside the interpreter", inner))
    for key in ("import_s", "window_s", "paint_s"):
        print(summary(f"    {key[:-2]}", [d[key] for d in details]))
    print(f"target ≤ 500 ms: median {'met' if statistics.median(app) <= 0.5 else 'NOT met'}")
    print(f"modules loaded at start-up that start-up does not need: {details[-1]['heavy'] or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
