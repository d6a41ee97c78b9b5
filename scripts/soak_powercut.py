#!/usr/bin/env python3
"""Power-cut soak (issue 13, part 6): SIGKILL a station at random instants, many times, and prove
that nothing is ever half-written, lost or counted twice.

    .venv/bin/python scripts/soak_powercut.py [--kills 1000] [--seed 13] [--sync-share 0.25] [--keep DIR]

Each round starts a child process and SIGKILLs it after a random delay:

- a **writer** (this script with ``--worker``) loops over the writes of every service — parcel
  check-in and pickup, utility payments, shop sales, consignment intake, sale and settlement
  (statement and payout), cash in and out — each through ``store.write``;
- or a **sync** to a local hub (``tests.helpers.sync_victim``: killed at a random instant of a
  run of small batches, or right after a push answer and before its ack is recorded); now and then
  the hub is SIGKILLed too and restarted.

After every kill the station database must pass ``PRAGMA integrity_check``; every change record
(outbox) must belong to a committed transaction with its audit entry, every business row must have
its change record, outbox sequence numbers must be contiguous, and the audit chain must verify.
At the end one clean sync must leave the hub holding every change record of the station exactly
once. Prints the figures (kills, lost, doubled, integrity failures) and exits 1 if any is wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ADMIN_PIN, CLERK_PIN = "135790", "246802"
CODE = "CQSOAK0001"
# business tables whose every row must come with a change record: (table, outbox entity)
# (the outbox names a record by its table; a compacted change leaves its name in outbox_compacted)
PAIRED = ("parcels", "payments", "shop_sales", "consign_lots", "consign_moves", "consign_statements",
          "cash_movements")


# -- the writer (a child process) ------------------------------------------------------------------
def worker(data_dir: str, seed: int) -> None:
    """Loop over every service's writes until killed; print READY after the first commit."""
    from app.core.errors import YytError
    from app.core.shop.sales import BuyerInput
    from app.core.station import Station
    from app.paths import DataPaths

    st = Station.open(DataPaths.resolve(data_dir), auto_backup=False)
    clerk = st.users.authenticate("clerk", CLERK_PIN)
    meta = json.loads((Path(data_dir) / "soak.json").read_text())
    rng = random.Random(seed)
    cm = st.consignment

    def checkin() -> None:
        st.parcels.inbound.checkin(clerk, f"SF{rng.randrange(10**12, 10**13):013d}",
                                   phone=f"139{rng.randrange(10**8):08d}")

    def pickup() -> None:
        row = st.store.query_one("SELECT pickup_code FROM parcels WHERE status = 'in_station' "
                                 "ORDER BY random() LIMIT 1")
        if row:
            st.parcels.pickup.by_code(clerk, row[0])

    def pay() -> None:
        st.payments.take(clerk, "electricity", f"30{rng.randrange(10**8):08d}", rng.randrange(100, 50_000),
                         confirm_duplicate=True)

    def shop_sale() -> None:
        st.shop.sales.sell(clerk, [(meta["product"], str(rng.randrange(1, 4)))], BuyerInput(), safety_reminded=True)

    def intake() -> None:
        cm.intake.take_in(clerk, meta["farmer"], product="巫山脆李", grade="一级", unit="kg",
                          qty=str(rng.randrange(5, 40)), price_fen=800)

    def consign_sale() -> None:
        row = st.store.query_one("SELECT number FROM consign_lots ORDER BY number DESC LIMIT 1 OFFSET ?",
                                 (rng.randrange(3),))
        if row:
            cm.moves.sell(clerk, f"L{row[0]:06d}", str(rng.randrange(1, 3)), None)

    def settle() -> None:
        statement = cm.settlement.settle(clerk, meta["farmer"])
        if rng.random() < 0.7:
            cm.settlement.pay(clerk, statement.code)

    def cash() -> None:
        if rng.random() < 0.5:
            st.cash.cash_in(clerk, rng.randrange(100, 10_000), "补零钱")
        else:
            st.cash.cash_out(clerk, rng.randrange(100, 5_000), "存银行")

    ops = [(checkin, 5), (pickup, 3), (pay, 4), (shop_sale, 4), (intake, 2), (consign_sale, 4), (settle, 1),
           (cash, 2)]
    choices = [op for op, weight in ops for _ in range(weight)]
    ready = False
    while True:
        try:
            rng.choice(choices)()
        except YytError:
            continue  # a refusal (nothing to settle, not enough left): changes nothing
        if not ready:
            print("READY", flush=True)
            ready = True


