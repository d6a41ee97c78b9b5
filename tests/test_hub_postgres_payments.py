"""Payment requests, decisions and whole bundles on the hub's PostgreSQL storage: the same
answers as SQLite for the same pushes, bundles and decisions; one publish when two decisions
race; a decision whose transaction commits last is not skipped by a pull; a database at schema 1
migrates to the payments schema."""

from __future__ import annotations

import datetime as _dt
import json
import threading
import time
import uuid
from collections.abc import Iterator

import pytest

from hub.errors import Gap, NotFound, Refused
from hub.storage import BatchIn, SqliteStorage
from hub.wire import Item, sha256_hex

from .helpers import pg

NOW = _dt.datetime(2026, 6, 1, 1, 0, tzinfo=_dt.UTC)
CODE = "CQ0001"


@pytest.fixture
def pgs() -> Iterator:
    from hub.storage.postgres import PgStorage

    url = pg.new_database("pay")
    storage = PgStorage(url)
    yield storage
    storage.close()
    pg.drop_database(url)


def _payment(seq: int, pid: str, ref: str, amount: int, status: str = "pending", op: str = "create") -> Item:
    body = {"id": pid, "reference": ref, "type": "electricity", "biller": "国网重庆", "account": "0012345678",
            "amount_fen": amount, "payer": "陈大明", "created_at": f"2026-06-01T01:00:{seq:02d}.000Z", "status": status}
    payload = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Item(seq, str(uuid.uuid5(uuid.NAMESPACE_OID, f"{pid}/{seq}/{status}")), "payments", pid, op, payload,
                "2026-06-01T01:00:00.000Z", f"{1780000000000 + seq:013d}.00000", sha256_hex(payload))


def _pid(n: int) -> str:
    return str(uuid.UUID(int=n))


def _ref(n: int) -> str:
    return f"{CODE}P{n:09d}"


def _requests(storage) -> list[tuple]:  # noqa: ANN001
    return [(r.payment_id, r.reference, r.amount_fen, r.payer, r.status, r.reason, r.decided_at, r.station_status)
            for r in storage.payment_requests(CODE, None, 1000)]


def _scenario(storage) -> list:  # noqa: ANN001
    """Pushes and bundles of payment records, then every kind of decision; every answer."""
    storage.add_station(CODE, "x", "t", NOW)
    out: list = []
    # a batch with a payment made and refunded in it (one request, the station's latest word)
    out.append(storage.push(CODE, [_payment(1, _pid(1), _ref(1), 5000),
                                   _payment(2, _pid(1), _ref(1), 9999, "refunded", "update"),
                                   _payment(3, _pid(2), _ref(2), 3000)], NOW))
    # the same record again under another number (a restored station): a duplicate, no second request
    out.append(storage.push(CODE, [_payment(3, _pid(2), _ref(2), 3000)._replace(seq=4)], NOW))
    # a record the platform cannot act on is stored, but makes no request
    odd = _payment(5, _pid(9), _ref(9), 1)
    odd = odd._replace(payload=odd.payload.replace('"amount_fen":1', '"amount_fen":"lots"'))
    out.append(storage.push(CODE, [odd._replace(payload_hash=sha256_hex(odd.payload))], NOW))
    # a bundle whose second batch has a gap: nothing of it, no request either
    first, gapped = BatchIn([_payment(6, _pid(3), _ref(3), 700)]), BatchIn([_payment(9, _pid(4), _ref(4), 800)])
    try:
        storage.push_many(CODE, [first, gapped], NOW)
    except Gap as exc:
        out.append(("gap", exc.expected_seq))
    out.append(_requests(storage))
    whole = [first, BatchIn([_payment(7, _pid(4), _ref(4), 800)], pending=0, device_time="2026-06-01T01:00:05.000Z"),
             BatchIn([_payment(8, _pid(3), _ref(3), 700, "refunded", "update")])]
    out.append(storage.push_many(CODE, whole, NOW))
    out.append(storage.push_many(CODE, whole, NOW))  # imported twice: nothing new
    out.append(storage.push_many(CODE, [], NOW))
    # a restored station issued reference 1 again for another payment
    out.append(storage.push(CODE, [_payment(9, _pid(5), _ref(1), 1200)], NOW))
    out.append(_requests(storage))
    later = NOW + _dt.timedelta(minutes=5)
    for ref, status in ((_ref(2), "confirmed"), (_ref(2), "confirmed"), (_ref(2), "rejected"), (_ref(7), "confirmed"),
                        (_ref(1), "confirmed"), (_pid(5), "rejected"), (_ref(4), "rejected")):
        try:
            req, new = storage.decide_payment(CODE, ref, status, "号码已停机" if status == "rejected" else "", later)
            out.append((req.payment_id, req.status, req.reason, req.decided_at, new))
        except (NotFound, Refused) as exc:
            out.append((exc.code, sorted(exc.fields.items())))
    out.append(_requests(storage))
    out.append(storage.payment_request(CODE, _pid(2)).status)
    out.append(storage.payment_request(CODE, _pid(77)))
    pulled = storage.pull(CODE, 0, 100, False)
    out.append([(e.stream, e.key, json.loads(e.payload)) for e in pulled.entries])
    out.append(storage.pull("CQ0002", 0, 100, False).entries)  # another station's decisions stay its own
    out.append(storage.counts(CODE))
    report = storage.report()[0]
    out.append({k: report[k] for k in ("acked_through", "changes", "duplicates_seen", "backlog_known",
                                       "last_device_time", "last_bundle_at")})
    return out


