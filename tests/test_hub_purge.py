"""The platform's retention purge (issue 13 part 5) on SQLite and PostgreSQL: every version of a
parcel that left a station before the cutoff loses its personal fields, a held parcel and a recent
one keep theirs, shipments by their own cutoff, pre-advice in the platform log; hashes, counts and
the exactly-once rule unchanged; idempotent; ``python -m hub maintenance purge``."""

from __future__ import annotations

import datetime as _dt
import json
import uuid
from collections.abc import Iterator

import pytest

from app.core.privacy import day_start_utc
from hub.storage import SqliteStorage
from hub.wire import Item, sha256_hex

from .helpers import pg
from .test_hub_cli import run_hub

NOW = _dt.datetime(2026, 9, 15, 2, 0, tzinfo=_dt.UTC)
CUTOFF = day_start_utc(_dt.date(2026, 6, 2))  # parcels that left before 2 June (Chongqing) are due
SHIP_CUTOFF = day_start_utc(_dt.date(2025, 9, 15))


def _parcel(pid: str, status: str, phone: str, **times: str) -> dict:
    return {"id": pid, "tracking": f"SF{pid}", "status": status, "phone": phone, "phone_tail": phone[-4:],
            "name": "张三", "address": "龙凤村三组12号", "sender": "李寄件", "proxy_name": None,
            "proxy_phone": None, "checked_in_at": "2026-06-01T01:00:00.000Z", "picked_up_at": None,
            "delivered_at": None, "returned_at": None, **times}


def _records() -> list[tuple[str, str, str, dict]]:
    """(entity, id, op, payload) in push order."""
    return [
        ("parcels", "p1", "create", _parcel("p1", "in_station", "13800001111")),
        ("parcels", "p1", "update", _parcel("p1", "picked_up", "13800001111", proxy_name="王代取",
                                            proxy_phone="13900009999", picked_up_at="2026-06-01T15:59:00.000Z")),
        ("parcels", "p2", "create", _parcel("p2", "in_station", "13800002222")),  # held
        ("parcels", "p3", "create", _parcel("p3", "returned", "13800003333",
                                            returned_at="2026-06-01T16:00:00.000Z")),  # 00:00 on 2 June: kept
        ("shipments", "s1", "create", {"id": "s1", "sender_name": "李四", "sender_phone": "13900001111",
                                       "sender_id_masked": "1101**********002X", "sender_id_hash": "ab" * 32,
                                       "to_name": "王五", "to_phone": "13700002222", "to_address": "成都市某路",
                                       "to_province": "四川", "weight_g": 1200, "accepted_at": "2025-09-14T15:00:00.000Z"}),
        ("shipments", "s2", "create", {"id": "s2", "sender_name": "李四", "sender_phone": "13900001112",
                                       "to_name": "王五", "to_phone": "13700002223", "to_address": "成都市某路",
                                       "to_province": "四川", "weight_g": 800, "accepted_at": "2025-09-14T16:00:00.000Z"}),
    ]


def _items() -> list[Item]:
    out = []
    for seq, (entity, eid, op, payload) in enumerate(_records(), start=1):
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        out.append(Item(seq, str(uuid.uuid5(uuid.NAMESPACE_OID, f"{eid}-{seq}")), entity, eid, op, text,
                        "2026-06-01T01:00:00.000Z", f"{1780000000000 + seq:013d}.00000", sha256_hex(text)))
    return out


@pytest.fixture(params=["sqlite", "postgres"])
def storage(request: pytest.FixtureRequest, tmp_path) -> Iterator:
    if request.param == "sqlite":
        s = SqliteStorage(tmp_path / "hub.db")
        yield s
        s.close()
        return
    from hub.storage.postgres import PgStorage

    url = pg.new_database("purge")
    s = PgStorage(url)
    yield s
    s.close()
    pg.drop_database(url)


def _payloads(storage, entity: str) -> dict[tuple[str, int], dict]:  # noqa: ANN001
    return {(r["entity_id"], r["seq"]): json.loads(r["payload"]) for r in storage.records("CQ0001", entity)}


