"""The Today page's figures: held parcels now, parcels that left today (a family pickup counts
each parcel), check-ins today — read from indexes and today's tail of the audit log."""

from app.core.dashboard import read_today


def test_today_counts_what_left_today_per_parcel(station, actors, clock):
    clerk = actors["clerk"]
    p = station.parcels
    for i, phone in enumerate(("13800001111", "13800001111", "13800002222")):
        p.inbound.checkin(clerk, f"SF{i:013d}", phone=phone)
    clock.advance(hours=20)  # the next day in Chongqing
    p.inbound.checkin(clerk, "SF0000000000009", phone="13800003333")
    p.pickup.by_phone_tail(clerk, "1111")  # one operation, two parcels
    summary = read_today(station.store)
    assert summary.parcels_by_status == {"in_station": 2, "picked_up": 2}
    assert summary.parcels_checked_in_today == 1
    assert summary.operations_today == 2


def test_today_walk_stops_at_midnight(station, actors, clock):
    for i in range(30):
        station.parcels.inbound.checkin(actors["clerk"], f"SF{i:013d}", phone="13800001111")
    clock.advance(hours=20)
    assert read_today(station.store).operations_today == 0
    assert read_today(station.store).parcels_by_status == {"in_station": 30}


def test_today_gathers_every_modules_alerts_most_urgent_first(station, monkeypatch):
    import sqlite3

    from app.core import alerts

    def info(conn, now, settings):  # noqa: ANN001, ANN202
        return [alerts.Alert("shop", "info", "alert.x", {"n": 1})]

    def danger(conn, now, settings):  # noqa: ANN001, ANN202
        return [alerts.Alert("payments", "danger", "alert.y", {})]

    def broken(conn, now, settings):  # noqa: ANN001, ANN202
        raise sqlite3.OperationalError("no such table")

    monkeypatch.setattr(alerts, "sources", lambda: (info, broken, danger))
    got = read_today(station.store).alerts
    assert [(a.module, a.level) for a in got] == [("payments", "danger"), ("shop", "info")]
