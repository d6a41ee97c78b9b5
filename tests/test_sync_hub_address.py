"""The station's token goes only to the hub it is enrolled with (issue 16): ``sync --hub URL`` with
another address is refused before any connection and writes nothing, unless an admin asks for it
with ``--trust-hub`` and that address answers as the enrolled hub (audited)."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from .conftest import ADMIN_PIN, CLERK_PIN, table_digests
from .helpers import sync_fixtures
from .helpers.records import write_parcels

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station


class Listener:
    """A fake platform on 127.0.0.1 that records every request it gets (and answers /v1/health
    as the hub ``hub_id``)."""

    def __init__(self, hub_id: str = "not-the-enrolled-hub") -> None:
        seen = self.requests = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                seen.append((self.command, self.path, self.headers.get("Authorization")))
                body = json.dumps({"ok": True, "hub_id": hub_id, "hub_time": "2026-06-01T01:00:00.000Z",
                                   "api": "v1"}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET  # noqa: N815

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def listener():
    fake = Listener()
    yield fake
    fake.close()


def test_another_address_is_refused_before_any_connection_and_writes_nothing(hub, make_station, cli, listener):
    st = make_station()
    cli.paths = st.paths
    write_parcels(st.store, 2)
    before = table_digests(st.paths.db)
    for args in (("sync", "--hub", listener.url), ("sync", "status", "--hub", listener.url)):
        r = cli(*args)
        assert r.code == 6 and r.json["error"]["code"] == "sync.hub_not_enrolled", r.err
        assert len(r.err.splitlines()) == 1 and hub.url in r.err
    assert listener.requests == []  # not even a connection: the token never left
    assert table_digests(st.paths.db) == before  # no sync run recorded
    r = cli("sync", "--hub", "ftp://nowhere")  # an invalid address: exit 3, nothing recorded either
    assert r.code == 3 and r.json["error"]["code"] == "sync.hub_url_invalid"
    assert table_digests(st.paths.db) == before
    assert cli("sync", "--hub", hub.url + "/").code == 0  # the enrolled hub, however it is written


def test_trust_hub_needs_an_admin_and_the_same_platform(hub, make_station, cli, listener):
    st = make_station()
    cli.paths = st.paths
    admin = st.users.authenticate("admin", ADMIN_PIN)
    st.users.add(admin, "li", "clerk", CLERK_PIN, "李丽")
    before = table_digests(st.paths.db)
    assert cli("sync", "--hub", listener.url, "--trust-hub").json["error"]["code"] == "auth.required"
    r = cli("sync", "--hub", listener.url, "--trust-hub", user="li", pin=CLERK_PIN)
    assert r.code == 6 and r.json["error"]["code"] == "perm.denied"
    r = cli("sync", "--hub", listener.url, "--trust-hub", user="admin", pin=ADMIN_PIN)
    assert r.code == 6 and r.json["error"]["code"] == "sync.hub_other_platform"
    assert [(m, p) for m, p, _ in listener.requests] == [("GET", "/v1/health")]
    assert all(a is None for _, _, a in listener.requests)  # asked who it is, without the token
    assert table_digests(st.paths.db) == before
    # the same hub under another address (localhost for 127.0.0.1): allowed for this run, audited
    other = hub.url.replace("127.0.0.1", "localhost")
    write_parcels(st.store, 3)
    r = cli("sync", "--hub", other, "--trust-hub", user="admin", pin=ADMIN_PIN)
    assert r.code == 0 and r.json["pushed"] == 6, r.err  # station, admin, li, 3 parcels
    audit = st.store.query_one("SELECT actor, summary FROM audit WHERE action = 'sync.hub_override'")
    assert audit[0] == "admin" and other in audit[1] and hub.url in audit[1]
    assert st.sync.hub_url() == hub.url  # the enrolled address is kept


def test_the_engine_refuses_too(hub, make_station, listener):
    st = make_station()
    report = st.sync.run_once("manual", hub_url=listener.url)
    assert report.result == "failed" and report.error.code == "sync.hub_not_enrolled" and report.run_id is None
    assert st.store.query_one("SELECT count(*) FROM sync_runs")[0] == 0
    with pytest.raises(Exception) as e:
        st.sync.check_consistency(listener.url)
    assert getattr(e.value, "code", "") == "sync.hub_not_enrolled"
    assert listener.requests == []


def test_a_closed_port_is_never_sent_the_token(make_station):
    st = make_station()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{s.getsockname()[1]}"
    report = st.sync.run_once("manual", hub_url=url)
    assert report.error.code == "sync.hub_not_enrolled"
