"""Hostile requests against the real hub on 127.0.0.1 (issue 16): bodies that inflate to millions
of values, invalid and deep JSON, integers past 2^63, cut gzip trailers, wrong media types and
encodings, secrets and resident IDs hidden in nested payloads. Each gets a short answer of the
documented shape, and nothing of the request is ever echoed back."""

from __future__ import annotations

import gzip
import json
import sys
import uuid
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from app.core.sync.credentials import Credentials
from app.core.sync.local_hub import LocalHub, free_port
from app.core.sync.protocol import encode_batch, gzip_bytes
from hub.limits import MAX_SEQ
from hub.wire import check_record, privacy_problem

from .helpers import sync_fixtures
from .helpers.records import write_parcels

hub, make_station = sync_fixtures.hub, sync_fixtures.make_station
ROOT = Path(__file__).resolve().parent.parent
ERROR_KEYS = {"code", "detail", "limit", "seconds", "encoding", "media_type", "station_code", "expected_seq", "floor"}
CLEAR_ID = "500101199003071236"  # a valid resident ID (check digit right)
HLC = "1780000000000.00000"


def _auth(st) -> dict[str, str]:  # noqa: ANN001
    return {"Authorization": f"Bearer {Credentials(st.info.code).get()}"}


def _error(r: httpx.Response, status: int, code: str) -> dict:
    """The answer is short, of the ErrorBody shape, with this status and code."""
    assert r.status_code == status, (r.status_code, r.text[:300])
    assert len(r.content) < 2048, len(r.content)
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) <= ERROR_KEYS and body["error"]["code"] == code, body
    return body["error"]


def _record(payload: dict | str, seq: int = 1) -> bytes:
    text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return json.dumps({"v": 1, "seqs": [seq], "ids": [str(uuid.uuid4())], "entities": ["parcels"],
                       "entity_ids": ["p1"], "ops": ["create"], "payloads": [text],
                       "device_times": ["2026-06-01T01:00:00.000Z"], "hlcs": [HLC]}).encode()


@pytest.fixture
def fresh_hub(tmp_path: Path):
    """A hub process of its own (its peak memory is this test's alone), on SQLite only: the bomb is
    refused before any storage call, so the backend plays no part."""
    proc = LocalHub(tmp_path / "hub.db", free_port(), cwd=ROOT, log_path=tmp_path / "hub.log")
    proc.start()
    yield proc
    proc.stop()


def _peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_small_gzip_of_millions_of_values_costs_no_memory_and_is_not_echoed(fresh_hub, tmp_path):
    from hub.storage import SqliteStorage

    storage = SqliteStorage(tmp_path / "hub.db")
    code = "CQHOST01"
    token = storage.enroll(code, storage.add_station(code, "x", "", sync_fixtures.utc_now()), sync_fixtures.utc_now())
    storage.close()
    url = f"{fresh_hub.url}/v1/stations/{code}/push"
    h = {"Authorization": f"Bearer {token}", "Content-Encoding": "gzip", "Content-Type": "application/json"}
    assert httpx.get(fresh_hub.url + "/v1/health").status_code == 200
    before = _peak_rss_mib(fresh_hub.proc.pid)
    seqs = b'{"v":1,"seqs":[' + (b"1," * 7_000_000)[:-1] + b'],"ids":[]}'  # 14 MB of values in ~14 kB
    bomb = gzip.compress(seqs, 9)
    assert len(bomb) < 64 * 1024
    r = httpx.post(url, content=bomb, headers=h, timeout=60)
    _error(r, 413, "body.too_many_items")
    # a wrong type carrying a long text: 422 names where, never the input
    long = gzip.compress(json.dumps({"v": 1, "seqs": ["x" * 2_000_000]}).encode())
    err = _error(httpx.post(url, content=long, headers=h, timeout=60), 422, "body.invalid")
    assert err["detail"][0]["loc"] == ["seqs", 0] and "xxxx" not in json.dumps(err)
    grown = _peak_rss_mib(fresh_hub.proc.pid) - before
    print(f"hub peak memory grew {grown:.0f} MiB for a {len(bomb) // 1024} kB gzip of 7 million values")
    assert grown < 150
    assert "Traceback" not in (tmp_path / "hub.log").read_text(errors="replace")


