"""Payments at the counter and the shift close.

1. The cost of a payment at the counter (``PaymentService.take``: every rule, the duplicate and cap
   checks, the reference, the payment row, its change record, the cash movement and its change
   record, the audit entry — one durable transaction) against a bare durable single-row commit on
   the same disk in the same run, interleaved op by op. Target: ≤ 1.5×.
2. A shift close over 10,000 movements (the blind close: expected figure, Z lines, the payments'
   Z sections, the content hash, the closing write). Target: ≤ 50 ms.

Prints figures; asserts nothing. Run: .venv/bin/python benchmarks/bench_payments.py [N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.cash import expected_cash  # noqa: E402
from app.core.db.connection import open_connection  # noqa: E402
from app.core.ids import new_id  # noqa: E402
from app.core.station import Station  # noqa: E402
from app.paths import DataPaths  # noqa: E402

ROW = "INSERT INTO probe (id, ref, account, amount_fen, status, at) VALUES (?, ?, ?, ?, ?, ?)"
SCHEMA = "CREATE TABLE probe (id TEXT PRIMARY KEY, ref TEXT UNIQUE, account TEXT, amount_fen INTEGER, status TEXT, at TEXT)"
MOVEMENTS = 10_000


def fmt(ts: list[float]) -> str:
    q = statistics.quantiles(ts, n=100)
    return f"{len(ts) / sum(ts):8.0f}/s  p50 {q[49] * 1e6:6.0f} µs  p99 {q[98] * 1e6:6.0f} µs"


def station(tmp: Path, name: str) -> tuple[Station, object]:
    st = Station.create(DataPaths(tmp / name), code="CQBENCH1", name="bench", admin_username="admin",
                        admin_pin="135790")
    admin = st.users.authenticate("admin", "135790")
    st.settings.set(admin, "payments.max_pending_yuan", 10_000_000)
    st.settings.set(admin, "payments.max_pending_hours", 24 * 60)
    return st, admin


def bench_counter(n: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="yyt-bench-pay-"))
    bare = open_connection(tmp / "bare.db")
    bare.execute(SCHEMA)
    st, admin = station(tmp, "st")
    st.cash.open(admin, 20000)
    bare_t: list[float] = []
    pay_t: list[float] = []
    bare_cpu: list[float] = []
    pay_cpu: list[float] = []
    cpu = time.process_time
    take = st.payments.take
    for i in range(n):  # interleaved op by op, so both see the same disk conditions
        r = (new_id(), f"R{i:010d}", f"{i:010d}", 100 + i % 5000, "pending", "2026-06-01T00:00:00.000Z")
        t, c = time.perf_counter(), cpu()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(ROW, r)
        bare.execute("COMMIT")
        bare_t.append(time.perf_counter() - t)
        bare_cpu.append(cpu() - c)
        account = f"{i:010d}"
        t, c = time.perf_counter(), cpu()
        take(admin, "electricity", account, 100 + i % 5000)
        pay_t.append(time.perf_counter() - t)
        pay_cpu.append(cpu() - c)
    st.close()
    bare.close()
    print(f"bare durable single-row commit          {fmt(bare_t)}")
    print(f"payment at the counter (pay)            {fmt(pay_t)}")
    ratio = statistics.fmean(pay_t) / statistics.fmean(bare_t)
    ratio_p50 = statistics.median(pay_t) / statistics.median(bare_t)
    print(f"cost ratio (mean) {ratio:.2f}x   (median) {ratio_p50:.2f}x   target <= 1.50x")
    print(f"CPU per operation (mean): bare {statistics.fmean(bare_cpu) * 1e6:.0f} µs,"
          f" payment {statistics.fmean(pay_cpu) * 1e6:.0f} µs (the rest is waiting for the disk)")


def bench_close(rounds: int = 3) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="yyt-bench-close-"))
    st, admin = station(tmp, "st")
    times = []
    for r in range(rounds):
        shift = st.cash.open(admin, 20000)
        third = MOVEMENTS // 3
        with st.store.write(actor="admin", action="bench.fill") as tx:  # the ledger as a busy day leaves it
            from app.core.cash import Kind, Service, record_cash

            for i in range(MOVEMENTS - 2 * third - 1):
                record_cash(tx, admin, service=Service.SHOP, kind=Kind.SALE, amount_fen=100 + i % 900)
            for i in range(third):
                record_cash(tx, admin, service=Service.PARCELS, kind=Kind.FEE, amount_fen=800 + i % 400)
        for i in range(third):  # real payments: their Z sections read the payments table
            st.payments.take(admin, "electricity", f"{r}{i:09d}", 100 + i % 5000)
        n = st.store.query_one("SELECT count(*) FROM cash_movements WHERE shift_id = ?", (shift.id,))[0]
        expected = expected_cash(st.store.conn, shift.id)
        t = time.perf_counter()
        z = st.cash.close(admin, expected)
        times.append(time.perf_counter() - t)
        assert z.expected_fen == expected
        print(f"shift close over {n:,} movements ({z.extras['payments_pending']['count']:,} payments pending):"
              f" {times[-1] * 1000:6.1f} ms")
    print(f"shift close median {statistics.median(times) * 1000:.1f} ms   target <= 50 ms")
    st.close()


if __name__ == "__main__":
    bench_counter(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
    bench_close()