# -- checks after a kill ---------------------------------------------------------------------------
def check_station(db: Path) -> list[str]:
    """What is wrong with the station database (empty: nothing)."""
    from app.core.db.audit import verify_chain

    problems: list[str] = []
    conn = sqlite3.connect(db, timeout=30)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity")
        # every change record belongs to a committed transaction: its audit entry (the transaction's
        # last row, the next audit HLC after the record's) carries the same timestamp
        audit = conn.execute("SELECT hlc, at FROM audit ORDER BY hlc").fetchall()
        hlcs = [a[0] for a in audit]
        import bisect

        for seq, hlc, at in conn.execute("SELECT seq, hlc, device_time FROM outbox ORDER BY seq"):
            i = bisect.bisect_right(hlcs, hlc)
            if i == len(hlcs) or audit[i][1] != at:
                problems.append(f"outbox {seq} without its audit entry")
                break
        seqs = [r[0] for r in conn.execute("SELECT seq FROM outbox ORDER BY seq")]
        if seqs and seqs != list(range(seqs[0], seqs[0] + len(seqs))):
            problems.append("outbox sequence has a hole")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        named = set(conn.execute("SELECT entity, entity_id FROM outbox UNION SELECT entity, entity_id"
                                 " FROM outbox_compacted").fetchall())  # (no index on these: one pass)
        for table in PAIRED:
            if table not in tables:
                continue
            orphan = sum((table, row[0]) not in named
                         for row in conn.execute(f"SELECT id FROM {table}"))  # noqa: S608 - fixed names
            if orphan:
                problems.append(f"{orphan} {table} rows without a change record")
        result = verify_chain(conn)
        if not result.ok:
            problems.append(f"audit chain: {result}")
    finally:
        conn.close()
    return problems


# -- the soak ----------------------------------------------------------------------------------------
def setup(work: Path):  # noqa: ANN201
    import keyring

    from app.core.station import Station
    from app.core.sync.credentials import Credentials
    from app.paths import DataPaths
    from tests.helpers.hub_server import HubProcess
    from tests.helpers.shared_keyring import SharedKeyring

    # one keyring for this process and every child (token and station key: the data is sealed)
    os.environ["YYT_TEST_KEYRING"] = str(work / "keyring.json")
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.shared_keyring.SharedKeyring"
    keyring.set_keyring(SharedKeyring())
    hub = HubProcess(work / "hub", stall_s=2.0).start()
    import datetime as _dt

    paths = DataPaths(work / "station")
    st = Station.create(paths, code=CODE, name="断电测试站", admin_username="admin", admin_pin=ADMIN_PIN)
    admin = st.users.authenticate("admin", ADMIN_PIN)
    st.users.add(admin, "clerk", "clerk", CLERK_PIN, "张丽")
    clerk = st.users.authenticate("clerk", CLERK_PIN)
    st.cash.open(clerk, 500_000)
    product, _ = st.shop.catalogue.add(admin, name="复合肥", category="fertiliser", spec="50kg", unit="袋",
                                       price_fen=12_000)
    st.shop.stock.stock_in(admin, product.id, lot="SOAK1", qty="1000000", produced="2026-01-01",
                           expires="2030-12-31", cost_fen=9_000, supplier="供销社", supplier_phone="13800138000")
    farmer = st.consignment.farmers.add(clerk, name="何永福", phone="13512340000", village="龙凤村")
    (paths.root / "soak.json").write_text(json.dumps({"product": product.id, "farmer": farmer.code}))
    enrolment = hub.storage.add_station(CODE, "断电测试站", "龙凤镇", _dt.datetime.now(_dt.UTC))
    st.sync.enroll(admin, hub.url, enrolment)
    token = Credentials(CODE).get()
    return hub, st, token