def test_payments_and_bundles_give_the_same_answers_on_sqlite_and_postgres(pgs, tmp_path):
    lite = SqliteStorage(tmp_path / "hub.db")
    try:
        expected = _scenario(lite)
    finally:
        lite.close()
    assert _scenario(pgs) == expected
    requests = expected[9]
    assert [(r[0], r[2], r[7]) for r in requests] == [
        (_pid(1), 5000, "refunded"), (_pid(2), 3000, "pending"), (_pid(3), 700, "refunded"), (_pid(4), 800, "pending"),
        (_pid(5), 1200, "pending")]  # amounts from the first record, the station's status from the last
    assert expected[3] == ("gap", 7) and expected[4] == [r for r in expected[9] if r[0] in (_pid(1), _pid(2))]
    assert expected[6].applied == 0 and expected[6].duplicates == 3
    decisions = expected[10:17]
    assert [d[-1] for d in decisions if len(d) == 5] == [True, False, True, True]
    assert [d[0] for d in decisions if len(d) == 2] == ["payment.already_decided", "payment.unknown",
                                                        "payment.reference_ambiguous"]
    assert [(e[1], e[2]["status"]) for e in expected[20]] == [(_pid(2), "confirmed"), (_pid(5), "rejected"),
                                                              (_pid(4), "rejected")]


def test_two_decisions_racing_publish_once(pgs):
    """Two platform operators decide the same payment at the same moment: one publishes, the
    other finds it decided (the same answer: nothing new)."""
    import psycopg

    pgs.add_station(CODE, "x", "t", NOW)
    pgs.push(CODE, [_payment(1, _pid(1), _ref(1), 5000)], NOW)
    from hub.storage.pg_log import key_lock

    results: list = []
    with psycopg.connect(pgs.url, autocommit=True) as gate:
        gate.execute("SELECT pg_advisory_lock(%s)", (key_lock("payment_decisions", _pid(1)),))
        threads = [threading.Thread(target=lambda: results.append(pgs.decide_payment(CODE, _ref(1), "confirmed", "",
                                                                                      NOW)[1])) for _ in range(2)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 20
        while gate.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").fetchone()[0] < 2:
            assert time.monotonic() < deadline, "both decisions should be waiting at the record's lock"
        gate.execute("SELECT pg_advisory_unlock_all()")
        for t in threads:
            t.join(30)
    assert sorted(results) == [False, True]
    assert [e.key for e in pgs.pull(CODE, 0, 100, False).entries] == [_pid(1)]


def test_a_decision_committing_last_is_not_skipped_by_a_pull(pgs, monkeypatch):
    """The decision's transaction draws its id first and commits after a later publish; a pull
    in between must not move the station's cursor past it."""
    from hub.storage.postgres import PgStorage

    pgs.add_station(CODE, "x", "t", NOW)
    pgs.push(CODE, [_payment(1, _pid(1), _ref(1), 5000)], NOW)
    start = pgs.pull(CODE, 0, 100, False)
    inserted, release = threading.Event(), threading.Event()
    real = PgStorage._publish_in

    def held_open(c, *args):  # noqa: ANN001, ANN002, ANN202
        position = real(c, *args)
        inserted.set()
        assert release.wait(30)
        return position

    monkeypatch.setattr(PgStorage, "_publish_in", staticmethod(held_open))
    deciding = threading.Thread(target=pgs.decide_payment, args=(CODE, _ref(1), "confirmed", "", NOW))
    deciding.start()
    assert inserted.wait(30)
    monkeypatch.setattr(PgStorage, "_publish_in", staticmethod(real))
    pgs.publish("notices", "later", json.dumps({"n": 1}), CODE, NOW)
    between = pgs.pull(CODE, start.last_seq, 100, False)
    release.set()
    deciding.join(30)
    after = pgs.pull(CODE, between.last_seq, 100, False)
    assert between.entries == []  # held back behind the open decision, never passed
    assert [e.key for e in after.entries] == [_pid(1), "later"]


def test_a_schema_1_database_migrates_to_payments(tmp_path):
    import psycopg

    from hub.storage.pg_migrations import LATEST, current_version, v001_base
    from hub.storage.postgres import PgStorage

    url = pg.new_database("mig")
    try:
        with psycopg.connect(url, autocommit=True) as c:
            with c.transaction():
                v001_base.apply(c)
                c.execute("CREATE TABLE hub_schema (version integer NOT NULL)")
                c.execute("INSERT INTO hub_schema VALUES (1)")
        storage = PgStorage(url)
        try:
            with storage._conn() as c:
                assert current_version(c) == LATEST >= 2
            storage.add_station(CODE, "x", "t", NOW)
            storage.push(CODE, [_payment(1, _pid(1), _ref(1), 5000)], NOW)
            assert [r.reference for r in storage.payment_requests(None, "pending", 10)] == [_ref(1)]
        finally:
            storage.close()
    finally:
        pg.drop_database(url)
