"""Parcels at scale: 1,000,000 parcels in the station database, then in ONE run

1. check-in through the real service (validation, slot, code, parcel row, parcel + notice change
   records, audit entry; durable: WAL + synchronous=FULL) against a bare durable single-row
   SQLite commit on the same disk, interleaved op by op (target ≤ 1.5×);
2. pickup lookups by code and by phone tail, p99, through the service (what the pickup screen
   calls: parse, indexed query, display-ready view) and as the bare indexed SQL (target ≤ 1 ms);
3. the search over every parcel (issue 15) through the service — by tracking number, a tracking
   prefix, a phone tail, a full phone, a pickup code, a full name and a surname — and one parcel's
   history, p50 and p99 each.

The 1,000,000 parcels are bulk-loaded with ``executemany`` in large transactions straight into
the parcels table (sealed as the app writes them), on purpose bypassing the write path: they stand for a year of history, and a
year of change records and audit entries is not what is measured here. Everything measured after
the load goes through the real services. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/bench_parcels.py [PARCELS] [CHECKINS] [--dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import itertools
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402

from app.core.clock import iso_utc  # noqa: E402
from app.core.db.connection import open_connection  # noqa: E402
from app.core.db.store import Store  # noqa: E402
from app.core.ids import new_id  # noqa: E402
from app.core.parcels.records import PARCEL_COLUMNS  # noqa: E402
from app.core.station import Station  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from benchmarks.bench_sync import _Memory  # noqa: E402 - the benchmarks' in-memory keyring

SHELVES = [{"shelf": s, "layers": 5, "capacity": 300} for s in "ABCDEFGH"]  # 12,000 places
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"
IN_STATION = 2_000  # parcels on the shelves when the benchmark starts (a busy station)
DAYS = 365
BARE_SCHEMA = ("CREATE TABLE probe (id TEXT PRIMARY KEY, tracking TEXT UNIQUE, phone TEXT, code TEXT,"
               " status TEXT, at TEXT)")
BARE_ROW = "INSERT INTO probe (id, tracking, phone, code, status, at) VALUES (?, ?, ?, ?, ?, ?)"


def _rows(total: int, start: _dt.datetime, rng: random.Random):  # noqa: ANN202
    """A year of parcels as tuples in PARCEL_COLUMNS order, oldest first; the newest IN_STATION
    are still on the shelves, the rest were picked up. Codes number the parcels 1…9999 round
    and round, as the station's counter does (unique per day and among held parcels)."""
    per_day = total / DAYS
    places = [(s["shelf"], layer) for s in SHELVES for layer in range(1, 6)]
    randrange = rng.randrange
    for i in range(total):
        day = min(DAYS - 1, int(i / per_day))
        at = start + _dt.timedelta(days=day, seconds=(i % 40_000))
        code_day = (at + _dt.timedelta(hours=8)).date().isoformat()
        shelf, layer = places[i % len(places)]
        held = i >= total - IN_STATION
        tail = f"{randrange(10_000):04d}"
        iso = iso_utc(at)
        surname = SURNAMES[randrange(len(SURNAMES))]
        # privacy waybills mask most names (张*); a third come whole (张伟)
        name = surname + (GIVEN[randrange(len(GIVEN))] if i % 3 == 0 else "*")
        yield (new_id(), f"SF{i:013d}", "sf", 1, f"138{randrange(10_000):04d}{tail}", tail, name, "", 0, shelf,
               layer, f"{shelf}-{layer}-{i % 9999 + 1:04d}", code_day, "in_station" if held else "picked_up",
               iso, "clerk", iso, 1, None, None if held else iso, None if held else "clerk",
               None if held else "code", None, None, None, None, None, None, None, None, iso,
               f"龙凤村{i % 9 + 1}组{i % 97 + 1}号" if i % 2 else "")


_PHONE, _NAME, _ADDRESS = (PARCEL_COLUMNS.index(c) for c in ("phone", "name", "address"))


def _sealed(rows, cipher):  # noqa: ANN001, ANN202
    """The rows with their personal values sealed and the name's keyed hash appended."""
    seal = cipher.seal
    for r in rows:
        r = list(r)
        name = r[_NAME]
        r[_PHONE], r[_NAME], r[_ADDRESS] = seal(r[_PHONE]), seal(name), seal(r[_ADDRESS])
        r.append(cipher.lookup(name))
        yield r


