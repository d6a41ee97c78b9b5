"""The Qt-free reads behind the status bar and the Today page (app.core.outbox_stats, app.core.dashboard)."""

from __future__ import annotations

from app.core.clock import iso_utc
from app.core.dashboard import local_midnight_utc, read_today
from app.core.outbox_stats import STALE_AFTER_S, read_outbox_stats


def _write_change(station, n: int = 1) -> None:
    for i in range(n):
        with station.store.write(actor="clerk", action="test.thing", entity="things", entity_id=f"t{i}") as tx:
            tx.change("things", f"t{i}", "create", {"i": i})


def _ack(station, seq: int) -> None:
    with station.store.write(actor="system", action="test.ack") as tx:
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('acked_through', ?)", (str(seq),))


def test_pending_counts_what_is_above_the_ack_mark(station, clock):
    before = read_outbox_stats(station.store)
    assert before.pending == station.store.query_one("SELECT count(*) FROM outbox")[0] > 0
    assert before.acked_through == 0 and before.last_success_at is None and before.last_run_ok is None
    first_at = station.store.query_one("SELECT device_time FROM outbox ORDER BY seq LIMIT 1")[0]
    assert before.oldest_pending_at == first_at
    clock.advance(3600)
    _write_change(station, 3)
    last = station.store.query_one("SELECT max(seq) FROM outbox")[0]
    _ack(station, last - 3)
    stats = read_outbox_stats(station.store)
    assert stats.pending == 3 and stats.acked_through == last - 3
    assert stats.oldest_pending_age_s == 0 and not stats.stale
    clock.advance(STALE_AFTER_S + 1)
    assert read_outbox_stats(station.store).stale
    _ack(station, last)
    done = read_outbox_stats(station.store)
    assert done.pending == 0 and done.oldest_pending_at is None and not done.stale


def test_last_success_comes_from_the_sync_runs(station, clock):
    now = iso_utc(clock.now())
    with station.store.write(actor="system", action="test.runs") as tx:
        tx.execute("INSERT INTO sync_runs (trigger, started_at, ended_at, result) VALUES ('timer', ?, ?, 'ok')",
                   (now, now))
        tx.execute("INSERT INTO sync_runs (trigger, started_at, ended_at, result, error_class)"
                   " VALUES ('timer', ?, ?, 'failed', 'unreachable')", (now, now))
    stats = read_outbox_stats(station.store)
    assert stats.last_success_at == now and stats.last_run_ok is False


def test_today_counts_todays_operations_in_station_time(station, clock):
    # 2026-06-01T01:00Z is 09:00 in Chongqing: the day began at 2026-05-31T16:00Z
    assert iso_utc(local_midnight_utc(clock.now())) == "2026-05-31T16:00:00.000Z"
    today = read_today(station.store)
    assert today.station_code == "CQ0001" and today.local_date.isoformat() == "2026-06-01"
    assert today.operations_today == station.store.query_one("SELECT count(*) FROM audit")[0]
    assert [m.username for m in today.staff] == ["admin", "carrier", "clerk", "supervisor"]
    clock.advance(hours=15)  # 00:00 the next day in Chongqing
    assert read_today(station.store).operations_today == 0


def test_today_reads_parcels_only_when_the_table_has_them(station):
    summary = read_today(station.store)
    assert summary.parcels_by_status == {}  # a fresh station: no parcel yet, nothing invented
    assert summary.outbox is not None and summary.outbox.pending > 0


def test_today_counts_parcels_by_status(station, actors):
    station.parcels.inbound.checkin(actors["clerk"], "SF1234567890123", phone="13812341234")
    summary = read_today(station.store)
    assert summary.parcels_by_status == {"in_station": 1}
    assert summary.parcels_checked_in_today == 1
