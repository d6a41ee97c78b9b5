"""The retention purge (issue 13 part 5): exactly what is due is blanked, at Chongqing's midnight
N days on, what is not due is kept, one audited write, idempotent, reports unchanged, the counter
still works; the CLI's ``maintenance purge``; the day's first open purges by itself."""
# ruff: noqa: F811 - the fixtures are imported from the shared modules

from __future__ import annotations

import json

import pytest

from app.core.errors import NotAllowed
from app.core.parcels.model import Proxy
from app.core.station import Station

from .conftest import ADMIN_PIN, CLERK_PIN
from .report_support import _history_template, hactors, hist  # noqa: F401
from .test_parcels_support import _station_template, actors, sf, station  # noqa: F401

RESIDENT_ID = "11010519491231002X"
PHONES = {1: "13800001111", 2: "13800002222", 3: "13800003333", 4: "13800004444"}
NAMES = {1: "张一一", 2: "张二二", 3: "张三三", 4: "张四四"}


def _row(station, i: int):  # noqa: ANN001
    return station.store.query_one("SELECT yyt_open(name), yyt_open(phone), phone_tail, yyt_open(address), yyt_open(sender),"
                                   " yyt_open(proxy_name), yyt_open(proxy_phone), status, pickup_code FROM parcels WHERE tracking = ?", (sf(i),))


def _scenario(station, actors, clock):  # noqa: ANN001
    """Four parcels checked in on 1 June 2026 (09:00 Chongqing); #1 picked up at 09:00 by a proxy,
    #2 corrected then picked up at 23:59, #3 returned at 00:01 on 2 June, #4 still on the shelf."""
    p = station.parcels
    codes = {i: p.inbound.checkin(actors["clerk"], sf(i), phone=PHONES[i], name=NAMES[i], sender="李寄件",
                                  address=f"龙凤村{i}组{i}号").parcel.pickup_code for i in PHONES}
    p.pickup.by_code(actors["clerk"], codes[1], Proxy("王代取", "13900009999"))
    p.corrections.fix(actors["clerk"], sf(2), reason="号码写错", phone="13800002223")
    clock.set("2026-06-01T15:59:00Z")
    p.pickup.by_code(actors["clerk"], station.store.query_one(
        "SELECT pickup_code FROM parcels WHERE tracking = ?", (sf(2),))[0])
    clock.set("2026-06-01T16:01:00Z")
    p.pickup.return_to_sender(actors["clerk"], sf(3), "拒收")


def _purges(station) -> list[dict]:  # noqa: ANN001
    return [json.loads(r[0]) | {"actor": r[1]} for r in station.store.query(
        "SELECT summary, actor FROM audit WHERE action = 'maintenance.purge' ORDER BY id")]


def test_exactly_what_is_due_at_chongqings_midnight_is_blanked_once(station, actors, clock):
    _scenario(station, actors, clock)
    admin = actors["admin"]
    clock.set("2026-08-30T15:59:59Z")  # 23:59:59 on 30 August in Chongqing: 90 days after 1 June, not more
    r = station.retention.purge(admin)
    assert (r.cutoff, r.parcels, r.events, r.total) == ("2026-06-01", 0, 0, 0)
    assert _row(station, 1)[:2] == ("张一一", "13800001111")

    clock.set("2026-08-30T16:00:00Z")  # 00:00 on 31 August: #1 and #2 (left on 1 June) are due, #3 (2 June) not
    dry = station.retention.purge(admin, dry_run=True)
    assert (dry.dry_run, dry.parcels, dry.events) == (True, 2, 1)
    assert _row(station, 1)[1] == "13800001111"  # a dry run changes nothing
    r = station.retention.purge(admin)
    assert (r.cutoff, r.parcels, r.events) == ("2026-06-02", 2, 1)
    for i in (1, 2):
        name, phone, tail, address, sender, proxy_name, proxy_phone, status, code = _row(station, i)
        assert (name, phone, tail, address, sender) == ("", "", "", "", "")
        assert status == "picked_up" and code  # the counts and codes stay
    assert _row(station, 1)[5:7] == ("", "")  # the proxy's name and phone
    assert _row(station, 2)[5:7] == (None, None)  # no proxy: stays NULL
    assert _row(station, 3)[:3] == ("张三三", "13800003333", "3333")  # returned on 2 June: kept
    assert _row(station, 4)[:3] == ("张四四", "13800004444", "4444")  # still on the shelf: kept
    detail = json.loads(station.store.query_one("SELECT yyt_open(detail) FROM parcel_events WHERE kind = 'fixed'")[0])
    assert detail == {"purged": True, "fields": ["phone"]}
    assert "13800002222" not in repr(station.parcels.search.history(admin, sf(2)))  # the history still shows

    again = station.retention.purge(admin)
    assert again.total == 0  # idempotent
    summaries = _purges(station)
    assert [s["parcels"] for s in summaries] == [0, 2, 0] and summaries[1]["cutoff"] == "2026-06-02"
    assert {s["actor"] for s in summaries} == {"admin"}

    clock.set("2026-08-31T16:00:00Z")  # 00:00 on 1 September: #3 is due too
    assert station.retention.purge(admin).parcels == 1
    assert _row(station, 3)[:3] == ("", "", "")
    assert _row(station, 4)[1] == "13800004444"


