import uuid

from app.core.clock import ManualClock, iso_utc, local_date, parse_utc
from app.core.db.hlc import Hlc
from app.core.ids import new_id, uuid7, uuid7_ms


def test_uuid7_layout_and_order():
    ids = [uuid7() for _ in range(5000)]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_uuid7_monotonic_when_clock_steps_back():
    a = uuid7(ms=2_000_000_000_000)
    b = uuid7(ms=1_000_000_000_000)  # wall clock went back
    assert b > a
    assert uuid7_ms(b) >= uuid7_ms(a)
    assert isinstance(new_id(), str) and len(new_id()) == 36


def test_manual_clock_and_formats():
    c = ManualClock("2026-06-01T15:59:59.5Z")
    assert iso_utc(c.now()) == "2026-06-01T15:59:59.500Z"
    assert str(local_date(c.now())) == "2026-06-01"
    c.advance(1)
    assert str(local_date(c.now())) == "2026-06-02"  # midnight in Chongqing
    assert parse_utc(iso_utc(c.now())) == c.now()


def test_hlc_never_goes_back():
    h = Hlc(0)
    seen = []
    for now in [1000, 1000, 999, 500, 2000, 1500]:
        h = h.tick(now)
        seen.append(h)
    assert seen == sorted(seen)
    assert len(set(seen)) == len(seen)
    assert [str(x) for x in seen] == sorted(str(x) for x in seen)


def test_hlc_receive_absorbs_remote_ahead():
    local = Hlc(1000, 3)
    merged = local.receive(900, Hlc(5000, 7))
    assert merged > Hlc(5000, 7)
    assert merged.tick(100) > merged
    assert Hlc.parse(str(merged)) == merged


def test_hlc_counter_overflow_moves_physical():
    h = Hlc(1000, 99_999)
    assert h.tick(10) == Hlc(1001, 0)
