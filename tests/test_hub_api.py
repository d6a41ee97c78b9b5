"""The reference hub's /v1 API and its ``python -m hub`` commands, on the real server (127.0.0.1),
and the station's ``enroll`` / ``sync`` / ``sync status`` / ``bundle export`` commands against it."""

from __future__ import annotations

import gzip
import io
import json
from contextlib import redirect_stderr, redirect_stdout

import httpx
import pytest

from app.core.sync.credentials import Credentials
from app.core.sync.protocol import encode_batch, gzip_bytes
from hub import tokens
from hub.cli import main as hub_main

from .conftest import ADMIN_PIN, CLERK_PIN
from .helpers import sync_fixtures
from .helpers.records import compare, write_parcels
from .helpers.sync_fixtures import utc_now

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station


def run_hub(db, *args: str) -> tuple[int, dict, str]:  # noqa: ANN001
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = hub_main(["--db", str(db), "--json", *args])
    return code, (json.loads(out.getvalue()) if out.getvalue().strip() else {}), err.getvalue()


def batch(st, after: int = 0, limit: int = 1000) -> bytes:  # noqa: ANN001
    return encode_batch(st.sync.state.rows_after(after, limit), pending=0, sent_at="2026-06-01T01:00:00.000Z")


def auth(st) -> dict[str, str]:  # noqa: ANN001
    return {"Authorization": f"Bearer {Credentials(st.info.code).get()}"}


def test_health_and_openapi(hub):
    r = httpx.get(hub.url + "/v1/health")
    assert r.status_code == 200 and r.json()["ok"] and r.json()["api"] == "v1"
    schema = httpx.get(hub.url + "/openapi.json").json()
    assert {"/v1/enroll", "/v1/stations/{code}/push", "/v1/stations/{code}/pull"} <= set(schema["paths"])
    assert "PushBatch" in json.dumps(schema)


def test_enrolment_code_is_one_time_and_tokens_are_hashed(hub, make_station):
    st = make_station(enroll=False)
    code, out, _ = run_hub(hub.db, "station", "add", st.info.code, "--name", "龙凤村站", "--town", "龙凤镇")
    assert code == 0 and out["station_code"] == st.info.code and len(out["enrolment_code"]) == 14
    body = {"station_code": st.info.code, "enrolment_code": out["enrolment_code"]}
    first = httpx.post(hub.url + "/v1/enroll", json=body)
    assert first.status_code == 200 and first.json()["token"].startswith("yyt1_")
    again = httpx.post(hub.url + "/v1/enroll", json=body)
    assert again.status_code == 403 and again.json()["error"]["code"] == "enroll.refused"
    wrong = httpx.post(hub.url + "/v1/enroll", json={**body, "enrolment_code": "AAAA-BBBB-CCCC"})
    assert wrong.status_code == 403
    raw = hub.raw_text()
    assert first.json()["token"].encode() not in raw and tokens.token_hash(first.json()["token"]).encode() in raw