def test_a_purge_writes_no_change_record_and_one_audit_entry(station, actors, clock):
    _scenario(station, actors, clock)
    q = station.store.query_one
    outbox, audit = q("SELECT count(*) FROM outbox")[0], q("SELECT count(*) FROM audit")[0]
    clock.set("2026-10-01T02:00:00Z")
    assert station.retention.purge(actors["admin"]).parcels == 3
    assert q("SELECT count(*) FROM outbox")[0] == outbox  # the platform purges its own copy
    assert q("SELECT count(*) FROM audit")[0] == audit + 1
    assert station.maintenance.verify_audit(actors["admin"]).ok


def test_the_counter_still_works_after_a_purge(station, actors, clock):
    _scenario(station, actors, clock)
    clock.set("2026-10-01T02:00:00Z")
    station.retention.purge(actors["admin"])
    p = station.parcels
    p.inbound.checkin(actors["clerk"], sf(9), phone="13700001111", name="赵九")  # the same tail as purged #1
    got = p.pickup.by_phone_tail(actors["clerk"], "1111")
    assert [v.tracking for v in got.parcels] == [sf(9)]
    assert [v.tracking for v in p.pickup.by_phone_tail(actors["clerk"], "4444").parcels] == [sf(4)]
    assert p.queries.get(actors["clerk"], sf(1)).status == "picked_up"  # found by tracking number
    assert p.search.search(actors["clerk"], sf(1)).parcels


def test_old_shipments_and_preadvice_are_blanked_by_their_own_cutoffs(station, actors, clock):
    admin = actors["admin"]
    station.cash.open(actors["clerk"], 5000)
    station.parcels.outbound.send(actors["clerk"], sender_name="李四", sender_id=RESIDENT_ID,
                                  sender_phone="13900001111", to_name="王五", to_phone="13700002222",
                                  to_address="成都市武侯区某路 1 号", to_province="四川省", weight_g=1200,
                                  contents="脆李 5 斤", prohibited_confirmed=True, produce="脆李")
    with station.store.write(actor="system", action="sync.pull", entity="platform_records") as tx:
        for key in ("SF0000000000091", sf(4)):
            data = {"carrier": "SF", "phone": "13600006666", "name": "钱六", "sender": "某店", "address": "某村"}
            tx.execute("INSERT INTO platform_records (stream, key, payload, version, hlc, received_at)"
                       " VALUES ('preadvice', ?, ?, 1, '', ?)", (key, tx.seal(json.dumps(data)), tx.now_iso))
            tx.execute("INSERT INTO parcel_preadvice (tracking, carrier, phone, name, sender, address, received_at)"
                       " VALUES (?, 'SF', ?, ?, ?, ?, ?)",
                       (key, *(tx.seal(v) for v in ("13600006666", "钱六", "某店", "某村")), tx.now_iso))
    station.parcels.inbound.checkin(actors["clerk"], sf(4))  # pre-advised, still held
    clock.set("2026-09-15T02:00:00Z")  # > 90 days (pre-advice), < 365 (shipments)
    r = station.retention.purge(admin)
    assert (r.preadvice, r.platform_records, r.shipments) == (1, 1, 0)
    q = station.store.query_one
    assert q("SELECT yyt_open(phone), yyt_open(name), yyt_open(address) FROM parcel_preadvice WHERE tracking = 'SF0000000000091'")[:] == ("", "", "")
    assert q("SELECT yyt_open(phone) FROM parcel_preadvice WHERE tracking = ?", (sf(4),))[0] == "13600006666"  # held
    kept = json.loads(q("SELECT yyt_open(payload) FROM platform_records WHERE key = 'SF0000000000091'")[0])
    assert kept == {"carrier": "SF", "phone": "", "name": "", "sender": "", "address": ""}
    station.settings.set(admin, "privacy.shipment_retention_days", 30)
    r = station.retention.purge(admin)
    assert r.shipments == 1 and r.preadvice == 0
    row = q("SELECT sender_name, sender_phone, sender_id_masked, sender_id_hash, to_name, to_phone, to_address,"
            " to_province, weight_g, price_fen FROM shipments")
    assert tuple(row[:7]) == ("",) * 7 and row[7] == "四川" and row[8] == 1200 and row[9] > 0