def test_the_platform_purges_every_version_of_what_is_due_once(storage):
    storage.add_station("CQ0001", "龙凤村站", "龙凤镇", NOW)
    items = _items()
    storage.push("CQ0001", items, NOW)
    storage.publish("preadvice", "SF9", json.dumps({"phone": "13600006666", "name": "钱六", "carrier": "SF"}),
                    "CQ0001", NOW - _dt.timedelta(days=120))
    storage.publish("preadvice", "SF8", json.dumps({"phone": "13600007777", "name": "孙七"}), "CQ0001", NOW)
    before_counts = storage.counts("CQ0001")
    hashes = {r["seq"]: r["payload_hash"] for r in storage.records("CQ0001")}

    dry = storage.purge_personal(CUTOFF, SHIP_CUTOFF, dry_run=True)
    assert (dry["parcels"], dry["parcel_versions"], dry["shipments"], dry["preadvice"]) == (1, 2, 1, 1)
    assert _payloads(storage, "parcels")[("p1", 1)]["phone"] == "13800001111"  # a dry run changes nothing
    r = storage.purge_personal(CUTOFF, SHIP_CUTOFF)
    assert (r["parcels"], r["parcel_versions"], r["shipments"], r["shipment_versions"], r["preadvice"]) == (1, 2, 1, 1, 1)

    parcels = _payloads(storage, "parcels")
    for seq in (1, 2):  # both versions of p1, the held one included
        p = parcels[("p1", seq)]
        assert (p["phone"], p["phone_tail"], p["name"], p["address"], p["sender"]) == ("", "", "", "", "")
    assert parcels[("p1", 2)]["proxy_phone"] == "" and parcels[("p1", 2)]["status"] == "picked_up"
    assert parcels[("p1", 1)]["proxy_phone"] is None
    assert parcels[("p2", 3)]["phone"] == "13800002222"  # held
    assert parcels[("p3", 4)]["phone"] == "13800003333"  # left at 00:00 on 2 June: not due
    ships = _payloads(storage, "shipments")
    assert ships[("s1", 5)]["to_phone"] == "" and ships[("s1", 5)]["to_province"] == "四川"
    assert ships[("s1", 5)]["weight_g"] == 1200 and ships[("s1", 5)]["sender_id_hash"] == ""
    assert ships[("s2", 6)]["to_phone"] == "13700002223"
    log = storage.latest("preadvice", "CQ0001")
    assert json.loads(log["SF9"]) == {"phone": "", "name": "", "carrier": "SF"}
    assert json.loads(log["SF8"])["phone"] == "13600007777"

    assert storage.counts("CQ0001") == before_counts
    assert {r["seq"]: r["payload_hash"] for r in storage.records("CQ0001")} == hashes
    again = storage.push("CQ0001", items, NOW)  # the station sends the same records again: still duplicates
    assert again.applied == 0 and again.duplicates == len(items)
    second = storage.purge_personal(CUTOFF, SHIP_CUTOFF)
    assert (second["parcels"], second["shipments"], second["preadvice"]) == (0, 0, 0)


def test_hub_maintenance_purge_from_the_command_line(tmp_path):
    db = tmp_path / "hub.db"
    storage = SqliteStorage(db)
    storage.add_station("CQ0001", "龙凤村站", "龙凤镇", NOW)
    storage.push("CQ0001", _items(), NOW)  # every parcel left in June 2026: > 90 days before today
    storage.close()
    code, out, err = run_hub("--db", str(db), "--json", "maintenance", "purge", "--dry-run")
    assert code == 0, err
    dry = json.loads(out)
    assert dry["dry_run"] is True and dry["parcels"] == 2 and "cutoff" in dry
    code, out, err = run_hub("--db", str(db), "maintenance", "purge", "--days", "90")
    assert code == 0 and "parcels: 2" in out
    code, out, err = run_hub("--db", str(db), "maintenance", "purge", "--days", "1")
    assert code == 3 and err.startswith("error[option.out_of_range]")
