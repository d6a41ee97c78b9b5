"""The hub's PostgreSQL storage on its own: pull cursors that never skip a late-committed publish
(and the naive ``bigserial`` cursor that does), the epoch after a dump restored into a younger
cluster, a stuck transaction cut off by the session timeouts, the push rule giving the same
answers on SQLite and PostgreSQL, and a Citus-ready schema."""

from __future__ import annotations

import datetime as _dt
import json
import time
import uuid
from collections.abc import Iterator

import pytest

from hub.errors import Gap
from hub.storage import SqliteStorage
from hub.wire import Item, sha256_hex

from .helpers import pg

NOW = _dt.datetime(2026, 6, 1, 1, 0, tzinfo=_dt.UTC)


def _pg_storage(cls=None, **kwargs):  # noqa: ANN001, ANN202
    from hub.storage.postgres import PgStorage

    url = pg.new_database("unit")
    return (cls or PgStorage)(url, **kwargs), url


@pytest.fixture
def pgs() -> Iterator:
    storage, url = _pg_storage()
    yield storage
    storage.close()
    pg.drop_database(url)


def _naive_class():  # noqa: ANN202
    """The cursor a first PostgreSQL port would write: position = the bigserial id, read in id
    order with no horizon. Kept here to prove the late-commit test can fail."""
    from hub.storage.base import LogEntry, PullResult
    from hub.storage.postgres import PgStorage

    class NaiveSerialCursor(PgStorage):
        def pull(self, code: str, after: int, limit: int, snapshot: bool) -> PullResult:
            with self._conn() as c:
                rows = c.execute("SELECT id, stream, key, payload, hlc FROM platform_log WHERE id > %s"
                                 " AND scope IN ('*', %s) ORDER BY id LIMIT %s", (after, code, limit + 1)).fetchall()
                top = c.execute("SELECT coalesce(max(id), 0) FROM platform_log").fetchone()[0]
            more = len(rows) > limit
            rows = rows[:limit]
            last = rows[-1][0] if more else max(after, top)
            return PullResult([LogEntry(*r) for r in rows], last, more)

    return NaiveSerialCursor


@pytest.mark.parametrize("cursor", [
    "xid8",
    pytest.param("naive-bigserial", marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason="a bigserial cursor passes the "
                                                            "row that commits late: this variant must fail")),
])
def test_a_pull_between_two_publishes_never_skips_the_one_that_commits_last(cursor):
    """Publish A draws the lower number and is still open; publish B draws the next one and
    commits; a station pulls; then A commits. The station must still get A."""
    import psycopg

    storage, url = _pg_storage(_naive_class() if cursor != "xid8" else None)
    try:
        storage.publish("notices", "before", json.dumps({"n": 0}), "*", NOW)
        start = storage.pull("CQ0001", 0, 100, False)
        assert [e.key for e in start.entries] == ["before"]
        with psycopg.connect(url, autocommit=True) as late:
            late.execute("BEGIN")
            id_a = storage._publish_in(late, "notices", "first", json.dumps({"n": 1}), "*", storage._tick_clock(NOW),
                                       NOW)
            id_b = storage.publish("notices", "second", json.dumps({"n": 2}), "*", NOW)
            assert id_a < id_b  # A is the first-numbered ...
            between = storage.pull("CQ0001", start.last_seq, 100, False)
            late.execute("COMMIT")  # ... and commits last
        after = storage.pull("CQ0001", between.last_seq, 100, False)
        got = [e.key for e in between.entries + after.entries]
        assert sorted(got) == ["first", "second"], got
        assert got.index("first") < got.index("second") or cursor != "xid8"
    finally:
        storage.close()
        pg.drop_database(url)


