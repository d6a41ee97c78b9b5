"""Write path cost: one business row + change record + audit entry, durable (WAL, synchronous=FULL),
against a bare durable single-row commit on the same disk in the same run.

Target (issue 2): ratio ≤ 1.3×. Prints figures; asserts nothing.
Run: .venv/bin/python benchmarks/bench_writepath.py [N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.db.connection import open_connection  # noqa: E402
from app.core.ids import new_id  # noqa: E402
from app.core.station import Station  # noqa: E402
from app.paths import DataPaths  # noqa: E402

ROW = "INSERT INTO probe (id, tracking, phone, code, status, at) VALUES (?, ?, ?, ?, ?, ?)"
SCHEMA = ("CREATE TABLE probe (id TEXT PRIMARY KEY, tracking TEXT UNIQUE, phone TEXT, code TEXT, status TEXT,"
          " at TEXT)")


def row(i: int) -> tuple:
    return (new_id(), f"SF{i:013d}", "138****1234", f"A-1-{i % 10000:04d}", "in_station", "2026-06-01T00:00:00.000Z")


def bench(n: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="yyt-bench-"))
    bare = open_connection(tmp / "bare.db")
    bare.execute(SCHEMA)
    st = Station.create(DataPaths(tmp / "st"), code="CQBENCH1", name="bench", admin_username="admin",
                        admin_pin="135790")
    st.store.conn.execute(SCHEMA)
    bare_t: list[float] = []
    path_t: list[float] = []
    store = st.store
    for i in range(0, 2 * n, 2):  # interleaved op by op, so both see the same disk conditions
        r = row(i)
        t = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(ROW, r)
        bare.execute("COMMIT")
        bare_t.append(time.perf_counter() - t)
        r = row(i + 1)
        t = time.perf_counter()
        with store.write(actor="clerk", action="probe.add", entity="probe", entity_id=r[0]) as tx:
            tx.execute(ROW, r)
            tx.change("probe", r[0], "create", {"id": r[0], "tracking": r[1], "phone": r[2], "code": r[3],
                                                "status": r[4], "at": r[5]})
            tx.summary["code"] = r[3]
        path_t.append(time.perf_counter() - t)
    st.close()
    bare.close()

    def fmt(ts: list[float]) -> str:
        q = statistics.quantiles(ts, n=100)
        return f"{len(ts) / sum(ts):8.0f}/s  p50 {q[49] * 1e6:6.0f} µs  p99 {q[98] * 1e6:6.0f} µs"

    print(f"bare durable single-row commit        {fmt(bare_t)}")
    print(f"write path (row + outbox + audit)     {fmt(path_t)}")
    ratio = (sum(path_t) / len(path_t)) / (sum(bare_t) / len(bare_t))
    ratio_p50 = statistics.median(path_t) / statistics.median(bare_t)
    print(f"cost ratio (mean) {ratio:.2f}x   (median) {ratio_p50:.2f}x   target <= 1.30x")


if __name__ == "__main__":
    bench(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
