"""``python -m hub serve`` under half-open connections and floods of broken requests (issue 16):
real sockets against a real hub process on 127.0.0.1, with one worker and with ``--workers 2``
(every limit holds in each worker: the guarded protocol and the log limiter are the worker's own).

HTTP layer only: the storage plays no part, so these run on SQLite alone."""

from __future__ import annotations

import os
import select
import socket
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.core.sync.local_hub import LocalHub, free_port

ROOT = Path(__file__).resolve().parent.parent
HELD = 150
CAP = 40


@pytest.fixture(params=[1, 2], ids=["one-worker", "two-workers"])
def guarded_hub(request: pytest.FixtureRequest, tmp_path: Path):
    proc = LocalHub(tmp_path / "hub.db", free_port(), cwd=ROOT, log_path=tmp_path / "hub.log",
                    extra_args=("--header-timeout", "1.5", "--max-connections", str(CAP), "--stall-timeout", "2",
                                "--workers", str(request.param)))
    proc.start()
    proc.workers = request.param
    yield proc
    proc.stop()


def _serving_pids(hub: LocalHub) -> list[int]:
    """The processes that hold the connections: the hub itself, or its worker processes."""
    if hub.workers == 1:
        return [hub.proc.pid]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # polling for the spawned workers
        pids = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == hub.proc.pid and b"spawn_main" in cmdline:
                pids.append(int(entry))
        if len(pids) == hub.workers:
            return pids
        time.sleep(0.1)
    raise AssertionError("the workers did not start")


def _open_half(port: int, n: int, head: bytes) -> list[socket.socket]:
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(head)
        socks.append(s)
    return socks


def _closed_by_server(socks: list[socket.socket], within_s: float) -> int:
    """How many of ``socks`` the server has closed (EOF or reset) within ``within_s`` seconds."""
    deadline = time.monotonic() + within_s
    pending = list(socks)
    closed = 0
    while pending and time.monotonic() < deadline:
        ready, _, _ = select.select(pending, [], [], max(0.0, deadline - time.monotonic()))
        for s in ready:
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:
                closed += 1
                pending.remove(s)
    return closed


def _fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_half_open_connections_are_capped_and_dropped_while_health_answers(guarded_hub):
    port, pids = guarded_hub.port, _serving_pids(guarded_hub)
    httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=5)  # every worker has loaded its app
    baseline = {pid: _fds(pid) for pid in pids}
    silent = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(HELD // 3)]
    heads = _open_half(port, HELD // 3, b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")  # no blank line: never ends
    bodies = _open_half(port, HELD - 2 * (HELD // 3), b"POST /v1/enroll HTTP/1.1\r\nHost: x\r\n"
                        b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"station")
    held = silent + heads + bodies
    try:
        started = time.monotonic()
        r = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=5)
        assert r.status_code == 200 and r.json()["ok"], "health must answer while connections are held"
        print(f"/health answered in {time.monotonic() - started:.3f} s with {HELD} half-open connections held"
              f" ({guarded_hub.workers} worker(s))")
        for pid in pids:  # the cap holds in each worker
            assert _fds(pid) - baseline[pid] <= CAP + 5, "past the cap the longest-waiting connections are closed"
        assert _closed_by_server(held, within_s=6.0) == HELD, "every half-open connection is dropped"
        for pid in pids:
            assert _fds(pid) - baseline[pid] <= 3
    finally:
        for s in held:
            s.close()
    assert httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=5).status_code == 200


def test_a_flood_of_broken_requests_costs_the_log_a_few_lines(guarded_hub):
    for _ in range(200):
        with socket.create_connection(("127.0.0.1", guarded_hub.port), timeout=5) as s:
            s.sendall(b"NOT HTTP AT ALL\r\n\r\n")
            while s.recv(4096):  # the hub answers 400 and closes
                pass
    assert httpx.get(guarded_hub.url + "/v1/health", timeout=5).status_code == 200
    log = guarded_hub.log_path.read_text(errors="replace")
    lines = [line for line in log.splitlines() if "Invalid HTTP request" in line]
    print(f"200 broken requests wrote {len(lines)} log lines ({len(log)} bytes)")
    assert 1 <= len(lines) <= 25 * guarded_hub.workers and "Traceback" not in log  # a burst per worker
