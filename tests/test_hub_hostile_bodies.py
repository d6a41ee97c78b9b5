"""Hostile bodies at the hub (issue 13, part 2), beside test_hub_hostile.py, test_hub_bundle_hostile.py
and test_hub_serve_limits.py: a 1 MB gzip inflating to 1 GB, duplicated change ids with different
payloads in one batch, one station's token on another's records, replays, forged and tampered
(signed) pull cursors, truncated and foreign USB bundles. Each gets its documented answer, the hub
stays up, and what it holds is unchanged."""

from __future__ import annotations

import base64
import json
import sys
import zlib
from pathlib import Path

import httpx
import pytest

from app.core import bundle_cipher
from app.core.sync.credentials import Credentials
from app.core.sync.protocol import bundle_key, encode_batch, gzip_bytes, sign
from hub.wire import encode_cursor

from .helpers import sync_fixtures
from .helpers.records import compare, write_parcels
from .test_hub_bundle_hostile import run_hub
from .test_hub_hostile import _error, _peak_rss_mib
from .test_hub_hostile import fresh_hub as _fresh_hub

hub, make_station, fresh_hub = sync_fixtures.hub, sync_fixtures.make_station, _fresh_hub
SENT = "2026-06-01T01:00:00.000Z"


def _auth(st) -> dict[str, str]:  # noqa: ANN001
    return {"Authorization": f"Bearer {Credentials(st.info.code).get()}"}


def held(hub, *stations) -> dict:  # noqa: ANN001
    """Everything the hub holds for these stations, and its log's bounds."""
    out: dict = {"log": hub.storage.log_bounds()}
    for st in stations:
        code = st.info.code
        out[code] = (hub.storage.records(code), hub.storage.counts(code),
                     hub.storage.push_state(code, 0, 0).acked_through)
    return out


def _up(hub) -> None:  # noqa: ANN001
    assert httpx.get(hub.url + "/v1/health", timeout=10).json()["ok"] is True
    assert "Traceback" not in (hub.workdir / "hub.log").read_text(errors="replace")


