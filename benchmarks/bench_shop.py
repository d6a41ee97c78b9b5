"""The shop at scale, in ONE run:

1. a sale of 3 lines with first-expired-first-out allocation through the real service (validation,
   rules, allocation over several lots per product, sale + lines + moves, cash ledger, 2 change
   records, audit entry; durable: WAL + synchronous=FULL) against a bare durable single-row SQLite
   commit on the same disk, interleaved op by op (target ≤ 1.5×);
2. product search over 20,000 catalogue items (name, pinyin initials, EAN, registration number)
   through the service, p50/p99 (target p99 ≤ 5 ms), and the one-off index build;
3. the §27 ledger of 50,000 rows written as XLSX in constant memory (time, peak Python memory).

The 20,000 products are bulk-loaded with ``executemany`` straight into ``shop_products`` (they
stand for the platform's catalogue arriving by pull); everything measured goes through the
services. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/bench_shop.py [PRODUCTS] [SALES] [--dir DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.clock import iso_utc  # noqa: E402
from app.core.db.connection import open_connection  # noqa: E402
from app.core.exports import write_xlsx  # noqa: E402
from app.core.ids import new_id  # noqa: E402
from app.core.shop.ledgers import ledger_table  # noqa: E402
from app.core.station import Station  # noqa: E402
from app.core.validate.ean import ean13_check_digit  # noqa: E402
from app.messages.shop import LEDGER_NAMES, LEDGER_TITLES, LEDGER_WORDS  # noqa: E402
from app.paths import DataPaths  # noqa: E402

BARE_SCHEMA = "CREATE TABLE probe (id TEXT PRIMARY KEY, ref TEXT, qty INTEGER, amount INTEGER, at TEXT)"
BARE_ROW = "INSERT INTO probe (id, ref, qty, amount, at) VALUES (?, ?, ?, ?, ?)"
STEMS = ("复合肥", "尿素", "磷酸二铵", "硫酸钾", "有机肥", "吡虫啉", "阿维菌素", "草甘膦", "多菌灵", "代森锰锌", "高效氯氰菊酯",
         "吡唑醚菌酯", "杂交水稻种子", "玉米种子", "榨菜种子", "辣椒种子", "猪饲料", "鸡饲料", "鱼饲料", "喷雾器", "果树剪", "地膜",
         "生根粉", "石硫合剂", "波尔多液", "苯醚甲环唑", "嘧菌酯", "氯虫苯甲酰胺", "噻虫嗪", "毒死蜱")
MAKERS = ("重庆", "四川", "江苏", "山东", "湖北", "云南", "贵州", "浙江")
CATS = {"复合肥": "fertiliser", "尿素": "fertiliser", "磷酸二铵": "fertiliser", "硫酸钾": "fertiliser",
        "有机肥": "fertiliser", "猪饲料": "feed", "鸡饲料": "feed", "鱼饲料": "feed", "喷雾器": "tool", "果树剪": "tool",
        "地膜": "other"}


def ean(i: int) -> str:
    body = f"69{i:010d}"
    return body + str(ean13_check_digit(body))


def load_catalogue(db: Path, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """``n`` platform products straight into the table; returns (name, ean) of each."""
    conn = open_connection(db)
    rows, out = [], []
    now = iso_utc(__import__("datetime").datetime.now(__import__("datetime").UTC))
    for i in range(n):
        stem = STEMS[i % len(STEMS)]
        name = f"{rng.randint(1, 60)}%{stem}{rng.choice(('乳油', '可湿性粉剂', '悬浮剂', '颗粒', ''))} {i}号"
        code = ean(100_000 + i)
        cat = CATS.get(stem, "seed" if "种子" in stem else "pesticide")
        rows.append((new_id(), "platform", f"CAT-{i:06d}", name, cat, f"{rng.randint(1, 50)}kg", "袋",
                     rng.randint(100, 30000), code, f"PD2018{i % 10000:04d}", f"{rng.choice(MAKERS)}农资",
                     "", 0, None, 1, 0, now, "platform", now))
        out.append((name, code))
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO shop_products (id, source, platform_key, name, category, spec, unit, price_fen, ean,"
                     " reg_no, maker, ingredient, restricted, banned_from, active, low_stock, created_at, created_by,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()
    return out


def fmt(ts: list[float]) -> str:
    q = statistics.quantiles(ts, n=100)
    return f"{len(ts) / sum(ts):8.0f}/s  p50 {q[49] * 1e6:7.1f} µs  p99 {q[98] * 1e6:7.1f} µs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("products", nargs="?", type=int, default=20_000)
    ap.add_argument("sales", nargs="?", type=int, default=2_000)
    ap.add_argument("--dir")
    args = ap.parse_args()
    root = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="yyt-bench-shop-"))
    rng = random.Random(5)
    paths = DataPaths(root / "station")
    st = Station.create(paths, code="CQBENCH2", name="bench", admin_username="admin", admin_pin="135790")
    st.close()
    catalogue = load_catalogue(paths.db, args.products, rng)
    st = Station.open(paths, auto_backup=False)
    clerk = st.users.authenticate("admin", "135790")
    shop = st.shop

    # -- search --------------------------------------------------------------------------------------
    t = time.perf_counter()
    shop.catalogue.search(clerk, "fhf")
    build = time.perf_counter() - t
    from app.core.shop.pinyin import initials

    queries = []
    for _ in range(3000):
        name, code = rng.choice(catalogue)
        kind = rng.randrange(5)
        if kind == 0:
            queries.append(initials(name)[rng.randrange(0, 3):][:rng.randint(2, 4)])
        elif kind == 1:
            start = rng.randrange(0, max(1, len(name) - 3))
            queries.append(name[start:start + rng.randint(2, 4)])
        elif kind == 2:
            queries.append(code)
        elif kind == 3:
            queries.append(rng.choice(("f", "n", "吡", "种子", "pd2018")))
        else:
            queries.append("zzqx")  # no match: the whole index is scanned
    ts, hits = [], 0
    for q in queries:
        t = time.perf_counter()
        found = shop.catalogue.search(clerk, q, 20)
        ts.append(time.perf_counter() - t)
        hits += bool(found)
    print(f"search index build over {args.products:,} products: {build * 1e3:.0f} ms (once, then on a change)")
    print(f"product search (service, 20 results with stock)  {fmt(ts)}   {hits}/{len(ts)} found anything")
    print(f"product search p99: {statistics.quantiles(ts, n=100)[98] * 1e3:.3f} ms   target <= 5 ms")

    # -- sale of 3 lines with FEFO vs a bare durable commit -------------------------------------------
    products = [shop.catalogue.get(clerk, code).id for _, code in catalogue[:3]]
    for p in products:
        for k, days in enumerate((40, 200, 500)):
            shop.stock.stock_in(clerk, p, lot=f"L{k}", qty=1_000_000 if k else 3, produced="2025-01-01",
                                expires=f"{2027 + k}-0{k + 1}-15" if days else "", cost_fen=100, supplier="农资公司",
                                supplier_phone="023-68881234")
    st.cash.open(clerk, 100_000)
    bare = open_connection(root / "bare.db")
    bare.execute(BARE_SCHEMA)
    bare_t, sale_t = [], []
    for i in range(args.sales):
        t = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(BARE_ROW, (new_id(), f"S{i}", 3, 1000, iso_utc(st.store.clock.now())))
        bare.execute("COMMIT")
        bare_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        shop.sales.sell(clerk, [(products[0], 2), (products[1], 1), (products[2], 3)])
        sale_t.append(time.perf_counter() - t)
    bare.close()
    print(f"bare durable single-row commit       {fmt(bare_t)}")
    print(f"3-line sale with FEFO via the service {fmt(sale_t)}")
    print(f"sale cost ratio (mean) {statistics.fmean(sale_t) / statistics.fmean(bare_t):.2f}x   (median)"
          f" {statistics.median(sale_t) / statistics.median(bare_t):.2f}x   target <= 1.50x")

    # -- 50,000-row XLSX in constant memory ----------------------------------------------------------
    row = next(iter(shop.ledgers.rows(clerk, "sales")))
    n = 50_000
    rows = ({**row, "sale_number": i} for i in range(n))
    table = ledger_table("sales", rows, titles=LEDGER_TITLES, words=LEDGER_WORDS, title=LEDGER_NAMES["sales"],
                         fields=[("站点", "bench")])
    tracemalloc.start()
    t = time.perf_counter()
    write_xlsx(table, root / "sales.xlsx")
    took = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"XLSX of {n:,} ledger rows: {took:.1f} s, {(root / 'sales.xlsx').stat().st_size / 1e6:.1f} MB,"
          f" peak Python memory {peak / 1e6:.1f} MB (constant_memory)")
    st.close()
    if not args.dir:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
