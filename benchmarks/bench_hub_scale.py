"""The platform at province scale: N stations (default 1,000) against the real hub
(``python -m hub serve --workers W``) on 127.0.0.1, on PostgreSQL and on SQLite.

Each station is registered and enrolled with its own token, then, concurrently with every
other (at most ``--in-flight`` requests at once, loopback only):

1. **burst** — the town's links come back: every station pushes a day's backlog (``--changes``,
   default 600: parcel, payment and shop records — entities ``parcels``, ``payments``,
   ``shop_sales``, ``shop_stock``) in batches of ``--batch`` and pulls after each batch, while the
   platform publishes notices and per-station pre-advice; the hub is SIGKILLed half-way and started
   again (stations retry, as their engines do);
2. **steady** — ``--rounds`` five-minute syncs per station: a push of 2 changes and a pull.

Afterwards every station's records are read back from the database: each exactly once (none lost,
none doubled), each payment record has made exactly one payment request (kept inside the push's
transaction), and each station has received every platform record meant for it.

Printed per backend (asserts nothing; the 2-core machine is shared with this client, so figures
are conservative): changes/s over the burst (with and without the restart's downtime), p50/p99
push latency, and CPU seconds (hub processes, database server) per 1,000 stations per day of
traffic — a day being 288 steady syncs of ~2 changes per station, extrapolated from the steady
phase, and, beside it, the day's 600 changes as one burst.

Run: ``make bench-scale`` or ``.venv/bin/python benchmarks/bench_hub_scale.py [--stations N]
[--backends postgres,sqlite]`` (without ``YYT_TEST_PG_URL`` it runs itself under
``scripts/with-postgres.sh --durable``: a throwaway cluster with fsync on).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as _dt
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.sync.protocol import encode_batch, gzip_bytes  # noqa: E402
from hub.wire import hlc_text, sha256_hex  # noqa: E402

DAY_SYNCS = 288  # one every five minutes
CLK = os.sysconf("SC_CLK_TCK")


# -- records ----------------------------------------------------------------------------------
def _canon(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record(rng: random.Random, code: str, n: int, at: str) -> tuple[str, str, str, str]:
    """(entity, entity_id, op, payload) of a parcel, payment or shop record, shaped like the real ones."""
    kind = rng.random()
    rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind < 0.55:
        carrier = rng.choice(("SF", "YTO", "ZTO", "STO", "YD", "JT", "EMS", "JD"))
        return "parcels", rid, rng.choice(("create", "update")), _canon({
            "id": rid, "tracking": carrier + str(rng.randrange(10**11, 10**13)), "carrier": carrier,
            "phone": f"1{rng.choice('3578')}{rng.randrange(10)}****{rng.randrange(10000):04d}",
            "name": rng.choice("王李张刘陈杨赵黄周吴") + "*", "status": rng.choice(("in_station", "picked_up")),
            "pickup_code": f"{'ABCD'[n % 4]}-{n % 5 + 1}-{n % 10000:04d}", "checked_in_at": at, "fee_fen": 0})
    if kind < 0.8:
        bill = rng.choice(("electricity", "water", "gas", "mobile", "pension"))
        return "payments", rid, "create", _canon({
            "id": rid, "reference": f"{code}-{n:06d}", "type": bill, "account": str(rng.randrange(10**9, 10**10)),
            "amount_fen": rng.randrange(500, 50_000), "payer": rng.choice("王李张刘陈") + "*", "status": "pending",
            "created_at": at, "shift_id": f"{code}-S{n // 100}"})
    if kind < 0.95:
        lines = [{"product_id": f"P{rng.randrange(1, 400):04d}", "lot_id": f"L{rng.randrange(1, 900):04d}",
                  "qty": rng.randrange(1, 6), "price_fen": rng.randrange(300, 9000)} for _ in range(rng.randrange(1, 4))]
        return "shop_sales", rid, "create", _canon({
            "id": rid, "sale_id": f"{code}-X{n:06d}", "lines": lines,
            "total_fen": sum(line["qty"] * line["price_fen"] for line in lines), "sold_at": at, "crop": "水稻"})
    return "shop_stock", f"P{rng.randrange(1, 400):04d}", "update", _canon({
        "product_id": f"P{rng.randrange(1, 400):04d}", "qty": rng.randrange(0, 200), "at": at})


def batches(code: str, first_seq: int, count: int, size: int,
            rng: random.Random) -> tuple[list[bytes], set[str], set[str]]:
    """Gzipped push bodies for ``count`` records from ``first_seq``, their change_ids, and the
    ids of the payments among them (each must become one payment request on the hub)."""
    base_ms = 1_780_000_000_000 + first_seq * 1000
    rows = []
    for i in range(count):
        seq = first_seq + i
        at = _dt.datetime.fromtimestamp((base_ms + i) / 1000, _dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        entity, eid, op, payload = record(rng, code, seq, at)
        rows.append((seq, str(uuid.UUID(int=rng.getrandbits(128), version=4)), entity, eid, op, payload,
                     sha256_hex(payload), at, hlc_text(base_ms + i, 0)))
    bodies = [gzip_bytes(encode_batch(rows[i:i + size], pending=max(0, count - i - size), sent_at=rows[i][7]))
              for i in range(0, count, size)]
    return bodies, {r[1] for r in rows}, {r[3] for r in rows if r[2] == "payments"}


# -- processes ----------------------------------------------------------------------------------
def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()


def tree_cpu(root: int) -> float:
    """CPU seconds of ``root``, its reaped children, and every live descendant."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            st = _stat(int(entry.name))
            if st:
                parents[int(entry.name)] = int(st[1])
    total, todo, seen = 0.0, [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        st = _stat(pid)
        if st is None:
            continue
        total += (int(st[11]) + int(st[12]) + int(st[13]) + int(st[14])) / CLK
        todo += [p for p, pp in parents.items() if pp == pid]
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Hub:
    """``python -m hub serve`` in its own process group (SIGKILL takes the workers too)."""

    def __init__(self, db: str, workers: int, pool: int, log: Path) -> None:
        self.db, self.workers, self.pool, self.log = db, workers, pool, log
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.cpu_done = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "hub", "--db", self.db, "serve", "--port", str(self.port), "--workers",
                 str(self.workers), "--pool-size", str(self.pool)],
                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                import httpx

                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except Exception:  # noqa: BLE001 - not listening yet
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(self.log.read_text()[-2000:])
            time.sleep(0.1)  # polling a child process's port
        raise RuntimeError("the hub did not start")

    def cpu(self) -> float:
        return self.cpu_done + (tree_cpu(self.proc.pid) if self.proc and self.proc.poll() is None else 0.0)

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        self.cpu_done += tree_cpu(self.proc.pid)
        os.killpg(self.proc.pid, signal.SIGKILL if kill else signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.proc = None


# -- a lean HTTP/1.1 client ---------------------------------------------------------------------
class Answer:
    def __init__(self, status: int, body: bytes) -> None:
        self.status_code, self.body, self.elapsed_s = status, body, 0.0

    def json(self):  # noqa: ANN201
        return json.loads(self.body)


class LeanClient:
    """Keep-alive HTTP/1.1 over asyncio streams: a few dozen microseconds per request, so the
    simulator (on the same two cores) takes as little as it can from the hub. Content-Length
    answers only (the hub sends those when not asked for gzip)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.free: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def request(self, method: str, path: str, headers: dict[str, str], content: bytes = b"",
                      params: dict[str, str] | None = None) -> Answer:
        from urllib.parse import urlencode

        target = path + ("?" + urlencode(params) if params else "")
        head = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(content)}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        conn = self.free.pop() if self.free else await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = conn
        try:
            writer.write(head.encode() + content)
            status_line = await reader.readuntil(b"\r\n")
            raw = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in raw.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length)
        except BaseException:
            writer.close()
            raise
        self.free.append(conn)
        return Answer(int(status_line.split()[1]), body)

    async def close(self) -> None:
        for _, writer in self.free:
            writer.close()
        self.free = []


# -- the run ------------------------------------------------------------------------------------
@dataclass
class Station:
    code: str
    token: str
    bodies: list[bytes]
    change_ids: set[str]
    payment_ids: set[str] = field(default_factory=set)
    steady: list[bytes] = field(default_factory=list)
    cursor: str = ""
    seen: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class Figures:
    backend: str
    stations: int
    changes: int = 0
    burst_s: float = 0.0
    downtime_s: float = 0.0
    latencies: list[float] = field(default_factory=list)
    with_retries: list[float] = field(default_factory=list)
    retries: int = 0
    pulls: int = 0
    burst_hub_cpu: float = 0.0
    burst_db_cpu: float = 0.0
    client_cpu: float = 0.0
    steady_syncs: int = 0
    steady_hub_cpu: float = 0.0
    steady_db_cpu: float = 0.0
    lost: int = 0
    doubled: int = 0
    unexpected: int = 0
    missed_platform: int = 0
    payment_requests: int = 0
    payments_lost: int = 0
    payments_doubled: int = 0


class Run:
    def __init__(self, backend: str, args: argparse.Namespace, work: Path) -> None:
        self.backend, self.args, self.work = backend, args, work
        self.fig = Figures(backend, args.stations)
        self.published: dict[str, set[tuple[str, str]]] = {"*": set()}
        self.done = threading.Event()
        self.restart_at = 0
        self.pushed = 0
        self.restarting: asyncio.Event | None = None
        self.client: LeanClient | None = None

    # setup
    def prepare(self) -> list[Station]:
        from hub.storage import open_storage

        if self.backend == "postgres":
            from urllib.parse import urlsplit, urlunsplit

            import psycopg

            admin = os.environ["YYT_TEST_PG_URL"]
            name = f"yyt_scale_{os.getpid()}"
            with psycopg.connect(admin, autocommit=True) as c:
                c.execute(f'DROP DATABASE IF EXISTS "{name}"')
                c.execute(f'CREATE DATABASE "{name}"')
                data_dir = c.execute("SHOW data_directory").fetchone()[0]
            p = urlsplit(admin)
            self.db = urlunsplit((p.scheme, p.netloc, "/" + name, p.query, ""))
            self.postmaster = int(Path(data_dir, "postmaster.pid").read_text().split()[0])
        else:
            self.db = str(self.work / "hub.db")
            self.postmaster = 0
        storage = open_storage(self.db)
        now = _dt.datetime.now(_dt.UTC)
        rng = random.Random(f"scale-{self.backend}")
        stations = []
        for i in range(self.args.stations):
            code = f"CQ{5001000000 + i}"
            token = storage.enroll(code, storage.add_station(code, f"村站{i}", f"镇{i % 40}", now), now)
            bodies, ids, payments = batches(code, 1, self.args.changes, self.args.batch, rng)
            st = Station(code, token, bodies, ids, payments)
            for r in range(self.args.rounds):
                more, more_ids, more_payments = batches(code, self.args.changes + 1 + 2 * r, 2, 2, rng)
                st.steady += more
                st.change_ids |= more_ids
                st.payment_ids |= more_payments
            stations.append(st)
            self.published[code] = set()
        self.storage = storage
        return stations

    def db_cpu(self) -> float:
        return tree_cpu(self.postmaster) if self.postmaster else 0.0

    # the platform publishing while stations sync
    def publisher(self, codes: list[str]) -> None:
        rng = random.Random(5)
        n = 0
        while not self.done.is_set():
            now = _dt.datetime.now(_dt.UTC)
            n += 1
            if n % 10 == 0:
                key = f"notice-{n}"
                self.storage.publish("notices", key, _canon({"title": f"通知{n}"}), "*", now)
                self.published["*"].add(("notices", key))
            else:
                code = rng.choice(codes)
                key = f"SF{n:012d}"
                self.storage.publish("preadvice", key, _canon({"tracking": key, "carrier": "SF"}), code, now)
                self.published[code].add(("preadvice", key))
            self.done.wait(0.02)

    # one station's requests
    async def _request(self, client, method: str, path: str, st: Station, **kw):  # noqa: ANN001, ANN202
        headers = {"Authorization": f"Bearer {st.token}", **kw.pop("headers", {})}
        for _ in range(600):
            if self.restarting is not None and self.restarting.is_set():
                await asyncio.sleep(0.05)
                continue
            try:
                start = time.perf_counter()
                r = await client.request(method, path, headers, **kw)
            except (OSError, asyncio.IncompleteReadError):  # the hub is restarting: the station retries
                r = None
            if r is not None and r.status_code < 500:
                if r.status_code >= 400:
                    raise RuntimeError(f"{st.code}: {method} {path}: {r.status_code} {r.body[:200]!r}")
                r.elapsed_s = time.perf_counter() - start  # the successful attempt alone
                return r
            self.fig.retries += 1
            await asyncio.sleep(0.1 + random.random() * 0.2)
        raise RuntimeError(f"{st.code}: {method} {path} never succeeded")

    async def _pull(self, client, st: Station) -> None:  # noqa: ANN001
        while True:
            r = await self._request(client, "GET", f"/v1/stations/{st.code}/pull", st,
                                    params={"cursor": st.cursor, "limit": 2000, "snapshot": str(not st.cursor).lower()})
            page = r.json()
            self.fig.pulls += 1
            st.seen |= {(x["stream"], x["key"]) for x in page["records"] if x["payload"] is not None}
            st.cursor = page["cursor"]
            if not page["more"]:
                return

    async def _push(self, client, st: Station, body: bytes, count: int, timed: bool) -> None:  # noqa: ANN001
        start = time.perf_counter()
        r = await self._request(client, "POST", f"/v1/stations/{st.code}/push", st, content=body,
                                headers={"Content-Encoding": "gzip", "Content-Type": "application/json"})
        if timed:
            self.fig.latencies.append(r.elapsed_s)
            self.fig.with_retries.append(time.perf_counter() - start)
        self.pushed += count

    async def station_burst(self, client, gate, st: Station) -> None:  # noqa: ANN001
        async with gate:
            await self._pull(client, st)
        left = self.args.changes
        for body in st.bodies:
            async with gate:
                n = min(self.args.batch, left)
                left -= n
                await self._push(client, st, body, n, timed=True)
                await self._pull(client, st)
            if self.pushed >= self.restart_at and self.restart_at:
                self.restart_at = 0
                await self.restart()

    async def restart(self) -> None:
        self.restarting.set()
        t = time.perf_counter()
        await asyncio.to_thread(self.hub.stop, True)
        await self.client_reset()
        await asyncio.to_thread(self.hub.start)
        self.fig.downtime_s = time.perf_counter() - t
        self.restarting.clear()

    async def client_reset(self) -> None:
        """Drop the kept-alive connections to the killed hub."""
        if self.client is not None:
            await self.client.close()

    async def station_steady(self, client, gate, st: Station) -> None:  # noqa: ANN001
        for body in st.steady:
            async with gate:
                await self._push(client, st, body, 2, timed=False)
                await self._pull(client, st)
                self.fig.steady_syncs += 1

    async def phases(self, stations: list[Station]) -> None:
        self.restarting = asyncio.Event()
        gate = asyncio.Semaphore(self.args.in_flight)
        client = self.client = LeanClient(self.hub.port)
        try:
            total = self.args.changes * len(stations)
            self.restart_at = total // 2
            hub0, db0, me0 = self.hub.cpu(), self.db_cpu(), time.process_time()
            t0 = time.perf_counter()
            await asyncio.wait_for(asyncio.gather(*(self.station_burst(client, gate, st) for st in stations)),
                                   self.args.max_seconds)
            self.fig.burst_s = time.perf_counter() - t0
            self.fig.changes = total
            hub1, db1 = self.hub.cpu(), self.db_cpu()
            self.fig.burst_hub_cpu, self.fig.burst_db_cpu = hub1 - hub0, db1 - db0
            self.fig.client_cpu = time.process_time() - me0
            await asyncio.wait_for(asyncio.gather(*(self.station_steady(client, gate, st) for st in stations)),
                                   self.args.max_seconds)
            self.fig.steady_hub_cpu, self.fig.steady_db_cpu = self.hub.cpu() - hub1, self.db_cpu() - db1
            self.done.set()
            await asyncio.sleep(0.2)  # let the last publish commit
            await asyncio.gather(*(self._final_pull(client, gate, st) for st in stations))
        finally:
            await client.close()

    async def _final_pull(self, client, gate, st: Station) -> None:  # noqa: ANN001
        async with gate:
            await self._pull(client, st)

    def verify(self, stations: list[Station]) -> None:
        held: dict[str, list[str]] = {}
        if self.backend == "postgres":
            with self.storage._conn() as c:
                for code, cid in c.execute("SELECT station, change_id FROM changes"):
                    held.setdefault(code, []).append(cid)
        else:
            for code, cid in self.storage._conn().execute("SELECT station, change_id FROM changes"):
                held.setdefault(code, []).append(cid)
        requests: dict[str, list[str]] = {}
        for r in self.storage.payment_requests(None, None, 10**8):
            requests.setdefault(r.station, []).append(r.payment_id)
        for st in stations:
            paid = requests.get(st.code, [])
            self.fig.payment_requests += len(paid)
            self.fig.payments_doubled += len(paid) - len(set(paid))
            self.fig.payments_lost += len(st.payment_ids - set(paid))
            mine = held.get(st.code, [])
            self.fig.doubled += len(mine) - len(set(mine))
            self.fig.lost += len(st.change_ids - set(mine))
            self.fig.unexpected += len(set(mine) - st.change_ids)
            want = self.published["*"] | self.published[st.code]
            self.fig.missed_platform += len(want - st.seen)

    def go(self) -> Figures:
        stations = self.prepare()
        self.hub = Hub(self.db, self.args.workers, self.args.pool, self.work / f"hub-{self.backend}.log")
        self.hub.start()
        pub = threading.Thread(target=self.publisher, args=([s.code for s in stations],), daemon=True)
        pub.start()
        try:
            asyncio.run(self.phases(stations))
        finally:
            self.done.set()
            pub.join(10)
            self.hub.stop()
        self.verify(stations)
        self.storage.close()
        return self.fig


def report(f: Figures, args: argparse.Namespace) -> list[str]:
    lat = sorted(f.latencies)
    p50 = statistics.median(lat) * 1000 if lat else 0.0
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else 0.0
    slow = sorted(f.with_retries)
    p99_retried = slow[min(len(slow) - 1, int(len(slow) * 0.99))] * 1000 if slow else 0.0
    scale = 1000 / f.stations
    per_sync = (f.steady_hub_cpu + f.steady_db_cpu) / max(1, f.steady_syncs)
    day_steady = per_sync * DAY_SYNCS * 1000
    burst_day = (f.burst_hub_cpu + f.burst_db_cpu) * scale * (600 / args.changes)
    return [
        f"== {f.backend}: {f.stations} stations × {args.changes} changes (batches of {args.batch}), "
        f"{args.workers} hub workers, ≤ {args.in_flight} requests in flight",
        f"burst: {f.changes} changes in {f.burst_s:.1f} s = {f.changes / f.burst_s:,.0f} changes/s "
        f"({f.changes / max(0.001, f.burst_s - f.downtime_s):,.0f}/s without the {f.downtime_s:.1f} s restart)",
        f"push latency: p50 {p50:.0f} ms, p99 {p99:.0f} ms over {len(lat)} pushes (p99 {p99_retried:.0f} ms counting"
        f" the retries across the restart: {f.retries} retries); {f.pulls} pulls",
        f"burst CPU: hub {f.burst_hub_cpu:.1f} s, database {f.burst_db_cpu:.1f} s, this simulator {f.client_cpu:.1f} s"
        f" (machine load {os.getloadavg()[0]:.1f}) "
        f"→ {burst_day:.0f} CPU-s per 1,000 stations for a day's 600 changes as one burst",
        f"steady: {f.steady_syncs} syncs (push 2 + pull): hub {f.steady_hub_cpu:.1f} s, database "
        f"{f.steady_db_cpu:.1f} s = {per_sync * 1000:.1f} ms CPU per sync "
        f"→ {day_steady:,.0f} CPU-s per 1,000 stations per day ({DAY_SYNCS} syncs each)",
        f"exactly once: lost {f.lost}, doubled {f.doubled}, unexpected {f.unexpected}; "
        f"platform records missed by a station: {f.missed_platform}; payment requests kept inside the pushes:"
        f" {f.payment_requests} (lost {f.payments_lost}, doubled {f.payments_doubled})",
    ]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stations", type=int, default=1000)
    p.add_argument("--changes", type=int, default=600, help="burst changes per station")
    p.add_argument("--batch", type=int, default=200)
    p.add_argument("--rounds", type=int, default=3, help="steady syncs per station")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--pool", type=int, default=10, help="PostgreSQL connections per worker")
    p.add_argument("--in-flight", type=int, default=16, help="requests in flight at once")
    p.add_argument("--backends", default="postgres,sqlite")
    p.add_argument("--max-seconds", type=float, default=600, help="bound on each phase")
    args = p.parse_args()
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    if "postgres" in backends and not os.environ.get("YYT_TEST_PG_URL"):
        script = ROOT / "scripts" / "with-postgres.sh"
        return subprocess.call([str(script), "--durable", sys.executable, *sys.argv])
    lines = []
    with tempfile.TemporaryDirectory(prefix="yyt-scale-") as tmp:
        for backend in backends:
            t = time.perf_counter()
            fig = Run(backend, args, Path(tmp)).go()
            out = report(fig, args)
            out.append(f"(whole {backend} run, setup included: {time.perf_counter() - t:.0f} s)")
            print("\n".join(out), flush=True)
            lines += out
    return 0


if __name__ == "__main__":
    sys.exit(main())