def _kill_after(proc: subprocess.Popen, delay: float) -> bool:
    """SIGKILL ``proc`` after ``delay`` s (a sleep, then a short spin for the exact instant: the
    parent must not take a core from the child it is about to kill). False if it ended first."""
    deadline = time.perf_counter() + delay
    while (left := deadline - time.perf_counter()) > 0.002:
        if proc.poll() is not None:
            return False
        time.sleep(min(left - 0.001, 0.05))
    while time.perf_counter() < deadline:
        pass
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return proc.returncode == -signal.SIGKILL


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kills", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--sync-share", type=float, default=0.25, help="share of the kills that land in a sync")
    ap.add_argument("--hub-kill-share", type=float, default=0.1, help="share of sync kills that kill the hub too")
    ap.add_argument("--max-delay", type=float, default=0.25, help="latest kill after the writer is ready (s)")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    ap.add_argument("--worker", nargs=2, metavar=("DATA_DIR", "SEED"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        worker(args.worker[0], int(args.worker[1]))
        return 0
    os.environ["YYT_NO_LOG"] = "1"
    work = args.keep or Path(tempfile.mkdtemp(prefix="yyt-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    hub, st, token = setup(work)
    data_dir = st.paths.root
    db = st.store.path
    st.close()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a stopped soak stops its hub too
    try:
        rng = random.Random(args.seed)
        figures = {"kills": 0, "writer_kills": 0, "sync_kills": 0, "hub_kills": 0, "not_killed": 0,
                   "integrity_failures": 0, "pairing_failures": 0, "chain_failures": 0}
        first_problems: list[str] = []
        started = time.monotonic()
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        while figures["kills"] < args.kills:
            if rng.random() < args.sync_share:
                mode = "kill_after_response" if rng.random() < 0.4 else "run"
                extra = {"YYT_TEST_BATCH": str(rng.choice((5, 10, 25)))}
                proc = subprocess.Popen([sys.executable, "-m", "tests.helpers.sync_victim", str(data_dir), token, mode,
                                         str(rng.randrange(1, 4))], cwd=ROOT, env={**env, **extra},
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                if mode == "run":
                    killed = _kill_after(proc, rng.uniform(0.3, 1.6))  # the victim's start takes ≈ 0.3 s
                else:
                    proc.wait()
                    killed = proc.returncode == -signal.SIGKILL
                if killed and rng.random() < args.hub_kill_share:
                    hub.restart()
                    figures["hub_kills"] += 1
                kind = "sync_kills"
            else:
                proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker", str(data_dir),
                                         str(rng.randrange(2**31))], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True)
                line = proc.stdout.readline().strip()
                killed = line == "READY" and _kill_after(proc, rng.uniform(0.0, args.max_delay))
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                proc.stdout.close()
                kind = "writer_kills"
            if not killed:
                figures["not_killed"] += 1
                if figures["not_killed"] > args.kills:
                    print("soak: the child processes end before they can be killed", file=sys.stderr)
                    return 1
                continue
            figures["kills"] += 1
            figures[kind] += 1
            problems = check_station(db)
            for p in problems:
                key = ("integrity_failures" if p == "integrity" else "chain_failures" if p.startswith("audit")
                       else "pairing_failures")
                figures[key] += 1
            if problems and len(first_problems) < 10:
                first_problems.append(f"kill {figures['kills']} ({kind}): {'; '.join(problems)}")
            if figures["kills"] % 50 == 0:
                print(f"  {figures['kills']} kills, {time.monotonic() - started:.0f} s", flush=True)
        figures.update(final_sync(data_dir, token, hub))
        figures["seconds"] = round(time.monotonic() - started)
    finally:
        hub.stop()
        hub.close_storage()
    print(json.dumps(figures, ensure_ascii=False))
    for p in first_problems:
        print("  " + p)
    bad = (figures["lost"] or figures["doubled"] or figures["foreign"] or figures["integrity_failures"]
           or figures["pairing_failures"] or figures["chain_failures"] or not figures["final_audit_verify"])
    print(f"kills: {figures['kills']} (writes {figures['writer_kills']}, sync {figures['sync_kills']}, "
          f"hub {figures['hub_kills']}) · change records: {figures['station_changes']} · lost: {figures['lost']} · "
          f"doubled: {figures['doubled']} · integrity failures: {figures['integrity_failures']} · "
          f"pairing failures: {figures['pairing_failures']} · chain failures: {figures['chain_failures']}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


def final_sync(data_dir: Path, token: str, hub) -> dict:  # noqa: ANN001
    """One clean sync, then every change record of the station on the hub exactly once."""
    import keyring

    from app.core.station import Station
    from app.core.sync.credentials import SERVICE
    from app.paths import DataPaths

    keyring.get_keyring().set_password(SERVICE, CODE, token)
    st = Station.open(DataPaths.resolve(str(data_dir)), auto_backup=False)
    try:
        for _ in range(5):
            report = st.sync.run_once("soak")
            if report.ok and st.sync.status().pending == 0:
                break
        station_ids = [r[0] for r in st.store.query("SELECT change_id FROM outbox")]
        pending = st.sync.status().pending
    finally:
        st.close()
    records = hub.storage.records(CODE)
    hub_ids = [r["change_id"] for r in records]
    state = hub.storage.push_state(CODE, 0, 0)
    rejected = len(state.rejected) if isinstance(state.rejected, list) else int(state.rejected or 0)
    audit = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--json", "--user", "admin",
                            "audit", "verify"], cwd=ROOT, capture_output=True, text=True,
                           env={**os.environ, "YYT_PIN": ADMIN_PIN})
    return {"station_changes": len(station_ids), "hub_records": len(hub_ids), "pending_after_sync": pending,
            "lost": len(set(station_ids) - set(hub_ids)), "doubled": len(hub_ids) - len(set(hub_ids)),
            "foreign": len(set(hub_ids) - set(station_ids)), "rejected": rejected,
            "final_audit_verify": audit.returncode == 0}


if __name__ == "__main__":
    sys.exit(main())