def counter_station(root: Path, code: str, name: str, parcels: int, pin: str = "135790") -> tuple[DataPaths, float]:
    """A closed station under ``root/station`` (admin and a clerk, both with ``pin``; the
    benchmark shelves) holding ``parcels`` bulk-loaded parcels; (its paths, the load's seconds)."""
    paths = DataPaths(root / "station")
    st = Station.create(paths, code=code, name=name, admin_username="admin", admin_pin=pin)
    admin = st.users.authenticate("admin", pin)
    st.users.add(admin, "clerk", "clerk", pin, "营业员")
    st.parcels.shelves.configure(admin, SHELVES)
    st.close()
    return paths, bulk_load(paths.db, parcels) if parcels else 0.0


def bulk_load(db: Path, total: int) -> float:
    """executemany in transactions of 100,000 rows straight into ``parcels`` (see the module doc),
    with most secondary indexes dropped during the load and built again after it."""
    rng = random.Random(7)
    conn = open_connection(db)
    conn.execute("PRAGMA synchronous = OFF")  # the load only; every measured write below is durable
    conn.execute("PRAGMA cache_size = -262144")  # 256 MB for the load
    # parcels_code_day stays: the held-code trigger looks codes up through it
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'parcels'"
                           " AND sql IS NOT NULL AND name != 'parcels_code_day'").fetchall()
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    insert = (f"INSERT INTO parcels ({', '.join(PARCEL_COLUMNS)}, name_hash)"
              f" VALUES ({', '.join('?' * (len(PARCEL_COLUMNS) + 1))})")
    start = _dt.datetime(2025, 6, 1, tzinfo=_dt.UTC)
    store = Store(db)
    cipher = store.cipher()  # the station's key (made now): the rows go in sealed, as the app writes them
    store.close()
    t = time.perf_counter()
    rows = _sealed(_rows(total, start, rng), cipher)
    while True:
        batch = list(itertools.islice(rows, 100_000))
        if not batch:
            break
        conn.execute("BEGIN")
        conn.executemany(insert, batch)
        conn.execute("COMMIT")
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("UPDATE parcel_slots SET last_number = 5000")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return time.perf_counter() - t