def test_invalid_json_is_422_on_every_body_even_without_a_token(hub, make_station):
    st = make_station()
    for path, headers in (("/v1/enroll", {}), (f"/v1/stations/{st.info.code}/push", _auth(st))):
        for body in (b"{not json", b"\xff\xfe\x00", b"", b"[" * 2000 + b"]" * 2000):
            r = httpx.post(hub.url + path, content=body, headers={**headers, "Content-Type": "application/json"})
            assert r.status_code == 422 and len(r.content) < 2048, (path, body[:10], r.status_code)
            assert r.json()["error"]["code"] in ("body.invalid", "body.too_deep")
    _error(httpx.post(hub.url + f"/v1/stations/{st.info.code}/push", content=b"[" * 30_000 + b"]" * 30_000,
                      headers=_auth(st)), 422, "body.too_deep")
    assert "Traceback" not in (hub.workdir / "hub.log").read_text(errors="replace")


def test_depth_hidden_behind_brackets_in_strings_is_still_422(hub, make_station):
    """The cheap depth bound counts brackets inside strings too; a body whose strings close what
    it opened (real depth 7,000, counted depth 7) passes that bound and is refused by the parse."""
    st = make_station()
    level = b'[[[[[[["]]]]]]]",'
    body = level * 1000 + b"0" + b"]" * 7000
    r = httpx.post(hub.url + f"/v1/stations/{st.info.code}/push", content=body, headers=_auth(st))
    assert r.status_code == 422 and r.json()["error"]["code"] in ("body.invalid", "body.too_deep"), r.text[:300]
    assert httpx.get(hub.url + "/v1/health").status_code == 200
    assert "Traceback" not in (hub.workdir / "hub.log").read_text(errors="replace")


def test_integers_past_2_63_are_422(hub, make_station):
    st = make_station()
    base = f"{hub.url}/v1/stations/{st.info.code}"
    for params in ({"since": 2**64}, {"upto": 2**63}, {"since": -1}):
        _error(httpx.get(base + "/push-state", params=params, headers=_auth(st)), 422, "request.invalid")
    assert httpx.get(base + "/push-state", params={"since": MAX_SEQ, "upto": MAX_SEQ}, headers=_auth(st)).status_code == 200
    one = json.loads(_record({"a": 1}))
    two = {k: (v * 2 if isinstance(v, list) else v) for k, v in one.items()}
    for body in ({**one, "seqs": [2**63]}, {**one, "pending": 2**70}, {**two, "seqs": [MAX_SEQ - 1, 5]}):
        _error(httpx.post(base + "/push", content=json.dumps(body), headers=_auth(st)), 422, "body.invalid")
    _error(httpx.get(base + "/pull", params={"cursor": "c" * 600}, headers=_auth(st)), 422, "request.invalid")


def test_gzip_must_be_whole_and_in_an_encoding_the_hub_speaks(hub, make_station):
    st = make_station()
    write_parcels(st.store, 2)
    url = f"{hub.url}/v1/stations/{st.info.code}/push"
    body = encode_batch(st.sync.state.rows_after(0, 10), pending=0, sent_at="2026-06-01T01:00:00.000Z")
    packed = gzip_bytes(body)
    h = {**_auth(st), "Content-Encoding": "gzip"}
    for cut in (packed[:-4], packed[:-8], packed + b"junk", packed[:-1] + bytes([packed[-1] ^ 1])):
        _error(httpx.post(url, content=cut, headers=h), 422, "body.bad_encoding")
    assert hub.storage.push_state(st.info.code, 0, 0).acked_through == 0  # nothing of it was applied
    r = httpx.post(url, content=packed, headers={**_auth(st), "Content-Encoding": "br"})
    assert _error(r, 415, "body.unsupported_encoding")["encoding"] == "br" and "gzip" in r.headers["accept-encoding"]
    _error(httpx.post(url, content=packed, headers={**h, "Content-Type": "text/plain"}), 415,
           "body.unsupported_media_type")
    assert httpx.post(url, content=packed, headers=h).json()["applied"] == 4


def test_every_answer_has_the_error_shape_and_is_declared(hub, make_station):
    st = make_station()
    _error(httpx.get(hub.url + "/v1/nothing-here"), 404, "http.not_found")
    _error(httpx.delete(hub.url + "/v1/health"), 405, "http.method_not_allowed")
    _error(httpx.get(hub.url + f"/v1/stations/{st.info.code}/counts"), 401, "auth.missing")
    _error(httpx.get(hub.url + "/v1/stations/OTHER1/counts", headers=_auth(st)), 403, "station.forbidden")
    schema = httpx.get(hub.url + "/openapi.json").json()
    assert "ErrorBody" in schema["components"]["schemas"]
    expected = {("/v1/stations/{code}/push", "post"): {401, 403, 404, 408, 409, 413, 415, 422},
                ("/v1/stations/{code}/pull", "get"): {401, 403, 404, 410, 422},
                ("/v1/stations/{code}/push-state", "get"): {401, 403, 404, 422},
                ("/v1/stations/{code}/counts", "get"): {401, 403, 404, 422},
                ("/v1/enroll", "post"): {403, 408, 413, 415, 422},
                ("/v1/health", "get"): {404}}
    for (path, method), statuses in expected.items():
        answers = schema["paths"][path][method]["responses"]
        for status in statuses | {400}:
            ref = answers[str(status)]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/ErrorBody"), (path, status)


