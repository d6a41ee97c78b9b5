"""The hub under hostile clients (issue 16), against a real ``python -m hub serve`` on 127.0.0.1.

Prints (asserts nothing; the machine is shared, figures are noisy):
1. the hub's peak memory growth and the answer's size for a small gzip that inflates to
   millions of JSON values (the outside trial: 183 → 2,146 MiB and a 65 MB answer);
2. /health latency while N half-open connections are held against the connection cap, the hub's
   open descriptors meanwhile, and how long until the hub has dropped them all;
3. log lines written for 500 broken requests.

Run: .venv/bin/python benchmarks/bench_hub_hostile.py [N]   (N: half-open connections, default 2000)
"""

from __future__ import annotations

import datetime as _dt
import gzip
import os
import selectors
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from app.core.sync.local_hub import LocalHub, free_port  # noqa: E402
from hub.storage import SqliteStorage  # noqa: E402


def _peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(n: int) -> None:
    with tempfile.TemporaryDirectory(prefix="yyt-bench-hostile-") as tmp:
        db = Path(tmp) / "hub.db"
        now = _dt.datetime.now(_dt.UTC)
        storage = SqliteStorage(db)
        token = storage.enroll("CQBENCH1", storage.add_station("CQBENCH1", "bench", "", now), now)
        storage.close()
        hub = LocalHub(db, free_port(), cwd=ROOT, log_path=Path(tmp) / "hub.log",
                       extra_args=("--header-timeout", "2", "--max-connections", "500"))
        hub.start()
        try:
            pid = hub.proc.pid
            httpx.get(hub.url + "/v1/health")
            before = _peak_mib(pid)
            bomb = gzip.compress(b'{"v":1,"seqs":[' + (b"1," * 7_500_000)[:-1] + b"]}", 9)
            started = time.perf_counter()
            r = httpx.post(f"{hub.url}/v1/stations/CQBENCH1/push", content=bomb, timeout=120,
                           headers={"Authorization": f"Bearer {token}", "Content-Encoding": "gzip"})
            print(f"1. {len(bomb) // 1024} kB gzip of 7.5 million values: {r.status_code} "
                  f"{r.json()['error']['code']}, answer {len(r.content)} B in {time.perf_counter() - started:.2f} s, "
                  f"peak memory +{_peak_mib(pid) - before:.0f} MiB")

            base_fds = len(os.listdir(f"/proc/{pid}/fd"))
            held = []
            for i in range(n):
                s = socket.create_connection(("127.0.0.1", hub.port), timeout=5)
                if i % 2:
                    s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")
                held.append(s)
            started = time.perf_counter()
            ok = httpx.get(hub.url + "/v1/health", timeout=10).status_code
            latency = time.perf_counter() - started
            fds = len(os.listdir(f"/proc/{pid}/fd")) - base_fds
            started = time.perf_counter()
            sel = selectors.DefaultSelector()  # epoll: past select()'s 1,024 descriptors
            for s in held:
                sel.register(s, selectors.EVENT_READ)
            pending = set(held)
            while pending and time.perf_counter() - started < 30:
                for key, _ in sel.select(1.0):
                    s = key.fileobj
                    try:
                        gone = not s.recv(4096)
                    except OSError:
                        gone = True
                    if gone:
                        pending.discard(s)
                        sel.unregister(s)
            sel.close()
            print(f"2. {n} half-open connections held (cap 500): /health {ok} in {latency * 1000:.0f} ms, "
                  f"hub descriptors +{fds}, all but {len(pending)} dropped after "
                  f"{time.perf_counter() - started:.1f} s (header timeout 2 s)")
            for s in held:
                s.close()

            size0 = (Path(tmp) / "hub.log").stat().st_size
            for _ in range(500):
                with socket.create_connection(("127.0.0.1", hub.port), timeout=5) as s:
                    s.sendall(b"BROKEN\r\n\r\n")
                    while s.recv(4096):
                        pass
            log = (Path(tmp) / "hub.log").read_text(errors="replace")
            lines = sum("Invalid HTTP request" in line for line in log.splitlines())
            print(f"3. 500 broken requests: {lines} log lines, {(Path(tmp) / 'hub.log').stat().st_size - size0} B")
        finally:
            hub.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