def fmt(ts: list[float]) -> str:
    q = statistics.quantiles(ts, n=100)
    return f"{len(ts) / sum(ts):8.0f}/s  p50 {q[49] * 1e6:7.1f} µs  p99 {q[98] * 1e6:7.1f} µs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("parcels", nargs="?", type=int, default=1_000_000)
    ap.add_argument("checkins", nargs="?", type=int, default=3_000)
    ap.add_argument("--dir", help="where to build the databases (default: a temporary folder)")
    args = ap.parse_args()
    keyring.set_keyring(_Memory())  # the station key (and the sealing of personal data) need a keyring
    root = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="yyt-bench-parcels-"))
    paths = DataPaths(root / "station")
    st = Station.create(paths, code="CQBENCH1", name="bench", admin_username="admin", admin_pin="135790")
    admin = st.users.authenticate("admin", "135790")
    st.parcels.shelves.configure(admin, SHELVES)
    st.close()

    load_s = bulk_load(paths.db, args.parcels)
    size_mb = paths.db.stat().st_size / 1e6
    print(f"bulk load {args.parcels:,} parcels: {load_s:.1f} s ({args.parcels / load_s:,.0f} rows/s),"
          f" database {size_mb:.0f} MB ({paths.db.stat().st_size / args.parcels:.0f} B/parcel)")

    st = Station.open(paths, auto_backup=False)
    clerk = st.users.authenticate("admin", "135790")
    parcels = st.parcels
    bare = open_connection(root / "bare.db")
    bare.execute(BARE_SCHEMA)
    rng = random.Random(11)
    bare_t: list[float] = []
    svc_t: list[float] = []
    for i in range(args.checkins):  # interleaved op by op: both see the same disk
        r = (new_id(), f"YT{i:013d}", "138****1234", f"A-1-{i % 10000:04d}", "in_station", iso_utc(st.store.clock.now()))
        t = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(BARE_ROW, r)
        bare.execute("COMMIT")
        bare_t.append(time.perf_counter() - t)
        tracking, phone = f"JT{i:013d}", f"139{rng.randrange(10**8):08d}"
        t = time.perf_counter()
        parcels.inbound.checkin(clerk, tracking, phone=phone)
        svc_t.append(time.perf_counter() - t)
    bare.close()
    print(f"bare durable single-row commit      {fmt(bare_t)}")
    print(f"check-in via the service            {fmt(svc_t)}")
    mean_ratio = statistics.fmean(svc_t) / statistics.fmean(bare_t)
    median_ratio = statistics.median(svc_t) / statistics.median(bare_t)
    print(f"check-in cost ratio (mean) {mean_ratio:.2f}x   (median) {median_ratio:.2f}x   target <= 1.50x")

    conn = st.store.conn
    held = [r[0] for r in conn.execute("SELECT pickup_code FROM parcels WHERE status = 'in_station'")]
    tails = [f"{rng.randrange(10_000):04d}" for _ in range(5_000)]
    codes = [rng.choice(held) for _ in range(5_000)]
    sql_code = ("SELECT * FROM parcels WHERE pickup_code = ? AND status IN ('in_station', 'out_for_delivery')")
    sql_tail = "SELECT * FROM parcels WHERE phone_tail = ? AND status = 'in_station'"
    figures = {}
    for name, fn, items in (
        ("lookup by code, bare SQL", lambda c: conn.execute(sql_code, (c,)).fetchall(), codes),
        ("lookup by code, service", lambda c: parcels.queries.by_code(clerk, c), codes),
        ("lookup by phone tail, bare SQL", lambda x: conn.execute(sql_tail, (x,)).fetchall(), tails),
        ("lookup by phone tail, service", lambda x: parcels.queries.by_phone_tail(clerk, x), tails),
    ):
        ts = []
        for item in items:
            t = time.perf_counter()
            fn(item)
            ts.append(time.perf_counter() - t)
        figures[name] = statistics.quantiles(ts, n=100)[98]
        print(f"{name:35s} {fmt(ts)}")
    worst = max(v for k, v in figures.items() if "service" in k)
    print(f"pickup lookup p99 through the service: {worst * 1e3:.3f} ms   target <= 1 ms")

    # the search over every parcel, what the Search tab and `parcel search` call
    total_now = conn.execute("SELECT count(*) FROM parcels").fetchone()[0]
    trackings = [f"SF{rng.randrange(args.parcels):013d}" for _ in range(2_000)]
    some = [rng.randrange(1, total_now) for _ in range(6_000)]
    phones = [conn.execute("SELECT yyt_open(phone) FROM parcels WHERE rowid = ?", (r,)).fetchone()[0] for r in some[:2_000]]
    names = [n for n in (conn.execute("SELECT yyt_open(name) FROM parcels WHERE rowid = ?", (r,)).fetchone()[0] for r in some)
             if n and "*" not in n][:2_000]
    search = parcels.search.search
    worst_search = 0.0
    for name, items in (
        ("search: tracking number", trackings),
        ("search: tracking prefix (SF + 8)", [t[:10] for t in trackings]),
        ("search: phone tail (4 digits)", tails[:2_000]),
        ("search: full phone", phones),
        ("search: pickup code", codes[:2_000]),
        ("search: full name (张伟 + 张*)", names),
        ("search: surname only (张)", [SURNAMES[i % len(SURNAMES)] for i in range(2_000)]),
        ("history of one parcel", trackings[:1_000]),
    ):
        fn = (lambda t: parcels.search.history(clerk, t)) if name.startswith("history") else (
            lambda x: search(clerk, x))
        ts = []
        for item in items:
            t = time.perf_counter()
            fn(item)
            ts.append(time.perf_counter() - t)
        p99 = statistics.quantiles(ts, n=100)[98]
        worst_search = max(worst_search, p99)
        print(f"{name:35s} {fmt(ts)}")
    print(f"search / history p99 through the service (worst kind): {worst_search * 1e3:.3f} ms"
          f" over {total_now:,} parcels")
    in_station = conn.execute("SELECT count(*) FROM parcels WHERE status = 'in_station'").fetchone()[0]
    total = conn.execute("SELECT count(*) FROM parcels").fetchone()[0]
    st.close()
    if args.dir:
        print(f"parcels now {total:,}, on the shelves {in_station:,}; data kept in {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)  # ~400 MB: not left behind by `make bench`
        print(f"parcels now {total:,}, on the shelves {in_station:,}; temporary data removed")


if __name__ == "__main__":
    main()
