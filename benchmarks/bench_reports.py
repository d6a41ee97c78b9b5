"""Reports at scale: 1,000,000 parcels (400 days; 1 % returned), a year of payments, shop sales,
outbound shipments and consignment sales in the station database, then

1. the monthly subsidy report through the service (the month, its per-day series, the MoM and
   YoY baselines) — target ≤ 200 ms — against the naive full scan of the same figures
   (``strftime`` over every row: ~1 s);
2. the daily report through the service (every service's figures, overdue at the day's end) —
   target ≤ 100 ms — against a naive scan;
3. a 100,000-row XLSX export (the counted-records list of a month, and a 100,000-row table of the
   same shape) — target ≤ 10 s — with its peak Python memory.

The history is bulk-loaded with ``executemany`` straight into the tables (bypassing the write path
on purpose, as benchmarks/bench_parcels.py does: it stands for a year, not what is measured).
Everything measured goes through the real services. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/bench_reports.py [PARCELS] [--dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.clock import ManualClock, iso_utc  # noqa: E402
from app.core.db.connection import open_connection  # noqa: E402
from app.core.exports import write_export  # noqa: E402
from app.core.ids import new_id  # noqa: E402
from app.core.reports.book import records_table  # noqa: E402
from app.core.station import Station  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from benchmarks import bench_parcels  # noqa: E402
from benchmarks.bench_parcels import SHELVES, bulk_load  # noqa: E402

START = _dt.datetime(2025, 6, 1, tzinfo=_dt.UTC)  # bench_parcels' first day
DAYS = 400  # a year and a month: the month measured has both its MoM and its YoY baseline
bench_parcels.DAYS = DAYS
CATS = ("citrus", "herbs", "plum", "zhacai", "pepper", "other", "", "", "", "")
TYPES = ("electricity", "water", "gas", "mobile", "broadband")


def load_services(db: Path, parcels: int) -> dict[str, int]:
    """A year of the other services, bulk-loaded (see the module doc)."""
    rng = random.Random(3)
    conn = open_connection(db)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    # 1 % of the parcels went back to the sender, a week after they came
    conn.execute("UPDATE parcels SET status = 'returned', returned_at = strftime('%Y-%m-%dT%H:%M:%fZ', checked_in_at,"
                 " '+7 days'), picked_up_at = NULL, picked_up_by = NULL WHERE rowid % 100 = 7 AND status = 'picked_up'")
    sid = new_id()
    conn.execute("INSERT INTO shifts (id, number, username, status, opened_at, float_fen, closed_at, expected_fen,"
                 " counted_fen, diff_fen) VALUES (?, 1, 'admin', 'closed', ?, 20000, ?, 20000, 20000, 0)",
                 (sid, iso_utc(START), iso_utc(START)))
    seconds = DAYS * 86400
    shipments = []
    for i in range(parcels // 10):  # upstream: a tenth of the volume, 40 % of it produce
        at = iso_utc(START + _dt.timedelta(seconds=int(i * seconds / (parcels // 10))))
        cat = CATS[i % len(CATS)]
        shipments.append((new_id(), f"CQBENCH1{i:08d}0", "何*", "5001**********001X", "h", "13512340000", "何*",
                          "13698765432", "成都市锦江区春熙路8号", "四川", "2", 1000 + i % 5000, 1200, "v1", "土特产", 1,
                          1 if cat else 0, cat, at, "admin", at))
    conn.executemany("INSERT INTO shipments (id, waybill, sender_name, sender_id_masked, sender_id_hash, sender_phone,"
                     " to_name, to_phone, to_address, to_province, zone, weight_g, price_fen, tariff_version,"
                     " contents, prohibited_confirmed, produce, produce_category, accepted_at, accepted_by,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", shipments)
    pay = []
    for i in range(30_000):
        at = iso_utc(START + _dt.timedelta(seconds=int(i * seconds / 30_000)))
        pay.append((new_id(), i + 1, f"CQBENCH1P{i:09d}", TYPES[i % 5], "b", "0312556677", f"k{i % 500}",
                    1000 + rng.randrange(20_000), ("confirmed", "confirmed", "confirmed", "rejected", "refunded")[i % 5],
                    at, "admin", sid, at))
    conn.executemany("INSERT INTO payments (id, number, reference, type, biller, account, account_key, amount_fen,"
                     " status, created_at, created_by, shift_id, updated_at) VALUES"
                     " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pay)
    sales = []
    for i in range(20_000):
        when = START + _dt.timedelta(seconds=int(i * seconds / 20_000))
        at = iso_utc(when)
        sales.append((new_id(), i + 1, at, (when + _dt.timedelta(hours=8)).date().isoformat(), "admin",
                      500 + rng.randrange(30_000), 1 if i % 40 == 0 else 0))
    conn.executemany("INSERT INTO shop_sales (id, number, sold_at, sold_on, clerk, total_fen, restricted)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", sales)
    farmer = new_id()
    conn.execute("INSERT INTO consign_farmers (id, number, name, phone, phone_tail, created_at, created_by)"
                 " VALUES (?, 1, '何永福', '13512340000', '0000', ?, 'admin')", (farmer, iso_utc(START)))
    moves = []
    for n in range(DAYS // 7):  # a lot a week, 200 kg, sold 1 kg at a time
        lot = new_id()
        at0 = START + _dt.timedelta(days=7 * n)
        conn.execute("INSERT INTO consign_lots (id, number, farmer_id, product, category, grade, unit, qty, price_fen,"
                     " price_kind, commission_bp, return_by, received_at, received_by) VALUES"
                     " (?, ?, ?, '巫山脆李', ?, '一级', 'kg', 200000, 800, 'floor', 500, ?, ?, 'admin')",
                     (lot, n + 1, farmer, CATS[n % 6], (at0 + _dt.timedelta(days=30)).date().isoformat(), iso_utc(at0)))
        for k in range(150):
            at = iso_utc(at0 + _dt.timedelta(minutes=60 * k))
            moves.append((new_id(), lot, farmer, "sale", -1000, 800, 800, 500, 40, at, "admin"))
    conn.executemany("INSERT INTO consign_moves (id, lot_id, farmer_id, kind, qty_delta, unit_price_fen, gross_fen,"
                     " commission_bp, commission_fen, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", moves)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"shipments": len(shipments), "payments": len(pay), "shop_sales": len(sales), "consign_moves": len(moves)}


def timed(fn, runs: int) -> list[float]:  # noqa: ANN001
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def ms(ts: list[float]) -> str:
    return f"p50 {statistics.median(ts) * 1000:7.1f} ms  max {max(ts) * 1000:7.1f} ms  (n={len(ts)})"


NAIVE_MONTH = [
    "SELECT count(*) FROM parcels WHERE strftime('%Y-%m', checked_in_at, '+8 hours') = ?",
    "SELECT count(*) FROM parcels WHERE strftime('%Y-%m', returned_at, '+8 hours') = ?",
    "SELECT produce_category, count(*), sum(weight_g) FROM shipments WHERE strftime('%Y-%m', accepted_at, '+8 hours') = ?"
    " GROUP BY 1",
    "SELECT sum(gross_fen) FROM consign_moves WHERE strftime('%Y-%m', at, '+8 hours') = ?",
]
NAIVE_DAY = [
    "SELECT count(*) FROM parcels WHERE strftime('%Y-%m-%d', checked_in_at, '+8 hours') = ?",
    "SELECT count(*) FROM parcels WHERE strftime('%Y-%m-%d', picked_up_at, '+8 hours') = ?",
    "SELECT count(*) FROM parcels WHERE strftime('%Y-%m-%d', returned_at, '+8 hours') = ?",
    "SELECT count(*) FROM shipments WHERE strftime('%Y-%m-%d', accepted_at, '+8 hours') = ?",
    "SELECT type, status, count(*) FROM payments WHERE strftime('%Y-%m-%d', created_at, '+8 hours') = ? GROUP BY 1, 2",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("parcels", nargs="?", type=int, default=1_000_000)
    ap.add_argument("--dir", help="where to build the database (default: a temporary folder)")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    root = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="yyt-bench-reports-"))
    paths = DataPaths(root / "station")
    clock = ManualClock("2026-07-05T12:00:00Z")
    st = Station.create(paths, code="CQBENCH1", name="bench", admin_username="admin", admin_pin="135790", clock=clock)
    admin = st.users.authenticate("admin", "135790")
    st.parcels.shelves.configure(admin, SHELVES)
    st.close()
    t = time.perf_counter()
    bulk_load(paths.db, args.parcels)
    extra = load_services(paths.db, args.parcels)
    print(f"loaded {args.parcels:,} parcels, {extra} in {time.perf_counter() - t:.0f} s;"
          f" database {paths.db.stat().st_size / 1e6:.0f} MB")

    st = Station.open(paths, clock=clock, auto_backup=False)
    reports = st.reports
    month, day = "2026-06", "2026-06-18"
    subsidy = reports.subsidy(admin, month)
    print(f"subsidy {month}: downstream {subsidy.data['downstream']:,}, upstream {subsidy.data['upstream']:,}, "
          f"MoM {subsidy.data['mom']['downstream']['pct']} %, YoY available: {subsidy.data['yoy']['available']}")
    print(f"  monthly subsidy report (service)     {ms(timed(lambda: reports.subsidy(admin, month), args.runs))}"
          "   target ≤ 200 ms")
    conn = st.store.conn

    def naive_month() -> None:
        for m in (month, "2026-05", "2025-06"):
            for sql in NAIVE_MONTH:
                conn.execute(sql, (m,)).fetchall()

    print(f"  naive full scan of the same figures  {ms(timed(naive_month, 3))}")
    print(f"  daily report {day} (service)     {ms(timed(lambda: reports.daily(admin, day), args.runs))}"
          "   target ≤ 100 ms")
    print(f"  daily report today (service)          {ms(timed(lambda: reports.daily(admin), args.runs))}")
    print(f"  naive scan of the day's figures       {ms(timed(lambda: [conn.execute(s, (day,)).fetchall() for s in NAIVE_DAY], 3))}")

    def records(trace: bool) -> tuple[int, float, float]:
        """The month's counted records as XLSX: (rows, seconds, peak Python memory in MB — traced
        in a second pass only: tracemalloc slows Python several times)."""
        if trace:
            tracemalloc.start()
        t = time.perf_counter()
        with st.store.snapshot():
            table = records_table(reports.subsidy_records(admin, month), month)
            write_export(table, "xlsx", root / "records.xlsx")
        took = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1] / 1e6 if trace else 0.0
        tracemalloc.stop()
        return table.count, took, peak

    n, took, _ = records(False)
    peak = records(True)[2]
    print(f"  XLSX of the month's counted records: {n:,} rows in {took:.2f} s,"
          f" {(root / 'records.xlsx').stat().st_size / 1e6:.1f} MB, peak Python memory {peak:.1f} MB")
    rows = ({"kind": "downstream", "ref": f"SF{i:013d}", "at": "2026-06-18 09:00", "group": "picked_up",
             "weight_g": None, "amount_fen": None, "counts": 1} for i in range(100_000))
    t = time.perf_counter()
    write_export(records_table(rows, month), "xlsx", root / "t100k.xlsx")
    print(f"  XLSX of 100,000 rows (7 columns): {time.perf_counter() - t:.2f} s   target ≤ 10 s")
    st.close()


if __name__ == "__main__":
    main()