def test_a_stuck_publishing_transaction_is_cut_off_and_pulls_move_on():
    """A hub connection left idle in a transaction (a client that died mid-request) holds the pull
    horizon back only until idle_in_transaction_session_timeout ends it; /metrics reports the lag."""
    storage, url = _pg_storage(idle_in_tx_timeout_ms=500)
    try:
        start = storage.pull("CQ0001", 0, 100, False)
        with storage.pool.connection() as stuck:
            stuck.execute("BEGIN")
            storage._publish_in(stuck, "notices", "stuck", json.dumps({"n": 1}), "*", storage._tick_clock(NOW), NOW)
            storage.publish("notices", "later", json.dumps({"n": 2}), "*", NOW)
            assert storage.pull("CQ0001", start.last_seq, 100, False).entries == []  # held back behind it
            lag = storage.log_lag(NOW + _dt.timedelta(seconds=3))
            assert lag["entries"] == 1 and lag["seconds"] >= 3 and lag["oldest_xact_seconds"] >= 0
            deadline = time.monotonic() + 20
            keys: list[str] = []
            while time.monotonic() < deadline and not keys:  # polling the server's timeout, not a thread
                keys = [e.key for e in storage.pull("CQ0001", start.last_seq, 100, False).entries]
            assert keys == ["later"]  # the stuck publish was rolled back by the server, the other one flows
            with pytest.raises(Exception):  # noqa: B017 - the server closed the stuck session
                stuck.execute("SELECT 1")
        assert storage.log_lag(NOW)["entries"] == 0
        with storage._conn() as c:
            settings = {name: c.execute(f"SHOW {name}").fetchone()[0]
                        for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")}
        assert settings == {"statement_timeout": "30s", "lock_timeout": "20s",
                            "idle_in_transaction_session_timeout": "500ms"}
    finally:
        storage.close()
        pg.drop_database(url)


def test_a_dump_restored_into_a_younger_cluster_raises_the_epoch(pgs):
    """Restored rows carry transaction ids the new cluster has not reached: without an epoch they
    would be hidden (above xmin) and new rows would sort before them."""
    from hub.storage.postgres import PgStorage

    pgs.publish("notices", "old", json.dumps({"n": 0}), "*", NOW)
    with pgs._conn() as c:  # what pg_restore writes: a row numbered by the other cluster's transactions
        far = int(c.execute("SELECT pg_current_xact_id()::text").fetchone()[0]) + 10_000_000
        c.execute("INSERT INTO platform_log (scope, epoch, xid, stream, key, payload, hlc, published_at) VALUES"
                  " ('*', 1, %s::xid8, 'notices', 'restored', '{}', '1780000000000.00000', '2026-06-01T00:00:00.000Z')",
                  (str(far),))
    assert [e.key for e in pgs.pull("CQ0001", 0, 100, False).entries] == ["old"]  # the hazard
    reopened = PgStorage(pgs.url)
    try:
        assert reopened.epoch == 2
        first = reopened.pull("CQ0001", 0, 100, False)
        assert [e.key for e in first.entries] == ["old", "restored"]
        reopened.publish("notices", "new", json.dumps({"n": 2}), "*", NOW)
        assert [e.key for e in reopened.pull("CQ0001", first.last_seq, 100, False).entries] == ["new"]
        assert PgStorage(pgs.url).epoch == 2  # opening again changes nothing
    finally:
        reopened.close()


def _items(n: int, first: int = 1, tag: str = "p") -> list[Item]:
    out = []
    for i in range(first, first + n):
        payload = json.dumps({"id": f"{tag}{i}", "n": i}, sort_keys=True, separators=(",", ":"))
        out.append(Item(i, str(uuid.uuid5(uuid.NAMESPACE_OID, f"{tag}{i}")), "parcels", f"{tag}{i}", "create", payload,
                        "2026-06-01T01:00:00.000Z", f"{1780000000000 + i:013d}.00000", sha256_hex(payload)))
    return out


def _renumber(items: list[Item], first: int) -> list[Item]:
    return [it._replace(seq=first + i) for i, it in enumerate(items)]


def _scenario(storage) -> list:  # noqa: ANN001
    """One station's pushes through every row of the push rule; returns every answer."""
    storage.add_station("CQ0001", "x", "t", NOW)
    a = _items(5)
    answers: list = [storage.push("CQ0001", a, NOW), storage.push("CQ0001", a, NOW)]
    copy = _renumber(a[:2], 6) + _items(2, 8, "q")  # in line, two change_ids already held at 1, 2
    forged = [copy[0]._replace(payload='{"id":"p1","n":99}', payload_hash=sha256_hex('{"id":"p1","n":99}'))]
    answers.append(storage.push("CQ0001", copy, NOW))
    answers.append(storage.push("CQ0001", _renumber(forged, 10), NOW))
    answers.append(storage.push("CQ0001", [_items(1, 3, "r")[0]], NOW))  # another record at a held number
    bad = _items(1, 11, "s")[0]._replace(op="frobnicate")
    answers.append(storage.push("CQ0001", [bad, *_items(1, 12, "s")], NOW))
    try:
        storage.push("CQ0001", _items(1, 20, "t"), NOW)
    except Gap as exc:
        answers.append(("gap", exc.expected_seq))
    state = storage.push_state("CQ0001", 0, 12)
    answers.append((state.acked_through, state.digest, state.rejected))
    answers.append([(r["seq"], r["change_id"], r["payload"]) for r in storage.records("CQ0001")])
    answers.append(storage.counts("CQ0001"))
    return answers


def test_the_push_rule_gives_the_same_answers_on_sqlite_and_postgres(pgs, tmp_path):
    lite = SqliteStorage(tmp_path / "hub.db")
    try:
        expected = _scenario(lite)
    finally:
        lite.close()
    assert _scenario(pgs) == expected
    assert expected[2].applied == 2 and expected[2].duplicates == 2  # the copies fill 6 and 7 as duplicates
    assert expected[3].conflicts and expected[4].reseat == [3] and expected[5].rejected
    assert expected[6] == ("gap", 13)


def test_every_key_leads_with_the_station(pgs):
    """Citus-ready: every primary and unique key starts with the station code (``station`` /
    ``code``) or the platform record's scope; the one exception is the token lookup, a reference
    table (docs/scale.md). No foreign key joins stations."""
    with pgs._conn() as c:
        keys = c.execute(
            "SELECT t.relname, a.attname FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid"
            " JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid"
            " AND a.attnum = i.indkey[0] WHERE n.nspname = 'public' AND (i.indisprimary OR i.indisunique)").fetchall()
        fks = c.execute("SELECT count(*) FROM pg_constraint WHERE contype = 'f'").fetchone()[0]
    leading = dict(keys)
    assert leading.pop("station_tokens") == "token_hash"
    assert leading.pop("hub_meta") == "key" and leading.pop("hub_clock") == "id"
    assert set(leading.values()) <= {"station", "code", "scope"}, leading
    assert {"changes", "positions", "stations", "platform_log", "payment_requests"} <= set(leading)
    assert fks == 0