def test_the_old_values_are_gone_from_the_file_and_its_wal(station, actors, clock, paths):
    _scenario(station, actors, clock)
    clock.set("2026-10-01T02:00:00Z")
    # the outbox still holds the check-in payloads (immutable, compacted once acknowledged): take them out
    # of the picture by looking for the proxy's phone, which only the parcel row and pickup payload hold
    station.retention.purge(actors["admin"])
    station.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rows = station.store.query("SELECT yyt_open(payload) FROM outbox")
    in_outbox = any("13900009999" in r[0] for r in rows)
    blob = paths.db.read_bytes() + (paths.db.with_name(paths.db.name + "-wal").read_bytes()
                                    if paths.db.with_name(paths.db.name + "-wal").exists() else b"")
    # every copy left in the file is an outbox payload (counted), none is a left-over of the row
    assert blob.count(b"13900009999") <= sum(r[0].count("13900009999") for r in rows)
    assert in_outbox  # the payloads are documented to keep it until acknowledged and compacted


def test_only_an_admin_purges(station, actors):
    with pytest.raises(NotAllowed):
        station.retention.purge(actors["clerk"])


def test_the_days_first_open_purges_once_by_the_system(station, actors, clock, paths):
    _scenario(station, actors, clock)
    station.close()
    clock.set("2026-10-01T02:00:00Z")
    with Station.open(paths, clock=clock, auto_purge=True) as st:
        assert _row(st, 1)[1] == "" and _purges(st)[-1]["actor"] == "system"
    with Station.open(paths, clock=clock, auto_purge=True) as st:  # the second open of the day: no second purge
        assert len(_purges(st)) == 1
    clock.set("2026-10-02T02:00:00Z")
    with Station.open(paths, clock=clock, auto_purge=True) as st:  # the next day, nothing due: no audit entry
        assert len(_purges(st)) == 1


def test_reports_give_the_same_figures_before_and_after(hist, hactors):
    sup = hactors["supervisor"]
    months = ["2023-01", "2023-06", "2023-12", "2024-02", "2024-03"]
    days = ["2023-03-15", "2023-11-11", "2024-03-30"]
    before = ([hist.reports.subsidy(sup, m).data for m in months], [hist.reports.daily(sup, d).data for d in days])
    r = hist.retention.purge(hactors["admin"])
    assert r.parcels > 500 and r.shipments > 0
    after = ([hist.reports.subsidy(sup, m).data for m in months], [hist.reports.daily(sup, d).data for d in days])
    assert after == before


def test_cli_maintenance_purge(cli, clock):
    assert cli("init", "--station-code", "CQ0002", "--name", "村站", "--admin", "admin",
               new_pin=ADMIN_PIN).code == 0
    r = cli("maintenance", "purge", "--dry-run", user="admin", pin=ADMIN_PIN)
    assert r.code == 0, r.err
    assert r.json["dry_run"] is True and r.json["total"] == 0 and r.json["parcels"] == 0
    r = cli("maintenance", "purge", user="admin", pin=ADMIN_PIN, json_out=False)
    assert r.code == 0 and "parcels: 0" in r.out and "dry_run: False" in r.out
    assert cli("user", "add", "clerk", "--role", "clerk", user="admin", pin=ADMIN_PIN, new_pin=CLERK_PIN).code == 0
    r = cli("maintenance", "purge", user="clerk", pin=CLERK_PIN)
    assert r.code == 6 and r.err.startswith("error[")


def test_a_purged_event_cannot_be_rewritten_and_others_stay_immutable(station, actors, clock):
    import sqlite3

    _scenario(station, actors, clock)
    conn = station.store.conn
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE parcel_events SET actor = 'x' WHERE kind = 'fixed'")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE parcel_events SET detail = '{}' WHERE kind = 'fixed'")
    clock.set("2026-10-01T02:00:00Z")
    station.retention.purge(actors["admin"])
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("""UPDATE parcel_events SET detail = '{"purged":true,"x":1}' WHERE kind = 'fixed'""")