def _gzip_stream(prefix: bytes, filler: bytes, total: int) -> bytes:
    """gzip of ``prefix`` + ``filler`` repeated to ``total`` bytes, compressed a megabyte at a time."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [z.compress(prefix)]
    chunk = filler * (1024 * 1024 // len(filler))
    for _ in range(total // len(chunk)):
        out.append(z.compress(chunk))
    out.append(z.flush())
    return b"".join(out)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_1_mb_gzip_inflating_to_1_gb_is_413_and_costs_no_memory(fresh_hub, tmp_path):
    from hub.storage import SqliteStorage

    storage = SqliteStorage(tmp_path / "hub.db")
    code = "CQBOMB01"
    now = sync_fixtures.utc_now()
    token = storage.enroll(code, storage.add_station(code, "x", "", now), now)
    storage.close()
    bomb = _gzip_stream(b'{"v":1,"seqs":[1],"ids":["', b" ", 1024 * 1024 * 1024)
    assert len(bomb) < 1200 * 1024  # ≈ 1 MB on the wire, 1 GB inflated
    h = {"Authorization": f"Bearer {token}", "Content-Encoding": "gzip", "Content-Type": "application/json"}
    before = _peak_rss_mib(fresh_hub.proc.pid)
    for encoding in ("gzip", "deflate"):
        body = bomb if encoding == "gzip" else _deflate_of(bomb)
        r = httpx.post(f"{fresh_hub.url}/v1/stations/{code}/push", content=body,
                       headers={**h, "Content-Encoding": encoding}, timeout=60)
        _error(r, 413, "body.too_large")
    grown = _peak_rss_mib(fresh_hub.proc.pid) - before
    print(f"hub peak memory grew {grown:.0f} MiB for a {len(bomb) // 1024} kB gzip of 1 GiB")
    assert grown < 80  # the inflate stops at the 16 MB cap
    assert httpx.get(fresh_hub.url + "/v1/health").status_code == 200
    storage = SqliteStorage(tmp_path / "hub.db")
    assert storage.push_state(code, 0, 0).acked_through == 0 and storage.records(code) == []
    storage.close()


def _deflate_of(gz: bytes) -> bytes:
    """The same bomb as a zlib (``deflate``) stream: the raw deflate data between gzip's header and
    trailer, under a zlib header (its Adler-32 trailer left off: the cap is met long before)."""
    return b"\x78\xda" + gz[10:-8]


def test_the_same_change_id_twice_in_one_batch_with_other_payloads(hub, make_station):
    st = make_station()
    write_parcels(st.store, 2)
    rows = [list(r) for r in st.sync.state.rows_after(0, 100)]
    url = f"{hub.url}/v1/stations/{st.info.code}/push"
    twin = list(rows[-1])
    twin[0] = rows[-1][0] + 1
    twin[5] = twin[5].replace("in_station", "picked_up") if "in_station" in twin[5] else twin[5][:-1] + ',"x":1}'
    assert twin[5] != rows[-1][5]
    before = held(hub, st)
    r = httpx.post(url, content=gzip_bytes(encode_batch([*rows, twin], pending=0, sent_at=SENT)),
                   headers={**_auth(st), "Content-Encoding": "gzip"})
    assert r.status_code == 200, r.text
    answer = r.json()
    # the first copy is applied; the second, the same id with another content, is a conflict
    assert answer["applied"] == len(rows) and answer["acked_through"] == twin[0], answer
    assert answer["conflicts"] == [{"seq": twin[0], "change_id": twin[1], "code": "record.conflict"}], answer
    kept = [rec for rec in hub.storage.records(st.info.code) if rec["change_id"] == twin[1]]
    assert len(kept) == 1 and kept[0]["payload"] == rows[-1][5]
    assert before != held(hub, st)
    _up(hub)


def test_one_stations_token_opens_nothing_of_another(hub, make_station):
    a, b = make_station(), make_station()
    write_parcels(a.store, 3)
    assert a.sync.run_once("test").ok
    base = f"{hub.url}/v1/stations/{a.info.code}"
    before = held(hub, a, b)
    as_b = _auth(b)
    page = httpx.get(base + "/pull", headers=_auth(a)).json()
    for method, path, kw in (
        ("GET", "/counts", {}), ("GET", "/push-state", {}), ("GET", "/pull", {}),
        ("GET", "/pull", {"params": {"cursor": page["cursor"]}}), ("GET", "/payments/x1", {}),
        ("POST", "/push", {"content": encode_batch(b.sync.state.rows_after(0, 10), pending=0, sent_at=SENT)}),
        ("POST", "/push", {"content": encode_batch(a.sync.state.rows_after(0, 10), pending=0, sent_at=SENT)}),
    ):
        r = httpx.request(method, base + path, headers=as_b, **kw)
        assert _error(r, 403, "station.forbidden")["station_code"] == a.info.code
    assert held(hub, a, b) == before
    assert hub.storage.records(b.info.code) == []  # nothing was filed under B either
    _up(hub)


def test_a_replayed_batch_changes_nothing(hub, make_station):
    st = make_station()
    write_parcels(st.store, 4)
    first = encode_batch(st.sync.state.rows_after(0, 100), pending=0, sent_at=SENT)
    url = f"{hub.url}/v1/stations/{st.info.code}/push"
    h = {**_auth(st), "Content-Encoding": "gzip"}
    assert httpx.post(url, content=gzip_bytes(first), headers=h).json()["applied"] == 6
    acked = st.sync.state.rows_after(0, 100)[-1][0]
    write_parcels(st.store, 3)
    second = encode_batch(st.sync.state.rows_after(acked, 100), pending=0, sent_at=SENT)
    assert httpx.post(url, content=gzip_bytes(second), headers=h).json()["applied"] == 3
    before = held(hub, st)
    for body in (first, second, first):  # an old batch after newer ones, the newest again
        answer = httpx.post(url, content=gzip_bytes(body), headers=h).json()
        assert answer["applied"] == 0 and answer["conflicts"] == [] and answer["duplicates"] > 0, answer
        assert answer["acked_through"] == acked + 3
    assert held(hub, st) == before
    assert st.sync.run_once("test").ok
    compare(st.store, hub.storage, st.info.code)
    _up(hub)


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _unb64(cursor: str) -> str:
    return base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()


def test_forged_and_tampered_cursors_are_410(hub, make_station):
    a, b = make_station(), make_station()
    now = sync_fixtures.utc_now()
    for i in range(6):
        hub.storage.publish("catalogue", f"K{i:03d}", json.dumps({"n": i}), "*", now)
    url = f"{hub.url}/v1/stations/{a.info.code}/pull"
    first = httpx.get(url, params={"limit": 2}, headers=_auth(a)).json()
    assert first["more"] and len(first["records"]) == 2
    cursor = first["cursor"]
    text = _unb64(cursor)
    assert text.startswith("c3:")
    body, _, mac = text.rpartition(":")
    _, hub_id, pos, floor, fingerprint = body.split(":")
    flipped_mac = mac[:-1] + ("0" if mac[-1] != "0" else "1")
    forged = [
        _b64(f"{body}:{flipped_mac}"),  # the signature altered
        _b64(f"c3:{hub_id}:{int(pos) + 2}:{floor}:{fingerprint}:{mac}"),  # the position moved, same signature
        _b64(f"c3:{hub_id}:0:{floor}:{fingerprint}:{mac}"),
        _b64(f"c2:{hub_id}:{pos}:{floor}:{fingerprint}"),  # unsigned, of the former version
        _b64(f"c1:{hub_id}:{pos}:{floor}"),
        encode_cursor(hub_id, int(pos), int(floor), fingerprint, key=b"\0" * 32, station=a.info.code),  # wrong key
        _b64(f"{body}:"), _b64(body), cursor[:-3], cursor + "AA",
    ]
    before = held(hub, a, b)
    for bad in forged:
        _error(httpx.get(url, params={"cursor": bad}, headers=_auth(a)), 410, "cursor.expired")
    # A's real cursor, used by station B on its own path: not B's, 410
    _error(httpx.get(f"{hub.url}/v1/stations/{b.info.code}/pull", params={"cursor": cursor}, headers=_auth(b)),
           410, "cursor.expired")
    assert held(hub, a, b) == before
    # the cursor the hub gave A still reads A's next page
    nxt = httpx.get(url, params={"cursor": cursor, "limit": 2}, headers=_auth(a)).json()
    assert [r["key"] for r in nxt["records"]] != [r["key"] for r in first["records"]] and nxt["records"]
    _up(hub)


def _bundle(st, tmp_path: Path, name: str) -> Path:  # noqa: ANN001
    admin = st.users.authenticate("admin", sync_fixtures.ADMIN_PIN)
    st.sync.export_bundle(admin, tmp_path / name)
    return tmp_path / name


def test_truncated_and_foreign_bundles_change_nothing(hub, make_station, tmp_path):
    a, b = make_station(), make_station()
    write_parcels(a.store, 5)
    good = _bundle(a, tmp_path, "a.yyt")
    data = good.read_bytes()
    magic, header_line, mac, body = data.split(b"\n", 3)
    header = json.loads(header_line)
    before = held(hub, a, b)
    cases = []
    for cut in (len(data) - 1, len(data) - 9, len(data) // 2, len(magic) + len(header_line) + 2, 5):
        path = tmp_path / f"cut{cut}.yyt"
        path.write_bytes(data[:cut])
        cases.append((path, (3, 6), ("bundle.invalid", "bundle.bad_signature")))
    # a truncated body signed again with the right key: the cipher's tag does not verify
    resigned = tmp_path / "cut-resigned.yyt"
    key = bundle_key(Credentials(a.info.code).get())
    resigned.write_bytes(magic + b"\n" + header_line + b"\n" + sign(key, header_line, body[:-8]).encode() + b"\n" + body[:-8])
    cases.append((resigned, (6,), ("bundle.bad_signature",)))
    # a truncated gzip encrypted and signed with the right keys (a writer cut short): the gzip is not whole
    nonce = bytes.fromhex(header["nonce"])
    cut_gzip = bundle_cipher.seal(key, nonce, header_line, bundle_cipher.open_sealed(key, nonce, header_line, body)[:-8])
    rewrapped = tmp_path / "cut-gzip.yyt"
    rewrapped.write_bytes(magic + b"\n" + header_line + b"\n" + sign(key, header_line, cut_gzip).encode() + b"\n" + cut_gzip)
    cases.append((rewrapped, (3,), ("body.bad_encoding",)))
    # A's bundle claiming to be B's: B's key does not verify A's signature
    as_b = json.dumps({**header, "station_code": b.info.code}).encode()
    foreign = tmp_path / "foreign.yyt"
    foreign.write_bytes(magic + b"\n" + as_b + b"\n" + mac + b"\n" + body)
    cases.append((foreign, (6,), ("bundle.bad_signature",)))
    # signed with B's real key but carrying A's header: A's key does not verify it
    b_key = bundle_key(Credentials(b.info.code).get())
    cross = tmp_path / "cross.yyt"
    cross.write_bytes(magic + b"\n" + header_line + b"\n" + sign(b_key, header_line, body).encode() + b"\n" + body)
    cases.append((cross, (6,), ("bundle.bad_signature",)))
    # a station the hub does not know
    stranger = tmp_path / "stranger.yyt"
    other = json.dumps({**header, "station_code": "CQNOBODY9"}).encode()
    stranger.write_bytes(magic + b"\n" + other + b"\n" + mac + b"\n" + body)
    cases.append((stranger, (6,), ("bundle.unknown_station",)))
    for path, codes, errors in cases:
        code, out, err = run_hub(hub.db, "bundle", "import", str(path))
        assert code in codes, (path.name, code, err)
        lines = err.splitlines()
        assert len(lines) == 1 and any(lines[0].startswith(f"error[{e}]") for e in errors), (path.name, err)
        assert json.loads(out)["error"]["code"] in errors
    assert held(hub, a, b) == before
    _up(hub)
    code, out, _ = run_hub(hub.db, "bundle", "import", str(good))  # the whole one still imports, once
    assert code == 0 and json.loads(out)["applied"] == 7
    assert run_hub(hub.db, "bundle", "import", str(good))[0] == 0 and held(hub, a)[a.info.code][2] == 7