@pytest.mark.parametrize("payload, reason", [
    ({"sender": {"resident_id": CLEAR_ID}}, "record.clear_resident_id"),
    ({"sender_id": CLEAR_ID}, "record.clear_resident_id"),
    ({"owner_id": "11010519491231002X"}, "record.clear_resident_id"),  # any *_id key holding an ID's shape
    ({"note": f"寄件人身份证{CLEAR_ID}已核验"}, "record.clear_resident_id"),  # inside free text
    ({"items": [{"who": {"id_number": CLEAR_ID}}]}, "record.clear_resident_id"),
    ({"meta": {"pin_hash": "x"}}, "record.secret_field"),
    ({"users": [{"Password": "x"}]}, "record.secret_field"),
    ({"auth": {"sync_token": "yyt1_x"}}, "record.secret_field"),
    ({"a": json.loads("[" * 40 + "]" * 40)}, "record.payload_too_deep"),
    ({"sender_id_hash": "ab" * 32, "sender_id": "5001**********1236", "tracking": "SF1400000000101"}, None),
    ({"phone": "13800138000", "number": "123456789012345678"}, None),  # 18 digits, not an ID: check digit wrong
])
def test_the_privacy_check_looks_at_every_level(payload, reason):
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    assert check_record(str(uuid.uuid4()), "parcels", "p1", "create", text, HLC, "2026-06-01T01:00:00.000Z") == reason


_KEYS = hs.sampled_from(["pin", "PIN", "pin_hash", "x_pin", "sync_token", "Password", "data_key", "pinyin",
                         "resident_id", "sender_id", "id", "note", "tracking", "名字", "to\u212aen", "a\\_pin"])
_TEXTS = hs.one_of(hs.text(max_size=30), hs.sampled_from([CLEAR_ID, "11010519491231002X", "123456789012345678",
                                                          f"身份证{CLEAR_ID}", "１１０１０５１９４９１２３１００２x"]))
_VALUES = hs.recursive(hs.one_of(_TEXTS, hs.integers(), hs.none()),
                       lambda inner: hs.one_of(hs.lists(inner, max_size=3), hs.dictionaries(_KEYS, inner, max_size=3)),
                       max_leaves=8)


@settings(max_examples=400, deadline=None)
@given(hs.dictionaries(_KEYS, _VALUES, max_size=5), hs.booleans())
def test_the_privacy_shortcut_on_the_text_agrees_with_the_walk(payload, ascii_only):
    """The cheap text test may only skip a walk that would find nothing (escaped or not)."""
    text = json.dumps(payload, ensure_ascii=ascii_only)
    assert check_record(str(uuid.uuid4()), "parcels", "p1", "create", text, HLC,
                        "2026-06-01T01:00:00.000Z") == privacy_problem(json.loads(text))


def test_a_nested_resident_id_is_rejected_at_the_hub(hub, make_station):
    st = make_station()
    url = f"{hub.url}/v1/stations/{st.info.code}/push"
    answer = httpx.post(url, content=_record({"sender": {"resident_id": CLEAR_ID}}), headers=_auth(st)).json()
    assert [r["code"] for r in answer["rejected"]] == ["record.clear_resident_id"]
    deep = "[" * 30_000 + "]" * 30_000
    answer = httpx.post(url, content=_record(deep, seq=2), headers=_auth(st)).json()
    assert [r["code"] for r in answer["rejected"]] == ["record.payload_too_deep"]
    assert hub.storage.records(st.info.code) == []


def test_types_are_strict_and_a_wrong_shape_is_422_not_413(hub, make_station):
    """Found by schemathesis: ``false`` read as 0, and an object where a text belongs counted as
    a size problem."""
    st = make_station()
    url = f"{hub.url}/v1/stations/{st.info.code}/push"
    empty = {"v": 1, "seqs": [], "ids": [], "entities": [], "entity_ids": [], "ops": [], "payloads": [],
             "device_times": [], "hlcs": []}
    for change in ({"pending": False}, {"v": True}, {"sent_at": {}}, {"seqs": ["1"]}):
        _error(httpx.post(url, json={**empty, **change}, headers=_auth(st)), 422, "body.invalid")
    _error(httpx.post(hub.url + "/v1/enroll", json={"station_code": "CQ0001", "enrolment_code": 12345678}),
           422, "body.invalid")
