"""Sync throughput and wire cost, against the real hub (``python -m hub serve``) on 127.0.0.1.

Prints, in one run (asserts nothing; the machine is shared, figures are noisy):
1. changes/s pushed over loopback at batch 500 (realistic parcel-shaped records through the real
   engine and hub), beside a bare POST of the same compressed bytes to a do-nothing server;
   target ≥ 30,000 changes/s;
2. bytes per change on the wire (bodies + HTTP headers, both ways) at batch 500 and 2000;
   target ≤ 80 B;
3. 10,000 changes through the throttling proxy at 256 kbit/s and 300 ms RTT, against the floor
   (bytes ÷ rate + requests × RTT); target ≤ 1.25× the floor.

Run: .venv/bin/python benchmarks/bench_sync.py [N]   (N: changes for 1 and 2, default 20000)
"""

from __future__ import annotations

import datetime as _dt
import random
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from app.core.station import Station  # noqa: E402
from app.core.sync.protocol import encode_batch, gzip_bytes  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from tests.helpers.hub_server import HubProcess  # noqa: E402
from tests.helpers.proxy import FaultProxy, free_port  # noqa: E402
from tests.helpers.records import write_parcels  # noqa: E402

RATE_BPS = 256_000
RTT_S = 0.300


class _Memory(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict = {}

    def get_password(self, service, username):  # noqa: ANN001, ANN201
        return self.values.get((service, username))

    def set_password(self, service, username, password):  # noqa: ANN001, ANN201
        self.values[(service, username)] = password

    def delete_password(self, service, username):  # noqa: ANN001, ANN201
        self.values.pop((service, username), None)


def station(tmp: Path, hub: HubProcess, code: str, n: int) -> Station:
    st = Station.create(DataPaths(tmp / code), code=code, name="bench", admin_username="admin", admin_pin="135790")
    write_parcels(st.store, n - 2, random.Random(code), per_tx=200)
    enrolment = hub.storage.add_station(code, "bench", "", _dt.datetime.now(_dt.UTC))
    st.sync.enroll(st.users.authenticate("admin", "135790"), hub.url, enrolment)
    return st


BARE_SERVER = textwrap.dedent("""
    import sys, uvicorn
    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        more = True
        while more:
            msg = await receive()
            more = msg.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": b"{}"})
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
""")


def bare_post_rate(bodies: list[bytes], changes: int) -> float:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", BARE_SERVER, str(port)])
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.05)
        import httpx

        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            t0 = time.perf_counter()
            for body in bodies:
                client.post("/push", content=body, headers={"Content-Encoding": "gzip"})
            elapsed = time.perf_counter() - t0
        return changes / elapsed
    finally:
        proc.terminate()
        proc.wait()


def loopback(tmp: Path, hub: HubProcess, n: int, batch: int) -> dict:
    st = station(tmp, hub, f"CQB{batch:05d}", n)
    try:
        rows = st.sync.state.rows_after(0, n + 10)
        bodies = [gzip_bytes(encode_batch(rows[i:i + batch], pending=0, sent_at="2026-06-01T01:00:00.000Z"))
                  for i in range(0, len(rows), batch)]
        st.sync.sizer.size = st.sync.sizer.maximum = batch
        t0 = time.perf_counter()
        report = st.sync.run_once("bench", pull=False)
        elapsed = time.perf_counter() - t0
        assert report.ok and report.pushed == len(rows), report.error
        body_bytes = sum(len(b) for b in bodies)
        return {"changes": len(rows), "seconds": elapsed, "rate": len(rows) / elapsed, "bodies": bodies,
                "wire_per_change": (report.bytes_up + report.bytes_down) / len(rows),
                "body_per_change": body_bytes / len(rows),
                "raw_per_change": sum(len(encode_batch(rows[i:i + batch], pending=0, sent_at="x"))
                                      for i in range(0, len(rows), batch)) / len(rows)}
    finally:
        st.close()


def throttled(tmp: Path, hub: HubProcess, n: int) -> dict:
    st = station(tmp, hub, "CQBTHROT", n)
    try:
        with FaultProxy(hub.port, rate_bps=RATE_BPS, rtt_s=RTT_S) as proxy:
            st.sync.set_hub_url(proxy.url)
            t0 = time.perf_counter()
            report = st.sync.run_once("bench", pull=False)
            elapsed = time.perf_counter() - t0
            assert report.ok, report.error
            wire = proxy.bytes_up + proxy.bytes_down
            floor = wire * 8 / RATE_BPS + proxy.requests * RTT_S
            return {"changes": report.pushed, "seconds": elapsed, "requests": proxy.requests,
                    "batches": report.batches, "wire_bytes": wire, "floor": floor, "ratio": elapsed / floor,
                    "per_change": wire / max(1, report.pushed)}
    finally:
        st.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    keyring.set_keyring(_Memory())
    tmp = Path(tempfile.mkdtemp(prefix="yyt-bench-sync-"))
    hub = HubProcess(tmp / "hub", stall_s=30).start()
    try:
        r500 = loopback(tmp, hub, n, 500)
        bare = bare_post_rate(r500["bodies"], r500["changes"])
        r2000 = loopback(tmp, hub, n, 2000)
        print(f"push over loopback, batch 500:  {r500['rate']:,.0f} changes/s ({r500['changes']:,} in "
              f"{r500['seconds']:.2f} s; target ≥ 30,000)")
        print(f"  bare POST of the same bytes:    {bare:,.0f} changes/s (do-nothing server, same client)")
        print(f"push over loopback, batch 2000: {r2000['rate']:,.0f} changes/s")
        for label, r in (("500", r500), ("2000", r2000)):
            print(f"bytes per change, batch {label}: {r['wire_per_change']:.1f} B on the wire (bodies + headers, both"
                  f" ways; target ≤ 80), {r['body_per_change']:.1f} B gzip body, {r['raw_per_change']:.0f} B raw JSON")
        t = throttled(tmp, hub, 10_000)
        print(f"10,000 changes at 256 kbit/s + 300 ms RTT: {t['seconds']:.1f} s; floor {t['floor']:.1f} s"
              f" (= {t['wire_bytes']:,} B ÷ rate + {t['requests']} requests × RTT); ratio {t['ratio']:.2f}×"
              f" (target ≤ 1.25×); {t['batches']} batches, {t['per_change']:.1f} B/change")
    finally:
        hub.stop()
        hub.close_storage()


if __name__ == "__main__":
    main()