def test_auth_other_station_limits_and_validation(hub, make_station):
    a, b = make_station(), make_station()
    url = f"{hub.url}/v1/stations/{a.info.code}"
    assert httpx.get(url + "/counts").status_code == 401
    assert httpx.get(url + "/counts", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert httpx.get(url + "/counts", headers=auth(b)).status_code == 403
    assert httpx.post(url + "/push", content=gzip_bytes(batch(a)), headers={**auth(b), "Content-Encoding": "gzip"}).status_code == 403
    h = {**auth(a), "Content-Encoding": "gzip", "Content-Type": "application/json"}
    huge = httpx.post(url + "/push", content=b"x" * (8 * 1024 * 1024 + 1), headers=h)
    assert huge.status_code == 413
    bomb = gzip.compress(b" " * (70 * 1024 * 1024))  # 70 MB of spaces in ~70 kB
    assert httpx.post(url + "/push", content=bomb, headers=h).status_code == 413
    assert httpx.post(url + "/push", content=b"not gzip", headers=h).status_code == 422
    bad = httpx.post(url + "/push", content=gzip_bytes(b'{"v": 1, "seqs": [1]}'), headers=h)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "body.invalid"
    assert httpx.get(url + "/pull", params={"limit": 100000}, headers=auth(a)).status_code == 422


def test_push_exactly_once_gap_and_conflict(hub, make_station):
    st = make_station()
    write_parcels(st.store, 10)
    url = f"{hub.url}/v1/stations/{st.info.code}/push"
    h = {**auth(st), "Content-Encoding": "gzip"}
    rows = st.sync.state.rows_after(0, 100)
    tail = encode_batch(rows[5:], pending=0, sent_at="x")
    gap = httpx.post(url, content=gzip_bytes(tail), headers=h)
    assert gap.status_code == 409 and gap.json()["error"] == {"code": "push.gap", "expected_seq": 1}
    first = httpx.post(url, content=gzip_bytes(batch(st)), headers=h).json()
    assert first["applied"] == 12 and first["acked_through"] == 12
    again = httpx.post(url, content=gzip_bytes(batch(st)), headers=h).json()
    assert again["applied"] == 0 and again["duplicates"] == 12 and again["acked_through"] == 12
    # the same change_id with other content: a per-item conflict, nothing overwritten
    forged = [list(rows[2])]
    forged[0][5] = forged[0][5].replace("in_station", "picked_up")
    conflict = httpx.post(url, content=gzip_bytes(encode_batch(forged, pending=0, sent_at="x")), headers=h).json()
    assert conflict["conflicts"] == [{"seq": 3, "change_id": rows[2][1], "code": "record.conflict"}]
    assert hub.storage.records(st.info.code)[2]["payload"] == rows[2][5]
    # a different record under a number the hub holds: re-seat
    other = [list(rows[3])]
    other[0][1] = "01900000-0000-7000-8000-000000000000"
    reseat = httpx.post(url, content=gzip_bytes(encode_batch(other, pending=0, sent_at="x")), headers=h).json()
    assert reseat["reseat"] == [4] and reseat["applied"] == 0


def test_pull_cursors_are_opaque_and_checked(hub, make_station):
    st = make_station()
    url = f"{hub.url}/v1/stations/{st.info.code}/pull"
    hub.storage.publish("bill_types", "gas", json.dumps({"name": "燃气"}), "*", utc_now())
    page = httpx.get(url, params={"limit": 1000}, headers=auth(st)).json()
    assert page["snapshot"] and not page["more"] and any(r["key"] == "gas" for r in page["records"])
    nothing = httpx.get(url, params={"cursor": page["cursor"]}, headers=auth(st)).json()
    assert nothing["records"] == [] and nothing["cursor"] == page["cursor"]
    for bad in ("garbage", "YzE6b3RoZXJodWI6MTow"):  # not a cursor; another hub's cursor
        assert httpx.get(url, params={"cursor": bad}, headers=auth(st)).status_code == 410


def test_hub_cli_counts_report_publish(hub, make_station, tmp_path):
    st = make_station()
    write_parcels(st.store, 7)
    assert st.sync.run_once().ok
    code, out, _ = run_hub(hub.db, "counts", st.info.code)
    assert code == 0 and out == {"station_code": st.info.code, "acked_through": 9,
                                 "counts": {"parcels": 7, "stations": 1, "users": 1}}
    code, out, _ = run_hub(hub.db, "report", "stations")
    row = next(s for s in out["stations"] if s["station_code"] == st.info.code)
    assert row["acked_through"] == 9 and row["changes"] == 9 and row["last_sync_at"] and row["backlog_known"] == 0
    assert row["bytes_in"] > 0 and row["enrolled"]
    assert run_hub(hub.db, "counts", "NOSUCH1")[0] == 4
    assert run_hub(hub.db, "counts", "x")[0] == 3
    (tmp_path / "t.json").write_text(json.dumps({"version": 7, "first_weight_g": 1000}), encoding="utf-8")
    code, out, _ = run_hub(hub.db, "publish", "tariff", "current", "--file", str(tmp_path / "t.json"))
    assert code == 0 and out["position"] > 0
    code, _, err = run_hub(hub.db, "publish", "tariff", "current", "--payload", "{}", "--station", st.info.code)
    assert code == 5 and "publish.scope_conflict" in err
    assert st.sync.run_once().ok
    assert json.loads(st.store.query_one("SELECT payload FROM platform_records WHERE stream = 'tariff'")[0])["version"] == 7


def test_station_cli_enroll_sync_status(hub, cli, paths):
    assert cli("init", "--station-code", "CQCLI001", "--name", "命令行村站", "--admin", "admin", new_pin=ADMIN_PIN).code == 0
    _, out, _ = run_hub(hub.db, "station", "add", "CQCLI001", "--name", "命令行村站")
    r = cli("sync")
    assert r.code == 5 and r.json["error"]["code"] == "sync.not_enrolled"
    assert cli("user", "add", "li", "--role", "clerk", user="admin", pin=ADMIN_PIN, new_pin=CLERK_PIN).code == 0
    denied = cli("enroll", "--hub", hub.url, "--code", out["enrolment_code"], user="li", pin=CLERK_PIN)
    assert denied.code == 6 and denied.json["error"]["code"] == "perm.denied"  # a signed-in user must be an admin
    bad = cli("enroll", "--hub", hub.url, "--code", "WRONG-CODE-0000", user="admin", pin=ADMIN_PIN)
    assert bad.code == 6 and bad.json["error"]["code"] == "sync.enroll_refused"
    down = cli("enroll", "--hub", "http://127.0.0.1:9", "--code", out["enrolment_code"], user="admin", pin=ADMIN_PIN)
    assert down.code == 7 and down.json["error"]["code"] == "sync.unreachable"
    assert cli("enroll", "--hub", "ftp://x", "--code", "A", user="admin", pin=ADMIN_PIN).code == 3
    ok = cli("enroll", "--hub", hub.url, "--code", out["enrolment_code"])  # the one-time code is the credential
    assert ok.code == 0 and ok.json["station_code"] == "CQCLI001"
    assert cli("enroll", "--hub", hub.url, "--code", out["enrolment_code"], user="admin", pin=ADMIN_PIN).code == 6
    r = cli("sync")
    assert r.code == 0 and r.json["pushed"] == 3 and r.json["pending"] == 0 and r.json["acked_through"] == 3
    s = cli("sync", "status")
    assert s.code == 0 and s.json["pending"] == 0 and s.json["last_success_at"] and s.json["oldest_pending_age_s"] is None
    assert s.json["consistency"]["ok"] is True
    human = cli("sync", "status", "--no-check", json_out=False)
    assert human.code == 0 and "pending: 0" in human.out
    other = cli("sync", "--hub", "http://127.0.0.1:9")  # the token goes to the enrolled hub only
    assert other.code == 6 and other.json["error"]["code"] == "sync.hub_not_enrolled"
    down = cli("sync", "--hub", "http://127.0.0.1:9", "--trust-hub", user="admin", pin=ADMIN_PIN)
    assert down.code == 7 and down.json["error"]["code"] == "sync.unreachable" and down.json["result"] == "failed"


def test_usb_bundle_round_trip_exactly_once(hub, make_station, tmp_path):
    st = make_station()
    write_parcels(st.store, 3)
    assert st.sync.run_once().ok
    write_parcels(st.store, 40)
    admin = st.users.authenticate("admin", ADMIN_PIN)
    out = st.sync.export_bundle(admin, tmp_path / "usb.yyt")
    assert out["changes"] == 40 and out["from_seq"] == 6 and out["to_seq"] == 45
    assert st.sync.status().pending == 40  # exporting changes nothing but the audit trail
    code, res, _ = run_hub(hub.db, "bundle", "import", str(tmp_path / "usb.yyt"))
    assert code == 0 and res["applied"] == 40 and res["duplicates"] == 0 and res["acked_through"] == 45
    code, res, _ = run_hub(hub.db, "bundle", "import", str(tmp_path / "usb.yyt"))
    assert code == 0 and res["applied"] == 0 and res["duplicates"] == 40
    report = st.sync.run_once()
    assert report.ok and report.pushed == 0 and report.already_there == 40 and report.batches == 0
    compare(st.store, hub.storage, st.info.code)
    # tampered, foreign or unreadable bundles change nothing
    data = bytearray((tmp_path / "usb.yyt").read_bytes())
    data[-30] ^= 0x01
    (tmp_path / "bad.yyt").write_bytes(bytes(data))
    code, _, err = run_hub(hub.db, "bundle", "import", str(tmp_path / "bad.yyt"))
    assert code == 6 and "bundle.bad_signature" in err
    (tmp_path / "junk.yyt").write_bytes(b"hello")
    assert run_hub(hub.db, "bundle", "import", str(tmp_path / "junk.yyt"))[0] == 3
    assert run_hub(hub.db, "bundle", "import", str(tmp_path / "none.yyt"))[0] == 4
    # a bundle that skips records the hub has not seen is refused whole
    write_parcels(st.store, 5)
    st.sync.export_bundle(admin, tmp_path / "b1.yyt")
    write_parcels(st.store, 5)
    with st.store.write(actor="system", action="test.skip") as tx:  # pretend b1 was imported
        tx.execute("UPDATE meta SET value = '50' WHERE key = 'acked_through'")
    st.sync.export_bundle(admin, tmp_path / "b2.yyt")
    code, _, err = run_hub(hub.db, "bundle", "import", str(tmp_path / "b2.yyt"))
    assert code == 5 and "push.gap" in err
    assert run_hub(hub.db, "bundle", "import", str(tmp_path / "b1.yyt"))[1]["applied"] == 5
    assert run_hub(hub.db, "bundle", "import", str(tmp_path / "b2.yyt"))[1]["applied"] == 5


def test_bundle_export_cli(hub, make_station, cli, monkeypatch, tmp_path):
    st = make_station()
    cli.paths = st.paths
    write_parcels(st.store, 4)
    r = cli("bundle", "export", str(tmp_path / "x.yyt"), user="admin", pin=ADMIN_PIN)
    assert r.code == 0 and r.json["changes"] == 6
    assert cli("bundle", "export", str(tmp_path / "nodir" / "x.yyt"), user="admin", pin=ADMIN_PIN).code == 3
    assert cli("bundle", "export", str(tmp_path / "y.yyt")).json["changes"] == 6  # no user: like `sync`
    assert cli("bundle", "export", str(tmp_path / "z.yyt"), user="admin", pin="000000").code == 6
    exports = st.store.query("SELECT actor FROM audit WHERE action = 'sync.bundle_export' ORDER BY id")
    assert [r[0] for r in exports] == ["admin", "system"]


@pytest.mark.parametrize("status", [401, 403])
def test_token_rejected_is_exit_6(hub, make_station, status, cli):
    st = make_station()
    cli.paths = st.paths
    if status == 401:
        Credentials(st.info.code).set("yyt1_not-a-real-token")
    else:  # a valid token of another station
        other = make_station()
        Credentials(st.info.code).set(Credentials(other.info.code).get())
    r = cli("sync")
    assert r.code == 6 and r.json["error"]["code"] == "sync.token_rejected"


def test_a_stalled_upload_is_dropped_and_changes_nothing(hub, make_station):
    import socket

    sync_fixtures.storage_not_involved(hub)

    st = make_station()
    write_parcels(st.store, 5)
    body = gzip_bytes(batch(st))
    head = (f"POST /v1/stations/{st.info.code}/push HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\n"
            f"Authorization: {auth(st)['Authorization']}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", hub.port)) as s:
        s.sendall(head + body[: len(body) // 2])
        s.settimeout(20)
        answer = b""
        while b"body.stalled" not in answer:  # the hub gives up after its stall timeout (2 s here)
            chunk = s.recv(4096)
            if not chunk:
                break
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408") and b"body.stalled" in answer
    assert hub.storage.counts(st.info.code)[0] == 0


def test_serve_with_two_workers_health_and_metrics(hub, make_station, tmp_path):
    """``serve --workers 2`` on the same database: both workers answer (/health names its pid),
    a station syncs through them, and /metrics (Prometheus text) counts every worker's requests
    and the changes applied, with p99 latency, pool use and cursor lag."""
    from app.core.sync.local_hub import LocalHub

    from .helpers.hub_server import ROOT
    from .helpers.proxy import free_port

    two = LocalHub(hub.db, free_port(), cwd=ROOT, log_path=tmp_path / "two.log", extra_args=("--workers", "2"))
    two.start()
    try:
        pids = set()
        for _ in range(40):
            r = httpx.get(two.url + "/health")
            assert r.status_code == 200 and r.json()["ok"] and r.json()["hub_id"] == hub.storage.hub_id
            pids.add(r.json()["pid"])
            if len(pids) == 2:
                break
        st = make_station(url=two.url)
        write_parcels(st.store, 25)
        assert st.sync.run_once().ok
        compare(st.store, hub.storage, st.info.code)
        text = httpx.get(two.url + "/metrics").text
        values = {line.split(" ")[0]: float(line.split(" ")[1]) for line in text.splitlines()
                  if line and not line.startswith("#")}
        assert values["hub_changes_applied_total"] == 27  # 25 parcels + the station and its admin
        health = sum(v for k, v in values.items() if k.startswith("hub_requests_total{") and 'route="/health"' in k)
        assert health >= len(pids) and len(pids) == 2  # counted over both workers
        assert values['hub_request_duration_seconds_count{route="/v1/stations/{code}/push"}'] >= 1
        assert 0 < values["hub_request_duration_p99_seconds"] < 30
        assert values["hub_cursor_lag_entries"] == 0 and values["hub_cursor_lag_seconds"] == 0
        if hub.backend == "postgres":
            assert values['hub_pool_connections{state="max"}'] >= 10  # summed over the live workers
    finally:
        two.stop()
